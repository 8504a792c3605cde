"""The ``held-back-200`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker, a "reproduction forbidden" line or a thank-you line. The publishers are
Caribbean and Pacific island newspapers and broadcasters in English, French, Papiamento
(Curaçao's spelling and Aruba's), Samoan, Tongan (with its ʻokina and long vowels) and
Bislama: a Jamaican daily, a Trinidad daily, a Guadeloupe daily (in French), a Curaçao daily
(in Papiamentu), a Samoan radio station's news site (in Samoan), a Tongan weekly (in Tongan),
a Vanuatu paper (in Bislama), a New Caledonian daily (in French), a Fijian radio station's
news site, a Brooklyn weekly for the Caribbean diaspora, a Dominican radio station and an
Aruban radio station (in Papiamento).

The families are the kinds a crawl of such sites holds: datelines from the island capitals
and dates localised day by day in English (with AST, US Eastern time and Fiji standard or
summer time), French, Papiamentu, Papiamento, Samoan, Tongan and Bislama, several changing
form on the day of a redesign (a flag day, an independence day, Carnival Monday); hurricane-
season banners (June to November) and cyclone-season banners (November to April, named by
both years) turned by the storms of 2015-2020 (Erika, Matthew, Irma, Maria, Dorian, Laura,
Bret; Pam, Winston, Amos, Cook, Donna, Gita, Keni, Oma, Harold, Yasa), by the Ambae volcano,
Samoa's measles emergency and the pandemic, and by the islands' calendars (Carnival by Easter,
Jours gras, Divali and Diwali, independence and flag days with their anniversaries,
Emancipendence, White Sunday, the King of Tonga's coronation and birthday, Fiji Day, Creole
Day, Labor Day on Eastern Parkway, Caribbean-American Heritage Month, elections and New
Caledonia's referendums); lines that turn every day (a verse reference, a radio station's
evening line-up), every week (exchange rates to the Monday, the Sunday service broadcast, the
weekly's volume and issue number to the Thursday) and every fortnight (a shipping line's next
sailing from Auckland); diaspora remittance and barrel-shipping adverts (their fees and drum
prices changing over the years), church-notice and death-announcement lines, radio frequency
lines reworded when transmitters open or close, cover prices that change over the years;
related links, "read also" lines and advertisement markers mid-body (some up to two times);
notices reworded in 2015-2020, multi-line blocks (address and copyright, contact lines),
bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    iso_day,
    last_weekday,
    listed,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_yearly, _movable = _PERIOD.yearly, _PERIOD.movable
# Lines worded day by day are built once per session (the tests build the styles again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)


@cache
def _calendar(base: Callable[[dt.date], str], *groups: tuple[Event, ...]) -> Wordings:
    return _PERIOD.calendar(base, *(list(g) for g in groups))


ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Papiamentu as Curaçao spells it, Papiamento as Aruba does.
MESNAN = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs",
          "sèptèmber", "òktober", "novèmber", "desèmber")
DIANAN = ("djaluna", "djamars", "djarason", "djaweps", "djabièrnè", "djasabra", "djadumingu")
MESES_AW = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "october", "november", "december")
DIANAN_AW = ("dialuna", "diamars", "diaranson", "diahuebs", "diabierna", "diasabra",
             "diadomingo")
MASINA = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema",
          "Oketopa", "Novema", "Tesema")
ASO = ("Aso Gafua", "Aso Lua", "Aso Lulu", "Aso Tofi", "Aso Faraile", "Aso Toʻonaʻi",
       "Aso Sā")
MAHINA = ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi",
          "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema")
AHO = ("Mōnite", "Tūsite", "Pulelulu", "Tuʻapulelulu", "Falaite", "Tokonaki", "Sāpate")
MANIS = ("Januari", "Februari", "Maj", "Epril", "Mei", "Jun", "Julae", "Ogis", "Septemba",
         "Oktoba", "Novemba", "Desemba")
DEI = ("Mande", "Tusde", "Wenesde", "Tosde", "Fraede", "Sarede", "Sande")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, fixed for a `day` and a `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `points` ((ISO day, value), ...)."""
    if day.isoformat() <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if day.isoformat() <= d1:
            a, b = iso_day(d0), iso_day(d1)
            return v0 + (v1 - v0) * (day - a).days / (b - a).days
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    return table[max(bisect_right([s for s, _ in table], day.isoformat()) - 1, 0)][1]


