"""The ``held-back-151`` template set of the planted-real benchmark.

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
"light a candle" line or an advertisement marker. The publishers are obituary and
funeral-notice sites, newspapers' announcements pages and community notice boards in English,
Dutch, German, Irish, Italian, Greek and Spanish: an American obituary host for local
newspapers, a Dutch family-notices portal, a German regional mourning portal, an Irish
death-notices site (with its Irish-language blessing), an Italian lakeside necrologi site, a
Greek funeral-notices site of the north, a Spanish esquelas site of the Cantabrian coast, a
Scottish weekly's family announcements page, an American funeral home's obituaries, an
Irish-language parish newsletter, a Greek-Australian community weekly's notices (in English
and Greek) and a Dutch village paper's notice board. The families are the kinds a crawl of
such sites holds: dates localised day by day in American, British and Irish English, Dutch
(one with the ISO week), German, Irish, Italian, Greek and Spanish, most changing form on the
day of a redesign (a relaunch on Totensonntag, All Souls' Day, All Saints' Day, Orthodox
Easter, St Patrick's Day, Greek Independence Day); lines that turn every day (the day's count
of new notices), every week (the parish's Sunday collection) and every fortnight (a village
paper's copy deadline); notice fees, word rates, flower prices and announcement prices that
change by year; guestbook and condolence-book prompts reworded in 2016-2019; "in lieu of
flowers" lines in four languages ("Family flowers only", "Statt zugedachter Blumen", "Non
fiori ma opere di bene", "Αντί στεφάνων") with their charities from pools; funeral-home and
undertaker credits, reposal, rosary, visitation and service-time slots from pools; paid-notice
disclaimers; notices that follow the calendars of mourning and of the papers (Memorial,
Mother's and Father's Days, Veterans Day, the Dutch Remembrance of 4 May, All Souls' and All
Saints', Totensonntag and Volkstrauertag, Ferragosto, Orthodox Easter and the Saturdays of
Souls, Holy Week, St Patrick's Day, the Irish cemetery Sunday and the November list of the
dead, Mothering Sunday, Valentine's and Remembrance Sunday messages, King's Day and St
Nicholas' arrival) and the 2020 pandemic's limits on mourners as they changed (Ireland's 10,
25 and 50, Italy's suspended funerals and then 15 mourners, Spain's state of alarm);
"Related"-like lines with other titles and advertisement markers mid-body (some up to two
times), multi-line blocks (paid-notice line and copyright, licence and copyright, the editors'
address), bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
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
    last_weekday,
    nth_weekday,
    ordinal,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times (the functions given are module-level, so the cache finds them again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MIONNA = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
          "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig")
LAETHANTA = ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn",
             "Dé Domhnaigh")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
IMERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def daily_count(day: dt.date, key: str, low: int, high: int) -> int:
    """How many new notices a site counts on `day`: more on weekdays, most in winter and
    in the spring of 2020."""
    base = low + (high - low) * wobble(day, key)
    if day.weekday() >= 5:
        base *= 0.6
    if day.month in (12, 1, 2):
        base *= 1.2
    if dt.date(2020, 3, 25) <= day <= dt.date(2020, 5, 10):
        base *= 1.4
    return max(1, round(base))


def totensonntag(y: int) -> dt.date:
    """The Sunday before the first Sunday of Advent (Totensonntag, Ewigkeitssonntag)."""
    day = dt.date(y, 11, 26)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def volkstrauertag(y: int) -> dt.date:
    """Germany's day of national mourning: the Sunday a week before Totensonntag."""
    return totensonntag(y) - 7 * ONE


def saturdays_of_souls(y: int) -> tuple[dt.date, dt.date]:
    """The Orthodox Saturdays of Souls: before Meatfare Sunday and before Pentecost."""
    pascha = orthodox_easter(y)
    return pascha - 57 * ONE, pascha + 48 * ONE


def mothering_sunday(y: int) -> dt.date:
    """Britain's Mothering Sunday: the fourth Sunday of Lent, three weeks before Easter."""
    return easter(y) - 21 * ONE


def remembrance_sunday(y: int) -> dt.date:
    """Britain's Remembrance Sunday: the second Sunday of November."""
    return nth_weekday(y, 11, 6, 2)


def sunday_before(day: dt.date) -> dt.date:
    """The last Sunday before `day` (a week back if `day` is a Sunday)."""
    return day - dt.timedelta(days=day.weekday() + 1)


def collection(sunday: dt.date) -> int:
    """A made-up Sunday collection of a rural parish, in euro (smaller in the lockdown)."""
    amount = 900 + 700 * wobble(sunday, "bailiuchan")
    if sunday.month == 12 and sunday.day >= 18:
        amount *= 1.6
    if dt.date(2020, 3, 15) <= sunday <= dt.date(2020, 6, 28):
        amount *= 0.25
    return int(round(amount, -1))


