"""The ``held-back-191`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an affiliate disclosure, a safety warning or an advertisement marker. The publishers are
maker, electronics-hobby, amateur-radio and 3D-printing blogs and club newsletters in
English, German, Japanese, Polish, Portuguese and Finnish: an American maker and
electronics blog, an American amateur radio club's newsletter site, a German electronics
hobby magazine, a Japanese maker and 3D-printing blog, a Polish amateur radio club, a
Brazilian maker blog, a Finnish amateur radio club, a British 3D-printing magazine, a local
chapter of the German amateur radio society, a Japanese amateur radio club, a Portuguese
radio club's bulletin and a Finnish hacklab. The families are the kinds a crawl of such
sites holds: dates localised day by day in English, German, Japanese (later with the
Reiwa era), Polish (months in the genitive), Portuguese and Finnish, several changing form
on the day of a redesign; bylines with the writer's call sign; lines that turn every day
(the day's solar flux and geomagnetic indices, the Brazilian real's dollar rate), every week
(a filament of the week, the ISO week number) and every month (a newsletter's volume and
issue, a bulletin's number, the next club meeting or OV evening); affiliate and
Amazon-associate disclosures reworded in 2017-2019 (a German one from "Sie" to "du"),
parts-list, print-settings and bill-of-materials lines from pools, firmware and toolchain
lines that follow the releases (Arduino IDE, Tasmota, Marlin, Cura), net schedules and
club-evening lines turned by the pandemic and summer breaks, contest calendars (ARRL Field
Day, CQ World Wide, Hamvention, SP DX Contest, the Scandinavian Activity Contest, the WAG
contest, the DARC Christmas contest, ALL JA and the JARL Field Day contest, Ham Fair, Ham
Radio Friedrichshafen, JOTA), maker calendars (Maker Faire Bay Area, Hannover and Tokyo,
the Chaos Communication Congress, the TCT Show, Black Friday, the Brazilian consumer day,
midsummer and Christmas closures), licence and safety notices (Japan's technical
conformity mark and its 2019 experimental exemption, the Finnish regulator renamed
Traficom in 2019, mains voltage, LiPo batteries, unattended printers, laser cutters),
amounts that change over the years (club dues, exam fees, Japan's radio usage fee, hacklab
membership), related links and advertisement markers mid-body (some up to two times),
multi-line blocks (sign-offs with call signs, affiliation lines, imprints, copyright lines),
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    last_weekday,
    nth_weekday,
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
# Lines printed day by day are worded once per session: the tests build the styles often.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
YOUBI = "月火水木金土日"
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
PAIVAT = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
          "sunnuntai")
KUUT = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
        "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")

# --- helpers of this set ------------------------------------------------------------------


def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, fixed for `day` and `key` (a day's noise)."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `points` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    pts = [(iso_day(p).toordinal(), v) for p, v in points]
    if x <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    starts = [start for start, _ in table]
    return table[max(bisect_right(starts, day.isoformat()) - 1, 0)][1]


def releases(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line naming the value of `table` in force: from the oldest day the value on the
    set's first day, then a wording from each later start."""
    first = [(_OLD, text(value_on(FIRST_DAY, table)))]
    return tuple(first + [(start, text(v)) for start, v in table
                          if start > FIRST_DAY.isoformat()])


def full_weekend(y: int, m: int, n: int) -> dt.date:
    """The Saturday of the `n`th full weekend (Saturday and Sunday) of month `m`; -1 for the
    last one."""
    if n > 0:
        first_sat = nth_weekday(y, m, 5, 1)
        return first_sat + dt.timedelta(days=7 * (n - 1))
    return last_weekday(y, m, 6) - ONE


def fi_date(day: dt.date) -> str:
    """A date as Finnish sites print it: 21.6.2017."""
    return f"{day.day}.{day.month}.{day.year}"


def de_date(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def reiwa(day: dt.date) -> str:
    """The Japanese era year: 平成 to 30 April 2019, 令和 (元年 for its first) from 1 May."""
    if day < dt.date(2019, 5, 1):
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


def juhannusaatto(y: int) -> dt.date:
    """Midsummer Eve in Finland: the Friday from 19 to 25 June."""
    return dt.date(y, 6, 19) + dt.timedelta(days=(4 - dt.date(y, 6, 19).weekday()) % 7)


def _shows(table: tuple[tuple[str, str, str], ...], before: int) -> list[Event]:
    """A show's notice from `before` days before its first day to its last day."""
    return [(iso_day(first, -before), iso_day(last, 1), text) for first, last, text in table]


# --- an American maker and electronics blog -----------------------------------------------

SS_REDESIGN = dt.date(2018, 5, 15)
SS_FTC = dt.date(2017, 9, 18)
SS_PATREON = dt.date(2019, 1, 7)
ARDUINO_IDE = (("2014-10-01", "1.0.6"), ("2015-02-09", "1.6.0"), ("2015-06-15", "1.6.5"),
               ("2015-12-17", "1.6.7"), ("2016-05-10", "1.6.9"), ("2016-09-20", "1.6.12"),
               ("2016-12-21", "1.8.0"), ("2017-03-22", "1.8.2"), ("2017-10-02", "1.8.5"),
               ("2018-09-17", "1.8.7"), ("2018-12-06", "1.8.8"), ("2019-03-15", "1.8.9"),
               ("2019-09-13", "1.8.10"), ("2020-02-14", "1.8.12"), ("2020-06-16", "1.8.13"))
MAKER_FAIRE_BAY = (("2015-05-16", "2015-05-17"), ("2016-05-20", "2016-05-22"),
                   ("2017-05-19", "2017-05-21"), ("2018-05-18", "2018-05-20"),
                   ("2019-05-17", "2019-05-19"))


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return (f"Posted on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {{read_min}} min read")


@cache
def _ss_support() -> Wordings:
    base = _steps((_OLD, "Like what we do? Support Solder & Sprocket on Patreon."),
                  (SS_PATREON.isoformat(), "Solder & Sprocket is reader-supported: join us "
                                           "on Patreon from $1 a month and get the PCB files "
                                           "early."))
    faires = [(iso_day(first, -10), iso_day(last, 1),
               f"Going to Maker Faire Bay Area {first[:4]}? Come say hi, we'll be in the "
               f"Zone 2 tent with the blinky things.") for first, last in MAKER_FAIRE_BAY]
    cancelled = [_span("2020-03-12", "2020-05-31", "Maker Faire Bay Area 2020 is cancelled. "
                                                   "Show us what you built at home instead: "
                                                   "#MakeAtHome")]
    deals = [(thanksgiving(y) - 2 * ONE, thanksgiving(y) + 5 * ONE,
              f"Black Friday {y}: our running list of deals on soldering stations, dev boards "
              f"and filament") for y in YEARS]
    return _calendar(base, cancelled, deals, faires)


def solderandsprocket_style() -> PublisherStyle:
    """An American maker and electronics blog: a category kicker from a pool, the short
    date turned "Posted on" with the weekday, the long date and the reading time on 15 May
    2018 (a wording per day), "by" turned "Words and photos:", an affiliate disclosure
    reworded for the FTC's 2017 guidance, difficulty and build-time lines and a parts list
    from pools, "Related:" and "Advertisement" (up to twice) mid-body, a rare mains-voltage
    warning, the Arduino IDE version the code was tested with (a wording per release), a
    Patreon appeal reworded and turned by Maker Faire Bay Area (cancelled in 2020) and
    Black Friday, the comment count, the licence line and the copyright line (a block), a
    rare update."""
    return PublisherStyle(
        domain="solderandsprocket.com", site="Solder & Sprocket", base_size=250,
        subdomains=(("www.", 100),),
        sections=("projects", "tutorials", "reviews", "teardowns", "news"),
        n_authors=9, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("PROJECTS", "TUTORIALS", "REVIEWS", "TEARDOWNS", "NEWS", "3D PRINTING",
                       "RETROCOMPUTING"),
            "level": ("Beginner", "Easy", "Intermediate", "Advanced"),
            "buildtime": ("an afternoon", "2 hours", "a weekend", "about 4 hours",
                          "30 minutes"),
            "parts": ("Arduino Nano", "ESP8266 NodeMCU", "WS2812B LED strip (60/m)",
                      "DS18B20 temperature sensor", "0.96in SSD1306 OLED", "TP4056 charger "
                      "board", "MG90S micro servo", "18650 cell", "perfboard"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ss_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "by {author}"),
               (SS_REDESIGN.isoformat(), "Words and photos: {author}")),
            _f("affiliate", HEADER, 0.35,
               (_OLD, "This post may contain affiliate links."),
               (SS_FTC.isoformat(), "Disclosure: some links below are affiliate links. If you "
                                    "buy through them we earn a small commission, at no "
                                    "extra cost to you.")),
            _f("difficulty", MIDDLE, 0.3, (_OLD, "Difficulty: {level} · Build time: "
                                                 "{buildtime}")),
            _f("parts", MIDDLE, 0.35, (_OLD, "Parts list: {parts_list}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("mains", MIDDLE, 0.07, (_OLD, "⚠️ This project connects to mains voltage. If "
                                            "you are not sure what you are doing, do not "
                                            "build it.")),
            _f("toolchain", FOOTER, 0.25, *releases(
                ARDUINO_IDE, lambda v: f"Code tested with Arduino IDE {v}.")),
            _f("support", FOOTER, 0.3, *_ss_support()),
            _f("comments", FOOTER, 0.4, (_OLD, "{count} comments")),
            _f("licence", FOOTER, 0.3,
               (_OLD, "Code in this post is MIT licensed; text and photos are not."),
               (SS_REDESIGN.isoformat(), "Code: MIT License · Text and photos: CC BY-SA 4.0")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Solder & Sprocket. Built with "
                                                 "solder, coffee and too many jumper "
                                                 "wires.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the schematic has been corrected; R3 "
                                              "is 4.7k, not 47k.")),
        ),
    )