def tabled(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: the value in force on the
    set's first day from the oldest day, then one wording from each later day of the table."""
    return ((_OLD, text(value_on(FIRST_DAY, table))),) + tuple(
        (start, text(value)) for start, value in table if start > FIRST_DAY.isoformat())


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week: the day a weekly rate is posted."""
    return day - dt.timedelta(days=day.weekday())


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`: the day a Thursday weekly comes out."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def sunday_after(day: dt.date) -> dt.date:
    """`day` if a Sunday, else the next Sunday."""
    return day + dt.timedelta(days=6 - day.weekday())


def atlantic_season(day: dt.date) -> bool:
    """Whether `day` falls in the Atlantic hurricane season (1 June to 30 November)."""
    return dt.date(day.year, 6, 1) <= day <= dt.date(day.year, 11, 30)


def pacific_season(day: dt.date) -> tuple[int, int] | None:
    """The years of the South Pacific cyclone season (November to April) `day` falls in."""
    if day.month >= 11:
        return day.year, day.year + 1
    if day.month <= 4:
        return day.year - 1, day.year
    return None


def french_day(n: int) -> str:
    """The day of the month as French prints it: "1er", "2", ..."""
    return "1er" if n == 1 else str(n)


def comma(x: float) -> str:
    """`x` with two decimals and a decimal comma."""
    return f"{x:.2f}".replace(".", ",")


# --- a Jamaican daily ---------------------------------------------------------------------

IC_REDESIGN = dt.date(2017, 10, 2)
IC_WHATSAPP = dt.date(2018, 3, 5)
IC_CHURCH = dt.date(2019, 1, 7)  # church notices close a day later
IC_FEEDBACK = dt.date(2016, 5, 2)
IC_PRICES = (("2000-01-01", "J$80 daily, J$120 Sunday"), ("2016-07-04", "J$100 daily, "
                                                                         "J$150 Sunday"),
             ("2019-02-04", "J$120 daily, J$180 Sunday"))
JM_ELECTIONS = ("2016-02-25", "2020-09-03")
JMD = (("2015-01-01", 114.7), ("2016-01-01", 120.4), ("2017-01-01", 128.4),
       ("2018-01-01", 124.3), ("2018-07-01", 131.0), ("2019-01-01", 127.0),
       ("2019-06-15", 136.5), ("2020-01-01", 132.6), ("2020-04-15", 140.5),
       ("2020-08-01", 149.5), ("2021-01-10", 143.0))
VERSES = ("Psalm 46:1", "Isaiah 40:31", "Proverbs 3:5-6", "Philippians 4:13", "Joshua 1:9",
          "Psalm 121:1-2", "Romans 8:28", "Matthew 6:33", "Jeremiah 29:11", "Psalm 23:1",
          "Lamentations 3:22-23", "Micah 6:8", "John 14:27", "2 Timothy 1:7", "Psalm 118:24",
          "Hebrews 11:1", "Galatians 6:9")


def _ic_dated(day: dt.date) -> str:
    if day < IC_REDESIGN:
        return (f"Published: {WEEKDAYS[day.weekday()]} | {MONTHS[day.month - 1]} {day.day}, "
                f"{day.year} | {{time12}}")
    return f"Last updated {MONTHS[day.month - 1][:3]} {day.day}, {day.year}, {{time12}}"


def _ic_verse(day: dt.date) -> str:
    return f"Word for Today: {VERSES[day.toordinal() % len(VERSES)]}"


def jmd_rate(monday: dt.date) -> float:
    return through(monday, JMD) + 0.6 * noise(monday, "jmd")


def _ic_cambio(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Cambio rates, week of {MONTHS[monday.month - 1][:3]} {monday.day}: US$1 = "
            f"J${jmd_rate(monday):.2f} (average selling)")


def _ic_base(day: dt.date) -> str:
    if atlantic_season(day):
        return (f"🌀 Hurricane season {day.year}: know your nearest shelter and pack a grab "
                f"bag")
    if day < IC_WHATSAPP:
        return "Get the Island Clarion app for breaking news alerts"
    return "📲 Breaking news on WhatsApp: text CLARION to 876-555-0190"


IC_STORMS = (
    _span("2016-09-28", "2016-10-05", "⚠️ Hurricane Matthew: Jamaica under a hurricane "
                                      "watch. Latest advisories here"),
    _span("2017-09-05", "2017-09-08", "Hurricane Irma: live updates from across the region"),
    _span("2017-09-18", "2017-09-22", "Hurricane Maria: live updates from Dominica and Puerto "
                                      "Rico"),
    _span("2019-09-01", "2019-09-06", "Hurricane Dorian: how you can help the Bahamas"),
    _span("2020-08-22", "2020-08-24", "⚠️ Tropical Storm Laura: flash-flood warnings for "
                                      "low-lying parishes"),
)
IC_VOTES = tuple(_vote(day, f"🗳️ Election {day[:4]}: results from all 63 constituencies",
                       before=10) for day in JM_ELECTIONS)
IC_COVID = (_span("2020-03-10", "2020-05-31", "🦠 COVID-19 in Jamaica: our coverage is free "
                                              "to read"),)
IC_EMANCIPENDENCE = tuple(_yearly("08-06", 5, 0, lambda y: f"🇯🇲 Happy Emancipendence! "
                                                           f"Jamaica at {y - 1962}"))


def clarion_style() -> PublisherStyle:
    """A Jamaican daily: a section kicker, "Published:" with the weekday, date and time turned
    "Last updated" with the short date on the day of the 2017 redesign (a wording per day),
    the byline turned "By" with the beat, a banner that turns with the hurricane season and
    is reworded (app, then WhatsApp) and turned by Matthew, Irma, Maria, Dorian and Laura,
    the 2016 and 2020 elections, the pandemic and Emancipendence with Jamaica's age, related
    links and advertisement markers up to twice, a remittance advert from a pool, a photo
    credit, the Word for Today (a verse reference a day), the cambio rate to each Monday (a
    wording per week), a church-notice deadline moved a day later in 2019, a feedback line
    reworded, the cover price that rises twice, the address and copyright lines (a block), a
    rare correction."""
    return PublisherStyle(
        domain="islandclarion.com.jm", site="The Island Clarion", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "lead-stories", "business", "sports", "entertainment", "letters"),
        n_authors=14, url_path="/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "LEAD STORIES", "BUSINESS", "SPORTS", "ENTERTAINMENT",
                       "WESTERN FOCUS", "COMMENTARY"),
            "beat": ("Senior Staff Reporter", "Staff Reporter", "Western Bureau",
                     "Business Reporter", "Sports Writer", "Justice Coordinator"),
            "remit": ("Blue Mahoe Money Transfer", "Harbourview Cambio", "Caribe Express",
                      "Island Remit"),
            "photog": ("Kenroy Walters", "Marcia Dunbar", "Jermaine Bryan", "Contributed"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_ic_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "{author}/Staff Reporter"),
               (IC_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("alert", HEADER, 0.3, *_calendar(_ic_base, IC_STORMS, IC_VOTES, IC_COVID,
                                                IC_EMANCIPENDENCE)),
            _f("related", MIDDLE, 0.45, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("remit", MIDDLE, 0.12, (_OLD, "Sponsored · Money from foreign? Collect it at "
                                             "any {remit} location islandwide, open till "
                                             "7 p.m.")),
            _f("photo", MIDDLE, 0.25, (_OLD, "PHOTO: {photog}")),
            _f("verse", FOOTER, 0.2, *_daily(_ic_verse)),
            _f("cambio", FOOTER, 0.15, *_by_day(_ic_cambio)),
            _f("church", FOOTER, 0.12,
               (_OLD, "Church notices for the weekend editions close Wednesday at noon: "
                      "churchnotes@islandclarion.com.jm"),
               (IC_CHURCH.isoformat(), "Church notices for the weekend editions now close "
                                       "Thursday at 3 p.m.: churchnotes@islandclarion.com.jm")),
            _f("feedback", FOOTER, 0.5, (_OLD, "Send feedback to feedback@islandclarion.com.jm."),
               (IC_FEEDBACK.isoformat(), "Send us your feedback: feedback@islandclarion.com.jm "
                                         "or WhatsApp 876-555-0190.")),
            _f("price", FOOTER, 0.12, *tabled(IC_PRICES, lambda p: f"The Island Clarion in "
                                                                   f"print: {p}")),
            _f("address", FOOTER, 0.3, (_OLD, "7 North Parade, Kingston, Jamaica W.I. · "
                                              "Tel: 876-555-0100")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} The Island Clarion Company Ltd. "
                                                 "All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this "
                                                  "story gave the wrong name for the parish "
                                                  "councillor.")),
        ),
    )


# --- a Trinidad daily ---------------------------------------------------------------------

MR_REDESIGN = dt.date(2018, 2, 12)  # relaunched on Carnival Monday 2018
MR_EPAPER = dt.date(2019, 1, 7)
MR_PRICES = (("2000-01-01", "TT$4.00 Monday to Saturday, TT$6.00 Sunday"),
             ("2016-10-03", "TT$4.50 Monday to Saturday, TT$6.50 Sunday"),
             ("2019-05-06", "TT$5.00 Monday to Saturday, TT$7.00 Sunday"))
TT_DIVALI = {2015: "2015-11-11", 2016: "2016-10-29", 2017: "2017-10-19", 2018: "2018-11-07",
             2019: "2019-10-27", 2020: "2020-11-14"}
TT_ELECTIONS = ("2015-09-07", "2020-08-10")


def _mr_dated(day: dt.date) -> str:
    if day < MR_REDESIGN:
        return (f"{WEEKDAYS[day.weekday()][:3]}, {MONTHS[day.month - 1][:3]} {day.day}, "
                f"{day.year}")
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · {{time}} AST"


def _mr_base(day: dt.date) -> str:
    price = "TT$30" if day < MR_EPAPER else "TT$35"
    return f"Mirror ePaper: the full print edition online, {price} a month"


MR_STORMS = (_span("2017-06-18", "2017-06-21", "⚠️ Tropical Storm Bret: T&T under a tropical "
                                               "storm warning, schools closed"),)
MR_COVID = (_span("2020-03-16", "2020-05-10", "🦠 Stay home: our COVID-19 coverage is free "
                                              "to read"),)
MR_VOTES = tuple(_vote(day, f"🗳️ General Election {day[:4]}: live results from all 41 seats",
                       before=7) for day in TT_ELECTIONS)
MR_CARNIVAL = tuple(_movable(carnival_tuesday, 20, 0, lambda y: f"🎭 Carnival {y}: J'Ouvert, "
                                                                f"Panorama and the parade of "
                                                                f"the bands"))
MR_DIVALI = tuple(_movable(listed(TT_DIVALI), 2, 0, lambda y: f"🪔 Shubh Divali {y} from all of "
                                                             f"us at the Mirror"))
MR_INDEPENDENCE = tuple(_yearly("08-31", 1, 0, lambda y: f"🇹🇹 Happy Independence Day: T&T at "
                                                         f"{y - 1962}"))


def mirror_style() -> PublisherStyle:
    """A Trinidad daily: a section kicker, the short weekday and date turned the long date and
    the time in Atlantic Standard Time on Carnival Monday 2018 (a wording per day), "Story
    by" turned the writer with the beat, an ePaper banner whose price rises in 2019 and that
    turns for Carnival (by Easter), Divali, the 2015 and 2020 elections, Independence Day with
    the country's age, Tropical Storm Bret and the pandemic, "ALSO READ" and advertisement
    markers up to twice, a photo credit from a pool reworded, the day's ferry line with the
    vessels from a pool, the letters line, the cover prices that rise twice, the address and
    copyright lines (a block), a rare clarification."""
    return PublisherStyle(
        domain="posmirror.co.tt", site="Port of Spain Mirror", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "business", "sport", "tobago", "carnival", "opinion"),
        n_authors=12, url_path="/{section}/{slug}-{n}.html",
        pools={
            "kicker": ("LOCAL NEWS", "BUSINESS", "SPORT", "TOBAGO", "CARNIVAL", "COURTS",
                       "EDITORIAL"),
            "beat": ("Senior Reporter", "Tobago Correspondent", "Business Editor",
                     "Court Reporter", "Sports Editor"),
            "photographer": ("Sureash Cholai", "Roger Jacob", "Azlan Mohammed", "Vashti Singh",
                             "Mirror file photo"),
            "vessel": ("T&T Spirit", "T&T Express", "Galleons Passage", "Cabo Star"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_mr_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Story by {author}"),
               (MR_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("banner", HEADER, 0.25, *_calendar(_mr_base, MR_STORMS, MR_COVID, MR_VOTES,
                                                  MR_CARNIVAL, MR_DIVALI, MR_INDEPENDENCE)),
            _f("also-read", MIDDLE, 0.4, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "—Advertisement—"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "PHOTO: {photographer}"),
               (MR_REDESIGN.isoformat(), "Photo: {photographer} · Port of Spain Mirror")),
            _f("ferry", FOOTER, 0.1, (_OLD, "Sea bridge today: {vessel_list}. Check sailing "
                                            "times with the Port Authority before you "
                                            "travel.")),
            _f("letters", FOOTER, 0.3, (_OLD, "Letters to the editor: letters@posmirror.co.tt. "
                                              "Letters may be edited for length and "
                                              "clarity.")),
            _f("price", FOOTER, 0.12, *tabled(MR_PRICES, lambda p: f"Cover price: {p}")),
            _f("address", FOOTER, 0.3, (_OLD, "Mirror House, 22 St Vincent Street, Port of "
                                              "Spain · (868) 555-0150")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © {year} Port of Spain Mirror "
                                                 "Limited")),
            _f("clarification", HEADER, 0.04, (_OLD, "CLARIFICATION: This story has been "
                                                     "updated to show that the councillor "
                                                     "represents Laventille East.")),
        ),
    )


# --- a Guadeloupe daily (in French) -------------------------------------------------------

CA_REDESIGN = dt.date(2016, 11, 7)
CA_NUMERIQUE = dt.date(2018, 6, 4)
CA_PRIX = (("2000-01-01", "1,30 €"), ("2017-01-02", "1,50 €"), ("2019-04-01", "1,60 €"))


def _ca_date(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"Le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"Mis en ligne le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"


def _ca_cyclone(day: dt.date) -> str:
    if atlantic_season(day):
        return (f"🌀 Saison cyclonique {day.year} : préparez votre kit et suivez les bulletins "
                f"de Météo-France")
    return "Hors saison cyclonique : vérifiez votre kit d'urgence une fois par an"


CA_STORMS = (
    _span("2015-08-26", "2015-08-28", "Vigilance orange cyclone : la tempête tropicale Erika "
                                      "approche"),
    _span("2016-09-28", "2016-09-29", "Vigilance jaune : la tempête Matthew passe au sud de "
                                      "l'archipel"),
    _span("2017-09-05", "2017-09-07", "Vigilance violette : Irma frappe Saint-Martin et "
                                      "Saint-Barthélemy"),
    _span("2017-09-17", "2017-09-20", "Vigilance rouge cyclone : l'ouragan Maria sur la "
                                      "Guadeloupe"),
)


def _ca_lettre(day: dt.date) -> str:
    if day < CA_NUMERIQUE:
        return "Recevez chaque matin notre lettre d'information"
    return "Nouveau : Le Courrier numérique, 9,90 € par mois sans engagement"


CA_CONFINEMENT = (_span("2020-03-17", "2020-05-10", "Confinement : nos articles sur le "
                                                    "Covid-19 sont en accès libre"),)
CA_MUNICIPALES = (_vote("2020-03-15", "Municipales 2020 : les résultats commune par commune"),)
CA_JOURS_GRAS = tuple(_movable(carnival_tuesday, 2, 1, lambda y: f"🎭 Jours gras {y} : les "
                                                                 f"défilés de Pointe-à-Pitre "
                                                                 f"et de Basse-Terre"))
CA_ABOLITION = tuple(_yearly("05-27", 1, 0, lambda y: f"27 mai {y} : {y - 1848}e anniversaire "
                                                      f"de l'abolition de l'esclavage"))
CA_CUISINIERES = tuple(_movable(lambda y: None if y == 2020 else nth_weekday(y, 8, 5, 2), 3, 0,
                                lambda y: f"Fête des cuisinières {y} : le programme"))


def courrier_style() -> PublisherStyle:
    """A Guadeloupe daily (in French): a section from a pool, the long French date turned
    "Mis en ligne le" with the numeric date and time in 2016 (a wording per day), "Par" turned
    the writer with the commune, a cyclone banner that turns with the hurricane season and
    the storms' vigilance colours (Erika, Matthew, Irma, Maria), "À lire également" and
    advertisement markers up to twice, a newsletter line reworded for the digital edition
    and turned by the Jours gras, the 27 May abolition anniversary, the cooks' festival (none
    in 2020), the 2020 municipal elections and the lockdown, the cover price rising twice, a
    reproduction line, the publisher's line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="courrierantilles.fr", site="Le Courrier des Antilles", base_size=195,
        subdomains=(("www.", 100),),
        sections=("societe", "faits-divers", "economie", "politique", "culture", "sport"),
        n_authors=10, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Société", "Faits divers", "Économie", "Politique", "Culture",
                         "Sport", "Îles du Sud"),
            "commune": ("Pointe-à-Pitre", "Basse-Terre", "Le Gosier", "Sainte-Anne",
                        "Capesterre-Belle-Eau", "Marie-Galante", "Les Abymes"),
        },
        families=(
            _f("rubrique", HEADER, 0.55, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_ca_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (CA_REDESIGN.isoformat(), "{author} — {commune}")),
            _f("cyclone", HEADER, 0.3, *_calendar(_ca_cyclone, CA_STORMS)),
            _f("lire", MIDDLE, 0.4, (_OLD, "À lire également : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.3, (_OLD, "PUBLICITÉ"), count=2),
            _f("lettre", FOOTER, 0.3, *_calendar(_ca_lettre, CA_CONFINEMENT, CA_MUNICIPALES,
                                                 CA_JOURS_GRAS, CA_ABOLITION,
                                                 CA_CUISINIERES)),
            _f("prix", FOOTER, 0.12, *tabled(CA_PRIX, lambda p: f"Prix du numéro : {p}")),
            _f("droits", FOOTER, 0.4, (_OLD, "Toute reproduction, même partielle, est interdite "
                                             "sans l'accord écrit de la rédaction.")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Le Courrier des Antilles, SAS au capital de "
                                              "150 000 € · 9 rue Frébault, 97110 "
                                              "Pointe-à-Pitre")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Le Courrier des Antilles")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une première version de cet article "
                                               "donnait un nom de commune erroné.")),
        ),
    )


