"""The ``held-back-217`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-216 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"Advertisement" marker or a members' line. The publishers are funeral homes, obituary portals
and cemetery administrations in English, German, Dutch, Slovak, Filipino and Korean: an
American obituary portal with its guest books, a British family funeral director with
several branches, the obituary portal of a German regional newspaper group, a Dutch family
funeral home, the administration of a Slovak town's cemeteries, a Philippine memorial park,
the funeral hall of a Korean university hospital (in Korean), an American nonprofit historic
cemetery, a German undertaker, a Dutch online condolence portal, a Slovak obituary portal and
a Korean memorial park (in Korean). The families are the kinds a crawl of such sites holds:
publication dates localised day by day (American, British with ordinals, German, Dutch,
Slovak with genitive months, Filipino and Korean with the weekday), several changing form on
the day of a redesign; service-time lines that name the day of the funeral, the wake, the
last farewell or the departure of the coffin a few days after the posting (a wording per
day, weekends skipped where the trade does), a guest book kept online for a year from the
posting (a wording per day), the next Saturday's obituary supplement (a wording per week)
and the next monthly history walk (a wording per month); livestream and webcast lines, the
mourner limits of 2020 in each country (lockdowns, the Dutch thirty, the Korean distancing
levels, the Philippine ECQ and the closed cemeteries of Undas 2020); condolence-book notices
reworded, floral-tribute and donation-in-lieu lines with charities from pools; fee tables by
year (a simple funeral, a cremation, an obituary notice, a grave lease, an interment fee, a
funeral-hall room, a columbarium's upkeep, a lawn lot); office hours with holiday closures
(British bank holidays with the VE Day move of 2020, Easter, Christmas, Dutch King's Day,
Ascension and Whit Monday, American federal holidays, Seollal and Chuseok with their lunar
dates, Undas, Holy Week, All Souls' Day and the Slovak "Dušičky"); cemetery gate hours by
season; remembrance notices (Memorial Day, Mother's and Father's Day, Totensonntag, the
Dutch 4 May, Allerzielen, Hansik); the Metro Manila landline change of October 2019; privacy
lines reworded for the GDPR; related links and advertisement markers mid-body (some up to two
times); multi-line blocks (members' lines, company and address lines, copyright lines), bare
lines, and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
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
    easter,
    iso_day,
    last_weekday,
    listed,
    nth_weekday,
    ordinal,
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times (the wording functions below are module-level, so the cache finds them again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MESIACA = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
           "septembra", "októbra", "novembra", "decembra")  # genitive: "21. júna 2017"
DNI = ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa")
V_DNI = ("v pondelok", "v utorok", "v stredu", "vo štvrtok", "v piatok", "v sobotu",
         "v nedeľu")  # "on <day>": the accusative after the preposition
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
YOIL = ("월", "화", "수", "목", "금", "토", "일")

# Seollal and Chuseok, the lunar New Year and harvest festival, as Korean calendars print them.
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}

# --- helpers of this set ------------------------------------------------------------------


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ..., in order) in force on `day`."""
    return [value for start, value in table if start <= day.isoformat()][-1]


def priced(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the value of `table`: the value in force on the set's
    first day from the oldest day on, then one wording from each later start."""
    first = [(_OLD, text(value_on(FIRST_DAY, table)))]
    return tuple(first + [(start, text(value)) for start, value in table
                          if start > FIRST_DAY.isoformat()])


def yearly_table(values: dict[int, str], md: str = "01-01") -> tuple[tuple[str, str], ...]:
    """A price list that changes on month-day `md` of the years of `values`."""
    return tuple((f"{y}-{md}", value) for y, value in sorted(values.items()))


def weekday_on_or_after(day: dt.date, skip: tuple[int, ...] = (5, 6)) -> dt.date:
    """`day`, moved on past the weekdays of `skip` (Monday 0): Saturday and Sunday by
    default."""
    while day.weekday() in skip:
        day += ONE
    return day


def next_saturday(day: dt.date) -> dt.date:
    """The Saturday after `day` (a week on if `day` is a Saturday): the next weekly
    supplement once the day's paper is out."""
    return day + dt.timedelta(days=(5 - day.weekday()) % 7 or 7)


def next_first_saturday(day: dt.date) -> dt.date:
    """The first Saturday of `day`'s month, or of the next month once it has passed."""
    first = nth_weekday(day.year, day.month, 5, 1)
    if first >= day:
        return first
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 5, 1)


def advent_sunday(y: int) -> dt.date:
    """The first Sunday of Advent: the fourth Sunday before Christmas Day."""
    christmas = dt.date(y, 12, 25)
    return christmas - dt.timedelta(days=christmas.weekday() + 1 + 21)


def totensonntag(y: int) -> dt.date:
    """The Sunday of the dead in German Protestant churches: the Sunday before Advent."""
    return advent_sunday(y) - 7 * ONE


def uk_bank_holidays(y: int) -> list[tuple[dt.date, str]]:
    """England's spring and summer bank holidays (the early May one moved to Friday 8 May
    in 2020, for the 75th anniversary of VE Day)."""
    early = dt.date(2020, 5, 8) if y == 2020 else nth_weekday(y, 5, 0, 1)
    return [(early, "VE Day bank holiday" if y == 2020 else "early May bank holiday"),
            (last_weekday(y, 5, 0), "spring bank holiday"),
            (last_weekday(y, 8, 0), "summer bank holiday")]


def observed(day: dt.date) -> dt.date:
    """An American federal holiday as offices keep it: Saturday's on the Friday before,
    Sunday's on the Monday after."""
    return day - ONE if day.weekday() == 5 else day + ONE if day.weekday() == 6 else day


def ko_range(day: dt.date) -> str:
    """A Korean three-day holiday around `day`: "2월 18일~2월 20일"."""
    a, b = day - ONE, day + ONE
    return f"{a.month}월 {a.day}일~{b.month}월 {b.day}일"


# --- an American obituary portal ----------------------------------------------------------

RL_GUESTBOOK = dt.date(2017, 2, 6)
RL_REDESIGN = dt.date(2018, 9, 10)
RL_CCPA = dt.date(2020, 1, 1)  # California's privacy law: the "Do Not Sell" link
RL_PANDEMIC = ("2020-03-16", "2020-09-30")


def _rl_published(day: dt.date) -> str:
    if day < RL_REDESIGN:
        return f"Published in {{paper}} on {AP_MONTHS[day.month - 1]} {day.day}, {day.year}."
    return (f"Published by {{paper}} on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} "
            f"{day.day}, {day.year}.")


def _rl_online(day: dt.date) -> str:
    until = day + 365 * ONE
    when = f"{MONTHS[until.month - 1]} {until.day}, {until.year}"
    if day < RL_REDESIGN:
        return f"This Guest Book will remain online until {when}."
    return f"Guest Book online through {when}. Sponsor it to keep every memory online forever."


def _rl_notice_base(day: dt.date) -> str:
    if day < RL_GUESTBOOK:
        return "Search obituaries by name, town or newspaper"
    return "🔔 Get an email when an obituary is published in your town"


@cache
def _rl_notice() -> Wordings:
    pandemic = [_span(*RL_PANDEMIC, "🦠 Many services are private or streamed online during "
                                    "COVID-19: check the obituary for details")]
    days = [
        *_movable(lambda y: nth_weekday(y, 5, 6, 2), 6, 0,
                  lambda y: f"💐 Mother's Day {y}: remember Mom with a tribute"),
        *_movable(lambda y: last_weekday(y, 5, 0), 7, 0,
                  lambda y: f"🇺🇸 Memorial Day {y}: read the stories of those who served"),
        *_movable(lambda y: nth_weekday(y, 6, 6, 3), 6, 0,
                  lambda y: f"👔 Father's Day {y}: share a memory of Dad"),
        *_yearly("11-11", 5, 0, lambda y: f"🎖️ Veterans Day {y}: honor a veteran in your "
                                          f"family"),
        *_yearly("12-01", 0, 30, lambda y: "🕯️ Grieving during the holidays? Our support "
                                           "guides can help"),
    ]
    return _calendar(_rl_notice_base, pandemic, days)


