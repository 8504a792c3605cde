"""The fifty-eighth held-back template set (``held-back-58``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the fifty-sixth
held-back set (`tests.bench.heldout_templates_56`; a fifty-seventh was being written at the
same time by another session, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier
sets' modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 98.17% at 4623bc2 (the session-start code c9dffc4:
97.80%); seen, not studied yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The publishers are from places no earlier set covered, in
several languages and scripts, some printing two languages or scripts on one line. The
families are the kinds a crawl of news holds: dates localised day by day (some in a
script's own digits, some changing form on the day of a redesign), bylines and datelines of
many shapes, notices reworded in 2016-2020, notices that follow a calendar (votes, storms,
epidemics, feasts and anniversaries with their counts, days on a weekday of a month) and the
seasons, a monthly exchange rate, other articles' titles, tag lists, multi-line blocks,
mid-body inserts (some up to two times), bare lines, and families in only 4-5% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    easter,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import jdn as _jdn
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
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


ISLAMIC_EPOCH = 1948440  # the Julian day number of 1 Muharram 1 A.H. (civil, tabular)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """`day` in the tabular Islamic calendar (the site's own reckoning, within a day or two
    of the sighted months): (year, month 1-12, day)."""
    def start(y: int, m: int) -> int:
        return math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + ISLAMIC_EPOCH

    jd = _jdn(day)
    y = (30 * (jd - ISLAMIC_EPOCH) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + start(y, 1))) / 29.5) + 1)
    return y, m, jd - start(y, m) + 1


BENGALI_ZERO = "\u09e6"  # ০
CHAKMA_ZERO = "\U00011136"  # 𑄶

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
BENGALI_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
                  "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
BENGALI_WEEKDAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার",
                    "রবিবার")
SINDHI_MONTHS = ("جنوري", "فيبروري", "مارچ", "اپريل", "مئي", "جون", "جولاءِ", "آگسٽ",
                 "سيپٽمبر", "آڪٽوبر", "نومبر", "ڊسمبر")
SINDHI_WEEKDAYS = ("سومر", "اڱارو", "اربع", "خميس", "جمعو", "ڇنڇر", "آچر")
PAPIAMENTO_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
                     "augustus", "september", "october", "november", "december")
PAPIAMENTO_WEEKDAYS = ("Dialuna", "Diamars", "Diarazon", "Diahuebs", "Diabierna", "Diasabra",
                       "Diadomingo")

# Movable days as the sites' readers kept them.
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_FITR_PK = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
               2019: "2019-06-05", 2020: "2020-05-25"}
FERIA_JUNIANA = {y: f"{y}-06-01" for y in YEARS}


def first_sunday_of_december(y: int) -> dt.date:
    """Sindhi Culture Day (the cap and ajrak day): the first Sunday of December."""
    return nth_weekday(y, 12, 6, 1)


def cup_match(y: int) -> dt.date | None:
    """The Thursday of Cup Match: the Thursday before the first Monday of August (not played
    in 2020)."""
    return None if y == 2020 else nth_weekday(y, 8, 0, 1) - dt.timedelta(days=4)


def bermuda_day(y: int) -> dt.date:
    """Bermuda Day: 24 May, then from 2018 the last Friday of May."""
    return dt.date(y, 5, 24) if y < 2018 else nth_weekday(y, 5, 4, -1)


def kadooment_day(y: int) -> dt.date | None:
    """Grand Kadooment: the first Monday of August (no road march in 2020)."""
    return None if y == 2020 else nth_weekday(y, 8, 0, 1)


def gospel_day(y: int) -> dt.date:
    """Gospel Day in Tuvalu: the second Monday of May."""
    return nth_weekday(y, 5, 0, 2)


def semana_morazanica(y: int) -> dt.date:
    """The Monday of the Morazán week (the October holidays moved to one week, from 2015)."""
    return nth_weekday(y, 10, 0, 1)


# --- a Honduran Spanish-language daily (San Pedro Sula) ---------------------------------------

HN_REDESIGN = dt.date(2017, 3, 6)  # the weekday and long date turned a short date and time
HN_LINKS = dt.date(2018, 9, 3)


def _hn_dated(day: dt.date) -> str:
    if day < HN_REDESIGN:
        return (f"San Pedro Sula, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def hn_rate(day: dt.date) -> str:
    """The central bank's lempira for one dollar: a crawling peg, changed monthly."""
    months = (day.year - 2015) * 12 + day.month - 1
    rate = 21.95 + 0.038 * months - (0.9 if day >= dt.date(2020, 6, 1) else 0.0)
    return f"💵 Tipo de cambio de referencia: L {rate:.4f} por US$ 1"


def _hn_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Twitter e Instagram"),
                  ("2019-05-06", "Únete a nuestro canal de Telegram y recibe las noticias del "
                                 "Valle de Sula"))
    news: list[Event] = [
        _vote("2017-11-26", "🗳️ Elecciones generales 2017: resultados del TSE en vivo",
              after=6),
        _span("2017-12-01", "2017-12-10", "⏰ Toque de queda: horarios y municipios afectados"),
        _span("2020-03-16", "2020-09-30", "😷 Toque de queda absoluto: circulación según el "
                                          "último dígito de la identidad"),
        _span("2020-11-03", "2020-11-22", "🌀 Eta e Iota: albergues y números de emergencia "
                                          "en el Valle de Sula"),
    ]
    feasts = _movable(_listed(FERIA_JUNIANA), 0, 29, lambda y: f"🎡 Feria Juniana {y}: "
                                                               f"programa y carnaval")
    feasts += _yearly("09-15", 1, 0, lambda y: f"🇭🇳 {y - 1821} años de independencia: "
                                               f"desfiles patrios")
    feasts += _movable(semana_morazanica, 2, 4, lambda y: f"🏖️ Feriado Morazánico {y}: "
                                                          f"operativos y playas")
    return _calendar(base, news, feasts)