def copy_deadline(day: dt.date) -> dt.date:
    """A fortnightly village paper's next copy deadline: every other Friday, from 9 January
    2015, the one on or after `day`."""
    first = dt.date(2015, 1, 9)
    k = -(-(day - first).days // 14) if day > first else 0
    return first + dt.timedelta(days=14 * k)


def sinterklaas_arrival(y: int) -> dt.date:
    """The day St Nicholas arrives in the village: the third Saturday of November."""
    return nth_weekday(y, 11, 5, 3)


# --- an American obituary host for local newspapers ---------------------------------------

EV_REDESIGN = dt.date(2018, 9, 10)
EV_GUESTBOOK = dt.date(2016, 5, 2)
EV_ALERTS = dt.date(2019, 2, 4)
EV_FLOWERS = (("2013-02-01", "$39.99"), ("2016-02-01", "$44.99"), ("2018-02-01", "$49.99"),
              ("2019-11-01", "$54.99"), ("2020-09-01", "$59.99"))


def _ev_published(day: dt.date) -> str:
    if day < EV_REDESIGN:
        return f"Published in {{paper}} on {AP_MONTHS[day.month - 1]} {day.day}, {day.year}."
    return (f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} in {{paper}}")


def _ev_today(day: dt.date) -> str:
    return (f"{daily_count(day, 'ev', 180, 420)} new obituaries today, "
            f"{WEEKDAYS[day.weekday()]}, {AP_MONTHS[day.month - 1]} {day.day}")


def _ev_flowers(price: str) -> str:
    return f"🌸 Send sympathy flowers: same-day delivery by a local florist, from {price}"


@cache
def _ev_notice() -> Wordings:
    base = _steps((_OLD, "Get obituary alerts by email for your town"),
                  (EV_ALERTS.isoformat(), "📬 Never miss a notice: free obituary alerts for "
                                          "the towns you choose"))
    pandemic = [_span("2020-03-20", "2020-06-30", "🕯️ Services postponed? Families can add "
                                                  "livestream links and a memorial date later")]
    days: list[Event] = []
    for y in range(2015, 2021):
        memorial = last_weekday(y, 5, 0)
        days += [
            (nth_weekday(y, 5, 6, 2) - 6 * ONE, nth_weekday(y, 5, 6, 2) + ONE,
             f"💐 Mother's Day {y}: remember Mom with a free online tribute"),
            (memorial - 5 * ONE, memorial + ONE,
             f"🇺🇸 Memorial Day {y}: honor a fallen service member on our Wall of Honor"),
            (nth_weekday(y, 6, 6, 3) - 6 * ONE, nth_weekday(y, 6, 6, 3) + ONE,
             f"👔 Father's Day {y}: share a memory of Dad"),
            (dt.date(y, 11, 8), dt.date(y, 11, 12),
             f"🎖️ Veterans Day {y}: thank a veteran in our tribute book"),
            (thanksgiving(y) - 2 * ONE, thanksgiving(y) + 2 * ONE,
             "🍂 This Thanksgiving, light a candle for an empty chair"),
        ]
    return _calendar(base, pandemic, sorted(days))


def evergreen_style() -> PublisherStyle:
    """An American obituary host for local newspapers: a kicker from a pool, "Published in"
    the paper (from a pool) with the AP-style date turned the weekday and the full date on
    10 September 2018 (a wording per day), the day's count of new obituaries (a wording per
    day), a candle count, "In lieu of flowers" with a charity from a pool and the sympathy
    flowers price (raised over the years) mid-body up to twice, "More obituaries:" with other
    titles, advertisement markers up to twice, the funeral home's credit from a pool, a
    guestbook prompt reworded twice, an alerts line reworded and turned by Mother's Day,
    Memorial Day, Father's Day, Veterans Day, Thanksgiving and the pandemic, the paid-notice
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="evergreentributes.com", site="Evergreen Tributes", base_size=250,
        subdomains=(("www.", 75), ("obits.", 25)),
        sections=("obituaries", "death-notices", "memorials", "in-memoriam"),
        n_authors=8, url_path="/us/{section}/{slug}?pid={n}",
        pools={
            "kicker": ("OBITUARIES", "DEATH NOTICES", "IN MEMORIAM", "CELEBRATION OF LIFE"),
            "paper": ("the Carver Valley Ledger", "the Millbrook Sentinel",
                      "the Ashford Daily Press", "the Lake Haven Courier",
                      "the Dunmore Gazette-Times", "the Rock Prairie Register"),
            "home": ("Whitcomb & Sons Funeral Home", "Greenlaw-Barrett Funeral Chapel",
                     "St. Clair Memorial Chapel", "Oakhurst Funeral Home & Crematory",
                     "Pine Ridge Cremation Services", "Dahlberg-Noonan Funeral Home"),
            "charity": ("the American Heart Association", "St. Jude Children's Research "
                        "Hospital", "the Alzheimer's Association", "a hospice of your choice",
                        "the county humane society", "the Wounded Warrior Project"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("published", HEADER, 0.9, *_by_day(_ev_published)),
            _f("today", HEADER, 0.2, *_by_day(_ev_today)),
            _f("candles", HEADER, 0.3, (_OLD, "🕯️ {count} candles lit · Light a candle")),
            _f("lieu", MIDDLE, 0.2, (_OLD, "In lieu of flowers, memorial contributions may be "
                                           "made to {charity}.")),
            _f("flowers", MIDDLE, 0.3, *from_table(EV_FLOWERS, _ev_flowers), count=2),
            _f("more", MIDDLE, 0.3, (_OLD, "More obituaries: {other_title}")),
            _f("advert", MIDDLE, 0.35, (_OLD, "ADVERTISEMENT"), count=2),
            _f("home", FOOTER, 0.5, (_OLD, "Arrangements entrusted to {home}.")),
            _f("guestbook", FOOTER, 0.55, (_OLD, "Sign the Guest Book"),
               (EV_GUESTBOOK.isoformat(), "Offer condolences or share a memory in the Guest "
                                          "Book"),
               (EV_REDESIGN.isoformat(), "✍️ Sign the Guest Book · {count} entries · Share a "
                                         "photo")),
            _f("notice", FOOTER, 0.3, *_ev_notice()),
            _f("paid", FOOTER, 0.35, (_OLD, "This is a paid obituary placed by the family. "
                                            "Evergreen Tributes does not edit paid notices.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Evergreen Tributes, Inc. All rights "
                                                 "reserved. Use of this site means you accept "
                                                 "our Terms of Use.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "notice gave the wrong time for the "
                                                  "visitation.")),
        ),
    )


# --- a Dutch family-notices portal --------------------------------------------------------

AP_REDESIGN = dt.date(2017, 10, 2)
AP_REGISTER = dt.date(2018, 4, 9)
AP_TARIEF = (("2014-01-01", "139,00"), ("2016-01-01", "145,00"), ("2017-07-01", "152,50"),
             ("2019-01-01", "159,00"), ("2020-01-01", "164,50"))


def _ap_geplaatst(day: dt.date) -> str:
    if day < AP_REDESIGN:
        return f"Geplaatst op {day.day:02d}-{day.month:02d}-{day.year}"
    return (f"Geplaatst op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} "
            f"{day.year} om {{time}}")


def _ap_vandaag(day: dt.date) -> str:
    return (f"Vandaag, {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]}: "
            f"{daily_count(day, 'ap', 60, 150)} nieuwe familieberichten")


@cache
def _ap_melding() -> Wordings:
    base = _steps((_OLD, "Ontvang een e-mail bij nieuwe berichten uit uw woonplaats"))
    corona = [_span("2020-03-16", "2020-06-30", "Uitvaarten vinden nu plaats in kleine kring; "
                                                "veel families delen een livestream")]
    dodenherdenking = _yearly("05-04", 3, 0, lambda y: f"🇳🇱 4 mei {y}: om 20.00 uur twee "
                                                       f"minuten stilte voor de Nationale "
                                                       f"Dodenherdenking")
    allerzielen = _yearly("11-02", 5, 0, lambda y: f"🕯️ Allerzielen {y}: herdenk uw dierbaren "
                                                   f"met een digitaal kaarsje")
    kerst = _yearly("12-26", 8, 0, lambda y: f"🎄 De advertentiebalie is gesloten op 25 en 26 "
                                             f"december {y}")
    return _calendar(base, dodenherdenking, corona, allerzielen, kerst)


def afscheidsplein_style() -> PublisherStyle:
    """A Dutch family-notices portal: the kind of notice from a pool, "Geplaatst op" with the
    numeric date turned the weekday, the long date and the time on 2 October 2017 (a wording
    per day), the paper it appeared in from a pool, the day's count of new notices (a
    wording per day), "Steek een kaarsje aan" and "Lees ook:" mid-body, advertisement
    markers up to twice, the undertaker from a pool, a condolence-register prompt reworded
    in 2018, the price of a notice (changing over the years), an e-mail line turned by the
    Remembrance of 4 May, All Souls' Day, Christmas and the pandemic's small funerals, the
    placed-on-behalf line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="afscheidsplein.nl", site="Afscheidsplein", base_size=220,
        subdomains=(("www.", 100),),
        sections=("overlijdensberichten", "in-memoriam", "dankbetuigingen", "jubilea"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "soort": ("Overlijdensbericht", "Familiebericht", "In memoriam", "Dankbetuiging",
                      "Jubileum"),
            "krant": ("De Noordelijke Courant", "Het Rivierenblad", "Dagblad De Polder",
                      "Kempens Nieuwsblad", "De IJsselbode"),
            "uitvaart": ("Uitvaartzorg Van der Meulen, Zwolle", "Uitvaartcentrum De Linde",
                         "Uitvaartverzorging Bakker & Dijkstra", "Coöperatie De Laatste Eer",
                         "Uitvaartbegeleiding Sterre"),
        },
        families=(
            _f("soort", HEADER, 0.5, (_OLD, "{soort}")),
            _f("geplaatst", HEADER, 0.9, *_by_day(_ap_geplaatst)),
            _f("krant", HEADER, 0.45, (_OLD, "Verschenen in {krant}")),
            _f("vandaag", HEADER, 0.2, *_by_day(_ap_vandaag)),
            _f("kaarsje", MIDDLE, 0.3, (_OLD, "🕯️ Steek een kaarsje aan")),
            _f("lees-ook", MIDDLE, 0.25, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie"), count=2),
            _f("uitvaart", FOOTER, 0.4, (_OLD, "Uitvaartverzorging: {uitvaart}")),
            _f("register", FOOTER, 0.55,
               (_OLD, "Schrijf een condoleance in het online register"),
               (AP_REGISTER.isoformat(), "Condoleren kan in het online condoleanceregister; "
                                         "de familie ontvangt alle berichten")),
            _f("tarief", FOOTER, 0.2, *from_table(AP_TARIEF, lambda v: (
                f"Zelf een familiebericht plaatsen? Online vanaf € {v} (incl. btw)"))),
            _f("melding", FOOTER, 0.3, *_ap_melding()),
            _f("opdracht", FOOTER, 0.35, (_OLD, "Berichten worden geplaatst in opdracht van de "
                                                "familie of de uitvaartverzorger.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Afscheidsplein B.V. Alle rechten "
                                                "voorbehouden.")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie stond "
                                                    "een onjuiste datum van de uitvaart.")),
        ),
    )


