"""The ``held-back-213`` template set of the planted-real benchmark.

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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
share bar, an advertisement marker or a safeguarding line. The publishers are scouting,
guiding and youth-organisation news pages in English, Polish, Filipino, Swahili, Norwegian
and Czech: an English county Scout council's news site, a Polish regional scouting (ZHP)
news site, a Czech regional scouting magazine, a Filipino scouting news site, a Kenyan
scouting news site (in Swahili), a Norwegian scout district's news pages, an Australian
Girl Guides state site, a Polish scout district (hufiec) site, a Czech scout centre's
(středisko) pages, a Filipino Girl Scouts council's pages (in Taglish), a Tanzanian Girl
Guides branch's pages (in Swahili) and a Norwegian local scout group's pages. The families
are the kinds a crawl of such sites holds: dates localised day by day in English, Polish
(months in the genitive), Czech (likewise), Filipino, Swahili and Norwegian, most changing
form on a redesign day; lines that turn every day (a campsite's status naming the day, a
Polish "Dziś jest" line, a Swahili saying of the day), every week (the knot of the week)
and every month (the troop of the month); camp and jamboree calendars (county camps over
the late May bank holiday, St George's Day parades, Remembrance Sunday, the World Scout
Jamborees of 2015 and 2019, the census each January, Polish summer camp seasons and camp
sign-ups, the 1% tax appeal, the Bethlehem Peace Light, Thinking Day, the Three Kings
collection, the Svojsík patrol race, 17 May parades, the Speideraksjonen, Kenyan founder's
day pilgrimages and national days, the BSP and GSP anniversaries, Philippine Independence
Day, typhoons and the Taal eruption, Kenyan and Tanzanian elections, the Australian
bushfires, Guide biscuit season, ANZAC Day and the 2020 pandemic); safeguarding notices
(the Yellow Card, DBS and Working with Children checks, police certificates, child
helplines) reworded over the years; membership fees by year (by calendar year, by
scouting year from September, by school year from July, by April subscription year and by
half-year), census counts; badge and award lines from pools; volunteer appeals;
privacy notices reworded for the GDPR; "Read more"-like links, photo credits and
advertisement markers mid-body (some up to twice); multi-line blocks (charity line and
copyright, acknowledgement of country, imprint, contact line); bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    last_weekday,
    nth_weekday,
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
# times (the text functions given are module-level, so the cache finds them).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Polish and Czech print the month in the genitive after a day number.
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
MWEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember")
MND = ("jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
       "des.")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

# --- helpers of this set ------------------------------------------------------------------


def pick(key: str, n: int) -> int:
    """A made-up index below `n`, the same for the same `key`."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % n


