"""The ``held-back-171`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection
rules and quality results, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"speeds may vary" line or an advertisement marker. The publishers are telecoms, broadband and
mobile-operator news sites, consumer-tech support pages and regulators' press pages in
English, Spanish, Turkish, Indonesian, Vietnamese and Swedish: a British broadband and
telecoms news site, a Spanish telecoms news site, a Turkish mobile and tariffs news site, an
Indonesian gadget and operator news site, a Vietnamese telecoms news site, a Swedish broadband
comparison site, a British mobile operator's help and network-status pages, a British
communications regulator's news releases, a Mexican cable operator's press room, an
Indonesian telecoms regulator's press releases, a Turkish fibre provider's support pages and a
Swedish municipal fibre network's news and service status. The families are the kinds a
crawl of such sites holds: dates localised day by day in British English (with summer and
winter time), Spanish (with CET and CEST), Turkish, Indonesian (with WIB), Vietnamese (with
GMT+7) and Swedish, several changing form on the day of a redesign; lines that turn every
day (deal prices "correct at the time of writing", network status lines naming the day with
outage and maintenance days, a consultation's closing date ten weeks on, a press release's
running number, the spectrum auction's rounds day by day), every week (a fibre provider's
planned works on the next Tuesday night); plan prices, roaming terms, price-rise rates, IMEI
registration fees, connection fees and coverage figures that change over the years; "speeds
may vary" disclaimers, reworded for the British "average peak-time speed" rule of May 2018;
app-download appeals that replaced newsletter and social lines between 2016 and 2019;
notices that follow the calendars of the trade (Mobile World Congress and its 2020
cancellation, the British, Spanish and Swedish spectrum auctions, Black Friday, Black Week and El
Buen Fin, Turkey's 4.5G launch, Ramadan and the Bayrams, Lebaran and its network posts,
Indonesia's SIM re-registration and IMEI rule, Tết, Vietnam's move from 11-digit to 10-digit
numbers and number portability, Mexico's analogue switch-off and the 2017 earthquakes,
midsummer and Christmas opening hours, EU roaming and Brexit, the 2020 pandemic); tariffs,
routes of works and topics from pools, "Related" lines and advertisement markers mid-body
(some up to two times), multi-line blocks (notes to editors, media contacts, "ENDS", about
lines, imprints, responsible-publisher lines), bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
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
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
DAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

# Eid al-Fitr (the first day of the Bayram in Turkey, of Lebaran in Indonesia, a day later in
# 2016 and 2019 by the Indonesian government's sighting) and Eid al-Adha in Turkey.
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
LEBARAN = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
           2019: "2019-06-05", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}
MWC = {2015: ("2015-03-02", "2015-03-05"), 2016: ("2016-02-22", "2016-02-25"),
       2017: ("2017-02-27", "2017-03-02"), 2018: ("2018-02-26", "2018-03-01"),
       2019: ("2019-02-25", "2019-02-28")}
MWC_CANCELLED = dt.date(2020, 2, 12)

# --- helpers of this set ------------------------------------------------------------------


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


def summer_time(day: dt.date) -> bool:
    """Whether British and Central European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def black_friday(y: int) -> dt.date:
    """The day after American Thanksgiving."""
    return thanksgiving(y) + ONE


def midsummer_eve(y: int) -> dt.date:
    """Swedish midsummer eve: the Friday from 19 to 25 June."""
    first = dt.date(y, 6, 19)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7)


def next_tuesday(day: dt.date) -> dt.date:
    """The first Tuesday after `day` (a week on if `day` is a Tuesday)."""
    return day + dt.timedelta(days=(1 - day.weekday()) % 7 or 7)


def _hash(key: str) -> int:
    return zlib.crc32(key.encode())


