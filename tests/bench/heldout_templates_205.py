"""The ``held-back-205`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-200 set. It was
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"copyright remains with the authors" line or an advertisement marker. The publishers are poetry
and literary magazines and translation journals in English, Irish, Catalan, Hungarian, Arabic
and Indonesian: a British quarterly poetry magazine, an American literary quarterly, a
Hungarian literary monthly, a Catalan literary review, a Levantine literary and translation
monthly (in Arabic), an Indonesian literature site, an Irish-language literary magazine, an
American journal of literature in translation, a British poetry pamphlet press, a Canadian
prairie literary magazine, an Indonesian translation journal and a small online poetry zine.
The families are the kinds a crawl of such sites holds: dates localised day by day in English
(British, American AP style with its abbreviated months, Canadian ISO, British ordinals),
Irish, Catalan (with "de" and "d'" before the month), Hungarian (year first), Arabic (Levantine
month names, later the Levantine and the international names together in Arabic-Indic digits)
and Indonesian (with the weekday and WIB), several changing form on the day of a redesign;
issue and volume lines that turn with each quarter, season, month or half-year (Roman volume
numerals in Hungarian, volume and number in American style, issue numbers in Arabic-Indic
digits), an issue focus with its own funder, a poem of the week with its Monday and a poem of
the day with its date; submission windows and reading periods that open and close on their days
each year (two a year, one a year, the first week of every month; extended, fee-free or
suspended in 2020), prize and contest lines with their closing dates, fees and prizes that
change by year; grant and funding credits reworded as funding rounds change (Arts Council
England's portfolio, the National Cultural Fund and the Petőfi Literary Agency, the Institució
de les Lletres Catalanes and the Institut Ramon Llull, Foras na Gaeilge and the Arts Council,
AFAC and Al Mawred, Frankfurt 2015 and Indonesia's National Book Committee, the Canada
Council), contributor-copyright notices ("rights revert to the authors", "© of the texts, their
authors", "original © the author; translation © the translator"), subscription and membership
appeals with prices that rise over the years and turn for the calendars of literature (National
Poetry Day and its themes, Hungarian Poetry Day and the Ünnepi Könyvhét, Sant Jordi and its
2020 summer edition, Seachtain na Gaeilge, World Poetry Day, the Cairo and Beirut book fairs,
Ramadan and Eid, Hari Puisi and Bulan Bahasa, International Translation Day, Women in
Translation Month, AWP, Giving Tuesday, Christmas, the 2020 lockdowns); "Read next"-like links
to other titles, advertisement markers (some up to two times), translator credits, illustrators
and content notes from pools, likes counts, multi-line blocks (funding, rights and publisher
lines; imprints), bare lines and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    iso_day,
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
HONAPOK = ("január", "február", "március", "április", "május", "június", "július",
           "augusztus", "szeptember", "október", "november", "december")
NAPOK = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
MESOS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
         "octubre", "novembre", "desembre")
DIES = ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge")
SHUHUR = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول")
ASHHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MIONNA = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil",
          "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig")
LAETHANTA = ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn",
             "Dé Domhnaigh")
ARABIC_ZERO = "٠"

# Ramadan's first day, Eid al-Fitr and the Hijri year, as Indonesian and Levantine sites
# kept them.
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-17", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-05", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}
# National Poetry Day in the United Kingdom (a Thursday, late September or early October)
# and its theme.
POETRY_DAY = {2015: ("2015-10-08", "Light"), 2016: ("2016-10-06", "Messages"),
              2017: ("2017-09-28", "Freedom"), 2018: ("2018-10-04", "Change"),
              2019: ("2019-10-03", "Truth"), 2020: ("2020-10-01", "Vision")}

# --- helpers of this set ------------------------------------------------------------------


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


Windows = tuple[tuple[str, str], ...]  # (first month-day, last month-day) of each window


def window_state(day: dt.date, windows: Windows,
                 special: dict[int, Windows] | None = None) -> tuple[bool, dt.date]:
    """Whether a yearly reading window (`windows`, or `special`'s for a year) is open on
    `day`, with its last day if it is, else the day the next one opens."""
    def of(y: int) -> list[tuple[dt.date, dt.date]]:
        table = (special or {}).get(y, windows)
        return [(iso_day(f"{y}-{a}"), iso_day(f"{y}-{b}")) for a, b in table]

    spans = of(day.year - 1) + of(day.year) + of(day.year + 1)
    for first, last in spans:
        if first <= day <= last:
            return True, last
    return False, min(first for first, _ in spans if first > day)


def roman(n: int) -> str:
    """`n` in Roman numerals (Hungarian volumes)."""
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
                           (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def arabic(number: int | str) -> str:
    """A number in Arabic-Indic digits."""
    return "".join(digits(c, ARABIC_ZERO) if c.isdigit() else c for c in str(number))


def ca_month(m: int) -> str:
    """A Catalan month with its preposition: "de març", "d'abril"."""
    name = MESOS[m - 1]
    return f"d'{name}" if name[0] in "ao" else f"de {name}"


def ca_date(day: dt.date) -> str:
    """A Catalan long date: "23 d'abril de 2018"."""
    return f"{day.day} {ca_month(day.month)} de {day.year}"


def en_date(day: dt.date) -> str:
    """A British long date: "5 March 2016"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def us_date(day: dt.date) -> str:
    """An American long date: "March 5, 2016"."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def hu_date(day: dt.date) -> str:
    """A Hungarian long date: "2018. április 11."."""
    return f"{day.year}. {HONAPOK[day.month - 1]} {day.day}."


def id_date(day: dt.date) -> str:
    """An Indonesian long date: "28 April 2019"."""
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def ga_date(day: dt.date) -> str:
    """An Irish long date: "1 Márta 2017"."""
    return f"{day.day} {MIONNA[day.month - 1]} {day.year}"


def quarter(day: dt.date, first_months: tuple[int, int, int, int], first_day: int = 1
            ) -> tuple[int, int]:
    """(year, index 0-3) of the quarter `day` falls in, quarters starting on `first_day` of
    `first_months` (the last one runs into the next year)."""
    starts = [dt.date(day.year, m, first_day) for m in first_months]
    if day < starts[0]:
        return day.year - 1, 3
    return day.year, max(i for i, s in enumerate(starts) if s <= day)


def season_issue(day: dt.date, starts: tuple[str, ...], first: int, first_year: int
                 ) -> tuple[int, int, int]:
    """(issue number, year, index of the season) of a magazine that publishes an issue on
    each of the month-days `starts` every year, numbered `first` on the first of them in
    `first_year`."""
    k = len(starts)
    y = day.year
    done = [i for i, md in enumerate(starts) if iso_day(f"{y}-{md}") <= day]
    if not done:
        y, i = y - 1, k - 1
    else:
        i = done[-1]
    return first + (y - first_year) * k + i, y, i


def months_since(day: dt.date, year: int, month: int) -> int:
    """Whole months from `month` of `year` to `day`'s month."""
    return (day.year - year) * 12 + day.month - month


# --- a British quarterly poetry magazine --------------------------------------------------

LP_REDESIGN = dt.date(2018, 10, 4)  # relaunched on National Poetry Day 2018
LP_SUBMITTABLE = dt.date(2018, 9, 1)
LP_NPO = dt.date(2018, 4, 1)  # a National Portfolio Organisation from April 2018
LP_WINDOWS: Windows = (("03-01", "05-31"), ("09-01", "11-30"))
LP_2020: Windows = (("03-01", "06-30"), ("09-01", "11-30"))  # extended in the lockdown
LP_PRICES = (("2012-01-01", "£24"), ("2016-01-01", "£26"), ("2018-10-04", "£28"),
             ("2020-04-01", "£30"))
LP_PRIZE = {2014: ("1,500", "5"), 2015: ("1,500", "5"), 2016: ("1,500", "5"),
            2017: ("2,000", "6"), 2018: ("2,000", "6"), 2019: ("2,500", "6"),
            2020: ("2,500", "7")}  # first prize and fee a poem, in pounds


def lp_issue(day: dt.date) -> tuple[int, str, int]:
    """Larkspur's issue on `day`: (number, season, year); Spring 2015 is issue 61."""
    n, y, i = season_issue(day, ("03-01", "06-01", "09-01", "12-01"), 61, 2015)
    return n, ("Spring", "Summer", "Autumn", "Winter")[i], y


def _lp_dated(day: dt.date) -> str:
    if day < LP_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {en_date(day)}"


def _lp_issue(day: dt.date) -> str:
    n, season, y = lp_issue(day)
    if day < LP_REDESIGN:
        return f"From Issue {n} ({season} {y})"
    return f"Issue {n} · {season} {y} · In print and online"


def _lp_submissions(day: dt.date) -> str:
    is_open, when = window_state(day, LP_WINDOWS, {2020: LP_2020})
    if day < LP_SUBMITTABLE:
        if is_open:
            return (f"Submissions are open until {en_date(when)}: send up to five poems to "
                    f"submissions@larkspurreview.co.uk.")
        return f"Submissions are closed. Our next reading window opens on {en_date(when)}."
    if is_open:
        extended = " (extended)" if when == dt.date(2020, 6, 30) else ""
        return (f"Our reading window is open until {en_date(when)}{extended}: submit up to "
                f"four poems through Submittable.")
    return (f"Our reading window is closed. It reopens on {en_date(when)}; we cannot read "
            f"poems sent by email.")


def _lp_prize(day: dt.date) -> str:
    y = day.year
    if dt.date(y, 5, 1) <= day <= dt.date(y, 10, 31):
        prize, fee = LP_PRIZE[y]
        return (f"The Larkspur Poetry Review Prize {y} is open: £{prize} first prize, £{fee} "
                f"a poem, closing 31 October {y}.")
    if day.month >= 11:
        return (f"Entries to the Larkspur Poetry Review Prize {y} are closed: the shortlist is "
                f"announced in January.")
    return f"Read the winning poems of the Larkspur Poetry Review Prize {y - 1}."


def _lp_subscribe(day: dt.date) -> str:
    price = in_force(day, LP_PRICES)
    if day < LP_REDESIGN:
        return f"Subscribe: four issues a year for {price}, post free in the UK."
    return f"Subscribe for {price} a year: four print issues and the full digital archive."


@cache
def _lp_appeal() -> Wordings:
    lockdown = [_span("2020-03-23", "2020-05-31", "📚 Reading at home? Our digital edition is "
                                                  "free to everyone until the end of May.")]
    christmas = _yearly("12-10", 20, 10, lambda y: (
        f"🎁 Give poetry this Christmas: a year's gift subscription for "
        f"{in_force(dt.date(y, 12, 1), LP_PRICES)}"))
    poetry_day = _movable(lambda y: iso_day(POETRY_DAY[y][0]), 6, 0, lambda y: (
        f"National Poetry Day {y}: this year's theme is {POETRY_DAY[y][1]}. Subscribe today "
        f"and the next issue is on us."))
    return _calendar(_lp_subscribe, lockdown, poetry_day, christmas)


def larkspur_style() -> PublisherStyle:
    """A British quarterly poetry magazine: a kicker from a pool, the short date turned the
    weekday and the long date on National Poetry Day 2018 (a wording per day), "By" turned
    "Poem by", the issue and season it is from (a new wording each quarter, reworded on the
    redesign), "Poem of the Week" with its Monday (a new wording each week), a
    listen-to-the-poet line, "Read next:" and advertisement markers (up to
    twice), the reading window open or closed with its days (two windows a year, the first
    extended in 2020; by email, then through Submittable), the yearly prize with its first
    prize and fee (open May to October), a subscription appeal with its price (rising over
    the years) turned by the lockdown, each National Poetry Day and its theme and
    Christmas, the funding credit reworded for the 2018 portfolio, the poets' copyright and
    the charity line (a block), a rare correction."""
    return PublisherStyle(
        domain="larkspurreview.co.uk", site="Larkspur Poetry Review", base_size=250,
        subdomains=(("www.", 100),),
        sections=("poems", "reviews", "essays", "interviews", "archive"),
        n_authors=16, url_path="/{section}/{slug}",
        pools={"kicker": ("Poem", "Review", "Essay", "Interview", "Poem of the Week",
                          "From the Archive")},
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_lp_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (LP_REDESIGN.isoformat(), "Poem by {author}")),
            _f("issue", HEADER, 0.4, *_by_day(_lp_issue)),
            _f("week", HEADER, 0.1, *_by_day(
                lambda day: f"Poem of the Week · week of {en_date(day - day.weekday() * ONE)}")),
            _f("listen", MIDDLE, 0.12, (_OLD, "🔊 Listen to {author} read this poem")),
            _f("read-next", MIDDLE, 0.35, (_OLD, "Read next: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement"), count=2),
            _f("submissions", FOOTER, 0.35, *_by_day(_lp_submissions)),
            _f("prize", FOOTER, 0.2, *_by_day(_lp_prize)),
            _f("appeal", FOOTER, 0.3, *_lp_appeal()),
            _f("funding", FOOTER, 0.4,
               (_OLD, "Larkspur Poetry Review is supported by a Grants for the Arts award from "
                      "Arts Council England."),
               (LP_NPO.isoformat(), "Larkspur Poetry Review is one of Arts Council England's "
                                    "National Portfolio Organisations for 2018–22.")),
            _f("rights", FOOTER, 0.45, (_OLD, "Copyright in each poem remains with its author. "
                                              "Please do not reproduce without permission.")),
            _f("charity", FOOTER, 0.25, (_OLD, "Larkspur Poetry Review is a registered charity "
                                               "in England and Wales, no. 1093456.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this page "
                                                  "misprinted the poem's seventh line.")),
        ),
    )