def from_table(rows: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line whose value changes on the days of `rows` ((first ISO day,
    value), ...): from the oldest day the value in force on the set's first day, then one
    from each later day."""
    first = FIRST_DAY.isoformat()
    before = [value for start, value in rows if start <= first]
    assert before, rows
    return ((_OLD, text(before[-1])),) + tuple(
        (start, text(value)) for start, value in rows if start > first)


def value_on(day: dt.date, rows: tuple[tuple[str, str], ...]) -> str:
    """The value of `rows` in force on `day`."""
    return [value for start, value in rows if start <= day.isoformat()][-1]


def each_year(md: str, values: dict[int, str]) -> tuple[tuple[str, str], ...]:
    """Rows for a value that changes on month-day `md` each year (`values`: year -> value;
    the value is prefixed with its year, "2018|60|30")."""
    return tuple((f"{y}-{md}", f"{y}|{v}") for y, v in sorted(values.items()))


def spans(md_first: str, md_last: str, text: Callable[[int], str],
          years: range = YEARS) -> list[Event]:
    """A notice shown each year from month-day `md_first` to `md_last` (both included)."""
    return [_span(f"{y}-{md_first}", f"{y}-{md_last}", text(y)) for y in years]


def around(day_of: Callable[[int], dt.date], before: int, text: Callable[[int], str],
           years: range = YEARS) -> list[Event]:
    """A notice shown each year from `before` days before a movable day to that day."""
    return [(day_of(y) - before * ONE, day_of(y) + ONE, text(y)) for y in years]


def st_george_parade(y: int) -> dt.date:
    """The Sunday nearest St George's Day (23 April), when Scouts parade."""
    day = dt.date(y, 4, 23)
    ahead = (6 - day.weekday()) % 7
    return day + ahead * ONE if ahead <= 3 else day - (7 - ahead) * ONE


def spring_bank_holiday(y: int) -> dt.date:
    """The late May bank holiday: the last Monday of May."""
    return last_weekday(y, 5, 0)


def remembrance_sunday(y: int) -> dt.date:
    """Remembrance Sunday: the second Sunday of November."""
    return nth_weekday(y, 11, 6, 2)


# --- an English county Scout council's news site ------------------------------------------

WM_REBRAND = dt.date(2018, 5, 14)  # the new brand went live on the site that Monday
WM_SAFEGUARDING = (dt.date(2016, 9, 1), dt.date(2020, 1, 6))
WM_PRIVACY = dt.date(2018, 5, 25)
WM_SUBS = (("2014-04-01", "2014/15|27.50|24.00|3.50"), ("2015-04-01", "2015/16|28.50|25.00|3.50"),
           ("2016-04-01", "2016/17|29.00|25.50|3.50"), ("2017-04-01", "2017/18|31.00|27.00|4.00"),
           ("2018-04-01", "2018/19|32.50|28.50|4.00"), ("2019-04-01", "2019/20|34.00|30.00|4.00"),
           ("2020-04-01", "2020/21|34.00|30.00|4.00"))  # held for 2020/21
WM_CENSUS = (("2014-03-01", "8,904|2,861|2014"), ("2015-03-01", "9,127|2,940|2015"),
             ("2016-03-01", "9,385|3,012|2016"), ("2017-03-01", "9,611|3,105|2017"),
             ("2018-03-01", "9,842|3,188|2018"), ("2019-03-01", "10,206|3,251|2019"),
             ("2020-03-01", "10,377|3,302|2020"))
WM_JAMBOREES = (("2015-07-28", "2015-08-08", "World Scout Jamboree 2015, Japan"),
                ("2019-07-22", "2019-08-02", "World Scout Jamboree 2019, West Virginia"))


def _wm_dated(day: dt.date) -> str:
    if day < WM_REBRAND:
        return f"Posted {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{read_min}} min read"


def _wm_campsite(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if dt.date(2020, 3, 20) <= day <= dt.date(2020, 7, 3):
        status = "closed to all groups until further notice"
    elif day.month in (1, 2):
        status = "closed for winter maintenance until 1 March"
    elif dt.date(2018, 6, 25) <= day <= dt.date(2018, 8, 10):
        status = "open, but no open fires until the ground is wet again"
    else:
        status = "open for bookings"
    return f"Holly Ridge campsite, {when}: {status}"


def _wm_subs(value: str) -> str:
    year, total, national, county = value.split("|")
    return (f"Membership subscription {year}: £{total} per young person (national £{national}, "
            f"county £{county}), paid through your group.")


def _wm_census(value: str) -> str:
    young, adults, year = value.split("|")
    return (f"About us: Wealdmoor Scouts gives {young} young people and {adults} adult "
            f"volunteers skills for life in 64 groups (Census {year}).")


@cache
def _wm_notice() -> Wordings:
    base = _steps((_OLD, "Find your nearest Scout group and join the waiting list at "
                         "wealdmoorscouts.org.uk/join"),
                  (WM_REBRAND.isoformat(), "🧭 Skills for life: volunteer with Wealdmoor "
                                           "Scouts, even an hour a month helps"))
    pandemic = [
        _span("2020-03-17", "2020-07-31", "🏠 Face-to-face meetings are paused: find "
                                          "activities to do at home on our website"),
        _span("2020-08-01", "2020-12-31", "Groups are returning to face-to-face Scouting "
                                          "step by step: check your group's readiness level"),
    ]
    jamborees = [_span(first, last, f"🌏 {name}: follow our county unit's blog")
                 for first, last, name in WM_JAMBOREES]

    def camp(y: int) -> str:
        monday = spring_bank_holiday(y)
        return (f"⛺ County Camp {y} at Holly Ridge, {(monday - 3 * ONE).day}–{monday.day} "
                f"May: the last few places")

    county_camp = around(spring_bank_holiday, 21, camp)
    george = around(st_george_parade, 10, lambda y: (
        f"St George's Day parade {y}: groups gather at 2pm on Sunday "
        f"{st_george_parade(y).day} April"))
    census = spans("01-08", "01-31", lambda y: f"📋 Census {y}: group returns are due by 31 "
                                               f"January")
    remembrance = around(remembrance_sunday, 7, lambda y: (
        f"🌺 Remembrance Sunday {remembrance_sunday(y).day} November {y}: parade details for "
        f"groups"))
    return _calendar(base, pandemic, jamborees, county_camp, george, census, remembrance)


def wealdmoor_style() -> PublisherStyle:
    """An English county Scout council's news site: the section tag from a pool, "Posted"
    with the short date turned the long date and the reading time on the day of the 2018
    rebrand (a wording per day), "By" turned the writer with a role, the county campsite's
    status naming the day (a wording per day: winter maintenance, the 2018 fire ban, the
    pandemic's closure), "You might also like:" up to twice, a photo credit and a badges
    line from pools, a bulletin appeal, the year's membership subscription (changing each
    April), the census line (changing each March), a volunteer appeal reworded at the
    rebrand and turned by the pandemic, the World Scout Jamborees, county camps over the
    late May bank holiday, St George's Day parades, the census and Remembrance Sunday, a
    Yellow Card line reworded twice, a share bar, a privacy line reworded for the GDPR, the
    charity line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wealdmoorscouts.org.uk", site="Wealdmoor Scouts", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "camps", "events", "volunteering", "awards", "safeguarding"),
        n_authors=10, url_path="/news/{yyyy}/{mm}/{slug}/",
        pools={
            "tag": ("County news", "Beavers", "Cubs", "Scouts", "Explorers", "Network",
                    "Camping", "Adult volunteers"),
            "beat": ("County Commissioner", "County Media Manager", "Deputy County "
                     "Commissioner", "County Youth Commissioner", "Campsite Warden",
                     "District Explorer Scout Commissioner"),
            "photo": ("Wealdmoor Scouts", "County Media Team", "4th Hollin Explorer Unit",
                      "1st Brookside Scout Group"),
            "badge": ("Camp Craft Activity Badge", "Hikes Away Staged Activity Badge",
                      "Nights Away Staged Activity Badge", "Community Impact Staged Activity "
                      "Badge", "Chief Scout's Gold Award", "Queen's Scout Award"),
        },
        families=(
            _f("section", HEADER, 0.55, (_OLD, "{tag}")),
            _f("dated", HEADER, 0.95, *_by_day(_wm_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (WM_REBRAND.isoformat(), "By {author}, {author_beat}")),
            _f("campsite", HEADER, 0.2, *_by_day(_wm_campsite)),
            _f("read-more", MIDDLE, 0.35, (_OLD, "You might also like: {other_title}"),
               count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("badges", MIDDLE, 0.15, (_OLD, "Counts towards: {badge_list}")),
            _f("bulletin", MIDDLE, 0.1, (_OLD, "Get the County Bulletin in your inbox on the "
                                               "first Friday of every month")),
            _f("subs", FOOTER, 0.15, *from_table(WM_SUBS, _wm_subs)),
            _f("notice", FOOTER, 0.3, *_wm_notice()),
            _f("safeguarding", FOOTER, 0.35,
               (_OLD, "Every adult in Scouting follows the Yellow Card code of practice: "
                      "Young People First."),
               (WM_SAFEGUARDING[0].isoformat(), "Every adult volunteer carries the Yellow Card "
                                                "and holds a current DBS check."),
               (WM_SAFEGUARDING[1].isoformat(), "Worried about a young person? Call our "
                                                "safeguarding team on 020 7946 0990; if a "
                                                "child is in danger, dial 999.")),
            _f("share", FOOTER, 0.3, (_OLD, "Share: Facebook · Twitter · Email")),
            _f("privacy", FOOTER, 0.2, (_OLD, "Privacy and cookies · Accessibility · Contact "
                                              "us"),
               (WM_PRIVACY.isoformat(), "Privacy notice (updated 25 May 2018) · Cookies · "
                                        "Accessibility")),
            _f("census", FOOTER, 0.2, *from_table(WM_CENSUS, _wm_census)),
            _f("charity", FOOTER, 0.45, (_OLD, "Wealdmoor County Scout Council is a registered "
                                               "charity in England and Wales (no. 1043882).")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Wealdmoor Scouts. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article first gave the "
                                                  "wrong campsite for the event.")),
        ),
    )


# --- a Polish regional scouting (ZHP) news site -------------------------------------------

WH_REDESIGN = dt.date(2018, 11, 11)  # relaunched on the centenary of independence
WH_VOLUNTEERS = dt.date(2019, 9, 1)
WH_SAFEGUARDING = dt.date(2019, 10, 1)
WH_RODO = dt.date(2018, 5, 25)
WH_SKLADKA = each_year("01-01", {2015: "48|24", 2016: "48|24", 2017: "60|30", 2018: "60|30",
                                 2019: "72|36", 2020: "72|36"})


def _wh_data(day: dt.date) -> str:
    if day < WH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}, "
            f"godz. {{time}}")


def _wh_dzis(day: dt.date) -> str:
    return f"Dziś jest {DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year} r."


def _wh_skladka(value: str) -> str:
    year, total, central = value.split("|")
    return (f"Składka członkowska ZHP na rok {year}: {total} zł rocznie (w tym {central} zł "
            f"składki centralnej).")


@cache
def _wh_apel() -> Wordings:
    base = _steps((_OLD, "Dołącz do harcerstwa! Znajdź drużynę w swojej okolicy na "
                         "wiesciharcerskie.pl/dolacz"),
                  (WH_VOLUNTEERS.isoformat(), "🤝 Szukamy drużynowych i instruktorów: zostań "
                                              "wolontariuszem ZHP"))
    pandemic = [
        _span("2020-03-12", "2020-05-31", "🏠 Zbiórki stacjonarne są zawieszone – zapraszamy "
                                          "na harcerstwo w domu"),
        _span("2020-06-01", "2020-08-31", "⛺ Akcja Letnia 2020 w reżimie sanitarnym: "
                                          "przeczytaj wytyczne przed wyjazdem"),
    ]
    dmb = spans("02-17", "02-22", lambda y: f"Dzień Myśli Braterskiej {y}: pokaż, jak świętuje "
                                            f"Twoja drużyna")
    podatek = spans("01-15", "04-30", lambda y: (
        f"💚 Przekaż 1% podatku na harcerstwo: KRS 0000271094, cel szczegółowy: Chorągiew "
        f"Nadwiślańska (PIT za {y - 1})"))
    swiatlo = spans("12-13", "12-24", lambda y: f"🕯️ Betlejemskie Światło Pokoju {y}: sprawdź, "
                                                f"gdzie i kiedy odebrać płomień")
    hal = spans("06-25", "08-31", lambda y: f"⛺ Harcerska Akcja Letnia {y}: komunikaty z "
                                            f"obozów i telefony dyżurne")
    return _calendar(base, pandemic, dmb, podatek, swiatlo, hal)


def wiesci_style() -> PublisherStyle:
    """A Polish regional scouting (ZHP) news site: a category from a pool, the numeric date
    turned the weekday, the long date (month in the genitive) and the hour on 11 November
    2018 (a wording per day), "Dziś jest" with the day (a wording per day), "Autor:" with
    the instructor's rank from a pool turned "Tekst: ... · Zdjęcia:" at the redesign,
    "Czytaj także:", a photo credit and the badges and ranks from pools mid-body, a
    newsroom appeal, a share bar, a join appeal reworded for volunteers and turned by
    Thinking Day, the 1% tax appeal (January to April), the Bethlehem Peace Light, the
    summer camp season and the pandemic, the year's membership dues (changing each
    January), a safeguarding line reworded, a cookies line turned a data-protection line
    for the GDPR, the public-benefit line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="wiesciharcerskie.pl", site="Wieści Harcerskie", base_size=200,
        subdomains=(("www.", 85), ("", 15)),
        sections=("aktualnosci", "obozy", "kadra", "zuchy", "wedrownicy", "bezpieczenstwo"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "kategoria": ("Aktualności", "Obozy i biwaki", "Kadra", "Zuchy", "Harcerze",
                          "Wędrownicy", "Instruktorzy"),
            "stopien": ("phm.", "hm.", "pwd.", "sam.", "ćw.", "HO"),
            "foto": ("archiwum Chorągwi", "Zespół Medialny Chorągwi", "archiwum hufca",
                     "archiwum drużyny"),
            "sprawnosc": ("Trzy Pióra", "Przyjaciel przyrody", "Kwatermistrz", "Pionier",
                          "Samarytanin", "stopień ćwika", "stopień harcerza orlego"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.88, *_by_day(_wh_data)),
            _f("dzis", HEADER, 0.2, *_daily(_wh_dzis)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {stopien} {author}"),
               (WH_REDESIGN.isoformat(), "Tekst: {stopien} {author} · Zdjęcia: {foto}")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}")),
            _f("zdjecie", MIDDLE, 0.2, (_OLD, "Fot. {foto}")),
            _f("sprawnosci", MIDDLE, 0.15, (_OLD, "Sprawności i stopnie: {sprawnosc_list}")),
            _f("redakcja", MIDDLE, 0.1, (_OLD, "Masz wieści ze swojej drużyny? Napisz do nas: "
                                               "redakcja@wiesciharcerskie.pl")),
            _f("udostepnij", FOOTER, 0.3, (_OLD, "Udostępnij: Facebook · Twitter · E-mail")),
            _f("apel", FOOTER, 0.3, *_wh_apel()),
            _f("skladka", FOOTER, 0.15, *from_table(WH_SKLADKA, _wh_skladka)),
            _f("ochrona", FOOTER, 0.25,
               (_OLD, "Masz niepokojące informacje o bezpieczeństwie dziecka w drużynie? "
                      "Napisz: bezpieczenstwo@wiesciharcerskie.pl"),
               (WH_SAFEGUARDING.isoformat(), "Polityka ochrony dzieci w ZHP: zgłoszenia "
                                             "przyjmuje pełnomocnik ds. bezpieczeństwa, tel. "
                                             "22 555 01 47.")),
            _f("rodo", FOOTER, 0.2,
               (_OLD, "Serwis wykorzystuje pliki cookies. Korzystając z niego, zgadzasz się na "
                      "ich użycie."),
               (WH_RODO.isoformat(), "Administratorem Twoich danych osobowych jest Chorągiew "
                                     "Nadwiślańska ZHP. Więcej w polityce prywatności (RODO).")),
            _f("opp", FOOTER, 0.4, (_OLD, "Związek Harcerstwa Polskiego jest organizacją "
                                          "pożytku publicznego.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Wieści Harcerskie – serwis "
                                                 "Chorągwi Nadwiślańskiej ZHP")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podano błędny termin zbiórki.")),
        ),
    )


# --- a Czech regional scouting magazine ---------------------------------------------------

SL_REDESIGN = dt.date(2018, 10, 28)  # relaunched on the centenary of the republic
SL_PHOTOS = dt.date(2017, 3, 1)
SL_CAMPS = dt.date(2019, 1, 7)
SL_PRISPEVEK = each_year("01-01", {2015: "350|250", 2016: "350|250", 2017: "400|300",
                                   2018: "400|300", 2019: "450|320", 2020: "500|350"})


def _sl_datum(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}, {{time}}"


def _sl_prispevek(value: str) -> str:
    year, total, centre = value.split("|")
    return (f"Registrace {year}: členský příspěvek {total} Kč na člena, z toho {centre} Kč "
            f"odvádí středisko ústředí.")


@cache
def _sl_upozorneni() -> Wordings:
    base = _steps((_OLD, "Máte tip na článek? Pište na redakce@skautskelisty.cz"),
                  (SL_PHOTOS.isoformat(), "📷 Pošlete nám fotky z výprav – ty nejlepší "
                                          "otiskneme v tištěném vydání"))
    pandemic = [
        _span("2020-03-12", "2020-05-10", "🦠 Schůzky oddílů jsou přerušeny – zkuste skauting "
                                          "na dálku"),
        _span("2020-05-11", "2020-05-31", "Svojsíkův závod 2020 se kvůli epidemii nekoná"),
        _span("2020-10-12", "2020-12-02", "Podzimní opatření: oddíly se scházejí jen online"),
    ]
    kralove = spans("01-01", "01-14", lambda y: f"Tříkrálová sbírka {y}: skauti a skautky "
                                                f"koledují s Charitou")
    zamysleni = spans("02-18", "02-22", lambda y: f"Den zamyšlení {y}: 22. února myslíme na "
                                                  f"skautky a skauty celého světa")
    svojsik = spans("05-06", "05-20", lambda y: f"Svojsíkův závod {y}: výsledky krajských kol "
                                                f"průběžně zde")
    svetlo = spans("12-14", "12-24", lambda y: f"🕯️ Betlémské světlo {y}: kde a kdy si ho "
                                               f"můžete vyzvednout")
    return _calendar(base, pandemic, kralove, zamysleni, svojsik, svetlo)


def skautskelisty_style() -> PublisherStyle:
    """A Czech regional scouting magazine: a section from a pool, the numeric date with
    spaces turned the weekday, the long date (month in the genitive) and the time on the
    centenary of the republic in 2018 (a wording per day), "Napsal(a):" with the writer's
    scout name from a pool turned "Text: ... | Foto:" at the redesign, "Čtěte také:",
    "Inzerce" (up to twice), merit badges from a pool and a subscription appeal mid-body,
    the year's registration fee (changing each January), a tips line reworded and turned by
    the Three Kings collection, Thinking Day, the Svojsík patrol race, the Bethlehem light
    and the pandemic, a summer camp line reworded, a safeguarding line, the publisher line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="skautskelisty.cz", site="Skautské listy", base_size=170,
        subdomains=(("www.", 100),),
        sections=("zpravy", "tabory", "vedouci", "akce", "zavody"),
        n_authors=8, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "rubrika": ("Zprávy", "Tábory", "Pro vedoucí", "Akce", "Závody",
                        "Vlčata a světlušky", "Roveři a rangers"),
            "prezdivka": ("Bobr", "Sova", "Liška", "Veverka", "Jezevec", "Kuna", "Datel"),
            "foto": ("archiv oddílu", "Skautské listy", "archiv střediska", "Junák – český "
                                                                            "skaut"),
            "odborka": ("Zálesák", "Kuchař", "Zdravotník", "Táborník", "Vodák", "Astronom",
                        "Fotograf"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_sl_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Napsal(a): {author} – {prezdivka}"),
               (SL_REDESIGN.isoformat(), "Text: {author} ({prezdivka}) | Foto: {foto}")),
            _f("ctete", MIDDLE, 0.35, (_OLD, "Čtěte také: {other_title}")),
            _f("inzerce", MIDDLE, 0.2, (_OLD, "Inzerce"), count=2),
            _f("odborky", MIDDLE, 0.15, (_OLD, "Odborky a výzvy: {odborka_list}")),
            _f("odber", MIDDLE, 0.1, (_OLD, "Chcete dostávat Skautské listy e-mailem? "
                                            "Přihlaste se k odběru.")),
            _f("prispevek", FOOTER, 0.15, *from_table(SL_PRISPEVEK, _sl_prispevek)),
            _f("upozorneni", FOOTER, 0.3, *_sl_upozorneni()),
            _f("tabor", FOOTER, 0.2,
               (_OLD, "Letní tábory: seznam volných míst najdete v táborové mapě na webu."),
               (SL_CAMPS.isoformat(), "Letní tábory: nezapomeňte na posudek o zdravotní "
                                      "způsobilosti a potvrzení o bezinfekčnosti dítěte.")),
            _f("bezpeci", FOOTER, 0.25, (_OLD, "Bezpečí dětí je pro nás na prvním místě. "
                                               "Krizový tým: bezpeci@skautskelisty.cz")),
            _f("vydava", FOOTER, 0.3, (_OLD, "Skautské listy vydává Junák – český skaut, Kraj "
                                             "Vysočina, z. s., IČ 67891204.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Skautské listy. Přebírání obsahu "
                                                 "jen se souhlasem redakce.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v původní verzi článku bylo uvedeno "
                                              "chybné datum uzávěrky přihlášek.")),
        ),
    )


# --- a Filipino scouting news site --------------------------------------------------------

BI_REDESIGN = dt.date(2019, 10, 31)  # relaunched on the BSP's 83rd anniversary
BI_VIBER = dt.date(2017, 6, 12)
BI_SAFE = dt.date(2018, 11, 5)
BI_BAYAD = each_year("01-01", {2015: "50", 2016: "50", 2017: "60", 2018: "60", 2019: "75",
                               2020: "75"})
BI_TYPHOONS = (("2015-10-16", "2015-10-20", "Lando"), ("2018-09-13", "2018-09-17", "Ompong"),
               ("2020-10-31", "2020-11-03", "Rolly"), ("2020-11-11", "2020-11-15", "Ulysses"))
BI_SCHOOLS = ("Paaralang Sentral ng San Isidro", "Mataas na Paaralang Pambansa ng Bayan",
              "Paaralang Elementarya ng Mabini", "Pinagbuhatan Integrated School",
              "Paaralang Elementarya ng Sta. Cruz", "Lakandula National High School")


def _bi_petsa(day: dt.date) -> str:
    if day < BI_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year} | {{time12}}"


def bi_troop(y: int, m: int) -> tuple[int, str]:
    """The troop of the month: a made-up troop number and its school."""
    key = f"troop:{y}-{m}"
    return 100 + pick(key, 400), BI_SCHOOLS[pick(key + "school", len(BI_SCHOOLS))]


def _bi_troop(day: dt.date) -> str:
    number, school = bi_troop(day.year, day.month)
    return (f"Troop of the Month ({BUWAN[day.month - 1]} {day.year}): Troop {number}, "
            f"{school}")


def _bi_bayad(value: str) -> str:
    year, fee = value.split("|")
    return f"Registration fee ng Iskawt para sa {year}: ₱{fee} (kasama na ang insurance)"


@cache
def _bi_abiso() -> Wordings:
    base = _steps((_OLD, "I-like ang aming Facebook page para sa mga anunsyo ng konseho"),
                  (BI_VIBER.isoformat(), "📣 Sumali sa aming Viber community para sa mabilis na "
                                         "anunsyo ng konseho"))
    emergencies = [_span(first, last, f"⚠️ Bagyong {name}: kanselado ang lahat ng camping at "
                                      f"aktibidad ng konseho")
                   for first, last, name in BI_TYPHOONS]
    emergencies += [
        _span("2020-01-12", "2020-01-19", "🌋 Pagsabog ng Bulkang Taal: kanselado ang mga "
                                          "camping sa Batangas at Cavite"),
        _span("2020-03-16", "2020-05-31", "🦠 ECQ: suspendido ang lahat ng face-to-face na "
                                          "aktibidad ng Iskawt"),
        _span("2020-06-01", "2020-12-31", "GCQ: online muna ang troop meetings; bawal pa ang "
                                          "camping"),
    ]
    kalayaan = spans("06-09", "06-12", lambda y: f"🇵🇭 Maligayang Araw ng Kalayaan {y}! "
                                                 f"Makiisa sa flag ceremony ng konseho")
    anibersaryo = spans("10-24", "10-31", lambda y: f"🎉 Ika-{y - 1936} anibersaryo ng Boy "
                                                    f"Scouts of the Philippines sa Oktubre 31")
    return _calendar(base, emergencies, kalayaan, anibersaryo)


def balitangiskawt_style() -> PublisherStyle:
    """A Filipino scouting news site: a category from a pool, the date turned the weekday,
    the date and the 12-hour time on the BSP's anniversary in 2019 (a wording per day), "Ni"
    turned "Ulat ni ... | Mga larawan:" at the redesign, "BASAHIN DIN:", "ADVERTISEMENT"
    (up to twice) and merit badges from a pool mid-body, an announcements line reworded
    and turned by typhoons, the Taal eruption, the ECQ and GCQ, Independence Day and the
    BSP anniversary (counted from 1936), the troop of the month (a wording per month), the
    year's registration fee (changing each January), a child-protection line reworded, a
    volunteer appeal, a follow line, the first-published line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="balitangiskawt.ph", site="Balitang Iskawt", base_size=150,
        subdomains=(("www.", 100),),
        sections=("balita", "jamboree", "pagsasanay", "serbisyo", "konseho"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kategorya": ("Balita", "Jamboree", "Pagsasanay", "Serbisyo sa Komunidad",
                          "Konseho", "Kab Iskawt", "Senior Scout"),
            "larawan": ("Balitang Iskawt", "konseho ng lungsod", "kuha ng troop",
                        "Philippine Information Agency"),
            "merit": ("First Aid", "Camping", "Citizenship in the Community", "Swimming",
                      "Disaster Preparedness", "Environmental Science"),
        },
        families=(
            _f("kategorya", HEADER, 0.5, (_OLD, "{kategorya}")),
            _f("petsa", HEADER, 0.85, *_by_day(_bi_petsa)),
            _f("ulat", HEADER, 0.55, (_OLD, "Ni {author}"),
               (BI_REDESIGN.isoformat(), "Ulat ni {author} | Mga larawan: {larawan}")),
            _f("abiso", HEADER, 0.25, *_bi_abiso()),
            _f("basahin", MIDDLE, 0.35, (_OLD, "BASAHIN DIN: {other_title}")),
            _f("patalastas", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("merit", MIDDLE, 0.15, (_OLD, "Merit badges: {merit_list}")),
            _f("troop", FOOTER, 0.12, *_by_day(_bi_troop)),
            _f("bayad", FOOTER, 0.2, *from_table(BI_BAYAD, _bi_bayad)),
            _f("proteksyon", FOOTER, 0.2,
               (_OLD, "Ang BSP ay may Child Protection Policy. Mag-ulat sa "
                      "proteksyon@balitangiskawt.ph."),
               (BI_SAFE.isoformat(), "Safe from Harm: i-text ang hotline 0917 555 0142 para "
                                     "mag-ulat ng anumang pang-aabuso sa kabataan.")),
            _f("boluntaryo", FOOTER, 0.3, (_OLD, "Maging adult leader! Sumali bilang "
                                                 "boluntaryo sa inyong paaralan o barangay.")),
            _f("sundan", FOOTER, 0.25, (_OLD, "Sundan kami sa Facebook, Twitter at YouTube: "
                                              "@balitangiskawt")),
            _f("orihinal", FOOTER, 0.12, (_OLD, "Ang artikulong ito ay unang nalathala sa "
                                                "Balitang Iskawt.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Balitang Iskawt. All rights "
                                                 "reserved.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "PAGWAWASTO: Itinama ang petsa ng jamboree "
                                                  "sa artikulong ito.")),
        ),
    )


