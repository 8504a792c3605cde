"""The fifty-first held-back template set (``held-back-51``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the fiftieth
held-back set (`tests.bench.heldout_templates_50`; a fifty-second was being written at the
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

**Status (2026-11-27):** first run 97.43% at c16fcab (the session-start code c9dffc4:
97.43%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. Most publishers are from regions no earlier set covered, in
over a dozen languages and six scripts (Malayalam, Arabic and Jawi, Cyrillic beside Latin,
Chinese and Tamil beside Latin and Malay, Finnish beside Swedish). The families are the
kinds a crawl of news and notices holds: dates localised day by day (some changing form on
the day of a redesign, some from English to the local language, one beside the arithmetic
Hijri date, one elided before a vowel, one the weekly issue's volume, number and Thursday),
bylines and datelines of many shapes (an unnamed correspondent, an uppercase town with the
day and month, an abbreviated weekday and a double hyphen, a period and a hyphen, a town
naming the site), notices reworded in 2016-2020 (some by year, some by season), notices
that follow a calendar (votes, storms, floods, epidemics, feasts with their counts and
ordinals), amounts (exchange rates as currencies fell or were redenominated, prices in
pegged dollars, Pacific francs and ouguiyas, course and membership fees), the article's own
title and other articles' titles, tag lists, multi-line blocks, mid-body inserts (some up
to two times), bare lines, and families in only 3-6% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, ordinal
from tests.bench.heldout_calendar import election as _election
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies


def _timeline(base: list[tuple[str, str]], events: list[Event]) -> tuple[tuple[str, str], ...]:
    """The wordings of a notice: `base` ((first day, text), ...; the first from `_OLD`) in
    force except during `events`, which must not overlap nor hide a base rewording."""
    def base_at(day: dt.date) -> str:
        return [text for start, text in base if start <= day.isoformat()][-1]

    out = dict(base)
    previous_end = dt.date.min
    for start, end, text in sorted(events, key=lambda e: e[0]):
        assert start >= previous_end, (start, text)
        assert not any(start.isoformat() <= s < (end or dt.date.max).isoformat()
                       for s, _ in base if s != _OLD), (start, text)
        out[start.isoformat()] = text
        if end is not None:
            out[end.isoformat()] = base_at(end)
        previous_end = end or dt.date.max
    return tuple(sorted(out.items()))


_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _yearly = _PERIOD.daily, _PERIOD.changes, _PERIOD.yearly_since


def _around(days: dict[int, dt.date], before: int, after: int, text: str) -> list[Event]:
    """A notice shown each year around a movable day (`days`: year -> day)."""
    return [(days[y] - dt.timedelta(days=before), days[y] + dt.timedelta(days=after + 1), text)
            for y in YEARS]


def _by_year(text: Callable[[int], str]) -> tuple[tuple[str, str], ...]:
    """A notice reworded on each New Year's Day, 2016 to 2021 (`text` is given the year)."""
    return ((_OLD, text(2015)),) + tuple((f"{y}-01-01", text(y)) for y in range(2016, 2022))


def catalan_ordinal(n: int) -> str:
    """`n` as a Catalan masculine ordinal: 1r, 2n, 3r, 4t, 5è ... 26è."""
    return f"{n}" + {1: "r", 2: "n", 3: "r", 4: "t"}.get(n, "è")


# The arithmetic (tabular) Hijri calendar, civil epoch: 1 Muharram 1 AH is Julian day 1948440.
HIJRI_EPOCH = 1_948_440


