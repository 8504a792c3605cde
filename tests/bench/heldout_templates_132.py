"""The ``held-back-132`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-128 set. It was
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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"Advertisement" marker, a "Copy code" button or an age marker. The publishers are technology,
startup and developer news in English, German, French, Portuguese, Russian, Hindi, Chinese and
Korean: an American tech news blog, a German gadget and IT news site, a developer community
portal, a French high-tech and deals site, a Brazilian startup and venture news site, a Russian
IT community portal, a Chinese tech and venture media site, a Hindi gadget news site, a Korean
IT and startup news site, an open-source database project's news pages, a British startup and
venture newsletter's web archive and an Australian gadget review blog. The families are the
kinds a crawl of such sites holds: dates localised day by day in English (with American
Eastern and Australian Eastern standard and daylight time), German, French, Portuguese,
Russian (Moscow time), Hindi, Chinese (with the weekday) and Korean, each changing form on the
day of a redesign; lines that turn every day ("prices checked on" with the day's date), every
week (the sponsor of the week, the dollar in reais to the Friday, a newsletter's issue
number and date each Thursday, skipping its Christmas break); release and version lines (the
latest stable release of a project, from its release history); affiliate disclosures
reworded in 2017-2019, sponsor blocks and "presented by" lines from pools, event promos that
follow the calendars of the trade (CES, WWDC, Apple's September events, Google I/O, IFA,
gamescom, CeBIT, VivaTech, Web Summit, Slush, London Tech Week, FOSDEM, Hacktoberfest, Advent
of Code, the project's own conference, the French sales, Black Friday, Click Frenzy, EOFY and
Boxing Day sales, 618 and Singles' Day, India's festive sales, Carnival, Programmers' Day,
Russia's New Year holidays, Seollal and Chuseok, the Spring Festival) and of the news (the
GDPR, the LGPD, Russia's Telegram block, India's demonetisation, Jio's launch and its ban on
Chinese apps, Korea's 5G launch, Brexit, Australia's bushfires, the pandemic); comment-policy
notes and codes of conduct, some reworded; amounts that change over years (a membership
price, German VAT's cut in the second half of 2020, India's GST on phones, a community's
and a newsletter's reader counts); funding-round, price, score and deal lines from pools,
related links and advertisement markers mid-body (some up to two or three times); multi-line
blocks (publisher and copyright lines, registration and age lines, the newsletter's
unsubscribe and address lines), bare lines and families in only 4% of articles beside ones
in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# The styles are built several times per test session: a line worded day by day is worded
# once (module-level functions as keys).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TAGE = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
MAAH = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
        "अक्टूबर", "नवंबर", "दिसंबर")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
YOIL = ("월", "화", "수", "목", "금", "토", "일")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, fixed for a `day` and a `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


def interp(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `anchors` ((ISO day, value), ...)."""
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
    """A line that changes on the days of `table`: from the oldest day the wording of the
    value in force on the set's first day, then one wording from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def eastern_zone(day: dt.date) -> str:
    """American Eastern time: daylight time from the second Sunday of March to the first
    Sunday of November."""
    edt = nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)
    return "EDT" if edt else "EST"


def sydney_zone(day: dt.date) -> str:
    """Australian Eastern time in Sydney: daylight time from the first Sunday of October to
    the first Sunday of April."""
    aedt = day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)
    return "AEDT" if aedt else "AEST"


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def programmers_day(y: int) -> dt.date:
    """Programmers' Day: the 256th day of the year (13 September, 12 in a leap year)."""
    return dt.date(y, 1, 1) + 255 * ONE


def events(table: dict[int, tuple[str, str]], before: int, after: int,
           text: Callable[[int], str]) -> list[Event]:
    """A notice shown around each year's event of `table` (year -> first and last ISO day),
    from `before` days before its first day to `after` days after its last."""
    return [(iso_day(first, -before), iso_day(last, after + 1), text(y))
            for y, (first, last) in sorted(table.items())]


# --- an American tech news blog -----------------------------------------------------------

CL_REDESIGN = dt.date(2018, 9, 12)  # relaunched on the day of Apple's 2018 iPhone event
CL_NEWSLETTER = dt.date(2016, 10, 3)
CL_DISCLOSURE = dt.date(2017, 5, 1)
CL_COMMENTS = dt.date(2019, 7, 1)
CL_PLUS = (("2014-06-01", "$3.99"), ("2017-03-01", "$4.99"), ("2019-09-01", "$5.99"))
CES = {2015: ("2015-01-06", "2015-01-09"), 2016: ("2016-01-06", "2016-01-09"),
       2017: ("2017-01-05", "2017-01-08"), 2018: ("2018-01-09", "2018-01-12"),
       2019: ("2019-01-08", "2019-01-11"), 2020: ("2020-01-07", "2020-01-10")}
WWDC = {2015: "2015-06-08", 2016: "2016-06-13", 2017: "2017-06-05", 2018: "2018-06-04",
        2019: "2019-06-03", 2020: "2020-06-22"}
GOOGLE_IO = {2015: ("2015-05-28", "2015-05-29"), 2016: ("2016-05-18", "2016-05-20"),
             2017: ("2017-05-17", "2017-05-19"), 2018: ("2018-05-08", "2018-05-10"),
             2019: ("2019-05-07", "2019-05-09")}
APPLE_EVENTS = ("2015-09-09", "2016-09-07", "2017-09-12", "2018-09-12", "2019-09-10",
                "2020-09-15", "2020-10-13")


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}, {{time12}} ET"
    return (f"Updated {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}, {{time12}} {eastern_zone(day)}")


@cache
def _cl_newsletter() -> Wordings:
    base = _steps((_OLD, "Get the Circuit Ledger Daily Digest in your inbox every weekday. "
                         "Sign up"),
                  (CL_NEWSLETTER.isoformat(), "📬 The Daily Circuit: the five tech stories "
                                              "that matter, every weekday at 7 a.m. Sign up "
                                              "free"))
    pandemic = [_span("2020-03-13", "2020-04-30", "🏠 Working from home? Our tested picks of "
                                                  "webcams, routers and headsets")]
    shows = events(CES, 1, 1, lambda y: f"🎰 CES {y}: every gadget from the show floor in "
                                        f"Las Vegas, live")
    keynotes: list[Event] = []
    for y, day in WWDC.items():
        keynotes.append((iso_day(day, -1), iso_day(day, 2), f"🍎 WWDC {y} keynote: our live "
                                                           f"blog and everything Apple "
                                                           f"announced"))
    for day in APPLE_EVENTS:
        when = iso_day(day)
        keynotes.append((when - ONE, when + 2 * ONE, f"📱 Apple's {MONTHS[when.month - 1]} "
                                                     f"{when.year} event: live coverage and "
                                                     f"hands-on impressions"))
    keynotes += events(GOOGLE_IO, 0, 0, lambda y: f"🤖 Google I/O {y}: Android, Assistant and "
                                                  f"the rest from Mountain View")
    deals = _movable(thanksgiving, 2, 4, lambda y: f"🛍️ Black Friday {y}: the tech deals we "
                                                   f"have actually tested")
    return _calendar(base, pandemic, shows, keynotes, deals)


