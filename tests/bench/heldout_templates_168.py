"""The ``held-back-168`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"consult your doctor" line or an advertisement marker. The publishers are fitness, running,
cycling and sport-science sites, gyms' blogs and amateur sports clubs' news pages in English,
Italian, Norwegian, Hungarian, Turkish and Swahili: an American running magazine, an Italian
road-cycling site, a Norwegian running magazine, a Hungarian running and fitness portal, a
Turkish gym chain's blog, a Kenyan athletics news site (in Swahili), a British sport-science
site for coaches, an Italian amateur running club, a Norwegian sports club (idrettslag), a
Hungarian amateur cycling club, a Turkish triathlon club and a Tanzanian gym's blog (in
Swahili). The families are the kinds a crawl of such sites holds: dates localised day by day
in American English (with Eastern summer and winter time), British English, Italian,
Norwegian, Hungarian, Turkish and Swahili, several changing form on the day of a redesign;
lines that turn every day (gear prices "accurate as of" the day, a gym's classes of the day,
a countdown to the Nairobi Marathon), every week (a running magazine's workout of the week,
a club's next Sunday race) and every month (a webinar on each first Thursday); registration
reminders with their deadlines and entry fees (a granfondo, a half marathon's fee tiers, a
club's time trial, a magazine's own race, a triathlon, the Nairobi Marathon), membership fees
and subscription prices that change over the years, "consult your doctor" and medical
certificate lines reworded between 2015 and 2020, race-results table headers, training-plan
week lines from pools; notices that follow the calendars of sport (the Boston, Chicago and
New York marathons, the Giro d'Italia and Milan-San Remo, Holmenkollstafetten and the Oslo
Marathon, the Vivicittá and the Budapest Marathon, the Olympics and the World Championships,
ECSS congresses, 17 May, Ramadan and the Bayrams, the Hungarian 1% and Italian 5x1000
seasons, a club's annual meeting, the 2020 pandemic's closures), multi-line blocks (editor
and press-ethics lines, imprints, club registration lines), bare lines and families in only
4% of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
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
_calendar, _yearly, _seasons = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.seasons
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
HONAPOK = ("január", "február", "március", "április", "május", "június", "július",
           "augusztus", "szeptember", "október", "november", "december")
NAPOK = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
         "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")

# Ramadan as the Turkish religious authority kept it (first day, last day), then the three
# days of the Ramazan Bayramı and the four of the Kurban Bayramı from their first day.
RAMADAN = {2015: ("2015-06-18", "2015-07-16"), 2016: ("2016-06-06", "2016-07-04"),
           2017: ("2017-05-27", "2017-06-24"), 2018: ("2018-05-16", "2018-06-14"),
           2019: ("2019-05-06", "2019-06-03"), 2020: ("2020-04-24", "2020-05-23")}
KURBAN = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
          2019: "2019-08-11", 2020: "2020-07-31"}

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


def us_summer_time(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day` (second Sunday of March
    to the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def next_sunday(day: dt.date) -> dt.date:
    """`day` if it is a Sunday, else the Sunday after it."""
    return day + dt.timedelta(days=(6 - day.weekday()) % 7)


def first_thursday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 3, 1)


def forint(n: int) -> str:
    """An amount as Hungarian sites print it: thousands split by a space (6 900)."""
    return f"{n:,}".replace(",", " ")


def _no(day: dt.date) -> str:
    return f"{day.day}. {MANEDER[day.month - 1]}"


def _hu(day: dt.date) -> str:
    return f"{HONAPOK[day.month - 1]} {day.day}."


# --- an American running magazine ---------------------------------------------------------

SL_REDESIGN = dt.date(2018, 4, 16)  # relaunched on the morning of the 2018 Boston Marathon
SL_DOCTOR = dt.date(2017, 7, 1)
SL_AFFILIATE = dt.date(2019, 2, 1)
SL_PLUS = (("2014-11-01", "29.99"), ("2017-01-01", "39.99"), ("2019-06-01", "49.99"))
CHICAGO = {2015: "2015-10-11", 2016: "2016-10-09", 2017: "2017-10-08", 2018: "2018-10-07",
           2019: "2019-10-13"}


def boston(y: int) -> dt.date:
    """Patriots' Day, the Boston Marathon's Monday: the third Monday of April."""
    return nth_weekday(y, 4, 0, 3)


def new_york(y: int) -> dt.date:
    """The New York City Marathon: the first Sunday of November."""
    return nth_weekday(y, 11, 6, 1)


def _sl_dated(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "EDT" if us_summer_time(day) else "EST"
    return f"Published {MONTHS[day.month - 1]} {day.day}, {day.year} · {{time12}} {zone}"


@cache
def _sl_notice() -> Wordings:
    base = _steps((_OLD, "Find your next race in the Stride Lab Race Finder"),
                  ("2018-01-08", "🏃 Training for a spring race? Get a free plan with Stride "
                                 "Lab+"))
    pandemic = [
        _span("2020-03-13", "2020-06-30", "🦠 Races are off: how to keep training (and stay "
                                          "safe) through COVID-19"),
        _span("2020-09-05", "2020-09-14", "💻 The virtual Boston Marathon is this week: send "
                                          "us your finish photo"),
    ]
    majors: list[Event] = []
    for y in range(2015, 2020):
        for day, name in ((boston(y), "Boston Marathon"), (iso_day(CHICAGO[y]),
                                                           "Chicago Marathon"),
                          (new_york(y), "New York City Marathon")):
            majors.append((day - 4 * ONE, day + 2 * ONE,
                           f"🏁 {name} {y}: live updates, results and photos"))
    return _calendar(base, pandemic, majors)


def stridelab_style() -> PublisherStyle:
    """An American running magazine: a topic kicker, the short date turned "Published" with
    the long date and the time in Eastern summer or winter time on the morning of the 2018
    Boston Marathon (a wording per day), "By" turned the writer with the beat, an affiliate
    disclosure reworded in 2019, a training-plan week line from pools, "Related:" and
    advertisement markers up to twice, a photo credit from a pool, gear prices "accurate"
    as of the day (a wording per day), a consult-your-doctor line reworded in 2017, a race
    notice reworded and turned by the Boston, Chicago and New York marathons and the
    pandemic, the membership price (raised in 2017 and 2019), a newsletter line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="stridelab.com", site="Stride Lab", base_size=250,
        subdomains=(("www.", 100),),
        sections=("training", "gear", "nutrition", "injuries", "races", "beginners"),
        n_authors=14, url_path="/{section}/a{n}/{slug}/",
        pools={
            "kicker": ("TRAINING", "GEAR", "NUTRITION", "INJURY PREVENTION", "RACING",
                       "BEGINNERS", "TRAIL"),
            "beat": ("Senior Editor", "Gear Tester", "USATF-Certified Coach", "Nutrition "
                     "Writer", "Contributing Editor", "Trail Editor"),
            "plan": ("Marathon", "Half Marathon", "First 10K", "Sub-4 Marathon", "5K "
                     "Speed"),
            "week": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                     "14", "15", "16"),
            "photo": ("Getty Images", "Stride Lab / Jen Morales", "Courtesy of the athlete",
                      "Thomas Hale", "Race organizers"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_sl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (SL_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("affiliate", HEADER, 0.35,
               (_OLD, "Stride Lab may earn a small commission from links in this article."),
               (SL_AFFILIATE.isoformat(), "We test every product we recommend. When you buy "
                                          "through our links, Stride Lab may earn a "
                                          "commission.")),
            _f("plan", MIDDLE, 0.15, (_OLD, "From our 16-week {plan} plan: Week {week}")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("prices", FOOTER, 0.2, *_daily(
                lambda day: f"Prices were accurate at the time of publishing, "
                            f"{MONTHS[day.month - 1]} {day.day}, {day.year}.")),
            _f("doctor", FOOTER, 0.4,
               (_OLD, "This content is for informational purposes only. Check with your "
                      "doctor before starting a new training plan."),
               (SL_DOCTOR.isoformat(), "This article is not a substitute for medical advice. "
                                       "Talk to your doctor before you start any new exercise "
                                       "or diet program.")),
            _f("notice", FOOTER, 0.3, *_sl_notice()),
            _f("membership", FOOTER, 0.2, *by_table(SL_PLUS, lambda v: (
                f"Stride Lab+ members get every training plan for ${v} a year."))),
            _f("newsletter", FOOTER, 0.25, (_OLD, "Get the Stride Lab newsletter every "
                                                  "Tuesday."),
               (SL_REDESIGN.isoformat(), "📬 Sign up for Stride Lab Daily: one run, one tip, "
                                         "every weekday.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Stride Lab Media, LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the runner's finishing "
                                                  "time.")),
        ),
    )


# --- an Italian road-cycling site ---------------------------------------------------------

CS_REDESIGN = dt.date(2018, 5, 4)  # relaunched on the day the 2018 Giro started
CS_TELEGRAM = dt.date(2019, 3, 1)
CS_CERTIFICATO = dt.date(2019, 1, 1)
GIRO = {2015: ("2015-05-09", "2015-05-31"), 2016: ("2016-05-06", "2016-05-29"),
        2017: ("2017-05-05", "2017-05-28"), 2018: ("2018-05-04", "2018-05-27"),
        2019: ("2019-05-11", "2019-06-02"), 2020: ("2020-10-03", "2020-10-25")}
SANREMO = {2015: "2015-03-22", 2016: "2016-03-19", 2017: "2017-03-18", 2018: "2018-03-17",
           2019: "2019-03-23", 2020: "2020-08-08"}
GF_QUOTA = {2015: 35, 2016: 38, 2017: 40, 2018: 42, 2019: 45, 2020: 45, 2021: 45}
GF_CANCELLED = dt.date(2020, 3, 9)


def granfondo(y: int) -> dt.date:
    """The site's own granfondo: the second Sunday of June."""
    return nth_weekday(y, 6, 6, 2)


def _it(day: dt.date) -> str:
    return f"{day.day} {MESI[day.month - 1]}"


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


def _cs_granfondo(day: dt.date) -> str:
    y = day.year
    if GF_CANCELLED <= day <= dt.date(2020, 12, 31):
        return ("Granfondo Ciclosalita 2020 annullata: le quote già versate restano valide "
                "per il 2021")
    race = granfondo(y)
    close = race - 10 * ONE
    if day < dt.date(y, 1, 10):
        return f"Granfondo Ciclosalita {y}: iscrizioni dal 10 gennaio"
    if day < dt.date(y, 4, 1):
        return (f"📝 Granfondo Ciclosalita {y}: quota agevolata {GF_QUOTA[y]} € fino al 31 "
                f"marzo")
    if day <= close:
        return (f"📝 Granfondo Ciclosalita {y}: quota {GF_QUOTA[y] + 10} €, iscrizioni "
                f"aperte fino al {_it(close)}")
    if day <= race:
        return f"Iscrizioni chiuse: ci vediamo domenica {_it(race)} alla partenza!"
    if day <= race + 30 * ONE:
        return f"Le classifiche della Granfondo Ciclosalita {y} sono online"
    return f"Granfondo Ciclosalita {y + 1}: la data sarà annunciata a breve"


@cache
def _cs_avviso() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook per le notizie del giorno"),
                  (CS_TELEGRAM.isoformat(), "📲 Le notizie di Ciclosalita anche sul nostro "
                                            "canale Telegram"))
    covid = [
        _span("2020-03-09", "2020-05-17", "⚠️ Emergenza Covid-19: gare sospese, per ora si "
                                          "pedala sui rulli"),
        _span("2020-05-18", "2020-06-02", "Dal 18 maggio si torna su strada: le regole da "
                                          "rispettare in uscita"),
    ]
    giro = [(iso_day(first), iso_day(last, 1), f"🇮🇹 Giro d'Italia {y}: tappe, ordini "
                                                f"d'arrivo e classifiche")
            for y, (first, last) in GIRO.items()]
    sanremo = [(iso_day(day, -3), iso_day(day, 1), f"Milano-Sanremo {y}: la Classicissima in "
                                                    f"diretta")
               for y, day in SANREMO.items()]
    return _calendar(base, covid, giro, sanremo)