def _uk(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _es(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


def _tr(day: dt.date) -> str:
    return f"{day.day} {AYLAR[day.month - 1]} {day.year}"


def _id(day: dt.date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def _sv(day: dt.date) -> str:
    return f"{day.day} {MANADER[day.month - 1]} {day.year}"


# --- a British broadband and telecoms news site -------------------------------------------

LW_REDESIGN = dt.date(2017, 9, 4)
LW_ASA = dt.date(2018, 5, 23)  # broadband adverts quote median peak-time speeds from this day
LW_DISCLOSURE = dt.date(2019, 4, 1)
LW_BRIEFING = dt.date(2019, 2, 4)
UK_AUCTION = (dt.date(2018, 3, 20), dt.date(2018, 4, 5))


def _lw_dated(day: dt.date) -> str:
    if day < LW_REDESIGN:
        return f"Posted {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return f"{WEEKDAYS[day.weekday()]}, {_uk(day)} ({{time}} {zone})"


@cache
def _lw_notice() -> Wordings:
    base = _steps((_OLD, "Get the Linewatch weekly roundup of ISP news by email"),
                  (LW_BRIEFING.isoformat(), "📨 The Linewatch Briefing: broadband and mobile "
                                            "news every weekday at 7am. Subscribe free"))
    shows = [_span(first, last, f"📡 MWC {y}: all our news from Barcelona")
             for y, (first, last) in MWC.items()]
    news = [
        _span(MWC_CANCELLED.isoformat(), "2020-02-27", "MWC 2020 is cancelled: how the "
                                                       "networks and phone makers are "
                                                       "launching instead"),
        _span(UK_AUCTION[0].isoformat(), UK_AUCTION[1].isoformat(),
              "🔨 5G spectrum auction: round-by-round results as they come"),
        _span("2020-03-23", "2020-06-30", "🏠 Working from home? Our guide to getting the "
                                          "most from your broadband"),
    ]
    deals = _movable(black_friday, 7, 3, lambda y: f"🛒 Black Friday {y}: the best broadband "
                                                   f"and SIM-only deals, updated daily")
    return _calendar(base, news, shows, deals)


def linewatch_style() -> PublisherStyle:
    """A British broadband and telecoms news site: a topic kicker from a pool, the short
    date turned the weekday, the long date, the time and British summer or winter time on
    4 September 2017 (a wording per day), "By" turned the writer with the beat, an
    affiliate disclosure reworded in 2019, "Related:" and advertisement markers (up to twice)
    mid-body, a featured deal from a pool, "deal prices correct at the time of writing"
    with the day's date (a wording per day), the "up to" speeds disclaimer reworded for the
    May 2018 peak-time rule, the comment count, a newsletter line turned a daily briefing
    and turned by MWC (and its 2020 cancellation), the 2018 5G auction, the pandemic and
    Black Friday, the publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="linewatch.co.uk", site="Linewatch", base_size=250,
        subdomains=(("www.", 100),),
        sections=("broadband", "mobile", "full-fibre", "5g", "regulation", "business"),
        n_authors=9, url_path="/news/{yyyy}/{mm}/{slug}.html",
        pools={
            "kicker": ("BROADBAND", "MOBILE", "FULL FIBRE", "5G", "REGULATION", "BUSINESS",
                       "TV & STREAMING"),
            "beat": ("Broadband Editor", "Mobile Reporter", "Senior Writer", "News Editor",
                     "Deals Writer"),
            "deal": ("Fibre 150: £24.99 a month on an 18-month contract, no set-up fee",
                     "SIM-only 30GB: £10 a month, 12 months", "Full fibre 500: £35 a month, "
                     "first 6 months half price", "Unlimited data SIM: £20 a month, "
                     "1-month rolling", "Fibre 36 + Freeview box: £22 a month"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_lw_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (LW_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("disclosure", HEADER, 0.25,
               (_OLD, "We may earn a commission if you buy through links on this page."),
               (LW_DISCLOSURE.isoformat(), "Linewatch is reader-supported: when you buy "
                                           "through our links we may earn a commission. "
                                           "It never affects our reviews.")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("deal", MIDDLE, 0.15, (_OLD, "Deal of the day: {deal}")),
            _f("prices", FOOTER, 0.3, *_daily(
                lambda day: f"Deal prices correct at the time of writing ({_uk(day)}) and "
                            f"subject to change.")),
            _f("speeds", FOOTER, 0.35,
               (_OLD, "Speeds quoted are 'up to' speeds: the speed you get depends on your "
                      "line and may be lower."),
               (LW_ASA.isoformat(), "Speeds quoted are the average download speeds at least "
                                    "half of customers get between 8pm and 10pm. Your "
                                    "speed may vary.")),
            _f("comments", FOOTER, 0.35, (_OLD, "Comments ({count})")),
            _f("notice", FOOTER, 0.3, *_lw_notice()),
            _f("publisher", FOOTER, 0.35, (_OLD, "Linewatch is published by Linewatch Media "
                                                 "Ltd, Unit 4, Canal Wharf, Leeds LS11 "
                                                 "5PS.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Linewatch Media Ltd. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong upload speed for the "
                                                  "new package.")),
        ),
    )


# --- a Spanish telecoms news site ---------------------------------------------------------

CH_REDESIGN = dt.date(2018, 9, 10)
CH_TELEGRAM = dt.date(2017, 4, 3)
ES_AUCTION = ("2018-07-09", "2018-07-24")  # the 3.6-3.8 GHz auction
PORTABILITY = ("2020-03-17", "2020-05-04")  # number porting suspended in the state of alarm


def _ch_dated(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    zone = "CEST" if summer_time(day) else "CET"
    return (f"Actualizado: {DIAS[day.weekday()]}, {_es(day)}, {{time}} {zone}")


@cache
def _ch_aviso() -> Wordings:
    base = _steps((_OLD, "Recibe cada mañana las noticias de las telecos en tu correo"),
                  (CH_TELEGRAM.isoformat(), "📲 Síguenos en Telegram y recibe las ofertas de "
                                            "fibra y móvil al momento"))
    ferias = [_span(first, last, f"MWC {y}: toda la actualidad desde Barcelona")
              for y, (first, last) in MWC.items()]
    news = [
        _span(MWC_CANCELLED.isoformat(), "2020-02-27", "El MWC 2020 se cancela: qué pasa "
                                                       "ahora con los lanzamientos"),
        _span(*ES_AUCTION, "🔨 Subasta del 5G: sigue en directo las pujas por la banda de "
                           "3,6-3,8 GHz"),
        _span(*PORTABILITY, "🦠 Estado de alarma: las portabilidades quedan suspendidas"),
        _span("2020-05-05", "2020-06-21", "Vuelven las portabilidades: así puedes cambiar de "
                                          "operador"),
    ]
    tdt = [_span("2019-10-01", "2020-10-31", "📺 Segundo dividendo digital: resintoniza tu "
                                              "televisor si pierdes canales")]
    return _calendar(base, news, ferias, tdt)


def conectados_style() -> PublisherStyle:
    """A Spanish telecoms news site: a section from a pool, the numeric date turned
    "Actualizado:" with the weekday, the long date, the time and CET or CEST on 10 September
    2018 (a wording per day), "Por" turned the writer and the handle, "Te puede interesar:"
    and "Publicidad" (up to twice) mid-body, a featured tariff from a pool, prices with VAT
    "consultados el" the day's date (a wording per day), a real-speed disclaimer, an email
    line turned a Telegram appeal and turned by MWC (and its cancellation), the 3.6-3.8 GHz
    auction, number porting suspended in the state of alarm and the TDT retuning, the
    publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="conectadoshoy.es", site="Conectados Hoy", base_size=215,
        subdomains=(("www.", 100),),
        sections=("operadores", "fibra", "moviles", "5g", "tarifas", "regulacion"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "seccion": ("Operadores", "Fibra", "Móviles", "5G", "Tarifas", "Regulación"),
            "tarifa": ("Fibra 600 Mb + móvil 25 GB: 45 €/mes", "Solo fibra 300 Mb: 30 €/mes",
                       "Móvil ilimitado: 25 €/mes", "Fibra 1 Gb + 2 líneas: 70 €/mes",
                       "Prepago 10 GB: 10 €/mes"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ch_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (CH_REDESIGN.isoformat(), "Por {author} · {author_handle}")),
            _f("interes", MIDDLE, 0.4, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("tarifa", MIDDLE, 0.15, (_OLD, "Tarifa destacada: {tarifa}")),
            _f("precios", FOOTER, 0.3, *_daily(
                lambda day: f"Precios con IVA incluido consultados el {_es(day)}; pueden "
                            f"cambiar sin previo aviso.")),
            _f("velocidad", FOOTER, 0.3, (_OLD, "La velocidad real puede ser inferior a la "
                                                "contratada: depende de la cobertura, del "
                                                "equipo y de la hora de conexión.")),
            _f("aviso", FOOTER, 0.3, *_ch_aviso()),
            _f("editora", FOOTER, 0.3, (_OLD, "Conectados Hoy es una publicación de Medios "
                                              "Conectados S.L., Calle de Alcalá 120, "
                                              "28009 Madrid.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Conectados Hoy · Aviso legal · "
                                                 "Política de cookies")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: una versión anterior "
                                                     "de esta noticia daba un precio "
                                                     "erróneo para la tarifa.")),
        ),
    )


# --- a Turkish mobile and tariffs news site -----------------------------------------------

HB_REDESIGN = dt.date(2018, 3, 5)
HB_APP = dt.date(2019, 6, 17)
IMEI_FEE = (("2012-01-01", "131,50 TL"), ("2017-05-02", "500 TL"),
            ("2018-09-15", "1.500 TL"), ("2019-01-01", "1.838 TL"),
            ("2020-01-01", "2.006 TL"))


def _hb_dated(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"Güncelleme: {_tr(day)} {GUNLER[day.weekday()]}, {{time}}"


@cache
def _hb_duyuru() -> Wordings:
    base = _steps((_OLD, "Hatbilgi'yi Google Haberler'de takip edin"),
                  (HB_APP.isoformat(), "📱 Hatbilgi uygulamasını indirin, kampanyaları "
                                       "kaçırmayın"))
    bayram = [(iso_day(day, -3), iso_day(day, 3), f"Ramazan Bayramı {y}: operatörlerin "
                                                   f"hediye internet paketleri")
              for y, day in RAMAZAN_BAYRAMI.items()]
    bayram += [(iso_day(day, -3), iso_day(day, 4), f"Kurban Bayramı {y}: bayramda hediye "
                                                    f"GB veren kampanyalar")
               for y, day in KURBAN_BAYRAMI.items()]
    news = [
        _span("2015-08-20", "2015-08-27", "4.5G ihalesi: canlı takip"),
        _span("2016-03-25", "2016-04-10", "4.5G 1 Nisan'da başladı: telefonunuz uyumlu mu?"),
        _span("2020-03-16", "2020-05-15", "🏠 Evde kal: operatörlerin ücretsiz internet "
                                          "kampanyaları"),
    ]
    return _calendar(base, news, sorted(bayram))


def hatbilgi_style() -> PublisherStyle:
    """A Turkish mobile and tariffs news site: a category from a pool, the numeric date and
    time turned "Güncelleme:" with the long date and the weekday on 5 March 2018 (a wording
    per day), the reporter line, "İlgili Haber:" and "Reklam" (up to twice) mid-body, a
    package and a source from pools, the IMEI registration fee for phones brought from
    abroad (raised in 2017, 2018, 2019 and 2020), a taxes-included line, a Google News line
    turned an app-download appeal and turned by the Bayrams, the 4.5G auction and launch and
    the pandemic, the copyright and quotation lines (a block), a rare correction."""
    return PublisherStyle(
        domain="hatbilgi.com.tr", site="Hatbilgi", base_size=190,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("operatorler", "mobil", "fiber", "tarifeler", "teknoloji"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("Operatörler", "Mobil", "Fiber İnternet", "Tarifeler", "Teknoloji",
                         "BTK"),
            "paket": ("Gençlik 10 GB: 39 TL/ay", "Faturalı Süper 20 GB: 79 TL/ay",
                      "Hazır Kart 6 GB: 29 TL", "Sınırsız Sosyal 15 GB: 59 TL/ay",
                      "Ev İnterneti 50 Mbps: 99 TL/ay"),
            "kaynak": ("BTK", "AA", "DHA", "operatör açıklaması", "Resmî Gazete"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_hb_dated)),
            _f("yazar", HEADER, 0.5, (_OLD, "Haber: {author}")),
            _f("ilgili", MIDDLE, 0.4, (_OLD, "İlgili Haber: {other_title}")),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam"), count=2),
            _f("paket", MIDDLE, 0.2, (_OLD, "Paket: {paket}")),
            _f("kaynak", FOOTER, 0.3, (_OLD, "Kaynak: {kaynak}")),
            _f("imei", FOOTER, 0.15, *by_table(IMEI_FEE, lambda v: (
                f"Yurt dışından getirilen telefonlar için IMEI kayıt ücreti: {v}"))),
            _f("fiyat", FOOTER, 0.3, (_OLD, "Fiyatlara KDV ve ÖİV dahildir; operatörler "
                                            "tarifelerde değişiklik yapma hakkını saklı "
                                            "tutar.")),
            _f("duyuru", FOOTER, 0.3, *_hb_duyuru()),
            _f("telif", FOOTER, 0.4, (_OLD, "© {year} Hatbilgi. Tüm hakları saklıdır.")),
            _f("alinti", FOOTER, 0.35, (_OLD, "Haberlerimiz kaynak gösterilmeden "
                                              "kopyalanamaz; link verilerek alıntı "
                                              "yapılabilir.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde paket ücreti "
                                                "yanlış yazılmıştı.")),
        ),
    )


# --- an Indonesian gadget and operator news site ------------------------------------------

SK_REDESIGN = dt.date(2017, 8, 17)  # relaunched on Independence Day
SK_APP = dt.date(2018, 10, 1)
SIM_REGISTRATION = ("2017-10-31", "2018-02-28")
SIM_BLOCKING = ("2018-03-01", "2018-04-30")
IMEI_RULE = dt.date(2020, 4, 18)


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{HARI[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} {{time}} WIB"
    return f"{HARI[day.weekday()]}, {_id(day)} | {{time}} WIB"


@cache
def _sk_pengumuman() -> Wordings:
    base = _steps((_OLD, "Ikuti SinyalKuat di Google News"),
                  (SK_APP.isoformat(), "📲 Unduh aplikasi SinyalKuat di Play Store dan App "
                                       "Store"))
    news = [
        _span(*SIM_REGISTRATION, "Registrasi ulang kartu prabayar: kirim NIK dan nomor KK "
                                 "lewat SMS ke 4444"),
        _span(*SIM_BLOCKING, "Belum registrasi? Kartu prabayar diblokir bertahap sampai 30 "
                             "April 2018"),
        _span("2020-04-08", "2020-05-10", "Aturan IMEI berlaku 18 April 2020: cek IMEI "
                                          "ponselmu sebelum membeli"),
        _span("2020-09-22", "2020-12-31", "Kuota belajar gratis untuk siswa dan guru: cek "
                                          "apakah nomormu terdaftar"),
    ]
    mudik = [(iso_day(day, -10), iso_day(day, 8), f"Mudik Lebaran {y}: cek kesiapan "
                                                   f"jaringan operator di jalur mudik")
             for y, day in LEBARAN.items()]
    harbolnas = _yearly("12-12", 3, 0, lambda y: f"Harbolnas 12.12 {y}: promo gadget dan "
                                                 f"paket data")
    return _calendar(base, news, mudik, harbolnas)


def sinyalkuat_style() -> PublisherStyle:
    """An Indonesian gadget and operator news site: a channel from a pool, the weekday with
    the numeric date and WIB turned the long date on Independence Day 2017 (a wording per
    day), the writer and the editor, "Baca Juga:" and "ADVERTISEMENT"
    mid-body, a data package and a source from pools, a prices-may-change line, a Google
    News line turned an app-download appeal and turned by the SIM re-registration and its
    blocking, each Lebaran's homecoming, Harbolnas, the IMEI rule and the free study data,
    the editorial links and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sinyalkuat.id", site="SinyalKuat", base_size=165,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("operator", "gadget", "internet", "tips", "regulasi"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "kanal": ("Operator", "Gadget", "Internet", "Tips", "Regulasi", "Review"),
            "paket": ("Paket 30 GB 30 hari Rp 75.000", "Paket harian 1 GB Rp 5.000",
                      "Kuota malam 10 GB Rp 20.000", "Unlimited aplikasi Rp 100.000/bulan",
                      "Paket 4G 8 GB Rp 50.000"),
            "sumber": ("Kominfo", "siaran pers operator", "Antara", "GSMA Intelligence"),
        },
        families=(
            _f("kanal", HEADER, 0.5, (_OLD, "{kanal}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_sk_dated)),
            _f("penulis", HEADER, 0.6, (_OLD, "Penulis: {author} | Editor: {author2}")),
            _f("baca", MIDDLE, 0.45, (_OLD, "Baca Juga: {other_title}")),
            _f("iklan", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("paket", MIDDLE, 0.2, (_OLD, "Info paket: {paket}")),
            _f("sumber", FOOTER, 0.3, (_OLD, "Sumber: {sumber}")),
            _f("harga", FOOTER, 0.25, (_OLD, "Harga paket dapat berubah sewaktu-waktu sesuai "
                                             "kebijakan operator.")),
            _f("pengumuman", FOOTER, 0.3, *_sk_pengumuman()),
            _f("redaksi", FOOTER, 0.35, (_OLD, "Redaksi | Pedoman Media Siber | Disclaimer | "
                                               "Kontak")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © {year} SinyalKuat. All rights "
                                                 "reserved.")),
            _f("koreksi", HEADER, 0.04, (_OLD, "Koreksi: Artikel ini telah diperbarui untuk "
                                               "memperbaiki harga paket.")),
        ),
    )


# --- a Vietnamese telecoms news site ------------------------------------------------------

TV_REDESIGN = dt.date(2019, 1, 1)
TV_APP = dt.date(2019, 3, 1)
TET = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25"}
CAN_CHI = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
           2019: "Kỷ Hợi", 2020: "Canh Tý"}
TEN_DIGITS = ("2018-09-15", "2018-11-14")  # 11-digit numbers moved to 10 digits
PORTING = dt.date(2018, 11, 16)


def _vn_dated(day: dt.date) -> str:
    if day < TV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{THU[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year}, {{time}} (GMT+7)"


@cache
def _vn_thongbao() -> Wordings:
    base = _steps((_OLD, "Theo dõi Tin Viễn Thông trên Facebook để cập nhật tin mới nhất"),
                  (TV_APP.isoformat(), "📲 Tải ứng dụng Tin Viễn Thông trên App Store và "
                                       "Google Play"))
    news = [
        _span(*TEN_DIGITS, "Chuyển thuê bao 11 số sang 10 số: tra cứu đầu số mới của bạn"),
        _span(PORTING.isoformat(), "2018-12-31", "Chuyển mạng giữ nguyên số chính thức áp "
                                                 "dụng từ 16/11/2018"),
        _span("2017-04-18", "2017-05-18", "4G chính thức phủ sóng: kiểm tra máy của bạn đã "
                                          "hỗ trợ chưa"),
        _span("2020-04-01", "2020-04-30", "Cách ly xã hội: các nhà mạng tặng data và tăng "
                                          "băng thông miễn phí"),
    ]
    tet = [(iso_day(day, -7), iso_day(day, 5), f"Tết {CAN_CHI[y]} {y}: nhà mạng tăng cường "
                                                f"dung lượng dịp Giao thừa")
           for y, day in TET.items()]
    return _calendar(base, news, tet)


def tinvienthong_style() -> PublisherStyle:
    """A Vietnamese telecoms news site: a category from a pool, the numeric date and time
    turned the weekday and GMT+7 on New Year's Day 2019 (a wording per day), "Xem thêm:"
    and "Quảng cáo" (up to twice) mid-body, a tariff package from a pool, the writer's name
    and the source at the foot, a Facebook line turned an app-download appeal and turned by
    Tết with its year's name, the 4G launch, the move from 11-digit to 10-digit numbers,
    number portability and the 2020 social distancing, the licence and the copyright lines
    (a block), a rare correction."""
    return PublisherStyle(
        domain="tinvienthong.vn", site="Tin Viễn Thông", base_size=140,
        subdomains=(("", 70), ("www.", 30)),
        sections=("vien-thong", "di-dong", "internet", "thu-thuat", "chinh-sach"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Viễn thông", "Di động", "Internet", "Thủ thuật", "Chính sách"),
            "goi": ("gói 4G 120.000đ/tháng, 2GB/ngày", "gói 70.000đ/tháng, 1GB/ngày",
                    "gói trả trước 10.000đ/ngày", "gói cước cáp quang 165.000đ/tháng"),
            "nguon": ("Bộ Thông tin và Truyền thông", "Cục Viễn thông", "VnExpress",
                      "thông cáo báo chí của nhà mạng"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.5, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.85, *_by_day(_vn_dated)),
            _f("xemthem", MIDDLE, 0.4, (_OLD, "Xem thêm: {other_title}")),
            _f("quangcao", MIDDLE, 0.25, (_OLD, "Quảng cáo"), count=2),
            _f("goi", MIDDLE, 0.2, (_OLD, "Giá cước tham khảo: {goi}")),
            _f("tacgia", FOOTER, 0.6, (_OLD, "{author}")),
            _f("nguon", FOOTER, 0.3, (_OLD, "Nguồn: {nguon}")),
            _f("thongbao", FOOTER, 0.3, *_vn_thongbao()),
            _f("giayphep", FOOTER, 0.35, (_OLD, "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và "
                                                "Truyền thông cấp.")),
            _f("banquyen", FOOTER, 0.35, (_OLD, "© {year} Tin Viễn Thông. Ghi rõ nguồn khi "
                                                "phát hành lại thông tin từ website này.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: Bài viết đã được cập nhật lại "
                                                 "giá cước cho chính xác.")),
        ),
    )


# --- a Swedish broadband comparison site --------------------------------------------------

NK_REDESIGN = dt.date(2018, 5, 25)
NK_ANNONS = dt.date(2019, 9, 2)
NK_PRICE = (("2014-01-01", "389"), ("2016-01-01", "369"), ("2017-01-01", "349"),
            ("2018-01-01", "339"), ("2019-01-01", "329"), ("2020-01-01", "319"))
SE_AUCTIONS = (("2018-12-04", "2018-12-11", "🔨 PTS auktionerar 700 MHz-bandet: följ "
                                            "budgivningen"),
               ("2020-11-06", "2020-11-18", "PTS skjuter upp 5G-auktionen efter beslut i "
                                            "förvaltningsrätten"))


def _nk_dated(day: dt.date) -> str:
    if day < NK_REDESIGN:
        return f"Publicerad {_sv(day)}"
    return f"Publicerad {DAGAR[day.weekday()]} {_sv(day)} kl. {{time}}"


@cache
def _nk_nyhetsbrev() -> Wordings:
    base = _steps((_OLD, "Prenumerera på Nätkollens nyhetsbrev om bredband och mobil"))
    news = [_span(first, last, text) for first, last, text in SE_AUCTIONS]
    news.append(_span("2020-03-16", "2020-06-14", "Jobbar du hemifrån? Så får du ut mest av "
                                                  "ditt bredband"))
    black_week = _movable(black_friday, 4, 3, lambda y: f"Black Week {y}: veckans bästa "
                                                        f"erbjudanden på bredband och mobil")
    return _calendar(base, news, black_week)


def natkollen_style() -> PublisherStyle:
    """A Swedish broadband comparison site: a section from a pool, "Publicerad" with the
    long date turned the weekday and the time on 25 May 2018 (a wording per day), "Av", a
    commission disclosure reworded in 2019, "Läs också:" and "Annons" (up to twice) mid-body,
    an offer from a pool, "priserna uppdaterade" with the day's date (a wording per day),
    the average price of 100/100 fibre in the comparison (changing each January), a
    maximum-speed disclaimer, a newsletter line turned by PTS's 700 MHz auction and the 2020
    postponement, working from home and Black Week, the responsible publisher and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="natkollen.se", site="Nätkollen", base_size=120,
        subdomains=(("www.", 100),),
        sections=("bredband", "mobil", "tv", "guider", "nyheter"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "avdelning": ("Bredband", "Mobil", "TV och streaming", "Guider", "Nyheter"),
            "erbjudande": ("Bredband 250/100 Mbit/s – 349 kr/mån första 6 månaderna",
                           "Fiber 100/100 Mbit/s – 299 kr/mån, ingen bindningstid",
                           "Mobilabonnemang 20 GB – 199 kr/mån",
                           "Bredband via 4G router – 299 kr/mån"),
        },
        families=(
            _f("avdelning", HEADER, 0.45, (_OLD, "{avdelning}")),
            _f("publicerad", HEADER, 0.85, *_by_day(_nk_dated)),
            _f("skribent", HEADER, 0.5, (_OLD, "Av {author}")),
            _f("provision", HEADER, 0.3,
               (_OLD, "Nätkollen kan få provision när du tecknar abonnemang via våra länkar."),
               (NK_ANNONS.isoformat(), "Annonslänkar: vi kan få ersättning från "
                                       "operatörerna, men det påverkar aldrig våra "
                                       "omdömen.")),
            _f("lasock", MIDDLE, 0.35, (_OLD, "Läs också: {other_title}")),
            _f("annons", MIDDLE, 0.3, (_OLD, "Annons"), count=2),
            _f("erbjudande", MIDDLE, 0.15, (_OLD, "Erbjudande: {erbjudande}")),
            _f("uppdaterad", FOOTER, 0.3, *_daily(
                lambda day: f"Priserna i jämförelsen uppdaterades {_sv(day)}.")),
            _f("snittpris", FOOTER, 0.15, *by_table(NK_PRICE, lambda v: (
                f"Snittpris för fiber 100/100 Mbit/s i vår jämförelse: {v} kr/mån"))),
            _f("hastighet", FOOTER, 0.3, (_OLD, "Angivna hastigheter är maxhastigheter. Den "
                                                "faktiska hastigheten kan variera beroende "
                                                "på utrustning och belastning i nätet.")),
            _f("nyhetsbrev", FOOTER, 0.25, *_nk_nyhetsbrev()),
            _f("utgivare", FOOTER, 0.35, (_OLD, "Ansvarig utgivare: Karin Lundqvist")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Nätkollen AB · Org.nr 556812-4410")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "pris för abonnemanget.")),
        ),
    )


# --- a British mobile operator's help and network-status pages ----------------------------

KM_REDESIGN = dt.date(2019, 10, 1)
KM_CHAT = dt.date(2018, 3, 1)
KM_APP = dt.date(2018, 6, 1)
KM_OUTAGES = ("2015-05-11", "2016-02-16", "2016-09-29", "2017-07-04", "2018-01-22",
              "2018-12-06", "2019-06-18", "2020-02-11", "2020-10-20")
RPI_RISE = (("2014-04-01", "2.8"), ("2015-04-01", "1.1"), ("2016-04-01", "1.3"),
            ("2017-04-01", "2.6"), ("2018-04-01", "4.0"), ("2019-04-01", "2.5"),
            ("2020-04-01", "2.7"))
EU_ROAMING = (("2014-01-01", "Europe Travel Pass, £2 a day"),
              ("2016-04-30", "Europe Travel Pass, £1 a day"),
              ("2017-06-15", "use your UK allowance at no extra cost (Roam Like Home)"))


def _km_updated(day: dt.date) -> str:
    if day < KM_REDESIGN:
        return f"Last updated: {_uk(day)}"
    return f"Updated {day.day:02d}/{day.month:02d}/{day.year}"


def _km_status(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if day.isoformat() in KM_OUTAGES:
        return (f"⚠️ Network status, {when}: some customers can't use mobile data. We're "
                f"working on a fix.")
    if day == nth_weekday(day.year, day.month, 2, 1):
        return (f"Network status, {when}: planned maintenance tonight from midnight to 6am "
                f"may affect calls in some areas.")
    return f"Network status, {when}: all services running normally."


@cache
def _km_app() -> Wordings:
    base = _steps((_OLD, "Get the Kestrel Mobile app to check your usage, top up and pay "
                         "your bill"),
                  (KM_APP.isoformat(), "📱 Manage everything in the Kestrel Mobile app. "
                                       "Download it free from the App Store or Google Play."))
    news = [
        _span("2017-06-05", "2017-06-30", "🇪🇺 From 15 June 2017, use your allowance in the "
                                          "EU at no extra cost"),
        _span("2020-03-23", "2020-06-30", "Our shops are closed, but you can still do "
                                          "everything in the app"),
        _span("2020-12-14", "2021-01-10", "EU roaming after 31 December 2020: nothing "
                                          "changes for our customers for now"),
    ]
    christmas = _yearly("12-25", 5, 2, lambda y: f"🎄 Christmas {y}: our advisers are off on "
                                                 f"25 December; chat opens again on Boxing "
                                                 f"Day")
    return _calendar(base, news, christmas)


def kestrel_style() -> PublisherStyle:
    """A British mobile operator's help and network-status pages: a breadcrumb from a pool,
    "Last updated:" with the long date turned the numeric date on 1 October 2019 (a wording
    per day), the network status naming the day (a wording per day: outage days, planned
    maintenance on each month's first Wednesday), "See also:" mid-body, "Was this article
    helpful?", a still-need-help line reworded for chat, EU roaming terms (cheaper in April
    2016, at no extra cost from 15 June 2017), the yearly price rise by the RPI rate
    (changing each April), an app appeal reworded and turned by roaming's end, Christmas,
    the shops' closing and Brexit, the article number, the copyright line, a rare update."""
    return PublisherStyle(
        domain="kestrelmobile.co.uk", site="Kestrel Mobile", base_size=100,
        subdomains=(("help.", 70), ("www.", 30)),
        sections=("billing", "roaming", "network", "account", "devices"),
        n_authors=3, url_path="/help/{section}/{slug}",
        pools={"topic": ("Help › Billing", "Help › Roaming", "Help › Network and coverage",
                         "Help › Your account", "Help › Phones and devices",
                         "Help › SIM and eSIM")},
        families=(
            _f("topic", HEADER, 0.6, (_OLD, "{topic}")),
            _f("updated", HEADER, 0.85, *_by_day(_km_updated)),
            _f("status", HEADER, 0.3, *_by_day(_km_status)),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("roaming", FOOTER, 0.2, *by_table(EU_ROAMING, lambda v: f"EU roaming: {v}.")),
            _f("price-rise", FOOTER, 0.2, *by_table(RPI_RISE, lambda v: (
                f"Your monthly plan price goes up each April by the RPI rate published in "
                f"February ({v}% this year)."))),
            _f("helpful", FOOTER, 0.6, (_OLD, "Was this article helpful? Yes / No")),
            _f("still", FOOTER, 0.45,
               (_OLD, "Still need help? Call 333 from your mobile (free), 8am to 8pm."),
               (KM_CHAT.isoformat(), "Still need help? Chat to us in the app, 8am to 8pm, "
                                     "7 days a week.")),
            _f("app", FOOTER, 0.3, *_km_app()),
            _f("article-id", FOOTER, 0.35, (_OLD, "Article ID: KB{n}")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kestrel Mobile Limited. Registered "
                                                "in England No. 08765432.")),
            _f("update", HEADER, 0.04, (_OLD, "We've updated this article with our new "
                                              "opening hours.")),
        ),
    )


# --- a British communications regulator's news releases -----------------------------------

OC_REDESIGN = dt.date(2019, 4, 1)
OC_TWITTER = dt.date(2017, 1, 9)
COVERAGE = (("2014-12-01", "43"), ("2015-12-01", "52"), ("2016-12-15", "63"),
            ("2017-12-14", "66"), ("2018-12-18", "77"), ("2019-12-20", "79"),
            ("2020-12-17", "82"))  # 4G landmass coverage, from each December's report


def auction_days() -> list[dt.date]:
    """The weekdays of the 2018 auction's principal stage."""
    first, last = UK_AUCTION[0], UK_AUCTION[1] - ONE
    return [first + k * ONE for k in range((last - first).days + 1)
            if (first + k * ONE).weekday() < 5]


def auction_rounds(day: dt.date) -> int:
    """The rounds completed by the end of bidding day `day` (3 to 7 a day)."""
    return sum(3 + _hash(b.isoformat()) % 5 for b in auction_days() if b <= day)


@cache
def _oc_auction() -> Wordings:
    base = _steps((_OLD, "Spectrum awards: find out about current and future auctions"))
    days = auction_days()
    rounds: list[Event] = []
    for k, day in enumerate(days):
        end = days[k + 1] if k + 1 < len(days) else UK_AUCTION[1]
        rounds.append((day, end, f"Award of the 2.3 and 3.4 GHz bands – principal stage, day "
                                 f"{k + 1}: {auction_rounds(day)} rounds completed"))
    news = [
        _span(UK_AUCTION[1].isoformat(), "2018-04-30", "Award of the 2.3 and 3.4 GHz bands: "
                                                       "principal stage results published"),
        _span("2017-10-02", "2017-12-21", "The start of the 2.3 and 3.4 GHz award is delayed "
                                          "while legal challenges are heard"),
        _span("2020-03-23", "2020-07-31", "Our offices are closed: please contact us "
                                          "online"),
        _span("2020-11-16", "2020-12-31", "Award of the 700 MHz and 3.6–3.8 GHz bands: "
                                          "applications are open"),
    ]
    return _calendar(base, rounds, news)


def ocregulator_style() -> PublisherStyle:
    """A British communications regulator's news releases: the release type from a pool,
    "Published:" with the long date turned "First published" on 1 April 2019 (a wording per
    day), a Welsh-language line, a spectrum line turned day by day by the rounds of the 2018
    auction (day and rounds completed), its delay and results, the 700 MHz award and the
    closed offices, a consultation's closing date ten weeks on (a wording per day), "ENDS",
    the notes to editors with 4G coverage from each December's report, the media line and
    the copyright line (a block), a Twitter line reworded, a rare correction."""
    return PublisherStyle(
        domain="ocregulator.org.uk", site="Office of the Communications Regulator",
        base_size=80, subdomains=(("www.", 100),),
        sections=("news", "consultations", "spectrum", "enforcement"),
        n_authors=2, url_path="/news-centre/{yyyy}/{slug}",
        pools={"kind": ("News release", "Statement", "Consultation", "Speech",
                        "Enforcement bulletin")},
        families=(
            _f("kind", HEADER, 0.6, (_OLD, "{kind}")),
            _f("published", HEADER, 0.85, *_by_day(
                lambda day: f"Published: {_uk(day)}" if day < OC_REDESIGN
                else f"First published {_uk(day)}")),
            _f("welsh", HEADER, 0.1, (_OLD, "This release is also available in Welsh – Mae'r "
                                            "datganiad hwn ar gael yn Gymraeg")),
            _f("auction", HEADER, 0.3, *_oc_auction()),
            _f("closes", FOOTER, 0.15, *_daily(
                lambda day: f"Responses to this consultation are due by 5pm on "
                            f"{_uk(day + 70 * ONE)}.")),
            _f("ends", FOOTER, 0.55, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, *by_table(COVERAGE, lambda v: (
                f"Notes to editors: good 4G coverage from at least one operator now reaches "
                f"{v}% of the UK's landmass."))),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: News Bureau, 020 7946 0888 "
                                             "(out of hours 07700 900678)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Office of the Communications "
                                                "Regulator")),
            _f("twitter", FOOTER, 0.2, (_OLD, "Follow us on Twitter @OCRnews"),
               (OC_TWITTER.isoformat(), "Follow @OCRnews for our latest news and "
                                        "consultations")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release originally gave "
                                                  "the wrong closing date.")),
        ),
    )


