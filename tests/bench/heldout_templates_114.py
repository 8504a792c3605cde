"""The ``held-back-114`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-112 set. It was
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
network footer. The publishers are sports media around the world, large and small: a Spanish
sports daily in Madrid, a German football club's own site, an English county cricket club, a
Hindi cricket site in Delhi, a Korean e-sports news site in Seoul, a Japanese J.League club,
an Egyptian football site in Arabic, an Italian motorsport magazine near Monza, a French
cycling magazine of the Pyrenees, a Brazilian amateur football weekly in Sao Paulo, a Russian
ice hockey club in Siberia and a small Irish and English Gaelic games club. The families are
the kinds a crawl of such sites holds: dates localised day by day in Spanish (with the
Spanish summer and winter time), German with the season, English, Hindi (later in Devanagari
digits), Korean, Japanese, Arabic (later in Arabic-Indic digits), Italian, French,
Portuguese, Russian and Irish with English (several changing form on the day of a redesign),
lines that turn every day, every week or every month (a league's round by the week with its
sponsor's name, a club shop's hours by weekday and holiday, a training schedule by weekday
and break, a Tour de France countdown and stage of the day, a club lotto's draw and rolling
jackpot, a podcast's episodes, members' bulletins, weekly schedules, supplements and
editions with their running numbers, a monthly magazine's volume and issue), the seasons of
winter breaks, county cricket, splits, the J.League, mountain passes, the KHL and Gaelic
games, bylines and datelines of many shapes, kickers, read-also and related links (some up
to two times), photo credits, agency sources, a cross-post line, fair-use and copyright
lines, a registration line, an age rating, membership, season-ticket, fan-club, lotto,
newsletter, app and social appeals, prices in euros, pounds, rupees, yen, Egyptian pounds,
reais and roubles (several rising over the years or by season), notices reworded in
2016-2020, notices that follow the region's calendars (votes in Spain, Korea, Egypt, Italy,
France, Brazil and Russia, the World Cups of 2018 and of cricket in 2015 and 2019, a World
Twenty20, the Ashes, the Euro, the Africa Cup of Nations in Egypt, the 2018 Worlds in Korea,
the IPL by its dates (in the Emirates in 2020), Grands Prix at Monza, Mugello and Imola, the
Mugello MotoGP, the Milan motorcycle show, Paris-Roubaix, the All-Ireland finals, Carnival
and Rosenmontag, Holi, Diwali, Seollal and Chuseok, Ramadan and the Eids, St Patrick's Day,
independence, victory and October days and clubs' birthdays with their counts, the 2020
suspensions, empty stadiums, lockdowns and restarts, events called off in 2020), multi-line
blocks, mid-body inserts, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    digits,
    iso_day,
    nth_or_last_weekday,
)
from tests.bench.heldout_calendar import family as _f
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
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
HINDI_MONTHS = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                "अक्टूबर", "नवंबर", "दिसंबर")
HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
DEVANAGARI_ZERO = "\u0966"
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
EGYPTIAN_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ARABIC_ZERO = "\u0660"
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                    "domenica")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira",
                       "Sexta-feira", "Sábado", "Domingo")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
IRISH_MONTHS = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil",
                "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig")
IRISH_WEEKDAYS = ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine",
                  "Dé Sathairn", "Dé Domhnaigh")


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


def months_since(day: dt.date) -> int:
    """Whole months from January 2015 to `day`'s month (0 in January 2015)."""
    return (day.year - 2015) * 12 + day.month - 1


def season_label(day: dt.date, start_month: int = 7) -> str:
    """The football or hockey season `day` falls in ("2018/19"), turning on the first of
    `start_month`."""
    first = day.year if day.month >= start_month else day.year - 1
    return f"{first}/{(first + 1) % 100:02d}"


# --- a Spanish sports daily (Madrid) ---------------------------------------------------------

ES_REDESIGN = dt.date(2017, 8, 18)  # relaunched on the first day of the 2017/18 league
ES_APP = dt.date(2018, 2, 5)
ES_PAYWALL = dt.date(2019, 10, 1)
ES_SPONSOR = dt.date(2016, 7, 1)  # the league took its new sponsor's name

LALIGA = {2014: ("2014-08-23", "2015-05-23"), 2015: ("2015-08-21", "2016-05-15"),
          2016: ("2016-08-19", "2017-05-21"), 2017: ("2017-08-18", "2018-05-20"),
          2018: ("2018-08-17", "2019-05-19"), 2019: ("2019-08-16", "2020-07-19"),
          2020: ("2020-09-12", "2021-05-23")}
LALIGA_PAUSE = (dt.date(2020, 3, 12), dt.date(2020, 6, 11))  # suspended, back


def summer_time(day: dt.date) -> bool:
    """Whether Central European Summer Time is in force on `day` (from the last Sunday of
    March to the day before the last Sunday of October)."""
    return (nth_or_last_weekday(day.year, 3, 6, -1) <= day
            < nth_or_last_weekday(day.year, 10, 6, -1))


def league_round(day: dt.date) -> int | None:
    """The round of the Spanish league `day`'s pages announce (a made-up count: one round a
    week from the Monday before the first weekend, turning on Mondays, at most 38; after the
    2020 pause one round every four days; 0 while it was suspended; None between seasons)."""
    for first, last in LALIGA.values():
        start, end = latest(iso_day(first), 0), iso_day(last)
        if not start <= day <= end:
            continue
        if start < LALIGA_PAUSE[0] <= day:
            if day < LALIGA_PAUSE[1]:
                return 0
            frozen = 1 + (latest(LALIGA_PAUSE[0], 0) - start).days // 7
            return min(38, frozen + 1 + (day - LALIGA_PAUSE[1]).days // 4)
        return min(38, 1 + (latest(day, 0) - start).days // 7)
    return None


def _es_round(day: dt.date) -> str:
    league = "Liga BBVA" if day < ES_SPONSOR else "LaLiga Santander"
    number = league_round(day)
    if number is None:
        return f"⚽ {league} · Pretemporada y mercado de fichajes"
    if number == 0:
        return f"⚽ {league} · Competición suspendida"
    return f"⚽ {league} · Jornada {number}"


def _es_dated(day: dt.date) -> str:
    if day < ES_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}h"
    zone = "CEST" if summer_time(day) else "CET"
    return (f"Actualizado {SPANISH_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{SPANISH_MONTHS[day.month - 1]} {day.year}, {{time}} {zone}")


def _es_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter, Facebook e Instagram: @DiarioGoleada"),
                  (ES_APP.isoformat(), "📲 Descarga la app de Diario Goleada: resultados en "
                                       "directo y alertas de cada gol"))
    news: list[Event] = [
        _vote("2015-12-20", "🗳️ 20-D: sigue la noche electoral en nuestra web hermana de "
                            "actualidad", before=2, after=0),
        _vote("2016-06-26", "🗳️ 26-J: sigue la noche electoral en nuestra web hermana de "
                            "actualidad", before=2, after=0),
        _vote("2019-04-28", "🗳️ 28-A: sigue la noche electoral en nuestra web hermana de "
                            "actualidad", before=2, after=0),
        _vote("2019-11-10", "🗳️ 10-N: sigue la noche electoral en nuestra web hermana de "
                            "actualidad", before=2, after=0),
        _span("2016-06-10", "2016-07-10", "🇪🇸 Eurocopa 2016: toda la actualidad de la "
                                          "Selección desde Francia"),
        _span("2018-06-14", "2018-07-15", "🏆 Mundial de Rusia 2018: el día a día de la "
                                          "Selección, minuto a minuto"),
        _span("2020-03-12", "2020-06-10", "🦠 El deporte se para: todas las competiciones "
                                          "aplazadas por el coronavirus"),
        _span("2020-06-11", "2020-07-19", "🔁 Vuelve LaLiga: once jornadas a puerta cerrada "
                                          "en cinco semanas"),
    ]
    feasts = _yearly("01-05", 1, 0, lambda _: "👑 Feliz día de Reyes a todos nuestros "
                                              "lectores")
    feasts += _yearly("12-31", 0, 0, lambda y: f"🎉 Feliz {y + 1}: gracias por leernos")
    return _calendar(base, news, feasts)