# --- an American amateur radio club's newsletter site -------------------------------------

RA_REDESIGN = dt.date(2017, 10, 1)
RA_NET_MOVED = dt.date(2018, 1, 1)
RA_REMOTE_EXAMS = dt.date(2020, 4, 18)
RA_COVID = dt.date(2020, 3, 16)
RA_DUES = (("2010-01-01", "$20 individual, $25 family"),
           ("2018-01-01", "$25 individual, $30 family"),
           ("2020-01-01", "$25 individual, $30 family, $10 student"))
HAMVENTION = (("2015-05-15", "2015-05-17", "Hara Arena"), ("2016-05-20", "2016-05-22",
              "Hara Arena"), ("2017-05-19", "2017-05-21", "Xenia"),
              ("2018-05-18", "2018-05-20", "Xenia"), ("2019-05-17", "2019-05-19", "Xenia"))
SFI = (("2015-01-01", 140.0), ("2015-07-01", 118.0), ("2016-01-01", 104.0),
       ("2016-07-01", 86.0), ("2017-01-01", 77.0), ("2017-07-01", 76.0),
       ("2018-01-01", 70.0), ("2019-01-01", 69.0), ("2019-12-01", 69.0),
       ("2020-06-01", 70.0), ("2020-12-31", 86.0))


def _ra_dated(day: dt.date) -> str:
    if day < RA_REDESIGN:
        return f"Posted {day.month:02d}/{day.day:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ra_masthead(day: dt.date) -> str:
    return (f"The Relay · Vol. {day.year - 1989}, No. {day.month} · "
            f"{MONTHS[day.month - 1]} {day.year}")


def club_meeting(day: dt.date) -> dt.date:
    """The next club meeting on or after `day`: the second Thursday of the month."""
    this = nth_weekday(day.year, day.month, 3, 2)
    if day <= this:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 3, 2)


def _ra_meeting(day: dt.date) -> str:
    meeting = club_meeting(day)
    when = f"{WEEKDAYS[meeting.weekday()]}, {MONTHS[meeting.month - 1]} {meeting.day}"
    if meeting >= RA_COVID:
        return f"Next meeting: {when}, 7:00 p.m., online (Zoom link in the members' email)"
    if meeting.month == 7:
        return "No meeting in July: see you at the club picnic and fox hunt instead"
    return f"Next meeting: {when}, 7:00 p.m., Fire Station 3 community room"