# --- a Kenyan scouting news site (in Swahili) ---------------------------------------------

SS_REDESIGN = dt.date(2017, 2, 22)  # relaunched on founder's day
SS_SOCIAL = dt.date(2019, 1, 14)
SS_CONDUCT = dt.date(2018, 3, 1)
SS_ADA = each_year("01-01", {2015: "100", 2016: "100", 2017: "150", 2018: "150", 2019: "200",
                             2020: "200"})
MANENO = ("Kuwa tayari.", "Tenda wema kila siku.", "Skauti ni rafiki wa kila mtu.",
          "Acha mahali pasafi kuliko ulivyopakuta.", "Haba na haba hujaza kibaba.",
          "Jifunze kwa kutenda.", "Usipoziba ufa utajenga ukuta.",
          "Heshimu wazee na jali wadogo wako.")


def _ss_tarehe(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{SIKU[day.weekday()]}, {day.day} {MWEZI[day.month - 1]} {day.year} saa {{time}}"


def neno(day: dt.date) -> str:
    """The saying of the day."""
    return MANENO[day.toordinal() % len(MANENO)]


def _ss_neno(day: dt.date) -> str:
    return f"Neno la leo, {day.day} {MWEZI[day.month - 1]}: {neno(day)}"


def _ss_ada(value: str) -> str:
    year, fee = value.split("|")
    return f"Ada ya usajili wa skauti mwaka {year}: KSh {fee} kwa kila mwanachama"


@cache
def _ss_ujumbe() -> Wordings:
    base = _steps((_OLD, "Pata habari za skauti kila wiki: jiunge na kundi letu la WhatsApp"),
                  (SS_SOCIAL.isoformat(), "📲 Fuatilia Sauti ya Skauti kwenye Facebook, "
                                          "Twitter na Instagram"))
    emergencies = [
        _span("2017-08-01", "2017-08-11", "🗳️ Uchaguzi Mkuu 8 Agosti 2017: kambi na mikutano "
                                          "yote imeahirishwa hadi baada ya kura"),
        _span("2017-10-20", "2017-10-27", "🗳️ Uchaguzi wa marudio 26 Oktoba 2017: shughuli "
                                          "za skauti zimeahirishwa"),
        _span("2020-03-15", "2020-12-31", "🦠 COVID-19: mikutano yote ya vikundi "
                                          "imesimamishwa. Fuata maagizo ya Wizara ya Afya."),
    ]
    siku = spans("02-15", "02-22", lambda y: f"Siku ya Mwanzilishi {y}: skauti kutoka kaunti "
                                             f"zote wanakutana Nyeri, kaburini pa B-P")
    siku += spans("10-18", "10-20", lambda y: f"Heri ya Siku ya Mashujaa {y}: skauti "
                                              f"wanashiriki gwaride la kitaifa")
    siku += spans("12-10", "12-12", lambda y: f"🇰🇪 Heri ya Sikukuu ya Jamhuri {y}!")
    return _calendar(base, emergencies, siku)


def sautiyaskauti_style() -> PublisherStyle:
    """A Kenyan scouting news site (in Swahili): a section from a pool, the numeric date
    turned the weekday, the long date and "saa" with the time on founder's day 2017 (a
    wording per day), "Na" turned the writer with the town from a pool, the saying of the
    day (a wording per day), "Soma pia:", "TANGAZO" (up to twice) and badges from a pool
    mid-body, the year's registration fee (changing each January), a news line reworded
    and turned by the 2017 elections and their re-run, the pandemic, founder's day at
    Nyeri, Mashujaa Day and Jamhuri Day, a child-protection line reworded for the
    certificate of good conduct, a volunteer appeal, the M-Pesa appeal and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="sautiyaskauti.or.ke", site="Sauti ya Skauti", base_size=120,
        subdomains=(("www.", 100),),
        sections=("habari", "kambi", "mafunzo", "jamii", "mashindano"),
        n_authors=6, url_path="/habari/{slug}-{n}",
        pools={
            "kitengo": ("Habari", "Kambi", "Mafunzo", "Huduma kwa Jamii", "Mashindano",
                        "Viongozi"),
            "mahali": ("Nairobi", "Nyeri", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
            "beji": ("Huduma ya Kwanza", "Kupiga Kambi", "Mazingira", "Uraia", "Upishi",
                     "Usafi"),
        },
        families=(
            _f("kitengo", HEADER, 0.45, (_OLD, "{kitengo}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_ss_tarehe)),
            _f("mwandishi", HEADER, 0.55, (_OLD, "Na {author}"),
               (SS_REDESIGN.isoformat(), "Na {author}, {mahali}")),
            _f("neno", HEADER, 0.15, *_daily(_ss_neno)),
            _f("soma", MIDDLE, 0.35, (_OLD, "Soma pia: {other_title}")),
            _f("tangazo", MIDDLE, 0.25, (_OLD, "TANGAZO"), count=2),
            _f("beji", MIDDLE, 0.15, (_OLD, "Beji zinazohusika: {beji_list}")),
            _f("ada", FOOTER, 0.15, *from_table(SS_ADA, _ss_ada)),
            _f("ujumbe", FOOTER, 0.3, *_ss_ujumbe()),
            _f("ulinzi", FOOTER, 0.25,
               (_OLD, "Ulinzi wa mtoto: ripoti unyanyasaji wowote kwa kupiga simu 116 bila "
                      "malipo."),
               (SS_CONDUCT.isoformat(), "Sera ya Ulinzi wa Mtoto: kila kiongozi lazima awe na "
                                        "cheti cha maadili mema. Ripoti unyanyasaji kwa 116.")),
            _f("kujitolea", FOOTER, 0.3, (_OLD, "Je, ungependa kuwa kiongozi wa skauti? "
                                                "Jisajili kama mjitolea katika ofisi ya kaunti "
                                                "iliyo karibu nawe.")),
            _f("mpesa", FOOTER, 0.3, (_OLD, "Changia kazi ya skauti kupitia M-Pesa: Paybill "
                                            "555044, Akaunti SKAUTI")),
            _f("haki", FOOTER, 0.35, (_OLD, "© {year} Sauti ya Skauti. Haki zote "
                                            "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: habari hii imerekebishwa "
                                                   "kuonyesha tarehe sahihi ya kambi.")),
        ),
    )


# --- a Norwegian scout district's news pages ----------------------------------------------

SP_REDESIGN = dt.date(2018, 8, 20)
SP_VIPPS = dt.date(2017, 6, 1)
SP_POLITIATTEST = dt.date(2019, 1, 1)
SP_KONTINGENT = each_year("01-01", {2015: "450|300", 2016: "450|300", 2017: "495|330",
                                    2018: "520|345", 2019: "540|360", 2020: "560|370"})
KNOPER = ("båtmannsknop", "råbåndsknop", "pålestikk", "dobbelt halvstikk", "flaggstikk",
          "tømmerstikk", "skotstikk", "åttetallsknute", "løkkeknop")


def _sp_dato(day: dt.date) -> str:
    if day < SP_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Publisert {UKEDAGER[day.weekday()]} {day.day}. {MANEDER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def knop(day: dt.date) -> tuple[int, str]:
    """The week's number and its knot."""
    year, week, _ = day.isocalendar()
    return week, KNOPER[(year * 53 + week) % len(KNOPER)]


def _sp_ukens(day: dt.date) -> str:
    week, name = knop(day)
    return f"Ukens knop (uke {week}): {name}"


def _sp_kontingent(value: str) -> str:
    year, full, sibling = value.split("|")
    return f"Medlemskontingent {year}: {full} kr (søskenmoderasjon: {sibling} kr)"


@cache
def _sp_melding() -> Wordings:
    base = _steps((_OLD, "Følg Speiderposten på Facebook og Instagram for bilder fra turer og "
                         "leirer"))
    pandemic = [
        _span("2020-03-12", "2020-06-14", "🦠 Koronaviruset: alle speidermøter og turer er "
                                          "avlyst inntil videre"),
        _span("2020-11-05", "2020-12-31", "Smittevern: møtene holdes utendørs og i faste, små "
                                          "grupper"),
    ]
    mai = spans("05-10", "05-17", lambda y: f"🇳🇴 17. mai {y}: speiderne går i toget – møt opp "
                                            f"i uniform kl. 09.30")
    tenkedagen = spans("02-17", "02-22", lambda y: f"Tenkedagen {y}: speidere over hele verden "
                                                   f"tenker på hverandre 22. februar")
    leir = spans("05-20", "06-15", lambda y: f"⛺ Kretsleir {y}: påmeldingsfristen er 15. juni")
    aksjonen = spans("10-01", "10-31", lambda y: f"Speideraksjonen {y}: bli med og samle inn "
                                                 f"penger til speiderarbeid i andre land")
    return _calendar(base, pandemic, mai, tenkedagen, leir, aksjonen)


def speiderposten_style() -> PublisherStyle:
    """A Norwegian scout district's news pages: a category from a pool, "Publisert" with
    the numeric date turned the weekday, the long date and "kl." with the time on 20 August
    2018 (a wording per day), "Tekst:" turned the writer with the role, the knot of the week
    (a wording per week), "Les også:", "Annonse" (up to twice) and badges from a pool
    mid-body, the year's membership fee with the sibling discount (changing each January),
    a police-certificate line reworded, a follow line turned by 17 May, Thinking Day, the
    district camp's sign-up, the Speideraksjonen and the pandemic, a Grasrotandelen appeal
    reworded for Vipps, the contact line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="speiderposten.no", site="Speiderposten", base_size=100,
        subdomains=(("www.", 100),),
        sections=("nyheter", "leir", "ledere", "arrangement", "roverne"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "kategori": ("Nyheter", "Leir", "For ledere", "Arrangement", "Roverne",
                         "Småspeidere", "Stifinnere"),
            "beat": ("kretsleder", "gruppeleder", "rovertroppsleder", "leirsjef",
                     "informasjonsansvarlig"),
            "merke": ("bålmerket", "turmerket", "førstehjelpsmerket", "knutemerket",
                      "friluftsmerket", "kanomerket"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("dato", HEADER, 0.85, *_by_day(_sp_dato)),
            _f("forfatter", HEADER, 0.55, (_OLD, "Tekst: {author}"),
               (SP_REDESIGN.isoformat(), "Av {author}, {author_beat}")),
            _f("ukens", HEADER, 0.2, *_by_day(_sp_ukens)),
            _f("les-ogsa", MIDDLE, 0.35, (_OLD, "Les også: {other_title}")),
            _f("annonse", MIDDLE, 0.2, (_OLD, "Annonse"), count=2),
            _f("merker", MIDDLE, 0.15, (_OLD, "Aktuelle merker: {merke_list}")),
            _f("kontingent", FOOTER, 0.15, *from_table(SP_KONTINGENT, _sp_kontingent)),
            _f("politiattest", FOOTER, 0.3,
               (_OLD, "Alle ledere som jobber med barn og unge må levere politiattest."),
               (SP_POLITIATTEST.isoformat(), "Ny som leder? Søk om politiattest digitalt før du "
                                             "starter, og vis den til gruppeleder.")),
            _f("melding", FOOTER, 0.3, *_sp_melding()),
            _f("grasrot", FOOTER, 0.25,
               (_OLD, "Støtt kretsen med Grasrotandelen: organisasjonsnummer 971 234 560"),
               (SP_VIPPS.isoformat(), "Støtt oss med Grasrotandelen (org.nr. 971 234 560) eller "
                                      "Vipps til #51234")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Speiderposten · Norges speiderforbund, Fjordane "
                                              "krets · post@speiderposten.no")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Speiderposten")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere versjon sto det feil "
                                                "dato for kretsleiren.")),
        ),
    )


# --- an Australian Girl Guides state site -------------------------------------------------

BG_REDESIGN = dt.date(2019, 2, 22)  # relaunched on World Thinking Day
BG_CHILD_SAFE = dt.date(2018, 3, 1)
BG_ACKNOWLEDGEMENT = dt.date(2019, 7, 7)
BG_FEES = each_year("01-01", {2015: "165", 2016: "170", 2017: "178", 2018: "185", 2019: "192",
                              2020: "192"})


def _bg_dated(day: dt.date) -> str:
    if day < BG_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Posted {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _bg_fees(value: str) -> str:
    year, fee = value.split("|")
    return (f"{year} membership fee: ${fee} per youth member, insurance included (half fee "
            f"after 1 July)")


@cache
def _bg_notice() -> Wordings:
    base = _steps((_OLD, "Find a Guide unit near you: banksiacoastguides.org.au/join"),
                  (BG_CHILD_SAFE.isoformat(), "💙 Volunteer with Guides: leaders, helpers and "
                                              "drivers are wanted in every district"))
    emergencies = [
        _span("2019-11-08", "2020-02-29", "🔥 Bushfire season: camps in areas rated Extreme or "
                                          "Catastrophic are cancelled; check before you travel"),
        _span("2020-03-17", "2020-07-19", "🏠 Unit meetings are paused: join Guides at Home "
                                          "online every Tuesday at 7pm"),
    ]
    days = spans("04-21", "04-25", lambda y: f"Lest we forget: Guides march at ANZAC Day {y} "
                                             f"services along the coast")
    days += spans("02-16", "02-22", lambda y: f"World Thinking Day {y}: show us how your unit "
                                              f"is celebrating")
    biscuits = spans("04-01", "05-31", lambda y: f"🍪 Guide Biscuits {y} are here: buy a box "
                                                 f"from your local unit until 31 May")
    return _calendar(base, emergencies, days, biscuits)


def banksia_style() -> PublisherStyle:
    """An Australian Girl Guides state site: the numeric date turned "Posted" with the
    weekday and the long date on World Thinking Day 2019 (a wording per day), "Posted in"
    with linked categories from a pool, "by", "Related:" and an award from a pool mid-body,
    a unit-finder line reworded for volunteers and turned by Thinking Day, ANZAC Day, Guide
    biscuit season, the 2019-20 bushfires and the pandemic, the year's membership fee
    (changing each January), a Working with Children Check line reworded for child-safe
    standards, a share bar, the acknowledgement of country (reworded in 2019), the
    association line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="banksiacoastguides.org.au", site="Banksia Coast Guides", base_size=80,
        subdomains=(("www.", 100),),
        sections=("news", "camps", "events", "volunteers", "programme"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "category": ("News", "Camps", "Events", "Volunteers", "Programme", "Awards"),
            "award": ("Junior BP Award", "BP Award", "Queen's Guide Award",
                      "Olave Baden-Powell Award"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_bg_dated)),
            _f("posted-in", HEADER, 0.5, (_OLD, "Posted in {category_links}")),
            _f("author", HEADER, 0.4, (_OLD, "by {author}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("award", MIDDLE, 0.15, (_OLD, "Award: {award}")),
            _f("notice", FOOTER, 0.3, *_bg_notice()),
            _f("fees", FOOTER, 0.15, *from_table(BG_FEES, _bg_fees)),
            _f("wwcc", FOOTER, 0.3,
               (_OLD, "All adult members hold a current Working with Children Check."),
               (BG_CHILD_SAFE.isoformat(), "Child safe: every volunteer holds a Working with "
                                           "Children Check and follows our Code of Conduct.")),
            _f("share", FOOTER, 0.25, (_OLD, "Share this: Facebook · Twitter · Email")),
            _f("acknowledgement", FOOTER, 0.45,
               (_OLD, "Banksia Coast Guides acknowledges the Traditional Custodians of the "
                      "lands where our girls meet and camp, and pays respect to their Elders "
                      "past and present."),
               (BG_ACKNOWLEDGEMENT.isoformat(), "We acknowledge the Traditional Custodians of "
                                                "the lands where our units meet and camp, and "
                                                "pay our respects to Elders past, present and "
                                                "emerging.")),
            _f("association", FOOTER, 0.3, (_OLD, "Banksia Coast Guides Inc. · ABN 53 104 229 "
                                                  "871 · Part of Girl Guides Australia")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Banksia Coast Guides Inc.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this camp has moved to the October long "
                                              "weekend.")),
        ),
    )


