"""The ``held-back-110`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-105 set
(`tests.bench.heldout_templates_105`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are science, education and public-institution sites around
the world, large and small: a German university's press office, an American state
university's news service, a French glacier and climate observatory, a Japanese institute of
technology in Sendai, a Spanish town hall, a Brazilian federal university in Minas Gerais, a
Korean research institute in Daejeon, a Jordanian university in Amman, a Russian weekly of an
academic town in Siberia, a Hindi science council in Lucknow, a Kenyan coastal conservation
trust writing in Swahili and a small Welsh and English valley museum. The families are the
kinds a crawl of such sites holds: dates localised day by day in German, English, French,
Japanese (by the Heisei and Reiwa eras from a redesign on, turning with the era on 1 May
2019), Spanish, Portuguese, Korean, Arabic (with Levantine month names, later in
Arabic-Indic digits), Russian, Hindi (later in Devanagari digits), Swahili and Welsh
(several changing form on the day of a redesign), lines that turn every day, every week or
every month (a press release's running number, a pharmacy on duty, a students' canteen menu
by weekday, the day's high tides, a museum's opening hours by weekday and season, weekly
research round-ups, letters and issues with their running numbers, monthly bulletins and a
magazine's volume and issue), the seasons of semesters, field campaigns, summer heat,
monsoon, fog, long and short rains and turtle nesting, bylines and datelines of many
shapes, section kickers, read-also and related links (some up to two times), photo credits,
journal references, funding lines and sources, press contacts, a cross-post to a science
news service, licence, fair-use and copyright lines, an age rating, donation, Gift Aid,
membership, newsletter and social appeals, prices in euros, dollars, roubles, rupees,
shillings and pounds (several rising over the years), notices reworded in 2016-2020,
notices that follow the region's calendars (votes, strikes, a snowstorm, a dam collapse,
an eclipse, a lunar mission, a plastic-bag ban, lockdowns and curfews, university entrance
exams, open days, science nights and festivals, commencement, Giving Tuesday, Carnival,
Holy Week, a patron saint's fair, the Kings' parade, Seollal and Chuseok, Ramadan and the
Eids, Diwali, Hindi fortnight, national, science and victory days with their counts, a
tsunami's anniversary, the Eisteddfod by its town, events called off in 2020), multi-line
blocks, mid-body inserts, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    digits,
    easter,
    nth_weekday,
    thanksgiving,
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
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira",
                       "Sexta-feira", "Sábado", "Domingo")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
LEVANTINE_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                    "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ARABIC_ZERO = "\u0660"
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
HINDI_MONTHS = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                "अक्टूबर", "नवंबर", "दिसंबर")
HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
DEVANAGARI_ZERO = "\u0966"
SWAHILI_MONTHS = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
                  "Septemba", "Oktoba", "Novemba", "Desemba")
SWAHILI_WEEKDAYS = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi",
                    "Jumapili")
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr")
WELSH_WEEKDAYS = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
                  "Dydd Sadwrn", "Dydd Sul")


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


def working_days_in_year(day: dt.date) -> int:
    """Monday-to-Friday days from 1 January of `day`'s year up to `day` (both included)."""
    first = dt.date(day.year, 1, 1)
    return sum((first + dt.timedelta(days=k)).weekday() < 5
               for k in range((day - first).days + 1))


# --- a German university's press office (Sandhorst) ----------------------------------------

DE_REDESIGN = dt.date(2018, 10, 15)  # relaunched with the winter semester's lectures
DE_NEWSLETTER = dt.date(2018, 10, 15)
DE_ABOUT = dt.date(2017, 10, 1)


def press_number(day: dt.date) -> int:
    """The running number of the year's press releases on `day` (about three a week, from 1
    in the first days of January)."""
    return 1 + working_days_in_year(day) * 3 // 5


def _de_dated(day: dt.date) -> str:
    number = f"{press_number(day)}/{day.year}"
    if day < DE_REDESIGN:
        return f"Pressemitteilung Nr. {number} vom {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year} · Nr. {number}"


LANGE_NACHT = _listed({2015: "2015-06-13", 2016: "2016-06-11", 2017: "2017-06-24",
                       2018: "2018-06-09", 2019: "2019-06-15", 2020: "2020-06-20"})


def _de_night(y: int) -> str:
    if y == 2020:
        return "🔭 Die Lange Nacht der Wissenschaften fällt in diesem Jahr aus"
    return (f"🔭 {y - 2004}. Lange Nacht der Wissenschaften: Labore und Hörsäle offen bis "
            f"Mitternacht")


def _de_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie der Universität Sandhorst auf Twitter und Instagram"),
                  (DE_NEWSLETTER.isoformat(), "📬 Newsletter „Campus kompakt“: einmal im Monat "
                                              "das Wichtigste aus Forschung und Lehre"))
    news: list[Event] = [
        _vote("2017-09-24", "🗳️ Bundestagswahl: Podiumsdiskussion mit den Kandidierenden im "
                            "Audimax", before=8, after=0),
        _vote("2019-05-26", "🇪🇺 Europawahl: Studierende fragen, Abgeordnete antworten",
              before=8, after=0),
        _span("2020-03-16", "2020-04-19", "🦠 Coronavirus: Gebäude geschlossen, Prüfungen "
                                          "verschoben, Beratung nur telefonisch"),
        _span("2020-04-20", "2020-09-30", "🦠 Sommersemester digital: Lehrveranstaltungen "
                                          "finden online statt"),
        _span("2020-11-02", "2021-01-31", "🦠 Wintersemester: Präsenzlehre nur für Praktika, "
                                          "Bibliothek mit Terminbuchung"),
    ]
    feasts = _movable(LANGE_NACHT, 6, 0, _de_night)
    feasts += _movable(lambda y: nth_weekday(y, 1, 2, 4), 7, 0,
                       lambda y: f"🎓 Hochschulinformationstag {y}: Studienfächer kennenlernen")
    feasts += _yearly("11-05", 1, 0, lambda y: f"🎂 {y - 1971} Jahre Universität Sandhorst")
    return _calendar(base, feasts, news)  # the science night's cancellation breaks in


