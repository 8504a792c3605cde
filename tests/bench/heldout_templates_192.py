"""The ``held-back-192`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
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
advertisement marker or a publisher's company line. The publishers are wedding, events and
venue-hire magazines and blogs in English, Spanish, Italian, Greek, Indonesian and Hindi: a
British wedding magazine, an American wedding blog, a Spanish bridal magazine, an Italian
wedding magazine, a Greek weddings-and-christenings blog, an Indonesian wedding magazine, a
Hindi wedding site, a British barn wedding venue's journal, a Mexican events hall (weddings
and quinceañeras), a Tuscan villa that hires itself out for weddings and events, a Greek
reception estate and a Jakarta wedding hall. The families are the kinds a crawl of such
sites holds: dates localised day by day in English, Spanish, Italian, Greek (genitive months),
Indonesian and Hindi (later in Devanagari digits), several changing form on the day of a
redesign; vendor credits (photographer, venue, florist, dress, planner, make-up, caterer,
decorator, mehndi artist) from pools as multi-line blocks; "featured wedding" and "real
wedding" lines naming the couple and the venue; submission lines reworded; wedding-fair and
open-day banners by date (the magazines' own fairs, bridal fashion weeks, a barn's open day
each first Sunday, a villa's spring and autumn open days, a hall's open house, Mexico's Buen
Fin); calendars weddings follow (the engagement season, the royal weddings of 2018 with a
day-by-day countdown, the Orthodox Great Lent, the August fast and the Twelve Days, Ramadan
and Idul Fitri with their Hijri years, Kharmas and Dev Uthani Ekadashi, the 2020 pandemic's
bans, guest limits and lockdowns country by country); price guides by year (average wedding
costs, exclusive-use hire, packages per guest, menus per head, hall hire in rupiah); lines
that turn every day ("Wedding of the Day", "availability correct as of"), every week (a
giveaway closing each Sunday) and every month (a print issue); related links and
advertisement markers mid-body (some up to two times), photo credits and recommended
suppliers mid-body; contact, address and company blocks; bare lines and families in only 4%
of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    iso_day,
    last_weekday,
    nth_weekday,
    ordinal,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar = _PERIOD.calendar
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
MINES_SHORT = ("Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε",
               "Δεκ")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")
BULAN_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
               "Des")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MAHINE = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
DEVANAGARI_ZERO = "०"

# Ramadan's first day, Idul Fitri and the Hijri year, as Indonesian sites kept them.
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-17", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-05", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}
PSBB = (("2020-04-10", "2020-06-04"), ("2020-09-14", "2020-10-11"))  # Jakarta's restrictions

# --- helpers of this set ------------------------------------------------------------------


def yearly_amount(md: str, values: dict[int, str],
                  text: Callable[[int, str], str]) -> Wordings:
    """A line with a year's amount (`values`: year -> amount), changing on month-day `md`
    of each later year; the first year's line is in force before."""
    years = sorted(values)
    out = [(_OLD, text(years[0], values[years[0]]))]
    out += [(f"{y}-{md}", text(y, values[y])) for y in years[1:]]
    return tuple(out)


def hindi_digits(number: int | str) -> str:
    """A number in Devanagari digits."""
    return "".join(digits(c, DEVANAGARI_ZERO) if c.isdigit() else c for c in str(number))


def week_end(day: dt.date) -> dt.date:
    """The Sunday on or after `day`: the day a weekly giveaway closes."""
    return day + dt.timedelta(days=6 - day.weekday())


def first_sunday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 6, 1)


def clean_monday(y: int) -> dt.date:
    """The first day of the Orthodox Great Lent: 48 days before Orthodox Easter."""
    return orthodox_easter(y) - 48 * ONE


def _spans(pairs: tuple[tuple[str, str], ...], text: str) -> list[Event]:
    return [_span(first, last, text) for first, last in pairs]


# --- a British wedding magazine -----------------------------------------------------------

CE_REDESIGN = dt.date(2018, 1, 8)
CE_NEWSLETTER = dt.date(2017, 5, 2)
CE_SUBMIT = dt.date(2019, 3, 1)
# The magazine's own wedding fairs: first and last day and hall.
CE_FAIRS = (("2015-02-21", "2015-02-22", "Olympia London"), ("2015-10-03", "2015-10-04",
                                                             "the NEC Birmingham"),
            ("2016-02-20", "2016-02-21", "Olympia London"), ("2016-10-01", "2016-10-02",
                                                             "the NEC Birmingham"),
            ("2017-02-25", "2017-02-26", "Olympia London"), ("2017-10-07", "2017-10-08",
                                                             "Manchester Central"),
            ("2018-02-24", "2018-02-25", "Olympia London"), ("2018-09-29", "2018-09-30",
                                                             "Manchester Central"),
            ("2019-02-23", "2019-02-24", "Olympia London"), ("2019-10-05", "2019-10-06",
                                                             "the NEC Birmingham"),
            ("2020-02-22", "2020-02-23", "Olympia London"))
ROYAL_WEDDING = dt.date(2018, 5, 19)
# The survey's average cost, published each first of February for the year before.
CE_COST = {2014: "22,700", 2015: "24,000", 2016: "25,200", 2017: "27,200", 2018: "30,400",
           2019: "31,900", 2020: "32,500"}


def _ce_dated(day: dt.date) -> str:
    if day < CE_REDESIGN:
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _ce_royal(day: dt.date) -> str:
    left = (ROYAL_WEDDING - day).days
    return (f"👑 {left} day{'s' if left > 1 else ''} to go until the royal wedding: our "
            f"guide to the dress, the chapel and the guest list")


def _ce_base(day: dt.date) -> str:
    if ROYAL_WEDDING - 30 * ONE <= day < ROYAL_WEDDING:
        return _ce_royal(day)
    if day < CE_NEWSLETTER:
        return "Get our free monthly newsletter: planning tips, real weddings and giveaways"
    return "💌 Join 40,000 couples who get The Confetti Edit newsletter every Tuesday"


@cache
def _ce_notice() -> Wordings:
    covid = [
        _span("2020-03-23", "2020-07-03", "🦠 Coronavirus and your wedding: our postponement "
                                          "guide and your rights as a couple"),
        _span("2020-07-04", "2020-09-27", "💍 Weddings are back in England: up to 30 guests "
                                          "from 4 July"),
        _span("2020-09-28", "2020-11-04", "Weddings in England are now limited to 15 guests: "
                                          "what it means for your plans"),
        _span("2020-11-05", "2020-12-01", "Lockdown: weddings in England are paused until "
                                          "2 December"),
    ]
    royal = [
        _span("2018-05-19", "2018-05-21", "👑 The royal wedding: every detail of the dress, "
                                          "the flowers and the cake"),
        _span("2018-10-12", "2018-10-14", "👑 Princess Eugenie's wedding at Windsor: the "
                                          "dress, the tiara and the flowers"),
    ]
    fairs: list[Event] = []
    for first, last, hall in CE_FAIRS:
        a, b = iso_day(first), iso_day(last)
        fairs.append((a - 21 * ONE, b + ONE,
                      f"🎟️ The Confetti Edit Live, {hall}, {a.day}–{b.day} "
                      f"{MONTHS[b.month - 1]} {b.year}: tickets on sale now"))
    return _calendar(_ce_base, covid, royal, fairs)


def _ce_giveaway(day: dt.date) -> str:
    sunday = week_end(day)
    return (f"🎁 This week's giveaway closes at midnight on Sunday {sunday.day} "
            f"{MONTHS[sunday.month - 1]}: enter now")


