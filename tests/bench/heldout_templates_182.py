"""The ``held-back-182`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-176 set. It was
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
advertisement marker or a "republish this story" line. The publishers are the diaspora and
ethnic-community press of one country, the United States, in Spanish, Haitian Creole,
Vietnamese, Korean, Chinese (traditional and simplified), Polish, Tagalog and English: a
Spanish-language weekly of California's Central Valley, a Haitian-Creole and English weekly in
Miami, a Vietnamese daily of Little Saigon, a Korean daily of Los Angeles' Koreatown, a
Chinese (traditional) weekly of the Bay Area, a Polish weekly of Chicago, a Tagalog and
English Filipino weekly of Los Angeles, a nonprofit newswire that produces stories in
partnership with ethnic media and translates them, a bilingual Spanish and English weekly of
North Carolina, a Polish-American English-language monthly of Buffalo, a Chinese (simplified)
weekly of Flushing and the English edition of a Koreatown weekly. The families are the kinds
a crawl of such sites holds: bilingual mastheads and edition switches ("Read this story in
English"), translated-by and "produced in partnership with" credits, dates localised day by
day in Spanish, Haitian Creole (later beside English), Vietnamese, Korean, Chinese, Polish,
Tagalog and English (AP style), several changing form on the day of a redesign; remittance and
exchange lines that turn every business day (dollars to pesos, won, yuan and zloty, the gold
price) or every week (the Philippine peso), a weekly community calendar, the monthly mobile
consulate's next visit, the monthly issue; remittance fees, parcel and balikbayan-box prices,
classified-ad and subscription prices that change over the years; notices reworded in
2016-2020 and notices that follow the calendars of these communities (the Lunar New Year with
its year names in Vietnamese, Korean and Chinese, Chuseok and the Mid-Autumn Festival, Black
April and Sa-i-gu anniversaries counted in years, Haitian Flag Day, Independence Day and the
12 January earthquake anniversary, TPS and DACA decisions, Hurricanes Matthew and Florence,
Día de Muertos, voter-registration deadlines and American elections, Korean, Philippine and
Polish voting abroad, Chicago's 3 May parade, Fat Thursday, Dyngus Day and Pulaski Day,
Philippine Independence Day, Simbang Gabi and Filipino American History Month, tax season
with 2020's later deadline, the 2020 census and the pandemic); photo credits, related links
and advertisement markers mid-body (some up to two times), multi-line blocks (addresses and
copyright lines, tip lines and subscription lines), bare lines, and families in only 4% of
articles (corrections, an obituary prayer) beside ones in nearly all. The hard negatives
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
    easter,
    iso_day,
    nth_weekday,
    ordinal,
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
_yearly_since = _PERIOD.yearly_since
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MWA = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm")
JOU = ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch")
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DZIEN = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
         "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")

# The Lunar New Year (Tết, Seollal, Chinese New Year) and the Mid-Autumn Festival (Chuseok).
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
CAN_CHI = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
           2019: "Kỷ Hợi", 2020: "Canh Tý"}
SHENGXIAO_T = {2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬", 2020: "鼠"}
SHENGXIAO_S = {2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠"}
GANJI = {2015: "을미년", 2016: "병신년", 2017: "정유년", 2018: "무술년", 2019: "기해년",
         2020: "경자년"}
ELECTION_DAYS = {2016: "2016-11-08", 2018: "2018-11-06", 2020: "2020-11-03"}
TAX_DAYS = {2015: "2015-04-15", 2016: "2016-04-18", 2017: "2017-04-18", 2018: "2018-04-17",
            2019: "2019-04-15", 2020: "2020-07-15"}  # 2020: put off by the pandemic

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, fixed for `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    points = [(dt.date.fromisoformat(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def business_day(day: dt.date) -> dt.date:
    """The last weekday on or before `day`: a weekend shows Friday's rate."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def rate(day: dt.date, anchors: tuple[tuple[str, float], ...], key: str,
         spread: float = 0.004) -> float:
    """A made-up daily rate: the level through `anchors` on the business day, wobbled."""
    bday = business_day(day)
    return through(bday, anchors) * (1 + spread * wobble(bday, key))


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def lunar_new_year(y: int) -> dt.date | None:
    return iso_day(LUNAR_NEW_YEAR[y]) if y in LUNAR_NEW_YEAR else None


def mid_autumn(y: int) -> dt.date | None:
    return iso_day(MID_AUTUMN[y]) if y in MID_AUTUMN else None


def elections(before: int, text: Callable[[dt.date], str]) -> list[Event]:
    """A notice from `before` days before each American general election to its day."""
    return [(iso_day(day, -before), iso_day(day, 1), text(iso_day(day)))
            for day in ELECTION_DAYS.values()]


# --- a Spanish-language weekly of California's Central Valley -------------------------------

LV_REDESIGN = dt.date(2017, 9, 15)  # relaunched on the first day of Hispanic Heritage Month
LV_WHATSAPP = dt.date(2018, 3, 1)
LV_REMESAS = dt.date(2018, 6, 1)
LV_TRADUCCION = dt.date(2019, 1, 7)
CA_REGISTRATION = {2016: "2016-10-24", 2018: "2018-10-22", 2020: "2020-10-19"}
MXN = (("2015-01-02", 14.75), ("2015-08-20", 16.7), ("2016-01-20", 18.6), ("2016-05-01", 17.3),
       ("2016-11-09", 20.4), ("2017-01-19", 21.9), ("2017-07-15", 17.7), ("2017-12-15", 19.1),
       ("2018-04-15", 18.1), ("2018-06-14", 20.6), ("2018-10-01", 18.8), ("2018-11-25", 20.4),
       ("2019-04-15", 18.9), ("2019-08-10", 19.8), ("2020-02-15", 18.6), ("2020-03-23", 25.1),
       ("2020-06-05", 21.6), ("2020-09-01", 21.8), ("2020-12-31", 19.9))


def peso_rate(day: dt.date) -> float:
    return rate(day, MXN, "mxn")


def _lv_fecha(day: dt.date) -> str:
    if day < LV_REDESIGN:
        return f"{MESES[day.month - 1].capitalize()} {day.day}, {day.year}"
    return (f"Publicado el {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} a las {{time12}}")


def _lv_envio(day: dt.date) -> str:
    extra = ("Primer envío sin comisión." if day < LV_REMESAS
             else "Cobro en efectivo en más de 20 mil puntos.")
    return (f"💵 Envíe dinero a México con Remesas del Sol: hoy 1 dólar = {peso_rate(day):.2f} "
            f"pesos. {extra}")


@cache
def _lv_aviso() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook y reciba las noticias de su comunidad"),
                  (LV_WHATSAPP.isoformat(), "📲 Reciba las noticias de La Voz del Valle "
                                            "Central por WhatsApp: envíe ALTA al (559) "
                                            "555-0148"))
    covid = [_span("2020-03-19", "2020-05-31", "🦠 Coronavirus: información en español del "
                                               "Departamento de Salud del condado, al día")]
    daca = [_span("2017-09-05", "2017-10-05", "DACA: si su permiso vence antes del 5 de marzo "
                                              "de 2018, renueve antes del 5 de octubre"),
            _span("2020-06-18", "2020-07-05", "La Corte Suprema mantiene DACA: lo que significa "
                                              "para los soñadores del Valle")]
    registro = [(iso_day(CA_REGISTRATION[y], -21), iso_day(CA_REGISTRATION[y], 1),
                 f"🗳️ Elecciones de noviembre de {y}: regístrese para votar antes del "
                 f"{iso_day(CA_REGISTRATION[y]).day} de octubre")
                for y in CA_REGISTRATION]
    votar = elections(14, lambda day: f"🗳️ Vote el martes {day.day} de noviembre de "
                                      f"{day.year}: guía electoral en español")
    censo = [_span("2020-03-12", "2020-10-15", "Censo 2020: ¡Hágase contar! Responda en línea, "
                                               "por teléfono o por correo")]
    muertos = _yearly("11-02", 9, 0, lambda y: f"🕯️ Altar comunitario de Día de Muertos {y}: "
                                               f"envíenos la foto de su ser querido")
    return _calendar(base, covid, daca, registro, muertos, votar, censo)


