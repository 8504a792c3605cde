"""The ``held-back-117`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-115 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are India's regional-language press and its English-language
city editions, large and small: a Marathi daily in Pune, a Telugu daily on the Godavari, the
English city edition of a Malayalam group in Kochi, a Kannada daily in Hubballi, a Malayalam
daily in Thrissur, a Gujarati daily in Rajkot, a Punjabi daily in Jalandhar, an Odia daily in
Berhampur, the English city edition of a Marathi group in Nagpur, an Assamese news portal in
Dibrugarh, a small English weekly of coastal Karnataka in Mangaluru and a small English city
tabloid of a Gujarati group in Surat. The families are the kinds a crawl of such sites holds:
dates localised day by day in Marathi (later in Devanagari digits), Telugu, Indian English,
Kannada, Malayalam (later with the Kollam era's year), Gujarati (later with the Vikram Samvat
year, turning the day after Diwali), Punjabi (later in Gurmukhi digits), Odia (later in Odia
digits), Assamese (later in Assamese digits) and English (each changing form on the day of a
redesign, several on a festival), datelines with the day of the month, lines that turn every
day, every week or every month (Pune's rain since June or its temperature, the wait for
darshan at Tirumala, fuel prices revised every fortnight and then every day, frozen in 2020,
the Kerala lottery's draw of the day, the Golden Temple's hukamnama, a Rath Yatra countdown,
a daily's volume and issue number skipping its holidays, Nagpur's temperatures, the
Brahmaputra's level at Dibrugarh in the flood season, Sunday and Saturday supplements, a
weekly horoscope, a weekend planner, a weekly's issue, a monthly magazine's issue), the
seasons of monsoons, fishing bans, kambala, oranges, heat and tea, bylines and datelines of
many shapes, kickers, read-also and related links (some up to two times), photo credits,
agency sources, cross-posts from a sister edition, fair-use, reuse, jurisdiction, imprint and
copyright lines, comment policies, donation, membership, newsletter, app, messenger and
social appeals, prices in rupees (several rising over the years), notices reworded in
2016-2020, notices that follow the region's calendars (assembly, Lok Sabha, municipal and
local body votes of Maharashtra, Andhra Pradesh, Telangana, Karnataka, Kerala, Gujarat,
Punjab, Odisha and Assam, demonetisation, the Pushkaralu of the Godavari and the Krishna,
the Kerala floods, Nipah, cyclones Titli, Fani, Amphan and Vayu, a hockey World Cup, the
Kochi-Muziris Biennale, metro openings, a bridge's opening, the NRC's list, curfews and
internet shutdowns, a gas well's blowout, a farmers' protest, the Kartarpur corridor, the
lockdowns of 2020, Gudi Padwa and Ugadi, Ganeshotsav, the wari, Sankranti, Uttarayan, Onam,
Vishu, Thrissur Pooram (called off in 2020), Dasara, Navratri, Diwali and the Gujarati new
year, Lohri, Vaisakhi, Guru Nanak's gurpurab (the 550th in 2019), Raja, the three Bihus,
Monti Fest, Christmas, Chandi Padvo and state days with their counts), multi-line blocks,
mid-body inserts, bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
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

ONE = dt.timedelta(days=1)

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
MARATHI_MONTHS = ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट",
                  "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर")
MARATHI_WEEKDAYS = ("सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
TELUGU_MONTHS = ("జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు",
                 "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్")
TELUGU_WEEKDAYS = ("సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం",
                   "ఆదివారం")
KANNADA_MONTHS = ("ಜನವರಿ", "ಫೆಬ್ರುವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್",
                  "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್")
KANNADA_WEEKDAYS = ("ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ",
                    "ಭಾನುವಾರ")
MALAYALAM_MONTHS = ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ",
                    "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ")
MALAYALAM_WEEKDAYS = ("തിങ്കൾ", "ചൊവ്വ", "ബുധൻ", "വ്യാഴം", "വെള്ളി", "ശനി", "ഞായർ")
GUJARATI_MONTHS = ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ",
                   "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર")
GUJARATI_WEEKDAYS = ("સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર")
PUNJABI_MONTHS = ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ",
                  "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")
PUNJABI_WEEKDAYS = ("ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ", "ਐਤਵਾਰ")
ODIA_MONTHS = ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଅପ୍ରେଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ",
               "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର")
ODIA_WEEKDAYS = ("ସୋମବାର", "ମଙ୍ଗଳବାର", "ବୁଧବାର", "ଗୁରୁବାର", "ଶୁକ୍ରବାର", "ଶନିବାର", "ରବିବାର")
ASSAMESE_MONTHS = ("জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "মে", "জুন", "জুলাই", "আগষ্ট",
                   "ছেপ্তেম্বৰ", "অক্টোবৰ", "নৱেম্বৰ", "ডিচেম্বৰ")
ASSAMESE_WEEKDAYS = ("সোমবাৰ", "মঙলবাৰ", "বুধবাৰ", "বৃহস্পতিবাৰ", "শুক্ৰবাৰ", "শনিবাৰ",
                     "দেওবাৰ")
DEVANAGARI_ZERO = "\u0966"
GURMUKHI_ZERO = "\u0a66"
ODIA_ZERO = "\u0b66"
ASSAMESE_ZERO = "\u09e6"  # the Bengali-Assamese digits

# Festivals by the dates the region's papers kept them.
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
GUDI_PADWA = {2015: "2015-03-21", 2016: "2016-04-08", 2017: "2017-03-28", 2018: "2018-03-18",
              2019: "2019-04-06", 2020: "2020-03-25"}  # Ugadi is the same day
GANESH_CHATURTHI = {2015: "2015-09-17", 2016: "2016-09-05", 2017: "2017-08-25",
                    2018: "2018-09-13", 2019: "2019-09-02", 2020: "2020-08-22"}
ANANT_CHATURDASHI = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-09-05",
                     2018: "2018-09-23", 2019: "2019-09-12", 2020: "2020-09-01"}
ASHADHI_EKADASHI = {2015: "2015-07-27", 2016: "2016-07-15", 2017: "2017-07-04",
                    2018: "2018-07-23", 2019: "2019-07-12", 2020: "2020-07-01"}
VIJAYADASHAMI = {2015: "2015-10-22", 2016: "2016-10-11", 2017: "2017-09-30",
                 2018: "2018-10-19", 2019: "2019-10-08", 2020: "2020-10-25"}
NAVRATRI = {2015: "2015-10-13", 2016: "2016-10-01", 2017: "2017-09-21", 2018: "2018-10-10",
            2019: "2019-09-29", 2020: "2020-10-17"}  # the first night
SANKRANTI = {2015: "2015-01-15", 2016: "2016-01-15", 2017: "2017-01-14", 2018: "2018-01-14",
             2019: "2019-01-15", 2020: "2020-01-15"}
THIRUVONAM = {2015: "2015-08-28", 2016: "2016-09-14", 2017: "2017-09-04", 2018: "2018-08-25",
              2019: "2019-09-11", 2020: "2020-08-31"}
VISHU = {2015: "2015-04-15", 2016: "2016-04-14", 2017: "2017-04-14", 2018: "2018-04-15",
         2019: "2019-04-15", 2020: "2020-04-14"}
POORAM = {2015: "2015-04-28", 2016: "2016-04-17", 2017: "2017-05-05", 2018: "2018-04-25",
          2019: "2019-05-13", 2020: "2020-05-02"}  # called off in 2020
VAISAKHI = {2015: "2015-04-14", 2016: "2016-04-13", 2017: "2017-04-14", 2018: "2018-04-14",
            2019: "2019-04-14", 2020: "2020-04-13"}
GURPURAB = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-04", 2018: "2018-11-23",
            2019: "2019-11-12", 2020: "2020-11-30"}
RATH_YATRA = {2015: "2015-07-18", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-07-14",
              2019: "2019-07-04", 2020: "2020-06-23"}
JANMASHTAMI = {2015: "2015-09-05", 2016: "2016-08-25", 2017: "2017-08-15",
               2018: "2018-09-03", 2019: "2019-08-24", 2020: "2020-08-12"}
CHANDI_PADVO = {2015: "2015-10-27", 2016: "2016-10-16", 2017: "2017-10-06",
                2018: "2018-10-25", 2019: "2019-10-14", 2020: "2020-10-31"}
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
# The Gujarati new year (Bestu Varas), the Vikram Samvat year turning: the day after Diwali
# (two days after it in 2020).
BESTU_VARAS = {2014: "2014-10-24", 2015: "2015-11-12", 2016: "2016-10-31", 2017: "2017-10-20",
               2018: "2018-11-08", 2019: "2019-10-28", 2020: "2020-11-16", 2021: "2021-11-05"}

LOCKDOWN = ("2020-03-25", "2020-05-31")  # the national lockdown, its four phases


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """How many `weekday`s have passed from the first one of the set's period to `day`'s
    latest one (0 in the first week)."""
    return (latest(day, weekday) - latest(FIRST_DAY + dt.timedelta(days=6), weekday)).days // 7


def months_since(day: dt.date) -> int:
    """Whole months from January 2015 to `day`'s month (0 in January 2015)."""
    return (day.year - 2015) * 12 + day.month - 1


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def deva(number: int | str) -> str:
    return digits(number, DEVANAGARI_ZERO)


def gurmukhi(number: int | str) -> str:
    return digits(number, GURMUKHI_ZERO)


def odia(number: int | str) -> str:
    return digits(number, ODIA_ZERO)


def assamese(number: int | str) -> str:
    return digits(number, ASSAMESE_ZERO)


# --- a Marathi daily (Pune) ------------------------------------------------------------------

MR_REDESIGN = dt.date(2018, 3, 18)  # relaunched on Gudi Padwa 2018
MR_APP = dt.date(2017, 8, 15)  # the app came out on Independence Day 2017

PUNE_MAX = (30, 32, 35, 37, 36, 31, 27, 27, 29, 31, 30, 29)  # a month's usual high, °C


def pune_rain(day: dt.date) -> int | None:
    """Pune's made-up rain in millimetres from 1 June to `day` (None outside June to
    September): a day's rain of 0 to 20 mm, more in July."""
    if not 6 <= day.month <= 9:
        return None
    total, k = 0, dt.date(day.year, 6, 1)
    while k <= day:
        total += hashed(k, "pune-rain", 0, 26 if k.month == 7 else 16)
        k += ONE
    return total


def pune_high(day: dt.date) -> int:
    """Pune's made-up high of `day`, within two degrees of the month's usual one."""
    return PUNE_MAX[day.month - 1] + hashed(day, "pune-high", -2, 2)


def _mr_weather(day: dt.date) -> str:
    rain = pune_rain(day)
    if rain is not None:
        return f"🌧️ पुण्यात 1 जूनपासून आजपर्यंत {rain} मिमी पावसाची नोंद"
    return f"🌡️ पुण्याचे आजचे कमाल तापमान {pune_high(day)} अंश सेल्सिअस"


def supplement_mr(day: dt.date) -> int:
    """The number of the Sunday supplement out on `day` (every Sunday)."""
    return 512 + weeks_since(day, 6)


def _mr_dated(day: dt.date) -> str:
    if day < MR_REDESIGN:
        return (f"प्रकाशित : {day.day} {MARATHI_MONTHS[day.month - 1]} {day.year}, "
                f"{{time}}")
    return (f"{MARATHI_WEEKDAYS[day.weekday()]}, {deva(day.day)} "
            f"{MARATHI_MONTHS[day.month - 1]} {deva(day.year)}")


def _mr_dateline(day: dt.date) -> str:
    if day < MR_REDESIGN:
        return f"{{shahar}}, ता. {day.day} : (प्रतिनिधी)"
    return f"{{shahar}}, ता. {deva(day.day)} : पवना प्रहर वृत्तसेवा"


def _mr_ganesh(y: int) -> str:
    if y == 2020:
        return "🙏 यंदाचा गणेशोत्सव साधेपणाने: मंडळांच्या दर्शनाचे थेट प्रक्षेपण आमच्या संकेतस्थळावर"
    return f"🌺 गणेशोत्सव {y}: मानाच्या गणपतींचे दर्शन, मिरवणुकीचे वेळापत्रक आणि वाहतूक बदल"