def rememberlane_style() -> PublisherStyle:
    """An American obituary portal: the town's obituaries from a pool, "Published in" the
    newspaper from a pool on the AP-style date, turned the weekday and the long date on 10
    September 2018 (a wording per day), a guest-book appeal reworded in 2017, the entries
    count, flowers and funeral-home lines and "More obituaries:" links mid-body, an
    advertisement marker up to twice, the day a guest book stays online to (a year on, a
    wording per day), a notice reworded and turned by Mother's Day, Memorial Day, Father's
    Day, Veterans Day, the holidays and the pandemic, the content policy, the footer links
    (with "Do Not Sell" from 2020) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="rememberlane.com", site="Remembrance Lane", base_size=250,
        subdomains=(("www.", 100),),
        sections=("obituaries", "death-notices", "in-memoriam", "veterans"),
        n_authors=10, url_path="/us/{section}/{slug}-{n}",
        pools={
            "place": ("Marion County", "Fox Valley", "Kanawha Valley", "Tri-Cities",
                      "Upper Peninsula", "Quad Cities", "North Shore"),
            "paper": ("the Fox Valley Gazette", "the Marion County Ledger",
                      "the Kanawha Morning Star", "the Tri-City Herald-Courier",
                      "the Lakeshore Daily Press"),
            "funeral_home": ("Hartley-Moore Funeral Home", "Lindqvist & Sons Funeral Chapel",
                             "Riverside Memorial Chapel", "Bauer Family Funeral Service",
                             "Greene-Whitfield Funeral Home"),
        },
        families=(
            _f("place", HEADER, 0.5, (_OLD, "{place} Obituaries")),
            _f("published", HEADER, 0.9, *_by_day(_rl_published)),
            _f("guestbook", HEADER, 0.45, (_OLD, "Sign the Guest Book"),
               (RL_GUESTBOOK.isoformat(), "Share a memory or offer condolences in the Guest "
                                          "Book")),
            _f("entries", HEADER, 0.3, (_OLD, "Guest Book entries: {count}"),
               (RL_REDESIGN.isoformat(), "{count} memories shared")),
            _f("flowers", MIDDLE, 0.35, (_OLD, "Send Flowers"),
               (RL_REDESIGN.isoformat(), "🌷 Send flowers to the service · same-day delivery "
                                         "from local florists")),
            _f("funeral-home", MIDDLE, 0.3, (_OLD, "Arrangements by {funeral_home}")),
            _f("more", MIDDLE, 0.4, (_OLD, "More obituaries: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("online", FOOTER, 0.35, *_daily(_rl_online)),
            _f("notice", FOOTER, 0.3, *_rl_notice()),
            _f("policy", FOOTER, 0.35, (_OLD, "Obituaries are submitted by funeral homes and "
                                              "families. Remembrance Lane does not verify "
                                              "their content.")),
            _f("links", FOOTER, 0.3, (_OLD, "Terms of Use · Privacy Policy · Obituary Policy · "
                                            "Contact Us"),
               (RL_CCPA.isoformat(), "Terms of Use · Privacy Policy · Do Not Sell My Personal "
                                     "Information · Obituary Policy · Contact Us")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Remembrance Lane, Inc. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "obituary misspelled the name of a "
                                                  "grandson.")),
        ),
    )


# --- a British family funeral director ----------------------------------------------------

PF_REDESIGN = dt.date(2019, 2, 4)
PF_DONATE = dt.date(2017, 10, 2)  # online donations in memory
PF_LOCKDOWN = dt.date(2020, 3, 24)
PF_PRICES = (("2014-04-01", "£1,975"), ("2015-04-01", "£2,045"), ("2016-04-01", "£2,095"),
             ("2017-04-01", "£2,150"), ("2018-04-01", "£2,195"), ("2019-04-01", "£2,245"),
             ("2020-04-01", "£2,295"))
PF_REOPEN = {2015: 29, 2016: 28, 2017: 27, 2018: 27, 2019: 27, 2020: 29}  # after Christmas


def _pf_dated(day: dt.date) -> str:
    if day < PF_REDESIGN:
        return f"Added on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return (f"Funeral notice · {WEEKDAYS[day.weekday()]} {day.day} "
            f"{MONTHS[day.month - 1][:3]} {day.year}")


def pf_service_day(day: dt.date) -> dt.date:
    """The funeral ten days after the notice, on a weekday."""
    return weekday_on_or_after(day + 10 * ONE)


def _pf_service(day: dt.date) -> str:
    s = pf_service_day(day)
    return (f"The funeral service will take place at {{venue}} on {WEEKDAYS[s.weekday()]} "
            f"{ordinal(s.day)} {MONTHS[s.month - 1]} at {{hour}}.")


def _pf_webcast_base(day: dt.date) -> str:
    return "Services at Ashby Crematorium can be webcast: please ask us for the details."


@cache
def _pf_webcast() -> Wordings:
    return _calendar(_pf_webcast_base, [
        (PF_LOCKDOWN, iso_day("2020-07-04"), "Under the current restrictions only 10 mourners "
                                             "may attend; the service will be webcast live."),
        _span("2020-07-04", "2020-11-04", "Up to 30 mourners may now attend the crematorium "
                                          "chapel; a webcast is available for those who "
                                          "cannot."),
        (iso_day("2020-11-05"), None, "Funerals continue during the lockdown with up to 30 "
                                      "mourners. Webcasts are free of charge."),
    ])


def _pf_opening_base(day: dt.date) -> str:
    return ("Our offices are open Monday to Friday, 9am to 5pm, and on Saturday mornings. We "
            "answer the telephone 24 hours a day.")


def _pf_easter(y: int) -> str:
    friday, monday = easter(y) - 2 * ONE, easter(y) + ONE
    return (f"Easter {y}: our offices are closed on Good Friday ({friday.day} "
            f"{MONTHS[friday.month - 1]}) and Easter Monday ({monday.day} "
            f"{MONTHS[monday.month - 1]}). We answer the telephone 24 hours a day.")


def _pf_christmas(y: int) -> str:
    reopen = dt.date(y, 12, PF_REOPEN[y])
    return (f"Christmas {y}: our offices close at noon on Christmas Eve and reopen on "
            f"{WEEKDAYS[reopen.weekday()]} {reopen.day} December. Our telephone is answered "
            f"24 hours a day.")


@cache
def _pf_opening() -> Wordings:
    lockdown = [(PF_LOCKDOWN, iso_day("2020-06-15"),
                 "During the lockdown our offices are closed to visitors: arrangements can be "
                 "made by telephone or video call.")]
    easter_days = _movable(lambda y: easter(y) + ONE, 7, 0, _pf_easter)
    bank: list[Event] = []
    for y in YEARS:
        for day, name in uk_bank_holidays(y):
            bank.append((day - 5 * ONE, day + ONE,
                         f"Our offices are closed on {WEEKDAYS[day.weekday()]} {day.day} "
                         f"{MONTHS[day.month - 1]} for the {name}. We are still available by "
                         f"telephone 24 hours a day."))
    christmas = _yearly("12-18", 0, 10, _pf_christmas)
    return _calendar(_pf_opening_base, lockdown, easter_days, bank, christmas)


def pennington_style() -> PublisherStyle:
    """A British family funeral director with four branches: "Added on" with the ordinal
    date, turned "Funeral notice ·" with the weekday on 4 February 2019 (a wording per day),
    the branch from a pool, the funeral service ten days on (a weekday, a wording per day)
    at a venue and time from pools, a family-flowers-only line with a charity from a pool
    (reworded for online donations in 2017), a tribute-page line and a photo credit
    mid-body, the webcast line turned by the 2020 mourner limits, office hours turned by
    Easter, the bank holidays (the VE Day move of 2020), Christmas and the lockdown, the
    simple funeral's price (each April), the members' line, the funeral-plan line and the
    company line (a block), a rare update."""
    return PublisherStyle(
        domain="penningtonfunerals.co.uk", site="Pennington Funeral Service", base_size=220,
        subdomains=(("www.", 100),),
        sections=("funeral-notices", "news", "community"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "branch": ("Ashby", "Coalville", "Measham", "Ibstock"),
            "venue": ("Ashby Crematorium (East Chapel)", "St Helen's Church, Ashby",
                      "Loughborough Crematorium", "Coalville Methodist Church",
                      "Measham Cemetery Chapel"),
            "hour": ("10.30am", "11.15am", "12 noon", "1.45pm", "2.30pm", "3.15pm"),
            "charity": ("LOROS Hospice", "the British Heart Foundation",
                        "Alzheimer's Society", "Macmillan Cancer Support",
                        "the Royal British Legion"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_pf_dated)),
            _f("branch", HEADER, 0.45, (_OLD, "Arranged by our {branch} branch")),
            _f("service", MIDDLE, 0.45, *_by_day(_pf_service)),
            _f("donations", MIDDLE, 0.35,
               (_OLD, "Family flowers only, please. Donations in memory may be sent to "
                      "{charity} c/o Pennington Funeral Service, 14 Market Street, Ashby."),
               (PF_DONATE.isoformat(), "Family flowers only, please. Donations in memory to "
                                       "{charity} can be made online or sent c/o Pennington "
                                       "Funeral Service.")),
            _f("tribute", MIDDLE, 0.25, (_OLD, "Leave a tribute, light a candle or share a "
                                               "photo on the online tribute page.")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photograph kindly supplied by the family")),
            _f("webcast", FOOTER, 0.25, *_pf_webcast()),
            _f("opening", FOOTER, 0.35, *_pf_opening()),
            _f("price", FOOTER, 0.2, *priced(PF_PRICES, lambda v: (
                f"Our simple funeral costs {v}, including our professional services, a "
                f"coffin and a hearse. Ask for our full price list."))),
            _f("members", FOOTER, 0.4, (_OLD, "Members of the National Association of "
                                              "Funeral Directors")),
            _f("plans", FOOTER, 0.3, (_OLD, "Pre-paid funeral plans are available: ask at any "
                                            "of our branches.")),
            _f("company", FOOTER, 0.35, (_OLD, "Pennington Funeral Service Ltd · registered in "
                                               "England and Wales no. 06128845 · 24-hour "
                                               "telephone 01530 555 210")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the time of the service has changed. "
                                              "The details below are correct.")),
        ),
    )


# --- the obituary portal of a German regional newspaper group -----------------------------

TM_KONDOLENZ = dt.date(2017, 5, 2)
TM_REDESIGN = dt.date(2018, 10, 1)
TM_DSGVO = dt.date(2018, 5, 25)
TM_NEWSLETTER = dt.date(2019, 1, 15)
TM_PREISE = {2014: ("179,00", 51), 2015: ("189,00", 52), 2016: ("195,00", 53),
             2017: ("199,00", 54), 2018: ("209,00", 55), 2019: ("215,00", 56),
             2020: ("219,00", 57)}  # a private notice, from each 1 January


def _tm_preis(y: int) -> str:
    price, number = TM_PREISE[y]
    return (f"Private Traueranzeige in allen Ausgaben ab {price} € (Preisliste Nr. {number}, "
            f"gültig ab 1. Januar {y})")


def _tm_erschienen(day: dt.date) -> str:
    if day < TM_REDESIGN:
        return f"Erschienen in der {{zeitung}} am {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year} · "
            f"{{zeitung}}")


def _tm_beilage(day: dt.date) -> str:
    sat = next_saturday(day)
    return (f"Die nächste Trauerbeilage erscheint am Samstag, {sat.day}. "
            f"{MONATE[sat.month - 1]} {sat.year}. Anzeigenschluss: Donnerstag, 12 Uhr.")


def _tm_hinweis_base(day: dt.date) -> str:
    if day < TM_NEWSLETTER:
        return "Traueranzeige aufgeben: online rund um die Uhr oder in unseren Kundencentern"
    return "Neu: Traueranzeigen aus Ihrem Ort jeden Morgen per E-Mail. Jetzt anmelden"


@cache
def _tm_hinweis() -> Wordings:
    corona = [_span("2020-03-22", "2020-05-31", "Trauerfeiern finden derzeit nur im engsten "
                                                "Familienkreis statt. Eine Traueranzeige "
                                                "informiert Freunde und Bekannte.")]
    allerheiligen = _yearly("11-01", 7, 1, lambda y: f"Allerheiligen {y}: Zünden Sie eine "
                                                     f"virtuelle Kerze für Ihre Verstorbenen "
                                                     f"an")
    ewigkeit = _movable(totensonntag, 8, 0, lambda y: (
        f"Totensonntag am {totensonntag(y).day}. November {y}: Gedenkanzeigen bis Donnerstag "
        f"aufgeben"))
    return _calendar(_tm_hinweis_base, corona, allerheiligen, ewigkeit)


def trauermittelrhein_style() -> PublisherStyle:
    """The obituary portal of a German regional newspaper group: the section from a pool,
    "Erschienen in der" newspaper from a pool on the numeric date, turned the weekday and
    the long date on 1 October 2018 (a wording per day), the candles count, the condolence
    book reworded in 2017, "Weitere Traueranzeigen:" links and "Anzeige" mid-body up to
    twice, the next Saturday's supplement (a wording per week), a notice reworded for the
    newsletter and turned by All Saints, Totensonntag and the 2020 restrictions, the notice
    price with its price-list number (each January), the terms line, the legal links
    (reworded for the GDPR) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="trauer-mittelrhein.de", site="Trauerportal Mittelrhein", base_size=180,
        subdomains=(("www.", 85), ("", 15)),
        sections=("traueranzeigen", "nachrufe", "danksagungen", "gedenken"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Traueranzeigen", "Nachrufe", "Danksagungen", "Jahresgedenken",
                       "Gedenkanzeigen"),
            "zeitung": ("Rhein-Lahn-Post", "Hunsrücker Anzeiger", "Koblenzer Abendblatt",
                        "Westerwälder Bote"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("erschienen", HEADER, 0.9, *_by_day(_tm_erschienen)),
            _f("kerzen", HEADER, 0.35, (_OLD, "{count} Kerzen wurden angezündet"),
               (TM_REDESIGN.isoformat(), "🕯️ {count} Kerzen · Kerze anzünden")),
            _f("kondolenz", MIDDLE, 0.3,
               (_OLD, "Kondolenzbuch: Hier können Sie Ihr Beileid bekunden."),
               (TM_KONDOLENZ.isoformat(), "Im Online-Kondolenzbuch können Sie Ihre "
                                          "Anteilnahme ausdrücken und Erinnerungen teilen.")),
            _f("weitere", MIDDLE, 0.35, (_OLD, "Weitere Traueranzeigen: {other_title}"),
               count=2),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("beilage", FOOTER, 0.25, *_by_day(_tm_beilage)),
            _f("hinweis", FOOTER, 0.3, *_tm_hinweis()),
            _f("preise", FOOTER, 0.2, *priced(
                tuple((f"{y}-01-01", _tm_preis(y)) for y in TM_PREISE), lambda v: v)),
            _f("agb", FOOTER, 0.3, (_OLD, "Es gelten unsere Allgemeinen Geschäftsbedingungen "
                                          "für Familienanzeigen.")),
            _f("rechtliches", FOOTER, 0.35, (_OLD, "Impressum · Datenschutz · AGB · Kontakt"),
               (TM_DSGVO.isoformat(), "Impressum · Datenschutzerklärung · Cookie-"
                                      "Einstellungen · AGB · Kontakt")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Trauerportal Mittelrhein – ein "
                                                "Angebot der Mittelrhein Medien GmbH & Co. "
                                                "KG")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war der "
                                                 "Termin der Trauerfeier falsch angegeben.")),
        ),
    )


