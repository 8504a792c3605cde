"""The ``held-back-149`` template set of the planted-real benchmark.

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
"presumed innocent" note, an "ADVERTISEMENT" marker or a "Riproduzione riservata" line. The
publishers are police blotters, crime desks of local papers, public-safety alert services and
missing-person bulletins in English, Polish, German, Italian, Spanish, Afrikaans and Filipino:
an American local paper's crime and courts desk with its police blotter, a Polish regional
paper's police chronicle, a German local paper's "Blaulicht" pages, an Italian local news
site's crime news, an Argentinian paper's "Policiales" section, a South African country paper's
crime pages (in Afrikaans, with the police's statements in English), a Filipino tabloid's crime
desk, an American public-safety text-alert service, a British missing-people charity's
appeals, an Australian Crime Stoppers branch, a Mexican state commission that searches for
missing people and a Polish district police command's news pages. The families are the kinds
a crawl of such sites holds: dates localised day by day in English (American AP-style dates
with Eastern and Pacific daylight or standard time, British dates, Australian dates with AEST
and AEDT), Polish (month names in the genitive), German, Italian, Spanish (Argentinian and
Mexican), Afrikaans and Filipino, several changing form on the day of a redesign; a blotter's
week-ending line turning every Monday, a jail's population printed day by day and a Crime
Stoppers branch's running totals turning every month; "presumed innocent" notes (reworded),
arrest-log and booking-photo policies (mugshots dropped in 2020), the Polish press law's
anonymity note, expungement and take-down notes, crime-stoppers and tip-line appeals with
their call-in numbers (the Philippines' 117 turned 911 in August 2016, Mexico's 066 turned
911 in January 2017, Poland's 997 folded into 112, Italy's single emergency number),
rewards whose amounts change over the years, case, incident, event and police reference
numbers, alert levels and agencies from pools; notices that follow the calendars of public
safety (the Fourth of July, National Night Out, Halloween, holiday DUI patrols, the turning
of the clocks, Drug Take Back Days with the cancelled April 2020 one, Poland's "Znicz"
patrols and safe holidays, Germany's burglary-protection day and New Year's fireworks,
Italy's summer exodus, New Year's fireworks and the regions' colour zones, Argentina's
electoral blackouts and winter holidays, South Africa's 16 Days of Activism, festive-season
roadblocks and lockdown alert levels 5 to 1, the Philippines' election gun bans, Undas,
Christmas and community quarantine levels, International Missing Children's Day, Australia's
double-demerit holidays, Mexico's electoral blackouts and the day of the disappeared, and the
2020 pandemic everywhere), related links, photo credits and advertisement markers mid-body
(some up to two times), multi-line blocks (policy notes, appeal footers, charity lines,
imprints), bare lines and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences)
are the generator's.
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
          "September", "Oktober", "November", "Desember")
MAANDE_KORT = ("Jan", "Feb", "Mrt", "Apr", "Mei", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
               "Des")
WEEKDAE = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
         "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")

# --- helpers of this set ------------------------------------------------------------------


def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: from the oldest day with the value in
    force on the set's first day, then one wording from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def us_daylight(day: dt.date) -> bool:
    """American daylight saving time: the second Sunday of March to the first of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def nsw_daylight(day: dt.date) -> bool:
    """New South Wales daylight saving time: the first Sunday of October to the first
    Sunday of April."""
    return day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)


