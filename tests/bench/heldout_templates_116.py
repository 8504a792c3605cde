"""The ``held-back-116`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-114 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are news media of the Nordic countries, Iceland, the Faroes
and Greenland, with Sámi and Kven media, large and small: a Norwegian national daily in Oslo
(Bokmål), a Swedish regional daily in the ore fields of Kiruna and Gällivare, a Danish local
daily in Thy, a Finnish regional daily in Kainuu, an Icelandic news site in Reykjavík, an
English and Russian borderland news site in Kirkenes, a Nynorsk local paper in Sogn, a
Faroese news site in Tórshavn, a Northern Sámi news site in Kautokeino, a Greenlandic and
Danish weekly in Nuuk, an Åland archipelago paper in Swedish and a small Kven and Norwegian
monthly in Finnmark. The families are the kinds a crawl of such sites holds: dates localised
day by day in Bokmål, Swedish, Danish, Finnish, Icelandic, English with Russian, Nynorsk,
Faroese, Northern Sámi, Greenlandic with Danish, Åland Swedish and Kven with Norwegian (each
changing form on the day of a redesign), lines that turn every day (tomorrow's electricity
price in Oslo, the sun over Kiruna with its midnight sun and polar night, the northern lights
forecast in winter, the border's exchange rate, two ferries' first departures by weekday,
summer timetable and holiday), every week (a news quiz, a crossword, the week's paper by its
ISO week, a weekly's number in the year), twice a week (an island paper's number) and every
month (a monthly's number), the seasons of tyres, ski holidays, midnight sun and polar
night, berries, surfing, fruit blossom, puffins, sheep gathering, reindeer migrations, sled
dogs, ships and ferries, bylines and datelines of many shapes, kickers, read-also and related
links (some up to two times, one in Russian), photo credits, sources, cross-posts in a second
language, press-ethics, editor, membership and copyright lines, newsletter, app, podcast,
membership and social appeals, prices in Norwegian, Swedish and Danish kroner, euros and
Icelandic krónur (several rising over the years), notices reworded in 2016-2020, notices
that follow the region's calendars (general, local, presidential, Sámi parliament, Løgting,
Inatsisartut, Lagting and European votes, Russian votes and the 2020 constitutional vote,
Iceland at the Euro 2016 and the 2018 World Cup, the Arctic Winter Games in Nuuk, the 2020
lockdowns and the closed border, national days with their counts (the constitution, the
republic, independence, the flag, home rule, self-government, the Sámi national day, the
liberation of Finnmark), the Queen of Denmark's birthday with her age, Easter's crime novels
and the Sámi Easter festival, Great Prayer Day, midsummer, St John's Eve, the first day of
summer, the start of Þorri, Ólavsøka, the Kven people's day, Lucia and Christmas), multi-line
blocks, mid-body inserts, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
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
    easter,
    nth_or_last_weekday,
)
from tests.bench.heldout_calendar import family as _f
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

ONE = dt.timedelta(days=1)

BOKMAL_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                 "september", "oktober", "november", "desember")
BOKMAL_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NYNORSK_WEEKDAYS = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag")
SWEDISH_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                  "september", "oktober", "november", "december")
SWEDISH_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")
DANISH_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
FINNISH_WEEKDAYS_ESSIVE = ("maanantaina", "tiistaina", "keskiviikkona", "torstaina",
                           "perjantaina", "lauantaina", "sunnuntaina")
KVEN_MONTHS = ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
               "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu")
KVEN_WEEKDAYS = ("maanantai", "tiistai", "keskiviikko", "tuorestai", "perjantai", "lauantai",
                 "sunnuntai")
ICELANDIC_MONTHS = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst",
                    "september", "október", "nóvember", "desember")
ICELANDIC_WEEKDAYS = ("Mánudagur", "Þriðjudagur", "Miðvikudagur", "Fimmtudagur", "Föstudagur",
                      "Laugardagur", "Sunnudagur")
FAROESE_MONTHS = ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "desember")
FAROESE_WEEKDAYS = ("Mánadagur", "Týsdagur", "Mikudagur", "Hósdagur", "Fríggjadagur",
                    "Leygardagur", "Sunnudagur")
SAMI_MONTHS = ("ođđajagemánnu", "guovvamánnu", "njukčamánnu", "cuoŋománnu", "miessemánnu",
               "geassemánnu", "suoidnemánnu", "borgemánnu", "čakčamánnu", "golggotmánnu",
               "skábmamánnu", "juovlamánnu")
SAMI_WEEKDAYS = ("vuossárga", "maŋŋebárga", "gaskavahkku", "duorastat", "bearjadat",
                 "lávvardat", "sotnabeaivi")
GREENLANDIC_MONTHS = ("januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli",
                      "aggusti", "septembari", "oktobari", "novembari", "decembari")
GREENLANDIC_WEEKDAYS = ("ataasinngorneq", "marlunngorneq", "pingasunngorneq",
                        "sisamanngorneq", "tallimanngorneq", "arfininngorneq", "sapaat")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """How many `weekday`s have passed from the first one of the set's period to `day`'s
    latest one (0 in the first week)."""
    return (latest(day, weekday) - latest(FIRST_DAY + dt.timedelta(days=6), weekday)).days // 7


def in_year(day: dt.date, *weekdays: int) -> int:
    """How many of `weekdays` (Monday 0) there have been from 1 January of `day`'s year up
    to `day` (0 before the first)."""
    first = dt.date(day.year, 1, 1)
    return sum((first + k * ONE).weekday() in weekdays for k in range((day - first).days + 1))


def between(y: int, month: int, first: int, weekday: int) -> dt.date:
    """The `weekday` (Monday 0) among days `first` to `first + 6` of `month` in `y`."""
    start = dt.date(y, month, first)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def midsummer_eve(y: int) -> dt.date:
    """Midsummer Eve in Sweden, Finland and Åland: the Friday from 19 to 25 June."""
    return between(y, 6, 19, 4)


def first_day_of_summer(y: int) -> dt.date:
    """Iceland's first day of summer: the first Thursday after 18 April."""
    return between(y, 4, 19, 3)


def bondadagur(y: int) -> dt.date:
    """The first day of Þorri (husbands' day): the Friday from 19 to 25 January."""
    return between(y, 1, 19, 4)


def great_prayer_day(y: int) -> dt.date:
    """Denmark's Great Prayer Day: the fourth Friday after Easter."""
    return easter(y) + dt.timedelta(days=26)


def summer_time(day: dt.date) -> bool:
    """Whether Central European Summer Time is in force on `day` (from the last Sunday of
    March to the day before the last Sunday of October)."""
    return (nth_or_last_weekday(day.year, 3, 6, -1) <= day
            < nth_or_last_weekday(day.year, 10, 6, -1))


def iso_week(day: dt.date) -> int:
    return day.isocalendar()[1]


# --- a Norwegian national daily (Oslo, Bokmål) -----------------------------------------------

NO_REDESIGN = dt.date(2017, 10, 16)
NO_APP = dt.date(2017, 5, 2)
NO_EDITOR = dt.date(2019, 6, 1)


def spot_price(day: dt.date) -> float:
    """Tomorrow's average electricity price in Oslo (NO1), øre per kWh, as printed on `day`
    (a made-up figure in the range of each year; very low in 2020)."""
    low, high = {2015: (150, 320), 2016: (180, 360), 2017: (240, 360), 2018: (300, 560),
                 2019: (280, 500), 2020: (5, 260)}.get(day.year, (200, 400))
    return hashed(day, "spot", low, high) / 10


def _no_spot(day: dt.date) -> str:
    price = f"{spot_price(day):.1f}".replace(".", ",")
    return f"⚡ Strømprisen i morgen, Oslo (NO1): {price} øre/kWh i snitt"


def quiz_number(day: dt.date) -> int:
    """The number of the weekly news quiz out on `day` (a new one every Friday)."""
    return 212 + weeks_since(day, 4)


def _no_quiz(day: dt.date) -> str:
    return f"🧠 Ukens nyhetsquiz nr. {quiz_number(day)}: hvor godt har du fulgt med?"


def _no_dated(day: dt.date) -> str:
    if day < NO_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year} kl. {{time}}"
    return (f"Publisert: {BOKMAL_WEEKDAYS[day.weekday()]} {day.day}. "
            f"{BOKMAL_MONTHS[day.month - 1]} {day.year} kl. {{time}}")


def _no_notice() -> Wordings:
    base = _steps((_OLD, "Følg Dagsposten på Facebook og Twitter"),
                  (NO_APP.isoformat(), "📲 Last ned Dagsposten-appen og få pushvarsel når "
                                       "store nyheter skjer"))
    news: list[Event] = [
        _vote("2015-09-14", "🗳️ Kommunevalget 2015: valgvake med resultater fra alle landets "
                            "kommuner", before=3),
        _vote("2017-09-11", "🗳️ Stortingsvalget 2017: følg valgnatten direkte hos oss",
              before=3),
        _vote("2019-09-09", "🗳️ Kommune- og fylkestingsvalget 2019: valgvake med resultater "
                            "fra hele landet", before=3),
        _span("2020-03-12", "2020-06-14", "🦠 Koronaviruset: alle saker om smitte og tiltak er "
                                          "åpne for alle lesere"),
    ]
    feasts = _yearly("05-17", 1, 0, lambda y: f"🇳🇴 Gratulerer med dagen! Grunnloven fyller "
                                              f"{y - 1814} år")
    feasts += _movable(easter, 4, 1, lambda _: "🐣 Påskekrim: les årets føljetong hver dag i "
                                               "påsken")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 God jul! Papiravisen kommer ikke ut 25. og "
                                               "26. desember")
    return _calendar(base, news, feasts)