# --- an American literary quarterly -------------------------------------------------------

SQ_REDESIGN = dt.date(2017, 9, 1)  # relaunched on the first day of the 2017 reading period
SQ_PATRONS = dt.date(2019, 3, 1)
SQ_FOUNDATION = dt.date(2018, 7, 1)
SQ_WINDOWS: Windows = (("09-01", "12-15"),)
SQ_COVID = (dt.date(2020, 3, 20), dt.date(2020, 5, 31))  # a fee-free window in 2020
SQ_FEES = (("2013-09-01", "2"), ("2017-09-01", "3"))
SQ_PRIZES = {2014: ("1,000", "20"), 2015: ("1,000", "20"), 2016: ("1,000", "20"),
             2017: ("1,500", "20"), 2018: ("1,500", "25"), 2019: ("2,000", "25"),
             2020: ("2,000", "25")}
AWP = {2015: ("2015-04-08", "2015-04-11", "Minneapolis"),
       2016: ("2016-03-30", "2016-04-02", "Los Angeles"),
       2017: ("2017-02-08", "2017-02-11", "Washington, DC"),
       2018: ("2018-03-07", "2018-03-10", "Tampa"),
       2019: ("2019-03-27", "2019-03-30", "Portland"),
       2020: ("2020-03-04", "2020-03-07", "San Antonio")}


def sq_issue(day: dt.date) -> tuple[int, int, str, int]:
    """The Saltmarsh Quarterly's issue on `day`: (volume, number, season, year); three a
    year, volume 21 in 2015."""
    _, y, i = season_issue(day, ("01-15", "05-15", "09-15"), 1, 2015)
    return y - 1994, i + 1, ("Winter", "Spring/Summer", "Fall")[i], y


def _sq_dated(day: dt.date) -> str:
    if day < SQ_REDESIGN:
        return us_date(day)
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} · {{read_min}} min read"


def _sq_volume(day: dt.date) -> str:
    vol, no, season, y = sq_issue(day)
    return f"Vol. {vol}, No. {no} ({season} {y})"


def _sq_reading(day: dt.date) -> str:
    if SQ_COVID[0] <= day <= SQ_COVID[1]:
        return ("Fee-free reading period for writers affected by COVID-19: submit through "
                f"{us_date(SQ_COVID[1])}.")
    is_open, when = window_state(day, SQ_WINDOWS)
    if is_open:
        return (f"Our reading period is open through {us_date(when)}. Submit via Submittable; "
                f"reading fee ${in_force(day, SQ_FEES)}.")
    return f"We're closed to submissions. Our next reading period opens {us_date(when)}."


