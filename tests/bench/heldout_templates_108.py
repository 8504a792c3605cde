"""The ``held-back-108`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-105 set
(`tests.bench.heldout_templates_105`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of Russia's regions, Belarus and Central Asia,
large and small: a Russian regional daily in Yekaterinburg, a Belarusian-language site in
Minsk, a Russian-language daily in Almaty, a Tatar-language site in Kazan, an Uzbek site in
Tashkent, a Russian-language news agency in Bishkek, a Bashkir weekly in Ufa, a Russian site
in Yakutsk with Sakha lines, a Russian-language weekly in Dushanbe, a Russian site in Grozny
with Chechen lines, a district weekly near Grodno and a district weekly in the Arkhangelsk
region. The families are the kinds a crawl of such sites holds: dates localised day by day in
Russian, Belarusian, Tatar, Uzbek (in Cyrillic, then in Latin script from a redesign),
Kyrgyz, Bashkir, Sakha, Tajik and with Chechen weekdays (several changing form on the day of
a redesign), lines that turn every day, every week or twice a week (the central banks' rates
of the rouble, the Belarusian rouble before and after its redenomination, the tenge before and
after it was floated, the sum before and after it was freed, the som and the somoni on working
days, Yakutsk's temperatures every day, weeklies' issue numbers with their running counts, a
print run by issue), the seasons of ticks, heating, mudflows, avalanches, smog, heat, cold
days off school, river crossings and winter roads, harvests and subscription campaigns (with
their prices), bylines and datelines of many shapes (the capital renamed in 2019), section
kickers, read-also links (some up to two times), photo credits, sources, a cross-post from
the print issue, fair-use and copyright lines, registration and age marks, donation,
membership, newsletter and social appeals, prices in roubles, Belarusian roubles (old and
new), tenge and somoni (several rising over the years), notices reworded in 2016-2020,
notices that follow the region's calendars (federal, regional and presidential votes, a
constitutional vote and referendums, an annulled election and a state of emergency, the
tenge's float, the sum freed, the redenomination, the Nomad Games, a summit, the World Cup,
a dam's collapse, a national mourning, self-isolation and quarantines, Victory Day with its
count and its parade put off in 2020, city, republic, independence, constitution, capital
and unity days with their counts, Nauryz and Navruz, the Eids as each republic keeps them,
Sabantuy, Ysyakh, Radunitsa by Orthodox Easter, Kupalle, Freedom Day, the days of written
and native languages, events held online in 2020), multi-line blocks, mid-body inserts, bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
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

RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
RUSSIAN_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье")
BELARUSIAN_MONTHS = ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня",
                     "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня")
BELARUSIAN_WEEKDAYS = ("панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота",
                       "нядзеля")
TATAR_MONTHS = ("гыйнвар", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                "сентябрь", "октябрь", "ноябрь", "декабрь")
TATAR_WEEKDAYS = ("дүшәмбе", "сишәмбе", "чәршәмбе", "пәнҗешәмбе", "җомга", "шимбә", "якшәмбе")
BASHKIR_MONTHS = ("ғинуар", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь")
BASHKIR_WEEKDAYS = ("дүшәмбе", "шишәмбе", "шаршамбы", "кесаҙна", "йома", "шәмбе", "йәкшәмбе")
SAKHA_MONTHS = ("тохсунньу", "олунньу", "кулун тутар", "муус устар", "ыам ыйа", "бэс ыйа",
                "от ыйа", "атырдьах ыйа", "балаҕан ыйа", "алтынньы", "сэтинньи", "ахсынньы")
SAKHA_WEEKDAYS = ("бэнидиэнньик", "оптуорунньук", "сэрэдэ", "чэппиэр", "бээтинсэ", "субуота",
                  "баскыһыанньа")
CHECHEN_WEEKDAYS = ("Оршот", "Шинара", "Кхаара", "Еара", "ПӀераска", "Шот", "КӀиранде")
KYRGYZ_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                 "сентябрь", "октябрь", "ноябрь", "декабрь")
KYRGYZ_WEEKDAYS = ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби",
                   "жекшемби")
TAJIK_MONTHS = ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр",
                "октябр", "ноябр", "декабр")
TAJIK_WEEKDAYS = ("Душанбе", "Сешанбе", "Чоршанбе", "Панҷшанбе", "Ҷумъа", "Шанбе",
                  "Якшанбе")
UZBEK_LATIN_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                      "sentabr", "oktabr", "noyabr", "dekabr")
UZBEK_LATIN_WEEKDAYS = ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba",
                        "yakshanba")
UZBEK_CYRILLIC_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                         "август", "сентябрь", "октябрь", "ноябрь", "декабрь")
UZBEK_CYRILLIC_WEEKDAYS = ("душанба", "сешанба", "чоршанба", "пайшанба", "жума", "шанба",
                           "якшанба")

# The Eids on the days the republics of Russia's Volga and Caucasus kept them as holidays
# (Tatarstan, Bashkortostan, Chechnya), and as the Central Asian republics kept them.
URAZA = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
         2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
          2019: "2019-08-11", 2020: "2020-07-31"}
FITR_CA = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
           2019: "2019-06-05", 2020: "2020-05-24"}
ADHA_CA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-22",
           2019: "2019-08-12", 2020: "2020-07-31"}
# Kazan's Sabantuy as the site's readers kept it (held online in 2020).
SABANTUY = {2015: "2015-06-27", 2016: "2016-06-25", 2017: "2017-06-24", 2018: "2018-06-23",
            2019: "2019-06-22", 2020: "2020-06-20"}
# Where the Day of Belarusian Written Language was held, the first Sunday of September.
PISMIENSTVA_BE = {2015: "Шчучыне", 2016: "Рагачове", 2017: "Полацку", 2018: "Іванаве",
                  2019: "Слоніме", 2020: "Бялынічах"}
PISMENNOST_RU = {2015: "Щучине", 2016: "Рогачёве", 2017: "Полоцке", 2018: "Иванове",
                 2019: "Слониме", 2020: "Белыничах"}


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly comes out)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def along(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `points` ((ISO day, value), ...)."""
    if day.isoformat() <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in zip(points, points[1:], strict=False):
        if day.isoformat() <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return points[-1][1]


def comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma (64,38), as Russian-language pages print it."""
    return f"{number:.{places}f}".replace(".", ",")


def spaced(number: float, places: int = 0) -> str:
    """`number` with a space between thousands and a decimal comma: 20 180, 8 100,00."""
    whole, _, frac = f"{number:,.{places}f}".partition(".")
    return whole.replace(",", " ") + (f",{frac}" if frac else "")


def issue_of(day: dt.date, weekday: int, first_number: int) -> tuple[int, int, dt.date]:
    """A weekly out on `weekday`: its number in the year, its running number (`first_number`
    on the first issue of 2015) and the day it came out."""
    out = week_from(day, weekday)
    first = week_from(dt.date(out.year, 1, 7), weekday)  # the year's first issue
    running = first_number + (out - week_from(dt.date(2015, 1, 7), weekday)).days // 7
    return (out - first).days // 7 + 1, running, out


def _count_weekday(first: dt.date, last: dt.date, weekday: int) -> int:
    start = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    return 0 if start > last else (last - start).days // 7 + 1


def twice_weekly(day: dt.date, weekdays: tuple[int, int], first_number: int
                 ) -> tuple[int, int, dt.date]:
    """A paper out on two weekdays: its number in the year, its running number
    (`first_number` on the first issue of 2015) and the day it came out."""
    out = max(week_from(day, w) for w in weekdays)
    in_year = sum(_count_weekday(dt.date(out.year, 1, 1), out, w) for w in weekdays)
    since = sum(_count_weekday(FIRST_DAY, out, w) for w in weekdays)
    return in_year, first_number + since - 1, out


# --- a Russian regional daily (Yekaterinburg) -------------------------------------------------

UR_REDESIGN = dt.date(2018, 6, 12)  # relaunched on Russia Day
UR_TELEGRAM = dt.date(2018, 9, 3)
UR_RIGHTS = dt.date(2019, 1, 9)


def rub_usd(day: dt.date) -> float:
    """The made-up official rate of a dollar in roubles for `day` (set on working days): the
    fall of early 2015 and of January 2016, about 57 in 2017, 80 in March 2020."""
    work = working_day(day)
    base = along(work, (("2015-01-01", 56.2), ("2015-02-01", 68.9), ("2015-05-15", 49.9),
                        ("2015-08-25", 70.8), ("2015-10-01", 66.0), ("2016-01-22", 82.9),
                        ("2016-05-01", 65.0), ("2016-12-31", 60.7), ("2017-06-01", 56.5),
                        ("2017-12-31", 57.6), ("2018-04-15", 62.0), ("2018-09-10", 70.0),
                        ("2018-12-31", 69.5), ("2019-06-01", 65.2), ("2019-12-31", 61.9),
                        ("2020-03-20", 80.2), ("2020-06-01", 70.5), ("2020-10-28", 79.6),
                        ("2021-01-10", 74.0)))
    return round(base + made_up(work, "rub", -40, 40) / 100, 2)


def rub_eur(day: dt.date) -> float:
    """The made-up official rate of a euro in roubles for `day` (the dollar's times a
    euro's worth in dollars, about 1.06 to 1.22)."""
    work = working_day(day)
    ratio = along(work, (("2015-01-01", 1.20), ("2015-04-01", 1.07), ("2016-12-31", 1.05),
                         ("2018-02-01", 1.24), ("2019-06-01", 1.12), ("2020-12-31", 1.22)))
    return round(rub_usd(day) * ratio + made_up(work, "eur", -20, 20) / 100, 2)


def _ur_dated(day: dt.date) -> str:
    if day < UR_REDESIGN:
        return (f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, "
                f"{RUSSIAN_WEEKDAYS[day.weekday()]}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"


def _ur_dateline(day: dt.date) -> str:
    return f"{{gorod}}, {day.day} {RUSSIAN_MONTHS[day.month - 1]}."


def _ur_fx(day: dt.date) -> str:
    return f"Курс ЦБ: $ {comma(rub_usd(day))} ₽ · € {comma(rub_eur(day))} ₽"


def _ur_victory(y: int) -> str:
    if y == 2020:
        return "🎖️ 75 лет Победы: парад перенесён, «Бессмертный полк» в этом году — онлайн"
    return f"🎖️ {y - 1945} лет Победы: программа праздника и перекрытия в центре"


def _ur_city_day(y: int) -> str:
    if y == 2020:
        return "🎉 День города в этом году без массовых гуляний: концерты покажут онлайн"
    return f"🎉 День города: Екатеринбургу {y - 1723} лет, программа на выходные"


def _ur_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на нас во «ВКонтакте» и «Одноклассниках»"),
                  (UR_TELEGRAM.isoformat(), "📲 Наш Telegram-канал: главное за день коротко "
                                            "и без рекламы"))
    news: list[Event] = [
        _vote("2015-09-13", "🗳️ Единый день голосования: где найти свой участок", before=5),
        _vote("2016-09-18", "🗳️ Выборы в Госдуму: участки открыты с 8:00 до 20:00",
              before=6, after=1),
        _vote("2017-09-10", "🗳️ Выборы губернатора Свердловской области", before=5),
        _vote("2018-03-18", "🗳️ Выборы Президента России: как проголосовать не по прописке",
              before=6, after=1),
        _span("2018-06-14", "2018-06-28", "⚽ Чемпионат мира: перекрытия улиц в дни матчей на "
                                          "Центральном стадионе"),
        _vote("2018-09-09", "🗳️ Выборы в городскую думу: списки кандидатов по округам",
              before=5),
        _span("2020-05-07", "2020-05-09", _ur_victory(2020)),
        _span("2020-06-22", "2020-06-24", "🎖️ Парад Победы 24 июня: перекрытия в центре "
                                          "города"),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам в Конституцию: "
                                          "участки открыты семь дней"),
        _span("2020-03-30", "2020-06-30", "😷 Режим самоизоляции: что можно и чего нельзя "
                                          "в Свердловской области"),
        _vote("2020-09-13", "🗳️ Выборы в Законодательное собрание: голосуем три дня, с 11 "
                            "по 13 сентября", before=4),
    ]
    feasts = _yearly("05-09", 2, 0, _ur_victory)
    feasts += _movable(lambda y: nth_weekday(y, 8, 5, 3), 2, 1, _ur_city_day)
    feasts += _yearly("12-31", 0, 0, lambda y: f"🎄 С наступающим {y + 1} годом!")
    feasts += _yearly("06-12", 0, 0, lambda _: "🇷🇺 С Днём России! Салют в 23:00 над прудом")
    return _calendar(base, news, feasts)


