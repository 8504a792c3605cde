"""The ``held-back-95`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-93 set
(`tests.bench.heldout_templates_93`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of East Africa and the Horn, large and small: an
English wire in Nairobi, a Swahili daily in Tanga, an Amharic daily in Bahir Dar, a Somali site
in Hargeisa, a Kinyarwanda site in Huye, a Luganda weekly in Kampala, an Afaan Oromo site in
Adama, a Tigrinya site in Mekelle, a Swahili and English community radio in Isiolo, a Somali
and English diaspora site in Minneapolis, an English weekly in Juba and a Swahili community
site on Pemba. The families are the kinds a crawl of such sites holds: dates localised day by
day in English, Swahili, Amharic, Somali, Kinyarwanda, Luganda, Afaan Oromo and Tigrinya
(several changing form on the day of a redesign, two in the Ethiopian calendar with its
Pagume and its new year on 11 or 12 September, two weeklies by their issue day), lines that
turn every day, every week or every month (exchange rates in shillings and birr on working
days, the Somaliland shilling and the South Sudanese pound at the market every week, the
coffee auction every Tuesday, the coffee price every Monday, a radio's programme by weekday,
the monthly Umuganda on the last Saturday), the seasons of rains, kiremt, snow emergencies,
the monsoon winds and the clove harvest, bylines and datelines of many shapes, section
kickers, read-also links (some up to two times), photo credits, a wire's reporting and editing
credits and its republication terms, sources, cross-posts, fair-use and copyright lines,
donation, membership, newsletter and social appeals, prices in Kenyan, Tanzanian and Ugandan
shillings, Rwandan francs, birr, dollars and South Sudanese pounds (several rising over the
years), notices reworded in 2016-2020, notices that follow the region's calendars (votes, a
re-run, an annulled one and a postponed one, states of emergency, curfews and lockdowns,
internet cuts, a cyclone, locusts, a census, fighting in Juba, Kwibuka with its count and its
hundred days, Meskel, Timket, Genna and Fasika by the Ethiopian and Orthodox calendars,
Ashenda, Irreechaa, Ramadan and the Eids as the region kept them, Martyrs' Day at Namugongo,
the Kabaka's coronation, the book fair in Hargeisa, national days with their counts, events
called off in 2020), multi-line blocks, mid-body inserts, bare lines and families in only 4%
of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    jdn,
    nth_or_last_weekday,
    ordinal,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SWAHILI_MONTHS = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
                  "Septemba", "Oktoba", "Novemba", "Desemba")
SWAHILI_WEEKDAYS = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi",
                    "Jumapili")
AMHARIC_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት",
                  "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ")
AMHARIC_WEEKDAYS = ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ")
TIGRINYA_MONTHS = ("መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ", "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ",
                   "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "ጳጉሜን")
TIGRINYA_WEEKDAYS = ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት")
SOMALI_MONTHS = ("Janaayo", "Febraayo", "Maarso", "Abriil", "May", "Juun", "Luulyo", "Ogosto",
                 "Sebtembar", "Oktoobar", "Nofembar", "Desembar")
SOMALI_WEEKDAYS = ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad")
KINYARWANDA_MONTHS = ("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena",
                      "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza")
KINYARWANDA_WEEKDAYS = ("Ku wa Mbere", "Ku wa Kabiri", "Ku wa Gatatu", "Ku wa Kane",
                        "Ku wa Gatanu", "Ku wa Gatandatu", "Ku Cyumweru")
LUGANDA_MONTHS = ("Janwaliyo", "Febwaliyo", "Maaki", "Apuli", "Maayi", "Juuni", "Julaayi",
                  "Agusito", "Sebuttemba", "Okitobba", "Novemba", "Desemba")
LUGANDA_WEEKDAYS = ("Bbalaza", "Lwakubiri", "Lwakusatu", "Lwakuna", "Lwakutaano",
                    "Lwamukaaga", "Ssande")
OROMO_MONTHS = ("Amajjii", "Guraandhala", "Bitootessa", "Ebla", "Caamsaa", "Waxabajjii",
                "Adoolessa", "Hagayya", "Fuulbana", "Onkoloolessa", "Sadaasa", "Muddee")
OROMO_WEEKDAYS = ("Wiixata", "Kibxata", "Roobii", "Kamiisa", "Jimaata", "Sanbata", "Dilbata")

# Ramadan's first day and the two Eids as mosques in the region announced them.
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-07", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
ETHIOPIAN_EPOCH = 1723856  # the Julian day number the Ethiopian calendar counts from


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for rates that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def thousands(number: int) -> str:
    """`number` with commas between thousands (2,185)."""
    return f"{number:,}"


def ethiopian(day: dt.date) -> tuple[int, int, int]:
    """The Ethiopian calendar date of `day`: (year, month 1-13, day); the thirteenth month,
    Pagume, has five days, six before a Gregorian leap year."""
    n = jdn(day) - ETHIOPIAN_EPOCH
    r = n % 1461
    days = r % 365 + 365 * (r // 1460)
    return 4 * (n // 1461) + r // 365 - r // 1460, days // 30 + 1, days % 30 + 1


def ethiopian_day(month: int, day: int) -> Callable[[int], dt.date | None]:
    """The Gregorian day of Ethiopian `month`/`day` in a Gregorian year (the first in it)."""
    def find(y: int) -> dt.date | None:
        d = dt.date(y, 1, 1)
        while d.year == y:
            if ethiopian(d)[1:] == (month, day):
                return d
            d += dt.timedelta(days=1)
        return None
    return find


# --- an English wire (Nairobi, Kenya) ---------------------------------------------------------

RW_REDESIGN = dt.date(2018, 6, 1)  # relaunched on Madaraka Day
RW_TERMS = dt.date(2017, 1, 3)
RW_NEWSLETTER = dt.date(2019, 9, 2)


def _rw_dateline(day: dt.date) -> str:
    if day < RW_REDESIGN:
        return f"{{city}}, {ENGLISH_MONTHS[day.month - 1][:3]} {day.day} (Rift Wire) -"
    return f"{{city}} (Rift Wire) — {ENGLISH_WEEKDAYS[day.weekday()]} {day.day:02d}/" \
           f"{day.month:02d}/{day.year}"


def kes_rate(day: dt.date) -> float:
    """The made-up central bank mean rate of a dollar in Kenyan shillings on `day`'s working
    day (about 91 in early 2015 to 110 in late 2020)."""
    work = working_day(day)
    return round(91 + 19 * progress(work) ** 0.7 + made_up(work, "kes", -40, 40) / 100, 4)


def _rw_fx(day: dt.date) -> str:
    return f"FX: CBK mean rate {kes_rate(day):.4f} shillings to the dollar"


def coffee_auction(day: dt.date) -> int:
    """The made-up average price (US$ per 50 kg bag) at the Nairobi coffee auction of the
    Tuesday on or before `day`."""
    tuesday = week_from(day, 1)
    return made_up(tuesday, "nce", 170, 290)


def _rw_coffee(day: dt.date) -> str:
    tuesday = week_from(day, 1)
    return (f"Coffee auction ({tuesday.day} {ENGLISH_MONTHS[tuesday.month - 1][:3]}): "
            f"average ${coffee_auction(day)} per 50kg bag")


def _rw_notice() -> Wordings:
    base = _steps((_OLD, "Follow Rift Wire on Twitter for the day's top stories"),
                  (RW_NEWSLETTER.isoformat(), "Get the East Africa Morning Brief: sign up "
                                              "free at riftwire.com/brief"))
    news: list[Event] = [
        _span("2015-07-23", "2015-07-26", "COVERAGE NOTE: Global Entrepreneurship Summit and "
                                          "the US president's visit, live file"),
        _span("2015-11-25", "2015-11-30", "COVERAGE NOTE: the Pope in Nairobi, Kampala and "
                                          "Bangui, live file"),
        _vote("2017-08-08", "ELECTION DESK: Kenya votes — results file updated every 30 "
                            "minutes", before=5, after=3),
        _vote("2017-10-26", "ELECTION DESK: Kenya's repeat presidential vote", before=5),
        _vote("2020-10-28", "ELECTION DESK: Tanzania votes — results by constituency",
              before=5, after=3),
        _span("2020-03-16", "2020-04-30", "COVID-19: our bureaux are working remotely; "
                                          "file times may slip"),
    ]
    return _calendar(base, news)


def wire_style() -> PublisherStyle:
    """An English wire (Nairobi): a slug kicker, a city dateline with the month's short name
    turned the city, the weekday and the day with slashes on Madaraka Day 2018 (a wording
    per day), an UPDATE tag, "By" turned with the bureau, the reporting and editing credits
    and the republication terms reworded (a block), "RELATED:" (up to twice), a photo
    agency's credit, the shilling's mean rate on working days, the coffee auction every
    Tuesday, a social line turned a newsletter appeal and turned by two visits, three
    votes and the 2020 remote working, a rare correction."""
    return PublisherStyle(
        domain="riftwire.com", site="Rift Wire", base_size=245,
        subdomains=(("www.", 90), ("", 10)),
        sections=("kenya", "tanzania", "uganda", "horn", "markets", "sport"),
        n_authors=9, url_path="/{section}/{yyyy}{mm}{dd}-{slug}",
        pools={
            "slug": ("KENYA-POLITICS/", "EAST AFRICA-MARKETS/", "ETHIOPIA-DAM/",
                     "SOMALIA-SECURITY/", "UGANDA-OIL/", "TANZANIA-MINING/",
                     "ATHLETICS-KENYA/"),
            "city": ("NAIROBI", "MOMBASA", "KAMPALA", "DAR ES SALAAM", "ADDIS ABABA",
                     "MOGADISHU", "KIGALI", "JUBA", "KISUMU"),
            "update": ("UPDATE 1", "UPDATE 2", "UPDATE 3"),
            "agency": ("Rift Wire", "Rift Wire/File", "Handout", "Pool"),
        },
        families=(
            _f("slug", HEADER, 0.45, (_OLD, "{slug}")),
            _f("update", HEADER, 0.2, (_OLD, "{update}-")),
            _f("dateline", HEADER, 0.85, *_by_day(_rw_dateline)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (RW_REDESIGN.isoformat(), "By {author}, Rift Wire bureau")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "PHOTO: {agency}")),
            _f("fx", FOOTER, 0.2, *_by_day(_rw_fx)),
            _f("coffee", FOOTER, 0.12, *_by_day(_rw_coffee)),
            _f("notice", FOOTER, 0.25, *_rw_notice()),
            _f("credits", FOOTER, 0.6, (_OLD, "(Reporting by {author}; Editing by {author2})"),
               (RW_REDESIGN.isoformat(), "(Reporting by {author}; Additional reporting by "
                                         "{author2}; Editing by the Nairobi desk)")),
            _f("terms", FOOTER, 0.45, (_OLD, "© {year} Rift Wire. Subscribers may republish "
                                             "with credit."),
               (RW_TERMS.isoformat(), "© {year} Rift Wire. Republication by subscribers only, "
                                      "with the line \"Rift Wire\" kept.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: fixes spelling of name in "
                                                  "paragraph 3")),
        ),
    )


# --- a Swahili daily (Tanga, Tanzania) --------------------------------------------------------

TZ_REDESIGN = dt.date(2017, 4, 26)  # relaunched on Union Day
TZ_WHATSAPP = dt.date(2019, 3, 4)
TZ_RIGHTS = dt.date(2018, 1, 2)


def _tz_dated(day: dt.date) -> str:
    weekday, month = SWAHILI_WEEKDAYS[day.weekday()], SWAHILI_MONTHS[day.month - 1]
    if day < TZ_REDESIGN:
        return f"{weekday}, {month} {day.day}, {day.year}"
    return f"{weekday} {day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def tzs_rate(day: dt.date) -> int:
    """The made-up selling rate of a dollar in Tanzanian shillings on `day`'s working day
    (about 1,740 in early 2015 to 2,320 in 2020)."""
    work = working_day(day)
    return round(1740 + 580 * min(1.0, progress(work) * 1.6)) + made_up(work, "tzs", -9, 9)


def _tz_rate(day: dt.date) -> str:
    return f"💵 Kiwango cha ubadilishaji: Dola 1 = TSh {thousands(tzs_rate(day))}"


def _tz_uhuru(y: int) -> str:
    if y == 2015:
        return "🧹 Desemba 9: Siku ya Uhuru mwaka huu ni siku ya usafi nchi nzima"
    return f"🇹🇿 Miaka {y - 1961} ya Uhuru: heri ya Desemba 9"


def _tz_notice() -> Wordings:
    base = _steps((_OLD, "Tufuate Facebook na Instagram: Mwambao Tanga"),
                  (TZ_WHATSAPP.isoformat(), "📲 Pata habari kwa WhatsApp: tuma neno HABARI "
                                            "kwenda 0754 000 000"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Uchaguzi Mkuu 2015: matokeo ya majimbo ya Tanga", before=6,
              after=4),
        _vote("2019-11-24", "🗳️ Uchaguzi wa Serikali za Mitaa: vituo vinafunguliwa saa 2 "
                            "asubuhi", before=6),
        _span("2020-03-17", "2020-06-28", "😷 Shule zimefungwa: nawa mikono, epuka "
                                          "mikusanyiko"),
        _vote("2020-10-28", "🗳️ Uchaguzi Mkuu 2020: matokeo ya majimbo ya Tanga", before=6,
              after=4),
    ]
    feasts = _yearly("04-26", 1, 0, lambda y: f"🇹🇿 Miaka {y - 1964} ya Muungano")
    feasts += _yearly("07-07", 0, 0, lambda y: f"🛍️ Maonesho ya Sabasaba {y}: Dar es "
                                               f"Salaam")
    feasts += _yearly("08-08", 1, 0, lambda _: "🌽 Nane Nane: heri kwa wakulima wa Tanga")
    feasts += _yearly("12-09", 1, 0, _tz_uhuru)
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 Eid Mubarak! Idd el Fitr njema")
    return _calendar(base, news, feasts)


def tanga_style() -> PublisherStyle:
    """A Swahili daily (Tanga): a section kicker, the Swahili weekday and the date turned a
    dotted date with the time on Union Day 2017 (a wording per day), "Na" before the name
    and the town in capitals in a dateline, "Soma pia:" (up to twice), a photo credit, an
    advert's label mid-body, the dollar's rate in shillings on working days, the rains of
    masika and vuli, a social line turned a messenger appeal and turned by three votes and
    the 2020 school closure, Union Day with its count, Sabasaba, Nane Nane, Uhuru with its
    count (a clean-up day in 2015) and Eid, the cover price rising, a rights line reworded
    and the address (a block), a rare water cut."""
    return PublisherStyle(
        domain="mwambaotanga.co.tz", site="Mwambao Tanga", base_size=220,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("habari", "mikoa", "siasa", "biashara", "michezo", "makala"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "kipengele": ("HABARI", "MIKOANI", "SIASA", "BIASHARA", "MICHEZO", "MAKALA"),
            "mji": ("TANGA", "MUHEZA", "KOROGWE", "PANGANI", "LUSHOTO", "HANDENI", "MKINGA"),
            "picha": ("Mwambao Tanga", "Maktaba", "Ikulu", "Mtandao", "Mdau"),
        },
        families=(
            _f("kipengele", HEADER, 0.4, (_OLD, "{kipengele}")),
            _f("tarehe", HEADER, 0.8, *_by_day(_tz_dated)),
            _f("na", HEADER, 0.55, (_OLD, "Na {author}"),
               (TZ_REDESIGN.isoformat(), "Na {author}, Mwambao Tanga")),
            _f("mji", HEADER, 0.25, (_OLD, "{mji}:")),
            _f("soma-pia", MIDDLE, 0.35, (_OLD, "Soma pia: {other_title}"), count=2),
            _f("picha", MIDDLE, 0.2, (_OLD, "PICHA: {picha}")),
            _f("tangazo", MIDDLE, 0.08, (_OLD, "TANGAZO")),
            _f("dola", FOOTER, 0.2, *_by_day(_tz_rate)),
            _f("mvua", FOOTER, 0.12, *_seasons(
                ("03-01", "🌧️ Masika: TMA inatabiri mvua kubwa, wakazi wa mabondeni chukueni "
                          "tahadhari"),
                ("06-01", "☀️ Kiangazi: okoeni maji, TANGA UWASA inagawa kwa mgao"),
                ("10-01", "🌦️ Vuli: wakulima andaeni mashamba mapema"),
                ("12-15", "☀️ Kiangazi: okoeni maji, TANGA UWASA inagawa kwa mgao"))),
            _f("tangazo-kuu", FOOTER, 0.3, *_tz_notice()),
            _f("bei", FOOTER, 0.15, (_OLD, "Bei: TSh 500"), ("2016-07-01", "Bei: TSh 700"),
               ("2019-07-01", "Bei: TSh 1,000 · Gazeti la mtandaoni TSh 10,000 kwa mwezi")),
            _f("haki", FOOTER, 0.45, (_OLD, "© {year} Mwambao Tanga. Haki zote "
                                            "zimehifadhiwa."),
               (TZ_RIGHTS.isoformat(), "Hairuhusiwi kunakili habari hii bila idhini ya "
                                       "Mwambao Tanga.")),
            _f("ofisi", FOOTER, 0.25, (_OLD, "Ofisi: Barabara ya 14, S.L.P. 0000, Tanga · "
                                             "Simu: 027 000 0000")),
            _f("maji", HEADER, 0.04, (_OLD, "⚠️ TANGA UWASA: huduma ya maji itasitishwa leo "
                                            "kuanzia saa 2 asubuhi")),
        ),
    )


# --- an Amharic daily (Bahir Dar, Ethiopia) ---------------------------------------------------

AM_REDESIGN = dt.date(2018, 9, 11)  # relaunched on Enkutatash 2011
AM_TELEGRAM = dt.date(2019, 2, 4)
AM_MEMBERS = dt.date(2020, 1, 6)


def _am_ec(day: dt.date) -> str:
    y, m, d = ethiopian(day)
    return f"{AMHARIC_MONTHS[m - 1]} {d} ቀን {y} ዓ.ም."


def _am_dated(day: dt.date) -> str:
    weekday = AMHARIC_WEEKDAYS[day.weekday()]
    if day < AM_REDESIGN:
        return f"ባሕር ዳር፣ {weekday} {_am_ec(day)}"
    return f"{weekday}፣ {_am_ec(day)} ({day.day:02d}/{day.month:02d}/{day.year} እ.ኤ.አ.)"


def etb_rate(day: dt.date) -> float:
    """The made-up buying rate of a dollar in birr on `day`'s working day (about 20.5 in
    early 2015 to 38 in late 2020, most of it after the 2017 devaluation)."""
    work = working_day(day)
    p = progress(work)
    return round(20.5 + 2.6 * p + 4.5 * (work >= dt.date(2017, 10, 10))
                 + 22 * max(0.0, p - 0.55) + made_up(work, "etb", -3, 3) / 100, 2)


def _am_rate(day: dt.date) -> str:
    return f"💵 የብሔራዊ ባንክ የምንዛሪ ተመን፦ 1 የአሜሪካ ዶላር = {etb_rate(day):.2f} ብር"


def _am_timket(y: int) -> str:
    return f"✝️ እንኳን ለ{y - 8} ዓ.ም. የጥምቀት በዓል በሰላም አደረሳችሁ"


def _am_notice() -> Wordings:
    base = _steps((_OLD, "በፌስቡክ ይከታተሉን፦ Gihon Zena"),
                  (AM_TELEGRAM.isoformat(), "📲 ፈጣን ዜናዎችን በቴሌግራም ቻናላችን ያግኙ፦ "
                                            "@gihonzena"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ አምስተኛው ጠቅላላ ምርጫ፦ የምርጫ ጣቢያዎች ከጠዋቱ 12 ሰዓት ይከፈታሉ",
              before=6, after=2),
        _span("2019-06-22", "2019-06-29", "📵 የኢንተርኔት አገልግሎት ተቋርጧል፤ ዜናዎቻችን ዘግይተው "
                                          "ይደርሳሉ"),
        _span("2020-03-31", "2020-04-07", "🗳️ ስድስተኛው ጠቅላላ ምርጫ በኮሮና ምክንያት ተራዝሟል"),
    ]
    # the months-long emergencies give way to a feast's greeting on its days
    emergencies: list[Event] = [
        _span("2016-10-09", "2017-08-04", "⚠️ የአስቸኳይ ጊዜ አዋጅ በሥራ ላይ ነው"),
        _span("2018-02-16", "2018-06-05", "⚠️ ሁለተኛው የአስቸኳይ ጊዜ አዋጅ በሥራ ላይ ነው"),
        _span("2020-04-08", "2020-09-08", "😷 የኮሮና የአስቸኳይ ጊዜ አዋጅ፦ ማስክ ያድርጉ፣ "
                                          "ርቀትዎን ይጠብቁ"),
    ]
    feasts = _movable(ethiopian_day(1, 1), 1, 0, lambda y: f"🌼 እንኳን ለ{y - 7} ዓ.ም. አዲስ "
                                                          f"ዓመት አደረሳችሁ")
    feasts += _movable(ethiopian_day(1, 17), 1, 0, lambda _: "🔥 መልካም የመስቀል በዓል")
    feasts += _movable(ethiopian_day(5, 11), 2, 0, _am_timket)
    feasts += _movable(ethiopian_day(4, 29), 1, 0, lambda _: "🎄 መልካም የገና በዓል")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "🐣 እንኳን ለብርሃነ ትንሣኤው አደረሳችሁ")
    feasts += _yearly("03-02", 0, 0, lambda y: f"🇪🇹 {y - 1896}ኛው የዓድዋ ድል በዓል")
    return _calendar(base, news, feasts, emergencies)


def bahirdar_style() -> PublisherStyle:
    """An Amharic daily (Bahir Dar): a section kicker, the city, the weekday and the date in
    the Ethiopian calendar turned the weekday, the Ethiopian date and the Gregorian one on
    Enkutatash 2011 (a wording per day), "ዘጋቢ፦" turned with the desk, "ተዛማጅ ዜና፦" (up to
    twice), a photo credit, an advert's label mid-body, the birr's rate on working days, the
    kiremt rains and the dry season, a social line turned a messenger appeal and turned by a
    vote, two states of emergency, an internet cut, the vote put off and the 2020 emergency,
    the new year with its Ethiopian year, Meskel, Timket with its year, Genna, Fasika and
    Adwa with its count, a membership appeal in birr, the cover price rising, a rights line
    and the address (a block), a rare power cut."""
    return PublisherStyle(
        domain="gihonzena.com.et", site="Gihon Zena", base_size=195,
        subdomains=(("www.", 100),),
        sections=("zena", "amhara", "poletika", "economy", "sport", "bahil"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "kifil": ("ዜና", "አማራ ክልል", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት", "ባሕል"),
            "foto": ("Gihon Zena", "ኢዜአ", "ማኅበራዊ ሚዲያ", "ፋይል ፎቶ"),
            "birr": ("50", "100", "200"),
        },
        families=(
            _f("kifil", HEADER, 0.35, (_OLD, "{kifil}")),
            _f("ken", HEADER, 0.75, *_by_day(_am_dated)),
            _f("zegabi", HEADER, 0.5, (_OLD, "ዘጋቢ፦ {author}"),
               (AM_REDESIGN.isoformat(), "ዘጋቢ፦ {author} | የባሕር ዳር ዴስክ")),
            _f("tezamaj", MIDDLE, 0.35, (_OLD, "ተዛማጅ ዜና፦ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "ፎቶ፦ {foto}")),
            _f("masatawekia", MIDDLE, 0.08, (_OLD, "ማስታወቂያ")),
            _f("mindizri", FOOTER, 0.2, *_by_day(_am_rate)),
            _f("wekt", FOOTER, 0.12, *_seasons(
                ("06-08", "🌧️ ክረምት፦ የጣና ሐይቅ ዳርቻ ነዋሪዎች ከጎርፍ ይጠንቀቁ"),
                ("09-27", "☀️ በጋ፦ የጣና ሐይቅ ጀልባ ጉዞዎች ተጀምረዋል"))),
            _f("mastawekia", FOOTER, 0.3, *_am_notice()),
            _f("abal", FOOTER, 0.12, (_OLD, "ነፃ ጋዜጠኝነትን ይደግፉ።"),
               (AM_MEMBERS.isoformat(), "የGihon Zena አባል ይሁኑ፦ በወር {birr} ብር በቴሌብር")),
            _f("waga", FOOTER, 0.25, (_OLD, "ዋጋ፦ 5 ብር"), ("2017-09-11", "ዋጋ፦ 7 ብር"),
               ("2019-09-12", "ዋጋ፦ 10 ብር")),
            _f("mebt", FOOTER, 0.45, (_OLD, "© {year} Gihon Zena። መብቱ በሕግ የተጠበቀ ነው።")),
            _f("adrasha", FOOTER, 0.2, (_OLD, "አድራሻ፦ ቀበሌ 00፣ ባሕር ዳር · ስልክ፦ 058 000 0000")),
            _f("mebrat", HEADER, 0.04, (_OLD, "⚠️ ኤሌክትሪክ አገልግሎት፦ ዛሬ ከጠዋቱ 3 እስከ 11 ሰዓት "
                                              "በከተማዋ ክፍሎች መብራት ይቋረጣል")),
        ),
    )


# --- a Somali site (Hargeisa, Somaliland) -----------------------------------------------------

SO_REDESIGN = dt.date(2017, 5, 18)  # relaunched on the 18 May anniversary
SO_ZAAD = dt.date(2018, 10, 1)
SO_WHATSAPP = dt.date(2019, 6, 26)
BOOK_FAIR = {2015: "2015-07-25", 2016: "2016-07-23", 2017: "2017-07-22", 2018: "2018-07-21",
             2019: "2019-07-20"}


def _so_dated(day: dt.date) -> str:
    weekday, month = SOMALI_WEEKDAYS[day.weekday()], SOMALI_MONTHS[day.month - 1]
    if day < SO_REDESIGN:
        return f"Hargeysa ({day.day} {month} {day.year})"
    return f"{weekday}, {day.day} {month}, {day.year} - {{time}}"


def slsh_rate(day: dt.date) -> int:
    """The made-up market rate of a dollar in Somaliland shillings in `day`'s week (from
    Saturday; about 6,500 in 2015 to 9,000 in 2020), rounded to 50."""
    saturday = week_from(day, 5)
    return 50 * round((6500 + 2600 * progress(saturday)
                       + made_up(saturday, "slsh", -150, 150)) / 50)


def _so_rate(day: dt.date) -> str:
    return f"💱 Sarrifka suuqa Hargeysa toddobaadkan: $1 = {thousands(slsh_rate(day))} SlSh"


def _so_fair(y: int) -> str:
    return f"📚 Bandhigga Buugaagta Caalamiga ah ee Hargeysa {y}: sannadkiisii {y - 2007}aad"


def _so_notice() -> Wordings:
    base = _steps((_OLD, "Nagala soco Facebook: Maroodi Jeex News"),
                  (SO_WHATSAPP.isoformat(), "📲 Wararka WhatsApp ku hel: 063 0000000"))
    news: list[Event] = [
        _span("2017-03-05", "2017-04-30", "🐪 Abaarta: deeq bixiyayaasha ka caawi "
                                          "xoolo-dhaqatada"),
        _vote("2017-11-13", "🗳️ Doorashada madaxtooyada 2017: goobaha codbixinta", before=6,
              after=4),
        _span("2018-05-18", "2018-05-22", "🌀 Duufaanta Sagar: ka fogaada togagga"),
        _span("2020-03-19", "2020-06-30", "😷 Iskuulada waa xidhan yihiin: gacmaha dhaq, "
                                          "iska ilaali isu-imaatinka"),
    ]
    feasts = _yearly("05-18", 1, 0, lambda y: f"🇸🇱 18 May: sannadguuradii {y - 1991}aad")
    feasts += _yearly("06-26", 0, 0, lambda y: f"🇸🇱 26 June: {y - 1960} sano ka hor")
    feasts += _movable(_listed(BOOK_FAIR), 0, 6, _so_fair)
    feasts += _movable(_listed(RAMADAN), 1, 2, lambda _: "🌙 Ramadaan Kariim: jadwalka "
                                                         "afurka Hargeysa")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 Ciid Mubaarak!")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐑 Ciid Mubaarak: Ciidda Carrafo")
    return _calendar(base, news, feasts)


def hargeisa_style() -> PublisherStyle:
    """A Somali site (Hargeisa): a section kicker, the city and the date turned the Somali
    weekday, the date and the time on 18 May 2017 (a wording per day), "Qoraa:" turned
    "Wariye:", a region's dateline, "Akhri sidoo kale:" (up to twice), a photo credit, the
    dollar's market rate in shillings every week from Saturday, a social line turned a
    messenger appeal and turned by the drought, a vote, a cyclone and the 2020 school
    closure, 18 May and 26 June with their counts, the book fair with its count, Ramadan
    and the two Eids, a donation appeal turned with Zaad, a rights line (a block), a rare
    road closure."""
    return PublisherStyle(
        domain="maroodijeexnews.com", site="Maroodi Jeex News", base_size=170,
        subdomains=(("www.", 100),),
        sections=("war", "gobollada", "siyaasad", "dhaqaale", "ciyaaraha"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "qayb": ("WARAR", "GOBOLLADA", "SIYAASAD", "DHAQAALE", "CIYAARAHA", "FAALLO"),
            "gobol": ("Burco", "Berbera", "Boorama", "Ceerigaabo", "Laascaanood", "Gabiley"),
            "sawir": ("Maroodi Jeex News", "Madaxtooyada", "Baraha bulshada", "Kayd"),
            "lacag": ("5", "10", "20"),
        },
        families=(
            _f("qayb", HEADER, 0.35, (_OLD, "{qayb}")),
            _f("taariikh", HEADER, 0.75, *_by_day(_so_dated)),
            _f("qoraa", HEADER, 0.5, (_OLD, "Qoraa: {author}"),
               (SO_REDESIGN.isoformat(), "Wariye: {author}")),
            _f("gobol", HEADER, 0.25, (_OLD, "{gobol} (MJN) -")),
            _f("akhri", MIDDLE, 0.35, (_OLD, "Akhri sidoo kale: {other_title}"), count=2),
            _f("sawir", MIDDLE, 0.2, (_OLD, "Sawir: {sawir}")),
            _f("sarrif", FOOTER, 0.2, *_by_day(_so_rate)),
            _f("ogeysiis", FOOTER, 0.3, *_so_notice()),
            _f("taageero", FOOTER, 0.12, (_OLD, "Taageer warbaahin xor ah."),
               (SO_ZAAD.isoformat(), "Ku taageer ${lacag} Zaad: *000*0000000#")),
            _f("xuquuq", FOOTER, 0.4, (_OLD, "© {year} Maroodi Jeex News. Xuquuqda way "
                                             "dhowran tahay.")),
            _f("wadada", HEADER, 0.04, (_OLD, "⚠️ Waddada Hargeysa–Berbera maanta qayb ahaan "
                                              "waa xidhan tahay")),
        ),
    )


# --- a Kinyarwanda site (Huye, Rwanda) --------------------------------------------------------

RW_HUYE_REDESIGN = dt.date(2018, 7, 4)  # relaunched on Kwibohora 24
HY_WHATSAPP = dt.date(2019, 10, 7)
HY_MOMO = dt.date(2018, 1, 8)
UMUGANDA_PAUSED = dt.date(2020, 3, 14)  # no community work from the 2020 lockdown on


def umuganda(y: int, m: int) -> dt.date:
    """Umuganda's day: the last Saturday of month `m`."""
    return nth_or_last_weekday(y, m, 5, -1)


