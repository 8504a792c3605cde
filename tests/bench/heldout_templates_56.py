"""The fifty-sixth held-back template set (``held-back-56``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the fifty-fourth
held-back set (`tests.bench.heldout_templates_54`; a fifty-fifth was being written at the
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

**Status (2026-11-27):** first run 98.32% at cf5254a (the session-start code c9dffc4:
97.27%); seen, not studied yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The publishers are from places no earlier set covered, in
several languages and scripts (some of them rare on the web), several printing two or three
languages or scripts on one line. The families are the kinds a crawl of news holds: dates
localised day by day (one beside two other calendars in another script's digits, some in a
script's own digits, some changing form on the day of a redesign), bylines and datelines of
many shapes, notices reworded in 2016-2020, notices that follow a calendar (votes, storms,
epidemics, feasts on the Western, Orthodox, Islamic and Hindu calendars, days on a weekday
of a month, anniversaries with their counts) and the seasons, a per-day shopping rota,
exchange rates, the article's own title and other articles' titles, tag lists, multi-line
blocks, mid-body inserts (some up to two times), bare lines, and families in only 4-5% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
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
    orthodox_easter,
)
from tests.bench.heldout_calendar import event_on as _on
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


COPTIC_EPOCH = 1825030  # the Julian day number of 1 Thout 1 A.M. (29 August 284, Julian)
ISLAMIC_EPOCH = 1948440  # the Julian day number of 1 Muharram 1 A.H. (civil, tabular)


def coptic(day: dt.date) -> tuple[int, int, int]:
    """`day` in the Coptic calendar: (year of the Martyrs, month 1-13, day)."""
    def start(y: int, m: int) -> int:
        return COPTIC_EPOCH - 1 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + 1

    jd = _jdn(day)
    y = (4 * (jd - COPTIC_EPOCH) + 1463) // 1461
    m = (jd - start(y, 1)) // 30 + 1
    return y, m, jd - start(y, m) + 1


def hijri(day: dt.date) -> tuple[int, int, int]:
    """`day` in the tabular Islamic calendar (the site's own reckoning, within a day or two
    of the sighted months): (year, month 1-12, day)."""
    def start(y: int, m: int) -> int:
        return math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + ISLAMIC_EPOCH

    jd = _jdn(day)
    y = (30 * (jd - ISLAMIC_EPOCH) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + start(y, 1))) / 29.5) + 1)
    return y, m, jd - start(y, m) + 1


ARABIC_INDIC_ZERO = "\u0660"  # ٠
ADLAM_ZERO = "\U0001e950"  # 𞥐
OL_CHIKI_ZERO = "\u1c50"  # ᱐

# Pular (Fula) in Latin letters -> Adlam: small letters, a capital to open, the vowel
# lengthener after a doubled vowel.
_ADLAM_SMALL = {"a": "\U0001e922", "d": "\U0001e923", "l": "\U0001e924",
                     "m": "\U0001e925", "b": "\U0001e926", "s": "\U0001e927",
                     "p": "\U0001e928", "r": "\U0001e92a", "e": "\U0001e92b",
                     "f": "\U0001e92c", "i": "\U0001e92d", "o": "\U0001e92e",
                     "w": "\U0001e931", "n": "\U0001e932", "k": "\U0001e933",
                     "y": "\U0001e934", "u": "\U0001e935", "j": "\U0001e936",
                     "c": "\U0001e937", "h": "\U0001e938", "g": "\U0001e93a",
                     "t": "\U0001e93c"}
_ADLAM_LENGTHENER = "\U0001e944"


def adlam(latin: str) -> str:
    """A Pular word or phrase in Latin letters (a-z, doubled vowels long) in Adlam."""
    out: list[str] = []
    i = 0
    while i < len(latin):
        ch = latin[i].lower()
        if ch in "aeiou" and latin[i + 1:i + 2].lower() == ch:
            out.append(_ADLAM_SMALL[ch] + _ADLAM_LENGTHENER)
            i += 2
            continue
        out.append(_ADLAM_SMALL.get(ch, ch))
        i += 1
    text = "".join(out)
    if text and text[0] in _ADLAM_SMALL.values():
        text = chr(ord(text[0]) - 0x22) + text[1:]  # the capital of the first letter
    return text


# Santali in Latin letters -> Ol Chiki ("kh" and the other aspirates with the gahla tudag,
# a nasal vowel with the mu ttuddag after it, "rh" the retroflex flap).
_OL_CHIKI = {"a": "ᱟ", "o": "ᱚ", "e": "ᱮ", "i": "ᱤ", "u": "ᱩ", "k": "ᱠ", "g": "ᱜ", "c": "ᱪ",
             "j": "ᱡ", "t": "ᱛ", "d": "ᱫ", "n": "ᱱ", "p": "ᱯ", "b": "ᱵ", "m": "ᱢ", "y": "ᱭ",
             "r": "ᱨ", "l": "ᱞ", "w": "ᱣ", "s": "ᱥ", "h": "ᱦ", "~": "ᱸ", "R": "ᱲ", "H": "ᱷ"}


def olchiki(latin: str) -> str:
    """A Santali phrase in a plain Latin spelling in Ol Chiki ("H" after a consonant for
    its aspirate, "R" the flap, "~" after a nasal vowel)."""
    return "".join(_OL_CHIKI.get(c, c) for c in latin)


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
EGYPTIAN_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
MAGHREB_MONTHS = ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
                  "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
COPTIC_MONTHS = ("توت", "بابه", "هاتور", "كيهك", "طوبة", "أمشير", "برمهات", "برمودة", "بشنس",
                 "بؤونة", "أبيب", "مسرى", "النسيء")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "setiembre", "octubre", "noviembre", "diciembre")  # "setiembre", as in Uruguay
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
PULAR_WEEKDAYS = ("Altine", "Talaata", "Alarba", "Alkamiisa", "Aljuma", "Aset", "Alat")
SWEDISH_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                  "september", "oktober", "november", "december")
HINDI_MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                "अक्टूबर", "नवंबर", "दिसंबर")

# Movable days as the sites' readers kept them.
RAMADAN_EG = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_EG = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
TABASKI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
           2019: "2019-08-11", 2020: "2020-07-31"}
DIWALI_JH = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
             2019: "2019-10-27", 2020: "2020-11-14"}
HOLI_JH = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
           2019: "2019-03-21", 2020: "2020-03-10"}
MONACO_GP = {2015: "2015-05-24", 2016: "2016-05-29", 2017: "2017-05-28", 2018: "2018-05-27",
             2019: "2019-05-26"}  # no Grand Prix in 2020


# --- an Egyptian Arabic news portal (Alexandria) ------------------------------------------------

EG_REDESIGN = dt.date(2017, 10, 1)  # the date line gained the Coptic date, in Eastern digits
EG_TELEGRAM = dt.date(2018, 6, 3)  # the follow line turned Telegram
EG_FLOAT = dt.date(2016, 11, 3)  # the pound floated

# The dollar's rate the site printed: (first day, pounds).
EG_RATES: tuple[tuple[str, str], ...] = (
    (_OLD, "7.83"), ("2016-03-14", "8.88"), (EG_FLOAT.isoformat(), "16.25"),
    ("2016-12-05", "18.10"), ("2017-01-16", "18.75"), ("2017-03-06", "18.05"),
    ("2017-06-05", "18.00"), ("2017-09-04", "17.60"), ("2018-06-04", "17.85"),
    ("2019-03-04", "17.25"), ("2019-07-01", "16.60"), ("2019-10-07", "16.20"),
    ("2020-01-06", "15.95"), ("2020-04-06", "15.75"), ("2020-08-03", "15.95"),
    ("2020-11-02", "15.70"),
)


def _eg_dated(day: dt.date) -> str:
    wd, hy, hm, hd = ARABIC_WEEKDAYS[day.weekday()], *hijri(day)
    if day < EG_REDESIGN:
        return (f"{wd} {day.day} {EGYPTIAN_MONTHS[day.month - 1]} {day.year} | {hd} "
                f"{HIJRI_MONTHS[hm - 1]} {hy}")
    cy, cm, cd = coptic(day)

    def n(x: int) -> str:
        return digits(x, ARABIC_INDIC_ZERO)

    return (f"{wd} {n(day.day)} {EGYPTIAN_MONTHS[day.month - 1]} {n(day.year)} م - {n(hd)} "
            f"{HIJRI_MONTHS[hm - 1]} {n(hy)} هـ - {n(cd)} {COPTIC_MONTHS[cm - 1]} {n(cy)} ش")


def _eg_rate() -> Wordings:
    return tuple((start, f"💵 سعر الدولار اليوم في البنوك: {rate} جنيه")
                 for start, rate in EG_RATES)


def _eg_notice() -> Wordings:
    base = _steps((_OLD, "تابعوا بوابة الإسكندرية على فيسبوك وتويتر"),
                  (EG_TELEGRAM.isoformat(), "انضموا لقناة بوابة الإسكندرية على تليجرام"))
    news: list[Event] = [
        _span("2015-10-17", "2015-10-19", "🗳️ انتخابات مجلس النواب: المرحلة الأولى تشمل "
                                          "الإسكندرية"),
        _span("2015-10-25", "2015-10-28", "⛈️ نوة الإسكندرية: غرق الشوارع وتعطيل الدراسة"),
        _vote("2018-03-26", "🗳️ الانتخابات الرئاسية 2018: تابع النتائج لحظة بلحظة", before=3,
              after=4),
        _vote("2019-04-20", "🗳️ الاستفتاء على التعديلات الدستورية: اعرف لجنتك", before=5,
              after=3),
        _span("2020-03-25", "2020-06-26", "⏰ حظر التجوال: المواعيد والاستثناءات"),
        _vote("2020-08-11", "🗳️ انتخابات مجلس الشيوخ: اعرف لجنتك الانتخابية", before=4),
    ]
    feasts = [(_day(RAMADAN_EG[y], -1), _day(EID_FITR_EG[y]),
               "🌙 رمضان كريم — إمساكية الشهر ومواعيد الإفطار في الإسكندرية") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_EG), 0, 2, lambda _: "كل عام وأنتم بخير — عيد فطر "
                                                             "مبارك")
    feasts += _movable(lambda y: orthodox_easter(y) + dt.timedelta(days=1), 0, 0,
                       lambda _: "🌸 شم النسيم: الحدائق والشواطئ تستقبل الزوار")
    feasts += _yearly("01-07", 0, 0, lambda _: "🎄 عيد الميلاد المجيد: تهنئة للإخوة الأقباط")
    return _calendar(base, news, feasts)


def alexandria_style() -> PublisherStyle:
    """An Egyptian Arabic news portal (Alexandria): a section kicker, the weekday, the date
    and the tabular Hijri date, turned Eastern Arabic digits with "م" and "هـ" and the Coptic
    date on the day of a redesign (a wording per day), "كتب:" with the writer (turned
    "كتب -"), "اقرأ أيضًا:" (up to twice; the tanween moved from 2019), a photographer
    credit and an ad label, a tag line, the dollar's rate (a float in 2016), a follow line
    turned Telegram and turned by votes, a winter storm, the 2020 curfew, Ramadan, the Eid,
    Sham el-Nessim on the Monday after Coptic Easter and Coptic Christmas, a no-reprint
    notice, a rights line turned around, a rare school closure."""
    return PublisherStyle(
        domain="bawabetaliskandaria.com", site="بوابة الإسكندرية", base_size=240,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("governorate", "accidents", "sports", "economy", "arts", "variety"),
        n_authors=9, url_path="/news/{n}",
        pools={
            "qism": ("محافظات", "حوادث وقضايا", "رياضة", "اقتصاد", "فن وثقافة", "منوعات"),
            "musawwir": ("محمود السيد", "أحمد عادل", "هاني جمال", "أرشيفية"),
            "wasm": ("الإسكندرية", "محافظ الإسكندرية", "كورنيش الإسكندرية", "برج العرب",
                     "ميناء الإسكندرية", "سيدي جابر"),
        },
        families=(
            _f("qism", HEADER, 0.35, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_eg_dated)),
            _f("kataba", HEADER, 0.55, (_OLD, "كتب: {author}"),
               (EG_REDESIGN.isoformat(), "كتب - {author}")),
            _f("iqra", MIDDLE, 0.45, (_OLD, "اقرأ أيضًا: {other_title}"),
               ("2019-02-03", "اقرأ أيضاً.. {other_title}"), count=2),
            _f("taswir", MIDDLE, 0.25, (_OLD, "تصوير: {musawwir}")),
            _f("ilan", MIDDLE, 0.2, (_OLD, "إعلان")),
            _f("wasm", FOOTER, 0.4, (_OLD, "كلمات البحث: {wasm_list}")),
            _f("sarf", FOOTER, 0.2, *_eg_rate()),
            _f("tabiouna", FOOTER, 0.3, *_eg_notice()),
            _f("naql", FOOTER, 0.15, (_OLD, "يُحظر نشر أو نقل أو اقتباس أي محتوى دون ذكر "
                                            "المصدر")),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة لـ بوابة الإسكندرية © {year}"),
               ("2019-01-01", "© {year} بوابة الإسكندرية. جميع الحقوق محفوظة")),
            _f("madaris", HEADER, 0.04, (_OLD, "⚠️ عاجل: تعطيل الدراسة غدًا في مدارس الإسكندرية "
                                               "بسبب الطقس")),
        ),
    )


# --- a Uruguayan Spanish-language border daily (Rivera, across from Santana do Livramento) ------

UY_REDESIGN = dt.date(2018, 8, 6)  # the long date turned a numeric one with the time
UY_LINKS = dt.date(2017, 5, 15)  # the read-also turned bilingual

# Border exchange: (first day, pesos for a dollar, pesos for a real).
UY_RATES: tuple[tuple[str, str, str], ...] = (
    (_OLD, "24,60", "10,20"), ("2015-04-06", "26,10", "8,60"), ("2015-09-07", "29,50", "7,75"),
    ("2016-02-01", "31,80", "7,90"), ("2016-06-06", "30,70", "8,95"),
    ("2017-01-02", "29,20", "8,95"), ("2017-08-07", "28,60", "9,05"),
    ("2018-04-02", "28,40", "8,40"), ("2018-09-03", "32,90", "7,95"),
    ("2019-04-01", "34,20", "8,70"), ("2019-10-07", "37,10", "8,95"),
    ("2020-03-16", "43,90", "8,70"), ("2020-07-06", "44,50", "8,30"),
    ("2020-11-02", "42,80", "7,55"),
)


def _uy_dated(day: dt.date) -> str:
    if day < UY_REDESIGN:
        return (f"Rivera, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} · {{time}} hs"


def _uy_rates() -> Wordings:
    return tuple((start, f"💱 Cambio en la frontera: US$ 1 = $U {usd} | R$ 1 = $U {brl}")
                 for start, usd, brl in UY_RATES)


def _uy_turismo(y: int) -> dt.date:
    """The Monday of Semana de Turismo (Holy Week, as Uruguay calls it)."""
    return easter(y) - dt.timedelta(days=6)


def _uy_notice() -> Wordings:
    base = _steps((_OLD, "Seguinos en Facebook, Instagram y Twitter"))
    news: list[Event] = [
        _vote("2015-05-10", "🗳️ Departamentales 2015: los resultados de Rivera, circuito por "
                            "circuito"),
        _vote("2019-10-27", "🗳️ Elecciones nacionales 2019: cómo votó Rivera"),
        _vote("2019-11-24", "🗳️ Balotaje: todos los resultados de Rivera", before=4),
        _span("2020-03-13", "2020-05-31", "😷 Emergencia sanitaria: frontera cerrada y "
                                          "free shops sin atención al público"),
        _vote("2020-09-27", "🗳️ Departamentales 2020: los resultados de Rivera"),
    ]
    feasts = _movable(lambda y: easter(y) - dt.timedelta(days=48), 0, 1,
                      lambda y: f"🥁 Carnaval {y}: desfile de escuelas de samba en la avenida "
                                f"Sarandí")
    feasts += _movable(_uy_turismo, 0, 6, lambda _: "🏖️ Semana de Turismo: horarios de "
                                                    "ómnibus y free shops")
    feasts += _yearly("07-18", 0, 0, lambda y: f"🇺🇾 {y - 1830} años de la Jura de la "
                                               f"Constitución")
    feasts += _yearly("08-24", 0, 0, lambda _: "🎶 Noche de la Nostalgia: los bailes de la "
                                               "frontera")
    return _calendar(base, news, feasts)


def rivera_style() -> PublisherStyle:
    """A Uruguayan Spanish-language border daily (Rivera): a section kicker, the town, the
    weekday and the date with "setiembre", turned a numeric date with the time (a wording
    per day), "Escribe:" with the writer, a read-also turned Spanish and Portuguese on one
    line (up to twice), photo credits and an ad label, the border exchange rates for the
    dollar and the real, a WhatsApp line in the voseo, a duty-pharmacy block, a follow line
    turned by votes, the 2020 emergency, carnival, Tourism Week, the Constitution's
    anniversary with its count and the night of nostalgia, a rights line (reworded), a rare
    fog warning."""
    return PublisherStyle(
        domain="lafronteranorte.com.uy", site="La Frontera Norte", base_size=200,
        subdomains=(("www.", 100),),
        sections=("locales", "policiales", "frontera", "deportes", "rurales", "sociales"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "seccion": ("Locales", "Policiales", "Frontera", "Deportes", "Rurales",
                        "Sociales"),
            "foto": ("La Frontera Norte", "Intendencia de Rivera", "archivo", "gentileza",
                     "Jefatura de Policía de Rivera"),
            "farmacia": ("Farmacia Sarandí (Sarandí 512)", "Farmacia Central (Agraciada 701)",
                         "Farmacia del Parque (Ceballos 1120)", "Farmacia Rivera Chico "
                                                                "(Uruguay 1830)"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_uy_dated)),
            _f("escribe", HEADER, 0.5, (_OLD, "Escribe: {author}")),
            _f("lea", MIDDLE, 0.4, (_OLD, "Lea también: {other_title}"),
               (UY_LINKS.isoformat(), "LEA TAMBIÉN | LEIA TAMBÉM ▸ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "PUBLICIDAD")),
            _f("cambio", FOOTER, 0.25, *_uy_rates()),
            _f("whatsapp", FOOTER, 0.3, (_OLD, "📲 Recibí las noticias de la frontera en tu "
                                               "WhatsApp: escribinos al 099 555 012")),
            _f("turno", FOOTER, 0.2, (_OLD, "Farmacias de turno:")),
            _f("turno-lista", FOOTER, 0.2, (_OLD, "{farmacia} · Emergencia móvil: 1727")),
            _f("aviso", FOOTER, 0.25, *_uy_notice()),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} La Frontera Norte - Rivera, Uruguay. "
                                               "Prohibida su reproducción total o parcial."),
               ("2019-01-01", "Diario La Frontera Norte © {year} | Todos los derechos "
                              "reservados")),
            _f("niebla", HEADER, 0.04, (_OLD, "🌫️ Niebla intensa: precaución en la Ruta 5 y "
                                              "en el puente de la Concordia")),
        ),
    )


# --- a Guinean French-language regional site with Pular lines (Labé, Fouta Djallon) -------------

GN_REDESIGN = dt.date(2018, 1, 8)  # the date gained the Pular weekday
GN_LINKS = dt.date(2018, 6, 4)
GN_MOOV = dt.date(2020, 2, 3)  # the WhatsApp group turned a channel


def _gn_dated(day: dt.date) -> str:
    if day < GN_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{heure}}"
    return (f"Labé, {FRENCH_WEEKDAYS[day.weekday()]} ({PULAR_WEEKDAYS[day.weekday()]}) "
            f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}")


def _gn_adlam(day: dt.date) -> str:
    return (f"🗓️ {digits(day.day, ADLAM_ZERO, 2)}/{digits(day.month, ADLAM_ZERO, 2)}/"
            f"{digits(day.year, ADLAM_ZERO)}")


def _gn_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter pour ne rien rater"))
    news: list[Event] = [
        _vote("2015-10-11", "🗳️ Présidentielle 2015 : les résultats préfecture par préfecture"),
        _span("2015-12-29", "2016-01-12", "Ebola : fin de l'épidémie déclarée en Guinée"),
        _vote("2018-02-04", "🗳️ Communales 2018 : les résultats dans les communes du Fouta"),
        _vote("2020-03-22", "🗳️ Législatives et référendum : où voter à Labé"),
        _span("2020-03-30", "2020-06-14", "😷 Coronavirus : couvre-feu et port du masque "
                                          "obligatoire"),
        _vote("2020-10-18", "🗳️ Présidentielle 2020 : suivez le dépouillement avec nos "
                            "correspondants"),
    ]
    feasts = _movable(_listed(TABASKI), 1, 1, lambda _: f"🐑 Bonne fête de Tabaski ! "
                                                        f"{adlam('juulde layya')}")
    feasts += _yearly("10-02", 0, 0, lambda y: f"🇬🇳 {y - 1958}e anniversaire de "
                                               f"l'indépendance")
    return _calendar(base, news, feasts)


def labe_style() -> PublisherStyle:
    """A Guinean French-language regional site with Pular lines (Labé): a section kicker,
    "Publié le" with a numeric date and the time, turned the town, the French and the Pular
    weekday and the date (a wording per day), the date in Adlam digits (a wording per day),
    "Par" with the writer and a prefecture, "LIRE AUSSI >>" (turned; up to twice), an ad
    label, a thank-you in Adlam and Latin Pular with French, a source line, a WhatsApp line
    turned a channel, an authors' disclaimer, a follow line turned by votes, the end of
    Ebola, the 2020 curfew, Tabaski in both scripts and the independence anniversary with
    its count, a rights line, a rare power cut."""
    return PublisherStyle(
        domain="foutaexpress.gn", site="Fouta Express", base_size=180,
        subdomains=(("www.", 80), ("", 20)),
        sections=("actualite", "politique", "societe", "economie", "sport", "culture"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Actualité", "Politique", "Société", "Économie", "Sport", "Culture"),
            "heure": ("07h12", "09h30", "11h05", "13h48", "16h20", "18h55", "21h10"),
            "prefecture": ("Labé", "Pita", "Mali", "Koubia", "Lélouma", "Tougué", "Dalaba"),
            "source": ("AGP", "Radio rurale de Labé", "correspondance régionale",
                       "communiqué"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_gn_dated)),
            _f("adlam-date", HEADER, 0.3, *_by_day(_gn_adlam)),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}, correspondant à {prefecture}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "LIRE AUSSI >> {other_title}"),
               (GN_LINKS.isoformat(), "À lire aussi : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("jaaraama", FOOTER, 0.2, (_OLD, f"{adlam('a jaaraama')} · A jaaraama · Merci de "
                                               f"nous lire !")),
            _f("source", FOOTER, 0.25, (_OLD, "Source : {source}")),
            _f("whatsapp", FOOTER, 0.3, (_OLD, "Rejoignez notre groupe WhatsApp : +224 620 55 01 "
                                               "23"),
               (GN_MOOV.isoformat(), "📲 Rejoignez la chaîne WhatsApp de Fouta Express")),
            _f("avertissement", FOOTER, 0.15, (_OLD, "NB : Les opinions publiées dans cette "
                                                     "rubrique n'engagent que leurs auteurs.")),
            _f("alerte", FOOTER, 0.25, *_gn_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Fouta Express – Tous droits "
                                                "réservés")),
            _f("delestage", HEADER, 0.04, (_OLD, "⚡ Délestage : pas de courant ce soir dans "
                                                 "les quartiers de Labé")),
        ),
    )


# --- a Liberian English-language daily (Monrovia) ----------------------------------------------

LR_BEATS = dt.date(2018, 1, 22)  # the byline gained the writer's beat

# The Central Bank's rate: (first day, Liberian dollars for one US dollar).
LR_RATES: tuple[tuple[str, str], ...] = (
    (_OLD, "85.00"), ("2015-07-06", "88.50"), ("2016-03-07", "92.00"), ("2016-09-05", "98.50"),
    ("2017-03-06", "110.00"), ("2017-09-04", "120.25"), ("2018-03-05", "132.50"),
    ("2018-07-02", "150.00"), ("2018-10-01", "157.75"), ("2019-03-04", "176.00"),
    ("2019-07-01", "199.50"), ("2019-10-07", "208.00"), ("2020-01-06", "188.50"),
    ("2020-06-01", "198.75"), ("2020-10-05", "170.50"),
)


def decoration_day(y: int) -> dt.date:
    """Decoration Day: the second Wednesday of March."""
    return nth_weekday(y, 3, 2, 2)


def liberian_thanksgiving(y: int) -> dt.date:
    """Liberia's Thanksgiving: the first Thursday of November."""
    return nth_weekday(y, 11, 3, 1)


