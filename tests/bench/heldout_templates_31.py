"""The thirty-first held-back template set (``held-back-31``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirtieth
held-back set (`tests.bench.heldout_templates_30`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.93% boilerplate removed, 99.98% content kept (at
94b418f, the start of the session that then studied its misses), so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Kyrgyz-language regional news site
in Cyrillic (Osh), a Javanese-language news site (Sleman, Yogyakarta), a Kabyle-language news
site in the Berber Latin alphabet with a Tifinagh line (Tizi Wezzu), an Afaan Oromoo news
site (Adama), an open-source software project's news, an Occitan-language regional news site
(Toulouse), a Papiamentu-language news site (Willemstad, Curaçao), a livestock mart's sale
reports (County Tyrone), a Theravada Buddhist monastery's news (Devon), a pipe band's news
(Ontario), a speedway team's meeting reports (the Fens) and a tidal island's community trust
(Northumberland). None of these kinds is in an earlier held-back set, nor these languages as
a site's language; the Javanese script is new.

Variation: article dates localised day by day (Kyrgyz weekdays with "-ж." after a dotted date
slot with the time; Javanese weekdays with the five-day market week (pasaran) after an
Indonesian date slot; Kabyle weekdays and months after a French date slot; Oromo weekdays
with the Gregorian date and the Ethiopian calendar's date side by side after an English one;
Occitan weekdays with "de"/"d'" after a French one; a Dutch numeric date turned Papiamentu
weekdays and months), high water at a causeway printed day by day in GMT or BST, the next
moon day of a monastery's calendar, fuel prices month by month, English, US and ISO date
slots on the other sites, bylines of many shapes (an editor beside the writer, a town, a
wire source, a reading time, a staff role), notices reworded in 2015-2020 (social lines
gaining Telegram, YouTube or Instagram; a region renamed twice; supported Python versions and
chat rooms changing; a code of conduct adopted; continuous integration moved; subscriptions,
commissions, admissions, programmes, parking and memberships raised; a band promoted; an
export rule for January 2021), election and emergency lines (Kyrgyzstan's 2015, 2016, 2017
and 2020 votes, the annulment and the January 2021 vote, and the 2020 emergency; Yogyakarta's
2017 and 2020 local votes, the 2019 general election, Merapi's alert levels and the 2020
advice; Algeria's 2017 votes, the 2019 Friday marches, the presidential vote, the 2020
confinement and referendum; Ethiopia's 2015 election, two states of emergency and the 2020
advice; France's 2015-2020 elections and both 2020 lockdowns; Curaçao's 2016 and 2017
elections and the 2020 lockdown; closures in 2020), notices that follow a calendar (Ak Kalpak
Day, Nooruz, Victory Day, Independence Day and the State Language Day with their counts; 1
Sura with the Javanese year, the city's and the regency's anniversaries and Independence Day;
Yennayer with the Amazigh year, the Berber Spring, Independence Day and 1 November with their
counts; Timkat, Adwa, the Ethiopian New Year with its year, Meskel and Irreecha; the Violet
festival on the first Sunday of February, Saint John's fires and Christmas; carnival's Gran
Marcha, Seú, King's Day, Flag Day, Tula and Curaçao Day with their counts; Google Summer of
Code, PyCon sprints and Hacktoberfest; a mart's seasons; Vesak, the Rains Retreat and Kathina
by the moon; Burns Night, Tartan Day, the Glengarry games and Remembrance Day; a speedway
season; Good Friday's pilgrims, St Cuthbert's Day, a regatta, Christmas and the nesting and
pupping seasons), names at the start of lines, mid-line or after a label, the article's own
title (a breadcrumb) and other articles' titles (links in six languages and a read-next
link), amounts (som exchange rates by era, fuel prices, cattle and sheep prices per kilo with
their totals, speedway scores with a meeting's 90 points, pipe band placings), versions and
release dates, tune titles, Buddhist verses, tag lists, read counts, phone numbers in several
countries' formats, multi-line blocks, mid-body inserts (some up to two times), bare lines
(ad labels in six languages, language switches, block headings, a greeting in Javanese
script), Kyrgyz letters (ң, ө, ү), Javanese script, Kabyle letters (ɣ, ɛ, ḍ, ṛ, ẓ, ǧ) and
Tifinagh, Oromo doubled vowels and glottal apostrophes with an Amharic word in Ethiopic,
Occitan grave accents, Papiamentu ü, è, ò and ù, symbols and emoji where such sites use them,
and families in only 3-6% of articles beside ones in nearly all. Renamed variants of a style
keep the lines that do not name the site, so sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Callable
from functools import cache

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

KYRGYZ_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                 "сентябрь", "октябрь", "ноябрь", "декабрь")
KYRGYZ_WEEKDAYS = ("Дүйшөмбү", "Шейшемби", "Шаршемби", "Бейшемби", "Жума", "Ишемби",
                   "Жекшемби")
JAVANESE_WEEKDAYS = ("Senen", "Selasa", "Rebo", "Kemis", "Jemuwah", "Setu", "Ngahad")
JAVANESE_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                   "September", "Oktober", "November", "Desember")
PASARAN = ("Legi", "Pahing", "Pon", "Wage", "Kliwon")  # the five-day market week, in order
KABYLE_MONTHS = ("Yennayer", "Fuṛar", "Meɣres", "Yebrir", "Mayyu", "Yunyu", "Yulyu", "Ɣuct",
                 "Ctembeṛ", "Tubeṛ", "Nunembeṛ", "Duǧembeṛ")
KABYLE_WEEKDAYS = ("Sanass", "Kraḍass", "Kuẓass", "Samass", "Sḍisass", "Sayass", "Yanass")
OROMO_MONTHS = ("Amajjii", "Guraandhala", "Bitootessa", "Eebila", "Caamsaa", "Waxabajjii",
                "Adoolessa", "Hagayya", "Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee")
OROMO_WEEKDAYS = ("Wiixata", "Qibxata", "Roobii", "Kamiisa", "Jimaata", "Sanbata", "Dilbata")
# The Ethiopian calendar's thirteen months as Oromo sites name them: Meskerem to Pagume.
ETHIOPIAN_MONTHS_OR = ("Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee", "Amajjii",
                       "Guraandhala", "Bitootessa", "Eebila", "Caamsaa", "Waxabajjii",
                       "Adoolessa", "Hagayya", "Qaammee")
OCCITAN_MONTHS = ("genièr", "febrièr", "març", "abril", "mai", "junh", "julhet", "agost",
                  "setembre", "octòbre", "novembre", "decembre")
OCCITAN_WEEKDAYS = ("diluns", "dimars", "dimècres", "dijòus", "divendres", "dissabte",
                    "dimenge")
PAPIAMENTU_MONTHS = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli",
                     "ougùstùs", "sèptèmber", "òktober", "novèmber", "desèmber")
PAPIAMENTU_WEEKDAYS = ("djaluna", "djamars", "djárason", "djaweps", "djabièrnè", "djasabra",
                       "djadumingu")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _seasons = _PERIOD.daily, _PERIOD.changes, _PERIOD.seasons


def _monthly(text: Callable[[int, int], str]) -> list[tuple[str, str]]:
    """One wording per month, from the first of each month, January 2015 to January 2021."""
    out = [(_OLD, text(2015, 1))]
    for y in range(2015, 2021):
        for m in range(1, 13):
            if (y, m) != (2015, 1):
                out.append((f"{y}-{m:02d}-01", text(y, m)))
    out.append(("2021-01-01", text(2021, 1)))
    return out


def _comma(x: float, places: int = 2) -> str:
    """`x` with a decimal comma, as most of these sites print amounts."""
    return f"{x:.{places}f}".replace(".", ",")


# --- a Kyrgyz-language regional news site in Cyrillic (Osh) ----------------------------------

KG_DAILY = dt.date(2016, 8, 31)  # from Independence Day 2016, Kyrgyz weekdays and months
KG_BYLINE = dt.date(2018, 6, 1)  # "Автор:" turned "Материалды ... даярдады." (name mid-line)
KG_SOCIAL = dt.date(2018, 4, 1)  # the follow line gained Telegram
# Som for a dollar, a euro and a rouble at the Osh exchange offices, by era: the 2015 slide,
# the steady years and 2020's fall.
KURS_KG = {"kurs_a": ((61.20, 68.50, 0.94), (62.40, 69.90, 1.17), (69.80, 76.40, 1.05),
                      (75.90, 82.60, 1.03)),
           "kurs_b": ((68.50, 76.10, 1.06), (69.20, 73.90, 1.18), (68.90, 80.50, 1.11),
                      (69.80, 77.90, 1.07)),
           "kurs_c": ((70.10, 77.60, 1.13), (79.60, 89.40, 1.10), (84.20, 101.30, 1.12))}
KG_ERAS = (("2016-01-01", "kurs_b"), ("2020-01-01", "kurs_c"))


def _kg_dated(day: dt.date) -> str:
    return (f"{KYRGYZ_WEEKDAYS[day.weekday()]}, {day.day}-{KYRGYZ_MONTHS[day.month - 1]}, "
            f"{day.year}-ж.")


def independence_years_kg(y: int) -> int:
    """Years since Kyrgyzstan's independence (31 August 1991)."""
    return y - 1991


def _kg_mayram() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Бизге Facebook жана Instagram’да кошулуңуз."),
            (KG_SOCIAL.isoformat(), "Бизге Facebook, Instagram жана Telegram’да кошулуңуз.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 28), dt.date(y + 1, 1, 2),
                       "🎄 Жаңы жылыңыздар менен! Бакыт, ден соолук каалайбыз."))
        if y == 2014:
            continue
        if y >= 2016:  # Ak Kalpak Day was first kept in 2016
            events.append((dt.date(y, 3, 4), dt.date(y, 3, 6), "🎩 Ак калпак күнү куттуу болсун!"))
        events.append((dt.date(y, 3, 20), dt.date(y, 3, 23),
                       "🌷 Нооруз майрамыңыздар менен! Жаз келди, жаңылык келди."))
        events.append((dt.date(y, 5, 8), dt.date(y, 5, 10),
                       f"🎖 Улуу Жеңиштин {y - 1945} жылдыгы менен!"))
        events.append((dt.date(y, 8, 30), dt.date(y, 9, 1),
                       f"🇰🇬 Эгемендүүлүктүн {independence_years_kg(y)} жылдыгы куттуу "
                       "болсун!"))
        events.append((dt.date(y, 9, 22), dt.date(y, 9, 24),
                       "📖 23-сентябрь — Мамлекеттик тил күнү. Кыргыз тилинде сүйлөйлү!"))
    return _timeline(base, events)


