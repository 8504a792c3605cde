"""The thirty-second held-back template set (``held-back-32``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-first
held-back set (`tests.bench.heldout_templates_31`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-one held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.90% boilerplate removed, 99.98% content kept (at
3287065; 96.21% with the code of that session's start, 94b418f), so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Tatar-language news site in
Cyrillic (Kazan), a Chichewa-language news site (Blantyre, Malawi), a bilingual Quechua and
Spanish regional radio station's news (Cusco), a Sesotho-language news site (Maseru,
Lesotho), a Tetum-language news site (Dili, Timor-Leste), a Tok Pisin news site (Lae, Papua
New Guinea), a Low German (Plattdüütsch) regional news site (East Frisia), a tribal nation's
newspaper in English with Cherokee syllabary lines (Oklahoma), a Darjeeling tea estate's
journal, a whale-watching operator's sighting log (Húsavík, Iceland), a sled dog race's news
(interior Alaska) and a county ploughing association's news (Ireland). None of these kinds
is in an earlier held-back set, nor these languages as a site's language; the Cherokee
syllabary is a new script.

Variation: article dates localised day by day (Tatar dates with the year first and the month
in its possessive form after a dotted date slot with the time; Chichewa weekdays and months
with a 12-hour time after an English one; Quechua weekdays and the Andean month names with
"killa" and "wata" after a Spanish dateline; Sesotho weekdays and months with "la" after an
English one; Tetum weekdays and months after an English one; Tok Pisin weekdays and months
after an English one; Low German weekdays after a German long date), Kazan's weather printed
day by day, kwacha exchange rates month by month, a petroleum fund's balance quarter by
quarter, English, US and AP-style dates on the other sites, bylines of many shapes (a
district, a town with a Quechua suffix, a municipality mid-line, a translator, a staff post,
a skipper, a photographer's credit), notices reworded in 2015-2020 (social lines gaining
Telegram, Yandex.Zen, WhatsApp, Instagram or TikTok and dropping a network; a donation
appeal moved to a payment app; subscriptions, fees, prices, shipping thresholds and
memberships raised; a tracker, a print edition and an obituary rule changed), election and
emergency lines (Tatarstan's 2015 and 2020 votes, Russia's 2016 and 2018 elections, the 2018
World Cup, WorldSkills 2019, the 2020 self-isolation and the constitutional vote; Malawi's
2015 floods, the 2019 election, its annulment and the 2020 rerun with the 2020 advice;
Peru's 2016, 2018 and 2020 votes and the 2020 emergency; Lesotho's 2015 and 2017 elections
and the 2020 lockdown; Timor-Leste's three votes of 2017-2018 and the 2020 emergency; Papua
New Guinea's 2017 election, APEC 2018, Bougainville's referendum and the 2020 emergency;
Lower Saxony's and Germany's 2016-2019 votes and three 2020 lockdown stages; tribal
elections, the 2020 closures and a court ruling; the 2017 hill strike in Darjeeling;
closures and suspensions in 2020), notices that follow a calendar (Tukay's birthday,
Sabantuy on the fourth Saturday of June, Republic Day with their counts, the New Year, both
Eids; Chilembwe Day, Martyrs' Day, Kamuzu Day, Independence Day with its count, Mother's Day
and Christmas; Taytacha Temblores on Holy Monday, Corpus Christi sixty days after Easter,
Inti Raymi, the national holiday with its count, Santurantikuy and the New Year, most of
them cancelled in 2020; Moshoeshoe's Day, Heroes' Day, the King's birthday and Independence
Day with their counts and Christmas; four national days of Timor-Leste with their counts and
Christmas; Remembrance Day, Independence Day with its count, the Morobe Show on the last
weekend of October and Christmas; Easter fires on Holy Saturday, the maypole, Reformation
Day (once in 2017, a holiday from 2018) and Christmas; the Cherokee National Holiday on
Labor Day weekend with its ordinal and the holidays; tea flushes with a strike and a
lockdown; the whale and puffin seasons; a sled dog race's year around the first Saturday of
February; the National Ploughing Championships and a county match on the second Sunday of
February), names at the start of lines, mid-line or after a label, the article's own title
(a breadcrumb and a share line) and other articles' titles (links in seven languages and an
English one), amounts (kwacha and rand rates, a fund in billions of dollars with a decimal
comma, temperatures with a minus sign, tea lots with Indian lakh grouping, whale counts,
sled teams' dogs, ploughing points, Icelandic krónur), syllabary words, tag lists, read
counts, reading times, phone numbers in several countries' formats, multi-line blocks,
mid-body inserts (some up to two times), bare lines (ad labels in seven languages, language
switches, block headings, greetings), Tatar letters (ә, ө, ү, җ, ң, һ), Quechua glottalised
consonants and ñ, Sesotho š and the apostrophe of 'M and 'me, Tetum accents and ñ with the
glottal apostrophe, Low German ü and ö, the Cherokee syllabary, Icelandic letters (á, é, ð,
ö), symbols and emoji where such sites use them, and families in only 3-6% of articles
beside ones in nearly all. Renamed variants of a style keep the lines that do not name the
site, so sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable

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
# Uraza and Korban bayram as Tatarstan kept them (public holidays there).
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}

TATAR_MONTHS = ("гыйнвар", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                "сентябрь", "октябрь", "ноябрь", "декабрь")
# The month with the third person's possessive, as in "2019 елның 21 июне".
TATAR_MONTHS_POSS = ("гыйнвары", "феврале", "марты", "апреле", "мае", "июне", "июле",
                     "августы", "сентябре", "октябре", "ноябре", "декабре")
TATAR_WEEKDAYS = ("дүшәмбе", "сишәмбе", "чәршәмбе", "пәнҗешәмбе", "җомга", "шимбә", "якшәмбе")
CHICHEWA_MONTHS = ("Januwale", "Febuluwale", "Malichi", "Epulo", "Meyi", "Juni", "Julayi",
                   "Ogasiti", "Seputembala", "Okutobala", "Novembala", "Disembala")
CHICHEWA_WEEKDAYS = ("Lolemba", "Lachiwiri", "Lachitatu", "Lachinayi", "Lachisanu", "Loweruka",
                     "Lamulungu")
# The Andean month names Cusco's Quechua press uses, January to December.
QUECHUA_MONTHS = ("Qulla puquy", "Hatun puquy", "Pawqar waray", "Ayriway", "Aymuray",
                  "Inti raymi", "Anta situwa", "Qhapaq situwa", "Quya raymi", "Uma raymi",
                  "Aya marq'ay", "Qhapaq raymi")
QUECHUA_WEEKDAYS = ("Killachaw", "Atichaw", "Quyllurchaw", "Illapachaw", "Ch'askachaw",
                    "K'uychichaw", "Intichaw")
SESOTHO_MONTHS = ("Pherekhong", "Hlakola", "Hlakubele", "Mmesa", "Motšeanong", "Phupjane",
                  "Phupu", "Phato", "Loetse", "Mphalane", "Pulungoana", "Tšitoe")
SESOTHO_WEEKDAYS = ("Mantaha", "Labobeli", "Laboraro", "Labone", "Labohlano", "Moqebelo",
                    "Sontaha")
TETUM_MONTHS = ("Janeiru", "Fevereiru", "Marsu", "Abríl", "Maiu", "Juñu", "Jullu", "Agostu",
                "Setembru", "Outubru", "Novembru", "Dezembru")
TETUM_WEEKDAYS = ("Segunda", "Tersa", "Kuarta", "Kinta", "Sesta", "Sábadu", "Domingu")
TOK_PISIN_MONTHS = ("Janueri", "Februeri", "Mas", "Epril", "Me", "Jun", "Julai", "Ogas",
                    "Septemba", "Oktoba", "Novemba", "Disemba")
TOK_PISIN_WEEKDAYS = ("Mande", "Tunde", "Trinde", "Fonde", "Fraide", "Sarere", "Sande")
LOW_GERMAN_WEEKDAYS = ("Maandag", "Dingsdag", "Middeweken", "Dunnersdag", "Freedag",
                       "Sünnavend", "Sünndag")
LOW_GERMAN_MONTHS = ("Januaar", "Februaar", "März", "April", "Mai", "Juni", "Juli", "August",
                     "September", "Oktober", "November", "Dezember")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")

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
    """`x` with a decimal comma, as several of these sites print amounts."""
    return f"{x:.{places}f}".replace(".", ",")


def _noise(key: str, spread: int) -> int:
    """A fixed pseudo-random integer from -`spread` to `spread` for `key`."""
    return zlib.crc32(key.encode()) % (2 * spread + 1) - spread


# --- a Tatar-language news site in Cyrillic (Kazan) ------------------------------------------

TT_DAILY = dt.date(2017, 8, 30)  # from Republic Day 2017, year-first Tatar dates
TT_BYLINE = dt.date(2018, 2, 1)  # "Текст:" turned the writer with a reading time
TT_SOCIAL = dt.date(2017, 11, 1)  # the follow line gained Telegram
TT_ZEN = dt.date(2019, 4, 1)  # ... then Yandex.Zen, dropping Odnoklassniki
# Kazan's mean daily highs and lows by month (°C); each day's forecast varies about them.
KAZAN_HIGH = (-9, -8, -1, 11, 20, 24, 26, 23, 17, 8, -1, -7)
KAZAN_LOW = (-16, -16, -9, 1, 8, 13, 15, 13, 8, 2, -5, -12)
TT_SKIES = (("☀️", "кояшлы"), ("⛅", "болытлы, аязлар белән"), ("☁️", "болытлы"))


def _tt_dated(day: dt.date) -> str:
    return (f"{day.year} елның {day.day} {TATAR_MONTHS_POSS[day.month - 1]}, "
            f"{TATAR_WEEKDAYS[day.weekday()]}")


def _degrees(t: int) -> str:
    """A temperature as Russian-language sites print it: "+5°", "−3°" (a minus sign), "0°"."""
    return f"+{t}°" if t > 0 else f"−{-t}°" if t < 0 else "0°"


def kazan_weather(day: dt.date) -> tuple[int, int, str, str]:
    """(high, low, symbol, words) of the day's forecast: about the month's means, snow or
    rain on some days (snow only when the high is at most 1°C)."""
    high = KAZAN_HIGH[day.month - 1] + _noise(f"high {day}", 4)
    low = min(KAZAN_LOW[day.month - 1] + _noise(f"low {day}", 3), high - 3)
    sky = zlib.crc32(f"sky {day}".encode()) % 10
    if sky == 9:
        symbol, words = ("🌨️", "кар") if high <= 1 else ("🌧️", "яңгыр")
    else:
        symbol, words = TT_SKIES[0 if sky < 4 else 1 if sky < 7 else 2]
    return high, low, symbol, words


def _tt_weather(day: dt.date) -> str:
    high, low, symbol, words = kazan_weather(day)
    return f"{symbol} Казанда бүген: көндез {_degrees(high)}, төнлә {_degrees(low)}, {words}"


def sabantuy_day(y: int) -> dt.date:
    """Kazan's Sabantuy as the site's calendar keeps it: the fourth Saturday of June."""
    return nth_weekday(y, 6, 5, 4)


def _tt_bayram() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Безне ВКонтакте һәм Одноклассникларда укыгыз."),
            (TT_SOCIAL.isoformat(), "Безне ВКонтакте, Одноклассниклар һәм Telegram’да "
                                    "укыгыз."),
            (TT_ZEN.isoformat(), "Безне ВКонтакте, Telegram һәм Яндекс.Дзенда укыгыз.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 29), dt.date(y + 1, 1, 3),
                       "🎄 Яңа ел белән! Бәхет, сәламәтлек, тынычлык телибез."))
        if y == 2014:
            continue
        events.append((dt.date(y, 4, 25), dt.date(y, 4, 27),
                       f"🖋 26 апрель — Туган тел көне. Габдулла Тукай тууына {y - 1886} ел."))
        saturday = sabantuy_day(y)
        text = (f"🎉 Казан Сабантуе: {saturday.day} июнь, шимбә. Барыгыз да килегез!"
                if y != 2020 else "🎉 Быел Сабантуй онлайн узачак: бәйрәмне өйдән карагыз.")
        events.append((saturday - dt.timedelta(days=2), saturday + dt.timedelta(days=1), text))
        events.append((dt.date(y, 8, 29), dt.date(y, 8, 31),
                       f"🏛 30 август — Республика көне! Татарстанга {y - 1990} ел."))
    return _timeline(base, events)


def _tt_gaet() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "🕌 Намаз вакытлары — «Дин» бүлегендә.")]
    events: list[Event] = []
    for y in YEARS:
        fitr = _day(EID_FITR[y])
        text = ("🌙 Ураза гаете мөбарәк булсын!" if y != 2020 else
                "🌙 Ураза гаете мөбарәк булсын! Быел гает намазын өйдә укыйбыз.")
        events.append((fitr - dt.timedelta(days=1), fitr + dt.timedelta(days=2), text))
        adha = _day(EID_ADHA[y])
        events.append((adha - dt.timedelta(days=1), adha + dt.timedelta(days=2),
                       "🐑 Корбан гаете мөбарәк булсын!"))
    return _timeline(base, events)


def _tt_saylau() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Хәбәрегез бармы? WhatsApp: +7 917 255-01-43")]
    return _timeline(base, [
        (dt.date(2015, 9, 1), dt.date(2015, 9, 14),
         "🗳️ Татарстан Президенты сайлавы: 13 сентябрь, якшәмбе. Тавыш бирергә онытмагыз!"),
        (dt.date(2016, 9, 5), dt.date(2016, 9, 19),
         "🗳️ Дәүләт Думасына сайлаулар: 18 сентябрь, якшәмбе. Тавыш бирергә онытмагыз!"),
        (dt.date(2018, 3, 5), dt.date(2018, 3, 19),
         "🗳️ Россия Президенты сайлавы: 18 март, якшәмбе. Тавыш бирергә онытмагыз!"),
        (dt.date(2018, 6, 14), dt.date(2018, 7, 16),
         "⚽ Казанда дөнья чемпионаты: матч көннәрендә үзәктә юл хәрәкәте чикләнә."),
        (dt.date(2019, 8, 20), dt.date(2019, 8, 28),
         "🛠 WorldSkills Kazan 2019: 22–27 август, «Казан Экспо»."),
        (dt.date(2020, 3, 30), dt.date(2020, 6, 1),
         "😷 Үзизоляция режимы: өйдә калыгыз, урамга рөхсәт белән генә чыгыгыз."),
        (dt.date(2020, 6, 20), dt.date(2020, 7, 2),
         "🗳️ Конституциягә төзәтмәләр буенча тавыш бирү: 25 июнь — 1 июль."),
        (dt.date(2020, 8, 31), dt.date(2020, 9, 14),
         "🗳️ Татарстан Президенты сайлавы: 11–13 сентябрь. Тавыш бирергә онытмагыз!"),
    ])


def idel_style() -> PublisherStyle:
    """A Tatar-language news site in Cyrillic (Kazan): a language switch with the Latin
    spelling, a section kicker, the time with a dotted date slot turned a year-first Tatar
    date with the month in its possessive form and the weekday (a wording per day, from
    Republic Day 2017), "Текст:" turned the writer with a reading time, the day's weather (a
    wording per day), a view count, "Реклама" and "Шулай ук укыгыз:" (up to twice) and photo
    inserts, a topic list, a follow line (gaining Telegram, then Yandex.Zen and dropping
    Odnoklassniki) turned Tukay's birthday, Sabantuy (online in 2020) and Republic Day with
    their counts and the New Year, a prayer-times line turned both Eids, a tip line turned
    three elections, the World Cup, WorldSkills, the 2020 self-isolation, the constitutional
    vote and the 2020 election, a comment rule, a reuse rule naming the site, a rare wind
    warning, a copyright line."""
    return PublisherStyle(
        domain="ideltany.tatar", site="Идел таңы", base_size=860,
        subdomains=(("", 80), ("m.", 20)),
        sections=("jamgyyat", "sayasat", "iqtisad", "sport", "madaniyat", "magarif"),
        n_authors=6, url_path="/news/{section}/{n}",
        pools={
            "bulek": ("Җәмгыять", "Сәясәт", "Икътисад", "Спорт", "Мәдәният", "Мәгариф",
                      "Сәламәтлек", "Татар дөньясы"),
            "yazuchy": ("Гөлнара Сәлахова", "Айдар Шәрипов", "Ләйсән Гарипова",
                        "Илдар Хәйруллин", "Алсу Вәлиева", "Рамил Габдуллин"),
            "chyganak": ("Идел таңы", "Татар-информ", "Шәхси архив", "Социаль челтәрләр",
                         "Казан мэриясе"),
            "temalar": ("Казан", "Чаллы", "Түбән Кама", "Сабантуй", "мәгариф", "туган тел",
                        "авыл хуҗалыгы", "коронавирус", "спорт", "сайлау"),
        },
        families=(
            _f("tel", HEADER, 0.2, (_OLD, "Татарча | Tatarça | Русча")),
            _f("bulek", HEADER, 0.3, (_OLD, "{bulek}")),
            _f("kon", HEADER, 0.85, (_OLD, "{time} | {date_de}"), *_daily(_tt_dated, TT_DAILY)),
            _f("avtor", HEADER, 0.6, (_OLD, "Текст: {yazuchy}"),
               (TT_BYLINE.isoformat(), "{yazuchy} · {read_min} минутта укыла")),
            _f("hava", HEADER, 0.2, *_daily(_tt_weather)),
            _f("kurenesh", HEADER, 0.4, (_OLD, "👁 {count}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Реклама"), count=2),
            _f("ukygyz", MIDDLE, 0.4, (_OLD, "Шулай ук укыгыз: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {chyganak}")),
            _f("temalar", FOOTER, 0.35, (_OLD, "Темалар: {temalar_list}")),
            _f("bayram", FOOTER, 0.25, *_tt_bayram()),
            _f("gaet", FOOTER, 0.2, *_tt_gaet()),
            _f("saylau", FOOTER, 0.2, *_tt_saylau()),
            _f("fiker", FOOTER, 0.3,
               (_OLD, "Фикерләр модерациядән соң күренә. Мыскыллау һәм сүгенү сүзләре "
                "бетерелә.")),
            _f("kuchyru", FOOTER, 0.3,
               (_OLD, "Материалларны күчереп басканда «Идел таңы» сайтына сылтама мәҗбүри.")),
            _f("jil", FOOTER, 0.04,
               (_OLD, "⚠️ Казанда көчле җил көтелә: агачлар һәм реклама щитлары янында "
                "тормагыз.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2008–{year} «Идел таңы». Барлык хокуклар сакланган.")),
        ),
    )


# --- a Chichewa-language news site (Blantyre, Malawi) -----------------------------------------

CW_DAILY = dt.date(2017, 7, 6)  # from Independence Day 2017, Chichewa dates
CW_BYLINE = dt.date(2018, 5, 14)  # "Wolemba:" turned "Ndi ..., <district>"
CW_SOCIAL = dt.date(2019, 8, 1)  # the follow line gained WhatsApp
# Kwacha for a US dollar and rand for a dollar, (year, month, rate) points between which
# the months run straight: the 2015 slide, the steady years, 2020's fall.
MWK_USD = ((2015, 1, 465), (2015, 6, 480), (2015, 9, 560), (2015, 12, 690), (2016, 4, 740),
           (2016, 7, 715), (2017, 1, 725), (2019, 12, 735), (2020, 6, 742), (2020, 12, 775),
           (2021, 1, 776))
ZAR_USD = ((2015, 1, 11.6), (2015, 12, 15.2), (2016, 1, 16.2), (2016, 12, 13.9),
           (2017, 12, 12.9), (2018, 4, 12.0), (2018, 9, 14.8), (2019, 12, 14.3),
           (2020, 4, 18.6), (2020, 12, 14.7), (2021, 1, 14.9))


def _between(points: tuple[tuple[int, int, float], ...], y: int, m: int) -> float:
    """The value for month `m` of `y` on the straight line between the points around it."""
    k = 12 * y + m - 1
    for (y0, m0, v0), (y1, m1, v1) in zip(points, points[1:], strict=False):
        k0, k1 = 12 * y0 + m0 - 1, 12 * y1 + m1 - 1
        if k0 <= k <= k1:
            return v0 + (v1 - v0) * (k - k0) / (k1 - k0)
    raise ValueError((y, m))


def kwacha_rates(y: int, m: int) -> tuple[int, float]:
    """(kwacha a dollar, kwacha a rand) from the first of month `m` of `y`: the dollar near
    its line, the rand that dollar rate over the rand's own."""
    usd = round(_between(MWK_USD, y, m)) + _noise(f"mwk {y}-{m}", 3)
    return usd, round(usd / _between(ZAR_USD, y, m), 2)


