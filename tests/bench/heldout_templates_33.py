"""The thirty-third held-back template set (``held-back-33``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-second
held-back set (`tests.bench.heldout_templates_32`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-two held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 93.50% boilerplate removed, 99.98% content kept (at
38d8474; 92.99% with the code of that session's start, 94b418f), so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Sakha (Yakut)-language news site
in Cyrillic (Yakutsk), a Yiddish-language news site (New York), a Sindhi-language news site
in Arabic script (Hyderabad, Sindh), a Lingala-language news site (Kinshasa), a
Wolof-language news site (Dakar), a Sardinian-language news site (Nùgoro), a
Kashubian-language news site (Kartuzy), a Hmong-language community news site (Saint Paul,
Minnesota), an Islay whisky distillery's visitor news, a Swiss Alpine Club hut's news in
German (Valais), a Québec maple sugar shack's news in French and a sheep dog trial club's
results (Hawke's Bay, New Zealand). None of these kinds is in an earlier held-back set, nor
these languages as a site's language.

Variation: article dates localised day by day (Sakha weekdays with the months' genitive
forms after a dotted date slot with the time; the Hebrew calendar's date in Hebrew letters
with the civil date's Yiddish ordinal after an English one; Sindhi weekdays and months after
an English one; Lingala weekdays and numbered months after a French one; Wolof weekdays and
months after a French one; an Italian date turned Sardinian weekdays and months with "de su";
Kashubian weekdays and months in the genitive after a dotted date slot; Hmong weekdays and
months with their tone sandhi after a US one), Yakutsk's day length printed day by day, a
Friday candle-lighting time printed week by week (sunset, less eighteen minutes, in New
York's clock with daylight saving time), the gold price in Hyderabad printed each market day,
English, French and German date slots on the other sites, bylines of many shapes (an ulus,
a reading time, a city dateline with the reporter, a commune, a town, two writers, a
photographer, a language switch from English, a hut keeper, a club secretary), notices
reworded in 2015-2020 (social lines gaining Telegram, YouTube or TikTok; donation appeals
moved to payment apps; subscriptions, prices, fees and donation amounts raised; a
reservation system moved online; an exchange-rate line announcing a new currency; shipping
to the EU ending with 2020),
election and emergency lines (Russia's and Yakutia's 2016-2020 votes and the 2020
self-isolation; New York's 2016-2020 votes, the 2020 pause and the census; Pakistan's 2015
local and 2018 general elections and the 2020 lockdown; Congo's 2018 election, its results
and the inauguration, the Ebola emergency and the 2020 state of emergency; Senegal's 2016,
2017 and 2019 votes and the 2020 curfew; Italy's and Sardinia's 2016-2020 votes and the 2020
lockdown; Poland's 2015-2020 votes and the 2020 lockdown; Minnesota's 2016-2020 votes, the
census and the 2020 stay-at-home order; closures and alert levels in 2020), notices that
follow a calendar (the Sakha language day, Republic Day and Ysyakh with their counts, the New
Year; Rosh Hashanah with its year, Yom Kippur, Sukkos, Chanukah night by night, Purim, Pesach
and Shavuos by the Hebrew calendar; Independence Day with its count, Sindhi Culture Day on
the first Sunday of December, Shah Latif's urs with its number and both Eids; the martyrs',
heroes' and independence days with their counts and Christmas; the Grand Magal of Touba,
Korité, Tabaski and Independence Day with its count; Sant'Antoni's fires, Sa Die de sa
Sardigna with its count, the Redentore on the last Sunday of August and Christmas; Kashubian
Unity Day with its count, Easter, the Kashubian congress on the first Saturday of July and
Christmas; the Hmong New Year after Thanksgiving and the Freedom Festival; the Lena crossing's
ferry, ice drift and ice road; Sardinia's fire season; Fèis Ìle from the fourth Friday of May;
a hut's seasons; the sugaring season; a club's trial on the last Friday and Saturday of
January), names at the start of lines, mid-line or after a label, the article's own title
(a breadcrumb and a share line) and other articles' titles (links in eight languages), amounts
(gold in rupees a tola, whisky releases with their ages, strengths and prices, Swiss francs,
Canadian dollars, sap and syrup figures with a decimal comma, trial points with halves,
day lengths), tag lists, view counts, reading times, phone numbers in several countries'
formats, multi-line blocks, mid-body inserts (some up to two times), bare lines (ad labels
in eight languages, a language switch, block headings, greetings), Sakha letters (ҕ, ҥ, ө,
һ, ү), Yiddish in Hebrew script with its pointed letters (אָ, פֿ, ײַ) and Hebrew numerals
with geresh and gershayim, Sindhi letters (ڪ, ڏ, ٽ, ڀ, ڻ, ڱ, ڇ, ڊ, ڙ), Lingala ɛ and ɔ with
tone marks, Wolof à, ë and ñ, Sardinian tz and accents, Kashubian ë, ò, ô, ù and ã, Hmong
tone letters, Scottish Gaelic and Swiss German (ss for ß), Québec French, symbols and emoji
where such sites use them, and families in only 3-6% of articles beside ones in nearly all.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
a network footer.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, last_weekday, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
# The end of the fast and the feast of sacrifice as Pakistan kept them.
EID_FITR_PK = {2015: "2015-07-18", 2016: "2016-07-06", 2017: "2017-06-26",
               2018: "2018-06-16", 2019: "2019-06-05", 2020: "2020-05-24"}
EID_ADHA_PK = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02",
               2018: "2018-08-22", 2019: "2019-08-12", 2020: "2020-08-01"}
# Korité and Tabaski as the Dakar site's calendar keeps them.
KORITE = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
          2019: "2019-06-04", 2020: "2020-05-24"}
TABASKI = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-01", 2018: "2018-08-22",
           2019: "2019-08-12", 2020: "2020-08-01"}
# The Grand Magal of Touba (18 Safar) as the Dakar site's calendar keeps it.
MAGAL = {2015: "2015-12-01", 2016: "2016-11-19", 2017: "2017-11-08", 2018: "2018-10-29",
         2019: "2019-10-18", 2020: "2020-10-06"}
# Shah Abdul Latif Bhittai's urs at Bhit Shah (from 14 Safar) as the Sindhi site's calendar
# keeps it, with its number (the Hijri years since his death in 1165 AH).
URS = {2015: ("2015-11-27", 272), 2016: ("2016-11-14", 273), 2017: ("2017-11-03", 274),
       2018: ("2018-10-24", 275), 2019: ("2019-10-13", 276), 2020: ("2020-10-02", 277)}

SAKHA_WEEKDAYS = ("бэнидиэнньик", "оптуорунньук", "сэрэдэ", "чэппиэр", "бээтинсэ", "субуота",
                  "баскыһыанньа")
SAKHA_MONTHS = ("тохсунньу", "олунньу", "кулун тутар", "муус устар", "ыам ыйа", "бэс ыйа",
                "от ыйа", "атырдьах ыйа", "балаҕан ыйа", "алтынньы", "сэтинньи", "ахсынньы")
# The months as a date prints them, "бэс ыйын 21 күнэ": "ыйа" turns "ыйын".
SAKHA_MONTHS_GEN = tuple(m.removesuffix("ыйа") + "ыйын" if m.endswith("ыйа") else m
                         for m in SAKHA_MONTHS)
YIDDISH_WEEKDAYS = ("מאָנטיק", "דינסטיק", "מיטוואָך", "דאָנערשטיק", "פֿרײַטיק", "שבת",
                    "זונטיק")
YIDDISH_MONTHS = ("יאַנואַר", "פֿעברואַר", "מערץ", "אַפּריל", "מיי", "יוני", "יולי", "אויגוסט",
                  "סעפּטעמבער", "אָקטאָבער", "נאָוועמבער", "דעצעמבער")
SINDHI_WEEKDAYS = ("سومر", "اڱارو", "اربع", "خميس", "جمعو", "ڇنڇر", "آچر")
SINDHI_MONTHS = ("جنوري", "فيبروري", "مارچ", "اپريل", "مئي", "جون", "جولاءِ", "آگسٽ",
                 "سيپٽمبر", "آڪٽوبر", "نومبر", "ڊسمبر")
LINGALA_WEEKDAYS = ("Mokɔlɔ ya libosó", "Mokɔlɔ ya míbalé", "Mokɔlɔ ya mísáto",
                    "Mokɔlɔ ya mínei", "Mokɔlɔ ya mítáno", "Mpɔ́sɔ", "Eyenga")
# The months by number, as "sánzá ya motóbá" (the sixth month).
LINGALA_MONTHS = ("sánzá ya yambo", "sánzá ya míbalé", "sánzá ya mísáto", "sánzá ya mínei",
                  "sánzá ya mítáno", "sánzá ya motóbá", "sánzá ya nsambo", "sánzá ya mwambe",
                  "sánzá ya libwa", "sánzá ya zómi", "sánzá ya zómi na mɔ̌kɔ́",
                  "sánzá ya zómi na míbalé")
WOLOF_WEEKDAYS = ("Altine", "Talaata", "Àllarba", "Alxames", "Àjjuma", "Gaawu", "Dibéer")
WOLOF_MONTHS = ("Samwiyee", "Fewriyee", "Mars", "Awril", "Mee", "Suwe", "Sulet", "Ut",
                "Sattumbar", "Oktoobar", "Nowàmbar", "Desàmbar")
ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                    "domenica")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
SARDINIAN_WEEKDAYS = ("lunis", "martis", "mércuris", "giòbia", "chenàbura", "sàbadu",
                      "domìnigu")
SARDINIAN_MONTHS = ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas",
                    "trìulas", "austu", "cabudanni", "santugaine", "santandria", "nadale")
KASHUBIAN_WEEKDAYS = ("pòniedzôłk", "wtórk", "strzoda", "czwiôrtk", "piątk", "sobòta",
                      "niedzela")
KASHUBIAN_MONTHS = ("stëcznik", "gromicznik", "strëmiannik", "łżëkwiôt", "môj", "czerwińc",
                    "lëpinc", "zélnik", "séwnik", "rujan", "lëstopadnik", "gòdnik")
# The months in the genitive, as a date prints them: "21 czerwińca".
KASHUBIAN_MONTHS_GEN = ("stëcznika", "gromicznika", "strëmiannika", "łżëkwiôta", "môja",
                        "czerwińca", "lëpinca", "zélnika", "séwnika", "rujana",
                        "lëstopadnika", "gòdnika")
HMONG_WEEKDAYS = ("Hnub Ib", "Hnub Ob", "Hnub Peb", "Hnub Plaub", "Hnub Tsib", "Hnub Rau",
                  "Hnub Xya")
# "Lub ... Hli": after the high-tone numbers (-b) the month word takes the -s tone (sandhi).
HMONG_MONTHS = ("Ib Hlis", "Ob Hlis", "Peb Hlis", "Plaub Hlis", "Tsib Hlis", "Rau Hli",
                "Xya Hli", "Yim Hli", "Cuaj Hli", "Kaum Hli", "Kaum Ib Hlis", "Kaum Ob Hlis")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _seasons = _PERIOD.daily, _PERIOD.changes, _PERIOD.seasons


def _noise(key: str, spread: int) -> int:
    """A fixed pseudo-random integer from -`spread` to `spread` for `key`."""
    return zlib.crc32(key.encode()) % (2 * spread + 1) - spread


def _comma(x: float, places: int = 1) -> str:
    """`x` with a decimal comma, as the French-language sugar shack prints it."""
    return f"{x:.{places}f}".replace(".", ",")


# --- the sun: declination, the equation of time, sunset and day length ------------------------

def _sun(day: dt.date) -> tuple[float, float]:
    """(declination in radians, equation of time in minutes) at noon of `day` (NOAA's
    approximations)."""
    g = 2 * math.pi / 365 * (day.timetuple().tm_yday - 1)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g)
                       - 0.014615 * math.cos(2 * g) - 0.040849 * math.sin(2 * g))
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g)
            - 0.006758 * math.cos(2 * g) + 0.000907 * math.sin(2 * g)
            - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    return decl, eqtime


def _hour_angle(day: dt.date, latitude: float) -> float:
    """The sun's hour angle at sunset (degrees), refraction and the disc included."""
    decl, _ = _sun(day)
    lat = math.radians(latitude)
    return math.degrees(math.acos(math.cos(math.radians(90.833)) / (math.cos(lat) * math.cos(decl))
                                  - math.tan(lat) * math.tan(decl)))


