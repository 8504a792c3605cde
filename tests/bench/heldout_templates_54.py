"""The fifty-fourth held-back template set (``held-back-54``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the fifty-second
held-back set (`tests.bench.heldout_templates_52`; a fifty-third was being written at the
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

**Status (2026-11-27):** first run 97.39% at 539001f (the session-start code c9dffc4:
96.97%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The publishers are from places no earlier set covered (a
Caribbean territory, the Arabian peninsula's south coast, India's south-west coast, a
southern African kingdom, a Chinese-language community paper in South-East Asia, the
Guianas, West African and Indian Ocean islands, the high Andes, a European microstate, a
Micronesian republic and a South Pacific island), in over a dozen languages and four
scripts, several printing two languages on one line. The families are the kinds a crawl of
news and notices holds: dates localised day by day (some changing form on the day of a
redesign, one beside the Andean year that turns on the June solstice, one beside the
republic's own era, one beside the date across the date line, one with ordinal days),
bylines and datelines of many shapes (a town and a hidden desk, an island, a district, an
atoll, a reporter's handle on a line of its own, a desk on a line of its own), a per-day
counter of days without power after a hurricane, a country renamed mid-way (every line that
names it changes that day), a government replaced by a council, heads of state rotating
twice a year, a telephone numbering change, notices reworded in 2016-2020, notices that
follow a calendar (votes, storms, eruptions, epidemics, festivals on the Western, lunar and
Hindu calendars, custom days on a weekday of a month, anniversaries with their counts and
ordinals in four languages) and the seasons (a fishing ban, the monsoon, buffalo races, king
tides), prices and exchange rates (a currency split in two markets, an escudo written with
the cifrão as its decimal sign, a peso, emalangeni, Guyana dollars, a cable-car network's
lines), the article's own title and other articles' titles, short links with post numbers,
tag lists, multi-line blocks, mid-body inserts (some up to two times), bare lines, and
families in only 4-5% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, carnival_tuesday, ordinal
from tests.bench.heldout_calendar import event_on as _on
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
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


def _seasonal(*steps: tuple[str, str]) -> Callable[[dt.date], str]:
    """A text that changes on the same days each year: `steps` ((month-day, text), ...,
    in order); the last is in force from its day to the first step of the next year."""
    def text(day: dt.date) -> str:
        md = f"{day.month:02d}-{day.day:02d}"
        now = [words for start, words in steps if start <= md]
        return now[-1] if now else steps[-1][1]
    return text


def andean_year(day: dt.date) -> int:
    """The Aymara (Andean-Amazonian) year of `day`: 5523 from the June solstice of 2015,
    turning each 21 June (Willkakuti)."""
    return day.year + 3507 + ((day.month, day.day) >= (6, 21))


def escudos(value: float) -> str:
    """An amount in Cape Verdean escudos with the cifrão as the decimal sign: 1.000$00,
    96$450."""
    whole, cents = f"{value:.3f}".split(".") if value % 1 else (f"{value:.0f}", "00")
    return f"{int(whole):,}".replace(",", ".") + "$" + cents


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_ABBR = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV",
                "DIC")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
KANNADA_MONTHS = ("ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್",
                  "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್")
KANNADA_WEEKDAYS = ("ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ",
                    "ಭಾನುವಾರ")
CHINESE_WEEKDAYS = "一二三四五六日"
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
ITALIAN_WEEKDAYS = ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato",
                    "Domenica")

# Movable days as the sites' readers kept them.
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
RAMADAN_YE = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_YE = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_YE = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
DEEPAVALI_KA = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18",
                2018: "2018-11-06", 2019: "2019-10-27", 2020: "2020-11-14"}
JANMASHTAMI_UDUPI = {2015: "2015-09-05", 2016: "2016-08-24", 2017: "2017-09-13",
                     2018: "2018-09-02", 2019: "2019-08-23", 2020: "2020-09-10"}
PHAGWAH = {2015: "2015-03-06", 2016: "2016-03-23", 2017: "2017-03-12", 2018: "2018-03-02",
           2019: "2019-03-21", 2020: "2020-03-10"}
DIWALI_GY = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
             2019: "2019-10-27", 2020: "2020-11-14"}
EID_ADHA_GY = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-01", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-08-01"}
UMHLANGA = {2015: "2015-08-31", 2016: "2016-08-29", 2017: "2017-08-28", 2018: "2018-09-03",
            2019: "2019-09-02"}  # no Reed Dance in 2020
BAIA_DAS_GATAS = {2015: "2015-08-14", 2016: "2016-08-19", 2017: "2017-08-11",
                  2018: "2018-08-24", 2019: "2019-08-16"}  # the Friday; none in 2020


# --- a Puerto Rican Spanish-language regional daily (Ponce) ---------------------------------------

PR_REDESIGN = dt.date(2018, 6, 4)  # the long date turned an abbreviated one; the ad label
PR_LINKS = dt.date(2019, 2, 4)  # "Relacionada:" turned "ADEMÁS ▶"
PR_MARIA = dt.date(2017, 9, 20)  # Hurricane María: day 1 without power in the south
PR_POWER_BACK = dt.date(2018, 8, 15)  # the counter's last day was the day before
PR_RELIEF = dt.date(2017, 9, 25)  # the subscription appeal turned a relief fund
PR_APPEAL = dt.date(2018, 3, 5)  # the relief fund turned a reader-contribution appeal


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return (f"Publicado el {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year} a las {{hora}}")
    return f"{day.day:02d} {SPANISH_ABBR[day.month - 1]} {day.year} | {{hora}}"


def pr_days_without_power(day: dt.date) -> int | None:
    """The day count the site printed after Hurricane María (day 1 on 20 September 2017),
    None outside the blackout."""
    if PR_MARIA <= day < PR_POWER_BACK:
        return (day - PR_MARIA).days + 1
    return None


def _pr_banner() -> Wordings:
    def base(day: dt.date) -> str:
        n = pr_days_without_power(day)
        if n is not None:
            return f"⚡ Día {n} sin luz en el sur tras el huracán María"
        if 6 <= day.month <= 11:
            return "🌀 Temporada de huracanes: ten listo tu plan familiar y tu botiquín"
        return "📲 Descarga la app de El Señorial y recibe las alertas del sur"

    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Elecciones generales 2016: resultados precinto por precinto"),
        _vote("2017-06-11", "🗳️ Plebiscito de estatus 2017: cómo y dónde votar"),
        _span("2017-09-05", "2017-09-07", "🌀 Huracán Irma: refugios abiertos en Ponce y el "
                                          "sur"),
        _span("2019-07-13", "2019-07-25", "✊ Verano del 19: cobertura de las manifestaciones"),
        _span("2020-01-07", "2020-02-15", "🌎 Sismos en el sur: refugios, daños y réplicas en "
                                          "Ponce, Guayanilla y Guánica"),
        _span("2020-03-15", "2020-06-30", "😷 Toque de queda: horarios y excepciones"),
        _span("2020-08-03", "2020-08-16", "🗳️ Primarias 2020: los colegios que votan el "
                                          "domingo"),
        _vote("2020-11-03", "🗳️ Elecciones generales 2020: resultados precinto por precinto"),
    ]
    feasts = _yearly("01-06", 1, 0, lambda _: "👑 ¡Feliz Día de Reyes!")
    feasts += _movable(carnival_tuesday, 6, 0, lambda y: f"🎭 Carnaval Ponceño {y}: "
                                                         f"vejigantes, desfiles y el entierro "
                                                         f"de la sardina")
    feasts += _yearly("09-23", 0, 0, lambda y: f"🇵🇷 {y - 1868} años del Grito de Lares")
    blackout = [(PR_MARIA, PR_POWER_BACK, "")]  # the counter wins over the feasts
    return _by_day(lambda day: _on(day, news) or (None if _on(day, blackout) is not None
                                                  else _on(day, feasts)) or base(day))


def ponce_style() -> PublisherStyle:
    """A Puerto Rican Spanish-language regional daily (Ponce): a section kicker, a link to
    the English version, "Publicado el" with the weekday, the date and a time written "4:35
    p.m.", turned a day, an upper-case month abbreviation and the time on the day of a
    redesign (a wording per day), "Por" with the writer and the writer's handle on a line of
    its own, a banner that counts the days without power after Hurricane María (a wording per
    day for 329 days) and otherwise follows the hurricane season, four votes, Irma, the 2019
    protests, the 2020 earthquakes and curfew, Three Kings' Day, the carnival and the Grito
    de Lares with its count, "Relacionada:" (turned "ADEMÁS ▶"; up to twice), an ad label
    turned "the story continues" and a photo credit in brackets, a share line with the
    article's own title, a subscription appeal turned a relief fund after María, then an
    appeal with an amount, a partner cross-post notice, a comment rule, a rights line turned
    the publishing company's, a rare correction and a rare water cut."""
    return PublisherStyle(
        domain="elsenorialpr.com", site="El Señorial", base_size=880,
        subdomains=(("www.", 85), ("", 15)),
        sections=("ponce", "sur", "policia", "gobierno", "deportes", "farandula"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccion": ("Ponce", "Sur", "Policía y Tribunales", "Gobierno", "Deportes",
                        "Farándula", "Opinión"),
            "hora": ("6:05 a.m.", "8:40 a.m.", "11:15 a.m.", "12:30 p.m.", "2:55 p.m.",
                     "4:35 p.m.", "7:20 p.m.", "10:45 p.m."),
            "foto": ("(Suministrada)", "(Foto: Archivo)", "(Captura / Facebook)",
                     "(Foto: Xavier Araújo)", "(Foto: Nydia Bauzá)",
                     "(Foto: Negociado de la Policía)"),
            "monto": ("$5", "$10", "$25", "$50", "$100"),
            "aliado": ("Radio Sur 1490", "la revista Pulso Sureño",
                       "el Colectivo de Periodismo del Oeste", "Noticias de Yauco"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("english", HEADER, 0.1, (_OLD, "🇺🇸 Read this story in English")),
            _f("fecha", HEADER, 0.85, *_by_day(_pr_dated)),
            _f("por", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("handle", HEADER, 0.35, (_OLD, "{author_handle}")),
            _f("aviso", HEADER, 0.3, *_pr_banner()),
            _f("relacionada", MIDDLE, 0.4, (_OLD, "Relacionada: {other_title}"),
               (PR_LINKS.isoformat(), "ADEMÁS ▶ {other_title}"), count=2),
            _f("anuncio", MIDDLE, 0.3, (_OLD, "Anuncio"),
               (PR_REDESIGN.isoformat(), "La noticia continúa después del anuncio")),
            _f("foto", MIDDLE, 0.3, (_OLD, "{foto}")),
            _f("comparte", FOOTER, 0.2, (_OLD, "Comparte “{title}” por WhatsApp")),
            _f("aporta", FOOTER, 0.25,
               (_OLD, "Apoya el periodismo del sur: suscríbete a la edición digital por $4.99 "
                "al mes."),
               (PR_RELIEF.isoformat(), "🤝 El sur nos necesita: dona al fondo de recuperación "
                                       "tras María. Cada dólar llega a una familia."),
               (PR_APPEAL.isoformat(), "Sin ti no hay periodismo en el sur. Aporta {monto} y "
                                       "sostén nuestra redacción.")),
            _f("alianza", FOOTER, 0.12,
               (_OLD, "Esta historia se publicó originalmente en {aliado} y se reproduce como "
                "parte de una alianza de medios del sur.")),
            _f("correccion", FOOTER, 0.05,
               (_OLD, "Nota del editor: una versión anterior de esta noticia tenía un error en "
                "el nombre de un funcionario. Se corrigió el {date_es}.")),
            _f("comentarios", FOOTER, 0.2,
               (_OLD, "Los comentarios son responsabilidad de quienes los publican. El "
                "Señorial se reserva el derecho de eliminar mensajes ofensivos.")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Señorial. Todos los derechos "
                                                "reservados."),
               (PR_REDESIGN.isoformat(), "© 2011-{year} Editorial del Sur, LLC · Ponce, Puerto "
                                         "Rico. Prohibida su reproducción total o parcial.")),
            _f("agua", HEADER, 0.04,
               (_OLD, "🚱 AAA: interrupción del servicio de agua en sectores de Ponce hasta "
                "nuevo aviso")),
        ),
    )