def circuitledger_style() -> PublisherStyle:
    """An American tech news blog: a topic kicker from a pool, the short date with "ET"
    turned "Updated" with the weekday, the long date and Eastern standard or daylight time
    on the day of Apple's 2018 iPhone event (a wording per day), "By" turned the writer with
    the handle, an affiliate disclosure reworded in 2017, a rare update line, "Related:"
    and advertisement markers up to twice, a deal line from a pool, a newsletter appeal
    reworded in 2016 and turned by CES, WWDC, Apple's autumn events, Google I/O, Black
    Friday and the pandemic, the ad-free membership's price (raised in 2017 and 2019), a
    comment policy reworded in 2019, the publisher line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="circuitledger.com", site="Circuit Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("gadgets", "apps", "security", "ai", "policy", "science", "deals"),
        n_authors=15, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("GADGETS", "APPS", "SECURITY", "AI", "POLICY", "SCIENCE", "DEALS",
                       "REVIEWS"),
            "deal": ("Apple AirPods Pro: $199 at Amazon (was $249)",
                     "Samsung Galaxy Tab S6 Lite: $279 at Best Buy",
                     "Anker PowerCore 10000: $21.99 at Amazon",
                     "Fitbit Charge 4: $99 at Target (was $149)",
                     "Sony WH-1000XM3: $228 at Walmart"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (CL_REDESIGN.isoformat(), "By {author} | {author_handle}")),
            _f("affiliate", HEADER, 0.3,
               (_OLD, "Circuit Ledger may earn a small commission from purchases made through "
                      "links in this article."),
               (CL_DISCLOSURE.isoformat(), "We test products independently. When you buy "
                                           "through our links, Circuit Ledger may earn an "
                                           "affiliate commission. Learn more")),
            _f("update", HEADER, 0.07, (_OLD, "Update, {time12}: This story has been updated "
                                              "with a statement from the company.")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("deal", MIDDLE, 0.15, (_OLD, "{deal}")),
            _f("newsletter", FOOTER, 0.3, *_cl_newsletter()),
            _f("plus", FOOTER, 0.2, *table_wordings(CL_PLUS, lambda v: (
                f"Go ad-free with Circuit Ledger Plus for {v} a month. Cancel anytime."))),
            _f("comments", FOOTER, 0.35,
               (_OLD, "Comments are moderated for civility and relevance. See our community "
                      "guidelines."),
               (CL_COMMENTS.isoformat(), "Comments close 14 days after publication. Keep it "
                                         "civil and read our community guidelines before "
                                         "you post.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Circuit Ledger is published by Ledger Digital "
                                                "Media, Inc., 450 Bryant Street, San "
                                                "Francisco, CA 94107.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Ledger Digital Media, Inc. All "
                                                 "rights reserved. Reproduction without "
                                                 "permission is prohibited.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article misstated the phone's battery "
                                                  "capacity.")),
        ),
    )


# --- a German gadget and IT news site -----------------------------------------------------

TT_REDESIGN = dt.date(2018, 8, 31)  # relaunched on the opening day of IFA 2018
TT_NEWSLETTER = dt.date(2017, 2, 1)
TT_AFFILIATE = dt.date(2018, 3, 1)
MWST = (("2007-01-01", "19"), ("2020-07-01", "16"), ("2021-01-01", "19"))
IFA = {2015: ("2015-09-04", "2015-09-09"), 2016: ("2016-09-02", "2016-09-07"),
       2017: ("2017-09-01", "2017-09-06"), 2018: ("2018-08-31", "2018-09-05"),
       2019: ("2019-09-06", "2019-09-11"), 2020: ("2020-09-03", "2020-09-05")}
GAMESCOM = {2015: ("2015-08-05", "2015-08-09"), 2016: ("2016-08-17", "2016-08-21"),
            2017: ("2017-08-22", "2017-08-26"), 2018: ("2018-08-21", "2018-08-25"),
            2019: ("2019-08-20", "2019-08-24"), 2020: ("2020-08-27", "2020-08-30")}
CEBIT = {2015: ("2015-03-16", "2015-03-20"), 2016: ("2016-03-14", "2016-03-18"),
         2017: ("2017-03-20", "2017-03-24"), 2018: ("2018-06-11", "2018-06-15")}


def _tt_dated(day: dt.date) -> str:
    if day < TT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    return f"{TAGE[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year} – {{time}} Uhr"


def _tt_preise(day: dt.date) -> str:
    return (f"Preise zuletzt geprüft am {day.day:02d}.{day.month:02d}.{day.year}. Alle "
            f"Angaben ohne Gewähr.")


@cache
def _tt_hinweis() -> Wordings:
    base = _steps((_OLD, "TechnikTakt bei Facebook und Twitter folgen"),
                  (TT_NEWSLETTER.isoformat(), "📩 Jeden Freitag die wichtigsten Tech-News: "
                                              "jetzt den TechnikTakt-Newsletter kostenlos "
                                              "abonnieren"))
    news = [
        _span("2018-05-18", "2018-06-08", "Neue Datenschutzerklärung: Wir haben unsere "
                                          "Hinweise an die DSGVO angepasst"),
        _span("2020-06-16", "2020-06-28", "Corona-Warn-App: So funktioniert die App des "
                                          "Bundes"),
        _span("2020-06-29", "2020-07-12", "Mehrwertsteuer sinkt: Wo Technik jetzt günstiger "
                                          "wird"),
    ]
    fairs = events(IFA, 1, 0, lambda y: (
        "IFA 2020 Special Edition: die Neuheiten der kleinen Messe" if y == 2020 else
        f"IFA {y} in Berlin: alle Neuheiten im Überblick"))
    fairs += events(GAMESCOM, 1, 0, lambda y: (
        "gamescom 2020 nur online: unsere Übersicht" if y == 2020 else
        f"gamescom {y}: Hardware, Konsolen und Zubehör aus Köln"))
    fairs += events(CEBIT, 1, 0, lambda y: f"CeBIT {y}: alle Meldungen aus Hannover")
    return _calendar(base, news, fairs)


def techniktakt_style() -> PublisherStyle:
    """A German gadget and IT news site: a section from a pool, the numeric date and the
    time turned the short weekday on the opening day of IFA 2018 (a wording per day), "von"
    turned "Ein Artikel von", an affiliate note reworded in 2018, "Anzeige" up to twice,
    "Auch interessant:" and a price-comparison line from a pool mid-body, "prices checked
    on" with the day's date (a wording per day), the VAT line (16% from July to December
    2020), a social-media line turned a newsletter appeal and turned by IFA, gamescom,
    CeBIT, the GDPR, the warning app and the VAT cut, a comment policy, the imprint and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="techniktakt.de", site="TechnikTakt", base_size=220,
        subdomains=(("www.", 100),),
        sections=("smartphones", "notebooks", "software", "netzpolitik", "sicherheit",
                  "games"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Smartphones", "Notebooks", "Software", "Netzpolitik", "Sicherheit",
                       "Games", "Smart Home"),
            "geraet": ("Apple iPhone 11", "Samsung Galaxy S10", "Huawei P30 Pro", "OnePlus 7T",
                       "Xiaomi Mi 9", "Google Pixel 4"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_tt_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "von {author}"),
               (TT_REDESIGN.isoformat(), "Ein Artikel von {author}")),
            _f("affiliate", HEADER, 0.25,
               (_OLD, "Hinweis: Links mit * sind Affiliate-Links."),
               (TT_AFFILIATE.isoformat(), "Transparenz: Mit einem Sternchen (*) markierte Links "
                                          "sind Affiliate-Links. Kauft ihr darüber ein, "
                                          "erhalten wir eine kleine Provision – am Preis "
                                          "ändert sich für euch nichts.")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("auch", MIDDLE, 0.35, (_OLD, "Auch interessant: {other_title}")),
            _f("preisvergleich", MIDDLE, 0.2, (_OLD, "Zum Preisvergleich: {geraet}")),
            _f("preise", FOOTER, 0.25, *_daily(_tt_preise)),
            _f("mwst", FOOTER, 0.15, *table_wordings(MWST, lambda v: (
                f"Alle Preise inkl. {v} % MwSt., zzgl. Versandkosten."))),
            _f("hinweis", FOOTER, 0.3, *_tt_hinweis()),
            _f("netiquette", FOOTER, 0.3, (_OLD, "Kommentare werden vor der Freischaltung "
                                                 "geprüft. Bitte haltet euch an unsere "
                                                 "Netiquette.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "TechnikTakt ist ein Angebot der Takt Medien "
                                                "GmbH, Hamburg.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Takt Medien GmbH. Alle Rechte "
                                                "vorbehalten.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version nannten "
                                                 "wir einen falschen Marktstart.")),
        ),
    )


