"""The ``held-back-207`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-200 set. It was
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
Gift Aid line or a volunteer call. The publishers are refugee, migrant-support and
humanitarian organisations and newsrooms in English, Arabic, Ukrainian, Tigrinya, Dari and
Greek: a British international refugee-aid charity, a humanitarian newsroom that publishes
situation reports, a Lebanese relief association for Syrian refugees (in Arabic), a Ukrainian
charity fund for people displaced from the Donbas (in Ukrainian), a solidarity group on an
Aegean island (in Greek), a Tigrinya-language information site for Eritrean refugees, a
Dari-language advice centre for Afghan refugees in Germany, a British town's refugee welcome
charity, an American refugee resettlement office, a Mediterranean sea-rescue association, a
multilingual asylum legal-aid helpline in Athens and a Kharkiv volunteer centre (in
Ukrainian). The families are the kinds a crawl of such sites holds: dates localised day by
day in English (with central European summer and winter time), Arabic with the Levant's
month names, Ukrainian, Greek, Tigrinya (in Ge'ez script) and Dari (the Afghan solar year
with its zodiac month names, in Persian digits, with the Gregorian date beside it), several
changing form on the day of a redesign; lines that turn every day (a rescue ship's mission
log), every week (a regional situation report's number and the week it covers, an appeal's
funding to the Friday, island arrivals to the Monday, deaths at sea counted since January,
returns from Iran counted since Nowruz) and every month (registered refugees, people
rescued since 2016, a volunteer centre's monthly report); helpline notices in several
languages and scripts (a legal-aid line printed in English, Arabic, Dari and Greek; hours
extended, WhatsApp added, offices closed in 2020); donation appeals with amounts that change
over the years (winter appeals, Ramadan food baskets and Eid sacrifices with their Hijri
years, heating fuel, Nowruz gifts, school kits in hryvnia, hygiene kits, life jackets, the
asylum support rate, GivingTuesday matches) and the American refugee admissions ceiling by
fiscal year (cut in January 2017); notices reworded in 2016-2020 (Ukraine's switch to IBAN,
Greece's new asylum law and NGO register, monthly giving, a newsroom's licence and its
membership appeal) and notices that follow the calendars of this work (World Refugee Day,
Refugee Week, World Humanitarian Day, the Alan Kurdi and Rohingya emergencies, the EU-Turkey
statement, the Moria fire, the Beirut port explosion, the 2017 travel ban, Ramadan and the
Eids, Nowruz, Orthodox Easter, Meskel and Ethiopian Christmas, the Lampedusa anniversary,
Ukrainian school starts and New Year gifts, Christmas closures, ship detentions, the 2020
pandemic); situation-report
headers, data, map and photo credits, volunteer calls, needed-items lists from pools and by
season, related links and "Also read" lines mid-body (some up to two times), multi-line
blocks (charity and registration lines, bank details, press contacts, helplines), bare lines
and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    iso_day,
    last_weekday,
    orthodox_easter,
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
SHUHUR = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول")  # the Levant's month names
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня")
MISIATS = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
           "серпень", "вересень", "жовтень", "листопад", "грудень")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
WERHI = ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ",
         "ሕዳር", "ታሕሳስ")  # the Gregorian months in Tigrinya
MEALTI = ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት")
BURJ = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو",
        "حوت")  # the Afghan solar months
MILADI = ("جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر",
          "اکتوبر", "نومبر", "دسمبر")  # the Gregorian months as Afghans write them
ROZ = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
PERSIAN_ZERO = "۰"

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 0xFFFFFFFF * 2 - 1


def curve(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level through `anchors` ((ISO day, value), ...), straight between them, flat
    outside."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: the value in force on the set's first day
    from the oldest day, then one wording from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def cet_summer(day: dt.date) -> bool:
    """Whether central European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def fa(number: int | str) -> str:
    """`number` in Persian digits (other characters kept; a comma as the Arabic thousands
    separator)."""
    return "".join(digits(c, PERSIAN_ZERO) if c.isdigit() else "٬" if c == "," else c
                   for c in str(number))


NOWRUZ = {2014: "2014-03-21", 2015: "2015-03-21", 2016: "2016-03-20", 2017: "2017-03-21",
          2018: "2018-03-21", 2019: "2019-03-21", 2020: "2020-03-20", 2021: "2021-03-21"}


def solar(day: dt.date) -> tuple[int, int, int]:
    """The Afghan solar (Hijri-Shamsi) year, month (0-11) and day of `day`."""
    y = day.year if day >= iso_day(NOWRUZ[day.year]) else day.year - 1
    n = (day - iso_day(NOWRUZ[y])).days
    if n < 186:
        month, dom = divmod(n, 31)
    else:
        month, dom = divmod(n - 186, 30)
        month += 6
        if month > 11:
            month, dom = 11, n - 186 - 150
    return y - 621, month, dom + 1


def refugee_week(y: int) -> dt.date:
    """The Monday of Britain's Refugee Week: the week of World Refugee Day (20 June)."""
    return weekday_on_or_before(dt.date(y, 6, 20), 0)


RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-17", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-04", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}
ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
        2019: "2019-08-11", 2020: "2020-07-31"}


# --- a British international refugee-aid charity ------------------------------------------

WM_REDESIGN = dt.date(2018, 6, 20)  # relaunched on World Refugee Day 2018
WM_MONTHLY = dt.date(2017, 3, 1)
WM_KIT = (("2013-01-01", "£25"), ("2017-01-01", "£30"), ("2019-04-01", "£35"))
WM_WINTER = {2014: "£30", 2015: "£30", 2016: "£35", 2017: "£35", 2018: "£40", 2019: "£40",
             2020: "£45"}
WM_EMERGENCIES = (("2015-09-03", "2015-10-31", "Europe refugee emergency"),
                  ("2017-08-28", "2017-11-30", "Rohingya emergency"),
                  ("2020-03-20", "2020-06-30", "Coronavirus"),
                  ("2020-09-09", "2020-10-15", "Moria fire"))


def _wm_dated(day: dt.date) -> str:
    if day < WM_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} | {{time}}"


@cache
def _wm_appeal() -> Wordings:
    base = _steps((_OLD, "Please give today: your donation helps refugees rebuild their lives."),
                  (WM_MONTHLY.isoformat(), "💛 Give monthly from £8 and stand with refugees "
                                           "all year round."))
    texts = {
        "Europe refugee emergency": "🚨 Europe refugee emergency: your gift puts blankets, "
                                    "food and medical care on the shoreline now.",
        "Rohingya emergency": "🚨 Rohingya emergency appeal: families are reaching Cox's "
                              "Bazar with nothing. Please give now.",
        "Coronavirus": "🦠 Coronavirus appeal: help us get soap, clean water and health care "
                       "into crowded camps.",
        "Moria fire": "🔥 Moria fire appeal: 12,000 people have lost their shelter on Lesvos. "
                      "Please give now.",
    }
    emergencies = [_span(first, last, texts[name]) for first, last, name in WM_EMERGENCIES]
    wrd = _yearly("06-20", 3, 0, lambda y: f"🌍 World Refugee Day {y}: add your name and "
                                           f"stand #WithRefugees")
    winter: list[Event] = [
        (dt.date(y, 12, 1), dt.date(y + 1, 2, 1),
         f"❄️ Winter Appeal {y}: {WM_WINTER[y]} keeps a refugee family warm for a month")
        for y in range(2014, 2021)]
    return _calendar(base, emergencies, wrd, winter)