def _sq_contest(day: dt.date) -> str:
    y = day.year
    if dt.date(y, 1, 15) <= day <= dt.date(y, 3, 31):
        prize, fee = SQ_PRIZES[y]
        return (f"The {y} Saltmarsh Quarterly Prizes in poetry and fiction are open through "
                f"March 31: ${prize} and publication; the ${fee} entry fee includes a "
                f"subscription.")
    won = y if day > dt.date(y, 3, 31) else y - 1
    return f"Congratulations to the winners of the {won} Saltmarsh Quarterly Prizes."


@cache
def _sq_notice() -> Wordings:
    base = _steps((_OLD, "Get new work in your inbox: sign up for our monthly newsletter."),
                  (SQ_PATRONS.isoformat(), "The Saltmarsh Quarterly is reader-supported. "
                                           "Become a patron from $5 a month."))
    awp = [_span(first, last, f"Visit The Saltmarsh Quarterly at AWP {y} in {city}, "
                              f"bookfair table 1127.") for y, (first, last, city) in AWP.items()]
    giving = _movable(lambda y: thanksgiving(y) + 5 * ONE, 4, 0, lambda y: (
        f"It's #GivingTuesday {y}: every gift to The Saltmarsh Quarterly is matched today."))
    pushcart = _yearly("12-01", 0, 6, lambda y: f"Congratulations to our {y} Pushcart Prize "
                                                f"nominees.")
    return _calendar(base, awp, giving, pushcart)


def saltmarsh_style() -> PublisherStyle:
    """An American literary quarterly: the genre from a pool, the long date turned the AP
    style date (Jan., Sept.) with the reading time on the first day of the 2017 reading
    period (a wording per day), "by", volume and number with the season (three issues a
    year, the volume turning each January), "More from this issue:" and a patron appeal
    mid-body, the reading period open or closed with its days and fee (raised in 2017; a
    fee-free window in the 2020 pandemic), the prize contest open from January 15 to March
    31 with its prize and fee (both raised over the years) and its winners the rest of the
    year, a newsletter line reworded for patrons and turned by each AWP, Giving Tuesday and
    the Pushcart nominations, the funding credit reworded for a foundation, the rights line
    and the masthead (a block), a rare correction."""
    return PublisherStyle(
        domain="saltmarshquarterly.org", site="The Saltmarsh Quarterly", base_size=220,
        subdomains=(("www.", 100),),
        sections=("fiction", "poetry", "nonfiction", "translation", "art"),
        n_authors=14, url_path="/{section}/{slug}/",
        pools={"genre": ("Fiction", "Poetry", "Nonfiction", "Translation", "Art",
                         "Craft Essay")},
        families=(
            _f("genre", HEADER, 0.55, (_OLD, "{genre}")),
            _f("dated", HEADER, 0.85, *_by_day(_sq_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "by {author}")),
            _f("volume", HEADER, 0.35, *_by_day(_sq_volume)),
            _f("more", MIDDLE, 0.3, (_OLD, "More from this issue: {other_title}")),
            _f("patron", MIDDLE, 0.12, (_OLD, "Independent literary publishing depends on "
                                              "readers like you. Support our writers →")),
            _f("reading", FOOTER, 0.35, *_by_day(_sq_reading)),
            _f("contest", FOOTER, 0.15, *_by_day(_sq_contest)),
            _f("notice", FOOTER, 0.3, *_sq_notice()),
            _f("support", FOOTER, 0.4,
               (_OLD, "The Saltmarsh Quarterly is made possible in part by the National "
                      "Endowment for the Arts and the Maine Arts Commission."),
               (SQ_FOUNDATION.isoformat(), "The Saltmarsh Quarterly is made possible in part "
                                           "by the National Endowment for the Arts, the Maine "
                                           "Arts Commission and the Harbor Light Family "
                                           "Foundation.")),
            _f("rights", FOOTER, 0.4, (_OLD, "All rights revert to the authors upon "
                                             "publication.")),
            _f("masthead", FOOTER, 0.3, (_OLD, "The Saltmarsh Quarterly · ISSN 1543-0987 · "
                                               "Published three times a year in Portland, "
                                               "Maine")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: a stanza break was restored to "
                                                  "this poem after publication.")),
        ),
    )


# --- a Hungarian literary monthly ---------------------------------------------------------

KH_REDESIGN = dt.date(2018, 4, 11)  # relaunched on Hungarian Poetry Day 2018
KH_EMAIL = dt.date(2017, 1, 1)
KH_PIU = dt.date(2019, 1, 1)  # the Petőfi Literary Agency joins the credit
KH_PRICES = (("2013-01-01", "7 800 Ft, egy szám ára 750 Ft"),
             ("2017-01-01", "8 400 Ft, egy szám ára 800 Ft"),
             ("2019-01-01", "9 600 Ft, egy szám ára 900 Ft"),
             ("2020-01-01", "10 800 Ft, egy szám ára 990 Ft"))
# The Ünnepi Könyvhét (Festive Book Week): its number and days; in 2020 put off to September.
KONYVHET = {2015: (86, "2015-06-04", "2015-06-08"), 2016: (87, "2016-06-09", "2016-06-13"),
            2017: (88, "2017-06-08", "2017-06-12"), 2018: (89, "2018-06-07", "2018-06-11"),
            2019: (90, "2019-06-13", "2019-06-17"), 2020: (91, "2020-09-03", "2020-09-06")}


def kh_volume(day: dt.date) -> tuple[str, int]:
    """Kőhíd's volume (Roman, LX in 2015) and issue (the month)."""
    return roman(day.year - 1955), day.month


def _kh_datum(day: dt.date) -> str:
    if day < KH_REDESIGN:
        return f"{day.year}. {day.month:02d}. {day.day:02d}."
    return f"{hu_date(day)}, {NAPOK[day.weekday()]}"


def _kh_szam(day: dt.date) -> str:
    volume, issue = kh_volume(day)
    return f"{volume}. évfolyam, {issue}. szám · {day.year}. {HONAPOK[day.month - 1]}"


def _kh_elofizetes(day: dt.date) -> str:
    return f"Előfizetés egy évre: {in_force(day, KH_PRICES)}."


@cache
def _kh_ajanlat() -> Wordings:
    poetry_day = _yearly("04-11", 5, 0, lambda y: (
        f"{y}. április 11. – a magyar költészet napja: minden új előfizetőnk ajándék "
        f"verseskötetet kap."))
    weeks: list[Event] = []
    for n, first, last in KONYVHET.values():
        a, b = iso_day(first), iso_day(last)
        weeks.append((a - 7 * ONE, b + ONE, (
            f"Találkozzunk a {n}. Ünnepi Könyvhéten, {HONAPOK[a.month - 1]} {a.day}–{b.day}. "
            f"között!")))
    put_off = [_span("2020-05-28", "2020-06-15", "A 91. Ünnepi Könyvhét a járvány miatt "
                                                 "szeptemberre tolódik.")]
    return _calendar(_kh_elofizetes, put_off, weeks, poetry_day)