def solar(day: dt.date) -> tuple[int, int, int]:
    """Made-up solar flux, A-index and K-index for `day`, on the decline of cycle 24."""
    flux = round(trend(day, SFI) * (1 + 0.1 * wobble(day, "sfi")))
    a = round(7 + 6 * wobble(day, "a"))
    return flux, a, min(5, max(0, a // 4 + (wobble(day, "k") > 0.6)))


def _ra_conditions(day: dt.date) -> str:
    flux, a, k = solar(day)
    return (f"Band conditions for {MONTHS[day.month - 1][:3]} {day.day}: SFI {flux}, "
            f"A-index {a}, K-index {k}")


@cache
def _ra_contests() -> Wordings:
    base = _steps((_OLD, "Contests, hamfests and club events: see the calendar on the Events "
                         "page."))
    field_day = []
    for y in YEARS:
        sat = full_weekend(y, 6, 4)
        text = (f"ARRL Field Day {y}: {MONTHS[5]} {sat.day}–{sat.day + 1}. Set-up Friday 4 "
                f"p.m. at the county fairgrounds; all welcome, licensed or not."
                if y < 2020 else
                f"ARRL Field Day {y}: June {sat.day}–{sat.day + 1}, operate from home this "
                f"year (classes 1D and 1E) and send the club your score.")
        field_day.append((sat - 12 * ONE, sat + 2 * ONE, text))
    dayton = _shows(tuple((first, last, f"Hamvention {first[:4]} ({where}): the club bus "
                                        f"leaves at 6 a.m. Saturday, seats $20")
                          for first, last, where in HAMVENTION), 21)
    dayton.append(_span("2020-03-18", "2020-05-17", "Hamvention 2020 is cancelled. Refunds "
                                                    "go out automatically."))
    cqww = []
    for y in YEARS:
        for m, mode in ((10, "SSB"), (11, "CW")):
            sat = full_weekend(y, m, -1)
            cqww.append((sat - 7 * ONE, sat + 2 * ONE,
                         f"CQ World Wide DX Contest {mode}: {MONTHS[m - 1]} {sat.day}–"
                         f"{(sat + ONE).day}. Club station W9RLA is open to members."))
    return _calendar(base, field_day, dayton, cqww)


@cache
def _ra_net() -> Wordings:
    base = _steps((_OLD, "Weekly net: Tuesdays at 8:00 p.m. on the W9RLA repeater, 146.940 "
                         "MHz (−0.6 MHz, PL 103.5 Hz)."),
                  (RA_NET_MOVED.isoformat(), "Weekly net: Thursdays at 7:30 p.m. on 146.940 "
                                             "MHz (−), PL 103.5. Check-ins from visitors "
                                             "welcome."))
    covid = [(RA_COVID, dt.date(2020, 9, 1), "During the shutdown we run a daily check-in "
                                             "net at 7:00 p.m. on 146.940 MHz. Stay safe, "
                                             "stay on the air.")]
    return _calendar(base, covid)


def ridgeline_style() -> PublisherStyle:
    """An American amateur radio club's newsletter site: the newsletter's masthead with
    volume and issue (a wording per month), "Posted" with the numeric date turned the
    weekday and the long date on 1 October 2017 (a wording per day), "By" with the writer's
    call sign, the next meeting on the second Thursday (a wording per month, a July picnic,
    online from the pandemic), a contest calendar turned by ARRL Field Day (from home in
    2020), Hamvention (cancelled in 2020) and both CQ World Wide weekends, the day's band
    conditions (a wording per day), a QSL line and a photo credit mid-body, the net
    schedule moved in 2018 and turned daily in the shutdown, the license exam line with
    its fee (raised in 2016, remote from April 2020), the dues (raised in 2018 and 2020),
    the affiliation line and the sign-off (a block), a rare correction."""
    return PublisherStyle(
        domain="ridgelinearc.org", site="Ridgeline Amateur Radio Club", base_size=220,
        subdomains=(("www.", 80), ("", 20)),
        sections=("newsletter", "news", "events", "technical", "field-day"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("KD9CQR", "N9HVX", "W9TJM", "KC9UOB", "AB9LS", "K9FEZ", "KE9PWA",
                     "WB9NZO"),
            "photo": ("W9RLA club archive", "the author", "Field Day crew", "KC9UOB"),
        },
        families=(
            _f("masthead", HEADER, 0.5, *_by_day(_ra_masthead)),
            _f("dated", HEADER, 0.85, *_by_day(_ra_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}, {author_beat}")),
            _f("meeting", HEADER, 0.35, *_by_day(_ra_meeting)),
            _f("contests", HEADER, 0.3, *_ra_contests()),
            _f("conditions", MIDDLE, 0.2, *_by_day(_ra_conditions)),
            _f("qsl", MIDDLE, 0.1, (_OLD, "QSL cards for W9RLA go via the bureau, or direct "
                                          "with an SASE.")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("net", FOOTER, 0.35, *_ra_net()),
            _f("exams", FOOTER, 0.2,
               (_OLD, "License exams: second Saturday of every month, 9:00 a.m. Bring photo "
                      "ID, your FRN and the $14 fee."),
               ("2016-01-01", "License exams: second Saturday of every month, 9:00 a.m. Bring "
                              "photo ID, your FRN and the $15 fee."),
               (RA_REMOTE_EXAMS.isoformat(), "License exams are held remotely by video for "
                                             "now. Email the VE team to book a session.")),
            _f("dues", FOOTER, 0.2, *releases(RA_DUES, lambda v: f"Annual dues: {v}. Renew "
                                                                 f"at any meeting or by "
                                                                 f"mail.")),
            _f("affiliated", FOOTER, 0.35, (_OLD, "The Ridgeline Amateur Radio Club is an "
                                                  "ARRL Affiliated Club and a 501(c)(3) "
                                                  "nonprofit.")),
            _f("signoff", FOOTER, 0.5, (_OLD, "73 de W9RLA")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the repeater's PL tone is "
                                                  "103.5 Hz, not 100.0 Hz as printed last "
                                                  "month.")),
        ),
    )


# --- a German electronics hobby magazine --------------------------------------------------

SW_RELAUNCH = dt.date(2018, 8, 24)  # the Friday before Maker Faire Hannover 2018
TASMOTA = (("2014-06-01", "ESP Easy R078"), ("2016-03-01", "ESP Easy R120"),
           ("2017-06-15", "Sonoff-Tasmota 5.2.0"), ("2017-12-10", "Sonoff-Tasmota 5.10.0"),
           ("2018-06-25", "Sonoff-Tasmota 6.1.0"), ("2019-01-07", "Sonoff-Tasmota 6.4.1"),
           ("2019-05-20", "Tasmota 6.5.0"), ("2019-11-20", "Tasmota 7.1.0"),
           ("2020-01-24", "Tasmota 8.1.0"), ("2020-05-12", "Tasmota 8.3.0"),
           ("2020-09-18", "Tasmota 8.5.0"), ("2020-11-26", "Tasmota 9.1.0"))
MAKER_FAIRE_HANNOVER = (("2015-07-04", "2015-07-05"), ("2016-08-27", "2016-08-28"),
                        ("2017-08-26", "2017-08-27"), ("2018-08-25", "2018-08-26"),
                        ("2019-08-17", "2019-08-18"))


def _sw_datum(day: dt.date) -> str:
    if day < SW_RELAUNCH:
        return de_date(day)
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year} · "
            f"Lesezeit {{read_min}} Min.")


@cache
def _sw_hinweis() -> Wordings:
    base = _steps((_OLD, "Kein Projekt mehr verpassen: jetzt den kostenlosen Newsletter "
                         "abonnieren"))
    faire = [(iso_day(first, -7), iso_day(last, 1),
              f"Maker Faire Hannover {first[:4]}: Besucht uns in Halle 2 am Stand mit der "
              f"großen Lötstation!") for first, last in MAKER_FAIRE_HANNOVER]
    faire.append(_span("2020-05-06", "2020-08-23", "Die Maker Faire Hannover 2020 fällt aus. "
                                                   "Wir sehen uns hoffentlich 2021!"))
    kongress = [(dt.date(y, 12, 20), dt.date(y, 12, 31),
                 f"{y - 1983}C3 in Leipzig: Wir sind vom 27. bis 30. Dezember vor Ort"
                 if y < 2020 else "rC3 – der Kongress findet 2020 remote statt: unsere "
                                  "Vortragstipps") for y in YEARS]
    return _calendar(base, faire, kongress)


def schaltwerk_style() -> PublisherStyle:
    """A German electronics hobby magazine: a section from a pool, the numeric date turned
    the weekday, the long date and the reading time on its 2018 relaunch (a wording per
    day), "Von" turned "Text und Fotos:", an affiliate notice reworded from "Sie" to "du"
    on the relaunch, "Anzeige" (up to twice), "Lesetipp:" and a parts list mid-body, a rare
    mains-voltage warning, the firmware the project was tested with (ESP Easy, later each
    Tasmota release), a newsletter line turned by Maker Faire Hannover (cancelled in 2020)
    and the Chaos Communication Congress (remote in 2020), the imprint and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="schaltwerk-magazin.de", site="Schaltwerk Magazin", base_size=195,
        subdomains=(("www.", 100),),
        sections=("projekte", "grundlagen", "tests", "smart-home", "retro"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "rubrik": ("Projekte", "Grundlagen", "Im Test", "Smart Home", "Retro",
                       "3D-Druck"),
            "bauteil": ("ESP32-DevKitC", "Wemos D1 mini", "BME280", "Relaismodul 5 V",
                        "HLK-PM01", "Ferritperlen", "Lochrasterplatine", "CH340-Adapter"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_sw_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (SW_RELAUNCH.isoformat(), "Text und Fotos: {author}")),
            _f("affiliate", HEADER, 0.3,
               (_OLD, "Hinweis: Mit * gekennzeichnete Links sind Affiliate-Links. Kaufen Sie "
                      "darüber ein, erhalten wir eine Provision; der Preis ändert sich für Sie "
                      "nicht."),
               (SW_RELAUNCH.isoformat(), "* Affiliate-Link: Kaufst du darüber, bekommen wir "
                                         "eine kleine Provision. Am Preis ändert sich für "
                                         "dich nichts.")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("lesetipp", MIDDLE, 0.3, (_OLD, "Lesetipp: {other_title}")),
            _f("bauteile", MIDDLE, 0.3, (_OLD, "Bauteile: {bauteil_list}")),
            _f("netzspannung", MIDDLE, 0.08, (_OLD, "⚡ Achtung: Arbeiten an 230 V "
                                                    "Netzspannung sind lebensgefährlich und "
                                                    "gehören in die Hände einer "
                                                    "Elektrofachkraft.")),
            _f("firmware", FOOTER, 0.2, *releases(
                TASMOTA, lambda v: f"Getestet mit: {v}")),
            _f("hinweis", FOOTER, 0.3, *_sw_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Schaltwerk Magazin ist ein Angebot der "
                                                 "Platinenhof Medien UG "
                                                 "(haftungsbeschränkt), Bielefeld.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Platinenhof Medien UG – Alle "
                                                 "Rechte vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In der ersten Fassung war der "
                                                 "Pull-up-Widerstand falsch angegeben.")),
        ),
    )


# --- a Japanese maker and 3D-printing blog ------------------------------------------------

ML_RENEWAL = dt.date(2019, 5, 1)  # the blog was renewed on the first day of Reiwa
ML_AFFILIATE = dt.date(2018, 4, 1)
ML_YOUTUBE = dt.date(2018, 10, 1)
GITEKI_TOKUREI = dt.date(2019, 11, 20)  # the experimental exemption for uncertified radios
MARLIN = (("2014-12-01", "1.0.2"), ("2016-01-05", "1.0.2-1"), ("2017-04-26", "1.1.0"),
          ("2017-12-20", "1.1.8"), ("2018-08-01", "1.1.9"), ("2019-07-23", "2.0.0"),
          ("2020-03-02", "2.0.5"), ("2020-10-01", "2.0.7"))
MAKER_FAIRE_TOKYO = (("2015-08-01", "2015-08-02"), ("2016-08-06", "2016-08-07"),
                     ("2017-08-05", "2017-08-06"), ("2018-08-04", "2018-08-05"),
                     ("2019-08-03", "2019-08-04"), ("2020-10-03", "2020-10-04"))


def _ml_hiduke(day: dt.date) -> str:
    if day < ML_RENEWAL:
        return f"投稿日：{day.year}年{day.month}月{day.day}日"
    return f"公開日：{day.year}/{day.month:02d}/{day.day:02d}（{YOUBI[day.weekday()]}）"


@cache
def _ml_oshirase() -> Wordings:
    base = _steps((_OLD, "ブログの更新情報はTwitterでお知らせしています。"),
                  (ML_YOUTUBE.isoformat(), "YouTubeチャンネルでは造形の様子を動画で公開中です。"
                                           "チャンネル登録よろしくお願いします！"))
    faire = []
    for first, last in MAKER_FAIRE_TOKYO:
        a, b = iso_day(first), iso_day(last)
        faire.append((a - 14 * ONE, b + ONE,
                      f"Maker Faire Tokyo {a.year}（{a.month}月{a.day}日・{b.day}日、東京ビッグ"
                      f"サイト）に出展します！ブースでお待ちしています。"))
    return _calendar(base, faire)


def monozukuri_style() -> PublisherStyle:
    """A Japanese maker and 3D-printing blog: a category from a pool, "投稿日：" with the
    date turned "公開日：" with the slashed date and the weekday on the first day of Reiwa
    (a wording per day), the writer, an Amazon-associate line reworded as an
    advertising disclosure in 2018, "スポンサーリンク" (up to twice), "あわせて読みたい：" and
    the print settings (filament, nozzle, layer height from pools) mid-body, the Marlin
    firmware (a wording per release), the technical-conformity warning reworded for the
    experimental exemption of November 2019, an unattended-printer warning, a notice
    reworded from Twitter to YouTube and turned by Maker Faire Tokyo, the share line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="monozukuri-lab.jp", site="ものづくりラボ通信", base_size=170,
        subdomains=(("", 100),),
        sections=("3dprinter", "denshi", "arduino", "raspberrypi", "laser"),
        n_authors=3, url_path="/archives/{n}",
        pools={
            "kategori": ("3Dプリンター", "電子工作", "Arduino", "ラズパイ", "レーザー加工",
                         "CNC", "道具レビュー"),
            "filament": ("PLA", "PETG", "ABS", "TPU", "シルクPLA"),
            "nozzle": ("0.4mm", "0.6mm", "0.2mm"),
            "layer": ("0.2mm", "0.12mm", "0.28mm", "0.16mm"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hiduke", HEADER, 0.85, *_by_day(_ml_hiduke)),
            _f("chosha", HEADER, 0.45, (_OLD, "書いた人：{author}")),
            _f("koukoku", HEADER, 0.35,
               (_OLD, "※当サイトはAmazonアソシエイト・プログラムの参加者です。"),
               (ML_AFFILIATE.isoformat(), "※本記事にはアフィリエイト広告（Amazonアソシエイト等）"
                                          "が含まれています。")),
            _f("sponsor", MIDDLE, 0.35, (_OLD, "スポンサーリンク"), count=2),
            _f("awasete", MIDDLE, 0.35, (_OLD, "あわせて読みたい：{other_title}")),
            _f("settei", MIDDLE, 0.25, (_OLD, "造形設定：{filament}／ノズル{nozzle}／積層ピッチ"
                                              "{layer}")),
            _f("firmware", FOOTER, 0.2, *releases(
                MARLIN, lambda v: f"使用ファームウェア：Marlin {v}")),
            _f("giteki", FOOTER, 0.2,
               (_OLD, "※技適マークのない無線機器（海外版のESP32ボード等）を国内で使うと、電波法"
                      "違反になるおそれがあります。"),
               (GITEKI_TOKUREI.isoformat(), "※技適マークのない無線機器も、総務省に届け出れば"
                                            "「技適未取得機器を用いた実験等の特例制度」で最長"
                                            "180日間使えます。")),
            _f("anzen", FOOTER, 0.15, (_OLD, "※3Dプリンターの造形中は、その場を長時間離れないよう"
                                             "にしましょう。")),
            _f("oshirase", FOOTER, 0.3, *_ml_oshirase()),
            _f("share", FOOTER, 0.4, (_OLD, "この記事をシェアする")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ものづくりラボ通信"),
               ("2016-01-01", "© 2015-{year} ものづくりラボ通信")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】配線図のピン番号に誤りがあったため修正しま"
                                              "した。")),
        ),
    )


