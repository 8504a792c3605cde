"""The ``held-back-161`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-160 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"not legal advice" line or an advertisement marker. The publishers are law firms' client
alerts, legal-news sites, a court-reporting service and bar-association bulletins in English,
German, French, Spanish, Portuguese and Japanese: an American legal-news site, an American
law firm's client alerts, a German legal-news site, a French legal-news letter, a Spanish
legal-news site, a Brazilian legal-news site, a Japanese legal-news site, an American
court-reporting firm's blog, an American county bar association's bulletin, a British
solicitors' firm's briefings, a Mexican law firm's bulletins and a Japanese law firm's
newsletter. The families are the kinds a crawl of such sites holds: dates localised day by
day in English (with Eastern daylight and standard time), German, French (with "1er"),
Spanish (Mexico City's dateline renamed from "México, D.F." in January 2016), Portuguese and
Japanese (the Western year turned the Heisei era and then the Reiwa era on 1 May 2019),
several changing form on the day of a redesign; lines that turn every day (the Spanish
state-of-alarm suspension of procedural time limits counted day by day, the French lawyers'
pension strike counted day by day, countdowns to Brazil's new Code of Civil Procedure, to the
Japanese bar exam and to Japan's revised Civil Code) and every month (a bulletin's issue and
volume, a newsletter's number, a submission deadline); attorney-advertising notices and
"not legal advice" disclaimers reworded between 2016 and 2019, privacy lines reworded on the
GDPR's day and for the LGPD, the SRA's digital badge; case numbers, court decisions,
Aktenzeichen, processos and 事件番号 from pools; subscription gates whose prices change over
the years (with Germany's 2020 VAT cut and Japan's 2019 consumption-tax rise), dues, CLE late
fees, transcript page rates, Mexico's UMA each February, office lists that grow; notices
that follow the calendars of the law (the Supreme Court's October terms and opinion seasons,
confirmation hearings, CLE and continuing-education deadlines, the German FAO year, the
Juristentag, beA and the GDPR, the Macron ordinances, Spain's non-working August and its
working August of 2020, 24 and 31 December, Brazil's forensic recess, the Japanese bar exam
and its 2020 postponement, Brexit's deadlines, the Tax Cuts and Jobs Act, the CCPA, Mexico's
2019 labour reform and the USMCA, courts' closures in the 2020 pandemic, US federal holidays
as a reporting firm's office closures); related links, case lines, CLE offers and
advertisement markers mid-body (some up to two times); multi-line blocks (disclaimer,
privacy, offices and copyright; imprints), bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
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
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WT_KURZ = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
REIWA = dt.date(2019, 5, 1)

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


def us_daylight(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on `day` (second Sunday of March to the
    first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def wareki(day: dt.date) -> str:
    """The Japanese era year of `day`: Heisei to 30 April 2019, then Reiwa (its first year
    written 元年)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return f"令和{'元' if n == 1 else n}年"


def fr_day(day: dt.date) -> str:
    """The day of the month as French sites print it: "1er", then "2", "3"..."""
    return "1er" if day.day == 1 else str(day.day)


def observed(day: dt.date) -> dt.date:
    """A US federal holiday's observed day: Friday for a Saturday, Monday for a Sunday."""
    if day.weekday() == 5:
        return day - ONE
    if day.weekday() == 6:
        return day + ONE
    return day


def federal_holidays(y: int) -> list[tuple[dt.date, str]]:
    """The US federal holidays of year `y` a reporting firm closes for, on their observed
    days."""
    return [
        (observed(dt.date(y, 1, 1)), "New Year's Day"),
        (nth_weekday(y, 1, 0, 3), "Martin Luther King Jr. Day"),
        (nth_weekday(y, 2, 0, 3), "Presidents' Day"),
        (last_weekday(y, 5, 0), "Memorial Day"),
        (observed(dt.date(y, 7, 4)), "Independence Day"),
        (nth_weekday(y, 9, 0, 1), "Labor Day"),
        (thanksgiving(y), "Thanksgiving"),
        (observed(dt.date(y, 12, 25)), "Christmas Day"),
    ]


def first_monday_of_october(y: int) -> dt.date:
    """The day the US Supreme Court's term opens."""
    return nth_weekday(y, 10, 0, 1)


# --- an American legal-news site ----------------------------------------------------------

BB_REDESIGN = dt.date(2018, 9, 4)  # relaunched the day after Labor Day
BB_NEWSLETTER = dt.date(2017, 3, 1)
BB_GATE = (("2013-01-01", "Subscribe to keep reading: $24.95 a month, cancel anytime."),
           ("2016-07-01", "Subscribe to keep reading: $29.95 a month, cancel anytime."),
           ("2019-01-07", "Already a subscriber? Log in. Not yet? Get full access for $34.95 "
                          "a month."))
HEARINGS = (("2017-03-20", "2017-03-23", "Gorsuch"), ("2018-09-04", "2018-09-07", "Kavanaugh"),
            ("2020-10-12", "2020-10-15", "Barrett"))


def _bb_dated(day: dt.date) -> str:
    if day < BB_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} {zone}"


@cache
def _bb_docket() -> Wordings:
    base = _steps((_OLD, "Get The Morning Docket, our free daily newsletter"),
                  (BB_NEWSLETTER.isoformat(), "☕ The Morning Docket: the day's legal news "
                                              "before 7 a.m. ET. Sign up free"))
    pandemic = [_span("2020-03-16", "2020-06-30", "🦠 COVID-19 and the courts: our tracker of "
                                                  "closures, continuances and remote "
                                                  "hearings")]
    hearings = [_span(first, last, f"🔴 Live: the {name} confirmation hearings, day by day")
                for first, last, name in HEARINGS]
    terms = [(first_monday_of_october(y) - 4 * ONE, first_monday_of_october(y) + ONE,
              f"🏛️ October Term {y} opens Monday, October {first_monday_of_october(y).day}: "
              f"read our term preview") for y in YEARS]
    opinions = [_span(f"{y}-06-15", f"{y}-06-30", "⚖️ Opinion season: every remaining Supreme "
                                                  "Court decision, as it lands")
                for y in range(2015, 2020)]
    opinions.append(_span("2020-07-01", "2020-07-09", "⚖️ Opinion season: every remaining "
                                                      "Supreme Court decision, as it lands"))
    return _calendar(base, pandemic, hearings, terms, opinions)