# --- a Polish scout district (hufiec) site ------------------------------------------------

HB_REDESIGN = dt.date(2019, 9, 1)
HB_OFFICE = dt.date(2018, 9, 4)
HB_KURATORIUM = dt.date(2017, 1, 1)
HB_SKLADKA = each_year("09-01", {2014: "4", 2015: "4", 2016: "5", 2017: "5", 2018: "6",
                                 2019: "6", 2020: "7"})


def _hb_dodano(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"Dodano: {day.day:02d}.{day.month:02d}.{day.year} r."
    return f"Opublikowano {day.isoformat()} {{time}}"


def _hb_skladka(value: str) -> str:
    year, fee = value.split("|")
    return (f"Składki w roku harcerskim {year}/{int(year) + 1}: {fee} zł miesięcznie na konto "
            f"hufca")


@cache
def _hb_obozy() -> Wordings:
    base = _steps((_OLD, "Biuro hufca czynne we wtorki i czwartki w godz. 16:00–19:00"),
                  (HB_OFFICE.isoformat(), "Biuro hufca czynne w poniedziałki i środy w godz. "
                                          "17:00–19:30"))
    pandemic = [
        _span("2020-03-12", "2020-06-05", "Zapisy na obozy 2020 wstrzymane do czasu wytycznych "
                                          "GIS i MEN"),
        _span("2020-06-06", "2020-08-31", "Obozy 2020 w reżimie sanitarnym: oświadczenie o "
                                          "stanie zdrowia dziecka oddajemy przy wyjeździe"),
    ]
    sezon = spans("01-15", "04-30", lambda y: (
        f"Zapisy na obozy letnie {y} trwają do 30 kwietnia – karta kwalifikacyjna uczestnika "
        f"wypoczynku do pobrania w zakładce Dokumenty"))
    sezon += spans("05-01", "06-30", lambda y: f"Obozy {y}: ostatnie wolne miejsca – zadzwoń "
                                               f"do biura hufca")
    sezon += spans("07-01", "08-31", lambda y: f"⛺ Obozy {y} trwają. Telefon dyżurny "
                                               f"komendy: 601 555 018")
    swiatlo = spans("12-15", "12-23", lambda y: f"Betlejemskie Światło Pokoju {y} w naszym "
                                                f"hufcu: zapraszamy po płomień")
    return _calendar(base, pandemic, sezon, swiatlo)


def borowina_style() -> PublisherStyle:
    """A Polish scout district (hufiec) site: "Dodano:" with the numeric date turned
    "Opublikowano" with the ISO date and the time on 1 September 2019 (a wording per day),
    "dodał(a):", a photo-gallery line with its count and "Zobacz też:" mid-body, the
    office-hours line reworded and turned by the camp sign-ups, last places and camp season
    each year, the Bethlehem Peace Light and the pandemic, a holiday-registration line
    reworded, the monthly dues by scouting year (changing each 1 September), the account
    line and the address line (a block), a rare correction."""
    return PublisherStyle(
        domain="hufiecborowina.pl", site="Hufiec ZHP Borowina", base_size=60,
        subdomains=(("", 100),),
        sections=("aktualnosci", "obozy", "druzyny", "zapisy"),
        n_authors=4, url_path="/aktualnosci/{slug}",
        families=(
            _f("dodano", HEADER, 0.85, *_by_day(_hb_dodano)),
            _f("autor", HEADER, 0.5, (_OLD, "dodał(a): {author}")),
            _f("galeria", MIDDLE, 0.25, (_OLD, "Zobacz galerię zdjęć ({count} fot.)")),
            _f("zobacz", MIDDLE, 0.2, (_OLD, "Zobacz też: {other_title}")),
            _f("obozy", FOOTER, 0.35, *_hb_obozy()),
            _f("wypoczynek", FOOTER, 0.2,
               (_OLD, "Nasze obozy zgłaszamy do kuratorium oświaty zgodnie z przepisami o "
                      "wypoczynku dzieci i młodzieży."),
               (HB_KURATORIUM.isoformat(), "Wypoczynek zgłoszony do kuratorium oświaty – "
                                           "sprawdź nasze obozy w bazie wypoczynku MEN.")),
            _f("skladka", FOOTER, 0.2, *from_table(HB_SKLADKA, _hb_skladka)),
            _f("konto", FOOTER, 0.35, (_OLD, "Numer konta hufca: 12 1020 5558 1111 1234 5600 "
                                             "0001 (tytuł: imię i nazwisko, numer drużyny)")),
            _f("stopka", FOOTER, 0.35, (_OLD, "Hufiec ZHP Borowina · ul. Harcerska 7, 05-555 "
                                              "Borowina · hufiec@hufiecborowina.pl")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: zbiórka odbędzie się w "
                                                    "sobotę, nie w niedzielę.")),
        ),
    )