# --- a Polish amateur radio club ----------------------------------------------------------

BK_REDESIGN = dt.date(2018, 3, 1)
BK_MEETINGS = dt.date(2017, 9, 1)
BK_SKLADKA = (("2010-01-01", "60 zł (młodzież szkolna 30 zł)"),
              ("2018-01-01", "80 zł (młodzież szkolna 40 zł)"),
              ("2020-01-01", "100 zł (młodzież szkolna 50 zł)"))


def _bk_data(day: dt.date) -> str:
    if day < BK_REDESIGN:
        return de_date(day)
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}, {{time}}"


@cache
def _bk_spotkania() -> Wordings:
    base = _steps((_OLD, "Spotkania klubowe: każdy czwartek od 18:00 w siedzibie klubu, ul. "
                         "Kolejowa 12."),
                  (BK_MEETINGS.isoformat(), "Spotkania klubowe: wtorki i czwartki od 18:00, "
                                            "ul. Kolejowa 12 (II piętro). Goście mile "
                                            "widziani!"))
    covid = [_span("2020-03-12", "2020-06-30", "Do odwołania spotkania w siedzibie klubu są "
                                               "zawieszone. Zapraszamy na rundę na "
                                               "przemienniku SR9XB.")]
    return _calendar(base, covid)


@cache
def _bk_zawody() -> Wordings:
    base = _steps((_OLD, "Kalendarz zawodów krótkofalarskich: zakładka „Zawody”"))
    spdx = []
    for y in YEARS:
        sat = full_weekend(y, 4, 1)
        spdx.append((sat - 10 * ONE, sat + 2 * ONE,
                     f"SP DX Contest {y}: {sat.day}–{sat.day + 1} {MIESIACE[3]}. Stacja "
                     f"klubowa SP9KXB nadaje z Magurki – zapisy u prezesa."))
    niepodleglosci = _yearly("11-11", 10, 0, lambda y: f"Zawody z okazji Święta Niepodległości "
                                                       f"{y}: 11 listopada, 80 i 40 m")
    return _calendar(base, spdx, niepodleglosci)