# --- a developer community portal ---------------------------------------------------------

SH_REDESIGN = dt.date(2019, 2, 1)
SH_COC = dt.date(2018, 1, 15)
SH_MEMBERS = (("2014-01-01", "95,000"), ("2015-01-01", "140,000"), ("2016-01-01", "210,000"),
              ("2017-01-01", "290,000"), ("2018-01-01", "380,000"), ("2019-01-01", "520,000"),
              ("2020-01-01", "690,000"))
SH_SPONSORS = (("DeployNest", "ship containers without writing YAML"),
               ("Loglantern", "search a month of logs in a second"),
               ("Queuebird", "managed queues that scale to zero"),
               ("Patchwork CI", "builds that finish before your coffee"),
               ("Tunnelfox", "share localhost with a single command"),
               ("Gridmint", "Postgres you never have to babysit"),
               ("Latchkey", "sign-in for your app in ten lines of code"))


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"{day.isoformat()} · {{read_min}} min read"
    return (f"Posted on {MONTHS[day.month - 1][:3]} {day.day}, {day.year} • {{read_min}} "
            f"min read")


def _sh_sponsor(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    name, pitch = SH_SPONSORS[int((noise(monday, "sponsor") + 1) * 1000) % len(SH_SPONSORS)]
    return (f"Sponsor of the week of {monday.day} {MONTHS[monday.month - 1][:3]}: {name}, "
            f"{pitch}")


@cache
def _sh_promo() -> Wordings:
    base = _steps((_OLD, "Write for StackHarbor: share what you learned this week"),
                  (SH_REDESIGN.isoformat(), "✍️ Learned something the hard way? Turn it into "
                                            "a post on StackHarbor"))
    pandemic = [_span("2020-03-16", "2020-05-31", "🏠 Remote now? Read our series on working "
                                                  "from home as a developer")]
    hacktober = _yearly("10-01", 0, 30, lambda y: f"🎃 Hacktoberfest {y}: open pull requests "
                                                  f"all October and share them with us")
    advent = _yearly("12-01", 0, 24, lambda y: f"🎄 Advent of Code {y}: post your solutions in "
                                               f"our daily threads")
    return _calendar(base, pandemic, hacktober, advent)


def stackharbor_style() -> PublisherStyle:
    """A developer community portal: tags from a pool, the ISO date with the reading time
    turned "Posted on" with the short date on 1 February 2019 (a wording per day), the
    writer with the handle, the sponsor of the week (a wording per week, from each
    Monday), a cross-post note, "Copy code" up to three times and a series line from a pool
    mid-body, the reactions count, a write-for-us line reworded and turned by
    Hacktoberfest, Advent of Code and the pandemic, a code of conduct reworded in 2018, the
    licence line and the community's size (changing each January), a rare edit note."""
    return PublisherStyle(
        domain="stackharbor.io", site="StackHarbor", base_size=195,
        subdomains=(("", 100),),
        sections=("javascript", "python", "devops", "career", "rust", "webdev"),
        n_authors=20, url_path="/{section}/{slug}-{n}",
        pools={
            "tag": ("#javascript", "#webdev", "#python", "#beginners", "#devops", "#rust",
                    "#career", "#go", "#opensource"),
            "series": ("Docker from scratch", "Rust for Pythonistas", "Testing React apps",
                       "My first year as a junior dev", "Kubernetes the slow way"),
        },
        families=(
            _f("tags", HEADER, 0.6, (_OLD, "{tag_list}")),
            _f("dated", HEADER, 0.9, *_by_day(_sh_dated)),
            _f("author", HEADER, 0.6, (_OLD, "{author} ({author_handle})")),
            _f("sponsor", HEADER, 0.3, *_by_day(_sh_sponsor)),
            _f("crosspost", HEADER, 0.12, (_OLD, "Originally published on the author's "
                                                 "personal blog.")),
            _f("copy", MIDDLE, 0.3, (_OLD, "Copy code"), count=3),
            _f("series", MIDDLE, 0.15, (_OLD, "This post is part of the series: {series}")),
            _f("reactions", FOOTER, 0.4, (_OLD, "❤️ {count} reactions · Add to reading list")),
            _f("promo", FOOTER, 0.3, *_sh_promo()),
            _f("coc", FOOTER, 0.35,
               (_OLD, "Be nice. Comments that are rude or off topic will be removed."),
               (SH_COC.isoformat(), "Be kind and constructive: comments that break our Code "
                                    "of Conduct are hidden by the moderators.")),
            _f("license", FOOTER, 0.25, (_OLD, "Unless noted otherwise, posts on StackHarbor "
                                               "are licensed CC BY-SA 4.0 and code samples "
                                               "MIT.")),
            _f("members", FOOTER, 0.3, *table_wordings(SH_MEMBERS, lambda v: (
                f"StackHarbor: a community of {v} software developers"))),
            _f("edited", HEADER, 0.04, (_OLD, "Edited: fixed a typo in the second code "
                                              "sample.")),
        ),
    )


# --- a French high-tech and deals site ----------------------------------------------------

ZN_REDESIGN = dt.date(2019, 5, 16)  # relaunched on the opening day of VivaTech 2019
ZN_NEWSLETTER = dt.date(2017, 3, 1)
ZN_AFFILIE = dt.date(2019, 1, 7)
SOLDES = {2015: ("2015-01-07", "2015-06-24"), 2016: ("2016-01-13", "2016-06-22"),
          2017: ("2017-01-11", "2017-06-28"), 2018: ("2018-01-10", "2018-06-27"),
          2019: ("2019-01-09", "2019-06-26"), 2020: ("2020-01-08", "2020-07-15")}
VIVATECH = {2016: ("2016-06-30", "2016-07-02"), 2017: ("2017-06-15", "2017-06-17"),
            2018: ("2018-05-24", "2018-05-26"), 2019: ("2019-05-16", "2019-05-18")}


def _zn_date(day: dt.date) -> str:
    if day < ZN_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year % 100:02d} à {{time}}"
    return (f"Le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} à "
            f"{{time}}")


def _zn_prix(day: dt.date) -> str:
    return (f"Prix constatés le {day.day:02d}/{day.month:02d}/{day.year}, susceptibles "
            f"d'évoluer.")


@cache
def _zn_lettre() -> Wordings:
    base = _steps((_OLD, "Suivez Zap Numérique sur Twitter et Facebook"),
                  (ZN_NEWSLETTER.isoformat(), "📨 Chaque matin, l'essentiel de la tech dans "
                                              "votre boîte mail : inscrivez-vous à la "
                                              "newsletter de Zap Numérique"))
    confinement = [_span("2020-03-17", "2020-05-10", "Confinement : nos guides pour "
                                                     "télétravailler dans de bonnes "
                                                     "conditions")]
    soldes: list[Event] = []
    for y, (hiver, ete) in SOLDES.items():
        soldes.append((iso_day(hiver, -1), iso_day(hiver, 14), f"🏷️ Soldes d'hiver {y} : "
                                                              f"notre sélection de bons plans "
                                                              f"high-tech"))
        soldes.append((iso_day(ete, -1), iso_day(ete, 14), f"🏷️ Soldes d'été {y} : notre "
                                                          f"sélection de bons plans "
                                                          f"high-tech"))
    black_friday = _movable(lambda y: thanksgiving(y) + ONE, 3, 3, lambda y: (
        f"Black Friday {y} : les meilleures offres high-tech vérifiées par la rédaction"))
    salons = events(VIVATECH, 0, 0, lambda y: f"VivaTech {y} : suivez le salon en direct "
                                              f"avec nous")
    return _calendar(base, confinement, salons, black_friday, soldes)


