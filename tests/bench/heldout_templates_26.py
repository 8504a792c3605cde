"""The twenty-sixth held-back template set (``held-back-26``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the twenty-fifth
held-back set (`tests.bench.heldout_templates_25`, which has since had its first run and is
now studied). It was written WITHOUT looking at cleanpipe's code (nothing under
``cleanpipe/`` or ``configs/`` was read; the slot names come from the earlier sets' modules,
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the first twenty-five held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 95.57% at bdd5293; studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Russian-language regional news
site (Kaliningrad), an Arabic-language city news site (Alexandria), a Tagalog-language
tabloid news site (Manila), a Punjabi-language news site in Gurmukhi (Jalandhar), a Scottish
Gaelic community news site (Stornoway), a garden centre's blog (Cheshire), a homeowners'
association's news (Arizona), a coffee roaster's journal (Melbourne), a curling club's news
(Manitoba), a roller derby league's news (Leeds), a bridge club's news (Auckland) and a dive
shop's dive reports (the Florida Keys). None of these kinds is in an earlier held-back set,
nor these languages beyond a few lines; Russian, Arabic, Tagalog, Punjabi and Scottish
Gaelic are new as a site's language.

Variation: article dates localised day by day (a family with a wording per day: Russian
dates with genitive month names and the weekday, after a numeric date slot; Egyptian Arabic
dates in Arabic-Indic numerals with the Hijri date (the tabular Islamic calendar) turned
"نشر في:" with Western digits; Tagalog month names with a 12-hour time turned a Tagalog
weekday; Gurmukhi dates in Gurmukhi numerals turned "ਅੱਪਡੇਟ:" with Western digits; Gaelic
"Foillsichte:" dates turned Gaelic weekdays; English ordinal dates ("21st June 2019") turned
a date slot), English date slots on the other sites (US, British, Australian, ISO and short
dates, with and without weekdays), bylines of many shapes ("Текст:" gaining a photo credit;
gendered Arabic "كتب/كتبت" turned a place dateline; "Ni" turned "Ulat ni"; a Punjabi place
dateline with the reporter in brackets turned "ਰਿਪੋਰਟ:"; Gaelic "Le" turned "Sgrìobhte le";
the board turned a writer with their post; derby names; a club recorder; a boat captain),
notices reworded in 2015-2020 (an editor-in-chief replaced; social networks turned
Telegram and Yandex.Zen; the Egyptian pound devalued in March 2016 and floated in November
2016; Metro Manila landlines given eight digits in October 2019; a Facebook line turned
YouTube; a loyalty scheme, delivery terms, peat-free compost; trash days; assessments,
subscription discounts, league fees and nitrox fills raised; an inclusive league
statement; table money raised, closed and reopened through New Zealand's alert levels;
reef trips closed by Hurricane Irma in 2017 and by the 2020 closure of the Keys; shop,
café, pool, club and training closures in 2020), election and emergency lines (Russia's
2016 Duma, 2017 governor and 2018 presidential elections, the 2018 World Cup in
Kaliningrad, the 2019 e-visa, self-isolation, the 2020 constitutional vote and masks;
Egypt's 2015 parliamentary elections, the 2018 presidential election, the 2019 referendum,
the 2020 curfew and Senate and House elections; the Philippines' 2016 and 2019 elections,
2018 barangay elections and 2020 quarantine levels; Punjab's 2017 assembly election and
results, the 2019 Lok Sabha election, the Kartarpur corridor, the 2020 curfew and masks;
Scotland's 2016 Holyrood election, the EU referendum, the 2017 council and general
elections, the 2019 general election, lockdown and face coverings), notices that follow a
calendar (Kaliningrad Oblast's day with its age in Russian plurals and Victory Day with
jubilees; Sham el-Nessim after Orthodox Easter, Ramadan, Eid al-Fitr and Eid al-Adha;
Alexandria's beach and winter-storm seasons; Holy Week and Simbang Gabi; Lohri, Vaisakhi
and Guru Nanak's Gurpurab with its ordinal in Gurmukhi numerals; the Royal National Mòd
from the second Friday of October with its host town, and Christmas and New Year; British
Summer Time opening hours, Mothering Sunday and Santa's grotto; Memorial Day to Labor Day
pool hours, the monsoon season, the annual meeting on the second Tuesday of January and
Halloween; International Coffee Day and the Christmas order cut-off; curling leagues after
Canadian Thanksgiving and a bonspiel on the first weekend of February; Fresh Meat intakes;
beginners' bridge lessons in February and July; lobster mini-season on the last Wednesday
and Thursday of July, the regular season and the hurricane season), names at the start of
lines, in brackets or after a label (Russian names with ё, Arabic, Filipino names with ñ,
Sikh names with Singh and Kaur, Gaelic names with Mac and Nic, derby names, staff with
their posts), the article's own title (a breadcrumb) and other articles' titles (links in
five languages and an English one), amounts (rouble, peso and pound rates, weather with
Baltic winds, Alexandria's temperatures and waves in Arabic-Indic numerals, PCSO lotto
draws and jackpots, wheat support prices and potato prices, Stornoway tides, garden
offers, brew recipes, curling scores, derby scores, pairs percentages, dive conditions),
phone numbers in eight countries' formats, multi-line blocks (an address, a management
company, a roastery, an ice schedule, a derby venue, a bridge hall, a dive shop), mid-body
inserts (some up to two times), bare lines (ad labels in five languages, an age mark, a
language switch, a Māori greeting, block headings), Cyrillic with ё, Arabic script,
Tagalog with ñ, Gurmukhi with Gurmukhi numerals, Gaelic with grave accents, symbols and
emoji where such sites use them, and families in only 3-6% of articles (a storm warning,
a breaking kicker, a typhoon class suspension, a condolence line, a developing-story line,
a frost warning, a rattlesnake sighting, a sold-out notice, a lost-and-found line, bout
photos, a partnership desk and a small craft advisory) beside ones in nearly all. Renamed
variants of a style keep the lines that do not name the site, so sister sites share a
network footer (an editorial disclaimer, a comment rule in four languages, a funding line,
a dogs line, an architectural review line, a wholesale line, a footwear rule, an insurance
line, a phones rule and a reef rule).
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

# Western Easter (Holy Week, Mothering Sunday) and Orthodox Easter (Sham el-Nessim is the
# Monday after the Coptic Easter, which is the Orthodox one).
EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
EASTER_ORTHODOX = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19"}
# As Egypt kept them (announced by sighting): the first day of Ramadan, Eid al-Fitr and Eid
# al-Adha.
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
# Vaisakhi (13 or 14 April) and Guru Nanak's Gurpurab (Kartik Purnima).
VAISAKHI = {2015: "2015-04-14", 2016: "2016-04-13", 2017: "2017-04-14", 2018: "2018-04-14",
            2019: "2019-04-14", 2020: "2020-04-13"}
GURPURAB = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-04", 2018: "2018-11-23",
            2019: "2019-11-12", 2020: "2020-11-30"}

RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
RUSSIAN_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье")
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EGYPTIAN_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
TAGALOG_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
                  "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
TAGALOG_WEEKDAYS = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
GURMUKHI_DIGITS = "੦੧੨੩੪੫੬੭੮੯"
PUNJABI_MONTHS = ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ",
                  "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")
PUNJABI_WEEKDAYS = ("ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ", "ਐਤਵਾਰ")
GAELIC_MONTHS = ("am Faoilleach", "an Gearran", "am Màrt", "an Giblean", "an Cèitean",
                 "an t-Ògmhios", "an t-Iuchar", "an Lùnastal", "an t-Sultain", "an Dàmhair",
                 "an t-Samhain", "an Dùbhlachd")
GAELIC_WEEKDAYS = ("Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne",
                   "Didòmhnaich")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _seasons = _PERIOD.daily, _PERIOD.seasons


def last_weekday(y: int, m: int, weekday: int) -> dt.date:
    day = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _digits(n: int | str, digits: str) -> str:
    """`n` in a script's numerals (`digits`, zero to nine; other characters kept)."""
    return "".join(digits[int(c)] if c.isdigit() else c for c in str(n))


# --- a Russian-language regional news site (Kaliningrad) ------------------------------------

RU_DAILY = dt.date(2017, 9, 1)  # the numeric date slot became a weekday and genitive month
RU_EDITOR = dt.date(2018, 2, 1)  # a new editor-in-chief in the imprint
RU_SOCIAL = dt.date(2018, 6, 1)  # social networks turned Telegram and Yandex.Zen


def _ru_dated(day: dt.date) -> str:
    return (f"{RUSSIAN_WEEKDAYS[day.weekday()]}, {day.day} {RUSSIAN_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}}")


def ru_years(n: int) -> str:
    """"год", "года" or "лет" after the number `n`."""
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "года"
    return "лет"


def _kurs(usd: float, eur: float) -> str:
    return f"💱 Курсы ЦБ: доллар {usd:.2f} ₽, евро {eur:.2f} ₽".replace(".", ",")


KURS = ((61.02, 67.78), (67.03, 74.23), (58.35, 65.94), (62.71, 73.95), (64.74, 72.50),
        (72.15, 82.45))


def _temp(t: int) -> str:
    return f"+{t}" if t > 0 else f"−{-t}"


def _pogoda(mark: str, low: int, wind: str, speed: int) -> str:
    return (f"{mark} Калининград: днём {_temp(low)}…{_temp(low + 2)} °C, ветер {wind}, "
            f"{speed}–{speed + 2} м/с")


POGODA = (("☀️", 18, "западный", 4), ("❄️", -5, "северо-восточный", 7),
          ("🌧", 9, "юго-западный", 11), ("☀️", 24, "южный", 3), ("🌥", 3, "северный", 9))


def oblast_day(y: int) -> dt.date:
    """The day of Kaliningrad Oblast: 7 April (formed in 1946)."""
    return dt.date(y, 4, 7)


def _podpiska() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Мы в соцсетях: ВКонтакте, Одноклассники и Facebook"),
            (RU_SOCIAL.isoformat(), "Подписывайтесь на наш канал в Telegram и на Яндекс.Дзене")]
    events: list[Event] = []
    for y in YEARS:
        age = y - 1946
        day = oblast_day(y)
        events.append((day - dt.timedelta(days=2), day + dt.timedelta(days=1),
                       f"🌊 7 апреля — День Калининградской области. Региону {age} "
                       f"{ru_years(age)}!"))
        jubilee = y - 1945
        text = "🎗️ С Днём Победы! Помним, гордимся."
        if jubilee % 5 == 0:
            text = f"🎗️ С Днём Победы! С {jubilee}-летием Великой Победы!"
        if y == 2020:
            text = ("🎗️ С Днём Победы! С 75-летием Великой Победы! Парад перенесён на "
                    "24 июня.")
        events.append((dt.date(y, 5, 7), dt.date(y, 5, 10), text))
    return _timeline(base, events)


_MASKS = "😷 Масочный режим: носите маски в магазинах и общественном транспорте."