def confetti_style() -> PublisherStyle:
    """A British wedding magazine and blog: a kicker from a pool, the date with an ordinal
    turned the weekday and the date on 8 January 2018 (a wording per day), "Posted by"
    turned the writer and the photographer, a "REAL WEDDING" line naming the couple and the
    venue, "Advertisement" (up to twice) and "You might also like:" mid-body, a giveaway that
    closes each Sunday (a wording per week), a newsletter banner reworded and turned by the
    magazine's spring and autumn wedding fairs, the royal weddings of 2018 (with a countdown
    day by day) and the pandemic's rules for weddings in England, the survey's average
    wedding cost (changing each February), the vendor credits (photographer, venue,
    flowers, dress: a block), a submission line reworded, an affiliate disclosure, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="confettiedit.co.uk", site="The Confetti Edit", base_size=250,
        subdomains=(("www.", 100),),
        sections=("real-weddings", "venues", "fashion", "planning", "honeymoons", "flowers"),
        n_authors=10, url_path="/{section}/{slug}/",
        pools={
            "kicker": ("REAL WEDDINGS", "VENUES", "BRIDAL FASHION", "PLANNING", "HONEYMOONS",
                       "FLOWERS", "CAKES"),
            "couple": ("Hannah & Tom", "Priya & James", "Sophie & Ellie", "Grace & Callum",
                       "Amara & Daniel", "Laura & Rhys", "Megan & Oliver"),
            "venue": ("Thornbury Tithe Barn", "Aldermoor House", "Kingsford Castle",
                      "The Old Rectory, Wenlow", "Saltmarsh Boathouse", "Ashcombe Orangery"),
            "photographer": ("Ellie Grace Photography", "Two Birds Film & Photo",
                             "Joe Marsh Weddings", "Lucy Greenwood Photography",
                             "Ash Thornton Photography", "Hollie Vane Photography"),
            "florist": ("Wild Bloom Studio", "The Meadow Stems Co.", "Petalworks London",
                        "Foxglove & Fern", "Hedgerow Flower Farm"),
            "designer": ("Halfpenny London", "Jenny Packham", "Rixo", "Suzanne Neville",
                         "Charlie Brear", "a vintage find"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ce_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Posted by {author}"),
               (CE_REDESIGN.isoformat(), "Words by {author} · Photography by {photographer}")),
            _f("real-wedding", HEADER, 0.3, (_OLD, "REAL WEDDING · {couple} at {venue}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("also-like", MIDDLE, 0.35, (_OLD, "You might also like: {other_title}")),
            _f("giveaway", MIDDLE, 0.12, *_by_day(_ce_giveaway)),
            _f("notice", FOOTER, 0.3, *_ce_notice()),
            _f("cost", FOOTER, 0.2, *yearly_amount("02-01", CE_COST, lambda y, v: (
                f"The average UK wedding cost £{v} in {y - 1}, according to our Big Wedding "
                f"Survey."))),
            _f("photographer", FOOTER, 0.55, (_OLD, "Photography: {photographer}")),
            _f("venue", FOOTER, 0.5, (_OLD, "Venue: {venue}")),
            _f("flowers", FOOTER, 0.4, (_OLD, "Flowers: {florist}")),
            _f("dress", FOOTER, 0.35, (_OLD, "Dress: {designer}")),
            _f("submit", FOOTER, 0.3,
               (_OLD, "Want your wedding featured? Email submissions@confettiedit.co.uk with a "
                      "link to your gallery."),
               (CE_SUBMIT.isoformat(), "Want to see your wedding on The Confetti Edit? Submit "
                                       "it through our online form: photographers and couples "
                                       "welcome.")),
            _f("affiliate", FOOTER, 0.15, (_OLD, "This post contains affiliate links: if you "
                                                 "buy through them we may earn a small "
                                                 "commission, at no cost to you.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Confetti Edit. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "credited the wrong florist.")),
        ),
    )


# --- an American wedding blog -------------------------------------------------------------

PP_REDESIGN = dt.date(2017, 8, 14)
PP_NEWSLETTER = dt.date(2018, 3, 6)
PP_GDPR = dt.date(2018, 5, 25)
PP_SUBMIT = dt.date(2019, 6, 1)
# The blog's reader study: average spend, published each 15 February for the year before.
PP_COST = {2014: "31,200", 2015: "32,600", 2016: "35,300", 2017: "33,400", 2018: "33,900",
           2019: "34,100", 2020: "28,600"}


def bridal_fashion_week(y: int, month: int) -> tuple[dt.date, dt.date]:
    """New York's bridal fashion week as the blog covered it: from the second Thursday of
    April or October, five days."""
    first = nth_weekday(y, month, 3, 2)
    return first, first + 4 * ONE


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Published {day.month:02d}.{day.day:02d}.{day.year % 100:02d}"


def _pp_wotd(day: dt.date) -> str:
    return f"💐 Wedding of the Day · {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"


@cache
def _pp_notice() -> Wordings:
    base = _steps((_OLD, "Planning a wedding? Subscribe to our weekly newsletter"),
                  (PP_NEWSLETTER.isoformat(), "✨ Get the Petal & Promise Weekly: real weddings "
                                              "and planning checklists in your inbox"))
    covid = [_span("2020-03-16", "2020-06-30", "🦠 Postponing? Our guide to changing your "
                                               "date, plus free 'change the date' cards")]
    engaged = [(dt.date(y, 12, 24), dt.date(y + 1, 2, 15),
                f"💍 Engaged over the holidays? Start with our {y + 1} wedding planning "
                f"checklist") for y in range(2014, 2021)]
    weeks: list[Event] = []
    for y in range(2015, 2020):
        for month, season in ((4, "Spring"), (10, "Fall")):
            first, last = bridal_fashion_week(y, month)
            weeks.append((first - 3 * ONE, last + ONE,
                          f"👗 Bridal Fashion Week, {season} {y}: every runway show, live"))
    return _calendar(base, covid, engaged, weeks)


def petal_style() -> PublisherStyle:
    """An American wedding blog: a category from a pool, the long date turned "Published"
    with the dotted numeric date on 14 August 2017 (a wording per day), "by" turned the
    writer with the beat, the reading time, an affiliate disclosure, "Wedding of the Day"
    with the weekday and the day (a wording per day), "Save to Pinterest" (up to twice) and
    "Related:" mid-body, a newsletter banner reworded and turned by each engagement season
    (Christmas Eve to Valentine's Day), the spring and fall bridal fashion weeks and the
    pandemic's postponements, the reader study's average spend (changing each February),
    the vendor credits (photography, florals, venue, planning, hair and make-up: a block), a
    submission line reworded, the copyright line reworded after the GDPR, a rare editor's
    note."""
    return PublisherStyle(
        domain="petalandpromise.com", site="Petal & Promise", base_size=220,
        subdomains=(("www.", 100),),
        sections=("real-weddings", "engagements", "style-shoots", "planning", "fashion",
                  "elopements"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("Real Weddings", "Engagements", "Styled Shoots", "Planning",
                         "Bridal Fashion", "Elopements"),
            "beat": ("Senior Editor", "Real Weddings Editor", "Contributing Writer",
                     "Fashion Editor", "Editor-in-Chief"),
            "photographer": ("Marisol Vega Photography", "Birch & Bramble Studio",
                             "Kayla Dunn Photo", "Golden Hour Collective", "Jun Park Weddings"),
            "florist": ("Bloom & Bough", "Sweet Pea Floral Co.", "Wildflower Workshop",
                        "Stem Society"),
            "venue": ("The Magnolia Barn", "Cedar Ridge Vineyard", "The Foundry at Elm Street",
                      "Lakeview Pavilion", "Rosewood Estate"),
            "planner": ("Ever After Events", "Gather & Toast Planning", "Lark Event Co."),
            "hmua": ("Glow Bridal Beauty", "Blush & Brush Studio", "The Vanity Bar"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_pp_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "by {author}"),
               (PP_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("read-time", HEADER, 0.3, (_OLD, "{read_min} min read")),
            _f("disclosure", HEADER, 0.15, (_OLD, "This post may contain affiliate links. Read "
                                                  "our disclosure policy.")),
            _f("wotd", HEADER, 0.2, *_daily(_pp_wotd)),
            _f("pin", MIDDLE, 0.3, (_OLD, "Save to Pinterest"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("notice", FOOTER, 0.3, *_pp_notice()),
            _f("study", FOOTER, 0.2, *yearly_amount("02-15", PP_COST, lambda y, v: (
                f"Our {y} Real Weddings Study: couples spent an average of ${v} on their "
                f"wedding in {y - 1}."))),
            _f("photography", FOOTER, 0.6, (_OLD, "Photography: {photographer}")),
            _f("florals", FOOTER, 0.45, (_OLD, "Florals: {florist}")),
            _f("venue", FOOTER, 0.5, (_OLD, "Venue: {venue}")),
            _f("planning", FOOTER, 0.3, (_OLD, "Planning & Design: {planner}")),
            _f("hmua", FOOTER, 0.25, (_OLD, "Hair & Makeup: {hmua}")),
            _f("submit", FOOTER, 0.3,
               (_OLD, "Want to be featured? Submit your wedding through our submissions "
                      "portal."),
               (PP_SUBMIT.isoformat(), "Photographers: submit full galleries (60+ images) "
                                       "through our new submission form.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Petal & Promise, LLC"),
               (PP_GDPR.isoformat(), "© {year} Petal & Promise, LLC · Privacy Policy · "
                                     "Terms of Use")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: vendor credits have been "
                                                    "updated at the couple's request.")),
        ),
    )


# --- a Spanish bridal magazine ------------------------------------------------------------

NA_REDESIGN = dt.date(2019, 1, 14)
NA_NEWSLETTER = dt.date(2017, 3, 1)
NA_ENVIO = dt.date(2018, 5, 25)
NA_PRECIO = {2014: "19.800", 2015: "20.500", 2016: "21.000", 2017: "22.100", 2018: "22.800",
             2019: "23.600", 2020: "23.900"}  # euros, from each 15 January


def sevilla_salon(y: int) -> tuple[dt.date, dt.date]:
    """The magazine's bridal fair in Seville: the last Saturday and Sunday of January."""
    sunday = last_weekday(y, 1, 6)
    return sunday - ONE, sunday


def barcelona_week(y: int) -> tuple[dt.date, dt.date]:
    """Barcelona's bridal fashion week as the magazine covered it: the last full week of
    April, Monday to Sunday."""
    monday = last_weekday(y, 4, 0) - 7 * ONE
    return monday, monday + 6 * ONE


def _na_fecha(day: dt.date) -> str:
    if day < NA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Actualizado el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} - {{time}} h")


