"""The ``held-back-136`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-128 set. It was
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
"prices correct at time of publication" line or an advertisement marker. The publishers are
food, travel and lifestyle magazines in English (UK, US, Australia), Italian, Spanish, French,
Thai, Vietnamese and Greek: a British food and recipe magazine, an Italian recipe site, a
Spanish travel magazine, a French travel and hotels magazine, an American wellness site, an
airline's inflight magazine online, a Thai food and travel magazine, a Vietnamese eating-out
and travel site, a Greek islands travel guide, a British home and interiors magazine, a
Melbourne restaurant-review site and a Mallorca hotel group's blog. The families are the kinds
a crawl of such sites holds: dates localised day by day in English, Italian, Spanish, French,
Thai (with the Buddhist-era year), Vietnamese and Greek (several changing form on the day of a
redesign); lines that turn every day ("prices checked on" with the day's date), every month
(the inflight magazine's issue, "prices noted in" a month) and on given days; affiliate and
commission disclosures reworded, "prices correct at time of publication" and "check before you
travel" lines, press-trip notes naming the host from a pool, newsletter and app appeals that
follow the calendars of food and travel (Pancake Day, Veganuary, Easter and Orthodox Easter,
Clean Monday, Carnival, Ferragosto, Christmas, the French May long weekends, Spanish long
weekends, Songkran, the Vegetarian Festival and Loy Krathong with Buddhist-era years, Tết with
its year name, the Mid-Autumn Festival, the Assumption, Black Friday, January sales, awareness
months, a tourism fair, a food and wine festival, the 2020 pandemic's lockdowns), subscription
offers, fares, taxes and licences whose amounts change over the years (magazine offers,
inflight fares, Greek room VAT and the accommodation tax, the Balearic tourist tax, a
Vietnamese ministry licence), photo credits, rating and score lines, recipe details and
restaurant details from pools, related links and advertisement markers mid-body (some up to
two times), multi-line blocks (publisher and copyright lines, legal links), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    iso_day,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times (the functions handed over are the module's own, so the cache finds them again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
DUEAN_YO = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค.")
THU = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
IMERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")

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


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def clean_monday(y: int) -> dt.date:
    """Clean Monday (Καθαρά Δευτέρα): 48 days before Orthodox Easter."""
    return orthodox_easter(y) - 48 * ONE


def black_friday(y: int) -> dt.date:
    return thanksgiving(y) + ONE


# --- a British food and recipe magazine ---------------------------------------------------

CP_REDESIGN = dt.date(2018, 9, 3)
CP_AFFILIATE = dt.date(2017, 4, 1)
CP_NEWSLETTER = dt.date(2017, 3, 6)
CP_OFFERS = (("2014-09-01", "5 issues for £5"),
             ("2016-08-01", "5 issues for £5, then £19.99 every 6 issues"),
             ("2018-09-03", "3 issues for £5"),
             ("2020-04-01", "6 issues for £9.99 and a free cookbook"))


def _cp_dated(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"Published {day.day} {MONTHS[day.month - 1]} {day.year}, {{time}}"
    return f"Updated {WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _cp_offer(offer: str) -> str:
    return f"Subscribe to The Copper Pot magazine today: {offer}."


@cache
def _cp_notice() -> Wordings:
    base = _steps((_OLD, "Sign up to our newsletter for weekly recipes and reader offers"),
                  (CP_NEWSLETTER.isoformat(), "📧 Get the Sunday Supper email: five new "
                                              "recipes every week, free"))
    lockdown = [_span("2020-03-23", "2020-06-30", "🥫 Cooking in lockdown: store-cupboard "
                                                  "recipes and easy swaps")]
    pancakes = _movable(carnival_tuesday, 10, 0, lambda y: f"🥞 Pancake Day {y}: our best "
                                                           f"batters, fillings and flips")
    easter_ = _movable(easter, 10, 1, lambda y: f"🐣 Easter {y}: roast lamb, hot cross buns "
                                                f"and chocolate bakes")
    veganuary = _yearly("01-16", 15, 15, lambda y: f"🌱 Veganuary {y}: a month of plant-based "
                                                   f"dinners", years=range(2017, 2021))
    christmas = _yearly("12-13", 12, 13, lambda y: f"🎄 Christmas {y}: turkey timings, sides "
                                                   f"and a make-ahead planner")
    return _calendar(base, lockdown, pancakes, easter_, veganuary, christmas)


def copperpot_style() -> PublisherStyle:
    """A British food and recipe magazine: a kicker from a pool, "Published" with the long
    date and the time turned "Updated" with the short weekday and month on 3 September 2018
    (a wording per day), "By" turned the recipe writer and the photographer from a pool, a
    readers' star rating with the count of ratings, "Jump to recipe", an affiliate line
    reworded, "You might also like:" and advertisement markers up to twice, a
    prices-correct line, the magazine's subscription offer (changing on given days), a
    newsletter appeal reworded and turned by Pancake Day, Easter, Veganuary, Christmas and
    the lockdown, the publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="copperpotkitchen.co.uk", site="The Copper Pot", base_size=250,
        subdomains=(("www.", 100),),
        sections=("recipes", "restaurants", "baking", "drinks", "healthy-eating", "news"),
        n_authors=14, url_path="/{section}/{slug}",
        pools={
            "kicker": ("RECIPES", "QUICK SUPPERS", "BAKING", "RESTAURANTS", "DRINKS",
                       "HEALTHY EATING", "FOOD NEWS"),
            "photo": ("Laura Finch", "Sam Okoro", "Dev Malik", "Getty Images",
                      "The Copper Pot studio"),
            "stars": ("★★★★★", "★★★★☆", "★★★★½", "★★★☆☆"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_cp_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (CP_REDESIGN.isoformat(), "Recipe by {author} · Photography by {photo}")),
            _f("rating", HEADER, 0.35, (_OLD, "{stars} ({count} ratings)")),
            _f("jump", HEADER, 0.3, (_OLD, "Jump to recipe")),
            _f("affiliate", HEADER, 0.25, (_OLD, "This article contains affiliate links."),
               (CP_AFFILIATE.isoformat(), "We may earn commission from the links on this "
                                          "page, but we only recommend kit we love and use.")),
            _f("also", MIDDLE, 0.4, (_OLD, "You might also like: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("prices", FOOTER, 0.3, (_OLD, "All prices were correct at the time of "
                                             "publication.")),
            _f("subscribe", FOOTER, 0.2, *by_table(CP_OFFERS, _cp_offer)),
            _f("notice", FOOTER, 0.3, *_cp_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Copper Pot is published by Brindle Media "
                                                "Ltd, 8 Wharf Road, London N1 7GR.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Brindle Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "recipe gave the wrong oven temperature.")),
        ),
    )