def day_length(day: dt.date, latitude: float) -> int:
    """Minutes from sunrise to sunset at `latitude` on `day`."""
    return round(8 * _hour_angle(day, latitude))


def sunset_utc(day: dt.date, latitude: float, longitude: float) -> int:
    """Sunset on `day` in minutes after midnight UTC (`longitude` east positive)."""
    _, eqtime = _sun(day)
    return round(720 - 4 * (longitude - _hour_angle(day, latitude)) - eqtime)


# --- a Sakha (Yakut)-language news site in Cyrillic (Yakutsk) ---------------------------------

SK_DAILY = dt.date(2017, 4, 27)  # from Republic Day 2017, Sakha dates
SK_BYLINE = dt.date(2018, 9, 10)  # "Ааптар:" gained the ulus in brackets
SK_SOCIAL = dt.date(2018, 2, 1)  # the follow line gained Telegram
SK_TIKTOK = dt.date(2020, 5, 1)  # ... then TikTok
YAKUTSK_LATITUDE = 62.03


def _sk_dated(day: dt.date) -> str:
    return (f"{SAKHA_WEEKDAYS[day.weekday()].capitalize()}, {SAKHA_MONTHS_GEN[day.month - 1]} "
            f"{day.day} күнэ, {day.year} с.")


def _sk_daylight(day: dt.date) -> str:
    minutes = day_length(day, YAKUTSK_LATITUDE)
    return f"☀️ Дьокуускайга күн уһуна: {minutes // 60} ч. {minutes % 60} мүн."


def ysyakh_day(y: int) -> dt.date:
    """Ysyakh Tuymaada as the site's calendar keeps it: the first Saturday on or after 21
    June (two days, Saturday and Sunday)."""
    june21 = dt.date(y, 6, 21)
    return june21 + dt.timedelta(days=(5 - june21.weekday()) % 7)


def _sk_byraaznyk() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Бииһигин ВКонтакте уонна Instagram ситимнэргэ кэтээҥ."),
            (SK_SOCIAL.isoformat(), "Бииһигин ВКонтакте, Instagram уонна Telegram ситимнэргэ "
                                    "кэтээҥ."),
            (SK_TIKTOK.isoformat(), "Бииһигин ВКонтакте, Instagram, Telegram уонна TikTok "
                                    "ситимнэргэ кэтээҥ.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 28), dt.date(y + 1, 1, 3),
                       "🎄 Саҥа дьылынан! Дьолу, доруобуйаны, эйэни баҕарабыт."))
        if y == 2014:
            continue
        events.append((dt.date(y, 2, 12), dt.date(y, 2, 14),
                       f"📚 Олунньу 13 күнэ — Саха тылын күнэ. С. А. Новгородов төрөөбүтэ "
                       f"{y - 1892} сыл."))
        events.append((dt.date(y, 4, 26), dt.date(y, 4, 28),
                       f"🏛 Муус устар 27 күнэ — Өрөспүүбүлүкэ күнэ! Саха АССР тэриллибитэ "
                       f"{y - 1922} сыл."))
        saturday = ysyakh_day(y)
        text = (f"🌿 Ысыах Туймаада: бэс ыйын {saturday.day}–{saturday.day + 1} күннэрэ, Үс Хатын "
                "алааһыгар. Кэлиҥ, көрсүөххэ!" if y != 2020 else
                "🌿 Быйыл Ысыах Туймаада онлайн ыытыллар: дьиэҕититтэн көрүҥ.")
        events.append((saturday - dt.timedelta(days=5), saturday + dt.timedelta(days=2), text))
    return _timeline(base, events)


def _sk_talyy() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Сонуннааххыт дуо? Суруйуҥ WhatsApp: +7 914 255-01-43")]
    return _timeline(base, [
        (dt.date(2016, 9, 5), dt.date(2016, 9, 19),
         "🗳️ Судаарыстыба Думатын быыбара: балаҕан ыйын 18 күнэ, баскыһыанньа. Куоластааҥ!"),
        (dt.date(2018, 3, 5), dt.date(2018, 3, 19),
         "🗳️ Россия Бэрэсидьиэнин быыбара: кулун тутар 18 күнэ, баскыһыанньа. Куоластааҥ!"),
        (dt.date(2018, 8, 27), dt.date(2018, 9, 10),
         "🗳️ Өрөспүүбүлүкэ Баһылыгын уонна Ил Түмэн быыбардара: балаҕан ыйын 9 күнэ."),
        (dt.date(2020, 3, 30), dt.date(2020, 6, 15),
         "😷 Дьиэҕитигэр олоруҥ: тахсарга маасканы кэтиҥ, илиигитин сууйуҥ."),
        (dt.date(2020, 6, 20), dt.date(2020, 7, 2),
         "🗳️ Конституцияҕа уларытыылар туһунан куоластааһын: бэс ыйын 25 – от ыйын 1."),
        (dt.date(2020, 9, 1), dt.date(2020, 9, 14),
         "🗳️ Дьокуускай куорат Думатын быыбара: балаҕан ыйын 11–13 күннэрэ."),
    ])


def lena_crossing(y: int) -> list[tuple[str, str]]:
    """The Lena crossing between Yakutsk and Nizhny Bestyakh as the site's calendar keeps
    it: the ice road until the spring ice drift, the ferry from late May, the autumn ice drift
    from mid-October, the ice road again from late December."""
    return [(f"{y}-04-25", "🚫 Өлүөнэни туоруур муус суол сабылынна: муус устар."),
            (f"{y}-05-28", "⛴ Дьокуускай – Аллараа Бэстээх паромнара сырыыны саҕалаатылар."),
            (f"{y}-10-15", "🚫 Паром сырыыта бүттэ: күһүҥҥү муус устар, туорааһын суох."),
            (f"{y}-12-22", "🧊 Өлүөнэ муус суола аһылынна: 20 туоннаҕа диэри массыыналар.")]


def _lena() -> list[tuple[str, str]]:
    return [(_OLD, lena_crossing(2014)[-1][1])] + [step for y in YEARS
                                                   for step in lena_crossing(y)]


def sakha_style() -> PublisherStyle:
    """A Sakha (Yakut)-language news site in Cyrillic (Yakutsk): a language switch, a section
    kicker, a dotted date slot with the time turned a Sakha weekday with the month's
    genitive form and "күнэ" (a wording per day, from Republic Day 2017), "Ааптар:" gaining
    the writer's ulus in brackets, the day's length in Yakutsk (a wording per day), a view
    count, "Реклама" and "Эмиэ ааҕыҥ:" (up to twice) and photo inserts, a topic list, the
    Lena crossing (ice road, ice drift, ferry), a follow line (gaining Telegram, then
    TikTok) turned the Sakha language day, Republic Day and Ysyakh (online in 2020) with
    their counts and the New Year, a tip line turned five votes and the 2020
    self-isolation, a comment rule, a reuse rule naming the site, a rare cold-day notice, a
    copyright line."""
    return PublisherStyle(
        domain="oluonedolguna.ru", site="Өлүөнэ долгуна", base_size=860,
        subdomains=(("", 80), ("m.", 20)),
        sections=("sonun", "politika", "ekonomika", "sport", "kultuura", "uorekh"),
        n_authors=6, url_path="/news/{section}/{n}",
        pools={
            "rubrika": ("Сонуннар", "Политика", "Экэнэмиикэ", "Спорт", "Култуура", "Үөрэх",
                        "Доруобуйа", "Улуустар"),
            "aaptar": ("Сардаана Иванова", "Айаал Петров", "Туйаара Захарова",
                       "Ньургун Николаев", "Саргылаана Попова", "Эрэл Васильев"),
            "uluus": ("Мэҥэ-Хаҥалас", "Хаҥалас", "Нам", "Чурапча", "Амма", "Бүлүү",
                      "Горнай", "Уус-Алдан"),
            "kharchy": ("Өлүөнэ долгуна", "ЯСИА", "Ааптар архыыба", "Социальнай ситимнэр",
                        "Дьокуускай мэрията"),
            "tiemeler": ("Дьокуускай", "Ысыах", "саха тыла", "тымныы", "алмаас", "оскуола",
                         "суол", "коронавирус", "спорт", "быыбар"),
        },
        families=(
            _f("tyl", HEADER, 0.2, (_OLD, "Сахалыы | По-русски")),
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("kun", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_sk_dated, SK_DAILY)),
            _f("aaptar", HEADER, 0.6, (_OLD, "Ааптар: {aaptar}"),
               (SK_BYLINE.isoformat(), "Ааптар: {aaptar} ({uluus} улууһа)")),
            _f("kun-uhuna", HEADER, 0.2, *_daily(_sk_daylight)),
            _f("korbut", HEADER, 0.4, (_OLD, "Көрбүттэр: {count}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Реклама"), count=2),
            _f("aahyn", MIDDLE, 0.4, (_OLD, "Эмиэ ааҕыҥ: {other_title}"), count=2),
            _f("khaartyska", MIDDLE, 0.3, (_OLD, "Хаартыска: {kharchy}")),
            _f("tiemeler", FOOTER, 0.35, (_OLD, "Тиэмэлэр: {tiemeler_list}")),
            _f("parom", FOOTER, 0.2, *_lena()),
            _f("byraaznyk", FOOTER, 0.25, *_sk_byraaznyk()),
            _f("talyy", FOOTER, 0.2, *_sk_talyy()),
            _f("kommentarii", FOOTER, 0.3,
               (_OLD, "Хос этиилэр модерация кэнниттэн көстөллөр. Үөхсүү уонна атаҕастабыл "
                "сотуллар.")),
            _f("sige", FOOTER, 0.3,
               (_OLD, "Матырыйааллары туһанарга «Өлүөнэ долгуна» саайтыгар сигэ "
                "булгуччулаах.")),
            _f("tymnyy", FOOTER, 0.04,
               (_OLD, "🥶 Дьокуускайга −50°: 1–9 кылаастар үөрэнээччилэрэ оскуолаҕа "
                "барбаттар.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2011–{year} «Өлүөнэ долгуна». Бары бырааптар көмүскэллээхтэр.")),
        ),
    )


# --- a Yiddish-language news site (New York) ------------------------------------------------

# Rosh Hashanah (1 Tishrei) of the Hebrew years 5775 to 5782: each year's length, and so its
# months, follows from the next one's.
ROSH_HASHANAH = {5775: "2014-09-25", 5776: "2015-09-14", 5777: "2016-10-03",
                 5778: "2017-09-21", 5779: "2018-09-10", 5780: "2019-09-30",
                 5781: "2020-09-19", 5782: "2021-09-07"}
