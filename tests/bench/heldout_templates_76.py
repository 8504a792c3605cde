"""The ``held-back-76`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-74 set
(`tests.bench.heldout_templates_74`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier sets'
modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
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
network footer. Seven publishers are from West and Central Africa: a Hausa daily in Sokoto
(dated in both the Gregorian and the Hijri calendars), a Yoruba weekly in Abeokuta (whose
lines gained their tone marks on a redesign), a French-language Brazzaville daily with Lingala
lines, a French and Wolof site in Thiès, an English and Krio community site in Makeni, an
Igbo and English traders' association bulletin in Onitsha (dated by the four-day market week)
and a small Spanish-language bulletin in Bata with Fang greetings. Five are from the
Caribbean: a Spanish-language regional daily in Mayagüez, Puerto Rico, a Haitian site in
Gonaïves that turned from French to Kreyòl, a Papiamentu and Dutch site on Bonaire, a small
English and Kwéyòl village newsletter in Dominica and a heritage newsletter on Sint Eustatius
in English and Dutch. The families are the kinds a crawl of such sites holds: dates localised
day by day (one in two calendars, one by market days, several changing language or form on
the day of a redesign, one writing "1er" and one "1ye" on the first of a month), lines that
turn with the week or the day (a market price, a river gauge, the share of homes with power
back after a hurricane), bylines and datelines of many shapes, section kickers, read-also
links (some bilingual, some up to two times), photo credits, ad labels, sources and
cross-posts with a fair-use line, donation appeals with amounts in naira, leones and CFA
francs, dues that rise from year to year, radio and messenger appeals, notices reworded in
2016-2020, notices that follow a calendar (votes and the ones postponed, a telecoms
blackout, hurricanes, storms, a mudslide, lockdowns and the 2020 epidemic, Ramadan and the
two Eids, the Magal and the Gamou, carnival, Easter pilgrimages, independence and
emancipation days with their counts, festivals called off in 2020), multi-line blocks,
mid-body inserts, bare lines, and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
import zlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    jdn,
    last_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _iso_day
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
_movable = _PERIOD.movable

ONE_DAY = dt.timedelta(days=1)

SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
HAUSA_WEEKDAYS = ("Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi")
HAUSA_MONTHS = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta",
                "Satumba", "Oktoba", "Nuwamba", "Disamba")
HIJRI_MONTHS_HAUSA = ("Muharram", "Safar", "Rabi'ul Awwal", "Rabi'ul Akhir", "Jimada Ula",
                      "Jimada Akhira", "Rajab", "Sha'aban", "Ramadan", "Shawwal", "Zul Ƙida",
                      "Zul Hajji")
YORUBA_WEEKDAYS = ("Ọjọ́ Ajé", "Ọjọ́ Ìṣẹ́gun", "Ọjọ́rú", "Ọjọ́bọ̀", "Ọjọ́ Ẹtì", "Ọjọ́ Àbámẹ́ta",
                   "Ọjọ́ Àìkú")
YORUBA_MONTHS = ("Ṣẹ́rẹ́", "Èrèlé", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bìbí", "Òkúdu", "Agẹmọ", "Ògún",
                 "Owewe", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
KREYOL_WEEKDAYS = ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch")
KREYOL_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm")
WOLOF_WEEKDAYS = ("Altine", "Talaata", "Àllarba", "Alxames", "Àjjuma", "Gaawu", "Dibéer")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
PAPIAMENTU_WEEKDAYS = ("djaluna", "djamars", "djárason", "djaweps", "djabièrnè", "djasabra",
                       "djadumingu")
PAPIAMENTU_MONTHS = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli",
                     "ougùstùs", "sèptèmber", "òktober", "novèmber", "desèmber")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
IGBO_MARKET_DAYS = ("Eke", "Orie", "Afọ", "Nkwọ")

# The Islamic feasts as the sites announced them (the moon sighted in Nigeria or Senegal).
RAMADAN_START = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27",
                 2018: "2018-05-17", 2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
GRAND_MAGAL = {2015: "2015-12-01", 2016: "2016-11-20", 2017: "2017-11-08", 2018: "2018-10-28",
               2019: "2019-10-17", 2020: "2020-10-06"}
GAMOU = {2015: "2015-12-23", 2016: "2016-12-11", 2017: "2017-11-30", 2018: "2018-11-20",
         2019: "2019-11-09", 2020: "2020-10-29"}


def hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the tabular Islamic calendar (the civil epoch), as a
    site's date widget computes it: it can be a day off the sighted moon."""
    n = jdn(day) - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    y30 = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = (n - ((30 - y30) // 15) * ((17719 * y30) // 50) - (y30 // 16) * ((15238 * y30) // 43)
         + 29)
    month = (24 * n) // 709
    return 30 * cycle + y30 - 30, month, n - (709 * month) // 24


def toneless(text: str) -> str:
    """`text` without its tone marks and subdots (how a CMS without the fonts printed
    Yoruba): every combining mark dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))


def week_start(day: dt.date) -> dt.date:
    """The Monday on or before `day`."""
    return day - dt.timedelta(days=day.weekday())


def jitter(day: dt.date, salt: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, fixed for `day` and `salt`."""
    return low + zlib.crc32(f"{salt}:{day.isoformat()}".encode()) % (high - low + 1)


def market_day(day: dt.date) -> str:
    """The Igbo market day (a four-day week; Eke on 1 January 2015, as the association
    counts)."""
    return IGBO_MARKET_DAYS[(day - FIRST_DAY).days % 4]


# --- a Spanish-language regional daily (Mayagüez, Puerto Rico) -------------------------------

PR_REDESIGN = dt.date(2017, 11, 13)  # the relaunch after the hurricane
PR_BYLINE = dt.date(2018, 6, 4)
PR_LINKS = dt.date(2019, 8, 5)
PR_WHATSAPP = dt.date(2019, 2, 4)
PR_RIGHTS = dt.date(2018, 1, 8)
PR_PANDEMIC = dt.date(2020, 4, 6)
PR_MARIA = dt.date(2017, 9, 20)  # landfall; the grid went down
PR_GRID_BACK = dt.date(2018, 8, 14)  # the utility said every customer was back


def pr_power_share(day: dt.date) -> float:
    """The made-up share of the west's customers with power `day` after the hurricane (a
    steady climb, as the utility's daily figures went)."""
    t = (day - PR_MARIA).days
    return round(100 * (1 - math.exp(-t / 70)), 1)


def _pr_power(day: dt.date) -> str:
    if day <= PR_MARIA:
        return "Reporte averías del servicio eléctrico al 787-555-0142 o por la aplicación"
    if day < PR_GRID_BACK:
        share = f"{pr_power_share(day):.1f}".replace(".", ",")
        return f"💡 Energía en el Oeste hoy: {share} % de los clientes con servicio"
    if day < dt.date(2020, 1, 7):
        return "💡 Servicio eléctrico restablecido en todo el Oeste, según la autoridad"
    if day < dt.date(2020, 2, 16):
        return "🌐 Temblores en el suroeste: refugios abiertos y escuelas cerradas"
    return "Reporte averías del servicio eléctrico al 787-555-0142 o por la aplicación"


def _pr_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < PR_REDESIGN:
        return f"{SPANISH_WEEKDAYS[day.weekday()]}, {day.day} de {month} de {day.year}"
    return f"{day.day} de {month} de {day.year} - {{time12}}"


def _pr_notice() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestro boletín y recibe las noticias del Oeste cada "
                         "mañana"),
                  (PR_WHATSAPP.isoformat(), "📲 Únete a nuestro canal de WhatsApp: las noticias "
                                            "del Oeste al instante"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Elecciones 2016: resultados en los pueblos del Oeste",
              before=4, after=2),
        _span("2017-09-05", "2017-09-08", "🌀 Huracán Irma: refugios abiertos en Mayagüez, "
                                          "Añasco y Cabo Rojo"),
        _span("2017-09-18", "2017-10-31", "🌀 Huracán María: cómo localizar a sus familiares "
                                          "en el Oeste"),
        _span("2020-03-15", "2020-05-24", "😷 Toque de queda: quédate en casa y sal solo a lo "
                                          "esencial"),
        _span("2020-08-09", "2020-08-15", "🗳️ Primarias suspendidas por falta de papeletas: "
                                          "continúan el domingo 16 de agosto"),
        _vote("2020-11-03", "🗳️ Elecciones 2020: el escrutinio en el distrito de Mayagüez",
              before=4, after=3),
    ]
    feasts = _yearly("01-06", 1, 0, lambda _: "👑 ¡Feliz Día de Reyes! Los Reyes llegan a la "
                                              "plaza Colón")
    feasts += _yearly("02-02", 3, 0, lambda _: "🎡 Fiestas Patronales de la Candelaria: "
                                               "programa y tapones")
    feasts += _yearly("09-23", 0, 0, lambda y: f"🇵🇷 {y - 1868} años del Grito de Lares")
    return _calendar(base, news, feasts)