# --- an Italian recipe site ---------------------------------------------------------------

CS_REDESIGN = dt.date(2017, 10, 2)
CS_APP = dt.date(2018, 3, 1)
CS_AMAZON = dt.date(2019, 1, 15)


def _cs_data(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()].capitalize()} {day.day} {MESI[day.month - 1]} {day.year}"


@cache
def _cs_appello() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di Cucina Serena: una ricetta nuova ogni "
                         "giorno"),
                  (CS_APP.isoformat(), "📲 Scarica l'app di Cucina Serena: tutte le ricette "
                                       "anche offline"))
    lockdown = [_span("2020-03-09", "2020-05-17", "🏠 #iorestoacasa: le ricette con quello "
                                                  "che hai in dispensa")]
    carnevale = _movable(carnival_tuesday, 12, 0, lambda y: f"🎭 Carnevale {y}: chiacchiere, "
                                                            f"frittelle e castagnole")
    pasqua = _movable(easter, 10, 1, lambda y: f"🕊️ Pasqua {y}: colombe, pastiere e il menu "
                                               f"della festa")
    ferragosto = _yearly("08-15", 6, 0, lambda y: f"☀️ Ferragosto {y}: ricette fresche senza "
                                                  f"accendere il forno")
    natale = _yearly("12-25", 20, 1, lambda y: f"🎄 Natale {y}: il menu completo "
                                               f"dall'antipasto al panettone")
    return _calendar(base, lockdown, carnevale, pasqua, ferragosto, natale)


def cucinaserena_style() -> PublisherStyle:
    """An Italian recipe site: a category from a pool, the numeric date turned the weekday
    and the long date on 2 October 2017 (a wording per day), "di" turned the recipe's
    author with the photographer, the difficulty, time and servings from pools, the
    readers' vote with the count of votes, "Leggi anche:" and advertising markers up to
    twice, a photo credit from a pool, an affiliate line reworded for Amazon, an appeal
    turned from the newsletter to the app and by Carnival, Easter, Ferragosto, Christmas and
    the lockdown, "Riproduzione riservata" and the copyright line with the VAT number (a
    block), a rare correction."""
    return PublisherStyle(
        domain="cucinaserena.it", site="Cucina Serena", base_size=220,
        subdomains=(("www.", 85), ("ricette.", 15)),
        sections=("primi", "secondi", "dolci", "antipasti", "contorni", "lievitati"),
        n_authors=6, url_path="/ricette/{section}/{slug}/",
        pools={
            "categoria": ("Primi piatti", "Secondi piatti", "Dolci", "Antipasti", "Contorni",
                          "Pane e lievitati", "Ricette veloci"),
            "difficolta": ("Facile", "Facile", "Media", "Elaborata"),
            "tempo": ("20 minuti", "30 minuti", "45 minuti", "1 ora", "1 ora e 30 minuti",
                      "3 ore"),
            "dosi": ("2", "4", "4", "6", "8"),
            "voto": ("4,8", "4,6", "4,5", "4,2", "3,9"),
            "foto": ("Cucina Serena", "Giulia Ferrante", "iStock", "Shutterstock"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.88, *_by_day(_cs_data)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}"),
               (CS_REDESIGN.isoformat(), "Ricetta di {author} · Foto di {foto}")),
            _f("scheda", HEADER, 0.35, (_OLD, "Difficoltà: {difficolta} · Preparazione: "
                                              "{tempo} · Dosi per: {dosi} persone")),
            _f("voto", HEADER, 0.2, (_OLD, "Voto dei lettori: {voto}/5 ({count} voti)")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("affiliazione", FOOTER, 0.2,
               (_OLD, "Alcuni link di questo articolo sono link di affiliazione."),
               (CS_AMAZON.isoformat(), "Come affiliati Amazon riceviamo una piccola "
                                       "commissione sugli acquisti idonei fatti dai nostri "
                                       "link, senza costi per te.")),
            _f("appello", FOOTER, 0.3, *_cs_appello()),
            _f("riproduzione", FOOTER, 0.3, (_OLD, "Riproduzione riservata")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Cucina Serena S.r.l. – P.IVA "
                                                 "09876543210")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione della "
                                              "ricetta la dose di farina era sbagliata.")),
        ),
    )


# --- a Spanish travel magazine ------------------------------------------------------------

RS_REDESIGN = dt.date(2019, 3, 4)
RS_AFFILIATE = dt.date(2018, 5, 25)
RS_NEWSLETTER = dt.date(2017, 6, 1)


def _rs_fecha(day: dt.date) -> str:
    if day < RS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}h"
    return f"Actualizado el {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


def _rs_precios(day: dt.date) -> str:
    return (f"Precios consultados el {day.day} de {MESES[day.month - 1]} de {day.year}; "
            f"pueden variar.")


@cache
def _rs_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en Instagram: @rumbosurviajes"),
                  (RS_NEWSLETTER.isoformat(), "✉️ Suscríbete a nuestra newsletter y recibe "
                                              "cada jueves una escapada nueva"))
    covid = [
        _span("2020-03-14", "2020-06-20", "🏠 Estado de alarma: ahora toca viajar desde casa. "
                                          "Guarda tus ideas para después"),
        _span("2020-06-21", "2020-09-30", "🦠 Antes de viajar, consulta las restricciones de "
                                          "cada comunidad autónoma"),
    ]
    santa = _movable(easter, 10, 1, lambda y: f"Semana Santa {y}: 20 escapadas para no "
                                              f"quedarte en casa")
    puente = _yearly("12-08", 10, 0, lambda y: f"Puente de diciembre {y}: destinos a menos de "
                                               f"tres horas")
    verano = _yearly("07-15", 14, 30, lambda y: f"☀️ Verano {y}: las mejores calas y pueblos "
                                                f"de costa")
    return _calendar(base, covid, santa, puente, verano)


