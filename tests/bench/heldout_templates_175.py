"""The ``held-back-175`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-168 set. It was
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
"found a mistake? press Ctrl+Enter" line or an advertisement marker. The publishers are the
regional and national press of Ukraine, the Caucasus and Central Asia, in Ukrainian, Russian,
Georgian, Armenian, Azerbaijani, Kazakh, Uzbek (Cyrillic, then Latin) and English: a Ukrainian
national news site, a Russian-language Kazakh national news site, a Georgian news agency, an
Azerbaijani news agency, an Uzbek regional news site of the Fergana valley, an Armenian news
site, a Russian-language city site of Kharkiv, an English-language Central Asia news site, a
Ukrainian oblast weekly, a Kazakh-language regional paper of East Kazakhstan, a regional
television channel of Adjara and the English service of an Armenian agency. The families are
the kinds a crawl of such sites holds: dates localised day by day in each language (several
changing form on the day of a redesign, the Uzbek site's turning from Cyrillic to Latin on
the day of the Uzbek language, Kazakh datelines turning from Astana to Nur-Sultan the day the
capital was renamed), agency datelines ("/Site/", "Bakı. 12 mart."), bilingual datelines and
lines (Öskemen / Усть-Каменогорск, Kazakh and Russian reprint notes, language switchers);
official exchange rates printed for each day (the hryvnia, the tenge with its 2015 float, the
lari, the manat with its two devaluations and its peg, the sum with its 2017 liberalisation,
the dram and the som), the Azeri Light oil price by business day, a Kharkiv weather line for
each day, a weekly paper's issue numbers turning each Thursday; amounts that change over the
years (Kazakhstan's MRP and minimum wage, Uzbekistan's minimum wage, Kharkiv metro fares, the
yearly subscription prices of two papers, a membership price); agency credits, sources and
photo credits from pools; reprint-permission notices reworded between 2015 and 2020 ("при
использовании материалов ссылка обязательна", hyperlinks "не нижче першого абзацу"); the
Kazakh media registration line following the ministry's renamings; Facebook appeals turned
Telegram, Instagram and YouTube appeals (and VKontakte dropped the day Ukraine blocked it);
notices that follow the calendars of the region (independence days, Nauryz and Novruz, the
Orthodox Easter, Ramazan and Qurban bayrams, April 24, the city day of Kharkiv, subscription
campaigns, elections and referendums, EXPO-2017, the Baku European Games and Formula 1, the
Velvet Revolution, the 2016 and 2020 Karabakh wars and martial law, the 2020 states of
emergency and quarantines, Kyrgyzstan's October 2020 crisis); "Read also" links and
advertisement markers mid-body (some up to two times), multi-line blocks (reprint notes,
registration and copyright lines), bare lines and families in only 4% of articles beside ones
in nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, iso_day, orthodox_easter
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
UA_MISYATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
               "вересня", "жовтня", "листопада", "грудня")
UA_DNI = ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя")
RU_MESYATSY = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря")
RU_DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
KA_TVEEBI = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი",
             "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
KA_DGEEBI = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი",
             "კვირა")
HY_AMISNER = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի",
              "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")
AZ_AYLAR = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
            "oktyabr", "noyabr", "dekabr")
UZ_OYLAR = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr",
            "oktabr", "noyabr", "dekabr")
UZ_OYLAR_CYR = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
            "сентябрь", "октябрь", "ноябрь", "декабрь")
UZ_KUNLAR = ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba")
KK_AILAR = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
            "қыркүйек", "қазан", "қараша", "желтоқсан")
KK_KUNDER = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


@cache
def _points(anchors: tuple[tuple[str, float], ...]) -> tuple[list[int], list[float]]:
    return [iso_day(a).toordinal() for a, _ in anchors], [v for _, v in anchors]


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `anchors` ((ISO day, value), ...)."""
    xs, ys = _points(anchors)
    x = day.toordinal()
    i = bisect_right(xs, x)
    if i == 0:
        return ys[0]
    if i == len(xs):
        return ys[-1]
    return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1])


def fixing_day(day: dt.date) -> dt.date:
    """The business day a central bank's rate for `day` was set on (a weekend keeps
    Friday's)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def quote(day: dt.date, anchors: tuple[tuple[str, float], ...], key: str,
          spread: float) -> float:
    """A rate for `day`: `anchors`' level on its fixing day, moved by up to `spread`."""
    fixed = fixing_day(day)
    return through(fixed, anchors) * (1 + spread * noise(fixed, key))


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: from the oldest day the value in force on
    the set's first day, then one wording from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def comma(value: float, places: int) -> str:
    """`value` with a decimal comma."""
    return f"{value:.{places}f}".replace(".", ",")


def spaced(value: float, places: int = 0, point: str = ",") -> str:
    """`value` with spaces between thousands (as post-Soviet sites print them)."""
    return f"{value:,.{places}f}".replace(",", " ").replace(".", point)