@cache
def _na_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestra newsletter y recibe cada mes las últimas "
                         "tendencias nupciales"),
                  (NA_NEWSLETTER.isoformat(), "💌 Únete a las más de 25.000 novias que reciben "
                                              "nuestra newsletter cada jueves"))
    covid = [
        _span("2020-03-14", "2020-06-20", "Estado de alarma: todo lo que debes saber si "
                                          "tienes que aplazar tu boda"),
        _span("2020-06-21", "2020-09-30", "Nueva normalidad: los aforos para bodas, comunidad "
                                          "por comunidad"),
    ]
    salones, semanas = [], []
    for y in YEARS:
        sat, sun = sevilla_salon(y)
        salones.append((sat - 14 * ONE, sun + ONE,
                        f"🎟️ Salón Novias de Azahar, Sevilla, {sat.day} y {sun.day} de enero "
                        f"de {y}: entrada gratuita con invitación"))
        first, last = barcelona_week(y)
        semanas.append((first, last + ONE, f"👰 Barcelona Bridal Fashion Week {y}: todas las "
                                           f"colecciones, desfile a desfile"))
    return _calendar(base, covid, salones, semanas)


def azahar_style() -> PublisherStyle:
    """A Spanish bridal magazine: a section from a pool, the numeric date turned the weekday,
    the long date and the time on 14 January 2019 (a wording per day), "Por" turned the
    writer and the photographer, a "BODA REAL" line with the couple and the estate,
    "Publicidad" (up to twice) and "Te puede interesar:" mid-body, a newsletter banner
    reworded and turned by the magazine's Seville fair each January, Barcelona's bridal week
    each April and the state of alarm, the survey's average wedding price (changing each
    January), the suppliers (photography, estate, flowers, dress: a block), a submission line
    reworded, the publisher's copyright line, a rare correction."""
    return PublisherStyle(
        domain="noviasdeazahar.es", site="Novias de Azahar", base_size=195,
        subdomains=(("www.", 100),),
        sections=("bodas-reales", "vestidos", "fincas", "organizacion", "luna-de-miel",
                  "belleza"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "seccion": ("Bodas reales", "Vestidos de novia", "Fincas y espacios",
                        "Organización", "Luna de miel", "Belleza"),
            "pareja": ("Lucía y Javier", "Marta y Andrés", "Carmen y Pablo", "Irene y Sergio",
                       "Paula y Álvaro", "Elena y Nacho"),
            "finca": ("Finca El Olivar de Carmona", "Masía Can Roure", "Cortijo Los Almendros",
                      "Pazo de Vilaboa", "Hacienda San Bartolo", "Quinta de la Alameda"),
            "fotografo": ("Estudio Lumbre", "Carlos Riaño Fotografía", "Nube de Papel",
                          "Ana Ferrer Fotógrafa", "Luz de Tarde Bodas"),
            "flores": ("Floristería La Camelia", "Jardín de Olivia", "Verde Limón Flores",
                       "Amapola Estudio Floral"),
            "vestido": ("Pronovias", "Rosa Clará", "Jesús Peiró", "Cortana", "diseño propio"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_na_fecha)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (NA_REDESIGN.isoformat(), "Texto: {author} · Fotos: {fotografo}")),
            _f("boda-real", HEADER, 0.25, (_OLD, "BODA REAL · {pareja} en {finca}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("aviso", FOOTER, 0.3, *_na_aviso()),
            _f("precio", FOOTER, 0.2, *yearly_amount("01-15", NA_PRECIO, lambda y, v: (
                f"Precio medio de una boda en España en {y}: {v} € (encuesta anual a "
                f"nuestras lectoras)"))),
            _f("fotografia", FOOTER, 0.5, (_OLD, "Fotografía: {fotografo}")),
            _f("finca", FOOTER, 0.45, (_OLD, "Finca: {finca}")),
            _f("flores", FOOTER, 0.35, (_OLD, "Flores: {flores}")),
            _f("vestido", FOOTER, 0.3, (_OLD, "Vestido de novia: {vestido}")),
            _f("envia", FOOTER, 0.25,
               (_OLD, "¿Quieres ver tu boda publicada? Escríbenos a bodas@noviasdeazahar.es"),
               (NA_ENVIO.isoformat(), "¿Fotógrafo o novia? Envíanos tu boda desde el "
                                      "formulario de colaboraciones.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ediciones Azahar S.L. Todos los "
                                                 "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: se ha corregido el nombre "
                                                     "de la floristería.")),
        ),
    )


# --- an Italian wedding magazine ----------------------------------------------------------

FA_REDESIGN = dt.date(2017, 9, 18)
FA_NEWSLETTER = dt.date(2018, 4, 3)
FA_INVIO = dt.date(2019, 2, 1)
FA_COSTO = {2014: "19.500", 2015: "20.000", 2016: "21.500", 2017: "22.000", 2018: "23.500",
            2019: "24.000", 2020: "25.000"}  # euros, from each 10 February


def roma_fiera(y: int) -> tuple[dt.date, dt.date]:
    """The magazine's wedding fair in Rome: the third Saturday and Sunday of January."""
    sat = nth_weekday(y, 1, 5, 3)
    return sat, sat + ONE


def milano_fiera(y: int) -> tuple[dt.date, dt.date]:
    """Its autumn fair in Milan: the first Saturday and Sunday of October."""
    sat = nth_weekday(y, 10, 5, 1)
    return sat, sat + ONE


def _fa_data(day: dt.date) -> str:
    if day < FA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()]}, {day.day} {MESI[day.month - 1]} {day.year}"


@cache
def _fa_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di Fiori d'Arancio"),
                  (FA_NEWSLETTER.isoformat(), "💐 Ogni lunedì idee, tendenze e fornitori "
                                              "selezionati: iscriviti alla newsletter"))
    covid = [
        _span("2020-03-09", "2020-06-14", "Coronavirus: matrimoni sospesi, cosa fare se "
                                          "dovete rinviare le nozze"),
        _span("2020-06-15", "2020-10-12", "Si torna a dire sì: le regole per i ricevimenti "
                                          "regione per regione"),
        _span("2020-10-13", "2020-11-05", "Nuovo DPCM: ai ricevimenti di nozze al massimo 30 "
                                          "invitati"),
        _span("2020-11-06", "2021-01-10", "Feste e ricevimenti sospesi: cosa prevede l'ultimo "
                                          "DPCM per gli sposi"),
    ]
    fiere: list[Event] = []
    for y in YEARS:
        for when, city in ((roma_fiera(y), "Roma"), (milano_fiera(y), "Milano")):
            sat, sun = when
            fiere.append((sat - 21 * ONE, sun + ONE,
                          f"🎟️ Fiera Sposi Fiori d'Arancio, {city}, {sat.day} e {sun.day} "
                          f"{MESI[sun.month - 1]} {y}: ingresso gratuito su registrazione"))
    return _calendar(base, covid, fiere)