# --- a Curaçao daily (in Papiamentu) ------------------------------------------------------

BK_REDESIGN = dt.date(2018, 7, 2)  # relaunched on Flag Day
BK_WHATSAPP = dt.date(2019, 4, 1)
BK_PREIS = (("2000-01-01", "NAf. 1,75"), ("2016-09-01", "NAf. 2,00"), ("2020-01-06", "NAf. 2,25"))
BK_ELECTIONS = ("2016-10-28", "2017-04-28")
EURUSD = (("2015-01-01", 1.21), ("2015-03-15", 1.06), ("2015-08-01", 1.10),
          ("2016-06-01", 1.12), ("2016-12-20", 1.04), ("2017-09-01", 1.19),
          ("2018-02-01", 1.24), ("2018-11-01", 1.14), ("2019-09-30", 1.09),
          ("2020-03-20", 1.07), ("2020-08-01", 1.18), ("2021-01-10", 1.22))


def _bk_fecha(day: dt.date) -> str:
    if day < BK_REDESIGN:
        return f"Willemstad, {day.day} di {MESNAN[day.month - 1]} {day.year}"
    return (f"{DIANAN[day.weekday()].capitalize()} {day.day} di {MESNAN[day.month - 1]} "
            f"{day.year}, {{time}}")


def naf_per_euro(monday: dt.date) -> float:
    return 1.79 * (through(monday, EURUSD) + 0.008 * noise(monday, "eur"))


def _bk_kurs(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Kurs di euro pa siman di {monday.day} di {MESNAN[monday.month - 1]}: € 1 = NAf. "
            f"{comma(naf_per_euro(monday))}")


def _bk_orkan(day: dt.date) -> str:
    if atlantic_season(day):
        return f"🌀 Temporada di orkan {day.year}: prepará bo mes na tempu"
    return "Boletin Kòrsou: bo notisia di tur dia na Papiamentu"


BK_STORMS = (
    _span("2016-09-28", "2016-09-30", "⚠️ Atvertensia di tormenta tropikal: Matthew ta pasa "
                                      "na zùit di nos isla"),
    _span("2017-06-18", "2017-06-20", "⚠️ Atvertensia di tormenta tropikal: Bret"),
)


def _bk_aviso(day: dt.date) -> str:
    if day < BK_WHATSAPP:
        return "Sigui nos riba Facebook pa e último notisianan"
    return "📱 Risibí nos notisia riba WhatsApp: manda 'NOTISIA' na +5999 555 0123"


BK_COVID = (_span("2020-03-31", "2020-05-03", "🦠 Keda na kas: tur informashon tokante "
                                              "COVID-19 ta liber pa lesa"),)