def _kg_shailoo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Кабарыңыз барбы? WhatsApp: 0777 550 143")]
    return _timeline(base, [
        (dt.date(2015, 9, 20), dt.date(2015, 10, 5),
         "🗳️ Жогорку Кеңешке шайлоо: 4-октябрь, жекшемби. Добуш берүүнү унутпаңыз!"),
        (dt.date(2016, 11, 27), dt.date(2016, 12, 12),
         "🗳️ Конституцияга өзгөртүүлөр боюнча референдум: 11-декабрь, жекшемби."),
        (dt.date(2017, 10, 1), dt.date(2017, 10, 16),
         "🗳️ Президенттик шайлоо: 15-октябрь, жекшемби. Добуш берүүнү унутпаңыз!"),
        (dt.date(2020, 3, 22), dt.date(2020, 5, 11),
         "😷 Ош шаарында өзгөчө абал: үйдө калыңыз, коменданттык саатты сактаңыз."),
        (dt.date(2020, 9, 20), dt.date(2020, 10, 6),
         "🗳️ Жогорку Кеңешке шайлоо: 4-октябрь, жекшемби. Добуш берүүнү унутпаңыз!"),
        (dt.date(2020, 10, 6), dt.date(2020, 10, 20),
         "⚠️ БШК 4-октябрдагы шайлоонун жыйынтыгын жокко чыгарды."),
        (dt.date(2020, 12, 27), dt.date(2021, 1, 11),
         "🗳️ Президенттик шайлоо жана референдум: 10-январь, жекшемби."),
    ])


def _kg_kurs() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "{kurs_a}"),) + tuple((start, "{" + era + "}") for start, era in KG_ERAS)


def tushtuk_style() -> PublisherStyle:
    """A Kyrgyz-language regional news site in Cyrillic (Osh): a language switch, a section
    kicker, a dotted date slot with the time turned a Kyrgyz weekday and month with "-ж." (a
    wording per day, from Independence Day 2016), "Автор:" turned the writer mid-line, a
    read count, som exchange rates (a pool per era), "Жарнама" and "Ошондой эле окуңуз:" (up
    to twice) and photo inserts, a tag list, a follow line (gaining Telegram) turned Ak
    Kalpak Day (from 2016), Nooruz, Victory Day and Independence Day with their counts, the
    State Language Day and the New Year, a tip line turned four votes, the 2020 emergency,
    the annulment and the January 2021 vote, a comment rule, a reuse rule naming the site, a
    rare mudflow warning, a copyright line."""
    return PublisherStyle(
        domain="tushtuk.kg", site="Түштүк Жаңырыгы", base_size=880,
        subdomains=(("", 85), ("m.", 15)),
        sections=("koom", "sayasat", "ekonomika", "sport", "madaniyat", "aimak", "bilim"),
        n_authors=6, url_path="/ky/{section}/{n}",
        pools={
            "bolum": ("Коом", "Саясат", "Экономика", "Спорт", "Маданият", "Билим берүү",
                      "Ден соолук", "Аймак"),
            "jazuuchu": ("Айгүл Ташиева", "Нурбек Осмонов", "Жылдыз Маматова",
                         "Бакыт Жолдошев", "Гүлнара Абдыкадырова", "Эрмек Төлөнов"),
            "suroot": ("Түштүк Жаңырыгы", "Архив", "Социалдык тармактар",
                       "Ош шаардык мэриясы", "Окурмандын сүрөтү"),
            "tegder": ("Ош", "Жалал-Абад", "Баткен", "шайлоо", "коронавирус", "билим берүү",
                       "айыл чарба", "жол", "спорт", "Нооруз"),
            **{era: tuple(f"💱 Доллар — {_comma(usd)} · Евро — {_comma(eur)} · Рубль — "
                          f"{_comma(rub)} сом" for usd, eur, rub in rates)
               for era, rates in KURS_KG.items()},
        },
        families=(
            _f("til", HEADER, 0.2, (_OLD, "Кыргызча | Русча")),
            _f("bolum", HEADER, 0.3, (_OLD, "{bolum}")),
            _f("kun", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_kg_dated, KG_DAILY)),
            _f("avtor", HEADER, 0.6, (_OLD, "Автор: {jazuuchu}"),
               (KG_BYLINE.isoformat(), "Материалды {jazuuchu} даярдады.")),
            _f("okuldu", HEADER, 0.4, (_OLD, "Окулду: {count}")),
            _f("kurs", HEADER, 0.15, *_kg_kurs()),
            _f("jarnama", MIDDLE, 0.45, (_OLD, "Жарнама"), count=2),
            _f("okunuz", MIDDLE, 0.4, (_OLD, "Ошондой эле окуңуз: {other_title}"), count=2),
            _f("suroot", MIDDLE, 0.3, (_OLD, "Сүрөт: {suroot}")),
            _f("tegder", FOOTER, 0.35, (_OLD, "Тегдер: {tegder_list}")),
            _f("mayram", FOOTER, 0.25, *_kg_mayram()),
            _f("shailoo", FOOTER, 0.2, *_kg_shailoo()),
            _f("komment", FOOTER, 0.3,
               (_OLD, "Комментарийлер окурмандардын пикири. Кордогон жана кемсинткен сөздөр "
                "өчүрүлөт.")),
            _f("kochuruu", FOOTER, 0.3,
               (_OLD, "Материалдарды көчүрүүдө «Түштүк Жаңырыгы» сайтына шилтеме милдеттүү.")),
            _f("sel", FOOTER, 0.04,
               (_OLD, "⚠️ Ош — Сары-Таш жолунда сел жүрдү: айдоочулар сак болуңуздар.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2012–{year} «Түштүк Жаңырыгы». Бардык укуктар корголгон.")),
        ),
    )


# --- a Javanese-language news site (Sleman, Yogyakarta) ----------------------------------------

JV_DAILY = dt.date(2017, 8, 17)  # from Independence Day 2017, the weekday with its pasaran
JV_BYLINE = dt.date(2018, 10, 1)  # "Panulis:" turned the reporter beside the editor
JV_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained YouTube
PASARAN_EPOCH = dt.date(1945, 8, 17)  # the proclamation: Jemuwah Legi
# 1 Sura, the Javanese new year, as Yogyakarta kept it (with 1 Muharram); its year is the
# Hijri year plus 512.
SURA = {2015: "2015-10-14", 2016: "2016-10-02", 2017: "2017-09-21", 2018: "2018-09-11",
        2019: "2019-09-01", 2020: "2020-08-20"}


def pasaran(day: dt.date) -> str:
    """The day's place in the five-day Javanese market week."""
    return PASARAN[(day - PASARAN_EPOCH).days % 5]


def javanese_year(y: int) -> int:
    """The Javanese (Anno Javanico) year that starts on 1 Sura of Gregorian year `y`."""
    return y - 2015 + 1437 + 512


def _jv_dated(day: dt.date) -> str:
    return (f"{JAVANESE_WEEKDAYS[day.weekday()]} {pasaran(day)}, {day.day} "
            f"{JAVANESE_MONTHS[day.month - 1]} {day.year} | " + "{time} WIB")


def _jv_mengeti() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Gabung karo kita ing Facebook lan Instagram."),
            (JV_SOCIAL.isoformat(), "Gabung karo kita ing Facebook, Instagram lan YouTube.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 31), dt.date(y + 1, 1, 2),
                       f"🎆 Sugeng warsa enggal {y + 1}! Mugi tansah pinaringan rahayu."))
        if y == 2014:
            continue
        events.append((dt.date(y, 5, 14), dt.date(y, 5, 17),
                       f"🎉 Sugeng ambal warsa Kabupaten Sleman kaping {y - 1916}"))
        events.append((dt.date(y, 8, 16), dt.date(y, 8, 19),
                       f"🇮🇩 Dirgahayu Republik Indonesia kaping {y - 1945}! Merdeka!"))
        sura = _day(SURA[y])
        events.append((sura - dt.timedelta(days=1), sura + dt.timedelta(days=2),
                       f"🌙 Sugeng warsa enggal 1 Sura {javanese_year(y)} Jawa"))
        events.append((dt.date(y, 10, 6), dt.date(y, 10, 9),
                       f"🎉 Sugeng ambal warsa Kutha Yogyakarta kaping {y - 1756}"))
    return _timeline(base, events)


def _jv_kabar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Kirim pawarta lan foto: WA 0812 2550 143")]
    return _timeline(base, [
        (dt.date(2017, 2, 1), dt.date(2017, 2, 16),
         "🗳️ Pilkada Kutha Yogyakarta lan Kulon Progo: Rebo 15 Februari. Aja lali nyoblos!"),
        (dt.date(2018, 5, 21), dt.date(2018, 6, 21),
         "🌋 Status Merapi Waspada (Level II): aja mlebu radius 3 km saka puncak."),
        (dt.date(2019, 4, 3), dt.date(2019, 4, 18),
         "🗳️ Pemilu serentak: Rebo 17 April. Aja lali nyoblos!"),
        (dt.date(2020, 3, 23), dt.date(2020, 6, 8),
         "😷 Tetep ing omah, wisuh tangan nganggo sabun, lan nganggo masker."),
        (dt.date(2020, 11, 5), dt.date(2020, 12, 1),
         "🌋 Merapi status Siaga (Level III): warga ing KRB III kudu ngungsi."),
        (dt.date(2020, 12, 1), dt.date(2020, 12, 10),
         "🗳️ Pilkada Sleman, Bantul lan Gunungkidul: Rebo 9 Desember. Aja lali nyoblos!"),
    ])


