"""The ``held-back-164`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"Clear skies!" sign-off or an advertisement marker. The publishers are science and research
news sites in English, German, French, Dutch, Czech and Chinese (simplified and traditional):
a British popular-science magazine, a British university's research news, a German science
magazine, an American preprint digest, a French science magazine, a Chinese science news
portal, a Dutch university's press releases, a Czech public observatory, a British amateur
astronomical society, an American national laboratory's newsroom, a Taiwanese planetarium and
a Czech Academy of Sciences institute's press releases. The families are the kinds a crawl of
such sites holds: dates localised day by day in English (British and American, AP-style
months, ordinals, British summer and winter time), German, French, Dutch, Czech (with its
weekday cases), Chinese and the Republic of China's Minguo years, several changing form on the
day of a redesign; embargo notices naming the day (with the hour and the time zone); lines
that turn every day (a digest's issue number, the day's sunrise and sunset), every week (the
sky this week with the Moon's phases and the sunset) and every month (a preprint identifier,
last month's submission count, the society's next meeting); journal-reference and DOI lines,
funding acknowledgements (reworded when UK Research and Innovation began, and for the Czech
Science Foundation's project numbers), image credits from pools; notices that follow the
calendars of science (Nobel Prize weeks, the LIGO and black-hole-image announcements, the 2017
American eclipse, eclipses, transits of Mercury, the Perseids, the great conjunction, comet
NEOWISE, lunar missions, science festivals and researchers' nights, a university's dies
natalis counted in years, the Spring Festival, government shutdowns, arXiv's holiday schedule,
the 2020 pandemic and its closures); amounts that change over the years (subscription prices
with the German VAT cut of 2020, research income, student numbers, admission prices, society
fees, a laboratory's staff and budget); multi-line blocks (notes to editors, press contacts,
about lines, "###", imprints), bare lines, mid-body inserts (related links and advertisement
markers up to twice) and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
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
    Period,
    Wordings,
    iso_day,
    last_weekday,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
          "října", "listopadu", "prosince")  # the genitive: "5. března"
V_DNY = ("v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek", "v sobotu", "v neděli")
DO_DNE = ("pondělí", "úterý", "středy", "čtvrtka", "pátku", "soboty", "neděle")  # "do středy"
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

# --- helpers of this set ------------------------------------------------------------------


@cache
def jitter(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}:{day.toordinal()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


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
    """Whether British and European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def sunday_of(day: dt.date) -> dt.date:
    """The Sunday on or before `day` (a week as Taiwanese calendars print it)."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


SYNODIC = 29.530588853
NEW_MOON_2000 = dt.datetime(2000, 1, 6, 18, 14)  # UTC
PHASES = ("new", "first quarter", "full", "last quarter")


@cache
def moon_phases(year: int) -> tuple[tuple[dt.date, int], ...]:
    """The days (UTC) of the Moon's four main phases in `year` and the one before and after,
    from the mean lunation (within a day of the true one): (day, 0 new .. 3 last quarter)."""
    out = []
    start = (dt.datetime(year - 1, 12, 1) - NEW_MOON_2000).total_seconds() / 86400 / SYNODIC
    k = math.floor(start * 4)
    while True:
        when = NEW_MOON_2000 + dt.timedelta(days=k / 4 * SYNODIC)
        if when.year > year + 1 or (when.year == year + 1 and when.month > 1):
            return tuple(out)
        out.append((when.date(), k % 4))
        k += 1


def phases_between(first: dt.date, last: dt.date) -> list[tuple[dt.date, int]]:
    """The main phases of the Moon from `first` to `last` (both included)."""
    found = set(moon_phases(first.year)) | set(moon_phases(last.year))
    return sorted((day, q) for day, q in found if first <= day <= last)


def moon_age(day: dt.date) -> float:
    """Days since the last new Moon at noon UTC on `day`."""
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return ((noon - NEW_MOON_2000).total_seconds() / 86400) % SYNODIC


def sun_times(day: dt.date, lat: float, lon: float, zone: int) -> tuple[str, str]:
    """Sunrise and sunset in local clock time (standard time `zone` hours east of UTC, and
    summer time), from the usual low-precision formulas (good to a few minutes)."""
    n = day.timetuple().tm_yday
    decl = math.radians(-23.44 * math.cos(2 * math.pi / 365 * (n + 10)))
    b = 2 * math.pi * (n - 81) / 364
    eot = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)  # minutes
    phi = math.radians(lat)
    cos_h = ((math.sin(math.radians(-0.833)) - math.sin(phi) * math.sin(decl))
             / (math.cos(phi) * math.cos(decl)))
    half = math.degrees(math.acos(max(-1.0, min(1.0, cos_h)))) * 4  # minutes
    noon = 720 - 4 * lon - eot + 60 * (zone + summer_time(day))

    def clock(minutes: float) -> str:
        m = round(minutes)
        return f"{m // 60}:{m % 60:02d}"

    return clock(noon - half), clock(noon + half)


def roc_year(y: int) -> int:
    """The Republic of China (Minguo) year Taiwanese government sites print."""
    return y - 1911


def nobel_monday(y: int) -> dt.date:
    """The Monday the Nobel announcements open with (physiology or medicine): the first
    Monday of October."""
    return nth_weekday(y, 10, 0, 1)


# Calendars of science several styles follow (the days, as reported at the time).
LIGO = dt.date(2016, 2, 11)  # gravitational waves announced
EHT = dt.date(2019, 4, 10)  # the first image of a black hole
US_ECLIPSE = dt.date(2017, 8, 21)
EUROPE_ECLIPSE = dt.date(2015, 3, 20)  # a deep partial solar eclipse in Europe
LUNAR_ECLIPSES_EU = (dt.date(2015, 9, 28), dt.date(2018, 7, 27), dt.date(2019, 1, 21))
MERCURY_TRANSITS = (dt.date(2016, 5, 9), dt.date(2019, 11, 11))
GREAT_CONJUNCTION = dt.date(2020, 12, 21)
# The stems of DOIs as publishers mint them; an article's DOI is a stem and five digits.
DOI_STEMS = ("10.1038/s41467-0", "10.1126/sciadv.a", "10.1016/j.cub.20", "10.1093/mnras/st",
             "10.7554/eLife.", "10.1103/PhysRevLett.12", "10.1371/journal.pbio.3",
             "10.1029/20")
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25",
                   2021: "2021-02-12"}


# --- a British popular-science magazine ---------------------------------------------------

HO_REDESIGN = dt.date(2017, 9, 12)
HO_NEWSLETTER = dt.date(2018, 2, 1)
HO_PRINT = (("2014-01-01", "£39.99"), ("2016-04-01", "£42.99"), ("2018-04-01", "£46.99"),
            ("2020-04-01", "£49.99"))


def _ho_dated(day: dt.date) -> str:
    if day < HO_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{read_min}} min read"


@cache
def _ho_newsletter() -> Wordings:
    base = _steps((_OLD, "Get the best of Helix & Orbit in your inbox every Friday"),
                  (HO_NEWSLETTER.isoformat(), "📬 Sign up to Lab Notes, our free weekly "
                                              "science newsletter, and never miss a "
                                              "discovery"))
    nobel = [(nobel_monday(y) - 3 * ONE, nobel_monday(y) + 4 * ONE,
              f"🏅 Nobel Prizes {y}: follow every announcement with us this week")
             for y in YEARS]
    news = [
        _span("2016-02-11", "2016-02-21", "🌊 Gravitational waves found: read our full "
                                          "coverage of the LIGO discovery"),
        _span("2017-08-14", "2017-08-22", "🌘 The Great American Eclipse: our guide and live "
                                          "coverage"),
        _span("2019-04-10", "2019-04-17", "🕳️ The first picture of a black hole: everything "
                                          "you need to know"),
        _span("2020-03-12", "2020-07-31", "🦠 Coronavirus: our science coverage is free to "
                                          "read for everyone"),
    ]
    return _calendar(base, news, nobel)


def helix_style() -> PublisherStyle:
    """A British popular-science magazine: a topic kicker from a pool, the short American-
    order date turned the long date with the reading time on the 12 September 2017 redesign
    (a wording per day), "By" turned the writer with the beat, image credits and "Related:"
    links mid-body (up to twice), advertisement markers up to twice, a podcast line in few
    articles, the journal reference
    with a DOI from a pool, a newsletter appeal reworded in 2018 and turned by each Nobel
    week, the LIGO announcement, the 2017 eclipse, the black-hole image and the pandemic, the
    print subscription's price (raised each second April), a comments line, the publisher
    and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="helixandorbit.com", site="Helix & Orbit", base_size=250,
        subdomains=(("www.", 100),),
        sections=("space", "physics", "life", "health", "earth", "technology"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("SPACE", "PHYSICS", "EVOLUTION", "HEALTH", "CLIMATE", "NEUROSCIENCE",
                       "PALAEONTOLOGY", "TECHNOLOGY"),
            "beat": ("Space Reporter", "Physics Editor", "Life Sciences Reporter",
                     "Health Correspondent", "Environment Editor", "Features Editor"),
            "credit": ("NASA/JPL-Caltech", "ESO/M. Kornmesser", "Getty Images",
                       "Science Photo Library", "ESA/Hubble", "Alamy",
                       "NASA/ESA/CSA", "courtesy of the researchers"),
            "paper": ("Nature, DOI: 10.1038/nature", "Science, DOI: 10.1126/science.aa",
                      "Nature Astronomy, DOI: 10.1038/s41550-0",
                      "Physical Review Letters, DOI: 10.1103/PhysRevLett.1",
                      "PNAS, DOI: 10.1073/pnas.1", "Current Biology, DOI: 10.1016/j.cub.20",
                      "The Astrophysical Journal, DOI: 10.3847/1538-4357/a"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ho_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (HO_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("credit", MIDDLE, 0.35, (_OLD, "Image: {credit}"),
               (HO_REDESIGN.isoformat(), "(Image credit: {credit})"), count=2),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("podcast", MIDDLE, 0.08, (_OLD, "🎧 Listen: the Helix & Orbit podcast, new "
                                               "episodes every Thursday")),
            _f("reference", FOOTER, 0.4, (_OLD, "Journal reference: {paper}{n:.5}")),
            _f("newsletter", FOOTER, 0.35, *_ho_newsletter()),
            _f("print", FOOTER, 0.15, *by_table(HO_PRINT, lambda v: (
                f"Subscribe to the print edition: 13 issues for {v}, delivered free to your "
                f"door."))),
            _f("comments", FOOTER, 0.12, (_OLD, "Comments are closed on this article.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Helix & Orbit is published by Meridian "
                                                "Periodicals Ltd, registered in England and "
                                                "Wales no. 04812273.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Meridian Periodicals Ltd. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong distance to the "
                                                  "galaxy.")),
        ),
    )


# --- a British university's research news -------------------------------------------------

CB_REDESIGN = dt.date(2018, 1, 8)
CB_UKRI = dt.date(2018, 4, 1)  # the research councils came together as UKRI
CB_MEDIA = dt.date(2019, 9, 2)
CB_INCOME = (("2014-12-01", "£187.2m in 2013/14"), ("2015-12-01", "£193.8m in 2014/15"),
             ("2016-12-01", "£201.5m in 2015/16"), ("2017-12-01", "£214.0m in 2016/17"),
             ("2018-12-01", "£226.3m in 2017/18"), ("2019-12-01", "£238.9m in 2018/19"),
             ("2020-12-01", "£231.4m in 2019/20"))


def _cb_dated(day: dt.date) -> str:
    if day < CB_REDESIGN:
        return f"Published: {day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    return f"Research news · {day.day} {MONTHS[day.month - 1]} {day.year}"


def _cb_embargo(day: dt.date) -> str:
    zone = "BST" if summer_time(day) else "GMT"
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    if day < CB_REDESIGN:
        return f"EMBARGOED UNTIL {{embargo_hour}} {zone} {when.upper()}"
    return f"Under embargo until {{embargo_hour}} UK time ({zone}), {when}"


def calderbridge_style() -> PublisherStyle:
    """A British university's research news: the faculty from a pool, an embargo line with
    the hour from a pool, British summer or winter time and the day (capitals turned plain
    words on the 8 January 2018 redesign, a wording per day), "Published:" with the
    zero-padded date turned "Research news ·" on the redesign (a wording per day), the press
    office byline, a photo caption naming a researcher, the paper's reference with a DOI, the
    funders (research councils from a pool, reworded when UK Research and Innovation began on
    1 April 2018), "– ENDS –", "Notes to editors", the about line with last year's research
    income (changing each 1 December) and the press contact (reworded in September 2019) (a
    block), a rare correction."""
    return PublisherStyle(
        domain="calderbridge.ac.uk", site="University of Calderbridge", base_size=160,
        subdomains=(("www.", 85), ("news.", 15)),
        sections=("research", "health", "environment", "engineering", "humanities"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "doi": DOI_STEMS,
            "faculty": ("Faculty of Science and Engineering", "Faculty of Medicine and Health",
                        "Faculty of Environment", "Faculty of Arts and Humanities",
                        "School of Physics and Astronomy", "School of Biological Sciences"),
            "embargo_hour": ("00:01", "16:00", "19:00", "10:00"),
            "council": ("EPSRC", "BBSRC", "MRC", "NERC", "STFC", "ESRC", "AHRC"),
            "funder": ("the Engineering and Physical Sciences Research Council",
                       "the Biotechnology and Biological Sciences Research Council",
                       "the Medical Research Council", "the Natural Environment Research "
                       "Council", "the Science and Technology Facilities Council",
                       "Wellcome", "the Leverhulme Trust", "the European Research Council"),
            "journal": ("Nature Communications", "The Lancet", "Science Advances",
                        "Monthly Notices of the Royal Astronomical Society", "eLife",
                        "Nature Geoscience", "BMJ"),
        },
        families=(
            _f("faculty", HEADER, 0.5, (_OLD, "{faculty}")),
            _f("embargo", HEADER, 0.25, *_by_day(_cb_embargo)),
            _f("dated", HEADER, 0.85, *_by_day(_cb_dated)),
            _f("byline", HEADER, 0.3, (_OLD, "By {author}, Press Office")),
            _f("caption", MIDDLE, 0.3, (_OLD, "Pictured: Dr {author2} in the laboratory. "
                                              "Credit: University of Calderbridge")),
            _f("paper", FOOTER, 0.4, (_OLD, "Reference: {author2} et al. ({year}), {journal}. "
                                            "DOI: {doi}{n:.5}")),
            _f("funding", FOOTER, 0.35, (_OLD, "The research was funded by {funder_list}."),
               (CB_UKRI.isoformat(), "This research was funded by UK Research and Innovation "
                                     "({council_list}).")),
            _f("ends", FOOTER, 0.5, (_OLD, "– ENDS –")),
            _f("notes", FOOTER, 0.45, (_OLD, "Notes to editors")),
            _f("about", FOOTER, 0.45, *by_table(CB_INCOME, lambda v: (
                f"The University of Calderbridge is a research-intensive university whose "
                f"research income reached {v}. 87% of its research was rated world-leading "
                f"or internationally excellent in the Research Excellence Framework 2014."))),
            _f("contact", FOOTER, 0.45,
               (_OLD, "For more information please contact the Press Office on +44 (0)1632 "
                      "960412 or email press@calderbridge.ac.uk"),
               (CB_MEDIA.isoformat(), "Media enquiries: the Media Relations team, +44 (0)1632 "
                                      "960412 (out of hours 07700 900318), "
                                      "press@calderbridge.ac.uk")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release was amended to "
                                                  "give the correct name of the partner "
                                                  "institution.")),
        ),
    )