def mayaguez_style() -> PublisherStyle:
    """A Spanish-language regional daily (Mayagüez, Puerto Rico): a section kicker, the date
    with the weekday, turned the date and a time in the relaunch after the hurricane (a
    wording per day), "Por" turned "Por ... | <beat>", "Lee también:" turned a capitalised
    "TE PUEDE INTERESAR:" (up to twice), a photo credit in brackets, the power line that
    counts the customers back on after the hurricane day by day and turns for the 2020
    earthquakes, a newsletter line turned a messenger appeal and turned by two hurricanes,
    two votes, the postponed primaries and the 2020 curfew, Three Kings, the patron saint's
    feast and the Lares revolt with its count, a donation appeal with amounts reworded in
    the epidemic, a comments disclaimer, a rights line reworded and the publisher's address
    (a block), a rare correction."""
    return PublisherStyle(
        domain="farodemayaguez.com", site="El Faro de Mayagüez", base_size=230,
        subdomains=(("www.", 85), ("", 15)),
        sections=("oeste", "gobierno", "deportes", "economia", "entretenimiento", "opinion"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccion": ("Oeste", "Gobierno", "Deportes", "Economía", "Entretenimiento",
                        "Opinión"),
            "foto": ("Archivo", "Suministrada", "Gobierno Municipal de Mayagüez",
                     "Javier Colón / Especial", "AP"),
            "beat": ("Periodista", "Corresponsal en Cabo Rojo", "Redacción Deportes",
                     "Colaborador"),
            "aporte": ("5", "10", "25", "50"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_pr_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (PR_BYLINE.isoformat(), "Por {author} | {author_beat}")),
            _f("lee", MIDDLE, 0.35, (_OLD, "Lee también: {other_title}"),
               (PR_LINKS.isoformat(), "➡️ TE PUEDE INTERESAR: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "(Foto: {foto})")),
            _f("energia", FOOTER, 0.25, *_by_day(_pr_power)),
            _f("boletin", FOOTER, 0.3, *_pr_notice()),
            _f("apoyo", FOOTER, 0.15, (_OLD, "Apoya el periodismo local: aporta ${aporte} al "
                                             "mes a El Faro de Mayagüez"),
               (PR_PANDEMIC.isoformat(), "En tiempos de pandemia, el periodismo local te "
                                         "necesita: aporta ${aporte} al mes")),
            _f("comentarios", FOOTER, 0.2, (_OLD, "Los comentarios son responsabilidad de sus "
                                                  "autores y no reflejan la opinión de este "
                                                  "medio.")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Faro de Mayagüez"),
               (PR_RIGHTS.isoformat(), "© {year} El Faro de Mayagüez. Prohibida su "
                                       "reproducción total o parcial sin autorización.")),
            _f("editora", FOOTER, 0.3, (_OLD, "Editorial Costa Oeste, Inc. · Calle Méndez Vigo, "
                                              "Mayagüez, PR 00680")),
            _f("correccion", FOOTER, 0.04, (_OLD, "Nota del editor: una versión anterior de "
                                                  "esta noticia tenía un error en el nombre de "
                                                  "un funcionario.")),
        ),
    )


# --- a Hausa daily (Sokoto) ------------------------------------------------------------------

HA_REDESIGN = dt.date(2018, 9, 3)
HA_BYLINE = dt.date(2017, 1, 9)
HA_LINKS = dt.date(2019, 3, 25)
HA_WHATSAPP = dt.date(2018, 4, 2)
HA_RIGHTS = dt.date(2019, 1, 7)


def _ha_dated(day: dt.date) -> str:
    if day < HA_REDESIGN:
        hy, hm, hd = hijri(day)
        return (f"{HAUSA_WEEKDAYS[day.weekday()]}, {day.day} ga {HAUSA_MONTHS[day.month - 1]}, "
                f"{day.year} | {hd} {HIJRI_MONTHS_HAUSA[hm - 1]}, {hy} BH")
    return f"An wallafa: {day:%d/%m/%Y} ƙarfe {{time}}"


def ha_millet_price(day: dt.date) -> int:
    """The made-up price in naira of a bag of millet at the Sokoto market in `day`'s week
    (rising over the years, a little up or down each week)."""
    monday = week_start(day)
    weeks = (monday - dt.date(2014, 12, 29)).days // 7
    return 9000 + 40 * weeks + 100 * jitter(monday, "gero", 0, 12)


def _ha_price(day: dt.date) -> str:
    return f"🌾 Farashin buhun gero a kasuwar Sakkwato a wannan mako: ₦{ha_millet_price(day):,}"


def _ha_notice() -> Wordings:
    base = _steps((_OLD, "Ku biyo mu a shafinmu na Facebook domin samun labarai da dumi-dumi"),
                  (HA_WHATSAPP.isoformat(), "📲 Shiga rukunin WhatsApp na Sakkwato Yau: aiko da "
                                            "kalmar LABARAI"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-14", "🗳️ INEC ta ɗage zaɓe da makonni shida"),
        _vote("2015-03-28", "🗳️ Zaɓen shugaban ƙasa 2015: sakamakon rumfunan Sakkwato",
              before=5, after=3),
        _vote("2015-04-11", "🗳️ Zaɓen gwamna 2015: sakamakon ƙananan hukumomi", before=4,
              after=2),
        _span("2019-02-10", "2019-02-15", "🗳️ Zaɓen shugaban ƙasa ranar Asabar 16 ga Fabrairu"),
        _span("2019-02-16", "2019-02-22", "🗳️ An ɗage zaɓe zuwa Asabar 23 ga Fabrairu"),
        _vote("2019-02-23", "🗳️ Zaɓen shugaban ƙasa 2019: sakamako kai tsaye", before=0,
              after=3),
        _vote("2019-03-09", "🗳️ Zaɓen gwamnan Sakkwato: sakamako kai tsaye", before=4,
              after=2),
        _vote("2019-03-23", "🗳️ Zaɓen cike gurbi a Sakkwato: sakamako", before=3, after=1),
        _span("2020-03-30", "2020-04-20", "😷 Korona: ku wanke hannu, ku sa takunkumin fuska"),
    ]
    eids = _movable(_listed(EID_FITR), 0, 2, lambda _: "🌙 Barka da Sallah Ƙarama!")
    eids += _movable(_listed(EID_ADHA), 0, 3, lambda _: "🐏 Barka da Sallah Babba!")
    fasting = [(_iso_day(RAMADAN_START[y]), _iso_day(EID_FITR[y]),
                "🌙 Barka da azumi: lokutan buɗa baki a Sakkwato") for y in YEARS]
    national = _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Barka da cikar Najeriya shekara {y - 1960} "
                                                f"da samun 'yancin kai")
    return _calendar(base, news, eids, fasting, national)


def sokoto_style() -> PublisherStyle:
    """A Hausa daily (Sokoto): a section kicker, the date with the weekday and the Hijri date,
    turned a published time on a redesign in 2018 (a wording per day), "Daga" turned a
    report line with the place, "Karanta kuma:" turned "👉 Ku karanta:" (up to twice), an ad
    label, a photo credit, the week's millet price in naira (a wording per week), a social
    line turned a messenger appeal and turned by the postponed votes of 2015 and 2019, a
    run-off and the 2020 epidemic, the fast and the two Eids and the independence count, an
    opinion disclaimer, a rights line reworded and the office's address (a block), a rare
    flood warning."""
    return PublisherStyle(
        domain="sakkwatoyau.ng", site="Sakkwato Yau", base_size=206,
        subdomains=(("www.", 75), ("hausa.", 25)),
        sections=("labarai", "siyasa", "wasanni", "kasuwanci", "addini", "lafiya"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "sashe": ("Labarai", "Siyasa", "Wasanni", "Kasuwanci", "Addini", "Lafiya"),
            "hoto": ("Wakilinmu", "Gidan Gwamnati", "Fadar Sarkin Musulmi",
                     "Ma'aikatar Yaɗa Labarai", "Taskar hotuna"),
        },
        families=(
            _f("sashe", HEADER, 0.3, (_OLD, "{sashe}")),
            _f("kwanan-wata", HEADER, 0.8, *_by_day(_ha_dated)),
            _f("marubuci", HEADER, 0.5, (_OLD, "Daga {author}"),
               (HA_BYLINE.isoformat(), "Rahoton {author} daga Sakkwato")),
            _f("karanta", MIDDLE, 0.3, (_OLD, "Karanta kuma: {other_title}"),
               (HA_LINKS.isoformat(), "👉 Ku karanta: {other_title}"), count=2),
            _f("talla", MIDDLE, 0.15, (_OLD, "TALLA")),
            _f("hoto", MIDDLE, 0.2, (_OLD, "Hoto: {hoto}")),
            _f("farashi", FOOTER, 0.2, *_by_day(_ha_price)),
            _f("sanarwa", FOOTER, 0.3, *_ha_notice()),
            _f("raayi", FOOTER, 0.12, (_OLD, "Ra'ayoyin da ke cikin wannan rubutu na marubucin "
                                             "ne, ba na Sakkwato Yau ba.")),
            _f("hakki", FOOTER, 0.45, (_OLD, "© {year} Sakkwato Yau"),
               (HA_RIGHTS.isoformat(), "© {year} Sakkwato Yau. Duk haƙƙoƙin mallaka a kiyaye "
                                       "suke.")),
            _f("adireshi", FOOTER, 0.3, (_OLD, "Ofishinmu: Titin Sultan Abubakar, Sakkwato · "
                                               "Waya: 0803 000 0000")),
            _f("ambaliya", HEADER, 0.04, (_OLD, "⚠️ Gargaɗi: ambaliyar ruwa a Ƙaramar Hukumar "
                                                "Goronyo")),
        ),
    )


# --- a Yoruba weekly (Abeokuta, Ogun State) --------------------------------------------------

YO_REDESIGN = dt.date(2017, 5, 29)  # the relaunch: tone marks from then on
YO_LINKS = dt.date(2019, 10, 1)
YO_WHATSAPP = dt.date(2018, 8, 6)
YO_RIGHTS = dt.date(2020, 2, 3)


def _yo_dated(day: dt.date) -> str:
    weekday, month = YORUBA_WEEKDAYS[day.weekday()], YORUBA_MONTHS[day.month - 1]
    if day < YO_REDESIGN:
        return f"{toneless(weekday)}, {toneless(month)} {day.day}, {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"


def _yo_notice() -> Wordings:
    base = _steps((_OLD, "Tẹ̀lé wa lórí Facebook àti Twitter fún ìròyìn tuntun"),
                  (YO_WHATSAPP.isoformat(), "📲 Darapọ̀ mọ́ wa lórí WhatsApp: fi ÌRÒYÌN ránṣẹ́ sí "
                                            "0805 000 0000"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ Ìdìbò Ààrẹ 2015: èsì láti Ìpínlẹ̀ Ògùn", before=5, after=3),
        _vote("2015-04-11", "🗳️ Ìdìbò Gómìnà 2015: èsì ìdìbò", before=4, after=2),
        _span("2019-02-16", "2019-02-22", "🗳️ Wọ́n sún ìdìbò Ààrẹ síwájú sí 23 Èrèlé"),
        _vote("2019-02-23", "🗳️ Ìdìbò Ààrẹ 2019: èsì láti Ìpínlẹ̀ Ògùn", before=0, after=3),
        _vote("2019-03-09", "🗳️ Ìdìbò Gómìnà Ògùn 2019: èsì ìdìbò", before=4, after=2),
        _span("2020-03-30", "2020-05-03", "😷 Ẹ dúró sílé: ìjọba ti ti àwọn ọjà pa"),
        _span("2020-10-08", "2020-10-24", "✊ #EndSARS: ìròyìn tuntun lórí ìwọ́de"),
    ]
    feasts = _movable(lambda y: _iso_day(EID_ADHA[y], 2), 1, 0,
                      lambda y: ("🐎 Kò ní sí Òjúde Ọba ní ọdún yìí nítorí àrùn" if y == 2020
                                 else "🐎 Òjúde Ọba ní Ìjẹ̀bú-Òde: ẹ wo àwòrán"))
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Ẹ kú àyájọ́ òmìnira: ọdún {y - 1960}")
    feasts += _yearly("12-25", 1, 1, lambda _: "🎄 Ẹ kú ọdún Kérésìmesì")
    return _calendar(base, news, feasts)


def abeokuta_style() -> PublisherStyle:
    """A Yoruba weekly (Abeokuta, Ogun State): a section kicker, the date printed without
    tone marks, turned a toned date in the 2017 relaunch (a wording per day), a byline
    that gained its tone marks the same day, "E tun ka:" turned toned and turned with an
    emoji (up to twice), an ad label, a photo credit, a link to the English version, a
    social line turned a messenger appeal and turned by four votes (one postponed), the 2020
    lockdown and protests, the Ojude Oba festival after Eid (not held in 2020), the
    independence count and Christmas, a donation appeal with amounts in naira, a rights line
    reworded and the office (a block), a rare flood warning."""
    return PublisherStyle(
        domain="iroyinegba.com.ng", site="Ìròyìn Ẹ̀gbá", base_size=182,
        subdomains=(("www.", 100),),
        sections=("iroyin", "oselu", "ere-idaraya", "oro-aje", "asa", "ilera"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "abala": ("Ìròyìn", "Òṣèlú", "Eré Ìdárayá", "Ọrọ̀ Ajé", "Àṣà", "Ìlera"),
            "aworan": ("Akọ̀ròyìn wa", "Ilé Ìjọba Ògùn", "Àkànṣe", "Fáìlì"),
            "owo": ("500", "1,000", "2,000", "5,000"),
        },
        families=(
            _f("abala", HEADER, 0.3, (_OLD, "{abala}")),
            _f("ojo", HEADER, 0.75, *_by_day(_yo_dated)),
            _f("onkowe", HEADER, 0.5, (_OLD, "Lati owo {author}"),
               (YO_REDESIGN.isoformat(), "Láti ọwọ́ {author}")),
            _f("ekaa", MIDDLE, 0.3, (_OLD, "E tun ka: {other_title}"),
               (YO_REDESIGN.isoformat(), "Ẹ tún ka: {other_title}"),
               (YO_LINKS.isoformat(), "📖 Ẹ tún ka: {other_title}"), count=2),
            _f("ipolowo", MIDDLE, 0.15, (_OLD, "ÌPOLÓWÓ")),
            _f("aworan", MIDDLE, 0.2, (_OLD, "Àwòrán: {aworan}")),
            _f("english", FOOTER, 0.12, (_OLD, "Read this story in English ›")),
            _f("ikede", FOOTER, 0.3, *_yo_notice()),
            _f("atileyin", FOOTER, 0.18, (_OLD, "Ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn ní èdè Yorùbá: fi "
                                                "₦{owo} ránṣẹ́ sí Ìròyìn Ẹ̀gbá")),
            _f("eto", FOOTER, 0.45, (_OLD, "© {year} Ìròyìn Ẹ̀gbá"),
               (YO_RIGHTS.isoformat(), "© {year} Ìròyìn Ẹ̀gbá. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.")),
            _f("adiresi", FOOTER, 0.3, (_OLD, "Ọ́fíìsì wa: Òpópónà Lísàbí, Abẹ́òkúta, Ìpínlẹ̀ "
                                              "Ògùn")),
            _f("omiyale", HEADER, 0.04, (_OLD, "⚠️ Ìkìlọ̀: omíyalé ní agbègbè odò Ògùn")),
        ),
    )


# --- a French-language daily with Lingala lines (Brazzaville) --------------------------------

CG_REDESIGN = dt.date(2019, 8, 15)  # relaunched on independence day
CG_BYLINE = dt.date(2018, 2, 5)
CG_LINKS = dt.date(2020, 2, 10)
CG_WHATSAPP = dt.date(2018, 10, 1)
CG_RIGHTS = dt.date(2016, 9, 5)


def _cg_dated(day: dt.date) -> str:
    if day < CG_REDESIGN:
        first = "1er" if day.day == 1 else str(day.day)
        return (f"Brazzaville, le {FRENCH_WEEKDAYS[day.weekday()]} {first} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"Mis à jour le {day:%d/%m/%Y} à {{time}}"


def cg_river_level(day: dt.date) -> float:
    """The made-up level (m) of the river at the Brazzaville gauge read on `day`'s Monday:
    high in December, low in August."""
    monday = week_start(day)
    season = math.cos(2 * math.pi * (monday.timetuple().tm_yday - 350) / 365.25)
    return round(3.2 + 1.8 * season + jitter(monday, "fleuve", -15, 15) / 100, 2)


def _cg_river(day: dt.date) -> str:
    level = f"{cg_river_level(day):.2f}".replace(".", ",")
    return f"🌊 Fleuve Congo à Brazzaville : {level} m à l'échelle du Beach"


def _cg_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook : Poto-Poto Matin"),
                  (CG_WHATSAPP.isoformat(), "📲 Recevez nos infos sur WhatsApp au +242 06 000 00 00"
                   ))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Référendum constitutionnel : les résultats par département",
              before=5, after=3),
        _vote("2016-03-20", "🗳️ Présidentielle 2016 : suivez le vote avec nous", before=4,
              after=0),
        _span("2016-03-21", "2016-03-24", "📵 Internet et SMS coupés : nos mises à jour "
                                          "reprendront dès le rétablissement"),
        _vote("2017-07-16", "🗳️ Législatives 2017 : les résultats à Brazzaville", before=4,
              after=2),
        _span("2020-03-31", "2020-05-15", "😷 Confinement : bótikala na ndáko, restez chez "
                                          "vous"),
    ]
    feasts = _yearly("08-15", 1, 0, lambda y: f"🇨🇬 Bonne fête de l'indépendance : {y - 1960} "
                                              f"ans de souveraineté")
    feasts += _yearly("12-31", 0, 1, lambda _: "🎉 Bonne année ! Mbula malamu na bino banso")
    return _calendar(base, news, feasts)