def ap_date(day: dt.date) -> str:
    """A date as American papers print it in AP style: "Sept. 5, 2016", "March 5, 2016"."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def week_ending(day: dt.date) -> dt.date:
    """The Sunday that ends the last full week before `day` (a blotter's week)."""
    return day - dt.timedelta(days=day.weekday() + 1)


def national_night_out(y: int) -> dt.date:
    """National Night Out: the first Tuesday of August."""
    return nth_weekday(y, 8, 1, 1)


# The Drug Take Back Days (Saturdays; none in spring 2015, the April 2020 one called off).
TAKE_BACK_DAYS = ("2015-09-26", "2016-04-30", "2016-10-22", "2017-04-29", "2017-10-28",
                  "2018-04-28", "2018-10-27", "2019-04-27", "2019-10-26", "2020-10-24")


def take_back_days(y: int) -> list[dt.date]:
    """The Drug Take Back Days of `y`."""
    return [iso_day(day) for day in TAKE_BACK_DAYS if day.startswith(str(y))]


def burglary_day(y: int) -> dt.date:
    """Germany's burglary-protection day: the last Sunday of October, when the clocks go
    back."""
    return last_weekday(y, 10, 6)


def queens_birthday(y: int) -> dt.date:
    """The Queen's Birthday holiday in New South Wales: the second Monday of June."""
    return nth_weekday(y, 6, 0, 2)


# --- an American local paper's crime and courts desk --------------------------------------

AC_REDESIGN = dt.date(2018, 8, 13)
AC_INNOCENT = dt.date(2017, 2, 6)
AC_MUGSHOTS = dt.date(2020, 7, 1)  # booking photos dropped
AC_NEWSLETTER = dt.date(2016, 9, 12)
AC_REWARD = (("2011-01-01", "$1,000"), ("2018-01-01", "$2,500"), ("2020-09-01", "$5,000"))
AC_JAIL = (("2015-01-01", 388.0), ("2016-06-01", 412.0), ("2017-09-01", 437.0),
           ("2019-12-31", 451.0), ("2020-03-20", 449.0), ("2020-04-30", 302.0),
           ("2020-12-31", 344.0))


def _ac_dated(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return f"Posted {ap_date(day)}"
    zone = "EDT" if us_daylight(day) else "EST"
    return (f"Updated {{time12}} {zone} {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} "
            f"{day.day}, {day.year}")


def jail_population(day: dt.date) -> int:
    return round(through(day, AC_JAIL) + 9 * noise(day, "jail"))


def _ac_jail(day: dt.date) -> str:
    return (f"County jail population as of {day.month}/{day.day}/{day.year}: "
            f"{jail_population(day)} (rated capacity 480)")


def _ac_week(day: dt.date) -> str:
    sunday = week_ending(day)
    return f"Police log for the week ending Sunday, {AP_MONTHS[sunday.month - 1]} {sunday.day}"


@cache
def _ac_notice() -> Wordings:
    base = _steps((_OLD, "Get the Ashbourne Courier's Crime & Courts newsletter in your inbox "
                         "every weekday"),
                  (AC_NEWSLETTER.isoformat(), "📰 Local reporting costs money. Subscribe to "
                                              "the Ashbourne Courier for $1 a week"))
    pandemic = [
        _span("2020-03-16", "2020-05-30", "🦠 Our coronavirus coverage is free to read: the "
                                          "latest from police and health officials"),
        _span("2020-05-31", "2020-06-07", "Citywide curfew from 9 p.m. to 6 a.m.: what you "
                                          "need to know"),
    ]
    july4 = _yearly("07-04", 5, 0, lambda y: f"🎆 Celebrating July 4, {y}? Know the city's "
                                             f"fireworks rules before you light up")
    nno = _movable(national_night_out, 7, 0, lambda y: (
        f"National Night Out is Tuesday, Aug. {national_night_out(y).day}: meet your "
        f"neighbors and the officers who patrol your street"))
    halloween = _yearly("10-31", 6, 0, lambda y: f"🎃 Halloween {y}: trick-or-treat hours and "
                                                 f"safety tips from police")
    dui = _yearly("12-24", 10, 8, lambda y: f"🚔 Holiday DUI crackdown: extra patrols through "
                                            f"New Year's Day {y + 1}")
    return _calendar(base, pandemic, july4, nno, halloween, dui)


def ashbourne_style() -> PublisherStyle:
    """An American local paper's crime and courts desk: a desk kicker from a pool, "Posted"
    with the AP-style date turned "Updated" with the time, Eastern daylight or standard
    time and the weekday on 13 August 2018 (a wording per day), "By" turned the reporter
    with the beat, the blotter's week-ending line (a wording per week, turning each
    Monday), a where-the-log-comes-from line, "RELATED:" and "ADVERTISEMENT" up to twice
    mid-body, a case number, the Crime Stoppers appeal with its reward ($1,000, $2,500 from
    2018, $5,000 from September 2020), the county jail's population (a wording per day), a
    newsletter line reworded and turned by the pandemic, the 2020 curfew, the Fourth of
    July, National Night Out, Halloween and holiday DUI patrols, the presumed-innocent note
    (reworded in 2017), the booking-photo note (turned a no-mugshots policy in July 2020)
    and the expungement note (a block), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="ashbournecourier.com", site="Ashbourne Courier", base_size=250,
        subdomains=(("www.", 100),),
        sections=("crime", "courts", "public-safety", "police-blotter"),
        n_authors=9, url_path="/news/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "desk": ("POLICE BLOTTER", "CRIME", "COURTS", "PUBLIC SAFETY", "MISSING PERSONS",
                     "TRAFFIC"),
            "beat": ("Crime reporter", "Courts reporter", "Public safety reporter",
                     "Night editor"),
        },
        families=(
            _f("desk", HEADER, 0.5, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.9, *_by_day(_ac_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (AC_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("log-week", HEADER, 0.25, *_by_day(_ac_week)),
            _f("log-source", HEADER, 0.3, (_OLD, "The following is compiled from police and "
                                                 "sheriff's office reports. Times are "
                                                 "approximate.")),
            _f("related", MIDDLE, 0.4, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("case-no", MIDDLE, 0.15, (_OLD, "Case No. {year}-{n}")),
            _f("tips", FOOTER, 0.3, *table_wordings(AC_REWARD, lambda v: (
                f"Anyone with information is asked to call Crime Stoppers at 555-0177. "
                f"Callers can stay anonymous and may be eligible for a reward of up to {v}."))),
            _f("jail", FOOTER, 0.15, *_daily(_ac_jail)),
            _f("notice", FOOTER, 0.3, *_ac_notice()),
            _f("innocent", FOOTER, 0.55,
               (_OLD, "All persons arrested are presumed innocent until proven guilty in a "
                      "court of law."),
               (AC_INNOCENT.isoformat(), "Editor's note: An arrest is not a conviction. "
                                         "Everyone named in this log is presumed innocent "
                                         "unless proven guilty in court.")),
            _f("mugshots", FOOTER, 0.25,
               (_OLD, "Booking photos are public records released by the county sheriff's "
                      "office."),
               (AC_MUGSHOTS.isoformat(), "The Ashbourne Courier no longer publishes booking "
                                         "photos unless a suspect is at large or a danger to "
                                         "the public.")),
            _f("expunge", FOOTER, 0.15, (_OLD, "Were the charges against you dropped, or were "
                                               "you found not guilty? Send the court record to "
                                               "newsroom@ashbournecourier.com and we will "
                                               "update this report.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Ashbourne Courier. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "report misstated the charge. It has been "
                                                  "updated.")),
        ),
    )


# --- a Polish regional paper's police chronicle -------------------------------------------

GN_REDESIGN = dt.date(2019, 1, 14)
GN_ALARM = dt.date(2016, 5, 2)
GN_APP = dt.date(2017, 9, 1)
GN_112 = dt.date(2018, 3, 1)  # the police's 997 answered by the 112 centres


def _gn_dated(day: dt.date) -> str:
    if day < GN_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}, {{time}}"


@cache
def _gn_komunikat() -> Wordings:
    base = _steps((_OLD, "Polub nas na Facebooku i bądź na bieżąco z wydarzeniami z regionu"),
                  (GN_APP.isoformat(), "📲 Pobierz aplikację „Gazeta Nadwarciańska” i włącz "
                                       "powiadomienia z regionu"))
    pandemic = [
        _span("2020-03-12", "2020-05-31", "🦠 Koronawirus: policja sprawdza osoby objęte "
                                          "kwarantanną – najważniejsze informacje"),
        _span("2020-10-24", "2020-11-27", "🔴 Cała Polska w strefie czerwonej: sprawdź, "
                                          "jakie obostrzenia obowiązują"),
    ]
    znicz = _yearly("11-01", 3, 1, lambda y: f"🕯️ Akcja „Znicz” {y}: więcej patroli na "
                                             f"drogach do cmentarzy")
    wakacje = [_span(f"{y}-06-27", f"{y}-08-31", f"☀️ Bezpieczne wakacje {y}: przed wyjazdem "
                                                 f"dziecka na kolonie zamów kontrolę autokaru")
               for y in YEARS]
    return _calendar(base, pandemic, znicz, wakacje)


def nadwarcianska_style() -> PublisherStyle:
    """A Polish regional paper's police chronicle: a section from a pool, the numeric date
    and time turned the weekday and the long date (month in the genitive) on 14 January 2019
    (a wording per day), the author (with "Autor:" from the redesign), "Czytaj także:" and
    "REKLAMA" up to twice mid-body, a photo credit from a pool, the police appeal for
    witnesses (997 or 112, then 112 alone from March 2018), the reader-tips line (reworded
    for photos and text messages in 2016), the source (a police station from a pool), the
    press law's anonymity note and the comments line (a block), an app line turned by the
    pandemic, the red zone, "Znicz" patrols and safe holidays, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="gazetanadwarcianska.pl", site="Gazeta Nadwarciańska", base_size=220,
        subdomains=(("www.", 80), ("konin.", 20)),
        sections=("kronika-policyjna", "wypadki", "sad", "pozary"),
        n_authors=7, url_path="/{section}/{slug},{n}",
        pools={
            "rubryka": ("Kronika policyjna", "Wypadki", "Z sali sądowej", "Pożary",
                        "Na sygnale"),
            "fot": ("KPP Koło", "KMP Konin", "archiwum", "OSP Kramsk", "Czytelnik",
                    "Gazeta Nadwarciańska"),
            "komenda": ("KMP Konin", "KPP Koło", "KPP Słupca", "KPP Turek",
                        "KM PSP Konin"),
        },
        families=(
            _f("rubryka", HEADER, 0.5, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.88, *_by_day(_gn_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "{author}"),
               (GN_REDESIGN.isoformat(), "Autor: {author}")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA"), count=2),
            _f("fot", MIDDLE, 0.35, (_OLD, "Fot. {fot}")),
            _f("apel", MIDDLE, 0.2,
               (_OLD, "Osoby, które mogą pomóc w ustaleniu sprawców, proszone są o kontakt z "
                      "policją pod numerem 997 lub 112."),
               (GN_112.isoformat(), "Osoby, które mogą pomóc w ustaleniu sprawców, proszone "
                                    "są o kontakt z policją pod numerem alarmowym 112.")),
            _f("alarm", FOOTER, 0.35,
               (_OLD, "Byłeś świadkiem zdarzenia? Napisz do nas: alarm@gazetanadwarcianska.pl"),
               (GN_ALARM.isoformat(), "Masz zdjęcia z wypadku lub pożaru? Wyślij je na "
                                      "alarm@gazetanadwarcianska.pl albo SMS-em na numer "
                                      "600 555 112.")),
            _f("zrodlo", FOOTER, 0.4, (_OLD, "Źródło: {komenda}")),
            _f("prawo-prasowe", FOOTER, 0.25, (_OLD, "Zgodnie z art. 13 Prawa prasowego nie "
                                                     "podajemy nazwisk ani wizerunku osób, "
                                                     "wobec których toczy się postępowanie.")),
            _f("komentarze", FOOTER, 0.2, (_OLD, "Komentarze są moderowane. Wpisy naruszające "
                                                 "prawo lub dobra osobiste będą usuwane.")),
            _f("komunikat", FOOTER, 0.3, *_gn_komunikat()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Gazeta Nadwarciańska. Wszelkie "
                                                "prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwszej wersji tekstu "
                                                    "podaliśmy błędny wiek zatrzymanego.")),
        ),
    )


# --- a German local paper's "Blaulicht" pages ---------------------------------------------

WT_REDESIGN = dt.date(2018, 10, 8)
WT_WHATSAPP = dt.date(2018, 2, 1)


def _wt_dated(day: dt.date) -> str:
    if day < WT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}, {{time}} Uhr"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}, "
            f"{{time}} Uhr")