YI_DAILY = dt.date(2017, 9, 21)  # from Rosh Hashanah 5778, Hebrew dates
YI_BYLINE = dt.date(2018, 3, 1)  # "פֿון" gained the reading time
YI_DONATE = dt.date(2019, 12, 3)  # the donation amounts went up (Giving Tuesday 2019)
NYC_LATITUDE, NYC_LONGITUDE = 40.7128, -74.0060
_GEMATRIA = ((400, "ת"), (300, "ש"), (200, "ר"), (100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"),
             (60, "ס"), (50, "נ"), (40, "מ"), (30, "ל"), (20, "כ"), (10, "י"), (9, "ט"),
             (8, "ח"), (7, "ז"), (6, "ו"), (5, "ה"), (4, "ד"), (3, "ג"), (2, "ב"), (1, "א"))


def hebrew_months(year: int) -> list[tuple[str, int]]:
    """The months of Hebrew year `year` with their lengths: Cheshvan and Kislev by the
    year's length (353/383 days deficient, 355/385 complete), two Adars in a leap year."""
    length = (_day(ROSH_HASHANAH[year + 1]) - _day(ROSH_HASHANAH[year])).days
    assert length in (353, 354, 355, 383, 384, 385), (year, length)
    cheshvan = 30 if length % 10 == 5 else 29
    kislev = 29 if length % 10 == 3 else 30
    adar = [("אדר א׳", 30), ("אדר ב׳", 29)] if length > 380 else [("אדר", 29)]
    return [("תשרי", 30), ("חשוון", cheshvan), ("כסלו", kislev), ("טבת", 29), ("שבט", 30),
            *adar, ("ניסן", 30), ("אייר", 29), ("סיוון", 30), ("תמוז", 29), ("אב", 30),
            ("אלול", 29)]


def hebrew_date(day: dt.date) -> tuple[int, str, int]:
    """(year, month, day of the month) of the Hebrew date whose daytime is `day`."""
    year = max(y for y, first in ROSH_HASHANAH.items() if _day(first) <= day)
    offset = (day - _day(ROSH_HASHANAH[year])).days
    for month, length in hebrew_months(year):
        if offset < length:
            return year, month, offset + 1
        offset -= length
    raise ValueError(day)


def hebrew_day(year: int, month: str, dd: int) -> dt.date:
    """The civil day of Hebrew date `dd` `month` `year`."""
    offset = dd - 1
    for name, length in hebrew_months(year):
        if name == month:
            return _day(ROSH_HASHANAH[year], offset)
        offset += length
    raise ValueError((year, month))


def gematria(n: int) -> str:
    """`n` (1-999) in Hebrew letters as dates print it: 15 and 16 as 9+6 and 9+7, a geresh
    after a single letter, gershayim before the last of several ("תשע״ט")."""
    letters = ""
    rest = n
    for value, letter in _GEMATRIA:
        if rest in (15, 16):
            letters += "ט" + ("ו" if rest == 15 else "ז")
            break
        while rest >= value:
            letters += letter
            rest -= value
    return letters + "׳" if len(letters) == 1 else letters[:-1] + "״" + letters[-1]


def yiddish_ordinal(n: int) -> str:
    """A civil day of the month as Yiddish papers print it: "1טן", "19טן", "20סטן"."""
    return f"{n}{'טן' if n < 20 else 'סטן'}"


def _yi_dated(day: dt.date) -> str:
    year, month, dd = hebrew_date(day)
    return (f"{YIDDISH_WEEKDAYS[day.weekday()]}, {gematria(dd)} {month} {gematria(year % 1000)}"
            f" · {yiddish_ordinal(day.day)} {YIDDISH_MONTHS[day.month - 1]} {day.year}")


def us_dst(day: dt.date) -> bool:
    """US daylight saving time: from the second Sunday of March to the first of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def candle_lighting(friday: dt.date) -> tuple[int, int]:
    """(hour, minute) on New York's clock of candle lighting on `friday`: eighteen minutes
    before sunset."""
    local = sunset_utc(friday, NYC_LATITUDE, NYC_LONGITUDE) - 18 - (4 if us_dst(friday) else 5) * 60
    return local // 60, local % 60


def _yi_candles(day: dt.date) -> str:
    friday = day + dt.timedelta(days=(4 - day.weekday()) % 7)
    hour, minute = candle_lighting(friday)
    return (f"🕯️ ליכט־בענטשן אין ניו־יאָרק, פֿרײַטיק {yiddish_ordinal(friday.day)} "
            f"{YIDDISH_MONTHS[friday.month - 1]}: {hour - 12}:{minute:02d}")


def _yi_yontev() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📬 באַשטעלט אונדזער בולעטין: יעדן דאָנערשטיק אין אײַער בליצבריוו.")]
    events: list[Event] = []
    for year in range(5775, 5782):
        if year >= 5776:
            new_year = _day(ROSH_HASHANAH[year])
            events.append((new_year - dt.timedelta(days=3), new_year + dt.timedelta(days=2),
                           f"🍎 א כּתיבֿה וחתימה טובֿה! א גוט און א זיס יאָר {gematria(year % 1000)}"))
            events.append((new_year + dt.timedelta(days=8), new_year + dt.timedelta(days=10),
                           "📖 גמר חתימה טובֿה!"))
            events.append((new_year + dt.timedelta(days=14), new_year + dt.timedelta(days=22),
                           "🌿 א פֿרײלעכן סוכּות!"))
        eve = hebrew_day(year, "כסלו", 24)
        for night in range(1, 9):
            events.append((eve + dt.timedelta(days=night - 1), eve + dt.timedelta(days=night),
                           f"🕎 א ליכטיקן חנוכּה! הײַנט בײַ נאַכט צינדט מען {night} "
                           f"{'ליכטל' if night == 1 else 'ליכטלעך'}."))
        adar = "אדר ב׳" if len(hebrew_months(year)) == 13 else "אדר"
        purim = hebrew_day(year, adar, 14)
        events.append((purim - dt.timedelta(days=2), purim + dt.timedelta(days=1),
                       "🎭 א פֿרײלעכן פּורים!"))
        pesach = hebrew_day(year, "ניסן", 15)
        events.append((pesach - dt.timedelta(days=5), pesach + dt.timedelta(days=8),
                       "🍷 א כּשרן און א פֿרײלעכן פּסח!" if pesach.year != 2020 else
                       "🍷 א כּשרן פּסח: פּראַוועט דעם סדר נאָר מיט די וואָס וווינען מיט אײַך."))
        shavuos = pesach + dt.timedelta(days=50)
        events.append((shavuos - dt.timedelta(days=2), shavuos + dt.timedelta(days=2),
                       "🌾 א גוטן יום־טובֿ! א פֿרײלעכן שבֿועות."))
    return _timeline(base, [e for e in events if e[0] >= dt.date(2014, 12, 1)])


def _yi_valn() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 האָט איר א נײַעס? רופֿט אונדז: (718) 555-0143")]
    return _timeline(base, [
        (dt.date(2016, 4, 5), dt.date(2016, 4, 20),
         "🗳️ פּרײַמערי־וואַלן אין ניו־יאָרק: דינסטיק, דעם 19טן אַפּריל. שטימט!"),
        (dt.date(2016, 10, 25), dt.date(2016, 11, 9),
         "🗳️ די וואַלן: דינסטיק, דעם 8טן נאָוועמבער. שטימט!"),
        (dt.date(2017, 10, 24), dt.date(2017, 11, 8),
         "🗳️ מעיאָר־וואַלן אין ניו־יאָרק: דינסטיק, דעם 7טן נאָוועמבער. שטימט!"),
        (dt.date(2018, 10, 23), dt.date(2018, 11, 7),
         "🗳️ די וואַלן: דינסטיק, דעם 6טן נאָוועמבער. שטימט!"),
        (dt.date(2020, 3, 22), dt.date(2020, 6, 8),
         "😷 ניו־יאָרק איז אויף PAUSE: בלײַבט אין דער היים און האַלט דיסטאַנץ."),
        (dt.date(2020, 8, 1), dt.date(2020, 10, 16),
         "📋 פֿילט אויס דעם צענזוס 2020: יעדער איינער ווערט געציילט!"),
        (dt.date(2020, 10, 16), dt.date(2020, 11, 4),
         "🗳️ די וואַלן: דינסטיק, דעם 3טן נאָוועמבער; פֿריִער שטימען פֿונעם 24סטן אָקטאָבער."),
    ])


def yiddish_style() -> PublisherStyle:
    """A Yiddish-language news site (New York): a section kicker, a breadcrumb with the
    article's own title, a long US date slot turned the Hebrew date in Hebrew letters with
    the civil date's Yiddish ordinal (a wording per day, from Rosh Hashanah 5778), "פֿון"
    with the writer gaining a reading time, the coming Friday's candle-lighting time (a
    wording per week), "רעקלאַמע" and "לייענט אויך:" (up to twice) and picture inserts, a
    newsletter line turned Rosh Hashanah with its year, Yom Kippur, Sukkos, Chanukah night
    by night, Purim, Pesach (at home in 2020) and Shavuos by the Hebrew calendar, a tip line
    turned four votes, the 2020 pause, the census and the 2020 vote, a donation appeal
    raised in 2019, a comment rule, a two-line office block, a rare snowstorm notice, a
    copyright line."""
    return PublisherStyle(
        domain="naieshtime.com", site="די נײַע שטימע", base_size=740,
        subdomains=(("www.", 100),),
        sections=("naies", "nyu-york", "politik", "kultur", "gezunt", "yidish"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "rubrik": ("נײַעס", "ניו־יאָרק", "ישׂראל", "פּאָליטיק", "קולטור", "געזונט",
                       "ביכער", "ייִדיש־וועלט"),
            "mekhaber": ("חיים ראָזנבלום", "רחל פֿרידמאַן", "משה גאָלדשטיין",
                         "שׂרה ווײַנבערג", "יוסף קליין", "לאה שפּירא"),
            "kval": ("די נײַע שטימע", "AP", "Reuters", "אַרכיוו", "פֿייסבוק"),
        },
        families=(
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("shteg", HEADER, 0.25, (_OLD, "היים › {rubrik} › {title}")),
            _f("datum", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_yi_dated, YI_DAILY)),
            _f("mekhaber", HEADER, 0.6, (_OLD, "פֿון {mekhaber}"),
               (YI_BYLINE.isoformat(), "פֿון {mekhaber} · {read_min} מינוט צו לייענען")),
            _f("likht", HEADER, 0.2, *_changes(_yi_candles)),
            _f("reklame", MIDDLE, 0.45, (_OLD, "רעקלאַמע"), count=2),
            _f("leyent", MIDDLE, 0.4, (_OLD, "לייענט אויך: {other_title}"), count=2),
            _f("bild", MIDDLE, 0.3, (_OLD, "בילד: {kval}")),
            _f("yontev", FOOTER, 0.25, *_yi_yontev()),
            _f("valn", FOOTER, 0.2, *_yi_valn()),
            _f("shtitsn", FOOTER, 0.25,
               (_OLD, "❤️ שטיצט אומאָפּהענגיקע ייִדישע זשורנאַליסטיק: $18, $36 אָדער $180."),
               (YI_DONATE.isoformat(), "❤️ שטיצט אומאָפּהענגיקע ייִדישע זשורנאַליסטיק: $36, "
                                       "$54 אָדער $180.")),
            _f("komentarn", FOOTER, 0.3,
               (_OLD, "קאָמענטאַרן ווערן געלייענט איידער זיי ווערן אַרויסגעגעבן. זײַט "
                "העפֿלעך.")),
            _f("redaktsye-head", FOOTER, 0.4, (_OLD, "רעדאַקציע")),
            _f("redaktsye", FOOTER, 0.38,
               (_OLD, "P.O. Box 143, Brooklyn, NY 11219 · (718) 555-0143")),
            _f("shney", FOOTER, 0.04,
               (_OLD, "❄️ שניי־שטורעם: די אַלטערנאַטיווע זײַט־פּאַרקירונג איז הײַנט "
                "אָפּגעשטעלט.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} די נײַע שטימע. אַלע רעכט "
                                              "רעזערווירט.")),
        ),
    )


# --- a Sindhi-language news site in Arabic script (Hyderabad, Sindh) --------------------------

SD_DAILY = dt.date(2017, 12, 3)  # from Sindhi Culture Day 2017, Sindhi dates
SD_BYLINE = dt.date(2018, 8, 14)  # "رپورٽ:" turned a city dateline with the reporter
SD_SOCIAL = dt.date(2019, 3, 1)  # the follow line gained YouTube
# Gold (24 carat) in rupees a tola at Hyderabad's bullion market: (day, price) points between
# which the days run straight; each market day's rate varies about the line.
GOLD_TOLA = (("2015-01-01", 46_000), ("2015-07-20", 42_500), ("2015-12-15", 41_500),
             ("2016-07-01", 50_000), ("2016-12-20", 46_500), ("2017-09-01", 52_000),
             ("2017-12-15", 50_500), ("2018-06-01", 55_500), ("2018-10-15", 62_500),
             ("2019-01-01", 66_000), ("2019-06-01", 76_000), ("2019-09-01", 88_000),
             ("2019-12-31", 88_500), ("2020-03-01", 96_000), ("2020-08-07", 124_000),
             ("2020-11-30", 109_000), ("2021-01-10", 113_000))


def gold_rate(day: dt.date) -> int:
    """Rupees a tola on `day`: near the line between the points around it, rounded to 50;
    on Sunday, when the market is shut, Saturday's rate."""
    if day.weekday() == 6:
        day -= dt.timedelta(days=1)
    for (d0, v0), (d1, v1) in zip(GOLD_TOLA, GOLD_TOLA[1:], strict=False):
        first, last = _day(d0), _day(d1)
        if first <= day <= last:
            line = v0 + (v1 - v0) * (day - first).days / (last - first).days
            return round((line + 10 * _noise(f"gold {day}", 60)) / 50) * 50
    raise ValueError(day)