def sembada_style() -> PublisherStyle:
    """A Javanese-language news site (Sleman, Yogyakarta): a greeting in Javanese script, a
    rubric kicker, an Indonesian date slot turned a Javanese weekday with its pasaran and
    the time (a wording per day, from Independence Day 2017), "Panulis:" turned the reporter
    beside the editor, a read count, "Pariwara" and "Waca uga:" (up to twice) and photo
    inserts, a follow line (gaining YouTube) turned the regency's and the city's
    anniversaries, Independence Day with their counts, 1 Sura with the Javanese year and
    the New Year, a tip line turned four votes, Merapi's alert levels and the 2020 advice, a
    radio line, a comment rule, a two-line address, a rare earthquake, a copyright line."""
    return PublisherStyle(
        domain="wartasembada.id", site="Warta Sembada", base_size=760,
        subdomains=(("www.", 100),),
        sections=("warta", "budaya", "olahraga", "ekonomi", "wisata", "pendhidhikan"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrik": ("Warta", "Budaya", "Olahraga", "Ekonomi", "Pendhidhikan", "Wisata",
                       "Kasarasan", "Layang Pamaca"),
            "panulis": ("Sri Rahayu", "Bambang Sutrisno", "Wahyu Widodo", "Endang Kusumawati",
                        "Joko Santoso", "Retno Palupi"),
            "editor": ("Hadi Purnomo", "Tri Wulandari", "Agus Setiawan"),
            "sumber": ("Warta Sembada", "Humas Pemkab Sleman", "Dhokumèn pribadi", "Istimewa",
                       "Kraton Ngayogyakarta"),
        },
        families=(
            _f("aksara", HEADER, 0.2, (_OLD, "ꦱꦸꦒꦼꦁꦫꦮꦸꦃ · Sugeng rawuh")),
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("tanggal", HEADER, 0.85, (_OLD, "{date_id}"), *_daily(_jv_dated, JV_DAILY)),
            _f("panulis", HEADER, 0.6, (_OLD, "Panulis: {panulis}"),
               (JV_BYLINE.isoformat(), "Pawarta: {panulis} · Editor: {editor}")),
            _f("diwaca", HEADER, 0.4, (_OLD, "Diwaca {count} kaping")),
            _f("pariwara", MIDDLE, 0.45, (_OLD, "Pariwara"), count=2),
            _f("waca", MIDDLE, 0.4, (_OLD, "Waca uga: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {sumber}")),
            _f("mengeti", FOOTER, 0.25, *_jv_mengeti()),
            _f("kabar", FOOTER, 0.2, *_jv_kabar()),
            _f("uyon", FOOTER, 0.25,
               (_OLD, "🎶 Rungokna uyon-uyon saben Setu malem ing 99,1 FM.")),
            _f("komentar", FOOTER, 0.3,
               (_OLD, "Komentar dadi tanggung jawab panulise. Aja nulis bab SARA lan tembung "
                "kasar.")),
            _f("redaksi-head", FOOTER, 0.4, (_OLD, "Redaksi")),
            _f("redaksi", FOOTER, 0.38,
               (_OLD, "Jl. Kaliurang Km 12, Ngaglik, Sleman, DIY 55581 · (0274) 555 143")),
            _f("lindhu", FOOTER, 0.04,
               (_OLD, "⚠️ Lindhu 5,0 SR krasa ing Bantul lan Gunungkidul: aja gugup, tetep "
                "waspada.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Warta Sembada · Hak cipta dipunreksa")),
        ),
    )


# --- a Kabyle-language news site (Tizi Wezzu) --------------------------------------------------

KB_DAILY = dt.date(2018, 1, 12)  # from the first Yennayer kept as a holiday, Kabyle dates
KB_BYLINE = dt.date(2019, 2, 22)  # "Amaru:" turned the writer and a town
KB_SOCIAL = dt.date(2019, 6, 1)  # the follow line gained Instagram
KB_APP = dt.date(2017, 6, 1)  # the mobile site line turned the app


def amazigh_year(y: int) -> int:
    """The Amazigh year that Yennayer opens in January of Gregorian year `y`."""
    return y + 950


def _kb_dated(day: dt.date) -> str:
    return (f"{KABYLE_WEEKDAYS[day.weekday()]}, {day.day} {KABYLE_MONTHS[day.month - 1]} "
            f"{day.year} – " + "{time}")


def _kb_tameghra() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ḍfer-aɣ-d ɣef Facebook d YouTube."),
            (KB_SOCIAL.isoformat(), "Ḍfer-aɣ-d ɣef Facebook, YouTube d Instagram.")]
    events: list[Event] = []
    for y in YEARS:
        rest = " · Ass n usgunfu" if y >= 2018 else ""
        events.append((dt.date(y, 1, 11), dt.date(y, 1, 14),
                       f"🌾 Aseggas ameggaz {amazigh_year(y)}! Yennayer ameggaz{rest}"))
        events.append((dt.date(y, 4, 19), dt.date(y, 4, 22),
                       f"✊ Tafsut Imaziɣen, 20 Yebrir 1980: {y - 1980} iseggasen"))
        events.append((dt.date(y, 7, 4), dt.date(y, 7, 6),
                       f"🇩🇿 5 Yulyu 1962: {y - 1962} iseggasen n tlelli"))
        events.append((dt.date(y, 10, 31), dt.date(y, 11, 2),
                       f"🇩🇿 1 Nunembeṛ 1954: {y - 1954} iseggasen"))
    return _timeline(base, events)


def _kb_tifranin() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Tesɛiḍ isali? Azen-aɣ-t-id ɣef 0550 55 01 43")]
    return _timeline(base, [
        (dt.date(2017, 4, 20), dt.date(2017, 5, 5), "🗳️ Tifranin n APN: 4 Mayyu 2017"),
        (dt.date(2017, 11, 12), dt.date(2017, 11, 24),
         "🗳️ Tifranin n tɣiwanin d twilayin: 23 Nunembeṛ 2017"),
        (dt.date(2019, 2, 22), dt.date(2019, 4, 3), "✊ Tikli n Lǧemɛa: silmiya, silmiya!"),
        (dt.date(2019, 12, 1), dt.date(2019, 12, 13), "🗳️ Tifranin n uselway: 12 Duǧembeṛ 2019"),
        (dt.date(2020, 3, 23), dt.date(2020, 6, 14),
         "😷 Qqimet deg uxxam: ḥader iman-nwen d twacult-nwen."),
        (dt.date(2020, 10, 18), dt.date(2020, 11, 2),
         "🗳️ Referendum ɣef tmendawt: 1 Nunembeṛ 2020"),
    ])


def jerjer_style() -> PublisherStyle:
    """A Kabyle-language news site (Tizi Wezzu): a language switch with Tifinagh, a section
    kicker, a French date slot with the time turned a Kabyle weekday and month (a wording
    per day, from the first Yennayer holiday, 2018), "Amaru:" turned the writer and a town
    (from the first Friday march), "Adellel" and "Ɣer daɣen:" (up to twice) and photo
    inserts, a follow line (gaining Instagram) turned Yennayer with the Amazigh year (a
    holiday from 2018), the Berber Spring, Independence Day and 1 November with their counts,
    a tip line turned four votes, the 2019 marches and the 2020 confinement, a comment rule,
    a reuse rule naming the site, the mobile site turned an app, a rare snow closure, a
    copyright line."""
    return PublisherStyle(
        domain="taghectjerjer.dz", site="Taɣect n Jerjer", base_size=660,
        subdomains=(("www.", 100),),
        sections=("isallen", "tasertit", "tadamsa", "addal", "idles", "amadal"),
        n_authors=6, url_path="/{section}/{n}.html",
        pools={
            "ahric": ("Isallen", "Tasertit", "Tadamsa", "Addal", "Idles", "Tamurt", "Amaḍal"),
            "amaru": ("Lyes Ait Mouloud", "Tassadit Hamiche", "Massinissa Lounis",
                      "Dihya Ouali", "Mokrane Aberkane", "Thiziri Mellal"),
            "tamdint": ("Tizi Wezzu", "Bgayet", "Tubiret", "Lezzayer", "Bumerdas",
                        "Iɛeẓẓugen"),
            "tawlaft": ("Taɣect n Jerjer", "APS", "D.R.", "Facebook", "Tamnaḍt"),
        },
        families=(
            _f("tutlayt", HEADER, 0.2, (_OLD, "Taqbaylit | ⵜⴰⵇⴱⴰⵢⵍⵉⵜ | Français")),
            _f("ahric", HEADER, 0.3, (_OLD, "{ahric}")),
            _f("azemz", HEADER, 0.85, (_OLD, "{date_fr} – {time}"), *_daily(_kb_dated, KB_DAILY)),
            _f("amaru", HEADER, 0.6, (_OLD, "Amaru: {amaru}"),
               (KB_BYLINE.isoformat(), "{amaru} — {tamdint}")),
            _f("adellel", MIDDLE, 0.45, (_OLD, "Adellel"), count=2),
            _f("ghar", MIDDLE, 0.4, (_OLD, "Ɣer daɣen: {other_title}"), count=2),
            _f("tawlaft", MIDDLE, 0.3, (_OLD, "Tawlaft: {tawlaft}")),
            _f("tameghra", FOOTER, 0.25, *_kb_tameghra()),
            _f("tifranin", FOOTER, 0.2, *_kb_tifranin()),
            _f("iwenniten", FOOTER, 0.3,
               (_OLD, "Iwenniten ttwaɣran send ad d-ffɣen. Awal n dir ad yettwakkes.")),
            _f("izerfan", FOOTER, 0.3,
               (_OLD, "Agbur n Taɣect n Jerjer ur yettwasuqqel ara war turagt.")),
            _f("asnas", FOOTER, 0.2, (_OLD, "📱 Ɣer-aɣ-d ɣef tiliɣri: m.taghectjerjer.dz"),
               (KB_APP.isoformat(), "📱 Sader asnas n Taɣect n Jerjer ɣef Google Play.")),
            _f("adfel", FOOTER, 0.04,
               (_OLD, "❄️ Abrid RN15 yemdel deg Tirourda ɣef ddemma n wedfel.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Taɣect n Jerjer. Akk izerfan "
                                              "ttwaḥerzen.")),
        ),
    )


# --- an Afaan Oromoo news site (Adama) ---------------------------------------------------------

OR_DAILY = dt.date(2016, 9, 11)  # from the Ethiopian New Year 2009, both calendars' dates
OR_BYLINE = dt.date(2019, 1, 1)  # "Barreessaa:" turned "our reporter ..., from ..."
OR_SOCIAL = dt.date(2018, 2, 1)  # the follow line gained Telegram
# Irreecha at Hora Harsadi (Bishoftu), a Sunday after Meskel.
IRREECHA = {2015: "2015-10-04", 2016: "2016-10-02", 2017: "2017-10-01", 2018: "2018-09-30",
            2019: "2019-10-06", 2020: "2020-10-04"}


def ethiopian_new_year(ey: int) -> dt.date:
    """1 Meskerem of Ethiopian year `ey`: 11 September of Gregorian year `ey` + 7, or 12
    September when the next Gregorian year is a leap year (from 1900 to 2099)."""
    g = ey + 7
    return dt.date(g, 9, 12 if (g + 1) % 4 == 0 else 11)