def _vybory() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "✉️ Есть новость? Пишите: news@vestipregeli.ru или в WhatsApp "
                   "+7 911 555-01-43")]
    return _timeline(base, [
        (dt.date(2016, 8, 29), dt.date(2016, 9, 19),
         "🗳 Выборы в Государственную думу и областную Думу — 18 сентября."),
        (dt.date(2017, 8, 28), dt.date(2017, 9, 11),
         "🗳 Выборы губернатора Калининградской области — 10 сентября."),
        (dt.date(2018, 3, 1), dt.date(2018, 3, 19),
         "🗳 Выборы Президента России — 18 марта. Адрес своего участка узнайте на сайте "
         "избиркома."),
        (dt.date(2018, 6, 4), dt.date(2018, 6, 29),
         "⚽ Чемпионат мира по футболу: на матчи в Калининграде пускают только с паспортом "
         "болельщика."),
        (dt.date(2019, 6, 20), dt.date(2019, 7, 15),
         "🛂 С 1 июля иностранцы могут приехать в Калининградскую область по бесплатной "
         "электронной визе."),
        (dt.date(2020, 3, 30), dt.date(2020, 6, 15),
         "😷 Режим самоизоляции: оставайтесь дома. Горячая линия по коронавирусу — "
         "8-800-2000-112."),
        (dt.date(2020, 6, 15), dt.date(2020, 7, 2),
         "🗳 Голосование по поправкам в Конституцию — с 25 июня по 1 июля."),
        (dt.date(2020, 7, 2), None, _MASKS),
    ])


def pregel_style() -> PublisherStyle:
    """A Russian-language regional news site (Kaliningrad): a rubric kicker, a rouble strip
    with decimal commas, a weather line, a numeric date slot turned a weekday with a
    genitive month (a wording per day), "Текст:" gaining a photo credit, "РЕКЛАМА" and "По
    теме:" (up to twice) and photo inserts, a rare storm warning, a social line (turned
    Telegram and Yandex.Zen in 2018) turned the oblast's day with its age and Victory Day,
    a news-tip line turned Russia's elections, the World Cup, the e-visa, self-isolation,
    the constitutional vote and masks, an editorial disclaimer, an editor replaced in 2018,
    a registration line, a reuse rule, an age mark, a copyright line."""
    return PublisherStyle(
        domain="vestipregeli.ru", site="Вести Прегели", base_size=880,
        subdomains=(("", 70), ("m.", 30)),
        sections=("gorod", "oblast", "politika", "ekonomika", "proisshestviya", "sport",
                  "kultura"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}/",
        pools={
            "rubrika": ("Город", "Область", "Политика", "Экономика", "Происшествия", "Спорт",
                        "Культура", "Общество"),
            "kurs": tuple(_kurs(u, e) for u, e in KURS),
            "pogoda": tuple(_pogoda(*p) for p in POGODA),
            "avtor": ("Ирина Соколова", "Андрей Кузнецов", "Мария Лебедева", "Дмитрий Ёлкин",
                      "Наталья Орлова", "Пётр Семёнов"),
            "foto": ("Вести Прегели", "архив редакции", "пресс-служба правительства области",
                     "УМВД по Калининградской области", "читатель", "соцсети"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("kurs", HEADER, 0.12, (_OLD, "{kurs}")),
            _f("pogoda", HEADER, 0.15, (_OLD, "{pogoda}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_ru_dated, RU_DAILY)),
            _f("avtor", HEADER, 0.6, (_OLD, "Текст: {avtor}"),
               ("2019-04-01", "Текст: {avtor}, фото — {foto}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "РЕКЛАМА"), count=2),
            _f("potemy", MIDDLE, 0.4, (_OLD, "По теме: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото — {foto}")),
            _f("shtorm", FOOTER, 0.04,
               (_OLD, "⚠️ Штормовое предупреждение: порывы ветра до 25 м/с. Не оставляйте "
                "машины под деревьями.")),
            _f("podpiska", FOOTER, 0.25, *_podpiska()),
            _f("vybory", FOOTER, 0.2, *_vybory()),
            _f("mnenie", FOOTER, 0.3,
               (_OLD, "Мнение редакции может не совпадать с мнением авторов публикаций.")),
            _f("redaktsiya", FOOTER, 0.3,
               (_OLD, "Главный редактор — Е. В. Смирнова. Телефон редакции: "
                "+7 (4012) 55-01-43"),
               (RU_EDITOR.isoformat(), "Главный редактор — А. Н. Жуков. Телефон редакции: "
                "+7 (4012) 55-01-43")),
            _f("svidetelstvo", FOOTER, 0.3,
               (_OLD, "Сетевое издание «Вести Прегели» зарегистрировано Роскомнадзором. "
                "Свидетельство Эл № ФС77-61423 от 14 апреля 2015 г.")),
            _f("ssylka", FOOTER, 0.4,
               (_OLD, "При использовании материалов гиперссылка на «Вести Прегели» "
                "обязательна.")),
            _f("vozrast", FOOTER, 0.5, (_OLD, "18+")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© «Вести Прегели», 2015–{year}. Все права защищены.")),
        ),
    )


# --- an Arabic-language city news site (Alexandria) -----------------------------------------

ISLAMIC_EPOCH = 227015  # the tabular Islamic calendar's epoch, 16 July 622 (Julian), ordinal
AR_REDESIGN = dt.date(2018, 7, 1)  # the date line dropped the Hijri date and Indic digits
AR_DATELINE = dt.date(2018, 10, 1)  # the "wrote:" byline turned a place dateline
DEVALUED = dt.date(2016, 3, 14)  # the official dollar rate raised from 7.83 to 8.88 pounds
FLOATED = dt.date(2016, 11, 3)  # the pound floated


def _fixed_from_hijri(year: int, month: int, day: int) -> int:
    return (day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354
            + (3 + 11 * year) // 30 + ISLAMIC_EPOCH - 1)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The (year, month, day) of `day` in the tabular (arithmetic) Islamic calendar."""
    fixed = day.toordinal()
    year = (30 * (fixed - ISLAMIC_EPOCH) + 10646) // 10631
    month = (11 * (fixed - _fixed_from_hijri(year, 1, 1)) + 330) // 325
    return year, month, fixed - _fixed_from_hijri(year, month, 1) + 1


def _ar(n: int | str) -> str:
    return _digits(n, ARABIC_DIGITS)


def _ar_dated(day: dt.date) -> str:
    weekday, month = ARABIC_WEEKDAYS[day.weekday()], EGYPTIAN_MONTHS[day.month - 1]
    if day < AR_REDESIGN:
        hy, hm, hd = hijri(day)
        return (f"{weekday} {_ar(day.day)} {month} {_ar(day.year)} م - {_ar(hd)} "
                f"{HIJRI_MONTHS[hm - 1]} {_ar(hy)} هـ")
    return f"نشر في: {weekday}، {day.day} {month} {day.year} - {{time}}"


def _taqs(high: int, low: int, wind: str, wave: str) -> str:
    return (f"🌤️ طقس الإسكندرية: العظمى {_ar(high)} والصغرى {_ar(low)}، رياح {wind}، ارتفاع "
            f"الموج {_ar(wave).replace('.', '٫')} متر")


TAQS = ((30, 23, "شمالية غربية", "1.5"), (18, 11, "جنوبية غربية", "3.0"),
        (34, 26, "شمالية", "1.0"), (21, 14, "غربية", "2.5"), (25, 17, "شمالية شرقية", "0.5"))
DOLAR = ("17.85", "18.12", "17.64", "16.95", "16.15", "15.72", "17.90")

_SPRING = "📲 لمتابعة حالة الطقس والمرور في الإسكندرية لحظة بلحظة تابعوا صفحتنا على فيسبوك."
_SUMMER = "🏖️ موسم المصايف: التزموا بتعليمات المنقذين، والسباحة ممنوعة عند رفع الراية الحمراء."
_NAWAT = "⛈️ موسم النوات: تابعوا نشرات الأرصاد، وابتعدوا عن الكورنيش وقت ارتفاع الأمواج."


def _mawsim() -> tuple[tuple[str, str], ...]:
    return _seasons(("03-01", _SPRING), ("06-01", _SUMMER), ("11-15", _NAWAT), special={
        2020: [("2020-03-01", _SPRING),
               ("2020-06-01", "🏖️ الشواطئ العامة مغلقة هذا الصيف ضمن إجراءات الوقاية من "
                "فيروس كورونا."),
               ("2020-11-15", _NAWAT)]})


def _munasabat() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "تابعونا على فيسبوك وتويتر وإنستجرام")]
    events: list[Event] = []
    for y in YEARS:
        easter = _day(EASTER_ORTHODOX[y])
        text = ("🌸 شم النسيم سعيد! كل عام وأنتم بخير." if y != 2020 else
                "🌸 شم النسيم في البيت هذا العام: الحدائق والشواطئ مغلقة.")
        events.append((easter, easter + dt.timedelta(days=2), text))
        start, fitr, adha = _day(RAMADAN[y]), _day(EID_FITR[y]), _day(EID_ADHA[y])
        text = ("🌙 رمضان كريم! أعاده الله عليكم بالخير واليمن والبركات." if y != 2020 else
                "🌙 رمضان كريم! صلاة التراويح في المنازل هذا العام والمساجد مغلقة.")
        events.append((start - dt.timedelta(days=1), fitr, text))
        events.append((fitr, fitr + dt.timedelta(days=3), "🎉 عيد فطر مبارك! كل عام وأنتم بخير."))
        events.append((adha - dt.timedelta(days=1), adha + dt.timedelta(days=4),
                       "🐑 عيد أضحى مبارك! كل عام وأنتم بخير."))
    return _timeline(base, events)


_HOUSE_2020 = "🗳️ انتخابات مجلس النواب: الإسكندرية تصوت في المرحلة الأولى يومي 24 و25 أكتوبر."


def _intikhabat() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 لديك خبر أو شكوى؟ راسلنا على واتساب: 0100 555 0143")]
    return _timeline(base, [
        (dt.date(2015, 10, 5), dt.date(2015, 10, 29),
         "🗳️ انتخابات مجلس النواب: الإسكندرية تصوت في المرحلة الأولى يومي 18 و19 أكتوبر."),
        (dt.date(2018, 3, 10), dt.date(2018, 3, 29),
         "🗳️ الانتخابات الرئاسية أيام 26 و27 و28 مارس. اعرف لجنتك من موقع الهيئة الوطنية "
         "للانتخابات."),
        (dt.date(2019, 4, 10), dt.date(2019, 4, 23),
         "🗳️ الاستفتاء على التعديلات الدستورية أيام 20 و21 و22 أبريل."),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 27),
         "😷 حظر التجوال ساري مساءً حتى السادسة صباحًا. الخط الساخن لوزارة الصحة: 105"),
        (dt.date(2020, 8, 1), dt.date(2020, 8, 13),
         "🗳️ انتخابات مجلس الشيوخ يومي 11 و12 أغسطس."),
        (dt.date(2020, 10, 10), dt.date(2020, 10, 26), _HOUSE_2020),
    ])


def thaghr_style() -> PublisherStyle:
    """An Arabic-language city news site (Alexandria): a rare breaking kicker, a section
    kicker, a breadcrumb with the article's own title, a date in Arabic-Indic numerals with
    the Hijri date turned "نشر في:" with Western digits (a wording per day), a gendered
    "wrote:" byline turned a place dateline, a dollar rate devalued in March 2016 and floated
    in November 2016, "إعلان" and "اقرأ أيضًا:" (up to twice) and photo inserts, weather in
    Arabic-Indic numerals, beach and winter-storm seasons, a follow line turned Sham
    el-Nessim, Ramadan and the two Eids, a tip line turned Egypt's elections and the 2020
    curfew, a comments disclaimer, a reuse rule, an app line, a copyright line."""
    return PublisherStyle(
        domain="thaghrnews.com", site="أخبار الثغر", base_size=780,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("alexandria", "governorates", "accidents", "sports", "economy", "art",
                  "politics"),
        n_authors=6, url_path="/story/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "qism": ("الإسكندرية", "محافظات", "حوادث", "رياضة", "اقتصاد", "فن", "سياسة",
                     "منوعات"),
            "katib": ("أحمد عبد الفتاح", "منى السيد", "محمود الشاذلي", "هبة مصطفى",
                      "كريم عبد العزيز", "ياسمين فؤاد"),
            "kataba": ("كتب: أحمد عبد الفتاح", "كتبت: منى السيد", "كتب: محمود الشاذلي",
                       "كتبت: هبة مصطفى", "كتب: كريم عبد العزيز", "كتبت: ياسمين فؤاد"),
            "musawwir": ("محمد حسن", "إسلام فاروق", "صورة أرشيفية", "أخبار الثغر",
                         "مواقع التواصل"),
            "dolar": DOLAR,
            "taqs": tuple(_taqs(*t) for t in TAQS),
        },
        families=(
            _f("ajil", HEADER, 0.04, (_OLD, "⚡ عاجل")),
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("masar", HEADER, 0.25, (_OLD, "الرئيسية › {qism} › {title}")),
            _f("tarikh", HEADER, 0.85, *_daily(_ar_dated)),
            _f("katib", HEADER, 0.6, (_OLD, "{kataba}"),
               (AR_DATELINE.isoformat(), "الإسكندرية - {katib}")),
            _f("sarf", HEADER, 0.12, (_OLD, "💵 سعر الدولار الرسمي: 7.83 جنيه"),
               (DEVALUED.isoformat(), "💵 سعر الدولار الرسمي: 8.88 جنيه"),
               (FLOATED.isoformat(), "💵 سعر الدولار في البنوك: {dolar} جنيه")),
            _f("ilan", MIDDLE, 0.45, (_OLD, "إعلان"), count=2),
            _f("iqra", MIDDLE, 0.4, (_OLD, "اقرأ أيضًا: {other_title}"), count=2),
            _f("sura", MIDDLE, 0.3, (_OLD, "تصوير: {musawwir}")),
            _f("taqs", FOOTER, 0.15, (_OLD, "{taqs}")),
            _f("mawsim", FOOTER, 0.2, *_mawsim()),
            _f("munasabat", FOOTER, 0.25, *_munasabat()),
            _f("intikhabat", FOOTER, 0.2, *_intikhabat()),
            _f("taaliqat", FOOTER, 0.3,
               (_OLD, "التعليقات المنشورة لا تعبر عن رأي الموقع، وإنما تعبر عن رأي أصحابها.")),
            _f("iqtibas", FOOTER, 0.35,
               (_OLD, "يُحظر نسخ المحتوى أو إعادة نشره دون الإشارة إلى المصدر.")),
            _f("tatbiq", FOOTER, 0.2, (_OLD, "📲 حمّل تطبيق أخبار الثغر على أندرويد وآيفون")),
            _f("huquq", FOOTER, 0.6, (_OLD, "جميع الحقوق محفوظة © {year} أخبار الثغر")),
        ),
    )


# --- a Tagalog-language tabloid news site (Manila) ------------------------------------------

TL_REDESIGN = dt.date(2018, 6, 1)  # the date line gained a Tagalog weekday, lost the time
TL_BYLINE = dt.date(2019, 1, 15)  # "Ni" turned "Ulat ni"
EIGHT_DIGITS = dt.date(2019, 10, 6)  # Metro Manila landlines given an eighth digit


def _tl_dated(day: dt.date) -> str:
    date = f"{TAGALOG_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if day < TL_REDESIGN:
        return f"{date} | {{time12}}"
    return f"{TAGALOG_WEEKDAYS[day.weekday()]}, {date}"


PESO = (45.12, 47.49, 50.40, 52.66, 51.80, 48.04)
PCSO = (("Ultra Lotto 6/58", (4, 17, 23, 31, 45, 52), 64_312_080),
        ("Grand Lotto 6/55", (2, 11, 19, 28, 37, 54), 30_945_612),
        ("Super Lotto 6/49", (6, 13, 20, 33, 41, 47), 16_783_404),
        ("Mega Lotto 6/45", (1, 9, 15, 27, 38, 44), 9_512_760),
        ("Lotto 6/42", (5, 12, 18, 26, 35, 40), 6_230_918))


def _lotto(game: str, numbers: tuple[int, ...], jackpot: int) -> str:
    drawn = "-".join(f"{n:02d}" for n in numbers)
    return f"🎰 {game}: {drawn} · Jackpot ₱{jackpot:,}.00"


def _semana() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "I-like ang aming Facebook page para sa pinakabagong balita."),
            ("2017-01-01", "I-like at i-follow kami sa Facebook, Twitter at Instagram para sa "
             "pinakabagong balita.")]
    events: list[Event] = []
    for y in YEARS:
        easter = _day(EASTER_WESTERN[y])
        text = ("✝️ Mapagpalang Semana Santa! Walang pasok sa Huwebes Santo at Biyernes Santo."
                if y != 2020 else
                "✝️ Semana Santa sa loob ng bahay: manood ng online na misa at Visita Iglesia.")
        events.append((easter - dt.timedelta(days=7), easter + dt.timedelta(days=1), text))
        text = ("🎄 Maligayang Pasko! Simbang Gabi mula Disyembre 16 hanggang 24." if y != 2020
                else "🎄 Maligayang Pasko! Limitado ang dadalo sa Simbang Gabi ngayong taon; "
                "may online na misa.")
        events.append((dt.date(y, 12, 16), dt.date(y, 12, 26), text))
    return _timeline(base, events)