def rumbosur_style() -> PublisherStyle:
    """A Spanish travel magazine: a section from a pool, the numeric date and time turned
    "Actualizado el" with the weekday and the long date on 4 March 2019 (a wording per day),
    "Por" turned "Texto y fotos:", an affiliate line reworded, "Te puede interesar:" and
    advertising markers up to twice, a how-to-get-there line from a pool, "prices checked
    on" with the day's date (a wording per day), a press-trip note naming the host from a
    pool, an Instagram line turned a newsletter appeal and turned by Holy Week, the December
    long weekend, the summer and the state of alarm, the legal links and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="rumbosurviajes.es", site="Rumbo Sur", base_size=195,
        subdomains=(("www.", 100),),
        sections=("escapadas", "destinos", "gastronomia", "hoteles", "naturaleza"),
        n_authors=9, url_path="/{section}/{slug}.html",
        pools={
            "seccion": ("Escapadas", "Destinos", "Gastronomía", "Hoteles con encanto",
                        "Naturaleza", "Viajar con niños"),
            "llegar": ("AVE desde Madrid en 2 h 30 min", "vuelo directo desde Barcelona",
                       "por la A-7, salida 14", "ferri desde Denia en 2 horas",
                       "tren regional desde Bilbao"),
            "anfitrion": ("Turismo de Asturias", "el Patronato de Turismo de la Costa Brava",
                          "Visit Portugal", "la Oficina de Turismo de Eslovenia",
                          "Paradores de Turismo"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_rs_fecha)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (RS_REDESIGN.isoformat(), "Texto y fotos: {author}")),
            _f("afiliados", HEADER, 0.2, (_OLD, "Este artículo incluye enlaces de afiliados."),
               (RS_AFFILIATE.isoformat(), "Solo recomendamos lo que nos gusta. Si reservas a "
                                          "través de nuestros enlaces, podemos recibir una "
                                          "comisión sin coste para ti.")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("llegar", MIDDLE, 0.2, (_OLD, "Cómo llegar: {llegar}")),
            _f("precios", FOOTER, 0.3, *_daily(_rs_precios)),
            _f("invitacion", FOOTER, 0.15, (_OLD, "Este viaje se realizó por invitación de "
                                                  "{anfitrion}.")),
            _f("aviso", FOOTER, 0.3, *_rs_aviso()),
            _f("legal", FOOTER, 0.3, (_OLD, "Aviso legal · Política de privacidad · Política "
                                            "de cookies")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rumbo Sur Ediciones S.L. Todos los "
                                                 "derechos reservados.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: el horario del museo se "
                                                     "ha corregido en esta versión.")),
        ),
    )


# --- a French travel and hotels magazine --------------------------------------------------

ES_REDESIGN = dt.date(2018, 1, 8)
ES_INVITATION = dt.date(2019, 9, 1)
ES_AFFILIES = dt.date(2019, 4, 1)
SALON_TOURISME = {2015: ("2015-03-19", "2015-03-22"), 2016: ("2016-03-17", "2016-03-20"),
                  2017: ("2017-03-16", "2017-03-19"), 2018: ("2018-03-15", "2018-03-18"),
                  2019: ("2019-03-14", "2019-03-17")}  # none in 2020


def _es_date(day: dt.date) -> str:
    if day < ES_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"Le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} à {{time}}"


def _es_prix(day: dt.date) -> str:
    return f"Prix indicatifs relevés en {MOIS[day.month - 1]} {day.year}."


@cache
def _es_newsletter() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous à la newsletter d'Escales"),
                  (ES_REDESIGN.isoformat(), "📬 Chaque vendredi, une idée d'escapade dans "
                                            "votre boîte mail : inscrivez-vous"))
    confinement = [
        _span("2020-03-17", "2020-05-10", "🏠 Confinement : voyagez depuis votre canapé avec "
                                          "nos grands récits"),
        _span("2020-10-30", "2020-12-14", "🏠 Reconfinement : nos idées pour préparer les "
                                          "voyages de 2021"),
    ]
    salons = [_span(first, last, f"Salon Mondial du Tourisme {y} : retrouvez-nous porte de "
                                 f"Versailles")
              for y, (first, last) in SALON_TOURISME.items()]
    ponts = _yearly("05-01", 12, 7, lambda y: f"Ponts de mai {y} : nos idées d'escapades en "
                                              f"France")
    noel = _yearly("12-10", 14, 10, lambda y: f"🎄 Marchés de Noël {y} : les plus beaux "
                                              f"d'Europe")
    return _calendar(base, confinement, salons, ponts, noel)


def escales_style() -> PublisherStyle:
    """A French travel and hotels magazine: a section from a pool, "Publié le" with the long
    date turned the weekday and the time on 8 January 2018 (a wording per day), "Par"
    turned the writer and the photographer from a pool, an affiliate line reworded, "À lire
    aussi :" and advertising markers up to twice, a getting-there line from a pool, "prices
    noted in" with the month (a wording per month), a press-trip note naming the host from a
    pool, reworded for the magazine's independence, a newsletter line reworded and turned by
    the tourism fair (none in 2020), the May long weekends, the Christmas markets and the
    two lockdowns, the publisher line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="escales-magazine.fr", site="Escales", base_size=165,
        subdomains=(("www.", 100),),
        sections=("week-end", "hotels", "tables", "road-trip", "long-courrier", "bien-etre"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Week-end", "Hôtels", "Tables", "Road trip", "Long-courrier",
                         "Bien-être"),
            "photo": ("Escales", "Camille Rochat", "Hemis", "Office de tourisme"),
            "yaller": ("vols directs depuis Paris-CDG", "TGV depuis Paris-Gare de Lyon en "
                       "3 h", "vols quotidiens depuis Lyon et Nice", "ferry depuis Marseille",
                       "en voiture par l'A75"),
            "invitant": ("l'office de tourisme de Lisbonne", "Atout France",
                         "l'hôtel Les Roches Blanches", "Visit Scotland",
                         "la compagnie Air Caraïbes"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_es_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}"),
               (ES_REDESIGN.isoformat(), "Texte : {author} · Photos : {photo}")),
            _f("affilies", HEADER, 0.15, (_OLD, "Cet article contient des liens affiliés."),
               (ES_AFFILIES.isoformat(), "Certains liens sont affiliés : si vous réservez par "
                                         "leur biais, nous touchons une commission, sans "
                                         "surcoût pour vous.")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("yaller", MIDDLE, 0.2, (_OLD, "Y aller : {yaller}")),
            _f("prix", FOOTER, 0.3, *_by_day(_es_prix)),
            _f("invitation", FOOTER, 0.2,
               (_OLD, "Ce reportage a été réalisé à l'invitation de {invitant}."),
               (ES_INVITATION.isoformat(), "Notre journaliste était invité par {invitant}. "
                                           "La rédaction reste libre de ses choix.")),
            _f("newsletter", FOOTER, 0.3, *_es_newsletter()),
            _f("editeur", FOOTER, 0.25, (_OLD, "Escales est édité par les Éditions du Quai, "
                                               "SAS au capital de 40 000 €.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Escales {year} – Reproduction interdite")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article indiquait un mauvais tarif.")),
        ),
    )


