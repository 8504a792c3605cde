"""The ``held-back-75`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-74 set
(`tests.bench.heldout_templates_74`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are sites of Central Asia, the Caucasus and the Baltics, large
and small: a Kazakh regional paper with Russian lines (Pavlodar), an Uzbek valley site in
Latin script with a Cyrillic switch (Fergana), a Georgian regional site (Batumi), a Samogitian
district paper (Telšiai), an Armenian provincial site (Vanadzor), an Azerbaijani-Russian
bilingual town site (Shaki), a Latvian county paper (Kuldīga), a Kyrgyz provincial paper with
Russian lines (Talas), an Estonian island parish paper (Muhu), a mountain guides' association
in Svaneti (English with Georgian), a ceramics workshop in Gʻijduvon (English with Uzbek and
Russian) and a small-town basketball club (Kretinga). The families are the kinds a crawl of
such sites holds: dates localised day by day (changing form on the day of a redesign, one
printing two languages), lines that turn every day (a countdown to an exhibition and its
days, prayer times, the central bank's rate through two devaluations and a peg, the moon's
day, the name days), the seasons (heating, beach and tangerines, beans, ferries, trekking,
kilns, basketball), bylines of many shapes, datelines, a script switch whose apostrophe
changed, the paper's price through the change of currency, donor and state-contract
disclaimers, the author's-opinion line, typo-report lines, link-required and registration
lines, language switches, newsletter and messenger appeals, notices reworded in 2016-2020,
notices that follow a calendar (votes, referendums and run-offs, a revolution, a war's
martial law, the 2020 epidemic and its emergencies, an EU presidency, national days with
their counts and centenaries, Nowruz and its last Tuesday, the two Eids, Easter of both
churches, Vardavar, midsummer, carnival, song festivals, tournaments, fairs called off in
2020), other articles' titles, amounts and prices, multi-line blocks, mid-body inserts (some
up to two times), bare lines, and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    event_on,
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

ONE_DAY = dt.timedelta(days=1)

KAZAKH_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                 "қыркүйек", "қазан", "қараша", "желтоқсан")
KAZAKH_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі",
                   "жексенбі")
UZBEK_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                "sentabr", "oktabr", "noyabr", "dekabr")
UZBEK_WEEKDAYS = ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba",
                  "yakshanba")
GEORGIAN_MONTHS = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი",
                   "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
GEORGIAN_WEEKDAYS = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი",
                     "კვირა")
LITHUANIAN_MONTHS = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
                     "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio")
LITHUANIAN_WEEKDAYS = ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis",
                       "penktadienis", "šeštadienis", "sekmadienis")
ARMENIAN_MONTHS = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի",
                   "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")
ARMENIAN_WEEKDAYS = ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ",
                     "կիրակի")
AZERBAIJANI_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
                      "sentyabr", "oktyabr", "noyabr", "dekabr")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
AZERBAIJANI_WEEKDAYS = ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə",
                        "şənbə", "bazar")
LATVIAN_MONTHS = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
                  "augusts", "septembris", "oktobris", "novembris", "decembris")
LATVIAN_WEEKDAYS = ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena",
                    "sestdiena", "svētdiena")
KYRGYZ_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                 "сентябрь", "октябрь", "ноябрь", "декабрь")
KYRGYZ_WEEKDAYS = ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби",
                   "жекшемби")
ESTONIAN_MONTHS = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli",
                   "august", "september", "oktoober", "november", "detsember")
ESTONIAN_WEEKDAYS = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev",
                     "pühapäev")

# The two Eids as the sites of the region announced them.
RAMADAN_EID = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25",
               2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
SACRIFICE_EID = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                 2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}


def made_up(day: dt.date, low: int, high: int, salt: str = "") -> int:
    """A number from `low` to `high` (both included), fixed per day and salt."""
    return low + zlib.crc32(f"{salt}{day.isoformat()}".encode()) % (high - low + 1)


def hm(minutes: int) -> str:
    """Minutes after midnight as H:MM."""
    return f"{minutes // 60}:{minutes % 60:02d}"


# --- a Kazakh regional paper with Russian lines (Pavlodar) -----------------------------------

KZ_REDESIGN = dt.date(2018, 9, 3)
KZ_BYLINE = dt.date(2017, 9, 4)
KZ_LINKS = dt.date(2019, 4, 1)
KZ_LATIN = dt.date(2018, 2, 19)  # the amended Latin alphabet was decreed
KZ_TELEGRAM = dt.date(2017, 11, 6)
KZ_CONTRACT = dt.date(2019, 1, 3)
KZ_RENAMED = dt.date(2019, 3, 23)  # the capital took its new name
EXPO_OPEN, EXPO_CLOSE = dt.date(2017, 6, 10), dt.date(2017, 9, 10)


def _kz_dated(day: dt.date) -> str:
    if day < KZ_REDESIGN:
        return (f"{day.year} жылғы {day.day} {KAZAKH_MONTHS[day.month - 1]}, "
                f"{KAZAKH_WEEKDAYS[day.weekday()]}")
    return f"{day:%d.%m.%Y} · {{time}}"


def kz_expo(day: dt.date) -> str:
    """The exhibition corner: days left, then the exhibition's day, then its legacy."""
    if day < EXPO_OPEN:
        return f"EXPO-2017 көрмесінің ашылуына {(EXPO_OPEN - day).days} күн қалды"
    if day <= EXPO_CLOSE:
        return f"EXPO-2017: көрменің {(day - EXPO_OPEN).days + 1}-күні"
    if day < KZ_RENAMED:
        return "EXPO-2017 мұрасы: «Нұр Әлем» павильоны Астанада келушілерді күтеді"
    return "EXPO-2017 мұрасы: «Нұр Әлем» павильоны Нұр-Сұлтанда келушілерді күтеді"


def _kz_notice() -> Wordings:
    base = _steps((_OLD, "Жаңалықтарды Facebook парақшамыздан оқыңыз"),
                  (KZ_TELEGRAM.isoformat(), "📲 Telegram-арнамызға жазылыңыз: облыс "
                                            "жаңалықтары бірінші болып сізде"))
    news: list[Event] = [
        _vote("2015-04-26", "🗳️ Президент сайлауы – 2015: учаскелер 07:00-де ашылады"),
        _vote("2016-03-20", "🗳️ Мәжіліс және мәслихат сайлауы: нәтижелер"),
        _vote("2019-06-09", "🗳️ Кезектен тыс президент сайлауы: облыстағы дауыс беру"),
        _span("2020-03-16", "2020-05-11", "😷 Төтенше жағдай: үйде қалыңыз / Режим ЧП: "
                                          "оставайтесь дома"),
        _vote("2021-01-10", "🗳️ Мәжіліс сайлауы – 2021", before=6, after=0),
    ]
    feasts = _yearly("03-21", 1, 2, lambda _: "🌷 Әз-Наурыз құтты болсын! С праздником "
                                              "Наурыз!")
    feasts += _yearly("07-06", 0, 0, lambda y: ("Елорда күні құтты болсын!" if y >= 2019
                                                else "Астана күні құтты болсын!"))
    feasts += _yearly("12-16", 1, 1, lambda y: f"🇰🇿 Тәуелсіздік күні: {y - 1991} жыл")
    return _calendar(base, news, feasts)