def next_umuganda(day: dt.date) -> dt.date:
    """The first Umuganda on or after `day`."""
    this = umuganda(day.year, day.month)
    if day <= this:
        return this
    return umuganda(day.year + (day.month == 12), day.month % 12 + 1)


def _hy_dated(day: dt.date) -> str:
    weekday, month = KINYARWANDA_WEEKDAYS[day.weekday()], KINYARWANDA_MONTHS[day.month - 1]
    if day < RW_HUYE_REDESIGN:
        return f"Huye, {weekday} {day.day} {month} {day.year}"
    return f"{weekday}, {day.day:02d}/{day.month:02d}/{day.year} saa {{time}}"


def _hy_umuganda(day: dt.date) -> str:
    if day >= UMUGANDA_PAUSED:
        return "🧹 Umuganda wahagaritswe kubera COVID-19"
    nxt = next_umuganda(day)
    return f"🧹 Umuganda utaha: {nxt.day} {KINYARWANDA_MONTHS[nxt.month - 1]} {nxt.year}"


def _hy_notice() -> Wordings:
    base = _steps((_OLD, "Dukurikire kuri Facebook na Twitter: Inkingi Huye"),
                  (HY_WHATSAPP.isoformat(), "📲 Amakuru kuri WhatsApp: andika AMAKURU kuri "
                                            "078 000 0000"))
    news: list[Event] = [
        _vote("2015-12-18", "🗳️ Kamarampaka ku Itegeko Nshinga: site z'itora i Huye", before=6),
        _vote("2017-08-04", "🗳️ Amatora ya Perezida wa Repubulika 2017", before=6),
        _vote("2018-09-03", "🗳️ Amatora y'Abadepite 2018", before=6),
        _span("2020-03-21", "2020-05-03", "😷 Guma mu rugo: ntimuve mu ngo zanyu"),
    ]
    kwibuka = _yearly("04-07", 0, 6, lambda y: f"🕯️ Kwibuka{y - 1994}: Twibuke Twiyubaka")
    feasts = _yearly("02-01", 0, 0, lambda y: f"🇷🇼 Umunsi w'Intwari {y}")
    feasts += _yearly("07-04", 0, 0, lambda y: f"🇷🇼 Kwibohora{y - 1994}: isabukuru nziza")
    return _calendar(base, kwibuka, news, feasts)