def _mr_notice() -> Wordings:
    base = _steps((_OLD, "ताज्या बातम्यांसाठी आम्हाला फेसबुक आणि ट्विटरवर फॉलो करा"),
                  (MR_APP.isoformat(), "📲 पवना प्रहरचे ॲप डाउनलोड करा: प्रत्येक महत्त्वाच्या "
                                       "बातमीचे नोटिफिकेशन"))
    news: list[Event] = [
        _vote("2017-02-21", "🗳️ महापालिका निवडणूक: प्रभागनिहाय निकाल सर्वप्रथम आमच्याकडे",
              before=2, after=2),
        _vote("2019-04-23", "🗳️ लोकसभा निवडणूक: पुणे आणि बारामतीत आज मतदान", before=1,
              after=0),
        _vote("2019-05-23", "📊 लोकसभा निकाल: राज्यातील 48 मतदारसंघांचे कल आणि निकाल",
              before=0, after=0),
        _vote("2019-10-21", "🗳️ विधानसभा निवडणूक: मतदान करा, लोकशाही बळकट करा", before=2,
              after=3),
        _span("2016-11-09", "2016-12-30", "💵 नोटाबंदी: जुन्या नोटा बदलून घेण्याचे नियम आणि "
                                          "बँकांच्या वेळा"),
        _span("2020-03-23", "2020-05-31", "🏠 लॉकडाउन: घरीच राहा, सुरक्षित राहा. अत्यावश्यक "
                                          "सेवांची माहिती येथे"),
    ]
    feasts = _movable(_listed(GUDI_PADWA), 0, 0, lambda _: "🚩 गुढीपाडव्याच्या आणि नववर्षाच्या "
                                                           "हार्दिक शुभेच्छा")
    feasts += [(iso(GANESH_CHATURTHI[y]) - ONE, iso(ANANT_CHATURDASHI[y]) + ONE, _mr_ganesh(y))
               for y in YEARS]
    feasts += _movable(_listed(ASHADHI_EKADASHI), 3, 0, lambda y: f"🚩 आषाढी वारी {y}: "
                                                                  f"पालख्यांचा आजचा मुक्काम "
                                                                  f"आणि मार्ग")
    feasts += _movable(_listed(DIWALI), 2, 1, lambda _: "🪔 सर्व वाचकांना दीपावलीच्या "
                                                        "मंगलमय शुभेच्छा")
    feasts += _yearly("05-01", 0, 0, lambda y: f"🚩 {y - 1960} व्या महाराष्ट्र दिनाच्या "
                                               f"शुभेच्छा")
    return _calendar(base, news, feasts)  # the 2020 lockdown covers Gudi Padwa and 1 May


