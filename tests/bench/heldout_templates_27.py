"""The twenty-seventh held-back template set (``held-back-27``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the twenty-sixth
held-back set (`tests.bench.heldout_templates_26`, which has since had its first run and is
now studied). It was written WITHOUT looking at cleanpipe's code (nothing under
``cleanpipe/`` or ``configs/`` was read; the slot names come from the earlier sets' modules,
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the first twenty-six held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.14% at 8fe8fb2; studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Macedonian-language regional news
site in Cyrillic (Bitola), an Assamese-language news site (Guwahati), an Igbo-language news
site (Enugu), a Bosnian-language city news site (Mostar), a Malay-language regional news
site (Kota Kinabalu), a lawn tennis club's news (Surrey), a men's shed's news (South
Australia), an independent lifeboat station's news (Cornwall), a model railway club's news
(Ontario), a pottery studio's blog (Portland, Oregon), a free weekly 5k run's reports
(County Cork) and a repair café's news (Bristol). None of these kinds is in an earlier
held-back set, nor these languages as a site's language.

Variation: article dates localised day by day (Macedonian weekdays and months after a
numeric date slot; Assamese dates in Assamese numerals turned Western digits with the time;
Igbo dates with the day of the four-day market week (Eke, Orie, Afọ, Nkwọ, as the site
counts them) after a date slot; Bosnian dotted dates with a weekday after a dotted date
slot; Malay month-first dates with a 12-hour time turned a Malay weekday), a run report
numbered week by week (one event a Saturday, paused in March 2020) and a monthly repair
café on the last Saturday of each month, English date slots on the other sites, bylines of
many shapes, notices reworded in 2015-2020 (North Macedonia's new name in February 2019;
social lines gaining Viber, Twitter, Instagram or Telegram; subscriptions, shed fees,
the lifeboat's running costs, club dues and studio membership raised; the items a repair
café takes), election and emergency lines (North Macedonia's
2016, 2017, 2019 and 2020 votes and the 2018 name referendum; Assam's 2016 assembly
election and results, the 2019 Lok Sabha election, the December 2019 curfew and the 2020
lockdown; Nigeria's 2015 and 2019 elections with their postponements; Bosnia and
Herzegovina's 2016 local elections without Mostar, the 2018 general election, the 2020
curfew and Mostar's first local election since 2008; Malaysia's 2018 general election, the
2020 movement control orders and Sabah's 2020 state election), notices that follow a
calendar (Orthodox Easter, Ilinden with its anniversary and Independence Day; Magh and
Bohag Bihu and the flood season; Easter and Christmas in Igbo; the Old Bridge diving with
its ordinal on the last Sunday of July, both Bajrams and Christmas; Kaamatan and Hari Raya
Aidilfitri; Wimbledon and the club finals; Anzac Day and the Christmas break; Lifeboat Day
on the first Saturday of August, the Boxing Day dip and beach seasons; a train show on the
first Sunday of March and a Christmas open house; pottery terms; Christmas and New Year's
Day runs), names at the start of lines or after a label, the article's own
title (a breadcrumb) and other articles' titles (links in five languages), amounts (denar,
marka, ringgit rates; petrol and tea auction prices; market prices in naira; weather),
phone numbers in several countries' formats, multi-line blocks, mid-body inserts (some up
to two times), bare lines (ad labels in five languages, block headings), Cyrillic,
Assamese script with Assamese numerals, Igbo with dotted vowels, Bosnian and Malay Latin,
symbols and emoji where such sites use them, and families in only 3-6% of articles beside
ones in nearly all. Renamed variants of a style keep the lines that do not name the site,
so sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt

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
EASTER_ORTHODOX = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19"}
# Ramazanski bajram and Kurban-bajram as the Islamic Community in Bosnia and Herzegovina
# kept them (calculated), and Hari Raya Aidilfitri as Malaysia kept it.
BAJRAM = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
          2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
          2019: "2019-08-11", 2020: "2020-07-31"}
RAYA = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
        2019: "2019-06-05", 2020: "2020-05-24"}

MACEDONIAN_MONTHS = ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август",
                     "септември", "октомври", "ноември", "декември")
MACEDONIAN_WEEKDAYS = ("понеделник", "вторник", "среда", "четврток", "петок", "сабота",
                       "недела")
ASSAMESE_DIGITS = "০১২৩৪৫৬৭৮৯"
ASSAMESE_MONTHS = ("জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "মে’", "জুন", "জুলাই", "আগষ্ট",
                   "ছেপ্তেম্বৰ", "অক্টোবৰ", "নৱেম্বৰ", "ডিচেম্বৰ")
ASSAMESE_WEEKDAYS = ("সোমবাৰ", "মঙলবাৰ", "বুধবাৰ", "বৃহস্পতিবাৰ", "শুক্ৰবাৰ", "শনিবাৰ", "দেওবাৰ")
IGBO_MONTHS = ("Jenụwarị", "Febụwarị", "Maachị", "Eprel", "Mee", "Jụn", "Julaị", "Ọgọst",
               "Septemba", "Ọktoba", "Novemba", "Disemba")
IGBO_WEEKDAYS = ("Mọnde", "Tiuzdee", "Wenezdee", "Tọọzdee", "Fraịdee", "Satọdee", "Sọnde")
MARKET_DAYS = ("Eke", "Orie", "Afọ", "Nkwọ")
MARKET_ANCHOR = dt.date(2015, 1, 1)  # an Eke day, as the site counts the market week
BOSNIAN_MONTHS = ("januar", "februar", "mart", "april", "maj", "juni", "juli", "august",
                  "septembar", "oktobar", "novembar", "decembar")
BOSNIAN_WEEKDAYS = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota",
                    "nedjelja")
MALAY_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
                "September", "Oktober", "November", "Disember")
MALAY_WEEKDAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _seasons = _PERIOD.daily, _PERIOD.seasons


def _digits(n: int | str, digits: str) -> str:
    """`n` in a script's numerals (`digits`, zero to nine; other characters kept)."""
    return "".join(digits[int(c)] if c.isdigit() else c for c in str(n))


def _comma(x: float) -> str:
    """`x` with two decimals and a decimal comma."""
    return f"{x:.2f}".replace(".", ",")


# --- a Macedonian-language regional news site in Cyrillic (Bitola) -------------------------

MK_DAILY = dt.date(2018, 3, 1)  # the numeric date slot became a weekday and month name
MK_BYLINE = dt.date(2019, 5, 1)  # "Автор:" turned "Пишува:"
RENAMED = dt.date(2019, 2, 12)  # the Republic of Macedonia became North Macedonia
MK_VIBER = dt.date(2018, 4, 1)  # the follow line gained the Viber community
KURS_MK = ((61.62, 55.47), (61.60, 55.72), (61.57, 54.68), (61.51, 52.11), (61.49, 54.95),
           (61.69, 54.06))


def _mk_dated(day: dt.date) -> str:
    return (f"{MACEDONIAN_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{MACEDONIAN_MONTHS[day.month - 1]} {day.year} | {{time}}")


def ilinden_years(y: int) -> int:
    """Years since the Ilinden Uprising (2 August 1903)."""
    return y - 1903


def independence_years(y: int) -> int:
    """Years since the independence referendum (8 September 1991)."""
    return y - 1991


def _mk_praznici() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Следете нè на Facebook и Instagram за најновите вести од Битола."),
            (MK_VIBER.isoformat(), "Следете нè на Facebook, Instagram и во нашата "
             "Viber-заедница.")]
    events: list[Event] = []
    for y in YEARS:
        easter = _day(EASTER_ORTHODOX[y])
        text = ("🥚 Христос воскресе! Среќен Велигден!" if y != 2020 else
                "🥚 Христос воскресе! Велигден дома, со најблиските.")
        events.append((easter - dt.timedelta(days=2), easter + dt.timedelta(days=2), text))
        events.append((dt.date(y, 8, 1), dt.date(y, 8, 3),
                       f"🇲🇰 Честит Илинден! {ilinden_years(y)} години од Илинденското "
                       "востание."))
        events.append((dt.date(y, 9, 7), dt.date(y, 9, 9),
                       f"🇲🇰 Честит 8 Септември — Денот на независноста! "
                       f"{independence_years(y)} години."))
    return _timeline(base, events)


_MASKI = "😷 Задолжително носење заштитни маски во затворени простори и на јавни места."