def dmy(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def years_ru(n: int) -> str:
    """`n` years in Russian: 21 год, 24 года, 25 лет."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


EUR_USD = (("2015-01-01", 1.21), ("2015-03-15", 1.05), ("2015-08-24", 1.16),
           ("2015-12-31", 1.09), ("2016-06-01", 1.12), ("2016-12-31", 1.05),
           ("2017-09-01", 1.19), ("2018-02-15", 1.25), ("2018-06-01", 1.16),
           ("2018-12-31", 1.145), ("2019-09-30", 1.09), ("2019-12-31", 1.12),
           ("2020-03-20", 1.07), ("2020-08-01", 1.18), ("2021-01-10", 1.22))


def in_euros(day: dt.date, per_dollar: float) -> float:
    """The euro rate that goes with a dollar rate of `per_dollar` on `day`."""
    fixed = fixing_day(day)
    return per_dollar * through(fixed, EUR_USD) * (1 + 0.002 * noise(fixed, "eur"))


# --- a Ukrainian national news site -------------------------------------------------------

UV_REDESIGN = dt.date(2017, 9, 4)
UV_TELEGRAM = dt.date(2018, 2, 1)
UV_LINKS = (dt.date(2016, 3, 1), dt.date(2018, 11, 1))  # the reprint note reworded twice
UV_EDITOR = dt.date(2019, 6, 3)
UAH = (("2015-01-01", 15.77), ("2015-02-05", 24.0), ("2015-02-26", 30.0), ("2015-03-15", 23.5),
       ("2015-06-01", 21.1), ("2015-12-31", 24.0), ("2016-02-25", 27.2), ("2016-06-01", 25.2),
       ("2016-12-31", 27.2), ("2017-06-01", 26.3), ("2017-12-31", 28.07), ("2018-06-01", 26.1),
       ("2018-12-31", 27.69), ("2019-06-01", 26.9), ("2019-12-31", 23.69),
       ("2020-03-25", 28.0), ("2020-06-01", 26.7), ("2021-01-10", 28.27))
UA_ELECTIONS = (("2015-10-25", "Місцеві вибори 2015"), ("2019-03-31", "Вибори Президента 2019"),
                ("2019-04-21", "Другий тур виборів Президента 2019"),
                ("2019-07-21", "Позачергові вибори до Верховної Ради 2019"),
                ("2020-10-25", "Місцеві вибори 2020"))


def _uv_data(day: dt.date) -> str:
    if day < UV_REDESIGN:
        return f"{dmy(day)} {{time}}"
    return f"{day.day} {UA_MISYATSI[day.month - 1]} {day.year}, {{time}}"


def _uv_kurs(day: dt.date) -> str:
    usd = quote(day, UAH, "uah", 0.006)
    return (f"Курс НБУ на {dmy(day)}: долар — {comma(usd, 4)} грн, євро — "
            f"{comma(in_euros(day, usd), 4)} грн")


@cache
def _uv_zaklyk() -> Wordings:
    base = _steps((_OLD, "Стежте за нашими новинами у Facebook"),
                  (UV_TELEGRAM.isoformat(), "📲 Підписуйтеся на наш Telegram-канал: головні "
                                            "новини дня без зайвого"))
    votes = [_vote(day, f"🗳 {name}: онлайн-трансляція підрахунку голосів", before=3)
             for day, name in UA_ELECTIONS]
    covid = [_span("2020-03-12", "2020-05-21", "🦠 Коронавірус в Україні: актуальна "
                                               "статистика та карта поширення"),
             _span("2020-05-22", "2020-08-31", "😷 Адаптивний карантин: що дозволено у "
                                               "вашій області")]
    nezalezhnist = _yearly("08-24", 2, 0, lambda y: f"🇺🇦 З Днем Незалежності, Україно! "
                                                    f"{y - 1991}-а річниця")
    velykden = _movable(orthodox_easter, 1, 0, lambda y: f"Христос Воскрес! Редакція вітає "
                                                         f"з Великоднем {y}")
    return _calendar(base, votes, covid, nezalezhnist, velykden)


def ukrvisnyk_style() -> PublisherStyle:
    """A Ukrainian national news site: a rubric from a pool, the numeric date and time turned
    the long date on 4 September 2017 (a wording per day), "Автор:" with the editor added in
    June 2019, the National Bank's dollar and euro rates for each day (a weekend keeps
    Friday's), "Читайте також:" and "Реклама" up to twice mid-body, a photo credit from a
    pool, the source agency from a pool, tags, an appeal turned Telegram in 2018 and turned by
    the elections, the pandemic, Independence Day (its anniversary counted) and Easter, the
    Ctrl+Enter line, the reprint note reworded twice and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="ukrvisnyk.com.ua", site="Український вісник", base_size=250,
        subdomains=(("www.", 85), ("", 15)),
        sections=("polityka", "ekonomika", "suspilstvo", "svit", "regiony", "kultura", "sport"),
        n_authors=14, url_path="/news/{section}/{yyyy}/{mm}/{dd}/{n}-{slug}",
        pools={
            "rubryka": ("Політика", "Економіка", "Суспільство", "Світ", "Регіони", "Культура",
                        "Спорт"),
            "dzherelo": ("УНІАН", "Укрінформ", "Інтерфакс-Україна", "пресслужба Кабміну",
                         "пресслужба МВС", "Reuters"),
            "foto": ("Укрінформ", "УНІАН", "Reuters", "AFP", "пресслужба ОДА",
                     "Український вісник"),
            "tegy": ("Верховна Рада", "Кабмін", "НБУ", "Донбас", "ЗСУ", "вибори", "тарифи",
                     "медреформа"),
        },
        families=(
            _f("rubryka", HEADER, 0.5, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.9, *_by_day(_uv_data)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {author}"),
               (UV_EDITOR.isoformat(), "Автор: {author} · Редактор: {author2}")),
            _f("kurs", HEADER, 0.3, *_daily(_uv_kurs)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Фото: {foto}")),
            _f("chytajte", MIDDLE, 0.45, (_OLD, "Читайте також: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("dzherelo", FOOTER, 0.35, (_OLD, "Джерело: {dzherelo}")),
            _f("tegy", FOOTER, 0.4, (_OLD, "Теги: {tegy_list}")),
            _f("zaklyk", FOOTER, 0.35, *_uv_zaklyk()),
            _f("pomylka", FOOTER, 0.3, (_OLD, "Помітили помилку? Виділіть її та натисніть "
                                              "Ctrl+Enter")),
            _f("peredruk", FOOTER, 0.4,
               (_OLD, "При використанні матеріалів посилання на «Український вісник» "
                      "обов’язкове."),
               (UV_LINKS[0].isoformat(), "Передрук матеріалів дозволено лише з посиланням на "
                                         "ukrvisnyk.com.ua."),
               (UV_LINKS[1].isoformat(), "Використання матеріалів дозволяється за умови "
                                         "прямого гіперпосилання на ukrvisnyk.com.ua, "
                                         "відкритого для пошукових систем, не нижче першого "
                                         "абзацу.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2009–{year} Український вісник. Усі права "
                                                "захищено.")),
            _f("vypravlennya", HEADER, 0.04, (_OLD, "Виправлення: у попередній версії "
                                                    "матеріалу було неправильно вказано "
                                                    "посаду заступника міністра.")),
        ),
    )


# --- a Russian-language Kazakh national news site -----------------------------------------

SV_REDESIGN = dt.date(2017, 6, 10)  # relaunched on the opening day of EXPO-2017
NUR_SULTAN = dt.date(2019, 3, 23)  # the capital renamed
SV_LATIN = dt.date(2018, 2, 19)  # a Latin-script Kazakh version added
SV_SOCIAL = dt.date(2018, 4, 2)
SV_LINK = dt.date(2016, 9, 1)
SV_MINISTRIES = (("2000-01-01", "Министерством по инвестициям и развитию"),
                 ("2016-05-10", "Министерством информации и коммуникаций"),
                 ("2019-02-26", "Министерством информации и общественного развития"))
KZT = (("2015-01-01", 182.35), ("2015-08-19", 188.35), ("2015-08-21", 255.0),
       ("2015-12-31", 339.47), ("2016-01-21", 383.9), ("2016-06-01", 337.0),
       ("2016-12-31", 333.29), ("2017-06-01", 313.0), ("2017-12-31", 332.33),
       ("2018-06-01", 327.0), ("2018-10-01", 362.0), ("2018-12-31", 384.2),
       ("2019-12-31", 382.59), ("2020-04-01", 448.0), ("2020-06-01", 402.0),
       ("2020-10-30", 431.0), ("2021-01-10", 420.91))
# MRP and minimum wage, in tenge, each from 1 January
KZ_MRP = (("2014-01-01", "1 852 · 19 966"), ("2015-01-01", "1 982 · 21 364"),
          ("2016-01-01", "2 121 · 22 859"), ("2017-01-01", "2 269 · 24 459"),
          ("2018-01-01", "2 405 · 28 284"), ("2019-01-01", "2 525 · 42 500"),
          ("2020-01-01", "2 651 · 42 500"))
KZ_VOTES = (("2015-04-26", "Внеочередные выборы Президента 2015"),
            ("2016-03-20", "Выборы в Мажилис 2016"),
            ("2019-06-09", "Внеочередные выборы Президента 2019"))


def capital(day: dt.date) -> str:
    return "НУР-СУЛТАН" if day >= NUR_SULTAN else "АСТАНА"


def _sv_dateline(day: dt.date) -> str:
    if day < SV_REDESIGN:
        return f"{capital(day)}. {day.day} {RU_MESYATSY[day.month - 1]}. /Степной Вестник/ –"
    return f"{capital(day)}, {day.day} {RU_MESYATSY[day.month - 1]} {day.year} — Степной Вестник"


def _sv_kurs(day: dt.date) -> str:
    usd = quote(day, KZT, "kzt", 0.004)
    return (f"Курс Нацбанка РК на {dmy(day)}: $1 — {comma(usd, 2)} ₸, €1 — "
            f"{comma(in_euros(day, usd), 2)} ₸")


def _sv_mrp(value: str) -> str:
    mrp, wage = value.split(" · ")
    return f"Справка: МРП составляет {mrp} тенге, минимальная зарплата — {wage} тенге."


def _sv_reg(ministry: str) -> str:
    return (f"Свидетельство о постановке на учёт СМИ № 15472-ИА выдано {ministry} Республики "
            f"Казахстан.")


@cache
def _sv_social() -> Wordings:
    base = _steps((_OLD, "Следите за новостями в Facebook и ВКонтакте"),
                  (SV_SOCIAL.isoformat(), "Подписывайтесь на наш Telegram-канал и Instagram, "
                                          "чтобы первыми узнавать новости"))
    votes = [_vote(day, f"{name}: ход голосования и итоги") for day, name in KZ_VOTES]
    news = [_span("2017-06-10", "2017-09-10", "EXPO-2017 в Астане: все новости выставки"),
            _span("2019-03-19", "2019-03-24", "Отставка Назарбаева: хроника событий"),
            _span("2020-03-16", "2020-05-11", "Режим ЧП в Казахстане: что нужно знать"),
            _span("2020-07-05", "2020-08-16", "Карантин ужесточён: новые правила по "
                                              "регионам")]
    nauryz = _yearly("03-22", 2, 1, lambda y: "Наурыз мейрамы құтты болсын! С праздником "
                                              "Наурыз!")
    independence = _yearly("12-16", 1, 1, lambda y: f"🇰🇿 С Днём Независимости, Казахстан! "
                                                    f"{years_ru(y - 1991)}")
    return _calendar(base, votes, news, nauryz, independence)


def stepnoy_style() -> PublisherStyle:
    """A Russian-language Kazakh national news site: a language switcher with a Latin-script
    Kazakh version added in February 2018, a rubric from a pool, the agency dateline with
    the day (a wording per day) turned a dated form on EXPO-2017's opening day and from
    Astana to Nur-Sultan the day the capital was renamed, "Автор:", the National Bank's
    dollar and euro rates in tenge for each day (the 2015 float), "Читайте также:" up to
    twice and photo credits from a pool mid-body, a reference line with the year's MRP and
    minimum wage (changing each January), a social appeal turned Telegram and turned by the
    votes, EXPO-2017, Nazarbayev's resignation, the state of emergency and the quarantine,
    Nauryz (in Kazakh and Russian) and Independence Day, the reprint note reworded, the
    Ctrl+Enter line, the media registration line following the ministry's renamings and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="stepnoyvestnik.kz", site="Степной Вестник", base_size=220,
        subdomains=(("www.", 70), ("", 30)),
        sections=("politika", "ekonomika", "obshchestvo", "proisshestviya", "regiony", "sport"),
        n_authors=10, url_path="/news/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Политика", "Экономика", "Общество", "Происшествия", "Регионы",
                        "Спорт", "Мир"),
            "foto": ("Степной Вестник", "Akorda.kz", "пресс-служба акимата", "архив",
                     "МВД РК", "Kazinform"),
        },
        families=(
            _f("yazyk", HEADER, 0.2, (_OLD, "ҚАЗ | РУС | ENG"),
               (SV_LATIN.isoformat(), "ҚАЗ | QAZ | РУС | ENG")),
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("dateline", HEADER, 0.85, *_by_day(_sv_dateline)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}")),
            _f("kurs", HEADER, 0.3, *_daily(_sv_kurs)),
            _f("chitayte", MIDDLE, 0.4, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("mrp", FOOTER, 0.15, *table_wordings(KZ_MRP, _sv_mrp)),
            _f("social", FOOTER, 0.35, *_sv_social()),
            _f("ssylka", FOOTER, 0.4,
               (_OLD, "При полном или частичном использовании материалов ссылка на Степной "
                      "Вестник обязательна."),
               (SV_LINK.isoformat(), "При использовании материалов гиперссылка на "
                                     "stepnoyvestnik.kz обязательна. Мнение авторов может не "
                                     "совпадать с позицией редакции.")),
            _f("oshibka", FOOTER, 0.25, (_OLD, "Если вы нашли ошибку в тексте, выделите её "
                                               "мышью и нажмите Ctrl+Enter")),
            _f("registratsiya", FOOTER, 0.3, *table_wordings(SV_MINISTRIES, _sv_reg)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Степной Вестник, 2011–{year}")),
            _f("popravka", HEADER, 0.04, (_OLD, "Поправка: в первоначальной версии материала "
                                                "была допущена ошибка в фамилии акима.")),
        ),
    )


# --- a Georgian news agency ---------------------------------------------------------------

MP_REDESIGN = dt.date(2018, 5, 26)  # relaunched on the centenary of independence
MP_YOUTUBE = dt.date(2018, 1, 15)
MP_LINK = dt.date(2017, 2, 1)
GEL = (("2015-01-01", 1.8636), ("2015-03-01", 2.2), ("2015-12-31", 2.3949),
       ("2016-06-01", 2.2), ("2016-12-31", 2.6468), ("2017-06-01", 2.41),
       ("2017-12-31", 2.5922), ("2018-06-01", 2.45), ("2018-12-31", 2.6766),
       ("2019-06-01", 2.72), ("2019-09-01", 2.96), ("2019-12-31", 2.8677),
       ("2020-03-20", 3.2), ("2020-06-01", 3.05), ("2021-01-10", 3.2763))
GE_VOTES = (("2016-10-08", "საპარლამენტო არჩევნები 2016"),
            ("2016-10-30", "საპარლამენტო არჩევნების მეორე ტური"),
            ("2017-10-21", "ადგილობრივი არჩევნები 2017"),
            ("2018-10-28", "საპრეზიდენტო არჩევნები 2018"),
            ("2018-11-28", "საპრეზიდენტო არჩევნების მეორე ტური"),
            ("2020-10-31", "საპარლამენტო არჩევნები 2020"))


def _mp_tarighi(day: dt.date) -> str:
    if day < MP_REDESIGN:
        return f"{{time}} / {dmy(day)}"
    return f"{day.day} {KA_TVEEBI[day.month - 1]}, {day.year}, {KA_DGEEBI[day.weekday()]} {{time}}"


def _mp_kursi(day: dt.date) -> str:
    usd = quote(day, GEL, "gel", 0.004)
    return (f"ეროვნული ბანკის ოფიციალური კურსი {dmy(day)}: 1 USD = {usd:.4f} ₾, 1 EUR = "
            f"{in_euros(day, usd):.4f} ₾")


@cache
def _mp_mimartva() -> Wordings:
    base = _steps((_OLD, "შემოგვიერთდით Facebook-ზე"),
                  (MP_YOUTUBE.isoformat(), "▶️ გამოიწერეთ ჩვენი YouTube არხი და პირველებმა "
                                           "ნახეთ ახალი ვიდეოები"))
    votes = [_vote(day, f"🗳 {name}: შედეგები ონლაინ რეჟიმში", before=3)
             for day, name in GE_VOTES]
    news = [_span("2015-06-14", "2015-06-21", "წყალდიდობა თბილისში: ცხელი ხაზი და "
                                              "დახმარების შეგროვება"),
            _span("2020-03-21", "2020-05-22", "საგანგებო მდგომარეობა: ყველაფერი, რაც უნდა "
                                              "იცოდეთ")]
    aghdgoma = _movable(orthodox_easter, 1, 1, lambda y: "ქრისტე აღსდგა! გილოცავთ "
                                                         "აღდგომის ბრწყინვალე დღესასწაულს")
    damoukidebloba = _yearly("05-26", 1, 0, lambda y: f"26 მაისი — დამოუკიდებლობის დღე "
                                                      f"({y - 1918} წელი)")
    return _calendar(base, votes, news, aghdgoma, damoukidebloba)


def mtkvari_style() -> PublisherStyle:
    """A Georgian news agency: a rubric from a pool, the time and numeric date turned the long
    date with the weekday on the centenary of independence (a wording per day), "ავტორი:",
    "განახლებულია" with the time, the National Bank's dollar and euro rates in lari for each
    day, "ასევე წაიკითხეთ:" up to twice, "რეკლამა" and photo credits mid-body, the source
    from a pool, an appeal turned YouTube in 2018 and turned by the votes (with their second
    rounds), the 2015 Tbilisi flood, the state of emergency, Easter and Independence Day,
    the reprint note reworded and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="mtkvaripress.ge", site="მტკვარი პრესი", base_size=195,
        subdomains=(("www.", 100),),
        sections=("politika", "ekonomika", "sazogadoeba", "samartali", "regionebi", "msoflio"),
        n_authors=9, url_path="/ka/news/{n}-{slug}",
        pools={
            "rubrika": ("პოლიტიკა", "ეკონომიკა", "საზოგადოება", "სამართალი", "რეგიონები",
                        "მსოფლიო", "სპორტი"),
            "tsqaro": ("საქინფორმი", "ინტერპრესნიუსი", "შსს-ს პრესსამსახური",
                       "მთავრობის ადმინისტრაცია", "Reuters"),
            "foto": ("მტკვარი პრესი", "მთავრობის ადმინისტრაცია", "AFP", "არქივი",
                     "Facebook"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("tarighi", HEADER, 0.85, *_by_day(_mp_tarighi)),
            _f("avtori", HEADER, 0.45, (_OLD, "ავტორი: {author}")),
            _f("ganakhleba", HEADER, 0.12, (_OLD, "განახლებულია: {time}")),
            _f("kursi", HEADER, 0.3, *_daily(_mp_kursi)),
            _f("aseve", MIDDLE, 0.4, (_OLD, "ასევე წაიკითხეთ: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.25, (_OLD, "რეკლამა")),
            _f("foto", MIDDLE, 0.25, (_OLD, "ფოტო: {foto}")),
            _f("tsqaro", FOOTER, 0.3, (_OLD, "წყარო: {tsqaro}")),
            _f("mimartva", FOOTER, 0.3, *_mp_mimartva()),
            _f("gamoqeneba", FOOTER, 0.35,
               (_OLD, "მასალის გადაბეჭდვისას წყაროს მითითება სავალდებულოა."),
               (MP_LINK.isoformat(), "საიტზე განთავსებული მასალების გავრცელება დასაშვებია "
                                     "მხოლოდ mtkvaripress.ge-ზე აქტიური ბმულის "
                                     "მითითებით.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} მტკვარი პრესი. ყველა უფლება "
                                                "დაცულია.")),
            _f("shesworeba", HEADER, 0.04, (_OLD, "შესწორება: სტატიის წინა ვერსიაში "
                                                  "არასწორად იყო მითითებული სოფლის "
                                                  "სახელი.")),
        ),
    )


# --- an Azerbaijani news agency -----------------------------------------------------------

XX_REDESIGN = dt.date(2016, 6, 17)  # relaunched for the first Formula 1 weekend in Baku
XX_TELEGRAM = dt.date(2018, 6, 1)
XX_LINK = dt.date(2018, 3, 1)
AZN_FIRST_DEVALUATION = dt.date(2015, 2, 21)
AZN_FLOAT = dt.date(2015, 12, 21)
AZN_PEG = dt.date(2017, 6, 1)  # the manat held at 1.7000 from here on
AZN_FLOATING = (("2015-12-21", 1.55), ("2016-01-15", 1.6), ("2016-03-01", 1.53),
                ("2016-12-31", 1.77), ("2017-04-01", 1.73), ("2017-06-01", 1.70))
AZERI_LIGHT = (("2015-01-01", 57.0), ("2015-05-01", 67.0), ("2015-12-31", 37.0),
               ("2016-01-20", 28.0), ("2016-06-01", 50.0), ("2016-12-31", 56.0),
               ("2017-06-21", 46.0), ("2017-12-31", 67.0), ("2018-05-22", 80.0),
               ("2018-10-03", 86.0), ("2018-12-24", 54.0), ("2019-04-24", 73.0),
               ("2019-12-31", 68.0), ("2020-04-21", 17.0), ("2020-06-30", 41.0),
               ("2021-01-10", 55.0))
RAMAZAN = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
           2019: "2019-06-05", 2020: "2020-05-24"}
QURBAN = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-01", 2018: "2018-08-22",
          2019: "2019-08-12", 2020: "2020-07-31"}
AZ_VOTES = (("2015-11-01", "Milli Məclisə seçkilər 2015"),
            ("2016-09-26", "Konstitusiya referendumu 2016"),
            ("2018-04-11", "Prezident seçkiləri 2018"),
            ("2020-02-09", "Növbədənkənar parlament seçkiləri 2020"))


def manat(day: dt.date) -> float:
    """The official manat rate of a dollar on `day`: pegged, devalued on a Saturday, floated,
    then held at 1.7000 (only the floating rate keeps Friday's over a weekend)."""
    if day < AZN_FIRST_DEVALUATION:
        return 0.7844
    if day < AZN_FLOAT:
        return 1.05
    if day >= AZN_PEG:
        return 1.7
    fixed = fixing_day(day)
    return through(fixed, AZN_FLOATING) * (1 + 0.01 * noise(fixed, "azn"))


def _xx_tarix(day: dt.date) -> str:
    if day < XX_REDESIGN:
        return f"{dmy(day)} | {{time}}"
    return f"{day.day} {AZ_AYLAR[day.month - 1]} {day.year}, {{time}}"


def _xx_dateline(day: dt.date) -> str:
    return f"{{seher}}. {day.day} {AZ_AYLAR[day.month - 1]}. Xəzər Xəbər."


def _xx_mezenne(day: dt.date) -> str:
    usd = manat(day)
    return (f"Mərkəzi Bankın rəsmi məzənnəsi ({dmy(day)}): 1 USD = {usd:.4f} AZN, 1 EUR = "
            f"{in_euros(day, usd):.4f} AZN")


def _xx_neft(day: dt.date) -> str:
    price = quote(day, AZERI_LIGHT, "azeri", 0.025)
    return f"Azeri Light nefti: 1 barel — {price:.2f} dollar"


@cache
def _xx_sosial() -> Wordings:
    base = _steps((_OLD, "Bizi Facebook-da izləyin"),
                  (XX_TELEGRAM.isoformat(), "Ən son xəbərləri Telegram kanalımızda izləyin"))
    war = [_span("2020-09-27", "2020-11-10", "🇦🇿 Vətən müharibəsi: cəbhədən rəsmi "
                                             "məlumatlar"),
           _span("2020-11-11", "2020-11-20", "Zəfər! Qarabağ Azərbaycandır!")]
    votes = [_vote(day, f"{name}: səsvermənin gedişi və nəticələr") for day, name in AZ_VOTES]
    games = [_span("2015-06-12", "2015-06-28", "Bakı 2015: I Avropa Oyunlarının bütün "
                                               "xəbərləri"),
             _span("2016-06-17", "2016-06-19", "Formula 1 Bakıda: Avropa Qran-prisi canlı"),
             _span("2017-05-12", "2017-05-22", "Bakı 2017: IV İslam Həmrəyliyi Oyunları"),
             _span("2017-06-23", "2017-06-25", "Formula 1: Azərbaycan Qran-prisi 2017"),
             _span("2018-04-27", "2018-04-29", "Formula 1: Azərbaycan Qran-prisi 2018"),
             _span("2019-04-26", "2019-04-28", "Formula 1: Azərbaycan Qran-prisi 2019")]
    covid = [_span("2020-03-24", "2020-05-31", "Koronavirus: Azərbaycanda son vəziyyət")]
    novruz = _yearly("03-20", 3, 1, lambda y: "Novruz bayramınız mübarək!")
    bayram = ([(iso_day(day, -1), iso_day(day, 2), "Ramazan bayramınız mübarək!")
               for day in RAMAZAN.values()]
              + [(iso_day(day, -1), iso_day(day, 2), "Qurban bayramınız mübarək!")
                 for day in QURBAN.values()])
    respublika = _yearly("05-28", 0, 0, lambda y: "28 May — Respublika Günü")
    return _calendar(base, war, votes, games, covid, novruz, sorted(bayram), respublika)


def xazar_style() -> PublisherStyle:
    """An Azerbaijani news agency: a language switcher, a section from a pool, the numeric
    date turned the long date on the first Formula 1 weekend in Baku (a wording per day), the
    agency dateline with the city from a pool and the day (a wording per day), "Müəllif:",
    the Central Bank's dollar and euro rates for each day (the manat's two devaluations of
    2015, its float and its peg at 1.7000), the Azeri Light price by business day, "Oxu:"
    up to twice, "Reklam" and photo credits mid-body, the reprint note reworded, an appeal
    turned Telegram in 2018 and turned by the 2020 war and the victory, the votes, the
    European Games, the Islamic Solidarity Games and the Formula 1 weekends, the pandemic,
    Novruz, the Ramazan and Qurban bayrams and Republic Day, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="xazarxabar.az", site="Xəzər Xəbər", base_size=170,
        subdomains=(("www.", 60), ("", 40)),
        sections=("siyaset", "iqtisadiyyat", "cemiyyet", "hadise", "dunya", "idman", "region"),
        n_authors=8, url_path="/{section}/{n}.html",
        pools={
            "bolme": ("Siyasət", "İqtisadiyyat", "Cəmiyyət", "Hadisə", "Dünya", "İdman",
                      "Region"),
            "seher": ("Bakı", "Bakı", "Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şəki"),
            "foto": ("Xəzər Xəbər", "APA", "Prezident.az", "Azərtac", "arxiv"),
        },
        families=(
            _f("dil", HEADER, 0.12, (_OLD, "AZ | RU | EN")),
            _f("bolme", HEADER, 0.45, (_OLD, "{bolme}")),
            _f("tarix", HEADER, 0.85, *_by_day(_xx_tarix)),
            _f("dateline", HEADER, 0.7, *_daily(_xx_dateline)),
            _f("muellif", HEADER, 0.3, (_OLD, "Müəllif: {author}")),
            _f("mezenne", HEADER, 0.25, *_daily(_xx_mezenne)),
            _f("neft", HEADER, 0.15, *_by_day(_xx_neft)),
            _f("oxu", MIDDLE, 0.4, (_OLD, "Oxu: {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("istinad", FOOTER, 0.4,
               (_OLD, "Xəzər Xəbər-in materiallarından istifadə edərkən istinad mütləqdir."),
               (XX_LINK.isoformat(), "Saytın materiallarından istifadə yalnız "
                                     "xazarxabar.az-a aktiv hiperlinklə mümkündür.")),
            _f("sosial", FOOTER, 0.3, *_xx_sosial()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Xəzər Xəbər İnformasiya "
                                                "Agentliyi")),
            _f("duzelis", HEADER, 0.04, (_OLD, "Düzəliş: xəbərin əvvəlki versiyasında rəsmi "
                                               "şəxsin vəzifəsi səhv göstərilmişdi.")),
        ),
    )


# --- an Uzbek regional news site of the Fergana valley --------------------------------------

UZ_LATIN = dt.date(2018, 10, 21)  # the site turned Latin on the day of the Uzbek language
VY_TELEGRAM = dt.date(2017, 3, 1)
UZS_LIBERALISED = dt.date(2017, 9, 5)
UZS = (("2015-01-01", 2422.0), ("2015-12-31", 2809.98), ("2016-12-31", 3231.48),
       ("2017-09-04", 4210.35), ("2017-09-05", 8100.0), ("2017-12-31", 8120.07),
       ("2018-12-31", 8339.55), ("2019-12-31", 9507.56), ("2021-01-10", 10476.92))
UZ_WAGE = (("2014-12-01", "118 400"), ("2015-12-01", "130 240"), ("2016-12-01", "149 775"),
           ("2017-12-01", "172 240"), ("2018-08-15", "184 300"), ("2018-11-15", "202 730"),
           ("2019-08-01", "634 880"), ("2020-02-01", "679 330"))
HAYIT = {2015: ("2015-07-17", "2015-09-24"), 2016: ("2016-07-06", "2016-09-12"),
         2017: ("2017-06-25", "2017-09-01"), 2018: ("2018-06-15", "2018-08-21"),
         2019: ("2019-06-04", "2019-08-11"), 2020: ("2020-05-24", "2020-07-31")}


def uz(day: dt.date, cyrillic: str, latin: str) -> str:
    """The site's text on `day`: Cyrillic before its switch to Latin, Latin from it."""
    return latin if day >= UZ_LATIN else cyrillic


def _vy_sana(day: dt.date) -> str:
    if day < UZ_LATIN:
        return f"{day.day} {UZ_OYLAR_CYR[day.month - 1]} {day.year} й., {{time}}"
    return f"{day.day}-{UZ_OYLAR[day.month - 1]} {day.year}-yil, {UZ_KUNLAR[day.weekday()]}"


def _vy_kurs(day: dt.date) -> str:
    fixed = fixing_day(day)
    usd = through(fixed, UZS) * (1 + 0.0015 * noise(fixed, "uzs"))
    value = spaced(usd, 2)
    return uz(day, f"Марказий банк курси ({dmy(day)}): 1 АҚШ доллари — {value} сўм",
              f"Markaziy bank kursi ({dmy(day)}): 1 AQSH dollari — {value} so'm")


def _vy_ish_haqi(day: dt.date) -> str:
    wage = in_force(day, UZ_WAGE)
    return uz(day, f"Маълумот учун: энг кам иш ҳақи — {wage} сўм.",
              f"Ma'lumot uchun: eng kam ish haqi — {wage} so'm.")


def _vy_event(start: dt.date, end: dt.date, cyrillic: str, latin: str) -> Event:
    return (start, end, uz(start, cyrillic, latin))


@cache
def _vy_telegram() -> Wordings:
    def base(day: dt.date) -> str:
        if day < VY_TELEGRAM:
            return "Янгиликларни Facebook саҳифамизда кузатинг"
        return uz(day, "Энг сўнгги янгиликлар Telegram каналимизда — обуна бўлинг!",
                  "Eng so'nggi yangiliklar Telegram kanalimizda — obuna bo'ling!")

    votes = [_vy_event(iso_day("2016-12-04", -6), iso_day("2016-12-04", 2),
                       "Президент сайлови — 2016: янгиликлар ва натижалар", ""),
             _vy_event(iso_day("2019-12-22", -6), iso_day("2019-12-22", 2), "",
                       "Oliy Majlis saylovi — 2019: yangiliklar va natijalar")]
    covid = [_vy_event(iso_day("2020-03-16"), iso_day("2020-06-16"), "",
                       "Karantin: koronavirus haqida rasmiy ma'lumotlar")]
    holidays: list[Event] = []
    for y in YEARS:
        for day, cyrillic, latin in (
                (dt.date(y, 3, 21), "Наврўз байрами муборак!", "Navro'z bayrami muborak!"),
                (iso_day(HAYIT[y][0]), "Рамазон ҳайити муборак!", "Ramazon hayiti muborak!"),
                (dt.date(y, 9, 1), f"Мустақиллик куни муборак! ({y - 1991} йил)",
                 f"Mustaqillik kuni muborak! ({y - 1991} yil)"),
                (iso_day(HAYIT[y][1]), "Қурбон ҳайити муборак!", "Qurbon hayiti muborak!")):
            holidays.append(_vy_event(day - 2 * ONE, day + 2 * ONE, cyrillic, latin))
    return _calendar(base, votes, covid, sorted(holidays))


def vodiy_style() -> PublisherStyle:
    """An Uzbek regional news site of the Fergana valley: a section from a pool, the date in
    Cyrillic with the time turned Latin with the weekday on the day of the Uzbek language in
    2018 (a wording per day), "Muallif:", the Central Bank's dollar rate for each day (the
    2017 liberalisation doubling it) in the script of the day, "Shuningdek o'qing:" and
    "Reklama" (Cyrillic until the switch) and photo credits mid-body, the minimum wage
    (changing on its decree days) in the script of the day, the source from a pool, a
    Telegram appeal (Facebook until 2017, Latin from the switch) turned by Navro'z, the
    hayits, Independence Day, the votes and the quarantine, the reprint note reworded on
    the switch and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vodiyyangiliklari.uz", site="Vodiy Yangiliklari", base_size=150,
        subdomains=(("", 70), ("www.", 30)),
        sections=("jamiyat", "iqtisodiyot", "siyosat", "viloyatlar", "sport", "madaniyat"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rukn": ("Jamiyat", "Iqtisodiyot", "Siyosat", "Viloyatlar", "Sport", "Madaniyat"),
            "manba": ("UzA", "Dunyo AA", "hokimlik matbuot xizmati", "IIV matbuot xizmati",
                      "Sputnik"),
            "foto": ("Vodiy Yangiliklari", "UzA", "hokimlik matbuot xizmati", "arxiv"),
        },
        families=(
            _f("rukn", HEADER, 0.45, (_OLD, "{rukn}")),
            _f("sana", HEADER, 0.85, *_by_day(_vy_sana)),
            _f("muallif", HEADER, 0.45, (_OLD, "Муаллиф: {author}"),
               (UZ_LATIN.isoformat(), "Muallif: {author}")),
            _f("kurs", HEADER, 0.3, *_daily(_vy_kurs)),
            _f("shuningdek", MIDDLE, 0.4, (_OLD, "Шунингдек ўқинг: {other_title}"),
               (UZ_LATIN.isoformat(), "Shuningdek o'qing: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), (UZ_LATIN.isoformat(), "Reklama")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Сурат: {foto}"), (UZ_LATIN.isoformat(),
                                                                "Foto: {foto}")),
            _f("ish-haqi", FOOTER, 0.12, *_by_day(_vy_ish_haqi)),
            _f("manba", FOOTER, 0.3, (_OLD, "Манба: {manba}"), (UZ_LATIN.isoformat(),
                                                                 "Manba: {manba}")),
            _f("telegram", FOOTER, 0.45, *_vy_telegram()),
            _f("foydalanish", FOOTER, 0.35,
               (_OLD, "Материаллардан фойдаланилганда Vodiy Yangiliklari сайтига ҳавола "
                      "бериш шарт."),
               (UZ_LATIN.isoformat(), "Materiallardan foydalanilganda vodiyyangiliklari.uz "
                                      "saytiga faol giperhavola berilishi shart.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2014–{year} Vodiy Yangiliklari")),
            _f("tuzatish", HEADER, 0.04, (_OLD, "Tuzatish: maqolaning avvalgi talqinida tuman "
                                                "nomi noto'g'ri ko'rsatilgan edi.")),
        ),
    )


# --- an Armenian news site ------------------------------------------------------------------

AL_REDESIGN = dt.date(2017, 9, 1)
AL_YOUTUBE = dt.date(2017, 11, 1)
AL_TELEGRAM = dt.date(2019, 9, 2)
AL_LINK = dt.date(2016, 6, 1)
AMD = (("2015-01-01", 474.0), ("2015-06-01", 477.0), ("2015-12-31", 483.75),
       ("2016-12-31", 483.94), ("2017-12-31", 484.1), ("2018-12-31", 483.75),
       ("2019-12-31", 479.7), ("2020-03-20", 500.0), ("2020-06-01", 483.0),
       ("2020-10-01", 487.0), ("2020-11-20", 520.0), ("2021-01-10", 522.59))
AMD_RUB = (("2015-01-01", 8.3), ("2015-06-01", 8.9), ("2015-12-31", 6.7), ("2016-01-21", 6.1),
           ("2016-06-01", 7.3), ("2016-12-31", 7.9), ("2017-06-01", 8.5), ("2017-12-31", 8.4),
           ("2018-06-01", 7.7), ("2018-12-31", 7.2), ("2019-06-01", 7.5), ("2019-12-31", 7.7),
           ("2020-04-01", 6.5), ("2020-06-01", 7.0), ("2021-01-10", 7.1))
AM_VOTES = (("2015-12-06", "Սահմանադրական հանրաքվե 2015"),
            ("2017-04-02", "Խորհրդարանական ընտրություններ 2017"),
            ("2018-12-09", "Արտահերթ խորհրդարանական ընտրություններ 2018"))


def dram_rates(day: dt.date) -> tuple[float, float, float]:
    """The Central Bank of Armenia's dollar, euro and rouble rates for `day`."""
    fixed = fixing_day(day)
    usd = quote(day, AMD, "amd", 0.002)
    return usd, in_euros(day, usd), through(fixed, AMD_RUB) * (1 + 0.01 * noise(fixed, "rub"))


def _al_amsativ(day: dt.date) -> str:
    if day < AL_REDESIGN:
        return f"{dmy(day)} | {{time}}"
    return f"{day.day} {HY_AMISNER[day.month - 1]} {day.year}թ., {{time}}"


def _al_dateline(day: dt.date) -> str:
    return f"ԵՐԵՎԱՆ, {day.day} {HY_AMISNER[day.month - 1]}, Արարատ Լուր։"


def _al_poxarjeq(day: dt.date) -> str:
    usd, eur, rub = dram_rates(day)
    return (f"ԿԲ փոխարժեքը ({dmy(day)})՝ 1 USD = {usd:.2f} դրամ, 1 EUR = {eur:.2f} դրամ, "
            f"1 RUB = {rub:.2f} դրամ")


@cache
def _al_hetevek() -> Wordings:
    base = _steps((_OLD, "Հետևեք մեզ Facebook-ում"),
                  (AL_YOUTUBE.isoformat(), "Բաժանորդագրվեք մեր YouTube ալիքին"),
                  (AL_TELEGRAM.isoformat(), "Միացեք մեր Telegram ալիքին՝ կարևոր լուրերն "
                                            "առաջինը իմանալու համար"))
    war = [_span("2016-04-02", "2016-04-06", "Ղարաբաղյան ճակատ՝ վերջին լուրերը"),
           _span("2020-09-27", "2020-11-10", "Ռազմական դրություն՝ պաշտոնական "
                                             "հաղորդագրություններ")]
    news = [_span("2018-04-13", "2018-05-08", "Ուղիղ միացում Երևանի փողոցներից"),
            _span("2020-03-16", "2020-09-11", "Արտակարգ դրություն՝ COVID-19-ի մասին "
                                              "պաշտոնական տեղեկություններ")]
    votes = [_vote(day, f"{name}՝ արդյունքներն ուղիղ եթերում") for day, name in AM_VOTES]
    april = _yearly("04-24", 1, 0, lambda y: f"Ապրիլի 24՝ Հայոց ցեղասպանության զոհերի "
                                             f"հիշատակի օր ({y - 1915}-րդ տարելից)")
    independence = _yearly("09-21", 1, 0, lambda y: "Սեպտեմբերի 21՝ Անկախության օր")
    return _calendar(base, war, news, votes, april, independence)


def ararat_style() -> PublisherStyle:
    """An Armenian news site: a section from a pool, the numeric date and time turned the
    long date on 1 September 2017 (a wording per day), the agency dateline with the day (a
    wording per day), "Հեղինակ՝", the Central Bank's dollar, euro and rouble rates for each
    day, "Կարդացեք նաև՝" up to twice, "Գովազդ" and photo credits mid-body, an appeal turned
    YouTube in 2017 and Telegram in 2019 and turned by the two Karabakh wars, the Velvet
    Revolution, the state of emergency, the votes, April 24 (its years counted) and
    Independence Day, the reprint note reworded and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="araratlur.am", site="Արարատ Լուր", base_size=130,
        subdomains=(("www.", 100),),
        sections=("qaghaqakanutyun", "tntesutyun", "hasarakutyun", "mshakuyt", "sport"),
        n_authors=6, url_path="/hy/news/{n}",
        pools={
            "bazhin": ("Քաղաքականություն", "Տնտեսություն", "Հասարակություն", "Մշակույթ",
                       "Սպորտ", "Աշխարհ"),
            "foto": ("Արարատ Լուր", "Photolure", "ՀՀ կառավարություն", "արխիվ"),
        },
        families=(
            _f("bazhin", HEADER, 0.45, (_OLD, "{bazhin}")),
            _f("amsativ", HEADER, 0.85, *_by_day(_al_amsativ)),
            _f("dateline", HEADER, 0.5, *_daily(_al_dateline)),
            _f("heghinak", HEADER, 0.4, (_OLD, "Հեղինակ՝ {author}")),
            _f("poxarjeq", HEADER, 0.3, *_daily(_al_poxarjeq)),
            _f("kardacek", MIDDLE, 0.4, (_OLD, "Կարդացեք նաև՝ {other_title}"), count=2),
            _f("govazd", MIDDLE, 0.25, (_OLD, "Գովազդ")),
            _f("lusankar", MIDDLE, 0.2, (_OLD, "Լուսանկարը՝ {foto}")),
            _f("hetevek", FOOTER, 0.3, *_al_hetevek()),
            _f("artatpum", FOOTER, 0.35,
               (_OLD, "Նյութերն արտատպելիս հղումը Արարատ Լուր-ին պարտադիր է։"),
               (AL_LINK.isoformat(), "Նյութերի ամբողջական կամ մասնակի օգտագործումը "
                                     "թույլատրվում է միայն araratlur.am-ի ակտիվ հղմամբ։")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Արարատ Լուր։ Բոլոր իրավունքները "
                                                "պաշտպանված են։")),
            _f("ughghum", HEADER, 0.04, (_OLD, "Ուղղում. նյութի նախորդ տարբերակում սխալ էր "
                                              "նշված համայնքի անունը։")),
        ),
    )


# --- a Russian-language city site of Kharkiv --------------------------------------------------

SL_REDESIGN = dt.date(2018, 8, 23)  # relaunched on the city day
SL_VK_BLOCKED = dt.date(2017, 5, 16)
SL_TELEGRAM = dt.date(2018, 9, 3)
SL_LINK = dt.date(2017, 1, 1)
SL_LANGUAGE = dt.date(2019, 7, 16)  # the state-language law in force
METRO_FARES = (("2014-01-01", "2 грн"), ("2015-04-01", "3 грн"), ("2017-02-01", "5 грн"),
               ("2018-08-01", "8 грн"))


def kharkiv_weather(day: dt.date) -> tuple[int, int, int, int]:
    """A made-up day and night temperature range for `day` in Kharkiv (°C)."""
    mean = 8 + 14 * math.sin(2 * math.pi * (day.timetuple().tm_yday - 110) / 365)
    mean += 5 * noise(day, "kharkiv")
    high = round(mean + 4 + 2 * noise(day, "high"))
    low = round(mean - 5 + 2 * noise(day, "low"))
    return high - 2, high, low - 2, low


def signed(t: int) -> str:
    return "0" if t == 0 else f"+{t}" if t > 0 else f"−{-t}"


def _sl_data(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return f"{day.day} {RU_MESYATSY[day.month - 1]} {day.year} в {{time}}"
    return (f"{RU_DNI[day.weekday()].capitalize()}, {day.day} {RU_MESYATSY[day.month - 1]} "
            f"{day.year}, {{time}}")


def _sl_pogoda(day: dt.date) -> str:
    h1, h2, l1, l2 = kharkiv_weather(day)
    return (f"Погода в Харькове на {day.day} {RU_MESYATSY[day.month - 1]}: днём "
            f"{signed(h1)}…{signed(h2)} °C, ночью {signed(l1)}…{signed(l2)} °C")


@cache
def _sl_podpiska() -> Wordings:
    base = _steps((_OLD, "Присоединяйтесь к нам в Facebook и ВКонтакте"),
                  (SL_VK_BLOCKED.isoformat(), "Присоединяйтесь к нам в Facebook и Instagram"),
                  (SL_TELEGRAM.isoformat(), "Читайте нас в Telegram: только главное о "
                                            "Харькове"))
    covid = [_span("2020-03-12", "2020-05-10", "Карантин в Харькове: что работает, а что "
                                               "нет")]
    votes = [_vote(day, f"{name}: как голосует Харьков") for day, name in (
        ("2015-10-25", "Выборы мэра 2015"), ("2019-03-31", "Выборы Президента 2019"),
        ("2019-04-21", "Второй тур выборов Президента"), ("2020-10-25", "Местные выборы "
                                                                         "2020"))]
    city_day = _yearly("08-23", 1, 1, lambda y: f"23–24 августа {y}: Харьков празднует День "
                                                f"города и День Независимости")
    paskha = _movable(orthodox_easter, 0, 0, lambda y: "Христос Воскресе! С праздником "
                                                       "Пасхи, харьковчане")
    return _calendar(base, covid, votes, city_day, paskha)


def slobozhanskie_style() -> PublisherStyle:
    """A Russian-language city site of Kharkiv: a language switcher that gains a Ukrainian
    version the day the language law came into force, a rubric from a pool, the long date
    "в" the time turned the weekday on the city day of 2018 (a wording per day), the day's
    weather (a wording per day), "Автор:", "Читайте также:" up to twice, "Реклама" and photo
    credits from a pool mid-body, the metro fare (raised three times), a social appeal that
    drops VKontakte the day Ukraine blocked it and turns Telegram, turned by the quarantine,
    the votes, the city day and Easter, the Ctrl+Enter line, the reprint note reworded and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="slobvedomosti.com.ua", site="Слобожанские ведомости", base_size=110,
        subdomains=(("www.", 100),),
        sections=("gorod", "proisshestviya", "politika", "ekonomika", "sport", "kultura"),
        n_authors=6, url_path="/{section}/{n}-{slug}.html",
        pools={
            "rubrika": ("Город", "Происшествия", "Политика", "Экономика", "Спорт", "Культура"),
            "foto": ("Слобожанские ведомости", "пресс-служба горсовета",
                     "ГСЧС в Харьковской области", "полиция Харьковской области", "соцсети"),
        },
        families=(
            _f("yazyk", HEADER, 0.15, (_OLD, "Русская версия"),
               (SL_LANGUAGE.isoformat(), "Русская версия | Українська версія")),
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.85, *_by_day(_sl_data)),
            _f("pogoda", HEADER, 0.25, *_daily(_sl_pogoda)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}")),
            _f("chitayte", MIDDLE, 0.4, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Фото: {foto}")),
            _f("metro", FOOTER, 0.12, *table_wordings(
                METRO_FARES, lambda v: f"Справка: проезд в харьковском метро стоит {v}.")),
            _f("podpiska", FOOTER, 0.35, *_sl_podpiska()),
            _f("oshibka", FOOTER, 0.25, (_OLD, "Нашли ошибку? Выделите её и нажмите "
                                               "Ctrl+Enter")),
            _f("ssylka", FOOTER, 0.3,
               (_OLD, "Перепечатка материалов без письменного разрешения редакции "
                      "запрещена."),
               (SL_LINK.isoformat(), "Использование материалов разрешается только при "
                                     "наличии активной гиперссылки на slobvedomosti.com.ua "
                                     "не ниже первого абзаца.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Слобожанские ведомости")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправлено: в первой версии новости был "
                                                   "неверно указан район.")),
        ),
    )


# --- an English-language Central Asia news site ---------------------------------------------

SC_REDESIGN = dt.date(2019, 3, 20)
SC_MEMBERS = dt.date(2018, 2, 1)
SC_CC = dt.date(2017, 9, 1)
SC_PRICES = (("2018-02-01", "$5"), ("2020-01-01", "$6"))
KGS = (("2015-01-01", 58.9), ("2015-06-01", 61.5), ("2015-12-31", 75.9), ("2016-06-01", 68.5),
       ("2016-12-31", 69.2), ("2017-12-31", 68.8), ("2018-12-31", 69.85),
       ("2019-12-31", 69.6), ("2020-03-31", 82.6), ("2020-06-01", 74.5),
       ("2020-10-15", 84.0), ("2021-01-10", 82.65))


def _sc_dated(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{time}} ALMT"


def _sc_rates(day: dt.date) -> str:
    fixed = fixing_day(day)
    kzt = quote(day, KZT, "kzt", 0.004)
    uzs = through(fixed, UZS) * (1 + 0.0015 * noise(fixed, "uzs"))
    kgs = quote(day, KGS, "kgs", 0.004)
    return (f"Official rates, {MONTHS[day.month - 1][:3]} {day.day}: $1 = {kzt:.2f} tenge · "
            f"{uzs:,.2f} sum · {kgs:.2f} som")


@cache
def _sc_support() -> Wordings:
    base = _steps((_OLD, "Sign up for our weekly Central Asia newsletter"),
                  *[(start, f"Steppe Courier is reader-funded. Become a member from {price} a "
                            f"month") for start, price in SC_PRICES])
    crisis = [_span("2020-10-05", "2020-10-16", "Kyrgyzstan in crisis: our live updates")]
    votes = [_vote(day, f"{name}: our live coverage") for day, name in (
        ("2015-04-26", "Kazakhstan's presidential election"),
        ("2016-12-04", "Uzbekistan's presidential election"),
        ("2017-10-15", "Kyrgyzstan's presidential election"),
        ("2019-06-09", "Kazakhstan's snap presidential election"),
        ("2019-12-22", "Uzbekistan's parliamentary election"),
        ("2020-10-11", "Tajikistan's presidential election"))]
    covid = [_span("2020-03-16", "2020-06-30", "Coronavirus in Central Asia: country-by-country "
                                               "tracker")]
    return _calendar(base, crisis, votes, covid)


def steppe_style() -> PublisherStyle:
    """An English-language Central Asia news site: the country from a pool, the American date
    turned the British date with Almaty time on 20 March 2019 (a wording per day), the
    agency dateline with the city from a pool (Astana's renaming in it), "By", the day's
    official rates of the tenge, the sum and the som (a wording per day), "Related:" up to
    twice and photo credits mid-body, the reporting and editing credit, a newsletter line
    turned a membership appeal whose price rose in 2020, turned by Kyrgyzstan's October
    crisis, the region's votes and the pandemic, the republishing note reworded to Creative
    Commons and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="steppecourier.com", site="Steppe Courier", base_size=90,
        subdomains=(("www.", 100),),
        sections=("kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "region": ("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan",
                       "Region"),
            "city": ("ALMATY", "TASHKENT", "BISHKEK", "ASTANA", "DUSHANBE"),
            "city_new": ("ALMATY", "TASHKENT", "BISHKEK", "NUR-SULTAN", "DUSHANBE"),
            "photo": ("Steppe Courier", "Reuters", "AP", "Kazakh Foreign Ministry",
                      "Uzbek president's press service", "Wikimedia Commons"),
        },
        families=(
            _f("region", HEADER, 0.45, (_OLD, "{region}")),
            _f("dated", HEADER, 0.85, *_by_day(_sc_dated)),
            _f("dateline", HEADER, 0.6, (_OLD, "{city} (Steppe Courier) —"),
               ("2019-03-23", "{city_new} (Steppe Courier) —")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("rates", HEADER, 0.2, *_daily(_sc_rates)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("reporting", FOOTER, 0.3, (_OLD, "(Reporting by {author}; editing by "
                                                "{author2})")),
            _f("support", FOOTER, 0.3, *_sc_support()),
            _f("republish", FOOTER, 0.25,
               (_OLD, "All rights reserved. Contact the editors for permission to reprint."),
               (SC_CC.isoformat(), "Republish our stories free under a Creative Commons "
                                   "BY-NC-ND 4.0 licence, crediting Steppe Courier.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Steppe Courier Media LLP")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled the deputy minister's "
                                                  "name.")),
        ),
    )


# --- a Ukrainian oblast weekly --------------------------------------------------------------

PS_REDESIGN = dt.date(2019, 1, 2)
PS_REFORM = dt.date(2017, 1, 1)  # no longer the oblast council's paper
PS_TELEGRAM = dt.date(2019, 2, 1)
PS_FIRST_ISSUE = 11_204  # the running number of the first Thursday of 2015
# The year's subscription price, from the start of its campaign (1 September before).
PS_PRICES = {2016: "180", 2017: "216", 2018: "264", 2019: "312", 2020: "348", 2021: "384"}
PS_INDEX = "61234"


def issue_thursday(day: dt.date) -> dt.date:
    """The Thursday of the issue on sale on `day`: the last Thursday on or before it."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def issue_numbers(day: dt.date) -> tuple[int, int]:
    """The issue on sale on `day`: its number in its year and its running number."""
    thursday = issue_thursday(day)
    first = issue_thursday(dt.date(thursday.year, 1, 7))
    running = PS_FIRST_ISSUE + (thursday - issue_thursday(dt.date(2015, 1, 7))).days // 7
    return (thursday - first).days // 7 + 1, running


def _ps_data(day: dt.date) -> str:
    if day < PS_REDESIGN:
        return dmy(day)
    return f"{day.day} {UA_MISYATSI[day.month - 1]} {day.year} р."


def _ps_nomer(day: dt.date) -> str:
    thursday = issue_thursday(day)
    number, running = issue_numbers(day)
    return (f"«Поділля сьогодні» № {number} ({running}) від {thursday.day} "
            f"{UA_MISYATSI[thursday.month - 1]} {thursday.year} р.")


@cache
def _ps_peredplata() -> Wordings:
    base = _steps((_OLD, f"Передплатний індекс {PS_INDEX}. Передплатити газету можна в усіх "
                         f"відділеннях Укрпошти."))
    rik = _yearly("11-05", 65, 45, lambda y: f"📰 Триває передплата на {y + 1} рік! Індекс "
                                             f"{PS_INDEX}, ціна на рік — {PS_PRICES[y + 1]} "
                                             f"грн")
    pivrichchya = _yearly("05-25", 24, 21, lambda y: f"Передплата на друге півріччя {y} року "
                                                     f"триває до 15 червня")
    return _calendar(base, rik, pivrichchya)


def podillya_style() -> PublisherStyle:
    """A Ukrainian oblast weekly: a rubric from a pool, the numeric date turned the long
    date on 2 January 2019 (a wording per day), the issue on sale with its number in the
    year and its running number (turning each Thursday), "Автор:", "Читайте також:",
    "Реклама" and "Фото:" mid-body, a subscription line turned by the campaign for each
    next year (with its price) and for each second half-year, a Facebook line turned
    Telegram, the founders' line reworded when the paper left the oblast council and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="podillyasogodni.com.ua", site="Поділля сьогодні", base_size=70,
        subdomains=(("", 100),),
        sections=("novyny", "suspilstvo", "ekonomika", "kultura", "sport"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "rubryka": ("Новини", "Суспільство", "Село", "Культура", "Спорт", "Здоров'я"),
            "foto": ("автора", "з архіву редакції", "пресслужби ОДА", "з відкритих джерел"),
        },
        families=(
            _f("rubryka", HEADER, 0.4, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.85, *_by_day(_ps_data)),
            _f("nomer", HEADER, 0.25, *_by_day(_ps_nomer)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}")),
            _f("chytajte", MIDDLE, 0.3, (_OLD, "Читайте також: {other_title}")),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Реклама")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото {foto}")),
            _f("peredplata", FOOTER, 0.3, *_ps_peredplata()),
            _f("sotsmerezhi", FOOTER, 0.25, (_OLD, "Читайте «Поділля сьогодні» у Facebook"),
               (PS_TELEGRAM.isoformat(), "Наш Telegram-канал: новини Вінниччини щодня")),
            _f("zasnovnyk", FOOTER, 0.3,
               (_OLD, "Засновники: Вінницька обласна рада та трудовий колектив редакції."),
               (PS_REFORM.isoformat(), "Засновник — трудовий колектив редакції. Газету "
                                       "реформовано у 2016 році.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© «Поділля сьогодні», {year}. Передрук — лише "
                                                "з дозволу редакції.")),
            _f("vypravlennya", HEADER, 0.04, (_OLD, "Виправлення: у друкованій версії "
                                                    "матеріалу було помилково вказано назву "
                                                    "села.")),
        ),
    )


# --- a Kazakh-language regional paper of East Kazakhstan ------------------------------------

ET_REDESIGN = dt.date(2019, 1, 10)
ET_TELEGRAM = dt.date(2019, 6, 3)
ET_LINK = dt.date(2018, 9, 3)
ET_INDEX = "65432"
ET_PRICES = {2016: "1 860", 2017: "1 980", 2018: "2 150", 2019: "2 290", 2020: "2 440",
             2021: "2 600"}  # six months, in tenge


def _et_kuni(day: dt.date) -> str:
    if day < ET_REDESIGN:
        return f"{day.year} жылғы {day.day} {KK_AILAR[day.month - 1]}"
    return f"{day.day} {KK_AILAR[day.month - 1]} {day.year}, {KK_KUNDER[day.weekday()]}"


def _et_dateline(day: dt.date) -> str:
    return f"Өскемен / Усть-Каменогорск, {dmy(day)}"


@cache
def _et_zhazylu() -> Wordings:
    base = _steps((_OLD, f"«Ертіс таңы» газетіне жазылу индексі — {ET_INDEX}"))
    emergency = [_span("2020-03-16", "2020-05-11", "Төтенше жағдай: ресми ақпарат пен "
                                                   "кеңестер")]
    zhazylu = _yearly("11-15", 45, 40, lambda y: f"{y + 1} жылға жазылу жалғасуда! 6 айға — "
                                                 f"{ET_PRICES[y + 1]} теңге")
    nauryz = _yearly("03-22", 2, 1, lambda y: "Наурыз мейрамы құтты болсын!")
    tauelsizdik = _yearly("12-16", 1, 1, lambda y: "Тәуелсіздік күні құтты болсын!")
    return _calendar(base, emergency, tauelsizdik, zhazylu, nauryz)


def ertis_style() -> PublisherStyle:
    """A Kazakh-language regional paper of East Kazakhstan: a section from a pool, the date
    in Kazakh ("2018 жылғы 12 наурыз") turned the day first with the weekday on 10 January
    2019 (a wording per day), the bilingual Kazakh and Russian dateline of Öskemen with the
    day (a wording per day), "Авторы:", "Оқи отырыңыз:" and the photographer mid-body, a
    subscription line turned by each campaign (with the half-year price), the state of
    emergency, Nauryz and Independence Day, an Instagram appeal turned Telegram, the reprint
    note reworded into Kazakh and Russian and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="ertistany.kz", site="Ертіс таңы", base_size=55,
        subdomains=(("", 100),),
        sections=("qogam", "sayasat", "ekonomika", "onir", "sport"),
        n_authors=4, url_path="/kk/{section}/{n}",
        pools={"aidar": ("Қоғам", "Саясат", "Экономика", "Өңір", "Спорт", "Мәдениет")},
        families=(
            _f("aidar", HEADER, 0.4, (_OLD, "{aidar}")),
            _f("kuni", HEADER, 0.85, *_by_day(_et_kuni)),
            _f("dateline", HEADER, 0.5, *_daily(_et_dateline)),
            _f("avtor", HEADER, 0.45, (_OLD, "Авторы: {author}")),
            _f("oqynyz", MIDDLE, 0.3, (_OLD, "Оқи отырыңыз: {other_title}")),
            _f("suret", MIDDLE, 0.2, (_OLD, "Суретті түсірген: {author2}")),
            _f("zhazylu", FOOTER, 0.3, *_et_zhazylu()),
            _f("aleumet", FOOTER, 0.3, (_OLD, "Бізді Instagram-да оқыңыз"),
               (ET_TELEGRAM.isoformat(), "Жаңалықтарды Telegram арнамыздан оқыңыз")),
            _f("koshirme", FOOTER, 0.35,
               (_OLD, "Материалдарды көшіріп басқанда «Ертіс таңы» газетіне сілтеме жасау "
                      "міндетті."),
               (ET_LINK.isoformat(), "Сайт материалдарын пайдаланғанда ertistany.kz сайтына "
                                     "гиперсілтеме міндетті. / При использовании материалов "
                                     "гиперссылка на ertistany.kz обязательна.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} «Ертіс таңы». Барлық құқықтар "
                                                "қорғалған.")),
            _f("tuzetu", HEADER, 0.04, (_OLD, "Түзету: мақаланың алғашқы нұсқасында ауданның "
                                              "атауы қате жазылған.")),
        ),
    )