def zapnumerique_style() -> PublisherStyle:
    """A French high-tech and deals site: a section from a pool, "Publié le" with the
    numeric date and a two-digit year turned the weekday and the long date on the opening
    day of VivaTech 2019 (a wording per day), "Par" turned the writer with the beat, an
    affiliate note reworded in 2019, "Publicité" up to twice, "À lire aussi :" and a deal
    line from a pool mid-body, "prices seen on" with the day's date (a wording per day), a
    social-media line turned a newsletter appeal and turned by the winter and summer sales
    (the 2020 summer sales put off to July), Black Friday, VivaTech and the lockdown, the
    moderation charter, the reproduction line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="zapnumerique.fr", site="Zap Numérique", base_size=150,
        subdomains=(("www.", 100),),
        sections=("smartphones", "informatique", "bons-plans", "tests", "maison-connectee"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Smartphones", "Informatique", "Bons plans", "Tests",
                         "Maison connectée", "Audio"),
            "beat": ("journaliste", "rédacteur en chef adjoint", "responsable des tests",
                     "journaliste bons plans"),
            "bonplan": ("Bon plan : le Xiaomi Redmi Note 8 Pro à 199 € au lieu de 279 €",
                        "Bon plan : les AirPods 2 à 129 € chez Amazon",
                        "Bon plan : le Samsung Galaxy A50 passe à 239 €",
                        "Bon plan : la Nintendo Switch Lite à 199 € chez Fnac"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.88, *_by_day(_zn_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}"),
               (ZN_REDESIGN.isoformat(), "Par {author}, {author_beat}")),
            _f("affilie", HEADER, 0.25,
               (_OLD, "Cet article contient des liens affiliés."),
               (ZN_AFFILIE.isoformat(), "Zap Numérique peut percevoir une commission lorsque "
                                        "vous achetez via les liens de cet article. Nos tests "
                                        "restent indépendants.")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("bonplan", MIDDLE, 0.15, (_OLD, "{bonplan}")),
            _f("prix", FOOTER, 0.2, *_daily(_zn_prix)),
            _f("lettre", FOOTER, 0.3, *_zn_lettre()),
            _f("charte", FOOTER, 0.3, (_OLD, "Les commentaires sont modérés a priori. Merci "
                                             "de respecter notre charte de modération.")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans l'accord de Zap "
                                                   "Numérique.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Zap Numérique SAS – Tous droits "
                                                 "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article indiquait un mauvais prix de "
                                               "lancement.")),
        ),
    )


# --- a Brazilian startup and venture news site --------------------------------------------

RS_REDESIGN = dt.date(2018, 11, 5)  # relaunched on the opening day of Web Summit 2018
RS_NEWSLETTER = dt.date(2017, 8, 1)
RS_LGPD = dt.date(2020, 9, 18)  # the LGPD in force
WEB_SUMMIT = {2016: ("2016-11-07", "2016-11-10"), 2017: ("2017-11-06", "2017-11-09"),
              2018: ("2018-11-05", "2018-11-08"), 2019: ("2019-11-04", "2019-11-07"),
              2020: ("2020-12-02", "2020-12-04")}
DOLAR = (("2015-01-01", 2.66), ("2015-09-24", 4.15), ("2015-12-31", 3.96),
         ("2016-01-21", 4.16), ("2016-06-30", 3.21), ("2016-12-31", 3.26),
         ("2017-06-30", 3.31), ("2017-12-31", 3.31), ("2018-05-31", 3.74),
         ("2018-09-13", 4.19), ("2018-12-31", 3.88), ("2019-06-30", 3.83),
         ("2019-11-27", 4.26), ("2019-12-31", 4.02), ("2020-03-13", 4.81),
         ("2020-05-14", 5.90), ("2020-06-30", 5.47), ("2020-10-30", 5.74),
         ("2020-12-31", 5.19), ("2021-01-10", 5.42))


def dolar(friday: dt.date) -> float:
    """The made-up closing dollar in reais on a Friday, near the real path."""
    return round(interp(friday, DOLAR) * (1 + 0.015 * noise(friday, "brl")), 2)


def comma(value: float) -> str:
    """`value` with two decimals and a decimal comma."""
    return f"{value:.2f}".replace(".", ",")


def _rs_data(day: dt.date) -> str:
    if day < RS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"Publicado em {day.day} de {MESES[day.month - 1]} de {day.year} às {{time}}"


def _rs_dolar(day: dt.date) -> str:
    friday = weekday_on_or_before(day, 4)
    now, before = dolar(friday), dolar(friday - 7 * ONE)
    change = (now / before - 1) * 100
    moved = ("+" if change >= 0 else "−") + f"{abs(change):.1f}".replace(".", ",")
    return (f"Dólar comercial: R$ {comma(now)} no fechamento de sexta-feira "
            f"({friday.day:02d}/{friday.month:02d}), {moved}% na semana")


@cache
def _rs_newsletter() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Radar Startup por e-mail"),
                  (RS_NEWSLETTER.isoformat(), "📬 Toda sexta, as rodadas da semana no seu "
                                              "e-mail: assine a newsletter do Radar Startup"))
    news = [
        _span("2020-03-16", "2020-05-31", "Coronavírus: o guia do Radar Startup para founders "
                                          "em tempos de crise"),
        _span("2020-09-14", "2020-09-30", "A LGPD está em vigor: veja o que muda para as "
                                          "startups"),
    ]
    carnaval = _movable(carnival_tuesday, 4, 1, lambda y: f"Carnaval {y}: a newsletter volta "
                                                          f"na quarta-feira de cinzas")
    summit = events(WEB_SUMMIT, 1, 0, lambda y: (
        "Web Summit 2020 é online: acompanhe a cobertura com a gente" if y == 2020 else
        f"Web Summit {y}: a cobertura do Radar Startup direto de Lisboa"))
    return _calendar(base, news, carnaval, summit)


def radarstartup_style() -> PublisherStyle:
    """A Brazilian startup and venture news site: a section from a pool, the numeric date
    with the time turned "Publicado em" with the long date on the opening day of Web Summit
    2018 (a wording per day), "Por", the dollar in reais at the Friday close and its change
    on the week (a wording per week), "Leia também:" and "Publicidade" (up to twice), a
    funding-round line from pools, a not-investment-advice line, a newsletter appeal
    reworded in 2017 and turned by Carnival, Web Summit, the pandemic and the LGPD, a
    privacy line reworded when the LGPD came into force, the copyright line, a rare
    erratum."""
    return PublisherStyle(
        domain="radarstartup.com.br", site="Radar Startup", base_size=130,
        subdomains=(("www.", 100),),
        sections=("startups", "venture-capital", "fintech", "agtech", "eventos"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "editoria": ("Startups", "Venture Capital", "Fintech", "Agtech", "Healthtech",
                         "Eventos"),
            "rodada": ("Seed de R$ 4 milhões", "Série A de US$ 12 milhões",
                       "Série B de US$ 40 milhões", "Pré-seed de R$ 1,5 milhão",
                       "Série C de US$ 110 milhões"),
            "fundo": ("Canary", "Kaszek", "Monashees", "Valor Capital", "Redpoint eventures",
                      "Astella"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.88, *_by_day(_rs_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("dolar", HEADER, 0.2, *_by_day(_rs_dolar)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("rodada", MIDDLE, 0.2, (_OLD, "Rodada: {rodada} · Investidores: "
                                             "{fundo_list}")),
            _f("aviso", FOOTER, 0.2, (_OLD, "Este conteúdo tem caráter informativo e não "
                                            "constitui recomendação de investimento.")),
            _f("newsletter", FOOTER, 0.3, *_rs_newsletter()),
            _f("privacidade", FOOTER, 0.15,
               (_OLD, "Ao assinar, você concorda com nossos termos de uso."),
               (RS_LGPD.isoformat(), "Ao assinar, você concorda com nossa política de "
                                     "privacidade, adequada à LGPD (Lei 13.709/2018).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Radar Startup. Todos os direitos "
                                                "reservados. É proibida a reprodução sem "
                                                "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta reportagem "
                                              "informava um valor errado para a rodada.")),
        ),
    )


# --- a Russian IT community portal --------------------------------------------------------

KB_REDESIGN = dt.date(2019, 9, 13)  # relaunched on Programmers' Day 2019
TELEGRAM_BLOCK = (dt.date(2018, 4, 16), dt.date(2020, 6, 18))  # blocked, then unblocked


def _kb_data(day: dt.date) -> str:
    if day < KB_REDESIGN:
        return f"{day.day} {MESYATSA[day.month - 1]} {day.year} в {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MESYATSA[day.month - 1]} {day.year}, {{time}} МСК"


@cache
def _kb_podpiska() -> Wordings:
    blocked, unblocked = TELEGRAM_BLOCK
    base = _steps((_OLD, "Подписывайтесь на наш канал в Telegram: @kodobaza"),
                  (blocked.isoformat(), "Подписывайтесь на нашу группу ВКонтакте: "
                                        "vk.com/kodobaza"),
                  (unblocked.isoformat(), "📢 Telegram снова доступен: подписывайтесь на "
                                          "наш канал @kodobaza"))
    remote = [_span("2020-03-30", "2020-05-11", "Нерабочие дни: подборка сервисов для "
                                                "удалённой работы")]
    holidays = _yearly("01-01", 0, 7, lambda y: f"Редакция на новогодних каникулах до 9 "
                                                f"января {y} года: новости выходят реже",
                       years=range(2015, 2022))
    day256 = _movable(programmers_day, 0, 0, lambda y: f"С Днём программиста! 256-й день "
                                                       f"{y} года — наш праздник")
    return _calendar(base, remote, holidays, day256)


def kodobaza_style() -> PublisherStyle:
    """A Russian IT community portal: a section from a pool, the long date with "в" and the
    time turned the weekday and Moscow time on Programmers' Day 2019 (a wording per day),
    "Автор:", a company-blog line from a pool, "Читайте также:", "Реклама" up to twice and a
    source-code line mid-body, the comments count, the commenting rules, a Telegram appeal
    turned a VK appeal on the day Telegram was blocked and back when it was unblocked, and
    turned by the New Year holidays, Programmers' Day (the 256th day) and the 2020
    non-working days, the media registration, "18+" and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="kodobaza.ru", site="Кодовая база", base_size=110,
        subdomains=(("", 100),),
        sections=("dev", "admin", "security", "hardware", "startups", "career"),
        n_authors=10, url_path="/post/{n}/",
        pools={
            "rubrika": ("Разработка", "Администрирование", "Информационная безопасность",
                        "Железо", "Стартапы", "Карьера в IT"),
            "kompaniya": ("Облачные Решения", "ТехноСфера", "Северный банк", "ИнфоТранс",
                          "Ладога Софт"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.88, *_by_day(_kb_data)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {author}")),
            _f("blog", HEADER, 0.15, (_OLD, "Блог компании {kompaniya}")),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("kod", MIDDLE, 0.12, (_OLD, "Исходный код примеров доступен на GitHub.")),
            _f("kommentarii", FOOTER, 0.4, (_OLD, "Комментарии ({count})")),
            _f("pravila", FOOTER, 0.3, (_OLD, "Комментировать могут только "
                                              "зарегистрированные пользователи. Соблюдайте "
                                              "правила сайта.")),
            _f("podpiska", FOOTER, 0.3, *_kb_podpiska()),
            _f("smi", FOOTER, 0.3, (_OLD, "Сетевое издание «Кодовая база». Свидетельство о "
                                          "регистрации СМИ Эл № ФС77-61234 от 14.04.2015.")),
            _f("vozrast", FOOTER, 0.4, (_OLD, "18+")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2014–{year} Кодовая база")),
            _f("ispravleno", HEADER, 0.04, (_OLD, "Исправлено: в первой версии статьи была "
                                                  "неверно указана версия ядра.")),
        ),
    )


# --- a Chinese tech and venture media site ------------------------------------------------

JK_REDESIGN = dt.date(2018, 6, 18)  # relaunched on the 618 shopping festival
JK_ZHUANZAI = dt.date(2017, 3, 1)
JK_APP = dt.date(2019, 3, 1)
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}


