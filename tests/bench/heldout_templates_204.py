"""The ``held-back-204`` template set of the planted-real benchmark.

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
advertisement marker, an "at your own risk" line or a mountain-safety reminder. The publishers
are camping, caravan, hiking-club and mountain-hut sites in English, German, Italian,
Norwegian, Slovak and Japanese: a British camping and caravanning club's news pages, a
Bavarian alpine-club section with its hut, an Italian network of mountain huts (rifugi), a
Norwegian trekking association with its staffed hut, a High Tatras mountain-hut company (in
Slovak), a Northern Alps mountain hut (in Japanese), an American campground operator's blog,
a family campsite on a Swabian lake, a campsite on Lake Garda (in Italian), a Norwegian
motorhome club's magazine, a Slovak hiking club and a Japanese auto campground.

The families are the kinds a crawl of such sites holds: dates localised day by day in English,
German, Italian, Norwegian, Slovak and Japanese (the Japanese hut's in the imperial era, turned
from Heisei to Reiwa on 1 May 2019), several changing form on the day of a redesign (a season's
opening day, the day the Tatras trails open); avalanche bulletins with the day's danger level
in four languages, printed day by day through each winter; a hut's morning weather day by day
through its season; a "site of the week" that turns each Monday; hut and site opening seasons
by year (Easter opening of a Norwegian hut, Golden Week in Japan, the Tatras trails closed from
1 November to 15 June, a campsite's winter break, the 2020 closures and late openings);
booking and deposit lines reworded for free cancellation in 2020; club dues, hut prices,
pitch prices, an annual pass and a tourist tax that change by year (with Japan's 2019
consumption-tax rise and Germany's 2020 VAT cut); notices that follow the calendars of such
sites (Easter and the bank holidays, storms and snow warnings, general meetings, Ferragosto,
storm Vaia, Golden Week and Mountain Day, typhoons, fire-restriction seasons and stage 2 bans,
government shutdowns and wildfire closures, a national hike up Kriváň, New Year's Eve climbs,
rallies, the pandemic); trail-closure lines and tour data from pools; related links, "read
also" lines and advertisement markers mid-body (some up to two times); notices reworded in
2015-2020, multi-line blocks (about, registered office and copyright; risk, imprint and
copyright), bare lines and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences)
are the generator's.
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
    Event,
    Period,
    Wordings,
    easter,
    iso_day,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles again.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# Slovak months in the genitive, as a date prints them ("15. júna").
MESIACE = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
           "septembra", "októbra", "novembra", "decembra")
DNI = ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")

# Avalanche danger scale, levels 1-5, as each language's warning services name them.
GEFAHR = ("gering", "mäßig", "erheblich", "groß", "sehr groß")
PERICOLO = ("debole", "moderato", "marcato", "forte", "molto forte")
FAREGRAD = ("liten", "moderat", "betydelig", "stor", "meget stor")
NEBEZPECENSTVO = ("nízke", "mierne", "zvýšené", "vysoké", "veľmi vysoké")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.md5(f"{key}|{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later start."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def avalanche_season(day: dt.date, last_month: int = 4) -> bool:
    """Whether avalanche bulletins are issued on `day`: 1 December to the end of
    `last_month`."""
    return day.month == 12 or day.month <= last_month


def danger(day: dt.date, key: str) -> int:
    """A made-up avalanche danger level (1-5) for `day` in a region (`key`): higher in
    midwinter, held for three days at a time, a 5 only after rare heavy snowfall."""
    block = day - dt.timedelta(days=day.toordinal() % 3)
    base = {12: 1.9, 1: 2.5, 2: 2.6, 3: 2.3, 4: 2.0, 5: 1.6}.get(day.month, 1.5)
    value = base + 1.0 * wobble(block, key) + 0.35 * wobble(day, key)
    level = min(4, max(1, round(value)))
    if level == 4 and day.month in (1, 2, 3) and wobble(block, key + "-storm") > 0.93:
        level = 5
    return level


def de_long(day: dt.date) -> str:
    return f"{day.day}. {MONATE[day.month - 1]} {day.year}"


def it_long(day: dt.date) -> str:
    return f"{day.day} {MESI[day.month - 1]} {day.year}"


def no_long(day: dt.date) -> str:
    return f"{day.day}. {MANEDER[day.month - 1]} {day.year}"


def sk_long(day: dt.date) -> str:
    return f"{day.day}. {MESIACE[day.month - 1]} {day.year}"


def en_long(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def wareki(day: dt.date) -> str:
    """The Japanese era date: Heisei to 30 April 2019, Reiwa from 1 May 2019 (its first year
    printed 元年)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年{day.month}月{day.day}日"
    n = day.year - 2018
    return f"令和{'元' if n == 1 else n}年{day.month}月{day.day}日"


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


# --- a British camping and caravanning club's news pages ----------------------------------

PW_REDESIGN = dt.date(2018, 2, 5)
PW_BULLETIN = dt.date(2017, 5, 2)
PW_CLOSED = (dt.date(2020, 3, 23), dt.date(2020, 7, 4))  # Club Sites shut, then reopened
PW_LOCKDOWN = (dt.date(2020, 11, 5), dt.date(2020, 12, 2))
PW_FEES = (("2014-01-01", "£41 (£38 by Direct Debit)"), ("2015-01-01", "£42 (£39 by Direct Debit)"),
           ("2016-01-01", "£43 (£40 by Direct Debit)"), ("2017-01-01", "£45 (£41 by Direct Debit)"),
           ("2018-01-01", "£46 (£42 by Direct Debit)"), ("2019-01-01", "£48 (£44 by Direct Debit)"),
           ("2020-01-01", "£49 (£45 by Direct Debit)"), ("2021-01-01", "£51 (£47 by Direct Debit)"))
PW_SITES = (("Hollin Bank", "Cumbria"), ("Tarnbeck", "Cumbria"), ("Coldharbour Wood", "Sussex"),
            ("Seawatch Point", "Norfolk"), ("Glenmorrie", "Perthshire"), ("Afon Lledr", "Conwy"),
            ("Kestrel Ridge", "North Yorkshire"), ("Polwhidden", "Cornwall"),
            ("Fenland Lode", "Cambridgeshire"), ("Bramblecombe", "Devon"))
PW_STORMS = (("2015-12-04", "2015-12-08", "⚠️ Storm Desmond: our Cumbrian Club Sites are "
                                          "closed. Check before you travel"),
             ("2017-02-22", "2017-02-24", "⚠️ Storm Doris: amber wind warning, secure "
                                          "awnings and check before you travel"),
             ("2018-02-26", "2018-03-04", "❄️ Snow and ice warning: some Club Sites have "
                                          "closed, please call before you set off"),
             ("2020-02-08", "2020-02-10", "⚠️ Storm Ciara: take down awnings and check your "
                                          "site's status before travelling"),
             ("2020-02-14", "2020-02-17", "⚠️ Storm Dennis: flood warnings at several Club "
                                          "Sites, check before you travel"))


def _pw_dated(day: dt.date) -> str:
    if day < PW_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return en_long(day)


def pw_opening(y: int) -> dt.date:
    """Seasonal Club Sites open on the Thursday before Good Friday."""
    return easter(y) - 3 * ONE


def pw_closing(y: int) -> dt.date:
    """Seasonal Club Sites close on the first Monday of November."""
    return nth_weekday(y, 11, 0, 1)


def _pw_season(day: dt.date) -> str:
    y = day.year
    if PW_CLOSED[0] <= day < PW_CLOSED[1]:
        return ("All Pitchway Club Sites are closed until further notice, in line with "
                "government guidance.")
    if PW_LOCKDOWN[0] <= day < PW_LOCKDOWN[1]:
        return "Club Sites in England are closed for the national lockdown until 2 December."
    if day < pw_opening(y):
        return _pw_winter(pw_opening(y))
    if day <= pw_closing(y):
        if y == 2020:
            return (f"Club Sites in England reopened on 4 July 2020; seasonal sites close on "
                    f"{en_long(pw_closing(y))}.")
        return f"All Club Sites are open: seasonal sites close on {en_long(pw_closing(y))}."
    return _pw_winter(pw_opening(y + 1))


def _pw_winter(opening: dt.date) -> str:
    return (f"Seasonal Club Sites reopen on {en_long(opening)}; all-year sites stay open "
            f"through the winter.")


def _pw_week(day: dt.date) -> str:
    monday = monday_of(day)
    i = int((wobble(monday, "pw-week") + 1) / 2 * len(PW_SITES)) % len(PW_SITES)
    name, county = PW_SITES[i]
    return (f"Site of the week ({monday.day} {MONTHS[monday.month - 1][:3]}): {name} Club Site, "
            f"{county}")