# --- an American wellness site ------------------------------------------------------------

KW_REDESIGN = dt.date(2019, 2, 11)
KW_AFFILIATE = (dt.date(2017, 1, 1), dt.date(2020, 1, 6))
KW_DISCLAIMER = dt.date(2017, 5, 1)
KW_NEWSLETTER = dt.date(2017, 9, 1)


def _kw_dated(day: dt.date) -> str:
    if day < KW_REDESIGN:
        return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Updated on {MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{read_min}} min read"


@cache
def _kw_newsletter() -> Wordings:
    base = _steps((_OLD, "Get our Daily Dose newsletter"),
                  (KW_NEWSLETTER.isoformat(), "💌 The Kindred Reset: a five-minute wellness "
                                              "email every weekday. Sign up free"))
    covid = [_span("2020-03-13", "2020-07-31", "😷 Coronavirus: how to look after your body "
                                               "and mind at home")]
    new_year = _yearly("01-01", 3, 14, lambda y: f"✨ New year, kinder you: our {y} 21-day "
                                                 f"reset starts now", years=range(2015, 2022))
    may = _yearly("05-16", 15, 15, lambda y: f"💚 May {y} is Mental Health Awareness Month")
    october = _yearly("10-16", 15, 15, lambda y: f"🎀 October {y}: Breast Cancer Awareness "
                                                 f"Month")
    return _calendar(base, covid, new_year, may, october)