def ethiopian(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Ethiopian calendar: twelve months of 30 days, then
    Pagume of five days (six before a Gregorian leap year's new year)."""
    ey = day.year - 7
    if day < ethiopian_new_year(ey):
        ey -= 1
    offset = (day - ethiopian_new_year(ey)).days
    return ey, offset // 30 + 1, offset % 30 + 1


def ethiopian_day(ey: int, month: int, dd: int) -> dt.date:
    return ethiopian_new_year(ey) + dt.timedelta(days=30 * (month - 1) + dd - 1)


def _or_dated(day: dt.date) -> str:
    ey, em, ed = ethiopian(day)
    return (f"{OROMO_WEEKDAYS[day.weekday()]}, {day.day} {OROMO_MONTHS[day.month - 1]} "
            f"{day.year} ALA · {ed} {ETHIOPIAN_MONTHS_OR[em - 1]} {ey} ALI")


def _or_ayyaana() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Facebook fi YouTube irratti nu hordofaa."),
            (OR_SOCIAL.isoformat(), "Facebook, YouTube fi Telegram irratti nu hordofaa.")]
    events: list[Event] = []
    for y in YEARS:
        ey = y - 8  # the Ethiopian year in January of `y`
        timkat = ethiopian_day(ey, 5, 11)
        events.append((timkat - dt.timedelta(days=1), timkat + dt.timedelta(days=2),
                       "💧 Baga Ayyaana Cuuphaa nagaan geessan!"))
        events.append((dt.date(y, 3, 1), dt.date(y, 3, 3),
                       f"🇪🇹 Injifannoo Adwaa {y - 1896}ffaa: Guraandhala 23, 1888 ALI"))
        new_year = ethiopian_new_year(ey + 1)
        events.append((new_year - dt.timedelta(days=1), new_year + dt.timedelta(days=2),
                       f"🌼 Baga Bara Haaraa {ey + 1} nagaan geessan!"))
        meskel = ethiopian_day(ey + 1, 1, 17)
        events.append((meskel - dt.timedelta(days=1), meskel + dt.timedelta(days=1),
                       "🔥 Baga Ayyaana Masqalaa nagaan geessan!"))
        irreecha = _day(IRREECHA[y])
        text = ("🌿 Baga Ayyaana Irreechaa nagaan geessan!" if y != 2020 else
                "🌿 Irreechi bara kanaa namoota muraasaan kan kabajamu ta'a.")
        events.append((irreecha - dt.timedelta(days=2), irreecha + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _or_filannoo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Odeeffannoo qabduu? Nuuf bilbilaa: 0911 55 01 43")]
    return _timeline(base, [
        (dt.date(2015, 5, 10), dt.date(2015, 5, 25),
         "🗳️ Filannoo biyyaalessaa: Dilbata, Caamsaa 24. Sagalee keessan kennaa!"),
        (dt.date(2016, 10, 9), dt.date(2017, 8, 5),
         "⚠️ Labsii yeroo hatattamaa: qajeelfama Koomaand Poostii hordofaa."),
        (dt.date(2018, 2, 16), dt.date(2018, 6, 6),
         "⚠️ Labsii yeroo hatattamaa lammaffaa: qajeelfama isaa hordofaa."),
        (dt.date(2020, 4, 8), None,
         "😷 Harka keessan dhiqadhaa, haguuggii afaanii godhadhaa, fageenya eegaa."),
    ])


def adaamaa_style() -> PublisherStyle:
    """An Afaan Oromoo news site (Adama): a language switch with an Amharic word in Ethiopic,
    a section kicker, an English date slot turned an Oromo weekday with the Gregorian date
    (ALA) and the Ethiopian calendar's (ALI) side by side (a wording per day, from the
    Ethiopian New Year 2009), "Barreessaa:" turned the reporter and a town, a read count,
    "Beeksisa" and "Kanas dubbisaa:" (up to twice) and photo inserts, a follow line (gaining
    Telegram) turned Timkat and Meskel (by the Ethiopian calendar), Adwa with its count, the
    New Year with its Ethiopian year and Irreecha (small in 2020), a tip line turned the 2015
    election, two states of emergency and the 2020 advice, a radio line, a comment rule, a
    rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="sagaleeadaamaa.com", site="Sagalee Adaamaa", base_size=560,
        subdomains=(("www.", 100),),
        sections=("oduu", "siyaasa", "diinagdee", "ispoortii", "aadaa", "fayyaa"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "kutaa": ("Oduu", "Siyaasa", "Diinagdee", "Ispoortii", "Aadaa", "Barnoota",
                      "Fayyaa", "Naannoo"),
            "barreessaa": ("Caaltuu Tasfaayee", "Gammachuu Abdiisaa", "Lalisee Fayyisaa",
                           "Tolasaa Raggaasaa", "Hawwii Tolaa", "Obsaa Dinqaa"),
            "magaalaa": ("Adaamaa", "Bishooftuu", "Asallaa", "Shaashamannee", "Naqamtee",
                         "Jimmaa"),
            "madda": ("Sagalee Adaamaa", "Miidiyaa hawaasaa", "Biiroo Kominikeeshinii",
                      "Kuusaa", "Dhuunfaa"),
        },
        families=(
            _f("afaan", HEADER, 0.2, (_OLD, "Afaan Oromoo | አማርኛ | English")),
            _f("kutaa", HEADER, 0.3, (_OLD, "{kutaa}")),
            _f("guyyaa", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_or_dated, OR_DAILY)),
            _f("barreessaa", HEADER, 0.6, (_OLD, "Barreessaa: {barreessaa}"),
               (OR_BYLINE.isoformat(), "Gabaasaa keenya {barreessaa}, {magaalaa} irraa")),
            _f("dubbifame", HEADER, 0.4, (_OLD, "Yeroo {count} dubbifame")),
            _f("beeksisa", MIDDLE, 0.45, (_OLD, "Beeksisa"), count=2),
            _f("dubbisaa", MIDDLE, 0.4, (_OLD, "Kanas dubbisaa: {other_title}"), count=2),
            _f("suuraa", MIDDLE, 0.3, (_OLD, "Suuraa: {madda}")),
            _f("ayyaana", FOOTER, 0.25, *_or_ayyaana()),
            _f("filannoo", FOOTER, 0.2, *_or_filannoo()),
            _f("raadiyoo", FOOTER, 0.25,
               (_OLD, "📻 Sagantaa keenya FM 96.1 irratti guyyaa guyyaan dhaggeeffadhaa.")),
            _f("yaada", FOOTER, 0.3,
               (_OLD, "Yaada keessan kabajaan barreessaa; arrabsoon ni haqama.")),
            _f("lolaa", FOOTER, 0.04,
               (_OLD, "⚠️ Lageen Awaash guutee jira: jiraattonni naannoo Wanjii of haa "
                "eeggatan.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Sagalee Adaamaa. Mirgi hundi seeraan eegamaadha.")),
        ),
    )


# --- an open-source software project's news ---------------------------------------------------

# (version, release day): the project's releases, the first before 2015.
RELEASES = (("1.2.0", "2014-10-06"), ("1.2.1", "2015-02-10"), ("1.3.0", "2015-06-22"),
            ("1.3.1", "2015-09-03"), ("1.4.0", "2016-01-18"), ("1.4.1", "2016-04-05"),
            ("1.5.0", "2016-09-12"), ("2.0.0", "2017-03-20"), ("2.0.1", "2017-04-11"),
            ("2.1.0", "2017-11-06"), ("2.1.1", "2018-02-14"), ("2.1.2", "2018-05-29"),
            ("2.1.3", "2018-08-07"), ("2.2.0", "2019-01-21"), ("2.3.0", "2019-07-15"),
            ("2.3.1", "2019-10-02"), ("3.0.0", "2020-01-06"), ("3.0.1", "2020-03-24"),
            ("3.1.0", "2020-08-31"), ("3.1.1", "2020-11-17"))
PYTHONS = ((_OLD, "2.7, 3.3 and 3.4"), ("2016-01-18", "2.7, 3.4 and 3.5"),
           ("2017-03-20", "2.7, 3.5 and 3.6"), ("2018-08-07", "2.7 and 3.5 to 3.7"),
           ("2020-01-06", "3.6, 3.7 and 3.8"), ("2020-11-17", "3.6 to 3.9"))
# Google Summer of Code's student application deadlines, and PyCon US's sprint days.
GSOC_DEADLINE = {2015: "2015-03-27", 2016: "2016-03-25", 2017: "2017-04-03",
                 2018: "2018-03-27", 2019: "2019-04-09", 2020: "2020-03-31"}
PYCON_SPRINTS = {2015: ("Montréal", "2015-04-13", "2015-04-16"),
                 2016: ("Portland", "2016-06-02", "2016-06-05"),
                 2017: ("Portland", "2017-05-22", "2017-05-25"),
                 2018: ("Cleveland", "2018-05-14", "2018-05-17"),
                 2019: ("Cleveland", "2019-05-06", "2019-05-09")}
_WELCOME = "New contributors are welcome: look for issues labelled “good first issue”."


def latest_release(day: dt.date) -> tuple[str, dt.date]:
    """The newest release out on `day`: (version, release day)."""
    out = [(v, _day(d)) for v, d in RELEASES if _day(d) <= day]
    return out[-1]


def _release(day: dt.date) -> str:
    version, released = latest_release(day)
    return f"📦 Latest release: {version} ({released.day} {released:%B %Y})"


def _calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, _WELCOME)]
    events: list[Event] = []
    for y in YEARS:
        deadline = _day(GSOC_DEADLINE[y])
        events.append((deadline - dt.timedelta(days=21), deadline + dt.timedelta(days=1),
                       f"☀️ Google Summer of Code {y}: student applications close "
                       f"{deadline.day} {deadline:%B}."))
        if y in PYCON_SPRINTS:
            city, first, last = PYCON_SPRINTS[y]
            start, end = _day(first), _day(last)
            events.append((start - dt.timedelta(days=14), end + dt.timedelta(days=1),
                           f"🏃 Sprinting at PyCon US in {city}, {start.day}–{end.day} "
                           f"{end:%B}: come and hack with us!"))
        prs = "five" if y == 2018 else "four"
        text = ("🎃 Hacktoberfest: pull requests count on repositories with the "
                "hacktoberfest topic, and ours has it." if y == 2020 else
                f"🎃 Hacktoberfest is on all October: {prs} pull requests earn a T-shirt.")
        events.append((dt.date(y, 10, 1), dt.date(y, 11, 1), text))
    return _timeline(base, events)


def ferrule_style() -> PublisherStyle:
    """An open-source software project's news: a kind kicker, "Posted on ... by" turned an ISO
    date with the writer and a reading time, the latest release with its day (a new wording
    on each release), an install command (conda too from 2017) and a thanks line naming a
    contributor, a tag list, the supported Python versions (Python 2 dropped in January
    2020), a chat line (IRC, then Gitter, then Discourse, then Matrix), a contributors' line
    turned Google Summer of Code's deadline, PyCon US sprints (none in 2020) and
    Hacktoberfest (five pull requests in 2018, its 2020 rule), a fiscal sponsor turned
    donations, a kindness line turned a code of conduct, continuous integration moved in
    November 2020, a licence line, a docs line, a rare security notice."""
    return PublisherStyle(
        domain="ferrule-project.org", site="Ferrule", base_size=470,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "releases", "community"),
        n_authors=5, url_path="/{section}/{yyyy}/{slug}.html",
        pools={"kind": ("Release", "Community", "Security", "Announcement", "Sprint",
                        "Tutorial"),
               "tags": ("release", "python", "gis", "community", "gsoc", "performance",
                        "windows", "security", "docs")},
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_long} by {author}"),
               ("2018-06-01", "{date_iso} · {author} · {read_min} min read")),
            _f("release", HEADER, 0.3, *_changes(_release)),
            _f("install", MIDDLE, 0.3, (_OLD, "$ pip install --upgrade ferrule"),
               ("2017-05-02", "$ pip install -U ferrule   # or: conda install -c conda-forge "
                "ferrule")),
            _f("thanks", MIDDLE, 0.25,
               (_OLD, "🙌 Thanks to everyone who contributed to this release, including "
                "{author2}.")),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tags_list}")),
            _f("pythons", FOOTER, 0.25,
               *((start, f"Supported Python versions: {versions}.")
                 for start, versions in PYTHONS)),
            _f("chat", FOOTER, 0.25, (_OLD, "Questions? Join us on IRC: #ferrule on Freenode."),
               ("2016-03-01", "Questions? Chat with us on Gitter."),
               ("2018-09-03", "Questions? Ask on our Discourse forum or chat with us on "
                "Gitter."),
               ("2020-11-02", "Questions? Ask on our Discourse forum or chat with us on "
                "Matrix.")),
            _f("calendar", FOOTER, 0.25, *_calendar()),
            _f("sponsor", FOOTER, 0.2,
               (_OLD, "Ferrule is a fiscally sponsored project of the Open Geodata "
                "Foundation."),
               ("2019-06-03", "Support Ferrule on Open Collective or GitHub Sponsors.")),
            _f("coc", FOOTER, 0.25,
               (_OLD, "Please be kind and patient in the issue tracker and on the mailing "
                "list."),
               ("2016-05-16", "Everyone in our spaces is expected to follow the Code of "
                "Conduct.")),
            _f("ci", FOOTER, 0.2, (_OLD, "Continuous integration by Travis CI and AppVeyor."),
               ("2020-11-02", "Continuous integration by GitHub Actions.")),
            _f("license", FOOTER, 0.35,
               (_OLD, "Ferrule is released under the BSD 3-Clause License; the docs under CC "
                "BY 4.0.")),
            _f("docs", FOOTER, 0.3, (_OLD, "📖 Docs for every release: docs.ferrule-project.org")),
            _f("security", FOOTER, 0.04,
               (_OLD, "🔒 Please upgrade: releases before 2.1.3 can follow symbolic links out "
                "of the cache directory.")),
        ),
    )


# --- an Occitan-language regional news site (Toulouse) -----------------------------------------

OC_DAILY = dt.date(2016, 9, 30)  # from the day the region became Occitanie, Occitan dates
OC_BYLINE = dt.date(2018, 3, 1)  # "Tèxt de" turned the writer with a reading time
OC_SOCIAL = dt.date(2019, 9, 2)  # the follow line gained Instagram
OC_PRICE = dt.date(2019, 1, 1)  # the subscription went up
# The region that funds the site, by its name in Occitan: Midi-Pyrénées, the merged region's
# interim name from 1 January 2016 (the public office for Occitan joining it as a funder),
# then Occitanie from 30 September 2016.
REGIONS = ((_OLD, "Region Miègjorn-Pirenèus"),
           ("2016-01-01", "Region Lengadòc-Rosselhon-Miègjorn-Pirenèus"),
           (OC_DAILY.isoformat(), "Region Occitània / Pirenèus-Mediterranèa"))


def _oc_of(month: str) -> str:
    """"de" before a month, "d'" before one that starts with a vowel."""
    return f"d'{month}" if month[0] in "aeiouàèòéíóú" else f"de {month}"


def _oc_dated(day: dt.date) -> str:
    return (f"Publicat lo {OCCITAN_WEEKDAYS[day.weekday()]} {day.day} "
            f"{_oc_of(OCCITAN_MONTHS[day.month - 1])} de {day.year}")


def violet_sunday(y: int) -> dt.date:
    """The Violet festival in Toulouse: the first Sunday of February."""
    return nth_weekday(y, 2, 6, 1)


def _oc_festas() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Seguissètz-nos sus Facebook e Twitter."),
            (OC_SOCIAL.isoformat(), "Seguissètz-nos sus Facebook, Twitter e Instagram.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3), "🎄 Bon Nadal e bona annada!"))
        if y == 2014:
            continue
        sunday = violet_sunday(y)
        events.append((sunday - dt.timedelta(days=6), sunday + dt.timedelta(days=1),
                       f"💜 Fèsta de la Violeta: dimenge {sunday.day} de febrièr, plaça del "
                       "Capitòli"))
        text = ("🔥 Fuòc de Sant Joan: lo 23 de junh al ser, sus la prada" if y != 2020 else
                "🔥 Cap de fuòc de Sant Joan ongan.")
        events.append((dt.date(y, 6, 20), dt.date(y, 6, 25), text))
    return _timeline(base, events)


def _oc_eleccions() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📬 La letra setmanièra: inscrivètz-vos, es a gratis.")]
    return _timeline(base, [
        (dt.date(2015, 11, 29), dt.date(2015, 12, 14),
         "🗳️ Eleccions regionalas: 6 e 13 de decembre. Anatz votar!"),
        (dt.date(2017, 4, 9), dt.date(2017, 5, 8),
         "🗳️ Eleccion presidenciala: 23 d'abril e 7 de mai. Anatz votar!"),
        (dt.date(2017, 5, 28), dt.date(2017, 6, 19),
         "🗳️ Eleccions legislativas: 11 e 18 de junh. Anatz votar!"),
        (dt.date(2019, 5, 12), dt.date(2019, 5, 27), "🗳️ Eleccions europèas: dimenge 26 de mai."),
        (dt.date(2020, 3, 1), dt.date(2020, 3, 16),
         "🗳️ Eleccions municipalas: dimenge 15 de març."),
        (dt.date(2020, 3, 17), dt.date(2020, 5, 11),
         "😷 Demoratz a l'ostal: sortidas amb l'atestacion solament."),
        (dt.date(2020, 6, 14), dt.date(2020, 6, 29),
         "🗳️ Segond torn de las municipalas: dimenge 28 de junh."),
        (dt.date(2020, 10, 30), dt.date(2020, 12, 15),
         "😷 Confinament tornarmai: demoratz a l'ostal."),
    ])


def autan_style() -> PublisherStyle:
    """An Occitan-language regional news site (Toulouse): a language switch, a rubric kicker,
    a breadcrumb with the article's own title, a French date slot turned an Occitan weekday
    date with "de"/"d'" (a wording per day, from the day the region became Occitanie), "Tèxt
    de" turned the writer with a reading time, "Reclama" and "Legir tanben:" (up to twice)
    and photo inserts, a funding line naming the region (renamed twice in 2016, a second
    funder added), a follow line (gaining Instagram) turned the Violet festival (the first
    Sunday of February), Saint John's fires (none in 2020) and Christmas, a newsletter line
    turned the 2015-2020 elections and both 2020 lockdowns, a comment rule, a subscription
    raised in 2019, a two-line contact block, a rare wind warning, a copyright line."""
    return PublisherStyle(
        domain="loventdautan.org", site="Lo Vent d'Autan", base_size=420,
        subdomains=(("www.", 100),),
        sections=("actualitat", "politica", "cultura", "esport", "lenga", "societat"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rubrica": ("Actualitat", "Politica", "Cultura", "Esport", "Lenga", "Societat",
                        "Economia"),
            "autor": ("Martina Sèrras", "Joan-Loís Fabre", "Anna Guilhèm", "Pau Rigal",
                      "Clara Azemà", "Sèrgi Bonet"),
            "font": ("Lo Vent d'Autan", "Region Occitània", "Calandreta", "Archius", "DR"),
        },
        families=(
            _f("lenga", HEADER, 0.2, (_OLD, "Occitan | Français")),
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("cami", HEADER, 0.3, (_OLD, "Acuèlh › Actualitat › {title}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_oc_dated, OC_DAILY)),
            _f("autor", HEADER, 0.6, (_OLD, "Tèxt de {autor}"),
               (OC_BYLINE.isoformat(), "{autor} · {read_min} min de lectura")),
            _f("reclama", MIDDLE, 0.45, (_OLD, "Reclama"), count=2),
            _f("legir", MIDDLE, 0.4, (_OLD, "Legir tanben: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Fòto: {font}")),
            _f("region", FOOTER, 0.25,
               *((start, f"Amb lo sosten de la {name}" + (
                   "" if start == _OLD else " e de l'Ofici public de la lenga occitana"))
                 for start, name in REGIONS)),
            _f("festas", FOOTER, 0.25, *_oc_festas()),
            _f("eleccions", FOOTER, 0.2, *_oc_eleccions()),
            _f("comentaris", FOOTER, 0.3,
               (_OLD, "Los comentaris son moderats. Escrivètz en occitan o en francés, amb "
                "respècte.")),
            _f("abonament", FOOTER, 0.2,
               (_OLD, "Sostenètz lo jornal: abonament 30 € per an."),
               (OC_PRICE.isoformat(), "Sostenètz lo jornal: abonament 36 € per an.")),
            _f("redaccion-head", FOOTER, 0.4, (_OLD, "Redaccion")),
            _f("redaccion", FOOTER, 0.38,
               (_OLD, "11, carrièra de la Colomba · 31000 Tolosa · 05 61 55 01 43")),
            _f("autan", FOOTER, 0.04,
               (_OLD, "💨 Vent d'autan violent: vigilància irange sus Tolosa e Lauragués.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Lo Vent d'Autan · Totes los dreches reservats")),
        ),
    )


# --- a Papiamentu-language news site (Willemstad, Curaçao) ---------------------------------------

PAP_DAILY = dt.date(2017, 10, 10)  # from Curaçao Day 2017, Papiamentu dates (Dutch before)
PAP_SOURCE = dt.date(2019, 3, 1)  # "Skibí pa:" turned the writer with a source
PAP_SOCIAL = dt.date(2018, 5, 1)  # the follow line gained Instagram
# The government's fuel prices (guilders a litre of gasoline), by year, and two months of
# 2020's fall.
FUEL_MEAN = {2015: 2.12, 2016: 1.86, 2017: 1.98, 2018: 2.21, 2019: 2.14, 2020: 1.82,
             2021: 1.80}
FUEL_SPECIAL = {(2020, 4): 1.49, (2020, 5): 1.41}


def fuel_prices(y: int, m: int) -> tuple[float, float]:
    """(gasoline, diesel) in guilders a litre from the first of month `m` of `y`: about the
    year's mean, diesel about 45 cents less."""
    if (y, m) in FUEL_SPECIAL:
        gasoline = FUEL_SPECIAL[(y, m)]
    else:
        gasoline = FUEL_MEAN[y] + (zlib.crc32(f"fuel {y}-{m}".encode()) % 19 - 9) / 100
    return round(gasoline, 2), round(gasoline - 0.45 + (zlib.crc32(f"{m}".encode()) % 5 - 2)
                                     / 100, 2)


def _pap_fuel(y: int, m: int) -> str:
    gasoline, diesel = fuel_prices(y, m)
    return (f"⛽ Preis for di 1 di {PAPIAMENTU_MONTHS[m - 1]} {y}: gasolin NAf. "
            f"{_comma(gasoline)} · disel NAf. {_comma(diesel)} pa liter")


def _pap_dated(day: dt.date) -> str:
    if day < PAP_DAILY:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    weekday = PAPIAMENTU_WEEKDAYS[day.weekday()]
    return (f"{weekday[0].upper()}{weekday[1:]}, {day.day} di "
            f"{PAPIAMENTU_MONTHS[day.month - 1]} {day.year}")


def _pap_fiesta() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sigui nos riba Facebook."),
            (PAP_SOCIAL.isoformat(), "Sigui nos riba Facebook i Instagram.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Bon Pasku i felis Aña Nobo!"))
        if y == 2014:
            continue
        easter = _day(EASTER_WESTERN[y])
        marcha = easter - dt.timedelta(days=49)
        events.append((marcha - dt.timedelta(days=3), marcha + dt.timedelta(days=3),
                       f"🎭 Gran Marcha di Karnaval: djadumingu {marcha.day} di "
                       f"{PAPIAMENTU_MONTHS[marcha.month - 1]}"))
        seu = easter + dt.timedelta(days=1)
        text = ("🌽 Dia di Seú: fiesta di kosecha, ku marcha den stat" if y != 2020 else
                "🌽 Aña aki no tin marcha di Seú.")
        events.append((seu - dt.timedelta(days=2), seu + dt.timedelta(days=1), text))
        events.append((dt.date(y, 4, 26), dt.date(y, 4, 28), "👑 Felis Dia di Rey!"))
        events.append((dt.date(y, 7, 1), dt.date(y, 7, 3), "🇨🇼 Dia di Himno i Bandera"))
        events.append((dt.date(y, 8, 16), dt.date(y, 8, 18),
                       f"✊ Dia di Lucha pa Libertat: {y - 1795} aña di e lucha di Tula"))
        events.append((dt.date(y, 10, 9), dt.date(y, 10, 11),
                       f"🇨🇼 Dia di Pais Kòrsou: {y - 2010} aña komo pais"))
    return _timeline(base, events)


def _pap_elekshon() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Tin notisia? WhatsApp +599 9 550 1430")]
    return _timeline(base, [
        (dt.date(2016, 10, 14), dt.date(2016, 10, 29),
         "🗳️ Elekshon parlamentario: djabièrnè 28 di òktober. Bai vota!"),
        (dt.date(2017, 4, 14), dt.date(2017, 4, 29),
         "🗳️ Elekshon parlamentario: djabièrnè 28 di aprel. Bai vota!"),
        (dt.date(2020, 3, 30), dt.date(2020, 5, 4), "😷 Keda na kas: sali djis pa kos nesesario."),
        (dt.date(2020, 5, 4), None, "😷 Tene distansia di 1,5 meter i laba man."),
    ])


def otrobanda_style() -> PublisherStyle:
    """A Papiamentu-language news site (Willemstad, Curaçao): a section kicker, a Dutch
    numeric date turned a Papiamentu weekday and month (a wording per day throughout, the
    form changing on Curaçao Day 2017), "Skibí pa:" turned the writer with a wire source,
    fuel prices (a wording per month), "Anunsio" and "Lesa tambe:" (up to twice) and photo
    inserts, a follow line (gaining Instagram) turned carnival's Gran Marcha, Seú (no march
    in 2020), King's Day, Flag Day, Tula and Curaçao Day with their counts and Christmas, a
    tip line turned the 2016 and 2017 elections and the 2020 lockdown, a comment rule naming
    the site, the fixed exchange rate, a two-line contact block, a rare high-waves warning, a
    copyright line."""
    return PublisherStyle(
        domain="ekodiotrobanda.cw", site="Eko di Otrobanda", base_size=360,
        subdomains=(("www.", 100),),
        sections=("notisia", "politika", "deporte", "kultura", "ekonomia"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "seccion": ("Notisia", "Polítika", "Deporte", "Kultura", "Ekonomia", "Salú",
                        "Mundu"),
            "autor": ("Shirley Martina", "Rignald Isenia", "Jandi Cijntje", "Elvis Rosaria",
                      "Sharine Doran", "Juny Pieternella"),
            "fuente": ("ANP", "GIC", "Polis Kòrsou", "Redakshon", "Lesadó"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_daily(_pap_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Skibí pa: {autor}"),
               (PAP_SOURCE.isoformat(), "{autor} · Fuente: {fuente}")),
            _f("gasolin", HEADER, 0.2, *_monthly(_pap_fuel)),
            _f("anunsio", MIDDLE, 0.45, (_OLD, "Anunsio"), count=2),
            _f("lesa", MIDDLE, 0.4, (_OLD, "Lesa tambe: {other_title}"), count=2),
            _f("potret", MIDDLE, 0.3, (_OLD, "Potrèt: {fuente}")),
            _f("fiesta", FOOTER, 0.25, *_pap_fiesta()),
            _f("elekshon", FOOTER, 0.2, *_pap_elekshon()),
            _f("komentario", FOOTER, 0.3,
               (_OLD, "Komentario ofensivo lo wòrdu kitá. Opinion di lesadónan no ta opinion "
                "di Eko di Otrobanda.")),
            _f("kambio", FOOTER, 0.25, (_OLD, "💵 Kambio fiho: US$ 1 = NAf. 1,79")),
            _f("kontakto-head", FOOTER, 0.4, (_OLD, "Kontakto")),
            _f("kontakto", FOOTER, 0.38,
               (_OLD, "Breedestraat 14, Otrobanda, Willemstad · Tel. +599 9 555 0143")),
            _f("ola", FOOTER, 0.04,
               (_OLD, "⚠️ Atvertensia di Meteo: olanan haltu na kosta nort. Tene kuidou!")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Eko di Otrobanda. Tur derecho "
                                              "reservá.")),
        ),
    )


# --- a livestock mart's sale reports (County Tyrone) -------------------------------------------

# (class, live weight in kg, pence a kilo): the day's tops; each line prints the total (to
# the nearest five pounds for cattle, fifty pence for lambs) and the price a kilo it makes.
MART_TOPS = (("Bullocks", 582, 238), ("Bullocks", 634, 226), ("Heifers", 516, 241),
             ("Heifers", 478, 247), ("Weanling bulls", 342, 281),
             ("Weanling heifers", 318, 262), ("Cull cows", 688, 148), ("Fat lambs", 23, 472),
             ("Fat lambs", 22, 495))
_MART_SALES = ("Sales: cattle every Tuesday at 11am, sheep every Friday at 7pm, dairy on the "
               "first Thursday of the month.")


def _mart_top(kind: str, kg: int, pence: int) -> str:
    if kg >= 100:
        total: float = round(kg * pence / 100 / 5) * 5
        money, mark = f"£{total:,.0f}", "🐂"
    else:
        total = round(kg * pence / 50) / 2
        money, mark = f"£{total:.2f}", "🐑"
    return f"{mark} {kind}: {kg} kg {money} ({round(total * 100 / kg)}p/kg)"


def drumlough_style() -> PublisherStyle:
    """A livestock mart's sale reports (County Tyrone): a date turned "Sale report" with a
    weekday date, the sale's kind, its entries, the day's tops (a class, a weight, a total
    and the price a kilo), the sale days (behind closed doors, then online bidding in 2020),
    the seasons (pedigree sales, breeding sheep in August, weanlings from October, Christmas),
    a passport and TB rule, commission raised in 2019, a canteen line, a washing rule, a
    cross-border line turned export certificates for January 2021, a two-line office block,
    a rare snow postponement."""
    return PublisherStyle(
        domain="drumloughmart.co.uk", site="Drumlough Livestock Mart", base_size=300,
        subdomains=(("www.", 100),),
        sections=("reports", "news", "sales"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={"sale": ("Store cattle", "Weanlings", "Dairy cows and heifers",
                        "Fat cattle and cull cows", "Sheep", "Calves"),
               "entries": ("🐄 Entries: 612 cattle", "🐄 Entries: 1,140 sheep and lambs",
                           "🐄 Entries: 385 cattle and 210 calves",
                           "🐄 Entries: 95 dairy cows and heifers"),
               "top": tuple(_mart_top(*top) for top in MART_TOPS)},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-04-01", "Sale report · {weekday} {date_dmy}")),
            _f("sale", HEADER, 0.25, (_OLD, "{sale}")),
            _f("entries", HEADER, 0.2, (_OLD, "{entries}")),
            _f("top", MIDDLE, 0.35, (_OLD, "{top}")),
            _f("saledays", FOOTER, 0.3, *_timeline(
                [(_OLD, _MART_SALES),
                 ("2020-06-15", "Online bidding on every sale: buyers in the ring by "
                                "appointment only, masks please.")],
                [(dt.date(2020, 3, 24), dt.date(2020, 6, 15),
                  "Sales go ahead behind closed doors: sellers drop off and leave, buyers by "
                  "appointment only.")])),
            _f("seasons", FOOTER, 0.25, *_seasons(
                ("01-06", "Pedigree and special sales: see the calendar in the office."),
                ("08-01", "🐑 Breeding sheep sales every Friday in August and September."),
                ("10-01", "🐮 Weanling sales every Saturday at 11am until Christmas."),
                ("12-22", "🎄 No sales over Christmas: the first cattle sale of the new year "
                          "is on the first Tuesday of January."))),
            _f("tb", FOOTER, 0.25,
               (_OLD, "All cattle need passports; breeding stock must be TB tested within the "
                "last 60 days.")),
            _f("commission", FOOTER, 0.2,
               (_OLD, "Commission: cattle 2.5%, sheep 3%, plus 50p a head insurance."),
               ("2019-04-01", "Commission: cattle 2.75%, sheep 3%, plus 75p a head insurance.")),
            _f("canteen", FOOTER, 0.2,
               (_OLD, "The canteen opens at 8am on sale days: Ulster fry served till noon.")),
            _f("wash", FOOTER, 0.2,
               (_OLD, "All lorries and trailers must be washed and disinfected before leaving "
                "the yard.")),
            _f("border", FOOTER, 0.2,
               (_OLD, "Buyers from across the border are welcome: ask the office about euro "
                "payments."),
               ("2020-12-01", "From 1 January 2021, cattle and sheep going south need export "
                "health certificates: ring the office.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Mart office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "14 Mart Road, Drumlough, Co. Tyrone BT70 3QX · 028 8755 0143")),
            _f("snow", FOOTER, 0.04,
               (_OLD, "❄️ Today’s sale is postponed because of snow: ring the office before you "
                "load.")),
        ),
    )


# --- a Theravada Buddhist monastery's news (Devon) ---------------------------------------------

SYNODIC = 29.530588853  # days
NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)  # a mean new moon (UTC)
# The four moon days of a lunation, a quarter apart: (name, symbol).
PHASES = (("new moon", "🌑"), ("half moon", "🌓"), ("full moon", "🌕"), ("half moon", "🌗"))
VERSES = ("“Hatred is never appeased by hatred; by non-hatred alone is it appeased.” "
          "— Dhammapada 5",
          "“Look not at the faults of others, at what they have done or left undone.” "
          "— Dhammapada 50",
          "“Better than a thousand useless words is one word that brings peace.” "
          "— Dhammapada 100",
          "“As a bee takes the nectar and leaves the flower unharmed, so let the sage move "
          "through the village.” — Dhammapada 49")
_MEAL = "The meal offering is at 10.30am every day: please bring food by 10am."


@cache
def moon_days(first: dt.date = dt.date(2014, 12, 1),
              last: dt.date = dt.date(2021, 2, 28)) -> list[tuple[dt.date, int]]:
    """The moon days from `first` to `last`: (UTC date of the mean phase, phase 0-3: new,
    waxing half, full, waning half)."""
    out: list[tuple[dt.date, int]] = []
    k = math.floor((first - NEW_MOON.date()).days / SYNODIC * 4) - 1
    while True:
        instant = NEW_MOON + dt.timedelta(days=k * SYNODIC / 4)
        if instant.date() > last:
            return out
        if instant.date() >= first:
            out.append((instant.date(), k % 4))
        k += 1


def full_moons(y: int, m: int) -> list[dt.date]:
    """The full moon days of month `m` of year `y`."""
    return [day for day, phase in moon_days() if phase == 2 and (day.year, day.month) == (y, m)]


def vesak_day(y: int) -> dt.date:
    """Vesak as the monastery keeps it: the first full moon of May."""
    return full_moons(y, 5)[0]


def vassa_days(y: int) -> tuple[dt.date, dt.date]:
    """The Rains Retreat: from the day after the last full moon of July to the full moon
    three lunations later (Pavarana)."""
    asalha = full_moons(y, 7)[-1]
    pavarana = [day for day, phase in moon_days() if phase == 2 and day > asalha][2]
    return asalha + dt.timedelta(days=1), pavarana


def kathina_day(y: int) -> dt.date:
    """The Kathina: the first Sunday at least a week after Pavarana."""
    day = vassa_days(y)[1] + dt.timedelta(days=7)
    return day + dt.timedelta(days=(6 - day.weekday()) % 7)


def _next_moon_day(day: dt.date) -> str:
    when, phase = next((d, p) for d, p in moon_days() if d >= day)
    name, symbol = PHASES[phase]
    if when == day:
        return f"{symbol} Today is a moon day ({name}): evening chanting and meditation until late."
    return f"{symbol} Next moon day: {when:%A} {when.day} {when:%B} ({name})"


def _vihara_calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Visitors are welcome every day; please ring ahead if you would like to "
                   "stay.")]
    events: list[Event] = []
    for y in YEARS:
        vesak = vesak_day(y)
        text = (f"🪷 Vesak: we celebrate on {vesak:%A} {vesak.day} May with a candlelit "
                "circumambulation." if y != 2020 else
                "🪷 Vesak: join the chanting online; the monastery is closed to visitors.")
        events.append((vesak - dt.timedelta(days=10), vesak + dt.timedelta(days=1), text))
        start, pavarana = vassa_days(y)
        events.append((start, pavarana + dt.timedelta(days=1),
                       f"🏮 The community is in the Rains Retreat until {pavarana.day} "
                       f"{pavarana:%B}: the monks do not travel to teach."))
        kathina = kathina_day(y)
        text = (f"🧵 Kathina: Sunday {kathina.day} {kathina:%B}. All are welcome to offer the "
                "robe cloth." if y != 2020 else
                "🧵 Kathina this year is a small ceremony for the resident community.")
        events.append((pavarana + dt.timedelta(days=1), kathina + dt.timedelta(days=1), text))
    return _timeline(base, events)


def ambervale_style() -> PublisherStyle:
    """A Theravada Buddhist monastery's news (Devon): a long date slot turned a staff role
    with a weekday date, the next moon day (new, half or full; a new wording as each
    passes), a verse of the Dhammapada, a visitors' line turned Vesak (the first full moon
    of May; online in 2020), the Rains Retreat (from the last full moon of July, three
    lunations) and the Kathina (the first Sunday a week after it), the winter retreat (closed
    to guests January to March), the meal offering (paused, then at the gate in 2020),
    evening meditation online from March 2020, an etiquette line, a donations line, a
    two-line address, a rare flooded ford."""
    return PublisherStyle(
        domain="ambervalevihara.org.uk", site="Ambervale Buddhist Monastery", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "teachings", "events"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={"beat": ("the Abbot", "the guest monk", "the lay steward"), "verse": VERSES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2019-05-18", "Posted by {author_beat} · {weekday} {date_dmy}")),
            _f("moonday", HEADER, 0.25, *_changes(_next_moon_day)),
            _f("verse", MIDDLE, 0.25, (_OLD, "{verse}")),
            _f("calendar", FOOTER, 0.3, *_vihara_calendar()),
            _f("winter", FOOTER, 0.25, *_seasons(
                ("01-01", "❄️ Winter retreat until the end of March: the monastery is closed "
                          "to overnight guests."),
                ("04-01", "Overnight guests are welcome from April to December: write to the "
                          "guest monk."))),
            _f("meal", FOOTER, 0.3, *_timeline(
                [(_OLD, _MEAL), ("2020-07-04", "Food offerings can be left at the gate before "
                                               "10am, please.")],
                [(dt.date(2020, 3, 20), dt.date(2020, 7, 4),
                  "Meal offerings are paused: you can offer food by arrangement with the lay "
                  "steward.")])),
            _f("sitting", FOOTER, 0.2,
               (_OLD, "Evening meditation and chanting: daily at 7pm, all welcome."),
               ("2020-03-23", "Evening meditation and chanting: daily at 7pm on Zoom; ask for "
                "the link.")),
            _f("etiquette", FOOTER, 0.25,
               (_OLD, "Please dress modestly, take off your shoes in the shrine room and keep "
                "silence in the meditation hall.")),
            _f("dana", FOOTER, 0.2,
               (_OLD, "The monastery lives on donations alone. Registered charity no. "
                "1143143.")),
            _f("visit-head", FOOTER, 0.4, (_OLD, "Finding us")),
            _f("visit", FOOTER, 0.38,
               (_OLD, "Ambervale, Holne, Newton Abbot, Devon TQ13 7RU · 01364 555 143")),
            _f("ford", FOOTER, 0.04,
               (_OLD, "🌊 The ford on the lane is flooded: please come by the Holne road.")),
        ),
    )


# --- a pipe band's news (Ontario) --------------------------------------------------------------

BAND_RESULTS = ("🏆 Maxville, Grade 4: 2nd overall (piping 3rd, drumming 1st, ensemble 2nd)",
                "🏆 Fergus, Grade 4: 1st overall (piping 1st, drumming 2nd, ensemble 1st)",
                "🏆 Cobourg, Grade 3: 4th overall (piping 5th, drumming 3rd, ensemble 4th)",
                "🏆 Embro, Grade 4: 3rd overall (piping 2nd, drumming 4th, ensemble 3rd)",
                "🏆 Georgetown, Grade 3: 2nd overall (piping 2nd, drumming 2nd, ensemble 3rd)")
TUNES = ("🎵 March, strathspey and reel: The Clan MacColl, Maggie Cameron, The Sheepwife",
         "🎵 Medley: Highland Cathedral, The Mist Covered Mountains, The Brown Haired Maiden",
         "🎵 Slow air: The Flowers of the Forest",
         "🎵 Quick march set: Scotland the Brave, The Rowan Tree, The Green Hills of Tyrol")


def civic_holiday(y: int) -> dt.date:
    """Ontario's Civic Holiday: the first Monday of August."""
    return nth_weekday(y, 8, 0, 1)


def glengarry_games(y: int) -> tuple[dt.date, dt.date]:
    """The Glengarry Highland Games at Maxville: the Friday and Saturday before the Civic
    Holiday."""
    monday = civic_holiday(y)
    return monday - dt.timedelta(days=3), monday - dt.timedelta(days=2)


def _span(first: dt.date, last: dt.date) -> str:
    if first.month == last.month:
        return f"{first.day}–{last.day} {last:%B}"
    return f"{first.day} {first:%B} – {last.day} {last:%B}"


def _band_calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Book the band for your wedding, parade or Burns Supper: email the Pipe "
                   "Major.")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 1, 10), dt.date(y, 1, 26),
                       "🥃 Burns Night, 25 January: we pipe in the haggis. Book early!"))
        events.append((dt.date(y, 3, 30), dt.date(y, 4, 7),
                       "🟩 Tartan Day is 6 April: wear your tartan to practice!"))
        friday, saturday = glengarry_games(y)
        text = (f"🏴 Glengarry Highland Games, Maxville: {_span(friday, saturday)}. Come and "
                "cheer the band!" if y != 2020 else
                "🏴 No Glengarry Highland Games this year: see you at Maxville in 2021.")
        events.append((saturday - dt.timedelta(days=14), saturday + dt.timedelta(days=1), text))
        text = ("🌺 Remembrance Day: we march to the cenotaph on 11 November at 10.45am."
                if y != 2020 else
                "🌺 Remembrance Day: a lone piper at the cenotaph this year; please watch from "
                "home.")
        events.append((dt.date(y, 11, 1), dt.date(y, 11, 12), text))
    return _timeline(base, events)


