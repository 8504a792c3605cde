"""The ``held-back-73`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-71 set
(`tests.bench.heldout_templates_71`; a held-back-72 and a held-back-74 set were being written
at the same time by other sessions, unseen by this one). It was written WITHOUT looking at
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

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. Eleven publishers are local news sites from German-, Dutch-, Nordic- and
Baltic-speaking Europe and the Alps, large and small, in German (one Swiss, one Austrian),
Dutch, Danish, Norwegian Nynorsk, Estonian, Latvian, Lithuanian, Luxembourgish and Faroese,
one with a four-language switch; one is a small seal-watching boat's log on a Wadden island in
English with West Frisian lines. The families are the kinds a crawl of such sites holds:
dates localised day by day (most changing form on the day of a redesign), lines that turn
with the day, the week or the month (a pharmacy on night duty, the bin emptied this week,
the days to the next federal vote, the month's fjord temperature, the day's daylight, a
centenary countdown, a midsummer countdown, a weekly mushroom forecast, the day's avalanche
danger, the week's fish auction price, the day's high water), reading times, bylines of many
shapes, datelines, subscriber-only marks, newsletter, podcast and app appeals, corrections,
editors' and publishers' lines that changed, notices reworded in 2016-2020, notices that follow
a calendar (votes, referendums and run-offs, the 2020 epidemic and its lockdowns, national
days with their counts and centenaries, carnival, Easter, midsummer, fairs called off in 2020)
and the seasons, other articles' titles, a tag list, multi-line blocks, mid-body inserts
(some up to two times), bare lines, and families in only 4-5% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    nth_weekday,
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

ONE_DAY = dt.timedelta(days=1)

GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
AUSTRIAN_MONTHS = ("Jänner",) + GERMAN_MONTHS[1:]
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
GERMAN_WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")
DANISH_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NYNORSK_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "desember")
NYNORSK_WEEKDAYS = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag")
ESTONIAN_MONTHS = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
                   "september", "oktoober", "november", "detsember")
ESTONIAN_WEEKDAYS = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev",
                     "pühapäev")
LATVIAN_MONTHS = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
                  "augusts", "septembris", "oktobris", "novembris", "decembris")
LATVIAN_WEEKDAYS = ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena",
                    "sestdiena", "svētdiena")
LITHUANIAN_MONTHS_GENITIVE = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
                              "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio",
                              "gruodžio")
LITHUANIAN_WEEKDAYS = ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis",
                       "penktadienis", "šeštadienis", "sekmadienis")
LUXEMBOURGISH_MONTHS = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli",
                        "August", "September", "Oktober", "November", "Dezember")
LUXEMBOURGISH_WEEKDAYS = ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg",
                          "Samschdeg", "Sonndeg")
FAROESE_MONTHS = ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "desember")
FAROESE_WEEKDAYS = ("mánadagur", "týsdagur", "mikudagur", "hósdagur", "fríggjadagur",
                    "leygardagur", "sunnudagur")


def made_up(day: dt.date, low: int, high: int, salt: int = 0) -> int:
    """A number from `low` to `high` fixed for `day` (made up, the same on every run)."""
    return random.Random(day.toordinal() * 7919 + salt).randint(low, high)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (on or before it)."""
    return day - dt.timedelta(days=day.weekday())


# --- a German-language regional daily in the Eifel (Rhineland-Palatinate) -------------------

DE_REDESIGN = dt.date(2018, 4, 9)  # the relaunch: a numeric date with the time
DE_BYLINE = dt.date(2017, 2, 6)
DE_LINKS = dt.date(2019, 8, 5)
DE_PLUS = dt.date(2018, 4, 9)
DE_NEWSLETTER = dt.date(2016, 9, 5)
DE_RIGHTS = dt.date(2020, 1, 2)
DE_PHARMACIES = ("Adler-Apotheke Daun", "Löwen-Apotheke Gerolstein", "Maaren-Apotheke "
                 "Gillenfeld", "Stadt-Apotheke Hillesheim", "Kyll-Apotheke Jünkerath",
                 "Vulkan-Apotheke Ulmen", "Marien-Apotheke Manderscheid")


def de_pharmacy(day: dt.date) -> str:
    """The pharmacy on night duty (a rota of seven, changing each day)."""
    return DE_PHARMACIES[day.toordinal() % len(DE_PHARMACIES)]


def _de_dated(day: dt.date) -> str:
    if day < DE_REDESIGN:
        return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{GERMAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y}, {{time}} Uhr"


def _de_notdienst(day: dt.date) -> str:
    return f"💊 Apotheken-Notdienst heute ab 8.30 Uhr: {de_pharmacy(day)}"


def _de_notice() -> Wordings:
    base = _steps((_OLD, "Sie haben eine Nachricht für uns? Schreiben Sie an "
                         "redaktion@{domain}"),
                  (DE_NEWSLETTER.isoformat(), "✉️ Der Eifel-Newsletter: jeden Morgen um sechs "
                                              "das Wichtigste aus dem Kreis"))
    news: list[Event] = [
        _vote("2016-03-13", "🗳️ Landtagswahl 2016: alle Ergebnisse aus dem Vulkaneifelkreis",
              after=1),
        _vote("2017-09-24", "🗳️ Bundestagswahl 2017: so hat die Eifel gewählt", after=2),
        _vote("2019-05-26", "🗳️ Kommunal- und Europawahl 2019: Ergebnisse aus allen "
                            "Verbandsgemeinden", after=3),
        _span("2020-03-16", "2020-05-10", "😷 Corona in der Eifel: die wichtigsten Nummern "
                                          "und Öffnungszeiten der Ämter"),
        _span("2020-11-02", "2021-01-10", "😷 Teil-Lockdown: was im Kreis jetzt gilt"),
    ]
    feasts = _movable(lambda y: carnival_tuesday(y) - ONE_DAY, 4, 0,
                      lambda _: "🎭 Alaaf und Helau! Alles zu den Umzügen an Fastnacht")
    feasts += _movable(easter, 0, 1, lambda _: "🐣 Frohe Ostern wünscht Ihre Redaktion")
    feasts += _yearly("10-03", 0, 0, lambda y: f"🇩🇪 Tag der Deutschen Einheit: {y - 1990} "
                                               f"Jahre vereint")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Frohe Weihnachten und besinnliche "
                                               "Feiertage!")
    return _calendar(base, news, feasts)


def eifel_style() -> PublisherStyle:
    """A German-language regional daily in the Eifel (Rhineland-Palatinate): a place
    kicker, the weekday and the long date, turned a numeric date with the time on the
    relaunch (a wording per day), "Von" turned the writer with the beat, a subscriber-only
    mark from the relaunch, a reading time, "Mehr zum Thema:" turned "» Auch interessant:"
    (up to twice), an ad label, a photo credit with the agency, the pharmacy on night duty
    (a wording per day), a tips line turned a newsletter and turned by three votes and the
    two 2020 lockdowns, carnival, Easter, German unity with its count and Christmas, a
    comments rule, a rights line reworded and the publisher with the editor (a block), a
    rare storm warning."""
    return PublisherStyle(
        domain="eifelerlandbote.de", site="Eifeler Landbote", base_size=226,
        subdomains=(("www.", 80), ("", 20)),
        sections=("daun", "gerolstein", "region", "wirtschaft", "kultur", "sport"),
        n_authors=8, url_path="/{section}/{slug}_aid-{n}",
        pools={
            "ort": ("Daun", "Gerolstein", "Hillesheim", "Ulmen", "Region", "Sport"),
            "bild": ("dpa", "Archiv", "Polizei", "privat", "Kreisverwaltung"),
            "beat": ("Lokalredaktion Daun", "Sportredaktion", "Volontärin", "freier Mitarbeiter"),
        },
        families=(
            _f("ort", HEADER, 0.3, (_OLD, "{ort}")),
            _f("datum", HEADER, 0.8, *_by_day(_de_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}"),
               (DE_BYLINE.isoformat(), "{author} · {author_beat}")),
            _f("plus", HEADER, 0.25, (_OLD, "Nur für Abonnenten"),
               (DE_PLUS.isoformat(), "EL+ Exklusiv für Abonnenten")),
            _f("lesezeit", HEADER, 0.2, (_OLD, "Lesezeit: {read_min} Minuten")),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}"),
               (DE_LINKS.isoformat(), "» Auch interessant: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.2, (_OLD, "Anzeige")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Foto: {bild}")),
            _f("notdienst", FOOTER, 0.2, *_by_day(_de_notdienst)),
            _f("hinweis", FOOTER, 0.3, *_de_notice()),
            _f("kommentar", FOOTER, 0.15, (_OLD, "Bitte bleiben Sie sachlich: beleidigende "
                                                 "Kommentare werden gelöscht.")),
            _f("rechte", FOOTER, 0.45, (_OLD, "© Eifeler Landbote {year}"),
               (DE_RIGHTS.isoformat(), "© {year} Eifeler Landbote GmbH · Alle Rechte "
                                       "vorbehalten · Vervielfältigung nur mit Genehmigung")),
            _f("impressum", FOOTER, 0.35, (_OLD, "Verlag: Eifeler Landbote GmbH, Daun · "
                                                 "Chefredakteur: Matthias Bungert")),
            _f("sturm", HEADER, 0.04, (_OLD, "⚠️ Unwetterwarnung für die Vulkaneifel: Orkanböen "
                                             "bis 110 km/h")),
        ),
    )