def lavoz_style() -> PublisherStyle:
    """A Spanish-language weekly of California's Central Valley: a section kicker from a
    pool, the bilingual masthead line, the date in American Spanish order ("Marzo 5, 2016")
    turned the weekday, the long date and the time on the first day of Hispanic Heritage
    Month 2017 (a wording per day), "Por" turned the writer with the beat, a translated-from-
    English credit reworded with a link to the English version, "Lea también:" and
    "Publicidad" (up to twice) mid-body, a photo credit from a pool, a remittance ad with the
    day's dollar-to-peso rate (a wording per business day, its offer reworded in 2018), a
    WhatsApp appeal turned by the pandemic, DACA's rescission and the 2020 ruling, the
    California voter-registration deadlines, the elections, the 2020 census and each Día de
    Muertos, the partnership line from a pool, the address and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="lavozdelvallecentral.com", site="La Voz del Valle Central", base_size=250,
        subdomains=(("www.", 100),),
        sections=("comunidad", "inmigracion", "salud", "deportes", "educacion", "campo"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccion": ("COMUNIDAD", "INMIGRACIÓN", "SALUD", "DEPORTES", "EDUCACIÓN",
                        "TRABAJO DEL CAMPO", "FARÁNDULA"),
            "beat": ("Inmigración", "Comunidad", "Salud", "Deportes", "Educación",
                     "Trabajo del campo"),
            "foto": ("La Voz del Valle Central", "Cortesía", "Archivo", "AP",
                     "Cortesía de la familia"),
            "socio": ("la Red de Medios Étnicos de California",
                      "el Fondo de Periodismo Comunitario del Valle",
                      "el Proyecto de Reportaje sobre Salud Rural",
                      "la Colaborativa de Periodismo Inmigrante"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("cabecera", HEADER, 0.3, (_OLD, "La Voz del Valle Central · Semanario bilingüe "
                                               "· Bilingual weekly since 1989")),
            _f("fecha", HEADER, 0.9, *_by_day(_lv_fecha)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (LV_REDESIGN.isoformat(), "Por {author} · {author_beat}")),
            _f("traduccion", HEADER, 0.12, (_OLD, "Traducido del inglés por {author2}"),
               (LV_TRADUCCION.isoformat(), "Traducción: {author2}. Read this story in English "
                                           "at lavozdelvallecentral.com/english")),
            _f("lea", MIDDLE, 0.35, (_OLD, "Lea también: {other_title}")),
            _f("publicidad", MIDDLE, 0.35, (_OLD, "Publicidad"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("envio", MIDDLE, 0.2, *_by_day(_lv_envio)),
            _f("aviso", FOOTER, 0.3, *_lv_aviso()),
            _f("alianza", FOOTER, 0.15, (_OLD, "Este artículo fue producido en colaboración con "
                                               "{socio}.")),
            _f("direccion", FOOTER, 0.3, (_OLD, "La Voz del Valle Central · 1420 Tulare St., "
                                                "Fresno, CA 93721 · Tel. (559) 555-0148")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} La Voz del Valle Central. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: una versión anterior de "
                                                     "esta nota daba mal la fecha de la clínica "
                                                     "gratuita.")),
        ),
    )


# --- a Haitian-Creole and English weekly in Miami -------------------------------------------

NV_REDESIGN = dt.date(2018, 5, 18)  # relaunched on Haitian Flag Day
NV_RADIO = dt.date(2017, 10, 1)
NV_TRANSLATION = dt.date(2016, 6, 1)
NV_FEES = (("2014-01-01", "$9.99"), ("2016-03-01", "$7.99"), ("2018-01-15", "$5.99"),
           ("2020-04-06", "$0"), ("2020-09-01", "$3.99"))


def _nv_dat(day: dt.date) -> str:
    if day < NV_REDESIGN:
        return f"{day.day} {MWA[day.month - 1]} {day.year}"
    return (f"Pibliye {JOU[day.weekday()]} {day.day} {MWA[day.month - 1]} {day.year} · "
            f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def _nv_lajan(fee: str) -> str:
    cost = "san frè pou $200 jiskaske nou di otreman" if fee == "$0" else f"frè {fee} pou $200"
    return f"💸 Voye lajan Ayiti ak Transfè Lakay: {cost} · lajan an rive menm jou a"


@cache
def _nv_avi() -> Wordings:
    base = _steps((_OLD, "Abòne ak bilten Nouvèl Dyaspora chak vandredi"),
                  (NV_RADIO.isoformat(), "📻 Koute Nouvèl Dyaspora sou radyo kominotè a chak "
                                         "samdi maten a 9è"))
    news = [
        _span("2016-10-04", "2016-10-31", "🌀 Siklòn Matthew: kijan pou ede fanmi nou nan "
                                          "Grandans ak Sid"),
        _span("2017-05-22", "2017-06-05", "TPS: Ayisyen jwenn sis mwa anplis, jiska 22 janvye "
                                          "2018"),
        _span("2017-11-20", "2017-12-15", "TPS pou Ayiti ap fini 22 jiyè 2019: konsèy jiridik "
                                          "gratis nan biwo nou"),
        _span("2018-10-03", "2018-10-20", "Yon jij federal bloke fen TPS la: sa sa vle di pou "
                                          "ou"),
        _span("2020-03-16", "2020-06-30", "🦠 Kowonaviris: rete lakay ou, lave men ou; "
                                          "enfòmasyon an kreyòl chak jou"),
    ]
    bliye = _yearly_since(2010, "01-12", 2, 1, lambda n: f"🕯️ {n} an depi 12 janvye 2010: nou "
                                                         f"pa janm bliye")
    drapo = _yearly("05-18", 4, 1, lambda y: f"🇭🇹 Bòn fèt drapo {y}! Vin selebre avèk nou nan "
                                             f"Little Haiti")
    ane = _yearly("01-01", 2, 0, lambda y: f"Bòn ane {y}! Bòn fèt lendepandans ak bon soup "
                                           f"joumou", years=range(2015, 2022))
    return _calendar(base, news, bliye, drapo, ane)


def nouvel_style() -> PublisherStyle:
    """A Haitian-Creole and English weekly in Miami: a section from a pool, the date in
    Creole turned a bilingual Creole and English date on Haitian Flag Day 2018 (a wording per
    day), "Pa" turned "Pa / By", a translator's credit reworded, the language switch, "Li
    tou:" and "Piblisite" (up to twice) mid-body, a remittance ad whose fee falls over the
    years (free during the 2020 lockdowns), a newsletter appeal turned a radio line and by
    Hurricane Matthew, the TPS decisions, the pandemic, each 12 January anniversary (counted
    in years), Flag Day and Independence Day, the community-calendar line, the address and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="nouveldyaspora.com", site="Nouvèl Dyaspora", base_size=220,
        subdomains=(("www.", 80), ("", 20)),
        sections=("kominote", "imigrasyon", "ayiti", "sante", "espo", "kilti"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"ribrik": ("Kominote", "Imigrasyon", "Ayiti", "Sante", "Espò", "Kilti",
                          "English")},
        families=(
            _f("ribrik", HEADER, 0.45, (_OLD, "{ribrik}")),
            _f("dat", HEADER, 0.85, *_by_day(_nv_dat)),
            _f("ote", HEADER, 0.55, (_OLD, "Pa {author}"),
               (NV_REDESIGN.isoformat(), "Pa / By {author}")),
            _f("tradiksyon", HEADER, 0.2, (_OLD, "Tradiksyon kreyòl: {author2}"),
               (NV_TRANSLATION.isoformat(), "Tradiksyon: {author2} · Translated from the "
                                            "English")),
            _f("lang", HEADER, 0.3, (_OLD, "🇭🇹 Li atik sa a an kreyòl | 🇺🇸 Read this article "
                                           "in English")),
            _f("li-tou", MIDDLE, 0.3, (_OLD, "Li tou: {other_title}")),
            _f("piblisite", MIDDLE, 0.3, (_OLD, "Piblisite"), count=2),
            _f("lajan", MIDDLE, 0.2, *by_table(NV_FEES, _nv_lajan)),
            _f("avi", FOOTER, 0.3, *_nv_avi()),
            _f("kalandriye", FOOTER, 0.2, (_OLD, "Kalandriye kominote: voye aktivite legliz ak "
                                                 "asosyasyon w yo bay "
                                                 "kalandriye@nouveldyaspora.com")),
            _f("adres", FOOTER, 0.25, (_OLD, "Nouvèl Dyaspora · 8240 NE 2nd Ave, Miami, FL 33138 "
                                             "· (305) 555-0197")),
            _f("dwa", FOOTER, 0.4, (_OLD, "© {year} Nouvèl Dyaspora. Tout dwa rezève.")),
            _f("koreksyon", HEADER, 0.04, (_OLD, "Koreksyon: yon vèsyon anvan atik sa a te bay "
                                                 "move dat pou reyinyon an.")),
        ),
    )