@cache
def _wt_hinweis() -> Wordings:
    base = _steps((_OLD, "Blaulicht-Newsletter: die Polizeimeldungen aus dem Werratal jeden "
                         "Abend per E-Mail"),
                  (WT_WHATSAPP.isoformat(), "🚨 Blaulicht aufs Handy: unsere "
                                            "Polizeimeldungen jetzt auch per WhatsApp"))
    corona = [
        _span("2020-03-22", "2020-05-05", "Corona: Die Polizei kontrolliert die "
                                          "Kontaktbeschränkungen – alle Regeln im Überblick"),
        _span("2020-12-16", "2021-01-10", "Harter Lockdown: Was seit dem 16. Dezember gilt"),
    ]
    einbruch = _movable(burglary_day, 6, 0, lambda y: (
        f"🏠 Tag des Einbruchschutzes am {burglary_day(y).day}. Oktober {y}: Tipps der "
        f"Polizei für die dunkle Jahreszeit"))
    silvester = _yearly("12-31", 4, 1, lambda y: f"🎆 Silvester {y}: Was beim Böllern erlaubt "
                                                 f"ist – und was nicht")
    return _calendar(base, corona, einbruch, silvester)


def werrataler_style() -> PublisherStyle:
    """A German local paper's "Blaulicht" pages: a section from a pool, the short numeric
    date with "Uhr" turned the weekday and the long date on 8 October 2018 (a wording per
    day), "Von" turned the author with the desk, a subscribers' marker (reworded), a rare
    names-changed note, "Auch interessant:" and "ANZEIGE" up to twice mid-body, a symbolic
    photo from a pool, the witness appeal with a station's number from a pool, the source (a
    police station from a pool), the presumption-of-innocence line, a newsletter line turned
    a WhatsApp line and by the pandemic's rules, burglary-protection day and New Year's
    fireworks, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="werrataler-anzeiger.de", site="Werrataler Anzeiger", base_size=195,
        subdomains=(("www.", 100),),
        sections=("blaulicht", "polizei", "gericht", "feuerwehr"),
        n_authors=6, url_path="/lokales/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Blaulicht", "Polizei", "Gericht", "Feuerwehr", "Unfall"),
            "symbolfoto": ("dpa", "Archiv", "picture alliance", "Polizei", "Werrataler "
                           "Anzeiger"),
            "wache": ("in Eschwege unter der Nummer 05651 925-10",
                      "in Witzenhausen unter der Nummer 05542 9304-70",
                      "in Sontra unter der Nummer 05653 9766-40",
                      "in Hessisch Lichtenau unter der Nummer 05602 9393-20"),
            "dienststelle": ("Polizeidirektion Werra-Meißner", "Polizeistation Eschwege",
                             "Polizeistation Witzenhausen", "Polizeistation Sontra",
                             "Staatsanwaltschaft Kassel"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_wt_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (WT_REDESIGN.isoformat(), "{author} · Redaktion Blaulicht")),
            _f("plus", HEADER, 0.15, (_OLD, "Exklusiv für Abonnenten"),
               (WT_REDESIGN.isoformat(), "W+ Artikel · Nur für Abonnenten")),
            _f("namen", HEADER, 0.06, (_OLD, "Hinweis: Die Namen der Beteiligten sind der "
                                             "Redaktion bekannt.")),
            _f("auch", MIDDLE, 0.35, (_OLD, "Auch interessant: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "ANZEIGE"), count=2),
            _f("symbolfoto", MIDDLE, 0.3, (_OLD, "Symbolfoto: {symbolfoto}")),
            _f("zeugen", MIDDLE, 0.3, (_OLD, "Zeugen werden gebeten, sich bei der Polizei "
                                             "{wache} zu melden.")),
            _f("quelle", FOOTER, 0.4, (_OLD, "Quelle: {dienststelle}")),
            _f("unschuld", FOOTER, 0.45, (_OLD, "Für alle Beschuldigten gilt bis zu einer "
                                                "rechtskräftigen Verurteilung die "
                                                "Unschuldsvermutung.")),
            _f("hinweis", FOOTER, 0.3, *_wt_hinweis()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Werrataler Anzeiger {year}")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version hieß "
                                                 "es, der Fahrer sei schwer verletzt "
                                                 "worden.")),
        ),
    )


# --- an Italian local news site's crime news ----------------------------------------------

VS_REDESIGN = dt.date(2019, 4, 1)
VS_PRESUNZIONE = dt.date(2016, 11, 14)
VS_WHATSAPP = dt.date(2017, 6, 1)
VS_TELEGRAM = dt.date(2018, 2, 5)
VS_NUE = dt.date(2019, 11, 5)  # the single emergency number in the province


def _vs_dated(day: dt.date) -> str:
    if day < VS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year} | {{time}}"


@cache
def _vs_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter: la cronaca del Sannio ogni sera nella tua "
                         "casella"),
                  (VS_TELEGRAM.isoformat(), "Segui La Voce del Sannio su Telegram: la cronaca "
                                            "in tempo reale"))
    covid = [
        _span("2020-03-10", "2020-05-17", "🦠 Coronavirus: scarica il modulo di "
                                          "autocertificazione per gli spostamenti"),
        _span("2020-11-15", "2020-12-05", "🔴 Campania in zona rossa: cosa si può fare e "
                                          "cosa no"),
        _span("2020-12-06", "2020-12-20", "🟠 Campania in zona arancione: le regole in "
                                          "vigore"),
    ]
    esodo = [_span(f"{y}-07-25", f"{y}-08-23", f"🚗 Esodo estivo {y}: i consigli della Polizia "
                                               f"Stradale e i giorni da bollino nero")
             for y in YEARS]
    capodanno = _yearly("12-31", 3, 1, lambda y: f"💥 Capodanno {y + 1}: botti, le regole e i "
                                                 f"consigli per evitare incidenti")
    return _calendar(base, covid, esodo, capodanno)


def vocedelsannio_style() -> PublisherStyle:
    """An Italian local news site's crime news: a section from a pool, the numeric date and
    time turned the weekday and the long date on 1 April 2019 (a wording per day), "di"
    turned "Di" with the author, "LEGGI ANCHE:" and "PUBBLICITÀ" up to twice mid-body, a
    photo credit from a pool, the presumption-of-innocence line (reworded with the
    Constitution's article 27 in 2016), the reader-tips line turned a WhatsApp number, the
    emergency numbers turned the single European number in November 2019, a newsletter line
    reworded and turned by the lockdown's self-declaration form, Campania's red and orange
    zones, the summer exodus and New Year's fireworks, the registration line and "©
    Riproduzione riservata" (a block), a rare correction."""
    return PublisherStyle(
        domain="vocedelsannio.it", site="La Voce del Sannio", base_size=170,
        subdomains=(("www.", 100),),
        sections=("cronaca", "giudiziaria", "incidenti", "sicurezza"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "sezione": ("Cronaca", "Cronaca nera", "Giudiziaria", "Incidenti stradali",
                        "Sicurezza"),
            "foto": ("foto di repertorio", "foto Carabinieri", "foto Polizia di Stato",
                     "foto Vigili del Fuoco", "foto La Voce del Sannio"),
        },
        families=(
            _f("sezione", HEADER, 0.5, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.88, *_by_day(_vs_dated)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}"),
               (VS_REDESIGN.isoformat(), "Di {author}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "LEGGI ANCHE: {other_title}"), count=2),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "PUBBLICITÀ"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "({foto})")),
            _f("presunzione", FOOTER, 0.4,
               (_OLD, "Per tutti gli indagati vale la presunzione di innocenza fino a "
                      "sentenza definitiva."),
               (VS_PRESUNZIONE.isoformat(), "Gli indagati sono da considerarsi innocenti "
                                            "fino a sentenza definitiva di condanna, come "
                                            "previsto dall'articolo 27 della "
                                            "Costituzione.")),
            _f("segnalazioni", FOOTER, 0.3,
               (_OLD, "Segnalazioni e foto alla redazione: redazione@vocedelsannio.it"),
               (VS_WHATSAPP.isoformat(), "📲 Hai assistito a un fatto di cronaca? Mandaci "
                                         "foto e video su WhatsApp al 349 555 0123")),
            _f("emergenza", FOOTER, 0.15,
               (_OLD, "In caso di emergenza chiamate il 112 (Carabinieri), il 113 (Polizia) o "
                      "il 115 (Vigili del Fuoco)."),
               (VS_NUE.isoformat(), "In caso di emergenza chiamate il Numero unico europeo "
                                    "112: risponde per Carabinieri, Polizia, Vigili del "
                                    "Fuoco e 118.")),
            _f("avviso", FOOTER, 0.3, *_vs_avviso()),
            _f("testata", FOOTER, 0.25, (_OLD, "La Voce del Sannio – Testata giornalistica "
                                               "registrata presso il Tribunale di Benevento, "
                                               "n. 7/2011")),
            _f("riproduzione", FOOTER, 0.4, (_OLD, "© Riproduzione riservata")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: in una prima versione "
                                                 "dell'articolo l'età dell'arrestato era "
                                                 "errata.")),
        ),
    )


# --- an Argentinian paper's "Policiales" section ------------------------------------------

VP_REDESIGN = dt.date(2018, 9, 3)
VP_WHATSAPP = dt.date(2016, 6, 6)
VP_NOTIFICACIONES = dt.date(2017, 4, 3)
VP_RECOMPENSA = (("2014-01-01", "$ 200.000"), ("2016-07-01", "$ 500.000"),
                 ("2018-05-02", "$ 1.000.000"), ("2020-02-03", "$ 2.000.000"))
ELECCIONES_AR = ("2015-08-09", "2015-10-25", "2015-11-22", "2017-08-13", "2017-10-22",
                 "2019-08-11", "2019-10-27")
VACACIONES_INVIERNO = {2015: ("07-13", "07-24"), 2016: ("07-11", "07-22"),
                       2017: ("07-10", "07-21"), 2018: ("07-09", "07-20"),
                       2019: ("07-08", "07-19")}


def _vp_dated(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    weekday = DIAS[day.weekday()].capitalize()
    return f"{weekday}, {day.day} de {MESES[day.month - 1]} de {day.year} · {{time}}"


@cache
def _vp_aviso() -> Wordings:
    base = _steps((_OLD, "Suscribite al newsletter de Policiales y recibí las noticias cada "
                         "mañana"),
                  (VP_NOTIFICACIONES.isoformat(), "🔔 Activá las notificaciones y enterate "
                                                  "primero de lo que pasa en la región"))
    veda = []
    for day in ELECCIONES_AR:
        vote = iso_day(day)
        veda.append((vote - 2 * ONE, vote + ONE, f"🗳️ Veda electoral: rige la prohibición de "
                                                 f"difundir encuestas hasta el cierre de los "
                                                 f"comicios del domingo {vote.day} de "
                                                 f"{MESES[vote.month - 1]}"))
    cuarentena = [
        _span("2020-03-20", "2020-11-08", "🦠 Aislamiento obligatorio: qué se puede hacer y "
                                          "qué no durante la cuarentena"),
        _span("2020-11-09", "2020-12-20", "Distanciamiento social: las nuevas reglas para "
                                          "circular"),
    ]
    invierno = [_span(f"{y}-{a}", f"{y}-{b}", f"❄️ Vacaciones de invierno {y}: consejos para "
                                              f"viajar seguro por la ruta")
                for y, (a, b) in VACACIONES_INVIERNO.items()]
    fiestas = _yearly("12-24", 7, 8, lambda y: f"🎄 Fiestas {y}: más controles de alcoholemia "
                                               f"en rutas y accesos")
    return _calendar(base, veda, cuarentena, invierno, fiestas)


def vozdelparana_style() -> PublisherStyle:
    """An Argentinian paper's "Policiales" section: a section from a pool, the numeric date
    turned the weekday, the long date and the time on 3 September 2018 (a wording per day),
    "Por" turned "Escrito por" with the author, "Te puede interesar:" and "PUBLICIDAD" up to
    twice mid-body, a photo credit from a pool, the reward offered for a missing person
    ($200,000 rising to $2,000,000 by 2020), the anonymous-tips line, the presumption of
    innocence, the reader line turned a WhatsApp number, a newsletter line reworded and
    turned by the electoral blackouts before each vote, the quarantine and social
    distancing, the winter holidays and the festive season's breath tests, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="vozdelparana.com.ar", site="La Voz del Paraná", base_size=150,
        subdomains=(("www.", 100),),
        sections=("policiales", "judiciales", "seguridad", "transito"),
        n_authors=6, url_path="/{section}/{slug}-n{n}",
        pools={
            "seccion": ("Policiales", "Judiciales", "Seguridad", "Tránsito", "Sucesos"),
            "foto": ("Gentileza Policía de Entre Ríos", "Archivo", "La Voz del Paraná",
                     "Redes sociales", "Gentileza Bomberos Voluntarios"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.88, *_by_day(_vp_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (VP_REDESIGN.isoformat(), "Escrito por {author}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "PUBLICIDAD"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("recompensa", MIDDLE, 0.1, *table_wordings(VP_RECOMPENSA, lambda v: (
                f"El Ministerio de Seguridad ofrece una recompensa de hasta {v} a quien aporte "
                f"datos útiles para dar con su paradero."))),
            _f("denuncia", FOOTER, 0.3, (_OLD, "Si tenés información, comunicate al 911 o a la "
                                               "línea gratuita de denuncias anónimas "
                                               "0800-555-3348.")),
            _f("inocencia", FOOTER, 0.3, (_OLD, "Las personas mencionadas gozan de la "
                                                "presunción de inocencia hasta que exista una "
                                                "sentencia firme.")),
            _f("whatsapp", FOOTER, 0.25,
               (_OLD, "Enviá tus fotos y denuncias a redaccion@vozdelparana.com.ar"),
               (VP_WHATSAPP.isoformat(), "📲 Sumate al WhatsApp de la redacción: "
                                         "343 15 555-0188")),
            _f("aviso", FOOTER, 0.3, *_vp_aviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} La Voz del Paraná. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior "
                                                     "se informó mal el nombre de la "
                                                     "localidad.")),
        ),
    )


# --- a South African country paper's crime pages (in Afrikaans) ---------------------------

PP_REDESIGN = dt.date(2018, 2, 19)
PP_APP = dt.date(2017, 7, 3)
PP_WHATSAPP = dt.date(2019, 6, 3)
PP_LEVELS = (("2020-03-27", "Inperking, vlak 5"), ("2020-05-01", "Inperking, vlak 4"),
             ("2020-06-01", "Inperking, vlak 3"), ("2020-08-18", "Inperking, vlak 2"),
             ("2020-09-21", "Inperking, vlak 1"), ("2020-12-29", "Aangepaste vlak 3"))


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"{day.day:02d} {MAANDE_KORT[day.month - 1]} {day.year}"
    return (f"{WEEKDAE[day.weekday()]}, {day.day} {MAANDE[day.month - 1]} {day.year} om "
            f"{{time}}")


@cache
def _pp_kennisgewing() -> Wordings:
    base = _steps((_OLD, "Volg Platteland Pos op Facebook vir die jongste misdaadnuus"),
                  (PP_WHATSAPP.isoformat(), "📲 Kry ons nuus op WhatsApp: stuur 'NUUS' na "
                                            "072 555 0147"))
    levels: list[Event] = []
    for i, (start, name) in enumerate(PP_LEVELS):
        end = iso_day(PP_LEVELS[i + 1][0]) if i + 1 < len(PP_LEVELS) else None
        levels.append((iso_day(start), end, f"🚨 {name}: wat jy mag en nie mag doen nie"))
    dae16 = _yearly("11-25", 0, 15, lambda y: f"💜 16 Dae van Aktivisme {y}: rapporteer "
                                              f"geweld teen vroue en kinders")
    feestyd = _yearly("12-15", 0, 21, lambda y: f"🚓 Feestyd {y}: die polisie verskerp "
                                                f"padblokkades oor die vakansie")
    return _calendar(base, levels, dae16, feestyd)


def plattelandpos_style() -> PublisherStyle:
    """A South African country paper's crime pages, in Afrikaans: a section from a pool, the
    short date turned the weekday, the long date and the time on 19 February 2018 (a
    wording per day), "Deur" turned the reporter with the beat, "Lees ook:" up to twice and
    "Advertensie" mid-body, a photo credit from a pool, the police's "Issued by:" line in
    English from a pool, the presumption-of-innocence line, the Crime Stop line (with the
    police app from July 2017), a Facebook line turned a WhatsApp line and by lockdown alert
    levels 5 to 1 and adjusted level 3, the 16 Days of Activism and festive-season
    roadblocks, the comments line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="plattelandpos.co.za", site="Platteland Pos", base_size=130,
        subdomains=(("www.", 100),),
        sections=("misdaad", "hof", "polisie", "ongelukke"),
        n_authors=5, url_path="/nuus/{section}/{slug}",
        pools={
            "afdeling": ("Misdaad", "Hofsake", "Polisieberig", "Plaasaanvalle", "Ongelukke"),
            "beat": ("Misdaadverslaggewer", "Hofverslaggewer", "Nuusredakteur"),
            "foto": ("Verskaf", "SAPD", "Platteland Pos", "Facebook", "Argief"),
            "kantoor": ("SAPS Northern Cape Provincial Communication", "SAPS Upington",
                        "SAPS Kuruman", "SAPS De Aar", "SAPS Springbok"),
        },
        families=(
            _f("afdeling", HEADER, 0.5, (_OLD, "{afdeling}")),
            _f("datum", HEADER, 0.88, *_by_day(_pp_dated)),
            _f("skrywer", HEADER, 0.55, (_OLD, "Deur {author}"),
               (PP_REDESIGN.isoformat(), "Deur {author}, {author_beat}")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertensie", MIDDLE, 0.3, (_OLD, "Advertensie")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("uitgereik", FOOTER, 0.3, (_OLD, "Issued by: {kantoor}")),
            _f("onskuldig", FOOTER, 0.35, (_OLD, "Alle verdagtes word as onskuldig beskou "
                                                 "totdat hulle in 'n hof skuldig bevind "
                                                 "word.")),
            _f("misdaadstop", FOOTER, 0.35,
               (_OLD, "Enigiemand met inligting kan Misdaadstop by 08600 55 111 skakel. Alle "
                      "inligting word streng vertroulik hanteer."),
               (PP_APP.isoformat(), "Enigiemand met inligting kan Misdaadstop by 08600 55 111 "
                                    "skakel of 'n wenk via die MySAPD-toep stuur. Alle "
                                    "inligting word streng vertroulik hanteer.")),
            _f("kennisgewing", FOOTER, 0.3, *_pp_kennisgewing()),
            _f("kommentaar", FOOTER, 0.2, (_OLD, "Ons verwelkom jou kommentaar, maar hou dit "
                                                 "asseblief ordentlik. Haatspraak en "
                                                 "lasterlike opmerkings word verwyder.")),
            _f("kopiereg", FOOTER, 0.4, (_OLD, "© {year} Platteland Pos. Alle regte "
                                               "voorbehou.")),
            _f("regstelling", HEADER, 0.04, (_OLD, "Regstelling: 'n Vroeëre weergawe van "
                                                   "hierdie berig het die verkeerde dorp "
                                                   "genoem.")),
        ),
    )


# --- a Filipino tabloid's crime desk ------------------------------------------------------

TB_REDESIGN = dt.date(2017, 10, 2)
TB_911 = dt.date(2016, 8, 1)  # the nationwide emergency number replaced 117
GUN_BANS = (("2016-01-10", "2016-06-08", 2016), ("2019-01-13", "2019-06-12", 2019))
QUARANTINE = (("2020-03-17", "ECQ"), ("2020-05-16", "MECQ"), ("2020-06-01", "GCQ"),
              ("2020-08-04", "MECQ"), ("2020-08-19", "GCQ"))


def _tb_dated(day: dt.date) -> str:
    if day < TB_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year} | {{time12}}"


@cache
def _tb_paalala() -> Wordings:
    base = _steps((_OLD, "I-like at i-follow ang Tanod Balita sa Facebook para sa mga "
                         "pinakabagong balita"))
    halalan = []
    for first, last, y in GUN_BANS:
        end = iso_day(last)
        halalan.append(_span(first, last, f"🗳️ Halalan {y}: umiiral ang gun ban ng Comelec "
                                          f"hanggang {BUWAN[end.month - 1]} {end.day}"))
    undas = _yearly("11-01", 4, 1, lambda y: f"🕯️ Undas {y}: paalala ng PNP para sa ligtas na "
                                             f"pagbisita sa sementeryo")
    pasko = _yearly("12-25", 9, 6, lambda y: f"🎄 Ligtas Paskuhan {y}: iwasan ang paputok at "
                                             f"ireport ang mga iligal na nagbebenta")
    quarantine: list[Event] = []
    for i, (start, level_name) in enumerate(QUARANTINE):
        end = iso_day(QUARANTINE[i + 1][0]) if i + 1 < len(QUARANTINE) else None
        quarantine.append((iso_day(start), end, f"😷 {level_name} sa Metro Manila: alamin ang "
                                                f"mga patakaran at curfew"))
    return _calendar(base, halalan, undas, pasko, quarantine)


def tanodbalita_style() -> PublisherStyle:
    """A Filipino tabloid's crime desk: a section from a pool, the date turned the weekday
    and the 12-hour time on 2 October 2017 (a wording per day), "Ni" turned "Ulat ni" with
    the reporter, "BASAHIN:" and "ADVERTISEMENT" up to twice mid-body, a photo credit from a
    pool, the presumption-of-innocence line, the police hotline (117 turned 911 on 1 August
    2016), the tip line, a Facebook line turned by the Comelec gun bans of 2016 and 2019,
    Undas, Christmas and Metro Manila's quarantine levels (ECQ, MECQ, GCQ), the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="tanodbalita.com", site="Tanod Balita", base_size=110,
        subdomains=(("www.", 100),),
        sections=("krimen", "metro", "probinsya", "korte"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "seksyon": ("Krimen", "Metro", "Probinsya", "Pulisya", "Korte"),
            "larawan": ("PNP", "BFP", "Facebook", "Tanod Balita", "Barangay"),
        },
        families=(
            _f("seksyon", HEADER, 0.5, (_OLD, "{seksyon}")),
            _f("petsa", HEADER, 0.88, *_by_day(_tb_dated)),
            _f("awtor", HEADER, 0.6, (_OLD, "Ni {author}"),
               (TB_REDESIGN.isoformat(), "Ulat ni {author}")),
            _f("basahin", MIDDLE, 0.4, (_OLD, "BASAHIN: {other_title}"), count=2),
            _f("advertisement", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("larawan", MIDDLE, 0.3, (_OLD, "Larawan mula sa {larawan}")),
            _f("inosente", FOOTER, 0.3, (_OLD, "Ang lahat ng suspek ay itinuturing na walang "
                                               "sala hangga't hindi napapatunayang nagkasala "
                                               "ng hukuman.")),
            _f("hotline", FOOTER, 0.3,
               (_OLD, "May impormasyon? Tumawag sa PNP hotline 117 o mag-text sa "
                      "0917 555 0117."),
               (TB_911.isoformat(), "May impormasyon? Tumawag sa Emergency 911 o mag-text sa "
                                    "PNP hotline 0917 555 0117.")),
            _f("sumbong", FOOTER, 0.2, (_OLD, "May sumbong ka? I-message kami sa aming "
                                              "Facebook page o mag-email sa "
                                              "sumbong@tanodbalita.com.")),
            _f("paalala", FOOTER, 0.3, *_tb_paalala()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tanod Balita. Lahat ng karapatan ay "
                                                "nakalaan.")),
            _f("pagtatama", HEADER, 0.04, (_OLD, "PAGTATAMA: Naitama na ang edad ng suspek sa "
                                                 "ulat na ito.")),
        ),
    )


# --- an American public-safety text-alert service -----------------------------------------

SW_REDESIGN = dt.date(2019, 5, 6)
SW_STOP = dt.date(2017, 4, 10)


def _sw_dated(day: dt.date) -> str:
    if day < SW_REDESIGN:
        return f"Issued {day.month}/{day.day}/{day.year} {{time12}}"
    zone = "PDT" if us_daylight(day) else "PST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]} {day.day}, {day.year}, "
            f"{{time12}} {zone}")


@cache
def _sw_banner() -> Wordings:
    base = _steps((_OLD, "Download the SafeWatch Alerts app for iPhone and Android"),
                  (SW_REDESIGN.isoformat(), "Add a second ZIP code to get alerts where your "
                                            "family lives and works"))
    covid = [
        _span("2020-03-19", "2020-06-30", "🦠 COVID-19: follow county health orders. For "
                                          "non-emergency help, call 211."),
        _span("2020-09-08", "2020-09-20", "🔥 Red flag warning: know your evacuation zone and "
                                          "keep a go-bag ready"),
    ]
    clocks: list[Event] = []
    for y in range(2015, 2021):
        spring, fall = nth_weekday(y, 3, 6, 2), nth_weekday(y, 11, 6, 1)
        clocks.append((spring - 5 * ONE, spring + ONE,
                       f"⏰ Clocks spring forward Sunday, March {spring.day}: test your smoke "
                       f"alarms"))
        clocks.append((fall - 5 * ONE, fall + ONE,
                       f"⏰ Clocks fall back Sunday, Nov. {fall.day}: test your smoke alarms "
                       f"and change the batteries"))
    take_back = [(day - 6 * ONE, day + ONE,
                  f"💊 Drug Take Back Day is Saturday, {MONTHS[day.month - 1]} {day.day}: drop "
                  f"off unused medications, no questions asked")
                 for y in range(2015, 2021) for day in take_back_days(y)]
    # A Take Back Saturday's notice runs to the day before the clocks fall back.
    return _calendar(base, covid, take_back, clocks)


def safewatch_style() -> PublisherStyle:
    """An American public-safety text-alert service: the alert level from a pool (with
    "Alert level:" from the redesign), the sending agency from a pool, "Issued" with the
    numeric date turned the weekday, the date and Pacific daylight or standard time on 6
    May 2019 (a wording per day), an incident number and a map link mid-body, the tip line,
    the not-an-emergency-line note, the STOP line (reworded in 2017), the subscribed-ZIP line
    from a pool, an app line reworded and turned by the pandemic, a red flag warning, the
    turning of the clocks and the Drug Take Back Days, the powered-by line, a rare test
    alert."""
    return PublisherStyle(
        domain="safewatchalerts.com", site="SafeWatch Alerts", base_size=90,
        subdomains=(("", 60), ("local.", 40)),
        sections=("alerts", "advisories", "community"),
        n_authors=4, url_path="/a/{n}",
        pools={
            "level": ("Community", "Advisory", "Alert"),
            "agency": ("Cedar Valley Police Department", "Marlow County Sheriff's Office",
                       "Cedar Valley Fire Department", "Marlow County Office of Emergency "
                       "Services", "Lakeport Police Department"),
            "zip": ("95401", "95403", "95404", "95409", "95492"),
        },
        families=(
            _f("level", HEADER, 0.85, (_OLD, "{level}"),
               (SW_REDESIGN.isoformat(), "Alert level: {level}")),
            _f("agency", HEADER, 0.8, (_OLD, "From: {agency}")),
            _f("issued", HEADER, 0.9, *_by_day(_sw_dated)),
            _f("incident", MIDDLE, 0.25, (_OLD, "Incident #: {year}-{n}")),
            _f("map", MIDDLE, 0.2, (_OLD, "View the map and full details: "
                                          "safewatchalerts.com/a/{n}")),
            _f("tip", FOOTER, 0.35, (_OLD, "Text TIP followed by your message to 555888. Tips "
                                           "are anonymous.")),
            _f("emergency", FOOTER, 0.45, (_OLD, "This is not an emergency line. If you have "
                                                 "an emergency, call 911.")),
            _f("stop", FOOTER, 0.5, (_OLD, "Reply STOP to unsubscribe. Msg & data rates may "
                                           "apply."),
               (SW_STOP.isoformat(), "Reply STOP to cancel, HELP for help. Message and data "
                                     "rates may apply.")),
            _f("zip", FOOTER, 0.3, (_OLD, "You are receiving this alert because you "
                                          "subscribed to ZIP code {zip}.")),
            _f("banner", FOOTER, 0.25, *_sw_banner()),
            _f("powered", FOOTER, 0.3, (_OLD, "Powered by SafeWatch Alerts · Manage your "
                                              "settings at safewatchalerts.com")),
            _f("test", HEADER, 0.04, (_OLD, "THIS IS A TEST. No action is required.")),
        ),
    )


# --- a British missing-people charity's appeals -------------------------------------------

WM_REDESIGN = dt.date(2018, 5, 25)  # relaunched with the new privacy notice
WM_EMAIL = dt.date(2017, 9, 4)
WM_ALERTS = dt.date(2016, 3, 1)
WM_POSTERS = (("2013-01-01", "£5"), ("2017-04-01", "£6"), ("2020-04-01", "£7"))


def _wm_dated(day: dt.date) -> str:
    if day < WM_REDESIGN:
        return f"Appeal issued {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Appeal date: {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _wm_banner() -> Wordings:
    base = _steps((_OLD, "Sign up for missing-person alerts in your area"),
                  (WM_ALERTS.isoformat(), "Join our appeal alerts: we only contact you when "
                                          "someone goes missing near you"))
    covid = [_span("2020-03-23", "2020-07-04", "Lockdown: our helpline is open as usual, 24 "
                                               "hours a day")]
    imcd = _yearly("05-25", 6, 0, lambda y: f"International Missing Children's Day, 25 May "
                                            f"{y}: help bring them home")
    christmas = _yearly("12-25", 14, 6, lambda y: f"Christmas {y} is hard for families of "
                                                  f"missing people. Send a message home, "
                                                  f"free and confidential")
    return _calendar(base, covid, imcd, christmas)


def waymark_style() -> PublisherStyle:
    """A British missing-people charity's appeals: the appeal's status from a pool, "Appeal
    issued" with the numeric date turned "Appeal date:" with the weekday on 25 May 2018 (a
    wording per day), the consent line, the police force's reference mid-body (a force from
    a pool), the charity's case reference, the call-101 line, the share appeal, the
    helpline (with email and hours from 2017), the take-down note (reworded for the privacy
    notice in 2018), the poster price (£5, £6 from 2017, £7 from 2020), an alerts
    line reworded and turned by International Missing Children's Day, Christmas and the
    lockdown, the charity line and the copyright line (a block), a rare found-safe update."""
    return PublisherStyle(
        domain="waymarkmissing.org.uk", site="Waymark", base_size=70,
        subdomains=(("www.", 100),),
        sections=("appeals", "found", "news"),
        n_authors=3, url_path="/appeals/{slug}",
        pools={
            "status": ("MISSING", "APPEAL", "MISSING FROM HOME", "LONG-TERM MISSING",
                       "RENEWED APPEAL"),
            "force": ("Avon and Somerset Police", "Thames Valley Police", "West Mercia Police",
                      "Police Scotland", "Kent Police"),
        },
        families=(
            _f("status", HEADER, 0.7, (_OLD, "{status}")),
            _f("issued", HEADER, 0.85, *_by_day(_wm_dated)),
            _f("consent", HEADER, 0.25, (_OLD, "This appeal is published with the consent of "
                                               "the family and the police.")),
            _f("police-ref", MIDDLE, 0.45, (_OLD, "Police reference: {force} {n}")),
            _f("our-ref", FOOTER, 0.3, (_OLD, "Waymark case reference: WM-{n}")),
            _f("call", FOOTER, 0.5, (_OLD, "If you have seen them, call 101 quoting the police "
                                           "reference, or 999 if they are in immediate "
                                           "danger.")),
            _f("share", FOOTER, 0.45, (_OLD, "Please share this appeal. Every share could "
                                             "reach someone who has seen them.")),
            _f("helpline", FOOTER, 0.3,
               (_OLD, "Missing someone? Call or text our free helpline on 0800 555 0147."),
               (WM_EMAIL.isoformat(), "Missing someone? Call or text 0800 555 0147, or email "
                                      "help@waymarkmissing.org.uk. Free, confidential, 24 "
                                      "hours a day.")),
            _f("removal", FOOTER, 0.3,
               (_OLD, "When someone is found, we take down their appeal. Please delete any "
                      "copies you have shared."),
               (WM_REDESIGN.isoformat(), "When someone is found we remove their appeal and "
                                         "photo within 24 hours, in line with our privacy "
                                         "notice. Please delete any copies you have shared.")),
            _f("posters", FOOTER, 0.2, *table_wordings(WM_POSTERS, lambda v: (
                f"{v} prints 100 appeal posters. Please donate today."))),
            _f("banner", FOOTER, 0.25, *_wm_banner()),
            _f("charity", FOOTER, 0.35, (_OLD, "Waymark is a registered charity in England and "
                                               "Wales (1168432) and Scotland (SC047120).")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Waymark")),
            _f("found", HEADER, 0.04, (_OLD, "UPDATE: This person has been found safe. Thank "
                                             "you for sharing.")),
        ),
    )


# --- an Australian Crime Stoppers branch --------------------------------------------------

CS_REDESIGN = dt.date(2017, 10, 1)  # relaunched on the first day of daylight saving
CS_ONLINE = dt.date(2016, 4, 4)
CS_REWARD = (("2010-01-01", "$1,000"), ("2019-07-01", "$2,000"))


def crime_stoppers_totals(y: int, m: int) -> tuple[int, int]:
    """Made-up running totals since 1989 to the end of month `m` of `y`: arrests, charges."""
    months = (y - 2014) * 12 + m
    arrests = 4210 + 17 * months + round(6 * noise(dt.date(y, m, 1), "cs"))
    return arrests, round(arrests * 2.7)


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"{day.day}/{day.month:02d}/{day.year}"
    zone = "AEDT" if nsw_daylight(day) else "AEST"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def _cs_totals(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    arrests, charges = crime_stoppers_totals(y, m)
    return (f"Since 1989: {arrests:,} arrests and {charges:,} charges from community "
            f"information (to the end of {MONTHS[m - 1]} {y})")


@cache
def _cs_banner() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook to see this week's wanted list"))
    covid = [_span("2020-03-23", "2020-06-30", "🦠 We're still taking calls: report safely "
                                               "from home")]
    easter_dd = _movable(easter, 3, 1, lambda y: f"🚓 Double demerits apply over Easter {y}: "
                                                 f"slow down")
    june = _movable(queens_birthday, 3, 0, lambda y: f"🚓 Double demerits apply over the "
                                                     f"Queen's Birthday long weekend {y}")
    christmas = _yearly("12-24", 4, 8, lambda y: f"🚓 Double demerits: Christmas and New Year "
                                                 f"{y}-{(y + 1) % 100:02d}")
    return _calendar(base, covid, easter_dd, june, christmas)


def coastcrimestoppers_style() -> PublisherStyle:
    """An Australian Crime Stoppers branch: an appeal kicker from a pool, the numeric date
    turned the weekday, the long date, the time and AEST or AEDT on 1 October 2017 (a
    wording per day), the region from a pool, the do-not-approach line and the event number
    mid-body, the call line (with online reports from April 2016), the anonymity line, the
    reward ($1,000, $2,000 from July 2019), the running totals (a wording per month), a
    Facebook line turned by double demerits over Easter, the June long weekend and
    Christmas, and the pandemic, the charity line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="coastcrimestoppers.org.au", site="Coast Crime Stoppers", base_size=55,
        subdomains=(("www.", 100),),
        sections=("appeals", "wanted", "unsolved"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kicker": ("WANTED", "CAN YOU HELP?", "UNSOLVED", "APPEAL", "DOB IN A DEALER"),
            "region": ("Central Coast", "Hunter", "Mid North Coast", "Northern Rivers",
                       "Illawarra"),
        },
        families=(
            _f("kicker", HEADER, 0.6, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_cs_dated)),
            _f("region", HEADER, 0.4, (_OLD, "{region}")),
            _f("danger", MIDDLE, 0.25, (_OLD, "Do not approach this person. If you see them, "
                                              "call Triple Zero (000) immediately.")),
            _f("event-no", MIDDLE, 0.3, (_OLD, "Please quote event number E{n}.")),
            _f("call", FOOTER, 0.6,
               (_OLD, "If you have information, call Crime Stoppers on 1800 555 310."),
               (CS_ONLINE.isoformat(), "If you have information, call Crime Stoppers on "
                                       "1800 555 310 or report online at "
                                       "coastcrimestoppers.org.au.")),
            _f("anonymous", FOOTER, 0.45, (_OLD, "You do not have to give your name, and your "
                                                 "call is not recorded or traced.")),
            _f("reward", FOOTER, 0.2, *table_wordings(CS_REWARD, lambda v: (
                f"Rewards of up to {v} may be paid for information that leads to an "
                f"arrest."))),
            _f("totals", FOOTER, 0.2, *_by_day(_cs_totals)),
            _f("banner", FOOTER, 0.25, *_cs_banner()),
            _f("charity", FOOTER, 0.35, (_OLD, "Coast Crime Stoppers is an independent charity "
                                               "and not part of the police. ABN 51 555 018 "
                                               "224.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Coast Crime Stoppers Inc.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the date of the incident has "
                                                  "been amended.")),
        ),
    )