def _hijri_jdn(y: int, m: int, d: int) -> int:
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + HIJRI_EPOCH - 1


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The arithmetic Hijri (year, month, day) of `day`, as a date widget computes it (at
    times a day off the calendar a country announces)."""
    jdn = day.toordinal() + 1_721_425
    y = (30 * (jdn - HIJRI_EPOCH) + 10_646) // 10_631
    months = -((-2 * (jdn - 29 - _hijri_jdn(y, 1, 1))) // 59)  # ceil(days / 29.5)
    m = min(12, months + 1)
    return y, m, jdn - _hijri_jdn(y, m, 1) + 1


def hari_raya(y: int) -> dt.date:
    """1 Syawal (Shawwal) of Gregorian year `y` by the arithmetic Hijri calendar."""
    day = dt.date(y, 1, 1)
    while hijri(day)[1:] != (10, 1):
        day += dt.timedelta(days=1)
    return day


# Thiruvonam, the main day of Onam, as Kerala kept it.
ONAM = {2015: "2015-08-28", 2016: "2016-09-13", 2017: "2017-09-04", 2018: "2018-08-25",
        2019: "2019-09-11", 2020: "2020-08-31"}

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
MALAYALAM_MONTHS = ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ",
                    "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ")
MALAYALAM_WEEKDAYS = ("തിങ്കൾ", "ചൊവ്വ", "ബുധൻ", "വ്യാഴം", "വെള്ളി", "ശനി", "ഞായർ")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTENEGRIN_MONTHS = ("januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust",
                      "septembar", "oktobar", "novembar", "decembar")
MONTENEGRIN_WEEKDAYS = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota",
                        "nedjelja")
MALAY_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
                "September", "Oktober", "November", "Disember")
MALAY_WEEKDAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
HIJRI_MONTHS_MS = ("Muharam", "Safar", "Rabiulawal", "Rabiulakhir", "Jamadilawal",
                   "Jamadilakhir", "Rejab", "Syaaban", "Ramadan", "Syawal", "Zulkaedah",
                   "Zulhijah")
PORTUGUESE_MONTHS = ("Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho",
                     "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro")
PORTUGUESE_WEEKDAYS = ("Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira",
                       "Sexta-feira", "Sábado", "Domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
BELIZE_WEEKDAYS = ("Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun.")
CATALAN_MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost",
                  "setembre", "octubre", "novembre", "desembre")
CATALAN_WEEKDAYS = ("Dilluns", "Dimarts", "Dimecres", "Dijous", "Divendres", "Dissabte",
                    "Diumenge")


# --- a Malayalam-language regional news site (Kozhikode, Kerala) --------------------------------

KL_REDESIGN = dt.date(2017, 11, 6)  # the English "Published:" line turned a Malayalam date
KL_LINKS = dt.date(2019, 5, 6)  # "ഇതും വായിക്കുക:" turned "Also Read |"
KL_TELEGRAM = dt.date(2019, 9, 2)  # the WhatsApp line turned a Telegram channel


def _kl_dated(day: dt.date) -> str:
    if day < KL_REDESIGN:
        return f"Published: {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}} IST"
    return (f"{MALAYALAM_WEEKDAYS[day.weekday()]}, {day.day} {MALAYALAM_MONTHS[day.month - 1]} "
            f"{day.year} | {{time}} IST")


def _kl_whatsapp() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "വാർത്തകൾ വാട്സാപ്പിൽ ലഭിക്കാൻ ഞങ്ങളുടെ ഗ്രൂപ്പിൽ ചേരൂ"),
            (KL_TELEGRAM.isoformat(), "ഏറ്റവും പുതിയ വാർത്തകൾക്ക് ഞങ്ങളുടെ ടെലിഗ്രാം ചാനലിൽ ചേരൂ")]
    news: list[Event] = [
        _election("2015-11-07", "🗳️ തദ്ദേശ തിരഞ്ഞെടുപ്പ് 2015: ഫലം തത്സമയം", before=2),
        (dt.date(2016, 5, 16), dt.date(2016, 5, 20), "🗳️ നിയമസഭാ തിരഞ്ഞെടുപ്പ് 2016: ഫലം "
                                                      "തത്സമയം"),
        (dt.date(2018, 5, 20), dt.date(2018, 6, 15), "⚠️ നിപ: ആരോഗ്യ വകുപ്പിന്റെ ജാഗ്രതാ "
                                                      "നിർദേശങ്ങൾ"),
        (dt.date(2018, 8, 15), dt.date(2018, 9, 1), "🌧️ പ്രളയം: മുഖ്യമന്ത്രിയുടെ ദുരിതാശ്വാസ "
                                                     "നിധിയിലേക്ക് സംഭാവന ചെയ്യൂ"),
        (dt.date(2019, 5, 21), dt.date(2019, 5, 24), "🗳️ ലോക്സഭാ തിരഞ്ഞെടുപ്പ് 2019: ഫലം "
                                                      "തത്സമയം"),
        (dt.date(2019, 8, 8), dt.date(2019, 8, 20), "🌧️ കനത്ത മഴ: ദുരിതാശ്വാസ ക്യാമ്പുകളുടെ "
                                                     "വിവരങ്ങൾ"),
        (dt.date(2020, 3, 23), dt.date(2020, 6, 8), "😷 ലോക്ക്ഡൗൺ: അറിയേണ്ടതെല്ലാം"),
        _election("2020-12-16", "🗳️ തദ്ദേശ തിരഞ്ഞെടുപ്പ് 2020: ഫലം തത്സമയം", before=2),
    ]
    feasts = _around({y: dt.date.fromisoformat(ONAM[y]) for y in YEARS}, 1, 0,
                     "🌼 എല്ലാ വായനക്കാർക്കും ഓണാശംസകൾ")
    feasts += _yearly(0, "04-14", 0, 1, lambda _: "🌼 വിഷു ആശംസകൾ")
    feasts += _yearly(1956, "11-01", 0, 0, lambda n: f"🎉 കേരളപ്പിറവി ആശംസകൾ: കേരളത്തിന് {n} "
                                                      f"വയസ്സ്")
    return _timeline(base, _first_come(news, feasts))


def kozhikode_style() -> PublisherStyle:
    """A Malayalam-language regional news site (Kozhikode, Kerala): a section kicker, an
    English "Published:" line with the 12-hour time and "IST" turned the Malayalam weekday
    and month with a 24-hour time on the day of a redesign (a wording per day), an English
    "Last Updated:" line, an unnamed correspondent's byline ("own correspondent"), a town
    with a colon, "ഇതും വായിക്കുക:" (turned the English "Also Read |"; up to twice),
    "പരസ്യം" and photo inserts, a WhatsApp line turned a Telegram channel and four votes,
    the 2018 Nipah outbreak, two monsoon floods (a relief-fund appeal), the 2020 lockdown,
    Onam, Vishu and Kerala's birthday with its age, a Gulf-page line, an English tag list
    of Malayalam tags, a comment disclaimer citing the IT rules, an English copyright line,
    a rare red alert."""
    return PublisherStyle(
        domain="chaliyarvartha.com", site="Chaliyar Vartha", base_size=900,
        subdomains=(("www.", 85), ("", 15)),
        sections=("kerala", "national", "gulf", "sports", "cinema", "kozhikode"),
        n_authors=6, url_path="/news/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "vibhagam": ("കേരളം", "ദേശീയം", "ഗൾഫ്", "കായികം", "സിനിമ", "കോഴിക്കോട്"),
            "lekhakan": ("സ്വന്തം ലേഖകൻ", "പ്രത്യേക ലേഖകൻ", "ന്യൂസ് ഡെസ്ക്"),
            "sthalam": ("കോഴിക്കോട്", "മലപ്പുറം", "കണ്ണൂർ", "വയനാട്", "വടകര", "കൊച്ചി",
                        "തിരുവനന്തപുരം"),
            "photo": ("ഫയൽ", "Chaliyar Vartha", "ഫെയ്സ്ബുക്ക്", "PTI", "Special Arrangement"),
            "tag": ("കോഴിക്കോട്", "മഴ", "നിപ", "ബീച്ച്", "കെഎസ്ആർടിസി", "ഗൾഫ്", "മലബാർ"),
        },
        families=(
            _f("vibhagam", HEADER, 0.3, (_OLD, "{vibhagam}")),
            _f("published", HEADER, 0.85, *_daily(_kl_dated)),
            _f("updated", HEADER, 0.3, (_OLD, "Last Updated: {date_short}, {time12} IST")),
            _f("lekhakan", HEADER, 0.5, (_OLD, "{lekhakan}")),
            _f("sthalam", HEADER, 0.4, (_OLD, "{sthalam}:")),
            _f("ithum", MIDDLE, 0.4, (_OLD, "ഇതും വായിക്കുക: {other_title}"),
               (KL_LINKS.isoformat(), "Also Read | {other_title}"), count=2),
            _f("parasyam", MIDDLE, 0.35, (_OLD, "പരസ്യം")),
            _f("photo", MIDDLE, 0.25, (_OLD, "ഫോട്ടോ: {photo}")),
            _f("whatsapp", FOOTER, 0.3, *_kl_whatsapp()),
            _f("gulf", FOOTER, 0.15,
               (_OLD, "പ്രവാസി വാർത്തകൾക്ക് ഞങ്ങളുടെ ഗൾഫ് പേജ് സന്ദർശിക്കൂ")),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tag_list}")),
            _f("disclaimer", FOOTER, 0.3,
               (_OLD, "ഇവിടെ പോസ്റ്റ് ചെയ്യുന്ന അഭിപ്രായങ്ങൾ എഴുതുന്നവരുടേത് മാത്രമാണ്. കേന്ദ്ര "
                "സർക്കാരിന്റെ ഐടി നയപ്രകാരം അധിക്ഷേപകരമായ പരാമർശങ്ങൾ ശിക്ഷാർഹമാണ്.")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© Copyright {year} Chaliyar Vartha. All rights reserved.")),
            _f("red-alert", HEADER, 0.04,
               (_OLD, "⚠️ റെഡ് അലർട്ട്: കോഴിക്കോട് ജില്ലയിൽ അതിതീവ്ര മഴയ്ക്ക് സാധ്യത; "
                "വിദ്യാഭ്യാസ സ്ഥാപനങ്ങൾക്ക് അവധി")),
        ),
    )


# --- a Dominican regional daily (Santiago de los Caballeros) -------------------------------------

DO_REDESIGN = dt.date(2017, 5, 15)  # the long date turned the short month and a 12-hour time
DO_LINKS = dt.date(2018, 8, 6)  # "Puede leer:" turned "Te puede interesar ➡️"
DO_TELEGRAM = dt.date(2019, 3, 4)  # the WhatsApp line turned a Telegram channel

# The dollar's buying and selling rates the site printed, as the peso fell (approximate).
DO_RATES = ((_OLD, "44.60", "45.05"), ("2015-07-01", "44.95", "45.30"),
            ("2016-01-04", "45.50", "45.85"), ("2016-07-01", "45.95", "46.30"),
            ("2017-01-02", "46.70", "47.05"), ("2017-07-03", "47.45", "47.80"),
            ("2018-01-02", "48.20", "48.55"), ("2018-07-02", "49.40", "49.75"),
            ("2019-01-02", "50.20", "50.55"), ("2019-07-01", "50.85", "51.20"),
            ("2020-01-02", "52.90", "53.25"), ("2020-04-01", "54.10", "54.45"),
            ("2020-07-01", "58.20", "58.55"), ("2020-10-01", "58.30", "58.65"))


def _do_dated(day: dt.date) -> str:
    if day < DO_REDESIGN:
        return (f"Publicado el {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{day.day} {SPANISH_MONTHS[day.month - 1][:3]}. {day.year} | {{time12}}"


def _do_alerts() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Recibe las noticias del Cibao en tu WhatsApp: escribe ALTA al "
                   "809-555-0142."),
            (DO_TELEGRAM.isoformat(), "Únete a nuestro canal de Telegram y recibe las noticias "
                                      "del Cibao al instante.")]
    news: list[Event] = [
        _election("2016-05-15", "🗳️ Elecciones 2016: los boletines de la JCE"),
        (dt.date(2017, 9, 5), dt.date(2017, 9, 10), "🌀 Huracán Irma: refugios y boletines "
                                                     "del COE"),
        (dt.date(2017, 9, 19), dt.date(2017, 9, 24), "🌀 Huracán María: refugios y "
                                                      "boletines del COE"),
        _election("2020-02-16", "🗳️ Elecciones municipales 2020: la JCE suspende el proceso"),
        _election("2020-03-15", "🗳️ Elecciones municipales extraordinarias: los resultados"),
        (dt.date(2020, 3, 20), dt.date(2020, 6, 29), "😷 Toque de queda: horarios y medidas "
                                                     "del Gobierno"),
        _election("2020-07-05", "🗳️ Elecciones generales 2020: los boletines de la JCE"),
    ]
    feasts = _yearly(1844, "02-27", 0, 0, lambda n: f"🇩🇴 ¡Feliz Día de la Independencia "
                                                     f"Nacional! {n} años")
    feasts += _yearly(1863, "08-16", 0, 0, lambda n: f"🇩🇴 {n} aniversario de la "
                                                      f"Restauración de la República")
    return _timeline(base, _first_come(news, feasts))


def santiago_style() -> PublisherStyle:
    """A Dominican regional daily (Santiago de los Caballeros): a section kicker,
    "Publicado el" with the weekday and long date turned a short month with a period and a
    12-hour time on the day of a redesign (a wording per day), an uppercase town with a
    period and a hyphen ("SANTIAGO.-"), a "Por" byline, the dollar's buying and selling
    rates as the peso fell, "Puede leer:" (turned "Te puede interesar ➡️"; up to twice),
    "Publicidad" and bare photo credits ("Fuente externa."), a first-published-in line, the
    op-ed writer's profession and town followed by an opinion disclaimer (a two-line block),
    a WhatsApp line turned a Telegram channel and four votes, two hurricanes, the 2020
    curfew, Independence and the Restoration with their counts, a copyright line naming the
    city, a rare power-cut notice."""
    return PublisherStyle(
        domain="vigiadelcibao.com.do", site="El Vigía del Cibao", base_size=780,
        subdomains=(("www.", 100),),
        sections=("santiago", "nacionales", "economia", "deportes", "provincias", "opinion"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("Santiago", "Nacionales", "Economía", "Deportes", "Provincias",
                        "Opinión", "Farándula"),
            "ciudad": ("SANTIAGO", "MOCA", "LA VEGA", "PUERTO PLATA", "MAO",
                       "SAN FRANCISCO DE MACORÍS", "SANTO DOMINGO"),
            "foto": ("Fuente externa.", "Foto: Fuente externa.", "Foto de archivo.",
                     "Foto: El Vigía del Cibao.", "Foto: Presidencia.", "Foto: Policía Nacional."),
            "medio": ("Listín Diario", "Diario Libre", "El Nacional", "Hoy", "El Caribe"),
            "profesion": ("abogado", "economista", "periodista", "médico", "educador",
                          "ingeniero agrónomo", "comunicador"),
            "reside": ("Santiago", "Moca", "La Vega", "Nueva York", "Puerto Plata", "Mao"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_daily(_do_dated)),
            _f("ciudad", HEADER, 0.35, (_OLD, "{ciudad}.-")),
            _f("por", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("tasa", HEADER, 0.2,
               *((start, f"💵 Tasa del dólar: compra RD${buy} | venta RD${sell}")
                 for start, buy, sell in DO_RATES)),
            _f("puede", MIDDLE, 0.4, (_OLD, "Puede leer: {other_title}"),
               (DO_LINKS.isoformat(), "Te puede interesar ➡️ {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.35, (_OLD, "Publicidad")),
            _f("foto", MIDDLE, 0.3, (_OLD, "{foto}")),
            _f("originalmente", FOOTER, 0.12,
               (_OLD, "Este artículo fue publicado originalmente en {medio} y se reproduce con "
                "autorización.")),
            _f("reside", FOOTER, 0.15, (_OLD, "El autor es {profesion} y reside en {reside}.")),
            _f("opinion", FOOTER, 0.15,
               (_OLD, "Las opiniones expresadas en este artículo son responsabilidad exclusiva "
                "de su autor y no reflejan necesariamente la línea editorial de El Vigía del "
                "Cibao.")),
            _f("alertas", FOOTER, 0.3, *_do_alerts()),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© {year} El Vigía del Cibao. Todos los derechos reservados. Santiago de "
                "los Caballeros, República Dominicana.")),
            _f("edenorte", HEADER, 0.04,
               (_OLD, "⚠️ Aviso de Edenorte: interrupción programada del servicio eléctrico "
                "este domingo en los sectores Gurabo y Cienfuegos.")),
        ),
    )


# --- a Mauritanian Arabic-language news site with French lines (Nouadhibou) --------------------

MR_REDESIGN = dt.date(2016, 5, 2)  # the numeric date turned the weekday, the month and time
MR_LINKS = dt.date(2019, 2, 4)  # "ذات صلة:" turned "🔗 اقرأ كذلك:"
MR_OUGUIYA = dt.date(2018, 1, 1)  # the new ouguiya: ten old ouguiyas make one new

# The central bank's euro rate the site printed, in old ouguiyas (MRO), then in new ones
# (MRU) from the redenomination (approximate).
MR_RATES = ((_OLD, "365 MRO"), ("2015-07-01", "383 MRO"), ("2016-01-04", "388 MRO"),
            ("2016-07-01", "393 MRO"), ("2017-01-02", "374 MRO"), ("2017-07-03", "409 MRO"),
            ("2018-01-01", "42,1 MRU"), ("2018-07-02", "41,6 MRU"), ("2019-01-02", "41,2 MRU"),
            ("2019-07-01", "41,0 MRU"), ("2020-01-02", "41,3 MRU"), ("2020-07-01", "43,8 MRU"))


def _mr_dated(day: dt.date) -> str:
    if day < MR_REDESIGN:
        return f"نشر بتاريخ: {day:%d-%m-%Y}"
    return (f"{ARABIC_WEEKDAYS[day.weekday()]}، {day.day} {ARABIC_MONTHS[day.month - 1]} "
            f"{day.year} - {{time}}")


def _mr_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "تابعونا على واتساب وفيسبوك لمتابعة آخر أخبار انواذيبو والشمال")]
    news: list[Event] = [
        _election("2017-08-05", "🗳️ الاستفتاء الدستوري: النتائج المؤقتة"),
        _election("2018-09-01", "🗳️ الانتخابات التشريعية والجهوية والبلدية: النتائج"),
        _election("2018-09-15", "🗳️ الشوط الثاني: النتائج في انواذيبو"),
        _election("2019-06-22", "🗳️ الرئاسيات 2019: النتائج المؤقتة"),
        (dt.date(2020, 3, 19), dt.date(2020, 5, 15), "😷 كورونا: مواعيد حظر التجول والإجراءات "
                                                      "الاحترازية"),
    ]
    feasts = _yearly(1960, "11-28", 0, 0, lambda n: f"🇲🇷 عيد الاستقلال الوطني: الذكرى {n}")
    return _timeline(base, _first_come(news, feasts))


def nouadhibou_style() -> PublisherStyle:
    """A Mauritanian Arabic-language news site with French lines (Nouadhibou): a numeric
    date turned the weekday, an Arabic comma, the month and the time on the day of a
    redesign (a wording per day), a "تحرير:" byline, a town dateline naming the site, the
    central bank's euro rate in French (in old ouguiyas, then a tenth as many new ones from
    2018), "ذات صلة:" (turned "🔗 اقرأ كذلك:"; up to twice), "إعلان" and bracketed photo
    inserts, a source line, a follow line turned four votes, the 2020 curfew and
    Independence with its count, a French line for the site's French page, a print-price
    line in old then new ouguiyas, an opinion disclaimer, a rights line, a rare sandstorm
    warning."""
    return PublisherStyle(
        domain="anbaanouadhibou.mr", site="أنباء انواذيبو", base_size=660,
        subdomains=(("www.", 100),),
        sections=("akhbar", "siyasa", "iqtisad", "sayd", "riyada", "araa"),
        n_authors=4, url_path="/node/{n}",
        pools={
            "madina": ("انواذيبو", "نواكشوط", "ازويرات", "أطار", "روصو", "كيهيدي", "النعمة"),
            "sura": ("أرشيف", "الوكالة الموريتانية للأنباء", "فيسبوك", "أنباء انواذيبو"),
            "masdar": ("الوكالة الموريتانية للأنباء", "وزارة الصيد", "ولاية داخلت انواذيبو",
                       "منطقة انواذيبو الحرة", "وزارة الصحة"),
        },
        families=(
            _f("tarikh", HEADER, 0.8, *_daily(_mr_dated)),
            _f("tahrir", HEADER, 0.45, (_OLD, "تحرير: {author}")),
            _f("madina", HEADER, 0.3, (_OLD, "{madina} – أنباء انواذيبو:")),
            _f("cours", HEADER, 0.2,
               *((start, f"Cours BCM de l'euro : 1 € = {rate}") for start, rate in MR_RATES)),
            _f("silah", MIDDLE, 0.35, (_OLD, "ذات صلة: {other_title}"),
               (MR_LINKS.isoformat(), "🔗 اقرأ كذلك: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.3, (_OLD, "إعلان")),
            _f("sura", MIDDLE, 0.25, (_OLD, "(الصورة: {sura})")),
            _f("masdar", FOOTER, 0.3, (_OLD, "المصدر: {masdar}")),
            _f("tabiouna", FOOTER, 0.3, *_mr_follow()),
            _f("francais", FOOTER, 0.2,
               (_OLD, "Retrouvez aussi l'actualité de Nouadhibou en français sur notre page "
                "Facebook.")),
            _f("nuskha", FOOTER, 0.2,
               (_OLD, "النسخة الورقية: 100 أوقية للعدد، في أكشاك انواذيبو ونواكشوط"),
               (MR_OUGUIYA.isoformat(), "النسخة الورقية: 10 أوقيات جديدة للعدد، في أكشاك "
                                        "انواذيبو ونواكشوط")),
            _f("araa", FOOTER, 0.2,
               (_OLD, "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع")),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة © {year} أنباء انواذيبو")),
            _f("asifa", HEADER, 0.04,
               (_OLD, "⚠️ تنبيه: عاصفة رملية متوقعة على انواذيبو والشمال خلال الساعات القادمة")),
        ),
    )


# --- a Montenegrin coastal news site in Latin with a Cyrillic switch (Kotor) --------------------

ME_REDESIGN = dt.date(2018, 2, 12)  # the dotted date turned the weekday and month, "u"
ME_LINKS = dt.date(2019, 9, 2)  # "Vezane vijesti:" turned "Preporučujemo ➜"
ME_VIBER = dt.date(2018, 9, 3)  # the follow line turned a Viber community
ME_NO_CRUISES = dt.date(2020, 3, 15)  # the cruise line: no ships announced


def _me_dated(day: dt.date) -> str:
    if day < ME_REDESIGN:
        return f"{day:%d.%m.%Y}. {{time}}"
    return (f"{MONTENEGRIN_WEEKDAYS[day.weekday()]}, {day.day}. "
            f"{MONTENEGRIN_MONTHS[day.month - 1]} {day.year}. u {{time}}")


def _me_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Pratite nas na Facebooku i Instagramu."),
            (ME_VIBER.isoformat(), "Pridružite nam se na Viberu i budite prvi obaviješteni.")]
    news: list[Event] = [
        _election("2016-10-16", "🗳️ Parlamentarni izbori 2016: rezultati po opštinama"),
        _election("2018-04-15", "🗳️ Predsjednički izbori 2018: preliminarni rezultati"),
        (dt.date(2020, 3, 17), dt.date(2020, 5, 25), "😷 Koronavirus: sve mjere NKT-a na "
                                                      "jednom mjestu"),
        _election("2020-08-30", "🗳️ Parlamentarni izbori 2020: rezultati po opštinama"),
    ]
    feasts = _yearly(2006, "05-21", 0, 0, lambda n: f"🇲🇪 Srećan Dan nezavisnosti! {n} godina "
                                                     f"obnovljene nezavisnosti")
    feasts += _yearly(0, "07-13", 0, 0, lambda _: "🇲🇪 Srećan Dan državnosti!")
    feasts += _yearly(0, "01-07", 0, 0, lambda _: "🎄 Hristos se rodi! Srećan Božić svim "
                                                  "pravoslavnim vjernicima")
    feasts += _yearly(0, "12-25", 0, 0, lambda _: "🎄 Sretan Božić svim katolicima!")
    return _timeline(base, _first_come(news, feasts))


def kotor_style() -> PublisherStyle:
    """A Montenegrin coastal news site (Kotor): a Latin-Cyrillic script switch, a dotted date
    with a period after the year and the time, turned the ijekavian weekday and month with
    "u" on the day of a redesign (a wording per day), an "Autor:" line, the cruise ships in
    port today with their passengers (a fixed no-ships line from March 2020), "Vezane
    vijesti:" (turned "Preporučujemo ➜"; up to twice), a centred "- Reklama -" and "Foto:"
    inserts, a source line, a follow line turned a Viber community and three votes, the
    2020 measures, Independence with its count, Statehood and both Christmases (two
    spellings), a comment rule, a reprint rule naming the domain, a copyright line with a
    range of years, a rare road-works notice."""
    return PublisherStyle(
        domain="glasboke.me", site="Glas Boke", base_size=560,
        subdomains=(("www.", 100),),
        sections=("kotor", "drustvo", "politika", "ekonomija", "kultura", "sport"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "brod": ("MSC Musica", "Costa Deliziosa", "AIDAblu", "Celebrity Reflection",
                     "Marella Discovery", "Norwegian Jade", "Mein Schiff 2"),
            "putnika": ("1.800", "2.500", "3.200", "4.000", "2.100"),
            "foto": ("Glas Boke", "Opština Kotor", "Arhiva", "MINA", "Facebook", "čitalac"),
            "izvor": ("MINA", "Opština Kotor", "Uprava policije", "Vlada Crne Gore", "RTCG",
                      "Lučka uprava Kotor"),
        },
        families=(
            _f("pismo", HEADER, 0.35, (_OLD, "Latinica | Ћирилица")),
            _f("datum", HEADER, 0.8, *_daily(_me_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("kruzeri", HEADER, 0.15,
               (_OLD, "⚓ Danas u kotorskoj luci: {brod} ({putnika} putnika)"),
               (ME_NO_CRUISES.isoformat(), "⚓ Danas u kotorskoj luci nema najavljenih "
                                           "kruzera")),
            _f("vezane", MIDDLE, 0.4, (_OLD, "Vezane vijesti: {other_title}"),
               (ME_LINKS.isoformat(), "Preporučujemo ➜ {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.35, (_OLD, "- Reklama -")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("izvor", FOOTER, 0.3, (_OLD, "Izvor: {izvor}")),
            _f("pratite", FOOTER, 0.3, *_me_follow()),
            _f("komentari", FOOTER, 0.25,
               (_OLD, "Glas Boke zadržava pravo da ne objavi komentare koji sadrže uvrede, "
                "prijetnje i govor mržnje.")),
            _f("prenosenje", FOOTER, 0.4,
               (_OLD, "Prenošenje sadržaja dozvoljeno je uz navođenje izvora i aktivan link ka "
                "glasboke.me.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© 2011–{year} Glas Boke. Sva prava zadržana.")),
            _f("radovi", HEADER, 0.04,
               (_OLD, "⚠️ Zbog radova na putu Kotor – Tivat, saobraćaj kroz tunel Vrmac odvija "
                "se jednom trakom.")),
        ),
    )


# --- a Bruneian Malay-language news site with Jawi lines (Kuala Belait) -------------------------

BN_HIJRI = dt.date(2016, 9, 5)  # the date line gained the Hijri date
BN_LINKS = dt.date(2019, 2, 18)  # "BACA:" turned "Berita Berkaitan:"
BN_TELEGRAM = dt.date(2019, 8, 5)  # the follow line turned a Telegram channel


def _bn_dated(day: dt.date) -> str:
    greg = f"{day.day} {MALAY_MONTHS[day.month - 1]} {day.year}"
    if day < BN_HIJRI:
        return f"{MALAY_WEEKDAYS[day.weekday()]}, {greg}"
    hy, hm, hd = hijri(day)
    return f"{MALAY_WEEKDAYS[day.weekday()]}, {hd} {HIJRI_MONTHS_MS[hm - 1]} {hy}H / {greg}"


def _bn_dateline(day: dt.date) -> str:
    return f"{{bandar}}, {day.day} {MALAY_MONTHS[day.month - 1].upper()} –"


def _bn_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ikuti kami di Facebook dan Instagram untuk berita terkini Daerah Belait."),
            (BN_TELEGRAM.isoformat(), "Dapatkan berita terkini melalui saluran Telegram "
                                      "kami.")]
    news: list[Event] = [
        (dt.date(2020, 3, 9), dt.date(2020, 5, 15), "😷 COVID-19: ikuti Kenyataan Akhbar "
                                                     "harian Kementerian Kesihatan"),
    ]
    feasts = _yearly(1984, "02-23", 0, 0, lambda n: f"🇧🇳 Sambutan Hari Kebangsaan Negara "
                                                     f"Brunei Darussalam Kali Ke-{n}")
    feasts += _yearly(1946, "07-15", 0, 0, lambda n: f"🎉 Sambutan Ulang Tahun Hari "
                                                      f"Keputeraan KDYMM Paduka Seri Baginda "
                                                      f"Sultan Yang Ke-{n}")
    feasts += _around({y: hari_raya(y) for y in YEARS}, 0, 2,
                      "🌙 Selamat Hari Raya Aidilfitri, Maaf Zahir dan Batin · "
                      "سلامت هاري راي عيدالفطري")
    return _timeline(base, _first_come(news, feasts))


def belait_style() -> PublisherStyle:
    """A Bruneian Malay-language news site with Jawi lines (Kuala Belait): the country's name
    in Latin and Jawi, the Malay weekday and date gaining the arithmetic Hijri date before
    it in 2016 (a wording per day), an uppercase town dateline with the day and uppercase
    month and a dash (a wording per day), an "Oleh :" byline and a "Foto :" line naming
    another writer (a two-line block, a space before the colons), "BACA:" (turned "Berita
    Berkaitan:"; up to twice), "IKLAN" and "Gambar :" ("Ihsan ...") inserts, a follow line
    turned a Telegram channel and the 2020 epidemic, National Day and the Sultan's birthday
    with their counts and Hari Raya with a Jawi greeting, a comment rule, a copyright line,
    a rare haze warning."""
    return PublisherStyle(
        domain="suarabelait.com.bn", site="Suara Belait", base_size=480,
        subdomains=(("www.", 100),),
        sections=("tempatan", "nasional", "ekonomi", "sukan", "agama", "pendidikan"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "bandar": ("KUALA BELAIT", "SERIA", "BANDAR SERI BEGAWAN", "TUTONG", "BANGAR",
                       "LUMUT"),
            "gambar": ("Ihsan Jabatan Penerangan", "Ihsan Kementerian Kesihatan",
                       "Ihsan Pasukan Polis Diraja Brunei", "Fail", "Suara Belait",
                       "Ihsan Jabatan Daerah Belait"),
        },
        families=(
            _f("negara", HEADER, 0.3, (_OLD, "Negara Brunei Darussalam · نݢارا بروني دارالسلام")),
            _f("tarikh", HEADER, 0.8, *_daily(_bn_dated)),
            _f("bandar", HEADER, 0.4, *_daily(_bn_dateline)),
            _f("oleh", HEADER, 0.55, (_OLD, "Oleh : {author}")),
            _f("foto-oleh", HEADER, 0.35, (_OLD, "Foto : {author2}")),
            _f("baca", MIDDLE, 0.35, (_OLD, "BACA: {other_title}"),
               (BN_LINKS.isoformat(), "Berita Berkaitan: {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.3, (_OLD, "IKLAN")),
            _f("gambar", MIDDLE, 0.25, (_OLD, "Gambar : {gambar}")),
            _f("ikuti", FOOTER, 0.3, *_bn_follow()),
            _f("komen", FOOTER, 0.2,
               (_OLD, "Sila berikan komen yang membina. Komen yang berunsur fitnah, perkauman "
                "atau lucah akan dipadam.")),
            _f("hakcipta", FOOTER, 0.45, (_OLD, "Hak Cipta Terpelihara © {year} Suara Belait")),
            _f("jerebu", HEADER, 0.04,
               (_OLD, "⚠️ Amaran jerebu: Indeks Pencemar Udara (PSI) di Daerah Belait berada "
                "pada paras tidak sihat.")),
        ),
    )


# --- an Angolan Portuguese-language regional news site (Benguela) -------------------------------

AO_REDESIGN = dt.date(2017, 1, 9)  # the numeric date turned the weekday and long date
AO_LINKS = dt.date(2018, 4, 2)  # "Saiba mais:" turned "Relacionados »"

# The central bank's kwanza-per-dollar rate the site printed, as the kwanza fell (approximate).
AO_RATES = ((_OLD, "103,20"), ("2015-06-01", "119,85"), ("2015-09-01", "135,31"),
            ("2016-01-04", "155,63"), ("2016-04-11", "165,92"), ("2018-01-09", "186,30"),
            ("2018-02-12", "214,55"), ("2018-05-07", "235,10"), ("2018-08-06", "270,45"),
            ("2018-11-05", "306,20"), ("2019-04-01", "319,52"), ("2019-07-01", "345,23"),
            ("2019-10-23", "412,95"), ("2019-11-04", "480,60"), ("2020-03-02", "489,26"),
            ("2020-06-01", "572,30"), ("2020-09-01", "616,45"), ("2020-11-02", "655,60"))


def _ao_dated(day: dt.date) -> str:
    if day < AO_REDESIGN:
        return f"Publicado em {day:%d/%m/%Y} às {{time}}"
    return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")


def _ao_tips() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tem uma denúncia ou sugestão? Envie-nos pelo WhatsApp: 923 555 014.")]
    news: list[Event] = [
        _election("2017-08-23", "🗳️ Eleições Gerais 2017: os resultados provisórios da CNE"),
        (dt.date(2020, 3, 27), dt.date(2020, 5, 26), "😷 Estado de Emergência: o que pode e "
                                                      "o que não pode fazer"),
    ]
    feasts = _yearly(1975, "11-11", 0, 0, lambda n: f"🇦🇴 Dipanda! {n}.º aniversário da "
                                                     f"Independência Nacional")
    feasts += _yearly(2002, "04-04", 0, 0, lambda n: f"🕊️ 4 de Abril: {n} anos de Paz e "
                                                      f"Reconciliação Nacional")
    feasts += _yearly(1961, "02-04", 0, 0, lambda n: f"4 de Fevereiro: {n}.º aniversário do "
                                                      f"Início da Luta Armada")
    return _timeline(base, _first_come(news, feasts))


def benguela_style() -> PublisherStyle:
    """An Angolan Portuguese-language regional news site (Benguela): a section kicker,
    "Publicado em" with a numeric date and time turned the weekday and the long date with
    capitalised months (no spelling reform) on the day of a redesign (a wording per day), a
    "Por:" byline and a correspondent's town (a two-line block), the central bank's kwanza
    rate as the kwanza fell, "Saiba mais:" (turned "Relacionados »"; up to twice),
    "PUBLICIDADE" and "Foto:" inserts, a tip line turned a vote, the 2020 emergency,
    Independence, Peace Day and the armed struggle's start with their counts, an opinion
    disclaimer naming the site, a rights line, a rare water cut."""
    return PublisherStyle(
        domain="ecodebenguela.co.ao", site="Eco de Benguela", base_size=420,
        subdomains=(("www.", 100),),
        sections=("sociedade", "politica", "economia", "desporto", "cultura", "provincia"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "seccao": ("Benguela", "Lobito", "Sociedade", "Política", "Economia", "Desporto",
                       "Cultura"),
            "cidade": ("Benguela", "Lobito", "Catumbela", "Baía Farta", "Cubal", "Ganda",
                       "Luanda"),
            "foto": ("Angop", "D.R.", "Arquivo", "Eco de Benguela",
                     "Governo Provincial de Benguela", "Facebook"),
        },
        families=(
            _f("seccao", HEADER, 0.3, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.75, *_daily(_ao_dated)),
            _f("por", HEADER, 0.55, (_OLD, "Por: {author}")),
            _f("correspondente", HEADER, 0.3, (_OLD, "Correspondente em {cidade}")),
            _f("cambio", HEADER, 0.2,
               *((start, f"Câmbio BNA: 1 USD = {rate} Kz") for start, rate in AO_RATES)),
            _f("saiba", MIDDLE, 0.35, (_OLD, "Saiba mais: {other_title}"),
               (AO_LINKS.isoformat(), "Relacionados » {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "PUBLICIDADE")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("denuncia", FOOTER, 0.3, *_ao_tips()),
            _f("opiniao", FOOTER, 0.15,
               (_OLD, "Os artigos de opinião são da inteira responsabilidade dos seus autores "
                "e não vinculam o Eco de Benguela.")),
            _f("direitos", FOOTER, 0.45,
               (_OLD, "© Eco de Benguela {year} – Todos os direitos reservados. É proibida a "
                "reprodução total ou parcial sem autorização.")),
            _f("agua", HEADER, 0.04,
               (_OLD, "⚠️ Corte de água no Lobito: a Empresa de Águas e Saneamento suspende o "
                "fornecimento nesta sexta-feira, das 8h às 18h.")),
        ),
    )


# --- a New Caledonian French-language news site (Nouméa) ----------------------------------------

NC_REDESIGN = dt.date(2017, 9, 4)  # the numeric date turned "Mis en ligne le", the byline two
NC_PRICE = dt.date(2019, 1, 7)  # the digital subscription rose


def _nc_dated(day: dt.date) -> str:
    if day < NC_REDESIGN:
        return f"{day:%d/%m/%Y} - {{heure}}"
    dd = "1er" if day.day == 1 else str(day.day)
    return (f"Mis en ligne le {FRENCH_WEEKDAYS[day.weekday()]} {dd} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{heure}}")


def _nc_subscribe() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Abonnez-vous à l'édition numérique : 1\u202f500 F\u202fCFP par mois, sans "
                   "engagement."),
            (NC_PRICE.isoformat(), "Abonnez-vous à l'édition numérique : 2\u202f000 F\u202fCFP "
                                   "par mois ou 19\u202f000 F\u202fCFP par an.")]
    news: list[Event] = [
        (dt.date(2017, 4, 9), dt.date(2017, 4, 12), "🌀 Cyclone Cook : alerte de niveau 2, "
                                                     "restez chez vous"),
        _election("2018-11-04", "🗳️ Référendum du 4 novembre : les résultats commune par "
                                "commune"),
        _election("2019-05-12", "🗳️ Provinciales 2019 : les résultats province par "
                                "province"),
        _election("2020-03-15", "🗳️ Municipales 2020 : les résultats du premier tour"),
        (dt.date(2020, 3, 24), dt.date(2020, 4, 20), "😷 Confinement : les attestations et "
                                                      "les règles à respecter"),
        _election("2020-06-28", "🗳️ Municipales 2020 : les résultats du second tour"),
        _election("2020-10-04", "🗳️ Deuxième référendum : les résultats commune par "
                                "commune"),
    ]
    feasts = _yearly(0, "09-24", 0, 0, lambda _: "🤝 24 Septembre : bonne fête de la "
                                                 "Citoyenneté !")
    return _timeline(base, _first_come(news, feasts))


def noumea_style() -> PublisherStyle:
    """A New Caledonian French-language news site (Nouméa): a rubric kicker, a numeric date
    and a time with "h" turned "Mis en ligne le" with the weekday ("1er" on the first) on
    the day of a redesign (a wording per day), a "Par" byline turned a writer-and-
    photographer line, "À lire aussi ►" (up to twice), "Publicité" and "Photo" inserts, a
    partnership (cross-post) line naming a broadcaster, a subscription line in Pacific
    francs with narrow no-break spaces (the price rose in 2019) turned a cyclone, five
    votes, the 2020 lockdown and Citizenship Day, a comment rule, a reproduction notice
    naming the site, a rare heavy-rain alert."""
    return PublisherStyle(
        domain="nouvellesducaillou.nc", site="Les Nouvelles du Caillou", base_size=360,
        subdomains=(("www.", 100),),
        sections=("grand-noumea", "brousse", "iles", "politique", "sport", "economie"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Grand Nouméa", "Brousse", "Îles", "Politique", "Sport", "Économie",
                         "Nickel"),
            "heure": ("05h00", "06h30", "09h12", "11h47", "14h05", "16h40", "19h20"),
            "photo": ("Archives", "DR", "Province Sud", "Haut-commissariat", "Ville de Nouméa",
                      "Gouvernement de la Nouvelle-Calédonie"),
            "partenaire": ("NC la 1ère", "Radio Rythme Bleu", "Radio Djiido", "Caledonia"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_daily(_nc_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (NC_REDESIGN.isoformat(), "Texte : {author} – Photos : {author2}")),
            _f("lireaussi", MIDDLE, 0.35, (_OLD, "À lire aussi ► {other_title}"), count=2),
            _f("pub", MIDDLE, 0.3, (_OLD, "Publicité")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo {photo}")),
            _f("partenariat", FOOTER, 0.15,
               (_OLD, "Cet article vous est proposé en partenariat avec {partenaire}.")),
            _f("abonnement", FOOTER, 0.3, *_nc_subscribe()),
            _f("commentaires", FOOTER, 0.2,
               (_OLD, "Les commentaires sont fermés 48 heures après la publication de "
                "l'article.")),
            _f("reproduction", FOOTER, 0.4,
               (_OLD, "Tous droits de reproduction réservés – Les Nouvelles du Caillou, Nouméa, "
                "Nouvelle-Calédonie.")),
            _f("pluies", HEADER, 0.04,
               (_OLD, "⚠️ Vigilance fortes pluies : Météo-France place la Grande Terre en "
                "alerte orange jusqu'à demain midi.")),
        ),
    )


# --- a Singapore heartland community news site in the four official languages (Tampines) --------

SG_REDESIGN = dt.date(2018, 3, 1)  # "Posted on" turned the weekday, a 12-hour time and "SGT"
SG_TELEGRAM = dt.date(2018, 6, 4)  # the tip line turned a Telegram channel

LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
HARI_RAYA_SG = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
                2019: "2019-06-05", 2020: "2020-05-24"}
DEEPAVALI_SG = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18", 2018: "2018-11-06",
                2019: "2019-10-27", 2020: "2020-11-14"}


def _sg_dated(day: dt.date) -> str:
    mon = ENGLISH_MONTHS[day.month - 1][:3]
    if day < SG_REDESIGN:
        return f"Posted on {day.day} {mon} {day.year}"
    return f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {mon} {day.year} · {{time12}} SGT"


def _sg_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Got a story for us? Email hello@tampineskaki.sg or WhatsApp 9555 0123."),
            (SG_TELEGRAM.isoformat(), "Join the Tampines Kaki Telegram channel for the latest "
                                      "heartland news.")]
    news: list[Event] = [
        _election("2015-09-11", "🗳️ GE2015: the results for Tampines GRC"),
        (dt.date(2020, 4, 7), dt.date(2020, 6, 2), "😷 Circuit breaker: stay home, and mask up "
                                                    "when you go out"),
        _election("2020-07-10", "🗳️ GE2020: the results for Tampines GRC"),
    ]

    def days(table: dict[int, str]) -> dict[int, dt.date]:
        return {y: dt.date.fromisoformat(table[y]) for y in YEARS}

    feasts = _around(days(LUNAR_NEW_YEAR), 1, 2, "🧧 Happy Lunar New Year! 新年快乐，万事如意！")
    feasts += _around(days(HARI_RAYA_SG), 0, 1, "🌙 Selamat Hari Raya Aidilfitri, maaf zahir "
                                                 "dan batin!")
    feasts += _around(days(DEEPAVALI_SG), 0, 1, "🪔 Happy Deepavali! தீபாவளி "
                                                 "நல்வாழ்த்துக்கள்!")
    feasts += _yearly(1965, "08-09", 0, 0, lambda n: f"🇸🇬 Happy {ordinal(n)} birthday, "
                                                     f"Singapore! Majulah Singapura!")
    feasts += _yearly(0, "12-25", 1, 0, lambda _: "🎄 Merry Christmas from all of us at "
                                                  "Tampines Kaki!")
    return _timeline(base, _first_come(news, feasts))


def tampines_style() -> PublisherStyle:
    """A Singapore heartland community news site (Tampines): a switch naming the four
    official languages in their own scripts, "Posted on" with a short month turned the
    weekday, a 12-hour time and "SGT" on the day of a redesign (a wording per day), a
    "Written by" byline, "Also on <site>:" (up to twice), "Sponsored" and "Photo:" inserts,
    a tip line turned a Telegram channel naming the site, two votes, the 2020 circuit
    breaker and greetings for the Lunar New Year (in Chinese), Hari Raya (in Malay),
    Deepavali (in Tamil), Christmas and National Day with its ordinal, a course-fee line in
    Singapore dollars, a tag list, a not-affiliated disclaimer naming the site, a copyright
    line, a rare water-supply interruption."""
    return PublisherStyle(
        domain="tampineskaki.sg", site="Tampines Kaki", base_size=300,
        subdomains=(("", 100),),
        sections=("news", "food", "events", "people", "estate"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "photo": ("Tampines Kaki", "Facebook / Tampines residents", "HDB", "NEA",
                      "Reader's submission", "Town Council"),
            "fee": ("25", "40", "60", "80", "120"),
            "tag": ("Tampines", "hawker", "HDB", "Our Tampines Hub", "events", "MRT", "NDP"),
        },
        families=(
            _f("languages", HEADER, 0.3, (_OLD, "English | 华文 | Melayu | தமிழ்")),
            _f("posted", HEADER, 0.7, *_daily(_sg_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Written by {author}")),
            _f("also-on", MIDDLE, 0.3, (_OLD, "Also on Tampines Kaki: {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.25, (_OLD, "Sponsored")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("notice", FOOTER, 0.3, *_sg_notice()),
            _f("courses", FOOTER, 0.15,
               (_OLD, "Community Club courses from S${fee}: sign up at the CC counter or "
                "online.")),
            _f("tags", FOOTER, 0.25, (_OLD, "Tags: {tag_list}")),
            _f("not-affiliated", FOOTER, 0.2,
               (_OLD, "Tampines Kaki is a volunteer-run community site and is not affiliated "
                "with the Town Council or any political party.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tampines Kaki. All rights reserved.")),
            _f("water", HEADER, 0.04,
               (_OLD, "⚠️ Water supply interruption: PUB will carry out works at Blocks 201–215 "
                "on Saturday, 9am–1pm.")),
        ),
    )


# --- a Belizean district weekly (San Ignacio, Cayo) ---------------------------------------------

BZ_STAFF = dt.date(2018, 1, 8)  # the byline named the staff desk
BZ_WHATSAPP = dt.date(2018, 7, 2)  # the follow line gained a WhatsApp number
BZ_PRICE = dt.date(2019, 1, 4)  # the print and e-edition prices rose


def _bz_dateline(day: dt.date) -> str:
    return (f"{{town}}, {BELIZE_WEEKDAYS[day.weekday()]} {AP_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}--")


def _bz_social() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Like us on Facebook for breaking news from the Cayo District."),
            (BZ_WHATSAPP.isoformat(), "Follow us on Facebook and WhatsApp (+501 555-0133) for "
                                      "breaking news from Cayo.")]
    news: list[Event] = [
        _election("2015-11-04", "🗳️ General Elections 2015: results by constituency"),
        (dt.date(2016, 8, 2), dt.date(2016, 8, 8), "🌀 Hurricane Earl: NEMO shelters and road "
                                                    "conditions"),
        _election("2019-05-08", "🗳️ ICJ Referendum: results by electoral division"),
        (dt.date(2020, 4, 1), dt.date(2020, 7, 1), "😷 State of Emergency: curfew from 8:00 "
                                                    "p.m. to 5:00 a.m."),
        _election("2020-11-11", "🗳️ General Elections 2020: results by constituency"),
    ]
    feasts = _yearly(1798, "09-10", 0, 0, lambda n: f"🇧🇿 Happy St. George's Caye Day! The "
                                                     f"{ordinal(n)} anniversary of the Battle")
    feasts += _yearly(1981, "09-21", 0, 0, lambda n: f"🇧🇿 Happy {ordinal(n)} Independence "
                                                      f"Day, Belize!")
    feasts += _yearly(0, "11-19", 0, 0, lambda _: "🥁 Happy Garifuna Settlement Day! Buiti "
                                                  "binafi!")
    return _timeline(base, _first_come(news, feasts))


def cayo_style() -> PublisherStyle:
    """A Belizean district weekly (San Ignacio, Cayo): an uppercase town and district with
    the abbreviated weekday ("Thurs.", "Tues."), the AP month ("Sept.", "June"), the date
    and a double hyphen (a wording per day), "Reported by" turned "By ..., Staff Reporter",
    "ALSO READ >>" (up to twice), "Advertisement" and "Photo courtesy" inserts, a follow line
    gaining WhatsApp and turned three votes, a hurricane, the 2020 curfew, St. George's Caye
    Day and Independence with their ordinals and Garifuna Settlement Day, a print-edition
    line and an e-edition price in Belize and US dollars (both rose in 2019), a supporters'
    appeal naming the domain, a Kriol letters line, a copyright line with the address
    ("Belize C.A."), a rare bridge closure."""
    return PublisherStyle(
        domain="cayoclarion.bz", site="The Cayo Clarion", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "cayo", "politics", "sports", "business", "letters"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "town": ("SAN IGNACIO, Cayo District", "BELMOPAN", "BELIZE CITY",
                     "BENQUE VIEJO DEL CARMEN, Cayo District", "SPANISH LOOKOUT, Cayo District",
                     "SANTA ELENA, Cayo District"),
            "courtesy": ("Belize Police Department", "NEMO", "Ministry of Health", "Facebook",
                         "BDF", "Cayo Clarion file"),
        },
        families=(
            _f("dateline", HEADER, 0.7, *_daily(_bz_dateline)),
            _f("byline", HEADER, 0.5, (_OLD, "Reported by {author}"),
               (BZ_STAFF.isoformat(), "By {author}, Staff Reporter")),
            _f("also-read", MIDDLE, 0.3, (_OLD, "ALSO READ >> {other_title}"), count=2),
            _f("ad", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("courtesy", MIDDLE, 0.25, (_OLD, "Photo courtesy {courtesy}")),
            _f("social", FOOTER, 0.3, *_bz_social()),
            _f("print", FOOTER, 0.25,
               (_OLD, "This story also appears in our weekend print edition, on sale at shops "
                "across Cayo for $1.50."),
               (BZ_PRICE.isoformat(), "This story also appears in our weekend print edition, "
                                      "on sale at shops across Cayo for $2.00.")),
            _f("e-edition", FOOTER, 0.2,
               (_OLD, "Subscribe to our e-edition: BZ$78 a year (US$39)."),
               (BZ_PRICE.isoformat(), "Subscribe to our e-edition: BZ$96 a year (US$48).")),
            _f("support", FOOTER, 0.15,
               (_OLD, "Independent journalism in Cayo depends on you. Become a supporter from "
                "BZ$10 a month at cayoclarion.bz/support")),
            _f("kriol", FOOTER, 0.15,
               (_OLD, "Tel wi weh yu tink! Sen yu letta to letters@cayoclarion.bz")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "Copyright © {year} The Cayo Clarion Ltd., Burns Avenue, San Ignacio "
                "Town, Cayo District, Belize C.A.")),
            _f("bridge", HEADER, 0.04,
               (_OLD, "⚠️ TRAFFIC ADVISORY: the Hawkesworth Bridge is closed to vehicles for "
                "repairs; use the low-lying wooden bridge.")),
        ),
    )


# --- a Saint Helena island weekly (Jamestown) ---------------------------------------------------

SH_FIRST_ISSUE = 412  # the issue of Thursday 1 January 2015
SH_THURSDAY = dt.date(2015, 1, 1)  # a Thursday: the paper comes out on Thursdays
SH_FIRST_FLIGHT = dt.date(2017, 10, 14)  # the first scheduled flight landed
SH_AIR_MAIL = dt.date(2017, 10, 21)  # the flight's week over, the mail line: mail goes by air
SH_PRICE = dt.date(2019, 4, 1)  # the online subscription rose


def sh_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The volume, the issue number and the Thursday of the week's issue on `day`."""
    weeks = (day - SH_THURSDAY).days // 7
    thursday = SH_THURSDAY + dt.timedelta(weeks=weeks)
    return thursday.year - 2006, SH_FIRST_ISSUE + weeks, thursday


def _sh_issue_line(day: dt.date) -> str:
    volume, number, thursday = sh_issue(day)
    return (f"Vol. {volume} · Issue {number} · Thursday {thursday.day} "
            f"{ENGLISH_MONTHS[thursday.month - 1]} {thursday.year}")


def _sh_mail() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Overseas mail leaves with the RMS St Helena; letters close at the Post "
                   "Office the day before she sails."),
            (SH_AIR_MAIL.isoformat(), "Overseas mail now goes by the weekly Saturday flight; "
                                      "letters close at the Post Office on Thursday at 3 pm.")]
    news: list[Event] = [
        (SH_FIRST_FLIGHT, SH_AIR_MAIL, "✈️ The first scheduled flight has landed: read our "
                                       "souvenir edition online."),
        (dt.date(2020, 3, 20), dt.date(2020, 10, 1), "😷 COVID-19: all arrivals must "
                                                      "quarantine for 14 days at Bradley's."),
    ]
    feasts = _yearly(1502, "05-21", 0, 0, lambda n: f"🎉 Happy St Helena Day! {n} years since "
                                                     f"the island was sighted")
    return _timeline(base, _first_come(news, feasts))