# --- a Vietnamese daily of Little Saigon ----------------------------------------------------

VX_REDESIGN = dt.date(2019, 2, 5)  # relaunched on the first day of Tết Kỷ Hợi
VX_TV = dt.date(2018, 6, 1)
VX_SOURCES = dt.date(2018, 1, 2)
VX_RAOVAT = (("2013-01-01", "$10"), ("2017-01-03", "$12"), ("2019-07-01", "$15"))
GOLD = (("2015-01-02", 1186.0), ("2015-01-22", 1295.0), ("2015-12-17", 1050.0),
        ("2016-07-06", 1366.0), ("2016-12-15", 1130.0), ("2017-09-08", 1346.0),
        ("2017-12-12", 1242.0), ("2018-04-11", 1360.0), ("2018-08-16", 1174.0),
        ("2019-06-25", 1420.0), ("2019-09-04", 1550.0), ("2020-03-19", 1475.0),
        ("2020-08-06", 2067.0), ("2020-11-30", 1776.0), ("2020-12-31", 1895.0))


def gold_price(day: dt.date) -> float:
    return rate(day, GOLD, "gold", 0.006)


def _vx_ngay(day: dt.date) -> str:
    if day < VX_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Cập nhật: {THU[day.weekday()]}, ngày {day.day} tháng {day.month} năm {day.year}, "
            f"{{time}}")


def _vx_vang(day: dt.date) -> str:
    bday = business_day(day)
    return (f"Giá vàng thế giới ngày {bday.day}/{bday.month}/{bday.year}: "
            f"${gold_price(day):,.2f} một ounce")


@cache
def _vx_thongbao() -> Wordings:
    base = _steps((_OLD, "Mời quý độc giả theo dõi Viễn Xứ Nhật Báo trên Facebook"),
                  (VX_TV.isoformat(), "📺 Xem bản tin truyền hình Viễn Xứ Nhật Báo mỗi tối lúc "
                                      "7 giờ trên YouTube"))
    covid = [_span("2020-03-19", "2020-06-30", "Dịch COVID-19: thông tin y tế bằng tiếng Việt, "
                                               "cập nhật hằng ngày")]
    tet = _movable(lunar_new_year, 14, 4, lambda y: f"🧧 Cung Chúc Tân Xuân {CAN_CHI[y]}: Hội "
                                                    f"Chợ Tết {y} tại Little Saigon, xem chương "
                                                    f"trình")
    thang_tu = _yearly_since(1975, "04-30", 6, 0, lambda n: f"Tưởng niệm {n} năm ngày 30 tháng "
                                                            f"Tư: lễ thắp nến tại Westminster")
    bau_cu = elections(6, lambda day: f"🗳️ Bầu cử ngày {day.month}/{day.day}/{day.year}: hướng "
                                      f"dẫn bỏ phiếu bằng tiếng Việt")
    return _calendar(base, covid, tet, thang_tu, bau_cu)