# --- a regional television channel of Adjara ------------------------------------------------

BT_REDESIGN = dt.date(2018, 7, 1)
BT_YOUTUBE = dt.date(2019, 4, 1)
BT_LICENCE = dt.date(2017, 3, 1)


def _bt_tarighi(day: dt.date) -> str:
    if day < BT_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"ბათუმი, {day.day} {KA_TVEEBI[day.month - 1]} {day.year}, {{time}}"


@cache
def _bt_eteri() -> Wordings:
    base = _steps((_OLD, "ახალი ამბები ყოველდღე 19:00 და 21:00 საათზე"))
    votes = [_vote(day, f"🔴 {name}: პირდაპირი ეთერი ღამით", before=1) for day, name in (
        ("2016-10-08", "არჩევნები 2016"), ("2017-10-21", "ადგილობრივი არჩევნები 2017"),
        ("2018-10-28", "საპრეზიდენტო არჩევნები 2018"), ("2020-10-31", "არჩევნები 2020"))]
    zaphkhuli = _yearly("07-25", 54, 52, lambda y: f"ზაფხული {y}: საღამოს გამოშვება "
                                                   f"22:00 საათზე")
    aghdgoma = _movable(orthodox_easter, 1, 0, lambda y: "აღდგომის ღამე — პირდაპირი "
                                                         "ტრანსლაცია საკათედრო ტაძრიდან")
    return _calendar(base, votes, aghdgoma, zaphkhuli)