_MECQ = "😷 MECQ sa Metro Manila: magsuot ng face mask at panatilihin ang social distancing."
_GCQ = "😷 GCQ sa Metro Manila: bawal lumabas nang walang face mask at face shield."


def _halalan() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 May tip ka? I-text o i-Viber kami sa 0917 555 0143.")]
    return _timeline(base, [
        (dt.date(2016, 4, 25), dt.date(2016, 5, 10),
         "🗳️ Halalan 2016: sa Mayo 9 ang botohan. Hanapin ang iyong presinto sa COMELEC "
         "Precinct Finder."),
        (dt.date(2018, 5, 1), dt.date(2018, 5, 15),
         "🗳️ Barangay at SK Elections sa Mayo 14. Huwag kalimutang bumoto!"),
        (dt.date(2019, 4, 29), dt.date(2019, 5, 14),
         "🗳️ Halalan 2019: sa Mayo 13 ang botohan para sa senador, kongresista at lokal na "
         "opisyal."),
        (dt.date(2020, 3, 17), dt.date(2020, 5, 16),
         "😷 Enhanced Community Quarantine sa buong Luzon: manatili sa bahay, lumabas lang kung "
         "kailangan."),
        (dt.date(2020, 5, 16), dt.date(2020, 6, 1), _MECQ),
        (dt.date(2020, 6, 1), dt.date(2020, 8, 4), _GCQ),
        (dt.date(2020, 8, 4), dt.date(2020, 8, 19), _MECQ),
        (dt.date(2020, 8, 19), None, _GCQ),
    ])


def kanto_style() -> PublisherStyle:
    """A Tagalog-language tabloid news site (Manila): a section kicker, a Tagalog date with
    a 12-hour time turned a Tagalog weekday (a wording per day), "Ni" turned "Ulat ni", a
    peso rate, "ADVERTISEMENT" and "BASAHIN:" (up to twice) and photo credits, lotto results
    with jackpots, a follow line (reworded in 2017) turned Holy Week and Simbang Gabi, a tip
    line turned the 2016, 2018 and 2019 elections and the 2020 quarantine levels, a newsdesk
    line with Metro Manila's eight-digit landlines from October 2019, a comment rule, an
    app line, a rare typhoon class suspension, a copyright line."""
    return PublisherStyle(
        domain="balitangkanto.com.ph", site="Balitang Kanto", base_size=680,
        subdomains=(("", 100),),
        sections=("balita", "probinsya", "metro", "showbiz", "sports", "opinyon"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}/{slug}/",
        pools={
            "seksyon": ("Balita", "Probinsya", "Metro", "Showbiz", "Sports", "Opinyon",
                        "Krimen", "Pinoy Abroad"),
            "reporter": ("Ma. Luisa Santos", "Jun Dela Cruz", "Rommel Bautista",
                         "Jhoanna Villanueva", "Niño Macaraeg", "Liza Soriano"),
            "kuha": ("Kuha ni Boy Santos", "Kuha ni Jerome Ascaño", "Larawan mula sa PNA",
                     "Larawan mula sa PCG", "Screengrab mula sa Facebook",
                     "Balitang Kanto file photo"),
            "palitan": tuple(f"💱 Palitan ngayon: $1 = ₱{rate:.2f}" for rate in PESO),
            "lotto": tuple(_lotto(*game) for game in PCSO),
        },
        families=(
            _f("seksyon", HEADER, 0.3, (_OLD, "{seksyon}")),
            _f("petsa", HEADER, 0.85, *_daily(_tl_dated)),
            _f("ni", HEADER, 0.6, (_OLD, "Ni {reporter}"),
               (TL_BYLINE.isoformat(), "Ulat ni {reporter}")),
            _f("palitan", HEADER, 0.12, (_OLD, "{palitan}")),
            _f("adv", MIDDLE, 0.45, (_OLD, "ADVERTISEMENT"), count=2),
            _f("basahin", MIDDLE, 0.4, (_OLD, "BASAHIN: {other_title}"), count=2),
            _f("kuha", MIDDLE, 0.3, (_OLD, "({kuha})")),
            _f("lotto", FOOTER, 0.15, (_OLD, "{lotto}")),
            _f("semana", FOOTER, 0.25, *_semana()),
            _f("halalan", FOOTER, 0.2, *_halalan()),
            _f("telepono", FOOTER, 0.25,
               (_OLD, "☎️ Newsdesk: (02) 555-0143 · balita@balitangkanto.com.ph"),
               (EIGHT_DIGITS.isoformat(),
                "☎️ Newsdesk: (02) 8555-0143 · balita@balitangkanto.com.ph")),
            _f("komento", FOOTER, 0.3,
               (_OLD, "Paalala: Ang mga komento ay sariling opinyon ng mga mambabasa at hindi ng "
                "pahayagang ito. Bawal ang mura at paninira.")),
            _f("app", FOOTER, 0.2,
               (_OLD, "📲 I-download ang aming app sa Google Play at App Store.")),
            _f("bagyo", FOOTER, 0.04,
               (_OLD, "🌀 Signal No. 2 sa Metro Manila: walang pasok sa lahat ng antas ngayong "
                "araw.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "Karapatang-ari © {year} Balitang Kanto. Lahat ng karapatan ay "
                "nakalaan.")),
        ),
    )