def ciclosalita_style() -> PublisherStyle:
    """An Italian road-cycling site: a section from a pool, the numeric date and time turned
    the weekday, the long date and "ore" on the day the 2018 Giro started (a wording per
    day), "di" turned the writer with the photographer from a pool, "Leggi anche:" and
    "Pubblicità" (up to twice) mid-body, a photo credit and a route line from pools, the
    site's own granfondo (registrations, its early and full fee by year, the deadline, the
    results, its cancellation in 2020; a wording per change), a medical-certificate line
    reworded in 2019, a social line reworded and turned by the Giro, Milan-San Remo and the
    lockdown, the registration line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="ciclosalita.it", site="Ciclosalita", base_size=220,
        subdomains=(("www.", 100),),
        sections=("strada", "granfondo", "mtb", "gravel", "allenamento", "bici"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrica": ("Strada", "Gran Fondo", "Mountain Bike", "Gravel", "Allenamento",
                        "Alimentazione", "Bici e accessori"),
            "foto": ("Ciclosalita", "Studio Pedalfoto", "ufficio stampa", "Marco Gilardi",
                     "archivio"),
            "percorso": ("128 km, 2.150 m di dislivello", "96 km, 1.480 m di dislivello",
                         "154 km, 3.020 m di dislivello", "72 km, 900 m di dislivello"),
        },
        families=(
            _f("rubrica", HEADER, 0.5, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.88, *_by_day(_cs_dated)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}"),
               (CS_REDESIGN.isoformat(), "Testo di {author} | Foto {foto}")),
            _f("leggi", MIDDLE, 0.4, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("percorso", MIDDLE, 0.15, (_OLD, "Percorso: {percorso}")),
            _f("granfondo", FOOTER, 0.25, *_by_day(_cs_granfondo)),
            _f("certificato", FOOTER, 0.3,
               (_OLD, "Ricorda: per partecipare alle gare agonistiche serve il certificato "
                      "medico in corso di validità."),
               (CS_CERTIFICATO.isoformat(), "Senza certificato medico agonistico valido non "
                                            "si ritira il pettorale: controlla la scadenza "
                                            "prima di iscriverti.")),
            _f("avviso", FOOTER, 0.3, *_cs_avviso()),
            _f("testata", FOOTER, 0.25, (_OLD, "Ciclosalita è una testata giornalistica "
                                               "registrata presso il Tribunale di Bergamo, "
                                               "n. 14/2012.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Ciclosalita – Riproduzione "
                                                "riservata – P.IVA 03456780165")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione il "
                                              "dislivello della salita era indicato in modo "
                                              "errato.")),
        ),
    )


# --- a Norwegian running magazine ---------------------------------------------------------

KP_REDESIGN = dt.date(2017, 9, 1)
KP_LEGE = dt.date(2018, 1, 15)
KP_EDITOR = dt.date(2019, 6, 1)
KP_ABONNEMENT = (("2014-01-01", "499"), ("2016-01-01", "529"), ("2018-01-01", "569"),
                 ("2020-01-01", "599"))
KP_START = {2015: 250, 2016: 275, 2017: 295, 2018: 320, 2019: 350, 2020: 350}
KP_CANCELLED = dt.date(2020, 3, 13)
HOLMENKOLL = {2015: "2015-05-09", 2016: "2016-05-07", 2017: "2017-05-06", 2018: "2018-05-12",
              2019: "2019-05-11"}  # Holmenkollstafetten, as the magazine's readers kept it
OSLO_MARATON = {2015: "2015-09-19", 2016: "2016-09-17", 2017: "2017-09-16",
                2018: "2018-09-22", 2019: "2019-09-21"}
OKTER = ("6 × 1000 m med 1 minutts pause", "4 × 8 minutter på terskel", "45 minutter rolig "
         "langtur", "10 × 45 sekunder i motbakke", "3 × 3 km i maratonfart", "20 × 200 m med "
         "200 m jogg", "5 × 6 minutter med 2 minutters pause", "90 minutter langtur i "
         "skogen", "Fartslek: 30 minutter med rykk etter lyst")


def kondislopet(y: int) -> dt.date:
    """The magazine's own race: the last Saturday of August."""
    return last_weekday(y, 8, 5)


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Publisert {UKEDAGER[day.weekday()]} {day.day}. {MANEDER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _kp_okt(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"Ukens økt (uke {week}): {OKTER[(year * 53 + week) % len(OKTER)]}"


def _kp_lopet(day: dt.date) -> str:
    y = day.year
    if KP_CANCELLED <= day <= dt.date(2020, 12, 31):
        return "Kondisløpet 2020 er avlyst. Alle påmeldte får startkontingenten tilbake."
    race = kondislopet(y)
    frist = race - 7 * ONE
    if day < dt.date(y, 3, 1):
        return f"Kondisløpet {y}: påmeldingen åpner 1. mars."
    if day <= frist:
        return (f"Påmeldingsfrist for Kondisløpet {y}: {_no(frist)}. Startkontingent "
                f"{KP_START[y]} kr.")
    if day <= race:
        return f"Påmeldingen til Kondisløpet {y} er stengt. Vi sees på startstreken!"
    if day <= race + 21 * ONE:
        return f"Resultatene fra Kondisløpet {y} finner du på kondisposten.no/resultater"
    return f"Kondisløpet {y + 1}: påmeldingen åpner 1. mars."


@cache
def _kp_terminliste() -> Wordings:
    base = _steps((_OLD, "Finn ditt neste løp i terminlisten vår"))
    korona = [_span("2020-03-12", "2020-06-14", "Korona: se oversikten over avlyste og "
                                                "utsatte løp")]
    stafett = [(iso_day(day, -5), iso_day(day, 1), f"Holmenkollstafetten {y}: etappene, "
                                                   f"lagene og resultatene")
               for y, day in HOLMENKOLL.items()]
    maraton = [(iso_day(day, -5), iso_day(day, 2), f"Oslo Maraton {y}: alt du må vite før "
                                                   f"start")
               for y, day in OSLO_MARATON.items()]
    return _calendar(base, korona, stafett, maraton)


def kondisposten_style() -> PublisherStyle:
    """A Norwegian running magazine: the numeric date and time turned "Publisert" with the
    weekday and the long date on 1 September 2017 (a wording per day), "Av" turned text and
    photo credits, the workout of the week with its week number (a wording per week),
    "Les også:" and "Annonse" (up to twice) mid-body, a training-plan week line from pools,
    a race-results table header, the magazine's own race (registration opening, deadline,
    the starting fee by year, results, its cancellation in 2020), a see-your-doctor line
    reworded in 2018, a race-calendar line turned by Holmenkollstafetten, the Oslo Marathon
    and the pandemic, the subscription price (changing some Januaries), the editor line
    (a new editor in 2019), the press-ethics line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kondisposten.no", site="Kondisposten", base_size=195,
        subdomains=(("www.", 100),),
        sections=("trening", "lop", "utstyr", "kosthold", "skader"),
        n_authors=8, url_path="/{section}/{slug}/{n}",
        pools={
            "foto": ("Kondisposten", "NTB", "arrangøren", "privat", "Ola Brekke"),
            "uke": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
            "niva": ("nybegynner", "mosjonist", "viderekommen", "sub 1:30 på halvmaraton"),
        },
        families=(
            _f("dato", HEADER, 0.88, *_by_day(_kp_dated)),
            _f("av", HEADER, 0.6, (_OLD, "Av {author}"),
               (KP_REDESIGN.isoformat(), "Tekst: {author} Foto: {foto}")),
            _f("okt", HEADER, 0.2, *_by_day(_kp_okt)),
            _f("les", MIDDLE, 0.4, (_OLD, "Les også: {other_title}")),
            _f("annonse", MIDDLE, 0.3, (_OLD, "Annonse"), count=2),
            _f("program", MIDDLE, 0.15, (_OLD, "Treningsprogram: uke {uke} av 12, {niva}")),
            _f("resultater", MIDDLE, 0.1, (_OLD, "Plass | Startnr. | Navn | Klubb | Klasse | "
                                                 "Tid")),
            _f("lopet", FOOTER, 0.2, *_by_day(_kp_lopet)),
            _f("lege", FOOTER, 0.35,
               (_OLD, "Rådene i denne artikkelen erstatter ikke medisinsk undersøkelse. Er du "
                      "i tvil, snakk med legen din."),
               (KP_LEGE.isoformat(), "Har du sykdom eller skade, bør du rådføre deg med lege "
                                     "før du starter et nytt treningsopplegg.")),
            _f("terminliste", FOOTER, 0.3, *_kp_terminliste()),
            _f("abonnement", FOOTER, 0.2, *by_table(KP_ABONNEMENT, lambda v: (
                f"Abonnér på Kondisposten: 10 utgaver i året for {v} kr."))),
            _f("redaktor", FOOTER, 0.35, (_OLD, "Ansvarlig redaktør: Ingrid Hovland"),
               (KP_EDITOR.isoformat(), "Ansvarlig redaktør: Per Arne Sæther")),
            _f("varsom", FOOTER, 0.35, (_OLD, "Kondisposten arbeider etter Vær Varsom-"
                                              "plakatens regler for god presseskikk.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Kondisposten {year}")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere versjon av saken "
                                                "var løypelengden feil oppgitt.")),
        ),
    )


# --- a Hungarian running and fitness portal -----------------------------------------------

FF_REDESIGN = dt.date(2019, 1, 7)
FF_ORVOS = dt.date(2017, 3, 1)
FF_HIRLEVEL = dt.date(2018, 2, 1)
FF_DIJ = {2015: (5900, 6900, 7900), 2016: (6500, 7500, 8500), 2017: (6900, 7900, 8900),
          2018: (7500, 8500, 9500), 2019: (7900, 8900, 9900), 2020: (8500, 9500, 10500),
          2021: (8500, 9500, 10500)}
FF_CANCELLED = dt.date(2020, 3, 13)
VIVICITTA = {2015: "2015-04-19", 2016: "2016-04-17", 2017: "2017-04-09", 2018: "2018-04-15",
             2019: "2019-04-14"}
BUDAPEST_MARATON = {2015: "2015-10-11", 2016: "2016-10-09", 2017: "2017-10-08",
                    2018: "2018-10-14", 2019: "2019-09-29", 2020: "2020-10-11"}


def felmaraton(y: int) -> dt.date:
    """The portal's own half marathon: the first Sunday of May."""
    return nth_weekday(y, 5, 6, 1)


def _ff_dated(day: dt.date) -> str:
    if day < FF_REDESIGN:
        return f"{day.year}. {day.month:02d}. {day.day:02d}. {{time}}"
    return (f"{day.year}. {HONAPOK[day.month - 1]} {day.day}., {NAPOK[day.weekday()]} "
            f"{{time}}")


def _ff_nevezes(day: dt.date) -> str:
    if FF_CANCELLED <= day < dt.date(2020, 11, 1):
        return "A 2020-as Futóföld Félmaraton elmarad, a nevezések 2021-re érvényesek."
    y = day.year + (day.month >= 11)
    race = felmaraton(y)
    fees = FF_DIJ[y]
    if day.month >= 11 or day < dt.date(y, 2, 1):
        return (f"Futóföld Félmaraton {y}: nevezési díj {forint(fees[0])} Ft "
                f"(I. szakasz, január 31-ig)")
    if day < dt.date(y, 3, 16):
        return (f"Futóföld Félmaraton {y}: nevezési díj {forint(fees[1])} Ft "
                f"(II. szakasz, március 15-ig)")
    close = race - 5 * ONE
    if day <= close:
        return (f"Futóföld Félmaraton {y}: nevezési díj {forint(fees[2])} Ft, nevezési "
                f"határidő: {_hu(close)}")
    if day <= race:
        return f"A nevezés lezárult. Rajtcsomag-átvétel a verseny előtti napon, {_hu(race)}"
    return f"Elkészültek a {y}-es Futóföld Félmaraton eredménylistái."


@cache
def _ff_felhivas() -> Wordings:
    base = _steps((_OLD, "Kövess minket a Facebookon is!"),
                  (FF_HIRLEVEL.isoformat(), "Iratkozz fel heti hírlevelünkre, és nem maradsz "
                                            "le egy versenyről sem!"))
    covid = [_span("2020-03-16", "2020-06-14", "Maradj otthon, fuss egyedül: a tavaszi "
                                               "versenyek elmaradnak vagy későbbre kerülnek")]
    vivi = [(iso_day(day, -6), iso_day(day, 1), f"Vivicittá {y}: útvonal, rajtidők, "
                                                f"lezárások")
            for y, day in VIVICITTA.items()]
    maraton = [(iso_day(day, -6), iso_day(day, 2), f"Budapest Maraton {y}: minden, amit a "
                                                   f"rajt előtt tudni kell")
               for y, day in BUDAPEST_MARATON.items()]
    return _calendar(base, covid, vivi, maraton)


def futofold_style() -> PublisherStyle:
    """A Hungarian running and fitness portal: a section from a pool, the numeric date and
    time turned the long date with the weekday on 7 January 2019 (a wording per day),
    "Szerző:" turned the writer with the site's name, "Kapcsolódó cikk:" and "Hirdetés" (up
    to twice) mid-body, a race-results table header, the portal's own half marathon's entry
    fee by tier (three tiers a year, raised most years; the deadline, results, its
    cancellation in 2020), a see-your-doctor line reworded in 2017, a social line reworded
    and turned by the Vivicittá, the Budapest Marathon and the lockdown, the imprint and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="futofold.hu", site="Futóföld", base_size=170,
        subdomains=(("www.", 80), ("", 20)),
        sections=("futas", "edzes", "taplalkozas", "felszereles", "versenyek"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"rovat": ("Futás", "Edzés", "Táplálkozás", "Felszerelés", "Versenyek",
                         "Sérülések", "Fitnesz")},
        families=(
            _f("rovat", HEADER, 0.45, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.86, *_by_day(_ff_dated)),
            _f("szerzo", HEADER, 0.55, (_OLD, "Szerző: {author}"),
               (FF_REDESIGN.isoformat(), "{author} | Futóföld")),
            _f("kapcsolodo", MIDDLE, 0.4, (_OLD, "Kapcsolódó cikk: {other_title}")),
            _f("hirdetes", MIDDLE, 0.3, (_OLD, "Hirdetés"), count=2),
            _f("eredmeny", MIDDLE, 0.1, (_OLD, "Hely | Rajtszám | Név | Egyesület | "
                                               "Kategória | Nettó idő")),
            _f("nevezes", FOOTER, 0.25, *_by_day(_ff_nevezes)),
            _f("orvos", FOOTER, 0.35,
               (_OLD, "Cikkünk tájékoztató jellegű, nem helyettesíti az orvosi vizsgálatot."),
               (FF_ORVOS.isoformat(), "A cikk nem helyettesíti a szakorvosi tanácsot. Új "
                                      "edzésprogram előtt kérje ki orvosa véleményét!")),
            _f("felhivas", FOOTER, 0.3, *_ff_felhivas()),
            _f("impresszum", FOOTER, 0.3, (_OLD, "Kiadó: Futóföld Média Kft. · Felelős "
                                                 "kiadó: Szabó Gergely")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Futóföld – Minden jog fenntartva. "
                                                "A cikkek másolása csak a kiadó "
                                                "engedélyével.")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: korábbi cikkünkben tévesen "
                                                   "szerepelt a verseny rajtideje.")),
        ),
    )


# --- a Turkish gym chain's blog -----------------------------------------------------------

FK_REDESIGN = dt.date(2018, 9, 3)
FK_KVKK = dt.date(2016, 4, 7)  # the personal data protection law came into force
FK_DOKTOR = dt.date(2019, 1, 1)
FK_CLOSED = (dt.date(2020, 3, 16), dt.date(2020, 6, 30))  # gyms shut by the pandemic
FK_UCRET = (("2014-01-01", "99"), ("2016-01-01", "119"), ("2017-01-01", "129"),
            ("2018-01-01", "149"), ("2019-01-01", "189"), ("2020-01-01", "229"))
FK_KULUP = (("2014-06-01", "18"), ("2016-01-01", "22"), ("2017-01-01", "27"),
            ("2018-01-01", "31"), ("2019-01-01", "34"), ("2020-01-01", "35"))
FK_DERSLER = ("07:00 Spinning · 18:30 Pilates · 20:00 Zumba",
              "07:00 Yoga · 19:00 Body Pump · 20:15 Spinning",
              "12:30 Core · 18:30 Step · 20:00 Kickboks",
              "07:00 Spinning · 19:00 Pilates · 20:15 HIIT",
              "12:30 Core · 18:30 Zumba · 19:45 Yoga",
              "10:00 Body Pump · 11:15 Spinning · 13:00 Pilates",
              "10:00 Yoga · 11:30 Step")


def _tr(day: dt.date) -> str:
    return f"{day.day} {AYLAR[day.month - 1]}"


def _fk_dated(day: dt.date) -> str:
    if day < FK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {AYLAR[day.month - 1]} {day.year} {GUNLER[day.weekday()]}"


def _fk_dersler(day: dt.date) -> str:
    when = f"Bugün, {_tr(day)} {GUNLER[day.weekday()]}"
    if FK_CLOSED[0] <= day <= FK_CLOSED[1]:
        return f"{when}: kulüplerimiz kapalı; 19:00'da Instagram'da canlı evde antrenman"
    return f"{when} grup dersleri: {FK_DERSLER[day.weekday()]}"


@cache
def _fk_saatler() -> Wordings:
    base = _steps((_OLD, "Kulüplerimiz hafta içi 06:00-23:00, hafta sonu 08:00-20:00 "
                         "saatleri arasında açıktır."))
    pandemic = [
        _span(FK_CLOSED[0].isoformat(), FK_CLOSED[1].isoformat(),
              "Kulüplerimiz COVID-19 tedbirleri kapsamında geçici olarak kapalıdır; "
              "üyelikleriniz donduruldu."),
        _span("2020-07-01", "2020-12-31", "Kulüplerimize HES kodu ile giriş yapılmaktadır; "
                                          "maskenizi ve havlunuzu unutmayın."),
    ]
    ramazan: list[Event] = []
    for y, (first, last) in RAMADAN.items():
        ramazan.append((iso_day(first), iso_day(last, 1),
                        f"Ramazan ayı boyunca ({y}) kulüplerimiz 10:00-02:00 saatleri "
                        f"arasında hizmet verir."))
        bayram = iso_day(last, 1)
        ramazan.append((bayram, bayram + 3 * ONE,
                        f"Ramazan Bayramı'nda ({_tr(bayram)}-{_tr(bayram + 2 * ONE)}) "
                        f"kulüplerimiz 10:00-18:00 arası açıktır. İyi bayramlar!"))
    kurban = [(iso_day(day), iso_day(day, 4),
               f"Kurban Bayramı'nda ({_tr(iso_day(day))}-{_tr(iso_day(day, 3))}) "
               f"kulüplerimiz 10:00-18:00 arası açıktır. İyi bayramlar!")
              for day in KURBAN.values()]
    return _calendar(base, pandemic, ramazan, kurban)


def fitkale_style() -> PublisherStyle:
    """A Turkish gym chain's blog: a category from a pool, the numeric date turned the long
    date with the weekday on 3 September 2018 (a wording per day), "Yazar:" turned the
    writer with the role, the day's group classes by weekday (a wording per day; live home
    workouts while the gyms were shut in 2020), "Bunu da okuyun:" and a campaign line
    mid-body, a training-plan week line from pools, the monthly fee "from" (raised each
    January from 2016), a consult-your-doctor line reworded in 2019, the opening hours turned
    by Ramadan, the Bayrams and the pandemic's closure and reopening, the number of clubs
    (growing each January), the privacy line turned the personal-data law's line in 2016
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="fitkale.com.tr", site="FitKale", base_size=150,
        subdomains=(("www.", 70), ("blog.", 30)),
        sections=("antrenman", "beslenme", "kilo-verme", "grup-dersleri", "motivasyon"),
        n_authors=6, url_path="/blog/{slug}",
        pools={
            "kategori": ("Antrenman", "Beslenme", "Kilo Verme", "Grup Dersleri",
                         "Motivasyon", "Sağlıklı Yaşam"),
            "beat": ("Kişisel Antrenör", "Diyetisyen", "Grup Dersi Eğitmeni",
                     "Fizyoterapist"),
            "hafta": ("1", "2", "3", "4", "5", "6", "7", "8"),
            "seviye": ("Başlangıç", "Orta seviye", "İleri seviye"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_fk_dated)),
            _f("yazar", HEADER, 0.55, (_OLD, "Yazar: {author}"),
               (FK_REDESIGN.isoformat(), "{author} · {author_beat}")),
            _f("dersler", HEADER, 0.2, *_daily(_fk_dersler)),
            _f("ilgili", MIDDLE, 0.35, (_OLD, "Bunu da okuyun: {other_title}")),
            _f("kampanya", MIDDLE, 0.25, (_OLD, "Ücretsiz deneme antrenmanı için size en "
                                                "yakın FitKale kulübüne uğrayın!")),
            _f("program", MIDDLE, 0.15, (_OLD, "Antrenman programı: {hafta}. hafta · "
                                               "{seviye}")),
            _f("ucret", FOOTER, 0.25, *by_table(FK_UCRET, lambda v: (
                f"Aylık üyelik {v} TL'den başlayan fiyatlarla!"))),
            _f("doktor", FOOTER, 0.4,
               (_OLD, "Bu yazı bilgilendirme amaçlıdır. Egzersize başlamadan önce doktorunuza "
                      "danışınız."),
               (FK_DOKTOR.isoformat(), "Yazıdaki öneriler tıbbi tavsiye yerine geçmez; yeni "
                                       "bir egzersiz ya da beslenme programına başlamadan "
                                       "önce mutlaka doktorunuza danışın.")),
            _f("saatler", FOOTER, 0.3, *_fk_saatler()),
            _f("kulupler", FOOTER, 0.25, *by_table(FK_KULUP, lambda v: (
                f"İstanbul, Ankara, İzmir ve Bursa'da {v} FitKale kulübü"))),
            _f("kvkk", FOOTER, 0.25, (_OLD, "Gizlilik politikamızı sitemizden "
                                            "okuyabilirsiniz."),
               (FK_KVKK.isoformat(), "Kişisel verileriniz 6698 sayılı KVKK kapsamında "
                                     "korunmaktadır.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} FitKale Spor Kulüpleri A.Ş. Tüm "
                                                 "hakları saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Yazının ilk halinde kalori "
                                                "değerleri hatalı verilmişti.")),
        ),
    )


