"""The ``held-back-185`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-184 set. It was
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
feeding-time line or an advertisement marker. The publishers are the news pages and members'
magazines of zoos, aquariums, botanic gardens and nature reserves in English, German,
Spanish, Czech, Japanese and Afrikaans: a British zoo run by a conservation charity, a German
Tierpark, an American public aquarium's newsroom, a Spanish zoo and aquarium, a Czech city
zoo, a Japanese city zoo, a South African nature reserve (in Afrikaans), a British botanic
garden's members' magazine, a German university botanic garden, an Argentinian wetland
reserve, a Japanese aquarium and a Czech botanic garden. The families are the kinds a crawl
of such sites holds: dates localised day by day in English, German, Spanish (Spain and
Argentina), Czech (months in the genitive), Japanese (the Gregorian year turned the era's,
Heisei then Reiwa, with the weekday and the public-holiday mark) and Afrikaans, several
changing form on the day of a redesign; today's opening hours printed day by day (British and
German summer and winter time, American summer hours from Memorial Day weekend to Labor Day,
Czech hours by the month, Spanish seasons, South African summer and winter gate times, a
Japanese zoo's Monday closing moved to the next weekday after a public holiday, year-end
closing, Christmas, the 2020 closures and reopenings); opening times that change by the
season; a members' magazine's issue turning each quarter, "in flower this week" turning each
Monday and a plant of the month; feeding times, keeper talks, dolphin shows, guided walks,
sightings and births from pools mid-body, related links and advertisement markers (some up
to two times); ticket prices, annual passes, memberships, adoptions and conservation fees
that change over the years (Japan's consumption-tax rise of October 2019, South Africa's
tariffs each 1 November, Argentinian pesos year by year, Gift Aid prices each April);
adoption, membership, donation and volunteering appeals reworded in 2016-2020; seasonal
banners that follow the calendars of such places (Easter, summer holidays, Halloween,
illuminated winter trails, World Oceans Day, Sea Otter Awareness Week, Giving Tuesday,
snowdrop weekends, plant fairs, Golden Week, summer night openings, Heritage Day, wetlands
day, orchid shows, St Nicholas' Day, the 2020 pandemic); multi-line blocks (press-release
ends, about lines and media contacts, charity and copyright lines, imprints), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    easter,
    last_weekday,
    nth_weekday,
    ordinal,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESICU = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")  # Czech months in the genitive
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
YOUBI = "月火水木金土日"
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
          "September", "Oktober", "November", "Desember")
DAE = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")

# --- helpers of this set ------------------------------------------------------------------


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def summer_time(day: dt.date) -> bool:
    """Whether British and European summer time is in force on `day` (from the last Sunday
    of March to the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def between(day: dt.date, first: str, last: str) -> bool:
    """Whether `day` falls from ISO day `first` to ISO day `last`, both included."""
    return first <= day.isoformat() <= last


VERNAL = {2014: 21, 2015: 21, 2016: 20, 2017: 20, 2018: 21, 2019: 21, 2020: 20, 2021: 20}
AUTUMNAL = {2014: 23, 2015: 23, 2016: 22, 2017: 23, 2018: 23, 2019: 23, 2020: 22, 2021: 23}


@cache
def jp_holidays(y: int) -> frozenset[dt.date]:
    """Japan's public holidays in year `y` (2015-2021), substitute holidays included."""
    days = {dt.date(y, m, d) for m, d in ((1, 1), (2, 11), (4, 29), (5, 3), (5, 4), (5, 5),
                                          (11, 3), (11, 23))}
    days |= {dt.date(y, 3, VERNAL[y]), dt.date(y, 9, AUTUMNAL[y]), nth_weekday(y, 1, 0, 2),
             nth_weekday(y, 9, 0, 3)}
    if y <= 2018:
        days.add(dt.date(y, 12, 23))  # the Heisei emperor's birthday
    if y >= 2020:
        days.add(dt.date(y, 2, 23))  # the Reiwa emperor's birthday
    if y >= 2016:
        days.add(dt.date(y, 8, 10) if y == 2020 else dt.date(y, 8, 11))  # Mountain Day
    if y == 2020:  # moved for the Olympics (which then did not take place)
        days |= {dt.date(2020, 7, 23), dt.date(2020, 7, 24)}
    else:
        days |= {nth_weekday(y, 7, 0, 3), nth_weekday(y, 10, 0, 2)}
    if y == 2019:  # the enthronement
        days |= {dt.date(2019, 4, 30), dt.date(2019, 5, 1), dt.date(2019, 5, 2),
                 dt.date(2019, 10, 22)}
    if y == 2015:
        days.add(dt.date(2015, 9, 22))  # a citizens' holiday between two holidays
    for day in sorted(days):
        if day.weekday() == 6:  # a holiday on a Sunday: the next working day is off
            sub = day + ONE
            while sub in days:
                sub += ONE
            days.add(sub)
    return frozenset(days)


def jp_holiday(day: dt.date) -> bool:
    return day in jp_holidays(day.year)


def wareki(day: dt.date) -> str:
    """The year of `day` in the Japanese era: Heisei to 30 April 2019, then Reiwa (its first
    year written 元年)."""
    if day < dt.date(2019, 5, 1):
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


# --- a British zoo run by a conservation charity ------------------------------------------

HZ_REDESIGN = dt.date(2018, 3, 29)  # relaunched on the first day of the Easter holidays
HZ_TICKETS = dt.date(2019, 2, 1)
HZ_LOCKDOWNS = (("2020-03-21", "2020-06-14"), ("2020-11-05", "2020-12-01"),
                ("2021-01-05", "2021-04-11"))
HZ_PRICES = (("2014-03-01", ("£17.00", "£12.00")), ("2015-03-01", ("£17.95", "£12.95")),
             ("2016-03-01", ("£18.50", "£13.50")), ("2017-03-01", ("£19.00", "£14.00")),
             ("2018-03-01", ("£19.95", "£14.50")), ("2019-03-01", ("£20.95", "£15.50")),
             ("2020-03-01", ("£21.95", "£16.25")))
HZ_MEMBERSHIP = (("2014-01-01", "£59"), ("2016-01-01", "£64"), ("2018-01-01", "£69"),
                 ("2020-01-01", "£72"))
HZ_ADOPTION = dt.date(2017, 9, 1)


def _hz_dated(day: dt.date) -> str:
    if day < HZ_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · "
            f"{{read_min}} min read")