BK_VOTES = tuple(_vote(day, f"🗳️ Elekshon {day[:4]}: resultado den bibu", before=6)
                 for day in BK_ELECTIONS)
BK_KARNAVAL = tuple(_movable(carnival_tuesday, 4, 0, lambda y: f"🎉 Karnaval {y}: ruta i "
                                                               f"orario di Gran Marcha"))
BK_BANDERA = tuple(_yearly("07-02", 1, 0, lambda y: f"🇨🇼 Felis Dia di Bandera {y}!"))
BK_PAIS = tuple(_yearly("10-10", 1, 0, lambda y: f"Felis Dia di Pais Kòrsou: {y - 2010} aña "
                                                 f"di pais outónomo"))
BK_TULA = tuple(_yearly("08-17", 0, 0, lambda y: f"17 di ougùstùs: Dia di Lucha pa Libertat, "
                                                 f"{y - 1795} aña despues di Tula"))


def boletin_style() -> PublisherStyle:
    """A Curaçao daily (in Papiamentu): a section from a pool, "Willemstad" with the date
    turned the weekday, date and time on Flag Day 2018 (a wording per day), "Pa:" turned
    "Skirbí pa", a hurricane banner in Papiamentu turned by Matthew and Bret, "Lesa tambe"
    and advertisement markers up to twice, a photo credit, a remittance advert from a pool,
    the euro rate to
    each Monday (a wording per week, decimal comma), a follow-us line reworded for WhatsApp
    and turned by Karnaval (by Easter), Flag Day, Curaçao Day with the years of autonomy, the
    Tula day with the years since 1795, the 2016 and 2017 elections and the lockdown, the
    cover price rising twice, the newsroom's address and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="boletinkorsou.cw", site="Boletin Kòrsou", base_size=170,
        subdomains=(("www.", 70), ("", 30)),
        sections=("lokal", "politika", "economia", "deporte", "kultura", "mundu"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("Notisia lokal", "Polítika", "Ekonomia", "Deporte", "Kultura",
                        "Mundu"),
            "remit": ("Kambio Punda", "Otrobanda Money Transfer", "Caribe Express"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.9, *_by_day(_bk_fecha)),
            _f("outor", HEADER, 0.55, (_OLD, "Pa: {author}"),
               (BK_REDESIGN.isoformat(), "Skirbí pa {author}")),
            _f("orkan", HEADER, 0.25, *_calendar(_bk_orkan, BK_STORMS)),
            _f("lesa", MIDDLE, 0.4, (_OLD, "Lesa tambe: {other_title}"), count=2),
            _f("anunsio", MIDDLE, 0.3, (_OLD, "Anunsio"), count=2),
            _f("potret", MIDDLE, 0.2, (_OLD, "Potrèt: {author2}")),
            _f("remesa", MIDDLE, 0.12, (_OLD, "Manda plaka pa bo famia den eksterior ku "
                                              "{remit}: lihé i sigur")),
            _f("kurs", FOOTER, 0.2, *_by_day(_bk_kurs)),
            _f("aviso", FOOTER, 0.3, *_calendar(_bk_aviso, BK_COVID, BK_VOTES, BK_KARNAVAL,
                                                BK_BANDERA, BK_PAIS, BK_TULA)),
            _f("preis", FOOTER, 0.12, *tabled(BK_PREIS, lambda p: f"Preis di e korant: {p}")),
            _f("adres", FOOTER, 0.3, (_OLD, "Redakshon: Schottegatweg Oost 44, Willemstad · "
                                            "Tel. +5999 555 0120")),
            _f("derechi", FOOTER, 0.4, (_OLD, "© {year} Boletin Kòrsou. Tur derechi reservá.")),
            _f("korekshon", HEADER, 0.04, (_OLD, "Korekshon: den un version anterior di e "
                                                 "artíkulo aki nos a publiká un fecha robes.")),
        ),
    )


# --- a Samoan radio station's news site (in Samoan) ---------------------------------------

RT_REDESIGN = dt.date(2017, 6, 1)  # relaunched on Independence Day
RT_AM_OFF = dt.date(2019, 7, 1)
RT_FEES = (("2000-01-01", "10"), ("2016-08-01", "8"), ("2018-10-01", "5"))
RT_ELECTION = "2016-03-04"


def _rt_aso(day: dt.date) -> str:
    if day < RT_REDESIGN:
        return f"Apia, {day.day} {MASINA[day.month - 1]} {day.year}"
    return f"{ASO[day.weekday()]}, {day.day} {MASINA[day.month - 1]} {day.year} · {{time}}"


def _rt_lotu(day: dt.date) -> str:
    sunday = sunday_after(day)
    return (f"Sauniga lotu o le Aso Sā, {sunday.day} {MASINA[sunday.month - 1]}: faʻasalalau "
            f"saʻo mai le 10 i le taeao")


def _rt_afa(day: dt.date) -> str:
    season = pacific_season(day)
    if season:
        return (f"⚠️ Vaitau o afā {season[0]}–{season[1]}: faʻalogo mai mo lapataʻiga a le "
                f"Ofisa o le Tau")
    return "Radio Talofa: o le leo o Samoa i le lalolagi"


RT_EVENTS = (
    _span("2016-04-21", "2016-04-24", "🌀 Lapataʻiga afā: o loʻo agaʻi mai le Afā Amos"),
    _span("2018-02-08", "2018-02-11", "🌀 Lapataʻiga afā: Afā Gita"),
    _span("2019-11-15", "2019-12-29", "Tulaga faʻapitoa: faʻamatalaga o le mīsela i aso "
                                      "uma"),
    _span("2020-03-21", "2020-05-15", "🦠 COVID-19: tulafono o le tulaga faʻapitoa"),
)
RT_VOTE = (_vote(RT_ELECTION, "🗳️ Palota Lautele 2016: faʻaiʻuga mai itumalo uma", before=7,
                 after=2),)
RT_INDEPENDENCE = tuple(_yearly("06-01", 2, 0, lambda y: f"🇼🇸 Manuia le Aso Tutoʻatasi {y}! "
                                                         f"{y - 1962} tausaga"))
RT_WHITE_SUNDAY = tuple(_movable(lambda y: nth_weekday(y, 10, 6, 2), 1, 1,
                                 lambda y: f"Manuia le Aso Sā o Tamaiti {y}"))


def talofa_style() -> PublisherStyle:
    """A Samoan radio station's news site (in Samoan): a category from a pool, "Apia" with the
    date turned the weekday, date and time on Independence Day 2017 (a wording per day),
    "Tusia e" turned "Lipoti:", a storm banner that names the cyclone season's two years and
    turns for Amos, Gita, the 2019 measles emergency, the pandemic, the 2016 election,
    Independence Day with its years and White Sunday, "Faitau foʻi" and advertisement
    markers up to twice, a remittance advert whose fee falls twice, the frequency line
    reworded when the AM transmitter closes, the Sunday service broadcast (turning each
    week), the English bulletin line, the contact and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="radiotalofa.ws", site="Radio Talofa", base_size=150,
        subdomains=(("www.", 100),),
        sections=("tala-fou", "polokiki", "taaloga", "lotu", "pasefika"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={"ulutala": ("Tala Fou", "Faʻapolokiki", "Taʻaloga", "Lotu", "Tamaoaiga",
                           "Pasefika")},
        families=(
            _f("ulutala", HEADER, 0.5, (_OLD, "{ulutala}")),
            _f("aso", HEADER, 0.9, *_by_day(_rt_aso)),
            _f("tusitala", HEADER, 0.6, (_OLD, "Tusia e {author}"),
               (RT_REDESIGN.isoformat(), "Lipoti: {author}, Radio Talofa")),
            _f("afa", HEADER, 0.3, *_calendar(_rt_afa, RT_EVENTS, RT_VOTE, RT_INDEPENDENCE,
                                              RT_WHITE_SUNDAY)),
            _f("faitau", MIDDLE, 0.35, (_OLD, "Faitau foʻi: {other_title}"), count=2),
            _f("faasalalauga", MIDDLE, 0.25, (_OLD, "Faʻasalalauga"), count=2),
            _f("tupe", MIDDLE, 0.2, *tabled(RT_FEES, lambda fee: f"Faʻasalalauga: auina mai "
                                                                  f"tupe mai Niu Sila i Samoa, "
                                                                  f"totogi naʻo le NZ${fee}")),
            _f("leo", FOOTER, 0.45,
               (_OLD, "Faʻalogo mai i le Radio Talofa: FM 89.9 Upolu, FM 101.3 Savaiʻi, AM 540"),
               (RT_AM_OFF.isoformat(), "Faʻalogo mai i le Radio Talofa: FM 89.9 Upolu, FM 101.3 "
                                       "Savaiʻi, poʻo le initaneti i radiotalofa.ws")),
            _f("lotu", FOOTER, 0.2, *_by_day(_rt_lotu)),
            _f("english", FOOTER, 0.25, (_OLD, "English news bulletins weekdays at 7 a.m. and "
                                               "6 p.m.")),
            _f("contact", FOOTER, 0.3, (_OLD, "Radio Talofa, Vaitele, Apia · Telefoni +685 555 "
                                              "20 · tala@radiotalofa.ws")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Radio Talofa Ltd. Ua puipuia aia "
                                                "tatau uma.")),
            _f("faasaoga", HEADER, 0.04, (_OLD, "Faʻasaʻoga: ua toe teuteu lenei tala ina ua "
                                                "uma ona faʻasalalau muamua.")),
        ),
    )