@cache
def _pw_appeal() -> Wordings:
    base = _steps((_OLD, "Get the Pitchway Club e-newsletter: touring ideas and site offers "
                         "every month"),
                  (PW_BULLETIN.isoformat(), "📬 Join 310,000 members who read our fortnightly "
                                            "Touring Bulletin. Sign up free"))
    covid = [_span("2020-03-17", "2020-07-03", "🦠 Coronavirus: Club Sites are closed and "
                                               "affected bookings will be refunded in full")]
    storms = [_span(first, last, text) for first, last, text in PW_STORMS]
    holidays: list[Event] = []
    for y in range(2015, 2021):
        holidays.append((easter(y) - 14 * ONE, easter(y) + 2 * ONE,
                         f"🐣 Easter {y}: seasonal sites are open, book your pitch now"))
        for day, name in ((last_weekday(y, 5, 0), "Spring Bank Holiday"),
                          (last_weekday(y, 8, 0), "August Bank Holiday")):
            holidays.append((day - 10 * ONE, day + ONE,
                             f"🏕️ {name} {y}: pitches are filling fast, book today"))
    return _calendar(base, covid, storms, holidays)


def pitchway_style() -> PublisherStyle:
    """A British camping and caravanning club's news pages: a kicker from a pool, "Posted on"
    with the short date turned the weekday and the long date on 5 February 2018 (a wording
    per day), "By" turned words and pictures credits on the same day, a members-only marker
    reworded, a photo caption with a Club Site from a pool, "Related:" and advertisement
    markers up to twice, a deposit line reworded for free cancellation when sites reopened
    in July 2020, the site of the week (turning each Monday), the season line (seasonal
    sites opening the Thursday before Easter and closing the first Monday of November, the
    2020 closure and lockdown), the year's membership fee (changing each January), a
    newsletter appeal reworded and turned by Easter, the bank holidays, storms and snow and
    the pandemic, the about line, the registered office and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="pitchwayclub.org.uk", site="Pitchway Club", base_size=250,
        subdomains=(("www.", 85), ("news.", 15)),
        sections=("club-news", "sites", "touring", "motorhomes", "events", "outdoors"),
        n_authors=12, url_path="/news/{section}/{slug}",
        pools={
            "kicker": ("Club news", "Sites", "Touring", "Motorhomes", "Events", "Tents",
                       "Caravans"),
            "clubsite": ("Hollin Bank", "Tarnbeck", "Coldharbour Wood", "Seawatch Point",
                         "Glenmorrie", "Afon Lledr", "Polwhidden"),
            "photo": ("Pitchway Club / Sam Ellery", "Pitchway Club", "a member", "Alamy",
                      "Getty Images"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (PW_REDESIGN.isoformat(), "Words: {author} · Pictures: {photo}")),
            _f("members", HEADER, 0.12, (_OLD, "Members only"),
               (PW_REDESIGN.isoformat(), "🔒 Members' content: log in to read the full "
                                         "article")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong opening date for "
                                                  "the site.")),
            _f("caption", MIDDLE, 0.25, (_OLD, "Pictured: {clubsite} Club Site. Photo: "
                                               "{photo}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("deposit", MIDDLE, 0.2,
               (_OLD, "Booking a pitch? A £5 deposit secures it, and the balance is paid on "
                      "arrival."),
               ("2017-01-03", "Booking a pitch? A £10 deposit secures it, and the balance is "
                              "paid on arrival."),
               (PW_CLOSED[1].isoformat(), "Book with confidence: free cancellation or changes "
                                          "up to 24 hours before you arrive.")),
            _f("site-week", FOOTER, 0.25, *_by_day(_pw_week)),
            _f("season", FOOTER, 0.3, *_by_day(_pw_season)),
            _f("membership", FOOTER, 0.2, *from_table(PW_FEES, lambda v: (
                f"Join the Pitchway Club: a year's membership is {v}."))),
            _f("appeal", FOOTER, 0.3, *_pw_appeal()),
            _f("about", FOOTER, 0.35, (_OLD, "The Pitchway Club is a not-for-profit club for "
                                             "campers, caravanners and motorhomers, founded in "
                                             "1911.")),
            _f("registered", FOOTER, 0.35, (_OLD, "Pitchway Club Ltd. Registered in England and "
                                                  "Wales no. 00128774. Registered office: "
                                                  "Greenhythe House, Coventry CV4 8JZ.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Pitchway Club. All rights "
                                                "reserved.")),
        ),
    )


# --- a Bavarian alpine-club section and its hut ------------------------------------------

BK_RELAUNCH = dt.date(2017, 11, 17)
BK_NEWSLETTER = dt.date(2019, 2, 1)
BK_AUTOR = dt.date(2016, 6, 1)
# The hut's staffed season: first and last day, by year.
BK_HUETTE = {2015: ("2015-05-23", "2015-10-11"), 2016: ("2016-05-21", "2016-10-09"),
             2017: ("2017-05-27", "2017-10-08"), 2018: ("2018-05-19", "2018-10-14"),
             2019: ("2019-06-08", "2019-10-13"), 2020: ("2020-06-13", "2020-10-11"),
             2021: ("2021-05-22", "2021-10-10")}
BK_BEITRAG = (("2014-01-01", "A-Mitglied 62 €, B-Mitglied 31 €, Junioren 31 €"),
              ("2018-01-01", "A-Mitglied 70 €, B-Mitglied 35 €, Junioren 35 €"),
              ("2020-01-01", "A-Mitglied 72 €, B-Mitglied 36 €, Junioren 36 €"))


def _bk_datum(day: dt.date) -> str:
    if day < BK_RELAUNCH:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {WOCHENTAGE[day.weekday()]}, {de_long(day)}"


def _bk_lawine(day: dt.date) -> str:
    if not avalanche_season(day):
        return "Lawinenlagebericht: Sommerpause. Die nächste Ausgabe erscheint im Dezember."
    n = danger(day, "karwendel")
    return (f"Lawinenlagebericht vom {day.day}. {MONATE[day.month - 1]}: Gefahrenstufe {n} "
            f"({GEFAHR[n - 1]}) oberhalb der Waldgrenze")


def _bk_huette(day: dt.date) -> str:
    first, last = (iso_day(x) for x in BK_HUETTE[day.year])
    if day < first:
        extra = " – nur mit Reservierung und Hygienekonzept" if day.year == 2020 else ""
        return f"Die Grubachhütte (1.742 m) öffnet am {de_long(first)}{extra}."
    if day <= last:
        return f"Die Grubachhütte ist bis {de_long(last)} bewirtschaftet."
    return ("Die Grubachhütte ist im Winter geschlossen. Der Winterraum mit 12 Lagern ist "
            "mit dem AV-Schlüssel zugänglich.")


def bk_versammlung(y: int) -> dt.date:
    """The section's general meeting: the third Friday of March."""
    return nth_weekday(y, 3, 4, 3)


@cache
def _bk_hinweis() -> Wordings:
    base = _steps((_OLD, "Unser Sektionsheft „Bergfreund“ erscheint dreimal im Jahr – für "
                         "Mitglieder kostenlos."),
                  (BK_NEWSLETTER.isoformat(), "📧 Neu: der Sektions-Newsletter mit "
                                              "Tourenprogramm und Hüttennews – jetzt "
                                              "anmelden"))
    corona = [_span("2020-03-12", "2020-05-29", "Corona: Alle Sektionstouren, Kurse und die "
                                                "Mitgliederversammlung sind bis auf Weiteres "
                                                "abgesagt.")]
    feste = [_span("2017-09-15", "2017-10-14", "125 Jahre Sektion: Festabend am 14. Oktober "
                                               "2017 im Kurhaus – Karten in der Geschäftsstelle")]
    versammlung = [(bk_versammlung(y) - 21 * ONE, bk_versammlung(y) + ONE,
                    f"Einladung zur Mitgliederversammlung am {de_long(bk_versammlung(y))}, "
                    f"19:30 Uhr, im Gasthof zur Post") for y in YEARS]
    return _calendar(base, corona, feste, versammlung)


