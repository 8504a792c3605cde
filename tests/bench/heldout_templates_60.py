"""The sixtieth held-back template set (``held-back-60``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the fifty-eighth
held-back set (`tests.bench.heldout_templates_58`; a fifty-ninth was being written at the
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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The publishers are from Europe, the Americas and Oceania, from
places and communities no earlier set had a publisher in, large and small, in several
languages and scripts (some printing two languages or scripts on one line). The families
are the kinds a crawl of news holds: dates localised day by day (some changing form on the
day of a redesign, one with an imperial era that changed on a given day, one with the time
zone of the day's daylight-saving rule), bylines and datelines of many shapes, notices
reworded in 2016-2020, notices that follow a calendar (votes, storms, fires, floods, strikes,
the 2020 epidemic, national and community days with their counts in the language's own
plural forms, movable feasts on the Western and Eastern Easter, days on a weekday of a
month, lunar new years, festivals called off in 2020, rocket launches, the change of the
clocks) and the seasons, a fortnightly fuel-price notice, monthly exchange rates, a
per-weekday outing rota, other articles' titles, tag lists, multi-line blocks, mid-body
inserts (some up to two times), bare lines, and families in only 4-6% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, easter, orthodox_easter
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable = _PERIOD.movable


def _span(first: str, last: str | None, text: str) -> Event:
    """A notice shown from `first` to `last` (ISO days, both included; None: no end)."""
    return (_day(first), _day(last, 1) if last else None, text)


def _days(first: dt.date, last: dt.date, text: Callable[[dt.date], str | None]) -> list[Event]:
    """One-day events from `first` to `last` (both included), each day's text `text(day)`
    (None: no event that day)."""
    out: list[Event] = []
    for k in range((last - first).days + 1):
        day = first + dt.timedelta(days=k)
        words = text(day)
        if words is not None:
            out.append((day, day + dt.timedelta(days=1), words))
    return out


def ru_years(n: int) -> str:
    """`n` with the Russian word for years in its plural form: 71 год, 73 года, 75 лет."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