def huye_style() -> PublisherStyle:
    """A Kinyarwanda site (Huye): a section kicker, the town, the weekday and the date turned
    the weekday, a date with slashes and the time on Kwibohora 2018 (a wording per day),
    "Yanditswe na" turned with the site's name, "Soma nanone:" (up to twice), a photo
    credit, the next Umuganda on the month's last Saturday (a wording per month, paused
    from the 2020 lockdown), a social line turned a messenger appeal and turned by a
    referendum, two votes and the 2020 lockdown, Kwibuka's first week with its count,
    Heroes' Day and Kwibohora with its count, the hundred days of mourning, a donation
    appeal turned with mobile money, a rights line (a block), a rare road closure."""
    return PublisherStyle(
        domain="inkingihuye.rw", site="Inkingi Huye", base_size=150,
        subdomains=(("www.", 100),),
        sections=("amakuru", "amajyepfo", "politiki", "ubukungu", "imikino", "uburezi"),
        n_authors=5, url_path="/spip.php?article{n}",
        pools={
            "igice": ("Amakuru", "Amajyepfo", "Politiki", "Ubukungu", "Imikino", "Uburezi"),
            "ifoto": ("Inkingi Huye", "Internet", "Ububiko", "RBA"),
            "amafaranga": ("500", "1000", "2000"),
        },
        families=(
            _f("igice", HEADER, 0.35, (_OLD, "{igice}")),
            _f("itariki", HEADER, 0.7, *_by_day(_hy_dated)),
            _f("yanditswe", HEADER, 0.5, (_OLD, "Yanditswe na {author}"),
               (RW_HUYE_REDESIGN.isoformat(), "Yanditswe na {author} | Inkingi Huye")),
            _f("soma", MIDDLE, 0.3, (_OLD, "Soma nanone: {other_title}"), count=2),
            _f("ifoto", MIDDLE, 0.2, (_OLD, "Ifoto: {ifoto}")),
            _f("umuganda", FOOTER, 0.2, *_by_day(_hy_umuganda)),
            _f("icyunamo", FOOTER, 0.1, *_seasons(
                ("04-07", "🕯️ Iminsi 100 yo kwibuka: tuzirikane abazize Jenoside yakorewe "
                          "Abatutsi"),
                ("07-05", "Inkingi Huye: amakuru y'Amajyepfo buri munsi"),
                first="Inkingi Huye: amakuru y'Amajyepfo buri munsi")),
            _f("itangazo", FOOTER, 0.3, *_hy_notice()),
            _f("inkunga", FOOTER, 0.18, (_OLD, "Shyigikira itangazamakuru ryigenga."),
               (HY_MOMO.isoformat(), "Tera inkunga ya FRW {amafaranga} kuri MoMo: "
                                     "078 000 0001")),
            _f("uburenganzira", FOOTER, 0.4, (_OLD, "© {year} Inkingi Huye. Uburenganzira "
                                                    "bwose burasigasiwe.")),
            _f("umuhanda", HEADER, 0.04, (_OLD, "⚠️ Umuhanda Huye–Nyamagabe urafunze by'agateganyo "
                                                "kubera imirimo")),
        ),
    )


