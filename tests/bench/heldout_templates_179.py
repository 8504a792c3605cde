"""The ``held-back-179`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"Anzeige" marker or a comments line. The publishers are the German-speaking regional and
local press of Germany, Austria, Switzerland, South Tyrol and Liechtenstein: a Lower Saxon
regional daily, a Salzburg regional daily, a Zurich-area Swiss regional daily, a South Tyrolean
daily (German with Italian lines), a Cologne local news site, a free Bavarian weekly, a Lower
Austrian district weekly with citizen reporters, a Lusatian local paper (German with Upper
Sorbian lines), a Liechtenstein daily, an Engadin paper (German with Romansh lines), a Lower
Austrian valley monthly and a North Frisian local site (German with Low German lines). The
families are the kinds a crawl of such sites holds: local-section headers (Lokales, Bezirk,
Gemeinde, Veedel) from pools, dates localised day by day (German, Austrian with "Jänner",
Swiss, Italian-style, Upper Sorbian with genitive months, Romansh with its elisions, Low
German), several changing form on a redesign day (a carnival Thursday, Liechtenstein's
300th anniversary); Plus and Abo paywall lines and subscription prices that change over the
years (monthly digital subscriptions in euro, Swiss single-copy and yearly prices in francs,
the Munich Oktoberfest's price of a litre of beer, a North Sea resort's guest tax); agency
credits (dpa, dpa-infocom ids printed day by day, APA, sda turned Keystone-SDA on the 2018
merger, ANSA, ots); reader-reporter appeals reworded for WhatsApp; e-paper, app and newsletter
lines; lines that turn every day (weather, the Rhine gauge at Cologne, the North Sea tides, a
Low German greeting), every week (a weekly's edition, an e-paper's calendar week) and every
month (a monthly's issue); notices that follow the calendars of these regions (federal,
state and local elections of the three countries, Swiss federal votes, the postponed Austrian
presidential run-off, Liechtenstein's Landtag and national day, South Tyrolean votes,
Cologne's carnival and the eleventh of the eleventh, the Oktoberfest and maypoles, the
Salzburg Festival, the Sorbian bird wedding and Easter riders, the Engadin's Chalandamarz and
ski marathon, the North Frisian Biike fires, Christmas markets, the 2020 lockdowns); correction
notes in only 4% of articles beside lines in nearly all; mid-body photo credits, "Lesen Sie
auch" links and advertisement markers (some up to twice); multi-line blocks (imprint and
copyright lines). The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    iso_day,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# Lines printed day by day are worded once per session: the tests build the styles often.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONATE_AT = ("Jänner",) + MONATE[1:]
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
# Upper Sorbian: the months in the genitive, as a date prints them, and the weekdays.
MJESACY = ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija", "awgusta",
           "septembra", "oktobra", "nowembra", "decembra")
DNJE = ("póndźela", "wutora", "srjeda", "štwórtk", "pjatk", "sobota", "njedźela")
# Romansh (Rumantsch Grischun).
MAIS = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust",
        "settember", "october", "november", "december")
DIS = ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda", "dumengia")
# Low German.
MAANDEN = ("Januaar", "Februaar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktover", "November", "Dezember")
WEEKDAGEN = ("Maandag", "Dingsdag", "Middeweek", "Dunnersdag", "Freedag", "Sünnavend",
             "Sünndag")

# Swiss federal votes (polling Sundays) and elections, 2015-2020; the vote of 17 May 2020 was
# called off in the pandemic.
SWISS_VOTES = ("2015-03-08", "2015-06-14", "2016-02-28", "2016-06-05", "2016-09-25",
               "2016-11-27", "2017-02-12", "2017-05-21", "2017-09-24", "2018-03-04",
               "2018-06-10", "2018-09-23", "2018-11-25", "2019-02-10", "2019-05-19",
               "2020-02-09", "2020-09-27", "2020-11-29")
SWISS_ELECTIONS = ("2015-10-18", "2019-10-20")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `anchors` ((ISO day, value), ...)."""
    x = day.toordinal()
    pts = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return pts[-1][1]