def _mk_izbori() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Имате вест? Пишете ни на vesti@pelisterinfo.mk или на Viber 070 555 143")]
    return _timeline(base, [
        (dt.date(2016, 11, 21), dt.date(2016, 12, 12),
         "🗳 Предвремени парламентарни избори — недела, 11 декември."),
        (dt.date(2017, 9, 25), dt.date(2017, 10, 30),
         "🗳 Локални избори: прв круг на 15 октомври, втор круг на 29 октомври."),
        (dt.date(2018, 9, 10), dt.date(2018, 10, 1),
         "🗳 Референдум — недела, 30 септември. Проверете го вашето избирачко место."),
        (dt.date(2019, 4, 1), dt.date(2019, 5, 6),
         "🗳 Претседателски избори: прв круг на 21 април, втор круг на 5 мај."),
        (dt.date(2020, 3, 18), dt.date(2020, 6, 14),
         "😷 Вонредна состојба: почитувајте ги мерките и полицискиот час."),
        (dt.date(2020, 6, 14), dt.date(2020, 7, 16),
         "🗳 Парламентарни избори — среда, 15 јули. Гласајте со маска."),
        (dt.date(2020, 7, 16), None, _MASKI),
    ])


def pelister_style() -> PublisherStyle:
    """A Macedonian-language regional news site in Cyrillic (Bitola): a rubric kicker, a
    denar strip with decimal commas, a numeric date slot turned a weekday and month name (a
    wording per day), "Автор:" turned "Пишува:", "Реклама" and "Прочитајте и:" (up to twice)
    and photo inserts, a rare heat alarm, a follow line (gaining Viber in 2018) turned
    Orthodox Easter, Ilinden and Independence Day with their anniversaries, a tip line
    turned the 2016, 2017, 2019 and 2020 votes, the 2018 referendum, the state of emergency
    and masks, a publisher line renamed with the country in February 2019, a reuse rule, a
    comment disclaimer, a copyright line."""
    return PublisherStyle(
        domain="pelisterinfo.mk", site="Пелистер Инфо", base_size=860,
        subdomains=(("", 75), ("m.", 25)),
        sections=("bitola", "makedonija", "region", "ekonomija", "hronika", "sport", "kultura"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "rubrika": ("Битола", "Македонија", "Регион", "Економија", "Хроника", "Спорт",
                        "Култура", "Свет"),
            "kurs": tuple(f"💶 Курс на НБ: евро {_comma(e)} ден., долар {_comma(u)} ден."
                          for e, u in KURS_MK),
            "avtor": ("Марија Стојановска", "Горан Трајковски", "Елена Николовска",
                      "Дејан Петровски", "Јасмина Ристевска", "Љупчо Јовановски"),
            "foto": ("Пелистер Инфо", "архива", "Општина Битола", "МВР", "читател",
                     "Фејсбук"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("kurs", HEADER, 0.12, (_OLD, "{kurs}")),
            _f("datum", HEADER, 0.85, (_OLD, "{date_de} во {time}"), *_daily(_mk_dated, MK_DAILY)),
            _f("avtor", HEADER, 0.6, (_OLD, "Автор: {avtor}"),
               (MK_BYLINE.isoformat(), "Пишува: {avtor}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Реклама"), count=2),
            _f("procitaj", MIDDLE, 0.4, (_OLD, "Прочитајте и: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("alarm", FOOTER, 0.04,
               (_OLD, "🌡️ Жолт аларм за високи температури: избегнувајте сонце од 11 до 17 "
                "часот.")),
            _f("praznici", FOOTER, 0.25, *_mk_praznici()),
            _f("izbori", FOOTER, 0.2, *_mk_izbori()),
            _f("izdavac", FOOTER, 0.3,
               (_OLD, "Издавач: Пелистер Инфо ДООЕЛ Битола, Република Македонија"),
               (RENAMED.isoformat(), "Издавач: Пелистер Инфо ДООЕЛ Битола, Република Северна "
                "Македонија")),
            _f("prezemanje", FOOTER, 0.4,
               (_OLD, "Преземањето на содржините е дозволено само со наведување на изворот и "
                "линк до Пелистер Инфо.")),
            _f("komentari", FOOTER, 0.3,
               (_OLD, "Коментарите се лични ставови на читателите и не го одразуваат ставот на "
                "редакцијата.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Пелистер Инфо. Сите права се задржани.")),
        ),
    )


# --- an Assamese-language news site (Guwahati) ---------------------------------------------

AS_REDESIGN = dt.date(2018, 6, 1)  # Assamese numerals turned Western digits with the time
AS_BYLINE = dt.date(2019, 3, 1)  # "own correspondent" turned a named reporter
AS_TWITTER = dt.date(2017, 6, 1)  # the Facebook line turned Twitter
PETROL = (63.21, 64.10, 70.45, 78.62, 73.38, 81.07)
TEA = (142, 156, 163, 171, 149, 198)


def _as(n: int | str) -> str:
    return _digits(n, ASSAMESE_DIGITS)


def _as_dated(day: dt.date) -> str:
    weekday, month = ASSAMESE_WEEKDAYS[day.weekday()], ASSAMESE_MONTHS[day.month - 1]
    if day < AS_REDESIGN:
        return f"{weekday}, {_as(day.day)} {month}, {_as(day.year)}"
    return f"{day.day} {month} {day.year}, {weekday} · {{time}}"


def _bihu() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "👍 শেহতীয়া খবৰৰ বাবে আমাৰ ফেচবুক পেজ লাইক কৰক"),
            (AS_TWITTER.isoformat(), "🐦 শেহতীয়া খবৰৰ বাবে টুইটাৰত আমাক অনুসৰণ কৰক")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 1, 13), dt.date(y, 1, 17), "🔥 ভোগালী বিহুৰ শুভেচ্ছা!"))
        text = ("🌸 ৰঙালী বিহু আৰু অসমীয়া নৱবৰ্ষৰ শুভেচ্ছা!" if y != 2020 else
                "🌸 ৰঙালী বিহুৰ শুভেচ্ছা! এইবাৰ ঘৰতে থাকি বিহু পালন কৰক।")
        events.append((dt.date(y, 4, 13), dt.date(y, 4, 17), text))
    return _timeline(base, events)


_BAN = "🌊 বানপানীৰ সতৰ্কবাণী: সহায়ৰ বাবে ASDMA-ৰ হেল্পলাইন 1079 ত ফোন কৰক।"
_EPAPER = "📰 প্ৰতিদিনে ৰাতিপুৱা ৬ বজাৰ পৰা আমাৰ ই-কাকত পঢ়ক।"


def _as_nirbachon() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 আপোনাৰ অঞ্চলৰ খবৰ আমালৈ পঠিয়াওক: khobor@luitporiabatori.com")]
    return _timeline(base, [
        (dt.date(2016, 3, 20), dt.date(2016, 4, 12),
         "🗳️ বিধানসভা নিৰ্বাচন: ৪ আৰু ১১ এপ্ৰিলত ভোটগ্ৰহণ।"),
        (dt.date(2016, 5, 15), dt.date(2016, 5, 20),
         "📊 ১৯ মে’ত নিৰ্বাচনৰ ফলাফল: প্ৰতি মুহূৰ্তৰ খবৰৰ বাবে আমাৰ সৈতে থাকক।"),
        (dt.date(2019, 4, 1), dt.date(2019, 4, 24),
         "🗳️ লোকসভা নিৰ্বাচন: অসমত ১১, ১৮ আৰু ২৩ এপ্ৰিলত ভোটগ্ৰহণ।"),
        (dt.date(2019, 12, 11), dt.date(2019, 12, 18),
         "⚠️ গুৱাহাটীত কাৰ্ফিউ: ঘৰৰ পৰা নোলাব, গুজৱত বিশ্বাস নকৰিব।"),
        (dt.date(2020, 3, 24), dt.date(2020, 6, 1),
         "😷 লকডাউন: ঘৰতে থাকক। কোভিড হেল্পলাইন: 104"),
        (dt.date(2020, 6, 1), None, "😷 ঘৰৰ বাহিৰলৈ ওলালে মাস্ক পিন্ধক আৰু দূৰত্ব বজাই ৰাখক।"),
    ])