def _jk_riqi(day: dt.date) -> str:
    if day < JK_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"{day.year}年{day.month}月{day.day}日 {XINGQI[day.weekday()]} {{time}}"


@cache
def _jk_gonggao() -> Wordings:
    base = _steps((_OLD, "关注极客前哨微信公众号，获取最新科技资讯"),
                  (JK_APP.isoformat(), "📱 下载极客前哨App，随时随地看创投快讯"))
    covid = [_span("2020-02-01", "2020-03-31", "抗击疫情：科技企业复工复产动态持续更新")]
    spring = _movable(lambda y: iso_day(SPRING_FESTIVAL[y]), 1, 6,
                      lambda y: f"{y}年春节假期期间，快讯更新时间有所调整")
    shopping = _yearly("06-18", 7, 0, lambda y: f"{y} 618年中大促：数码产品选购指南")
    shopping += _yearly("11-11", 10, 0, lambda y: f"{y} 双十一：手机、电脑好价汇总")
    return _calendar(base, covid, spring, shopping)


def jikeqianshao_style() -> PublisherStyle:
    """A Chinese tech and venture media site: a column from a pool, the ISO date and time
    turned the date in 年月日 with the weekday on the day of the 2018 618 festival (a
    wording per day), "文｜", a source line from a pool, "推荐阅读：" and "广告" mid-body, a
    funding line from pools, a risk note, a WeChat appeal turned an app appeal and turned by
    the Spring Festival, 618, Singles' Day and the epidemic, an original-content notice
    reworded in 2017, the ICP number and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="jikeqianshao.com", site="极客前哨", base_size=90,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("kuaixun", "chuangtou", "yingjian", "ai", "chuhai"),
        n_authors=8, url_path="/p/{n}.html",
        pools={
            "lanmu": ("快讯", "创投", "硬件", "人工智能", "出海", "汽车科技"),
            "laiyuan": ("极客前哨原创", "新华社", "公司公告", "企业供图"),
            "lunci": ("天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "C轮", "战略融资"),
            "jine": ("数千万元人民币", "近亿元人民币", "数亿元人民币", "数百万美元",
                     "5000万美元"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.88, *_by_day(_jk_riqi)),
            _f("zuozhe", HEADER, 0.55, (_OLD, "文｜{author}")),
            _f("laiyuan", HEADER, 0.25, (_OLD, "来源：{laiyuan}")),
            _f("yuedu", MIDDLE, 0.35, (_OLD, "推荐阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告")),
            _f("rongzi", MIDDLE, 0.2, (_OLD, "融资轮次：{lunci}｜融资金额：{jine}")),
            _f("fengxian", FOOTER, 0.2, (_OLD, "风险提示：本文仅供参考，不构成任何投资建议。")),
            _f("gonggao", FOOTER, 0.3, *_jk_gonggao()),
            _f("zhuanzai", FOOTER, 0.45, (_OLD, "本文为极客前哨原创，未经授权禁止转载。"),
               (JK_ZHUANZAI.isoformat(), "本文系极客前哨原创，如需转载请联系授权，并注明作者"
                                         "及出处。")),
            _f("icp", FOOTER, 0.3, (_OLD, "京ICP备15023871号-2")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} 极客前哨 版权所有")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：此前版本中融资金额有误，现已更正。")),
        ),
    )


# --- a Hindi gadget news site -------------------------------------------------------------

TS_REDESIGN = dt.date(2018, 10, 10)
TS_GOOGLE_NEWS = dt.date(2018, 2, 1)
PHONE_GST = (("2014-01-01", "कीमतों में सभी टैक्स शामिल हैं।"),
             ("2017-07-01", "मोबाइल फोन पर GST: 12%"), ("2020-04-01", "मोबाइल फोन पर GST: 18%"))
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


def _ts_tarikh(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"प्रकाशित: {day.day} {MAAH[day.month - 1]} {day.year}, {{time12}} IST"


@cache
def _ts_soochna() -> Wordings:
    base = _steps((_OLD, "टेक संवाद के YouTube चैनल को सब्सक्राइब करें"),
                  (TS_GOOGLE_NEWS.isoformat(), "📰 टेक संवाद को Google News पर फॉलो करें और "
                                               "पाएं हर टेक अपडेट"))
    news = [
        _span("2016-09-05", "2016-09-30", "Jio लॉन्च: वेलकम ऑफर से जुड़ी हर जानकारी"),
        _span("2016-11-09", "2016-12-31", "नोटबंदी: डिजिटल पेमेंट ऐप्स की पूरी गाइड"),
        _span("2020-06-29", "2020-07-20", "59 चीनी ऐप्स पर बैन: पूरी लिस्ट और उनके विकल्प"),
    ]
    sales = _movable(lambda y: iso_day(DIWALI[y]), 20, -3, lambda y: (
        f"फेस्टिव सेल {y}: स्मार्टफोन और गैजेट्स पर सबसे अच्छे ऑफर"))
    return _calendar(base, news, sales)


def techsamvad_style() -> PublisherStyle:
    """A Hindi gadget news site: a section from a pool, the numeric date turned
    "प्रकाशित:" with the long date and the time in IST on 10 October 2018 (a wording per
    day), the writer's line, "ये भी पढ़ें:", "विज्ञापन" and a phone price line from a pool
    mid-body, the GST on phones (12% from July 2017, 18% from April 2020), a price
    disclaimer, a YouTube appeal turned a Google News appeal and turned by Jio's launch,
    demonetisation, the festive sales before Diwali and the ban on Chinese apps, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="techsamvad.in", site="टेक संवाद", base_size=70,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("mobile", "gadgets", "apps", "telecom", "startup", "tips"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("मोबाइल", "गैजेट्स", "ऐप्स", "टेलीकॉम", "स्टार्टअप", "टिप्स और ट्रिक्स"),
            "phone": ("Redmi Note 8 – ₹9,999", "Samsung Galaxy M31 – ₹15,999",
                      "Realme 6 – ₹12,999", "OnePlus 8 – ₹41,999", "Vivo S1 – ₹17,990"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_ts_tarikh)),
            _f("lekhak", HEADER, 0.5, (_OLD, "द्वारा: {author}")),
            _f("ye-bhi", MIDDLE, 0.35, (_OLD, "ये भी पढ़ें: {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन")),
            _f("keemat", MIDDLE, 0.2, (_OLD, "कीमत: {phone}")),
            _f("gst", FOOTER, 0.15, *table_wordings(PHONE_GST, lambda v: v)),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "डिस्क्लेमर: कीमतें लेख लिखे जाने के समय की "
                                                 "हैं, खरीदने से पहले ई-कॉमर्स साइट पर जांच "
                                                 "लें।")),
            _f("soochna", FOOTER, 0.3, *_ts_soochna()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} टेक संवाद। सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस खबर में पहले फोन की गलत कीमत लिखी "
                                              "गई थी।")),
        ),
    )