def sanpedro_style() -> PublisherStyle:
    """A Honduran Spanish-language daily (San Pedro Sula): a section kicker, the town, the
    weekday and the date, turned a dotted date with the time (a wording per day), "Redacción"
    with the writer, "LEA ADEMÁS:" turned "Le puede interesar:" (up to twice), photo credits
    and an ad label, tags, the central bank's rate (a wording per month), a news agency
    line, a follow line turned Telegram and turned by the 2017 vote and curfew, the 2020
    curfew and storms, the June fair, independence with its count and the Morazán holidays,
    a rights line turned around, a rare quake notice."""
    return PublisherStyle(
        domain="diariodelvalledesula.hn", site="Diario del Valle de Sula", base_size=240,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("sucesos", "nacionales", "economia", "deportes", "vivir", "sampedranos"),
        n_authors=8, url_path="/{section}/{n}-{slug}",
        pools={
            "seccion": ("Sucesos", "Nacionales", "Economía", "Deportes", "Vivir",
                        "Sampedranos"),
            "foto": ("Diario del Valle de Sula", "EFE", "archivo", "cortesía",
                     "redes sociales"),
            "agencia": ("EFE", "AFP", "AP", "Proceso Digital"),
            "tema": ("San Pedro Sula", "Valle de Sula", "Cortés", "Copeco", "Marathón",
                     "Real España", "ENEE"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_hn_dated)),
            _f("redaccion", HEADER, 0.5, (_OLD, "Redacción: {author}"),
               ("2019-01-07", "Por: {author} | Redacción Sampedrana")),
            _f("lea", MIDDLE, 0.4, (_OLD, "LEA ADEMÁS: {other_title}"),
               (HN_LINKS.isoformat(), "Le puede interesar: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "- Publicidad -")),
            _f("temas", FOOTER, 0.4, (_OLD, "Temas: {tema_list}")),
            _f("cambio", FOOTER, 0.2, *_by_day(hn_rate)),
            _f("agencia", FOOTER, 0.15, (_OLD, "Con información de {agencia}")),
            _f("aviso", FOOTER, 0.3, *_hn_notice()),
            _f("derechos", FOOTER, 0.45,
               (_OLD, "© {year} Diario del Valle de Sula. Todos los derechos reservados."),
               ("2018-01-01", "Diario del Valle de Sula © {year} — Prohibida la reproducción "
                              "total o parcial")),
            _f("sismo", HEADER, 0.04, (_OLD, "⚠️ Sismo sentido en el Valle de Sula: reporte "
                                             "preliminar de Copeco")),
        ),
    )


# --- a Gabonese French-language daily (Libreville) --------------------------------------------

GA_MOBILE = dt.date(2019, 2, 4)  # the appeal gained Moov Money beside Airtel Money


def _ga_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter"))
    news: list[Event] = [
        _vote("2016-08-27", "🗳️ Présidentielle 2016 : les résultats province par province",
              after=3),
        _span("2016-08-31", "2016-09-25", "Crise post-électorale : le point sur la situation "
                                          "à Libreville"),
        _vote("2018-10-06", "🗳️ Législatives 2018 : les résultats du premier tour"),
        _span("2020-04-12", "2020-08-31", "😷 Covid-19 : couvre-feu de 20 h à 6 h dans le "
                                          "Grand Libreville"),
    ]
    feasts = _yearly("08-17", 1, 0, lambda y: f"🇬🇦 {y - 1960}e anniversaire de "
                                              f"l'indépendance")
    feasts += _yearly("12-31", 0, 0, lambda y: f"Bonne année {y + 1} à tous nos lecteurs !")
    return _calendar(base, news, feasts)


def libreville_style() -> PublisherStyle:
    """A Gabonese French-language daily (Libreville): the town and the date with the time in
    parentheses, "Par" with the writer, "À LIRE AUSSI ⇒" (up to twice), photo credits, a
    province correspondent line, a thank-you in Fang and French, a donation appeal with
    Airtel Money, turned one with Moov Money and amounts, a follow line turned by the 2016
    vote and the crisis after it, the 2018 vote and the 2020 curfew, independence with its
    count and the new year, a rights line, a rare flood warning."""
    return PublisherStyle(
        domain="lechodelestuaire.ga", site="L'Écho de l'Estuaire", base_size=200,
        subdomains=(("www.", 100),),
        sections=("politique", "societe", "economie", "sport", "culture", "provinces"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "ville": ("Franceville", "Port-Gentil", "Oyem", "Lambaréné", "Mouila", "Makokou",
                      "Tchibanga"),
            "credit": ("D.R.", "L'Écho de l'Estuaire", "Présidence de la République",
                       "archives"),
            "montant": ("1 000", "2 000", "5 000"),
        },
        families=(
            _f("date", HEADER, 0.7, (_OLD, "Libreville, le {date_fr} ({time})")),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("correspondant", HEADER, 0.15, (_OLD, "De notre correspondant à {ville}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À LIRE AUSSI ⇒ {other_title}"), count=2),
            _f("credit", MIDDLE, 0.25, (_OLD, "© Crédit photo : {credit}")),
            _f("akiba", FOOTER, 0.2, (_OLD, "Akiba ! Merci de nous lire.")),
            _f("soutien", FOOTER, 0.2,
               (_OLD, "Soutenez une presse libre : faites un don par Airtel Money au "
                      "077 12 34 56"),
               (GA_MOBILE.isoformat(), "💛 Soutenez L'Écho : {montant} FCFA par Airtel Money "
                                       "ou Moov Money, c'est possible !")),
            _f("alerte", FOOTER, 0.3, *_ga_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} L'Écho de l'Estuaire – Reproduction "
                                             "interdite sans autorisation")),
            _f("inondation", HEADER, 0.04, (_OLD, "🌧️ Fortes pluies : plusieurs quartiers de "
                                                  "Libreville sous les eaux")),
        ),
    )