# --- a Tongan weekly (in Tongan) ----------------------------------------------------------

TT_REDESIGN = dt.date(2016, 7, 4)  # relaunched on the King's birthday
TT_EMAIL = dt.date(2019, 2, 1)
TT_TOTONGI = (("2000-01-01", "T$1.50"), ("2017-01-02", "T$2.00"), ("2020-01-06", "T$2.50"))
TT_FIRST_SAILING = dt.date(2014, 12, 31)  # a Wednesday; a sailing every fortnight after
TT_SHIPS = ("Lomipeau Star", "Toa Moana")


def _tt_aho(day: dt.date) -> str:
    if day < TT_REDESIGN:
        return f"Nukuʻalofa, {day.day}/{day.month}/{day.year}"
    return f"{AHO[day.weekday()]} {day.day} {MAHINA[day.month - 1]} {day.year}"


def next_sailing(day: dt.date) -> tuple[dt.date, str]:
    """The shipping line's next sailing from Auckland on or after `day`, and its ship."""
    n = -(-(day - TT_FIRST_SAILING).days // 14)
    return TT_FIRST_SAILING + dt.timedelta(days=14 * n), TT_SHIPS[n % 2]


def _tt_vaka(day: dt.date) -> str:
    sailing, ship = next_sailing(day)
    return (f"Tuʻuaki: ko e folau hoko ʻa e {ship} mei ʻAokalani ki Nukuʻalofa: "
            f"{AHO[sailing.weekday()]} {sailing.day} {MAHINA[sailing.month - 1]}. ʻOmi hoʻo "
            f"ngaahi puha ʻi muʻa ʻi he ʻaho ʻe tolu.")


def _tt_afa(day: dt.date) -> str:
    season = pacific_season(day)
    if season:
        return (f"⚠️ Taimi ʻo e afā {season[0]}–{season[1]}: fanongo ki he ngaahi fakatokanga "
                f"ʻa e Potungāue Fakamatala ʻEa")
    return "Talaki Tonga: ongoongo mei Tonga ki he kāinga ʻi muli"


TT_EVENTS = (
    _span("2015-07-01", "2015-07-05", "👑 Hilifaki Kalauni ʻo ʻEne ʻAfio Kingi Tupou VI"),
    _span("2018-02-10", "2018-02-14", "🌀 Fakatokanga afā: Afā Gita, kalasi 4"),
    _span("2020-04-07", "2020-04-10", "🌀 Fakatokanga afā: Afā Harold"),
    _span("2020-03-21", "2020-04-06", "🦠 COVID-19: ngaahi tuʻutuʻuni ʻa e Puleʻanga"),
)
TT_VOTE = (_vote("2017-11-16", "🗳️ Fili Fakalukufua 2017: ngaahi ola mei he vāhenga fili "
                               "kotoa", before=10, after=2),)
TT_KING = tuple(_yearly("07-04", 1, 0, lambda y: f"Fakamanatu ʻAho ʻAloʻi ʻo ʻEne ʻAfio {y}"))
TT_TAUATAINA = tuple(_yearly("06-04", 1, 0, lambda y: f"ʻAho Tauʻatāina {y}: taʻu ʻe "
                                                      f"{y - 1970}"))


def talaki_style() -> PublisherStyle:
    """A Tongan weekly (in Tongan, with the ʻokina and long vowels): a section from a pool,
    "Nukuʻalofa" with the numeric date turned the weekday and long date on the King's
    birthday in 2016 (a wording per day), the byline reworded, a storm banner that names the
    cyclone season's two years and turns for the coronation, Gita, Harold, the pandemic, the
    2017 election, the King's birthday and Emancipation Day with its years, "Lau foki" and
    advertisement markers up to twice, a shipping advert with the next fortnightly sailing
    from Auckland and its ship (a wording per fortnight), the cover price rising twice, a
    church-notice line reworded for email, a thank-you line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="talakitonga.to", site="Talaki Tonga", base_size=130,
        subdomains=(("www.", 60), ("", 40)),
        sections=("ongoongo", "politikale", "sipoti", "siasi", "pisinisi", "muli"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={"vahe": ("Ongoongo Fakalotofonua", "Politikale", "Sipoti", "Siasi", "Pisinisi",
                        "Ongoongo Muli")},
        families=(
            _f("vahe", HEADER, 0.5, (_OLD, "{vahe}")),
            _f("aho", HEADER, 0.9, *_by_day(_tt_aho)),
            _f("fau", HEADER, 0.55, (_OLD, "Naʻe faʻu ʻe {author}"),
               (TT_REDESIGN.isoformat(), "Fakamatala ʻa {author}")),
            _f("afa", HEADER, 0.3, *_calendar(_tt_afa, TT_EVENTS, TT_VOTE, TT_KING,
                                              TT_TAUATAINA)),
            _f("lau", MIDDLE, 0.35, (_OLD, "Lau foki: {other_title}"), count=2),
            _f("tuuaki", MIDDLE, 0.25, (_OLD, "Tuʻuaki"), count=2),
            _f("vaka", MIDDLE, 0.15, *_by_day(_tt_vaka)),
            _f("totongi", FOOTER, 0.12, *tabled(TT_TOTONGI, lambda p: f"Totongi ʻo e "
                                                                      f"nusipepa: {p}")),
            _f("siasi", FOOTER, 0.15,
               (_OLD, "Fanongonongo Siasi: ʻomi ki he ʻōfisi ʻo e Talaki Tonga ʻi muʻa he "
                      "Pulelulu houa 12"),
               (TT_EMAIL.isoformat(), "Fanongonongo Siasi: ʻimeili ki siasi@talakitonga.to ʻi "
                                      "muʻa he Pulelulu")),
            _f("malo", FOOTER, 0.3, (_OLD, "Mālō ʻaupito hoʻo lau!")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Talaki Tonga. Kotoa ʻa e totonu ʻoku "
                                                "maluʻi.")),
            _f("fakatonutonu", HEADER, 0.04, (_OLD, "Fakatonutonu: naʻe hala ha hingoa ʻi he "
                                                    "paaki kimuʻa.")),
        ),
    )


# --- a Vanuatu paper (in Bislama) ---------------------------------------------------------

VV_REDESIGN = dt.date(2018, 7, 30)  # relaunched on Independence Day
VV_PRAES = (("2000-01-01", "100"), ("2016-07-01", "120"), ("2019-01-07", "150"))
VU_ELECTIONS = ("2016-01-22", "2020-03-19")


def _vv_deit(day: dt.date) -> str:
    if day < VV_REDESIGN:
        return f"Port Vila, {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DEI[day.weekday()]} {day.day} {MANIS[day.month - 1]} {day.year}"


def _vv_saeklon(day: dt.date) -> str:
    season = pacific_season(day)
    if season:
        return (f"🌀 Saeklon sisen {season[0]}–{season[1]}: lesin gud long ol woning blong "
                f"Vanuatu Meteo")
    return "Vila Voice: nius blong Vanuatu long Bislama mo Inglis"


VV_EVENTS = (
    _span("2015-03-11", "2015-03-25", "🌀 Red alet: Saeklon Pam i kasem Shefa mo Tafea"),
    _span("2017-05-03", "2017-05-08", "🌀 Yelo alet: Saeklon Donna i kam klosap long Torba"),
    _span("2017-09-26", "2017-10-27", "🌋 Volkeno long Ambae: evri famle i mas muv i go long "
                                      "narafala aelan"),
    _span("2020-04-04", "2020-04-12", "🌀 Red alet: Saeklon Harold long Sanma, Penama mo "
                                      "Malampa"),
    _span("2020-03-26", "2020-04-03", "🦠 Stet blong imejensi from COVID-19: ol niufala rul"),
)
VV_VOTES = tuple(_vote(day, f"🗳️ Jeneral ilekson {day[:4]}: ol risal", before=7, after=3)
                 for day in VU_ELECTIONS)
VV_INDEPENDENCE = tuple(_yearly("07-30", 2, 0, lambda y: f"🇻🇺 Hapi Indipendens Dei! "
                                                         f"{y - 1980} yia blong Vanuatu"))


def vilavoice_style() -> PublisherStyle:
    """A Vanuatu paper (in Bislama): a section from a pool, "Port Vila" with the numeric date
    turned the Bislama weekday and date on Independence Day 2018 (a wording per day), "Stori
    blong" turned "Ripot:", a cyclone banner that names the season's two years and turns for
    Pam, Donna, Harold, the Ambae volcano, the state of emergency, the 2016 and 2020
    elections and Independence Day with the country's age, "Ridim tu" and advertisement
    markers up to twice, a photo credit naming a colleague, an inter-island shipping advert
    from pools, the cover price in vatu rising twice, an English-edition line, the newsroom
    contact and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="vilavoice.vu", site="Vila Voice", base_size=110,
        subdomains=(("www.", 100),),
        sections=("nius", "politik", "spot", "bisnis", "provins"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "seksen": ("Nius", "Politik", "Spot", "Bisnis", "Provins", "Pasifik"),
            "ship": ("MV Big Sista", "MV Vanuatu Ferry", "LC Saraka", "MV Island Trader"),
            "sail_day": ("Mande", "Wenesde", "Fraede"),
            "island": ("Malekula", "Ambrym", "Pentecost", "Santo", "Tanna", "Epi", "Ambae"),
        },
        families=(
            _f("seksen", HEADER, 0.5, (_OLD, "{seksen}")),
            _f("deit", HEADER, 0.88, *_by_day(_vv_deit)),
            _f("raeta", HEADER, 0.6, (_OLD, "Stori blong {author}"),
               (VV_REDESIGN.isoformat(), "Ripot: {author}")),
            _f("saeklon", HEADER, 0.3, *_calendar(_vv_saeklon, VV_EVENTS, VV_VOTES,
                                                  VV_INDEPENDENCE)),
            _f("ridim", MIDDLE, 0.35, (_OLD, "Ridim tu: {other_title}"), count=2),
            _f("advetaesmen", MIDDLE, 0.25, (_OLD, "Advetaesmen"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("sip", MIDDLE, 0.12, (_OLD, "Sip: {ship} i livim Port Vila long {sail_day} i go "
                                           "long {island_list}")),
            _f("praes", FOOTER, 0.12, *tabled(VV_PRAES, lambda n: f"Praes blong pepa: {n} "
                                                                  f"vatu")),
            _f("inglis", FOOTER, 0.2, (_OLD, "Read this story in English at vilavoice.vu/en")),
            _f("kontak", FOOTER, 0.3, (_OLD, "Kontaktem nius rum: +678 555 210 · "
                                             "nius@vilavoice.vu")),
            _f("kopiraet", FOOTER, 0.4, (_OLD, "© {year} Vila Voice Media. Evri raet i blong "
                                               "mifala.")),
            _f("stretem", HEADER, 0.04, (_OLD, "Stretem: namba blong ol vot we stori ia i "
                                               "talem fastaem i no stret.")),
        ),
    )


# --- a New Caledonian daily (in French) ---------------------------------------------------

NL_REDESIGN = dt.date(2019, 1, 14)
NL_ABONNEMENT = dt.date(2018, 1, 2)
NL_PRIX = (("2000-01-01", "200 F CFP"), ("2016-07-01", "220 F CFP"), ("2019-01-02", "250 F CFP"))


def _nl_date(day: dt.date) -> str:
    if day < NL_REDESIGN:
        return f"Nouméa, le {french_day(day.day)} {MOIS[day.month - 1]} {day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {french_day(day.day)} {MOIS[day.month - 1]} "
            f"{day.year} – {{time}} (NC)")


def _nl_base(day: dt.date) -> str:
    season = pacific_season(day)
    if season:
        return (f"Saison cyclonique {season[0]}-{season[1]} : suivez les bulletins de "
                f"Météo-France Nouvelle-Calédonie")
    price = "1 900" if day < NL_ABONNEMENT else "2 100"
    return f"Abonnez-vous à l'édition numérique : {price} F CFP par mois"


NL_EVENTS = (
    _vote("2018-11-04", "Référendum du 4 novembre 2018 : les résultats commune par commune",
          before=14, after=2),
    _vote("2020-10-04", "Deuxième référendum, 4 octobre 2020 : résultats et réactions",
          before=14, after=2),
    _span("2017-04-08", "2017-04-11", "Alerte cyclonique de niveau 2 : Cook traverse la "
                                      "Grande Terre"),
    _span("2018-02-15", "2018-02-18", "Alerte cyclonique de niveau 1 : Gita au sud de la "
                                      "Grande Terre"),
    _span("2019-02-18", "2019-02-22", "Pré-alerte cyclonique : Oma se rapproche"),
    _span("2020-03-24", "2020-04-20", "Confinement : nos articles sur le Covid-19 en accès "
                                      "libre"),
)
NL_CITOYENNETE = tuple(_yearly("09-24", 1, 0, lambda y: f"24 septembre {y} : Fête de la "
                                                        f"citoyenneté"))


def lagon_style() -> PublisherStyle:
    """A New Caledonian daily (in French): a section from a pool, "Nouméa, le" with the date
    ("1er" on the first) turned the weekday, date and time on a 2019 redesign (a wording per
    day), "Par" turned the writer with the beat, a banner that names the cyclone season's two
    years and, out of season, the digital subscription whose price rises in 2018, turned for
    the 2018 and 2020 referendums, Cook, Gita, Oma, the lockdown and Citizenship Day, "Lire
    aussi" and advertisement markers, a photo credit naming a colleague, a comment-moderation
    line, the cover price in CFP francs rising twice, the contact
    and copyright lines (a block), a rare erratum."""
    return PublisherStyle(
        domain="nouvellesdulagon.nc", site="Les Nouvelles du Lagon", base_size=90,
        subdomains=(("www.", 100),),
        sections=("grand-noumea", "brousse", "iles", "politique", "economie", "sports"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Grand Nouméa", "Brousse", "Îles Loyauté", "Politique", "Économie",
                         "Sports", "Pacifique"),
            "beat": ("Grand Nouméa", "Brousse", "Îles", "Politique", "Économie"),
        },
        families=(
            _f("rubrique", HEADER, 0.55, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_nl_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (NL_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("alerte", HEADER, 0.3, *_calendar(_nl_base, NL_EVENTS, NL_CITOYENNETE)),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi > {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.25, (_OLD, "Annonce")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {author2}")),
            _f("commentaires", FOOTER, 0.15, (_OLD, "Les commentaires sont modérés : ils doivent "
                                                    "respecter la charte de la rédaction.")),
            _f("prix", FOOTER, 0.12, *tabled(NL_PRIX, lambda p: f"Prix au numéro : {p}")),
            _f("contact", FOOTER, 0.3, (_OLD, "Nous contacter : redaction@nouvellesdulagon.nc "
                                              "– tél. 28 55 00")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Les Nouvelles du Lagon {year} – Tous droits "
                                                "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le nom de la tribu a été corrigé dans "
                                               "cette version de l'article.")),
        ),
    )


# --- a Fijian radio station's news site ---------------------------------------------------

WF_REDESIGN = dt.date(2019, 10, 10)  # relaunched on Fiji Day
WF_SAVUSAVU = dt.date(2017, 5, 1)
FIJI_SUMMER = (("2014-11-02", "2015-01-18"), ("2015-11-01", "2016-01-17"),
               ("2016-11-06", "2017-01-15"), ("2017-11-05", "2018-01-14"),
               ("2018-11-04", "2019-01-13"), ("2019-11-10", "2020-01-12"),
               ("2020-12-20", "2021-01-17"))  # first and last day of Fiji summer time
FJ_DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
             2019: "2019-10-27", 2020: "2020-11-14"}
WF_SHOWS = ("Monday Night Talanoa with the newsroom", "Rugby Talk", "the Wave Request Hour",
            "Throwback Thursday", "the Friday Night Bula Mix", "the Skipper Cup live from 3 p.m.",
            "Sunday Gospel Hour from 6 a.m.")


def fiji_summer(day: dt.date) -> bool:
    """Whether Fiji is on summer time (FJST) on `day`."""
    return any(iso_day(a) <= day <= iso_day(b) for a, b in FIJI_SUMMER)


def _wf_dated(day: dt.date) -> str:
    if day < WF_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}}"
    zone = "FJST" if fiji_summer(day) else "FJT"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} | {{time}} {zone}"