def _lr_notice() -> Wordings:
    base = _steps((_OLD, "Like our Facebook page and join our WhatsApp news group"))
    news: list[Event] = [
        _span("2015-05-09", "2015-05-16", "🎉 WHO declares Liberia free of Ebola"),
        _vote("2017-10-10", "🗳️ Elections 2017: results from the NEC, county by county",
              after=5),
        _vote("2017-12-26", "🗳️ Presidential run-off: live results", after=3),
        _span("2020-04-10", "2020-07-21", "😷 State of emergency: stay home, wash your hands"),
        _vote("2020-12-08", "🗳️ Special senatorial elections: live results", after=5),
    ]
    feasts = _yearly("07-26", 0, 0, lambda y: f"🇱🇷 Happy {ordinal(y - 1847)} Independence "
                                              f"Day!")
    feasts += _yearly("08-24", 0, 0, lambda _: "🇱🇷 Flag Day: one flag, one people")
    feasts += _movable(decoration_day, 0, 0, lambda _: "Decoration Day: remember your loved "
                                                       "ones")
    feasts += _movable(liberian_thanksgiving, 0, 0, lambda _: "Happy Thanksgiving Day, "
                                                              "Liberia!")
    return _calendar(base, news, feasts)


def monrovia_style() -> PublisherStyle:
    """A Liberian English-language daily (Monrovia): a dateline with the town and county,
    "By" with the writer and "Staff Writer", turned the writer's beat, "Published on" and
    the date, "ALSO READ:" (up to twice), an ad label, the Central Bank's rate (a wording
    per rate), a donation appeal with mobile money, later with amounts, a contact block, an
    opinion disclaimer, a follow line turned by the end of Ebola, the 2017 elections and
    run-off, the 2020 emergency and senate vote, Independence Day with its ordinal, Flag
    Day, Decoration Day and Thanksgiving on a weekday of their months, a rights line, a rare
    flood line."""
    return PublisherStyle(
        domain="graincoastobserver.com.lr", site="Grain Coast Observer", base_size=160,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "business", "health", "sports", "counties"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "dateline": ("MONROVIA –", "Harper, Maryland County –", "Zwedru, Grand Gedeh County "
                                                                   "–",
                         "Buchanan, Grand Bassa County –", "Gbarnga, Bong County –",
                         "Voinjama, Lofa County –", "Kakata, Margibi County –"),
            "beat": ("Politics", "Health", "Business", "Counties", "Sports"),
            "amount": ("US$5", "US$10", "US$25", "L$500", "L$1,000"),
        },
        families=(
            _f("dateline", HEADER, 0.55, (_OLD, "{dateline}")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}, Staff Writer"),
               (LR_BEATS.isoformat(), "By {author} | {author_beat}")),
            _f("published", HEADER, 0.6, (_OLD, "Published on {weekday}, {date_long}")),
            _f("also", MIDDLE, 0.4, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "- Advertisement -")),
            _f("rate", FOOTER, 0.2, *tuple((s, f"💵 CBL rate today: US$1 = L${r}")
                                           for s, r in LR_RATES)),
            _f("support", FOOTER, 0.2,
               (_OLD, "Support independent journalism in Liberia: send any amount by Mobile "
                "Money to 0777 555 012."),
               ("2019-07-01", "Support the Grain Coast Observer: give {amount} today via "
                              "Lonestar MoMo or Orange Money.")),
            _f("contact", FOOTER, 0.25, (_OLD, "Contact the newsroom:")),
            _f("contact-lines", FOOTER, 0.25,
               (_OLD, "Ashmun Street, Monrovia · +231 777 555 012 · "
                "news@graincoastobserver.com.lr")),
            _f("disclaimer", FOOTER, 0.1,
               (_OLD, "Disclaimer: The views expressed in this article are the author's own and "
                "do not necessarily reflect the editorial policy of the Grain Coast "
                "Observer.")),
            _f("notice", FOOTER, 0.25, *_lr_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} Grain Coast Observer. All "
                                                "rights reserved.")),
            _f("flood", HEADER, 0.04, (_OLD, "🌧️ Heavy rains flood low-lying communities in "
                                             "Monrovia; NDMA urges residents to move")),
        ),
    )