# --- a Czech scout centre's (středisko) pages ---------------------------------------------

SJ_REDESIGN = dt.date(2019, 9, 1)
SJ_MEETINGS = dt.date(2018, 9, 1)
SJ_PRISPEVKY = each_year("09-01", {2014: "800", 2015: "800", 2016: "900", 2017: "900",
                                   2018: "1 000", 2019: "1 000", 2020: "1 100"})


def _sj_pridano(day: dt.date) -> str:
    if day < SJ_REDESIGN:
        return f"Přidáno {day.day}. {day.month}. {day.year}"
    return f"{day.day}. {MESICE[day.month - 1]} {day.year}"


def _sj_prispevky(value: str) -> str:
    year, fee = value.split("|")
    return (f"Oddílové příspěvky na školní rok {year}/{int(year) + 1}: {fee} Kč (registrace u "
            f"Junáka v ceně)")


@cache
def _sj_tabor() -> Wordings:
    base = _steps((_OLD, "Nové členy rádi přivítáme – přijďte se podívat na kteroukoli "
                         "schůzku."))
    pandemic = [
        _span("2020-03-11", "2020-05-24", "Schůzky jsou do odvolání zrušeny. O táboře 2020 "
                                          "rozhodneme v květnu."),
        _span("2020-10-12", "2020-12-02", "Schůzky jsou opět přerušeny – úkoly na doma "
                                          "posíláme e-mailem."),
    ]
    tabor = spans("01-05", "03-31", lambda y: f"Přihlášky na letní tábor {y} odevzdejte do 31. "
                                              f"března.")
    tabor += spans("04-01", "06-30", lambda y: f"Tábor {y}: seznam věcí a posudek o zdravotní "
                                               f"způsobilosti najdete v sekci Ke stažení.")
    tabor += spans("07-01", "07-31", lambda y: f"Jsme na táboře! Zprávy z tábora {y} přidáváme "
                                               f"každý večer.")
    return _calendar(base, pandemic, tabor)