# --- a Yemeni Arabic news site (Mukalla, Hadramawt) -----------------------------------------------

YE_REDESIGN = dt.date(2019, 3, 4)  # the Arabic date turned a year-first numeric one
YE_LINKS = dt.date(2017, 10, 2)  # the bare pinned title gained "ذات صلة:"
YE_APP = dt.date(2018, 2, 5)  # the follow line turned an app
YE_SPLIT = dt.date(2019, 12, 19)  # the rial's two markets: old notes in Sanaa, new in Aden

# The rial's market rates the site printed: (first day, dollar, Saudi riyal), then, once the
# markets split, (first day, Aden dollar, Aden riyal, Sanaa dollar, Sanaa riyal).
YE_RATES: tuple[tuple[str, int, int], ...] = (
    (_OLD, 250, 66), ("2015-10-01", 255, 68), ("2016-04-04", 275, 73), ("2016-08-01", 300, 79),
    ("2017-01-02", 325, 86), ("2017-06-05", 370, 98), ("2017-11-06", 410, 108),
    ("2018-01-15", 480, 127), ("2018-06-04", 500, 132), ("2018-08-20", 600, 158),
    ("2018-09-24", 720, 190), ("2018-10-08", 790, 208), ("2018-11-05", 560, 148),
    ("2018-12-03", 520, 137), ("2019-03-04", 580, 152), ("2019-08-05", 600, 158),
)
YE_SPLIT_RATES: tuple[tuple[str, int, int, int, int], ...] = (
    (YE_SPLIT.isoformat(), 605, 159, 590, 156), ("2020-03-02", 650, 171, 600, 158),
    ("2020-06-01", 740, 195, 598, 157), ("2020-09-07", 800, 211, 600, 158),
    ("2020-12-07", 860, 227, 600, 158),
)


def _ye_dated(day: dt.date) -> str:
    if day < YE_REDESIGN:
        return (f"{ARABIC_WEEKDAYS[day.weekday()]} {day.day:02d} "
                f"{ARABIC_MONTHS[day.month - 1]} {day.year} - {{waqt}}")
    return f"نُشر بتاريخ: {day.year}/{day.month:02d}/{day.day:02d} | {{waqt}}"


def _ye_rates() -> Wordings:
    out = [(start, f"💱 أسعار الصرف: الدولار {usd} ريال | السعودي {sar} ريال")
           for start, usd, sar in YE_RATES]
    out += [(start, f"💱 عدن: الدولار {a} | السعودي {b} — صنعاء: الدولار {c} | السعودي {e}")
            for start, a, b, c, e in YE_SPLIT_RATES]
    return tuple(out)


def _ye_follow() -> Wordings:
    base = _steps((_OLD, "تابعوا «منارة المكلا» على فيسبوك وتويتر"),
                  (YE_APP.isoformat(), "حمّلوا تطبيق «منارة المكلا» على أندرويد وآيفون"))
    news: list[Event] = [
        _span("2015-11-01", "2015-11-04", "🌀 إعصار تشابالا: تحذيرات لسكان المكلا والشحر "
                                          "وسقطرى"),
        _span("2015-11-07", "2015-11-10", "🌀 إعصار ميغ يضرب سقطرى: نداء لإغاثة المتضررين"),
        _span("2017-05-01", "2017-07-31", "🦠 الكوليرا: إرشادات الوقاية وأماكن مراكز العلاج"),
        _span("2018-05-23", "2018-05-26", "🌀 إعصار مكونو: سقطرى في قلب العاصفة"),
        _span("2020-04-10", "2020-06-30", "😷 حظر التجول في حضرموت: المواعيد والاستثناءات"),
        _span("2020-08-01", "2020-08-11", "🌧️ سيول حضرموت: طرق مقطوعة وتحذيرات للمسافرين"),
    ]
    feasts = _yearly("11-30", 0, 0, lambda y: f"🇾🇪 عيد الاستقلال الـ{y - 1967} – 30 نوفمبر "
                                              f"المجيد")
    feasts += _movable(_listed(RAMADAN_YE), 0, 2, lambda _: "🌙 رمضان كريم – كل عام وأنتم "
                                                           "بخير")
    feasts += _movable(_listed(EID_FITR_YE), 1, 2, lambda _: "🎉 عيد فطر مبارك – تقبّل الله "
                                                            "منا ومنكم")
    feasts += _movable(_listed(EID_ADHA_YE), 1, 3, lambda _: "🐑 عيد أضحى مبارك – كل عام "
                                                            "وأنتم بخير")
    return _calendar(base, news, feasts)


def mukalla_style() -> PublisherStyle:
    """A Yemeni Arabic news site (Mukalla, Hadramawt): a section kicker, the weekday and
    the date with a 12-hour time marked "ص" or "م", turned a year-first numeric date on the
    day of a redesign (a wording per day), a town dateline naming the site in guillemets
    with "خاص", "كتب:", a view count, another article's title after a pin (gaining "ذات
    صلة:"; up to twice), an ad label and a photo credit in brackets, the rial's market rates
    against the dollar and the Saudi riyal (through the 2018 fall and recovery), split into
    Aden's and Sanaa's rates once the two markets parted, a WhatsApp tip line, a follow line
    turned an app and three cyclones, cholera, the 2020 curfew and floods, Independence with
    its count, Ramadan and the two Eids, a republishing permission naming the site, a short
    link with the post number, a cross-post source, a rights line with a range of years, a
    rare fuel-crisis line."""
    return PublisherStyle(
        domain="manaratalmukalla.net", site="منارة المكلا", base_size=760,
        subdomains=(("www.", 100),),
        sections=("akhbar", "hadramawt", "iqtisad", "riyada", "taqarir", "maqalat"),
        n_authors=6, url_path="/{section}/{n}/",
        pools={
            "qism": ("أخبار محلية", "حضرموت", "اقتصاد", "رياضة", "تقارير", "مقالات"),
            "waqt": ("08:10 ص", "10:45 ص", "12:05 م", "02:30 م", "05:15 م", "09:40 م"),
            "madina": ("المكلا", "سيئون", "الشحر", "تريم", "الغيضة", "عدن", "سقطرى"),
            "sura": ("أرشيفية", "خاصة", "مواقع التواصل", "رويترز", "سبأ"),
            "masdar": ("وكالة سبأ", "إذاعة المكلا", "صحيفة الأيام", "قناة حضرموت",
                       "الشرق الأوسط"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_ye_dated)),
            _f("khass", HEADER, 0.3, (_OLD, "{madina} – «منارة المكلا» – خاص")),
            _f("kataba", HEADER, 0.45, (_OLD, "كتب: {author}")),
            _f("mushahada", HEADER, 0.25, (_OLD, "👁️ {count} مشاهدة")),
            _f("dabbous", MIDDLE, 0.35, (_OLD, "📌 {other_title}"),
               (YE_LINKS.isoformat(), "📌 ذات صلة: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.3, (_OLD, "- إعلان -")),
            _f("sura", MIDDLE, 0.25, (_OLD, "(صورة: {sura})")),
            _f("sarf", FOOTER, 0.3, *_ye_rates()),
            _f("whatsapp", FOOTER, 0.25,
               (_OLD, "📩 لديك خبر أو صورة؟ راسلنا على واتساب: 777555012")),
            _f("tabiouna", FOOTER, 0.3, *_ye_follow()),
            _f("iadat-nashr", FOOTER, 0.3,
               (_OLD, "يُسمح بإعادة النشر بشرط ذكر المصدر «منارة المكلا» ووضع رابط الخبر")),
            _f("rabit", FOOTER, 0.2,
               (_OLD, "🔗 رابط مختصر: https://manaratalmukalla.net/?p={n}")),
            _f("naql", FOOTER, 0.15, (_OLD, "نقلاً عن: {masdar}")),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة لـ«منارة المكلا» © 2014 - "
                                             "{year}")),
            _f("waqud", HEADER, 0.04,
               (_OLD, "⛽ أزمة وقود خانقة: طوابير طويلة أمام محطات المكلا")),
        ),
    )


# --- a Kannada-language coastal news site (Udupi, Karnataka) --------------------------------------