def waymark_style() -> PublisherStyle:
    """A British international refugee-aid charity: a category from a pool, "Posted on" with
    the short date turned the weekday, the long date and the time on World Refugee Day 2018
    (a wording per day), "By" turned "Words: ... · Photos: ..." that day, a photo caption
    with the place and photographer from pools, "Related:" up to twice and a hygiene-kit
    line with its price (raised in 2017 and 2019) mid-body, a names-changed note, an appeal
    reworded for monthly giving and turned by the emergencies (the 2015 crossings, the
    Rohingya, the pandemic, the Moria fire), World Refugee Day and each winter appeal with
    its amount, a Gift Aid line, the charity line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="waymarkrelief.org", site="Waymark Refugee Relief", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "stories", "press", "emergencies", "policy"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "category": ("News", "Stories from the field", "Press release", "Emergency update",
                         "Policy and advocacy", "Blog"),
            "photographer": ("Amira Haddad", "Tom Whitfield", "Jonas Brandt", "Leila Sadeghi",
                             "Kofi Mensah"),
            "place": ("Kara Tepe camp, Lesvos", "Zaatari camp, Jordan", "Cox's Bazar, "
                      "Bangladesh", "Calais, France", "Bekaa Valley, Lebanon",
                      "Arua, Uganda"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_wm_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (WM_REDESIGN.isoformat(), "Words: {author} · Photos: {photographer}")),
            _f("caption", MIDDLE, 0.35, (_OLD, "{place}. Photo: {photographer}/Waymark Refugee "
                                               "Relief")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("kit", MIDDLE, 0.2, *from_table(WM_KIT, lambda v: (
                f"{v} could give a refugee family an emergency hygiene kit. Donate now"))),
            _f("names", FOOTER, 0.15, (_OLD, "*Names have been changed to protect "
                                             "identities.")),
            _f("appeal", FOOTER, 0.45, *_wm_appeal()),
            _f("gift-aid", FOOTER, 0.2, (_OLD, "Make your gift worth 25% more with Gift Aid, "
                                               "at no extra cost to you.")),
            _f("charity", FOOTER, 0.45, (_OLD, "Waymark Refugee Relief is a registered charity "
                                               "in England and Wales (1158842) and Scotland "
                                               "(SC046391).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Waymark Refugee Relief. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "gave the wrong number of families "
                                                  "reached.")),
        ),
    )


# --- a humanitarian newsroom that publishes situation reports -----------------------------

FD_REDESIGN = dt.date(2019, 1, 15)
FD_DAILY = dt.date(2017, 9, 5)
FD_LICENCE = dt.date(2018, 3, 1)
FD_MEMBERS = dt.date(2020, 1, 14)  # the membership programme launched
SITREP_ZERO = dt.date(2013, 6, 3)  # the Monday before the first regional report
RRP_NEED = {2014: 4.2, 2015: 5.5, 2016: 5.8, 2017: 4.6, 2018: 5.6, 2019: 5.5, 2020: 6.0,
            2021: 5.8}  # made-up requirements of the regional refugee plan, billion dollars


def _fd_dated(day: dt.date) -> str:
    if day < FD_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "CEST" if cet_summer(day) else "CET"
    return f"Published {day.day} {MONTHS[day.month - 1]} {day.year}, {{time}} {zone}"


def sitrep_number(day: dt.date) -> int:
    """The number of the regional situation report out on the Monday of `day`'s week."""
    return (weekday_on_or_before(day, 0) - SITREP_ZERO).days // 7