# --- a German regional mourning portal ----------------------------------------------------

TN_REDESIGN = dt.date(2016, 11, 20)  # relaunched on Totensonntag 2016
TN_KONDOLENZ = dt.date(2019, 3, 4)
TN_PREISE = (("2014-01-01", "39 € · gedruckt ab 178 €"), ("2016-01-01", "39 € · gedruckt ab "
                                                                        "189 €"),
             ("2017-01-01", "45 € · gedruckt ab 189 €"), ("2018-07-01", "45 € · gedruckt ab "
                                                                        "198 €"),
             ("2020-01-01", "49 € · gedruckt ab 209 €"))


def _tn_datum(day: dt.date) -> str:
    if day < TN_REDESIGN:
        return f"Erschienen am {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Veröffentlicht am {WOCHENTAGE[day.weekday()]}, {day.day}. "
            f"{MONATE[day.month - 1]} {day.year}")


def _tn_heute(day: dt.date) -> str:
    return (f"Heute {daily_count(day, 'tn', 25, 70)} neue Traueranzeigen "
            f"({day.day:02d}.{day.month:02d}.)")


@cache
def _tn_hinweis() -> Wordings:
    base = _steps((_OLD, "Kostenlos: der Trauer-Newsletter für Ihren Ort"))
    corona = [_span("2020-03-23", "2020-05-10", "Wegen der Corona-Schutzverordnung finden "
                                                "Trauerfeiern nur im engsten Familienkreis "
                                                "statt")]
    gedenktage: list[Event] = []
    for y in YEARS:
        vt, ts = volkstrauertag(y), totensonntag(y)
        gedenktage += [
            (dt.date(y, 10, 29), dt.date(y, 11, 2), f"Allerheiligen {y}: Gräbersegnung auf "
                                                    f"vielen Friedhöfen der Region"),
            (vt - 3 * ONE, vt + ONE, f"Volkstrauertag, {vt.day}. November {y}: Gedenken an "
                                     f"die Opfer von Krieg und Gewalt"),
            (ts - 5 * ONE, ts + ONE, f"🕯️ Totensonntag, {ts.day}. November {y}: zünden Sie "
                                     f"eine virtuelle Kerze an"),
        ]
    return _calendar(base, corona, gedenktage)