def batumi_style() -> PublisherStyle:
    """A regional television channel of Adjara: the numeric date turned "ბათუმი," with the
    long date and time on 1 July 2018 (a wording per day), the story's reporter and camera
    operator and "რეკლამა" mid-body, "ასევე:" links, the news-hours line turned by the
    summer schedule, the votes' night broadcasts and Easter night, a YouTube appeal
    reworded, the news-tips line, the licence line reworded and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="batumistalga.ge", site="ბათუმის ტალღა", base_size=40,
        subdomains=(("www.", 100),),
        sections=("siakhleebi", "regioni", "sazogadoeba", "sporti"),
        n_authors=4, url_path="/news/{n}",
        families=(
            _f("tarighi", HEADER, 0.85, *_by_day(_bt_tarighi)),
            _f("siuzheti", MIDDLE, 0.3, (_OLD, "სიუჟეტის ავტორი: {author}, ოპერატორი: "
                                               "{author2}")),
            _f("reklama", MIDDLE, 0.2, (_OLD, "რეკლამა")),
            _f("aseve", MIDDLE, 0.25, (_OLD, "ასევე: {other_title}")),
            _f("eteri", FOOTER, 0.2, *_bt_eteri()),
            _f("youtube", FOOTER, 0.45, (_OLD, "გამოიწერეთ ჩვენი YouTube არხი — ბათუმის ტალღა"),
               (BT_YOUTUBE.isoformat(), "▶️ ყველა სიუჟეტი ჩვენს YouTube არხზეა: "
                                        "გამოიწერეთ და ჩართეთ ზარი 🔔")),
            _f("ambavi", FOOTER, 0.3, (_OLD, "გაქვთ ახალი ამბავი? მოგვწერეთ: "
                                             "news@batumistalga.ge")),
            _f("licenzia", FOOTER, 0.15,
               (_OLD, "მაუწყებლობის ლიცენზია გაცემულია საქართველოს კომუნიკაციების "
                      "ეროვნული კომისიის მიერ."),
               (BT_LICENCE.isoformat(), "ავტორიზებული მაუწყებელი. საქართველოს "
                                        "კომუნიკაციების ეროვნული კომისია.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ბათუმის ტალღა")),
            _f("shesworeba", HEADER, 0.04, (_OLD, "შესწორება: სიუჟეტის პირველ ვერსიაში "
                                                  "არასწორად იყო მითითებული თარიღი.")),
        ),
    )


# --- the English service of an Armenian agency ----------------------------------------------

HW_REDESIGN = dt.date(2017, 1, 1)
HW_LANGUAGES = dt.date(2018, 9, 1)
HW_TELEGRAM = dt.date(2019, 6, 3)


def _hw_dateline(day: dt.date) -> str:
    month = MONTHS[day.month - 1]
    if day < HW_REDESIGN:
        return f"YEREVAN, {month.upper()} {day.day}. /Hayk Wire/."
    return f"YEREVAN, {month} {day.day}. /Hayk Wire/."


def _hw_dated(day: dt.date) -> str:
    return f"{{time}}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def _hw_rates(day: dt.date) -> str:
    usd, eur, rub = dram_rates(day)
    return f"CBA rates ({dmy(day)}): USD {usd:.2f} · EUR {eur:.2f} · RUB {rub:.2f} AMD"


@cache
def _hw_follow() -> Wordings:
    base = _steps((_OLD, "Follow Hayk Wire on Twitter"),
                  (HW_TELEGRAM.isoformat(), "Hayk Wire is now on Telegram and YouTube"))
    war = [_span("2020-09-27", "2020-11-10", "Martial law in Armenia: official updates from "
                                             "the Ministry of Defence")]
    april = _yearly("04-24", 1, 0, lambda y: f"April 24: {y - 1915} years since the Armenian "
                                             f"Genocide")
    return _calendar(base, war, april)


def haykwire_style() -> PublisherStyle:
    """The English service of an Armenian agency: the agency dateline with the month in
    capitals turned title case in 2017 (a wording per day), the long date and time, the
    Central Bank's rates for each day, "Also read:" and photo credits mid-body, a languages
    line turned into links in Armenian and Russian, a Twitter appeal turned Telegram and
    YouTube and turned by martial law and April 24, the reprint line and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="haykwire.am", site="Hayk Wire", base_size=30,
        subdomains=(("en.", 100),),
        sections=("politics", "economy", "society", "world"),
        n_authors=3, url_path="/{section}/{n}.html",
        pools={"photo": ("Hayk Wire", "PAN Photo", "Government of Armenia", "archive")},
        families=(
            _f("dateline", HEADER, 0.8, *_by_day(_hw_dateline)),
            _f("dated", HEADER, 0.6, *_by_day(_hw_dated)),
            _f("rates", HEADER, 0.2, *_daily(_hw_rates)),
            _f("also", MIDDLE, 0.3, (_OLD, "Also read: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("languages", FOOTER, 0.25, (_OLD, "This story is also available in Armenian "
                                                 "and Russian."),
               (HW_LANGUAGES.isoformat(), "Read this story in: Հայերեն | Русский")),
            _f("follow", FOOTER, 0.25, *_hw_follow()),
            _f("reprint", FOOTER, 0.4, (_OLD, "Full or partial reproduction of Hayk Wire "
                                              "materials requires a hyperlink to "
                                              "haykwire.am.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Hayk Wire")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version misstated "
                                                  "the name of the ministry.")),
        ),
    )


def heldout175_styles() -> list[PublisherStyle]:
    """The held-back-175 styles, in the order the generator hands them to publishers."""
    return [
        ukrvisnyk_style(), stepnoy_style(), mtkvari_style(), xazar_style(), vodiy_style(),
        ararat_style(), slobozhanskie_style(), steppe_style(), podillya_style(), ertis_style(),
        batumi_style(), haykwire_style(),
    ]