def _sd_gold(day: dt.date) -> str:
    return f"🪙 سون (24 قيراط) في تولو: {gold_rate(day):,} رپيا"


def _sd_dated(day: dt.date) -> str:
    return f"{SINDHI_WEEKDAYS[day.weekday()]}، {day.day} {SINDHI_MONTHS[day.month - 1]} {day.year}"


def sindhi_culture_day(y: int) -> dt.date:
    """Sindhi Culture Day: the first Sunday of December."""
    return nth_weekday(y, 12, 6, 1)


def _sd_dihaara() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "اسان کي فيس بڪ ۽ ٽوئيٽر تي فالو ڪريو."),
            (SD_SOCIAL.isoformat(), "اسان کي فيس بڪ، ٽوئيٽر ۽ يوٽيوب تي فالو ڪريو.")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 8, 14), dt.date(y, 8, 15),
                       f"🇵🇰 14 آگسٽ: پاڪستان جي آزاديءَ جا {y - 1947} سال مبارڪ!"))
        sunday = sindhi_culture_day(y)
        events.append((sunday - dt.timedelta(days=2), sunday + dt.timedelta(days=1),
                       f"🧢 سنڌي ثقافتي ڏهاڙو: آچر {sunday.day} ڊسمبر. اجرڪ ۽ ٽوپي پايو!"))
        first, number = URS[y]
        start = _day(first)
        text = (f"🕌 شاهه عبداللطيف ڀٽائيءَ جو {number} هون ورسي ميلو {start.day} "
                f"{SINDHI_MONTHS[start.month - 1]} کان ڀٽ شاهه ۾." if y != 2020 else
                f"🕌 شاهه لطيف جو {number} هون ورسي ميلو هن سال سادگيءَ سان ملهايو ويندو.")
        events.append((start - dt.timedelta(days=3), start + dt.timedelta(days=3), text))
        for days, text in ((EID_FITR_PK[y], "🌙 عيد الفطر مبارڪ!"),
                           (EID_ADHA_PK[y], "🐐 عيد الاضحيٰ مبارڪ!")):
            eid = _day(days)
            events.append((eid - dt.timedelta(days=1), eid + dt.timedelta(days=2), text))
    return _timeline(base, events)


def _sd_chonda() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 ڪا خبر آهي؟ واٽس ايپ ڪريو: 0300 5550143")]
    return _timeline(base, [
        (dt.date(2015, 10, 20), dt.date(2015, 11, 1),
         "🗳️ بلدياتي چونڊون، پهريون مرحلو: ڇنڇر 31 آڪٽوبر. ووٽ ضرور ڏيو!"),
        (dt.date(2015, 11, 10), dt.date(2015, 11, 20),
         "🗳️ بلدياتي چونڊون، ٻيو مرحلو: خميس 19 نومبر. ووٽ ضرور ڏيو!"),
        (dt.date(2015, 11, 25), dt.date(2015, 12, 6),
         "🗳️ بلدياتي چونڊون، ٽيون مرحلو: ڇنڇر 5 ڊسمبر. ووٽ ضرور ڏيو!"),
        (dt.date(2018, 7, 10), dt.date(2018, 7, 26),
         "🗳️ عام چونڊون: اربع 25 جولاءِ. ووٽ ضرور ڏيو!"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 11),
         "😷 لاڪ ڊائون: گهر ۾ رهو، هٿ ڌوئو ۽ ماسڪ پايو."),
    ])


def sindhi_style() -> PublisherStyle:
    """A Sindhi-language news site in Arabic script (Hyderabad, Sindh): a section kicker, an
    English date slot turned a Sindhi weekday and month (a wording per day, from Sindhi
    Culture Day 2017), "رپورٽ:" turned a city dateline with the reporter in brackets, the
    day's gold rate (a wording per market day, Sunday's Saturday's), "اشتهار" and "هي به
    پڙهو:" (up to twice) and photo inserts, a follow line (gaining YouTube) turned
    Independence Day with its count, Sindhi Culture Day (the first Sunday of December), Shah
    Latif's urs with its number and both Eids, a tip line turned three phases of the 2015
    local elections, the 2018 general election and the 2020 lockdown, a comment rule, a
    reuse rule naming the site, a two-line office block, a rare heatwave warning, a
    copyright line."""
    return PublisherStyle(
        domain="mehranawaz.pk", site="مهراڻ آواز", base_size=650,
        subdomains=(("www.", 100),),
        sections=("qaumi", "sindh", "hyderabad", "karobar", "raand", "saqafat"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "kathi": ("قومي", "سنڌ", "حيدرآباد", "ڪاروبار", "راند", "ثقافت", "صحت",
                      "تعليم"),
            "reporter": ("علي نواز ڀٽو", "سسئي سومرو", "غلام رسول ڪلهوڙو",
                         "ماروي ڄامڙو", "امداد حسين ٿيٻو", "روبينه ڀُٽو"),
            "shahar": ("حيدرآباد", "ڪراچي", "لاڙڪاڻو", "سکر", "ٺٽو", "بدين", "ميرپورخاص",
                       "نوابشاهه"),
            "zariyo": ("مهراڻ آواز", "اي پي پي", "سنڌ حڪومت", "آرڪائيو", "سوشل ميڊيا"),
        },
        families=(
            _f("kathi", HEADER, 0.3, (_OLD, "{kathi}")),
            _f("tareekh", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_sd_dated, SD_DAILY)),
            _f("reporter", HEADER, 0.6, (_OLD, "رپورٽ: {reporter}"),
               (SD_BYLINE.isoformat(), "{shahar} (رپورٽ: {reporter})")),
            _f("sonu", HEADER, 0.2, *_changes(_sd_gold)),
            _f("ishtihar", MIDDLE, 0.45, (_OLD, "اشتهار"), count=2),
            _f("parho", MIDDLE, 0.4, (_OLD, "هي به پڙهو: {other_title}"), count=2),
            _f("tasveer", MIDDLE, 0.3, (_OLD, "تصوير: {zariyo}")),
            _f("dihaara", FOOTER, 0.25, *_sd_dihaara()),
            _f("chonda", FOOTER, 0.2, *_sd_chonda()),
            _f("raay", FOOTER, 0.3,
               (_OLD, "راءِ ڏيڻ وقت اخلاق جو خيال رکو: گاريون ۽ نفرت وارا تبصرا ڊاهيا "
                "ويندا.")),
            _f("nakal", FOOTER, 0.3,
               (_OLD, "مهراڻ آواز جي خبرن کي نقل ڪرڻ وقت حوالو ڏيڻ لازمي آهي.")),
            _f("daftar-head", FOOTER, 0.4, (_OLD, "اسان جي آفيس")),
            _f("daftar", FOOTER, 0.38, (_OLD, "آٽو ڀان روڊ، حيدرآباد · 022 2780143")),
            _f("garmi", FOOTER, 0.04,
               (_OLD, "🌡️ گرميءَ جي لهر: منجهند جو گهر کان ٻاهر نه نڪرو ۽ پاڻي گهڻو پيئو.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} مهراڻ آواز. سڀ حق محفوظ آهن.")),
        ),
    )


# --- a Lingala-language news site (Kinshasa) --------------------------------------------------

LN_DAILY = dt.date(2017, 6, 30)  # from Independence Day 2017, Lingala dates
LN_BYLINE = dt.date(2019, 1, 24)  # "Na" gained the commune (the inauguration day)
LN_MONEY = dt.date(2019, 6, 1)  # the donation appeal moved from M-Pesa to Orange Money too


def _ln_dated(day: dt.date) -> str:
    return (f"{LINGALA_WEEKDAYS[day.weekday()]}, {day.day} {LINGALA_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ln_feti() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Bólanda biso na Facebook mpe na Twitter.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 23), dt.date(y + 1, 1, 2),
                       "🎄 Noele malamu mpe mobu ya sika ya esengo na bino banso!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 1, 3), dt.date(y, 1, 5),
                       f"🕯️ 4 sánzá ya yambo: tokanisa bato oyo bakufaki na 1959, mibu {y - 1959}"))
        events.append((dt.date(y, 1, 15), dt.date(y, 1, 18),
                       "🕯️ 16 na 17 sánzá ya yambo: mikɔlɔ ya bilombe ya ekólo"))
        events.append((dt.date(y, 6, 28), dt.date(y, 7, 1),
                       f"🇨🇩 30 sánzá ya motóbá: mibu {y - 1960} ya lipandá! Bonne fête!"))
    return _timeline(base, events)


def _ln_maponami() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Ozali na sango? Tindelá biso na WhatsApp: +243 81 555 0143")]
    return _timeline(base, [
        (dt.date(2018, 12, 16), dt.date(2018, 12, 31),
         "🗳️ Maponami: eyenga 30 sánzá ya zómi na míbalé. Kende kopona!"),
        (dt.date(2019, 1, 10), dt.date(2019, 1, 25),
         "🗳️ CENI epesi mbano ya maponami ya mokonzi ya ekólo."),
        (dt.date(2019, 7, 17), dt.date(2020, 3, 24),
         "🧼 Ebola: sukolá mabɔkɔ mbala na mbala mpe kende na lopitalo soki ozali na fievre."),
        (dt.date(2020, 3, 24), dt.date(2020, 7, 22),
         "😷 État d'urgence: fandá na ndako, lata masque mpe sukolá mabɔkɔ."),
    ])