def fioridarancio_style() -> PublisherStyle:
    """An Italian wedding magazine: a column from a pool, the numeric date turned the weekday
    and the long date on 18 September 2017 (a wording per day), "di" turned the writer and the
    photographer, a featured-wedding line with the couple and the location, "Pubblicità" (up
    to twice) and "Leggi anche:" mid-body, a newsletter banner reworded and turned by the
    magazine's fairs in Rome each January and Milan each October and by the pandemic's
    decrees, the average wedding cost (changing each February), the credits (photographer,
    location, flowers, planner: a block), a submission line reworded, the copyright line and
    the publisher's company line (a block), a rare correction."""
    return PublisherStyle(
        domain="fioridarancio.it", site="Fiori d'Arancio", base_size=170,
        subdomains=(("www.", 100),),
        sections=("matrimoni", "abiti-da-sposa", "location", "organizzazione",
                  "viaggio-di-nozze", "bomboniere"),
        n_authors=7, url_path="/{section}/{slug}/",
        pools={
            "rubrica": ("Matrimoni reali", "Abiti da sposa", "Location", "Organizzazione",
                        "Viaggio di nozze", "Bomboniere"),
            "coppia": ("Giulia e Marco", "Chiara e Luca", "Francesca e Davide",
                       "Sara e Alessandro", "Martina e Simone"),
            "location": ("Villa Aurelia sul Lago", "Masseria Li Ulivi", "Castello di "
                         "Montegufoni", "Tenuta Le Sughere", "Borgo San Fedele"),
            "fotografo": ("Studio Fotografico Lanterna", "Matteo Conti Photographer",
                          "Sguardi Wedding", "Elisa Ferri Fotografia"),
            "fiorista": ("Fiori di Campo Atelier", "La Serra di Nina", "Verbena Eventi"),
            "planner": ("Sì Lo Voglio Wedding Planner", "Dolce Attesa Eventi",
                        "Nodo d'Amore Planning"),
        },
        families=(
            _f("rubrica", HEADER, 0.5, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.85, *_by_day(_fa_data)),
            _f("autore", HEADER, 0.55, (_OLD, "di {author}"),
               (FA_REDESIGN.isoformat(), "Articolo di {author} | Foto di {fotografo}")),
            _f("in-evidenza", HEADER, 0.2, (_OLD, "Matrimonio in evidenza: {coppia} a "
                                                  "{location}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("avviso", FOOTER, 0.3, *_fa_avviso()),
            _f("costo", FOOTER, 0.2, *yearly_amount("02-10", FA_COSTO, lambda y, v: (
                f"Quanto costa sposarsi? Nel {y} la spesa media per un matrimonio in Italia è "
                f"di {v} euro."))),
            _f("fotografo", FOOTER, 0.5, (_OLD, "Fotografo: {fotografo}")),
            _f("location", FOOTER, 0.45, (_OLD, "Location: {location}")),
            _f("fiori", FOOTER, 0.35, (_OLD, "Fiori e allestimenti: {fiorista}")),
            _f("planner", FOOTER, 0.25, (_OLD, "Wedding planner: {planner}")),
            _f("invia", FOOTER, 0.25,
               (_OLD, "Volete vedere il vostro matrimonio su Fiori d'Arancio? Scrivete a "
                      "redazione@fioridarancio.it"),
               (FA_INVIO.isoformat(), "Fotografi e coppie: segnalateci il vostro matrimonio "
                                      "dal modulo «Racconta le tue nozze».")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Fiori d'Arancio. Riproduzione "
                                                 "riservata.")),
            _f("societa", FOOTER, 0.3, (_OLD, "Edizioni Zagara S.r.l. · P.IVA 04712390158 · "
                                              "Reg. Trib. di Milano n. 212 del 14/05/2009")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella prima versione dell'articolo "
                                                 "il nome della location era errato.")),
        ),
    )


# --- a Greek weddings-and-christenings blog -----------------------------------------------

NS_REDESIGN = dt.date(2018, 9, 3)
NS_STEILTE = dt.date(2019, 4, 1)
NS_KOSTOS = {2014: "13.500", 2015: "14.000", 2016: "14.200", 2017: "15.000", 2018: "15.800",
             2019: "16.500", 2020: "17.000"}  # euros, from each 20 January


def _ns_date(day: dt.date) -> str:
    if day < NS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year} - {{time}}"


def lent_events() -> list[Event]:
    """The Orthodox Great Lent, from Clean Monday to Holy Saturday, in which weddings are
    not held."""
    out: list[Event] = []
    for y in YEARS:
        easter = orthodox_easter(y)
        out.append((clean_monday(y), easter,
                    f"Σαρακοστή {y}: δεν τελούνται γάμοι έως την Κυριακή του Πάσχα, "
                    f"{easter.day} {MINES[easter.month - 1]}"))
    return out


@cache
def _ns_imerologio() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Instagram για καθημερινή έμπνευση γάμου"))
    covid = [
        _span("2020-03-16", "2020-05-17", "Κορωνοϊός: τι ισχύει για γάμους και βαπτίσεις "
                                          "όσο οι ναοί μένουν κλειστοί"),
        _span("2020-11-07", "2021-01-10", "Lockdown: γάμοι και βαπτίσεις μόνο με έως 9 "
                                          "άτομα"),
    ]
    fasts: list[Event] = lent_events()
    for y in YEARS:
        fasts.append((dt.date(y, 8, 1), dt.date(y, 8, 16),
                      f"Δεκαπενταύγουστος {y}: δεν τελούνται γάμοι έως τις 15 Αυγούστου"))
    for y in range(2014, 2021):
        fasts.append((dt.date(y, 12, 13), dt.date(y + 1, 1, 7),
                      f"Από 13 Δεκεμβρίου {y} έως 6 Ιανουαρίου {y + 1} δεν τελούνται γάμοι"))
    return _calendar(base, covid, sorted(fasts))


def stefani_style() -> PublisherStyle:
    """A Greek weddings-and-christenings blog: a category from a pool, the numeric date
    turned the weekday, the long date with the genitive month and the time on 3 September
    2018 (a wording per day), "Γράφει η" turned "Επιμέλεια:", "ΔΙΑΦΗΜΙΣΗ" (up to twice) and
    "Διαβάστε επίσης:" mid-body, a wedding-calendar line turned by the Orthodox Great Lent
    (to Easter, a movable feast), the August fast, the days from 13 December to Epiphany and
    the pandemic's closures, the average wedding cost (changing each January), the
    partners (photography, reception venue, decoration, dress: a block), a submission line
    reworded, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="nyfikostefani.gr", site="Νυφικό Στεφάνι", base_size=150,
        subdomains=(("www.", 100),),
        sections=("gamos", "vaptisi", "nyfika", "stolismos", "mpomponieres", "taxidi"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "katigoria": ("Γάμος", "Βάπτιση", "Νυφικά", "Στολισμός", "Μπομπονιέρες",
                          "Ταξίδι του μέλιτος"),
            "fotografos": ("Studio Φωτόραμα", "Γιώργος Λαμπράκης Photography",
                           "Άσπρο Φως Wedding Stories", "Ελένη Μαυρίδη Φωτογραφία"),
            "ktima": ("Κτήμα Αμπελώνας", "Κτήμα Λευκή Βίλα", "Πύργος Βασιλίσσης",
                      "Κτήμα Δρυάδες", "Αίθουσα Κρυστάλλι"),
            "stolismos": ("Άνθος Στολισμοί", "Λεμονανθός Events", "Ροδόκηπος Floral Design"),
            "nyfiko": ("Atelier Μαργαρίτα", "Λευκό Όνειρο Νυφικά", "Pronovias",
                       "Ράμμα Couture"),
        },
        families=(
            _f("katigoria", HEADER, 0.5, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_ns_date)),
            _f("syntaktis", HEADER, 0.5, (_OLD, "Γράφει η {author}"),
               (NS_REDESIGN.isoformat(), "Επιμέλεια: {author}")),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("imerologio", FOOTER, 0.3, *_ns_imerologio()),
            _f("kostos", FOOTER, 0.2, *yearly_amount("01-20", NS_KOSTOS, lambda y, v: (
                f"Μέσο κόστος γάμου στην Ελλάδα το {y}: {v} € (δεξίωση για 200 "
                f"καλεσμένους)"))),
            _f("fotografisi", FOOTER, 0.5, (_OLD, "Φωτογράφιση: {fotografos}")),
            _f("dexiosi", FOOTER, 0.45, (_OLD, "Χώρος δεξίωσης: {ktima}")),
            _f("stolismos", FOOTER, 0.35, (_OLD, "Στολισμός: {stolismos}")),
            _f("nyfiko", FOOTER, 0.3, (_OLD, "Νυφικό: {nyfiko}")),
            _f("steilte", FOOTER, 0.25,
               (_OLD, "Θέλετε να δείτε τον γάμο σας στο Νυφικό Στεφάνι; Στείλτε μας email στο "
                      "info@nyfikostefani.gr"),
               (NS_STEILTE.isoformat(), "Φωτογράφοι και ζευγάρια: υποβάλετε τον γάμο ή τη "
                                        "βάπτισή σας μέσα από τη φόρμα συνεργασίας.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Νυφικό Στεφάνι. Απαγορεύεται η "
                                                 "αναδημοσίευση χωρίς άδεια.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: διορθώθηκε το όνομα του "
                                                 "φωτογράφου.")),
        ),
    )


# --- an Indonesian wedding magazine -------------------------------------------------------

JS_REDESIGN = dt.date(2018, 2, 14)
JS_EBOOK = dt.date(2017, 9, 1)
JS_KIRIM = dt.date(2019, 8, 1)
JS_BIAYA = {2014: "250 juta", 2015: "265 juta", 2016: "280 juta", 2017: "300 juta",
            2018: "320 juta", 2019: "340 juta", 2020: "350 juta"}  # from each 5 January


def jakarta_expo(y: int, month: int) -> tuple[dt.date, dt.date]:
    """The magazine's wedding expo: Friday to Sunday from the second Friday of the month."""
    friday = nth_weekday(y, month, 4, 2)
    return friday, friday + 2 * ONE