# --- a Dutch family funeral home ----------------------------------------------------------

VH_REGISTER = dt.date(2016, 9, 1)
VH_REDESIGN = dt.date(2018, 3, 12)
VH_TARIEVEN = {2014: "3.850", 2015: "3.950", 2016: "4.050", 2017: "4.150", 2018: "4.295",
               2019: "4.395", 2020: "4.495"}


def _vh_datum(day: dt.date) -> str:
    if day < VH_REDESIGN:
        return f"Geplaatst op {day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def vh_condoleance_day(day: dt.date) -> dt.date:
    """The evening of condolences three days after the notice, never on a Sunday."""
    return weekday_on_or_after(day + 3 * ONE, skip=(6,))


def _vh_condoleren(day: dt.date) -> str:
    c = vh_condoleance_day(day)
    return (f"Gelegenheid tot condoleren op {DAGEN[c.weekday()]} {c.day} "
            f"{MAANDEN[c.month - 1]} van {{bezoek}} in {{locatie}}.")


def _vh_livestream_base(day: dt.date) -> str:
    return "Op verzoek is de afscheidsdienst via een beveiligde livestream te volgen."


@cache
def _vh_livestream() -> Wordings:
    return _calendar(_vh_livestream_base, [
        _span("2020-03-16", "2020-05-31", "Vanwege de coronamaatregelen zijn bij een uitvaart "
                                          "maximaal 30 personen welkom. De dienst is via een "
                                          "livestream te volgen."),
        _span("2020-06-01", "2020-06-30", "Vanaf 1 juni zijn bij een uitvaart maximaal 100 "
                                          "personen welkom, op 1,5 meter afstand. De "
                                          "livestream blijft beschikbaar."),
        (iso_day("2020-07-01"), None, "Houd bij de uitvaart 1,5 meter afstand en blijf thuis "
                                      "bij klachten. Vraag ons naar de livestream."),
    ])


def _vh_bereikbaar_base(day: dt.date) -> str:
    return "Wij zijn dag en nacht bereikbaar: 073 555 20 10"