# --- a German science magazine ------------------------------------------------------------

WK_REDESIGN = dt.date(2018, 6, 4)
WK_NEWSLETTER = dt.date(2019, 3, 1)
# The annual subscription; the VAT cut of July 2020 lowered it for six months.
WK_ABO = (("2014-01-01", "79,20"), ("2017-01-01", "84,00"), ("2019-01-01", "89,40"),
          ("2020-07-01", "87,73"), ("2021-01-01", "89,40"))
LANGE_NACHT = {2015: "2015-06-13", 2016: "2016-06-11", 2017: "2017-06-24", 2018: "2018-06-09",
               2019: "2019-06-15"}  # none in 2020


def _wk_dated(day: dt.date) -> str:
    if day < WK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _wk_newsletter() -> Wordings:
    base = _steps((_OLD, "Den Wissenschaftskurier-Newsletter kostenlos bestellen"),
                  (WK_NEWSLETTER.isoformat(), "Jeden Donnerstag das Wichtigste aus der "
                                              "Forschung: jetzt den Newsletter abonnieren"))
    nacht = [(iso_day(day, -10), iso_day(day, 1),
              f"🔬 Lange Nacht der Wissenschaften am {iso_day(day).day}. "
              f"{MONATE[iso_day(day).month - 1]} {y}: unser Programmtipp")
             for y, day in LANGE_NACHT.items()]
    nobel = [(nobel_monday(y), nobel_monday(y) + 5 * ONE,
              f"🏅 Nobelpreise {y}: alle Preisträger und ihre Forschung") for y in YEARS]
    corona = [_span("2020-03-16", "2020-06-30", "🦠 Coronavirus: Alle Beiträge zur Pandemie "
                                                "sind frei lesbar")]
    return _calendar(base, corona, nacht, nobel)