def _hz_hours(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if any(between(day, a, b) for a, b in HZ_LOCKDOWNS):
        return f"The zoo is closed today, {when}, under national coronavirus restrictions."
    if (day.month, day.day) == (12, 25):
        return f"Closed today, {when}. We reopen on Boxing Day at 10am."
    hours = "10am–6pm (last entry 5pm)" if summer_time(day) else "10am–4pm (last entry 3pm)"
    if day.year == 2020 and day > dt.date(2020, 6, 14):
        return f"Open today, {when}: {hours}, pre-booked tickets only"
    return f"Open today, {when}: {hours}"


def zoo_lights_start(y: int) -> dt.date:
    """Zoo Lights opens on the last Friday of November."""
    return last_weekday(y, 11, 4)


@cache
def _hz_banner() -> Wordings:
    base = _steps((_OLD, "Plan your day: maps, talk times and feeding times at "
                         "harburyzoo.org.uk"),
                  (HZ_TICKETS.isoformat(), "🎟️ Book online and skip the queue: every ticket "
                                           "helps protect wildlife"))
    pandemic = [_span(a, b, "🐾 The zoo is closed, but our animals still need feeding. "
                            "Please donate if you can") for a, b in HZ_LOCKDOWNS]
    pandemic.append(_span("2020-06-15", "2020-07-31", "Welcome back! Tickets must be booked "
                                                      "in advance for a timed entry slot"))
    easter_hols = _movable(easter, 12, 7, lambda y: f"🐰 Easter Eggstravaganza {y}: an egg "
                                                    f"trail every day of the holidays")
    summer = _yearly("07-25", 0, 37, lambda y: "☀️ Summer holidays: open until 6pm with extra "
                                               "keeper talks every day")
    halloween = _yearly("10-31", 7, 0, lambda y: f"🎃 Spooky Zoo {y}: a trick-or-treat trail "
                                                 f"all half-term")
    lights = [(zoo_lights_start(y) - 14 * ONE, dt.date(y, 12, 31),
               f"✨ Harbury Zoo Lights {y}: evenings from {zoo_lights_start(y).day} November. "
               f"Book now") for y in YEARS]
    return _calendar(base, pandemic, easter_hols, summer, halloween, lights)


def harbury_style() -> PublisherStyle:
    """A British zoo run by a conservation charity: a category from a pool, "Posted on" with
    the ordinal date turned the weekday, the long date and the reading time on the first day
    of the 2018 Easter holidays (a wording per day), "By" turned "Words:" with the keeper's
    job from a pool, today's opening hours (a wording per day: British summer and winter
    hours, closed on Christmas Day and in the 2020 lockdowns, pre-booked tickets after),
    keeper talks, births and photo credits from pools and "You might also like:" (up to
    twice) mid-body, a banner reworded and turned by the Easter holidays, the summer
    holidays, Halloween, Zoo Lights and the pandemic, the gate prices (each March), an
    adoption appeal reworded, the membership price, the charity line and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="harburyzoo.org.uk", site="Harbury Zoo", base_size=250,
        subdomains=(("www.", 100),),
        sections=("animals", "conservation", "events", "learning", "news"),
        n_authors=10, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "category": ("Animal news", "Conservation", "Events", "Keeper diaries",
                         "Births and hatchings", "Zoo news"),
            "beat": ("Head of Mammals", "Curator of Birds", "Team Leader, Primates",
                     "Conservation Officer", "Senior Keeper, Reptiles", "Press Officer"),
            "talk": ("Penguin feed, 11.30am and 3pm at Penguin Cove", "Meet the meerkats, "
                     "12.15pm at the Kalahari Lodge", "Sea lion talk, 1.30pm at Seal Bay",
                     "Lemur walkthrough talk, 2.15pm", "Big cat talk, 11am at Tiger Ridge",
                     "Giraffe feed, 3.30pm at the Savannah House"),
            "birth": ("a male Rothschild's giraffe calf", "twin cotton-top tamarins",
                      "three Humboldt penguin chicks", "a Bornean orangutan infant",
                      "a female Grévy's zebra foal", "two Amur leopard cubs"),
            "photo": ("Harbury Zoo / Jess Whitlow", "Harbury Zoo", "Nick Armitage "
                      "Photography", "Harbury Zoological Society"),
            "adopt": ("a red panda", "a snow leopard", "a Humboldt penguin",
                      "a ring-tailed lemur", "an Asian elephant", "a Sumatran tiger"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_hz_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (HZ_REDESIGN.isoformat(), "Words: {author}, {author_beat}")),
            _f("hours", HEADER, 0.35, *_by_day(_hz_hours)),
            _f("banner", HEADER, 0.3, *_hz_banner()),
            _f("talk", MIDDLE, 0.3, (_OLD, "Daily keeper talk: {talk}")),
            _f("birth", MIDDLE, 0.12, (_OLD, "🐣 Recently born at Harbury Zoo: {birth}")),
            _f("related", MIDDLE, 0.4, (_OLD, "You might also like: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("prices", FOOTER, 0.2, *by_table(
                tuple((s, f"adult {a}, child (3–15) {c}") for s, (a, c) in HZ_PRICES),
                lambda v: f"Gate prices: {v}, under-3s free. Book online and save 10%.")),
            _f("adopt", FOOTER, 0.3,
               (_OLD, "Adopt an animal from £40 and help us care for it all year."),
               (HZ_ADOPTION.isoformat(), "🎁 Adopt {adopt} from £45: a certificate, a photo "
                                         "and a cuddly toy, and your support all year.")),
            _f("membership", FOOTER, 0.25, *by_table(HZ_MEMBERSHIP, lambda v: (
                f"Become a member: unlimited visits for a year from {v}."))),
            _f("charity", FOOTER, 0.4, (_OLD, "Harbury Zoo is run by Harbury Zoological "
                                              "Society, a conservation charity (registered "
                                              "charity no. 1064422).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Harbury Zoological Society")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong age for the calf.")),
        ),
    )


# --- a German Tierpark --------------------------------------------------------------------

TW_RELAUNCH = dt.date(2017, 4, 13)  # Maundy Thursday 2017
TW_ONLINE = dt.date(2019, 3, 1)
TW_PATEN = dt.date(2018, 1, 1)
TW_CLOSED = (("2020-03-17", "2020-05-05"), ("2020-11-02", "2021-01-31"))
TW_EINTRITT = (("2014-01-01", "Erwachsene 10,00 €, Kinder (3–15 Jahre) 5,00 €, Jahreskarte "
                              "45,00 €"),
               ("2016-01-01", "Erwachsene 11,00 €, Kinder (3–15 Jahre) 5,50 €, Jahreskarte "
                              "49,00 €"),
               ("2018-03-01", "Erwachsene 12,50 €, Kinder (3–15 Jahre) 6,00 €, Jahreskarte "
                              "55,00 €"),
               ("2020-01-01", "Erwachsene 13,50 €, Kinder (3–15 Jahre) 6,50 €, Jahreskarte "
                              "59,00 €"))


def _tw_datum(day: dt.date) -> str:
    if day < TW_RELAUNCH:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _tw_heute(day: dt.date) -> str:
    when = f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]}"
    if any(between(day, a, b) for a, b in TW_CLOSED):
        return f"Heute, {when}: Der Tierpark ist wegen der Corona-Verordnung geschlossen."
    if (day.month, day.day) in ((12, 24), (12, 31)):
        return f"Heute, {when}: geöffnet 9–13 Uhr, Kassenschluss 12 Uhr"
    if summer_time(day):
        return f"Heute, {when}: geöffnet 9–18 Uhr, Kassenschluss 17 Uhr"
    return f"Heute, {when}: geöffnet 9–16.30 Uhr, Kassenschluss 15.30 Uhr"


@cache
def _tw_hinweis() -> Wordings:
    base = _steps((_OLD, "Tipp: Mit der Jahreskarte ein Jahr lang so oft in den Tierpark, wie "
                         "Sie möchten"),
                  (TW_ONLINE.isoformat(), "Tickets jetzt online kaufen und an der Kasse nicht "
                                          "anstehen"))
    corona = [
        _span("2020-03-17", "2020-05-05", "Der Tierpark ist vorübergehend geschlossen. Helfen "
                                          "Sie uns mit einer Futterspende!"),
        _span("2020-05-06", "2020-10-31", "Wieder geöffnet: Bitte tragen Sie in den Häusern "
                                          "eine Maske und halten Sie Abstand"),
        _span("2020-11-02", "2021-01-31", "Der Tierpark ist erneut geschlossen – jede Spende "
                                          "hilft beim Futter"),
    ]
    ostern = _movable(easter, 3, 1, lambda y: f"🐣 Ostereiersuche im Tierpark am Ostersonntag "
                                              f"{y}")
    fest = _movable(lambda y: nth_weekday(y, 9, 6, 1), 10, 0,
                    lambda y: f"🎪 Tierparkfest am {nth_weekday(y, 9, 6, 1).day}. September "
                              f"{y}: Kinderprogramm und Blick hinter die Kulissen")
    advent = _yearly("12-01", 0, 22, lambda y: f"🎄 Advent im Tierpark {y}: Glühwein und "
                                               f"Weihnachtsfütterung an den Adventssonntagen")
    return _calendar(base, corona, ostern, fest, advent)


def wendelstadt_style() -> PublisherStyle:
    """A German Tierpark: a section from a pool, the numeric date turned the weekday and the
    long date on Maundy Thursday 2017 (a wording per day), "Von" turned the writer with the
    photographer, today's opening hours (a wording per day: summer and winter time, short
    hours on 24 and 31 December, the two closures of 2020), commented feedings from a pool,
    "Anzeige" (up to twice) and "Lesen Sie auch:" mid-body, a sponsorship appeal reworded,
    the year's prices, a tip reworded and turned by Easter, the Tierpark fête, Advent and the
    pandemic, the friends' society, the imprint and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="tierpark-wendelstadt.de", site="Tierpark Wendelstadt", base_size=220,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "tiere", "veranstaltungen", "artenschutz"),
        n_authors=5, url_path="/{section}/{slug}.html",
        pools={
            "rubrik": ("Tiergeschichten", "Nachwuchs", "Veranstaltungen", "Artenschutz",
                       "Bauprojekte", "Zooschule"),
            "fuetterung": ("Seehunde um 11 und 15.30 Uhr", "Pinguine um 14 Uhr",
                           "Erdmännchen um 13 Uhr", "Pelikane um 10.30 Uhr", "Fischotter um "
                           "15 Uhr", "Luchse am Sonntag um 14.30 Uhr"),
            "foto": ("Tierpark Wendelstadt", "Tierpark Wendelstadt/Heike Brandt",
                     "Zooverein Wendelstadt", "dpa"),
            "pate": ("Luchs", "Wisent", "Uhu", "Schneeeule", "Erdmännchen", "Zwergziege",
                     "Fischotter"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_tw_datum)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (TW_RELAUNCH.isoformat(), "Text: {author} · Fotos: {foto}")),
            _f("heute", HEADER, 0.35, *_by_day(_tw_heute)),
            _f("fuetterung", MIDDLE, 0.3, (_OLD, "Kommentierte Fütterung: {fuetterung}")),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("pate", FOOTER, 0.3,
               (_OLD, "Tierpate werden: Patenschaften gibt es schon ab 30 Euro im Jahr."),
               (TW_PATEN.isoformat(), "🐾 Tierpatenschaften ab 50 Euro im Jahr – gerade "
                                      "suchen Paten: {pate_list}")),
            _f("eintritt", FOOTER, 0.2, *by_table(TW_EINTRITT, lambda v: (
                f"Eintrittspreise: {v}"))),
            _f("hinweis", FOOTER, 0.3, *_tw_hinweis()),
            _f("verein", FOOTER, 0.25, (_OLD, "Zooverein Wendelstadt e. V. – jetzt Mitglied "
                                              "werden und den Tierpark unterstützen")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Tierpark Wendelstadt gGmbH · Am Tierpark 1 · "
                                                "34567 Wendelstadt")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Tierpark Wendelstadt")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version stand "
                                                 "ein falscher Name des Jungtiers.")),
        ),
    )