# --- a Korean IT and startup news site ----------------------------------------------------

BN_REDESIGN = dt.date(2019, 4, 3)  # relaunched on the day Korea's 5G service opened
BN_NEWSLETTER = dt.date(2018, 1, 8)
SEOLLAL = SPRING_FESTIVAL  # the lunar new year
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}


def _bn_ipryeok(day: dt.date) -> str:
    if day < BN_REDESIGN:
        return f"등록 {day.isoformat()} {{time}}"
    return (f"입력 {day.year}.{day.month:02d}.{day.day:02d} ({YOIL[day.weekday()]}) "
            f"{{time}}")


@cache
def _bn_gongji() -> Wordings:
    base = _steps((_OLD, "바이트노트 페이스북 페이지에서 더 많은 소식을 만나보세요"),
                  (BN_NEWSLETTER.isoformat(), "📮 매주 월요일 아침, 스타트업 소식을 메일로 "
                                              "받아보세요. 바이트노트 뉴스레터 구독하기"))
    news = [
        _span("2019-04-03", "2019-04-14", "5G 상용화: 요금제와 단말기 총정리"),
        _span("2020-02-24", "2020-04-19", "코로나19 재택근무 가이드: 협업 툴 비교"),
    ]
    holidays = _movable(lambda y: iso_day(SEOLLAL[y]), 1, 1,
                        lambda y: f"{y}년 설 연휴 기간에는 기사 업데이트가 늦어질 수 있습니다")
    holidays += _movable(lambda y: iso_day(CHUSEOK[y]), 1, 1,
                         lambda y: f"{y}년 추석 연휴 기간에는 기사 업데이트가 늦어질 수 "
                                   f"있습니다")
    return _calendar(base, news, holidays)


def bytenote_style() -> PublisherStyle:
    """A Korean IT and startup news site: a section from a pool, "등록" with the ISO date
    and the time turned "입력" with the dotted date and the weekday on the day Korea's 5G
    service opened (a wording per day), "기자", "[관련기사]", "광고" and an investment-stage
    line from a pool mid-body, a Facebook appeal turned a newsletter appeal and turned by
    Seollal, Chuseok, the 5G launch and the pandemic, the tips line and the reproduction
    notice (a block), a rare correction."""
    return PublisherStyle(
        domain="bytenote.kr", site="바이트노트", base_size=55,
        subdomains=(("www.", 100),),
        sections=("it", "startup", "mobile", "game", "security"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("IT·과학", "스타트업", "모바일", "게임", "보안"),
            "dangye": ("시드", "프리A", "시리즈A", "시리즈B", "시리즈C"),
        },
        families=(
            _f("bunya", HEADER, 0.45, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.88, *_by_day(_bn_ipryeok)),
            _f("gija", HEADER, 0.55, (_OLD, "{author} 기자")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("tuja", MIDDLE, 0.15, (_OLD, "투자 단계: {dangye}")),
            _f("gongji", FOOTER, 0.3, *_bn_gongji()),
            _f("jebo", FOOTER, 0.3, (_OLD, "기사 제보 및 보도자료: news@bytenote.kr")),
            _f("jeojakgwon", FOOTER, 0.5, (_OLD, "<저작권자 © 바이트노트, 무단전재 및 재배포 "
                                                 "금지>")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 앞서 보도된 기사의 투자 금액을 "
                                                  "바로잡습니다.")),
        ),
    )