def goleada_style() -> PublisherStyle:
    """A Spanish sports daily (Madrid): a section kicker, the slashed date with the hour
    turned the long date with the Spanish summer or winter time on the first day of the
    2017/18 league (a wording per day), the signature with a city, the league's round by the
    week with its sponsor's new name from 2016 (suspended and run every four days in 2020),
    "Te puede interesar" up to twice, a photo credit from a pool of agencies, an agency's
    source line, a rare cross-post from the print edition, a social line turned an app appeal
    and turned by four general elections, the Euro, the World Cup, the 2020 suspension and
    restart, Kings' Day and New Year, a free club turned a subscription at a price rising in
    2020, a reproduction notice and a copyright line (a block), a rare live tag and a rare
    correction."""
    return PublisherStyle(
        domain="diariogoleada.es", site="Diario Goleada", base_size=250,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("futbol", "baloncesto", "motor", "tenis", "ciclismo", "mas-deportes"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "seccion": ("Fútbol", "LaLiga", "Champions", "Baloncesto", "Motor", "Tenis",
                        "Ciclismo", "Más deportes"),
            "ciudad": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"),
            "agencia": ("EFE", "Europa Press", "AFP", "Reuters", "Diario Goleada"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_es_dated)),
            _f("firma", HEADER, 0.6, (_OLD, "{author}"),
               (ES_REDESIGN.isoformat(), "{author} | {ciudad}")),
            _f("jornada", HEADER, 0.25, *_by_day(_es_round)),
            _f("directo", HEADER, 0.05, (_OLD, "🔴 EN DIRECTO")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {agencia}")),
            _f("fuente", FOOTER, 0.2, (_OLD, "Con información de {agencia}")),
            _f("impresa", FOOTER, 0.08, (_OLD, "Este artículo se publicó originalmente en la "
                                               "edición impresa de Diario Goleada.")),
            _f("aviso", FOOTER, 0.3, *_es_notice()),
            _f("club", FOOTER, 0.2, (_OLD, "Club Goleada: regístrate gratis y entra en los "
                                           "sorteos de entradas de cada semana"),
               (ES_PAYWALL.isoformat(), "Goleada+: el primer mes por 1 €, después 4,99 € al "
                                        "mes"),
               ("2020-09-01", "Goleada+: el primer mes por 1 €, después 5,99 € al mes")),
            _f("reproduccion", FOOTER, 0.3, (_OLD, "Queda prohibida la reproducción total o "
                                                   "parcial de este contenido sin autorización "
                                                   "expresa.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Diario Goleada. Todos los derechos "
                                               "reservados.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: una versión anterior de "
                                                     "esta noticia atribuía el gol a otro "
                                                     "jugador.")),
        ),
    )


# --- a German football club's own site (Wiesental) -------------------------------------------

DE_REDESIGN = dt.date(2018, 7, 2)  # relaunched on the first day of pre-season training
DE_APP = dt.date(2017, 8, 1)
DE_FOUNDED = 1911

MEMBERS_MEETING = _listed({2015: "2015-11-20", 2016: "2016-11-18", 2017: "2017-11-24",
                           2018: "2018-11-23", 2019: "2019-11-22", 2020: "2020-11-27"})


def shop_hours(day: dt.date) -> str | None:
    """The club shop's hours on `day` (None when closed): weekdays 10-18, Saturdays 10-14
    (10-18 in December), closed on Sundays, at Christmas, on New Year's Day and Rosenmontag."""
    closed = {(12, 24), (12, 25), (12, 26), (1, 1)}
    if (day.month, day.day) in closed or day.weekday() == 6:
        return None
    if day == carnival_tuesday(day.year) - dt.timedelta(days=1):
        return None
    if day.weekday() == 5:
        return "10–18 Uhr" if day.month == 12 else "10–14 Uhr"
    return "10–18 Uhr"


def _de_shop(day: dt.date) -> str:
    hours = shop_hours(day)
    weekday = GERMAN_WEEKDAYS[day.weekday()]
    if hours is None:
        return f"🛍️ Fanshop am Stadion heute ({weekday}) geschlossen, der Onlineshop ist offen"
    return f"🛍️ Fanshop am Stadion heute ({weekday}) geöffnet: {hours}"


def podcast_episode(day: dt.date) -> int:
    """The episode of the club's podcast out on `day` (a new one every Tuesday)."""
    return 1 + weeks_since(day, 1)


def _de_podcast(day: dt.date) -> str:
    return (f"🎧 Kabinengeflüster, Folge {podcast_episode(day)}: jetzt überall, wo es Podcasts "
            f"gibt")


def _de_dated(day: dt.date) -> str:
    if day < DE_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year} · Saison {season_label(day)}")


def _de_meeting(y: int) -> str:
    if y == 2020:
        return "📣 Die Mitgliederversammlung 2020 wird verschoben, ein neuer Termin folgt"
    return f"📣 Einladung zur Mitgliederversammlung {y}: Stimmkarten ab 18 Uhr am Eingang"


def _de_notice() -> Wordings:
    base = _steps((_OLD, "Folgt uns auf Facebook, Instagram und Twitter: @svwiesental"),
                  (DE_APP.isoformat(), "📲 Die neue Vereins-App: Liveticker, Tickets und "
                                       "Push-Nachrichten zu jedem Tor"))
    news: list[Event] = [
        _span("2020-03-13", "2020-05-15", "⚽ Der Spielbetrieb ruht: gekaufte Tickets behalten "
                                          "ihre Gültigkeit"),
        _span("2020-05-16", "2020-09-17", "🏟️ Geisterspiele: Bitte bleibt zu Hause und "
                                          "verfolgt das Spiel im Radio und im Liveticker"),
        _span("2020-11-02", "2021-01-31", "🏟️ Heimspiele ohne Zuschauer, der Fanshop "
                                          "verschickt Bestellungen weiter"),
    ]
    feasts = _movable(lambda y: carnival_tuesday(y) - dt.timedelta(days=1), 2, 0,
                      lambda _: "🎭 Rosenmontag: Geschäftsstelle und Fanshop bleiben "
                                "geschlossen")
    feasts += _yearly("03-11", 0, 0, lambda y: f"🎂 Alles Gute zum {y - DE_FOUNDED}. "
                                               f"Geburtstag, SV Wiesental 1911!")
    feasts += _movable(MEMBERS_MEETING, 10, 0, _de_meeting)
    return _calendar(base, feasts, news)  # the 2020 meeting's postponement breaks in


def wiesental_style() -> PublisherStyle:
    """A German football club's own site (Wiesental): a kicker by team, the dotted date with
    the time turned the weekday, the long date and the season on the first day of pre-season
    training 2018 (a wording per day), "Text:" turned with the media department, "Mehr zum
    Thema:" up to twice, a photo credit from a pool, the club shop's hours by weekday and
    holiday every day, the podcast's episode every Tuesday, the half seasons, a social line
    turned an app appeal and turned by the 2020 suspension, the empty stadiums and the second
    closure, Rosenmontag, the club's birthday with its count and the members' meeting
    (postponed in 2020), a membership price rising, the kit and main sponsors, the office's
    address and a copyright line (a block), a rare kick-off change."""
    return PublisherStyle(
        domain="svwiesental.de", site="SV Wiesental 1911", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("profis", "nachwuchs", "frauen", "verein", "fans", "tickets"),
        n_authors=6, url_path="/news/{section}/{slug}",
        pools={
            "rubrik": ("Profis", "U23", "U19", "Frauen", "Nachwuchs", "Verein", "Fans",
                       "Tickets"),
            "foto": ("imago images", "Getty Images", "picture alliance / dpa",
                     "SV Wiesental 1911", "Fotostudio Berger"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_de_dated)),
            _f("text", HEADER, 0.45, (_OLD, "Text: {author}"),
               (DE_REDESIGN.isoformat(), "Von {author}, Medien und Kommunikation")),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("fanshop", FOOTER, 0.2, *_by_day(_de_shop)),
            _f("podcast", FOOTER, 0.15, *_by_day(_de_podcast)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("01-07", "🎟️ Rückrunde: Tageskarten für alle Heimspiele im Vorverkauf"),
                ("05-20", "🔁 Dauerkarten verlängern: Frist für Inhaber bis zum 15. Juni"),
                ("07-01", "☀️ Sommervorbereitung: Trainingszeiten und Testspiele im "
                          "Überblick"),
                ("12-20", "❄️ Winterpause: Die Geschäftsstelle ist vom 23.12. bis 2.1. "
                          "geschlossen"))),
            _f("hinweis", FOOTER, 0.3, *_de_notice()),
            _f("mitglied", FOOTER, 0.2, (_OLD, "Jetzt Mitglied werden: 60 € im Jahr, Kinder und "
                                               "Jugendliche 30 €"),
               ("2019-01-01", "Jetzt Mitglied werden: 66 € im Jahr, Kinder und Jugendliche "
                              "33 €")),
            _f("partner", FOOTER, 0.3, (_OLD, "Hauptsponsor: Brauerei Lindenhof · Ausrüster: "
                                              "Kreuzer Sport")),
            _f("anschrift", FOOTER, 0.3, (_OLD, "Geschäftsstelle: Am Sportpark 1, "
                                                "Tel. 00000 000-0")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} SV Wiesental 1911 e.V.")),
            _f("anstoss", HEADER, 0.04, (_OLD, "Hinweis: Die Anstoßzeit wurde nachträglich "
                                               "geändert.")),
        ),
    )


# --- an English county cricket club (Wealdshire) ---------------------------------------------

GB_REDESIGN = dt.date(2019, 4, 5)  # relaunched on the first day of the 2019 Championship
GB_NEWSLETTER = dt.date(2018, 3, 1)
GB_STREAM = dt.date(2017, 4, 7)