def _js_tanggal(day: dt.date) -> str:
    if day < JS_REDESIGN:
        return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"
    return f"Diperbarui {day.day} {BULAN_SHORT[day.month - 1]} {day.year}, {{time}} WIB"


def _js_edisi(day: dt.date) -> str:
    return f"Majalah Janji Suci edisi {BULAN[day.month - 1]} {day.year} sudah terbit"


@cache
def _js_info() -> Wordings:
    base = _steps((_OLD, "Ikuti Janji Suci di Instagram dan temukan inspirasi pernikahan "
                         "setiap hari"),
                  (JS_EBOOK.isoformat(), "💍 Dapatkan e-book Checklist Persiapan Pernikahan "
                                         "gratis: daftar newsletter Janji Suci"))
    covid = [
        _span(PSBB[0][0], PSBB[0][1], "PSBB Jakarta: resepsi pernikahan ditiadakan, akad "
                                      "nikah dibatasi"),
        _span("2020-06-05", "2020-09-13", "PSBB transisi: resepsi boleh digelar dengan "
                                          "protokol kesehatan ketat"),
        _span(PSBB[1][0], PSBB[1][1], "PSBB diperketat: resepsi pernikahan kembali dilarang "
                                      "di Jakarta"),
    ]
    puasa: list[Event] = []
    for first, eid, hijri in RAMADAN.values():
        puasa.append((iso_day(first), iso_day(eid),
                      f"Selamat menunaikan ibadah puasa Ramadan {hijri} H"))
        puasa.append((iso_day(eid), iso_day(eid, 8),
                      f"Selamat Hari Raya Idul Fitri {hijri} H, mohon maaf lahir dan batin"))
    expo: list[Event] = []
    for y in YEARS:
        for month in (2, 8):
            if (y, month) == (2020, 8):
                continue
            first, last = jakarta_expo(y, month)
            expo.append((first - 14 * ONE, last + ONE,
                         f"🎟️ Janji Suci Wedding Expo, Jakarta Convention Center, {first.day}–"
                         f"{last.day} {BULAN[month - 1]} {y}: gratis tiket masuk"))
    return _calendar(base, covid, puasa, expo)


def janjisuci_style() -> PublisherStyle:
    """An Indonesian wedding magazine: a category from a pool, the weekday and the long date
    turned "Diperbarui" with the short date and the time in WIB on 14 February 2018 (a
    wording per day), "Oleh:" turned the writer and the editor, "ADVERTISEMENT" (up to twice)
    and "Baca Juga:" mid-body, the month's print issue (a wording per month), an info line
    reworded and turned by Ramadan and Idul Fitri (with the Hijri year), the magazine's
    expos each February and August and Jakarta's restrictions in 2020, the cost of a
    500-guest wedding in Jakarta (changing each January), the vendors (photographer,
    venue, decoration, catering, make-up: a block), a submission line reworded, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="janjisuci.co.id", site="Janji Suci", base_size=130,
        subdomains=(("www.", 100),),
        sections=("adat", "dekorasi", "busana", "persiapan", "bulan-madu", "vendor"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "kategori": ("Pernikahan Adat", "Inspirasi Dekorasi", "Busana Pengantin",
                         "Tips Persiapan", "Bulan Madu", "Vendor Pilihan"),
            "fotografer": ("Lensa Abadi Photography", "Kala Senja Studio", "Dua Hati Pictures",
                           "Rumah Foto Kenanga"),
            "venue": ("Balai Kartini", "Hotel Puri Asri Bogor", "Gedung Pewayangan Kautaman",
                      "The Dharmawangsa Garden", "Villa Kintamani Ubud"),
            "dekorasi": ("Sekar Ayu Dekorasi", "Larasati Decoration", "Teratai Wedding Decor"),
            "katering": ("Katering Bu Ratna", "Sari Rasa Catering", "Dapur Nusantara Katering"),
            "mua": ("Ayu Makeup Artist", "Rias Pengantin Mbak Lis", "Glamora by Dinda"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_js_tanggal)),
            _f("penulis", HEADER, 0.55, (_OLD, "Oleh: {author}"),
               (JS_REDESIGN.isoformat(), "Penulis: {author} | Editor: {author2}")),
            _f("iklan", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("baca-juga", MIDDLE, 0.4, (_OLD, "Baca Juga: {other_title}")),
            _f("edisi", HEADER, 0.15, *_by_day(_js_edisi)),
            _f("info", FOOTER, 0.3, *_js_info()),
            _f("biaya", FOOTER, 0.2, *yearly_amount("01-05", JS_BIAYA, lambda y, v: (
                f"Kisaran biaya pernikahan di Jakarta tahun {y}: Rp {v} untuk 500 tamu"))),
            _f("fotografer", FOOTER, 0.5, (_OLD, "Fotografer: {fotografer}")),
            _f("venue", FOOTER, 0.45, (_OLD, "Venue: {venue}")),
            _f("dekorasi", FOOTER, 0.35, (_OLD, "Dekorasi: {dekorasi}")),
            _f("katering", FOOTER, 0.3, (_OLD, "Katering: {katering}")),
            _f("mua", FOOTER, 0.25, (_OLD, "MUA: {mua}")),
            _f("kirim", FOOTER, 0.25,
               (_OLD, "Ingin pernikahanmu tampil di Janji Suci? Kirim foto dan ceritamu ke "
                      "redaksi@janjisuci.co.id"),
               (JS_KIRIM.isoformat(), "Vendor dan pasangan kini bisa mengirim liputan "
                                      "pernikahan lewat formulir Kirim Cerita.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Janji Suci. All rights "
                                                 "reserved.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: nama vendor dekorasi dalam artikel ini "
                                             "telah diperbaiki.")),
        ),
    )


# --- a Hindi wedding site -----------------------------------------------------------------

MV_REDESIGN = dt.date(2017, 11, 1)
MV_YOUTUBE = dt.date(2018, 6, 1)
MV_BHEJEN = dt.date(2019, 10, 1)
# Dev Uthani (Prabodhini) Ekadashi, as the site's readers kept it.
DEV_UTHANI = {2015: "2015-11-22", 2016: "2016-11-11", 2017: "2017-10-31", 2018: "2018-11-19",
              2019: "2019-11-08", 2020: "2020-11-25"}
MV_BUDGET = {2014: "12", 2015: "13", 2016: "15", 2017: "16", 2018: "18", 2019: "20",
             2020: "21"}  # lakh rupees, from each 10 January


def _mv_dinank(day: dt.date) -> str:
    if day < MV_REDESIGN:
        return f"{day.day} {MAHINE[day.month - 1]} {day.year}"
    return (f"प्रकाशित: {hindi_digits(day.day)} {MAHINE[day.month - 1]} "
            f"{hindi_digits(day.year)}, {VAAR[day.weekday()]}")


@cache
def _mv_muhurat() -> Wordings:
    base = _steps((_OLD, "शादी से जुड़ी हर जानकारी के लिए हमारा न्यूज़लेटर सब्सक्राइब करें"),
                  (MV_YOUTUBE.isoformat(), "📺 दुल्हन के लहंगे से मेहंदी तक: हमारा यूट्यूब चैनल "
                                           "सब्सक्राइब करें"))
    lockdown = [
        _span("2020-03-25", "2020-05-03", "लॉकडाउन: शादियाँ आगे बढ़ाएँ, घर पर रहें, सुरक्षित "
                                          "रहें"),
        _span("2020-05-04", "2020-10-14", "शादी में अधिकतम 50 मेहमान: जानिए नए सरकारी नियम"),
    ]
    season: list[Event] = []
    for y in YEARS:
        day = iso_day(DEV_UTHANI[y])
        season.append((day - 7 * ONE, day + 9 * ONE,
                       f"देवउठनी एकादशी {day.day} {MAHINE[day.month - 1]} {y}: फिर शुरू होंगे "
                       f"शादियों के शुभ मुहूर्त"))
        season.append((dt.date(y, 3, 14), dt.date(y, 4, 14),
                       f"खरमास: 13 अप्रैल {y} तक विवाह के शुभ मुहूर्त नहीं"))
    for y in range(2014, 2021):
        season.append((dt.date(y, 12, 16), dt.date(y + 1, 1, 15),
                       f"खरमास: 14 जनवरी {y + 1} तक विवाह के शुभ मुहूर्त नहीं"))
    return _calendar(base, lockdown, sorted(season))


def mangalvivah_style() -> PublisherStyle:
    """A Hindi wedding site: a category from a pool, the date turned "प्रकाशित:" with the date
    in Devanagari digits and the weekday on 1 November 2017 (a wording per day), "लेखक:"
    turned "... द्वारा", "विज्ञापन" (up to twice) and "इसे भी पढ़ें:" mid-body, a line turned by
    Kharmas (mid-December to mid-January and mid-March to mid-April, no wedding muhurats),
    Dev Uthani Ekadashi opening the season each autumn and the 2020 lockdown and guest limit,
    the average wedding budget in lakh (changing each January), the credits (photography,
    venue, decor, mehndi: a block), a submission line reworded, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="mangalvivah.in", site="मंगल विवाह", base_size=110,
        subdomains=(("www.", 100),),
        sections=("taiyari", "mehndi", "lehenga", "venue", "muhurat", "honeymoon"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("शादी की तैयारी", "मेहंदी डिज़ाइन", "दुल्हन का लहंगा", "वेडिंग वेन्यू",
                       "शुभ मुहूर्त", "हनीमून"),
            "photo": ("शगुन स्टूडियो", "लम्हे फोटोग्राफी", "Frame & Phere Studio",
                      "रंगोली क्लिक्स"),
            "venue": ("राजमहल पैलेस, उदयपुर", "सूर्यगढ़ रिज़ॉर्ट", "कमल बैंक्वेट हॉल, लखनऊ",
                      "हरियाली फार्महाउस, छतरपुर"),
            "decor": ("गेंदा फूल डेकोर", "रजनीगंधा इवेंट्स", "तोरण वेडिंग डिज़ाइन"),
            "mehndi": ("हिना आर्ट्स, जयपुर", "मेहंदी बाय रुचि", "रंग हिना स्टूडियो"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_mv_dinank)),
            _f("lekhak", HEADER, 0.5, (_OLD, "लेखक: {author}"),
               (MV_REDESIGN.isoformat(), "{author} द्वारा")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन"), count=2),
            _f("padhen", MIDDLE, 0.35, (_OLD, "इसे भी पढ़ें: {other_title}")),
            _f("muhurat", FOOTER, 0.3, *_mv_muhurat()),
            _f("budget", FOOTER, 0.2, *yearly_amount("01-10", MV_BUDGET, lambda y, v: (
                f"{y} में भारत में शादी का औसत बजट: ₹{v} लाख (हमारे पाठकों के सर्वे के "
                f"अनुसार)"))),
            _f("photography", FOOTER, 0.45, (_OLD, "फोटोग्राफी: {photo}")),
            _f("venue", FOOTER, 0.4, (_OLD, "वेन्यू: {venue}")),
            _f("decor", FOOTER, 0.3, (_OLD, "डेकोर: {decor}")),
            _f("mehndi", FOOTER, 0.25, (_OLD, "मेहंदी आर्टिस्ट: {mehndi}")),
            _f("bhejen", FOOTER, 0.25,
               (_OLD, "अपनी शादी की कहानी और तस्वीरें हमें भेजें: shaadi@mangalvivah.in"),
               (MV_BHEJEN.isoformat(), "फोटोग्राफर और कपल अपनी शादी हमारे 'अपनी कहानी भेजें' "
                                       "फॉर्म से भेज सकते हैं।")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} मंगल विवाह. सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस लेख में मुहूर्त का समय ठीक किया गया "
                                              "है।")),
        ),
    )