# --- a Kenyan athletics news site, in Swahili ---------------------------------------------

RL_REDESIGN = dt.date(2017, 8, 4)  # relaunched on the first day of the 2017 Worlds
RL_WHATSAPP = dt.date(2018, 6, 1)
RL_ADAK = dt.date(2018, 1, 1)
NAIROBI = {2015: "2015-10-25", 2016: "2016-10-30", 2017: "2017-10-29", 2018: "2018-10-28",
           2019: "2019-10-27", 2020: "2020-10-25"}
NAIROBI_CANCELLED = dt.date(2020, 7, 15)
NAIROBI_ADA = {2015: "1,000", 2016: "1,200", 2017: "1,500", 2018: "1,500", 2019: "2,000"}
CHAMPIONSHIPS = (("2015-08-22", "2015-08-30", "Mashindano ya Dunia Beijing 2015"),
                 ("2016-08-05", "2016-08-21", "Olimpiki Rio 2016"),
                 ("2017-08-04", "2017-08-13", "Mashindano ya Dunia London 2017"),
                 ("2018-04-04", "2018-04-15", "Michezo ya Jumuiya ya Madola 2018"),
                 ("2019-09-27", "2019-10-06", "Mashindano ya Dunia Doha 2019"),
                 ("2020-10-01", "2020-10-03", "Kip Keino Classic 2020"))


