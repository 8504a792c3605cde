"""The ``held-back-206`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types in
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker or a "no rights can be derived" line. The publishers are logistics,
trucking, shipping-port and customs-broker news sites and newsrooms in English, Dutch,
Lithuanian, Turkish, Simplified Chinese and Spanish: a British freight and supply-chain trade
weekly, a Dutch port and logistics news site, a Chinese port and shipping news portal, an
American trucking news site, a Spanish port and logistics daily, a Turkish logistics and
trucking news site, a Lithuanian freight news site, an American customs broker's client
advisories, an Australian port authority's terminal and berth notices, a Dutch customs
broker's news pages, a Lithuanian stevedoring terminal's press room and a Chinese freight
forwarder's notices. The families are the kinds a crawl of such sites holds: dates localised
day by day in English (British, American AP style, Australian with AEST and AEDT), Dutch,
Lithuanian, Turkish, Chinese and Spanish, several changing form on the day of a redesign;
lines that turn every day (a vessel schedule "correct as at" the day, a terminal's berth
schedule, a currency and diesel ticker, a Brexit countdown whose deadline moves), every week
(a container freight index to each Thursday or Friday, diesel prices to each Monday and by
ISO week) and every month (pump diesel by month, fuel-surcharge lines by month, a road freight
index, bunker surcharges that turn low-sulphur in 2020); tariff and customs-deadline notices by
date (Section 232 and the Section 301 lists, ACE, the Brexit deadlines, the end of the
transition period); notices that follow calendars (Chinese New Year, National Day, the China
International Import Expo, China Maritime Day, Ramazan and Kurban Bayramı, Operation Paso del
Estrecho, Roadcheck and Brake Safety Week, World Port Days, Klaipėda's Sea Festival, Dutch,
Lithuanian, American and Australian holidays, the ELD mandate, the 2017 Spanish dockworkers'
dispute, the 2020 pandemic and state of alarm, the EU Mobility Package vote); amounts that
change over the years (the Merchandise Processing Fee each fiscal year, a port access charge
each July, a broker's declaration fee each January, a job-advert price, a premium
subscription); driver-shortage appeals and job adverts mid-body, related links and
advertisement markers (some up to two times), photo and data credits, berths, routes, tariff
headings and vessels from pools; notices reworded in 2016-2020; multi-line blocks (ENDS and
media contacts, imprints and copyright lines, disclaimers, ICP licence lines), bare lines, and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    easter,
    iso_day,
    last_weekday,
    nth_weekday,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MENESIO = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio")  # genitive
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

# Chinese New Year's Day (the first day of the first lunar month).
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25",
                   2021: "2021-02-12"}

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside."""
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
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def last_weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`: the day a weekly figure is out."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def month_reported(day: dt.date, published: int) -> tuple[int, int]:
    """The (year, month) whose monthly figure is the latest out on `day`, when each month's
    figure is published on day `published` of the next month."""
    back = 1 if day.day >= published else 2
    index = day.year * 12 + day.month - 1 - back
    return index // 12, index % 12 + 1


def monthly(y: int, m: int, anchors: tuple[tuple[str, float], ...], key: str,
            spread: float = 0.012) -> float:
    """A month's average of a made-up price drawn through `anchors`."""
    mid = dt.date(y, m, 15)
    return through(mid, anchors) * (1 + spread * wobble(dt.date(y, m, 1), key))


def comma(value: float, places: int = 2) -> str:
    """`value` with a decimal comma, as Dutch, Lithuanian, Turkish and Spanish sites print it."""
    return f"{value:.{places}f}".replace(".", ",")


def australian_summer_time(day: dt.date) -> bool:
    """Whether daylight saving (AEDT) is in force on `day` in south-eastern Australia: from
    the first Sunday of October to the first Sunday of April."""
    return not (nth_weekday(day.year, 4, 6, 1) <= day < nth_weekday(day.year, 10, 6, 1))


def ap_date(day: dt.date) -> str:
    """An American date in AP style: "Sept. 9, 2019", "June 21, 2017"."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def lt_date(day: dt.date) -> str:
    """A Lithuanian long date: "2019 m. birželio 21 d."."""
    return f"{day.year} m. {MENESIO[day.month - 1]} {day.day} d."


def spring_festival(y: int) -> dt.date:
    return iso_day(SPRING_FESTIVAL[y])


# --- a British freight and supply-chain trade weekly ------------------------------------------

FW_REDESIGN = dt.date(2017, 9, 4)
FW_NEWSLETTER = dt.date(2018, 2, 5)
FW_JOBS = (("2013-01-01", "£95"), ("2017-01-01", "£109"), ("2019-01-01", "£125"))
BOX_INDEX = (("2015-01-01", 2450.0), ("2015-04-20", 1100.0), ("2015-08-10", 1600.0),
             ("2015-12-20", 720.0), ("2016-03-01", 520.0), ("2016-09-01", 1050.0),
             ("2017-01-15", 2100.0), ("2017-06-01", 1500.0), ("2018-03-01", 1250.0),
             ("2018-10-15", 1600.0), ("2019-05-01", 1350.0), ("2019-12-20", 1700.0),
             ("2020-04-01", 1550.0), ("2020-08-01", 2100.0), ("2020-12-31", 5200.0),
             ("2021-01-10", 6000.0))
UK_DIESEL = (("2015-01-15", 122.0), ("2015-06-15", 118.0), ("2016-02-15", 102.0),
             ("2017-01-15", 121.0), ("2017-07-15", 115.0), ("2018-10-15", 137.0),
             ("2019-01-15", 127.0), ("2019-06-15", 131.0), ("2020-05-15", 111.0),
             ("2020-12-15", 122.0))
FW_EXPO = {y: nth_weekday(y, 6, 1, 2) for y in YEARS}  # the second Tuesday of June
BREXIT_DEADLINES = (("2019-03-18", "2019-04-12", "29 March"), ("2019-10-14", "2019-10-31",
                                                                 "31 October"))


def _fw_dated(day: dt.date) -> str:
    if day < FW_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return (f"Updated {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}}")


def box_index(thursday: dt.date) -> float:
    return through(thursday, BOX_INDEX) * (1 + 0.025 * wobble(thursday, "box"))


def _fw_index(day: dt.date) -> str:
    thursday = last_weekday_on_or_before(day, 3)
    now, before = box_index(thursday), box_index(thursday - 7 * ONE)
    return (f"Freightline Container Index, Shanghai–Rotterdam: ${now:,.0f} per 40ft in the "
            f"week to {thursday.day} {MONTHS[thursday.month - 1][:3]} "
            f"({(now / before - 1) * 100:+.1f}%)")


def uk_diesel(y: int, m: int) -> float:
    return monthly(y, m, UK_DIESEL, "uk-diesel")


def _fw_diesel(day: dt.date) -> str:
    y, m = month_reported(day, 5)
    return (f"Fuel watch: UK pump diesel averaged {uk_diesel(y, m):.1f}p a litre in "
            f"{MONTHS[m - 1]} {y}")


@cache
def _fw_notice() -> Wordings:
    base = _steps((_OLD, "Get Freightline Daily in your inbox every weekday morning: sign up "
                         "free"),
                  (FW_NEWSLETTER.isoformat(), "📦 Freightline Daily: the supply-chain briefing "
                                              "40,000 logistics managers start the day with. "
                                              "Subscribe free"))
    covid = [_span("2020-03-16", "2020-07-31", "🦠 Coronavirus: our live blog on ports, borders "
                                               "and supply chains")]
    brexit = [_span(first, last, f"🇬🇧 Brexit: our no-deal guide for hauliers and shippers "
                                 f"before the {deadline} deadline")
              for first, last, deadline in BREXIT_DEADLINES]
    brexit.append(_span("2020-12-01", "2021-01-10", "🇬🇧 The transition ends on 31 December: "
                                                    "what changes at the border on 1 January"))
    expo = [(FW_EXPO[y] - 10 * ONE, FW_EXPO[y] + 3 * ONE,
             f"Freight Forward Live {y}, NEC Birmingham, {FW_EXPO[y].day}-{FW_EXPO[y].day + 2} "
             f"June: register free") for y in YEARS]
    awards = _yearly("09-01", 0, 29, lambda y: f"🏆 Freightline Awards {y}: entries close on "
                                                f"30 September")
    return _calendar(base, covid, brexit, expo, awards)


def freightline_style() -> PublisherStyle:
    """A British freight and supply-chain trade weekly: a sector kicker from a pool, the short
    date turned the weekday, the long date and the time on 4 September 2017 (a wording per
    day), "By" turned the writer with the beat, the week's container freight index to each
    Thursday (a wording per week), a photo credit from a pool, "READ MORE:" and advertisement
    markers up to twice, a job-board advert for HGV drivers whose price rises in 2017 and
    2019, last month's pump diesel (a wording per month, out each 5th), a newsletter appeal
    reworded in 2018 and turned by the Brexit deadlines, the end of the transition, the
    pandemic, the June show and the awards' closing month, the topics line, the publisher
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="freightlineweekly.co.uk", site="Freightline Weekly", base_size=250,
        subdomains=(("www.", 100),),
        sections=("road", "shipping", "air-cargo", "warehousing", "customs", "rail"),
        n_authors=14, url_path="/news/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("ROAD", "SHIPPING", "AIR CARGO", "WAREHOUSING", "CUSTOMS", "RAIL FREIGHT",
                       "PORTS"),
            "beat": ("News Editor", "Shipping Correspondent", "Road Transport Reporter",
                     "Supply Chain Editor", "Air Cargo Reporter"),
            "photo": ("Freightline Weekly", "Port of Felixstowe", "Alamy", "Shutterstock",
                      "the company"),
            "topic": ("Brexit", "Customs", "Driver shortage", "Containers", "Fuel",
                      "Warehousing", "Rail freight", "Port congestion"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_fw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (FW_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("index", HEADER, 0.2, *_by_day(_fw_index)),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("read-more", MIDDLE, 0.45, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("jobs", MIDDLE, 0.1, *from_table(FW_JOBS, lambda v: (
                f"Short of HGV drivers? Advertise your vacancies on Freightline Jobs from {v} "
                f"+ VAT"))),
            _f("diesel", FOOTER, 0.15, *_by_day(_fw_diesel)),
            _f("notice", FOOTER, 0.3, *_fw_notice()),
            _f("topics", FOOTER, 0.35, (_OLD, "Topics: {topic_links}")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Freightline Weekly is published by Freightline "
                                                "Media Ltd, Unit 6 Dockside Yard, Felixstowe "
                                                "IP11 3AB.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Freightline Media Ltd. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "gave the wrong capacity for the vessel.")),
        ),
    )


# --- a Dutch port and logistics news site -----------------------------------------------------

HL_REDESIGN = dt.date(2018, 5, 14)
HL_NEWSLETTER = dt.date(2017, 1, 9)
HL_PREMIUM = (("2014-01-01", "9,95"), ("2018-01-01", "11,95"), ("2020-01-01", "12,95"))
NL_DIESEL = (("2015-01-05", 1.30), ("2015-06-01", 1.36), ("2016-02-01", 1.07),
             ("2017-01-02", 1.26), ("2017-07-03", 1.20), ("2018-10-01", 1.48),
             ("2019-01-07", 1.35), ("2019-12-02", 1.40), ("2020-05-04", 1.17),
             ("2020-12-28", 1.30))


def _hl_datum(day: dt.date) -> str:
    if day < HL_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return (f"Gepubliceerd: {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} "
            f"{day.year}, {{time}}")


def nl_diesel(monday: dt.date) -> float:
    return through(monday, NL_DIESEL) * (1 + 0.01 * wobble(monday, "nl-diesel"))


def _hl_diesel(day: dt.date) -> str:
    monday = last_weekday_on_or_before(day, 0)
    week = monday.isocalendar()[1]
    return f"Adviesprijs diesel week {week}: € {comma(nl_diesel(monday), 3)} per liter"


def world_port_days(y: int) -> dt.date:
    """The Friday World Port Days open in Rotterdam: the first Friday of September."""
    return nth_weekday(y, 9, 4, 1)


@cache
def _hl_melding() -> Wordings:
    base = _steps((_OLD, "Meld u aan voor de gratis nieuwsbrief van Havenlijn"),
                  (HL_NEWSLETTER.isoformat(), "📬 Elke werkdag om 7.00 uur het laatste havennieuws "
                                              "in uw mailbox: meld u gratis aan"))
    covid = [_span("2020-03-16", "2020-06-30", "Corona: de gevolgen voor haven en logistiek, "
                                               "dagelijks bijgewerkt")]
    brexit = [_span("2019-03-18", "2019-04-12", "Brexit-dossier: douaneformaliteiten voor lading "
                                                "van en naar het VK"),
              _span("2019-10-14", "2019-10-31", "Brexit-deadline 31 oktober: is uw bedrijf "
                                                "klaar voor de douane?"),
              _span("2020-12-07", "2021-01-10", "Brexit per 1 januari 2021: het VK wordt een "
                                                "derde land voor de douane")]
    port_days = _movable(world_port_days, 7, 2, lambda y: (
        f"⚓ Wereldhavendagen {y}: bekijk het programma" if y != 2020
        else "⚓ Wereldhavendagen 2020 gaan online: kijk mee vanaf de kade"))
    return _calendar(base, covid, brexit, port_days)


def havenlijn_style() -> PublisherStyle:
    """A Dutch port and logistics news site: a section from a pool, the numeric date turned
    "Gepubliceerd:" with the weekday, the long date and the time on 14 May 2018 (a wording
    per day), "Door", a premium line whose monthly price rises in 2018 and 2020, the
    suggested diesel price by ISO week (a wording per week), "Lees ook:" and "Advertentie"
    up to twice, a photo credit from a pool, a driver vacancy advert, a newsletter appeal
    reworded in 2017 and turned by the pandemic, the Brexit deadlines and World Port Days
    (online in 2020), the reply line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="havenlijn.nl", site="Havenlijn", base_size=150,
        subdomains=(("www.", 100),),
        sections=("containers", "binnenvaart", "wegvervoer", "douane", "haven", "luchtvracht"),
        n_authors=9, url_path="/nieuws/{section}/{n}/{slug}",
        pools={
            "rubriek": ("Containers", "Binnenvaart", "Wegvervoer", "Douane", "Haven",
                        "Luchtvracht", "Spoor"),
            "foto": ("Havenbedrijf Rotterdam", "Havenlijn", "ANP", "Eigen foto",
                     "Hollandse Hoogte"),
        },
        families=(
            _f("rubriek", HEADER, 0.5, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.9, *_by_day(_hl_datum)),
            _f("auteur", HEADER, 0.6, (_OLD, "Door {author}")),
            _f("premium", HEADER, 0.12, *from_table(HL_PREMIUM, lambda v: (
                f"Havenlijn Premium: onbeperkt lezen voor € {v} per maand"))),
            _f("diesel", HEADER, 0.2, *_by_day(_hl_diesel)),
            _f("lees-ook", MIDDLE, 0.4, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("vacature", MIDDLE, 0.1, (_OLD, "Vacature: internationaal chauffeur CE gezocht. "
                                               "Bekijk alle vacatures op Havenlijn Werkt")),
            _f("melding", FOOTER, 0.3, *_hl_melding()),
            _f("reageren", FOOTER, 0.2, (_OLD, "Reageren? Mail de redactie via "
                                               "redactie@havenlijn.nl")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Havenlijn B.V. – Alle rechten "
                                                 "voorbehouden")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie van dit "
                                                 "artikel stond een verkeerd overslagcijfer.")),
        ),
    )


# --- a Chinese port and shipping news portal ----------------------------------------------

GH_REDESIGN = dt.date(2018, 3, 1)
GH_ICP = dt.date(2019, 6, 1)  # the licence number gains its site suffix
GH_VIDEO = dt.date(2020, 6, 1)
GH_INDEX = (("2015-01-02", 1080.0), ("2015-07-01", 900.0), ("2016-03-01", 640.0),
            ("2016-12-01", 760.0), ("2017-03-01", 850.0), ("2018-06-01", 780.0),
            ("2018-12-01", 830.0), ("2019-06-01", 810.0), ("2020-04-01", 860.0),
            ("2020-09-01", 1100.0), ("2020-12-31", 1750.0), ("2021-01-10", 1900.0))
IMPORT_EXPO = ((2018, "2018-11-05", "2018-11-10", "首届"), (2019, "2019-11-05", "2019-11-10",
                                                           "第二届"),
               (2020, "2020-11-04", "2020-11-10", "第三届"))


def _gh_riqi(day: dt.date) -> str:
    if day < GH_REDESIGN:
        return f"发布时间：{day.isoformat()} {{time}}"
    return (f"{day.year}年{day.month:02d}月{day.day:02d}日 {{time}} "
            f"{XINGQI[day.weekday()]}")


def gh_index(friday: dt.date) -> float:
    return through(friday, GH_INDEX) * (1 + 0.015 * wobble(friday, "gh"))


def _gh_yunjia(day: dt.date) -> str:
    friday = last_weekday_on_or_before(day, 4)
    now, before = gh_index(friday), gh_index(friday - 7 * ONE)
    change = (now / before - 1) * 100
    trend = "上涨" if change >= 0 else "下跌"
    return (f"港航集装箱运价综合指数（{friday.month}月{friday.day}日）：{now:,.2f}点，"
            f"环比{trend}{abs(change):.1f}%")


@cache
def _gh_tishi() -> Wordings:
    base = _steps((_OLD, "扫码关注港航网微信公众号，每日航运资讯早知道"),
                  (GH_VIDEO.isoformat(), "关注港航网微信公众号和视频号，每日航运资讯早知道"))
    covid = [_span("2020-01-24", "2020-04-08", "疫情防控期间全国港口生产及通关便利措施汇总")]
    festival = _movable(spring_festival, 7, 6, lambda y: f"{y}年春节期间全国主要港口集装箱码头"
                                                        f"作业安排专题")
    expo = [_span(first, last, f"{nth}中国国际进口博览会专题报道")
            for _, first, last, nth in IMPORT_EXPO]
    maritime = _yearly("07-11", 3, 1, lambda y: f"{y}年“中国航海日”专题报道")
    return _calendar(base, covid, festival, expo, maritime)


def ganghang_style() -> PublisherStyle:
    """A Chinese port and shipping news portal: a channel from a pool, "发布时间：" and the ISO
    date turned the Chinese long date with the weekday on 1 March 2018 (a wording per day),
    the source from a pool, a read count, the week's container freight index to each Friday
    (a wording per week), "相关阅读：" up to twice, "广告", a photo caption with the port
    from a pool, a data credit from a pool, a WeChat appeal reworded for the video account in
    2020 and turned by the pandemic, Chinese New Year, the Import Expo and China Maritime
    Day, the editor from a pool, the disclaimer and the copyright line with the ICP licence
    (its suffix from June 2019) as a block, a rare correction."""
    return PublisherStyle(
        domain="ganghangwang.cn", site="港航网", base_size=110,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("gangkou", "hangyun", "wuliu", "jizhuangxiang", "haiguan"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("港口", "航运", "物流", "集装箱", "海关", "船舶"),
            "laiyuan": ("本网讯", "港航网综合", "中国水运报", "港口集团官网", "新华社",
                        "航运交易所"),
            "gangkou": ("宁波舟山港", "上海洋山港", "青岛港", "深圳盐田港", "广州南沙港",
                        "天津港"),
            "shuju": ("港航网航运研究中心", "上海航运交易所", "海关总署", "交通运输部"),
            "bianji": ("王磊", "陈静", "刘洋", "张伟", "赵敏", "孙浩"),
        },
        families=(
            _f("lanmu", HEADER, 0.45, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.9, *_by_day(_gh_riqi)),
            _f("laiyuan", HEADER, 0.6, (_OLD, "来源：{laiyuan}")),
            _f("yuedu", HEADER, 0.2, (_OLD, "阅读：{count}")),
            _f("yunjia", HEADER, 0.2, *_by_day(_gh_yunjia)),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告")),
            _f("tupian", MIDDLE, 0.25, (_OLD, "图为{gangkou}集装箱码头。（资料图片）")),
            _f("shuju", MIDDLE, 0.15, (_OLD, "数据来源：{shuju}")),
            _f("tishi", FOOTER, 0.3, *_gh_tishi()),
            _f("bianji", FOOTER, 0.55, (_OLD, "（责任编辑：{bianji}）")),
            _f("mianze", FOOTER, 0.35, (_OLD, "免责声明：本网转载的文章仅代表作者观点，不代表本网"
                                              "立场。如涉及版权问题，请与本网联系。")),
            _f("banquan", FOOTER, 0.45, (_OLD, "版权所有 © 2012-{year} 港航网 沪ICP备12034567号"),
               (GH_ICP.isoformat(), "版权所有 © 2012-{year} 港航网 沪ICP备12034567号-1")),
            _f("jiuzheng", HEADER, 0.04, (_OLD, "更正：本文原稿中的吞吐量数据有误，现已更正。")),
        ),
    )


# --- an American trucking news site -------------------------------------------------------

LH_REDESIGN = dt.date(2018, 1, 8)
LH_NEWSLETTER = dt.date(2019, 4, 1)
US_DIESEL = (("2015-01-05", 3.00), ("2015-06-01", 2.87), ("2016-02-15", 1.98),
             ("2016-12-05", 2.48), ("2017-06-26", 2.47), ("2017-12-18", 3.05),
             ("2018-10-29", 3.38), ("2019-02-04", 2.97), ("2019-05-06", 3.17),
             ("2019-12-30", 3.05), ("2020-05-18", 2.39), ("2020-12-28", 2.64))
ROADCHECK = {2015: ("2015-06-02", "2015-06-04"), 2016: ("2016-06-07", "2016-06-09"),
             2017: ("2017-06-06", "2017-06-08"), 2018: ("2018-06-05", "2018-06-07"),
             2019: ("2019-06-04", "2019-06-06"), 2020: ("2020-09-09", "2020-09-11")}
BRAKE_WEEK = {2015: ("2015-09-06", "2015-09-12"), 2016: ("2016-09-11", "2016-09-17"),
              2017: ("2017-09-10", "2017-09-16"), 2018: ("2018-09-16", "2018-09-22"),
              2019: ("2019-09-15", "2019-09-21"), 2020: ("2020-08-23", "2020-08-29")}
SURCHARGE_BASE, SURCHARGE_MPG = 1.25, 6.0


def _lh_dated(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return ap_date(day)
    return f"Updated {{time12}} ET · {WEEKDAYS[day.weekday()]}, {ap_date(day)}"


def us_diesel(monday: dt.date) -> float:
    return through(monday, US_DIESEL) * (1 + 0.008 * wobble(monday, "us-diesel"))


def _lh_diesel(day: dt.date) -> str:
    monday = last_weekday_on_or_before(day, 0)
    now, before = us_diesel(monday), us_diesel(monday - 7 * ONE)
    cents = (now - before) * 100
    move = f"up {cents:.1f}¢" if cents >= 0 else f"down {-cents:.1f}¢"
    return (f"Diesel: ${now:.3f}/gal U.S. average for the week of "
            f"{AP_MONTHS[monday.month - 1]} {monday.day}, {move} (Source: EIA)")


def us_diesel_month(y: int, m: int) -> float:
    return monthly(y, m, US_DIESEL, "us-month", spread=0.006)


def _lh_surcharge(day: dt.date) -> str:
    y, m = month_reported(day, 1)  # set on the 1st from last month's average
    cents = max(0.0, (us_diesel_month(y, m) - SURCHARGE_BASE) / SURCHARGE_MPG * 100)
    return (f"Ledger fuel surcharge for {MONTHS[day.month - 1]} {day.year}: {cents:.1f}¢ per "
            f"mile (${SURCHARGE_BASE:.2f} base, {SURCHARGE_MPG:.0f} mpg)")


def _short_span(first: dt.date, last: dt.date) -> str:
    if first.month == last.month:
        return f"{AP_MONTHS[first.month - 1]} {first.day}-{last.day}"
    return f"{AP_MONTHS[first.month - 1]} {first.day}-{AP_MONTHS[last.month - 1]} {last.day}"


@cache
def _lh_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for Ledger Daily: trucking news in your inbox every weekday"),
                  (LH_NEWSLETTER.isoformat(), "📨 Ledger Daily and Ledger Markets: two free "
                                              "newsletters for fleets and owner-operators. "
                                              "Subscribe"))
    covid = [_span("2020-03-13", "2020-05-31", "COVID-19: what the FMCSA's hours-of-service "
                                               "relief covers for emergency loads")]
    rules = [_span("2017-12-04", "2017-12-17", "⏱️ The ELD mandate takes effect Dec. 18: our "
                                               "compliance guide"),
             _span("2018-03-19", "2018-03-31", "⏱️ Out-of-service enforcement of the ELD rule "
                                               "starts April 1"),
             _span("2020-09-14", "2020-09-28", "⏱️ New hours-of-service rules take effect "
                                               "Sept. 29: what changes")]
    roadcheck: list[Event] = []
    for y, (first, last) in ROADCHECK.items():
        roadcheck.append((iso_day(first, -10), iso_day(last, 1),
                          f"🚨 International Roadcheck {y} runs "
                          f"{_short_span(iso_day(first), iso_day(last))}: what inspectors "
                          f"will look for"))
    brakes: list[Event] = []
    for y, (first, last) in BRAKE_WEEK.items():
        brakes.append((iso_day(first, -7), iso_day(last, 1),
                       f"🛑 Brake Safety Week {y} is "
                       f"{_short_span(iso_day(first), iso_day(last))}"))
    return _calendar(base, covid, rules, roadcheck, brakes)


def longhaul_style() -> PublisherStyle:
    """An American trucking news site: a category from a pool, the AP-style date turned
    "Updated" with the time, the weekday and the date on 8 January 2018 (a wording per day),
    "By" turned the writer with the beat, the week's average diesel price to each Monday with
    its EIA credit (a wording per week), a fuel surcharge per mile for each month from last
    month's diesel (a wording per month), "Related:" and "ADVERTISEMENT" up to twice, a photo
    credit from a pool, a driver-hiring advert with the carrier from a pool, a newsletter
    appeal reworded in 2019 and turned by the ELD mandate and its enforcement, the 2020
    hours-of-service rules, Roadcheck and Brake Safety Week each year and the pandemic's
    relief, the copyright line and the reproduction line (a block), a rare correction."""
    return PublisherStyle(
        domain="longhaulledger.com", site="Long Haul Ledger", base_size=90,
        subdomains=(("www.", 100),),
        sections=("fleets", "regulations", "equipment", "fuel", "drivers", "markets"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "category": ("Fleets", "Regulations", "Equipment", "Fuel", "Drivers", "Technology",
                         "Freight Markets"),
            "beat": ("Senior Editor", "Staff Reporter", "Equipment Editor",
                     "Washington Correspondent", "Markets Reporter"),
            "photo": ("Long Haul Ledger", "Getty Images", "the company", "CVSA", "iStock"),
            "carrier": ("Prairie Line Transport", "Cobalt Freight", "Ridgeback Logistics",
                        "Three Rivers Carriers", "Keystone Reefer"),
        },
        families=(
            _f("category", HEADER, 0.45, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_lh_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "By {author}"),
               (LH_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("diesel", HEADER, 0.25, *_by_day(_lh_diesel)),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Photo: {photo})")),
            _f("hiring", MIDDLE, 0.12, (_OLD, "Now hiring: {carrier} is looking for Class A CDL "
                                              "drivers for regional and OTR lanes. Apply on "
                                              "Ledger Jobs.")),
            _f("surcharge", FOOTER, 0.15, *_by_day(_lh_surcharge)),
            _f("notice", FOOTER, 0.3, *_lh_notice()),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © {year} Long Haul Ledger LLC. All "
                                                 "rights reserved.")),
            _f("terms", FOOTER, 0.2, (_OLD, "This article may not be reproduced without the "
                                            "written permission of Long Haul Ledger.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: This story has been updated to "
                                                  "correct the size of the carrier's fleet.")),
        ),
    )


# --- a Spanish port and logistics daily ---------------------------------------------------

CP_REDESIGN = dt.date(2016, 10, 3)
CP_NEWSLETTER = dt.date(2018, 1, 8)
CP_PREMIUM = dt.date(2019, 1, 14)
ES_DIESEL = (("2015-01-15", 1.13), ("2015-06-15", 1.16), ("2016-02-15", 0.94),
             ("2017-01-15", 1.11), ("2017-07-15", 1.06), ("2018-10-15", 1.30),
             ("2019-01-15", 1.19), ("2019-12-15", 1.25), ("2020-05-15", 0.99),
             ("2020-12-15", 1.07))
FUEL_SHARE = 30.0  # the weight of diesel in the cost of a haul, in per cent


def _cp_fecha(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}, {{time}}")


def es_diesel(y: int, m: int) -> float:
    return monthly(y, m, ES_DIESEL, "es-diesel")


def _cp_gasoleo(day: dt.date) -> str:
    y, m = month_reported(day, 10)
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    change = (es_diesel(y, m) / es_diesel(py, pm) - 1) * 100
    impact = change * FUEL_SHARE / 100
    sign = "+" if impact >= 0 else "−"
    return (f"Revisión por gasóleo ({MESES[m - 1]} de {y}): {sign}{comma(abs(impact))} % "
            f"sobre el precio del porte")


def fair_opening(y: int) -> dt.date:
    """A logistics fair in Valencia: the second Tuesday of May."""
    return nth_weekday(y, 5, 1, 2)


@cache
def _cp_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbase gratis a nuestro boletín diario de noticias"),
                  (CP_NEWSLETTER.isoformat(), "📰 Reciba cada mañana a las 7:00 el boletín de "
                                              "Crónica Portuaria: suscríbase gratis"))
    alarma = [_span("2020-03-14", "2020-06-21", "Estado de alarma: medidas para el transporte "
                                                "de mercancías y los puertos"),
              _span("2020-12-14", "2021-01-10", "Brexit: qué cambia en las aduanas a partir "
                                                "del 1 de enero de 2021")]
    estiba = [_span("2017-06-01", "2017-06-30", "Conflicto de la estiba: calendario de paros "
                                                "y servicios mínimos en los puertos")]
    feria = _movable(fair_opening, 10, 2, lambda y: f"Feria Logística del Mediterráneo {y}: "
                                                    f"acredítese gratis")
    ope = _yearly("06-15", 0, 92, lambda y: (
        f"⛴️ Operación Paso del Estrecho {y}: horarios de embarque en Algeciras y Tarifa"
        if y != 2020 else "⛴️ La Operación Paso del Estrecho 2020 queda suspendida este verano"))
    return _calendar(base, alarma, estiba, feria, ope)


def cronica_style() -> PublisherStyle:
    """A Spanish port and logistics daily: a section from a pool, the numeric date turned the
    weekday, the long date and the time on 3 October 2016 (a wording per day), "Por" turned
    the writer with the port city on the same day, a subscribers-only line reworded in 2019,
    the fuel-price revision of a haul for last month (a wording per month, out each 10th),
    "Noticia relacionada:" and "Publicidad" up to twice, a photo credit from a pool, a
    newsletter appeal reworded in 2018 and turned by the 2017 dockworkers' dispute, the
    spring logistics fair, Operation Paso del Estrecho each summer (called off in 2020), the
    state of alarm and Brexit, the publisher's imprint and the copyright line (a block), a
    rare erratum."""
    return PublisherStyle(
        domain="cronicaportuaria.es", site="Crónica Portuaria", base_size=75,
        subdomains=(("www.", 100),),
        sections=("puertos", "navieras", "logistica", "carretera", "aduanas", "ferrocarril"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("Puertos", "Navieras", "Logística", "Transporte por carretera",
                        "Aduanas", "Ferrocarril"),
            "ciudad": ("Valencia", "Algeciras", "Barcelona", "Bilbao", "Madrid"),
            "foto": ("Autoridad Portuaria de Valencia", "Crónica Portuaria", "Archivo",
                     "Europa Press"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.9, *_by_day(_cp_fecha)),
            _f("firma", HEADER, 0.6, (_OLD, "Por {author}"),
               (CP_REDESIGN.isoformat(), "{author} | {ciudad}")),
            _f("exclusivo", HEADER, 0.1, (_OLD, "Contenido exclusivo para suscriptores"),
               (CP_PREMIUM.isoformat(), "🔒 Exclusivo para suscriptores de Crónica Portuaria "
                                        "Premium")),
            _f("gasoleo", HEADER, 0.15, *_by_day(_cp_gasoleo)),
            _f("relacionada", MIDDLE, 0.35, (_OLD, "Noticia relacionada: {other_title}"),
               count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("aviso", FOOTER, 0.3, *_cp_aviso()),
            _f("editorial", FOOTER, 0.25, (_OLD, "Editorial Marítima del Turia, S.L. · Avda. del "
                                                 "Puerto 214, 46023 Valencia")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Crónica Portuaria. Prohibida la "
                                                 "reproducción total o parcial sin permiso.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: en una versión anterior se "
                                                     "atribuía el dato de tráfico a otra "
                                                     "terminal.")),
        ),
    )


# --- a Turkish logistics and trucking news site -------------------------------------------

LJ_REDESIGN = dt.date(2017, 4, 3)
LJ_TELEGRAM = dt.date(2018, 9, 3)
# The first day of each festival (Ramazan Bayramı three days, Kurban Bayramı four).
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}
USD_TRY = (("2015-01-01", 2.33), ("2015-09-20", 3.05), ("2015-12-31", 2.92),
           ("2016-12-31", 3.52), ("2017-06-30", 3.52), ("2017-12-31", 3.80),
           ("2018-05-23", 4.80), ("2018-08-13", 6.90), ("2018-12-31", 5.30),
           ("2019-12-31", 5.95), ("2020-11-06", 8.50), ("2020-12-31", 7.43),
           ("2021-01-10", 7.40))
EUR_USD = (("2015-01-01", 1.20), ("2015-03-15", 1.06), ("2016-12-31", 1.05),
           ("2017-12-31", 1.20), ("2018-12-31", 1.14), ("2019-12-31", 1.12),
           ("2020-12-31", 1.22))
TR_DIESEL = (("2015-01-01", 4.20), ("2016-02-01", 3.80), ("2017-12-31", 5.00),
             ("2018-10-10", 7.10), ("2019-12-31", 6.50), ("2020-05-01", 5.40),
             ("2020-12-31", 6.60))
TR_FREIGHT = (("2015-01-15", 2350.0), ("2016-01-15", 2250.0), ("2017-01-15", 2300.0),
              ("2018-01-15", 2450.0), ("2019-01-15", 2500.0), ("2020-03-15", 2600.0),
              ("2020-05-15", 3400.0), ("2020-12-15", 2900.0))


def _lj_tarih(day: dt.date) -> str:
    if day < LJ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Güncelleme: {day.day} {AYLAR[day.month - 1]} {day.year} "
            f"{GUNLER[day.weekday()]}, {{time}}")


def _lj_piyasa(day: dt.date) -> str:
    usd = through(day, USD_TRY) * (1 + 0.006 * wobble(day, "usd"))
    eur = usd * through(day, EUR_USD) * (1 + 0.003 * wobble(day, "eur"))
    diesel = through(day, TR_DIESEL) * (1 + 0.004 * wobble(day, "motorin"))
    return (f"Piyasalar ({day.day:02d}.{day.month:02d}): Dolar {comma(usd, 4)} · Euro "
            f"{comma(eur, 4)} · Motorin {comma(diesel)} TL")


def tr_freight(y: int, m: int) -> float:
    return monthly(y, m, TR_FREIGHT, "tr-freight", spread=0.03)


def _lj_endeks(day: dt.date) -> str:
    y, m = month_reported(day, 3)
    return (f"Lojistik Hattı Navlun Endeksi ({AYLAR[m - 1]} {y}): İstanbul–Almanya komple tır "
            f"ortalama {tr_freight(y, m):,.0f} Euro".replace(",", "."))


@cache
def _lj_duyuru() -> Wordings:
    base = _steps((_OLD, "Son dakika lojistik haberleri için e-bültenimize abone olun"),
                  (LJ_TELEGRAM.isoformat(), "📲 Lojistik Hattı artık Telegram'da: haberler anında "
                                            "cebinizde, kanalımıza katılın"))
    ramazan = [(iso_day(first, -3), iso_day(first, 3),
                f"Ramazan Bayramı {y}: gümrük kapıları ve limanlar bayram boyunca açık")
               for y, first in RAMAZAN_BAYRAMI.items()]
    kurban = [(iso_day(first, -4), iso_day(first, 4),
               f"Kurban Bayramı {y}: sınır kapılarında tır geçişleri bayramda da sürüyor")
              for y, first in KURBAN_BAYRAMI.items()]
    covid = [_span("2020-03-16", "2020-06-01", "Koronavirüs: sınır kapılarında tır şoförlerine "
                                               "yönelik yeni tedbirler")]
    return _calendar(base, ramazan, kurban, covid)


def lojistikhatti_style() -> PublisherStyle:
    """A Turkish logistics and trucking news site: a category from a pool, the numeric date
    turned "Güncelleme:" with the long date, the weekday and the time on 3 April 2017 (a
    wording per day), "Haber:" and the writer, the day's dollar, euro and diesel ticker (a
    wording per day), its own road freight index for last month (a wording per month, out
    each 3rd), "İlgili Haber:" up to twice, "Reklam", a truck-driver job advert, a newsletter
    appeal turned the Telegram channel in 2018 and by Ramazan and Kurban Bayramı each year
    and the pandemic, the source from a pool, the legal line on reuse and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="lojistikhatti.com.tr", site="Lojistik Hattı", base_size=60,
        subdomains=(("www.", 100),),
        sections=("karayolu", "denizyolu", "havayolu", "demiryolu", "gumruk", "depolama"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("Karayolu", "Denizyolu", "Havayolu", "Demiryolu", "Gümrük",
                         "Depolama"),
            "kaynak": ("Lojistik Hattı", "AA", "DHA", "İHA", "UND"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.9, *_by_day(_lj_tarih)),
            _f("muhabir", HEADER, 0.55, (_OLD, "Haber: {author}")),
            _f("piyasa", HEADER, 0.2, *_daily(_lj_piyasa)),
            _f("endeks", HEADER, 0.15, *_by_day(_lj_endeks)),
            _f("ilgili", MIDDLE, 0.4, (_OLD, "İlgili Haber: {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam")),
            _f("ilan", MIDDLE, 0.12, (_OLD, "Tır şoförü arıyoruz: SRC ve psikoteknik belgeli, "
                                            "uluslararası tecrübeli sürücüler iş ilanlarımıza "
                                            "başvurabilir.")),
            _f("duyuru", FOOTER, 0.3, *_lj_duyuru()),
            _f("kaynak", FOOTER, 0.25, (_OLD, "Kaynak: {kaynak}")),
            _f("yasal", FOOTER, 0.2, (_OLD, "Sitemizdeki haberler kaynak gösterilmeden ve izin "
                                            "alınmadan kullanılamaz.")),
            _f("telif", FOOTER, 0.45, (_OLD, "© Copyright {year} Lojistik Hattı. Tüm hakları "
                                             "saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberdeki ihracat rakamı "
                                                "güncellenmiştir.")),
        ),
    )


# --- a Lithuanian freight news site -------------------------------------------------------

KZ_REDESIGN = dt.date(2018, 10, 1)
KZ_SOCIAL = dt.date(2017, 3, 1)
LT_DIESEL = (("2015-01-15", 1.07), ("2015-06-15", 1.10), ("2016-02-15", 0.88),
             ("2017-01-15", 1.03), ("2017-07-15", 0.98), ("2018-10-15", 1.22),
             ("2019-01-15", 1.12), ("2019-12-15", 1.16), ("2020-05-15", 0.91),
             ("2020-12-15", 1.04))


def _kz_data(day: dt.date) -> str:
    if day < KZ_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"Paskelbta: {lt_date(day)}, {{time}}"


def lt_diesel(y: int, m: int) -> float:
    return monthly(y, m, LT_DIESEL, "lt-diesel")


def _kz_kuras(day: dt.date) -> str:
    y, m = month_reported(day, 3)
    return (f"Vidutinė dyzelino kaina {y} m. {MENESIO[m - 1]} mėn.: "
            f"{comma(lt_diesel(y, m))} Eur/l")


def sea_festival(y: int) -> dt.date:
    """The Friday Klaipėda's Sea Festival opens: the last Friday of July."""
    return last_weekday(y, 7, 4)


@cache
def _kz_pranesimas() -> Wordings:
    base = _steps((_OLD, "Užsisakykite savaitinį naujienlaiškį ir gaukite svarbiausias "
                         "logistikos naujienas"),
                  (KZ_SOCIAL.isoformat(), "Sekite mus „Facebook“ ir „LinkedIn“ tinkluose"))
    news = [_span("2020-03-16", "2020-06-16", "Karantinas: eilės pasienio punktuose ir vairuotojų "
                                              "poilsio režimo išimtys"),
            _span("2020-07-06", "2020-07-20", "Europos Parlamentas balsuoja dėl Mobilumo "
                                              "paketo: ką tai reiškia Lietuvos vežėjams")]
    festival = _movable(sea_festival, 5, 2, lambda y: f"Jūros šventė {y}: eismo ribojimai prie "
                                                      f"Klaipėdos uosto")
    holidays = _yearly("12-24", 4, 8, lambda y: f"Linksmų šv. Kalėdų ir sėkmingų {y + 1} metų!")
    return _calendar(base, news, festival, holidays)


def kroviniai_style() -> PublisherStyle:
    """A Lithuanian freight news site: a section from a pool, the ISO date and the time
    turned "Paskelbta:" with the Lithuanian long date on 1 October 2018 (a wording per day),
    "Autorius:", last month's average diesel price (a wording per month, out each 3rd),
    "Taip pat skaitykite:" up to twice, "Reklama", a driver-shortage job advert, a
    newsletter appeal turned the social accounts in 2017 and by the quarantine, the Mobility
    Package vote, the Sea Festival each July and the Christmas greeting with the coming year,
    the source from a pool, the reuse ban and the copyright line (a block), a rare
    clarification."""
    return PublisherStyle(
        domain="kroviniuzinios.lt", site="Krovinių žinios", base_size=50,
        subdomains=(("www.", 100),),
        sections=("vezimas", "uostas", "gelezinkeliai", "muitine", "sandeliavimas", "rinkos"),
        n_authors=5, url_path="/naujienos/{section}/{slug}",
        pools={
            "rubrika": ("Krovinių vežimas", "Uostas", "Geležinkeliai", "Muitinė",
                        "Sandėliavimas", "Rinkos"),
            "saltinis": ("Krovinių žinios", "BNS", "ELTA", "Klaipėdos uosto direkcija",
                         "LINAVA"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.9, *_by_day(_kz_data)),
            _f("autorius", HEADER, 0.5, (_OLD, "Autorius: {author}")),
            _f("kuras", HEADER, 0.2, *_by_day(_kz_kuras)),
            _f("skaitykite", MIDDLE, 0.35, (_OLD, "Taip pat skaitykite: {other_title}"),
               count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama")),
            _f("vairuotojai", MIDDLE, 0.15, (_OLD, "Ieškome tarptautinių reisų vairuotojų (CE "
                                                   "kategorija). Siūlome konkurencingą "
                                                   "atlyginimą: skambinkite +370 600 41 752")),
            _f("pranesimas", FOOTER, 0.3, *_kz_pranesimas()),
            _f("saltinis", FOOTER, 0.2, (_OLD, "Šaltinis: {saltinis}")),
            _f("kopijuoti", FOOTER, 0.35, (_OLD, "Kopijuoti, platinti ar skelbti šį straipsnį be "
                                                 "raštiško redakcijos sutikimo draudžiama.")),
            _f("teises", FOOTER, 0.35, (_OLD, "© {year} UAB „Krovinių žinios“. Visos teisės "
                                              "saugomos.")),
            _f("patikslinimas", HEADER, 0.04, (_OLD, "Patikslinimas: straipsnyje pataisytas "
                                                     "krovos apimties skaičius.")),
        ),
    )


# --- an American customs broker's client advisories ---------------------------------------

CC_REDESIGN = dt.date(2018, 7, 9)
CC_HEADER = dt.date(2017, 5, 1)
# The Merchandise Processing Fee's minimum and maximum, from each fiscal year's 1 October.
MPF = (("2014-10-01", "FY2015: minimum $25.00, maximum $485.00"),
       ("2015-10-01", "FY2016: minimum $25.67, maximum $497.99"),
       ("2016-10-01", "FY2017: minimum $25.36, maximum $492.26"),
       ("2017-10-01", "FY2018: minimum $25.67, maximum $497.99"),
       ("2018-10-01", "FY2019: minimum $26.22, maximum $509.14"),
       ("2019-10-01", "FY2020: minimum $26.79, maximum $519.76"),
       ("2020-10-01", "FY2021: minimum $27.23, maximum $528.33"))
TARIFF_DEADLINES = (
    ("2016-02-15", "2016-02-28", "ACE becomes the only system for electronic entries and entry "
                                 "summaries on February 28, 2016"),
    ("2018-03-08", "2018-03-23", "Section 232: 25% duties on steel and 10% on aluminum apply "
                                 "to entries from March 23, 2018"),
    ("2018-06-15", "2018-07-06", "Section 301 List 1: 25% additional duties on Chinese-origin "
                                 "goods entered on or after July 6, 2018"),
    ("2018-08-07", "2018-08-23", "Section 301 List 2: 25% additional duties from August 23, "
                                 "2018"),
    ("2018-09-17", "2018-09-24", "Section 301 List 3: 10% additional duties from September 24, "
                                 "2018"),
    ("2019-05-01", "2019-05-10", "Section 301 List 3 rises to 25% for goods exported on or "
                                 "after May 10, 2019"),
    ("2019-08-13", "2019-09-01", "Section 301 List 4A: 15% additional duties from September 1, "
                                 "2019"),
    ("2020-01-15", "2020-02-14", "Section 301 List 4A falls to 7.5% from February 14, 2020"),
    ("2020-12-01", "2021-01-10", "UK goods after December 31, 2020: check the origin rules "
                                 "that apply to your entries"))


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"Posted {day.month:02d}/{day.day:02d}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def us_holidays(y: int) -> list[tuple[dt.date, str]]:
    return [(dt.date(y, 1, 1), "New Year's Day"), (last_weekday(y, 5, 0), "Memorial Day"),
            (dt.date(y, 7, 4), "Independence Day"), (nth_weekday(y, 9, 0, 1), "Labor Day"),
            (thanksgiving(y), "Thanksgiving Day"), (dt.date(y, 12, 25), "Christmas Day")]


@cache
def _cc_tariff() -> Wordings:
    base = _steps((_OLD, "Questions about this advisory? Contact your Calloway account "
                         "representative."))
    deadlines = [_span(first, last, f"⚠️ Deadline: {text}.")
                 for first, last, text in TARIFF_DEADLINES]
    return _calendar(base, deadlines)


@cache
def _cc_closure() -> Wordings:
    base = _steps((_OLD, "Office hours: Monday to Friday, 8:00 a.m. to 6:00 p.m. Eastern."))
    closures: list[Event] = []
    for y in range(2015, 2022):
        for day, name in us_holidays(y):
            closures.append((day - 5 * ONE, day + ONE,
                             f"Our offices are closed on {name}, {MONTHS[day.month - 1]} "
                             f"{day.day}, {y}. CBP ports of entry remain open."))
    closures.sort()
    return _calendar(base, closures)


def calloway_style() -> PublisherStyle:
    """An American customs broker's client advisories: "CLIENT ADVISORY" reworded in 2017,
    "Posted" and the numeric date turned the long date on 9 July 2018 (a wording per day), a
    tariff heading from a pool, an ISF reminder, the questions line turned by each tariff and
    customs deadline (ACE, Section 232, the four Section 301 lists and their changes, UK
    goods after the transition), the office-hours line turned by each federal holiday, the
    Merchandise Processing Fee of each fiscal year (changing each 1 October), the disclaimer,
    the licence line and the distribution line (a block), a rare update."""
    return PublisherStyle(
        domain="callowaycustoms.com", site="Calloway Customs Brokerage", base_size=42,
        subdomains=(("www.", 100),),
        sections=("advisories", "tariffs", "compliance"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={"hts": ("9903.88.01", "9903.88.02", "9903.88.03", "9903.88.15", "9903.80.01",
                       "9903.85.01")},
        families=(
            _f("advisory", HEADER, 0.6, (_OLD, "CLIENT ADVISORY"),
               (CC_HEADER.isoformat(), "Client Advisory | Trade Compliance")),
            _f("dated", HEADER, 0.9, *_by_day(_cc_dated)),
            _f("heading", MIDDLE, 0.3, (_OLD, "Applicable HTSUS heading: {hts}")),
            _f("isf", MIDDLE, 0.12, (_OLD, "Reminder: ISF (10+2) filings are due 24 hours before "
                                           "cargo is loaded at the foreign port.")),
            _f("tariff", FOOTER, 0.35, *_cc_tariff()),
            _f("closure", FOOTER, 0.25, *_cc_closure()),
            _f("mpf", FOOTER, 0.2, *from_table(MPF, lambda v: (
                f"Merchandise Processing Fee, {v} (0.3464% ad valorem)"))),
            _f("disclaimer", FOOTER, 0.5, (_OLD, "This advisory is for general information only "
                                                 "and is not legal advice.")),
            _f("licence", FOOTER, 0.4, (_OLD, "Calloway Customs Brokerage · Licensed U.S. Customs "
                                              "Broker · FMC-licensed OTI No. 024517")),
            _f("distribution", FOOTER, 0.2, (_OLD, "To receive our advisories by email, ask your "
                                                   "account representative to add you to the "
                                                   "list.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this advisory was revised to correct an "
                                              "effective date.")),
        ),
    )


# --- an Australian port authority's terminal and berth notices ----------------------------

PW_REDESIGN = dt.date(2019, 7, 1)  # relaunched with the new financial year
# The port access charge per TEU, from each financial year's 1 July.
ACCESS_CHARGE = (("2014-07-01", "2014–15: $8.10"), ("2015-07-01", "2015–16: $8.35"),
                 ("2016-07-01", "2016–17: $8.60"), ("2017-07-01", "2017–18: $9.05"),
                 ("2018-07-01", "2018–19: $9.40"), ("2019-07-01", "2019–20: $9.80"),
                 ("2020-07-01", "2020–21: $10.15"))


def _pw_dated(day: dt.date) -> str:
    if day < PW_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    zone = "AEDT" if australian_summer_time(day) else "AEST"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}, "
            f"{{time}} {zone}")


def _pw_schedule(day: dt.date) -> str:
    return (f"Vessel schedule correct as at 06:00 on {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}. Times are subject to change.")


@cache
def _pw_hours() -> Wordings:
    base = _steps((_OLD, "Truck marshalling area open 24 hours, 7 days."))
    covid = [_span("2020-03-23", "2020-06-30", "COVID-19: crew changes suspended; contactless "
                                               "truck processing at all gates.")]
    christmas = _yearly("12-25", 3, 2, lambda y: f"Christmas {y}: no container operations on "
                                                 f"25 and 26 December; gates reopen 27 December "
                                                 f"at 06:00.")
    good_friday = _movable(lambda y: easter(y) - 2 * ONE, 4, 3, lambda y: (
        f"Easter {y}: terminal closed on Good Friday; normal operations from Saturday."))
    anzac = _yearly("04-25", 3, 0, lambda y: f"Anzac Day {y}: no vessel or landside operations "
                                             f"before 1 pm.")
    return _calendar(base, covid, christmas, good_friday, anzac)


def wellesley_style() -> PublisherStyle:
    """An Australian port authority's terminal and berth notices: the kind of notice from a
    pool, the long date turned the weekday, the short date, the time and AEST or AEDT on 1
    July 2019 (a wording per day), the berth and the vessel from pools, the vessel schedule
    "correct as at" the day (a wording per day), the marshalling area's hours turned by
    Christmas, Good Friday, Anzac Day and the pandemic, the port access charge of each
    financial year (changing each 1 July), "ENDS", the media contact, the acknowledgement of
    country and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="portofwellesley.com.au", site="Port of Wellesley", base_size=35,
        subdomains=(("www.", 100),),
        sections=("media", "notices", "trade", "community"),
        n_authors=3, url_path="/news-and-media/{section}/{slug}",
        pools={
            "kind": ("Media release", "Terminal notice", "Berth notice", "Community update",
                     "Notice to port users"),
            "berth": ("Berth 2 (bulk liquids)", "Berth 5 (container terminal)",
                      "Berth 7 (grain)", "Berth 9 (cruise and ro-ro)"),
            "vessel": ("Southern Meridian", "Pacific Harmony", "Tasman Provider", "Kestrel Bay",
                       "Coral Navigator"),
        },
        families=(
            _f("kind", HEADER, 0.6, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.9, *_by_day(_pw_dated)),
            _f("berth", MIDDLE, 0.3, (_OLD, "Berth affected: {berth}")),
            _f("vessel", MIDDLE, 0.15, (_OLD, "Vessel: MV {vessel}")),
            _f("schedule", FOOTER, 0.3, *_daily(_pw_schedule)),
            _f("hours", FOOTER, 0.25, *_pw_hours()),
            _f("charge", FOOTER, 0.2, *from_table(ACCESS_CHARGE, lambda v: (
                f"Port access charge {v} per TEU (GST exclusive)."))),
            _f("ends", FOOTER, 0.45, (_OLD, "ENDS")),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: Corporate Affairs, (02) 4912 7000, "
                                            "media@portofwellesley.com.au")),
            _f("country", FOOTER, 0.2, (_OLD, "The Port of Wellesley acknowledges the Traditional "
                                              "Custodians of the land and sea on which we "
                                              "work.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Port of Wellesley Corporation")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the berth closure has been extended by "
                                              "one day.")),
        ),
    )


# --- a Dutch customs broker's news pages --------------------------------------------------

VM_REDESIGN = dt.date(2019, 1, 14)
VM_FEES = (("2014-01-01", "32,50"), ("2015-01-01", "33,00"), ("2016-01-01", "33,50"),
           ("2017-01-01", "34,50"), ("2018-01-01", "35,00"), ("2019-01-01", "37,50"),
           ("2020-01-01", "39,50"))
REFERENDUM = dt.date(2016, 6, 23)
ARTICLE_50 = dt.date(2017, 3, 29)
# From each day on, the day the United Kingdom was to leave (then: the transition's end).
BREXIT_TARGETS = (("2017-03-29", "2019-03-29"), ("2019-03-22", "2019-04-12"),
                  ("2019-04-11", "2019-10-31"), ("2019-10-29", "2020-01-31"),
                  ("2020-02-01", "2020-12-31"))


def _vm_datum(day: dt.date) -> str:
    if day < VM_REDESIGN:
        return f"Geplaatst op {day.day} {MAANDEN[day.month - 1]} {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def brexit_target(day: dt.date) -> dt.date:
    return iso_day(value_on(day, BREXIT_TARGETS))


def _vm_brexit(day: dt.date) -> str:
    if day < REFERENDUM:
        return f"Nog {(REFERENDUM - day).days} dagen tot het Brexit-referendum van 23 juni 2016"
    if day == REFERENDUM:
        return "Vandaag stemt het Verenigd Koninkrijk over de Brexit"
    if day < ARTICLE_50:
        return (f"{(day - REFERENDUM).days} dagen na het Brexit-referendum: het VK heeft de "
                f"uittreding nog niet aangevraagd")
    if day > dt.date(2020, 12, 31):
        return "Het VK is sinds 1 januari 2021 een derde land voor de douane"
    target = brexit_target(day)
    when = f"{target.day} {MAANDEN[target.month - 1]} {target.year}"
    if target > dt.date(2020, 1, 31):
        if day == target:
            return "Vandaag eindigt de Brexit-overgangsperiode"
        return f"Nog {(target - day).days} dagen tot het einde van de overgangsperiode ({when})"
    if day == target:
        return "Vandaag verlaat het VK de Europese Unie"
    return f"Nog {(target - day).days} dagen tot de Brexit ({when})"


@cache
def _vm_kantoor() -> Wordings:
    base = _steps((_OLD, "Ons kantoor is op werkdagen bereikbaar van 7.30 tot 18.00 uur."))
    pasen = _movable(lambda y: easter(y) + ONE, 5, 0, lambda y: (
        f"Tweede Paasdag {y}: ons kantoor is gesloten; voor spoedaangiften belt u ons "
        f"piketnummer."))
    koningsdag = _yearly("04-27", 4, 0, lambda y: (
        f"Koningsdag {y}: ons kantoor is gesloten; voor spoedaangiften belt u ons "
        f"piketnummer."))
    hemelvaart = _movable(lambda y: easter(y) + 39 * ONE, 5, 0, lambda y: (
        f"Hemelvaartsdag {y}: ons kantoor is gesloten; voor spoedaangiften belt u ons "
        f"piketnummer."))
    pinksteren = _movable(lambda y: easter(y) + 50 * ONE, 5, 0, lambda y: (
        f"Tweede Pinksterdag {y}: ons kantoor is gesloten; voor spoedaangiften belt u ons "
        f"piketnummer."))
    kerst = _yearly("12-25", 7, 1, lambda y: (
        f"Kerst {y}: ons kantoor is gesloten op 25 en 26 december; voor spoedaangiften belt u "
        f"ons piketnummer."))
    return _calendar(base, pasen, koningsdag, hemelvaart, pinksteren, kerst)


def vandermeulen_style() -> PublisherStyle:
    """A Dutch customs broker's news pages: the kind of item from a pool, "Geplaatst op" and
    the long date turned the numeric date on 14 January 2019 (a wording per day), a Brexit
    countdown that names the day's deadline and moves with each extension (a wording per
    day), the source from a pool, the office-hours line turned by Easter Monday, King's Day,
    Ascension Day, Whit Monday and Christmas, the declaration fee of each year (changing each
    1 January), the no-rights line, the contact line and the AEO line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="vandermeulen-douane.nl", site="Vandermeulen Douane-expediteurs", base_size=30,
        subdomains=(("www.", 100),),
        sections=("nieuws", "brexit", "douane"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"soort": ("Nieuws", "Klantinformatie", "Douane-update", "Brexit"),
               "bron": ("Douane", "Rijksoverheid", "Europese Commissie", "Evofenedex",
                        "Kamer van Koophandel")},
        families=(
            _f("soort", HEADER, 0.5, (_OLD, "{soort}")),
            _f("datum", HEADER, 0.9, *_by_day(_vm_datum)),
            _f("brexit", HEADER, 0.25, *_daily(_vm_brexit)),
            _f("bron", MIDDLE, 0.2, (_OLD, "Bron: {bron}")),
            _f("kantoor", FOOTER, 0.2, *_vm_kantoor()),
            _f("tarieven", FOOTER, 0.2, *from_table(VM_FEES, lambda v: (
                f"Onze tarieven: een invoeraangifte vanaf € {v} per aangifte (excl. btw)"))),
            _f("rechten", FOOTER, 0.35, (_OLD, "Aan deze informatie kunnen geen rechten worden "
                                               "ontleend.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Vragen? Neem contact op met onze afdeling "
                                              "Douane: douane@vandermeulen-douane.nl")),
            _f("aeo", FOOTER, 0.2, (_OLD, "Vandermeulen Douane-expediteurs is AEO-gecertificeerd "
                                          "(AEOF) en lid van Fenex.")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: de ingangsdatum in dit bericht is "
                                                 "aangepast.")),
        ),
    )


# --- a Lithuanian stevedoring terminal's press room ---------------------------------------

BK_REDESIGN = dt.date(2019, 2, 4)
BK_LANGUAGES = dt.date(2018, 4, 2)
BK_TAS = dt.date(2018, 3, 1)  # truck visits booked in advance from this day


def _bk_data(day: dt.date) -> str:
    if day < BK_REDESIGN:
        return day.isoformat()
    return lt_date(day)


def _bk_laivai(day: dt.date) -> str:
    return f"Laivų atvykimo grafikas atnaujintas {day.isoformat()} 07:00"


@cache
def _bk_vartai() -> Wordings:
    base = _steps((_OLD, "Terminalo vartai dirba visą parą, septynias dienas per savaitę."))
    covid = [_span("2020-03-16", "2020-06-16", "Karantino metu vairuotojai privalo dėvėti "
                                               "apsaugos priemones ir likti kabinose.")]
    holidays: list[Event] = []
    for md, name in (("02-16", "Vasario 16-ąją"), ("03-11", "Kovo 11-ąją"),
                     ("06-24", "Joninių dieną"), ("07-06", "Liepos 6-ąją")):
        holidays += _yearly(md, 3, 0, lambda y, name=name: (
            f"{name} ({y} m.) administracija nedirba, vartai dirba įprastai."))
    holidays += _yearly("12-25", 3, 1, lambda y: (
        f"Gruodžio 24–26 d. ({y} m.) vartai dirba sutrumpintai: 8–20 val."))
    holidays.sort()
    return _calendar(base, covid, holidays)


def baltijos_style() -> PublisherStyle:
    """A Lithuanian stevedoring terminal's press room: the ISO date turned the Lithuanian long
    date on 4 February 2019 (a wording per day), the language switch that drops Russian in
    2018, the quay from a pool, a drivers' line reworded for the appointment system in 2018,
    the berth schedule updated each day (a wording per day), the gate hours turned by
    Lithuania's holidays, Christmas and the quarantine, an English-version line, the press
    contact and the copyright line (a block), a rare clarification."""
    return PublisherStyle(
        domain="bkterminalas.lt", site="Baltijos krovos terminalas", base_size=25,
        subdomains=(("www.", 100),),
        sections=("naujienos", "pranesimai"),
        n_authors=2, url_path="/lt/{section}/{slug}",
        pools={"krantine": ("Nr. 101", "Nr. 102", "Nr. 105", "Nr. 108", "Nr. 115")},
        families=(
            _f("data", HEADER, 0.9, *_by_day(_bk_data)),
            _f("kalbos", HEADER, 0.3, (_OLD, "LT | EN | RU"), (BK_LANGUAGES.isoformat(),
                                                               "LT | EN")),
            _f("krantine", MIDDLE, 0.3, (_OLD, "Krantinė: {krantine}")),
            _f("vairuotojams", MIDDLE, 0.2,
               (_OLD, "Vairuotojams: sunkvežimiai priimami be išankstinės registracijos."),
               (BK_TAS.isoformat(), "Vairuotojams: atvykimo laiką būtina iš anksto rezervuoti "
                                    "terminalo TAS sistemoje.")),
            _f("laivai", FOOTER, 0.3, *_daily(_bk_laivai)),
            _f("vartai", FOOTER, 0.25, *_bk_vartai()),
            _f("english", FOOTER, 0.15, (_OLD, "Press release in English available on request.")),
            _f("kontaktai", FOOTER, 0.4, (_OLD, "Daugiau informacijos: Komunikacijos skyrius, "
                                                "tel. +370 46 400 120, press@bkterminalas.lt")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} AB „Baltijos krovos terminalas“")),
            _f("patikslinimas", HEADER, 0.04, (_OLD, "Patikslinimas: pataisyta laivo krovos "
                                                     "pradžios data.")),
        ),
    )


# --- a Chinese freight forwarder's notices ------------------------------------------------

HT_REDESIGN = dt.date(2019, 9, 2)
LOW_SULPHUR = dt.date(2020, 1, 1)  # the IMO's 0.5% sulphur cap
BUNKER = (("2015-01-15", 330.0), ("2015-06-15", 360.0), ("2016-01-15", 160.0),
          ("2016-12-15", 300.0), ("2017-06-15", 280.0), ("2018-10-15", 460.0),
          ("2018-12-15", 360.0), ("2019-10-15", 400.0), ("2020-01-15", 640.0),
          ("2020-04-15", 280.0), ("2020-12-15", 390.0))  # USD a tonne, made up
GUOQING_2020 = "10月1日至8日放假，10月9日正常上班"  # with the Mid-Autumn Festival


def _ht_riqi(day: dt.date) -> str:
    if day < HT_REDESIGN:
        return f"发布日期：{day.isoformat()}"
    return f"发布时间：{day.year}年{day.month}月{day.day}日"


def bunker(y: int, m: int) -> float:
    return monthly(y, m, BUNKER, "bunker", spread=0.04)


def _ht_baf(day: dt.date) -> str:
    y, m = day.year, day.month  # set for the month from the month before's bunker price
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    price = bunker(py, pm)
    west, europe = round(price * 1.1 / 5) * 5, round(price * 1.45 / 5) * 5
    name = "低硫燃油附加费（LSS）" if day >= LOW_SULPHUR else "燃油附加费（BAF）"
    return f"{y}年{m}月{name}：美西线 USD {west}/40'HQ，欧洲线 USD {europe}/40'HQ"


@cache
def _ht_tongzhi() -> Wordings:
    base = _steps((_OLD, "如需订舱或报关，请联系您的专属客服。"))
    covid = [_span("2020-02-01", "2020-03-31", "疫情期间我司正常接单，部分港口作业效率下降，"
                                               "请预留充足的出运时间。")]
    tariffs = [
        _span("2018-06-18", "2018-07-06", "提醒：美国对第一批中国商品加征25%关税，7月6日起生效。"),
        _span("2018-08-08", "2018-08-23", "提醒：美国对第二批中国商品加征25%关税，8月23日起生效。"),
        _span("2018-09-18", "2018-09-24", "提醒：美国对第三批中国商品加征10%关税，9月24日起生效。"),
        _span("2019-05-06", "2019-05-10", "提醒：第三批商品关税5月10日起由10%上调至25%。"),
        _span("2019-08-14", "2019-09-01", "提醒：美国对清单4A商品加征15%关税，9月1日起生效。"),
    ]
    festival: list[Event] = []
    for y in range(2015, 2022):
        first = spring_festival(y)
        off, last, back = first - ONE, first + 5 * ONE, first + 6 * ONE
        festival.append((first - 20 * ONE, first + 7 * ONE,
                         f"{y}年春节放假通知：{off.month}月{off.day}日至{last.month}月"
                         f"{last.day}日放假，{back.month}月{back.day}日正常上班。"))
    guoqing = _yearly("10-01", 6, 6, lambda y: (
        f"{y}年国庆节放假通知：" + (GUOQING_2020 if y == 2020 else
                                  "10月1日至7日放假，10月8日正常上班") + "。"))
    return _calendar(base, covid, tariffs, festival, guoqing)


def haitongda_style() -> PublisherStyle:
    """A Chinese freight forwarder's notices: the kind of item from a pool, "发布日期：" and
    the ISO date turned "发布时间：" and the Chinese date on 2 September 2019 (a wording per
    day), the month's bunker surcharge on two trades (a wording per month, renamed for low
    sulphur fuel in January 2020), the trade lane from a pool, a rates disclaimer, a notice
    turned by each US tariff round, the Spring Festival and National Day closures (Mid-Autumn
    joined in 2020) and the pandemic, the hotline, the WeChat line and the copyright line
    with the ICP licence (a block), a rare correction."""
    return PublisherStyle(
        domain="haitongda56.com", site="海通达国际物流", base_size=20,
        subdomains=(("www.", 100),),
        sections=("news", "notice", "industry"),
        n_authors=2, url_path="/{section}/{n}.html",
        pools={"leixing": ("公司新闻", "行业资讯", "运价通知", "通关资讯"),
               "hangxian": ("上海—洛杉矶", "深圳—汉堡", "宁波—鹿特丹", "青岛—釜山", "厦门—纽约")},
        families=(
            _f("leixing", HEADER, 0.5, (_OLD, "{leixing}")),
            _f("riqi", HEADER, 0.9, *_by_day(_ht_riqi)),
            _f("baf", HEADER, 0.25, *_by_day(_ht_baf)),
            _f("hangxian", MIDDLE, 0.25, (_OLD, "航线：{hangxian}")),
            _f("tixing", MIDDLE, 0.15, (_OLD, "温馨提示：以上运价仅供参考，以订舱确认时为准。")),
            _f("tongzhi", FOOTER, 0.3, *_ht_tongzhi()),
            _f("kefu", FOOTER, 0.4, (_OLD, "客服热线：400-820-5656（工作日 9:00-18:00）")),
            _f("weixin", FOOTER, 0.3, (_OLD, "微信扫码添加客服，获取实时运价")),
            _f("banquan", FOOTER, 0.35, (_OLD, "Copyright © {year} 深圳市海通达国际物流有限公司 "
                                               "粤ICP备15012345号")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文中的截关日期已更正。")),
        ),
    )


def heldout206_styles() -> list[PublisherStyle]:
    """The held-back-206 styles, in the order the generator hands them to publishers."""
    return [
        freightline_style(), havenlijn_style(), ganghang_style(), longhaul_style(),
        cronica_style(), lojistikhatti_style(), kroviniai_style(), calloway_style(),
        wellesley_style(), vandermeulen_style(), baltijos_style(), haitongda_style(),
    ]