def kindred_style() -> PublisherStyle:
    """An American wellness site: "Updated" with the long date turned the short month and
    the reading time on 11 February 2019 (a wording per day), "Written by", a medical
    reviewer line, an affiliate line reworded twice, "Read this next:" and advertisement
    markers up to twice, a shop-our-pick line from pools, the medical disclaimer reworded, a
    crisis line in few articles, a newsletter appeal reworded and turned by the new year,
    the awareness months of May and October and the pandemic, the copyright line, a rare
    correction."""
    a1, a2 = KW_AFFILIATE
    return PublisherStyle(
        domain="kindredwellness.com", site="Kindred Wellness", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nutrition", "fitness", "sleep", "mental-health", "skin", "recipes"),
        n_authors=12, url_path="/{section}/{slug}/",
        pools={"product": ("a foam roller", "a weighted blanket", "a sunrise alarm clock",
                           "a reusable water bottle", "a yoga mat", "a meal-prep set"),
               "retailer": ("Amazon", "Target", "Walmart", "REI")},
        families=(
            _f("dated", HEADER, 0.9, *_by_day(_kw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Written by {author}")),
            _f("reviewed", HEADER, 0.3, (_OLD, "Medically reviewed by {author2}, MD")),
            _f("affiliate", HEADER, 0.35,
               (_OLD, "This post may contain affiliate links."),
               (a1.isoformat(), "We include products we think are useful for our readers. "
                                "If you buy through links on this page, we may earn a small "
                                "commission."),
               (a2.isoformat(), "Kindred Wellness is reader-supported: we may earn a "
                                "commission when you buy through our links. Here's our "
                                "process.")),
            _f("next", MIDDLE, 0.4, (_OLD, "Read this next: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("pick", MIDDLE, 0.15, (_OLD, "Our pick: {product}, available at {retailer}")),
            _f("disclaimer", FOOTER, 0.5,
               (_OLD, "This content is for informational purposes only and does not replace "
                      "professional medical advice."),
               (KW_DISCLAIMER.isoformat(), "The information on this site is not a substitute "
                                           "for medical advice, diagnosis or treatment. "
                                           "Always talk to your doctor before making "
                                           "changes.")),
            _f("crisis", FOOTER, 0.06, (_OLD, "If you or someone you know is in crisis, call "
                                              "your local emergency number right away.")),
            _f("newsletter", FOOTER, 0.3, *_kw_newsletter()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kindred Media, Inc. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article has been updated "
                                                  "to fix a dosage figure.")),
        ),
    )


# --- an airline's inflight magazine, online -----------------------------------------------

MH_REDESIGN = dt.date(2017, 11, 1)
MH_MILES = dt.date(2019, 5, 1)
MH_FARES = (("2014-01-01", "129"), ("2015-01-01", "119"), ("2016-01-01", "109"),
            ("2017-01-01", "99"), ("2018-01-01", "109"), ("2019-01-01", "115"),
            ("2020-01-01", "89"))


def _mh_issue(day: dt.date) -> str:
    return f"From the {MONTHS[day.month - 1]} {day.year} issue"


def _mh_dated(day: dt.date) -> str:
    if day < MH_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]}. {day.day}, {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _mh_fares(value: str) -> str:
    return (f"Economy return fares from £{value}, including taxes and charges, correct at "
            f"time of publication.")


@cache
def _mh_app() -> Wordings:
    base = _steps((_OLD, "Download the Meridian Air app to check in and choose your seat"),
                  (MH_MILES.isoformat(), "📱 Join Meridian Miles in the app and earn miles on "
                                         "every flight"))
    covid = [
        _span("2020-03-20", "2020-07-14", "Our schedule is temporarily reduced. Please check "
                                          "your booking before travelling."),
        _span("2020-07-15", "2020-12-31", "😷 Face coverings must be worn throughout your "
                                          "journey with us."),
    ]
    sale = _yearly("12-26", 0, 36, lambda y: f"✈️ The {y + 1} Sale: up to 30% off return "
                                             f"flights. Book by 31 January.",
                   years=range(2014, 2020))
    return _calendar(base, covid, sale)


def meridian_style() -> PublisherStyle:
    """An airline's inflight magazine online: the month's issue (a wording per month), the
    short date turned a dotted numeric date on 1 November 2017 (a wording per day), the
    writer and photographer, a route line from a pool, a promotion marker and an on-board
    shop line from a pool mid-body, the economy fares (changing each January), the
    views-expressed line, an app appeal reworded and turned by each January sale and the
    pandemic's reduced schedule and face coverings, the publisher line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="meridianhorizons.com", site="Meridian Horizons", base_size=130,
        subdomains=(("www.", 70), ("magazine.", 30)),
        sections=("destinations", "food", "design", "people", "onboard"),
        n_authors=10, url_path="/{section}/{slug}",
        pools={
            "photo": ("Marta Quist", "Ben Achterberg", "Kenji Ito", "Alamy"),
            "route": ("Lisbon up to 14 times a week from London Heathrow", "Marrakech daily "
                      "from London Gatwick", "Reykjavik four times a week from Manchester",
                      "Naples daily in summer from London Heathrow", "Tbilisi three times a "
                      "week from London Gatwick"),
            "shop": ("the Meridian Air gin miniature set", "noise-cancelling headphones",
                     "the travel skincare trio", "a leather passport holder"),
        },
        families=(
            _f("issue", HEADER, 0.5, *_by_day(_mh_issue)),
            _f("dated", HEADER, 0.8, *_by_day(_mh_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "Words by {author} · Photography by {photo}")),
            _f("route", MIDDLE, 0.3, (_OLD, "Meridian Air flies to {route}.")),
            _f("promotion", MIDDLE, 0.25, (_OLD, "Promotion")),
            _f("shop", MIDDLE, 0.15, (_OLD, "Available on board: {shop}")),
            _f("fares", FOOTER, 0.25, *by_table(MH_FARES, _mh_fares)),
            _f("views", FOOTER, 0.3, (_OLD, "Views expressed are the writers' own and not "
                                            "necessarily those of Meridian Air.")),
            _f("app", FOOTER, 0.3, *_mh_app()),
            _f("producer", FOOTER, 0.3, (_OLD, "Meridian Horizons is produced for Meridian "
                                               "Air by Lantern Content Ltd.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Lantern Content Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the flight frequency in this "
                                                  "article has been updated.")),
        ),
    )


# --- a Thai food and travel magazine ------------------------------------------------------

KD_REDESIGN = dt.date(2018, 6, 1)
KD_LINE = dt.date(2019, 2, 14)
KIN_JE = {2015: "2015-10-13", 2016: "2016-10-01", 2017: "2017-09-20", 2018: "2018-10-09",
          2019: "2019-09-29", 2020: "2020-10-17"}  # the Vegetarian Festival's first day
LOY_KRATHONG = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03",
                2018: "2018-11-22", 2019: "2019-11-11", 2020: "2020-10-31"}


def _kd_wanthi(day: dt.date) -> str:
    if day < KD_REDESIGN:
        return f"โพสต์เมื่อ {day.day} {DUEAN_YO[day.month - 1]} {be_year(day.year) % 100:02d}"
    return f"{day.day} {DUEAN[day.month - 1]} {be_year(day.year)}"


@cache
def _kd_prakat() -> Wordings:
    base = _steps((_OLD, "กดติดตามเพจกินดื่มเที่ยวบนเฟซบุ๊ก"),
                  (KD_LINE.isoformat(), "แอด LINE @kindeum รับโปรร้านอร่อยก่อนใคร"))
    covid = [_span("2020-03-22", "2020-05-31", "ช่วงมาตรการควบคุมโควิด-19 ร้านอาหารหลายร้าน"
                                               "เปิดเฉพาะสั่งกลับบ้าน")]
    songkran = _yearly("04-13", 6, 3, lambda y: f"สงกรานต์ {be_year(y)}: รวมที่เที่ยวและ"
                                                f"ร้านอร่อยช่วงหยุดยาว")
    je = [(iso_day(first) - 3 * ONE, iso_day(first) + 9 * ONE,
           f"เทศกาลกินเจ {be_year(y)}: รวมร้านเจอร่อยทั่วกรุง") for y, first in KIN_JE.items()]
    loy = [(iso_day(day) - 5 * ONE, iso_day(day) + ONE,
            f"ลอยกระทง {be_year(y)}: จุดลอยกระทงและร้านริมน้ำ") for y, day in LOY_KRATHONG.items()]
    return _calendar(base, covid, songkran, je, loy)


def kindeum_style() -> PublisherStyle:
    """A Thai food and travel magazine: a section from a pool, "โพสต์เมื่อ" with the short
    month and the two-digit Buddhist-era year turned the long date on 1 June 2018 (a
    wording per day), the writer and photographer, the readers' score with the count of
    readers, a sponsored-article line in few articles, opening hours and prices from pools,
    "อ่านต่อ:" and advertising markers up to twice, a prices-may-change line, a Facebook line
    turned a LINE appeal and turned by Songkran, the Vegetarian Festival and Loy Krathong
    with their Buddhist-era years and the 2020 takeaway-only rule, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="kindeumthiew.com", site="กินดื่มเที่ยว", base_size=110,
        subdomains=(("www.", 100),),
        sections=("restaurant", "cafe", "travel", "hotel", "recipe"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "muad": ("ร้านอาหาร", "คาเฟ่", "ที่เที่ยว", "ที่พัก", "สูตรอาหาร", "สุขภาพ"),
            "phap": ("กินดื่มเที่ยว", "ทางร้าน", "ธนพล ศรีสุข", "Shutterstock"),
            "khanaen": ("4.5", "4.0", "4.8", "3.5"),
            "wela": ("10.00-20.00 น.", "07.00-15.00 น.", "17.00-24.00 น.", "11.00-22.00 น."),
            "rakha": ("60-120", "150-300", "350-800", "1,200-2,500"),
            "phusanapsanun": ("การท่องเที่ยวแห่งประเทศไทย", "โรงแรมริมน้ำเจ้าพระยา",
                              "แบรนด์กาแฟดอยสูง"),
        },
        families=(
            _f("muad", HEADER, 0.5, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_kd_wanthi)),
            _f("rueang", HEADER, 0.55, (_OLD, "เรื่อง: {author} ภาพ: {phap}")),
            _f("khanaen", HEADER, 0.25, (_OLD, "คะแนน {khanaen}/5 จากผู้อ่าน {count} คน")),
            _f("sanapsanun", HEADER, 0.06, (_OLD, "บทความนี้ได้รับการสนับสนุนจาก "
                                                  "{phusanapsanun}")),
            _f("raanlaiad", MIDDLE, 0.3, (_OLD, "เปิดทุกวัน {wela} | ราคา {rakha} บาท")),
            _f("aan", MIDDLE, 0.35, (_OLD, "อ่านต่อ: {other_title}")),
            _f("khosana", MIDDLE, 0.3, (_OLD, "โฆษณา"), count=2),
            _f("plianplaeng", FOOTER, 0.3, (_OLD, "ราคาและเวลาเปิด-ปิดอาจมีการเปลี่ยนแปลง "
                                                  "โปรดตรวจสอบกับทางร้านก่อนเดินทาง")),
            _f("prakat", FOOTER, 0.3, *_kd_prakat()),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} กินดื่มเที่ยว "
                                                 "สงวนลิขสิทธิ์")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไข: บทความนี้แก้ไขเวลาเปิดร้านให้ถูกต้อง")),
        ),
    )