def benchandbriefs_style() -> PublisherStyle:
    """An American legal-news site: a topic kicker from a pool, the long date turned
    "Updated ... at" with the time and Eastern daylight or standard time the day after Labor
    Day 2018 (a wording per day), "By" turned the writer and the beat, a subscription gate
    whose monthly price rose in 2016 and 2019 (reworded then), "Case:" with a caption and
    docket number from a pool, "Related:" and "Advertisement" (up to twice) mid-body, "Read
    the opinion", a newsletter line reworded and turned by the Supreme Court's October terms,
    its June opinion seasons, three confirmation hearings and the pandemic's court closures,
    the publisher and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="benchandbriefs.com", site="Bench & Briefs", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("litigation", "appellate", "regulatory", "in-house", "legal-tech",
                  "big-law"),
        n_authors=9, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Litigation", "Appellate", "Regulatory", "In-House", "Legal Tech",
                       "Big Law", "Courts", "Lateral Moves"),
            "beat": ("Senior Litigation Reporter", "Supreme Court Correspondent",
                     "Legal Tech Editor", "Staff Reporter", "Big Law Reporter"),
            "case": ("Delmar Holdings v. Pruitt, No. 17-1182 (3d Cir.)",
                     "In re Caldwell Pharmacy Litigation, MDL No. 2711",
                     "State of Ohio v. Renfrow, No. CR-2016-0419",
                     "Asante v. Meridian Health Systems, No. 1:18-cv-02271 (S.D.N.Y.)",
                     "United States v. Kessler, No. 19-cr-00388 (D.N.J.)",
                     "Whitcombe v. Harlan County, No. 16-5530 (6th Cir.)"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_bb_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (BB_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("gate", HEADER, 0.3, *by_table(BB_GATE, lambda v: v)),
            _f("case", MIDDLE, 0.3, (_OLD, "Case: {case}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("opinion", MIDDLE, 0.15, (_OLD, "Read the opinion (PDF)")),
            _f("docket", FOOTER, 0.3, *_bb_docket()),
            _f("publisher", FOOTER, 0.35, (_OLD, "Bench & Briefs is published by Lectern "
                                                 "Media Group, New York.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Lectern Media Group LLC. All rights "
                                                "reserved. Reprints & permissions")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "story misidentified the court that issued "
                                                  "the ruling.")),
        ),
    )


# --- an American law firm's client alerts -------------------------------------------------

HC_REDESIGN = dt.date(2017, 2, 6)
HC_DISCLAIMER = dt.date(2018, 1, 2)
GDPR_DAY = dt.date(2018, 5, 25)
HC_OFFICES = (("2012-01-01", "Boston | Chicago | London | New York | Washington, D.C."),
              ("2016-09-01", "Boston | Chicago | Frankfurt | London | New York | Washington, "
                             "D.C."),
              ("2018-04-02", "Boston | Chicago | Frankfurt | London | New York | Silicon Valley "
                             "| Washington, D.C."),
              ("2020-01-13", "Boston | Chicago | Frankfurt | London | New York | Silicon Valley "
                             "| Singapore | Washington, D.C."))


def _hc_dated(day: dt.date) -> str:
    if day < HC_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _hc_banner() -> Wordings:
    base = _steps((_OLD, "Subscribe to Halloran Crane insights and event invitations"))
    news: list[Event] = [
        _span("2017-12-18", "2018-01-12", "Tax Cuts and Jobs Act: our guidance on the changes "
                                          "that take effect January 1"),
        _span("2018-05-01", "2018-05-31", "GDPR: a compliance checklist for US companies "
                                          "before May 25"),
        _span("2019-03-18", "2019-03-31", "Brexit: what the March 29 deadline means for your "
                                          "contracts"),
        _span("2019-10-21", "2019-11-03", "Brexit: what the October 31 deadline means for "
                                          "your contracts"),
        _span("2019-12-16", "2020-01-10", "The CCPA takes effect January 1, 2020: are you "
                                          "ready?"),
        _span("2020-01-24", "2020-02-02", "Brexit: the UK leaves the EU on January 31; the "
                                          "transition period begins"),
        (dt.date(2020, 3, 12), None, "COVID-19 Resource Center: guidance for employers, "
                                     "lenders and boards"),
    ]
    return _calendar(base, news)


def halloran_style() -> PublisherStyle:
    """An American law firm's client alerts: the kind of publication from a pool, the AP-style
    date turned the weekday and the long date on 6 February 2017 (a wording per day),
    "ATTORNEY ADVERTISING" reworded with prior results, the authors turned the contacts, a
    banner turned by tax reform, the GDPR, Brexit's deadlines, the CCPA and the pandemic's
    resource center, a webinar offer with CLE credit mid-body, practice areas from a pool,
    the not-legal-advice disclaimer reworded in 2018, the unsubscribe line turned a privacy
    notice on the GDPR's day, the offices (growing in 2016, 2018 and 2020), the copyright
    and the partnership lines (a block), a rare update."""
    return PublisherStyle(
        domain="hallorancrane.com", site="Halloran Crane", base_size=220,
        subdomains=(("www.", 100),),
        sections=("insights", "client-alerts", "events"),
        n_authors=10, url_path="/insights/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Client Alert", "Legal Update", "Insight", "Webinar Recap",
                     "Regulatory Update"),
            "practice": ("Antitrust", "Capital Markets", "Employment", "Privacy & "
                         "Cybersecurity", "Securities Litigation", "Tax", "White Collar"),
        },
        families=(
            _f("kind", HEADER, 0.55, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.9, *_by_day(_hc_dated)),
            _f("advertising", HEADER, 0.7, (_OLD, "ATTORNEY ADVERTISING"),
               (HC_REDESIGN.isoformat(), "Attorney Advertising. Prior results do not "
                                         "guarantee a similar outcome.")),
            _f("authors", HEADER, 0.6, (_OLD, "Authors: {author} and {author2}"),
               (HC_REDESIGN.isoformat(), "Contacts: {author}, Partner · {author2}, "
                                         "Counsel")),
            _f("banner", HEADER, 0.2, *_hc_banner()),
            _f("webinar", MIDDLE, 0.15, (_OLD, "Join our webinar on this topic. CLE credit is "
                                               "pending in CA, IL, NJ and NY.")),
            _f("practice", FOOTER, 0.35, (_OLD, "Practice areas: {practice_list}")),
            _f("disclaimer", FOOTER, 0.75,
               (_OLD, "This alert is for general information only and is not legal advice."),
               (HC_DISCLAIMER.isoformat(), "This publication is provided for general "
                                           "information purposes only. It does not constitute "
                                           "legal advice or create an attorney-client "
                                           "relationship.")),
            _f("privacy", FOOTER, 0.35,
               (_OLD, "To unsubscribe from Halloran Crane communications, reply to this email "
                      "with \"unsubscribe\"."),
               (GDPR_DAY.isoformat(), "We process your personal data as described in our "
                                      "Privacy Notice. To unsubscribe or update your "
                                      "preferences, visit our subscription center.")),
            _f("offices", FOOTER, 0.3, *by_table(HC_OFFICES, lambda v: v)),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Halloran Crane LLP. All rights "
                                                 "reserved.")),
            _f("llp", FOOTER, 0.3, (_OLD, "Halloran Crane LLP is a limited liability "
                                          "partnership organized under the laws of the State "
                                          "of New York.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this alert was revised after the agency "
                                              "published its final rule.")),
        ),
    )


# --- a German legal-news site -------------------------------------------------------------

RB_REDESIGN = dt.date(2017, 10, 2)
RB_HINWEIS = dt.date(2019, 3, 1)
RB_PLUS = (("2014-01-01", "7,90 € (inkl. 19 % MwSt.)"), ("2017-10-02", "9,90 € (inkl. 19 % "
                                                                       "MwSt.)"),
           ("2020-07-01", "9,65 € (inkl. 16 % MwSt.)"), ("2021-01-01", "9,90 € (inkl. 19 % "
                                                                       "MwSt.)"))


def _rb_datum(day: dt.date) -> str:
    if day < RB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WT_KURZ[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"


@cache
def _rb_hinweis() -> Wordings:
    base = _steps((_OLD, "Der RechtsBlick-Newsletter: jeden Morgen kostenlos ins Postfach"))
    news = [
        _span("2016-09-13", "2016-09-16", "71. Deutscher Juristentag in Essen: Wir berichten "
                                          "live"),
        _span("2017-12-18", "2018-01-07", "beA: Was ab dem 1. Januar 2018 für Anwältinnen und "
                                          "Anwälte gilt"),
        _span("2018-05-14", "2018-06-03", "DSGVO gilt ab 25. Mai 2018: Unser Dossier für "
                                          "Kanzleien"),
        _span("2018-09-26", "2018-09-28", "72. Deutscher Juristentag in Leipzig: Wir berichten "
                                          "live"),
        _span("2020-03-16", "2020-05-31", "Corona und Recht: Unser Live-Blog zu Fristen, "
                                          "Kurzarbeit und Mietrecht"),
    ]
    fortbildung = _yearly("12-31", 45, 0, lambda y: f"Fortbildungsjahr {y} endet am 31. "
                                                    f"Dezember: Stunden nach § 15 FAO jetzt "
                                                    f"online nachholen")
    return _calendar(base, news, fortbildung)


def rechtsblick_style() -> PublisherStyle:
    """A German legal-news site: a field of law from a pool, the numeric date turned the short
    weekday and the time on 2 October 2017 (a wording per day), "Von" turned the writer and
    the newsroom, a court decision with its Aktenzeichen from a pool, "Anzeige" (up to
    twice) and "Mehr zum Thema:" mid-body, a subscription gate whose price rose in 2017 and
    followed the VAT cut of July 2020 and its end, a not-legal-advice line reworded in 2019,
    a newsletter line turned by the Juristentage, beA, the GDPR, the pandemic and each
    December's end of the FAO continuing-education year, the imprint and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="rechtsblick.de", site="RechtsBlick", base_size=195,
        subdomains=(("www.", 100),),
        sections=("arbeitsrecht", "mietrecht", "strafrecht", "verfassungsrecht", "datenschutz",
                  "kanzlei"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Arbeitsrecht", "Mietrecht", "Strafrecht", "Verfassungsrecht",
                       "Datenschutz", "Steuerrecht", "Kanzlei & Beruf"),
            "entscheidung": ("BGH, Urt. v. 12.07.2017 – VIII ZR 214/16",
                             "BAG, Urt. v. 19.02.2019 – 9 AZR 423/16",
                             "BVerfG, Beschl. v. 06.11.2019 – 1 BvR 16/13",
                             "OLG Köln, Beschl. v. 09.03.2018 – 6 U 93/17",
                             "EuGH, Urt. v. 01.10.2019 – C-673/17",
                             "LG Berlin, Urt. v. 14.02.2018 – 65 S 253/17"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_rb_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (RB_REDESIGN.isoformat(), "{author}, Redaktion RechtsBlick")),
            _f("entscheidung", MIDDLE, 0.3, (_OLD, "{entscheidung}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("plus", HEADER, 0.25, *by_table(RB_PLUS, lambda v: (
                f"Weiterlesen mit RechtsBlick Plus: {v} im Monat, monatlich kündbar"))),
            _f("rechtsberatung", FOOTER, 0.6,
               (_OLD, "Dieser Beitrag ersetzt keine Rechtsberatung."),
               (RB_HINWEIS.isoformat(), "Hinweis: Unsere Beiträge geben einen allgemeinen "
                                        "Überblick und ersetzen keine Beratung durch eine "
                                        "Rechtsanwältin oder einen Rechtsanwalt.")),
            _f("hinweis", FOOTER, 0.3, *_rb_hinweis()),
            _f("impressum", FOOTER, 0.3, (_OLD, "RechtsBlick ist ein Angebot der Justitia "
                                                "Fachverlag GmbH, Köln.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Justitia Fachverlag GmbH. Alle "
                                                 "Rechte vorbehalten.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war das "
                                                 "Aktenzeichen falsch angegeben.")),
        ),
    )