# --- a Cayman Islands English-language news site (George Town) ----------------------------------

KY_ROTA = (dt.date(2020, 4, 6), dt.date(2020, 5, 31))  # shopping by surname, both included


def ky_rota(day: dt.date) -> str | None:
    """The 2020 shopping rota by surname: A-K on Monday, Wednesday and Friday, L-Z on
    Tuesday, Thursday and Saturday, a hard curfew on Sunday; None outside it."""
    if not KY_ROTA[0] <= day <= KY_ROTA[1]:
        return None
    if day.weekday() == 6:
        return "🚫 Hard curfew today: no shopping, stay home"
    return f"🛒 Shopping today by surname: {'A–K' if day.weekday() % 2 == 0 else 'L–Z'}"


def _ky_notice() -> Wordings:
    def base(day: dt.date) -> str:
        if 6 <= day.month <= 11:
            return "🌀 Hurricane season: sign up for Hazard Management alerts"
        return "Get the morning headlines by email: subscribe free"

    storms: list[Event] = [
        _span("2017-09-05", "2017-09-09", "🌀 Hurricane Irma: follow the storm's track and "
                                          "the HMCI updates"),
        _span("2020-11-06", "2020-11-09", "🌀 Tropical Storm Eta: flood warnings for Grand "
                                          "Cayman"),
    ]
    return _by_day(lambda day: ky_rota(day) or _on(day, storms) or base(day))


