"""The ``held-back-123`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-120 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
agency's credit or a rating scale. The publishers are sites that run wire-service copy, news
aggregators and fact-checkers, in English, Spanish, German, Italian, Turkish, Hindi and
Chinese: an English-language international news site in the Gulf running AFP, Reuters and AP
copy, a pan-Hispanic portal in Miami running EFE copy, a regional portal of northern Hesse
running dpa copy, a local site of the Serchio valley near Lucca running ANSA copy, an English
fact-checker in India, a regional portal in İzmir running Anadolu (AA), İHA and DHA copy, a
Hindi site running PTI-Bhasha and IANS copy, a Chinese news aggregator running Xinhua and
China News Service copy, an Australian aggregator running AAP copy, a Colombian fact-checker, a
German fact-checker and a small Turkish fact-checker. The families are the kinds a crawl of
such sites holds: dates localised day by day in English (GMT, Gulf, Indian and Australian
eastern time with daylight saving), Spanish, German (with summer and winter time), Italian,
Turkish, Hindi (later in Devanagari digits) and Chinese (several changing form on the day of
a redesign), agency datelines printed day by day (EFE's "Madrid, 21 jun (EFE).-", ANSA's
"(ANSA) - ROMA, 21 GIU -", Xinhua's "新华社北京6月21日电", PTI-Bhasha's "नई दिल्ली, 21 जून
(भाषा)") with their cities from pools, dpa's story numbers by day, lines that turn every
business day (commodity closes, exchange rates in pesos and liras), agency credits and
regional-service tags, "Reporting by ...; Editing by ..." tags, unedited-feed disclaimers
reworded, reproduction notices of the agencies, claim, claimant, verdict and rating lines of
the fact-checkers (two rating scales by date), methodology and IFCN lines, platform
partnership lines, tip lines by WhatsApp and e-mail, read-also and related links (some up to
two times), advertisement markers, screenshot and photo credits, sources from pools, prices and
donations in rupees, pesos, euros and liras (several rising over the years), notices reworded
in 2016-2020 and notices that follow the regions' calendars (the elections of Spain, Mexico,
Colombia, Argentina, Germany, Hesse, Italy, Tuscany, Turkey, India, Australia and the United
States, Brexit, the Colombian peace plebiscite and the 2019 strike, the documenta, Lucca
Comics and Viareggio's carnival, the clock changes, the two sessions, the Spring Festival with
its zodiac, National Day, Republic Day, Independence Day and Turkey's national days with their
counts, Diwali, Holi, the Eids as Turkey keeps them, Holy Week, Anzac and Australia Day, the
Melbourne Cup, the 2019-20 bushfires, demonetisation, the 2020 lockdowns, the İzmir earthquake,
International Fact-Checking Day), seasons, multi-line blocks, mid-body inserts, bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    carnival_tuesday,
    digits,
    easter,
    iso_day,
    last_weekday,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come
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
_movable, _seasons, _daily = _PERIOD.movable, _PERIOD.seasons, _PERIOD.daily

ONE = dt.timedelta(days=1)

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
EFE_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov",
              "dic")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                    "domenica")
ANSA_MONTHS = ("GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV",
               "DIC")
TURKISH_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                  "Eylül", "Ekim", "Kasım", "Aralık")
TURKISH_WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
HINDI_MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                "अक्टूबर", "नवंबर", "दिसंबर")
HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
DEVANAGARI_ZERO = "\u0966"
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
ZODIAC = {2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠"}
TWO_SESSIONS = {2015: ("2015-03-05", "2015-03-15"), 2016: ("2016-03-05", "2016-03-16"),
                2017: ("2017-03-05", "2017-03-15"), 2018: ("2018-03-05", "2018-03-20"),
                2019: ("2019-03-05", "2019-03-15"), 2020: ("2020-05-22", "2020-05-28")}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
# The first days of the two Eids as Turkey's Directorate of Religious Affairs kept them.
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}
TURKISH_VOTES = {"2015-06-07": "Milletvekili Genel Seçimi", "2015-11-01":
                 "Milletvekili Genel Seçimi", "2017-04-16": "Anayasa Değişikliği Halkoylaması",
                 "2018-06-24": "Cumhurbaşkanlığı ve Milletvekili Seçimi",
                 "2019-03-31": "Mahalli İdareler Seçimi",
                 "2019-06-23": "İstanbul Büyükşehir Belediye Başkanlığı Yenilenen Seçimi"}


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}|{day.isoformat()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def business_day(day: dt.date) -> dt.date:
    """The last weekday (Monday to Friday) on or before `day`: the day a market closed."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def rate(day: dt.date, key: str, bases: dict[int, float], spread: float = 0.03) -> float:
    """A made-up market price on `day`'s business day: the year's base, moved by up to
    `spread` (a share of it) the same way for the same day and key."""
    closed = business_day(day)
    base = bases[min(max(closed.year, min(bases)), max(bases))]
    return base * (1 + spread * (hashed(closed, key, 0, 2000) - 1000) / 1000)


