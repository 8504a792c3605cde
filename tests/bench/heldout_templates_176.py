"""The ``held-back-176`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker or a "the issuer is responsible" line. The publishers are African-language
and pan-African news sites and radio newsrooms in English, Amharic, Hausa, Yoruba, isiZulu,
Somali, Swahili and French: a pan-African English news service based in Nairobi, an Amharic
news site (dated in the Ethiopian calendar), a Hausa news and radio service, a Yoruba news
site, an isiZulu news site, a Somali news site and radio, a Tanzanian Swahili news site, a
Senegalese French-language radio newsroom, a Ugandan English FM station's newsroom, a
Nigerian English daily, a pan-African press-release wire and a bilingual (French and English)
Cameroonian radio station. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (with East Africa Time), Amharic in the Ethiopian (Ge'ez)
calendar with its Ethiopian year and month of Pagume, Hausa, Yoruba, isiZulu, Somali, Swahili
and French, several changing form on the day of a redesign; correspondent credits ("By X,
West Africa Correspondent", "Daga X, wakilinmu a Kano", "De notre correspondant à Bamako"),
datelines with the city from a pool, sources from pools; radio-programme lines that turn with
the weekday and frequency lines that grow over the years or follow the shortwave A and B
seasons; WhatsApp-tip appeals reworded between 2015 and 2020; lines that turn every day (the
day's exchange rates, isiZulu load-shedding stages, "Ètò òní"), every weekday (market closes)
or count the days of an internet shutdown; notices that follow calendars (Ramadan, the Eids
and the Mawlid with their Hijri years, the Magal of Touba, Ethiopian New Year, Meskel, Genna,
Timket, Fasika and Adwa with Ge'ez numerals, the Osun-Osogbo festival, the Reed Dance,
Freedom, Youth and Heritage Days, Saba Saba, Nane Nane, Martyrs Day, the Africa Cup of
Nations, AU summits, elections and their postponements, lockdowns and their levels, #EndSARS);
amounts that change over the years (petrol pump prices, e-paper prices, newsroom counts,
bureau counts); copyright lines in eight languages, addresses, disclaimers and footer menus
in multi-line blocks; related-article lines, advertisement markers and audio links mid-body;
bare lines, and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    last_weekday,
    listed,
    ordinal,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line worded day by day is built once per session: the tests build the styles often.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The Ethiopian months (the thirteenth, Pagume, has five days, six in a leap year).
WERAT = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት",
         "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን")
ELETAT = ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ")
WATANNI = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta",
           "Satumba", "Oktoba", "Nuwamba", "Disamba")
KWANAKI = ("Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi")
OSU = ("Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Owewe",
       "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
OJO = ("Ọjọ́ Ajé", "Ọjọ́ Ìṣẹ́gun", "Ọjọ́rú", "Ọjọ́bọ̀", "Ọjọ́ Ẹtì", "Ọjọ́ Àbámẹ́ta",
       "Ọjọ́ Àìkú")
IZINYANGA = ("Januwari", "Februwari", "Mashi", "Ephreli", "Meyi", "Juni", "Julayi", "Agasti",
             "Septhemba", "Okthoba", "Novemba", "Disemba")
NGEZINSUKU = ("ngoMsombuluko", "ngoLwesibili", "ngoLwesithathu", "ngoLwesine",
              "ngoLwesihlanu", "ngoMgqibelo", "ngeSonto")
BILOOYIN = ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto",
            "Sebtembar", "Oktoobar", "Nofembar", "Desembar")
MAALMAHA = ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad")
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Ramadan's first day, Eid al-Fitr and the Hijri year, as West and East African sites kept
# them (a day either way from one country to the next).
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-16", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-04", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
MAWLID = {2015: "2015-12-24", 2016: "2016-12-12", 2017: "2017-12-01", 2018: "2018-11-20",
          2019: "2019-11-09", 2020: "2020-10-29"}
GRAND_MAGAL = {2015: "2015-12-01", 2016: "2016-11-20", 2017: "2017-11-08", 2018: "2018-10-29",
               2019: "2019-10-18", 2020: "2020-10-06"}  # 18 Safar, the Magal of Touba
AFCON = (("2015-01-17", "2015-02-08", "2015", "Equatorial Guinea"),
         ("2017-01-14", "2017-02-05", "2017", "Gabon"),
         ("2019-06-21", "2019-07-19", "2019", "Egypt"))

# --- helpers of this set ------------------------------------------------------------------


def ethiopian(day: dt.date) -> tuple[int, int, int]:
    """The Ethiopian (Ge'ez) calendar's year, month (1-13) and day of `day`."""
    k = day.toordinal() + 1721425 - 1723856
    r = k % 1461
    n = r % 365 + 365 * (r // 1460)
    return 4 * (k // 1461) + r // 365 - r // 1460, n // 30 + 1, n % 30 + 1


def from_ethiopian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian date (looked for from 7 September of its year)."""
    probe = dt.date(year + 7, 9, 7) + dt.timedelta(days=30 * (month - 1) + day - 1)
    while ethiopian(probe) != (year, month, day):
        probe += ONE
    return probe


_GEEZ_ONES = "፩፪፫፬፭፮፯፰፱"
_GEEZ_TENS = "፲፳፴፵፶፷፸፹፺"


def geez(n: int) -> str:
    """`n` (1-9999) in Ge'ez numerals: 2012 is ፳፻፲፪ (twenty, hundred, ten, two)."""
    def small(k: int) -> str:
        return ((_GEEZ_TENS[k // 10 - 1] if k >= 10 else "")
                + (_GEEZ_ONES[k % 10 - 1] if k % 10 else ""))

    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else ("" if hundreds == 1 else small(hundreds)) + "፻"
    return head + small(rest)


def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `points` ((ISO day, value), ...), flat beyond them."""
    iso = day.isoformat()
    if iso <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if iso <= d1:
            a, b = iso_day(d0).toordinal(), iso_day(d1).toordinal()
            return v0 + (v1 - v0) * (day.toordinal() - a) / (b - a)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    return table[max(bisect_right([s for s, _ in table], day.isoformat()) - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: the value in force on the set's first day
    from the oldest day, then one wording from each later start."""
    return ((_OLD, text(value_on(FIRST_DAY, table))),) + tuple(
        (start, text(value)) for start, value in table if start > FIRST_DAY.isoformat())


def last_weekday_on_or_before(day: dt.date) -> dt.date:
    """The last weekday (Monday to Friday) on or before `day`: the last market close."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def shortwave_summer(day: dt.date) -> bool:
    """Whether the shortwave A season (last Sunday of March to last Sunday of October) is
    on."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def ramadan_events(text: Callable[[int, int], str], fitr: Callable[[int, int], str],
                   adha: Callable[[int, int], str]) -> list[Event]:
    """Ramadan (its first day to the eve of Eid), Eid al-Fitr (three days) and Eid al-Adha
    (from the eve to two days after), each given the year and its Hijri year."""
    out: list[Event] = []
    for y, (first, eid, hijri) in RAMADAN.items():
        out.append((iso_day(first), iso_day(eid), text(y, hijri)))
        out.append((iso_day(eid), iso_day(eid, 3), fitr(y, hijri)))
        out.append((iso_day(EID_ADHA[y], -1), iso_day(EID_ADHA[y], 3), adha(y, hijri)))
    return sorted(out)


# --- a pan-African English news service based in Nairobi -------------------------------

PD_REDESIGN = dt.date(2017, 7, 3)  # relaunched after the AU summit of July 2017
PD_WHATSAPP = dt.date(2017, 3, 1)
PD_DAILY = dt.date(2018, 9, 3)
PD_COPYRIGHT = dt.date(2019, 1, 14)
PD_BUREAUS = (("2014-01-06", "14"), ("2016-01-11", "17"), ("2017-01-09", "19"),
              ("2018-01-08", "22"), ("2019-01-07", "24"), ("2020-01-06", "26"))
AU_SUMMITS = (("2015-01-30", "2015-01-31"), ("2016-01-30", "2016-01-31"),
              ("2017-01-30", "2017-01-31"), ("2018-01-28", "2018-01-29"),
              ("2019-02-10", "2019-02-11"), ("2020-02-09", "2020-02-10"))
PD_ELECTIONS = (("2015-03-28", "Nigeria decides 2015"), ("2015-10-25", "Tanzania decides 2015"),
                ("2016-12-07", "Ghana decides 2016"), ("2017-08-08", "Kenya decides 2017"),
                ("2017-10-26", "Kenya's repeat presidential election"),
                ("2019-02-23", "Nigeria decides 2019"),
                ("2019-05-08", "South Africa decides 2019"),
                ("2020-10-28", "Tanzania decides 2020"), ("2020-12-07", "Ghana decides 2020"))
USD_RATES = {  # made-up closes drawn through the years' levels
    "KSh": (("2015-01-02", 90.5), ("2015-09-01", 105.8), ("2016-06-01", 101.2),
            ("2017-08-01", 103.9), ("2018-06-01", 100.6), ("2019-06-01", 101.5),
            ("2020-04-01", 105.2), ("2020-12-31", 109.9)),
    "₦": (("2015-01-02", 183.0), ("2015-03-01", 198.0), ("2016-06-17", 199.0),
          ("2016-06-20", 282.0), ("2017-06-01", 305.5), ("2019-12-31", 306.9),
          ("2020-03-20", 360.0), ("2020-08-01", 379.5), ("2020-12-31", 379.0)),
    "R": (("2015-01-02", 11.6), ("2016-01-11", 16.8), ("2017-01-03", 13.7),
          ("2018-02-15", 11.6), ("2018-09-05", 15.4), ("2019-06-01", 14.6),
          ("2020-04-06", 19.0), ("2020-12-31", 14.7)),
    "GH₵": (("2015-01-02", 3.21), ("2016-01-04", 3.81), ("2017-01-03", 4.25),
            ("2018-01-02", 4.52), ("2019-01-02", 4.84), ("2020-01-02", 5.57),
            ("2020-12-31", 5.76)),
}


def usd_close(day: dt.date, currency: str) -> float:
    """The made-up close of `currency` against the US dollar on market day `day`."""
    return trend(day, USD_RATES[currency]) * (1 + 0.006 * wobble(day, currency))


def _pd_dated(day: dt.date) -> str:
    if day < PD_REDESIGN:
        return f"Published {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} | "
            f"{{time}} EAT")


def _pd_markets(day: dt.date) -> str:
    close = last_weekday_on_or_before(day)
    rates = " · ".join(f"{c} {usd_close(close, c):,.2f}" for c in USD_RATES)
    return (f"Markets at the close, {WEEKDAYS[close.weekday()][:3]} {close.day} "
            f"{MONTHS[close.month - 1][:3]}: US$1 = {rates}")


@cache
def _pd_banner() -> Wordings:
    base = _steps((_OLD, "Sign up for The Dispatch Daily: Africa's news in your inbox each "
                         "morning"),
                  (PD_DAILY.isoformat(), "📬 The Dispatch Daily: 54 countries, one briefing, "
                                         "every weekday at 6am EAT"))
    votes = [(iso_day(day, -5), iso_day(day, 3), f"🗳️ {name}: live results and analysis")
             for day, name in PD_ELECTIONS]
    cup = [_span(first, last, f"⚽ AFCON {year} in {host}: fixtures, scores and reports")
           for first, last, year, host in AFCON]
    summits = [_span(first, last, f"AU summit, Addis Ababa, {iso_day(first).year}: follow our "
                                  f"correspondents") for first, last in AU_SUMMITS]
    pandemic = [_span("2020-03-13", "2020-09-30", "🦠 Coronavirus in Africa: cases by country, "
                                                  "updated daily")]
    return _calendar(base, votes, summits, cup, pandemic)


def dispatch_style() -> PublisherStyle:
    """A pan-African English news service based in Nairobi: a region kicker, "Published" with
    the short date turned the weekday, the long date and East Africa Time on 3 July 2017 (a
    wording per day), "By" with the writer's post as correspondent (from the writer), an
    additional-reporting line, "Related:" (up to twice), advertisement and photo-credit
    lines mid-body, the US dollar in four currencies at the last market close (a wording per
    weekday), a banner turned by elections, AFCON tournaments, AU summits and the pandemic,
    a tip appeal reworded for WhatsApp, a republishing line, the about line with the bureau
    count (changing each January) and the copyright line reworded in 2019 (a block), a rare
    correction."""
    return PublisherStyle(
        domain="panafricadispatch.com", site="Pan-Africa Dispatch", base_size=240,
        subdomains=(("www.", 90), ("amp.", 10)),
        sections=("east-africa", "west-africa", "southern-africa", "north-africa",
                  "central-africa", "business", "opinion"),
        n_authors=15, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "region": ("EAST AFRICA", "WEST AFRICA", "SOUTHERN AFRICA", "THE CONTINENT",
                       "NORTH AFRICA", "CENTRAL AFRICA", "DIASPORA", "AFRICA INC."),
            "beat": ("East Africa Correspondent", "West Africa Correspondent",
                     "Southern Africa Correspondent", "Horn of Africa Correspondent",
                     "Sahel Correspondent", "Economics Editor", "Great Lakes Correspondent"),
            "bureau": ("Lagos", "Johannesburg", "Addis Ababa", "Kinshasa", "Dakar", "Kampala",
                       "Khartoum", "Harare"),
            "photo": ("AFP", "Reuters", "Pan-Africa Dispatch", "AP", "Getty Images",
                      "handout"),
        },
        families=(
            _f("region", HEADER, 0.5, (_OLD, "{region}")),
            _f("dated", HEADER, 0.9, *_by_day(_pd_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (PD_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("additional", FOOTER, 0.12, (_OLD, "Additional reporting by {author2} in "
                                                  "{bureau}.")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("markets", FOOTER, 0.15, *_by_day(_pd_markets)),
            _f("banner", HEADER, 0.3, *_pd_banner()),
            _f("tips", FOOTER, 0.35,
               (_OLD, "Have a story we should know about? Email tips@panafricadispatch.com"),
               (PD_WHATSAPP.isoformat(), "Got a tip? WhatsApp our newsdesk on +254 709 555 "
                                         "014. We protect our sources.")),
            _f("republish", FOOTER, 0.15, (_OLD, "Want to republish this story? Read our "
                                                 "syndication terms first.")),
            _f("about", FOOTER, 0.3, *from_table(PD_BUREAUS, lambda n: (
                f"Pan-Africa Dispatch is an independent news service with correspondents in "
                f"{n} African capitals."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Pan-Africa Dispatch Ltd. All rights "
                                                "reserved."),
               (PD_COPYRIGHT.isoformat(), "© 2014–{year} Pan-Africa Dispatch Media Ltd, "
                                          "Nairobi. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong name for the finance "
                                                  "minister.")),
        ),
    )


# --- an Amharic news site, dated in the Ethiopian calendar -------------------------------

TZ_REDESIGN = dt.date(2018, 9, 11)  # Meskerem 1, 2011: relaunched on New Year's Day
TZ_TELEGRAM = dt.date(2019, 4, 1)
TZ_FREQUENCIES = (("2013-01-01", "አዲስ አበባ 96.3"), ("2016-07-01", "አዲስ አበባ 96.3 • ባሕር ዳር 92.1"),
                  ("2019-01-01", "አዲስ አበባ 96.3 • ባሕር ዳር 92.1 • ጎንደር 104.5"))


def _tz_ken(day: dt.date) -> str:
    y, m, d = ethiopian(day)
    if day < TZ_REDESIGN:
        return f"{WERAT[m - 1]} {d}/{y} ዓ.ም"
    return (f"{ELETAT[day.weekday()]}፣ {WERAT[m - 1]} {d} ቀን {y} ዓ.ም "
            f"({day.day:02d}/{day.month:02d}/{day.year})")


def ethiopian_holidays() -> list[Event]:
    """New Year (from Pagume 1), Meskel, Genna, Timket, Adwa Day and Fasika, each greeted
    for a few days, the years in Ge'ez numerals where the greeting names one."""
    out: list[Event] = []
    for ey in range(2007, 2014):  # Ethiopian years 2007-2013 span 2014-2021
        new_year = from_ethiopian(ey, 1, 1)
        out.append((from_ethiopian(ey - 1, 13, 1), new_year + 3 * ONE,
                    f"እንኳን ለ{geez(ey)} ዓ.ም. አዲስ ዓመት በሰላም አደረሳችሁ!"))
        meskel = from_ethiopian(ey, 1, 17)
        out.append((meskel - 2 * ONE, meskel + 2 * ONE, "እንኳን ለብርሃነ መስቀል በዓል አደረሳችሁ!"))
        genna = dt.date(ey + 8, 1, 7)
        out.append((genna - 2 * ONE, genna + 2 * ONE, "እንኳን ለጌታችን የልደት (ገና) በዓል "
                                                      "አደረሳችሁ!"))
        timket = from_ethiopian(ey, 5, 11)
        out.append((timket - ONE, timket + 2 * ONE, "እንኳን ለከተራ እና ለጥምቀት በዓል አደረሳችሁ!"))
        adwa = from_ethiopian(ey, 6, 23)
        out.append((adwa - ONE, adwa + ONE, f"{geez(ey - 1888)}ኛው የዓድዋ ድል በዓል"))
        fasika = orthodox_easter(ey + 8)
        out.append((fasika - ONE, fasika + 2 * ONE, "እንኳን ለብርሃነ ትንሣኤው (ፋሲካ) በዓል "
                                                    "አደረሳችሁ!"))
    return sorted(e for e in out if e[1] > FIRST_DAY and e[0] <= LAST_DAY)


@cache
def _tz_beal() -> Wordings:
    base = _steps((_OLD, "ዜናዎቻችንን በፌስቡክ ገጻችን ይከታተሉ"),
                  (TZ_TELEGRAM.isoformat(), "📲 ዜናዎቻችንን በቴሌግራም ቻናላችን t.me/tanazena ይከታተሉ"))
    fitr = [(iso_day(eid, -1), iso_day(eid, 2), f"እንኳን ለ{hijri}ኛው የኢድ አልፈጥር በዓል አደረሳችሁ!")
            for _, eid, hijri in RAMADAN.values()]
    covid = [_span("2020-03-16", "2020-04-07", "🦠 ኮሮናቫይረስ፦ እጅዎን ይታጠቡ፤ ርቀትዎን ይጠብቁ"),
             _span("2020-04-08", "2020-09-10", "የአስቸኳይ ጊዜ አዋጅ፦ የአፍና የአፍንጫ መሸፈኛ ማድረግ "
                                               "ግዴታ ነው")]
    return _calendar(base, ethiopian_holidays(), fitr, covid)


def tana_style() -> PublisherStyle:
    """An Amharic news site dated in the Ethiopian calendar: a section from a pool, the
    Ethiopian date ("ሰኔ 12/2011 ዓ.ም") turned the weekday, "ቀን" and the Gregorian date in
    brackets on New Year's Day 2011 (11 September 2018; a wording per day, Pagume's days
    too), the reporter, the source from a pool, related-news and advertisement lines
    mid-body, a greeting banner turned by Ethiopian New Year (its year in Ge'ez numerals),
    Meskel, Genna, Timket, Adwa Day (its anniversary in Ge'ez numerals), Fasika, Eid al-Fitr
    (its Hijri year) and the 2020 state of emergency, and reworded from Facebook to Telegram,
    the radio frequencies (growing in 2016 and 2019), a WhatsApp tip appeal, the copyright
    and address lines (a block), a rare correction."""
    return PublisherStyle(
        domain="tanazena.com", site="ጣና", base_size=200,
        subdomains=(("www.", 100),),
        sections=("zena", "poletika", "economy", "sport", "mahberawi", "alem"),
        n_authors=9, url_path="/{section}/{n}",
        pools={"kifl": ("ዜና", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት", "ማኅበራዊ", "ዓለም አቀፍ"),
               "minch": ("ኢዜአ", "ሮይተርስ", "ኤኤፍፒ", "ጣና ዜና", "ማኅበራዊ ሚዲያ")},
        families=(
            _f("kifl", HEADER, 0.5, (_OLD, "{kifl}")),
            _f("ken", HEADER, 0.9, *_by_day(_tz_ken)),
            _f("zegabi", HEADER, 0.6, (_OLD, "ዘጋቢ፦ {author}")),
            _f("minch", FOOTER, 0.3, (_OLD, "ምንጭ፦ {minch}")),
            _f("tezamaj", MIDDLE, 0.35, (_OLD, "ተዛማጅ ዜና፦ {other_title}")),
            _f("mastaweqia", MIDDLE, 0.25, (_OLD, "ማስታወቂያ")),
            _f("beal", HEADER, 0.3, *_tz_beal()),
            _f("radio", FOOTER, 0.3, *from_table(TZ_FREQUENCIES, lambda v: (
                f"ጣና ሬዲዮን በኤፍ ኤም ያድምጡ፦ {v}"))),
            _f("tikoma", FOOTER, 0.3, (_OLD, "ጥቆማ ካለዎት በዋትስአፕ +251 91 155 0123 ይላኩልን።")),
            _f("mebt", FOOTER, 0.4, (_OLD, "© {year} ጣና ዜና። መብቱ በሕግ የተጠበቀ ነው።")),
            _f("adrasha", FOOTER, 0.3, (_OLD, "አድራሻ፦ ባሕር ዳር፣ ቀበሌ 14 • ስልክ +251 58 220 "
                                               "5501")),
            _f("mastekakeya", HEADER, 0.04, (_OLD, "ማስተካከያ፦ በዚህ ዜና ቀደም ሲል የወጣው የቦታ "
                                                   "ስም ተስተካክሏል።")),
        ),
    )


# --- a Hausa news and radio service -------------------------------------------------------

TZM_REDESIGN = dt.date(2018, 5, 16)  # relaunched on the first day of Ramadan 1439
TZM_WHATSAPP = dt.date(2017, 6, 1)
TZM_SOKOTO = dt.date(2018, 1, 1)
NIGERIA_2015 = (dt.date(2015, 2, 7), dt.date(2015, 3, 28))  # postponed from 14 February
NIGERIA_2019 = (dt.date(2019, 2, 16), dt.date(2019, 2, 23))  # postponed on polling morning


def _tzm_kwanan(day: dt.date) -> str:
    if day < TZM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"An wallafa: {KWANAKI[day.weekday()]}, {day.day} {WATANNI[day.month - 1]} "
            f"{day.year} da ƙarfe {{time}} GMT")


def _tzm_shirye(day: dt.date) -> str:
    waves = "15490 da 11810 kHz" if shortwave_summer(day) else "9570 da 7265 kHz"
    fm = "FM 99.5 a Kano" if day < TZM_SOKOTO else "FM 99.5 a Kano da FM 101.1 a Sokoto"
    return (f"Ku saurari shirye-shiryenmu da ƙarfe 6:30 na safe da 7:30 na yamma agogon GMT "
            f"a gajeren zango {waves}, da kuma {fm}")


def nigeria_votes(before: str, after: str, months: tuple[str, ...] = MONTHS) -> list[Event]:
    """The 2015 and 2019 presidential votes: `before` with the day first set, then `after`
    with the day the vote was moved to (each given the year, the day and the month's name in
    `months`) from the day of the postponement to two days after the vote."""
    out: list[Event] = []
    for (moved_on, held), (first, set_for) in ((NIGERIA_2015, (dt.date(2015, 1, 25),
                                                               dt.date(2015, 2, 14))),
                                               (NIGERIA_2019, (dt.date(2019, 2, 1),
                                                               dt.date(2019, 2, 16)))):
        out.append((first, moved_on, before.format(y=held.year, day=set_for.day,
                                                   month=months[set_for.month - 1])))
        out.append((moved_on, held + 2 * ONE, after.format(y=held.year, day=held.day,
                                                           month=months[held.month - 1])))
    return out


@cache
def _tzm_sanarwa() -> Wordings:
    base = _steps((_OLD, "Ku biyo mu a Facebook da Twitter: @TasharZamani"))
    sallah = ramadan_events(
        lambda y, h: f"🌙 Barka da azumin watan Ramadan, {h} BH",
        lambda y, h: f"Barka da Sallah Ƙarama! Allah ya maimaita mana, {y}",
        lambda y, h: f"Barka da Sallah Babba! Allah ya karɓi ibadunmu, {y}")
    maulud = [(iso_day(day, -1), iso_day(day, 2), "Barka da Maulidin Annabi (SAW)")
              for day in MAWLID.values()]
    votes = nigeria_votes("🗳️ Zaɓen {y}: za a kaɗa ƙuri'a ranar {day} ga {month}",
                          "🗳️ Zaɓen {y}: INEC ta ɗage zaɓen zuwa {day} ga {month}", WATANNI)
    korona = [_span("2020-03-23", "2020-07-31", "Korona: ku wanke hannuwanku, ku guji cunkoso")]
    return _calendar(base, votes, sallah, maulud, korona)


def tashar_style() -> PublisherStyle:
    """A Hausa news and radio service: a section from a pool, the numeric date turned "An
    wallafa:" with the Hausa weekday, the date and the GMT time on the first day of Ramadan
    1439 (a wording per day), "Daga" turned the writer with "wakilinmu a" and the city (a
    correspondent credit), "Karanta kuma:" and "Talla" (up to twice) mid-body, the source
    from a pool, the programme times with the shortwave frequencies of the A and B seasons
    and the FM stations (Sokoto from 2018), a WhatsApp appeal reworded in 2017, a banner
    turned by Ramadan, the Eids and the Mawlid (with the Hijri year), both postponed
    Nigerian elections and the pandemic, the disclaimer and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="tasharzamani.com", site="Tashar Zamani", base_size=180,
        subdomains=(("www.", 85), ("hausa.", 15)),
        sections=("labarai", "siyasa", "tattalin-arziki", "wasanni", "lafiya", "afirka"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={"sashe": ("Labarai", "Siyasa", "Tattalin Arziƙi", "Wasanni", "Lafiya", "Afirka",
                         "Duniya"),
               "birni": ("Kano", "Kaduna", "Sokoto", "Maiduguri", "Yamai", "Abuja", "Katsina"),
               "majiya": ("Reuters", "AFP", "NAN", "Tashar Zamani", "kafafen sada zumunta")},
        families=(
            _f("sashe", HEADER, 0.45, (_OLD, "{sashe}")),
            _f("kwanan-wata", HEADER, 0.9, *_by_day(_tzm_kwanan)),
            _f("marubuci", HEADER, 0.55, (_OLD, "Daga {author}"),
               (TZM_REDESIGN.isoformat(), "Daga {author}, wakilinmu a {birni}")),
            _f("karanta", MIDDLE, 0.35, (_OLD, "Karanta kuma: {other_title}")),
            _f("talla", MIDDLE, 0.3, (_OLD, "Talla"), count=2),
            _f("majiya", FOOTER, 0.2, (_OLD, "Majiya: {majiya}")),
            _f("shirye", FOOTER, 0.3, *_by_day(_tzm_shirye)),
            _f("whatsapp", FOOTER, 0.3,
               (_OLD, "Kuna da labari ko hoto? Ku aiko mana ta imel: labarai@tasharzamani.com"),
               (TZM_WHATSAPP.isoformat(), "Kuna da labari ko hoto? Ku aiko mana ta WhatsApp a "
                                          "lambar +234 803 555 0192")),
            _f("sanarwa", HEADER, 0.25, *_tzm_sanarwa()),
            _f("alhaki", FOOTER, 0.25, (_OLD, "Tashar Zamani ba ta da alhakin abin da ke cikin "
                                              "shafukan waje.")),
            _f("hakkin", FOOTER, 0.4, (_OLD, "Haƙƙin mallaka © {year} Tashar Zamani. Duk "
                                             "haƙƙoƙi a kiyaye suke.")),
            _f("gyara", HEADER, 0.04, (_OLD, "Gyara: An gyara sunan ƙaramar hukumar da muka "
                                             "ambata a baya.")),
        ),
    )


# --- a Yoruba news site -------------------------------------------------------------------

OI_REDESIGN = dt.date(2019, 1, 2)
OI_WHATSAPP = dt.date(2018, 6, 4)
OSUN_OSOGBO = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-18", 2018: "2018-08-24",
               2019: "2019-08-23", 2020: "2020-08-28"}  # the festival's last day
ETO = ("Ìròyìn Òwúrọ̀", "Gbọ́dọ̀ Gbọ́", "Ọ̀rọ̀ Òṣèlú", "Àṣà Wa", "Eré Ìdárayá", "Àgbàlagbà Sọ̀rọ̀",
       "Ìsìn Àìkú")


def _oi_ojo(day: dt.date) -> str:
    if day < OI_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{OJO[day.weekday()]}, {day.day} {OSU[day.month - 1]} {day.year}"


def _oi_eto(day: dt.date) -> str:
    return (f"Ètò òní, {OJO[day.weekday()]} {day.day} {OSU[day.month - 1]}: "
            f"« {ETO[day.weekday()]} » lórí 95.1 FM Ìbàdàn ní aago mẹ́jọ alẹ́")


@cache
def _oi_ayajo() -> Wordings:
    base = _steps((_OLD, "Ẹ dara pọ̀ mọ́ wa lórí Facebook àti Twitter"))
    osun = [(iso_day(day, -3), iso_day(day, 1), f"Ọdún Ọ̀ṣun Òṣogbo {y}: ẹ wo àwọn àwòrán")
            for y, day in OSUN_OSOGBO.items()]
    ileya = [(iso_day(day, -1), iso_day(day, 3), f"Ẹ kú ọdún Iléyá {y}!")
             for y, day in EID_ADHA.items()]
    festive = _yearly("12-25", 2, 1, lambda y: f"Ẹ kú ọdún Kérésìmesì {y}!") + _yearly(
        "01-01", 0, 1, lambda y: f"Ẹ kú ọdún tuntun {y}!")
    votes = nigeria_votes("Ìdìbò {y}: ọjọ́ {day} oṣù {month}",
                          "Ìdìbò {y}: INEC sún un sí ọjọ́ {day} oṣù {month}", OSU)
    news = [_span("2020-03-30", "2020-05-03", "Ìsénimọ́lé ní Èkó àti Ògùn: ẹ dúró sílé"),
            _span("2020-10-08", "2020-10-27", "#EndSARS: ìròyìn tuntun lórí ìwọ́de")]
    return _calendar(base, votes, news, ileya, osun, festive)


def ojuiroyin_style() -> PublisherStyle:
    """A Yoruba news site: a section from a pool, the numeric date turned the Yoruba
    weekday and month on 2 January 2019 (a wording per day), "Láti ọwọ́" and the writer,
    "Ẹ tún lè ka:", "Ìpolówó ọjà" and a photo credit mid-body, the day's radio programme
    with the weekday and the day (a wording per day), a WhatsApp appeal reworded in 2018, a
    banner turned by the Osun-Osogbo festival, Ileya, Christmas and New Year, both postponed
    Nigerian elections, the Lagos lockdown and #EndSARS, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="ojuiroyin.com.ng", site="Ojú Ìròyìn", base_size=150,
        subdomains=(("www.", 100),),
        sections=("iroyin", "oselu", "idaraya", "ilera", "asa"),
        n_authors=7, url_path="/{section}/{slug}",
        pools={"eka": ("Ìròyìn", "Òṣèlú", "Eré Ìdárayá", "Ìlera", "Ọrọ̀ Ajé", "Àṣà àti Ìṣe"),
               "aworan": ("Ojú Ìròyìn", "AFP", "Twitter", "Facebook", "Ilé iṣẹ́ ọlọ́pàá")},
        families=(
            _f("eka", HEADER, 0.45, (_OLD, "{eka}")),
            _f("ojo", HEADER, 0.85, *_by_day(_oi_ojo)),
            _f("onkowe", HEADER, 0.55, (_OLD, "Láti ọwọ́ {author}")),
            _f("ka", MIDDLE, 0.35, (_OLD, "Ẹ tún lè ka: {other_title}")),
            _f("ipolowo", MIDDLE, 0.3, (_OLD, "Ìpolówó ọjà")),
            _f("aworan", MIDDLE, 0.2, (_OLD, "Àwòrán: {aworan}")),
            _f("eto", FOOTER, 0.25, *_by_day(_oi_eto)),
            _f("whatsapp", FOOTER, 0.35,
               (_OLD, "Ṣé o ní ìròyìn? Fi ránṣẹ́ sí wa lórí WhatsApp: 0803 555 0147"),
               (OI_WHATSAPP.isoformat(), "Ẹ fi àwòrán, fídíò àti ìròyìn ránṣẹ́ sí wa lórí "
                                         "WhatsApp: +234 803 555 0147")),
            _f("ayajo", HEADER, 0.2, *_oi_ayajo()),
            _f("ase", FOOTER, 0.4, (_OLD, "© {year} Ojú Ìròyìn. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.")),
            _f("atunse", HEADER, 0.04, (_OLD, "Àtúnṣe: A ti ṣe àtúnṣe sí orúkọ ìlú tí a kọ "
                                              "tẹ́lẹ̀.")),
        ),
    )


# --- an isiZulu news site -----------------------------------------------------------------

IK_REDESIGN = dt.date(2019, 5, 8)  # relaunched on polling day 2019
IK_WHATSAPP = dt.date(2018, 9, 3)
# Load-shedding stages by day (first, last, stage), as the site reported them.
LOAD_SHEDDING = (("2015-01-17", "2015-01-30", 2), ("2015-03-09", "2015-03-20", 2),
                 ("2015-04-14", "2015-05-08", 2), ("2015-06-01", "2015-06-12", 1),
                 ("2015-07-21", "2015-08-07", 2), ("2018-06-14", "2018-06-15", 2),
                 ("2018-11-29", "2018-12-02", 2), ("2019-02-10", "2019-02-15", 3),
                 ("2019-02-16", "2019-03-14", 2), ("2019-03-15", "2019-03-24", 4),
                 ("2019-10-17", "2019-10-18", 2), ("2019-12-05", "2019-12-08", 4),
                 ("2019-12-09", "2019-12-09", 6), ("2019-12-10", "2019-12-19", 4),
                 ("2020-01-13", "2020-01-16", 2), ("2020-03-12", "2020-03-21", 2),
                 ("2020-07-12", "2020-07-24", 2), ("2020-10-22", "2020-10-31", 2),
                 ("2020-11-28", "2020-12-04", 2))
LOCKDOWN_LEVELS = (("2020-03-27", "2020-04-30", 5), ("2020-05-01", "2020-05-31", 4),
                   ("2020-06-01", "2020-08-17", 3), ("2020-08-18", "2020-09-20", 2),
                   ("2020-09-21", "2020-12-28", 1), ("2020-12-29", "2021-02-28", 3))
REED_DANCE = listed({2015: "2015-09-05", 2016: "2016-09-10", 2017: "2017-09-09",
                     2018: "2018-09-08", 2019: "2019-09-07"})  # not held in 2020


def stage_on(day: dt.date) -> int:
    """The load-shedding stage on `day` (0: none)."""
    iso = day.isoformat()
    return next((stage for first, last, stage in LOAD_SHEDDING if first <= iso <= last), 0)


def _ik_usuku(day: dt.date) -> str:
    if day < IK_REDESIGN:
        return f"{day.day} {IZINYANGA[day.month - 1]} {day.year}"
    return (f"Kushicilelwe {NGEZINSUKU[day.weekday()]}, {day.day} {IZINYANGA[day.month - 1]} "
            f"{day.year} | {{time}}")


def _ik_ugesi(day: dt.date) -> str:
    when = f"{NGEZINSUKU[day.weekday()]}, {day.day} {IZINYANGA[day.month - 1]}"
    stage = stage_on(day)
    if stage:
        return f"⚡ Ukucishwa kukagesi {when}: isigaba {stage}. Bheka uhlelo lwendawo yakho."
    return f"⚡ Akukho kucishwa kukagesi {when}."


@cache
def _ik_isaziso() -> Wordings:
    base = _steps((_OLD, "Silandele ku-Facebook naku-Twitter ukuze uthole izindaba "
                         "zakamuva"))
    lockdown = [_span(first, last, f"Ukuvalwa kwezwe: izinga {level}. " + (
        "Hlala ekhaya, geza izandla." if level == 5 else "Gqoka isifonyo, geza izandla."))
                for first, last, level in LOCKDOWN_LEVELS]
    votes = [_span("2016-07-28", "2016-08-04", "Ukhetho lohulumeni basekhaya 2016: imiphumela "
                                               "lapha"),
             _span("2019-05-02", "2019-05-11", "Ukhetho 2019: imiphumela nezindaba lapha")]
    reed = _movable(REED_DANCE, 2, 1, lambda y: f"Umkhosi woMhlanga {y}: izithombe nezindaba")
    days = (_yearly("04-27", 1, 0, lambda y: f"Usuku Lwenkululeko {y}: sinifisela okuhle")
            + _yearly("06-16", 1, 0, lambda y: f"Usuku Lwentsha {y}: sikhumbula u-1976")
            + _yearly("09-24", 1, 0, lambda y: f"Usuku Lwamagugu {y}: sigubha amasiko ethu"))
    return _calendar(base, lockdown, votes, reed, days)


def inkanyezi_style() -> PublisherStyle:
    """An isiZulu news site: a section from a pool, the date turned "Kushicilelwe" with the
    isiZulu weekday and the time on polling day 2019 (a wording per day), "NGU-" turned
    "Kubhala u-" and the writer, the day's load-shedding stage or none (a wording per day),
    "Funda nalokhu:", "Isikhangiso" and a photo credit from a pool mid-body, a banner turned
    by the lockdown's levels, the 2016 and 2019 votes, the Reed Dance (not held in 2020),
    Freedom, Youth and Heritage Days, a WhatsApp appeal reworded in 2018, the footer menu
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="inkanyezi.co.za", site="Inkanyezi", base_size=120,
        subdomains=(("www.", 100),),
        sections=("izindaba", "ezemidlalo", "ezombusazwe", "ezomnotho", "umphakathi"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={"isigaba": ("Izindaba", "Ezemidlalo", "Ezombusazwe", "Ezomnotho",
                           "Ezokuzijabulisa", "Umphakathi"),
               "isithombe": ("Inkanyezi", "Gallo Images", "Facebook", "SAPS", "Twitter")},
        families=(
            _f("isigaba", HEADER, 0.45, (_OLD, "{isigaba}")),
            _f("usuku", HEADER, 0.85, *_by_day(_ik_usuku)),
            _f("umbhali", HEADER, 0.55, (_OLD, "NGU-{author}"),
               (IK_REDESIGN.isoformat(), "Kubhala u-{author}")),
            _f("ugesi", HEADER, 0.25, *_by_day(_ik_ugesi)),
            _f("funda", MIDDLE, 0.35, (_OLD, "Funda nalokhu: {other_title}")),
            _f("isikhangiso", MIDDLE, 0.3, (_OLD, "Isikhangiso")),
            _f("isithombe", MIDDLE, 0.2, (_OLD, "ISITHOMBE: {isithombe}")),
            _f("isaziso", HEADER, 0.25, *_ik_isaziso()),
            _f("whatsapp", FOOTER, 0.3,
               (_OLD, "Unendaba? Sithumele ku-WhatsApp ku-072 555 0193"),
               (IK_WHATSAPP.isoformat(), "Thumela izithombe nezindaba zakho ku-WhatsApp: 072 "
                                         "555 0193. Igama lakho ngeke lidalulwe.")),
            _f("imenyu", FOOTER, 0.3, (_OLD, "Imigomo Nemibandela | Inqubomgomo Yobumfihlo | "
                                             "Xhumana Nathi")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Inkanyezi Media (Pty) Ltd. Wonke "
                                                "amalungelo agodliwe.")),
            _f("ukulungiswa", HEADER, 0.04, (_OLD, "Ukulungiswa: Le ndaba ibuyekeziwe "
                                                   "kulungiswa igama lendawo.")),
        ),
    )


# --- a Somali news site and radio ---------------------------------------------------------

CG_REDESIGN = dt.date(2017, 2, 8)  # relaunched on the day of the 2017 presidential vote
CG_CREDIT = dt.date(2018, 6, 1)
CG_WHATSAPP = dt.date(2019, 3, 1)
CG_FM = (("2012-01-01", "FM 88.5 Muqdisho"), ("2018-01-01", "FM 88.5 Muqdisho iyo FM 91.2 "
                                                            "Baydhabo"),
         ("2020-01-01", "FM 88.5 Muqdisho, FM 91.2 Baydhabo iyo FM 102.3 Kismaayo"))


def _cg_taariikh(day: dt.date) -> str:
    if day < CG_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{MAALMAHA[day.weekday()]}, {day.day} {BILOOYIN[day.month - 1]} {day.year}"


@cache
def _cg_ogeysiis() -> Wordings:
    base = _steps((_OLD, "Nagala soco Facebook iyo YouTube: Codka Geeska TV"))
    ciid = ramadan_events(
        lambda y, h: f"🌙 Ramadan Kariim! Soon wanaagsan, {h}",
        lambda y, h: f"Ciid Mubaarak! Ciidul Fidri {h}",
        lambda y, h: f"Ciid Mubaarak! Ciidul Adxa {h}")
    xorriyad = _yearly("07-01", 4, 0, lambda y: f"Dabaaldegga 1da Luulyo {y}: "
                                                f"{y - 1960} sano xorriyad")
    votes = [_span("2017-02-02", "2017-02-09", "Doorashada Madaxweynaha 2017: si toos ah ula "
                                               "soco")]
    covid = [_span("2020-03-16", "2020-06-30", "Koroonaha: gacmaha dhaq, ka fogow "
                                               "isu-imaatinka")]
    return _calendar(base, votes, xorriyad, ciid, covid)


def codkageeska_style() -> PublisherStyle:
    """A Somali news site and radio: a section from a pool, the numeric date turned the
    Somali weekday and month on the day of the 2017 presidential vote (a wording per day),
    the dateline with the city from a pool and the site's name, "Qoraa:" turned the writer
    with the city as the station's correspondent in 2018, "Akhriso:" and "Xayeysiis"
    mid-body, the FM frequencies (growing in 2018 and 2020), a WhatsApp appeal reworded to
    add Telegram, a banner turned by Ramadan and the Eids (with the Hijri year), 1 July
    (with the years of independence), the 2017 vote and the pandemic, the disclaimer and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="codkageeska.com", site="Codka Geeska", base_size=100,
        subdomains=(("www.", 100),),
        sections=("wararka", "siyaasadda", "dhaqaalaha", "ciyaaraha", "caalamka"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"qaybta": ("Wararka", "Siyaasadda", "Dhaqaalaha", "Ciyaaraha", "Caafimaadka",
                          "Caalamka"),
               "magaalo": ("Muqdisho", "Hargeysa", "Garoowe", "Kismaayo", "Baydhabo",
                           "Boosaaso", "Gaalkacyo")},
        families=(
            _f("qaybta", HEADER, 0.45, (_OLD, "{qaybta}")),
            _f("taariikh", HEADER, 0.9, *_by_day(_cg_taariikh)),
            _f("qoraa", HEADER, 0.45, (_OLD, "Qoraa: {author}"),
               (CG_CREDIT.isoformat(), "Warbixin: {author}, wariyaha Codka Geeska ee "
                                       "{magaalo}")),
            _f("dateline", HEADER, 0.55, (_OLD, "{magaalo} (Codka Geeska) –")),
            _f("akhriso", MIDDLE, 0.35, (_OLD, "Akhriso: {other_title}")),
            _f("xayeysiis", MIDDLE, 0.25, (_OLD, "Xayeysiis")),
            _f("raadiyo", FOOTER, 0.3, *from_table(CG_FM, lambda v: (
                f"Ka dhageyso Raadiyo Codka Geeska: {v}"))),
            _f("whatsapp", FOOTER, 0.35,
               (_OLD, "Wixii war ah nagala soo xiriir WhatsApp: +252 61 555 0182"),
               (CG_WHATSAPP.isoformat(), "Ma haysaa war ama sawir? Noogu soo dir WhatsApp "
                                         "+252 61 555 0182 ama Telegram @codkageeska")),
            _f("ogeysiis", HEADER, 0.25, *_cg_ogeysiis()),
            _f("aragti", FOOTER, 0.2, (_OLD, "Aragtiyada qoraalladan ku jira ma matalaan "
                                             "mowqifka Codka Geeska.")),
            _f("xuquuq", FOOTER, 0.4, (_OLD, "Xuquuqda daabacaadda © {year} Codka Geeska. "
                                             "Dhammaan xuquuqdu way dhowran tahay.")),
            _f("sixid", HEADER, 0.04, (_OLD, "Sixid: Warkan waxaa lagu saxay magaca degmada.")),
        ),
    )


# --- a Tanzanian Swahili news site --------------------------------------------------------

MW_REDESIGN = dt.date(2018, 7, 7)  # Saba Saba 2018
MW_WHATSAPP = dt.date(2019, 5, 2)
MW_EPAPER = (("2014-01-01", "500"), ("2017-07-01", "700"), ("2020-01-01", "1,000"))
MW_FM = (("2013-01-01", "89.7 Dar es Salaam"), ("2017-03-01", "89.7 Dar es Salaam na 94.2 "
                                                              "Arusha"),
         ("2019-06-01", "89.7 Dar es Salaam, 94.2 Arusha na 101.5 Mwanza"))
TZS = (("2015-01-02", 1730.0), ("2015-08-20", 2150.0), ("2016-06-01", 2182.0),
       ("2017-06-01", 2235.0), ("2018-06-01", 2268.0), ("2019-06-01", 2299.0),
       ("2020-06-01", 2313.0), ("2020-12-31", 2318.0))


def _mw_tarehe(day: dt.date) -> str:
    if day < MW_REDESIGN:
        return f"Imewekwa: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{SIKU[day.weekday()]}, {day.day} {MIEZI[day.month - 1]} {day.year} – {{time}} EAT"


def _mw_fedha(day: dt.date) -> str:
    rate = trend(day, TZS) * (1 + 0.003 * wobble(day, "TZS"))
    return (f"Viwango vya fedha leo, {SIKU[day.weekday()]} {day.day} {MIEZI[day.month - 1]}: "
            f"Dola 1 = TSh {rate:,.0f}")


@cache
def _mw_tangazo() -> Wordings:
    base = _steps((_OLD, "Jiunge na chaneli yetu ya YouTube: Mwangaza TV"))
    votes = [_span("2015-10-20", "2015-10-30", "Uchaguzi Mkuu 2015: matokeo kutoka majimbo "
                                               "yote"),
             _span("2017-08-04", "2017-08-12", "Uchaguzi Mkuu wa Kenya 2017: habari zote"),
             _span("2020-10-23", "2020-11-03", "Uchaguzi Mkuu 2020: matokeo kutoka majimbo "
                                               "yote")]
    eid = [(iso_day(eid, -1), iso_day(eid, 3), f"Eid Mubarak! Heri ya Eid el Fitr {y}")
           for y, (_, eid, _) in RAMADAN.items()]
    days = (_yearly("07-07", 1, 0, lambda y: f"Maonyesho ya Saba Saba {y}: yote kuhusu "
                                             f"maonyesho")
            + _yearly("08-08", 1, 0, lambda y: f"Nane Nane {y}: siku ya wakulima")
            + _yearly("12-09", 1, 0, lambda y: f"Heri ya Siku ya Uhuru! Miaka {y - 1961} ya "
                                               f"Uhuru"))
    covid = [_span("2020-03-17", "2020-06-29", "Corona: nawa mikono kwa maji tiririka na "
                                               "sabuni")]
    return _calendar(base, votes, eid, days, covid)


def mwangaza_style() -> PublisherStyle:
    """A Tanzanian Swahili news site: a section from a pool, "Imewekwa:" with the numeric date
    turned the Swahili weekday, the date and East Africa Time on Saba Saba 2018 (a wording
    per day), "Na" turned the writer with the city in 2018, "SOMA ZAIDI:" (up to twice),
    "TANGAZO" and a photo credit from a pool mid-body, the day's dollar rate (a wording per
    day), the e-paper price (raised in 2017 and 2020), the FM frequencies (growing in 2017
    and 2019), a WhatsApp appeal reworded in 2019, a banner turned by the 2015 and 2020
    votes, Kenya's 2017 vote, Eid el Fitr, Saba Saba, Nane Nane, Independence Day (with its
    years) and the pandemic, the address and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="mwangazahabari.co.tz", site="Mwangaza", base_size=85,
        subdomains=(("www.", 100),),
        sections=("habari", "siasa", "biashara", "michezo", "afya", "kimataifa"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={"kundi": ("Habari", "Siasa", "Biashara", "Michezo", "Afya", "Kimataifa",
                         "Burudani"),
               "mji": ("Dar es Salaam", "Arusha", "Mwanza", "Dodoma", "Zanzibar", "Mbeya"),
               "picha": ("MAKTABA", "MTANDAO", "MWANGAZA", "IKULU")},
        families=(
            _f("kundi", HEADER, 0.45, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_mw_tarehe)),
            _f("mwandishi", HEADER, 0.55, (_OLD, "Na {author}"),
               (MW_REDESIGN.isoformat(), "Na {author}, {mji}")),
            _f("soma", MIDDLE, 0.35, (_OLD, "SOMA ZAIDI: {other_title}"), count=2),
            _f("tangazo-kati", MIDDLE, 0.3, (_OLD, "TANGAZO")),
            _f("picha", MIDDLE, 0.2, (_OLD, "PICHA: {picha}")),
            _f("fedha", FOOTER, 0.15, *_by_day(_mw_fedha)),
            _f("gazeti", FOOTER, 0.15, *from_table(MW_EPAPER, lambda v: (
                f"Soma gazeti la Mwangaza kwenye simu yako: TSh {v} kwa nakala"))),
            _f("redio", FOOTER, 0.25, *from_table(MW_FM, lambda v: (
                f"Sikiliza Mwangaza FM: {v}"))),
            _f("whatsapp", FOOTER, 0.35,
               (_OLD, "Una habari? Tutumie kupitia WhatsApp namba 0754 555 016"),
               (MW_WHATSAPP.isoformat(), "Tuma picha, video au taarifa kupitia WhatsApp +255 "
                                         "754 555 016. Utambulisho wako utalindwa.")),
            _f("tangazo", HEADER, 0.25, *_mw_tangazo()),
            _f("anwani", FOOTER, 0.3, (_OLD, "Mwangaza Media Ltd, S.L.P. 31457, Dar es "
                                             "Salaam")),
            _f("haki", FOOTER, 0.4, (_OLD, "© {year} Mwangaza Habari. Haki zote "
                                           "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: Habari hii imerekebishwa "
                                                   "jina la kijiji.")),
        ),
    )


# --- a Senegalese French-language radio newsroom ----------------------------------------

DS_REDESIGN = dt.date(2019, 2, 24)  # relaunched on the day of the presidential election
DS_CORRESPONDANT = dt.date(2017, 1, 2)
DS_WHATSAPP = dt.date(2016, 9, 1)
DS_FREQUENCES = (("2014-01-01", "Dakar 98.7 · Thiès 101.4 · Saint-Louis 94.6"),
                 ("2017-04-03", "Dakar 98.7 · Thiès 101.4 · Saint-Louis 94.6 · Kaolack 96.2"),
                 ("2019-10-01", "Dakar 98.7 · Thiès 101.4 · Saint-Louis 94.6 · Kaolack 96.2 · "
                                "Ziguinchor 103.1"))
EMISSIONS = ("Afrique Débats", "Le Fleuve et les Hommes", "Santé Plus", "Jeunesse en Action",
             "Sport Sahel", "Le Grand Oral", "Foi et Société")
DS_VOTES = (("2017-07-30", "Législatives 2017 au Sénégal"),
            ("2018-07-29", "Présidentielle 2018 au Mali"),
            ("2019-02-24", "Présidentielle 2019 au Sénégal"),
            ("2020-10-31", "Présidentielle 2020 en Côte d'Ivoire"))


def _ds_date(day: dt.date) -> str:
    if day < DS_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} "
            f"– {{time}} TU")


def _ds_journal(day: dt.date) -> str:
    return (f"Ce {JOURS[day.weekday()]} sur Radio Delta Sahel : le journal à 7 h, 13 h et 19 h "
            f"TU, puis « {EMISSIONS[day.weekday()]} » à 20 h")


@cache
def _ds_annonce() -> Wordings:
    base = _steps((_OLD, "Radio Delta Sahel, la voix du fleuve"))
    fetes = ramadan_events(
        lambda y, h: f"Ramadan {h} : bon mois de jeûne à nos auditeurs",
        lambda y, h: f"Bonne fête de Korité {y} à tous nos auditeurs",
        lambda y, h: f"Bonne fête de Tabaski {y} à tous nos auditeurs")
    magal = [(iso_day(day, -3), iso_day(day, 1), f"Grand Magal de Touba {y} : notre édition "
                                                 f"spéciale")
             for y, day in GRAND_MAGAL.items()]
    can = [_span(first, last, f"CAN {year} : suivez les Lions en direct")
           for first, last, year, _ in AFCON]
    votes = [(iso_day(day, -4), iso_day(day, 3), f"{name} : résultats et réactions")
             for day, name in DS_VOTES]
    covid = [_span("2020-03-24", "2020-06-29", "État d'urgence : couvre-feu de 20 h à 6 h, "
                                               "informez-vous avec nous")]
    return _calendar(base, covid, votes, can, magal, fetes)


def deltasahel_style() -> PublisherStyle:
    """A Senegalese French-language radio newsroom: a section from a pool, "Publié le" with
    the numeric date turned the weekday, the long date and the UTC time on the day of the
    2019 presidential election (a wording per day), "Par" turned "De notre correspondant
    à" with the city in 2017, "Écouter le reportage" with a duration and "À lire aussi :"
    mid-body, the frequencies (growing in 2017 and 2019), the day's programme after the news
    (a wording per day), a newsroom appeal reworded for WhatsApp, a banner turned by
    Ramadan, Korité and Tabaski, the Grand Magal of Touba, the AFCONs, West African votes
    and the curfew, the reproduction line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="radiodeltasahel.sn", site="Radio Delta Sahel", base_size=70,
        subdomains=(("www.", 100),),
        sections=("afrique", "politique", "economie", "societe", "sport", "culture"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"rubrique": ("Afrique", "Politique", "Économie", "Société", "Sport", "Culture"),
               "ville": ("Bamako", "Niamey", "Ouagadougou", "Abidjan", "Conakry", "Nouakchott",
                         "Saint-Louis"),
               "duree": ("2'14", "3'05", "1'48", "4'20", "2'37")},
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ds_date)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (DS_CORRESPONDANT.isoformat(), "De notre correspondant à {ville}, {author}")),
            _f("ecouter", MIDDLE, 0.3, (_OLD, "▶ Écouter le reportage de {author2} "
                                              "({duree})")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}")),
            _f("frequences", FOOTER, 0.3, *from_table(DS_FREQUENCES, lambda v: (
                f"Radio Delta Sahel en FM : {v}"))),
            _f("journal", FOOTER, 0.2, *_by_day(_ds_journal)),
            _f("whatsapp", FOOTER, 0.35,
               (_OLD, "Contactez la rédaction : redaction@radiodeltasahel.sn"),
               (DS_WHATSAPP.isoformat(), "Témoin d'un événement ? Envoyez vos photos et "
                                         "vidéos sur WhatsApp au +221 77 555 01 84")),
            _f("annonce", HEADER, 0.25, *_ds_annonce()),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Reproduction interdite sans l'accord "
                                                   "écrit de la rédaction.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Radio Delta Sahel – Tous droits "
                                                "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une précédente version de cet "
                                               "article comportait une erreur sur le nom du "
                                               "ministre.")),
        ),
    )