def cayman_style() -> PublisherStyle:
    """A Cayman Islands English-language news site (George Town): a section kicker,
    "Posted" with a short date and a 12-hour time, "By" with the writer, turned "Reporter:",
    a related link turned "See also:" (up to twice), photo credits, a banner by the
    hurricane season, two storms and the 2020 shopping rota by surname (a wording per day),
    a Crime Stoppers line, a currency note, a newsletter appeal, a rights line with the
    postcode, a rare iguana cull line."""
    return PublisherStyle(
        domain="northsoundjournal.ky", site="North Sound Journal", base_size=140,
        subdomains=(("www.", 100),),
        sections=("news", "business", "crime", "sports", "weather", "community"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("News", "Business", "Crime", "Sports", "Weather", "Community"),
            "photo": ("GIS", "RCIPS", "File", "Submitted", "North Sound Journal"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("posted", HEADER, 0.65, (_OLD, "Posted {date_short} at {time12}")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"), ("2018-04-02", "Reporter: {author}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"),
               ("2019-09-02", "See also: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("banner", FOOTER, 0.3, *_ky_notice()),
            _f("tips", FOOTER, 0.15, (_OLD, "Anonymous tips: Crime Stoppers 800-8477 (TIPS)")),
            _f("currency", FOOTER, 0.12, (_OLD, "Prices in CI$ unless stated; CI$1 = US$1.20")),
            _f("newsletter", FOOTER, 0.25, (_OLD, "📩 Your weekday briefing, free at 6am. Sign "
                                                  "up now →")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} North Sound Journal Ltd. | George Town, "
                                                "Grand Cayman KY1-1104")),
            _f("iguana", HEADER, 0.04, (_OLD, "🦎 Green iguana cull: report sightings to the "
                                              "Department of Environment")),
        ),
    )


# --- a Chadian French-language daily with Arabic lines (N'Djamena) -----------------------------

TD_MOOV = dt.date(2020, 2, 3)  # the mobile-money brand changed


def _td_dated(day: dt.date) -> str:
    return (f"N'Djamena, {FRENCH_WEEKDAYS[day.weekday()]} {day.day:02d} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} | {ARABIC_WEEKDAYS[day.weekday()]} "
            f"{day.day} {MAGHREB_MONTHS[day.month - 1]} {day.year}")


def _td_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Chari Matin sur Facebook · تابعونا على فيسبوك"))
    news: list[Event] = [
        _vote("2016-04-10", "🗳️ Présidentielle 2016 : les résultats provisoires de la CENI",
              after=12),
        _span("2020-04-02", "2020-06-25", "😷 Couvre-feu sanitaire de 20 h à 5 h · حظر التجوال"),
    ]
    feasts = _movable(_listed(TABASKI), 1, 1, lambda _: "🐑 Bonne fête de Tabaski · عيد أضحى "
                                                        "مبارك")
    feasts += _yearly("08-11", 0, 0, lambda y: f"🇹🇩 {y - 1960}e anniversaire de "
                                               f"l'indépendance")
    feasts += _yearly("12-01", 0, 0, lambda _: "Fête de la liberté et de la démocratie")
    return _calendar(base, news, feasts)


def ndjamena_style() -> PublisherStyle:
    """A Chadian French-language daily with Arabic lines (N'Djamena): a section kicker, the
    town, the French date and the Arabic date with the Maghreb month names on one line (a
    wording per day), "Par" with the writer, "À LIRE AUSSI ►" (up to twice), an ad label, a
    language switch in both scripts, a source line, a subscription appeal naming the
    mobile-money brand of the day, a follow line in both languages turned by the 2016 vote,
    the 2020 curfew, Tabaski, independence with its count and the freedom day, a rights
    line, a rare sandstorm."""
    return PublisherStyle(
        domain="charimatin.td", site="Chari Matin", base_size=120,
        subdomains=(("www.", 100),),
        sections=("politique", "societe", "economie", "provinces", "sport", "culture"),
        n_authors=5, url_path="/{section}/{n}-{slug}",
        pools={
            "rubrique": ("Politique", "Société", "Économie", "Provinces", "Sport", "Culture"),
            "source": ("ATP", "Chari Matin", "correspondance", "communiqué de presse"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_td_dated)),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À LIRE AUSSI ► {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "— Publicité —")),
            _f("langue", HEADER, 0.2, (_OLD, "اقرأ بالعربية | Lire en français")),
            _f("source", FOOTER, 0.3, (_OLD, "Source : {source}")),
            _f("abonnement", FOOTER, 0.2,
               (_OLD, "Soutenez Chari Matin : abonnez-vous pour 5 000 FCFA par mois, payables "
                "par Airtel Money ou Tigo Cash."),
               (TD_MOOV.isoformat(), "Soutenez Chari Matin : abonnez-vous pour 5 000 FCFA par "
                                     "mois, payables par Airtel Money ou Moov Money.")),
            _f("alerte", FOOTER, 0.25, *_td_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© Chari Matin {year} – Reproduction interdite "
                                             "sans autorisation")),
            _f("sable", HEADER, 0.04, (_OLD, "🌪️ Vent de sable sur N'Djamena : visibilité "
                                             "réduite, prudence sur les routes")),
        ),
    )