def luit_style() -> PublisherStyle:
    """An Assamese-language news site (Guwahati): a section kicker, a date with the weekday
    in Assamese numerals turned Western digits with the time (a wording per day), "own
    correspondent" with a place turned a named reporter, a petrol and tea auction strip,
    "বিজ্ঞাপন" and "লগতে পঢ়ক:" (up to twice) and photo inserts, a Facebook line (Twitter from
    2017) turned Magh and Bohag Bihu, the flood season from June to September beside an
    e-paper line, a news line turned Assam's 2016 and 2019 elections, the December 2019
    curfew, the 2020 lockdown and masks, a comment rule, a rare update note, a copyright
    line."""
    return PublisherStyle(
        domain="luitporiabatori.com", site="লুইতপৰীয়া বাতৰি", base_size=760,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("guwahati", "assam", "desh", "bishwa", "khel", "binodon", "arthaniti"),
        n_authors=6, url_path="/news/{section}/{n}",
        pools={
            "khanda": ("গুৱাহাটী", "অসম", "দেশ", "বিশ্ব", "খেল", "বিনোদন", "অৰ্থনীতি", "শিক্ষা"),
            "sthan": ("গুৱাহাটী", "যোৰহাট", "ডিব্ৰুগড়", "নগাঁও", "বৰপেটা", "তেজপুৰ"),
            "pratinidhi": ("প্ৰাঞ্জল শৰ্মা", "মৌচুমী বৰুৱা", "দীপজ্যোতি গগৈ", "নিৰ্মালী দাস",
                           "বিকাশ কলিতা", "অনামিকা হাজৰিকা"),
            "chobi": ("লুইতপৰীয়া বাতৰি", "ফাইল ফটো", "ছ’চিয়েল মিডিয়া", "পিটিআই", "সংগৃহীত"),
            "bajar": tuple(f"⛽ গুৱাহাটীত পেট্ৰ’লৰ দাম: ₹{p:.2f} প্ৰতি লিটাৰ" for p in PETROL)
            + tuple(f"🍃 গুৱাহাটী চাহ নিলাম: গড় দাম ₹{t} প্ৰতি কিলো" for t in TEA[:3]),
        },
        families=(
            _f("khanda", HEADER, 0.3, (_OLD, "{khanda}")),
            _f("tarikh", HEADER, 0.85, *_daily(_as_dated)),
            _f("sangbad", HEADER, 0.6, (_OLD, "নিজা সংবাদদাতা, {sthan}"),
               (AS_BYLINE.isoformat(), "প্ৰতিবেদক: {pratinidhi} | {sthan}")),
            _f("bajar", HEADER, 0.12, (_OLD, "{bajar}")),
            _f("bigyapon", MIDDLE, 0.45, (_OLD, "বিজ্ঞাপন"), count=2),
            _f("logote", MIDDLE, 0.4, (_OLD, "লগতে পঢ়ক: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "ফটো: {chobi}")),
            _f("bihu", FOOTER, 0.25, *_bihu()),
            _f("bonpani", FOOTER, 0.2, *_seasons(("06-01", _BAN), ("10-01", _EPAPER))),
            _f("nirbachon", FOOTER, 0.2, *_as_nirbachon()),
            _f("montobyo", FOOTER, 0.3,
               (_OLD, "মন্তব্য কৰোঁতে শালীনতা বজাই ৰাখক। অশালীন মন্তব্য আঁতৰোৱা হ’ব।")),
            _f("app", FOOTER, 0.2, (_OLD, "📲 আমাৰ এপটো Google Play ৰ পৰা ডাউনল’ড কৰক।")),
            _f("update", FOOTER, 0.04, (_OLD, "🔄 এই খবৰটো আপডেট কৰা হৈছে।")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} লুইতপৰীয়া বাতৰি। সৰ্বস্বত্ব সংৰক্ষিত।")),
        ),
    )


# --- an Igbo-language news site (Enugu) -----------------------------------------------------

IG_DAILY = dt.date(2017, 10, 1)  # the date slot became an Igbo date with its market day
IG_BYLINE = dt.date(2019, 2, 1)  # "Site n'aka" turned "Onye nta akụkọ:"
OGBETE = ("🛒 Ahịa Ogbete taa: akpa osikapa (50kg) ₦18,500",
          "🛒 Ahịa Ogbete taa: otu ji ₦1,200",
          "🛒 Ahịa Ogbete taa: galọn mmanụ nri (25L) ₦14,000",
          "🛒 Ahịa Ogbete taa: akpa garri ₦9,800",
          "🛒 Ahịa Ogbete taa: otu nkata tomato ₦6,500")


def market_day(day: dt.date) -> str:
    """The day of the four-day Igbo market week, as the site counts it."""
    return MARKET_DAYS[(day - MARKET_ANCHOR).days % 4]


def _ig_dated(day: dt.date) -> str:
    return (f"{IGBO_WEEKDAYS[day.weekday()]}, {day.day} {IGBO_MONTHS[day.month - 1]} "
            f"{day.year} · Ụbọchị {market_day(day)}")


def _ig_emume() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Soro anyị na Facebook na Twitter maka akụkọ ọhụrụ.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Ekeresimesi ọma na afọ ọhụrụ ọma!"))
        if y == 2014:
            continue
        easter = _day(EASTER_WESTERN[y])
        text = ("✝️ Ekele Ista! Kraịst ebiliela." if y != 2020 else
                "✝️ Ekele Ista! Mee emume n'ụlọ n'afọ a.")
        events.append((easter - dt.timedelta(days=2), easter + dt.timedelta(days=2), text))
    return _timeline(base, events)


def _ig_ntuli() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 Nwere akụkọ? Zitere anyị na WhatsApp: 0803 555 0143")]
    return _timeline(base, [
        (dt.date(2015, 1, 26), dt.date(2015, 2, 8),
         "🗳️ Ntuli aka onye isi ala na ndị omebe iwu: Satọdee, 14 Febụwarị."),
        (dt.date(2015, 2, 8), dt.date(2015, 3, 29),
         "🗳️ INEC ebughala ntuli aka onye isi ala gaa 28 Maachị."),
        (dt.date(2015, 3, 29), dt.date(2015, 4, 12),
         "🗳️ Ntuli aka gọvanọ na ndị omebe iwu steeti: Satọdee, 11 Eprel."),
        (dt.date(2019, 2, 1), dt.date(2019, 2, 16),
         "🗳️ Ntuli aka onye isi ala: Satọdee, 16 Febụwarị."),
        (dt.date(2019, 2, 16), dt.date(2019, 2, 24),
         "🗳️ INEC ebughala ntuli aka onye isi ala gaa 23 Febụwarị."),
        (dt.date(2019, 2, 24), dt.date(2019, 3, 10),
         "🗳️ Ntuli aka gọvanọ: Satọdee, 9 Maachị."),
        (dt.date(2020, 4, 20), None,
         "😷 Yiri ihe mkpuchi ihu mgbe ị na-apụ, zere igwe mmadụ."),
    ])


def akuko_style() -> PublisherStyle:
    """An Igbo-language news site (Enugu): a section kicker, a date slot turned an Igbo date
    with the weekday and the day of the market week (a wording per day), "Site n'aka"
    turned "Onye nta akụkọ:", market prices at Ogbete, "Mgbasa ozi" and "GỤỌKWA:" (up to
    twice) and photo inserts, a follow line turned Easter and Christmas and New Year, a
    WhatsApp tip line turned the 2015 and 2019 elections (both postponed) and masks, a
    comment disclaimer, an app line, a rare correction, a copyright line."""
    return PublisherStyle(
        domain="akukoututu.com.ng", site="Akụkọ Ụtụtụ", base_size=660,
        subdomains=(("", 100),),
        sections=("akuko", "ochichi", "egwuregwu", "azumahia", "omenala", "ahuike"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "nkebi": ("Akụkọ", "Ndọrọndọrọ ọchịchị", "Egwuregwu", "Azụmahịa", "Omenala",
                      "Ahụike", "Mba ụwa", "Enugu"),
            "odee": ("Chinedu Okafor", "Ngozi Eze", "Obinna Nwankwo", "Adaeze Okonkwo",
                     "Ikenna Ugwu", "Chiamaka Nnamdi"),
            "foto": ("Akụkọ Ụtụtụ", "Faịlụ", "Facebook", "NAN", "Ụlọ ọrụ gọọmentị Enugu"),
            "ahia": OGBETE,
        },
        families=(
            _f("asusu", HEADER, 0.2, (_OLD, "Igbo · English")),
            _f("nkebi", HEADER, 0.3, (_OLD, "{nkebi}")),
            _f("ubochi", HEADER, 0.85, (_OLD, "{date_dmy} | {time}"),
               *_daily(_ig_dated, IG_DAILY)),
            _f("odee", HEADER, 0.6, (_OLD, "Site n'aka {odee}"),
               (IG_BYLINE.isoformat(), "Onye nta akụkọ: {odee}")),
            _f("ahia", HEADER, 0.12, (_OLD, "{ahia}")),
            _f("mgbasa", MIDDLE, 0.45, (_OLD, "Mgbasa ozi"), count=2),
            _f("guo", MIDDLE, 0.4, (_OLD, "GỤỌKWA: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("emume", FOOTER, 0.25, *_ig_emume()),
            _f("ntuli", FOOTER, 0.2, *_ig_ntuli()),
            _f("echiche", FOOTER, 0.3,
               (_OLD, "Echiche ndị na-agụ akụkọ abụghị echiche anyị. Anyị ga-ehichapụ okwu "
                "mkparị.")),
            _f("ngwa", FOOTER, 0.2, (_OLD, "📲 Budata ngwa anyị na Google Play na App Store.")),
            _f("ndozi", FOOTER, 0.04,
               (_OLD, "✏️ Ndozi: anyị emezila njehie dị n'akụkọ a.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Akụkọ Ụtụtụ. Ikike niile echekwara.")),
        ),
    )


# --- a Bosnian-language city news site (Mostar) ---------------------------------------------

BA_DAILY = dt.date(2018, 9, 1)  # the dotted date slot became a weekday and month name
BA_BYLINE = dt.date(2019, 9, 1)  # "Piše:" turned "Autor:"
BA_VIBER = dt.date(2019, 1, 1)  # the follow line gained Viber
USD_KM = (1.76, 1.77, 1.73, 1.66, 1.75, 1.71)
VRIJEME = (("☀️", 36, "sunčano"), ("🌧", 12, "kiša i jugo"), ("🌥", 21, "oblačno"),
           ("❄️", 3, "bura"), ("☀️", 28, "sunčano"))


def _ba_dated(day: dt.date) -> str:
    return (f"{BOSNIAN_WEEKDAYS[day.weekday()]}, {day.day}. {BOSNIAN_MONTHS[day.month - 1]} "
            f"{day.year}. | {{time}}")


def bridge_jumps(y: int) -> dt.date:
    """The traditional Old Bridge diving: the last Sunday of July."""
    return last_weekday(y, 7, 6)


def jumps_number(y: int) -> int:
    """Which traditional diving from the Old Bridge (finished 1566) falls in `y`."""
    return y - 1566


def _ba_praznici() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Pratite nas na Facebooku i Instagramu."),
            (BA_VIBER.isoformat(), "Pratite nas na Facebooku, Instagramu i Viberu.")]
    events: list[Event] = []
    for y in YEARS:
        bajram = _day(BAJRAM[y])
        events.append((bajram - dt.timedelta(days=1), bajram + dt.timedelta(days=3),
                       "🌙 Ramazanski bajram šerif mubarek olsun!"))
        jumps = bridge_jumps(y)
        text = (f"🌉 {jumps_number(y)}. tradicionalni skokovi sa Starog mosta — nedjelja, "
                f"{jumps.day}. juli.")
        if y == 2020:
            text += " Uz mjere zaštite i bez okupljanja na obalama."
        events.append((jumps - dt.timedelta(days=5), jumps + dt.timedelta(days=1), text))
        kurban = _day(KURBAN[y])
        events.append((kurban - dt.timedelta(days=1), kurban + dt.timedelta(days=4),
                       "🐑 Kurban-bajram šerif mubarek olsun!"))
        events.append((dt.date(y, 12, 24), dt.date(y, 12, 27),
                       "🎄 Sretan Božić svima koji ga slave!"))
    return _timeline(base, events)


_MASKE = "😷 Obavezno nošenje maski u zatvorenom prostoru i javnom prevozu."


def _ba_izbori() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Imate vijest? Javite se na Viber ili WhatsApp: 063 555 143")]
    return _timeline(base, [
        (dt.date(2016, 9, 19), dt.date(2016, 10, 3),
         "🗳️ Lokalni izbori 2. oktobra — u Mostaru ni ove godine nema izbora."),
        (dt.date(2018, 9, 20), dt.date(2018, 10, 8),
         "🗳️ Opći izbori u BiH — nedjelja, 7. oktobar. Provjerite biračko mjesto na stranici "
         "CIK-a."),
        (dt.date(2020, 3, 22), dt.date(2020, 5, 25),
         "😷 Zabrana kretanja od 20 do 5 sati. Ostanite kod kuće."),
        (dt.date(2020, 5, 25), dt.date(2020, 11, 30), _MASKE),
        (dt.date(2020, 11, 30), dt.date(2020, 12, 21),
         "🗳️ Lokalni izbori u Mostaru, prvi od 2008. godine — nedjelja, 20. decembar."),
        (dt.date(2020, 12, 21), None, _MASKE),
    ])


def neretva_style() -> PublisherStyle:
    """A Bosnian-language city news site (Mostar): a rubric kicker, a breadcrumb with the
    article's own title, a marka strip, a dotted date slot turned a weekday and month name
    (a wording per day), "Piše:" turned "Autor:", "Oglas" and "Pročitajte još:" (up to
    twice) and photo inserts, Mostar weather, a follow line (gaining Viber in 2019) turned
    both Bajrams, the Old Bridge diving with its number and Christmas, a tip line turned the
    2016 local elections without Mostar, the 2018 general election, the 2020 curfew and
    masks and Mostar's December 2020 election, a comment rule, a reuse rule, a rare fire
    warning, a copyright line."""
    return PublisherStyle(
        domain="neretvanskiglas.ba", site="Neretvanski glas", base_size=580,
        subdomains=(("www.", 100),),
        sections=("mostar", "bih", "region", "svijet", "hronika", "sport", "kultura"),
        n_authors=6, url_path="/{section}/{slug}/{n}",
        pools={
            "rubrika": ("Mostar", "BiH", "Region", "Svijet", "Crna hronika", "Sport", "Kultura",
                        "Ekonomija"),
            "kurs": tuple(f"💶 1 EUR = 1,95583 KM · 1 USD = {_comma(u)} KM" for u in USD_KM),
            "autor": ("Amra Hadžić", "Emir Čolić", "Lejla Begović", "Dario Marić",
                      "Selma Ćorić", "Adnan Đulić"),
            "foto": ("Neretvanski glas", "Arhiv", "Grad Mostar", "MUP HNK", "Facebook",
                     "čitatelj"),
            "vrijeme": tuple(f"{mark} Mostar danas: do {t} °C, {sky}" for mark, t, sky in VRIJEME),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("putanja", HEADER, 0.25, (_OLD, "Naslovna › {rubrika} › {title}")),
            _f("kurs", HEADER, 0.12, (_OLD, "{kurs}")),
            _f("objavljeno", HEADER, 0.85, (_OLD, "Objavljeno: {date_de}. u {time}"),
               *_daily(_ba_dated, BA_DAILY)),
            _f("autor", HEADER, 0.6, (_OLD, "Piše: {autor}"),
               (BA_BYLINE.isoformat(), "Autor: {autor}")),
            _f("oglas", MIDDLE, 0.45, (_OLD, "Oglas"), count=2),
            _f("procitajte", MIDDLE, 0.4, (_OLD, "Pročitajte još: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("vrijeme", FOOTER, 0.15, (_OLD, "{vrijeme}")),
            _f("praznici", FOOTER, 0.25, *_ba_praznici()),
            _f("izbori", FOOTER, 0.2, *_ba_izbori()),
            _f("komentari", FOOTER, 0.3,
               (_OLD, "Komentari odražavaju stavove njihovih autora, a ne nužno redakcije. "
                "Govor mržnje bit će uklonjen.")),
            _f("preuzimanje", FOOTER, 0.35,
               (_OLD, "Zabranjeno je preuzimanje sadržaja bez navođenja izvora i linka na "
                "Neretvanski glas.")),
            _f("pozar", FOOTER, 0.04,
               (_OLD, "🔥 Velika opasnost od požara: zabranjeno je loženje vatre na otvorenom.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2015–{year} Neretvanski glas. Sva prava zadržana.")),
        ),
    )


# --- a Malay-language regional news site (Kota Kinabalu) ------------------------------------

MS_REDESIGN = dt.date(2017, 7, 1)  # month-first dates turned a Malay weekday and 24-hour time
MS_BYLINE = dt.date(2019, 1, 1)  # "Oleh" turned "Laporan:" with a place
MS_TELEGRAM = dt.date(2018, 1, 1)  # the follow line gained Instagram and Telegram
MYR = (3.91, 4.14, 4.30, 4.04, 4.14, 4.20)
CUACA = (("⛅", "berawan", 24), ("🌧️", "hujan lebat", 23), ("☀️", "cerah", 25),
         ("⛈️", "ribut petir", 24), ("🌦️", "hujan di sebelah petang", 24))


def _ms_dated(day: dt.date) -> str:
    month = MALAY_MONTHS[day.month - 1]
    if day < MS_REDESIGN:
        return f"{month} {day.day}, {day.year} @ {{time12}}"
    return f"{MALAY_WEEKDAYS[day.weekday()]}, {day.day} {month} {day.year} | {{time}}"


def _ms_perayaan() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ikuti kami di Facebook dan Twitter."),
            (MS_TELEGRAM.isoformat(), "Ikuti kami di Facebook, Instagram dan Telegram.")]
    events: list[Event] = []
    for y in YEARS:
        text = ("🌾 Kotobian Tadau Tagazo do Kaamatan! Selamat Pesta Kaamatan." if y != 2020
                else "🌾 Kotobian Tadau Tagazo do Kaamatan! Sambut di rumah tahun ini.")
        raya = _day(RAYA[y])
        # from 25 May, or from the end of the Raya greeting when Raya falls just before
        start = dt.date(y, 5, 25)
        if raya <= start < raya + dt.timedelta(days=3):
            start = raya + dt.timedelta(days=3)
        events.append((start, dt.date(y, 6, 1), text))
        text = ("🌙 Selamat Hari Raya Aidilfitri, maaf zahir dan batin!" if y != 2020 else
                "🌙 Selamat Hari Raya Aidilfitri! Beraya di rumah dan patuhi SOP.")
        events.append((raya - dt.timedelta(days=1), raya + dt.timedelta(days=3), text))
    return _timeline(base, events)


def _ms_pru() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Ada berita? WhatsApp kami di 012-555 0143.")]
    return _timeline(base, [
        (dt.date(2018, 4, 28), dt.date(2018, 5, 10),
         "🗳️ PRU14: hari mengundi Rabu, 9 Mei. Semak pusat mengundi anda di laman SPR."),
        (dt.date(2020, 3, 18), dt.date(2020, 5, 4),
         "😷 Perintah Kawalan Pergerakan (PKP): duduk di rumah."),
        (dt.date(2020, 5, 4), dt.date(2020, 6, 10),
         "😷 PKP Bersyarat: patuhi SOP dan jaga jarak sosial."),
        (dt.date(2020, 6, 10), dt.date(2020, 9, 12),
         "😷 PKP Pemulihan: pakai pelitup muka di tempat awam."),
        (dt.date(2020, 9, 12), dt.date(2020, 9, 27),
         "🗳️ PRN Sabah: hari mengundi Sabtu, 26 September."),
        (dt.date(2020, 10, 13), None,
         "😷 PKP Bersyarat di Sabah: elakkan rentas daerah dan pakai pelitup muka."),
    ])


def kinabalu_style() -> PublisherStyle:
    """A Malay-language regional news site (Kota Kinabalu): a section kicker, a month-first
    date with a 12-hour time turned a Malay weekday with the 24-hour time (a wording per
    day), "Oleh" turned "Laporan:" with a place, a ringgit rate, "IKLAN" and "BACA:" (up to
    twice) and photo inserts, a follow line (gaining Instagram and Telegram in 2018) turned
    Kaamatan and Hari Raya Aidilfitri, a WhatsApp line turned the 2018 general election,
    the 2020 movement control orders and Sabah's state election, a comment disclaimer, an
    app line, a rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="suarakinabalu.my", site="Suara Kinabalu", base_size=500,
        subdomains=(("www.", 100),),
        sections=("sabah", "nasional", "dunia", "sukan", "hiburan", "bisnes"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{n}/{slug}",
        pools={
            "seksyen": ("Sabah", "Nasional", "Dunia", "Sukan", "Hiburan", "Bisnes", "Jenayah",
                        "Pendidikan"),
            "wartawan": ("Noraini Abdullah", "Jeffrey Gimbang", "Siti Aminah Jalil",
                         "Mohd Faizal Hassan", "Juliana Majanil", "Azwan Rahman"),
            "tempat": ("Kota Kinabalu", "Sandakan", "Tawau", "Keningau", "Lahad Datu", "Kudat"),
            "gambar": ("Suara Kinabalu", "Bernama", "Gambar fail", "Facebook", "JPAM Sabah"),
            "ringgit": tuple(f"💱 Kadar tukaran: USD1 = RM{r:.2f}" for r in MYR),
            "cuaca": tuple(f"{mark} Cuaca Kota Kinabalu: {sky}, {low}–{low + 7} °C"
                           for mark, sky, low in CUACA),
        },
        families=(
            _f("seksyen", HEADER, 0.3, (_OLD, "{seksyen}")),
            _f("tarikh", HEADER, 0.85, *_daily(_ms_dated)),
            _f("oleh", HEADER, 0.6, (_OLD, "Oleh {wartawan}"),
               (MS_BYLINE.isoformat(), "Laporan: {wartawan}, {tempat}")),
            _f("ringgit", HEADER, 0.12, (_OLD, "{ringgit}")),
            _f("iklan", MIDDLE, 0.45, (_OLD, "IKLAN"), count=2),
            _f("baca", MIDDLE, 0.4, (_OLD, "BACA: {other_title}"), count=2),
            _f("gambar", MIDDLE, 0.3, (_OLD, "Gambar: {gambar}")),
            _f("cuaca", FOOTER, 0.15, (_OLD, "{cuaca}")),
            _f("perayaan", FOOTER, 0.25, *_ms_perayaan()),
            _f("pru", FOOTER, 0.2, *_ms_pru()),
            _f("komen", FOOTER, 0.3,
               (_OLD, "Komen yang disiarkan adalah pandangan pembaca dan tidak mewakili pendirian "
                "kami.")),
            _f("aplikasi", FOOTER, 0.2,
               (_OLD, "📲 Muat turun aplikasi kami di Google Play dan App Store.")),
            _f("banjir", FOOTER, 0.04,
               (_OLD, "🌊 Amaran banjir: penduduk di kawasan rendah diminta berpindah ke PPS "
                "berhampiran.")),
            _f("hakcipta", FOOTER, 0.6, (_OLD, "Hak Cipta Terpelihara © {year} Suara Kinabalu")),
        ),
    )


# --- a lawn tennis club's news (Surrey) -----------------------------------------------------

def wimbledon(y: int) -> dt.date:
    """Wimbledon's first Monday: five weeks before the first Monday of August."""
    return nth_weekday(y, 8, 0, 1) - dt.timedelta(weeks=5)


def finals_day(y: int) -> dt.date:
    """The club championship finals: the second Sunday of September."""
    return nth_weekday(y, 9, 6, 2)


LEAGUE = (("Surrey League Div 3", "Men’s 1st team", "Cobham", 8, 4),
          ("Surrey League Div 5", "Ladies’ 1st team", "Leatherhead", 7, 5),
          ("Mixed Winter League", "Mixed A", "Reigate Priory", 6, 6),
          ("Surrey League Div 7", "Men’s 2nd team", "Epsom", 9, 3),
          ("Junior League U14", "Boys’ A", "Horley", 5, 3))

_COURTS = ("Courts are open 7am until dusk, with floodlights until 10pm: book through the "
           "club app.")


def _courts() -> tuple[tuple[str, str], ...]:
    return ((_OLD, _COURTS),
            ("2020-03-23", "The club is closed until further notice, in line with the "
             "government’s guidance."),
            ("2020-05-13", "Courts reopen for singles and household doubles: book online, "
             "bring your own balls and leave the clubhouse closed."),
            ("2020-11-05", "Courts are closed again during the national lockdown."),
            ("2020-12-02", "Courts are open again: doubles is back, and the clubhouse stays "
             "closed."))


def _tennis_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New members are always welcome: try a free social session on a Saturday "
                   "morning.")]
    events: list[Event] = []
    for y in YEARS:
        start = wimbledon(y)
        if y == 2020:
            events.append((start - dt.timedelta(days=7), start + dt.timedelta(days=14),
                           "🍓 No Wimbledon this year, so no strawberries in the clubhouse: "
                           "see you in 2021!"))
        else:
            events.append((start - dt.timedelta(days=7), start + dt.timedelta(days=14),
                           f"🍓 Wimbledon starts Monday {start.day} {start:%B}: finals weekend "
                           "on the clubhouse TV, with strawberries and Pimm’s."))
        finals = finals_day(y)
        events.append((finals - dt.timedelta(days=14), finals + dt.timedelta(days=1),
                       f"🏆 Club Championship finals: Sunday {finals.day} September from 10am. "
                       "Come and cheer, and stay for the barbecue."))
    return _timeline(base, events)


def ashcombe_style() -> PublisherStyle:
    """A lawn tennis club's news (Surrey): a kind kicker, a date with the writer turned the
    writer's club post with a weekday date, league results, court hours (closed, reopened
    for singles, closed and reopened in 2020), a new-members line turned Wimbledon (five
    weeks before the first Monday of August; none in 2020) and the club finals (the second
    Sunday of September), subscriptions raised in 2018, a shoes rule, a social tennis line,
    a gate code line, an address block, a rare waterlogged courts line."""
    return PublisherStyle(
        domain="ashcombeltc.co.uk", site="Ashcombe Lawn Tennis Club", base_size=440,
        subdomains=(("www.", 100),),
        sections=("news", "juniors", "leagues", "coaching", "social"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "beat": ("Club Captain", "Junior Organiser", "Social Secretary", "Head Coach"),
            "kind": ("Club News", "Juniors", "League Results", "Coaching", "Social", "Courts"),
            "result": tuple(f"🎾 {league}: {team} {won}–{lost} {opp}"
                            for league, team, opp, won, lost in LEAGUE),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} | {author}"),
               ("2018-04-01", "From the {author_beat} · {weekday} {date_dmy}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("courts", FOOTER, 0.3, *_courts()),
            _f("events", FOOTER, 0.25, *_tennis_events()),
            _f("subs", FOOTER, 0.2,
               (_OLD, "Adult membership is £195 a year and juniors £60: subscriptions are due "
                "on 1 April."),
               ("2018-04-01", "Adult membership is £210 a year and juniors £65: subscriptions "
                "are due on 1 April.")),
            _f("shoes", FOOTER, 0.25,
               (_OLD, "Tennis shoes only on the courts, please: running shoes damage the "
                "artificial grass.")),
            _f("social", FOOTER, 0.25,
               (_OLD, "Social tennis every Friday from 7pm: all standards welcome, no need to "
                "book.")),
            _f("coaching", FOOTER, 0.2,
               (_OLD, "Lessons with our LTA-accredited head coach can be booked through the club "
                "app.")),
            _f("gate", FOOTER, 0.2,
               (_OLD, "Please lock the gate behind you: the code changes on the first of each "
                "month.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Find the club")),
            _f("find", FOOTER, 0.38,
               (_OLD, "Ashcombe Road, Dorking, Surrey RH4 1NP · 01306 555143")),
            _f("wet", FOOTER, 0.04,
               (_OLD, "🌧️ Courts 1–3 are waterlogged today: please play on courts 4–6 only.")),
        ),
    )


# --- a men's shed's news (South Australia) --------------------------------------------------

def christmas_close(y: int) -> dt.date:
    """The shed's last day before Christmas: the third Saturday of December."""
    return nth_weekday(y, 12, 5, 3)


PROJECTS = ("🪚 On the bench: twenty possum boxes for the Onkaparinga Council",
            "🪚 On the bench: a new set of garden beds for Aldinga Primary School",
            "🪚 On the bench: restoring a 1950s Malvern Star for a member’s grandson",
            "🪚 On the bench: toy trucks for the Christmas appeal",
            "🪚 On the bench: a bench seat for the Sellicks Beach foreshore")

_SHED_HOURS = "The Shed is open Tuesday and Thursday 9am–1pm, and Saturday 9am–12pm."


def _shed_hours() -> tuple[tuple[str, str], ...]:
    return ((_OLD, _SHED_HOURS),
            ("2020-03-24", "The Shed is closed until further notice. Stay in touch with your "
             "mates by phone."),
            ("2020-06-02", "The Shed is open again: sign in with the QR code, and no more than "
             "twelve in the workshop at a time."))


def _shed_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New members welcome: drop in for a cuppa on any open day, no experience "
                   "needed.")]
    events: list[Event] = []
    for y in YEARS:
        anzac = dt.date(y, 4, 25)
        text = (f"🎖️ Lest we forget. The Shed is closed on Anzac Day, {anzac:%A} 25 April." if
                y != 2020 else
                "🎖️ Lest we forget. Light up the dawn: stand at the end of your driveway at 6am "
                "on Anzac Day.")
        events.append((dt.date(y, 4, 18), dt.date(y, 4, 26), text))
        close = christmas_close(y)
        events.append((dt.date(y, 12, 1), close + dt.timedelta(days=1),
                       f"🎄 Last day before the Christmas break is Saturday {close.day} "
                       "December: we reopen on the second Tuesday of January."))
    return _timeline(base, events)