# --- a Bengali news portal from the Chittagong Hill Tracts with Chakma digits (Rangamati) ------

RM_REDESIGN = dt.date(2018, 4, 14)  # the date gained Chakma digits (on Biju)


def _rm_dated(day: dt.date) -> str:
    def bn(x: int) -> str:
        return digits(x, BENGALI_ZERO)

    text = (f"{BENGALI_WEEKDAYS[day.weekday()]}, {bn(day.day)} "
            f"{BENGALI_MONTHS[day.month - 1]} {bn(day.year)}")
    if day < RM_REDESIGN:
        return f"প্রকাশিত: {text}"
    chakma = (f"{digits(day.day, CHAKMA_ZERO, 2)}.{digits(day.month, CHAKMA_ZERO, 2)}."
              f"{digits(day.year, CHAKMA_ZERO)}")
    return f"{text} · {chakma}"


def _rm_notice() -> Wordings:
    base = _steps((_OLD, "আমাদের ফেসবুক পেজে লাইক দিন"),
                  ("2019-08-05", "ইউটিউবে আমাদের চ্যানেল সাবস্ক্রাইব করুন"))
    news: list[Event] = [
        _span("2017-06-13", "2017-06-30", "⛰️ পাহাড়ধসে নিহতদের স্মরণে: ত্রাণ ও সহায়তা তথ্য"),
        _vote("2018-12-30", "🗳️ জাতীয় সংসদ নির্বাচন ২০১৮: রাঙামাটি আসনের ফলাফল", after=2),
        _span("2020-03-26", "2020-05-30", "😷 সাধারণ ছুটি: ঘরে থাকুন, নিরাপদে থাকুন"),
    ]
    feasts = _yearly("04-12", 0, 2, lambda _: "🌸 বিজু-সাংগ্রাই-বৈসুক উৎসবের শুভেচ্ছা · Ju ju!")
    feasts += _yearly("12-02", 0, 0, lambda y: f"পার্বত্য চুক্তির {digits(y - 1997, BENGALI_ZERO)} "
                                               f"বছর পূর্তি")
    feasts += _yearly("12-16", 0, 0, lambda y: f"🇧🇩 মহান বিজয় দিবস: "
                                               f"{digits(y - 1971, BENGALI_ZERO)} বছর")
    return _calendar(base, news, feasts)


def rangamati_style() -> PublisherStyle:
    """A Bengali news portal from the Chittagong Hill Tracts (Rangamati): the weekday and the
    date in Bengali digits after "প্রকাশিত:", turned the date in Bengali and in Chakma digits
    (a wording per day), a correspondent byline with the district, "আরও পড়ুন:" (up to twice),
    an ad label, a thank-you in Chakma (Latin) and Bengali, a Kaptai lake line that follows
    the seasons, a follow line turned YouTube and turned by the 2017 landslides, the 2018
    vote and the 2020 holiday, Biju, the peace accord and Victory Day with their counts, a
    rights line, a rare landslide warning."""
    return PublisherStyle(
        domain="pahartimes24.com", site="পাহাড় টাইমস", base_size=180,
        subdomains=(("www.", 100),),
        sections=("rangamati", "khagrachari", "bandarban", "national", "sports", "culture"),
        n_authors=5, url_path="/news/{n}",
        pools={
            "jela": ("রাঙামাটি", "খাগড়াছড়ি", "বান্দরবান", "কাপ্তাই", "বাঘাইছড়ি"),
        },
        families=(
            _f("tarikh", HEADER, 0.75, *_by_day(_rm_dated)),
            _f("protinidhi", HEADER, 0.5, (_OLD, "{jela} প্রতিনিধি")),
            _f("aro", MIDDLE, 0.4, (_OLD, "আরও পড়ুন: {other_title}"), count=2),
            _f("bigyapon", MIDDLE, 0.2, (_OLD, "বিজ্ঞাপন")),
            _f("juju", FOOTER, 0.15, (_OLD, "Ju ju! পাহাড় টাইমস পড়ার জন্য ধন্যবাদ")),
            _f("kaptai", FOOTER, 0.2, *_by_day(lambda day: (
                "🚤 কাপ্তাই হ্রদে পানি কম: লঞ্চ চলাচল সীমিত" if day.month in (2, 3, 4)
                else "🚤 রাঙামাটি-কাপ্তাই লঞ্চ: প্রতিদিন সকাল ৭টা ও দুপুর ২টা"))),
            _f("notice", FOOTER, 0.3, *_rm_notice()),
            _f("swotto", FOOTER, 0.45, (_OLD, "স্বত্ব © {year} পাহাড় টাইমস | সর্বস্বত্ব "
                                              "সংরক্ষিত")),
            _f("pahardhos", HEADER, 0.04, (_OLD, "⚠️ ভারী বর্ষণে পাহাড়ধসের শঙ্কা: ঝুঁকিপূর্ণ এলাকা "
                                                 "ছাড়ুন")),
        ),
    )