def brazzaville_style() -> PublisherStyle:
    """A French-language daily with Lingala lines (Brazzaville): a section kicker, a
    dateline with the date ("1er" on the first of a month), turned an update time in the
    2019 relaunch (a wording per day), a Lingala welcome, "Par" turned a byline with the
    reading time, "Lire aussi :" turned a Lingala "Tángá lisusu ▸" (up to twice), a photo
    credit, a source line, the river's level at the gauge (a wording per week), a social
    line turned a messenger appeal and turned by the referendum, two votes, the telecoms
    blackout after the 2016 vote and the 2020 lockdown, independence with its count and the
    new year, a mobile-money appeal with amounts in CFA francs, a rights line reworded and
    the publisher's line (a block), a rare power cut."""
    return PublisherStyle(
        domain="potopotomatin.cg", site="Poto-Poto Matin", base_size=160,
        subdomains=(("www.", 100),),
        sections=("politique", "societe", "economie", "sports", "culture", "departements"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "rubrique": ("Politique", "Société", "Économie", "Sports", "Culture",
                         "Départements"),
            "photo": ("DR", "La rédaction", "ACI", "Archives"),
            "source": ("ACI", "Radio Congo", "Télé Congo", "nos correspondants"),
            "montant": ("1\u00a0000", "2\u00a0000", "5\u00a0000", "10\u00a0000"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_cg_dated)),
            _f("mbote", HEADER, 0.12, (_OLD, "Mbote na bino ! Bienvenue sur Poto-Poto Matin")),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (CG_BYLINE.isoformat(), "Un article de {author} · {read_min} min de lecture")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}"),
               (CG_LINKS.isoformat(), "Tángá lisusu ▸ {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "© Photo : {photo}")),
            _f("source", FOOTER, 0.2, (_OLD, "Source : {source}")),
            _f("fleuve", FOOTER, 0.2, *_by_day(_cg_river)),
            _f("annonce", FOOTER, 0.3, *_cg_notice()),
            _f("soutien", FOOTER, 0.15, (_OLD, "Soutenez Poto-Poto Matin : envoyez {montant} "
                                               "FCFA par Mobile Money au 06 000 00 00")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} Poto-Poto Matin"),
               (CG_RIGHTS.isoformat(), "© Poto-Poto Matin {year} – Toute reproduction "
                                       "interdite sans l'accord de la rédaction")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Directeur de publication : Jean-Pierre Mabiala · "
                                              "Récépissé n° 045/MCAP")),
            _f("delestage", HEADER, 0.04, (_OLD, "⚠️ Délestage : coupure d'électricité prévue ce "
                                                 "soir à Poto-Poto et Ouenzé")),
        ),
    )