def karwendel_style() -> PublisherStyle:
    """A Bavarian alpine-club section and its hut: a section from a pool, the numeric date
    turned "Veröffentlicht am" with the weekday and the long date on 17 November 2017 (a
    wording per day), "Von" turned text and photo credits in June 2016, the avalanche
    bulletin with the day's danger level (a wording per day from December to April, a
    summer break line), "Anzeige" up to twice, "Lesen Sie auch:", tour data from pools, the
    hut's staffed season by year (late in 2019's snowy spring, with a hygiene plan in 2020),
    the year's dues (raised in 2018 and 2020), a newsletter line reworded and turned by each
    March's general meeting, the section's 125th anniversary and the pandemic, "auf eigene
    Gefahr", the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bergfreunde-karwendel.de", site="Bergfreunde Karwendel", base_size=220,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "touren", "huette", "jugend", "ausbildung", "naturschutz"),
        n_authors=9, url_path="/{section}/{slug}.html",
        pools={
            "rubrik": ("Vereinsleben", "Touren", "Hütte", "Jugend", "Ausbildung",
                       "Naturschutz"),
            "foto": ("Bergfreunde Karwendel", "privat", "Sektionsarchiv", "Tourenleitung"),
            "gipfel": ("Große Arnspitze", "Pleisenspitze", "Soiernspitze",
                       "Schöttelkarspitze", "Westliche Karwendelspitze"),
            "hm": ("850", "1.120", "1.350", "1.480", "1.610"),
            "schwierigkeit": ("T2", "T3", "T4", "WS", "ZS"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_bk_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (BK_AUTOR.isoformat(), "Text: {author} · Fotos: {foto}")),
            _f("lawine", HEADER, 0.25, *_by_day(_bk_lawine)),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand "
                                                 "ein falscher Treffpunkt.")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("tour", MIDDLE, 0.2, (_OLD, "Tourendaten: {gipfel} · {hm} Hm · Schwierigkeit "
                                           "{schwierigkeit}")),
            _f("huette", FOOTER, 0.3, *_by_day(_bk_huette)),
            _f("beitrag", FOOTER, 0.2, *from_table(BK_BEITRAG, lambda v: (
                f"Mitgliedsbeiträge: {v} im Jahr."))),
            _f("hinweis", FOOTER, 0.3, *_bk_hinweis()),
            _f("gefahr", FOOTER, 0.35, (_OLD, "Die Teilnahme an allen Touren erfolgt auf eigene "
                                              "Gefahr.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Bergfreunde Karwendel e. V. · Vereinsregister "
                                                "Amtsgericht München VR 4711 · Geschäftsstelle "
                                                "Di und Do 17–19 Uhr")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bergfreunde Karwendel e. V.")),
        ),
    )


# --- an Italian network of mountain huts --------------------------------------------------

RQ_RESTYLING = dt.date(2018, 6, 20)  # relaunched on the day the huts opened
RQ_CONDIZIONI = dt.date(2017, 5, 1)
RQ_CAPARRA = (("2014-01-01", "Per confermare la prenotazione è richiesta una caparra di 10 € a "
                             "persona."),
              ("2018-01-01", "Per confermare la prenotazione è richiesta una caparra di 20 € a "
                             "persona."),
              ("2020-06-01", "Caparra di 20 € a persona, restituita se il rifugio deve chiudere "
                             "per disposizioni sanitarie."))
RQ_MEZZA = (("2014-01-01", "soci CAI 45 €, non soci 55 €"), ("2017-01-01", "soci CAI 47 €, "
                                                                          "non soci 58 €"),
            ("2019-01-01", "soci CAI 49 €, non soci 60 €"), ("2020-06-27", "soci CAI 52 €, "
                                                                          "non soci 63 €"))
# The hut's season: first and last day, by year.
RQ_STAGIONE = {y: (f"{y}-06-20", f"{y}-09-20") for y in range(2015, 2022)}
RQ_STAGIONE[2020] = ("2020-06-27", "2020-09-20")


def _rq_data(day: dt.date) -> str:
    if day < RQ_RESTYLING:
        return it_long(day)
    return f"Pubblicato il {it_long(day)} alle {{time}}"


def _rq_valanghe(day: dt.date) -> str:
    if not avalanche_season(day):
        return "Bollettino valanghe: il servizio riprende a dicembre."
    n = danger(day, "dolomiti")
    return (f"Bollettino valanghe del {day.day} {MESI[day.month - 1]}: pericolo {n} – "
            f"{PERICOLO[n - 1]}")


def _rq_apertura(day: dt.date) -> str:
    first, last = (iso_day(x) for x in RQ_STAGIONE[day.year])
    if day < first:
        return (f"Il Rifugio Col dei Larici (2.190 m) apre il {it_long(first)}: prenotazioni "
                f"aperte.")
    if day <= last:
        return f"Rifugio Col dei Larici aperto tutti i giorni fino al {it_long(last)}."
    return "Rifugio Col dei Larici chiuso. Il locale invernale (8 posti) è sempre aperto."


@cache
def _rq_avviso() -> Wordings:
    base = _steps((_OLD, "In montagna informatevi sempre su meteo e condizioni dei sentieri "
                         "prima di partire."),
                  (RQ_CONDIZIONI.isoformat(), "⛰️ Prima di partire: meteo, bollettini e "
                                              "condizioni dei sentieri su "
                                              "rifugiinquota.it/condizioni"))
    covid = [_span("2020-03-09", "2020-05-17", "Emergenza Covid-19: rifugi chiusi e "
                                               "spostamenti vietati fino a nuovo avviso."),
             _span("2020-06-15", "2020-09-20", "Estate 2020: in rifugio solo su prenotazione; "
                                               "portate mascherina e sacco a pelo.")]
    vaia = [_span("2018-10-29", "2018-12-15", "Tempesta Vaia: molti sentieri sono interrotti "
                                              "da schianti, verificate prima di partire.")]
    ferragosto = _yearly("08-15", 7, 1, lambda y: f"Ferragosto {y}: rifugi al completo nel "
                                                  f"fine settimana, prenotate con anticipo.")
    return _calendar(base, covid, vaia, ferragosto)


def rifugi_style() -> PublisherStyle:
    """An Italian network of mountain huts: a category from a pool, the long date turned
    "Pubblicato il" with the time on the huts' opening day in 2018 (a wording per day), "di"
    and the writer, the avalanche bulletin with the day's danger (a wording per day from
    December to April), "Leggi anche:", "Pubblicità" up to twice, a photo credit from a pool,
    a deposit line (raised in 2018, refundable in 2020), the hut's season by year (late in
    2020), half board for members and others (changing by year), a conditions notice
    reworded and turned by Ferragosto, storm Vaia and the pandemic, a disclaimer and the
    copyright line with the VAT number (a block), a rare correction."""
    return PublisherStyle(
        domain="rifugiinquota.it", site="Rifugi in Quota", base_size=200,
        subdomains=(("www.", 100),),
        sections=("rifugi", "sentieri", "alpinismo", "meteo", "eventi", "sicurezza"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "categoria": ("Rifugi", "Sentieri", "Alpinismo", "Meteo", "Eventi", "Sicurezza"),
            "foto": ("Rifugi in Quota", "archivio CAI", "gestore del rifugio", "Soccorso "
                     "alpino", "lettori"),
        },
        families=(
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.88, *_by_day(_rq_data)),
            _f("autore", HEADER, 0.5, (_OLD, "di {author}")),
            _f("valanghe", HEADER, 0.25, *_by_day(_rq_valanghe)),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella prima versione dell'articolo "
                                                 "il dislivello era indicato in modo errato.")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("caparra", MIDDLE, 0.2, *from_table(RQ_CAPARRA, lambda v: v)),
            _f("apertura", FOOTER, 0.3, *_by_day(_rq_apertura)),
            _f("mezzapensione", FOOTER, 0.2, *from_table(RQ_MEZZA, lambda v: (
                f"Mezza pensione in rifugio: {v} a persona."))),
            _f("avviso", FOOTER, 0.3, *_rq_avviso()),
            _f("responsabilita", FOOTER, 0.3, (_OLD, "Le informazioni su sentieri e rifugi "
                                                     "possono cambiare: la redazione non "
                                                     "risponde di eventuali variazioni.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rifugi in Quota – P.IVA "
                                                 "01234560225")),
        ),
    )


# --- a Norwegian trekking association and its staffed hut --------------------------------

FV_NYTT = dt.date(2016, 10, 3)
FV_FOTO = dt.date(2019, 3, 1)
FV_VERVING = dt.date(2018, 1, 15)
FV_KONTINGENT = (("2014-01-01", "570 kr for hovedmedlem, 240 kr for ungdom"),
                 ("2015-01-01", "590 kr for hovedmedlem, 250 kr for ungdom"),
                 ("2016-01-01", "615 kr for hovedmedlem, 265 kr for ungdom"),
                 ("2017-01-01", "645 kr for hovedmedlem, 275 kr for ungdom"),
                 ("2018-01-01", "675 kr for hovedmedlem, 295 kr for ungdom"),
                 ("2019-01-01", "705 kr for hovedmedlem, 305 kr for ungdom"),
                 ("2020-01-01", "725 kr for hovedmedlem, 315 kr for ungdom"),
                 ("2021-01-01", "745 kr for hovedmedlem, 325 kr for ungdom"))
FV_CORONA = (dt.date(2020, 3, 12), dt.date(2020, 6, 15))  # huts closed, then reopened


def _fv_dato(day: dt.date) -> str:
    if day < FV_NYTT:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Publisert {UKEDAGER[day.weekday()]} {no_long(day)}"


def _fv_skred(day: dt.date) -> str:
    if not avalanche_season(day, last_month=5):
        return "Skredvarslingen har sommerpause. Varslene kommer igjen 1. desember."
    n = danger(day, "raudfjell")
    return (f"Skredvarsel {day.day}. {MANEDER[day.month - 1]}: faregrad {n} – "
            f"{FAREGRAD[n - 1]}")


def fv_easter(y: int) -> tuple[dt.date, dt.date]:
    """The hut's Easter opening: from the Friday before Palm Sunday to Easter Monday."""
    return easter(y) - 9 * ONE, easter(y) + ONE