@cache
def _vh_bereikbaar() -> Wordings:
    def ook(name: str) -> Callable[[int], str]:
        return lambda y: f"Ook op {name} {y} zijn wij dag en nacht bereikbaar: 073 555 20 10"

    feestdagen = [
        *_movable(lambda y: easter(y) + ONE, 3, 0, ook("Tweede Paasdag")),
        *_yearly("04-27", 3, 0, ook("Koningsdag")),
        *_movable(lambda y: easter(y) + 39 * ONE, 3, 0, ook("Hemelvaartsdag")),
        *_movable(lambda y: easter(y) + 50 * ONE, 3, 0, ook("Tweede Pinksterdag")),
        *_yearly("12-26", 6, 0, ook("Eerste en Tweede Kerstdag")),
    ]
    return _calendar(_vh_bereikbaar_base, sorted(feestdagen))


def vanderheijden_style() -> PublisherStyle:
    """A Dutch family funeral home: "Geplaatst op" with the numeric date, turned the weekday
    and the long date on 12 March 2018 (a wording per day), the kind of notice from a pool,
    the evening of condolences three days on (never a Sunday, a wording per day) at an hour
    and place from pools, a gift-instead-of-flowers line with a charity from a pool, the
    livestream line turned by the 2020 limits, the online register reworded in 2016, the
    day-and-night line turned by Easter Monday, King's Day, Ascension, Whit Monday and
    Christmas, the basic funeral's price (each January), a funeral-wishes booklet line, the
    members' line, the chamber of commerce line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="vanderheijden-uitvaart.nl", site="Uitvaartzorg Van der Heijden", base_size=150,
        subdomains=(("www.", 100),),
        sections=("overlijdensberichten", "nieuws", "uitvaartwensen"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "soort": ("Overlijdensbericht", "Condoleance", "Uitvaartdienst", "Dankbetuiging"),
            "bezoek": ("19.00 tot 19.45 uur", "19.30 tot 20.15 uur", "14.00 tot 15.00 uur"),
            "locatie": ("het uitvaartcentrum aan de Vlijmenseweg", "rouwcentrum De Linde",
                        "de aula van begraafplaats Orthen", "het uitvaartcentrum in Rosmalen"),
            "goede_doel": ("KWF Kankerbestrijding", "de Hartstichting", "Alzheimer Nederland",
                           "Hospice De Populier", "Stichting ALS Nederland"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_vh_datum)),
            _f("soort", HEADER, 0.45, (_OLD, "{soort}")),
            _f("condoleren", MIDDLE, 0.4, *_by_day(_vh_condoleren)),
            _f("bloemen", MIDDLE, 0.3, (_OLD, "In plaats van bloemen wordt een gift voor "
                                              "{goede_doel} op prijs gesteld.")),
            _f("livestream", FOOTER, 0.3, *_vh_livestream()),
            _f("register", FOOTER, 0.4, (_OLD, "U kunt ook online condoleren via deze pagina."),
               (VH_REGISTER.isoformat(), "Condoleren kan ook digitaal: laat een bericht "
                                         "achter in het online condoleanceregister.")),
            _f("bereikbaar", FOOTER, 0.35, *_vh_bereikbaar()),
            _f("tarieven", FOOTER, 0.2, *priced(yearly_table(VH_TARIEVEN), lambda v: (
                f"Een eenvoudige uitvaart (begrafenis of crematie) bij ons kost vanaf € "
                f"{v},- inclusief verzorging en rouwauto."))),
            _f("wensen", FOOTER, 0.15, (_OLD, "Leg uw uitvaartwensen vast in ons gratis "
                                              "wensenboekje. Vraag het aan via deze website.")),
            _f("lid", FOOTER, 0.35, (_OLD, "Aangesloten bij de branchevereniging van "
                                           "gecertificeerde uitvaartondernemingen")),
            _f("kvk", FOOTER, 0.35, (_OLD, "Uitvaartzorg Van der Heijden · Hinthamerstraat 88, "
                                           "'s-Hertogenbosch · KvK 17065432")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Uitvaartzorg Van der Heijden")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: de aanvangstijd van de "
                                                    "afscheidsdienst is gewijzigd.")),
        ),
    )


# --- the administration of a Slovak town's cemeteries -------------------------------------

CB_REDESIGN = dt.date(2017, 9, 4)
CB_GDPR = dt.date(2018, 5, 25)
CB_NAJOM = (("2013-01-01", "33,20"), ("2016-01-01", "40,00"), ("2018-01-01", "50,00"),
            ("2020-01-01", "60,00"))  # a single grave for ten years


def _cb_datum(day: dt.date) -> str:
    if day < CB_REDESIGN:
        return f"Zverejnené: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Pridané {DNI[day.weekday()]} {day.day}. {MESIACA[day.month - 1]} {day.year}"


def _cb_hodiny_base(day: dt.date) -> str:
    return "Úradné hodiny: pondelok – piatok 7.30 – 15.00 h, obedňajšia prestávka 12.00 – 12.30 h"


def _cb_velka_noc(y: int) -> str:
    friday, monday = easter(y) - 2 * ONE, easter(y) + ONE
    return (f"Veľká noc {y}: kancelária je zatvorená v piatok {friday.day}. "
            f"{MESIACA[friday.month - 1]} a v pondelok {monday.day}. {MESIACA[monday.month - 1]}.")


@cache
def _cb_hodiny() -> Wordings:
    pandemia = [
        _span("2020-03-16", "2020-06-10", "Mimoriadna situácia: kancelária je pre verejnosť "
                                          "zatvorená, vybavujeme telefonicky a e-mailom."),
        _span("2020-10-20", "2020-11-08", "Dušičky 2020: pre pandémiu odporúčame návštevu "
                                          "hrobov rozložiť do dlhšieho obdobia a na cintoríne "
                                          "nosiť rúško."),
    ]
    dusicky = _yearly("11-02", 9, 0, lambda y: (
        f"Počas Dušičiek (24. 10. – 2. 11. {y}) sú cintoríny otvorené denne od 7.00 do "
        f"22.00 h."))
    vianoce = _yearly("12-20", 0, 11, lambda y: (
        f"Vianoce {y}: kancelária je zatvorená 24. – 26. 12. a 31. 12. {y}, pohreby "
        f"dohodnete na pohotovostnom čísle."))
    velka_noc = _movable(lambda y: easter(y) + ONE, 6, 0, _cb_velka_noc)
    return _calendar(_cb_hodiny_base, pandemia, dusicky, vianoce, velka_noc)


def brezany_style() -> PublisherStyle:
    """The administration of a Slovak town's cemeteries: the category from a pool,
    "Zverejnené:" with the numeric date, turned "Pridané" with the weekday and the genitive
    month on 4 September 2017 (a wording per day), the last farewell at a cemetery and hour
    from pools, a lease-arrears reminder citing the funeral act and a stonemasons' rule
    mid-body, office hours turned by All Souls' ("Dušičky", with longer opening), Christmas,
    Easter and the 2020 restrictions, the gates' summer and winter hours (each April and
    October), the grave lease (raised in 2016, 2018 and 2020), the privacy line reworded for
    the GDPR, the contact line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cintorinybrezany.sk", site="Cintoríny mesta Brezany", base_size=120,
        subdomains=(("www.", 100),),
        sections=("oznamy", "pohreby", "cennik", "uradne-hodiny"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "kategoria": ("Oznamy", "Pohreby", "Cenník služieb", "Úradné hodiny", "Dušičky"),
            "cintorin": ("Mestský cintorín", "cintorín Horné Brezany", "cintorín Dolné Brezany",
                         "Urnový háj"),
            "hodina": ("10.00", "11.30", "13.00", "14.30"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("datum", HEADER, 0.85, *_by_day(_cb_datum)),
            _f("rozlucka", MIDDLE, 0.35, (_OLD, "Posledná rozlúčka sa uskutoční v dome smútku – "
                                                "{cintorin} o {hodina} h.")),
            _f("najomne", MIDDLE, 0.2, (_OLD, "Upozornenie: ak nájomné za hrobové miesto nie "
                                              "je uhradené, správca postupuje podľa zákona č. "
                                              "131/2010 Z. z. o pohrebníctve.")),
            _f("kamenari", MIDDLE, 0.15, (_OLD, "Kamenárske práce na cintoríne je potrebné "
                                                "vopred nahlásiť správcovi cintorína.")),
            _f("hodiny", FOOTER, 0.35, *_cb_hodiny()),
            _f("brany", FOOTER, 0.3, *_seasons(
                ("04-01", "Cintoríny sú otvorené: apríl – september denne 7.00 – 21.00 h"),
                ("10-01", "Cintoríny sú otvorené: október – marec denne 8.00 – 18.00 h"))),
            _f("cennik", FOOTER, 0.25, *priced(CB_NAJOM, lambda v: (
                f"Nájomné za jednohrob na 10 rokov: {v} €"))),
            _f("gdpr", FOOTER, 0.25,
               (_OLD, "Osobné údaje spracúvame v súlade so zákonom o ochrane osobných údajov."),
               (CB_GDPR.isoformat(), "Osobné údaje spracúvame podľa nariadenia GDPR a zákona "
                                     "č. 18/2018 Z. z.")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Kontakt: Cintoríny mesta Brezany, Cintorínska 2, "
                                               "tel. 045 555 21 30, "
                                               "sprava@cintorinybrezany.sk")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cintoríny mesta Brezany, príspevková "
                                                "organizácia mesta")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v pôvodnom oznámení bol uvedený "
                                              "nesprávny čas rozlúčky.")),
        ),
    )