def yekaterinburg_style() -> PublisherStyle:
    """A Russian regional daily (Yekaterinburg): a section kicker, the date and the weekday
    turned a dotted date with the time on Russia Day 2018 (a wording per day), "Автор:"
    turned "Текст:", a town's dateline with the day (a wording per day), "Читайте также:"
    (up to twice), a photo credit from a pool of sources, the central bank's dollar and euro
    on working days, the seasons of ticks, swimming, mushrooms and heating, a social line
    turned a messenger appeal and turned by six votes, the World Cup, self-isolation, the
    constitutional vote and the parade put off, Victory Day with its count, the City Day
    with its count (without crowds in 2020), Russia Day and New Year, a banned-organisation
    footnote, a typo line, a subscription price rising, the registration line and a rights
    line reworded (a block), a rare "being updated" line."""
    return PublisherStyle(
        domain="uralletopis.ru", site="Уральская летопись", base_size=240,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("news", "politics", "economy", "city", "incidents", "sport", "culture"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrika": ("Новости", "Политика", "Экономика", "Город", "Происшествия", "Спорт",
                        "Культура", "Область"),
            "gorod": ("НИЖНИЙ ТАГИЛ", "КАМЕНСК-УРАЛЬСКИЙ", "ПЕРВОУРАЛЬСК", "СЕРОВ", "АСБЕСТ",
                      "РЕВДА", "ВЕРХНЯЯ ПЫШМА", "ИРБИТ"),
            "istochnik": ("пресс-служба губернатора Свердловской области",
                          "пресс-служба администрации Екатеринбурга",
                          "ГУ МВД по Свердловской области", "архив редакции", "соцсети",
                          "читатели"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.85, *_by_day(_ur_dated)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {author}"),
               (UR_REDESIGN.isoformat(), "Текст: {author}")),
            _f("gorod", HEADER, 0.2, *_by_day(_ur_dateline)),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {istochnik}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_ur_fx)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("04-10", "🕷️ Клещевой сезон: после прогулки в лесу осмотрите себя и детей"),
                ("06-10", "🌊 Купальный сезон: купайтесь только на оборудованных пляжах"),
                ("08-15", "🍄 Грибной сезон: не ходите в лес в одиночку, берите заряженный "
                          "телефон"),
                ("09-20", "🔥 Отопительный сезон: о холодных батареях сообщайте в управляющую "
                          "компанию"))),
            _f("uvedomlenie", FOOTER, 0.3, *_ur_notice()),
            _f("zapreshchena", FOOTER, 0.07, (_OLD, "* Организация признана террористической "
                                                    "и запрещена на территории России")),
            _f("oshibka", FOOTER, 0.3, (_OLD, "Нашли ошибку? Выделите её и нажмите "
                                              "Ctrl+Enter")),
            _f("podpiska", FOOTER, 0.15, (_OLD, "Подписка на электронную версию: 199 ₽ в "
                                                "месяц"),
               ("2017-01-09", "Подписка на электронную версию: 249 ₽ в месяц"),
               ("2019-01-09", "Подписка на электронную версию: 299 ₽ в месяц или 2990 ₽ в "
                              "год")),
            _f("svidetelstvo", FOOTER, 0.3, (_OLD, "Сетевое издание зарегистрировано "
                                                   "Роскомнадзором. Свидетельство Эл № "
                                                   "ФС77-00000. 18+")),
            _f("kopirayt", FOOTER, 0.45, (_OLD, "© {year} Уральская летопись. Все права "
                                                "защищены."),
               (UR_RIGHTS.isoformat(), "© {year} Уральская летопись. Цитирование — не более "
                                       "1000 знаков и с гиперссылкой на источник.")),
            _f("dopolnyaetsya", FOOTER, 0.04, (_OLD, "Новость дополняется")),
        ),
    )


# --- a Belarusian-language site (Minsk) -------------------------------------------------------

BY_REDESIGN = dt.date(2017, 3, 25)  # relaunched on Freedom Day
BY_TELEGRAM = dt.date(2018, 10, 1)
BY_ERIP = dt.date(2019, 2, 4)
DENOMINATION = dt.date(2016, 7, 1)  # 10,000 old roubles became one new rouble


def byn_usd(day: dt.date) -> float:
    """The made-up official rate of a dollar in new Belarusian roubles for `day` (set on
    working days; before the redenomination, times 10,000 in old ones): about 1.19 (11,900)
    early in 2015, 2.2 in January 2016, 1.9-2.1 to 2019, 2.6 in the autumn of 2020."""
    work = working_day(day)
    base = along(work, (("2015-01-01", 1.19), ("2015-01-12", 1.52), ("2015-08-20", 1.75),
                        ("2015-12-31", 1.86), ("2016-01-21", 2.21), ("2016-06-30", 2.01),
                        ("2016-12-31", 1.96), ("2017-12-31", 1.97), ("2018-06-01", 2.00),
                        ("2018-12-31", 2.16), ("2019-12-31", 2.11), ("2020-03-31", 2.53),
                        ("2020-06-01", 2.39), ("2020-08-31", 2.62), ("2021-01-10", 2.60)))
    return round(base + made_up(work, "byn", -150, 150) / 10_000, 4)


def _by_dated(day: dt.date) -> str:
    weekday, month = BELARUSIAN_WEEKDAYS[day.weekday()], BELARUSIAN_MONTHS[day.month - 1]
    if day < BY_REDESIGN:
        return f"{weekday.capitalize()}, {day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}, {{time}}"


def _by_rate(day: dt.date) -> str:
    if day < DENOMINATION:
        return f"Афіцыйны курс: 1 USD = {spaced(byn_usd(day) * 10_000)} BYR"
    return f"Афіцыйны курс: 1 USD = {comma(byn_usd(day), 4)} BYN"


def _by_notice() -> Wordings:
    base = _steps((_OLD, "Далучайцеся да нас у Фэйсбуку і ВКантакце"),
                  (BY_TELEGRAM.isoformat(), "📲 Мы ў Telegram: хуткія навіны без рэкламы"))
    news: list[Event] = [
        _vote("2015-10-11", "🗳️ Прэзідэнцкія выбары: датэрміновае галасаванне з 6 "
                            "кастрычніка", before=5),
        _span("2016-06-20", "2016-07-10", "💱 Дэнамінацыя: з 1 ліпеня цэны ў новых рублях, "
                                          "старыя грошы ходзяць да канца года"),
        _vote("2016-09-11", "🗳️ Выбары ў Палату прадстаўнікоў: дзе ваш участак", before=5),
        _vote("2018-02-18", "🗳️ Мясцовыя выбары: спісы кандыдатаў па акругах", before=5),
        _vote("2019-11-17", "🗳️ Парламенцкія выбары: датэрміновае галасаванне з 12 "
                            "лістапада", before=5),
        _span("2020-08-04", "2020-08-09", "🗳️ Прэзідэнцкія выбары: датэрміновае галасаванне "
                                          "да 8 жніўня, асноўны дзень — 9 жніўня"),
        _span("2020-08-10", "2020-08-20", "⚠️ Калі сайт не адкрываецца, чытайце нас праз "
                                          "Telegram або VPN"),
    ]
    feasts = _yearly("03-25", 0, 0, lambda y: f"🤍❤️🤍 Дзень Волі: {y - 1918} гадоў з дня "
                                              f"абвяшчэння БНР")
    feasts += _yearly("07-03", 1, 0, lambda y: f"Дзень Незалежнасці: {y - 1944} гадоў з дня "
                                               f"вызвалення Менска")
    feasts += _movable(lambda y: orthodox_easter(y) + dt.timedelta(days=9), 1, 0,
                       lambda _: "🕯️ Радаўніца: графік дадатковых аўтобусаў да могілак")
    feasts += _movable(lambda y: nth_weekday(y, 9, 6, 1), 2, 0,
                       lambda y: f"📜 Дзень беларускага пісьменства {y} у "
                                 f"{PISMIENSTVA_BE[y]}")
    feasts += _yearly("07-06", 0, 1, lambda _: "🌿 Купалле: дзе шукаць папараць-кветку ў "
                                               "Менску і наваколлі")
    return _calendar(base, news, feasts)