def niederrhein_style() -> PublisherStyle:
    """A German regional mourning portal: the section from a pool, "Erschienen am" with the
    numeric date turned "Veröffentlicht am" with the weekday and the long date on
    Totensonntag 2016 (a wording per day), the paper from a pool, the day's count of new
    notices (a wording per day), "Gedenkkerze anzünden", "Statt zugedachter Blumen" with a
    charity from a pool and advertisement markers (up to twice) mid-body, the undertaker from
    a pool, a condolence-book prompt reworded in 2019, the notice prices (changing over the
    years), a newsletter line turned by All Saints', Volkstrauertag, Totensonntag and the
    pandemic, the placed-by-the-family line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="trauer-niederrhein.de", site="Trauer am Niederrhein", base_size=190,
        subdomains=(("www.", 100),),
        sections=("traueranzeigen", "nachrufe", "danksagungen", "gedenken"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Traueranzeigen", "Nachrufe", "Danksagungen", "Jahresgedächtnis",
                       "Gedenken"),
            "zeitung": ("Niederrhein-Bote", "Klever Landzeitung", "Weseler Tageblatt",
                        "Rheinberger Anzeiger"),
            "spende": ("die Deutsche Krebshilfe", "den Ambulanten Hospizdienst Kleve",
                       "das Kinderhospiz Sternenzelt", "die Kirchengemeinde St. Willibrord"),
            "bestatter": ("Bestattungen Hülsmann, Kleve", "Bestattungshaus Terlinden",
                          "Bestattungen Verhoeven & Söhne", "Bestattungsinstitut Rademacher",
                          "Trauerhaus Kempkes"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_tn_datum)),
            _f("zeitung", HEADER, 0.4, (_OLD, "aus: {zeitung}")),
            _f("heute", HEADER, 0.15, *_by_day(_tn_heute)),
            _f("kerze", MIDDLE, 0.3, (_OLD, "Gedenkkerze anzünden")),
            _f("spende", MIDDLE, 0.2, (_OLD, "Statt zugedachter Blumen bitten wir um eine "
                                             "Spende an {spende}.")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("bestatter", FOOTER, 0.45, (_OLD, "Betreuung: {bestatter}")),
            _f("kondolenz", FOOTER, 0.5, (_OLD, "Schreiben Sie einen Eintrag ins "
                                                "Kondolenzbuch"),
               (TN_KONDOLENZ.isoformat(), "Kondolenzbuch: Teilen Sie Ihre Anteilnahme und "
                                          "Ihre Erinnerungen")),
            _f("preise", FOOTER, 0.2, *from_table(TN_PREISE, lambda v: (
                f"Traueranzeige aufgeben: online ab {v}"))),
            _f("hinweis", FOOTER, 0.3, *_tn_hinweis()),
            _f("angehoerige", FOOTER, 0.35, (_OLD, "Diese Anzeige wurde von den Angehörigen "
                                                   "aufgegeben.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Trauer am Niederrhein · ein Angebot "
                                                "der Niederrhein Medien GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Termin der Trauerfeier wurde "
                                                 "berichtigt.")),
        ),
    )


# --- an Irish death-notices site ----------------------------------------------------------

CU_REDESIGN = dt.date(2018, 2, 5)
CU_CONDOLENCE = dt.date(2017, 3, 6)
CU_FEES = (("2014-01-01", "€25"), ("2017-01-01", "€30"), ("2019-01-01", "€35"),
           ("2020-01-01", "€40"))
# Mourners allowed at funerals in 2020, as the public-health steps changed.
MOURNERS = (("2020-03-24", "2020-06-07", "10"), ("2020-06-08", "2020-06-28", "25"),
            ("2020-06-29", "2020-10-20", "50"), ("2020-10-21", "2020-11-30", "10"),
            ("2020-12-01", "2021-01-10", "25"))
CU_WEBCAM = dt.date(2020, 3, 24)


def _cu_dated(day: dt.date) -> str:
    if day < CU_REDESIGN:
        return (f"Published: {WEEKDAYS[day.weekday()]} {ordinal(day.day)} "
                f"{MONTHS[day.month - 1]} {day.year}")
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} "
            f"· {{time}}")


@cache
def _cu_guidance() -> Wordings:
    base = _steps((_OLD, "Notices are placed by funeral directors on behalf of families."))
    limits = [_span(first, last, f"In line with public health advice, funerals are limited to "
                                 f"{n} mourners. Please leave a message of sympathy below.")
              for first, last, n in MOURNERS]
    return _calendar(base, limits)


def cuimhne_style() -> PublisherStyle:
    """An Irish death-notices site: "Published:" with the weekday and the ordinal date turned
    the short date and the time on 5 February 2018 (a wording per day), the county from a
    pool, the reposal (funeral home, day and hours from pools), "House private", "Family
    flowers only" with a charity from a pool, the webcam line reworded for the pandemic and
    advertisement markers mid-body, the Irish blessing "Ar dheis Dé" (his or her soul, from a
    pool), a condolence prompt reworded in 2017, the notice fee (raised over the years), a
    guidance line turned by the 2020 limits on mourners (10, 25, 50, 10, 25), the copyright
    line, a rare Month's Mind line and a rare update."""
    return PublisherStyle(
        domain="cuimhne.ie", site="Cuimhne", base_size=160,
        subdomains=(("www.", 100),),
        sections=("death-notices", "anniversaries", "acknowledgements"),
        n_authors=2, url_path="/{section}/{slug}/{n}",
        pools={
            "county": ("Galway", "Mayo", "Roscommon", "Sligo", "Leitrim", "Clare", "Donegal"),
            "home": ("Ó Flatharta's Funeral Home, Carraroe", "McGrath's Funeral Home, Tuam",
                     "Burke's Funeral Home, Ballinrobe", "Gilmartin's Funeral Home, Boyle",
                     "Conneely's Funeral Home, Clifden"),
            "svc_day": ("Thursday", "Friday", "Saturday", "Sunday", "Monday"),
            "svc_time": ("4pm to 6pm", "5pm to 7pm", "6pm to 8pm", "5pm to 8pm"),
            "charity": ("Galway Hospice", "the Irish Cancer Society",
                        "the Alzheimer Society of Ireland", "Mayo Roscommon Hospice",
                        "the Irish Heart Foundation"),
            "anam": ("a anam dílis", "a hanam dílis"),
        },
        families=(
            _f("dated", HEADER, 0.9, *_by_day(_cu_dated)),
            _f("county", HEADER, 0.55, (_OLD, "Co. {county}")),
            _f("reposing", MIDDLE, 0.3, (_OLD, "Reposing at {home} on {svc_day} from "
                                               "{svc_time}.")),
            _f("house", MIDDLE, 0.25, (_OLD, "House private, please.")),
            _f("flowers", MIDDLE, 0.3, (_OLD, "Family flowers only, please. Donations, if "
                                              "desired, to {charity}.")),
            _f("webcam", MIDDLE, 0.15, (_OLD, "Funeral Mass may be viewed live on the parish "
                                              "webcam."),
               (CU_WEBCAM.isoformat(), "Funeral Mass will be streamed live on the parish "
                                       "webcam for those who cannot attend.")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("blessing", FOOTER, 0.3, (_OLD, "Ar dheis Dé go raibh {anam}.")),
            _f("condolences", FOOTER, 0.55, (_OLD, "Leave a message of condolence"),
               (CU_CONDOLENCE.isoformat(), "Condolences may be left in the online book of "
                                           "condolence below.")),
            _f("fee", FOOTER, 0.15, *from_table(CU_FEES, lambda v: (
                f"Notice fee: {v} incl. VAT, paid through your funeral director."))),
            _f("guidance", FOOTER, 0.3, *_cu_guidance()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Cuimhne Notices Ltd. Death notices "
                                                "published on behalf of funeral directors.")),
            _f("months-mind", MIDDLE, 0.05, (_OLD, "Month's Mind Mass to be announced at a "
                                                   "later date.")),
            _f("update", HEADER, 0.04, (_OLD, "Updated: funeral arrangements have changed; see "
                                              "the revised times below.")),
        ),
    )


# --- an Italian lakeside necrologi site ---------------------------------------------------

NL_REDESIGN = dt.date(2019, 11, 2)  # relaunched on the day of the dead
NL_CORDOGLIO = dt.date(2017, 5, 15)
NL_TARIFFE = (("2014-01-01", "3,20"), ("2016-01-01", "3,40"), ("2018-01-01", "3,60"),
              ("2020-01-01", "3,80"))


def _nl_data(day: dt.date) -> str:
    if day < NL_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Pubblicato {GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, "
            f"ore {{time}}")


@cache
def _nl_avviso() -> Wordings:
    base = _steps((_OLD, "Ricevi ogni mattina i necrologi del tuo paese"))
    covid = [
        _span("2020-03-08", "2020-05-03", "Emergenza Covid-19: le cerimonie funebri sono "
                                          "sospese; è consentita la sola benedizione al "
                                          "cimitero"),
        _span("2020-05-04", "2020-06-14", "Dal 4 maggio funerali con al massimo 15 persone, "
                                          "con mascherina e distanze"),
    ]
    feste = (_yearly("08-15", 5, 0, lambda y: f"Ferragosto {y}: l'ufficio necrologi è chiuso; "
                                              f"i necrologi si ricevono online")
             + _yearly("11-02", 6, 0, lambda y: f"🕯️ 2 novembre {y}: Commemorazione dei "
                                                f"defunti, gli orari dei cimiteri")
             + _yearly("12-26", 6, 0, lambda y: f"Natale {y}: necrologi per il 27 dicembre "
                                                f"entro le 16 del 24"))
    return _calendar(base, covid, sorted(feste))


def lariane_style() -> PublisherStyle:
    """An Italian lakeside necrologi site: the kind of notice from a pool, the numeric date
    turned the weekday, the long date and the time on 2 November 2019 (a wording per day),
    "Non fiori ma opere di bene" with a charity from a pool, the rosary (day and hour from
    pools), "Accendi un lumino", "Leggi anche:" and advertisement markers (up to twice)
    mid-body, the undertaker from a pool, a condolence prompt reworded in 2017, the word
    rate (raised every other year), an alerts line turned by Ferragosto, the day of the
    dead, Christmas and the pandemic's suspended funerals and then 15 mourners, the
    copyright line with the VAT number, a rare erratum."""
    return PublisherStyle(
        domain="necrologielariane.it", site="Necrologie Lariane", base_size=130,
        subdomains=(("www.", 100),),
        sections=("necrologi", "anniversari", "ringraziamenti"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "tipo": ("Necrologio", "Partecipazione", "Anniversario", "Ringraziamento",
                     "Trigesimo"),
            "onoranze": ("Colombo & Figli, Lecco", "Sala del Commiato Brivio",
                         "Ronchetti, Erba", "Pozzi, Menaggio", "La Serena, Bellano"),
            "ente": ("all'Associazione Italiana contro le Leucemie", "all'Hospice Il Gelso",
                     "alla Lega del Filo d'Oro", "alla parrocchia", "alla Croce Rossa di Lecco"),
            "sera": ("questa sera", "domani sera", "lunedì sera", "martedì sera"),
            "ora": ("20", "20.30", "18", "20.45"),
        },
        families=(
            _f("tipo", HEADER, 0.5, (_OLD, "{tipo}")),
            _f("data", HEADER, 0.9, *_by_day(_nl_data)),
            _f("opere", MIDDLE, 0.2, (_OLD, "Non fiori ma opere di bene: offerte {ente}.")),
            _f("rosario", MIDDLE, 0.25, (_OLD, "Il Santo Rosario sarà recitato {sera} alle ore "
                                               "{ora} nella chiesa parrocchiale.")),
            _f("lumino", MIDDLE, 0.3, (_OLD, "Accendi un lumino")),
            _f("leggi", MIDDLE, 0.2, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("onoranze", FOOTER, 0.45, (_OLD, "Onoranze funebri {onoranze}")),
            _f("cordoglio", FOOTER, 0.5, (_OLD, "Esprimi il tuo cordoglio alla famiglia"),
               (NL_CORDOGLIO.isoformat(), "Lascia un messaggio di cordoglio: lo "
                                          "consegneremo ai familiari")),
            _f("tariffa", FOOTER, 0.2, *from_table(NL_TARIFFE, lambda v: (
                f"Necrologi: € {v} a parola + IVA; croce o foto € 20"))),
            _f("avviso", FOOTER, 0.3, *_nl_avviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Necrologie Lariane S.r.l. · P. IVA "
                                                 "03184260138")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: la data del funerale è stata "
                                              "corretta.")),
        ),
    )