def wissenschaftskurier_style() -> PublisherStyle:
    """A German science magazine: the section from a pool, the numeric date with the time
    turned the weekday and long date on 4 June 2018 (a wording per day), "Von" turned "Text:"
    with the writer, picture credits and "Mehr zum Thema:" links mid-body, "Anzeige" up to
    twice, the original publication with a DOI, the source from a pool, a newsletter line
    reworded in 2019 and turned by Berlin's Long Night of the Sciences, each Nobel week and
    the pandemic, the subscription price (raised in 2017 and 2019, lowered for the 2020 VAT
    cut), the imprint and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="wissenschaftskurier.de", site="Wissenschaftskurier", base_size=120,
        subdomains=(("www.", 100),),
        sections=("astronomie", "physik", "medizin", "biologie", "klima", "technik"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "doi": DOI_STEMS,
            "rubrik": ("Astronomie", "Physik", "Medizin", "Biologie", "Klima", "Technik",
                       "Archäologie", "Psychologie"),
            "bild": ("NASA/JPL-Caltech", "ESO/L. Calçada", "DLR", "MPIA", "iStock", "dpa",
                     "Universität Heidelberg"),
            "fachjournal": ("Nature", "Science", "Astronomy & Astrophysics", "Cell Reports",
                            "Physical Review X", "Angewandte Chemie"),
            "quelle": ("Max-Planck-Gesellschaft", "Helmholtz-Gemeinschaft",
                       "idw – Informationsdienst Wissenschaft", "ESA", "Universität Tübingen",
                       "Leibniz-Gemeinschaft"),
        },
        families=(
            _f("rubrik", HEADER, 0.55, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_wk_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}"),
               (WK_REDESIGN.isoformat(), "Text: {author}")),
            _f("bild", MIDDLE, 0.4, (_OLD, "Bild: {bild}")),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("original", FOOTER, 0.4, (_OLD, "Originalpublikation: {author2} et al., "
                                               "{fachjournal} ({year}), DOI: "
                                               "{doi}{n:.5}")),
            _f("quelle", FOOTER, 0.3, (_OLD, "Quelle: {quelle}")),
            _f("newsletter", FOOTER, 0.3, *_wk_newsletter()),
            _f("abo", FOOTER, 0.15, *by_table(WK_ABO, lambda v: (
                f"Jahresabo: 12 Ausgaben für {v} € inkl. MwSt. und Versand"))),
            _f("impressum", FOOTER, 0.3, (_OLD, "Der Wissenschaftskurier ist ein Angebot der "
                                                "Neckartal Fachverlag GmbH, Heidelberg.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Wissenschaftskurier {year}")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "die Masse des Sterns falsch angegeben.")),
        ),
    )


# --- an American preprint digest -----------------------------------------------------------

PP_LAUNCH = dt.date(2014, 9, 1)
PP_REDESIGN = dt.date(2019, 1, 2)
PP_CAUTION = dt.date(2020, 2, 3)
PP_SUPPORT = (("2014-01-01", "$3"), ("2019-01-01", "$5"))


def issue(day: dt.date) -> int:
    """The digest's issue number on `day`: one per weekday since the launch."""
    days = (day - PP_LAUNCH).days + 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + min(rest, 5)


def _pp_digest(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if day < PP_REDESIGN:
        return f"Daily digest for {when}"
    return f"Issue {issue(day):,} · {when}"


def submissions(y: int, m: int) -> int:
    """Made-up monthly arXiv submission counts: about 8,800 a month in 2015, growing 9% a
    year, lower in the summer and in December."""
    season = (0.97, 0.95, 1.06, 1.02, 1.04, 1.0, 0.96, 0.9, 1.0, 1.07, 1.05, 0.96)
    value = 8800 * 1.09 ** (y - 2015 + (m - 1) / 12) * season[m - 1]
    return int(round(value * (1 + 0.025 * jitter(dt.date(y, m, 1), "arxiv"))))


def _pp_submissions(day: dt.date) -> str:
    y, m = day.year, day.month - (1 if day.day >= 3 else 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return f"arXiv received {submissions(y, m):,} new submissions in {MONTHS[m - 1]} {y}."


@cache
def _pp_subscribe() -> Wordings:
    base = _steps((_OLD, "Get Preprint Pulse in your inbox every weekday morning."))
    holidays = [(dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                 f"🎄 No digest from 24 December {y} to 1 January {y + 1}: arXiv is on its "
                 f"holiday schedule.") for y in range(2014, 2021)]
    covid = [_span("2020-03-09", "2020-09-30", "🦠 Our COVID-19 triage: the day's new "
                                               "preprints from medRxiv and bioRxiv, read so "
                                               "you don't have to.")]
    return _calendar(base, covid, holidays)


def preprintpulse_style() -> PublisherStyle:
    """An American preprint digest: "Daily digest for" and the day turned the issue number
    with the day on 2 January 2019 (a wording per day: the issue counts weekdays), the server
    and subject category from pools, the arXiv identifier with the month's year and month (a
    wording per month), the not-peer-reviewed warning reworded for clinical findings in
    February 2020, the summary writer, the preprint's authors, "Also today:" links up to
    twice, last month's arXiv submissions (a wording per month, turning each 3rd), the
    licence line, a subscription line turned by each Christmas holiday schedule and the
    pandemic's triage, a support appeal (its amount raised in 2019), the copyright line, a
    rare update."""
    return PublisherStyle(
        domain="preprintpulse.org", site="Preprint Pulse", base_size=95,
        subdomains=(("", 70), ("www.", 30)),
        sections=("astro-ph", "cond-mat", "q-bio", "cs", "physics", "med"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "server": ("arXiv", "bioRxiv", "ChemRxiv", "EarthArXiv", "PsyArXiv", "SSRN"),
            "category": ("astro-ph.GA", "astro-ph.EP", "cond-mat.str-el", "q-bio.NC",
                         "cs.LG", "physics.ao-ph", "hep-ph", "quant-ph"),
            "licence": ("CC BY 4.0", "CC BY-NC-ND 4.0", "the arXiv non-exclusive licence",
                        "CC0"),
        },
        families=(
            _f("digest", HEADER, 0.85, *_by_day(_pp_digest)),
            _f("server", HEADER, 0.6, (_OLD, "Posted to {server} · {category}")),
            _f("identifier", HEADER, 0.4, *_by_day(
                lambda day: f"arXiv:{day.year % 100:02d}{day.month:02d}.{{n:.5}}")),
            _f("unreviewed", HEADER, 0.55,
               (_OLD, "This is a preprint: it has not been peer reviewed."),
               (PP_CAUTION.isoformat(), "⚠️ Preprint, not yet peer reviewed. Its findings "
                                        "should not guide clinical practice or be reported "
                                        "as established.")),
            _f("summary", HEADER, 0.5, (_OLD, "Summary by {author}"),
               (PP_REDESIGN.isoformat(), "Summary by {author} · {read_min} min read")),
            _f("authors", HEADER, 0.3, (_OLD, "Preprint authors: {author2} et al.")),
            _f("also", MIDDLE, 0.35, (_OLD, "Also today: {other_title}"), count=2),
            _f("submissions", FOOTER, 0.2, *_by_day(_pp_submissions)),
            _f("licence", FOOTER, 0.3, (_OLD, "Excerpts quoted under the preprint's licence "
                                              "({licence}).")),
            _f("subscribe", FOOTER, 0.35, *_pp_subscribe()),
            _f("support", FOOTER, 0.2, *by_table(PP_SUPPORT, lambda v: (
                f"Preprint Pulse is independent and reader-funded. Chip in from {v} a "
                f"month."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "Text © {year} Preprint Pulse. Figures © their "
                                                "authors.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the authors have since posted a revised "
                                              "version (v2) of this preprint.")),
        ),
    )


# --- a French science magazine ------------------------------------------------------------

CS_REDESIGN = dt.date(2017, 11, 6)
CS_LETTRE = dt.date(2018, 9, 3)
CS_ABO = (("2014-01-01", "4,99"), ("2017-03-01", "5,99"), ("2020-01-01", "6,99"))
FETE_SCIENCE = {2015: ("2015-10-07", "2015-10-11"), 2016: ("2016-10-08", "2016-10-16"),
                2017: ("2017-10-07", "2017-10-15"), 2018: ("2018-10-06", "2018-10-14"),
                2019: ("2019-10-05", "2019-10-13"), 2020: ("2020-10-02", "2020-10-12")}
NUIT_ETOILES = {2015: "2015-08-07", 2016: "2016-08-05", 2017: "2017-07-28",
                2018: "2018-08-03", 2019: "2019-08-02", 2020: "2020-08-07"}  # three nights


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    return (f"{JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} · "
            f"{{read_min}} min de lecture")


@cache
def _cs_lettre() -> Wordings:
    base = _steps((_OLD, "Inscrivez-vous à notre lettre d'information hebdomadaire"),
                  (CS_LETTRE.isoformat(), "Chaque mercredi, l'essentiel de la science dans "
                                          "votre boîte mail : abonnez-vous gratuitement"))
    fete = []
    for y, (first, last) in FETE_SCIENCE.items():
        a, b = iso_day(first), iso_day(last)
        fete.append((a - 7 * ONE, b + ONE, f"🔭 Fête de la science {y} : du {a.day} au "
                                           f"{b.day} octobre, trouvez un événement près de "
                                           f"chez vous"))
    nuits = []
    for y, first in NUIT_ETOILES.items():
        a = iso_day(first)
        nuits.append((a - 5 * ONE, a + 3 * ONE, f"✨ Nuits des étoiles {y} : nos conseils pour "
                                                f"observer le ciel"))
    confinement = [_span("2020-03-17", "2020-05-10", "🏠 Confinement : tous nos articles sur le "
                                                     "Covid-19 sont en accès libre")]
    return _calendar(base, confinement, fete, nuits)


def carnet_style() -> PublisherStyle:
    """A French science magazine: the section from a pool, "Publié le" with the short numeric
    date turned the weekday, the long date and the reading time on 6 November 2017 (a wording
    per day), "Par" with the writer, credits and "Lire aussi |" links mid-body, "Publicité"
    up to twice, the reference with a DOI, the press release's source from a pool, a
    newsletter line reworded in 2018 and turned by each Fête de la science, each Nuits des
    étoiles and the lockdown, the digital subscription's price (raised in 2017 and 2020), the
    reproduction and copyright lines (a block), a rare erratum."""
    return PublisherStyle(
        domain="carnetdessciences.fr", site="Le Carnet des sciences", base_size=80,
        subdomains=(("www.", 100),),
        sections=("espace", "physique", "sante", "environnement", "paleontologie"),
        n_authors=7, url_path="/{section}/{slug}_{n}",
        pools={
            "doi": DOI_STEMS,
            "rubrique": ("Espace", "Physique", "Santé", "Environnement", "Paléontologie",
                         "Archéologie", "Technologie"),
            "credit": ("NASA/ESA", "ESO/M. Kornmesser", "CNRS Photothèque", "Inserm",
                       "Adobe Stock", "AFP", "Observatoire de Paris"),
            "revue": ("Nature", "Science", "PNAS", "Astronomy & Astrophysics", "Comptes Rendus",
                      "The Lancet"),
            "organisme": ("CNRS", "de l'Inserm", "du CEA", "de l'Inrae", "de l'IRD",
                          "de l'Observatoire de Paris"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_cs_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}"),
               (CS_REDESIGN.isoformat(), "Par {author}, journaliste scientifique")),
            _f("credit", MIDDLE, 0.45, (_OLD, "Crédit : {credit}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi | {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("reference", FOOTER, 0.35, (_OLD, "Référence : {author2} et al., {revue}, "
                                                 "{year}. DOI : {doi}{n:.5}")),
            _f("source", FOOTER, 0.2, (_OLD, "Source : communiqué de presse {organisme}")),
            _f("lettre", FOOTER, 0.3, *_cs_lettre()),
            _f("abonnement", FOOTER, 0.15, *by_table(CS_ABO, lambda v: (
                f"Abonnement numérique : {v} € par mois, sans engagement"))),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans autorisation.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Le Carnet des sciences")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article situait la découverte en 2014.")),
        ),
    )