def _cw_rate(y: int, m: int) -> str:
    usd, rand = kwacha_rates(y, m)
    return (f"💱 Ndalama mu {CHICHEWA_MONTHS[m - 1]} {y}: $1 = MK{usd} · "
            f"R1 = MK{rand:.2f}")


def _cw_dated(day: dt.date) -> str:
    return (f"{CHICHEWA_WEEKDAYS[day.weekday()]}, {day.day} {CHICHEWA_MONTHS[day.month - 1]} "
            f"{day.year} · " + "{time12}")


def _cw_zikondwerero() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tsatirani Mau a Shire pa Facebook ndi Twitter."),
            (CW_SOCIAL.isoformat(), "Tsatirani Mau a Shire pa Facebook, Twitter ndi WhatsApp.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 22), dt.date(y + 1, 1, 2),
                       "🎄 Khrisimasi yabwino ndi chaka chatsopano chosangalatsa!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 1, 14), dt.date(y, 1, 16),
                       f"✊ Tsiku la John Chilembwe: zaka {y - 1915} kuchokera mu 1915"))
        events.append((dt.date(y, 3, 2), dt.date(y, 3, 4),
                       "🕯️ 3 Malichi: Tsiku lokumbukira ngwazi zomwe zinaphedwa mu 1959"))
        events.append((dt.date(y, 5, 13), dt.date(y, 5, 15), "🎉 Tsiku la Kamuzu: 14 Meyi"))
        events.append((dt.date(y, 7, 5), dt.date(y, 7, 7),
                       f"🇲🇼 Tikukondwerera zaka {y - 1964} za ufulu wodzilamulira!"))
        events.append((dt.date(y, 10, 14), dt.date(y, 10, 16),
                       "💐 Tsiku la Amayi: 15 Okutobala. Zikomo amayi onse!"))
    return _timeline(base, events)