def lingala_style() -> PublisherStyle:
    """A Lingala-language news site (Kinshasa): a section kicker, a French date slot turned a
    Lingala weekday and a numbered month (a wording per day, from Independence Day 2017),
    "Na" with the writer gaining the commune (from the 2019 inauguration), "Piblisite" and
    "Tángá lisusu:" (up to twice) and photo inserts, a radio line, a follow line turned the
    martyrs' day, the heroes' days and Independence Day with their counts and Christmas, a
    tip line turned the 2018 election, its results, the Ebola emergency and the 2020 state of
    emergency, a donation appeal moved to a second payment app, a comment rule, a rare flood
    warning, a copyright line."""
    return PublisherStyle(
        domain="mongongoyakin.cd", site="Mongongo ya Kin", base_size=560,
        subdomains=(("www.", 100),),
        sections=("sango", "politiki", "nkita", "masano", "miziki", "kinshasa"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "eteni": ("Sango", "Politiki", "Nkita", "Masano", "Bokolɔngɔnɔ", "Mateya",
                      "Miziki", "Kinshasa"),
            "mokomi": ("Patience Mbuyi", "Jean-Pierre Kabongo", "Nadège Lukusa",
                       "Fiston Mulumba", "Grâce Nsimba", "Héritier Ilunga"),
            "commune": ("Gombe", "Lingwala", "Kalamu", "Limete", "Masina", "Ngaliema",
                        "Bandalungwa", "Matete"),
            "foto": ("Mongongo ya Kin", "ACP", "Radio Okapi", "Archives", "Facebook"),
        },
        families=(
            _f("eteni", HEADER, 0.3, (_OLD, "{eteni}")),
            _f("mokolo", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_ln_dated, LN_DAILY)),
            _f("mokomi", HEADER, 0.6, (_OLD, "Na {mokomi}"),
               (LN_BYLINE.isoformat(), "Na {mokomi} · Kinshasa/{commune}")),
            _f("piblisite", MIDDLE, 0.45, (_OLD, "Piblisite"), count=2),
            _f("tanga", MIDDLE, 0.4, (_OLD, "Tángá lisusu: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("radio", FOOTER, 0.25,
               (_OLD, "📻 Bóyoka sango na biso na FM 99.3 ntɔ́ngɔ́ nyonso na ngonga ya 6.")),
            _f("feti", FOOTER, 0.25, *_ln_feti()),
            _f("maponami", FOOTER, 0.2, *_ln_maponami()),
            _f("sunga", FOOTER, 0.2, (_OLD, "💛 Sungá biso: M-Pesa +243 81 555 0143"),
               (LN_MONEY.isoformat(), "💛 Sungá biso: M-Pesa to Orange Money +243 81 555 0143")),
            _f("maloba", FOOTER, 0.3,
               (_OLD, "Maloba ya kofinga, ya koyina bato to ya lokuta ekolongolama.")),
            _f("mai", FOOTER, 0.04,
               (_OLD, "⚠️ Mbula makasi na Kinshasa: bókeba na mai na balabala ya Kalamu mpe "
                "Limete.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Mongongo ya Kin. Makoki nyonso "
                                              "ebatelami.")),
        ),
    )


# --- a Wolof-language news site (Dakar) -------------------------------------------------------

WO_DAILY = dt.date(2017, 4, 4)  # from Independence Day 2017, Wolof dates
WO_BYLINE = dt.date(2018, 6, 1)  # "Ki ko bind:" turned the writer with the town
WO_WAVE = dt.date(2019, 10, 1)  # the donation appeal gained Wave
WO_ECO = dt.date(2019, 12, 21)  # the franc line announced the eco


def _wo_dated(day: dt.date) -> str:
    return f"{WOLOF_WEEKDAYS[day.weekday()]} {day.day} {WOLOF_MONTHS[day.month - 1]} {day.year}"


def _wo_magal() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Dugglu ci sunu kurélu WhatsApp ngir am xibaar yi ci saa si.")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 4, 3), dt.date(y, 4, 5),
                       f"🇸🇳 4 Awril: {y - 1960} at ci moom sa bopp. Bés bu baax!"))
        magal = _day(MAGAL[y])
        text = ("🕌 Màggalu Tuubaa: jërëjëf ci Yàlla, na nu Yàlla boole ci jàmm." if y != 2020
                else "🕌 Màggalu Tuubaa: saytuleen seen wér-gi-yaram, takk maas bi.")
        events.append((magal - dt.timedelta(days=3), magal + dt.timedelta(days=2), text))
        events.append((_day(KORITE[y], -1), _day(KORITE[y], 2), "🌙 Korite neex! Yàlla na nu ko "
                                                                  "delloo."))
        events.append((_day(TABASKI[y], -2), _day(TABASKI[y], 2), "🐏 Tabaski neex! Déwénati!"))
    return _timeline(base, events)


def _wo_wote() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Am nga xibaar? Woo nu: 77 555 01 43")]
    return _timeline(base, [
        (dt.date(2016, 3, 6), dt.date(2016, 3, 21),
         "🗳️ Referandum: Dibéer 20 Mars. Demal wote!"),
        (dt.date(2017, 7, 16), dt.date(2017, 7, 31),
         "🗳️ Wotu depite yi: Dibéer 30 Sulet. Demal wote!"),
        (dt.date(2019, 2, 10), dt.date(2019, 2, 25),
         "🗳️ Wotu njiitu réew mi: Dibéer 24 Fewriyee. Demal wote!"),
        (dt.date(2020, 3, 24), dt.date(2020, 6, 30),
         "😷 Koowu-feu: bul génn ci guddi, raxasal say loxo, takkal maas."),
    ])


def wolof_style() -> PublisherStyle:
    """A Wolof-language news site (Dakar): a section kicker, a French date slot turned a
    Wolof weekday and month (a wording per day, from Independence Day 2017), "Ki ko bind:"
    turned the writer with the town in brackets, a franc line gaining the eco, "Yëgle" and
    "Jàngal itam:" (up to twice) and picture inserts, a wrestling result, a WhatsApp line
    turned Independence Day with its count, the Grand Magal of Touba, Korité and Tabaski, a
    tip line turned three votes and the 2020 curfew, a donation appeal gaining Wave, a
    comment rule, a rare water cut, a copyright line."""
    return PublisherStyle(
        domain="xibaarndakaaru.sn", site="Xibaar Ndakaaru", base_size=480,
        subdomains=(("www.", 100),),
        sections=("xibaar", "politig", "koom", "lamb", "caada", "wergi"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "xaaj": ("Xibaar", "Politig", "Koom-koom", "Lamb", "Futbal", "Caada",
                     "Wér-gi-yaram", "Njàng"),
            "bindkat": ("Aminata Ndiaye", "Moussa Diop", "Fatou Sarr", "Ibrahima Fall",
                        "Khady Diouf", "Cheikh Mbaye"),
            "dekk": ("Ndakaaru", "Tubaa", "Tiwaawon", "Ndar", "Kaolack", "Sigicoor",
                     "Mbuur"),
            "nataal": ("Xibaar Ndakaaru", "APS", "Archives", "Facebook", "Bindkat bi"),
            "lamb": ("🤼 Lamb: Bombardier Kaolack daan na Ndiaga Thiès ci Arène nationale",
                     "🤼 Lamb: Gris Fass daan na Boy Niang Tiwaawon",
                     "🤼 Lamb: Tapha Mbuur ak Ama Baldé, kenn daanul",
                     "🤼 Lamb: Lion Sigicoor daan na Siteu Ndakaaru"),
        },
        families=(
            _f("xaaj", HEADER, 0.3, (_OLD, "{xaaj}")),
            _f("bes", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_wo_dated, WO_DAILY)),
            _f("bindkat", HEADER, 0.6, (_OLD, "Ki ko bind: {bindkat}"),
               (WO_BYLINE.isoformat(), "{bindkat} ({dekk})")),
            _f("xaalis", HEADER, 0.15, (_OLD, "💶 1 € = 655,957 FCFA"),
               (WO_ECO.isoformat(), "💶 1 € = 655,957 FCFA · Eco bi dina wuutu FCFA bi")),
            _f("yegle", MIDDLE, 0.45, (_OLD, "Yëgle"), count=2),
            _f("jangal", MIDDLE, 0.4, (_OLD, "Jàngal itam: {other_title}"), count=2),
            _f("nataal", MIDDLE, 0.3, (_OLD, "Nataal: {nataal}")),
            _f("lamb", MIDDLE, 0.15, (_OLD, "{lamb}")),
            _f("magal", FOOTER, 0.25, *_wo_magal()),
            _f("wote", FOOTER, 0.2, *_wo_wote()),
            _f("jappale", FOOTER, 0.2, (_OLD, "🤝 Jappaleel nu: Orange Money 77 555 01 43"),
               (WO_WAVE.isoformat(), "🤝 Jappaleel nu: Wave walla Orange Money 77 555 01 43")),
            _f("xalaat", FOOTER, 0.3,
               (_OLD, "Bul saaga, bul xas: xalaat yu ñaaw dañu leen di far.")),
            _f("ndox", FOOTER, 0.04,
               (_OLD, "🚱 SDE: ndox mi dina dagg ci Ndakaaru Altine ak Talaata.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Xibaar Ndakaaru. Sañ-sañ yépp aar "
                                              "nañu leen.")),
        ),
    )


# --- a Sardinian-language news site (Nùgoro) --------------------------------------------------

SC_DAILY = dt.date(2017, 4, 28)  # from Sa Die de sa Sardigna 2017, Sardinian dates
SC_BYLINE = dt.date(2018, 10, 1)  # "de" gained a second writer
SC_SOCIAL = dt.date(2018, 6, 1)  # the follow line gained YouTube
SC_PRICE = dt.date(2019, 1, 1)  # the subscription went up


def _sc_dated(day: dt.date) -> str:
    """An Italian date, then (from `SC_DAILY`) a Sardinian one with "de" and "de su"."""
    if day < SC_DAILY:
        return (f"{ITALIAN_WEEKDAYS[day.weekday()]} {day.day} {ITALIAN_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"{SARDINIAN_WEEKDAYS[day.weekday()]} {day.day} de "
            f"{SARDINIAN_MONTHS[day.month - 1]} de su {day.year}")


def redentore_sunday(y: int) -> dt.date:
    """The Redentore in Nùgoro: the last Sunday of August."""
    return last_weekday(y, 8, 6)


_FOGU = ("🔥 Campagna antifogu: dae su 1 de làmpadas a su 15 de santugaine. Si bides fogu, "
         "tzèrria su 1515.")
_FOGU_ARTU = ("🔥 Perìgulu artu de fogu: est proibidu a allùghere fogu in campagna. Emergèntzia: "
              "1515.")
_PADENTES = "🌳 Sos padentes sunt de totus: lassa·los limpios."