def _sw(day: dt.date) -> str:
    return f"{day.day} {MIEZI[day.month - 1]}"


def _rl_dated(day: dt.date) -> str:
    if day < RL_REDESIGN:
        return f"{SIKU[day.weekday()]}, {MIEZI[day.month - 1]} {day.day}, {day.year}"
    return f"Imechapishwa: {day.day:02d}/{day.month:02d}/{day.year} saa {{time}}"


def _rl_countdown(day: dt.date) -> str:
    if day >= NAIROBI_CANCELLED:
        return "Nairobi Marathon 2020 imefutwa kwa sababu ya janga la Covid-19"
    y = min(y for y, race in NAIROBI.items() if iso_day(race) >= day)
    race = iso_day(NAIROBI[y])
    if day == race:
        return f"Leo ni siku ya Nairobi Marathon {y}! Fuatilia matokeo hapa"
    return f"Zimebaki siku {(race - day).days} kabla ya Nairobi Marathon {y}"


def _rl_usajili(day: dt.date) -> str:
    y = day.year
    if y in NAIROBI_ADA:
        close = iso_day(NAIROBI[y], -14)
        if dt.date(y, 6, 1) <= day <= close:
            return (f"Usajili wa Nairobi Marathon {y} unaendelea: ada KSh {NAIROBI_ADA[y]}, "
                    f"mwisho {_sw(close)}")
    return f"Kalenda ya mashindano ya riadha ya {y} iko kwenye ukurasa wetu wa Matukio"