# --- a Philippine memorial park -----------------------------------------------------------

SP_CONDOLENCE = dt.date(2018, 2, 1)
SP_LANDLINE = dt.date(2019, 10, 6)  # Metro Manila landlines gained an eighth digit
SP_LIVESTREAM = dt.date(2017, 8, 1)
SP_REDESIGN = dt.date(2019, 6, 3)
SP_LAWN = {2014: "92,000", 2015: "98,000", 2016: "105,000", 2017: "112,000", 2018: "120,000",
           2019: "128,000", 2020: "135,000"}


def _sp_petsa(day: dt.date) -> str:
    if day < SP_REDESIGN:
        return f"Nai-post noong {BUWAN[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year} · {{time12}}"


def _sp_burol(day: dt.date) -> str:
    burial = day + 4 * ONE
    return (f"Nakaburol sa {{kapilya}}. Ihahatid sa huling hantungan sa "
            f"{ARAW[burial.weekday()]}, {BUWAN[burial.month - 1]} {burial.day}, {{oras}}.")


def _sp_paalala_base(day: dt.date) -> str:
    return "Bukas ang opisina Lunes hanggang Sabado, 8:00 AM hanggang 5:00 PM."


def _sp_semana_santa(y: int) -> str:
    thursday = easter(y) - 3 * ONE
    return (f"Semana Santa {y}: sarado ang opisina mula Huwebes Santo ({BUWAN[thursday.month - 1]}"
            f" {thursday.day}) hanggang Linggo ng Pagkabuhay. Bukas ang parke sa mga dadalaw.")


@cache
def _sp_paalala() -> Wordings:
    covid = [
        _span("2020-03-16", "2020-05-31", "ECQ: hanggang sampung (10) katao lamang ang "
                                          "maaaring dumalo sa libing. Magsuot ng face mask."),
        _span("2020-10-22", "2020-11-04", "Undas 2020: sarado ang memorial park mula Oktubre "
                                          "29 hanggang Nobyembre 4 ayon sa kautusan ng IATF."),
    ]
    undas = _yearly("11-02", 8, 0, lambda y: (
        f"Undas {y}: bukas ang memorial park nang 24 oras mula Oktubre 31 hanggang Nobyembre 2. "
        f"Bawal ang alak, sugal at matutulis na bagay."))
    semana = _movable(easter, 6, 0, _sp_semana_santa)
    return _calendar(_sp_paalala_base, covid, undas, semana)


def sampaguita_style() -> PublisherStyle:
    """A Philippine memorial park (Filipino and English): the category from a pool,
    "Nai-post noong" with the date, turned the weekday and the time on 3 June 2019 (a
    wording per day), the wake's chapel from a pool and the burial four days on (a wording
    per day), an in-lieu-of-flowers line with a charity from a pool, a recorded-mass line
    turned a Facebook livestream line in 2017, a condolence-book line reworded in 2018, an
    office notice turned by Holy Week, Undas (closed in 2020) and the ECQ, the lawn lot's
    price (each January), a share line, the hotline (the eighth landline digit from 6
    October 2019) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sampaguitamemorial.com.ph", site="Sampaguita Memorial Park", base_size=100,
        subdomains=(("www.", 100),),
        sections=("anunsiyo", "balita", "serbisyo"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kategorya": ("Anunsiyo", "Balita", "Pakikiramay", "Serbisyo", "Promo"),
            "kapilya": ("Kapilya San Jose", "Kapilya Santa Maria", "Kapilya San Lorenzo",
                        "Chapel 4, Main Building"),
            "oras": ("9:00 ng umaga", "10:00 ng umaga", "2:00 ng hapon", "3:00 ng hapon"),
            "kawanggawa": ("Philippine Cancer Society", "Caritas Manila",
                           "Philippine Red Cross", "Bantay Bata 163"),
        },
        families=(
            _f("kategorya", HEADER, 0.45, (_OLD, "{kategorya}")),
            _f("petsa", HEADER, 0.85, *_by_day(_sp_petsa)),
            _f("burol", MIDDLE, 0.35, *_by_day(_sp_burol)),
            _f("bulaklak", MIDDLE, 0.25, (_OLD, "In lieu of flowers, ang pamilya ay humihiling "
                                                "ng donasyon sa {kawanggawa}.")),
            _f("livestream", MIDDLE, 0.2,
               (_OLD, "Para sa mga kaanak sa abroad: maaaring i-record ang misa ng libing."),
               (SP_LIVESTREAM.isoformat(), "Mapapanood nang live ang misa at libing sa aming "
                                           "Facebook page para sa mga kaanak sa abroad.")),
            _f("pakikiramay", FOOTER, 0.35,
               (_OLD, "Mag-iwan ng mensahe ng pakikiramay sa aming online condolence book."),
               (SP_CONDOLENCE.isoformat(), "Ipadala ang inyong pakikiramay online o mag-order "
                                           "ng bulaklak sa aming flower shop.")),
            _f("paalala", FOOTER, 0.3, *_sp_paalala()),
            _f("presyo", FOOTER, 0.2, *priced(yearly_table(SP_LAWN), lambda v: (
                f"Lawn lot mula ₱{v}. Hulugan hanggang 60 buwan, 0% interest sa unang 12 "
                f"buwan."))),
            _f("share", FOOTER, 0.3, (_OLD, "I-share sa Facebook")),
            _f("hotline", FOOTER, 0.4,
               (_OLD, "24/7 Hotline: (02) 555 0163 · Globe 0917 555 0163 · Smart 0918 555 0163"),
               (SP_LANDLINE.isoformat(), "24/7 Hotline: (02) 8555 0163 · Globe 0917 555 0163 · "
                                         "Smart 0918 555 0163")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Sampaguita Memorial Park, "
                                                 "Inc. Lahat ng karapatan ay nakalaan.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "Pagwawasto: mali ang oras ng libing na unang "
                                                  "nailathala.")),
        ),
    )


# --- the funeral hall of a Korean university hospital -------------------------------------

SH_BUGO = dt.date(2016, 11, 1)
SH_REDESIGN = dt.date(2018, 7, 2)
SH_SAYONGRYO = (("2014-03-01", "720,000"), ("2016-03-01", "780,000"),
                ("2018-03-01", "840,000"), ("2019-03-01", "880,000"),
                ("2020-03-01", "920,000"))  # the largest room, one day


def _sh_deungnok(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"등록일 {day.year}-{day.month:02d}-{day.day:02d}"
    return f"{day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


def _sh_binso(day: dt.date) -> str:
    balin = day + 2 * ONE  # the coffin leaves on the third day
    return (f"빈소: {{binso}} / 발인: {balin.month}월 {balin.day}일 ({YOIL[balin.weekday()]}) "
            f"오전 {{balin}} / 장지: {{jangji}}")


def _sh_annae_base(day: dt.date) -> str:
    return "장례식장은 연중무휴 24시간 운영합니다. 장례 상담: 02-555-7400"


@cache
def _sh_annae() -> Wordings:
    mask = ("코로나19 확산 방지를 위해 모든 조문객은 마스크를 착용하고 발열 확인 후 출입해 "
            "주시기 바랍니다.")
    level2 = "사회적 거리두기 2단계 시행에 따라 빈소 내 조문 인원을 50명 미만으로 제한합니다."
    covid = [_span("2020-02-24", "2020-08-22", mask), _span("2020-08-23", "2020-10-11", level2),
             _span("2020-10-12", "2020-11-23", mask), (iso_day("2020-11-24"), None, level2)]
    seol = _movable(listed(SEOLLAL), 5, 1, lambda y: (
        f"{y}년 설 연휴({ko_range(iso_day(SEOLLAL[y]))})에도 장례식장은 24시간 정상 "
        f"운영합니다."))
    chuseok = _movable(listed(CHUSEOK), 5, 1, lambda y: (
        f"{y}년 추석 연휴({ko_range(iso_day(CHUSEOK[y]))})에도 장례식장은 24시간 정상 "
        f"운영합니다."))
    return _calendar(_sh_annae_base, covid, seol, chuseok)


def seoha_style() -> PublisherStyle:
    """The funeral hall of a Korean university hospital (in Korean): the category from a
    pool, "등록일" with the ISO date, turned the Korean long date with the weekday and the time
    on 2 July 2018 (a wording per day), the mourning room, the departure of the coffin two
    days on (a wording per day) and the burial place from pools, the wreath-shop line and
    the condolence-money line mid-body, the mobile obituary line reworded in 2016, a notice
    turned by Seollal and Chuseok (their lunar dates) and the 2020 mask and distancing
    rules, the largest room's daily fee (each March), the parking line, the address and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="seohafuneral.co.kr", site="서하대학교병원 장례식장", base_size=85,
        subdomains=(("www.", 100),),
        sections=("notice", "bugo", "guide"),
        n_authors=2, url_path="/board/{section}/view/{n}",
        pools={
            "bunryu": ("공지사항", "부고", "장례 안내", "이용 안내"),
            "binso": ("특1호실", "특2호실", "3호실", "5호실", "VIP실"),
            "balin": ("6시", "6시 30분", "7시", "8시"),
            "jangji": ("시립승화원", "선영", "국립이천호국원", "가족 봉안당"),
        },
        families=(
            _f("bunryu", HEADER, 0.45, (_OLD, "{bunryu}")),
            _f("deungnok", HEADER, 0.85, *_by_day(_sh_deungnok)),
            _f("binso", MIDDLE, 0.4, *_by_day(_sh_binso)),
            _f("johwa", MIDDLE, 0.25, (_OLD, "근조화환 및 바구니는 장례식장 내 화원(내선 2274)에서 "
                                             "주문하실 수 있습니다.")),
            _f("buuigeum", MIDDLE, 0.15, (_OLD, "부의금 계좌는 상주가 요청한 경우에만 안내해 "
                                                "드립니다.")),
            _f("bugo", FOOTER, 0.3, (_OLD, "부고 알림을 문자로 보내 드립니다. 접수처에 문의해 "
                                           "주세요."),
               (SH_BUGO.isoformat(), "모바일 부고장 보내기 · 카카오톡으로 공유하기")),
            _f("annae", FOOTER, 0.3, *_sh_annae()),
            _f("yogeum", FOOTER, 0.2, *priced(SH_SAYONGRYO, lambda v: (
                f"빈소 사용료(특1호실, 1일 기준): {v}원 · 부가세 별도"))),
            _f("jucha", FOOTER, 0.3, (_OLD, "조문객 주차 3시간 무료 (접수처에서 주차권을 받아 "
                                            "주세요)")),
            _f("juso", FOOTER, 0.35, (_OLD, "서울특별시 동대문구 서하로 88 서하대학교병원 "
                                            "장례식장 · 대표전화 02-555-7400")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} 서하대학교병원 장례식장. All "
                                                 "Rights Reserved.")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 발인 일시가 변경되어 바로잡습니다.")),
        ),
    )