def bulletin_number(day: dt.date) -> int:
    """The number of the members' bulletin out on `day` (every Friday)."""
    return 402 + weeks_since(day, 4)


def _gb_bulletin(day: dt.date) -> str:
    friday = latest(day, 4)
    return (f"Members' Bulletin No. {bulletin_number(day)}, Friday {friday.day} "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.year}")


def _gb_dated(day: dt.date) -> str:
    if day < GB_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}")


def _gb_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter and Instagram: @WealdshireCCC"),
                  (GB_NEWSLETTER.isoformat(), "📧 Sign up for the club e-newsletter: news, "
                                              "tickets and members' offers"))
    news: list[Event] = [
        _span("2015-07-08", "2015-08-24", "🏏 The Ashes 2015: every ball on the big screen in "
                                          "the Members' Bar"),
        _span("2019-07-14", "2019-07-21", "🏆 Congratulations to England, Cricket World Cup "
                                          "champions"),
        _span("2019-08-01", "2019-09-15", "🏏 The Ashes 2019: every ball on the big screen in "
                                          "the Members' Bar"),
        _span("2020-03-17", "2020-07-31", "The ground is closed and the start of the season "
                                          "is postponed; refunds will follow"),
        _span("2020-08-01", "2020-09-27", "Bob Willis Trophy and Vitality Blast matches are "
                                          "played behind closed doors: watch the stream"),
    ]
    feasts = _yearly("12-24", 0, 4, lambda _: "🎄 The office and shop are closed from 24 "
                                              "December and reopen on 29 December")
    feasts += _yearly("03-20", 5, 5, lambda y: f"Membership renewals for {y} close on 31 "
                                               f"March")
    return _calendar(base, news, feasts)


def wealdshire_style() -> PublisherStyle:
    """An English county cricket club (Wealdshire): a kicker, "Posted on" with a slashed date
    turned the weekday and the long date on the first day of the 2019 Championship (a wording
    per day), "By" turned with the media role, "READ MORE:" up to twice, a picture credit from
    a pool, the members' bulletin every Friday, the seasons, a social line turned a newsletter
    appeal and turned by two Ashes summers, the World Cup win and the 2020 closure and closed
    doors, the Christmas closure and the renewal deadline, a commentary line turned a free
    stream, membership prices rising twice, the ground's address, its registration and a
    copyright line (a block), a rare rain delay."""
    return PublisherStyle(
        domain="wealdshirecricket.co.uk", site="Wealdshire County Cricket Club",
        base_size=195, subdomains=(("www.", 100),),
        sections=("first-xi", "womens-cricket", "academy", "membership", "club-news"),
        n_authors=5, url_path="/news/{slug}/",
        pools={
            "kicker": ("FIRST XI", "WOMEN'S CRICKET", "ACADEMY", "MEMBERSHIP", "CLUB NEWS",
                       "TICKETS", "COMMUNITY"),
            "picture": ("Getty Images", "PA Images", "Wealdshire County Cricket Club",
                        "Harry Tollan Photography"),
            "role": ("Media Manager", "Digital Content Officer", "Club Historian"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_gb_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (GB_REDESIGN.isoformat(), "{author}, {role}")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("picture", MIDDLE, 0.25, (_OLD, "Picture: {picture}")),
            _f("bulletin", FOOTER, 0.15, *_by_day(_gb_bulletin)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("04-01", "🏏 The season is here: gates open at 10am on Championship days"),
                ("09-27", "🏏 Winter nets in the Indoor School: book a lane from November"),
                ("12-01", "🎁 Gift memberships and vouchers in the club shop until 20 "
                          "December"))),
            _f("notice", FOOTER, 0.3, *_gb_notice()),
            _f("live", FOOTER, 0.2, (_OLD, "Listen live: ball-by-ball radio commentary on "
                                           "every home day"),
               (GB_STREAM.isoformat(), "Watch live: every home Championship day streamed "
                                       "free on our website and app")),
            _f("membership", FOOTER, 0.2, (_OLD, "Full membership £195, senior citizens £170, "
                                                 "under-18s £25"),
               ("2017-10-01", "Full membership £205, senior citizens £180, under-18s £25"),
               ("2019-10-01", "Full membership £220, senior citizens £190, under-18s £30")),
            _f("address", FOOTER, 0.3, (_OLD, "The County Ground, Pavilion Road · Tickets "
                                              "0300 000 0000")),
            _f("registered", FOOTER, 0.25, (_OLD, "Registered under the Co-operative and "
                                                  "Community Benefit Societies Act, no. "
                                                  "00000R")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Wealdshire County Cricket Club")),
            _f("rain", HEADER, 0.04, (_OLD, "☔ Play is delayed by rain: the umpires will "
                                            "inspect again at 12.30pm")),
        ),
    )


# --- a Hindi cricket site (Delhi) ------------------------------------------------------------

IN_REDESIGN = dt.date(2018, 4, 7)  # relaunched on the opening day of IPL 2018
IN_APP = dt.date(2019, 1, 15)
IN_FOUNDED = 2008

IPL = {2015: ("2015-04-08", "2015-05-24"), 2016: ("2016-04-09", "2016-05-29"),
       2017: ("2017-04-05", "2017-05-21"), 2018: ("2018-04-07", "2018-05-27"),
       2019: ("2019-03-23", "2019-05-12"), 2020: ("2020-09-19", "2020-11-10")}
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


def deva(number: int | str, width: int = 0) -> str:
    return digits(number, DEVANAGARI_ZERO, width)


def _in_dated(day: dt.date) -> str:
    if day < IN_REDESIGN:
        return f"नई दिल्ली, {day.day} {HINDI_MONTHS[day.month - 1]} {day.year}"
    return (f"अपडेटेड: {HINDI_WEEKDAYS[day.weekday()]}, {deva(day.day)} "
            f"{HINDI_MONTHS[day.month - 1]} {deva(day.year)}")


def _in_issue(day: dt.date) -> str:
    return (f"मासिक पत्रिका 'बाउंसर': वर्ष {deva(day.year - IN_FOUNDED)}, अंक "
            f"{deva(day.month)} ({HINDI_MONTHS[day.month - 1]} {deva(day.year)})")


def _in_ipl(y: int) -> str:
    if y == 2020:
        return "🏏 आईपीएल 2020 यूएई में: हर मैच का लाइव स्कोर और विश्लेषण"
    return f"🏏 आईपीएल {y}: हर मैच का लाइव स्कोर और विश्लेषण"


def _in_notice() -> Wordings:
    base = _steps((_OLD, "हमें फ़ेसबुक, ट्विटर और यूट्यूब पर फ़ॉलो करें"),
                  (IN_APP.isoformat(), "📲 लाइव स्कोर और ताज़ा ख़बरों के लिए हमारा ऐप "
                                       "डाउनलोड करें"))
    cups: list[Event] = [
        _span("2015-02-14", "2015-03-29", "🏆 विश्व कप 2015: टीम इंडिया के हर मैच का लाइव "
                                          "अपडेट"),
        _span("2016-03-08", "2016-04-03", "🏆 टी20 विश्व कप 2016 भारत में: हर मैच का लाइव "
                                          "अपडेट"),
        _span("2019-05-30", "2019-07-14", "🏆 विश्व कप 2019: टीम इंडिया के हर मैच का लाइव "
                                          "अपडेट"),
        _span("2020-03-25", "2020-05-31", "🏠 लॉकडाउन: घर पर रहें, सुरक्षित रहें। क्रिकेट "
                                          "लौटेगा"),
    ]
    cups += [_span(first, last, _in_ipl(y)) for y, (first, last) in IPL.items()]
    feasts = _movable(_listed(HOLI), 1, 0, lambda _: "🎨 होली की हार्दिक शुभकामनाएँ")
    feasts += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 दीपावली की हार्दिक शुभकामनाएँ")
    feasts += _yearly("08-15", 0, 0, lambda y: f"🇮🇳 {y - 1946}वें स्वतंत्रता दिवस की "
                                               f"शुभकामनाएँ")
    feasts += [_vote("2019-05-23", "🗳️ लोकसभा चुनाव 2019 के नतीजे: हमारे सहयोगी समाचार "
                                   "पोर्टल पर", before=0, after=0)]
    return _calendar(base, cups, feasts)


def cricketdarpan_style() -> PublisherStyle:
    """A Hindi cricket site (Delhi): a category kicker, the town and date turned the weekday
    and date in Devanagari digits on the opening day of IPL 2018 (a wording per day), the
    reporter turned "रिपोर्ट:", "ये भी पढ़ें:" up to twice, a photo credit and an agency
    source from pools, the monthly magazine's volume and issue, a social line turned an app
    appeal and turned by three World Cups, the IPL by its dates (in the Emirates in 2020), the
    lockdown, Holi, Diwali, Independence Day with its count and the 2019 results, an
    e-magazine price rising twice, the contact and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="cricketdarpan.in", site="क्रिकेट दर्पण", base_size=170,
        subdomains=(("www.", 70), ("hindi.", 30)),
        sections=("international", "ipl", "domestic", "women", "world-cup"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("अंतरराष्ट्रीय", "आईपीएल", "घरेलू क्रिकेट", "महिला क्रिकेट", "विश्व कप",
                       "खिलाड़ी", "रिकॉर्ड"),
            "photo": ("बीसीसीआई", "आईसीसी", "गेटी इमेजेज", "पीटीआई", "आईपीएल"),
            "srot": ("पीटीआई", "आईएएनएस", "बीसीसीआई मीडिया", "एजेंसियां"),
        },
        families=(
            _f("shreni", HEADER, 0.4, (_OLD, "{shreni}")),
            _f("tithi", HEADER, 0.75, *_by_day(_in_dated)),
            _f("reporter", HEADER, 0.45, (_OLD, "{author}"),
               (IN_REDESIGN.isoformat(), "रिपोर्ट: {author}")),
            _f("ye-bhi", MIDDLE, 0.3, (_OLD, "ये भी पढ़ें: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "फोटो: {photo}")),
            _f("srot", FOOTER, 0.25, (_OLD, "स्रोत: {srot}")),
            _f("patrika", FOOTER, 0.12, *_by_day(_in_issue)),
            _f("suchna", FOOTER, 0.3, *_in_notice()),
            _f("sadasyata", FOOTER, 0.15, (_OLD, "ई-पत्रिका की सालाना सदस्यता: ₹299"),
               ("2018-04-01", "ई-पत्रिका की सालाना सदस्यता: ₹349"),
               ("2020-04-01", "ई-पत्रिका की सालाना सदस्यता: ₹399, दो साल ₹699")),
            _f("sampark", FOOTER, 0.3, (_OLD, "संपर्क: संपादकीय विभाग, नई दिल्ली · "
                                              "ईमेल: sampadak@cricketdarpan.in")),
            _f("adhikar", FOOTER, 0.35, (_OLD, "© {year} क्रिकेट दर्पण. सर्वाधिकार सुरक्षित.")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस ख़बर के पिछले संस्करण में खिलाड़ी के "
                                              "रनों की संख्या ग़लत थी।")),
        ),
    )


# --- a Korean e-sports news site (Seoul) -----------------------------------------------------

KR_REDESIGN = dt.date(2019, 1, 16)  # relaunched on the opening day of the 2019 spring split
KR_KAKAO = dt.date(2019, 4, 1)

SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return (f"기사입력 {day.year}년 {day.month}월 {day.day}일"
            f"({KOREAN_WEEKDAYS[day.weekday()]}) {{time}}")


def _kr_week(day: dt.date) -> str:
    monday = latest(day, 0)
    sunday = monday + dt.timedelta(days=6)
    return (f"📅 이번 주 e스포츠 경기 일정 ({monday.month}월 {monday.day}일~"
            f"{sunday.month}월 {sunday.day}일)")


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "이스포츠나우 유튜브 채널을 구독해 주세요"),
                  (KR_KAKAO.isoformat(), "💬 카카오톡 채널을 추가하고 경기 결과 알림을 받아 "
                                         "보세요"))
    votes: list[Event] = [
        _vote("2016-04-13", "🗳️ 4월 13일은 국회의원선거일, 투표하고 게임하세요", before=3,
              after=0),
        _vote("2017-05-09", "🗳️ 5월 9일은 대통령선거일, 투표하고 게임하세요", before=3,
              after=0),
        _vote("2018-06-13", "🗳️ 6월 13일은 지방선거일, 투표하고 게임하세요", before=3,
              after=0),
        _vote("2020-04-15", "🗳️ 4월 15일은 국회의원선거일, 투표하고 게임하세요", before=3,
              after=0),
        _span("2018-10-01", "2018-11-03", "🏆 2018 롤드컵 한국 개최: 결승은 11월 3일 "
                                          "인천 문학경기장"),
        _span("2020-02-26", "2020-08-31", "🦠 코로나19 여파로 리그 경기는 무관중 온라인으로 "
                                          "진행됩니다"),
    ]
    feasts = _movable(_listed(SEOLLAL), 1, 1, lambda _: "🧧 즐거운 설 명절 보내세요")
    feasts += _movable(_listed(CHUSEOK), 1, 1, lambda _: "🌕 풍성한 한가위 보내세요")
    return _calendar(base, votes, feasts)


def esportsnow_style() -> PublisherStyle:
    """A Korean e-sports news site (Seoul): a category kicker, "입력" with a dotted date turned
    "기사입력" with the long date and the weekday on the opening day of the 2019 spring split (a
    wording per day), the reporter with an e-mail turned with the site's name, "관련기사:" once, a
    photo credit from a pool, the week's schedule turning on Mondays, the splits and the
    off-season, a subscription line turned a messenger channel and turned by four votes, the
    2018 Worlds in Korea, the 2020 online matches, Seollal and Chuseok, the tip line, the
    registration line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="esportsnow.co.kr", site="이스포츠나우", base_size=150,
        subdomains=(("www.", 100),),
        sections=("lol", "overwatch", "pubg", "starcraft", "industry", "interview"),
        n_authors=7, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunryu": ("LCK", "리그 오브 레전드", "오버워치", "배틀그라운드", "스타크래프트",
                       "인터뷰", "업계 소식"),
            "sajin": ("라이엇 게임즈", "블리자드", "한국e스포츠협회", "이스포츠나우 DB",
                      "OGN"),
        },
        families=(
            _f("bunryu", HEADER, 0.45, (_OLD, "{bunryu}")),
            _f("nalja", HEADER, 0.85, *_by_day(_kr_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자 news@esportsnow.co.kr"),
               (KR_REDESIGN.isoformat(), "[이스포츠나우 {author} 기자]")),
            _f("gwallyeon", MIDDLE, 0.3, (_OLD, "관련기사: {other_title}")),
            _f("sajin", MIDDLE, 0.3, (_OLD, "사진={sajin}")),
            _f("iljeong", FOOTER, 0.15, *_by_day(_kr_week)),
            _f("sijeun", FOOTER, 0.12, *_seasons(
                ("01-10", "🎮 스프링 시즌 개막: 매주 수요일부터 일요일까지 생중계"),
                ("04-20", "🎮 스프링 결승 이후 국제대회 시즌: 한국 팀 경기 일정을 확인하세요"),
                ("06-01", "🎮 서머 시즌 개막: 매주 수요일부터 일요일까지 생중계"),
                ("09-01", "🏆 월드 챔피언십 선발전과 본선 소식을 전해 드립니다"),
                ("11-15", "🔄 스토브리그: 팀별 이적과 재계약 소식을 정리합니다"))),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("jebo", FOOTER, 0.3, (_OLD, "제보 및 보도자료: news@esportsnow.co.kr")),
            _f("deungrok", FOOTER, 0.25, (_OLD, "등록번호: 서울 아00000 | 발행·편집인: "
                                                "김민준 | 청소년보호책임자: 이서연")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "<저작권자 © 이스포츠나우, 무단전재 및 "
                                                  "재배포 금지>")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 내 선수의 소속팀을 바로잡습니다.")),
        ),
    )