# --- a Luganda weekly (Kampala, Uganda) -------------------------------------------------------

LG_REDESIGN = dt.date(2018, 10, 9)  # relaunched on Independence Day
LG_WHATSAPP = dt.date(2019, 4, 1)
LG_FIRST_ISSUE = dt.date(2015, 1, 1)  # a Thursday: issue 412
KABAKA_RUN = {2015: "2015-04-12", 2016: "2016-04-03", 2017: "2017-04-02", 2018: "2018-04-08",
              2019: "2019-04-07"}


def lg_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number on `day` and the Thursday it came out."""
    thursday = week_from(day, 3)
    return 412 + (thursday - LG_FIRST_ISSUE).days // 7, thursday


def _lg_issue(day: dt.date) -> str:
    number, thursday = lg_issue(day)
    return (f"Nnamba {number} · {LUGANDA_WEEKDAYS[3]}, {thursday.day} "
            f"{LUGANDA_MONTHS[thursday.month - 1]} {thursday.year}")


def _lg_dated(day: dt.date) -> str:
    weekday, month = LUGANDA_WEEKDAYS[day.weekday()], LUGANDA_MONTHS[day.month - 1]
    if day < LG_REDESIGN:
        return f"{weekday}, {month} {day.day}, {day.year}"
    return f"Kampala | {day.day} {month} {day.year} | {{time}}"


def _lg_martyrs(y: int) -> str:
    if y == 2020:
        return "⛪ Olunaku lw'Abajulizi 2020: tewali kugenda Namugongo, musabire ewammwe"
    return f"⛪ Olunaku lw'Abajulizi {y}: abalamazi batuuka e Namugongo"


def _lg_notice() -> Wordings:
    base = _steps((_OLD, "Tugoberere ku Facebook: Kyaddondo Leero"),
                  (LG_WHATSAPP.isoformat(), "📲 Amawulire ku WhatsApp: weereza AMAWULIRE ku "
                                            "0772 000000"))
    news: list[Event] = [
        _vote("2016-02-18", "🗳️ Okulonda kwa 2016: ebyavudde mu bitundu bya Kampala",
              before=6, after=3),
        _span("2020-03-30", "2020-06-01", "😷 Guma waka: ebidduka by'olukale biyimiriziddwa"),
        _span("2020-11-09", "2021-01-10", "🗳️ Kampeyini z'okulonda kwa 2021: enteekateeka "
                                          "y'abesimbyewo"),
    ]
    feasts = _yearly("06-03", 2, 0, _lg_martyrs)
    feasts += _yearly("07-31", 0, 0, lambda y: f"👑 Amatikkira ga Kabaka: emyaka {y - 1993}")
    feasts += _yearly("10-09", 0, 0, lambda y: f"🇺🇬 Emyaka {y - 1962} egy'Obwetwaze")
    feasts += _movable(_listed(KABAKA_RUN), 6, 0, lambda y: f"🏃 Kabaka Birthday Run {y}: "
                                                            f"gula kaadi yo")
    feasts += [_span("2015-11-27", "2015-11-28", "⛪ Paapa Francis ku Namugongo")]
    return _calendar(base, news, feasts)


def kampala_style() -> PublisherStyle:
    """A Luganda weekly (Kampala): the issue number with the Thursday it came out (turning
    every Thursday), a section kicker, the Luganda weekday and the date turned the city, the
    date and the time on Independence Day 2018 (a wording per day), "Bya" before the name
    turned with a beat, "Soma ne:" (up to twice), a photo credit, an advert's label, the
    dry and rainy seasons, a social line turned a messenger appeal and turned by two votes'
    campaigns and the 2020 lockdown, Martyrs' Day (kept at home in 2020), the Kabaka's
    coronation with its count, the Kabaka's birthday run, Independence with its count and
    the Pope's visit, the cover price rising and a rights line (a block), a rare power
    cut."""
    return PublisherStyle(
        domain="kyaddondoleero.co.ug", site="Kyaddondo Leero", base_size=130,
        subdomains=(("www.", 100),),
        sections=("amawulire", "buganda", "byobufuzi", "ebyemizannyo", "ebyobulimi"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "kitundu": ("AMAWULIRE", "BUGANDA", "BYOBUFUZI", "EMIZANNYO", "BYOBULIMI"),
            "beat": ("Omusasi waffe", "Omukunzi w'amawulire", "Omuwandiisi"),
        },
        families=(
            _f("nnamba", HEADER, 0.4, *_by_day(_lg_issue)),
            _f("kitundu", HEADER, 0.3, (_OLD, "{kitundu}")),
            _f("olunaku", HEADER, 0.65, *_by_day(_lg_dated)),
            _f("bya", HEADER, 0.45, (_OLD, "Bya {author}"),
               (LG_REDESIGN.isoformat(), "Bya {author}, {author_beat}")),
            _f("soma-ne", MIDDLE, 0.3, (_OLD, "Soma ne: {other_title}"), count=2),
            _f("ekifaananyi", MIDDLE, 0.15, (_OLD, "Ekifaananyi: {author2}")),
            _f("kirango", MIDDLE, 0.08, (_OLD, "KIRANGO")),
            _f("obudde", FOOTER, 0.12, *_seasons(
                ("03-01", "🌧️ Ttoggo: abalimi musimbe kaakano"),
                ("06-01", "☀️ Ekyeya: mutereke amazzi"),
                ("09-01", "🌧️ Dumbi: enkuba ey'okubiri, abalimi mwetegeke"),
                ("12-01", "☀️ Ekyeya: mutereke amazzi"))),
            _f("ekirango", FOOTER, 0.3, *_lg_notice()),
            _f("bbeeyi", FOOTER, 0.2, (_OLD, "Bbeeyi: Shs 1,000"),
               ("2017-07-06", "Bbeeyi: Shs 1,500")),
            _f("eddembe", FOOTER, 0.5, (_OLD, "© {year} Kyaddondo Leero. Eddembe lyonna "
                                              "likuumiddwa.")),
            _f("masanyalaze", HEADER, 0.04, (_OLD, "⚠️ Umeme: amasannyalaze gajja kuvaako "
                                                   "leero mu bitundu bya Nansana")),
        ),
    )


# --- an Afaan Oromo site (Adama, Ethiopia) ----------------------------------------------------

OM_REDESIGN = dt.date(2018, 10, 7)  # relaunched on the weekend of Irreechaa
OM_TELEGRAM = dt.date(2019, 5, 6)
IRREECHAA = {2015: "2015-10-04", 2016: "2016-10-02", 2017: "2017-10-01", 2018: "2018-10-07",
             2019: "2019-10-06", 2020: "2020-10-04"}


def _om_dated(day: dt.date) -> str:
    weekday, month = OROMO_WEEKDAYS[day.weekday()], OROMO_MONTHS[day.month - 1]
    if day < OM_REDESIGN:
        return f"Adaamaa, {month} {day.day}, {day.year}"
    return f"{weekday}, {day.day} {month} {day.year} | {{time}}"


def coffee_price(day: dt.date) -> int:
    """The made-up price of a kilo of washed coffee in birr in `day`'s week (from Monday;
    about 70 in 2015 to 130 in 2020)."""
    monday = week_from(day, 0)
    return round(70 + 60 * progress(monday)) + made_up(monday, "buna", -4, 4)


def _om_coffee(day: dt.date) -> str:
    return f"☕ Gatii bunaa torban kanaa: kiiloo tokko qarshii {coffee_price(day)}"


def _om_irreechaa(y: int) -> str:
    if y == 2020:
        return "🌿 Irreechaa 2020: namoota muraasaan, ittisa COVID-19 eeggachuun"
    return f"🌿 Baga Irreecha {y} nagaan geessan!"


def _om_notice() -> Wordings:
    base = _steps((_OLD, "Facebook irratti nu hordofaa: Sagalee Adaamaa"),
                  (OM_TELEGRAM.isoformat(), "📲 Oduu ariifachiisaa Telegram irratti: "
                                            "@sagaleeadaamaa"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Filannoo biyyaalessaa 2015: buufata filannoo keessan beekaa",
              before=6),
        _span("2016-10-09", "2017-08-04", "⚠️ Labsiin yeroo hatattamaa hojiirra jira"),
        _span("2020-04-08", "2020-06-29", "😷 Labsii yeroo hatattamaa COVID-19: manatti "
                                          "turaa"),
        _span("2020-06-30", "2020-07-23", "📵 Tajaajilli interneetaa addaan citeera; oduun "
                                          "keenya ni turti"),
    ]
    feasts = _movable(_listed(IRREECHAA), 2, 0, _om_irreechaa)
    feasts += _movable(ethiopian_day(1, 1), 0, 0, lambda _: "🌼 Baga Waggaa Haaraa nagaan "
                                                            "geessan")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Baga Ciidaa Iid Al-Fitrii "
                                                          "nagaan geessan")
    return _calendar(base, news, feasts)


def adama_style() -> PublisherStyle:
    """An Afaan Oromo site (Adama): a section kicker, the city and the date turned the
    weekday, the date and the time on Irreechaa 2018 (a wording per day), "Barreessaa:"
    turned "Gabaasa:", a zone's dateline, "Dabalataan dubbisaa:" (up to twice), a photo
    credit, the week's coffee price from Monday, the belg and ganna rains, a social line
    turned a messenger appeal and turned by a vote, the 2016 emergency, the 2020 emergency
    and the 2020 internet cut, Irreechaa (with few people in 2020), the Ethiopian new year
    and Eid, a fair-use line and a rights line (a block), a rare road closure."""
    return PublisherStyle(
        domain="sagaleeadaamaa.com", site="Sagalee Adaamaa", base_size=110,
        subdomains=(("www.", 100),),
        sections=("oduu", "oromiyaa", "siyaasa", "dinagdee", "ispoortii"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kutaa": ("Oduu", "Oromiyaa", "Siyaasa", "Dinagdee", "Ispoortii", "Aadaa"),
            "godina": ("Shawaa Bahaa", "Arsii", "Baalee", "Harargee Bahaa", "Wallagga Bahaa",
                       "Jimmaa"),
            "suuraa": ("Sagalee Adaamaa", "OBN", "Miidiyaa hawaasaa", "Kuusaa"),
        },
        families=(
            _f("kutaa", HEADER, 0.35, (_OLD, "{kutaa}")),
            _f("guyyaa", HEADER, 0.7, *_by_day(_om_dated)),
            _f("barreessaa", HEADER, 0.45, (_OLD, "Barreessaa: {author}"),
               (OM_REDESIGN.isoformat(), "Gabaasa: {author}")),
            _f("godina", HEADER, 0.25, (_OLD, "{godina} (SA) -")),
            _f("dubbisaa", MIDDLE, 0.3, (_OLD, "Dabalataan dubbisaa: {other_title}"), count=2),
            _f("suuraa", MIDDLE, 0.2, (_OLD, "Suuraa: {suuraa}")),
            _f("buna", FOOTER, 0.2, *_by_day(_om_coffee)),
            _f("roobni", FOOTER, 0.12, *_seasons(
                ("02-15", "🌦️ Roobni Arfaasaa: qonnaan bultoonni qophaa'aa"),
                ("06-10", "🌧️ Ganna: lagni guutuu danda'a, of eeggadhaa"),
                ("09-25", "☀️ Birraa: yeroo midhaan walitti qabuu"))),
            _f("beeksisa", FOOTER, 0.3, *_om_notice()),
            _f("fair-use", FOOTER, 0.18, (_OLD, "Oduu kana liinkii waliin qooduun ni danda'ama; "
                                                "guutummaan garagalchuun hin hayyamamu.")),
            _f("mirga", FOOTER, 0.4, (_OLD, "© {year} Sagalee Adaamaa. Mirgi seeraan "
                                            "eegamaadha.")),
            _f("karaa", HEADER, 0.04, (_OLD, "⚠️ Karaan Adaamaa–Awaash har'a hojii suphaatiin "
                                             "cufameera")),
        ),
    )


# --- a Tigrinya site (Mekelle, Ethiopia) ------------------------------------------------------

TI_REDESIGN = dt.date(2017, 9, 11)  # relaunched on the new year 2010 EC
TI_TELEGRAM = dt.date(2019, 1, 14)


def _ti_ec(day: dt.date) -> str:
    y, m, d = ethiopian(day)
    return f"{d} {TIGRINYA_MONTHS[m - 1]} {y} ዓ.ም"


def _ti_dated(day: dt.date) -> str:
    weekday = TIGRINYA_WEEKDAYS[day.weekday()]
    if day < TI_REDESIGN:
        return f"መቐለ፡ {_ti_ec(day)}"
    return f"{weekday}፡ {_ti_ec(day)} · {{time}}"


def _ti_notice() -> Wordings:
    base = _steps((_OLD, "ኣብ ፌስቡክ ተኸታተሉና፡ Mewaelti Mekelle"),
                  (TI_TELEGRAM.isoformat(), "📲 ሓበሬታ ብቴሌግራም፡ @mewaeltimekelle"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ ሃገራዊ ምርጫ 2007 ዓ.ም፡ ናይ ምርጫ ጣብያታት", before=6),
        _span("2018-07-09", "2018-07-16", "🕊️ ሰላም ኢትዮጵያን ኤርትራን፡ ድሩዕ ሓበሬታ"),
        _span("2020-03-27", "2020-06-30", "😷 ኣብ ትግራይ ህጹጽ ኩነታት፡ ኣብ ገዛኹም ጽንሑ"),
        _vote("2020-09-09", "🗳️ ክልላዊ ምርጫ ትግራይ፡ ናይ ምርጫ ጣብያታት", before=6, after=2),
        _span("2020-11-04", "2021-01-10", "📵 ኢንተርነትን ተሌፎንን ተቋሪጹ፡ ሓበሬታና ብደንጉይ ይመጽእ"),
    ]
    feasts = _movable(ethiopian_day(12, 16), 1, 2, lambda y: f"🌿 ኣሸንዳ {y - 8}፡ ሰላምን "
                                                             f"ፍቕርን")
    feasts += _movable(ethiopian_day(1, 17), 1, 0, lambda _: "🔥 እንቋዕ ንበዓል መስቀል ኣብጽሓኩም")
    feasts += _movable(ethiopian_day(5, 11), 1, 0, lambda _: "✝️ እንቋዕ ንበዓል ጥምቀት ኣብጽሓኩም")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "🐣 እንቋዕ ንበዓል ትንሳኤ ኣብጽሓኩም")
    feasts += _movable(ethiopian_day(1, 1), 1, 0, lambda y: f"🌼 ርሑስ ሓድሽ ዓመት {y - 7}")
    return _calendar(base, news, feasts)


def mekelle_style() -> PublisherStyle:
    """A Tigrinya site (Mekelle): a section kicker, the city and the date in the Ethiopian
    calendar with Tigrinya month names turned the weekday, the date and the time on the new
    year 2010 EC (a wording per day), "ጸሓፊ፡" turned "ሪፖርተር፡", "ተወሳኺ ኣንብቡ፡" (up to
    twice), a photo credit, a social line turned a messenger appeal and turned by two votes,
    the 2018 peace, the 2020 emergency and the internet cut, Ashenda with its Ethiopian
    year, Meskel, Timket, Fasika and the new year, a cross-post from radio, a rights line
    (a block), a rare water cut."""
    return PublisherStyle(
        domain="mewaeltimekelle.com", site="Mewaelti Mekelle", base_size=90,
        subdomains=(("www.", 100),),
        sections=("zena", "tigray", "poletika", "sport", "bahli"),
        n_authors=3, url_path="/{yyyy}/{mm}/{n}/",
        pools={
            "kifli": ("ዜና", "ትግራይ", "ፖለቲካ", "ስፖርት", "ባህሊ"),
            "sealy": ("Mewaelti Mekelle", "ማሕበራዊ ሚድያ", "ፋይል"),
        },
        families=(
            _f("kifli", HEADER, 0.35, (_OLD, "{kifli}")),
            _f("aluta", HEADER, 0.65, *_by_day(_ti_dated)),
            _f("tsehafi", HEADER, 0.45, (_OLD, "ጸሓፊ፡ {author}"),
               (TI_REDESIGN.isoformat(), "ሪፖርተር፡ {author}")),
            _f("anbibu", MIDDLE, 0.3, (_OLD, "ተወሳኺ ኣንብቡ፡ {other_title}"), count=2),
            _f("sealy", MIDDLE, 0.15, (_OLD, "ስእሊ፡ {sealy}")),
            _f("mlikti", FOOTER, 0.3, *_ti_notice()),
            _f("radio", FOOTER, 0.12, (_OLD, "እዚ ጽሑፍ ቅድሚ ሕጂ ኣብ ፕሮግራም ረድዮና ተፈኒዩ ነይሩ።")),
            _f("mebti", FOOTER, 0.4, (_OLD, "© {year} Mewaelti Mekelle። ኩሉ መሰል ዝተሓለወ እዩ።")),
            _f("may", HEADER, 0.04, (_OLD, "⚠️ ናይ መቐለ ማይ ኣገልግሎት ሎሚ ኣብ ገለ ክፋላት ከተማ "
                                           "ኣይክህሉን እዩ")),
        ),
    )


# --- a Swahili and English community radio (Isiolo, Kenya) -------------------------------------

JF_NEW_FREQ = dt.date(2017, 6, 1)  # a second transmitter on Madaraka Day
JF_MPESA = dt.date(2018, 3, 5)
LEWA = {2015: "2015-06-27", 2016: "2016-06-25", 2017: "2017-06-24", 2018: "2018-06-30",
        2019: "2019-06-29"}
JF_SHOWS = ("Sauti ya Wafugaji saa 1 asubuhi", "Afya Yako saa 4 asubuhi",
            "Vijana na Ajira saa 10 jioni", "Mazungumzo ya Amani saa 2 usiku",
            "Ijumaa Mubaraka saa 6 mchana", "Michezo Wikendi saa 9 alasiri",
            "Injili na Nyimbo saa 1 asubuhi")


def _jf_today(day: dt.date) -> str:
    return f"📻 Leo ({SWAHILI_WEEKDAYS[day.weekday()]}): {JF_SHOWS[day.weekday()]}"


def _jf_dated(day: dt.date) -> str:
    return (f"Posted {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} · "
            f"{SWAHILI_WEEKDAYS[day.weekday()]}")


def _jf_notice() -> Wordings:
    base = _steps((_OLD, "Tuma salamu zako kwa SMS: 22000"),
                  (JF_NEW_FREQ.isoformat(), "Tuma salamu kwa SMS 22000 au WhatsApp 0722 "
                                            "000000"))
    news: list[Event] = [
        _span("2017-02-10", "2017-04-30", "🐄 Ukame ni janga la kitaifa: sehemu za kunywesha "
                                          "mifugo Isiolo"),
        _vote("2017-08-08", "🗳️ Uchaguzi Mkuu 2017: matokeo ya Isiolo moja kwa moja",
              before=6, after=3),
        _vote("2017-10-26", "🗳️ Marudio ya uchaguzi wa urais", before=4),
        _span("2019-08-24", "2019-08-31", "📋 Sensa 2019: kaa nyumbani usiku wa kuhesabiwa"),
        _span("2020-01-20", "2020-03-15", "🦗 Nzige wamevamia: ripoti makundi kwa afisa wa "
                                          "kilimo"),
        _span("2020-03-27", "2021-01-10", "😷 Kafyu kuanzia saa 4 usiku: vaa barakoa"),
    ]
    feasts = _yearly("06-01", 0, 0, lambda y: f"🇰🇪 Madaraka Day: miaka {y - 1963}")
    feasts += _yearly("10-20", 0, 0, lambda _: "🇰🇪 Heri ya Mashujaa Day")
    feasts += _yearly("12-12", 0, 0, lambda y: f"🇰🇪 Jamhuri Day: miaka {y - 1963} ya "
                                               f"Jamhuri")
    feasts += _movable(_listed(LEWA), 5, 0, lambda y: f"🏃 Lewa Marathon {y}: tutakuwa "
                                                      f"live kutoka uwanjani")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Eid Mubarak kutoka familia ya "
                                                          "redio")
    return _calendar(base, news, feasts)


def isiolo_style() -> PublisherStyle:
    """A Swahili and English community radio (Isiolo): the station's tuning line turned with
    a second frequency, the programme of the day by weekday, a posted line with the Swahili
    weekday (a wording per day), "Reported by" turned "Mwandishi:", "Sikiliza pia:" once,
    the long and short rains and the dry months, a greetings line turned with WhatsApp and
    turned by the drought, two votes, the census, locusts and the curfew, Madaraka,
    Mashujaa and Jamhuri (with their counts), the Lewa marathon and Eid, a listeners'
    appeal turned with M-Pesa and a rights line (a block), a rare off-air notice."""
    return PublisherStyle(
        domain="jangwanifm.or.ke", site="Jangwani FM", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "pastoralists", "health", "youth", "peace"),
        n_authors=3, url_path="/{section}/{slug}/",
        families=(
            _f("masafa", HEADER, 0.3, (_OLD, "Jangwani FM 89.4 · Sauti ya Jamii"),
               (JF_NEW_FREQ.isoformat(), "Jangwani FM 89.4 Isiolo · 101.2 Merti · Sauti ya "
                                         "Jamii")),
            _f("leo", HEADER, 0.2, *_by_day(_jf_today)),
            _f("posted", HEADER, 0.6, *_by_day(_jf_dated)),
            _f("mwandishi", HEADER, 0.4, (_OLD, "Reported by {author}"),
               ("2018-01-08", "Mwandishi: {author}")),
            _f("sikiliza", MIDDLE, 0.2, (_OLD, "Sikiliza pia: {other_title}")),
            _f("msimu", FOOTER, 0.15, *_seasons(
                ("03-15", "🌧️ Mvua za masika: wafugaji msihamishe mifugo kwenye mito"),
                ("06-01", "☀️ Kiangazi: hifadhini maji na malisho"),
                ("10-15", "🌦️ Mvua za vuli: tahadhari na mafuriko ya ghafla"),
                ("12-20", "☀️ Kiangazi: hifadhini maji na malisho"))),
            _f("salamu", FOOTER, 0.3, *_jf_notice()),
            _f("changia", FOOTER, 0.15, (_OLD, "Redio ya jamii inategemea wasikilizaji wake."),
               (JF_MPESA.isoformat(), "Changia redio yako kupitia M-Pesa Paybill 000000")),
            _f("haki", FOOTER, 0.35, (_OLD, "© {year} Jangwani FM, Isiolo")),
            _f("hewani", HEADER, 0.04, (_OLD, "⚠️ Hatutakuwa hewani leo kati ya saa 3 na saa 5 "
                                              "asubuhi: matengenezo")),
        ),
    )


# --- a Somali and English diaspora site (Minneapolis, Minnesota) -------------------------------

MN_REDESIGN = dt.date(2018, 7, 1)  # relaunched on 1 July, Somalia's independence day
MN_PATREON = dt.date(2017, 9, 5)
MN_NEWSLETTER = dt.date(2020, 2, 3)


def _mn_dated(day: dt.date) -> str:
    english = f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} " \
              f"{day.day}, {day.year}"
    if day < MN_REDESIGN:
        return english
    return f"{english} | {SOMALI_WEEKDAYS[day.weekday()]}, {day.day} " \
           f"{SOMALI_MONTHS[day.month - 1]} {day.year}"


def _mn_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook: Codka Twin Cities"),
                  (MN_NEWSLETTER.isoformat(), "📩 Wararka toddobaadka / The weekly digest: "
                                              "sign up at codkatwincities.com/digest"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Election Day / Maalinta doorashada: find your polling place",
              before=6),
        _vote("2018-08-14", "🗳️ Minnesota primary: doorashada hordhaca ah", before=6),
        _vote("2018-11-06", "🗳️ Election Day / Maalinta doorashada: codkaaga dhiibo",
              before=6),
        _span("2020-03-27", "2020-05-17", "😷 Stay at Home order / Guriga joog"),
        _span("2020-05-29", "2020-06-07", "⚠️ Curfew in Minneapolis and St. Paul: bandowga "
                                          "habeenkii"),
        _vote("2020-11-03", "🗳️ Election Day / Maalinta doorashada: codkaaga dhiibo",
              before=6, after=1),
    ]
    feasts = _yearly("07-01", 1, 0, lambda y: f"🇸🇴 1da Luulyo: {y - 1960} sano "
                                              f"xorriyadda")
    feasts += _movable(_listed(RAMADAN), 1, 3, lambda y: f"🌙 Ramadan {y}: iftar times for "
                                                         f"the Twin Cities")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 Ciid Mubaarak / Eid Mubarak")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐑 Ciid Mubaarak / Eid al-Adha "
                                                          "Mubarak")
    return _calendar(base, news, feasts)


def minneapolis_style() -> PublisherStyle:
    """A Somali and English diaspora site (Minneapolis): a section kicker, the English
    weekday and date turned with the Somali ones beside them on 1 July 2018 (a wording per
    day), "By" turned bilingual, "Akhri sidoo kale / Read also:" once, a photo credit, the
    snow emergency season and the summer, a social line turned a newsletter appeal and
    turned by four votes, the 2020 stay-at-home order and curfew, 1 July with its count,
    Ramadan and the two Eids, a donation appeal turned with a Patreon, a translation note,
    and a rights line (a block), a rare parking notice."""
    return PublisherStyle(
        domain="codkatwincities.com", site="Codka Twin Cities", base_size=52,
        subdomains=(("www.", 100),),
        sections=("community", "politics", "somalia", "youth", "business"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"qayb": ("COMMUNITY / BULSHADA", "POLITICS / SIYAASADDA", "SOMALIA",
                        "YOUTH / DHALINYARADA", "BUSINESS / GANACSIGA")},
        families=(
            _f("qayb", HEADER, 0.3, (_OLD, "{qayb}")),
            _f("date", HEADER, 0.6, *_by_day(_mn_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "By {author}"),
               (MN_REDESIGN.isoformat(), "By / Waxaa qoray {author}")),
            _f("read-also", MIDDLE, 0.2, (_OLD, "Akhri sidoo kale / Read also: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {author2} for Codka Twin Cities")),
            _f("snow", FOOTER, 0.12, *_seasons(
                ("04-01", "☀️ Summer events in Cedar-Riverside: send us your listings"),
                ("11-15", "❄️ Snow emergency season: check the city's parking rules before you "
                          "park"))),
            _f("notice", FOOTER, 0.3, *_mn_notice()),
            _f("translation", FOOTER, 0.12, (_OLD, "This story is also available in Somali. / "
                                                   "Qormadan af-Soomaali ayaa laga heli "
                                                   "karaa.")),
            _f("donate", FOOTER, 0.15, (_OLD, "Community news is free to read. Please "
                                              "consider a donation."),
               (MN_PATREON.isoformat(), "Support community news: join us on Patreon from "
                                        "$5 a month")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Codka Twin Cities. All rights "
                                                 "reserved.")),
            _f("parking", HEADER, 0.04, (_OLD, "⚠️ Snow emergency declared tonight: do not park "
                                               "on the even side of the street")),
        ),
    )


# --- an English weekly (Juba, South Sudan) -----------------------------------------------------

JB_FIRST_ISSUE = dt.date(2015, 1, 7)  # a Wednesday: issue 180
JB_REDESIGN = dt.date(2019, 7, 9)  # relaunched on Independence Day


def jb_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume (by year, from 2011), issue number and the Wednesday it came
    out."""
    wednesday = week_from(day, 2)
    return wednesday.year - 2010, 180 + (wednesday - JB_FIRST_ISSUE).days // 7, wednesday