# --- an American nonprofit historic cemetery ----------------------------------------------

OH_REDESIGN = dt.date(2017, 4, 3)
OH_WALKS_PAUSED = dt.date(2020, 3, 14)
OH_FEES = (("2014-07-01", "$1,150"), ("2015-07-01", "$1,195"), ("2016-07-01", "$1,250"),
           ("2017-07-01", "$1,295"), ("2018-07-01", "$1,350"), ("2019-07-01", "$1,395"),
           ("2020-07-01", "$1,395 (unchanged for 2020–21)"))


def _oh_posted(day: dt.date) -> str:
    if day < OH_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _oh_walk(day: dt.date) -> str:
    if day >= OH_WALKS_PAUSED:
        return "History walks are suspended until further notice."
    walk = next_first_saturday(day)
    return (f"Next history walk: Saturday, {MONTHS[walk.month - 1]} {walk.day}, 10 a.m., "
            f"from the chapel. Free; donations welcome.")


def _oh_office_base(day: dt.date) -> str:
    return "Office hours: Monday–Friday 8:30 a.m.–4:30 p.m., Saturday 9 a.m.–noon."


def _oh_memorial(y: int) -> str:
    day = last_weekday(y, 5, 0)
    flags = day - 2 * ONE
    return (f"Memorial Day {y}: the office is closed Monday, May {day.day}. Volunteers place "
            f"flags on veterans' graves on Saturday, May {flags.day}, at 9 a.m.")


def _oh_closed(name: str, day: Callable[[int], dt.date]) -> Callable[[int], str]:
    def text(y: int) -> str:
        d = day(y)
        return (f"The office is closed {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, "
                f"for {name}. The gates are open as usual.")
    return text


@cache
def _oh_office() -> Wordings:
    covid = [_span("2020-03-23", "2020-06-30", "The office is closed to walk-in visitors "
                                               "during COVID-19; call (845) 555-0182 to "
                                               "arrange an interment. The grounds remain "
                                               "open.")]

    def july4(y: int) -> dt.date:
        return observed(dt.date(y, 7, 4))

    def labor(y: int) -> dt.date:
        return nth_weekday(y, 9, 0, 1)

    holidays = [
        *_movable(lambda y: last_weekday(y, 5, 0), 6, 0, _oh_memorial),
        *_movable(july4, 4, 0, _oh_closed("Independence Day", july4)),
        *_movable(labor, 4, 0, _oh_closed("Labor Day", labor)),
        *_movable(lambda y: thanksgiving(y) + ONE, 5, 0, lambda y: (
            f"The office is closed Thursday and Friday, November {thanksgiving(y).day} and "
            f"{thanksgiving(y).day + 1}, for Thanksgiving. The gates are open as usual.")),
        *_yearly("12-25", 5, 0, lambda y: f"The office is closed December 24 and 25, {y}. "
                                          f"Merry Christmas from all of us at Oak Hollow "
                                          f"Cemetery."),
    ]
    return _calendar(_oh_office_base, covid, holidays)