# --- a Ugandan English FM station's newsroom ----------------------------------------------

NC_WHATSAPP = dt.date(2016, 7, 1)
NC_APP = dt.date(2018, 3, 5)
SHOWS = ("The Monday Debate", "Health Talk", "Business Hour", "Youth Voices", "Friday Night "
         "Jam", "Saturday Sports Round-up", "Sunday Gospel Hour")


def _nc_tonight(day: dt.date) -> str:
    return (f"Tonight on Nile Crest FM, {WEEKDAYS[day.weekday()]} {day.day} "
            f"{MONTHS[day.month - 1]}: {SHOWS[day.weekday()]} at 8pm")


@cache
def _nc_notice() -> Wordings:
    base = _steps((_OLD, "Like our Facebook page: Nile Crest FM 94.3"))
    martyrs = _yearly("06-03", 2, 0, lambda y: f"Martyrs Day {y}: live from Namugongo")
    independence = _yearly("10-09", 1, 0, lambda y: f"Happy {ordinal(y - 1962)} Independence "
                                                    f"Day, Uganda!")
    votes = [_span("2016-02-08", "2016-02-22", "Uganda Decides 2016: results as they come in"),
             _span("2020-11-09", "2021-01-10", "Uganda Decides 2021: campaign trail updates")]
    covid = [_span("2020-03-30", "2020-06-01", "Stay home, stay safe: lockdown updates on Nile "
                                               "Crest FM")]
    return _calendar(base, votes, covid, martyrs, independence)