# --- an American public aquarium's newsroom -----------------------------------------------

CH_REDESIGN = dt.date(2017, 6, 8)  # World Oceans Day 2017
CH_TIMED = dt.date(2016, 5, 1)
CH_CLOSED = dt.date(2020, 3, 12)  # closed for the rest of the period
CH_ADMISSION = (("2014-07-01", "$39.95 adults, $24.95 children 3–12"),
                ("2016-07-01", "$44.95 adults, $29.95 children 3–12"),
                ("2018-07-01", "$49.95 adults, $29.95 children 3–12"),
                ("2019-07-01", "$49.95 adults, $34.95 children 3–12"))
CH_MEMBERSHIP = (("2014-01-01", "$225"), ("2017-01-01", "$240"), ("2019-07-01", "$260"))
CH_VISITORS = (("2014-01-15", ("1.8 million", 2013)), ("2015-01-15", ("1.9 million", 2014)),
               ("2016-01-15", ("1.9 million", 2015)), ("2017-01-15", ("2.0 million", 2016)),
               ("2018-01-15", ("2.1 million", 2017)), ("2019-01-15", ("2.0 million", 2018)),
               ("2020-01-15", ("2.2 million", 2019)))


def summer_season(y: int) -> tuple[dt.date, dt.date]:
    """Summer hours: from the Saturday of Memorial Day weekend to Labor Day."""
    return last_weekday(y, 5, 0) - 2 * ONE, nth_weekday(y, 9, 0, 1)


def _ch_dateline(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"CAPE HALCYON, Calif. ({AP_MONTHS[day.month - 1]} {day.day}, {day.year}) –"
    return (f"News release · {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def _ch_hours(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    if day >= CH_CLOSED:
        return f"Today ({when}): the aquarium is temporarily closed. Watch our live cams anytime."
    if (day.month, day.day) == (12, 25):
        return f"Today ({when}): closed for Christmas Day."
    first, last = summer_season(day.year)
    hours = "9 a.m.–8 p.m." if first <= day <= last else "10 a.m.–6 p.m."
    return f"Today's hours ({when}): {hours}"


def otter_week(y: int) -> dt.date:
    """Sea Otter Awareness Week: from the last Sunday of September."""
    return last_weekday(y, 9, 6)


@cache
def _ch_banner() -> Wordings:
    base = _steps((_OLD, "Plan your visit: hours, directions and tickets"),
                  (CH_TIMED.isoformat(), "Timed tickets are available online: plan your visit "
                                         "and skip the line"))
    closed = [(CH_CLOSED, None, "🐙 We're temporarily closed. Your gift to the Animal Care Fund "
                                "feeds our animals")]
    oceans = _yearly("06-08", 3, 0, lambda y: f"🌊 World Oceans Day {y}: free admission for "
                                              f"kids 12 and under")
    otters = _movable(otter_week, 0, 6, lambda y: f"🦦 Sea Otter Awareness Week {y}: otter "
                                                  f"talks every hour")
    giving = _movable(lambda y: thanksgiving(y) + 5 * ONE, 4, 0,
                      lambda y: f"💙 #GivingTuesday {y}: every gift is matched, dollar for "
                                f"dollar")
    return _calendar(base, closed, oceans, otters, giving)


def capehalcyon_style() -> PublisherStyle:
    """An American public aquarium's newsroom: "FOR IMMEDIATE RELEASE", the dateline with
    AP-style months turned "News release ·" with the weekday and the long date on World
    Oceans Day 2017 (a wording per day), today's hours (a wording per day: summer hours from
    Memorial Day weekend to Labor Day, closed on Christmas Day and from 12 March 2020), a
    banner reworded and turned by World Oceans Day, Sea Otter Awareness Week, Giving
    Tuesday and the closure, feeding times, species and photo credits from pools mid-body,
    the admission prices (each July), the membership price, a seafood-guide line, "###",
    the about line with last year's visitors (each 15 January) and the media contact (a
    block), a rare correction."""
    return PublisherStyle(
        domain="capehalcyonaquarium.org", site="Cape Halcyon Aquarium", base_size=195,
        subdomains=(("www.", 80), ("newsroom.", 20)),
        sections=("news-releases", "animals", "conservation", "events"),
        n_authors=4, url_path="/newsroom/{yyyy}/{slug}",
        pools={
            "feeding": ("Sea otter feeding: 10:30 a.m., 1:30 p.m. and 3:30 p.m.",
                        "Kelp forest dive show: 11:30 a.m. and 4 p.m.",
                        "Penguin feeding: 10:30 a.m. and 3 p.m.",
                        "Open sea feeding: 11 a.m.", "Shark talk: 2 p.m. at Shark Shallows"),
            "species": ("Southern sea otter (Enhydra lutris nereis)", "Giant Pacific octopus "
                        "(Enteroctopus dofleini)", "Leopard shark (Triakis semifasciata)",
                        "African penguin (Spheniscus demersus)", "Moon jelly (Aurelia aurita)",
                        "Giant sea bass (Stereolepis gigas)"),
            "photo": ("Cape Halcyon Aquarium", "Cape Halcyon Aquarium/Dana Ruiz",
                      "Cape Halcyon Aquarium/Marco Lindqvist"),
        },
        families=(
            _f("release", HEADER, 0.45, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("dateline", HEADER, 0.85, *_by_day(_ch_dateline)),
            _f("hours", HEADER, 0.3, *_by_day(_ch_hours)),
            _f("banner", HEADER, 0.3, *_ch_banner()),
            _f("feeding", MIDDLE, 0.3, (_OLD, "{feeding}")),
            _f("species", MIDDLE, 0.2, (_OLD, "Species: {species}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo courtesy of {photo}")),
            _f("admission", FOOTER, 0.2, *by_table(CH_ADMISSION, lambda v: (
                f"General admission: {v}; members free."))),
            _f("membership", FOOTER, 0.2, *by_table(CH_MEMBERSHIP, lambda v: (
                f"Family memberships start at {v} a year and include free parking."))),
            _f("seafood", FOOTER, 0.15, (_OLD, "Make ocean-friendly seafood choices: get the "
                                               "Sea Smart guide at "
                                               "capehalcyonaquarium.org/seasmart")),
            _f("hash", FOOTER, 0.45, (_OLD, "###")),
            _f("about", FOOTER, 0.45, *by_table(
                tuple((s, f"{n}|{y}") for s, (n, y) in CH_VISITORS),
                lambda v: (f"About Cape Halcyon Aquarium: a nonprofit public aquarium that "
                           f"welcomed {v.split('|')[0]} visitors in {v.split('|')[1]} and "
                           f"works to protect the Pacific Ocean."))),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: Communications, (831) 555-0186, "
                                            "press@capehalcyonaquarium.org")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: This release has been updated "
                                                  "with the correct age of the otter pup.")),
        ),
    )


# --- a Spanish zoo and aquarium -----------------------------------------------------------

ZV_REDESIGN = dt.date(2019, 4, 12)
ZV_ONLINE = dt.date(2017, 6, 1)
ZV_APADRINA = dt.date(2018, 5, 22)  # International Day for Biological Diversity
ZV_ALARMA = ("2020-03-14", "2020-06-19")
ZV_TARIFAS = (("2014-01-01", "22,50 €"), ("2016-01-01", "23,90 €"), ("2017-01-01", "24,50 €"),
              ("2018-01-01", "25,90 €"), ("2019-01-01", "26,90 €"), ("2020-01-01", "27,50 €"))