def comma(value: float, places: int = 2) -> str:
    """A number with a decimal comma and dotted thousands: 3.285,40."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def eu_summer_time(day: dt.date) -> bool:
    """Whether European summer time is in force on `day` (the last Sunday of March to the
    day before the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def aedt(day: dt.date) -> bool:
    """Whether Sydney keeps daylight saving time on `day` (the first Sunday of October to
    the day before the first Sunday of April)."""
    return not nth_weekday(day.year, 4, 6, 1) <= day < nth_weekday(day.year, 10, 6, 1)


def us_election_day(y: int) -> dt.date:
    """The US general election day: the Tuesday after the first Monday of November."""
    return nth_weekday(y, 11, 0, 1) + ONE


def fact_checking_day(text: Callable[[int], str]) -> list[Event]:
    """International Fact-Checking Day, 2 April, from 2017 (the day before and the day)."""
    return _yearly("04-02", 1, 0, text, years=range(2017, 2021))


# --- an English-language international news site running agency copy (the Gulf) ----------

MP_REDESIGN = dt.date(2018, 1, 14)  # relaunched on the first Sunday of the working week
MP_NEWSLETTER = dt.date(2017, 2, 1)
MP_DISCLAIMER = dt.date(2017, 5, 1)
BRENT = {2015: 52.0, 2016: 44.0, 2017: 54.5, 2018: 71.0, 2019: 64.0, 2020: 42.5}
GOLD = {2015: 1160.0, 2016: 1250.0, 2017: 1257.0, 2018: 1268.0, 2019: 1393.0, 2020: 1770.0}


def _mp_dated(day: dt.date) -> str:
    if day < MP_REDESIGN:
        return (f"Published: {ENGLISH_MONTHS[day.month - 1][:3]} {day.day:02d}, {day.year} "
                f"{{time}} GMT")
    return (f"Updated: {ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1]} {day.year}, {{time}} GST")


def _mp_markets(day: dt.date) -> str:
    closed = business_day(day)
    when = f"{ENGLISH_WEEKDAYS[closed.weekday()]}, {ENGLISH_MONTHS[closed.month - 1]} {closed.day}"
    return (f"📈 Markets at the close, {when}: Brent ${rate(day, 'brent', BRENT, 0.12):.2f} a "
            f"barrel · gold ${rate(day, 'gold', GOLD, 0.05):,.0f} an ounce")


def _mp_notice() -> Wordings:
    base = _steps((_OLD, "Follow The Meridian Post on Twitter and Facebook for breaking world "
                         "news"),
                  (MP_NEWSLETTER.isoformat(), "📩 Sign up for World Briefing: the day's "
                                              "agency headlines in your inbox at 7 a.m."))
    votes: list[Event] = [
        _vote("2016-06-23", "🇬🇧 Britain's EU referendum: live results from every counting "
                            "area", before=2, after=1),
        _vote("2017-06-08", "🇬🇧 UK general election 2017: follow the count overnight",
              before=2, after=1),
        _vote("2019-12-12", "🇬🇧 UK general election 2019: follow the count overnight",
              before=2, after=1),
        _vote("2019-05-23", "🇮🇳 India's election results: live counting of 542 seats",
              before=1, after=0),
    ]
    votes += [_vote(us_election_day(y).isoformat(), f"🇺🇸 US election {y}: live results "
                                                    f"from The Associated Press", before=3,
                    after=2) for y in (2016, 2018, 2020)]
    events: list[Event] = [
        _span("2015-11-30", "2015-12-12", "🌍 COP21 in Paris: our coverage of the climate "
                                          "talks"),
        _span("2016-08-05", "2016-08-21", "🏅 Rio 2016: medal table and results"),
        _span("2018-06-14", "2018-07-15", "⚽ World Cup 2018: fixtures, results and standings"),
        _span("2020-03-11", "2020-06-30", "🦠 Coronavirus pandemic: follow our live page of "
                                          "AFP, Reuters and AP updates"),
    ]
    unga = _movable(lambda y: nth_weekday(y, 9, 1, 3), 0, 6,
                    lambda y: f"🇺🇳 UN General Assembly {y}: the leaders' speeches, day by day")
    return _calendar(base, votes, events, unga)


def meridian_style() -> PublisherStyle:
    """An English-language international news site in the Gulf running AFP, Reuters and AP
    copy: a region kicker, "Published:" with the short date and GMT turned "Updated:" with the
    weekday, the date and Gulf time on the 2018 relaunch (a wording per day), the agency's
    byline from a pool (reworded), "READ MORE:" up to twice, advertisement markers up to
    twice, a photo credit from a pool, the "Reporting by ...; Editing by ..." tag, the
    markets' close by business day, an unedited-feed disclaimer reworded, a social line turned
    a newsletter appeal and turned by Brexit, British, Indian and US elections, COP21, the
    Olympics, the World Cup, the pandemic and the UN General Assembly week, the agency's
    copyright and the site's (a block, the agency's in nearly all), a rare correction."""
    return PublisherStyle(
        domain="meridianpost.com", site="The Meridian Post", base_size=250,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("world", "middle-east", "asia", "business", "sport", "science"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "region": ("WORLD", "MIDDLE EAST", "ASIA-PACIFIC", "EUROPE", "AFRICA",
                       "AMERICAS", "MARKETS"),
            "agency": ("Agence France-Presse", "Reuters", "The Associated Press"),
            "photo": ("AFP", "Reuters", "AP Photo", "EPA-EFE", "Getty Images"),
        },
        families=(
            _f("region", HEADER, 0.45, (_OLD, "{region}")),
            _f("dated", HEADER, 0.9, *_by_day(_mp_dated)),
            _f("agency", HEADER, 0.6, (_OLD, "By {agency}"),
               (MP_REDESIGN.isoformat(), "Wire report · {agency}")),
            _f("read-more", MIDDLE, 0.35, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("tagline", FOOTER, 0.3, (_OLD, "(Reporting by {author}; Editing by {author2})")),
            _f("markets", FOOTER, 0.12, *_by_day(_mp_markets)),
            _f("disclaimer", FOOTER, 0.45, (_OLD, "This report comes unedited from our wire "
                                                  "services."),
               (MP_DISCLAIMER.isoformat(), "Agency copy: published as received from the "
                                           "wire, except for the headline.")),
            _f("notice", FOOTER, 0.3, *_mp_notice()),
            _f("agency-rights", FOOTER, 0.92, (_OLD, "Copyright {year} {agency}. All rights "
                                                     "reserved.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Meridian Post. Agency material "
                                                "remains the property of its owners.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "report gave the wrong death toll.")),
        ),
    )


# --- a pan-Hispanic portal running EFE copy (Miami) ----------------------------------------

DC_REDESIGN = dt.date(2018, 10, 12)  # relaunched on the Día de la Hispanidad
DC_TELEGRAM = dt.date(2018, 3, 1)
MXN = {2015: 15.9, 2016: 18.7, 2017: 18.9, 2018: 19.2, 2019: 19.3, 2020: 21.5}
COP = {2015: 2750.0, 2016: 3050.0, 2017: 2950.0, 2018: 2950.0, 2019: 3280.0, 2020: 3700.0}
ARS = {2015: 9.3, 2016: 14.8, 2017: 16.6, 2018: 28.1, 2019: 48.2, 2020: 70.6}
SPANISH_ELECTIONS = ("2015-12-20", "2016-06-26", "2019-04-28", "2019-11-10")


def _dc_dateline(day: dt.date) -> str:
    return f"{{ciudad}}, {day.day} {EFE_MONTHS[day.month - 1]} (EFE).-"


def _dc_dated(day: dt.date) -> str:
    if day < DC_REDESIGN:
        return f"Publicado: {day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year} · {{time}} (hora de Miami)")


def _dc_dolar(day: dt.date) -> str:
    closed = business_day(day)
    return (f"💵 Dólar hoy ({SPANISH_WEEKDAYS[closed.weekday()]} {closed.day}/"
            f"{closed.month}): {comma(rate(day, 'mxn', MXN))} pesos mexicanos · "
            f"{comma(rate(day, 'cop', COP), 0)} pesos colombianos · "
            f"{comma(rate(day, 'ars', ARS, 0.05))} pesos argentinos")


def _dc_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Twitter y Facebook"),
                  (DC_TELEGRAM.isoformat(), "📲 Únase a nuestro canal de Telegram y reciba "
                                            "los cables de EFE al instante"))
    votes: list[Event] = [_vote(day, f"🗳️ Elecciones generales en España ({iso_day(day).year}): "
                                     f"resultados en directo", before=2, after=1)
                          for day in SPANISH_ELECTIONS]
    votes += [
        _vote("2015-11-22", "🗳️ Balotaje en Argentina: siga el escrutinio con EFE", before=2,
              after=1),
        _vote("2018-07-01", "🗳️ Elecciones en México 2018: resultados del conteo rápido",
              before=2, after=1),
        _vote("2018-06-17", "🗳️ Segunda vuelta en Colombia: resultados en directo", before=2,
              after=1),
        _vote("2019-10-27", "🗳️ Elecciones en Argentina 2019: resultados en directo",
              before=2, after=1),
    ]
    votes += [_vote(us_election_day(y).isoformat(), f"🗳️ Elecciones en Estados Unidos {y}: "
                                                    f"resultados estado por estado", before=3,
                    after=2) for y in (2016, 2020)]
    news = [_span("2020-03-13", "2020-06-30", "🦠 Coronavirus: la pandemia en América Latina, "
                                              "minuto a minuto")]
    feasts = _movable(easter, 7, 0, lambda y: f"✝️ Semana Santa {y}: procesiones y "
                                              f"celebraciones en Iberoamérica")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 ¡Feliz Navidad a todos nuestros lectores!")
    return _calendar(base, votes, news, feasts)


def continental_style() -> PublisherStyle:
    """A pan-Hispanic portal in Miami running EFE copy: a section kicker, "Publicado:" with
    the numeric date turned the weekday, the long date and Miami time on the Día de la
    Hispanidad 2018 (a wording per day), EFE's dateline with its city from a pool and the
    agency's month abbreviation (a wording per day), "Por" with the agency from a pool, "Lea
    también:" up to twice, an EFE photographer's credit, the dollar in three currencies by
    business day, a social line turned a Telegram appeal and turned by Spain's four general
    elections, votes in Argentina, Mexico, Colombia and the US, the pandemic, Holy Week and
    Christmas, EFE's reproduction notice and the site's rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="diariocontinental.com", site="Diario Continental", base_size=220,
        subdomains=(("www.", 100),),
        sections=("america-latina", "espana", "eeuu", "economia", "deportes", "cultura"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccion": ("América Latina", "EE.UU.", "España", "Economía", "Mundo", "Deportes",
                        "Cultura"),
            "ciudad": ("Madrid", "Ciudad de México", "Bogotá", "Buenos Aires", "Caracas",
                       "Lima", "Washington", "Miami"),
            "firma": ("Agencia EFE", "EFE", "Redacción", "Europa Press"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_dc_dated)),
            _f("firma", HEADER, 0.5, (_OLD, "Por {firma}")),
            _f("entradilla", HEADER, 0.55, *_by_day(_dc_dateline)),
            _f("lea", MIDDLE, 0.3, (_OLD, "Lea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: EFE/{author2}")),
            _f("dolar", FOOTER, 0.15, *_by_day(_dc_dolar)),
            _f("aviso", FOOTER, 0.3, *_dc_notice()),
            _f("efe", FOOTER, 0.45, (_OLD, "© EFE {year}. Queda prohibida la reproducción "
                                           "total o parcial de este contenido sin permiso "
                                           "previo de la agencia.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Diario Continental. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: una versión anterior de "
                                                     "esta nota atribuyó mal una cita.")),
        ),
    )


# --- a regional portal of northern Hesse running dpa copy ----------------------------------

NH_REDESIGN = dt.date(2017, 10, 29)  # relaunched on the night the clocks went back
NH_NOTE = dt.date(2018, 5, 25)
NH_PUSH = dt.date(2018, 9, 1)
NH_DPA_ID = dt.date(2020, 1, 1)  # dpa's story numbers printed from 2020


def _nh_dated(day: dt.date) -> str:
    if day < NH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    zone = "MESZ" if eu_summer_time(day) else "MEZ"
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}} Uhr {zone}")


def _nh_dpa_id(day: dt.date) -> str:
    return f"© dpa-infocom, dpa:{day:%y%m%d}-99-{{n}}/{{read_min}}"


def _nh_clock(forward: bool) -> Callable[[int], str]:
    way = "vorgestellt: Es wird eine Stunde früher hell" if forward else (
        "zurückgestellt: Wir bekommen eine Stunde mehr Schlaf")
    return lambda y: f"🕑 Zeitumstellung {y}: In der Nacht zum Sonntag werden die Uhren {way}"


def _nh_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie Nordhessen Heute auf Facebook"),
                  (NH_PUSH.isoformat(), "🔔 Aktivieren Sie unsere Push-Nachrichten für "
                                        "Eilmeldungen aus Nordhessen"))
    votes: list[Event] = [
        _vote("2016-03-06", "🗳️ Kommunalwahl in Hessen: Ergebnisse aus allen Gemeinden",
              before=3, after=2),
        _vote("2017-09-24", "🗳️ Bundestagswahl 2017: Ergebnisse aus den Wahlkreisen Kassel "
                            "und Waldeck", before=3, after=1),
        _vote("2018-10-28", "🗳️ Landtagswahl in Hessen: alle Ergebnisse und Stimmen",
              before=3, after=1),
        _vote("2019-05-26", "🗳️ Europawahl 2019: So hat Nordhessen gewählt", before=3,
              after=1),
    ]
    news = [
        _span("2017-06-10", "2017-09-17", "🎨 documenta 14 in Kassel: Ausstellungsorte, "
                                          "Öffnungszeiten und Tickets"),
        _span("2020-03-16", "2020-05-31", "🦠 Coronavirus in Hessen: Regeln, Fallzahlen und "
                                          "Hotlines im Überblick"),
    ]
    clocks = _movable(lambda y: last_weekday(y, 3, 6), 3, 0, _nh_clock(True))
    clocks += _movable(lambda y: last_weekday(y, 10, 6), 3, 0, _nh_clock(False))
    markets = _yearly("12-01", 10, 21, lambda y: f"🎄 Weihnachtsmärkte {y} in Kassel und der "
                                                 f"Region: Öffnungszeiten und Programm",
                      years=range(2015, 2020))
    return _calendar(base, votes, news, clocks, markets)


def nordhessen_style() -> PublisherStyle:
    """A regional portal of northern Hesse running dpa copy: a section kicker, the numeric
    date and the time turned the weekday, the long date and summer or winter time on the night
    the clocks went back in 2017 (a wording per day), "Von ..., dpa", "Mehr zum Thema:" up to
    twice, a dpa photographer's credit, dpa's regional-service tag from a pool, dpa's story
    number by day from 2020 (the bare agency line before), an agency-feed note reworded on
    the GDPR day, the seasons of pollen, lakes, storms and black ice, a social line turned a
    push-alert appeal and turned by local, federal, state and European votes, the documenta,
    the 2020 rules, the clock changes and the Christmas markets, the publisher line and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="nordhessen-heute.de", site="Nordhessen Heute", base_size=195,
        subdomains=(("www.", 100),),
        sections=("kassel", "region", "hessen", "politik", "wirtschaft", "sport"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Kassel", "Region", "Hessen", "Politik", "Panorama", "Wirtschaft",
                       "Sport"),
            "dienst": ("dpa/lhe", "dpa", "dpa/lth", "dpa/lni", "dpa-AFX"),
        },
        families=(
            _f("rubrik", HEADER, 0.4, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_nh_dated)),
            _f("autor", HEADER, 0.35, (_OLD, "Von {author}, dpa")),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {author2}/dpa")),
            _f("kuerzel", FOOTER, 0.5, (_OLD, "({dienst})")),
            _f("dpa-id", FOOTER, 0.3, (_OLD, "© dpa-infocom GmbH"),
               *_daily(_nh_dpa_id, first=NH_DPA_ID)),
            _f("hinweis", FOOTER, 0.35, (_OLD, "Dieser Artikel wurde automatisch aus dem "
                                               "dpa-Nachrichtenfeed übernommen."),
               (NH_NOTE.isoformat(), "Diese Meldung stammt von der Deutschen Presse-Agentur "
                                     "und wurde von unserer Redaktion nicht bearbeitet.")),
            _f("jahreszeit", FOOTER, 0.12, *_seasons(
                ("03-15", "🌼 Pollenflug in Nordhessen: die Vorhersage für die nächsten Tage"),
                ("06-01", "🏊 Badeseen in Nordhessen: Wasserqualität und Öffnungszeiten"),
                ("09-20", "🍂 Herbststürme: aktuelle Unwetterwarnungen für Ihre Region"),
                ("11-20", "❄️ Glätte und Schnee: die Straßenlage in Nordhessen"))),
            _f("hinweis-aktuell", FOOTER, 0.3, *_nh_notice()),
            _f("verlag", FOOTER, 0.25, (_OLD, "Nordhessen Heute ist ein Angebot der Fulda-Eder "
                                              "Mediengesellschaft mbH.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Nordhessen Heute {year} – Alle Rechte "
                                                 "vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung dieses "
                                                 "Artikels war der Ort falsch angegeben.")),
        ),
    )