def dagsposten_style() -> PublisherStyle:
    """A Norwegian national daily (Oslo, Bokmål): a kicker, "Publisert" with a dotted date
    and the time turned the weekday and the long date (a wording per day), the byline turned
    with the reporter's beat, "LES OGSÅ:" up to twice, a photo credit, a news agency's line,
    tomorrow's electricity price every day, the weekly news quiz every Friday, the seasons of
    ski holidays, tyres and the Christmas calendar, a social line turned an app appeal and
    turned by three votes, the 2020 open articles, Constitution Day with its count, Easter's
    crime serial and Christmas, a subscription price rising, press ethics, the editor
    (changed in 2019) and a copyright line (a block), a rare live tag and a rare
    correction."""
    return PublisherStyle(
        domain="dagsposten.no", site="Dagsposten", base_size=250,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("nyheter", "innenriks", "utenriks", "okonomi", "sport", "kultur", "debatt"),
        n_authors=16, url_path="/{section}/i/{n}/{slug}",
        pools={
            "stikk": ("NYHETER", "INNENRIKS", "UTENRIKS", "POLITIKK", "ØKONOMI", "SPORT",
                      "KULTUR", "DEBATT"),
            "beat": ("journalist", "politisk reporter", "økonomijournalist",
                     "utenriksmedarbeider", "kommentator", "sportsjournalist"),
            "foto": ("NTB scanpix", "Dagsposten", "Reuters", "AFP", "AP"),
            "byra": ("NTB", "Reuters", "AFP", "AP"),
        },
        families=(
            _f("stikktittel", HEADER, 0.5, (_OLD, "{stikk}")),
            _f("dato", HEADER, 0.85, *_by_day(_no_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "{author}"),
               (NO_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("direkte", HEADER, 0.05, (_OLD, "🔴 DIREKTE")),
            _f("les-ogsa", MIDDLE, 0.35, (_OLD, "LES OGSÅ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("byra", FOOTER, 0.15, (_OLD, "Saken er oppdatert med opplysninger fra {byra}.")),
            _f("strom", FOOTER, 0.15, *_by_day(_no_spot)),
            _f("quiz", FOOTER, 0.12, *_by_day(_no_quiz)),
            _f("sesong", FOOTER, 0.12, *_seasons(
                ("02-10", "⛷️ Vinterferie: skiføre, løyper og hytteveier i hele landet"),
                ("04-20", "🚗 Piggdekksesongen er over: dette gjelder for dekkskiftet"),
                ("10-15", "❄️ Vinterdekk: når du kan bruke piggdekk, og hva det koster i "
                          "byene"),
                ("12-01", "🎄 Julekalenderen: en ny luke hver dag fram til julaften"))),
            _f("varsel", FOOTER, 0.3, *_no_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Dagsposten+: første måned for 1 kr, deretter "
                                                 "199 kr per måned"),
               ("2018-01-01", "Dagsposten+: første måned for 1 kr, deretter 229 kr per måned"),
               ("2020-01-01", "Dagsposten+: første måned for 1 kr, deretter 249 kr per "
                              "måned")),
            _f("presse", FOOTER, 0.3, (_OLD, "Vi følger Vær Varsom-plakaten og "
                                             "Redaktørplakaten. Mener du vi har brutt god "
                                             "presseskikk, kan du klage til PFU.")),
            _f("redaktor", FOOTER, 0.3, (_OLD, "Sjefredaktør og administrerende direktør: "
                                               "Kari Lunde Haugland"),
               (NO_EDITOR.isoformat(), "Sjefredaktør og administrerende direktør: Erlend "
                                       "Vik Sandnes")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Dagsposten AS")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: En tidligere versjon av saken "
                                                "oppga feil alder på en av de omtalte.")),
        ),
    )


# --- a Swedish regional daily (the ore fields: Kiruna and Gällivare) -------------------------

SE_REDESIGN = dt.date(2018, 9, 10)  # relaunched the day after the general election
SE_NEWSLETTER = dt.date(2017, 2, 1)
SE_PUBLISHER = dt.date(2019, 1, 1)
KIRUNA = (67.855, 20.225)  # latitude, longitude


def sun_over_kiruna(day: dt.date) -> tuple[str, str] | str:
    """Sunrise and sunset in Kiruna on `day` in local time ("HH:MM"), or "night" in the
    polar night and "sun" in the midnight sun (a simple solar formula with refraction)."""
    lat, lon = KIRUNA
    n = day.timetuple().tm_yday
    decl = math.radians(-23.44) * math.cos(2 * math.pi / 365 * (n + 10))
    b = 2 * math.pi * (n - 81) / 364
    eot = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)
    phi = math.radians(lat)
    cos_h = ((math.sin(math.radians(-0.833)) - math.sin(phi) * math.sin(decl))
             / (math.cos(phi) * math.cos(decl)))
    if cos_h >= 1:
        return "night"
    if cos_h <= -1:
        return "sun"
    hour_angle = math.degrees(math.acos(cos_h))
    zone = 2 if summer_time(day) else 1
    noon = 720 - 4 * lon + 60 * zone - eot

    def clock(minutes: float) -> str:
        m = round(minutes) % 1440
        return f"{m // 60:02d}:{m % 60:02d}"

    return clock(noon - 4 * hour_angle), clock(noon + 4 * hour_angle)


def _se_sun(day: dt.date) -> str:
    sun = sun_over_kiruna(day)
    if sun == "night":
        return "🌑 Mörkertid: solen går inte upp över Kiruna i dag"
    if sun == "sun":
        return "🌞 Midnattssol: solen går inte ner över Kiruna i dag"
    rise, set_ = sun
    return f"☀️ Solen i Kiruna i dag: upp {rise}, ner {set_}"


def _se_dated(day: dt.date) -> str:
    if day < SE_REDESIGN:
        return (f"Publicerad {day.day} {SWEDISH_MONTHS[day.month - 1]} {day.year} kl. "
                f"{{time}}")
    return (f"Uppdaterad {SWEDISH_WEEKDAYS[day.weekday()]} {day.day}/{day.month} {day.year} "
            f"{{time}}")


def _se_snow_festival(y: int) -> dt.date:
    return nth_or_last_weekday(y, 1, 3, -1)  # from the last Thursday of January


def _se_notice() -> Wordings:
    base = _steps((_OLD, "Följ Malmfältsbladet på Facebook och Instagram"),
                  (SE_NEWSLETTER.isoformat(), "📧 Prenumerera på vårt nyhetsbrev: det "
                                              "viktigaste från Malmfälten varje morgon"))
    news: list[Event] = [
        _vote("2018-09-09", "🗳️ Valet 2018: resultaten från Kiruna, Gällivare och Pajala hela "
                            "valnatten"),
        _vote("2019-05-26", "🗳️ EU-valet 2019: så röstade Norrbotten", before=4),
        _span("2020-03-16", "2020-09-30", "🦠 Coronaviruset: alla artiklar om smittan i "
                                          "Norrbotten är öppna för alla"),
    ]
    feasts = _movable(midsummer_eve, 1, 1, lambda _: "🌼 Glad midsommar! Nästa papperstidning "
                                                     "kommer på tisdag")
    feasts += _yearly("06-06", 0, 0, lambda _: "🇸🇪 Glad nationaldag!")
    feasts += _yearly("12-13", 0, 0, lambda _: "🕯️ Luciadagen: se luciatåget från Kiruna "
                                               "kyrka i efterhand på vår sajt")
    feasts += _movable(_se_snow_festival, 2, 3, lambda y: f"❄️ Snöfestivalen {y}: "
                                                          f"snöskulpturer, skoterdrag och "
                                                          f"hela programmet")
    return _calendar(base, news, feasts)


def malmfalt_style() -> PublisherStyle:
    """A Swedish regional daily (Kiruna and Gällivare): a town kicker, "Publicerad" with the
    long date and the time turned "Uppdaterad" with the weekday and a slashed date the day
    after the 2018 election (a wording per day), a text and photo byline turned the name
    with the paper, "Läs även:" up to twice, a picture credit and a source from pools, the
    sun over Kiruna every day (its polar night and midnight sun), the seasons of spring
    winter, midnight sun, berries and northern lights, a social line turned a newsletter
    appeal and turned by two votes, the 2020 open articles, midsummer, the national day,
    Lucia and the snow festival, a subscription price rising, the publisher (changed in
    2019), the tip-off line, a copyright notice and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="malmfaltsbladet.se", site="Malmfältsbladet", base_size=220,
        subdomains=(("www.", 100),),
        sections=("kiruna", "gallivare", "pajala", "norrbotten", "sport", "kultur"),
        n_authors=10, url_path="/nyheter/{section}/{slug}-{n}",
        pools={
            "vinjett": ("Kiruna", "Gällivare", "Pajala", "Norrbotten", "Samhällsomvandlingen",
                        "Gruvan", "Sport", "Kultur"),
            "bild": ("TT", "Malmfältsbladet", "LKAB", "Kiruna kommun", "Privat"),
            "kalla": ("TT", "Sveriges Radio Norrbotten", "Länsstyrelsen i Norrbotten",
                      "Polisen Region Nord"),
        },
        families=(
            _f("vinjett", HEADER, 0.45, (_OLD, "{vinjett}")),
            _f("datum", HEADER, 0.85, *_by_day(_se_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "Text: {author} · Foto: {author2}"),
               (SE_REDESIGN.isoformat(), "{author} | Malmfältsbladet")),
            _f("las-aven", MIDDLE, 0.3, (_OLD, "Läs även: {other_title}"), count=2),
            _f("bild", MIDDLE, 0.25, (_OLD, "Bild: {bild}")),
            _f("kalla", FOOTER, 0.15, (_OLD, "Artikeln bygger delvis på uppgifter från "
                                             "{kalla}.")),
            _f("solen", FOOTER, 0.2, *_by_day(_se_sun)),
            _f("sasong", FOOTER, 0.12, *_seasons(
                ("03-20", "🛷 Vårvinter på fjället: skoterleder, stugor och lavinrisk"),
                ("05-28", "🌞 Midnattssolens tid: evenemang och vandringar i fjällen"),
                ("08-10", "🫐 Bärsäsong: här hittar du hjortron och blåbär i år"),
                ("10-01", "🌌 Norrskenssäsongen är här: så ser du det bäst"))),
            _f("meddelande", FOOTER, 0.3, *_se_notice()),
            _f("prenumeration", FOOTER, 0.2, (_OLD, "Digital prenumeration: 99 kr/mån"),
               ("2018-01-01", "Digital prenumeration: 119 kr/mån"),
               ("2020-01-01", "Malmfältsbladet Plus: första månaden 1 kr, sedan 139 kr/mån")),
            _f("utgivare", FOOTER, 0.25, (_OLD, "Chefredaktör och ansvarig utgivare: Britt-Marie "
                                                "Lantto"),
               (SE_PUBLISHER.isoformat(), "Chefredaktör och ansvarig utgivare: Jonas "
                                          "Niemi")),
            _f("tips", FOOTER, 0.25, (_OLD, "Tipsa oss: tips@malmfaltsbladet.se eller sms till "
                                            "0000-00 00 00")),
            _f("upphovsratt", FOOTER, 0.3, (_OLD, "Allt material på sajten är skyddat enligt "
                                                  "lagen om upphovsrätt.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Malmfältsbladet {year}")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version av artikeln "
                                                "angavs fel datum för mötet.")),
        ),
    )


# --- a Danish local daily (Thy) --------------------------------------------------------------

DK_REDESIGN = dt.date(2017, 1, 2)
DK_NEWSLETTER = dt.date(2018, 4, 3)
DK_FOUNDED = 1883


def _dk_week(day: dt.date) -> str:
    return f"Thybo Tidende · uge {iso_week(day)} · {day.year - DK_FOUNDED}. årgang"


def _dk_dated(day: dt.date) -> str:
    if day < DK_REDESIGN:
        return (f"Offentliggjort {day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}, "
                f"kl. {{time}}")
    return (f"{DANISH_WEEKDAYS[day.weekday()]} d. {day.day}. {DANISH_MONTHS[day.month - 1]} "
            f"{day.year} · {{time}}")


def _dk_notice() -> Wordings:
    base = _steps((_OLD, "Synes godt om Thybo Tidende på Facebook"),
                  (DK_NEWSLETTER.isoformat(), "📰 Tilmeld dig nyhedsbrevet: dagens vigtigste "
                                              "nyheder fra Thy hver morgen kl. 6"))
    news: list[Event] = [
        _vote("2015-06-18", "🗳️ Folketingsvalg 2015: følg optællingen i Thy-kredsen her",
              before=5),
        _vote("2017-11-21", "🗳️ Kommunalvalg 2017: alle stemmetal fra Thisted Kommune",
              before=5),
        _vote("2019-05-26", "🗳️ Europa-Parlamentsvalg 2019: sådan stemte Thy", before=5),
        _vote("2019-06-05", "🗳️ Folketingsvalg 2019: følg optællingen i Thy-kredsen her",
              before=5),
        _span("2020-03-11", "2020-05-17", "🦠 Coronavirus: alle artikler om smitten i Thy er "
                                          "gratis at læse"),
    ]
    feasts = _yearly("04-16", 0, 0, lambda y: f"🎂 Dronningen fylder {y - 1940} år i dag")
    feasts += _yearly("06-05", 0, 0, lambda _: "🇩🇰 God grundlovsdag!")
    feasts += _yearly("06-23", 0, 0, lambda _: "🔥 Sankt Hans: se hvor bålene bliver tændt i "
                                               "aften")
    feasts += _movable(great_prayer_day, 1, 0, lambda _: "Store bededag: avisen udkommer ikke "
                                                         "i morgen")
    return _calendar(base, news, feasts)  # the 2019 vote falls on Constitution Day


def thybo_style() -> PublisherStyle:
    """A Danish local daily (Thy): a town kicker, "Offentliggjort" with the long date and the
    time turned the weekday and "d." on 2 January 2017 (a wording per day), "Af" turned with
    the photographer, "LÆS OGSÅ:" up to twice, a photo credit and a source from pools, the
    paper's ISO week and volume (turning every Monday and every New Year), the seasons of
    surfing, summer, rutting deer and Christmas markets, a social line turned a newsletter
    appeal and turned by four votes, the 2020 free articles, the Queen's birthday with her
    age, Constitution Day, St John's Eve and Great Prayer Day, a subscription price rising,
    the editor, the address, a reproduction notice and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="thybotidende.dk", site="Thybo Tidende", base_size=195,
        subdomains=(("www.", 90), ("", 10)),
        sections=("thisted", "hanstholm", "hurup", "sport", "erhverv", "debat"),
        n_authors=8, url_path="/{section}/{slug}/{n}",
        pools={
            "rubrik": ("Thisted", "Hanstholm", "Hurup", "Klitmøller", "Sport", "Erhverv",
                       "Debat", "112"),
            "foto": ("Ritzau Scanpix", "Thybo Tidende", "Privatfoto", "Thisted Kommune"),
            "kilde": ("Ritzau", "Nordjyllands Politi", "Thisted Kommune", "DMI"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("dato", HEADER, 0.8, *_by_day(_dk_dated)),
            _f("af", HEADER, 0.55, (_OLD, "Af {author}"),
               (DK_REDESIGN.isoformat(), "Af {author} · Foto: {author2}")),
            _f("laes-ogsaa", MIDDLE, 0.3, (_OLD, "LÆS OGSÅ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("kilde", FOOTER, 0.15, (_OLD, "Kilde: {kilde}")),
            _f("uge", FOOTER, 0.15, *_by_day(_dk_week)),
            _f("saeson", FOOTER, 0.12, *_seasons(
                ("03-15", "🏄 Surfsæsonen i Klitmøller: vind, bølger og vandtemperatur"),
                ("06-15", "🏖️ Sommer i Thy: strande, koncerter og markeder uge for uge"),
                ("09-01", "🦌 Kronhjortens brunst i Nationalpark Thy: her kan du lytte med"),
                ("11-15", "🎄 Julemarkeder i Thy: datoer og åbningstider"))),
            _f("meddelelse", FOOTER, 0.3, *_dk_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Digitalt abonnement: 3 måneder for 99 kr."),
               ("2018-01-01", "Digitalt abonnement: 3 måneder for 99 kr., derefter 149 kr./md."),
               ("2020-03-01", "Digitalt abonnement: første måned 1 kr., derefter 169 kr./md.")),
            _f("chefredaktor", FOOTER, 0.25, (_OLD, "Ansvarshavende chefredaktør: Poul Erik "
                                                    "Kjærgaard")),
            _f("adresse", FOOTER, 0.3, (_OLD, "Thybo Tidende · Storegade 00 · 7700 Thisted · "
                                              "Tlf. 00 00 00 00")),
            _f("gengivelse", FOOTER, 0.3, (_OLD, "Gengivelse af artikler og billeder, helt "
                                                 "eller delvis, kræver skriftlig aftale med "
                                                 "redaktionen.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Thybo Tidende {year}")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: Artiklen er rettet, da et navn var "
                                                "stavet forkert.")),
        ),
    )


# --- a Finnish regional daily (Kainuu) -------------------------------------------------------

FI_REDESIGN = dt.date(2019, 4, 15)  # relaunched the day after the parliamentary election
FI_APP = dt.date(2017, 9, 1)


def crossword_number(day: dt.date) -> int:
    """The number of the weekly crossword out on `day` (a new one every Saturday)."""
    return 1461 + weeks_since(day, 5)


def _fi_crossword(day: dt.date) -> str:
    return f"✏️ Viikon ristikko nro {crossword_number(day)} on julkaistu: ratkaise näköislehdessä"


def _fi_dated(day: dt.date) -> str:
    if day < FI_REDESIGN:
        return f"{day.day}.{day.month}.{day.year} {{time}}"
    return (f"Julkaistu {FINNISH_WEEKDAYS_ESSIVE[day.weekday()]} {day.day}.{day.month}."
            f"{day.year} klo {{time}}")


def _fi_independence(y: int) -> str:
    if y == 2017:
        return "🇫🇮 Suomi 100: hyvää satavuotista itsenäisyyspäivää!"
    return f"🇫🇮 Hyvää {y - 1917}. itsenäisyyspäivää!"


def _fi_notice() -> Wordings:
    base = _steps((_OLD, "Seuraa meitä Facebookissa ja Instagramissa"),
                  (FI_APP.isoformat(), "📱 Lataa Kainuun Vartija -sovellus: uutiset heti "
                                       "puhelimeesi"))
    news: list[Event] = [
        _vote("2015-04-19", "🗳️ Eduskuntavaalit 2015: Kainuun tulokset vaali-illan aikana",
              before=4),
        _vote("2017-04-09", "🗳️ Kuntavaalit 2017: kaikkien Kainuun kuntien tulokset",
              before=4),
        _vote("2018-01-28", "🗳️ Presidentinvaali 2018: seuraa ääntenlaskentaa", before=4),
        _vote("2019-04-14", "🗳️ Eduskuntavaalit 2019: Kainuun tulokset vaali-illan aikana",
              before=4),
        _vote("2019-05-26", "🗳️ Europarlamenttivaalit 2019: näin Kainuu äänesti", before=4),
        _span("2020-03-16", "2020-06-15", "⚠️ Koronaepidemia: kaikki aiheen jutut ovat "
                                          "maksutta luettavissa"),
    ]
    feasts = _yearly("12-06", 0, 0, _fi_independence)
    feasts += _movable(midsummer_eve, 1, 1, lambda _: "☀️ Hyvää juhannusta! Seuraava lehti "
                                                      "ilmestyy maanantaina")
    feasts += _yearly("04-30", 0, 1, lambda _: "🎈 Hauskaa vappua kaikille lukijoille!")
    return _calendar(base, news, feasts)


def kainuu_style() -> PublisherStyle:
    """A Finnish regional daily (Kainuu): a section kicker, a dotted date with the time
    turned "Julkaistu" with the weekday the day after the 2019 election (a wording per day),
    the reporter turned with the photographer, "LUE MYÖS:" up to twice, a photo credit and a
    source from pools, the weekly crossword every Saturday, the seasons of ski holidays,
    summer and mushrooms, a social line turned an app appeal and turned by five votes, the
    2020 free articles, Independence Day with its count (Finland 100 in 2017), midsummer and
    May Day, a subscription price rising, the editor-in-chief, the press council line and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kainuunvartija.fi", site="Kainuun Vartija", base_size=170,
        subdomains=(("www.", 100),),
        sections=("kotimaa", "kainuu", "kajaani", "urheilu", "talous", "kulttuuri"),
        n_authors=8, url_path="/uutiset/{section}/{n}",
        pools={
            "osasto": ("Kotimaa", "Kainuu", "Kajaani", "Urheilu", "Talous", "Kulttuuri",
                       "Mielipide"),
            "kuva": ("Lehtikuva", "Kainuun Vartija", "Kajaanin kaupunki", "Kotialbumi"),
            "lahde": ("STT", "Yle Kainuu", "Itä-Suomen poliisi", "Kainuun pelastuslaitos"),
        },
        families=(
            _f("osasto", HEADER, 0.45, (_OLD, "{osasto}")),
            _f("pvm", HEADER, 0.8, *_by_day(_fi_dated)),
            _f("toimittaja", HEADER, 0.5, (_OLD, "{author}"),
               (FI_REDESIGN.isoformat(), "Teksti: {author} | Kuvat: {author2}")),
            _f("lue-myos", MIDDLE, 0.3, (_OLD, "LUE MYÖS: {other_title}"), count=2),
            _f("kuva", MIDDLE, 0.25, (_OLD, "Kuva: {kuva}")),
            _f("lahde", FOOTER, 0.15, (_OLD, "Lähde: {lahde}")),
            _f("ristikko", FOOTER, 0.12, *_by_day(_fi_crossword)),
            _f("kausi", FOOTER, 0.12, *_seasons(
                ("02-15", "⛷️ Hiihtolomaviikot: Vuokatin ja Ukkohallan rinteet ja ladut"),
                ("06-01", "🛶 Kesä-Kainuu: tapahtumat, uimarannat ja melontareitit"),
                ("08-20", "🍄 Sienisyksy: mistä löytää kantarellit ja suppilovahverot"),
                ("11-20", "🎄 Joulun aukioloajat ja joulumarkkinat Kainuussa"))),
            _f("tiedote", FOOTER, 0.3, *_fi_notice()),
            _f("tilaus", FOOTER, 0.2, (_OLD, "Digitilaus 9,90 €/kk"),
               ("2018-01-01", "Digitilaus 12,90 €/kk"),
               ("2020-01-01", "Kokeile neljä viikkoa 1 eurolla, sen jälkeen 14,90 €/kk")),
            _f("paatoimittaja", FOOTER, 0.25, (_OLD, "Vastaava päätoimittaja: Riitta "
                                                     "Korhonen")),
            _f("jsn", FOOTER, 0.3, (_OLD, "Noudatamme Journalistin ohjeita. Hyvää "
                                          "journalistista tapaa valvoo Julkisen sanan "
                                          "neuvosto.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Kainuun Vartija {year}")),
            _f("oikaisu", HEADER, 0.04, (_OLD, "Oikaisu: Jutussa oli aiemmin virheellinen "
                                               "tieto kokouksen päivämäärästä.")),
        ),
    )


# --- an Icelandic news site (Reykjavík) ------------------------------------------------------

IS_REDESIGN = dt.date(2017, 10, 29)  # relaunched the day after the 2017 election
IS_NEWSLETTER = dt.date(2018, 2, 1)


def aurora(day: dt.date) -> int | None:
    """Tonight's northern lights forecast on the 0-9 scale (made up), or None from May to
    August when the nights are too bright for one."""
    if 5 <= day.month <= 8:
        return None
    return min(hashed(day, "aurora", 0, 9), hashed(day, "aurora2", 0, 9))


def _is_aurora(day: dt.date) -> str:
    level = aurora(day)
    if level is None:
        return "☀️ Norðurljósaspáin hefst aftur í september: næturnar eru of bjartar"
    return f"🌌 Norðurljósaspá kvöldsins: {level} af 9"


def _is_dated(day: dt.date) -> str:
    if day < IS_REDESIGN:
        return f"{day.day}.{day.month}.{day.year} | {{time}}"
    return (f"{ICELANDIC_WEEKDAYS[day.weekday()]} {day.day}. {ICELANDIC_MONTHS[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _is_notice() -> Wordings:
    base = _steps((_OLD, "Fylgstu með okkur á Facebook"),
                  (IS_NEWSLETTER.isoformat(), "📬 Skráðu þig á póstlistann og fáðu helstu "
                                              "fréttir dagsins á hverjum morgni"))
    news: list[Event] = [
        _vote("2016-06-25", "🗳️ Forsetakosningar 2016: fylgstu með talningunni í nótt",
              before=3),
        _vote("2016-10-29", "🗳️ Alþingiskosningar 2016: nýjustu tölur úr öllum kjördæmum",
              before=3),
        _vote("2017-10-28", "🗳️ Alþingiskosningar 2017: nýjustu tölur úr öllum kjördæmum",
              before=3),
        _vote("2020-06-27", "🗳️ Forsetakosningar 2020: fylgstu með talningunni í nótt",
              before=3),
        _span("2016-06-14", "2016-07-03", "⚽ Áfram Ísland! EM í Frakklandi: allt um "
                                          "strákana okkar"),
        _span("2018-06-16", "2018-06-26", "⚽ HM í Rússlandi: allt um strákana okkar"),
        _span("2020-03-16", "2020-05-03", "🦠 Samkomubann: nýjustu upplýsingar frá "
                                          "almannavörnum"),
    ]
    feasts = _yearly("06-17", 0, 0, lambda y: f"🇮🇸 Gleðilega þjóðhátíð! Lýðveldið er "
                                              f"{y - 1944} ára")
    feasts += _movable(first_day_of_summer, 0, 0, lambda _: "🌞 Gleðilegt sumar!")
    feasts += _movable(bondadagur, 0, 0, lambda _: "🍖 Þorrinn gengur í garð: til hamingju "
                                                   "með bóndadaginn")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Gleðileg jól!")
    return _calendar(base, feasts, news)  # National Day breaks into the Euro and the Cup


def frettaveitan_style() -> PublisherStyle:
    """An Icelandic news site (Reykjavík): a section kicker, a dotted date with the time
    turned the weekday and the long date the day after the 2017 election (a wording per
    day), "skrifar" turned "Höfundur:", "Sjá einnig:" up to twice, a photo credit and a
    source from pools, the northern lights forecast every night of the dark months, the
    seasons of tourists, whales and the Christmas lads, a social line turned a newsletter
    appeal and turned by four votes, the Euro 2016 and the 2018 World Cup, the 2020 ban on
    gatherings, National Day with the republic's age, the first day of summer, the first day
    of Þorri and Christmas, a subscription price rising, an independent journalism appeal,
    the editor and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="frettaveitan.is", site="Fréttaveitan", base_size=150,
        subdomains=(("www.", 100),),
        sections=("innlent", "erlent", "vidskipti", "ithrottir", "menning", "skodun"),
        n_authors=7, url_path="/frettir/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "flokkur": ("Innlent", "Erlent", "Viðskipti", "Íþróttir", "Menning", "Skoðun",
                        "Veður"),
            "mynd": ("Fréttaveitan", "Almannavarnir", "Veðurstofa Íslands", "Aðsend",
                     "Getty Images"),
            "heimild": ("RÚV", "Veðurstofa Íslands", "Lögreglan á höfuðborgarsvæðinu",
                        "Hagstofa Íslands"),
        },
        families=(
            _f("flokkur", HEADER, 0.45, (_OLD, "{flokkur}")),
            _f("dagsetning", HEADER, 0.8, *_by_day(_is_dated)),
            _f("hofundur", HEADER, 0.5, (_OLD, "{author} skrifar"),
               (IS_REDESIGN.isoformat(), "Höfundur: {author}")),
            _f("sja-einnig", MIDDLE, 0.3, (_OLD, "Sjá einnig: {other_title}"), count=2),
            _f("mynd", MIDDLE, 0.25, (_OLD, "Mynd: {mynd}")),
            _f("heimild", FOOTER, 0.15, (_OLD, "Heimild: {heimild}")),
            _f("nordurljos", FOOTER, 0.15, *_by_day(_is_aurora)),
            _f("arstid", FOOTER, 0.12, *_seasons(
                ("04-15", "🐋 Hvalaskoðun hafin: ferðir frá Reykjavík og Húsavík"),
                ("06-01", "🧳 Ferðasumarið: færð á vegum og lokanir á hálendinu"),
                ("09-15", "🍂 Haustlægðir: fylgstu með veðurviðvörunum"),
                ("12-12", "🎅 Jólasveinarnir koma til byggða einn af öðrum"))),
            _f("tilkynning", FOOTER, 0.3, *_is_notice()),
            _f("askrift", FOOTER, 0.2, (_OLD, "Vertu áskrifandi: 2.990 kr. á mánuði"),
               ("2019-01-01", "Vertu áskrifandi: 3.490 kr. á mánuði")),
            _f("styrkja", FOOTER, 0.15, (_OLD, "Styrktu óháða blaðamennsku: mánaðarlegt "
                                               "framlag frá 1.000 kr.")),
            _f("ritstjori", FOOTER, 0.25, (_OLD, "Ritstjóri og ábyrgðarmaður: Sigríður Hrund "
                                                 "Pálsdóttir")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Fréttaveitan ehf. {year} · Öll réttindi "
                                                "áskilin")),
            _f("leidretting", HEADER, 0.04, (_OLD, "Leiðrétting: Í fyrri útgáfu fréttarinnar "
                                                   "var rangt farið með nafn.")),
        ),
    )