def minsk_style() -> PublisherStyle:
    """A Belarusian-language site (Minsk): a section kicker, the Belarusian weekday and the
    date turned the date and the time on Freedom Day 2017 (a wording per day), "Аўтар:"
    turned with the site's name, "Чытайце таксама:" (up to twice), a photo credit from a
    pool, the national bank's rate on working days in old roubles, then in new ones from the
    redenomination of 1 July 2016, forest bans, swimming, mushrooms and heating, a social
    line turned a messenger appeal and turned by five votes (the 2020 one with its early
    voting and the outages after it) and the redenomination, Freedom Day and Independence
    Day with their counts, Radunitsa by Orthodox Easter, the Day of Written Language in its
    town each year and Kupalle, a donation appeal turned with the payment system, an opinion
    disclaimer and a rights line (a block), a rare maintenance notice."""
    return PublisherStyle(
        domain="menskivesnik.by", site="Менскі веснік", base_size=210,
        subdomains=(("", 85), ("m.", 15)),
        sections=("naviny", "palityka", "ekanomika", "hramadstva", "kultura", "sport"),
        n_authors=8, url_path="/{section}/{n}.html",
        pools={
            "rubryka": ("Навіны", "Палітыка", "Эканоміка", "Грамадства", "Культура", "Спорт",
                        "Меркаванні"),
            "foto": ("архіў рэдакцыі", "чытачы", "сацсеткі", "прэс-служба Мінгарвыканкама",
                     "асабісты архіў героя"),
        },
        families=(
            _f("rubryka", HEADER, 0.4, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.8, *_by_day(_by_dated)),
            _f("autar", HEADER, 0.5, (_OLD, "Аўтар: {author}"),
               (BY_REDESIGN.isoformat(), "{author} | Менскі веснік")),
            _f("chytajce", MIDDLE, 0.35, (_OLD, "Чытайце таксама: {other_title}"), count=2),
            _f("fota", MIDDLE, 0.2, (_OLD, "Фота: {foto}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_by_rate)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("04-10", "🌲 Увага: у многіх раёнах абмежавана наведванне лясоў з-за "
                          "пажаранебяспекі"),
                ("06-01", "🌊 Купальны сезон: купайцеся толькі ў абсталяваных месцах"),
                ("08-20", "🍄 Грыбны сезон: не заходзьце ў лес адны, бярыце з сабой "
                          "тэлефон"),
                ("10-10", "🔥 Ацяпляльны сезон: пра халодныя батарэі паведамляйце ў ЖЭС"))),
            _f("abvestka", FOOTER, 0.3, *_by_notice()),
            _f("danat", FOOTER, 0.15, (_OLD, "Падтрымайце незалежную журналістыку: кожны "
                                             "ахвяраваны рубель мае значэнне"),
               (BY_ERIP.isoformat(), "Падтрымаць рэдакцыю можна праз АРІП: ад 5 рублёў на "
                                     "месяц")),
            _f("mierkavanni", FOOTER, 0.15, (_OLD, "Меркаванне аўтара можа не супадаць з "
                                                   "пазіцыяй рэдакцыі.")),
            _f("pravy", FOOTER, 0.4, (_OLD, "© {year} Менскі веснік. Выкарыстанне матэрыялаў "
                                            "— толькі з актыўнай спасылкай.")),
            _f("tekhrabota", HEADER, 0.04, (_OLD, "⚠️ Уначы сайт можа быць недаступны: "
                                                  "тэхнічныя работы на серверы")),
        ),
    )


# --- a Russian-language daily (Almaty, Kazakhstan) --------------------------------------------

KZ_REDESIGN = dt.date(2016, 12, 16)  # relaunched on the 25th Independence Day
KZ_LATIN = dt.date(2018, 2, 19)  # a Kazakh version in Latin script
KZ_TELEGRAM = dt.date(2018, 9, 3)
KZ_CAPITAL = dt.date(2019, 3, 23)  # Astana renamed Nur-Sultan
TENGE_FLOAT = dt.date(2015, 8, 20)


def kzt_usd(day: dt.date) -> float:
    """The made-up official rate of a dollar in tenge for `day` (set on working days): about
    185 until the float of 20 August 2015, 255 the day after, 384 in January 2016, 330 in
    2017, 380 in 2019, 448 in March 2020."""
    work = working_day(day)
    base = along(work, (("2015-01-01", 182.4), ("2015-08-19", 188.4), ("2015-08-20", 255.3),
                        ("2015-12-31", 340.0), ("2016-01-21", 384.0), ("2016-06-01", 338.0),
                        ("2016-12-31", 333.0), ("2017-06-01", 312.0), ("2017-12-31", 332.0),
                        ("2018-06-01", 327.0), ("2018-10-31", 370.0), ("2018-12-31", 384.0),
                        ("2019-06-01", 382.0), ("2019-12-31", 381.0), ("2020-03-20", 448.0),
                        ("2020-06-01", 405.0), ("2020-10-31", 432.0), ("2021-01-10", 422.0)))
    return round(base + made_up(work, "kzt", -80, 80) / 100, 2)


def _kz_dated(day: dt.date) -> str:
    if day < KZ_REDESIGN:
        return (f"{RUSSIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, {{time}}"


def _kz_rate(day: dt.date) -> str:
    return f"Официальный курс Нацбанка РК: 1 USD = {comma(kzt_usd(day))} тг"


def _kz_notice() -> Wordings:
    base = _steps((_OLD, "Мы в Facebook и Instagram: подписывайтесь"),
                  (KZ_TELEGRAM.isoformat(), "📲 Подписывайтесь на наш Telegram-канал и "
                                            "рассылку в WhatsApp"))
    news: list[Event] = [
        _vote("2015-04-26", "🗳️ Выборы Президента: участки открыты с 7:00 до 20:00",
              before=6, after=1),
        _span("2015-08-20", "2015-08-31", "💱 Тенге в свободном плавании: что изменилось для "
                                          "вкладчиков и заёмщиков"),
        _vote("2016-03-20", "🗳️ Выборы в Мажилис и маслихаты: найдите свой участок",
              before=5),
        _span("2019-03-20", "2019-03-31", "🏙️ Астана переименована в Нур-Султан: что "
                                          "изменится для жителей"),
        _vote("2019-06-09", "🗳️ Внеочередные выборы Президента: участки открыты с 7:00 до "
                            "20:00", before=6, after=1),
        _span("2020-03-16", "2020-05-11", "😷 Режим ЧП: въезд в Алматы и выезд из города "
                                          "ограничены"),
    ]
    feasts = _yearly("03-22", 1, 1, lambda _: "🌷 Наурыз мейрамы құтты болсын!")
    feasts += _yearly("12-16", 1, 0, lambda y: f"🇰🇿 {y - 1991} лет Независимости "
                                               f"Казахстана")
    feasts += _yearly("08-30", 0, 0, lambda y: f"📜 День Конституции: Основному закону "
                                               f"{y - 1995} лет")
    feasts += _yearly("07-06", 0, 0, lambda y: f"🏙️ День столицы: {y - 1998} лет главному "
                                               f"городу страны")
    feasts += _yearly("05-01", 0, 0, lambda _: "🤝 С Днём единства народа Казахстана!")
    return _calendar(base, news, feasts)


def almaty_style() -> PublisherStyle:
    """A Russian-language daily (Almaty): a section kicker, a language switcher turned with a
    Kazakh version in Latin script in 2018, the weekday and the date turned the date and the
    time on Independence Day 2016 (a wording per day), "Автор:" turned with a role, a city's
    dateline (the capital renamed Nur-Sultan in 2019), "Читайте также:" (up to twice), a
    photo credit, the national bank's rate on working days (floated in August 2015), the
    mudflow and heating seasons, a social line turned a messenger appeal and turned by
    three votes, the float, the capital's new name and the state of emergency, Nauryz,
    Independence, the Constitution and the capital with their counts and Unity Day, a
    subscription price rising, an opinion disclaimer, a rights line and the registration
    line (a block), a rare update line."""
    return PublisherStyle(
        domain="alataukurier.kz", site="Алатауский курьер", base_size=195,
        subdomains=(("www.", 100),),
        sections=("novosti", "politika", "ekonomika", "obshchestvo", "almaty", "sport"),
        n_authors=8, url_path="/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "rubrika": ("Новости", "Политика", "Экономика", "Общество", "Алматы", "Спорт",
                        "В мире"),
            "dolzhnost": ("корреспондент", "обозреватель", "собкор по Алматинской области",
                          "редактор отдела экономики"),
            "gorod": ("АСТАНА", "ШЫМКЕНТ", "КАРАГАНДА", "АКТОБЕ", "ПАВЛОДАР",
                      "УСТЬ-КАМЕНОГОРСК", "АТЫРАУ", "ТАЛДЫКОРГАН"),
            "gorod_ns": ("НУР-СУЛТАН", "ШЫМКЕНТ", "КАРАГАНДА", "АКТОБЕ", "ПАВЛОДАР",
                         "УСТЬ-КАМЕНОГОРСК", "АТЫРАУ", "ТАЛДЫКОРГАН"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("til", HEADER, 0.3, (_OLD, "Қаз | Рус"),
               (KZ_LATIN.isoformat(), "Қаз | Qaz | Рус | Eng")),
            _f("data", HEADER, 0.8, *_by_day(_kz_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (KZ_REDESIGN.isoformat(), "{author}, {dolzhnost}")),
            _f("gorod", HEADER, 0.2, (_OLD, "{gorod} —"), (KZ_CAPITAL.isoformat(),
                                                           "{gorod_ns} —")),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {author2}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_kz_rate)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("04-15", "🏔️ Селеопасный период: перед походом в горы зарегистрируйтесь в "
                          "спасательной службе"),
                ("10-15", "🔥 Отопительный сезон: о проблемах с теплом звоните в службу "
                          "109"))),
            _f("habarlama", FOOTER, 0.3, *_kz_notice()),
            _f("podpiska", FOOTER, 0.15, (_OLD, "Подписка на газету: 1 850 тг в месяц"),
               ("2017-01-03", "Подписка на газету: 2 100 тг в месяц"),
               ("2020-01-03", "Подписка на газету: 2 400 тг в месяц, электронная версия — 990 "
                              "тг")),
            _f("mnenie", FOOTER, 0.2, (_OLD, "Мнение автора может не совпадать с позицией "
                                             "редакции.")),
            _f("kopirayt", FOOTER, 0.45, (_OLD, "© {year} Алатауский курьер. Перепечатка "
                                                "только с письменного разрешения редакции.")),
            _f("svidetelstvo", FOOTER, 0.2, (_OLD, "Свидетельство о постановке на учёт СМИ № "
                                                   "00000-Г")),
            _f("obnovleno", HEADER, 0.04, (_OLD, "Материал обновлён: добавлен комментарий "
                                                 "акимата")),
        ),
    )


# --- a Tatar-language site (Kazan) ------------------------------------------------------------

TT_REDESIGN = dt.date(2017, 8, 30)  # relaunched on the Republic's Day
TT_TELEGRAM = dt.date(2019, 2, 4)