# --- a local site of the Serchio valley running ANSA copy (Lucca) --------------------------

GS_REDESIGN = dt.date(2018, 3, 4)  # relaunched on the day of the 2018 general election
GS_WHATSAPP = dt.date(2017, 11, 6)
LUCCA_COMICS_2020 = "🎭 Lucca Changes 2020: il festival diffuso nei negozi e online"


def _gs_ansa(day: dt.date) -> str:
    return f"(ANSA) - {{citta}}, {day.day:02d} {ANSA_MONTHS[day.month - 1]} -"


def _gs_dated(day: dt.date) -> str:
    if day < GS_REDESIGN:
        return f"{day.day} {ITALIAN_MONTHS[day.month - 1]} {day.year}"
    return (f"{ITALIAN_WEEKDAYS[day.weekday()]} {day.day} {ITALIAN_MONTHS[day.month - 1]} "
            f"{day.year}, ore {{time}}")


def _gs_comics(y: int) -> str:
    if y == 2020:
        return LUCCA_COMICS_2020
    return f"🦸 Lucca Comics & Games {y}: biglietti, navette e strade chiuse"


def _gs_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook e Instagram"),
                  (GS_WHATSAPP.isoformat(), "📲 Ricevi le notizie della Valle del Serchio su "
                                            "WhatsApp: scrivi ISCRIVIMI al 333 000 0412"))
    votes: list[Event] = [
        _vote("2015-05-31", "🗳️ Elezioni regionali in Toscana: i risultati comune per "
                            "comune", before=2, after=1),
        _vote("2016-12-04", "🗳️ Referendum costituzionale: orari dei seggi e come si vota",
              before=3, after=1),
        _vote("2017-06-11", "🗳️ Amministrative a Lucca: affluenza e risultati", before=2,
              after=0),
        _vote("2017-06-25", "🗳️ Ballottaggio a Lucca: affluenza e risultati", before=2,
              after=0),
        _vote("2018-03-04", "🗳️ Elezioni politiche 2018: la diretta dello spoglio", before=3,
              after=1),
        _vote("2019-05-26", "🗳️ Elezioni europee 2019: la diretta dello spoglio", before=2,
              after=1),
        _span("2020-09-17", "2020-09-22", "🗳️ Referendum e regionali del 20 e 21 settembre: "
                                          "come si vota"),
    ]
    news = [_span("2020-03-09", "2020-05-17", "🏠 #iorestoacasa: le regole del decreto e i "
                                              "numeri utili in provincia di Lucca")]
    feasts = _yearly("11-01", 4, 0, _gs_comics)
    feasts += _movable(carnival_tuesday, 3, 0, lambda y: f"🎭 Carnevale di Viareggio {y}: "
                                                         f"corsi mascherati e viabilità")
    feasts += _yearly("08-15", 1, 0, lambda _: "☀️ Buon Ferragosto dalla redazione!")
    return _calendar(base, votes, news, feasts)