def pavna_style() -> PublisherStyle:
    """A Marathi daily (Pune): a section kicker, the date with the hour turned the weekday
    and the date in Devanagari digits on Gudi Padwa 2018 (a wording per day), a dateline
    with the city and the day of the month turned with the news service, "हेही वाचा :" up to
    twice, a photo credit and an agency from pools, Pune's rain since June or its high every
    day, the Sunday supplement's number, a social line turned an app appeal and turned by the
    municipal, Lok Sabha and assembly votes, demonetisation, the lockdown, Gudi Padwa,
    Ganeshotsav (kept simple in 2020), the wari, Diwali and Maharashtra Day with its count,
    an e-paper price rising and turned a monthly one, the advertising line, a reuse line and
    a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pavnaprahar.com", site="पवना प्रहर", base_size=250,
        subdomains=(("www.", 85), ("epaper.", 15)),
        sections=("pune", "pimpri-chinchwad", "maharashtra", "desh-videsh", "krida",
                  "arthavishva", "manoranjan"),
        n_authors=14, url_path="/{section}/{slug}-{n}",
        pools={
            "vibhag": ("पुणे", "पिंपरी-चिंचवड", "महाराष्ट्र", "देश-विदेश", "क्रीडा", "अर्थविश्व",
                       "मनोरंजन", "शेती"),
            "shahar": ("पुणे", "पिंपरी", "बारामती", "लोणावळा", "सासवड", "शिरूर"),
            "chhaya": ("संग्रहित", "पवना प्रहर", "पीटीआय", "सोशल मीडिया"),
            "sanstha": ("पीटीआय", "वृत्तसंस्था", "आयएएनएस", "पवना प्रहर वृत्तसेवा"),
        },
        families=(
            _f("vibhag", HEADER, 0.5, (_OLD, "{vibhag}")),
            _f("dinank", HEADER, 0.85, *_by_day(_mr_dated)),
            _f("dateline", HEADER, 0.45, *_by_day(_mr_dateline)),
            _f("hehi-vacha", MIDDLE, 0.35, (_OLD, "हेही वाचा : {other_title}"), count=2),
            _f("chhaya", MIDDLE, 0.25, (_OLD, "(छायाचित्र : {chhaya})")),
            _f("sanstha", FOOTER, 0.15, (_OLD, "वृत्तसंस्था : {sanstha}")),
            _f("havaman", FOOTER, 0.2, *_by_day(_mr_weather)),
            _f("puravani", FOOTER, 0.12, *_by_day(
                lambda day: f"📰 रविवार पुरवणी 'अंतरंग' : अंक {supplement_mr(day)}")),
            _f("suchana", FOOTER, 0.3, *_mr_notice()),
            _f("epaper", FOOTER, 0.15, (_OLD, "ई-पेपर वार्षिक वर्गणी : ₹ 499"),
               ("2018-04-01", "ई-पेपर वार्षिक वर्गणी : ₹ 599"),
               ("2020-06-01", "ई-पेपर आणि डिजिटल सदस्यत्व : ₹ 99 दरमहा, पहिला महिना ₹ 1")),
            _f("jahirat", FOOTER, 0.25, (_OLD, "जाहिरातींसाठी संपर्क : 020-0000 0000")),
            _f("punarvapar", FOOTER, 0.3, (_OLD, "या संकेतस्थळावरील मजकूर व छायाचित्रे "
                                                 "पूर्वपरवानगीशिवाय वापरू नयेत.")),
            _f("hakka", FOOTER, 0.4, (_OLD, "© {year} पवना प्रहर. सर्व हक्क राखीव.")),
            _f("durusti", HEADER, 0.04, (_OLD, "दुरुस्ती : या बातमीच्या आधीच्या आवृत्तीत "
                                               "नगरसेवकाचे नाव चुकीचे छापले गेले होते.")),
        ),
    )


# --- a Telugu daily on the Godavari (Rajamahendravaram) --------------------------------------

TE_REDESIGN = dt.date(2019, 1, 15)  # relaunched on Sankranti 2019
TE_YOUTUBE = dt.date(2017, 4, 1)
TTD_CLOSED = (dt.date(2020, 3, 20), dt.date(2020, 6, 10))  # no darshan for the public


def darshan_hours(day: dt.date) -> int | None:
    """The made-up wait for free darshan at Tirumala on `day`, in hours (longer at weekends
    and in May and June; None while the temple was closed to the public in 2020)."""
    if TTD_CLOSED[0] <= day <= TTD_CLOSED[1]:
        return None
    extra = (4 if day.weekday() >= 5 else 0) + (4 if day.month in (5, 6) else 0)
    return hashed(day, "ttd", 4, 18) + extra


def _te_darshan(day: dt.date) -> str:
    hours = darshan_hours(day)
    if hours is None:
        return "🛕 తిరుమలలో భక్తులకు దర్శనాలు తాత్కాలికంగా నిలిపివేశారు"
    return (f"🛕 తిరుమల ({day.day}.{day.month}.{day.year}): సర్వదర్శనానికి {hours} గంటల "
            f"సమయం")


def _te_dated(day: dt.date) -> str:
    if day < TE_REDESIGN:
        return f"ప్రచురణ: {day.day:02d}-{day.month:02d}-{day.year} {{time}} IST"
    return (f"{TELUGU_WEEKDAYS[day.weekday()]}, {day.day} {TELUGU_MONTHS[day.month - 1]} "
            f"{day.year}")


def _te_dateline(day: dt.date) -> str:
    return f"{{uru}}, {TELUGU_MONTHS[day.month - 1]} {day.day} (గోదావరి గళం ప్రతినిధి):"


def _te_sankranti(y: int) -> str:
    return f"🪁 భోగి, సంక్రాంతి, కనుమ శుభాకాంక్షలు: {y} పండుగ ప్రత్యేక కథనాలు"


def _te_notice() -> Wordings:
    base = _steps((_OLD, "మమ్మల్ని ఫేస్‌బుక్, ట్విటర్‌లో ఫాలో అవ్వండి"),
                  (TE_YOUTUBE.isoformat(), "📺 మా యూట్యూబ్ ఛానల్‌ను సబ్‌స్క్రైబ్ చేయండి, "
                                           "బెల్ ఐకాన్ నొక్కండి"))
    news: list[Event] = [
        _span("2015-07-14", "2015-07-25", "🌊 గోదావరి పుష్కరాలు: ఘాట్ల వివరాలు, రద్దీ "
                                          "సమాచారం"),
        _span("2016-08-12", "2016-08-23", "🌊 కృష్ణా పుష్కరాలు: విజయవాడ ఘాట్ల వివరాలు"),
        _vote("2016-02-02", "🗳️ జీహెచ్ఎంసీ ఎన్నికలు: డివిజన్ల వారీ ఫలితాలు", before=2,
              after=3),
        _vote("2017-08-23", "🗳️ నంద్యాల ఉప ఎన్నిక: పోలింగ్ నుంచి ఫలితం వరకు", before=2,
              after=5),
        _vote("2018-12-07", "🗳️ తెలంగాణ అసెంబ్లీ ఎన్నికలు: ఓటు వేయండి, ఫలితాలు ఇక్కడే",
              before=3, after=4),
        _vote("2019-04-11", "🗳️ ఏపీ అసెంబ్లీ, లోక్‌సభ ఎన్నికలు: నియోజకవర్గాల వారీ సమాచారం",
              before=4, after=0),
        _vote("2019-05-23", "📊 ఎన్నికల ఫలితాలు 2019: లైవ్ అప్‌డేట్స్", before=0, after=1),
        _vote("2020-12-01", "🗳️ జీహెచ్ఎంసీ ఎన్నికలు 2020: డివిజన్ల వారీ ఫలితాలు", before=2,
              after=3),
        _span(*LOCKDOWN, "🏠 లాక్‌డౌన్: ఇంట్లోనే ఉండండి, సురక్షితంగా ఉండండి"),
    ]
    feasts = _movable(_listed(SANKRANTI), 1, 1, _te_sankranti)
    feasts += _movable(_listed(GUDI_PADWA), 0, 0, lambda _: "🌿 తెలుగు ప్రజలందరికీ ఉగాది "
                                                            "శుభాకాంక్షలు")
    feasts += _yearly("06-02", 0, 0, lambda y: f"🎉 తెలంగాణ ఆవిర్భావ దినోత్సవం: రాష్ట్రం "
                                               f"ఏర్పడి {y - 2014} ఏళ్లు")
    feasts += _movable(_listed(VIJAYADASHAMI), 1, 0, lambda _: "🏹 విజయదశమి శుభాకాంక్షలు")
    return _calendar(base, news, feasts)  # the lockdown covers Ugadi 2020


def godavari_style() -> PublisherStyle:
    """A Telugu daily on the Godavari (Rajamahendravaram): a section kicker, the published
    date with the hour turned the weekday and the long date on Sankranti 2019 (a wording per
    day), a dateline with the town and the date in Telugu (a wording per day), "ఇదీ చదవండి:"
    up to twice, a photo credit and an agency source from pools, the wait for darshan at
    Tirumala every day (closed in 2020), a rare live tag, a social line turned a video
    channel and turned by the two Pushkaralu, six votes, the results and the lockdown,
    Sankranti, Ugadi, Telangana's day with its count and Dasara, an e-paper price rising,
    a reuse line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="godavarigalam.com", site="గోదావరి గళం", base_size=220,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("andhra-pradesh", "telangana", "national", "cinema", "sports", "business"),
        n_authors=11, url_path="/{section}/{n}/{slug}",
        pools={
            "vibhagam": ("ఆంధ్రప్రదేశ్", "తెలంగాణ", "జాతీయం", "అంతర్జాతీయం", "సినిమా", "క్రీడలు",
                         "బిజినెస్", "రాజకీయం"),
            "uru": ("రాజమహేంద్రవరం", "కాకినాడ", "విజయవాడ", "ఏలూరు", "హైదరాబాద్", "అమలాపురం"),
            "photo": ("ఫైల్", "గోదావరి గళం", "పీటీఐ", "సోషల్ మీడియా"),
            "moolam": ("పీటీఐ", "ఐఏఎన్ఎస్", "ఏఎన్ఐ", "ఏజెన్సీలు"),
        },
        families=(
            _f("vibhagam", HEADER, 0.45, (_OLD, "{vibhagam}")),
            _f("tedi", HEADER, 0.8, *_by_day(_te_dated)),
            _f("dateline", HEADER, 0.5, *_by_day(_te_dateline)),
            _f("live", HEADER, 0.05, (_OLD, "🔴 లైవ్ అప్‌డేట్స్")),
            _f("idi-chadavandi", MIDDLE, 0.35, (_OLD, "ఇదీ చదవండి: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "ఫొటో: {photo}")),
            _f("moolam", FOOTER, 0.2, (_OLD, "మూలం: {moolam}")),
            _f("darshanam", FOOTER, 0.2, *_by_day(_te_darshan)),
            _f("prakatana", FOOTER, 0.3, *_te_notice()),
            _f("chanda", FOOTER, 0.15, (_OLD, "ఈ-పేపర్ చందా: నెలకు ₹ 49"),
               ("2019-04-01", "ఈ-పేపర్ చందా: నెలకు ₹ 69, ఏడాదికి ₹ 699")),
            _f("anumati", FOOTER, 0.3, (_OLD, "ఈ వెబ్‌సైట్‌లోని వార్తలు, ఫొటోలను అనుమతి లేకుండా "
                                              "వాడటం నిషిద్ధం.")),
            _f("hakkulu", FOOTER, 0.4, (_OLD, "కాపీరైట్ © {year} గోదావరి గళం | All Rights "
                                              "Reserved")),
            _f("savarana", HEADER, 0.04, (_OLD, "సవరణ: ఈ వార్త మునుపటి రూపంలో మండలం పేరు "
                                                "తప్పుగా ప్రచురితమైంది.")),
        ),
    )


# --- the English city edition of a Malayalam group (Kochi) -----------------------------------

KO_REDESIGN = dt.date(2017, 6, 17)  # relaunched the day the Kochi Metro was opened
KO_WHATSAPP = dt.date(2018, 10, 1)  # after the floods
KO_DAILY_FUEL = dt.date(2017, 6, 16)  # fuel prices revised every day from this day
FUEL_FROZEN = (dt.date(2020, 3, 16), dt.date(2020, 6, 7))  # no revision until the 7 June
BIENNALE = (("2014-12-12", "2015-03-29"), ("2016-12-12", "2017-03-29"),
            ("2018-12-12", "2019-03-29"))


def fuel_revision(day: dt.date) -> dt.date:
    """The day of the revision in force on `day`: the 1st or the 16th of the month before
    16 June 2017, the day itself after, the last one before the 2020 pause during it."""
    if day < KO_DAILY_FUEL:
        return dt.date(day.year, day.month, 16 if day.day >= 16 else 1)
    if FUEL_FROZEN[0] <= day < FUEL_FROZEN[1]:
        return FUEL_FROZEN[0] - ONE
    return day


def fuel_prices(day: dt.date) -> tuple[float, float]:
    """Kochi's made-up petrol and diesel prices on `day` (rupees a litre): a trend from about
    ₹66 to ₹84, give or take a rupee at each revision."""
    rev = fuel_revision(day)
    trend = 66.0 + 18.0 * (rev - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days
    petrol = trend + hashed(rev, "petrol", -100, 100) / 100
    diesel = trend - 7.5 + hashed(rev, "diesel", -100, 100) / 100
    return round(petrol, 2), round(diesel, 2)


def _ko_fuel(day: dt.date) -> str:
    petrol, diesel = fuel_prices(day)
    return (f"⛽ Fuel in Kochi today: petrol ₹{petrol:.2f}, diesel ₹{diesel:.2f} a litre")


def _ko_weekend(day: dt.date) -> str:
    friday = latest(day, 4)
    sunday = friday + 2 * ONE
    return (f"🗓️ Weekend planner, {friday.day} {ENGLISH_MONTHS[friday.month - 1][:3]} – "
            f"{sunday.day} {ENGLISH_MONTHS[sunday.month - 1][:3]}: gigs, food walks and "
            f"exhibitions across Kochi")


def _ko_dated(day: dt.date) -> str:
    if day < KO_REDESIGN:
        return f"Posted: {day.day:02d}/{day.month:02d}/{day.year} {{time12}}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} | {{time}} IST")


def _ko_dateline(day: dt.date) -> str:
    return f"{{place}}, {ENGLISH_MONTHS[day.month - 1].upper()} {day.day}:"


def _ko_notice() -> Wordings:
    base = _steps((_OLD, "Follow CityLine Kochi on Facebook and Twitter for city updates"),
                  (KO_WHATSAPP.isoformat(), "📲 Get the day's Kochi headlines on WhatsApp: "
                                            "save our number and send 'START'"))
    news: list[Event] = [
        _vote("2016-05-16", "🗳️ Assembly polls: find your booth in Ernakulam district",
              before=3, after=3),
        _vote("2019-04-23", "🗳️ Lok Sabha polls: Ernakulam and Chalakudy vote today",
              before=2, after=0),
        _vote("2020-12-10", "🗳️ Local body polls: Kochi Corporation divisions vote today",
              before=2, after=6),
        _span("2017-06-17", "2017-06-19", "🚇 Kochi Metro opens: timings, fares and the "
                                          "stations from Aluva to Palarivattom"),
        _span("2018-08-14", "2018-08-31", "🆘 Kerala floods: rescue helplines, relief camps "
                                          "and collection centres in Ernakulam"),
        _span("2019-06-04", "2019-06-25", "⚕️ Nipah case in Ernakulam: the health "
                                          "department's helpline is open round the clock"),
        _span("2020-01-10", "2020-01-12", "🏢 Maradu demolitions: traffic curbs and the "
                                          "exclusion zone this weekend"),
        _span("2020-03-24", LOCKDOWN[1], "🏠 Lockdown: essential services, pharmacies and "
                                         "helplines in Kochi"),
    ]
    biennale = [_span(first, last, f"🎨 Kochi-Muziris Biennale {first[:4]}–{last[2:4]}: "
                                   f"venues and timings in Fort Kochi")
                for first, last in BIENNALE]
    feasts = _movable(_listed(THIRUVONAM), 2, 0, lambda _: "🌼 Happy Onam to all our readers")
    feasts += _movable(_listed(VISHU), 0, 0, lambda _: "🌼 Vishu greetings from CityLine "
                                                       "Kochi")
    feasts += _yearly("12-31", 0, 0, lambda y: f"🎆 Cochin Carnival {y}: the Pappanji burns "
                                               f"at midnight on Parade Ground")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Merry Christmas from CityLine Kochi")
    return _calendar(base, news, feasts, biennale)  # the feasts break into the Biennale


def cityline_style() -> PublisherStyle:
    """The English city edition of a Malayalam group (Kochi): a kicker, "Posted:" with a
    slashed date and the hour turned the weekday, the long date and the hour on the day the
    Kochi Metro opened (a wording per day), "By" turned with the site's name, a dateline in
    capitals with the day (a wording per day), "ALSO READ |" up to twice, a photo credit,
    Kochi's fuel prices revised every fortnight and then every day (frozen in 2020), the
    weekend planner turning on Fridays, a cross-post from the sister Malayalam daily, a
    social line turned a messenger appeal and turned by three votes, the metro's opening, the
    floods, Nipah, the Maradu demolitions, the lockdown, three Biennales, Onam, Vishu, the
    Cochin Carnival and Christmas, a subscription price rising and turned a digital one, a
    fair-use line, the newsroom's numbers, a reproduction line and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="citylinekochi.in", site="CityLine Kochi", base_size=195,
        subdomains=(("www.", 100),),
        sections=("city", "civic", "courts", "metro", "culture", "food"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("KOCHI", "ERNAKULAM", "FORT KOCHI", "METRO", "CIVIC", "COURTS",
                       "CULTURE", "FOOD"),
            "place": ("KOCHI", "ALUVA", "TRIPUNITHURA", "KAKKANAD", "MATTANCHERRY"),
            "photo": ("Special arrangement", "File photo", "CityLine Kochi", "KMRL"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_ko_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (KO_REDESIGN.isoformat(), "{author} | CityLine Kochi")),
            _f("dateline", HEADER, 0.35, *_by_day(_ko_dateline)),
            _f("also-read", MIDDLE, 0.35, (_OLD, "ALSO READ | {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("fuel", FOOTER, 0.2, *_by_day(_ko_fuel)),
            _f("weekend", FOOTER, 0.12, *_by_day(_ko_weekend)),
            _f("cross-post", FOOTER, 0.08, (_OLD, "This report first appeared in our sister "
                                                  "Malayalam daily and has been translated.")),
            _f("notice", FOOTER, 0.3, *_ko_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Home delivery of the print edition: ₹199 "
                                                 "a month"),
               ("2019-01-01", "Home delivery of the print edition: ₹229 a month"),
               ("2020-07-01", "Digital access: ₹99 a month, the e-paper included")),
            _f("fair-use", FOOTER, 0.2, (_OLD, "Fair use: you may quote up to 100 words with "
                                               "a link to this page.")),
            _f("newsroom", FOOTER, 0.25, (_OLD, "Newsroom: 0484 000 0000 · News tips on "
                                                "WhatsApp: 90000 00000")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Reproduction in whole or in part without "
                                                   "written permission is prohibited.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} CityLine Kochi. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "report misspelt the councillor's name.")),
        ),
    )


# --- a Kannada daily (Hubballi) --------------------------------------------------------------

KA_REDESIGN = dt.date(2018, 11, 1)  # relaunched on Rajyotsava 2018
KA_APP = dt.date(2019, 6, 1)


def supplement_ka(day: dt.date) -> int:
    """The number of the Sunday supplement out on `day` (every Sunday)."""
    return 301 + weeks_since(day, 6)


def _ka_dated(day: dt.date) -> str:
    if day < KA_REDESIGN:
        return (f"ಪ್ರಕಟವಾದ ದಿನಾಂಕ: {day.day:02d}-{day.month:02d}-{day.year}, {{time}}")
    return (f"{KANNADA_WEEKDAYS[day.weekday()]}, {day.day} {KANNADA_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ka_dasara(y: int) -> str:
    if y == 2020:
        return "🐘 ಸರಳ ಮೈಸೂರು ದಸರಾ: ಜಂಬೂ ಸವಾರಿ ಅರಮನೆ ಆವರಣಕ್ಕೆ ಸೀಮಿತ, ನೇರಪ್ರಸಾರ ನೋಡಿ"
    return f"🐘 ಮೈಸೂರು ದಸರಾ {y}: ಜಂಬೂ ಸವಾರಿ ಮಾರ್ಗ ಮತ್ತು ಕಾರ್ಯಕ್ರಮಗಳ ವಿವರ"


def _ka_notice() -> Wordings:
    base = _steps((_OLD, "ಫೇಸ್‌ಬುಕ್ ಮತ್ತು ಟ್ವಿಟರ್‌ನಲ್ಲಿ ನಮ್ಮನ್ನು ಹಿಂಬಾಲಿಸಿ"),
                  (KA_APP.isoformat(), "📲 ಕರುನಾಡ ದನಿ ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ, ಸುದ್ದಿಗಳನ್ನು "
                                       "ಮೊದಲು ಓದಿ"))
    news: list[Event] = [
        _vote("2018-05-12", "🗳️ ವಿಧಾನಸಭೆ ಚುನಾವಣೆ: ತಪ್ಪದೆ ಮತ ಚಲಾಯಿಸಿ", before=3, after=0),
        _vote("2018-05-15", "📊 ವಿಧಾನಸಭೆ ಚುನಾವಣೆ ಫಲಿತಾಂಶ: ಕ್ಷೇತ್ರವಾರು ವಿವರ", before=0,
              after=2),
        _vote("2019-04-23", "🗳️ ಲೋಕಸಭೆ ಚುನಾವಣೆ: ಧಾರವಾಡ ಕ್ಷೇತ್ರದಲ್ಲಿ ಇಂದು ಮತದಾನ",
              before=2, after=0),
        _vote("2019-12-05", "🗳️ ಉಪಚುನಾವಣೆ: 15 ಕ್ಷೇತ್ರಗಳಲ್ಲಿ ಮತದಾನ, 9ರಂದು ಫಲಿತಾಂಶ",
              before=2, after=4),
        _span("2019-08-05", "2019-08-25", "🌊 ಉತ್ತರ ಕರ್ನಾಟಕ ಪ್ರವಾಹ: ಪರಿಹಾರ ಕೇಂದ್ರಗಳು ಮತ್ತು "
                                          "ಸಹಾಯವಾಣಿ"),
        _span(*LOCKDOWN, "🏠 ಲಾಕ್‌ಡೌನ್: ಮನೆಯಲ್ಲೇ ಇರಿ, ಸುರಕ್ಷಿತವಾಗಿರಿ"),
    ]
    feasts = _movable(_listed(GUDI_PADWA), 0, 0, lambda _: "🌿 ಎಲ್ಲರಿಗೂ ಯುಗಾದಿ ಹಬ್ಬದ "
                                                           "ಶುಭಾಶಯಗಳು")
    feasts += _movable(_listed(VIJAYADASHAMI), 9, 0, _ka_dasara)
    feasts += _yearly("11-01", 0, 0, lambda y: f"💛❤️ {y - 1956}ನೇ ಕನ್ನಡ ರಾಜ್ಯೋತ್ಸವದ "
                                               f"ಶುಭಾಶಯಗಳು")
    return _calendar(base, news, feasts)


def karunada_style() -> PublisherStyle:
    """A Kannada daily (Hubballi): a section kicker, the published date with the hour turned
    the weekday and the long date on Rajyotsava 2018 (a wording per day), the report's byline
    turned with the news service, "ಇದನ್ನೂ ಓದಿ:" up to twice, a photo credit, the Sunday
    supplement's number, the seasons of summer, the monsoon and the rabi sowing, a social line
    turned an app appeal and turned by the assembly vote and its results, the Lok Sabha vote,
    by-elections, the 2019 floods, the lockdown, Ugadi, the Mysuru Dasara (kept simple in
    2020) and Rajyotsava with its count, an e-paper price rising, the office's address and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="karunadadani.com", site="ಕರುನಾಡ ದನಿ", base_size=170,
        subdomains=(("www.", 100),),
        sections=("rajya", "hubballi-dharwad", "jille", "desha", "krida", "cinema"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "vibhaga": ("ರಾಜ್ಯ", "ಹುಬ್ಬಳ್ಳಿ-ಧಾರವಾಡ", "ಜಿಲ್ಲೆ", "ದೇಶ", "ವಿದೇಶ", "ಕ್ರೀಡೆ", "ಸಿನಿಮಾ",
                        "ಕೃಷಿ"),
            "chitra": ("ಸಂಗ್ರಹ ಚಿತ್ರ", "ಕರುನಾಡ ದನಿ", "ಪಿಟಿಐ", "ಸಾಮಾಜಿಕ ಜಾಲತಾಣ"),
        },
        families=(
            _f("vibhaga", HEADER, 0.45, (_OLD, "{vibhaga}")),
            _f("dinanka", HEADER, 0.8, *_by_day(_ka_dated)),
            _f("varadi", HEADER, 0.45, (_OLD, "ವರದಿ: {author}"),
               (KA_REDESIGN.isoformat(), "{author}, ಕರುನಾಡ ದನಿ ವಾರ್ತೆ")),
            _f("idannu-odi", MIDDLE, 0.3, (_OLD, "ಇದನ್ನೂ ಓದಿ: {other_title}"), count=2),
            _f("chitra", MIDDLE, 0.2, (_OLD, "ಚಿತ್ರ: {chitra}")),
            _f("puravani", FOOTER, 0.12, *_by_day(
                lambda day: f"📰 ಭಾನುವಾರದ ಪುರವಣಿ 'ಸೌರಭ': ಸಂಚಿಕೆ {supplement_ka(day)}")),
            _f("kala", FOOTER, 0.12, *_seasons(
                ("03-01", "☀️ ಬೇಸಿಗೆ: ನಿಮ್ಮ ಊರಿನ ಕುಡಿಯುವ ನೀರಿನ ಸಮಸ್ಯೆ ಬಗ್ಗೆ ನಮಗೆ ಬರೆಯಿರಿ"),
                ("06-01", "🌧️ ಮುಂಗಾರು: ಜಲಾಶಯಗಳ ನೀರಿನ ಮಟ್ಟದ ದೈನಂದಿನ ವರದಿ"),
                ("10-15", "🌾 ಹಿಂಗಾರು ಬಿತ್ತನೆ: ಕೃಷಿ ತಜ್ಞರ ಸಲಹೆಗಳು ಪ್ರತಿ ಗುರುವಾರ"))),
            _f("prakatane", FOOTER, 0.3, *_ka_notice()),
            _f("chanda", FOOTER, 0.15, (_OLD, "ಇ-ಪೇಪರ್ ವಾರ್ಷಿಕ ಚಂದಾ: ₹ 365"),
               ("2019-01-01", "ಇ-ಪೇಪರ್ ವಾರ್ಷಿಕ ಚಂದಾ: ₹ 499")),
            _f("vilasa", FOOTER, 0.3, (_OLD, "ವಿಳಾಸ: ಕರುನಾಡ ದನಿ, ವಿದ್ಯಾನಗರ, ಹುಬ್ಬಳ್ಳಿ 580021 · "
                                             "ದೂರವಾಣಿ: 0836-000000")),
            _f("hakku", FOOTER, 0.4, (_OLD, "© {year} ಕರುನಾಡ ದನಿ. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು "
                                            "ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.")),
            _f("tiddupadi", HEADER, 0.04, (_OLD, "ತಿದ್ದುಪಡಿ: ಈ ಸುದ್ದಿಯ ಹಿಂದಿನ ಆವೃತ್ತಿಯಲ್ಲಿ "
                                                 "ಗ್ರಾಮದ ಹೆಸರು ತಪ್ಪಾಗಿ ಪ್ರಕಟವಾಗಿತ್ತು.")),
        ),
    )