# --- a Japanese J.League club's own site (Minato) --------------------------------------------

JP_REDESIGN = dt.date(2019, 2, 22)  # relaunched on the opening day of the 2019 J1 season
JP_LINE = dt.date(2018, 2, 1)
JP_FOUNDED = 1995

J1_OPENING = {2015: "2015-03-07", 2016: "2016-02-27", 2017: "2017-02-25",
              2018: "2018-02-24", 2019: "2019-02-22", 2020: "2020-02-21"}


def training(day: dt.date) -> str:
    """The first team's training on `day`: none in the winter break (10 December to 14
    January) and while activities stopped in 2020, off on Mondays, closed on Thursdays and
    on the eve of a match (Saturdays), open at 10:00 otherwise, matchday on Sundays."""
    if (day.month, day.day) >= (12, 10) or (day.month, day.day) <= (1, 14):
        return "オフ期間中のため練習はありません"
    if dt.date(2020, 4, 8) <= day <= dt.date(2020, 5, 31):
        return "チーム活動を休止しています"
    return ("オフ", "10:00〜（公開）", "10:00〜（公開）", "10:00〜（非公開）", "10:00〜（公開）",
            "前日練習（非公開）", "試合日")[day.weekday()]


def _jp_training(day: dt.date) -> str:
    weekday = JAPANESE_WEEKDAYS[day.weekday()]
    return f"⚽ 本日{day.month}/{day.day}（{weekday}）の練習：{training(day)}"