def _jb_issue(day: dt.date) -> str:
    volume, number, wednesday = jb_issue(day)
    return (f"Vol. {volume} No. {number} | Wednesday {wednesday.day} "
            f"{ENGLISH_MONTHS[wednesday.month - 1]} {wednesday.year}")


def ssp_rate(day: dt.date) -> int:
    """The made-up market rate of a dollar in South Sudanese pounds in `day`'s week (from
    Wednesday): about 16 in early 2015, 80 after the 2016 float, near 500 late in 2020."""
    wednesday = week_from(day, 2)
    if wednesday < dt.date(2015, 12, 14):
        base = 16 + 4 * progress(wednesday) * 6
    else:
        base = 60 * 8.5 ** ((wednesday - dt.date(2015, 12, 14)).days / 1850)
    return round(base * (1 + made_up(wednesday, "ssp", -3, 3) / 100))


def _jb_rate(day: dt.date) -> str:
    return f"Market watch: $1 = SSP {ssp_rate(day)} on the parallel market this week"


def _jb_notice() -> Wordings:
    base = _steps((_OLD, "Send letters and notices to the newsroom on Hai Malakal road"),
                  (JB_REDESIGN.isoformat(), "WhatsApp the newsroom: +211 900 000 000"))
    news: list[Event] = [
        _span("2016-07-08", "2016-07-20", "Security notice: stay indoors; our print run is "
                                          "suspended this week"),
        _span("2018-09-12", "2018-09-19", "Peace deal signed in Addis Ababa: full text in "
                                          "this week's issue"),
        _span("2020-02-22", "2020-02-29", "New unity government sworn in: special edition"),
        _span("2020-03-25", "2020-05-07", "COVID-19: our office is closed; the e-paper is "
                                          "free"),
    ]
    feasts = _yearly("07-09", 1, 0, lambda y: f"Happy {ordinal(y - 2011)} Independence "
                                              f"Anniversary, South Sudan")
    feasts += _yearly("05-16", 0, 0, lambda _: "SPLA Day: offices closed")
    return _calendar(base, news, feasts)