def sellicks_style() -> PublisherStyle:
    """A men's shed's news (South Australia): a date from the secretary turned "Shed Talk"
    with a weekday date and the writer, projects on the bench, opening hours (closed and
    reopened with QR sign-in in 2020), a new-members line turned Anzac Day (driveways in
    2020) and the Christmas break (the third Saturday of December), membership raised in
    2019, a safety rule, a helpline line, a supporters line, an address block, a rare
    catastrophic fire danger line."""
    return PublisherStyle(
        domain="sellickscreekshed.org.au", site="Sellicks Creek Men’s Shed", base_size=390,
        subdomains=(("www.", 100),),
        sections=("news", "projects", "events", "members"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"project": PROJECTS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}, from the Shed Secretary, {author}"),
               ("2019-02-01", "Shed Talk · {weekday} {date_dmy} · {author}")),
            _f("project", MIDDLE, 0.25, (_OLD, "{project}")),
            _f("hours", FOOTER, 0.3, *_shed_hours()),
            _f("events", FOOTER, 0.25, *_shed_events()),
            _f("fees", FOOTER, 0.2,
               (_OLD, "Membership is $40 a year; a cuppa and a biscuit is a gold coin donation."),
               ("2019-07-01", "Membership is $50 a year; a cuppa and a biscuit is a gold coin "
                "donation.")),
            _f("safety", FOOTER, 0.25,
               (_OLD, "Safety first: enclosed shoes in the workshop, and nobody uses a machine "
                "until they’ve been inducted on it.")),
            _f("tools", FOOTER, 0.2,
               (_OLD, "Donated tools are gratefully received: drop them in on any open day.")),
            _f("mates", FOOTER, 0.2,
               (_OLD, "Doing it tough? Talk to a mate, or call Lifeline on 13 11 14, any time "
                "of day.")),
            _f("support", FOOTER, 0.2,
               (_OLD, "Proudly supported by the City of Onkaparinga and the Australian Men’s "
                "Shed Association.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Find the Shed")),
            _f("find", FOOTER, 0.38,
               (_OLD, "14 Old Coach Road, Sellicks Beach SA 5174 · 0412 555 143")),
            _f("fire", FOOTER, 0.04,
               (_OLD, "🔥 Catastrophic fire danger today: the Shed is closed, and no angle "
                "grinders anywhere.")),
        ),
    )