def kohid_style() -> PublisherStyle:
    """A Hungarian literary monthly: the column from a pool, the numeric date (year first)
    turned the long date with the weekday on Hungarian Poetry Day 2018 (a wording per day),
    "Szerző:", "Fordította" for translations, the volume in Roman numerals and the issue
    (a new wording each month), "A nap verse" with the day's date (a wording per day),
    "Kapcsolódó:" and "Hirdetés" mid-body, a manuscripts line
    reworded for e-mail in 2017, the National Cultural Fund credit reworded when the Petőfi
    Literary Agency joined it, the subscription price (rising over the years) turned by
    Hungarian Poetry Day and each Festive Book Week (with its number; put off to September
    in 2020), the rights line and the imprint (a block), a rare correction."""
    return PublisherStyle(
        domain="kohidfolyoirat.hu", site="Kőhíd", base_size=195,
        subdomains=(("www.", 100),),
        sections=("vers", "proza", "essze", "kritika", "muforditas"),
        n_authors=12, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"rovat": ("Vers", "Próza", "Esszé", "Kritika", "Műfordítás", "Interjú")},
        families=(
            _f("rovat", HEADER, 0.5, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.85, *_by_day(_kh_datum)),
            _f("szerzo", HEADER, 0.6, (_OLD, "Szerző: {author}")),
            _f("forditotta", HEADER, 0.15, (_OLD, "Fordította: {author2}")),
            _f("szam", HEADER, 0.4, *_by_day(_kh_szam)),
            _f("nap-verse", HEADER, 0.1, *_by_day(lambda day: f"A nap verse – {hu_date(day)}")),
            _f("kapcsolodo", MIDDLE, 0.3, (_OLD, "Kapcsolódó: {other_title}")),
            _f("hirdetes", MIDDLE, 0.2, (_OLD, "Hirdetés"), count=2),
            _f("kezirat", FOOTER, 0.3,
               (_OLD, "Kéziratot nem őrzünk meg és nem küldünk vissza."),
               (KH_EMAIL.isoformat(), "Kéziratokat kizárólag e-mailben fogadunk: "
                                      "kezirat@kohidfolyoirat.hu. Kéziratot nem küldünk "
                                      "vissza.")),
            _f("nka", FOOTER, 0.4,
               (_OLD, "A folyóirat megjelenését a Nemzeti Kulturális Alap támogatja."),
               (KH_PIU.isoformat(), "Megjelenik a Nemzeti Kulturális Alap és a Petőfi "
                                    "Irodalmi Ügynökség támogatásával.")),
            _f("ajanlat", FOOTER, 0.3, *_kh_ajanlat()),
            _f("jog", FOOTER, 0.35, (_OLD, "Minden jog fenntartva. A közölt írások szerzői "
                                           "jogai a szerzőket illetik.")),
            _f("impresszum", FOOTER, 0.25, (_OLD, "Kiadja a Kőhíd Alapítvány, Pécs · "
                                                  "HU ISSN 0231-4567")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: a vers korábbi változatából "
                                                   "kimaradt egy versszak.")),
        ),
    )


# --- a Catalan literary review ------------------------------------------------------------

QA_REDESIGN = dt.date(2018, 4, 23)  # relaunched on Sant Jordi 2018
QA_LLULL = dt.date(2019, 1, 1)  # the Institut Ramon Llull joins the credit
QA_WINDOWS: Windows = (("01-15", "03-15"), ("09-15", "11-15"))
QA_PRICES = (("2013-01-01", "30 €"), ("2017-01-01", "32 €"), ("2019-04-23", "35 €"))
QA_SEASONS = ("primavera", "estiu", "tardor", "hivern")


def qa_issue(day: dt.date) -> tuple[int, str, int]:
    """The review's issue on `day` (one each season, from the equinoxes and solstices;
    spring 2015 is number 58): (number, season, year)."""
    y, i = quarter(day, (3, 6, 9, 12), 21)
    return 58 + (y - 2015) * 4 + i, QA_SEASONS[i], y


def _qa_data(day: dt.date) -> str:
    if day < QA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIES[day.weekday()]}, {ca_date(day)}"


def _qa_numero(day: dt.date) -> str:
    n, season, y = qa_issue(day)
    return f"Número {n} · {season.capitalize()} {y}"


def _qa_convocatoria(day: dt.date) -> str:
    is_open, when = window_state(day, QA_WINDOWS)
    if is_open:
        return (f"Convocatòria oberta: rebem originals fins al {ca_date(when)} a "
                f"originals@quadernsalbada.cat.")
    return f"La recepció d'originals és tancada. La propera convocatòria s'obre el {ca_date(when)}."


def _qa_subscripcio(day: dt.date) -> str:
    return f"Subscripció anual (quatre números): {in_force(day, QA_PRICES)}, enviament inclòs."


@cache
def _qa_avis() -> Wordings:
    covid = [_span("2020-04-16", "2020-04-23", "Sant Jordi 2020 a casa: us enviem la "
                                               "subscripció per correu amb un punt de llibre."),
             _span("2020-07-16", "2020-07-23", "Sant Jordi d'estiu, 23 de juliol de 2020: "
                                               "subscripció amb un 20% de descompte.")]
    sant_jordi = _yearly("04-23", 7, 0, lambda y: (
        f"🌹 Per Sant Jordi {y}, subscripció anual amb un 20% de descompte i un llibre de "
        f"regal."))
    nadal = _yearly("12-24", 14, 13, lambda y: f"Regaleu poesia per Nadal {y}: "
                                               f"subscripcions de regal fins al 6 de gener.")
    return _calendar(_qa_subscripcio, covid, sant_jordi, nadal)


def albada_style() -> PublisherStyle:
    """A Catalan literary review: the section from a pool, the numeric date turned the
    weekday and the long date ("d'abril") on Sant Jordi 2018 (a wording per day), "Per" and
    "Traducció de", the number and season (a new wording each equinox and solstice), "Llegiu
    també:" reworded "Us pot interessar:" on the redesign and "Publicitat" mid-body, the call
    for manuscripts open or closed with its days (two windows a year), the funding credit
    reworded when the Institut Ramon Llull joined it, the subscription price (rising over
    the years) turned by each Sant Jordi (at home and in summer in 2020) and Christmas, the
    copyright of texts and translations and the publisher line (a block), a rare erratum."""
    return PublisherStyle(
        domain="quadernsalbada.cat", site="Quaderns de l'Albada", base_size=170,
        subdomains=(("www.", 100),),
        sections=("poesia", "narrativa", "assaig", "traduccio", "critica"),
        n_authors=10, url_path="/{section}/{slug}/",
        pools={"seccio": ("Poesia", "Narrativa", "Assaig", "Traducció", "Crítica",
                          "Entrevista")},
        families=(
            _f("seccio", HEADER, 0.5, (_OLD, "{seccio}")),
            _f("data", HEADER, 0.85, *_by_day(_qa_data)),
            _f("autor", HEADER, 0.6, (_OLD, "Per {author}")),
            _f("traduccio", HEADER, 0.15, (_OLD, "Traducció de {author2}")),
            _f("numero", HEADER, 0.4, *_by_day(_qa_numero)),
            _f("llegiu", MIDDLE, 0.3, (_OLD, "Llegiu també: {other_title}"),
               (QA_REDESIGN.isoformat(), "Us pot interessar: {other_title}")),
            _f("publicitat", MIDDLE, 0.15, (_OLD, "Publicitat")),
            _f("convocatoria", FOOTER, 0.3, *_by_day(_qa_convocatoria)),
            _f("suport", FOOTER, 0.4,
               (_OLD, "Amb el suport de la Institució de les Lletres Catalanes."),
               (QA_LLULL.isoformat(), "Amb el suport de la Institució de les Lletres Catalanes "
                                      "i de l'Institut Ramon Llull.")),
            _f("subscripcio", FOOTER, 0.25, *_qa_avis()),
            _f("drets", FOOTER, 0.35, (_OLD, "© dels textos, els autors; © de les traduccions, "
                                             "els traductors.")),
            _f("editor", FOOTER, 0.25, (_OLD, "Quaderns de l'Albada és una publicació de "
                                              "l'Associació Cultural l'Albada. ISSN "
                                              "2013-4567.")),
            _f("fe-errades", HEADER, 0.04, (_OLD, "Fe d'errades: en una versió anterior "
                                                  "d'aquest article el nom del traductor "
                                                  "era incorrecte.")),
        ),
    )


# --- a Levantine literary and translation monthly (in Arabic) -----------------------------

MD_REDESIGN = dt.date(2019, 3, 21)  # relaunched on World Poetry Day 2019
MD_UNPUBLISHED = dt.date(2018, 1, 1)
MD_MAWRED = dt.date(2018, 1, 1)  # the funding credit turns from AFAC to Al Mawred
MD_PRICES = (("2013-01-01", "60"), ("2018-01-01", "70"), ("2020-01-01", "75"))
CAIRO_FAIR = {2015: ("2015-01-28", "2015-02-12"), 2016: ("2016-01-27", "2016-02-10"),
              2017: ("2017-01-26", "2017-02-10"), 2018: ("2018-01-27", "2018-02-10"),
              2019: ("2019-01-23", "2019-02-05"), 2020: ("2020-01-22", "2020-02-04")}
BEIRUT_FAIR = {2015: ("2015-11-27", "2015-12-10"), 2016: ("2016-12-01", "2016-12-14"),
               2017: ("2017-12-07", "2017-12-20"), 2018: ("2018-12-06", "2018-12-19")}


def md_issue(day: dt.date) -> int:
    """The monthly's issue number: 25 in January 2015."""
    return 25 + months_since(day, 2015, 1)