def _cw_zisankho() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Muli ndi nkhani? Tiyimbireni kapena titumizireni WhatsApp: "
                   "0888 55 01 43")]
    return _timeline(base, [
        (dt.date(2015, 1, 13), dt.date(2015, 2, 16),
         "🌧️ Madzi osefukira ku Chikwawa ndi Nsanje: thandizani okhudzidwa kudzera ku Red "
         "Cross."),
        (dt.date(2019, 5, 7), dt.date(2019, 5, 22),
         "🗳️ Zisankho za patatu: Lachiwiri 21 Meyi. Musaiwale kuvota!"),
        (dt.date(2020, 2, 3), dt.date(2020, 2, 17),
         "⚖️ Khoti Lalikulu lathetsa zotsatira za zisankho za pulezidenti za 2019."),
        (dt.date(2020, 3, 21), dt.date(2020, 6, 9),
         "😷 Sambani m'manja ndi sopo, valani chigoba ndipo pewani misonkhano."),
        (dt.date(2020, 6, 9), dt.date(2020, 6, 24),
         "🗳️ Zisankho zatsopano za pulezidenti: Lachiwiri 23 Juni. Musaiwale kuvota!"),
    ])


def shire_style() -> PublisherStyle:
    """A Chichewa-language news site (Blantyre, Malawi): a section kicker, an English date
    slot turned a Chichewa weekday and month with a 12-hour time (a wording per day, from
    Independence Day 2017), "Wolemba:" turned "Ndi" with the writer and a district, kwacha
    rates for the dollar and the rand (a wording per month), "Zotsatsa" and "Werenganinso:"
    (up to twice) and photo inserts, a follow line naming the site (gaining WhatsApp) turned
    Chilembwe Day, Martyrs' Day, Kamuzu Day, Independence Day with their counts, Mother's
    Day and Christmas, a tip line turned the 2015 floods, the 2019 election, its annulment,
    the 2020 advice and the rerun, a newsletter line, a comment rule, a two-line office
    block, a rare power cut, a copyright line."""
    return PublisherStyle(
        domain="mauashire.mw", site="Mau a Shire", base_size=740,
        subdomains=(("www.", 100),),
        sections=("nkhani", "ndale", "zamalonda", "masewera", "zaumoyo", "zaulimi"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "gawo": ("Nkhani", "Ndale", "Zamalonda", "Masewera", "Zaumoyo", "Maphunziro",
                     "Zaulimi", "Zosangalatsa"),
            "wolemba": ("Chikondi Banda", "Mphatso Phiri", "Tiyamike Mwale", "Madalitso Chirwa",
                        "Thokozani Kachingwe", "Chisomo Nyirenda"),
            "boma": ("Blantyre", "Lilongwe", "Zomba", "Mzuzu", "Mangochi", "Chikwawa",
                     "Nsanje"),
            "gwero": ("Mau a Shire", "MANA", "Boma la Malawi", "Owerenga athu", "Facebook"),
        },
        families=(
            _f("gawo", HEADER, 0.3, (_OLD, "{gawo}")),
            _f("tsiku", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_cw_dated, CW_DAILY)),
            _f("wolemba", HEADER, 0.6, (_OLD, "Wolemba: {wolemba}"),
               (CW_BYLINE.isoformat(), "Ndi {wolemba}, {boma}")),
            _f("ndalama", HEADER, 0.2, *_monthly(_cw_rate)),
            _f("zotsatsa", MIDDLE, 0.45, (_OLD, "Zotsatsa"), count=2),
            _f("werenganinso", MIDDLE, 0.4, (_OLD, "Werenganinso: {other_title}"), count=2),
            _f("chithunzi", MIDDLE, 0.3, (_OLD, "Chithunzi: {gwero}")),
            _f("zikondwerero", FOOTER, 0.25, *_cw_zikondwerero()),
            _f("zisankho", FOOTER, 0.2, *_cw_zisankho()),
            _f("kalata", FOOTER, 0.25,
               (_OLD, "📰 Lembetsani kuti muzilandira nkhani zathu pa imelo sabata iliyonse.")),
            _f("ndemanga", FOOTER, 0.3,
               (_OLD, "Ndemanga zachipongwe, zachidani kapena zonyoza mitundu zidzachotsedwa.")),
            _f("ofesi-head", FOOTER, 0.4, (_OLD, "Ofesi Yathu")),
            _f("ofesi", FOOTER, 0.38,
               (_OLD, "Chipembere Highway, Ginnery Corner, Blantyre · +265 1 555 143")),
            _f("magetsi", FOOTER, 0.04,
               (_OLD, "⚠️ ESCOM: magetsi azima ku Blantyre ndi Limbe Lachitatu kuyambira 8 "
                "koloko m'mawa.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Mau a Shire. Ufulu onse ndi "
                                              "wotetezedwa.")),
        ),
    )


# --- a bilingual Quechua and Spanish regional radio station's news (Cusco) --------------------

QU_DAILY = dt.date(2016, 6, 24)  # from Inti Raymi 2016, Quechua dates
QU_BYLINE = dt.date(2018, 1, 8)  # "Por" turned "Willakuq:" with the reporter's town
QU_YAPE = dt.date(2019, 3, 1)  # the donation appeal moved from a bank account to Yape
QU_SOCIAL = dt.date(2020, 7, 1)  # the follow line gained TikTok


def _qu_dated(day: dt.date) -> str:
    return (f"Qosqo, {QUECHUA_WEEKDAYS[day.weekday()]} {day.day} "
            f"{QUECHUA_MONTHS[day.month - 1]} killa, {day.year} wata")


def corpus_christi(y: int) -> dt.date:
    """Corpus Christi in Cusco: the Thursday sixty days after Easter Sunday."""
    return _day(EASTER_WESTERN[y], 60)


def _qu_raymi() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Qatiwayku Facebook-pi, YouTube-pi ima."),
            (QU_SOCIAL.isoformat(), "Qatiwayku Facebook-pi, YouTube-pi, TikTok-pi ima.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        text = ("🎄 Santurantikuy: 24 Qhapaq raymi killa, Plaza de Armaspi." if y != 2020 else
                "🎄 Kay wata mana Santurantikuy kanqachu.")
        events.append((dt.date(y, 12, 22), dt.date(y, 12, 25), text))
        events.append((dt.date(y, 12, 31), dt.date(y + 1, 1, 2), "🎆 ¡Musuq wata kusikuypi!"))
        if y == 2014:
            continue
        monday = _day(EASTER_WESTERN[y], -6)
        text = (f"⛪ Taytacha Temblores: Killachaw {monday.day} "
                f"{QUECHUA_MONTHS[monday.month - 1]} killa, Plaza de Armasman lluqsinqa."
                if y != 2020 else "⛪ Kay wata Taytacha Temblores mana lluqsinqachu.")
        events.append((monday - dt.timedelta(days=2), monday + dt.timedelta(days=1), text))
        corpus = corpus_christi(y)
        text = ("🎊 Corpus Christi: chunka pichqayuq santokuna Plaza de Armaspi." if y != 2020
                else "🎊 Kay wata Corpus Christi mana kanqachu.")
        events.append((corpus - dt.timedelta(days=1), corpus + dt.timedelta(days=1), text))
        text = ("☀️ Inti Raymi: 24 Inti raymi killa, Saqsaywamanpi." if y != 2020 else
                "☀️ Kay wata Inti Raymi mana kanqachu: wasiykimanta qhaway.")
        events.append((dt.date(y, 6, 22), dt.date(y, 6, 25), text))
        events.append((dt.date(y, 7, 27), dt.date(y, 7, 30),
                       f"🇵🇪 Fiestas Patrias: {y - 1821} wata Perú kacharisqa!"))
    return _timeline(base, events)


def _qu_akllay() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Willakuyniyki kanchu? Waqyamuwayku: 984 550 143")]
    return _timeline(base, [
        (dt.date(2016, 3, 27), dt.date(2016, 4, 11),
         "🗳️ Akllanakuy: Intichaw 10 Ayriway killa. Ama qunqankichu!"),
        (dt.date(2016, 5, 22), dt.date(2016, 6, 6),
         "🗳️ Iskay kaq akllanakuy: Intichaw 5 Inti raymi killa. Ama qunqankichu!"),
        (dt.date(2018, 9, 23), dt.date(2018, 10, 8),
         "🗳️ Suyu kamachiqkunata akllanakuy: Intichaw 7 Uma raymi killa."),
        (dt.date(2018, 11, 25), dt.date(2018, 12, 10),
         "🗳️ Referéndum: Intichaw 9 Qhapaq raymi killa. Ama qunqankichu!"),
        (dt.date(2020, 1, 12), dt.date(2020, 1, 27),
         "🗳️ Congresoman akllanakuy: Intichaw 26 Qulla puquy killa."),
        (dt.date(2020, 3, 16), dt.date(2020, 7, 1),
         "😷 Wasiykipi qhepakuy: emergencia sanitaria. Makiykita mayllakuy."),
    ])