@cache
def _rl_tangazo() -> Wordings:
    base = _steps((_OLD, "Tufuate Facebook na Twitter kwa habari za riadha kila siku"),
                  (RL_WHATSAPP.isoformat(), "📲 Pata habari za riadha kwenye WhatsApp: tuma "
                                            "neno RIADHA kwa 0712 345 678"))
    covid = [_span("2020-03-15", "2020-06-30", "Kaa nyumbani, kaa salama: mashindano yote ya "
                                               "riadha yameahirishwa")]
    events = [_span(first, last, f"🏅 {name}: fuatilia wanariadha wa Kenya moja kwa moja")
              for first, last, name in CHAMPIONSHIPS]
    return _calendar(base, events, covid)


def riadhaleo_style() -> PublisherStyle:
    """A Kenyan athletics news site, in Swahili: a section from a pool, the weekday and the
    date turned "Imechapishwa:" with the numeric date and the time on the first day of the
    2017 World Championships (a wording per day), "Na" turned the writer with a town from a
    pool, the days left to the Nairobi Marathon (a wording per day; its 2020 cancellation),
    "Soma pia:" and "TANGAZO" (up to twice) mid-body, a race-results table header, the
    marathon's registration with its fee by year and its deadline, an anti-doping line
    reworded in 2018, a social line reworded and turned by the Olympics, the World
    Championships, the Commonwealth Games, the Kip Keino Classic and the pandemic, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="riadhaleo.co.ke", site="Riadha Leo", base_size=130,
        subdomains=(("www.", 100),),
        sections=("riadha", "marathon", "nyika", "mahojiano"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "kitengo": ("Riadha", "Marathon", "Mbio za Nyika", "Mahojiano", "Kimataifa"),
            "mji": ("Eldoret", "Iten", "Nairobi", "Kaptagat", "Nyahururu", "Kapsabet"),
        },
        families=(
            _f("kitengo", HEADER, 0.45, (_OLD, "{kitengo}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_rl_dated)),
            _f("mwandishi", HEADER, 0.6, (_OLD, "Na {author}"),
               (RL_REDESIGN.isoformat(), "Na {author}, {mji}")),
            _f("siku", HEADER, 0.2, *_by_day(_rl_countdown)),
            _f("soma", MIDDLE, 0.4, (_OLD, "Soma pia: {other_title}")),
            _f("tangazo", MIDDLE, 0.3, (_OLD, "TANGAZO"), count=2),
            _f("matokeo", MIDDLE, 0.1, (_OLD, "Nafasi | Jina | Nchi/Klabu | Muda")),
            _f("usajili", FOOTER, 0.2, *_by_day(_rl_usajili)),
            _f("dawa", FOOTER, 0.25,
               (_OLD, "Riadha Leo inaunga mkono vita dhidi ya dawa za kusisimua misuli."),
               (RL_ADAK.isoformat(), "Una taarifa kuhusu matumizi ya dawa za kusisimua "
                                     "misuli? Wasiliana na ADAK kwa siri.")),
            _f("habari", FOOTER, 0.3, *_rl_tangazo()),
            _f("hakimiliki", FOOTER, 0.4, (_OLD, "© {year} Riadha Leo. Haki zote "
                                                 "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: Habari hii imerekebishwa "
                                                   "kuonyesha muda sahihi wa mshindi.")),
        ),
    )


# --- a British sport-science site for coaches ---------------------------------------------

ES_REDESIGN = dt.date(2019, 9, 2)
ES_DISCLAIMER = dt.date(2017, 10, 2)
ES_DIGEST = dt.date(2018, 3, 1)
ES_MEMBERSHIP = (("2014-09-01", "49"), ("2017-04-01", "59"), ("2019-09-02", "69"),
                 ("2020-04-01", "59"))
ECSS = (("2015-06-24", "2015-06-27", "Malmö"), ("2016-07-06", "2016-07-09", "Vienna"),
        ("2017-07-05", "2017-07-08", "Essen"), ("2018-07-04", "2018-07-07", "Dublin"),
        ("2019-07-03", "2019-07-06", "Prague"))
WEBINARS = ("Periodising strength work for endurance athletes", "Heat acclimation before a "
            "summer race", "What the evidence says about carbohydrate periodisation",
            "Monitoring training load with session RPE", "Return to running after calf "
            "injuries", "Altitude training on a budget", "Plyometrics for masters runners",
            "Sleep, recovery and performance", "Relative energy deficiency in sport",
            "Tapering: how long and how much", "Threshold testing without a lab",
            "Youth athletes and early specialisation")


def _es_dated(day: dt.date) -> str:
    if day < ES_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{read_min}} min read"


def next_webinar(day: dt.date) -> dt.date:
    """The next first-Thursday webinar on or after `day`."""
    this = first_thursday(day.year, day.month)
    if day <= this:
        return this
    return first_thursday(day.year + (day.month == 12), day.month % 12 + 1)


def _es_webinar(day: dt.date) -> str:
    when = next_webinar(day)
    topic = WEBINARS[(when.year * 12 + when.month) % len(WEBINARS)]
    return (f"Next live webinar: Thursday {when.day} {MONTHS[when.month - 1]}, 7pm UK time – "
            f"{topic}")


@cache
def _es_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter for daily research summaries"),
                  (ES_DIGEST.isoformat(), "Get our weekly research digest by email: free, "
                                          "every Sunday morning"))
    lockdown = [_span("2020-03-23", "2020-07-04", "🏠 Training at home? Our free lockdown "
                                                  "strength programme is here")]
    congresses = [_span(first, last, f"🎓 We're at ECSS {city} {first[:4]}: come and find "
                                     f"us at the poster sessions")
                  for first, last, city in ECSS]
    congresses.append(_span("2020-10-28", "2020-10-30", "🎓 ECSS goes virtual this week: "
                                                        "our picks of the online sessions"))
    return _calendar(base, lockdown, congresses)


def evidenceinsport_style() -> PublisherStyle:
    """A British sport-science site for coaches: "Posted on" with the long date turned the
    date with the reading time on 2 September 2019 (a wording per day), "By" turned
    "Written by" with the writer's qualification, a "peer-reviewed by" line, a study's
    source and a figure caption from pools mid-body, the next first-Thursday webinar and its
    topic (a wording per month), a not-medical-advice line reworded in 2017, a coaches'
    CPD line, the membership price (raised in 2017 and 2019, cut in the 2020 lockdown), a
    social line reworded and turned by the ECSS congresses and the lockdown, the company
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="evidenceinsport.co.uk", site="Evidence in Sport", base_size=110,
        subdomains=(("www.", 100),),
        sections=("endurance", "strength", "nutrition", "injury", "coaching"),
        n_authors=5, url_path="/articles/{slug}",
        pools={
            "beat": ("MSc, sports scientist", "PhD, exercise physiologist", "chartered "
                     "physiotherapist", "strength and conditioning coach"),
            "journal": ("British Journal of Sports Medicine", "Medicine & Science in Sports & "
                        "Exercise", "Journal of Applied Physiology", "International Journal "
                        "of Sports Physiology and Performance", "Sports Medicine",
                        "European Journal of Applied Physiology"),
            "figure": ("VO2max before and after the training block", "Lactate curves of the "
                       "two groups", "Weekly training load over the season", "Injury rate "
                       "per 1,000 hours of running", "Power output by sprint number"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_es_dated)),
            _f("author", HEADER, 0.6, (_OLD, "By {author}"),
               (ES_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("reviewed", HEADER, 0.2, (_OLD, "Peer-reviewed by {author2}")),
            _f("source", MIDDLE, 0.3, (_OLD, "Source: {journal}")),
            _f("figure", MIDDLE, 0.2, (_OLD, "Figure 1: {figure}")),
            _f("webinar", FOOTER, 0.25, *_by_day(_es_webinar)),
            _f("disclaimer", FOOTER, 0.4,
               (_OLD, "This article is for educational purposes and is not medical advice. "
                      "See your GP or a chartered physiotherapist about any injury."),
               (ES_DISCLAIMER.isoformat(), "Nothing on this site is medical advice. If you "
                                           "are injured or unwell, speak to your GP or an "
                                           "HCPC-registered physiotherapist before "
                                           "training.")),
            _f("cpd", FOOTER, 0.15, (_OLD, "Coaches: reading this article counts as half an "
                                           "hour of CPD.")),
            _f("membership", FOOTER, 0.25, *by_table(ES_MEMBERSHIP, lambda v: (
                f"Members get every course, webinar and research review for £{v} a year."))),
            _f("notice", FOOTER, 0.25, *_es_notice()),
            _f("company", FOOTER, 0.3, (_OLD, "Evidence in Sport Ltd · Registered in England "
                                              "and Wales, company no. 09234567")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Evidence in Sport Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version gave the "
                                                  "wrong sample size for the second "
                                                  "study.")),
        ),
    )