def _md_tarikh(day: dt.date) -> str:
    if day < MD_REDESIGN:
        return f"{day.day} {SHUHUR[day.month - 1]} {day.year}"
    return (f"{AYYAM[day.weekday()]} {arabic(day.day)} {SHUHUR[day.month - 1]}/"
            f"{ASHHUR[day.month - 1]} {arabic(day.year)}")


def _md_adad(day: dt.date) -> str:
    n = md_issue(day)
    if day < MD_REDESIGN:
        return f"العدد {n} – {SHUHUR[day.month - 1]} {day.year}"
    return f"العدد {arabic(n)} – {SHUHUR[day.month - 1]} {arabic(day.year)}"


def _md_ishtirak(day: dt.date) -> str:
    return (f"الاشتراك السنوي في النسخة الورقية: {in_force(day, MD_PRICES)} دولاراً أميركياً "
            f"شاملاً أجور البريد.")


@cache
def _md_tanbih() -> Wordings:
    ramadan = [(iso_day(first), iso_day(eid), f"عدد رمضان {arabic(h)} هـ: ملف خاص عن شعر "
                                              f"المتصوفة وترجماته")
               for first, eid, h in RAMADAN.values()]
    eid = [(iso_day(e), iso_day(e, 4), f"كل عام وأنتم بخير: عيد فطر سعيد {arabic(h)} هـ")
           for _, e, h in RAMADAN.values()]
    fairs = [(iso_day(a, -3), iso_day(b, 1), f"زورونا في جناح مدارات في معرض القاهرة الدولي "
                                             f"للكتاب {y}")
             for y, (a, b) in CAIRO_FAIR.items()]
    fairs += [(iso_day(a, -3), iso_day(b, 1), f"زورونا في جناح مدارات في معرض بيروت العربي "
                                              f"الدولي للكتاب {y}")
              for y, (a, b) in BEIRUT_FAIR.items()]
    poetry = _yearly("03-21", 4, 0, lambda y: f"اليوم العالمي للشعر {y}: قصائد مترجمة من "
                                              f"ثلاثين لغة")
    return _calendar(_md_ishtirak, ramadan, eid, sorted(fairs), poetry)


def madarat_style() -> PublisherStyle:
    """A Levantine literary and translation monthly, in Arabic: the section from a pool, the
    date with the Levantine month turned the weekday, both month names and Arabic-Indic
    digits on World Poetry Day 2019 (a wording per day), "بقلم" and "ترجمة", the issue
    number and month (a new wording each month, in Arabic-Indic digits after the redesign),
    "اقرأ أيضاً:" and "إعلان" mid-body, the authors'-opinions line, a contributions line
    reworded for unpublished work, the funding credit turned from AFAC to Al Mawred, the
    subscription price in dollars (rising over the years) turned by Ramadan and the Eid with
    their Hijri years, the Cairo and Beirut book fairs and World Poetry Day, the rights
    line, a rare correction."""
    return PublisherStyle(
        domain="madarat-adab.com", site="مدارات", base_size=150,
        subdomains=(("www.", 100),),
        sections=("shir", "qissa", "tarjama", "naqd", "hiwar"),
        n_authors=10, url_path="/{section}/{n}",
        pools={"bab": ("شعر", "قصة", "ترجمة", "نقد", "حوارات", "مقالات")},
        families=(
            _f("bab", HEADER, 0.5, (_OLD, "{bab}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_md_tarikh)),
            _f("katib", HEADER, 0.6, (_OLD, "بقلم: {author}")),
            _f("tarjama", HEADER, 0.2, (_OLD, "ترجمة: {author2}")),
            _f("adad", HEADER, 0.35, *_by_day(_md_adad)),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("ilan", MIDDLE, 0.15, (_OLD, "إعلان")),
            _f("araa", FOOTER, 0.4, (_OLD, "المقالات المنشورة تعبّر عن آراء كتّابها ولا تعبّر "
                                           "بالضرورة عن رأي المجلة.")),
            _f("musahamat", FOOTER, 0.25,
               (_OLD, "ترحب مدارات بمساهمات الكتّاب والمترجمين على البريد: "
                      "submit@madarat-adab.com"),
               (MD_UNPUBLISHED.isoformat(), "ترحب مدارات بالنصوص والترجمات غير المنشورة سابقاً، "
                                            "وتُرسل إلى: submit@madarat-adab.com")),
            _f("daam", FOOTER, 0.3,
               (_OLD, "تصدر هذه المجلة بدعم من الصندوق العربي للثقافة والفنون (آفاق)."),
               (MD_MAWRED.isoformat(), "تصدر هذه المجلة بدعم من مؤسسة المورد الثقافي.")),
            _f("tanbih", FOOTER, 0.25, *_md_tanbih()),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة لمجلة مدارات © {year}")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد اسم المترجم خطأً في نسخة سابقة من "
                                              "هذه المادة.")),
        ),
    )


# --- an Indonesian literature site --------------------------------------------------------

LS_REDESIGN = dt.date(2019, 4, 28)  # relaunched on Hari Puisi Nasional 2019
LS_TRAKTEER = dt.date(2018, 11, 15)
LS_HONOR = (("2013-01-01", "Rp250.000"), ("2017-01-01", "Rp300.000"),
            ("2019-04-28", "Rp400.000"), ("2020-04-01", "-"), ("2020-09-01", "Rp300.000"))


def _ls_tanggal(day: dt.date) -> str:
    if day < LS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{HARI[day.weekday()]}, {id_date(day)} | {{time}} WIB"


def _ls_kirim(value: str) -> str:
    head = ("Redaksi menerima kiriman puisi (maksimal lima judul), cerpen, dan esai ke "
            "redaksi@lembarsajak.id.")
    if value == "-":
        return f"{head} Selama pandemi, honorarium ditangguhkan sementara."
    return f"{head} Honorarium {value} untuk setiap karya yang dimuat."


@cache
def _ls_dukung() -> Wordings:
    base = _steps((_OLD, "Dukung Lembar Sajak agar tetap bisa dibaca gratis oleh siapa saja."),
                  (LS_TRAKTEER.isoformat(), "☕ Traktir redaksi Lembar Sajak lewat Trakteer "
                                            "agar kami terus terbit."))
    ramadan = [(iso_day(first), iso_day(eid), f"Selamat menunaikan ibadah puasa Ramadan {h} H.")
               for first, eid, h in RAMADAN.values()]
    lebaran = [(iso_day(eid), iso_day(eid, 7), f"Selamat Idulfitri {h} H. Mohon maaf lahir dan "
                                               f"batin.") for _, eid, h in RAMADAN.values()]
    hari_puisi = _yearly("04-28", 6, 0, lambda y: (
        f"Hari Puisi Nasional {y}: kirim puisimu untuk edisi khusus 28 April."))
    bulan_bahasa = _yearly("10-01", 0, 30, lambda y: (
        f"Bulan Bahasa dan Sastra {y}: sepanjang Oktober kami memuat puisi berbahasa daerah."))
    return _calendar(base, ramadan, lebaran, hari_puisi, bulan_bahasa)


def lembarsajak_style() -> PublisherStyle:
    """An Indonesian literature site: the column from a pool, the numeric date turned the
    weekday, the long date and the time in WIB on Hari Puisi Nasional 2019 (a wording per
    day), "Oleh:" turned the writer and the editor, the illustrator from a pool, "Baca
    juga:" and "ADVERTISEMENT" (both up to twice) mid-body, the submissions line with the
    fee paid per work (raised over the years, suspended in the 2020 pandemic), the authors'
    copyright, a support appeal reworded for Trakteer and turned by Ramadan and Idulfitri
    with their Hijri years, Hari Puisi and Bulan Bahasa, the editorial line, a rare
    correction."""
    return PublisherStyle(
        domain="lembarsajak.id", site="Lembar Sajak", base_size=130,
        subdomains=(("", 70), ("www.", 30)),
        sections=("puisi", "cerpen", "esai", "resensi", "terjemahan"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={"rubrik": ("Puisi", "Cerpen", "Esai", "Resensi", "Terjemahan", "Wawancara"),
               "ilustrator": ("Nadia Prameswari", "Lembar Sajak", "Bagus Wicaksono",
                              "Rara Anindita", "Unsplash")},
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_ls_tanggal)),
            _f("penulis", HEADER, 0.6, (_OLD, "Oleh: {author}"),
               (LS_REDESIGN.isoformat(), "Penulis: {author} | Editor: {author2}")),
            _f("ilustrasi", MIDDLE, 0.25, (_OLD, "Ilustrasi: {ilustrator}")),
            _f("baca", MIDDLE, 0.35, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.2, (_OLD, "ADVERTISEMENT"), count=2),
            _f("kirim", FOOTER, 0.3, *from_table(LS_HONOR, _ls_kirim)),
            _f("hakcipta", FOOTER, 0.35, (_OLD, "Hak cipta setiap karya sepenuhnya milik "
                                                "penulisnya.")),
            _f("dukung", FOOTER, 0.25, *_ls_dukung()),
            _f("redaksi", FOOTER, 0.2, (_OLD, "Lembar Sajak dikelola secara swadaya oleh "
                                              "komunitas penulis di Yogyakarta.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: judul puisi ketiga sebelumnya tertulis "
                                             "keliru.")),
        ),
    )