def price_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The price of `table` ((first ISO day, price), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def priced(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting a price of `table`: the price in force on the set's
    first day from the oldest day, then one wording from each later change."""
    out = [(_OLD, text(price_on(FIRST_DAY, table)))]
    out += [(start, text(price)) for start, price in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def de_num(day: dt.date) -> str:
    """19.06.2020"""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def de_long(day: dt.date, months: tuple[str, ...] = MONATE) -> str:
    """Freitag, 19. Juni 2020 (with `MONATE_AT`: Montag, 13. Jänner 2020)"""
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {months[day.month - 1]} {day.year}"


def wednesday_of(day: dt.date) -> dt.date:
    """The last Wednesday on or before `day`: the day a weekly comes out."""
    return day - dt.timedelta(days=(day.weekday() - 2) % 7)


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def weiberfastnacht(y: int) -> dt.date:
    """The Thursday before carnival Tuesday, when the Rhineland's street carnival starts."""
    return carnival_tuesday(y) - 5 * ONE


def rm_date(day: dt.date) -> str:
    """A Romansh date: "venderdi, ils 19 da zercladur 2020", "da" elided before a vowel."""
    month = MAIS[day.month - 1]
    of = "d'" if month[0] in "aeiou" else "da "
    return f"{DIS[day.weekday()]}, ils {day.day} {of}{month} {day.year}"


def hsb_date(day: dt.date) -> str:
    """An Upper Sorbian date: "pjatk, 19. junija 2020"."""
    return f"{DNJE[day.weekday()]}, {day.day}. {MJESACY[day.month - 1]} {day.year}"


def high_waters(day: dt.date) -> list[str]:
    """Made-up high-water times at a North Frisian harbour on `day`: a tide every 12 h 25
    min from a high water at 02:17 on 1 January 2015."""
    minutes = (137 - (day - FIRST_DAY).days * 1440) % 745
    times = [minutes] + ([minutes + 745] if minutes + 745 < 1440 else [])
    return [f"{t // 60:02d}:{t % 60:02d}" for t in times]


# --- a Lower Saxon regional daily ---------------------------------------------------------

NT_PLUS = dt.date(2017, 3, 1)  # the metered paywall went live
NT_WHATSAPP = dt.date(2017, 5, 15)
NT_REDESIGN = dt.date(2018, 9, 4)
NT_VERLAG = dt.date(2018, 1, 1)  # the paper passed to a regional media group
NT_APP = dt.date(2019, 2, 1)
DPA_IDS = dt.date(2019, 10, 1)  # dpa-infocom ids under agency copy
NT_ABO = (("2017-03-01", "6,90"), ("2018-07-01", "7,90"), ("2019-07-01", "8,90"),
          ("2020-07-01", "9,90"))
NT_SKY = ("sonnig", "heiter", "wolkig", "bedeckt", "Regenschauer", "Nieselregen",
          "teils sonnig, teils wolkig")


def _nt_datum(day: dt.date) -> str:
    if day < NT_REDESIGN:
        return f"{de_num(day)}, {{time}} Uhr"
    return de_long(day)


def _nt_wetter(day: dt.date) -> str:
    season = -math.cos(2 * math.pi * (day.timetuple().tm_yday - 20) / 365)
    high = round(11 + 10 * season + 4 * noise(day, "nt-hoch"))
    low = high - 5 - round(3 * abs(noise(day, "nt-tief")))
    sky = NT_SKY[int((noise(day, "nt-himmel") + 1) / 2 * len(NT_SKY)) % len(NT_SKY)]
    return (f"Wetter am {WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]}: "
            f"{sky}, {low} bis {high} Grad")


def _dpa(day: dt.date) -> str:
    if day < DPA_IDS:
        return "© dpa-infocom GmbH"
    return f"dpa-infocom, dpa:{day:%y%m%d}-99-{{n}}/2"


@cache
def _nt_hinweis() -> Wordings:
    base = _steps((_OLD, "Das Tageblatt als E-Paper: jeden Morgen ab 4 Uhr auf Tablet und "
                         "Smartphone lesen"),
                  (NT_APP.isoformat(), "Neu: Die Nordheider Tageblatt-App – Nachrichten aus "
                                       "der Nordheide mit E-Paper und Eilmeldungen"))
    wahlen = [
        _vote("2016-09-11", "Kommunalwahl 2016: Alle Ergebnisse aus Kreistag und Gemeinderäten "
                            "am Wahlabend live"),
        _vote("2017-09-24", "Bundestagswahl 2017: So hat der Wahlkreis gewählt – alle "
                            "Ergebnisse"),
        _vote("2017-10-15", "Vorgezogene Landtagswahl: Die Ergebnisse aus Niedersachsen live"),
        _vote("2019-05-26", "Europawahl 2019: Die Ergebnisse aus allen Gemeinden des "
                            "Landkreises"),
    ]
    corona = [_span("2020-03-16", "2020-06-30", "Coronavirus im Landkreis: Alle Entwicklungen "
                                                "im Liveblog – frei zugänglich für alle")]
    weihnachten = _yearly("12-24", 4, 2, lambda y: f"Frohe Weihnachten {y}: Die Feiertagsausgabe "
                                                   f"gibt es als E-Paper schon an Heiligabend "
                                                   f"ab 18 Uhr")
    return _calendar(base, corona, wahlen, weihnachten)


def nordheide_style() -> PublisherStyle:
    """A Lower Saxon regional daily: the local section ("Lokales › Buchholz", turned "Buchholz
    · Landkreis Nordheide" on the relaunch of 4 September 2018), the numeric date and time
    turned the long date with the weekday (a wording per day), "Von" turned "Ein Artikel
    von", a subscriber marker turned "NT+" on the paywall's start, the day's weather (a
    wording per day), photo credits from a pool, "Lesen Sie auch" and "Anzeige" markers up
    to twice, the agency credit from a pool, the dpa-infocom line (an id printed per day from
    October 2019), a reader-reporter appeal reworded for WhatsApp, the paywall's offer with
    the monthly price (raised each July), an e-paper line reworded for the app and turned
    by elections, the pandemic's liveblog and Christmas, the imprint and the copyright line
    reworded for the new publisher (a block), a rare correction."""
    return PublisherStyle(
        domain="nordheider-tageblatt.de", site="Nordheider Tageblatt", base_size=240,
        subdomains=(("www.", 100),),
        sections=("lokales", "landkreis", "sport", "wirtschaft", "kultur", "blaulicht"),
        n_authors=16, url_path="/{section}/{slug}-{n}.html",
        pools={
            "ort": ("Buchholz", "Tostedt", "Winsen", "Hanstedt", "Jesteburg", "Seevetal",
                    "Rosengarten"),
            "quelle": ("dpa", "dpa/lni", "epd", "KNA", "red"),
            "foto": ("Nordheider Tageblatt/Archiv", "dpa", "privat", "Polizei",
                     "Symbolbild: Pixabay", "Feuerwehr"),
        },
        families=(
            _f("lokal", HEADER, 0.7, (_OLD, "Lokales › {ort}"),
               (NT_REDESIGN.isoformat(), "{ort} · Landkreis Nordheide")),
            _f("datum", HEADER, 0.92, *_by_day(_nt_datum)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}"),
               (NT_REDESIGN.isoformat(), "Ein Artikel von {author}")),
            _f("plus", HEADER, 0.25, (_OLD, "Nur für Abonnenten"),
               (NT_PLUS.isoformat(), "NT+")),
            _f("wetter", HEADER, 0.15, *_by_day(_nt_wetter)),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung dieses "
                                                 "Artikels war der Vorname des Bürgermeisters "
                                                 "falsch geschrieben. Wir bitten, den Fehler zu "
                                                 "entschuldigen.")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}")),
            _f("lesen", MIDDLE, 0.4, (_OLD, "Lesen Sie auch: {other_title}"),
               (NT_REDESIGN.isoformat(), "Auch interessant: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("quelle", FOOTER, 0.3, (_OLD, "Quelle: {quelle}")),
            _f("dpa", FOOTER, 0.12, *_by_day(_dpa)),
            _f("leserreporter", FOOTER, 0.2,
               (_OLD, "Sie haben etwas beobachtet? Schicken Sie uns Ihre Fotos und Hinweise an "
                      "leserreporter@nordheider-tageblatt.de"),
               (NT_WHATSAPP.isoformat(), "Leserreporter: Fotos, Videos und Hinweise per "
                                         "WhatsApp an 0151 555 18 70 – wir melden uns.")),
            _f("abo", FOOTER, 0.2, (_OLD, "Jetzt das Digital-Abo 30 Tage kostenlos testen."),
               *priced(NT_ABO, lambda v: f"Weiterlesen mit NT+: vier Wochen für 0,99 €, danach "
                                         f"{v} € im Monat. Jederzeit kündbar.")[1:]),
            _f("hinweis", FOOTER, 0.3, *_nt_hinweis()),
            _f("impressum", FOOTER, 0.35, (_OLD, "Nordheider Tageblatt · Verlag Nordheide Medien "
                                                 "GmbH & Co. KG · Am Markt 4 · 21244 Buchholz")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© Nordheider Tageblatt {year} – Alle Rechte vorbehalten"),
               (NT_VERLAG.isoformat(), "© {year} Nordheide Medien GmbH & Co. KG. Vervielfältigung "
                                       "nur mit Genehmigung des Verlags.")),
        ),
    )


# --- a Salzburg regional daily ------------------------------------------------------------

AR_FORUM = dt.date(2017, 6, 1)
AR_NEWSLETTER = dt.date(2018, 3, 1)
AR_PLUS = dt.date(2018, 11, 6)
AR_REDESIGN = dt.date(2019, 3, 12)
AR_ABO = (("2014-01-01", "9,90"), ("2017-01-01", "11,90"), ("2019-01-01", "12,90"),
          ("2020-07-01", "14,90"))
FESTSPIELE = {2015: ("2015-07-18", "2015-08-30"), 2016: ("2016-07-22", "2016-08-31"),
              2017: ("2017-07-21", "2017-08-30"), 2018: ("2018-07-20", "2018-08-30"),
              2019: ("2019-07-20", "2019-08-31"), 2020: ("2020-08-01", "2020-08-30")}


def _ar_datum(day: dt.date) -> str:
    if day < AR_REDESIGN:
        return f"{day.day}. {MONATE_AT[day.month - 1]} {day.year}, {{time}}"
    return f"{de_long(day, MONATE_AT)} · {{time}} Uhr"


@cache
def _ar_hinweis() -> Wordings:
    base = _steps((_OLD, "Die Alpen-Rundschau als E-Paper: die Ausgabe von morgen schon ab "
                         "22 Uhr lesen"),
                  (AR_NEWSLETTER.isoformat(), "Der Morgen-Newsletter der Alpen-Rundschau: "
                                              "die wichtigsten Nachrichten aus Salzburg um "
                                              "6 Uhr früh"))
    wahlen = [
        _vote("2016-04-24", "Bundespräsidentenwahl 2016: Alle Ergebnisse aus den Gemeinden"),
        _vote("2016-05-22", "Stichwahl um das Bundespräsidentenamt: Die Ergebnisse live"),
        _span("2016-09-12", "2016-09-20", "Wahl verschoben: Die Wiederholung der Stichwahl "
                                          "findet erst am 4. Dezember statt"),
        _vote("2016-12-04", "Wiederholung der Stichwahl: Alle Ergebnisse am Wahlabend"),
        _vote("2017-10-15", "Nationalratswahl 2017: Die Ergebnisse aus allen Salzburger "
                            "Gemeinden"),
        _vote("2018-04-22", "Landtagswahl 2018: Wie Salzburg gewählt hat"),
        _vote("2019-03-10", "Gemeindevertretungs- und Bürgermeisterwahlen 2019: alle "
                            "Ergebnisse"),
        _vote("2019-09-29", "Nationalratswahl 2019: Die Ergebnisse aus allen Salzburger "
                            "Gemeinden"),
    ]
    corona = [
        _span("2020-03-16", "2020-05-14", "Coronavirus: Ausgangsbeschränkungen in ganz "
                                          "Österreich – was jetzt gilt"),
        _span("2020-11-17", "2020-12-06", "Zweiter harter Lockdown: Alle Regeln im Überblick"),
    ]
    festspiele = [(iso_day(a), iso_day(b, 1),
                   f"Festspielsommer {y}: Alle Premieren, Kritiken und Bilder vom roten Teppich"
                   if y != 2020 else "Hundert Jahre Festspiele: der verkürzte Festspielsommer "
                                     "2020 im Überblick")
                  for y, (a, b) in FESTSPIELE.items()]
    return _calendar(base, corona, wahlen, festspiele)


def alpenrundschau_style() -> PublisherStyle:
    """A Salzburg regional daily: the district from a pool (turned "Lokal ·" on the relaunch
    of 12 March 2019), the date with "Jänner" and the time (a wording per day, the weekday
    from the relaunch), a premium marker turned "AR+" in November 2018, a Festival,
    elections and lockdown notice over an e-paper line reworded for the newsletter
    (the presidential vote of 2016 and its postponed re-run, national, state and local
    votes, both 2020 lockdowns), picture credits, "Mehr zum Thema" links and "Werbung"
    markers up to twice, the agency credit in brackets, a rare crisis-line note, a
    reader-reporter appeal, a forum notice reworded, the digital subscription's monthly
    price, the imprint and the copyright line (a block), a rare note from the editors."""
    return PublisherStyle(
        domain="alpenrundschau.at", site="Alpen-Rundschau", base_size=200,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("lokal", "chronik", "politik", "wirtschaft", "sport", "kultur"),
        n_authors=14, url_path="/{section}/{slug}/{n}",
        pools={
            "bezirk": ("Stadt Salzburg", "Flachgau", "Tennengau", "Pongau", "Pinzgau",
                       "Lungau"),
            "agentur": ("APA", "APA/dpa", "red", "APA/Reuters", "APA/AFP"),
            "foto": ("APA", "Alpen-Rundschau/Archiv", "Feuerwehr", "Landespolizeidirektion",
                     "Land Salzburg", "privat"),
        },
        families=(
            _f("bezirk", HEADER, 0.65, (_OLD, "{bezirk}"),
               (AR_REDESIGN.isoformat(), "Lokal · {bezirk}")),
            _f("datum", HEADER, 0.9, *_by_day(_ar_datum)),
            _f("premium", HEADER, 0.2, (_OLD, "Premium"),
               (AR_PLUS.isoformat(), "AR+ · Exklusiv für Abonnentinnen und Abonnenten")),
            _f("hinweis", HEADER, 0.25, *_ar_hinweis()),
            _f("redaktion", HEADER, 0.04, (_OLD, "Anmerkung der Redaktion: In einer früheren "
                                                 "Version dieses Artikels war das Alter des "
                                                 "Lenkers falsch angegeben.")),
            _f("bild", MIDDLE, 0.35, (_OLD, "Bild: {foto}")),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Mehr zum Thema: {other_title}"), count=2),
            _f("werbung", MIDDLE, 0.3, (_OLD, "Werbung"), count=2),
            _f("agentur", FOOTER, 0.35, (_OLD, "({agentur})")),
            _f("seelsorge", FOOTER, 0.05, (_OLD, "Wenn Sie Suizidgedanken haben oder sich in "
                                                 "einer Krise befinden, wenden Sie sich an die "
                                                 "Telefonseelsorge unter der Nummer 142 – rund "
                                                 "um die Uhr und kostenlos.")),
            _f("leserreporter", FOOTER, 0.15, (_OLD, "Leserreporter: Ihr Foto, Ihr Video, Ihre "
                                                     "Geschichte – schicken Sie es uns per "
                                                     "WhatsApp an 0662 555 2020.")),
            _f("forum", FOOTER, 0.25,
               (_OLD, "Postings, die gegen unsere Nutzungsbedingungen verstoßen, werden "
                      "gelöscht."),
               (AR_FORUM.isoformat(), "Liebe Leserinnen und Leser, bitte bleiben Sie im "
                                      "Forum sachlich. Beleidigende Postings werden ohne "
                                      "Vorwarnung entfernt.")),
            _f("abo", FOOTER, 0.15, *priced(AR_ABO, lambda v: f"Alle Artikel lesen: das "
                                                              f"Digital-Abo um {v} Euro im "
                                                              f"Monat, monatlich kündbar.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Alpen-Rundschau Zeitungsverlag GmbH · "
                                                "Salzachgasse 12 · 5020 Salzburg")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Alpen-Rundschau | Alle Rechte "
                                                "vorbehalten")),
        ),
    )