# --- a Malayalam daily (Thrissur) ------------------------------------------------------------

ML_REDESIGN = dt.date(2019, 8, 17)  # relaunched on the first of Chingam, 1195
ML_APP = dt.date(2018, 1, 1)
LOTTERY_STOP = (dt.date(2020, 3, 22), dt.date(2020, 7, 1))  # no draws, back on 2 July

# The Kerala State lottery of each weekday: (name, code, the made-up draw number of its first
# draw of 2015).
LOTTERIES = (("വിൻ വിൻ", "W", 290), ("സ്ത്രീ ശക്തി", "SS", 100), ("അക്ഷയ", "AK", 180),
             ("കാരുണ്യ പ്ലസ്", "KN", 60), ("നിർമൽ", "NR", 10), ("കാരുണ്യ", "KR", 180),
             ("പൗർണമി", "RN", 170))


def kollam_era(day: dt.date) -> int:
    """The year of the Kollam (Malayalam) era on `day`, turning on the first of Chingam (17
    August in these years)."""
    return day.year - (824 if (day.month, day.day) >= (8, 17) else 825)


def lottery_draw(day: dt.date) -> tuple[str, str, int] | None:
    """The Kerala lottery drawn on `day`: its name, code and draw number (one more each week,
    not counting the weeks without draws in 2020); None while draws were stopped."""
    if LOTTERY_STOP[0] <= day <= LOTTERY_STOP[1]:
        return None
    name, code, first = LOTTERIES[day.weekday()]
    skipped = 0
    if day > LOTTERY_STOP[1]:
        k = LOTTERY_STOP[0]
        while k <= LOTTERY_STOP[1]:
            skipped += k.weekday() == day.weekday()
            k += ONE
    return name, code, first + weeks_since(day, day.weekday()) - skipped


def _ml_lottery(day: dt.date) -> str:
    draw = lottery_draw(day)
    if draw is None:
        return "🎟️ കേരള ലോട്ടറി നറുക്കെടുപ്പുകൾ താൽക്കാലികമായി നിർത്തിവച്ചു"
    name, code, number = draw
    return f"🎟️ കേരള ലോട്ടറി ഫലം: {name} {code}-{number} നറുക്കെടുപ്പ് ഇന്ന് 3 മണിക്ക്"


def supplement_ml(day: dt.date) -> int:
    """The number of the weekend supplement out on `day` (every Saturday)."""
    return 845 + weeks_since(day, 5)


def _ml_dated(day: dt.date) -> str:
    if day < ML_REDESIGN:
        return f"പ്രസിദ്ധീകരിച്ചത്: {day.day:02d}-{day.month:02d}-{day.year} {{time}}"
    return (f"{day.year} {MALAYALAM_MONTHS[day.month - 1]} {day.day}, "
            f"{MALAYALAM_WEEKDAYS[day.weekday()]} | കൊല്ലവർഷം {kollam_era(day)}")


def _ml_pooram(y: int) -> str:
    if y == 2020:
        return "🐘 ചരിത്രത്തിലാദ്യമായി തൃശൂർ പൂരം ചടങ്ങുകൾ മാത്രമായി: ആഘോഷങ്ങളില്ല"
    return f"🐘 തൃശൂർ പൂരം {y}: കുടമാറ്റം, വെടിക്കെട്ട് സമയം, ഗതാഗത നിയന്ത്രണം"


def _ml_onam(y: int) -> str:
    if y == 2018:
        return "🌼 ഈ ഓണം പ്രളയബാധിതർക്കൊപ്പം: ആഘോഷങ്ങൾ ഒഴിവാക്കി ദുരിതാശ്വാസത്തിലേക്ക്"
    return "🌼 എല്ലാ വായനക്കാർക്കും ഓണാശംസകൾ"


def _ml_notice() -> Wordings:
    base = _steps((_OLD, "ഫേസ്ബുക്കിലും ഇൻസ്റ്റഗ്രാമിലും ഞങ്ങളെ പിന്തുടരൂ"),
                  (ML_APP.isoformat(), "📲 നിള വാർത്ത ആപ്പ് ഡൗൺലോഡ് ചെയ്യൂ, വാർത്തകൾ ആദ്യം "
                                       "അറിയൂ"))
    news: list[Event] = [
        _vote("2015-11-05", "🗳️ തദ്ദേശ തിരഞ്ഞെടുപ്പ്: തൃശൂർ ജില്ലയിൽ ഇന്ന് വോട്ടെടുപ്പ്",
              before=2, after=2),
        _vote("2016-05-16", "🗳️ നിയമസഭാ തിരഞ്ഞെടുപ്പ്: വോട്ട് ചെയ്യൂ, ഫലം 19ന്", before=3,
              after=3),
        _vote("2019-04-23", "🗳️ ലോക്സഭാ തിരഞ്ഞെടുപ്പ്: കേരളം ഇന്ന് ബൂത്തിലേക്ക്", before=2,
              after=0),
        _vote("2020-12-10", "🗳️ തദ്ദേശ തിരഞ്ഞെടുപ്പ്: രണ്ടാം ഘട്ടത്തിൽ തൃശൂർ ഇന്ന് "
                            "വോട്ടു ചെയ്യുന്നു", before=2, after=6),
        _span("2018-05-20", "2018-06-10", "⚕️ നിപ: കോഴിക്കോട് ജാഗ്രത, ആരോഗ്യ വകുപ്പിന്റെ "
                                          "ഹെൽപ്‌ലൈൻ"),
        _span("2018-08-14", "2018-08-31", "🆘 പ്രളയം: രക്ഷാപ്രവർത്തന ഹെൽപ്‌ലൈനുകളും "
                                          "ദുരിതാശ്വാസ ക്യാമ്പുകളും"),
        _span(*LOCKDOWN, "🏠 ലോക്ഡൗൺ: വീട്ടിലിരിക്കൂ, സുരക്ഷിതരായിരിക്കൂ"),
    ]
    feasts = _movable(_listed(POORAM), 2, 0, _ml_pooram)
    feasts += _movable(_listed(THIRUVONAM), 1, 1, _ml_onam)
    feasts += _movable(_listed(VISHU), 0, 0, lambda _: "🌼 വിഷു ആശംസകൾ")
    feasts += _yearly("11-01", 0, 0, lambda y: f"🌴 കേരളപ്പിറവി ദിനം: ഐക്യകേരളത്തിന് "
                                               f"{y - 1956} വയസ്സ്")
    return _calendar(base, feasts, news)  # Pooram and Vishu break into the lockdown