# --- an Irish-language literary magazine --------------------------------------------------

CU_REDESIGN = dt.date(2017, 3, 1)  # relaunched on the first day of Seachtain na Gaeilge
CU_ARTS = dt.date(2019, 1, 1)  # the Arts Council joins the credit
CU_PRICES = (("2013-01-01", "€35"), ("2017-01-01", "€40"), ("2020-01-01", "€45"))


def cu_issue(day: dt.date) -> int:
    """The magazine's issue number: 120 in January 2015, one a month."""
    return 120 + months_since(day, 2015, 1)


def _cu_data(day: dt.date) -> str:
    if day < CU_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{LAETHANTA[day.weekday()]}, {ga_date(day)}"


def _cu_sintius(day: dt.date) -> str:
    return f"Glac síntiús bliana le Cuisle: {in_force(day, CU_PRICES)} (postas san áireamh)."


@cache
def _cu_fogra() -> Wordings:
    covid = [_span("2020-03-18", "2020-06-30", "Tá ár n-oifig dúnta de bharr Covid-19; "
                                               "leanann Cuisle ar aghaidh ar líne.")]
    seachtain = _yearly("03-01", 0, 16, lambda y: (
        f"Seachtain na Gaeilge {y}: lascaine 20% ar shíntiúis go dtí 17 Márta."))
    oireachtas = _yearly("01-31", 14, 0, lambda y: (
        f"Dúnann Comórtais Liteartha an Oireachtais {y} ar 31 Eanáir: bíodh do shaothar "
        f"isteach in am!"))
    nollaig = _yearly("12-25", 7, 12, lambda y: f"Nollaig shona daoibh ó fhoireann Cuisle, "
                                                f"{y}.")
    return _calendar(_cu_sintius, covid, seachtain, oireachtas, nollaig)