def oakhollow_style() -> PublisherStyle:
    """An American nonprofit historic cemetery: "Posted on" with the date and the writer,
    turned the weekday and the date on 3 April 2017 (a wording per day), the next monthly
    history walk (the first Saturday, a wording per month; suspended from March 2020), a
    burial-records line and a decorations rule by season mid-body, the gates' hours by
    season (each April and November), office hours turned by Memorial Day's flag placing,
    Independence Day (as observed), Labor Day, Thanksgiving, Christmas and the pandemic, the
    interment fee (each July, held in 2020), the nonprofit line, the address and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="oakhollowcemetery.org", site="Oak Hollow Cemetery", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "history", "events", "genealogy"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("posted", HEADER, 0.8, *_by_day(_oh_posted)),
            _f("walk", HEADER, 0.2, *_by_day(_oh_walk)),
            _f("decorations", MIDDLE, 0.2, *_seasons(
                ("03-16", "Flowers and decorations left on graves are cleared every Monday "
                          "from mid-March through October."),
                ("11-01", "Winter decorations may be placed from November 1 and must be "
                          "removed by March 15."))),
            _f("records", MIDDLE, 0.2, (_OLD, "Looking for an ancestor? Search our burial "
                                              "records online or write to "
                                              "records@oakhollowcemetery.org.")),
            _f("gates", FOOTER, 0.35, *_seasons(
                ("04-01", "Gates are open daily from 7 a.m. to 8 p.m. (April through "
                          "October)."),
                ("11-01", "Gates are open daily from 8 a.m. to 5 p.m. (November through "
                          "March)."))),
            _f("office", FOOTER, 0.3, *_oh_office()),
            _f("fees", FOOTER, 0.2, *priced(OH_FEES, lambda v: (
                f"Opening and closing fee (weekday, full burial): {v}"))),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "Oak Hollow Cemetery Association is a "
                                                "nonprofit 501(c)(3) organization. Gifts to "
                                                "the Perpetual Care Fund are tax-deductible.")),
            _f("address", FOOTER, 0.35, (_OLD, "Oak Hollow Cemetery · 2200 Hollow Road · "
                                               "Millbrook, NY 12545 · (845) 555-0182")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Oak Hollow Cemetery Association")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the walk starts at the chapel, "
                                                  "not at the main gate.")),
        ),
    )


# --- a German undertaker ------------------------------------------------------------------

BK_VORSORGE = dt.date(2016, 6, 1)
BK_REDESIGN = dt.date(2019, 9, 2)
BK_PREISE = {2014: "1.840", 2015: "1.890", 2016: "1.940", 2017: "1.990", 2018: "2.090",
             2019: "2.150", 2020: "2.190"}


def _bk_datum(day: dt.date) -> str:
    if day < BK_REDESIGN:
        return f"Eingetragen am {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}. {MONATE[day.month - 1]} {day.year}"


def bk_trauerfeier_day(day: dt.date) -> dt.date:
    """The funeral a week after the notice, on a weekday."""
    return weekday_on_or_after(day + 7 * ONE)


def _bk_trauerfeier(day: dt.date) -> str:
    t = bk_trauerfeier_day(day)
    return (f"Die Trauerfeier findet am {WOCHENTAGE[t.weekday()]}, {t.day}. "
            f"{MONATE[t.month - 1]} {t.year}, um {{uhrzeit}} Uhr in der {{ort}} statt.")


def _bk_buero_base(day: dt.date) -> str:
    return "Bürozeiten: Montag bis Freitag 8–17 Uhr, Samstag 9–12 Uhr und nach Vereinbarung"


@cache
def _bk_buero() -> Wordings:
    corona = [_span("2020-03-23", "2020-05-10", "Corona: Beratungsgespräche führen wir derzeit "
                                                "telefonisch oder bei Ihnen zu Hause. "
                                                "Trauerfeiern sind nur im kleinen Kreis "
                                                "möglich.")]
    ostern = _movable(lambda y: easter(y) + ONE, 6, 0, lambda y: (
        f"Ostern {y}: Karfreitag und Ostermontag bleibt unser Büro geschlossen. Im Trauerfall "
        f"erreichen Sie uns jederzeit telefonisch."))
    jahresende = _yearly("12-17", 0, 14, lambda y: (
        f"Am 24. und 31. Dezember {y} ist unser Büro von 9 bis 12 Uhr besetzt. Telefonisch "
        f"sind wir wie immer rund um die Uhr erreichbar."))
    return _calendar(_bk_buero_base, corona, ostern, jahresende)


def kramer_style() -> PublisherStyle:
    """A German undertaker: "Eingetragen am" with the numeric date, turned the long date on
    2 September 2019 (a wording per day), the day-and-night line, the funeral a week on (a
    weekday, a wording per day) at an hour and place from pools, a donations-instead-of-
    flowers line with a charity from a pool, a grave-care line, office hours turned by
    Easter, the year's end and the 2020 restrictions, the cremation price (each January),
    the pre-need line reworded in 2016, the members' line and the imprint line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="bestattungen-kramer.de", site="Bestattungen Kramer", base_size=55,
        subdomains=(("www.", 100),),
        sections=("trauerfaelle", "aktuelles", "vorsorge"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "uhrzeit": ("10:00", "11:00", "13:30", "14:00", "14:30"),
            "ort": ("Trauerhalle des Hauptfriedhofs", "Friedhofskapelle Neckarau",
                    "Pfarrkirche St. Bonifatius", "Trauerhalle Käfertal"),
            "spende": ("die Deutsche Krebshilfe", "den Hospizverein Mannheim",
                       "die Deutsche Kinderkrebsstiftung", "SOS-Kinderdörfer weltweit"),
        },
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_bk_datum)),
            _f("erreichbar", HEADER, 0.3, (_OLD, "Im Trauerfall sind wir Tag und Nacht für Sie "
                                                 "da: 0621 555 44 10")),
            _f("trauerfeier", MIDDLE, 0.35, *_by_day(_bk_trauerfeier)),
            _f("spende", MIDDLE, 0.3, (_OLD, "Statt zugedachter Blumen bitten wir um eine "
                                             "Spende an {spende}, Stichwort: Trauerfall.")),
            _f("grabpflege", MIDDLE, 0.15, (_OLD, "Grabpflege und Grabmale: Fragen Sie nach "
                                                  "unseren Partnerbetrieben.")),
            _f("buero", FOOTER, 0.3, *_bk_buero()),
            _f("preise", FOOTER, 0.2, *priced(yearly_table(BK_PREISE), lambda v: (
                f"Feuerbestattung ab {v} € zuzüglich Friedhofs- und Krematoriumsgebühren"))),
            _f("vorsorge", FOOTER, 0.25,
               (_OLD, "Bestattungsvorsorge: Wir beraten Sie gerne unverbindlich."),
               (BK_VORSORGE.isoformat(), "Bestattungsvorsorge mit Treuhandvertrag: Ihr Geld ist "
                                         "sicher angelegt. Sprechen Sie uns an.")),
            _f("mitglied", FOOTER, 0.35, (_OLD, "Mitglied im Landesverband der Bestatter "
                                                "Baden-Württemberg e. V.")),
            _f("impressum", FOOTER, 0.35, (_OLD, "Bestattungen Kramer · Inh. Thomas Kramer · "
                                                 "Seckenheimer Straße 41 · 68165 Mannheim")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Trauerfeier beginnt eine "
                                                 "halbe Stunde später.")),
        ),
    )


# --- a Dutch online condolence portal -----------------------------------------------------

GH_REDESIGN = dt.date(2019, 4, 15)
GH_AVG = dt.date(2018, 5, 25)


def _gh_geplaatst(day: dt.date) -> str:
    if day < GH_REDESIGN:
        return (f"Geplaatst in {{krant}} op {day.day} {MAANDEN[day.month - 1]} {day.year}")
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year} · {{krant}}"


def _gh_herdenken_base(day: dt.date) -> str:
    return "Een overlijdensbericht plaatsen? Dat regelt u eenvoudig online via Gedenkhof."


@cache
def _gh_herdenken() -> Wordings:
    corona = [_span("2020-03-16", "2020-06-30", "Afscheid nemen gaat nu anders. Lees onze "
                                                "tips voor een uitvaart in kleine kring met "
                                                "een livestream.")]
    days = [
        *_yearly("05-04", 3, 0, lambda y: f"4 mei {y}: Nationale Dodenherdenking. Om 20.00 "
                                          f"uur zijn we twee minuten stil."),
        *_yearly("11-02", 5, 0, lambda y: f"Allerzielen {y}: steek een digitaal kaarsje aan "
                                          f"voor wie u mist."),
    ]
    return _calendar(_gh_herdenken_base, corona, days)


def gedenkhof_style() -> PublisherStyle:
    """A Dutch online condolence portal: "Geplaatst in" the newspaper from a pool on the
    long date, turned the weekday first on 15 April 2019 (a wording per day), the candles
    count, the condolence link reworded on the redesign, "Bekijk ook:" links and
    "Advertentie" mid-body up to twice, a notice turned by the 4 May remembrance, All Souls'
    and the 2020 restrictions, a share line, the privacy links reworded for the GDPR and the
    copyright line (a block), a rare notice of a change."""
    return PublisherStyle(
        domain="gedenkhof.nl", site="Gedenkhof", base_size=45,
        subdomains=(("www.", 100),),
        sections=("overlijdensberichten", "herdenkingen", "dankbetuigingen"),
        n_authors=2, url_path="/{section}/{n}/{slug}",
        pools={"krant": ("Brabants Avondblad", "De Peelbode", "Kempener Courant",
                         "Maasdal Dagblad")},
        families=(
            _f("geplaatst", HEADER, 0.85, *_by_day(_gh_geplaatst)),
            _f("kaarsjes", HEADER, 0.35, (_OLD, "{count} kaarsjes aangestoken")),
            _f("condoleance", MIDDLE, 0.3, (_OLD, "Schrijf een condoleance"),
               (GH_REDESIGN.isoformat(), "✍️ Schrijf een persoonlijk bericht in het "
                                         "condoleanceregister")),
            _f("bekijk", MIDDLE, 0.3, (_OLD, "Bekijk ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie"), count=2),
            _f("herdenken", FOOTER, 0.3, *_gh_herdenken()),
            _f("delen", FOOTER, 0.3, (_OLD, "Deel dit bericht via WhatsApp, Facebook of "
                                            "e-mail")),
            _f("privacy", FOOTER, 0.3, (_OLD, "Privacy · Cookies · Algemene voorwaarden"),
               (GH_AVG.isoformat(), "Privacyverklaring (AVG) · Cookie-instellingen · "
                                    "Algemene voorwaarden")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Gedenkhof – onderdeel van Brabantse "
                                                 "Media Groep")),
            _f("melding", HEADER, 0.04, (_OLD, "Let op: dit bericht is op verzoek van de "
                                               "familie aangepast.")),
        ),
    )


# --- a Slovak obituary portal -------------------------------------------------------------

SZ_REDESIGN = dt.date(2018, 2, 19)
SZ_CENA = (("2014-01-01", "9,90"), ("2017-01-01", "12,90"), ("2019-01-01", "14,90"))