# --- a Mexican cable operator's press room ------------------------------------------------

CM_REDESIGN = dt.date(2018, 1, 8)
CM_APP = dt.date(2017, 5, 2)
CM_PRICE = (("2014-01-01", "$399"), ("2016-02-01", "$409"), ("2017-01-15", "$429"),
            ("2018-02-01", "$449"), ("2019-02-01", "$469"), ("2020-02-01", "$489"))
CM_CLIENTS = (("2014-02-20", "850"), ("2015-02-19", "910"), ("2016-02-18", "975"),
              ("2017-02-23", "1,040"), ("2018-02-22", "1,120"), ("2019-02-21", "1,180"),
              ("2020-02-20", "1,230"))  # thousand customers, from each February's results
BUEN_FIN = {2015: ("2015-11-13", "2015-11-16"), 2016: ("2016-11-18", "2016-11-21"),
            2017: ("2017-11-17", "2017-11-20"), 2018: ("2018-11-16", "2018-11-19"),
            2019: ("2019-11-15", "2019-11-18"), 2020: ("2020-11-09", "2020-11-20")}


def _cm_dated(day: dt.date) -> str:
    if day < CM_REDESIGN:
        return f"Ciudad de México, a {_es(day)}.–"
    return f"Ciudad de México, {DIAS[day.weekday()]} {_es(day)}"