# --- a Djiboutian French-language news site with Arabic and Somali lines ---------------------

DJ_ARABIC = dt.date(2016, 9, 12)  # the date line gained the Arabic date


def _dj_dated(day: dt.date) -> str:
    fr = f"Djibouti, le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]}"
    if day < DJ_ARABIC:
        return f"{fr} {day.year}"
    return f"{fr} {day.year} – جيبوتي، {day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}"


def _dj_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez toute l'actualité de Djibouti sur nos réseaux sociaux"))
    news: list[Event] = [
        _vote("2016-04-08", "🗳️ Présidentielle 2016 : les résultats bureau par bureau"),
        _vote("2018-02-23", "🗳️ Législatives 2018 : la nouvelle Assemblée nationale"),
        _span("2020-03-23", "2020-05-17", "😷 Confinement : restez chez vous · Guriga joog"),
    ]
    feasts = [(_day(RAMADAN[y], -1), _day(EID_FITR[y]),
               "🌙 Ramadan Kariim · رمضان كريم : horaires de l'iftar à Djibouti-ville")
              for y in YEARS]
    feasts += _movable(_listed(EID_FITR), 0, 1, lambda _: "Aïd Moubarak · عيد مبارك · Ciid "
                                                          "wanaagsan")
    feasts += _yearly("06-27", 1, 0, lambda y: f"🇩🇯 Fête de l'Indépendance : "
                                               f"{y - 1977}e anniversaire")
    return _calendar(base, news, feasts)


def djibouti_style() -> PublisherStyle:
    """A Djiboutian French-language news site with Arabic and Somali lines: the town, the
    weekday and the date, turned the date in French and in Arabic on one line (a wording per
    day), "Par" with the writer and a signature after the body, "Lire également :" (up to
    twice), a source line, a thank-you in Somali, Arabic and French, a heat line that
    follows the seasons, a follow line turned by two votes, the 2020 confinement, Ramadan,
    the Eid and independence with its count, a rights line reworded, a rare dust warning."""
    return PublisherStyle(
        domain="hornquotidien.dj", site="Horn Quotidien", base_size=150,
        subdomains=(("www.", 100),),
        sections=("politique", "economie", "societe", "port", "sport", "region"),
        n_authors=4, url_path="/{section}/{slug}.html",
        pools={
            "source": ("ADI", "La Nation", "RTD", "communiqué", "correspondance"),
        },
        families=(
            _f("date", HEADER, 0.75, *_by_day(_dj_dated)),
            _f("par", HEADER, 0.4, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire également : {other_title}"), count=2),
            _f("signature", FOOTER, 0.3, (_OLD, "{author} – Horn Quotidien")),
            _f("source", FOOTER, 0.2, (_OLD, "Source : {source}")),
            _f("mahadsanid", FOOTER, 0.15, (_OLD, "Mahadsanid · شكراً · Merci de votre "
                                                  "fidélité")),
            _f("chaleur", FOOTER, 0.2, *_by_day(lambda day: (
                "🌡️ Saison chaude : buvez de l'eau, évitez le soleil de 11 h à 16 h"
                if 5 <= day.month <= 9 else "🌤️ Saison fraîche : bonne lecture !"))),
            _f("reseaux", FOOTER, 0.3, *_dj_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "Tous droits réservés © Horn Quotidien {year}"),
               ("2019-06-03", "© Horn Quotidien {year} | Toute reproduction, même partielle, "
                              "est interdite")),
            _f("poussiere", HEADER, 0.04, (_OLD, "🌪️ Vent de sable (khamsin) : visibilité "
                                                 "réduite sur la RN1")),
        ),
    )


# --- a Meghalaya English-language daily with Khasi lines (Shillong) ---------------------------

ML_CAPS = dt.date(2017, 8, 1)  # the dateline's town turned capitals


def _ml_dateline(day: dt.date) -> str:
    town = "{town_caps}" if day >= ML_CAPS else "{town}"
    return f"{town}, {ENGLISH_MONTHS[day.month - 1][:3]} {day.day}:"


def _ml_notice() -> Wordings:
    base = _steps((_OLD, "For advertisements, contact our office at Police Bazar"),
                  ("2018-07-02", "WhatsApp your news tips to 98630 00000"))
    news: list[Event] = [
        _vote("2018-02-27", "🗳️ Assembly polls 2018: constituency-wise results", after=5),
        _vote("2019-04-11", "🗳️ Lok Sabha polls: Shillong and Tura seats", after=3),
        _span("2020-03-25", "2020-05-31", "😷 Lockdown: curfew passes, helplines and essential "
                                          "shops"),
    ]
    feasts = _yearly("01-21", 0, 0, lambda y: f"Happy Statehood Day! Meghalaya turns "
                                              f"{y - 1972}")
    feasts += _yearly("04-13", 1, 1, lambda _: "Shad Suk Mynsiem: Khublei Shibun to all")
    feasts += _yearly("11-08", 0, 2, lambda _: "🥁 Wangala: the hundred drums festival")
    return _calendar(base, news, feasts)