# --- a Swiss regional daily near Zurich ---------------------------------------------------

GT_SDA = dt.date(2018, 1, 1)  # sda and Keystone merged into Keystone-SDA
GT_REDESIGN = dt.date(2018, 5, 23)
GT_LESERREPORTER = dt.date(2019, 6, 1)
GT_PREISE = (("2014-01-01", "3.20 · Jahresabo Fr. 398.–"),
             ("2016-01-01", "3.50 · Jahresabo Fr. 419.–"),
             ("2018-01-01", "3.50 · Jahresabo Fr. 439.–"),
             ("2020-01-01", "3.80 · Jahresabo Fr. 459.–"))


def _gt_datum(day: dt.date) -> str:
    if day < GT_REDESIGN:
        return f"Publiziert: {de_num(day)}"
    return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}, {{time}} Uhr"


@cache
def _gt_abstimmung() -> Wordings:
    base = _steps((_OLD, "Newsletter abonnieren: das Glattaler Tagblatt jeden Abend in Ihrem "
                         "Postfach"),
                  (GT_REDESIGN.isoformat(), "Jetzt die neue App des Glattaler Tagblatts "
                                            "herunterladen – mit Push-Meldungen aus Ihrer "
                                            "Gemeinde"))
    corona = [
        _span("2020-03-13", "2020-03-17", "Coronavirus: Die Schulen im Kanton schliessen ab "
                                          "Montag"),
        _span("2020-03-18", "2020-06-21", "Coronavirus: Der Bundesrat hat die ausserordentliche "
                                          "Lage erklärt – alle Massnahmen im Überblick"),
    ]
    votes = [_vote(v, f"Abstimmungssonntag vom {iso_day(v).day}. {MONATE[iso_day(v).month - 1]} "
                      f"{iso_day(v).year}: Die Resultate aus allen Gemeinden im Ticker",
                   before=10, after=1) for v in SWISS_VOTES]
    votes += [_vote(e, f"Eidgenössische Wahlen {e[:4]}: Wer aus dem Bezirk nach Bern geht",
                    before=10, after=1) for e in SWISS_ELECTIONS]
    votes.append(_vote("2019-03-24", "Kantonsratswahlen 2019: Die Resultate aus dem Bezirk",
                       before=10, after=1))
    return _calendar(base, corona, votes)


def glattaler_style() -> PublisherStyle:
    """A Swiss regional daily near Zurich (Swiss spelling, no "ß"): the municipality from a
    pool (turned "Region ·" on the relaunch of 23 May 2018), "Publiziert:" with the date
    turned the short Swiss date and time (a wording per day), the writer (with "Text:" from
    the relaunch), an "Abo+" marker, the federal votes, elections and the pandemic over a
    newsletter line reworded for the app, a rare correction, picture credits, "Das könnte
    Sie auch interessieren" links and "Anzeige" markers, the agency line turned
    Keystone-SDA on 1 January 2018, a reader-reporter appeal reworded with its fee, a
    comments line, the single-copy and yearly prices in francs, the imprint and the
    copyright line (a block)."""
    return PublisherStyle(
        domain="glattaler.ch", site="Glattaler Tagblatt", base_size=170,
        subdomains=(("www.", 100),),
        sections=("region", "zuerich", "schweiz", "sport", "kultur"),
        n_authors=12, url_path="/{section}/{slug}-{n}",
        pools={
            "gemeinde": ("Dübendorf", "Wallisellen", "Volketswil", "Uster", "Fällanden",
                         "Bassersdorf", "Wangen-Brüttisellen"),
            "foto": ("Keystone", "zvg", "Archiv", "Kantonspolizei Zürich", "Leserreporter",
                     "Glattaler Tagblatt"),
        },
        families=(
            _f("gemeinde", HEADER, 0.6, (_OLD, "{gemeinde}"),
               (GT_REDESIGN.isoformat(), "Region · {gemeinde}")),
            _f("datum", HEADER, 0.9, *_by_day(_gt_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "{author}"),
               (GT_REDESIGN.isoformat(), "Text: {author}")),
            _f("abo", HEADER, 0.2, (_OLD, "Abo+")),
            _f("abstimmung", HEADER, 0.25, *_gt_abstimmung()),
            _f("berichtigung", HEADER, 0.04, (_OLD, "Berichtigung: In einer ersten Version "
                                                    "dieses Artikels hiess es, die "
                                                    "Gemeindeversammlung finde am Dienstag "
                                                    "statt. Richtig ist Mittwoch.")),
            _f("bild", MIDDLE, 0.3, (_OLD, "Bild: {foto}")),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Das könnte Sie auch interessieren: "
                                            "{other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige")),
            _f("agentur", FOOTER, 0.3, (_OLD, "(sda)"), (GT_SDA.isoformat(), "(Keystone-SDA)")),
            _f("leserreporter", FOOTER, 0.2,
               (_OLD, "Haben Sie etwas gesehen? Schicken Sie uns Ihr Bild oder Video an "
                      "leserreporter@glattaler.ch."),
               (GT_LESERREPORTER.isoformat(), "Leserreporter: Bilder und Videos per WhatsApp an "
                                              "079 555 12 12. Für jedes publizierte Bild "
                                              "zahlen wir 50 Franken.")),
            _f("kommentar", FOOTER, 0.12, (_OLD, "Diskutieren Sie mit: Bitte halten Sie sich "
                                                 "an unsere Netiquette.")),
            _f("preise", FOOTER, 0.15, *priced(GT_PREISE, lambda v: f"Einzelverkaufspreis "
                                                                    f"Fr. {v}")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Glattaler Tagblatt · Bahnhofstrasse 31 · "
                                                "8600 Dübendorf")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Glattaler Tagblatt AG, {year}. Alle Rechte "
                                                "vorbehalten. Weiterverbreitung nur mit "
                                                "schriftlicher Genehmigung.")),
        ),
    )