@cache
def _cm_aviso() -> Wordings:
    base = _steps((_OLD, "Consulta la cobertura y contrata en línea en cablemar.com.mx"),
                  (CM_APP.isoformat(), "📱 Descarga la app Mi Cablemar y paga tu servicio "
                                       "sin hacer fila"))
    news = [
        _span("2015-12-01", "2015-12-31", "Apagón analógico: con Cablemar sigues viendo tus "
                                          "canales de siempre"),
        _span("2017-09-08", "2017-09-18", "Sismo del 7 de septiembre: llamadas y datos sin "
                                          "costo en Oaxaca y Chiapas"),
        _span("2017-09-19", "2017-10-05", "Sismo del 19 de septiembre: internet y llamadas "
                                          "sin costo en las zonas afectadas"),
        _span("2020-03-23", "2020-06-30", "🏠 Quédate en casa: duplicamos tu velocidad sin "
                                          "costo durante la contingencia"),
    ]
    buen_fin = [_span(first, last, f"🛍️ El Buen Fin {y}: 3 meses de internet a mitad de "
                                   f"precio") for y, (first, last) in BUEN_FIN.items()]
    return _calendar(base, news, buen_fin)


def cablemar_style() -> PublisherStyle:
    """A Mexican cable operator's press room: "Comunicado de prensa", the Mexico City
    dateline turned the weekday on 8 January 2018 (a wording per day), a package from a pool
    and a photo credit mid-body, the price of the double-play package (changing most
    Februaries), a speeds-subject-to-coverage line, a line of the website turned an app
    appeal and turned by the analogue switch-off, the two 2017 earthquakes, the pandemic
    and each year's El Buen Fin, the about line with the customers from each February's
    results, the media contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cablemar.com.mx", site="Cablemar", base_size=65,
        subdomains=(("www.", 70), ("prensa.", 30)),
        sections=("comunicados", "sala-de-prensa", "noticias"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"paquete": ("Doble Play 50 Mbps + 100 canales", "Triple Play 100 Mbps",
                           "Internet 200 Mbps", "Paquete Básico 20 Mbps + telefonía")},
        families=(
            _f("comunicado", HEADER, 0.6, (_OLD, "Comunicado de prensa")),
            _f("lugar", HEADER, 0.8, *_by_day(_cm_dated)),
            _f("paquete", MIDDLE, 0.25, (_OLD, "Paquete: {paquete}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: cortesía Cablemar")),
            _f("precio", FOOTER, 0.2, *by_table(CM_PRICE, lambda v: (
                f"Doble Play 50 Mbps + TV desde {v} al mes, IVA incluido."))),
            _f("velocidad", FOOTER, 0.35, (_OLD, "Velocidades de hasta; sujetas a "
                                                 "disponibilidad técnica y cobertura en tu "
                                                 "domicilio. Aplican restricciones.")),
            _f("aviso", FOOTER, 0.3, *_cm_aviso()),
            _f("acerca", FOOTER, 0.45, *by_table(CM_CLIENTS, lambda v: (
                f"Acerca de Cablemar: operador de televisión de paga, internet y telefonía "
                f"con más de {v} mil clientes en 14 estados de la República."))),
            _f("contacto", FOOTER, 0.45, (_OLD, "Contacto para medios: prensa@cablemar.com.mx "
                                                "| 55 5123 4567")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cablemar, S.A. de C.V. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: se corrigió la fecha de "
                                                     "inicio de la promoción.")),
        ),
    )


# --- an Indonesian telecoms regulator's press releases ------------------------------------

BR_AKUN = dt.date(2018, 7, 2)
HIJRI_FITRI = {2015: 1436, 2016: 1437, 2017: 1438, 2018: 1439, 2019: 1440, 2020: 1441}


def release_number(day: dt.date) -> int:
    """The release's running number in its year: about three releases a week."""
    return (day - dt.date(day.year, 1, 1)).days * 3 // 7 + 1