def qosqo_style() -> PublisherStyle:
    """A bilingual Quechua and Spanish regional radio station's news (Cusco): a language
    switch, a section kicker, a Spanish dateline turned a Quechua weekday with the Andean
    month, "killa" and "wata" (a wording per day, from Inti Raymi 2016), "Por" turned
    "Willakuq:" with the reporter and a town with "-manta", a Spanish ad label and
    "Kaytapas ñawinchay:" (up to twice) and picture inserts, a radio line, a follow line
    (gaining TikTok) turned Taytacha Temblores (Holy Monday), Corpus Christi (sixty days
    after Easter), Inti Raymi, Fiestas Patrias with its count, Santurantikuy and the New
    Year (most cancelled in 2020), a tip line turned five votes and the 2020 emergency, a
    donation appeal moved to a payment app, a comment rule, a rare frost warning, a
    copyright line."""
    return PublisherStyle(
        domain="willakuyqosqo.pe", site="Willakuy Qosqo", base_size=650,
        subdomains=(("www.", 100),),
        sections=("llaqta", "chakra", "hampi", "yachay", "pukllay", "kawsay"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "taqa": ("Llaqta", "Chakra", "Hampi", "Yachay", "Pukllay", "Kawsay", "Kamachikuy"),
            "qillqaq": ("Rosa Quispe Huamán", "Wilber Mamani Ccori", "Yeny Condori Puma",
                        "Edgar Huillca Tito", "Nilda Ccahuana Sutta", "Fredy Apaza Quispe"),
            "llaqta": ("Qosqo", "Sicuani", "Urubamba", "Quillabamba", "Espinar", "Anta",
                       "Calca"),
            "pukyu": ("Willakuy Qosqo", "Andina", "Municipalidad del Cusco", "Archivo",
                      "Facebook"),
        },
        families=(
            _f("rimay", HEADER, 0.2, (_OLD, "Runasimi | Castellano")),
            _f("taqa", HEADER, 0.3, (_OLD, "{taqa}")),
            _f("punchaw", HEADER, 0.85, (_OLD, "Qosqo, {date_es}"),
               *_daily(_qu_dated, QU_DAILY)),
            _f("qillqaq", HEADER, 0.6, (_OLD, "Por {qillqaq}"),
               (QU_BYLINE.isoformat(), "Willakuq: {qillqaq}, {llaqta}manta")),
            _f("publicidad", MIDDLE, 0.45, (_OLD, "Publicidad"), count=2),
            _f("nawinchay", MIDDLE, 0.4, (_OLD, "Kaytapas ñawinchay: {other_title}"), count=2),
            _f("rikcha", MIDDLE, 0.3, (_OLD, "Rikch'a: {pukyu}")),
            _f("radio", FOOTER, 0.25,
               (_OLD, "📻 Uyariwayku FM 101.5-pi sapa p'unchaw, tutamanta 5 horasmanta.")),
            _f("raymi", FOOTER, 0.25, *_qu_raymi()),
            _f("akllay", FOOTER, 0.2, *_qu_akllay()),
            _f("yanapay", FOOTER, 0.2, (_OLD, "💛 Yanapawayku: BCP 285-2145501-0-43"),
               (QU_YAPE.isoformat(), "💛 Yanapawayku: Yape 984 550 143")),
            _f("rimanakuy", FOOTER, 0.3,
               (_OLD, "Rimanakuykunata qhawarinchik manaraq churashaspa. Ama k'amiychu, ama "
                "llullakuychu.")),
            _f("qasa", FOOTER, 0.04,
               (_OLD, "❄️ Qasa chayamushan: uywaykikunata, chakraykikunata waqaychay.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Willakuy Qosqo · Derechos "
                                              "reservados")),
        ),
    )


# --- a Sesotho-language news site (Maseru, Lesotho) -------------------------------------------

LS_DAILY = dt.date(2017, 3, 11)  # from Moshoeshoe's Day 2017, Sesotho dates
LS_BYLINE = dt.date(2018, 10, 4)  # the writer gained the district
LS_SOCIAL = dt.date(2018, 3, 1)  # the follow line gained WhatsApp


def _ls_dated(day: dt.date) -> str:
    return (f"{SESOTHO_WEEKDAYS[day.weekday()]}, la {day.day} {SESOTHO_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ls_mekete() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Re latele ho Facebook le Twitter."),
            (LS_SOCIAL.isoformat(), "Re latele ho Facebook, Twitter le WhatsApp.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Keresemese e monate le Selemo se Secha se monate!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 3, 10), dt.date(y, 3, 12),
                       f"👑 Letsatsi la Moshoeshoe, la 11 Hlakubele: lilemo tse {y - 1870} a "
                       "robetse"))
        events.append((dt.date(y, 4, 3), dt.date(y, 4, 5), "🕊 Letsatsi la Bahale: la 4 Mmesa"))
        events.append((dt.date(y, 7, 16), dt.date(y, 7, 18),
                       f"🎂 Mahlohonolo Morena Letsie III: o lilemo li {y - 1963} kajeno"))
        events.append((dt.date(y, 10, 3), dt.date(y, 10, 5),
                       f"🇱🇸 Boipuso ba Lesotho: lilemo tse {y - 1966}!"))
    return _timeline(base, events)


def _ls_likhetho() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 U na le litaba? Re letsetse: 5855 0143")]
    return _timeline(base, [
        (dt.date(2015, 2, 14), dt.date(2015, 3, 1),
         "🗳️ Likhetho tsa Paramente: Moqebelo la 28 Hlakola. E-ea u voute!"),
        (dt.date(2017, 5, 20), dt.date(2017, 6, 4),
         "🗳️ Likhetho tsa Paramente: Moqebelo la 3 Phupjane. E-ea u voute!"),
        (dt.date(2020, 3, 29), dt.date(2020, 5, 6),
         "😷 Lula hae: hlapa matsoho ka sesepa 'me u koahele molomo le nko."),
    ])


def maloti_style() -> PublisherStyle:
    """A Sesotho-language news site (Maseru, Lesotho): a section kicker, an English date slot
    turned a Sesotho weekday with "la" and the month (a wording per day, from Moshoeshoe's
    Day 2017), "Ka" with the writer gaining a district, a reading time, "Papatso" and "Bala
    hape:" (up to twice) and picture inserts, a follow line (gaining WhatsApp) turned
    Moshoeshoe's Day, Heroes' Day, the King's birthday and Independence Day with their
    counts and Christmas, a tip line turned the 2015 and 2017 elections and the 2020
    lockdown, a comment rule, a two-line office block, a rare snow closure, a copyright
    line."""
    return PublisherStyle(
        domain="lentsoelamaloti.co.ls", site="Lentsoe la Maloti", base_size=560,
        subdomains=(("www.", 100),),
        sections=("litaba", "lipolotiki", "moruo", "lipapali", "bophelo", "setso"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "karolo": ("Litaba", "Lipolotiki", "Moruo", "Lipapali", "Bophelo", "Thuto", "Temo",
                       "Setso"),
            "mongoli": ("Palesa Mokoena", "Teboho Letsie", "'Mathabo Ramoeletsi",
                        "Thabo Mohapi", "Lineo Sekhonyana", "Motlatsi Lerotholi"),
            "setereke": ("Maseru", "Leribe", "Berea", "Mafeteng", "Mohale's Hoek", "Quthing",
                         "Qacha's Nek", "Mokhotlong", "Thaba-Tseka", "Butha-Buthe"),
            "mohloli": ("Lentsoe la Maloti", "LENA", "Mmuso oa Lesotho", "Polokelo",
                        "Facebook"),
        },
        families=(
            _f("karolo", HEADER, 0.3, (_OLD, "{karolo}")),
            _f("letsatsi", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_ls_dated, LS_DAILY)),
            _f("mongoli", HEADER, 0.6, (_OLD, "Ka {mongoli}"),
               (LS_BYLINE.isoformat(), "Ka {mongoli} · {setereke}")),
            _f("nako", HEADER, 0.35, (_OLD, "⏱ Nako ea ho bala: metsotso e {read_min}")),
            _f("papatso", MIDDLE, 0.45, (_OLD, "Papatso"), count=2),
            _f("bala", MIDDLE, 0.4, (_OLD, "Bala hape: {other_title}"), count=2),
            _f("setshoantsho", MIDDLE, 0.3, (_OLD, "Setšoantšo: {mohloli}")),
            _f("mekete", FOOTER, 0.25, *_ls_mekete()),
            _f("likhetho", FOOTER, 0.2, *_ls_likhetho()),
            _f("maikutlo", FOOTER, 0.3,
               (_OLD, "Maikutlo a hlompheng feela: a nyelisang kapa a hlohlelletsang lehloeo "
                "a tla hlakoloa.")),
            _f("kantoro-head", FOOTER, 0.4, (_OLD, "Kantoro ea rona")),
            _f("kantoro", FOOTER, 0.38, (_OLD, "Kingsway, Maseru 100 · +266 2231 0143")),
            _f("lehloa", FOOTER, 0.04,
               (_OLD, "❄️ Lehloa le lengata Sani Pass le Mokhotlong: litsela li koetsoe.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Lentsoe la Maloti. Litokelo tsohle li sirelelitsoe.")),
        ),
    )


# --- a Tetum-language news site (Dili, Timor-Leste) -------------------------------------------

TL_DAILY = dt.date(2017, 5, 20)  # from Restoration of Independence Day 2017, Tetum dates
TL_BYLINE = dt.date(2019, 1, 1)  # "Hakerek na'in:" turned the reporter with a municipality
TL_SOCIAL = dt.date(2018, 12, 10)  # the follow line gained Instagram
# The petroleum fund's balance (billions of US dollars) at the end of each quarter, published
# about six weeks later.
PETROLEUM_FUND = {(2014, 3): 16.6, (2014, 4): 16.5, (2015, 1): 16.6, (2015, 2): 16.6,
                  (2015, 3): 16.2, (2015, 4): 16.2, (2016, 1): 16.4, (2016, 2): 16.7,
                  (2016, 3): 16.9, (2016, 4): 15.8, (2017, 1): 16.2, (2017, 2): 16.6,
                  (2017, 3): 17.0, (2017, 4): 16.8, (2018, 1): 16.8, (2018, 2): 16.8,
                  (2018, 3): 16.9, (2018, 4): 15.8, (2019, 1): 16.9, (2019, 2): 17.3,
                  (2019, 3): 17.5, (2019, 4): 17.7, (2020, 1): 16.5, (2020, 2): 17.6,
                  (2020, 3): 18.3}
FUND_DELAY = dt.timedelta(days=45)