def _wf_tonight(day: dt.date) -> str:
    return (f"On Wave FM, {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}: "
            f"{WF_SHOWS[day.weekday()]}")


def _wf_base(day: dt.date) -> str:
    season = pacific_season(day)
    if season:
        return (f"TC season {season[0]}/{str(season[1])[2:]}: stay tuned to Wave FM for Fiji "
                f"Met Service alerts")
    return "Got a story? Call or Viber the newsroom on 555 9840"


WF_STORMS = (
    _span("2016-02-18", "2016-03-06", "Severe TC Winston: a state of natural disaster is in "
                                      "force. Listen live for updates"),
    _span("2018-04-01", "2018-04-12", "TC Josie and TC Keni: flood warnings for the Western "
                                      "and Central divisions"),
    _span("2020-04-07", "2020-04-10", "TC Harold: news bulletins every hour on Wave FM"),
    _span("2020-12-15", "2020-12-22", "Severe TC Yasa: a state of natural disaster for the "
                                      "Northern Division"),
    _span("2020-03-20", "2020-04-30", "COVID-19: stay home and stay tuned, bulletins on the "
                                      "hour"),
)
WF_VOTE = (_vote("2018-11-14", "Fiji Votes 2018: live results on air and online", before=7,
                 after=2),)
WF_FIJI_DAY = tuple(_yearly("10-10", 1, 0, lambda y: f"Happy Fiji Day! {y - 1970} years of "
                                                     f"independence"))