@cache
def _br_pengumuman() -> Wordings:
    base = _steps((_OLD, "Informasi lebih lanjut: www.brtn.go.id"))
    news = [
        _span(*SIM_REGISTRATION, "Registrasi kartu prabayar dengan NIK dan nomor KK berlaku "
                                 "sejak 31 Oktober 2017"),
        _span(*SIM_BLOCKING, "Pemblokiran bertahap kartu prabayar yang belum registrasi "
                             "hingga 30 April 2018"),
        _span(IMEI_RULE.isoformat(), "2020-06-30", "Aturan IMEI berlaku sejak 18 April "
                                                   "2020 untuk perangkat baru"),
        _span("2019-10-14", "2019-10-31", "Palapa Ring rampung: jaringan serat optik "
                                          "menjangkau seluruh kabupaten/kota"),
    ]
    posko = [(iso_day(day, -7), iso_day(day, 8), f"Posko Pemantauan Layanan Telekomunikasi "
                                                  f"Idul Fitri {HIJRI_FITRI[y]} H")
             for y, day in LEBARAN.items()]
    return _calendar(base, posko, news)


def brtn_style() -> PublisherStyle:
    """An Indonesian telecoms regulator's press releases: "SIARAN PERS", the release's
    running number in its year with the month (changing about three days a week), the
    Jakarta dateline (a wording per day), a photo credit mid-body, "Tentang" and the
    spokesperson line (a block), a complaints line reworded for the social-media accounts,
    a notice turned by the SIM re-registration and its blocking, each Lebaran's monitoring
    post with its Hijri year, the IMEI rule and Palapa Ring, a rare correction."""
    return PublisherStyle(
        domain="brtn.go.id", site="Badan Regulasi Telekomunikasi Nusantara", base_size=50,
        subdomains=(("www.", 100),),
        sections=("siaran-pers", "berita", "pengumuman"),
        n_authors=2, url_path="/{section}/{n}/{slug}",
        families=(
            _f("siaran", HEADER, 0.6, (_OLD, "SIARAN PERS")),
            _f("nomor", HEADER, 0.55, *_by_day(
                lambda day: f"No. {release_number(day)}/HM/BRTN/{day.month:02d}/{day.year}")),
            _f("tanggal", HEADER, 0.8, *_by_day(lambda day: f"Jakarta, {_id(day)}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: Dok. Humas BRTN")),
            _f("tentang", FOOTER, 0.4, (_OLD, "Tentang Badan Regulasi Telekomunikasi "
                                              "Nusantara: lembaga yang mengatur dan "
                                              "mengawasi penyelenggaraan telekomunikasi di "
                                              "Indonesia.")),
            _f("narahubung", FOOTER, 0.45, (_OLD, "Narahubung: {author}, Kepala Bagian Humas "
                                                  "(humas@brtn.go.id)")),
            _f("pengaduan", FOOTER, 0.3,
               (_OLD, "Pengaduan layanan telekomunikasi: telepon 159 atau email "
                      "aduan@brtn.go.id"),
               (BR_AKUN.isoformat(), "Sampaikan pengaduan layanan telekomunikasi lewat "
                                     "telepon 159 atau akun media sosial resmi kami")),
            _f("pengumuman", FOOTER, 0.3, *_br_pengumuman()),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: siaran pers ini telah diperbaiki pada "
                                             "bagian tanggal pelaksanaan.")),
        ),
    )