def vienxu_style() -> PublisherStyle:
    """A Vietnamese daily of Little Saigon: a section from a pool, the numeric date turned
    "Cập nhật:" with the weekday, the long date and the time on the first day of Tết 2019 (a
    wording per day), the writer's name with the paper's ("Name/Viễn Xứ Nhật Báo"), a
    translator's credit reworded with the wire source from a pool, the day's world gold
    price (a wording per business day), "Xem thêm:" and "Quảng Cáo" (up to twice) mid-body,
    a classified-ads line whose price rises over the years, a note that an English version
    exists, a Facebook appeal turned a TV line and by the pandemic, each Tết with its year
    name, each Black April anniversary (counted in years) and the elections, the office
    address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vienxunhatbao.com", site="Viễn Xứ Nhật Báo", base_size=195,
        subdomains=(("www.", 100),),
        sections=("cong-dong", "viet-nam", "hoa-ky", "di-tru", "suc-khoe", "van-hoa"),
        n_authors=10, url_path="/{section}/{slug}-{n}",
        pools={"muc": ("Cộng Đồng", "Việt Nam", "Hoa Kỳ", "Di Trú", "Sức Khỏe", "Văn Hóa",
                       "Thế Giới"),
               "nguon": ("AP", "Reuters", "Los Angeles Times", "Orange County Register", "BBC",
                         "VOA")},
        families=(
            _f("muc", HEADER, 0.5, (_OLD, "{muc}")),
            _f("ngay", HEADER, 0.85, *_by_day(_vx_ngay)),
            _f("tacgia", HEADER, 0.55, (_OLD, "{author}/Viễn Xứ Nhật Báo")),
            _f("biendich", HEADER, 0.2, (_OLD, "{author2} lược dịch"),
               (VX_SOURCES.isoformat(), "Biên dịch: {author2} · Theo {nguon}")),
            _f("giavang", HEADER, 0.15, *_by_day(_vx_vang)),
            _f("xemthem", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}")),
            _f("quangcao", MIDDLE, 0.3, (_OLD, "Quảng Cáo"), count=2),
            _f("raovat", MIDDLE, 0.1, *by_table(VX_RAOVAT, lambda v: (
                f"Rao vặt: đăng quảng cáo nhỏ chỉ từ {v} một tuần, gọi (714) 555-0126"))),
            _f("tienganh", FOOTER, 0.12, (_OLD, "This article is also available in English in our "
                                                "weekly English edition.")),
            _f("thongbao", FOOTER, 0.3, *_vx_thongbao()),
            _f("toasoan", FOOTER, 0.25, (_OLD, "Tòa soạn: 9300 Bolsa Ave, Westminster, CA 92683 "
                                               "· ĐT: (714) 555-0126")),
            _f("banquyen", FOOTER, 0.4, (_OLD, "Bản quyền © {year} Viễn Xứ Nhật Báo. Mọi hình "
                                               "thức sao chép phải ghi rõ nguồn.")),
            _f("caochinh", HEADER, 0.04, (_OLD, "Cáo chính: bản tin trước đây ghi sai ngày tổ "
                                                "chức đêm văn nghệ gây quỹ.")),
        ),
    )


# --- a Korean daily of Los Angeles' Koreatown -----------------------------------------------

MD_REDESIGN = dt.date(2019, 3, 1)  # relaunched on the centenary of the 1 March movement
MD_KAKAO = dt.date(2016, 9, 1)
MD_COPYRIGHT = dt.date(2018, 1, 1)
MD_FEES = (("2014-01-01", "$120"), ("2017-01-01", "$132"), ("2019-01-01", "$144"))
KRW = (("2015-01-02", 1100.0), ("2015-04-29", 1068.0), ("2015-09-07", 1203.0),
       ("2016-02-25", 1238.0), ("2016-09-07", 1092.0), ("2016-12-28", 1210.0),
       ("2017-04-12", 1144.0), ("2017-11-28", 1084.0), ("2018-04-02", 1056.0),
       ("2018-10-11", 1144.0), ("2019-05-17", 1195.0), ("2019-08-13", 1222.0),
       ("2020-01-16", 1156.0), ("2020-03-19", 1285.0), ("2020-06-01", 1235.0),
       ("2020-12-31", 1086.0))


def won_rate(day: dt.date) -> float:
    return rate(day, KRW, "krw", 0.003)


def _md_date(day: dt.date) -> str:
    if day < MD_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"{day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


def _md_rate(day: dt.date) -> str:
    bday = business_day(day)
    return f"오늘의 환율({bday.month}월 {bday.day}일 기준): 1달러 = {won_rate(day):,.2f}원"


@cache
def _md_notice() -> Wordings:
    base = _steps((_OLD, "미주동포신문 페이스북 페이지에 '좋아요'를 눌러주세요"),
                  (MD_KAKAO.isoformat(), "📱 카카오톡에서 '미주동포신문' 채널을 추가하고 "
                                         "뉴스를 받아보세요"))
    covid = [_span("2020-03-19", "2020-06-30", "코로나19: LA카운티 자택대피령 관련 한국어 안내")]
    voting = [
        _span("2016-03-20", "2016-04-04", "제20대 국회의원선거 재외투표: 3월 30일~4월 4일, "
                                          "LA총영사관"),
        _span("2017-04-15", "2017-04-30", "제19대 대통령선거 재외투표: 4월 25일~30일, 투표소 "
                                          "위치 확인"),
        _span("2020-01-20", "2020-02-15", "제21대 국회의원선거 재외선거 신고·신청: 2월 15일 마감"),
    ]
    saigu = _yearly_since(1992, "04-29", 4, 0, lambda n: f"4·29 폭동 {n}주년: 코리아타운은 잊지 "
                                                         f"않습니다")
    chuseok = _movable(mid_autumn, 5, 2, lambda y: f"🌕 {y} 추석: 풍성한 한가위 보내세요")
    seollal = _movable(lunar_new_year, 3, 1, lambda y: f"🎍 {GANJI[y]} 설날: 새해 복 많이 "
                                                       f"받으세요")
    return _calendar(base, covid, voting, saigu, chuseok, seollal)


def mijudongpo_style() -> PublisherStyle:
    """A Korean daily of Los Angeles' Koreatown: a section from a pool, "입력" with the
    dotted date and the time turned the long date with the weekday on the centenary of the
    1 March movement (a wording per day), "기자" after the writer, a translated-from-English
    note with the translator, the day's won-dollar rate (a wording per business day), "[광고]"
    (up to twice) and "관련기사:" mid-body, a Facebook appeal turned a KakaoTalk line and by
    Korean voting abroad, each Sa-i-gu anniversary (counted in years), Chuseok, Seollal with
    its year name and the pandemic, the tip line, the subscription price (raised in 2017 and
    2019) and the copyright line reworded in 2018 (a block), a rare correction."""
    return PublisherStyle(
        domain="mijudongpo.com", site="미주동포신문", base_size=170,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("society", "immigration", "community", "economy", "sports", "korea"),
        n_authors=9, url_path="/news/articleView.html?idxno={n}",
        pools={"section": ("사회", "이민", "한인사회", "경제", "스포츠", "한국", "오피니언")},
        families=(
            _f("section", HEADER, 0.5, (_OLD, "{section}")),
            _f("date", HEADER, 0.85, *_by_day(_md_date)),
            _f("byline", HEADER, 0.6, (_OLD, "{author} 기자")),
            _f("translated", HEADER, 0.1, (_OLD, "이 기사는 영문 기사를 번역한 것입니다. 번역: "
                                                 "{author2}")),
            _f("exchange", HEADER, 0.2, *_by_day(_md_rate)),
            _f("ad", MIDDLE, 0.3, (_OLD, "[광고]"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "관련기사: {other_title}")),
            _f("notice", FOOTER, 0.3, *_md_notice()),
            _f("tips", FOOTER, 0.25, (_OLD, "제보·보도자료: news@mijudongpo.com")),
            _f("subscribe", FOOTER, 0.2, *by_table(MD_FEES, lambda v: (
                f"구독 문의: (213) 555-0175 · 연간 구독료 {v}"))),
            _f("copyright", FOOTER, 0.45, (_OLD, "ⓒ 미주동포신문 무단전재 및 재배포 금지"),
               (MD_COPYRIGHT.isoformat(), "Copyright ⓒ {year} 미주동포신문. 무단 전재, 재배포 및 "
                                          "크롤링 금지")),
            _f("correction", HEADER, 0.04, (_OLD, "[정정] 지난 기사에서 행사 장소를 잘못 "
                                                  "표기했기에 바로잡습니다.")),
        ),
    )


# --- a Chinese (traditional) weekly of the Bay Area -----------------------------------------

QS_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the first day of the Year of the Dog
QS_APP = dt.date(2019, 6, 1)


def _qs_riqi(day: dt.date) -> str:
    if day < QS_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"更新時間：{day.year}年{day.month}月{day.day}日（{XINGQI[day.weekday()]}） {{time}}"


def _qs_huodong(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    return (f"本週社區活動（{first.month}月{first.day}日至{last.month}月{last.day}日）："
            f"請見本報社區版")


@cache
def _qs_tongzhi() -> Wordings:
    base = _steps((_OLD, "歡迎關注灣區僑聲微信公眾號"),
                  (QS_APP.isoformat(), "📱 下載灣區僑聲App，隨時掌握灣區華人社區新聞"))
    covid = [_span("2020-03-17", "2020-05-31", "新冠疫情：灣區居家避疫令最新中文資訊")]
    census = [_span("2020-03-12", "2020-10-15", "2020人口普查：華人要被算進去，請填寫問卷")]
    vote = elections(6, lambda day: f"🗳️ {day.year}年{day.month}月{day.day}日大選："
                                    f"中文選民指南已上線")
    cny = _movable(lunar_new_year, 10, 15, lambda y: f"🧧 {y}{SHENGXIAO_T[y]}年：灣區僑聲恭祝"
                                                     f"讀者新春快樂、萬事如意")
    moon = _movable(mid_autumn, 5, 1, lambda y: f"🥮 {y}年中秋節：祝讀者花好月圓")
    return _calendar(base, covid, census, vote, cny, moon)


def qiaosheng_style() -> PublisherStyle:
    """A Chinese (traditional) weekly of the Bay Area: a column from a pool, the date turned
    "更新時間：" with the weekday and the time on the first day of the Year of the Dog (a
    wording per day), the reporter line, a translator's credit, the partnership line from a
    pool, "延伸閱讀：" and "廣告" (up to twice) mid-body, the week's community-calendar line
    (a wording per week, from each Monday), a WeChat appeal turned an app line and by the
    pandemic, the 2020 census, the elections, each Chinese New Year with its zodiac animal
    and each Mid-Autumn Festival, the address and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="bayqiaosheng.com", site="灣區僑聲", base_size=150,
        subdomains=(("www.", 100),),
        sections=("bayarea", "community", "immigration", "china", "hkmacau", "finance"),
        n_authors=8, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={"lanmu": ("灣區新聞", "社區", "移民", "中國", "港澳", "財經", "體育"),
               "hezuo": ("灣區少數族裔媒體聯盟", "加州健康報導基金", "社區新聞合作計劃",
                         "華人社區健康通訊")},
        families=(
            _f("lanmu", HEADER, 0.45, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.85, *_by_day(_qs_riqi)),
            _f("jizhe", HEADER, 0.55, (_OLD, "本報記者 {author}／舊金山報導")),
            _f("fanyi", HEADER, 0.1, (_OLD, "本文由{author2}翻譯自英文原稿")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}")),
            _f("guanggao", MIDDLE, 0.3, (_OLD, "廣告"), count=2),
            _f("huodong", MIDDLE, 0.15, *_by_day(_qs_huodong)),
            _f("hezuo", FOOTER, 0.12, (_OLD, "本文與{hezuo}合作製作")),
            _f("tongzhi", FOOTER, 0.3, *_qs_tongzhi()),
            _f("dizhi", FOOTER, 0.25, (_OLD, "灣區僑聲 · 舊金山市都板街 (Grant Ave) 1042號 · 電話："
                                             "(415) 555-0163")),
            _f("banquan", FOOTER, 0.4, (_OLD, "版權所有 © {year} 灣區僑聲 未經授權不得轉載")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本報日前報導中活動日期有誤，特此更正。")),
        ),
    )