# --- a South Tyrolean daily ---------------------------------------------------------------

ET_REDESIGN = dt.date(2017, 11, 6)
ET_NEWSLETTER = dt.date(2019, 1, 1)
ET_ABO = (("2014-01-01", "8,90"), ("2016-01-01", "9,90"), ("2018-01-01", "11,90"),
          ("2020-01-01", "12,90"))


def _et_datum(day: dt.date) -> str:
    if day < ET_REDESIGN:
        return f"{de_num(day)} | {{time}}"
    return f"{de_long(day)} | {{time}} Uhr"


def _et_markt(y: int) -> str:
    if y == 2020:
        return "Christkindlmarkt 2020 abgesagt: Die Stände bleiben heuer geschlossen"
    return f"Christkindlmarkt {y}: Öffnungszeiten, Shuttlebusse und Parkplätze"


@cache
def _et_hinweis() -> Wordings:
    base = _steps((_OLD, "Die Etschtaler Tagblatt-App: Südtirol-Nachrichten für iOS und "
                         "Android"),
                  (ET_NEWSLETTER.isoformat(), "Der Frühnewsletter: jeden Morgen um 6 Uhr die "
                                              "wichtigsten Meldungen aus Südtirol"))
    wahlen = [
        _vote("2015-05-10", "Gemeinderatswahlen 2015: Alle Ergebnisse aus den Gemeinden"),
        _vote("2016-12-04", "Verfassungsreferendum: So hat Südtirol abgestimmt"),
        _vote("2018-03-04", "Parlamentswahl 2018: Die Ergebnisse aus Südtirol"),
        _vote("2018-10-21", "Landtagswahl 2018: Die Ergebnisse aus allen 116 Gemeinden"),
        _vote("2019-05-26", "Europawahl 2019: Die Ergebnisse aus Südtirol"),
        _vote("2020-09-20", "Gemeinderatswahlen 2020: Alle Ergebnisse und Stichwahlen",
              after=2),
    ]
    corona = [_span("2020-03-09", "2020-05-17", "Coronavirus: Alle Verordnungen von Land und "
                                                "Staat im Überblick")]
    markt = _yearly("11-27", 0, 26, _et_markt)
    return _calendar(base, corona, wahlen, markt)


def etschtaler_style() -> PublisherStyle:
    """A South Tyrolean daily in German with Italian lines: the district from a pool, the
    numeric date and time turned the long date on the relaunch of 6 November 2017 (a wording
    per day), "Von" and the writer, a line offering the article in Italian (in both
    languages), an app line reworded for the newsletter and turned by local, provincial,
    Italian and European votes, the pandemic and the Christmas market (called off in 2020),
    a rare correction, photo credits from a pool, "Lesen Sie auch" links and a bilingual
    advertisement marker, the agency source from a pool, a WhatsApp reader-reporter appeal,
    the digital subscription's monthly price, the imprint and the bilingual copyright line
    (a block)."""
    return PublisherStyle(
        domain="etschtaler.it", site="Etschtaler Tagblatt", base_size=140,
        subdomains=(("www.", 100),),
        sections=("suedtirol", "bozen", "meran", "sport", "wirtschaft", "kultur"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "bezirk": ("Bozen", "Meran", "Vinschgau", "Eisacktal", "Pustertal", "Unterland",
                       "Überetsch", "Gröden"),
            "agentur": ("ANSA", "APA", "dpa", "LPA", "red"),
            "foto": ("LPA", "ANSA", "Etschtaler Tagblatt", "Freiwillige Feuerwehr",
                     "Carabinieri", "shutterstock"),
        },
        families=(
            _f("bezirk", HEADER, 0.6, (_OLD, "Südtirol › {bezirk}")),
            _f("datum", HEADER, 0.9, *_by_day(_et_datum)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}")),
            _f("zweisprachig", HEADER, 0.15, (_OLD, "Diesen Artikel gibt es auch auf Italienisch "
                                                   "· Questo articolo è disponibile anche in "
                                                   "italiano")),
            _f("hinweis", HEADER, 0.25, *_et_hinweis()),
            _f("richtigstellung", HEADER, 0.04, (_OLD, "Richtigstellung: Anders als zunächst "
                                                       "berichtet, wurde der Verletzte ins "
                                                       "Krankenhaus Brixen gebracht.")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("werbung", MIDDLE, 0.3, (_OLD, "Werbung · Pubblicità"), count=2),
            _f("quelle", FOOTER, 0.3, (_OLD, "Quelle: {agentur}")),
            _f("leserreporter", FOOTER, 0.12, (_OLD, "Leserreporter: Fotos und Videos per "
                                                     "WhatsApp an +39 345 555 0101")),
            _f("abo", FOOTER, 0.15, *priced(ET_ABO, lambda v: f"Digital-Abo: {v} Euro im Monat "
                                                              f"– für Abonnenten der Zeitung "
                                                              f"kostenlos")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Etschtaler Verlagsanstalt GmbH · "
                                                "MwSt.-Nr./P.IVA 01234560213 · Eintragung beim "
                                                "Landesgericht Bozen Nr. 14/1991")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Etschtaler Tagblatt – Alle Rechte "
                                                 "vorbehalten / Tutti i diritti riservati")),
        ),
    )


# --- a Cologne local news site ------------------------------------------------------------

DB_WHATSAPP = dt.date(2017, 4, 1)
DB_REDESIGN = weiberfastnacht(2019)  # relaunched on the first day of the 2019 street carnival
DB_TELEGRAM = dt.date(2020, 1, 15)
DB_SUPPORT = (("2014-01-01", "3"), ("2018-01-01", "4"), ("2020-04-01", "5"))
RHEIN = (("2015-01-01", 3.2), ("2015-06-15", 2.4), ("2015-11-10", 1.3), ("2016-01-10", 5.4),
         ("2016-06-04", 6.9), ("2016-10-10", 2.0), ("2017-05-10", 1.9), ("2017-12-20", 4.6),
         ("2018-01-08", 8.7), ("2018-04-01", 4.0), ("2018-10-23", 0.8), ("2019-03-20", 4.2),
         ("2019-09-10", 1.6), ("2020-02-05", 7.2), ("2020-08-15", 1.4), ("2021-01-10", 3.5))


def _db_datum(day: dt.date) -> str:
    if day < DB_REDESIGN:
        return f"{de_num(day)} – {{time}}"
    return de_long(day)


def rhine_gauge(day: dt.date) -> float:
    """The made-up Rhine level at Cologne on `day`, in metres."""
    return max(0.7, through(day, RHEIN) + 0.15 * noise(day, "pegel"))


def _db_pegel(day: dt.date) -> str:
    level = f"{rhine_gauge(day):.2f}".replace(".", ",")
    return f"Rheinpegel Köln am {day.day:02d}.{day.month:02d}.: {level} m"


def _db_elfter(y: int) -> str:
    if y == 2020:
        return "11.11.2020: Kein Sessionsauftakt auf den Straßen – bitte feiern Sie zu Hause"
    return (f"Elfter im Elften {y}: Alles zum Sessionsauftakt in der Altstadt und im "
            f"Zülpicher Viertel")