def shillong_style() -> PublisherStyle:
    """A Meghalaya English-language daily with Khasi lines (Shillong): the dateline with the
    town and the month and day, the town turned capitals (a wording per day), "By Our
    Reporter" or a named writer, "Also Read |" (up to twice), an ad label, a Khasi
    thank-you, an opinion disclaimer, the printer's imprint (a block), a notice turned
    WhatsApp and turned by two votes, the 2020 lockdown, Statehood Day with its count, Shad
    Suk Mynsiem and Wangala, a rare road closure."""
    return PublisherStyle(
        domain="pinewoodtribune.in", site="The Pinewood Tribune", base_size=130,
        subdomains=(("www.", 100),),
        sections=("city", "state", "northeast", "nation", "sports", "editorial"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "town": ("Shillong", "Tura", "Jowai", "Nongpoh", "Williamnagar", "Nongstoin"),
            "town_caps": ("SHILLONG", "TURA", "JOWAI", "NONGPOH", "WILLIAMNAGAR",
                          "NONGSTOIN"),
            "by": ("By Our Reporter", "From Our Correspondent", "By Staff Reporter"),
        },
        families=(
            _f("dateline", HEADER, 0.7, *_by_day(_ml_dateline)),
            _f("byline", HEADER, 0.45, (_OLD, "{by}")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also Read | {other_title}"), count=2),
            _f("advt", MIDDLE, 0.2, (_OLD, "ADVT")),
            _f("khublei", FOOTER, 0.15, (_OLD, "Khublei for reading The Pinewood Tribune")),
            _f("disclaimer", FOOTER, 0.15, (_OLD, "Disclaimer: The views expressed are the "
                                                  "writer's own and not of this newspaper.")),
            _f("notice", FOOTER, 0.3, *_ml_notice()),
            _f("imprint", FOOTER, 0.3, (_OLD, "Printed and published by the Pinewood "
                                              "Publishing Society,")),
            _f("imprint-address", FOOTER, 0.3, (_OLD, "Laban, Shillong 793004, Meghalaya. "
                                                      "RNI No. MEGENG/2009/31")),
            _f("roadblock", HEADER, 0.04, (_OLD, "🚧 NH-6 closed near Sonapur after a "
                                                 "landslide: take the alternate route")),
        ),
    )


# --- a Sindhi-language news site (Larkana) -----------------------------------------------------

SD_REDESIGN = dt.date(2017, 11, 6)  # the date gained the Hijri date


def _sd_dated(day: dt.date) -> str:
    text = (f"{SINDHI_WEEKDAYS[day.weekday()]} {day.day} {SINDHI_MONTHS[day.month - 1]} "
            f"{day.year}")
    if day < SD_REDESIGN:
        return text
    hy, _, _ = hijri(day)
    return f"{text} / {hy} هه"


def _sd_notice() -> Wordings:
    base = _steps((_OLD, "اسان کي فيس بوڪ ۽ ٽوئيٽر تي فالو ڪريو"))
    news: list[Event] = [
        _vote("2018-07-25", "🗳️ عام چونڊون 2018: لاڙڪاڻي جا نتيجا", after=3),
        _span("2020-03-23", "2020-05-09", "😷 لاڪ ڊائون: گهر ۾ رهو، محفوظ رهو"),
    ]
    feasts = _movable(first_sunday_of_december, 0, 0, lambda _: "🧢 سنڌي ٽوپي ۽ اجرڪ جو ڏينهن "
                                                                "مبارڪ")
    feasts += _movable(_listed(EID_FITR_PK), 0, 2, lambda _: "🌙 عيد مبارڪ")
    feasts += _yearly("12-27", 0, 0, lambda y: f"{y - 2007} ورسي: گڙهي خدا بخش ۾ جلسو")
    return _calendar(base, news, feasts)


def larkana_style() -> PublisherStyle:
    """A Sindhi-language news site (Larkana): the weekday and the date in Sindhi, turned
    with the Hijri year (a wording per day), "رپورٽ:" with the writer, "هي به پڙهو:" (up to
    twice), an ad label, tags, a follow line turned by the 2018 vote and the 2020 lockdown,
    the cap and ajrak day on the first Sunday of December, the Eid and an anniversary with
    its count, a rights line, a rare heat warning."""
    return PublisherStyle(
        domain="larkanajikhabar.pk", site="لاڙڪاڻي جي خبر", base_size=110,
        subdomains=(("www.", 100),),
        sections=("larkana", "sindh", "pakistan", "world", "sports", "culture"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{n}/",
        pools={
            "tag": ("لاڙڪاڻو", "سنڌ", "موهن جو دڙو", "قمبر شهدادڪوٽ", "سيلاب", "تعليم"),
        },
        families=(
            _f("tareekh", HEADER, 0.7, *_by_day(_sd_dated)),
            _f("report", HEADER, 0.45, (_OLD, "رپورٽ: {author}")),
            _f("parho", MIDDLE, 0.35, (_OLD, "هي به پڙهو: {other_title}"), count=2),
            _f("ishtihar", MIDDLE, 0.2, (_OLD, "اشتهار")),
            _f("tag", FOOTER, 0.35, (_OLD, "ٽيگ: {tag_list}")),
            _f("notice", FOOTER, 0.3, *_sd_notice()),
            _f("haq", FOOTER, 0.4, (_OLD, "سڀ حق محفوظ آهن © {year} لاڙڪاڻي جي خبر")),
            _f("garmi", HEADER, 0.04, (_OLD, "🌡️ شديد گرمي: ٻارن ۽ بزرگن کي ڌيان ۾ رکو")),
        ),
    )


# --- an Aruban Papiamento-language daily (Oranjestad) -----------------------------------------

AW_RATE = "💱 Cambio: US$ 1 = Afl. 1.79 · Afl. 1 = US$ 0.56"


def _aw_dated(day: dt.date) -> str:
    return (f"{PAPIAMENTO_WEEKDAYS[day.weekday()]} {day.day} di "
            f"{PAPIAMENTO_MONTHS[day.month - 1]} {day.year}")


def _aw_notice() -> Wordings:
    base = _steps((_OLD, "Siguinos riba Facebook y Instagram"))
    news: list[Event] = [
        _vote("2017-09-22", "🗳️ Eleccion 2017: resultado pa distrito", after=2),
        _span("2020-03-29", "2020-05-31", "😷 Shelter in place: keda na cas, protegé bo "
                                          "famia"),
    ]
    feasts = _yearly("03-18", 0, 0, lambda y: f"🇦🇼 Dia di Himno y Bandera: {y - 1976} aña")
    feasts += _yearly("01-01", 0, 0, lambda y: f"Status Aparte: {y - 1986} aña")
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=49), 0, 1,
                       lambda y: f"🎭 Gran Marcha di Carnaval {y}: ruta y cierre di caya")
    return _calendar(base, news, feasts)