def _fd_sitrep(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    first, last = monday - 7 * ONE, monday - ONE
    if first.month == last.month:
        week = f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    else:
        week = (f"{first.day} {MONTHS[first.month - 1]} – {last.day} {MONTHS[last.month - 1]} "
                f"{last.year}")
    return f"Regional Situation Report No. {sitrep_number(day)} · covering {week}"


def funded(friday: dt.date) -> float:
    """The made-up share of the year's regional plan funded by `friday`."""
    share = 0.03 + 0.58 * (friday.timetuple().tm_yday / 366) ** 1.4
    return share + 0.01 * wobble(friday, "rrp")


def _fd_funding(day: dt.date) -> str:
    friday = weekday_on_or_before(day, 4)
    need, share = RRP_NEED[friday.year], funded(friday)
    return (f"Regional refugee plan {friday.year}: {share * 100:.0f}% funded "
            f"(${need * share:.2f}bn of ${need:.1f}bn required) as of {friday.day} "
            f"{MONTHS[friday.month - 1][:3]}")


@cache
def _fd_newsletter() -> Wordings:
    base = _steps((_OLD, "Get our humanitarian news briefing by email."),
                  (FD_DAILY.isoformat(), "📨 The Dispatch Daily: humanitarian news in your "
                                         "inbox every weekday morning. Subscribe free."))
    news = [
        _span("2016-05-23", "2016-05-24", "Live from the World Humanitarian Summit in "
                                          "Istanbul"),
        _span("2019-12-16", "2019-12-18", "Live: the first Global Refugee Forum in Geneva"),
        _span("2020-03-16", "2020-06-30", "🦠 Coronavirus in crisis zones: follow our live "
                                          "tracker"),
    ]
    whd = _yearly("08-19", 2, 0, lambda y: f"World Humanitarian Day {y}: our reporting on "
                                           f"the aid workers who stay")
    return _calendar(base, news, whd)


def fielddispatch_style() -> PublisherStyle:
    """A humanitarian newsroom: the regional situation report's number and the week it
    covers (a wording per week, each Monday), the short date turned the long date, the time
    and central European summer or winter time on 15 January 2019 (a wording per day), "By"
    turned the writer with the beat, the countries from a pool, data credits from a pool, a
    map disclaimer, a photo credit, "Also read:" up to twice, a reader appeal mid-body
    (reworded for membership, its amount raised, in 2020), the regional plan's funding to
    each Friday (a wording per week, its requirement changing each January), themes as
    links, a briefing line reworded and turned by the World Humanitarian Summit, the Global
    Refugee Forum, the pandemic and World Humanitarian Day, the independence line, a
    republishing line reworded for a new licence and the copyright line (a block), a rare
    clarification."""
    return PublisherStyle(
        domain="fielddispatch.org", site="Field Dispatch", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "analysis", "sitreps", "investigations", "data"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "beat": ("Senior Editor", "Middle East Correspondent", "East Africa Correspondent",
                     "Data Editor", "Migration Reporter", "Aid Policy Editor"),
            "country": ("Syria", "Lebanon", "Jordan", "Turkey", "Greece", "Libya", "Eritrea",
                        "Afghanistan", "Ukraine", "South Sudan"),
            "agency": ("UNHCR", "IOM", "OCHA", "WFP", "UNICEF", "the Missing Migrants "
                       "Project"),
            "theme": ("Displacement", "Food security", "Health", "Protection", "Aid policy",
                      "Migration"),
            "shooter": ("Hannah Reyes", "Omar Said", "Marta Kowalczyk", "Yonas Tesfay"),
        },
        families=(
            _f("sitrep", HEADER, 0.3, *_by_day(_fd_sitrep)),
            _f("dated", HEADER, 0.9, *_by_day(_fd_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (FD_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("countries", HEADER, 0.45, (_OLD, "Countries: {country_list}")),
            _f("data", MIDDLE, 0.35, (_OLD, "Data: {agency_list}. Graphic: Field Dispatch")),
            _f("map", MIDDLE, 0.15, (_OLD, "Map: Field Dispatch. The boundaries and names shown "
                                           "do not imply endorsement or acceptance.")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {shooter} for Field Dispatch")),
            _f("also", MIDDLE, 0.35, (_OLD, "Also read: {other_title}"), count=2),
            _f("support", MIDDLE, 0.2,
               (_OLD, "Field Dispatch is free to read. Support our reporting from $5 a month."),
               (FD_MEMBERS.isoformat(), "No paywall, no ads: our readers keep Field Dispatch "
                                        "free. Become a member from $7 a month.")),
            _f("funding", FOOTER, 0.2, *_by_day(_fd_funding)),
            _f("themes", FOOTER, 0.35, (_OLD, "Themes: {theme_links}")),
            _f("newsletter", FOOTER, 0.3, *_fd_newsletter()),
            _f("independence", FOOTER, 0.3, (_OLD, "Field Dispatch is an independent, "
                                                   "non-profit newsroom. We are funded by "
                                                   "foundations and readers, never by the "
                                                   "organisations we cover.")),
            _f("republish", FOOTER, 0.25,
               (_OLD, "Republish this story free under Creative Commons BY-NC-ND 3.0, with "
                      "credit to Field Dispatch."),
               (FD_LICENCE.isoformat(), "Republish this story free under Creative Commons "
                                        "BY-NC-ND 4.0: credit Field Dispatch and link to the "
                                        "original.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Field Dispatch {year}")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: this report has been "
                                                     "updated to give the source of the "
                                                     "casualty figures.")),
        ),
    )


# --- a Lebanese relief association for Syrian refugees (in Arabic) ------------------------

ML_REDESIGN = dt.date(2018, 5, 16)  # relaunched on the eve of Ramadan 1439
ML_WHATSAPP = dt.date(2017, 2, 1)
ML_BASKET = {2015: 40, 2016: 40, 2017: 45, 2018: 50, 2019: 50, 2020: 60}  # dollars
ML_UDHIYA = {2015: 150, 2016: 160, 2017: 175, 2018: 180, 2019: 190, 2020: 200}
ML_MAZOUT = {2014: 90, 2015: 80, 2016: 70, 2017: 80, 2018: 100, 2019: 100, 2020: 75}
ML_REGISTERED = (("2014-11-30", 1_150_000), ("2015-04-30", 1_190_000),
                 ("2015-12-31", 1_070_000), ("2016-12-31", 1_011_000),
                 ("2017-12-31", 997_000), ("2018-12-31", 949_000), ("2019-12-31", 914_000),
                 ("2020-12-31", 865_000))


def _ml_dated(day: dt.date) -> str:
    if day < ML_REDESIGN:
        return f"بيروت في {day.day} {SHUHUR[day.month - 1]} {day.year}"
    return f"{AYYAM[day.weekday()]} {day.day} {SHUHUR[day.month - 1]} {day.year} - {{time}}"


def registered(y: int, m: int) -> int:
    """The made-up number of Syrian refugees registered in Lebanon at the end of month `m`."""
    end = dt.date(y + m // 12, m % 12 + 1, 1) - ONE
    return int(curve(end, ML_REGISTERED) * (1 + 0.002 * wobble(end, "reg")))


def _ml_ihsaat(day: dt.date) -> str:
    y, m = day.year, day.month - (1 if day.day >= 10 else 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return (f"عدد اللاجئين السوريين المسجّلين في لبنان حتى نهاية {SHUHUR[m - 1]} {y}: "
            f"{registered(y, m):,} (المصدر: المفوضية السامية للأمم المتحدة لشؤون اللاجئين)")


@cache
def _ml_tabarru() -> Wordings:
    base = _steps((_OLD, "تبرّعك يصنع فرقاً في حياة عائلة لاجئة. تبرّع الآن"))
    blast = [_span("2020-08-04", "2020-09-30", "🚨 نداء طارئ بعد انفجار مرفأ بيروت: ساعدوا "
                                               "العائلات المتضررة في إصلاح منازلها")]
    ramadan: list[Event] = []
    for y, (first, eid, hijri) in RAMADAN.items():
        ramadan.append((iso_day(first, -3), iso_day(eid, 3),
                        f"🌙 حملة رمضان {hijri}: سلة غذائية لعائلة لاجئة بـ {ML_BASKET[y]} دولاراً"))
        ramadan.append((iso_day(ADHA[y], -10), iso_day(ADHA[y], 4),
                        f"🐑 أضاحي {hijri}: شارك بأضحية عن عائلة لاجئة بـ {ML_UDHIYA[y]} دولاراً"))
    covid = [_span("2020-03-15", "2020-06-15", "🦠 نداء كورونا: ساعدونا في توزيع مواد التعقيم "
                                               "والغذاء على المخيمات العشوائية")]
    winter: list[Event] = [
        (dt.date(y, 12, 1), dt.date(y + 1, 3, 1),
         f"❄️ حملة الشتاء {y}-{y + 1}: {ML_MAZOUT[y]} دولاراً تؤمّن مازوت التدفئة لعائلة "
         f"لمدة شهر") for y in range(2014, 2021)]
    return _calendar(base, blast, ramadan, covid, winter)


def almalath_style() -> PublisherStyle:
    """A Lebanese relief association for Syrian refugees, in Arabic: a section from a pool,
    "Beirut, on" and the date with the Levant's month names turned the weekday, the date and
    the time on the eve of Ramadan 1439 (a wording per day), "Prepared by" turned writer and
    photographer that day, the number of Syrians registered in Lebanon at the last month's
    end (a wording per month, published each 10th), photo credits and "Read also:" up to
    twice mid-body, a donation line turned by each Ramadan's food basket and each Eid
    al-Adha's sacrifice with their Hijri years and amounts, the winter heating-fuel appeal
    with its amount, the pandemic and the Beirut port explosion, a hotline reworded for
    WhatsApp, a volunteer call, the registration line and the rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="almalath.org", site="جمعية الملاذ", base_size=195,
        subdomains=(("www.", 100),),
        sections=("news", "stories", "campaigns", "reports"),
        n_authors=4, url_path="/ar/{section}/{n}",
        pools={
            "qism": ("أخبار", "بيانات صحفية", "قصص من الميدان", "حملات", "تقارير"),
            "murasil": ("ريم حداد", "سامر الخطيب", "لينا منصور", "عمر السيد", "نور الهدى "
                        "عيسى"),
            "musawwir": ("فريق الإعلام في الجمعية", "أرشيف الجمعية", "محمد الحلبي",
                         "متطوعو الجمعية"),
        },
        families=(
            _f("qism", HEADER, 0.5, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_ml_dated)),
            _f("katib", HEADER, 0.45, (_OLD, "إعداد: {murasil}"),
               (ML_REDESIGN.isoformat(), "كتابة: {murasil} | تصوير: {musawwir}")),
            _f("ihsaat", HEADER, 0.2, *_by_day(_ml_ihsaat)),
            _f("sura", MIDDLE, 0.3, (_OLD, "الصورة: {musawwir}")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("tabarru", FOOTER, 0.35, *_ml_tabarru()),
            _f("khat", FOOTER, 0.4,
               (_OLD, "الخط الساخن للاستفسارات: 01 555 230 (من الاثنين إلى الجمعة، من 9 صباحاً "
                      "حتى 5 مساءً)"),
               (ML_WHATSAPP.isoformat(), "للاستفسار أو الإبلاغ عن حالة طارئة: الخط الساخن "
                                         "01 555 230 أو واتساب 70 555 418 على مدار الساعة")),
            _f("tatawwu", FOOTER, 0.2, (_OLD, "هل ترغب في التطوع معنا؟ املأ استمارة التطوع "
                                              "على موقعنا وسنتواصل معك.")),
            _f("tarkhis", FOOTER, 0.25, (_OLD, "جمعية لبنانية لا تبغي الربح، علم وخبر رقم "
                                               "1284/أد")),
            _f("huquq", FOOTER, 0.35, (_OLD, "© {year} جمعية الملاذ. جميع الحقوق محفوظة.")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من هذا الخبر رقم خاطئ "
                                              "لعدد العائلات المستفيدة.")),
        ),
    )


# --- a Ukrainian charity fund for displaced people (in Ukrainian) -------------------------

PR_REDESIGN = dt.date(2017, 8, 24)  # relaunched on Independence Day
PR_HOURS = dt.date(2018, 2, 1)
PR_TELEGRAM = dt.date(2018, 9, 10)
PR_IBAN = dt.date(2019, 11, 1)  # Ukrainian accounts move to IBAN
PR_NABIR = (("2014-01-01", "250"), ("2016-01-01", "300"), ("2017-01-01", "350"),
            ("2018-01-01", "400"), ("2019-01-01", "450"), ("2020-01-01", "500"))
PR_SHKOLA = {2015: 800, 2016: 1000, 2017: 1200, 2018: 1400, 2019: 1500, 2020: 1700}


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MISIATSI[day.month - 1]} {day.year}, {{time}}"


@cache
def _pr_anons() -> Wordings:
    base = _steps((_OLD, "Стежте за новинами фонду у Facebook"),
                  (PR_TELEGRAM.isoformat(), "Стежте за новинами фонду у Facebook і Telegram"))
    quarantine = [_span("2020-03-12", "2020-05-11", "🦠 Карантин: видачу допомоги в офісі "
                                                    "тимчасово призупинено, телефонуйте на "
                                                    "гарячу лінію")]
    school = _yearly("08-31", 21, 1, lambda y: f"🎒 Збираємо дітей-переселенців до школи: "
                                               f"{PR_SHKOLA[y]} грн — портфель першокласника")
    new_year: list[Event] = [
        (dt.date(y, 12, 10), dt.date(y + 1, 1, 9),
         f"🎄 Акція «Свято для кожної дитини» {y}: подаруйте новорічний подарунок дитині-"
         f"переселенцю") for y in range(2014, 2021)]
    easter = _movable(orthodox_easter, 7, 1, lambda y: f"Великодній кошик {y} для родин "
                                                       f"переселенців: долучайтеся")
    return _calendar(base, quarantine, school, new_year, easter)


@cache
def _pr_hariacha() -> Wordings:
    base = _steps((_OLD, "Гаряча лінія для переселенців: 0 800 50 12 34 (безкоштовно з усіх "
                         "номерів)"),
                  (PR_HOURS.isoformat(), "Гаряча лінія для переселенців: 0 800 50 12 34, "
                                         "пн–пт з 9:00 до 20:00, дзвінки безкоштовні"))
    return _calendar(base, [_span("2020-03-17", "2020-05-31", "На час карантину гаряча лінія "
                                                              "0 800 50 12 34 працює щодня з "
                                                              "8:00 до 22:00")])


def pryhystok_style() -> PublisherStyle:
    """A Ukrainian charity fund for people displaced from the Donbas, in Ukrainian: a section
    from a pool, the numeric date turned the long date and the time on Independence Day 2017
    (a wording per day), "Author" turned text and photo credits that day, photo credits and
    "Read also:" mid-body, the week's food set for a family with its price in hryvnia
    (raised each January), an announcement line reworded for Telegram and turned by each
    school start with its kit's price, each New Year gift campaign, Orthodox Easter and the
    2020 quarantine, a hotline with hours added in 2018 and extended for the quarantine, a
    volunteer call, the bank details (an account and MFO turned IBAN in November 2019) and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pryhystok.org.ua", site="Прихисток", base_size=170,
        subdomains=(("", 100),),
        sections=("novyny", "istorii", "zvity", "anonsy"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rubryka": ("Новини", "Історії переселенців", "Звіти", "Анонси",
                        "Гуманітарна допомога"),
            "avtor": ("Олена Коваль", "Андрій Мельник", "Ірина Бондар", "Тарас Шевчук",
                      "Марія Ткаченко"),
            "foto": ("архів фонду", "Ірина Бондар", "Дмитро Гончаренко", "волонтери фонду"),
        },
        families=(
            _f("rubryka", HEADER, 0.5, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.9, *_by_day(_pr_dated)),
            _f("avtor", HEADER, 0.4, (_OLD, "Автор: {avtor}"),
               (PR_REDESIGN.isoformat(), "Текст: {avtor}. Фото: {foto}")),
            _f("anons", HEADER, 0.25, *_pr_anons()),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("chytaite", MIDDLE, 0.35, (_OLD, "Читайте також: {other_title}")),
            _f("nabir", MIDDLE, 0.2, *from_table(PR_NABIR, lambda v: (
                f"{v} грн — продуктовий набір для родини переселенців на тиждень. "
                f"Допомогти"))),
            _f("hariacha", FOOTER, 0.45, *_pr_hariacha()),
            _f("volontery", FOOTER, 0.2, (_OLD, "Шукаємо волонтерів у Києві, Дніпрі та "
                                                "Краматорську. Заповніть анкету на сайті.")),
            _f("rekvizyty", FOOTER, 0.3,
               (_OLD, "Реквізити: БФ «Прихисток», ЄДРПОУ 39412876, р/р 26001052600413 в АТ КБ "
                      "«ПриватБанк», МФО 305299"),
               (PR_IBAN.isoformat(), "Реквізити: БФ «Прихисток», ЄДРПОУ 39412876, IBAN "
                                     "UA213052990000026001052600413, АТ КБ «ПриватБанк»")),
            _f("kopirait", FOOTER, 0.35, (_OLD, "© 2014–{year} БФ «Прихисток». Усі права "
                                                "захищено.")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлення: у попередній версії новини "
                                                    "було вказано неправильну адресу пункту "
                                                    "видачі.")),
        ),
    )


# --- a solidarity group on an Aegean island (in Greek) ------------------------------------

AA_REDESIGN = dt.date(2019, 6, 20)  # relaunched on World Refugee Day 2019
AA_VOLUNTEERS = dt.date(2016, 11, 1)
AA_REGISTRY = dt.date(2020, 5, 4)  # entered in the ministry's register of NGOs
AA_ARRIVALS = (("2014-12-01", 300.0), ("2015-05-01", 4_000.0), ("2015-08-15", 35_000.0),
               ("2015-10-20", 60_000.0), ("2016-01-15", 18_000.0), ("2016-03-15", 6_000.0),
               ("2016-04-10", 150.0), ("2016-12-31", 300.0), ("2017-12-31", 500.0),
               ("2018-12-31", 600.0), ("2019-09-01", 2_500.0), ("2020-02-15", 1_200.0),
               ("2020-03-20", 100.0), ("2021-01-10", 60.0))  # made-up weekly arrivals


def _aa_dated(day: dt.date) -> str:
    if day < AA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def arrivals(sunday: dt.date) -> int:
    """The made-up arrivals on the North Aegean islands in the week to `sunday`."""
    return max(0, int(curve(sunday, AA_ARRIVALS) * (1 + 0.15 * wobble(sunday, "arrivals"))))


def _aa_afixeis(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    first, last = monday - 7 * ONE, monday - ONE
    n = f"{arrivals(last):,}".replace(",", ".")
    return (f"Αφίξεις στα νησιά του Βορείου Αιγαίου {first.day}/{first.month}–{last.day}/"
            f"{last.month}/{last.year}: {n} άτομα (πηγή: UNHCR)")


@cache
def _aa_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Facebook και στο Instagram"))
    news = [
        _span("2016-03-18", "2016-04-10", "Δήλωση ΕΕ–Τουρκίας: τι αλλάζει για όσους φτάνουν "
                                          "στα νησιά από τις 20 Μαρτίου"),
        _span("2020-03-01", "2020-03-31", "Έκτακτη ανακοίνωση: αναστέλλουμε τη δράση μας στις "
                                          "ακτές μέχρι νεωτέρας"),
        _span("2020-09-09", "2020-10-10", "🔥 Φωτιά στη Μόρια: συγκεντρώνουμε είδη πρώτης "
                                          "ανάγκης στην αποθήκη μας"),
    ]
    wrd = _yearly("06-20", 2, 0, lambda y: f"Παγκόσμια Ημέρα Προσφύγων {y}: ελάτε στη γιορτή "
                                           f"μας στην πλατεία Σαπφούς")
    return _calendar(base, news, wrd)


@cache
def _aa_ethelontes() -> Wordings:
    base = _steps((_OLD, "Χρειαζόμαστε εθελοντές για τη διανομή ρούχων στη Μυτιλήνη. "
                         "Επικοινωνήστε μαζί μας."),
                  (AA_VOLUNTEERS.isoformat(), "Γίνε εθελοντής ή εθελόντρια: ελάχιστη παραμονή "
                                              "δύο εβδομάδες· τα αραβικά ή τα φαρσί είναι "
                                              "προσόν."))
    return _calendar(base, [_span("2020-03-20", "2020-07-14", "Λόγω των μέτρων για τον "
                                                              "κορονοϊό δεν δεχόμαστε προς το "
                                                              "παρόν νέους εθελοντές από το "
                                                              "εξωτερικό.")])


AA_SUMMER = ("Συλλέγουμε τώρα: νερό, αντηλιακά, καπέλα, είδη υγιεινής, καλοκαιρινά παιδικά "
             "ρούχα.")
AA_WINTER = ("Συλλέγουμε τώρα: κουβέρτες, υπνόσακους, μπουφάν, κλειστά παπούτσια, ζεστά "
             "παιδικά ρούχα.")


def aigaio_style() -> PublisherStyle:
    """A solidarity group on an Aegean island, in Greek: a category from a pool, the numeric
    date turned the weekday, the long date and the time on World Refugee Day 2019 (a
    wording per day), the writer from a pool, the last week's arrivals on the North Aegean
    islands (a wording per week, each Monday), photo credits and "Read also:" mid-body, an
    announcement line turned by the EU-Turkey statement, the suspension of March 2020, the
    Moria fire and World Refugee Day, a volunteer call reworded in 2016 and closed in the
    pandemic, the items collected in summer and in winter (a wording per season), a
    helpline in Greek, English and Arabic, the bank account, the legal-form line reworded
    when the group entered the NGO register, and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="aigaio-solidarity.gr", site="Αλληλεγγύη Αιγαίου", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nea", "anakoinoseis", "ethelontismos", "draseis"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "katigoria": ("Νέα", "Ανακοινώσεις", "Εθελοντισμός", "Δράσεις", "Μαρτυρίες"),
            "syntaktis": ("Μαρία Παπαδοπούλου", "Νίκος Γεωργίου", "Ελένη Βασιλείου",
                          "ομάδα επικοινωνίας"),
            "fotografos": ("Γιώργος Μαυρίδης", "αρχείο της ομάδας", "εθελοντές της ομάδας",
                           "Σοφία Καλλέργη"),
        },
        families=(
            _f("katigoria", HEADER, 0.45, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.9, *_by_day(_aa_dated)),
            _f("syntaktis", HEADER, 0.35, (_OLD, "Γράφει: {syntaktis}")),
            _f("afixeis", HEADER, 0.25, *_by_day(_aa_afixeis)),
            _f("anakoinosi", HEADER, 0.25, *_aa_anakoinosi()),
            _f("fotografia", MIDDLE, 0.3, (_OLD, "Φωτογραφία: {fotografos}")),
            _f("diavaste", MIDDLE, 0.3, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("ethelontes", FOOTER, 0.3, *_aa_ethelontes()),
            _f("eidi", FOOTER, 0.3, *_seasons(("04-15", AA_SUMMER), ("10-15", AA_WINTER))),
            _f("grammi", FOOTER, 0.2, (_OLD, "Γραμμή βοήθειας / Helpline / خط المساعدة: "
                                             "22510 55512")),
            _f("trapeza", FOOTER, 0.25, (_OLD, "Δωρεές: IBAN GR55 0172 0840 0050 8405 1234 567 "
                                               "(Τράπεζα Πειραιώς)")),
            _f("mitroo", FOOTER, 0.25,
               (_OLD, "Αστική μη κερδοσκοπική εταιρεία · ΑΦΜ 997012345 · ΔΟΥ Μυτιλήνης"),
               (AA_REGISTRY.isoformat(), "Αστική μη κερδοσκοπική εταιρεία · ΑΦΜ 997012345 · "
                                         "Εγγεγραμμένη στο Μητρώο ΜΚΟ του Υπουργείου "
                                         "Μετανάστευσης και Ασύλου")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Αλληλεγγύη Αιγαίου")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: σε προηγούμενη εκδοχή του κειμένου "
                                                 "αναφερόταν λάθος ημερομηνία διανομής.")),
        ),
    )


# --- a Tigrinya-language information site for Eritrean refugees ---------------------------

HB_REDESIGN = dt.date(2018, 9, 11)  # relaunched on the Ethiopian and Eritrean new year
HB_WHATSAPP = dt.date(2019, 3, 1)
HB_CARD = (("2013-01-01", "10"), ("2018-01-01", "15"))  # euros
MED_DEATHS = {2014: 3200, 2015: 2900, 2016: 4600, 2017: 2900, 2018: 1300, 2019: 1260,
              2020: 990, 2021: 1500}  # made-up yearly totals, central Mediterranean


def _hb_dated(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{MEALTI[day.weekday()]}፡ {day.day} {WERHI[day.month - 1]} {day.year}"


def deaths_since_january(friday: dt.date) -> int:
    """The made-up deaths and disappearances at sea counted from 1 January to `friday`."""
    total = MED_DEATHS[friday.year]
    share = friday.timetuple().tm_yday / (366 if friday.year % 4 == 0 else 365)
    return int(total * share)


def _hb_seb(day: dt.date) -> str:
    friday = weekday_on_or_before(day, 4)
    return (f"ኣብ {friday.year} ኣብ ማእከላይ ባሕሪ ዝሞቱን ዝጠፍኡን ስደተኛታት: "
            f"{deaths_since_january(friday):,} (ክሳብ {friday.day} {WERHI[friday.month - 1]}፡ "
            f"ምንጪ IOM)")


@cache
def _hb_zikri() -> Wordings:
    base = _steps((_OLD, "ደግፉና: ንስደተኛታት ዝግበር ሓገዝ ብወፈያኹም ይቕጽል"))
    covid = [_span("2020-03-20", "2020-06-30", "ኮሮና ቫይረስ: ብትግርኛ ዝተዳለወ መምርሒ ኣብዚ "
                                               "ኣንብቡ")]
    lampedusa = _yearly("10-03", 3, 0, lambda y: f"3 ጥቅምቲ {y}: {y - 2013}ይ ዓመት ዝኽሪ ግዳያት "
                                                 f"ላምፐዱዛ")
    feasts = (_movable(orthodox_easter, 2, 1, lambda y: f"ርሑስ በዓል ትንሳኤ {y}")
              + _yearly("01-07", 1, 0, lambda y: f"ርሑስ በዓል ልደት {y}")
              + _yearly("09-27", 1, 0, lambda y: f"ርሑስ በዓል መስቀል {y}"))
    return _calendar(base, covid, lampedusa, feasts)


def habereta_style() -> PublisherStyle:
    """A Tigrinya-language information site for Eritrean refugees, in Ge'ez script: a
    category from a pool, the numeric date turned the weekday and the date with Tigrinya
    month names on the new year of 2018 (a wording per day), the writer from a pool, the
    year's deaths at sea in the central Mediterranean to each Friday (a wording per week),
    photo credits and "Read more:" mid-body, a helpline reworded for WhatsApp, an emergency
    line for boats in distress, a support line turned by the Lampedusa anniversary with its
    year count, Fasika, Lidet and Meskel and the pandemic's guide, a phone-card appeal
    with its amount (raised in 2018), a translation note, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="habereta.net", site="ሓበሬታ", base_size=125,
        subdomains=(("www.", 100),),
        sections=("zena", "mikhri", "tsebtsab", "qalemeteyiq"),
        n_authors=3, url_path="/ti/{section}/{n}",
        pools={
            "mdeb": ("ዜና", "ቃለ-መጠይቕ", "ጸብጻብ", "ምኽሪ", "ትርጉም"),
            "tsehafi": ("ሰላም ተስፋይ", "ዳዊት ገብረሚካኤል", "ሳባ ሃይለ", "የማነ ኪዳነ", "ሕድሪ ብርሃነ"),
            "siali": ("ማህደር", "UNHCR", "ማሕበራዊ መራኸቢ", "ሰላም ተስፋይ"),
        },
        families=(
            _f("mdeb", HEADER, 0.45, (_OLD, "{mdeb}")),
            _f("dated", HEADER, 0.85, *_by_day(_hb_dated)),
            _f("tsehafi", HEADER, 0.4, (_OLD, "ጸሓፊ: {tsehafi}")),
            _f("seb", HEADER, 0.2, *_by_day(_hb_seb)),
            _f("siali", MIDDLE, 0.3, (_OLD, "ስእሊ: {siali}")),
            _f("anbibu", MIDDLE, 0.35, (_OLD, "ተወሳኺ ኣንብቡ: {other_title}")),
            _f("telefon", FOOTER, 0.4,
               (_OLD, "ናይ ሓገዝ ቁጽሪ ቴሌፎን ብትግርኛ: +39 06 5555 0142 (ሰኑይ ክሳብ ዓርቢ)"),
               (HB_WHATSAPP.isoformat(), "ናይ ሓገዝ ቁጽሪ ቴሌፎንን ዋትስኣፕን ብትግርኛ: +39 06 5555 0142 "
                                         "(ሰኑይ ክሳብ ዓርቢ)")),
            _f("bahri", FOOTER, 0.25, (_OLD, "ኣብ ባሕሪ ሓደጋ እንተ ኣጋጢሙ፡ ብቕልጡፍ ናብዚ ቁጽሪ ደውሉ: "
                                             "+33 4 55 55 01 23")),
            _f("zikri", FOOTER, 0.3, *_hb_zikri()),
            _f("wefeya", FOOTER, 0.25, *from_table(HB_CARD, lambda v: (
                f"ወፈያ: {v} ዩሮ ንሓደ ስደተኛ ናይ ሓደ ወርሒ ካርድ ቴሌፎን ይሽፍን"))),
            _f("targum", FOOTER, 0.15, (_OLD, "እዚ ጽሑፍ ካብ እንግሊዝኛ ናብ ትግርኛ ዝተተርጎመ እዩ።")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ሓበሬታ። ኩሉ መሰል ብሕጊ ዝተሓለወ እዩ።")),
            _f("meermta", HEADER, 0.04, (_OLD, "መእረምታ: ኣብ ዝሓለፈ ሕታም ናይዚ ጽሑፍ ዝተጠቕሰ ዕለት "
                                               "ጌጋ ነይሩ።")),
        ),
    )


# --- a Dari-language advice centre for Afghan refugees in Germany -------------------------

KM_REDESIGN = dt.date(2018, 3, 21)  # relaunched on Nowruz 1397
KM_WHATSAPP = dt.date(2017, 6, 1)
KM_GIFT = {2015: 15, 2016: 15, 2017: 20, 2018: 20, 2019: 25, 2020: 25}  # euros
KM_IFTAR = {2015: 30, 2016: 30, 2017: 35, 2018: 35, 2019: 40, 2020: 40}
RETURNS = {1393: 420_000, 1394: 450_000, 1395: 460_000, 1396: 470_000, 1397: 770_000,
           1398: 480_000, 1399: 860_000}  # made-up returns from Iran per solar year


def _km_dated(day: dt.date) -> str:
    sy, sm, sd = solar(day)
    if day < KM_REDESIGN:
        return f"{fa(sd)} {BURJ[sm]} {fa(sy)}"
    return (f"{ROZ[day.weekday()]} {fa(sd)} {BURJ[sm]} {fa(sy)} ({fa(day.day)} "
            f"{MILADI[day.month - 1]} {fa(day.year)})")


def returns_since_nowruz(saturday: dt.date) -> int:
    """The made-up returns from Iran counted from Nowruz to `saturday`."""
    sy = solar(saturday)[0]
    start = iso_day(NOWRUZ[sy + 621])
    return int(RETURNS[sy] * ((saturday - start).days + 1) / 365)


def _km_tedad(day: dt.date) -> str:
    saturday = weekday_on_or_before(day, 5)
    sy = solar(saturday)[0]
    return (f"شمار مهاجرین افغان بازگشته از ایران از آغاز سال {fa(sy)} تا {fa(solar(saturday)[2])} "
            f"{BURJ[solar(saturday)[1]]}: {fa(f'{returns_since_nowruz(saturday):,}')} نفر "
            f"(منبع: سازمان بین‌المللی مهاجرت)")


@cache
def _km_komak() -> Wordings:
    base = _steps((_OLD, "با کمک‌های مالی خود از خانواده‌های مهاجر حمایت کنید."))
    covid = [_span("2020-03-16", "2020-06-15", "کرونا: مشوره‌های ما اکنون فقط از راه تلفن است؛ "
                                               "به خانواده‌های نیازمند کمک کنید.")]
    nowruz = _movable(lambda y: iso_day(NOWRUZ[y]), 5, 3,
                      lambda y: f"نوروز {fa(y - 621)} مبارک! هدیهٔ نوروزی برای یک کودک مهاجر: "
                                f"{fa(KM_GIFT[y])} یورو")
    ramadan: list[Event] = [
        (iso_day(first), iso_day(eid, 1),
         f"افطاری برای یک خانوادهٔ مهاجر در ماه رمضان: {fa(KM_IFTAR[y])} یورو")
        for y, (first, eid, _) in RAMADAN.items()]
    return _calendar(base, covid, nowruz, ramadan)


def _km_huquq(day: dt.date) -> str:
    return f"© {fa(solar(day)[0])} خانهٔ مهاجر. تمام حقوق محفوظ است."


def khanaimuhajir_style() -> PublisherStyle:
    """A Dari-language advice centre for Afghan refugees in Germany: a section from a pool,
    the solar date with the Afghan month names in Persian digits, turned the weekday with
    the Gregorian date beside it on Nowruz 1397 (a wording per day), the writer from a pool,
    the returns from Iran since Nowruz to each Saturday (a wording per week), photo credits
    and "Read more:" mid-body, a free advice line reworded for WhatsApp, a not-legal-advice
    line, a donation line turned by Nowruz with the year's gift, Ramadan's iftar amount and
    the pandemic, the copyright line with the solar year (changing each Nowruz), a rare
    correction."""
    return PublisherStyle(
        domain="khanaimuhajir.org", site="خانهٔ مهاجر", base_size=100,
        subdomains=(("www.", 100),),
        sections=("khabar", "gozaresh", "rahnama", "goftogo"),
        n_authors=3, url_path="/fa-af/{section}/{n}",
        pools={
            "bakhsh": ("خبرها", "گزارش", "اطلاعیه", "گفتگو", "راهنمای حقوقی"),
            "nevisanda": ("فرشته احمدی", "محمد نادر رحیمی", "زهرا حسینی", "احمد شاه کریمی"),
            "aks": ("آرشیف خانهٔ مهاجر", "UNHCR", "رسانه‌های اجتماعی", "زهرا حسینی"),
        },
        families=(
            _f("bakhsh", HEADER, 0.5, (_OLD, "{bakhsh}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_km_dated)),
            _f("nevisanda", HEADER, 0.4, (_OLD, "نویسنده: {nevisanda}")),
            _f("tedad", HEADER, 0.2, *_by_day(_km_tedad)),
            _f("aks", MIDDLE, 0.3, (_OLD, "عکس: {aks}")),
            _f("bekhanid", MIDDLE, 0.35, (_OLD, "بیشتر بخوانید: {other_title}")),
            _f("khat", FOOTER, 0.4,
               (_OLD, "مشورهٔ رایگان تلفنی به زبان‌های دری، پشتو و انگلیسی: ۰۴۰ ۵۵۵۵ ۷۸۱۲"),
               (KM_WHATSAPP.isoformat(), "مشورهٔ رایگان به زبان‌های دری، پشتو و انگلیسی، از راه "
                                         "تلفن و واتس‌اپ: ۰۴۰ ۵۵۵۵ ۷۸۱۲")),
            _f("hoshdar", FOOTER, 0.3, (_OLD, "این مطلب مشورهٔ حقوقی نیست؛ برای پروندهٔ خود با "
                                              "یک مشاور یا وکیل صحبت کنید.")),
            _f("komak", FOOTER, 0.3, *_km_komak()),
            _f("huquq", FOOTER, 0.35, *_by_day(_km_huquq)),
            _f("eslah", HEADER, 0.04, (_OLD, "اصلاحیه: در نسخهٔ پیشین این گزارش، تاریخ مصاحبه "
                                             "نادرست آمده بود.")),
        ),
    )


# --- a British town's refugee welcome charity ---------------------------------------------

NG_REDESIGN = dt.date(2019, 1, 7)
NG_SATURDAY = dt.date(2017, 9, 2)
NG_APPOINTMENTS = dt.date(2020, 9, 1)
ASYLUM_SUPPORT = (("2014-04-07", "£36.62"), ("2015-08-10", "£36.95"), ("2018-02-05", "£37.75"),
                  ("2020-02-10", "£39.60"), ("2020-06-15", "£39.63"))


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"


def gift_deadline(y: int) -> dt.date:
    """The last Friday on or before 18 December: the last day for Christmas gifts."""
    return weekday_on_or_before(dt.date(y, 12, 18), 4)


@cache
def _ng_banner() -> Wordings:
    base = _steps((_OLD, "Sign up to our mailing list for news, events and volunteering."))
    covid = [_span("2020-03-17", "2020-07-31", "🦠 Coronavirus: how we are still supporting "
                                               "people (updated regularly)")]
    week = _movable(refugee_week, 7, 6, lambda y: (
        f"🌍 Refugee Week {y} ({refugee_week(y).day}–{refugee_week(y).day + 6} June): see "
        f"what's on in Northgate"))
    gifts: list[Event] = [
        (dt.date(y, 11, 15), gift_deadline(y) + ONE,
         f"🎁 Christmas gift appeal {y}: drop off new, unwrapped gifts by Friday "
         f"{gift_deadline(y).day} December") for y in YEARS]
    return _calendar(base, covid, week, gifts)


@cache
def _ng_dropin() -> Wordings:
    base = _steps(
        (_OLD, "Drop-in: Tuesdays and Thursdays, 10am–2pm, St Aidan's Church Hall, Northgate."),
        (NG_SATURDAY.isoformat(), "Drop-in: Tuesdays and Thursdays 10am–2pm, family drop-in "
                                  "Saturdays 11am–1pm, St Aidan's Church Hall."),
        (NG_APPOINTMENTS.isoformat(), "Drop-in by appointment only: call or text 07700 900613 "
                                      "to book."))
    covid = [_span("2020-03-17", "2020-08-31", "Our drop-in is closed because of coronavirus. "
                                               "Call or text 07700 900613 for help.")]
    christmas = _yearly("12-23", 0, 10, lambda y: f"Our drop-in is closed from 23 December {y} "
                                                  f"to 2 January {y + 1}. Merry Christmas!",
                        years=range(2014, 2021))
    return _calendar(base, covid, christmas)


def northgate_style() -> PublisherStyle:
    """A British town's refugee welcome charity: the WordPress date turned the numeric day
    and short month on 7 January 2019 (a wording per day), "Posted in" with categories from
    a pool, a banner turned by Refugee Week with its days, each Christmas gift appeal with
    its last Friday and the pandemic, the week's needed items from a pool mid-body, the
    drop-in times (a Saturday session added in 2017, closed each Christmas and in the 2020
    lockdown, by appointment after it), the asylum support rate (changing in 2015, 2018 and
    twice in 2020), a volunteer call, a Gift Aid line, the charity line, a share line, a
    rare update."""
    return PublisherStyle(
        domain="northgaterefugeewelcome.org.uk", site="Northgate Refugee Welcome",
        base_size=85, subdomains=(("www.", 100),),
        sections=("news", "events", "volunteering", "fundraising"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "ngcat": ("News", "Events", "Volunteering", "Fundraising", "Campaigns"),
            "needs": ("men's winter coats", "toiletries", "bus passes", "phone top-up cards",
                      "children's shoes", "sleeping bags"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ng_dated)),
            _f("posted-in", HEADER, 0.4, (_OLD, "Posted in {ngcat_list}")),
            _f("banner", HEADER, 0.25, *_ng_banner()),
            _f("needs", MIDDLE, 0.25, (_OLD, "This week we especially need: {needs_list}.")),
            _f("dropin", FOOTER, 0.35, *_ng_dropin()),
            _f("support", FOOTER, 0.2, *from_table(ASYLUM_SUPPORT, lambda v: (
                f"People seeking asylum live on {v} a week: that is all they have for food, "
                f"clothes and travel."))),
            _f("volunteer", FOOTER, 0.3, (_OLD, "Volunteer with us: we need English "
                                                "conversation partners, drivers and drop-in "
                                                "helpers.")),
            _f("gift-aid", FOOTER, 0.15, (_OLD, "UK taxpayer? Tick Gift Aid and we can claim "
                                                "an extra 25p for every £1 you give.")),
            _f("charity", FOOTER, 0.4, (_OLD, "Northgate Refugee Welcome is a charitable "
                                              "incorporated organisation, registered charity "
                                              "no. 1167092.")),
            _f("share", FOOTER, 0.3, (_OLD, "Share this: Facebook · Twitter · WhatsApp · "
                                            "Email")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the fundraising quiz has moved to "
                                              "Friday.")),
        ),
    )


# --- an American refugee resettlement office ----------------------------------------------

PG_REDESIGN = dt.date(2017, 10, 2)
PG_DONATE = dt.date(2018, 11, 1)
CEILINGS = (("2014-10-01", "fiscal year 2015: 70,000"), ("2015-10-01", "fiscal year 2016: "
                                                                       "85,000"),
            ("2016-10-01", "fiscal year 2017: 110,000"),
            ("2017-01-27", "fiscal year 2017: 50,000, cut by executive order"),
            ("2017-10-01", "fiscal year 2018: 45,000"), ("2018-10-01", "fiscal year 2019: "
                                                                       "30,000"),
            ("2019-11-01", "fiscal year 2020: 18,000"), ("2020-10-28", "fiscal year 2021: "
                                                                       "15,000"))
GT_MATCH = {2015: "5,000", 2016: "5,000", 2017: "7,500", 2018: "10,000", 2019: "10,000",
            2020: "15,000"}


def _pg_dated(day: dt.date) -> str:
    if day < PG_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def picnic_day(y: int) -> dt.date:
    """The World Refugee Day picnic: the Saturday on or before 20 June."""
    return weekday_on_or_before(dt.date(y, 6, 20), 5)


def giving_tuesday(y: int) -> dt.date:
    return thanksgiving(y) + 5 * ONE


@cache
def _pg_banner() -> Wordings:
    base = _steps((_OLD, "Welcome a neighbor: volunteer, donate or host a family"))
    news = [
        _span("2017-01-28", "2017-03-16", "Our statement on the executive order suspending "
                                          "refugee admissions"),
        _span("2020-03-16", "2020-06-30", "🦠 COVID-19: our office is closed to visitors; case "
                                          "managers are working by phone"),
    ]
    picnic = _movable(picnic_day, 10, 0, lambda y: (
        f"🌎 World Refugee Day {y}: community picnic, Saturday, June {picnic_day(y).day}"))
    giving = _movable(giving_tuesday, 6, 0, lambda y: (
        f"#GivingTuesday {y}: every gift matched up to ${GT_MATCH[y]}"))
    return _calendar(base, news, picnic, giving)


def prairiegateway_style() -> PublisherStyle:
    """An American refugee resettlement office: the AP-style date turned the weekday and the
    long date on 2 October 2017 (a wording per day), a banner turned by the 2017 travel ban,
    the pandemic, each World Refugee Day picnic and each GivingTuesday with its match, a
    photo credit from a pool mid-body, a names-changed note, what gifts buy (amounts raised
    in November 2018), a help line naming the languages spoken, the refugee admissions
    ceiling (each fiscal year's, and the January 2017 cut), the 501(c)(3) line and the
    affiliate line (a block), a rare correction."""
    return PublisherStyle(
        domain="prairiegateway.org", site="Prairie Gateway Refugee Services", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "stories", "events", "advocacy"),
        n_authors=3, url_path="/news/{slug}",
        pools={"pgphoto": ("Prairie Gateway staff", "Dana Kowalski", "Abdi Warsame",
                           "courtesy of the family")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_pg_dated)),
            _f("banner", HEADER, 0.25, *_pg_banner()),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {pgphoto}")),
            _f("names", FOOTER, 0.15, (_OLD, "Client names have been changed for their "
                                             "safety.")),
            _f("donate", FOOTER, 0.3,
               (_OLD, "$50 stocks a pantry shelf. $150 buys bus passes for a family's first "
                      "month. $500 furnishes an apartment."),
               (PG_DONATE.isoformat(), "$75 stocks a family's pantry. $200 buys bus passes for "
                                       "the first month. $750 furnishes a two-bedroom "
                                       "apartment.")),
            _f("languages", FOOTER, 0.2, (_OLD, "Need help? Call (402) 555-0188. Arabic, Dari, "
                                                "Pashto, Swahili, Tigrinya and Spanish "
                                                "spoken.")),
            _f("ceiling", FOOTER, 0.25, *from_table(CEILINGS, lambda v: (
                f"U.S. refugee admissions ceiling for {v}."))),
            _f("tax", FOOTER, 0.35, (_OLD, "Prairie Gateway Refugee Services is a 501(c)(3) "
                                           "nonprofit (EIN 47-3318205). Gifts are tax-"
                                           "deductible to the extent allowed by law.")),
            _f("affiliate", FOOTER, 0.3, (_OLD, "We are a local affiliate of a national "
                                                "resettlement agency, working under a "
                                                "cooperative agreement with the U.S. "
                                                "Department of State.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "gave the wrong date for the citizenship "
                                                  "clinic.")),
        ),
    )