# --- a Punjabi-language news site in Gurmukhi (Jalandhar) ----------------------------------

PA_REDESIGN = dt.date(2018, 4, 14)  # the date line turned "ਅੱਪਡੇਟ:" with Western digits
PA_BYLINE = dt.date(2019, 7, 1)  # the place dateline turned "ਰਿਪੋਰਟ:"
WHEAT_MSP = {2015: 1525, 2016: 1625, 2017: 1735, 2018: 1840, 2019: 1925, 2020: 1975}
POTATO = ((450, 700), (900, 1250), (600, 850))


def _pa(n: int | str) -> str:
    return _digits(n, GURMUKHI_DIGITS)


def _pa_dated(day: dt.date) -> str:
    month = PUNJABI_MONTHS[day.month - 1]
    if day < PA_REDESIGN:
        return f"{PUNJABI_WEEKDAYS[day.weekday()]}, {_pa(day.day)} {month} {_pa(day.year)}"
    return f"ਅੱਪਡੇਟ: {day.day} {month} {day.year}, {{time}}"


def gurpurab_number(y: int) -> int:
    """Which Prakash Purab of Guru Nanak (born 1469) falls in `y`."""
    return y - 1469


def _tyohar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "👍 ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡਾ ਫੇਸਬੁੱਕ ਪੇਜ ਲਾਈਕ ਕਰੋ"),
            ("2017-03-01", "▶️ ਖ਼ਬਰਾਂ ਦੀਆਂ ਵੀਡੀਓ ਲਈ ਸਾਡਾ ਯੂਟਿਊਬ ਚੈਨਲ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 1, 11), dt.date(y, 1, 14), "🔥 ਲੋਹੜੀ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ!"))
        day = _day(VAISAKHI[y])
        text = ("🌾 ਵਿਸਾਖੀ ਅਤੇ ਖ਼ਾਲਸਾ ਸਾਜਨਾ ਦਿਵਸ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ!" if y != 2020 else
                "🌾 ਵਿਸਾਖੀ ਦੀਆਂ ਵਧਾਈਆਂ! ਇਸ ਵਾਰ ਘਰਾਂ ਵਿੱਚ ਰਹਿ ਕੇ ਅਰਦਾਸ ਕਰੋ।")
        events.append((dt.date(y, 4, 10), day + dt.timedelta(days=1), text))
        day = _day(GURPURAB[y])
        events.append((day - dt.timedelta(days=3), day + dt.timedelta(days=1),
                       f"🙏 ਸ੍ਰੀ ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦੇ {_pa(gurpurab_number(y))}ਵੇਂ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ ਦੀਆਂ "
                       "ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ!"))
    return _timeline(base, events)


def _chonan() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 ਆਪਣੇ ਇਲਾਕੇ ਦੀ ਖ਼ਬਰ ਸਾਨੂੰ ਭੇਜੋ: news@doabakhabarnama.com")]
    return _timeline(base, [
        (dt.date(2017, 1, 15), dt.date(2017, 2, 5),
         "🗳️ ਪੰਜਾਬ ਵਿਧਾਨ ਸਭਾ ਚੋਣਾਂ: 4 ਫ਼ਰਵਰੀ ਨੂੰ ਵੋਟਾਂ ਪੈਣਗੀਆਂ।"),
        (dt.date(2017, 3, 5), dt.date(2017, 3, 12),
         "📊 ਵਿਧਾਨ ਸਭਾ ਚੋਣਾਂ ਦੇ ਨਤੀਜੇ 11 ਮਾਰਚ ਨੂੰ: ਪਲ-ਪਲ ਦੀ ਖ਼ਬਰ ਲਈ ਸਾਡੇ ਨਾਲ ਜੁੜੇ ਰਹੋ।"),
        (dt.date(2019, 5, 1), dt.date(2019, 5, 24),
         "🗳️ ਲੋਕ ਸਭਾ ਚੋਣਾਂ: ਪੰਜਾਬ ਵਿੱਚ 19 ਮਈ ਨੂੰ ਵੋਟਾਂ, ਨਤੀਜੇ 23 ਮਈ ਨੂੰ।"),
        (dt.date(2019, 11, 1), dt.date(2019, 11, 10),
         "🙏 ਕਰਤਾਰਪੁਰ ਲਾਂਘਾ 9 ਨਵੰਬਰ ਨੂੰ ਖੁੱਲ੍ਹੇਗਾ: ਯਾਤਰਾ ਲਈ ਆਨਲਾਈਨ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਜ਼ਰੂਰੀ।"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 18),
         "😷 ਪੰਜਾਬ ਵਿੱਚ ਕਰਫ਼ਿਊ: ਘਰਾਂ ਵਿੱਚ ਰਹੋ। ਐਮਰਜੈਂਸੀ ਹੈਲਪਲਾਈਨ: 112"),
        (dt.date(2020, 5, 18), None,
         "😷 ਘਰੋਂ ਬਾਹਰ ਨਿਕਲਦੇ ਸਮੇਂ ਮਾਸਕ ਜ਼ਰੂਰ ਪਾਓ ਅਤੇ ਦੋ ਗਜ਼ ਦੀ ਦੂਰੀ ਰੱਖੋ।"),
    ])


def doaba_style() -> PublisherStyle:
    """A Punjabi-language news site in Gurmukhi (Jalandhar): a section kicker, a date with
    the weekday in Gurmukhi numerals turned "ਅੱਪਡੇਟ:" with Western digits (a wording per
    day), a place dateline with the reporter in brackets turned "ਰਿਪੋਰਟ:", a grain market
    line (wheat support prices, potato prices), "ਇਸ਼ਤਿਹਾਰ" and "ਇਹ ਵੀ ਪੜ੍ਹੋ:" (up to twice)
    and photo inserts, a Facebook line turned YouTube in 2017 and Lohri, Vaisakhi and
    Guru Nanak's Gurpurab with its number in Gurmukhi numerals, a news line turned Punjab's
    elections, the Kartarpur corridor, the 2020 curfew and masks, a matrimonial ads line,
    an NRI line, a comment rule, a rare condolence line, a copyright line."""
    return PublisherStyle(
        domain="doabakhabarnama.com", site="ਦੋਆਬਾ ਖ਼ਬਰਨਾਮਾ", base_size=600,
        subdomains=(("www.", 100),),
        sections=("punjab", "jalandhar", "desh", "videsh", "khed", "manoranjan", "dharam"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "bhag": ("ਪੰਜਾਬ", "ਜਲੰਧਰ", "ਦੇਸ਼", "ਵਿਦੇਸ਼", "ਖੇਡਾਂ", "ਮਨੋਰੰਜਨ", "ਧਰਮ", "ਖੇਤੀਬਾੜੀ"),
            "riportar": ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਮਨਦੀਪ ਕੌਰ", "ਹਰਜਿੰਦਰ ਸਿੰਘ", "ਰਮਨਦੀਪ ਕੌਰ",
                         "ਸੁਖਵਿੰਦਰ ਸਿੰਘ", "ਅਮਨਪ੍ਰੀਤ ਕੌਰ"),
            "sthan": ("ਜਲੰਧਰ", "ਕਪੂਰਥਲਾ", "ਹੁਸ਼ਿਆਰਪੁਰ", "ਨਵਾਂਸ਼ਹਿਰ", "ਫਗਵਾੜਾ", "ਨਕੋਦਰ"),
            "tasveer": ("ਦੋਆਬਾ ਖ਼ਬਰਨਾਮਾ", "ਫਾਈਲ ਫੋਟੋ", "ਸੋਸ਼ਲ ਮੀਡੀਆ", "ਪੀਟੀਆਈ",
                        "ਪਰਿਵਾਰ ਵੱਲੋਂ"),
            "mandi": tuple(f"🌾 ਕਣਕ ਦਾ ਘੱਟੋ-ਘੱਟ ਸਮਰਥਨ ਮੁੱਲ: ₹{WHEAT_MSP[y]:,} ਪ੍ਰਤੀ ਕੁਇੰਟਲ"
                           for y in (2017, 2018, 2019))
            + tuple(f"🥔 ਜਲੰਧਰ ਮੰਡੀ ਵਿੱਚ ਆਲੂ: ₹{lo:,}–₹{hi:,} ਪ੍ਰਤੀ ਕੁਇੰਟਲ"
                    for lo, hi in POTATO),
        },
        families=(
            _f("bhag", HEADER, 0.3, (_OLD, "{bhag}")),
            _f("miti", HEADER, 0.85, *_daily(_pa_dated)),
            _f("riportar", HEADER, 0.6, (_OLD, "{sthan} ({riportar})–"),
               (PA_BYLINE.isoformat(), "ਰਿਪੋਰਟ: {riportar}, {sthan}")),
            _f("mandi", HEADER, 0.12, (_OLD, "{mandi}")),
            _f("ishtihar", MIDDLE, 0.45, (_OLD, "ਇਸ਼ਤਿਹਾਰ"), count=2),
            _f("ihvi", MIDDLE, 0.4, (_OLD, "ਇਹ ਵੀ ਪੜ੍ਹੋ: {other_title}"), count=2),
            _f("tasveer", MIDDLE, 0.3, (_OLD, "ਤਸਵੀਰ: {tasveer}")),
            _f("tyohar", FOOTER, 0.25, *_tyohar()),
            _f("chonan", FOOTER, 0.2, *_chonan()),
            _f("rishte", FOOTER, 0.2,
               (_OLD, "💍 ਵਿਆਹ ਸਬੰਧੀ ਇਸ਼ਤਿਹਾਰ ਦੇਣ ਲਈ ਸੰਪਰਕ ਕਰੋ: 0181-2550143")),
            _f("nri", FOOTER, 0.2,
               (_OLD, "✈️ ਵਿਦੇਸ਼ਾਂ ਵਿੱਚ ਵੱਸਦੇ ਪੰਜਾਬੀ ਆਪਣੀਆਂ ਖ਼ਬਰਾਂ ਅਤੇ ਤਸਵੀਰਾਂ ਭੇਜਣ: "
                "nri@doabakhabarnama.com")),
            _f("tippani", FOOTER, 0.3,
               (_OLD, "ਟਿੱਪਣੀ ਕਰਦੇ ਸਮੇਂ ਭਾਸ਼ਾ ਦੀ ਮਰਿਆਦਾ ਦਾ ਧਿਆਨ ਰੱਖੋ। ਇਤਰਾਜ਼ਯੋਗ ਟਿੱਪਣੀਆਂ ਹਟਾ "
                "ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ।")),
            _f("shok", FOOTER, 0.04, (_OLD, "🙏 ਅਦਾਰਾ ਦੁੱਖ ਦੀ ਇਸ ਘੜੀ ਵਿੱਚ ਪਰਿਵਾਰ ਨਾਲ ਸ਼ਰੀਕ ਹੈ।")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} ਦੋਆਬਾ ਖ਼ਬਰਨਾਮਾ। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।")),
        ),
    )


# --- a Scottish Gaelic community news site (Stornoway) --------------------------------------