def jamestown_style() -> PublisherStyle:
    """A Saint Helena island weekly (Jamestown): the volume (one a year), the issue number
    and the Thursday of the week's issue (a wording per week), a "By" byline, "See also:"
    and "Photo:" inserts, a mail line turned the first scheduled flight's week (the mail
    then went by air), the 2020 quarantine and St Helena Day with its count, an online
    subscription for islanders overseas (the price rose in 2019), a letters rule, a
    fair-dealing notice for reproduced press releases, a views disclaimer naming the paper,
    the editorial office, telephone and e-mail (a three-line block), a copyright line with
    the island's postcode, a rare rockfall closure."""
    return PublisherStyle(
        domain="wirebirdweekly.co.sh", site="The Wirebird Weekly", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "island-life", "sport", "business", "letters", "government"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "photo": ("SHG", "Wirebird Weekly", "Enterprise St Helena", "St Helena Airport",
                      "Reader's photo"),
        },
        families=(
            _f("issue", HEADER, 0.55, *_changes(_sh_issue_line)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("see-also", MIDDLE, 0.25, (_OLD, "See also: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("mail", FOOTER, 0.25, *_sh_mail()),
            _f("saints", FOOTER, 0.2,
               (_OLD, "Saints overseas: read every issue online for £2.50 a month."),
               (SH_PRICE.isoformat(), "Saints overseas: read every issue online for £3.00 a "
                                      "month (£30 a year).")),
            _f("letters", FOOTER, 0.2,
               (_OLD, "Letters to the Editor must carry the writer's name and address, which "
                "we may withhold on request. The Editor reserves the right to shorten "
                "letters.")),
            _f("fair-dealing", FOOTER, 0.15,
               (_OLD, "Government press releases are reproduced in full under fair dealing for "
                "the purpose of reporting current events.")),
            _f("views", FOOTER, 0.25,
               (_OLD, "The views expressed in The Wirebird Weekly are not necessarily those of "
                "the Editor or of the Board of Directors.")),
            _f("office", FOOTER, 0.45, (_OLD, "Editorial office: Castle Street, Jamestown")),
            _f("telephone", FOOTER, 0.45, (_OLD, "Tel: +290 22555 · Fax: +290 22556")),
            _f("email", FOOTER, 0.45, (_OLD, "Email: news@wirebirdweekly.co.sh")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} The Wirebird Weekly. St Helena Island, South Atlantic Ocean, "
                "STHL 1ZZ.")),
            _f("rockfall", HEADER, 0.04,
               (_OLD, "⚠️ Rockfall: Side Path is closed to all traffic until further notice; "
                "use Ladder Hill Road.")),
        ),
    )