# --- a Mexican state commission that searches for missing people --------------------------

CB_911 = dt.date(2017, 1, 9)  # 911 replaced 066 nationwide
CB_REDESIGN = dt.date(2019, 2, 4)
VEDAS = (("2015-04-05", "2015-06-07"), ("2016-04-03", "2016-06-05"),
         ("2018-03-30", "2018-07-01"))


def _cb_dated(day: dt.date) -> str:
    if day < CB_REDESIGN:
        return f"Fecha de publicación: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Sierra Verde, a {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _cb_aviso() -> Wordings:
    base = _steps((_OLD, "Difunde esta ficha en tus redes sociales. Compartir también es "
                         "buscar."))
    veda = [_span(first, last, "En cumplimiento de la veda electoral, este sitio solo difunde "
                               "información de búsqueda de personas, salud, educación y "
                               "protección civil.") for first, last in VEDAS]
    covid = [_span("2020-03-23", "2020-05-30", "Jornada Nacional de Sana Distancia: atendemos "
                                               "a las familias por teléfono y correo "
                                               "electrónico")]
    dia = _yearly("08-30", 2, 0, lambda y: f"30 de agosto de {y}: Día Internacional de las "
                                           f"Víctimas de Desapariciones Forzadas")
    return _calendar(base, veda, covid, dia)