# --- a Greek funeral-notices site of the north --------------------------------------------

KV_REDESIGN = orthodox_easter(2018)  # relaunched on Easter Sunday 2018
KV_SYLLYPITIRIA = dt.date(2019, 1, 7)
KV_TIMES = (("2014-01-01", "20"), ("2016-01-01", "22"), ("2018-01-01", "25"),
            ("2020-01-01", "28"))


def _kv_imerominia(day: dt.date) -> str:
    if day < KV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{IMERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year} {{time}}"


def _kv_simera(day: dt.date) -> str:
    return (f"Σήμερα, {IMERES[day.weekday()]} {day.day} {MINES[day.month - 1]}: "
            f"{daily_count(day, 'kv', 12, 40)} αγγελίες")


@cache
def _kv_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Ενημερωθείτε για τις κηδείες της περιοχής σας με email"))
    covid = [_span("2020-03-23", "2020-05-17", "Λόγω των μέτρων, στις κηδείες επιτρέπονται "
                                               "έως 10 άτομα")]
    dates: list[Event] = []
    for y in YEARS:
        pascha = orthodox_easter(y)
        dates.append((pascha - 2 * ONE, pascha + 2 * ONE, f"Χριστός Ανέστη! Καλό Πάσχα {y}"))
        for saturday in saturdays_of_souls(y):
            dates.append((saturday - 3 * ONE, saturday + ONE,
                          f"Ψυχοσάββατο {saturday.day} {MINES[saturday.month - 1]}: τρισάγια "
                          f"στα κοιμητήρια της πόλης"))
    return _calendar(base, covid, sorted(dates))


def kideies_style() -> PublisherStyle:
    """A Greek funeral-notices site of the north: the category from a pool, the numeric date
    turned the weekday, the long date (months in the genitive) and the time on Easter Sunday
    2018 (a wording per day), the day's count of notices (a wording per day), "Ανάψτε ένα
    κερί", "Αντί στεφάνων" with a charity from a pool, the forty-day memorial line and
    advertisement markers (up to twice) mid-body, the funeral office from a pool, a
    condolence prompt reworded in 2019, the notice price (raised every other year), an
    e-mail line turned by Easter, the two Saturdays of Souls and the pandemic's limit of ten
    mourners, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kideiesvoreiou.gr", site="Κηδείες Βορείου Ελλάδος", base_size=110,
        subdomains=(("www.", 100),),
        sections=("kideies", "mnimosyna", "efcharistiria"),
        n_authors=2, url_path="/{section}/{slug}-{n}",
        pools={
            "katigoria": ("Κηδείες", "Μνημόσυνα", "Ευχαριστήρια", "Αγγελίες θανάτου"),
            "grafeio": ("Παπαδόπουλος – Θεσσαλονίκη", "Η Ανάσταση, Καλαμαριά",
                        "Γεωργιάδης & Υιοί, Σέρρες", "Ο Άγιος Φανούριος, Κατερίνη",
                        "Τσολάκης, Δράμα"),
            "idryma": ("στο Ίδρυμα Καρδιολογικής Έρευνας", "στον Σύλλογο Καρκινοπαθών",
                       "στο Γηροκομείο της ενορίας", "στο Χαμόγελο του Παιδιού"),
        },
        families=(
            _f("katigoria", HEADER, 0.5, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.9, *_by_day(_kv_imerominia)),
            _f("simera", HEADER, 0.15, *_by_day(_kv_simera)),
            _f("keri", MIDDLE, 0.25, (_OLD, "Ανάψτε ένα κερί")),
            _f("stefania", MIDDLE, 0.2, (_OLD, "Αντί στεφάνων, η οικογένεια παρακαλεί για "
                                               "δωρεά {idryma}.")),
            _f("mnimosyno", MIDDLE, 0.15, (_OLD, "Το μνημόσυνο των σαράντα ημερών θα "
                                                 "ανακοινωθεί.")),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "Διαφήμιση"), count=2),
            _f("grafeio", FOOTER, 0.45, (_OLD, "Γραφείο τελετών: {grafeio}")),
            _f("syllypitiria", FOOTER, 0.5, (_OLD, "Στείλτε τα συλλυπητήριά σας"),
               (KV_SYLLYPITIRIA.isoformat(), "Γράψτε ένα μήνυμα συλλυπητηρίων: θα το λάβει η "
                                             "οικογένεια")),
            _f("timi", FOOTER, 0.2, *from_table(KV_TIMES, lambda v: (
                f"Καταχώριση αγγελίας κηδείας: {v} € με ΦΠΑ"))),
            _f("anakoinosi", FOOTER, 0.3, *_kv_anakoinosi()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Κηδείες Βορείου Ελλάδος. Με την "
                                                 "επιφύλαξη παντός δικαιώματος.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: άλλαξε η ώρα της εξόδιου "
                                                 "ακολουθίας.")),
        ),
    )


# --- a Spanish esquelas site of the Cantabrian coast --------------------------------------

EC_REDESIGN = dt.date(2017, 11, 1)  # relaunched on All Saints' Day
EC_CONDOLENCIAS = dt.date(2018, 6, 4)
EC_FLORES = (("2014-01-01", "55"), ("2016-03-01", "60"), ("2018-03-01", "65"),
             ("2020-03-01", "70"))
EC_TARIFA = (("2014-01-01", "110"), ("2017-01-01", "120"), ("2019-01-01", "130"))


def _ec_fecha(day: dt.date) -> str:
    if day < EC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Publicada el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}")


@cache
def _ec_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbase a las esquelas de su localidad"))
    alarma = [
        _span("2020-03-14", "2020-03-28", "Estado de alarma: los velatorios quedan "
                                          "suspendidos en los tanatorios de la comarca"),
        _span("2020-03-29", "2020-06-21", "Estado de alarma: entierros con un máximo de tres "
                                          "familiares; misas funerales aplazadas"),
    ]
    fiestas: list[Event] = []
    for y in YEARS:
        holy = easter(y)
        fiestas += [
            (holy - 6 * ONE, holy - ONE, f"Semana Santa {y}: la oficina de esquelas cierra "
                                         f"Jueves y Viernes Santo"),
            (dt.date(y, 10, 27), dt.date(y, 11, 2), f"🕯️ Todos los Santos {y}: horarios de "
                                                    f"los cementerios de la comarca"),
        ]
    return _calendar(base, alarma, sorted(fiestas))


def cantabrico_style() -> PublisherStyle:
    """A Spanish esquelas site of the Cantabrian coast: the kind of notice from a pool,
    "D.E.P.", the numeric date turned "Publicada el" with the weekday and the long date on
    All Saints' Day 2017 (a wording per day), "Rogad a Dios en caridad por su alma", the
    wake and the funeral (funeral parlour, room, day, hour and church from pools), the
    flowers' price (raised over the years) and advertisement markers mid-body, a condolence
    prompt reworded in 2018, the price of an esquela (raised over the years), an alerts line
    turned by Holy Week, All Saints' and the state of alarm, the on-behalf line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="esquelasdelcantabrico.es", site="Esquelas del Cantábrico", base_size=90,
        subdomains=(("www.", 100),),
        sections=("esquelas", "aniversarios", "funerales"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "tipo": ("Esquela", "Aniversario", "Funeral", "Misa de difuntos"),
            "tanatorio": ("Tanatorio de Torrelavega", "Tanatorio La Albericia",
                          "Tanatorio de Laredo", "Tanatorio San Vicente"),
            "sala": ("1", "2", "3", "4", "5"),
            "dia": ("hoy", "mañana", "el lunes", "el sábado"),
            "hora": ("11:00", "12:00", "17:00", "18:00"),
            "iglesia": ("la parroquia de Santa María", "la iglesia de San Francisco",
                        "la parroquia de Nuestra Señora de la Asunción",
                        "la iglesia de los Padres Pasionistas"),
        },
        families=(
            _f("tipo", HEADER, 0.45, (_OLD, "{tipo}")),
            _f("dep", HEADER, 0.35, (_OLD, "D. E. P.")),
            _f("fecha", HEADER, 0.9, *_by_day(_ec_fecha)),
            _f("rogad", MIDDLE, 0.2, (_OLD, "Rogad a Dios en caridad por su alma.")),
            _f("velatorio", MIDDLE, 0.3, (_OLD, "Capilla ardiente: {tanatorio}, sala {sala}. "
                                                "Funeral: {dia} a las {hora} en {iglesia}.")),
            _f("flores", MIDDLE, 0.2, *from_table(EC_FLORES, lambda v: (
                f"Envíe flores al tanatorio: coronas y centros desde {v} €"))),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad")),
            _f("condolencias", FOOTER, 0.5, (_OLD, "Envíe sus condolencias a la familia"),
               (EC_CONDOLENCIAS.isoformat(), "Deje su mensaje de condolencia: se lo haremos "
                                             "llegar a la familia")),
            _f("tarifa", FOOTER, 0.2, *from_table(EC_TARIFA, lambda v: (
                f"Publicar una esquela: desde {v} € + IVA"))),
            _f("aviso", FOOTER, 0.3, *_ec_aviso()),
            _f("legal", FOOTER, 0.35, (_OLD, "Las esquelas se publican a petición de la familia "
                                            "o de la empresa funeraria.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Esquelas del Cantábrico S.L.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: se ha corregido la hora "
                                                     "del funeral.")),
        ),
    )