WF_DIWALI = tuple(_movable(listed(FJ_DIWALI), 1, 0, lambda y: f"Happy Diwali {y} from the "
                                                             f"Wave FM family"))


def wavefm_style() -> PublisherStyle:
    """A Fijian radio station's news site: "Posted on" with the date and the 12-hour time
    turned the date, time and Fiji standard or summer time on Fiji Day 2019 (a wording per
    day), the byline reworded, the frequency line reworded when a Savusavu transmitter opens,
    a banner that names the cyclone season's years and turns for Winston, Josie and Keni,
    Harold, Yasa, the pandemic, the 2018 election, Fiji Day with the years of independence
    and Diwali, "Also on Wave" mid-body, a remittance advert from a pool, the evening's
    programme with the day's date (a wording per day), a church-announcements line, the
    address and copyright lines (a
    block), a rare correction."""
    return PublisherStyle(
        domain="wavefm.com.fj", site="Wave FM", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "sport", "business", "pacific", "entertainment"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={"remit": ("Bula Money Express", "Pacific Remit", "Island Xpress Transfers")},
        families=(
            _f("dated", HEADER, 0.9, *_by_day(_wf_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "{author} | Wave News"),
               (WF_REDESIGN.isoformat(), "Reported by {author}")),
            _f("frequency", HEADER, 0.3,
               (_OLD, "Wave FM: 98.2 Suva · 98.6 Nadi and Lautoka · 97.4 Labasa"),
               (WF_SAVUSAVU.isoformat(), "Wave FM: 98.2 Suva · 98.6 Nadi and Lautoka · 97.4 "
                                         "Labasa · 95.8 Savusavu")),
            _f("banner", HEADER, 0.3, *_calendar(_wf_base, WF_STORMS, WF_VOTE, WF_FIJI_DAY,
                                                 WF_DIWALI)),
            _f("also-on", MIDDLE, 0.35, (_OLD, "Also on Wave: {other_title}")),
            _f("remit", MIDDLE, 0.15, (_OLD, "Sponsored: collect money from overseas at any "
                                             "{remit} branch, open Saturdays till 1 p.m.")),
            _f("tonight", FOOTER, 0.25, *_daily(_wf_tonight)),
            _f("church", FOOTER, 0.12, (_OLD, "Church and community announcements are read on "
                                              "air on Saturdays at 9 a.m. Email "
                                              "community@wavefm.com.fj")),
            _f("address", FOOTER, 0.3, (_OLD, "Wave FM, Level 2, 40 Gordon Street, Suva · "
                                              "newsroom@wavefm.com.fj")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Wave Broadcasting (Fiji) Limited")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this story has been updated with "
                                                  "the correct name of the village.")),
        ),
    )


# --- a Brooklyn weekly for the Caribbean diaspora -----------------------------------------

CD_REDESIGN = dt.date(2018, 6, 7)
CD_SUBSCRIPTION = dt.date(2018, 1, 1)
CD_FIRST_YEAR = 1994  # volume 1
CD_DRUMS = (("2000-01-01", "75"), ("2016-01-04", "80"), ("2017-01-02", "85"),
            ("2018-03-01", "90"), ("2019-01-07", "95"), ("2020-06-01", "105"))
CD_FEES = (("2000-01-01", "8.99"), ("2017-07-01", "7.99"), ("2019-07-01", "5.99"))