def rideau_style() -> PublisherStyle:
    """A pipe band's news (Ontario): "Posted ... by" turned a weekday with a long date, a
    competition result (games, grade and placings), a set of tunes, practice (cancelled,
    outdoors, then online in 2020), a booking line turned Burns Night, Tartan Day, the
    Glengarry Highland Games (the Friday and Saturday before the Civic Holiday; none in
    2020) and Remembrance Day (a lone piper in 2020), a learners' line, membership raised in
    2019, the band's grade (promoted in 2018), a uniform rule, a two-line contact block, a
    rare heat warning."""
    return PublisherStyle(
        domain="rideaulakespipeband.ca", site="Rideau Lakes Pipe Band", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "results", "events"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"result": BAND_RESULTS, "tune": TUNES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_short} by {author}"),
               ("2019-01-01", "{weekday}, {date_long}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("tune", MIDDLE, 0.2, (_OLD, "{tune}")),
            _f("practice", FOOTER, 0.3, *_timeline(
                [(_OLD, "Practice: Tuesdays at 7pm in the Legion hall, drummers from 6.30pm.")],
                [(dt.date(2020, 3, 13), dt.date(2020, 7, 7),
                  "Practices are cancelled until further notice: keep at your practice "
                  "chanter."),
                 (dt.date(2020, 7, 7), dt.date(2020, 10, 6),
                  "Outdoor practice in the Legion parking lot, Tuesdays at 7pm, two metres "
                  "apart."),
                 (dt.date(2020, 10, 6), None,
                  "Practice is online for now: chanters and pads on Zoom, Tuesdays at 7pm.")])),
            _f("calendar", FOOTER, 0.25, *_band_calendar()),
            _f("learners", FOOTER, 0.25,
               (_OLD, "New pipers and drummers welcome: free lessons for beginners, chanters "
                "and sticks on loan.")),
            _f("fees", FOOTER, 0.2, (_OLD, "Membership: $150 a year, students $75."),
               ("2019-01-01", "Membership: $180 a year, students $90.")),
            _f("grade", FOOTER, 0.2,
               (_OLD, "We compete in grade 4 with the Pipers’ and Pipe Band Society of "
                "Ontario."),
               ("2018-01-01", "We compete in grade 3 with the Pipers’ and Pipe Band Society of "
                "Ontario.")),
            _f("uniform", FOOTER, 0.2,
               (_OLD, "Uniforms are on loan from the band: please return them cleaned at the "
                "end of the season.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Pipe Major")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "pipemajor@rideaulakespipeband.ca · 613 555 0143")),
            _f("heat", FOOTER, 0.04,
               (_OLD, "☀️ Heat warning: jackets off today, shirtsleeve order for the parade.")),
        ),
    )