def _jp_dated(day: dt.date) -> str:
    if day < JP_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{day.year}.{day.month:02d}.{day.day:02d}（{JAPANESE_WEEKDAYS[day.weekday()]}）"


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "クラブ公式Twitter・Instagramで最新情報をお届けしています"),
                  (JP_LINE.isoformat(), "📲 公式LINEアカウントを友だち追加して"
                                        "試合速報を受け取ろう"))
    news: list[Event] = [
        _span("2020-02-25", "2020-07-03", "⚠️ 新型コロナウイルスの影響により公式戦は延期となって"
                                          "います"),
        _span("2020-07-04", "2020-07-09", "📺 リモートマッチ（無観客試合）として開催します"),
        _span("2020-07-10", "2020-12-31", "😷 入場者数を制限して開催しています。チケットは事前"
                                          "購入をお願いします"),
    ]
    feasts = _movable(_listed(J1_OPENING), 6, 0, lambda y: f"🎉 {y}シーズン開幕！ホーム開幕戦"
                                                           f"のチケット発売中")
    feasts += _yearly("04-01", 0, 0, lambda y: f"🎂 クラブ創設{y - JP_FOUNDED}周年を迎えました")
    feasts += _yearly("12-28", 0, 6, lambda _: "🎍 年末年始休業：12月28日から1月3日まで")
    return _calendar(base, feasts, news)  # the holidays break into the 2020 notices


def minato_style() -> PublisherStyle:
    """A Japanese J.League club's own site (Minato): a category kicker, a slashed date turned
    a dotted date with the weekday on the opening day of the 2019 season (a wording per day),
    the writer, "【関連】" once, a photo credit, the first team's training by weekday, break and
    2020 stop every day, the season's ticket and fan club turns, a social line turned a
    messenger account and turned by the 2020 postponement, remote matches and capped crowds,
    the opening day, the club's anniversary with its count and the New Year closure, a
    fan-club price rising with the year in it, the partner line, the club office and the
    copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="minato-united.jp", site="湊ユナイテッドFC", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "match", "ticket", "fanclub", "academy", "hometown"),
        n_authors=4, url_path="/news/detail/{n}",
        pools={
            "kategori": ("トップチーム", "試合情報", "チケット", "ファンクラブ", "アカデミー",
                         "ホームタウン活動", "グッズ"),
            "shashin": ("J.LEAGUE", "湊ユナイテッドFC", "クラブ広報"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_jp_dated)),
            _f("bun", HEADER, 0.3, (_OLD, "文：{author}（クラブ広報）")),
            _f("kanren", MIDDLE, 0.25, (_OLD, "【関連】{other_title}")),
            _f("shashin", MIDDLE, 0.2, (_OLD, "（写真：{shashin}）")),
            _f("renshu", FOOTER, 0.2, *_by_day(_jp_training)),
            _f("kisetsu", FOOTER, 0.12, *_seasons(
                ("01-15", "🎫 シーズンチケット好評販売中：ホーム全試合を指定席で"),
                ("03-15", "🏟️ ホームゲームのイベント情報はマッチデープログラムで"),
                ("08-01", "🥵 夏のホームゲームは熱中症対策をお願いします"),
                ("12-10", "🔁 来季の契約更新選手をお知らせします"))),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("fanclub", FOOTER, 0.2, (_OLD, "オフィシャルファンクラブ{year} 会員募集中："
                                              "年会費3,000円"),
               ("2019-01-01", "オフィシャルファンクラブ{year} 会員募集中：年会費3,500円"
                              "（ジュニア1,500円）")),
            _f("partner", FOOTER, 0.3, (_OLD, "オフィシャルトップパートナー：湊信用金庫")),
            _f("jimukyoku", FOOTER, 0.3, (_OLD, "湊ユナイテッドFC 事務局　TEL：000-000-0000"
                                                "（平日10:00〜17:00）")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} 湊ユナイテッドFC All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】キックオフ時刻に誤りがありました。"
                                              "お詫びして訂正いたします。")),
        ),
    )


# --- an Egyptian football site in Arabic (Cairo) ---------------------------------------------

EG_REDESIGN = dt.date(2019, 6, 21)  # relaunched on the opening day of the Africa Cup in Egypt
EG_APP = dt.date(2018, 9, 1)
EG_SMS = dt.date(2019, 1, 1)

RAMADAN_EG = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27",
              2018: "2018-05-17", 2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_EG = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25",
               2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_EG = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
               2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}


def arabic_digits(number: int | str, width: int = 0) -> str:
    return digits(number, ARABIC_ZERO, width)


def supplement_number(day: dt.date) -> int:
    """The number of the weekly supplement out on `day` (every Thursday)."""
    return 151 + weeks_since(day, 3)


def _eg_supplement(day: dt.date) -> str:
    return f"📰 الملحق الأسبوعي - العدد {arabic_digits(supplement_number(day))}"


def _eg_dated(day: dt.date) -> str:
    if day < EG_REDESIGN:
        return (f"القاهرة - {ARABIC_WEEKDAYS[day.weekday()]} {day.day} "
                f"{EGYPTIAN_MONTHS[day.month - 1]} {day.year}")
    return (f"{ARABIC_WEEKDAYS[day.weekday()]}، {arabic_digits(day.day)} "
            f"{EGYPTIAN_MONTHS[day.month - 1]} {arabic_digits(day.year)}")


def _eg_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على فيسبوك وتويتر وإنستجرام"),
                  (EG_APP.isoformat(), "📲 حمّل تطبيق كورة النيل وتابع النتائج لحظة بلحظة"))
    news: list[Event] = [
        _vote("2018-03-28", "🗳️ الانتخابات الرئاسية 2018: شارك بصوتك", before=2, after=0),
        _vote("2019-04-22", "🗳️ الاستفتاء على التعديلات الدستورية: شارك بصوتك", before=2,
              after=0),
        _span("2018-06-14", "2018-07-15", "🏆 كأس العالم 2018: الفراعنة في روسيا بعد غياب 28 "
                                          "عاماً"),
        _span("2019-06-21", "2019-07-19", "🏆 أمم أفريقيا 2019 على أرض مصر: المواعيد والنتائج"),
        _span("2020-03-15", "2020-08-05", "⚠️ توقف النشاط الرياضي بسبب فيروس كورونا"),
        _span("2020-08-06", "2020-10-31", "🔁 استئناف الدوري الممتاز بدون جمهور"),
    ]
    feasts = _movable(_listed(RAMADAN_EG), 1, 9, lambda _: "🌙 رمضان كريم: مواعيد المباريات "
                                                          "بعد الإفطار")
    feasts += _movable(_listed(EID_FITR_EG), 0, 2, lambda _: "🎉 عيد فطر سعيد")
    feasts += _movable(_listed(EID_ADHA_EG), 1, 3, lambda _: "🐑 عيد أضحى مبارك")
    feasts += _yearly("10-06", 0, 0, lambda y: f"🇪🇬 الذكرى الـ{y - 1973} لنصر أكتوبر المجيد")
    return _calendar(base, feasts, news)  # the feasts break into the 2020 stop


def koranile_style() -> PublisherStyle:
    """An Egyptian football site in Arabic (Cairo): a section kicker, the city with the
    weekday and the date turned the date in Arabic-Indic digits on the opening day of the 2019
    Africa Cup in Egypt (a wording per day), "كتب:", "اقرأ أيضا.." up to twice, a photo credit
    and a source from pools, the weekly supplement's number every Thursday, a social line
    turned an app appeal and turned by the 2018 vote and the 2019 referendum, the World Cup,
    the Africa Cup, the 2020 stop and the restart without fans, Ramadan, the two Eids and
    October's victory with its count, an SMS service's price rising, a reuse notice and a
    rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="koranile.com", site="كورة النيل", base_size=110,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("egyptian-league", "national-team", "world-football", "pros", "africa"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "qism": ("الدوري المصري", "منتخب مصر", "الكرة العالمية", "محترفون", "أفريقيا",
                     "الكأس"),
            "sura": ("أرشيفية", "المركز الإعلامي للنادي", "رويترز", "جيتي"),
            "masdar": ("وكالات", "الموقع الرسمي للنادي", "اتحاد الكرة", "وكالة أنباء الشرق "
                       "الأوسط"),
        },
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_eg_dated)),
            _f("kataba", HEADER, 0.55, (_OLD, "كتب: {author}")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضا.. {other_title}"), count=2),
            _f("sura", MIDDLE, 0.25, (_OLD, "صورة {sura}")),
            _f("masdar", FOOTER, 0.2, (_OLD, "المصدر: {masdar}")),
            _f("mulhaq", FOOTER, 0.15, *_by_day(_eg_supplement)),
            _f("ilan", FOOTER, 0.3, *_eg_notice()),
            _f("risail", FOOTER, 0.15, (_OLD, "اشترك في خدمة أخبار الكرة عبر الرسائل القصيرة بـ 3 "
                                              "جنيهات أسبوعياً"),
               (EG_SMS.isoformat(), "اشترك في خدمة أخبار الكرة عبر الرسائل القصيرة بـ 5 "
                                    "جنيهات أسبوعياً")),
            _f("naql", FOOTER, 0.3, (_OLD, "يُمنع النقل أو الاقتباس دون ذكر المصدر")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة © {year} كورة النيل")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من الخبر اسم اللاعب "
                                              "بشكل خاطئ")),
        ),
    )