def _zv_fecha(day: dt.date) -> str:
    if day < ZV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publicado el {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


def _zv_horario(day: dt.date) -> str:
    when = f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]}"
    if between(day, *ZV_ALARMA):
        return f"Hoy, {when}, el parque permanece cerrado por el estado de alarma."
    if (day.month, day.day) in ((12, 25), (1, 1)):
        return f"Horario de hoy, {when}: de 12:00 a 18:00 h"
    close = "21:00" if day.month in (7, 8) else "19:30" if 4 <= day.month <= 10 else "18:00"
    return f"Horario de hoy, {when}: de 10:30 a {close} h"


@cache
def _zv_aviso() -> Wordings:
    base = _steps((_OLD, "Compra tu entrada online y evita colas"),
                  (ZV_ONLINE.isoformat(), "🎟️ Entradas online con un 15 % de descuento"))
    alarma = [_span(*ZV_ALARMA, "Cerrado temporalmente por el estado de alarma. ¡Te "
                                "esperamos pronto!"),
              _span("2020-06-20", "2020-09-30", "Reabrimos: aforo limitado y mascarilla "
                                                "obligatoria durante toda la visita")]
    semana_santa = _movable(easter, 7, 1, lambda y: f"Semana Santa {y}: abierto todos los "
                                                    f"días de 10:30 a 20:00")
    noches = _yearly("07-01", 0, 61, lambda y: f"🌙 Noches de verano {y}: los sábados de julio "
                                               f"y agosto, abiertos hasta las 23:00")
    halloween = _yearly("10-31", 6, 0, lambda y: f"🎃 Halloween {y} en el zoo: pasaje del "
                                                 f"terror para toda la familia")
    navidad = _yearly("12-22", 0, 15, lambda y: f"🎄 Navidad {y}: el Cartero Real visita el "
                                                f"zoo hasta el 5 de enero")
    return _calendar(base, alarma, semana_santa, noches, halloween, navidad)


def valdemora_style() -> PublisherStyle:
    """A Spanish zoo and aquarium: a section from a pool, the numeric date turned "Publicado
    el" with the weekday and the long date (a wording per day), today's hours (a wording per
    day: the season's closing time, short hours on Christmas Day and New Year's Day, the
    state of alarm), show times, births and "Te puede interesar:" mid-body, a banner
    reworded and turned by Holy Week, summer nights, Halloween, Christmas, the state of
    alarm and the reopening, an adoption appeal reworded, the year's ticket price, a social
    line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="zooacuariovaldemora.es", site="Zoo Acuario de Valdemora", base_size=170,
        subdomains=(("www.", 100),),
        sections=("noticias", "nacimientos", "conservacion", "educacion", "eventos"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("Noticias", "Nacimientos", "Conservación", "Educación", "Eventos"),
            "exhibicion": ("aves rapaces a las 12:00 y a las 16:30", "leones marinos a las "
                           "13:00 y a las 17:30", "delfines a las 12:30 y a las 16:00",
                           "pingüinos a las 11:30"),
            "nacimiento": ("una cría de jirafa", "dos cachorros de tigre de Sumatra",
                           "una cría de hipopótamo pigmeo", "tres polluelos de pingüino de "
                           "Humboldt", "una cría de panda rojo"),
            "apadrina": ("un lémur", "un pingüino", "una tortuga marina", "un panda rojo",
                         "un flamenco"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_zv_fecha)),
            _f("horario", HEADER, 0.3, *_by_day(_zv_horario)),
            _f("aviso", HEADER, 0.3, *_zv_aviso()),
            _f("exhibicion", MIDDLE, 0.3, (_OLD, "Exhibición de {exhibicion}")),
            _f("nacimiento", MIDDLE, 0.12, (_OLD, "Nuevo nacimiento en el zoo: {nacimiento}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("apadrina", FOOTER, 0.25,
               (_OLD, "Apadrina un animal desde 35 € al año y ayúdanos a cuidarlo."),
               (ZV_APADRINA.isoformat(), "🐾 Apadrina {apadrina} desde 45 € al año: recibirás "
                                         "un diploma y una visita exclusiva.")),
            _f("tarifas", FOOTER, 0.2, *by_table(ZV_TARIFAS, lambda v: (
                f"Entrada general: {v}. Niños de 3 a 7 años y mayores de 65, descuento del "
                f"20 %."))),
            _f("redes", FOOTER, 0.25, (_OLD, "Síguenos en Facebook, Instagram y Twitter: "
                                             "@zooacuariovaldemora")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Zoo Acuario de Valdemora · Aviso "
                                                 "legal · Política de cookies")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: la cría nació el martes, no el "
                                               "lunes.")),
        ),
    )


# --- a Czech city zoo ---------------------------------------------------------------------

ZH_REDESIGN = dt.date(2018, 10, 28)  # the centenary of Czechoslovakia
ZH_ONLINE = dt.date(2019, 5, 1)
ZH_ADOPCE = dt.date(2017, 1, 1)
ZH_CLOSED = (("2020-03-13", "2020-04-26"), ("2020-10-22", "2020-12-02"),
             ("2020-12-18", "2021-01-31"))
ZH_HOURS = {1: "9:00–16:00", 2: "9:00–16:00", 3: "9:00–17:00", 4: "9:00–18:00",
            5: "9:00–18:00", 6: "9:00–19:00", 7: "9:00–19:00", 8: "9:00–19:00",
            9: "9:00–18:00", 10: "9:00–17:00", 11: "9:00–16:00", 12: "9:00–16:00"}
ZH_VSTUPNE = (("2014-01-01", "dospělí 150 Kč, děti od 3 let 100 Kč"),
              ("2016-04-01", "dospělí 180 Kč, děti od 3 let 120 Kč"),
              ("2018-04-01", "dospělí 200 Kč, děti od 3 let 150 Kč"),
              ("2020-04-01", "dospělí 250 Kč, děti od 3 let 180 Kč"))


def _zh_datum(day: dt.date) -> str:
    if day < ZH_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICU[day.month - 1]} {day.year}"


def _zh_otevreno(day: dt.date) -> str:
    when = f"{DNY[day.weekday()]} {day.day}. {day.month}."
    if any(between(day, a, b) for a, b in ZH_CLOSED):
        return f"Dnes ({when}) je zoo uzavřena kvůli vládním opatřením."
    if (day.month, day.day) == (12, 24):
        return f"Dnes ({when}) máme otevřeno 9:00–14:00"
    return f"Dnes ({when}) máme otevřeno {ZH_HOURS[day.month]}"


@cache
def _zh_upozorneni() -> Wordings:
    base = _steps((_OLD, "Vstupenky můžete koupit i online"),
                  (ZH_ONLINE.isoformat(), "Kupte si vstupenku online a vyhněte se frontám u "
                                          "pokladen"))
    zavreno = [_span(a, b, "Zoo je uzavřena. Podpořte zvířata příspěvkem na krmení")
               for a, b in ZH_CLOSED]
    velikonoce = _movable(easter, 3, 1, lambda y: f"🐣 Velikonoce v zoo {y}: hledání vajíček "
                                                  f"a pomlázka pro návštěvníky")
    mikulas = _yearly("12-06", 5, 0, lambda y: f"Mikulášská nadílka pro zvířata {y}: 6. "
                                               f"prosince od 10 hodin u pavilonu slonů")
    return _calendar(base, zavreno, velikonoce, mikulas)


def hradiste_style() -> PublisherStyle:
    """A Czech city zoo: a section from a pool, the numeric date with spaces turned the
    weekday and the month in the genitive on the centenary of Czechoslovakia (a wording per
    day), today's opening hours by the month (a wording per day: short hours on Christmas
    Eve, the three closures of 2020), commented feedings and births from pools mid-body, a
    notice reworded and turned by Easter, St Nicholas' gifts for the animals and the
    closures, an adoption appeal reworded, the season's admission (each April), a
    fundraising account, the press contact and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="zoohradiste.cz", site="Zoo Hradiště", base_size=150,
        subdomains=(("www.", 100),),
        sections=("aktuality", "mladata", "akce", "ochrana-prirody"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrika": ("Aktuality", "Mláďata", "Akce", "Ochrana přírody", "Tiskové zprávy"),
            "krmeni": ("lachtani v 10:30 a 15:30", "tučňáci ve 14:00", "sloni v 11:00",
                       "surikaty ve 13:00", "vydry v 15:00"),
            "mlade": ("samička žirafy Rothschildovy", "dvojčata tamarína pinčího",
                      "mládě orangutana bornejského", "tři mláďata surikaty",
                      "hříbě koně Převalského"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_zh_datum)),
            _f("otevreno", HEADER, 0.35, *_by_day(_zh_otevreno)),
            _f("upozorneni", HEADER, 0.25, *_zh_upozorneni()),
            _f("krmeni", MIDDLE, 0.3, (_OLD, "Komentované krmení: {krmeni}")),
            _f("mlade", MIDDLE, 0.12, (_OLD, "Nové mládě: {mlade}")),
            _f("adopce", FOOTER, 0.3,
               (_OLD, "Staňte se adoptivním rodičem – adopce od 500 Kč ročně."),
               (ZH_ADOPCE.isoformat(), "Adoptujte zvíře! Za adopci od 1 000 Kč ročně vás "
                                       "uvedeme na tabulce u výběhu.")),
            _f("vstupne", FOOTER, 0.2, *by_table(ZH_VSTUPNE, lambda v: (
                f"Vstupné (hlavní sezona): {v}"))),
            _f("sbirka", FOOTER, 0.15, (_OLD, "Podpořte chov ohrožených druhů: sbírkový účet "
                                              "123456789/0800")),
            _f("kontakt", FOOTER, 0.25, (_OLD, "Kontakt pro média: tiskové oddělení, tel. "
                                               "720 555 148, media@zoohradiste.cz")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Zoologická zahrada Hradiště, "
                                                 "příspěvková organizace")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: V původní verzi článku bylo uvedeno "
                                              "chybné datum narození.")),
        ),
    )