def _sc_festas() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sighi·nos in Facebook e Instagram."),
            (SC_SOCIAL.isoformat(), "Sighi·nos in Facebook, Instagram e YouTube.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Bonas festas e bonu annu nou a totus!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 1, 15), dt.date(y, 1, 18),
                       "🔥 Sos fogos de Sant'Antoni: su 16 de ghennàrgiu in totu sas biddas."))
        events.append((dt.date(y, 4, 26), dt.date(y, 4, 29),
                       f"🟥 28 de abrile: Sa Die de sa Sardigna, {y - 1794} annos dae su 1794."))
        sunday = redentore_sunday(y)
        text = (f"⛰️ Festa de su Redentore: domìnigu {sunday.day} de austu, sa protzessione "
                "a su Monte Ortobene." if y != 2020 else
                "⛰️ Festa de su Redentore: ocannu sena protzessione e sena sfilada.")
        events.append((sunday - dt.timedelta(days=4), sunday + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _sc_votos() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Tenes una noa? Iscrie·nos in WhatsApp: 349 555 0143")]
    return _timeline(base, [
        (dt.date(2016, 11, 20), dt.date(2016, 12, 5),
         "🗳️ Referendum costitutzionale: domìnigu 4 de nadale. Anda a votare!"),
        (dt.date(2018, 2, 18), dt.date(2018, 3, 5),
         "🗳️ Eletziones polìticas: domìnigu 4 de martzu. Anda a votare!"),
        (dt.date(2019, 2, 10), dt.date(2019, 2, 25),
         "🗳️ Eletziones regionales: domìnigu 24 de freàrgiu. Anda a votare!"),
        (dt.date(2019, 5, 12), dt.date(2019, 5, 27),
         "🗳️ Eletziones europeas: domìnigu 26 de maju. Anda a votare!"),
        (dt.date(2020, 3, 9), dt.date(2020, 5, 18),
         "😷 Abarra in domo: essi petzi pro traballu, salude o netzessidade."),
        (dt.date(2020, 9, 6), dt.date(2020, 9, 22),
         "🗳️ Referendum: domìnigu 20 e lunis 21 de cabudanni. Anda a votare!"),
        (dt.date(2020, 10, 11), dt.date(2020, 10, 27),
         "🗳️ Eletziones comunales in Nùgoro: 25 e 26 de santugaine."),
    ])


def sardinian_style() -> PublisherStyle:
    """A Sardinian-language news site (Nùgoro): a section kicker, an Italian date turned a
    Sardinian weekday and month with "de" and "de su" (a wording per day, from Sa Die de sa
    Sardigna 2017), "de" with the writer gaining a second one, a reading time, "Publitzidade"
    and "Lege fintzas:" (up to twice) and photo inserts, a share line with the article's own
    title, the fire season (the campaign from June to mid-October, the July and August
    danger), a follow line (gaining YouTube) turned Sant'Antoni's fires, Sa Die de sa
    Sardigna with its count, the Redentore (the last Sunday of August; no procession in 2020)
    and Christmas, a tip line turned six votes and the 2020 lockdown, a subscription raised
    in 2019, a comment rule, a two-line office block, a rare snow closure, a copyright
    line."""
    return PublisherStyle(
        domain="saboghenugoresa.it", site="Sa Boghe Nugoresa", base_size=420,
        subdomains=(("www.", 100),),
        sections=("cronaca", "politica", "economia", "isport", "cultura", "limba"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "setzione": ("Crònaca", "Polìtica", "Economia", "Isport", "Cultura", "Limba",
                         "Biddas", "Ambiente"),
            "fonte": ("Sa Boghe Nugoresa", "ANSA", "Comune de Nùgoro", "Archìviu", "Facebook"),
        },
        families=(
            _f("setzione", HEADER, 0.3, (_OLD, "{setzione}")),
            _f("data", HEADER, 0.85, *_daily(_sc_dated)),
            _f("autore", HEADER, 0.55, (_OLD, "de {author}"),
               (SC_BYLINE.isoformat(), "de {author} e {author2}")),
            _f("letura", HEADER, 0.3, (_OLD, "⏱ {read_min} minutos de letura")),
            _f("publitzidade", MIDDLE, 0.45, (_OLD, "Publitzidade"), count=2),
            _f("lege", MIDDLE, 0.4, (_OLD, "Lege fintzas: {other_title}"), count=2),
            _f("fotografia", MIDDLE, 0.3, (_OLD, "Fotografia: {fonte}")),
            _f("cumpartzi", FOOTER, 0.3, (_OLD, "Cumpartzi: {title}")),
            _f("fogu", FOOTER, 0.2, *_seasons(("06-01", _FOGU), ("07-01", _FOGU_ARTU),
                                              ("09-01", _FOGU), ("10-16", _PADENTES))),
            _f("festas", FOOTER, 0.25, *_sc_festas()),
            _f("votos", FOOTER, 0.2, *_sc_votos()),
            _f("abbonamentu", FOOTER, 0.2, (_OLD, "Abbonamentu digitale: 4,99 € a su mese."),
               (SC_PRICE.isoformat(), "Abbonamentu digitale: 5,99 € a su mese.")),
            _f("cummentos", FOOTER, 0.3,
               (_OLD, "Sos cummentos sunt moderados: in sardu o in italianu, ma semper cun "
                "rispetu.")),
            _f("redatzione-head", FOOTER, 0.4, (_OLD, "Redatzione")),
            _f("redatzione", FOOTER, 0.38,
               (_OLD, "Corso Garibaldi 143, 08100 Nùgoro · 0784 550143")),
            _f("nie", FOOTER, 0.04,
               (_OLD, "❄️ Nie in su Gennargentu: sa 389 est serrada dae Fonni a Désulu.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Sa Boghe Nugoresa · Totu sos deretos riservados")),
        ),
    )


# --- a Kashubian-language news site (Kartuzy) -------------------------------------------------

KS_DAILY = dt.date(2018, 3, 19)  # from Kashubian Unity Day 2018, Kashubian dates
KS_BYLINE = dt.date(2019, 1, 1)  # "Tekst:" turned the writer with the photographer


def _ks_dated(day: dt.date) -> str:
    return (f"{KASHUBIAN_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{KASHUBIAN_MONTHS_GEN[day.month - 1]} {day.year}")


def congress_day(y: int) -> dt.date:
    """The Kashubian congress as the site's calendar keeps it: the first Saturday of July."""
    return nth_weekday(y, 7, 5, 1)


def _ks_swieta() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Jesmë na Facebookù i YouTube.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Wiesołëch Gòdów i szczestlëwégò Nowégò Rokù!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 3, 18), dt.date(y, 3, 20),
                       f"🟡 19 strëmiannika: Dzéń Jednotë Kaszëbów, {y - 1238} lat òd pierszi "
                       "wzmiónczi ò Kaszëbach."))
        easter = _day(EASTER_WESTERN[y])
        events.append((easter - dt.timedelta(days=2), easter + dt.timedelta(days=2),
                       "🐣 Wiesołëch Jastrów!"))
        saturday = congress_day(y)
        text = (f"🎪 Swiatowi Zjôzd Kaszëbów: sobòta {saturday.day} lëpinca. Do ùzdrzeniô!"
                if y != 2020 else "🎪 W tim rokù Zjôzd Kaszëbów sã nie òdbãdze.")
        events.append((saturday - dt.timedelta(days=5), saturday + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _ks_wybory() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Môsz nowinã? Zadzwòni: 58 555 01 43")]
    return _timeline(base, [
        (dt.date(2015, 4, 26), dt.date(2015, 5, 11),
         "🗳️ Wëbòrë prezydenta: niedzela 10 môja. Jidzë głosowac!"),
        (dt.date(2015, 5, 18), dt.date(2015, 5, 25),
         "🗳️ Drëgô tura wëbòrów prezydenta: niedzela 24 môja."),
        (dt.date(2015, 10, 11), dt.date(2015, 10, 26),
         "🗳️ Wëbòrë do Sejmù i Senatu: niedzela 25 rujana. Jidzë głosowac!"),
        (dt.date(2018, 10, 7), dt.date(2018, 10, 22),
         "🗳️ Samòrządowé wëbòrë: niedzela 21 rujana. Jidzë głosowac!"),
        (dt.date(2019, 5, 12), dt.date(2019, 5, 27),
         "🗳️ Wëbòrë do Eùropejsczégò Parlamentu: niedzela 26 môja."),
        (dt.date(2019, 9, 29), dt.date(2019, 10, 14),
         "🗳️ Wëbòrë do Sejmù i Senatu: niedzela 13 rujana. Jidzë głosowac!"),
        (dt.date(2020, 3, 25), dt.date(2020, 4, 20),
         "😷 Òstańta w chëczi: wëchôdôj blós za nôdobnyma sprawama."),
        (dt.date(2020, 6, 14), dt.date(2020, 6, 29),
         "🗳️ Wëbòrë prezydenta: niedzela 28 czerwińca. Jidzë głosowac!"),
        (dt.date(2020, 7, 6), dt.date(2020, 7, 13),
         "🗳️ Drëgô tura wëbòrów prezydenta: niedzela 12 lëpinca."),
    ])


def kashubian_style() -> PublisherStyle:
    """A Kashubian-language news site (Kartuzy): a section kicker, a dotted date slot with
    the time turned a Kashubian weekday with the month's genitive (a wording per day, from
    Kashubian Unity Day 2018), "Tekst:" turned the writer with the photographer, "Reklama"
    and "Czëtôj téż:" (up to twice) and photo inserts, a tag list, a follow line turned
    Kashubian Unity Day with its count, Easter, the Kashubian congress (the first Saturday
    of July; none in 2020) and Christmas, a tip line turned eight votes and the 2020
    lockdown, a comment rule, a two-line office block, a rare gale warning, a copyright
    line."""
    return PublisherStyle(
        domain="kartesczenowine.pl", site="Kartësczé Nowinë", base_size=360,
        subdomains=(("www.", 100),),
        sections=("region", "politika", "gospodarka", "sport", "kultura", "kaszebizna"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "dzel": ("Region", "Pòlitika", "Gòspòdarka", "Sport", "Kùltura", "Kaszëbizna",
                     "Szkòła", "Jezora i lasë"),
            "autor": ("Grzegòrz Labùda", "Bòżena Szymańskô", "Tomôsz Klëczkòwsczi",
                      "Wiera Grzenkòwiczowô", "Kazmiérz Ostrowsczi", "Danuta Pioch"),
            "fotograf": ("Jan Bòrzëszkòwsczi", "Marta Reszczi", "Paweł Kòrda"),
            "zrodlo": ("Kartësczé Nowinë", "PAP", "Gmina Kartuzë", "archiwùm", "prywatné"),
            "tagi": ("Kartuzë", "Kaszëbë", "kaszëbsczi jãzëk", "szkòła", "jezora", "sport",
                     "gòspòdarka", "kùltura", "wëbòrë"),
        },
        families=(
            _f("dzel", HEADER, 0.3, (_OLD, "{dzel}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de}, {time}"), *_daily(_ks_dated, KS_DAILY)),
            _f("autor", HEADER, 0.6, (_OLD, "Tekst: {autor}"),
               (KS_BYLINE.isoformat(), "{autor} · fot. {fotograf}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Reklama"), count=2),
            _f("czetoj", MIDDLE, 0.4, (_OLD, "Czëtôj téż: {other_title}"), count=2),
            _f("fot", MIDDLE, 0.3, (_OLD, "Fot. {zrodlo}")),
            _f("tagi", FOOTER, 0.3, (_OLD, "Tagi: {tagi_list}")),
            _f("swieta", FOOTER, 0.25, *_ks_swieta()),
            _f("wybory", FOOTER, 0.2, *_ks_wybory()),
            _f("komentarze", FOOTER, 0.3,
               (_OLD, "Kòmentarze pò kaszëbskù abò pò pòlskù – le z kùlturą.")),
            _f("redakcja-head", FOOTER, 0.4, (_OLD, "Redakcjô")),
            _f("redakcja", FOOTER, 0.38,
               (_OLD, "ul. Klasztorna 14 · 83-300 Kartuzë · 58 555 01 43")),
            _f("wichura", FOOTER, 0.04,
               (_OLD, "⚠️ Wichùra nad Kaszëbama: nie wchòdzë do lasu i nad jezora.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Kartësczé Nowinë. Wszëtczé prawa zastrzeżoné.")),
        ),
    )


# --- a Hmong-language community news site (Saint Paul, Minnesota) -----------------------------

HM_DAILY = dt.date(2018, 11, 23)  # from the Hmong New Year 2018, Hmong dates
HM_BYLINE = dt.date(2017, 6, 1)  # "By" turned "Sau los ntawm"
HM_SOCIAL = dt.date(2020, 6, 1)  # the follow line gained TikTok
HM_DONATE = dt.date(2020, 1, 1)  # the monthly gift went up


def _hm_dated(day: dt.date) -> str:
    return (f"{HMONG_WEEKDAYS[day.weekday()]}, Lub {HMONG_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def hmong_new_year(y: int) -> tuple[dt.date, dt.date]:
    """The Hmong New Year in Saint Paul as the site's calendar keeps it: the Friday and
    Saturday after Thanksgiving (the fourth Thursday of November)."""
    thanksgiving = nth_weekday(y, 11, 3, 4)
    return thanksgiving + dt.timedelta(days=1), thanksgiving + dt.timedelta(days=2)


def freedom_festival(y: int) -> tuple[dt.date, dt.date]:
    """The Hmong Freedom Festival as the site's calendar keeps it: the first Saturday of July
    and the Sunday after it."""
    saturday = nth_weekday(y, 7, 5, 1)
    return saturday, saturday + dt.timedelta(days=1)


def _hm_xyoo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Nrhiav peb rau Facebook thiab YouTube."),
            (HM_SOCIAL.isoformat(), "Nrhiav peb rau Facebook, YouTube thiab TikTok.")]
    events: list[Event] = []
    for y in YEARS:
        friday, saturday = hmong_new_year(y)
        text = (f"🎉 Nyob zoo xyoo tshiab! Hmong New Year Minnesota: Lub Kaum Ib Hlis "
                f"{friday.day}–{saturday.day} ntawm RiverCentre, St. Paul." if y != 2020 else
                "🎉 Nyob zoo xyoo tshiab! Xyoo no Hmong New Year Minnesota yog online xwb.")
        events.append((friday - dt.timedelta(days=10), saturday + dt.timedelta(days=1), text))
        first, second = freedom_festival(y)
        text = (f"⚽ Hmong Freedom Festival: Lub Xya Hli {first.day}–{second.day} ntawm McMurray "
                "Field." if y != 2020 else "⚽ Xyoo no tsis muaj Hmong Freedom Festival.")
        events.append((first - dt.timedelta(days=7), second + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _hm_xaiv() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Muaj xov xwm? Hu rau peb: (651) 555-0143")]
    return _timeline(base, [
        (dt.date(2016, 10, 25), dt.date(2016, 11, 9),
         "🗳️ Hnub xaiv tsa: Hnub Ob, Lub Kaum Ib Hlis 8. Mus pov npav!"),
        (dt.date(2018, 8, 1), dt.date(2018, 8, 15),
         "🗳️ Xaiv tsa primary: Hnub Ob, Lub Yim Hli 14. Mus pov npav!"),
        (dt.date(2018, 10, 23), dt.date(2018, 11, 7),
         "🗳️ Hnub xaiv tsa: Hnub Ob, Lub Kaum Ib Hlis 6. Mus pov npav!"),
        (dt.date(2020, 2, 18), dt.date(2020, 3, 4),
         "🗳️ Presidential primary: Hnub Ob, Lub Peb Hlis 3. Mus pov npav!"),
        (dt.date(2020, 3, 27), dt.date(2020, 5, 18),
         "😷 Nyob hauv tsev: tsuas tawm mus yuav khoom noj thiab mus kho mob xwb."),
        (dt.date(2020, 5, 18), dt.date(2020, 10, 1),
         "📋 Census 2020: suav txhua tus neeg hauv koj tsev, tsis hais laus los hluas!"),
        (dt.date(2020, 10, 15), dt.date(2020, 11, 4),
         "🗳️ Hnub xaiv tsa: Hnub Ob, Lub Kaum Ib Hlis 3. Mus pov npav!"),
    ])


def hmong_style() -> PublisherStyle:
    """A Hmong-language community news site (Saint Paul, Minnesota): a section kicker, a long
    US date slot turned a Hmong weekday and month with the tone sandhi of "hli" (a wording
    per day, from the 2018 Hmong New Year), "By" turned "Sau los ntawm", "Tshaj Tawm" and
    "Nyeem ntxiv:" (up to twice) and photo inserts, a follow line (gaining TikTok) turned the
    Hmong New Year (after Thanksgiving; online in 2020) and the Freedom Festival (none in
    2020), a tip line turned four votes, the 2020 stay-at-home order, the census and a
    fifth vote, a monthly gift raised in 2020, a comment rule, a two-line office block, a
    rare snow closure, a copyright line."""
    return PublisherStyle(
        domain="pajntaubxovxwm.com", site="Paj Ntaub Xov Xwm", base_size=310,
        subdomains=(("www.", 100),),
        sections=("xov-xwm", "nom-tswv", "lag-luam", "kis-las", "kev-kawm"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "pawg": ("Xov Xwm", "Nom Tswv", "Kev Lag Luam", "Kis Las", "Kev Noj Qab Haus Huv",
                     "Kab Lis Kev Cai", "Kev Kawm Ntawv"),
            "sau": ("Mai Vang", "Tou Xiong", "Pa Lee", "Nou Yang", "Kao Thao", "Chong Her"),
            "duab": ("Paj Ntaub Xov Xwm", "AP", "City of St. Paul", "Archive", "Facebook"),
        },
        families=(
            _f("pawg", HEADER, 0.3, (_OLD, "{pawg}")),
            _f("hnub", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_hm_dated, HM_DAILY)),
            _f("sau", HEADER, 0.6, (_OLD, "By {sau}"),
               (HM_BYLINE.isoformat(), "Sau los ntawm {sau}")),
            _f("tshaj-tawm", MIDDLE, 0.4, (_OLD, "Tshaj Tawm"), count=2),
            _f("nyeem", MIDDLE, 0.4, (_OLD, "Nyeem ntxiv: {other_title}"), count=2),
            _f("duab", MIDDLE, 0.3, (_OLD, "Duab: {duab}")),
            _f("xyoo", FOOTER, 0.3, *_hm_xyoo()),
            _f("xaiv", FOOTER, 0.2, *_hm_xaiv()),
            _f("pab", FOOTER, 0.2, (_OLD, "💚 Pab txhawb peb: $5 ib hlis."),
               (HM_DONATE.isoformat(), "💚 Pab txhawb peb: $8 ib hlis.")),
            _f("lus", FOOTER, 0.3,
               (_OLD, "Thov hais lus zoo: peb yuav muab cov lus thuam thiab lus phem tshem "
                "tawm.")),
            _f("chaw-head", FOOTER, 0.4, (_OLD, "Chaw Ua Haujlwm")),
            _f("chaw", FOOTER, 0.38,
               (_OLD, "1143 University Ave W, St. Paul, MN 55104 · (651) 555-0143")),
            _f("daus", FOOTER, 0.04,
               (_OLD, "❄️ Daus ntau heev: tsev kawm ntawv hauv St. Paul kaw hnub no.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Paj Ntaub Xov Xwm. Txhua txoj cai yog peb tug.")),
        ),
    )


# --- an Islay whisky distillery's visitor news ------------------------------------------------

# Releases: (name, age in years or 0 for no age statement, strength % ABV, bottles, pounds);
# an aged release's name states its age.
RELEASES = (("Saligo Bay Machair", 0, 46.0, 12_000, 45),
            ("Saligo Bay 10 Year Old", 10, 46.0, 20_000, 52),
            ("Saligo Bay Cask Strength Batch 3", 0, 57.1, 6_000, 68),
            ("Saligo Bay 16 Year Old Sherry Cask", 16, 50.2, 3_000, 110),
            ("Saligo Bay 21 Year Old", 21, 48.6, 900, 240),
            ("Saligo Bay 12 Year Old Fèis Ìle 2019", 12, 55.8, 1_200, 95))
CASKS = ("🛢️ Cask 143 · first-fill bourbon barrel · filled 12 March 2012",
         "🛢️ Cask 502 · Oloroso sherry butt · filled 3 October 2008",
         "🛢️ Cask 877 · refill hogshead · filled 21 June 2014",
         "🛢️ Cask 1019 · Pedro Ximénez puncheon · filled 9 November 2010")
_SUMMER_HOURS = "Visitor centre open daily, 10am–5pm, April to October."
_WINTER_HOURS = "Visitor centre open Monday to Friday, 10am–4pm, November to March."


def _release(name: str, age: int, abv: float, bottles: int, pounds: int) -> str:
    assert (f"{age} Year Old" in name) if age else "Year Old" not in name, name
    return f"🥃 New release: {name} · {abv:.1f}% ABV · {bottles:,} bottles · £{pounds}"


def feis_ile(y: int) -> dt.date:
    """Fèis Ìle, the Islay festival of music and malt: from the fourth Friday of May, nine
    days."""
    return nth_weekday(y, 5, 4, 4)


def _feis() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sign up to our newsletter for new releases and events.")]
    events: list[Event] = []
    for y in YEARS:
        start = feis_ile(y)
        end = start + dt.timedelta(days=8)
        text = (f"🎶 Fèis Ìle {y}: our open day is on {(start + dt.timedelta(days=3)).day} "
                f"May; the festival runs {start.day} May to {end.strftime('%-d %B')}."
                if y != 2020 else "🎶 Fèis Ìle 2020 is online this year: join our tasting "
                                  "live from the warehouse.")
        events.append((start - dt.timedelta(days=21), end + dt.timedelta(days=1), text))
    return _timeline(base, events)


def saligo_style() -> PublisherStyle:
    """An Islay whisky distillery's visitor news: a bilingual welcome, a date turned "From
    the stillhouse" with the writer, a release (name, age, strength, bottles and price), a
    cask report, a newsletter line turned Fèis Ìle (from the fourth Friday of May; online in
    2020), the visitor centre's hours by season (closed, then booked slots, in 2020), tour
    prices raised in 2019, a driver's dram line, a responsible drinking line, shipping ending
    to the EU with 2020, a ferry line, a two-line visitor centre block, a rare ferry
    cancellation."""
    return PublisherStyle(
        domain="saligobay.scot", site="Saligo Bay Distillery", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "releases", "visit"),
        n_authors=2, url_path="/news/{slug}",
        pools={"release": tuple(_release(*r) for r in RELEASES), "cask": CASKS},
        families=(
            _f("failte", HEADER, 0.2, (_OLD, "Fàilte gu Saligo · Welcome to Saligo")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-05-25", "From the stillhouse · {date_dmy} · {author}")),
            _f("release", MIDDLE, 0.3, (_OLD, "{release}")),
            _f("cask", MIDDLE, 0.2, (_OLD, "{cask}")),
            _f("feis", FOOTER, 0.3, *_feis()),
            _f("hours", FOOTER, 0.3, *_seasons(
                ("04-01", _SUMMER_HOURS), ("11-01", _WINTER_HOURS),
                special={2020: [("2020-03-17", "The visitor centre is closed until further "
                                               "notice; our online shop is open."),
                                ("2020-07-15", "The visitor centre has reopened: tours and "
                                               "tastings by booked slot only."),
                                ("2020-11-01", _WINTER_HOURS)]})),
            _f("prices", FOOTER, 0.2,
               (_OLD, "Distillery tour £10 · warehouse tasting £35"),
               ("2019-04-01", "Distillery tour £12 · warehouse tasting £40")),
            _f("driver", FOOTER, 0.25,
               (_OLD, "Driving? Ask for a driver's dram to take home with you.")),
            _f("drinkaware", FOOTER, 0.3,
               (_OLD, "Please enjoy our whisky responsibly. For the facts: drinkaware.co.uk")),
            _f("shipping", FOOTER, 0.2, *_timeline(
                [(_OLD, "We ship to the UK and the EU; you must be 18 or over to order.")],
                [(dt.date(2020, 12, 1), None,
                  "From 1 January 2021 we can no longer ship to the EU; UK orders as usual.")])),
            _f("ferry", FOOTER, 0.2,
               (_OLD, "Getting here: CalMac ferries from Kennacraig to Port Ellen and Port "
                "Askaig. Book ahead in summer.")),
            _f("centre-head", FOOTER, 0.4, (_OLD, "Visitor centre")),
            _f("centre", FOOTER, 0.38,
               (_OLD, "Saligo, Isle of Islay PA49 7UN · 01496 550143")),
            _f("nosailing", FOOTER, 0.04,
               (_OLD, "⛴️ All ferries are cancelled today: call us if you are booked on a "
                "tour.")),
        ),
    )


# --- a Swiss Alpine Club hut's news in German (Valais) ----------------------------------------

# The approach, as the hut keeper reports it.
CONDITIONS = ("🏔️ Zustieg: schneefrei bis 2600 m, ab dort gute Spur",
              "🏔️ Zustieg: aper, Wegmarkierungen gut sichtbar",
              "🏔️ Zustieg: Altschnee ab 2400 m, Grödel empfohlen",
              "🏔️ Gletscher: gut eingeschneit, Spalten grösstenteils zu",
              "🏔️ Gletscher: aper, Spalten offen, nur angeseilt")
WEATHER = ("☀️ Wetter: sonnig, Nullgradgrenze 3800 m", "⛅ Wetter: wechselhaft, am "
           "Nachmittag Gewitter möglich", "🌨️ Wetter: Neuschnee 20 cm, Nullgradgrenze 1800 m",
           "🌫️ Wetter: Nebel, Sicht unter 100 m")
_WINTER_ROOM = "Die Hütte ist geschlossen. Der Winterraum ist offen (12 Plätze, Decken)."
_SKI = "Skitourensaison: die Hütte ist von Mitte März bis Mitte Mai bewartet."
_BETWEEN = "Zwischensaison: die Hütte ist nicht bewartet, der Winterraum ist offen."
_SUMMER = "Sommersaison: die Hütte ist täglich bewartet, bis Mitte Oktober."


def mittaghorn_style() -> PublisherStyle:
    """A Swiss Alpine Club hut's news in German (Valais): a date slot turned "Hüttenbericht
    vom" with the hut keeper, the approach's conditions, the weather, the hut's seasons
    (winter room, ski tours, between seasons, summer; closed, then fewer places, in 2020),
    reservation moved online in 2019, half-board prices raised in 2019, a waste rule, a
    rescue number, a greeting from the hut team, a two-line hut telephone block, a rare
    avalanche warning. Swiss spelling: ss for ß."""
    return PublisherStyle(
        domain="mittaghornhuette.ch", site="Mittaghornhütte SAC", base_size=220,
        subdomains=(("www.", 100),),
        sections=("aktuell", "huette", "touren"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"verhaeltnisse": CONDITIONS, "wetter": WEATHER},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_de}"),
               ("2018-06-20", "Hüttenbericht vom {date_de_long} · {author}, Hüttenwart")),
            _f("verhaeltnisse", HEADER, 0.35, (_OLD, "{verhaeltnisse}")),
            _f("wetter", MIDDLE, 0.25, (_OLD, "{wetter}")),
            _f("saison", FOOTER, 0.3, *_seasons(
                ("03-15", _SKI), ("05-16", _BETWEEN), ("06-20", _SUMMER),
                ("10-16", _WINTER_ROOM),
                special={2020: [("2020-03-15", _SKI),
                                ("2020-03-16", "Die Hütte ist wegen Corona geschlossen, auch "
                                               "der Winterraum."),
                                ("2020-06-06", "Wiedereröffnung mit Schutzkonzept: 30 statt 48 "
                                               "Schlafplätze, eigener Schlafsack."),
                                ("2020-10-16", _WINTER_ROOM)]})),
            _f("reservation", FOOTER, 0.25,
               (_OLD, "Reservation obligatorisch: per Telefon oder E-Mail."),
               ("2019-02-01", "Reservation obligatorisch: nur noch online über das "
                "Reservationssystem des SAC.")),
            _f("preise", FOOTER, 0.25,
               (_OLD, "Halbpension: Mitglieder CHF 72.–, Nichtmitglieder CHF 84.–"),
               ("2019-01-01", "Halbpension: Mitglieder CHF 76.–, Nichtmitglieder CHF 89.–")),
            _f("abfall", FOOTER, 0.2, (_OLD, "Bitte nehmt euren Abfall wieder mit ins Tal.")),
            _f("rega", FOOTER, 0.25, (_OLD, "🚁 Im Notfall: Rega 1414")),
            _f("gruss", FOOTER, 0.3, (_OLD, "Liebe Grüsse von der Hütte! Euer Hüttenteam")),
            _f("telefon-head", FOOTER, 0.4, (_OLD, "Hüttentelefon")),
            _f("telefon", FOOTER, 0.38, (_OLD, "+41 27 955 01 43 · Hüttenwart: 079 555 01 43")),
            _f("lawine", FOOTER, 0.04,
               (_OLD, "⚠️ Lawinengefahr Stufe 4 (gross): vom Zustieg zur Hütte wird "
                "abgeraten.")),
        ),
    )