def fv_summer(y: int) -> tuple[dt.date, dt.date]:
    """The hut's summer season: from the Friday on or after 22 June to the Sunday on or
    after 10 September."""
    first = dt.date(y, 6, 22)
    last = dt.date(y, 9, 10)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7), last + dt.timedelta(
        days=(6 - last.weekday()) % 7)


def _fv_hytte(day: dt.date) -> str:
    y = day.year
    if FV_CORONA[0] <= day < FV_CORONA[1]:
        return "Raudfjellhytta er stengt inntil videre på grunn av koronatiltakene."
    first, last = fv_easter(y)
    if first <= day <= last:
        return (f"Påskeåpent på Raudfjellhytta {first.day}. {MANEDER[first.month - 1]} – "
                f"{last.day}. {MANEDER[last.month - 1]} {y}: betjent med full servering.")
    first, last = fv_summer(y)
    if first <= day <= last:
        return (f"Raudfjellhytta er betjent fra {first.day}. juni til {last.day}. september "
                f"{y}.")
    return "Utenom sesong er Raudfjellhytta selvbetjent: ta med standardnøkkelen."


def fv_dugnad(y: int) -> dt.date:
    """The hut's work weekend: the first Saturday of June."""
    return nth_weekday(y, 6, 5, 1)


@cache
def _fv_varsel() -> Wordings:
    base = _steps((_OLD, "Bli medlem i Fjellvennene og få rabatt på alle hytter."),
                  (FV_VERVING.isoformat(), "Bli medlem: som medlem overnatter du billigere på "
                                           "over 550 hytter i hele landet."))
    corona = [(FV_CORONA[0], FV_CORONA[1], "Koronaviruset: alle betjente og selvbetjente "
                                           "hytter er stengt inntil videre.")]
    pask = [(fv_easter(y)[0] - 5 * ONE, fv_easter(y)[1] + ONE,
             f"Påsken {y}: sjekk skredvarselet og husk fjellvettreglene før du går.")
            for y in YEARS]
    dugnad = [(fv_dugnad(y) - 20 * ONE, fv_dugnad(y) + ONE,
               f"Dugnad på Raudfjellhytta lørdag {fv_dugnad(y).day}. juni {y}: vi trenger "
               f"flere hender!") for y in YEARS]
    return _calendar(base, corona, pask, dugnad)


def fjellvennene_style() -> PublisherStyle:
    """A Norwegian trekking association and its staffed hut: a category from a pool, the
    numeric date turned "Publisert" with the weekday and the long date on 3 October 2016 (a
    wording per day), "Tekst:" turned "Tekst og foto:" in March 2019, the avalanche warning
    with the day's danger level (a wording per day from December to May), the hut's Easter
    opening (by Easter) and summer season, closed in the 2020 pandemic, "Les også:",
    "Annonse" up to twice, a closed-trail line from pools, the year's dues (each January), a
    membership appeal reworded and turned by Easter, the work weekend and the pandemic, the
    mountain code reminder, the organisation number and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="fjellvennene.no", site="Fjellvennene", base_size=175,
        subdomains=(("www.", 100),),
        sections=("nyheter", "hytter", "turforslag", "barnas-turlag", "dugnad", "kurs"),
        n_authors=6, url_path="/artikler/{slug}-{n}",
        pools={
            "kategori": ("Nyheter", "Hytter", "Turforslag", "Barnas Turlag", "Dugnad", "Kurs"),
            "sti": ("Stien over Raudfjellskaret", "Brua ved Tverrelva", "Stien fra "
                    "Skardsætra", "Ryggstien mot Kvasstind"),
            "grunn": ("brua er tatt av flommen", "fare for steinsprang", "kalving i "
                      "beiteområdet", "hogst i området"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("dato", HEADER, 0.88, *_by_day(_fv_dato)),
            _f("forfatter", HEADER, 0.5, (_OLD, "Tekst: {author}"),
               (FV_FOTO.isoformat(), "Tekst og foto: {author}")),
            _f("skredvarsel", HEADER, 0.25, *_by_day(_fv_skred)),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere versjon av saken "
                                                "sto det feil dato for dugnaden.")),
            _f("les", MIDDLE, 0.35, (_OLD, "Les også: {other_title}")),
            _f("annonse", MIDDLE, 0.25, (_OLD, "Annonse"), count=2),
            _f("stengt", MIDDLE, 0.15, (_OLD, "Stengt: {sti} – {grunn}.")),
            _f("hyttesesong", FOOTER, 0.3, *_by_day(_fv_hytte)),
            _f("kontingent", FOOTER, 0.2, *from_table(FV_KONTINGENT, lambda v: (
                f"Medlemskontingent: {v}."))),
            _f("varsel", FOOTER, 0.3, *_fv_varsel()),
            _f("fjellvett", FOOTER, 0.35, (_OLD, "Husk fjellvettreglene: legg igjen beskjed om "
                                                 "hvor du går, og vend i tide.")),
            _f("orgnr", FOOTER, 0.25, (_OLD, "Fjellvennene · Org.nr. 971 234 567 · "
                                             "Medlemsforening i Den Norske Turistforening")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Fjellvennene")),
        ),
    )


# --- a High Tatras mountain-hut company ---------------------------------------------------

TC_NOVY = dt.date(2017, 6, 15)  # relaunched the day the closed trails reopened
TC_HZS = dt.date(2016, 5, 1)
TC_ONLINE = dt.date(2018, 3, 1)
TC_CENY = (("2014-01-01", "16 €, polpenzia 12 €"), ("2015-01-01", "17 €, polpenzia 12 €"),
           ("2016-01-01", "18 €, polpenzia 12 €"), ("2017-01-01", "19 €, polpenzia 13 €"),
           ("2018-01-01", "21 €, polpenzia 14 €"), ("2019-01-01", "23 €, polpenzia 15 €"),
           ("2020-01-01", "25 €, polpenzia 16 €"))


def _tc_datum(day: dt.date) -> str:
    if day < TC_NOVY:
        return f"{day.day}.{day.month}.{day.year}"
    return f"{DNI[day.weekday()]} {sk_long(day)}, {{time}}"


def _tc_lavina(day: dt.date) -> str:
    if not avalanche_season(day):
        return "Lavínové predpovede vydáva Horská záchranná služba opäť od decembra."
    n = danger(day, "tatry")
    return (f"Lavínová predpoveď na {day.day}. {MESIACE[day.month - 1]}: {n}. stupeň – "
            f"{NEBEZPECENSTVO[n - 1]} nebezpečenstvo")


def tatras_closed(day: dt.date) -> bool:
    """The trails above the huts are closed from 1 November to 15 June."""
    return (day.month, day.day) >= (11, 1) or (day.month, day.day) <= (6, 15)


def _tc_uzavera(day: dt.date) -> str:
    if tatras_closed(day):
        y = day.year if day.month >= 11 else day.year - 1
        return (f"Sezónna uzávera: turistické chodníky nad chatami sú od 1. novembra {y} do "
                f"15. júna {y + 1} uzavreté.")
    return (f"Všetky turistické chodníky vo Vysokých Tatrách sú otvorené do 31. októbra "
            f"{day.year}.")


@cache
def _tc_oznam() -> Wordings:
    base = _steps((_OLD, "Rezervácie ubytovania: rezervacie@tatranskechaty.sk alebo "
                         "telefonicky."),
                  (TC_ONLINE.isoformat(), "🛏️ Ubytovanie na chatách si rezervujte online na "
                                          "tatranskechaty.sk/rezervacie."))
    covid = [_span("2020-03-16", "2020-06-04", "Chaty sú pre verejnosť do odvolania zatvorené "
                                               "(COVID-19)."),
             _span("2020-10-24", "2020-11-01", "Zákaz vychádzania: chaty sú dočasne "
                                               "zatvorené.")]
    vianoce = _yearly("12-24", 4, 13, lambda y: f"Vianoce a Silvester {y}: chaty sú otvorené, "
                                                f"miesto si rezervujte včas.",
                      years=range(2014, 2021))
    return _calendar(base, covid, vianoce)


def tatranske_style() -> PublisherStyle:
    """A High Tatras mountain-hut company (in Slovak): a rubric from a pool, the numeric date
    turned the weekday, the long date and the time on 15 June 2017, the day the closed
    trails reopened (a wording per day), "Autor:", the avalanche forecast with the day's
    level (a wording per day from December to April), "Čítajte aj:", "Reklama" up to twice,
    a photo credit from a pool, the seasonal trail closure (1 November to 15 June, named by
    both years), the year's bed and half-board prices, a booking line reworded for online
    booking and turned by Christmas and the pandemic's closures, the rescue number
    reworded, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="tatranskechaty.sk", site="Tatranské chaty", base_size=150,
        subdomains=(("www.", 100),),
        sections=("chaty", "turistika", "laviny", "pocasie", "podujatia", "skialpinizmus"),
        n_authors=5, url_path="/clanok/{slug}",
        pools={
            "rubrika": ("Chaty", "Turistika", "Lavíny", "Počasie", "Podujatia",
                        "Skialpinizmus"),
            "foto": ("Tatranské chaty", "HZS", "archív chaty", "TANAP", "čitateľ"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_tc_datum)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("lavina", HEADER, 0.25, *_by_day(_tc_lavina)),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v pôvodnej verzii článku bol uvedený "
                                              "nesprávny čas výstupu.")),
            _f("citajte", MIDDLE, 0.35, (_OLD, "Čítajte aj: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("uzavera", FOOTER, 0.35, *_by_day(_tc_uzavera)),
            _f("cena", FOOTER, 0.2, *from_table(TC_CENY, lambda v: (
                f"Nocľah na chate od {v} na osobu."))),
            _f("oznam", FOOTER, 0.3, *_tc_oznam()),
            _f("hzs", FOOTER, 0.3, (_OLD, "V prípade núdze volajte Horskú záchrannú službu: "
                                          "18 300."),
               (TC_HZS.isoformat(), "V horách volajte HZS na čísle 18 300 alebo 112 a "
                                    "nainštalujte si aplikáciu HZS.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Tatranské chaty, s. r. o. Všetky "
                                                 "práva vyhradené.")),
        ),
    )