def serchio_style() -> PublisherStyle:
    """A local site of the Serchio valley near Lucca running ANSA copy: a section kicker, the
    long date turned the weekday, the date and the time on the 2018 general election day (a
    wording per day), ANSA's dateline with its city from a pool and the agency's upper-case
    month (a wording per day), "di" with the reporter, "LEGGI ANCHE:" up to twice, an ANSA
    photographer's credit, the source from a pool, a social line turned a WhatsApp appeal and
    turned by the regional, constitutional, municipal, general and European votes, the 2020
    lockdown, Lucca Comics (changed in 2020), Viareggio's carnival and Ferragosto, a
    subscription rising, ANSA's reproduction line, the registration line and the rights line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="gazzettadelserchio.it", site="Gazzetta del Serchio", base_size=170,
        subdomains=(("www.", 100),),
        sections=("cronaca", "politica", "economia", "cultura", "sport", "italia-mondo"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/{n}/",
        pools={
            "sezione": ("Cronaca", "Politica", "Italia e mondo", "Economia", "Cultura",
                        "Sport"),
            "citta": ("ROMA", "MILANO", "FIRENZE", "LUCCA", "BRUXELLES", "NAPOLI", "TORINO"),
            "fonte": ("ANSA", "ANSA Toscana", "Adnkronos", "AGI", "redazione"),
        },
        families=(
            _f("sezione", HEADER, 0.4, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.8, *_by_day(_gs_dated)),
            _f("firma", HEADER, 0.4, (_OLD, "di {author}")),
            _f("ansa", HEADER, 0.5, *_by_day(_gs_ansa)),
            _f("leggi", MIDDLE, 0.3, (_OLD, "LEGGI ANCHE: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "(Foto ANSA/{author2})")),
            _f("fonte", FOOTER, 0.25, (_OLD, "Fonte: {fonte}")),
            _f("avviso", FOOTER, 0.3, *_gs_notice()),
            _f("abbonati", FOOTER, 0.15, (_OLD, "Sostieni l'informazione locale: abbonati a 1 € "
                                                "al mese"),
               ("2019-01-01", "Sostieni l'informazione locale: abbonati a 2,99 € al mese")),
            _f("riproduzione", FOOTER, 0.4, (_OLD, "© ANSA {year} – riproduzione riservata")),
            _f("testata", FOOTER, 0.25, (_OLD, "Testata registrata presso il Tribunale di Lucca, "
                                               "n. 7/2009 – Direttore responsabile: Giulia "
                                               "Pardini")),
            _f("diritti", FOOTER, 0.3, (_OLD, "© {year} Gazzetta del Serchio – Tutti i diritti "
                                              "riservati")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione dell'articolo "
                                              "era sbagliato il nome del comune.")),
        ),
    )


# --- an English fact-checker (India) -------------------------------------------------------

VL_REDESIGN = dt.date(2018, 4, 2)  # relaunched on International Fact-Checking Day 2018
VL_IFCN = dt.date(2017, 3, 15)
VL_PARTNER = dt.date(2018, 4, 16)
INDIAN_STATE_VOTES = (("2015-10-12", "2015-11-08", "Bihar"),
                      ("2017-02-11", "2017-03-11", "Uttar Pradesh"),
                      ("2018-05-10", "2018-05-15", "Karnataka"),
                      ("2020-02-06", "2020-02-11", "Delhi"),
                      ("2020-10-28", "2020-11-10", "Bihar"))


def _vl_dated(day: dt.date) -> str:
    if day < VL_REDESIGN:
        return (f"Published on {day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year} "
                f"{{time12}} IST")
    return (f"Updated: {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} | {{time12}} "
            f"IST")


def _vl_tips() -> Wordings:
    base = _steps((_OLD, "Send us claims to verify on WhatsApp: +91 00000 04721"),
                  (VL_REDESIGN.isoformat(), "📲 Got a suspicious forward? Send it to our "
                                            "WhatsApp tipline: +91 00000 04721"))
    votes: list[Event] = [
        _span("2019-04-09", "2019-05-23", "🗳️ Lok Sabha elections 2019: our election desk "
                                          "is checking claims through all seven phases"),
    ]
    votes += [_span(first, last, f"🗳️ {state} assembly election: the claims we checked")
              for first, last, state in INDIAN_STATE_VOTES]
    news = [
        _span("2016-11-08", "2016-12-30", "💸 Demonetisation: every fake claim about the new "
                                          "notes that we have checked"),
        _span("2020-03-15", "2020-09-30", "🦠 Coronavirus misinformation: our running list of "
                                          "debunked claims"),
    ]
    days = fact_checking_day(lambda y: f"✅ International Fact-Checking Day {y}: learn to "
                                       f"spot a fake in five steps")
    return _calendar(base, days, votes, news)


def verilens_style() -> PublisherStyle:
    """An English fact-checker in India: a kicker from a pool, "Published on" with the short
    date and Indian time turned "Updated:" on International Fact-Checking Day 2018 (a wording
    per day), "Fact Check by" turned writer and editor, the claimant from a pool, the claim
    reviewed, the verdict on one scale turned a rating on another, "Also Read:" up to twice,
    screenshot captions up to twice, the methodology line and a principles line turned the
    IFCN line (a block), a tips line turned the platform partnership line, a WhatsApp
    tipline reworded and turned by the Lok Sabha, state elections, demonetisation, the
    pandemic and Fact-Checking Day, a membership rising, a copyright line, a rare update."""
    return PublisherStyle(
        domain="verilens.in", site="VeriLens", base_size=150,
        subdomains=(("www.", 100),),
        sections=("fact-check", "fake-news", "explainers", "health", "politics"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("FACT CHECK", "FAKE NEWS", "VIRAL CHECK", "EXPLAINER", "HEALTH CHECK"),
            "claimant": ("Facebook posts", "WhatsApp forwards", "A viral video on Twitter",
                         "A YouTube channel", "A political leader", "News channels"),
            "verdict_old": ("False", "Mostly False", "Half True", "Misleading", "True"),
            "verdict": ("False", "Misleading", "Missing Context", "Partly False", "Satire",
                        "True"),
            "platform": ("Facebook", "WhatsApp", "Twitter", "Instagram", "YouTube"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_vl_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Fact Check by {author}"),
               (VL_REDESIGN.isoformat(), "Written by {author} | Edited by {author2}")),
            _f("claimant", HEADER, 0.45, (_OLD, "Claimed by: {claimant}")),
            _f("claim", HEADER, 0.25, (_OLD, "Claim reviewed: {title}")),
            _f("verdict", HEADER, 0.7, (_OLD, "Verdict: {verdict_old}"),
               (VL_REDESIGN.isoformat(), "Our rating: {verdict}")),
            _f("also-read", MIDDLE, 0.3, (_OLD, "Also Read: {other_title}"), count=2),
            _f("screenshot", MIDDLE, 0.3, (_OLD, "Screenshot of the viral {platform} post"),
               count=2),
            _f("methodology", FOOTER, 0.3, (_OLD, "How we fact-check: read our methodology and "
                                                  "rating scale.")),
            _f("ifcn", FOOTER, 0.3, (_OLD, "We are committed to non-partisanship, transparency "
                                           "of sources and open corrections."),
               (VL_IFCN.isoformat(), "VeriLens is a verified signatory of the International "
                                     "Fact-Checking Network's code of principles.")),
            _f("partner", FOOTER, 0.2, (_OLD, "Spotted a suspicious forward? Send it to us and "
                                              "we will check it."),
               (VL_PARTNER.isoformat(), "This fact-check was written as part of our work with "
                                        "Facebook's third-party fact-checking programme.")),
            _f("tipline", FOOTER, 0.3, *_vl_tips()),
            _f("member", FOOTER, 0.15, (_OLD, "Support independent fact-checking: become a "
                                              "member from ₹99 a month."),
               ("2020-04-01", "Support independent fact-checking: become a member from ₹149 a "
                              "month.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} VeriLens. All rights reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this article has been updated with a "
                                              "response from the person quoted.")),
        ),
    )


# --- a regional portal running Anadolu, İHA and DHA copy (İzmir) ---------------------------

EP_REDESIGN = dt.date(2018, 6, 24)  # relaunched on the 2018 election day
EP_AGENCY_NOTE = dt.date(2016, 10, 1)
EP_TELEGRAM = dt.date(2019, 9, 16)
USD_TRY = {2015: 2.72, 2016: 3.02, 2017: 3.65, 2018: 4.83, 2019: 5.68, 2020: 7.01}
EUR_TRY = {2015: 3.02, 2016: 3.34, 2017: 4.12, 2018: 5.68, 2019: 6.36, 2020: 8.03}
GRAM_GOLD = {2015: 105.0, 2016: 125.0, 2017: 150.0, 2018: 195.0, 2019: 260.0, 2020: 420.0}


def _ep_dated(day: dt.date) -> str:
    if day < EP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} - {{time}}"
    return (f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year} "
            f"{TURKISH_WEEKDAYS[day.weekday()]}, {{time}}")


def _ep_markets(day: dt.date) -> str:
    closed = business_day(day)
    return (f"💱 Piyasalar ({closed.day:02d}.{closed.month:02d}): Dolar "
            f"{comma(rate(day, 'usd', USD_TRY, 0.04), 4)} TL · Euro "
            f"{comma(rate(day, 'eur', EUR_TRY, 0.04), 4)} TL · Gram altın "
            f"{comma(rate(day, 'gold', GRAM_GOLD, 0.04))} TL")


def _ep_notice() -> Wordings:
    base = _steps((_OLD, "Bizi Twitter ve Facebook'ta takip edin"),
                  (EP_TELEGRAM.isoformat(), "📲 Son dakika haberleri için Telegram kanalımıza "
                                            "katılın"))
    votes = [_vote(day, f"🗳️ {kind}: İzmir'de sandık sonuçları", before=2, after=1)
             for day, kind in TURKISH_VOTES.items()]
    news = [
        _span("2020-03-11", "2020-06-01", "🦠 Koronavirüs: İzmir'de alınan tedbirler ve "
                                          "yasaklar"),
        _span("2020-10-30", "2020-11-15", "⚠️ İzmir depremi: yardım noktaları ve AFAD "
                                          "duyuruları"),
    ]
    feasts = _movable(_listed(RAMAZAN_BAYRAMI), 1, 2, lambda _: "🌙 Ramazan Bayramınız "
                                                                "mübarek olsun")
    feasts += _movable(_listed(KURBAN_BAYRAMI), 1, 3, lambda _: "🐑 Kurban Bayramınız "
                                                                "mübarek olsun")
    feasts += _yearly("10-29", 1, 0, lambda y: f"🇹🇷 Cumhuriyetimizin {y - 1923}. yılı kutlu "
                                               f"olsun")
    feasts += _yearly("09-09", 1, 0, lambda y: f"İzmir'in kurtuluşunun {y - 1922}. yıl "
                                               f"dönümü kutlu olsun")
    feasts += _yearly("07-15", 1, 0, lambda y: f"15 Temmuz Demokrasi ve Milli Birlik Günü: "
                                               f"darbe girişiminin {y - 2016}. yıl dönümü",
                      years=range(2017, 2021))
    return _calendar(base, votes, news, feasts)  # the 2020 measures win over that Eid


def egepostasi_style() -> PublisherStyle:
    """A regional portal in İzmir running Anadolu, İHA and DHA copy: a category kicker, the
    numeric date and the time turned the long date with the weekday on the 2018 election day
    (a wording per day), the agency's dateline with its city and agency from pools, the
    reporter, "İLGİLİ HABER:" up to twice, a photo credit, the source from a pool, the markets
    by business day, an agency note reworded, a copying warning, a social line turned a
    Telegram appeal and turned by six votes, the 2020 measures, the İzmir earthquake, the two
    Eids, Republic Day, İzmir's liberation and 15 July with their counts, the masthead and a
    rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="egepostasi.com.tr", site="Ege Postası", base_size=130,
        subdomains=(("www.", 100),),
        sections=("gundem", "izmir", "ekonomi", "spor", "dunya", "asayis"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("GÜNDEM", "İZMİR", "EKONOMİ", "SPOR", "DÜNYA", "ASAYİŞ"),
            "sehir": ("İZMİR", "ANKARA", "İSTANBUL", "MANİSA", "AYDIN", "DENİZLİ"),
            "ajans": ("AA", "İHA", "DHA"),
            "kaynak": ("AA", "İHA", "DHA", "Ege Postası"),
        },
        families=(
            _f("kategori", HEADER, 0.4, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.8, *_by_day(_ep_dated)),
            _f("muhabir", HEADER, 0.3, (_OLD, "Muhabir: {author}")),
            _f("ajans-basi", HEADER, 0.45, (_OLD, "{sehir} ({ajans})")),
            _f("ilgili", MIDDLE, 0.3, (_OLD, "İLGİLİ HABER: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotoğraf: {ajans}")),
            _f("kaynak", FOOTER, 0.35, (_OLD, "Kaynak: {kaynak}")),
            _f("piyasa", FOOTER, 0.12, *_by_day(_ep_markets)),
            _f("ajans-notu", FOOTER, 0.3, (_OLD, "Bu haber ajans kaynaklıdır; metin üzerinde "
                                                 "değişiklik yapılmamıştır."),
               (EP_AGENCY_NOTE.isoformat(), "Ajans haberleri, abonelik sözleşmesi kapsamında "
                                            "ve metne dokunulmadan yayımlanmaktadır.")),
            _f("uyari", FOOTER, 0.2, (_OLD, "Haberlerimizin izinsiz kopyalanması ve kaynak "
                                            "gösterilmeden kullanılması yasaktır.")),
            _f("duyuru", FOOTER, 0.3, *_ep_notice()),
            _f("kunye", FOOTER, 0.25, (_OLD, "İmtiyaz Sahibi: Ege Medya Yayıncılık A.Ş. · "
                                             "Sorumlu Yazı İşleri Müdürü: Ayşe Karaca")),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Ege Postası. Tüm hakları saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde ilçenin adı "
                                                "yanlış yazılmıştır.")),
        ),
    )