def uk_years(n: int) -> str:
    """`n` with the Ukrainian word for years in its plural form: 21 рік, 24 роки, 25 років."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} рік"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} роки"
    return f"{n} років"


DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
GREEK_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
UKRAINIAN_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                    "серпня", "вересня", "жовтня", "листопада", "грудня")
UKRAINIAN_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота",
                      "неділя")
LUXEMBOURGISH_MONTHS = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli",
                        "August", "September", "Oktober", "November", "Dezember")
LUXEMBOURGISH_WEEKDAYS = ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg",
                          "Samschdeg", "Sonndeg")
NIUEAN_WEEKDAYS = ("Aho Gofua", "Aho Ua", "Aho Lotu", "Aho Tuloto", "Aho Falaile",
                   "Aho Faiumu", "Aho Tapu")

# Movable days as the sites' readers kept them.
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
LA_KOREAN_FESTIVAL = {2015: "2015-10-01", 2016: "2016-09-29", 2017: "2017-09-28",
                      2018: "2018-10-04", 2019: "2019-10-03"}  # online only in 2020
FESTIVAL_DO_JAPAO = {2015: "2015-07-24", 2016: "2016-07-08", 2017: "2017-07-07",
                     2018: "2018-07-20", 2019: "2019-07-05"}  # called off in 2020
TSAGAN_SAR = {2015: "2015-02-19", 2016: "2016-02-09", 2017: "2017-02-27", 2018: "2018-02-16",
              2019: "2019-02-05", 2020: "2020-02-24"}
ZUL = {2015: "2015-12-06", 2016: "2016-12-24", 2017: "2017-12-13", 2018: "2018-12-02",
       2019: "2019-12-21", 2020: "2020-12-10"}
SCHUEBERFOUER = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-23",
                 2018: "2018-08-23", 2019: "2019-08-23"}  # called off in 2020
FERIA_DE_DAVID = {2015: "2015-03-12", 2016: "2016-03-10", 2017: "2017-03-09",
                  2018: "2018-03-08", 2019: "2019-03-14"}  # called off in 2020
FOLK_FESTIVAL = {2015: "2015-04-30", 2016: "2016-05-05", 2017: "2017-05-04",
                 2018: "2018-05-03", 2019: "2019-05-02"}  # called off in 2020

# Launches from the Guiana Space Centre the site announced: (day, rocket).
KOUROU_LAUNCHES = (
    ("2015-12-17", "Soyouz"), ("2016-01-27", "Ariane 5"), ("2016-05-24", "Soyouz"),
    ("2016-11-17", "Ariane 5"), ("2017-06-28", "Ariane 5"), ("2017-12-12", "Ariane 5"),
    ("2018-07-25", "Ariane 5"), ("2018-10-20", "Ariane 5"), ("2018-12-19", "Soyouz"),
    ("2019-02-05", "Ariane 5"), ("2019-12-18", "Soyouz"), ("2020-08-15", "Ariane 5"),
    ("2020-09-03", "Vega"),
)


# --- a Flemish Dutch-language regional news site (Bruges, West Flanders) -----------------------

BE_REDESIGN = dt.date(2017, 9, 4)  # the long date turned a numeric one
BE_LINKS = dt.date(2018, 5, 7)
BE_GDPR = dt.date(2018, 5, 25)  # the rights line gained the privacy statement


def _be_dated(day: dt.date) -> str:
    if day < BE_REDESIGN:
        return (f"{DUTCH_WEEKDAYS[day.weekday()]} {day.day} {DUTCH_MONTHS[day.month - 1]} "
                f"{day.year}, {{time}}")
    return f"{day:%d/%m/%Y} om {{time}}"


def ascension(y: int) -> dt.date:
    """Ascension Day, the Holy Blood procession in Bruges (called off in 2020)."""
    return easter(y) + dt.timedelta(days=39)


def _be_notice() -> Wordings:
    base = _steps((_OLD, "Volg ons op Facebook en Twitter"),
                  ("2019-01-07", "Schrijf je gratis in op onze dagelijkse nieuwsbrief"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-29", "Aanslagen in Brussel: volg de laatste "
                                          "ontwikkelingen"),
        _vote("2018-10-14", "🗳️ Gemeenteraadsverkiezingen: alle uitslagen uit de regio",
              after=2),
        _vote("2019-05-26", "🗳️ Verkiezingen 26 mei: de uitslagen voor Kamer, Vlaams "
                            "Parlement en Europa", after=2),
        _span("2020-03-18", "2020-05-03", "😷 Coronavirus: blijf thuis, alle maatregelen op "
                                          "een rij"),
    ]
    feasts = _movable(lambda y: None if y == 2020 else ascension(y), 1, 0,
                      lambda y: f"✝️ Heilig Bloedprocessie {y}: omleidingen in de binnenstad")
    feasts += _yearly("07-11", 0, 0, lambda y: f"🦁 Fijne Vlaamse feestdag! {y - 1302} jaar "
                                               f"Guldensporenslag")
    feasts += _yearly("07-21", 0, 0, lambda _: "🇧🇪 Fijne nationale feestdag: defilé en "
                                               "vuurwerk")
    return _calendar(base, news, feasts)


def _be_tram(day: dt.date) -> str:
    if day.month in (7, 8):
        return "🚋 Zomerregeling: de kusttram rijdt elke 10 minuten"
    return "🚋 De kusttram rijdt elke 15 minuten van Knokke tot De Panne"


def flanders_style() -> PublisherStyle:
    """A Flemish Dutch-language regional news site (Bruges): a section kicker, the weekday
    and the date with the time, turned a numeric date on the day of a redesign (a wording
    per day), "Door" with the writer turned with the newsroom's name, "LEES OOK." turned
    "Lees ook ▸" (up to twice), photo credits, an ad label, a tag line, a tip line turned
    WhatsApp, the coast tram's timetable that follows the summer, a follow line turned a
    newsletter and turned by the 2016 attacks, two votes and the 2020 lockdown, the Holy
    Blood procession on Ascension Day (none in 2020), the Flemish day with its count and
    the national day, a rights line that gained the privacy statement on the GDPR's day, a
    rare storm warning."""
    return PublisherStyle(
        domain="ommelandnieuws.be", site="Ommeland Nieuws", base_size=240,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("brugge", "kust", "ommeland", "sport", "economie", "cultuur"),
        n_authors=9, url_path="/{section}/{yyyy}{mm}{dd}_{n}",
        pools={
            "rubriek": ("Brugge", "Kust", "Ommeland", "Sport", "Economie", "Cultuur",
                        "Binnenland"),
            "foto": ("Ommeland Nieuws", "Belga", "archief", "Stad Brugge", "lezer"),
            "tag": ("Brugge", "Zeebrugge", "Blankenberge", "Knokke-Heist", "Damme", "De Haan",
                    "Oostkamp", "Jabbeke"),
        },
        families=(
            _f("rubriek", HEADER, 0.3, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.8, *_by_day(_be_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Door {author}"),
               ("2019-03-04", "Door {author} · Redactie Ommeland Nieuws")),
            _f("lees", MIDDLE, 0.4, (_OLD, "LEES OOK. {other_title}"),
               (BE_LINKS.isoformat(), "Lees ook ▸ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("advertentie", MIDDLE, 0.2, (_OLD, "Advertentie")),
            _f("tags", FOOTER, 0.4, (_OLD, "Meer over: {tag_list}")),
            _f("tip", FOOTER, 0.2, (_OLD, "Heb je een tip? Mail naar "
                                          "redactie@ommelandnieuws.be"),
               ("2018-09-03", "Iets gezien? Tip de redactie via WhatsApp op 0470 55 12 34")),
            _f("kusttram", FOOTER, 0.2, *_by_day(_be_tram)),
            _f("melding", FOOTER, 0.3, *_be_notice()),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© {year} Ommeland Nieuws – Alle rechten voorbehouden"),
               (BE_GDPR.isoformat(), "© Ommeland Nieuws {year} | Lees onze privacyverklaring "
                                     "en ons cookiebeleid")),
            _f("storm", HEADER, 0.04, (_OLD, "🌊 Stormwaarschuwing aan de kust: blijf weg van "
                                             "de pieren en de dijk")),
        ),
    )


# --- a Tasmanian regional daily (Launceston) ----------------------------------------------------

TAS_REDESIGN = dt.date(2018, 7, 2)  # the date line gained "Updated"


def _tas_dated(day: dt.date) -> str:
    text = f"{ENGLISH_MONTHS[day.month - 1]} {day.day} {day.year} - {{time12}}"
    return text if day < TAS_REDESIGN else f"Updated {text}"


def launceston_cup(y: int) -> dt.date:
    """Launceston Cup day: the last Wednesday of February."""
    return nth_weekday(y, 2, 2, -1)


def show_day(y: int) -> dt.date | None:
    """The Royal Launceston Show day: the Thursday before the second Saturday of October
    (no show in 2020)."""
    return None if y == 2020 else nth_weekday(y, 10, 5, 2) - dt.timedelta(days=2)


def tas_daylight_saving_ends(y: int) -> dt.date:
    """Daylight saving ends in Tasmania on the first Sunday of April."""
    return nth_weekday(y, 4, 6, 1)


def tas_daylight_saving_starts(y: int) -> dt.date:
    """Daylight saving starts in Tasmania on the first Sunday of October."""
    return nth_weekday(y, 10, 6, 1)


def _tas_anzac(y: int) -> str:
    if y == 2020:
        return "🕯️ Anzac Day 2020: stand at the end of your driveway at dawn"
    return f"🎖️ Anzac Day {y}: dawn service and march times across the North"


def _tas_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for the latest news from the North"),
                  ("2018-03-05", "📧 Get the morning headlines in your inbox: sign up for our "
                                 "newsletter"))
    news: list[Event] = [
        _span("2016-01-14", "2016-02-10", "🔥 Bushfires on the Central Plateau and in the "
                                          "North-West: TFS alerts"),
        _span("2016-06-06", "2016-06-14", "🌧️ Flood emergency: levees, evacuations and road "
                                          "closures"),
        _vote("2016-07-02", "🗳️ Federal election: Bass, Braddon and Lyons results live"),
        _vote("2018-03-03", "🗳️ State election 2018: results for Bass and Braddon"),
        _vote("2019-05-18", "🗳️ Federal election 2019: live results as counting continues",
              after=2),
        _span("2020-04-12", "2020-04-22", "😷 North-West outbreak: hospitals closed, what you "
                                          "need to know"),
    ]
    feasts = _movable(launceston_cup, 1, 0, lambda y: f"🏇 Launceston Cup {y}: the field, "
                                                      f"the form and fashions on the field")
    feasts += _movable(show_day, 2, 0, lambda y: f"🎡 Royal Launceston Show {y}: gates, "
                                                 f"parking and the program")
    feasts += _movable(tas_daylight_saving_ends, 3, 0, lambda _: "🕑 Daylight saving ends on "
                                                                 "Sunday: clocks go back an "
                                                                 "hour")
    feasts += _movable(tas_daylight_saving_starts, 3, 0, lambda _: "🕑 Daylight saving starts "
                                                                   "on Sunday: clocks go "
                                                                   "forward an hour")
    feasts += _yearly("04-25", 1, 0, _tas_anzac)
    return _calendar(base, news, feasts)


def launceston_style() -> PublisherStyle:
    """A Tasmanian regional daily (Launceston): the date and a 12-hour time, turned
    "Updated" on the day of a redesign (a wording per day), "By" with the writer and the
    writer's role (a block), "READ MORE:" (up to twice), an ad label, picture credits, a
    subscription appeal reworded, a helpline line under some stories, a correction line on
    a few, a comments line reworded, a follow line turned a newsletter and turned by fires,
    floods, three votes and the 2020 outbreak, Launceston Cup day on the last Wednesday of
    February, show day (none in 2020), the change of the clocks and Anzac Day (at home in
    2020), a rights line, a rare bridge closure."""
    return PublisherStyle(
        domain="tamarmercury.com.au", site="The Tamar Mercury", base_size=210,
        subdomains=(("www.", 100),),
        sections=("news", "local-news", "sport", "business", "entertainment", "opinion"),
        n_authors=9, url_path="/story/{n}/{slug}/",
        pools={
            "role": ("Journalist", "Senior Journalist", "Sport Journalist", "Court Reporter",
                     "Chief of Staff", "Photographer"),
            "picture": ("Neil Carrick", "Rosa Linton", "supplied", "file image",
                        "Tasmania Police"),
        },
        families=(
            _f("updated", HEADER, 0.8, *_by_day(_tas_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("role", HEADER, 0.35, (_OLD, "{role}")),
            _f("read-more", MIDDLE, 0.45, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("advertisement", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("picture", MIDDLE, 0.3, (_OLD, "Picture: {picture}")),
            _f("subscribe", FOOTER, 0.35,
               (_OLD, "Help keep local news alive: subscribe to The Tamar Mercury from $1 a "
                      "week."),
               ("2019-02-04", "Local journalism matters. Get unlimited digital access for $2 a "
                              "week, cancel anytime.")),
            _f("lifeline", FOOTER, 0.12, (_OLD, "If this story has raised concerns for you, "
                                                "call Lifeline on 13 11 14.")),
            _f("correction", FOOTER, 0.06, (_OLD, "Correction: an earlier version of this "
                                                  "story gave a wrong name.")),
            _f("comments", FOOTER, 0.15, (_OLD, "Comments on this story are moderated."),
               ("2017-08-07", "Commenting has closed on this story.")),
            _f("notice", FOOTER, 0.3, *_tas_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Tamar Mercury. All rights "
                                                "reserved.")),
            _f("bridge", HEADER, 0.04, (_OLD, "🚧 Batman Bridge closed after a crash: expect "
                                              "long delays")),
        ),
    )


# --- a Panamanian Spanish-language regional daily (David, Chiriquí) ----------------------------

PA_REDESIGN = dt.date(2018, 1, 8)  # the town and long date turned "Actualizado" with a time
PA_LINKS = dt.date(2019, 7, 1)
PA_OUTINGS = (dt.date(2020, 4, 1), dt.date(2020, 5, 31))  # outings by sex, Sundays for none
PA_FUEL_START = dt.date(2014, 12, 26)  # a Friday: fuel prices change every other Friday


def _pa_dated(day: dt.date) -> str:
    if day < PA_REDESIGN:
        return (f"David, Chiriquí | {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"Actualizado el {day:%d/%m/%Y} a las {{time12}}"


def pa_fuel(day: dt.date) -> str:
    """The fortnight's fuel prices in balboas a gallon, as the site printed them."""
    k = (day - PA_FUEL_START).days // 14
    start = PA_FUEL_START + dt.timedelta(days=14 * k)
    end = start + dt.timedelta(days=13)
    p91 = 2.55 + 0.4 * math.sin(k / 9) + 0.002 * k
    if dt.date(2020, 4, 3) <= start < dt.date(2020, 7, 10):
        p91 -= 0.75
    return (f"⛽ Combustibles del {start.day} de {SPANISH_MONTHS[start.month - 1]} al "
            f"{end.day} de {SPANISH_MONTHS[end.month - 1]}: 95 oct. B/. {p91 + 0.14:.2f} · "
            f"91 oct. B/. {p91:.2f} · diésel B/. {p91 - 0.25:.2f}")