def sandhorst_style() -> PublisherStyle:
    """A German university's press office (Sandhorst): a kicker, the press release's running
    number and date turned the long date with the number on the winter semester's start 2018
    (a wording per day), "Von" turned "Text:" with the office, "Lesen Sie auch:" (up to
    twice), a photo credit from a pool, the original publication with a journal and a DOI,
    the semester's dates, a social line turned a newsletter appeal and turned by two votes and
    three pandemic terms, the science night (called off in 2020), the open day and the
    university's birthday with its count, an "about" line reworded, the press contact, its
    telephone, a cross-post to the science news service and a copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="uni-sandhorst.de", site="Universität Sandhorst", base_size=240,
        subdomains=(("www.", 85), ("presse.", 15)),
        sections=("forschung", "studium", "campus", "transfer", "personalia", "international"),
        n_authors=9, url_path="/presse/{yyyy}/{slug}",
        pools={
            "rubrik": ("Pressemitteilung", "Forschung", "Studium und Lehre", "Campus",
                       "Personalia", "Wissenstransfer", "Internationales"),
            "bild": ("Universität Sandhorst", "privat", "Pressestelle", "Arbeitsgruppe",
                     "Fotolia", "Museum für Naturkunde"),
            "journal": ("Nature Communications", "Physical Review Letters", "Angewandte "
                        "Chemie", "PNAS", "Geophysical Research Letters", "eLife"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("dated", HEADER, 0.85, *_by_day(_de_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (DE_REDESIGN.isoformat(), "Text: {author}, Stabsstelle Kommunikation")),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}"), count=2),
            _f("bild", MIDDLE, 0.25, (_OLD, "Foto: {bild}")),
            _f("original", FOOTER, 0.2, (_OLD, "Originalpublikation: {author2} et al. ({year}): "
                                               "{other_title}. {journal}, DOI: "
                                               "10.1000/{n}")),
            _f("semester", FOOTER, 0.12, *_seasons(
                ("01-15", "Sommersemester: Rückmeldung bis 15. Februar, Vorlesungen von "
                          "Mitte April bis Mitte Juli"),
                ("06-01", "Bewerbung für zulassungsbeschränkte Fächer zum Wintersemester bis "
                          "15. Juli"),
                ("09-15", "Erstsemesterwoche: Einführungsveranstaltungen ab Anfang "
                          "Oktober"))),
            _f("hinweis", FOOTER, 0.3, *_de_notice()),
            _f("ueber", FOOTER, 0.3, (_OLD, "Über die Universität Sandhorst: rund 16.000 "
                                            "Studierende in sechs Fakultäten"),
               (DE_ABOUT.isoformat(), "Über die Universität Sandhorst: rund 17.500 "
                                      "Studierende, sieben Fakultäten, 2.300 Beschäftigte")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Pressekontakt: Stabsstelle Kommunikation und "
                                               "Marketing")),
            _f("telefon", FOOTER, 0.3, (_OLD, "Tel. 0400 000-1100 · presse@uni-sandhorst.de")),
            _f("idw", FOOTER, 0.15, (_OLD, "Diese Meldung ist auch im Informationsdienst "
                                           "Wissenschaft erschienen.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Universität Sandhorst")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war der "
                                                 "Förderer des Projekts falsch angegeben.")),
        ),
    )


# --- an American state university's news service (Prairie Bend, Kansas) ---------------------

US_REDESIGN = dt.date(2018, 8, 20)  # relaunched on the first day of fall classes
US_NEWSLETTER = dt.date(2019, 1, 14)
US_EMERGENCY = dt.date(2020, 3, 23)


def _us_dated(day: dt.date) -> str:
    if day < US_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1][:3]}. "
            f"{day.day}, {day.year}")


def _us_roundup(day: dt.date) -> str:
    monday = latest(day, 0)
    return (f"Research Roundup, week of {ENGLISH_MONTHS[monday.month - 1]} {monday.day}, "
            f"{monday.year}: grants, awards and new papers")


def _us_commencement(y: int) -> str:
    if y == 2020:
        return "🎓 Spring commencement is postponed; degrees will be conferred online"
    return f"🎓 Commencement {y}: parking, shuttles and the livestream"


HOMECOMING = _listed({2015: "2015-10-17", 2016: "2016-10-08", 2017: "2017-10-21",
                      2018: "2018-10-13", 2019: "2019-10-19"})


def _us_notice() -> Wordings:
    base = _steps((_OLD, "Follow @TallgrassState on Twitter, Facebook and Instagram"),
                  (US_NEWSLETTER.isoformat(), "📬 Get Tallgrass Today in your inbox every "
                                              "weekday morning"))
    news: list[Event] = [
        _span("2017-08-14", "2017-08-21", "🌒 Eclipse day: free viewing glasses at the "
                                          "Student Union while supplies last"),
        _span("2019-03-13", "2019-03-15", "❄️ Classes canceled: the campus is closed for "
                                          "the blizzard, essential staff only"),
        _span("2020-03-16", "2020-08-16", "🦠 Classes are online for the rest of the "
                                          "semester; see the coronavirus updates page"),
        _span("2020-08-17", "2020-11-24", "😷 Fall 2020: face coverings are required in all "
                                          "campus buildings"),
    ]
    feasts = _movable(lambda y: nth_weekday(y, 5, 5, 2), 5, 0, _us_commencement)
    feasts += _movable(lambda y: thanksgiving(y) + dt.timedelta(days=5), 6, 0,
                       lambda y: f"💛 Giving Tuesday {y}: gifts to student scholarships "
                                 f"matched until midnight")
    feasts += _movable(HOMECOMING, 5, 0, lambda y: f"🏈 Homecoming {y}: parade on Main "
                                                   f"Street Saturday morning")
    return _calendar(base, feasts, news)  # commencement's postponement breaks in


def prairiebend_style() -> PublisherStyle:
    """An American state university's news service (Prairie Bend, Kansas): a kicker, the
    date turned the weekday with the short month on the first day of fall classes 2018 (a
    wording per day), "By" turned "Story by" with an office, a rare embargo line,
    "RELATED:" (up to twice), a photo credit, a weekly research round-up turning on Mondays,
    a funding line naming an agency and a journal reference, a social line turned a
    newsletter appeal and turned by the eclipse, a blizzard and the pandemic terms,
    commencement (postponed in 2020), Giving Tuesday and homecoming (not held in 2020), a
    giving appeal turned an emergency fund's, the media contact, an "about" line, an equal
    opportunity line and a copyright line (a block), a rare editor's note."""
    return PublisherStyle(
        domain="tallgrassstate.edu", site="Tallgrass State University", base_size=220,
        subdomains=(("news.", 80), ("www.", 20)),
        sections=("research", "campus", "health", "agriculture", "arts", "students"),
        n_authors=8, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("RESEARCH", "CAMPUS NEWS", "HEALTH", "AGRICULTURE", "ARTS & CULTURE",
                       "STUDENT SUCCESS", "EXTENSION"),
            "office": ("University Communications", "Research Communications",
                       "College of Agriculture", "College of Engineering",
                       "Extension Communications"),
            "funder": ("the National Science Foundation", "the National Institutes of Health",
                       "the U.S. Department of Agriculture", "the Department of Energy",
                       "NASA"),
            "journal": ("Science Advances", "Plant Physiology", "The Journal of Neuroscience",
                        "Nano Letters", "Ecology", "Soil Biology and Biochemistry"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_us_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (US_REDESIGN.isoformat(), "Story by {author}, {office}")),
            _f("embargo", HEADER, 0.06, (_OLD, "EMBARGOED until 2 p.m. Central on {date_long}")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo by {author2} | Tallgrass State "
                                             "University")),
            _f("roundup", FOOTER, 0.2, *_by_day(_us_roundup)),
            _f("funding", FOOTER, 0.2, (_OLD, "This research was supported by {funder} "
                                              "(award {n}). The study appears in "
                                              "{journal}.")),
            _f("notice", FOOTER, 0.3, *_us_notice()),
            _f("giving", FOOTER, 0.15, (_OLD, "Make a gift to Tallgrass State University: "
                                              "every dollar supports students"),
               (US_EMERGENCY.isoformat(), "Give $25, $50 or $100 to the Student Emergency "
                                          "Fund")),
            _f("media-contact", FOOTER, 0.35, (_OLD, "Media contact: {author2}, 620-000-0000, "
                                                     "news@tallgrassstate.edu")),
            _f("about", FOOTER, 0.25, (_OLD, "About Tallgrass State University: a land-grant "
                                             "university founded in 1889, with 21,000 "
                                             "students on four campuses.")),
            _f("eeo", FOOTER, 0.2, (_OLD, "An equal opportunity, affirmative action "
                                          "institution.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Tallgrass State University, "
                                                 "Prairie Bend, Kansas")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: this story was updated to "
                                                    "correct the name of a co-author.")),
        ),
    )


# --- a French glacier and climate observatory (Grenoble) -------------------------------------

FR_REDESIGN = dt.date(2017, 10, 7)  # relaunched on the science festival's first day
FR_NEWSLETTER = dt.date(2019, 9, 2)
FR_LICENCE = dt.date(2018, 1, 2)

FETE_SCIENCE = {2015: ("2015-10-07", "2015-10-11"), 2016: ("2016-10-08", "2016-10-16"),
                2017: ("2017-10-07", "2017-10-15"), 2018: ("2018-10-06", "2018-10-14"),
                2019: ("2019-10-05", "2019-10-13"), 2020: ("2020-10-02", "2020-10-12")}
NUIT_CHERCHEURS = {2015: "2015-09-25", 2016: "2016-09-30", 2017: "2017-09-29",
                   2018: "2018-09-28", 2019: "2019-09-27", 2020: "2020-11-27"}


def _fr_dated(day: dt.date) -> str:
    if day < FR_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def letter_number(day: dt.date) -> int:
    """The number of the observatory's weekly letter out on `day` (sent on Thursdays)."""
    return 212 + weeks_since(day, 3)


def _fr_letter(day: dt.date) -> str:
    thursday = latest(day, 3)
    return (f"La Lettre de l'Observatoire n° {letter_number(day)} – {thursday.day} "
            f"{FRENCH_MONTHS[thursday.month - 1]} {thursday.year}")


def _fr_night(y: int) -> str:
    if y == 2020:
        return "🌙 Nuit européenne des chercheurs 2020 : en ligne, vendredi 27 novembre"
    return f"🌙 Nuit européenne des chercheurs {y} : rencontrez nos glaciologues"


def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Suivez l'Observatoire sur Twitter : @OAGC_glaciers"),
                  (FR_NEWSLETTER.isoformat(), "📩 Abonnez-vous à La Lettre de l'Observatoire, "
                                              "chaque jeudi"))
    news: list[Event] = [
        _span("2015-11-30", "2015-12-12", "🌍 COP21 : nos chercheurs décryptent les "
                                          "négociations du Bourget"),
        _span("2019-12-05", "2019-12-20", "✊ Mouvement social : l'accueil du public est "
                                          "perturbé, merci de votre compréhension"),
        _span("2020-03-17", "2020-05-10", "🦠 Confinement : le site est fermé au public, les "
                                          "équipes travaillent à distance"),
        _span("2020-10-30", "2020-12-14", "🦠 Reconfinement : visites et conférences "
                                          "suspendues, missions de terrain reportées"),
    ]
    fete = [_span(first, last, f"🔬 Fête de la science {y} : portes ouvertes et ateliers "
                               f"pour les scolaires")
            for y, (first, last) in FETE_SCIENCE.items()]
    nuit = _movable(_listed(NUIT_CHERCHEURS), 5, 0, _fr_night)
    return _calendar(base, fete, nuit, news)  # the 2020 night, online, breaks into lockdown