# --- a Hindi news site running PTI-Bhasha and IANS copy ------------------------------------

SS_REDESIGN = dt.date(2017, 8, 15)  # relaunched on Independence Day 2017
SS_DIGITS = dt.date(2019, 10, 27)  # datelines in Devanagari digits from Diwali 2019
SS_FEED = dt.date(2018, 1, 1)
SS_APP = dt.date(2018, 6, 1)


def _ss_dateline(day: dt.date) -> str:
    number = digits(day.day, DEVANAGARI_ZERO) if day >= SS_DIGITS else str(day.day)
    return f"{{shahar}}, {number} {HINDI_MONTHS[day.month - 1]} (भाषा)"


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"अपडेटेड: {day.day} {HINDI_MONTHS[day.month - 1]} {day.year}, {{time12}} IST"
    return (f"{HINDI_WEEKDAYS[day.weekday()]}, {day.day} {HINDI_MONTHS[day.month - 1]} "
            f"{day.year} | {{time}} IST")


def _ss_notice() -> Wordings:
    base = _steps((_OLD, "हमें फेसबुक और ट्विटर पर फॉलो करें"),
                  (SS_APP.isoformat(), "📲 ताज़ा खबरों के लिए समाचार सेतु का ऐप डाउनलोड करें"))
    votes: list[Event] = [
        _vote("2015-11-08", "🗳️ बिहार विधानसभा चुनाव के नतीजे: पल-पल की खबर", before=1,
              after=0),
        _vote("2017-03-11", "🗳️ उत्तर प्रदेश चुनाव नतीजे: पल-पल की खबर", before=1, after=0),
        _span("2019-04-11", "2019-05-23", "🗳️ लोकसभा चुनाव 2019: सात चरणों की हर खबर"),
    ]
    news = [
        _span("2016-11-08", "2016-12-30", "💸 नोटबंदी: बैंक और एटीएम से जुड़ी हर जानकारी"),
        _span("2020-03-25", "2020-05-31", "🏠 लॉकडाउन: क्या खुला, क्या बंद - पूरी जानकारी"),
    ]
    feasts = _yearly("08-15", 1, 0, lambda y: f"🇮🇳 {y - 1946}वें स्वतंत्रता दिवस की हार्दिक "
                                              f"शुभकामनाएं")
    feasts += _yearly("01-26", 1, 0, lambda y: f"🇮🇳 {y - 1949}वें गणतंत्र दिवस की हार्दिक "
                                               f"शुभकामनाएं")
    feasts += _movable(_listed(DIWALI), 2, 1, lambda _: "🪔 दीपावली की हार्दिक शुभकामनाएं")
    feasts += _movable(_listed(HOLI), 1, 0, lambda _: "🎨 होली की हार्दिक शुभकामनाएं")
    return _calendar(base, votes, news, feasts)