# --- an Andorran Catalan-language news site (Andorra la Vella) ----------------------------------

AD_REDESIGN = dt.date(2018, 10, 1)  # the dotted date turned the long date and time
AD_LINKS = dt.date(2018, 10, 1)  # "Llegiu també:" turned "Més informació ▸"


def _ad_dated(day: dt.date) -> str:
    if day < AD_REDESIGN:
        return f"{day:%d.%m.%Y}"
    month = CATALAN_MONTHS[day.month - 1]
    de = "d'" if month[0] in "ao" else "de "
    return (f"{CATALAN_WEEKDAYS[day.weekday()]}, {day.day} {de}{month} de {day.year} · "
            f"{{time}} h")


def _ad_season() -> tuple[tuple[str, str], ...]:
    winter = ("❄️ Temporada d'esquí: consulteu l'estat de les pistes i de les carreteres "
              "abans de pujar.")
    summer = "🥾 Temporada d'estiu: consulteu els refugis i les rutes de muntanya oberts."
    out = [(_OLD, winter)]
    for y in range(2015, 2021):
        out += [(f"{y}-04-20", summer), (f"{y}-12-01", winter)]
    return tuple(out)


def _ad_newsletter() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Subscriviu-vos al butlletí i rebeu les notícies d'Andorra cada matí al "
                   "correu.")]
    news: list[Event] = [
        _election("2015-03-01", "🗳️ Eleccions generals 2015: resultats per parròquia"),
        _election("2015-12-13", "🗳️ Eleccions comunals 2015: resultats"),
        _election("2019-04-07", "🗳️ Eleccions generals 2019: resultats per parròquia"),
        _election("2019-12-15", "🗳️ Eleccions comunals 2019: resultats"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 18), "😷 Coronavirus: les mesures del Govern, "
                                                      "al minut"),
    ]
    feasts = _yearly(1993, "03-14", 0, 0, lambda n: f"📜 {catalan_ordinal(n)} aniversari de "
                                                     f"la Constitució")
    feasts += _yearly(0, "09-08", 0, 0, lambda _: "🇦🇩 Bona Diada de Meritxell!")
    return _timeline(base, _first_come(news, feasts))