# --- a French legal-news letter -----------------------------------------------------------

LD_REDESIGN = dt.date(2019, 9, 2)  # relaunched for the rentrée
LD_CONSULTATION = dt.date(2017, 1, 9)
LD_QUOTIDIENNE = dt.date(2018, 1, 8)
LD_ABONNES = (("2014-01-01", "Cet article est réservé aux abonnés. Abonnez-vous : 9,90 € par "
                             "mois."),
              ("2018-01-08", "Cet article est réservé aux abonnés. Abonnez-vous : 12,90 € par "
                             "mois."),
              ("2019-09-02", "Article réservé aux abonnés · Offre découverte : 1 € le premier "
                             "mois, puis 14,90 €."))
STRIKE_AVOCATS = (dt.date(2020, 1, 6), dt.date(2020, 2, 16))


def _ld_date(day: dt.date) -> str:
    if day < LD_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Le {JOURS[day.weekday()]} {fr_day(day)} {MOIS[day.month - 1]} {day.year} à {{time}}"


def _ld_alerte(day: dt.date) -> str:
    start, end = STRIKE_AVOCATS
    if start <= day <= end:
        n = (day - start).days + 1
        return (f"Grève des avocats contre la réforme des retraites : jour {n}, audiences "
                f"renvoyées dans de nombreux barreaux")
    if dt.date(2020, 3, 17) <= day <= dt.date(2020, 5, 10):
        return ("Confinement : les juridictions n'assurent plus que les contentieux "
                "essentiels")
    if dt.date(2017, 9, 22) <= day <= dt.date(2017, 10, 6):
        return "Ordonnances Macron : notre dossier sur la réforme du Code du travail"
    if dt.date(2018, 5, 14) <= day <= dt.date(2018, 6, 3):
        return "RGPD : ce qui change le 25 mai 2018 pour les cabinets et les entreprises"
    if day >= LD_QUOTIDIENNE:
        return "📩 La Lettre du Droit quotidienne : l'actualité juridique chaque matin à 7 h"
    return "Recevez La Lettre du Droit chaque lundi dans votre boîte mail"


@cache
def _ld_formation() -> Wordings:
    base = _steps((_OLD, "Formation continue : nos webinaires sont validés au titre de la "
                         "formation des avocats"))
    declaration = _yearly("01-31", 61, 0, lambda y: f"Formation continue {y - 1} : déclarez "
                                                    f"vos heures à votre barreau avant le 31 "
                                                    f"janvier {y}", years=range(2015, 2022))
    return _calendar(base, declaration)