# --- a Polish weekly of Chicago -------------------------------------------------------------

KP_REDESIGN = dt.date(2017, 5, 6)  # relaunched on the day of the 2017 3 May parade
KP_EWYDANIE = dt.date(2018, 9, 1)
KP_PACZKI = (("2014-01-01", "1,39"), ("2016-01-04", "1,49"), ("2018-03-01", "1,59"),
             ("2019-07-01", "1,69"), ("2020-05-01", "1,89"))
PLN = (("2015-01-02", 3.55), ("2015-03-13", 3.95), ("2015-05-15", 3.58), ("2016-01-20", 4.08),
       ("2016-04-29", 3.78), ("2016-12-20", 4.24), ("2017-09-08", 3.52), ("2018-02-15", 3.32),
       ("2018-08-15", 3.78), ("2019-10-01", 4.02), ("2020-01-20", 3.80), ("2020-03-19", 4.26),
       ("2020-06-08", 3.93), ("2020-12-31", 3.74))
POLISH_VOTES = (("2015-05-09", "Wybory prezydenckie"), ("2015-05-23", "II tura wyborów "
                                                                      "prezydenckich"),
                ("2015-10-24", "Wybory parlamentarne"), ("2019-10-12", "Wybory parlamentarne"))


def zloty_rate(day: dt.date) -> float:
    return rate(day, PLN, "pln", 0.005)