KA_REDESIGN = dt.date(2018, 8, 6)  # the Kannada date turned an English "Last Updated" line
KA_LINKS = dt.date(2019, 7, 1)  # "ಇದನ್ನೂ ಓದಿ:" gained an arrow
KA_FOLLOW = dt.date(2018, 5, 21)  # the Facebook line turned ShareChat


def _ka_dated(day: dt.date) -> str:
    if day < KA_REDESIGN:
        return (f"ಪ್ರಕಟಿಸಲಾಗಿದೆ: {KANNADA_WEEKDAYS[day.weekday()]}, "
                f"{KANNADA_MONTHS[day.month - 1]} {day.day}, {day.year}, {{time12}} [IST]")
    return (f"Last Updated: {day.day:02d} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, "
            f"{{time}} IST")


KA_COAST = _seasonal(
    ("04-01", "📲 ಕಡಲತೀರ ಸುದ್ದಿ ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ, ಕರಾವಳಿಯ ಸುದ್ದಿ ಕ್ಷಣಕ್ಷಣಕ್ಕೂ ಪಡೆಯಿರಿ"),
    ("06-01", "🎣 ಜೂನ್ 1ರಿಂದ ಜುಲೈ 31ರವರೆಗೆ ಯಾಂತ್ರೀಕೃತ ಮೀನುಗಾರಿಕೆಗೆ ನಿಷೇಧ: ಕಡಲಿಗೆ ಇಳಿಯದಂತೆ "
              "ಮೀನುಗಾರರಿಗೆ ಸೂಚನೆ"),
    ("08-01", "🌧️ ಮಳೆಗಾಲ: ಕಡಲತೀರಕ್ಕೆ ಪ್ರವಾಸಿಗರು ತೆರಳದಂತೆ ಜಿಲ್ಲಾಡಳಿತದ ಎಚ್ಚರಿಕೆ"),
    ("10-01", "📲 ಕಡಲತೀರ ಸುದ್ದಿ ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ, ಕರಾವಳಿಯ ಸುದ್ದಿ ಕ್ಷಣಕ್ಷಣಕ್ಕೂ ಪಡೆಯಿರಿ"),
    ("11-15", "🐃 ಕಂಬಳ ಋತು ಆರಂಭ: ಈ ವಾರದ ಕಂಬಳ ವೇಳಾಪಟ್ಟಿ ನೋಡಿ"),
)


def _ka_follow() -> Wordings:
    base = _steps((_OLD, "ನಮ್ಮ ಫೇಸ್‌ಬುಕ್ ಪುಟವನ್ನು ಲೈಕ್ ಮಾಡಿ, ಕರಾವಳಿಯ ಸುದ್ದಿಗಳನ್ನು ಪಡೆಯಿರಿ"),
                  (KA_FOLLOW.isoformat(), "ಶೇರ್‌ಚಾಟ್‌ನಲ್ಲಿ ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ, ಕರಾವಳಿಯ "
                                          "ಸುದ್ದಿಗಳನ್ನು ಪಡೆಯಿರಿ"))
    news: list[Event] = [
        _span("2018-05-06", "2018-05-16", "🗳️ ವಿಧಾನಸಭಾ ಚುನಾವಣೆ 2018: ಕ್ಷೇತ್ರವಾರು ಫಲಿತಾಂಶ"),
        _vote("2019-04-18", "🗳️ ಲೋಕಸಭಾ ಚುನಾವಣೆ 2019: ಉಡುಪಿ-ಚಿಕ್ಕಮಗಳೂರು ಕ್ಷೇತ್ರದಲ್ಲಿ ಮತದಾನ"),
        _span("2019-05-23", "2019-05-24", "🗳️ ಲೋಕಸಭಾ ಚುನಾವಣೆ ಫಲಿತಾಂಶ 2019"),
        _span("2019-08-06", "2019-08-15", "🌊 ನೆರೆ: ಪರಿಹಾರ ಕೇಂದ್ರಗಳ ಮಾಹಿತಿ ಮತ್ತು ಸಹಾಯವಾಣಿ"),
        _span("2020-03-25", "2020-05-31", "😷 ಲಾಕ್‌ಡೌನ್: ಅಗತ್ಯ ವಸ್ತುಗಳ ಖರೀದಿಗೆ ಬೆಳಿಗ್ಗೆ 7ರಿಂದ "
                                          "11ರವರೆಗೆ ಅವಕಾಶ"),
    ]
    feasts = _yearly("11-01", 0, 0, lambda y: f"💛❤️ {y - 1956}ನೇ ಕನ್ನಡ ರಾಜ್ಯೋತ್ಸವದ "
                                              f"ಶುಭಾಶಯಗಳು")
    feasts += _movable(_listed(DEEPAVALI_KA), 1, 1, lambda _: "🪔 ದೀಪಾವಳಿ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು")
    feasts += _movable(_listed(JANMASHTAMI_UDUPI), 0, 1, lambda _: "🦚 ಶ್ರೀ ಕೃಷ್ಣ "
                                                                   "ಜನ್ಮಾಷ್ಟಮಿಯ ಶುಭಾಶಯಗಳು")
    feasts += _yearly("01-18", 1, 0, lambda y: f"🙏 ಉಡುಪಿ ಪರ್ಯಾಯ ಮಹೋತ್ಸವ {y}",
                      years=range(2016, 2021, 2))
    return _calendar(base, news, feasts)


def udupi_style() -> PublisherStyle:
    """A Kannada-language coastal news site (Udupi, Karnataka): a Kannada and English
    switch, a section kicker, "ಪ್ರಕಟಿಸಲಾಗಿದೆ:" with the Kannada weekday and month, a 12-hour
    time and "[IST]", turned an English "Last Updated:" line on the day of a redesign (a
    wording per day), "ವರದಿ:" and a town dateline ending in a colon, "ಇದನ್ನೂ ಓದಿ:" (gaining
    an arrow; up to twice), an ad label and photo credits ("representative image",
    "courtesy"), a coastal line by season (the app, the monsoon fishing ban, the rains,
    the buffalo-race season), a Facebook line turned ShareChat and two votes and a count, the 2019
    floods, the 2020 lockdown, the state's formation day with its Kannada ordinal, Deepavali,
    Krishna's birthday as the town's temple keeps it and the temple's biennial handover, an
    advertisers' disclaimer naming the site, a tag list, a rights line, a rare school
    holiday for heavy rain."""
    return PublisherStyle(
        domain="kadalatirasuddi.com", site="ಕಡಲತೀರ ಸುದ್ದಿ", base_size=640,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("karavali", "rajya", "rashtra", "kride", "manaranjane", "dharmika"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "vibhaga": ("ಕರಾವಳಿ", "ರಾಜ್ಯ", "ರಾಷ್ಟ್ರ", "ಕ್ರೀಡೆ", "ಮನರಂಜನೆ", "ಧಾರ್ಮಿಕ", "ಅಪರಾಧ"),
            "ooru": ("ಉಡುಪಿ", "ಮಂಗಳೂರು", "ಕುಂದಾಪುರ", "ಕಾರ್ಕಳ", "ಮಣಿಪಾಲ", "ಬೈಂದೂರು", "ಬೆಂಗಳೂರು"),
            "chitra": ("ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ", "ಚಿತ್ರ: ಸಂಗ್ರಹ", "ಚಿತ್ರ: ಪಿಟಿಐ", "ಚಿತ್ರ ಕೃಪೆ: ಫೇಸ್‌ಬುಕ್",
                       "ಚಿತ್ರ: ಕಡಲತೀರ ಸುದ್ದಿ"),
            "tag": ("ಉಡುಪಿ", "ಮಂಗಳೂರು", "ಮಳೆ", "ಮೀನುಗಾರಿಕೆ", "ಕಂಬಳ", "ಕುಂದಾಪುರ", "ಮಣಿಪಾಲ"),
        },
        families=(
            _f("bhashe", HEADER, 0.2, (_OLD, "ಕನ್ನಡ | English")),
            _f("vibhaga", HEADER, 0.3, (_OLD, "{vibhaga}")),
            _f("dinanka", HEADER, 0.8, *_by_day(_ka_dated)),
            _f("varadi", HEADER, 0.5, (_OLD, "ವರದಿ: {author}")),
            _f("ooru", HEADER, 0.35, (_OLD, "{ooru}:")),
            _f("odi", MIDDLE, 0.4, (_OLD, "ಇದನ್ನೂ ಓದಿ: {other_title}"),
               (KA_LINKS.isoformat(), "ಇದನ್ನೂ ಓದಿ ➤ {other_title}"), count=2),
            _f("jahirat", MIDDLE, 0.3, (_OLD, "ಜಾಹೀರಾತು")),
            _f("chitra", MIDDLE, 0.25, (_OLD, "{chitra}")),
            _f("kadalu", FOOTER, 0.25, *_by_day(KA_COAST)),
            _f("anusarisi", FOOTER, 0.3, *_ka_follow()),
            _f("jahirat-hone", FOOTER, 0.2,
               (_OLD, "ಜಾಹೀರಾತುಗಳಲ್ಲಿನ ಅಂಶಗಳಿಗೆ ಕಡಲತೀರ ಸುದ್ದಿ ಜವಾಬ್ದಾರವಲ್ಲ.")),
            _f("tags", FOOTER, 0.25, (_OLD, "ಟ್ಯಾಗ್‌ಗಳು: {tag_list}")),
            _f("hakku", FOOTER, 0.45,
               (_OLD, "© {year} ಕಡಲತೀರ ಸುದ್ದಿ. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.")),
            _f("raje", HEADER, 0.04,
               (_OLD, "🏫 ಭಾರಿ ಮಳೆ: ನಾಳೆ ಉಡುಪಿ ಜಿಲ್ಲೆಯ ಶಾಲಾ-ಕಾಲೇಜುಗಳಿಗೆ ರಜೆ ಘೋಷಣೆ")),
        ),
    )


# --- an Eswatini English-language weekly with siSwati lines (Manzini) -----------------------------

SZ_RENAME = dt.date(2018, 4, 19)  # the kingdom's name changed from Swaziland to Eswatini
SZ_REDESIGN = dt.date(2019, 7, 1)  # "Published on ... at" turned a short date and "SAST"
SZ_PRICE = dt.date(2019, 1, 7)  # the print edition rose
SZ_EPAPER = dt.date(2019, 2, 4)  # the e-paper rose