def pa_outings(day: dt.date) -> str | None:
    """Who may go out on `day` in the 2020 quarantine, as the site printed it: women on
    Mondays, Wednesdays and Fridays, men on Tuesdays, Thursdays and Saturdays, nobody on
    Sundays; None outside it."""
    if not PA_OUTINGS[0] <= day <= PA_OUTINGS[1]:
        return None
    if day.weekday() == 6:
        return "🏠 Domingo de cuarentena total: nadie sale"
    who = "las mujeres" if day.weekday() in (0, 2, 4) else "los hombres"
    return f"🚻 Hoy salen {who}: dos horas según el último dígito de la cédula"


def _pa_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Instagram y Twitter"),
                  ("2018-10-01", "Únete a nuestro grupo de WhatsApp y recibe las noticias de "
                                 "Chiriquí"))
    news: list[Event] = [
        _span("2016-06-26", "2016-06-26", "🚢 Inauguración del Canal ampliado: la transmisión "
                                          "en vivo"),
        _span("2019-01-22", "2019-01-27", "✝️ JMJ Panamá 2019: cierres de calles y horarios"),
        _vote("2019-05-05", "🗳️ Elecciones 2019: resultados en Chiriquí, circuito por "
                            "circuito", after=3),
        _span("2020-03-25", "2020-03-31", "😷 Cuarentena total en todo el país: lo que debes "
                                          "saber"),
        _span("2020-11-04", "2020-11-20", "🌀 Eta e Iota: Tierras Altas en alerta roja"),
    ]
    rota = _days(*PA_OUTINGS, pa_outings)
    feasts = _movable(_listed(FERIA_DE_DAVID), 0, 10, lambda y: f"🎡 Feria Internacional de "
                                                               f"David {y}: horarios y "
                                                               f"artistas")
    feasts += _yearly("01-14", 0, 10, lambda y: f"🌸 Feria de las Flores y del Café {y} en "
                                                f"Boquete")
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=47), 3, 0,
                       lambda y: f"🎭 Carnavales {y}: reinas, culecos y retenes en la "
                                 f"Interamericana")
    feasts += _yearly("11-03", 0, 0, lambda y: f"🇵🇦 {y - 1903} años de la separación de "
                                               f"Colombia: desfiles en David")
    feasts += _yearly("11-28", 0, 0, lambda y: f"🇵🇦 {y - 1821} años de la independencia de "
                                               f"España")
    return _calendar(base, news, rota, feasts)


def chiriqui_style() -> PublisherStyle:
    """A Panamanian Spanish-language regional daily (David, Chiriquí): the town, the weekday
    and the long date, turned "Actualizado el" with a numeric date and a 12-hour time (a
    wording per day), "Por:" with the writer and a correspondent line from a pool of towns,
    "Te puede interesar:" turned "👉 Lee también:" (up to twice), photo credits, an ad
    label, the fortnight's fuel prices (a wording per fortnight), a comments line, a follow
    line turned WhatsApp and turned by the canal's inauguration, World Youth Day, the 2019
    vote, the 2020 quarantine with its outings by sex and weekday, two storms, the David
    fair (none in 2020), the flower fair, the carnival and two patriotic days with their
    counts, a rights line turned around, a rare quake notice."""
    return PublisherStyle(
        domain="vozdelbaru.com.pa", site="La Voz del Barú", base_size=190,
        subdomains=(("www.", 100),),
        sections=("chiriqui", "nacionales", "sucesos", "deportes", "economia", "variedades"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "pueblo": ("Boquete", "Bugaba", "Volcán", "Puerto Armuelles", "Dolega", "Boquerón",
                       "San Félix"),
            "foto": ("La Voz del Barú", "cortesía", "archivo", "Senan", "Minsa"),
        },
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_pa_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por: {author}")),
            _f("corresponsal", HEADER, 0.2, (_OLD, "Corresponsal en {pueblo}")),
            _f("interesar", MIDDLE, 0.4, (_OLD, "Te puede interesar: {other_title}"),
               (PA_LINKS.isoformat(), "👉 Lee también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "PUBLICIDAD")),
            _f("combustible", FOOTER, 0.2, *_by_day(pa_fuel)),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Las opiniones de los comentarios no "
                                                   "reflejan la posición de este medio.")),
            _f("aviso", FOOTER, 0.3, *_pa_notice()),
            _f("derechos", FOOTER, 0.45,
               (_OLD, "© {year} La Voz del Barú. Todos los derechos reservados."),
               ("2019-01-01", "La Voz del Barú © {year} · Prohibida su reproducción sin "
                              "autorización escrita")),
            _f("sismo", HEADER, 0.04, (_OLD, "🌋 Sismo sentido en Chiriquí: no hay alerta de "
                                             "tsunami")),
        ),
    )


# --- a Korean-language community daily (Koreatown, Los Angeles) -------------------------------

KR_REDESIGN = dt.date(2018, 6, 4)  # the time stamp gained the Pacific time zone of the day
KR_EMAIL = dt.date(2019, 9, 2)