# --- a Northern Alps mountain hut (in Japanese) --------------------------------------------

REIWA = dt.date(2019, 5, 1)
SH_SNS = dt.date(2018, 4, 1)
SH_TODOKE = dt.date(2016, 7, 1)  # climbing plans required on designated routes from this day
SH_YOYAKU = dt.date(2020, 6, 1)
SH_POSTPONED = dt.date(2020, 4, 7)  # the state of emergency: the 2020 opening put off
# The hut's season: first and last day, by year.
SH_EIGYO = {2015: ("2015-04-25", "2015-11-03"), 2016: ("2016-04-28", "2016-11-03"),
            2017: ("2017-04-27", "2017-11-05"), 2018: ("2018-04-27", "2018-11-04"),
            2019: ("2019-04-26", "2019-11-04"), 2020: ("2020-07-01", "2020-10-31"),
            2021: ("2021-04-27", "2021-11-03")}
SH_RYOKIN = (("2014-04-01", "1泊2食 9,500円・素泊まり 6,000円"),
             ("2017-04-01", "1泊2食 10,000円・素泊まり 6,500円"),
             ("2019-04-01", "1泊2食 10,500円・素泊まり 6,800円"),
             ("2019-10-01", "1泊2食 10,700円・素泊まり 6,900円"),  # consumption tax 8% to 10%
             ("2020-07-01", "1泊2食 12,000円・素泊まり 8,000円"))
TENKI = ("快晴", "晴れ", "晴れ時々曇り", "曇り", "霧", "雨")


def _sh_hizuke(day: dt.date) -> str:
    if day < REIWA:
        return wareki(day)
    return f"{wareki(day)}（{YOUBI[day.weekday()]}）"


def sh_open(day: dt.date) -> bool:
    first, last = (iso_day(x) for x in SH_EIGYO[day.year])
    return first <= day <= last


def _sh_tenki(day: dt.date) -> str:
    if not sh_open(day):
        return "営業期間外のため、山荘周辺の天気情報はお休みしています。"
    warm = math.sin((day.timetuple().tm_yday - 110) / 365 * 2 * math.pi)
    temp = round(2 + 9 * warm + 3 * wobble(day, "sh-temp"))
    sky = TENKI[int((wobble(day, "sh-sky") + 1) / 2 * len(TENKI)) % len(TENKI)]
    if sky == "雨" and temp <= 0:
        sky = "雪"
    return f"{day.month}月{day.day}日 朝6時の山荘周辺：{sky}、気温{temp}℃"


def _sh_eigyo(day: dt.date) -> str:
    first, last = (iso_day(x) for x in SH_EIGYO[day.year])
    y = day.year
    if day < first:
        if y == 2020 and day >= SH_POSTPONED:
            return "新型コロナウイルス感染拡大防止のため、2020年の営業開始は7月1日に延期します。"
        if y == 2020:
            first = dt.date(2020, 4, 25)  # the opening planned before the state of emergency
        return f"{y}年は{first.month}月{first.day}日から営業予定です（予約受付中）。"
    if day <= last:
        return (f"{y}年の営業期間：{first.month}月{first.day}日～{last.month}月{last.day}日"
                f"（期間中無休）")
    return "今季の営業は終了しました。冬期小屋を開放しています。"


def yama_no_hi(y: int) -> dt.date | None:
    """Mountain Day, a holiday from 2016: 11 August (10 August in 2020)."""
    if y < 2016:
        return None
    return dt.date(2020, 8, 10) if y == 2020 else dt.date(y, 8, 11)


@cache
def _sh_oshirase() -> Wordings:
    base = _steps((_OLD, "山荘の最新情報はブログでお知らせしています。"),
                  (SH_SNS.isoformat(), "登山道の最新情報は公式Instagram・Twitterで毎日更新中！"))
    covid = [(SH_POSTPONED, dt.date(2020, 7, 1),
              "緊急事態宣言を受け、今季の営業開始を延期しています。")]
    taifu = [_span("2018-09-03", "2018-09-05", "台風21号接近のため、9月4日は休業します。"),
             _span("2019-10-10", "2019-10-13", "台風19号接近のため、10月11日～13日は休業しま"
                                               "す。")]
    gw = [(dt.date(y, 4, 27), dt.date(y, 5, 7), f"GW営業中：{y}年5月6日までは大変混雑が予想"
                                                f"されます。") for y in YEARS]
    yama: list[Event] = []
    for y in YEARS:
        day = yama_no_hi(y)
        if day is not None:
            yama.append((day - 7 * ONE, day + ONE, f"{y}年の山の日は{day.month}月{day.day}日です。"
                                                   f"お盆期間は大変混み合います。"))
    return _calendar(base, covid, taifu, gw, yama)