# --- a Japanese city zoo ------------------------------------------------------------------

SD_REDESIGN = dt.date(2018, 4, 1)  # the start of the fiscal year
SD_SUPPORTER = dt.date(2018, 4, 1)
SD_CLOSED = ("2020-02-29", "2020-05-31")
SD_NYUENRYO = (("2014-04-01", "一般 500円／高校生 200円／中学生以下 無料"),
               ("2017-04-01", "一般 600円／高校生 200円／中学生以下 無料"),
               ("2019-10-01", "一般 610円／高校生 200円／中学生以下 無料"))  # tax at 10%


def sd_closed(day: dt.date) -> bool:
    """The zoo's closing days: Mondays (after a public holiday on a Monday, the next weekday
    that is not a holiday) and 29 December to 1 January."""
    if (day.month, day.day) in ((12, 29), (12, 30), (12, 31), (1, 1)):
        return True
    if day.weekday() == 0:
        return not jp_holiday(day)
    if day.weekday() > 4 or jp_holiday(day):
        return False
    k = day - ONE
    while jp_holiday(k) and k.weekday() != 6:
        if k.weekday() == 0:
            return True
        k -= ONE
    return False


def _youbi(day: dt.date) -> str:
    return YOUBI[day.weekday()] + ("・祝" if jp_holiday(day) else "")


def _sd_hizuke(day: dt.date) -> str:
    if day < SD_REDESIGN:
        return f"掲載日：{day.year}年{day.month}月{day.day}日"
    return f"更新日：{wareki(day)}{day.month}月{day.day}日（{_youbi(day)}）"


def _sd_kaien(day: dt.date) -> str:
    when = f"本日{day.month}月{day.day}日（{_youbi(day)}）"
    if between(day, *SD_CLOSED):
        return f"{when}は臨時休園中です"
    if sd_closed(day):
        return f"{when}は休園日です"
    return f"{when}は開園しています（9:30～16:30、入園は16:00まで）"


@cache
def _sd_oshirase() -> Wordings:
    base = _steps((_OLD, "駐車場の台数には限りがあります。公共交通機関をご利用ください"))
    corona = [_span("2020-02-27", "2020-05-31", "新型コロナウイルス感染症拡大防止のため臨時休園"
                                                "しています"),
              _span("2020-06-01", "2020-09-30", "ご来園の際はマスクの着用と手指の消毒にご協力"
                                                "ください")]
    gw = _yearly("04-29", 0, 6, lambda y: "ゴールデンウィーク期間中は月曜日も開園します")
    night = _yearly("08-10", 2, 6, lambda y: f"夏の夜間開園「ナイトZOO {y}」：8月中旬の"
                                             f"9日間は20時まで開園")
    nenmatsu = _yearly("12-29", 5, 3, lambda y: f"年末年始（{y}年12月29日～{y + 1}年1月1日）"
                                                f"は休園します")
    return _calendar(base, corona, gw, night, nenmatsu)


def sakuradai_style() -> PublisherStyle:
    """A Japanese city zoo: a category from a pool, "掲載日" with the Gregorian date turned
    "更新日" with the era's year (Heisei, then Reiwa from 1 May 2019), the weekday and the
    holiday mark at the start of the 2018 fiscal year (a wording per day), whether the zoo
    is open today (a wording per day: Mondays closed, or the next weekday after a Monday
    holiday, the year-end closing and the 2020 closure), feeding times and births from
    pools and "関連記事" mid-body, the admission prices (raised in 2017 and with the
    consumption tax in October 2019), a supporters' appeal reworded, a notice turned by
    Golden Week, the summer night zoo, the year-end closing and the pandemic, the enquiries
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sakuradai-zoo.jp", site="市立さくら台動物園", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "event", "animal"),
        n_authors=3, url_path="/{section}/{yyyy}{mm}{dd}.html",
        pools={
            "kubun": ("お知らせ", "イベント", "動物情報", "赤ちゃん誕生", "飼育員ブログ"),
            "mogu": ("ペンギン 11:00～", "カピバラ 13:30～", "ホッキョクグマ 14:00～",
                     "レッサーパンダ 15:00～", "アジアゾウ 10:30～"),
            "akachan": ("アミメキリンのオス", "レッサーパンダの双子", "カピバラ5頭",
                        "ニホンザルのメス", "フンボルトペンギンのヒナ2羽"),
        },
        families=(
            _f("kubun", HEADER, 0.45, (_OLD, "{kubun}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_sd_hizuke)),
            _f("kaien", HEADER, 0.35, *_by_day(_sd_kaien)),
            _f("mogumogu", MIDDLE, 0.3, (_OLD, "もぐもぐタイム：{mogu}")),
            _f("akachan", MIDDLE, 0.1, (_OLD, "赤ちゃん誕生：{akachan}")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "関連記事：{other_title}")),
            _f("nyuenryo", FOOTER, 0.2, *by_table(SD_NYUENRYO, lambda v: f"入園料：{v}")),
            _f("supporter", FOOTER, 0.25,
               (_OLD, "動物サポーターを募集しています（年間1口5,000円）。"),
               (SD_SUPPORTER.isoformat(), "🐘 動物サポーター募集中！1口5,000円から。お名前を"
                                          "園内のサポーターボードに掲示します。")),
            _f("oshirase", FOOTER, 0.3, *_sd_oshirase()),
            _f("toiawase", FOOTER, 0.35, (_OLD, "お問い合わせ：市立さくら台動物園 "
                                                "電話 047-555-0123")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © 市立さくら台動物園 All Rights "
                                                 "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の誕生日に誤りがありましたので"
                                              "訂正しました。")),
        ),
    )


# --- a South African nature reserve (in Afrikaans) ----------------------------------------

KV_REDESIGN = dt.date(2017, 9, 24)  # Heritage Day 2017
KV_LIDMAATSKAP = dt.date(2018, 3, 1)
KV_LOCKDOWN = ("2020-03-27", "2020-05-31")
KV_BEWARING = (("2014-11-01", "R60 per volwassene, R30 per kind"),
               ("2015-11-01", "R65 per volwassene, R32 per kind"),
               ("2016-11-01", "R70 per volwassene, R35 per kind"),
               ("2017-11-01", "R76 per volwassene, R38 per kind"),
               ("2018-11-01", "R80 per volwassene, R40 per kind"),
               ("2019-11-01", "R88 per volwassene, R44 per kind"),
               ("2020-11-01", "R95 per volwassene, R48 per kind"))


def _kv_datum(day: dt.date) -> str:
    if day < KV_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{DAE[day.weekday()]} {day.day} {MAANDE[day.month - 1]} {day.year}"


def _kv_hekke(day: dt.date) -> str:
    when = f"{DAE[day.weekday()]} {day.day} {MAANDE[day.month - 1]}"
    if between(day, *KV_LOCKDOWN):
        return f"Die reservaat is vandag ({when}) gesluit weens die inperking."
    times = "06:00–19:00" if day.month >= 10 or day.month <= 3 else "07:00–18:00"
    return f"Hektye vandag ({when}): {times}. Laaste toegang een uur voor sluiting."


@cache
def _kv_kennisgewing() -> Wordings:
    base = _steps((_OLD, "Bespreek jou oornagverblyf aanlyn by karooveld.co.za"))
    inperking = [_span(*KV_LOCKDOWN, "Gesluit tydens die inperking tot verdere kennisgewing"),
                 _span("2020-06-01", "2020-09-30", "Heropen vir dagbesoekers: 'n masker is "
                                                   "verpligtend by die hek")]
    vakansie = _yearly("12-10", 0, 30, lambda y: f"Skoolvakansie {y}/{y + 1 - 2000:02d}: "
                                                 f"bespreek vroegtydig, die kampe is byna vol")
    erfenis = _yearly("09-24", 4, 0, lambda y: f"Erfenisdag {y}: braai by die piekniekterrein, "
                                               f"hekke oop tot 19:00")
    brand = _yearly("07-01", 0, 75, lambda y: "🔥 Brandgevaar is hoog: geen vure buite die "
                                              "aangewese braaiplekke nie")
    return _calendar(base, inperking, erfenis, vakansie, brand)


def karooveld_style() -> PublisherStyle:
    """A South African nature reserve, in Afrikaans: a section from a pool, the numeric date
    (year first) turned the weekday and the long date on Heritage Day 2017 (a wording per
    day), "Deur", today's gate times (a wording per day: summer and winter times, the 2020
    lockdown), sightings, photo credits and "Lees ook:" mid-body, the daily conservation fee
    (each 1 November), a friends' appeal reworded, a notice turned by Heritage Day, the
    school holidays, the fire season and the lockdown, the reserve's rules and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="karooveld.co.za", site="Karooveld Natuurreservaat", base_size=110,
        subdomains=(("www.", 100),),
        sections=("nuus", "bewaring", "voels", "geleenthede"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "afdeling": ("Nuus", "Bewaring", "Voëls", "Geleenthede", "Navorsing"),
            "waarneming": ("'n Bruin hiëna by die Gemsbokdam", "twee jagluiperds naby die "
                           "Kameeldoring-uitkyk", "'n witrenoster met 'n kalf by Renosterpan",
                           "bloukraanvoëls in die vlei", "'n rooikat op die Klipkoppie-pad"),
            "foto": ("Karooveld Natuurreservaat", "Annelie Botha", "Pieter du Toit",
                     "Vriende van Karooveld"),
        },
        families=(
            _f("afdeling", HEADER, 0.45, (_OLD, "{afdeling}")),
            _f("datum", HEADER, 0.85, *_by_day(_kv_datum)),
            _f("skrywer", HEADER, 0.5, (_OLD, "Deur {author}")),
            _f("hekke", HEADER, 0.3, *_by_day(_kv_hekke)),
            _f("waarneming", MIDDLE, 0.25, (_OLD, "Onlangse waarneming: {waarneming}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("lees", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}")),
            _f("bewaringsgeld", FOOTER, 0.2, *by_table(KV_BEWARING, lambda v: (
                f"Daaglikse bewaringsgeld: {v}. Wild Card-houers gratis."))),
            _f("vriende", FOOTER, 0.25,
               (_OLD, "Word 'n Vriend van Karooveld en help ons die veld bewaar."),
               (KV_LIDMAATSKAP.isoformat(), "Sluit aan by die Vriende van Karooveld: "
                                            "lidmaatskap vanaf R350 per jaar.")),
            _f("kennisgewing", HEADER, 0.25, *_kv_kennisgewing()),
            _f("reels", FOOTER, 0.2, (_OLD, "Bly asseblief in jou voertuig, behalwe by die "
                                            "aangewese plekke. Spoedgrens: 40 km/h.")),
            _f("kopiereg", FOOTER, 0.35, (_OLD, "Kopiereg © {year} Karooveld "
                                                "Natuurreservaat. Alle regte voorbehou.")),
            _f("regstelling", HEADER, 0.04, (_OLD, "Regstelling: 'n Vorige weergawe het die "
                                                   "verkeerde datum vir die voëltelling "
                                                   "gegee.")),
        ),
    )