# --- a Scottish weekly's family announcements page ----------------------------------------

WH_REDESIGN = dt.date(2019, 1, 7)
WH_PRICES = (("2014-04-01", "£26.50"), ("2016-04-01", "£28.50"), ("2018-04-01", "£30.00"),
             ("2020-04-01", "£32.50"))


def _wh_dated(day: dt.date) -> str:
    if day < WH_REDESIGN:
        return f"Published {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · Family "
            f"Announcements")


@cache
def _wh_messages() -> Wordings:
    base = _steps((_OLD, "Share your family news: births, marriages, anniversaries and "
                         "deaths"))
    seasons: list[Event] = []
    for y in YEARS:
        mum, poppy = mothering_sunday(y), remembrance_sunday(y)
        seasons += [
            (dt.date(y, 1, 27), dt.date(y, 2, 11), f"❤️ Valentine's messages {y}: book yours "
                                                   f"by 10 February"),
            (mum - 14 * ONE, mum - 3 * ONE, f"💐 Mothering Sunday, {mum.day} "
                                            f"{MONTHS[mum.month - 1]} {y}: book a message for "
                                            f"Mum"),
            (poppy - 10 * ONE, poppy + ONE, f"🌺 Remembrance Sunday, {poppy.day} November "
                                            f"{y}: add a name to our Roll of Remembrance"),
            (dt.date(y, 12, 1), dt.date(y, 12, 20), f"🎄 Christmas greetings {y}: send yours "
                                                    f"to family and friends near and far"),
        ]
    return _calendar(base, sorted(seasons))


@cache
def _wh_deadline() -> Wordings:
    base = _steps((_OLD, "Deadline for Thursday's paper: Tuesday, 4pm."))
    holidays: list[Event] = []
    for y in YEARS:
        good_friday = easter(y) - 2 * ONE
        holidays += [
            (good_friday - 9 * ONE, good_friday, f"Easter {y}: announcements for next week's "
                                                 f"paper by Monday, noon."),
            (dt.date(y, 12, 14), dt.date(y, 12, 31), f"Christmas and New Year {y}: early "
                                                     f"deadlines apply; call the desk."),
        ]
    return _calendar(base, holidays)


def westmorven_style() -> PublisherStyle:
    """A Scottish weekly's family announcements page: the kind of notice from a pool,
    "Published" with the numeric date turned the weekday, the long date and "Family
    Announcements" on 7 January 2019 (a wording per day), a guestbook line and advertisement
    markers (up to twice) mid-body, the notice reference number, the deadline line turned by
    Easter and Christmas, a seasonal messages line turned by Valentine's Day, Mothering
    Sunday, Remembrance Sunday and Christmas, the prices (raised every other April), the
    paid-notice line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="westmorvenherald.co.uk", site="The Westmorven Herald", base_size=75,
        subdomains=(("www.", 100),),
        sections=("announcements", "deaths", "births", "anniversaries"),
        n_authors=2, url_path="/announcements/{section}/{slug}",
        pools={"kind": ("Deaths", "Births", "Marriages", "Anniversaries", "In Memoriam",
                        "Acknowledgements")},
        families=(
            _f("kind", HEADER, 0.55, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.85, *_by_day(_wh_dated)),
            _f("guestbook", MIDDLE, 0.2, (_OLD, "Add a tribute to the online guestbook")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("ref", FOOTER, 0.4, (_OLD, "Notice ref. WH{n}")),
            _f("deadline", FOOTER, 0.25, *_wh_deadline()),
            _f("messages", FOOTER, 0.3, *_wh_messages()),
            _f("prices", FOOTER, 0.25, *from_table(WH_PRICES, lambda v: (
                f"To place an announcement call 01632 960 411 or book online. Prices from "
                f"{v}."))),
            _f("paid", FOOTER, 0.4, (_OLD, "Family announcements are paid notices and are "
                                           "published as supplied.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} The Westmorven Herald Ltd. Part of "
                                                 "Border Press Group.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the date of the service has been "
                                                  "amended.")),
        ),
    )


# --- an American funeral home's obituaries ------------------------------------------------

HW_REDESIGN = dt.date(2017, 8, 14)
HW_NOTIFY = dt.date(2018, 5, 7)
HW_LIVESTREAM = dt.date(2020, 3, 18)


def _hw_dated(day: dt.date) -> str:
    if day < HW_REDESIGN:
        return f"Posted on {day.month}/{day.day}/{day.year}"
    return f"Obituary posted {MONTHS[day.month - 1]} {day.day}, {day.year}"


def hope_for_the_holidays(y: int) -> dt.date:
    """The funeral home's grief-support evening: the first Thursday of December."""
    return nth_weekday(y, 12, 3, 1)