# --- a Haitian news site (Gonaïves), from French to Kreyòl -----------------------------------

HT_REDESIGN = dt.date(2018, 1, 1)  # relaunched in Kreyòl on independence day
HT_YOUTUBE = dt.date(2019, 9, 16)
HT_RADIO = dt.date(2019, 6, 3)


def _ht_dated(day: dt.date) -> str:
    if day < HT_REDESIGN:
        first = "1er" if day.day == 1 else str(day.day)
        return (f"Gonaïves, {FRENCH_WEEKDAYS[day.weekday()]} {first} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    first = "1ye" if day.day == 1 else str(day.day)
    return (f"{KREYOL_WEEKDAYS[day.weekday()].capitalize()} {first} "
            f"{KREYOL_MONTHS[day.month - 1]} {day.year}")


def _ht_notice() -> Wordings:
    base = _steps((_OLD, "Voye nouvèl zòn ou sou WhatsApp: +509 3700 0000"),
                  (HT_YOUTUBE.isoformat(), "▶️ Abòne nan chèn YouTube Nouvèl Gonayiv pou wè "
                                           "videyo yo"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Eleksyon 25 oktòb: rezilta pwovizwa nan Latibonit",
              before=5, after=4),
        _span("2016-01-18", "2016-01-24", "🗳️ Dezyèm tou a ranvwaye: CEP poko bay nouvo dat"),
        _span("2016-10-02", "2016-10-20", "🌀 Siklòn Matthew: kote pou jwenn èd nan Latibonit"),
        _vote("2016-11-20", "🗳️ Eleksyon 20 novanm: rezilta pwovizwa", before=5, after=4),
        _span("2019-09-16", "2019-11-30", "⛔ Peyi lòk: lekòl ak mache fèmen nan Gonayiv"),
        _span("2020-03-20", "2020-06-30", "😷 Kowonaviris: lave men nou, mete mask"),
    ]
    feasts = _yearly("01-01", 1, 1, lambda y: f"🇭🇹 {y - 1804}yèm anivèsè Endepandans: "
                                              f"Gonayiv, vil endepandans lan")
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Kanaval {y}: pwogram defile yo")
    feasts += _movable(easter, 2, 1, lambda _: "🥁 Souvenans: pèlerinaj Pak la nan Lakou "
                                               "Souvenans")
    return _calendar(base, news, feasts)


def _ht_radio() -> Wordings:
    return ((_OLD, "📻 Koute jounal la sou 102.3 FM chak jou a 6è nan maten"),
            (HT_RADIO.isoformat(), "📻 Koute jounal la sou 102.3 FM lendi rive vandredi a 6è30"))


def gonaives_style() -> PublisherStyle:
    """A Haitian news site (Gonaïves): a section kicker, a French date with the town,
    turned a Kreyòl date on independence day 2018 ("1ye" on the first of a month; a wording
    per day), "Par" turned "Yon atik", "Lire aussi :" turned "LI TOU ➜" (up to twice), a
    photo credit, an ad label, the radio bulletin's hour reworded, a messenger line turned a
    video appeal and turned by two votes, a postponed run-off, a hurricane, the 2019
    country lock and the 2020 epidemic, independence day with its count, carnival and the
    Easter pilgrimage, a rights line reworded and the address (a block), a rare river
    flood."""
    return PublisherStyle(
        domain="nouvelgonayiv.ht", site="Nouvèl Gonayiv", base_size=140,
        subdomains=(("www.", 100),),
        sections=("nasyonal", "lokal", "politik", "espo", "kilti", "ekonomi"),
        n_authors=5, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "ribrik": ("Nasyonal", "Lokal", "Politik", "Espò", "Kilti", "Ekonomi"),
            "foto": ("Redaksyon an", "Achiv", "Lameri Gonayiv", "Yon lektè"),
        },
        families=(
            _f("ribrik", HEADER, 0.3, (_OLD, "{ribrik}")),
            _f("dat", HEADER, 0.75, *_by_day(_ht_dated)),
            _f("ote", HEADER, 0.5, (_OLD, "Par {author}"),
               (HT_REDESIGN.isoformat(), "Yon atik {author}")),
            _f("li", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}"),
               (HT_REDESIGN.isoformat(), "LI TOU ➜ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("piblisite", MIDDLE, 0.15, (_OLD, "— PIBLISITE —")),
            _f("koute", FOOTER, 0.2, *_ht_radio()),
            _f("avi", FOOTER, 0.3, *_ht_notice()),
            _f("dwa", FOOTER, 0.45, (_OLD, "© {year} Nouvèl Gonayiv"),
               (HT_REDESIGN.isoformat(), "© {year} Nouvèl Gonayiv · Tout dwa rezève. Pa kopye "
                                         "san otorizasyon.")),
            _f("adres", FOOTER, 0.3, (_OLD, "Avni Egalite, Gonayiv, Ayiti · "
                                            "redaksyon@nouvelgonayiv.ht")),
            _f("inondasyon", HEADER, 0.04, (_OLD, "⚠️ Alèt: rivyè La Kint ap debòde, pa travèse")),
        ),
    )


# --- a French and Wolof regional site (Thiès, Senegal) ---------------------------------------

SN_REDESIGN = dt.date(2019, 4, 4)  # relaunched on independence day
SN_BYLINE = dt.date(2017, 10, 2)
SN_WHATSAPP = dt.date(2018, 6, 4)
SN_RIGHTS = dt.date(2020, 1, 6)


def _sn_dated(day: dt.date) -> str:
    month = FRENCH_MONTHS[day.month - 1]
    if day < SN_REDESIGN:
        return f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} {month} {day.year}"
    return f"Tey, {WOLOF_WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}"