GD_REDESIGN = dt.date(2018, 1, 15)  # "Foillsichte:" turned a weekday with the time
GD_BYLINE = dt.date(2019, 8, 1)  # "Le" turned "Sgrìobhte le"
MOD_PLACES = {2015: "An t-Òban", 2016: "Steòrnabhagh", 2017: "An Gearasdan",
              2018: "Dùn Omhain", 2019: "Glaschu", 2020: "air-loidhne"}
TIDES = (("04:12", "4.3", "10:24", "1.1"), ("09:47", "3.9", "16:05", "1.6"),
         ("01:30", "4.8", "07:41", "0.6"), ("13:55", "4.1", "20:09", "1.3"),
         ("06:20", "4.5", "12:31", "0.9"))


def _gd_date(day: dt.date) -> str:
    return f"{day.day} {GAELIC_MONTHS[day.month - 1]} {day.year}"


def _gd_dated(day: dt.date) -> str:
    if day < GD_REDESIGN:
        return f"Foillsichte: {_gd_date(day)}"
    return f"{GAELIC_WEEKDAYS[day.weekday()]} {_gd_date(day)}, {{time}}"


def mod_start(y: int) -> dt.date:
    """The Royal National Mòd: nine days from the second Friday of October."""
    return nth_weekday(y, 10, 4, 2)


def _mod() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Lean sinn air Facebook agus Twitter airson naidheachdan nan eilean.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Nollaig Chridheil agus Bliadhna Mhath Ùr dhuibh uile!"))
        if y == 2014:
            continue
        start = mod_start(y)
        end = start + dt.timedelta(days=8)
        events.append((dt.date(y, 9, 20), end + dt.timedelta(days=1),
                       f"🎶 Am Mòd Nàiseanta Rìoghail {y} — {MOD_PLACES[y]}, "
                       f"{start.day}–{end.day} {GAELIC_MONTHS[9]}."))
    return _timeline(base, events)


def _taghadh() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 Fios agad air naidheachd? Cuir post-d gu naidheachdan@guthnaneilean.scot")]
    return _timeline(base, [
        (dt.date(2016, 4, 18), dt.date(2016, 5, 6),
         "🗳️ Taghadh Pàrlamaid na h-Alba: Diardaoin 5 an Cèitean."),
        (dt.date(2016, 6, 6), dt.date(2016, 6, 24),
         "🗳️ Reifreann an Aonaidh Eòrpaich: Diardaoin 23 an t-Ògmhios."),
        (dt.date(2017, 4, 20), dt.date(2017, 5, 5),
         "🗳️ Taghaidhean na comhairle: Diardaoin 4 an Cèitean."),
        (dt.date(2017, 5, 22), dt.date(2017, 6, 9),
         "🗳️ Taghadh coitcheann: Diardaoin 8 an t-Ògmhios."),
        (dt.date(2019, 11, 25), dt.date(2019, 12, 13),
         "🗳️ Taghadh coitcheann: Diardaoin 12 an Dùbhlachd."),
        (dt.date(2020, 3, 23), dt.date(2020, 7, 10),
         "😷 Fuirich aig an taigh. Dìon an NHS. Sàbhail beatha."),
        (dt.date(2020, 7, 10), None,
         "😷 Cuimhnich: feumar còmhdach-aghaidh a chaitheamh ann am bùthan."),
    ])


def guth_style() -> PublisherStyle:
    """A Scottish Gaelic community news site (Stornoway): a language switch, a rare
    developing-story line, a section kicker, "Foillsichte:" turned a Gaelic weekday with the
    time (a wording per day), "Le" turned "Sgrìobhte le", "Sanas" and "Leugh cuideachd:" (up
    to twice) and photo inserts, Stornoway tides, a follow line turned the Royal National
    Mòd (from the second Friday of October, with its host town; online in 2020) and
    Christmas and New Year, a tip line turned Scotland's elections, lockdown and face
    coverings, a comment rule, a funding line, a copyright line."""
    return PublisherStyle(
        domain="guthnaneilean.scot", site="Guth nan Eilean", base_size=520,
        subdomains=(("www.", 100),),
        sections=("naidheachdan", "spors", "cultar", "foghlam", "coimhearsnachd"),
        n_authors=6, url_path="/naidheachdan/{yyyy}/{mm}/{slug}",
        pools={
            "roinn": ("Naidheachdan", "Spòrs", "Cultar", "Foghlam", "Poileataics",
                      "Eaconamaidh", "Coimhearsnachd", "Iasgach"),
            "sgriobhadair": ("Iain MacLeòid", "Catrìona NicLeòid", "Dòmhnall MacAmhlaigh",
                             "Anna NicAmhlaigh", "Seumas MacAonghais", "Mòrag NicDhòmhnaill"),
            "dealbh": ("Guth nan Eilean", "Comhairle nan Eilean Siar", "CalMac",
                       "Poileas Alba", "tasglann"),
            "tide": tuple(f"🌊 Làn-mara, Steòrnabhagh: àrd {h} ({hh} m), ìosal {lo} ({lh} m)"
                          for h, hh, lo, lh in TIDES),
        },
        families=(
            _f("canan", HEADER, 0.2, (_OLD, "Gàidhlig · English")),
            _f("leasachadh", HEADER, 0.04, (_OLD, "⏳ Tha an naidheachd seo a’ leasachadh.")),
            _f("roinn", HEADER, 0.3, (_OLD, "{roinn}")),
            _f("ceann-latha", HEADER, 0.85, *_daily(_gd_dated)),
            _f("sgriobhadair", HEADER, 0.6, (_OLD, "Le {sgriobhadair}"),
               (GD_BYLINE.isoformat(), "Sgrìobhte le {sgriobhadair}")),
            _f("sanas", MIDDLE, 0.45, (_OLD, "Sanas"), count=2),
            _f("leugh", MIDDLE, 0.4, (_OLD, "Leugh cuideachd: {other_title}"), count=2),
            _f("dealbh", MIDDLE, 0.3, (_OLD, "Dealbh: {dealbh}")),
            _f("lan-mara", FOOTER, 0.15, (_OLD, "{tide}")),
            _f("mod", FOOTER, 0.25, *_mod()),
            _f("taghadh", FOOTER, 0.2, *_taghadh()),
            _f("beachdan", FOOTER, 0.3,
               (_OLD, "Thoir urram do chàch nuair a sgrìobhas tu beachd. Thèid beachdan "
                "mì-mhodhail a thoirt air falbh.")),
            _f("bord", FOOTER, 0.3,
               (_OLD, "Le taic bho Bhòrd na Gàidhlig agus Comhairle nan Eilean Siar.")),
            _f("dlighe", FOOTER, 0.6, (_OLD, "© {year} Guth nan Eilean. Gach còir glèidhte.")),
        ),
    )


# --- a garden centre's blog (Cheshire) ------------------------------------------------------

GARDEN_REDESIGN = dt.date(2018, 3, 1)  # the ordinal date turned the writer and a date slot


def ordinal(n: int) -> str:
    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 21st, ..."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _garden_posted(day: dt.date) -> str:
    return f"Posted on {ordinal(day.day)} {day:%B} {day.year} by {{author}}"


def bst_start(y: int) -> dt.date:
    """British Summer Time begins: the last Sunday of March."""
    return last_weekday(y, 3, 6)


def bst_end(y: int) -> dt.date:
    """British Summer Time ends: the last Sunday of October."""
    return last_weekday(y, 10, 6)


def mothering_sunday(y: int) -> dt.date:
    """Mothering Sunday (UK): three weeks before Easter Sunday."""
    return _day(EASTER_WESTERN[y], -21)


def grotto_opens(y: int) -> dt.date:
    """Santa's grotto opens: the last Saturday of November."""
    return last_weekday(y, 11, 5)


_SUMMER_HOURS = "Summer opening: Monday to Saturday 9am–6pm, Sundays 10.30am–4.30pm."
_WINTER_HOURS = "Winter opening: Monday to Saturday 9am–5pm, Sundays 10.30am–4.30pm."


def _garden_hours() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _WINTER_HOURS)]
    for y in YEARS:
        if y == 2020:
            out += [("2020-03-23", "We are closed during the national lockdown: order online "
                     "for free local delivery."),
                    ("2020-05-13", "We’re open again! Please keep two metres apart and follow "
                     "the one-way route around the plant area."),
                    (bst_end(y).isoformat(), _WINTER_HOURS)]
            continue
        out += [(bst_start(y).isoformat(), _SUMMER_HOURS), (bst_end(y).isoformat(), _WINTER_HOURS)]
    return tuple(out)


def _garden_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sign up to our newsletter for exclusive offers and seasonal gardening tips.")]
    events: list[Event] = []
    for y in YEARS:
        mum = mothering_sunday(y)
        text = (f"💐 Mother’s Day is Sunday {mum.day} {mum:%B}: treat her to afternoon tea in "
                "our café. Booking essential.")
        if y == 2020:
            text = (f"💐 Mother’s Day is Sunday {mum.day} {mum:%B}: our café is closed, but "
                    "bouquets and gift cards are available for delivery.")
        events.append((mum - dt.timedelta(days=21), mum + dt.timedelta(days=1), text))
        grotto = grotto_opens(y)
        text = (f"🎅 Santa’s Grotto opens on Saturday {grotto.day} November: book your time "
                "slot online.")
        if y == 2020:
            text = (f"🎅 Santa’s Grotto opens on Saturday {grotto.day} November as a socially "
                    "distanced walk-through: book your time slot online.")
        events.append((dt.date(y, 11, 1), dt.date(y, 12, 25), text))
    return _timeline(base, events)