def _kp_data(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DZIEN[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} {day.year}, godz. {{time}}"


def _kp_kurs(day: dt.date) -> str:
    bday = business_day(day)
    value = f"{zloty_rate(day):.4f}".replace(".", ",")
    return f"Kurs średni NBP z {bday.day:02d}.{bday.month:02d}.{bday.year}: 1 USD = {value} zł"


def first_saturday_of_may(y: int) -> dt.date:
    return nth_weekday(y, 5, 5, 1)


@cache
def _kp_ogloszenie() -> Wordings:
    base = _steps((_OLD, "Zapraszamy do prenumeraty wydania drukowanego"),
                  (KP_EWYDANIE.isoformat(), "📰 E-wydanie gazety w każdy piątek: zamów "
                                            "prenumeratę online"))
    odwolana = [_span("2020-04-20", "2020-05-03", "Parada 3 Maja 2020 odwołana z powodu "
                                                  "pandemii")]
    covid = [_span("2020-03-16", "2020-04-19", "Koronawirus: nakaz pozostania w domu w "
                                               "Illinois, informacje po polsku")]
    wybory = [(iso_day(day, -10), iso_day(day, 1),
               f"🗳️ {name} {day[:4]}: w USA głosujemy w sobotę {iso_day(day).day} "
               f"{MIESIACA[iso_day(day).month - 1]}. Sprawdź swój lokal wyborczy")
              for day, name in POLISH_VOTES]
    wybory += [_span("2020-06-05", "2020-06-28", "Wybory prezydenckie 2020: w USA głosujemy "
                                                 "korespondencyjnie, rejestracja w konsulacie"),
               _span("2020-07-01", "2020-07-12", "II tura wyborów prezydenckich 2020: pakiety "
                                                 "wyborcze wysyła konsulat")]
    parada = _movable(lambda y: first_saturday_of_may(y) if y < 2020 else None, 7, 0,
                      lambda y: f"🇵🇱 Parada 3 Maja {y}: sobota {first_saturday_of_may(y).day} "
                                f"maja, start o 12:00 na Columbus Drive")
    paczki = _movable(lambda y: easter(y) - 52 * ONE, 3, 0,
                      lambda y: f"🍩 Tłusty Czwartek {(easter(y) - 52 * ONE).day} "
                                f"{MIESIACA[(easter(y) - 52 * ONE).month - 1]}: pączki w "
                                f"polskich cukierniach")
    swieta = _yearly("12-24", 6, 2, lambda y: f"🎄 Wesołych Świąt Bożego Narodzenia {y} życzy "
                                              f"redakcja")
    return _calendar(base, odwolana, covid, parada, wybory, paczki, swieta)


def kurier_style() -> PublisherStyle:
    """A Polish weekly of Chicago: a department from a pool, the dotted date turned the
    weekday, the long date and the time on the day of the 2017 3 May parade (a wording per
    day), "Autor:", a translator's credit, the NBP's average dollar rate (a wording per
    business day), "Czytaj także:" and "REKLAMA" (up to twice) mid-body, a parcels-to-Poland
    ad whose price per pound rises over the years, a print-subscription line turned an
    e-edition line and by Polish voting in the US (on the Saturday before, by post in 2020),
    the 3 May parades (cancelled in 2020), Fat Thursday, Christmas and the pandemic, the
    newsroom address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kurierpolonijny.com", site="Kurier Polonijny", base_size=130,
        subdomains=(("www.", 100),),
        sections=("chicago", "polonia", "polska", "imigracja", "sport", "kultura"),
        n_authors=7, url_path="/{section}/{slug},{n}",
        pools={"dzial": ("Chicago", "Polonia", "Polska", "Imigracja", "Sport", "Kultura",
                         "Z kraju")},
        families=(
            _f("dzial", HEADER, 0.45, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_kp_data)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("tlumaczenie", HEADER, 0.1, (_OLD, "Tłumaczenie z języka angielskiego: "
                                                  "{author2}")),
            _f("kurs", HEADER, 0.15, *_by_day(_kp_kurs)),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA"), count=2),
            _f("paczki", MIDDLE, 0.2, *by_table(KP_PACZKI, lambda v: (
                f"📦 Paczki do Polski od ${v} za funt: odbiór z domu w całym Chicagolandzie"))),
            _f("ogloszenie", FOOTER, 0.3, *_kp_ogloszenie()),
            _f("redakcja", FOOTER, 0.25, (_OLD, "Redakcja: 5640 N. Milwaukee Ave, Chicago, IL "
                                                "60646, tel. (773) 555-0190")),
            _f("prawa", FOOTER, 0.4, (_OLD, "© {year} Kurier Polonijny. Wszelkie prawa "
                                            "zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w poprzedniej wersji "
                                                    "artykułu podaliśmy błędną datę festynu.")),
        ),
    )


# --- a Tagalog and English Filipino weekly of Los Angeles ------------------------------------

TK_REDESIGN = dt.date(2017, 6, 12)  # relaunched on Philippine Independence Day
TK_BOX = (("2014-01-01", "$75"), ("2016-02-01", "$80"), ("2018-01-15", "$85"),
          ("2019-06-01", "$90"), ("2020-07-01", "$99"))
PHP = (("2015-01-05", 44.7), ("2015-12-28", 47.1), ("2016-06-06", 46.3), ("2016-12-26", 49.8),
       ("2017-09-25", 51.2), ("2018-03-05", 52.0), ("2018-09-17", 54.1), ("2019-04-01", 52.5),
       ("2019-12-30", 50.7), ("2020-03-16", 51.2), ("2020-12-28", 48.1))


def peso_php(monday: dt.date) -> float:
    return through(monday, PHP) * (1 + 0.004 * wobble(monday, "php"))


def _tk_petsa(day: dt.date) -> str:
    if day < TK_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year}"


def _tk_palitan(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Palitan ngayong linggo ({BUWAN[monday.month - 1]} {monday.day}): $1 = "
            f"₱{peso_php(monday):.2f}")


@cache
def _tk_paalala() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for community news and events"),
                  (TK_REDESIGN.isoformat(), "I-follow ang Tinig Kababayan sa Facebook at "
                                            "Instagram para sa balitang pang-komunidad"))
    covid = [_span("2020-03-19", "2020-06-30", "🦠 COVID-19: manatili sa bahay; libreng testing "
                                               "sa Historic Filipinotown")]
    boto = [_span("2016-04-09", "2016-05-09", "🗳️ Overseas absentee voting: bumoto sa "
                                              "Konsulado, Abril 9 hanggang Mayo 9, 2016"),
            _span("2019-04-13", "2019-05-13", "🗳️ Overseas absentee voting: bumoto sa "
                                              "Konsulado, Abril 13 hanggang Mayo 13, 2019")]
    kalayaan = _yearly("06-12", 7, 0, lambda y: f"🇵🇭 Maligayang Araw ng Kalayaan! "
                                                f"{ordinal(y - 1898)} Philippine Independence "
                                                f"Day, {y}")
    fahm = _yearly("10-01", 0, 30, lambda y: f"October {y} is Filipino American History Month")
    simbang = _yearly("12-16", 0, 9, lambda y: f"🎄 Simbang Gabi {y}: iskedyul ng misa sa mga "
                                               f"parokya")
    return _calendar(base, covid, boto, kalayaan, fahm, simbang)


def tinig_style() -> PublisherStyle:
    """A Tagalog and English Filipino weekly of Los Angeles: a section from a pool, the date
    in English turned Tagalog with the weekday on Philippine Independence Day 2017 (a wording
    per day), "By" turned "Ni" with the paper's name, a translator's credit, the week's
    peso rate (a wording per week, from each Monday), "BASAHIN DIN:" and "Advertisement" (up
    to twice) mid-body, a balikbayan-box ad whose price rises over the years, a Facebook
    appeal reworded in Tagalog and turned by overseas absentee voting, Independence Day
    (counted in years), Filipino American History Month, Simbang Gabi and the pandemic, the
    partnership line, the office address and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="tinigkababayan.com", site="Tinig Kababayan", base_size=110,
        subdomains=(("www.", 100),),
        sections=("komunidad", "pilipinas", "imigrasyon", "kalusugan", "showbiz"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"seksyon": ("Balitang Komunidad", "Pilipinas", "Imigrasyon", "Kalusugan",
                           "Showbiz", "Community News"),
               "partner": ("the Filipino American Reporting Fellowship", "the Ethnic Media "
                           "Census Collaborative", "the Historic Filipinotown Media Project")},
        families=(
            _f("seksyon", HEADER, 0.45, (_OLD, "{seksyon}")),
            _f("petsa", HEADER, 0.85, *_by_day(_tk_petsa)),
            _f("ni", HEADER, 0.5, (_OLD, "By {author}"),
               (TK_REDESIGN.isoformat(), "Ni {author} | Tinig Kababayan")),
            _f("isinalin", HEADER, 0.1, (_OLD, "Isinalin sa Filipino ni {author2}")),
            _f("palitan", HEADER, 0.15, *_by_day(_tk_palitan)),
            _f("basahin", MIDDLE, 0.3, (_OLD, "BASAHIN DIN: {other_title}")),
            _f("anunsyo", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("balikbayan", MIDDLE, 0.2, *by_table(TK_BOX, lambda v: (
                f"📦 Padala sa Pinas: balikbayan box papuntang Metro Manila {v}, door to door, "
                f"30-45 araw"))),
            _f("paalala", FOOTER, 0.3, *_tk_paalala()),
            _f("partner", FOOTER, 0.1, (_OLD, "This story was produced in partnership with "
                                              "{partner}.")),
            _f("opisina", FOOTER, 0.25, (_OLD, "Tinig Kababayan Media Group · 2450 W. Temple St., "
                                               "Los Angeles, CA 90026")),
            _f("karapatan", FOOTER, 0.4, (_OLD, "© {year} Tinig Kababayan Media Group. All "
                                                "rights reserved.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "Pagwawasto: mali ang petsang nakasulat sa "
                                                  "naunang bersyon ng artikulong ito.")),
        ),
    )


# --- a nonprofit newswire that produces stories with ethnic media ---------------------------

NN_REDESIGN = dt.date(2018, 9, 15)
NN_LANGS = dt.date(2017, 1, 9)
NN_COLLAB = dt.date(2017, 6, 1)


def _nn_dated(day: dt.date) -> str:
    if day < NN_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Published {MONTHS[day.month - 1]} {day.day}, {day.year} · Updated {{time12}} PT"


@cache
def _nn_donate() -> Wordings:
    base = _steps((_OLD, "New Neighbors News Service is a nonprofit newsroom. Support our "
                         "work."))
    census = [_span("2020-03-01", "2020-07-31", "Census 2020: our toolkit in 12 languages is "
                                                "free for community newsrooms to share")]
    guides = [(iso_day(day, -35), iso_day(day, 1),
               f"Our {day[:4]} voter guides are out in seven languages: share them")
              for day in ELECTION_DAYS.values()]
    match = _yearly("12-31", 60, 0, lambda y: f"Give by Dec. 31, {y}, and your gift to New "
                                              f"Neighbors News Service is matched, up to "
                                              f"$1,000.")
    return _calendar(base, census, guides, match)


def newneighbors_style() -> PublisherStyle:
    """A nonprofit newswire that produces stories in partnership with ethnic media: a
    topic kicker from a pool, the AP-style date turned "Published" with the Pacific time on
    15 September 2018 (a wording per day), "By" turned two writers, the languages line
    (Kreyòl added in 2017), "Related:" and a photo credit mid-body, the partnership line
    reworded for the collaborative with partners from a pool, the translation credit with the
    language from a pool, the republishing line and the contact line (a block), a donation
    appeal turned by the year-end matches, the voter guides and the 2020 census, a rare
    correction."""
    return PublisherStyle(
        domain="newneighborsnews.org", site="New Neighbors News Service", base_size=90,
        subdomains=(("www.", 100),),
        sections=("immigration", "census", "health", "elections", "language-access", "labor"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"kicker": ("IMMIGRATION", "CENSUS 2020", "HEALTH", "ELECTIONS",
                          "LANGUAGE ACCESS", "LABOR"),
               "partner": ("Radyo Lakay Boston", "Tuần Báo Sông Lam Houston", "Głos Jackowa",
                           "Balita ng Bayan Seattle", "Semanario Valle de Yakima", "西雅圖華聲報"),
               "language": ("Spanish", "Vietnamese", "Korean", "Chinese", "Haitian Creole",
                            "Polish", "Tagalog"),
               "photo": ("New Neighbors News Service", "Courtesy of the family", "AP Photo",
                         "Getty Images")},
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_nn_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (NN_REDESIGN.isoformat(), "By {author} and {author2}")),
            _f("languages", HEADER, 0.35,
               (_OLD, "Read this story in: Español | Tiếng Việt | 한국어 | 中文 | Polski "
                      "| Tagalog"),
               (NN_LANGS.isoformat(), "Read this story in: Español | Kreyòl | Tiếng Việt | 한국어 "
                                      "| 中文 | Polski | Tagalog")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("partnership", FOOTER, 0.55,
               (_OLD, "This article was produced in partnership with {partner}."),
               (NN_COLLAB.isoformat(), "This story was produced in partnership with "
                                       "{partner_list} as part of the New Neighbors News "
                                       "Service reporting collaborative.")),
            _f("translated", FOOTER, 0.3, (_OLD, "Translated into {language} by {author2}.")),
            _f("republish", FOOTER, 0.3, (_OLD, "Republish this article for free under a "
                                                "Creative Commons license.")),
            _f("contact", FOOTER, 0.2, (_OLD, "Questions about this story? Email "
                                              "editors@newneighborsnews.org")),
            _f("donate", FOOTER, 0.25, *_nn_donate()),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this story "
                                                  "misspelled the name of a community clinic.")),
        ),
    )