def aruba_style() -> PublisherStyle:
    """An Aruban Papiamento-language daily (Oranjestad): the weekday and the date in
    Papiamento, "Texto:" and "Potret:" with the writer and photographer, "Lesa tambe:"
    (turned "LESA TAMBE »"; up to twice), an ad label, a thank-you in Papiamento, the fixed
    florin rate, a follow line turned by the 2017 vote and the 2020 shelter, the flag day
    and the Status Aparte with their counts and the carnival parade, a rights line, a rare
    beach warning."""
    return PublisherStyle(
        domain="bocidiaruba.aw", site="Boci di Aruba", base_size=90,
        subdomains=(("www.", 100),),
        sections=("noticia", "deporte", "economia", "cultura", "mundo", "opinion"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "potret": ("Boci di Aruba", "DTA", "archivo", "Gobierno di Aruba"),
        },
        families=(
            _f("fecha", HEADER, 0.7, *_by_day(_aw_dated)),
            _f("texto", HEADER, 0.45, (_OLD, "Texto: {author}")),
            _f("lesa", MIDDLE, 0.35, (_OLD, "Lesa tambe: {other_title}"),
               ("2018-02-05", "LESA TAMBE » {other_title}"), count=2),
            _f("potret", MIDDLE, 0.25, (_OLD, "Potret: {potret}")),
            _f("anuncio", MIDDLE, 0.2, (_OLD, "ANUNCIO")),
            _f("danki", FOOTER, 0.15, (_OLD, "Danki pa lesa Boci di Aruba!")),
            _f("cambio", FOOTER, 0.15, (_OLD, AW_RATE)),
            _f("aviso", FOOTER, 0.3, *_aw_notice()),
            _f("derecho", FOOTER, 0.4, (_OLD, "© {year} Boci di Aruba. Tur derecho reserva.")),
            _f("corriente", HEADER, 0.04, (_OLD, "🌊 Bandera cora na Baby Beach: corriente "
                                                 "fuerte awe")),
        ),
    )


# --- a Bermudian English-language daily (Hamilton) --------------------------------------------

BM_UPDATED = dt.date(2016, 5, 2)  # the timestamp gained an "Updated" time


def _bm_notice() -> Wordings:
    base = _steps((_OLD, "Get breaking news alerts: download our free app"))
    news: list[Event] = [
        _span("2015-10-17", "2015-10-20", "🌀 Hurricane Gonzalo one year on: are you "
                                          "prepared?"),
        _span("2016-10-12", "2016-10-15", "🌀 Hurricane Nicole: the Causeway is closed"),
        _vote("2017-07-18", "🗳️ General Election 2017: results from all 36 constituencies"),
        _span("2019-09-17", "2019-09-20", "🌀 Hurricane Humberto: EMO updates and shelters"),
        _span("2020-04-04", "2020-05-02", "😷 Shelter in place: grocery days by surname"),
        _vote("2020-10-01", "🗳️ General Election 2020: results as they come in"),
    ]
    feasts = _movable(cup_match, 1, 1, lambda y: f"🏏 Cup Match {y}: St George's v Somerset, "
                                                 f"live scores")
    feasts += _movable(bermuda_day, 0, 0, lambda _: "🏃 Bermuda Day: parade route and "
                                                    "half-marathon")
    return _calendar(base, news, feasts)


def bermuda_style() -> PublisherStyle:
    """A Bermudian English-language daily (Hamilton): "Published" with the date and the
    time, then also an "Updated" time, "By" with the writer, "Related Stories" with a title
    (a block; up to twice), a photo line, a comments policy, a follow line turned by
    hurricanes, the 2017 and 2020 votes and the 2020 shelter, Cup Match on the Thursday
    before the first Monday of August (none in 2020) and Bermuda Day moved to a Friday from
    2018, a rights line, a rare ferry cancellation."""
    return PublisherStyle(
        domain="hamiltonharbourdaily.bm", site="Hamilton Harbour Daily", base_size=75,
        subdomains=(("www.", 100),),
        sections=("news", "business", "sport", "lifestyle", "opinion", "island"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "photo": ("Blaire Simmons", "file photograph", "Akil Simmons", "supplied"),
        },
        families=(
            _f("published", HEADER, 0.7, (_OLD, "Published {date_short} {time12}"),
               (BM_UPDATED.isoformat(), "Published {date_short} {time12} (Updated "
                                        "{time12})")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photograph by {photo}")),
            _f("related", FOOTER, 0.3, (_OLD, "Related Stories")),
            _f("related-title", FOOTER, 0.3, (_OLD, "{other_title}")),
            _f("comments", FOOTER, 0.2, (_OLD, "Comments are moderated. Please keep them "
                                               "civil and on topic."),
               ("2018-06-04", "We've switched off comments on this story.")),
            _f("notice", FOOTER, 0.3, *_bm_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Hamilton Harbour Daily {year}. All rights "
                                                "reserved.")),
            _f("ferry", HEADER, 0.04, (_OLD, "⛴️ Pink route ferries cancelled today: buses "
                                             "replace them")),
        ),
    )