# --- a Mediterranean sea-rescue association -----------------------------------------------

BL_REDESIGN = dt.date(2019, 4, 1)
BL_FIRST_MISSION = dt.date(2016, 6, 1)
BL_CYCLE, BL_AT_SEA = 35, 18  # days from one mission's departure to the next, days at sea
BL_DETAINED = (dt.date(2018, 7, 1), dt.date(2018, 10, 14))
BL_PAUSE = (dt.date(2020, 3, 15), dt.date(2020, 8, 16))
BL_COSTS = (("2014-01-01", "€25 buys a life jacket; €300 keeps our ship at sea for an hour."),
            ("2018-01-01", "€30 buys a life jacket; €350 keeps our ship at sea for an hour."),
            ("2020-09-01", "€30 buys a life jacket; €280 keeps our ship at sea for an hour."))
BL_MONTHLY = (("2016-06-01", 350.0), ("2016-12-31", 600.0), ("2017-07-31", 450.0),
              ("2018-06-30", 150.0), ("2019-12-31", 110.0), ("2020-12-31", 80.0))


def _bl_dated(day: dt.date) -> str:
    if day < BL_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Press release · {day.day} {MONTHS[day.month - 1]} {day.year}"


def _bl_mission(day: dt.date) -> str:
    if day < BL_FIRST_MISSION:
        return "Our ship is being refitted for its first rescue mission in June 2016."
    if BL_DETAINED[0] <= day <= BL_DETAINED[1]:
        return ("⚓ Our ship is detained in port by the authorities. We will be back at sea "
                "as soon as we can.")
    if BL_PAUSE[0] <= day <= BL_PAUSE[1]:
        return "Operations suspended: our ship is in port because of COVID-19 restrictions."
    k, r = divmod((day - BL_FIRST_MISSION).days, BL_CYCLE)
    if r < BL_AT_SEA:
        return (f"🛟 Mission {k + 1}, day {r + 1}: our ship is on patrol in the central "
                f"Mediterranean.")
    back = BL_FIRST_MISSION + (k * BL_CYCLE + BL_AT_SEA) * ONE
    nxt = BL_FIRST_MISSION + (k + 1) * BL_CYCLE * ONE
    return (f"Mission {k + 1} returned to port on {back.day} {MONTHS[back.month - 1]}; "
            f"mission {k + 2} sails on {nxt.day} {MONTHS[nxt.month - 1]}.")