def _tt_dated(day: dt.date) -> str:
    if day < TT_REDESIGN:
        return (f"{day.day} {TATAR_MONTHS[day.month - 1]} {day.year}, "
                f"{TATAR_WEEKDAYS[day.weekday()]}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def _tt_rate(day: dt.date) -> str:
    return f"Үзәк банк курсы: 1 доллар — {comma(rub_usd(day))} сум"


def _tt_sabantuy(y: int) -> str:
    if y == 2020:
        return "🎉 Сабан туе быел онлайн: бәйгеләрне өйдән карагыз"
    return f"🎉 Казан Сабан туе {y}: программа һәм юл йөрү тәртибе"


def _tt_notice() -> Wordings:
    base = _steps((_OLD, "Безне «ВКонтакте»да укыгыз"),
                  (TT_TELEGRAM.isoformat(), "📲 Telegram-каналыбызга язылыгыз: көннең төп "
                                            "хәбәрләре"))
    news: list[Event] = [
        _vote("2015-09-13", "🗳️ Татарстан Президенты сайлаулары: участоклар 8дән 20гә кадәр "
                            "эшли", before=5),
        _vote("2016-09-18", "🗳️ Дәүләт Думасына сайлаулар: участогыгызны белегез",
              before=5),
        _vote("2018-03-18", "🗳️ Россия Президенты сайлаулары", before=6),
        _span("2018-06-14", "2018-07-08", "⚽ Дөнья чемпионаты: матч көннәрендә Казанда кайбер "
                                          "юллар ябыла"),
        _span("2020-06-25", "2020-07-01", "🗳️ Конституциягә төзәтмәләр буенча тавыш бирү"),
        _span("2020-03-30", "2020-06-15", "😷 Үзизоляция режимы: өйдә калыгыз, битлек "
                                          "киегез"),
        _vote("2020-09-13", "🗳️ Татарстан Президенты сайлаулары: өч көн тавыш бирәбез",
              before=4),
    ]
    feasts = _movable(_listed(URAZA), 1, 0, lambda _: "🌙 Ураза бәйрәме белән!")
    feasts += _movable(_listed(KURBAN), 1, 0, lambda _: "🐑 Корбан бәйрәме мөбарәк булсын!")
    feasts += _movable(_listed(SABANTUY), 2, 0, _tt_sabantuy)
    feasts += _yearly("04-26", 0, 0, lambda y: f"📚 Туган тел көне: Тукайның тууына {y - 1886} "
                                               f"ел")
    feasts += _yearly("08-30", 1, 0, lambda y: f"🎉 Татарстан Республикасы көне: {y - 1990} "
                                               f"ел")
    return _calendar(base, news, feasts)


def kazan_style() -> PublisherStyle:
    """A Tatar-language site (Kazan): a section kicker, the Tatar date and weekday turned a
    dotted date with the time on the Republic's Day 2017 (a wording per day), "Автор:"
    turned "Хәбәрче:", "Шулай ук укыгыз:" (up to twice), a photo credit, the central bank's
    dollar in "сум" on working days, a social line turned a messenger appeal and turned by
    four votes, the constitutional vote, the World Cup and self-isolation, both Bayrams as
    Tatarstan kept them, Kazan's Sabantuy (online in 2020), Tukay's day and the Republic's
    Day with their counts, a subscription price rising, an age mark and a rights line (a
    block), a rare maintenance notice."""
    return PublisherStyle(
        domain="kazantany.ru", site="Казан таңы", base_size=170,
        subdomains=(("", 100),),
        sections=("yanalyklar", "syyasat", "iktisad", "jamgyyat", "madaniyat", "din"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"bulek": ("Яңалыклар", "Сәясәт", "Икътисад", "Җәмгыять", "Мәдәният", "Дин",
                         "Спорт")},
        families=(
            _f("bulek", HEADER, 0.35, (_OLD, "{bulek}")),
            _f("data", HEADER, 0.75, *_by_day(_tt_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (TT_REDESIGN.isoformat(), "Хәбәрче: {author}")),
            _f("ukygyz", MIDDLE, 0.3, (_OLD, "Шулай ук укыгыз: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {author2}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_tt_rate)),
            _f("beldereu", FOOTER, 0.3, *_tt_notice()),
            _f("yazylu", FOOTER, 0.15, (_OLD, "Гәзиткә язылу: 6 айга 540 сум"),
               ("2017-07-01", "Гәзиткә язылу: 6 айга 612 сум"),
               ("2019-07-01", "Гәзиткә язылу: 6 айга 690 сум, электрон версия — айга 150 "
                              "сум")),
            _f("yash", FOOTER, 0.2, (_OLD, "16+")),
            _f("khokuk", FOOTER, 0.4, (_OLD, "© {year} Казан таңы. Материалларны кулланганда "
                                             "сылтама кую мәҗбүри.")),
            _f("tekhnik", HEADER, 0.04, (_OLD, "⚠️ Сайтта техник эшләр бара: кайбер битләр "
                                               "вакытлыча ачылмаска мөмкин")),
        ),
    )


# --- an Uzbek site (Tashkent) -----------------------------------------------------------------

UZ_LATIN = dt.date(2018, 9, 1)  # relaunched in Latin script on Independence Day
UZ_LIBERALISED = dt.date(2017, 9, 5)  # the sum freed: its official rate about doubled


def uzs_usd(day: dt.date) -> float:
    """The made-up official rate of a dollar in sum for `day` (set on working days): about
    2,420 early in 2015, 4,210 before the sum was freed on 5 September 2017, 8,100 after it,
    9,500 late in 2019, 10,480 late in 2020."""
    work = working_day(day)
    base = along(work, (("2015-01-01", 2422.0), ("2015-12-31", 2810.0), ("2016-12-31", 3231.0),
                        ("2017-09-04", 4210.0), ("2017-09-05", 8100.0), ("2017-12-31", 8120.0),
                        ("2018-12-31", 8340.0), ("2019-06-01", 8520.0), ("2019-12-31", 9510.0),
                        ("2020-06-01", 10120.0), ("2021-01-10", 10500.0)))
    return round(base * (1 + made_up(work, "uzs", -20, 20) / 10_000), 2)


def _uz_dated(day: dt.date) -> str:
    if day < UZ_LATIN:
        return (f"{day.year} йил {day.day} {UZBEK_CYRILLIC_MONTHS[day.month - 1]}, "
                f"{UZBEK_CYRILLIC_WEEKDAYS[day.weekday()]}")
    return (f"{day.day}-{UZBEK_LATIN_MONTHS[day.month - 1]}, {day.year}-yil, "
            f"{UZBEK_LATIN_WEEKDAYS[day.weekday()]} | {{time}}")


def _uz_rate(day: dt.date) -> str:
    if day < UZ_LATIN:
        return f"МБ курси: 1 АҚШ доллари = {spaced(uzs_usd(day), 2)} сўм"
    return f"MB kursi: 1 AQSH dollari = {spaced(uzs_usd(day), 2)} so‘m"


def _uz_season(day: dt.date) -> str:
    md = day.strftime("%m-%d")
    latin = day >= UZ_LATIN
    if "06-15" <= md < "09-01":
        return ("🌡️ Jazirama issiq: soat 11:00 dan 16:00 gacha quyosh ostida yurmang" if latin
                else "🌡️ Жазирама иссиқ: соат 11:00 дан 16:00 гача қуёш остида юрманг")
    if "11-01" <= md or md < "03-15":
        return ("🔥 Isitish mavsumi: gaz jihozlaridan ehtiyot bo‘lib foydalaning" if latin
                else "🔥 Иситиш мавсуми: газ жиҳозларидан эҳтиёт бўлиб фойдаланинг")
    return ("🌷 Bahor va kuz: shahar bog‘larida yangi ko‘chatlar ekilmoqda" if latin
            else "🌷 Баҳор ва куз: шаҳар боғларида янги кўчатлар экилмоқда")


def _uz_notice() -> Wordings:
    base = _steps((_OLD, "Бизни Facebook ва Одноклассникида кузатинг"),
                  (UZ_LATIN.isoformat(), "📲 Telegram kanalimizga obuna bo‘ling: eng tezkor "
                                         "yangiliklar"))
    news: list[Event] = [
        _vote("2015-03-29", "🗳️ Президент сайлови: сайлов участкалари соат 6:00 дан 20:00 "
                            "гача очиқ", before=5),
        _span("2016-09-03", "2016-09-05", "🕯️ Мамлакатда уч кунлик умуммиллий мотам"),
        _vote("2016-12-04", "🗳️ Президент сайлови: участкангизни олдиндан билиб олинг",
              before=5),
        _span("2017-09-05", "2017-09-15", "💱 Валюта бозори эркинлаштирилди: банкларда "
                                          "доллар эркин сотилмоқда"),
        _vote("2019-12-22", "🗳️ Oliy Majlis va mahalliy kengashlarga saylov", before=5),
        _span("2020-05-01", "2020-05-15", "🌊 Sardoba suv ombori: jabrlanganlarga yordam "
                                          "uchun hisob raqamlari"),
        _span("2020-03-24", "2020-06-15", "😷 Karantin: zarurat bo‘lmasa uydan chiqmang, "
                                          "niqob taqing"),
    ]
    feasts = _yearly("09-01", 1, 0, lambda y: (
        f"🇺🇿 Mustaqillik kuni: {y - 1991} yil muborak!" if y >= 2018
        else f"🇺🇿 Мустақиллик куни: {y - 1991} йил муборак!"))
    feasts += _yearly("03-21", 0, 0, lambda y: (
        "🌷 Navro‘z bayrami muborak!" if y >= 2019 else "🌷 Наврўз байрами муборак!"))
    feasts += _movable(_listed(FITR_CA), 0, 0, lambda y: (
        "🌙 Ramazon hayiti muborak bo‘lsin!" if y >= 2019
        else "🌙 Рамазон ҳайити муборак бўлсин!"))
    feasts += _movable(_listed(ADHA_CA), 0, 0, lambda y: (
        "🐑 Qurbon hayiti muborak bo‘lsin!" if y >= 2019
        else "🐑 Қурбон ҳайити муборак бўлсин!"))
    feasts += _yearly("12-08", 0, 0, lambda y: (
        f"📜 Konstitutsiya kuni: {y - 1992} yil" if y >= 2018
        else f"📜 Конституция куни: {y - 1992} йил"))
    return _calendar(base, news, feasts)


def tashkent_style() -> PublisherStyle:
    """An Uzbek site (Tashkent), in Cyrillic script until Independence Day 2018 and in Latin
    script from then: a section kicker, the year, the date and the weekday turned the date
    in Latin script with the time (a wording per day), "Муаллиф:" turned "Muallif:",
    "Шунингдек ўқинг:" turned "Shuningdek o‘qing:" (up to twice), a photo credit, an
    advert's label mid-body, the central bank's rate on working days (freed in September
    2017) in both scripts, heat, spring and heating in both scripts (a wording per day), a
    social line turned a messenger appeal and turned by three votes, the national mourning
    of 2016, the freed rate, the Sardoba dam and the quarantine, Independence and the
    Constitution with their counts, Navruz and both Eids in the script of their year, a
    rights line and the registration line (a block), a rare correction."""
    latin = UZ_LATIN.isoformat()
    return PublisherStyle(
        domain="chorsuyangilik.uz", site="Chorsu yangiliklari", base_size=150,
        subdomains=(("", 100),),
        sections=("jamiyat", "iqtisodiyot", "siyosat", "sport", "dunyo"),
        n_authors=6, url_path="/{section}/{n}",
        pools={"rukn": ("Jamiyat", "Iqtisodiyot", "Siyosat", "Sport", "Dunyo", "Toshkent")},
        families=(
            _f("rukn", HEADER, 0.35, (_OLD, "{rukn}")),
            _f("sana", HEADER, 0.75, *_by_day(_uz_dated)),
            _f("muallif", HEADER, 0.5, (_OLD, "Муаллиф: {author}"),
               (latin, "Muallif: {author}")),
            _f("oqing", MIDDLE, 0.3, (_OLD, "Шунингдек ўқинг: {other_title}"),
               (latin, "Shuningdek o‘qing: {other_title}"), count=2),
            _f("surat", MIDDLE, 0.2, (_OLD, "Сурат: {author2}"), (latin, "Foto: {author2}")),
            _f("reklama", MIDDLE, 0.08, (_OLD, "Реклама"), (latin, "Reklama")),
            _f("kurs", FOOTER, 0.2, *_by_day(_uz_rate)),
            _f("mavsum", FOOTER, 0.12, *_by_day(_uz_season)),
            _f("elon", FOOTER, 0.3, *_uz_notice()),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} Chorsu yangiliklari. Материаллардан "
                                            "фойдаланилганда ҳавола кўрсатилиши шарт."),
               (latin, "© {year} Chorsu yangiliklari. Materiallardan foydalanilganda havola "
                       "ko‘rsatilishi shart.")),
            _f("guvohnoma", FOOTER, 0.2, (_OLD, "ОАВ сифатида рўйхатга олинган, гувоҳнома № "
                                                "0000"),
               (latin, "OAV sifatida ro‘yxatga olingan, guvohnoma № 0000")),
            _f("tuzatish", HEADER, 0.04, (_OLD, "Тузатиш: мақоланинг аввалги версиясида туман "
                                                "номи нотўғри кўрсатилган эди"),
               (latin, "Tuzatish: maqolaning avvalgi versiyasida tuman nomi noto‘g‘ri "
                       "ko‘rsatilgan edi")),
        ),
    )


# --- a Russian-language news agency (Bishkek, Kyrgyzstan) -------------------------------------

KG_REDESIGN = dt.date(2017, 8, 31)  # relaunched on Independence Day
KG_WHATSAPP = dt.date(2018, 4, 2)
KG_PATREON = dt.date(2019, 9, 2)


def kgs_usd(day: dt.date) -> float:
    """The made-up official rate of a dollar in som for `day` (set on working days): about
    59 early in 2015, 76 at its end, near 69-70 from mid-2016 to 2019, 82 in March 2020 and
    84 in October 2020."""
    work = working_day(day)
    base = along(work, (("2015-01-01", 58.9), ("2015-12-31", 75.9), ("2016-06-01", 68.0),
                        ("2016-12-31", 69.2), ("2017-12-31", 68.8), ("2018-12-31", 69.85),
                        ("2019-12-31", 69.6), ("2020-03-20", 82.0), ("2020-06-01", 75.5),
                        ("2020-10-10", 84.0), ("2021-01-10", 82.7)))
    return round(base + made_up(work, "kgs", -300, 300) / 10_000, 4)


def _kg_dated(day: dt.date) -> str:
    if day < KG_REDESIGN:
        return (f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, "
                f"{RUSSIAN_WEEKDAYS[day.weekday()]}")
    return f"Опубликовано: {day.day:02d}.{day.month:02d}.{day.year} {{time}}"


def _kg_kyrgyz(day: dt.date) -> str:
    return (f"{day.year}-жыл, {day.day}-{KYRGYZ_MONTHS[day.month - 1]}, "
            f"{KYRGYZ_WEEKDAYS[day.weekday()]}")


def _kg_dateline(day: dt.date) -> str:
    return f"{{shaar}}, {day.day} {RUSSIAN_MONTHS[day.month - 1][:3]} — Чуй-Инфо."


def _kg_rate(day: dt.date) -> str:
    return f"Учетный курс НБКР: $1 = {comma(kgs_usd(day), 4)} сом"


def _kg_notice() -> Wordings:
    base = _steps((_OLD, "Читайте нас в Facebook и «Одноклассниках»"),
                  (KG_WHATSAPP.isoformat(), "📲 Присылайте новости на WhatsApp: "
                                            "+996 700 000 000"))
    news: list[Event] = [
        _vote("2015-10-04", "🗳️ Выборы в Жогорку Кенеш: участки открыты с 8:00 до 20:00",
              before=6, after=1),
        _span("2016-09-01", "2016-09-08", "🏇 Всемирные игры кочевников на Иссык-Куле: "
                                          "расписание состязаний"),
        _vote("2016-12-11", "🗳️ Референдум по поправкам в Конституцию и выборы в местные "
                            "кенеши", before=5),
        _vote("2017-10-15", "🗳️ Выборы президента: участки открыты с 8:00 до 20:00",
              before=6, after=1),
        _span("2018-09-01", "2018-09-08", "🏇 Всемирные игры кочевников: как добраться до "
                                          "Чолпон-Аты и Кырчына"),
        _span("2020-03-25", "2020-05-10", "😷 Режим ЧП в Бишкеке: комендантский час и "
                                          "блокпосты"),
        _vote("2020-10-04", "🗳️ Выборы в Жогорку Кенеш: участки открыты с 8:00 до 20:00",
              before=6, after=1),
        _span("2020-10-06", "2020-10-08", "🗳️ ЦИК признал итоги выборов 4 октября "
                                          "недействительными"),
        _span("2020-10-09", "2020-10-21", "⚠️ Чрезвычайное положение в Бишкеке: "
                                          "комендантский час с 21:00"),
        _vote("2021-01-10", "🗳️ Досрочные выборы президента и референдум о форме правления",
              before=6),
    ]
    feasts = _yearly("03-21", 0, 0, lambda _: "🌷 Нооруз майрамыңыздар менен!")
    feasts += _yearly("08-31", 1, 0, lambda y: f"🇰🇬 {y - 1991} лет Независимости "
                                               f"Кыргызстана")
    feasts += _yearly("04-07", 0, 0, lambda y: f"🕯️ 7 апреля: {y - 2010} лет со дня "
                                               f"Апрельской революции")
    feasts += _movable(_listed(FITR_CA), 0, 0, lambda _: "🌙 Орозо айт майрамы кабыл "
                                                         "болсун!")
    feasts += _movable(_listed(ADHA_CA), 0, 0, lambda _: "🐑 Курман айт майрамы кабыл "
                                                         "болсун!")
    feasts += _yearly("09-23", 0, 0, lambda _: "📚 23 сентября — День государственного "
                                               "языка")
    return _calendar(base, news, feasts)


def bishkek_style() -> PublisherStyle:
    """A Russian-language news agency (Bishkek): a section kicker, the date and the weekday
    turned "Опубликовано:" with a dotted date and the time on Independence Day 2017, the
    date in Kyrgyz (both a wording per day), a town's dateline with the agency (a wording
    per day), "Автор:", "Ранее сообщалось:" once, a source from a pool, the national bank's
    rate on working days, avalanches, Issyk-Kul's season and smog, a social line turned a
    messenger appeal and turned by three votes (one annulled), a referendum, the Nomad Games,
    two states of emergency and the 2021 snap vote, Nooruz, Independence and April 7 with
    their counts, both Eids and the language day, a support appeal turned a Patreon, a
    republication rule, an opinion disclaimer and a copyright range (a block), a rare
    update line."""
    return PublisherStyle(
        domain="chuyinfo.kg", site="Чуй-Инфо", base_size=130,
        subdomains=(("", 90), ("kg.", 10)),
        sections=("news", "politics", "economy", "society", "regions", "sport"),
        n_authors=6, url_path="/{section}/{n}/",
        pools={
            "rubrika": ("Новости", "Политика", "Экономика", "Общество", "Регионы", "Спорт"),
            "shaar": ("БИШКЕК", "ОШ", "КАРАКОЛ", "НАРЫН", "ТАЛАС", "ДЖАЛАЛ-АБАД", "БАТКЕН",
                      "ЧОЛПОН-АТА"),
            "istochnik": ("пресс-служба мэрии Бишкека", "МЧС КР", "Минздрав КР",
                          "пресс-служба Жогорку Кенеша", "ГУВД Бишкека", "Нацстатком"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.75, *_by_day(_kg_dated)),
            _f("kun", HEADER, 0.25, *_by_day(_kg_kyrgyz)),
            _f("shaar", HEADER, 0.3, *_by_day(_kg_dateline)),
            _f("avtor", HEADER, 0.4, (_OLD, "Автор: {author}")),
            _f("ranee", MIDDLE, 0.3, (_OLD, "Ранее сообщалось: {other_title}")),
            _f("istochnik", FOOTER, 0.2, (_OLD, "Источник: {istochnik}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_kg_rate)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("03-01", "🏔️ Лавиноопасный период: перед поездкой на юг уточните обстановку "
                          "на перевале Тоо-Ашуу"),
                ("06-01", "☀️ Сезон на Иссык-Куле: как добраться и где остановиться"),
                ("11-01", "🌫️ Смог над Бишкеком: проверяйте качество воздуха перед "
                          "прогулкой"))),
            _f("kabar", FOOTER, 0.3, *_kg_notice()),
            _f("podderzhka", FOOTER, 0.12, (_OLD, "Поддержите независимую журналистику в "
                                                  "Кыргызстане"),
               (KG_PATREON.isoformat(), "Поддержите нас на Patreon: от $2 в месяц")),
            _f("perepechatka", FOOTER, 0.3, (_OLD, "При перепечатке ссылка на ИА «Чуй-Инфо» "
                                                   "обязательна.")),
            _f("mnenie", FOOTER, 0.12, (_OLD, "Мнение автора может не совпадать с позицией "
                                              "редакции.")),
            _f("kopirayt", FOOTER, 0.4, (_OLD, "© 2012–{year} Чуй-Инфо")),
            _f("obnovleno", HEADER, 0.04, (_OLD, "Обновлено: добавлены данные МЧС")),
        ),
    )