# --- a Barbadian English-language news site (Bridgetown) --------------------------------------

def _bb_notice() -> Wordings:
    base = _steps((_OLD, "Send your news to newsroom@coralstonereport.bb"),
                  ("2017-04-03", "Got a story? WhatsApp the newsroom at 246 555 0101"))
    news: list[Event] = [
        _vote("2018-05-24", "🗳️ General Election 2018: results seat by seat", after=2),
        _span("2020-04-03", "2020-05-03", "😷 24-hour curfew: supermarkets by surname, "
                                          "the rules"),
    ]
    feasts = _yearly("11-30", 0, 0, lambda y: f"🇧🇧 Happy {ordinal(y - 1966)} Independence "
                                              f"Anniversary, Barbados!")
    feasts += _movable(kadooment_day, 2, 0, lambda y: f"🎉 Crop Over {y}: Grand Kadooment "
                                                      f"route and road closures")
    feasts += _yearly("01-21", 0, 0, lambda _: "Errol Barrow Day: the Father of Independence")
    return _calendar(base, news, feasts)


def barbados_style() -> PublisherStyle:
    """A Barbadian English-language news site (Bridgetown): "Article by" and the writer (a
    two-line block), the date, "READ ALSO:" (up to twice), a sponsored label, a Bajan
    sign-off, a tip line turned WhatsApp and turned by the 2018 vote and the 2020 curfew,
    Independence with its ordinal, Crop Over on the first Monday of August (none in 2020)
    and Errol Barrow Day, a rights line, a rare sargassum notice."""
    return PublisherStyle(
        domain="coralstonereport.bb", site="Coral Stone Report", base_size=60,
        subdomains=(("www.", 100),),
        sections=("local", "politics", "business", "sports", "entertainment", "regional"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("article-by", HEADER, 0.4, (_OLD, "Article by")),
            _f("writer", HEADER, 0.4, (_OLD, "{author}")),
            _f("date", HEADER, 0.6, (_OLD, "{date_long}")),
            _f("read-also", MIDDLE, 0.3, (_OLD, "READ ALSO: {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.15, (_OLD, "Sponsored")),
            _f("bajan", FOOTER, 0.15, (_OLD, "Wunna stay safe and keep reading!")),
            _f("notice", FOOTER, 0.3, *_bb_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} Coral Stone Report. All "
                                                "Rights Reserved.")),
            _f("sargassum", HEADER, 0.04, (_OLD, "🌿 Sargassum on the east coast beaches: "
                                                 "avoid the water")),
        ),
    )


# --- a Saint-Pierre-et-Miquelon French-language weekly's site ---------------------------------

PM_WINTER = ((10, 15), (5, 14))  # the ferry's winter timetable, mid-October to mid-May


def _pm_ferry(day: dt.date) -> str:
    winter = (day.month, day.day) >= PM_WINTER[0] or (day.month, day.day) <= PM_WINTER[1]
    season = "d'hiver" if winter else "d'été"
    return f"⛴️ Traversées Saint-Pierre – Fortune : horaires {season} en vigueur"


def _pm_notice() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous à l'édition papier : 36 numéros par an"))
    news: list[Event] = [
        _vote("2017-03-19", "🗳️ Territoriales 2017 : les résultats à Saint-Pierre et à "
                            "Miquelon", after=7),
        _vote("2017-05-07", "🗳️ Présidentielle : le vote de l'archipel"),
        _span("2020-03-17", "2020-05-11", "😷 Confinement : les horaires des commerces et de "
                                          "l'hôpital"),
    ]
    feasts = _yearly("08-15", 3, 1, lambda y: f"🇪🇸 Fête basque {y} : force basque et "
                                              f"pelote au fronton Zazpiak Bat")
    feasts += _yearly("07-14", 0, 0, lambda _: "🎆 14 juillet : défilé et feu d'artifice sur "
                                               "le port")
    return _calendar(base, news, feasts)


def saintpierre_style() -> PublisherStyle:
    """A Saint-Pierre-et-Miquelon French-language weekly's site: "Publié le" with the date
    and "par la rédaction" or a writer, "Voir aussi :" (once), the ferry line that follows
    the seasons (a wording per season), a subscription line turned by the 2017 votes and the
    2020 confinement, the Basque festival and 14 July, a rights line, a rare snowstorm
    warning."""
    return PublisherStyle(
        domain="lechoduphare.pm", site="L'Écho du Phare", base_size=45,
        subdomains=(("www.", 100),),
        sections=("archipel", "miquelon", "peche", "sport", "culture", "politique"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("publie", HEADER, 0.65, (_OLD, "Publié le {date_fr}")),
            _f("par", HEADER, 0.4, (_OLD, "par {author}"), ("2018-09-03", "par la rédaction")),
            _f("voir", MIDDLE, 0.25, (_OLD, "Voir aussi : {other_title}")),
            _f("traversee", FOOTER, 0.25, *_by_day(_pm_ferry)),
            _f("abonnement", FOOTER, 0.3, *_pm_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} L'Écho du Phare – Saint-Pierre-et-"
                                             "Miquelon")),
            _f("blizzard", HEADER, 0.04, (_OLD, "❄️ Alerte blizzard : écoles fermées, restez "
                                                "chez vous")),
        ),
    )