def quarter_end(y: int, q: int) -> dt.date:
    """The last day of quarter `q` of year `y`."""
    return dt.date(y + q // 4, q % 4 * 3 + 1, 1) - dt.timedelta(days=1)


def fund_quarter(day: dt.date) -> tuple[int, int]:
    """The latest quarter whose balance is published by `day`."""
    return max(k for k in PETROLEUM_FUND if quarter_end(*k) + FUND_DELAY <= day)


def _tl_fund(day: dt.date) -> str:
    y, q = fund_quarter(day)
    end = quarter_end(y, q)
    return (f"💰 Fundu Petrolíferu: US$ {_comma(PETROLEUM_FUND[(y, q)], 1)} biliaun "
            f"({end.day} {TETUM_MONTHS[end.month - 1]} {end.year})")


def _tl_dated(day: dt.date) -> str:
    return f"{TETUM_WEEKDAYS[day.weekday()]}, {day.day} {TETUM_MONTHS[day.month - 1]} {day.year}"


def _tl_feriadu() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tuir ami iha Facebook."),
            (TL_SOCIAL.isoformat(), "Tuir ami iha Facebook no Instagram.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Natál di'ak no Tinan Foun ksolok ba ita hotu!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 5, 19), dt.date(y, 5, 21),
                       f"🇹🇱 20 Maiu: tinan {y - 2002} restaurasaun independénsia!"))
        events.append((dt.date(y, 8, 29), dt.date(y, 8, 31),
                       f"🗳️ 30 Agostu: tinan {y - 1999} Konsulta Populár"))
        events.append((dt.date(y, 11, 11), dt.date(y, 11, 13),
                       f"🕯️ 12 Novembru: ita hanoin masakre Santa Cruz, tinan {y - 1991} liuba"))
        events.append((dt.date(y, 11, 27), dt.date(y, 11, 29),
                       f"🇹🇱 28 Novembru: tinan {y - 1975} proklamasaun independénsia"))
    return _timeline(base, events)


def _tl_eleisaun() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Iha notísia? Haruka mai ami: WhatsApp +670 7755 0143")]
    return _timeline(base, [
        (dt.date(2017, 3, 6), dt.date(2017, 3, 21),
         "🗳️ Eleisaun prezidensiál: Segunda, 20 Marsu. Bá vota!"),
        (dt.date(2017, 7, 8), dt.date(2017, 7, 23),
         "🗳️ Eleisaun parlamentár: Sábadu, 22 Jullu. Bá vota!"),
        (dt.date(2018, 4, 28), dt.date(2018, 5, 13),
         "🗳️ Eleisaun parlamentár antesipada: Sábadu, 12 Maiu. Bá vota!"),
        (dt.date(2020, 3, 28), dt.date(2020, 6, 27),
         "😷 Estadu emerjénsia: hela iha uma, fase liman ho sabaun."),
    ])