def country(day: dt.date) -> str:
    """The kingdom's name on `day`."""
    return "Swaziland" if day < SZ_RENAME else "Eswatini"


def _sz_dated(day: dt.date) -> str:
    month = ENGLISH_MONTHS[day.month - 1]
    if day < SZ_REDESIGN:
        return f"Published on {day.day:02d} {month} {day.year} at {{time}}"
    return f"{day.day} {month[:3]} {day.year} · {{time}} SAST"


def _sz_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to the e-paper: E80 a month, pay with MTN MoMo"),
                  (SZ_EPAPER.isoformat(), "Subscribe to the e-paper: E95 a month, pay with MTN "
                                          "MoMo"))
    news: list[Event] = [
        _vote("2018-08-18", "🗳️ Primary elections 2018: results from all 59 tinkhundla"),
        _vote("2018-09-21", "🗳️ Secondary elections 2018: who goes to Parliament"),
        _span("2020-03-27", "2020-05-07", "😷 Partial lockdown: what is open in Eswatini"),
    ]

    def birthday(y: int) -> str:
        if y == 2018:
            return "🎉 50/50: fifty years of independence and His Majesty's 50th birthday"
        return f"👑 Happy {ordinal(y - 1968)} birthday to His Majesty King Mswati III"

    feasts = _yearly("04-19", 0, 0, birthday)
    feasts += [(start, end, f"🇸🇿 Happy {ordinal(start.year - 1968)} Independence Day, "
                            f"{country(start)}!")
               for start, end, _ in _yearly("09-06", 0, 0, str)]
    feasts += _movable(_listed(UMHLANGA), 1, 1, lambda y: f"🌾 Umhlanga {y}: the Reed Dance "
                                                          f"at Ludzidzini")
    return _calendar(base, news, feasts)