def beskidzki_style() -> PublisherStyle:
    """A Polish amateur radio club: a category from a pool, the numeric date turned the
    weekday, the day, the month in the genitive and the time on 1 March 2018 (a wording per
    day), "Autor:" with the writer's call sign, a contest line turned by the SP DX Contest
    and the Independence Day contest, "Czytaj także:" and "Fot." mid-body, the club
    meetings reworded in 2017 and suspended in spring 2020, the repeater net, an exam line,
    the dues (raised in 2018 and 2020), the sign-off and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="bkkbeskidy.pl", site="Beskidzki Klub Krótkofalowców", base_size=150,
        subdomains=(("www.", 70), ("", 30)),
        sections=("aktualnosci", "zawody", "technika", "dyplomy", "egzaminy"),
        n_authors=5, url_path="/{section}/{slug}.html",
        pools={
            "kategoria": ("Aktualności", "Zawody", "Technika", "Dyplomy", "Egzaminy",
                          "Z życia klubu"),
            "beat": ("SP9MRK", "SQ9JDA", "SP9LWT", "SO9BAX", "SQ9NFZ", "SP9DUE"),
        },
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_bk_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author} {author_beat}")),
            _f("zawody", HEADER, 0.25, *_bk_zawody()),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj także: {other_title}")),
            _f("fot", MIDDLE, 0.25, (_OLD, "Fot. {author2}")),
            _f("spotkania", FOOTER, 0.3, *_bk_spotkania()),
            _f("runda", FOOTER, 0.25, (_OLD, "Runda klubowa: niedziela 20:00, przemiennik "
                                             "SR9XB, 145,650 MHz (CTCSS 88,5 Hz).")),
            _f("egzamin", FOOTER, 0.15, (_OLD, "Przygotowujesz się do egzaminu na świadectwo "
                                               "operatora? Zapytaj o kurs klubowy.")),
            _f("skladka", FOOTER, 0.2, *releases(
                BK_SKLADKA, lambda v: f"Składka członkowska: {v} rocznie.")),
            _f("pozdrowienia", FOOTER, 0.45, (_OLD, "Vy 73 de SP9KXB")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Beskidzki Klub Krótkofalowców. "
                                                "Wszelkie prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: częstotliwość przemiennika "
                                                    "podana w poprzedniej wersji była "
                                                    "błędna.")),
        ),
    )


# --- a Brazilian maker blog ---------------------------------------------------------------

OM_REDESIGN = dt.date(2019, 2, 4)
OM_CUPOM = dt.date(2018, 6, 1)
OM_DESPACHO = dt.date(2018, 8, 20)  # the post office's customs handling fee
DOLAR = (("2015-01-01", 2.66), ("2015-03-15", 3.25), ("2015-09-24", 4.15),
         ("2016-01-21", 4.05), ("2016-06-30", 3.21), ("2017-01-01", 3.25),
         ("2017-06-30", 3.31), ("2018-01-01", 3.31), ("2018-09-13", 4.19),
         ("2018-12-31", 3.88), ("2019-08-30", 4.14), ("2019-12-31", 4.02),
         ("2020-05-14", 5.90), ("2020-09-30", 5.63), ("2020-12-31", 5.19),
         ("2021-01-10", 5.40))


def _om_data(day: dt.date) -> str:
    if day < OM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publicado em {day.day} de {MESES[day.month - 1]} de {day.year} às {{time}}"


def business_day(day: dt.date) -> dt.date:
    """The last weekday on or before `day` (no rate is fixed at weekends)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def dollar(day: dt.date) -> float:
    """A made-up closing dollar rate in reais for `day`'s last business day."""
    fixing = business_day(day)
    return trend(fixing, DOLAR) * (1 + 0.012 * wobble(fixing, "usd"))


def _om_dolar(day: dt.date) -> str:
    rate = f"{dollar(day):.2f}".replace(".", ",")
    return f"Dólar comercial hoje ({day.day:02d}/{day.month:02d}): R$ {rate}"


@cache
def _om_cupom() -> Wordings:
    base = _steps((_OLD, "Use o cupom OFICINA5 e ganhe 5% de desconto na loja parceira."),
                  (OM_CUPOM.isoformat(), "Cupom OFICINA10: 10% de desconto em placas, "
                                         "sensores e filamentos na loja parceira."))
    black = [(thanksgiving(y) - 6 * ONE, thanksgiving(y) + 5 * ONE,
              f"Black Friday {y}: as melhores ofertas de Arduino, impressoras 3D e "
              f"ferramentas, atualizadas todo dia") for y in YEARS]
    consumidor = _yearly("03-15", 3, 1, lambda y: f"Semana do Consumidor {y}: frete grátis "
                                                  f"acima de R$ 99 na loja parceira")
    return _calendar(base, black, consumidor)