# --- a Dutch-language regional news site on the Veluwe (Gelderland) -------------------------

NL_REDESIGN = dt.date(2017, 10, 2)
NL_BYLINE = dt.date(2018, 6, 4)
NL_LINKS = dt.date(2016, 11, 7)
NL_APP = dt.date(2019, 2, 4)
NL_RIGHTS = dt.date(2019, 9, 2)
NL_EDITOR = dt.date(2020, 5, 4)


def nl_bin(day: dt.date) -> str:
    """The container emptied in `day`'s week: green (garden and kitchen waste) in even ISO
    weeks, grey (the rest) in odd ones (a wording from each Monday)."""
    week = day.isocalendar()[1]
    kind = "groene container (gft)" if week % 2 == 0 else "grijze container (restafval)"
    return f"♻️ Afvalkalender week {week}: {kind}"


def _nl_dated(day: dt.date) -> str:
    if day < NL_REDESIGN:
        return (f"{DUTCH_WEEKDAYS_SHORT[day.weekday()]} {day.day} "
                f"{DUTCH_MONTHS[day.month - 1]} {day.year}, {{time}}")
    return f"Gepubliceerd: {day.day}-{day.month}-{day.year}"


def _nl_notice() -> Wordings:
    base = _steps((_OLD, "Tip de redactie: mail naar tips@{domain}"),
                  (NL_APP.isoformat(), "📱 Download de gratis app en mis geen nieuws uit de "
                                       "Veluwe"))
    news: list[Event] = [
        _vote("2017-03-15", "🗳️ Tweede Kamerverkiezingen: de uitslag per gemeente", after=1),
        _vote("2018-03-21", "🗳️ Gemeenteraadsverkiezingen en referendum: alle uitslagen",
              after=2),
        _vote("2019-03-20", "🗳️ Provinciale Staten en waterschappen: zo stemde de Veluwe",
              after=1),
        _vote("2019-05-23", "🗳️ Europese verkiezingen: opkomst in de regio", before=3,
              after=1),
        _span("2020-03-15", "2020-05-31", "😷 Coronavirus: blijf zoveel mogelijk thuis"),
        _span("2020-12-15", "2021-01-10", "😷 Lockdown: winkels en scholen dicht"),
    ]
    feasts = _yearly("04-27", 0, 0, lambda y: ("🧡 Fijne Woningsdag!" if y == 2020 else
                                               "🧡 Koningsdag: alle vrijmarkten op een rij"))
    feasts += _yearly("05-05", 0, 0, lambda y: f"🇳🇱 Bevrijdingsdag: {y - 1945} jaar vrijheid")
    feasts += _yearly("12-05", 0, 0, lambda _: "🎁 Fijne pakjesavond!")
    return _calendar(base, feasts, news)  # a feast's line wins over the news