# --- a speedway team's meeting reports (the Fens) ----------------------------------------------

# (opponents, home points of the meeting's 90, top scorer, points, bonus points)
SCORES = (("Tidefield Terriers", 49, "Jake Porter", 14, 1),
          ("Brackenmoor Bees", 43, "Liam Voss", 12, 0),
          ("Saltmarsh Swifts", 52, "Connor Slade", 13, 2),
          ("Oxley Otters", 46, "Ryan Mills", 11, 1),
          ("Kingsdyke Kites", 38, "Jake Porter", 10, 0))


def _score(opponents: str, home: int, rider: str, points: int, bonus: int) -> str:
    return (f"🏍️ Harriers {home} {opponents} {90 - home} · top scorer: {rider} "
            f"{points}+{bonus}")


def marshland_style() -> PublisherStyle:
    """A speedway team's meeting reports (the Fens): a date turned "Meeting report" with a
    weekday date, the competition, the score (the meeting's 90 points) with the top scorer's
    points and bonus, a read-next link (another article's title), race night, admission
    raised in 2018, the season (season tickets, racing, thanks; postponed, then cancelled in
    2020), second halves, an ear defenders line, a supporters' coach, programmes raised in
    2019, a two-line stadium block, a rare rain-off."""
    return PublisherStyle(
        domain="marshlandharriers.co.uk", site="Marshland Harriers Speedway", base_size=190,
        subdomains=(("www.", 100),),
        sections=("reports", "news", "fixtures"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"fixture": ("National League", "Knockout Cup", "Challenge", "Fours", "Trophy"),
               "score": tuple(_score(*s) for s in SCORES)},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2017-03-01", "Meeting report · {weekday} {date_dmy}")),
            _f("fixture", HEADER, 0.25, (_OLD, "{fixture}")),
            _f("score", MIDDLE, 0.3, (_OLD, "{score}")),
            _f("readnext", FOOTER, 0.3, (_OLD, "Read next: {other_title}")),
            _f("racenight", FOOTER, 0.3,
               (_OLD, "Race night is Friday: first race 7.30pm, gates open 6pm.")),
            _f("admission", FOOTER, 0.25,
               (_OLD, "Admission: adults £16, concessions £14, under-16s free with a paying "
                "adult."),
               ("2018-03-01", "Admission: adults £17, concessions £15, under-16s free with a "
                "paying adult.")),
            _f("season", FOOTER, 0.3, *_seasons(
                ("01-10", "🎟️ Season tickets are on sale now: press and practice day in "
                          "March."),
                ("03-20", "🏁 The season is on: check the fixtures before you travel, as rain "
                          "can call a meeting off."),
                ("10-25", "🏆 Thank you for your support this season: season tickets go on "
                          "sale in January."),
                special={2020: [("2020-01-10", "🎟️ Season tickets are on sale now: press and "
                                               "practice day in March."),
                                ("2020-03-17", "⏸️ The start of the season is postponed: we "
                                               "will update you when racing can resume."),
                                ("2020-06-02", "❌ The 2020 season is cancelled: season tickets "
                                               "carry over to 2021.")]})),
            _f("juniors", FOOTER, 0.2,
               (_OLD, "Second halves: junior and novice races after the main meeting.")),
            _f("ears", FOOTER, 0.2,
               (_OLD, "Speedway is loud: ear defenders are recommended for children.")),
            _f("coach", FOOTER, 0.2,
               (_OLD, "The Supporters’ Club runs a coach to every away meeting: book at the "
                "club stall.")),
            _f("programme", FOOTER, 0.2, (_OLD, "Programmes £3 from the shop by turn one."),
               ("2019-03-01", "Programmes £3.50 from the shop by turn one.")),
            _f("stadium-head", FOOTER, 0.4, (_OLD, "Stadium")),
            _f("stadium", FOOTER, 0.38,
               (_OLD, "Marshland Stadium, Smeeth Road, Wisbech PE14 8EX · 01945 555 143")),
            _f("rain", FOOTER, 0.04,
               (_OLD, "🌧️ Tonight’s meeting is off: the track is waterlogged. Tickets are "
                "valid for the restaging.")),
        ),
    )