# --- a Chinese science news portal --------------------------------------------------------

GZ_REDESIGN = dt.date(2018, 3, 1)
GZ_WEIXIN = dt.date(2017, 6, 1)
GZ_SHENGMING = dt.date(2019, 1, 1)
KEJI_ZHOU = {2015: ("2015-05-16", "2015-05-23"), 2016: ("2016-05-14", "2016-05-21"),
             2017: ("2017-05-20", "2017-05-27"), 2018: ("2018-05-19", "2018-05-26"),
             2019: ("2019-05-19", "2019-05-25"), 2020: ("2020-08-23", "2020-08-29")}


def _gz_dated(day: dt.date) -> str:
    if day < GZ_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"发布时间：{day.year}年{day.month}月{day.day}日 {XINGQI[day.weekday()]}"


@cache
def _gz_guanzhu() -> Wordings:
    base = _steps((_OLD, "扫描二维码，关注格致科学网微信公众号"),
                  (GZ_WEIXIN.isoformat(), "关注格致科学网微信公众号和微博，每天获取最新科研进展"))
    chunjie = [(iso_day(day, -3), iso_day(day, 7),
                f"🧧 {y}年春节快乐！格致科学网祝广大读者新春愉快")
               for y, day in SPRING_FESTIVAL.items() if y in YEARS]
    zhou = [(iso_day(a, -5), iso_day(b, 1), f"{y}年全国科技活动周：{iso_day(a).month}月"
                                            f"{iso_day(a).day}日至{iso_day(b).month}月"
                                            f"{iso_day(b).day}日")
            for y, (a, b) in KEJI_ZHOU.items()]
    hangtian = [
        _span("2019-01-03", "2019-01-12", "🌕 嫦娥四号成功着陆月球背面：专题报道"),
        _span("2020-07-23", "2020-07-31", "🚀 天问一号发射升空，开启火星之旅：专题报道"),
        _span("2020-11-24", "2020-12-20", "🌕 嫦娥五号月球采样返回：专题报道"),
    ]
    yiqing = [_span("2020-01-27", "2020-04-30", "众志成城，抗击新冠肺炎疫情：科学防护知识专题")]
    return _calendar(base, yiqing, hangtian, chunjie, zhou)


def gezhi_style() -> PublisherStyle:
    """A Chinese science news portal (simplified Chinese): the ISO date with the time turned
    "发布时间" with the long date and the weekday on 1 March 2018 (a wording per day), the
    source and the writer from pools, picture sources and "相关阅读" links mid-body (links up
    to twice), the paper's DOI link, the responsible editor from a pool, the print and
    close-window links, the reprint
    statement reworded in 2019, a follow-us line reworded in 2017 and turned by each Spring
    Festival, the National Science and Technology Week (put off to August in 2020), the
    Chang'e-4, Tianwen-1 and Chang'e-5 missions and the epidemic, the copyright line with
    the ICP licence number, a rare correction."""
    return PublisherStyle(
        domain="gezhikexue.cn", site="格致科学网", base_size=70,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("tianwen", "shengming", "wuli", "dixue", "yixue"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}.shtml",
        pools={
            "doi": DOI_STEMS,
            "laiyuan": ("中国科学报", "新华社", "科技日报", "格致科学网", "中国科学院官网",
                        "人民网"),
            "jizhe": ("李思远", "陈静怡", "张卓然", "刘晨阳", "赵雅文", "孙浩宇", "周明轩"),
            "bianji": ("王雪", "何琳", "郭晓峰", "杨帆"),
            "tupian": ("视觉中国", "NASA", "中国科学院国家天文台", "受访者供图", "新华社",
                       "研究团队供图"),
        },
        families=(
            _f("riqi", HEADER, 0.9, *_by_day(_gz_dated)),
            _f("laiyuan", HEADER, 0.7, (_OLD, "来源：{laiyuan}")),
            _f("zuozhe", HEADER, 0.5, (_OLD, "作者：{jizhe}")),
            _f("tupian", MIDDLE, 0.35, (_OLD, "图片来源：{tupian}")),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("lunwen", FOOTER, 0.3, (_OLD, "相关论文信息：https://doi.org/{doi}{n:.5}")),
            _f("bianji", FOOTER, 0.55, (_OLD, "（责任编辑：{bianji}）")),
            _f("dayin", FOOTER, 0.25, (_OLD, "【打印本页】【关闭窗口】")),
            _f("shengming", FOOTER, 0.4,
               (_OLD, "特别声明：本文转载仅为传播更多信息之目的，"
                      "不代表本网观点或证实其内容的真实性。"),
               (GZ_SHENGMING.isoformat(), "特别声明：凡本网注明“来源：格致科学网”的内容，转载请注明"
                                          "出处；其他来源的内容仅供参考，如涉及版权问题请与本网联系。")),
            _f("guanzhu", FOOTER, 0.3, *_gz_guanzhu()),
            _f("banquan", FOOTER, 0.35, (_OLD, "版权所有 © {year} 格致科学网 京ICP备15038127号-2")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前版本中研究机构名称有误，"
                                                 "现已更正。")),
        ),
    )