# --- an Italian amateur running club ------------------------------------------------------

PV_REDESIGN = dt.date(2017, 1, 9)
PV_CERTIFICATO = dt.date(2018, 1, 1)
PV_QUOTA = {2015: 30, 2016: 30, 2017: 35, 2018: 35, 2019: 40, 2020: 40, 2021: 40}
PV_SUSPENDED = (dt.date(2020, 3, 8), dt.date(2020, 9, 5))
GARE = ("Corsa delle Frazioni", "Trofeo San Martino", "StraBrembo", "Camminata dei Colli",
        "Mezza del Serio", "Cross della Roncola", "Trail delle Orobie", "Notturna di Sorisole",
        "Giro dei Ponti")


def _pv_dated(day: dt.date) -> str:
    if day < PV_REDESIGN:
        return f"Pubblicato il {day.day:02d}/{day.month:02d}/{day.year} da {{author}}"
    return f"{day.day} {MESI[day.month - 1]} {day.year} – {{author}}"


def _pv_gara(day: dt.date) -> str:
    if PV_SUSPENDED[0] <= day <= PV_SUSPENDED[1]:
        return "Calendario gare sospeso per l'emergenza sanitaria: seguite gli aggiornamenti"
    sunday = next_sunday(day)
    return (f"Prossima gara: domenica {_it(sunday)} – "
            f"{GARE[sunday.toordinal() // 7 % len(GARE)]}")


def _pv_quota(day: dt.date) -> str:
    if day.month >= 11:
        return (f"Rinnovo tesseramento {day.year + 1}: {PV_QUOTA[day.year + 1]} € entro il 31 "
                f"gennaio")
    return f"Quota associativa {day.year}: {PV_QUOTA[day.year]} € (tesseramento FIDAL incluso)"


@cache
def _pv_allenamenti() -> Wordings:
    inverno = "Allenamenti collettivi: martedì e giovedì alle 18:30 dal campo sportivo"
    estate = "Allenamenti collettivi: martedì e giovedì alle 19:30 dal campo sportivo"
    return _seasons(("04-01", estate), ("10-01", inverno), special={2020: [
        ("2020-03-09", "Allenamenti collettivi sospesi fino a nuova comunicazione"),
        ("2020-05-18", "Dal 18 maggio solo allenamenti individuali, senza assembramenti"),
        ("2020-09-07", estate), ("2020-10-01", inverno)]})


@cache
def _pv_cinque() -> Wordings:
    base = _steps((_OLD, "Sostieni l'associazione: diventa socio sostenitore"))
    stagione = _yearly("05-01", 61, 91, lambda y: (
        f"Nella dichiarazione dei redditi {y} destina il tuo 5x1000 all'ASD Podisti "
        f"Valbrembo – C.F. 91034560163"))
    return _calendar(base, stagione)


def podistivalbrembo_style() -> PublisherStyle:
    """An Italian amateur running club: "Pubblicato il" with the numeric date and the
    writer turned the long date on 9 January 2017 (a wording per day), the next Sunday's
    race (a wording per week; suspended in 2020), a results table header, a photo credit
    from a pool and "Risultati completi" mid-body, the group runs' times turned by the
    season (and the 2020 suspension), the year's membership fee and each November's renewal
    call, the 5x1000 appeal from March to July, a medical-certificate line reworded in
    2018, the sponsors from a pool, the club's registration line and its contacts (a
    block), a rare correction."""
    return PublisherStyle(
        domain="podistivalbrembo.it", site="Podisti Valbrembo", base_size=90,
        subdomains=(("www.", 100),),
        sections=("notizie", "gare", "classifiche", "vita-di-club"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "fotografo": ("Gianni P.", "Luisa R.", "archivio ASD", "Beppe"),
            "sponsor": ("Farmacia Centrale", "Ottica Brembo", "Pizzeria Il Ponte",
                        "Sport Valle"),
            "cronometraggio": ("TDS Timing", "Chronobrembo", "MySDAM", "Orobie Timing"),
        },
        families=(
            _f("pubblicato", HEADER, 0.85, *_by_day(_pv_dated)),
            _f("gara", HEADER, 0.2, *_by_day(_pv_gara)),
            _f("classifica", MIDDLE, 0.12, (_OLD, "Pos. | Pett. | Atleta | Società | Cat. | "
                                                  "Tempo")),
            _f("foto", MIDDLE, 0.25, (_OLD, "📷 Foto di {fotografo}")),
            _f("risultati", MIDDLE, 0.12, (_OLD, "Risultati completi a cura di "
                                                 "{cronometraggio}")),
            _f("allenamenti", FOOTER, 0.3, *_pv_allenamenti()),
            _f("quota", FOOTER, 0.25, *_by_day(_pv_quota)),
            _f("cinque", FOOTER, 0.25, *_pv_cinque()),
            _f("certificato", FOOTER, 0.3,
               (_OLD, "Per tesserarsi è obbligatorio il certificato medico per attività "
                      "agonistica."),
               (PV_CERTIFICATO.isoformat(), "Attenzione: senza certificato medico agonistico "
                                            "valido non si può gareggiare né allenarsi con il "
                                            "gruppo.")),
            _f("sponsor", FOOTER, 0.2, (_OLD, "Grazie ai nostri sponsor: {sponsor_list}")),
            _f("asd", FOOTER, 0.35, (_OLD, "ASD Podisti Valbrembo · Affiliata FIDAL cod. "
                                           "BG512 · Iscritta al Registro CONI")),
            _f("contatti", FOOTER, 0.3, (_OLD, "Contatti: info@podistivalbrembo.it · Ritrovo "
                                               "al campo sportivo di via Roma")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella classifica pubblicata "
                                                 "mancava il tempo di un nostro atleta.")),
        ),
    )


# --- a Norwegian sports club (idrettslag) -------------------------------------------------