def oficinamaker_style() -> PublisherStyle:
    """A Brazilian maker blog: a category from a pool, the numeric date turned "Publicado
    em" with the long date and the time on 4 February 2019 (a wording per day), "Por", an
    affiliate line, the day's dollar rate (a wording per day, the last business day's at
    weekends), "Leia também:", "Publicidade" (up to twice) and a materials list mid-body, a
    rare LiPo warning, a coupon line reworded and turned by Black Friday and consumer week,
    an import-tax line reworded for the post office's handling fee, the social line and the
    copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="oficinamaker.com.br", site="Oficina Maker", base_size=130,
        subdomains=(("www.", 100),),
        sections=("arduino", "impressao-3d", "esp32", "robotica", "ferramentas"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "categoria": ("Arduino", "Impressão 3D", "ESP32", "Robótica", "Ferramentas",
                          "Raspberry Pi"),
            "material": ("Arduino Uno", "protoboard de 830 pontos", "jumpers macho-macho",
                         "sensor ultrassônico HC-SR04", "módulo relé 5 V", "servo SG90",
                         "display LCD 16x2", "fonte 12 V 2 A"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_om_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("afiliado", HEADER, 0.3, (_OLD, "Este post contém links de afiliado: se você "
                                               "comprar por eles, recebemos uma pequena "
                                               "comissão, sem custo extra para você.")),
            _f("dolar", HEADER, 0.2, *_by_day(_om_dolar)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("materiais", MIDDLE, 0.3, (_OLD, "Lista de materiais: {material_list}")),
            _f("lipo", MIDDLE, 0.07, (_OLD, "⚠️ Cuidado: baterias LiPo podem pegar fogo. "
                                           "Carregue sempre com supervisão e em local "
                                           "seguro.")),
            _f("cupom", FOOTER, 0.3, *_om_cupom()),
            _f("importacao", FOOTER, 0.15,
               (_OLD, "Comprou no exterior? Encomendas internacionais pagam 60% de imposto "
                      "de importação, mais ICMS."),
               (OM_DESPACHO.isoformat(), "Comprou no exterior? Encomendas internacionais "
                                         "pagam 60% de imposto de importação, mais ICMS e a "
                                         "taxa de despacho postal de R$ 15.")),
            _f("redes", FOOTER, 0.3, (_OLD, "Siga a Oficina Maker no Instagram e no "
                                            "YouTube.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Oficina Maker – Todos os direitos "
                                                 "reservados.")),
            _f("atualizacao", HEADER, 0.04, (_OLD, "Atualização: corrigimos a pinagem do "
                                                   "sensor no diagrama.")),
        ),
    )


# --- a Finnish amateur radio club ---------------------------------------------------------

JS_REDESIGN = dt.date(2018, 10, 1)
TRAFICOM = dt.date(2019, 1, 1)  # Viestintävirasto became part of Traficom
JS_JASENMAKSU = (("2010-01-01", "20"), ("2017-01-01", "25"), ("2020-01-01", "30"))


def _js_pvm(day: dt.date) -> str:
    if day < JS_REDESIGN:
        return fi_date(day)
    return f"{PAIVAT[day.weekday()]} {fi_date(day)} klo {{time}}"


@cache
def _js_kerhoilta() -> Wordings:
    base = _steps((_OLD, "Kerhoillat tiistaisin klo 18 alkaen kerhotilassa, Satamakatu 4 B. "
                         "Tervetuloa!"))
    covid = [_span("2020-03-17", "2020-08-31", "Kerhoillat ovat tauolla koronaviruksen "
                                               "vuoksi. Pidetään yhteyttä taajuuksilla!")]
    kesa = _yearly("06-01", 0, 75, lambda y: f"Kerhoillat ovat kesätauolla 1.6.–15.8.{y}. "
                                             f"Hyvää kesää!")
    return _calendar(base, covid, kesa)


@cache
def _js_kilpailut() -> Wordings:
    base = _steps((_OLD, "Tulevat kilpailut ja tapahtumat: katso kerhon kalenteri"))
    sac = []
    for y in YEARS:
        for m, n, mode in ((9, 3, "CW"), (10, 2, "SSB")):
            sat = full_weekend(y, m, n)
            sac.append((sat - 7 * ONE, sat + 2 * ONE,
                        f"SAC {mode} {fi_date(sat)}–{fi_date(sat + ONE)}: kerhoasema OH7AQ "
                        f"on jäsenten käytössä"))
    joulurauha = _yearly("12-26", 6, 0, lambda y: f"Joulurauha-kilpailu tapaninpäivänä "
                                                  f"26.12.{y} – tule mukaan!")
    return _calendar(base, sac, joulurauha)


def jarvisuomi_style() -> PublisherStyle:
    """A Finnish amateur radio club: a category from a pool, the date without leading zeros
    turned the weekday, the date and the time on 1 October 2018 (a wording per day), the
    writer with the call sign, a contest line turned by both Scandinavian Activity Contest
    weekends and the Christmas-peace contest, "Lue myös:" and "Kuva:" mid-body, the club
    evenings with their summer break and the pandemic's pause, the listening net, an exam
    line reworded when Viestintävirasto became Traficom, the dues (raised in 2017 and 2020),
    the sign-off and the association line (a block), a rare correction."""
    return PublisherStyle(
        domain="jsra.fi", site="Järvi-Suomen Radioamatöörit", base_size=110,
        subdomains=(("www.", 100),),
        sections=("uutiset", "kilpailut", "tekniikka", "koulutus"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "luokka": ("Kerhouutiset", "Kilpailut", "Tekniikka", "Koulutus", "DX"),
            "beat": ("OH7LZB", "OH7GRT", "OH7EJN", "OH7KVH", "OH7BQS"),
        },
        families=(
            _f("luokka", HEADER, 0.4, (_OLD, "{luokka}")),
            _f("pvm", HEADER, 0.85, *_by_day(_js_pvm)),
            _f("kirjoittaja", HEADER, 0.5, (_OLD, "Kirjoittaja: {author}, {author_beat}")),
            _f("kilpailut", HEADER, 0.25, *_js_kilpailut()),
            _f("lue", MIDDLE, 0.3, (_OLD, "Lue myös: {other_title}")),
            _f("kuva", MIDDLE, 0.25, (_OLD, "Kuva: {author2}")),
            _f("kerhoilta", FOOTER, 0.35, *_js_kerhoilta()),
            _f("verkko", FOOTER, 0.25, (_OLD, "Kerhon kuunteluverkko sunnuntaisin klo 20 "
                                              "toistimella OH7RAA, 145,725 MHz.")),
            _f("tutkinto", FOOTER, 0.2,
               (_OLD, "Pätevyystutkintoja järjestää Viestintäviraston valtuuttama tutkinnon "
                      "vastaanottaja. Kysy kerholta!"),
               (TRAFICOM.isoformat(), "Pätevyystutkintoja järjestää Traficomin valtuuttama "
                                      "tutkinnon vastaanottaja. Kysy kerholta!")),
            _f("jasenmaksu", FOOTER, 0.2, *releases(
                JS_JASENMAKSU, lambda v: f"Jäsenmaksu {v} € vuodessa, tilille FI12 3456 7800 "
                                         f"0123 45.")),
            _f("terveiset", FOOTER, 0.45, (_OLD, "73 de OH7AQ")),
            _f("yhdistys", FOOTER, 0.25, (_OLD, "Järvi-Suomen Radioamatöörit ry – SRAL:n "
                                                "jäsenyhdistys")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: kilpailun alkamisaika on korjattu "
                                               "UTC-ajaksi.")),
        ),
    )


# --- a British 3D-printing magazine -------------------------------------------------------

LL_REDESIGN = dt.date(2018, 9, 25)  # the first day of the TCT Show 2018
LL_AFFILIATE = dt.date(2019, 3, 4)
CURA = (("2014-09-01", "14.09"), ("2015-04-01", "15.04"), ("2016-05-10", "2.1"),
        ("2016-11-08", "2.3"), ("2017-04-20", "2.5"), ("2017-08-29", "2.7"),
        ("2017-10-17", "3.0"), ("2018-02-14", "3.2"), ("2018-06-26", "3.4"),
        ("2018-10-30", "3.5"), ("2019-03-19", "4.0"), ("2019-07-16", "4.2"),
        ("2019-11-05", "4.4"), ("2020-02-18", "4.5"), ("2020-04-28", "4.6"),
        ("2020-08-26", "4.7"), ("2020-11-17", "4.8"))
TCT_SHOW = (("2015-09-30", "2015-10-01"), ("2016-09-28", "2016-09-29"),
            ("2017-09-27", "2017-09-28"), ("2018-09-25", "2018-09-27"),
            ("2019-09-24", "2019-09-26"))
FILAMENTS = ("silk PLA in copper", "PETG in translucent blue", "TPU 95A in black",
             "wood-fill PLA", "ASA in signal white", "carbon-fibre nylon",
             "matte PLA in sage green", "glow-in-the-dark PLA", "PLA+ in galaxy black",
             "HIPS in natural")


def _ll_dated(day: dt.date) -> str:
    if day < LL_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def week_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def filament_of_the_week(day: dt.date) -> str:
    monday = week_of(day)
    return FILAMENTS[zlib.crc32(monday.isoformat().encode()) % len(FILAMENTS)]


def _ll_filament(day: dt.date) -> str:
    monday = week_of(day)
    return (f"Filament of the week (w/c {monday.day} {MONTHS[monday.month - 1][:3]}): "
            f"{filament_of_the_week(day)}")


@cache
def _ll_newsletter() -> Wordings:
    base = _steps((_OLD, "Get our weekly print digest in your inbox: sign up free"))
    tct = [(iso_day(first, -14), iso_day(last, 1),
            f"TCT Show {first[:4]}, NEC Birmingham: find us on the show floor and grab a "
            f"free calibration cube") for first, last in TCT_SHOW]
    tct.append(_span("2020-06-01", "2020-09-30", "The TCT Show is off this year: catch our "
                                                 "online print clinics instead"))
    gifts = _yearly("12-07", 17, 11, lambda y: f"Our {y} gift guide: the best printers, tools "
                                               f"and upgrades for every budget")
    return _calendar(base, tct, gifts)


def layerline_style() -> PublisherStyle:
    """A British 3D-printing magazine: a category from a pool, the long date turned the
    weekday on the first day of the 2018 TCT Show (a wording per day), "By", a commission
    line reworded in 2019, print settings from pools and "See also:" and "Advertisement"
    (up to twice) mid-body, the Cura version a model was sliced in (a wording per
    release), the filament of the week (a wording per week), an unattended-printing
    warning, a newsletter line turned by the TCT Show (off in 2020) and the gift guides,
    the copyright line, a rare update."""
    return PublisherStyle(
        domain="layerline.co.uk", site="Layer Line", base_size=90,
        subdomains=(("www.", 100),),
        sections=("reviews", "guides", "news", "models", "materials"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "category": ("Reviews", "Guides", "News", "Models", "Materials", "Resin"),
            "material": ("PLA", "PETG", "ABS", "TPU", "ASA"),
            "nozzle": ("0.4 mm", "0.6 mm", "0.25 mm"),
            "layer": ("0.2 mm", "0.12 mm", "0.28 mm"),
            "infill": ("15%", "20%", "40%", "100%"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_ll_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("commission", HEADER, 0.3,
               (_OLD, "Layer Line may earn commission from links on this page."),
               (LL_AFFILIATE.isoformat(), "When you buy through links on our site, we may earn "
                                          "an affiliate commission. Here's how it works.")),
            _f("settings", MIDDLE, 0.3, (_OLD, "Print settings: {material}, {nozzle} nozzle, "
                                               "{layer} layers, {infill} infill")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("slicer", FOOTER, 0.2, *releases(CURA, lambda v: f"Sliced in Ultimaker Cura "
                                                                f"{v}.")),
            _f("filament", FOOTER, 0.2, *_by_day(_ll_filament)),
            _f("unattended", FOOTER, 0.15, (_OLD, "Never leave a printer running unattended, "
                                                  "and fit a smoke alarm in the room where "
                                                  "you print.")),
            _f("newsletter", FOOTER, 0.3, *_ll_newsletter()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Layer Line {year}. All rights "
                                                 "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: we have retested with the latest "
                                              "firmware and changed the score.")),
        ),
    )


# --- a local chapter of the German amateur radio society ----------------------------------

OV_DMR = dt.date(2019, 6, 1)
OV_VIDEO = dt.date(2020, 3, 13)
HAM_RADIO = (("2015-06-26", "2015-06-28"), ("2016-06-24", "2016-06-26"),
             ("2017-07-14", "2017-07-16"), ("2018-06-01", "2018-06-03"),
             ("2019-06-21", "2019-06-23"))


def ov_abend(day: dt.date) -> dt.date:
    """The next OV evening on or after `day`: the first Friday of the month."""
    this = nth_weekday(day.year, day.month, 4, 1)
    if day <= this:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 4, 1)


def _ov_abend(day: dt.date) -> str:
    nxt = ov_abend(day)
    when = f"Freitag, {nxt.day}. {MONATE[nxt.month - 1]} {nxt.year}"
    if nxt >= OV_VIDEO:
        return f"Nächster OV-Abend: {when}, 19:30 Uhr – als Videokonferenz"
    return f"Nächster OV-Abend: {when}, 19:30 Uhr, Gasthaus Zur Linde"


@cache
def _ov_termine() -> Wordings:
    base = _steps((_OLD, "Termine, Conteste und Fielddays: siehe OV-Kalender"))
    messe = [(iso_day(first, -14), iso_day(last, 1),
              f"HAM RADIO {first[:4]} in Friedrichshafen: Fahrgemeinschaft ab dem OV-Heim, "
              f"bitte beim OVV melden") for first, last in HAM_RADIO]
    messe.append(_span("2020-04-03", "2020-06-28", "Die HAM RADIO 2020 fällt aus – "
                                                   "stattdessen gibt es die HAM RADIO "
                                                   "WORLDWIDE online"))
    wag = []
    for y in YEARS:
        sat = full_weekend(y, 10, 3)
        wag.append((sat - 7 * ONE, sat + 2 * ONE,
                    f"WAG-Contest {y}: {sat.day}./{sat.day + 1}. Oktober, wir funken als "
                    f"DL0WST"))
    weihnacht = _yearly("12-26", 5, 0, lambda y: f"DARC-Weihnachtswettbewerb am 26. Dezember "
                                                 f"{y}: OV-Wertung zählt!")
    return _calendar(base, messe, wag, weihnacht)


def wesertal_style() -> PublisherStyle:
    """A local chapter of the German amateur radio society: the numeric date (a wording per
    day), the writer with the call sign, the next OV evening on the first Friday (a wording
    per month, by video from March 2020), a dates line turned by HAM RADIO in Friedrichshafen
    (cancelled in 2020), the WAG contest and the Christmas contest, "Foto:" and "Siehe
    auch:" mid-body, the repeater round reworded for DMR, a licence-course line, the
    greeting and the chapter line with its DOK (a block), a rare correction."""
    return PublisherStyle(
        domain="ov-wesertal.de", site="Ortsverband Wesertal", base_size=70,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "contest", "technik", "ausbildung"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={"beat": ("DL4ABK", "DO7MWT", "DK2RFH", "DJ9SU", "DL1HGW")},
        families=(
            _f("datum", HEADER, 0.8, *_daily(de_date)),
            _f("autor", HEADER, 0.5, (_OLD, "{author}, {author_beat}")),
            _f("ovabend", HEADER, 0.35, *_by_day(_ov_abend)),
            _f("termine", HEADER, 0.25, *_ov_termine()),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("siehe", MIDDLE, 0.2, (_OLD, "Siehe auch: {other_title}")),
            _f("relais", FOOTER, 0.3,
               (_OLD, "Relaisrunde: mittwochs 20:00 Uhr über DB0WST (439,125 MHz, Ablage "
                      "−7,6 MHz)."),
               (OV_DMR.isoformat(), "Relaisrunde: mittwochs 20:00 Uhr über DB0WST, analog auf "
                                    "439,125 MHz und in DMR auf TG 26377.")),
            _f("kurs", FOOTER, 0.15, (_OLD, "Lizenzkurs für die Klassen E und A: Anmeldung "
                                            "beim OVV. Der Kurs ist für Mitglieder "
                                            "kostenlos.")),
            _f("gruss", FOOTER, 0.45, (_OLD, "Vy 73 und bis bald auf den Bändern!")),
            _f("dok", FOOTER, 0.3, (_OLD, "DARC e.V. · Ortsverband Wesertal · DOK H77")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der OV-Abend beginnt um 19:30 "
                                                 "Uhr, nicht um 19 Uhr.")),
        ),
    )


# --- a Japanese amateur radio club --------------------------------------------------------

MR_REDESIGN = dt.date(2019, 5, 1)
DENPA_RIYORYO = (("2000-01-01", "500"), ("2019-10-01", "300"))
HAM_FAIR = (("2015-08-22", "2015-08-23"), ("2016-08-20", "2016-08-21"),
            ("2017-09-02", "2017-09-03"), ("2018-08-25", "2018-08-26"),
            ("2019-08-24", "2019-08-25"))


def _mr_hiduke(day: dt.date) -> str:
    if day < MR_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"
    return f"{reiwa(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


@cache
def _mr_reikai() -> Wordings:
    base = _steps((_OLD, "例会は毎月第2土曜日の19時から、みなと区民センターで開催しています。"
                         "見学歓迎！"))
    covid = [(dt.date(2020, 3, 1), None, "新型コロナウイルス感染拡大防止のため、当面の例会は"
                                         "中止します。近況はロールコールで！")]
    return _calendar(base, covid)


@cache
def _mr_contest() -> Wordings:
    base = _steps((_OLD, "コンテスト・イベント情報はクラブのカレンダーをご覧ください。"))
    fair = [(iso_day(first, -21), iso_day(last, 1),
             f"ハムフェア{first[:4]}（東京ビッグサイト）：クラブブースの当番表を掲示板に"
             f"掲載しました") for first, last in HAM_FAIR]
    fair.append(_span("2020-05-15", "2020-08-23", "ハムフェア2020は中止となりました。"))
    all_ja, field_day = [], []
    for y in YEARS:
        sat = full_weekend(y, 4, -1)
        all_ja.append((sat - 7 * ONE, sat + 2 * ONE,
                       f"ALL JAコンテスト{y}は{sat.month}月{sat.day}日21時から。クラブ局で"
                       f"参加します"))
        fd = full_weekend(y, 8, 1)
        field_day.append((fd - 7 * ONE, fd + 2 * ONE,
                          f"フィールドデーコンテスト{y}（{fd.month}月{fd.day}日〜）は移動運用で"
                          f"参加予定です"))
    return _calendar(base, all_ja, field_day, fair)


def minato_style() -> PublisherStyle:
    """A Japanese amateur radio club: the date with the weekday, from the first day of
    Reiwa with the era year (a wording per day), the writer with the call sign, a contest
    line turned by Ham Fair (cancelled in 2020), ALL JA and the JARL Field Day contest,
    "写真：", "関連記事：" and a QSL line mid-body, the roll call, the monthly meeting line
    suspended from March 2020, the radio usage fee (cut in October 2019), a licence
    reminder, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="minato-radio.jp", site="みなと無線クラブ", base_size=55,
        subdomains=(("", 100),),
        sections=("news", "contest", "qso", "koshukai"),
        n_authors=3, url_path="/{section}/{n}.html",
        pools={"beat": ("JH2XKT", "JA2MVO", "JR2BUQ", "7K3DWN", "JE2FNS")},
        families=(
            _f("hiduke", HEADER, 0.85, *_by_day(_mr_hiduke)),
            _f("kisha", HEADER, 0.45, (_OLD, "記：{author}（{author_beat}）")),
            _f("contest", HEADER, 0.25, *_mr_contest()),
            _f("shashin", MIDDLE, 0.25, (_OLD, "写真：{author2}")),
            _f("kanren", MIDDLE, 0.25, (_OLD, "関連記事：{other_title}")),
            _f("qsl", MIDDLE, 0.1, (_OLD, "QSLカードはJARLビューロー経由でお願いします。")),
            _f("rollcall", FOOTER, 0.3, (_OLD, "毎週日曜21時から、434.50MHz FMでロールコールを"
                                               "行っています。どなたでもどうぞ。")),
            _f("reikai", FOOTER, 0.3, *_mr_reikai()),
            _f("denpa", FOOTER, 0.15, *releases(
                DENPA_RIYORYO, lambda v: f"アマチュア局の電波利用料は年額{v}円です。納付期限に"
                                         f"ご注意ください。")),
            _f("menkyo", FOOTER, 0.15, (_OLD, "※アマチュア無線局の運用には、無線従事者免許と"
                                              "無線局免許の両方が必要です。")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Copyright © みなと無線クラブ All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】ロールコールの周波数を修正しました。")),
        ),
    )