# --- a Bashkir weekly (Ufa) -------------------------------------------------------------------

BA_REDESIGN = dt.date(2018, 10, 11)  # relaunched on the Republic's Day
BA_TELEGRAM = dt.date(2019, 3, 4)


def ba_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The Bashkir weekly (out on Thursdays): its number in the year, its running number and
    the Thursday it came out."""
    return issue_of(day, 3, 1456)


def _ba_issue(day: dt.date) -> str:
    number, running, out = ba_issue(day)
    return (f"№ {number} ({running}) · {out.day} {BASHKIR_MONTHS[out.month - 1]} {out.year}, "
            f"{BASHKIR_WEEKDAYS[out.weekday()]}")


def _ba_dated(day: dt.date) -> str:
    if day < BA_REDESIGN:
        return (f"{day.day} {BASHKIR_MONTHS[day.month - 1]} {day.year} йыл, "
                f"{BASHKIR_WEEKDAYS[day.weekday()]}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} · {{time}}"


def _ba_printed(day: dt.date) -> str:
    number, _, _ = ba_issue(day)
    return f"Мәҡәлә гәзиттең {number}-се һанында баҫылды."


def ba_subscription_price(y: int) -> int:
    """The price of six months of the Bashkir weekly in the campaigns of `y` (roubles)."""
    return {2015: 420, 2016: 456, 2017: 480, 2018: 504, 2019: 540, 2020: 576}.get(y, 576)


def _ba_subscription(day: dt.date) -> str:
    md, y = day.strftime("%m-%d"), day.year
    if "04-01" <= md < "07-01":
        return (f"📰 {y} йылдың 2-се ярты йыллығына яҙылыу бара: 6 айға "
                f"{ba_subscription_price(y)} һум")
    if "09-01" <= md:
        return (f"📰 {y + 1} йылдың 1-се ярты йыллығына яҙылыу бара: 6 айға "
                f"{ba_subscription_price(y)} һум")
    return "📰 Гәзиткә теләһә ҡайһы почта бүлексәһендә яҙылырға мөмкин"


def _ba_notice() -> Wordings:
    base = _steps((_OLD, "Беҙҙе «ВКонтакте»-ла күҙәтегеҙ"),
                  (BA_TELEGRAM.isoformat(), "📲 Беҙҙең Telegram-каналға яҙылығыҙ"))
    news: list[Event] = [
        _span("2015-07-05", "2015-07-10", "🌐 ШОС һәм БРИКС саммиттары: Өфөлә юл хәрәкәте "
                                          "сикләнә"),
        _vote("2016-09-18", "🗳️ Дәүләт Думаһына һайлауҙар", before=5),
        _vote("2018-03-18", "🗳️ Рәсәй Президентын һайлау", before=5),
        _vote("2019-09-08", "🗳️ Башҡортостан Башлығын һайлау", before=5),
        _span("2020-06-25", "2020-07-01", "🗳️ Конституцияға үҙгәрештәр буйынса тауыш биреү"),
        _span("2020-03-31", "2020-06-15", "😷 Үҙизоляция режимы: өйҙә ҡалығыҙ"),
    ]
    feasts = _movable(_listed(URAZA), 1, 0, lambda _: "🌙 Ураҙа байрамы мөбәрәк булһын!")
    feasts += _movable(_listed(KURBAN), 1, 0, lambda _: "🐑 Ҡорбан байрамы мөбәрәк булһын!")
    feasts += _yearly("10-11", 1, 0, lambda y: f"🎉 Республика көнө: суверенитетҡа "
                                               f"{y - 1990} йыл")
    return _calendar(base, news, feasts)


def ufa_style() -> PublisherStyle:
    """A Bashkir weekly (Ufa): the issue's number, its running number and the Thursday it
    came out (turning every Thursday), the Bashkir date and weekday turned a dotted date and
    the time on the Republic's Day 2018 (a wording per day), "... әҙерләне" turned
    "Автор:", "Шулай уҡ уҡығыҙ:" once, a photo credit, a cross-post naming the print
    issue (turning weekly), the subscription campaigns of each half-year with their prices,
    a social line turned a messenger appeal and turned by the 2015 summits, three votes,
    self-isolation and the constitutional vote, both Bayrams and the Republic's Day with its
    count, a rights line and the address (a block), a rare late-issue notice."""
    return PublisherStyle(
        domain="karlygas.ru", site="Ҡарлығас", base_size=110,
        subdomains=(("", 100),),
        sections=("yanylyqtar", "jamgiat", "madaniat", "tarikh"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("han", HEADER, 0.4, *_by_day(_ba_issue)),
            _f("data", HEADER, 0.6, *_by_day(_ba_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "{author} әҙерләне"),
               (BA_REDESIGN.isoformat(), "Автор: {author}")),
            _f("uqygyz", MIDDLE, 0.25, (_OLD, "Шулай уҡ уҡығыҙ: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {author2}")),
            _f("basyldy", FOOTER, 0.2, *_by_day(_ba_printed)),
            _f("yazylyu", FOOTER, 0.15, *_by_day(_ba_subscription)),
            _f("iglan", FOOTER, 0.3, *_ba_notice()),
            _f("hoquq", FOOTER, 0.35, (_OLD, "© {year} Ҡарлығас. Материалдарҙы файҙаланғанда "
                                             "һылтанма мотлаҡ.")),
            _f("adres", FOOTER, 0.15, (_OLD, "Редакция адресы: 450000, Өфө ҡалаһы, Ленин "
                                             "урамы, 00")),
            _f("hunlap", HEADER, 0.04, (_OLD, "⚠️ Байрам айҡанлы гәзиттең киләһе һаны бер "
                                              "көнгә һуңлап сығасаҡ")),
        ),
    )


# --- a Russian site with Sakha lines (Yakutsk) ------------------------------------------------

SA_REDESIGN = dt.date(2019, 4, 27)  # relaunched on the Republic's Day
SA_WHATSAPP = dt.date(2018, 10, 1)


def yakutsk_temperature(day: dt.date) -> tuple[int, int]:
    """Made-up lowest and highest temperatures of Yakutsk on `day` (about -45 and -38 in
    January, +12 and +26 in July)."""
    season = -math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)
    mean = -10 + 30 * season + made_up(day, "yak", -40, 40) / 10
    spread = 7 + 3 * season + made_up(day, "yak-spread", 0, 4)
    return round(mean - spread / 2), round(mean + spread / 2)


def _signed(number: int) -> str:
    return f"−{-number}" if number < 0 else (f"+{number}" if number > 0 else "0")


def _sa_temperature(day: dt.date) -> str:
    low, high = yakutsk_temperature(day)
    return f"🌡️ Якутск сегодня: от {_signed(low)} до {_signed(high)} °C"


def _sa_dated(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return (f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, "
                f"{RUSSIAN_WEEKDAYS[day.weekday()]}")
    return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"


def _sa_sakha(day: dt.date) -> str:
    return (f"{day.year} с. {SAKHA_MONTHS[day.month - 1]} {day.day} к., "
            f"{SAKHA_WEEKDAYS[day.weekday()]}")


def ysyakh(y: int) -> dt.date:
    """Yakutsk's Ysyakh Tuymaady: the first Saturday from 19 June."""
    first = dt.date(y, 6, 19)
    return first + dt.timedelta(days=(5 - first.weekday()) % 7)