def busqueda_style() -> PublisherStyle:
    """A Mexican state commission that searches for missing people: the poster's heading
    and its protocol tag from pools, the publication date turned the place and the long date
    on 4 February 2019 (a wording per day), the file number mid-body, a share line turned by
    the electoral blackouts, the pandemic's "healthy distance" weeks and the day of the
    disappeared, the emergency and anonymous numbers (066 turned 911 on 9 January 2017),
    the confidentiality line, the take-down note, the commission's line and the privacy
    line (a block), a rare update."""
    return PublisherStyle(
        domain="cbp-sierraverde.gob.mx", site="Comisión de Búsqueda de Personas de Sierra Verde",
        base_size=40, subdomains=(("www.", 100),),
        sections=("fichas", "localizados", "comunicados"),
        n_authors=2, url_path="/{section}/{n}",
        pools={
            "cartel": ("¿LO HAS VISTO?", "¿LA HAS VISTO?", "¿LOS HAS VISTO?",
                       "¡AYÚDANOS A ENCONTRARLE!"),
            "protocolo": ("#AlertaAmber", "#ProtocoloAlba", "#FichaDeBúsqueda"),
        },
        families=(
            _f("cartel", HEADER, 0.8, (_OLD, "{cartel}")),
            _f("protocolo", HEADER, 0.45, (_OLD, "{protocolo}")),
            _f("fecha", HEADER, 0.85, *_by_day(_cb_dated)),
            _f("aviso", HEADER, 0.3, *_cb_aviso()),
            _f("folio", MIDDLE, 0.5, (_OLD, "Folio: CBP/{year}/{n}")),
            _f("telefono", FOOTER, 0.55,
               (_OLD, "Si tienes información, llama al 066 o denuncia de forma anónima al "
                      "089."),
               (CB_911.isoformat(), "Si tienes información, llama al 911 o denuncia de forma "
                                    "anónima al 089.")),
            _f("confidencial", FOOTER, 0.4, (_OLD, "Tus datos serán tratados de forma "
                                                   "confidencial.")),
            _f("baja", FOOTER, 0.3, (_OLD, "Esta ficha se dará de baja cuando la persona sea "
                                           "localizada. Te pedimos no compartir versiones "
                                           "anteriores.")),
            _f("comision", FOOTER, 0.35, (_OLD, "Comisión de Búsqueda de Personas de Sierra "
                                                "Verde · Gobierno del Estado")),
            _f("privacidad", FOOTER, 0.2, (_OLD, "Consulta nuestro aviso de privacidad en la "
                                                 "sección de Transparencia.")),
            _f("actualizacion", HEADER, 0.04, (_OLD, "Actualización: se corrigió la fecha de "
                                                     "desaparición.")),
        ),
    )