def us_daylight_saving(day: dt.date) -> bool:
    """Whether `day` falls in US daylight saving time: from the second Sunday of March to
    the day before the first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def _kr_dated(day: dt.date) -> str:
    stamp = f"입력 {day:%Y.%m.%d}({KOREAN_WEEKDAYS[day.weekday()]}) {{time}}"
    if day < KR_REDESIGN:
        return stamp
    return f"{stamp} {'PDT' if us_daylight_saving(day) else 'PST'}"


def kr_rate(day: dt.date) -> str:
    """The won for a dollar when sending money, changed monthly."""
    months = (day.year - 2015) * 12 + day.month - 1
    won = 1110 + 55 * math.sin(months / 8) + 1.2 * months
    if dt.date(2020, 3, 1) <= day < dt.date(2020, 6, 1):
        won += 60
    return f"💱 오늘의 환율: 1달러 = {won:,.2f}원 (송금 보낼 때 기준)"


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "한빛일보 페이스북을 팔로우하세요"),
                  ("2018-10-01", "카카오톡 채널을 추가하고 LA 한인 소식을 받아보세요"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ 2016 미국 대선: 실시간 개표 결과"),
        _span("2017-12-05", "2017-12-20", "🔥 토머스 산불: 대기질 주의보, 야외 활동 자제"),
        _vote("2018-11-06", "🗳️ 중간선거: 한인 후보 개표 현황"),
        _span("2018-11-08", "2018-11-20", "🔥 울시 산불: 대피 지역과 도로 통제 안내"),
        _vote("2020-03-03", "🗳️ 캘리포니아 예비선거: 투표소 안내"),
        _span("2020-03-19", "2020-05-08", "😷 세이퍼 앳 홈 행정명령: 필수 업종 외 영업 중단"),
        _vote("2020-11-03", "🗳️ 2020 대선: 캘리포니아 개표 결과", after=3),
        _span("2020-05-09", "2020-10-15", "📋 2020 인구조사에 꼭 참여하세요: 한인 인구가 예산을 "
                                          "좌우합니다"),
    ]
    feasts = _movable(_listed(SEOLLAL), 1, 1, lambda _: "🧧 설날: 새해 복 많이 받으세요!")
    feasts += _movable(_listed(CHUSEOK), 1, 1, lambda _: "🌕 풍성한 한가위 보내세요")
    feasts += _yearly("01-13", 0, 0, lambda y: f"🇺🇸🇰🇷 미주 한인의 날: 이민 {y - 1903}주년")
    feasts += _movable(_listed(LA_KOREAN_FESTIVAL), 2, 3,
                       lambda y: f"🎉 제{y - 1973}회 LA 한인축제: 서울국제공원 일대 교통 통제")
    feasts += _yearly("04-29", 0, 0, lambda y: f"4·29 폭동 {y - 1992}주년: 잊지 말아야 할 교훈")
    return _calendar(base, news, feasts)


def koreatown_style() -> PublisherStyle:
    """A Korean-language community daily (Koreatown, Los Angeles): "입력" with the date, the
    weekday and the time, gaining PDT or PST by the day's daylight-saving rule on the day of
    a redesign (a wording per day), the writer with "기자", turned with the newsroom's
    address, "[관련기사]" (up to twice), an ad label, photo credits, the won for a dollar (a
    wording per month), a tip line, a follow line turned KakaoTalk and turned by three
    votes and a primary, two fires, the 2020 order and census, the lunar new year,
    Chuseok, Korean-American Day and the riots' anniversary with their counts and the
    Korean festival with its count (none in 2020), a rights line turned English, a rare
    fire warning."""
    return PublisherStyle(
        domain="hanbitilbo.com", site="한빛일보", base_size=170,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("la", "community", "immigration", "business", "sports", "korea"),
        n_authors=7, url_path="/article/{yyyy}{mm}{dd}/{n}",
        pools={"sajin": ("한빛일보", "AP", "연합뉴스", "LA시청 제공", "독자 제공")},
        families=(
            _f("ipryeok", HEADER, 0.8, *_by_day(_kr_dated)),
            _f("gija", HEADER, 0.5, (_OLD, "{author} 기자"),
               (KR_EMAIL.isoformat(), "{author} 기자 news@hanbitilbo.com")),
            _f("gwanryeon", MIDDLE, 0.4, (_OLD, "[관련기사] {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.2, (_OLD, "광고")),
            _f("sajin", MIDDLE, 0.25, (_OLD, "사진: {sajin}")),
            _f("hwanyul", FOOTER, 0.2, *_by_day(kr_rate)),
            _f("jebo", FOOTER, 0.2, (_OLD, "제보 및 문의: 213-555-0147 · 카카오톡 hanbitnews")),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "저작권자 © 한빛일보 무단전재 및 재배포 금지"),
               ("2019-01-01", "Copyright © {year} 한빛일보. All rights reserved.")),
            _f("sanbul", HEADER, 0.04, (_OLD, "🔥 적색 경보(Red Flag Warning) 발령: 산불 위험이 "
                                              "매우 높습니다")),
        ),
    )


# --- a Greek-language community weekly of the diaspora (Melbourne) -----------------------------

GR_REDESIGN = dt.date(2017, 2, 6)  # the weekday and long date turned a numeric date and time
GR_LINKS = dt.date(2019, 3, 4)


def _gr_dated(day: dt.date) -> str:
    if day < GR_REDESIGN:
        return (f"{GREEK_WEEKDAYS[day.weekday()]} {day.day} {GREEK_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"Ενημέρωση: {day:%d.%m.%Y}, {{time}}"


def antipodes_festival(y: int) -> dt.date:
    """The Saturday of the street festival: the last Saturday of February."""
    return nth_weekday(y, 2, 5, -1)


def _gr_notice() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Facebook"),
                  ("2019-06-03", "Κάντε εγγραφή στο ενημερωτικό μας δελτίο (newsletter)"))
    news: list[Event] = [
        _vote("2015-01-25", "🗳️ Εκλογές στην Ελλάδα: τα αποτελέσματα"),
        _vote("2015-07-05", "🗳️ Δημοψήφισμα στην Ελλάδα: τα αποτελέσματα", before=4),
        _vote("2015-09-20", "🗳️ Εκλογές στην Ελλάδα: τα αποτελέσματα"),
        _vote("2016-07-02", "🗳️ Ομοσπονδιακές εκλογές στην Αυστραλία"),
        _vote("2018-11-24", "🗳️ Πολιτειακές εκλογές στη Βικτώρια"),
        _vote("2019-05-18", "🗳️ Ομοσπονδιακές εκλογές στην Αυστραλία"),
        _vote("2019-07-07", "🗳️ Εκλογές στην Ελλάδα: τα αποτελέσματα"),
        _span("2020-01-02", "2020-01-20", "🔥 Πυρκαγιές στη Βικτώρια: βοηθήστε τους "
                                          "πυρόπληκτους"),
        _span("2020-03-30", "2020-05-12", "😷 Μένουμε σπίτι: οι περιορισμοί στη Βικτώρια"),
        _span("2020-08-02", "2020-10-27", "😷 Στάδιο 4 στη Μελβούρνη: απαγόρευση κυκλοφορίας "
                                          "8 μ.μ. – 5 π.μ."),
    ]
    feasts = _movable(orthodox_easter, 2, 1, lambda _: "☦️ Χριστός Ανέστη! Καλό Πάσχα σε "
                                                       "όλη την ομογένεια")
    feasts += _yearly("03-25", 0, 0, lambda y: f"🇬🇷 25η Μαρτίου: {y - 1821} χρόνια από την "
                                               f"Επανάσταση")
    feasts += _yearly("10-28", 0, 0, lambda y: f"🇬🇷 Επέτειος του ΟΧΙ: {y - 1940} χρόνια")
    feasts += _movable(antipodes_festival, 1, 1, lambda y: f"🎉 Φεστιβάλ Αντίποδες {y} στη "
                                                           f"Lonsdale Street")
    return _calendar(base, news, feasts)


def melbourne_style() -> PublisherStyle:
    """A Greek-language community weekly of the diaspora (Melbourne): the Greek weekday and
    date, turned a numeric date with the time on the day of a redesign (a wording per day),
    "Γράφει:" with the writer, "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:" turned "Διαβάστε ακόμη ➜" (up to twice),
    an ad label, photo credits, a line pointing to the English edition, a subscription line
    reworded, a follow line turned a newsletter and turned by three Greek votes and a
    referendum, three Australian votes, the 2020 fires and two lockdowns, Orthodox Easter,
    the two national days with their counts and the street festival on the last Saturday
    of February, a rights line turned partly English, a rare heatwave warning."""
    return PublisherStyle(
        domain="fonitonantipodon.com.au", site="Φωνή των Αντιπόδων", base_size=150,
        subdomains=(("www.", 100),),
        sections=("omogeneia", "ellada", "kypros", "australia", "athlitika", "english"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={"fotografia": ("Φωνή των Αντιπόδων", "AAP", "ΑΠΕ-ΜΠΕ", "Eurokinissi",
                              "αρχείο")},
        families=(
            _f("imerominia", HEADER, 0.75, *_by_day(_gr_dated)),
            _f("grafei", HEADER, 0.5, (_OLD, "Γράφει: {author}")),
            _f("diavaste", MIDDLE, 0.4, (_OLD, "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: {other_title}"),
               (GR_LINKS.isoformat(), "Διαβάστε ακόμη ➜ {other_title}"), count=2),
            _f("diafimisi", MIDDLE, 0.2, (_OLD, "ΔΙΑΦΗΜΙΣΗ")),
            _f("fotografia", MIDDLE, 0.25, (_OLD, "Φωτογραφία: {fotografia}")),
            _f("english", FOOTER, 0.15, (_OLD, "🇬🇧 Read our English edition: news for second "
                                               "and third generation Greek Australians")),
            _f("syndromi", FOOTER, 0.2,
               (_OLD, "Γίνετε συνδρομητής: η έντυπη έκδοση κάθε Δευτέρα και Πέμπτη"),
               ("2018-07-02", "Ψηφιακή συνδρομή: $1 την εβδομάδα για απεριόριστη πρόσβαση")),
            _f("anakoinosi", FOOTER, 0.3, *_gr_notice()),
            _f("pnevmatika", FOOTER, 0.4,
               (_OLD, "© {year} Φωνή των Αντιπόδων – Με την επιφύλαξη παντός δικαιώματος"),
               ("2019-01-01", "© {year} Φωνή των Αντιπόδων Pty Ltd. All rights reserved.")),
            _f("kafsonas", HEADER, 0.04, (_OLD, "🌡️ Καύσωνας στη Μελβούρνη: προσέχετε τους "
                                                "ηλικιωμένους")),
        ),
    )


# --- a Japanese-language community daily of Brazil's Nikkei (Liberdade, São Paulo) ------------

JP_REDESIGN = dt.date(2017, 4, 3)  # the date gained the Japanese era and the Brazilian date
JP_REIWA = dt.date(2019, 5, 1)  # the era changed from Heisei to Reiwa
JP_RIGHTS = dt.date(2019, 5, 1)

# The reais for a dollar the site printed at the start of these months (linear in between).
BRL_ANCHORS = (("2015-01", 2.65), ("2015-09", 3.9), ("2016-01", 4.0), ("2016-07", 3.25),
               ("2017-01", 3.2), ("2018-01", 3.25), ("2018-09", 4.1), ("2019-01", 3.75),
               ("2019-11", 4.2), ("2020-05", 5.6), ("2021-01", 5.15))


def japanese_era(day: dt.date) -> str:
    """The Japanese era year of `day`: 平成31年 up to 30 April 2019, 令和元年, then 令和2年."""
    if day < JP_REIWA:
        return f"平成{day.year - 1988}年"
    return "令和元年" if day.year == 2019 else f"令和{day.year - 2018}年"


def _jp_dated(day: dt.date) -> str:
    md = f"{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
    if day < JP_REDESIGN:
        return f"{day.year}年{md}"
    return f"{japanese_era(day)}{md} · {day:%d/%m/%Y}"


def brl_per_dollar(day: dt.date) -> float:
    """The month's reais for a dollar (interpolated between `BRL_ANCHORS`)."""
    def index(ym: str) -> int:
        return int(ym[:4]) * 12 + int(ym[5:7]) - 1

    month = day.year * 12 + day.month - 1
    for (a, ra), (b, rb) in zip(BRL_ANCHORS, BRL_ANCHORS[1:], strict=False):
        if index(a) <= month <= index(b):
            return ra + (rb - ra) * (month - index(a)) / (index(b) - index(a))
    return BRL_ANCHORS[-1][1]