def _sa_ysyakh(y: int) -> str:
    if y == 2020:
        return "☀️ Ысыах Туймаады в этом году отменён: алгыс и осуохай — онлайн"
    return f"☀️ Ысыах Туймаады {y}: как добраться до Ус Хатына"


def _sa_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на нас в Instagram"),
                  (SA_WHATSAPP.isoformat(), "📲 Присылайте новости в WhatsApp: "
                                            "+7 914 000-00-00"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы в Госдуму и Ил Тумэн: участки открыты с 8:00 до "
                            "20:00", before=5),
        _vote("2018-03-18", "🗳️ Выборы Президента России", before=5),
        _vote("2018-09-09", "🗳️ Выборы главы Якутии: где ваш участок", before=5),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам в Конституцию"),
        (ysyakh(2020) - dt.timedelta(days=3), ysyakh(2020) + dt.timedelta(days=2),
         _sa_ysyakh(2020)),
        _span("2020-03-28", "2020-07-15", "😷 Режим самоизоляции в Якутии: соблюдайте "
                                          "дистанцию"),
    ]
    feasts = _movable(ysyakh, 3, 1, _sa_ysyakh)
    feasts += _yearly("04-27", 1, 0, lambda y: f"🎉 День Республики Саха (Якутия): {y - 1922} "
                                               f"лет")
    feasts += _yearly("02-13", 0, 0, lambda _: "📖 Төрөөбүт тыл күнэ: с Днём родного языка и "
                                               "письменности!")
    return _calendar(base, news, feasts)


def yakutsk_style() -> PublisherStyle:
    """A Russian site with Sakha lines (Yakutsk): the date and the weekday turned a dotted
    date and the time on the Republic's Day 2019, the date in Sakha (both a wording per
    day), the day's temperatures (a wording per day), "Автор:" turned "Текст:", "Также по
    теме:" once, a photo credit, an advert's label mid-body, the Lena crossing by season
    (ice road, ice drift, ferry, freeze-up), cold days off school and spring, a social line
    turned a messenger appeal and turned by three votes, self-isolation and the
    constitutional vote, Ysyakh (called off in 2020), the Republic's Day with its count and
    the native-language day, a rights line with the age mark, a rare power cut."""
    return PublisherStyle(
        domain="yakmeridian.ru", site="Якутский меридиан", base_size=95,
        subdomains=(("", 100),),
        sections=("news", "society", "economy", "arctic", "culture"),
        n_authors=4, url_path="/news/{n}",
        families=(
            _f("data", HEADER, 0.6, *_by_day(_sa_dated)),
            _f("kuun", HEADER, 0.25, *_by_day(_sa_sakha)),
            _f("pogoda", HEADER, 0.2, *_by_day(_sa_temperature)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (SA_REDESIGN.isoformat(), "Текст: {author}")),
            _f("po-teme", MIDDLE, 0.25, (_OLD, "Также по теме: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {author2}")),
            _f("reklama", MIDDLE, 0.08, (_OLD, "Реклама")),
            _f("pereprava", FOOTER, 0.2, *_seasons(
                ("01-05", "🧊 Ледовая переправа Якутск — Нижний Бестях открыта для машин до 25 "
                          "тонн"),
                ("04-25", "⛔ Ледоход: переправа через Лену закрыта, летают только вертолёты и "
                          "самолёты"),
                ("06-01", "⛴️ Паромная переправа Якутск — Нижний Бестях работает по "
                          "расписанию"),
                ("10-20", "⛔ Ледостав: паром не ходит, до Нижнего Бестяха — на судах на "
                          "воздушной подушке"))),
            _f("aktirovka", FOOTER, 0.12, *_seasons(
                ("03-20", "☀️ Весна: берегитесь сосулек и снега, сходящего с крыш"),
                ("11-15", "❄️ Актированные дни: при −45 °C и ниже занятия отменяются для 1–6 "
                          "классов"))),
            _f("obyavlenie", FOOTER, 0.3, *_sa_notice()),
            _f("kopirayt", FOOTER, 0.4, (_OLD, "© {year} Якутский меридиан. 16+")),
            _f("svet", HEADER, 0.04, (_OLD, "⚠️ Авария на ЛЭП: часть Якутска без света, "
                                            "ремонтные бригады на месте")),
        ),
    )


# --- a Russian-language weekly (Dushanbe, Tajikistan) -----------------------------------------

TJ_REDESIGN = dt.date(2016, 9, 9)  # relaunched on the 25th Independence Day
TJ_TELEGRAM = dt.date(2019, 3, 4)


def tjs_usd(day: dt.date) -> float:
    """The made-up official rate of a dollar in somoni for `day` (set on working days): about
    5.3 early in 2015, 7.0 at its end, 8.8 at the end of 2017, 9.7 at the end of 2019 and
    11.3 at the end of 2020."""
    work = working_day(day)
    base = along(work, (("2015-01-01", 5.33), ("2015-12-31", 7.0), ("2016-12-31", 7.88),
                        ("2017-12-31", 8.81), ("2018-12-31", 9.43), ("2019-12-31", 9.69),
                        ("2020-06-01", 10.28), ("2020-12-31", 11.3), ("2021-01-10", 11.3)))
    return round(base + made_up(work, "tjs", -40, 40) / 10_000, 4)