@cache
def _db_hinweis() -> Wordings:
    base = _steps((_OLD, "Nachrichten aus allen Kölner Veedeln – jeden Tag aktuell"))
    corona = [_span("2020-03-16", "2020-06-14", "Corona in Köln: Die aktuellen Regeln und "
                                                "Zahlen der Stadt")]
    wahlen = [
        _vote("2015-10-18", "Oberbürgermeisterwahl 2015: Alle Ergebnisse aus den Stadtbezirken"),
        _vote("2017-05-14", "Landtagswahl 2017: So haben die Kölner Wahlkreise gewählt"),
        _vote("2017-09-24", "Bundestagswahl 2017: Die Ergebnisse aus den vier Kölner "
                            "Wahlkreisen"),
        _vote("2020-09-13", "Kommunalwahl 2020: Alle Ergebnisse aus Rat und Bezirksvertretungen"),
        _vote("2020-09-27", "Stichwahl um das Oberbürgermeisteramt: Die Ergebnisse live"),
    ]
    karneval = _movable(weiberfastnacht, 3, 6, lambda y: f"Kölle Alaaf! Straßenkarneval {y}: "
                                                         f"Zugwege, Sperrungen und Liveticker")
    elfter = _yearly("11-11", 5, 0, _db_elfter)
    return _calendar(base, corona, wahlen, karneval, elfter)


def domstadt_style() -> PublisherStyle:
    """A Cologne local news site: the quarter (Veedel) from a pool, the numeric date and time
    turned the long date on Weiberfastnacht 2019 (a wording per day), the day's Rhine level
    (a wording per day), a line turned by the street carnival from Weiberfastnacht to Ash
    Wednesday, the eleventh of the eleventh (without crowds in 2020), elections and the
    pandemic, a rare update, "Symbolbild" credits, "Auch interessant" links and "Anzeige"
    markers up to twice, the police or fire brigade's press release as source, a witness
    appeal, a messenger line reworded from WhatsApp to Telegram, a support appeal with its
    monthly amount (raised twice) and the copyright line."""
    return PublisherStyle(
        domain="domstadt-bote.koeln", site="Domstadt-Bote", base_size=115,
        subdomains=(("www.", 100),),
        sections=("veedel", "blaulicht", "stadt", "sport", "karneval"),
        n_authors=7, url_path="/{section}/{slug}",
        pools={
            "veedel": ("Ehrenfeld", "Nippes", "Sülz", "Kalk", "Deutz", "Porz", "Mülheim",
                       "Lindenthal"),
            "quelle": ("Polizei Köln", "Feuerwehr Köln", "Stadt Köln", "KVB"),
            "symbol": ("dpa", "Pixabay", "Domstadt-Bote", "Adobe Stock"),
        },
        families=(
            _f("veedel", HEADER, 0.7, (_OLD, "{veedel}"),
               (DB_REDESIGN.isoformat(), "Veedel: {veedel}")),
            _f("datum", HEADER, 0.9, *_by_day(_db_datum)),
            _f("pegel", HEADER, 0.2, *_by_day(_db_pegel)),
            _f("hinweis", HEADER, 0.3, *_db_hinweis()),
            _f("update", HEADER, 0.04, (_OLD, "Update: Die Polizei hat die Sperrung inzwischen "
                                              "wieder aufgehoben.")),
            _f("symbolbild", MIDDLE, 0.3, (_OLD, "Symbolbild: {symbol}")),
            _f("auch", MIDDLE, 0.3, (_OLD, "Auch interessant: {other_title}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("ots", FOOTER, 0.2, (_OLD, "Quelle: ots/{quelle}")),
            _f("zeugen", FOOTER, 0.12, (_OLD, "Zeugen, die Hinweise geben können, melden sich "
                                              "bitte unter der Rufnummer 0221 555-0 bei der "
                                              "Polizei.")),
            _f("messenger", FOOTER, 0.25,
               (_OLD, "Folgen Sie uns auf Facebook und Twitter"),
               (DB_WHATSAPP.isoformat(), "Immer auf dem Laufenden: Die Kölner Nachrichten gibt "
                                         "es jetzt auch per WhatsApp"),
               (DB_TELEGRAM.isoformat(), "Immer auf dem Laufenden: Die Kölner Nachrichten jetzt "
                                         "auch im Telegram-Kanal")),
            _f("unterstuetzen", FOOTER, 0.15, *priced(DB_SUPPORT, lambda v: (
                f"Lokaljournalismus kostet Geld: Unterstützen Sie unsere Arbeit schon ab {v} "
                f"Euro im Monat."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Domstadt-Bote – Lokalnachrichten für "
                                                "Köln")),
        ),
    )


# --- a free Bavarian weekly ---------------------------------------------------------------

AW_REDESIGN = dt.date(2018, 1, 10)
AW_HAUSHALTE = dt.date(2019, 1, 1)
WIESN = {2015: ("2015-09-19", "2015-10-04", "10,40"), 2016: ("2016-09-17", "2016-10-03", "10,70"),
         2017: ("2017-09-16", "2017-10-03", "10,95"), 2018: ("2018-09-22", "2018-10-07", "11,50"),
         2019: ("2019-09-21", "2019-10-06", "11,80")}


def _aw_ausgabe(day: dt.date) -> str:
    wed = wednesday_of(day)
    week = wed.isocalendar()[1]
    if day < AW_REDESIGN:
        return f"Ausgabe {week}/{wed.year}"
    return f"Ausgabe KW {week} · Mittwoch, {wed.day}. {MONATE[wed.month - 1]} {wed.year}"


@cache
def _aw_fest() -> Wordings:
    base = _steps((_OLD, "Das Ampertaler Wochenblatt – jeden Mittwoch kostenlos in über 38.000 "
                         "Haushalten"),
                  (AW_HAUSHALTE.isoformat(), "Das Ampertaler Wochenblatt – jeden Mittwoch "
                                             "kostenlos in über 41.000 Haushalten"))
    corona = [_span("2020-03-16", "2020-05-31", "Corona: Vereinsfeste, Versammlungen und "
                                                "Gottesdienste fallen vorerst aus")]
    wahlen = [_vote("2018-10-14", "Landtagswahl 2018: Die Ergebnisse aus dem Stimmkreis"),
              _vote("2020-03-15", "Kommunalwahl 2020: Alle Ergebnisse und Stichwahlen im "
                                  "Landkreis", before=6, after=14)]
    wiesn: list[Event] = [(iso_day(a), iso_day(b, 1), f"O'zapft is! Wiesn {y}: Die Maß kostet "
                                                      f"heuer bis zu {price} Euro")
                          for y, (a, b, price) in WIESN.items()]
    wiesn.append(_span("2020-09-19", "2020-10-04", "Keine Wiesn 2020: Trachtenabende gibt es "
                                                   "nur im kleinen Kreis"))
    maibaum = _yearly("05-01", 5, 0, lambda y: f"Maibaumaufstellen {y}: Alle Termine im "
                                               f"Landkreis")
    return _calendar(base, wahlen, corona, wiesn, maibaum)


def ampertal_style() -> PublisherStyle:
    """A free Bavarian weekly: the edition number turned the calendar week and the
    Wednesday's date on 10 January 2018 (a wording per week), the municipality, "Von"
    turned "Text und Fotos:", a rare "Sonderveröffentlichung" marker, a distribution line
    (its household count raised in 2019) turned by the Oktoberfest with the year's price of
    a litre of beer (called off in 2020), maypoles, the state and local elections and the
    pandemic, a rare correction, photo credits from a pool and "Anzeige" markers up to
    twice, a club-news appeal with the deadline, a delivery complaints line, the imprint
    and the copyright line (a block)."""
    return PublisherStyle(
        domain="ampertaler-wochenblatt.de", site="Ampertaler Wochenblatt", base_size=95,
        subdomains=(("www.", 100),),
        sections=("lokales", "vereine", "veranstaltungen", "sport"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "gemeinde": ("Allershausen", "Kranzberg", "Hohenkammer", "Zolling",
                         "Haag an der Amper", "Moosburg"),
            "foto": ("Verein", "privat", "Gemeinde", "Ampertaler Wochenblatt", "Feuerwehr"),
        },
        families=(
            _f("ausgabe", HEADER, 0.45, *_by_day(_aw_ausgabe)),
            _f("gemeinde", HEADER, 0.6, (_OLD, "{gemeinde}")),
            _f("autor", HEADER, 0.4, (_OLD, "Von {author}"),
               (AW_REDESIGN.isoformat(), "Text und Fotos: {author}")),
            _f("sonder", HEADER, 0.05, (_OLD, "Sonderveröffentlichung")),
            _f("fest", HEADER, 0.25, *_aw_fest()),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Das Sommerfest beginnt bereits um "
                                                 "14 Uhr, nicht wie zunächst angegeben um 15 "
                                                 "Uhr.")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("anzeige", MIDDLE, 0.35, (_OLD, "Anzeige"), count=2),
            _f("vereine", FOOTER, 0.25,
               (_OLD, "Ihr Verein hat etwas zu berichten? Schicken Sie Text und Foto an "
                      "redaktion@ampertaler-wochenblatt.de"),
               ("2016-04-01", "Ihr Verein hat etwas zu berichten? Schicken Sie Text und Foto an "
                              "redaktion@ampertaler-wochenblatt.de – Redaktionsschluss ist "
                              "jeweils Freitag, 12 Uhr.")),
            _f("zustellung", FOOTER, 0.15, (_OLD, "Sie haben kein Wochenblatt bekommen? "
                                                  "Reklamationen bitte an den Vertrieb unter "
                                                  "08161 555-33.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Ampertaler Wochenblatt · Anzeigen- und "
                                                "Verlagsgesellschaft Amper mbH · Freisinger "
                                                "Straße 9 · 85391 Allershausen")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ampertaler Wochenblatt. Alle Rechte "
                                                 "vorbehalten.")),
        ),
    )


# --- a Lower Austrian district weekly -----------------------------------------------------

BK_REDESIGN = dt.date(2016, 9, 1)
BK_APP = dt.date(2018, 6, 1)


def _bk_datum(day: dt.date) -> str:
    if day < BK_REDESIGN:
        return de_num(day)
    return f"{day.day}. {MONATE_AT[day.month - 1]} {day.year}, {{time}} Uhr"


def _bk_epaper(day: dt.date) -> str:
    thu = thursday_of(day)
    return (f"E-Paper: Die Ausgabe KW {thu.isocalendar()[1]}/{thu.year % 100:02d} jetzt "
            f"online durchblättern")


@cache
def _bk_hinweis() -> Wordings:
    base = _steps((_OLD, "Alle Nachrichten aus Ihrem Bezirk – jede Woche neu und kostenlos"),
                  (BK_APP.isoformat(), "Jetzt neu: Die Bezirkskurier-App mit den Nachrichten "
                                       "aus Ihrer Gemeinde"))
    wahlen = [
        _vote("2015-01-25", "Gemeinderatswahlen 2015: Die Ergebnisse aus allen Gemeinden des "
                            "Bezirks"),
        _vote("2016-04-24", "Bundespräsidentenwahl: So hat der Bezirk gewählt"),
        _vote("2016-05-22", "Stichwahl: So hat der Bezirk gewählt"),
        _vote("2016-12-04", "Wiederholte Stichwahl: So hat der Bezirk gewählt"),
        _vote("2017-10-15", "Nationalratswahl 2017: Die Ergebnisse aus dem Bezirk"),
        _vote("2018-01-28", "Landtagswahl 2018: Die Ergebnisse aus dem Bezirk"),
        _vote("2019-09-29", "Nationalratswahl 2019: Die Ergebnisse aus dem Bezirk"),
        _vote("2020-01-26", "Gemeinderatswahlen 2020: Die Ergebnisse aus allen Gemeinden des "
                            "Bezirks"),
    ]
    corona = [
        _span("2020-03-16", "2020-05-14", "Corona: Wo Sie im Bezirk Hilfe beim Einkaufen "
                                          "bekommen"),
        _span("2020-11-17", "2020-12-06", "Lockdown: Welche Geschäfte im Bezirk Abholung "
                                          "anbieten"),
    ]
    return _calendar(base, corona, wahlen)


def bezirkskurier_style() -> PublisherStyle:
    """A Lower Austrian district weekly with citizen reporters: the district, the numeric date
    turned the date with "Jänner" and the time on 1 September 2016 (a wording per day), a
    citizen-reporter note with the writer, a free-weekly line reworded for the app and turned
    by local, state, national and presidential votes and both 2020 lockdowns, a rare
    correction, picture credits, "Werbung" markers and "Auch interessant" links, a likes
    count, a join-us appeal, the e-paper of the week (a wording per week, from each
    Thursday) and the copyright line."""
    return PublisherStyle(
        domain="bezirkskurier.at", site="Bezirkskurier", base_size=80,
        subdomains=(("www.", 100),),
        sections=("lokales", "leute", "sport", "wirtschaft"),
        n_authors=12, url_path="/{section}/{slug}_a{n}",
        pools={
            "bezirk": ("Mödling", "Baden", "Bruck an der Leitha", "Neunkirchen",
                       "Wiener Neustadt", "Tulln"),
            "foto": ("privat", "Gemeinde", "FF", "Bezirkskurier", "zVg"),
        },
        families=(
            _f("bezirk", HEADER, 0.7, (_OLD, "Niederösterreich › Bezirk {bezirk}")),
            _f("datum", HEADER, 0.9, *_by_day(_bk_datum)),
            _f("reporter", HEADER, 0.2, (_OLD, "Ein Beitrag von {author}, Bürgerreporter aus "
                                               "dem Bezirk {bezirk}")),
            _f("hinweis", HEADER, 0.2, *_bk_hinweis()),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Veranstaltung findet im "
                                                 "Pfarrsaal statt, nicht im Gemeindeamt.")),
            _f("bild", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("werbung", MIDDLE, 0.3, (_OLD, "Werbung")),
            _f("auch", MIDDLE, 0.25, (_OLD, "Auch interessant: {other_title}")),
            _f("gefaellt", FOOTER, 0.3, (_OLD, "{count} Personen gefällt das")),
            _f("mitmachen", FOOTER, 0.25, (_OLD, "Mitmachen: Werden Sie Bürgerreporter und "
                                                 "berichten Sie aus Ihrem Ort – die Anmeldung "
                                                 "ist kostenlos.")),
            _f("epaper", FOOTER, 0.2, *_by_day(_bk_epaper)),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Bezirkskurier Regionalmedien GmbH")),
        ),
    )