VI_REDESIGN = dt.date(2019, 2, 1)
VI_SPOND = dt.date(2018, 8, 1)
VI_GRASROT = dt.date(2016, 3, 1)
VI_KONTINGENT = {2015: (350, 200, 800), 2016: (350, 200, 800), 2017: (400, 250, 900),
                 2018: (400, 250, 900), 2019: (450, 250, 950), 2020: (450, 250, 950),
                 2021: (450, 250, 950)}
VI_ARSMOTE = {2015: "2015-03-19", 2016: "2016-03-17", 2017: "2017-03-16", 2018: "2018-03-15",
              2019: "2019-03-21"}  # 2020's was put off by the pandemic


def vikaslopet(y: int) -> dt.date:
    """The club's own race: the first Saturday of September."""
    return nth_weekday(y, 9, 5, 1)


def _vi_dated(day: dt.date) -> str:
    if day < VI_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year} av {{author}}"
    return f"{day.day}. {MANEDER[day.month - 1]} {day.year} · {{author}}"


def _vi_kontingent(day: dt.date) -> str:
    adult, child, family = VI_KONTINGENT[day.year]
    return (f"Medlemskontingent {day.year}: {adult} kr for voksne, {child} kr for barn og "
            f"{family} kr per familie. Forfall 1. april.")


@cache
def _vi_melding() -> Wordings:
    base = _steps((_OLD, "Følg Vikåsen IL på Facebook for siste nytt"))
    korona = [
        _span("2020-03-12", "2020-05-06", "Korona: all organisert aktivitet i idrettslaget er "
                                          "stanset inntil videre."),
        _span("2020-05-07", "2020-12-15", "Smittevern: hold avstand, vask hendene og bli "
                                          "hjemme hvis du er syk."),
    ]
    mai = _yearly("05-17", 7, 0, lambda y: f"Gratulerer med dagen! Vi går i barnetoget 17. "
                                           f"mai {y}")
    arsmote = [(iso_day(day, -21), iso_day(day, 1),
                f"Årsmøte i Vikåsen IL torsdag {_no(iso_day(day))} kl. 19.00 i klubbhuset")
               for day in VI_ARSMOTE.values()]
    lopet = [(vikaslopet(y) - 14 * ONE, vikaslopet(y) + ONE,
              f"Vikåsløpet {_no(vikaslopet(y))} {y}: vi trenger dugnadsfolk!")
             for y in range(2015, 2020)]
    jul = _yearly("12-24", 7, 8, lambda y: f"God jul og godt nytt år fra styret! ({y})")
    return _calendar(base, korona, mai, arsmote, lopet, jul)


def vikasen_style() -> PublisherStyle:
    """A Norwegian sports club (idrettslag): "Publisert" with the numeric date and the
    writer turned the long date on 1 February 2019 (a wording per day), a group from a
    pool, a sign-up line turned to Spond in 2018, a results table header, the year's
    membership fee (raised in 2017 and 2019), a Grasrotandelen line reworded in 2016, a
    police-certificate line, the club's notice turned by 17 May, the annual meeting, the
    club's race, Christmas and the pandemic, the club line with its organisation number,
    a rare update."""
    return PublisherStyle(
        domain="vikasen-il.no", site="Vikåsen IL", base_size=70,
        subdomains=(("www.", 100),),
        sections=("friidrett", "ski", "sykkel", "allidrett", "trim"),
        n_authors=4, url_path="/nyheter/{slug}",
        pools={"gruppe": ("Friidrett", "Ski", "Sykkel", "Allidrett", "Trim", "Styret")},
        families=(
            _f("publisert", HEADER, 0.85, *_by_day(_vi_dated)),
            _f("gruppe", HEADER, 0.45, (_OLD, "{gruppe}")),
            _f("pamelding", MIDDLE, 0.25, (_OLD, "Påmelding på e-post til {author}."),
               (VI_SPOND.isoformat(), "Påmelding skjer i Spond.")),
            _f("resultater", MIDDLE, 0.1, (_OLD, "Plass | Navn | Klasse | Tid")),
            _f("kontingent", FOOTER, 0.25, *_by_day(_vi_kontingent)),
            _f("grasrot", FOOTER, 0.3,
               (_OLD, "Støtt Vikåsen IL med Grasrotandelen når du spiller hos Norsk Tipping!"),
               (VI_GRASROT.isoformat(), "Grasrotandelen: velg Vikåsen IL (org.nr. 971 234 567) "
                                        "som grasrotmottaker.")),
            _f("politiattest", FOOTER, 0.15, (_OLD, "Alle trenere og ledere som jobber med "
                                                    "barn har levert politiattest.")),
            _f("melding", FOOTER, 0.3, *_vi_melding()),
            _f("klubb", FOOTER, 0.35, (_OLD, "Vikåsen IL · Org.nr. 971 234 567 · "
                                             "post@vikasen-il.no")),
            _f("oppdatert", HEADER, 0.04, (_OLD, "Oppdatert: treningstiden er flyttet til "
                                                 "kl. 18.00.")),
        ),
    )


# --- a Hungarian amateur cycling club -----------------------------------------------------

PT_REDESIGN = dt.date(2018, 3, 1)
PT_TAGDIJ = (("2014-01-01", "8 000"), ("2017-01-01", "10 000"), ("2019-01-01", "12 000"))
PT_NEVEZES = {2015: 3000, 2016: 3000, 2017: 3500, 2018: 3500, 2019: 4000, 2020: 4000}
PT_CANCELLED = dt.date(2020, 3, 13)


def pilis_kupa(y: int) -> dt.date:
    """The club's time trial: the last Sunday of May."""
    return last_weekday(y, 5, 6)


def _pt_dated(day: dt.date) -> str:
    if day < PT_REDESIGN:
        return f"{day.year}. {HONAPOK[day.month - 1]} {day.day}."
    return f"Közzétéve: {day.year}. {day.month:02d}. {day.day:02d}. {{time}}"


def _pt_kupa(day: dt.date) -> str:
    y = day.year
    if PT_CANCELLED <= day <= dt.date(2020, 12, 31):
        return "A Pilis Kupa 2020 a járványhelyzet miatt elmarad."
    race = pilis_kupa(y)
    close = race - 3 * ONE
    if day < dt.date(y, 2, 1):
        return f"Pilis Kupa {y}: a nevezés február 1-jén indul."
    if day <= close:
        return (f"Nevezés a Pilis Kupa {y} időfutamra: {forint(PT_NEVEZES[y])} Ft, határidő: "
                f"{_hu(close)}")
    if day <= race:
        return f"A nevezés lezárult. Rajt: {_hu(race)} 9:00, Pilisszentkereszt"
    return f"A Pilis Kupa {y} eredményei a Versenyek menüpontban."


@cache
def _pt_egy_szazalek() -> Wordings:
    base = _steps((_OLD, "Kövesd egyesületünket a Facebookon is!"))
    szja = [(dt.date(y, 1, 1), dt.date(y, 5, 21),
             f"Rendelkezz adód 1%-áról {y}. május 20-ig: Pilisi Tekerők SE, adószám "
             f"18712345-1-13") for y in YEARS]
    return _calendar(base, szja)


def pilisitekerok_style() -> PublisherStyle:
    """A Hungarian amateur cycling club: the long date turned "Közzétéve:" with the numeric
    date and the time on 1 March 2018 (a wording per day), "Írta:", the meeting point and
    the ride's length from pools and a results table header mid-body, the club's time trial
    (registration opening, its fee by year and deadline, results, its cancellation in 2020),
    the yearly fee (raised in 2017 and 2019), an own-risk and helmet line, the 1% appeal up
    to each 20 May, the contact line, a rare correction."""
    return PublisherStyle(
        domain="pilisitekerok.hu", site="Pilisi Tekerők SE", base_size=55,
        subdomains=(("www.", 60), ("", 40)),
        sections=("hirek", "turak", "versenyek", "egyesulet"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "hely": ("Pilisborosjenő, buszforduló", "Budakalász, HÉV-megálló",
                     "Szentendre, Dunakorzó", "Pomáz, Mátyás király tér"),
            "tav": ("62 km, 850 m szintemelkedés", "95 km, 1 300 m szintemelkedés",
                    "40 km, 450 m szintemelkedés", "120 km, 1 700 m szintemelkedés"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_pt_dated)),
            _f("irta", HEADER, 0.4, (_OLD, "Írta: {author}")),
            _f("gyulekezo", MIDDLE, 0.2, (_OLD, "Gyülekező: {hely}, indulás 8:30")),
            _f("tav", MIDDLE, 0.15, (_OLD, "Táv: {tav}")),
            _f("eredmeny", MIDDLE, 0.1, (_OLD, "Hely | Név | Egyesület | Kategória | Idő")),
            _f("kupa", FOOTER, 0.2, *_by_day(_pt_kupa)),
            _f("tagdij", FOOTER, 0.25, *by_table(PT_TAGDIJ, lambda v: (
                f"Éves tagdíj: {v} Ft (diákoknak és nyugdíjasoknak a fele)"))),
            _f("sisak", FOOTER, 0.35, (_OLD, "A túrákon mindenki saját felelősségére vesz "
                                             "részt. A bukósisak viselése kötelező!")),
            _f("szazalek", FOOTER, 0.3, *_pt_egy_szazalek()),
            _f("kapcsolat", FOOTER, 0.3, (_OLD, "Kapcsolat: info@pilisitekerok.hu · Adószám: "
                                                "18712345-1-13")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: a túra indulási ideje "
                                                   "8:30 helyett 9:00.")),
        ),
    )