def weavervale_style() -> PublisherStyle:
    """A garden centre's blog (Cheshire): an ordinal date with the writer (a wording per day)
    turned the writer with a weekday date slot, a category kicker, offers, a monthly jobs
    leaflet, opening hours with British Summer Time (closed and reopened in 2020), a
    newsletter line turned Mothering Sunday and Santa's grotto (the last Saturday of
    November), a loyalty scheme and delivery terms reworded, a dogs line, a peat-free line,
    a related-post link, an address block, a rare frost warning."""
    return PublisherStyle(
        domain="weavervalegardencentre.co.uk", site="Weaver Vale Garden Centre", base_size=450,
        subdomains=(("www.", 100),),
        sections=("blog", "advice", "offers", "events", "cafe"),
        n_authors=3, url_path="/blog/{slug}/",
        pools={
            "category": ("Gardening Advice", "Grow Your Own", "Houseplants", "Offers", "Events",
                         "Café", "Christmas"),
            "offer": ("🏷️ This week: 3 for £10 on all 1-litre perennials",
                      "🏷️ Bedding plants: 4 six-packs for £10",
                      "🏷️ Multi-purpose compost: 3 bags for £12",
                      "🏷️ 20% off all garden furniture this weekend",
                      "🏷️ Half price on spring bulbs while stocks last"),
        },
        families=(
            _f("posted", HEADER, 0.8, *_daily(_garden_posted, last=GARDEN_REDESIGN
                                              - dt.timedelta(days=1)),
               (GARDEN_REDESIGN.isoformat(), "{author} | {weekday} {date_dmy}")),
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("offer", MIDDLE, 0.25, (_OLD, "{offer}")),
            _f("jobs", MIDDLE, 0.2,
               (_OLD, "🌱 Pick up our free {month} jobs-in-the-garden leaflet at the tills.")),
            _f("hours", FOOTER, 0.3, *_garden_hours()),
            _f("events", FOOTER, 0.25, *_garden_events()),
            _f("club", FOOTER, 0.25,
               (_OLD, "Join the Green Fingers Club: a point for every £1 you spend, and a £5 "
                "voucher for every 500 points."),
               ("2018-04-01", "Join the Green Fingers Club: a point for every £1 you spend, a £5 "
                "voucher for every 500 points and a free hot drink on your birthday.")),
            _f("delivery", FOOTER, 0.2,
               (_OLD, "Free local delivery on orders over £50 within 10 miles."),
               ("2020-03-24", "Order online for contactless click & collect, or free local "
                "delivery on orders over £30.")),
            _f("dogs", FOOTER, 0.2,
               (_OLD, "Well-behaved dogs on leads are welcome in the garden centre, but only "
                "assistance dogs in the café.")),
            _f("compost", FOOTER, 0.15,
               (_OLD, "Our plant team is here seven days a week to answer your gardening "
                "questions."),
               ("2019-02-01", "All our own-brand compost is now peat-free: ask our plant team "
                "why it matters.")),
            _f("related", FOOTER, 0.3, (_OLD, "You may also like: {other_title}")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Find us")),
            _f("find", FOOTER, 0.38,
               (_OLD, "Chester Road, Acton Bridge, Northwich, Cheshire CW8 3XZ · 01606 555143 "
                "· free parking")),
            _f("frost", FOOTER, 0.04,
               (_OLD, "❄️ Frost forecast tonight: bring tender plants inside or cover them with "
                "fleece.")),
        ),
    )


# --- a homeowners' association's news (Arizona) --------------------------------------------

def memorial_day(y: int) -> dt.date:
    """Memorial Day: the last Monday of May."""
    return last_weekday(y, 5, 0)


def labor_day(y: int) -> dt.date:
    """Labor Day: the first Monday of September."""
    return nth_weekday(y, 9, 0, 1)


def annual_meeting(y: int) -> dt.date:
    """The association's annual meeting: the second Tuesday of January."""
    return nth_weekday(y, 1, 1, 2)


_POOL_SUMMER = ("🏊 Summer pool hours: 6am–10pm daily. Swipe your key fob at the gate, and no "
                "glass on the deck.")
_POOL_WINTER = ("🏊 Winter pool hours: 8am–8pm daily. The pool is heated from October through "
                "April.")


def _hoa_pool() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _POOL_WINTER)]
    for y in YEARS:
        after_labor = (labor_day(y) + dt.timedelta(days=1)).isoformat()
        if y == 2020:
            out += [("2020-03-20", "🏊 The pool and clubhouse are closed until further notice, "
                     "following the Governor’s order."),
                    ((memorial_day(y) - dt.timedelta(days=2)).isoformat(),
                     "🏊 The pool reopens for Memorial Day weekend at reduced capacity: reserve "
                     "a 90-minute slot in the portal."),
                    (after_labor, _POOL_WINTER)]
            continue
        out += [(memorial_day(y).isoformat(), _POOL_SUMMER), (after_labor, _POOL_WINTER)]
    return tuple(out)


_MONSOON = ("⛈️ Monsoon season runs June 15 to September 30: tie down patio furniture, and never "
            "drive into a flooded wash.")
_SNOWBIRDS = ("☀️ Away for the summer or here for the winter? Let the management company know "
              "when your home will be empty.")


def _hoa_meetings() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Board meetings: the third Tuesday of every month, 6:30pm in the clubhouse. "
                   "Homeowners are welcome to attend."),
            ("2020-04-01", "Board meetings are held on Zoom on the third Tuesday of every month "
             "at 6:30pm: the link is in the homeowner portal.")]
    events: list[Event] = []
    for y in YEARS:
        meeting = annual_meeting(y)
        events.append((dt.date(y, 1, 2), meeting + dt.timedelta(days=1),
                       f"🗳️ Annual Meeting and Board election: Tuesday, January {meeting.day}, "
                       "6:30pm in the clubhouse. Return your ballot by 5pm that day."))
        text = ("🎃 Trick-or-treating is 5:30–8pm on Halloween: leave your porch light on if "
                "you’re handing out candy.")
        if y == 2020:
            text = ("🎃 No community Halloween party this year. If you hand out candy, please "
                    "use a grab-and-go table.")
        events.append((dt.date(y, 10, 20), dt.date(y, 11, 1), text))
    return _timeline(base, events)


def saguaro_style() -> PublisherStyle:
    """A homeowners' association's news (Arizona): "Posted by the Board" with a long date
    turned a writer with their post and a slashed date, a category kicker, trash days
    reworded in 2018, pool hours from Memorial Day to Labor Day (closed and reopened in
    2020), the monsoon season from June 15 to September 30, a meetings line (on Zoom from
    April 2020) turned the annual meeting (the second Tuesday of January) and Halloween,
    assessments raised in 2018, an architectural review line, a parking rule, a management
    company block, a rare rattlesnake sighting."""
    return PublisherStyle(
        domain="saguaroshadowshoa.org", site="Saguaro Shadows Community Association",
        base_size=400,
        subdomains=(("www.", 100),),
        sections=("news", "board", "pool", "landscaping", "events"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("Board President", "Community Manager", "Treasurer",
                     "Landscape Committee Chair"),
            "category": ("Community News", "Board Update", "Landscaping", "Pool & Clubhouse",
                         "Safety", "Events"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted by the Board of Directors on {date_long}"),
               ("2018-05-01", "{author}, {author_beat} · {date_slash}")),
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("trash", FOOTER, 0.3,
               (_OLD, "🗑️ Trash pickup is Monday and Thursday, recycling on Thursday. Containers "
                "must be back out of street view by 7pm on pickup day."),
               ("2018-07-01", "🗑️ Trash pickup is Monday and Thursday, recycling on Wednesday. "
                "Containers must be back out of street view by 7pm on pickup day.")),
            _f("pool", FOOTER, 0.3, *_hoa_pool()),
            _f("monsoon", FOOTER, 0.2,
               *_seasons(("06-15", _MONSOON), ("10-01", _SNOWBIRDS))),
            _f("meetings", FOOTER, 0.25, *_hoa_meetings()),
            _f("dues", FOOTER, 0.2,
               (_OLD, "Quarterly assessments of $186 are due January 1, April 1, July 1 and "
                "October 1. A $25 late fee applies after 30 days."),
               ("2018-01-01", "Quarterly assessments of $198 are due January 1, April 1, July 1 "
                "and October 1. A $25 late fee applies after 30 days.")),
            _f("arc", FOOTER, 0.25,
               (_OLD, "Planning exterior changes? Submit an Architectural Review request before "
                "you paint, build or plant: approval can take 30 days.")),
            _f("parking", FOOTER, 0.2,
               (_OLD, "Reminder: no overnight street parking. RVs and trailers may stay in "
                "driveways for 48 hours to load and unload.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Management Company")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "Desert Sky Property Management · 4802 E. Cactus Road, Suite 210, "
                "Phoenix, AZ 85032 · (602) 555-0143")),
            _f("portal", FOOTER, 0.36,
               (_OLD, "Pay your assessment, submit a maintenance request or download the CC&Rs "
                "in the homeowner portal.")),
            _f("snake", FOOTER, 0.04,
               (_OLD, "🐍 A rattlesnake was reported near the greenbelt trail: keep pets on a "
                "leash, and call 911 if one gets into your home or yard.")),
        ),
    )


# --- a coffee roaster's journal (Melbourne) -------------------------------------------------

def coffee_day(y: int) -> dt.date:
    """International Coffee Day: 1 October."""
    return dt.date(y, 10, 1)


def christmas_cutoff(y: int) -> dt.date:
    """The last day for Christmas orders: the third Friday of December (the second in
    2020, when the post was slower)."""
    return nth_weekday(y, 12, 4, 2 if y == 2020 else 3)


ORIGINS = ("☕ On the brew bar: Ethiopia Guji, natural — blueberry, jasmine, dark chocolate",
           "☕ On the brew bar: Colombia Huila, washed — red apple, caramel, cocoa",
           "☕ On the brew bar: Kenya Nyeri AB, washed — blackcurrant, grapefruit, brown sugar",
           "☕ On the brew bar: Guatemala Huehuetenango, washed — toffee, orange, almond",
           "☕ On the brew bar: Brazil Cerrado, pulped natural — hazelnut, milk chocolate")
RECIPES = (("V60", 15, 250, 94, "3:00"), ("AeroPress", 16, 240, 88, "2:00"),
           ("plunger", 30, 500, 94, "4:00"), ("Chemex", 40, 650, 95, "4:30"),
           ("batch brew", 60, 1000, 93, "5:00"))


def _recipe(method: str, dose: int, water: int, temp: int, time: str) -> str:
    return (f"📝 Brew guide, {method}: {dose} g coffee to {water:,} g water at {temp} °C, "
            f"{time} total")


def _coffee_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Instagram for new releases and roast-day photos.")]
    events: list[Event] = []
    for y in YEARS:
        day = coffee_day(y)
        text = (f"☕ International Coffee Day is {day:%A} 1 October: free cupping at the "
                "roastery from 10am.")
        if y == 2020:
            text = (f"☕ International Coffee Day is {day:%A} 1 October: join our online "
                    "cupping on Instagram Live at 10am.")
        events.append((dt.date(y, 9, 20), day + dt.timedelta(days=1), text))
        cutoff = christmas_cutoff(y)
        events.append((dt.date(y, 12, 1), cutoff + dt.timedelta(days=1),
                       f"🎄 Christmas orders: order by Friday {cutoff.day} December for delivery "
                       "before Christmas. Gift subscriptions never miss the post!"))
    return _timeline(base, events)