def _sn_notice() -> Wordings:
    base = _steps((_OLD, "Likez notre page Facebook pour suivre l'actualité du Kayoor"),
                  (SN_WHATSAPP.isoformat(), "📲 Rejoignez notre groupe WhatsApp : xibaar yu bees "
                                            "ci Kayoor"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Référendum : les résultats dans la région de Thiès", before=4,
              after=2),
        _vote("2017-07-30", "🗳️ Législatives : les résultats bureau par bureau", before=4,
              after=3),
        _vote("2019-02-24", "🗳️ Présidentielle 2019 : les résultats à Thiès", before=5,
              after=4),
        _span("2020-03-23", "2020-06-30", "😷 État d'urgence : couvre-feu de 20 h à 6 h"),
    ]
    feasts = _movable(_listed(GRAND_MAGAL), 2, 1, lambda y: f"🕌 Grand Magal de Touba {y} : "
                                                            f"programme et conseils aux pèlerins")
    feasts += _movable(_listed(GAMOU), 2, 1, lambda _: "🕌 Gamou de Tivaouane : le programme des "
                                                       "cérémonies")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐑 Tabaski : Déwënati !")
    feasts += _movable(_listed(EID_FITR), 0, 1, lambda _: "🌙 Korité : Déwënati, baal ma àq")
    feasts += _yearly("04-04", 0, 0, lambda y: f"🇸🇳 Fête de l'indépendance : {y - 1960} ans")
    return _calendar(base, news, feasts)