@cache
def rescued_by_month() -> dict[tuple[int, int], int]:
    """The made-up people rescued since June 2016, to the end of each month."""
    out, total = {}, 0
    for y in range(2016, 2021):
        for m in range(1, 13):
            first = dt.date(y, m, 1)
            if first < BL_FIRST_MISSION:
                continue
            if not (BL_DETAINED[0] <= first <= BL_DETAINED[1]
                    or BL_PAUSE[0] <= first + 14 * ONE <= BL_PAUSE[1]):
                total += int(curve(first, BL_MONTHLY) * (1 + 0.3 * wobble(first, "saved")))
            out[(y, m)] = total
    return out


def _bl_rescued(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    if (y, m) not in rescued_by_month():
        return "Our first rescue mission sets sail in June 2016."
    return (f"Since June 2016, our crews have helped bring {rescued_by_month()[(y, m)]:,} "
            f"people to safety in the central Mediterranean.")


def _bl_crew(day: dt.date) -> str:
    if day.month >= 10:
        return (f"Volunteer crew wanted for the {day.year + 1} season: medics, engineers and "
                f"RHIB drivers. Apply by 31 January {day.year + 1}.")
    if day.month == 1:
        return (f"Volunteer crew wanted for the {day.year} season: medics, engineers and RHIB "
                f"drivers. Apply by 31 January {day.year}.")
    return f"Crew applications for the {day.year + 1} season open on 1 October {day.year}."


def bluelifeline_style() -> PublisherStyle:
    """A Mediterranean sea-rescue association: the numeric date turned "Press release ·" and
    the long date on 1 April 2019 (a wording per day), the ship's mission log (a wording per
    day at sea, the port days, the 2018 detention and the 2020 suspension), photo credits
    and "Read more:" mid-body, the people rescued since 2016 to the last month's end (a
    wording per month), what gifts buy (raised in 2018, the fuel cut in 2020), a crew call
    for each season (open each October, closed each February), the press contact and the
    association's register line (a block), a rare correction."""
    return PublisherStyle(
        domain="bluelifeline.org", site="Blue Lifeline", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "press", "logbook"),
        n_authors=3, url_path="/en/{section}/{slug}",
        pools={"blphoto": ("Lena Hoffmann", "Marco Bellini", "crew member", "Samir Aziz")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_bl_dated)),
            _f("mission", HEADER, 0.3, *_by_day(_bl_mission)),
            _f("caption", MIDDLE, 0.35, (_OLD, "Photo: {blphoto}/Blue Lifeline")),
            _f("read", MIDDLE, 0.3, (_OLD, "Read more: {other_title}")),
            _f("rescued", FOOTER, 0.35, *_by_day(_bl_rescued)),
            _f("donate", FOOTER, 0.35, *from_table(BL_COSTS, lambda v: v)),
            _f("crew", FOOTER, 0.2, *_by_day(_bl_crew)),
            _f("press", FOOTER, 0.35, (_OLD, "Press contact: press@bluelifeline.org · "
                                             "+49 30 5555 2190")),
            _f("register", FOOTER, 0.3, (_OLD, "Blue Lifeline e.V. is a non-profit association "
                                               "registered at Amtsgericht Berlin-"
                                               "Charlottenburg (VR 35521 B).")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version gave the "
                                                  "wrong number of people on board.")),
        ),
    )