def tj_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The Dushanbe weekly (out on Thursdays): its number in the year, its running number
    and the Thursday it came out."""
    return issue_of(day, 3, 712)


def _tj_issue(day: dt.date) -> str:
    number, running, out = tj_issue(day)
    return f"№ {number} ({running}) от {out.day} {RUSSIAN_MONTHS[out.month - 1]} {out.year} г."


def _tj_dated(day: dt.date) -> str:
    if day < TJ_REDESIGN:
        return (f"{RUSSIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year} | {{time}}"


def _tj_tajik(day: dt.date) -> str:
    return (f"{TAJIK_WEEKDAYS[day.weekday()]}, {day.day} {TAJIK_MONTHS[day.month - 1]} "
            f"{day.year}")


def _tj_rate(day: dt.date) -> str:
    return f"Курс НБТ: 1 доллар США = {comma(tjs_usd(day), 4)} сомони"


def _tj_notice() -> Wordings:
    base = _steps((_OLD, "Мы в Facebook: присоединяйтесь"),
                  (TJ_TELEGRAM.isoformat(), "📲 Наш канал в Telegram: новости Таджикистана "
                                            "каждый день"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Выборы в Маджлиси Оли: участки открыты с 6:00 до 20:00",
              before=5),
        _vote("2016-05-22", "🗳️ Всенародный референдум по поправкам в Конституцию",
              before=5),
        _vote("2020-03-01", "🗳️ Выборы в Маджлиси Оли: участки открыты с 6:00 до 20:00",
              before=5),
        _span("2020-05-01", "2020-07-31", "😷 Носите маски в общественных местах и "
                                          "транспорте"),
        _vote("2020-10-11", "🗳️ Выборы Президента Республики Таджикистан", before=5),
    ]
    feasts = _yearly("03-21", 1, 3, lambda _: "🌷 Наврӯз муборак!")
    feasts += _yearly("06-27", 0, 0, lambda y: f"🕊️ День национального единства: {y - 1997} "
                                               f"лет миру")
    feasts += _yearly("09-09", 1, 0, lambda y: f"🇹🇯 {y - 1991} лет Независимости "
                                               f"Таджикистана")
    feasts += _yearly("11-06", 0, 0, lambda y: f"📜 День Конституции: {y - 1994} лет")
    feasts += _yearly("10-05", 0, 0, lambda _: "📚 Рӯзи забони давлатӣ муборак!")
    feasts += _movable(_listed(FITR_CA), 0, 1, lambda _: "🌙 Иди Рамазон муборак!")
    feasts += _movable(_listed(ADHA_CA), 0, 1, lambda _: "🐑 Иди Қурбон муборак!")
    return _calendar(base, news, feasts)


def dushanbe_style() -> PublisherStyle:
    """A Russian-language weekly (Dushanbe): the issue's number, its running number and the
    Thursday it came out (turning every Thursday), the weekday and the date turned the date
    and the time on Independence Day 2016, the date in Tajik (both a wording per day),
    "Автор:", "По теме:" once, a photo credit, the national bank's rate on working days, the
    winter's power limits, mudflows and heat, a social line turned a messenger appeal and
    turned by three votes, a referendum and the masks of 2020, Navruz, Unity, Independence
    and the Constitution with their counts, the language day and both Eids, the cover price
    rising, a rights line and the registration line (a block), a rare late-issue notice."""
    return PublisherStyle(
        domain="dushvestnik.tj", site="Душанбинский вестник", base_size=80,
        subdomains=(("", 100),),
        sections=("novosti", "obshchestvo", "ekonomika", "kultura", "sport"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("nomer", HEADER, 0.4, *_by_day(_tj_issue)),
            _f("data", HEADER, 0.6, *_by_day(_tj_dated)),
            _f("sana", HEADER, 0.2, *_by_day(_tj_tajik)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}")),
            _f("po-teme", MIDDLE, 0.2, (_OLD, "По теме: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Фото: {author2}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_tj_rate)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("04-01", "🌧️ Сезон селей: не останавливайтесь у русел рек и в ущельях"),
                ("06-15", "☀️ Жара в Душанбе: пейте больше воды и не выходите на солнце "
                          "днём"),
                ("10-15", "⚡ Осенне-зимний период: в регионах электроэнергию могут подавать "
                          "по графику"))),
            _f("obyavlenie", FOOTER, 0.3, *_tj_notice()),
            _f("tsena", FOOTER, 0.15, (_OLD, "Цена: 2 сомони"), ("2017-01-05", "Цена: 3 "
                                                                               "сомони"),
               ("2020-01-02", "Цена: 4 сомони · годовая подписка — 150 сомони")),
            _f("kopirayt", FOOTER, 0.35, (_OLD, "© {year} Душанбинский вестник. Перепечатка "
                                                "без разрешения редакции запрещена.")),
            _f("registratsiya", FOOTER, 0.15, (_OLD, "Газета зарегистрирована в Министерстве "
                                                     "культуры Республики Таджикистан, "
                                                     "свидетельство № 0000/ЗН")),
            _f("vyydet", HEADER, 0.04, (_OLD, "⚠️ Из-за праздника следующий номер выйдет в "
                                              "пятницу")),
        ),
    )


# --- a Russian site with Chechen lines (Grozny) -----------------------------------------------

CE_REDESIGN = dt.date(2017, 4, 25)  # relaunched on the Day of the Chechen Language
CE_TELEGRAM = dt.date(2019, 1, 14)


def _ce_dated(day: dt.date) -> str:
    if day < CE_REDESIGN:
        return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year} г."
    return (f"{CHECHEN_WEEKDAYS[day.weekday()]}, {day.day} {RUSSIAN_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ce_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на наш Instagram"),
                  (CE_TELEGRAM.isoformat(), "📲 Новости Чечни в Telegram и WhatsApp"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы Главы Чеченской Республики и депутатов Госдумы",
              before=5),
        _vote("2018-03-18", "🗳️ Выборы Президента России", before=5),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам в Конституцию"),
        _span("2020-04-05", "2020-06-01", "😷 Въезд в республику ограничен: соблюдайте режим "
                                          "самоизоляции"),
    ]
    feasts = _movable(_listed(URAZA), 0, 2, lambda _: "🌙 Марха дал къобал дойла! С праздником "
                                                      "Ураза-байрам")
    feasts += _movable(_listed(KURBAN), 0, 2, lambda _: "🐑 Дала къобал дойла! С праздником "
                                                        "Курбан-байрам")
    feasts += _yearly("04-25", 0, 0, lambda _: "📖 Нохчийн меттан де: с Днём чеченского "
                                               "языка!")
    feasts += _yearly("03-23", 0, 0, lambda y: f"📜 День Конституции Чеченской Республики: "
                                               f"{y - 2003} лет")
    feasts += _yearly("02-23", 0, 0, lambda y: f"🕯️ {y - 1944} лет со дня депортации чеченцев "
                                               f"и ингушей")
    feasts += _movable(lambda y: nth_weekday(y, 9, 6, 3), 0, 0,
                       lambda _: "🌸 С Днём чеченской женщины!")
    return _calendar(base, news, feasts)


def grozny_style() -> PublisherStyle:
    """A Russian site with Chechen lines (Grozny): the date turned the Chechen weekday and the
    date on the Chechen language's day 2017 (a wording per day), "Автор:" turned
    "Корреспондент:", "Читайте также:" once, a photo credit, a social line turned a
    messenger appeal and turned by two votes, the entry restrictions and the constitutional
    vote, both Eids as Chechnya kept them (greeted in Chechen), the language day, the
    republic's Constitution and the deportation with their counts and the Day of the
    Chechen Woman, a rights line, a source rule and the registration line (a block), a rare
    test-mode notice."""
    return PublisherStyle(
        domain="sunzhainfo.ru", site="Сунжа-Инфо", base_size=65,
        subdomains=(("", 100),),
        sections=("novosti", "obshchestvo", "sport", "kultura"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={"istochnik": ("пресс-служба Главы ЧР", "мэрия Грозного", "МВД по ЧР",
                             "Минздрав ЧР", "ЧГТРК «Грозный»")},
        families=(
            _f("data", HEADER, 0.55, *_by_day(_ce_dated)),
            _f("avtor", HEADER, 0.4, (_OLD, "Автор: {author}"),
               (CE_REDESIGN.isoformat(), "Корреспондент: {author}")),
            _f("chitayte", MIDDLE, 0.2, (_OLD, "Читайте также: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Фото: {author2}")),
            _f("obyavlenie", FOOTER, 0.3, *_ce_notice()),
            _f("istochnik", FOOTER, 0.15, (_OLD, "Источник: {istochnik}")),
            _f("pravo", FOOTER, 0.35, (_OLD, "© {year} Сунжа-Инфо. Все права защищены.")),
            _f("ssylka", FOOTER, 0.25, (_OLD, "При использовании материалов ссылка на "
                                              "источник обязательна.")),
            _f("smi", FOOTER, 0.15, (_OLD, "Сетевое издание. Свидетельство о регистрации СМИ "
                                           "Эл № ФС77-00000")),
            _f("test", HEADER, 0.04, (_OLD, "⚠️ Уважаемые читатели! Сайт работает в тестовом "
                                            "режиме")),
        ),
    )


# --- a district weekly (near Grodno, Belarus) -------------------------------------------------

NZ_REDESIGN = dt.date(2018, 7, 3)  # relaunched on Independence Day
NZ_INSTAGRAM = dt.date(2019, 1, 2)


def nz_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The district paper (out on Wednesdays and Saturdays): its number in the year, its
    running number and the day it came out."""
    return twice_weekly(day, (2, 5), 9012)


def _nz_issue(day: dt.date) -> str:
    number, running, out = nz_issue(day)
    return (f"№ {number} ({spaced(running)}) · {BELARUSIAN_WEEKDAYS[out.weekday()]}, "
            f"{out.day} {BELARUSIAN_MONTHS[out.month - 1]} {out.year}")


def _nz_dated(day: dt.date) -> str:
    if day < NZ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, {{time}}"


def _nz_fields(day: dt.date) -> str:
    md, y = day.strftime("%m-%d"), day.year
    if "04-01" <= md < "05-25":
        return f"🚜 Весенний сев-{y}: как идут полевые работы в хозяйствах района"
    if "07-10" <= md < "09-20":
        return f"🌾 Уборочная-{y}: сводка с полей района"
    if "05-25" <= md < "07-10":
        return f"🌿 Заготовка кормов-{y}: как идёт сенокос в хозяйствах района"
    if "09-20" <= md < "11-01":
        return f"🌽 Уборка кукурузы и сахарной свёклы-{y}: итоги недели"
    return "🐄 Зимовка скота: как работают фермы района"


def nz_subscription_price(day: dt.date) -> str:
    """Six months of the district paper in the campaign running on `day`: in old roubles
    before the redenomination, in new ones after."""
    y = day.year
    price = {2015: 15.0, 2016: 16.8, 2017: 18.9, 2018: 21.0, 2019: 23.4, 2020: 25.8}[y]
    if day < DENOMINATION:
        return f"{spaced(price * 10_000)} руб."
    return f"{comma(price)} руб."