def shiramine_style() -> PublisherStyle:
    """A Northern Alps mountain hut (in Japanese): the date in the imperial era, Heisei
    turned Reiwa with the weekday on 1 May 2019 (a wording per day), the morning weather and
    temperature at the hut (a wording per day through the season), "関連記事：", an
    advertisement marker, a photo credit from a pool, a booking line reworded for bookings
    only in 2020, the season by year (put off to July in 2020), the prices (raised with the
    consumption tax on 1 October 2019), the climbing-plan reminder reworded when plans
    became compulsory on 1 July 2016, a notice line reworded and turned by Golden Week,
    Mountain Day, typhoons and the state of emergency, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="shiramine-hutte.jp", site="白峰ヒュッテ", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "tozando", "eigyo", "tenki"),
        n_authors=3, url_path="/blog/{yyyy}/{mm}/{dd}/{n}",
        pools={"shashin": ("白峰ヒュッテ", "管理人撮影", "お客様提供", "PIXTA")},
        families=(
            _f("hizuke", HEADER, 0.85, *_by_day(_sh_hizuke)),
            _f("tenki", HEADER, 0.3, *_by_day(_sh_tenki)),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の営業開始日に誤りがありました。"
                                              "お詫びして訂正いたします。")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("koukoku", MIDDLE, 0.25, (_OLD, "広告")),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真：{shashin}")),
            _f("yoyaku", MIDDLE, 0.2, (_OLD, "ご宿泊の際は事前にお電話でご予約ください"
                                             "（受付時間 8:00～18:00）。"),
               (SH_YOYAKU.isoformat(), "今シーズンは完全予約制です。予約のないご宿泊はお受けで"
                                       "きません。")),
            _f("eigyo", FOOTER, 0.35, *_by_day(_sh_eigyo)),
            _f("ryokin", FOOTER, 0.25, *from_table(SH_RYOKIN, lambda v: (
                f"宿泊料金：{v}（税込）"))),
            _f("tozan", FOOTER, 0.3, (_OLD, "入山の際は登山届を提出し、最新の気象情報をご確認"
                                            "ください。"),
               (SH_TODOKE.isoformat(), "長野県の指定登山道では登山計画書の提出が義務です。"
                                       "必ず提出してから入山しましょう。")),
            _f("oshirase", FOOTER, 0.3, *_sh_oshirase()),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © 白峰ヒュッテ All Rights "
                                                 "Reserved.")),
        ),
    )


# --- an American campground operator's blog -----------------------------------------------

RL_UPDATED = dt.date(2019, 3, 1)
RL_STATUS = dt.date(2017, 5, 1)
RL_PASS = {2015: "$70", 2016: "$70", 2017: "$75", 2018: "$80", 2019: "$80", 2020: "$85",
           2021: "$90"}
RL_SHUTDOWNS = (("2018-01-20", "2018-01-22"), ("2018-12-22", "2019-01-25"))


def _rl_dated(day: dt.date) -> str:
    if day < RL_UPDATED:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Updated {day.month:02d}/{day.day:02d}/{day.year} at {{time12}}"


@cache
def _rl_fire() -> Wordings:
    base = _steps((_OLD, "Campfires are allowed in the fire rings provided. Never leave a fire "
                         "unattended."))
    stage2 = [_span("2018-06-01", "2018-07-31", "🚫 Stage 2 fire restrictions: no campfires or "
                                                "charcoal grills at any campground."),
              _span("2020-08-15", "2020-10-31", "🚫 Stage 2 fire restrictions: no campfires or "
                                                "charcoal grills at any campground.")]
    stage1 = [(dt.date(y, 6, 15), dt.date(y, 10, 1), f"🔥 Stage 1 fire restrictions in effect "
                                                     f"for {y}: campfires only in designated "
                                                     f"rings.") for y in YEARS]
    return _calendar(base, stage2, stage1)


@cache
def _rl_closure() -> Wordings:
    base = _steps((_OLD, "Conditions change quickly: check campground status before you go."),
                  (RL_STATUS.isoformat(), "Before you go, check our live campground status "
                                          "map for closures and alerts."))
    federal = [_span(first, last, "Federal campgrounds may be closed or unstaffed during the "
                                  "government shutdown.") for first, last in RL_SHUTDOWNS]
    covid = [_span("2020-03-20", "2020-05-31", "All campgrounds are closed through May 31 "
                                               "because of COVID-19.")]
    fires = [_span("2020-09-08", "2020-10-10", "Wildfire closures: several national forests are "
                                               "closed to all visitors. Check before you "
                                               "travel.")]
    weekends: list[Event] = []
    for y in YEARS:
        for day, name in ((last_weekday(y, 5, 0), "Memorial Day"),
                          (nth_weekday(y, 9, 0, 1), "Labor Day")):
            weekends.append((day - 10 * ONE, day + ONE, f"{name} weekend {y} is nearly sold "
                                                        f"out: book the last sites now."))
    return _calendar(base, federal, covid, fires, weekends)


def ridgeline_style() -> PublisherStyle:
    """An American campground operator's blog: the long date turned "Updated" with the
    numeric date and a 12-hour time on 1 March 2019 (a wording per day), "by" and the
    writer, the fire-restriction line (stage 1 each summer, stage 2 bans in 2018 and 2020),
    "Related:", "ADVERTISEMENT" up to twice, the booking fee raised in 2017 and
    reservations required in 2020, a status line reworded and turned by the government
    shutdowns, the pandemic, the 2020 wildfire closures and the holiday weekends, the
    year's annual pass, the affiliate disclosure and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="ridgelinecamps.com", site="Ridgeline Campgrounds", base_size=110,
        subdomains=(("www.", 70), ("blog.", 30)),
        sections=("news", "trip-ideas", "gear", "campgrounds", "rv"),
        n_authors=5, url_path="/blog/{slug}/",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_rl_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "by {author}")),
            _f("fire", HEADER, 0.25, *_rl_fire()),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post originally listed the "
                                                  "wrong check-in time.")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}")),
            _f("ad", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("booking", MIDDLE, 0.2,
               (_OLD, "Reservations open six months ahead, with an $8 non-refundable booking "
                      "fee."),
               ("2017-01-01", "Reservations open six months ahead, with a $10 non-refundable "
                              "booking fee."),
               ("2020-06-01", "Reservations are required at every site this season; no "
                              "walk-ins.")),
            _f("closure", FOOTER, 0.3, *_rl_closure()),
            _f("pass", FOOTER, 0.2, *_by_day(lambda day: (
                f"{day.year} Ridgeline Annual Camping Pass: {RL_PASS[day.year]} for unlimited "
                f"day use and 10% off sites."))),
            _f("affiliate", FOOTER, 0.35, (_OLD, "This post may contain affiliate links. We may "
                                                 "earn a commission at no extra cost to you.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ridgeline Campgrounds, LLC")),
        ),
    )


# --- a family campsite on a Swabian lake ---------------------------------------------------

CR_NEU = dt.date(2018, 4, 1)
CR_STORNO = dt.date(2020, 5, 15)
CR_MWST = (("2014-01-01", "7"), ("2020-07-01", "5"), ("2021-01-01", "7"))
CR_SAISON = {2015: ("2015-03-27", "2015-10-25"), 2016: ("2016-03-24", "2016-10-30"),
             2017: ("2017-04-07", "2017-10-29"), 2018: ("2018-03-23", "2018-10-28"),
             2019: ("2019-04-12", "2019-10-27"), 2020: ("2020-05-18", "2020-10-25"),
             2021: ("2021-03-26", "2021-10-31")}
CR_PREISE = (("2014-01-01", "Stellplatz ab 9,50 €, Erwachsene 7,00 €, Kinder 4,00 €"),
             ("2016-01-01", "Stellplatz ab 10,00 €, Erwachsene 7,50 €, Kinder 4,00 €"),
             ("2018-01-01", "Stellplatz ab 11,00 €, Erwachsene 8,00 €, Kinder 4,50 €"),
             ("2020-01-01", "Stellplatz ab 12,00 €, Erwachsene 8,50 €, Kinder 5,00 €"))


def _cr_datum(day: dt.date) -> str:
    if day < CR_NEU:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return de_long(day)


def _cr_saison(day: dt.date) -> str:
    first, last = (iso_day(x) for x in CR_SAISON[day.year])
    if day < first:
        return f"Winterpause – wir öffnen wieder am {de_long(first)}."
    if day <= last:
        return (f"Saison {day.year}: geöffnet vom {first.day}.{first.month}. bis "
                f"{last.day}.{last.month}.{day.year}")
    nxt = iso_day(CR_SAISON[day.year + 1][0])
    return f"Winterpause – wir öffnen wieder am {de_long(nxt)}."


@cache
def _cr_aktuelles() -> Wordings:
    base = _steps((_OLD, "Jetzt Stellplatz für die Saison sichern – online buchen!"))
    corona = [_span("2020-03-17", "2020-05-17", "Wegen der Corona-Verordnung bleibt der Platz "
                                                "bis auf Weiteres geschlossen.")]
    feiertage: list[Event] = []
    for y in YEARS:
        feiertage.append((easter(y) - 10 * ONE, easter(y) + 2 * ONE,
                          f"Ostern {y}: Wenige Stellplätze frei – jetzt anfragen!"))
        pfingsten = easter(y) + 49 * ONE
        feiertage.append((pfingsten - 10 * ONE, pfingsten + 2 * ONE,
                          f"Pfingsten {y}: Der Platz ist fast ausgebucht."))
    return _calendar(base, corona, feiertage)