def grenoble_style() -> PublisherStyle:
    """A French glacier and climate observatory (Grenoble): a kicker, "Publié le" with a
    slashed date turned the weekday and the long date on the science festival's first day
    2017 (a wording per day), "Par" turned with the communication service, "À lire aussi :"
    (up to twice), a photo credit, the weekly letter's number turning on Thursdays, a journal
    reference, the field seasons, a social line turned a newsletter appeal and turned by
    COP21, a strike, two lockdowns, the science festival and the researchers' night (moved
    in 2020), a tax-deductible gift appeal, the press contact, a rights line and a reuse
    line turned a licence (a block), a rare correction."""
    return PublisherStyle(
        domain="oagc.fr", site="Observatoire alpin des glaciers et du climat", base_size=195,
        subdomains=(("www.", 100),),
        sections=("actualites", "communiques", "terrain", "vie-du-labo", "grand-public"),
        n_authors=6, url_path="/actualites/{slug}",
        pools={
            "rubrique": ("Actualité scientifique", "Communiqué de presse", "Vie du labo",
                         "Sur le terrain", "Grand public", "Résultats"),
            "credit": ("OAGC", "CNES", "Météo-France", "Archives de l'Observatoire",
                       "Parc national des Écrins"),
            "revue": ("The Cryosphere", "Nature Geoscience", "Journal of Glaciology",
                      "Climate Dynamics", "Comptes Rendus Géoscience"),
        },
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_fr_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (FR_REDESIGN.isoformat(), "{author} – Service communication")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("credit", MIDDLE, 0.25, (_OLD, "© {author2} / {credit}")),
            _f("lettre", FOOTER, 0.2, *_by_day(_fr_letter)),
            _f("reference", FOOTER, 0.2, (_OLD, "Référence : {author2} et al., « {other_title} "
                                                "», {revue}, {year}.")),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("04-01", "❄️ Printemps : carottages et mesures d'enneigement sur les "
                          "glaciers suivis"),
                ("07-01", "⛰️ Campagne d'été : bilans de masse et relevés de balises en "
                          "altitude"),
                ("11-15", "🏔️ Hiver : le refuge-laboratoire est fermé jusqu'au printemps"))),
            _f("avis", FOOTER, 0.3, *_fr_notice()),
            _f("don", FOOTER, 0.12, (_OLD, "Soutenez la recherche sur les glaciers : 66 % de "
                                           "votre don est déductible de vos impôts.")),
            _f("contact", FOOTER, 0.3, (_OLD, "Contact presse : communication@oagc.fr – 04 00 "
                                              "00 00 00")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} OAGC – Mentions légales")),
            _f("reutilisation", FOOTER, 0.2, (_OLD, "Reproduction autorisée avec mention de "
                                                    "la source."),
               (FR_LICENCE.isoformat(), "Contenus sous licence Creative Commons BY-SA, sauf "
                                        "mention contraire.")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : l'altitude du front du "
                                                    "glacier a été corrigée.")),
        ),
    )


# --- a Japanese institute of technology (Sendai) ---------------------------------------------

JP_REDESIGN = dt.date(2018, 4, 1)  # relaunched with the academic year
REIWA = dt.date(2019, 5, 1)
JP_MAGAZINE = dt.date(2018, 10, 1)

CENTER_EXAM = {2015: "2015-01-17", 2016: "2016-01-16", 2017: "2017-01-14", 2018: "2018-01-13",
               2019: "2019-01-19", 2020: "2020-01-18"}


def era(day: dt.date) -> str:
    """`day`'s year in the Japanese era (平成 to 30 April 2019, then 令和; the first year
    as 元年)."""
    name, year = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{name}{'元' if year == 1 else year}年"


def _jp_dated(day: dt.date) -> str:
    if day < JP_REDESIGN:
        return f"掲載日：{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{era(day)}{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"


def bulletin_number(day: dt.date) -> int:
    """The number of the institute's monthly bulletin out on `day` (on the first)."""
    return 301 + months_since(day)


def _jp_bulletin(day: dt.date) -> str:
    return f"学報「杜の風」第{bulletin_number(day)}号（{day.year}年{day.month}月1日発行）"


def _jp_festival(y: int) -> str:
    if y == 2020:
        return "🎪 今年の工大祭はオンラインで開催します"
    return f"🎪 第{y - 1962}回工大祭：模擬店と研究室公開"


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "公式Twitterとフェイスブックで最新情報を発信しています"),
                  (JP_MAGAZINE.isoformat(), "📩 メールマガジン配信中：毎月第1金曜日にお届け"
                                            "します"))
    news: list[Event] = [
        _span("2020-04-16", "2020-05-14", "🦠 緊急事態宣言：キャンパスへの入構を制限しています"),
        _span("2020-05-15", "2020-09-30", "🦠 前期の授業はオンラインで実施しています"),
    ]
    feasts = _movable(_listed(CENTER_EXAM), 1, 1,
                      lambda _: "📝 大学入試センター試験のため、構内への立ち入りを制限します")
    feasts += _yearly("03-11", 0, 0, lambda y: f"🕯️ 東日本大震災から{y - 2011}年："
                                               f"犠牲になられた方々に哀悼の意を表します")
    feasts += _movable(lambda y: nth_weekday(y, 8, 5, 1), 6, 0,
                       lambda y: f"🏫 オープンキャンパス{y}：事前申込制です")
    feasts += _movable(lambda y: nth_weekday(y, 10, 5, 4), 5, 1, _jp_festival)
    feasts += _yearly("12-28", 0, 6, lambda _: "🎍 年末年始休業：12月28日から1月3日まで")
    return _calendar(base, news, feasts)