def juba_style() -> PublisherStyle:
    """An English weekly (Juba): the volume and issue with the Wednesday it came out
    (turning every Wednesday), a short dated byline turned on Independence Day 2019, the
    pound on the parallel market every week, the rainy season's roads, a notices line
    turned a messenger appeal and turned by the 2016 fighting, the peace deal, the unity
    government and the 2020 lockdown, Independence with its count and SPLA Day, the cover
    price rising with the pound, a letters line and a rights line (a block), a rare
    printing notice."""
    return PublisherStyle(
        domain="nilejunctionweekly.com", site="Nile Junction Weekly", base_size=36,
        subdomains=(("www.", 100),),
        sections=("news", "states", "business", "opinion"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("issue", HEADER, 0.4, *_by_day(_jb_issue)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}, Juba"),
               (JB_REDESIGN.isoformat(), "{author} | Nile Junction Weekly, Juba")),
            _f("also", MIDDLE, 0.2, (_OLD, "ALSO INSIDE: {other_title}")),
            _f("market", FOOTER, 0.2, *_by_day(_jb_rate)),
            _f("roads", FOOTER, 0.15, *_seasons(
                ("05-01", "Rainy season: the Juba–Bor road may be impassable; check before "
                          "you travel"),
                ("11-01", "Dry season: roads to the states reopen; report checkpoints to the "
                          "newsroom"))),
            _f("notice", FOOTER, 0.3, *_jb_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price: SSP 5"), ("2016-01-06", "Price: SSP 20"),
               ("2017-01-04", "Price: SSP 50"), ("2019-01-02", "Price: SSP 200")),
            _f("letters", FOOTER, 0.12, (_OLD, "Letters: keep them short, sign them and give "
                                               "your county.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nile Junction Weekly, Juba")),
            _f("printing", HEADER, 0.04, (_OLD, "NOTICE: this week's issue is online only: "
                                                "the printer in Kampala is delayed")),
        ),
    )