def jp_rate(day: dt.date) -> str:
    brl = brl_per_dollar(day)
    return f"💱 為替：1ドル＝{brl:.2f}レアル · 1レアル＝{110 / brl:.1f}円"


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "購読のお申し込みは本社営業部まで"),
                  ("2018-08-06", "電子版を始めました：スマホでも読めます"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ 統一地方選挙：サンパウロ市長選の結果"),
        _span("2018-05-21", "2018-05-31", "🚚 トラック運転手のスト：ガソリン不足に注意"),
        _vote("2018-10-07", "🗳️ 大統領選挙 第1回投票：開票速報"),
        _vote("2018-10-28", "🗳️ 大統領選挙 決選投票：開票速報", before=4),
        _span("2020-03-24", "2020-06-30", "😷 サンパウロ州で外出自粛：不要不急の外出を"
                                          "控えましょう"),
        _vote("2020-11-15", "🗳️ 統一地方選挙：サンパウロ市の開票結果"),
    ]
    feasts = _yearly("06-18", 1, 0, lambda y: f"🚢 移民の日：笠戸丸の着港から{y - 1908}周年")
    feasts += _movable(_listed(FESTIVAL_DO_JAPAO), 3, 2,
                       lambda y: f"🎌 第{y - 1997}回日本祭り（Festival do Japão）の案内")
    feasts += _yearly("01-01", 0, 2, lambda _: "🎍 謹賀新年 · Feliz Ano Novo")
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=47), 3, 0,
                       lambda _: "🎭 カーニバル休暇：本紙は休刊します")
    return _calendar(base, news, feasts)