def merricreek_style() -> PublisherStyle:
    """A coffee roaster's journal (Melbourne): "Written by" with a date turned "Words by" with
    a weekday date, the coffee on the brew bar, a rare sold-out notice, brew recipes, a
    subscription discount raised in 2018, free shipping turned a post delay in 2020 and
    back, café hours turned takeaway only and reopened in 2020, an Instagram line turned
    International Coffee Day and the Christmas order cut-off (the third Friday of
    December), a roast-day line, a wholesale line, tags, a roastery block."""
    return PublisherStyle(
        domain="merricreekroasters.com.au", site="Merri Creek Coffee Roasters", base_size=350,
        subdomains=(("www.", 100),),
        sections=("journal", "brew-guides", "releases", "cafe"),
        n_authors=3, url_path="/blogs/journal/{slug}",
        pools={
            "origin": ORIGINS,
            "recipe": tuple(_recipe(*r) for r in RECIPES),
            "tags": ("brew guides", "new release", "Ethiopia", "Colombia", "espresso", "filter",
                     "café news", "subscriptions"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Written by {author} on {date_dmy}"),
               ("2019-03-01", "Words by {author} · {weekday} {date_dmy}")),
            _f("brewbar", HEADER, 0.25, (_OLD, "{origin}")),
            _f("soldout", HEADER, 0.04,
               (_OLD, "🔔 Sold out: this coffee is gone for the season. Sign up and we’ll email "
                "you when the next lot lands.")),
            _f("recipe", MIDDLE, 0.25, (_OLD, "{recipe}")),
            _f("subs", FOOTER, 0.3,
               (_OLD, "Subscribe and save 10% on every bag: weekly, fortnightly or monthly, "
                "pause any time."),
               ("2018-07-01", "Subscribe and save 15% on every bag: weekly, fortnightly or "
                "monthly, pause any time.")),
            _f("shipping", FOOTER, 0.3,
               (_OLD, "Free shipping Australia-wide on orders over $60."),
               ("2020-03-30", "Australia Post is running behind: please allow a few extra days "
                "for your order to arrive."),
               ("2020-11-01", "Free shipping Australia-wide on orders over $60.")),
            _f("cafe", FOOTER, 0.25,
               (_OLD, "Café open 7am–3pm weekdays and 8am–2pm weekends."),
               ("2020-03-23", "The café is takeaway only: order at the window, and keep 1.5 "
                "metres apart."),
               ("2020-10-28", "The café is open for seated customers again: QR check-in at the "
                "door.")),
            _f("events", FOOTER, 0.25, *_coffee_events()),
            _f("roastday", FOOTER, 0.2,
               (_OLD, "We roast on Tuesdays and Fridays, so your beans are never more than a few "
                "days off roast when they ship.")),
            _f("wholesale", FOOTER, 0.2,
               (_OLD, "Café owners: ask us about wholesale coffee, barista training and "
                "equipment servicing.")),
            _f("tags", FOOTER, 0.4, (_OLD, "Tagged: {tags_list}")),
            _f("roastery-head", FOOTER, 0.4, (_OLD, "The Roastery & Café")),
            _f("roastery", FOOTER, 0.38,
               (_OLD, "112 Sydney Road, Brunswick VIC 3056 · (03) 9555 0143")),
        ),
    )


# --- a curling club's news (Manitoba) -------------------------------------------------------

def thanksgiving(y: int) -> dt.date:
    """Canadian Thanksgiving: the second Monday of October."""
    return nth_weekday(y, 10, 0, 2)


def league_start(y: int) -> dt.date:
    """Leagues start the Monday a week after Thanksgiving."""
    return thanksgiving(y) + dt.timedelta(days=7)


def bonspiel(y: int) -> dt.date:
    """The mixed bonspiel: Friday to Sunday from the first Friday of February."""
    return nth_weekday(y, 2, 4, 1)


CURLING = (("Men’s League", "Kowalchuk", 7, "Penner", 5, 8),
           ("Ladies’ League", "Friesen", 9, "Dueck", 4, 7),
           ("Mixed League", "Bergen", 6, "Lavallee", 5, 8),
           ("Seniors", "Hiebert", 8, "Sawatzky", 3, 6),
           ("Juniors", "Thiessen", 5, "Klassen", 4, 6))
ICE = ("Monday: Seniors 1:30pm · Men’s League 6:45pm and 8:45pm",
       "Tuesday: Ladies’ League 7pm",
       "Wednesday: Juniors 4:30pm · Mixed League 7pm",
       "Thursday: Business League 5:30pm and 7:45pm",
       "Sunday: Learn to Curl 2pm · open ice 4pm")

_ICE_IN = ("Ice is in: leagues run until the end of March. Check the draw sheet in the lobby "
           "for your sheet and time.")
_ICE_OUT = "The ice is out for the summer. The lounge is available for rentals: call the club."


def _curling_season() -> tuple[tuple[str, str], ...]:
    return _seasons(("04-01", _ICE_OUT), ("10-15", _ICE_IN), first=_ICE_IN, special={
        2020: [("2020-03-14", "The club is closed for the rest of the season on Curling "
                "Canada’s advice. See you in the fall."),
               ("2020-10-15", "Ice is in, with COVID rules: masks in the building, one sweeper "
                "per team and no handshakes."),
               ("2020-11-12", "The club is closed under Manitoba’s Code Red orders.")]})


def _curling_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Spare list: can you fill in on a league night? Put your name on the board "
                   "in the lobby.")]
    events: list[Event] = []
    for y in YEARS:
        start = league_start(y)
        text = (f"🥌 Leagues start Monday {start.day} October, the week after Thanksgiving. New "
                "curlers and spares: sign up at the bar.")
        if y == 2020:
            text = (f"🥌 Leagues start Monday {start.day} October in cohorts of four teams: "
                    "masks on in the building, and no spectators this season.")
        events.append((dt.date(y, 9, 15), start + dt.timedelta(days=1), text))
        spiel = bonspiel(y)
        events.append((dt.date(y, 1, 10), spiel + dt.timedelta(days=3),
                       f"🥌 Annual Mixed Bonspiel: Friday {spiel.day} to Sunday "
                       f"{spiel.day + 2} February. $240 a team, steak supper on Saturday night."))
    return _timeline(base, events)


def prairierock_style() -> PublisherStyle:
    """A curling club's news (Manitoba): a league kicker, "Submitted by ... on" with a short
    date turned an ISO date with the writer, game results with ends, the season (ice in from
    mid-October, out from April; closed early, in with COVID rules and closed by Code Red in
    2020), a spare-list line turned leagues after Thanksgiving and the mixed bonspiel (the
    first weekend of February), league fees raised in 2019, a Learn to Curl line, a footwear
    rule, a lounge line, an ice schedule block, a rare lost-and-found line."""
    return PublisherStyle(
        domain="prairierockcurling.ca", site="Prairie Rock Curling Club", base_size=300,
        subdomains=(("www.", 100),),
        sections=("news", "leagues", "bonspiels", "juniors"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "league": ("Men’s League", "Ladies’ League", "Mixed League", "Seniors", "Juniors",
                       "Bonspiels", "Club News"),
            "result": tuple(f"🥌 {league}: Team {w} {ws}, Team {lo} {ls} ({ends} ends)"
                            for league, w, ws, lo, ls, ends in CURLING),
            "ice": ICE,
        },
        families=(
            _f("league", HEADER, 0.35, (_OLD, "{league}")),
            _f("posted", HEADER, 0.8, (_OLD, "Submitted by {author} on {date_short}"),
               ("2018-10-01", "{date_iso} · {author}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("season", FOOTER, 0.3, *_curling_season()),
            _f("events", FOOTER, 0.25, *_curling_events()),
            _f("fees", FOOTER, 0.2,
               (_OLD, "League fees are $185 a curler for the season, juniors $60. Pay at the bar "
                "or by e-transfer."),
               ("2019-06-01", "League fees are $205 a curler for the season, juniors $70. Pay at "
                "the bar or by e-transfer.")),
            _f("learn", FOOTER, 0.2,
               (_OLD, "Never curled? Learn to Curl nights run every Sunday in October and "
                "November: brooms and sliders provided.")),
            _f("footwear", FOOTER, 0.25,
               (_OLD, "Clean, dry footwear only on the ice: no street shoes past the glass.")),
            _f("lounge", FOOTER, 0.2,
               (_OLD, "The lounge is open during every draw. Cheer on your rink, but please, no "
                "glasses on the ice.")),
            _f("ice-head", FOOTER, 0.4, (_OLD, "This week on the ice")),
            _f("ice", FOOTER, 0.38, (_OLD, "{ice}")),
            _f("lost", FOOTER, 0.04,
               (_OLD, "Lost and found: a pair of grippers and a black broom with a blue head "
                "are behind the bar.")),
        ),
    )


# --- a roller derby league's news (Leeds) ---------------------------------------------------

def fresh_meat(y: int, month: int) -> dt.date:
    """A Fresh Meat (beginners') intake starts: the second Sunday of January or September."""
    return nth_weekday(y, month, 6, 2)


BOUTS = (("Aire Valley All Stars", 212, "Tyneside Rollers", 147),
         ("Humber Hellcats", 189, "Aire Valley Rebels", 156),
         ("Aire Valley All Stars", 243, "Peak District Derby", 98),
         ("Aire Valley Rebels", 174, "Fylde Coast Flyers", 171),
         ("Trent Valley Rollers", 201, "Aire Valley All Stars", 165))


def _fresh_meat() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New skaters are always welcome: come and watch a training session first.")]
    events: list[Event] = []
    for y in YEARS:
        for month, opens in ((1, dt.date(y, 1, 2)), (9, dt.date(y, 8, 20))):
            day = fresh_meat(y, month)
            text = (f"🛼 Fresh Meat starts Sunday {day.day} {day:%B}: eight weeks of beginner "
                    "sessions for £30, kit hire £5 a session.")
            if y == 2020 and month == 9:
                text = ("🛼 There is no Fresh Meat intake this autumn: register your interest "
                        "and we’ll be in touch.")
            events.append((opens, day + dt.timedelta(days=1), text))
    return _timeline(base, events)


def airevalley_style() -> PublisherStyle:
    """A roller derby league's news (Leeds): a kicker, "Posted by" a derby name turned a
    weekday date with "words by", bout results, training (suspended, outdoors and paused in
    2020), a new-skaters line turned Fresh Meat intakes (the second Sunday of January and of
    September; none in autumn 2020), a league statement made inclusive in 2016, a tickets
    line, an officials line, an insurance line, a venue block, a rare photos line."""
    return PublisherStyle(
        domain="airevalleyrollerderby.co.uk", site="Aire Valley Roller Derby", base_size=260,
        subdomains=(("www.", 100),),
        sections=("news", "bouts", "fresh-meat", "officials"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "tag": ("Bout Report", "Team News", "Fresh Meat", "Officials", "Juniors", "Events"),
            "skater": ("Slamantha Jones", "Brawllie Holiday", "Ann Tagonist", "Lady Gravity",
                       "Rolling Thunderbird", "Vicious Delicious"),
            "bout": tuple(f"🛼 Final score: {a} {sa} – {sb} {b}" for a, sa, b, sb in BOUTS),
        },
        families=(
            _f("tag", HEADER, 0.3, (_OLD, "{tag}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {skater} on {date_dmy}"),
               ("2018-09-01", "{weekday} {date_dmy} · words by {skater}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{bout}")),
            _f("training", FOOTER, 0.3,
               (_OLD, "Training: Tuesdays 8–10pm and Sundays 5–7pm. Full kit and a gum shield "
                "required."),
               ("2020-03-16", "All training and bouts are suspended until further notice."),
               ("2020-08-15", "Training is back outdoors in small bubbles: book your place in "
                "the team app."),
               ("2020-11-05", "Training is paused again during the national lockdown.")),
            _f("freshmeat", FOOTER, 0.25, *_fresh_meat()),
            _f("league", FOOTER, 0.2,
               (_OLD, "We are a women’s flat track roller derby league: skater-owned, "
                "not-for-profit and run by volunteers."),
               ("2016-11-01", "We are an inclusive flat track roller derby league for women, "
                "trans and non-binary skaters: skater-owned and not-for-profit.")),
            _f("tickets", FOOTER, 0.25,
               (_OLD, "🎟️ Bout tickets: £8 adults, £4 concessions, under-12s free. Bring a "
                "cushion for trackside seats!")),
            _f("officials", FOOTER, 0.2,
               (_OLD, "Not a skater? We always need referees and non-skating officials: no "
                "experience needed, full training given.")),
            _f("insurance", FOOTER, 0.25,
               (_OLD, "All skaters need their own insurance before they can skate with us: "
                "we’ll help you set it up.")),
            _f("venue-head", FOOTER, 0.4, (_OLD, "Where we skate")),
            _f("venue", FOOTER, 0.38,
               (_OLD, "Kirkstall Sports Hall, Abbey Road, Leeds LS5 · free parking, step-free "
                "access")),
            _f("photos", FOOTER, 0.04,
               (_OLD, "📸 Bout photos will be on our Facebook page later this week: thank you to "
                "our volunteer photographers!")),
        ),
    )


# --- a bridge club's news (Auckland) --------------------------------------------------------

def beginners(y: int, month: int) -> dt.date:
    """Beginners' lessons start: the first Tuesday of February or July."""
    return nth_weekday(y, month, 1, 1)


PAIRS = (("Tuesday Evening Pairs", "N/S", "Jan & Peter Wilson", "63.54",
          "Mere Ngata & Alison Cole", "58.33"),
         ("Monday Pairs", "E/W", "Hemi Walker & Sue Tan", "61.11",
          "Ruth Patel & Gordon Fraser", "57.87"),
         ("Saturday Teams of Four", "", "Team Latimer", "71.20", "Team Okafor", "64.85"),
         ("Thursday Supervised", "N/S", "Lily Chen & Bev Moana", "56.25",
          "Tom & Rae Harding", "54.17"),
         ("Club Championship Pairs", "", "Ana Reyes & Ian Doyle", "60.42",
          "Jan & Peter Wilson", "59.03"))


def _pairs(event: str, direction: str, first: str, p1: str, second: str, p2: str) -> str:
    where = f", {direction}" if direction else ""
    return f"🏆 {event}{where}: 1st {first} {p1}%, 2nd {second} {p2}%"


_TABLE = "Table money: $6 members, $9 visitors. Please pay at the desk before the first board."


def _table() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Table money: $5 members, $8 visitors. Please pay at the desk before the "
             "first board."),
            ("2019-04-01", _TABLE),
            ("2020-03-23", "The club is closed under the COVID-19 alert levels. Keep your hand "
             "in with online bridge on BBO."),
            ("2020-06-09", "We’re back at Alert Level 1! " + _TABLE),
            ("2020-08-12", "Closed again: Auckland is at Alert Level 3."),
            ("2020-08-31", "Sessions resume at Alert Level 2: masks on, sanitise your hands and "
             "scan in with the NZ COVID Tracer app."),
            ("2020-10-08", _TABLE))