# --- an independent lifeboat station's news (Cornwall) ---------------------------------------

def lifeboat_day(y: int) -> dt.date:
    """Lifeboat Day: the first Saturday of August."""
    return nth_weekday(y, 8, 5, 1)


SHOUTS = ("📟 Pagers sounded at 14:32; the inshore lifeboat launched at 14:41 to a kayaker in "
          "difficulty",
          "📟 Pagers sounded at 02:15; the lifeboat launched at 02:27 to a fishing vessel with "
          "fouled propeller",
          "📟 Pagers sounded at 11:05; the lifeboat launched at 11:14 to two swimmers cut off by "
          "the tide",
          "📟 Pagers sounded at 19:48; the lifeboat launched at 19:58 to a yacht aground on the "
          "bar",
          "📟 Pagers sounded at 16:20; the lifeboat launched at 16:29 to a paddleboarder blown "
          "offshore")

_BEACH = ("☀️ Heading to the beach? Swim between the red and yellow flags, and in an "
          "emergency call 999 and ask for the Coastguard.")
_STORMS = ("🌊 Winter storms: stay back from the harbour wall, and if you see someone in "
           "trouble call 999 and ask for the Coastguard.")


def _lifeboat_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Every penny keeps us afloat: donate online, or drop into the shop on the "
                   "quay.")]
    events: list[Event] = []
    for y in YEARS:
        day = lifeboat_day(y)
        text = (f"🎉 Lifeboat Day is Saturday {day.day} August: harbour display at 2pm, raffle "
                "and cream teas." if y != 2020 else
                "🎉 There is no Lifeboat Day this year: please support us online instead.")
        events.append((dt.date(y, 7, 15), day + dt.timedelta(days=1), text))
        text = ("🎅 Boxing Day Dip: 11am on the harbour beach. Fancy dress encouraged!"
                if y != 2020 else
                "🎅 No Boxing Day Dip this year: do a dip at your own beach and sponsor us "
                "online.")
        events.append((dt.date(y, 12, 1), dt.date(y, 12, 27), text))
    return _timeline(base, events)