def liberdade_style() -> PublisherStyle:
    """A Japanese-language community daily of Brazil's Nikkei (Liberdade, São Paulo): the
    Japanese date and weekday, turned the era year and the Brazilian date on the day of a
    redesign, the era changing from Heisei to Reiwa on its day (a wording per day), a
    language switch with Portuguese, "【関連記事】" (up to twice), an ad label in two
    languages, photo credits, the writer's name in brackets after the body, the real for a
    dollar and the yen for a real (a wording per month), a subscription line turned the
    digital edition and turned by four votes, the truckers' strike and the 2020 quarantine,
    Immigration Day with its count, the Japan festival with its count (none in 2020), the
    new year and the carnival break, a rights line turned Portuguese on the era's day, a
    rare storm warning."""
    return PublisherStyle(
        domain="liberdadehochi.com.br", site="リベルダーデ報知", base_size=130,
        subdomains=(("www.", 100),),
        sections=("colonia", "brasil", "nihon", "keizai", "sports", "bunka"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{n}/",
        pools={"shashin": ("本紙", "Agência Brasil", "共同", "文協提供", "読者提供")},
        families=(
            _f("hizuke", HEADER, 0.75, *_by_day(_jp_dated)),
            _f("portugues", HEADER, 0.15, (_OLD, "日本語 · Versão em português")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("koukoku", MIDDLE, 0.2, (_OLD, "広告 · PUBLICIDADE")),
            _f("shashin", MIDDLE, 0.25, (_OLD, "（写真・{shashin}）")),
            _f("shomei", FOOTER, 0.35, (_OLD, "（{author}記者）")),
            _f("kawase", FOOTER, 0.25, *_by_day(jp_rate)),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("chosakuken", FOOTER, 0.4, (_OLD, "© {year} リベルダーデ報知 – 記事・写真の"
                                                 "無断転載を禁じます"),
               (JP_RIGHTS.isoformat(), "Copyright © リベルダーデ報知 {year} · Todos os direitos "
                                       "reservados")),
            _f("ooame", HEADER, 0.04, (_OLD, "⛈️ サンパウロ市に大雨警報：冠水に注意 · Alerta de "
                                             "alagamento")),
        ),
    )


# --- a Russian-language news site of Kalmykia with Kalmyk lines (Elista) ----------------------

RU_REDESIGN = dt.date(2018, 9, 3)  # the long date turned a numeric one
RU_BYLINE = dt.date(2019, 2, 4)


def _ru_dated(day: dt.date) -> str:
    if day < RU_REDESIGN:
        return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}, {{time}}"
    return f"{day:%d.%m.%Y} {{time}}"


def _ru_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на нашу группу ВКонтакте"),
                  ("2019-03-04", "Читайте нас в Telegram и в Яндекс.Дзене"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы в Госдуму: итоги голосования в Калмыкии"),
        _vote("2018-03-18", "🗳️ Выборы президента: явка и предварительные итоги"),
        _span("2020-03-30", "2020-06-14", "😷 Режим самоизоляции: выходить из дома только по "
                                          "уважительной причине"),
        _span("2020-06-25", "2020-07-02", "🗳️ Голосование по поправкам в Конституцию: адреса "
                                          "участков"),
    ]
    feasts = _movable(_listed(TSAGAN_SAR), 0, 1, lambda _: "🐏 Цаган Сарин мендвт! С "
                                                           "праздником Белого месяца")
    feasts += _movable(_listed(ZUL), 0, 0, lambda _: "🪔 Зул: зажгите лампады за каждого "
                                                     "члена семьи")
    feasts += _yearly("05-09", 0, 0, lambda y: f"🎖️ С Днём Победы! {ru_years(y - 1945)} со "
                                               f"дня Великой Победы")
    feasts += _yearly("12-28", 0, 0, lambda y: f"🕯️ День памяти жертв депортации калмыцкого "
                                               f"народа: {ru_years(y - 1943)}")
    return _calendar(base, news, feasts)


def elista_style() -> PublisherStyle:
    """A Russian-language news site of Kalmykia with Kalmyk lines (Elista): the long date
    with the time, turned a numeric date on the day of a redesign (a wording per day),
    "Автор:" turned "Текст:" with the writer, "Читайте также:" (up to twice), an ad label,
    photo credits, tags, a Kalmyk thank-you, the media registration line with the age
    mark, a follow line turned Telegram and turned by two votes, the 2020 self-isolation
    and the constitutional vote, Tsagan Sar, Zul, Victory Day and the deportation's
    remembrance day with their counts in the plural forms, a rights line turned around, a
    rare dust-storm warning."""
    return PublisherStyle(
        domain="elistakurier.ru", site="Элистинский курьер", base_size=110,
        subdomains=(("", 100),),
        sections=("elista", "respublika", "obshchestvo", "ekonomika", "sport", "kultura"),
        n_authors=4, url_path="/news/{section}/{n}/",
        pools={
            "foto": ("пресс-служба главы РК", "архив редакции", "РИА Новости",
                     "из открытых источников", "Элистинский курьер"),
            "teg": ("Элиста", "Калмыкия", "Лагань", "Яшкуль", "сайгаки", "хурул", "степь"),
        },
        families=(
            _f("data", HEADER, 0.8, *_by_day(_ru_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (RU_BYLINE.isoformat(), "Текст: {author}")),
            _f("chitayte", MIDDLE, 0.4, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Реклама")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Фото: {foto}")),
            _f("tegi", FOOTER, 0.35, (_OLD, "Теги: {teg_list}")),
            _f("khanjanav", FOOTER, 0.15, (_OLD, "Ханҗанав! Спасибо, что читаете нас")),
            _f("podpiska", FOOTER, 0.3, *_ru_notice()),
            _f("svidetelstvo", FOOTER, 0.3, (_OLD, "Сетевое издание. Свидетельство о "
                                                   "регистрации ЭЛ № ФС 77-61234. 16+")),
            _f("prava", FOOTER, 0.45,
               (_OLD, "© {year} Элистинский курьер. При перепечатке ссылка на источник "
                      "обязательна."),
               ("2018-01-01", "Все права защищены © «Элистинский курьер», {year}")),
            _f("buria", HEADER, 0.04, (_OLD, "🌪️ МЧС: штормовое предупреждение, пыльная буря в "
                                             "восточных районах")),
        ),
    )


# --- a Ukrainian-language community weekly on the prairies (Winnipeg) --------------------------

UA_RECEIPT = dt.date(2019, 9, 2)  # the donation appeal gained the tax receipt


def _ua_dated(day: dt.date) -> str:
    return (f"{UKRAINIAN_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{UKRAINIAN_MONTHS[day.month - 1]} {day.year} р.")


def holodomor_day(y: int) -> dt.date:
    """The Holodomor remembrance day: the fourth Saturday of November."""
    return nth_weekday(y, 11, 5, 4)


def _ua_notice() -> Wordings:
    base = _steps((_OLD, "Стежте за нами у Фейсбуці"),
                  ("2019-04-01", "Підпишіться на нашу розсилку новин (newsletter)"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Федеральні вибори в Канаді: результати в Манітобі"),
        _vote("2016-04-19", "🗳️ Вибори до Законодавчих зборів Манітоби"),
        _vote("2019-03-31", "🗳️ Вибори президента України: де голосувати в Канаді"),
        _vote("2019-04-21", "🗳️ Другий тур виборів президента України", before=4),
        _vote("2019-09-10", "🗳️ Вибори до Законодавчих зборів Манітоби"),
        _vote("2019-10-21", "🗳️ Федеральні вибори в Канаді: результати в Манітобі"),
        _span("2020-03-20", "2020-05-04", "😷 Залишайтеся вдома: богослужіння транслюють "
                                          "онлайн"),
    ]
    feasts = _yearly("01-07", 1, 0, lambda _: "🌟 Христос Рождається! Славімо Його!")
    feasts += _movable(orthodox_easter, 1, 1, lambda _: "🥚 Христос Воскрес! Воістину "
                                                        "Воскрес!")
    feasts += _yearly("08-24", 0, 0, lambda y: f"🇺🇦 З Днем Незалежності! "
                                               f"{uk_years(y - 1991)} вільної України")
    feasts += _movable(holodomor_day, 0, 0, lambda _: "🕯️ День памʼяті жертв Голодомору: "
                                                      "запаліть свічку")
    feasts += _movable(lambda y: None if y == 2020 else nth_weekday(y, 8, 6, 1), 0, 13,
                       lambda y: f"🎪 Фольклорама {y}: українські павільйони чекають на вас")
    return _calendar(base, news, feasts)


def winnipeg_style() -> PublisherStyle:
    """A Ukrainian-language community weekly on the prairies (Winnipeg): the Ukrainian
    weekday and date with "р." (a wording per day), "Автор:" with the writer, "ЧИТАЙТЕ
    ТАКОЖ ▸" (up to twice), photo credits, a line on the English version, an opinion
    disclaimer, a donation appeal that gained the tax receipt, a follow line turned a
    newsletter and turned by Canadian, Manitoban and Ukrainian votes and the 2020 online
    services, Christmas on 7 January, Orthodox Easter, Independence Day with its count in
    the plural forms, Holodomor day on the fourth Saturday of November and the folk
    festival from the first Sunday of August (none in 2020), a rights line, a rare
    blizzard warning."""
    return PublisherStyle(
        domain="preriinyvisnyk.ca", site="Прерійний вісник", base_size=90,
        subdomains=(("www.", 100),),
        sections=("hromada", "ukraina", "kanada", "tserkva", "kultura", "sport"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"foto": ("Прерійний вісник", "КУК", "архів", "з Фейсбуку", "надано автором")},
        families=(
            _f("data", HEADER, 0.7, *_by_day(_ua_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}")),
            _f("chytaite", MIDDLE, 0.35, (_OLD, "ЧИТАЙТЕ ТАКОЖ ▸ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("english", FOOTER, 0.2, (_OLD, "🇨🇦 This story is also available in English on "
                                              "our website.")),
            _f("dumky", FOOTER, 0.12, (_OLD, "Думки авторів не завжди збігаються з позицією "
                                             "редакції.")),
            _f("pozhertvy", FOOTER, 0.2,
               (_OLD, "Підтримайте незалежну українську пресу в Канаді: пожертви через "
                      "CanadaHelps"),
               (UA_RECEIPT.isoformat(), "Пожертви від $20 отримують податкову квитанцію (tax "
                                        "receipt). Дякуємо!")),
            _f("ogoloshennia", FOOTER, 0.3, *_ua_notice()),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Прерійний вісник. Усі права "
                                            "застережено.")),
            _f("khurtovyna", HEADER, 0.04, (_OLD, "❄️ Попередження про хуртовину: Вінніпег і "
                                                  "південь Манітоби")),
        ),
    )


# --- a Luxembourgish-language regional news site (Ettelbruck, the Nordstad) --------------------

LU_REDESIGN = dt.date(2019, 9, 2)  # the weekday and long date turned "Publizéiert:"


def _lu_dated(day: dt.date) -> str:
    if day < LU_REDESIGN:
        return (f"{LUXEMBOURGISH_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{LUXEMBOURGISH_MONTHS[day.month - 1]} {day.year}")
    return f"Publizéiert: {day:%d.%m.%Y} um {{time}} Auer"


def buergbrennen(y: int) -> dt.date:
    """The burning of the "Buerg": the first Sunday of Lent."""
    return easter(y) + dt.timedelta(days=-42)


def _lu_notice() -> Wordings:
    base = _steps((_OLD, "Fannt eis op Facebook an Instagram"),
                  ("2018-11-05", "Abonéiert eis Newsletter a kritt all Moien d'Noriichten aus "
                                 "dem Norden"))
    news: list[Event] = [
        _vote("2017-10-08", "🗳️ Gemengewalen 2017: d'Resultater aus der Nordstad"),
        _vote("2018-10-14", "🗳️ Chamberwalen 2018: all Resultater aus dem Nordbezierk"),
        _vote("2019-05-26", "🗳️ Europawalen 2019: d'Resultater"),
        _span("2020-02-24", "2020-03-01", "🚌 Ab dem 1. Mäerz ass den ëffentlechen Transport "
                                          "gratis"),
        _span("2020-03-16", "2020-05-10", "😷 Bleift doheem! Déi nei Mesuren am Iwwerbléck"),
    ]
    feasts = _yearly("06-23", 1, 0, lambda _: "🇱🇺 Schéine Nationalfeierdag! Fakelzuch a "
                                              "Freedefeier")
    feasts += _movable(_listed(SCHUEBERFOUER), 0, 18, lambda y: f"🎡 Schueberfouer {y}: "
                                                               f"Busser a Parkplazen")
    feasts += _movable(lambda y: None if y == 2020 else easter(y) + dt.timedelta(days=1), 0,
                       0, lambda _: "🐦 Emaischen: Péckvillercher um Maart")
    feasts += _movable(buergbrennen, 0, 0, lambda _: "🔥 Buergbrennen: d'Feieren am Norden")
    return _calendar(base, news, feasts)


def ettelbruck_style() -> PublisherStyle:
    """A Luxembourgish-language regional news site (Ettelbruck): the Luxembourgish weekday
    and date, turned "Publizéiert:" with a numeric date and the time (a wording per day),
    "Vun" with the writer, a four-language switch, "Liest och:" (up to twice), an ad label,
    photo credits, a thank-you, a follow line turned a newsletter and turned by three
    votes, free public transport from 1 March 2020 and the 2020 lockdown, the national
    day, the summer fair (none in 2020), Easter Monday's market (none in 2020) and the
    first Sunday of Lent, a rights line in French and the publisher's imprint (a block),
    a rare black-ice warning."""
    return PublisherStyle(
        domain="nordstadnoriichten.lu", site="Nordstad Noriichten", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nordstad", "letzebuerg", "sport", "kultur", "economie", "welt"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={"foto": ("Nordstad Noriichten", "Editpress", "SIP", "Privat")},
        families=(
            _f("datum", HEADER, 0.7, *_by_day(_lu_dated)),
            _f("vun", HEADER, 0.45, (_OLD, "Vun {author}")),
            _f("sprooch", HEADER, 0.2, (_OLD, "LB · FR · DE · EN")),
            _f("liest", MIDDLE, 0.3, (_OLD, "Liest och: {other_title}"), count=2),
            _f("reklamm", MIDDLE, 0.15, (_OLD, "Reklamm")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("merci", FOOTER, 0.15, (_OLD, "Merci fir d'Liesen!")),
            _f("notiz", FOOTER, 0.3, *_lu_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nordstad Noriichten – Tous droits "
                                                 "réservés")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Editeur : Nordstad Media S.à r.l., 12, "
                                              "Grand-Rue, L-9050 Ettelbruck")),
            _f("rcs", FOOTER, 0.3, (_OLD, "RCS Luxembourg B 198765 · TVA LU 23456789")),
            _f("glaateis", HEADER, 0.04, (_OLD, "❄️ Glaateis-Warnung: Virsiicht op der "
                                                "Nordstrooss")),
        ),
    )