# --- a Swahili community site (Chake Chake, Pemba) ---------------------------------------------

PB_BYLINE = dt.date(2018, 1, 12)  # relaunched on Revolution Day


def _pb_dated(day: dt.date) -> str:
    return (f"Chake Chake, {SWAHILI_WEEKDAYS[day.weekday()]} {day.day} "
            f"{SWAHILI_MONTHS[day.month - 1]} {day.year}")


def _pb_notice() -> Wordings:
    base = _steps((_OLD, "Tuma taarifa za kijiji chako kwa barua pepe: habari@kisiwanimwetu"
                         ".or.tz"),
                  (PB_BYLINE.isoformat(), "📲 Tuma taarifa kwa WhatsApp: 0777 000 000"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Uchaguzi Mkuu 2015: vituo vya kupigia kura Pemba", before=6,
              after=2),
        _span("2015-10-28", "2016-03-14", "🗳️ Uchaguzi wa Zanzibar umefutwa; tunasubiri tarehe "
                                          "mpya"),
        _vote("2016-03-20", "🗳️ Uchaguzi wa marudio Zanzibar", before=5),
        _span("2020-03-19", "2020-06-01", "😷 Corona: safari za boti zimepunguzwa, nawa mikono"),
        _vote("2020-10-28", "🗳️ Uchaguzi Mkuu 2020: kura ya mapema Oktoba 27", before=6),
    ]
    feasts = _yearly("01-12", 1, 0, lambda y: f"🇹🇿 Miaka {y - 1964} ya Mapinduzi ya "
                                              f"Zanzibar")
    feasts += _movable(_listed(EID_FITR), 1, 2, lambda _: "🌙 Eid Mubarak kwa wasomaji wetu")
    return _calendar(base, news, feasts)