# --- a Turkish fibre provider's support pages ---------------------------------------------

YN_REDESIGN = dt.date(2019, 2, 18)
YN_ONLINE = dt.date(2018, 1, 2)
YN_APP = dt.date(2017, 6, 1)
KVKK = dt.date(2016, 4, 7)  # the personal data protection law
YN_TARIFE = (("2014-09-01", "59,90"), ("2016-02-01", "64,90"), ("2017-01-15", "69,90"),
             ("2018-03-01", "79,90"), ("2019-01-01", "99,90"), ("2019-09-01", "109,90"),
             ("2020-07-01", "119,90"))


def _yn_planli(day: dt.date) -> str:
    tuesday = next_tuesday(day - ONE)  # today if it is a Tuesday
    return (f"Planlı çalışma: {tuesday.day} {AYLAR[tuesday.month - 1]} Salı gecesi 02:00–06:00 "
            f"arasında bazı bölgelerde kesinti yaşanabilir.")


@cache
def _yn_uygulama() -> Wordings:
    base = _steps((_OLD, "Faturanızı Yıldıznet Online İşlemler'den görüntüleyebilirsiniz."),
                  (YN_APP.isoformat(), "📱 Yıldıznet Mobil uygulamasını indirin, arıza "
                                       "kaydınızı tek dokunuşla açın."))
    bayram = [(iso_day(day, -2), iso_day(day, 3), f"Ramazan Bayramı {y}: teknik destek "
                                                   f"hattımız bayram boyunca 7/24 açık.")
              for y, day in RAMAZAN_BAYRAMI.items()]
    bayram += [(iso_day(day, -2), iso_day(day, 4), f"Kurban Bayramı {y}: teknik destek "
                                                    f"hattımız bayram boyunca 7/24 açık.")
               for y, day in KURBAN_BAYRAMI.items()]
    covid = [_span("2020-03-18", "2020-06-01", "Evden çalışanlara: kurulum ekiplerimiz "
                                               "maske ve eldivenle hizmet veriyor.")]
    return _calendar(base, covid, sorted(bayram))