# --- a Santali news site from Jharkhand in Ol Chiki, Devanagari and Latin (Dumka) ------------

JH_READ = dt.date(2017, 7, 3)  # the Hindi read-also turned Santali in Ol Chiki


def _jh_dated(day: dt.date) -> str:
    return (f"{digits(day.day, OL_CHIKI_ZERO, 2)}.{digits(day.month, OL_CHIKI_ZERO, 2)}."
            f"{digits(day.year, OL_CHIKI_ZERO)} | {day.day} {HINDI_MONTHS[day.month - 1]} "
            f"{day.year}")


def _jh_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on YouTube and Facebook · " + olchiki("johar")))
    news: list[Event] = [
        _span("2019-04-26", "2019-05-24", "🗳️ लोकसभा चुनाव 2019: संथाल परगना की सीटों का हाल"),
        _span("2019-11-27", "2019-12-24", "🗳️ झारखंड विधानसभा चुनाव 2019: हर चरण की खबर"),
        _span("2020-03-25", "2020-05-31", "😷 लॉकडाउन: घर पर रहें, सुरक्षित रहें"),
    ]
    feasts = _yearly("06-30", 0, 0, lambda y: f"✊ Hul Diwas: {y - 1855} years of the Santhal "
                                              f"Hul · " + olchiki("hul johar"))
    feasts += _movable(_listed(DIWALI_JH), 0, 4, lambda _: "🐂 " + olchiki("sohrae johar") +
                       " · Sohrai Johar!")
    feasts += _movable(_listed(HOLI_JH), 2, 0, lambda _: "🌸 " + olchiki("baha johar") +
                       " · Baha Parab")
    feasts += _yearly("11-15", 0, 0, lambda y: f"झारखंड स्थापना दिवस: {y - 2000} साल")
    return _calendar(base, news, feasts)