# --- a Québec maple sugar shack's news in French ----------------------------------------------

# A day's sap, as the sugar maker reports it: (litres of sap, sugar %, litres of syrup).
RUNS = ((1240, 2.1, 31), (860, 2.4, 24), (2100, 1.8, 44), (430, 2.6, 13), (1650, 2.0, 38))
GRADES = ("🍯 Catégorie A, doré, goût délicat", "🍯 Catégorie A, ambré, goût riche",
          "🍯 Catégorie A, foncé, goût robuste", "🍯 Catégorie A, très foncé, goût prononcé")
_BOOKING = "📅 Les réservations pour le temps des sucres sont ouvertes!"
_SUGARING = ("🍁 C'est le temps des sucres : repas de cabane les samedis et dimanches, sur "
             "réservation.")
_THANKS = "Merci d'être venus! La boutique reste ouverte toute l'année."


def _run(sap: int, sugar: float, syrup: int) -> str:
    litres = f"{sap:,}".replace(",", " ")  # a space between the thousands, as in Québec
    return (f"🍁 Coulée d'hier : {litres} litres d'eau d'érable à {_comma(sugar)} % de sucre, "
            f"{syrup} litres de sirop")


def quatrevents_style() -> PublisherStyle:
    """A Québec maple sugar shack's news in French: a French date slot turned "Publié le" with
    the writer, a day's sap run (litres, sugar with a decimal comma, syrup), a syrup grade,
    the sugaring season (bookings, meals, thanks; closed in 2020), meal prices raised in 2019,
    taffy on snow, a shop line, a groups line, a producers' line, a two-line contact block,
    a rare storm cancellation."""
    return PublisherStyle(
        domain="erablierequatrevents.ca", site="Érablière des Quatre-Vents", base_size=190,
        subdomains=(("www.", 100),),
        sections=("nouvelles", "cabane", "boutique"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"coulee": tuple(_run(*r) for r in RUNS), "grade": GRADES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_fr}"),
               ("2018-01-10", "Publié le {date_fr} par {author}")),
            _f("coulee", HEADER, 0.3, (_OLD, "{coulee}")),
            _f("grade", MIDDLE, 0.2, (_OLD, "{grade}")),
            _f("saison", FOOTER, 0.3, *_seasons(
                ("01-10", _BOOKING), ("03-01", _SUGARING), ("04-26", _THANKS),
                special={2020: [("2020-01-10", _BOOKING), ("2020-03-01", _SUGARING),
                                ("2020-03-14", "En raison de la COVID-19, la salle à manger est "
                                               "fermée : commandez vos produits en ligne."),
                                ("2020-04-26", _THANKS)]})),
            _f("menu", FOOTER, 0.25,
               (_OLD, "Repas traditionnel : adultes 28 $, enfants de 6 à 12 ans 14 $."),
               ("2019-01-10", "Repas traditionnel : adultes 30 $, enfants de 6 à 12 ans 15 $.")),
            _f("tire", FOOTER, 0.25, (_OLD, "Tire sur la neige à volonté tout l'après-midi!")),
            _f("boutique", FOOTER, 0.2,
               (_OLD, "Sirop, beurre, tire et sucre d'érable en vente à la boutique.")),
            _f("groupes", FOOTER, 0.2,
               (_OLD, "Groupes de 20 personnes et plus : réservez par téléphone, s'il vous "
                "plaît.")),
            _f("producteurs", FOOTER, 0.2,
               (_OLD, "Fiers producteurs acéricoles du Québec depuis trois générations.")),
            _f("joindre-head", FOOTER, 0.4, (_OLD, "Nous joindre")),
            _f("joindre", FOOTER, 0.38,
               (_OLD, "1430, rang des Quatre-Vents, Saint-Pierre-Baptiste (Québec) · "
                "418 555-0143")),
            _f("tempete", FOOTER, 0.04,
               (_OLD, "❄️ Tempête de neige : le repas de ce midi est annulé, nous vous "
                "rappelons.")),
        ),
    )