def veluwe_style() -> PublisherStyle:
    """A Dutch-language regional news site on the Veluwe (Gelderland): a town kicker, the
    short weekday, the date and the time, turned "Gepubliceerd:" with a numeric date (a
    wording per day), "Door" turned the writer with the beat, a reading time, "Lees ook:"
    turned "🔗 Ook interessant:" (up to twice), an ad label, a photo credit, the bin
    emptied this week (a wording per week), a heath season line, a tips line turned an
    app and turned by four votes and the 2020 lockdowns, King's day (renamed in 2020),
    liberation day with its count and Sinterklaas, a comments rule, a rights line reworded
    and the publisher with an editor who changed (a block), a rare wildfire warning."""
    return PublisherStyle(
        domain="veluwsekoerier.nl", site="Veluwse Koerier", base_size=202,
        subdomains=(("www.", 100),),
        sections=("apeldoorn", "ede", "harderwijk", "regio", "sport", "cultuur"),
        n_authors=6, url_path="/{section}/{slug}~a{n}/",
        pools={
            "plaats": ("Apeldoorn", "Ede", "Harderwijk", "Epe", "Ermelo", "Barneveld"),
            "foto": ("ANP", "eigen foto", "Gemeente Apeldoorn", "lezersfoto", "archief"),
            "beat": ("verslaggever", "sportredactie", "correspondent Epe"),
        },
        families=(
            _f("plaats", HEADER, 0.3, (_OLD, "{plaats}")),
            _f("datum", HEADER, 0.8, *_by_day(_nl_dated)),
            _f("door", HEADER, 0.45, (_OLD, "Door {author}"),
               (NL_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("leestijd", HEADER, 0.15, (_OLD, "⏱ {read_min} min leestijd")),
            _f("lees", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}"),
               (NL_LINKS.isoformat(), "🔗 Ook interessant: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.2, (_OLD, "ADVERTENTIE")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("afval", FOOTER, 0.2, *_by_day(nl_bin)),
            _f("seizoen", FOOTER, 0.15, *_seasons(
                ("04-01", "🚲 Fietsseizoen: de mooiste routes over de Veluwe"),
                ("08-10", "🟣 De heide bloeit: zo zie je het paars op z'n mooist"),
                ("10-01", "🦌 Burlende edelherten: blijf op de paden"),
                ("12-01", "❄️ Winter op de Veluwe: schaatsen op de sprengen?"))),
            _f("oproep", FOOTER, 0.3, *_nl_notice()),
            _f("reacties", FOOTER, 0.15, (_OLD, "Reageren kan tot 22.00 uur. Reacties worden "
                                                "vooraf gemodereerd.")),
            _f("rechten", FOOTER, 0.45, (_OLD, "© {year} Veluwse Koerier"),
               (NL_RIGHTS.isoformat(), "© Copyright {year} Veluwse Koerier B.V. Niets uit "
                                       "deze uitgave mag zonder toestemming worden "
                                       "overgenomen.")),
            _f("colofon", FOOTER, 0.35, (_OLD, "Uitgever: Veluwe Media B.V. · Hoofdredacteur: "
                                               "Sanne Verbeek"),
               (NL_EDITOR.isoformat(), "Uitgever: Veluwe Media B.V. · Hoofdredactie: Joost "
                                       "van Ommeren")),
            _f("brand", HEADER, 0.04, (_OLD, "🔥 Code rood natuurbrand: kampvuur en barbecue "
                                             "in het bos verboden")),
        ),
    )


# --- a Swiss German regional paper (Thur valley, canton of St. Gallen) ----------------------

CH_REDESIGN = dt.date(2019, 1, 7)
CH_BYLINE = dt.date(2016, 8, 29)
CH_LINKS = dt.date(2018, 2, 5)
CH_PODCAST = dt.date(2019, 11, 4)
CH_RIGHTS = dt.date(2017, 1, 3)
# The federal voting Sundays, the 2019 federal election among them.
CH_VOTES = ("2015-03-08", "2015-06-14", "2015-10-18", "2015-11-22", "2016-02-28",
            "2016-06-05", "2016-09-25", "2016-11-27", "2017-02-12", "2017-05-21",
            "2017-09-24", "2018-03-04", "2018-06-10", "2018-09-23", "2018-11-25",
            "2019-02-10", "2019-05-19", "2019-10-20", "2019-11-17", "2020-02-09",
            "2020-09-27", "2020-11-29", "2021-03-07")
OLMA = {2015: "2015-10-08", 2016: "2016-10-13", 2017: "2017-10-12", 2018: "2018-10-11",
        2019: "2019-10-10"}  # the first day; the 2020 fair was called off


def ch_next_vote(day: dt.date) -> dt.date:
    """The federal voting Sunday on or after `day`."""
    return min(v for v in map(dt.date.fromisoformat, CH_VOTES) if v >= day)


def ch_countdown(day: dt.date) -> str:
    """The days to the next federal vote (a wording per day, "today" on the day)."""
    vote = ch_next_vote(day)
    if vote == day:
        return "🗳️ Heute ist Abstimmungssonntag: Resultate ab 12 Uhr laufend"
    left = (vote - day).days
    when = f"{vote.day}. {GERMAN_MONTHS[vote.month - 1]} {vote.year}"
    return f"🗳️ Noch {left} {'Tag' if left == 1 else 'Tage'} bis zum Urnengang vom {when}"


def _ch_dated(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"{GERMAN_WEEKDAYS_SHORT[day.weekday()]}, {day:%d.%m.%Y}"
    return f"Aktualisiert am {day.day}.{day.month}.{day.year}, {{time}} Uhr"


def _ch_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Facebook und Instagram"),
                  (CH_PODCAST.isoformat(), "🎧 Neu: der Thurtaler Podcast, jeden Freitag eine "
                                           "Folge"))
    news: list[Event] = [
        _span("2020-03-16", "2020-05-10", "😷 Ausserordentliche Lage: bleiben Sie zu Hause"),
        _span("2020-10-19", "2021-01-10", "😷 Maskenpflicht in allen Innenräumen: die Regeln "
                                          "im Kanton"),
    ]
    feasts = _yearly("08-01", 0, 0, lambda y: f"🇨🇭 Bundesfeier: {y - 1291} Jahre "
                                              f"Eidgenossenschaft")
    feasts += _movable(_listed(OLMA), 1, 10,
                       lambda y: f"🐄 Olma {y}: die Messe in St. Gallen ist eröffnet")
    feasts += _yearly("10-08", 1, 1, lambda y: "🐄 Olma 2020 abgesagt: die Messe fällt wegen "
                                               "Corona aus", years=range(2020, 2021))
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Schöne Weihnachten!")
    return _calendar(base, news, feasts)


def thurtal_style() -> PublisherStyle:
    """A Swiss German regional paper (Thur valley, St. Gallen): a region kicker, the short
    weekday and the numeric date, turned an update line with the time (a wording per day),
    "Von" turned the writer with the role, a reading time, "Mehr zum Thema"
    turned "→ Das könnte Sie auch interessieren:" (up to twice), an ad label, a picture
    credit, the days to the next federal vote (a wording per day), a follow line turned a
    podcast and turned by the 2020 rules, the national day with its count, the Olma fair
    (called off in 2020) and Christmas, a correction line, a rights line reworded and the
    publisher (a block), a rare flood warning."""
    return PublisherStyle(
        domain="thurtalerzeitung.ch", site="Thurtaler Zeitung", base_size=180,
        subdomains=(("www.", 100),),
        sections=("wil", "toggenburg", "ostschweiz", "schweiz", "sport", "kultur"),
        n_authors=5, url_path="/{section}/{slug}-ld.{n}",
        pools={
            "region": ("Wil", "Toggenburg", "Ostschweiz", "Schweiz", "Sport", "Kultur"),
            "bild": ("Keystone", "Archiv", "Leserbild", "zVg", "Kantonspolizei St.Gallen"),
            "beat": ("Redaktor", "Sportredaktorin", "Korrespondent Toggenburg"),
        },
        families=(
            _f("region", HEADER, 0.3, (_OLD, "{region}")),
            _f("datum", HEADER, 0.8, *_by_day(_ch_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}"),
               (CH_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("lesezeit", HEADER, 0.15, (_OLD, "{read_min} Min. Lesezeit")),
            _f("thema", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}"),
               (CH_LINKS.isoformat(), "→ Das könnte Sie auch interessieren: {other_title}"),
               count=2),
            _f("werbung", MIDDLE, 0.2, (_OLD, "Werbung")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Bild: {bild}")),
            _f("abstimmung", FOOTER, 0.2, *_by_day(ch_countdown)),
            _f("hinweis", FOOTER, 0.3, *_ch_notice()),
            _f("korrektur", FOOTER, 0.05, (_OLD, "Korrigendum: In einer früheren Version "
                                                 "dieses Artikels war ein Name falsch "
                                                 "geschrieben.")),
            _f("rechte", FOOTER, 0.45, (_OLD, "© Thurtaler Zeitung"),
               (CH_RIGHTS.isoformat(), "Copyright © Thurtaler Zeitung AG {year}. Alle Rechte "
                                       "vorbehalten.")),
            _f("verlag", FOOTER, 0.35, (_OLD, "Herausgeberin: Thurtaler Medien AG, "
                                              "Lichtensteig")),
            _f("hochwasser", HEADER, 0.04, (_OLD, "🌊 Hochwassergefahr Stufe 3 an der Thur: "
                                                  "Uferwege gesperrt")),
        ),
    )


# --- a Danish local paper on the Limfjord (North Jutland) -----------------------------------

DK_REDESIGN = dt.date(2018, 9, 3)
DK_BYLINE = dt.date(2016, 3, 7)
DK_LINKS = dt.date(2019, 3, 4)
DK_NEWSLETTER = dt.date(2017, 8, 14)
DK_RIGHTS = dt.date(2020, 8, 3)
DK_FJORD = (3, 2, 4, 7, 11, 15, 18, 19, 16, 12, 8, 5)  # mean water temperature by month, °C


def j_day(y: int) -> dt.date:
    """J-dag: the first Friday of November, when the Christmas beer comes out."""
    return nth_weekday(y, 11, 4, 1)


def dk_fjord(day: dt.date) -> str:
    """The month's mean water temperature in the fjord (a wording per month)."""
    return (f"🌡️ Limfjorden i {DANISH_MONTHS[day.month - 1]}: vandet er i gennemsnit "
            f"{DK_FJORD[day.month - 1]} grader")


def _dk_dated(day: dt.date) -> str:
    if day < DK_REDESIGN:
        return (f"{DANISH_WEEKDAYS[day.weekday()]} {day.day}. "
                f"{DANISH_MONTHS[day.month - 1]} {day.year}")
    return f"Opdateret {day:%d.%m.%Y} kl. {{time}}"


def _dk_notice() -> Wordings:
    base = _steps((_OLD, "Har du et tip? Skriv til redaktionen på tip@{domain}"),
                  (DK_NEWSLETTER.isoformat(), "📬 Tilmeld dig vores nyhedsbrev og få dagens "
                                              "vigtigste nyheder fra Limfjorden"))
    news: list[Event] = [
        _vote("2015-06-18", "🗳️ Folketingsvalg 2015: sådan stemte Nordjylland", after=1),
        _vote("2015-12-03", "🗳️ Folkeafstemning om retsforbeholdet: resultatet i kommunen",
              after=1),
        _vote("2017-11-21", "🗳️ Kommunalvalg 2017: følg optællingen live", after=2),
        _vote("2019-05-26", "🗳️ Europa-Parlamentsvalg 2019: resultater", before=3, after=1),
        _vote("2019-06-05", "🗳️ Folketingsvalg 2019: sådan stemte Nordjylland", before=3,
              after=1),
        _span("2020-03-11", "2020-04-14", "😷 Danmark er lukket ned: hold afstand og bliv "
                                          "hjemme"),
        _span("2020-07-09", "2020-07-12", "🇩🇰 Genforeningen 100 år: fejringen i hele "
                                          "landet"),
    ]
    feasts = _yearly("06-05", 0, 0, lambda y: f"🇩🇰 Grundlovsdag: {y - 1849} år med "
                                              f"grundloven")
    feasts += _yearly("06-23", 0, 0, lambda _: "🔥 Sankthans: her tændes bålene ved fjorden")
    feasts += _movable(j_day, 0, 0, lambda _: "🍺 Det er J-dag: julebryggen er ude")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Glædelig jul fra redaktionen")
    return _calendar(base, news, feasts)


def limfjord_style() -> PublisherStyle:
    """A Danish local paper on the Limfjord (North Jutland): a section kicker, the weekday
    and the long date, turned an update line with the time (a wording per day), "Af" turned
    the writer with the beat, "Læs også:" turned "▶ Læs mere:" (up to twice), a
    subscriber mark, an ad label, a photo credit, the fjord's temperature of the month (a
    wording per month), a tips line turned a newsletter and turned by five votes, the 2020
    lockdown and the reunification centenary, constitution day with its count, midsummer
    eve, J-day and Christmas, a rights line reworded, the publisher (a block), a rare
    storm-surge warning."""
    return PublisherStyle(
        domain="limfjordsbladet.dk", site="Limfjordsbladet", base_size=160,
        subdomains=(("www.", 100),),
        sections=("skive", "thisted", "nykoebing", "erhverv", "sport", "kultur"),
        n_authors=5, url_path="/{section}/{slug}/{n}",
        pools={
            "sektion": ("Skive", "Thisted", "Nykøbing Mors", "Erhverv", "Sport", "Kultur"),
            "foto": ("Ritzau Scanpix", "arkiv", "privatfoto", "Nordjyllands Politi",
                     "læserfoto"),
            "beat": ("journalist", "sportsjournalist", "praktikant"),
        },
        families=(
            _f("sektion", HEADER, 0.3, (_OLD, "{sektion}")),
            _f("dato", HEADER, 0.8, *_by_day(_dk_dated)),
            _f("af", HEADER, 0.45, (_OLD, "Af {author}"),
               (DK_BYLINE.isoformat(), "{author} | {author_beat}")),
            _f("abonnent", HEADER, 0.2, (_OLD, "🔒 Kun for abonnenter")),
            _f("laes", MIDDLE, 0.3, (_OLD, "Læs også: {other_title}"),
               (DK_LINKS.isoformat(), "▶ Læs mere: {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.2, (_OLD, "ANNONCE")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("fjord", FOOTER, 0.15, *_by_day(dk_fjord)),
            _f("besked", FOOTER, 0.3, *_dk_notice()),
            _f("rettigheder", FOOTER, 0.45, (_OLD, "© Limfjordsbladet"),
               (DK_RIGHTS.isoformat(), "© {year} Limfjordsbladet A/S. Alle rettigheder "
                                       "forbeholdes.")),
            _f("udgiver", FOOTER, 0.35, (_OLD, "Ansvarshavende chefredaktør: Mette Kjærgaard "
                                               "· Udgivet af Limfjordsbladet A/S")),
            _f("stormflod", HEADER, 0.04, (_OLD, "⚠️ Varsel om stormflod i Limfjorden: "
                                                 "vandstand op til 1,6 meter")),
        ),
    )


# --- a Norwegian Nynorsk local paper in Hardanger (Vestland) --------------------------------

NO_REDESIGN = dt.date(2017, 5, 17)  # the new site went live on the national day
NO_BYLINE = dt.date(2019, 1, 7)
NO_LINKS = dt.date(2018, 1, 8)
NO_VIPPS = dt.date(2019, 6, 3)
NO_RIGHTS = dt.date(2018, 8, 6)
NO_LATITUDE = 60.3


def daylight_minutes(day: dt.date, latitude: float = NO_LATITUDE) -> int:
    """The day's length in minutes (the textbook sunrise formula, made plain)."""
    decl = 23.44 * math.sin(math.radians(360 / 365 * (day.timetuple().tm_yday - 81)))
    x = -math.tan(math.radians(latitude)) * math.tan(math.radians(decl))
    return round(2 * math.degrees(math.acos(max(-1.0, min(1.0, x)))) / 15 * 60)


def no_daylight(day: dt.date) -> str:
    """The day's daylight (a wording per day)."""
    hours, minutes = divmod(daylight_minutes(day), 60)
    return f"☀️ Dagslys i dag: {hours} t {minutes} min"


def _no_dated(day: dt.date) -> str:
    if day < NO_REDESIGN:
        return (f"{NYNORSK_WEEKDAYS[day.weekday()]} {day.day}. "
                f"{NYNORSK_MONTHS[day.month - 1]} {day.year}")
    return f"Publisert {day:%d.%m.%Y} kl. {{time}}"


def _no_notice() -> Wordings:
    base = _steps((_OLD, "Lik Hardangerposten på Facebook"),
                  (NO_VIPPS.isoformat(), "💛 Støtt lokaljournalistikken: Vipps ei gåve til "
                                         "redaksjonen"))
    news: list[Event] = [
        _vote("2015-09-14", "🗳️ Kommunevalet 2015: resultata frå Hardanger", after=1),
        _vote("2017-09-11", "🗳️ Stortingsvalet 2017: slik røysta Hardanger", after=1),
        _vote("2019-09-09", "🗳️ Kommune- og fylkestingsvalet 2019: følg teljinga", after=1),
        _span("2020-03-12", "2020-04-19", "😷 Koronatiltak: barnehagar og skular er stengde"),
    ]
    feasts = _yearly("05-17", 0, 0, lambda y: ("🇳🇴 Gratulerer med dagen! 17. mai utan tog i "
                                               "år" if y == 2020 else
                                               f"🇳🇴 Gratulerer med dagen! Grunnlova er "
                                               f"{y - 1814} år"))
    feasts += _yearly("06-23", 0, 0, lambda _: "🔥 God jonsok! Bålet ved fjorden vert tent "
                                               "klokka 21")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 God jul frå oss i Hardangerposten")
    return _calendar(base, news, feasts)


def hardanger_style() -> PublisherStyle:
    """A Norwegian Nynorsk local paper in Hardanger (Vestland): a place kicker, the weekday
    and the long date, turned "Publisert" with the time on the national day (a wording per
    day), "Tekst:" turned text and photo by two writers, a plus mark, "Les også:" turned
    "👉 Meir frå Hardanger:" (up to twice), an ad label, a photo credit, the day's daylight
    (a wording per day), the fruit season, a follow line turned a donation appeal and turned
    by three votes and the 2020 closures, the national day with its count (no parade in
    2020), midsummer and Christmas, a rights line reworded and the editor (a block), a rare
    rock-slide warning."""
    return PublisherStyle(
        domain="hardangerposten.no", site="Hardangerposten", base_size=140,
        subdomains=(("www.", 100),),
        sections=("nyhende", "ullensvang", "kvam", "eidfjord", "sport", "kultur"),
        n_authors=4, url_path="/{section}/{n}/",
        pools={
            "stad": ("Ullensvang", "Kvam", "Eidfjord", "Ulvik", "Odda", "Sport"),
            "foto": ("NTB", "arkiv", "lesarbilete", "Vestland politidistrikt", "privat"),
        },
        families=(
            _f("stad", HEADER, 0.3, (_OLD, "{stad}")),
            _f("dato", HEADER, 0.8, *_by_day(_no_dated)),
            _f("tekst", HEADER, 0.45, (_OLD, "Tekst: {author}"),
               (NO_BYLINE.isoformat(), "Tekst: {author} · Foto: {author2}")),
            _f("pluss", HEADER, 0.25, (_OLD, "➕ Berre for abonnentar")),
            _f("les", MIDDLE, 0.3, (_OLD, "Les også: {other_title}"),
               (NO_LINKS.isoformat(), "👉 Meir frå Hardanger: {other_title}"), count=2),
            _f("annonse", MIDDLE, 0.2, (_OLD, "ANNONSE")),
            _f("foto", MIDDLE, 0.2, (_OLD, "FOTO: {foto}")),
            _f("dagslys", FOOTER, 0.15, *_by_day(no_daylight)),
            _f("frukt", FOOTER, 0.15, *_seasons(
                ("05-01", "🌸 Blømingstid i Hardanger: kjør varsamt langs fruktgardane"),
                ("07-15", "🍒 Moreller på vegkanten: kjøp direkte frå bonden"),
                ("09-01", "🍎 Eplesesong: sjå opningstidene til siderbrukene"),
                ("11-01", "🍏 Hardangersider: smaking og sal heile vinteren"))),
            _f("melding", FOOTER, 0.3, *_no_notice()),
            _f("rettar", FOOTER, 0.45, (_OLD, "© Hardangerposten"),
               (NO_RIGHTS.isoformat(), "© {year} Hardangerposten. Innhaldet kan ikkje brukast "
                                       "utan løyve.")),
            _f("redaktor", FOOTER, 0.35, (_OLD, "Ansvarleg redaktør: Kari Sæbø · Hardangerposten "
                                                "følgjer Ver varsam-plakaten")),
            _f("ras", HEADER, 0.04, (_OLD, "⚠️ Steinras: riksveg 13 er stengd ved "
                                           "Lofthus")),
        ),
    )


# --- an Estonian county paper (Võru county) -------------------------------------------------

EE_REDESIGN = dt.date(2018, 2, 24)  # the new site opened on the republic's centenary
EE_BYLINE = dt.date(2017, 5, 2)
EE_LINKS = dt.date(2019, 10, 7)
EE_PAYWALL = dt.date(2016, 1, 4)
EE_RIGHTS = dt.date(2019, 1, 2)
EE_PRINT = dt.date(2018, 9, 3)
EV100 = dt.date(2018, 2, 24)
EV100_COUNT_FROM = dt.date(2017, 2, 24)


def ee_countdown(day: dt.date) -> str:
    """The days left to the republic's centenary for a year, then the centenary year's own
    line, then the standing line (a wording per day during the countdown)."""
    if day < EV100_COUNT_FROM:
        return "🇪🇪 Võrumaa Sõnumid: uudised Haanjast Vastseliinani"
    if day < EV100:
        return f"🇪🇪 Eesti Vabariigi 100. sünnipäevani on jäänud {(EV100 - day).days} päeva"
    if day < dt.date(2019, 2, 25):
        return "🇪🇪 EV100: juubeliaasta sündmused Võrumaal"
    return "🇪🇪 Võrumaa Sõnumid: uudised Haanjast Vastseliinani"


def _ee_dated(day: dt.date) -> str:
    if day < EE_REDESIGN:
        return (f"{ESTONIAN_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{ESTONIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y} {{time}}"


def _ee_notice() -> Wordings:
    base = _steps((_OLD, "Anna uudisvihje: uudised@{domain}"),
                  (EE_PRINT.isoformat(), "📰 Telli paberleht koju: kolm korda nädalas"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Riigikogu valimised 2015: tulemused Võrumaal", after=1),
        _vote("2017-10-15", "🗳️ Kohalikud valimised 2017: kes pääses volikokku", after=2),
        _vote("2019-03-03", "🗳️ Riigikogu valimised 2019: Võrumaa hääletas nii", after=1),
        _vote("2019-05-26", "🗳️ Europarlamendi valimised: tulemused", before=3, after=1),
        _span("2020-03-12", "2020-05-17", "😷 Eriolukord: püsi kodus ja hoia distantsi"),
    ]
    feasts = _yearly("02-24", 0, 0, lambda y: f"🇪🇪 Head iseseisvuspäeva! Eesti Vabariik "
                                              f"{y - 1918}")
    feasts += _yearly("06-23", 0, 1, lambda _: "🔥 Head võidupüha ja jaanipäeva!")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Häid jõule ja head vana-aasta lõppu!")
    return _calendar(base, news, feasts)


def voru_style() -> PublisherStyle:
    """An Estonian county paper (Võru county): a parish kicker, the weekday and the long
    date, turned a numeric date and time on the centenary (a wording per day), "Autor:"
    turned the writer with the photographer, a paywall mark from 2016, "Loe ka:" turned
    "➡ Seotud lugu:" (up to twice), an ad label, a photo credit, a centenary countdown
    (a wording per day for a year) around a standing line, the ski and smoke-sauna season,
    a tips line turned a print subscription and turned by four votes and the 2020
    emergency, independence day with its count, midsummer and Christmas, a rights line
    reworded and the editor (a block), a rare bog-fire warning."""
    return PublisherStyle(
        domain="vorumaasonumid.ee", site="Võrumaa Sõnumid", base_size=120,
        subdomains=(("", 100),),
        sections=("uudised", "vald", "kultuur", "sport", "arvamus"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "vald": ("Võru", "Rõuge", "Antsla", "Setomaa", "Kultuur", "Sport"),
            "foto": ("arhiiv", "erakogu", "Postimees", "vallavalitsus", "lugeja foto"),
        },
        families=(
            _f("vald", HEADER, 0.3, (_OLD, "{vald}")),
            _f("kuupaev", HEADER, 0.8, *_by_day(_ee_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}"),
               (EE_BYLINE.isoformat(), "{author}, foto: {author2}")),
            _f("tasuline", HEADER, 0.2, (_OLD, "Lugu on avatud kõigile"),
               (EE_PAYWALL.isoformat(), "🔐 Tellijale")),
            _f("loe", MIDDLE, 0.3, (_OLD, "Loe ka: {other_title}"),
               (EE_LINKS.isoformat(), "➡ Seotud lugu: {other_title}"), count=2),
            _f("reklaam", MIDDLE, 0.2, (_OLD, "Reklaam")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("ev", FOOTER, 0.2, *_by_day(ee_countdown)),
            _f("hooaeg", FOOTER, 0.15, *_seasons(
                ("01-01", "⛷️ Haanja suusarajad on avatud, rajainfo vallalehel"),
                ("04-01", "🌲 Matkarajad ootavad: Suur Munamägi on lahti iga päev"),
                ("10-01", "🧖 Suitsusauna hooaeg: Vana-Võromaa saunapäevad"),
                ("12-01", "⛷️ Ootame lund: Haanja suusarajad avatakse esimese lumega"))),
            _f("teade", FOOTER, 0.3, *_ee_notice()),
            _f("oigused", FOOTER, 0.45, (_OLD, "© Võrumaa Sõnumid"),
               (EE_RIGHTS.isoformat(), "© {year} Võrumaa Sõnumid. Materjalide kasutamine "
                                       "ainult toimetuse loal.")),
            _f("toimetus", FOOTER, 0.35, (_OLD, "Peatoimetaja: Kadri Lepp · Jüri tn 20, "
                                                "Võru")),
            _f("raba", HEADER, 0.04, (_OLD, "🔥 Metsas on tuleoht: lõkke tegemine keelatud")),
        ),
    )


# --- a Latvian regional news site (the Gauja valley, Vidzeme) -------------------------------

LV_REDESIGN = dt.date(2019, 5, 4)  # on the restoration-of-independence day
LV_BYLINE = dt.date(2016, 6, 6)
LV_LINKS = dt.date(2018, 1, 15)
LV_DONATE = dt.date(2020, 4, 6)
LV_RIGHTS = dt.date(2017, 9, 4)


def lv_midsummer(day: dt.date) -> str:
    """The countdown to Līgo from the first of June (a wording per day), the feast itself,
    and the standing line the rest of the year."""
    ligo = dt.date(day.year, 6, 23)
    if dt.date(day.year, 6, 1) <= day < ligo:
        left = (ligo - day).days
        word = "diena" if left % 10 == 1 and left != 11 else "dienas"
        return f"🌿 Līdz Līgo vakaram {left} {word}"
    if ligo <= day <= ligo + ONE_DAY:
        return "🌿 Līgo, līgo! Priecīgus Jāņus!"
    return "📍 Ziņas no Siguldas, Cēsīm un Valmieras"


def _lv_dated(day: dt.date) -> str:
    if day < LV_REDESIGN:
        return (f"{LATVIAN_WEEKDAYS[day.weekday()]}, {day.year}. gada {day.day}. "
                f"{LATVIAN_MONTHS[day.month - 1]}")
    return f"Publicēts: {day:%d.%m.%Y}. {{time}}"


def _lv_notice() -> Wordings:
    base = _steps((_OLD, "Seko mums Twitter un Facebook"),
                  (LV_DONATE.isoformat(), "🤝 Atbalsti neatkarīgu reģionālo žurnālistiku ar "
                                          "ziedojumu"))
    news: list[Event] = [
        _vote("2017-06-03", "🗳️ Pašvaldību vēlēšanas 2017: rezultāti novados", after=1),
        _vote("2018-10-06", "🗳️ 13. Saeimas vēlēšanas: kā balsoja Vidzeme", after=2),
        _vote("2019-05-25", "🗳️ Eiropas Parlamenta vēlēšanas: aktivitāte reģionā", after=1),
        _span("2020-03-12", "2020-06-09", "😷 Ārkārtējā situācija: ievēro divu metru "
                                          "distanci"),
        _span("2020-11-09", "2021-01-10", "😷 Ārkārtējā situācija atkal: jaunie "
                                          "ierobežojumi"),
    ]
    feasts = _yearly("05-04", 0, 0, lambda y: f"🇱🇻 Neatkarības atjaunošanas dienai "
                                              f"{y - 1990}")
    feasts += _yearly("11-18", 0, 0, lambda y: ("🇱🇻 Latvijai 100!" if y == 2018 else
                                                f"🇱🇻 Sveicam valsts svētkos! Latvijai "
                                                f"{y - 1918}"))
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Priecīgus Ziemassvētkus!")
    return _calendar(base, news, feasts)


def gauja_style() -> PublisherStyle:
    """A Latvian regional news site (Gauja valley, Vidzeme): a town kicker, the weekday and
    the year-first long date, turned "Publicēts:" with a numeric date and time on the
    restoration day of 2019 (a wording per day), "Autors:" turned the writer with the
    beat, "Lasi arī:" turned "⤷ Saistītie raksti:" (up to twice), an ad label, a photo
    credit, a midsummer countdown (a wording per day in June) around a standing line, a
    follow line turned a donation appeal and turned by three votes and two 2020
    emergencies, the restoration day and the state day with their counts (the centenary
    its own) and Christmas, a rights line reworded and the publisher (a block), a tag list,
    a rare ice-jam warning."""
    return PublisherStyle(
        domain="gaujaszinas.lv", site="Gaujas Ziņas", base_size=100,
        subdomains=(("www.", 100),),
        sections=("zinas", "novados", "kultura", "sports", "viedokli"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "novads": ("Sigulda", "Cēsis", "Valmiera", "Līgatne", "Kultūra", "Sports"),
            "foto": ("LETA", "arhīvs", "pašvaldība", "lasītāja foto"),
            "tag": ("Gauja", "pašvaldība", "ceļi", "tūrisms", "skolas", "mežs"),
            "beat": ("žurnāliste", "ziņu redaktors", "sporta žurnālists"),
        },
        families=(
            _f("novads", HEADER, 0.3, (_OLD, "{novads}")),
            _f("datums", HEADER, 0.7, *_by_day(_lv_dated)),
            _f("autors", HEADER, 0.45, (_OLD, "Autors: {author}"),
               (LV_BYLINE.isoformat(), "{author} ({author_beat})")),
            _f("lasi", MIDDLE, 0.3, (_OLD, "Lasi arī: {other_title}"),
               (LV_LINKS.isoformat(), "⤷ Saistītie raksti: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.15, (_OLD, "Reklāma")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("jani", FOOTER, 0.2, *_by_day(lv_midsummer)),
            _f("pazinojums", FOOTER, 0.3, *_lv_notice()),
            _f("birkas", FOOTER, 0.25, (_OLD, "Birkas: {tag_list}")),
            _f("tiesibas", FOOTER, 0.4, (_OLD, "© Gaujas Ziņas"),
               (LV_RIGHTS.isoformat(), "© {year} Gaujas Ziņas. Pārpublicēšana tikai ar "
                                       "redakcijas atļauju.")),
            _f("izdevejs", FOOTER, 0.3, (_OLD, "Izdevējs: SIA Vidzemes Vēstis · Reģ. nr. "
                                               "40000000000")),
            _f("ledus", HEADER, 0.04, (_OLD, "⚠️ Ledus sastrēgums Gaujā: applūdis ceļš pie "
                                             "Siguldas")),
        ),
    )


# --- a Lithuanian regional news site (Dzūkija, Alytus) --------------------------------------

LT_REDESIGN = dt.date(2018, 2, 16)  # on the centenary of the restored state
LT_BYLINE = dt.date(2019, 9, 2)
LT_LINKS = dt.date(2017, 4, 3)
LT_NEWSLETTER = dt.date(2020, 2, 3)
LT_RIGHTS = dt.date(2018, 11, 5)
LT_MUSHROOMS = ("menka", "vidutinė", "gera", "puiki")


def lt_mushrooms(day: dt.date) -> str:
    """The week's mushroom forecast in the forests from August to October (a wording from
    each Monday, made up), the standing line otherwise."""
    if day.month not in (8, 9, 10):
        return "🌲 Dzūkijos naujienos kiekvieną dieną"
    monday = monday_of(day)
    return (f"🍄 Grybų prognozė šią savaitę: "
            f"{LT_MUSHROOMS[made_up(monday, 0, len(LT_MUSHROOMS) - 1, 3)]}")


def _lt_dated(day: dt.date) -> str:
    if day < LT_REDESIGN:
        return (f"{day.year} m. {LITHUANIAN_MONTHS_GENITIVE[day.month - 1]} {day.day} d., "
                f"{LITHUANIAN_WEEKDAYS[day.weekday()]}")
    return f"Paskelbta {day.isoformat()} {{time}}"


def _lt_notice() -> Wordings:
    base = _steps((_OLD, "Pranešk naujieną: naujienos@{domain}"),
                  (LT_NEWSLETTER.isoformat(), "📧 Užsisakyk naujienlaiškį: svarbiausios "
                                              "Dzūkijos žinios kas rytą"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Savivaldybių tarybų rinkimai: rezultatai Alytuje", after=1),
        _vote("2015-03-15", "🗳️ Mero rinkimų antrasis turas", before=4, after=1),
        _vote("2016-10-09", "🗳️ Seimo rinkimai 2016: kaip balsavo Dzūkija", after=1),
        _vote("2016-10-23", "🗳️ Seimo rinkimų antrasis turas", before=4, after=1),
        _vote("2019-03-03", "🗳️ Savivaldos rinkimai 2019: rezultatai", after=1),
        _vote("2019-03-17", "🗳️ Merų rinkimų antrasis turas", before=4, after=1),
        _vote("2019-05-12", "🗳️ Prezidento rinkimai 2019: pirmasis turas", after=1),
        _vote("2019-05-26", "🗳️ Prezidento rinkimų antrasis turas ir EP rinkimai", before=4,
              after=1),
        _span("2020-03-16", "2020-06-16", "😷 Karantinas: likite namuose"),
        _vote("2020-10-11", "🗳️ Seimo rinkimai 2020: rezultatai", after=1),
        _vote("2020-10-25", "🗳️ Seimo rinkimų antrasis turas", before=4, after=1),
        _span("2020-11-07", "2021-01-10", "😷 Karantinas vėl: ribojimai visoje šalyje"),
    ]
    feasts = _yearly("02-16", 0, 0, lambda y: ("🇱🇹 Lietuvai 100!" if y == 2018 else
                                               f"🇱🇹 Vasario 16-oji: valstybei "
                                               f"{y - 1918} metų"))
    feasts += _yearly("03-11", 0, 0, lambda y: f"🇱🇹 Kovo 11-oji: {y - 1990} metai "
                                               f"laisvės")
    feasts += _yearly("06-24", 0, 0, lambda _: "🔥 Su Joninėmis!")
    return _calendar(base, news, feasts)


def dzukija_style() -> PublisherStyle:
    """A Lithuanian regional news site (Dzūkija, Alytus): a town kicker, the year-first
    date with the genitive month and the weekday, turned "Paskelbta" with an ISO date and
    the time on the centenary (a wording per day), "Autorius:" turned the writer with the
    photographer, "Taip pat skaitykite:" turned "» Susiję:" (up to twice), an ad label, a
    photo credit, the week's mushroom forecast (a wording per week in autumn), a tips line
    turned a newsletter and turned by eleven votes and run-offs and the 2020 quarantines,
    the two independence days with their counts (the centenary its own) and midsummer, a
    comments rule, a rights line reworded and the publisher (a block), a rare drought
    warning."""
    return PublisherStyle(
        domain="dzukijosaidas.lt", site="Dzūkijos aidas", base_size=80,
        subdomains=(("www.", 100),),
        sections=("naujienos", "alytus", "druskininkai", "varena", "sportas"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "miestas": ("Alytus", "Druskininkai", "Varėna", "Lazdijai", "Sportas"),
            "foto": ("ELTA", "asmeninis archyvas", "savivaldybė", "skaitytojo nuotr."),
        },
        families=(
            _f("miestas", HEADER, 0.3, (_OLD, "{miestas}")),
            _f("data", HEADER, 0.7, *_by_day(_lt_dated)),
            _f("autorius", HEADER, 0.45, (_OLD, "Autorius: {author}"),
               (LT_BYLINE.isoformat(), "{author} · nuotr. {author2}")),
            _f("skaitykite", MIDDLE, 0.3, (_OLD, "Taip pat skaitykite: {other_title}"),
               (LT_LINKS.isoformat(), "» Susiję: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.15, (_OLD, "Reklama")),
            _f("nuotrauka", MIDDLE, 0.2, (_OLD, "Nuotr. {foto}")),
            _f("grybai", FOOTER, 0.2, *_by_day(lt_mushrooms)),
            _f("pranesimas", FOOTER, 0.3, *_lt_notice()),
            _f("komentarai", FOOTER, 0.12, (_OLD, "Komentarai atspindi jų autorių, o ne "
                                                  "redakcijos nuomonę.")),
            _f("teises", FOOTER, 0.4, (_OLD, "© Dzūkijos aidas"),
               (LT_RIGHTS.isoformat(), "© {year} Dzūkijos aidas. Kopijuoti draudžiama be "
                                       "raštiško leidimo.")),
            _f("leidejas", FOOTER, 0.3, (_OLD, "Leidėjas UAB „Dzūkijos žinių centras“ · "
                                               "Vyriausiasis redaktorius Tomas Jankauskas")),
            _f("sausra", HEADER, 0.04, (_OLD, "⚠️ Miškuose paskelbtas didžiausias gaisrų "
                                              "pavojus")),
        ),
    )


# --- an Austrian local weekly in Tyrol (the Wipptal, on the Brenner road) -------------------

AT_REDESIGN = dt.date(2017, 10, 26)  # on the national holiday
AT_BYLINE = dt.date(2018, 3, 5)
AT_LINKS = dt.date(2016, 5, 2)
AT_EPAPER = dt.date(2019, 4, 1)
AT_RIGHTS = dt.date(2020, 6, 2)
AT_DANGER = ("gering", "mäßig", "erheblich", "groß")


def at_danger(day: dt.date) -> int:
    """The day's avalanche danger level (1 to 4, made up) in the winter half."""
    return made_up(day, 1, 4, 11)


def at_avalanche(day: dt.date) -> str:
    """The day's avalanche report from December to April (a wording per day), the summer
    line otherwise."""
    if day.month in (12, 1, 2, 3, 4):
        level = at_danger(day)
        return f"🏔️ Lawinenwarnstufe heute: {level} ({AT_DANGER[level - 1]})"
    return "🥾 Sommer im Wipptal: Hüttenöffnungszeiten und Wanderwege"


def _at_dated(day: dt.date) -> str:
    if day < AT_REDESIGN:
        return (f"{GERMAN_WEEKDAYS_SHORT[day.weekday()]}., {day.day}. "
                f"{AUSTRIAN_MONTHS[day.month - 1]} {day.year}")
    return f"Erstellt am {day:%d.%m.%Y} um {{time}}"


def _at_notice() -> Wordings:
    base = _steps((_OLD, "Leserbriefe bitte an leserbriefe@{domain}"),
                  (AT_EPAPER.isoformat(), "📰 Die ganze Ausgabe als E-Paper: jeden Mittwoch "
                                          "ab 6 Uhr"))
    news: list[Event] = [
        _vote("2016-04-24", "🗳️ Bundespräsidentenwahl: Ergebnisse aus dem Wipptal", after=1),
        _vote("2016-05-22", "🗳️ Stichwahl zum Bundespräsidenten", before=4, after=1),
        _vote("2016-12-04", "🗳️ Wiederholung der Stichwahl: so wählten die Gemeinden",
              after=1),
        _vote("2017-10-15", "🗳️ Nationalratswahl 2017: alle Gemeindeergebnisse", after=1),
        _vote("2018-02-25", "🗳️ Landtagswahl Tirol 2018: Ergebnisse", after=1),
        _vote("2019-09-29", "🗳️ Nationalratswahl 2019: alle Gemeindeergebnisse", after=1),
        _span("2020-03-16", "2020-04-30", "😷 Ausgangsbeschränkungen: bitte bleiben Sie "
                                          "daheim"),
        _span("2020-11-17", "2020-12-06", "😷 Zweiter Lockdown: was jetzt gilt"),
        _span("2020-12-26", "2021-01-10", "😷 Dritter Lockdown bis nach Dreikönig"),
    ]
    feasts = _yearly("10-26", 0, 0, lambda _: "🇦🇹 Einen schönen Nationalfeiertag!")
    feasts += _yearly("09-26", 3, 3, lambda _: "🐄 Almabtrieb: die Termine in allen "
                                               "Gemeinden")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Gesegnete Weihnachten!")
    return _calendar(base, news, feasts)


def wipptal_style() -> PublisherStyle:
    """An Austrian local weekly in Tyrol (the Wipptal): a village kicker, the short weekday
    and the long date with "Jänner", turned a created-at line with the time on the national
    day of 2017 (a wording per day), "von" turned the writer with the role, "Das könnte Sie
    auch interessieren:" turned "Weiterlesen:" (up to twice), an ad label, a picture credit,
    the day's avalanche danger in winter (a wording per day) and a summer line, a letters
    line turned an e-paper and turned by six votes and run-offs and three 2020 lockdowns,
    the national day, the cattle drive and Christmas, a rights line reworded and the
    publisher (a block), a rare Brenner traffic warning."""
    return PublisherStyle(
        domain="wipptalerbote.at", site="Wipptaler Bote", base_size=62,
        subdomains=(("www.", 100),),
        sections=("steinach", "matrei", "gries", "sport", "kultur"),
        n_authors=2, url_path="/{section}/{slug}_{n}",
        pools={
            "gemeinde": ("Steinach", "Matrei", "Gries am Brenner", "Trins", "Sport"),
            "bild": ("Gemeinde", "privat", "Bergrettung", "Archiv"),
            "beat": ("Redakteurin", "Redakteur"),
        },
        families=(
            _f("gemeinde", HEADER, 0.3, (_OLD, "{gemeinde}")),
            _f("datum", HEADER, 0.7, *_by_day(_at_dated)),
            _f("von", HEADER, 0.45, (_OLD, "von {author}"),
               (AT_BYLINE.isoformat(), "{author_beat} {author}")),
            _f("weiter", MIDDLE, 0.3, (_OLD, "Das könnte Sie auch interessieren: "
                                             "{other_title}"),
               (AT_LINKS.isoformat(), "Weiterlesen: {other_title}"), count=2),
            _f("werbung", MIDDLE, 0.15, (_OLD, "- Werbung -")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Foto: {bild}")),
            _f("lawine", FOOTER, 0.2, *_by_day(at_avalanche)),
            _f("mitteilung", FOOTER, 0.3, *_at_notice()),
            _f("rechte", FOOTER, 0.4, (_OLD, "© Wipptaler Bote"),
               (AT_RIGHTS.isoformat(), "© {year} Wipptaler Bote · Nachdruck nur mit "
                                       "Genehmigung des Verlags")),
            _f("verlag", FOOTER, 0.3, (_OLD, "Medieninhaber: Wipptaler Medien GmbH, Steinach "
                                             "am Brenner")),
            _f("brenner", HEADER, 0.04, (_OLD, "🚛 Blockabfertigung am Brenner: Stau bis "
                                               "Schönberg")),
        ),
    )


# --- a Luxembourgish local news site in the Éislek (northern Luxembourg) --------------------

LU_REDESIGN = dt.date(2019, 6, 23)  # on the national day
LU_BYLINE = dt.date(2018, 1, 8)
LU_LINKS = dt.date(2017, 3, 6)
LU_RIGHTS = dt.date(2019, 10, 7)
FOUER = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-23", 2018: "2018-08-22",
         2019: "2019-08-23"}  # the first day; 2020 was called off


def _lu_dated(day: dt.date) -> str:
    if day < LU_REDESIGN:
        return (f"{LUXEMBOURGISH_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{LUXEMBOURGISH_MONTHS[day.month - 1]} {day.year}")
    return f"Publizéiert den {day:%d.%m.%Y} um {{time}} Auer"


def _lu_notice() -> Wordings:
    base = _steps((_OLD, "Hutt Dir en Tipp? Schreift eis op info@{domain}"),)
    news: list[Event] = [
        _vote("2017-10-08", "🗳️ Gemengewalen 2017: d'Resultater aus dem Norden", after=1),
        _vote("2018-10-14", "🗳️ Chamberwalen 2018: esou huet den Norden gestëmmt", after=2),
        _vote("2019-05-26", "🗳️ Europawalen 2019: d'Resultater", before=3, after=1),
        _span("2020-03-18", "2020-06-24", "😷 État de crise: bleift doheem"),
    ]
    feasts = _yearly("06-23", 1, 0, lambda _: "🇱🇺 Schéinen Nationalfeierdag!")
    feasts += _movable(_listed(FOUER), 0, 19, lambda _: "🎡 D'Schueberfouer ass op!")
    feasts += _yearly("08-21", 0, 0, lambda _: "🎡 Keng Schueberfouer dëst Joer",
                      years=range(2020, 2021))
    feasts += _movable(lambda y: easter(y) + ONE_DAY, 0, 0,
                       lambda _: "🏺 Éimaischen: de Péckvillchersmaart ass haut")
    return _calendar(base, news, feasts)


def eislek_style() -> PublisherStyle:
    """A Luxembourgish local news site in the Éislek: a four-language switch, a commune
    kicker, the weekday and the long date, turned "Publizéiert den" with the time on the
    2019 national day (a wording per day), "Vum" turned the writer with the photographer,
    "Och interessant:" turned "👀 Liest och:" (up to twice), an ad label, a photo credit, a
    tips line turned by three votes and the 2020 crisis, the national day, the fair (called
    off in 2020) and Easter Monday's market, a rights line reworded and the publisher (a
    block), a rare road-closure warning."""
    return PublisherStyle(
        domain="eisleckernoriichten.lu", site="Äislécker Noriichten", base_size=46,
        subdomains=(("www.", 100),),
        sections=("wolz", "klierf", "ettelbreck", "sport", "kultur"),
        n_authors=2, url_path="/lb/{section}/{n}.html",
        pools={
            "gemeng": ("Wolz", "Klierf", "Ettelbréck", "Ulflingen", "Sport"),
            "foto": ("Archiv", "Gemeng", "privat", "Police Grand-Ducale"),
        },
        families=(
            _f("sprooch", HEADER, 0.3, (_OLD, "LB | DE | FR | PT")),
            _f("gemeng", HEADER, 0.3, (_OLD, "{gemeng}")),
            _f("datum", HEADER, 0.7, *_by_day(_lu_dated)),
            _f("vum", HEADER, 0.4, (_OLD, "Vum {author}"),
               (LU_BYLINE.isoformat(), "Text: {author} · Fotoen: {author2}")),
            _f("och", MIDDLE, 0.3, (_OLD, "Och interessant: {other_title}"),
               (LU_LINKS.isoformat(), "👀 Liest och: {other_title}"), count=2),
            _f("reklamm", MIDDLE, 0.15, (_OLD, "Reklamm")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("matdeelung", FOOTER, 0.3, *_lu_notice()),
            _f("rechter", FOOTER, 0.4, (_OLD, "© Äislécker Noriichten"),
               (LU_RIGHTS.isoformat(), "© {year} Äislécker Noriichten asbl · All Rechter "
                                       "reservéiert")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éditeur: Äislécker Medien asbl · Wolz")),
            _f("strooss", HEADER, 0.04, (_OLD, "⚠️ N7 gespaart tëscht Hosingen an Hengescht")),
        ),
    )


# --- a Faroese local paper in the northern isles (Klaksvík) ---------------------------------

FO_REDESIGN = dt.date(2018, 7, 29)  # on Ólavsøka
FO_BYLINE = dt.date(2019, 2, 4)
FO_RIGHTS = dt.date(2017, 1, 2)


def fo_cod_price(monday: dt.date) -> int:
    """The week's cod price at the fish auction, in øre a kilo (made up, 1500 to 2600)."""
    return 50 * made_up(monday, 30, 52, 5)


def fo_auction(day: dt.date) -> str:
    """The week's cod price (a wording from each Monday)."""
    price = fo_cod_price(monday_of(day))
    return (f"🐟 Toskaprísur á fiskamarknaðinum hesa vikuna: {price // 100},{price % 100:02d} "
            f"kr./kg")


def _fo_dated(day: dt.date) -> str:
    if day < FO_REDESIGN:
        return (f"{FAROESE_WEEKDAYS[day.weekday()]} {day.day}. "
                f"{FAROESE_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y} kl. {{time}}"


def _fo_notice() -> Wordings:
    base = _steps((_OLD, "Hevur tú eina søgu? Skriva til okkara á {domain}"),)
    news: list[Event] = [
        _vote("2015-09-01", "🗳️ Løgtingsval 2015: úrslitini í Norðoyggjum", after=1),
        _vote("2019-08-31", "🗳️ Løgtingsval 2019: úrslitini í Norðoyggjum", after=1),
        _span("2020-03-12", "2020-04-20", "😷 Korona: skúlar og stovnar eru stongdir"),
    ]
    feasts = _yearly("04-25", 0, 0, lambda y: f"🇫🇴 Flaggdagur: Merkið í {y - 1940} ár")
    feasts += _yearly("07-28", 1, 1, lambda y: ("🇫🇴 Ólavsøka verður ikki hildin í ár"
                                                if y == 2020 else "🇫🇴 Góða Ólavsøku!"))
    return _calendar(base, news, feasts)


def klaksvik_style() -> PublisherStyle:
    """A Faroese local paper in the northern isles (Klaksvík): a place kicker, the weekday
    and the long date, turned a numeric date with the time on Ólavsøka 2018 (a wording per
    day), "Tekstur:" turned the writer with the photographer, "Les eisini:" (up to twice),
    an ad label, a photo credit, the week's cod price (a wording per week), a tips line
    turned by two votes and the 2020 closures, the flag day with its count and Ólavsøka
    (called off in 2020), a rights line reworded, a rare ferry cancellation."""
    return PublisherStyle(
        domain="nordoyatidindi.fo", site="Norðoya Tíðindi", base_size=34,
        subdomains=(("www.", 100),),
        sections=("tidindi", "klaksvik", "itrottur", "mentan"),
        n_authors=2, url_path="/tidindi/{n}",
        pools={
            "stad": ("Klaksvík", "Viðoy", "Borðoy", "Kunoy", "Ítróttur"),
            "mynd": ("blaðið", "privat", "Landsverk", "savn"),
        },
        families=(
            _f("stad", HEADER, 0.3, (_OLD, "{stad}")),
            _f("dato", HEADER, 0.7, *_by_day(_fo_dated)),
            _f("tekstur", HEADER, 0.4, (_OLD, "Tekstur: {author}"),
               (FO_BYLINE.isoformat(), "Tekstur: {author} · Mynd: {author2}")),
            _f("les", MIDDLE, 0.3, (_OLD, "Les eisini: {other_title}"), count=2),
            _f("lysing", MIDDLE, 0.15, (_OLD, "Lýsing")),
            _f("mynd", MIDDLE, 0.2, (_OLD, "Mynd: {mynd}")),
            _f("fiskur", FOOTER, 0.2, *_by_day(fo_auction)),
            _f("bod", FOOTER, 0.3, *_fo_notice()),
            _f("raettindi", FOOTER, 0.4, (_OLD, "© Norðoya Tíðindi"),
               (FO_RIGHTS.isoformat(), "© {year} Norðoya Tíðindi · Allur rættur "
                                       "tryggjaður")),
            _f("ferja", HEADER, 0.04, (_OLD, "⚠️ Ferjan til Svínoyar siglir ikki í dag vegna "
                                             "veður")),
        ),
    )


# --- a seal-watching boat's log (Schiermonnikoog; English with West Frisian lines) ----------

SK_POSTED = dt.date(2018, 4, 2)
SK_BOOKING = dt.date(2017, 3, 1)
SK_RIGHTS = dt.date(2019, 4, 1)
SK_HIGH_WATER = dt.date(2015, 1, 1), 5 * 60 + 12  # a day and its high water, in minutes


def high_water(day: dt.date) -> str:
    """The first high water of the day at the harbour: about 50 minutes later each day
    (made plain: twelve hours twenty-five and a bit per tide)."""
    start, minutes = SK_HIGH_WATER
    t = (minutes + 50 * (day - start).days) % (12 * 60 + 25)
    return f"{t // 60:02d}:{t % 60:02d}"


def sk_tide(day: dt.date) -> str:
    """The day's first high water (a wording per day)."""
    return f"🌊 First high water at the harbour today: {high_water(day)}"


def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Trips leave from the ferry harbour: call +31 519 000 000 to book"),
                  (SK_BOOKING.isoformat(), "🎟️ Book your seat online: trips sell out in "
                                           "July and August"))
    news: list[Event] = [
        _span("2020-03-16", "2020-05-31", "😷 No trips for now: the boat stays in the harbour "
                                          "until the rules allow"),
    ]
    feasts = _yearly("04-27", 0, 0, lambda _: "🧡 King's Day: no afternoon trip today")
    feasts += _yearly("06-25", 0, 0, lambda y: f"🌍 The Wadden Sea has been World Heritage "
                                               f"for {y - 2009} years")
    return _calendar(base, news, feasts)


def skiermuntseach_style() -> PublisherStyle:
    """A seal-watching boat's log (Schiermonnikoog; English with West Frisian lines): a
    kind kicker, a posted line with the short date and the writer, turned the skipper with
    the weekday and date, a Frisian welcome, "Earlier in the log:" (up to twice), a photo
    line, the day's first high water (a wording per day), the seal season, a booking line
    reworded and turned by the 2020 pause, King's Day and the World Heritage listing with
    its count, a tag list, a rights line reworded and the skipper's licence (a block), a
    rare fog cancellation."""
    return PublisherStyle(
        domain="skierseals.nl", site="Skier Seal Trips", base_size=24,
        subdomains=(("www.", 100),),
        sections=("log", "seals", "birds", "island"),
        n_authors=2, url_path="/log/{yyyy}/{slug}",
        pools={
            "kind": ("Trip log", "Seals", "Birds", "Island news"),
            "photo": ("our skipper", "a guest, with thanks", "Natuurmonumenten", "file photo"),
            "tag": ("harbour seals", "grey seals", "spoonbills", "sandbanks", "low tide"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "Posted {date_short} by {author}"),
               (SK_POSTED.isoformat(), "⚓ Skipper {author} · {weekday} {date_dmy}")),
            _f("wolkom", HEADER, 0.12, (_OLD, "Wolkom op Skiermûntseach! Welcome aboard")),
            _f("earlier", MIDDLE, 0.3, (_OLD, "Earlier in the log: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 {photo}")),
            _f("tide", FOOTER, 0.2, *_by_day(sk_tide)),
            _f("seals", FOOTER, 0.15, *_seasons(
                ("06-01", "🦭 Pupping season for harbour seals: we keep 1,500 metres away"),
                ("09-01", "🦭 Autumn trips: the seals rest on the sandbanks at low tide"),
                ("12-01", "🦭 Grey seal pups on the outer banks: winter trips on Sundays"))),
            _f("notice", FOOTER, 0.3, *_sk_notice()),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tag_list}")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Skier Seal Trips"),
               (SK_RIGHTS.isoformat(), "© {year} Skier Seal Trips · Reeweg, Schiermonnikoog")),
            _f("licence", FOOTER, 0.3, (_OLD, "Sailing under a permit for the Wadden Sea "
                                              "nature reserve")),
            _f("fog", HEADER, 0.04, (_OLD, "⚠️ Thick fog: today's trips are cancelled")),
        ),
    )


def heldout73_styles() -> list[PublisherStyle]:
    """The held-back-73 styles, in the order the generator hands them to publishers."""
    return [
        eifel_style(), veluwe_style(), thurtal_style(), limfjord_style(), hardanger_style(),
        voru_style(), gauja_style(), dzukija_style(), wipptal_style(), eislek_style(),
        klaksvik_style(), skiermuntseach_style(),
    ]