def cd_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume, issue number and Thursday for the week of `day`."""
    thursday = thursday_of(day)
    return (thursday.year - CD_FIRST_YEAR + 1, (thursday.timetuple().tm_yday - 1) // 7 + 1,
            thursday)


def _cd_issue(day: dt.date) -> str:
    vol, no, thursday = cd_issue(day)
    return (f"Vol. {vol}, No. {no} · Week of {MONTHS[thursday.month - 1]} {thursday.day}, "
            f"{thursday.year}")


def _cd_dated(day: dt.date) -> str:
    if day < CD_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Posted {day.month:02d}/{day.day:02d}/{day.year} at {{time12}} ET"


def _cd_base(day: dt.date) -> str:
    price = "$39" if day < CD_SUBSCRIPTION else "$45"
    return f"Subscribe: Caribbean Diaspora Weekly delivered to your door, {price} a year"


def labor_day(y: int) -> dt.date:
    return nth_weekday(y, 9, 0, 1)


def last_christmas_sailing(y: int) -> dt.date:
    """The last barrel sailing before Christmas: the third Friday of November."""
    return nth_weekday(y, 11, 4, 3)


CD_EVENTS = (
    _span("2017-09-06", "2017-10-15", "Hurricane relief: where to drop off supplies for "
                                      "Dominica, Barbuda and the BVI"),
    _span("2019-09-03", "2019-09-30", "Dorian relief: drop-off points for the Bahamas in "
                                      "Brooklyn and Queens"),
    _span("2020-03-16", "2020-06-30", "COVID-19: where to find food pantries, testing and "
                                      "help with rent"),
    (labor_day(2020) - 7 * ONE, labor_day(2020) + ONE,
     "Labor Day 2020: no parade on the Parkway this year. Where to watch it online"),
)
CD_LABOR_DAY = tuple(_movable(labor_day, 7, 0, lambda y: f"Labor Day {y}: our guide to J'Ouvert "
                                                        f"and the parade on Eastern Parkway"))
CD_BARRELS = tuple(_movable(last_christmas_sailing, 16, 0, lambda y: (
    f"Christmas barrels: the last sailings to the islands leave "
    f"{MONTHS[10]} {last_christmas_sailing(y).day}")))
CD_HERITAGE = tuple(_yearly("06-01", 0, 29, lambda y: f"June {y} is Caribbean-American "
                                                      f"Heritage Month"))


def diaspora_style() -> PublisherStyle:
    """A Brooklyn weekly for the Caribbean diaspora: the volume (one a year), issue number and
    week's Thursday (a wording per week), the date turned "Posted" with the numeric date and
    Eastern time in 2018 (a wording per day), "By" turned the writer with the beat, a
    barrel-shipping advert whose drum price rises five times, a money-transfer advert whose
    fee falls twice, "More from CDW" mid-body, a subscription line whose price rises in 2018
    and that turns for Labor Day's parade (none in 2020), the last Christmas sailings,
    Caribbean-American Heritage Month, the relief drives after Irma and Maria and after
    Dorian and the pandemic, the community-calendar line, the address and copyright lines (a
    block), a rare correction."""
    return PublisherStyle(
        domain="caribdiasporaweekly.com", site="Caribbean Diaspora Weekly", base_size=55,
        subdomains=(("www.", 100),),
        sections=("community", "caribbean", "immigration", "business", "culture", "sports"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "beat": ("Community Editor", "Caribbean Correspondent", "Immigration Reporter",
                     "Culture Writer"),
            "remit": ("Flatbush Money Express", "Nostrand Avenue Remit", "Caribe Express"),
        },
        families=(
            _f("issue", HEADER, 0.45, *_by_day(_cd_issue)),
            _f("dated", HEADER, 0.85, *_by_day(_cd_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (CD_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("barrels", MIDDLE, 0.2, *tabled(CD_DRUMS, lambda p: (
                f"SHIP BARRELS HOME: Kingston · Georgetown · Port of Spain · Port-au-Prince. "
                f"From ${p} a drum, weekly sailings from Brooklyn. Call (718) 555-0178"))),
            _f("remit", MIDDLE, 0.15, *tabled(CD_FEES, lambda fee: (
                f"Send money to the Caribbean: ${fee} flat fee at any {{remit}} agent in "
                f"Brooklyn, Queens and the Bronx"))),
            _f("more", MIDDLE, 0.35, (_OLD, "More from CDW: {other_title}")),
            _f("banner", FOOTER, 0.3, *_calendar(_cd_base, CD_EVENTS, CD_LABOR_DAY, CD_BARRELS,
                                                 CD_HERITAGE)),
            _f("listings", FOOTER, 0.2, (_OLD, "Church and community listings are free: email "
                                               "calendar@caribdiasporaweekly.com by Monday "
                                               "noon.")),
            _f("address", FOOTER, 0.25, (_OLD, "1187 Flatbush Avenue, Brooklyn, NY 11226 · "
                                               "(718) 555-0170")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Caribbean Diaspora Weekly, "
                                                 "Brooklyn, NY")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article misstated the date of the "
                                                  "fundraiser.")),
        ),
    )


# --- a Dominican radio station ------------------------------------------------------------

NI_RELAUNCH = dt.date(2018, 1, 15)  # the site back after Hurricane Maria
NI_BACK_ON_AIR = dt.date(2017, 10, 16)
NI_MARIGOT = dt.date(2018, 7, 2)
NI_WHATSAPP = dt.date(2019, 1, 7)


def _ni_dated(day: dt.date) -> str:
    if day < NI_RELAUNCH:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def _ni_base(day: dt.date) -> str:
    if atlantic_season(day):
        return (f"Hurricane season {day.year}: tune in to Nature Isle Radio for official "
                f"advisories")
    return "Nature Isle Radio: Dominica's voice at home and abroad"


def creole_day(y: int) -> dt.date:
    """Jounen Kwéyòl as Dominica keeps it: the last Friday of October."""
    return last_weekday(y, 10, 4)


NI_EVENTS = (
    _span("2015-08-27", "2015-09-10", "Tropical Storm Erika: relief updates and messages for "
                                      "missing persons"),
    _span("2017-09-17", "2017-10-31", "Hurricane Maria: messages to and from family overseas, "
                                      "read on air every hour"),
    _vote("2019-12-06", "Election 2019: results from all 21 constituencies", before=7),
    _span("2020-03-27", "2020-05-10", "COVID-19: curfew times and government notices"),
)
NI_SEASON = tuple((creole_day(y), dt.date(y, 11, 5), f"Jounen Kwéyòl and Independence {y}: "
                                                     f"Dominica at {y - 1978}") for y in YEARS)


def natureisle_style() -> PublisherStyle:
    """A Dominican radio station: the numeric date turned the weekday and long date when the
    site came back after Hurricane Maria (a wording per day), "By" and the writer, a banner
    that turns with the hurricane season and for Erika, Maria, the 2019 election, the
    pandemic and the Creole and Independence season with Dominica's age, "Also in the news"
    mid-body, the frequency line reworded after Maria took the station off air and again when
    a Marigot transmitter opens, the death-announcement line reworded for WhatsApp, a
    news-tip line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="natureisleradio.dm", site="Nature Isle Radio", base_size=40,
        subdomains=(("www.", 100),),
        sections=("local", "regional", "politics", "sports"),
        n_authors=4, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.88, *_by_day(_ni_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("banner", HEADER, 0.3, *_calendar(_ni_base, NI_EVENTS, NI_SEASON)),
            _f("also", MIDDLE, 0.3, (_OLD, "Also in the news: {other_title}")),
            _f("frequency", FOOTER, 0.4,
               (_OLD, "Listen live: 95.7 FM Roseau · 101.1 FM Portsmouth"),
               (NI_BACK_ON_AIR.isoformat(), "Back on air after Maria: 95.7 FM Roseau. The "
                                            "Portsmouth transmitter will return soon"),
               (NI_MARIGOT.isoformat(), "Listen live: 95.7 FM Roseau · 101.1 FM Portsmouth · "
                                        "88.3 FM Marigot")),
            _f("deaths", FOOTER, 0.2,
               (_OLD, "Death announcements are read at 7 a.m., noon and 6 p.m. Call 555-4400 "
                      "by 10 a.m."),
               (NI_WHATSAPP.isoformat(), "Death announcements are read at 7 a.m., noon and "
                                         "6 p.m. Send yours by WhatsApp to 767-555-4400 by "
                                         "10 a.m.")),
            _f("tip", FOOTER, 0.25, (_OLD, "Got a news tip? Email news@natureisleradio.dm or "
                                           "call 767-555-4410.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nature Isle Radio, Roseau, "
                                                 "Commonwealth of Dominica")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the time of the funeral service "
                                                  "has been corrected.")),
        ),
    )


# --- an Aruban radio station (in Papiamento) ----------------------------------------------

RB_REDESIGN = dt.date(2019, 3, 18)  # relaunched on Anthem and Flag Day
RB_STREAM = dt.date(2018, 1, 25)


def _rb_fecha(day: dt.date) -> str:
    if day < RB_REDESIGN:
        return f"Oranjestad, {day.day} {MESES_AW[day.month - 1]} {day.year}"
    return (f"{DIANAN_AW[day.weekday()].capitalize()}, {day.day} di {MESES_AW[day.month - 1]} "
            f"{day.year}")


def _rb_base(day: dt.date) -> str:
    return "Radio Brisa: e stacion di Aruba"


RB_EVENTS = (
    _span("2016-09-28", "2016-09-30", "Aviso di tormenta tropical: Matthew ta pasa zuid di "
                                      "Aruba"),
    _span("2020-03-29", "2020-05-31", "Keda cas: tur informacion tocante COVID-19"),
)
RB_BANDERA = tuple(_yearly("03-18", 1, 0, lambda y: f"Feliz Dia di Himno y Bandera {y}!"))
RB_BETICO = tuple(_yearly("01-25", 1, 0, lambda y: f"25 di januari {y}: Dia di Betico"))
RB_CARNAVAL = tuple(_movable(carnival_tuesday, 5, 0, lambda y: f"Carnaval {y}: ruta di Gran "
                                                               f"Parada na Oranjestad"))


def brisa_style() -> PublisherStyle:
    """An Aruban radio station (in Papiamento, Aruba's spelling): "Oranjestad" with the date
    turned the weekday and date on Anthem and Flag Day 2019 (a wording per day), "Door di" and
    the writer, a banner
    that turns for Flag Day, Betico Day, Carnaval (by Easter), Matthew and the lockdown,
    "Lesa mas" and advertisement markers mid-body, the frequency line reworded for the live
    stream, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="radiobrisa.aw", site="Radio Brisa", base_size=30,
        subdomains=(("www.", 100),),
        sections=("noticia", "deporte", "cultura"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_rb_fecha)),
            _f("autor", HEADER, 0.4, (_OLD, "Door di {author}")),
            _f("aviso", HEADER, 0.3, *_calendar(_rb_base, RB_EVENTS, RB_BANDERA, RB_BETICO,
                                                RB_CARNAVAL)),
            _f("lesa", MIDDLE, 0.3, (_OLD, "Lesa mas: {other_title}")),
            _f("anuncio", MIDDLE, 0.25, (_OLD, "Anuncio")),
            _f("frecuencia", FOOTER, 0.4, (_OLD, "Sintonisá Radio Brisa riba 97.9 FM"),
               (RB_STREAM.isoformat(), "Sintonisá Radio Brisa riba 97.9 FM of scucha nos en "
                                       "bibo riba radiobrisa.aw")),
            _f("derecho", FOOTER, 0.35, (_OLD, "© {year} Radio Brisa. Tur derecho reserva.")),
            _f("correccion", HEADER, 0.04, (_OLD, "Correccion: e ora di e evento a worde "
                                                  "corigi.")),
        ),
    )


def heldout200_styles() -> list[PublisherStyle]:
    """The held-back-200 styles, in the order the generator hands them to publishers."""
    return [
        clarion_style(), mirror_style(), courrier_style(), boletin_style(), talofa_style(),
        talaki_style(), vilavoice_style(), lagon_style(), wavefm_style(), diaspora_style(),
        natureisle_style(), brisa_style(),
    ]