def javor_style() -> PublisherStyle:
    """A Czech scout centre's (středisko) pages: "Přidáno" with the numeric date turned the
    long date (month in the genitive) on 1 September 2019 (a wording per day), "Napsal(a):"
    with a scout name from a pool, a photo-gallery line mid-body, the meeting times
    reworded, a new-members line turned by the camp sign-ups, the camp's kit list and the
    camp itself each year and the pandemic, the dues by school year (changing each 1
    September), the contact line and the registration line (a block)."""
    return PublisherStyle(
        domain="strediskojavor.cz", site="Středisko Javor", base_size=45,
        subdomains=(("www.", 100),),
        sections=("oddil", "tabor", "akce", "clanky"),
        n_authors=3, url_path="/clanky/{slug}",
        pools={"prezdivka": ("Kamzík", "Ježek", "Sojka", "Rys", "Jiskra", "Vydra")},
        families=(
            _f("pridano", HEADER, 0.85, *_by_day(_sj_pridano)),
            _f("autor", HEADER, 0.5, (_OLD, "Napsal(a): {prezdivka}")),
            _f("fotogalerie", MIDDLE, 0.3, (_OLD, "Fotky z akce najdete ve fotogalerii.")),
            _f("schuzky", FOOTER, 0.3,
               (_OLD, "Schůzky: vlčata ve středu 16:00–17:30, skauti v pátek 16:30–18:30, "
                      "klubovna Na Vyhlídce 12."),
               (SJ_MEETINGS.isoformat(), "Schůzky: vlčata a světlušky v úterý 16:00–17:30, "
                                         "skauti a skautky ve čtvrtek 16:30–18:30, klubovna "
                                         "Na Vyhlídce 12.")),
            _f("tabor", FOOTER, 0.35, *_sj_tabor()),
            _f("prispevky", FOOTER, 0.25, *from_table(SJ_PRISPEVKY, _sj_prispevky)),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Kontakt: vedeni@strediskojavor.cz, tel. 731 555 "
                                              "204")),
            _f("ico", FOOTER, 0.35, (_OLD, "Junák – český skaut, středisko Javor Lipnice, z. s. "
                                           "· IČ 65432198")),
        ),
    )