# --- a Turkish triathlon club -------------------------------------------------------------

ET_REDESIGN = dt.date(2019, 4, 1)
ET_SAGLIK = dt.date(2018, 1, 1)
ET_AIDAT = (("2014-01-01", "360"), ("2017-01-01", "480"), ("2019-01-01", "600"),
            ("2020-01-01", "750"))
ET_UCRET = {2015: 75, 2016: 90, 2017: 100, 2018: 120, 2019: 150}


def izmir_sprint(y: int) -> dt.date:
    """The club's sprint triathlon: the third Sunday of September."""
    return nth_weekday(y, 9, 6, 3)


def _et_dated(day: dt.date) -> str:
    if day < ET_REDESIGN:
        return f"{day.day:02d} {AYLAR[day.month - 1]} {day.year}"
    return f"Yayın tarihi: {day.day:02d}.{day.month:02d}.{day.year}"


def _et_kayit(day: dt.date) -> str:
    y = day.year
    if y == 2020 and day >= dt.date(2020, 6, 1):
        return "İzmir Sprint Triatlonu 2020 pandemi nedeniyle iptal edilmiştir."
    race = izmir_sprint(y)
    close = race - 7 * ONE
    if y in ET_UCRET and dt.date(y, 6, 1) <= day <= close:
        return (f"İzmir Sprint Triatlonu {y} · Son kayıt: {_tr(close)} · Katılım ücreti "
                f"{ET_UCRET[y]} TL")
    if y in ET_UCRET and close < day <= race:
        return f"Kayıtlar kapandı. Yarış günü: {_tr(race)}, start 08:30"
    return "Kulübümüze katılmak için iletişim sayfamızdan bize yazın."


def egetriatlon_style() -> PublisherStyle:
    """A Turkish triathlon club: the long date turned "Yayın tarihi:" with the numeric date
    on 1 April 2019 (a wording per day), the club's sprint triathlon (registration with its
    deadline and fee by year, its cancellation in 2020), a results table header with the
    splits and a results-are-unofficial line mid-body, the yearly club fee (raised in 2017,
    2019 and 2020), a health-report line reworded in 2018, the training times turned by the
    season, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="egetriatlon.org.tr", site="Ege Triatlon Kulübü", base_size=40,
        subdomains=(("www.", 100),),
        sections=("haberler", "yarislar", "sonuclar", "kulup"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("tarih", HEADER, 0.85, *_by_day(_et_dated)),
            _f("kayit", HEADER, 0.2, *_by_day(_et_kayit)),
            _f("sonuc", MIDDLE, 0.15, (_OLD, "Sıra | Göğüs No | Ad Soyad | Kategori | Yüzme | "
                                             "Bisiklet | Koşu | Toplam")),
            _f("resmi", MIDDLE, 0.12, (_OLD, "Sonuçlar resmi değildir; itirazlar yarış "
                                             "bitiminden itibaren 30 dakika içinde "
                                             "yapılmalıdır.")),
            _f("aidat", FOOTER, 0.25, *by_table(ET_AIDAT, lambda v: (
                f"Yıllık kulüp aidatı: {v} TL (federasyon lisans ücreti hariç)"))),
            _f("saglik", FOOTER, 0.3,
               (_OLD, "Yarışlara katılım için güncel sağlık raporu zorunludur."),
               (ET_SAGLIK.isoformat(), "Lisans çıkarmak ve yarışmak için \"triatlon "
                                       "yapmasında sakınca yoktur\" ibareli sağlık raporu "
                                       "gerekir.")),
            _f("antrenman", FOOTER, 0.3, *_seasons(
                ("05-01", "Yaz dönemi: açık su yüzüşü Pazar 07:30, bisiklet Cumartesi 07:00"),
                ("10-01", "Kış dönemi: havuz Salı ve Perşembe 20:00, koşu Cumartesi 08:00"))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Ege Triatlon Kulübü")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Sonuç listesindeki bir sporcunun "
                                                "kategorisi düzeltilmiştir.")),
        ),
    )


# --- a Tanzanian gym's blog, in Swahili ---------------------------------------------------

AG_REDESIGN = dt.date(2019, 7, 1)
AG_DAKTARI = dt.date(2018, 2, 1)
AG_ADA = (("2014-01-01", "40,000"), ("2017-01-01", "50,000"), ("2019-01-01", "60,000"))


def _ag_dated(day: dt.date) -> str:
    if day < AG_REDESIGN:
        return f"{day.day} {MIEZI[day.month - 1]} {day.year}"
    return f"{SIKU[day.weekday()]}, {day.day} {MIEZI[day.month - 1]} {day.year}"


@cache
def _ag_saa() -> Wordings:
    base = _steps((_OLD, "Tunafungua kila siku saa 11 alfajiri hadi saa 4 usiku"))
    corona = [_span("2020-03-18", "2020-06-01", "Madarasa ya kikundi yamesitishwa kwa muda "
                                                "kwa sababu ya Corona. Nawa mikono!")]
    ramadhani: list[Event] = []
    for y, (first, last) in RAMADAN.items():
        ramadhani.append((iso_day(first), iso_day(last, 1),
                          f"Ramadhani Kareem! Mwezi huu ({y}) tunafungua saa 2 asubuhi hadi "
                          f"saa 6 usiku"))
        ramadhani.append((iso_day(last, 1), iso_day(last, 3),
                          f"Eid Mubarak! Gym imefungwa siku ya Eid el Fitr {y}"))
    return _calendar(base, corona, ramadhani)


def afyagym_style() -> PublisherStyle:
    """A Tanzanian gym's blog, in Swahili: the date turned the weekday and the date on 1
    July 2019 (a wording per day), a class from a pool mid-body, the monthly membership fee
    (raised in 2017 and 2019), a see-your-doctor line reworded in 2018, the opening hours
    turned by Ramadan, Eid el Fitr and the pandemic, the mobile-money payment line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="afyagym.co.tz", site="Afya Gym", base_size=30,
        subdomains=(("www.", 100),),
        sections=("mazoezi", "lishe", "afya"),
        n_authors=2, url_path="/blogu/{slug}",
        pools={"darasa": ("Aerobiki", "Zumba", "Spinning", "Ndondi", "Yoga")},
        families=(
            _f("tarehe", HEADER, 0.85, *_by_day(_ag_dated)),
            _f("darasa", MIDDLE, 0.25, (_OLD, "Jiunge na darasa la {darasa} kila wiki!")),
            _f("ada", FOOTER, 0.3, *by_table(AG_ADA, lambda v: (
                f"Ada ya uanachama: TSh {v} kwa mwezi"))),
            _f("daktari", FOOTER, 0.35,
               (_OLD, "Makala hii si ushauri wa kitabibu. Wasiliana na daktari kabla ya kuanza "
                      "mazoezi mapya."),
               (AG_DAKTARI.isoformat(), "Kama una tatizo la moyo, shinikizo la damu au "
                                        "kisukari, muone daktari wako kabla ya kuanza mazoezi "
                                        "haya.")),
            _f("saa", FOOTER, 0.3, *_ag_saa()),
            _f("lipa", FOOTER, 0.25, (_OLD, "Lipa ada kwa M-Pesa au Tigo Pesa: Lipa Namba "
                                            "554433")),
            _f("hakimiliki", FOOTER, 0.3, (_OLD, "© {year} Afya Gym. Haki zote "
                                                 "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: Ratiba ya madarasa "
                                                   "imebadilishwa.")),
        ),
    )


def heldout168_styles() -> list[PublisherStyle]:
    """The held-back-168 styles, in the order the generator hands them to publishers."""
    return [
        stridelab_style(), ciclosalita_style(), kondisposten_style(), futofold_style(),
        fitkale_style(), riadhaleo_style(), evidenceinsport_style(), podistivalbrembo_style(),
        vikasen_style(), pilisitekerok_style(), egetriatlon_style(), afyagym_style(),
    ]