def sendai_style() -> PublisherStyle:
    """A Japanese institute of technology (Sendai): a kicker, "掲載日" with the date turned
    the era's date with the weekday at the academic year 2018, and turned Reiwa on 1 May 2019
    (a wording per day), a writer's credit turned with the public relations office, a related
    link, a photo credit, the monthly bulletin's number, the paper's journal and DOI, the
    seasons, a social line turned a mail magazine and turned by the state of emergency, the
    online term, the entrance exam, the earthquake's anniversary with its count, the open
    campus, the festival (online in 2020) and the New Year closure, the enquiries heading,
    office and address and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="morinomiyako-tech.ac.jp", site="杜の都工科大学", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "research", "event", "admission", "award"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}.html",
        pools={
            "kubun": ("プレスリリース", "研究成果", "お知らせ", "イベント", "受賞", "入試情報"),
            "teikyo": ("本学広報課", "研究室", "共同研究機関", "JAXA"),
            "zasshi": ("Applied Physics Letters", "Scientific Reports",
                       "ACS Applied Materials & Interfaces", "IEEE Access", "Physical "
                       "Review B"),
        },
        families=(
            _f("kubun", HEADER, 0.45, (_OLD, "{kubun}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_jp_dated)),
            _f("kiji", HEADER, 0.35, (_OLD, "記事：{author}"),
               (JP_REDESIGN.isoformat(), "取材・文：{author}（広報課）")),
            _f("kanren", MIDDLE, 0.25, (_OLD, "関連記事：{other_title}")),
            _f("shashin", MIDDLE, 0.2, (_OLD, "（写真提供：{teikyo}）")),
            _f("gakuho", FOOTER, 0.15, *_by_day(_jp_bulletin)),
            _f("ronbun", FOOTER, 0.2, (_OLD, "【論文情報】{zasshi}（{year}年）DOI: "
                                             "10.1000/{n}")),
            _f("kisetsu", FOOTER, 0.12, *_seasons(
                ("04-01", "🌸 新入生の皆さん、ご入学おめでとうございます"),
                ("06-15", "🥵 熱中症に注意し、こまめな水分補給を心がけましょう"),
                ("10-01", "🍂 後期の授業が始まりました。履修登録の期限を確認してください"),
                ("12-01", "❄️ 冬期は構内の路面凍結に注意してください"))),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("toiawase", FOOTER, 0.35, (_OLD, "【本件に関するお問い合わせ】")),
            _f("koho", FOOTER, 0.35, (_OLD, "杜の都工科大学 総務部広報課　TEL：022-000-0000")),
            _f("mail", FOOTER, 0.3, (_OLD, "E-mail：koho@morinomiyako-tech.ac.jp")),
            _f("chosakuken", FOOTER, 0.35, (_OLD, "Copyright © {year} 杜の都工科大学 All "
                                                  "Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】本文中の研究科名に誤りがありました。"
                                              "お詫びして訂正いたします。")),
        ),
    )


# --- a Spanish town hall (Sotorrío) ----------------------------------------------------------

ES_REDESIGN = dt.date(2019, 6, 15)  # the new council took office
ES_APP = dt.date(2018, 3, 5)
PHARMACIES = ("Farmacia Ldo. Ruiz Peña, calle Mayor 12", "Farmacia Carmona, avda. de la "
              "Estación 3", "Farmacia Soto Villar, plaza del Mercado 1", "Farmacia Hidalgo, "
              "calle San Roque 27", "Farmacia Ldo. Benítez, calle Real 40", "Farmacia del "
              "Puente, avda. de Andalucía 8")


def pharmacy_on_duty(day: dt.date) -> str:
    """The pharmacy on duty on `day` (the six take turns, one a day)."""
    return PHARMACIES[day.toordinal() % len(PHARMACIES)]


def _es_pharmacy(day: dt.date) -> str:
    return (f"💊 Farmacia de guardia ({SPANISH_WEEKDAYS[day.weekday()]} {day.day}): "
            f"{pharmacy_on_duty(day)}")


def _es_dated(day: dt.date) -> str:
    if day < ES_REDESIGN:
        return f"Sotorrío, {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")


def _es_fair(y: int) -> str:
    if y == 2020:
        return "🎆 Las Fiestas de San Roque 2020 quedan suspendidas por la situación sanitaria"
    return f"🎆 Fiestas de San Roque {y}: programa de actos y cortes de tráfico"


def _es_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Twitter e Instagram: @AytoSotorrio"),
                  (ES_APP.isoformat(), "📲 Descarga la app Sotorrío Ciudad y comunica "
                                       "incidencias en la vía pública"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Elecciones municipales y autonómicas: consulta tu colegio "
                            "electoral", before=5),
        _vote("2015-12-20", "🗳️ Elecciones generales: consulta tu colegio electoral",
              before=5),
        _vote("2016-06-26", "🗳️ Elecciones generales: consulta tu colegio electoral",
              before=5),
        _vote("2019-04-28", "🗳️ Elecciones generales: consulta tu colegio electoral",
              before=5),
        _vote("2019-05-26", "🗳️ Elecciones municipales, autonómicas y europeas: consulta tu "
                            "colegio electoral", before=5),
        _vote("2019-11-10", "🗳️ Elecciones generales: consulta tu colegio electoral",
              before=5),
        _span("2020-03-14", "2020-06-20", "🦠 Estado de alarma: atención municipal solo con "
                                          "cita previa y por teléfono"),
    ]
    feasts = _yearly("01-05", 2, 0, lambda y: f"👑 Cabalgata de Reyes {y}: recorrido y "
                                              f"horarios")
    feasts += _movable(easter, 7, 0, lambda y: f"✝️ Semana Santa {y}: horarios de "
                                               f"procesiones y calles cortadas")
    feasts += _yearly("08-16", 4, 1, _es_fair)
    return _calendar(base, news, feasts)


def sotorrio_style() -> PublisherStyle:
    """A Spanish town hall (Sotorrío): an area kicker, the town with a slashed date turned the
    weekday and the long date when the new council took office in 2019 (a wording per day),
    the press note's author, "También te puede interesar:" once, a photo credit from a pool,
    the pharmacy on duty every day, the pools, courses and Christmas campaign, a social line
    turned an app and turned by six votes and the state of alarm, the Kings' parade, Holy
    Week and the patron saint's fair (called off in 2020), the electronic office, the
    citizens' line, the address, a reuse line and a rights line (a block), a rare water
    cut."""
    return PublisherStyle(
        domain="sotorrio.es", site="Ayuntamiento de Sotorrío", base_size=150,
        subdomains=(("www.", 100),),
        sections=("actualidad", "cultura", "deportes", "medio-ambiente", "servicios-sociales"),
        n_authors=4, url_path="/noticias/{slug}",
        pools={
            "area": ("Alcaldía", "Cultura", "Medio Ambiente", "Deportes", "Servicios Sociales",
                     "Urbanismo", "Educación", "Festejos"),
            "foto": ("Ayuntamiento de Sotorrío", "Gabinete de Comunicación", "Policía Local",
                     "Cedida"),
        },
        families=(
            _f("area", HEADER, 0.45, (_OLD, "{area}")),
            _f("fecha", HEADER, 0.8, *_by_day(_es_dated)),
            _f("nota", HEADER, 0.3, (_OLD, "Nota de prensa · {author}")),
            _f("interesar", MIDDLE, 0.25, (_OLD, "También te puede interesar: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("farmacia", FOOTER, 0.2, *_by_day(_es_pharmacy)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("01-08", "🏃 Escuelas deportivas municipales: plazas libres para el segundo "
                          "trimestre"),
                ("06-15", "🏊 Piscinas municipales abiertas hasta el 15 de septiembre, de 11:00 "
                          "a 20:30"),
                ("09-16", "📚 Universidad Popular: inscripciones abiertas en los talleres del "
                          "nuevo curso"),
                ("12-01", "🎄 Campaña de Navidad: compra en el comercio de tu barrio"))),
            _f("aviso", FOOTER, 0.3, *_es_notice()),
            _f("sede", FOOTER, 0.2, (_OLD, "Sede electrónica: trámites las 24 horas en "
                                           "sede.sotorrio.es")),
            _f("atencion", FOOTER, 0.3, (_OLD, "Atención ciudadana: 010 (900 000 000 desde "
                                               "fuera del municipio)")),
            _f("direccion", FOOTER, 0.3, (_OLD, "Plaza de la Constitución, 1 · 00000 "
                                                "Sotorrío")),
            _f("reutilizacion", FOOTER, 0.2, (_OLD, "Se permite la reutilización de los "
                                                    "contenidos citando la fuente, conforme a "
                                                    "la Ley 37/2007.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Ayuntamiento de Sotorrío")),
            _f("corte", HEADER, 0.04, (_OLD, "⚠️ Corte de agua hoy de 8:00 a 14:00 en la calle "
                                             "Real por obras en la red")),
        ),
    )


# --- a Brazilian federal university (Alto Paraopeba, Minas Gerais) ---------------------------

BR_REDESIGN = dt.date(2017, 8, 1)  # moved to the federal portal template
BR_BYLINE = dt.date(2019, 3, 11)
BR_TELEGRAM = dt.date(2018, 4, 2)
BR_OMBUDSMAN = dt.date(2020, 1, 2)

ENEM = {2015: "2015-10-24", 2016: "2016-11-05", 2017: "2017-11-05", 2018: "2018-11-04",
        2019: "2019-11-03"}
MENUS = (
    ("arroz, feijão, frango assado, salada de alface e laranja",
     "arroz, feijão, carne de panela, abobrinha refogada e banana"),
    ("arroz, feijão, bife acebolado, farofa e mamão",
     "arroz, feijão tropeiro, couve, torresmo e tangerina"),
    ("arroz, feijão, peixe ao molho, purê de batata e melancia",
     "arroz, feijão, strogonoff de frango, batata palha e abacaxi"),
    ("arroz, feijão, almôndegas, macarrão e goiabada",
     "arroz, feijão, frango com quiabo, angu e laranja"),
    ("arroz, feijão, lombo assado, salada de repolho e banana",
     "arroz, feijão, omelete de legumes, beterraba e mexerica"),
)


def menu(day: dt.date) -> str | None:
    """The canteen's lunch on `day` (a two-week cycle; None at weekends)."""
    if day.weekday() >= 5:
        return None
    return MENUS[day.weekday()][day.isocalendar()[1] % 2]


def _br_menu(day: dt.date) -> str:
    weekday = PORTUGUESE_WEEKDAYS[day.weekday()].lower()
    lunch = menu(day)
    if lunch is None:
        return f"🍽️ Restaurante Universitário fechado hoje ({weekday})"
    return f"🍽️ Cardápio do RU hoje ({weekday}): {lunch}"


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    weekday = PORTUGUESE_WEEKDAYS[day.weekday()].removesuffix("-feira")
    return (f"Publicado: {weekday}, {day.day:02d} de {PORTUGUESE_MONTHS[day.month - 1]} de "
            f"{day.year}, {{time}}")


def _br_notice() -> Wordings:
    base = _steps((_OLD, "Acompanhe a universidade no Instagram, no Facebook e no YouTube"),
                  (BR_TELEGRAM.isoformat(), "📲 Receba as notícias da universidade pelo "
                                            "Telegram"))
    votes: list[Event] = [
        _vote(day, "🗳️ Eleições: o campus abriga seções eleitorais e fica fechado no domingo",
              before=2, after=0)
        for day in ("2016-10-02", "2018-10-07", "2018-10-28", "2020-11-15", "2020-11-29")]
    news: list[Event] = [
        _span("2015-05-28", "2015-10-12", "✊ Greve dos servidores: consulte o funcionamento "
                                          "dos setores"),
        _span("2019-01-25", "2019-02-15", "🙏 Rompimento da barragem em Brumadinho: pontos de "
                                          "arrecadação de doações nos campi"),
        _span("2020-03-18", "2021-01-31", "🦠 Atividades presenciais suspensas: o ensino "
                                          "segue de forma remota"),
    ]
    feasts = _movable(carnival_tuesday, 2, 1, lambda _: "🎭 Carnaval: não haverá expediente "
                                                        "na segunda e na terça; retorno na "
                                                        "quarta às 14h")
    feasts += _movable(_listed(ENEM), 3, 1, lambda y: f"📝 Enem {y}: portões fecham às 13h "
                                                      f"(horário de Brasília)")
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 3), 2, 4,
                       lambda y: f"🔬 Semana Nacional de Ciência e Tecnologia {y}: "
                                 f"programação nos campi")
    return _calendar(base, votes, news, feasts)


def paraopeba_style() -> PublisherStyle:
    """A Brazilian federal university (Alto Paraopeba, Minas Gerais): a kicker, "Publicado
    em" with a slashed date and time turned the federal portal's weekday, long date and time
    in August 2017 (a wording per day), "Texto:" with the photographer turned with the
    communication office and an editor in 2019, "Leia também:" (up to twice), a photo credit,
    the canteen's menu by weekday every day, the academic terms, a social line turned a
    messenger appeal and turned by the 2015 strike, the dam collapse, five votes and the
    suspended classes, Carnival, Enem and the science week, the ombudsman's service renamed,
    the communication office, the address and a licence line (a block), a rare erratum."""
    return PublisherStyle(
        domain="ufapeb.edu.br", site="Universidade Federal do Alto Paraopeba", base_size=130,
        subdomains=(("www.", 70), ("", 30)),
        sections=("noticias", "pesquisa", "ensino", "extensao", "comunidade"),
        n_authors=5, url_path="/noticias/{yyyy}/{mm}/{slug}",
        pools={"editoria": ("Pesquisa", "Ensino", "Extensão", "Comunidade",
                            "Assistência Estudantil", "Cultura", "Inovação")},
        families=(
            _f("editoria", HEADER, 0.4, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.8, *_by_day(_br_dated)),
            _f("texto", HEADER, 0.5, (_OLD, "Texto: {author} | Fotos: {author2}"),
               (BR_BYLINE.isoformat(), "Texto: {author} (Diretoria de Comunicação Social) | "
                                       "Edição: {author2}")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}/Ascom")),
            _f("cardapio", FOOTER, 0.2, *_by_day(_br_menu)),
            _f("semestre", FOOTER, 0.12, *_seasons(
                ("02-01", "📅 Calendário acadêmico: matrículas e início do 1º semestre letivo"),
                ("07-15", "📅 Calendário acadêmico: rematrícula e início do 2º semestre "
                          "letivo"))),
            _f("aviso", FOOTER, 0.3, *_br_notice()),
            _f("ouvidoria", FOOTER, 0.15, (_OLD, "Ouvidoria: registre sua manifestação pelo "
                                                 "sistema e-OUV"),
               (BR_OMBUDSMAN.isoformat(), "Ouvidoria: registre sua manifestação pela "
                                          "plataforma Fala.BR")),
            _f("ascom", FOOTER, 0.3, (_OLD, "Diretoria de Comunicação Social")),
            _f("endereco", FOOTER, 0.3, (_OLD, "Rodovia MG-000, km 0, Campus Sede · "
                                               "(31) 0000-0000")),
            _f("licenca", FOOTER, 0.25, (_OLD, "Conteúdo liberado para reprodução com citação "
                                               "da fonte (licença CC BY-ND 3.0).")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: o horário da palestra foi corrigido "
                                              "nesta versão.")),
        ),
    )