@cache
def _hw_aftercare() -> Wordings:
    base = _steps((_OLD, "Our aftercare team is here for you: call (555) 014-2290"))
    evenings = [(hope_for_the_holidays(y) - 18 * ONE, hope_for_the_holidays(y) + ONE,
                 f"Hope for the Holidays {y}: a grief support evening, Thursday, December "
                 f"{hope_for_the_holidays(y).day}, 7 p.m.") for y in YEARS]
    memorial = [(last_weekday(y, 5, 0) - 4 * ONE, last_weekday(y, 5, 0) + ONE,
                 f"Memorial Day {y}: we honor all who served") for y in YEARS]
    return _calendar(base, sorted(evenings + memorial))


def hollisward_style() -> PublisherStyle:
    """An American funeral home's obituaries: "Posted on" with the numeric date turned
    "Obituary posted" with the long date on 14 August 2017 (a wording per day), a rare
    veteran's line with the branch from a pool, the visitation slot (day, hours and chapel
    from pools), the webcast line reworded for the pandemic, a memorial-tree line and a
    pre-planning line mid-body, the flowers line, a notifications line reworded in 2018, an
    aftercare line turned by Memorial Day and the December grief-support evening, the
    licence line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="holliswardfuneral.com", site="Hollis-Ward Funeral Home", base_size=60,
        subdomains=(("www.", 100),),
        sections=("obituaries",),
        n_authors=2, url_path="/obituary/{slug}",
        pools={
            "branch": ("U.S. Army", "U.S. Navy", "U.S. Air Force", "U.S. Marine Corps"),
            "svc_day": ("Friday", "Saturday", "Monday", "Tuesday"),
            "svc_time": ("4:00 to 7:00 p.m.", "5:00 to 8:00 p.m.", "10:00 to 11:00 a.m."),
            "chapel": ("our Main Street chapel", "our Eastgate chapel",
                       "St. Brendan Catholic Church"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hw_dated)),
            _f("veteran", HEADER, 0.12, (_OLD, "Veteran · {branch}")),
            _f("visitation", MIDDLE, 0.35, (_OLD, "Visitation: {svc_day}, {svc_time}, at "
                                                  "{chapel}")),
            _f("livestream", MIDDLE, 0.2, (_OLD, "The service will be webcast; the link will "
                                                 "appear on this page."),
               (HW_LIVESTREAM.isoformat(), "Due to COVID-19, attendance is limited. The "
                                           "service will be livestreamed on our Facebook "
                                           "page.")),
            _f("tree", MIDDLE, 0.2, (_OLD, "🌳 Plant a memorial tree")),
            _f("preplan", MIDDLE, 0.12, (_OLD, "Plan ahead: ask us about pre-arranging a "
                                               "funeral at today's prices.")),
            _f("flowers", FOOTER, 0.3, (_OLD, "To send flowers to the family, please visit our "
                                              "floral store.")),
            _f("notify", FOOTER, 0.35, (_OLD, "Receive notifications of new obituaries by "
                                              "email"),
               (HW_NOTIFY.isoformat(), "🔔 Get obituary notifications: email or text, your "
                                       "choice")),
            _f("aftercare", FOOTER, 0.25, *_hw_aftercare()),
            _f("license", FOOTER, 0.35, (_OLD, "Funeral Establishment License FH-0417")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Hollis-Ward Funeral Home & Cremation "
                                                "Services · Family owned since 1948")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the visitation will now be held "
                                                  "at our Eastgate chapel.")),
        ),
    )


# --- an Irish-language parish newsletter --------------------------------------------------

CB_REDESIGN = dt.date(2018, 3, 17)  # relaunched on St Patrick's Day


def _cb_data(day: dt.date) -> str:
    if day < CB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{LAETHANTA[day.weekday()]}, {day.day} {MIONNA[day.month - 1]} {day.year}"


def _cb_bailiuchan(day: dt.date) -> str:
    sunday = sunday_before(day + ONE)  # this Sunday's collection once Sunday has come
    return (f"Bailiúchán an Domhnaigh ({sunday.day} {MIONNA[sunday.month - 1]}): "
            f"€{collection(sunday):,}. Go raibh maith agaibh.")


@cache
def _cb_nuacht() -> Wordings:
    base = _steps((_OLD, "Fógraí don nuachtlitir chuig oifig an pharóiste roimh mheán lae "
                         "Déardaoin."))
    covid = [_span("2020-03-13", "2020-06-28", "Níl Aifreann poiblí ann faoi láthair; bígí "
                                               "linn ar an gceamara gréasáin.")]
    bliain: list[Event] = []
    for y in YEARS:
        reilig = nth_weekday(y, 7, 6, 2)
        bliain += [
            (dt.date(y, 3, 13), dt.date(y, 3, 18), f"Lá Fhéile Pádraig {y}: Aifreann as "
                                                   f"Gaeilge ag 10.00 r.n."),
            (reilig - 10 * ONE, reilig + ONE, f"Domhnach na Reilige, {reilig.day} Iúil {y}: "
                                              f"beannú na n-uaigheanna ag 3.00 i.n."),
            (dt.date(y, 10, 25), dt.date(y, 12, 1), "Mí na Samhna: cuirigí ainmneacha bhur "
                                                    "marbh ar liosta an pharóiste."),
        ]
    return _calendar(base, covid, sorted(bliain))


def cillbhreacain_style() -> PublisherStyle:
    """An Irish-language parish newsletter: "Fógraí an Pharóiste", the numeric date turned
    the Irish weekday and long date on St Patrick's Day 2018 (a wording per day), the
    Sunday Mass times from a pool and the webcam line mid-body, last Sunday's collection
    (a wording per week), a notices line turned by St Patrick's Day, the cemetery Sunday in
    July, the November list of the dead and the pandemic's closed churches, the prayer for
    the dead, the priest's line and the copyright line (a block), an English-summary line,
    a rare correction."""
    return PublisherStyle(
        domain="cillbhreacain.ie", site="Paróiste Chill Bhreacáin", base_size=45,
        subdomains=(("www.", 100),),
        sections=("fograi", "nuacht", "sochraidi"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"aifreann": ("Dé Sathairn 7.30 i.n.", "Dé Domhnaigh 10.00 r.n.",
                            "Dé Domhnaigh 11.30 r.n.")},
        families=(
            _f("fograi", HEADER, 0.4, (_OLD, "Fógraí an Pharóiste")),
            _f("data", HEADER, 0.85, *_by_day(_cb_data)),
            _f("aifreann", MIDDLE, 0.3, (_OLD, "Aifreann an Domhnaigh: {aifreann}")),
            _f("ceamara", MIDDLE, 0.15, (_OLD, "Aifreann beo ar an gceamara gréasáin: "
                                               "cillbhreacain.ie/beo")),
            _f("bailiuchan", FOOTER, 0.25, *_by_day(_cb_bailiuchan)),
            _f("nuacht", FOOTER, 0.3, *_cb_nuacht()),
            _f("marbh", FOOTER, 0.35, (_OLD, "Guímis ar son mhairbh an pharóiste: ar dheis Dé "
                                             "go raibh a n-anamacha.")),
            _f("english", FOOTER, 0.15, (_OLD, "An English summary of these notices is at the "
                                               "back of the church.")),
            _f("sagart", FOOTER, 0.4, (_OLD, "An tAthair Seosamh Ó Conaola, Sagart Paróiste · "
                                             "Teil. 091 555 0172")),
            _f("cearta", FOOTER, 0.4, (_OLD, "© {year} Paróiste Chill Bhreacáin")),
            _f("ceartuchan", HEADER, 0.04, (_OLD, "Ceartúchán: athraíodh am na sochraide.")),
        ),
    )


# --- a Greek-Australian community weekly's notices ----------------------------------------

PW_REDESIGN = dt.date(2019, 3, 25)  # relaunched on Greek Independence Day
PW_PRICES = (("2014-07-01", "$85"), ("2016-07-01", "$90"), ("2018-07-01", "$95"),
             ("2020-07-01", "$99"))


def _pw_dated(day: dt.date) -> str:
    if day < PW_REDESIGN:
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{day.day} {MONTHS[day.month - 1]} {day.year} · {day.day} {MINES[day.month - 1]} "
            f"{day.year}")


@cache
def _pw_calendar() -> Wordings:
    base = _steps((_OLD, "Subscribe to Paroikia Weekly: print and digital editions"))
    lockdown = [_span("2020-03-23", "2020-10-27", "COVID-19: funerals in Victoria are "
                                                  "limited; many families are livestreaming "
                                                  "services")]
    days: list[Event] = []
    for y in YEARS:
        pascha = orthodox_easter(y)
        days += [(dt.date(y, 3, 20), dt.date(y, 3, 26), f"25th March {y}: Greek Independence "
                                                        f"Day · Χρόνια πολλά Ελλάδα"),
                 (pascha - 3 * ONE, pascha + 2 * ONE, f"Χριστός Ανέστη – Happy Easter {y}")]
    return _calendar(base, lockdown, sorted(days))


def paroikia_style() -> PublisherStyle:
    """A Greek-Australian community weekly's notices, in English and Greek: a bilingual
    kicker, the long date turned the English and the Greek date side by side on Greek
    Independence Day 2019 (a wording per day), the memorial service (day and church from
    pools) and advertisement markers mid-body, "Αιωνία η μνήμη", the deadline line, the
    notice price (raised every other July), a subscription line turned by Greek
    Independence Day, Orthodox Easter and Victoria's lockdown, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="paroikiaweekly.com.au", site="Paroikia Weekly", base_size=35,
        subdomains=(("www.", 100),),
        sections=("notices", "community"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"svc_day": ("Sunday", "Saturday"),
               "church": ("Agios Nektarios, Burwood", "Evangelistria, Oakleigh",
                          "Agia Triada, Thornbury", "Agios Eleftherios, Brunswick")},
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "Funeral Notices · Κηδείες")),
            _f("dated", HEADER, 0.85, *_by_day(_pw_dated)),
            _f("memorial", MIDDLE, 0.25, (_OLD, "Μνημόσυνο – Memorial service: {svc_day} at "
                                                "{church}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Διαφήμιση · Advertisement")),
            _f("eternal", FOOTER, 0.35, (_OLD, "Αιωνία η μνήμη – May their memory be "
                                               "eternal")),
            _f("deadline", FOOTER, 0.25, (_OLD, "Notices for Thursday's edition by Tuesday "
                                                "5pm · Αγγελίες έως Τρίτη 5 μ.μ.")),
            _f("price", FOOTER, 0.2, *from_table(PW_PRICES, lambda v: (
                f"Funeral notices from {v} incl. GST"))),
            _f("calendar", FOOTER, 0.3, *_pw_calendar()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Paroikia Weekly Pty Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the memorial service is on "
                                                  "Sunday, not Saturday.")),
        ),
    )