def lorosae_style() -> PublisherStyle:
    """A Tetum-language news site (Dili, Timor-Leste): a section kicker, a breadcrumb with the
    section and the article's own title, an English date slot turned a Tetum weekday and
    month (a wording per day, from Restoration of Independence Day 2017), "Hakerek na'in:"
    turned the reporter with a municipality mid-line, the petroleum fund's balance (a
    wording per quarter, with the quarter's last day), "Anúnsiu" and "Lee mós:" (up to
    twice) and photo inserts, a follow line (gaining Instagram) turned four national days
    with their counts and Christmas, a tip line turned three votes and the 2020 emergency, a
    comment rule, a reuse rule naming the site, a rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="lianlorosae.tl", site="Lian Lorosa'e", base_size=480,
        subdomains=(("www.", 100),),
        sections=("notisia", "politika", "ekonomia", "desportu", "saude", "kultura"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seksaun": ("Notísia", "Polítika", "Ekonomia", "Desportu", "Saúde", "Edukasaun",
                        "Kultura", "Munisípiu"),
            "jornalista": ("Joanico da Costa", "Maria Soares", "Nelson Belo", "Cidália Guterres",
                           "Jacinto Ximenes", "Aurora Pereira"),
            "munisipiu": ("Dili", "Baucau", "Ermera", "Bobonaro", "Lautém", "Viqueque",
                          "Oecusse"),
            "fonte": ("Lian Lorosa'e", "Tatoli", "GMN", "Arkivu", "Facebook"),
        },
        families=(
            _f("seksaun", HEADER, 0.3, (_OLD, "{seksaun}")),
            _f("dalan", HEADER, 0.3, (_OLD, "Pájina Inisiál › {seksaun} › {title}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_tl_dated, TL_DAILY)),
            _f("hakerek", HEADER, 0.6, (_OLD, "Hakerek na'in: {jornalista}"),
               (TL_BYLINE.isoformat(), "Reportajen husi {jornalista} iha {munisipiu}")),
            _f("fundu", HEADER, 0.15, *_changes(_tl_fund)),
            _f("anunsiu", MIDDLE, 0.45, (_OLD, "Anúnsiu"), count=2),
            _f("lee", MIDDLE, 0.4, (_OLD, "Lee mós: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {fonte}")),
            _f("feriadu", FOOTER, 0.25, *_tl_feriadu()),
            _f("eleisaun", FOOTER, 0.2, *_tl_eleisaun()),
            _f("komentariu", FOOTER, 0.3,
               (_OLD, "Komentáriu ne'ebé insulta ema ka fó-sai odiu, redasaun sei hamoos.")),
            _f("kopia", FOOTER, 0.3,
               (_OLD, "Se ita kopia notísia husi Lian Lorosa'e, favór hakerek fonte.")),
            _f("udan", FOOTER, 0.04,
               (_OLD, "⚠️ Udan-boot iha Dili: keta hakat mota no hela dook husi tasi-ibun.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Lian Lorosa'e. Direitu hotu rezervadu.")),
        ),
    )


# --- a Tok Pisin news site (Lae, Papua New Guinea) --------------------------------------------

PG_DAILY = dt.date(2017, 9, 16)  # from Independence Day 2017, Tok Pisin dates
PG_BYLINE = dt.date(2018, 7, 23)  # "Raita:" turned a story-and-picture credit
PG_SOCIAL = dt.date(2019, 5, 1)  # the follow line gained WhatsApp


def _pg_dated(day: dt.date) -> str:
    return (f"{TOK_PISIN_WEEKDAYS[day.weekday()]} {day.day} "
            f"{TOK_PISIN_MONTHS[day.month - 1]}, {day.year}")


def morobe_show(y: int) -> tuple[dt.date, dt.date]:
    """The Morobe Show in Lae as the site's calendar keeps it: the Saturday and Sunday of the
    last weekend of October."""
    sunday = last_weekday(y, 10, 6)
    return sunday - dt.timedelta(days=1), sunday


def _pg_bung() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Painim mipela long Facebook."),
            (PG_SOCIAL.isoformat(), "Painim mipela long Facebook na WhatsApp.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Meri Krismas na Hepi Nu Yia long yupela olgeta!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 7, 22), dt.date(y, 7, 24),
                       "🎖️ 23 Julai: Rimembrens De. Yumi tingim ol soldia."))
        events.append((dt.date(y, 9, 14), dt.date(y, 9, 17),
                       f"🇵🇬 Hepi Independens! PNG i gat {y - 1975} yia nau."))
        saturday, sunday = morobe_show(y)
        text = (f"🐓 Morobe Sou: {saturday.day}–{sunday.day} "
                f"{TOK_PISIN_MONTHS[sunday.month - 1]} long Lae Sougraun." if y != 2020 else
                "🐓 I no gat Morobe Sou long dispela yia.")
        events.append((saturday - dt.timedelta(days=7), sunday + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _pg_ileksen() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Yu gat stori? Kolim mipela long 7255 0143")]
    return _timeline(base, [
        (dt.date(2017, 6, 10), dt.date(2017, 7, 9),
         "🗳️ Nesenel Ileksen: vot i stat long 24 Jun i go inap long 8 Julai."),
        (dt.date(2018, 11, 5), dt.date(2018, 11, 19),
         "🌏 APEC Lida Wik long Pot Mosbi: 15 na 16 Novemba i holide."),
        (dt.date(2019, 11, 16), dt.date(2019, 12, 8),
         "🗳️ Bogenvil i votim referendam: 23 Novemba i go inap long 7 Disemba."),
        (dt.date(2020, 3, 24), dt.date(2020, 6, 2),
         "😷 Stet of Emejensi: stap long haus, wasim han long sop na wara."),
    ])


def momase_style() -> PublisherStyle:
    """A Tok Pisin news site (Lae, Papua New Guinea): a section kicker, an English date slot
    turned a Tok Pisin weekday and month (a wording per day, from Independence Day 2017),
    "Raita:" turned a story-and-picture credit, "Advetaisin" and "Ritim tu:" (up to twice)
    and picture inserts, a betel nut rule, a follow line (gaining WhatsApp) turned
    Remembrance Day, Independence Day with its count, the Morobe Show (the last weekend of
    October; none in 2020) and Christmas, a tip line turned the 2017 election, APEC 2018,
    Bougainville's referendum and the 2020 emergency, a comment rule, a radio line, a rare
    earthquake, a copyright line."""
    return PublisherStyle(
        domain="momasenius.com.pg", site="Momase Nius", base_size=420,
        subdomains=(("www.", 100),),
        sections=("nius", "politik", "bisnis", "spot", "helt", "kalsa"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "hap": ("Nius", "Politik", "Bisnis", "Spot", "Helt", "Skul", "Gaden", "Kalsa"),
            "raita": ("Grace Kuman", "Peter Wemin", "Ruth Kambu", "Jacob Mapusa", "Lydia Sale",
                      "Moses Gabi"),
            "kredit": ("Momase Nius", "PNG Polis", "Morobe Provins", "Ridim", "Facebook"),
        },
        families=(
            _f("hap", HEADER, 0.3, (_OLD, "{hap}")),
            _f("de", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_pg_dated, PG_DAILY)),
            _f("raita", HEADER, 0.6, (_OLD, "Raita: {raita}"),
               (PG_BYLINE.isoformat(), "Stori na piksa: {raita}")),
            _f("advetaisin", MIDDLE, 0.45, (_OLD, "Advetaisin"), count=2),
            _f("ritim", MIDDLE, 0.4, (_OLD, "Ritim tu: {other_title}"), count=2),
            _f("piksa", MIDDLE, 0.3, (_OLD, "Piksa: {kredit}")),
            _f("buai", FOOTER, 0.25,
               (_OLD, "🚫 Lae i tambu long salim buai: no ken spet long rot na maket.")),
            _f("bung", FOOTER, 0.25, *_pg_bung()),
            _f("ileksen", FOOTER, 0.2, *_pg_ileksen()),
            _f("toktok", FOOTER, 0.3,
               (_OLD, "Mipela bai rausim ol toktok nogut, tok bilas na tok giaman.")),
            _f("redio", FOOTER, 0.2,
               (_OLD, "📻 Harim nius long redio 94.5 FM olgeta moning long 7 klok.")),
            _f("guria", FOOTER, 0.04,
               (_OLD, "⚠️ Guria i kamap long Lae nau tasol: lukautim yu yet na famili.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Momase Nius. Olgeta rait i stap.")),
        ),
    )


# --- a Low German (Plattdüütsch) regional news site (East Frisia) -----------------------------

ND_DAILY = dt.date(2018, 10, 31)  # from the first Reformation Day holiday, Low German dates
ND_BYLINE = dt.date(2017, 3, 1)  # the writer gained the translator into Platt
ND_PRICE = dt.date(2019, 1, 1)  # the subscription went up


def _nd_dated(day: dt.date) -> str:
    return (f"{LOW_GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. "
            f"{LOW_GERMAN_MONTHS[day.month - 1]} {day.year}")


def _nd_feste() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Snack Platt – ok mit dien Kinner!")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Frohe Wiehnachten un en goodet Neejahr!"))
        if y == 2014:
            continue
        saturday = _day(EASTER_WESTERN[y], -1)
        text = ("🔥 Osterfüür an'n Sünnavend: kiek in uns Terminlist." if y != 2020 else
                "🔥 Dit Johr gifft dat keen Osterfüür.")
        events.append((saturday - dt.timedelta(days=2), saturday + dt.timedelta(days=1), text))
        events.append((dt.date(y, 4, 29), dt.date(y, 5, 2),
                       "🌳 Maibuum setten an'n 30. April – överall in Oostfreesland."))
        if y == 2017:
            events.append((dt.date(y, 10, 30), dt.date(y, 11, 1),
                           "⛪ 31. Oktober: 500 Johr Reformation – eenmaal Fierdag in ganz "
                           "Düütschland."))
        elif y >= 2018:
            events.append((dt.date(y, 10, 30), dt.date(y, 11, 1),
                           "⛪ 31. Oktober: Reformationsdag is nu Fierdag in Neddersassen."))
    return _timeline(base, events)


def _nd_wahlen() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📬 Uns Breef kummt elk Freedag: nu anmellen, is umsünst.")]
    return _timeline(base, [
        (dt.date(2016, 8, 28), dt.date(2016, 9, 12),
         "🗳️ Kommunalwahl: Sünndag, 11. September. Gaht wählen!"),
        (dt.date(2017, 9, 10), dt.date(2017, 9, 25),
         "🗳️ Bundestagswahl: Sünndag, 24. September. Gaht wählen!"),
        (dt.date(2017, 10, 1), dt.date(2017, 10, 16),
         "🗳️ Landtagswahl: Sünndag, 15. Oktober. Gaht wählen!"),
        (dt.date(2019, 5, 12), dt.date(2019, 5, 27),
         "🗳️ Europawahl: Sünndag, 26. Mai. Gaht wählen!"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 4),
         "😷 Blievt to Huus un holt Afstand – so schüttst du di un anner."),
        (dt.date(2020, 11, 2), dt.date(2020, 12, 16),
         "😷 Lockdown light: Kneipen un Restaurants blievt dicht."),
        (dt.date(2020, 12, 16), None, "😷 Lockdown: Geschäften un Scholen blievt dicht."),
    ])


def kiekut_style() -> PublisherStyle:
    """A Low German (Plattdüütsch) regional news site (East Frisia): a rubric kicker, a German
    long date slot turned a Low German weekday with the date (a wording per day, from the
    first Reformation Day holiday, 2018), "Schreven vun" turned the writer with the
    translator into Platt, a German ad label and "Ok noch lesen:" (up to twice) and photo
    inserts, a share line with the article's own title, a language campaign line turned
    Easter fires (Holy Saturday; none in 2020), the maypole, Reformation Day (once in 2017,
    a holiday from 2018) and Christmas, a newsletter line turned four elections and three
    2020 lockdown stages, a subscription raised in 2019, a comment rule, a two-line office
    block, a rare storm-tide warning, a copyright line."""
    return PublisherStyle(
        domain="kiekut-ostfreesland.de", site="De Kiekut", base_size=360,
        subdomains=(("www.", 100),),
        sections=("region", "politik", "sport", "kultuur", "platt"),
        n_authors=4, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "rubrik": ("Ut de Region", "Politik", "Sport", "Kultuur", "Hoff un Gaarn",
                       "Water un Kuss", "Plattdüütsch"),
            "schriever": ("Hinnerk Janssen", "Tomke Eilers", "Gesine Harms", "Okko de Vries",
                          "Wiebke Onken", "Jannes Ubben"),
            "oversetter": ("Frauke Saathoff", "Enno Meyer", "Heike Gerdes"),
            "foto": ("De Kiekut", "dpa", "Landkreis Aurich", "privat", "Archiv"),
        },
        families=(
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, (_OLD, "{date_de_long}"), *_daily(_nd_dated, ND_DAILY)),
            _f("schreven", HEADER, 0.6, (_OLD, "Schreven vun {schriever}"),
               (ND_BYLINE.isoformat(), "{schriever} · op Platt bröcht vun {oversetter}")),
            _f("anzeige", MIDDLE, 0.45, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.4, (_OLD, "Ok noch lesen: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("delen", FOOTER, 0.3, (_OLD, "Artikel delen: {title}")),
            _f("feste", FOOTER, 0.25, *_nd_feste()),
            _f("wahlen", FOOTER, 0.2, *_nd_wahlen()),
            _f("abo", FOOTER, 0.2, (_OLD, "Dat Abo kost 7,90 € in'n Maand."),
               (ND_PRICE.isoformat(), "Dat Abo kost 8,90 € in'n Maand.")),
            _f("kommentaren", FOOTER, 0.3,
               (_OLD, "Kommentaren gern op Platt oder Hoochdüütsch – man blots mit Anstand.")),
            _f("redakschoon-head", FOOTER, 0.4, (_OLD, "Redakschoon")),
            _f("redakschoon", FOOTER, 0.38,
               (_OLD, "Marktstraat 14 · 26603 Auerk · 04941 550143")),
            _f("stormfloot", FOOTER, 0.04,
               (_OLD, "🌊 Stormfloot-Warnen för de Kuss: Diek un Strand nich betreden!")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} De Kiekut · All Rechten vörbehollen")),
        ),
    )


# --- a tribal nation's newspaper in English with Cherokee syllabary lines (Oklahoma) -----------

# (syllabary, transliteration, meaning): the words of the day.
WORDS = (("ᏩᏙ", "wado", "thank you"), ("ᏏᏲ", "siyo", "hello"),
         ("ᏙᎯᏧ", "dohitsu", "how are you?"), ("ᏩᏯ", "waya", "wolf"), ("ᎠᏫ", "awi", "deer"),
         ("ᏥᏍᏚ", "tsisdu", "rabbit"), ("ᏐᏈᎵ", "sogwili", "horse"), ("ᏌᏊ", "sagwu", "one"))


def labor_day(y: int) -> dt.date:
    """Labor Day: the first Monday of September."""
    return nth_weekday(y, 9, 0, 1)


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ap_span(first: dt.date, last: dt.date) -> str:
    """A span of days in AP style: "Sept. 4-6", "Aug. 30-Sept. 1"."""
    if first.month == last.month:
        return f"{AP_MONTHS[first.month - 1]} {first.day}-{last.day}"
    return f"{AP_MONTHS[first.month - 1]} {first.day}-{AP_MONTHS[last.month - 1]} {last.day}"


def _cn_calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Citizens: keep your address current with Tribal Registration to keep "
                   "getting the paper.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 15), dt.date(y + 1, 1, 2),
                       "🎄 Tribal offices close Dec. 24 through Jan. 1. Happy holidays!"))
        if y == 2014:
            continue
        monday = labor_day(y)
        friday, sunday = monday - dt.timedelta(days=3), monday - dt.timedelta(days=1)
        text = (f"🎉 The {ordinal(y - 1952)} Cherokee National Holiday: "
                f"{_ap_span(friday, sunday)} in Tahlequah." if y != 2020 else
                f"🎉 The {ordinal(y - 1952)} Cherokee National Holiday is virtual this year: "
                f"watch online {_ap_span(friday, sunday)}.")
        events.append((friday - dt.timedelta(days=10), monday, text))
    return _timeline(base, events)


def _cn_notices() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Have a story idea? Call the newsroom at 918-555-0143.")]
    return _timeline(base, [
        (dt.date(2015, 6, 13), dt.date(2015, 6, 28),
         "🗳️ Tribal general election: Saturday, June 27. Polls are open 7 a.m. to 7 p.m."),
        (dt.date(2015, 7, 11), dt.date(2015, 7, 26),
         "🗳️ Runoff election: Saturday, July 25. Polls are open 7 a.m. to 7 p.m."),
        (dt.date(2019, 5, 18), dt.date(2019, 6, 2),
         "🗳️ Tribal general election: Saturday, June 1. Polls are open 7 a.m. to 7 p.m."),
        (dt.date(2020, 3, 17), dt.date(2020, 6, 1),
         "😷 COVID-19: tribal offices are closed to the public; most services are by phone "
         "or online."),
        (dt.date(2020, 7, 9), dt.date(2020, 8, 1),
         "⚖️ McGirt v. Oklahoma: read our full coverage of the Supreme Court ruling."),
    ])


def tsalagi_style() -> PublisherStyle:
    """A tribal nation's newspaper in English with Cherokee syllabary lines (Oklahoma): a
    greeting in the syllabary, a long US date turned a weekday with a 12-hour time, "By"
    gaining a staff post, a word of the day (syllabary, transliteration and meaning), a
    "RELATED:" link (up to twice), a registration line turned the Cherokee National Holiday
    (Labor Day weekend, with its ordinal and AP-style days; virtual in 2020) and the
    holidays, a tip line turned two 2015 votes, the 2019 election, the 2020 closure and a
    court ruling, a language-class line, an obituary rule changed in 2019, a print edition
    paused in 2020, a thanks line in the syllabary naming the paper, a two-line newsroom
    block, a rare tornado warning."""
    return PublisherStyle(
        domain="tsalagitimes.org", site="The Tsalagi Times", base_size=310,
        subdomains=(("www.", 100),),
        sections=("news", "culture", "education", "health", "sports"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={"beat": ("Reporter", "Senior Reporter", "Multimedia Editor"),
               "word": tuple(f"📖 Word of the day: {s} ({t}) — {m}" for s, t, m in WORDS)},
        families=(
            _f("osiyo", HEADER, 0.2, (_OLD, "ᎣᏏᏲ · Osiyo")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2018-10-01", "{weekday}, {date_long} · {time12}")),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               ("2017-06-01", "By {author}, {author_beat}")),
            _f("word", MIDDLE, 0.25, (_OLD, "{word}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("calendar", FOOTER, 0.3, *_cn_calendar()),
            _f("notices", FOOTER, 0.2, *_cn_notices()),
            _f("language", FOOTER, 0.25,
               (_OLD, "Free Cherokee language classes for citizens, online and in person: "
                "call the language department.")),
            _f("obits", FOOTER, 0.25,
               (_OLD, "Obituaries are free for citizens: email the newsroom by Friday at "
                "noon."),
               ("2019-01-01", "Obituaries are free for citizens and their families: email the "
                "newsroom by Monday at noon.")),
            _f("print", FOOTER, 0.2,
               (_OLD, "The print edition is mailed free to citizen households every month."),
               ("2020-04-01", "The print edition is paused; every story is online.")),
            _f("wado", FOOTER, 0.3, (_OLD, "ᏩᏙ · Wado for reading The Tsalagi Times.")),
            _f("newsroom-head", FOOTER, 0.4, (_OLD, "Newsroom")),
            _f("newsroom", FOOTER, 0.38,
               (_OLD, "P.O. Box 143, Tahlequah, OK 74465 · 918-555-0143")),
            _f("tornado", FOOTER, 0.04,
               (_OLD, "🌪️ Tornado warning for Cherokee County: take shelter now and stay off "
                "the roads.")),
        ),
    )


# --- a Darjeeling tea estate's journal ----------------------------------------------------------

# (invoice, flush, grade, bags, kilos a bag, rupees a kilo): lots sold at auction; each line
# prints the lot's value in Indian (lakh) grouping.
LOTS = (("DJ-4", "First flush", "SFTGFOP1", 16, 20, 3480),
        ("DJ-11", "First flush", "FTGFOP1", 22, 20, 2650),
        ("DJ-27", "Second flush", "SFTGFOP1 muscatel", 20, 25, 2980),
        ("DJ-35", "Second flush", "FTGFOP1", 26, 25, 1840),
        ("DJ-52", "Monsoon flush", "TGFOP", 30, 25, 640),
        ("DJ-68", "Autumn flush", "FTGFOP1", 24, 25, 1120))
NOTES = ("☕ Tasting notes: muscatel, ripe grape and a long sweet finish.",
         "☕ Tasting notes: green apple, spring flowers and a bright, brisk cup.",
         "☕ Tasting notes: toasted almond, stone fruit and a soft, round body.",
         "☕ Tasting notes: malt, wood and a coppery liquor.")
_FIRST = "🌱 First flush: we pluck the tender spring shoots in March and April."
_SECOND = "🌿 Second flush: the muscatel season, May and June."
_MONSOON = "🌧️ Monsoon flush: the rains teas, until the end of September."
_AUTUMN = "🍂 Autumn flush: the last plucking before winter."
_DORMANT = "❄️ The bushes are dormant until spring: pruning and weeding in the garden."


def lakh(n: int) -> str:
    """`n` in Indian grouping: the last three digits, then pairs ("11,13,600")."""
    head, tail = str(n)[:-3], str(n)[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(([head] if head else []) + groups + [tail])


def _lot(invoice: str, flush: str, grade: str, bags: int, kilos: int, price: int) -> str:
    return (f"🍃 Invoice {invoice} · {flush} {grade} · {bags} bags × {kilos} kg at "
            f"₹{lakh(price)}/kg · ₹{lakh(bags * kilos * price)}")


def kanchan_style() -> PublisherStyle:
    """A Darjeeling tea estate's journal: a date turned "From the garden" with a long US date
    and the writer, the flush (the seasons, the 2017 hill strike and the 2020 lockdown), a
    lot sold at auction (bags, kilos, the price a kilo and the lot's value in lakh
    grouping), tasting notes, a brewing line, shipping (held, then slower in 2020), a free
    shipping threshold raised in 2019, a Geographical Indication line, garden visits (closed
    in winter and in 2020), a welfare line, a two-line office block, a rare landslide."""
    return PublisherStyle(
        domain="kanchanjhoratea.com", site="Kanchanjhora Tea Estate", base_size=250,
        subdomains=(("www.", 100),),
        sections=("journal", "harvest", "shop"),
        n_authors=2, url_path="/journal/{slug}",
        pools={"lot": tuple(_lot(*lot) for lot in LOTS), "note": NOTES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-03-01", "From the garden · {date_long} · {author}")),
            _f("flush", HEADER, 0.3, *_seasons(
                ("03-01", _FIRST), ("05-01", _SECOND), ("06-21", _MONSOON),
                ("10-01", _AUTUMN), ("11-21", _DORMANT),
                special={2017: [("2017-03-01", _FIRST), ("2017-05-01", _SECOND),
                                ("2017-06-15", "⛔ The garden is shut during the hill strike: "
                                               "no plucking until it ends."),
                                ("2017-09-28", "🍂 Plucking resumes after the strike: autumn "
                                               "flush teas from October."),
                                ("2017-11-21", _DORMANT)],
                         2020: [("2020-03-01", _FIRST),
                                ("2020-03-25", "⛔ The garden is closed in the lockdown: the "
                                               "first flush is lost on the bushes."),
                                ("2020-04-13", "🌱 Plucking resumes with a quarter of the "
                                               "workforce: a small first flush this year."),
                                ("2020-05-01", _SECOND), ("2020-06-21", _MONSOON),
                                ("2020-10-01", _AUTUMN), ("2020-11-21", _DORMANT)]})),
            _f("lot", MIDDLE, 0.3, (_OLD, "{lot}")),
            _f("note", MIDDLE, 0.2, (_OLD, "{note}")),
            _f("brew", FOOTER, 0.3,
               (_OLD, "Brewing: 2 g of leaf to 200 ml of water at 90°C for 3–4 minutes.")),
            _f("shipping", FOOTER, 0.25, *_timeline(
                [(_OLD, "We ship worldwide by registered post: allow 7–21 days.")],
                [(dt.date(2020, 3, 25), dt.date(2020, 6, 8),
                  "Orders are on hold during the lockdown: we will ship as soon as the post "
                  "office reopens."),
                 (dt.date(2020, 6, 8), None,
                  "International shipping is slow this year: allow 3–6 weeks.")])),
            _f("freeship", FOOTER, 0.2,
               (_OLD, "Free shipping within India on orders over ₹1,500."),
               ("2019-04-01", "Free shipping within India on orders over ₹2,000.")),
            _f("gi", FOOTER, 0.25,
               (_OLD, "Darjeeling Tea is a registered Geographical Indication: look for the "
                "Darjeeling logo on every pack.")),
            _f("visits", FOOTER, 0.2, *_seasons(
                ("03-01", "Garden walks and tastings by appointment, March to November."),
                ("12-01", "The garden rests in winter: walks and tastings start again in "
                          "March."),
                special={2020: [("2020-03-01", "Garden walks and tastings by appointment, March "
                                               "to November."),
                                ("2020-03-20", "No visitors this year: the garden is closed to "
                                               "guests.")]})),
            _f("welfare", FOOTER, 0.2,
               (_OLD, "A share of every sale goes to the garden school and the estate clinic.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Estate office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Kanchanjhora Tea Estate, P.O. Mirik, Darjeeling 734214 · +91 354 255 "
                "0143")),
            _f("landslide", FOOTER, 0.04,
               (_OLD, "⚠️ A landslide has closed the Rohini road: visitors please come via "
                "Kurseong.")),
        ),
    )


# --- a whale-watching operator's sighting log (Húsavík, Iceland) -------------------------------

# Each trip's sightings: (species, count).
SIGHTINGS = ((("humpback whale", 4), ("white-beaked dolphin", 12), ("harbour porpoise", 3)),
             (("humpback whale", 2), ("minke whale", 1)),
             (("blue whale", 1), ("humpback whale", 3)),
             (("minke whale", 2), ("white-beaked dolphin", 20)),
             (("humpback whale", 6), ("harbour porpoise", 5)))
SEA = ("🌊 Sea calm · wind NE 3 m/s · air 9°C", "🌊 Slight swell · wind N 6 m/s · air 7°C",
       "🌊 Sea calm · wind SW 2 m/s · air 13°C", "🌊 Moderate swell · wind NW 8 m/s · air 5°C")
_SPRING = "Spring tours: daily at 10:00 and 13:30 from the harbour."
_SUMMER = "Summer tours: daily at 9:00, 10:30, 13:30, 17:00 and 20:00 from the harbour."
_AUTUMN_TOURS = "Autumn tours: daily at 10:00 and 13:30 from the harbour."
_WINTER = "No scheduled tours in winter: private charters on request."


def _sighting(*seen: tuple[str, int]) -> str:
    return "🐋 Today: " + " · ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in seen)


def husavik_style() -> PublisherStyle:
    """A whale-watching operator's sighting log (Húsavík, Iceland): a bilingual welcome, a
    date turned "Sighting log" with the skipper, the trip's sightings (species with their
    counts), the sea and the weather, tour times by season (suspended, then fewer places in
    2020), the puffin season, prices raised in 2018, gift cards (the travel gift from June
    2020), a no-whales rule, a clothing line, a thanks line in Icelandic, a two-line ticket
    office block, a rare gale cancellation."""
    return PublisherStyle(
        domain="skjalfandiwhales.is", site="Skjálfandi Whale Watching", base_size=220,
        subdomains=(("www.", 100),),
        sections=("log", "news", "tours"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"sighting": tuple(_sighting(*s) for s in SIGHTINGS), "sea": SEA},
        families=(
            _f("velkomin", HEADER, 0.2, (_OLD, "Velkomin um borð · Welcome aboard")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2017-05-01", "Sighting log · {date_dmy} · Skipper {author}")),
            _f("sighting", HEADER, 0.35, (_OLD, "{sighting}")),
            _f("sea", MIDDLE, 0.25, (_OLD, "{sea}")),
            _f("tours", FOOTER, 0.3, *_seasons(
                ("04-01", _SPRING), ("06-01", _SUMMER), ("09-01", _AUTUMN_TOURS),
                ("10-21", _WINTER),
                special={2020: [("2020-03-24", "Tours are suspended until further notice."),
                                ("2020-05-15", "Tours restart daily at 10:00 and 13:30, with "
                                               "fewer places on board."),
                                ("2020-06-01", _SUMMER), ("2020-09-01", _AUTUMN_TOURS),
                                ("2020-10-21", _WINTER)]})),
            _f("puffins", FOOTER, 0.2, *_seasons(
                ("04-20", "🐦 The puffins are back on Lundey: add a puffin tour to your trip."),
                ("08-15", "The puffins have left Lundey for the winter at sea."))),
            _f("prices", FOOTER, 0.25,
               (_OLD, "Adults ISK 10,500 · children 7–15 ISK 4,500 · under 7 free"),
               ("2018-01-01", "Adults ISK 11,990 · children 7–15 ISK 4,990 · under 7 free")),
            _f("gift", FOOTER, 0.2, *_timeline(
                [(_OLD, "Gift cards are sold at the ticket office and online.")],
                [(dt.date(2020, 6, 19), None,
                  "We accept the Ferðagjöf, the government's travel gift to everyone living in "
                  "Iceland.")])),
            _f("guarantee", FOOTER, 0.25,
               (_OLD, "No whales? Come again on another tour for free.")),
            _f("warm", FOOTER, 0.25,
               (_OLD, "Warm overalls and raincoats are provided on board; dress warmly "
                "anyway.")),
            _f("takk", FOOTER, 0.25, (_OLD, "Takk fyrir komuna!")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Ticket office")),
            _f("office", FOOTER, 0.38, (_OLD, "Hafnarstétt 11, 640 Húsavík · +354 464 0143")),
            _f("gale", FOOTER, 0.04,
               (_OLD, "⛔ All tours are cancelled today: gale warning for Skjálfandi Bay.")),
        ),
    )


# --- a sled dog race's news (interior Alaska) ---------------------------------------------------

# (bib, musher, checkpoint, time, dogs on the line)
CHECKPOINTS = ((7, "Sarah Kowalczyk", "Two Rivers", "2:14 a.m.", 12),
               (12, "Nils Amundsen", "Tolovana", "11:40 p.m.", 10),
               (3, "Marcy Tenney", "Angel Creek", "6:05 a.m.", 13),
               (21, "Cody Lindqvist", "Central", "4:52 p.m.", 9),
               (9, "Ruth Evans", "Two Rivers", "9:31 a.m.", 11))
# (bib, musher, days, hours, minutes): finishers.
FINISHES = ((12, "Nils Amundsen", 2, 14, 23), (7, "Sarah Kowalczyk", 2, 16, 5),
            (3, "Marcy Tenney", 2, 19, 48))


def race_start(y: int) -> dt.date:
    """The race start as the race's calendar keeps it: the first Saturday of February."""
    return nth_weekday(y, 2, 5, 1)