# --- an English and Russian borderland news site (Kirkenes) ----------------------------------

BA_REDESIGN = dt.date(2018, 6, 1)
BA_RUSSIAN = dt.date(2016, 2, 17)  # the Russian edition, launched in festival week
BA_NEWSLETTER = dt.date(2017, 11, 3)


def border_rate(day: dt.date) -> float:
    """Roubles to the Norwegian krone on `day` (a made-up figure in the range of each
    year)."""
    low, high = {2015: (680, 860), 2016: (740, 860), 2017: (650, 720), 2018: (720, 800),
                 2019: (700, 760), 2020: (700, 880)}.get(day.year, (700, 800))
    return hashed(day, "rub", low, high) / 100


def _ba_rate(day: dt.date) -> str:
    return f"💱 Today's border rate: 1 NOK = {border_rate(day):.2f} RUB"


def _ba_dated(day: dt.date) -> str:
    if day < BA_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} · {day.day} "
            f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}")


def _ba_notice() -> Wordings:
    base = _steps((_OLD, "Follow Barents Crossing on Facebook and Twitter"),
                  (BA_NEWSLETTER.isoformat(), "📩 Get the Barents Crossing newsletter in your "
                                              "inbox every Friday"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Russia votes: Duma election results from Murmansk and "
                            "Arkhangelsk", before=3),
        _vote("2017-09-11", "🗳️ Norway votes: how Finnmark cast its ballots", before=3),
        _vote("2018-03-18", "🗳️ Russia's presidential election: results from the northern "
                            "regions", before=3),
        _span("2020-06-25", "2020-07-02", "🗳️ Russia's constitutional vote: turnout and "
                                          "results in the north"),
        _span("2020-03-16", "2020-12-31", "⛔ Storskog border crossing is closed to most "
                                          "travellers until further notice"),
    ]
    feasts = _yearly("10-25", 0, 0, lambda y: f"🕊️ {y - 1944} years since the liberation of "
                                              f"Eastern Finnmark")
    feasts += _yearly("02-16", 2, 3, lambda y: f"🎭 Barents Spektakel {y}: festival week in "
                                               f"Kirkenes")
    return _calendar(base, news, feasts)  # the 2020 vote breaks into the closed border