def andorra_style() -> PublisherStyle:
    """An Andorran Catalan-language news site (Andorra la Vella): a dotted date turned the
    weekday and the long date ("d'" before a vowel: "d'abril", "d'agost", "d'octubre") with
    a time and "h" on the day of a redesign (a wording per day), a "name | parish" byline,
    "Llegiu també:" (turned "Més informació ▸"; up to twice), "Publicitat" and "Foto:"
    inserts, a seasonal line (skiing from December, mountain huts from late April), a
    newsletter line turned four votes, the 2020 measures, the Constitution's anniversary with
    its Catalan ordinal and the national feast, a data-protection notice naming the law and
    the site, a rights line, a rare road closure."""
    return PublisherStyle(
        domain="diaridelvalira.ad", site="Diari del Valira", base_size=190,
        subdomains=(("www.", 100),),
        sections=("nacional", "parroquies", "economia", "esports", "cultura", "opinio"),
        n_authors=3, url_path="/noticies/{section}/{slug}-{n}",
        pools={
            "parroquia": ("Andorra la Vella", "Escaldes-Engordany", "Encamp", "Canillo",
                          "Ordino", "la Massana", "Sant Julià de Lòria"),
            "foto": ("Govern d'Andorra", "Consell General", "Arxiu", "Diari del Valira",
                     "Comú d'Encamp", "SAAS"),
        },
        families=(
            _f("data", HEADER, 0.75, *_daily(_ad_dated)),
            _f("signatura", HEADER, 0.5, (_OLD, "{author} | {parroquia}")),
            _f("llegiu", MIDDLE, 0.3, (_OLD, "Llegiu també: {other_title}"),
               (AD_LINKS.isoformat(), "Més informació ▸ {other_title}"), count=2),
            _f("publicitat", MIDDLE, 0.3, (_OLD, "Publicitat")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("temporada", FOOTER, 0.35, *_ad_season()),
            _f("butlleti", FOOTER, 0.3, *_ad_newsletter()),
            _f("dades", FOOTER, 0.1,
               (_OLD, "En compliment de la Llei qualificada 15/2003, de protecció de dades "
                "personals, us informem que les vostres dades s'incorporaran a un fitxer "
                "responsabilitat del Diari del Valira.")),
            _f("drets", FOOTER, 0.4,
               (_OLD, "© {year} Diari del Valira. Tots els drets reservats. Queda prohibida la "
                "reproducció sense autorització expressa.")),
            _f("carretera", HEADER, 0.04,
               (_OLD, "⚠️ Carretera tancada: la CG-2 entre Soldeu i el Pas de la Casa resta "
                "tancada per risc d'allaus.")),
        ),
    )


# --- an Åland sailing club's news in Swedish with a Finnish line (Mariehamn) --------------------

AX_PHOTO = dt.date(2018, 5, 1)  # the byline took the photos too
AX_RRS = dt.date(2017, 1, 1)  # the racing rules' new four-year edition
AX_CLOSED = dt.date(2020, 3, 16)  # club nights suspended
AX_OUTDOORS = dt.date(2020, 6, 1)  # club nights resumed on the jetty

# The membership fees by year: (adults, juniors) in euros.
AX_FEES = {2015: (40, 15), 2016: (40, 15), 2017: (45, 20), 2018: (45, 20), 2019: (50, 20),
           2020: (50, 25), 2021: (50, 25)}


def _ax_posted(day: dt.date) -> str:
    return f"Publicerad {day.day}.{day.month}.{day.year} kl. {{klocka}}"


def mariehamn_style() -> PublisherStyle:
    """An Åland sailing club's news in Swedish with a Finnish line (Mariehamn): "Publicerad"
    with the Finland-Swedish date without zero padding and "kl." with a dotted time (a
    wording per day), "Text:" turned "Text och bild:", a sea-weather line, a racing-rules
    line naming the four-year edition (a new one from 2017) and a results line as inserts,
    a club-nights line suspended in March 2020 and resumed on the jetty in June, a
    membership line naming the year and its fees (a wording per year), a Finnish welcome, a
    funders' line, a tag list, a sign-off and the board's signature (a two-line block), a
    rare harbour closure."""
    return PublisherStyle(
        domain="segelvasterhamn.ax", site="Segelsällskapet Västerhamn", base_size=170,
        subdomains=(("", 100),),
        sections=("nyheter", "kappsegling", "juniorer", "klubben"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "klocka": ("18.05", "20.30", "21.47", "09.15", "12.00", "22.10", "07.40"),
            "tagg": ("Kappsegling", "Juniorer", "Optimist", "Vintermöte", "Bryggan", "Laser",
                     "Eckerö"),
        },
        families=(
            _f("publicerad", HEADER, 0.7, *_daily(_ax_posted)),
            _f("skribent", HEADER, 0.5, (_OLD, "Text: {author}"),
               (AX_PHOTO.isoformat(), "Text och bild: {author}")),
            _f("sjovader", HEADER, 0.15,
               (_OLD, "Kolla sjövädret för Ålands hav hos Meteorologiska institutet innan du "
                "går ut.")),
            _f("regler", MIDDLE, 0.2,
               (_OLD, "Regattan seglas enligt Kappseglingsreglerna (RRS) 2013–2016 samt "
                "seglingsföreskrifterna."),
               (AX_RRS.isoformat(), "Regattan seglas enligt Kappseglingsreglerna (RRS) "
                                    "2017–2020 samt seglingsföreskrifterna.")),
            _f("resultat", MIDDLE, 0.2,
               (_OLD, "Fullständiga resultat finns i bifogad pdf (Sailwave).")),
            _f("klubbkvall", FOOTER, 0.3,
               (_OLD, "Klubbkväll varje onsdag kl. 18.00 i klubbhuset vid Västerhamn. "
                "Välkommen!"),
               (AX_CLOSED.isoformat(), "Klubbkvällarna är inställda tills vidare på grund av "
                                       "coronaviruset."),
               (AX_OUTDOORS.isoformat(), "Klubbkvällarna återupptas utomhus på bryggan, "
                                         "onsdagar kl. 18.00.")),
            _f("medlem", FOOTER, 0.25,
               *_by_year(lambda y: f"Medlemsavgift {y}: vuxna {AX_FEES[y][0]} €, juniorer "
                                   f"{AX_FEES[y][1]} €. Betala till FI49 6601 0001 2345 67.")),
            _f("finska", FOOTER, 0.2,
               (_OLD, "Tervetuloa mukaan myös suomenkieliset purjehtijat – kysy lisää "
                "sähköpostitse!")),
            _f("stod", FOOTER, 0.15,
               (_OLD, "Verksamheten stöds av Ålands landskapsregering och PAF.")),
            _f("taggar", FOOTER, 0.3, (_OLD, "Taggar: {tagg_list}")),
            _f("signoff", FOOTER, 0.45, (_OLD, "Vi ses på sjön!")),
            _f("styrelsen", FOOTER, 0.45, (_OLD, "/Styrelsen")),
            _f("hamn", FOOTER, 0.04,
               (_OLD, "⚠️ Gästhamnen är stängd lördag kl. 10–14 på grund av muddring.")),
        ),
    )


def heldout51_styles() -> list[PublisherStyle]:
    """The held-back-51 styles, in the order the generator hands them to publishers."""
    return [
        kozhikode_style(), santiago_style(), nouadhibou_style(), kotor_style(), belait_style(),
        benguela_style(), noumea_style(), tampines_style(), cayo_style(), jamestown_style(),
        andorra_style(), mariehamn_style(),
    ]