# --- a multilingual asylum legal-aid helpline in Athens -----------------------------------

AH_REDESIGN = dt.date(2018, 9, 3)
AH_LAW_2016 = dt.date(2016, 4, 3)  # Law 4375/2016 in force
AH_LAW_2020 = dt.date(2020, 1, 1)  # the International Protection Act in force
AH_CLOSED = ("2020-03-16", "2020-06-14")


def _ah_dated(day: dt.date) -> str:
    if day < AH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{day.day} {MINES[day.month - 1]} {day.year} · {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}")


@cache
def _ah_helpline(open_text: str, closed_text: str) -> Wordings:
    return _calendar(_steps((_OLD, open_text)), [_span(*AH_CLOSED, closed_text)])


AH_LINES = {
    "helpline-en": ("Free legal helpline: 210 555 4410, Monday to Friday 10:00–16:00.",
                    "Our office is closed. Free legal helpline: 210 555 4410, Monday to Friday "
                    "10:00–16:00."),
    "helpline-ar": ("خط المساعدة القانونية المجاني: 210 555 4410، من الاثنين إلى الجمعة "
                    "10:00–16:00",
                    "مكتبنا مغلق. خط المساعدة القانونية المجاني: 210 555 4410، من الاثنين إلى "
                    "الجمعة"),
    "helpline-fa": ("خط کمک حقوقی رایگان: ۲۱۰ ۵۵۵ ۴۴۱۰، دوشنبه تا جمعه ۱۰ تا ۱۶",
                    "دفتر ما بسته است. خط کمک حقوقی رایگان: ۲۱۰ ۵۵۵ ۴۴۱۰، دوشنبه تا جمعه"),
    "helpline-el": ("Δωρεάν νομική γραμμή βοήθειας: 210 555 4410, Δευτέρα έως Παρασκευή "
                    "10:00–16:00",
                    "Το γραφείο μας είναι κλειστό. Δωρεάν νομική γραμμή βοήθειας: 210 555 "
                    "4410, Δευτέρα έως Παρασκευή"),
}