# --- a British botanic garden's members' magazine -----------------------------------------

GB_REDESIGN = dt.date(2019, 5, 1)
GB_MEMBERS = (("2014-01-01", "£42"), ("2017-01-09", "£48"), ("2020-01-06", "£52"))
GB_ADMISSION = (("2014-04-01", "£9.50 (£10.45 with Gift Aid)"),
                ("2016-04-01", "£10.00 (£11.00 with Gift Aid)"),
                ("2018-04-01", "£11.00 (£12.10 with Gift Aid)"),
                ("2020-04-01", "£11.50 (£12.65 with Gift Aid)"))
GB_FIRST_ISSUE = 47  # Winter 2014/15
FLOWERING = {1: "witch hazels, snowdrops and winter aconites",
             2: "snowdrops, hellebores and early crocuses",
             3: "daffodils, magnolias and camellias",
             4: "tulips, cherries and rhododendrons",
             5: "bluebells, azaleas and the wisteria walk",
             6: "roses, peonies and the alpine meadow",
             7: "lavender, lilies and the water lilies in the lily house",
             8: "dahlias, agapanthus and the tropical border",
             9: "asters, salvias and the late grasses",
             10: "autumn colour in the arboretum and nerines",
             11: "the last of the autumn colour and winter berries",
             12: "winter-flowering honeysuckle and the first witch hazels"}


def magazine_issue(day: dt.date) -> tuple[str, int]:
    """The season and number of the members' magazine out on `day` (a new issue on the
    first of March, June, September and December)."""
    starts = (3, 6, 9, 12)
    quarter = sum(m <= day.month for m in starts)  # 0: still the winter issue
    year, index = (day.year - 1, 3) if quarter == 0 else (day.year, quarter - 1)
    number = GB_FIRST_ISSUE + (year - 2014) * 4 + index - 3
    names = ("Spring", "Summer", "Autumn", "Winter")
    season = (f"{names[index]} {year}" if index < 3 else
              f"Winter {year}/{(year + 1) % 100:02d}")
    return season, number


def _gb_issue(day: dt.date) -> str:
    season, number = magazine_issue(day)
    return f"From Greywell Magazine, {season} (issue {number})"