def thies_style() -> PublisherStyle:
    """A French and Wolof regional site (Thiès, Senegal): a section kicker, a French date
    with the weekday, turned a Wolof "Tey," date on independence day 2019 (a wording per
    day), "Par" turned a correspondent line with the town, "À lire aussi :" turned a Wolof
    "Jàng it ▸" on the same day (up to twice), a photo credit, an ad label, a social line
    turned a messenger appeal and turned by three votes and the 2020 curfew, the Magal of
    Touba, the Gamou of Tivaouane, Tabaski and Korité, independence with its count, a Wolof
    thanks, a rights line reworded and the newsroom's address (a block), a rare power
    cut."""
    return PublisherStyle(
        domain="kayoorxibaar.sn", site="Kayoor Xibaar", base_size=120,
        subdomains=(("www.", 100),),
        sections=("actualite", "politique", "societe", "sport", "religion", "regions"),
        n_authors=5, url_path="/{section}/{slug}_a{n}.html",
        pools={
            "rubrique": ("Actualité", "Politique", "Société", "Sport", "Religion", "Régions"),
            "photo": ("DR", "La rédaction", "Archives", "APS"),
            "ville": ("Tivaouane", "Mbour", "Khombole", "Pout", "Mékhé"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("tey", HEADER, 0.7, *_by_day(_sn_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (SN_BYLINE.isoformat(), "{author} (Correspondant à {ville})")),
            _f("jang", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"),
               (SN_REDESIGN.isoformat(), "Jàng it ▸ {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Photo {photo})")),
            _f("pub", MIDDLE, 0.15, (_OLD, "Publicité")),
            _f("avis", FOOTER, 0.3, *_sn_notice()),
            _f("jerejef", FOOTER, 0.2, (_OLD, "Jërëjëf ci jàng bi !")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} Kayoor Xibaar"),
               (SN_RIGHTS.isoformat(), "© {year} Kayoor Xibaar — Reproduction interdite sans "
                                       "citer la source")),
            _f("contact", FOOTER, 0.3, (_OLD, "Rédaction : avenue Léopold Sédar Senghor, Thiès · "
                                              "Tél. 33 951 00 00")),
            _f("coupure", HEADER, 0.04, (_OLD, "⚠️ Coupure d'électricité programmée ce samedi à "
                                               "Thiès-Nord")),
        ),
    )


# --- an English and Krio community site (Makeni, Sierra Leone) ------------------------------

SL_DATELINE = dt.date(2018, 4, 16)
SL_LINKS = dt.date(2019, 11, 4)
SL_FACEBOOK = dt.date(2019, 3, 4)
SL_RADIO = dt.date(2019, 1, 7)
SL_RIGHTS = dt.date(2017, 6, 5)


def _sl_notice() -> Wordings:
    base = _steps((_OLD, "Got a story? Call or WhatsApp our newsroom: +232 76 000 000"),
                  (SL_FACEBOOK.isoformat(), "📲 Follow Makeni Tok on Facebook: news from the "
                                            "North in Krio and English"))
    news: list[Event] = [
        _span("2015-09-15", "2015-09-20", "⛔ Ebola lockdown: stay home Friday to Sunday — "
                                          "una tay na os"),
        _span("2015-11-07", "2015-11-09", "🎉 Sierra Leone is Ebola-free: tenki to all the "
                                          "health workers"),
        _span("2017-08-14", "2017-08-31", "🙏 Regent mudslide: how to help the families"),
        _vote("2018-03-07", "🗳️ Elections 2018: results from Bombali", before=5, after=4),
        _span("2018-03-26", "2018-03-30", "🗳️ Run-off postponed: voting now on Saturday 31 "
                                          "March"),
        _vote("2018-03-31", "🗳️ Run-off: results from the North", before=0, after=3),
        _span("2020-04-03", "2020-04-05", "⛔ Lockdown: three days, una tay na os"),
        _span("2020-04-06", "2020-06-30", "😷 Curfew from 9 pm: wash hands, wear your mask"),
    ]
    feasts = _yearly("04-27", 1, 0, lambda y: f"🇸🇱 Happy Independence Day: Salone at "
                                              f"{y - 1961}!")
    return _calendar(base, news, feasts)


def makeni_style() -> PublisherStyle:
    """An English and Krio community site (Makeni, Sierra Leone): a desk kicker, a dateline
    turned a longer one with the district and the weekday, "By" turned a byline with the
    beat, "READ ALSO:" turned a Krio "Una rid dis bak:" (up to twice), a photo credit, a
    cross-post line naming the partner with a fair-use note, the radio show's day reworded,
    a tip line turned a social appeal and turned by the Ebola lockdown and its end, a
    mudslide, a vote and a postponed run-off, the 2020 lockdown and curfew, independence
    with its count, a mobile-money appeal with amounts in leones, a Krio thanks, a rights
    line reworded and the funder (a block), a rare bridge closure."""
    return PublisherStyle(
        domain="makenitok.sl", site="Makeni Tok", base_size=100,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "sports", "health", "agriculture", "community"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "desk": ("News", "Politics", "Sports", "Health", "Agriculture", "Community"),
            "photo": ("our reporter", "Bombali District Council", "a reader", "file"),
            "partner": ("Northern Star SL", "Bombali Voice", "Kambia Express",
                        "Radio Tonko 96.5"),
            "beat": ("Bombali correspondent", "Tonkolili correspondent", "sports desk",
                     "health reporter"),
            "leones": ("5,000", "10,000", "20,000", "50,000"),
        },
        families=(
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("dateline", HEADER, 0.55, (_OLD, "MAKENI, {date_dmy}"),
               (SL_DATELINE.isoformat(), "Makeni, Bombali District — {weekday} {date_dmy}")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (SL_DATELINE.isoformat(), "By {author}, {author_beat}")),
            _f("rid", MIDDLE, 0.3, (_OLD, "READ ALSO: {other_title}"),
               (SL_LINKS.isoformat(), "Una rid dis bak: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("firstpub", FOOTER, 0.15, (_OLD, "This story first appeared on {partner} and is "
                                                "republished under fair use for community "
                                                "information.")),
            _f("radio", FOOTER, 0.2, (_OLD, "📻 Hear the week's news in Krio every Saturday at "
                                            "8 pm on Radio Bombali 94.3 FM"),
               (SL_RADIO.isoformat(), "📻 Hear the week's news in Krio every Sunday at 7 pm on "
                                      "Radio Bombali 94.3 FM")),
            _f("notice", FOOTER, 0.3, *_sl_notice()),
            _f("support", FOOTER, 0.15, (_OLD, "Support Makeni Tok: send Le {leones} by Orange "
                                               "Money to 076 000 000")),
            _f("tenki", FOOTER, 0.2, (_OLD, "Tɛnki fɔ rid!")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Makeni Tok"),
               (SL_RIGHTS.isoformat(), "© {year} Makeni Tok Media. No copying without "
                                       "permission.")),
            _f("funder", FOOTER, 0.3, (_OLD, "Our reporting is supported by the Bombali "
                                             "Community Media Trust.")),
            _f("bridge", HEADER, 0.04, (_OLD, "⚠️ The Mabanta bridge is closed after heavy "
                                              "rains: use the Binkolo road")),
        ),
    )


# --- a Papiamentu and Dutch site (Kralendijk, Bonaire) ---------------------------------------

BQ_REDESIGN = dt.date(2018, 9, 6)  # relaunched in Papiamentu on Bonaire Day
BQ_WHATSAPP = dt.date(2019, 6, 3)
BQ_RIGHTS = dt.date(2017, 1, 2)


def _bq_dated(day: dt.date) -> str:
    if day < BQ_REDESIGN:
        return (f"{DUTCH_WEEKDAYS[day.weekday()]} {day.day} {DUTCH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"{PAPIAMENTU_WEEKDAYS[day.weekday()].capitalize()}, {day.day} di "
            f"{PAPIAMENTU_MONTHS[day.month - 1]} {day.year}")


def _bq_notice() -> Wordings:
    base = _steps((_OLD, "Sigui nos riba Facebook: Boneiru Awe"),
                  (BQ_WHATSAPP.isoformat(), "📲 Risibí notisia riba WhatsApp: manda AWE na "
                                            "+599 700 0000"))
    news: list[Event] = [
        _vote("2015-03-18", "🗳️ Elekshon di Konseho Insular: resultado", before=4, after=2),
        _vote("2019-03-20", "🗳️ Eilandsraadverkiezingen 2019: uitslag per stembureau",
              before=4, after=2),
        _span("2020-03-26", "2020-05-10", "😷 Keda na kas: e isla ta sera pa bishitante"),
    ]
    feasts = _yearly("04-30", 1, 0, lambda y: ("🎉 Dia di Rincon no ta tuma lugá e aña aki"
                                               if y == 2020 else
                                               "🎉 Dia di Rincon: programa den kaya di Rincon"))
    feasts += _yearly("09-06", 0, 0, lambda _: "🇧🇶 Dia di Boneiru: Dushi Boneiru, bo ta nos "
                                               "tesoro")
    return _calendar(base, feasts, news)  # the feast days' lines win over the lockdown