def samacharsetu_style() -> PublisherStyle:
    """A Hindi news site running PTI-Bhasha and IANS copy: a section kicker, "अपडेटेड:" with
    the date and the time turned the weekday, the date and Indian time on Independence Day 2017
    (a wording per day), PTI-Bhasha's dateline with its city from a pool (in Devanagari digits
    from Diwali 2019, a wording per day), the writer, "ये भी पढ़ें:" up to twice, advertisement
    markers, a photo credit from a pool, an unedited-feed note reworded, the agency input from
    a pool, a social line turned an app appeal and turned by state and general elections,
    demonetisation, the lockdown, Independence and Republic Day with their counts, Diwali and
    Holi, a news-tips address and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="samacharsetu.com", site="समाचार सेतु", base_size=110,
        subdomains=(("www.", 80), ("hindi.", 20)),
        sections=("desh", "videsh", "rajya", "khel", "karobar", "manoranjan"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "shreni": ("देश", "विदेश", "राज्य", "खेल", "कारोबार", "मनोरंजन"),
            "shahar": ("नई दिल्ली", "मुंबई", "लखनऊ", "पटना", "जयपुर", "भोपाल", "कोलकाता"),
            "photo": ("पीटीआई", "आईएएनएस", "सोशल मीडिया", "फाइल फोटो"),
            "agency": ("भाषा", "आईएएनएस", "पीटीआई"),
        },
        families=(
            _f("shreni", HEADER, 0.4, (_OLD, "{shreni}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_ss_dated)),
            _f("lekhak", HEADER, 0.35, (_OLD, "लेखक: {author}")),
            _f("dateline", HEADER, 0.5, *_by_day(_ss_dateline)),
            _f("ye-bhi", MIDDLE, 0.35, (_OLD, "ये भी पढ़ें: {other_title}"), count=2),
            _f("vigyapan", MIDDLE, 0.25, (_OLD, "विज्ञापन"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "(फोटो: {photo})")),
            _f("feed", FOOTER, 0.45, (_OLD, "(यह खबर समाचार एजेंसी की फीड से ली गई है और "
                                            "इसमें कोई संपादन नहीं किया गया है।)"),
               (SS_FEED.isoformat(), "(इस खबर को समाचार सेतु की टीम ने संपादित नहीं किया है। "
                                     "यह सिंडिकेट फीड से सीधे प्रकाशित की गई है।)")),
            _f("input", FOOTER, 0.3, (_OLD, "इनपुट: {agency}")),
            _f("suchna", FOOTER, 0.3, *_ss_notice()),
            _f("khabar-bhejen", FOOTER, 0.2, (_OLD, "कोई खबर या सुझाव? हमें लिखें: "
                                                    "news@samacharsetu.com")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} समाचार सेतु. सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस खबर के पिछले संस्करण में मंत्री का नाम "
                                              "गलत छप गया था।")),
        ),
    )


# --- a Chinese news aggregator running Xinhua and China News Service copy ------------------

HX_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the first day of the Year of the Dog
HX_APP = dt.date(2019, 1, 1)
HX_DISCLAIMER = dt.date(2019, 7, 1)


def _hx_dated(day: dt.date) -> str:
    if day < HX_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    weekday = CHINESE_WEEKDAYS[day.weekday()]
    return f"{day.year}年{day.month:02d}月{day.day:02d}日 {{time}} {weekday}"


def _hx_dateline(day: dt.date) -> str:
    return f"{{dianxun}}{day.month}月{day.day}日电（记者 {{jizhe}}）"


def _hx_notice() -> Wordings:
    base = _steps((_OLD, "扫码关注华讯快报微信公众号，每天推送热点新闻"),)
    covid = [_span("2020-01-23", "2020-04-08", "抗击新冠肺炎疫情：实时动态与权威发布")]
    festivals = _movable(_listed(LUNAR_NEW_YEAR), 1, 6,
                         lambda y: f"🧧 华讯快报祝您{ZODIAC[y]}年大吉，新春快乐！")
    sessions = [_span(first, last, f"聚焦{y}年全国两会") for y, (first, last) in
                TWO_SESSIONS.items()]
    national = _yearly("10-01", 1, 6, lambda y: f"🇨🇳 庆祝中华人民共和国成立{y - 1949}周年")
    victory = [_span("2015-09-01", "2015-09-04", "纪念中国人民抗日战争暨世界反法西斯战争胜利70"
                                                "周年")]
    return _calendar(base, covid, festivals, sessions, victory, national)


def huaxun_style() -> PublisherStyle:
    """A Chinese news aggregator running Xinhua and China News Service copy: a channel kicker,
    the ISO date and the time turned the Chinese date, the time and the weekday on the first
    day of the Year of the Dog (a wording per day), the source from a pool, the agency's
    dateline with its bureau and reporter from pools (a wording per day), "相关阅读：" up to
    twice, an advertisement marker, a picture credit from a pool, the editor in charge from a
    pool, a reposting disclaimer reworded, an app line reworded, a WeChat line turned by the
    Spring Festival with its zodiac, the two sessions (moved in 2020), National Day with its
    count, the 2015 parade and the 2020 epidemic, the copyright line and the ICP licence (a
    block), a rare correction."""
    return PublisherStyle(
        domain="huaxunkuaibao.com", site="华讯快报", base_size=90,
        subdomains=(("www.", 60), ("m.", 40)),
        sections=("guonei", "guoji", "caijing", "shehui", "keji", "tiyu"),
        n_authors=5, url_path="/a/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("国内", "国际", "财经", "社会", "科技", "体育"),
            "laiyuan": ("新华网", "中国新闻网", "人民网", "央视新闻客户端", "新华社"),
            "dianxun": ("新华社北京", "新华社上海", "中新社北京", "新华社广州", "新华社华盛顿",
                        "中新网"),
            "jizhe": ("王晓明", "李静", "张伟", "刘洋", "陈晨", "赵磊"),
            "bianji": ("孙悦", "周敏", "吴昊", "郑丽"),
            "tupian": ("新华社", "视觉中国", "中新网", "网络"),
        },
        families=(
            _f("lanmu", HEADER, 0.4, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.8, *_by_day(_hx_dated)),
            _f("laiyuan", HEADER, 0.7, (_OLD, "来源：{laiyuan}")),
            _f("dianxun", HEADER, 0.45, *_by_day(_hx_dateline)),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.2, (_OLD, "广告")),
            _f("tupian", MIDDLE, 0.2, (_OLD, "（图片来源：{tupian}）")),
            _f("zebian", FOOTER, 0.55, (_OLD, "【责任编辑：{bianji}】")),
            _f("shengming", FOOTER, 0.4, (_OLD, "声明：本文转载自{laiyuan}，仅代表原作者观点，"
                                                "不代表华讯快报立场。"),
               (HX_DISCLAIMER.isoformat(), "免责声明：本文来源于{laiyuan}，版权归原作者所有。"
                                           "如涉及版权问题，请与我们联系删除。")),
            _f("app", FOOTER, 0.2, (_OLD, "下载华讯快报App，新闻资讯随时看"),
               (HX_APP.isoformat(), "打开华讯快报App，阅读更多精彩内容")),
            _f("tongzhi", FOOTER, 0.25, *_hx_notice()),
            _f("banquan", FOOTER, 0.35, (_OLD, "Copyright © 2015-{year} 华讯快报 版权所有")),
            _f("icp", FOOTER, 0.25, (_OLD, "京ICP备00000000号-1")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前版本中有关数据有误，现已更正。")),
        ),
    )


# --- an Australian news aggregator running AAP copy ----------------------------------------

SW_REDESIGN = dt.date(2019, 5, 18)  # relaunched on the 2019 federal election day
SW_NEWSLETTER = dt.date(2017, 8, 1)


def melbourne_cup(y: int) -> dt.date:
    """The Melbourne Cup: the first Tuesday of November."""
    return nth_weekday(y, 11, 1, 1)


def _sw_dated(day: dt.date) -> str:
    zone = "AEDT" if aedt(day) else "AEST"
    if day < SW_REDESIGN:
        return (f"Posted {ENGLISH_WEEKDAYS[day.weekday()][:3]} {day.day} "
                f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, {{time12}}")
    return f"Updated {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} — {{time12}} {zone}"


def _sw_anzac(y: int) -> str:
    if y == 2020:
        return "Anzac Day 2020: services are cancelled, so light up the dawn from your driveway"
    return f"Lest we forget: Anzac Day {y} dawn services and marches near you"


def _sw_notice() -> Wordings:
    base = _steps((_OLD, "Every major Australian headline, in one place"),
                  (SW_NEWSLETTER.isoformat(), "📬 The Morning Roundup: the ten stories "
                                              "everyone's talking about, in your inbox by "
                                              "7am"))
    votes: list[Event] = [
        _vote("2016-07-02", "🗳️ Federal election 2016: live results from every seat",
              before=3, after=2),
        _vote("2019-05-18", "🗳️ Federal election 2019: live results from every seat",
              before=3, after=2),
        _span("2017-09-12", "2017-11-15", "📮 Marriage law postal survey: what you need to "
                                          "know"),
    ]
    news = [
        _span("2019-11-08", "2020-02-15", "🔥 Bushfire emergency: live updates, evacuation "
                                          "centres and how to help"),
        _span("2020-03-16", "2020-06-30", "🦠 Coronavirus in Australia: the latest numbers "
                                          "and restrictions by state"),
    ]
    anzac = _yearly("04-25", 1, 0, _sw_anzac)
    feasts = _yearly("01-26", 1, 0, lambda y: f"🇦🇺 Australia Day {y}: events, honours and "
                                               f"the citizenship ceremonies")
    feasts += _movable(melbourne_cup, 3, 0, lambda y: f"🏇 Melbourne Cup {y}: the field, the "
                                                      f"form and your office sweep")
    # Anzac Day 2020 wins over the pandemic; the bushfires win over Australia Day 2020.
    return _calendar(base, votes, anzac, news, feasts)


def southernwire_style() -> PublisherStyle:
    """An Australian news aggregator running AAP copy: the source from a pool, "Posted" with
    the short weekday and date turned "Updated" with the long date and eastern standard or
    daylight time on the 2019 federal election day (a wording per day), the AAP reporter,
    "Also trending:" up to twice, a picture credit, a "Read the full story" line, the bare
    AAP tag, a tagline turned a newsletter appeal and turned by federal elections, the
    marriage survey, the bushfires, the pandemic, Anzac Day (changed in 2020), Australia Day
    and the Melbourne Cup, an aggregation notice and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="southernwire.com.au", site="The Southern Wire", base_size=70,
        subdomains=(("www.", 100),),
        sections=("national", "world", "business", "sport", "entertainment"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "source": ("AAP", "Australian Associated Press", "AAP Newswire", "AAP Sport"),
            "pic": ("AAP Image", "AAP Image/Dean Lewins", "Getty Images", "Supplied"),
        },
        families=(
            _f("source", HEADER, 0.6, (_OLD, "Source: {source}")),
            _f("dated", HEADER, 0.8, *_by_day(_sw_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "{author} | Australian Associated Press")),
            _f("trending", MIDDLE, 0.3, (_OLD, "Also trending: {other_title}"), count=2),
            _f("pic", MIDDLE, 0.2, (_OLD, "Picture: {pic}")),
            _f("full-story", FOOTER, 0.35, (_OLD, "Read the full story at {source}")),
            _f("aap", FOOTER, 0.35, (_OLD, "— AAP")),
            _f("notice", FOOTER, 0.3, *_sw_notice()),
            _f("aggregation", FOOTER, 0.25, (_OLD, "The Southern Wire gathers stories from news "
                                                   "agencies and publishers; each story belongs "
                                                   "to its publisher.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Southern Wire Pty Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: an earlier version of this "
                                                  "story misnamed the minister.")),
        ),
    )