# --- a Dutch university's press releases --------------------------------------------------

WM_REDESIGN = dt.date(2018, 9, 3)
WM_FUNDING = dt.date(2017, 1, 1)
WM_FOUNDED = 1923
WM_DIES = "06-17"
WM_PEOPLE = (("2014-10-01", "19.400 studenten en 4.900"),
             ("2015-10-01", "20.100 studenten en 5.000"),
             ("2016-10-01", "20.900 studenten en 5.100"),
             ("2017-10-01", "21.700 studenten en 5.300"),
             ("2018-10-01", "22.400 studenten en 5.400"),
             ("2019-10-01", "23.200 studenten en 5.600"),
             ("2020-10-01", "24.500 studenten en 5.700"))


def _wm_dated(day: dt.date) -> str:
    if day < WM_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"Gepubliceerd op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def _wm_embargo(day: dt.date) -> str:
    return (f"EMBARGO: niet publiceren voor {DAGEN[day.weekday()]} {day.day} "
            f"{MAANDEN[day.month - 1]} {day.year}, {{embargo_uur}} uur")


def weekend_van_de_wetenschap(y: int) -> dt.date:
    """The first Saturday of October."""
    return nth_weekday(y, 10, 5, 1)


@cache
def _wm_nieuwsbrief() -> Wordings:
    base = _steps((_OLD, "Blijf op de hoogte van ons onderzoek: meld je aan voor de nieuwsbrief"))
    dies = _PERIOD.yearly_since(WM_FOUNDED, WM_DIES, 7, 0, lambda n: (
        f"🎓 Dies natalis: de Universiteit Waalmond bestaat {n} jaar"))
    weekend = _movable(weekend_van_de_wetenschap, 12, 1, lambda y: (
        f"🔬 Weekend van de Wetenschap {y}: onze labs zijn open voor iedereen"))
    corona = [_span("2020-03-13", "2020-06-30", "Vanwege het coronavirus is de campus gesloten; "
                                                "promoties en oraties vinden online plaats."),
              _span("2020-12-15", "2021-01-10", "De campus is tijdens de lockdown gesloten; "
                                                "onderwijs en promoties gaan online door.")]
    return _calendar(base, corona, weekend, dies)


def waalmond_style() -> PublisherStyle:
    """A Dutch university's press releases: the kind of item from a pool, an embargo line
    with the weekday, the day and the hour from a pool (a wording per day), the numeric date
    turned "Gepubliceerd op" with the weekday and long date on 3 September 2018 (a wording
    per day), photo credits mid-body, the publication with a DOI, the funders from a pool
    (reworded in 2017), "Deel dit bericht", a newsletter line turned by each dies natalis
    (counting the years
    since 1923), each Weekend of Science and the campus closures of 2020, "Noot voor de
    redactie, niet voor publicatie", the press contact and the about line with the year's
    students and staff (changing each 1 October) (a block), a rare correction."""
    return PublisherStyle(
        domain="uwaalmond.nl", site="Universiteit Waalmond", base_size=60,
        subdomains=(("www.", 100),),
        sections=("nieuws", "onderzoek", "persberichten"),
        n_authors=4, url_path="/nieuws/{yyyy}/{slug}",
        pools={
            "doi": DOI_STEMS,
            "soort": ("Persbericht", "Nieuwsbericht", "Onderzoek", "Promotie", "Oratie"),
            "embargo_uur": ("17.00", "16.00", "00.01", "20.00"),
            "fotograaf": ("Universiteit Waalmond / Bart van Loon", "ANP", "Shutterstock",
                          "Hollandse Hoogte", "NASA", "eigen foto"),
            "tijdschrift": ("Nature", "Science", "Nature Climate Change", "The Lancet",
                            "Physical Review Letters", "PLOS Biology"),
            "financier": ("NWO", "de KNAW", "de Europese Onderzoeksraad (ERC)", "ZonMw",
                          "KWF Kankerbestrijding", "het Nederlands eScience Center"),
        },
        families=(
            _f("soort", HEADER, 0.5, (_OLD, "{soort}")),
            _f("embargo", HEADER, 0.2, *_by_day(_wm_embargo)),
            _f("datum", HEADER, 0.85, *_by_day(_wm_dated)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {fotograaf}")),
            _f("publicatie", FOOTER, 0.35, (_OLD, "Publicatie: {author2} e.a., {tijdschrift}, "
                                                  "{year}. DOI: {doi}{n:.5}")),
            _f("financiering", FOOTER, 0.3,
               (_OLD, "Het onderzoek werd gefinancierd door {financier_list}."),
               (WM_FUNDING.isoformat(), "Dit onderzoek is mogelijk gemaakt door "
                                        "{financier_list}.")),
            _f("deel", FOOTER, 0.2, (_OLD, "Deel dit bericht")),
            _f("nieuwsbrief", FOOTER, 0.25, *_wm_nieuwsbrief()),
            _f("noot", FOOTER, 0.45, (_OLD, "Noot voor de redactie, niet voor publicatie")),
            _f("contact", FOOTER, 0.45, (_OLD, "Meer informatie: afdeling Communicatie, "
                                               "telefoon 024 555 0123, pers@uwaalmond.nl")),
            _f("over", FOOTER, 0.25, *by_table(WM_PEOPLE, lambda v: (
                f"De Universiteit Waalmond telt ruim {v} medewerkers."))),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie van "
                                                    "dit bericht stond een onjuiste "
                                                    "promotiedatum.")),
        ),
    )


# --- a Czech public observatory -----------------------------------------------------------

VH_REDESIGN = dt.date(2019, 1, 7)
VH_VSTUPNE = (("2014-01-01", ("50", "30")), ("2017-01-01", ("60", "40")),
              ("2019-04-01", ("80", "50")))
NOC_VEDCU = {2015: "2015-09-25", 2016: "2016-09-30", 2017: "2017-09-29", 2018: "2018-09-28",
             2019: "2019-09-27", 2020: "2020-11-27"}  # put off to November in 2020
CZ_PHASES = ("nov", "první čtvrť", "úplněk", "poslední čtvrť")


def _vh_dated(day: dt.date) -> str:
    if day < VH_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"Publikováno {V_DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}"