def stkerrow_style() -> PublisherStyle:
    """An independent lifeboat station's news (Cornwall): a kind kicker, a date with the
    press officer turned a weekday date and "posted by", pager and launch times, beach and
    storm seasons, a donations line turned Lifeboat Day (the first Saturday of August) and
    the Boxing Day dip (none in 2020), the shop's hours (closed in 2020), running costs
    raised in 2019, a crew line, a funding line, an address block, a rare red flag line."""
    return PublisherStyle(
        domain="stkerrowlifeboat.org.uk", site="St Kerrow Independent Lifeboat", base_size=340,
        subdomains=(("www.", 100),),
        sections=("news", "shouts", "fundraising", "crew"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("Shout", "Training", "Fundraising", "Station News", "Crew News"),
            "shout": SHOUTS,
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} · {author}, Lifeboat Press Officer"),
               ("2018-06-01", "{weekday} {date_dmy} | posted by {author}")),
            _f("pager", MIDDLE, 0.3, (_OLD, "{shout}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "📷 Photo: {author2}")),
            _f("beach", FOOTER, 0.25, *_seasons(("06-01", _BEACH), ("10-01", _STORMS))),
            _f("events", FOOTER, 0.25, *_lifeboat_events()),
            _f("shop", FOOTER, 0.2,
               (_OLD, "The lifeboat shop on the quay is open daily 10am–4pm from Easter to "
                "October."),
               ("2020-03-21", "The lifeboat shop is closed for now, but the crew are still on "
                "call 24/7."),
               ("2020-07-04", "The lifeboat shop is open again: one household at a time, "
                "please.")),
            _f("costs", FOOTER, 0.3,
               (_OLD, "It costs £48,000 a year to keep our lifeboat on service, and we receive "
                "no government funding."),
               ("2019-04-01", "It costs £52,000 a year to keep our lifeboat on service, and we "
                "receive no government funding.")),
            _f("crew", FOOTER, 0.2,
               (_OLD, "Fancy joining the crew or the shore team? Come down on a Wednesday "
                "training night at 7pm.")),
            _f("station-head", FOOTER, 0.4, (_OLD, "The station")),
            _f("station", FOOTER, 0.38,
               (_OLD, "The Lifeboat House, Harbour Road, St Kerrow, Cornwall · 01736 555143")),
            _f("flags", FOOTER, 0.04,
               (_OLD, "⚠️ Red flags are flying today: please don’t go in the water.")),
        ),
    )