def cuisle_style() -> PublisherStyle:
    """An Irish-language literary magazine: the section from a pool, the numeric date turned
    the Irish weekday and long date on the first day of Seachtain na Gaeilge 2017 (a wording
    per day), "Le", the issue number and month in Irish (a new wording each month), "Léigh
    freisin:" and "Fógra" mid-body, the Foras na Gaeilge credit reworded when the Arts
    Council joined it, the authors' copyright and the imprint (a block), a submissions
    line, the subscription price (rising over the years) turned by Seachtain na Gaeilge, the
    Oireachtas literary competitions' closing date, Christmas and the 2020 office closure, a
    rare correction."""
    return PublisherStyle(
        domain="cuisle.ie", site="Cuisle", base_size=110,
        subdomains=(("www.", 100),),
        sections=("filiocht", "pros", "aisti", "leirmheasanna", "agallaimh"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={"rannog": ("Filíocht", "Prós", "Aistí", "Léirmheasanna", "Agallaimh",
                          "Aistriúchán")},
        families=(
            _f("rannog", HEADER, 0.5, (_OLD, "{rannog}")),
            _f("data", HEADER, 0.85, *_by_day(_cu_data)),
            _f("udar", HEADER, 0.6, (_OLD, "Le {author}")),
            _f("eagran", HEADER, 0.35, *_by_day(
                lambda day: f"Eagrán {cu_issue(day)}, {MIONNA[day.month - 1]} {day.year}")),
            _f("leigh", MIDDLE, 0.3, (_OLD, "Léigh freisin: {other_title}")),
            _f("fograi", MIDDLE, 0.15, (_OLD, "Fógra")),
            _f("saothar", FOOTER, 0.2, (_OLD, "Glacaimid le saothar nua i rith na bliana: seol "
                                              "chuig eagarthoir@cuisle.ie é.")),
            _f("fogra", FOOTER, 0.3, *_cu_fogra()),
            _f("foras", FOOTER, 0.4,
               (_OLD, "Foilsítear Cuisle le tacaíocht ó Fhoras na Gaeilge."),
               (CU_ARTS.isoformat(), "Foilsítear Cuisle le tacaíocht ó Fhoras na Gaeilge agus "
                                     "ón gComhairle Ealaíon.")),
            _f("cearta", FOOTER, 0.35, (_OLD, "Is leis na húdair an cóipcheart ar gach saothar "
                                              "a fhoilsítear anseo.")),
            _f("clo", FOOTER, 0.25, (_OLD, "Cuisle Teoranta, Gaillimh · ISSN 0791-2345")),
            _f("ceartuchan", HEADER, 0.04, (_OLD, "Ceartúchán: litríodh ainm an fhile go "
                                                  "mícheart i leagan níos luaithe.")),
        ),
    )


# --- an American journal of literature in translation -------------------------------------

TJ_REDESIGN = dt.date(2017, 9, 30)  # relaunched on International Translation Day 2017
TJ_WINDOWS_FROM = dt.date(2018, 6, 1)  # reading windows instead of year-round reading
TJ_WINDOWS: Windows = (("01-15", "03-15"), ("08-15", "10-15"))
TJ_FRIENDS = (("2013-01-01", "$5"), ("2019-01-01", "$7"))
# Two issues a year, each with its focus and its funder.
TJ_ISSUES = (
    ("2014-10-01", "12", "New Slovene Poetry", "the Slovenian Book Agency"),
    ("2015-04-01", "13", "Catalan Voices", "the Institut Ramon Llull"),
    ("2015-10-01", "14", "Indonesia: Seventeen Thousand Islands",
     "the Indonesian National Committee for Frankfurt 2015"),
    ("2016-04-01", "15", "Hungarian Poetry after 1989", "the Petőfi Literary Museum"),
    ("2016-10-01", "16", "Arabic Prose Now", "the Arab Fund for Arts and Culture"),
    ("2017-04-01", "17", "Irish and Scottish Gaelic", "Literature Ireland"),
    ("2017-10-01", "18", "Women Writing in Korean", "the Literature Translation Institute "
                                                    "of Korea"),
    ("2018-04-01", "19", "Brazil in Verse", "the Brazilian National Library Foundation"),
    ("2018-10-01", "20", "Dutch and Flemish", "the Dutch Foundation for Literature"),
    ("2019-04-01", "21", "Poetry from the Maghreb", "our readers and Friends"),
    ("2019-10-01", "22", "Yiddish Revisited", "the Harwood Translation Fund"),
    ("2020-04-01", "23", "Indonesian Poetry Today", "the Harwood Translation Fund"),
    ("2020-10-01", "24", "Translating in Lockdown", "our readers and Friends"),
)


def tj_issue(day: dt.date) -> tuple[str, str, str]:
    """Turnstone's issue on `day`: (number, focus, funder)."""
    i = bisect_right([start for start, *_ in TJ_ISSUES], day.isoformat())
    _, n, focus, funder = TJ_ISSUES[max(i - 1, 0)]
    return n, focus, funder


def _tj_dated(day: dt.date) -> str:
    if day < TJ_REDESIGN:
        return day.isoformat()
    return en_date(day)


def _tj_submissions(day: dt.date) -> str:
    if day < TJ_WINDOWS_FROM:
        return ("We read submissions of translations year-round. Please make sure the rights "
                "are available before you submit.")
    is_open, when = window_state(day, TJ_WINDOWS)
    if is_open:
        return f"Submissions of translations are open until {us_date(when)}."
    return f"Submissions are closed until {us_date(when)}. Pitches for reviews are always welcome."


def _tj_friends(day: dt.date) -> str:
    return (f"Support literary translation: become a Friend of Turnstone from "
            f"{in_force(day, TJ_FRIENDS)} a month.")


@cache
def _tj_notice() -> Wordings:
    wit = _yearly("08-01", 0, 30, lambda y: (
        f"August {y} is Women in Translation Month: read the women writers we have "
        f"published."))
    itd = _yearly("09-30", 6, 0, lambda y: (
        f"International Translation Day {y}: our translators read live online."))
    giving = _movable(lambda y: thanksgiving(y) + 5 * ONE, 1, 0, lambda y: (
        f"#GivingTuesday {y}: a gift today pays a translator for a page."))
    return _calendar(_tj_friends, wit, itd, giving)


def turnstone_style() -> PublisherStyle:
    """An American journal of literature in translation: the source language from a pool,
    the ISO date turned the British long date on International Translation Day 2017 (a
    wording per day), "Translated by" turned writer and translator, the issue with its
    focus (a new wording each April and October), "Read this in the original" and "Related:"
    mid-body, the rights line with the author's and translator's copyright, the issue's
    funding credit (its own funder each half-year), a submissions line read year-round,
    then in two windows a year open or closed with their days, a Friends appeal (raised in
    2019) turned by Women in Translation Month, International Translation Day and Giving
    Tuesday, the ISSN line, a rare correction."""
    return PublisherStyle(
        domain="turnstonejournal.org", site="Turnstone", base_size=90,
        subdomains=(("www.", 100),),
        sections=("poetry", "fiction", "essays", "reviews"),
        n_authors=10, url_path="/issue/{section}/{slug}",
        pools={"lang": ("From the Hungarian", "From the Catalan", "From the Arabic",
                        "From the Indonesian", "From the Irish", "From the Korean",
                        "From the Portuguese")},
        families=(
            _f("lang", HEADER, 0.5, (_OLD, "{lang}")),
            _f("dated", HEADER, 0.8, *_by_day(_tj_dated)),
            _f("credit", HEADER, 0.65, (_OLD, "Translated by {author}"),
               (TJ_REDESIGN.isoformat(), "By {author2} · Translated by {author}")),
            _f("focus", HEADER, 0.3, *_by_day(
                lambda day: f"Issue {tj_issue(day)[0]} · {tj_issue(day)[1]}")),
            _f("original", MIDDLE, 0.15, (_OLD, "Read this in the original")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("permissions", FOOTER, 0.4, (_OLD, "Original text © {author2}. English "
                                                  "translation © {year} {author}. Published by "
                                                  "permission.")),
            _f("funder", FOOTER, 0.3, *_by_day(
                lambda day: f"Issue {tj_issue(day)[0]} is published with the support of "
                            f"{tj_issue(day)[2]}.")),
            _f("submissions", FOOTER, 0.2, *_by_day(_tj_submissions)),
            _f("notice", FOOTER, 0.3, *_tj_notice()),
            _f("issn", FOOTER, 0.2, (_OLD, "Turnstone · ISSN 2372-9910 · A nonprofit journal "
                                           "of world literature")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the translator's name was "
                                                  "misspelled in an earlier version.")),
        ),
    )


# --- a British poetry pamphlet press ------------------------------------------------------

WA_REDESIGN = dt.date(2019, 10, 3)  # relaunched on National Poetry Day 2019
WA_PAMPHLET = (("2013-01-01", "£5.00"), ("2017-01-01", "£6.00"), ("2020-01-01", "£7.00"))
WA_COMPETITION = {2015: ("15", "500"), 2016: ("15", "500"), 2017: ("15", "500"),
                  2018: ("18", "500"), 2019: ("18", "750"), 2020: ("18", "750"),
                  2021: ("18", "750")}  # entry fee and prize, in pounds


def _wa_posted(day: dt.date) -> str:
    if day < WA_REDESIGN:
        return f"Posted on {en_date(day)} by {{author}}"
    return f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


def _wa_competition(day: dt.date) -> str:
    y = day.year
    if dt.date(y, 2, 1) <= day <= dt.date(y, 4, 30):
        fee, prize = WA_COMPETITION[y]
        return (f"The Wren & Anvil Press Pamphlet Competition {y} is open until 30 April: "
                f"£{fee} an entry; the winner is published and receives £{prize}.")
    nxt = y + 1 if day.month > 4 else y
    return f"Our {nxt} pamphlet competition opens on 1 February."


@cache
def _wa_banner() -> Wordings:
    base = _steps((_OLD, "Free UK postage on all our pamphlets"),
                  ("2020-03-24", "Orders are posted twice a week while we work from home"))
    days = _movable(lambda y: iso_day(POETRY_DAY[y][0]), 6, 0, lambda y: (
        f"National Poetry Day, {en_date(iso_day(POETRY_DAY[y][0]))}: this year's theme is "
        f"{POETRY_DAY[y][1]}"))
    return _calendar(base, days)


def wrenandanvil_style() -> PublisherStyle:
    """A British poetry pamphlet press's news pages: "Posted on" with the date and the
    writer turned the weekday and an ordinal date on National Poetry Day 2019 (a wording per
    day), a banner turned by each National Poetry Day and its theme (and reworded in the
    first lockdown), the pamphlet's price (rising over the years) and a by-permission line
    from a pool mid-body, the pamphlet competition open from February to April with its fee
    and prize (both raised over the years), "Filed under:" with tags from a pool, a mailing
    list line, the poets' copyright, "Share this:", a rare correction."""
    return PublisherStyle(
        domain="wrenandanvil.co.uk", site="Wren & Anvil Press", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "pamphlets", "competition", "launches"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"tags": ("News", "Pamphlets", "Competition", "Launches", "Reviews",
                        "National Poetry Day"),
               "pamphlet": ("Salt Lines", "The Lamp-Keeper's Almanac", "Small Weathers",
                            "Heron, Ledger", "What the Ferry Said")},
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_wa_posted)),
            _f("banner", HEADER, 0.25, *_wa_banner()),
            _f("price", MIDDLE, 0.2, *from_table(WA_PAMPHLET, lambda v: (
                f"Buy the pamphlet: {v} plus postage"))),
            _f("permission", MIDDLE, 0.15, (_OLD, "From {pamphlet}, reproduced by kind "
                                                  "permission of the poet.")),
            _f("competition", FOOTER, 0.3, *_by_day(_wa_competition)),
            _f("tags", FOOTER, 0.5, (_OLD, "Filed under: {tags_links}")),
            _f("mailing", FOOTER, 0.3, (_OLD, "Join our mailing list for launch invitations "
                                              "and competition news.")),
            _f("rights", FOOTER, 0.3, (_OLD, "All poems remain the copyright of their "
                                             "authors.")),
            _f("share", FOOTER, 0.4, (_OLD, "Share this:")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the launch now starts at 7pm, "
                                                  "not 6.30pm.")),
        ),
    )


# --- a Canadian prairie literary magazine -------------------------------------------------

PR_REDESIGN = dt.date(2018, 7, 1)  # relaunched on Canada Day 2018
PR_CITY = dt.date(2019, 4, 1)  # the city's arts council joins the credit
PR_PAY = (("2013-01-01", "$40 a page, to a maximum of $200"),
          ("2018-01-01", "$50 a page, to a maximum of $250"),
          ("2020-01-01", "$60 a page, to a maximum of $300"))
PR_CONTEST = {2014: "1,000", 2015: "1,000", 2016: "1,000", 2017: "1,000", 2018: "1,250",
              2019: "1,250", 2020: "1,500"}


def pr_issue(day: dt.date) -> tuple[int, str, int]:
    """The magazine's issue on `day`: three a year (spring, summer, winter), issue 41 in
    spring 2015: (number, season, year)."""
    n, y, i = season_issue(day, ("03-01", "07-01", "11-01"), 41, 2015)
    return n, ("Spring", "Summer", "Winter")[i], y


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return day.isoformat()
    return us_date(day)