# --- a Vietnamese eating-out and travel site ----------------------------------------------

AC_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the first day of Tết Mậu Tuất
AC_APP = dt.date(2018, 8, 1)
TET = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25", 2021: "2021-02-12"}
CAN_CHI = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
           2019: "Kỷ Hợi", 2020: "Canh Tý", 2021: "Tân Sửu"}
TRUNG_THU = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
             2019: "2019-09-13", 2020: "2020-10-01"}
AC_LICENCE = (("2014-05-01", "215/GP-TTĐT"), ("2018-07-01", "97/GP-BTTTT"))


def _ac_ngay(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{THU[day.weekday()]}, {day.day}/{day.month}/{day.year}, {{time}} (GMT+7)"


@cache
def _ac_thongbao() -> Wordings:
    base = _steps((_OLD, "Theo dõi Ăn Chơi Sài Gòn trên Facebook để không bỏ lỡ quán ngon"),
                  (AC_APP.isoformat(), "📲 Tải ứng dụng Ăn Chơi Sài Gòn để đặt bàn, giảm đến "
                                       "30%"))
    covid = [_span("2020-04-01", "2020-04-22", "🏠 Giãn cách xã hội: các quán chỉ bán mang "
                                               "về")]
    tet = [(iso_day(day) - 14 * ONE, iso_day(day) + 7 * ONE,
            f"🧧 Tết {CAN_CHI[y]} {y}: lịch mở cửa của các quán dịp Tết")
           for y, day in TET.items()]
    trung_thu = [(iso_day(day) - 10 * ONE, iso_day(day) + ONE,
                  f"🥮 Trung Thu {y}: bánh trung thu ngon ở Sài Gòn")
                 for y, day in TRUNG_THU.items()]
    return _calendar(base, covid, tet, trung_thu)


def anchoi_style() -> PublisherStyle:
    """A Vietnamese eating-out and travel site: a section from a pool, the numeric date and
    time turned the weekday and "(GMT+7)" on the first day of Tết 2018 (a wording per day),
    "Theo" turned the writer and photographer, "Xem thêm:" and advertising markers up to
    twice, an address and price line from pools, a reference-prices line, a Facebook line
    turned an app appeal and turned by Tết with its year name, the Mid-Autumn Festival and
    the 2020 distancing, the ministry licence (renewed in July 2018) and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="anchoisaigon.vn", site="Ăn Chơi Sài Gòn", base_size=90,
        subdomains=(("", 60), ("www.", 40)),
        sections=("am-thuc", "du-lich", "quan-ngon", "ca-phe", "song-khoe"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Ẩm thực", "Du lịch", "Quán ngon", "Cà phê", "Khách sạn",
                          "Sống khỏe"),
            "anh": ("Ăn Chơi Sài Gòn", "Nguyễn Hoàng", "Quán cung cấp", "Shutterstock"),
            "diachi": ("12 Lê Thánh Tôn, Quận 1", "85 Nguyễn Trãi, Quận 5",
                       "204 Võ Văn Tần, Quận 3", "31 Thảo Điền, Quận 2"),
            "gia": ("35.000 - 60.000", "80.000 - 150.000", "200.000 - 400.000"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.5, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.85, *_by_day(_ac_ngay)),
            _f("tacgia", HEADER, 0.55, (_OLD, "Theo {author}"),
               (AC_REDESIGN.isoformat(), "Bài: {author} - Ảnh: {anh}")),
            _f("xemthem", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}")),
            _f("quangcao", MIDDLE, 0.3, (_OLD, "Quảng cáo"), count=2),
            _f("diachi", MIDDLE, 0.25, (_OLD, "Địa chỉ: {diachi} | Giá: {gia} đồng/người")),
            _f("giathamkhao", FOOTER, 0.3, (_OLD, "Giá chỉ mang tính tham khảo tại thời điểm "
                                                  "đăng bài và có thể thay đổi.")),
            _f("thongbao", FOOTER, 0.3, *_ac_thongbao()),
            _f("giayphep", FOOTER, 0.3, *by_table(AC_LICENCE, lambda v: (
                f"Giấy phép số {v} do Bộ Thông tin và Truyền thông cấp."))),
            _f("banquyen", FOOTER, 0.35, (_OLD, "© {year} Ăn Chơi Sài Gòn. Ghi rõ nguồn khi "
                                                "phát hành lại thông tin từ website này.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: bài viết đã sửa lại địa chỉ "
                                                 "của quán.")),
        ),
    )


# --- a Greek islands travel guide ---------------------------------------------------------

NT_REDESIGN = dt.date(2018, 4, 8)  # relaunched on Orthodox Easter Sunday 2018
NT_NEWSLETTER = dt.date(2017, 3, 1)
ROOM_TAXES = (("2014-01-01", "ΦΠΑ 6,5%"), ("2016-06-01", "ΦΠΑ 13%"),
              ("2018-01-01", "ΦΠΑ 13% και φόρο διαμονής 0,50–4 € τη διανυκτέρευση"))


def _nt_imerominia(day: dt.date) -> str:
    if day < NT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{IMERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def _nt_times(value: str) -> str:
    return f"Οι τιμές των δωματίων είναι ενδεικτικές και περιλαμβάνουν {value}."


@cache
def _nt_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Instagram για καθημερινή νησιώτικη έμπνευση"),
                  (NT_NEWSLETTER.isoformat(), "✉️ Γραφτείτε στο newsletter μας και κερδίστε "
                                              "ένα ταξίδι για δύο"))
    covid = [
        _span("2020-03-23", "2020-05-31", "🏠 Μένουμε σπίτι – ταξιδεύουμε αργότερα"),
        _span("2020-06-01", "2020-09-30", "Πριν ταξιδέψετε στα νησιά: τα μέτρα για τον "
                                          "κορονοϊό"),
    ]
    pascha = _movable(orthodox_easter, 12, 1, lambda y: f"Πάσχα {y} στα νησιά: πού θα το "
                                                        f"γιορτάσετε")
    kathara = _movable(clean_monday, 5, 0, lambda y: f"Καθαρά Δευτέρα {y}: αποδράσεις για το "
                                                     f"τριήμερο")
    dekapentavgoustos = _yearly("08-15", 10, 0, lambda y: f"Δεκαπενταύγουστος {y}: τα "
                                                          f"πανηγύρια των νησιών")
    return _calendar(base, covid, pascha, kathara, dekapentavgoustos)


def nisiotika_style() -> PublisherStyle:
    """A Greek islands travel guide: a region from a pool, the dotted numeric date turned
    the weekday, the long date (months in the genitive) and the time on Orthodox Easter
    Sunday 2018 (a wording per day), "Γράφει:", "Διαβάστε επίσης:" and advertising markers
    up to twice, a getting-there line and a photo credit from pools, the room-price line
    with VAT and the accommodation tax (changing on given days), a check-the-ferries line,
    an Instagram line turned a newsletter appeal and turned by Orthodox Easter, Clean Monday,
    the Assumption and the pandemic, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="nisiotikataxidia.gr", site="Νησιώτικα Ταξίδια", base_size=70,
        subdomains=(("www.", 100),),
        sections=("kyklades", "dodekanisa", "kriti", "ionio", "gefseis"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "katigoria": ("Κυκλάδες", "Δωδεκάνησα", "Κρήτη", "Ιόνιο", "Γεύσεις", "Διαμονή"),
            "pos": ("πλοίο από τον Πειραιά σε 5 ώρες", "ταχύπλοο από τη Ραφήνα σε 2 ώρες",
                    "πτήση από την Αθήνα σε 45 λεπτά", "πλοίο από την Κυλλήνη σε 1 ώρα"),
            "foto": ("Νησιώτικα Ταξίδια", "Shutterstock", "Γιώργος Μαυρίδης", "iStock"),
        },
        families=(
            _f("katigoria", HEADER, 0.5, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_nt_imerominia)),
            _f("grafei", HEADER, 0.5, (_OLD, "Γράφει: {author}")),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "Διαφήμιση"), count=2),
            _f("pos", MIDDLE, 0.2, (_OLD, "Πώς θα πάτε: {pos}")),
            _f("fotografia", MIDDLE, 0.2, (_OLD, "Φωτογραφία: {foto}")),
            _f("times", FOOTER, 0.2, *by_table(ROOM_TAXES, _nt_times)),
            _f("ploia", FOOTER, 0.3, (_OLD, "Τα δρομολόγια των πλοίων αλλάζουν συχνά: "
                                            "επιβεβαιώστε τα πριν ταξιδέψετε.")),
            _f("anakoinosi", FOOTER, 0.3, *_nt_anakoinosi()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Νησιώτικα Ταξίδια – Απαγορεύεται η "
                                                 "αναδημοσίευση χωρίς άδεια.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: στο άρθρο διορθώθηκε η ώρα "
                                                 "αναχώρησης του πλοίου.")),
        ),
    )