def _gb_dated(day: dt.date) -> str:
    if day < GB_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Garden news · {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _gb_flowering(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    return (f"In flower this week (w/c {monday.day} {MONTHS[monday.month - 1]}): "
            f"{FLOWERING[monday.month]}")


def _gb_hours(day: dt.date) -> str:
    if between(day, "2020-03-23", "2020-05-31"):
        return "The garden is closed until further notice. Members' renewals are extended."
    if (day.month, day.day) in ((12, 25), (12, 26)):
        return "The garden is closed on Christmas Day and Boxing Day."
    hours = ("open daily 10am–6pm (glasshouses close at 5pm)" if summer_time(day) else
             "open daily 10am–4pm (glasshouses close at 3.45pm)")
    if day >= dt.date(2020, 6, 1):
        return f"The garden is {hours}. Everyone, members too, must pre-book a timed slot."
    return f"The garden is {hours}."


def plant_fair(y: int) -> dt.date:
    """The spring plant fair: the first Sunday of May."""
    return nth_weekday(y, 5, 6, 1)


@cache
def _gb_whatson() -> Wordings:
    base = _steps((_OLD, "What's on: talks, workshops and family trails all year round"))
    closed = [_span("2020-03-23", "2020-05-31", "🌿 The garden is closed, but our gardeners "
                                                "are still at work. Support us with a gift")]
    snowdrops = _yearly("02-01", 0, 13, lambda y: f"❄️ Snowdrop fortnight {y}: more than 300 "
                                                  f"varieties along the woodland walk")
    fair = _movable(plant_fair, 10, 0, lambda y: f"🌱 Spring Plant Fair, Sunday "
                                                 f"{plant_fair(y).day} May {y}: 40 specialist "
                                                 f"nurseries")
    glow = _yearly("12-01", 0, 30, lambda y: f"✨ Greywell Glow {y}: an illuminated trail "
                                             f"through the winter garden")
    return _calendar(base, closed, snowdrops, fair, glow)


def greywell_style() -> PublisherStyle:
    """A British botanic garden's members' magazine: the magazine's issue (a new one each
    quarter), the long date turned "Garden news ·" on 1 May 2019 (a wording per day),
    "Words by" turned "By" with the writer's role, "In flower this week" (a wording per
    week, from each Monday), a what's-on banner turned by the snowdrop fortnight, the plant
    fair, the winter illuminations and the 2020 closure, plant profiles and photo credits
    from pools mid-body, the opening times by British summer and winter time (closed at
    Christmas and in the 2020 lockdown, pre-booking after), adult admission with Gift Aid
    (each April), the membership price reworded, the charity line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="greywellbotanic.org.uk", site="Greywell Botanic Garden", base_size=90,
        subdomains=(("www.", 100),),
        sections=("garden-news", "magazine", "plants", "events"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "beat": ("Curator", "Head of Horticulture", "Glasshouse Supervisor",
                     "Volunteer Guide", "Membership Manager"),
            "plant": ("Magnolia campbellii", "Davidia involucrata", "Victoria amazonica",
                      "Paeonia rockii", "Cornus kousa var. chinensis",
                      "Rhododendron 'Loderi King George'", "Galanthus 'S. Arnott'"),
            "photo": ("Greywell Botanic Garden", "Ruth Pemberton", "Greywell Botanic Garden / "
                      "Sam Oduya"),
        },
        families=(
            _f("issue", HEADER, 0.4, *_by_day(_gb_issue)),
            _f("dated", HEADER, 0.8, *_by_day(_gb_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Words by {author}"),
               (GB_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("flowering", HEADER, 0.25, *_by_day(_gb_flowering)),
            _f("whatson", HEADER, 0.25, *_gb_whatson()),
            _f("plant", MIDDLE, 0.3, (_OLD, "Plant profile: {plant}")),
            _f("caption", MIDDLE, 0.25, (_OLD, "Photograph: {photo}")),
            _f("hours", FOOTER, 0.3, *_by_day(_gb_hours)),
            _f("admission", FOOTER, 0.2, *by_table(GB_ADMISSION, lambda v: (
                f"Adult admission {v}; members and under-16s free."))),
            _f("members", FOOTER, 0.3, *by_table(GB_MEMBERS, lambda v: (
                f"Membership from {v} a year: free entry, four issues of Greywell Magazine "
                f"and 10% off at the plant centre."))),
            _f("charity", FOOTER, 0.35, (_OLD, "Greywell Botanic Garden Trust is a registered "
                                               "charity in England and Wales (no. 1098231).")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Greywell Botanic Garden Trust {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the print edition misnamed the "
                                                  "cultivar; it is corrected here.")),
        ),
    )


# --- a German university botanic garden ---------------------------------------------------

BE_REDESIGN = dt.date(2018, 5, 18)  # International Museum Day 2018
BE_GEWAECHSHAUS = dt.date(2019, 1, 1)
PFLANZEN = ("Christrose", "Zaubernuss", "Winterling", "Kuhschelle", "Bärlauch", "Türkenbund",
            "Titanwurz", "Riesenseerose", "Lotusblume", "Herbstzeitlose", "Pfaffenhütchen",
            "Mistel", "Kaffeestrauch", "Kannenpflanze", "Ginkgo", "Frauenschuh", "Edelweiß")


def plant_of_month(y: int, m: int) -> str:
    return PFLANZEN[(y * 12 + m) % len(PFLANZEN)]


def _be_datum(day: dt.date) -> str:
    if day < BE_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year}"


def _be_pdm(day: dt.date) -> str:
    return (f"Pflanze des Monats {MONATE[day.month - 1]} {day.year}: "
            f"{plant_of_month(day.year, day.month)}")


BE_SOMMER = "Öffnungszeiten April bis Oktober: Freiland 8–19 Uhr, Gewächshäuser 10–17 Uhr"
BE_WINTER = "Öffnungszeiten November bis März: Freiland 8–16 Uhr, Gewächshäuser 10–15.30 Uhr"


def elmenau_style() -> PublisherStyle:
    """A German university botanic garden: the date without leading zeros turned
    "Veröffentlicht am" with the long date on International Museum Day 2018 (a wording per
    day), the plant of the month (a wording per month), public tours from a pool and "Mehr
    zum Thema:" mid-body, the opening times by the season (April and November; the 2020
    closure and the greenhouses closed from November 2020), free admission turned a charge
    for the greenhouses in 2019, the friends' society, a dogs-and-bicycles line, the
    university line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="botanischer-garten-elmenau.de", site="Botanischer Garten Elmenau", base_size=70,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "pflanzen", "fuehrungen"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"fuehrung": ("Sonntag, 11 Uhr, Treffpunkt Haupteingang", "Heilpflanzen im "
                            "Apothekergarten, jeden 1. Sonntag im Monat, 14 Uhr",
                            "Tropenhaus am Abend, Donnerstag, 18 Uhr", "Alpinum und "
                            "Steingarten, Samstag, 15 Uhr")},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_be_datum)),
            _f("pdm", HEADER, 0.3, *_by_day(_be_pdm)),
            _f("fuehrung", MIDDLE, 0.25, (_OLD, "Öffentliche Führung: {fuehrung}")),
            _f("thema", MIDDLE, 0.25, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("oeffnung", FOOTER, 0.35, *_seasons(
                ("04-01", BE_SOMMER), ("11-01", BE_WINTER),
                special={2020: [("2020-03-14", "Der Botanische Garten ist bis auf Weiteres "
                                               "geschlossen."),
                                ("2020-05-04", BE_SOMMER),
                                ("2020-11-02", "Freiland 8–16 Uhr geöffnet, Gewächshäuser bis "
                                               "auf Weiteres geschlossen.")]})),
            _f("eintritt", FOOTER, 0.3,
               (_OLD, "Der Eintritt ist frei. Wir freuen uns über eine Spende."),
               (BE_GEWAECHSHAUS.isoformat(), "Eintritt ins Freiland frei; Gewächshäuser 3 € "
                                             "(ermäßigt 1,50 €).")),
            _f("freunde", FOOTER, 0.3, (_OLD, "Freundeskreis des Botanischen Gartens e. V.: "
                                              "Mitglied werden ab 25 € im Jahr")),
            _f("hunde", FOOTER, 0.15, (_OLD, "Bitte beachten Sie: Hunde dürfen nicht in den "
                                             "Garten, Fahrräder bitte am Eingang abstellen.")),
            _f("traeger", FOOTER, 0.55, (_OLD, "Der Botanische Garten ist eine Einrichtung der "
                                              "Universität Elmenau.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Universität Elmenau · Impressum · "
                                                "Datenschutz")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Führung beginnt um 14 Uhr, "
                                                 "nicht um 15 Uhr.")),
        ),
    )


# --- an Argentinian wetland reserve -------------------------------------------------------

LC_REDESIGN = dt.date(2018, 6, 5)  # World Environment Day 2018
LC_VOLUNTARIOS = dt.date(2019, 3, 1)
LC_INGRESO = (("2014-01-01", "$ 20 residentes, $ 60 no residentes"),
              ("2015-07-01", "$ 30 residentes, $ 90 no residentes"),
              ("2016-07-01", "$ 50 residentes, $ 150 no residentes"),
              ("2017-07-01", "$ 70 residentes, $ 200 no residentes"),
              ("2018-07-01", "$ 100 residentes, $ 300 no residentes"),
              ("2019-07-01", "$ 180 residentes, $ 500 no residentes"),
              ("2020-12-01", "$ 300 residentes, $ 800 no residentes"))
LC_VERANO = "Abierta de martes a domingo de 8 a 19 h (horario de verano)"
LC_INVIERNO = "Abierta de martes a domingo de 9 a 18 h (horario de invierno)"


def _lc_fecha(day: dt.date) -> str:
    if day < LC_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}")


@cache
def _lc_aviso() -> Wordings:
    base = _steps((_OLD, "Recordá: no se permite ingresar con mascotas ni bicicletas"))
    aspo = [_span("2020-03-20", "2020-11-13", "Reserva cerrada durante el aislamiento social, "
                                              "preventivo y obligatorio")]
    humedales = _yearly("02-02", 3, 0, lambda y: f"2 de febrero, Día Mundial de los Humedales: "
                                                 f"caminata especial {y}")
    censo = _yearly("07-15", 6, 1, lambda y: f"Censo Neotropical de Aves Acuáticas {y}: "
                                             f"sumate como voluntario")
    return _calendar(base, aspo, humedales, censo)