# --- a Lusatian local paper, German with Upper Sorbian lines -------------------------------

LH_REDESIGN = dt.date(2018, 4, 3)
LH_NEWSLETTER = dt.date(2019, 7, 1)
LH_ABO = (("2014-01-01", "27,90"), ("2016-01-01", "29,50"), ("2018-01-01", "31,40"),
          ("2020-01-01", "33,90"))


def _lh_datum(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return de_num(day)
    return f"{de_long(day)}, {{time}} Uhr"


def _lh_ostern(y: int) -> str:
    if y == 2020:
        return "Osterreiten 2020 abgesagt: Keine Prozessionen wegen der Pandemie"
    return f"Osterreiten {y} / Křižerjo {y}: Alle Prozessionen und Straßensperrungen"


@cache
def _lh_hinweis() -> Wordings:
    base = _steps((_OLD, "Das Heimatblatt gibt es auch als E-Paper – für Abonnenten ohne "
                         "Aufpreis"),
                  (LH_NEWSLETTER.isoformat(), "Neu: Der Lausitz-Newsletter – jeden Freitag die "
                                              "Woche zwischen Spree und Neiße"))
    wahlen = [
        _vote("2017-09-24", "Bundestagswahl 2017: Die Ergebnisse aus der Lausitz"),
        _vote("2019-05-26", "Kommunal- und Europawahl: Alle Ergebnisse aus den Gemeinden"),
        _vote("2019-09-01", "Landtagswahlen in Sachsen und Brandenburg: Die Ergebnisse live"),
    ]
    corona = [_span("2020-03-16", "2020-06-30", "Corona in der Lausitz: Alle Meldungen aus den "
                                                "Landkreisen Bautzen und Görlitz")]
    vogelhochzeit = _yearly("01-25", 4, 0, lambda y: f"Vogelhochzeit / Ptači kwas {y}: "
                                                     f"Programm der Kindergärten und "
                                                     f"Vorstellungen")
    ostern = _movable(easter, 6, 1, _lh_ostern)
    return _calendar(base, wahlen, ostern, corona, vogelhochzeit)


def lausitz_style() -> PublisherStyle:
    """A Lusatian local paper, German with Upper Sorbian lines: the place with its Sorbian
    name from a pool, the numeric date turned the long date and time on 3 April 2018, the
    Sorbian date in the Sorbian pages (both a wording per day), the writer, a rare
    correction, "Anzeige" markers, photo credits, German and Sorbian "read also" links, a
    reader-photo appeal, an e-paper line reworded for the newsletter and turned by the
    Sorbian bird wedding, the Easter riders (called off in 2020), elections and the
    pandemic, the subscription's monthly price, the imprint and the copyright line (a
    block)."""
    return PublisherStyle(
        domain="lausitzer-heimatblatt.de", site="Lausitzer Heimatblatt", base_size=65,
        subdomains=(("www.", 100),),
        sections=("lausitz", "bautzen", "hoyerswerda", "serbske", "sport"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "ort": ("Bautzen/Budyšin", "Hoyerswerda/Wojerecy", "Kamenz/Kamjenc",
                    "Weißwasser/Běła Woda", "Cottbus/Chóśebuz", "Ralbitz/Ralbicy"),
            "foto": ("privat", "Lausitzer Heimatblatt", "Domowina", "Polizeidirektion Görlitz"),
        },
        families=(
            _f("ort", HEADER, 0.6, (_OLD, "{ort}")),
            _f("datum", HEADER, 0.9, *_by_day(_lh_datum)),
            _f("datum-serbsce", HEADER, 0.25, *_by_day(hsb_date)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Das Konzert in Crostwitz beginnt "
                                                 "um 19.30 Uhr.")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("citajce", MIDDLE, 0.15, (_OLD, "Čitajće tež: {other_title}")),
            _f("leserfoto", FOOTER, 0.15, (_OLD, "Ihr Foto aus der Lausitz? Schicken Sie es an "
                                                 "leserfotos@lausitzer-heimatblatt.de")),
            _f("hinweis", FOOTER, 0.25, *_lh_hinweis()),
            _f("abo", FOOTER, 0.15, *priced(LH_ABO, lambda v: f"Das Heimatblatt im Abonnement: "
                                                              f"{v} € monatlich einschließlich "
                                                              f"Zustellung")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Lausitzer Heimatblatt · Verlag Oberlausitz "
                                                "GmbH · Lauengraben 7 · 02625 Bautzen")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Lausitzer Heimatblatt. Alle Rechte "
                                                 "vorbehalten.")),
        ),
    )