# --- a Portuguese radio club's bulletin ---------------------------------------------------

RC_REDESIGN = dt.date(2019, 9, 16)
RC_QUOTA = (("2010-01-01", "24"), ("2018-01-01", "30"), ("2020-01-01", "36"))


def _rc_data(day: dt.date) -> str:
    if day < RC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _rc_boletim(day: dt.date) -> str:
    number = (day.year - 2004) * 12 + day.month
    return f"Boletim n.º {number} · {MESES[day.month - 1]} de {day.year}"


@cache
def _rc_agenda() -> Wordings:
    base = _steps((_OLD, "Consulte a agenda de concursos e atividades do clube."))
    dia = _yearly("04-18", 8, 0, lambda y: f"18 de abril, Dia Mundial do Radioamador: "
                                           f"estação CS5RCM ativa no castelo, {y}")
    portugal = _yearly("06-10", 6, 0, lambda y: f"Concurso Dia de Portugal {y}: 10 de junho, "
                                                f"HF e VHF")
    jota = []
    for y in YEARS:
        sat = full_weekend(y, 10, 3)
        jota.append((sat - 10 * ONE, sat + 2 * ONE,
                     f"JOTA {y} ({sat.day} e {sat.day + 1} de outubro): o clube apoia os "
                     f"escuteiros de Coimbra"))
    return _calendar(base, dia, portugal, jota)