def asylumhelp_style() -> PublisherStyle:
    """A multilingual asylum legal-aid helpline in Athens: the numeric date turned the long
    date in Greek and English on 3 September 2018 (a wording per day), the language switcher,
    "Last checked by our lawyers" with the article's date, the law the page is based on
    (reworded when Law 4375/2016 and the International Protection Act came into force), the
    helpline in English, Arabic, Dari and Greek (a block, each line turned when the office
    closed in 2020), the funding line, a rare correction."""
    return PublisherStyle(
        domain="asylumhelpathens.org", site="AsylumHelp Athens", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "guides", "updates"),
        n_authors=2, url_path="/en/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_ah_dated)),
            _f("languages", HEADER, 0.35, (_OLD, "English · العربية · دری · Ελληνικά")),
            _f("checked", HEADER, 0.3, (_OLD, "Last checked by our lawyers: {date_dmy}")),
            _f("law", FOOTER, 0.25,
               (_OLD, "Based on Greek asylum law 3907/2011. Rules change often: ask a lawyer "
                      "before you act."),
               (AH_LAW_2016.isoformat(), "Based on Law 4375/2016 on asylum. Rules change "
                                         "often: ask a lawyer before you act."),
               (AH_LAW_2020.isoformat(), "Based on the International Protection Act (Law "
                                         "4636/2019). Rules change often: ask a lawyer before "
                                         "you act.")),
            *(_f(name, FOOTER, share, *_ah_helpline(*AH_LINES[name]))
              for name, share in (("helpline-en", 0.4), ("helpline-ar", 0.35),
                                  ("helpline-fa", 0.3), ("helpline-el", 0.3))),
            _f("funding", FOOTER, 0.2, (_OLD, "AsylumHelp Athens is funded by private donors and "
                                              "foundations. We take no government money.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the appeal deadline given in an "
                                                  "earlier version of this guide was wrong.")),
        ),
    )