# --- a French Guiana French-language weekly's site with Creole lines (Saint-Laurent-du-Maroni) -

GF_WHATSAPP = dt.date(2019, 1, 7)


def _gf_launches() -> list[Event]:
    return [(_day(day, -1), _day(day, 1), f"🚀 Lancement {rocket} depuis Kourou : suivez le "
                                          f"direct") for day, rocket in KOUROU_LAUNCHES]


def carnival_end(y: int) -> dt.date:
    """The day after Ash Wednesday, when the carnival season of Guiana is over."""
    return easter(y) - dt.timedelta(days=45)


def _gf_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez-nous sur Facebook et Instagram"),
                  (GF_WHATSAPP.isoformat(), "Recevez nos alertes sur WhatsApp au "
                                            "0694 12 34 56"))
    news: list[Event] = [
        _span("2017-03-20", "2017-04-21", "✊ Mouvement social : barrages et état des routes "
                                          "(RN1, RN2)"),
        _vote("2017-04-22", "🗳️ Présidentielle : les résultats en Guyane (on vote le samedi)",
              before=4),
        _vote("2017-05-06", "🗳️ Second tour : les résultats dans l'Ouest guyanais", before=4),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : attestation obligatoire, restez "
                                          "chez vous"),
        _span("2020-06-15", "2020-07-17", "🌙 Couvre-feu renforcé dans l'Ouest guyanais"),
    ]
    feasts = _yearly("01-06", 0, 0, lambda y: f"🎭 Carnaval {y} : ouverture, place aux "
                                              f"touloulous")
    feasts += [(_day(f"{y}-01-07"), carnival_end(y), f"🎭 Carnaval {y} : le programme des "
                                                     f"parades et des bals") for y in YEARS]
    feasts += _yearly("06-10", 0, 0, lambda y: f"✊🏿 10 juin : {y - 1848}e anniversaire de "
                                               f"l'abolition de l'esclavage en Guyane")
    return _calendar(base, news, feasts)


def _gf_river(day: dt.date) -> str:
    if day.month in (9, 10, 11):
        return "🛶 Maroni à l'étiage : pirogues limitées vers Maripasoula et Papaïchton"
    return "🛶 Transport fluvial vers Apatou et Grand-Santi : horaires habituels"