def mondego_style() -> PublisherStyle:
    """A Portuguese radio club's bulletin: the bulletin's number and month (a wording per
    month), the numeric date turned the weekday and the long date on 16 September 2019 (a
    wording per day), "Por" with the writer's call sign, an agenda line turned by World
    Amateur Radio Day, the Portugal Day contest and JOTA, "Leia também:" and "Foto:"
    mid-body, the weekly net, an exam line, the dues (raised in 2018 and 2020), the
    sign-off and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="rcmondego.pt", site="Rádio Clube do Mondego", base_size=40,
        subdomains=(("www.", 100),),
        sections=("noticias", "concursos", "tecnica", "boletim"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"beat": ("CT1EMQ", "CS7AJD", "CT2HRV", "CR7BFN")},
        families=(
            _f("boletim", HEADER, 0.45, *_by_day(_rc_boletim)),
            _f("data", HEADER, 0.8, *_by_day(_rc_data)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author} ({author_beat})")),
            _f("agenda", HEADER, 0.25, *_rc_agenda()),
            _f("leia", MIDDLE, 0.25, (_OLD, "Leia também: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("rede", FOOTER, 0.3, (_OLD, "Rede semanal do clube: quintas-feiras às 21h30 no "
                                           "repetidor de Coimbra, 145,650 MHz.")),
            _f("exame", FOOTER, 0.15, (_OLD, "Quer ser radioamador? O clube prepara candidatos "
                                             "para o exame da ANACOM.")),
            _f("quota", FOOTER, 0.2, *releases(RC_QUOTA, lambda v: f"Quota anual de sócio: {v} "
                                                                   f"€.")),
            _f("despedida", FOOTER, 0.4, (_OLD, "73 de CS5RCM")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Rádio Clube do Mondego")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a frequência do repetidor foi "
                                                "corrigida.")),
        ),
    )


# --- a Finnish hacklab --------------------------------------------------------------------

PL_JASENMAKSU = (("2014-01-01", "10 €/kk, opiskelijat ja työttömät 5 €/kk"),
                 ("2019-01-01", "15 €/kk, opiskelijat ja työttömät 7 €/kk"))


def _pl_viikko(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"Viikko {week}/{year}"


@cache
def _pl_aukiolo() -> Wordings:
    base = _steps((_OLD, "Avoimet ovet tiistaisin klo 17–21, Kauppakatu 9. Kaikki "
                         "tervetuloa!"))
    covid = [_span("2020-03-16", "2020-06-14", "Paja on suljettu koronarajoitusten vuoksi. "
                                               "Seuraa tiedotteita!")]
    juhannus = [(juhannusaatto(y) - 4 * ONE, juhannusaatto(y) + 3 * ONE,
                 f"Juhannusviikolla paja on kiinni {fi_date(juhannusaatto(y))}–"
                 f"{fi_date(juhannusaatto(y) + 2 * ONE)}. Hyvää juhannusta!") for y in YEARS]
    joulu = _yearly("12-24", 10, 13, lambda y: f"Paja on joulutauolla 21.12.{y}–6.1.{y + 1}.")
    return _calendar(base, covid, juhannus, joulu)


def pajalabra_style() -> PublisherStyle:
    """A Finnish hacklab: the date without leading zeros (a wording per day), the ISO week
    (a wording per week), the writer, the open evenings turned by midsummer, the Christmas
    break and the pandemic's closure, a laser-cutter rule, what a print was printed on and
    "Lue myös:" mid-body, the membership fee (raised in 2019), the association line, a rare
    correction."""
    return PublisherStyle(
        domain="pajalabra.fi", site="Pajalabra", base_size=30,
        subdomains=(("", 100),),
        sections=("uutiset", "projektit", "kurssit"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"tulostin": ("Prusa i3 MK3S", "Ultimaker 2+", "Anet A8", "Creality Ender 3"),
               "materiaali": ("PLA", "PETG", "TPU")},
        families=(
            _f("pvm", HEADER, 0.8, *_daily(fi_date)),
            _f("viikko", HEADER, 0.3, *_by_day(_pl_viikko)),
            _f("teksti", HEADER, 0.4, (_OLD, "Teksti: {author}")),
            _f("laser", MIDDLE, 0.15, (_OLD, "Laserleikkuria ja CNC-jyrsintä saa käyttää vain "
                                             "perehdytyksen jälkeen.")),
            _f("tulostettu", MIDDLE, 0.2, (_OLD, "Tulostettu: {tulostin}, {materiaali}")),
            _f("lue", MIDDLE, 0.25, (_OLD, "Lue myös: {other_title}")),
            _f("aukiolo", FOOTER, 0.35, *_pl_aukiolo()),
            _f("jasenmaksu", FOOTER, 0.25, *releases(
                PL_JASENMAKSU, lambda v: f"Jäsenmaksu {v}.")),
            _f("yhdistys", FOOTER, 0.3, (_OLD, "Pajalabra ry · Y-tunnus 2765432-1")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: kurssin päivämäärä korjattu.")),
        ),
    )


def heldout191_styles() -> list[PublisherStyle]:
    """The held-back-191 styles, in the order the generator hands them to publishers."""
    return [
        solderandsprocket_style(), ridgeline_style(), schaltwerk_style(), monozukuri_style(),
        beskidzki_style(), oficinamaker_style(), jarvisuomi_style(), layerline_style(),
        wesertal_style(), minato_style(), mondego_style(), pajalabra_style(),
    ]