def lettredudroit_style() -> PublisherStyle:
    """A French legal-news letter: a field of law from a pool, "Publié le" with the numeric
    date turned the weekday, the long date (with "1er") and the time for the 2019 rentrée
    (a wording per day), "Par" with the writer and the bar from a pool, a court decision's
    reference from a pool, "À lire aussi :" and "Publicité" (up to twice) mid-body, a
    subscribers-only gate whose price rose in 2018 and turned a one-euro offer in 2019, a
    not-a-legal-consultation line reworded in 2017, an alert line reworded in 2018 and turned
    by the Macron ordinances, the GDPR, the lawyers' pension strike counted day by day and
    the lockdown, each winter's reminder to declare continuing-education hours by 31
    January, the reproduction and copyright lines (a block), a rare erratum."""
    return PublisherStyle(
        domain="lettredudroit.fr", site="La Lettre du Droit", base_size=170,
        subdomains=(("www.", 100),),
        sections=("affaires", "social", "penal", "contentieux", "profession", "public"),
        n_authors=7, url_path="/actualites/{section}/{slug}",
        pools={
            "rubrique": ("Droit des affaires", "Droit social", "Pénal", "Contentieux",
                         "Profession d'avocat", "Droit public"),
            "barreau": ("Paris", "Lyon", "Bordeaux", "Lille", "Marseille", "Nantes"),
            "decision": ("Cass. soc., 13 septembre 2017, n° 16-13.578",
                         "Cass. civ. 1re, 4 juillet 2018, n° 17-20.281",
                         "CE, 10 avril 2019, n° 411320",
                         "Cass. com., 9 janvier 2019, n° 17-21.453",
                         "CA Paris, pôle 5, ch. 11, 22 mars 2018, n° 16/05512"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ld_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}, avocat au barreau de {barreau}")),
            _f("reference", MIDDLE, 0.25, (_OLD, "Référence : {decision}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("abonnes", HEADER, 0.25, *by_table(LD_ABONNES, lambda v: v)),
            _f("consultation", FOOTER, 0.5,
               (_OLD, "Cet article ne constitue pas une consultation juridique."),
               (LD_CONSULTATION.isoformat(), "Les informations publiées par La Lettre du Droit "
                                             "sont d'ordre général et ne constituent pas une "
                                             "consultation juridique.")),
            _f("alerte", HEADER, 0.2, *_by_day(_ld_alerte)),
            _f("formation", FOOTER, 0.2, *_ld_formation()),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans l'autorisation de "
                                                   "l'éditeur.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} La Lettre du Droit – Éditions "
                                                 "Portalis")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article indiquait un mauvais numéro de "
                                               "pourvoi.")),
        ),
    )


# --- a Spanish legal-news site ------------------------------------------------------------

AF_REDESIGN = dt.date(2018, 1, 8)
AF_ASESORAMIENTO = dt.date(2019, 4, 1)
ALARMA = (dt.date(2020, 3, 14), dt.date(2020, 6, 3))  # procedural time limits suspended
AGOSTO_HABIL = (dt.date(2020, 8, 11), dt.date(2020, 8, 31))
AF_PRECIO = (("2014-01-01", "6,99 €"), ("2017-09-01", "8,99 €"), ("2020-02-01", "9,99 €"))


def _af_fecha(day: dt.date) -> str:
    if day < AF_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h")


def _af_plazos(day: dt.date) -> str:
    start, end = ALARMA
    if start <= day <= end:
        return (f"Estado de alarma: plazos procesales suspendidos (día {(day - start).days + 1}"
                f")")
    if AGOSTO_HABIL[0] <= day <= AGOSTO_HABIL[1]:
        return ("Agosto de 2020: los días 11 a 31 son hábiles para las actuaciones judiciales "
                "(Real Decreto-ley 16/2020)")
    if day.month == 8:
        return ("Agosto es inhábil a efectos procesales: los plazos se reanudan el 1 de "
                "septiembre")
    if day.month == 12 and day.day in (24, 31):
        return f"Hoy, {day.day} de diciembre, es día inhábil a efectos procesales"
    return f"Calcule sus plazos procesales con el calendario de días hábiles de {day.year}"


def actualidadforense_style() -> PublisherStyle:
    """A Spanish legal-news site: a section from a pool, the numeric date turned the weekday,
    the long date and the time on 8 January 2018 (a wording per day), "Por", a court
    decision from a pool, "Noticia relacionada:" and "Publicidad" (up to twice) mid-body, a
    time-limits line (a wording per day: the calendar of the year, each non-working August,
    24 and 31 December, the state of alarm's suspension counted day by day, the working days
    of August 2020), a subscription gate whose price rose in 2017 and 2020, a
    not-legal-advice line reworded in 2019, an unsubscribe line turned a data-protection line
    on the GDPR's day, the copyright line, a rare rectification."""
    return PublisherStyle(
        domain="actualidadforense.es", site="Actualidad Forense", base_size=150,
        subdomains=(("www.", 100),),
        sections=("tribunales", "abogacia", "laboral", "penal", "mercantil"),
        n_authors=6, url_path="/{section}/{slug}_{n}.html",
        pools={
            "seccion": ("Tribunales", "Abogacía", "Laboral", "Penal", "Mercantil",
                        "Administrativo"),
            "resolucion": ("STS 2745/2017, de 5 de julio (rec. 1923/2015)",
                           "STC 61/2018, de 7 de junio", "SAN 1468/2019, de 14 de mayo",
                           "STSJ Madrid 512/2018, de 29 de junio",
                           "SAP Barcelona 233/2016, de 21 de abril"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_af_fecha)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("resolucion", MIDDLE, 0.25, (_OLD, "Resolución: {resolucion}")),
            _f("relacionada", MIDDLE, 0.35, (_OLD, "Noticia relacionada: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("plazos", HEADER, 0.25, *_by_day(_af_plazos)),
            _f("suscripcion", HEADER, 0.2, *by_table(AF_PRECIO, lambda v: (
                f"Contenido exclusivo para suscriptores. Suscríbete por {v} al mes."))),
            _f("asesoramiento", FOOTER, 0.5,
               (_OLD, "Este artículo tiene carácter meramente informativo y no constituye "
                      "asesoramiento jurídico."),
               (AF_ASESORAMIENTO.isoformat(), "La información de este artículo es de carácter "
                                              "general y no sustituye el asesoramiento de un "
                                              "abogado colegiado.")),
            _f("datos", FOOTER, 0.25,
               (_OLD, "Si no desea recibir más comunicaciones, escriba a "
                      "bajas@actualidadforense.es"),
               (GDPR_DAY.isoformat(), "Responsable del tratamiento: Ediciones Forenses S.L. "
                                      "Puede ejercer sus derechos de acceso, rectificación y "
                                      "supresión en protecciondedatos@actualidadforense.es")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ediciones Forenses S.L. Todos los "
                                                 "derechos reservados.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: una versión anterior de "
                                                     "esta noticia atribuía la sentencia a "
                                                     "otra sala.")),
        ),
    )


# --- a Brazilian legal-news site ----------------------------------------------------------

JF_REDESIGN = dt.date(2018, 3, 19)
JF_INFORMATIVO = dt.date(2019, 6, 3)
NOVO_CPC = dt.date(2016, 3, 18)
LGPD = dt.date(2020, 9, 18)
CNJ_SUSPENSAO = (dt.date(2020, 3, 19), dt.date(2020, 5, 3))
JF_ASSINATURA = (("2014-01-01", "R$ 14,90"), ("2017-01-02", "R$ 19,90"),
                 ("2019-07-01", "R$ 24,90"))


def _jf_data(day: dt.date) -> str:
    if day < JF_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"{DIAS_PT[day.weekday()]}, {day.day} de {MESES_PT[day.month - 1]} de {day.year}, "
            f"{{time}}")