# --- a Korean research institute (Daejeon) ---------------------------------------------------

KR_REDESIGN = dt.date(2018, 4, 21)  # relaunched on Science Day
KR_NEWSLETTER = dt.date(2019, 4, 22)

SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"등록일 {day.isoformat()}"
    return f"{day.year}. {day.month}. {day.day}.({KOREAN_WEEKDAYS[day.weekday()]}) {{time}}"


def _kr_embargo(day: dt.date) -> str:
    return (f"이 보도자료는 {day.year}년 {day.month}월 {day.day}일"
            f"({KOREAN_WEEKDAYS[day.weekday()]}) 조간부터 보도해 주시기 바랍니다.")


def trends_number(day: dt.date) -> int:
    """The number of the weekly trends bulletin out on `day` (on Mondays)."""
    return 201 + weeks_since(day, 0)


def _kr_trends(day: dt.date) -> str:
    monday = latest(day, 0)
    return f"주간 과학기술 동향 제{trends_number(day)}호 ({monday.month}월 {monday.day}일 발행)"


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "연구원 소식을 페이스북과 블로그에서 만나 보세요"),
                  (KR_NEWSLETTER.isoformat(), "📩 뉴스레터 구독 신청: 매월 연구 소식을 "
                                              "보내 드립니다"))
    news: list[Event] = [
        _vote("2016-04-13", "🗳️ 제20대 국회의원선거일은 공휴일입니다. 투표에 참여합시다",
              before=3, after=0),
        _vote("2017-05-09", "🗳️ 제19대 대통령선거일은 공휴일입니다. 투표에 참여합시다",
              before=3, after=0),
        _vote("2018-06-13", "🗳️ 제7회 전국동시지방선거일은 공휴일입니다. 투표에 참여합시다",
              before=3, after=0),
        _vote("2020-04-15", "🗳️ 제21대 국회의원선거일은 공휴일입니다. 투표에 참여합시다",
              before=3, after=0),
        _span("2020-02-24", "2020-05-05", "🦠 코로나19 확산 방지를 위해 과학관 운영과 견학을 "
                                          "중단합니다"),
    ]
    feasts = _yearly("04-21", 2, 0, lambda y: f"🔬 제{y - 1967}회 과학의 날 기념식 개최")
    feasts += _movable(_listed(SEOLLAL), 1, 1, lambda _: "🧧 설 연휴 기간에는 민원 업무를 "
                                                          "쉽니다")
    feasts += _movable(_listed(CHUSEOK), 1, 1, lambda _: "🌕 추석 연휴 기간에는 민원 업무를 "
                                                          "쉽니다")
    feasts += _yearly("10-09", 0, 0, lambda y: f"📜 {y - 1446}돌 한글날")
    return _calendar(base, news, feasts)


def daejeon_style() -> PublisherStyle:
    """A Korean research institute (Daejeon): a kicker, "등록일" with the ISO date turned
    the dotted date with the weekday and time on Science Day 2018 (a wording per day), an
    embargo line naming the day, the staff contact turned a writer's credit, a related link,
    a photo credit from a pool, the weekly trends bulletin turning on Mondays, the seasons'
    safety reminders, a social line turned a newsletter and turned by four votes and the
    2020 closure, Science Day and Hangul Day with their counts, Seollal and Chuseok, the
    enquiries line, a public licence line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="hanbitsti.re.kr", site="한빛과학기술연구원", base_size=110,
        subdomains=(("www.", 100),),
        sections=("press", "research", "notice", "event"),
        n_authors=5, url_path="/board/{section}/view.do?no={n}",
        pools={
            "bunryu": ("보도자료", "연구성과", "기관소식", "행사", "해명자료", "채용"),
            "jegong": ("한빛과학기술연구원", "연구책임자", "공동연구기관", "홍보실"),
        },
        families=(
            _f("bunryu", HEADER, 0.45, (_OLD, "{bunryu}")),
            _f("nalja", HEADER, 0.75, *_by_day(_kr_dated)),
            _f("bodo", HEADER, 0.25, *_by_day(_kr_embargo)),
            _f("damdang", HEADER, 0.4, (_OLD, "담당: {author} 선임연구원"),
               (KR_REDESIGN.isoformat(), "글: {author} (홍보실)")),
            _f("gwallyeon", MIDDLE, 0.25, (_OLD, "관련기사: {other_title}")),
            _f("sajin", MIDDLE, 0.2, (_OLD, "사진 제공: {jegong}")),
            _f("donghyang", FOOTER, 0.15, *_by_day(_kr_trends)),
            _f("gyejeol", FOOTER, 0.12, *_seasons(
                ("03-02", "🏫 새 학기 과학관 단체 관람 예약을 받고 있습니다"),
                ("07-01", "🧪 여름철 실험실 안전 수칙을 꼭 지켜 주세요"),
                ("12-01", "🔥 겨울철 난방기구 화재 예방에 유의해 주세요"))),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("munui", FOOTER, 0.35, (_OLD, "문의: 대외협력실 홍보팀 042-000-0000")),
            _f("gongongnuri", FOOTER, 0.25, (_OLD, "공공누리 제1유형: 출처를 밝히면 자유롭게 "
                                                   "이용할 수 있습니다.")),
            _f("jeojakgwon", FOOTER, 0.35, (_OLD, "Copyright © {year} 한빛과학기술연구원. All "
                                                  "rights reserved.")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 본문 중 연구책임자의 소속을 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Jordanian university (Amman) ----------------------------------------------------------

JO_REDESIGN = dt.date(2017, 5, 25)  # relaunched on Independence Day
JO_APP = dt.date(2019, 9, 1)

RAMADAN_JO = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_JO = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_JO = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}


def arabic_digits(number: int | str, width: int = 0) -> str:
    """`number` in Arabic-Indic digits."""
    return digits(number, ARABIC_ZERO, width)


def _jo_dated(day: dt.date) -> str:
    month = LEVANTINE_MONTHS[day.month - 1]
    if day < JO_REDESIGN:
        return f"عمّان - {ARABIC_WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}"
    return (f"{ARABIC_WEEKDAYS[day.weekday()]}، {arabic_digits(day.day)} {month} "
            f"{arabic_digits(day.year)}")


def newsletter_number(day: dt.date) -> int:
    """The number of the university's weekly newsletter out on `day` (on Sundays)."""
    return 388 + weeks_since(day, 6)


def _jo_newsletter(day: dt.date) -> str:
    return f"النشرة الأسبوعية للجامعة - العدد {newsletter_number(day)}"


def _jo_notice() -> Wordings:
    base = _steps((_OLD, "تابعوا أخبار الجامعة على فيسبوك وتويتر"),
                  (JO_APP.isoformat(), "📲 حمّلوا تطبيق الجامعة لمتابعة الإعلانات والجداول "
                                       "الدراسية"))
    news: list[Event] = [
        _span("2015-01-07", "2015-01-10", "❄️ تعطيل الدوام في الجامعة بسبب المنخفض الجوي"),
        _vote("2016-09-20", "🗳️ الانتخابات النيابية: يوم الاقتراع عطلة رسمية", before=1,
              after=0),
        _vote("2020-11-10", "🗳️ الانتخابات النيابية: يوم الاقتراع عطلة رسمية", before=1,
              after=0),
        _span("2020-03-15", "2021-01-31", "💻 التعليم عن بُعد: المحاضرات عبر منصة التعلم "
                                          "الإلكتروني"),
    ]
    independence = _yearly("05-25", 1, 0, lambda y: f"🇯🇴 كل عام والأردن بخير: عيد الاستقلال "
                                                    f"الـ{y - 1946}")
    eids = _movable(_listed(EID_FITR_JO), 1, 3, lambda _: "🌙 عطلة عيد الفطر السعيد، كل عام "
                                                          "وأنتم بخير")
    eids += _movable(_listed(EID_ADHA_JO), 1, 3, lambda _: "🐑 عطلة عيد الأضحى المبارك، كل "
                                                           "عام وأنتم بخير")
    ramadan = [(dt.date.fromisoformat(RAMADAN_JO[y]),
                dt.date.fromisoformat(EID_FITR_JO[y]) - dt.timedelta(days=1),
                "🕌 دوام شهر رمضان: من التاسعة والنصف صباحاً حتى الثانية والنصف ظهراً")
               for y in YEARS]
    return _calendar(base, news, independence, eids, ramadan)