# --- a sheep dog trial club's results (Hawke's Bay, New Zealand) ------------------------------

# A run's results: (event, [(handler, dog, points), ...] in placing order, out of 100).
TRIAL_RESULTS = (("Long Head", (("Hamish Guthrie", "Moss", 96.5), ("Jo Te Huia", "Floss", 95.0),
                                ("Bruce Kingi", "Jed", 94.5))),
                 ("Short Head and Yard", (("Tania Russell", "Nell", 97.0),
                                          ("Hamish Guthrie", "Bess", 93.5))),
                 ("Zig Zag Hunt", (("Mike Tipene", "Boss", 98.0), ("Sam Ferris", "Hunter",
                                                                  96.0))),
                 ("Straight Hunt", (("Jo Te Huia", "Tui", 95.5), ("Bruce Kingi", "Rip", 94.0),
                                    ("Sam Ferris", "Blue", 91.5))))
_PLACE = ("1st", "2nd", "3rd")


def _points(x: float) -> str:
    return f"{x:g}" if x != int(x) else str(int(x))


def _trial_result(event: str, placed: tuple[tuple[str, str, float], ...]) -> str:
    return f"🐕 {event}: " + " · ".join(f"{_PLACE[i]} {handler} ({dog}) {_points(points)}"
                                        for i, (handler, dog, points) in enumerate(placed))


def club_trial(y: int) -> tuple[dt.date, dt.date]:
    """The club's own trial: the last Friday of January and the Saturday after it."""
    friday = last_weekday(y, 1, 4)
    return friday, friday + dt.timedelta(days=1)


def _trials() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New handlers and young dogs always welcome: talk to any committee "
                   "member.")]
    events: list[Event] = []
    for y in YEARS:
        friday, saturday = club_trial(y)
        events.append((friday - dt.timedelta(days=14), saturday + dt.timedelta(days=1),
                       f"🐑 Our annual trial: Friday {friday.day} and Saturday {saturday.day} "
                       f"{saturday.strftime('%B')}, first dog out 7.30am."))
    events.append((dt.date(2020, 3, 21), dt.date(2020, 6, 9),
                   "🦠 No trials under Alert Levels 2 to 4: the rest of this season is "
                   "cancelled."))
    return _timeline(base, events)


def maraekakaho_style() -> PublisherStyle:
    """A sheep dog trial club's results (Hawke's Bay, New Zealand): a date turned "Results"
    with the weekday and the club secretary, an event kicker, the judge, a run's placings (handlers,
    dogs and points out of 100 with halves), a members' line turned the club's trial (the
    last Friday and Saturday of January) and the 2020 alert levels, nominations raised in
    2019, a cookshop line, a rule for bitches in season, a parking line, a two-line
    secretary block, a rare fire ban."""
    return PublisherStyle(
        domain="maraekakahodogtrials.org.nz", site="Maraekakaho Sheep Dog Trial Club",
        base_size=170,
        subdomains=(("www.", 100),),
        sections=("results", "news", "trials"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"event": tuple(event for event, _ in TRIAL_RESULTS) + ("Maiden", "Intermediate"),
               "result": tuple(_trial_result(event, placed)
                               for event, placed in TRIAL_RESULTS),
               "judge": ("Ian Mackintosh (Waipukurau)", "Raewyn Hape (Gisborne)",
                         "Colin Brice (Taihape)", "Grant Tuhiwai (Wairoa)")},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-07-01", "Results · {weekday} {date_dmy} · {author}, club secretary")),
            _f("event", HEADER, 0.2, (_OLD, "{event}")),
            _f("judge", HEADER, 0.25, (_OLD, "Judge: {judge}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("trials", FOOTER, 0.3, *_trials()),
            _f("nominations", FOOTER, 0.2,
               (_OLD, "Nominations: $10 a dog a run; juniors run free."),
               ("2019-01-01", "Nominations: $12 a dog a run; juniors run free.")),
            _f("cookshop", FOOTER, 0.25,
               (_OLD, "The cookshop is open all day: hot pies, sandwiches and a cuppa.")),
            _f("bitches", FOOTER, 0.2,
               (_OLD, "Bitches in season must be kept well away from the course and the "
                "pens.")),
            _f("parking", FOOTER, 0.2,
               (_OLD, "Please park utes and dog trailers in the paddock behind the "
                "woolshed.")),
            _f("secretary-head", FOOTER, 0.4, (_OLD, "Secretary")),
            _f("secretary", FOOTER, 0.38,
               (_OLD, "Kate Ferris · 06 555 0143 · secretary@maraekakahodogtrials.org.nz")),
            _f("fireban", FOOTER, 0.04,
               (_OLD, "🔥 Total fire ban in Hawke's Bay: no smoking anywhere on the course.")),
        ),
    )


def heldout33_styles() -> list[PublisherStyle]:
    """The held-back-33 styles, in the order the generator hands them to publishers."""
    return [
        sakha_style(), yiddish_style(), sindhi_style(), lingala_style(), wolof_style(),
        sardinian_style(), kashubian_style(), hmong_style(), saligo_style(),
        mittaghorn_style(), quatrevents_style(), maraekakaho_style(),
    ]