def riedsee_style() -> PublisherStyle:
    """A family campsite on a Swabian lake: the numeric date turned the long date on 1 April
    2018 (a wording per day), the season line by year (opened on 18 May in 2020), a deposit
    line reworded for free cancellation in May 2020, a dogs line with its nightly charge
    (raised in 2019), "Anzeige", the prices (raised in 2016, 2018 and 2020), the VAT line
    (cut to 5 % from July to December 2020), a news line turned by Easter, Whitsun and the
    pandemic's closure, the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="camping-riedsee.de", site="Camping am Riedsee", base_size=95,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "platz", "umgebung"),
        n_authors=2, url_path="/aktuelles/{slug}",
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_cr_datum)),
            _f("saison", HEADER, 0.35, *_by_day(_cr_saison)),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Badesteg ist ab Juni wieder "
                                                 "geöffnet, nicht ab Mai.")),
            _f("anzeige", MIDDLE, 0.2, (_OLD, "Anzeige")),
            _f("anzahlung", MIDDLE, 0.2,
               (_OLD, "Bitte überweisen Sie bei Buchung eine Anzahlung von 30 %."),
               (CR_STORNO.isoformat(), "Kostenlose Stornierung bis 7 Tage vor Anreise – die "
                                       "Anzahlung erstatten wir bei behördlicher Schließung.")),
            _f("hunde", MIDDLE, 0.15, (_OLD, "Hunde sind an der Leine willkommen (3,00 € pro "
                                             "Nacht)."),
               ("2019-01-01", "Hunde sind an der Leine willkommen (3,50 € pro Nacht).")),
            _f("preise", FOOTER, 0.25, *from_table(CR_PREISE, lambda v: (
                f"Preise pro Nacht: {v}."))),
            _f("mwst", FOOTER, 0.25, *from_table(CR_MWST, lambda v: (
                f"Alle Preise inkl. {v} % MwSt., zzgl. Kurtaxe."))),
            _f("aktuelles", FOOTER, 0.25, *_cr_aktuelles()),
            _f("impressum", FOOTER, 0.3, (_OLD, "Camping am Riedsee · Familie Brandl · Seeweg 12 "
                                                "· 88239 Wangen im Allgäu")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Camping am Riedsee")),
        ),
    )


# --- a campsite on Lake Garda (in Italian) -------------------------------------------------

PL_NUOVO = dt.date(2019, 3, 15)
PL_WHATSAPP = dt.date(2017, 6, 1)
PL_COVID = dt.date(2020, 5, 1)
PL_STAGIONE = {2015: ("2015-04-01", "2015-10-11"), 2016: ("2016-03-25", "2016-10-09"),
               2017: ("2017-04-07", "2017-10-08"), 2018: ("2018-03-29", "2018-10-14"),
               2019: ("2019-04-12", "2019-10-13"), 2020: ("2020-05-29", "2020-10-04"),
               2021: ("2021-04-01", "2021-10-10")}
PL_SCONTO = {2015: "10", 2016: "10", 2017: "12", 2018: "12", 2019: "15", 2020: "15"}
PL_TASSA = (("2014-01-01", "0,70 €"), ("2015-11-01", "1,00 €"), ("2018-01-01", "1,50 €"))


def _pl_data(day: dt.date) -> str:
    if day < PL_NUOVO:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()]} {it_long(day)}"


def _pl_stagione(day: dt.date) -> str:
    first, last = (iso_day(x) for x in PL_STAGIONE[day.year])
    if day < first:
        return f"Chiuso per la pausa invernale: riapriamo il {it_long(first)}."
    if day <= last:
        return (f"Stagione {day.year}: aperti dal {first.day} {MESI[first.month - 1]} al "
                f"{last.day} {MESI[last.month - 1]}")
    nxt = iso_day(PL_STAGIONE[day.year + 1][0])
    return f"Chiuso per la pausa invernale: riapriamo il {it_long(nxt)}."


def _pl_offerta(day: dt.date) -> str:
    if day.month <= 3 and day.year in PL_SCONTO:
        return (f"Prenota entro il 31 marzo {day.year}: sconto del {PL_SCONTO[day.year]}% sui "
                f"soggiorni di almeno 7 notti.")
    if day >= dt.date(2020, 4, 1) and day.year == 2020:
        return "Soggiorno annullato per il Covid-19? Il voucher vale per tutto il 2021."
    return "Offerte last minute: chiedi la disponibilità alla reception."


def pineta_style() -> PublisherStyle:
    """A campsite on Lake Garda (in Italian): the numeric date turned the weekday and the long
    date on 15 March 2019 (a wording per day), the season line by year (the winter break
    naming the reopening day, late in 2020), "Potrebbe interessarti:", an early-booking offer
    each January to March (its discount by year) and a 2020 voucher line, a dogs line, the
    tourist tax (introduced in November 2015, raised in 2018), a deposit line reworded for
    the pandemic, the contact line reworded for WhatsApp, the company line with the VAT
    number and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="campingpinetalago.it", site="Camping Pineta del Lago", base_size=80,
        subdomains=(("www.", 100),),
        sections=("news", "offerte", "dintorni"),
        n_authors=2, url_path="/it/news/{slug}",
        families=(
            _f("data", HEADER, 0.8, *_by_day(_pl_data)),
            _f("stagione", HEADER, 0.3, *_by_day(_pl_stagione)),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: la piscina apre il 15 maggio, non "
                                                 "il 1° maggio.")),
            _f("potrebbe", MIDDLE, 0.3, (_OLD, "Potrebbe interessarti: {other_title}")),
            _f("offerta", MIDDLE, 0.2, *_by_day(_pl_offerta)),
            _f("animali", MIDDLE, 0.15, (_OLD, "Cani ammessi al guinzaglio in tutte le "
                                               "piazzole.")),
            _f("tassa", FOOTER, 0.2, *from_table(PL_TASSA, lambda v: (
                f"Imposta di soggiorno non inclusa: {v} a persona per notte (esenti i minori "
                f"di 14 anni)."))),
            _f("caparra", FOOTER, 0.25,
               (_OLD, "Alla prenotazione è richiesta una caparra confirmatoria del 30%."),
               (PL_COVID.isoformat(), "Caparra del 30%, rimborsabile o convertibile in voucher "
                                      "in caso di chiusura per Covid-19.")),
            _f("contatti", FOOTER, 0.15, (_OLD, "Scrivici: info@campingpinetalago.it"),
               (PL_WHATSAPP.isoformat(), "Scrivici su WhatsApp: +39 345 678 9012")),
            _f("piva", FOOTER, 0.3, (_OLD, "Camping Pineta del Lago s.n.c. – Via del Lago 8, "
                                           "38066 Riva del Garda (TN) – P.IVA 01987650224")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Camping Pineta del Lago")),
        ),
    )


# --- a Norwegian motorhome club's magazine -------------------------------------------------

BV_NY = dt.date(2017, 9, 1)
BV_KONTINGENT = {2015: "495", 2016: "495", 2017: "520", 2018: "520", 2019: "545", 2020: "565",
                 2021: "585"}


def _bv_dato(day: dt.date) -> str:
    if day < BV_NY:
        return no_long(day)
    return f"{day.day:02d}.{day.month:02d}.{day.year} kl. {{time}}"


def bv_treff(y: int) -> dt.date:
    """The club's rally: the second Friday of June."""
    return nth_weekday(y, 6, 4, 2)


@cache
def _bv_sesong() -> Wordings:
    base = _steps((_OLD, "Tips oss om gode bobilplasser: tips@bobilvennen.no"))
    korona = [_span("2020-03-13", "2020-06-14", "Bobiltreffet 2020 er avlyst på grunn av "
                                                "koronasituasjonen.")]
    treff = [(bv_treff(y) - 21 * ONE, bv_treff(y) + 3 * ONE,
              f"Bobiltreffet {y} på Hamar {bv_treff(y).day}.–{bv_treff(y).day + 2}. juni: "
              f"påmeldingen er åpen.") for y in YEARS]
    vinter = _yearly("10-15", 14, 14, lambda y: f"Vinterlagring {y}: husk å tømme vanntanken "
                                                f"før frosten kommer.")
    return _calendar(base, korona, treff, vinter)