def barents_style() -> PublisherStyle:
    """An English and Russian borderland news site (Kirkenes): a kicker, a dotted date
    turned the English and the Russian long dates in June 2018 (a wording per day), "By"
    turned with the town, "Related:" up to twice and a Russian "read also" once, a photo
    credit from a pool, the border's exchange rate every day, a cross-post line turned to the
    Russian edition in 2016, the seasons of the polar night and the midnight sun, a social
    line turned a newsletter appeal and turned by four votes and the closed border of 2020,
    the liberation of Finnmark with its count and the festival week, a membership appeal
    rising, the editor's responsibility and a copyright line in English turned English and
    Russian (a block), a rare correction."""
    return PublisherStyle(
        domain="barentscrossing.no", site="Barents Crossing", base_size=130,
        subdomains=(("", 70), ("www.", 30)),
        sections=("borderland", "arctic", "industry", "security", "society", "climate"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("BORDERLAND", "ARCTIC", "INDUSTRY", "SECURITY", "SOCIETY", "CLIMATE",
                       "FISHERIES"),
            "photo": ("Barents Crossing", "Norwegian Coast Guard", "Sør-Varanger kommune",
                      "Rosmorport", "screenshot"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_ba_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (BA_REDESIGN.isoformat(), "By {author}, Kirkenes")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"), count=2),
            _f("chitayte", MIDDLE, 0.12, (_OLD, "Читайте также: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("rate", FOOTER, 0.15, *_by_day(_ba_rate)),
            _f("edition", FOOTER, 0.15, (_OLD, "This article is also published in Norwegian"),
               (BA_RUSSIAN.isoformat(), "Эта статья также опубликована на русском языке")),
            _f("season", FOOTER, 0.12, *_seasons(
                ("01-21", "☀️ The sun is back over Kirkenes after two months of polar night"),
                ("05-17", "🌞 Midnight sun season: the sun stays up until late July"),
                ("07-25", "🎣 King crab season and the autumn fisheries in the Varanger fjord"),
                ("11-21", "🌑 Polar night: the sun will not rise over Kirkenes until late "
                          "January"))),
            _f("notice", FOOTER, 0.3, *_ba_notice()),
            _f("support", FOOTER, 0.2, (_OLD, "Support independent journalism in the Arctic: "
                                              "become a member for 100 NOK a month"),
               ("2019-03-01", "Support independent journalism in the Arctic: become a member "
                              "for 150 NOK a month")),
            _f("liability", FOOTER, 0.25, (_OLD, "The editor-in-chief is responsible for all "
                                                 "content under the Norwegian Media Liability "
                                                 "Act.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Barents Crossing. All rights "
                                                 "reserved."),
               (BA_REDESIGN.isoformat(), "© {year} Barents Crossing. All rights reserved. Все "
                                         "права защищены.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article gave the wrong name of the "
                                                  "vessel.")),
        ),
    )


# --- a Nynorsk local paper (Sogn) ------------------------------------------------------------

NN_REDESIGN = dt.date(2019, 9, 10)  # relaunched the day after the local elections
NN_APP = dt.date(2018, 8, 15)


def ferry_first(day: dt.date) -> tuple[str, str]:
    """The first departure of the local ferry on `day` and the timetable it runs to (a
    made-up timetable: weekdays, Saturdays, Sundays and holidays, a summer timetable from 15
    June to 15 August)."""
    holidays = {(1, 1), (5, 1), (5, 17), (12, 25), (12, 26)}
    e = easter(day.year)
    moving = {e - 3 * ONE, e - 2 * ONE, e, e + ONE, e + 39 * ONE, e + 49 * ONE, e + 50 * ONE}
    summer = dt.date(day.year, 6, 15) <= day <= dt.date(day.year, 8, 15)
    if (day.month, day.day) in holidays or day in moving or day.weekday() == 6:
        return "07.30", "heilagdagsrute" if day.weekday() != 6 else "sundagsrute"
    if day.weekday() == 5:
        return "06.30", "sommarrute" if summer else "laurdagsrute"
    return ("05.00", "sommarrute") if summer else ("05.30", "kvardagsrute")


def _nn_ferry(day: dt.date) -> str:
    first, timetable = ferry_first(day)
    return (f"⛴️ Ferja Mannheller–Fodnes i dag ({NYNORSK_WEEKDAYS[day.weekday()]}): første "
            f"avgang kl. {first}, {timetable}")


def _nn_week(day: dt.date) -> str:
    thursday = latest(day, 3)
    return f"📰 Sogneposten veke {iso_week(thursday)}: e-avisa er ute torsdag"


def _nn_dated(day: dt.date) -> str:
    if day < NN_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Publisert {NYNORSK_WEEKDAYS[day.weekday()]} {day.day}. "
            f"{BOKMAL_MONTHS[day.month - 1]} {day.year}")


def _nn_notice() -> Wordings:
    base = _steps((_OLD, "Lik Sogneposten på Facebook"),
                  (NN_APP.isoformat(), "📲 Få push-varsel når noko skjer i Sogn: last ned "
                                       "appen vår"))
    news: list[Event] = [
        _vote("2015-09-14", "🗳️ Kommunevalet 2015: resultata frå alle kommunane i Sogn",
              before=3),
        _vote("2017-09-11", "🗳️ Stortingsvalet 2017: slik røysta Sogn", before=3),
        _vote("2019-09-09", "🗳️ Kommunevalet 2019: resultata frå alle kommunane i Sogn",
              before=3),
        _span("2020-03-12", "2020-06-14", "🦠 Korona: alle saker om smittevern er opne for "
                                          "alle"),
    ]
    feasts = _yearly("05-17", 2, 0, lambda _: "🇳🇴 Gratulerer med dagen! Sjå 17. "
                                              "mai-programmet for bygdene")
    feasts += _yearly("06-23", 0, 0, lambda _: "🔥 God jonsok! Her blir det bål i kveld")
    feasts += _yearly("12-23", 0, 3, lambda _: "🎄 God jul! Neste papiravis kjem 2. januar")
    return _calendar(base, news, feasts)


def sogneposten_style() -> PublisherStyle:
    """A Nynorsk local paper (Sogn): a village kicker, "Publisert" with a dotted date and
    the time turned the Nynorsk weekday and the long date the day after the 2019 local
    elections (a wording per day), "Tekst:" turned "Tekst og foto:", "Les òg:" up to twice, a
    photo credit from a pool, the ferry's first departure by weekday, summer timetable and
    holiday every day, the week's e-paper every Thursday, the seasons of skiing, fruit
    blossom, summer, apples and Christmas, a social line turned an app appeal and turned by
    three votes, the 2020 open articles, Constitution Day, St John's Eve and Christmas, a
    subscription price rising, the editor, the association line and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="sogneposten.no", site="Sogneposten", base_size=110,
        subdomains=(("www.", 100),),
        sections=("nyheiter", "sport", "kultur", "landbruk", "meiningar"),
        n_authors=5, url_path="/{section}/{slug}/{n}",
        pools={
            "stikkord": ("Sogndal", "Leikanger", "Luster", "Balestrand", "Sport", "Kultur",
                         "Landbruk", "Meiningar"),
            "foto": ("Sogneposten", "NTB", "Privat", "Statens vegvesen"),
        },
        families=(
            _f("stikkord", HEADER, 0.45, (_OLD, "{stikkord}")),
            _f("dato", HEADER, 0.75, *_by_day(_nn_dated)),
            _f("tekst", HEADER, 0.5, (_OLD, "Tekst: {author}"),
               (NN_REDESIGN.isoformat(), "Tekst og foto: {author}")),
            _f("les-og", MIDDLE, 0.3, (_OLD, "Les òg: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("ferje", FOOTER, 0.15, *_by_day(_nn_ferry)),
            _f("veke", FOOTER, 0.12, *_by_day(_nn_week)),
            _f("sesong", FOOTER, 0.12, *_seasons(
                ("02-01", "⛷️ Skisesongen: løypekøyring og skiheisar i Sogn"),
                ("05-01", "🌸 Fruktblomstringa i Sogn: her er ho finast no"),
                ("06-20", "☀️ Sommar i Sogn: konsertar, turar og marknader"),
                ("09-01", "🍎 Eplesesongen: pressing, sal og saftdagar"),
                ("11-20", "🎄 Julemarknader og konsertar i adventstida"))),
            _f("melding", FOOTER, 0.3, *_nn_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Digital tilgang: 149 kr/mnd"),
               ("2019-01-01", "Digital tilgang: 169 kr/mnd"),
               ("2020-06-01", "Digital tilgang: 189 kr/mnd, papir og digitalt 349 kr/mnd")),
            _f("redaktor", FOOTER, 0.25, (_OLD, "Ansvarleg redaktør: Ingrid Øvrebø Hauge")),
            _f("lla", FOOTER, 0.25, (_OLD, "Sogneposten er medlem av Landslaget for "
                                           "lokalaviser og følgjer Ver varsam-plakaten.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Sogneposten {year}")),
            _f("retting", HEADER, 0.04, (_OLD, "Retting: I ein tidlegare versjon av saka stod "
                                               "det feil namn på garden.")),
        ),
    )


# --- a Faroese news site (Tórshavn) ----------------------------------------------------------

FO_REDESIGN = dt.date(2019, 9, 1)  # relaunched the day after the Løgting election
FO_APP = dt.date(2018, 5, 2)


def ferry_times(day: dt.date) -> str | None:
    """The ferry's departures from Tórshavn to Suðuroy on `day` (a made-up timetable by
    weekday; None on Ólavsøka day and Christmas Day, when it runs to the holiday
    timetable)."""
    if (day.month, day.day) in {(7, 29), (12, 25), (1, 1)}:
        return None
    if day.weekday() == 5:
        return "09.00 og 15.30"
    if day.weekday() == 6:
        return "13.00 og 18.00"
    if day.weekday() == 4:
        return "07.30, 13.30 og 19.30"
    return "07.30, 13.30 og 17.15"


def _fo_ferry(day: dt.date) -> str:
    times = ferry_times(day)
    weekday = FAROESE_WEEKDAYS[day.weekday()].lower()
    if times is None:
        return f"⛴️ Smyril í dag ({weekday}): halgidagsferðaætlan, sí heimasíðuna hjá SSL"
    return f"⛴️ Smyril í dag ({weekday}): úr Tórshavn kl. {times}"


def _fo_dated(day: dt.date) -> str:
    if day < FO_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} - {{time}}"
    return (f"{FAROESE_WEEKDAYS[day.weekday()]} {day.day}. {FAROESE_MONTHS[day.month - 1]} "
            f"{day.year}")


def _fo_notice() -> Wordings:
    base = _steps((_OLD, "Fylg okkum á Facebook"),
                  (FO_APP.isoformat(), "📱 Fá tíðindini beinleiðis í fartelefonina: tak "
                                       "appina niður"))
    news: list[Event] = [
        _vote("2015-06-18", "🗳️ Fólkatingsval 2015: úrslitini úr Føroyum í kvøld", before=4),
        _vote("2015-09-01", "🗳️ Løgtingsval 2015: fylg teljingini við okkum", before=4),
        _vote("2019-06-05", "🗳️ Fólkatingsval 2019: úrslitini úr Føroyum í kvøld", before=4),
        _vote("2019-08-31", "🗳️ Løgtingsval 2019: fylg teljingini við okkum", before=4),
        _span("2020-03-12", "2020-05-31", "🦠 Koronavirus: nýggjastu tilmælini frá "
                                          "landslæknanum"),
    ]
    feasts = _yearly("04-25", 0, 0, lambda y: f"🇫🇴 Flaggdagur: Merkið hevur veitt í "
                                              f"{y - 1940} ár")
    feasts += _yearly("07-28", 1, 1, lambda _: "🎉 Góða Ólavsøku! Skráin fyri báðar dagarnar")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Gleðilig jól!")
    return _calendar(base, news, feasts)


def oyggjarnar_style() -> PublisherStyle:
    """A Faroese news site (Tórshavn): a section kicker, a dotted date with the time turned
    the weekday and the long date the day after the 2019 Løgting election (a wording per
    day), "Skrivað av" turned with the photographer, "Les eisini:" up to twice, a photo
    credit from a pool, the Suðuroy ferry's departures by weekday and holiday every day, the
    seasons of lambing, puffins, sheep gathering and Christmas, a social line turned an app
    appeal and turned by four votes and the 2020 advice, Flag Day with its count, Ólavsøka
    and Christmas, a supporter's price rising, the editor and a copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="oyggjarnar.fo", site="Oyggjarnar", base_size=95,
        subdomains=(("www.", 100),),
        sections=("innlendis", "utlendis", "itrottur", "mentan", "fiskiskapur"),
        n_authors=4, url_path="/grein/{n}/{slug}",
        pools={
            "bolkur": ("Innlendis", "Útlendis", "Ítróttur", "Mentan", "Fiskiskapur",
                       "Politikkur", "Veður"),
            "mynd": ("Oyggjarnar", "Ritzau Scanpix", "Landsverk", "Privat"),
        },
        families=(
            _f("bolkur", HEADER, 0.45, (_OLD, "{bolkur}")),
            _f("dagfesting", HEADER, 0.75, *_by_day(_fo_dated)),
            _f("hovundur", HEADER, 0.5, (_OLD, "Skrivað av {author}"),
               (FO_REDESIGN.isoformat(), "Tekstur: {author} · Mynd: {author2}")),
            _f("les-eisini", MIDDLE, 0.3, (_OLD, "Les eisini: {other_title}"), count=2),
            _f("mynd", MIDDLE, 0.25, (_OLD, "Mynd: {mynd}")),
            _f("smyril", FOOTER, 0.15, *_by_day(_fo_ferry)),
            _f("arstid", FOOTER, 0.12, *_seasons(
                ("04-20", "🐑 Lembingartíð: ver varin, tá ið tú koyrir á bygdavegunum"),
                ("05-10", "🐦 Lundin er komin aftur til Mykinesar"),
                ("09-15", "🐑 Seyðagongur og rættir: skráin fyri heystið"),
                ("12-01", "🎄 Jólaljósini verða tendrað á Vaglinum"))),
            _f("frabodan", FOOTER, 0.3, *_fo_notice()),
            _f("haldari", FOOTER, 0.2, (_OLD, "Ger teg til haldara: 95 kr. um mánaðin"),
               ("2019-01-01", "Ger teg til haldara: 125 kr. um mánaðin")),
            _f("ritstjori", FOOTER, 0.25, (_OLD, "Ábyrgdarhavandi ritstjóri: Jógvan í "
                                                 "Dímunargarði")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Oyggjarnar · Eftirgerð er ikki "
                                                 "loyvd uttan skrivligt loyvi")),
            _f("rattleiding", HEADER, 0.04, (_OLD, "Rættleiðing: Í eini eldri útgávu av "
                                                   "greinini stóð skeivt navn.")),
        ),
    )