# --- a Kharkiv volunteer centre (in Ukrainian) --------------------------------------------

DS_REDESIGN = dt.date(2018, 3, 1)
DS_MONO = dt.date(2019, 5, 1)


def _ds_dated(day: dt.date) -> str:
    if day < DS_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} о {{time}}"
    return f"{day.day} {MISIATSI[day.month - 1]} {day.year}"


def parcels(y: int, m: int) -> int:
    """The made-up food parcels given out in month `m` of `y`."""
    first = dt.date(y, m, 1)
    level = curve(first, (("2014-12-01", 900.0), ("2016-06-01", 600.0), ("2019-01-01", 350.0),
                          ("2020-03-01", 300.0), ("2020-05-01", 700.0), ("2020-12-01", 450.0)))
    return int(level * (1 + 0.1 * wobble(first, "parcels")))


def _ds_zvit(day: dt.date) -> str:
    y, m = day.year, day.month - (1 if day.day >= 5 else 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return f"Звіт за {MISIATS[m - 1]} {y}: видано продуктових наборів — {parcels(y, m)}"


def dobrosusidstvo_style() -> PublisherStyle:
    """A Kharkiv volunteer centre, in Ukrainian: the numeric date and time turned the long
    date on 1 March 2018 (a wording per day), what is needed now from a pool mid-body, the
    card to give to (a monobank jar added in 2019), the hours things are taken in (summer and
    winter), the last month's report with its food parcels (a wording per month, each 5th),
    the copyright line, a rare correction."""
    return PublisherStyle(
        domain="dobrosusidstvo.org.ua", site="Добросусідство", base_size=30,
        subdomains=(("", 100),),
        sections=("novyny", "zvity"),
        n_authors=2, url_path="/{section}/{n}",
        pools={"potreby": ("крупи", "дитяче харчування", "засоби гігієни", "теплий одяг",
                           "ліки від тиску", "памперси для дорослих")},
        families=(
            _f("data", HEADER, 0.8, *_by_day(_ds_dated)),
            _f("potreby", MIDDLE, 0.3, (_OLD, "Зараз потрібно: {potreby_list}")),
            _f("kartka", FOOTER, 0.35,
               (_OLD, "Допомогти: картка ПриватБанку 4149 6293 1805 7720 (Коваленко О. П.)"),
               (DS_MONO.isoformat(), "Допомогти: картка ПриватБанку 4149 6293 1805 7720 "
                                     "(Коваленко О. П.) або банка monobank")),
            _f("hrafik", FOOTER, 0.3, *_seasons(
                ("04-01", "Приймаємо речі: вт, чт, сб з 10:00 до 18:00, вул. Сумська, 112"),
                ("11-01", "Приймаємо речі: вт, чт, сб з 10:00 до 16:00, вул. Сумська, 112"))),
            _f("zvit", FOOTER, 0.25, *_by_day(_ds_zvit)),
            _f("kopirait", FOOTER, 0.3, (_OLD, "© Добросусідство, {year}")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлення: пункт прийому працює з 10:00, "
                                                    "а не з 9:00.")),
        ),
    )


def heldout207_styles() -> list[PublisherStyle]:
    """The held-back-207 styles, in the order the generator hands them to publishers."""
    return [
        waymark_style(), fielddispatch_style(), almalath_style(), pryhystok_style(),
        aigaio_style(), habereta_style(), khanaimuhajir_style(), northgate_style(),
        prairiegateway_style(), bluelifeline_style(), asylumhelp_style(),
        dobrosusidstvo_style(),
    ]