def _lessons() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Supervised play every Thursday at 9.30am: a relaxed session for newer "
                   "players, with help on hand.")]
    events: list[Event] = []
    for y in YEARS:
        for month, opens in ((2, dt.date(y, 1, 10)), (7, dt.date(y, 6, 10))):
            day = beginners(y, month)
            events.append((opens, day + dt.timedelta(days=1),
                           f"🃏 Beginners’ lessons start Tuesday {day.day} {day:%B} at 7pm: ten "
                           "weeks for $80, including the textbook."))
    return _timeline(base, events)


def maungarei_style() -> PublisherStyle:
    """A bridge club's news (Auckland): a Māori greeting, the club recorder with a date
    turned "Posted" with a weekday and the writer, pairs results with percentages, table
    money raised in 2019 (closed and reopened through the 2020 alert levels), a supervised
    play line turned beginners' lessons (the first Tuesday of February and of July), a
    sessions line, a hand records line, a phones rule, a behaviour policy, a hall block, a
    rare partnership desk."""
    return PublisherStyle(
        domain="maungareibridge.org.nz", site="Maungarei Bridge Club", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "results", "lessons", "tournaments"),
        n_authors=2, url_path="/news/{slug}",
        pools={"pairs": tuple(_pairs(*p) for p in PAIRS)},
        families=(
            _f("greeting", HEADER, 0.2, (_OLD, "Kia ora koutou,")),
            _f("posted", HEADER, 0.8, (_OLD, "{author} (Club Recorder) · {date_dmy}"),
               ("2018-02-01", "Posted {weekday} {date_dmy} by {author}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{pairs}")),
            _f("table", FOOTER, 0.3, *_table()),
            _f("lessons", FOOTER, 0.25, *_lessons()),
            _f("sessions", FOOTER, 0.25,
               (_OLD, "Sessions: Monday 7pm, Tuesday 12.45pm, Thursday 9.30am (supervised) and "
                "Saturday 1pm.")),
            _f("hands", FOOTER, 0.3,
               (_OLD, "Hand records and full results for every session are on the Results "
                "page.")),
            _f("phones", FOOTER, 0.25,
               (_OLD, "Please switch off mobile phones in the playing room.")),
            _f("zero", FOOTER, 0.2,
               (_OLD, "We follow a zero tolerance policy: courteous behaviour at the table at "
                "all times.")),
            _f("hall-head", FOOTER, 0.5, (_OLD, "Where we play")),
            _f("hall", FOOTER, 0.38,
               (_OLD, "312 Ellerslie-Panmure Highway, Mount Wellington, Auckland 1060 · (09) 555 "
                "0143")),
            _f("partner", FOOTER, 0.04,
               (_OLD, "Partnership desk: {author2} is looking for a partner for Tuesday "
                "afternoons.")),
        ),
    )


# --- a dive shop's dive reports (the Florida Keys) ------------------------------------------

def mini_season(y: int) -> dt.date:
    """Lobster mini-season's first day: the Wednesday of the last Wednesday and Thursday of
    July (the day before the last Thursday)."""
    return last_weekday(y, 7, 3) - dt.timedelta(days=1)


CONDITIONS = ((1, 60, 84), (2, 40, 79), (1, 80, 86), (3, 30, 74), (2, 50, 81))
SIGHTINGS = ("🐢 Spotted today: a green sea turtle and two spotted eagle rays on Molasses Reef",
             "🦈 Spotted today: three nurse sharks under the ledges at French Reef",
             "🐟 Spotted today: a huge school of blue tangs and a goliath grouper on the Spiegel "
             "Grove",
             "🐙 Spotted today: an octopus out hunting on the night dive at Conch Reef",
             "🐬 Spotted today: a pod of dolphins riding our bow wave on the way out")

_SCHEDULE = ("Two-tank reef trips daily at 8am and 12:30pm; night dives on Tuesdays and "
             "Fridays.")


def _schedule() -> tuple[tuple[str, str], ...]:
    return ((_OLD, _SCHEDULE),
            ("2017-09-06", "Closed for Hurricane Irma. Stay safe, Keys family."),
            ("2017-10-01", "We’re back diving! Two-tank trips at 8am and 12:30pm. Thank you for "
             "coming back to the Keys."),
            ("2017-12-01", _SCHEDULE),
            ("2020-03-22", "The Keys are closed to visitors: our boats are tied up until further "
             "notice."),
            ("2020-06-01", "Reef trips are back with fewer divers on each boat: please bring your "
             "own mask and snorkel."))


_HURRICANE = ("🌀 Hurricane season runs June 1 to November 30: if a storm cancels your trip, you "
              "get a full refund.")
_WINTER = "🧊 Winter in the Keys: water in the low 70s, so we recommend a 3 mm wetsuit."


def _lobster() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Book online or call the shop: weekend trips fill up fast.")]
    events: list[Event] = []
    for y in YEARS:
        mini = mini_season(y)
        events.append((dt.date(y, 7, 1), mini + dt.timedelta(days=2),
                       f"🦞 Lobster mini-season: Wednesday and Thursday, July {mini.day}–"
                       f"{mini.day + 1}. No lobstering in Pennekamp park!"))
        events.append((dt.date(y, 8, 1), dt.date(y, 8, 7),
                       "🦞 Lobster season opens August 6: measure every lobster, carapace over 3 "
                       "inches, and no egg-bearing females."))
    return _timeline(base, events)


def mangrovebay_style() -> PublisherStyle:
    """A dive shop's dive reports (the Florida Keys): a slashed date with a captain turned
    "Dive report" with a short date, conditions, sightings, the trip schedule (closed by
    Hurricane Irma in 2017 and by the 2020 closure of the Keys), a booking line turned
    lobster mini-season (the last Wednesday and Thursday of July) and the regular season,
    the hurricane season from June to November, a certification line, a reef rule, nitrox
    fills dearer in 2018, a shop block, a rare small craft advisory."""
    return PublisherStyle(
        domain="mangrovebaydivers.com", site="Mangrove Bay Divers", base_size=180,
        subdomains=(("www.", 100),),
        sections=("dive-reports", "news", "courses", "trips"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "conditions": tuple(f"🌊 Conditions: seas {s}–{s + 1} ft, visibility {v}–{v + 20} ft, "
                                f"water {t}°F" for s, v, t in CONDITIONS),
            "sighting": SIGHTINGS,
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_slash} by Capt. {author}"),
               ("2019-05-01", "Dive report · {date_short} · {author}")),
            _f("conditions", HEADER, 0.3, (_OLD, "{conditions}")),
            _f("sightings", MIDDLE, 0.25, (_OLD, "{sighting}")),
            _f("schedule", FOOTER, 0.3, *_schedule()),
            _f("lobster", FOOTER, 0.25, *_lobster()),
            _f("hurricane", FOOTER, 0.2,
               *_seasons(("06-01", _HURRICANE), ("12-01", _WINTER))),
            _f("cert", FOOTER, 0.2,
               (_OLD, "Certified divers: bring your C-card and logbook. If you haven’t dived in "
                "a year, book a refresher first.")),
            _f("reef", FOOTER, 0.25,
               (_OLD, "🐠 Please don’t touch the coral: sanctuary rules apply on every site, and "
                "we tie up to mooring buoys, never anchors.")),
            _f("nitrox", FOOTER, 0.2,
               (_OLD, "Nitrox fills are $12, or free on two-tank trips for divers with a nitrox "
                "card."),
               ("2018-01-01", "Nitrox fills are $15, or free on two-tank trips for divers with a "
                "nitrox card.")),
            _f("shop-head", FOOTER, 0.4, (_OLD, "Visit the shop")),
            _f("shop", FOOTER, 0.38,
               (_OLD, "MM 103.2 Overseas Highway, Key Largo, FL 33037 · (305) 555-0143")),
            _f("hours", FOOTER, 0.36,
               (_OLD, "Open daily 7:30am–6pm; boats leave from the dock behind the shop.")),
            _f("advisory", FOOTER, 0.04,
               (_OLD, "⚠️ Small craft advisory today: all boat trips are cancelled, and we’ll "
                "call you to rebook.")),
        ),
    )


def heldout26_styles() -> list[PublisherStyle]:
    """The held-back-26 styles, in the order the generator hands them to publishers."""
    return [
        pregel_style(), thaghr_style(), kanto_style(), doaba_style(), guth_style(),
        weavervale_style(), saguaro_style(), merricreek_style(), prairierock_style(),
        airevalley_style(), maungarei_style(), mangrovebay_style(),
    ]