def _vh_obloha(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    phases = phases_between(first, last)
    if phases:
        moon = ", ".join(f"{CZ_PHASES[q]} {V_DNY[d.weekday()]} {d.day}. {d.month}."
                         for d, q in phases)
    else:
        moon = "Měsíc dorůstá" if moon_age(first) < SYNODIC / 2 else "Měsíc ubývá"
    return f"Obloha tento týden ({first.day}. {first.month}. – {last.day}. {last.month}.): {moon}"


def _vh_slunce(day: dt.date) -> str:
    rise, sets = sun_times(day, 50.0, 15.0, 1)
    return f"Slunce dnes vychází v {rise} a zapadá v {sets}."


def _vh_pozorovani(day: dt.date) -> str:
    if 4 <= day.month <= 9:
        return "Pozorování pro veřejnost: úterý až sobota od 21:30, za jasného počasí."
    return "Pozorování pro veřejnost: úterý až sobota od 19:00, za jasného počasí."


@cache
def _vh_oteviraci() -> Wordings:
    zavreno = [_span("2020-03-13", "2020-05-24", "Hvězdárna je do odvolání uzavřena. "
                                                 "Děkujeme za pochopení."),
               _span("2020-10-12", "2020-12-02", "Hvězdárna je podle vládních opatření opět "
                                                 "uzavřena.")]
    vanoce = [(dt.date(y, 12, 20), dt.date(y, 12, 27), "Ve dnech 24. až 26. prosince je "
                                                       "hvězdárna zavřena.") for y in YEARS]
    return _calendar(_vh_pozorovani, zavreno, vanoce)


@cache
def _vh_akce() -> Wordings:
    base = _steps((_OLD, "Sledujte nás na Facebooku a přihlaste se k odběru novinek."))
    jevy = [
        (EUROPE_ECLIPSE - 10 * ONE, EUROPE_ECLIPSE + ONE,
         "🌒 Částečné zatmění Slunce v pátek 20. března 2015: pozorování od 9:30 na terase"),
    ]
    for d in LUNAR_ECLIPSES_EU:
        jevy.append((d - 7 * ONE, d + ONE, f"🌕 Zatmění Měsíce {d.day}. {MESICE[d.month - 1]} "
                                           f"{d.year}: mimořádné pozorování"))
    for d in MERCURY_TRANSITS:
        jevy.append((d - 7 * ONE, d + ONE, f"☿ Přechod Merkuru přes Slunce {d.day}. "
                                           f"{MESICE[d.month - 1]} {d.year}: pozorování "
                                           f"dalekohledy"))
    jevy.append((GREAT_CONJUNCTION - 10 * ONE, GREAT_CONJUNCTION + ONE,
                 "🪐 Velká konjunkce Jupiteru a Saturnu 21. prosince 2020: sledujte náš přenos"))
    perseidy = _yearly("08-12", 5, 1, lambda y: f"☄️ Perseidy {y}: noční pozorování meteorů")
    noc = [(iso_day(day, -10), iso_day(day, 1), f"🔬 Noc vědců {y}: hvězdárna otevřena do "
                                                f"půlnoci") for y, day in NOC_VEDCU.items()]
    return _calendar(base, noc, jevy, perseidy)


def vlcihora_style() -> PublisherStyle:
    """A Czech public observatory: the numeric date with spaced dots turned "Publikováno" with the
    weekday in its case and the genitive month on 7 January 2019 (a wording per day), the writer
    from a pool, the sky this week with the Moon's main phases (a wording per week) and the day's
    sunrise and sunset (a wording per day), photo credits mid-body, the source and the tags from
    pools, the public viewing hours (summer and winter) turned by Christmas and the closures of
    2020, an events line turned by the 2015 solar eclipse, the lunar eclipses, the transits of
    Mercury, each year's Perseids and Researchers' Night and the great conjunction, the admission
    prices (raised in 2017 and 2019), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="hvezdarna-vlcihora.cz", site="Hvězdárna Vlčí hora", base_size=50,
        subdomains=(("www.", 100),),
        sections=("aktuality", "obloha", "akce", "fotogalerie"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "autor": ("Petr Kolář", "Lenka Dvořáková", "Martin Šimek", "Tereza Horáková"),
            "foto": ("NASA/JPL", "ESO", "archiv hvězdárny", "Martin Šimek", "ESA/Hubble",
                     "Petr Kolář"),
            "zdroj": ("NASA", "ESA", "ESO", "Česká astronomická společnost",
                      "Astronomický ústav AV ČR"),
            "stitky": ("Měsíc", "planety", "komety", "meteory", "zatmění", "Slunce",
                       "galaxie"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_vh_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {autor}")),
            _f("obloha", HEADER, 0.3, *_by_day(_vh_obloha)),
            _f("slunce", HEADER, 0.2, *_by_day(_vh_slunce)),
            _f("foto", MIDDLE, 0.4, (_OLD, "Foto: {foto}")),
            _f("zdroj", FOOTER, 0.3, (_OLD, "Zdroj: {zdroj}")),
            _f("stitky", FOOTER, 0.3, (_OLD, "Štítky: {stitky_list}")),
            _f("pozorovani", FOOTER, 0.35, *_vh_oteviraci()),
            _f("akce", FOOTER, 0.3, *_vh_akce()),
            _f("vstupne", FOOTER, 0.25, *by_table(
                tuple((s, f"{a}/{b}") for s, (a, b) in VH_VSTUPNE), lambda v: (
                    f"Vstupné: dospělí {v.split('/')[0]} Kč, děti a studenti "
                    f"{v.split('/')[1]} Kč."))),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Hvězdárna Vlčí hora, příspěvková "
                                                 "organizace")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v původní verzi článku bylo chybně "
                                              "uvedeno datum maxima.")),
        ),
    )


# --- a British amateur astronomical society -------------------------------------------------

WA_REDESIGN = dt.date(2018, 10, 1)
WA_LOCKDOWN = dt.date(2020, 3, 13)
WA_VISITORS = (("2014-01-01", "£2"), ("2018-09-01", "£3"))
WA_FEES = (("2014-09-01", "£18 a year (juniors £5)"), ("2016-09-01", "£20 a year (juniors £5)"),
           ("2018-09-01", "£24 a year (juniors £6)"), ("2020-09-01", "£24 a year (juniors free)"))
EN_PHASES = ("New Moon", "First Quarter", "Full Moon", "Last Quarter")


def _wa_posted(day: dt.date) -> str:
    if day < WA_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year} · {{author}}"


def _wa_sky(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    span_ = (f"{first.day}–{last.day} {MONTHS[last.month - 1][:3]}" if first.month == last.month
             else f"{first.day} {MONTHS[first.month - 1][:3]}–{last.day} "
                  f"{MONTHS[last.month - 1][:3]}")
    phases = phases_between(first, last)
    moon = "; ".join(f"{EN_PHASES[q]} {WEEKDAYS[d.weekday()][:3]} {ordinal(d.day)}"
                     for d, q in phases) or "no main phase of the Moon"
    sunset = sun_times(first, 51.1, -0.4, 0)[1]
    zone = "BST" if summer_time(first) else "GMT"
    return f"Sky this week ({span_}): {moon}; sunset {sunset} {zone}"


def next_meeting(day: dt.date) -> dt.date:
    """The society's next meeting on or after `day`: the second Friday of each month but
    August."""
    y, m = day.year, day.month
    while True:
        if m != 8:
            meeting = nth_weekday(y, m, 4, 2)
            if meeting >= day:
                return meeting
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _wa_meeting(day: dt.date) -> str:
    meeting = next_meeting(day)
    when = f"Friday {meeting.day} {MONTHS[meeting.month - 1]} {meeting.year}, 7.30pm"
    if day >= WA_LOCKDOWN:
        return f"Next meeting: {when}, online on Zoom (members are sent the link)."
    return (f"Next meeting: {when}, Wealdmoor Village Hall. Visitors welcome "
            f"({in_force(day, WA_VISITORS)} on the door).")


@cache
def _wa_outreach() -> Wordings:
    base = _steps((_OLD, "Our observatory at Hollins Farm is open to the public on clear "
                         "Friday evenings."))
    sky = [
        (EUROPE_ECLIPSE - 10 * ONE, EUROPE_ECLIPSE + ONE,
         "🌒 Solar eclipse, Friday 20 March 2015: join us on the recreation ground from "
         "8.15am. Never look at the Sun without a proper filter!"),
        _span("2020-07-10", "2020-07-26", "☄️ Comet NEOWISE is low in the north-west after "
                                          "dusk: send us your pictures"),
        (GREAT_CONJUNCTION - 10 * ONE, GREAT_CONJUNCTION + ONE,
         "🪐 Jupiter and Saturn meet low in the south-west after sunset on 21 December"),
    ]
    for d in MERCURY_TRANSITS:
        sky.append((d - 7 * ONE, d + ONE, f"☿ Transit of Mercury on {d.day} "
                                          f"{MONTHS[d.month - 1]} {d.year}: solar scopes set up "
                                          f"at the observatory"))
    for d in LUNAR_ECLIPSES_EU:
        sky.append((d - 7 * ONE, d + ONE, f"🌕 Lunar eclipse on {d.day} {MONTHS[d.month - 1]} "
                                          f"{d.year}: the observatory opens specially"))
    lockdown = [_span("2020-03-16", "2020-07-09", "The observatory is closed during lockdown. "
                                                  "Observe from home with our monthly sky "
                                                  "guide.")]
    perseids = _yearly("08-12", 6, 1, lambda y: f"☄️ Perseids {y}: meteor watch at Hollins Farm "
                                                f"on the night of the peak")
    return _calendar(base, lockdown, sky, perseids)


def wealdmoor_style() -> PublisherStyle:
    """A British amateur astronomical society: "Posted on" with the American-order date and
    the writer turned the ordinal date on 1 October 2018 (a wording per day), the sky this
    week with the Moon's main phases and Monday's sunset in GMT or BST (a wording per week),
    members' images with the kit from a pool mid-body, "Clear skies!", "Filed under:" with
    categories from a pool, a comments line, the next meeting (the
    second Friday of each month but August, on Zoom from the 2020 lockdown; the visitors' fee
    raised in 2018), the observatory line turned by the 2015 eclipse, the transits of
    Mercury, the lunar eclipses, each year's Perseids, the lockdown, comet NEOWISE and the
    great conjunction, the fees (changing in September), the charity line, a rare
    correction."""
    return PublisherStyle(
        domain="wealdmoorastro.org.uk", site="Wealdmoor Astronomical Society", base_size=45,
        subdomains=(("www.", 100),),
        sections=("news", "observing", "meetings", "gallery"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"filed": ("Society news", "Observing", "Astrophotography", "Meetings",
                         "Outreach", "Equipment"),
               "kit": ("Skywatcher 200P Dobsonian", "Celestron C8 and ZWO ASI224MC",
                       "Canon 600D on a tracking mount", "William Optics 81mm refractor",
                       "10x50 binoculars and a phone")},
        families=(
            _f("posted", HEADER, 0.8, *_by_day(_wa_posted)),
            _f("sky", HEADER, 0.3, *_by_day(_wa_sky)),
            _f("image", MIDDLE, 0.35, (_OLD, "Image: {author2} ({kit})")),
            _f("clear-skies", FOOTER, 0.35, (_OLD, "Clear skies!")),
            _f("filed", FOOTER, 0.4, (_OLD, "Filed under: {filed_list}")),
            _f("comments", FOOTER, 0.15, (_OLD, "Comments are moderated and may take a day "
                                                "to appear.")),
            _f("meeting", FOOTER, 0.4, *_by_day(_wa_meeting)),
            _f("outreach", FOOTER, 0.25, *_wa_outreach()),
            _f("membership", FOOTER, 0.2, *by_table(WA_FEES, lambda v: (
                f"Membership: {v}. Join at any meeting."))),
            _f("charity", FOOTER, 0.3, (_OLD, "Wealdmoor Astronomical Society is a registered "
                                              "charity, no. 1094417.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the meeting date above has been "
                                                  "updated.")),
        ),
    )


# --- an American national laboratory's newsroom -------------------------------------------

CR_REDESIGN = dt.date(2018, 10, 1)
CR_FISCAL = (("2014-10-01", "4,300 scientists, engineers and staff and an annual budget of "
                            "$950 million"),
             ("2015-10-01", "4,400 scientists, engineers and staff and an annual budget of "
                            "$970 million"),
             ("2016-10-01", "4,400 scientists, engineers and staff and an annual budget of "
                            "$1 billion"),
             ("2017-10-01", "4,500 scientists, engineers and staff and an annual budget of "
                            "$1.02 billion"),
             ("2018-10-01", "4,700 scientists, engineers and staff and an annual budget of "
                            "$1.1 billion"),
             ("2019-10-01", "4,900 scientists, engineers and staff and an annual budget of "
                            "$1.2 billion"),
             ("2020-10-01", "5,100 scientists, engineers and staff and an annual budget of "
                            "$1.3 billion"))
SHUTDOWNS = (("2018-01-20", "2018-01-22"), ("2018-12-22", "2019-01-25"))


def _cr_dateline(day: dt.date) -> str:
    return f"CASCADE FALLS, Wash. — {AP_MONTHS[day.month - 1]} {day.day}, {day.year} —"


@cache
def _cr_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to Cascade Ridge science news by email."))
    lapse = [_span(a, b, "Because of the lapse in federal appropriations, this website may "
                         "not be updated until funding is restored.") for a, b in SHUTDOWNS]
    news = [(US_ECLIPSE - 10 * ONE, US_ECLIPSE + 2 * ONE,
             "🌘 Total solar eclipse, Aug. 21: how our scientists will study the corona"),
            _span("2020-03-23", "2020-12-31", "The laboratory is in limited operations. Media "
                                              "inquiries by email only, please.")]
    return _calendar(base, lapse, news)


def cascaderidge_style() -> PublisherStyle:
    """An American national laboratory's newsroom: "NEWS RELEASE" reworded on 1 October 2018,
    the AP-style dateline (a wording per day), photo credits from a pool mid-body, the
    reference with quoted title and DOI, the funding line with the Office of Science program
    from a pool, "###", the about line with the fiscal year's staff and budget (changing each
    1 October) and the media contact (a block), a notice turned by the government shutdowns,
    the 2017 eclipse and the pandemic's limited operations, the topics from a pool, a rare
    correction."""
    return PublisherStyle(
        domain="cascaderidge.gov", site="Cascade Ridge National Laboratory", base_size=40,
        subdomains=(("www.", 80), ("newsroom.", 20)),
        sections=("news-releases", "feature-stories", "awards"),
        n_authors=3, url_path="/news/{section}/{slug}",
        pools={
            "doi": DOI_STEMS,
            "photo": ("Cascade Ridge National Laboratory", "U.S. Department of Energy",
                      "NASA", "courtesy of the research team"),
            "office": ("Basic Energy Sciences", "Biological and Environmental Research",
                       "Advanced Scientific Computing Research", "Fusion Energy Sciences",
                       "High Energy Physics", "Nuclear Physics"),
            "journal": ("Science", "Nature Energy", "Physical Review Letters",
                        "Journal of the American Chemical Society", "Geophysical Research "
                        "Letters"),
            "topics": ("Energy storage", "Climate", "Computing", "Materials", "Biology",
                       "Astrophysics", "Security"),
        },
        families=(
            _f("release", HEADER, 0.55, (_OLD, "NEWS RELEASE"),
               (CR_REDESIGN.isoformat(), "News Release · For immediate release")),
            _f("dateline", HEADER, 0.85, *_by_day(_cr_dateline)),
            _f("photo", MIDDLE, 0.35, (_OLD, "(Photo: {photo})")),
            _f("reference", FOOTER, 0.3, (_OLD, "Reference: {author2} et al., \"{other_title},\" "
                                                "{journal}, {year}. DOI: {doi}{n:.5}")),
            _f("funding", FOOTER, 0.4, (_OLD, "This work was supported by the U.S. Department "
                                              "of Energy Office of Science, {office}.")),
            _f("ends", FOOTER, 0.45, (_OLD, "###")),
            _f("about", FOOTER, 0.4, *by_table(CR_FISCAL, lambda v: (
                f"Cascade Ridge National Laboratory draws on {v} to solve problems in "
                f"energy, the environment and national security."))),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: {author}, (509) 555-0148, "
                                            "media@cascaderidge.gov")),
            _f("notice", FOOTER, 0.25, *_cr_notice()),
            _f("topics", FOOTER, 0.3, (_OLD, "Topics: {topics_list}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release was updated to "
                                                  "correct a researcher's title.")),
        ),
    )


# --- a Taiwanese planetarium ----------------------------------------------------------------

XH_REDESIGN = dt.date(2019, 7, 1)
XH_PIAOJIA = (("2014-01-01", "展示場全票新臺幣40元，宇宙劇場全票新臺幣100元"),
              ("2018-01-01", "展示場全票新臺幣50元，宇宙劇場全票新臺幣120元"))
ZH_PHASES = ("新月", "上弦", "滿月", "下弦")
XH_SKY = (("2015-04-04", "月全食"), ("2018-01-31", "超級藍月全食"), ("2018-07-28", "月全食"),
          ("2020-06-21", "日環食"))


def _xh_dated(day: dt.date) -> str:
    if day < XH_REDESIGN:
        return f"發布日期：{roc_year(day.year)}-{day.month:02d}-{day.day:02d}"
    return (f"發布日期：民國{roc_year(day.year)}年{day.month}月{day.day}日"
            f"（{XINGQI[day.weekday()][-1]}）")


def _xh_tianxiang(day: dt.date) -> str:
    first = sunday_of(day)
    last = first + 6 * ONE
    phases = phases_between(first, last)
    moon = "、".join(f"{d.month}/{d.day} {ZH_PHASES[q]}" for d, q in phases) or "無主要月相"
    return f"本週天象（{first.month}/{first.day}～{last.month}/{last.day}）：{moon}"


@cache
def _xh_kaifang() -> Wordings:
    base = _steps((_OLD, "開放時間：週二至週日 9:00–17:00，週六延長至 20:00，週一休館"))
    chuxi = [(iso_day(day, -6), iso_day(day, 1), f"{y}年除夕休館一日，大年初一起照常開放")
             for y, day in SPRING_FESTIVAL.items() if y in YEARS]
    sky = [(iso_day(day, -7), iso_day(day, 1), f"{iso_day(day).month}月{iso_day(day).day}日"
                                               f"{name}：本館將舉辦觀測活動並網路直播")
           for day, name in XH_SKY]
    yiqing = [_span("2020-02-01", "2020-06-06", "防疫期間入館請全程配戴口罩並配合量測體溫"),
              _span("2020-06-22", "2020-12-31", "入館請配戴口罩，並以實聯制登記")]
    return _calendar(base, sky, yiqing, chuxi)


def xinghai_style() -> PublisherStyle:
    """A Taiwanese planetarium (traditional Chinese): "發布日期" with the Minguo year in numbers
    turned the long Minguo date with the weekday on 1 July 2019 (a wording per day), the issuing
    unit from a pool, the view count, this week's sky with the Moon's main phases (a wording per
    week, Sunday to Saturday), picture sources and "延伸閱讀" links mid-body, the opening hours
    turned by each Lunar New Year's Eve, the eclipses seen from Taiwan (2020's annular one too) and
    the epidemic's rules, the ticket prices (raised in 2018), the press contact and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="xinghai-astro.org.tw", site="星海天文館", base_size=35,
        subdomains=(("www.", 100),),
        sections=("news", "sky", "activity"),
        n_authors=3, url_path="/{section}/detail/{n}",
        pools={
            "danwei": ("展示組", "天文推廣組", "研究組", "公關室"),
            "tupian": ("NASA", "ESO", "本館", "天文同好提供", "中央氣象局"),
        },
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_xh_dated)),
            _f("danwei", HEADER, 0.45, (_OLD, "發布單位：{danwei}")),
            _f("dianyue", HEADER, 0.3, (_OLD, "點閱次數：{count}")),
            _f("tianxiang", HEADER, 0.3, *_by_day(_xh_tianxiang)),
            _f("tupian", MIDDLE, 0.4, (_OLD, "圖片來源：{tupian}")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}")),
            _f("kaifang", FOOTER, 0.35, *_xh_kaifang()),
            _f("piaojia", FOOTER, 0.2, *by_table(XH_PIAOJIA, lambda v: f"票價：{v}")),
            _f("lianluo", FOOTER, 0.3, (_OLD, "新聞聯絡人：公關室 (02)2831-5547")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 星海天文館 版權所有")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正啟事：本文原誤植觀測時間，已於刊出後更正。")),
        ),
    )