def bonaire_style() -> PublisherStyle:
    """A Papiamentu and Dutch site (Kralendijk, Bonaire): a section kicker, a Dutch date,
    turned a Papiamentu date on Bonaire Day 2018 (a wording per day), "Door" turned "Skirbí
    pa", "Lees ook:" turned "Lesa tambe:" the same day (up to twice), a photo credit, a
    welcome, a bilingual government notice, a social line turned a messenger appeal and
    turned by two votes and the 2020 lockdown, Rincon Day (called off in 2020) and Bonaire
    Day, a rights line reworded and the newsroom's address (a block), a rare storm
    warning."""
    return PublisherStyle(
        domain="boneiruawe.com", site="Boneiru Awe", base_size=80,
        subdomains=(("www.", 100),),
        sections=("notisia", "politika", "deporte", "kultura", "salu", "turismo"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrika": ("Notisia", "Polítika", "Deporte", "Kultura", "Salú", "Turismo"),
            "potret": ("Redakshon", "Entidat Públiko Boneiru", "Archivo", "Un lektor"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("fecha", HEADER, 0.7, *_by_day(_bq_dated)),
            _f("outor", HEADER, 0.45, (_OLD, "Door {author}"),
               (BQ_REDESIGN.isoformat(), "Skirbí pa {author}")),
            _f("bonbini", HEADER, 0.12, (_OLD, "Bon bini na Boneiru Awe, bo korant digital")),
            _f("lesa", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}"),
               (BQ_REDESIGN.isoformat(), "Lesa tambe: {other_title}"), count=2),
            _f("potret", MIDDLE, 0.2, (_OLD, "Potret: {potret}")),
            _f("bekendmaking", FOOTER, 0.12, (_OLD, "Bekendmaking van het Openbaar Lichaam "
                                                    "Bonaire · Publikashon di Entidat Públiko "
                                                    "Boneiru")),
            _f("avis", FOOTER, 0.3, *_bq_notice()),
            _f("derecho", FOOTER, 0.4, (_OLD, "© {year} Boneiru Awe"),
               (BQ_RIGHTS.isoformat(), "© {year} Boneiru Awe. Tur derecho reservá.")),
            _f("redakshon", FOOTER, 0.3, (_OLD, "Redakshon: Kaya Grandi, Kralendijk, Boneiru")),
            _f("tormenta", HEADER, 0.04, (_OLD, "⚠️ Alerta: tormenta tropikal serka di Boneiru")),
        ),
    )


# --- an Igbo and English traders' association bulletin (Onitsha, Anambra State) -------------

OC_REDESIGN = dt.date(2019, 1, 7)
OC_POSTED = dt.date(2018, 3, 5)
OC_RIGHTS = dt.date(2017, 7, 3)
OC_DUES = (("2015", "5,000"), ("2018", "7,500"), ("2020", "10,000"))


def _oc_dated(day: dt.date) -> str:
    if day < OC_REDESIGN:
        return (f"Taa bụ {market_day(day)} · {day:%A}, {day.day} "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")
    return f"Ụbọchị {market_day(day)} · {day:%d/%m/%Y}"


def _oc_dues() -> Wordings:
    first, *later = OC_DUES
    out = [(_OLD, f"Annual dues: ₦{first[1]} per shop, payable at the secretariat")]
    out += [(f"{year}-01-02", f"From January {year} the annual dues are ₦{amount} per shop, "
                              f"payable at the secretariat") for year, amount in later]
    return tuple(out)


def _oc_notice() -> Wordings:
    base = _steps((_OLD, "Members: the monthly levy is due on the last Eke of the month"),
                  (OC_REDESIGN.isoformat(), "📲 Join our WhatsApp line for market news and "
                                            "meeting days"))
    news: list[Event] = [
        _span("2017-05-28", "2017-05-30", "⛔ Shops stay closed on Tuesday 30 May: members, "
                                          "keep safe"),
        _span("2020-03-31", "2020-05-10", "😷 Market closed by the state government: Ndị otu "
                                          "anyị, nọrọ n'ụlọ"),
    ]
    feasts = _yearly("08-15", 2, 1, lambda _: "🍠 Iri ji: ezi ụbọchị ji ọhụrụ nye ndị otu anyị")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Ekeresimesi ọma! The market closes on "
                                               "Christmas Day")
    return _calendar(base, news, feasts)