# --- a Liechtenstein daily ----------------------------------------------------------------

SZ_EPAPER = dt.date(2017, 10, 1)
SZ_REDESIGN = dt.date(2019, 1, 23)  # the principality's 300th anniversary
SZ_ABO = (("2014-01-01", "298"), ("2016-01-01", "315"), ("2019-01-01", "329"),
          ("2020-07-01", "339"))


def _sz_datum(day: dt.date) -> str:
    if day < SZ_REDESIGN:
        return de_num(day)
    return de_long(day)


def _sz_feiertag(y: int) -> str:
    if y == 2020:
        return "Staatsfeiertag 2020: Kein Volksfest im Städtle – der Festakt wird übertragen"
    return f"Staatsfeiertag {y}: Programm, Festakt auf der Schlosswiese und Verkehrshinweise"


@cache
def _sz_hinweis() -> Wordings:
    base = _steps((_OLD, "Die Saminatal-Zeitung erscheint von Dienstag bis Samstag"),
                  (SZ_EPAPER.isoformat(), "Die Saminatal-Zeitung jetzt auch als E-Paper – "
                                          "jeden Morgen ab 5 Uhr"))
    votes = [
        _vote("2017-02-05", "Landtagswahlen 2017: Alle Resultate aus den elf Gemeinden",
              before=10),
        _vote("2019-03-24", "Gemeindewahlen 2019: Alle Resultate und Vorsteher", before=10),
        _vote("2020-08-30", "Volksabstimmungen vom 30. August 2020: Die Resultate", before=10),
        _span("2019-01-01", "2019-01-31", "300 Jahre Liechtenstein: Alles zum Jubiläumsjahr"),
    ]
    corona = [_span("2020-03-13", "2020-06-14", "Coronavirus: Die Massnahmen der Regierung im "
                                                "Überblick")]
    feiertag = _yearly("08-15", 7, 0, _sz_feiertag)
    return _calendar(base, corona, votes, feiertag)