# --- a Czech Academy of Sciences institute's press releases ---------------------------------

UK_REDESIGN = dt.date(2017, 9, 1)
UK_GRANT = dt.date(2019, 1, 1)
UK_STAFF = (("2014-03-01", "190"), ("2015-03-01", "195"), ("2016-03-01", "205"),
            ("2017-03-01", "210"), ("2018-03-01", "220"), ("2019-03-01", "235"),
            ("2020-03-01", "240"))
TYDEN_VEDY = {2015: ("2015-11-02", "2015-11-15"), 2016: ("2016-10-31", "2016-11-13"),
              2017: ("2017-11-01", "2017-11-15"), 2018: ("2018-10-31", "2018-11-14"),
              2019: ("2019-11-04", "2019-11-17")}  # online only in 2020


def _uk_dated(day: dt.date) -> str:
    if day < UK_REDESIGN:
        return f"V Brně dne {day.day}. {day.month}. {day.year}"
    return f"Brno, {day.day}. {MESICE[day.month - 1]} {day.year}"


def _uk_embargo(day: dt.date) -> str:
    return (f"EMBARGO do {DO_DNE[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}"
            f", {{embargo_cas}}")


@cache
def _uk_akce() -> Wordings:
    base = _steps((_OLD, "Sledujte ústav na Twitteru a Facebooku."))
    tyden = [(iso_day(a, -7), iso_day(b, 1), f"Týden vědy a techniky AV ČR {y}: přednášky a dny "
                                             f"otevřených dveří v našich laboratořích")
             for y, (a, b) in TYDEN_VEDY.items()]
    noc = [(iso_day(day, -10), iso_day(day, 1), f"Noc vědců {y}: přijďte k nám do laboratoří")
           for y, day in NOC_VEDCU.items() if y < 2020]
    covid = [_span("2020-03-16", "2020-06-30", "Ústav je pro veřejnost uzavřen; kontaktujte nás "
                                               "prosím e-mailem."),
             _span("2020-10-05", "2020-12-31", "Akce pro veřejnost se letos konají pouze "
                                               "online.")]
    return _calendar(base, covid, tyden, noc)