# --- a British barn wedding venue's journal -----------------------------------------------

HB_REDESIGN = dt.date(2019, 2, 4)
HB_PARTNERSHIPS = dt.date(2019, 12, 2)  # civil partnerships open to every couple
HB_SHOW_ROUNDS = (dt.date(2020, 3, 16), dt.date(2020, 8, 31))  # no open days then
HB_PRICE = {2014: "5,750", 2015: "5,950", 2016: "6,250", 2017: "6,500", 2018: "6,950",
            2019: "7,250", 2020: "7,500"}  # from each 1 January


def hb_open_day(day: dt.date) -> dt.date:
    """The next open day on or after `day`: the first Sunday of each month from February to
    November."""
    y, m = day.year, day.month
    while True:
        if 2 <= m <= 11:
            sunday = first_sunday(y, m)
            if sunday >= day:
                return sunday
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _hb_open(day: dt.date) -> str:
    if HB_SHOW_ROUNDS[0] <= day <= HB_SHOW_ROUNDS[1]:
        return "Open days are paused: book a private show-round with our wedding team"
    sunday = hb_open_day(day)
    return (f"Next open day: Sunday {sunday.day} {MONTHS[sunday.month - 1]} {sunday.year}, "
            f"11am–3pm. No need to book.")


def _hb_dated(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Journal · {day.day} {MONTHS[day.month - 1]} {day.year}"


def _hb_booking(day: dt.date) -> str:
    if dt.date(2020, 3, 17) <= day:
        return ("Postponing your 2020 wedding? Talk to us first: we will move your date free "
                "of charge.")
    y = day.year + (day.month >= 9)
    return f"Now taking bookings for {y} and {y + 1}."


def _hb_available(day: dt.date) -> str:
    return (f"Last-minute dates: availability correct as of {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}.")


def hartwell_style() -> PublisherStyle:
    """A British barn wedding venue's journal: "Posted on" with the numeric date turned
    "Journal ·" with the long date on 4 February 2019 (a wording per day), "Posted in" with
    a category from a pool, the next open day (the first Sunday of each month from February
    to November, paused for the pandemic), a recommended supplier and a photo credit from
    pools mid-body, the years being booked (changing each September, then the pandemic's
    postponements), last-minute dates "correct as of" the day (a wording per day), the
    exclusive-use price (changing each January), the licence line reworded for civil
    partnerships, the enquiry line reworded, the address and the company line (a block), a
    rare update."""
    return PublisherStyle(
        domain="hartwellbarn.co.uk", site="Hartwell Barn", base_size=90,
        subdomains=(("www.", 100),),
        sections=("journal", "real-weddings", "suppliers", "news"),
        n_authors=2, url_path="/journal/{slug}/",
        pools={
            "category": ("Real Weddings", "Venue News", "Supplier Spotlight", "Planning Tips",
                         "Winter Weddings"),
            "supplier": ("The Hog Roast Company (catering)", "Fizz & Fable Mobile Bar",
                         "Blossom Lane Florist", "Mellow Tones Wedding Band",
                         "Cotswold Cake Kitchen"),
            "photographer": ("Rosie Kemp Photography", "Hedgerow Film Co.",
                             "Matt Ellery Photography", "Sian Lowe Weddings"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hb_dated)),
            _f("category", HEADER, 0.4, (_OLD, "Posted in {category}")),
            _f("open-day", HEADER, 0.35, *_by_day(_hb_open)),
            _f("supplier", MIDDLE, 0.3, (_OLD, "Recommended supplier: {supplier}")),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {photographer}")),
            _f("booking", FOOTER, 0.3, *_by_day(_hb_booking)),
            _f("availability", FOOTER, 0.2, *_daily(_hb_available)),
            _f("price", FOOTER, 0.25, *yearly_amount("01-01", HB_PRICE, lambda y, v: (
                f"Exclusive use from £{v} (Saturdays, May to September {y})"))),
            _f("licence", FOOTER, 0.3,
               (_OLD, "Hartwell Barn is licensed for civil ceremonies for up to 120 guests."),
               (HB_PARTNERSHIPS.isoformat(), "Hartwell Barn is licensed for civil ceremonies "
                                             "and civil partnerships for up to 120 guests.")),
            _f("enquire", FOOTER, 0.45,
               (_OLD, "To check availability call Sarah on 01789 555014 or email "
                      "weddings@hartwellbarn.co.uk"),
               (HB_REDESIGN.isoformat(), "Check your date: weddings@hartwellbarn.co.uk · "
                                         "01789 555014 · viewings by appointment")),
            _f("address", FOOTER, 0.35, (_OLD, "Lower Hartwell Lane, Ettington, "
                                               "Warwickshire CV37 0XP")),
            _f("company", FOOTER, 0.3, (_OLD, "© {year} Hartwell Barn Weddings Ltd. Company "
                                              "no. 08812455.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this open day has moved to the "
                                              "Saturday.")),
        ),
    )