# --- a Northern Sámi news site (Kautokeino) --------------------------------------------------

SA_REDESIGN = dt.date(2017, 2, 6)  # relaunched on the Sámi national day's centenary
SA_PODCAST = dt.date(2018, 9, 7)


def _sa_dated(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return (f"{SAMI_WEEKDAYS[day.weekday()]} {day.day}. {SAMI_MONTHS[day.month - 1]} "
            f"{day.year}")


def _sa_national_day(y: int) -> str:
    if y == 2017:
        return "💙 Lihkku beivviin! Tråante 2017: 100 jagi čoahkkima rájes"
    return f"💙 Lihkku álbmotbeivviin! {y - 1917} jagi Tråante čoahkkima rájes"


def _sa_notice() -> Wordings:
    base = _steps((_OLD, "Čuovo min Facebookas | Følg oss på Facebook"),
                  (SA_PODCAST.isoformat(), "🎧 Guldal min podkástta juohke bearjadaga | Hør "
                                           "podkasten vår hver fredag"))
    news: list[Event] = [
        _vote("2017-05-21", "🗳️ Ruoŧa Sámediggeválga 2017 | Sametingsvalget i Sverige",
              before=3),
        _vote("2017-09-11", "🗳️ Sámediggeválga 2017: jienas! | Sametingsvalget: stem!",
              before=6),
        _span("2020-03-12", "2020-06-14", "🦠 Koronavirus: ođđasamos dieđut | Det siste om "
                                          "koronaviruset"),
    ]
    feasts = _yearly("02-06", 1, 0, _sa_national_day)
    feasts += _movable(easter, 5, 1, lambda y: f"🎶 Beassášfestivála {y} Guovdageainnus | "
                                               f"Påskefestivalen i Kautokeino")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Buorre juovllat! | God jul!")
    return _calendar(base, news, feasts)


def cuovga_style() -> PublisherStyle:
    """A Northern Sámi news site (Kautokeino): a kicker, a dotted date turned the Sámi
    weekday and month on the national day's centenary in 2017 (a wording per day), "Čálli:"
    turned with the photographer, "Loga maiddái:" up to twice, a photo credit from a pool, a
    cross-post line in Norwegian, the seasons of the reindeer's migrations and slaughter and
    the dark time, a bilingual social line turned a podcast appeal and turned by two Sámi
    parliament votes and the 2020 advice, the Sámi national day with its count, the Easter
    festival and Christmas, a membership appeal rising, the editor and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="cuovga.no", site="Čuovga", base_size=80,
        subdomains=(("", 60), ("www.", 40)),
        sections=("oddasat", "boazodoallu", "kultuvra", "politihkka", "giella"),
        n_authors=4, url_path="/artihkal/{n}",
        pools={
            "rubrihkka": ("Ođđasat", "Boazodoallu", "Kultuvra", "Politihkka", "Giella",
                          "Valáštallan"),
            "govva": ("Čuovga", "Sámediggi", "Priváhta", "NTB"),
        },
        families=(
            _f("rubrihkka", HEADER, 0.45, (_OLD, "{rubrihkka}")),
            _f("beaivi", HEADER, 0.75, *_by_day(_sa_dated)),
            _f("calli", HEADER, 0.5, (_OLD, "Čálli: {author}"),
               (SA_REDESIGN.isoformat(), "Čálli: {author} · Govva: {author2}")),
            _f("loga-maiddai", MIDDLE, 0.3, (_OLD, "Loga maiddái: {other_title}"), count=2),
            _f("govva", MIDDLE, 0.25, (_OLD, "Govva: {govva}")),
            _f("darogillii", FOOTER, 0.15, (_OLD, "Artihkal lea maiddái dárogillii | Saken "
                                                  "finnes også på norsk")),
            _f("jahkodat", FOOTER, 0.15, *_seasons(
                ("04-10", "🦌 Giđđajohtin | Vårflyttingen til kysten er i gang"),
                ("06-20", "☀️ Geassi Sámis | Sommer i Sápmi: festivalar ja dáhpáhusat"),
                ("09-10", "🦌 Čakčajohtin ja njuovvan | Høstflytting og slakting"),
                ("11-25", "🌑 Skábma | Mørketida i Guovdageaidnu"))),
            _f("diedihus", FOOTER, 0.3, *_sa_notice()),
            _f("doarjja", FOOTER, 0.2, (_OLD, "Doarjo sámegielat journalistihka: 100 kr. mánus "
                                              "| Støtt samisk journalistikk"),
               ("2019-02-06", "Doarjo sámegielat journalistihka: 120 kr. mánus | Støtt samisk "
                              "journalistikk")),
            _f("doaimmaheaddji", FOOTER, 0.25, (_OLD, "Ovddasvástideaddji doaimmaheaddji | "
                                                      "Ansvarlig redaktør: Máret Ánne "
                                                      "Sara")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Čuovga {year}")),
            _f("divvun", HEADER, 0.04, (_OLD, "Divvun | Rettelse: Ovddit veršuvnnas lei boasttu "
                                              "báikenamma.")),
        ),
    )


# --- a Greenlandic and Danish weekly (Nuuk) --------------------------------------------------

GL_REDESIGN = dt.date(2018, 4, 25)  # relaunched the day after the Inatsisartut election
GL_DIGITAL = dt.date(2019, 3, 1)
GL_HOME_RULE = 1979


def issue_in_year(day: dt.date) -> tuple[int, int]:
    """The number of the weekly paper current on `day` and its year: one issue every
    Thursday, numbered from 1 each year (last year's last issue before the first)."""
    n = in_year(day, 3)
    if n == 0:
        return in_year(dt.date(day.year - 1, 12, 31), 3), day.year - 1
    return n, day.year


def _gl_issue(day: dt.date) -> str:
    n, y = issue_in_year(day)
    return f"Aviisi nr. {n}/{y} | Avis nr. {n}/{y}"


def _gl_dated(day: dt.date) -> str:
    if day < GL_REDESIGN:
        return f"{day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}"
    return (f"{GREENLANDIC_WEEKDAYS[day.weekday()]} {day.day}. "
            f"{GREENLANDIC_MONTHS[day.month - 1]} {day.year} | "
            f"{DANISH_WEEKDAYS[day.weekday()]}")


def _gl_notice() -> Wordings:
    base = _steps((_OLD, "Facebookimi malinnaagit | Følg os på Facebook"),
                  (GL_DIGITAL.isoformat(), "📲 Aviisi digitalimik atuaruk | Læs avisen "
                                           "digitalt på mobilen"))
    news: list[Event] = [
        _vote("2017-04-04", "🗳️ Kommuninut qinersineq 2017 | Kommunalvalg 2017", before=4),
        _vote("2018-04-24", "🗳️ Inatsisartunut qinersineq | Valg til Inatsisartut",
              before=6),
        _vote("2019-06-05", "🗳️ Folketingimut qinersineq | Folketingsvalg 2019", before=4),
        _span("2016-03-06", "2016-03-12", "🏅 Arctic Winter Games 2016 Nuummi | i Nuuk"),
        _span("2020-03-18", "2020-06-14", "🦠 Coronavirus: Naalakkersuisut "
                                          "inassuteqaataat | Naalakkersuisuts anbefalinger"),
    ]
    feasts = _yearly("05-01", 0, 0, lambda y: f"Namminersorneq {y - GL_HOME_RULE} "
                                              f"ukioqalerpoq | Hjemmestyret {y - GL_HOME_RULE} "
                                              f"år")
    feasts += _yearly("06-21", 1, 0, lambda _: "🇬🇱 Ullortuneq pilluaritsi | Glædelig "
                                               "nationaldag")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Juullimi pilluaritsi | Glædelig jul")
    return _calendar(base, news, feasts)


def tusaataq_style() -> PublisherStyle:
    """A Greenlandic and Danish weekly (Nuuk): a bilingual kicker, the Danish long date
    turned the Greenlandic weekday and month with the Danish weekday the day after the 2018
    election (a wording per day), a bilingual byline, a bilingual read-also, a photo credit
    from a pool, the paper's number in the year every Thursday, the seasons of sled dogs,
    ships, caribou and Christmas, a bilingual social line turned a digital appeal and turned
    by three votes, the Arctic Winter Games and the 2020 advice, home rule's anniversary with
    its count, the national day and Christmas, a subscription price rising, the editor and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="tusaataq.gl", site="Tusaataq", base_size=65,
        subdomains=(("www.", 100),),
        sections=("nutaarsiassat", "politikki", "aalisarneq", "timersorneq", "kultureq"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "immikkoortoq": ("Nutaarsiassat | Nyheder", "Politikki | Politik",
                             "Aalisarneq | Fiskeri", "Timersorneq | Sport",
                             "Kultureq | Kultur"),
            "assi": ("Tusaataq", "Naalakkersuisut", "Ritzau Scanpix", "Privat"),
        },
        families=(
            _f("immikkoortoq", HEADER, 0.45, (_OLD, "{immikkoortoq}")),
            _f("ulloq", HEADER, 0.75, *_by_day(_gl_dated)),
            _f("allattoq", HEADER, 0.45, (_OLD, "Allattoq | Af: {author}")),
            _f("atuaruk", MIDDLE, 0.25, (_OLD, "Aamma atuaruk | Læs også: {other_title}")),
            _f("assi", MIDDLE, 0.25, (_OLD, "Assi | Foto: {assi}")),
            _f("normu", FOOTER, 0.15, *_by_day(_gl_issue)),
            _f("ukiup-ilaa", FOOTER, 0.12, *_seasons(
                ("02-15", "🐕 Qimussersuarneq | Slædehundesæson: løb og tider"),
                ("05-20", "🚢 Umiarsuaq siulleq | Årets første skib er på vej"),
                ("08-01", "🦌 Tuttunniarneq | Rensdyrjagten: regler og kvoter"),
                ("12-01", "🎄 Juullimut piareersarneq | Julemarkeder i byen"))),
            _f("nalunaarut", FOOTER, 0.3, *_gl_notice()),
            _f("pisiniarneq", FOOTER, 0.2, (_OLD, "Ukiumut akiliut | Årsabonnement: 1.100 kr."),
               ("2019-01-01", "Ukiumut akiliut | Årsabonnement: 1.250 kr.")),
            _f("aaqqissuisoq", FOOTER, 0.25, (_OLD, "Aaqqissuisoq akisussaasoq | "
                                                    "Ansvarshavende redaktør: Nivi "
                                                    "Kleist")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Tusaataq {year}")),
            _f("iluarsiineq", HEADER, 0.04, (_OLD, "Iluarsiineq | Rettelse: Et navn var stavet "
                                                   "forkert i en tidligere udgave.")),
        ),
    )


# --- an Åland archipelago paper in Swedish (Mariehamn) ---------------------------------------

AX_REDESIGN = dt.date(2019, 10, 21)  # relaunched the day after the Lagting election
AX_APP = dt.date(2018, 1, 15)
AX_AUTONOMY = 1922


def paper_number(day: dt.date) -> tuple[int, int]:
    """The paper's number on `day` and its year: it comes out on Tuesdays and Fridays,
    numbered from 1 each year (last year's last number before the first)."""
    n = in_year(day, 1, 4)
    if n == 0:
        return in_year(dt.date(day.year - 1, 12, 31), 1, 4), day.year - 1
    return n, day.year


def _ax_number(day: dt.date) -> str:
    n, y = paper_number(day)
    return f"Skärgårdsbladet nr {n}/{y}"


def _ax_dated(day: dt.date) -> str:
    if day < AX_REDESIGN:
        return f"{day.day}.{day.month}.{day.year} {{time}}"
    return (f"Publicerad {SWEDISH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{SWEDISH_MONTHS[day.month - 1]} {day.year}")


def _ax_notice() -> Wordings:
    base = _steps((_OLD, "Gilla Skärgårdsbladet på Facebook"),
                  (AX_APP.isoformat(), "📲 Läs e-tidningen redan kvällen före i vår app"))
    news: list[Event] = [
        _vote("2015-04-19", "🗳️ Riksdagsvalet: Åland väljer sin ledamot", before=4),
        _vote("2015-10-18", "🗳️ Lagtings- och kommunalvalet 2015: resultaten från alla "
                            "kommuner", before=4),
        _vote("2019-04-14", "🗳️ Riksdagsvalet: Åland väljer sin ledamot", before=4),
        _vote("2019-10-20", "🗳️ Lagtings- och kommunalvalet 2019: resultaten från alla "
                            "kommuner", before=4),
        _span("2020-03-16", "2020-05-31", "🦠 Coronaviruset: landskapsregeringens "
                                          "rekommendationer"),
    ]
    feasts = _yearly("06-09", 0, 0, lambda y: f"🇦🇽 Glad självstyrelsedag! {y - AX_AUTONOMY} "
                                              f"år av självstyrelse")
    feasts += _movable(midsummer_eve, 1, 0, lambda _: "🌼 Glad midsommar! Stången reses i "
                                                      "byarna på midsommarafton")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 God jul önskar redaktionen")
    return _calendar(base, news, feasts)


def skargard_style() -> PublisherStyle:
    """An Åland archipelago paper in Swedish (Mariehamn): a kicker, a dotted date with the
    time turned "Publicerad" with the weekday and the long date the day after the 2019
    Lagting election (a wording per day), "Text:" turned the name with the paper, "LÄS
    OCKSÅ:" once, a photo credit from a pool, the paper's number in the year every Tuesday
    and Friday, the seasons of boats, ferries and hunting, a social line turned an app appeal
    and turned by four votes and the 2020 advice, Autonomy Day with its count, midsummer and
    Christmas, a subscription price rising and turned digital, the publisher and a copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="skargardsbladet.ax", site="Skärgårdsbladet", base_size=50,
        subdomains=(("www.", 100),),
        sections=("mariehamn", "skargarden", "sjofart", "sport", "kultur"),
        n_authors=3, url_path="/artikel/{slug}",
        pools={
            "avdelning": ("Mariehamn", "Skärgården", "Sjöfart", "Sport", "Kultur",
                          "Insändare"),
            "foto": ("Skärgårdsbladet", "Ålands landskapsregering", "Privat", "Arkiv"),
        },
        families=(
            _f("avdelning", HEADER, 0.45, (_OLD, "{avdelning}")),
            _f("datum", HEADER, 0.75, *_by_day(_ax_dated)),
            _f("text", HEADER, 0.45, (_OLD, "Text: {author}"),
               (AX_REDESIGN.isoformat(), "{author} | Skärgårdsbladet")),
            _f("las-ocksa", MIDDLE, 0.25, (_OLD, "LÄS OCKSÅ: {other_title}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("nummer", FOOTER, 0.15, *_by_day(_ax_number)),
            _f("sasong", FOOTER, 0.12, *_seasons(
                ("05-15", "⛵ Båtsäsongen är här: gästhamnar och bränslestationer"),
                ("06-10", "⛴️ Skärgårdsfärjorna går enligt sommartidtabellen"),
                ("08-20", "🦆 Jaktsäsongen börjar: datum för sjöfågel och älg"),
                ("09-01", "⛴️ Vintertidtabellen för skärgårdsfärjorna gäller från i dag"))),
            _f("meddelande", FOOTER, 0.3, *_ax_notice()),
            _f("prenumeration", FOOTER, 0.2, (_OLD, "Prenumerera: 12 månader 139 €"),
               ("2018-01-01", "Prenumerera: 12 månader 149 €"),
               ("2020-01-01", "Prenumerera digitalt: 9,90 € per månad")),
            _f("utgivare", FOOTER, 0.25, (_OLD, "Ansvarig utgivare: Annika Eriksson")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Skärgårdsbladet {year}")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: Färjans avgångstid var fel i en "
                                                "tidigare version.")),
        ),
    )


# --- a small Kven and Norwegian monthly (Finnmark) -------------------------------------------

KV_REDESIGN = dt.date(2018, 3, 16)  # relaunched on the Kven people's day
KV_PODCAST = dt.date(2019, 1, 7)


def _kv_issue(day: dt.date) -> str:
    return (f"Lehti nro {day.month}/{day.year} · {KVEN_MONTHS[day.month - 1]} | Avis nr. "
            f"{day.month}/{day.year}")


def _kv_dated(day: dt.date) -> str:
    if day < KV_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return (f"{KVEN_WEEKDAYS[day.weekday()]} | {BOKMAL_WEEKDAYS[day.weekday()]} "
            f"{day.day}.{day.month}.{day.year}")


def _kv_notice() -> Wordings:
    base = _steps((_OLD, "Seuraa meitä Facebookissa | Følg oss på Facebook"),
                  (KV_PODCAST.isoformat(), "🎧 Kuuntele meän podkastia kvääniksi | Hør "
                                           "podkasten vår på kvensk"))
    news: list[Event] = [
        _vote("2015-09-14", "🗳️ Kuntavaalit | Kommunevalget 2015", before=3),
        _vote("2017-09-11", "🗳️ Stuurtinkivaalit | Stortingsvalget 2017", before=3),
        _vote("2019-09-09", "🗳️ Kuntavaalit | Kommunevalget 2019", before=3),
        _span("2020-03-12", "2020-06-14", "🦠 Korona: kaikki tapahtumat on peruttu | Alle "
                                          "arrangementer er avlyst"),
    ]
    feasts = _yearly("03-16", 1, 0, lambda _: "🎉 Hyvää kväänikansan päivää! | Gratulerer "
                                              "med kvenfolkets dag!")
    feasts += _yearly("05-17", 0, 0, lambda _: "🇳🇴 Hyvää 17. päivää toukokuuta | Gratulerer "
                                               "med dagen")
    feasts += _yearly("12-20", 0, 6, lambda _: "🎄 Hyvää joulua! | God jul!")
    return _calendar(base, news, feasts)


def jaameri_style() -> PublisherStyle:
    """A small Kven and Norwegian monthly (Finnmark): the dotted date turned the Kven and
    Norwegian weekdays on the Kven people's day 2018 (a wording per day), a bilingual
    byline, a bilingual read-also, the month's issue in Kven and Norwegian (turning every
    month), a bilingual social line turned a podcast appeal and turned by three votes and
    the 2020 cancellations, the Kven people's day, Constitution Day and Christmas, a
    subscription price rising, the grant line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="jaamerenviesti.no", site="Jäämeren Viesti", base_size=35,
        subdomains=(("www.", 100),),
        sections=("uutiset", "kieli", "kulttuuri", "historia"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("paiva", HEADER, 0.6, *_by_day(_kv_dated)),
            _f("kirjoittaja", HEADER, 0.45, (_OLD, "Kirjoittaja | Skrevet av: {author}")),
            _f("lue-kans", MIDDLE, 0.2, (_OLD, "Lue kans | Les også: {other_title}")),
            _f("lehti", FOOTER, 0.2, *_by_day(_kv_issue)),
            _f("tiedote", FOOTER, 0.3, *_kv_notice()),
            _f("tilaus", FOOTER, 0.2, (_OLD, "Tilaa lehti | Abonnement: 450 kr / vuosi"),
               ("2019-01-01", "Tilaa lehti | Abonnement: 520 kr / vuosi")),
            _f("tuki", FOOTER, 0.3, (_OLD, "Lehti saapi tukea Kulttuurirahastolta | Avisen får "
                                           "tilskudd fra Kulturrådet")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Jäämeren Viesti {year}")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus | Rettelse: Tässä jutussa oli "
                                               "väärä päivämäärä.")),
        ),
    )


def heldout116_styles() -> list[PublisherStyle]:
    """The held-back-116 styles, in the order the generator hands them to publishers."""
    return [
        dagsposten_style(), malmfalt_style(), thybo_style(), kainuu_style(),
        frettaveitan_style(), barents_style(), sogneposten_style(), oyggjarnar_style(),
        cuovga_style(), tusaataq_style(), skargard_style(), jaameri_style(),
    ]