def recesso(day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The forensic recess `day` falls in: 20 December to 6 January before the new Code of
    Civil Procedure, to 20 January (its art. 220) after."""
    for y in (day.year - 1, day.year):
        start = dt.date(y, 12, 20)
        end = dt.date(y + 1, 1, 6) if start < NOVO_CPC else dt.date(y + 1, 1, 20)
        if start <= day <= end:
            return start, end
    return None


def _jf_prazos(day: dt.date) -> str:
    window = recesso(day)
    if window:
        start, end = window
        return (f"Recesso forense: prazos suspensos de 20 de dezembro de {start.year} a "
                f"{end.day} de janeiro de {end.year}")
    if NOVO_CPC - 60 * ONE <= day < NOVO_CPC:
        return f"Faltam {(NOVO_CPC - day).days} dias para a entrada em vigor do novo CPC"
    if day == NOVO_CPC:
        return "O novo Código de Processo Civil entra em vigor hoje"
    if CNJ_SUSPENSAO[0] <= day <= CNJ_SUSPENSAO[1]:
        return "Covid-19: prazos processuais suspensos pela Resolução CNJ 313/2020"
    return f"Consulte os prazos com o calendário forense de {day.year}"


def jornaldoforo_style() -> PublisherStyle:
    """A Brazilian legal-news site: a desk from a pool, the numeric date and time turned the
    weekday and the long date on 19 March 2018 (a wording per day), "Por", "Processo:" with
    a case number from a pool, "Leia também:" and "Publicidade" (up to twice) mid-body, a
    time-limits line (a wording per day: each forensic recess, to 6 January before the new
    Code of Civil Procedure and to 20 January after, the days counted down to the new Code,
    the CNJ's suspension in 2020, the year's calendar), a subscription price raised in 2017
    and 2019, a not-a-lawyer's-advice line reworded in 2019, a terms line turned a cookie
    line under the LGPD, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="jornaldoforo.com.br", site="Jornal do Foro", base_size=130,
        subdomains=(("www.", 100),),
        sections=("tribunais", "stf", "stj", "advocacia", "trabalhista", "tributario"),
        n_authors=6, url_path="/noticias/{yyyy}/{mm}/{slug}",
        pools={
            "editoria": ("Tribunais", "STF", "STJ", "Advocacia", "Trabalhista", "Tributário"),
            "processo": ("REsp 1.657.156", "RE 574.706", "ADI 5.766", "HC 126.292",
                         "AREsp 1.234.567", "RR-1000-71.2017.5.02.0461"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_jf_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("processo", MIDDLE, 0.3, (_OLD, "Processo: {processo}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("prazos", HEADER, 0.25, *_by_day(_jf_prazos)),
            _f("assine", HEADER, 0.2, *by_table(JF_ASSINATURA, lambda v: (
                f"Conteúdo exclusivo para assinantes. Assine o Jornal do Foro por {v} por "
                f"mês."))),
            _f("informativo", FOOTER, 0.5,
               (_OLD, "Este conteúdo é informativo e não substitui a consulta a um advogado."),
               (JF_INFORMATIVO.isoformat(), "O Jornal do Foro publica conteúdo de caráter "
                                            "informativo, que não substitui a orientação de um "
                                            "advogado inscrito na OAB.")),
            _f("cookies", FOOTER, 0.2,
               (_OLD, "Ao continuar navegando, você concorda com os nossos termos de uso."),
               (LGPD.isoformat(), "Usamos cookies de acordo com a Lei Geral de Proteção de Dados "
                                  "(LGPD). Ao continuar navegando, você concorda com a nossa "
                                  "Política de Privacidade.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Jornal do Foro. Todos os direitos "
                                                 "reservados. Proibida a reprodução sem "
                                                 "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta notícia trazia "
                                              "o número errado do processo.")),
        ),
    )


# --- a Japanese legal-news site -----------------------------------------------------------

HS_REDESIGN = dt.date(2017, 4, 3)
HS_LINE = dt.date(2018, 10, 1)
HS_MENSEKI = dt.date(2018, 4, 2)
HS_KAIIN = (("2014-04-01", "1,080円"), ("2017-04-03", "1,620円"), ("2019-10-01", "1,650円"))
SHIHO_SHIKEN = {2015: ("2015-05-13", "2015-05-17"), 2016: ("2016-05-11", "2016-05-15"),
                2017: ("2017-05-17", "2017-05-21"), 2018: ("2018-05-16", "2018-05-20"),
                2019: ("2019-05-15", "2019-05-19"), 2020: ("2020-08-12", "2020-08-16")}
SHIKEN_ENKI = dt.date(2020, 4, 10)  # the 2020 exam was put off to August


def _hs_hizuke(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{wareki(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}） {{time}}"


def _hs_shiken(day: dt.date) -> str:
    first, last = (iso_day(s) for s in SHIHO_SHIKEN[day.year]) if day.year in SHIHO_SHIKEN \
        else (dt.date(day.year, 5, 15), dt.date(day.year, 5, 19))
    left = (first - day).days
    if day.year == 2020 and SHIKEN_ENKI <= day < first:
        return f"2020年司法試験は延期、8月12日から実施（あと{left}日）"
    if day < first:
        return f"{day.year}年司法試験まであと{left}日"
    if day <= last:
        return f"{day.year}年司法試験 実施中（{first.month}月{first.day}日～{last.day}日）"
    return "司法試験・予備試験の最新情報は法律新報で"


def horitsushimpo_style() -> PublisherStyle:
    """A Japanese legal-news site: a category from a pool, the numeric date turned the era
    year, the date, the weekday and the time on 3 April 2017 (Heisei, then Reiwa from 1 May
    2019; a wording per day), the writer's line, "事件番号" from a pool, "関連記事" and "広告"
    (up to twice) mid-body, the members-only gate with its monthly price tax included
    (raised in 2017, and at the consumption-tax rise of October 2019), a bar-exam line (a
    wording per day: counted down to each May's exam, the exam's days, its postponement
    to August 2020), a not-legal-advice line reworded in 2018, a mail-magazine line turned a
    LINE appeal, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="horitsushimpo.jp", site="法律新報", base_size=110,
        subdomains=(("www.", 100),),
        sections=("kigyo", "chizai", "rodo", "keiji", "shiho", "bengoshi"),
        n_authors=5, url_path="/articles/{n}",
        pools={
            "kategori": ("企業法務", "知的財産", "労働", "刑事", "司法制度", "弁護士業界",
                         "民法改正"),
            "jiken": ("平成28年（受）第1234号", "平成29年（ワ）第5678号",
                      "平成30年（行ヒ）第215号", "令和元年（あ）第1102号",
                      "平成27年（ネ）第10021号"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_hs_hizuke)),
            _f("kisha", HEADER, 0.5, (_OLD, "文：{author}（法律新報編集部）")),
            _f("jiken", MIDDLE, 0.25, (_OLD, "事件番号：{jiken}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("kokoku", MIDDLE, 0.3, (_OLD, "広告"), count=2),
            _f("kaiin", HEADER, 0.25, *by_table(HS_KAIIN, lambda v: (
                f"この記事は有料会員限定です。月額{v}（税込）で全文をお読みいただけます。"))),
            _f("shiken", HEADER, 0.2, *_by_day(_hs_shiken)),
            _f("menseki", FOOTER, 0.5,
               (_OLD, "本記事は一般的な情報提供を目的とするもので、法的助言ではありません。"),
               (HS_MENSEKI.isoformat(), "掲載内容は一般的な情報であり、個別の案件については"
                                        "弁護士にご相談ください。")),
            _f("merumaga", FOOTER, 0.25,
               (_OLD, "メールマガジン「法律新報ダイジェスト」の登録はこちら"),
               (HS_LINE.isoformat(), "法律新報の公式LINEアカウントを友だち追加して最新ニュースを"
                                     "受け取る")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} 法律新報 All rights "
                                                 "reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】当初の記事で判決日に誤りがありました。")),
        ),
    )


# --- an American court-reporting firm's blog ----------------------------------------------

CR_REDESIGN = dt.date(2019, 1, 14)
CR_REMOTE = dt.date(2020, 3, 16)
CR_RATES = (("2014-01-01", "$3.85"), ("2016-01-01", "$4.05"), ("2018-01-01", "$4.25"),
            ("2020-01-01", "$4.45"))
CR_SERVING = (("2012-01-01", "Serving Portland, Salem and Eugene"),
              ("2017-06-01", "Serving Portland, Salem, Eugene and Vancouver, WA"),
              ("2019-09-03", "Serving Portland, Salem, Eugene, Vancouver and Seattle"))


def _cr_posted(day: dt.date) -> str:
    if day < CR_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{category}}"


@cache
def _cr_schedule() -> Wordings:
    base = _steps((_OLD, "Schedule a deposition: (503) 555-0187 or calendar@cascadereporting.com"),
                  (CR_REMOTE.isoformat(), "Remote depositions available: we swear in witnesses "
                                          "over Zoom across Oregon and Washington"))
    closures: list[Event] = []
    for y in range(2015, 2022):
        for day, name in federal_holidays(y):
            closures.append((day - 4 * ONE, day + ONE,
                             f"Our office is closed {WEEKDAYS[day.weekday()]}, "
                             f"{MONTHS[day.month - 1]} {day.day} for {name}. Emergency "
                             f"bookings: (503) 555-0199"))
    closures.sort()
    kept: list[Event] = []
    for event in closures:  # Christmas and New Year's Day may come within a week
        if not kept or kept[-1][1] <= event[0]:
            kept.append(event)
    return _calendar(base, kept)


def cascade_style() -> PublisherStyle:
    """An American court-reporting firm's blog: "Posted on ... by" turned the short date and
    a category from a pool on 14 January 2019 (a wording per day), a scheduling line
    turned by each federal holiday's office closure and reworded for remote depositions in
    March 2020, a rough-draft offer and a free-CLE offer mid-body, the page rates (raised
    each second January), the certification line, the cities served (growing in 2017 and
    2019), tags from a pool, the copyright line, a rare update."""
    return PublisherStyle(
        domain="cascadereporting.com", site="Cascade Court Reporting", base_size=90,
        subdomains=(("www.", 100),),
        sections=("blog", "deposition-tips", "news"),
        n_authors=3, url_path="/blog/{slug}/",
        pools={
            "category": ("Deposition Tips", "Firm News", "Technology", "Transcripts",
                         "Videography"),
            "tags": ("depositions", "realtime", "transcripts", "video depositions",
                     "exhibits", "remote depositions"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_cr_posted)),
            _f("schedule", HEADER, 0.3, *_cr_schedule()),
            _f("realtime", MIDDLE, 0.25, (_OLD, "Need it fast? Rough drafts, realtime feeds and "
                                                "expedited transcripts on request.")),
            _f("cle", MIDDLE, 0.15, (_OLD, "Free CLE for your firm: “Making a Clean Record,” "
                                           "1.0 general credit. Ask us to present.")),
            _f("rates", FOOTER, 0.2, *by_table(CR_RATES, lambda v: (
                f"Transcript rates from {v} per page for the original; copies and exhibits "
                f"billed separately."))),
            _f("certified", FOOTER, 0.4, (_OLD, "All of our reporters are state-certified "
                                                "shorthand reporters and members of the NCRA.")),
            _f("serving", FOOTER, 0.3, *by_table(CR_SERVING, lambda v: v)),
            _f("tags", FOOTER, 0.4, (_OLD, "Tags: {tags_list}")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Cascade Court Reporting, Inc.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: our Salem office has moved; the phone "
                                              "number is unchanged.")),
        ),
    )


# --- an American county bar association's bulletin ---------------------------------------

RC_REDESIGN = dt.date(2018, 1, 1)
RC_LATE_FEE = (("2014-01-01", "$75"), ("2017-01-01", "$100"), ("2019-01-01", "$150"))
RC_DUES = {2014: ("$285", "$145"), 2015: ("$285", "$145"), 2016: ("$295", "$150"),
           2017: ("$295", "$150"), 2018: ("$310", "$155"), 2019: ("$310", "$155"),
           2020: ("$310", "$155")}


def _rc_issue(day: dt.date) -> str:
    if day < RC_REDESIGN:
        return f"Bar Bulletin · {MONTHS[day.month - 1]} {day.year}"
    return f"The Bulletin | Vol. {day.year - 1949}, No. {day.month}"


def _rc_dues(day: dt.date) -> str:
    fy = day.year if day.month >= 7 else day.year - 1
    senior, junior = RC_DUES[fy]
    frozen = " (frozen for members in 2020)" if fy == 2020 else ""
    return (f"{fy}–{(fy + 1) % 100:02d} membership dues: {senior} for members admitted five "
            f"years or more, {junior} for newer members{frozen}. Renew online.")


def _rc_deadline(day: dt.date) -> str:
    month = (day.month + (day.day > 10) - 1) % 12 + 1
    nxt = month % 12 + 1
    return (f"Submissions for the {MONTHS[nxt - 1]} issue are due {MONTHS[month - 1]} 10. "
            f"Email bulletin@ridgecountybar.org.")


@cache
def _rc_mcle() -> Wordings:
    base = _steps((_OLD, "Need CLE credits? The Bar's on-demand library has more than 200 "
                         "approved programs."))
    december = _yearly("12-31", 60, 0, lambda y: f"Reminder: complete your {y} CLE credits by "
                                                 f"December 31. Reports are due January 31, "
                                                 f"{y + 1}.")
    january = [(dt.date(y, 1, 1), dt.date(y, 2, 1),
                f"Last call: {y - 1} CLE compliance reports are due January 31. Late fee: "
                f"{in_force(dt.date(y, 1, 1), RC_LATE_FEE)}.") for y in range(2015, 2022)]
    pandemic = [_span("2020-04-01", "2020-06-30", "The MCLE Board allows all 2020 credits to be "
                                                  "earned online.")]
    return _calendar(base, pandemic, december, january)


def ridgecountybar_style() -> PublisherStyle:
    """An American county bar association's bulletin: the issue's month turned its volume and
    number in 2018 (a wording per month), the long date (a wording per day), "By ..., Esq.",
    a CLE line (each December's reminder, each January's last call with the late fee raised
    in 2017 and 2019, the pandemic's online credits), the fiscal year's dues (changing each
    July, frozen in 2020), "Upcoming CLE:" and member benefits from pools mid-body, the
    views-of-the-authors line, the lawyer referral service, the submission deadline (a
    wording per month), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="ridgecountybar.org", site="Ridge County Bar Association", base_size=70,
        subdomains=(("www.", 100),),
        sections=("bulletin", "news", "cle"),
        n_authors=8, url_path="/bulletin/{yyyy}/{mm}/{slug}",
        pools={
            "cle": ("Ethics in the Age of E-Discovery, 1.5 ethics credits",
                    "Trial Skills Boot Camp, 6.0 general credits",
                    "Elimination of Bias in the Courtroom, 1.0 credit",
                    "Landlord-Tenant Update, 2.0 general credits",
                    "Mindful Lawyering, 1.0 mental-health credit"),
            "benefit": ("discounted malpractice insurance through the Bar's partner carrier",
                        "free legal research for members", "member rates at the Bar's "
                        "conference center", "confidential lawyer assistance, 24 hours a "
                        "day"),
        },
        families=(
            _f("issue", HEADER, 0.7, *_by_day(_rc_issue)),
            _f("dated", HEADER, 0.6, *_daily(
                lambda day: f"{MONTHS[day.month - 1]} {day.day}, {day.year}")),
            _f("author", HEADER, 0.5, (_OLD, "By {author}, Esq.")),
            _f("mcle", HEADER, 0.25, *_rc_mcle()),
            _f("upcoming", MIDDLE, 0.3, (_OLD, "Upcoming CLE: {cle}")),
            _f("benefit", MIDDLE, 0.15, (_OLD, "Member benefit: {benefit}")),
            _f("dues", FOOTER, 0.2, *_by_day(_rc_dues)),
            _f("views", FOOTER, 0.5, (_OLD, "The views expressed in the Bulletin are those of "
                                            "the authors and do not necessarily reflect the "
                                            "position of the Ridge County Bar Association.")),
            _f("referral", FOOTER, 0.3, (_OLD, "Lawyer Referral Service: 555-0162, Monday "
                                               "through Friday, 9 a.m. to 4 p.m.")),
            _f("deadline", FOOTER, 0.15, *_by_day(_rc_deadline)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ridge County Bar Association. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last month's issue listed the "
                                                  "wrong date for the annual dinner.")),
        ),
    )


# --- a British solicitors' firm's briefings -----------------------------------------------

PL_REDESIGN = dt.date(2018, 10, 1)
SRA_BADGE = dt.date(2019, 11, 25)


@cache
def _pl_banner() -> Wordings:
    base = _steps((_OLD, "Sign up to receive Pemberton Lacey briefings by email"))
    news = [
        _span("2016-06-24", "2016-07-08", "The UK has voted to leave the EU: what it means for "
                                          "your business"),
        _span("2017-03-29", "2017-04-07", "Article 50 has been triggered: our Brexit "
                                          "briefings"),
        _span("2018-05-14", "2018-05-31", "GDPR applies from 25 May 2018: is your business "
                                          "ready?"),
        _span("2019-03-18", "2019-04-12", "Brexit: preparing for a no-deal exit"),
        _span("2020-03-16", "2020-11-30", "Coronavirus: our hub for employers and businesses"),
        _span("2020-12-01", "2020-12-31", "The Brexit transition period ends on 31 December "
                                          "2020: are you ready?"),
    ]
    return _calendar(base, news)


def pembertonlacey_style() -> PublisherStyle:
    """A British solicitors' firm's briefings: the kind from a pool, the long date turned
    "Published:" with the short month on 1 October 2018 (a wording per day), the writer's
    line, a banner turned by the referendum, Article 50, the GDPR, no-deal preparations, the
    pandemic and the end of the transition period, "Related:" mid-body, the not-a-substitute
    line, the SRA line reworded for the digital badge in November 2019 and the registration
    line (a block), the copyright line, a rare update."""
    return PublisherStyle(
        domain="pembertonlacey.co.uk", site="Pemberton Lacey", base_size=55,
        subdomains=(("www.", 100),),
        sections=("insights", "briefings", "news"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={"kind": ("Legal update", "Briefing", "Insight", "Case note")},
        families=(
            _f("kind", HEADER, 0.5, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day < PL_REDESIGN
                else f"Published: {day.day} {MONTHS[day.month - 1][:3]} {day.year}")),
            _f("author", HEADER, 0.5, (_OLD, "Written by {author}, Partner")),
            _f("banner", HEADER, 0.2, *_pl_banner()),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("substitute", FOOTER, 0.6, (_OLD, "This briefing is a general summary of the law "
                                                 "and is not a substitute for legal advice on "
                                                 "your circumstances.")),
            _f("sra", FOOTER, 0.45,
               (_OLD, "Pemberton Lacey LLP is authorised and regulated by the Solicitors "
                      "Regulation Authority (SRA number 612345)."),
               (SRA_BADGE.isoformat(), "Pemberton Lacey LLP is authorised and regulated by the "
                                       "Solicitors Regulation Authority (SRA ID 612345). Check "
                                       "our SRA digital badge.")),
            _f("registered", FOOTER, 0.35, (_OLD, "Registered in England and Wales, no. "
                                                  "OC301234. Registered office: 4 Kingsway "
                                                  "Court, Bristol BS1 4DJ.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Pemberton Lacey LLP {year}")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this briefing was updated after the "
                                              "Court of Appeal's judgment.")),
        ),
    )


# --- a Mexican law firm's bulletins -------------------------------------------------------

CDMX = dt.date(2016, 1, 29)  # the Federal District became Ciudad de México
UMA = (("2016-01-28", "73.04"), ("2017-02-01", "75.49"), ("2018-02-01", "80.60"),
       ("2019-02-01", "84.49"), ("2020-02-01", "86.88"))


def _ob_lugar(day: dt.date) -> str:
    place = "México, D.F." if day < CDMX else "Ciudad de México"
    return f"{place}, a {day.day} de {MESES[day.month - 1]} de {day.year}"


def _ob_uma(day: dt.date) -> str:
    if day < iso_day(UMA[0][0]):
        return "Salario mínimo general 2015 (área geográfica A): $70.10 diarios"
    value = in_force(day, UMA)
    return f"Valor diario de la UMA: ${value} (INEGI)"


@cache
def _ob_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbase a los boletines de Ochoa Bernal Abogados"))
    news = [
        _span("2019-05-01", "2019-05-31", "Reforma laboral 2019: lo que su empresa debe saber"),
        _span("2020-03-23", "2020-06-30", "COVID-19: consulte nuestro centro de recursos para "
                                          "empresas"),
        _span("2020-07-01", "2020-07-31", "Entra en vigor el T-MEC: nuestro análisis para "
                                          "exportadores"),
    ]
    return _calendar(base, news)


def ochoabernal_style() -> PublisherStyle:
    """A Mexican law firm's bulletins: the bulletin's kind from a pool, the Mexico City
    dateline ("México, D.F." turned "Ciudad de México" on 29 January 2016; a wording per
    day), a law cited from a pool mid-body, the minimum wage turned the UMA's daily value
    (changing each February), a banner turned by the 2019 labour reform, the pandemic and
    the USMCA, the not-legal-advice line, the privacy-notice line, the contacts and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="ochoabernal.com.mx", site="Ochoa Bernal", base_size=40,
        subdomains=(("www.", 100),),
        sections=("boletines", "publicaciones"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "tipo": ("Boletín Fiscal", "Alerta Laboral", "Boletín Corporativo",
                     "Nota Informativa"),
            "norma": ("Ley Federal del Trabajo, artículo 132", "Código Fiscal de la "
                      "Federación, artículo 69-B", "Ley del Impuesto sobre la Renta, "
                      "artículo 27", "Ley General de Sociedades Mercantiles, artículo 182"),
        },
        families=(
            _f("tipo", HEADER, 0.6, (_OLD, "{tipo}")),
            _f("lugar", HEADER, 0.8, *_by_day(_ob_lugar)),
            _f("norma", MIDDLE, 0.3, (_OLD, "Fundamento: {norma}")),
            _f("uma", FOOTER, 0.2, *_by_day(_ob_uma)),
            _f("aviso", HEADER, 0.2, *_ob_aviso()),
            _f("asesoria", FOOTER, 0.6, (_OLD, "Este boletín tiene fines informativos y no "
                                               "constituye asesoría legal. Para cualquier duda, "
                                               "consulte a su abogado de Ochoa Bernal.")),
            _f("privacidad", FOOTER, 0.35, (_OLD, "Consulte nuestro Aviso de Privacidad en "
                                                  "www.ochoabernal.com.mx")),
            _f("contacto", FOOTER, 0.4, (_OLD, "Contacto: {author} · {author2}")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ochoa Bernal Abogados, S.C.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en la versión anterior se citó "
                                               "un artículo equivocado.")),
        ),
    )


# --- a Japanese law firm's newsletter -----------------------------------------------------

SZ_FIRST_ISSUE = dt.date(2012, 4, 1)
MINPO_KOFU = dt.date(2017, 6, 2)  # the revised Civil Code (law of obligations) promulgated
MINPO_SEKO = dt.date(2020, 4, 1)  # and in force


def newsletter_no(day: dt.date) -> int:
    """The newsletter's number: one a month from April 2012."""
    return (day.year - SZ_FIRST_ISSUE.year) * 12 + day.month - SZ_FIRST_ISSUE.month + 1


def _sz_sekou(day: dt.date) -> str:
    if day < MINPO_KOFU:
        return "改正民法（債権法）の国会審議の状況は随時お知らせします"
    if day < MINPO_SEKO:
        return f"改正民法（債権法）の施行まであと{(MINPO_SEKO - day).days}日（2020年4月1日施行）"
    return "改正民法（債権法）は2020年4月1日に施行されました"


def sakurazaka_style() -> PublisherStyle:
    """A Japanese law firm's newsletter: the newsletter's number and month (a wording per
    month), the Western date (a wording per day), the writing lawyer, a revised-Civil-Code
    line (a wording per day: counted down from its promulgation in June 2017 to its entry
    into force on 1 April 2020), a seminar from a pool mid-body, the not-legal-advice line,
    the unsubscribe line, the bar membership line and the copyright line (a block)."""
    return PublisherStyle(
        domain="sakurazaka-law.jp", site="桜坂総合法律事務所", base_size=30,
        subdomains=(("www.", 100),),
        sections=("newsletter", "topics"),
        n_authors=4, url_path="/{section}/{yyyy}{mm}/",
        pools={"seminar": ("改正民法対応の契約書見直しセミナー", "働き方改革関連法の実務対応",
                           "個人情報保護法改正の要点", "事業承継と株式譲渡の基礎")},
        families=(
            _f("gou", HEADER, 0.6, *_by_day(
                lambda day: f"ニュースレター Vol.{newsletter_no(day)}"
                            f"（{day.year}年{day.month}月号）")),
            _f("hizuke", HEADER, 0.6, *_daily(
                lambda day: f"{day.year}年{day.month}月{day.day}日")),
            _f("shippitsu", HEADER, 0.4, (_OLD, "執筆：弁護士 {author}")),
            _f("sekou", HEADER, 0.3, *_by_day(_sz_sekou)),
            _f("seminar", MIDDLE, 0.15, (_OLD, "セミナーのご案内：{seminar}")),
            _f("menseki", FOOTER, 0.65, (_OLD, "本ニュースレターは一般的な情報提供を目的と"
                                               "するものであり、個別の案件に関する法的助言"
                                               "ではありません。")),
            _f("haishin", FOOTER, 0.4, (_OLD, "配信停止をご希望の方は newsletter@sakurazaka-law.jp "
                                              "までご連絡ください。")),
            _f("shozoku", FOOTER, 0.3, (_OLD, "桜坂総合法律事務所（第二東京弁護士会所属）")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} 桜坂総合法律事務所")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】前号の記載に誤りがありました。")),
        ),
    )


def heldout161_styles() -> list[PublisherStyle]:
    """The held-back-161 styles, in the order the generator hands them to publishers."""
    return [
        benchandbriefs_style(), halloran_style(), rechtsblick_style(), lettredudroit_style(),
        actualidadforense_style(), jornaldoforo_style(), horitsushimpo_style(),
        cascade_style(), ridgecountybar_style(), pembertonlacey_style(), ochoabernal_style(),
        sakurazaka_style(),
    ]