# --- an open-source database project's news pages -----------------------------------------

LD_REDESIGN = dt.date(2019, 6, 25)  # the new site went live with the 3.0 release
LD_FORUM = dt.date(2017, 6, 1)
LD_DISCORD = dt.date(2019, 10, 1)
LD_MINORS = (("2014-10-14", "1.6"), ("2015-02-24", "1.7"), ("2015-07-07", "1.8"),
             ("2015-11-17", "1.9"), ("2016-04-05", "1.10"), ("2016-09-13", "1.11"),
             ("2017-02-28", "2.0"), ("2017-08-15", "2.1"), ("2018-01-30", "2.2"),
             ("2018-07-17", "2.3"), ("2019-01-15", "2.4"), ("2019-06-25", "3.0"),
             ("2019-12-10", "3.1"), ("2020-06-16", "3.2"), ("2020-11-24", "3.3"))
FOSDEM = {2015: ("2015-01-31", "2015-02-01"), 2016: ("2016-01-30", "2016-01-31"),
          2017: ("2017-02-04", "2017-02-05"), 2018: ("2018-02-03", "2018-02-04"),
          2019: ("2019-02-02", "2019-02-03"), 2020: ("2020-02-01", "2020-02-02")}


@cache
def lark_releases() -> tuple[tuple[str, str], ...]:
    """The project's releases ((ISO day, version), ...): each minor release, then a patch
    release every three to six weeks until the next minor one."""
    out: list[tuple[str, str]] = []
    for i, (start, minor) in enumerate(LD_MINORS):
        day = iso_day(start)
        end = iso_day(LD_MINORS[i + 1][0]) if i + 1 < len(LD_MINORS) else LAST_DAY
        patch = 0
        while day < end:
            out.append((day.isoformat(), f"{minor}.{patch}"))
            patch += 1
            day += dt.timedelta(days=21 + int((noise(day, "lark") + 1) * 10.5))
    return tuple(out)


def larkconf(y: int) -> dt.date:
    """LarkConf: the second Thursday of October."""
    return nth_weekday(y, 10, 3, 2)


def _ld_posted(day: dt.date) -> str:
    if day < LD_REDESIGN:
        return f"Posted on {day.isoformat()} by {{author}}"
    return f"{{author}} · {MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _ld_latest() -> Wordings:
    released = {version: day for day, version in lark_releases()}
    return table_wordings(lark_releases(), lambda v: (
        f"Latest stable release: LarkDB {v} ({released[v]})"))


@cache
def _ld_events() -> Wordings:
    base = _steps((_OLD, "Follow @larkdb for release announcements"))
    fosdem = events(FOSDEM, 7, 0, lambda y: f"Meet the LarkDB maintainers at FOSDEM {y} in "
                                            f"Brussels")
    conf = _movable(larkconf, 21, 1, lambda y: (
        "LarkConf 2020 goes online: free registration is open" if y == 2020 else
        f"LarkConf {y}: talks, workshops and the roadmap. Registration is open"))
    return _calendar(base, fosdem, conf)


def larkdb_style() -> PublisherStyle:
    """An open-source database project's news pages: a category from a pool, "Posted on"
    with the ISO date and the writer turned the writer with the long date when the 3.0
    release launched the new site (a wording per day), the latest stable release and its
    date (a wording from each release, minor and patch), a backport note mid-body, the
    download links, the sponsors from a pool, a community line turned from IRC to a forum
    in 2017 and to Discord in 2019, a follow line turned by FOSDEM and the project's own
    conference (online in 2020), the licence line reworded on the 3.0 relicensing, the
    copyright line, a rare erratum."""
    return PublisherStyle(
        domain="larkdb.org", site="LarkDB", base_size=40,
        subdomains=(("", 70), ("blog.", 30)),
        sections=("release", "community", "security", "engineering"),
        n_authors=6, url_path="/news/{yyyy}/{mm}/{slug}/",
        pools={
            "category": ("Release", "Community", "Security", "Engineering"),
            "sponsor": ("Nimbus Hosting", "Acre Cloud", "Quarry Analytics", "Petrel Systems",
                        "Fernhill University"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("posted", HEADER, 0.85, *_by_day(_ld_posted)),
            _f("latest", HEADER, 0.35, *_ld_latest()),
            _f("backport", MIDDLE, 0.12, (_OLD, "Security fixes are backported to the two most "
                                                "recent minor releases only.")),
            _f("download", FOOTER, 0.3, (_OLD, "Download · Documentation · Changelog · "
                                               "GitHub")),
            _f("sponsors", FOOTER, 0.3, (_OLD, "LarkDB development is supported by "
                                               "{sponsor_list}. Thank you!")),
            _f("community", FOOTER, 0.35,
               (_OLD, "Questions? Join us in #larkdb on Freenode or write to the mailing "
                      "list."),
               (LD_FORUM.isoformat(), "Questions? Ask on the LarkDB forum at "
                                      "discuss.larkdb.org."),
               (LD_DISCORD.isoformat(), "Questions? Join the LarkDB Discord or ask on "
                                        "discuss.larkdb.org.")),
            _f("events", FOOTER, 0.25, *_ld_events()),
            _f("license", FOOTER, 0.3,
               (_OLD, "LarkDB is free software, released under the BSD 3-Clause License."),
               (LD_REDESIGN.isoformat(), "LarkDB is open source under the Apache License "
                                         "2.0; see LICENSE and NOTICE in the repository.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2014-{year} The LarkDB Authors. Website "
                                                 "content licensed CC BY 4.0.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: the first version of this post listed "
                                              "the wrong default port.")),
        ),
    )


# --- a British startup and venture newsletter's web archive -------------------------------

RW_LAUNCH = dt.date(2013, 9, 5)  # the first issue, a Thursday
RW_GDPR = dt.date(2018, 5, 25)
RW_READERS = (("2014-01-01", "12,000"), ("2015-01-01", "18,000"), ("2016-01-01", "26,000"),
              ("2017-01-01", "34,000"), ("2018-01-01", "41,000"), ("2019-01-01", "47,000"),
              ("2020-01-01", "52,000"))
LONDON_TECH_WEEK = {2015: ("2015-06-15", "2015-06-19"), 2016: ("2016-06-13", "2016-06-17"),
                    2017: ("2017-06-12", "2017-06-16"), 2018: ("2018-06-11", "2018-06-15"),
                    2019: ("2019-06-10", "2019-06-14"), 2020: ("2020-09-07", "2020-09-11")}
SLUSH = {2015: ("2015-11-11", "2015-11-12"), 2016: ("2016-11-30", "2016-12-01"),
         2017: ("2017-11-30", "2017-12-01"), 2018: ("2018-12-04", "2018-12-05"),
         2019: ("2019-11-21", "2019-11-22")}


def christmas_break(day: dt.date) -> bool:
    """The newsletter skips the Thursdays from 24 December to 3 January."""
    return (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 3)


@cache
def issue_days() -> tuple[dt.date, ...]:
    """The Thursdays an issue went out, from the first one."""
    out, day = [], RW_LAUNCH
    while day <= LAST_DAY:
        if not christmas_break(day):
            out.append(day)
        day += 7 * ONE
    return tuple(out)


def issue_on(day: dt.date) -> tuple[int, dt.date]:
    """The number and the day of the latest issue out on `day`."""
    days = issue_days()
    i = bisect_right(days, day)
    return i, days[i - 1]


def _rw_issue(day: dt.date) -> str:
    number, sent = issue_on(day)
    return (f"Runway Weekly · Issue #{number} · {sent.day} {MONTHS[sent.month - 1]} "
            f"{sent.year}")


@cache
def _rw_events() -> Wordings:
    base = _steps((_OLD, "Got a tip or a round to announce? Just hit reply."))
    news = [
        _span("2016-06-24", "2016-07-10", "Brexit and your startup: our reading list for "
                                          "founders"),
        _span("2020-03-16", "2020-06-30", "Fundraising in a pandemic: our survival guide for "
                                          "founders"),
    ]
    weeks = events(LONDON_TECH_WEEK, 7, 0, lambda y: (
        "London Tech Week 2020 is virtual: join our online founders' breakfast" if y == 2020
        else f"London Tech Week {y}: come to our founders' breakfast on the Tuesday"))
    weeks += events(SLUSH, 10, 0, lambda y: f"Heading to Slush {y} in Helsinki? Reply and "
                                            f"say hello")
    return _calendar(base, news, weeks)


def runwayweekly_style() -> PublisherStyle:
    """A British startup and venture newsletter's web archive: the issue number and day (a
    wording per week, from each Thursday, none over Christmas), "Forwarded this email?",
    "Presented by" a sponsor from a pool, deal lines from a pool up to twice and a job-board
    line mid-body, the readership (changing each January), a tips line turned by London
    Tech Week, Slush, Brexit and the pandemic, a not-investment-advice line, the
    unsubscribe line reworded for the GDPR and the address (a block), a rare correction."""
    return PublisherStyle(
        domain="runwayweekly.co", site="Runway Weekly", base_size=30,
        subdomains=(("", 100),),
        sections=("issues",),
        n_authors=2, url_path="/issues/{slug}",
        pools={
            "sponsor": ("Ledgerline, the finance stack for seed-stage teams",
                        "Hatchpad, flexible desks in Shoreditch and Manchester",
                        "Capwise, cap tables your lawyer will thank you for"),
            "deal": ("Tillo raised £4m (seed) from Fernhill Ventures",
                     "Brightcart raised £12m (Series A) led by Northstar Capital",
                     "Medisync raised $30m (Series B) led by Harbour Partners",
                     "Greengrid raised £1.5m (pre-seed) from angels",
                     "Payloom raised €18m (Series A) led by Atlas Ventures"),
        },
        families=(
            _f("issue", HEADER, 0.8, *_by_day(_rw_issue)),
            _f("forwarded", HEADER, 0.35, (_OLD, "Forwarded this email? Subscribe here for "
                                                 "free.")),
            _f("presented", HEADER, 0.4, (_OLD, "Presented by {sponsor}")),
            _f("deal", MIDDLE, 0.3, (_OLD, "💰 {deal}"), count=2),
            _f("jobs", MIDDLE, 0.15, (_OLD, "Hiring? Post a role on the Runway job board, as "
                                            "{count} startups already have.")),
            _f("readers", FOOTER, 0.3, *table_wordings(RW_READERS, lambda v: (
                f"Join {v} founders, operators and investors who read Runway Weekly every "
                f"Thursday."))),
            _f("events", FOOTER, 0.25, *_rw_events()),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Nothing in this newsletter is investment "
                                                 "advice. The editors may hold stakes in "
                                                 "companies mentioned.")),
            _f("unsubscribe", FOOTER, 0.55,
               (_OLD, "You are receiving this because you signed up at runwayweekly.co. "
                      "Unsubscribe"),
               (RW_GDPR.isoformat(), "You are receiving this because you opted in at "
                                     "runwayweekly.co. We updated our privacy notice on 25 "
                                     "May 2018. Unsubscribe · Manage preferences")),
            _f("address", FOOTER, 0.45, (_OLD, "Runway Weekly Ltd, 3rd Floor, 12 Old Street, "
                                               "London EC1V 9BD, United Kingdom")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's issue gave the "
                                                  "wrong size for a seed round.")),
        ),
    )