def amman_style() -> PublisherStyle:
    """A Jordanian university (Amman): a kicker, the city with the weekday and the Levantine
    date turned the weekday and the date in Arabic-Indic digits on Independence Day 2017 (a
    wording per day), "كتب:" turned with the media office, "اقرأ أيضاً:" (up to twice), a
    photographer's credit, the weekly newsletter's number turning on Sundays, the terms, a
    social line turned an app and turned by a snowstorm, two votes and distance learning,
    Independence Day with its count, the Eids and Ramadan's working hours, the public
    relations office, its telephone, a rights line and a citation line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="ahu.edu.jo", site="جامعة تلال عمّان", base_size=95,
        subdomains=(("www.", 100),),
        sections=("news", "research", "students", "conferences", "community"),
        n_authors=4, url_path="/ar/news/{n}",
        pools={"tasnif": ("أخبار الجامعة", "البحث العلمي", "شؤون الطلبة", "المؤتمرات",
                          "خدمة المجتمع")},
        families=(
            _f("tasnif", HEADER, 0.4, (_OLD, "{tasnif}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_jo_dated)),
            _f("kataba", HEADER, 0.45, (_OLD, "كتب: {author}"),
               (JO_REDESIGN.isoformat(), "إعلام الجامعة - {author}")),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("taswir", MIDDLE, 0.15, (_OLD, "(تصوير: {author2})")),
            _f("nashra", FOOTER, 0.15, *_by_day(_jo_newsletter)),
            _f("fasl", FOOTER, 0.12, *_seasons(
                ("02-10", "📚 الفصل الدراسي الثاني: مواعيد السحب والإضافة على موقع القبول "
                          "والتسجيل"),
                ("06-15", "📚 الفصل الصيفي: التسجيل مفتوح حتى نهاية الأسبوع الأول"),
                ("09-01", "📚 الفصل الدراسي الأول: أهلاً بالطلبة الجدد"))),
            _f("ilan", FOOTER, 0.3, *_jo_notice()),
            _f("dairat", FOOTER, 0.3, (_OLD, "دائرة العلاقات العامة والإعلام")),
            _f("hatif", FOOTER, 0.3, (_OLD, "هاتف: 06-000-0000 · البريد الإلكتروني: "
                                            "media@ahu.edu.jo")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة © {year} جامعة تلال عمّان")),
            _f("naql", FOOTER, 0.2, (_OLD, "يُسمح بالنقل مع ذكر المصدر.")),
            _f("taswib", HEADER, 0.04, (_OLD, "تصويب: ورد اسم الكلية خطأً في نسخة سابقة من "
                                              "الخبر.")),
        ),
    )


# --- a Russian weekly of an academic town (Novosibirsk) --------------------------------------

RU_REDESIGN = dt.date(2017, 5, 18)  # relaunched on the Siberian Branch's 60th birthday
RU_TELEGRAM = dt.date(2018, 2, 8)


def _ru_dated(day: dt.date) -> str:
    if day < RU_REDESIGN:
        return f"Опубликовано {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year} г., {{time}}"


def ru_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's issue out on `day`: its number in the year, its running number and its
    day (a Thursday)."""
    thursday = latest(day, 3)
    return (thursday.timetuple().tm_yday - 1) // 7 + 1, 1180 + weeks_since(day, 3), thursday


def _ru_issue(day: dt.date) -> str:
    number, total, thursday = ru_issue(day)
    return (f"№ {number} ({total}) от {thursday.day} {RUSSIAN_MONTHS[thursday.month - 1]} "
            f"{thursday.year} г.")


def _ru_victory(y: int) -> str:
    if y == 2020:
        return "🎖️ 75 лет Победы: парад перенесён, «Бессмертный полк» пройдёт онлайн"
    return f"🎖️ С Днём Победы! {y - 1945} лет со дня окончания войны"


def _ru_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на нашу группу во ВКонтакте"),
                  (RU_TELEGRAM.isoformat(), "📲 Новости науки Городка — в нашем "
                                            "Telegram-канале"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы в Государственную думу: адреса участков в Городке",
              before=5, after=0),
        _vote("2018-03-18", "🗳️ Выборы президента России: адреса участков в Городке",
              before=5, after=0),
        _span("2020-03-30", "2020-06-08", "🦠 Режим самоизоляции: институты перешли на "
                                          "удалённую работу"),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам к Конституции: "
                                          "участки открыты с 8 до 20 часов"),
        _span("2020-09-08", "2020-09-13", "🗳️ Выборы в городской совет: голосовать можно три "
                                          "дня, 11–13 сентября"),
    ]
    feasts = _yearly("02-08", 2, 0, lambda _: "🔬 8 февраля — День российской науки")
    feasts += _yearly("05-09", 2, 0, _ru_victory)
    feasts += _yearly("05-18", 1, 0, lambda y: f"🎉 {y - 1957} лет Сибирскому отделению "
                                               f"Академии наук")
    return _calendar(base, feasts, news)  # a holiday's greeting breaks into the isolation


def akademgorodok_style() -> PublisherStyle:
    """A Russian weekly of an academic town (Novosibirsk): a kicker, "Опубликовано" with a
    dotted date turned the long date with the time on the Siberian Branch's 60th birthday (a
    wording per day), the issue's number in the year and its running number turning on
    Thursdays, the author's name turned with the photographer, "Читайте также:" (up to
    twice), a photo credit, a source naming an institute's press office, the town's seasons,
    a social line turned a messenger channel and turned by four votes and the isolation,
    Science Day, Victory Day with its count (its parade moved in 2020) and the Branch's
    birthday with its count, a subscription price rising, the registration, the address, a
    rights line and the age rating (a block), a rare correction."""
    return PublisherStyle(
        domain="akadnedelya.ru", site="Академическая неделя", base_size=80,
        subdomains=(("", 100),),
        sections=("nauka", "instituty", "obrazovanie", "gorodok", "innovacii"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "rubrika": ("Наука", "Институты", "Образование", "Городок", "Инновации",
                        "Люди науки"),
            "foto": ("пресс-служба института", "из архива редакции", "предоставлено автором",
                     "пресс-служба СО РАН"),
            "institut": ("Института криосферы Оби", "Института лазерной физики и оптики",
                         "Института почвоведения Западной Сибири", "Центра генетики "
                         "растений", "Института прикладной математики"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.7, *_by_day(_ru_dated)),
            _f("vypusk", HEADER, 0.2, *_by_day(_ru_issue)),
            _f("avtor", HEADER, 0.45, (_OLD, "{author}"),
               (RU_REDESIGN.isoformat(), "Текст: {author}. Фото: {author2}")),
            _f("chitayte", MIDDLE, 0.3, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("istochnik", FOOTER, 0.2, (_OLD, "Источник: пресс-служба {institut}")),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("03-20", "🌱 Весна в Городке: клещи проснулись, не забудьте о прививке"),
                ("06-01", "☀️ Лето в Городке: расписание автобусов до Обского моря"),
                ("09-01", "📝 Конкурс работ молодых учёных: заявки принимаются до 1 ноября"),
                ("12-01", "⛷️ Зима в Городке: лыжные трассы в лесу уже размечены"))),
            _f("obyavlenie", FOOTER, 0.3, *_ru_notice()),
            _f("podpiska", FOOTER, 0.15, (_OLD, "Подписной индекс 00000: 120 руб. на "
                                                "полугодие"),
               ("2017-01-01", "Подписной индекс 00000: 150 руб. на полугодие"),
               ("2019-07-01", "Подписной индекс 00000: 180 руб. на полугодие")),
            _f("svidetelstvo", FOOTER, 0.25, (_OLD, "Свидетельство о регистрации СМИ ПИ № ТУ "
                                                    "54-00000")),
            _f("adres", FOOTER, 0.25, (_OLD, "Адрес редакции: 630000, Новосибирск, ул. "
                                             "Научная, 0")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} Академическая неделя. При перепечатке "
                                             "ссылка обязательна.")),
            _f("vozrast", FOOTER, 0.3, (_OLD, "16+")),
            _f("popravka", HEADER, 0.04, (_OLD, "Поправка: в первой версии статьи была неверно "
                                                "указана должность учёного.")),
        ),
    )


# --- a Hindi science council (Lucknow) -------------------------------------------------------

IN_REDESIGN = dt.date(2018, 2, 28)  # relaunched on National Science Day
IN_WHATSAPP = dt.date(2019, 8, 15)

DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


def devanagari(number: int | str, width: int = 0) -> str:
    """`number` in Devanagari digits."""
    return digits(number, DEVANAGARI_ZERO, width)


def _in_dated(day: dt.date) -> str:
    month = HINDI_MONTHS[day.month - 1]
    if day < IN_REDESIGN:
        return f"लखनऊ, {day.day} {month} {day.year}"
    return (f"{HINDI_WEEKDAYS[day.weekday()]}, {devanagari(day.day)} {month} "
            f"{devanagari(day.year)}")


def _in_issue(day: dt.date) -> str:
    return (f"विज्ञान दर्पण: वर्ष {devanagari(day.year - 2006)}, अंक {devanagari(day.month)} "
            f"({HINDI_MONTHS[day.month - 1]} {devanagari(day.year)})")