def nila_style() -> PublisherStyle:
    """A Malayalam daily (Thrissur): a section kicker, the published date with the hour
    turned the long date, the weekday and the Kollam era's year on the first of Chingam 1195
    (a wording per day), the writer turned with the place, "ഇതുകൂടി വായിക്കൂ:" up to twice, a
    photo credit, the Kerala lottery of the day with its draw number (stopped in 2020), the
    weekend supplement's number every Saturday, a social line turned an app appeal and turned
    by four votes, Nipah, the floods, the lockdown, Thrissur Pooram (called off in 2020),
    Onam, Vishu and Kerala Piravi with its count, an e-paper price rising twice, the Gulf
    edition's line, a comment policy, a reuse line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="nilavartha.com", site="നിള വാർത്ത", base_size=150,
        subdomains=(("www.", 90), ("gulf.", 10)),
        sections=("kerala", "thrissur", "national", "world", "sports", "pravasam"),
        n_authors=7, url_path="/news/{section}/{n}",
        pools={
            "vibhagam": ("കേരളം", "തൃശൂർ", "ദേശീയം", "ലോകം", "കായികം", "സിനിമ", "ബിസിനസ്",
                         "പ്രവാസം"),
            "sthalam": ("തൃശൂർ", "കൊച്ചി", "ഗുരുവായൂർ", "ഇരിങ്ങാലക്കുട", "പാലക്കാട്"),
            "chithram": ("ഫയൽ", "നിള വാർത്ത", "പിടിഐ", "സോഷ്യൽ മീഡിയ"),
        },
        families=(
            _f("vibhagam", HEADER, 0.45, (_OLD, "{vibhagam}")),
            _f("theeyathi", HEADER, 0.8, *_by_day(_ml_dated)),
            _f("lekhakan", HEADER, 0.45, (_OLD, "{author}"),
               (ML_REDESIGN.isoformat(), "{author} | {sthalam}")),
            _f("ithukoodi", MIDDLE, 0.35, (_OLD, "ഇതുകൂടി വായിക്കൂ: {other_title}"), count=2),
            _f("chithram", MIDDLE, 0.2, (_OLD, "ചിത്രം: {chithram}")),
            _f("lottery", FOOTER, 0.2, *_by_day(_ml_lottery)),
            _f("varanthyam", FOOTER, 0.12, *_by_day(
                lambda day: f"📖 വാരാന്തപ്പതിപ്പ് ലക്കം {supplement_ml(day)} ഇന്ന് വിപണിയിൽ")),
            _f("ariyippu", FOOTER, 0.3, *_ml_notice()),
            _f("varisamkhya", FOOTER, 0.15, (_OLD, "ഇ-പേപ്പർ വരിസംഖ്യ: പ്രതിമാസം ₹ 60"),
               ("2019-01-01", "ഇ-പേപ്പർ വരിസംഖ്യ: പ്രതിമാസം ₹ 75"),
               ("2020-09-01", "ഇ-പേപ്പർ വരിസംഖ്യ: പ്രതിമാസം ₹ 99, വാർഷികം ₹ 999")),
            _f("gulf", FOOTER, 0.12, (_OLD, "ഗൾഫ് പതിപ്പ്: യുഎഇ, ഖത്തർ, ഒമാൻ, സൗദി "
                                            "വായനക്കാർക്ക്")),
            _f("abhiprayam", FOOTER, 0.2, (_OLD, "വായനക്കാരുടെ അഭിപ്രായങ്ങൾ അവരുടേത് "
                                                 "മാത്രമാണ്; അധിക്ഷേപകരമായ കമന്റുകൾ നീക്കം "
                                                 "ചെയ്യും.")),
            _f("niyamam", FOOTER, 0.25, (_OLD, "ഈ വെബ്സൈറ്റിലെ ഉള്ളടക്കം അനുമതിയില്ലാതെ "
                                               "പുനഃപ്രസിദ്ധീകരിക്കുന്നത് നിയമവിരുദ്ധമാണ്.")),
            _f("avakasham", FOOTER, 0.4, (_OLD, "© {year} നിള വാർത്ത. എല്ലാ അവകാശങ്ങളും "
                                                "നിക്ഷിപ്തം.")),
            _f("thiruthu", HEADER, 0.04, (_OLD, "തിരുത്ത്: ഈ വാർത്തയുടെ ആദ്യ പതിപ്പിൽ "
                                                "പഞ്ചായത്തിന്റെ പേര് തെറ്റായി നൽകിയിരുന്നു.")),
        ),
    )


# --- a Gujarati daily (Rajkot) ---------------------------------------------------------------

GU_REDESIGN = dt.date(2018, 11, 8)  # relaunched on the new year of Vikram Samvat 2075
GU_APP = dt.date(2017, 1, 26)  # the app came out on Republic Day 2017


def vikram_samvat(day: dt.date) -> int:
    """The Vikram Samvat year (Gujarat's reckoning) on `day`: it turns on Bestu Varas."""
    return day.year + (57 if day >= iso(BESTU_VARAS[day.year]) else 56)


def _gu_dated(day: dt.date) -> str:
    if day < GU_REDESIGN:
        return (f"તા. {day.day} {GUJARATI_MONTHS[day.month - 1]} {day.year}, "
                f"{GUJARATI_WEEKDAYS[day.weekday()]}")
    return (f"{GUJARATI_WEEKDAYS[day.weekday()]}, {day.day} {GUJARATI_MONTHS[day.month - 1]} "
            f"{day.year} · વિ.સં. {vikram_samvat(day)}")


def _gu_rashifal(day: dt.date) -> str:
    sunday = latest(day, 6)
    saturday = sunday + 6 * ONE
    return (f"🔮 સાપ્તાહિક રાશિફળ: તા. {sunday.day} {GUJARATI_MONTHS[sunday.month - 1]} થી "
            f"{saturday.day} {GUJARATI_MONTHS[saturday.month - 1]}")


def _gu_melo(y: int) -> str:
    if y == 2020:
        return "🎡 આ વર્ષે રેસકોર્સનો જન્માષ્ટમી લોકમેળો રદ: ઘરે રહીને તહેવાર ઉજવો"
    return f"🎡 જન્માષ્ટમી લોકમેળો {y}: રેસકોર્સ મેદાનમાં પાર્કિંગ અને બસની વ્યવસ્થા"


def _gu_notice() -> Wordings:
    base = _steps((_OLD, "અમને ફેસબુક અને ટ્વિટર પર ફોલો કરો"),
                  (GU_APP.isoformat(), "📲 સૌરાષ્ટ્ર સવારની એપ ડાઉનલોડ કરો અને તાજા સમાચાર "
                                       "મેળવો"))
    news: list[Event] = [
        _vote("2015-11-22", "🗳️ મહાનગરપાલિકા ચૂંટણી: વોર્ડ પ્રમાણે ઉમેદવારો અને પરિણામ",
              before=2, after=3),
        _vote("2017-12-09", "🗳️ વિધાનસભા ચૂંટણી: સૌરાષ્ટ્રમાં પહેલા તબક્કાનું મતદાન",
              before=2, after=0),
        _vote("2017-12-18", "📊 વિધાનસભા ચૂંટણીનાં પરિણામો: બેઠક પ્રમાણે લાઇવ", before=0,
              after=1),
        _vote("2019-04-23", "🗳️ લોકસભા ચૂંટણી: ગુજરાતની 26 બેઠક પર આજે મતદાન", before=2,
              after=0),
        _span("2019-06-11", "2019-06-15", "🌀 વાયુ વાવાઝોડું: દરિયાકાંઠાનાં ગામો ખાલી કરાયાં, "
                                          "હેલ્પલાઇન નંબર"),
        _span(*LOCKDOWN, "🏠 લૉકડાઉન: ઘરમાં રહો, સુરક્ષિત રહો"),
    ]
    feasts = _yearly("01-14", 0, 1, lambda _: "🪁 ઉત્તરાયણની શુભેચ્છા: પતંગ ઉડાવો, પક્ષીઓને "
                                              "બચાવો")
    feasts += _yearly("05-01", 0, 0, lambda y: f"🎉 ગુજરાત સ્થાપના દિવસ: ગુજરાતને {y - 1960} "
                                               f"વર્ષ")
    feasts += _movable(_listed(JANMASHTAMI), 2, 2, _gu_melo)
    feasts += _movable(_listed(NAVRATRI), 0, 8, lambda y: f"💃 નવરાત્રિ {y}: આજે ક્યાં ગરબા? "
                                                          f"શહેરના આયોજનોની યાદી")
    feasts += _movable(lambda y: iso(BESTU_VARAS[y]), 1, 1,
                       lambda y: f"🪔 નૂતન વર્ષાભિનંદન: વિક્રમ સંવત {y + 57}")
    return _calendar(base, news, feasts)


def saurashtra_style() -> PublisherStyle:
    """A Gujarati daily (Rajkot): a section kicker, the date and the weekday turned the
    weekday, the date and the Vikram Samvat year on the new year of 2075 (a wording per day),
    the report's byline turned with the town, "આ પણ વાંચો:" up to twice, a photo credit, the
    weekly horoscope turning on Sundays, the seasons of heat, the monsoon and winter, a social
    line turned an app appeal and turned by four votes and the results, cyclone Vayu, the
    lockdown, Uttarayan, Gujarat's day with its count, the Janmashtami fair (called off in
    2020), Navratri and the new year with its count, an e-paper price rising, the office's
    address and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="saurashtrasavar.com", site="સૌરાષ્ટ્ર સવાર", base_size=130,
        subdomains=(("www.", 100),),
        sections=("rajkot", "saurashtra", "gujarat", "national", "sports", "business"),
        n_authors=6, url_path="/{section}/news/{n}",
        pools={
            "vibhag": ("રાજકોટ", "સૌરાષ્ટ્ર", "ગુજરાત", "દેશ-વિદેશ", "રમતગમત", "વેપાર",
                       "મનોરંજન", "ધર્મ"),
            "shaher": ("રાજકોટ", "જામનગર", "ભાવનગર", "જૂનાગઢ", "મોરબી", "પોરબંદર"),
            "tasveer": ("ફાઇલ", "સૌરાષ્ટ્ર સવાર", "પીટીઆઈ", "સોશિયલ મીડિયા"),
        },
        families=(
            _f("vibhag", HEADER, 0.45, (_OLD, "{vibhag}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_gu_dated)),
            _f("ahewal", HEADER, 0.4, (_OLD, "અહેવાલ: {author}"),
               (GU_REDESIGN.isoformat(), "{author} | {shaher}")),
            _f("aa-pan", MIDDLE, 0.3, (_OLD, "આ પણ વાંચો: {other_title}"), count=2),
            _f("tasveer", MIDDLE, 0.2, (_OLD, "તસવીર: {tasveer}")),
            _f("rashifal", FOOTER, 0.15, *_by_day(_gu_rashifal)),
            _f("rutu", FOOTER, 0.12, *_seasons(
                ("03-15", "☀️ ઉનાળો: હીટવેવમાં બપોરે બહાર નીકળવાનું ટાળો, પાણી પીતા રહો"),
                ("06-15", "🌧️ ચોમાસું: ડેમની સપાટી અને તાલુકા પ્રમાણે વરસાદના આંકડા"),
                ("11-15", "❄️ શિયાળો: સૌરાષ્ટ્રના શહેરોનું આજનું લઘુતમ તાપમાન"))),
            _f("jaherat", FOOTER, 0.3, *_gu_notice()),
            _f("lavajam", FOOTER, 0.15, (_OLD, "ઈ-પેપર લવાજમ: વાર્ષિક ₹ 300"),
               ("2019-04-01", "ઈ-પેપર લવાજમ: વાર્ષિક ₹ 360")),
            _f("sarnamu", FOOTER, 0.3, (_OLD, "સરનામું: સૌરાષ્ટ્ર સવાર ભવન, ઢેબર રોડ, રાજકોટ · "
                                              "ફોન: 0281 0000000")),
            _f("hakk", FOOTER, 0.4, (_OLD, "© {year} સૌરાષ્ટ્ર સવાર. તમામ હક્ક સુરક્ષિત.")),
            _f("sudharo", HEADER, 0.04, (_OLD, "સુધારો: આ સમાચારની અગાઉની આવૃત્તિમાં ગામનું "
                                               "નામ ખોટું છપાયું હતું.")),
        ),
    )


# --- a Punjabi daily (Jalandhar) -------------------------------------------------------------

PA_REDESIGN = dt.date(2019, 11, 12)  # relaunched on the 550th Prakash Purab
PA_APP = dt.date(2018, 5, 1)


def hukamnama_ang(day: dt.date) -> int:
    """The page (ang) of the Guru Granth Sahib of `day`'s hukamnama (made up)."""
    return hashed(day, "ang", 1, 1430)


def _pa_hukamnama(day: dt.date) -> str:
    return (f"🙏 ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ, ਸ੍ਰੀ ਦਰਬਾਰ ਸਾਹਿਬ ({day.day:02d}-{day.month:02d}-"
            f"{day.year}), ਅੰਗ {hukamnama_ang(day)}")


def _pa_dated(day: dt.date) -> str:
    if day < PA_REDESIGN:
        return (f"ਪ੍ਰਕਾਸ਼ਿਤ: {day.day} {PUNJABI_MONTHS[day.month - 1]} {day.year}, "
                f"{{time}}")
    return (f"ਅੱਪਡੇਟ: {PUNJABI_WEEKDAYS[day.weekday()]}, {gurmukhi(day.day)} "
            f"{PUNJABI_MONTHS[day.month - 1]} {gurmukhi(day.year)}")


def _pa_dateline(day: dt.date) -> str:
    return f"{{shehar}}, {day.day} {PUNJABI_MONTHS[day.month - 1]} ({{author}})-"


def _pa_gurpurab(y: int) -> str:
    if y == 2019:
        return "🙏 ਸ੍ਰੀ ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦੇ 550ਵੇਂ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ"
    return "🙏 ਸ੍ਰੀ ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦੇ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ"


def _pa_notice() -> Wordings:
    base = _steps((_OLD, "ਸਾਨੂੰ ਫੇਸਬੁੱਕ ਅਤੇ ਟਵਿੱਟਰ 'ਤੇ ਫਾਲੋ ਕਰੋ"),
                  (PA_APP.isoformat(), "📲 ਦੋਆਬਾ ਦੀ ਆਵਾਜ਼ ਦੀ ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ, ਹਰ ਖ਼ਬਰ ਸਭ ਤੋਂ "
                                       "ਪਹਿਲਾਂ"))
    news: list[Event] = [
        _vote("2017-02-04", "🗳️ ਵਿਧਾਨ ਸਭਾ ਚੋਣਾਂ: ਵੋਟ ਪਾਉਣ ਜ਼ਰੂਰ ਜਾਓ", before=3, after=0),
        _vote("2017-03-11", "📊 ਵਿਧਾਨ ਸਭਾ ਚੋਣ ਨਤੀਜੇ: ਹਲਕਾਵਾਰ ਲਾਈਵ", before=0, after=1),
        _vote("2019-05-19", "🗳️ ਲੋਕ ਸਭਾ ਚੋਣਾਂ: ਪੰਜਾਬ ਦੀਆਂ 13 ਸੀਟਾਂ 'ਤੇ ਅੱਜ ਵੋਟਿੰਗ",
              before=2, after=0),
        _span("2019-11-09", "2019-11-10", "🛤️ ਕਰਤਾਰਪੁਰ ਲਾਂਘਾ ਖੁੱਲ੍ਹਿਆ: ਦਰਸ਼ਨਾਂ ਲਈ ਰਜਿਸਟ੍ਰੇਸ਼ਨ "
                                          "ਦੀ ਪੂਰੀ ਜਾਣਕਾਰੀ"),
        _span("2020-03-23", "2020-05-17", "🏠 ਕਰਫ਼ਿਊ: ਘਰਾਂ ਵਿਚ ਰਹੋ, ਜ਼ਰੂਰੀ ਸੇਵਾਵਾਂ ਦੀ ਜਾਣਕਾਰੀ "
                                          "ਇੱਥੇ"),
        _span("2020-11-26", "2021-01-10", "🚜 ਕਿਸਾਨ ਅੰਦੋਲਨ: ਦਿੱਲੀ ਮੋਰਚੇ ਤੋਂ ਹਰ ਖ਼ਬਰ"),
    ]
    feasts = _yearly("01-13", 0, 0, lambda _: "🔥 ਲੋਹੜੀ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ")
    feasts += _movable(_listed(VAISAKHI), 0, 0, lambda _: "🌾 ਵਿਸਾਖੀ ਅਤੇ ਖ਼ਾਲਸਾ ਸਾਜਨਾ ਦਿਵਸ "
                                                          "ਦੀਆਂ ਵਧਾਈਆਂ")
    feasts += _movable(_listed(GURPURAB), 1, 0, _pa_gurpurab)
    feasts += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 ਦੀਵਾਲੀ ਅਤੇ ਬੰਦੀ ਛੋੜ ਦਿਵਸ ਦੀਆਂ "
                                                        "ਵਧਾਈਆਂ")
    return _calendar(base, feasts, news)  # the gurpurab of 2020 breaks into the protest