# --- a Mexican events hall ----------------------------------------------------------------

LJ_REDESIGN = dt.date(2018, 8, 1)
# The Buen Fin sales weekend, first and last day.
BUEN_FIN = {2015: ("2015-11-13", "2015-11-16"), 2016: ("2016-11-18", "2016-11-21"),
            2017: ("2017-11-17", "2017-11-20"), 2018: ("2018-11-16", "2018-11-19"),
            2019: ("2019-11-15", "2019-11-18"), 2020: ("2020-11-09", "2020-11-20")}
LJ_PAQUETE = {2014: "480", 2015: "520", 2016: "560", 2017: "610", 2018: "650", 2019: "690",
              2020: "720"}  # pesos per guest, from each 2 January


def _lj_fecha(day: dt.date) -> str:
    if day < LJ_REDESIGN:
        return f"{day.day} {MESES[day.month - 1]}, {day.year}"
    return f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _lj_aviso() -> Wordings:
    base = _steps((_OLD, "Agenda tu visita al salón de lunes a sábado"))
    covid = [
        _span("2020-03-23", "2020-05-31", "Jornada Nacional de Sana Distancia: reprogramamos "
                                          "tu evento sin costo"),
        _span("2020-09-01", "2021-01-10", "Eventos con aforo reducido y protocolo sanitario "
                                          "en todas nuestras áreas"),
    ]
    buen_fin = []
    for y, (first, last) in BUEN_FIN.items():
        buen_fin.append((iso_day(first), iso_day(last, 1),
                         f"🛍️ Buen Fin {y}: aparta tu fecha {y + 1} con 10% de descuento"))
    return _calendar(base, covid, buen_fin)


def jacarandas_style() -> PublisherStyle:
    """A Mexican events hall (weddings, quinceañeras, christenings): the date with the month
    in words turned the weekday and the long date on 1 August 2018 (a wording per day), the
    kind of event from a pool, a visiting line turned by each Buen Fin weekend (a discount on
    the next year's dates) and the pandemic's distancing and reduced capacity, the hall's
    spaces and what a package includes from pools mid-body, the price per guest (changing
    each January), the quote line reworded for WhatsApp, the address, the copyright line and
    the privacy notice (a block), a rare note."""
    return PublisherStyle(
        domain="salonlosjacarandas.com.mx", site="Salón Los Jacarandas", base_size=70,
        subdomains=(("www.", 100),),
        sections=("bodas", "xv-anos", "eventos", "blog"),
        n_authors=2, url_path="/blog/{slug}/",
        pools={
            "evento": ("Bodas", "XV años", "Bautizos", "Eventos corporativos", "Graduaciones"),
            "espacio": ("Salón Jacaranda, hasta 400 invitados", "Terraza Los Laureles, hasta "
                        "180 invitados", "Jardín Central, hasta 600 invitados"),
            "incluye": ("banquete a tres tiempos", "mantelería y loza", "DJ y pista iluminada",
                        "coordinador de eventos", "estacionamiento con valet"),
        },
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_lj_fecha)),
            _f("evento", HEADER, 0.45, (_OLD, "{evento}")),
            _f("aviso", HEADER, 0.3, *_lj_aviso()),
            _f("espacio", MIDDLE, 0.25, (_OLD, "Capacidad: {espacio}")),
            _f("incluye", MIDDLE, 0.2, (_OLD, "El paquete incluye: {incluye_list}")),
            _f("paquete", FOOTER, 0.3, *yearly_amount("01-02", LJ_PAQUETE, lambda y, v: (
                f"Paquetes {y}: desde ${v} MXN por invitado (mínimo 150 invitados)"))),
            _f("cotiza", FOOTER, 0.45, (_OLD, "Informes y cotizaciones: 33 3612 0584"),
               (LJ_REDESIGN.isoformat(), "📲 Cotiza por WhatsApp: 33 3612 0584 · lunes a "
                                         "sábado de 10:00 a 19:00 h")),
            _f("direccion", FOOTER, 0.35, (_OLD, "Av. de los Jacarandas 1450, Col. Jardines "
                                                 "del Valle, Zapopan, Jalisco")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Salón Los Jacarandas. Todos los "
                                                "derechos reservados.")),
            _f("privacidad", FOOTER, 0.25, (_OLD, "Aviso de privacidad")),
            _f("nota", HEADER, 0.04, (_OLD, "Nota: los precios de esta entrada ya no están "
                                            "vigentes.")),
        ),
    )


# --- a Tuscan villa hired out for weddings and events -------------------------------------

VQ_REDESIGN = dt.date(2017, 3, 1)
VQ_TARIFFA = {2014: "6.500", 2015: "6.800", 2016: "7.200", 2017: "7.500", 2018: "8.000",
              2019: "8.500", 2020: "8.500"}  # euros plus VAT, from each 7 January
VQ_CLOSED = ("2020-03-08", "2020-06-14")


def villa_open_days(y: int) -> list[dt.date]:
    """The villa's open days: the second Sunday of March and of October."""
    return [nth_weekday(y, 3, 6, 2), nth_weekday(y, 10, 6, 2)]


def _vq_data(day: dt.date) -> str:
    if day < VQ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MESI[day.month - 1].capitalize()} {day.year}"


@cache
def _vq_openday() -> Wordings:
    base = _steps((_OLD, "Visite in villa su appuntamento, dal lunedì al sabato"))
    closed = [_span(*VQ_CLOSED, "Villa chiusa per l'emergenza sanitaria: spostiamo "
                                "gratuitamente la data del vostro evento")]
    days = [(day - 21 * ONE, day + ONE,
             f"Open day domenica {day.day} {MESI[day.month - 1]} {y}, dalle 10 alle 18: "
             f"visitate la villa con i nostri fornitori") for y in YEARS
            for day in villa_open_days(y)]
    return _calendar(base, closed, days)


def villaquerce_style() -> PublisherStyle:
    """A Tuscan villa hired out for weddings and events: the dotted date turned the long date
    with a capitalised month on 1 March 2017 (a wording per day), the category from a pool, a
    visiting line turned by the open days each March and October and the 2020 closure, a
    recommended supplier and a photo credit from pools mid-body, the exclusive hire price for
    the season (changing each January), a line in English for destination weddings, the
    contacts, the address and the VAT number (a block), a rare note."""
    return PublisherStyle(
        domain="villalequerce.it", site="Villa Le Querce", base_size=55,
        subdomains=(("www.", 100),),
        sections=("matrimoni", "eventi", "news"),
        n_authors=2, url_path="/{section}/{slug}/",
        pools={
            "categoria": ("Matrimoni", "Eventi aziendali", "Cene in villa", "Novità"),
            "fornitore": ("Catering Il Desco Toscano", "Fiori di Lucia", "Quartetto d'archi "
                          "Armonia", "Pasticceria Duomo"),
            "fotografo": ("Tommaso Bruni Fotografo", "Luce di Siena Studio",
                          "Anna Rinaldi Photography"),
        },
        families=(
            _f("data", HEADER, 0.8, *_by_day(_vq_data)),
            _f("categoria", HEADER, 0.4, (_OLD, "Categoria: {categoria}")),
            _f("openday", HEADER, 0.3, *_vq_openday()),
            _f("fornitore", MIDDLE, 0.3, (_OLD, "Fornitore consigliato: {fornitore}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {fotografo}")),
            _f("tariffa", FOOTER, 0.25, *yearly_amount("01-07", VQ_TARIFFA, lambda y, v: (
                f"Affitto della villa in esclusiva da {v} € + IVA (stagione {y})"))),
            _f("english", FOOTER, 0.2, (_OLD, "Planning a destination wedding in Tuscany? Ask "
                                              "for our brochure in English.")),
            _f("contatti", FOOTER, 0.45, (_OLD, "Per informazioni: eventi@villalequerce.it – "
                                                "tel. 0577 555231")),
            _f("indirizzo", FOOTER, 0.35, (_OLD, "Strada di Vignano 14, 53100 Siena (SI)")),
            _f("piva", FOOTER, 0.3, (_OLD, "P.IVA 01384560529")),
            _f("nota", HEADER, 0.04, (_OLD, "Nota: l'open day di questa data è stato "
                                            "annullato.")),
        ),
    )