# --- a British home and interiors magazine ------------------------------------------------

HG_REDESIGN = dt.date(2016, 9, 5)
HG_OFFERS = (("2014-01-01", "3 issues for £1"), ("2017-01-01", "3 issues for £3"),
             ("2019-04-01", "5 issues for £5"), ("2020-11-01", "6 issues for £6 and a free "
                                                               "scented candle"))


def _hg_dated(day: dt.date) -> str:
    if day < HG_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def hearth_style() -> PublisherStyle:
    """A British home and interiors magazine: a kicker from a pool, the American-order date
    turned the British order on 5 September 2016 (a wording per day), the stylist and
    photographer, a reader-supported line, "Get the look:" from a pool and advertisement
    markers up to twice, a prices line reworded for the web, stockists from a pool, the
    subscription offer (changing on given days), competition terms in few articles, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="hearthandgable.co.uk", site="Hearth & Gable", base_size=55,
        subdomains=(("www.", 100),),
        sections=("homes", "decorating", "kitchens", "gardens", "renovation"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "kicker": ("HOMES", "DECORATING", "KITCHENS", "GARDENS", "RENOVATION",
                       "SHOPPING"),
            "photo": ("Rachel Tern", "Owen Baptiste", "Future Interiors", "Alamy"),
            "look": ("Linen cushion, £35", "Rattan pendant, £120", "Stoneware jug, £28",
                     "Wool throw, £89", "Oak side table, £240"),
            "stockist": ("Cox Interiors", "The Linen Room", "Homebarn", "Pottery Lane",
                         "Northwood Furniture"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_hg_dated)),
            _f("styling", HEADER, 0.5, (_OLD, "Styling: {author} · Photography: {photo}")),
            _f("supported", HEADER, 0.3, (_OLD, "Hearth & Gable is reader-supported. When you "
                                                "buy through links on our site, we may earn "
                                                "an affiliate commission.")),
            _f("look", MIDDLE, 0.3, (_OLD, "Get the look: {look}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement")),
            _f("prices", FOOTER, 0.35, (_OLD, "Prices correct at time of going to press."),
               (HG_REDESIGN.isoformat(), "Prices and availability correct at time of "
                                         "publishing.")),
            _f("stockists", FOOTER, 0.25, (_OLD, "Stockists: {stockist_list}")),
            _f("subscribe", FOOTER, 0.3, *by_table(HG_OFFERS, lambda v: (
                f"Subscribe to Hearth & Gable: {v}"))),
            _f("competition", FOOTER, 0.08, (_OLD, "Competition open to UK residents aged 18 "
                                                   "and over. Full terms and conditions "
                                                   "online.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Gable House Publishing Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the stockist for the sofa has "
                                                  "been amended.")),
        ),
    )


# --- a Melbourne restaurant-review site ---------------------------------------------------

HL_REDESIGN = dt.date(2017, 7, 3)
HL_POLICY = dt.date(2018, 2, 1)
HL_SCORE = dt.date(2019, 1, 1)
MFWF = {2015: ("2015-02-27", "2015-03-15"), 2016: ("2016-03-04", "2016-03-13"),
        2017: ("2017-03-31", "2017-04-09"), 2018: ("2018-03-16", "2018-03-25"),
        2019: ("2019-03-15", "2019-03-24")}  # none in 2020


def _hl_dated(day: dt.date) -> str:
    if day < HL_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"Reviewed {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


@cache
def _hl_hours() -> Wordings:
    base = _steps((_OLD, "Opening hours and prices can change: call ahead before you go."))
    lockdown = [
        _span("2020-03-23", "2020-05-31", "Dining rooms are closed under Victoria's "
                                          "restrictions: many venues are doing takeaway."),
        _span("2020-07-09", "2020-10-27", "Under stage 3 and 4 restrictions, check whether "
                                          "the venue is open for takeaway or delivery."),
    ]
    festival = [_span(first, last, f"🍷 Melbourne Food and Wine Festival {y}: our guide to "
                                   f"the program")
                for y, (first, last) in MFWF.items()]
    return _calendar(base, lockdown, festival)


def hungrylane_style() -> PublisherStyle:
    """A Melbourne restaurant-review site: the numeric date turned "Reviewed" with the short
    month on 3 July 2017 (a wording per day), "Review by", the score out of 20 reworded, the
    cuisine, price guide and suburb from pools, "More reviews:", a we-pay-our-way line
    reworded, a call-ahead line turned by the food and wine festival (none in 2020) and
    Victoria's lockdowns, a newsletter line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="hungrylane.com.au", site="The Hungry Lane", base_size=40,
        subdomains=(("www.", 100),),
        sections=("reviews", "cheap-eats", "bars", "news"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"score": ("14", "14.5", "15", "15.5", "16", "17", "13"),
               "cuisine": ("Modern Australian", "Vietnamese", "Italian", "Japanese",
                           "Lebanese", "Sri Lankan"),
               "price": ("$", "$$", "$$$", "$$$$"),
               "suburb": ("Fitzroy", "Collingwood", "Richmond", "Footscray", "Brunswick",
                          "CBD")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hl_dated)),
            _f("reviewer", HEADER, 0.6, (_OLD, "Review by {author}")),
            _f("score", HEADER, 0.5, (_OLD, "Score: {score}/20"),
               (HL_SCORE.isoformat(), "Our rating: {score} out of 20")),
            _f("details", MIDDLE, 0.35, (_OLD, "{cuisine} · {price} · {suburb}")),
            _f("more", MIDDLE, 0.3, (_OLD, "More reviews: {other_title}")),
            _f("policy", FOOTER, 0.4, (_OLD, "The Hungry Lane dines anonymously and pays for "
                                             "all meals."),
               (HL_POLICY.isoformat(), "We visit unannounced and pay our own way. Reviews "
                                       "reflect a single visit.")),
            _f("hours", FOOTER, 0.3, *_hl_hours()),
            _f("newsletter", FOOTER, 0.2, (_OLD, "Get the week's best new openings every "
                                                 "Friday: join our list.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} The Hungry Lane Pty Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this review originally gave "
                                                  "the wrong opening days.")),
        ),
    )