# --- a Dutch village paper's notice board -------------------------------------------------

KL_REDESIGN = dt.date(2016, 9, 1)
KL_TARIEF = (("2014-01-01", "10,00"), ("2016-01-01", "11,50"), ("2018-01-01", "12,50"),
             ("2020-01-01", "13,50"))


def _kl_datum(day: dt.date) -> str:
    if day < KL_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return (f"Week {day.isocalendar()[1]} · {DAGEN[day.weekday()]} {day.day} "
            f"{MAANDEN[day.month - 1]} {day.year}")


def _kl_kopij(day: dt.date) -> str:
    deadline = copy_deadline(day)
    return (f"Kopij voor het volgende nummer inleveren vóór vrijdag {deadline.day} "
            f"{MAANDEN[deadline.month - 1]}, 12.00 uur")


@cache
def _kl_melding() -> Wordings:
    base = _steps((_OLD, "Bezorgklachten? Bel 0513 555 217"))
    corona = [_span("2020-03-16", "2020-06-30", "Door corona gaan alle verenigingsactiviteiten "
                                                "voorlopig niet door")]
    dorp: list[Event] = []
    for y in YEARS:
        intocht = sinterklaas_arrival(y)
        dorp += [
            (dt.date(y, 4, 20), dt.date(y, 4, 28), f"🧡 Koningsdag {y}: vrijmarkt en "
                                                   f"kinderspelen op het dorpsplein"),
            (intocht - 7 * ONE, intocht + ONE, f"Sinterklaas komt op zaterdag {intocht.day} "
                                               f"november aan bij de haven"),
        ]
    return _calendar(base, corona, sorted(dorp))


def klepel_style() -> PublisherStyle:
    """A Dutch village paper's notice board: the column from a pool, the numeric date turned
    the ISO week, the weekday and the long date on 1 September 2016 (a wording per day), a
    congratulations line mid-body, the next copy deadline (a wording per fortnight), the
    price of a family notice (raised every other year), a line turned by King's Day, St
    Nicholas' arrival and the pandemic, the editors' address and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="deklepel-online.nl", site="Dorpsblad De Klepel", base_size=28,
        subdomains=(("www.", 100),),
        sections=("prikbord", "familieberichten", "verenigingen"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"rubriek": ("Prikbord", "Geboren", "Jubilea", "In memoriam",
                           "Verenigingsnieuws")},
        families=(
            _f("rubriek", HEADER, 0.5, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.85, *_by_day(_kl_datum)),
            _f("felicitatie", MIDDLE, 0.2, (_OLD, "Iemand feliciteren? Een felicitatie plaatsen "
                                                  "kan via de website.")),
            _f("kopij", FOOTER, 0.35, *_by_day(_kl_kopij)),
            _f("tarief", FOOTER, 0.2, *from_table(KL_TARIEF, lambda v: (
                f"Een familiebericht kost € {v}; vrije advertenties voor leden gratis."))),
            _f("melding", FOOTER, 0.25, *_kl_melding()),
            _f("redactie", FOOTER, 0.5, (_OLD, "Redactie Dorpsblad De Klepel, Dorpsstraat 14, "
                                               "redactie@deklepel-online.nl")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Stichting Dorpsblad De Klepel")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: de receptie is op zaterdag, "
                                                    "niet op vrijdag.")),
        ),
    )


def heldout151_styles() -> list[PublisherStyle]:
    """The held-back-151 styles, in the order the generator hands them to publishers."""
    return [
        evergreen_style(), afscheidsplein_style(), niederrhein_style(), cuimhne_style(),
        lariane_style(), kideies_style(), cantabrico_style(), westmorven_style(),
        hollisward_style(), cillbhreacain_style(), paroikia_style(), klepel_style(),
    ]