def pavlodar_style() -> PublisherStyle:
    """A Kazakh regional paper with Russian lines (Pavlodar): a bilingual section kicker,
    the date in Kazakh with the weekday, turned a numeric date with the time on a redesign
    (a wording per day), "Дайындаған" turned a correspondent's line, a read-in-Russian link
    turned a Latin-alphabet link on the day the new alphabet was decreed, "Тақырыпқа
    қатысты:" turned "📌 Оқи отырыңыз:" (up to twice), an ad label, a photo credit, the
    exhibition countdown (a wording per day, naming the capital by its new name after the
    rename), a page line turned a messenger appeal and turned by four votes and the 2020
    emergency, Nauryz, the capital's day (renamed) and independence with its count, a typo
    line, the author's-opinion line in Russian, a state-contract line reworded, a rights line
    reworded, the registration and the age mark (a block), a rare blizzard warning."""
    return PublisherStyle(
        domain="ertistany.kz", site="Ертіс таңы", base_size=232,
        subdomains=(("www.", 70), ("", 30)),
        sections=("aimaq", "qogam", "ekonomika", "madeniet", "sport", "ru"),
        n_authors=9, url_path="/{section}/{n}-{slug}.html",
        pools={
            "aidar": ("Аймақ", "Қоғам", "Экономика", "Мәдениет", "Спорт", "Общество",
                      "Регион"),
            "suret": ("автордың", "редакция мұрағатынан", "облыс әкімдігінің баспасөз "
                      "қызметі", "Kazinform", "ашық дереккөздерден"),
        },
        families=(
            _f("aidar", HEADER, 0.35, (_OLD, "{aidar}")),
            _f("kuni", HEADER, 0.85, *_by_day(_kz_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Дайындаған {author}"),
               (KZ_BYLINE.isoformat(), "✍️ {author}, «Ертіс таңы» тілшісі")),
            _f("latyn", HEADER, 0.25, (_OLD, "Бұл мақаланы орыс тілінде оқыңыз →"),
               (KZ_LATIN.isoformat(), "Бұл мақаланы латын әліпбиінде оқыңыз: Latyn "
                                      "álipbiinde oqyńyz →")),
            _f("qatysty", MIDDLE, 0.3, (_OLD, "Тақырыпқа қатысты: {other_title}"),
               (KZ_LINKS.isoformat(), "📌 Оқи отырыңыз: {other_title}"), count=2),
            _f("zharnama", MIDDLE, 0.18, (_OLD, "Жарнама")),
            _f("suret", MIDDLE, 0.2, (_OLD, "Суретті {suret} алынды")),
            _f("expo", FOOTER, 0.2, *_by_day(kz_expo)),
            _f("habarlama", FOOTER, 0.3, *_kz_notice()),
            _f("qate", FOOTER, 0.35, (_OLD, "Қате байқасаңыз, мәтінді белгілеп, Ctrl+Enter "
                                            "басыңыз")),
            _f("pikir", FOOTER, 0.2, (_OLD, "Мнение автора может не совпадать с позицией "
                                            "редакции")),
            _f("tapsyrys", FOOTER, 0.15, (_OLD, "Материал опубликован в рамках "
                                                "государственного информационного заказа"),
               (KZ_CONTRACT.isoformat(), "Мемлекеттік ақпараттық тапсырыс аясында / В "
                                         "рамках госинформзаказа")),
            _f("kuqyq", FOOTER, 0.4, (_OLD, "© {year} Ертіс таңы. Барлық құқықтар қорғалған"),
               (KZ_REDESIGN.isoformat(), "© 2006–{year} «Ертіс таңы» ЖШС. Материалдарды "
                                         "көшіріп басқанда сілтеме міндетті")),
            _f("kuelik", FOOTER, 0.35, (_OLD, "Бұқаралық ақпарат құралын есепке қою туралы "
                                              "куәлік № 16234-Г")),
            _f("zhas", FOOTER, 0.2, (_OLD, "18+")),
            _f("boran", HEADER, 0.04, (_OLD, "⚠️ Дауылды ескерту: облыс жолдарында боран, "
                                             "трассалар жабылуы мүмкін")),
        ),
    )


# --- an Uzbek valley site in Latin script with a Cyrillic switch (Fergana) -------------------

UZ_REDESIGN = dt.date(2019, 1, 14)
UZ_BYLINE = dt.date(2018, 5, 7)
UZ_APOSTROPHE = dt.date(2019, 10, 21)  # the site took the modifier letter ʻ for o' and g'
UZ_TELEGRAM = dt.date(2016, 9, 5)
UZ_RIGHTS = dt.date(2017, 7, 3)


def uz_letters(text: str, day: dt.date) -> str:
    """`text` with the apostrophe of oʻ and gʻ as the site printed it on `day`."""
    return text.replace("'", "ʻ") if day >= UZ_APOSTROPHE else text


def _uz_dated(day: dt.date) -> str:
    if day < UZ_REDESIGN:
        return (f"{day.year}-yil {day.day}-{UZBEK_MONTHS[day.month - 1]}, "
                f"{UZBEK_WEEKDAYS[day.weekday()]}")
    return f"🕒 {day:%d.%m.%Y} {{time}}"


def prayer_times(day: dt.date) -> tuple[int, int]:
    """(dawn, sunset) prayer in minutes after midnight in Fergana (smoothed, made up to the
    minute): earliest dawn and latest sunset at midsummer."""
    turn = math.cos(2 * math.pi * (day.timetuple().tm_yday - 172) / 365.25)
    return round(285 - 78 * turn), round(1110 + 95 * turn)


def uz_namoz(day: dt.date) -> str:
    dawn, dusk = prayer_times(day)
    return uz_letters(f"🕌 Namoz vaqtlari, Farg'ona, {day.day}-{UZBEK_MONTHS[day.month - 1]}: "
                      f"Bomdod {hm(dawn)} · Shom {hm(dusk)}", day)


def _uz_notice() -> Wordings:
    def base(day: dt.date) -> str:
        if day < UZ_TELEGRAM:
            return "Yangiliklarni Facebook sahifamizda kuzatib boring"
        return uz_letters("📢 Telegram kanalimizga obuna bo'ling — eng so'nggi xabarlar "
                          "birinchi bo'lib", day)

    news: list[Event] = [
        _vote("2016-12-04", "🗳️ Prezident saylovi-2016: saylov uchastkalari soat 8:00 da "
                            "ochiladi"),
        _vote("2019-12-22", "🗳️ Oliy Majlis va mahalliy kengashlar saylovi"),
        _span("2020-03-16", "2020-06-15", "😷 Karantin: uyda qoling! / Карантин: оставайтесь "
                                          "дома!"),
    ]
    feasts = _movable(_listed(RAMADAN_EID), 0, 1, lambda _: "🌙 Ramazon hayiti muborak "
                                                            "bo'lsin!")
    feasts += _movable(_listed(SACRIFICE_EID), 0, 1, lambda _: "🐑 Qurbon hayiti muborak!")
    feasts += _yearly("03-21", 1, 0, lambda _: "🌷 Navro'z bayrami muborak!")
    feasts += _yearly("09-01", 1, 0, lambda y: f"🇺🇿 Mustaqillik kuni: {y - 1991} yil!")
    return _by_day(lambda day: uz_letters(event_on(day, news, feasts) or base(day), day))


def fergana_style() -> PublisherStyle:
    """An Uzbek valley site in Latin script with a Cyrillic switch (Fergana): a rubric
    kicker, the date with "-yil" and the weekday, turned a clock and a numeric date on a
    redesign (a wording per day), the script switch whose apostrophe turned a modifier
    letter, "Muallif:" turned a correspondent's line, "Mavzuga oid:" turned "👉 Shuningdek
    o'qing:" (up to twice), an ad label, a photo credit, the day's prayer times (a wording
    per day, apostrophe turned too), a page line turned a messenger appeal and turned by two
    votes and the 2020 quarantine, both Eids, Navroʻz and independence with its count, a
    typo line, a rights line reworded and the registration (a block), a rare mudflow
    warning."""
    return PublisherStyle(
        domain="vodiysadosi.uz", site="Vodiy sadosi", base_size=206,
        subdomains=(("", 60), ("m.", 40)),
        sections=("jamiyat", "iqtisodiyot", "sport", "madaniyat", "dunyo"),
        n_authors=7, url_path="/uz/news/{section}/{n}",
        pools={
            "rukn": ("Jamiyat", "Iqtisodiyot", "Sport", "Madaniyat", "Dunyo"),
            "foto": ("muallif", "Vodiy sadosi", "UzA", "viloyat hokimligi matbuot xizmati",
                     "ochiq manbalar"),
        },
        families=(
            _f("rukn", HEADER, 0.3, (_OLD, "{rukn}")),
            _f("sana", HEADER, 0.85, *_by_day(_uz_dated)),
            _f("alifbo", HEADER, 0.3, (_OLD, "Ўзбекча | O'zbekcha | Русский"),
               (UZ_APOSTROPHE.isoformat(), "Ўзбекча | Oʻzbekcha | Русский")),
            _f("muallif", HEADER, 0.45, (_OLD, "Muallif: {author}"),
               (UZ_BYLINE.isoformat(), "{author}, «Vodiy sadosi» muxbiri")),
            _f("mavzu", MIDDLE, 0.3, (_OLD, "Mavzuga oid: {other_title}"),
               (UZ_REDESIGN.isoformat(), "👉 Shuningdek o'qing: {other_title}"),
               (UZ_APOSTROPHE.isoformat(), "👉 Shuningdek oʻqing: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.18, (_OLD, "Reklama")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("namoz", FOOTER, 0.2, *_by_day(uz_namoz)),
            _f("telegram", FOOTER, 0.3, *_uz_notice()),
            _f("xato", FOOTER, 0.3, (_OLD, "Xatolik topdingizmi? Matnni belgilab, Ctrl+Enter "
                                           "tugmasini bosing")),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} Vodiy sadosi"),
               (UZ_RIGHTS.isoformat(), "© 2012–{year} «Vodiy sadosi». Materiallardan "
                                       "foydalanilganda havola majburiy")),
            _f("guvohnoma", FOOTER, 0.35, (_OLD, "OAV sifatida ro'yxatdan o'tganlik "
                                                 "guvohnomasi № 1127"),
               (UZ_APOSTROPHE.isoformat(), "OAV sifatida roʻyxatdan oʻtganlik guvohnomasi "
                                           "№ 1127")),
            _f("sel", HEADER, 0.04, (_OLD, "⚠️ Sel xavfi: tog'li hududlarga chiqmang")),
        ),
    )


# --- a Georgian regional site (Batumi, Adjara) -----------------------------------------------

GE_REDESIGN = dt.date(2019, 6, 3)
GE_BYLINE = dt.date(2018, 1, 15)
GE_LINKS = dt.date(2019, 9, 2)
GE_LETTER = dt.date(2017, 3, 6)
GE_DONOR = dt.date(2018, 3, 1)  # the grant passed from a foundation to the EU

GE_SEASONS = (
    ("03-01", "🌱 ბოტანიკური ბაღი გაზაფხულის რეჟიმზე გადავიდა"),
    ("06-01", "🏖 საკურორტო სეზონი გახსნილია: სანაპიროზე მაშველები მორიგეობენ"),
    ("11-01", "🍊 მანდარინის სეზონი: ციტრუსის ფასები აჭარის ბაზრებზე"),
)
GE_JAZZ = {2015: "2015-07-23", 2016: "2016-07-21", 2017: "2017-07-20", 2018: "2018-07-19",
           2019: "2019-07-18"}


def _ge_dated(day: dt.date) -> str:
    if day < GE_REDESIGN:
        return (f"{GEORGIAN_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{GEORGIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day} {GEORGIAN_MONTHS[day.month - 1]}, {day.year} — {{time}}"


def _ge_notice() -> Wordings:
    base = _steps((_OLD, "მოგვწერეთ Facebook-ზე: თქვენი ამბავი ჩვენთვის მნიშვნელოვანია"),
                  (GE_LETTER.isoformat(), "📩 გამოიწერეთ ყოველკვირეული სიახლეები ელფოსტით"))
    news: list[Event] = [
        _vote("2016-10-08", "🗳️ საპარლამენტო არჩევნები 2016: შედეგები ოლქების მიხედვით"),
        _vote("2018-10-28", "🗳️ საპრეზიდენტო არჩევნები: აჭარის ოლქები"),
        _vote("2018-11-28", "🗳️ საპრეზიდენტო არჩევნების მეორე ტური", before=4),
        _span("2020-03-21", "2020-05-22", "😷 საგანგებო მდგომარეობა: დარჩით სახლში"),
        _vote("2020-10-31", "🗳️ საპარლამენტო არჩევნები 2020", before=6, after=1),
    ]
    feasts = _yearly("05-26", 0, 0, lambda y: ("🇬🇪 დამოუკიდებლობის 100 წელი!" if y == 2018
                                               else f"🇬🇪 დამოუკიდებლობის დღე: {y - 1918} "
                                                    f"წელი"))
    feasts += _movable(orthodox_easter, 0, 1, lambda _: "ქრისტე აღდგა! გილოცავთ აღდგომას")
    feasts += _movable(_listed(GE_JAZZ), 1, 3, lambda _: "🎷 Black Sea Jazz Festival: "
                                                         "ბილეთები და პროგრამა")
    return _calendar(base, news, feasts)


def batumi_style() -> PublisherStyle:
    """A Georgian regional site (Batumi, Adjara): a rubric kicker, the weekday and the date,
    turned a date with the time on a redesign (a wording per day), "ავტორი:" turned a
    dateline after the name, "წაიკითხეთ ასევე:" turned "▶ ამ თემაზე:" (up to twice), an ad
    label, a photo credit, the seasons (garden, beach, tangerines), a page line turned a
    newsletter appeal and turned by four votes and a run-off and the 2020 emergency,
    independence with its count and its centenary, Orthodox Easter and a jazz festival (not
    held in 2020), a comments line, a donor line in Georgian and in English whose donor
    changed, and a rights line reworded (a block), a rare storm warning."""
    return PublisherStyle(
        domain="chorokhisambebi.ge", site="ჭოროხის ამბები", base_size=180,
        subdomains=(("www.", 80), ("", 20)),
        sections=("sazogadoeba", "politika", "ekonomika", "adjara", "sporti"),
        n_authors=6, url_path="/ka/news/{n}",
        pools={
            "rubrika": ("საზოგადოება", "პოლიტიკა", "ეკონომიკა", "აჭარა", "სპორტი",
                        "კულტურა"),
            "foto": ("ავტორის", "ჭოროხის ამბები", "აჭარის მთავრობის პრესსამსახური", "არქივი"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("tarighi", HEADER, 0.8, *_by_day(_ge_dated)),
            _f("avtori", HEADER, 0.45, (_OLD, "ავტორი: {author}"),
               (GE_BYLINE.isoformat(), "{author} | ბათუმი")),
            _f("tsaikitkhet", MIDDLE, 0.3, (_OLD, "წაიკითხეთ ასევე: {other_title}"),
               (GE_LINKS.isoformat(), "▶ ამ თემაზე: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.18, (_OLD, "რეკლამა")),
            _f("foto", MIDDLE, 0.2, (_OLD, "ფოტო: {foto}")),
            _f("sezoni", FOOTER, 0.2, *_seasons(*GE_SEASONS)),
            _f("shetkobineba", FOOTER, 0.3, *_ge_notice()),
            _f("komentari", FOOTER, 0.2, (_OLD, "კომენტარებში გამოთქმული აზრი შეიძლება არ "
                                                "ემთხვეოდეს რედაქციის პოზიციას")),
            _f("donori", FOOTER, 0.3, (_OLD, "სტატია მომზადებულია ფონდ „ღია საზოგადოება - "
                                             "საქართველოს“ მხარდაჭერით"),
               (GE_DONOR.isoformat(), "სტატია მომზადებულია ევროკავშირის ფინანსური "
                                      "მხარდაჭერით. მის შინაარსზე პასუხისმგებელია ჭოროხის "
                                      "ამბები")),
            _f("donor-en", FOOTER, 0.25, (_OLD, "This article was prepared with the support "
                                                "of the Open Society Georgia Foundation. The "
                                                "views are the author's own."),
               (GE_DONOR.isoformat(), "This publication was produced with the financial "
                                      "support of the European Union. Its contents are the "
                                      "sole responsibility of ჭოროხის ამბები and do not "
                                      "necessarily reflect the views of the European "
                                      "Union.")),
            _f("uflebebi", FOOTER, 0.4, (_OLD, "© {year} ჭოროხის ამბები"),
               (GE_REDESIGN.isoformat(), "© {year} ჭოროხის ამბები · მასალის გამოყენებისას "
                                         "ჰიპერბმული აუცილებელია")),
            _f("shtormi", HEADER, 0.04, (_OLD, "⚠️ შტორმის გაფრთხილება: ზღვაში შესვლა "
                                               "აკრძალულია")),
        ),
    )


# --- a Samogitian district paper (Telšiai, Lithuania) ----------------------------------------

LT_REDESIGN = dt.date(2018, 4, 3)
LT_BYLINE = dt.date(2017, 9, 1)
LT_LINKS = dt.date(2019, 3, 4)
LT_RIGHTS = dt.date(2016, 5, 2)
LT_FUND = dt.date(2019, 1, 2)  # the press support fund became the media support fund
NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)
SYNODIC = 29.530588


def moon_day(day: dt.date) -> int:
    """The day of the moon's cycle at noon on `day` (1 at the new moon, up to 30)."""
    age = (dt.datetime(day.year, day.month, day.day, 12) - NEW_MOON).total_seconds() / 86400
    return int(age % SYNODIC) + 1


def lt_moon(day: dt.date) -> str:
    n = moon_day(day)
    phase = ("jaunatis" if n in (1, 30) else "priešpilnis" if n == 8 else
             "pilnatis" if n == 15 else "delčia" if n == 23 else
             "augantis mėnulis" if n < 15 else "dylantis mėnulis")
    return f"🌙 Mėnulio kalendorius: {n}-oji mėnulio diena, {phase}"


def lt_price(day: dt.date) -> str:
    """The printed paper's price: in euros and litas in the first half of 2015, then euros."""
    if day < dt.date(2015, 7, 1):
        return "Laikraščio kaina – 0,58 Eur (2,00 Lt)"
    if day < dt.date(2018, 1, 2):
        return "Laikraščio kaina – 0,58 Eur"
    if day < dt.date(2020, 1, 2):
        return "Laikraščio kaina – 0,70 Eur"
    return "Laikraščio kaina – 0,80 Eur"


def _lt_dated(day: dt.date) -> str:
    if day < LT_REDESIGN:
        return (f"{day.year} m. {LITHUANIAN_MONTHS[day.month - 1]} {day.day} d., "
                f"{LITHUANIAN_WEEKDAYS[day.weekday()]}")
    return f"{day:%Y-%m-%d} {{time}}"


def _lt_notice() -> Wordings:
    base = _steps((_OLD, "Naujienas sekite ir mūsų Facebook paskyroje"),
                  (LT_REDESIGN.isoformat(), "📰 Prenumeruokite naujienlaiškį – svarbiausios "
                                            "rajono naujienos kiekvieną rytą"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Savivaldybių tarybų ir merų rinkimai: rezultatai"),
        _vote("2016-10-09", "🗳️ Seimo rinkimai 2016: pirmasis turas"),
        _vote("2016-10-23", "🗳️ Seimo rinkimai 2016: antrasis turas", before=5),
        _vote("2019-03-03", "🗳️ Savivaldos rinkimai 2019: kas taps meru?"),
        _vote("2019-05-12", "🗳️ Prezidento rinkimai ir referendumai"),
        _vote("2019-05-26", "🗳️ Prezidento rinkimų antrasis turas ir EP rinkimai", before=5),
        _span("2020-03-16", "2020-06-16", "😷 Karantinas: likite namuose, laikykitės "
                                          "atstumo"),
        _vote("2020-10-11", "🗳️ Seimo rinkimai 2020"),
        _vote("2020-10-25", "🗳️ Seimo rinkimai 2020: antrasis turas", before=5),
        _span("2020-11-07", "2021-01-10", "😷 Antrasis karantinas: kas leidžiama ir kas "
                                          "draudžiama"),
    ]
    feasts = _yearly("02-16", 0, 0, lambda y: ("🇱🇹 Lietuvai – 100!" if y == 2018 else
                                               f"🇱🇹 Vasario 16-oji: {y - 1918} metų "
                                               f"valstybei"))
    feasts += _yearly("03-11", 0, 0, lambda y: f"Kovo 11-oji: {y - 1990} metai laisvės")
    feasts += _movable(carnival_tuesday, 1, 0, lambda _: "🎭 Užgavėnės: Morė dega "
                                                         "Telšių aikštėje")
    feasts += _yearly("06-24", 1, 0, lambda _: "🌿 Linksmų Joninių!")
    feasts += _yearly("07-06", 0, 0, lambda _: "👑 Valstybės (Karaliaus Mindaugo "
                                               "karūnavimo) diena")
    return _calendar(base, news, feasts)


def telsiai_style() -> PublisherStyle:
    """A Samogitian district paper (Telšiai, Lithuania): a rubric kicker, the date with "m."
    and "d." and the weekday, turned an ISO date with the time on a redesign (a wording per
    day), the printed paper's price through the change to the euro and two rises, "Autorius:"
    turned the name with the paper in low-high quotes, "Skaitykite ir:" turned "➤ Taip pat
    skaitykite:" (up to twice), an ad label, a "... nuotr." credit, the moon's day (a
    wording per day), a page line turned a newsletter appeal and turned by nine votes and
    run-offs and two quarantines, the statehood days with their counts and centenary,
    carnival, midsummer and the coronation day, a typo line, a comments line, a rights line
    reworded and the fund's line with its project and amount, whose fund changed (a block), a
    rare squall warning."""
    return PublisherStyle(
        domain="zemaiciuvieskelis.lt", site="Žemaičių vieškelis", base_size=160,
        subdomains=(("www.", 100),),
        sections=("rajone", "zmones", "ukis", "kultura", "sportas", "kriminalai"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Rajone", "Žmonės", "Ūkis", "Kultūra", "Sportas", "Kriminalai"),
            "foto": ("Autoriaus", "Redakcijos archyvo", "Telšių r. savivaldybės", "BNS",
                     "Asociatyvi"),
            "projektas": ("Žemaitijos kaimo žmonės", "Mūsų krašto verslas",
                          "Kultūros kelias", "Jaunimas regione"),
            "suma": ("2 800", "3 500", "4 200", "5 000", "6 500"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.8, *_by_day(_lt_dated)),
            _f("kaina", HEADER, 0.25, *_by_day(lt_price)),
            _f("autorius", HEADER, 0.45, (_OLD, "Autorius: {author}"),
               (LT_BYLINE.isoformat(), "{author}, „Žemaičių vieškelis“")),
            _f("skaitykite", MIDDLE, 0.3, (_OLD, "Skaitykite ir: {other_title}"),
               (LT_LINKS.isoformat(), "➤ Taip pat skaitykite: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.18, (_OLD, "Reklama")),
            _f("nuotrauka", MIDDLE, 0.2, (_OLD, "{foto} nuotr.")),
            _f("menulis", FOOTER, 0.2, *_by_day(lt_moon)),
            _f("pranesimas", FOOTER, 0.3, *_lt_notice()),
            _f("klaida", FOOTER, 0.3, (_OLD, "Pastebėjote klaidą? Pažymėkite tekstą ir "
                                             "spauskite Ctrl+Enter")),
            _f("komentarai", FOOTER, 0.2, (_OLD, "Komentarai, kuriuose yra įžeidimų, bus "
                                                 "šalinami.")),
            _f("teises", FOOTER, 0.4, (_OLD, "© {year} Žemaičių vieškelis"),
               (LT_RIGHTS.isoformat(), "© {year} Žemaičių vieškelis. Kopijuoti ir platinti "
                                       "be raštiško sutikimo draudžiama.")),
            _f("remia", FOOTER, 0.3, (_OLD, "Projektą „{projektas}“ remia Spaudos, radijo ir "
                                            "televizijos rėmimo fondas. Skirta suma – {suma} "
                                            "Eur."),
               (LT_FUND.isoformat(), "Projektą „{projektas}“ remia Medijų rėmimo fondas. "
                                     "Skirta suma – {suma} Eur.")),
            _f("audra", HEADER, 0.04, (_OLD, "⚠️ Perspėjimas: rajone laukiama škvalų iki 25 "
                                             "m/s")),
        ),
    )


# --- an Armenian provincial site (Vanadzor, Lori) --------------------------------------------

AM_REDESIGN = dt.date(2018, 5, 14)  # a week after the new prime minister was elected
AM_BYLINE = dt.date(2019, 2, 4)

AM_SEASONS = (
    ("04-15", "🌸 Ջեռուցման սեզոնն ավարտվեց. գազի սակագները՝ ամառային"),
    ("07-01", "🏔 Լոռու զբոսաշրջային սեզոն. Հաղպատն ու Սանահինը բաց են ամեն օր"),
    ("10-15", "🔥 Ջեռուցման սեզոնը մեկնարկեց Վանաձորում"),
)


def vardavar(y: int) -> dt.date:
    """Vardavar: the fourteenth Sunday after Easter (98 days on)."""
    return easter(y) + 98 * ONE_DAY


def _am_dated(day: dt.date) -> str:
    if day < AM_REDESIGN:
        return (f"{day.day} {ARMENIAN_MONTHS[day.month - 1]} {day.year}, "
                f"{ARMENIAN_WEEKDAYS[day.weekday()]}")
    return f"{day:%d.%m.%Y} | {{time}}"


def _am_notice() -> Wordings:
    base = _steps((_OLD, "Հետևեք մեզ Facebook-ում"),
                  (AM_REDESIGN.isoformat(), "📲 Միացեք մեր Telegram ալիքին՝ Լոռու լուրերը "
                                            "առաջինը"))
    war: list[Event] = [
        _span("2020-09-27", "2020-11-10", "Ռազմական դրություն. հետևեք միայն պաշտոնական "
                                          "տեղեկատվությանը"),
    ]
    news: list[Event] = [
        _vote("2015-12-06", "🗳️ Սահմանադրական հանրաքվե 2015"),
        _vote("2017-04-02", "🗳️ Խորհրդարանական ընտրություններ 2017"),
        _span("2018-04-13", "2018-05-08", "🔴 Ուղիղ եթեր՝ հանրահավաքներից"),
        _vote("2018-12-09", "🗳️ Արտահերթ խորհրդարանական ընտրություններ"),
        _span("2020-03-16", "2020-09-11", "😷 Արտակարգ դրություն. կրեք դիմակ"),
    ]
    feasts = _yearly("04-24", 0, 0, lambda y: f"Հայոց ցեղասպանության {y - 1915}-րդ տարելից")
    feasts += _yearly("05-28", 0, 0, lambda y: f"Առաջին Հանրապետություն՝ {y - 1918} տարի")
    feasts += _yearly("09-21", 0, 0, lambda y: f"🇦🇲 Անկախության օր՝ {y - 1991} տարի")
    feasts += _movable(vardavar, 0, 0, lambda _: "💦 Վարդավառ. զգույշ, ջուր է թափվում")
    return _calendar(base, war, news, feasts)


def vanadzor_style() -> PublisherStyle:
    """An Armenian provincial site (Vanadzor, Lori): a rubric kicker, the date with the
    month in the genitive and the weekday, turned a numeric date with the time on a redesign
    after the 2018 revolution (a wording per day), "Հեղինակ՝" turned a dateline after the
    name, "Կարդացեք նաև՝" turned "Թեմայի շուրջ ➝" (up to twice), an ad label, a photo
    credit, the heating and tourist seasons, a page line turned a messenger appeal and
    turned by a referendum, two votes, the revolution's live stream, the 2020 emergency and
    martial law, the genocide's remembrance, the first republic and independence with their
    counts, and Vardavar, the author's-opinion line, a donor line in English, a rights line
    reworded and the publisher (a block), a rare earthquake line."""
    return PublisherStyle(
        domain="debediapin.am", site="Դեբեդի ափին", base_size=140,
        subdomains=(("www.", 100),),
        sections=("hasarakutyun", "kaghakakanutyun", "lori", "mshakuyt", "sport"),
        n_authors=5, url_path="/am/{section}/{n}.html",
        pools={
            "bazhin": ("Հասարակություն", "Քաղաքականություն", "Լոռի", "Մշակույթ", "Սպորտ"),
            "lusankar": ("հեղինակի", "Դեբեդի ափին", "Լոռու մարզպետարանի", "արխիվից"),
            "donor": ("Media Initiatives Center", "Open Society Foundations – Armenia",
                      "European Union"),
        },
        families=(
            _f("bazhin", HEADER, 0.3, (_OLD, "{bazhin}")),
            _f("amsativ", HEADER, 0.8, *_by_day(_am_dated)),
            _f("heghinak", HEADER, 0.45, (_OLD, "Հեղինակ՝ {author}"),
               (AM_BYLINE.isoformat(), "{author}, Վանաձոր")),
            _f("kardatsek", MIDDLE, 0.3, (_OLD, "Կարդացեք նաև՝ {other_title}"),
               (AM_REDESIGN.isoformat(), "Թեմայի շուրջ ➝ {other_title}"), count=2),
            _f("govazd", MIDDLE, 0.18, (_OLD, "Գովազդ")),
            _f("lusankar", MIDDLE, 0.2, (_OLD, "Լուսանկարը՝ {lusankar}")),
            _f("eghanak", FOOTER, 0.2, *_seasons(*AM_SEASONS)),
            _f("tsanutsum", FOOTER, 0.3, *_am_notice()),
            _f("kartsik", FOOTER, 0.25, (_OLD, "Հեղինակի կարծիքը կարող է չհամընկնել "
                                               "խմբագրության տեսակետի հետ")),
            _f("donor", FOOTER, 0.15, (_OLD, "This publication was made possible with support "
                                             "from {donor}. The views expressed are those of "
                                             "the author.")),
            _f("iravunk", FOOTER, 0.4, (_OLD, "© {year} Դեբեդի ափին"),
               (AM_REDESIGN.isoformat(), "© {year} Դեբեդի ափին։ Նյութերի արտատպումն առանց "
                                         "հղման արգելվում է։")),
            _f("hratarak", FOOTER, 0.35, (_OLD, "Հրատարակիչ՝ «Դեբեդ մեդիա» ՍՊԸ, Վանաձոր")),
            _f("yerkrasharzh", HEADER, 0.04, (_OLD, "⚠️ Երկրաշարժ Լոռիում. ավերածություններ "
                                                    "չկան")),
        ),
    )


# --- an Azerbaijani-Russian bilingual town site (Shaki) --------------------------------------

AZ_REDESIGN = dt.date(2019, 9, 2)
AZ_BYLINE = dt.date(2018, 2, 5)
AZ_LINKS = dt.date(2018, 10, 1)
AZ_ENGLISH = dt.date(2020, 1, 13)
AZ_PEG = dt.date(2017, 5, 2)  # from here the rate held at 1.7000


def az_rate(day: dt.date) -> str:
    """The central bank's dollar rate (made up within the real regimes: a peg, a
    devaluation to a new peg, a second devaluation and a float, then a steady 1.7000)."""
    jitter = made_up(day, 0, 40, "az")
    if day < dt.date(2015, 2, 21):
        rate = 0.7840 + jitter / 100000
    elif day < dt.date(2015, 12, 21):
        rate = 1.0490 + jitter / 20000
    elif day < AZ_PEG:
        rate = 1.5500 + 0.1 * math.sin((day - dt.date(2015, 12, 21)).days / 40) + jitter / 4000
    else:
        rate = 1.7
    return f"💵 Mərkəzi Bankın məzənnəsi: 1 USD = {rate:.4f} AZN"


def last_tuesday_before_novruz(y: int) -> dt.date:
    """The last Tuesday before 20 March (Axır çərşənbə)."""
    day = dt.date(y, 3, 19)
    return day - ((day.weekday() - 1) % 7) * ONE_DAY


def _az_dated(day: dt.date) -> str:
    if day < AZ_REDESIGN:
        return (f"{day.day} {AZERBAIJANI_MONTHS[day.month - 1]} {day.year}, "
                f"{AZERBAIJANI_WEEKDAYS[day.weekday()]}")
    return (f"{day.day} {AZERBAIJANI_MONTHS[day.month - 1]} {day.year} · {day.day} "
            f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}")


def _az_notice() -> Wordings:
    base = _steps((_OLD, "Bizi Facebook-da izləyin"),
                  ("2017-04-03", "📲 Xəbərlərimizi Telegram və WhatsApp-da izləyin"))
    war: list[Event] = [
        _span("2020-09-28", "2020-11-10", "Hərbi vəziyyət elan edilib: yalnız rəsmi "
                                          "məlumatlara etibar edin"),
    ]
    news: list[Event] = [
        _vote("2015-11-01", "🗳️ Milli Məclis seçkiləri 2015"),
        _vote("2016-09-26", "🗳️ Referendum 2016 / Референдум 2016"),
        _vote("2018-04-11", "🗳️ Prezident seçkiləri 2018"),
        _vote("2020-02-09", "🗳️ Növbədənkənar parlament seçkiləri"),
        _span("2020-03-24", "2020-08-31", "😷 Xüsusi karantin rejimi: evdə qalın!"),
    ]
    feasts = _movable(last_tuesday_before_novruz, 0, 0, lambda _: "🔥 Axır çərşənbə "
                                                                  "mübarək!")
    feasts += _yearly("03-20", 0, 1, lambda _: "Novruz bayramınız mübarək! С праздником "
                                               "Новруз!")
    feasts += _yearly("05-28", 0, 0, lambda y: f"🇦🇿 Respublika Günü: {y - 1918} il")
    feasts += _movable(_listed(RAMADAN_EID), 0, 1, lambda _: "Ramazan bayramınız mübarək!")
    feasts += _movable(_listed(SACRIFICE_EID), 0, 1, lambda _: "Qurban bayramınız mübarək!")
    feasts += _movable(lambda y: None if y == 2020 else dt.date(y, 7, 26), 1, 2,
                       lambda _: "🎻 «İpək Yolu» musiqi festivalı Şəkidə")
    return _calendar(base, war, news, feasts)


def shaki_style() -> PublisherStyle:
    """An Azerbaijani-Russian bilingual town site (Shaki): a bilingual rubric kicker, the
    date with the weekday, turned a date in both languages on a redesign (a wording per
    day), "Müəllif:" turned a correspondent's line, a language switch that gained English,
    "Oxu:" turned a bilingual read-also line (up to twice), an ad label, a photo credit, the
    central bank's dollar rate (a wording from each day it changed), a page line turned a
    messenger appeal and turned by four votes and a referendum, the 2020 quarantine and
    martial law, the last Tuesday before Nowruz, Nowruz, the republic's day with its count,
    both Eids and a music festival (not held in 2020), the author's-opinion line in Russian,
    a rights line reworded in both languages and the founder (a block), a rare flood
    warning."""
    return PublisherStyle(
        domain="sekihayati.az", site="Şəki Həyatı", base_size=120,
        subdomains=(("", 70), ("ru.", 30)),
        sections=("seki", "cemiyyet", "iqtisadiyyat", "medeniyyet", "obshestvo"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{n}",
        pools={
            "bolme": ("Şəki", "Cəmiyyət", "İqtisadiyyat", "Mədəniyyət", "Общество",
                      "Регион"),
            "foto": ("müəllif", "Şəki Həyatı", "AZƏRTAC", "Şəki Şəhər İcra Hakimiyyəti",
                     "arxiv"),
        },
        families=(
            _f("bolme", HEADER, 0.3, (_OLD, "{bolme}")),
            _f("tarix", HEADER, 0.8, *_by_day(_az_dated)),
            _f("muellif", HEADER, 0.45, (_OLD, "Müəllif: {author}"),
               (AZ_BYLINE.isoformat(), "Müxbir: {author} (Şəki)")),
            _f("dil", HEADER, 0.2, (_OLD, "AZ | RU"), (AZ_ENGLISH.isoformat(), "AZ | RU | EN")),
            _f("oxu", MIDDLE, 0.3, (_OLD, "Oxu: {other_title}"),
               (AZ_LINKS.isoformat(), "Həmçinin oxuyun / Читайте также: {other_title}"),
               count=2),
            _f("reklam", MIDDLE, 0.18, (_OLD, "Reklam")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("mezenne", FOOTER, 0.25, *_by_day(az_rate)),
            _f("bildiris", FOOTER, 0.3, *_az_notice()),
            _f("fikir", FOOTER, 0.2, (_OLD, "Мнение автора может не совпадать с мнением "
                                            "редакции")),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} Şəki Həyatı"),
               (AZ_REDESIGN.isoformat(), "© {year} Şəki Həyatı. İstinad mütləqdir / Ссылка "
                                         "обязательна")),
            _f("tesisci", FOOTER, 0.35, (_OLD, "Təsisçi: «Şəki Media» MMC. Baş redaktor: "
                                               "Rauf Əlizadə")),
            _f("sel", HEADER, 0.04, (_OLD, "⚠️ Kiş çayında sel: sahil ərazilərinə "
                                           "yaxınlaşmayın")),
        ),
    )


# --- a Latvian county paper (Kuldīga, Kurzeme) -----------------------------------------------

LV_REDESIGN = dt.date(2017, 10, 2)
LV_BYLINE = dt.date(2019, 4, 1)
LV_LINKS = dt.date(2018, 6, 4)
LV_FUND = dt.date(2019, 1, 2)  # the media support fund took over the grants

LV_NAMES = ("Anna", "Aija", "Agris", "Baiba", "Dace", "Dainis", "Edgars", "Elza", "Ēriks",
            "Gunta", "Ilze", "Inese", "Ivars", "Juris", "Kārlis", "Kristīne", "Laila",
            "Lauris", "Linda", "Māra", "Mārtiņš", "Ojārs", "Pēteris", "Rasma", "Rihards",
            "Santa", "Sandis", "Silvija", "Toms", "Una", "Valdis", "Vija", "Zane", "Zigmārs")
LV_FIXED_NAMES = {"06-23": "Līga, Līgo", "06-24": "Jānis, Janis, Žanis",
                  "11-10": "Mārtiņš, Mārcis", "12-24": "Ādams, Ieva"}


def lv_name_days(day: dt.date) -> str:
    """The day's name days (the same every year; a few fixed as every Latvian knows them)."""
    md = f"{day:%m-%d}"
    if md in LV_FIXED_NAMES:
        names = LV_FIXED_NAMES[md]
    else:
        k = zlib.crc32(md.encode())
        first = LV_NAMES[k % len(LV_NAMES)]
        second = LV_NAMES[(k // 97) % len(LV_NAMES)]
        names = first if first == second else f"{first}, {second}"
    return f"Vārda dienas: {names}"


def _lv_dated(day: dt.date) -> str:
    if day < LV_REDESIGN:
        return (f"{LATVIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.year}. gada "
                f"{day.day}. {LATVIAN_MONTHS[day.month - 1]}")
    return f"{day:%d.%m.%Y}. {{time}}"


def _lv_notice() -> Wordings:
    base = _steps((_OLD, "Seko mums Draugiem.lv un Facebook"),
                  (LV_LINKS.isoformat(), "✉️ Piesakies jaunumu vēstulei – novada ziņas katru "
                                         "piektdienu"))
    news: list[Event] = [
        _span("2015-01-01", "2015-06-30", "🇪🇺 Latvijas prezidentūra ES Padomē 2015"),
        _vote("2017-06-03", "🗳️ Pašvaldību vēlēšanas 2017"),
        _span("2018-06-28", "2018-07-08", "🎶 XXVI Vispārējie latviešu Dziesmu un XVI Deju "
                                          "svētki"),
        _vote("2018-10-06", "🗳️ 13. Saeimas vēlēšanas"),
        _span("2020-03-12", "2020-06-09", "😷 Ārkārtējā situācija: ievēro 2 metru distanci"),
        _span("2020-11-09", "2021-01-10", "😷 Ārkārtējā situācija atkal: pulcēšanās ierobežota"),
    ]
    feasts = _yearly("11-18", 1, 0, lambda y: ("🇱🇻 Latvijai 100!" if y == 2018 else
                                               f"🇱🇻 Latvijas Republikai {y - 1918}"))
    feasts += _yearly("05-04", 0, 0, lambda _: "Baltā galdauta svētki: 4. maijs")
    feasts += _yearly("06-23", 2, 1, lambda _: "🌼 Līgo! Priecīgus Jāņus!")
    return _calendar(base, news, feasts)


def kuldiga_style() -> PublisherStyle:
    """A Latvian county paper (Kuldīga, Kurzeme): a section kicker, the weekday and the date
    with "gada", turned a numeric date with the year's trailing dot and the time on a
    redesign (a wording per day), the name days (a wording per day, the same each year),
    "Autors:" turned a text-and-photo line, "Lasi arī:" turned "⇒ Saistītie raksti:" (up to
    twice), an ad label, a photo credit, a page line turned a newsletter appeal and turned
    by the EU presidency, two votes, the song festival and two emergencies, the proclamation
    with its count and centenary, the restoration day and midsummer, a grant line whose fund
    changed, the grant's hashtag with its year and a rights line reworded (a block), a rare
    flood warning."""
    return PublisherStyle(
        domain="ventasvilnis.lv", site="Ventas Vilnis", base_size=100,
        subdomains=(("www.", 100),),
        sections=("novada", "sabiedriba", "izglitiba", "kultura", "sports"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "sadala": ("Novadā", "Sabiedrība", "Izglītība", "Kultūra", "Sports"),
            "foto": ("no arhīva", "Ventas Vilnis", "LETA", "Kuldīgas novada pašvaldība",
                     "publicitātes foto"),
        },
        families=(
            _f("sadala", HEADER, 0.3, (_OLD, "{sadala}")),
            _f("datums", HEADER, 0.75, *_by_day(_lv_dated)),
            _f("vardadienas", HEADER, 0.3, *_by_day(lv_name_days)),
            _f("autors", HEADER, 0.45, (_OLD, "Autors: {author}"),
               (LV_BYLINE.isoformat(), "Teksts: {author}, foto: {author2}")),
            _f("lasi", MIDDLE, 0.3, (_OLD, "Lasi arī: {other_title}"),
               (LV_LINKS.isoformat(), "⇒ Saistītie raksti: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.18, (_OLD, "Reklāma")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("pazinojums", FOOTER, 0.3, *_lv_notice()),
            _f("atbalsts", FOOTER, 0.3, (_OLD, "Publikācija tapusi ar Sabiedrības integrācijas "
                                               "fonda finansiālu atbalstu. Par saturu atbild "
                                               "Ventas Vilnis."),
               (LV_FUND.isoformat(), "Materiāls tapis ar Mediju atbalsta fonda finansiālu "
                                     "atbalstu. Par saturu atbild Ventas Vilnis.")),
            _f("tema", FOOTER, 0.25, (_OLD, "#SIF_MAF{year}")),
            _f("tiesibas", FOOTER, 0.4, (_OLD, "© Ventas Vilnis, {year}"),
               (LV_REDESIGN.isoformat(), "© {year} SIA „Ventas Vilnis“. Pārpublicēšanas "
                                         "gadījumā atsauce obligāta.")),
            _f("pludi", HEADER, 0.04, (_OLD, "⚠️ Ventā ceļas ūdens: plūdu draudi pie rumbas")),
        ),
    )


# --- a Kyrgyz provincial paper with Russian lines (Talas) ------------------------------------

KG_REDESIGN = dt.date(2018, 9, 10)
KG_BYLINE = dt.date(2017, 3, 6)
KG_LINKS = dt.date(2019, 5, 6)

KG_SEASONS = (
    ("04-01", "🚜 Жазгы талаа жумуштары башталды"),
    ("09-01", "🫘 Буурчак жыйноо мезгили: Таластагы баалар"),
    ("12-01", "❄️ Өтмөк ашуусу: кышкы жол кырдаалын текшериңиз"),
)


def _kg_dated(day: dt.date) -> str:
    if day < KG_REDESIGN:
        return f"{day.day}-{KYRGYZ_MONTHS[day.month - 1]}, {day.year}"
    return f"{day:%d.%m.%Y} · {KYRGYZ_WEEKDAYS[day.weekday()]}"


def _kg_notice() -> Wordings:
    base = _steps((_OLD, "Бизди Facebook'тан окуңуз"),
                  (KG_REDESIGN.isoformat(), "📲 Кабарыңыз барбы? WhatsApp аркылуу жөнөтүңүз"))
    news: list[Event] = [
        _vote("2015-10-04", "🗳️ Жогорку Кеңешке шайлоо – 2015"),
        _span("2016-09-03", "2016-09-08", "🏇 II Дүйнөлүк көчмөндөр оюндары"),
        _vote("2016-12-11", "🗳️ Референдум: Конституцияга өзгөртүүлөр"),
        _vote("2017-10-15", "🗳️ Президенттик шайлоо – 2017"),
        _span("2018-09-02", "2018-09-08", "🏇 III Дүйнөлүк көчмөндөр оюндары"),
        _span("2020-03-22", "2020-05-10", "😷 Өзгөчө кырдаал / Чрезвычайное положение"),
        _vote("2020-10-04", "🗳️ Жогорку Кеңешке шайлоо – 2020"),
    ]
    feasts = _yearly("03-21", 1, 0, lambda _: "🌷 Нооруз майрамыңыздар менен!")
    feasts += _yearly("08-31", 1, 0, lambda y: f"🇰🇬 Эгемендүүлүк күнү: {y - 1991} жыл")
    return _calendar(base, news, feasts)


def talas_style() -> PublisherStyle:
    """A Kyrgyz provincial paper with Russian lines (Talas): a rubric kicker, the date with
    the month after a hyphen, turned a numeric date with the weekday on a redesign (a wording
    per day), "Даярдаган:" turned a pen mark, "Окуңуз:" turned "Ушул темада:", an ad label,
    a photo credit, the field, bean and pass seasons, a page line turned a messenger appeal
    and turned by four votes, a referendum, two nomad games and the 2020 emergency, Nooruz
    and independence with its count, a typo line in Russian, a rights line reworded and the
    registration (a block), a rare avalanche warning."""
    return PublisherStyle(
        domain="talaskabarchysy.kg", site="Талас кабарчысы", base_size=80,
        subdomains=(("", 100),),
        sections=("koom", "sayasat", "ayil-charba", "madaniyat", "sport"),
        n_authors=4, url_path="/kg/{section}/{n}",
        pools={
            "tema": ("Коом", "Саясат", "Айыл чарба", "Маданият", "Спорт"),
            "surot": ("автордуку", "Кабар", "облустук администрация", "архив"),
        },
        families=(
            _f("tema", HEADER, 0.3, (_OLD, "{tema}")),
            _f("kuni", HEADER, 0.75, *_by_day(_kg_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Даярдаган: {author}"),
               (KG_BYLINE.isoformat(), "✍ {author}")),
            _f("okunuz", MIDDLE, 0.3, (_OLD, "Окуңуз: {other_title}"),
               (KG_LINKS.isoformat(), "Ушул темада: {other_title}")),
            _f("jarnama", MIDDLE, 0.18, (_OLD, "Жарнама")),
            _f("surot", MIDDLE, 0.2, (_OLD, "Сүрөт: {surot}")),
            _f("mezgil", FOOTER, 0.2, *_seasons(*KG_SEASONS)),
            _f("kabar", FOOTER, 0.3, *_kg_notice()),
            _f("kata", FOOTER, 0.3, (_OLD, "Нашли ошибку? Выделите текст и нажмите "
                                           "Ctrl+Enter")),
            _f("ukuk", FOOTER, 0.4, (_OLD, "© {year} Талас кабарчысы"),
               (KG_LINKS.isoformat(), "© {year} Талас кабарчысы. Материалдарды шилтемесиз "
                                      "көчүрүүгө тыюу салынат")),
            _f("kattoo", FOOTER, 0.35, (_OLD, "ЖМК катары Адилет министрлигинде каттоодон "
                                              "өткөн, күбөлүк № 1843")),
            _f("kochku", HEADER, 0.04, (_OLD, "⚠️ Көчкү коркунучу: Өтмөк ашуусу убактылуу "
                                              "жабык")),
        ),
    )


# --- an Estonian island parish paper (Muhu) --------------------------------------------------

EE_REDESIGN = dt.date(2019, 1, 7)
EE_BYLINE = dt.date(2018, 3, 5)

EE_SEASONS = (
    ("05-01", "⛴ Suvine praamigraafik: Virtsu–Kuivastu sagedasemad reisid"),
    ("09-15", "⛴ Talvine praamigraafik kehtib, vaata sõiduplaani enne sõitu"),
)


def _ee_dated(day: dt.date) -> str:
    if day < EE_REDESIGN:
        return (f"{ESTONIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day}. "
                f"{ESTONIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y}"


def _ee_notice() -> Wordings:
    base = _steps((_OLD, "Muhu Teataja ilmub kord kuus, paberleht on tasuta"),
                  (EE_BYLINE.isoformat(), "📬 Telli valla uudiskiri oma e-postile"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Riigikogu valimised 2015"),
        _vote("2017-10-15", "🗳️ Kohalikud valimised: Muhu jääb iseseisvaks vallaks"),
        _vote("2019-03-03", "🗳️ Riigikogu valimised 2019"),
        _span("2020-03-14", "2020-05-17", "😷 Eriolukord: saartele pääseb ainult elanik"),
    ]
    feasts = _yearly("02-24", 0, 0, lambda y: ("🇪🇪 EV100: palju õnne, Eesti!" if y == 2018
                                               else f"🇪🇪 Eesti Vabariik {y - 1918}"))
    feasts += _yearly("06-23", 1, 1, lambda _: "🔥 Head jaanipäeva!")
    return _calendar(base, news, feasts)


def muhu_style() -> PublisherStyle:
    """An Estonian island parish paper (Muhu): a rubric kicker, the weekday and the date,
    turned a bare numeric date (a wording per day), "Autor:" turned a text-and-photo line,
    "Loe ka:" (once), a photo credit, the ferry timetables, a paper line turned a newsletter
    appeal and turned by three votes and the 2020 emergency, independence with its count
    and its centenary, midsummer, a thank-you line, a rights line reworded and the editors'
    address (a block), a rare ice-road line."""
    return PublisherStyle(
        domain="muhuteataja.ee", site="Muhu Teataja", base_size=62,
        subdomains=(("", 100),),
        sections=("vald", "kogukond", "kool", "kultuur", "sport"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "rubriik": ("Vallas", "Kogukond", "Kool", "Kultuur", "Sport"),
            "foto": ("erakogu", "Muhu vald", "Muhu Teataja", "Saaremaa Muuseum"),
        },
        families=(
            _f("rubriik", HEADER, 0.3, (_OLD, "{rubriik}")),
            _f("kuupaev", HEADER, 0.7, *_by_day(_ee_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}"),
               (EE_BYLINE.isoformat(), "Tekst ja foto: {author}")),
            _f("loe", MIDDLE, 0.25, (_OLD, "Loe ka: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("praam", FOOTER, 0.25, *_seasons(*EE_SEASONS)),
            _f("teade", FOOTER, 0.3, *_ee_notice()),
            _f("aitah", FOOTER, 0.2, (_OLD, "Aitäh, et loed kohalikku lehte!")),
            _f("oigused", FOOTER, 0.4, (_OLD, "© Muhu Teataja {year}"),
               (EE_REDESIGN.isoformat(), "© {year} Muhu Teataja · väljaandja Muhu "
                                         "Vallavalitsus")),
            _f("toimetus", FOOTER, 0.3, (_OLD, "Toimetus: Liiva küla, Muhu vald, 94701 "
                                               "Saaremaa")),
            _f("jaatee", HEADER, 0.04, (_OLD, "❄️ Jäätee on avatud kella 8–18, kiirus kuni 25 "
                                              "km/h")),
        ),
    )


# --- a mountain guides' association (Mestia, Svaneti; English with Georgian) -----------------

SV_POSTED = dt.date(2018, 4, 2)
SV_RIGHTS = dt.date(2017, 6, 5)

SV_SEASONS = (
    ("06-15", "🥾 Trekking season: the Mestia–Ushguli huts are open, book ahead"),
    ("10-15", "🍂 Off season: high passes close after the first snow"),
    ("12-20", "⛷ Ski season: Tetnuldi and Hatsvali lifts are running"),
)


def _sv_notice() -> Wordings:
    base = _steps((_OLD, "Guides meet at Seti Square in Mestia at 8 am every day"),
                  ("2019-05-06", "📲 Book a guide on WhatsApp: we answer within a day"))
    news: list[Event] = [
        _span("2020-03-31", "2020-06-15", "😷 Svaneti is closed to visitors for now: "
                                          "bookings moved to next summer"),
    ]
    feasts = _yearly("05-14", 1, 0, lambda _: "👑 Tamaroba in Mestia: horse races and "
                                              "feast")
    feasts += _yearly("05-26", 0, 0, lambda y: f"🇬🇪 Georgia's Independence Day: {y - 1918} "
                                               f"years")
    feasts += _movable(orthodox_easter, 0, 0, lambda _: "ქრისტე აღდგა! Happy Easter from "
                                                        "Svaneti")
    return _calendar(base, news, feasts)


def mestia_style() -> PublisherStyle:
    """A mountain guides' association (Mestia, Svaneti; English with Georgian): a kind
    kicker, the date and the writer, turned a trail-report line with the role, a greeting in
    Svan and English, "Next on the trail:" (up to twice), a photo credit, the trekking,
    off- and ski seasons, a meeting line turned a messenger appeal and turned by the 2020
    closure, Tamar's day, independence with its count and Easter, a bilingual thanks, a
    rights line reworded and the membership (a block), a rare avalanche warning."""
    return PublisherStyle(
        domain="svanetiguides.ge", site="Svaneti Mountain Guides", base_size=46,
        subdomains=(("www.", 100),),
        sections=("trails", "weather", "guides", "culture"),
        n_authors=2, url_path="/blog/{slug}",
        pools={
            "kind": ("Trail report", "Weather", "Guides", "Culture"),
            "photo": ("the author", "a guest", "the association", "file"),
            "beat": ("mountain guide", "ski instructor", "hut keeper"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_long} · {author}"),
               (SV_POSTED.isoformat(), "Trail report by {author}, {author_beat} · "
                                       "{date_dmy}")),
            _f("greeting", HEADER, 0.12, (_OLD, "ხოჩა ლადე! Good day from Mestia")),
            _f("trail", MIDDLE, 0.3, (_OLD, "Next on the trail: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*SV_SEASONS)),
            _f("notice", FOOTER, 0.3, *_sv_notice()),
            _f("madloba", FOOTER, 0.2, (_OLD, "მადლობა — thank you for walking with local "
                                              "guides.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Svaneti Mountain Guides"),
               (SV_RIGHTS.isoformat(), "© {year} Svaneti Mountain Guides · Mestia, "
                                       "Samegrelo-Zemo Svaneti, Georgia")),
            _f("member", FOOTER, 0.3, (_OLD, "Member of the Georgian Mountain Guides "
                                             "Association")),
            _f("avalanche", HEADER, 0.04, (_OLD, "⚠️ Avalanche danger high above 2,500 m: "
                                                 "stay on marked routes")),
        ),
    )


# --- a ceramics workshop (Gʻijduvon, Bukhara region; English with Uzbek and Russian) ---------

GJ_POSTED = dt.date(2019, 3, 4)
GJ_ORDERS = dt.date(2018, 2, 12)
GJ_RIGHTS = dt.date(2020, 1, 6)

GJ_SEASONS = (
    ("04-01", "🏺 Kiln season: firings every Thursday, visitors welcome"),
    ("11-01", "❄️ Winter hours: the workshop closes at 4 pm"),
)


def _gj_notice() -> Wordings:
    base = _steps((_OLD, "Orders by email: we ship across Uzbekistan"),
                  (GJ_ORDERS.isoformat(), "📦 Orders on Instagram and Telegram: we ship "
                                          "worldwide"))
    news: list[Event] = [
        _span("2019-09-08", "2019-09-15", "🎪 We are at the International Handicrafters "
                                          "Festival in Kokand: stand 41"),
        _span("2020-03-16", "2020-07-31", "😷 The workshop is closed to visitors, online "
                                          "orders still ship"),
    ]
    feasts = _yearly("03-21", 2, 0, lambda _: "🌷 Navroʻz muborak! Happy Nowruz from the "
                                              "workshop")
    feasts += _yearly("09-01", 0, 0, lambda y: f"🇺🇿 Mustaqillik kuni: {y - 1991} years of "
                                               f"independence")
    return _calendar(base, news, feasts)


def gijduvon_style() -> PublisherStyle:
    """A ceramics workshop (Gʻijduvon, Bukhara region; English with Uzbek and Russian): a
    kind kicker, the date and the writer, turned a posted line with the weekday, a greeting
    in three languages, "From the workshop:" (up to twice), a photo credit, the kiln and
    winter seasons, an orders line turned a messenger appeal and turned by a crafts festival
    and the 2020 closure, Nowruz and independence with its count, a rights line reworded and
    the hand-made line (a block), a rare gas cut."""
    return PublisherStyle(
        domain="gijduvonceramics.uz", site="Gijduvon Ceramics", base_size=34,
        subdomains=(("", 100),),
        sections=("workshop", "kiln", "orders", "festival"),
        n_authors=2, url_path="/journal/{slug}",
        pools={
            "kind": ("Workshop", "Kiln diary", "Orders", "Festival"),
            "photo": ("the workshop", "a visitor", "family archive"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_dmy} — {author}"),
               (GJ_POSTED.isoformat(), "Posted by {author} on {weekday}, {date_dmy}")),
            _f("salom", HEADER, 0.12, (_OLD, "Assalomu alaykum! Добро пожаловать! Welcome to "
                                             "the workshop")),
            _f("more", MIDDLE, 0.3, (_OLD, "From the workshop: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*GJ_SEASONS)),
            _f("notice", FOOTER, 0.3, *_gj_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Gijduvon Ceramics"),
               (GJ_RIGHTS.isoformat(), "© {year} Gijduvon Ceramics · a family workshop, "
                                       "sixth generation")),
            _f("handmade", FOOTER, 0.3, (_OLD, "Hand-thrown and hand-painted in Gʻijduvon, "
                                               "Bukhara region.")),
            _f("gas", HEADER, 0.04, (_OLD, "⚠️ No firing today: the gas supply is cut in the "
                                           "district")),
        ),
    )


# --- a small-town basketball club (Kretinga, Lithuania) --------------------------------------

BC_POSTED = dt.date(2018, 9, 3)
BC_TICKETS = dt.date(2019, 9, 2)

BC_SEASONS = (
    ("05-01", "☀️ Vasaros stovykla vaikams: registracija jau vyksta"),
    ("09-20", "🏀 Sezonas prasidėjo: namų rungtynės šeštadieniais 17 val."),
)


def _bc_notice() -> Wordings:
    base = _steps((_OLD, "Sekite mus Facebook'e"),
                  ("2017-09-04", "📸 Sekite mus Instagram'e ir Facebook'e"))
    news: list[Event] = [
        _span("2015-09-05", "2015-09-20", "🇱🇹 Hopa, Lietuva! EuroBasket 2015"),
        _span("2016-08-06", "2016-08-21", "🏅 Rio olimpiada: palaikome Lietuvos rinktinę"),
        _span("2019-08-31", "2019-09-15", "🏀 Pasaulio taurė 2019: rungtynes žiūrime kartu"),
        _span("2020-03-13", "2020-06-30", "Sezonas nutrauktas. Saugokite save ir artimuosius"),
    ]
    feasts = _yearly("02-16", 0, 0, lambda y: f"🇱🇹 Su Vasario 16-ąja! {y - 1918} metų")
    return _calendar(base, news, feasts)


def kretinga_style() -> PublisherStyle:
    """A small-town basketball club (Kretinga, Lithuania): a category kicker, an ISO date
    turned a date with a club mark, the ticket prices reworded, "Kitos naujienos:" (up to
    twice), a photographer credit, the camp and league seasons, a page line turned an
    Instagram appeal and turned by three tournaments and the season called off in 2020,
    the statehood day with its count, a thanks line, a rights line reworded and the club's
    register line (a block), a rare cancelled training."""
    return PublisherStyle(
        domain="azuolaskrepsinis.lt", site="KK Kretingos Ąžuolas", base_size=24,
        subdomains=(("www.", 100),),
        sections=("rungtynes", "klubas", "jaunimas", "remejai"),
        n_authors=2, url_path="/naujienos/{slug}",
        pools={
            "kategorija": ("Rungtynės", "Klubas", "Jaunimas", "Rėmėjai"),
            "foto": ("Klubo archyvas", "Sirgalių klubas", "Kretingos r. savivaldybė"),
            "kaina": ("3", "4", "5"),
        },
        families=(
            _f("kategorija", HEADER, 0.3, (_OLD, "{kategorija}")),
            _f("data", HEADER, 0.5, (_OLD, "Paskelbta {date_iso}"),
               (BC_POSTED.isoformat(), "{date_iso} | Klubo info")),
            _f("bilietai", HEADER, 0.2, (_OLD, "Bilietai į namų rungtynes – {kaina} Eur"),
               (BC_TICKETS.isoformat(), "🎟 Bilietai: suaugusiems {kaina} Eur, moksleiviams "
                                        "nemokamai")),
            _f("naujienos", MIDDLE, 0.3, (_OLD, "Kitos naujienos: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Nuotraukų autorius – {foto}")),
            _f("sezonas", FOOTER, 0.2, *_seasons(*BC_SEASONS)),
            _f("skelbimas", FOOTER, 0.3, *_bc_notice()),
            _f("aciu", FOOTER, 0.25, (_OLD, "Ačiū mūsų rėmėjams ir sirgaliams!")),
            _f("teises", FOOTER, 0.35, (_OLD, "© {year} KK Kretingos Ąžuolas"),
               (BC_TICKETS.isoformat(), "© {year} KK Kretingos Ąžuolas · VšĮ, įm. k. "
                                        "302571944")),
            _f("registras", FOOTER, 0.3, (_OLD, "Klubas įregistruotas Juridinių asmenų "
                                                "registre")),
            _f("atsaukta", HEADER, 0.04, (_OLD, "⚠️ Šiandienos treniruotė atšaukta")),
        ),
    )


def heldout75_styles() -> list[PublisherStyle]:
    """The held-back-75 styles, in the order the generator hands them to publishers."""
    return [
        pavlodar_style(), fergana_style(), batumi_style(), telsiai_style(), vanadzor_style(),
        shaki_style(), kuldiga_style(), talas_style(), muhu_style(), mestia_style(),
        gijduvon_style(), kretinga_style(),
    ]