# --- a tidal island's community trust (Northumberland) -----------------------------------------

HIGH_WATER = dt.datetime(2015, 1, 1, 3, 7)  # a high water at the causeway (UTC)
TIDE_PERIOD = dt.timedelta(hours=12, minutes=25, seconds=14)  # the principal lunar tide
_VOLUNTEER = "Volunteers keep the island running: ring the trust office to help."


def bst(day: dt.date) -> bool:
    """Whether British Summer Time is kept on `day` (from the last Sunday of March to the
    day before the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def high_waters(day: dt.date) -> list[str]:
    """The local times (GMT or BST, "HH:MM") of the high waters on `day`."""
    offset = dt.timedelta(hours=1 if bst(day) else 0)
    start = dt.datetime(day.year, day.month, day.day) - offset
    k = math.floor((start - HIGH_WATER) / TIDE_PERIOD)
    out: list[str] = []
    while True:
        instant = HIGH_WATER + k * TIDE_PERIOD
        local = instant + offset
        if local.date() > day:
            return out
        if local.date() == day:
            out.append(f"{local:%H:%M}")
        k += 1


def _tide(day: dt.date) -> str:
    times = " and ".join(high_waters(day))
    zone = "BST" if bst(day) else "GMT"
    return (f"🌊 High water today: {times} ({zone}). Do not cross from two hours before until "
            "three hours after.")


def regatta_day(y: int) -> dt.date:
    """The island regatta: the second Saturday of August."""
    return nth_weekday(y, 8, 5, 2)


def _island_calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, _VOLUNTEER)]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 3, 18), dt.date(y, 3, 21),
                       "⛪ St Cuthbert’s Day, 20 March: evening prayer in the priory ruins."))
        friday = _day(EASTER_WESTERN[y], -2)
        text = ("✝️ Good Friday: the pilgrims cross the sands barefoot, so the causeway is busy "
                "all day." if y != 2020 else
                "✝️ No pilgrims’ walk across the sands this Good Friday.")
        events.append((friday - dt.timedelta(days=3), friday + dt.timedelta(days=1), text))
        regatta = regatta_day(y)
        text = (f"⛵ The island regatta: Saturday {regatta.day} August, races from high water."
                if y != 2020 else "⛵ No island regatta this year.")
        events.append((regatta - dt.timedelta(days=10), regatta + dt.timedelta(days=1), text))
        events.append((dt.date(y, 12, 18), dt.date(y, 12, 27),
                       "🎄 Carols round the tree on the green, Christmas Eve at 6pm, tide "
                       "permitting."))
    return _timeline(base, events)


def holmsey_style() -> PublisherStyle:
    """A tidal island's community trust (Northumberland): a date turned "Island news" with the
    writer, high water at the causeway (a wording per day, one or two times, in GMT or BST),
    a tide-tables rule, a refuge box line, parking raised in 2019, the community shop
    (islanders only, then back in 2020), a volunteers' line turned St Cuthbert's Day, Good
    Friday's pilgrims, the regatta (the second Saturday of August; none in 2020) and
    Christmas, the nesting and seal pupping seasons, a line naming the trust, a two-line
    office block, a rare stranded car."""
    return PublisherStyle(
        domain="holmseyisland.org.uk", site="Holmsey Island Trust", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "tides", "events"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-09-01", "Island news · {date_dmy} · {author}")),
            _f("tide", HEADER, 0.35, *_daily(_tide)),
            _f("tables", FOOTER, 0.3,
               (_OLD, "Always check the crossing times before you set out: the tide comes in "
                "faster than you can walk.")),
            _f("refuge", FOOTER, 0.2,
               (_OLD, "Caught by the tide? Climb into the refuge box and dial 999 for the "
                "Coastguard.")),
            _f("parking", FOOTER, 0.25, (_OLD, "Parking: £4 a day in the village car park."),
               ("2019-04-01", "Parking: £5 a day in the village car park, by app or coins.")),
            _f("shop", FOOTER, 0.25, *_timeline(
                [(_OLD, "The community shop is open 10am–4pm every day, tide permitting.")],
                [(dt.date(2020, 3, 24), dt.date(2020, 7, 4),
                  "The shop is open to islanders only: ring 01289 555 143 to order.")])),
            _f("calendar", FOOTER, 0.25, *_island_calendar()),
            _f("wildlife", FOOTER, 0.2, *_seasons(
                ("01-01", "Dogs are welcome on the beaches: please bag it and bin it."),
                ("04-01", "🐦 Ground-nesting birds on the dunes: keep dogs on a lead until "
                          "August."),
                ("08-01", "Dogs are welcome on the beaches: please bag it and bin it."),
                ("10-15", "🦭 Seal pupping season: keep 100 metres from the pups and dogs on a "
                          "lead."))),
            _f("trust", FOOTER, 0.2,
               (_OLD, "Holmsey Island Trust is a community development trust, registered "
                "charity no. 1157143.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Trust office")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "The Old School, Holmsey, Berwick-upon-Tweed TD15 2SX · 01289 555 143")),
            _f("stranded", FOOTER, 0.04,
               (_OLD, "🚁 A car was stranded on the causeway this morning: please check the "
                "times before you cross.")),
        ),
    )


def heldout31_styles() -> list[PublisherStyle]:
    """The held-back-31 styles, in the order the generator hands them to publishers."""
    return [
        tushtuk_style(), sembada_style(), jerjer_style(), adaamaa_style(), ferrule_style(),
        autan_style(), otrobanda_style(), drumlough_style(), ambervale_style(), rideau_style(),
        marshland_style(), holmsey_style(),
    ]