# --- a Colombian fact-checker --------------------------------------------------------------

LU_REDESIGN = dt.date(2018, 3, 11)  # relaunched on the 2018 legislative election day
LU_VEREDICTO = dt.date(2019, 4, 2)
LU_IFCN = dt.date(2017, 6, 1)
COLOMBIAN_VOTES = {"2018-03-11": "Elecciones legislativas", "2018-05-27":
                   "Primera vuelta presidencial", "2018-06-17": "Segunda vuelta presidencial",
                   "2019-10-27": "Elecciones regionales"}


def _lu_dated(day: dt.date) -> str:
    if day < LU_REDESIGN:
        return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return (f"Publicado el {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year} - {{time}}")


def _lu_notice() -> Wordings:
    base = _steps((_OLD, "¿Vio algo dudoso? Envíenos su pregunta por WhatsApp al +57 300 000 "
                         "0419"),)
    votes: list[Event] = [_vote("2016-10-02", "🕊️ Plebiscito por la paz: verificamos lo que "
                                              "dicen el Sí y el No", before=10, after=1)]
    votes += [_vote(day, f"🗳️ {kind}: chequeamos lo que dicen los candidatos", before=5,
                    after=1) for day, kind in COLOMBIAN_VOTES.items()]
    news = [
        _span("2019-11-21", "2019-12-10", "Paro nacional: chequeamos los videos y audios que "
                                          "circulan"),
        _span("2020-03-20", "2020-08-31", "#CoronaVerificado: todo lo que hemos chequeado "
                                          "sobre el COVID-19"),
    ]
    days = fact_checking_day(lambda y: f"✅ Día Internacional de la Verificación de Datos "
                                       f"{y}: aprenda a detectar una cadena falsa")
    return _calendar(base, days, votes, news)


def lupaandina_style() -> PublisherStyle:
    """A Colombian fact-checker: a kicker from a pool, the long date turned "Publicado el"
    with the weekday and the time on the 2018 legislative election day (a wording per day),
    "Por" turned the checker and the editor, who said it from a pool, "Calificación:" turned
    "Veredicto:" on Fact-Checking Day 2019 with the rating from a pool, "Le puede interesar:"
    once, a screenshot caption, the methodology line, an independence line turned the IFCN
    line, a WhatsApp line turned by the peace plebiscite, four elections, the 2019 strike,
    the pandemic and Fact-Checking Day, a donation rising, the licence line, a rare
    correction."""
    return PublisherStyle(
        domain="lupaandina.org", site="Lupa Andina", base_size=55,
        subdomains=(("", 100),),
        sections=("chequeos", "explicadores", "politica", "salud", "detector"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "etiqueta": ("Chequeo", "Detector de mentiras", "Explicador", "Chequeo de "
                         "datos"),
            "quien": ("Una cadena de WhatsApp", "Un trino viral", "Un candidato al Congreso",
                      "Una publicación en Facebook", "Un video en YouTube"),
            "calificacion": ("Falso", "Engañoso", "Cuestionable", "Verdadero, pero",
                             "Inchequeable", "Verdadero"),
            "red": ("Facebook", "Twitter", "WhatsApp", "YouTube", "Instagram"),
        },
        families=(
            _f("etiqueta", HEADER, 0.5, (_OLD, "{etiqueta}")),
            _f("fecha", HEADER, 0.75, *_by_day(_lu_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (LU_REDESIGN.isoformat(), "Chequeo: {author} | Edición: {author2}")),
            _f("quien", HEADER, 0.4, (_OLD, "¿Quién lo dijo? {quien}")),
            _f("calificacion", HEADER, 0.65, (_OLD, "Calificación: {calificacion}"),
               (LU_VEREDICTO.isoformat(), "Veredicto: {calificacion}")),
            _f("interesar", MIDDLE, 0.25, (_OLD, "Le puede interesar: {other_title}")),
            _f("captura", MIDDLE, 0.25, (_OLD, "Captura de pantalla de la publicación original "
                                               "en {red}")),
            _f("metodologia", FOOTER, 0.3, (_OLD, "¿Cómo calificamos? Consulte nuestra "
                                                  "metodología y la escala de calificaciones.")),
            _f("ifcn", FOOTER, 0.25, (_OLD, "Lupa Andina es un proyecto de periodismo "
                                            "independiente, sin afiliación política."),
               (LU_IFCN.isoformat(), "Lupa Andina es signataria del código de principios de la "
                                     "Red Internacional de Verificación de Datos (IFCN).")),
            _f("whatsapp", FOOTER, 0.3, *_lu_notice()),
            _f("donar", FOOTER, 0.2, (_OLD, "Apoye la verificación independiente: done desde "
                                            "$20.000 pesos"),
               ("2020-01-01", "Apoye la verificación independiente: done desde $30.000 "
                              "pesos")),
            _f("licencia", FOOTER, 0.25, (_OLD, "Este contenido se publica bajo licencia "
                                                "Creative Commons BY-NC-ND 4.0.")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: en una versión anterior "
                                                  "citamos una cifra de 2017, no de 2018.")),
        ),
    )


# --- a German fact-checker -----------------------------------------------------------------

FL_REDESIGN = dt.date(2019, 5, 26)  # relaunched on the 2019 European election day
FL_WHATSAPP = dt.date(2018, 10, 1)
FL_PARTNER = dt.date(2019, 3, 1)