def manzini_style() -> PublisherStyle:
    """An Eswatini English-language weekly with siSwati lines (Manzini): a tagline naming
    the country, an upper-case town dateline with an en dash, "Published on ... at" turned a
    short date with "SAST" (a wording per day), "By" with the writer and the writer's desk
    on a line of its own, "RELATED STORY ➜" (up to twice), "- ADVERT -" and "Pic:" inserts,
    a thank-you in siSwati and English naming the paper, an e-paper price in emalangeni
    paid by mobile money that rose, two votes, the 2020 partial lockdown, the King's
    birthday and Independence with their ordinals (the 2018 double jubilee), the Reed Dance,
    a letters block, a print price that rose, a rights line naming the country; every line
    that names the country says Swaziland until the day it was renamed and Eswatini from
    then on; a rare veld-fire warning."""
    return PublisherStyle(
        domain="lusushwanacourier.co.sz", site="Lusushwana Courier", base_size=560,
        subdomains=(("www.", 100),),
        sections=("news", "business", "sport", "regions", "opinion", "entertainment"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "dorp": ("MANZINI", "MBABANE", "MATSAPHA", "SITEKI", "NHLANGANO", "PIGG'S PEAK",
                     "LOBAMBA", "BIG BEND"),
            "beat": ("Manzini Bureau", "Senior Reporter", "Sports Desk",
                     "Shiselweni Correspondent", "Lubombo Correspondent"),
            "pic": ("File", "Supplied", "Government Press Office", "Sibusiso Zwane",
                    "Nomcebo Dlamini"),
        },
        families=(
            _f("tagline", HEADER, 0.2, *_by_day(lambda day: f"{country(day)}'s independent "
                                                            f"voice since 2009")),
            _f("dateline", HEADER, 0.45, (_OLD, "{dorp} –")),
            _f("published", HEADER, 0.8, *_by_day(_sz_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("desk", HEADER, 0.4, (_OLD, "{author_beat}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED STORY ➜ {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "- ADVERT -")),
            _f("pic", MIDDLE, 0.25, (_OLD, "Pic: {pic}")),
            _f("siyabonga", FOOTER, 0.15,
               (_OLD, "Siyabonga ngekufundza! Thank you for reading the Lusushwana Courier.")),
            _f("notice", FOOTER, 0.3, *_sz_notice()),
            _f("letters", FOOTER, 0.18, (_OLD, "Letters to the Editor")),
            _f("letters-rule", FOOTER, 0.16,
               (_OLD, "Email letters@lusushwanacourier.co.sz. Letters must carry the writer's "
                "full name and physical address; pen names are allowed on request.")),
            _f("print", FOOTER, 0.2, (_OLD, "Print edition E6.50 in all four regions"),
               (SZ_PRICE.isoformat(), "Print edition E7.50 in all four regions")),
            _f("copyright", FOOTER, 0.45,
               *_by_day(lambda day: f"© {{year}} Lusushwana Courier, Manzini, {country(day)}. "
                                    f"All rights reserved.")),
            _f("veld", HEADER, 0.04,
               (_OLD, "🔥 Veld fire warning: burning of fields is banned until further notice")),
        ),
    )


# --- a Filipino-Chinese daily in Traditional Chinese (Manila) -------------------------------------

PH_REDESIGN = dt.date(2018, 10, 1)  # the Chinese date turned "發佈時間：" with an ISO date
PH_LINKS = dt.date(2017, 7, 3)  # "延伸閱讀：" turned "▶相關新聞："
PH_PHONES = dt.date(2019, 10, 6)  # Metro Manila's landlines gained an eighth digit

# The peso's rate against the dollar the paper printed.
PH_RATES = ((_OLD, "44.70"), ("2015-04-01", "44.60"), ("2015-08-03", "45.80"),
            ("2015-10-01", "46.70"), ("2016-01-04", "47.10"), ("2016-06-01", "46.30"),
            ("2016-10-03", "48.40"), ("2016-12-01", "49.70"), ("2017-03-01", "50.20"),
            ("2017-08-01", "50.50"), ("2017-11-01", "51.30"), ("2018-02-01", "51.80"),
            ("2018-05-02", "52.20"), ("2018-08-01", "53.30"), ("2018-10-01", "54.00"),
            ("2019-01-02", "52.60"), ("2019-05-02", "52.10"), ("2019-08-01", "51.00"),
            ("2019-11-04", "50.70"), ("2020-02-03", "50.90"), ("2020-06-01", "49.90"),
            ("2020-09-01", "48.60"), ("2020-12-01", "48.10"))

# Typhoons the banner followed: (first day, last day, Chinese name, local name, signal).
PH_TYPHOONS = (("2015-10-16", "2015-10-19", "巨爵", "Lando", "四"),
               ("2016-10-18", "2016-10-20", "海馬", "Lawin", "五"),
               ("2018-09-13", "2018-09-16", "山竹", "Ompong", "四"),
               ("2019-12-01", "2019-12-03", "北冕", "Tisoy", "四"),
               ("2020-10-31", "2020-11-02", "天鵝", "Rolly", "五"),
               ("2020-11-10", "2020-11-13", "環高", "Ulysses", "四"))


def _ph_dated(day: dt.date) -> str:
    if day < PH_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]}"
    return f"發佈時間：{day.isoformat()} {{time}}"


def _ph_notice() -> Wordings:
    base = _steps((_OLD, "歡迎在Facebook讚好本報專頁，掌握菲華社區最新消息"),
                  (PH_REDESIGN.isoformat(), "掃描QR Code，關注本報微信公眾號"))
    news: list[Event] = [
        _vote("2016-05-09", "🗳️ 2016菲律賓大選：開票結果即時更新", after=2),
        _vote("2019-05-13", "🗳️ 2019期中選舉：參議員開票結果", after=2),
        *(_span(first, last, f"🌀 颱風「{cn}」（菲名{local}）：{signal}號風球，請留意PAGASA公告")
          for first, last, cn, local, signal in PH_TYPHOONS),
        _span("2020-01-12", "2020-01-25", "🌋 塔阿爾火山噴發：警戒提升至四級，大岷區出門請戴口罩"),
        _span("2020-03-16", "2020-05-15", "😷 呂宋加強社區隔離：出門須持隔離通行證"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 1, 1, lambda _: "🧧 恭賀新禧！Kiong Hee Huat "
                                                               "Tsai!")
    feasts += _movable(_listed(MID_AUTUMN), 3, 0, lambda _: "🥮 中秋博餅，闔家團圓")
    feasts += _yearly("06-12", 0, 0, lambda y: f"🇵🇭 慶祝菲律賓獨立{y - 1898}週年")
    return _calendar(base, news, feasts)


def binondo_style() -> PublisherStyle:
    """A Filipino-Chinese daily in Traditional Chinese (Manila): a bracketed source line
    ("本報訊"), the date with "星期", turned "發佈時間：" with an ISO date and a time on the day
    of a redesign (a wording per day), "記者 ... ／ ... 報導" with the community's Chinese
    names for Philippine towns, the peso's rate against the dollar, "延伸閱讀：" (turned
    "▶相關新聞："; up to twice), "廣告" and a photo credit in full-width brackets, a
    Facebook line turned a WeChat account and two votes, six typhoons with their Chinese and
    local names and signal numbers, the Taal eruption, the 2020 quarantine, the Lunar New
    Year greeted in Hokkien, the Mid-Autumn dice game and Philippine Independence with its
    count, a thank-you in Chinese and Tagalog, an address, telephone (gaining a digit in
    2019) and e-mail block, a rights line, a rare job advertisement for a reporter."""
    return PublisherStyle(
        domain="minwannews.com.ph", site="岷灣新聞", base_size=490,
        subdomains=(("www.", 100),),
        sections=("feihua", "feilubin", "guoji", "zhongguo", "jingji", "tiyu"),
        n_authors=4, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "xun": ("本報訊", "綜合報導", "綜合外電", "菲通社", "中央社"),
            "ditu": ("馬尼拉", "計順市", "宿務", "納卯", "王彬街", "巴西市"),
            "tu": ("本報資料照", "菲通社", "美聯社", "路透社", "讀者提供", "總統府新聞處"),
        },
        families=(
            _f("xun", HEADER, 0.35, (_OLD, "【{xun}】")),
            _f("riqi", HEADER, 0.8, *_by_day(_ph_dated)),
            _f("jizhe", HEADER, 0.45, (_OLD, "記者 {author}／{ditu}報導")),
            _f("huilu", HEADER, 0.25,
               *((start, f"💱 今日匯率：1美元兌{rate}披索") for start, rate in PH_RATES)),
            _f("yuedu", MIDDLE, 0.35, (_OLD, "延伸閱讀：{other_title}"),
               (PH_LINKS.isoformat(), "▶相關新聞：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.3, (_OLD, "廣告")),
            _f("tu", MIDDLE, 0.25, (_OLD, "（圖：{tu}）")),
            _f("gonggao", FOOTER, 0.3, *_ph_notice()),
            _f("salamat", FOOTER, 0.12, (_OLD, "感謝閱讀｜Maraming salamat po sa pagbabasa!")),
            _f("shezhi", FOOTER, 0.4, (_OLD, "社址：馬尼拉王彬街888號3樓")),
            _f("dianhua", FOOTER, 0.38, (_OLD, "訂報及廣告熱線：(02) 555-0123"),
               (PH_PHONES.isoformat(), "訂報及廣告熱線：(02) 8555-0123")),
            _f("dianyou", FOOTER, 0.36, (_OLD, "電郵：news@minwannews.com.ph")),
            _f("banquan", FOOTER, 0.4, (_OLD, "© {year} 岷灣新聞 版權所有，未經授權不得轉載")),
            _f("zhaopin", HEADER, 0.04,
               (_OLD, "📢 本報誠聘華文記者一名，有意者請將履歷電郵至本報")),
        ),
    )


# --- a Guyanese English-language regional daily (New Amsterdam, Berbice) --------------------------

GY_LINKS = dt.date(2018, 3, 5)  # "SEE ALSO:" turned "More from the Corentyne Herald:"
GY_TOLL = dt.date(2016, 1, 18)  # the bridge toll rose
GY_PRICE = dt.date(2019, 1, 7)  # the cover prices rose


def _gy_dated(day: dt.date) -> str:
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {ordinal(day.day)} "
            f"{ENGLISH_MONTHS[day.month - 1]}, {day.year}")


def _gy_independence(y: int) -> str:
    if y - 1966 == 50:
        return "🇬🇾 Golden Jubilee: 50 years of Independence!"
    return f"🇬🇾 Happy {ordinal(y - 1966)} Independence Anniversary, Guyana!"


def _gy_banner() -> Wordings:
    base = _steps((_OLD, "Follow the Corentyne Herald on Facebook for breaking Berbice news"))
    news: list[Event] = [
        _vote("2015-05-11", "🗳️ Elections 2015: results from the ten regions", after=4),
        _span("2020-02-24", "2020-03-05", "🗳️ Elections 2020: results from the ten regions"),
        _span("2020-03-06", "2020-05-05", "🗳️ Elections 2020: the declarations and the court "
                                          "challenges"),
        _span("2020-05-06", "2020-06-08", "🗳️ National recount: the day's tally, region by "
                                          "region"),
        _span("2020-06-09", "2020-08-02", "🗳️ Elections 2020: awaiting the final declaration"),
    ]
    feasts = _yearly("02-23", 0, 0, lambda y: f"🇬🇾 Happy {ordinal(y - 1970)} Republic "
                                              f"Anniversary! Happy Mash!")
    feasts += _yearly("05-26", 0, 0, _gy_independence)
    feasts += _yearly("05-05", 0, 0, lambda y: f"🚢 Arrival Day: {ordinal(y - 1838)} "
                                              f"anniversary of the arrival of East Indians")
    feasts += _yearly("08-01", 0, 0, lambda y: f"✊🏾 Emancipation Day: {y - 1838} years of "
                                              f"freedom")
    feasts += _movable(_listed(PHAGWAH), 0, 0, lambda _: "🎨 Happy Phagwah from the "
                                                         "Corentyne Herald!")
    feasts += _movable(_listed(DIWALI_GY), 0, 0, lambda _: "🪔 Happy Diwali! Shubh Deepavali "
                                                           "to all our readers")
    feasts += _movable(_listed(EID_ADHA_GY), 0, 0, lambda _: "🌙 Eid Mubarak to our Muslim "
                                                             "readers")
    return _calendar(base, news, feasts)


def berbice_style() -> PublisherStyle:
    """A Guyanese English-language regional daily (New Amsterdam, Berbice): a region kicker,
    the weekday, the day with its ordinal suffix, the month and a comma before the year (a
    wording per day), "By ... in" with a Berbice village, "SEE ALSO:" (turned "More from
    the Corentyne Herald:"; up to twice), "ADVERTISEMENT" and photo-credit inserts, a news
    tip in Creole, a follow line turned six months of notices around the 2020 elections
    (results, court challenges, a national recount), the 2015 vote, the Republic's
    anniversary (Mashramani), Independence (the Golden Jubilee), Arrival and Emancipation
    Days with their counts and ordinals, Phagwah, Diwali and Eid, a bridge toll that rose,
    cover prices that rose, a fair-use disclaimer block, a views disclaimer naming the
    paper, a rights line, a rare sea-defence breach."""
    return PublisherStyle(
        domain="corentyneherald.gy", site="Corentyne Herald", base_size=430,
        subdomains=(("www.", 100),),
        sections=("berbice", "corentyne", "national", "regional", "sports", "letters"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "region": ("Berbice", "Corentyne", "Canje", "National", "Regional", "Sports",
                       "Letters"),
            "village": ("New Amsterdam", "Rose Hall", "Corriverton", "Skeldon",
                        "Fort Wellington", "Port Mourant", "Georgetown"),
            "foto": ("Corentyne Herald", "DPI", "Facebook", "GPF", "file photo"),
        },
        families=(
            _f("region", HEADER, 0.3, (_OLD, "{region}")),
            _f("dateline", HEADER, 0.75, *_by_day(_gy_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author} in {village}")),
            _f("seealso", MIDDLE, 0.35, (_OLD, "SEE ALSO: {other_title}"),
               (GY_LINKS.isoformat(), "More from the Corentyne Herald: {other_title}"),
               count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo credit: {foto}")),
            _f("tips", FOOTER, 0.25, (_OLD, "Yuh got news? Call or WhatsApp de newsroom pon "
                                            "333-5012.")),
            _f("banner", FOOTER, 0.3, *_gy_banner()),
            _f("toll", FOOTER, 0.15,
               (_OLD, "🌉 Berbice Bridge toll: G$2,000 for cars, G$2,800 for minibuses"),
               (GY_TOLL.isoformat(), "🌉 Berbice Bridge toll: G$2,200 for cars, G$3,200 for "
                                     "minibuses")),
            _f("price", FOOTER, 0.2, (_OLD, "Daily G$100 | Sunday G$200"),
               (GY_PRICE.isoformat(), "Daily G$120 | Sunday G$250")),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "DISCLAIMER")),
            _f("fair-use", FOOTER, 0.28,
               (_OLD, "Some images and quotations on this site are used under the fair-use "
                "doctrine for news reporting, comment and education. If you own the rights to "
                "any of them and want them removed, contact the editor.")),
            _f("views", FOOTER, 0.15,
               (_OLD, "The views expressed in letters and columns are those of the writers and "
                "do not necessarily reflect the views of the Corentyne Herald.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © {year} Corentyne Herald. All "
                                                 "rights reserved.")),
            _f("seawall", HEADER, 0.04,
               (_OLD, "⚠️ Sea defence breach on the Corentyne coast: residents urged to secure "
                "livestock and move to higher ground")),
        ),
    )


# --- a Cape Verdean Portuguese-language news site with Kriolu lines (Mindelo) ---------------------

CV_REDESIGN = dt.date(2017, 10, 2)  # the long date turned a numeric one with "16h35"
CV_FLIGHTS = dt.date(2017, 8, 1)  # inter-island flights passed to another airline
CV_PRICE = dt.date(2019, 1, 7)  # the print edition rose
CV_LINKS = dt.date(2019, 4, 1)  # "Veja também:" turned "➕ Mais notícias:"
CV_EURO = 110.265  # escudos per euro (the peg)

# Escudos per dollar as the site printed them.
CV_DOLLAR = ((_OLD, 93.41), ("2015-03-02", 101.85), ("2015-07-01", 99.58),
             ("2016-01-04", 101.42), ("2016-07-01", 99.33), ("2017-01-02", 105.12),
             ("2017-07-03", 96.75), ("2017-10-02", 93.62), ("2018-01-02", 91.87),
             ("2018-04-02", 89.54), ("2018-08-01", 94.3), ("2019-01-02", 96.45),
             ("2019-07-01", 97.01), ("2020-01-02", 98.41), ("2020-04-01", 100.64),
             ("2020-08-03", 93.54), ("2020-12-01", 92.45))


def _cv_dated(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} {{hora}}"


def _cv_banner() -> Wordings:
    base = _steps((_OLD, "Siga-nos no Facebook — nas ilhas e na diáspora, de Lisboa a "
                         "Roterdão e Boston"))
    news: list[Event] = [
        _span("2015-01-01", "2015-02-08", "🌋 Erupção no Fogo: apoio às famílias de Chã das "
                                          "Caldeiras"),
        _vote("2016-03-20", "🗳️ Legislativas 2016: resultados por círculo"),
        _vote("2016-09-04", "🗳️ Autárquicas 2016: resultados por concelho"),
        _vote("2016-10-02", "🗳️ Presidenciais 2016: resultados por ilha"),
        _span("2020-03-28", "2020-05-29", "😷 Estado de emergência: o que muda em São Vicente"),
        _vote("2020-10-25", "🗳️ Autárquicas 2020: resultados por concelho"),
    ]
    feasts = _yearly("07-05", 0, 0, lambda y: f"🇨🇻 5 de Julho: {y - 1975}.º aniversário da "
                                              f"Independência")
    feasts += _movable(carnival_tuesday, 3, 0, lambda y: f"🎭 Carnaval do Mindelo {y}: os "
                                                         f"grupos, os desfiles e os "
                                                         f"resultados")
    feasts += _movable(_listed(BAIA_DAS_GATAS), 0, 2, lambda y: f"🎶 Festival da Baía das "
                                                                f"Gatas {y}: o cartaz e os "
                                                                f"horários")
    feasts += _yearly("06-24", 1, 0, lambda _: "🥁 Festas de São João: kola san jon em Porto "
                                               "Novo")
    return _calendar(base, news, feasts)


def mindelo_style() -> PublisherStyle:
    """A Cape Verdean Portuguese-language news site with Kriolu lines (Mindelo): a section
    kicker, the weekday and the date in lower case, turned a numeric date with a time written
    "16h35" on the day of a redesign (a wording per day), "Por ..., em" with an island,
    "Veja também:" (turned "➕ Mais notícias:"; up to twice), a lower-case ad label and photo
    inserts, a source line, the euro's peg and the dollar's rate in escudos written with the
    cifrão as the decimal sign, a print price in escudos that rose, an inter-island flights
    line naming the airline of the day, a follow line naming the diaspora and turned the
    2015 eruption, four votes, the 2020 emergency, Independence with its Portuguese
    ordinal, the carnival, a music festival (none in 2020) and São João, a thank-you in
    Kriolu, a rights line, a rare dry-haze warning."""
    return PublisherStyle(
        domain="montecaranoticias.cv", site="Monte Cara Notícias", base_size=370,
        subdomains=(("www.", 100),),
        sections=("sociedade", "politica", "economia", "desporto", "cultura", "diaspora"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "seccao": ("Sociedade", "Política", "Economia", "Desporto", "Cultura", "Diáspora",
                       "Ilhas"),
            "hora": ("07h45", "10h20", "12h05", "15h30", "18h10", "21h55"),
            "ilha": ("São Vicente", "Santo Antão", "Santiago", "Sal", "São Nicolau",
                     "Boa Vista", "Fogo", "Brava", "Maio"),
            "foto": ("Inforpress", "Arquivo", "D.R.", "Monte Cara Notícias",
                     "Câmara Municipal de São Vicente"),
            "fonte": ("Inforpress", "RTC", "A Semana", "Expresso das Ilhas",
                      "Governo de Cabo Verde"),
        },
        families=(
            _f("seccao", HEADER, 0.3, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.8, *_by_day(_cv_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}, em {ilha}")),
            _f("leitura", HEADER, 0.25, (_OLD, "Tempo de leitura: {read_min} min")),
            _f("veja", MIDDLE, 0.35, (_OLD, "Veja também: {other_title}"),
               (CV_LINKS.isoformat(), "➕ Mais notícias: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "— publicidade —")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("fonte", FOOTER, 0.2, (_OLD, "Fonte: {fonte}")),
            _f("cambio", FOOTER, 0.25,
               *((start, f"💶 Câmbio: 1 EUR = {escudos(CV_EURO)} | 1 USD = {escudos(usd)}")
                 for start, usd in CV_DOLLAR)),
            _f("preco", FOOTER, 0.2,
               (_OLD, f"Edição impressa: {escudos(100)} nas bancas do Mindelo e da Praia"),
               (CV_PRICE.isoformat(), f"Edição impressa: {escudos(150)} nas bancas do Mindelo "
                                      f"e da Praia")),
            _f("voos", FOOTER, 0.15,
               (_OLD, "✈️ Voos inter-ilhas: consulte os horários da TACV antes de viajar"),
               (CV_FLIGHTS.isoformat(), "✈️ Voos inter-ilhas: consulte os horários da Binter "
                                        "CV antes de viajar")),
            _f("siga", FOOTER, 0.3, *_cv_banner()),
            _f("kriolu", FOOTER, 0.15, (_OLD, "Obrigadu pa bu leitura! Partilha ku bus amigu.")),
            _f("direitos", FOOTER, 0.45,
               (_OLD, "© {year} Monte Cara Notícias – Todos os direitos reservados")),
            _f("bruma", HEADER, 0.04,
               (_OLD, "🌫️ Bruma seca: voos para São Vicente e Sal podem sofrer atrasos")),
        ),
    )


# --- a Réunion French-language news site with Creole lines (Saint-Pierre) -------------------------

RE_LINKS = dt.date(2018, 3, 5)  # "À lire également :" turned the Creole "👉 Lir osi :"

# Eruptions of the Piton de la Fournaise the banner followed (first day, last day).
RE_ERUPTIONS = (("2015-02-04", "2015-02-15"), ("2015-05-17", "2015-05-30"),
                ("2015-07-31", "2015-08-02"), ("2015-08-24", "2015-10-31"),
                ("2016-05-26", "2016-05-27"), ("2016-09-11", "2016-09-18"),
                ("2017-01-31", "2017-02-27"), ("2017-07-14", "2017-08-28"),
                ("2018-04-03", "2018-04-04"), ("2018-04-27", "2018-06-01"),
                ("2018-07-13", "2018-07-14"), ("2018-09-15", "2018-11-01"),
                ("2019-02-18", "2019-03-10"), ("2019-06-11", "2019-06-13"),
                ("2019-07-29", "2019-07-30"), ("2019-08-11", "2019-08-15"),
                ("2019-10-25", "2019-10-27"), ("2020-02-10", "2020-02-16"),
                ("2020-04-02", "2020-04-06"), ("2020-12-07", "2020-12-08"))


def _re_dated(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return (f"{FRENCH_WEEKDAYS[day.weekday()]} {first} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} - {{heure}}")


def _re_banner() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous à notre lettre d'information : l'actu du Sud chaque "
                         "matin"))
    news: list[Event] = [
        _span("2017-02-05", "2017-02-08", "🌀 Cyclone Carlos : alerte orange, les écoles "
                                          "restent fermées"),
        _span("2018-01-17", "2018-01-19", "🌀 Berguitta : alerte rouge, confinement "
                                          "obligatoire"),
        _span("2018-03-03", "2018-03-05", "🌀 Dumazile : alerte orange, restez chez vous"),
        _span("2018-04-24", "2018-04-25", "🌀 Fakir : alerte rouge, n'allez pas sur les "
                                          "routes"),
        _span("2018-11-17", "2018-11-30", "🚧 Gilets jaunes : couvre-feu et état des routes"),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : attestation et horaires des "
                                          "commerces"),
    ]
    eruptions = [_span(first, last, "🌋 Éruption en cours au Piton de la Fournaise : "
                                     "l'enclos est fermé au public")
                 for first, last in RE_ERUPTIONS]
    feasts = _yearly("12-20", 0, 0, lambda y: f"✊🏾 20 Désanm : {y - 1848} an labolisyon "
                                              f"lesklavaj")
    feasts += _yearly("01-01", 1, 0, lambda _: "🎆 Bone année é bone santé ! Bonane !",
                      years=range(2015, 2022))
    return _calendar(base, news, eruptions, feasts)


def saintpierre_style() -> PublisherStyle:
    """A Réunion French-language news site with Creole lines (Saint-Pierre): a rubric
    kicker, the French weekday and date ("1er" on the first) with a time written "14h32"
    (a wording per day), "name / commune", "À lire également :" (turned the Creole "👉 Lir
    osi :"; up to twice), "- Annonce -" and "©" photo credits, a prefectoral shark-risk
    bathing ban, a newsletter line turned four cyclone alerts, the 2018 road blocks, the
    2020 lockdown, twenty eruptions of the volcano, the abolition of slavery with its count
    and New Year in Creole, a thank-you in Creole, a rights line, a rare swell warning."""
    return PublisherStyle(
        domain="lesudiste.re", site="Le Sudiste", base_size=310,
        subdomains=(("www.", 100),),
        sections=("sud", "faits-divers", "politique", "societe", "sport", "kiltir"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Sud", "Faits divers", "Politique", "Société", "Sport", "Kiltir",
                         "Océan Indien"),
            "heure": ("06h15", "08h40", "11h05", "14h32", "17h50", "20h25"),
            "commune": ("Saint-Pierre", "Le Tampon", "Saint-Joseph", "Saint-Louis",
                        "Petite-Île", "Saint-Philippe", "Entre-Deux"),
            "credit": ("Imaz Press", "DR", "Le Sudiste", "OVPF-IPGP",
                       "Préfecture de La Réunion", "Photo lecteur"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_re_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "{author} / {commune}")),
            _f("reagir", HEADER, 0.2, (_OLD, "Réagir ({count})")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire également : {other_title}"),
               (RE_LINKS.isoformat(), "👉 Lir osi : {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.3, (_OLD, "- Annonce -")),
            _f("credit", MIDDLE, 0.25, (_OLD, "© {credit}")),
            _f("requin", FOOTER, 0.2,
               (_OLD, "🦈 Risque requin : baignade et activités nautiques interdites hors des "
                "zones surveillées (arrêté préfectoral).")),
            _f("alerte", FOOTER, 0.3, *_re_banner()),
            _f("kreol", FOOTER, 0.15, (_OLD, "Mersi pou lir anou ! Partaz lartik si "
                                             "Facebook.")),
            _f("droits", FOOTER, 0.45,
               (_OLD, "Le Sudiste © {year} – Toute reproduction, même partielle, est interdite "
                "sans autorisation.")),
            _f("houle", HEADER, 0.04,
               (_OLD, "🌊 Alerte houle : baignade interdite de Saint-Pierre à Saint-Philippe")),
        ),
    )


# --- an El Alto Spanish-language news site with Aymara lines (Bolivia) ----------------------------

BO_REDESIGN = dt.date(2019, 1, 7)  # the town-and-date line turned "Publicado:" with a time

# Cable-car lines in service over the city, as the site counted them.
BO_CABLE = ((_OLD, 3), ("2017-03-03", 4), ("2017-09-25", 6), ("2018-03-23", 7),
            ("2018-09-24", 8), ("2019-03-09", 10))
BO_QUARANTINE = (dt.date(2020, 3, 22), dt.date(2020, 6, 1))


def _bo_dated(day: dt.date) -> str:
    if day < BO_REDESIGN:
        return (f"El Alto, {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year} "
                f"({andean_year(day)} del calendario aymara)")
    return (f"Publicado: {day.day:02d}/{day.month:02d}/{day.year} {{time}} · Año aymara "
            f"{andean_year(day)}")


def _bo_cable(day: dt.date) -> str:
    if BO_QUARANTINE[0] <= day < BO_QUARANTINE[1]:
        return "🚡 Mi Teleférico: servicio suspendido por la cuarentena"
    lines = [n for start, n in BO_CABLE if start <= day.isoformat()][-1]
    return f"🚡 Mi Teleférico: {lines} líneas en servicio, de 6:00 a 23:00"


def _bo_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook y compártenos con tu familia"))
    news: list[Event] = [
        _vote("2016-02-21", "🗳️ Referéndum 21F: resultados en los distritos de El Alto"),
        _vote("2019-10-20", "🗳️ Elecciones 2019: resultados de El Alto", after=0),
        _span("2019-10-21", "2019-11-25", "⚠️ Crisis: bloqueos, marchas y abastecimiento en El "
                                          "Alto"),
        (BO_QUARANTINE[0], BO_QUARANTINE[1], "😷 Cuarentena: horarios de mercados y transporte "
                                             "en El Alto"),
        _vote("2020-10-18", "🗳️ Elecciones 2020: dónde votar en El Alto"),
    ]
    feasts = _yearly("01-24", 0, 2, lambda y: f"🪙 Alasitas {y}: ¡Jallalla la feria de las "
                                              f"miniaturas!")
    feasts += _yearly("03-06", 0, 0, lambda y: f"🎉 El Alto cumple {y - 1985} años")
    feasts += _yearly("06-21", 1, 0, lambda y: f"🌄 ¡Jallalla Machaq Mara {y + 3508}!")
    return _calendar(base, news, feasts)


def elalto_style() -> PublisherStyle:
    """An El Alto Spanish-language news site with Aymara lines (Bolivia): an Aymara greeting
    naming the site, "El Alto," with the date and the Aymara year (which turns on 21 June),
    turned "Publicado:" with a numeric date, a time and the year on the day of a redesign
    (a wording per day), "Por:" with the writer and a district, "Te recomendamos:" (up to
    twice), an ad label and photo credits after a camera, a source line, the cable-car
    network's line count as lines opened (suspended during the quarantine), a follow line
    turned three votes, the 2019 crisis, the 2020 quarantine, the miniatures fair, the
    city's anniversary with its count and the Aymara New Year with the new year's number, a
    thank-you in Aymara, a rights line allowing reproduction, a rare hailstorm."""
    return PublisherStyle(
        domain="qhananoticias.com.bo", site="Qhana Noticias", base_size=250,
        subdomains=(("www.", 100),),
        sections=("el-alto", "bolivia", "economia", "deportes", "cultura", "opinion"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "distrito": ("Distrito 1", "Distrito 3", "Distrito 8", "Ciudad Satélite",
                         "Villa Adela", "Senkata", "Río Seco"),
            "foto": ("Qhana Noticias", "ABI", "Archivo", "APG", "Redes sociales"),
            "fuente": ("ABI", "ANF", "Erbol", "Radio Pachamama",
                       "Gobierno Autónomo Municipal de El Alto"),
        },
        families=(
            _f("kamisaki", HEADER, 0.2, (_OLD, "Kamisaki! Bienvenidos a Qhana Noticias")),
            _f("fecha", HEADER, 0.8, *_by_day(_bo_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por: {author} / {distrito}")),
            _f("recomendamos", MIDDLE, 0.35, (_OLD, "Te recomendamos: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "Espacio publicitario")),
            _f("foto", MIDDLE, 0.25, (_OLD, "📸 {foto}")),
            _f("fuente", FOOTER, 0.25, (_OLD, "Fuente: {fuente}")),
            _f("teleferico", FOOTER, 0.2, *_by_day(_bo_cable)),
            _f("aviso", FOOTER, 0.3, *_bo_notice()),
            _f("yuspagara", FOOTER, 0.15, (_OLD, "¡Jallalla! Yuspagarapxsmawa por leernos.")),
            _f("derechos", FOOTER, 0.4,
               (_OLD, "© {year} Qhana Noticias — Comunicación alteña. Se permite la "
                "reproducción citando la fuente.")),
            _f("granizo", HEADER, 0.04,
               (_OLD, "🌨️ Granizada en El Alto: calles anegadas en Villa Adela y Ciudad "
                "Satélite")),
        ),
    )


# --- a Sammarinese Italian-language news site (San Marino) ----------------------------------------

SM_EDITOR = dt.date(2019, 1, 1)  # a new editor
SM_PRICE = dt.date(2020, 1, 1)  # the yearly subscription rose

# The two Captains Regent, installed each 1 April and 1 October (names made up).
SM_REGENTS = (("2014-10-01", "Lorenzo Mularoni", "Silvia Beccari"),
              ("2015-04-01", "Andrea Casali", "Marino Ugolini"),
              ("2015-10-01", "Paola Righi", "Giovanni Stefanelli"),
              ("2016-04-01", "Luca Bevitori", "Marina Forcellini"),
              ("2016-10-01", "Enrico Guidi", "Francesca Giardi"),
              ("2017-04-01", "Matteo Michelotti", "Anna Valentini"),
              ("2017-10-01", "Roberto Selva", "Chiara Tamagnini"),
              ("2018-04-01", "Davide Canti", "Elena Francini"),
              ("2018-10-01", "Stefano Montanari", "Giulia Ceccoli"),
              ("2019-04-01", "Federico Renzi", "Laura Belluzzi"),
              ("2019-10-01", "Simone Muccioli", "Alessandra Gasperoni"),
              ("2020-04-01", "Marco Zanotti", "Valentina Terenzi"),
              ("2020-10-01", "Nicola Bollini", "Sara Mazza"))


def regents(day: dt.date) -> tuple[str, str]:
    """The two Captains Regent in office on `day`."""
    _, a, b = [r for r in SM_REGENTS if r[0] <= day.isoformat()][-1]
    return a, b


def _sm_dated(day: dt.date) -> str:
    first = "1°" if day.day == 1 else str(day.day)
    return (f"{ITALIAN_WEEKDAYS[day.weekday()]} {first} {ITALIAN_MONTHS[day.month - 1]} "
            f"{day.year} | Anno {day.year - 301} d.F.R.")


def _sm_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook e Instagram: La Voce del Titano"))
    news: list[Event] = [
        _vote("2016-11-20", "🗳️ Elezioni politiche 2016: i risultati", after=0),
        _vote("2016-12-04", "🗳️ Ballottaggio 2016: come si vota", before=5, after=0),
        _vote("2019-12-08", "🗳️ Elezioni politiche 2019: i risultati", after=0),
        _span("2020-03-14", "2020-05-04", "😷 Coronavirus: le misure del decreto e i numeri "
                                          "dell'ISS"),
    ]
    feasts = _yearly("02-05", 0, 0, lambda y: f"🛡️ Sant'Agata: {y - 1740}° anniversario della "
                                              f"liberazione dall'occupazione alberoniana")
    feasts += _yearly("03-25", 0, 0, lambda y: f"📜 Festa dell'Arengo: {y - 1906} anni "
                                              f"dall'Arengo del 1906")
    feasts += _yearly("09-03", 0, 0, lambda _: "🏰 3 settembre: festa di San Marino e della "
                                               "fondazione della Repubblica")
    feasts += [(_day(start), _day(start, 1), f"🎖️ Oggi l'insediamento dei Capitani Reggenti "
                                             f"{a} e {b}")
               for start, a, b in SM_REGENTS[1:]]
    return _calendar(base, news, feasts)


def titano_style() -> PublisherStyle:
    """A Sammarinese Italian-language news site: a category kicker, the capitalised Italian
    weekday and date ("1°" on the first) with the year counted from the republic's
    foundation (a wording per day), "di" with the writer, "POTREBBE INTERESSARTI ▸", an ad
    label and photo inserts, a follow line turned three votes, the 2020 decree, Sant'Agata
    and the Arengo with their counts, the feast of the foundation and the installation of
    the Captains Regent with their names, the two Captains Regent in office (new ones each
    April and October), a registration and editor block (a new editor from 2019), a
    subscription that rose, a rights line, a rare cable-car stop."""
    return PublisherStyle(
        domain="vocedeltitano.sm", site="La Voce del Titano", base_size=200,
        subdomains=(("www.", 100),),
        sections=("attualita", "politica", "economia", "cronaca", "sport", "cultura"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "categoria": ("Attualità", "Politica", "Economia", "Cronaca", "Sport", "Cultura",
                          "Castelli"),
            "foto": ("Bonelli", "archivio", "Segreteria di Stato", "Dire", "La Voce del "
                                                                           "Titano"),
        },
        families=(
            _f("categoria", HEADER, 0.3, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.8, *_by_day(_sm_dated)),
            _f("firma", HEADER, 0.45, (_OLD, "di {author}")),
            _f("interessa", MIDDLE, 0.3, (_OLD, "POTREBBE INTERESSARTI ▸ {other_title}")),
            _f("inserzione", MIDDLE, 0.25, (_OLD, "Inserzione pubblicitaria")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto {foto}")),
            _f("avvisi", FOOTER, 0.3, *_sm_notice()),
            _f("reggenza", FOOTER, 0.25,
               *_by_day(lambda day: "Reggenza: Ecc.mi Capitani Reggenti {} e {}".format(
                   *regents(day)))),
            _f("registrazione", FOOTER, 0.35,
               (_OLD, "Testata registrata presso la Segreteria di Stato per gli Affari Interni "
                "al n. 42/2009")),
            _f("direttore", FOOTER, 0.33, (_OLD, "Direttore responsabile: Carla Bizzocchi"),
               (SM_EDITOR.isoformat(), "Direttore responsabile: Michele Guidi")),
            _f("abbonamento", FOOTER, 0.15,
               (_OLD, "Abbonati a La Voce del Titano digitale: 39 € l'anno"),
               (SM_PRICE.isoformat(), "Abbonati a La Voce del Titano digitale: 49 € l'anno")),
            _f("diritti", FOOTER, 0.45, (_OLD, "© {year} La Voce del Titano – Riproduzione "
                                               "riservata")),
            _f("funivia", HEADER, 0.04,
               (_OLD, "🚡 Funivia ferma per manutenzione: bus navetta tra Borgo Maggiore e "
                "Città")),
        ),
    )


# --- a Marshall Islands English-language news site with Marshallese lines (Majuro) ----------------

def manit_day(y: int) -> dt.date:
    """Manit (custom) Day: the last Friday of September."""
    return nth_weekday(y, 9, 4, -1)


def gospel_day(y: int) -> dt.date:
    """Gospel Day: the first Friday of December."""
    return nth_weekday(y, 12, 4, 1)


def fishermens_day(y: int) -> dt.date:
    """Fishermen's Day: the first Friday of July."""
    return nth_weekday(y, 7, 4, 1)


def _mh_dated(day: dt.date) -> str:
    eve = day - dt.timedelta(days=1)
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} ({ENGLISH_WEEKDAYS[eve.weekday()]}, {ENGLISH_MONTHS[eve.month - 1]} "
            f"{eve.day} in Honolulu)")


MH_TIDES = _seasonal(
    ("01-15", "🌊 King tide season: tides over 6 feet expected; keep clear of the ocean-side "
              "sea walls"),
    ("03-20", "Report sea wall damage to the Majuro Atoll Local Government on 625-5012"),
    ("10-20", "🌊 King tides this month: secure boats and belongings along the lagoon and the "
              "ocean side"),
    ("11-20", "Report sea wall damage to the Majuro Atoll Local Government on 625-5012"),
)


def _mh_notice() -> Wordings:
    base = _steps((_OLD, "Like the Majuro Lagoon Post on Facebook"))
    news: list[Event] = [
        _vote("2015-11-16", "🗳️ Nitijela election 2015: results from all 24 districts",
              after=3),
        _span("2016-03-05", "2016-04-30", "🚱 Drought emergency: water hours Tuesday and "
                                          "Saturday only"),
        _span("2019-07-01", "2019-08-19", "🦟 Dengue outbreak: empty standing water and see a "
                                          "doctor for any fever"),
        _vote("2019-11-18", "🗳️ Nitijela election 2019: results from all 24 districts",
              after=3),
        _span("2020-03-08", "2020-03-31", "🛬 Travel ban: no inbound passengers until further "
                                          "notice"),
    ]
    feasts = _yearly("03-01", 0, 0, lambda y: f"🕯️ Nuclear Victims Remembrance Day: {y - 1954} "
                                              f"years since Bravo")
    feasts += _yearly("05-01", 0, 0, lambda y: f"🇲🇭 Happy {ordinal(y - 1979)} Constitution "
                                              f"Day!")
    feasts += _movable(fishermens_day, 0, 0, lambda _: "🎣 Happy Fishermen's Day! Good luck "
                                                       "at the tournament")
    feasts += _movable(manit_day, 0, 0, lambda _: "🌺 Happy Manit Day! Celebrate Marshallese "
                                                  "custom and culture")
    feasts += _movable(gospel_day, 0, 0, lambda _: "⛪ Happy Gospel Day! Jepta dancing at the "
                                                   "churches all weekend")
    return _calendar(base, news, feasts)


def majuro_style() -> PublisherStyle:
    """A Marshall Islands English-language news site with Marshallese lines (Majuro): a
    greeting naming the site, the weekday and the date with the date it still is in
    Honolulu across the date line (a wording per day), an atoll dateline with "RMI —",
    "Story by", a read-also naming the site, photo inserts, the field-trip ship's sailing to
    the outer islands, a line by season (king tides twice a year), a follow line turned two
    votes, the 2016 drought, the 2019 dengue outbreak, the 2020 travel ban, the nuclear
    victims' day and Constitution Day with their counts, three custom days on a Friday of
    their month, a thank-you in Marshallese, a price line for Majuro and the outer islands,
    a rights line with the postal address, a rare water-rationing line."""
    return PublisherStyle(
        domain="majurolagoonpost.com", site="Majuro Lagoon Post", base_size=160,
        subdomains=(("www.", 100),),
        sections=("local", "pacific", "outer-islands", "sports", "health", "opinion"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "atoll": ("Majuro", "Ebeye, Kwajalein", "Jaluit", "Wotje", "Arno", "Likiep",
                      "Enewetak"),
            "photo": ("Kalora Lemari", "Jabez Anjain", "RMI Government", "File",
                      "Ministry of Health and Human Services"),
            "ship": ("MV Lometo", "MV Jebro", "MV Lijeron"),
            "route": ("northern atolls", "southern atolls", "Ralik chain", "Ratak chain"),
        },
        families=(
            _f("iakwe", HEADER, 0.25, (_OLD, "Iakwe! Welcome to the Majuro Lagoon Post")),
            _f("date", HEADER, 0.75, *_by_day(_mh_dated)),
            _f("dateline", HEADER, 0.4, (_OLD, "{atoll} Atoll, RMI —")),
            _f("byline", HEADER, 0.45, (_OLD, "Story by {author}")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also in the Majuro Lagoon Post: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("field-trip", FOOTER, 0.2,
               (_OLD, "🚢 Field trip: {ship} departs Uliga dock for the {route} this week")),
            _f("tides", FOOTER, 0.25, *_by_day(MH_TIDES)),
            _f("notice", FOOTER, 0.3, *_mh_notice()),
            _f("kommol", FOOTER, 0.15, (_OLD, "Kommol tata for reading!")),
            _f("price", FOOTER, 0.2,
               (_OLD, "Single copy $1.00 on Majuro | $1.50 on Ebeye and the outer islands")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} Majuro Lagoon Post · Delap, Majuro, Republic of the Marshall "
                "Islands 96960")),
            _f("water", HEADER, 0.04,
               (_OLD, "🚱 MWSC: water hours cut to Tuesday and Saturday as the reservoir "
                "drops")),
        ),
    )


# --- a Norfolk Island community weekly's site with Norf'k lines -----------------------------------

NF_COUNCIL = dt.date(2016, 7, 1)  # the island's Administration gave way to a Regional Council
NF_FLIGHTS = dt.date(2018, 3, 26)  # the airline and the mainland ports changed


def _nf_dated(day: dt.date) -> str:
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}")


def thanksgiving_nf(y: int) -> dt.date:
    """Norfolk Island's Thanksgiving: the last Wednesday of November."""
    return nth_weekday(y, 11, 2, -1)


def _nf_banner() -> Wordings:
    base = _steps((_OLD, "Send your news and photos to the Anson Bay Bulletin by Wednesday "
                         "noon"))
    news: list[Event] = [
        _vote("2016-05-28", "🗳️ Regional Council election: the candidates and how to vote"),
        _vote("2016-07-02", "🗳️ Federal election: the island votes in Canberra's electorate "
                            "for the first time"),
        _vote("2019-05-18", "🗳️ Federal election: where to vote on the island"),
        _span("2020-03-17", "2020-06-30", "😷 State of emergency: the island is closed to "
                                          "visitors"),
    ]
    feasts = _yearly("03-06", 0, 0, lambda y: f"🏴 Anniversary Day: {y - 1788} years since the "
                                              f"first settlement")
    feasts += _yearly("06-08", 0, 0, lambda y: f"⚓ Bounty Day: {ordinal(y - 1856)} anniversary "
                                              f"of the Pitcairners' arrival")
    feasts += _movable(thanksgiving_nf, 0, 0, lambda _: "🌽 Thanksgiving at All Saints: bring "
                                                        "your fruit and vegetables")
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Merry Christmas from the Anson Bay "
                                               "Bulletin")
    return _calendar(base, news, feasts)


def norfolk_style() -> PublisherStyle:
    """A Norfolk Island community weekly's site with Norf'k lines: a Norf'k greeting, the
    weekday and the date (a wording per day), "Contributed by", "Also this week:" and photo
    inserts, a notices heading and an office line naming the island's Administration, then
    its Regional Council (as a block), a church-services block, a flights line naming the
    airline of the day, a news-deadline line turned three votes and the 2020 emergency, two
    anniversaries with their counts and ordinals, Thanksgiving on the last Wednesday of
    November and Christmas, a donation appeal with amounts and a bank code, a rights line
    with the postcode, a rare total fire ban."""
    return PublisherStyle(
        domain="ansonbaybulletin.nf", site="Anson Bay Bulletin", base_size=120,
        subdomains=(("www.", 100),),
        sections=("island-news", "council", "sport", "community", "letters", "tourism"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "photo": ("Anson Bay Bulletin", "Norfolk Island Regional Council", "supplied",
                      "Norfolk Island Museum"),
        },
        families=(
            _f("watawieh", HEADER, 0.3, (_OLD, "Watawieh all yorlyi!")),
            _f("date", HEADER, 0.7, *_by_day(_nf_dated)),
            _f("byline", HEADER, 0.35, (_OLD, "Contributed by {author}")),
            _f("also", MIDDLE, 0.2, (_OLD, "Also this week: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("notices", FOOTER, 0.35, (_OLD, "Notices from the Norfolk Island Administration"),
               (NF_COUNCIL.isoformat(), "Notices from the Norfolk Island Regional Council")),
            _f("office", FOOTER, 0.33,
               (_OLD, "Administration offices, New Cascade Road: phone 22001"),
               (NF_COUNCIL.isoformat(), "Council customer care, New Cascade Road: phone 22001")),
            _f("services", FOOTER, 0.3, (_OLD, "Church services this Sunday")),
            _f("service-times", FOOTER, 0.3,
               (_OLD, "All Saints, Kingston 9.30am · Uniting Church, Middlegate 10am · St "
                "Philip Howard 8am")),
            _f("flights", FOOTER, 0.2,
               (_OLD, "✈️ Air New Zealand flights from Auckland on Tuesdays and Saturdays"),
               (NF_FLIGHTS.isoformat(), "✈️ QantasLink flights from Brisbane and Sydney")),
            _f("banner", FOOTER, 0.25, *_nf_banner()),
            _f("donate", FOOTER, 0.15,
               (_OLD, "Keep the Anson Bay Bulletin independent: chip in $5 or $10 at the "
                "Bulletin box in Burnt Pine, or by transfer to BSB 062-000.")),
            _f("copyright", FOOTER, 0.35,
               (_OLD, "© {year} Anson Bay Bulletin, Burnt Pine, Norfolk Island 2899")),
            _f("fire", HEADER, 0.04,
               (_OLD, "🔥 Total fire ban in force today: no open burning anywhere on the "
                "island")),
        ),
    )


def heldout54_styles() -> list[PublisherStyle]:
    """The held-back-54 styles, in the order the generator hands them to publishers."""
    return [
        ponce_style(), mukalla_style(), udupi_style(), manzini_style(), binondo_style(),
        berbice_style(), mindelo_style(), saintpierre_style(), elalto_style(), titano_style(),
        majuro_style(), norfolk_style(),
    ]