def ukeav_style() -> PublisherStyle:
    """A Czech Academy of Sciences institute's press releases: "Tisková zpráva", an embargo
    line with the weekday in the genitive, the day and the hour from a pool (a wording per
    day), "V Brně dne" with the numeric date turned the place and the long date on 1
    September 2017 (a wording per day), photo credits mid-body, the original publication with
    a DOI, the grant line with the Czech Science Foundation's project number (reworded in
    2019), the press contact, the about line with the year's staff (changing each 1 March)
    (a block), an events line turned by each Week of Science and Technology, Researchers'
    Night and the closures of 2020, the PDF download line, a rare correction."""
    return PublisherStyle(
        domain="ukeav.cz", site="Ústav krajinné ekologie AV ČR", base_size=30,
        subdomains=(("www.", 100),),
        sections=("tiskove-zpravy", "aktuality"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "doi": DOI_STEMS,
            "embargo_cas": ("17:00", "16:00", "20:00", "11:00"),
            "foto": ("archiv ÚKE AV ČR", "Jana Plachá", "Shutterstock", "Tomáš Brož"),
            "casopis": ("Nature Ecology & Evolution", "Global Change Biology",
                        "Journal of Ecology", "Science of the Total Environment",
                        "Landscape Ecology"),
            "projekt": ("15", "16", "17", "18", "19", "20"),
        },
        families=(
            _f("tz", HEADER, 0.55, (_OLD, "Tisková zpráva")),
            _f("embargo", HEADER, 0.2, *_by_day(_uk_embargo)),
            _f("datum", HEADER, 0.8, *_by_day(_uk_dated)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}")),
            _f("publikace", FOOTER, 0.35, (_OLD, "Původní publikace: {author2} et al. ({year}): "
                                                 "{casopis}. DOI: {doi}{n:.5}")),
            _f("grant", FOOTER, 0.3,
               (_OLD, "Výzkum byl podpořen Grantovou agenturou ČR (projekt č. "
                      "{projekt}-{n:.5}S)."),
               (UK_GRANT.isoformat(), "Výzkum podpořila Grantová agentura ČR v rámci projektu "
                                      "GA{projekt}-{n:.5}S a program Strategie AV21.")),
            _f("kontakt", FOOTER, 0.45, (_OLD, "Kontakt pro média: Mgr. Kateřina Hrubá, tisková "
                                               "mluvčí, tel. +420 541 555 128, "
                                               "media@ukeav.cz")),
            _f("o-ustavu", FOOTER, 0.4, *by_table(UK_STAFF, lambda v: (
                f"Ústav krajinné ekologie AV ČR, v. v. i., zkoumá krajinu a její proměny; "
                f"pracuje v něm přes {v} lidí."))),
            _f("akce", FOOTER, 0.2, *_uk_akce()),
            _f("pdf", FOOTER, 0.2, (_OLD, "Tiskovou zprávu si můžete stáhnout ve formátu PDF.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v předchozí verzi zprávy bylo chybně "
                                              "uvedeno jméno spoluautorky.")),
        ),
    )


def heldout164_styles() -> list[PublisherStyle]:
    """The held-back-164 styles, in the order the generator hands them to publishers."""
    return [
        helix_style(), calderbridge_style(), wissenschaftskurier_style(),
        preprintpulse_style(), carnet_style(), gezhi_style(), waalmond_style(),
        vlcihora_style(), wealdmoor_style(), cascaderidge_style(), xinghai_style(),
        ukeav_style(),
    ]