def dumka_style() -> PublisherStyle:
    """A Santali news site from Jharkhand in Ol Chiki, Devanagari and Latin (Dumka): a
    Santali greeting in Ol Chiki and Latin, a section kicker in Hindi, the date in Ol Chiki
    digits beside the Hindi date (a wording per day), "रिपोर्ट:" with the writer and the
    district, a read-also turned from Hindi to Santali in Ol Chiki (up to twice), an ad label
    in Hindi, a thank-you in three scripts, a tag line, a follow line turned by two votes,
    the 2020 lockdown, Hul Diwas with its count, Sohrae after Diwali, Baha before Holi and
    the state's foundation day with its count, a rights line, a rare elephant alert."""
    return PublisherStyle(
        domain="joharkhobor.in", site="Johar Khobor", base_size=100,
        subdomains=(("www.", 100),),
        sections=("santal-pargana", "jharkhand", "adivasi", "sport", "culture", "education"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "vibhag": ("संथाल परगना", "झारखंड", "आदिवासी", "खेल", "संस्कृति", "शिक्षा"),
            "jila": ("दुमका", "जामताड़ा", "पाकुड़", "गोड्डा", "साहिबगंज", "देवघर"),
            "tag": ("Santal Pargana", "Ol Chiki", "Adivasi", "Dumka", "Jharkhand", "Santali"),
        },
        families=(
            _f("johar", HEADER, 0.3, (_OLD, olchiki("johar") + "! Johar!")),
            _f("vibhag", HEADER, 0.3, (_OLD, "{vibhag}")),
            _f("tarikh", HEADER, 0.7, *_by_day(_jh_dated)),
            _f("report", HEADER, 0.45, (_OLD, "रिपोर्ट: {author}, {jila}")),
            _f("padhe", MIDDLE, 0.35, (_OLD, "यह भी पढ़ें: {other_title}"),
               (JH_READ.isoformat(), olchiki("arho~ paRhaw me") + ": {other_title}"), count=2),
            _f("vigyapan", MIDDLE, 0.2, (_OLD, "विज्ञापन")),
            _f("sarhao", FOOTER, 0.25, (_OLD, olchiki("sarhaw") + " · धन्यवाद · Thank you for "
                                                                  "reading")),
            _f("tags", FOOTER, 0.35, (_OLD, "Tags: {tag_list}")),
            _f("soochna", FOOTER, 0.25, *_jh_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Johar Khobor | All rights reserved")),
            _f("hathi", HEADER, 0.04, (_OLD, "🐘 गांव के पास हाथियों का झुंड: वन विभाग ने अलर्ट "
                                             "जारी किया")),
        ),
    )


# --- a Palauan English-language weekly's site with Palauan lines (Koror) ----------------------

PW_PLEDGE = dt.date(2017, 12, 7)  # visitors sign the Palau Pledge from this day
PW_SANCTUARY = dt.date(2020, 1, 1)  # the marine sanctuary closed 80% of the waters


def _pw_notice() -> Wordings:
    base = _steps((_OLD, "Letters to the editor: PO Box 1206, Koror, Palau 96940"))
    news: list[Event] = [
        _vote("2016-11-01", "🗳️ General election 2016: results from all 16 states", after=6),
        _span("2020-03-20", "2020-09-30", "🛬 Palau remains COVID-free: inbound flights "
                                          "suspended"),
        _vote("2020-11-03", "🗳️ General election 2020: results from all 16 states", after=6),
    ]
    feasts = _yearly("07-09", 0, 0, lambda y: f"🇵🇼 Happy {ordinal(y - 1980)} Constitution "
                                              f"Day!")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇵🇼 Happy {ordinal(y - 1994)} Independence "
                                               f"Day!")
    feasts += _yearly("03-15", 0, 0, lambda _: "Youth Day: government offices closed")
    feasts += _yearly("05-05", 0, 0, lambda _: "Senior Citizens Day: government offices "
                                               "closed")
    return _calendar(base, news, feasts)


def koror_style() -> PublisherStyle:
    """A Palauan English-language weekly's site with Palauan lines (Koror): a Palauan
    greeting naming the site, the weekday and the date, a state dateline, "Reported by"
    with the writer, "Also in this issue:" and photo inserts, a reef line turned the Palau
    Pledge, a sanctuary line turned on the day it closed the waters, a thank-you in Palauan,
    a letters line turned by two votes, the 2020 border closure, Constitution Day and
    Independence Day with their ordinals and two holidays, a subscription that rose, a
    rights line with the postcode, a rare small-craft advisory."""
    return PublisherStyle(
        domain="rockislandsreporter.pw", site="Rock Islands Reporter", base_size=85,
        subdomains=(("www.", 100),),
        sections=("local", "government", "environment", "tourism", "sports", "region"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "state": ("Koror", "Airai", "Melekeok", "Peleliu", "Angaur", "Ngarchelong",
                      "Kayangel", "Ngiwal"),
            "photo": ("Rock Islands Reporter", "Office of the President", "PICRC",
                      "contributed", "file"),
        },
        families=(
            _f("alii", HEADER, 0.3, (_OLD, "Alii! Welcome to the Rock Islands Reporter")),
            _f("date", HEADER, 0.65, (_OLD, "{weekday}, {date_long}")),
            _f("state", HEADER, 0.35, (_OLD, "{state} State —")),
            _f("byline", HEADER, 0.45, (_OLD, "Reported by {author}")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also in this issue: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("reef", FOOTER, 0.25, (_OLD, "Please respect the Rock Islands: do not touch or "
                                            "stand on the coral"),
               (PW_PLEDGE.isoformat(), "🐢 Visitors: remember the Palau Pledge you signed on "
                                       "arrival")),
            _f("sanctuary", FOOTER, 0.12,
               (_OLD, "Palau National Marine Sanctuary: commercial fishing will close in 80% of "
                "our waters in 2020"),
               (PW_SANCTUARY.isoformat(), "Palau National Marine Sanctuary: commercial fishing "
                                          "is now closed in 80% of our waters")),
            _f("sulang", FOOTER, 0.15, (_OLD, "Sulang for reading!")),
            _f("notice", FOOTER, 0.25, *_pw_notice()),
            _f("subscribe", FOOTER, 0.2, (_OLD, "Subscribe: $30 a year in Palau, $75 overseas"),
               ("2019-01-07", "Subscribe: $35 a year in Palau, $85 overseas")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rock Islands Reporter, Koror, "
                                                 "Republic of Palau 96940")),
            _f("craft", HEADER, 0.04, (_OLD, "🌊 Small craft advisory in effect for all Palau "
                                             "waters")),
        ),
    )