def onitsha_style() -> PublisherStyle:
    """An Igbo and English traders' association bulletin (Onitsha, Anambra State): a kicker,
    the Igbo market day with the date, turned a shorter form in 2019 (a wording per day),
    "Posted by" turned the writer with the office held, "Gụọkwa:" (up to twice), a photo
    credit, the year's dues rising in 2018 and 2020, a levy line turned a messenger appeal
    and turned by a sit-at-home and the 2020 closure, the new yam festival and Christmas, an
    Igbo blessing, a rights line reworded and the secretariat (a block), a rare fire-safety
    rule."""
    return PublisherStyle(
        domain="ochanjatraders.org.ng", site="Ochanja Traders' Association", base_size=62,
        subdomains=(("www.", 100),),
        sections=("market", "meetings", "prices", "advice"),
        n_authors=2, url_path="/bulletin/{slug}",
        pools={
            "udi": ("Ahịa", "Nzukọ", "Ọnụ ahịa", "Ndụmọdụ"),
            "photo": ("the association", "a member", "Onitsha North LGA", "file"),
            "beat": ("Secretary", "PRO", "Chairman, Line 4"),
        },
        families=(
            _f("udi", HEADER, 0.3, (_OLD, "{udi}")),
            _f("ahia", HEADER, 0.6, *_by_day(_oc_dated)),
            _f("posted", HEADER, 0.45, (_OLD, "Posted by {author}"),
               (OC_POSTED.isoformat(), "{author}, {author_beat}")),
            _f("guo", MIDDLE, 0.3, (_OLD, "Gụọkwa: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("dues", FOOTER, 0.2, *_oc_dues()),
            _f("notice", FOOTER, 0.3, *_oc_notice()),
            _f("daalu", FOOTER, 0.2, (_OLD, "Daalụ nụ! Ka ahịa gaa nke ọma.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Ochanja Traders' Association"),
               (OC_RIGHTS.isoformat(), "© {year} Ochanja Traders' Association, Onitsha · "
                                       "Reg. No. AN/0412")),
            _f("office", FOOTER, 0.3, (_OLD, "Secretariat: Block C, Ochanja Market, Onitsha, "
                                             "Anambra State")),
            _f("fire", HEADER, 0.04, (_OLD, "⚠️ Fire safety: no generators inside the plaza "
                                            "after 6 pm")),
        ),
    )


# --- a Spanish-language bulletin with Fang greetings (Bata, Equatorial Guinea) ---------------

GQ_JUBILEE = dt.date(2018, 10, 12)  # fifty years of independence: the bulletin's new look
GQ_FACEBOOK = dt.date(2019, 4, 1)


def _gq_notice() -> Wordings:
    base = _steps((_OLD, "Envíenos sus noticias del Litoral a redaccion@ecosdebata.gq"),
                  (GQ_FACEBOOK.isoformat(), "📲 Síganos en Facebook: Ecos de Bata"))
    news: list[Event] = [
        _span("2015-01-17", "2015-02-08", "⚽ CAN 2015: sigue al Nzalang Nacional desde el "
                                          "estadio de Bata"),
        _vote("2016-04-24", "🗳️ Elecciones presidenciales: horario de los colegios "
                            "electorales", before=4, after=1),
        _vote("2017-11-12", "🗳️ Elecciones legislativas y municipales", before=4, after=1),
        _span("2020-03-15", "2020-06-15", "😷 Emergencia sanitaria: lávese las manos y "
                                          "quédese en casa"),
    ]
    feasts = _yearly("10-12", 1, 0, lambda y: f"🇬🇶 {y - 1968} años de independencia: ¡Viva "
                                              f"Guinea Ecuatorial!")
    return _calendar(base, news, feasts)


def bata_style() -> PublisherStyle:
    """A Spanish-language bulletin with Fang greetings (Bata, Equatorial Guinea): a section
    kicker, a dateline turned date-first with the region in the jubilee year, "Texto:"
    turned "Texto y fotos:", a Fang welcome, "Véase también:" (up to twice), a source line,
    an email line turned a social appeal and turned by the 2015 Cup of Nations, two votes and
    the 2020 emergency, independence with its count, a rights line reworded and a
    volunteers' line (a block), a rare water cut."""
    return PublisherStyle(
        domain="ecosdebata.gq", site="Ecos de Bata", base_size=46,
        subdomains=(("", 100),),
        sections=("nacional", "litoral", "deportes", "cultura"),
        n_authors=2, url_path="/noticias/{slug}",
        pools={
            "seccion": ("Nacional", "Litoral", "Deportes", "Cultura"),
            "fuente": ("Radio Bata", "Oficina de Prensa del Gobierno", "corresponsal local",
                       "archivo"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.5, (_OLD, "Bata, {date_es}"),
               (GQ_JUBILEE.isoformat(), "{date_es} | Bata, Litoral")),
            _f("autor", HEADER, 0.45, (_OLD, "Texto: {author}"),
               (GQ_JUBILEE.isoformat(), "Texto y fotos: {author}")),
            _f("mbolo", HEADER, 0.12, (_OLD, "¡Mbolo! Bienvenidos a Ecos de Bata")),
            _f("vease", MIDDLE, 0.3, (_OLD, "Véase también: {other_title}"), count=2),
            _f("fuente", FOOTER, 0.2, (_OLD, "Fuente: {fuente}")),
            _f("aviso", FOOTER, 0.3, *_gq_notice()),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Ecos de Bata"),
               (GQ_JUBILEE.isoformat(), "© {year} Ecos de Bata · Prohibida la reproducción sin "
                                        "citar la fuente")),
            _f("equipo", FOOTER, 0.3, (_OLD, "Un boletín independiente del Litoral, hecho por "
                                             "voluntarios.")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ Corte de agua hoy en el barrio Comandachina")),
        ),
    )


# --- an English and Kwéyòl village newsletter (Salybia, Kalinago Territory, Dominica) --------

DM_POSTED = dt.date(2018, 11, 5)
DM_RIGHTS = dt.date(2019, 1, 7)


def _dm_notice() -> Wordings:
    base = _steps((_OLD, "Council meetings are on the first Monday of the month at the "
                         "Salybia office"),
                  (DM_POSTED.isoformat(), "📲 Find us on Facebook for Territory news and "
                                          "events"))
    news: list[Event] = [
        _span("2015-08-27", "2015-09-20", "🌧️ Tropical Storm Erika: road closures and "
                                          "relief in the Territory"),
        _span("2017-09-18", "2017-11-30", "🌀 Hurricane Maria: relief is shared out at the "
                                          "Salybia church"),
        _vote("2019-12-06", "🗳️ General election: polling at the Salybia primary school",
              before=4, after=1),
        _span("2020-03-20", "2020-05-31", "😷 Curfew and closures: stay home, stay safe"),
    ]
    feasts = _yearly("11-03", 1, 1, lambda y: f"🇩🇲 Happy Independence, Dominica: {y - 1978} "
                                              f"years")
    feasts += _movable(lambda y: last_weekday(y, 10, 4), 0, 0,
                       lambda _: "🎉 Bon Jounen Kwéyòl! Mété madras zòt")
    return _calendar(base, news, feasts)


def salybia_style() -> PublisherStyle:
    """An English and Kwéyòl village newsletter (Salybia, Kalinago Territory, Dominica): a
    kind kicker, the date and the writer turned a posted line with the weekday, a Kwéyòl
    greeting, "Also in the Notes:" (up to twice), a photo credit, a meetings line turned a
    social appeal and turned by a storm, a hurricane, a vote and the 2020 curfew,
    independence with its count and Creole Day, a Kwéyòl thanks, a rights line reworded and
    a volunteers' line (a block), a rare landslide."""
    return PublisherStyle(
        domain="salybianotes.dm", site="Salybia Community Notes", base_size=34,
        subdomains=(("", 100),),
        sections=("community", "council", "culture", "farming"),
        n_authors=2, url_path="/notes/{yyyy}/{slug}",
        pools={
            "kind": ("Community", "Council", "Culture", "Farming"),
            "photo": ("a neighbour", "the council", "the Notes", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_long} | {author}"),
               (DM_POSTED.isoformat(), "Posted {weekday} {date_dmy} by {author}")),
            _f("bonjou", HEADER, 0.12, (_OLD, "Bonjou tout moun! Good morning from the "
                                              "Territory")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also in the Notes: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("notice", FOOTER, 0.3, *_dm_notice()),
            _f("mesi", FOOTER, 0.2, (_OLD, "Mèsi anpil for reading and sharing")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Salybia Community Notes"),
               (DM_RIGHTS.isoformat(), "© {year} Salybia Community Notes · Kalinago Territory, "
                                       "Commonwealth of Dominica")),
            _f("volunteers", FOOTER, 0.3, (_OLD, "Written by volunteers; the views are their "
                                                 "own.")),
            _f("landslide", HEADER, 0.04, (_OLD, "⚠️ Landslide near Crayfish River: drive with "
                                                 "care")),
        ),
    )


# --- an English and Dutch heritage newsletter (Oranjestad, Sint Eustatius) -------------------

SX_POSTED = dt.date(2018, 2, 7)
SX_RIGHTS = dt.date(2019, 5, 6)


def _sx_notice() -> Wordings:
    base = _steps((_OLD, "The museum is open Monday to Friday, 9 am to 5 pm"),
                  (SX_POSTED.isoformat(), "The museum is open Tuesday to Saturday; free entry "
                                          "for Statians"))
    news: list[Event] = [
        _span("2017-09-05", "2017-09-30", "🌀 The museum is closed after the hurricanes; "
                                          "check back for the reopening"),
        _span("2020-03-19", "2020-06-30", "😷 Museum closed until further notice / Museum "
                                          "gesloten tot nader bericht"),
    ]
    feasts = _yearly("07-01", 0, 0, lambda y: f"Emancipation Day: {y - 1863} years / "
                                              f"Dag van de Emancipatie")
    feasts += _yearly("11-16", 1, 0, lambda y: f"🇳🇱 Statia Day: {y - 1776} years since the "
                                               f"First Salute")
    return _calendar(base, news, feasts)


def statia_style() -> PublisherStyle:
    """An English and Dutch heritage newsletter (Oranjestad, Sint Eustatius): a kind kicker,
    the date and the writer turned a bilingual "Door/By" line, a bilingual "Lees ook / Read
    also:" (up to twice), a bilingual photo credit, the museum's hours reworded and turned
    by the hurricanes and the 2020 closure (one notice in both languages), emancipation and
    Statia Day with their counts, a rights line reworded and the funder in both languages (a
    block), a rare path closure."""
    return PublisherStyle(
        domain="statiaheritage.org", site="Statia Heritage Notes", base_size=22,
        subdomains=(("www.", 100),),
        sections=("archaeology", "fort", "events", "museum"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "kind": ("Archaeology", "Fort Oranje", "Events", "Museum"),
            "photo": ("the foundation", "a volunteer", "the archive", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_short} — {author}"),
               (SX_POSTED.isoformat(), "Door/By {author}, {date_dmy}")),
            _f("lees", MIDDLE, 0.3, (_OLD, "Lees ook / Read also: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Foto/Photo: {photo}")),
            _f("notice", FOOTER, 0.3, *_sx_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Statia Heritage Notes"),
               (SX_RIGHTS.isoformat(), "© {year} Statia Heritage Notes · Oranjestad, Sint "
                                       "Eustatius")),
            _f("funder", FOOTER, 0.3, (_OLD, "Met steun van het Ministerie van OCW / With "
                                             "support from the Dutch Ministry of Education, "
                                             "Culture and Science")),
            _f("path", HEADER, 0.04, (_OLD, "⚠️ Fort Oranje closed today: rockfall on the cliff "
                                            "path")),
        ),
    )


def heldout76_styles() -> list[PublisherStyle]:
    """The held-back-76 styles, in the order the generator hands them to publishers."""
    return [
        mayaguez_style(), sokoto_style(), abeokuta_style(), brazzaville_style(),
        gonaives_style(), thies_style(), makeni_style(), bonaire_style(), onitsha_style(),
        bata_style(), salybia_style(), statia_style(),
    ]