def _race_year() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, "🌲 Trail crews are out breaking trail: snowmachine volunteers welcome.")]
    for y in YEARS:
        start = race_start(y)
        out += [(f"{y}-01-01", "🐾 Race month: vet checks and the mushers' meeting are on the "
                               "Thursday before the start."),
                ((start - dt.timedelta(days=7)).isoformat(),
                 f"🏁 The race starts Saturday, Feb. {start.day}, at 11 a.m. on the Chena "
                 "River."),
                ((start + dt.timedelta(days=5)).isoformat(),
                 "🙏 Thank you to every volunteer, sponsor and fan: see you on the trail next "
                 "year."),
                (f"{y}-08-01", "📝 Entries are open for next year's race: the field is limited "
                               "to 30 teams."),
                (f"{y}-11-01", "🌲 Trail crews are out breaking trail: snowmachine volunteers "
                               "welcome.")]
    return tuple(out)


def tanana_style() -> PublisherStyle:
    """A sled dog race's news (interior Alaska): a long US date turned "Race update" with a
    short date and a 12-hour time, a finisher (bib, musher and time), a team out of a
    checkpoint (bib, musher, time and dogs), the race's year (race month, the start on the
    first Saturday of February, thanks, entries, trail crews), an entry fee raised in 2018, a
    spectators' rule, a veterinary line, a tracker line changed in 2016, a volunteers' line,
    a two-line race office block, a rare cold delay."""
    return PublisherStyle(
        domain="tananaridge400.org", site="Tanana Ridge 400", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "race", "mushers"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"checkpoint": tuple(f"🐕 Bib {bib} {name} left {where} at {time} with {dogs} "
                                   "dogs" for bib, name, where, time, dogs in CHECKPOINTS),
               "finish": tuple(f"🏁 Finish: Bib {bib} {name} in {dd} days {hh} hours {mm} "
                               "minutes" for bib, name, dd, hh, mm in FINISHES)},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2018-11-01", "Race update · {date_short} · {time12}")),
            _f("finish", HEADER, 0.25, (_OLD, "{finish}")),
            _f("checkpoint", MIDDLE, 0.3, (_OLD, "{checkpoint}")),
            _f("year", FOOTER, 0.3, *_race_year()),
            _f("fee", FOOTER, 0.2,
               (_OLD, "Entry fee: $1,500, with a purse shared among the top 15 teams."),
               ("2018-08-01", "Entry fee: $1,750, with a purse shared among the top 15 teams.")),
            _f("trail", FOOTER, 0.25,
               (_OLD, "Spectators: keep your dogs and snowmachines off the race trail, and "
                "never stand in a team's path.")),
            _f("vets", FOOTER, 0.25,
               (_OLD, "Every dog is checked by a race veterinarian at every checkpoint.")),
            _f("tracker", FOOTER, 0.25,
               (_OLD, "Follow the race on our Facebook page for checkpoint times."),
               ("2016-12-01", "Follow every team live on the GPS tracker, linked from our home "
                "page.")),
            _f("volunteers", FOOTER, 0.2,
               (_OLD, "Volunteers run this race: sign up for a checkpoint, the dog drop or the "
                "finish line.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Race office")),
            _f("office", FOOTER, 0.38, (_OLD, "P.O. Box 143, Fairbanks, AK 99707 · (907) "
                                             "555-0143")),
            _f("cold", FOOTER, 0.04,
               (_OLD, "🥶 The start is delayed: it is −45°F at the start line.")),
        ),
    )