# --- a model railway club's news (Ontario) --------------------------------------------------

def train_show(y: int) -> dt.date:
    """The train show and sale: the first Sunday of March."""
    return nth_weekday(y, 3, 6, 1)


def christmas_open_house(y: int) -> dt.date:
    """The Christmas open house: the Saturday of the second weekend of December."""
    return nth_weekday(y, 12, 5, 2)


LAYOUT = ("🚂 On the layout: the new yard at Elora Junction is wired and running",
          "🚂 On the layout: scenery is going in on the Belwood trestle",
          "🚂 On the layout: the CPR grain train runs every operating night",
          "🚂 On the layout: the new signals on the main line are working",
          "🚂 On the layout: the helix has been re-laid with code 83 track")

_OPEN = "Open house every Saturday 1–4pm: admission by donation, children under 12 free."


def _open_house() -> tuple[tuple[str, str], ...]:
    return ((_OLD, _OPEN),
            ("2020-03-14", "Our Saturday open houses are cancelled until further notice."),
            ("2020-09-12", "Members’ operating nights are back, by booking only; Saturday open "
             "houses stay cancelled for now."))


def _rail_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Meetings are the second Tuesday of the month at 7:30pm: visitors welcome.")]
    events: list[Event] = []
    for y in YEARS:
        show = train_show(y)
        events.append((dt.date(y, 2, 1), show + dt.timedelta(days=1),
                       f"🚂 Train Show and Sale: Sunday {show.day} March, 10am–4pm. Adults $8, "
                       "kids free."))
        day = christmas_open_house(y)
        text = (f"🎄 Christmas Open House: Saturday {day.day} and Sunday {day.day + 1} December, "
                "11am–4pm. Bring a toy for the toy drive!")
        if y == 2020:
            text = ("🎄 No Christmas Open House this year: take the virtual tour of the layout "
                    "on our YouTube channel.")
        events.append((dt.date(y, 11, 20), day + dt.timedelta(days=2), text))
    return _timeline(base, events)


def speedriver_style() -> PublisherStyle:
    """A model railway club's news (Ontario): a kind kicker, "Posted" with a long date turned
    an ISO date with the writer's post, layout news, Saturday open houses (cancelled in
    2020), a meetings line turned the train show (the first Sunday of March) and the
    Christmas open house (the second weekend of December; virtual in 2020), dues raised in
    2019, a DCC line, a hands-off rule, a clubhouse block, a rare track cleaning line."""
    return PublisherStyle(
        domain="speedrivermrc.ca", site="Speed River Model Railway Club", base_size=290,
        subdomains=(("www.", 100),),
        sections=("news", "layout", "shows", "meetings"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "beat": ("President", "Layout Superintendent", "Newsletter Editor"),
            "kind": ("Layout", "Open House", "Meetings", "Shows", "Clinics", "Members"),
            "layout": LAYOUT,
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_long} by {author}"),
               ("2018-11-01", "{date_iso} — {author}, {author_beat}")),
            _f("layout", MIDDLE, 0.25, (_OLD, "{layout}")),
            _f("open", FOOTER, 0.3, *_open_house()),
            _f("events", FOOTER, 0.25, *_rail_events()),
            _f("dues", FOOTER, 0.2,
               (_OLD, "Annual dues are $120, or $60 for students; pay the Treasurer at any "
                "meeting."),
               ("2019-09-01", "Annual dues are $135, or $65 for students; pay the Treasurer at "
                "any meeting.")),
            _f("dcc", FOOTER, 0.2,
               (_OLD, "The layout is HO scale and runs on DCC: bring your own locomotive for a "
                "test run on operating nights.")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "The Dispatcher, our monthly newsletter, is emailed to members on the "
                "first of the month.")),
            _f("hands", FOOTER, 0.25,
               (_OLD, "Please don’t touch the layout: ask a member, and we’ll be glad to show "
                "you how it works.")),
            _f("club-head", FOOTER, 0.4, (_OLD, "The clubhouse")),
            _f("club", FOOTER, 0.38,
               (_OLD, "Unit 4, 55 Speedvale Avenue East, Guelph, ON · (519) 555-0143")),
            _f("cleaning", FOOTER, 0.04,
               (_OLD, "🧽 The layout is closed this Saturday for track cleaning.")),
        ),
    )


# --- a pottery studio's blog (Portland, Oregon) ---------------------------------------------

TERMS = ((1, "Winter"), (4, "Spring"), (7, "Summer"), (10, "Fall"))
FIRINGS = ("🔥 Kiln log: bisque firing Tuesday, cone 6 glaze firing Friday",
           "🔥 Kiln log: two bisque firings this week, glaze firing Saturday",
           "🔥 Kiln log: cone 10 reduction firing Thursday; load by noon Wednesday",
           "🔥 Kiln log: raku night Friday from 6pm, weather permitting",
           "🔥 Kiln log: no glaze firing this week while the shelves are re-washed")


def term_start(y: int, month: int) -> dt.date:
    """A term's classes start: the first Monday of January, April, July or October."""
    return nth_weekday(y, month, 0, 1)


def _classes() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Wheel and handbuilding classes run in six-week terms: sign up early, they "
                   "fill fast.")]
    events: list[Event] = []
    for y in YEARS:
        for month, season in TERMS:
            start = term_start(y, month)
            text = (f"🏺 {season} classes start Monday {start:%B} {start.day}: six weeks of "
                    "wheel throwing for $280, clay and firings included.")
            if y == 2020 and month == 4:
                text = "🏺 Spring classes are cancelled: every registration will be refunded."
            elif y == 2020 and month == 7:
                text = ("🏺 Summer classes are cancelled; take-home handbuilding kits are in the "
                        "shop.")
            elif y == 2020 and month == 10:
                text = (f"🏺 Fall classes start Monday October {start.day} with six students a "
                        "class: masks on in the studio.")
            events.append((start - dt.timedelta(days=21), start + dt.timedelta(days=1), text))
    return _timeline(base, events)


def alderstreet_style() -> PublisherStyle:
    """A pottery studio's blog (Portland, Oregon): a short date with the writer turned the
    writer with a long date, a tag kicker, a kiln log, a classes line turned each term's
    start (the first Monday of January, April, July and October; cancelled and reduced in
    2020), studio hours (closed and by reservation in 2020), membership raised in 2018, a
    shelves rule, a clay line, a gift line, a three-line studio block, a rare kiln room
    closure."""
    return PublisherStyle(
        domain="alderstreetclay.com", site="Alder Street Clayworks", base_size=250,
        subdomains=(("www.", 100),),
        sections=("blog", "classes", "studio", "members"),
        n_authors=3, url_path="/blog/{slug}",
        pools={
            "tag": ("Classes", "Studio News", "Glaze Lab", "Member Spotlight", "Workshops",
                    "Kiln Log"),
            "firing": FIRINGS,
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_short} · {author}"),
               ("2019-06-01", "{author} · From the studio · {date_long}")),
            _f("tag", HEADER, 0.3, (_OLD, "{tag}")),
            _f("firing", MIDDLE, 0.25, (_OLD, "{firing}")),
            _f("classes", FOOTER, 0.3, *_classes()),
            _f("studio", FOOTER, 0.25,
               (_OLD, "Members’ open studio: weekdays 10am–9pm, weekends 10am–6pm."),
               ("2020-03-17", "The studio is closed until Oregon’s stay-at-home order is "
                "lifted."),
               ("2020-06-19", "Members’ studio time is by reservation: four-hour slots, eight "
                "people at a time.")),
            _f("membership", FOOTER, 0.2,
               (_OLD, "Studio membership is $150 a month, with a shelf, glazes and firings "
                "included."),
               ("2018-09-01", "Studio membership is $165 a month, with a shelf, glazes and "
                "firings included.")),
            _f("shelves", FOOTER, 0.25,
               (_OLD, "Please stamp every piece, and clear your shelf within two weeks of the "
                "glaze firing.")),
            _f("clay", FOOTER, 0.2,
               (_OLD, "Members buy clay at the front desk: $28 for a 25 lb bag of our house "
                "stoneware.")),
            _f("gift", FOOTER, 0.2,
               (_OLD, "🎁 Gift certificates for classes and date-night workshops are available "
                "online.")),
            _f("visit-head", FOOTER, 0.4, (_OLD, "Visit the studio")),
            _f("visit", FOOTER, 0.38, (_OLD, "1818 SE Alder St, Portland, OR 97214 · (503) "
                                             "555-0143")),
            _f("desk", FOOTER, 0.36, (_OLD, "Front desk open Tuesday to Saturday, 11am–6pm.")),
            _f("kiln", FOOTER, 0.04,
               (_OLD, "🚧 The kiln room is closed this week while we replace the elements.")),
        ),
    )