# --- a bilingual Spanish and English weekly of North Carolina -------------------------------

HL_REDESIGN = dt.date(2019, 5, 5)
CONSULADO_CITIES = ("Raleigh", "Durham", "Greensboro", "Charlotte", "Fayetteville",
                    "Wilmington")


def consulado_visit(day: dt.date) -> dt.date:
    """The mobile consulate's next visit on or after `day`: each month's second Saturday."""
    visit = nth_weekday(day.year, day.month, 5, 2)
    if day > visit:
        nxt = (day.replace(day=1) + 32 * ONE).replace(day=1)
        visit = nth_weekday(nxt.year, nxt.month, 5, 2)
    return visit


def _hl_fecha(day: dt.date) -> str:
    if day < HL_REDESIGN:
        return f"Publicado: {day.month:02d}/{day.day:02d}/{day.year}"
    return (f"Actualizado el {day.day} de {MESES[day.month - 1]} de {day.year} | Updated "
            f"{MONTHS[day.month - 1]} {day.day}, {day.year}")


def _hl_consulado(day: dt.date) -> str:
    if dt.date(2020, 3, 15) <= day <= dt.date(2020, 8, 31):
        return "🇲🇽 Consulado sobre Ruedas: visitas suspendidas por la pandemia"
    visit = consulado_visit(day)
    return (f"🇲🇽 Consulado sobre Ruedas: próxima visita el sábado {visit.day} de "
            f"{MESES[visit.month - 1]} en {CONSULADO_CITIES[visit.month % 6]}")


@cache
def _hl_temporada() -> Wordings:
    base = _steps((_OLD, "Anúnciese en El Heraldo Latino de Carolina: llame al (919) "
                         "555-0133"))
    covid = [_span("2020-03-27", "2020-05-22", "🦠 Quédese en casa: la orden del gobernador "
                                               "sigue vigente en Carolina del Norte")]
    florence = [_span("2018-09-10", "2018-09-30", "🌀 Huracán Florence: refugios y ayuda en "
                                                  "español")]
    impuestos = [(iso_day(f"{y}-01-20"), iso_day(TAX_DAYS[y], 1),
                  f"🧾 Impuestos {y}: la fecha límite es el {iso_day(TAX_DAYS[y]).day} de "
                  f"{MESES[iso_day(TAX_DAYS[y]).month - 1]}. Pida su ITIN con un preparador "
                  f"certificado") for y in YEARS]
    return _calendar(base, covid, florence, impuestos)


def heraldo_style() -> PublisherStyle:
    """A bilingual Spanish and English weekly of North Carolina: the bilingual edition line,
    the numeric date in American order turned a bilingual Spanish and English date on
    5 May 2019 (a wording per day), "Por", the mobile consulate's next visit (changing the
    day after each month's second Saturday, suspended in 2020), "Publicidad / Advertisement"
    and the community-calendar line mid-body, an advertising line turned by each tax season
    (the 2020 deadline in July), Hurricane Florence and the stay-at-home order, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="heraldolatinonc.com", site="El Heraldo Latino de Carolina", base_size=70,
        subdomains=(("www.", 100),),
        sections=("local", "inmigracion", "english", "deportes"),
        n_authors=4, url_path="/{section}/{slug}",
        families=(
            _f("edicion", HEADER, 0.4, (_OLD, "Edición en español | English Edition")),
            _f("fecha", HEADER, 0.85, *_by_day(_hl_fecha)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad / Advertisement")),
            _f("calendario", MIDDLE, 0.2, (_OLD, "Calendario comunitario: envíe su evento a "
                                                 "eventos@heraldolatinonc.com")),
            _f("consulado", FOOTER, 0.15, *_by_day(_hl_consulado)),
            _f("temporada", FOOTER, 0.25, *_hl_temporada()),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} El Heraldo Latino de Carolina")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: en una versión anterior se "
                                                  "publicó mal el horario de la clínica.")),
        ),
    )


# --- a Polish-American English-language monthly of Buffalo ----------------------------------

PH_SUBSCRIPTION = (("2014-01-01", "$24 (U.S.), $34 (Canada)"),
                   ("2017-01-01", "$27 (U.S.), $37 (Canada)"),
                   ("2019-01-01", "$30 (U.S.), $42 (Canada)"))


def _ph_dated(day: dt.date) -> str:
    return (f"From the {MONTHS[day.month - 1]} {day.year} issue · Posted "
            f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}")


def pulaski_parade(y: int) -> dt.date | None:
    """New York's Pulaski Day Parade: the first Sunday of October (not held in 2020)."""
    return nth_weekday(y, 10, 6, 1) if y < 2020 else None


def _ph_dyngus(y: int) -> str:
    monday = easter(y) + ONE
    if y == 2020:
        return "Dyngus Day 2020 celebrations are cancelled; stay safe and Wesołego Alleluja"
    return (f"Dyngus Day {y} is Monday, {MONTHS[monday.month - 1]} {monday.day}: Wesołego "
            f"Alleluja from all of us at The Polonia Herald")


@cache
def _ph_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to The Polonia Herald: 12 issues a year, mailed to your "
                         "door"))
    dyngus = _movable(lambda y: easter(y) + ONE, 10, 0, _ph_dyngus)
    pulaski = _movable(pulaski_parade, 10, 0, lambda y: (
        f"Pulaski Day Parade {y}: Sunday, October {nth_weekday(y, 10, 6, 1).day}, on Fifth "
        f"Avenue"))
    wigilia = _yearly("12-24", 6, 1, lambda y: f"Wesołych Świąt! Our office is closed Dec. "
                                               f"24-26, {y}")
    return _calendar(base, dyngus, pulaski, wigilia)