def yildiznet_style() -> PublisherStyle:
    """A Turkish fibre provider's support pages: a breadcrumb from a pool, "Son güncelleme:"
    with the numeric date turned the long date on 18 February 2019 (a wording per day), the
    next Tuesday night's planned works (a wording per week), "Bu yanıt işinize yaradı mı?",
    the customer-service line reworded for online support, the no-commitment tariff's price
    (raised most years), a data-protection line reworded for the 2016 law, an online line
    turned an app appeal and turned by the Bayrams and the pandemic, the copyright line, a
    rare note."""
    return PublisherStyle(
        domain="yildiznet.com.tr", site="Yıldıznet", base_size=40,
        subdomains=(("destek.", 80), ("www.", 20)),
        sections=("fatura", "modem", "taahhut", "ariza", "altyapi"),
        n_authors=2, url_path="/destek/{section}/{slug}",
        pools={"konu": ("Destek › Fatura ve Ödeme", "Destek › Modem Kurulumu",
                        "Destek › Taahhüt İşlemleri", "Destek › Arıza ve Planlı Çalışmalar",
                        "Destek › Altyapı Sorgulama")},
        families=(
            _f("konu", HEADER, 0.6, (_OLD, "{konu}")),
            _f("guncelleme", HEADER, 0.8, *_by_day(
                lambda day: f"Son güncelleme: {day.day:02d}.{day.month:02d}.{day.year}"
                if day < YN_REDESIGN else f"Son güncelleme: {_tr(day)}")),
            _f("planli", HEADER, 0.25, *_by_day(_yn_planli)),
            _f("faydali", FOOTER, 0.6, (_OLD, "Bu yanıt işinize yaradı mı? Evet | Hayır")),
            _f("musteri", FOOTER, 0.4,
               (_OLD, "Müşteri Hizmetleri: 0850 222 00 00 (7/24)"),
               (YN_ONLINE.isoformat(), "7/24 destek için Online İşlemler'e giriş yapın ya "
                                       "da 0850 222 00 00'ı arayın.")),
            _f("tarife", FOOTER, 0.2, *by_table(YN_TARIFE, lambda v: (
                f"Taahhütsüz 24 Mbps Limitsiz: aylık {v} TL (KDV ve ÖİV dahil)"))),
            _f("kvkk", FOOTER, 0.2,
               (_OLD, "Kişisel verileriniz gizlilik politikamız kapsamında korunmaktadır."),
               (KVKK.isoformat(), "Kişisel verileriniz 6698 sayılı KVKK kapsamında "
                                  "işlenmektedir.")),
            _f("uygulama", FOOTER, 0.3, *_yn_uygulama()),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Yıldıznet İletişim Hizmetleri A.Ş.")),
            _f("not", HEADER, 0.04, (_OLD, "Not: Bu sayfadaki bilgiler yeni tarifelere göre "
                                           "güncellenmiştir.")),
        ),
    )