def saminatal_style() -> PublisherStyle:
    """A Liechtenstein daily: the municipality, the numeric date turned the long date on the
    principality's 300th anniversary, 23 January 2019 (a wording per day), "Von" and the
    writer, a line on the days it comes out reworded for the e-paper and turned by the
    Landtag, local and referendum votes, the jubilee month, the national day (without its
    fair in 2020) and the pandemic, a rare correction, picture credits and "Anzeige"
    markers, the source in brackets, a letters-to-the-editor line, the yearly subscription
    in francs and the copyright line."""
    return PublisherStyle(
        domain="saminatal-zeitung.li", site="Saminatal-Zeitung", base_size=55,
        subdomains=(("www.", 100),),
        sections=("inland", "gemeinden", "wirtschaft", "sport", "kultur"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "gemeinde": ("Vaduz", "Schaan", "Triesen", "Balzers", "Eschen", "Triesenberg",
                         "Mauren"),
            "quelle": ("ikr", "sda", "red", "pd"),
            "foto": ("Saminatal-Zeitung", "zvg", "Landespolizei", "Archiv"),
        },
        families=(
            _f("gemeinde", HEADER, 0.55, (_OLD, "{gemeinde}")),
            _f("datum", HEADER, 0.9, *_by_day(_sz_datum)),
            _f("autor", HEADER, 0.4, (_OLD, "Von {author}")),
            _f("hinweis", HEADER, 0.25, *_sz_hinweis()),
            _f("berichtigung", HEADER, 0.04, (_OLD, "Berichtigung: Die Gemeinderatssitzung "
                                                    "findet am Mittwoch statt.")),
            _f("bild", MIDDLE, 0.3, (_OLD, "Bild: {foto}")),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige"), count=2),
            _f("quelle", FOOTER, 0.3, (_OLD, "({quelle})")),
            _f("leserbriefe", FOOTER, 0.12, (_OLD, "Leserbriefe geben die Meinung der "
                                                   "Verfasser wieder. Die Redaktion behält sich "
                                                   "Kürzungen vor.")),
            _f("abo", FOOTER, 0.15, *priced(SZ_ABO, lambda v: f"Jahresabonnement Inland: CHF "
                                                              f"{v}.– (inkl. E-Paper)")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Saminatal-Zeitung AG, Schaan")),
        ),
    )


# --- an Engadin paper, German with Romansh lines ------------------------------------------

IP_REDESIGN = dt.date(2018, 10, 16)
IP_EPAPER = dt.date(2019, 1, 1)
IP_ABO = (("2014-01-01", "178"), ("2017-01-01", "189"), ("2020-01-01", "198"))


def _ip_datum(day: dt.date) -> str:
    if day < IP_REDESIGN:
        return de_num(day)
    return f"{de_long(day)}, {{time}}"


def skimarathon(y: int) -> dt.date | None:
    """The ski marathon: the second Sunday of March (called off in 2020)."""
    return None if y == 2020 else nth_weekday(y, 3, 6, 2)


@cache
def _ip_hinweis() -> Wordings:
    base = _steps((_OLD, "Die Inntaler Post erscheint dienstags, donnerstags und samstags"),
                  (IP_EPAPER.isoformat(), "Die Inntaler Post erscheint dienstags, donnerstags "
                                          "und samstags – als E-Paper schon am Vorabend"))
    corona = [
        _span("2020-03-02", "2020-03-08", "Engadin-Skimarathon 2020 abgesagt: Alle Infos zur "
                                          "Rückerstattung"),
        _span("2020-03-13", "2020-06-21", "Coronavirus: Die Lage im Engadin und in den "
                                          "Südtälern"),
    ]
    chalandamarz = _yearly("03-01", 5, 0, lambda y: f"Chalandamarz {y}: Die Bilder aus allen "
                                                    f"Dörfern")
    marathon = _movable(skimarathon, 5, 1, lambda y: f"Engadin-Skimarathon {y}: Resultate, "
                                                     f"Bilder und Verkehrshinweise")
    return _calendar(base, corona, chalandamarz, marathon)


def inntaler_style() -> PublisherStyle:
    """An Engadin paper, German with Romansh lines: the village from a pool, the numeric date
    turned the long date and time on 16 October 2018, the Romansh date on the Romansh page
    (both a wording per day), the Romansh page's marker, the writer, a rare correction,
    "Inserat" markers up to twice, photo credits, Romansh "read also" links, the days it
    comes out (reworded for the e-paper) turned by Chalandamarz, the ski marathon (called
    off in 2020) and the pandemic, the yearly subscription in francs and the bilingual
    copyright line."""
    return PublisherStyle(
        domain="inntaler-post.ch", site="Inntaler Post", base_size=45,
        subdomains=(("www.", 100),),
        sections=("region", "engiadina", "sport", "kultur", "rumantsch"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "vischnanca": ("Scuol", "Zernez", "Samedan", "St. Moritz", "Pontresina",
                           "Val Müstair", "Zuoz"),
            "foto": ("Inntaler Post", "zvg", "Keystone", "Kantonspolizei Graubünden"),
        },
        families=(
            _f("vischnanca", HEADER, 0.55, (_OLD, "{vischnanca}")),
            _f("datum", HEADER, 0.85, *_by_day(_ip_datum)),
            _f("data", HEADER, 0.25, *_by_day(rm_date)),
            _f("pagina", HEADER, 0.2, (_OLD, "Pagina rumantscha")),
            _f("autor", HEADER, 0.4, (_OLD, "{author}")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrigendum: Der Anlass findet in Zernez "
                                                 "statt, nicht in Zuoz.")),
            _f("inserat", MIDDLE, 0.25, (_OLD, "Inserat"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("legiai", MIDDLE, 0.2, (_OLD, "Legiai era: {other_title}")),
            _f("hinweis", FOOTER, 0.25, *_ip_hinweis()),
            _f("abo", FOOTER, 0.15, *priced(IP_ABO, lambda v: f"Jahresabonnement: Fr. {v}.– "
                                                              f"(Inland)")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Inntaler Post AG · Alle Rechte "
                                                 "vorbehalten / Tut ils dretgs reservads")),
        ),
    )


# --- a Lower Austrian valley monthly ------------------------------------------------------

PR_REDESIGN = dt.date(2017, 4, 3)


def _pr_datum(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return de_num(day)
    return f"{day.day}. {MONATE_AT[day.month - 1]} {day.year}"


def _pr_ausgabe(day: dt.date) -> str:
    return f"Pielachtal-Rundschau · Ausgabe {MONATE_AT[day.month - 1]} {day.year}"


def kirtag(y: int) -> dt.date | None:
    """The valley's fair: the second Sunday of September (called off in 2020)."""
    return None if y == 2020 else nth_weekday(y, 9, 6, 2)


@cache
def _pr_hinweis() -> Wordings:
    base = _steps((_OLD, "Ihre Meinung ist uns wichtig: leserbriefe@pielachtal-rundschau.at"))
    wahlen = [
        _vote("2015-01-25", "Gemeinderatswahlen 2015: Die Ergebnisse aus dem Tal"),
        _vote("2018-01-28", "Landtagswahl 2018: So hat das Pielachtal gewählt"),
        _vote("2020-01-26", "Gemeinderatswahlen 2020: Die Ergebnisse aus dem Tal"),
    ]
    corona = [_span("2020-03-16", "2020-05-14", "Corona: Nachbarschaftshilfe in allen "
                                                "Gemeinden des Tals")]
    fest = _movable(kirtag, 7, 0, lambda y: f"Dirndlkirtag {y}: Programm und Anreise mit der "
                                            f"Bahn")
    return _calendar(base, corona, wahlen, fest)


def pielachtal_style() -> PublisherStyle:
    """A Lower Austrian valley monthly: the numeric date turned the date with "Jänner" on 3
    April 2017 (a wording per day), the month's issue (a wording per month), the
    municipality, a rare "Entgeltliche Einschaltung" marker (paid content, as Austrian law
    has it), a rare correction, "Werbung" markers and photo credits, a letters line, a
    readers' line turned by elections, the valley fair (called off in 2020) and the
    pandemic, the copyright line."""
    return PublisherStyle(
        domain="pielachtal-rundschau.at", site="Pielachtal-Rundschau", base_size=35,
        subdomains=(("www.", 100),),
        sections=("gemeinden", "leute", "wirtschaft"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "gemeinde": ("Kirchberg an der Pielach", "Rabenstein", "Frankenfels", "Loich",
                         "Hofstetten-Grünau", "Ober-Grafendorf"),
            "foto": ("privat", "Gemeinde", "Pielachtal-Rundschau"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_pr_datum)),
            _f("ausgabe", HEADER, 0.3, *_by_day(_pr_ausgabe)),
            _f("gemeinde", HEADER, 0.5, (_OLD, "{gemeinde}")),
            _f("einschaltung", HEADER, 0.06, (_OLD, "Entgeltliche Einschaltung")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Flohmarkt findet am Samstag "
                                                 "statt.")),
            _f("werbung", MIDDLE, 0.25, (_OLD, "Werbung")),
            _f("bild", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("leserbriefe", FOOTER, 0.15, (_OLD, "Zuschriften geben die Ansicht der "
                                                   "Einsender wieder, nicht die der "
                                                   "Redaktion.")),
            _f("hinweis", FOOTER, 0.25, *_pr_hinweis()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Pielachtal-Rundschau")),
        ),
    )


# --- a North Frisian local site, German with Low German lines ----------------------------

WK_REDESIGN = dt.date(2016, 3, 1)
WK_KUR = (("2014-01-01", "1,50"), ("2017-01-01", "2,00"), ("2019-01-01", "2,50"))


def _wk_datum(day: dt.date) -> str:
    if day < WK_REDESIGN:
        return de_num(day)
    return de_long(day)


def _wk_platt(day: dt.date) -> str:
    return (f"Moin! Hüüt is {WEEKDAGEN[day.weekday()]}, de {day.day}. "
            f"{MAANDEN[day.month - 1]} {day.year}.")


def _wk_tide(day: dt.date) -> str:
    times = " und ".join(high_waters(day))
    return f"Hochwasser Dagebüll am {day.day:02d}.{day.month:02d}.: {times} Uhr"


@cache
def _wk_hinweis() -> Wordings:
    base = _steps((_OLD, "Nachrichten von Deich und Dörfern – jeden Tag neu"))
    wahlen = [
        _vote("2017-05-07", "Landtagswahl 2017: Die Ergebnisse aus Nordfriesland"),
        _vote("2017-09-24", "Bundestagswahl 2017: Die Ergebnisse aus Nordfriesland"),
        _vote("2018-05-06", "Kommunalwahl 2018: Alle Ergebnisse aus Kreis und Gemeinden"),
    ]
    corona = [_span("2020-03-16", "2020-05-17", "Corona: Keine Einreise für Touristen auf die "
                                                "Inseln und Halligen")]
    biike = _yearly("02-21", 6, 0, lambda y: f"Biikebrennen {y}: Wo die Feuer am 21. Februar "
                                             f"brennen")
    return _calendar(base, corona, wahlen, biike)


def wattenkieker_style() -> PublisherStyle:
    """A North Frisian local site, German with Low German lines: the place from a pool, the
    numeric date turned the long date on 1 March 2016, a Low German greeting with the day,
    the day's high waters (each a wording per day), a rare correction, "Anzeige" markers
    and photo credits, a line turned by the Biike fires, elections and the islands' closure
    in 2020, the guest tax (raised twice) and the copyright line."""
    return PublisherStyle(
        domain="wattenkieker.de", site="Wattenkieker", base_size=28,
        subdomains=(("www.", 100),),
        sections=("nordfriesland", "inseln", "husum", "sport"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "ort": ("Husum", "Niebüll", "Dagebüll", "Föhr", "Amrum", "Pellworm", "Nordstrand"),
            "foto": ("Wattenkieker", "privat", "Schutzstation Wattenmeer", "Archiv"),
        },
        families=(
            _f("ort", HEADER, 0.5, (_OLD, "{ort}")),
            _f("datum", HEADER, 0.85, *_by_day(_wk_datum)),
            _f("platt", HEADER, 0.25, *_by_day(_wk_platt)),
            _f("tide", HEADER, 0.25, *_by_day(_wk_tide)),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Fähre fährt am Sonntag "
                                                 "bereits um 7.30 Uhr.")),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("hinweis", FOOTER, 0.25, *_wk_hinweis()),
            _f("kurabgabe", FOOTER, 0.12, *priced(WK_KUR, lambda v: f"Gästebeitrag in Husum: "
                                                                    f"{v} € pro Person und "
                                                                    f"Nacht")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Wattenkieker")),
        ),
    )


def heldout179_styles() -> list[PublisherStyle]:
    """The held-back-179 styles, in the order the generator hands them to publishers."""
    return [
        nordheide_style(), alpenrundschau_style(), glattaler_style(), etschtaler_style(),
        domstadt_style(), ampertal_style(), bezirkskurier_style(), lausitz_style(),
        saminatal_style(), inntaler_style(), pielachtal_style(), wattenkieker_style(),
    ]