# --- an Italian motorsport magazine (Brianza, near Monza) ------------------------------------

IT_REDESIGN = dt.date(2018, 3, 25)  # relaunched on the day of the 2018 season opener
IT_NEWSLETTER = dt.date(2019, 2, 4)
IT_DIGITAL = dt.date(2020, 6, 1)

MONZA = {2015: "2015-09-06", 2016: "2016-09-04", 2017: "2017-09-03", 2018: "2018-09-02",
         2019: "2019-09-08", 2020: "2020-09-06"}
MUGELLO_MOTOGP = {2015: "2015-05-31", 2016: "2016-05-22", 2017: "2017-06-04",
                  2018: "2018-06-03", 2019: "2019-06-02", 2020: "2020-05-31"}
EICMA = {2015: ("2015-11-19", "2015-11-22"), 2016: ("2016-11-10", "2016-11-13"),
         2017: ("2017-11-09", "2017-11-12"), 2018: ("2018-11-08", "2018-11-11"),
         2019: ("2019-11-07", "2019-11-10")}


def box_episode(day: dt.date) -> int:
    """The episode of the magazine's podcast out on `day` (a new one every Monday)."""
    return 1 + weeks_since(day, 0)


def _it_podcast(day: dt.date) -> str:
    return f"🎙️ Box Box, puntata n. {box_episode(day)}: il commento al weekend di gara"


def _it_dated(day: dt.date) -> str:
    if day < IT_REDESIGN:
        return f"{day.day} {ITALIAN_MONTHS[day.month - 1]} {day.year}"
    return (f"{ITALIAN_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{ITALIAN_MONTHS[day.month - 1]} {day.year} - ore {{time}}")


def _it_mugello(y: int) -> str:
    if y == 2020:
        return "🏍️ Niente Mugello quest'anno: il GP d'Italia della MotoGP è cancellato"
    return f"🏍️ GP d'Italia MotoGP {y} al Mugello: orari delle sessioni e dirette"


def _it_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook, Instagram e Telegram"),
                  (IT_NEWSLETTER.isoformat(), "📩 Iscriviti alla newsletter del lunedì: il "
                                              "weekend di gara in cinque minuti"))
    news: list[Event] = [
        _vote("2016-12-04", "🗳️ Referendum costituzionale: le redazioni seguono lo spoglio",
              before=1, after=0),
        _vote("2018-03-04", "🗳️ Elezioni politiche: le redazioni seguono lo spoglio",
              before=1, after=0),
        _span("2020-03-09", "2020-05-17", "🏠 #iorestoacasa: motori fermi, ma la redazione "
                                          "continua a lavorare per voi"),
        _span("2020-09-07", "2020-09-13", "🏁 Gran Premio della Toscana: la Formula 1 corre "
                                          "al Mugello"),
        _span("2020-10-26", "2020-11-01", "🏁 Gran Premio dell'Emilia Romagna: la Formula 1 "
                                          "torna a Imola"),
    ]
    feasts = _movable(_listed(MONZA), 6, 0, lambda y: f"🏁 Gran Premio d'Italia {y} a Monza: "
                                                      f"orari, dirette e viabilità")
    feasts += _movable(_listed(MUGELLO_MOTOGP), 6, 0, _it_mugello)
    feasts += [_span(first, last, f"🏍️ EICMA {y}: tutte le novità dal salone di Milano")
               for y, (first, last) in EICMA.items()]
    return _calendar(base, news, feasts)


def cordolo_style() -> PublisherStyle:
    """An Italian motorsport magazine (Brianza, near Monza): a series kicker, the long date
    turned the weekday, the date and the hour on the day of the 2018 season opener (a wording
    per day), "di", "LEGGI ANCHE:" up to twice, a photo credit from a pool, the podcast's
    episode every Monday, a social line turned a newsletter and turned by two votes, the
    lockdown, the Grands Prix at Mugello and Imola in 2020, Monza's Grand Prix, the Mugello
    MotoGP (called off in 2020) and the Milan motorcycle show, a magazine price rising and
    turned a digital one, the reserved-rights line, the registration and a copyright line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="ilcordolo.it", site="Il Cordolo", base_size=95,
        subdomains=(("www.", 100),),
        sections=("formula-1", "motogp", "superbike", "rally", "endurance"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "serie": ("Formula 1", "MotoGP", "Superbike", "Rally", "Endurance",
                      "Auto storiche"),
            "foto": ("Motorsport Images", "LAT Images", "Ferrari Media", "Ducati Corse",
                     "Il Cordolo"),
        },
        families=(
            _f("serie", HEADER, 0.5, (_OLD, "{serie}")),
            _f("data", HEADER, 0.8, *_by_day(_it_dated)),
            _f("di", HEADER, 0.5, (_OLD, "di {author}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "LEGGI ANCHE: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("podcast", FOOTER, 0.15, *_by_day(_it_podcast)),
            _f("avviso", FOOTER, 0.3, *_it_notice()),
            _f("abbonamento", FOOTER, 0.15, (_OLD, "Abbonati alla rivista: 12 numeri a 39 "
                                                   "euro"),
               ("2018-01-01", "Abbonati alla rivista: 12 numeri a 44 euro"),
               (IT_DIGITAL.isoformat(), "Abbonamento digitale: 2,99 euro al mese, il primo "
                                        "mese è gratis")),
            _f("riproduzione", FOOTER, 0.4, (_OLD, "© RIPRODUZIONE RISERVATA")),
            _f("testata", FOOTER, 0.25, (_OLD, "Testata registrata presso il Tribunale di "
                                               "Monza n. 00/2011 · P.IVA 00000000000")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Il Cordolo")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione "
                                              "dell'articolo il distacco in qualifica era "
                                              "sbagliato.")),
        ),
    )


# --- a French cycling magazine of the Pyrenees (Pau) -----------------------------------------

FR_REDESIGN = dt.date(2018, 7, 7)  # relaunched on the day of the 2018 Grand Départ
FR_NEWSLETTER = dt.date(2019, 3, 1)

TOUR = {2015: ("2015-07-04", "Utrecht"), 2016: ("2016-07-02", "Mont-Saint-Michel"),
        2017: ("2017-07-01", "Düsseldorf"), 2018: ("2018-07-07", "Noirmoutier-en-l'Île"),
        2019: ("2019-07-06", "Bruxelles"), 2020: ("2020-08-29", "Nice")}
ROUBAIX = {2015: "2015-04-12", 2016: "2016-04-10", 2017: "2017-04-09", 2018: "2018-04-08",
           2019: "2019-04-14", 2020: "2020-10-25"}


def tour_stage(day: dt.date) -> int | None:
    """The stage of the Tour de France raced on `day` (21 stages in 23 days, resting after
    the ninth and the fifteenth as most editions do; 0 on a rest day; None outside it)."""
    first = iso_day(TOUR[day.year][0]) if day.year in TOUR else None
    if first is None or not 0 <= (day - first).days <= 22:
        return None
    k = (day - first).days
    if k in (9, 16):
        return 0
    return k + 1 if k < 9 else (k if k < 16 else k - 1)


def _fr_tour(day: dt.date) -> str:
    stage = tour_stage(day)
    if stage == 0:
        return f"🟡 Tour de France {day.year} : journée de repos"
    if stage is not None:
        return f"🟡 Tour de France {day.year} : étape {stage} aujourd'hui, suivez-la en direct"
    if day.year in TOUR:
        first, town = TOUR[day.year]
        left = (iso_day(first) - day).days
        if 0 < left <= 30:
            return f"⏳ Grand Départ {day.year} : {town}, J-{left}"
    return "🗓️ Toutes les cyclosportives de la saison sont dans notre agenda"


def magazine_number(day: dt.date) -> int:
    """The number of the monthly magazine on sale on `day` (out on the first)."""
    return 188 + months_since(day)


def _fr_dated(day: dt.date) -> str:
    if day < FR_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def _fr_roubaix(y: int) -> str:
    if y == 2020:
        return "🪨 Paris-Roubaix 2020 est annulé : rendez-vous en 2021"
    return f"🪨 Paris-Roubaix {y} : les secteurs pavés à ne pas manquer"


def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Rejoignez-nous sur Facebook et sur Strava"),
                  (FR_NEWSLETTER.isoformat(), "📩 Notre newsletter : le meilleur du vélo "
                                              "chaque vendredi"))
    news: list[Event] = [
        _vote("2017-04-23", "🗳️ Présidentielle : premier tour ce dimanche", before=2,
              after=0),
        _vote("2017-05-07", "🗳️ Présidentielle : second tour ce dimanche", before=2,
              after=0),
        _span("2020-03-17", "2020-05-10", "🏠 Confinement : sorties à vélo limitées à une "
                                          "heure et à un kilomètre"),
        _span("2020-10-30", "2020-11-27", "🏠 Reconfinement : une heure et un kilomètre, "
                                          "comme au printemps"),
        _span("2020-11-28", "2020-12-14", "🚴 Allègement : sorties jusqu'à 20 km et trois "
                                          "heures"),
    ]
    feasts = _movable(_listed(ROUBAIX), 3, 0, _fr_roubaix)
    return _calendar(base, news, feasts)


def colsvallees_style() -> PublisherStyle:
    """A French cycling magazine of the Pyrenees (Pau): a kicker, "Publié le" with a slashed
    date and the hour turned the weekday and the long date on the day of the 2018 Grand Départ
    (a wording per day), "Par", "LIRE AUSSI." up to twice, a photo credit from a pool, the
    Tour's countdown and stage of the day, the magazine's number every month, the passes'
    seasons, a social line turned a newsletter and turned by the presidential vote, two
    lockdowns and the easing, Paris-Roubaix (called off in 2020), a subscription price rising
    twice, the reproduction line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="colsetvallees.fr", site="Cols & Vallées", base_size=80,
        subdomains=(("www.", 100),),
        sections=("tour-de-france", "route", "cyclosport", "vtt", "materiel"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Tour de France", "Route", "Cyclosport", "VTT", "Matériel",
                         "Amateurs"),
            "credit": ("A.S.O.", "Cols & Vallées", "AFP", "Presse Sports"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_fr_dated)),
            _f("par", HEADER, 0.45, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "LIRE AUSSI. {other_title}"), count=2),
            _f("credit", MIDDLE, 0.25, (_OLD, "© {credit}")),
            _f("tour", FOOTER, 0.2, *_by_day(_fr_tour)),
            _f("kiosque", FOOTER, 0.12, *_by_day(
                lambda day: f"📖 En kiosque : Cols & Vallées n° {magazine_number(day)}")),
            _f("cols", FOOTER, 0.12, *_seasons(
                ("03-01", "🌸 Reprise : nos conseils pour les premières sorties longues"),
                ("06-01", "🏔️ Les grands cols sont ouverts : horaires des montées réservées "
                          "aux cyclistes"),
                ("11-01", "❄️ Cols fermés pour l'hiver : place au home-trainer et au "
                          "cyclo-cross"))),
            _f("avis", FOOTER, 0.3, *_fr_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement 1 an, 10 numéros : 49 €"),
               ("2017-01-01", "Abonnement 1 an, 10 numéros : 52 €"),
               ("2019-09-01", "Abonnement 1 an, 10 numéros : 55 €, version numérique "
                              "offerte")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans autorisation.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Cols & Vallées – Tous droits "
                                              "réservés")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : le dénivelé de l'étape a "
                                                    "été corrigé.")),
        ),
    )