# --- a Swedish municipal fibre network's news and service status --------------------------

NS_REDESIGN = dt.date(2019, 2, 4)
NS_STORNINGAR = ("2015-08-12", "2016-01-19", "2016-11-03", "2017-05-30", "2018-02-27",
                 "2018-07-16", "2019-03-12", "2019-10-08", "2020-06-02", "2020-11-24")
NS_AVGIFT = (("2014-01-01", "19 900"), ("2016-03-01", "21 900"), ("2018-01-01", "22 900"),
             ("2020-01-01", "23 900"))


def _ns_drift(day: dt.date) -> str:
    when = f"{DAGAR[day.weekday()]} {day.day} {MANADER[day.month - 1]}"
    if day.isoformat() in NS_STORNINGAR:
        return (f"Driftstörning {when}: delar av nätet saknar förbindelse. Felsökning "
                f"pågår.")
    if day == last_weekday(day.year, day.month, 1):
        return f"Planerat arbete natten mot onsdag {when}: korta avbrott kan förekomma."
    return f"Driftstatus {when}: inga kända störningar."


@cache
def _ns_oppet() -> Wordings:
    base = _steps((_OLD, "Kundservice har öppet vardagar 8–16."))
    midsommar = _movable(midsummer_eve, 1, 0, lambda y: f"Midsommarafton {y}: kundservice "
                                                        f"stängd. Felanmälan tas emot "
                                                        f"dygnet runt.")
    jul = _yearly("12-24", 4, 7, lambda y: f"Jul och nyår {y}: kundservice har begränsade "
                                           f"öppettider.")
    covid = [_span("2020-03-16", "2020-08-31", "Vi gör inga installationer inomhus just nu "
                                               "på grund av covid-19.")]
    return _calendar(base, covid, midsommar, jul)


def norrkusten_style() -> PublisherStyle:
    """A Swedish municipal fibre network's news and service status: a category from a pool,
    the ISO date turned the long date on 4 February 2019 (a wording per day), the day's
    service status (a wording per day: outage days, planned works on each month's last
    Tuesday night), the areas affected from a pool, a contact-your-provider line, the
    connection fee for a house (raised in 2016, 2018 and 2020), an opening-hours line turned
    by midsummer, Christmas and the pandemic, the owner line and the copyright line (a
    block), a rare update."""
    return PublisherStyle(
        domain="norrkustenstadsnat.se", site="Norrkustens Stadsnät", base_size=30,
        subdomains=(("www.", 100),),
        sections=("driftinformation", "nyheter", "utbyggnad"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"kategori": ("Driftinformation", "Nyheter", "Utbyggnad", "Planerat arbete"),
               "omrade": ("Centrum", "Norrby", "Hamnen", "Björkhagen", "Solvik", "Östra "
                          "industriområdet")},
        families=(
            _f("kategori", HEADER, 0.55, (_OLD, "{kategori}")),
            _f("datum", HEADER, 0.8, *_by_day(
                lambda day: day.isoformat() if day < NS_REDESIGN else _sv(day))),
            _f("drift", HEADER, 0.3, *_by_day(_ns_drift)),
            _f("omrade", MIDDLE, 0.25, (_OLD, "Berörda områden: {omrade_list}")),
            _f("kontakta", FOOTER, 0.5, (_OLD, "Vid fel på din uppkoppling: kontakta i första "
                                               "hand din tjänsteleverantör.")),
            _f("avgift", FOOTER, 0.2, *by_table(NS_AVGIFT, lambda v: (
                f"Anslutningsavgift för villa: {v} kr inklusive moms."))),
            _f("oppet", FOOTER, 0.3, *_ns_oppet()),
            _f("agare", FOOTER, 0.35, (_OLD, "Norrkustens Stadsnät AB ägs av Norrkustens "
                                             "kommun.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Norrkustens Stadsnät AB")),
            _f("uppdaterad", HEADER, 0.04, (_OLD, "Uppdaterad: felet är åtgärdat och alla "
                                                  "tjänster fungerar igen.")),
        ),
    )


def heldout171_styles() -> list[PublisherStyle]:
    """The held-back-171 styles, in the order the generator hands them to publishers."""
    return [
        linewatch_style(), conectados_style(), hatbilgi_style(), sinyalkuat_style(),
        tinvienthong_style(), natkollen_style(), kestrel_style(), ocregulator_style(),
        cablemar_style(), brtn_style(), yildiznet_style(), norrkusten_style(),
    ]