def _sz_pridane(day: dt.date) -> str:
    if day < SZ_REDESIGN:
        return f"Pridané: {day.day}. {day.month}. {day.year}"
    return (f"{DNI[day.weekday()].capitalize()} {day.day}. {MESIACA[day.month - 1]} {day.year}, "
            f"{{time}}")


def sz_rozlucka_day(day: dt.date) -> dt.date:
    """The last farewell three days after the notice, never on a Sunday."""
    return weekday_on_or_after(day + 3 * ONE, skip=(6,))


def _sz_rozlucka(day: dt.date) -> str:
    r = sz_rozlucka_day(day)
    return (f"Posledná rozlúčka bude {V_DNI[r.weekday()]} {r.day}. {MESIACA[r.month - 1]} "
            f"{r.year} o {{hodina}} h v {{miesto}}.")


def _sz_oznam_base(day: dt.date) -> str:
    return "Smútočné oznámenie uverejníme do 24 hodín od objednania."


@cache
def _sz_oznam() -> Wordings:
    pandemia = [_span("2020-03-12", "2020-05-20", "Pre mimoriadnu situáciu sa pohreby konajú "
                                                  "len v najužšom rodinnom kruhu.")]
    sviatky = [
        *_yearly("11-02", 8, 0, lambda y: f"Pamiatka zosnulých {y}: spomeňte si na svojich "
                                          f"blízkych spomienkovým oznámením."),
        *_yearly("12-20", 0, 11, lambda y: f"Počas sviatkov na konci roka {y} uverejňujeme "
                                           f"oznámenia s oneskorením."),
    ]
    return _calendar(_sz_oznam_base, pandemia, sviatky)


def zahorie_style() -> PublisherStyle:
    """A Slovak obituary portal: "Pridané:" with the short date, turned the weekday, the
    genitive month and the time on 19 February 2018 (a wording per day), the candles count,
    the last farewell three days on (never a Sunday, a wording per day) at an hour and place
    from pools, a virtual-candle line, "Reklama" up to twice, a notice turned by All Souls',
    the year's end and the 2020 restrictions, the notice price (raised in 2017 and 2019),
    the orders line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="smutokzahorie.sk", site="Smútočné oznámenia Záhorie", base_size=40,
        subdomains=(("www.", 100),),
        sections=("oznamenia", "spomienky", "podakovania"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "hodina": ("10.00", "11.00", "13.30", "14.00", "15.00"),
            "miesto": ("Dome smútku v Senici", "kostole sv. Jakuba v Skalici",
                       "Dome smútku v Holíči", "Dome smútku v Malackách"),
        },
        families=(
            _f("pridane", HEADER, 0.85, *_by_day(_sz_pridane)),
            _f("sviecky", HEADER, 0.35, (_OLD, "Zapálených sviečok: {count}")),
            _f("rozlucka", MIDDLE, 0.35, *_by_day(_sz_rozlucka)),
            _f("sviecka", MIDDLE, 0.25, (_OLD, "Zapáľte virtuálnu sviečku a vyjadrite sústrasť "
                                               "pozostalým.")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("oznam", FOOTER, 0.3, *_sz_oznam()),
            _f("cena", FOOTER, 0.2, *priced(SZ_CENA, lambda v: (
                f"Uverejnenie smútočného oznámenia: {v} € s DPH"))),
            _f("objednavky", FOOTER, 0.3, (_OLD, "Objednávky: objednavky@smutokzahorie.sk · "
                                                 "034 555 61 20")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Smútočné oznámenia Záhorie. Všetky "
                                                 "práva vyhradené.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: zmenil sa čas poslednej rozlúčky.")),
        ),
    )


# --- a Korean memorial park ---------------------------------------------------------------

HB_FLOWERS = dt.date(2018, 3, 1)  # artificial flowers no longer allowed in
HB_REDESIGN = dt.date(2019, 1, 2)
HB_GWANRIBI = (("2013-01-01", "300,000"), ("2017-01-01", "350,000"),
               ("2019-01-01", "400,000"))  # five years' upkeep, paid ahead


def _hb_jakseong(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"작성일 {day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}년 {day.month}월 {day.day}일 {YOIL[day.weekday()]}요일"


def _hb_seongmyo_base(day: dt.date) -> str:
    return "봉안당 및 자연장 분양 상담: 031-555-8800 (평일 09:00~18:00)"


@cache
def _hb_seongmyo() -> Wordings:
    covid = [_span("2020-09-21", "2020-10-11", "코로나19 확산 방지를 위해 추석 연휴 기간 "
                                               "봉안당 실내 참배를 제한하고 온라인 성묘 "
                                               "서비스를 운영합니다.")]
    holidays = [
        *_movable(listed(SEOLLAL), 7, 2, lambda y: (
            f"{y}년 설 성묘 기간({ko_range(iso_day(SEOLLAL[y]))}) 셔틀버스를 운행합니다. "
            f"대중교통을 이용해 주세요.")),
        *_movable(listed(CHUSEOK), 7, 2, lambda y: (
            f"{y}년 추석 성묘 기간({ko_range(iso_day(CHUSEOK[y]))}) 셔틀버스를 운행합니다. "
            f"대중교통을 이용해 주세요.")),
        *_yearly("04-05", 4, 1, lambda y: f"한식({y}년 4월 5일) 전후 주말에는 성묘객이 많아 주차가 "
                                          f"혼잡합니다."),
    ]
    return _calendar(_hb_seongmyo_base, covid, holidays)


def haneulbit_style() -> PublisherStyle:
    """A Korean memorial park (in Korean): the category from a pool, "작성일" with the dotted
    date, turned the long date with the weekday on 2 January 2019 (a wording per day), the
    flowers line reworded when artificial flowers were banned in 2018, the online memorial
    line, the opening hours by season (each March and November), a notice turned by Seollal
    and Chuseok visits (their lunar dates), Hansik and the indoor-visit limits of Chuseok
    2020, the columbarium's upkeep (raised in 2017 and 2019), the address and the copyright
    line (a block), a rare notice of a change."""
    return PublisherStyle(
        domain="haneulbit.or.kr", site="하늘빛추모공원", base_size=30,
        subdomains=(("www.", 100),),
        sections=("notice", "news", "guide"),
        n_authors=2, url_path="/bbs/{section}/{n}",
        pools={"bunryu": ("공지사항", "행사 안내", "분양 안내", "성묘 안내")},
        families=(
            _f("bunryu", HEADER, 0.4, (_OLD, "{bunryu}")),
            _f("jakseong", HEADER, 0.85, *_by_day(_hb_jakseong)),
            _f("kkot", MIDDLE, 0.25,
               (_OLD, "추모 꽃바구니와 조화는 관리사무소 옆 화원에서 구입하실 수 있습니다."),
               (HB_FLOWERS.isoformat(), "환경 보호를 위해 조화(플라스틱 꽃) 반입을 "
                                        "제한합니다. 생화를 이용해 주세요.")),
            _f("chumo", MIDDLE, 0.2, (_OLD, "온라인 추모관에서 고인께 추모 글을 남기실 수 "
                                            "있습니다.")),
            _f("gaebang", FOOTER, 0.3, *_seasons(
                ("03-01", "개방 시간: 하절기(3~10월) 08:00~18:00"),
                ("11-01", "개방 시간: 동절기(11~2월) 08:30~17:00"))),
            _f("seongmyo", FOOTER, 0.3, *_hb_seongmyo()),
            _f("gwanribi", FOOTER, 0.2, *priced(HB_GWANRIBI, lambda v: (
                f"봉안당 관리비: 5년 {v}원 (선납)"))),
            _f("juso", FOOTER, 0.35, (_OLD, "재단법인 하늘빛추모공원 · 경기도 광주시 곤지암읍 "
                                            "하늘빛로 120 · 대표전화 031-555-8800")),
            _f("copyright", FOOTER, 0.35, (_OLD, "COPYRIGHT © {year} 하늘빛추모공원. ALL RIGHTS "
                                                 "RESERVED.")),
            _f("byeongyeong", HEADER, 0.04, (_OLD, "[알림] 셔틀버스 운행 시간이 변경되었습니다.")),
        ),
    )


def heldout217_styles() -> list[PublisherStyle]:
    """The held-back-217 styles, in the order the generator hands them to publishers."""
    return [
        rememberlane_style(), pennington_style(), trauermittelrhein_style(),
        vanderheijden_style(), brezany_style(), sampaguita_style(), seoha_style(),
        oakhollow_style(), kramer_style(), gedenkhof_style(), zahorie_style(),
        haneulbit_style(),
    ]