def pemba_style() -> PublisherStyle:
    """A Swahili community site (Chake Chake, Pemba): the town, the Swahili weekday and the
    date (a wording per day), "Na" turned "Imeandikwa na", "Habari nyingine:" once, the
    monsoon winds' boat timetables and the clove harvest, a notices line turned a messenger
    appeal and turned by the 2015 vote, its annulment and re-run, the 2020 boats cut and
    vote, Revolution Day with its count and Eid, and a rights line (a block), a rare boat
    cancellation."""
    return PublisherStyle(
        domain="kisiwanimwetu.or.tz", site="Kisiwani Mwetu", base_size=24,
        subdomains=(("", 100),),
        sections=("habari", "kilimo", "bahari", "jamii"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("tarehe", HEADER, 0.5, *_by_day(_pb_dated)),
            _f("mwandishi", HEADER, 0.45, (_OLD, "Na {author}"),
               (PB_BYLINE.isoformat(), "Imeandikwa na {author}")),
            _f("nyingine", MIDDLE, 0.2, (_OLD, "Habari nyingine: {other_title}")),
            _f("picha", MIDDLE, 0.15, (_OLD, "Picha: {author2}")),
            _f("upepo", FOOTER, 0.25, *_seasons(
                ("04-01", "🌧️ Masika: safari za boti zinaweza kuahirishwa, sikiliza redio"),
                ("06-01", "⛵ Kusi: bahari imechafuka, boti zinaondoka saa 3 asubuhi"),
                ("07-15", "🌿 Msimu wa karafuu: ZSTC inanunua karafuu vituoni"),
                ("11-15", "⛵ Kaskazi: boti za Mkoani–Unguja zinaondoka saa 2 asubuhi"))),
            _f("taarifa", FOOTER, 0.3, *_pb_notice()),
            _f("jumuiya", FOOTER, 0.12, (_OLD, "Tovuti hii ya jamii inaendeshwa na waandishi "
                                               "wa kujitolea wa Pemba.")),
            _f("haki", FOOTER, 0.35, (_OLD, "© {year} Kisiwani Mwetu, Pemba")),
            _f("boti", HEADER, 0.04, (_OLD, "⚠️ Boti ya leo kwenda Unguja imefutwa: upepo "
                                            "mkali")),
        ),
    )


def heldout95_styles() -> list[PublisherStyle]:
    """The held-back-95 styles, in the order the generator hands them to publishers."""
    return [
        wire_style(), tanga_style(), bahirdar_style(), hargeisa_style(), huye_style(),
        kampala_style(), adama_style(), mekelle_style(), isiolo_style(), minneapolis_style(),
        juba_style(), pemba_style(),
    ]