# --- an Australian gadget review blog -----------------------------------------------------

GP_REDESIGN = dt.date(2017, 10, 1)  # relaunched on the first day of daylight saving 2017
GP_GST = dt.date(2018, 7, 1)  # GST on low-value imported goods
CLICK_FRENZY = {2015: "2015-11-17", 2016: "2016-11-15", 2017: "2017-11-14",
                2018: "2018-11-13", 2019: "2019-11-12", 2020: "2020-11-10"}


def _gp_dated(day: dt.date) -> str:
    if day < GP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{time12}} {sydney_zone(day)}"


@cache
def _gp_sales() -> Wordings:
    base = _steps((_OLD, "Follow Gizmo Paddock on Instagram for unboxings"))
    fires = [_span("2020-01-03", "2020-01-31", "Bushfire season: the apps that help you stay "
                                              "informed and safe")]
    eofy = _yearly("06-30", 14, 0, lambda y: f"EOFY sales {y}: the tech bargains worth your "
                                             f"money")
    frenzy = _movable(lambda y: iso_day(CLICK_FRENZY[y]), 1, 1,
                      lambda y: f"Click Frenzy {y}: our live deals blog")
    boxing = _yearly("12-26", 1, 1, lambda y: f"Boxing Day {y}: the best tech sales")
    return _calendar(base, fires, eofy, frenzy, boxing)


def gizmopaddock_style() -> PublisherStyle:
    """An Australian gadget review blog: the numeric date turned the long date with the time
    in Sydney's standard or daylight time on the first day of daylight saving 2017 (a
    wording per day), "Words:", a review-unit disclosure with the vendor from a pool, a
    score and a recommended retail price from pools mid-body, an affiliate note, the prices
    line reworded when GST came to low-value imports, an Instagram line turned by the EOFY
    sales, Click Frenzy, Boxing Day and the bushfires, the copyright line, a rare update."""
    return PublisherStyle(
        domain="gizmopaddock.com.au", site="Gizmo Paddock", base_size=25,
        subdomains=(("www.", 100),),
        sections=("reviews", "phones", "audio", "wearables"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "vendor": ("Samsung Australia", "Oppo Australia", "JB Hi-Fi", "Sony Australia",
                       "Garmin"),
            "score": ("6", "7", "7.5", "8", "8.5", "9"),
            "rrp": ("A$1,499", "A$349", "A$99", "A$2,199", "A$649"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_gp_dated)),
            _f("author", HEADER, 0.5, (_OLD, "Words: {author}")),
            _f("supplied", HEADER, 0.3, (_OLD, "Review unit supplied by {vendor}. Brands never "
                                               "see our reviews before they're published.")),
            _f("score", MIDDLE, 0.3, (_OLD, "Our score: {score}/10")),
            _f("rrp", MIDDLE, 0.25, (_OLD, "RRP: {rrp}")),
            _f("affiliate", FOOTER, 0.3, (_OLD, "Gizmo Paddock may earn a commission if you "
                                                "buy through our links.")),
            _f("gst", FOOTER, 0.15,
               (_OLD, "Prices are in Australian dollars and include GST."),
               (GP_GST.isoformat(), "Prices are in Australian dollars and include GST, which "
                                    "now also applies to overseas purchases under "
                                    "A$1,000.")),
            _f("sales", FOOTER, 0.2, *_gp_sales()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Gizmo Paddock Pty Ltd (ABN 51 824 "
                                                 "753 556)")),
            _f("update", HEADER, 0.04, (_OLD, "Update: we retested the battery after a "
                                              "firmware update.")),
        ),
    )


def heldout132_styles() -> list[PublisherStyle]:
    """The held-back-132 styles, in the order the generator hands them to publishers."""
    return [
        circuitledger_style(), techniktakt_style(), stackharbor_style(), zapnumerique_style(),
        radarstartup_style(), kodobaza_style(), jikeqianshao_style(), techsamvad_style(),
        bytenote_style(), larkdb_style(), runwayweekly_style(), gizmopaddock_style(),
    ]