# --- a Filipino Girl Scouts council's pages (in Taglish) ----------------------------------

TG_REDESIGN = dt.date(2018, 7, 1)
TG_FEE = each_year("07-01", {2014: "40|100", 2015: "40|100", 2016: "50|120", 2017: "50|120",
                             2018: "60|150", 2019: "60|150", 2020: "60|150"})


def _tg_posted(day: dt.date) -> str:
    if day < TG_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Inilathala noong {BUWAN[day.month - 1]} {day.day}, {day.year}"


def _tg_fee(value: str) -> str:
    year, girl, adult = value.split("|")
    return (f"Membership fee para sa SY {year}-{int(year) + 1}: ₱{girl} bawat Girl Scout, "
            f"₱{adult} bawat adult leader")


@cache
def _tg_rehistro() -> Wordings:
    base = _steps((_OLD, "May tanong? Mag-message sa aming Facebook page."))
    emergencies = [
        _span("2020-01-12", "2020-01-19", "Dahil sa pagsabog ng Bulkang Taal, kanselado ang "
                                          "lahat ng encampment ngayong linggo."),
        _span("2020-03-16", "2020-06-30", "Online muna ang troop meetings habang may ECQ. Ingat "
                                          "po tayong lahat!"),
    ]
    taon = spans("07-01", "09-30", lambda y: f"Bukas na ang registration para sa SY {y}-{y + 1} "
                                             f"hanggang Setyembre 30!")
    taon += spans("02-17", "02-22", lambda y: f"World Thinking Day {y}: magsuot ng uniporme sa "
                                              f"Pebrero 22!")
    taon += spans("05-20", "05-26", lambda y: f"Ika-{y - 1940} anibersaryo ng Girl Scouts of "
                                              f"the Philippines ngayong Mayo 26")
    return _calendar(base, emergencies, taon)


def tanglaw_style() -> PublisherStyle:
    """A Filipino Girl Scouts council's pages (in Taglish): "Posted on" with the English
    date turned "Inilathala noong" with the Filipino date on 1 July 2018 (a wording per
    day), "Posted by" turned "Isinulat ni" that day, a photo credit mid-body, a questions
    line turned by each school year's registration period, Thinking Day, the GSP
    anniversary (counted from 1940), the Taal eruption and the ECQ, the membership fees by
    school year (changing each 1 July), a safe-spaces line, the copyright line, a rare
    update."""
    return PublisherStyle(
        domain="tanglawgirlscouts.org.ph", site="Tanglaw Girl Scouts", base_size=35,
        subdomains=(("www.", 100),),
        sections=("news", "events", "camps", "registration"),
        n_authors=3, url_path="/news/{slug}/",
        families=(
            _f("posted", HEADER, 0.8, *_by_day(_tg_posted)),
            _f("author", HEADER, 0.45, (_OLD, "Posted by {author}"),
               (TG_REDESIGN.isoformat(), "Isinulat ni {author}")),
            _f("larawan", MIDDLE, 0.3, (_OLD, "Mga larawan: {author2}")),
            _f("rehistro", FOOTER, 0.3, *_tg_rehistro()),
            _f("fee", FOOTER, 0.2, *from_table(TG_FEE, _tg_fee)),
            _f("safe", FOOTER, 0.2, (_OLD, "Ligtas ang bawat Girl Scout: basahin ang aming Safe "
                                           "Spaces Policy bago ang bawat encampment.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tanglaw Girl Scouts Council")),
            _f("update", HEADER, 0.04, (_OLD, "UPDATE: Inilipat sa Sabado ang encampment dahil "
                                              "sa masamang panahon.")),
        ),
    )