# --- a Brazilian amateur football weekly (São Paulo) -----------------------------------------

BR_REDESIGN = dt.date(2019, 1, 7)
BR_WHATSAPP = dt.date(2018, 5, 1)
BR_DIGITAL = dt.date(2020, 7, 1)

BRAZIL_2018 = ("2018-06-17", "2018-06-22", "2018-06-27", "2018-07-02", "2018-07-06")
BRAZIL_VOTES = ("2016-10-02", "2016-10-30", "2018-10-07", "2018-10-28", "2020-11-15",
                "2020-11-29")


def edition_number(day: dt.date) -> int:
    """The number of the weekly edition out on `day` (every Saturday)."""
    return 601 + weeks_since(day, 5)


def _br_edition(day: dt.date) -> str:
    saturday = latest(day, 5)
    friday = saturday + dt.timedelta(days=6)
    return (f"Edição nº {edition_number(day)} – semana de {saturday.day}/{saturday.month} a "
            f"{friday.day}/{friday.month}")


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")


def _br_notice() -> Wordings:
    base = _steps((_OLD, "Curta a página do Várzea em Foco no Facebook"),
                  (BR_WHATSAPP.isoformat(), "📲 Mande o placar do seu jogo pelo WhatsApp: (11) "
                                            "90000-0000"))
    news: list[Event] = [_vote(day, "🗳️ Domingo de eleição: a rodada passa para o sábado",
                               before=3, after=0) for day in BRAZIL_VOTES]
    news += [_span(day, day, "🇧🇷 Dia de jogo do Brasil: rodada adiada para o fim de semana")
             for day in BRAZIL_2018]
    news += [
        _span("2019-06-14", "2019-07-07", "🏆 Copa América no Brasil: a várzea para nos dias "
                                          "de jogo da Seleção"),
        _span("2020-03-16", "2020-10-31", "⚠️ Campeonatos amadores suspensos por causa da "
                                          "pandemia"),
    ]
    feasts = _movable(carnival_tuesday, 4, 1, lambda _: "🎭 Carnaval: sem rodada neste fim de "
                                                        "semana")
    return _calendar(base, news, feasts)


def varzea_style() -> PublisherStyle:
    """A Brazilian amateur football weekly (São Paulo): a kicker, a slashed date with the hour
    turned the weekday and the long date in January 2019 (a wording per day), "Por" turned a
    reporting and photo credit, "LEIA TAMBÉM:" up to twice, a photo credit, the weekly
    edition's number and week, a social line turned a messenger appeal and turned by six
    votes, Brazil's 2018 World Cup match days, the Copa América, the 2020 stop and Carnival, a
    print price rising and turned a digital one, the advertising line and a rights line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="varzeaemfoco.com.br", site="Várzea em Foco", base_size=60,
        subdomains=(("www.", 100),),
        sections=("varzea", "futsal", "amador", "base", "veteranos"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"editoria": ("Várzea", "Futsal", "Amador", "Categorias de base", "Veteranos",
                            "Feminino")},
        families=(
            _f("editoria", HEADER, 0.4, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.7, *_by_day(_br_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (BR_REDESIGN.isoformat(), "Reportagem: {author} | Fotos: {author2}")),
            _f("leia", MIDDLE, 0.3, (_OLD, "LEIA TAMBÉM: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}/Várzea em Foco")),
            _f("edicao", FOOTER, 0.2, *_by_day(_br_edition)),
            _f("aviso", FOOTER, 0.3, *_br_notice()),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assine a edição impressa: R$ 60 por ano"),
               ("2018-01-01", "Assine a edição impressa: R$ 72 por ano"),
               (BR_DIGITAL.isoformat(), "Assine a edição digital: R$ 4,90 por mês")),
            _f("anuncie", FOOTER, 0.25, (_OLD, "Anuncie aqui: comercial (11) 0000-0000")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Várzea em Foco. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: o placar da final foi corrigido nesta "
                                              "versão.")),
        ),
    )


# --- a Russian ice hockey club's own site (Siberia) ------------------------------------------

RU_REDESIGN = dt.date(2018, 9, 1)  # relaunched with the 2018/19 season
RU_APP = dt.date(2019, 9, 1)
RU_FOUNDED = 1959

SEASON_TICKET = {"2014/15": "4 000", "2015/16": "4 000", "2016/17": "4 500",
                 "2017/18": "4 800", "2018/19": "5 200", "2019/20": "5 500",
                 "2020/21": "5 500"}


def _ru_ticket(day: dt.date) -> str:
    season = season_label(day)
    return f"🎫 Абонементы на сезон {season}: от {SEASON_TICKET[season]} руб."


def _ru_dated(day: dt.date) -> str:
    if day < RU_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, {{time}}"


def _ru_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на клуб во ВКонтакте и в Instagram"),
                  (RU_APP.isoformat(), "📲 Билеты без очереди: покупайте в приложении клуба"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ 18 сентября: выборы в Государственную думу", before=2,
              after=0),
        _vote("2018-03-18", "🗳️ 18 марта: выборы Президента России", before=2, after=0),
        _span("2020-06-25", "2020-07-01", "🗳️ Общероссийское голосование по поправкам в "
                                          "Конституцию"),
        _span("2020-03-25", "2020-08-31", "⚠️ Сезон 2019/2020 завершён досрочно: как вернуть "
                                          "деньги за билеты"),
    ]
    feasts = _yearly("05-09", 1, 0, lambda y: f"🎖️ С Днём Победы! {y - 1945} лет Великой "
                                              f"Победе")
    feasts += _yearly("10-15", 0, 0, lambda y: f"🎂 Клубу {y - RU_FOUNDED} лет!")
    feasts += _yearly("12-30", 0, 2, lambda _: "🎄 С Новым годом! Касса арены закрыта до 3 "
                                               "января")
    return _calendar(base, feasts, news)  # the 2020 vote breaks into the season's end


def kedr_style() -> PublisherStyle:
    """A Russian ice hockey club's own site (Siberia): a kicker, a dotted date turned the long
    date with the time with the 2018/19 season (a wording per day), "Текст:", "Ещё по теме:"
    once, a photo credit and a source from pools, the season-ticket price by season, the
    seasons, a social line turned an app appeal and turned by two votes and the season's early
    end in 2020, Victory Day and the club's birthday with their counts and New Year, the
    arena's address, an age rating and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="hc-kedr.ru", site="ХК «Кедр»", base_size=45,
        subdomains=(("", 100),),
        sections=("news", "matches", "tickets", "youth", "fans"),
        n_authors=3, url_path="/news/{n}/",
        pools={
            "rubrika": ("Команда", "Матчи", "Билеты", "Молодёжная команда", "Болельщикам",
                        "Клуб"),
            "foto": ("пресс-служба ХК «Кедр»", "photo.khl.ru", "Сергей Ларин"),
            "istochnik": ("пресс-служба КХЛ", "официальный сайт КХЛ", "ТАСС",
                          "пресс-служба ХК «Кедр»"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.75, *_by_day(_ru_dated)),
            _f("tekst", HEADER, 0.4, (_OLD, "Текст: {author}")),
            _f("po-teme", MIDDLE, 0.2, (_OLD, "Ещё по теме: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("istochnik", FOOTER, 0.15, (_OLD, "Источник: {istochnik}")),
            _f("abonement", FOOTER, 0.15, *_by_day(_ru_ticket)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("03-01", "🏒 Плей-офф: билеты на домашние матчи в продаже"),
                ("04-20", "🏖️ Межсезонье: команда в отпуске, сборы начнутся в июле"),
                ("07-15", "🏋️ Предсезонная подготовка: расписание товарищеских матчей"),
                ("09-01", "🏒 Регулярный чемпионат: расписание домашних матчей"))),
            _f("obyavlenie", FOOTER, 0.3, *_ru_notice()),
            _f("adres", FOOTER, 0.3, (_OLD, "Ледовая арена, ул. Спортивная, 1 · Касса: +7 "
                                            "(000) 000-00-00")),
            _f("vozrast", FOOTER, 0.3, (_OLD, "6+")),
            _f("prava", FOOTER, 0.35, (_OLD, "© ХК «Кедр», {year}. При использовании "
                                             "материалов ссылка на сайт обязательна.")),
            _f("popravka", HEADER, 0.04, (_OLD, "Поправка: в первой версии новости был неверно "
                                                "указан счёт матча.")),
        ),
    )