# --- a Polish district police command's news pages ----------------------------------------

KZ_REDESIGN = dt.date(2018, 6, 4)
KZ_KMZB = dt.date(2016, 10, 1)  # the national map of threats
KZ_112 = dt.date(2017, 11, 6)


def _kz_dated(day: dt.date) -> str:
    if day < KZ_REDESIGN:
        return f"Data publikacji {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Opublikowano: {day.day} {MIESIACE[day.month - 1]} {day.year}"


@cache
def _kz_komunikat() -> Wordings:
    base = _steps((_OLD, "Sprawdź, kto jest Twoim dzielnicowym"))
    pandemia = [_span("2020-03-25", "2020-05-17", "#zostańwdomu – policjanci sprawdzają, czy "
                                                  "przestrzegane są ograniczenia")]
    znicz = _yearly("11-01", 3, 1, lambda y: f"Akcja „Znicz” {y}")
    ferie = [_span(f"{y}-01-18", f"{y}-02-28", f"Bezpieczne ferie {y}") for y in YEARS]
    wakacje = [_span(f"{y}-06-27", f"{y}-08-31", f"Bezpieczne wakacje {y}") for y in YEARS]
    return _calendar(base, pandemia, znicz, ferie, wakacje)


def zarzecze_style() -> PublisherStyle:
    """A Polish district police command's news pages: "Data publikacji" with the numeric
    date turned "Opublikowano:" and the long date on 4 June 2018 (a wording per day), a
    campaign line ("Znicz", safe winter and summer holidays, "#zostańwdomu"), "Autor:" with
    an officer's rank from a pool and the publisher (a block), the threats-map line
    (from October 2016), the emergency number (112 alone from November 2017), the press
    officer's line, "Powrót", a rare update."""
    return PublisherStyle(
        domain="kpp-zarzecze.pl", site="Komenda Powiatowa Policji w Zarzeczu", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "komunikaty", "poszukiwani"),
        n_authors=3, url_path="/aktualnosci/{n},{slug}.html",
        pools={"stopien": ("asp. szt.", "mł. asp.", "podkom.", "sierż. szt.", "st. asp.")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_kz_dated)),
            _f("komunikat", HEADER, 0.3, *_kz_komunikat()),
            _f("mapa", FOOTER, 0.35, (_OLD, "Zagrożenia w okolicy zgłaszaj swojemu "
                                            "dzielnicowemu."),
               (KZ_KMZB.isoformat(), "Zagrożenia w okolicy możesz zgłosić na Krajowej Mapie "
                                     "Zagrożeń Bezpieczeństwa.")),
            _f("alarmowy", FOOTER, 0.3, (_OLD, "Numery alarmowe: 997 (Policja) i 112."),
               (KZ_112.isoformat(), "W nagłych sytuacjach dzwoń pod numer alarmowy 112.")),
            _f("autor", FOOTER, 0.6, (_OLD, "Autor: {stopien} {author}")),
            _f("publikujacy", FOOTER, 0.5, (_OLD, "Publikujący: {author2}")),
            _f("rzecznik", FOOTER, 0.25, (_OLD, "Oficer prasowy Komendy Powiatowej Policji w "
                                                "Zarzeczu, tel. 47 755 12 15")),
            _f("powrot", FOOTER, 0.5, (_OLD, "Powrót")),
            _f("zmiana", HEADER, 0.04, (_OLD, "Komunikat zaktualizowany: osoba poszukiwana "
                                              "została odnaleziona.")),
        ),
    )


def heldout149_styles() -> list[PublisherStyle]:
    """The held-back-149 styles, in the order the generator hands them to publishers."""
    return [
        ashbourne_style(), nadwarcianska_style(), werrataler_style(), vocedelsannio_style(),
        vozdelparana_style(), plattelandpos_style(), tanodbalita_style(), safewatch_style(),
        waymark_style(), coastcrimestoppers_style(), busqueda_style(), zarzecze_style(),
    ]