def bobilvennen_style() -> PublisherStyle:
    """A Norwegian motorhome club's magazine: the long date turned the numeric date and the
    time on 1 September 2017 (a wording per day), "Av" and the writer, "Annonse" up to
    twice, "Les mer:", a motorhome stop and its price from pools, a driving-licence reminder,
    the year's membership (each January), a tips line turned by the June rally, the winter
    storage reminder and the cancelled 2020 rally, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="bobilvennen.no", site="Bobilvennen", base_size=65,
        subdomains=(("www.", 100),),
        sections=("nyheter", "tester", "reise", "klubb"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"plass": ("Svolvær havn", "Geiranger fjordkant", "Tromsø Lagunen", "Røros "
                         "sentrum", "Lindesnes fyr"),
               "pris": ("150", "200", "250", "300")},
        families=(
            _f("dato", HEADER, 0.8, *_by_day(_bv_dato)),
            _f("forfatter", HEADER, 0.45, (_OLD, "Av {author}")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: Prisen for bobilplassen er oppdatert "
                                                "i saken.")),
            _f("annonse", MIDDLE, 0.3, (_OLD, "Annonse"), count=2),
            _f("les", MIDDLE, 0.3, (_OLD, "Les mer: {other_title}")),
            _f("bobilplass", MIDDLE, 0.2, (_OLD, "Bobilplass: {plass} – {pris} kr per døgn")),
            _f("forerkort", MIDDLE, 0.1, (_OLD, "Husk: bobil over 3500 kg krever førerkort i "
                                                "klasse C1.")),
            _f("kontingent", FOOTER, 0.2, *_by_day(lambda day: (
                f"Medlemskap i Bobilvennen {day.year}: {BV_KONTINGENT[day.year]} kr – bladet og "
                f"campingkortet er inkludert."))),
            _f("sesong", FOOTER, 0.25, *_bv_sesong()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bobilvennen · Ansvarlig redaktør: "
                                                 "Kari Holm")),
        ),
    )


# --- a Slovak hiking club -----------------------------------------------------------------

TJ_NOVY = dt.date(2019, 1, 1)
TJ_PRISPEVOK = {2015: ("10", "5"), 2016: ("10", "5"), 2017: ("12", "6"), 2018: ("12", "6"),
                2019: ("15", "7"), 2020: ("15", "7"), 2021: ("15", "8")}


def tj_krivan(y: int) -> dt.date:
    """The national hike up Kriváň: the last Saturday of August."""
    return last_weekday(y, 8, 5)


def _tj_datum(day: dt.date) -> str:
    if day < TJ_NOVY:
        return f"{day.day}. {day.month}. {day.year}"
    return f"Pridané: {day.day:02d}.{day.month:02d}.{day.year}"


@cache
def _tj_pozvanka() -> Wordings:
    base = _steps((_OLD, "Pridajte sa k nám: nových členov privítame na každej akcii."))
    covid = [_span("2020-03-12", "2020-06-30", "Všetky klubové akcie sú zrušené do odvolania "
                                               "(COVID-19).")]
    krivan = [(tj_krivan(y) - 14 * ONE, tj_krivan(y) + ONE,
               f"Pozývame na Národný výstup na Kriváň {tj_krivan(y).day}. augusta {y}.")
              for y in YEARS]
    silvester = _yearly("12-31", 10, 0, lambda y: f"Silvestrovský výstup na Javorinu "
                                                  f"31. decembra {y}, zraz o 9:00 pri "
                                                  f"kostole.")
    return _calendar(base, covid, krivan, silvester)


def javorina_style() -> PublisherStyle:
    """A Slovak hiking club: the numeric date turned "Pridané:" on 1 January 2019 (a wording
    per day), the writer, "Prečítajte si aj:", the next outing from a pool, the year's dues
    for adults and for children and seniors (each January), an invitation line turned by
    the national hike up Kriváň, the New Year's Eve climb and the pandemic, "na vlastné
    nebezpečenstvo", the rescue number, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="tkjavorina.sk", site="Turistický klub Javorina", base_size=50,
        subdomains=(("www.", 100),),
        sections=("akcie", "spravy", "klub"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"akcia": ("Jarný prechod Malou Fatrou", "Výstup na Chopok", "Cez Slovenský raj "
                         "roklinami", "Zimný výstup na Sitno", "Po hrebeni Vtáčnika")},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_tj_datum)),
            _f("autor", HEADER, 0.4, (_OLD, "Text a foto: {author}")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: zraz je o 7:30, nie o 8:00.")),
            _f("citajte", MIDDLE, 0.3, (_OLD, "Prečítajte si aj: {other_title}")),
            _f("akcia", MIDDLE, 0.2, (_OLD, "Najbližšia akcia: {akcia}")),
            _f("prispevok", FOOTER, 0.25, *_by_day(lambda day: (
                f"Členský príspevok na rok {day.year}: dospelí {TJ_PRISPEVOK[day.year][0]} €, "
                f"deti, študenti a seniori {TJ_PRISPEVOK[day.year][1]} €."))),
            _f("pozvanka", FOOTER, 0.25, *_tj_pozvanka()),
            _f("nebezpecenstvo", FOOTER, 0.35, (_OLD, "Akcií sa každý zúčastňuje na vlastné "
                                                      "nebezpečenstvo.")),
            _f("hzs", FOOTER, 0.2, (_OLD, "Tiesňové volanie Horskej záchrannej služby: "
                                          "18 300")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Turistický klub Javorina")),
        ),
    )


# --- a Japanese auto campground ------------------------------------------------------------

MC_NEW = dt.date(2018, 4, 1)
MC_RYOKIN = (("2014-04-01", "4,000"), ("2017-04-01", "4,500"), ("2019-10-01", "4,600"),
             ("2020-06-01", "5,000"))
MC_KYUGYO = (dt.date(2020, 4, 16), dt.date(2020, 6, 1))  # closed in the state of emergency


def _mc_hizuke(day: dt.date) -> str:
    if day < MC_NEW:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日"


def _mc_eigyo(day: dt.date) -> str:
    y = day.year
    if MC_KYUGYO[0] <= day < MC_KYUGYO[1]:
        return "緊急事態宣言を受け、5月31日まで臨時休業しています。"
    if 4 <= day.month <= 11:
        return f"{y}年シーズン営業中（4月1日～11月30日）"
    nxt = y + 1 if day.month == 12 else y
    return f"冬期休業中です。{nxt}年は4月1日から営業します。"


@cache
def _mc_oshirase() -> Wordings:
    base = _steps((_OLD, "キャンプ場の最新情報はLINE公式アカウントで配信中です。"))
    covid = [(MC_KYUGYO[0], MC_KYUGYO[1], "緊急事態宣言を受け、5月31日まで臨時休業いたします。")]
    taifu = [_span("2019-10-10", "2019-10-13", "台風19号の接近に伴い、10月11日～13日は臨時休業"
                                               "とします。")]
    gw = [(dt.date(y, 4, 20), dt.date(y, 5, 6), f"GW期間（{y}年4月29日～5月5日）は全区画が"
                                                f"満室となりました。") for y in YEARS]
    obon = [(dt.date(y, 8, 1), dt.date(y, 8, 17), f"{y}年のお盆期間（8月13日～16日）は2泊以上の"
                                                  f"ご予約に限ります。") for y in YEARS]
    return _calendar(base, covid, taifu, gw, obon)


def midorino_style() -> PublisherStyle:
    """A Japanese auto campground: the dotted date turned the date in kanji on 1 April 2018 (a
    wording per day), the season line (closed December to March, and in the 2020 state of
    emergency), "あわせて読みたい：", a cancellation-fee line, a no-open-fires line, the
    pitch price (raised in 2017, with the consumption tax in 2019 and in 2020), a booking
    line reworded for online booking, a notice line turned by Golden Week, Obon, a typhoon
    and the state of emergency, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="midorino-camp.jp", site="みどり野オートキャンプ場", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "event", "info"),
        n_authors=2, url_path="/{section}/{n}.html",
        families=(
            _f("hizuke", HEADER, 0.8, *_by_day(_mc_hizuke)),
            _f("eigyo", HEADER, 0.3, *_by_day(_mc_eigyo)),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】管理棟の受付時間を訂正しました。")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "あわせて読みたい：{other_title}")),
            _f("cancel", MIDDLE, 0.15, (_OLD, "キャンセル料：前日50％、当日100％")),
            _f("takibi", MIDDLE, 0.15, (_OLD, "直火は禁止です。焚き火台をご利用ください。")),
            _f("ryokin", FOOTER, 0.2, *from_table(MC_RYOKIN, lambda v: (
                f"オートサイト1区画 1泊{v}円（税込）"))),
            _f("yoyaku", FOOTER, 0.25,
               (_OLD, "ご予約はお電話で、ご利用日の3か月前の1日から承ります。"),
               (MC_NEW.isoformat(), "ご予約はWEB予約システムで、ご利用日の3か月前の同日10時"
                                    "から承ります。")),
            _f("oshirase", FOOTER, 0.25, *_mc_oshirase()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} みどり野オートキャンプ場")),
        ),
    )


def heldout204_styles() -> list[PublisherStyle]:
    """The held-back-204 styles, in the order the generator hands them to publishers."""
    return [
        pitchway_style(), karwendel_style(), rifugi_style(), fjellvennene_style(),
        tatranske_style(), shiramine_style(), ridgeline_style(), riedsee_style(),
        pineta_style(), bobilvennen_style(), javorina_style(), midorino_style(),
    ]