def saintlaurent_style() -> PublisherStyle:
    """A French Guiana French-language weekly's site with Creole lines (Saint-Laurent-du-
    Maroni): "Publié le" with the date and the time, "Texte :" with the writer and
    "Photos :" with a credit on one line, "► À lire aussi :" (up to twice), the launches
    from Kourou the day before and on the day, the river's dry season (a wording per
    season), a thank-you in Creole and French, a follow line turned WhatsApp and turned by
    the 2017 movement and votes (held on Saturdays there), the 2020 confinement and curfew,
    the carnival from Epiphany to Ash Wednesday and the abolition day with its count, a
    rights line, a rare dengue notice."""
    return PublisherStyle(
        domain="maroniexpress.gf", site="Maroni Express", base_size=55,
        subdomains=(("www.", 100),),
        sections=("ouest", "guyane", "fleuve", "spatial", "sport", "culture"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"photos": ("Maroni Express", "DR", "CNES", "archives", "lecteur")},
        families=(
            _f("publie", HEADER, 0.7, (_OLD, "Publié le {date_fr} à {time}")),
            _f("texte", HEADER, 0.45, (_OLD, "Texte : {author} – Photos : {photos}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "► À lire aussi : {other_title}"), count=2),
            _f("espace", FOOTER, 0.2, *_calendar(
                lambda _: "🚀 Prochains lancements : consultez le calendrier du CSG",
                _gf_launches())),
            _f("fleuve", FOOTER, 0.2, *_by_day(_gf_river)),
            _f("mesi", FOOTER, 0.15, (_OLD, "Mèsi anpil ! Merci de lire Maroni Express")),
            _f("reseaux", FOOTER, 0.3, *_gf_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© Maroni Express {year} – Tous droits "
                                             "réservés")),
            _f("dengue", HEADER, 0.04, (_OLD, "🦟 Épidémie de dengue : videz les récipients "
                                              "d'eau stagnante")),
        ),
    )


# --- a Shetland English-language weekly's site with Shetlandic lines (Lerwick) -----------------

SH_BULLETIN = dt.date(2017, 6, 5)


def up_helly_aa(y: int) -> dt.date:
    """Up Helly Aa in Lerwick: the last Tuesday of January."""
    return nth_weekday(y, 1, 1, -1)


def _sh_ferry(day: dt.date) -> str:
    season = "summer" if 4 <= day.month <= 10 else "winter"
    return f"⛴️ Northern Isles ferries: the {season} timetable is now in operation"


def _sh_notice() -> Wordings:
    base = _steps((_OLD, "Send your news and pictures to news@lerwicklantern.co.uk"),
                  (SH_BULLETIN.isoformat(), "Sign up for our e-bulletin: the week in the isles, "
                                            "every Friday"))
    news: list[Event] = [
        _vote("2016-06-23", "🗳️ EU referendum: the count at the Clickimin"),
        _vote("2017-06-08", "🗳️ General election: the Orkney and Shetland result"),
        _vote("2019-08-29", "🗳️ Holyrood by-election: results from the Clickimin count"),
        _vote("2019-12-12", "🗳️ General election 2019: the Orkney and Shetland declaration"),
        _span("2020-03-23", "2020-05-28", "😷 Lockdown: ferries and flights cut to lifeline "
                                          "services"),
    ]
    feasts = _movable(up_helly_aa, 0, 0, lambda y: f"🔥 Up Helly Aa {y}: the procession route "
                                                   f"and road closures")
    feasts += _movable(_listed(FOLK_FESTIVAL), 0, 3, lambda y: f"🎻 Shetland Folk Festival "
                                                              f"{y}: concerts across the isles")
    return _calendar(base, news, feasts)


def lerwick_style() -> PublisherStyle:
    """A Shetland English-language weekly's site with Shetlandic lines (Lerwick): the
    weekday and the date, "By" with the writer, "See also:" (once), photo credits, the
    ferries' timetable that follows the seasons (a wording per season), a Shetlandic
    sign-off, a news line turned an e-bulletin and turned by four votes and the 2020
    lockdown, Up Helly Aa on the last Tuesday of January and the folk festival (none in
    2020), a rights line, a rare gale warning."""
    return PublisherStyle(
        domain="lerwicklantern.co.uk", site="The Lerwick Lantern", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "community", "fishing", "sport", "arts", "letters"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={"photo": ("Lerwick Lantern", "Shetland Islands Council", "Coastguard",
                         "contributed", "Magnie Tulloch")},
        families=(
            _f("date", HEADER, 0.65, (_OLD, "{weekday} {date_dmy}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}")),
            _f("also", MIDDLE, 0.25, (_OLD, "See also: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("ferry", FOOTER, 0.2, *_by_day(_sh_ferry)),
            _f("tanks", FOOTER, 0.15, (_OLD, "Tanks fur readin! See dee next week.")),
            _f("notice", FOOTER, 0.3, *_sh_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Lerwick Lantern, Lerwick, "
                                                "Shetland ZE1")),
            _f("gale", HEADER, 0.04, (_OLD, "🌬️ Yellow wind warning: inter-island ferries may "
                                            "be disrupted")),
        ),
    )


# --- a Niue English and Niuean community newsletter (Alofi) -------------------------------------

NU_FLIGHTS = dt.date(2016, 5, 3)  # a second weekly flight to Auckland


def _nu_dated(day: dt.date) -> str:
    return (f"{NIUEAN_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}")


def _nu_sea(day: dt.date) -> str:
    if 7 <= day.month <= 10:
        return "🐋 Whale season: stay 100 metres from the humpbacks and their calves"
    return "🤿 Reef walks: check the tide times at the Alofi wharf"


def _nu_notice() -> Wordings:
    base = _steps((_OLD, "Fakaalofa lahi atu! Send your village news to our office in Alofi"))
    news: list[Event] = [
        _vote("2017-05-06", "🗳️ Niue Assembly election: the results"),
        _vote("2020-05-30", "🗳️ Niue Assembly election 2020: village and common roll "
                            "results"),
        _span("2020-03-20", None, "😷 Border closed: only returning residents on the Auckland "
                                  "flight"),
    ]
    feasts = _yearly("10-19", 0, 1, lambda y: f"🇳🇺 Constitution Day: {y - 1974} years of "
                                              f"self-government")
    feasts += _yearly("01-02", 0, 6, lambda _: "🙏 Prayer Week: services in every village")
    return _calendar(base, news, feasts)


def alofi_style() -> PublisherStyle:
    """A Niue English and Niuean community newsletter (Alofi): the Niuean weekday and the
    date (a wording per day), "Tohia e" (written by) with the writer, a thank-you in
    Niuean, a flights line reworded for a second flight, the sea line that follows the
    whale season (a wording per season), a greeting turned by two votes and the border
    closure from March 2020 (to the end), Constitution Day with its count and the prayer
    week, a rights line, a rare cyclone alert."""
    return PublisherStyle(
        domain="tohitalaalofi.nu", site="Tohi Tala Alofi", base_size=25,
        subdomains=(("www.", 100),),
        sections=("news", "villages", "sport", "church", "ocean", "pacific"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("aho", HEADER, 0.6, *_by_day(_nu_dated)),
            _f("tohia", HEADER, 0.4, (_OLD, "Tohia e {author}")),
            _f("fakaaue", FOOTER, 0.2, (_OLD, "Fakaaue lahi for reading Tohi Tala Alofi")),
            _f("flights", FOOTER, 0.2, (_OLD, "✈️ Air New Zealand to Auckland: Saturdays"),
               (NU_FLIGHTS.isoformat(), "✈️ Flights to Auckland: Tuesdays and Saturdays")),
            _f("sea", FOOTER, 0.2, *_by_day(_nu_sea)),
            _f("notice", FOOTER, 0.3, *_nu_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tohi Tala Alofi, Alofi, Niue")),
            _f("cyclone", HEADER, 0.04, (_OLD, "🌀 Tropical cyclone alert: secure your homes and "
                                               "boats")),
        ),
    )


def heldout60_styles() -> list[PublisherStyle]:
    """The held-back-60 styles, in the order the generator hands them to publishers."""
    return [
        flanders_style(), launceston_style(), chiriqui_style(), koreatown_style(),
        melbourne_style(), liberdade_style(), elista_style(), winnipeg_style(),
        ettelbruck_style(), saintlaurent_style(), lerwick_style(), alofi_style(),
    ]