# --- a Gibraltar English-language news site with Llanito lines --------------------------------

GI_REFERENDUM = dt.date(2016, 6, 24)  # the frontier line turned Brexit
GI_AGREEMENT = dt.date(2020, 12, 31)  # the New Year's Eve agreement


def _gi_notice() -> Wordings:
    base = _steps((_OLD, "Send us your news: newsdesk@upperrockpost.gi"))
    news: list[Event] = [
        _vote("2015-11-26", "🗳️ General election 2015: live count from the Tercentenary "
                            "Hall"),
        _vote("2016-06-23", "🗳️ EU referendum: Gibraltar votes today", before=4, after=0),
        _vote("2019-10-17", "🗳️ General election 2019: live count and results"),
        _span("2020-03-24", "2020-05-31", "😷 Stay at home: the rules, the exceptions and the "
                                          "helplines"),
    ]
    feasts = _yearly("09-10", 1, 0, lambda _: "🔴⚪ Happy National Day! Wear your red and "
                                              "white")
    feasts += _yearly("01-05", 0, 0, lambda _: "👑 Three Kings Cavalcade tonight: road "
                                               "closures from 5pm")
    return _calendar(base, news, feasts)


def gibraltar_style() -> PublisherStyle:
    """A Gibraltar English-language news site with Llanito lines: the weekday and the
    date, "Written by" with the writer, "READ MORE ➔" and an ad label, a frontier line
    turned Brexit, then the New Year's Eve agreement, a goodbye in Llanito, a morning
    newsletter, a news line turned by two elections, the 2016 referendum, the 2020 lockdown,
    National Day and the Three Kings cavalcade, a reprint notice, a rights line with the
    company number, a rare macaque warning."""
    return PublisherStyle(
        domain="upperrockpost.gi", site="Upper Rock Post", base_size=65,
        subdomains=(("www.", 100),),
        sections=("local", "politics", "business", "sport", "frontier", "community"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}",
        families=(
            _f("date", HEADER, 0.7, (_OLD, "{weekday} {date_dmy}")),
            _f("byline", HEADER, 0.5, (_OLD, "Written by {author}")),
            _f("readmore", MIDDLE, 0.3, (_OLD, "READ MORE ➔ {other_title}")),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("frontier", FOOTER, 0.25, (_OLD, "🚗 Frontier queues: check the live camera "
                                                "before you drive"),
               (GI_REFERENDUM.isoformat(), "Brexit and the frontier: what it means for "
                                           "cross-frontier workers"),
               (GI_AGREEMENT.isoformat(), "The New Year's Eve agreement: what changes at the "
                                          "frontier")),
            _f("llanito", FOOTER, 0.15, (_OLD, "Gracias for reading, y see you mañana!")),
            _f("newsletter", FOOTER, 0.25, (_OLD, "📩 The Rock at 7: our free morning "
                                                  "newsletter. Sign up today")),
            _f("notice", FOOTER, 0.25, *_gi_notice()),
            _f("reprint", FOOTER, 0.15, (_OLD, "Reproduction in whole or in part without "
                                               "written permission is prohibited.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Upper Rock Post {year}. Registered in "
                                                "Gibraltar No. 112233")),
            _f("macaques", HEADER, 0.04, (_OLD, "🐒 Please do not feed the macaques: fines of "
                                                "up to £4,000 apply")),
        ),
    )


# --- a Monaco French-language weekly's site with Monegasque lines ------------------------------

MC_COMPANY = dt.date(2018, 4, 3)  # the rights line turned the publishing company's


def _mc_notice() -> Wordings:
    base = _steps((_OLD, "Recevez notre newsletter chaque vendredi"))
    news: list[Event] = [
        _vote("2018-02-11", "🗳️ Élections nationales : les résultats du Conseil national",
              after=2),
        _span("2020-03-17", "2020-05-03", "😷 Confinement : les attestations et les horaires "
                                          "des commerces"),
    ]
    feasts = _movable(_listed(MONACO_GP), 4, 0, lambda y: f"🏎️ Grand Prix {y} : circulation "
                                                          f"et stationnement modifiés")
    feasts += _yearly("01-26", 0, 1, lambda _: "🔥 Sainte-Dévote : embrasement de la barque "
                                               "devant l'église")
    feasts += _yearly("11-19", 0, 0, lambda _: "🇲🇨 Fête nationale : bonne fête à tous les "
                                               "Monégasques")
    return _calendar(base, news, feasts)


def monaco_style() -> PublisherStyle:
    """A Monaco French-language weekly's site with Monegasque lines: "Publié le" with the
    date and the time, "Par" with the writer, "Lire aussi ➜" and photo credits with a
    copyright sign, a newsletter line turned by the national-council vote, the 2020
    confinement, the Grand Prix (none in 2020), Sainte-Dévote and the national day, a
    thank-you in Monegasque, a newsroom block, a rights line turned the publishing
    company's, a rare storm-surge alert."""
    return PublisherStyle(
        domain="gazettedefontvieille.mc", site="La Gazette de Fontvieille", base_size=50,
        subdomains=(("www.", 100),),
        sections=("actualites", "principaute", "economie", "sport", "culture", "quartiers"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "photo": ("Direction de la Communication", "Palais princier", "archives",
                      "Gazette"),
        },
        families=(
            _f("publie", HEADER, 0.7, (_OLD, "Publié le {date_fr} à {time}")),
            _f("par", HEADER, 0.45, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi ➜ {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "© Photo : {photo}")),
            _f("agenda", FOOTER, 0.25, *_mc_notice()),
            _f("grassie", FOOTER, 0.15, (_OLD, "Grassie! Merci de votre lecture")),
            _f("redaction", FOOTER, 0.25, (_OLD, "Rédaction :")),
            _f("redaction-adresse", FOOTER, 0.25,
               (_OLD, "6, quai Antoine-Ier – 98000 Monaco · +377 97 70 55 12")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} La Gazette de Fontvieille – Tous droits "
                                             "de reproduction réservés"),
               (MC_COMPANY.isoformat(), "Éditions du Port SAM · © {year} · Reproduction "
                                        "interdite")),
            _f("vagues", HEADER, 0.04, (_OLD, "🌊 Vigilance orange vagues-submersion sur le "
                                              "littoral")),
        ),
    )


# --- a Syriac-Swedish community news site (Södertälje) -----------------------------------------

SE_ISO = dt.date(2018, 2, 5)  # the Swedish long date turned an ISO date
SE_EDITOR = dt.date(2019, 3, 1)  # a new legally responsible publisher


def _se_dated(day: dt.date) -> str:
    if day < SE_ISO:
        return f"Publicerad {day.day} {SWEDISH_MONTHS[day.month - 1]} {day.year} kl. {{time}}"
    return f"Publicerad: {day.isoformat()} {{time}}"