def _pr_contest(day: dt.date) -> str:
    y = day.year
    if dt.date(y, 8, 1) <= day <= dt.date(y, 11, 30):
        return (f"Enter The Portage Review's {y} Creative Nonfiction Contest by November 30: "
                f"${PR_CONTEST[y]} first prize; the $30 fee includes a subscription.")
    nxt = y if day.month < 8 else y + 1
    return f"The Portage Review's {nxt} Creative Nonfiction Contest opens August 1."


def portage_style() -> PublisherStyle:
    """A Canadian prairie literary magazine: the ISO date turned the long date on Canada Day
    2018 (a wording per day), "Words by", the issue it appears in (three a year), a
    subscription line mid-body, the contest open from August to November with its prize
    (raised over the years), the funding credit reworded when the city's arts council
    joined it, the land acknowledgement, the rights line, the contributors' pay (raised
    over the years), a rare correction."""
    return PublisherStyle(
        domain="portagereview.ca", site="The Portage Review", base_size=55,
        subdomains=(("www.", 100),),
        sections=("poetry", "fiction", "nonfiction", "reviews"),
        n_authors=6, url_path="/{section}/{slug}/",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_pr_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Words by {author}")),
            _f("issue", HEADER, 0.3, *_by_day(
                lambda day: "Appears in Issue {} ({} {})".format(*pr_issue(day)))),
            _f("subscribe", MIDDLE, 0.2, (_OLD, "Subscribe: three issues for $30 in Canada, "
                                                "$40 elsewhere.")),
            _f("contest", FOOTER, 0.2, *_by_day(_pr_contest)),
            _f("council", FOOTER, 0.4,
               (_OLD, "The Portage Review gratefully receives funding from the Canada Council "
                      "for the Arts and the Manitoba Arts Council."),
               (PR_CITY.isoformat(), "The Portage Review gratefully receives funding from the "
                                     "Canada Council for the Arts, the Manitoba Arts Council "
                                     "and the Winnipeg Arts Council.")),
            _f("land", FOOTER, 0.3, (_OLD, "We publish on Treaty 1 territory, the lands of the "
                                           "Anishinaabe, Cree, Oji-Cree, Dakota and Dene "
                                           "peoples and the homeland of the Métis Nation.")),
            _f("rights", FOOTER, 0.3, (_OLD, "Copyright reverts to contributors on "
                                             "publication.")),
            _f("pay", FOOTER, 0.15, *from_table(PR_PAY, lambda v: f"We pay contributors {v}.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this review gave the wrong "
                                                  "publisher for the book.")),
        ),
    )


# --- an Indonesian translation journal ----------------------------------------------------

JK_REDESIGN = dt.date(2018, 9, 30)  # relaunched on International Translation Day 2018
JK_FUNDING = (("2013-01-01", "Penerjemahan karya ini didukung Komite Nasional Indonesia "
                             "untuk Frankfurter Buchmesse 2015."),
              ("2016-01-01", "Penerjemahan karya ini didukung program hibah penerjemahan "
                             "Komite Buku Nasional."),
              ("2020-01-01", "Penerjemahan karya ini didukung secara swadaya oleh pembaca "
                             "Jembatan Kata."))


def _jk_tanggal(day: dt.date) -> str:
    if day < JK_REDESIGN:
        return id_date(day)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


@cache
def _jk_buletin() -> Wordings:
    base = _steps((_OLD, "Berlangganan buletin bulanan Jembatan Kata lewat surel."))
    frankfurt = [_span("2015-09-14", "2015-10-18", "Indonesia menjadi Tamu Kehormatan "
                                                   "Frankfurter Buchmesse 2015, 14–18 "
                                                   "Oktober.")]
    itd = _yearly("09-30", 3, 0, lambda y: f"Selamat Hari Penerjemahan Internasional, 30 "
                                           f"September {y}!")
    return _calendar(base, frankfurt, itd)


def jembatankata_style() -> PublisherStyle:
    """An Indonesian translation journal: the long date turned the numeric date on
    International Translation Day 2018 (a wording per day), the source language and the
    translator from a pool, an English-version line, "Baca juga:" mid-body, the funding
    credit as funding changed (the Frankfurt 2015 committee, the National Book Committee,
    readers from 2020), the copyright of the original and of the translation, a newsletter
    line turned by Frankfurt 2015 and International Translation Day, a submissions line, a
    rare correction."""
    return PublisherStyle(
        domain="jembatankata.org", site="Jembatan Kata", base_size=40,
        subdomains=(("", 100),),
        sections=("puisi", "prosa", "esai"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={"bahasa": ("Inggris", "Arab", "Belanda", "Jepang", "Katalan", "Hongaria",
                          "Jawa")},
        families=(
            _f("tanggal", HEADER, 0.8, *_by_day(_jk_tanggal)),
            _f("penerjemah", HEADER, 0.6, (_OLD, "Diterjemahkan dari bahasa {bahasa} oleh "
                                                 "{author}")),
            _f("english", HEADER, 0.2, (_OLD, "English version below")),
            _f("baca", MIDDLE, 0.3, (_OLD, "Baca juga: {other_title}")),
            _f("dana", FOOTER, 0.3, *from_table(JK_FUNDING, lambda v: v)),
            _f("hak", FOOTER, 0.35, (_OLD, "Hak cipta teks asli pada penulis; hak cipta "
                                           "terjemahan pada penerjemah.")),
            _f("buletin", FOOTER, 0.25, *_jk_buletin()),
            _f("naskah", FOOTER, 0.2, (_OLD, "Kami menerima naskah terjemahan sastra ke dalam "
                                             "bahasa Indonesia beserta izin dari pemegang hak "
                                             "cipta.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: nama penerjemah sempat tertulis keliru.")),
        ),
    )


# --- a small online poetry zine -----------------------------------------------------------

MH_KOFI = dt.date(2019, 2, 1)
MH_HIATUS = ((dt.date(2017, 7, 1), dt.date(2017, 8, 31)), (dt.date(2020, 4, 1),
                                                           dt.date(2020, 5, 31)))


def _mh_reading(day: dt.date) -> str:
    for first, last in MH_HIATUS:
        if first <= day <= last:
            back = MONTHS[(last + ONE).month - 1].lower()
            return f"moth hour is on hiatus ✦ submissions reopen {back} 1"
    month = MONTHS[day.month - 1].lower()
    if day.day <= 7:
        return f"submissions are open until {month} 7 ✦ send up to 3 poems"
    nxt = MONTHS[day.month % 12].lower()
    return f"submissions are closed ✦ next window: {nxt} 1–7"


def mothhour_style() -> PublisherStyle:
    """A small online poetry zine: the short American date (a wording per day), "words by",
    a content note from a pool, the submissions window open in the first week of every month
    (a new wording when it opens and closes, and on two hiatuses), a likes count, a support
    line reworded from Patreon to Ko-fi, the rights line, a rare correction."""
    return PublisherStyle(
        domain="mothhour.net", site="moth hour", base_size=30,
        subdomains=(("", 100),),
        sections=("poems", "issue"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={"cw": ("grief", "illness", "self-harm", "violence", "loss of a parent")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(
                lambda day: f"{MONTHS[day.month - 1][:3].lower()} {day.day}, {day.year}")),
            _f("words", HEADER, 0.65, (_OLD, "words by {author}")),
            _f("cw", HEADER, 0.1, (_OLD, "content note: {cw}")),
            _f("reading", FOOTER, 0.35, *_by_day(_mh_reading)),
            _f("likes", FOOTER, 0.3, (_OLD, "♡ {count}")),
            _f("support", FOOTER, 0.3,
               (_OLD, "moth hour is free & ad-free ✦ support us on patreon from $1/month"),
               (MH_KOFI.isoformat(), "moth hour is free & ad-free ✦ buy us a coffee on "
                                     "ko-fi")),
            _f("rights", FOOTER, 0.3, (_OLD, "all rights return to the poets on publication "
                                             "✦")),
            _f("correction", HEADER, 0.04, (_OLD, "correction: the line breaks of this poem "
                                                  "have been fixed")),
        ),
    )


def heldout205_styles() -> list[PublisherStyle]:
    """The held-back-205 styles, in the order the generator hands them to publishers."""
    return [
        larkspur_style(), saltmarsh_style(), kohid_style(), albada_style(), madarat_style(),
        lembarsajak_style(), cuisle_style(), turnstone_style(), wrenandanvil_style(),
        portage_style(), jembatankata_style(), mothhour_style(),
    ]