def doaba_style() -> PublisherStyle:
    """A Punjabi daily (Jalandhar): a section kicker, the published date with the hour turned
    the weekday and the date in Gurmukhi digits on the 550th Prakash Purab (a wording per
    day), a dateline with the town, the date and the reporter (a wording per day), "ਇਹ ਵੀ
    ਪੜ੍ਹੋ:" up to twice, a photo credit, the Golden Temple's hukamnama of the day, a social
    line turned an app appeal and turned by the assembly vote and its results, the Lok Sabha
    vote, the Kartarpur corridor, the curfew, the farmers' protest, Lohri, Vaisakhi, the
    gurpurab (the 550th in 2019) and Diwali, a line for Punjabis abroad, an e-paper price
    rising, a jurisdiction line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="doabadiawaaz.com", site="ਦੋਆਬਾ ਦੀ ਆਵਾਜ਼", base_size=110,
        subdomains=(("www.", 100),),
        sections=("punjab", "jalandhar", "doaba", "desh", "videsh", "khedan"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "bhag": ("ਪੰਜਾਬ", "ਜਲੰਧਰ", "ਦੋਆਬਾ", "ਦੇਸ਼", "ਵਿਦੇਸ਼", "ਖੇਡਾਂ", "ਮਨੋਰੰਜਨ", "ਪਰਵਾਸ"),
            "shehar": ("ਜਲੰਧਰ", "ਫਗਵਾੜਾ", "ਕਪੂਰਥਲਾ", "ਹੁਸ਼ਿਆਰਪੁਰ", "ਨਵਾਂਸ਼ਹਿਰ", "ਨਕੋਦਰ"),
            "tasveer": ("ਫਾਈਲ", "ਦੋਆਬਾ ਦੀ ਆਵਾਜ਼", "ਪੀਟੀਆਈ", "ਸੋਸ਼ਲ ਮੀਡੀਆ"),
        },
        families=(
            _f("bhag", HEADER, 0.45, (_OLD, "{bhag}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_pa_dated)),
            _f("dateline", HEADER, 0.45, *_by_day(_pa_dateline)),
            _f("eh-vi", MIDDLE, 0.3, (_OLD, "ਇਹ ਵੀ ਪੜ੍ਹੋ: {other_title}"), count=2),
            _f("tasveer", MIDDLE, 0.2, (_OLD, "ਤਸਵੀਰ: {tasveer}")),
            _f("hukamnama", FOOTER, 0.2, *_by_day(_pa_hukamnama)),
            _f("soochna", FOOTER, 0.3, *_pa_notice()),
            _f("parvasi", FOOTER, 0.15, (_OLD, "ਵਿਦੇਸ਼ਾਂ ਵਿਚ ਵਸਦੇ ਪੰਜਾਬੀ ਆਪਣੀਆਂ ਖ਼ਬਰਾਂ ਭੇਜਣ: "
                                               "news@doabadiawaaz.com")),
            _f("chanda", FOOTER, 0.15, (_OLD, "ਈ-ਪੇਪਰ ਸਾਲਾਨਾ ਚੰਦਾ: ₹ 250"),
               ("2019-04-13", "ਈ-ਪੇਪਰ ਸਾਲਾਨਾ ਚੰਦਾ: ₹ 300")),
            _f("adalat", FOOTER, 0.3, (_OLD, "ਕਿਸੇ ਵੀ ਵਿਵਾਦ ਦੀ ਸੂਰਤ ਵਿਚ ਨਿਆਂ ਖੇਤਰ ਸਿਰਫ਼ "
                                             "ਜਲੰਧਰ ਹੋਵੇਗਾ।")),
            _f("haq", FOOTER, 0.4, (_OLD, "© {year} ਦੋਆਬਾ ਦੀ ਆਵਾਜ਼ | ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ")),
            _f("sodh", HEADER, 0.04, (_OLD, "ਸੋਧ: ਇਸ ਖ਼ਬਰ ਦੇ ਪਹਿਲੇ ਰੂਪ ਵਿਚ ਪਿੰਡ ਦਾ ਨਾਂ ਗ਼ਲਤ "
                                            "ਛਪ ਗਿਆ ਸੀ।")),
        ),
    )


# --- an Odia daily (Berhampur) ---------------------------------------------------------------

OR_REDESIGN = dt.date(2019, 4, 1)  # relaunched on Utkal Divas 2019
OR_APP = dt.date(2018, 6, 1)
OR_FOUNDED = 1994  # the monthly magazine's first year


def rath_countdown(day: dt.date) -> int | None:
    """Days from `day` to the year's Rath Yatra (0 on the day, negative up to the return
    journey nine days later; None otherwise, and more than 45 days before)."""
    left = (iso(RATH_YATRA[day.year]) - day).days if day.year in RATH_YATRA else None
    if left is None or not -9 <= left <= 45:
        return None
    return left


def _or_rath(day: dt.date) -> str:
    left = rath_countdown(day)
    if left is None:
        return "🛕 ଜଗନ୍ନାଥ ସଂସ୍କୃତି: ପ୍ରତି ଶୁକ୍ରବାର ଆମର ବିଶେଷ ପୃଷ୍ଠା"
    if left > 0:
        return f"🛕 ରଥଯାତ୍ରାକୁ ଆଉ {odia(left)} ଦିନ ବାକି"
    if left == 0:
        if day.year == 2020:
            return "🛕 ଆଜି ରଥଯାତ୍ରା: ଭକ୍ତଙ୍କ ବିନା ବଡ଼ଦାଣ୍ଡରେ ରଥ ଟଣା, ଘରେ ବସି ସିଧା ପ୍ରସାରଣ ଦେଖନ୍ତୁ"
        return "🛕 ଆଜି ରଥଯାତ୍ରା: ବଡ଼ଦାଣ୍ଡରୁ ସିଧା ପ୍ରସାରଣ"
    if left == -9:
        return "🛕 ଆଜି ବାହୁଡ଼ା ଯାତ୍ରା"
    return "🛕 ମହାପ୍ରଭୁ ଶ୍ରୀଗୁଣ୍ଡିଚା ମନ୍ଦିରରେ: ଦର୍ଶନ ସମୟ ଓ ନୀତିକାନ୍ତି"


def _or_patrika(day: dt.date) -> str:
    return (f"📖 ମାସିକ ପତ୍ରିକା 'ଋଷିକୁଲ୍ୟା': ବର୍ଷ {odia(day.year - OR_FOUNDED)}, ସଂଖ୍ୟା "
            f"{odia(day.month)}")


def _or_dated(day: dt.date) -> str:
    if day < OR_REDESIGN:
        return f"ପ୍ରକାଶିତ: {day.day} {ODIA_MONTHS[day.month - 1]} {day.year}, {{time}}"
    return (f"{ODIA_WEEKDAYS[day.weekday()]}, {odia(day.day)} {ODIA_MONTHS[day.month - 1]} "
            f"{odia(day.year)}")


def _or_notice() -> Wordings:
    base = _steps((_OLD, "ଫେସବୁକ ଓ ଟ୍ୱିଟରରେ ଆମକୁ ଫଲୋ କରନ୍ତୁ"),
                  (OR_APP.isoformat(), "📲 ଋଷିକୁଲ୍ୟା ଖବର ଆପ ଡାଉନଲୋଡ କରନ୍ତୁ, ସବୁ ଖବର ସବୁଠୁ "
                                       "ଆଗେ"))
    news: list[Event] = [
        _span("2018-10-10", "2018-10-16", "🌀 ବାତ୍ୟା ତିତ୍ଲି: ଗଞ୍ଜାମ ପାଇଁ ହେଲ୍ପଲାଇନ ଓ ଆଶ୍ରୟସ୍ଥଳୀ"),
        _span("2018-11-28", "2018-12-16", "🏑 ହକି ବିଶ୍ୱକପ ଭୁବନେଶ୍ୱରରେ: ସବୁ ମ୍ୟାଚର ଫଳାଫଳ"),
        _vote("2019-04-11", "🗳️ ପ୍ରଥମ ପର୍ଯ୍ୟାୟ ନିର୍ବାଚନ: ବ୍ରହ୍ମପୁରରେ ଆଜି ଭୋଟ", before=2,
              after=0),
        _span("2019-05-02", "2019-05-15", "🌀 ବାତ୍ୟା ଫନି: ରିଲିଫ ଓ ବିଦ୍ୟୁତ ଯୋଗାଣ ଖବର"),
        _vote("2019-05-23", "📊 ନିର୍ବାଚନ ଫଳାଫଳ: ବିଧାନସଭା ଓ ଲୋକସଭା ଲାଇଭ", before=0, after=1),
        _span("2020-05-18", "2020-05-21", "🌀 ବାତ୍ୟା ଆମ୍ଫାନ: ଉପକୂଳ ଜିଲ୍ଲାରେ ସତର୍କତା"),
        _span("2020-03-22", LOCKDOWN[1], "🏠 ଲକଡାଉନ: ଘରେ ରୁହନ୍ତୁ, ସୁରକ୍ଷିତ ରୁହନ୍ତୁ"),
    ]
    feasts = _yearly("04-01", 0, 0, lambda y: f"🎉 {odia(y - 1936)}ତମ ଉତ୍କଳ ଦିବସର "
                                              f"ଶୁଭେଚ୍ଛା")
    feasts += _yearly("06-14", 0, 2, lambda _: "🌸 ରଜ ପର୍ବର ଶୁଭେଚ୍ଛା")
    feasts += _movable(_listed(VIJAYADASHAMI), 4, 0, lambda _: "🙏 ଦୁର୍ଗାପୂଜାର ହାର୍ଦ୍ଦିକ "
                                                               "ଶୁଭେଚ୍ଛା")
    return _calendar(base, news, feasts)  # Amphan breaks into the lockdown


def rushikulya_style() -> PublisherStyle:
    """An Odia daily (Berhampur): a section kicker, the published date with the hour turned
    the weekday and the date in Odia digits on Utkal Divas 2019 (a wording per day), the own
    correspondent's byline turned the reporter's with the town, "ଆହୁରି ପଢ଼ନ୍ତୁ:" up to twice,
    a photo credit, a Rath Yatra countdown and the days at the Gundicha temple, the monthly
    magazine's year and number, a social line turned an app appeal and turned by cyclones
    Titli, Fani and Amphan, the hockey World Cup, the vote and the results of 2019 and the
    lockdown, Utkal Divas with its count, Raja and Durga Puja, an e-paper price rising, the
    office's address, the registration number and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="rushikulyakhabar.com", site="ଋଷିକୁଲ୍ୟା ଖବର", base_size=95,
        subdomains=(("www.", 100),),
        sections=("odisha", "ganjam", "berhampur", "national", "sports"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "bibhaga": ("ଓଡ଼ିଶା", "ଗଞ୍ଜାମ", "ବ୍ରହ୍ମପୁର", "ଜାତୀୟ", "ଆନ୍ତର୍ଜାତୀୟ", "କ୍ରୀଡ଼ା",
                        "ମନୋରଞ୍ଜନ", "କୃଷି"),
            "sahara": ("ବ୍ରହ୍ମପୁର", "ଛତ୍ରପୁର", "ଆସ୍କା", "ଗୋପାଳପୁର", "ଦିଗପହଣ୍ଡି"),
            "photo": ("ଫାଇଲ", "ଋଷିକୁଲ୍ୟା ଖବର", "ପିଟିଆଇ"),
        },
        families=(
            _f("bibhaga", HEADER, 0.45, (_OLD, "{bibhaga}")),
            _f("tarikha", HEADER, 0.8, *_by_day(_or_dated)),
            _f("pratinidhi", HEADER, 0.4, (_OLD, "{sahara}, (ନି.ପ୍ର.)"),
               (OR_REDESIGN.isoformat(), "{author}, {sahara}")),
            _f("ahuri", MIDDLE, 0.3, (_OLD, "ଆହୁରି ପଢ଼ନ୍ତୁ: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "ଫଟୋ: {photo}")),
            _f("rathajatra", FOOTER, 0.15, *_by_day(_or_rath)),
            _f("patrika", FOOTER, 0.12, *_by_day(_or_patrika)),
            _f("bigyapti", FOOTER, 0.3, *_or_notice()),
            _f("deya", FOOTER, 0.15, (_OLD, "ଇ-ପେପର ଗ୍ରାହକ ଦେୟ: ମାସକୁ ₹ 30"),
               ("2019-04-01", "ଇ-ପେପର ଗ୍ରାହକ ଦେୟ: ମାସକୁ ₹ 40")),
            _f("thikana", FOOTER, 0.3, (_OLD, "ଠିକଣା: ଗିରି ରୋଡ, ବ୍ରହ୍ମପୁର, ଗଞ୍ଜାମ - 760001")),
            _f("rni", FOOTER, 0.25, (_OLD, "ଆରଏନଆଇ ପଞ୍ଜୀକରଣ ସଂଖ୍ୟା: ORIORI/2003/00000")),
            _f("sattva", FOOTER, 0.4, (_OLD, "© {year} ଋଷିକୁଲ୍ୟା ଖବର | ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ")),
            _f("sansodhan", HEADER, 0.04, (_OLD, "ସଂଶୋଧନ: ଏହି ଖବରର ପୂର୍ବ ସଂସ୍କରଣରେ ବ୍ଲକର ନାମ "
                                                 "ଭୁଲ ଥିଲା।")),
        ),
    )


# --- the English city edition of a Marathi group (Nagpur) ------------------------------------

NG_REDESIGN = dt.date(2018, 10, 19)  # relaunched on Dhammachakra Pravartan Din 2018
NG_NEWSLETTER = dt.date(2019, 7, 1)
NG_PRICE = dt.date(2018, 7, 1)
NG_FOUNDED = dt.date(2006, 8, 20)  # the first issue: a new volume every 20 August
NAGPUR_MAX = (29, 32, 36, 41, 44, 38, 31, 30, 32, 32, 30, 28)
NAGPUR_MIN = (13, 16, 20, 25, 29, 27, 24, 24, 23, 20, 15, 12)
WINTER_SESSION = (("2015-12-07", "2015-12-23"), ("2016-12-05", "2016-12-16"),
                  ("2017-12-11", "2017-12-22"), ("2018-07-04", "2018-07-20"),
                  ("2019-12-16", "2019-12-21"))  # in July in 2018, not held in 2020


def no_paper(day: dt.date) -> bool:
    """Whether no paper comes out on `day`: the days after Republic Day, Holi, Independence
    Day and Diwali."""
    before = day - ONE
    return ((before.month, before.day) in ((1, 26), (8, 15))
            or before.isoformat() in (HOLI.get(before.year), DIWALI.get(before.year)))


def volume_start(day: dt.date) -> dt.date:
    """The first day of the volume `day` falls in (20 August)."""
    start = NG_FOUNDED.replace(year=day.year)
    return start if day >= start else start.replace(year=day.year - 1)


@cache
def _issues() -> dict[dt.date, int]:
    out: dict[dt.date, int] = {}
    day = volume_start(FIRST_DAY)
    number = 0
    while day <= LAST_DAY:
        if day == volume_start(day):
            number = 0
        if not no_paper(day):
            number += 1
            out[day] = number
        day += ONE
    return out


def issue(day: dt.date) -> tuple[int, int] | None:
    """The volume and number of the issue out on `day` (None on a day without a paper)."""
    number = _issues().get(day)
    return None if number is None else (volume_start(day).year - NG_FOUNDED.year + 1, number)


def _ng_folio(day: dt.date) -> str:
    found = issue(day)
    if found is None:
        return "No print edition today; the e-paper returns tomorrow"
    volume, number = found
    price = (5 if day.weekday() == 6 else 3) + (day >= NG_PRICE)
    return f"Vol. {volume} No. {number} · Nagpur · Pages 16 · ₹{price}"


def nagpur_temps(day: dt.date) -> tuple[int, int]:
    """Nagpur's made-up high and low of `day`, within two degrees of the month's usual."""
    m = day.month - 1
    return (NAGPUR_MAX[m] + hashed(day, "ngp-max", -2, 2),
            NAGPUR_MIN[m] + hashed(day, "ngp-min", -2, 2))


def _ng_weather(day: dt.date) -> str:
    high, low = nagpur_temps(day)
    return f"🌡️ Nagpur today: max {high}°C, min {low}°C"


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return (f"Nagpur | Updated: {ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, "
                f"{day.year} {{time}} IST")
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook and follow @OrangeCityExp on Twitter"),
                  (NG_NEWSLETTER.isoformat(), "📩 The Morning Brief: Nagpur's news in your "
                                              "inbox at 7am, free"))
    news: list[Event] = [
        _vote("2017-02-21", "🗳️ NMC polls: ward-wise candidates and results", before=3,
              after=2),
        _vote("2019-04-11", "🗳️ Nagpur and Ramtek vote today: find your polling booth",
              before=2, after=0),
        _vote("2019-10-21", "🗳️ Assembly polls: all 12 seats of Nagpur district vote today",
              before=2, after=3),
        _span("2016-11-09", "2016-12-30", "💵 Demonetisation: where to exchange old notes in "
                                          "Nagpur"),
        _span("2019-03-07", "2019-03-10", "🚇 Nagpur Metro opens: the Orange Line's timings "
                                          "and fares"),
        _span("2020-03-20", LOCKDOWN[1], "🏠 Lockdown: essential services and helplines in "
                                         "Nagpur"),
    ]
    news += [_span(first, last, f"🏛️ Legislature session {first[:4]} in Nagpur: traffic "
                                f"diversions around Vidhan Bhavan")
             for first, last in WINTER_SESSION]
    feasts = _movable(_listed(VIJAYADASHAMI), 1, 0,
                      lambda y: f"☸️ Dhammachakra Pravartan Din {y}: arrangements at "
                                f"Deekshabhoomi")
    feasts += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 Happy Diwali from Orange City "
                                                        "Express")
    return _calendar(base, news, feasts)