# --- a Mallorca hotel group's blog --------------------------------------------------------

HB_REDESIGN = dt.date(2019, 11, 4)
HB_DIRECT = dt.date(2018, 1, 15)
ECOTASA = (("2014-01-01", ""), ("2016-07-01", "1 €"), ("2018-07-01", "3 €"))


def _hb_fecha(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.day} {MESES[day.month - 1]}, {day.year}"
    return f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _hb_tasa(value: str) -> str:
    if not value:
        return "Precios por habitación y noche, IVA incluido."
    return (f"Precios por habitación y noche, IVA incluido. Impuesto de turismo sostenible "
            f"no incluido ({value} por persona y noche).")


@cache
def _hb_reserva() -> Wordings:
    base = _steps((_OLD, "Reserva en nuestra web al mejor precio garantizado"),
                  (HB_DIRECT.isoformat(), "🏨 Reserva directa: hasta un 15 % de descuento y "
                                          "desayuno incluido"))
    covid = [_span("2020-03-15", "2020-06-30", "Nuestros hoteles permanecen cerrados "
                                               "temporalmente. Te esperamos pronto.")]
    friday = _movable(black_friday, 3, 3, lambda y: f"Black Friday {y}: -30 % en estancias de "
                                                    f"la próxima temporada")
    return _calendar(base, covid, friday)


def brisamar_style() -> PublisherStyle:
    """A Mallorca hotel group's blog: the long date turned the weekday and "de" on 4
    November 2019 (a wording per day), a category from a pool, the team's signature, "Te
    recomendamos:" and a stay-with-us line from a pool mid-body, the room-price line with
    the Balearic tourist tax (from July 2016, raised in July 2018), a subject-to-availability
    line, a booking appeal reworded and turned by Black Friday and the 2020 closure, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="hotelesbrisamar.es", site="Hoteles Brisamar", base_size=30,
        subdomains=(("www.", 100),),
        sections=("mallorca", "gastronomia", "eventos", "bienestar"),
        n_authors=2, url_path="/blog/{slug}/",
        pools={"categoria": ("Mallorca", "Gastronomía", "Eventos", "Nuestros hoteles",
                             "Bienestar"),
               "hotel": ("Brisamar Sóller Port", "Brisamar Cala d'Or", "Brisamar Palma "
                         "Centro", "Brisamar Alcúdia Beach")},
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_hb_fecha)),
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("firma", HEADER, 0.4, (_OLD, "Equipo Brisamar")),
            _f("recomendamos", MIDDLE, 0.3, (_OLD, "Te recomendamos: {other_title}")),
            _f("alojate", MIDDLE, 0.3, (_OLD, "Alójate en {hotel}")),
            _f("tasa", FOOTER, 0.3, *by_table(ECOTASA, _hb_tasa)),
            _f("disponibilidad", FOOTER, 0.25, (_OLD, "Ofertas sujetas a disponibilidad.")),
            _f("reserva", FOOTER, 0.4, *_hb_reserva()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Hoteles Brisamar S.A. · C/ de la "
                                                 "Mar 12, 07100 Sóller")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: se ha actualizado la fecha de "
                                                  "apertura del hotel.")),
        ),
    )


def heldout136_styles() -> list[PublisherStyle]:
    """The held-back-136 styles, in the order the generator hands them to publishers."""
    return [
        copperpot_style(), cucinaserena_style(), rumbosur_style(), escales_style(),
        kindred_style(), meridian_style(), kindeum_style(), anchoi_style(),
        nisiotika_style(), hearth_style(), hungrylane_style(), brisamar_style(),
    ]