def _nz_subscription(day: dt.date) -> str:
    md, y = day.strftime("%m-%d"), day.year
    if "04-01" <= md < "06-25":
        return (f"📰 Идёт подписка на II полугодие {y} года: на 6 месяцев — "
                f"{nz_subscription_price(day)}")
    if "09-01" <= md < "12-25":
        return (f"📰 Идёт подписка на I полугодие {y + 1} года: на 6 месяцев — "
                f"{nz_subscription_price(day)}")
    return "📰 Подписаться на газету можно в любом отделении связи"


def _nz_notice() -> Wordings:
    base = _steps((_OLD, "Мы в «Одноклассниках»: ищите нашу районку"),
                  (NZ_INSTAGRAM.isoformat(), "📲 Мы в Instagram и Telegram: новости района "
                                             "каждый день"))
    news: list[Event] = [
        _vote("2015-10-11", "🗳️ Выборы Президента Республики Беларусь: досрочное голосование "
                            "с 6 октября", before=5),
        _vote("2016-09-11", "🗳️ Выборы в Палату представителей: где ваш участок", before=5),
        _vote("2018-02-18", "🗳️ Выборы в местные Советы депутатов", before=5),
        _vote("2019-11-17", "🗳️ Выборы в Палату представителей: досрочное голосование с 12 "
                            "ноября", before=5),
        _vote("2020-08-09", "🗳️ Выборы Президента Республики Беларусь: досрочное голосование "
                            "с 4 августа", before=5),
    ]
    feasts = _yearly("07-03", 1, 0, lambda y: f"🇧🇾 С Днём Независимости! {y - 1944} лет "
                                              f"освобождения Беларуси")
    feasts += _movable(lambda y: orthodox_easter(y) + dt.timedelta(days=9), 1, 0,
                       lambda _: "🕯️ Радуница: дополнительные автобусы к кладбищам района")
    feasts += _movable(lambda y: nth_weekday(y, 9, 6, 1), 2, 0,
                       lambda y: f"📜 День белорусской письменности {y} в {PISMENNOST_RU[y]}")
    feasts += _yearly("11-07", 0, 0, lambda _: "🚩 7 ноября — День Октябрьской революции")
    return _calendar(base, news, feasts)


def grodno_style() -> PublisherStyle:
    """A district weekly (near Grodno), its masthead in Belarusian, its articles in Russian:
    the issue's number, its running number, the Belarusian weekday and the date it came out
    (turning every Wednesday and Saturday), a dotted date turned the Russian date and the
    time on Independence Day 2018 (a wording per day), the author turned "Текст:", "Читайте
    также:" once, a photo credit, the fields' work by season with the year (sowing, hay,
    harvest, maize and beet, the herds' winter), the
    subscription campaigns of each half-year with their prices in old, then new roubles, a
    social line turned a messenger appeal and turned by five votes, Independence Day with
    its count, Radunitsa by Orthodox Easter, the Day of Written Language in its town and
    November 7, an advertising disclaimer, the founders and a rights line (a block), a rare
    late-issue notice."""
    return PublisherStyle(
        domain="nadnemanam.by", site="Над Нёманам", base_size=50,
        subdomains=(("", 100),),
        sections=("naviny", "rayon", "selskoe-hozyaystvo", "kultura", "sport"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        families=(
            _f("numar", HEADER, 0.35, *_by_day(_nz_issue)),
            _f("data", HEADER, 0.55, *_by_day(_nz_dated)),
            _f("avtor", HEADER, 0.4, (_OLD, "{author}"),
               (NZ_REDESIGN.isoformat(), "Текст: {author}")),
            _f("chitayte", MIDDLE, 0.2, (_OLD, "Читайте также: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Фото: {author2}")),
            _f("polya", FOOTER, 0.2, *_by_day(_nz_fields)),
            _f("podpiska", FOOTER, 0.15, *_by_day(_nz_subscription)),
            _f("abvestka", FOOTER, 0.3, *_nz_notice()),
            _f("reklama", FOOTER, 0.15, (_OLD, "За содержание рекламы редакция ответственности "
                                               "не несёт.")),
            _f("uchrediteli", FOOTER, 0.15, (_OLD, "Учредители: районный исполнительный "
                                                   "комитет и районный Совет депутатов")),
            _f("kopirayt", FOOTER, 0.35, (_OLD, "© {year} Над Нёманам")),
            _f("vyjdzie", HEADER, 0.04, (_OLD, "⚠️ Уважаемые подписчики! Из-за праздника "
                                               "номер выйдет в пятницу")),
        ),
    )


# --- a district weekly (Arkhangelsk region) ---------------------------------------------------

ZA_BYLINE = dt.date(2018, 11, 4)  # from the day the paper turned ninety (on Unity Day)
ZA_WHATSAPP = dt.date(2019, 6, 3)


def za_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The Arkhangelsk district weekly (out on Fridays): its number in the year, its running
    number and the Friday it came out."""
    return issue_of(day, 4, 11203)


def _za_issue(day: dt.date) -> str:
    number, running, out = za_issue(day)
    return (f"№ {number} ({spaced(running)}) · пятница, {out.day} "
            f"{RUSSIAN_MONTHS[out.month - 1]} {out.year} года")


def print_run(day: dt.date) -> int:
    """The made-up print run of the issue out on `day`'s Friday (about 3,100 in 2015 falling
    to 2,200 in 2020)."""
    _, _, out = za_issue(day)
    base = along(out, (("2015-01-01", 3100.0), ("2021-01-10", 2200.0)))
    return int(round(base / 10) * 10 + made_up(out, "tirazh", -3, 3) * 10)


def _za_imprint(day: dt.date) -> str:
    _, running, out = za_issue(day)
    signed = out - dt.timedelta(days=1)
    return (f"Тираж {print_run(day)}. Заказ № {running % 1000}. Подписано в печать "
            f"{signed.day:02d}.{signed.month:02d}.{signed.year} в 15:00")


def za_subscription_price(y: int) -> int:
    """Six months of the Arkhangelsk district weekly in the campaigns of `y` (roubles)."""
    return {2015: 462, 2016: 498, 2017: 528, 2018: 552, 2019: 588, 2020: 618}[y]


def _za_subscription(day: dt.date) -> str:
    md, y = day.strftime("%m-%d"), day.year
    if "04-01" <= md < "06-20":
        return (f"📰 Идёт подписка на второе полугодие {y} года: на 6 месяцев — "
                f"{za_subscription_price(y)} ₽")
    if "09-01" <= md < "12-20":
        return (f"📰 Идёт подписка на первое полугодие {y + 1} года: на 6 месяцев — "
                f"{za_subscription_price(y)} ₽")
    return "📰 Подписаться на районку можно на почте и у почтальона"


def _za_notice() -> Wordings:
    base = _steps((_OLD, "Объявления и поздравления принимаем в редакции и по телефону "
                         "8 (818) 000-00-00"),
                  (ZA_WHATSAPP.isoformat(), "📲 Объявления и поздравления — в WhatsApp: "
                                            "8 900 000-00-00"))
    news: list[Event] = [
        _vote("2015-09-13", "🗳️ Выборы губернатора Архангельской области", before=5),
        _vote("2016-09-18", "🗳️ Выборы в Госдуму и областное Собрание депутатов", before=5),
        _vote("2018-03-18", "🗳️ Выборы Президента России: участки открыты с 8:00 до 20:00",
              before=5),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам в Конституцию: "
                                          "участки открыты семь дней"),
        _span("2020-03-28", "2020-06-30", "😷 Режим самоизоляции: пожилым — не выходить из "
                                          "дома, продукты привезут волонтёры"),
        _vote("2020-09-13", "🗳️ Выборы губернатора Архангельской области: голосуем три дня",
              before=4),
    ]
    feasts = _yearly("05-09", 2, 0, lambda y: f"🎖️ С Днём Победы! {y - 1945} лет Великой "
                                              f"Победе")
    feasts += _movable(lambda y: nth_weekday(y, 10, 6, 2), 2, 0,
                       lambda _: "🌾 С Днём работников сельского хозяйства и "
                                 "перерабатывающей промышленности!")
    return _calendar(base, news, feasts)


def zaozerye_style() -> PublisherStyle:
    """A district weekly (Arkhangelsk region): the issue's number, its running number and the
    Friday it came out (turning every Friday), the author turned "Текст и фото:" on the
    paper's ninetieth birthday, the winter road, the ice drift, the ferry and the freeze-up
    by season, the subscription campaigns of each half-year with their prices, a phone line
    turned a messenger appeal and turned by four votes, self-isolation and the
    constitutional vote, Victory Day with its count and the farmers' day, an advertising
    disclaimer, the print run, order number and signing time of the issue (turning
    weekly) and a rights line with the age mark (a block), a rare holiday notice."""
    return PublisherStyle(
        domain="zaozerskievesti.ru", site="Заозёрские вести", base_size=35,
        subdomains=(("", 100),),
        sections=("novosti", "rayon", "lyudi", "obyavleniya"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("nomer", HEADER, 0.4, *_by_day(_za_issue)),
            _f("avtor", HEADER, 0.45, (_OLD, "{author}"),
               (ZA_BYLINE.isoformat(), "Текст и фото: {author}")),
            _f("v-nomere", MIDDLE, 0.15, (_OLD, "Читайте в номере: {other_title}")),
            _f("zimnik", FOOTER, 0.2, *_seasons(
                ("01-10", "🚙 Зимник открыт для легковых машин и грузовиков до 10 тонн"),
                ("04-05", "⛔ Зимник закрыт до следующей зимы: распутица"),
                ("05-25", "⛴️ Паромная переправа через реку работает по расписанию"),
                ("11-01", "⛔ Ледостав: переправа закрыта, ждём открытия зимника"))),
            _f("podpiska", FOOTER, 0.2, *_by_day(_za_subscription)),
            _f("obyavleniya", FOOTER, 0.25, *_za_notice()),
            _f("reklama", FOOTER, 0.15, (_OLD, "Редакция не несёт ответственности за "
                                               "содержание рекламных объявлений.")),
            _f("tirazh", FOOTER, 0.2, *_by_day(_za_imprint)),
            _f("kopirayt", FOOTER, 0.3, (_OLD, "© {year} Заозёрские вести. 12+")),
            _f("prazdnik", HEADER, 0.04, (_OLD, "⚠️ Следующий номер газеты выйдет после "
                                                "праздников")),
        ),
    )


def heldout108_styles() -> list[PublisherStyle]:
    """The held-back-108 styles, in the order the generator hands them to publishers."""
    return [
        yekaterinburg_style(), minsk_style(), almaty_style(), kazan_style(), tashkent_style(),
        bishkek_style(), ufa_style(), yakutsk_style(), dushanbe_style(), grozny_style(),
        grodno_style(), zaozerye_style(),
    ]