def _fl_dated(day: dt.date) -> str:
    if day < FL_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"veröffentlicht am {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}, {{time}} Uhr"


def _fl_notice() -> Wordings:
    base = _steps((_OLD, "Sie haben einen Hinweis? Schicken Sie uns verdächtige Beiträge an "
                         "hinweis@faktenlage.de"),
                  (FL_WHATSAPP.isoformat(), "📲 Verdächtige Nachricht bekommen? Leiten Sie sie "
                                            "an unseren WhatsApp-Faktencheck weiter: +49 151 "
                                            "0000 0391"))
    votes: list[Event] = [
        _vote("2017-09-24", "🗳️ Bundestagswahl 2017: Wir prüfen, was im Wahlkampf behauptet "
                            "wird", before=21, after=1),
        _vote("2019-05-26", "🗳️ Europawahl 2019: unsere Faktenchecks zum Wahlkampf", before=14,
              after=1),
        _vote("2019-09-01", "🗳️ Landtagswahlen in Sachsen und Brandenburg: Behauptungen im "
                            "Check", before=7, after=1),
        _vote("2019-10-27", "🗳️ Landtagswahl in Thüringen: Behauptungen im Check", before=7,
              after=1),
        _vote("2020-11-03", "🇺🇸 US-Wahl 2020: Falschmeldungen rund um die Abstimmung",
              before=7, after=7),
    ]
    news = [_span("2020-03-12", "2020-06-30", "🦠 Corona-Faktenchecks: Falschmeldungen zum "
                                              "Virus im Überblick")]
    return _calendar(base, votes, news)


def faktenlage_style() -> PublisherStyle:
    """A German fact-checker: a kicker from a pool, the numeric date turned "veröffentlicht
    am" with the long date and the time on the 2019 European election day (a wording per
    day), "von" with the checker, what was checked from a pool, the rating from a pool
    reworded, screenshot captions, "Lesen Sie auch:" once, the method line, a tip line turned a
    WhatsApp appeal and turned by federal, European, state and US votes and the pandemic, a
    donation rising, an independence line turned the platform partnership line, the legal
    line, a rare correction."""
    return PublisherStyle(
        domain="faktenlage.de", site="Faktenlage", base_size=40,
        subdomains=(("", 100),),
        sections=("faktencheck", "hintergrund", "kurz-geprueft"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Faktencheck", "Hintergrund", "Kurz geprüft"),
            "herkunft": ("Facebook-Beitrag", "Sharepic", "Video auf YouTube",
                         "Kettennachricht auf WhatsApp", "Tweet", "Telegram-Kanal"),
            "bewertung": ("Falsch", "Größtenteils falsch", "Teilweise falsch",
                          "Fehlender Kontext", "Unbelegt", "Richtig"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("datum", HEADER, 0.7, *_by_day(_fl_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "von {author}")),
            _f("geprueft", HEADER, 0.4, (_OLD, "Geprüft: {herkunft}")),
            _f("bewertung", HEADER, 0.65, (_OLD, "Bewertung: {bewertung}"),
               (FL_REDESIGN.isoformat(), "Unsere Bewertung: {bewertung}")),
            _f("screenshot", MIDDLE, 0.3, (_OLD, "(Screenshot: {herkunft}, Schwärzung durch "
                                                 "die Redaktion)"), count=2),
            _f("lesen", MIDDLE, 0.2, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("methodik", FOOTER, 0.3, (_OLD, "So arbeiten wir: Unsere Bewertungsskala und "
                                               "unsere Quellen erklären wir in der Methodik.")),
            _f("hinweis", FOOTER, 0.3, *_fl_notice()),
            _f("spende", FOOTER, 0.2, (_OLD, "Unterstützen Sie unabhängige Faktenchecks – schon "
                                             "5 Euro im Monat helfen."),
               ("2020-01-01", "Unterstützen Sie unabhängige Faktenchecks – schon 8 Euro im "
                              "Monat helfen.")),
            _f("partner", FOOTER, 0.15, (_OLD, "Faktenlage ist unabhängig und überparteilich."),
               (FL_PARTNER.isoformat(), "Dieser Faktencheck entstand im Rahmen unserer "
                                        "Zusammenarbeit mit Facebook.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Faktenlage gGmbH · gemeinnützige Redaktion · "
                                                "Berlin")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Wir haben eine falsche "
                                                 "Jahreszahl berichtigt.")),
        ),
    )


# --- a small Turkish fact-checker ----------------------------------------------------------

DH_REDESIGN = dt.date(2019, 3, 31)  # relaunched on the 2019 local election day


def _dh_dated(day: dt.date) -> str:
    if day < DH_REDESIGN:
        return f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} · {{time}}"


def _dh_notice() -> Wordings:
    base = _steps((_OLD, "Doğrulamamızı istediğiniz iddiaları bize iletin: "
                         "ihbar@dogrulukhatti.org"),)
    votes = [_vote(day, f"🗳️ {kind}: seçim sürecinde dolaşan iddiaları doğruluyoruz",
                   before=7, after=1) for day, kind in TURKISH_VOTES.items()]
    news = [
        _span("2020-03-11", "2020-06-30", "🦠 Koronavirüs hakkında yanlış bilgiler: "
                                          "doğruladığımız iddialar"),
        _span("2020-10-30", "2020-11-10", "⚠️ İzmir depremi: sosyal medyada dolaşan sahte "
                                          "yardım çağrılarına dikkat"),
    ]
    days = fact_checking_day(lambda _: "✅ 2 Nisan Uluslararası Doğruluk Kontrolü Günü "
                                       "kutlu olsun")
    return _calendar(base, _first_come(votes, days), news)


def dogrulukhatti_style() -> PublisherStyle:
    """A small Turkish fact-checker: the long date turned the numeric date and the time on the
    2019 local election day (a wording per day), "Yazan:", where the claim came from (a pool),
    "Sonuç:" turned "Değerlendirme:" with the rating from a pool, screenshot captions, "Bunu da
    okuyun:" once, an e-mail tip line turned by six votes, the pandemic, the İzmir earthquake
    and Fact-Checking Day, a donation rising, the licence and a rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="dogrulukhatti.org", site="Doğruluk Hattı", base_size=30,
        subdomains=(("", 100),),
        sections=("dogrulama", "aciklayici", "saglik", "siyaset"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "kaynak": ("Twitter", "Facebook", "WhatsApp zinciri", "YouTube videosu",
                       "Bir köşe yazısı"),
            "sonuc": ("Yanlış", "Büyük ölçüde yanlış", "Yarı doğru", "Bağlamından koparılmış",
                      "Kanıtlanamadı", "Doğru"),
        },
        families=(
            _f("tarih", HEADER, 0.65, *_by_day(_dh_dated)),
            _f("yazan", HEADER, 0.45, (_OLD, "Yazan: {author}")),
            _f("iddia", HEADER, 0.45, (_OLD, "İddianın kaynağı: {kaynak}")),
            _f("sonuc", HEADER, 0.65, (_OLD, "Sonuç: {sonuc}"),
               (DH_REDESIGN.isoformat(), "Değerlendirme: {sonuc}")),
            _f("ekran", MIDDLE, 0.25, (_OLD, "(Ekran görüntüsü: {kaynak})"), count=2),
            _f("bunu-da", MIDDLE, 0.2, (_OLD, "Bunu da okuyun: {other_title}")),
            _f("ihbar", FOOTER, 0.35, *_dh_notice()),
            _f("destek", FOOTER, 0.2, (_OLD, "Bağımsız doğrulamaya destek olun: aylık 10 TL"),
               ("2019-01-01", "Bağımsız doğrulamaya destek olun: aylık 20 TL")),
            _f("lisans", FOOTER, 0.3, (_OLD, "İçeriklerimiz kaynak gösterilerek serbestçe "
                                             "paylaşılabilir (CC BY 4.0).")),
            _f("telif", FOOTER, 0.3, (_OLD, "© {year} Doğruluk Hattı")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Bu yazının önceki halinde bir tarih "
                                                "yanlış verilmişti.")),
        ),
    )


def heldout123_styles() -> list[PublisherStyle]:
    """The held-back-123 styles, in the order the generator hands them to publishers."""
    return [
        meridian_style(), continental_style(), nordhessen_style(), serchio_style(),
        verilens_style(), egepostasi_style(), samacharsetu_style(), huaxun_style(),
        southernwire_style(), lupaandina_style(), faktenlage_style(), dogrulukhatti_style(),
    ]