def nilecrest_style() -> PublisherStyle:
    """A Ugandan English FM station's newsroom: "Posted on" with the date and the 12-hour time
    (a wording per day), "By", tonight's programme with the weekday and the day (a wording
    per day), "ALSO READ:" and an interview's audio with its length mid-body, the
    frequencies with the app added in 2018, a tip line reworded from SMS to WhatsApp in
    2016, a banner turned by Martyrs Day, Independence Day (with its anniversary), both
    elections' campaigns and the lockdown, the callers' disclaimer and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="nilecrestfm.co.ug", site="Nile Crest FM", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "sports", "business", "entertainment"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"duration": ("3:12", "5:40", "2:05", "7:18", "4:26")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} at "
                            f"{{time12}}")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("tonight", HEADER, 0.25, *_by_day(_nc_tonight)),
            _f("also-read", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}")),
            _f("audio", MIDDLE, 0.15, (_OLD, "🎧 Listen to the full interview ({duration})")),
            _f("listen", FOOTER, 0.35,
               (_OLD, "Listen live on 94.3 FM Kampala and 101.6 FM Jinja"),
               (NC_APP.isoformat(), "Listen live on 94.3 FM Kampala, 101.6 FM Jinja or on the "
                                    "Nile Crest FM app")),
            _f("tips", FOOTER, 0.35,
               (_OLD, "SMS your views to 8943, starting with the word NILE"),
               (NC_WHATSAPP.isoformat(), "Send your news tips to our WhatsApp line: 0772 555 "
                                         "043")),
            _f("notice", HEADER, 0.2, *_nc_notice()),
            _f("views", FOOTER, 0.2, (_OLD, "Views expressed by callers and guests are their "
                                            "own and not those of Nile Crest FM.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Nile Crest FM 94.3. All "
                                                 "Rights Reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this "
                                                  "story misstated the district.")),
        ),
    )


# --- a Nigerian English daily ---------------------------------------------------------------

LC_REDESIGN = dt.date(2019, 2, 16)  # relaunched on the morning the 2019 vote was postponed
LC_WHATSAPP = dt.date(2017, 4, 3)
LC_EPAPER = (("2013-01-01", "N150"), ("2016-07-01", "N200"), ("2019-01-02", "N250"))
PUMP_PRICE = (("2013-01-01", "N97"), ("2015-01-18", "N87"), ("2016-01-04", "N86.50"),
              ("2016-05-11", "N145"), ("2020-03-19", "N125"), ("2020-04-01", "N123.50"),
              ("2020-06-01", "N121.50"), ("2020-07-01", "N143.80"), ("2020-08-01", "N148.55"),
              ("2020-09-02", "N162.44"), ("2020-11-13", "N170"))


@cache
def _lc_election() -> Wordings:
    base = _steps((_OLD, "Subscribe to the Lagoon Courier e-paper and read today's edition "
                         "anywhere"))
    votes = nigeria_votes("Nigeria Decides {y}: presidential poll holds {month} {day}",
                          "Nigeria Decides {y}: INEC moves presidential poll to {month} {day}")
    news = [_span("2020-03-30", "2020-05-03", "COVID-19: Lagos, Ogun and FCT lockdown "
                                              "updates"),
            _span("2020-10-08", "2020-10-31", "#EndSARS protests: live updates")]
    return _calendar(base, votes, news)


def lagooncourier_style() -> PublisherStyle:
    """A Nigerian English daily: "Published" with the long date turned the weekday, the date
    and the 12-hour time on the morning the 2019 vote was postponed (a wording per day),
    "By" with the bureau from a pool, "READ ALSO:" (up to twice) and "Advertisement"
    mid-body, the petrol pump price (changing over the years, often in 2020), "Kindly share
    this story", the e-paper's price (raised in 2016 and 2019), a newsroom appeal reworded
    for WhatsApp, a banner turned by both postponed elections, the lockdown and #EndSARS,
    the copyright line, a rare correction."""
    return PublisherStyle(
        domain="lagooncourier.com.ng", site="Lagoon Courier", base_size=45,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "business", "metro", "sports", "opinion"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={"bureau": ("Abuja", "Lagos", "Kano", "Port Harcourt", "Enugu", "Ibadan")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Published {MONTHS[day.month - 1]} {day.day}, {day.year}"
                if day < LC_REDESIGN else f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} "
                                          f"{day.day}, {day.year} {{time12}}")),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}, {bureau}")),
            _f("read-also", MIDDLE, 0.35, (_OLD, "READ ALSO: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("pump-price", FOOTER, 0.12, *from_table(PUMP_PRICE, lambda v: (
                f"Petrol pump price (official, per litre): {v}"))),
            _f("share", FOOTER, 0.45, (_OLD, "Kindly share this story")),
            _f("e-paper", FOOTER, 0.15, *from_table(LC_EPAPER, lambda v: (
                f"Read the Lagoon Courier e-paper on any device: {v} per edition"))),
            _f("tips", FOOTER, 0.3,
               (_OLD, "Send your reports and pictures to news@lagooncourier.com.ng"),
               (LC_WHATSAPP.isoformat(), "Got a story? Reach our newsroom on WhatsApp: +234 "
                                         "809 555 0176")),
            _f("election", HEADER, 0.2, *_lc_election()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Lagoon Courier Newspapers Ltd. No "
                                                "part of this story may be republished without "
                                                "our written consent.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: This report has been updated to "
                                                  "correct the name of the local government "
                                                  "area.")),
        ),
    )


# --- a pan-African press-release wire -----------------------------------------------------

AW_NEWSROOMS = (("2014-01-01", "1,200"), ("2016-01-01", "1,800"), ("2017-01-01", "2,400"),
                ("2018-01-01", "3,100"), ("2019-01-01", "3,600"), ("2020-01-01", "4,200"))


def afripress_style() -> PublisherStyle:
    """A pan-African press-release wire: "PRESS RELEASE", the dateline with the city from a
    pool and the date (a wording per day), a media-files line mid-body, "Distributed by ...
    on behalf of" the issuer and "SOURCE:" with the issuer from a pool, the media contact,
    the issuer's-responsibility line, the about line with the number of newsrooms
    (changing each January; a block), a rare correction."""
    return PublisherStyle(
        domain="afripresswire.com", site="AfriPress Wire", base_size=35,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("business", "energy", "technology", "health", "agriculture"),
        n_authors=3, url_path="/en/{yyyy}/{mm}/{slug}",
        pools={"city": ("NAIROBI, Kenya", "LAGOS, Nigeria", "JOHANNESBURG, South Africa",
                        "ACCRA, Ghana", "KIGALI, Rwanda", "CASABLANCA, Morocco",
                        "ADDIS ABABA, Ethiopia"),
               "issuer": ("African Development Fund", "Savanna Telecom Group",
                          "East African Grain Council", "Sahel Solar Power Ltd",
                          "Kilimanjaro Health Alliance")},
        families=(
            _f("release", HEADER, 0.55, (_OLD, "PRESS RELEASE")),
            _f("dateline", HEADER, 0.85, *_by_day(
                lambda day: f"{{city}}, {day.day} {MONTHS[day.month - 1]} {day.year} "
                            f"/AfriPress Wire/ –")),
            _f("media-files", MIDDLE, 0.15, (_OLD, "Download the media files for this "
                                                   "release")),
            _f("distributed", FOOTER, 0.7, (_OLD, "Distributed by AfriPress Wire on behalf of "
                                                  "{issuer}.")),
            _f("source", FOOTER, 0.5, (_OLD, "SOURCE: {issuer}")),
            _f("contact", FOOTER, 0.35, (_OLD, "Media contact: {author}, press@afripresswire.com")),
            _f("issuer", FOOTER, 0.3, (_OLD, "The issuer is solely responsible for the content "
                                             "of this announcement.")),
            _f("about", FOOTER, 0.3, *from_table(AW_NEWSROOMS, lambda v: (
                f"About AfriPress Wire: we distribute press releases to more than {v} "
                f"newsrooms in 54 African countries."))),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release replaces the one "
                                                  "sent earlier today with the right event "
                                                  "date.")),
        ),
    )


# --- a bilingual (French and English) Cameroonian radio station --------------------------

SF_REDESIGN = dt.date(2018, 10, 7)  # relaunched on the day of the 2018 presidential vote
SHUTDOWN = (dt.date(2017, 1, 17), dt.date(2017, 4, 20))  # internet cut in two regions
SF_FREQUENCES = (("2014-01-01", "102.5 Yaoundé · 99.1 Douala · 95.3 Bamenda"),
                 ("2016-05-20", "102.5 Yaoundé · 99.1 Douala · 95.3 Bamenda · 97.7 Buea"),
                 ("2019-05-20", "102.5 Yaoundé · 99.1 Douala · 95.3 Bamenda · 97.7 Buea · "
                                "90.4 Bertoua"))


def _sf_date(day: dt.date) -> str:
    if day < SF_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} / "
            f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}")


def _sf_alerte_base(day: dt.date) -> str:
    first, last = SHUTDOWN
    if first <= day <= last:
        n = (day - first).days + 1
        return (f"Coupure d'Internet au Nord-Ouest et au Sud-Ouest : jour {n} / Internet "
                f"shutdown in the North-West and South-West: day {n}")
    return "Écoutez-nous en direct / Listen live: sanagafm.cm"


@cache
def _sf_alerte() -> Wordings:
    fete = _yearly("05-20", 2, 0, lambda y: f"Fête nationale {y} / National Day {y}: "
                                            f"défilé en direct / parade live")
    vote = [_span("2018-10-01", "2018-10-23", "Présidentielle 2018 / 2018 presidential "
                                              "election: résultats / results")]
    covid = [_span("2020-03-18", "2020-06-30", "COVID-19 : restez chez vous / stay at home")]
    return _calendar(_sf_alerte_base, vote, covid, fete)


def sanaga_style() -> PublisherStyle:
    """A bilingual Cameroonian radio station: the numeric date turned bilingual, French then
    English, on the day of the 2018 presidential vote (a wording per day), "Par / By", "À
    lire aussi / Read also:" mid-body, the frequencies (Buea from 2016, Bertoua from 2019),
    the bulletins' times, a bilingual WhatsApp line, a banner counting the days of the 2017
    internet shutdown (a wording per day) and turned by National Day, the 2018 vote and the
    pandemic, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="sanagafm.cm", site="Sanaga FM", base_size=28,
        subdomains=(("www.", 100),),
        sections=("actualite", "news", "sport", "culture"),
        n_authors=4, url_path="/{section}/{slug}",
        families=(
            _f("date", HEADER, 0.85, *_by_day(_sf_date)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par / By {author}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi / Read also: {other_title}")),
            _f("frequences", FOOTER, 0.3, *from_table(SF_FREQUENCES, lambda v: (
                f"Sanaga FM : {v}"))),
            _f("journaux", FOOTER, 0.2, (_OLD, "Journal en français à 7 h et 19 h / News in "
                                               "English at 8 am and 8 pm")),
            _f("whatsapp", FOOTER, 0.3, (_OLD, "WhatsApp rédaction / newsroom: +237 677 55 50 "
                                               "19")),
            _f("alerte", HEADER, 0.25, *_sf_alerte()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Sanaga FM – Tous droits réservés / "
                                                 "All rights reserved")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum / Correction: le nom du village a été "
                                               "corrigé / the village name has been "
                                               "corrected.")),
        ),
    )


def heldout176_styles() -> list[PublisherStyle]:
    """The held-back-176 styles, in the order the generator hands them to publishers."""
    return [
        dispatch_style(), tana_style(), tashar_style(), ojuiroyin_style(), inkanyezi_style(),
        codkageeska_style(), mwangaza_style(), deltasahel_style(), nilecrest_style(),
        lagooncourier_style(), afripress_style(), sanaga_style(),
    ]