# --- a county ploughing association's news (Ireland) --------------------------------------------

# The National Ploughing Championships: (venue, first of three days, Tuesday to Thursday).
NATIONALS = {2015: ("Ratheniska, Co. Laois", "2015-09-22"),
             2016: ("Screggan, Tullamore, Co. Offaly", "2016-09-20"),
             2017: ("Screggan, Tullamore, Co. Offaly", "2017-09-19"),
             2018: ("Screggan, Tullamore, Co. Offaly", "2018-09-18"),
             2019: ("Fenagh, Co. Carlow", "2019-09-17")}
MATCH_VENUES = {2015: "Killeshin", 2016: "Ballinkillen", 2017: "Rathoe", 2018: "Borris",
                2019: "Leighlinbridge", 2020: "Myshall"}
# (class, [(ploughman, club, points), ...] in placing order)
RESULTS = (("Senior Conventional", (("Pat Doyle", "Killeshin", 226), ("Seán Nolan",
                                                                       "Ballinkillen", 219),
                                    ("Mick Byrne", "Rathoe", 211))),
           ("Intermediate Reversible", (("Aoife Kinsella", "Borris", 204),
                                        ("Tom Murphy", "Myshall", 198))),
           ("Under 21", (("Ciarán Hayden", "Rathoe", 187), ("Jack Nolan", "Ballinkillen",
                                                            181))),
           ("Vintage", (("Jim Kavanagh", "Leighlinbridge", 193), ("Paddy Foley", "Borris",
                                                                   190))),
           ("Horse", (("Noel Brennan", "Myshall", 172),)))
_PLACES = ("1st", "2nd", "3rd")


def _result(kind: str, placed: tuple[tuple[str, str, int], ...]) -> str:
    return f"🏆 {kind}: " + " · ".join(f"{_PLACES[i]} {name} ({club}) {points} pts"
                                      for i, (name, club, points) in enumerate(placed))


def county_match(y: int) -> dt.date:
    """The county match: the second Sunday of February."""
    return nth_weekday(y, 2, 6, 2)


def _nationals() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New ploughmen and ploughwomen always welcome: ask any committee member.")]
    events: list[Event] = []
    for y in YEARS:
        match = county_match(y)
        events.append((match - dt.timedelta(days=14), match + dt.timedelta(days=1),
                       f"🚜 County match: Sunday {match.day} February at {MATCH_VENUES[y]}, "
                       "first furrow at 10.30am."))
        if y in NATIONALS:
            venue, first = NATIONALS[y]
            start = _day(first)
            events.append((start - dt.timedelta(days=21), start + dt.timedelta(days=3),
                           f"🇮🇪 National Ploughing Championships: {start.day}–{start.day + 2} "
                           f"September, {venue}. See you there!"))
        else:
            events.append((dt.date(y, 9, 1), dt.date(y, 9, 25),
                           "🇮🇪 No National Ploughing Championships this year: see you in "
                           "2021."))
    return _timeline(base, events)


def barrowvale_style() -> PublisherStyle:
    """A county ploughing association's news (Ireland): "Posted" with a long US date turned
    an Irish date with the writer as PRO, a class kicker, a class's placings (ploughmen,
    clubs and points), a members' line turned the county match (the second Sunday of
    February) and the National Ploughing Championships (three days from a Tuesday; none in
    2020), a weather rule turned the 2020 cancellation, a safety rule, membership raised in
    2019, a horse-ploughing line, a catering line, a two-line secretary block, a rare
    postponement."""
    return PublisherStyle(
        domain="barrowvaleploughing.ie", site="Barrowvale Ploughing Association", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "results", "matches"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"cls": tuple(kind for kind, _ in RESULTS) + ("Ladies' Class", "Novice"),
               "result": tuple(_result(kind, placed) for kind, placed in RESULTS)},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_long}"),
               ("2018-01-01", "{date_dmy} | {author}, PRO")),
            _f("cls", HEADER, 0.2, (_OLD, "{cls}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("calendar", FOOTER, 0.3, *_nationals()),
            _f("weather", FOOTER, 0.25, *_timeline(
                [(_OLD, "Matches go ahead in all weathers unless the field is waterlogged.")],
                [(dt.date(2020, 3, 12), None,
                  "All matches are cancelled for the rest of 2020: stay safe, and see you in "
                  "the furrow next year.")])),
            _f("safety", FOOTER, 0.25,
               (_OLD, "Tractors must have working PTO guards and lights; no passengers on "
                "tractors at any match.")),
            _f("membership", FOOTER, 0.2, (_OLD, "Membership: €20 a year, juveniles €10."),
               ("2019-01-01", "Membership: €25 a year, juveniles €10.")),
            _f("horses", FOOTER, 0.2,
               (_OLD, "Horse ploughing classes at every match: always the crowd's favourite.")),
            _f("tea", FOOTER, 0.2,
               (_OLD, "Tea, sandwiches and home baking in the marquee all day, in aid of the "
                "association.")),
            _f("secretary-head", FOOTER, 0.4, (_OLD, "Secretary")),
            _f("secretary", FOOTER, 0.38,
               (_OLD, "Mary Kinsella · 087 555 0143 · secretary@barrowvaleploughing.ie")),
            _f("waterlogged", FOOTER, 0.04,
               (_OLD, "⚠️ Today's match is postponed: the field is waterlogged. A new date "
                "will follow.")),
        ),
    )


def heldout32_styles() -> list[PublisherStyle]:
    """The held-back-32 styles, in the order the generator hands them to publishers."""
    return [
        idel_style(), shire_style(), qosqo_style(), maloti_style(), lorosae_style(),
        momase_style(), kiekut_style(), tsalagi_style(), kanchan_style(), husavik_style(),
        tanana_style(), barrowvale_style(),
    ]