# --- a Tanzanian Girl Guides branch's pages (in Swahili) ----------------------------------

WP_ADA = each_year("01-01", {2015: "2,000|10,000", 2016: "2,000|10,000", 2017: "3,000|10,000",
                             2018: "3,000|15,000", 2019: "3,000|15,000", 2020: "5,000|15,000"})


def _wp_tarehe(day: dt.date) -> str:
    return f"Imewekwa: {day.day} {MWEZI[day.month - 1]}, {day.year}"


def _wp_ada(value: str) -> str:
    year, girl, leader = value.split("|")
    return f"Ada ya uanachama {year}: TSh {girl} kwa msichana, TSh {leader} kwa kiongozi"


@cache
def _wp_tukio() -> Wordings:
    base = _steps((_OLD, "Tufuate kwenye Facebook na Instagram: @waongozipwani"))
    emergencies = [
        _span("2015-10-22", "2015-10-26", "Uchaguzi Mkuu 25 Oktoba 2015: ofisi zitafungwa siku "
                                          "ya kupiga kura"),
        _span("2020-03-17", "2020-06-28", "Shule zimefungwa: mikutano ya vikundi imesitishwa "
                                          "hadi itakapotangazwa"),
        _span("2020-10-25", "2020-10-29", "Uchaguzi Mkuu 28 Oktoba 2020: ofisi zitafungwa siku "
                                          "ya kupiga kura"),
    ]
    siku = spans("02-17", "02-22", lambda y: f"Siku ya Kufikiri Duniani {y}: vikundi vyote "
                                             f"vinaalikwa kushiriki tarehe 22 Februari")
    siku += spans("10-06", "10-11", lambda y: f"Siku ya Mtoto wa Kike Duniani {y}: tuungane "
                                              f"kuhamasisha elimu kwa wasichana")
    siku += spans("12-07", "12-09", lambda y: f"🇹🇿 Heri ya Siku ya Uhuru {y}!")
    return _calendar(base, emergencies, siku)


def waongozi_style() -> PublisherStyle:
    """A Tanzanian Girl Guides branch's pages (in Swahili): "Imewekwa:" with the long date
    (a wording per day), "Imeandikwa na", a photo credit mid-body, a follow line turned by
    Thinking Day, the Day of the Girl Child, Uhuru Day, the 2015 and 2020 elections and the
    school closures of 2020, the year's membership fees (changing each January), a
    child-helpline line and the copyright line (a block)."""
    return PublisherStyle(
        domain="waongozipwani.or.tz", site="Waongozi Pwani", base_size=25,
        subdomains=(("www.", 100),),
        sections=("habari", "matukio", "mafunzo"),
        n_authors=3, url_path="/habari/{slug}",
        families=(
            _f("tarehe", HEADER, 0.8, *_by_day(_wp_tarehe)),
            _f("mwandishi", HEADER, 0.4, (_OLD, "Imeandikwa na {author}")),
            _f("picha", MIDDLE, 0.3, (_OLD, "Picha na {author2}")),
            _f("tukio", FOOTER, 0.3, *_wp_tukio()),
            _f("ada", FOOTER, 0.2, *from_table(WP_ADA, _wp_ada)),
            _f("ulinzi", FOOTER, 0.2, (_OLD, "Tunawalinda watoto: ripoti unyanyasaji wowote kwa "
                                             "simu 116 bila malipo.")),
            _f("haki", FOOTER, 0.3, (_OLD, "© {year} Waongozi Pwani. Haki zote "
                                           "zimehifadhiwa.")),
        ),
    )


# --- a Norwegian local scout group's pages ------------------------------------------------

ST_VIPPS = dt.date(2016, 5, 1)
ST_MEETINGS = dt.date(2018, 8, 20)
ST_KONTINGENT = (("2014-08-01", "høsten 2014|350"), ("2015-01-01", "våren 2015|350"),
                 ("2015-08-01", "høsten 2015|375"), ("2016-01-01", "våren 2016|375"),
                 ("2016-08-01", "høsten 2016|375"), ("2017-01-01", "våren 2017|400"),
                 ("2017-08-01", "høsten 2017|400"), ("2018-01-01", "våren 2018|400"),
                 ("2018-08-01", "høsten 2018|425"), ("2019-01-01", "våren 2019|425"),
                 ("2019-08-01", "høsten 2019|450"), ("2020-01-01", "våren 2020|450"),
                 ("2020-08-01", "høsten 2020|450"))


def _st_dato(day: dt.date) -> str:
    return f"{day.day}. {MND[day.month - 1]} {day.year}"


def _st_kontingent(value: str) -> str:
    term, fee = value.split("|")
    return f"Kontingent {term}: {fee} kr per speider, inkludert medlemskap i forbundet"


@cache
def _st_kalender() -> Wordings:
    base = _steps((_OLD, "Nye medlemmer er alltid velkomne – ta kontakt med gruppeleder!"))
    pandemic = [_span("2020-03-12", "2020-06-14", "Alle møter er avlyst på grunn av "
                                                  "koronaviruset. Vi sees til høsten!")]
    aaret = spans("04-20", "05-05", lambda y: f"Vårdugnad på speiderhuset {y}: ta med rake og "
                                              f"arbeidshansker")
    aaret += spans("05-10", "05-17", lambda y: f"17. mai {y}: oppmøte ved speiderhuset kl. "
                                               f"09.00 i full uniform")
    aaret += spans("12-01", "12-15", lambda y: f"Julemøte {y} med grøt og nisser – foreldre og "
                                               f"søsken er hjertelig velkomne")
    return _calendar(base, pandemic, aaret)


def lyngvik_style() -> PublisherStyle:
    """A Norwegian local scout group's pages: the date with the abbreviated month (a
    wording per day), "Skrevet av", a photos line mid-body, the meeting times reworded, a
    gift line turned a Vipps number in 2016, a new-members line turned by the spring
    clean-up, 17 May, the Christmas meeting and the pandemic, and the term's fee (changing
    each January and August)."""
    return PublisherStyle(
        domain="lyngvikspeiderne.no", site="Lyngvik speidergruppe", base_size=20,
        subdomains=(("www.", 100),),
        sections=("aktuelt", "turer", "leir"),
        n_authors=2, url_path="/aktuelt/{slug}",
        families=(
            _f("dato", HEADER, 0.8, *_by_day(_st_dato)),
            _f("forfatter", HEADER, 0.35, (_OLD, "Skrevet av {author}")),
            _f("bilder", MIDDLE, 0.25, (_OLD, "Flere bilder fra turen ligger på Facebook-siden "
                                              "vår.")),
            _f("moter", FOOTER, 0.35,
               (_OLD, "Vi møtes tirsdager kl. 18.00–19.30 i speiderhuset på Myra."),
               (ST_MEETINGS.isoformat(), "Møter: småspeidere mandager kl. 17.30, speidere "
                                         "tirsdager kl. 18.30 – speiderhuset på Myra.")),
            _f("vipps", FOOTER, 0.3, (_OLD, "Gaver til gruppa kan gis til kontonummer "
                                            "1503.12.34567."),
               (ST_VIPPS.isoformat(), "Støtt gruppa på Vipps: 54 321")),
            _f("kalender", FOOTER, 0.3, *_st_kalender()),
            _f("kontingent", FOOTER, 0.15, *from_table(ST_KONTINGENT, _st_kontingent)),
        ),
    )


def heldout213_styles() -> list[PublisherStyle]:
    """The held-back-213 styles, in the order the generator hands them to publishers."""
    return [
        wealdmoor_style(), wiesci_style(), skautskelisty_style(), balitangiskawt_style(),
        sautiyaskauti_style(), speiderposten_style(), banksia_style(), borowina_style(),
        javor_style(), tanglaw_style(), waongozi_style(), lyngvik_style(),
    ]