# --- a free weekly 5k run's reports (County Cork) -------------------------------------------

RUN_START = dt.date(2014, 5, 3)  # event #1, a Saturday
LAST_RUN = dt.date(2020, 3, 7)  # the last event before the pause
RESULTS = ("⏱️ First finishers: Seán Murphy 16:42 and Aoife Walsh 18:55",
           "⏱️ First finishers: Ciarán O’Brien 17:05 and Niamh Kelly 19:12",
           "⏱️ First finishers: Dónal Ryan 16:58 and Siobhán Byrne 18:31",
           "⏱️ First finishers: Pádraig Collins 17:21 and Róisín Daly 19:40",
           "⏱️ First finishers: Eoin McCarthy 16:37 and Clodagh Burke 18:48")


MILESTONES = ("🎉 Milestones: Mary Hegarty ran her 50th, and Tadhg Lynch his 100th",
              "🎉 Milestones: Liam Fitzgerald ran his 250th, and Orla Nolan her 50th",
              "🎉 Milestones: Gráinne Kenny volunteered for the 25th time",
              "🎉 Milestones: Conor Healy ran his 100th, and Úna Foley her 100th",
              "🎉 Milestones: Barry Cronin ran his 50th, with his dog Bran")


def event_number(day: dt.date) -> int:
    """The number of the run held on Saturday `day`: one a week from `RUN_START`."""
    return (day - RUN_START).days // 7 + 1


def _run_reports() -> tuple[tuple[str, str], ...]:
    def text(day: dt.date) -> str:
        return f"Run report · Event #{event_number(day)} · Saturday {day.day} {day:%B} {day.year}"

    saturday = FIRST_DAY - dt.timedelta(days=(FIRST_DAY.weekday() - 5) % 7)
    out = [(_OLD, text(saturday))]
    saturday += dt.timedelta(weeks=1)
    while saturday <= LAST_RUN:
        out.append((saturday.isoformat(), text(saturday)))
        saturday += dt.timedelta(weeks=1)
    out.append(("2020-03-14", "News · {date_dmy} · {author}"))
    return tuple(out)


def _run_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Volunteers make it happen: email the run director to join the roster.")]
    events: list[Event] = [
        (dt.date(y, 12, 10), dt.date(y + 1, 1, 2),
         "🎄 Extra runs on Christmas Day at 9:30am and New Year’s Day at 10:30am!")
        for y in range(2014, 2020)]
    return _timeline(base, events)


def leefields_style() -> PublisherStyle:
    """A free weekly 5k run's reports (County Cork): a run report numbered by the week's
    Saturday (one event a week, paused from March 2020, then a news line with a date slot),
    the run director, first finishers, a start line turned the pause, a volunteers line
    turned the Christmas Day and New Year's Day runs, a dogs rule, a café line, a course
    block, a rare course change."""
    return PublisherStyle(
        domain="leefieldsfree5k.ie", site="Lee Fields Free 5K", base_size=210,
        subdomains=(("www.", 100),),
        sections=("news", "results", "volunteers"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"result": RESULTS, "milestone": MILESTONES},
        families=(
            _f("report", HEADER, 0.8, *_run_reports()),
            _f("rd", HEADER, 0.5, (_OLD, "Run director: {author}"),
               ("2018-01-06", "This week’s run director: {author}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("milestone", MIDDLE, 0.2, (_OLD, "{milestone}")),
            _f("start", FOOTER, 0.3,
               (_OLD, "Every Saturday at 9:30am: free, for everyone, forever. Register once and "
                "always bring your barcode."),
               ("2020-03-13", "All our events are paused until further notice. Stay safe, and "
                "keep running!")),
            _f("events", FOOTER, 0.25, *_run_events()),
            _f("dogs", FOOTER, 0.25,
               (_OLD, "Dogs are welcome on a short, hand-held lead: one dog per runner, and "
                "please start near the back.")),
            _f("cafe", FOOTER, 0.3,
               (_OLD, "☕ Join us for a coffee in the Boathouse Café after the run!")),
            _f("course-head", FOOTER, 0.4, (_OLD, "The course")),
            _f("course", FOOTER, 0.38,
               (_OLD, "Two laps of the riverside path from the boathouse, finishing by the "
                "café; parking on the Carrigrohane Road.")),
            _f("change", FOOTER, 0.04,
               (_OLD, "⚠️ Course change this week: the riverside path is flooded, so we’re "
                "running three laps of the top field.")),
        ),
    )


# --- a repair café's news (Bristol) ---------------------------------------------------------

def repair_cafe(y: int, m: int) -> dt.date:
    """The repair café: the last Saturday of the month."""
    return last_weekday(y, m, 5)


FIXED = ("🔧 Fixed this month: 23 of 31 items, including a 1970s radio and a child’s scooter",
         "🔧 Fixed this month: 18 of 27 items, including two lamps and a favourite coat",
         "🔧 Fixed this month: 29 of 35 items, including a sewing machine and a toaster",
         "🔧 Fixed this month: 21 of 33 items, including a laptop hinge and a teddy bear",
         "🔧 Fixed this month: 26 of 30 items, including three bikes and a hairdryer")


def _cafe_text(day: dt.date, extra: str = "") -> str:
    return f"🛠️ Next Repair Café: Saturday {day.day} {day:%B}, 10am–1pm{extra}"


def _next_cafe() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _cafe_text(repair_cafe(2015, 1)))]
    for y in YEARS:
        for m in range(1, 13):
            if y == 2020 and m >= 2:
                continue
            after = repair_cafe(y, m) + dt.timedelta(days=1)
            out.append((after.isoformat(), _cafe_text(repair_cafe(y + m // 12, m % 12 + 1))))
    outdoors = ", outdoors in the churchyard: masks on, please."
    out += [("2020-03-01", _cafe_text(repair_cafe(2020, 3))),
            ("2020-03-14", "🛠️ Repair Cafés are paused: our fixers are sharing repair tips "
             "online instead."),
            ("2020-08-30", _cafe_text(repair_cafe(2020, 9), outdoors)),
            (f"2020-09-{repair_cafe(2020, 9).day + 1}", _cafe_text(repair_cafe(2020, 10),
                                                                   outdoors)),
            ("2020-11-01", "🛠️ No Repair Café in November or December: see you in the new "
             "year.")]
    return tuple(out)


def easton_style() -> PublisherStyle:
    """A repair café's news (Bristol): a weekday date with the writer turned "Café report"
    with a short date, this month's fixes, the next café (the last Saturday of each month;
    paused in 2020, then outdoors, then paused again), a free repairs line, a liability
    line, the items taken (laptops and phones from 2018), a fixers line, a hall block, a
    rare no-cake line."""
    return PublisherStyle(
        domain="eastonrepaircafe.org.uk", site="Easton Repair Café", base_size=170,
        subdomains=(("", 100),),
        sections=("news", "reports", "fixers"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"fixed": FIXED},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{weekday} {date_dmy}, by {author}"),
               ("2019-03-01", "Café report · {date_short} · {author}")),
            _f("fixed", MIDDLE, 0.25, (_OLD, "{fixed}")),
            _f("next", FOOTER, 0.3, *_next_cafe()),
            _f("free", FOOTER, 0.25,
               (_OLD, "Repairs are free: donations towards tea, cake and spare parts are very "
                "welcome.")),
            _f("liability", FOOTER, 0.2,
               (_OLD, "We can’t guarantee a fix, and you stay with your item while it’s being "
                "repaired.")),
            _f("items", FOOTER, 0.2,
               (_OLD, "We can look at small electricals, bikes, clothes, toys and jewellery. "
                "Sorry, no microwaves or petrol engines."),
               ("2018-05-01", "We can look at small electricals, bikes, clothes, toys, "
                "jewellery, and now laptops and phones too. Sorry, no microwaves or petrol "
                "engines.")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "📧 Sign up to our newsletter to hear about the next café first.")),
            _f("fixers", FOOTER, 0.2,
               (_OLD, "Handy with a screwdriver or a sewing machine? We’re always looking for "
                "new fixers.")),
            _f("hall-head", FOOTER, 0.4, (_OLD, "Where we meet")),
            _f("hall", FOOTER, 0.38,
               (_OLD, "St Mark’s Church Hall, St Mark’s Road, Easton, Bristol BS5 · "
                "hello@eastonrepaircafe.org.uk")),
            _f("cake", FOOTER, 0.04,
               (_OLD, "☕ No homemade cake this month, sorry: our baker is on holiday!")),
        ),
    )


def heldout27_styles() -> list[PublisherStyle]:
    """The held-back-27 styles, in the order the generator hands them to publishers."""
    return [
        pelister_style(), luit_style(), akuko_style(), neretva_style(), kinabalu_style(),
        ashcombe_style(), sellicks_style(), stkerrow_style(), speedriver_style(),
        alderstreet_style(), leefields_style(), easton_style(),
    ]