# --- a Greek reception estate -------------------------------------------------------------

KE_REDESIGN = dt.date(2019, 5, 6)
KE_MENOU = {2014: "38", 2015: "39", 2016: "40", 2017: "42", 2018: "44", 2019: "45",
            2020: "47"}  # euros a head, from each 1 February


def estate_fair(y: int) -> dt.date:
    """The estate's wedding show: the first Sunday of February."""
    return first_sunday(y, 2)


def _ke_date(day: dt.date) -> str:
    if day < KE_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MINES_SHORT[day.month - 1]} {day.year}"


@cache
def _ke_prosfora() -> Wordings:
    base = _steps((_OLD, "Κλείστε ραντεβού για ξενάγηση στο κτήμα"))
    covid = [
        _span("2020-03-13", "2020-06-14", "Το κτήμα παραμένει κλειστό λόγω των μέτρων για τον "
                                          "κορωνοϊό"),
        _span("2020-11-07", "2021-01-10", "Δεύτερο lockdown: μεταφέρουμε όλες τις εκδηλώσεις "
                                          "χωρίς χρέωση"),
    ]
    shows = [(estate_fair(y) - 14 * ONE, estate_fair(y) + ONE,
              f"Έκθεση γάμου στο κτήμα την Κυριακή {estate_fair(y).day} Φεβρουαρίου {y}: "
              f"είσοδος ελεύθερη") for y in YEARS]
    winter = [(dt.date(y, 11, 1), dt.date(y + 1, 1, 1),
               f"Χειμερινή προσφορά: -15% σε γάμους και βαπτίσεις έως τον Μάρτιο {y + 1}")
              for y in YEARS]
    return _calendar(base, covid, shows, winter)


def elaionas_style() -> PublisherStyle:
    """A Greek reception estate: the dotted date turned the short date with the Greek month
    on 6 May 2019 (a wording per day), the kind of event from a pool, a tour line turned by
    the estate's wedding show each February, the winter offer each November and December
    and the pandemic's closures, a partner and a photo credit from pools mid-body, the
    reception menu per head (changing each February), the contacts, the address and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ktimaelaionas.gr", site="Κτήμα Ελαιώνας", base_size=40,
        subdomains=(("www.", 100),),
        sections=("gamos", "vaptisi", "nea"),
        n_authors=2, url_path="/{section}/{slug}/",
        pools={
            "ekdilosi": ("Γάμος", "Βάπτιση", "Εταιρική εκδήλωση", "Αρραβώνας"),
            "synergatis": ("Ζαχαροπλαστείο Ροδάνθη", "DJ Στέλιος Events", "Ανθοπωλείο Γαρδένια",
                           "Μπάντα Αστέρια"),
            "fotografos": ("Νίκος Πετρίδης Photography", "Studio Λάμψη", "Βίκυ Αλεξίου"),
        },
        families=(
            _f("imerominia", HEADER, 0.8, *_by_day(_ke_date)),
            _f("ekdilosi", HEADER, 0.4, (_OLD, "{ekdilosi}")),
            _f("prosfora", HEADER, 0.3, *_ke_prosfora()),
            _f("synergatis", MIDDLE, 0.25, (_OLD, "Συνεργάτης: {synergatis}")),
            _f("fotografia", MIDDLE, 0.3, (_OLD, "Φωτογραφία: {fotografos}")),
            _f("menou", FOOTER, 0.25, *yearly_amount("02-01", KE_MENOU, lambda y, v: (
                f"Μενού δεξίωσης από {v} € το άτομο (τιμές {y}, με ΦΠΑ)"))),
            _f("epikoinonia", FOOTER, 0.45, (_OLD, "Επικοινωνία: 210 5558120 · "
                                                   "info@ktimaelaionas.gr")),
            _f("dieuthinsi", FOOTER, 0.35, (_OLD, "Λεωφόρος Μαραθώνος 72, Πικέρμι Αττικής")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Κτήμα Ελαιώνας")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: η ημερομηνία της έκθεσης "
                                                 "διορθώθηκε.")),
        ),
    )


# --- a Jakarta wedding hall ---------------------------------------------------------------

GM_REDESIGN = dt.date(2019, 7, 1)
GM_HARGA = {2014: "95 juta", 2015: "105 juta", 2016: "115 juta", 2017: "125 juta",
            2018: "135 juta", 2019: "145 juta", 2020: "145 juta"}  # from each 1 January


def open_house(y: int, month: int) -> dt.date:
    """The hall's open house: the first Sunday of March and of September."""
    return first_sunday(y, month)


def _gm_tanggal(day: dt.date) -> str:
    if day < GM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Jakarta, {day.day} {BULAN[day.month - 1]} {day.year}"


@cache
def _gm_promo() -> Wordings:
    base = _steps((_OLD, "Kunjungi gedung setiap hari pukul 09.00–17.00 WIB, tanpa perjanjian"))
    covid = [_span(PSBB[0][0], PSBB[0][1], "Gedung tutup selama PSBB; penjadwalan ulang acara "
                                           "tanpa biaya"),
             _span(PSBB[1][0], PSBB[1][1], "PSBB kembali berlaku: kunjungan gedung hanya "
                                           "dengan perjanjian")]
    puasa = [(iso_day(first), iso_day(eid),
              f"Selama Ramadan {hijri} H kantor marketing buka pukul 10.00–15.00 WIB")
             for first, eid, hijri in RAMADAN.values()]
    houses: list[Event] = []
    for y in YEARS:
        for month in (3, 9):
            day = open_house(y, month)
            houses.append((day - 10 * ONE, day + ONE,
                           f"Open House Graha Melati, Minggu {day.day} {BULAN[month - 1]} {y}: "
                           f"gratis food testing untuk 2 orang"))
    return _calendar(base, covid, puasa, houses)


def grahamelati_style() -> PublisherStyle:
    """A Jakarta wedding hall: the numeric date turned "Jakarta," and the long date on
    1 July 2019 (a wording per day), a visiting line turned by the open houses each March
    and September, Ramadan's office hours (with the Hijri year) and the restrictions of
    2020, what a package includes and a photo credit from pools mid-body, the hall's hire
    price (changing each January), the booking line, the address and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="grahamelati.co.id", site="Graha Melati", base_size=30,
        subdomains=(("www.", 100),),
        sections=("berita", "paket", "galeri"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "paket": ("katering 1.000 porsi", "dekorasi pelaminan", "rias dan busana "
                      "pengantin", "dokumentasi foto dan video", "hiburan organ tunggal"),
            "fotografer": ("Lensa Abadi Photography", "Cahaya Studio", "Foto Kita"),
        },
        families=(
            _f("tanggal", HEADER, 0.8, *_by_day(_gm_tanggal)),
            _f("promo", HEADER, 0.3, *_gm_promo()),
            _f("paket", MIDDLE, 0.25, (_OLD, "Paket sudah termasuk: {paket_list}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {fotografer}")),
            _f("harga", FOOTER, 0.3, *yearly_amount("01-01", GM_HARGA, lambda y, v: (
                f"Harga sewa gedung {y}: mulai Rp {v} (paket 1.000 undangan)"))),
            _f("reservasi", FOOTER, 0.45, (_OLD, "Info & reservasi: 0812 5550 2231 "
                                                 "(WhatsApp)")),
            _f("alamat", FOOTER, 0.35, (_OLD, "Jl. Melati Raya No. 18, Cempaka Putih, Jakarta "
                                              "Pusat")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Graha Melati")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: tanggal open house telah diperbarui.")),
        ),
    )


def heldout192_styles() -> list[PublisherStyle]:
    """The held-back-192 styles, in the order the generator hands them to publishers."""
    return [
        confetti_style(), petal_style(), azahar_style(), fioridarancio_style(),
        stefani_style(), janjisuci_style(), mangalvivah_style(), hartwell_style(),
        jacarandas_style(), villaquerce_style(), elaionas_style(), grahamelati_style(),
    ]