def _in_notice() -> Wordings:
    base = _steps((_OLD, "हमें फ़ेसबुक और ट्विटर पर फ़ॉलो करें"),
                  (IN_WHATSAPP.isoformat(), "📲 विज्ञान समाचार व्हाट्सऐप पर पाने के लिए "
                                            "हमसे जुड़ें"))
    news: list[Event] = [
        _vote("2017-02-19", "🗳️ विधानसभा चुनाव: लखनऊ में मतदान, अपना वोट ज़रूर डालें",
              before=3, after=0),
        _vote("2019-05-06", "🗳️ लोकसभा चुनाव: लखनऊ में मतदान, अपना वोट ज़रूर डालें",
              before=3, after=0),
        _span("2019-07-20", "2019-07-22", "🚀 चंद्रयान-2 का प्रक्षेपण: सीधा प्रसारण देखें"),
        _span("2019-09-05", "2019-09-07", "🌕 चंद्रयान-2: विक्रम लैंडर चंद्रमा पर उतरने को "
                                          "तैयार"),
        _span("2019-12-24", "2019-12-26", "🌑 सूर्यग्रहण: नंगी आँखों से न देखें, सुरक्षित "
                                          "चश्मे का प्रयोग करें"),
        _span("2020-03-25", "2020-05-31", "🦠 लॉकडाउन: परिषद का पुस्तकालय और तारामंडल बंद "
                                          "हैं"),
        _span("2020-06-19", "2020-06-21", "🌑 सूर्यग्रहण: नंगी आँखों से न देखें, सुरक्षित "
                                          "चश्मे का प्रयोग करें"),
    ]
    feasts = _yearly("02-28", 2, 0, lambda y: f"🔬 राष्ट्रीय विज्ञान दिवस: रमन प्रभाव की "
                                              f"खोज के {y - 1928} वर्ष")
    feasts += _yearly("09-14", 0, 14, lambda _: "✍️ हिंदी पखवाड़ा: विज्ञान लेखन प्रतियोगिता "
                                                "में भाग लें")
    feasts += _movable(_listed(DIWALI), 2, 0, lambda _: "🪔 दीपावली की शुभकामनाएँ: पटाखों "
                                                        "से दूर रहें, हवा साफ़ रखें")
    return _calendar(base, news, feasts)


def lucknow_style() -> PublisherStyle:
    """A Hindi science council (Lucknow): a kicker, the city and the date turned the weekday
    and the date in Devanagari digits on National Science Day 2018 (a wording per day), the
    monthly magazine's volume and issue, "लेखक:" turned a science communicator's credit,
    "यह भी पढ़ें:" once, a picture credit and a source from pools, the heat, the monsoon and
    the fog, a social line turned a messenger appeal and turned by two votes, the lunar
    mission's launch and landing, two eclipses and the lockdown, Science Day with its count,
    the Hindi fortnight and Diwali, a membership price rising, the contact and a rights line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="awadhvigyan.org.in", site="अवध विज्ञान परिषद", base_size=60,
        subdomains=(("www.", 100),),
        sections=("vigyan", "antariksh", "swasthya", "paryavaran", "krishi"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "shreni": ("विज्ञान समाचार", "अंतरिक्ष", "स्वास्थ्य", "पर्यावरण", "कृषि", "शिक्षा"),
            "chitra": ("इसरो", "नासा", "परिषद", "विकिमीडिया कॉमन्स"),
            "srot": ("पत्र सूचना कार्यालय", "इसरो", "सीएसआईआर", "विज्ञान प्रसार"),
        },
        families=(
            _f("shreni", HEADER, 0.35, (_OLD, "{shreni}")),
            _f("tithi", HEADER, 0.7, *_by_day(_in_dated)),
            _f("ank", HEADER, 0.15, *_by_day(_in_issue)),
            _f("lekhak", HEADER, 0.45, (_OLD, "लेखक: {author}"),
               (IN_REDESIGN.isoformat(), "{author}, विज्ञान संचारक")),
            _f("yah-bhi", MIDDLE, 0.25, (_OLD, "यह भी पढ़ें: {other_title}")),
            _f("chitra", MIDDLE, 0.15, (_OLD, "चित्र: {chitra}")),
            _f("srot", FOOTER, 0.2, (_OLD, "स्रोत: {srot}")),
            _f("mausam", FOOTER, 0.12, *_seasons(
                ("04-01", "🌡️ लू से बचाव: दोपहर की धूप से बचें और पानी पीते रहें"),
                ("07-01", "🌧️ मानसून: मच्छरों से बचाव के लिए आसपास पानी जमा न होने दें"),
                ("11-15", "🌫️ कोहरा और प्रदूषण: सुबह की सैर में सावधानी बरतें"))),
            _f("suchna", FOOTER, 0.3, *_in_notice()),
            _f("sadasyata", FOOTER, 0.15, (_OLD, "परिषद की वार्षिक सदस्यता: ₹200"),
               ("2018-04-01", "परिषद की वार्षिक सदस्यता: ₹250"),
               ("2020-04-01", "परिषद की वार्षिक सदस्यता: ₹300, आजीवन सदस्यता ₹3,000")),
            _f("sampark", FOOTER, 0.3, (_OLD, "संपर्क: विज्ञान भवन, लखनऊ · फ़ोन 0522-000000")),
            _f("adhikar", FOOTER, 0.35, (_OLD, "© {year} अवध विज्ञान परिषद. सर्वाधिकार "
                                               "सुरक्षित.")),
            _f("bhool-sudhar", HEADER, 0.04, (_OLD, "भूल सुधार: पिछले संस्करण में कार्यक्रम की "
                                                    "तिथि गलत छप गई थी।")),
        ),
    )


# --- a Kenyan coastal conservation trust (Mombasa) -------------------------------------------

KE_REDESIGN = dt.date(2018, 6, 5)  # relaunched on World Environment Day
KE_WHATSAPP = dt.date(2019, 6, 8)
KE_PAYBILL = dt.date(2018, 1, 2)
KE_EMERGENCY = dt.date(2020, 4, 1)


def high_tides(day: dt.date) -> list[str]:
    """The made-up times of `day`'s high tides at Mombasa (about 50 minutes later each day,
    12 hours 25 minutes apart; one of them falls past midnight every other fortnight)."""
    first = round(290 + 50.47 * (day - FIRST_DAY).days) % 745
    return [f"{m // 60:02d}:{m % 60:02d}" for m in (first, first + 745) if m < 1440]


def _ke_tides(day: dt.date) -> str:
    times = " na ".join(high_tides(day))
    return f"🌊 Maji kujaa Mombasa {SWAHILI_WEEKDAYS[day.weekday()]}: {times}"


def _ke_dated(day: dt.date) -> str:
    if day < KE_REDESIGN:
        return (f"{SWAHILI_WEEKDAYS[day.weekday()]}, {day.day} {SWAHILI_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} · Mombasa"


def _ke_notice() -> Wordings:
    base = _steps((_OLD, "Tufuate kwenye Facebook na Twitter: @PwaniAsiliTrust"),
                  (KE_WHATSAPP.isoformat(), "📲 Pata habari zetu kwa WhatsApp: tuma neno "
                                            "HABARI kwa 0700 000 000"))
    news: list[Event] = [
        _vote("2017-08-08", "🗳️ Uchaguzi Mkuu: ofisi zetu zitafungwa siku ya kupiga kura",
              before=3, after=1),
        _span("2017-08-21", "2017-09-30", "🛍️ Marufuku ya mifuko ya plastiki: beba kikapu "
                                          "au mfuko mbadala"),
        _vote("2017-10-26", "🗳️ Uchaguzi wa marudio wa urais: ofisi zetu zitafungwa siku ya "
                            "kupiga kura", before=3, after=0),
        _span("2020-03-27", "2021-01-31", "🌙 Kafyu ya usiku: ofisi zimefungwa, wasiliana "
                                          "nasi kwa simu"),
    ]
    feasts = _yearly("06-01", 0, 0, lambda _: "🇰🇪 Heri ya Siku ya Madaraka")
    feasts += _yearly("06-05", 1, 0, lambda _: "🌍 Siku ya Mazingira Duniani: jiunge nasi "
                                               "kusafisha ufukwe")
    feasts += _yearly("06-08", 0, 0, lambda _: "🌊 Siku ya Bahari Duniani")
    feasts += _yearly("10-20", 0, 0, lambda _: "🇰🇪 Heri ya Siku ya Mashujaa")
    feasts += _yearly("12-12", 0, 0, lambda y: f"🇰🇪 Heri ya Siku ya Jamhuri: miaka "
                                               f"{y - 1963} ya uhuru")
    return _calendar(base, news, feasts)


def mombasa_style() -> PublisherStyle:
    """A Kenyan coastal conservation trust writing in Swahili (Mombasa): the Swahili weekday
    and date turned a slashed date with the town on World Environment Day 2018 (a wording
    per day), "Na" turned with the communications officer, "Soma pia:" once, a photo credit,
    the day's high tides, the monsoon winds, the long rains with turtle nesting and the short
    rains, a social line turned a messenger appeal and turned by two votes, the plastic-bag
    ban and the curfew, Madaraka, environment, oceans and heroes days and Jamhuri with its
    count, a donation appeal with amounts turned an emergency fund's, a membership price
    rising, the trust's description, its address and a rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="pwaniasili.or.ke", site="Pwani Asili Trust", base_size=45,
        subdomains=(("www.", 100),),
        sections=("habari", "kasa", "mikoko", "uvuvi", "elimu"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"kiasi": ("100", "250", "500", "1,000")},
        families=(
            _f("tarehe", HEADER, 0.6, *_by_day(_ke_dated)),
            _f("mwandishi", HEADER, 0.45, (_OLD, "Na {author}"),
               (KE_REDESIGN.isoformat(), "Imeandikwa na {author}, Afisa Mawasiliano")),
            _f("soma", MIDDLE, 0.2, (_OLD, "Soma pia: {other_title}")),
            _f("picha", MIDDLE, 0.15, (_OLD, "Picha: {author2}")),
            _f("maji", FOOTER, 0.2, *_by_day(_ke_tides)),
            _f("msimu", FOOTER, 0.15, *_seasons(
                ("01-01", "☀️ Kaskazi: bahari shwari, wakati mzuri wa kuhesabu samaki "
                          "miambani"),
                ("04-01", "🐢 Masika: kasa wanataga mayai ufukweni, usiwamulike kwa tochi "
                          "usiku"),
                ("10-15", "🌧️ Vuli: mvua fupi zimeanza, tunapanda miche ya mikoko"))),
            _f("tangazo", FOOTER, 0.3, *_ke_notice()),
            _f("changia", FOOTER, 0.15, (_OLD, "Changia uhifadhi wa pwani kupitia M-Pesa, "
                                               "Paybill 000000"),
               (KE_PAYBILL.isoformat(), "Changia kuanzia KSh {kiasi} kupitia M-Pesa, Paybill "
                                        "000000, akaunti KASA"),
               (KE_EMERGENCY.isoformat(), "Changia mfuko wa dharura wa wavuvi: KSh 500 "
                                          "zinanunua chakula cha familia kwa siku tatu")),
            _f("uanachama", FOOTER, 0.12, (_OLD, "Kuwa mwanachama: KSh 1,000 kwa mwaka"),
               ("2019-01-01", "Kuwa mwanachama: KSh 1,500 kwa mwaka, wanafunzi KSh 500")),
            _f("kuhusu", FOOTER, 0.3, (_OLD, "Pwani Asili Trust ni shirika lisilo la kiserikali "
                                             "linalohifadhi fukwe, mikoko na viumbe wa "
                                             "baharini.")),
            _f("anwani", FOOTER, 0.3, (_OLD, "S.L.P. 00000-80100, Mombasa · "
                                             "info@pwaniasili.or.ke")),
            _f("haki", FOOTER, 0.35, (_OLD, "© {year} Pwani Asili Trust. Haki zote "
                                            "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: idadi ya viota vya kasa "
                                                   "iliyotajwa awali haikuwa sahihi.")),
        ),
    )