def orangecity_style() -> PublisherStyle:
    """The English city edition of a Marathi group (Nagpur): a kicker, the city and the
    updated date with the hour turned the weekday and the long date on Dhammachakra
    Pravartan Din 2018 (a wording per day), the byline turned with a handle, "Also Read:" up
    to twice, a photo credit, the day's volume, issue number and price (no paper after four
    holidays, the price up in 2018), Nagpur's high and low every day, the seasons of
    oranges, heat and the monsoon, a cross-post from the Marathi edition, a social line
    turned a newsletter and turned by three votes, demonetisation, the metro's opening, the
    lockdown, five legislature sessions, Dhammachakra Pravartan Din and Diwali, a home
    delivery price rising and turned a free e-paper, the imprint line, a jurisdiction line
    and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="orangecityexpress.in", site="Orange City Express", base_size=80,
        subdomains=(("www.", 100),),
        sections=("city", "vidarbha", "civic", "crime", "education", "sports"),
        n_authors=5, url_path="/{section}/{slug}/{n}",
        pools={
            "kicker": ("NAGPUR", "VIDARBHA", "CITY", "CIVIC", "CRIME", "EDUCATION", "SPORTS",
                       "BUSINESS"),
            "pic": ("OCE", "File", "Special arrangement"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_ng_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "{author} | Nagpur"),
               (NG_REDESIGN.isoformat(), "By {author} ({author_handle})")),
            _f("also-read", MIDDLE, 0.3, (_OLD, "Also Read: {other_title}"), count=2),
            _f("pic", MIDDLE, 0.2, (_OLD, "(Pic: {pic})")),
            _f("folio", HEADER, 0.2, *_by_day(_ng_folio)),
            _f("weather", FOOTER, 0.15, *_by_day(_ng_weather)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("03-15", "🔥 Heat advisory: avoid stepping out between noon and 4pm"),
                ("06-15", "🌧️ Monsoon in Vidarbha: report waterlogging on our helpline"),
                ("11-15", "🍊 Orange season: the day's arrivals and rates at Kalamna market"))),
            _f("translated", FOOTER, 0.06, (_OLD, "Translated from our Marathi edition.")),
            _f("notice", FOOTER, 0.3, *_ng_notice()),
            _f("delivery", FOOTER, 0.15, (_OLD, "Home delivery: ₹90 a month"),
               (NG_PRICE.isoformat(), "Home delivery: ₹120 a month"),
               ("2020-04-15", "Read the full e-paper free: register with your mobile number")),
            _f("imprint", FOOTER, 0.2, (_OLD, "Printed and published by R. K. Deshmukh for "
                                              "Orange City Media Pvt. Ltd., Wardha Road, "
                                              "Nagpur 440015. Editor: S. V. Joshi (responsible "
                                              "for selection of news under the PRB Act).")),
            _f("jurisdiction", FOOTER, 0.25, (_OLD, "All disputes are subject to the "
                                                    "jurisdiction of courts in Nagpur only.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Orange City Express")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: The ward number in an earlier "
                                                  "version of this report was wrong.")),
        ),
    )


# --- an Assamese news portal (Dibrugarh) -----------------------------------------------------

AS_REDESIGN = dt.date(2019, 4, 15)  # relaunched on Bohag Bihu 2019
AS_APP = dt.date(2020, 2, 1)
DANGER_LEVEL = "105.70"  # the Brahmaputra's danger mark at Dibrugarh, metres


def river_level(day: dt.date) -> str | None:
    """The Brahmaputra's made-up level at Dibrugarh on `day` in the flood season (June to
    September), in metres with two decimals; None outside it."""
    if not 6 <= day.month <= 9:
        return None
    cm = hashed(day, "luit", 10280, 10660)
    return f"{cm // 100}.{cm % 100:02d}"


def _as_river(day: dt.date) -> str:
    level = river_level(day)
    if level is None:
        return "🌊 বানৰ খবৰ দিবলৈ আমাৰ হেল্পলাইন: 0373 0000000"
    return (f"🌊 ডিব্ৰুগড়ত ব্ৰহ্মপুত্ৰৰ জলস্তৰ: {level} মিটাৰ (বিপদসীমা {DANGER_LEVEL} "
            f"মিটাৰ)")


def _as_dated(day: dt.date) -> str:
    if day < AS_REDESIGN:
        return f"{day.day} {ASSAMESE_MONTHS[day.month - 1]}, {day.year}"
    return (f"{ASSAMESE_WEEKDAYS[day.weekday()]}, {assamese(day.day)} "
            f"{ASSAMESE_MONTHS[day.month - 1]}, {assamese(day.year)}")


def _as_bihu(y: int) -> str:
    if y == 2020:
        return "🌸 এইবাৰ ঘৰতে বিহু: ৰঙালী বিহুৰ শুভেচ্ছা, সুস্থ থাকক"
    return "🌸 সকলোলৈ ৰঙালী বিহুৰ উলাহ-মালহ ভৰা শুভেচ্ছা"


def _as_notice() -> Wordings:
    base = _steps((_OLD, "আমাক ফেচবুক আৰু টুইটাৰত অনুসৰণ কৰক"),
                  (AS_APP.isoformat(), "📲 লুইতপৰীয়া বাতৰিৰ এপ ডাউনলোড কৰক"))
    news: list[Event] = [
        _vote("2016-04-04", "🗳️ বিধানসভা নিৰ্বাচন: প্ৰথম পৰ্যায়ত উজনি অসমত আজি ভোটগ্ৰহণ",
              before=2, after=0),
        _vote("2016-05-19", "📊 বিধানসভা নিৰ্বাচনৰ ফলাফল: সমষ্টি অনুসৰি লাইভ", before=0,
              after=1),
        _vote("2019-04-11", "🗳️ লোকসভা নিৰ্বাচন: ডিব্ৰুগড় সমষ্টিত আজি ভোটগ্ৰহণ", before=2,
              after=0),
        _span("2018-12-25", "2018-12-27", "🌉 বগীবিল দলং মুকলি: ডিব্ৰুগড়ৰ পৰা ধেমাজিলৈ নতুন "
                                          "পথ"),
        _span("2019-08-31", "2019-09-02", "📋 এনআৰচিৰ চূড়ান্ত তালিকা: নাম কেনেকৈ চাব"),
        _span("2019-12-11", "2019-12-20", "⚠️ কাৰ্ফিউ আৰু ইণ্টাৰনেট বন্ধ: আমাৰ বাতৰি পলমকৈ "
                                          "আপডেট হ'ব পাৰে"),
        _span("2020-03-24", LOCKDOWN[1], "🏠 লকডাউন: ঘৰতে থাকক, সুৰক্ষিত থাকক"),
        _span("2020-06-01", "2020-06-30", "🔥 বাঘজান তেলকূপৰ দুৰ্ঘটনা: ক্ষতিগ্ৰস্তৰ বাবে "
                                          "সাহায্যৰ খবৰ"),
    ]
    feasts = _movable(lambda y: dt.date(y, 4, 14), 0, 1, _as_bihu)
    feasts += _yearly("01-14", 0, 1, lambda _: "🔥 ভোগালী বিহুৰ শুভেচ্ছা: মেজি জ্বলাওক, "
                                               "সাৱধানে থাকক")
    feasts += _yearly("10-17", 0, 0, lambda _: "🪔 কাতি বিহুৰ শুভেচ্ছা")
    return _calendar(base, feasts, news)  # Bohag Bihu 2020 breaks into the lockdown


def luitporiya_style() -> PublisherStyle:
    """An Assamese news portal (Dibrugarh): a section kicker, the date turned the weekday and
    the date in Assamese digits on Bohag Bihu 2019 (a wording per day), the reporter turned
    the own correspondent with the town, "আৰু পঢ়ক:" once, a photo credit, the Brahmaputra's
    level at Dibrugarh every day of the flood season, the seasons of Bihu, floods, tea and
    winter, a social line turned an app appeal and turned by three votes, the Bogibeel
    bridge, the NRC's list, the curfew and internet shutdown, the lockdown and the Baghjan
    blowout, and the three Bihus (at home in 2020), a sharing line turned a supporters' appeal
    with prices rising, the advertising line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="luitporiyabatori.com", site="লুইতপৰীয়া বাতৰি", base_size=60,
        subdomains=(("www.", 100),),
        sections=("assam", "dibrugarh", "ujani-asom", "national", "sports", "tea"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "bibhag": ("অসম", "ডিব্ৰুগড়", "উজনি অসম", "দেশ", "বিদেশ", "খেল", "মনোৰঞ্জন", "চাহ"),
            "thai": ("ডিব্ৰুগড়", "তিনিচুকীয়া", "যোৰহাট", "শিৱসাগৰ", "ধেমাজি"),
            "photo": ("ফাইল", "লুইতপৰীয়া বাতৰি", "সামাজিক মাধ্যম"),
        },
        families=(
            _f("bibhag", HEADER, 0.4, (_OLD, "{bibhag}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_as_dated)),
            _f("pratinidhi", HEADER, 0.4, (_OLD, "{author}"),
               (AS_REDESIGN.isoformat(), "নিজা সংবাদদাতা, {thai}")),
            _f("aru-porhok", MIDDLE, 0.25, (_OLD, "আৰু পঢ়ক: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "ফটো: {photo}")),
            _f("jalastar", FOOTER, 0.2, *_by_day(_as_river)),
            _f("ritu", FOOTER, 0.12, *_seasons(
                ("03-15", "🌸 বহাগ আহিছে: আপোনাৰ অঞ্চলৰ বিহু অনুষ্ঠানৰ খবৰ পঠিয়াওক"),
                ("06-01", "🌊 বানপানীৰ বতৰ: ব্ৰহ্মপুত্ৰৰ জলস্তৰৰ দৈনিক খবৰ"),
                ("10-01", "🍵 চাহৰ শেষ চপনি: বাগিচা আৰু নিলামৰ খবৰ"),
                ("12-01", "❄️ শীতৰ বতৰ: কুঁৱলীৰ বাবে ৰেল আৰু বিমানৰ সময় সলনি হ'ব পাৰে"))),
            _f("jananee", FOOTER, 0.3, *_as_notice()),
            _f("sahay", FOOTER, 0.2, (_OLD, "বাতৰিটো ভাল লাগিলে বন্ধু-বান্ধৱীৰ সৈতে শ্বেয়াৰ "
                                            "কৰক"),
               ("2018-01-01", "স্বাধীন সাংবাদিকতাক সহায় কৰক: মাহে ₹ 50ৰ পৰা সমৰ্থক হওক"),
               ("2020-04-01", "স্বাধীন সাংবাদিকতাক সহায় কৰক: মাহে ₹ 100ৰ পৰা সমৰ্থক হওক")),
            _f("bigyapan", FOOTER, 0.25, (_OLD, "বিজ্ঞাপনৰ বাবে যোগাযোগ: 94350 00000")),
            _f("swattwa", FOOTER, 0.35, (_OLD, "© {year} লুইতপৰীয়া বাতৰি। সৰ্বস্বত্ব "
                                               "সংৰক্ষিত।")),
            _f("sansodhan", HEADER, 0.04, (_OLD, "সংশোধন: এই বাতৰিৰ আগৰ সংস্কৰণত গাঁওখনৰ নাম "
                                                 "ভুলকৈ প্ৰকাশ হৈছিল।")),
        ),
    )


# --- a small English weekly of coastal Karnataka (Mangaluru) ---------------------------------

KC_REDESIGN = dt.date(2019, 6, 1)  # relaunched on the first day of the 2019 fishing ban
KC_FOUNDED = 2009


def weekly_issue(day: dt.date) -> int:
    """The number of the weekly issue out on `day` (every Thursday)."""
    return 290 + weeks_since(day, 3)


def _kc_issue(day: dt.date) -> str:
    thursday = latest(day, 3)
    return (f"Karavali Compass · Vol. {thursday.year - KC_FOUNDED} · Issue "
            f"{weekly_issue(day)} · {thursday.day} {ENGLISH_MONTHS[thursday.month - 1]} "
            f"{thursday.year}")


def _kc_dated(day: dt.date) -> str:
    if day < KC_REDESIGN:
        return f"Posted on {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} | Mangaluru"


def _kc_dasara(y: int) -> str:
    if y == 2020:
        return "🪔 Mangaluru Dasara is held without the procession this year"
    return f"🪔 Mangaluru Dasara {y}: the procession's route and road closures"


def _kc_notice() -> Wordings:
    base = _steps((_OLD, "Join our WhatsApp group for the week's Karavali headlines"),
                  ("2018-06-01", "Follow @KaravaliCompass on Instagram for photos from "
                                 "across the coast"))
    news: list[Event] = [
        _vote("2018-05-12", "🗳️ Assembly polls: the eight seats of Dakshina Kannada vote "
                            "today", before=2, after=0),
        _vote("2019-04-18", "🗳️ Lok Sabha polls: Dakshina Kannada and Udupi-Chikkamagaluru "
                            "vote today", before=2, after=0),
        _span("2019-12-19", "2019-12-23", "⚠️ Curfew in Mangaluru: essential services and "
                                          "helplines"),
        _span("2020-03-23", LOCKDOWN[1], "🏠 Lockdown: we are publishing online only until "
                                         "further notice"),
    ]
    feasts = _movable(_listed(VIJAYADASHAMI), 6, 0, _kc_dasara)
    feasts += _movable(_listed(JANMASHTAMI), 1, 1, lambda _: "🎉 Krishna Janmashtami in "
                                                             "Udupi: Vittal Pindi timings")
    feasts += _yearly("09-08", 1, 0, lambda _: "🌸 Monti Fest greetings to our readers: "
                                               "novena timings in parishes")
    feasts += _yearly("12-20", 0, 5, lambda _: "🎄 Happy Christmas! Send us your kuswar "
                                               "recipes")
    return _calendar(base, news, feasts)


def karavali_style() -> PublisherStyle:
    """A small English weekly of coastal Karnataka (Mangaluru): a kicker, "Posted on" with
    the long date turned a dotted date with the city on the first day of the 2019 fishing ban
    (a wording per day), "By" turned with the site's name, "Also see:" once, a photo credit,
    the weekly issue's volume, number and day every Thursday, the seasons of the fishing ban,
    the fishing season, kambala and summer, a messenger line turned a social one and turned
    by two votes, the curfew, the lockdown, the Mangaluru Dasara (no procession in 2020),
    Janmashtami in Udupi, Monti Fest and Christmas, a subscription price rising and turned a
    free digital edition, a columnists' disclaimer, the letters line and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="karavalicompass.in", site="Karavali Compass", base_size=45,
        subdomains=(("www.", 100),),
        sections=("mangaluru", "udupi", "coast", "culture", "sports"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "kicker": ("Mangaluru", "Udupi", "Coast", "Culture", "Sports", "Fisheries"),
            "photo": ("Karavali Compass", "File", "Special arrangement"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_kc_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (KC_REDESIGN.isoformat(), "{author}, Karavali Compass")),
            _f("also-see", MIDDLE, 0.25, (_OLD, "Also see: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("issue", FOOTER, 0.2, *_by_day(_kc_issue)),
            _f("coast", FOOTER, 0.15, *_seasons(
                ("04-01", "☀️ Summer on the coast: beach safety flags and lifeguard hours"),
                ("06-01", "🎣 The monsoon fishing ban is in force on the west coast until 31 "
                          "July"),
                ("08-01", "⛵ The boats are back: the new fishing season opens at the old "
                          "port"),
                ("11-15", "🐃 Kambala season: this year's race dates across the two "
                          "districts"))),
            _f("notice", FOOTER, 0.3, *_kc_notice()),
            _f("subscription", FOOTER, 0.15, (_OLD, "Annual subscription by post: ₹300"),
               ("2018-01-01", "Annual subscription by post: ₹350"),
               ("2020-06-01", "The digital edition is free; print by post ₹400 a year")),
            _f("views", FOOTER, 0.2, (_OLD, "Views expressed by columnists are their own.")),
            _f("letters", FOOTER, 0.25, (_OLD, "Letters to the editor: "
                                               "letters@karavalicompass.in")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Karavali Compass")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: The date of the kambala at "
                                                  "Moodbidri has been corrected.")),
        ),
    )


# --- a small English city tabloid of a Gujarati group (Surat) --------------------------------

SU_REDESIGN = dt.date(2019, 1, 14)  # relaunched on Uttarayan 2019
SU_INSIDER = dt.date(2019, 8, 1)


def _su_weekend(day: dt.date) -> str:
    friday = latest(day, 4)
    sunday = friday + 2 * ONE
    return (f"🎉 This weekend in Surat ({ENGLISH_MONTHS[friday.month - 1][:3]} {friday.day}"
            f"–{ENGLISH_MONTHS[sunday.month - 1][:3]} {sunday.day}): food, music and "
            f"walks")


def _su_dated(day: dt.date) -> str:
    if day < SU_REDESIGN:
        return f"Surat, {ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return (f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}, "
            f"{ENGLISH_WEEKDAYS[day.weekday()]}")


def _su_notice() -> Wordings:
    base = _steps((_OLD, "Follow Surat City Pulse on Instagram"),
                  ("2019-03-01", "📲 Get Surat's news on WhatsApp: message 'HI' to our "
                                 "number"))
    news: list[Event] = [
        _vote("2017-12-09", "🗳️ Surat's 16 seats vote today: find your booth", before=2,
              after=0),
        _vote("2019-04-23", "🗳️ Surat and Navsari vote today", before=2, after=0),
        _span("2019-05-24", "2019-05-31", "🕯️ Takshashila fire: helplines for families and "
                                          "blood donation camps"),
        _span(*LOCKDOWN, "🏠 Lockdown: essential services and helplines in Surat"),
    ]
    feasts = _yearly("01-14", 0, 1, lambda _: "🪁 Happy Uttarayan: use cotton manja and keep "
                                              "an eye out for birds")
    feasts += _movable(_listed(CHANDI_PADVO), 0, 0, lambda _: "🌕 Happy Chandi Padvo: the "
                                                              "ghari queues start early")
    feasts += _movable(_listed(NAVRATRI), 0, 8, lambda y: f"💃 Navratri {y}: garba venues "
                                                          f"and passes in Surat")
    return _calendar(base, news, feasts)


def suratpulse_style() -> PublisherStyle:
    """A small English city tabloid of a Gujarati group (Surat): the city and the short date
    turned the long date and the weekday on Uttarayan 2019 (a wording per day), the byline
    turned with the site's initials, "Related:" once, the weekend's listing turning on
    Fridays, a cross-post from the Gujarati edition, a social line turned a messenger appeal
    and turned by two votes, the Takshashila fire, the lockdown, Uttarayan, Chandi Padvo and
    Navratri, a newsletter turned a paid membership, the advertising line and a copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="suratcitypulse.in", site="Surat City Pulse", base_size=30,
        subdomains=(("www.", 100),),
        sections=("city", "food", "events", "business", "people"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.6, *_by_day(_su_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "{author}"),
               (SU_REDESIGN.isoformat(), "By {author} | SCP")),
            _f("related", MIDDLE, 0.2, (_OLD, "Related: {other_title}")),
            _f("weekend", FOOTER, 0.2, *_by_day(_su_weekend)),
            _f("translated", FOOTER, 0.08, (_OLD, "This story was first published in our "
                                                  "Gujarati edition.")),
            _f("notice", FOOTER, 0.3, *_su_notice()),
            _f("insider", FOOTER, 0.2, (_OLD, "📩 Our free newsletter lands every Saturday "
                                              "morning: sign up"),
               (SU_INSIDER.isoformat(), "Become an SCP Insider: ₹49 a month, no ads"),
               ("2020-08-01", "Become an SCP Insider: ₹59 a month, no ads")),
            _f("advertise", FOOTER, 0.3, (_OLD, "Advertise with us: ads@suratcitypulse.in")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Surat City Pulse")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: The venue of the event has been "
                                                  "updated.")),
        ),
    )


def heldout117_styles() -> list[PublisherStyle]:
    """The held-back-117 styles, in the order the generator hands them to publishers."""
    return [
        pavna_style(), godavari_style(), cityline_style(), karunada_style(), nila_style(),
        saurashtra_style(), doaba_style(), rushikulya_style(), orangecity_style(),
        luitporiya_style(), karavali_style(), suratpulse_style(),
    ]