def lagunacondor_style() -> PublisherStyle:
    """An Argentinian wetland reserve: the numeric date without leading zeros turned the
    weekday and the long date on World Environment Day 2018 (a wording per day), the opening
    times by the season (the 2020 isolation), a notice turned by World Wetlands Day, the
    waterbird census and the isolation, featured sightings from a pool and guided walks
    mid-body, the entrance fee in pesos (each July, with inflation), a rain-closure line, a
    volunteering appeal reworded, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="reservalagunadelcondor.org.ar", site="Reserva Natural Laguna del Cóndor",
        base_size=55, subdomains=(("www.", 100),),
        sections=("novedades", "aves", "actividades"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"ave": ("cisne de cuello negro", "flamenco austral", "macá plateado",
                       "carpintero real", "cauquén común", "gallareta de ligas rojas")},
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_lc_fecha)),
            _f("horario", HEADER, 0.25, *_seasons(
                ("04-01", LC_INVIERNO), ("10-01", LC_VERANO),
                special={2020: [("2020-03-20", "La reserva permanece cerrada hasta nuevo "
                                               "aviso."),
                                ("2020-11-14", "Reabrimos con turnos: reservá tu visita en la "
                                               "web (horario de verano, 8 a 19 h)")]})),
            _f("aviso", HEADER, 0.2, *_lc_aviso()),
            _f("avistaje", MIDDLE, 0.3, (_OLD, "Avistaje destacado: {ave}")),
            _f("guiadas", MIDDLE, 0.2, (_OLD, "Salidas guiadas: sábados y domingos a las 10 y "
                                              "a las 16 h, con inscripción previa.")),
            _f("ingreso", FOOTER, 0.25, *by_table(LC_INGRESO, lambda v: (
                f"Ingreso: {v}. Jubilados y menores de 12 años, gratis."))),
            _f("lluvia", FOOTER, 0.25, (_OLD, "Los días de lluvia y el día posterior la "
                                              "reserva permanece cerrada por seguridad.")),
            _f("voluntariado", FOOTER, 0.2,
               (_OLD, "¿Querés sumarte como voluntario? Escribinos a "
                      "voluntarios@reservalagunadelcondor.org.ar"),
               (LC_VOLUNTARIOS.isoformat(), "Sumate al programa de voluntariado: censos de "
                                            "aves, senderos y educación ambiental")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Reserva Natural Laguna del Cóndor – "
                                                "Fundación Cóndor Austral")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: la caminata es el domingo, no "
                                                  "el sábado.")),
        ),
    )


# --- a Japanese aquarium ------------------------------------------------------------------

SK_REDESIGN = dt.date(2017, 7, 17)  # Marine Day 2017
SK_NYUKAN = (("2014-04-01", "大人 2,000円／小・中学生 1,000円／幼児（3歳以上）500円"),
             ("2017-03-18", "大人 2,200円／小・中学生 1,100円／幼児（3歳以上）550円"),
             ("2019-10-01", "大人 2,240円／小・中学生 1,120円／幼児（3歳以上）560円"))
SK_TSUJO = "営業時間 9:00～17:00（最終入館16:00）"
SK_NATSU = "夏休み期間の営業時間 9:00～18:00（最終入館17:00）"


def _sk_hizuke(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日（{_youbi(day)}）"


@cache
def _sk_oshirase() -> Wordings:
    base = _steps((_OLD, "公式SNSで生きものたちの最新情報を発信中"))
    corona = [_span("2020-03-02", "2020-05-31", "臨時休館のお知らせ：再開日は決まり次第お知らせ"
                                                "します")]
    yoru = _yearly("08-01", 0, 30, lambda y: f"夜の水族館 {y}：8月の土日祝は20時まで開館")
    xmas = _yearly("12-01", 0, 24, lambda y: f"クリスマスイベント {y}：サンタダイバーが"
                                             f"大水槽に登場")
    nenmatsu = _yearly("12-28", 0, 6, lambda y: "年末年始も休まず営業しています")
    return _calendar(base, corona, yoru, xmas, nenmatsu)


def shiokaze_style() -> PublisherStyle:
    """A Japanese aquarium: a category from a pool, the dotted date turned the long date with
    the weekday and the holiday mark on Marine Day 2017 (a wording per day), dolphin-show
    times from a pool and "あわせて読みたい" mid-body, a notice turned by the summer night
    openings, Christmas, the year-end and the 2020 closure, the opening hours by the season
    (summer holidays; the 2020 closure), the admission prices (a renewal in 2017 and the
    consumption tax in 2019), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="shiokaze-aquarium.jp", site="しおかぜ水族館", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "event", "blog"),
        n_authors=2, url_path="/{section}/{n}/",
        pools={"tag": ("イベント", "生きもの", "飼育日記", "お知らせ"),
               "show": ("11:00／13:30／15:30", "10:30／13:00／15:00", "11:30／14:30")},
        families=(
            _f("tag", HEADER, 0.45, (_OLD, "{tag}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_sk_hizuke)),
            _f("oshirase", HEADER, 0.25, *_sk_oshirase()),
            _f("show", MIDDLE, 0.3, (_OLD, "イルカパフォーマンス：{show}")),
            _f("awasete", MIDDLE, 0.3, (_OLD, "あわせて読みたい：{other_title}")),
            _f("eigyo", FOOTER, 0.3, *_seasons(
                ("07-20", SK_NATSU), ("09-01", SK_TSUJO),
                special={2020: [("2020-03-02", "臨時休館中（再開日は公式サイトでお知らせします）"),
                                ("2020-06-01", SK_TSUJO), ("2020-07-20", SK_NATSU),
                                ("2020-09-01", SK_TSUJO)]})),
            _f("nyukan", FOOTER, 0.25, *by_table(SK_NYUKAN, lambda v: f"入館料：{v}")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© しおかぜ水族館")),
            _f("teisei", HEADER, 0.04, (_OLD, "※記事の一部に誤りがあったため修正しました。")),
        ),
    )


# --- a Czech botanic garden ---------------------------------------------------------------

BZ_REDESIGN = dt.date(2019, 9, 1)
BZ_VSTUPNE = (("2014-01-01", "dospělí 60 Kč, děti a senioři 30 Kč"),
              ("2017-01-01", "dospělí 80 Kč, děti a senioři 40 Kč"),
              ("2020-01-01", "dospělí 100 Kč, děti a senioři 50 Kč"))
BZ_LETO = "Otevírací doba duben–říjen: denně 9–18 h, skleníky do 17 h"
BZ_ZIMA = "Otevírací doba listopad–březen: denně 9–16 h, skleníky do 15.30 h"
BZ_ZAVRENO = "Zahrada je do odvolání uzavřena."


def _bz_datum(day: dt.date) -> str:
    if day < BZ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Publikováno {day.day}. {MESICU[day.month - 1]} {day.year}"


@cache
def _bz_vystava() -> Wordings:
    base = _steps((_OLD, "Tropický skleník je otevřen celoročně"))
    zavreno = [_span(a, b, "Zahrada je uzavřena, sledujte nás na sociálních sítích")
               for a, b in ZH_CLOSED]
    orchideje = _yearly("02-20", 0, 18, lambda y: f"🌸 Výstava orchidejí {y}: denně ve "
                                                  f"skleníku Fata Morgana")
    betlemy = _yearly("12-01", 0, 22, lambda y: f"Vánoční výstava betlémů {y} v oranžerii")
    return _calendar(base, zavreno, orchideje, betlemy)


def vlcihora_style() -> PublisherStyle:
    """A Czech botanic garden: the numeric date turned "Publikováno" with the month in the
    genitive on 1 September 2019 (a wording per day), a notice turned by the orchid show,
    the Christmas crib exhibition and the 2020 closures, what is in flower from a pool
    mid-body, the opening times by the season (the closures of 2020), the admission (each
    January), the address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bzvlcihora.cz", site="Botanická zahrada Vlčí Hora", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktuality", "vystavy", "rostliny"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"kvete": ("magnólie Soulangeova", "rododendrony v arboretu", "viktorie "
                         "královská ve skleníku", "orchidej Paphiopedilum", "kamélie v "
                         "oranžerii", "vřesy na skalce")},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_bz_datum)),
            _f("vystava", HEADER, 0.3, *_bz_vystava()),
            _f("kvete", MIDDLE, 0.25, (_OLD, "Právě kvete: {kvete}")),
            _f("otevreno", FOOTER, 0.35, *_seasons(
                ("04-01", BZ_LETO), ("11-01", BZ_ZIMA),
                special={2020: [("2020-03-13", BZ_ZAVRENO), ("2020-05-11", BZ_LETO),
                                ("2020-10-22", BZ_ZAVRENO), ("2020-12-03", BZ_ZIMA),
                                ("2020-12-18", BZ_ZAVRENO)]})),
            _f("vstupne", FOOTER, 0.25, *by_table(BZ_VSTUPNE, lambda v: f"Vstupné: {v}")),
            _f("adresa", FOOTER, 0.3, (_OLD, "Botanická zahrada Vlčí Hora, Zahradní 12, "
                                             "tel. 734 555 201")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Botanická zahrada Vlčí Hora")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: výstava končí v neděli, nikoli v "
                                              "sobotu.")),
        ),
    )


def heldout185_styles() -> list[PublisherStyle]:
    """The held-back-185 styles, in the order the generator hands them to publishers."""
    return [
        harbury_style(), wendelstadt_style(), capehalcyon_style(), valdemora_style(),
        hradiste_style(), sakuradai_style(), karooveld_style(), greywell_style(),
        elmenau_style(), lagunacondor_style(), shiokaze_style(), vlcihora_style(),
    ]