# --- a Welsh and English valley museum (Teifi valley) ----------------------------------------

CY_REDESIGN = dt.date(2019, 3, 1)  # relaunched on St David's Day
CY_NEWSLETTER = dt.date(2018, 9, 3)
CY_GIFT_AID = dt.date(2017, 4, 3)

EISTEDDFOD = {2015: ("2015-08-01", "Meifod"), 2016: ("2016-07-30", "Y Fenni"),
              2017: ("2017-08-05", "Ynys Môn"), 2018: ("2018-08-04", "Caerdydd"),
              2019: ("2019-08-03", "Llanrwst"), 2020: ("2020-08-01", "")}


def opening_hours(day: dt.date) -> str | None:
    """The museum's hours on `day` (None when it is closed): longer from April to October,
    closed on Mondays, and on Sundays and Tuesdays too in the winter."""
    summer = 4 <= day.month <= 10
    if day.weekday() == 0 or (not summer and day.weekday() in (1, 6)):
        return None
    if day.weekday() == 6:
        return "11:00–16:00"
    return "10:00–16:30" if summer else "10:00–15:30"


def _cy_hours(day: dt.date) -> str:
    welsh, english = WELSH_WEEKDAYS[day.weekday()], ENGLISH_WEEKDAYS[day.weekday()]
    hours = opening_hours(day)
    if hours is None:
        return f"🕙 Ar gau heddiw ({welsh}) | Closed today ({english})"
    return f"🕙 Ar agor heddiw ({welsh}) {hours} | Open today ({english}) {hours}"


def _cy_dated(day: dt.date) -> str:
    if day < CY_REDESIGN:
        return (f"{day.day} {WELSH_MONTHS[day.month - 1]} {day.year} | {day.day} "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")
    return (f"{WELSH_WEEKDAYS[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year} / "
            f"{ENGLISH_WEEKDAYS[day.weekday()]}")


def _cy_eisteddfod(y: int) -> str:
    place = EISTEDDFOD[y][1]
    if not place:
        return "🎪 Dim Eisteddfod eleni: AmGen ar-lein | No Eisteddfod this year: AmGen online"
    return f"🎪 Eisteddfod Genedlaethol {place} {y}: dewch i'n stondin | visit our stand"


def _cy_notice() -> Wordings:
    base = _steps((_OLD, "Dilynwch ni ar Facebook | Follow us on Facebook"),
                  (CY_NEWSLETTER.isoformat(), "📩 Cylchlythyr: cofrestrwch am ein digwyddiadau "
                                              "| Newsletter: sign up for our events"))
    news: list[Event] = [
        _span("2020-03-17", "2020-08-09", "Mae'r Amgueddfa ar gau | The Museum is closed until "
                                          "further notice"),
        _span("2020-08-10", "2020-10-22", "Ar agor eto: archebwch docyn am ddim | Open again: "
                                          "book a free timed ticket"),
        _span("2020-10-23", "2020-11-08", "Cyfnod atal byr: ar gau tan 9 Tachwedd | Firebreak: "
                                          "closed until 9 November"),
        _span("2020-12-19", "2021-01-31", "Ar gau dan lefel rhybudd 4 | Closed under alert "
                                          "level 4"),
    ]
    feasts = _yearly("03-01", 0, 0, lambda _: "🏴 Dydd Gŵyl Dewi Hapus | Happy St David's Day")
    feasts += _movable(lambda y: dt.date.fromisoformat(EISTEDDFOD[y][0]), 3, 7, _cy_eisteddfod)
    feasts += _yearly("12-24", 3, 2, lambda _: "🎄 Ar gau 24–26 Rhagfyr | Closed 24–26 "
                                               "December")
    return _calendar(base, feasts, news)  # the Eisteddfod's online year breaks in


def teifi_style() -> PublisherStyle:
    """A small Welsh and English valley museum (Teifi valley): the date in Welsh and in
    English turned the Welsh weekday, a dotted date and the English weekday on St David's
    Day 2019 (a wording per day), a bilingual byline, a bilingual see-also once, the day's
    opening hours by weekday and season, the holidays, schools and Christmas fair, a social
    line turned a newsletter appeal and turned by four closures and reopenings in 2020, St
    David's Day, the Eisteddfod by its town (held online in 2020) and the Christmas closure,
    a donation appeal turned Gift Aid, a Friends' price rising, the charity number and a
    rights line (a block), a rare flood closure."""
    return PublisherStyle(
        domain="amgueddfateifi.cymru", site="Amgueddfa Dyffryn Teifi", base_size=30,
        subdomains=(("", 100),),
        sections=("newyddion", "casgliadau", "digwyddiadau"),
        n_authors=2, url_path="/newyddion/{slug}",
        families=(
            _f("dyddiad", HEADER, 0.55, *_by_day(_cy_dated)),
            _f("gan", HEADER, 0.4, (_OLD, "Gan / By {author}")),
            _f("gweler", MIDDLE, 0.15, (_OLD, "Gweler hefyd | See also: {other_title}")),
            _f("oriau", FOOTER, 0.25, *_by_day(_cy_hours)),
            _f("tymor", FOOTER, 0.15, *_seasons(
                ("01-10", "🧵 Gweithdai crefft y gaeaf a'r gwanwyn | Winter and spring craft "
                          "workshops: book a place"),
                ("07-20", "☀️ Gwyliau'r haf: gweithgareddau i deuluoedd bob dydd Mercher | "
                          "Summer holidays: family activities every Wednesday"),
                ("09-01", "🎒 Ysgolion: archebwch ymweliad a gweithdy | Schools: book a visit "
                          "and a workshop"),
                ("12-01", "🎄 Ffair Nadolig y Sadwrn cyntaf o Ragfyr | Christmas fair on the "
                          "first Saturday of December"))),
            _f("hysbysiad", FOOTER, 0.3, *_cy_notice()),
            _f("rhodd", FOOTER, 0.2, (_OLD, "Mynediad am ddim: rhowch rodd os gallwch | Free "
                                            "entry: please donate if you can"),
               (CY_GIFT_AID.isoformat(), "Rhodd Cymorth | Gift Aid: add 25p to every £1 you "
                                         "give, at no cost to you")),
            _f("cyfeillion", FOOTER, 0.12, (_OLD, "Ymunwch â'r Cyfeillion | Join the Friends: "
                                                  "£15 a year"),
               ("2019-04-01", "Ymunwch â'r Cyfeillion | Join the Friends: £18 a year")),
            _f("elusen", FOOTER, 0.4, (_OLD, "Elusen gofrestredig rhif 1000000 | Registered "
                                             "charity no. 1000000")),
            _f("hawlfraint", FOOTER, 0.35, (_OLD, "© {year} Amgueddfa Dyffryn Teifi")),
            _f("llifogydd", HEADER, 0.04, (_OLD, "⚠️ Ar gau heddiw oherwydd llifogydd | Closed "
                                                 "today because of flooding")),
        ),
    )


def heldout110_styles() -> list[PublisherStyle]:
    """The held-back-110 styles, in the order the generator hands them to publishers."""
    return [
        sandhorst_style(), prairiebend_style(), grenoble_style(), sendai_style(),
        sotorrio_style(), paraopeba_style(), daejeon_style(), amman_style(),
        akademgorodok_style(), lucknow_style(), mombasa_style(), teifi_style(),
    ]