# --- a Pohnpei English-language weekly with Pohnpeian lines (Kolonia, Micronesia) --------------

def _fm_notice() -> Wordings:
    base = _steps((_OLD, "Kaselehlie! Send us your community news by email"))
    news: list[Event] = [
        _vote("2019-03-05", "🗳️ FSM Congress elections: Pohnpei results", after=4),
        _span("2020-01-31", "2021-01-10", "😷 COVID-19: FSM borders closed to incoming "
                                          "travellers"),
    ]
    feasts = _yearly("09-11", 0, 0, lambda y: f"Pohnpei Liberation Day: {y - 1945} years")
    feasts += _yearly("05-10", 0, 0, lambda y: f"FSM Constitution Day: {ordinal(y - 1979)} "
                                               f"anniversary")
    feasts += _yearly("11-03", 0, 0, lambda y: f"🇫🇲 FSM Independence Day: {y - 1986} years")
    return _calendar(base, news, feasts)


def pohnpei_style() -> PublisherStyle:
    """A Pohnpei English-language weekly with Pohnpeian lines (Kolonia): "Kaselehlie" with
    the weekday and the date, "Story and photo by" with the writer, a thank-you in
    Pohnpeian, a shipping line, a notice turned by the 2019 vote and the 2020 border
    closure, Liberation Day, Constitution Day and Independence with their counts, a rights
    line, a rare typhoon watch."""
    return PublisherStyle(
        domain="sokehsridgenews.fm", site="Sokehs Ridge News", base_size=35,
        subdomains=(("www.", 100),),
        sections=("pohnpei", "fsm", "pacific", "sports", "community", "schools"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("date", HEADER, 0.6, (_OLD, "Kaselehlie! · {weekday}, {date_long}")),
            _f("byline", HEADER, 0.4, (_OLD, "Story and photo by {author}")),
            _f("ship", FOOTER, 0.2, (_OLD, "🚢 Next field trip ship to the outer islands: "
                                           "see the Port Authority board")),
            _f("kalahngan", FOOTER, 0.2, (_OLD, "Kalahngan! Thank you for reading")),
            _f("notice", FOOTER, 0.3, *_fm_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Sokehs Ridge News, Kolonia, Pohnpei "
                                                "FM 96941")),
            _f("typhoon", HEADER, 0.04, (_OLD, "🌀 Typhoon watch for Pohnpei and the outer "
                                               "islands")),
        ),
    )


# --- a Tuvalu English and Tuvaluan news bulletin (Funafuti) -----------------------------------

def _tv_notice() -> Wordings:
    base = _steps((_OLD, "Talofa! Listen to Radio Tuvalu news at 7pm"))
    news: list[Event] = [
        _span("2015-03-10", "2015-03-31", "🌀 Cyclone Pam: relief for Nui, Nukufetau and "
                                          "Vaitupu"),
        _vote("2019-09-09", "🗳️ General election 2019: the new Parliament"),
        _span("2020-03-26", "2021-01-10", "😷 State of emergency: borders closed, stay "
                                          "safe"),
    ]
    feasts = _yearly("10-01", 0, 1, lambda y: f"🇹🇻 Independence Day: {y - 1978} years")
    feasts += _movable(gospel_day, 0, 0, lambda _: "Te Aso Tala Lelei: Gospel Day")
    return _calendar(base, news, feasts)


def tuvalu_style() -> PublisherStyle:
    """A Tuvalu English and Tuvaluan news bulletin (Funafuti): the date, "Tala mai i" (from)
    with the writer, a thank-you in Tuvaluan, a flights line reworded in 2017, a radio line
    turned by Cyclone Pam, the 2019 vote and the 2020 emergency, Independence with its count
    and Gospel Day on the second Monday of May, a rights line, a rare king-tide warning."""
    return PublisherStyle(
        domain="funafutifou.tv", site="Funafuti Fou", base_size=25,
        subdomains=(("www.", 100),),
        sections=("news", "islands", "sport", "church", "climate", "pacific"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("date", HEADER, 0.6, (_OLD, "{date_dmy}")),
            _f("tala", HEADER, 0.4, (_OLD, "Tala mai i: {author}")),
            _f("fakafetai", FOOTER, 0.2, (_OLD, "Fakafetai lasi for reading Funafuti Fou")),
            _f("flights", FOOTER, 0.2, (_OLD, "✈️ Fiji Airways flights to Suva: Tuesdays and "
                                              "Thursdays"),
               ("2017-07-03", "✈️ Flights to Suva: Tuesdays, Thursdays and Saturdays")),
            _f("notice", FOOTER, 0.3, *_tv_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Funafuti Fou, Vaiaku, Tuvalu")),
            _f("kingtide", HEADER, 0.04, (_OLD, "🌊 King tide tonight: keep away from the "
                                                "airstrip edge")),
        ),
    )


def heldout58_styles() -> list[PublisherStyle]:
    """The held-back-58 styles, in the order the generator hands them to publishers."""
    return [
        sanpedro_style(), libreville_style(), rangamati_style(), djibouti_style(),
        shillong_style(), larkana_style(), aruba_style(), bermuda_style(), barbados_style(),
        saintpierre_style(), pohnpei_style(), tuvalu_style(),
    ]