# --- a small Irish and English Gaelic games club ---------------------------------------------

IE_REDESIGN = dt.date(2019, 3, 17)  # relaunched on St Patrick's Day
IE_APP = dt.date(2018, 1, 8)

HURLING_FINAL = {2015: "2015-09-06", 2016: "2016-09-04", 2017: "2017-09-03",
                 2018: "2018-08-19", 2019: "2019-08-18", 2020: "2020-12-13"}
FOOTBALL_FINAL = {2015: "2015-09-20", 2016: "2016-09-18", 2017: "2017-09-17",
                  2018: "2018-09-02", 2019: "2019-09-01", 2020: "2020-12-19"}
LOTTO_START = 5000  # euros, where the jackpot starts again once it is won
LOTTO_STEP = 100


@cache
def lotto_draws() -> tuple[tuple[tuple[int, ...], bool, int], ...]:
    """Every Sunday draw of the club lotto from the set's first week: (the four numbers
    drawn, whether the jackpot was won, next week's jackpot); a made-up draw, won about one
    week in thirty, the jackpot rising by €100 a week until then."""
    out: list[tuple[tuple[int, ...], bool, int]] = []
    jackpot = LOTTO_START
    sunday = latest(FIRST_DAY + dt.timedelta(days=6), 6)
    while sunday <= LAST_DAY + dt.timedelta(days=7):
        numbers: list[int] = []
        k = 0
        while len(numbers) < 4:
            number = hashed(sunday, f"lotto{k}", 1, 28)
            k += 1
            if number not in numbers:
                numbers.append(number)
        won = hashed(sunday, "won", 1, 30) == 1
        jackpot = LOTTO_START if won else jackpot + LOTTO_STEP
        out.append((tuple(sorted(numbers)), won, jackpot))
        sunday += dt.timedelta(days=7)
    return tuple(out)


def lotto_on(day: dt.date) -> tuple[tuple[int, ...], bool, int]:
    """The latest draw on or before `day` (the first one before the first Sunday)."""
    return lotto_draws()[max(0, weeks_since(day, 6))]


def _ie_lotto(day: dt.date) -> str:
    numbers, won, jackpot = lotto_on(day)
    drawn = ", ".join(str(n) for n in numbers)
    result = "Jackpot won" if won else "No jackpot winner"
    return f"🎟️ Crannchur / Club Lotto: {drawn}. {result}. Next jackpot €{jackpot:,}"


def _ie_dated(day: dt.date) -> str:
    if day < IE_REDESIGN:
        return f"{day.day} {IRISH_MONTHS[day.month - 1]} {day.year}"
    return f"{IRISH_WEEKDAYS[day.weekday()]} {day.day:02d}/{day.month:02d}/{day.year}"


def _ie_notice() -> Wordings:
    base = _steps((_OLD, "Lean muid ar Facebook | Follow us on Facebook"),
                  (IE_APP.isoformat(), "📲 Íoc ballraíocht ar líne | Pay membership and lotto "
                                       "online through the club app"))
    news: list[Event] = [
        _span("2020-03-12", "2020-06-28", "⛔ Gach gníomhaíocht curtha ar fionraí | All club "
                                          "activity is suspended"),
        _span("2020-06-29", "2020-10-21", "✅ Traenáil ar ais | Training is back: fill in the "
                                          "health questionnaire before every session"),
        _span("2020-10-22", "2020-12-01", "⛔ Leibhéal 5 | Level 5: club activity is suspended "
                                          "again"),
    ]
    feasts = _yearly("03-17", 1, 0, lambda _: "☘️ Lá Fhéile Pádraig sona daoibh | Happy St "
                                              "Patrick's Day")
    feasts += _movable(_listed(HURLING_FINAL), 3, 0, lambda y: f"🏆 All-Ireland Hurling Final "
                                                               f"{y}: on the big screen in the "
                                                               f"clubhouse")
    feasts += _movable(_listed(FOOTBALL_FINAL), 3, 0, lambda y: f"🏆 All-Ireland Football "
                                                                f"Final {y}: on the big "
                                                                f"screen in the clubhouse")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Nollaig shona | Happy Christmas from all at "
                                               "the club")
    return _calendar(base, feasts, news)  # St Patrick's Day breaks into the 2020 stop


def baileantobair_style() -> PublisherStyle:
    """A small Irish and English Gaelic games club: the Irish date turned the Irish weekday
    and a slashed date on St Patrick's Day 2019 (a wording per day), the PRO's byline, a
    bilingual read-also, the club lotto's draw and rolling jackpot every Sunday, the seasons
    of the juvenile academy, leagues, camps and Scór, a social line turned an app appeal and
    turned by the 2020 suspensions and return, St Patrick's Day, the two All-Ireland finals
    and Christmas, a membership price rising, the sponsor line and a rights line (a block), a
    rare pitch closure."""
    return PublisherStyle(
        domain="clgbaileantobair.ie", site="CLG Baile an Tobair", base_size=30,
        subdomains=(("www.", 100),),
        sections=("nuacht", "iomaint", "peil", "og"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("data", HEADER, 0.55, *_by_day(_ie_dated)),
            _f("pro", HEADER, 0.4, (_OLD, "Oifigeach Caidrimh Phoiblí / PRO: {author}")),
            _f("leigh", MIDDLE, 0.15, (_OLD, "Léigh freisin | Read also: {other_title}")),
            _f("lotto", FOOTER, 0.3, *_by_day(_ie_lotto)),
            _f("seasons", FOOTER, 0.15, *_seasons(
                ("02-01", "🏑 Acadamh na nÓg | Juvenile academy: Saturday mornings at 10am, "
                          "U6 to U12"),
                ("04-01", "🏐 League fixtures are on the fixtures page; referees please "
                          "confirm"),
                ("07-01", "☀️ Cúl Camp: book your child's place for the summer camp"),
                ("11-01", "🎭 Scór: tallann an chlub | the club's talent night, names to the "
                          "secretary"))),
            _f("fogra", FOOTER, 0.3, *_ie_notice()),
            _f("ballraiocht", FOOTER, 0.2, (_OLD, "Ballraíocht | Membership: adult €60, family "
                                                  "€120"),
               ("2019-01-01", "Ballraíocht | Membership: adult €70, family €140, student €30")),
            _f("urraitheoir", FOOTER, 0.35, (_OLD, "Urraitheoir an chlub | Club sponsor: "
                                                   "Ó Ceallaigh Motors")),
            _f("cearta", FOOTER, 0.35, (_OLD, "© {year} CLG Baile an Tobair")),
            _f("pairc", HEADER, 0.04, (_OLD, "⚠️ Tá an pháirc dúnta inniu | The pitch is closed "
                                             "today: waterlogged")),
        ),
    )


def heldout114_styles() -> list[PublisherStyle]:
    """The held-back-114 styles, in the order the generator hands them to publishers."""
    return [
        goleada_style(), wiesental_style(), wealdshire_style(), cricketdarpan_style(),
        esportsnow_style(), minato_style(), koranile_style(), cordolo_style(),
        colsvallees_style(), varzea_style(), kedr_style(), baileantobair_style(),
    ]