def _se_notice() -> Wordings:
    base = _steps((_OLD, "Gilla oss på Facebook och följ oss på Instagram"))
    news: list[Event] = [
        _vote("2018-09-09", "🗳️ Valet 2018: så röstar du i Södertälje", after=2),
        _vote("2019-05-26", "🗳️ EU-valet: här är vallokalerna i Södertälje", after=1),
        _span("2020-03-16", "2020-06-14", "😷 Corona: Folkhälsomyndighetens råd på svenska "
                                          "och surayt"),
    ]
    feasts = _yearly("04-01", 0, 0, lambda y: f"🌾 Kha b-Nisan: gott nytt assyriskt år "
                                              f"{y + 4750}!")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "Glad påsk! " + "ܩܝܡܬܐ")
    return _calendar(base, news, feasts)


def sodertalje_style() -> PublisherStyle:
    """A Syriac-Swedish community news site (Södertälje): a greeting in Syriac and Latin,
    "Publicerad" with the Swedish date and the time, turned an ISO date (a wording per
    day), "Av" with the writer, "LÄS ÄVEN:" turned "Läs också:" (up to twice), an ad label,
    a thank-you in Syriac and Swedish, a web-TV line, a Swish appeal turned one with
    amounts, a follow line turned by two votes and the 2020 advice, the Assyrian new year
    with its count and Easter on the Julian computus, a rights line and the responsible
    publisher (a block; a new one from 2019), a rare train stop."""
    return PublisherStyle(
        domain="shlomosodertalje.se", site="Shlomo Södertälje", base_size=35,
        subdomains=(("www.", 100),),
        sections=("nyheter", "forsamling", "sport", "kultur", "debatt", "varlden"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("shlomo", HEADER, 0.25, (_OLD, "ܫܠܡܐ · Shlomo!")),
            _f("datum", HEADER, 0.7, *_by_day(_se_dated)),
            _f("av", HEADER, 0.45, (_OLD, "Av {author}")),
            _f("las", MIDDLE, 0.35, (_OLD, "LÄS ÄVEN: {other_title}"),
               ("2019-01-14", "Läs också: {other_title}"), count=2),
            _f("annons", MIDDLE, 0.2, (_OLD, "ANNONS")),
            _f("tawdi", FOOTER, 0.2, (_OLD, "ܬܘܕܝ · Tack för att du läser!")),
            _f("webbtv", FOOTER, 0.15, (_OLD, "📺 Se kvällens nyheter på surayt kl. 19.00 i vår "
                                              "webb-tv")),
            _f("swish", FOOTER, 0.2, (_OLD, "Stöd lokal journalistik: swisha valfritt belopp "
                                            "till 123 456 78 90"),
               ("2019-05-06", "Swisha 50, 100 eller 200 kr till 123 456 78 90 – tack för ditt "
                              "stöd!")),
            _f("kalender", FOOTER, 0.25, *_se_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Shlomo Södertälje")),
            _f("utgivare", FOOTER, 0.35, (_OLD, "Ansvarig utgivare: Gabriel Aydin"),
               (SE_EDITOR.isoformat(), "Ansvarig utgivare: Maria Yousef")),
            _f("tag", HEADER, 0.04, (_OLD, "🚆 Pendeltågen står still mellan Södertälje centrum "
                                           "och Flemingsberg")),
        ),
    )


# --- a Falkland Islands English-language weekly's site (Stanley) ------------------------------

FK_CAPE_VERDE = dt.date(2017, 5, 1)  # the airbridge's refuelling stop moved


def peat_cutting_monday(y: int) -> dt.date:
    """Peat Cutting Monday: the first Monday of October."""
    return nth_weekday(y, 10, 0, 1)


def _fk_notice() -> Wordings:
    base = _steps((_OLD, "Letters to the editor: letters@stanleywindward.fk"))
    news: list[Event] = [
        _vote("2017-11-09", "🗳️ General election 2017: the count from Stanley and Camp"),
        _span("2020-03-20", "2020-06-30", "😷 Coronavirus: the latest from the Emergency "
                                          "Operations Centre"),
    ]
    feasts = _yearly("06-14", 0, 0, lambda y: f"🇫🇰 Liberation Day: {y - 1982} years")
    feasts += _yearly("12-08", 0, 0, lambda y: f"Battle Day: {y - 1914} years since the Battle "
                                               f"of the Falklands")
    feasts += _movable(peat_cutting_monday, 0, 0, lambda _: "Peat Cutting Monday: government "
                                                            "offices closed")
    feasts += _yearly("12-26", 0, 0, lambda _: "🏇 Boxing Day races at the Stanley "
                                               "racecourse")
    return _calendar(base, news, feasts)


def stanley_style() -> PublisherStyle:
    """A Falkland Islands English-language weekly's site (Stanley): the weekday and the
    date, a settlement dateline, "Words:" with the writer, "Elsewhere in this issue:" and
    "Picture:" inserts, a flights line turned on the day the airbridge's stop moved, a
    letters line turned by the 2017 vote and the 2020 updates, Liberation Day and Battle Day
    with their counts, Peat Cutting Monday on the first Monday of October and the Boxing
    Day races, a cover-price line, a rights line with the postcode, a rare ordnance
    warning."""
    return PublisherStyle(
        domain="stanleywindward.fk", site="Stanley Windward", base_size=25,
        subdomains=(("www.", 100),),
        sections=("news", "camp", "fishing", "sport", "letters", "heritage"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "settlement": ("Stanley", "Goose Green", "Fox Bay", "Port Howard", "Pebble Island",
                           "Mount Pleasant", "Camp"),
            "photo": ("Stanley Windward", "FIG", "BFSAI", "reader's photo"),
        },
        families=(
            _f("date", HEADER, 0.65, (_OLD, "{weekday} {date_dmy}")),
            _f("settlement", HEADER, 0.3, (_OLD, "{settlement}, Falkland Islands")),
            _f("words", HEADER, 0.4, (_OLD, "Words: {author}")),
            _f("elsewhere", MIDDLE, 0.25, (_OLD, "Elsewhere in this issue: {other_title}")),
            _f("picture", MIDDLE, 0.2, (_OLD, "Picture: {photo}")),
            _f("flights", FOOTER, 0.2, (_OLD, "✈️ LATAM on Saturdays via Punta Arenas; the "
                                              "airbridge via Ascension"),
               (FK_CAPE_VERDE.isoformat(), "✈️ LATAM on Saturdays via Punta Arenas; the "
                                           "airbridge via Cape Verde")),
            _f("notice", FOOTER, 0.25, *_fk_notice()),
            _f("price", FOOTER, 0.2, (_OLD, "Cover price £1.20; Camp copies by FIGAS on "
                                            "Tuesdays")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Stanley Windward {year}, Ross Road, Stanley, "
                                                 "Falkland Islands FIQQ 1ZZ")),
            _f("ordnance", HEADER, 0.04, (_OLD, "💣 Found ordnance? Do not touch it: mark the "
                                                "spot and call 999")),
        ),
    )


def heldout56_styles() -> list[PublisherStyle]:
    """The held-back-56 styles, in the order the generator hands them to publishers."""
    return [
        alexandria_style(), rivera_style(), labe_style(), monrovia_style(), cayman_style(),
        ndjamena_style(), dumka_style(), koror_style(), gibraltar_style(), monaco_style(),
        sodertalje_style(), stanley_style(),
    ]