def polonia_style() -> PublisherStyle:
    """A Polish-American English-language monthly of Buffalo: the issue and the AP-style
    posting date (a wording per day), "By", "See also:" and "Advertisement" mid-body, a
    subscription appeal turned by each Dyngus Day (cancelled in 2020), New York's Pulaski
    Day Parades and Christmas, the subscription prices (raised in 2017 and 2019) and the
    copyright line (a block), an obituary prayer in Polish on a few pages, a rare
    correction."""
    return PublisherStyle(
        domain="poloniaherald.com", site="The Polonia Herald", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "polonia", "culture", "obituaries"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_ph_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("see-also", MIDDLE, 0.25, (_OLD, "See also: {other_title}")),
            _f("ad", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("notice", FOOTER, 0.3, *_ph_notice()),
            _f("subscription", FOOTER, 0.25, *by_table(PH_SUBSCRIPTION, lambda v: (
                f"Annual subscription: {v}. Call (716) 555-0182."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Polonia Herald, Inc. All rights "
                                                "reserved.")),
            _f("prayer", FOOTER, 0.05, (_OLD, "Wieczne odpoczywanie racz mu dać, Panie.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the date of the parish "
                                                  "festival was given incorrectly in our last "
                                                  "issue.")),
        ),
    )


# --- a Chinese (simplified) weekly of Flushing ----------------------------------------------

FZ_COPYRIGHT = dt.date(2017, 1, 28)  # the first day of the Year of the Rooster
CNY = (("2015-01-02", 6.21), ("2015-08-10", 6.21), ("2015-08-13", 6.39), ("2016-12-28", 6.96),
       ("2017-09-08", 6.47), ("2018-03-26", 6.27), ("2018-10-31", 6.97), ("2019-04-12", 6.71),
       ("2019-09-03", 7.17), ("2020-05-27", 7.16), ("2020-12-31", 6.53))


def yuan_rate(day: dt.date) -> float:
    return rate(day, CNY, "cny", 0.0015)


@cache
def _fz_weixin() -> Wordings:
    base = _steps((_OLD, "扫码关注法拉盛周刊微信公众号"))
    pause = [_span("2020-03-22", "2020-06-07", "纽约州“暂停”令期间：法拉盛周刊电子版免费阅读")]
    census = [_span("2020-03-12", "2020-10-15", "2020年人口普查：每个人都要被统计，请填写问卷")]
    chunjie = _movable(lunar_new_year, 10, 5, lambda y: f"🧧 {y}{SHENGXIAO_S[y]}年春节快乐："
                                                        f"法拉盛新春游行与庙会信息")
    return _calendar(base, pause, census, chunjie)


def flushing_style() -> PublisherStyle:
    """A Chinese (simplified) weekly of Flushing: "发布时间：" with the date and the time (a
    wording per day), the source from a pool, the reporter line, an editor's translation
    credit, the day's yuan rate (a wording per business day), "推荐阅读：" and "广告"
    mid-body, a WeChat appeal turned by each Spring Festival with its zodiac animal, the 2020
    census and New York's PAUSE order, the disclaimer and the copyright line reworded in
    2017, a rare correction."""
    return PublisherStyle(
        domain="flushingzhoukan.com", site="法拉盛周刊", base_size=40,
        subdomains=(("www.", 100),),
        sections=("shequ", "yimin", "zhongguo", "jiaoyu"),
        n_authors=4, url_path="/{section}/{yyyy}-{mm}-{dd}/{n}.html",
        pools={"laiyuan": ("法拉盛周刊", "综合报道", "编译", "本刊讯")},
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(
                lambda day: f"发布时间：{day.year}-{day.month:02d}-{day.day:02d} {{time}}")),
            _f("laiyuan", HEADER, 0.4, (_OLD, "来源：{laiyuan}")),
            _f("jizhe", HEADER, 0.45, (_OLD, "记者 {author}")),
            _f("bianyi", HEADER, 0.1, (_OLD, "编译：{author2}")),
            _f("huilv", HEADER, 0.15, *_by_day(
                lambda day: f"今日汇率：1美元兑{yuan_rate(day):.4f}元人民币")),
            _f("tuijian", MIDDLE, 0.3, (_OLD, "推荐阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.3, (_OLD, "广告")),
            _f("weixin", FOOTER, 0.35, *_fz_weixin()),
            _f("mianze", FOOTER, 0.2, (_OLD, "免责声明：本刊广告内容由广告商提供，"
                                             "与本刊立场无关。")),
            _f("banquan", FOOTER, 0.4, (_OLD, "版权所有 © {year} 法拉盛周刊 未经许可不得转载"),
               (FZ_COPYRIGHT.isoformat(), "本文版权归法拉盛周刊所有，转载请注明出处")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：上期报道中的讲座地点有误，特此更正。")),
        ),
    )


# --- the English edition of a Koreatown weekly ----------------------------------------------

def ktown_festival(y: int) -> dt.date | None:
    """The Koreatown festival's Saturday: the first of October (held online in 2020)."""
    return nth_weekday(y, 10, 5, 1) if y < 2020 else None


@cache
def _kw_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Instagram and KakaoTalk for daily Koreatown news"))
    festival = _movable(ktown_festival, 7, 1, lambda y: (
        f"🎪 Koreatown festival weekend {y}: street closures on Olympic Blvd. on October "
        f"{nth_weekday(y, 10, 5, 1).day}"))
    chuseok = _movable(mid_autumn, 4, 1, lambda y: f"🌕 Happy Chuseok {y}! 즐거운 한가위 되세요")
    seollal = _movable(lunar_new_year, 3, 1, lambda y: f"🎍 Happy Seollal! 새해 복 많이 받으세요 "
                                                       f"({y})")
    saigu = _yearly_since(1992, "04-29", 3, 0, lambda n: f"Sa-i-gu, {n} years on: read our "
                                                         f"series")
    return _calendar(base, saigu, chuseok, seollal, festival)


def ktown_style() -> PublisherStyle:
    """The English edition of a Koreatown weekly: the weekday and date in capitals (a
    wording per day), the edition switch, "By" with the paper's name, a translated-from-the-
    Korean-edition credit, "[AD]" mid-body, a social-media appeal turned by each Sa-i-gu
    anniversary (counted in years), the Koreatown festival, Chuseok and Seollal, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="ktownweeklyenglish.com", site="Ktown Weekly", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "community", "food", "culture"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.8, *_by_day(
                lambda day: f"{WEEKDAYS[day.weekday()].upper()}, "
                            f"{MONTHS[day.month - 1].upper()} {day.day}, {day.year}")),
            _f("edition", HEADER, 0.35, (_OLD, "English Edition | 한국어판 보기")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}, Ktown Weekly")),
            _f("translated", HEADER, 0.2, (_OLD, "Translated from the Korean edition by "
                                                 "{author2}")),
            _f("ad", MIDDLE, 0.25, (_OLD, "[AD]")),
            _f("notice", FOOTER, 0.3, *_kw_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Ktown Weekly. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "gave the wrong opening hours for the "
                                                  "market.")),
        ),
    )


def heldout182_styles() -> list[PublisherStyle]:
    """The held-back-182 styles, in the order the generator hands them to publishers."""
    return [
        lavoz_style(), nouvel_style(), vienxu_style(), mijudongpo_style(), qiaosheng_style(),
        kurier_style(), tinig_style(), newneighbors_style(), heraldo_style(), polonia_style(),
        flushing_style(), ktown_style(),
    ]
