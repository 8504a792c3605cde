"""The ``held-back-157`` template set of the planted-real benchmark.

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
"for healthcare professionals only" gate or an advertisement marker. The publishers are
pharma and biotech trade news, nursing and medical professional journals' news pages and
healthcare-business newsletters in English, German, French, Spanish, Japanese, Chinese and
Polish: an American pharma and biotech trade news site, a British nursing journal's news
pages, a German pharmacy trade paper, a French news site for doctors and nurses, a Spanish
nursing news site, a Japanese pharmaceutical industry paper, a Chinese pharma industry news
portal, a Polish pharmacy trade portal, a British primary-care newsletter for GPs, an
American weekly biotech deals newsletter, an American online CME provider and the press room
of a Spanish drug maker. The families are the kinds a crawl of such sites holds: dates
localised day by day in English, German, French, Spanish, Polish, Japanese (with the Reiwa
era from 1 May 2019) and Chinese (with the weekday), several changing form on the day of a
redesign (or of a move of head office); lines that turn every day (a CME activity's release
and expiry dates), every week (a newsletter's issue number and a biotech index to the
Friday) and every two months (Poland's reimbursement list); 'for healthcare professionals
only' gates, prescribing-information links and product lines from pools, conflict-of-interest
and sponsorship notes, CPD, CME and continuing-education credit lines with credits from
pools, adverse-event reporting notices (reworded when France opened its reporting portal and
when China renamed its drug regulator), press-release and investment disclaimers; amounts
that change over the years (FDA application fees each October, NHS Band 5 pay and the GP
global sum each April, German pharmacy numbers, the French GP consultation fee, Spanish
nurse numbers, Japanese drug-price revisions and a subscription price raised with the 2019
consumption tax, a drug maker's country count); notices reworded in 2015-2020 and notices
that follow the calendars of the trade (the J.P. Morgan healthcare week, ASCO and the BIO
convention, International Nurses Day and the RCN Congress, expopharm with its city,
securPharm, Mois sans tabac, the EIR exam and Spain's nurse-prescribing decree, Golden Week
and the New Year break, drug-price revision days, the Two Sessions (put off to May in 2020),
China's reimbursement talks and volume-based procurement, the Spring Festival, Poland's 75+
free medicines and e-prescriptions, the pandemic); related links, advertisement markers and
paywall lines mid-body (some up to two times), multi-line blocks (about lines, press contacts,
imprints, copyright and registration lines), bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Period, Wordings, iso_day, listed
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
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # genitive, as in dates
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
YOUBI = "月火水木金土日"
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

# --- helpers of this set ------------------------------------------------------------------


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def tabled(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line whose amount changes on the days of `table`: the value in force
    on the set's first day from the oldest day, then one wording from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...)."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def last_friday(day: dt.date) -> dt.date:
    """The Friday of `day`'s week if `day` is a Friday or later, else the one before."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def reiwa(y: int) -> str:
    """The year of the Reiwa era (from 1 May 2019), the first one written 元."""
    return "元" if y == 2019 else str(y - 2018)


# --- an American pharma and biotech trade news site ---------------------------------------

DW_REDESIGN = dt.date(2018, 6, 4)  # relaunched on the opening day of BIO 2018 in Boston
DW_NEWSLETTER = dt.date(2017, 9, 5)
JPM_WEEK = {2015: "2015-01-12", 2016: "2016-01-11", 2017: "2017-01-09", 2018: "2018-01-08",
            2019: "2019-01-07", 2020: "2020-01-13", 2021: "2021-01-11"}  # its Monday
ASCO = (("2015-05-29", "2015-06-02"), ("2016-06-03", "2016-06-07"), ("2017-06-02", "2017-06-06"),
        ("2018-06-01", "2018-06-05"), ("2019-05-31", "2019-06-04"), ("2020-05-29", "2020-05-31"))
BIO = (("2015-06-15", "2015-06-18", "Philadelphia"), ("2016-06-06", "2016-06-09", "San Francisco"),
       ("2017-06-19", "2017-06-22", "San Diego"), ("2018-06-04", "2018-06-07", "Boston"),
       ("2019-06-03", "2019-06-06", "Philadelphia"), ("2020-06-08", "2020-06-12", "online"))
PDUFA_FEES = (("2014-10-01", "2015|2,335,200"), ("2015-10-01", "2016|2,374,200"),
              ("2016-10-01", "2017|2,038,100"), ("2017-10-01", "2018|2,421,495"),
              ("2018-10-01", "2019|2,588,478"), ("2019-10-01", "2020|2,942,965"),
              ("2020-10-01", "2021|2,875,842"))  # a new fiscal year each 1 October


def _dw_dated(day: dt.date) -> str:
    if day < DW_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return (f"Updated {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} {{time12}} ET")


def _dw_fee(value: str) -> str:
    fy, fee = value.split("|")
    return (f"FDA fee for a new drug application with clinical data, fiscal year {fy}: "
            f"${fee}")


@cache
def _dw_newsletter() -> Wordings:
    base = _steps((_OLD, "Get DoseWire Daily in your inbox every weekday morning"),
                  (DW_NEWSLETTER.isoformat(), "📨 DoseWire Daily: the pharma and biotech "
                                              "briefing 85,000 industry professionals read. "
                                              "Subscribe free"))
    covid = [
        _span("2020-12-11", "2020-12-24", "💉 The first COVID-19 vaccine is authorized: all "
                                          "our coverage"),
        _span("2020-03-16", "2020-12-31", "🦠 COVID-19: our tracker of vaccines and treatments "
                                          "in development, updated daily"),
    ]
    jpm = _movable(listed(JPM_WEEK), 3, 3, lambda y: f"JPM week {y}: our reporters in San "
                                                     f"Francisco on every deal and forecast")
    asco = [_span(first, last, f"ASCO {first[:4]}: the oncology data that matter, from "
                               f"Chicago") for first, last in ASCO[:-1]]
    asco.append(_span(*ASCO[-1], "ASCO 2020 goes virtual: our live coverage of the data"))
    bio = [_span(first, last, f"BIO {first[:4]} in {city}: partnering, panels and deals")
           for first, last, city in BIO]
    return _calendar(base, covid, jpm, asco, bio)


def dosewire_style() -> PublisherStyle:
    """An American pharma and biotech trade news site: a topic kicker from a pool, the short
    date turned the weekday, the long date and the Eastern time on the opening day of BIO
    2018 (a wording per day), "By" turned the writer with the beat, a rare sponsored-content
    note with the sponsor from a pool, the companies in the story from a pool, "Related:"
    and advertisement markers up to twice, the FDA's application fee of the fiscal year
    (changing each 1 October), a newsletter line reworded and turned by the J.P. Morgan
    healthcare week, ASCO, the BIO convention with its city and the pandemic's tracker and
    first vaccine, a press-release line, the tips line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="dosewire.com", site="DoseWire", base_size=250,
        subdomains=(("www.", 100),),
        sections=("regulatory", "clinical-trials", "deals", "manufacturing", "pricing",
                  "biotech"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("REGULATORY", "CLINICAL TRIALS", "M&A", "MANUFACTURING", "DRUG PRICING",
                       "BIOTECH", "ONCOLOGY", "GENE THERAPY"),
            "beat": ("Senior Reporter", "Regulatory Editor", "Biotech Correspondent",
                     "Deals Reporter", "Oncology Reporter", "Manufacturing Editor"),
            "company": ("Halvern Therapeutics (NASDAQ: HLVN)", "Orrin Biosciences (NASDAQ: ORBX)",
                        "Castellan Pharma (NYSE: CSP)", "Tidewell Genomics (NASDAQ: TDWL)",
                        "Marrow Point Bio (NASDAQ: MRPT)", "Quillon Health (NYSE: QLH)"),
            "sponsor": ("Veracroft CRO", "Lindqvist Clinical Supply", "Harbor Peak Analytics"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_dw_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (DW_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("sponsored", HEADER, 0.06, (_OLD, "Sponsored content from {sponsor}. DoseWire's "
                                                 "newsroom was not involved in its creation.")),
            _f("companies", MIDDLE, 0.3, (_OLD, "Companies in this story: {company_list}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("fee", FOOTER, 0.12, *tabled(PDUFA_FEES, _dw_fee)),
            _f("newsletter", FOOTER, 0.3, *_dw_newsletter()),
            _f("release", FOOTER, 0.15, (_OLD, "This story draws on a company press release. "
                                               "DoseWire has not independently verified the "
                                               "data it reports.")),
            _f("tips", FOOTER, 0.4, (_OLD, "Have a tip? Email news@dosewire.com or message "
                                           "us securely on Signal.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} DoseWire, a Meridale Trade Media "
                                                 "publication. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the trial's primary "
                                                  "endpoint.")),
        ),
    )


# --- a British nursing journal's news pages -----------------------------------------------

NP_REDESIGN = dt.date(2019, 5, 12)  # relaunched on International Nurses Day 2019
NP_REVALIDATION = dt.date(2016, 4, 1)  # NMC revalidation began
NP_BULLETIN = dt.date(2017, 11, 1)
BAND5 = (("2014-04-01", "21,478"), ("2015-04-01", "21,692"), ("2016-04-01", "21,909"),
         ("2017-04-01", "22,128"), ("2018-04-01", "23,023"), ("2019-04-01", "24,214"),
         ("2020-04-01", "24,907"))
RCN_CONGRESS = (("2015-06-20", "2015-06-24", "Bournemouth"),
                ("2016-05-15", "2016-05-19", "Glasgow"),
                ("2017-05-14", "2017-05-18", "Liverpool"),
                ("2018-05-13", "2018-05-17", "Belfast"),
                ("2019-05-19", "2019-05-23", "Liverpool"))


def _np_dated(day: dt.date) -> str:
    if day < NP_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]}, {day.year}"
    return (f"Published: {WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}, {{time}}")


def _np_pay(value: str) -> str:
    return f"NHS pay in England: Band 5 nurses start on £{value} a year (Agenda for Change)."


@cache
def _np_notice() -> Wordings:
    base = _steps((_OLD, "Follow Nursing Practice Today on Twitter for breaking news"),
                  (NP_BULLETIN.isoformat(), "📰 The nursing news that matters, every morning: "
                                            "sign up to our free daily bulletin"))
    covid = [_span("2020-03-16", "2020-12-31", "😷 COVID-19: the latest guidance for nurses on "
                                               "PPE, testing and redeployment")]
    year_of_nurse = [_span("2020-01-01", "2020-03-15", "2020 is the Year of the Nurse and "
                                                      "Midwife: read our special series")]
    nurses_day = _yearly("05-12", 2, 1, lambda y: f"🩺 International Nurses Day {y}: tell us "
                                                  f"what nursing means to you")
    congress = [_span(first, last, f"RCN Congress {first[:4]} in {city}: our live coverage "
                                   f"of every debate")
                for first, last, city in RCN_CONGRESS]
    return _calendar(base, covid, year_of_nurse, nurses_day, congress)


def nursingpractice_style() -> PublisherStyle:
    """A British nursing journal's news pages: a section from a pool, the long date turned
    "Published:" with the short weekday and the time on International Nurses Day 2019 (a
    wording per day), "By" turned the writer and the beat, a subscriber line, "Read more:"
    and advertisement markers (up to twice), a CPD line reworded for NMC revalidation on
    1 April 2016, the Band 5 starting salary (changing each April), a bulletin line
    reworded and turned by International Nurses Day, the RCN Congress with its city, the
    Year of the Nurse and the pandemic, a support line, the publisher line and the copyright
    line (a block), a rare update."""
    return PublisherStyle(
        domain="nursingpracticetoday.co.uk", site="Nursing Practice Today", base_size=220,
        subdomains=(("www.", 100),),
        sections=("clinical", "workforce", "policy", "education", "students", "mental-health"),
        n_authors=8, url_path="/news/{section}/{slug}/{n}.article",
        pools={
            "section": ("Clinical", "Workforce", "Policy", "Education", "Students",
                        "Mental health", "Opinion"),
            "beat": ("News Editor", "Clinical Editor", "Workforce Correspondent",
                     "Student Editor", "Senior Reporter"),
        },
        families=(
            _f("section", HEADER, 0.5, (_OLD, "{section}")),
            _f("dated", HEADER, 0.9, *_by_day(_np_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (NP_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("subscriber", HEADER, 0.2, (_OLD, "Subscriber-only content: log in or subscribe "
                                                 "to read the full article")),
            _f("read-more", MIDDLE, 0.35, (_OLD, "Read more: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("cpd", FOOTER, 0.3,
               (_OLD, "Add this article to your PREP portfolio: note what you learnt and how it "
                      "will change your practice."),
               (NP_REVALIDATION.isoformat(), "Revalidation: reading this article and writing a "
                                             "reflective account counts as one hour of CPD.")),
            _f("pay", FOOTER, 0.12, *tabled(BAND5, _np_pay)),
            _f("notice", FOOTER, 0.3, *_np_notice()),
            _f("support", FOOTER, 0.12, (_OLD, "Affected by the issues in this article? Talk "
                                               "to your union rep or call the nurses' support "
                                               "line on 0300 555 0190.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Nursing Practice Today is published by Wardside "
                                                "Media Ltd, 3 Canal Wharf, Leeds LS11 5PS.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Wardside Media Ltd. No part of this "
                                                 "site may be reproduced without permission.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this article was amended to correct the "
                                              "name of the trust.")),
        ),
    )


# --- a German pharmacy trade paper --------------------------------------------------------

PR_REDESIGN = dt.date(2018, 10, 10)  # relaunched on the opening day of expopharm 2018
PR_NEWSLETTER = dt.date(2019, 4, 1)
PR_BFARM = dt.date(2016, 7, 1)
EXPOPHARM = (("2015-09-16", "2015-09-19", "Düsseldorf"), ("2016-10-12", "2016-10-15", "München"),
             ("2017-09-13", "2017-09-16", "Düsseldorf"), ("2018-10-10", "2018-10-13", "München"),
             ("2019-09-25", "2019-09-28", "Düsseldorf"))
APOTHEKEN = (("2014-02-15", "2013|20.662"), ("2015-02-15", "2014|20.441"),
             ("2016-02-15", "2015|20.249"), ("2017-02-15", "2016|20.023"),
             ("2018-02-15", "2017|19.748"), ("2019-02-15", "2018|19.423"),
             ("2020-02-15", "2019|19.075"))  # published each February for the year before


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return f"{day.day}. {MONATE[day.month - 1]} {day.year}"
    return f"Stand: {day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"


def _pr_apotheken(value: str) -> str:
    year, count = value.split("|")
    return f"Zahl der öffentlichen Apotheken in Deutschland Ende {year}: {count}"


@cache
def _pr_hinweis() -> Wordings:
    base = _steps((_OLD, "Täglich informiert: den Pharma-Rundschau-Newsletter kostenlos "
                         "abonnieren"),
                  (PR_NEWSLETTER.isoformat(), "📧 Der Newsletter für die Apotheke: jeden Werktag "
                                              "um 6 Uhr, kostenlos"))
    corona = [_span("2020-03-16", "2020-06-30", "Coronavirus: Was Apothekenteams jetzt wissen "
                                                "müssen")]
    messe = [_span(first, last, f"expopharm {first[:4]} in {city}: alle Neuheiten von der Messe")
             for first, last, city in EXPOPHARM]
    messe.append(_span("2020-10-14", "2020-10-16", "Deutscher Apothekertag 2020: erstmals "
                                                   "digital"))
    securpharm = [_span("2019-02-01", "2019-02-28", "securPharm ist gestartet: Fragen und "
                                                    "Antworten zur Echtheitsprüfung")]
    return _calendar(base, corona, messe, securpharm)


def pharmarundschau_style() -> PublisherStyle:
    """A German pharmacy trade paper: a section from a pool, the long date turned "Stand:"
    with the numeric date and the time on the opening day of expopharm 2018 (a wording per
    day), "Von" turned "Autor:", a gate for the health professions under the advertising
    law, "ANZEIGE" (up to twice), "Mehr zum Thema:" and a mandatory-information line for a
    product from a pool mid-body, an adverse-reaction line reworded to name the federal
    institute, a continuing-education line with its points from a pool, the number of
    pharmacies at the end of the year before (changing each February), a newsletter line
    reworded and turned by expopharm with its city, the digital pharmacists' day, securPharm
    and the pandemic, the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pharmarundschau.de", site="Pharma-Rundschau", base_size=195,
        subdomains=(("www.", 100),),
        sections=("politik", "markt", "arzneimittel", "praxis", "wissenschaft", "pta"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Politik", "Markt", "Arzneimittel", "Praxis", "Wissenschaft", "Recht",
                       "PTA-Forum"),
            "praeparat": ("Dolvaren® 400 mg Filmtabletten", "Nasiflor® Nasenspray",
                          "Cardiloxan® 5 mg Tabletten", "Pulmadex® Inhalationspulver",
                          "Gastrolin® 20 mg magensaftresistente Tabletten"),
            "punkte": ("1 Fortbildungspunkt", "2 Fortbildungspunkte", "3 Fortbildungspunkte"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_pr_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (PR_REDESIGN.isoformat(), "Autor: {author}")),
            _f("fachkreise", HEADER, 0.3, (_OLD, "Nur für Fachkreise: Die Inhalte dieser Seite "
                                                 "richten sich ausschließlich an Angehörige der "
                                                 "Heilberufe (§ 2 HWG).")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "ANZEIGE"), count=2),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("pflichtangaben", MIDDLE, 0.15, (_OLD, "Pflichtangaben zu {praeparat}: siehe "
                                                      "Fachinformation")),
            _f("nebenwirkungen", FOOTER, 0.2,
               (_OLD, "Verdachtsfälle von Nebenwirkungen melden Sie bitte der "
                      "Arzneimittelkommission der Deutschen Apotheker (AMK)."),
               (PR_BFARM.isoformat(), "Verdachtsfälle von Nebenwirkungen melden Sie bitte der "
                                      "AMK oder direkt dem Bundesinstitut für Arzneimittel und "
                                      "Medizinprodukte (BfArM).")),
            _f("fortbildung", FOOTER, 0.2, (_OLD, "Fortbildung: Wer die Lernerfolgskontrolle zu "
                                                  "diesem Beitrag besteht, erhält {punkte} der "
                                                  "Bundesapothekerkammer.")),
            _f("apotheken", FOOTER, 0.12, *tabled(APOTHEKEN, _pr_apotheken)),
            _f("hinweis", FOOTER, 0.3, *_pr_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Pharma-Rundschau erscheint im Verlag Lindholm "
                                                 "Fachmedien GmbH, Stuttgart.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Lindholm Fachmedien GmbH – Alle "
                                                 "Rechte vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Wirkstärke falsch angegeben.")),
        ),
    )


# --- a French news site for doctors and nurses --------------------------------------------

JS_REDESIGN = dt.date(2018, 1, 15)
JS_SIGNALEMENT = dt.date(2017, 3, 13)  # the national reporting portal opened
JS_INTERETS = dt.date(2017, 6, 1)
JS_NEWSLETTER = dt.date(2019, 9, 2)
CONSULTATION = (("2011-01-01", "23 €"), ("2017-05-01", "25 €"),
                ("2018-09-15", "25 € ; téléconsultation remboursée au même tarif"))


def _js_dated(day: dt.date) -> str:
    if day < JS_REDESIGN:
        return f"Le {day.day} {MOIS[day.month - 1]} {day.year}"
    return (f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} "
            f"à {{time}}")


@cache
def _js_lettre() -> Wordings:
    base = _steps((_OLD, "Recevez chaque matin la lettre du Journal des Soignants"),
                  (JS_NEWSLETTER.isoformat(), "📩 L'essentiel de l'actualité médicale dans "
                                              "votre boîte mail, chaque matin à 7 h"))
    covid = [
        _span("2020-03-12", "2020-05-11", "Covid-19 : toutes nos informations pour les "
                                          "soignants, mises à jour chaque jour"),
        _span("2020-10-30", "2020-12-14", "Reconfinement : ce qui change pour les cabinets et "
                                          "les officines"),
    ]
    segur = [_span("2020-05-25", "2020-07-13", "Ségur de la santé : suivez la concertation "
                                               "avec nous")]
    tabac = _yearly("11-01", 3, 29, lambda y: f"Mois sans tabac {y} : nos outils pour "
                                              f"accompagner vos patients",
                    years=range(2016, 2021))
    return _calendar(base, covid, segur, tabac)


def soignants_style() -> PublisherStyle:
    """A French news site for doctors and nurses: a section from a pool, "Le" with the long
    date turned "Publié le" with the weekday and the time on 15 January 2018 (a wording per
    day), "Par", a gate for health professionals, "Lire aussi :" and "Publicité" (up to
    twice) mid-body, a conflict-of-interest line reworded for public declarations, an
    adverse-event line reworded when the reporting portal opened, a DPC training line from
    a pool, the GP consultation fee (raised in May 2017, teleconsultation added in
    September 2018), a newsletter line reworded and turned by Mois sans tabac, the
    lockdowns and the Ségur, the reproduction line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="journaldessoignants.fr", site="Journal des Soignants", base_size=170,
        subdomains=(("www.", 100),),
        sections=("exercice", "politique-de-sante", "medicament", "formation", "hopital"),
        n_authors=7, url_path="/actualites/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Exercice", "Politique de santé", "Médicament", "Formation", "Hôpital",
                         "Libéraux", "Infirmiers"),
            "dpc": ("3 heures, en ligne", "7 heures, en présentiel", "2 heures, classe "
                    "virtuelle", "14 heures, mixte"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_js_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("reserve", HEADER, 0.25, (_OLD, "Article réservé aux professionnels de santé : "
                                               "connectez-vous avec votre numéro RPPS.")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("interets", FOOTER, 0.2,
               (_OLD, "Liens d'intérêts : l'auteur déclare ne pas avoir de liens d'intérêts en "
                      "rapport avec cet article."),
               (JS_INTERETS.isoformat(), "Déclaration d'intérêts : l'auteur déclare n'avoir "
                                         "aucun lien avec les industriels cités (base "
                                         "Transparence Santé consultée).")),
            _f("pharmacovigilance", FOOTER, 0.2,
               (_OLD, "Tout effet indésirable suspecté doit être déclaré au centre régional de "
                      "pharmacovigilance dont vous dépendez."),
               (JS_SIGNALEMENT.isoformat(), "Déclarez tout effet indésirable suspecté sur le "
                                            "portail signalement-sante.gouv.fr.")),
            _f("dpc", FOOTER, 0.15, (_OLD, "Formation éligible au DPC : {dpc}")),
            _f("tarif", FOOTER, 0.12, *tabled(CONSULTATION, lambda v: (
                f"Consultation de médecine générale (G) : {v}"))),
            _f("lettre", FOOTER, 0.25, *_js_lettre()),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans l'accord de l'éditeur.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Journal des Soignants – Éditions "
                                                 "Vauban Santé")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une précédente version de cet article "
                                               "mentionnait une mauvaise posologie.")),
        ),
    )


# --- a Spanish nursing news site ----------------------------------------------------------

AE_REDESIGN = dt.date(2018, 5, 12)  # relaunched on International Nurses Day 2018
AE_BOLETIN = dt.date(2019, 1, 14)
EIR_EXAMS = {2015: "2015-01-31", 2016: "2016-02-06", 2017: "2017-02-04", 2018: "2018-02-10",
             2019: "2019-02-02", 2020: "2020-01-25"}
COLEGIADAS = (("2014-05-20", "2013|270.000"), ("2015-05-20", "2014|274.817"),
              ("2016-05-20", "2015|281.588"), ("2017-05-20", "2016|290.138"),
              ("2018-05-20", "2017|298.559"), ("2019-05-20", "2018|307.871"),
              ("2020-05-20", "2019|316.094"))  # published each May for the year before


def _ae_dated(day: dt.date) -> str:
    if day < AE_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"Actualizado el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}")


def _ae_colegiadas(value: str) -> str:
    year, count = value.split("|")
    return f"Enfermeras y enfermeros colegiados en España a 31 de diciembre de {year}: {count}"


@cache
def _ae_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter y Facebook para no perderte nada"),
                  (AE_BOLETIN.isoformat(), "📲 Recibe cada mañana la actualidad de la "
                                           "profesión en nuestro boletín gratuito"))
    covid = [_span("2020-03-14", "2020-06-21", "Estado de alarma: protocolos e información "
                                               "para enfermeras frente a la COVID-19")]
    decreto = [_span("2018-10-23", "2018-11-15", "Prescripción enfermera: el nuevo real "
                                                 "decreto, punto por punto")]
    eir = _movable(listed(EIR_EXAMS), 10, 1, lambda y: (
        f"Examen EIR del {iso_day(EIR_EXAMS[y]).day} de {MESES[iso_day(EIR_EXAMS[y]).month - 1]}"
        f": claves, plazas y última hora"))
    dia = _yearly("05-12", 2, 0, lambda y: f"12 de mayo de {y}: Día Internacional de la "
                                           f"Enfermería")
    return _calendar(base, covid, decreto, eir, dia)


def actualidadenfermera_style() -> PublisherStyle:
    """A Spanish nursing news site: a section from a pool, the numeric date and the time
    turned "Actualizado el" with the weekday and the long date on International Nurses Day
    2018 (a wording per day), the writer and the city, a gate for health professionals,
    "Noticia relacionada:" and "Publicidad" (up to twice) mid-body, an accredited-activity
    line with its credits from a pool, the number of registered nurses at the end of the
    year before (changing each May), a contributors' opinions line, a social line reworded
    and turned by the EIR exam, International Nurses Day, the nurse-prescribing decree and
    the state of alarm, the legal links and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="actualidadenfermera.es", site="Actualidad Enfermera", base_size=150,
        subdomains=(("www.", 100),),
        sections=("profesion", "formacion", "gestion", "sindical", "especialidades"),
        n_authors=5, url_path="/noticias/{section}/{slug}",
        pools={
            "seccion": ("Profesión", "Formación", "Gestión", "Sindical", "Especialidades",
                        "Estudiantes"),
            "ciudad": ("Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"),
            "creditos": ("1,2 créditos", "2,5 créditos", "3,8 créditos", "4,1 créditos"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ae_dated)),
            _f("firma", HEADER, 0.5, (_OLD, "{author}. {ciudad}")),
            _f("profesionales", HEADER, 0.25, (_OLD, "Contenido dirigido exclusivamente a "
                                                     "profesionales sanitarios")),
            _f("relacionada", MIDDLE, 0.35, (_OLD, "Noticia relacionada: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("creditos", FOOTER, 0.15, (_OLD, "Actividad acreditada por la Comisión de "
                                                "Formación Continuada de las Profesiones "
                                                "Sanitarias con {creditos}.")),
            _f("colegiadas", FOOTER, 0.12, *tabled(COLEGIADAS, _ae_colegiadas)),
            _f("opiniones", FOOTER, 0.2, (_OLD, "Actualidad Enfermera no se hace responsable de "
                                                "las opiniones de sus colaboradores.")),
            _f("aviso", FOOTER, 0.3, *_ae_aviso()),
            _f("legal", FOOTER, 0.3, (_OLD, "Aviso legal · Política de privacidad · Política de "
                                            "cookies")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Actualidad Enfermera. Todos los "
                                                 "derechos reservados.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: en una versión anterior "
                                                     "se indicaba un número de plazas "
                                                     "equivocado.")),
        ),
    )


# --- a Japanese pharmaceutical industry paper ---------------------------------------------

REIWA = dt.date(2019, 5, 1)
IT_MAGAZINE = dt.date(2018, 6, 1)
IT_TAX = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%
YAKKA = (("2014-04-01", "2014年度|▲5.64%"), ("2016-04-01", "2016年度|▲7.80%"),
         ("2018-04-01", "2018年度|▲7.48%"), ("2019-10-01", "2019年10月（消費税対応）|▲4.35%"),
         ("2020-04-01", "2020年度|▲4.38%"))
KODOKU = (("2014-04-01", "月額4,104円（税込）"), (IT_TAX.isoformat(), "月額4,180円（税込）"))


def _it_dated(day: dt.date) -> str:
    youbi = YOUBI[day.weekday()]
    if day < REIWA:
        return f"{day.year}年{day.month}月{day.day}日（{youbi}）"
    return f"{day.year}年（令和{reiwa(day.year)}年）{day.month}月{day.day}日（{youbi}）"


def _it_yakka(value: str) -> str:
    label, rate = value.split("|")
    return f"直近の薬価改定：{label}、薬価ベースで{rate}"


@cache
def _it_oshirase() -> Wordings:
    base = _steps((_OLD, "医薬タイムズ通信のメールマガジン（無料）を配信中です"),
                  (IT_MAGAZINE.isoformat(), "📩 毎朝届く医薬業界ニュース。無料メルマガの登録は"
                                            "こちらから"))
    corona = [_span("2020-02-27", "2020-05-25", "新型コロナウイルス感染症：医療機関・薬局向け"
                                                "情報まとめ")]
    yakka = [(iso_day(f"{y}-04-01", -10), iso_day(f"{y}-04-08"),
              f"{y}年度薬価改定：全品目の新薬価を掲載しています") for y in (2016, 2018, 2020)]
    nenmatsu = _yearly("12-29", 9, 7, lambda y: f"年末年始休刊のお知らせ：{y}年12月29日～"
                                                f"{y + 1}年1月5日は休刊します")
    gw = _yearly("05-03", 7, 3, lambda y: f"ゴールデンウィーク休刊のお知らせ（{y}年5月3日～"
                                          f"6日）")
    return _calendar(base, corona, yakka, nenmatsu, gw)


def iyakutimes_style() -> PublisherStyle:
    """A Japanese pharmaceutical industry paper: a section from a pool, the date with the
    weekday turned to carry the Reiwa era from 1 May 2019 (a wording per day), the
    reporter's line, a gate for healthcare professionals, "関連記事：", "広告" (up to twice)
    and a members-only line mid-body, the last drug-price revision and its rate (changing
    on the revision days), the subscription price raised with the 2019 consumption tax, a
    newsletter line reworded and turned by the New Year and Golden Week breaks, the
    drug-price revision days and the pandemic, the reprint line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="iyaku-times.jp", site="医薬タイムズ通信", base_size=130,
        subdomains=(("www.", 100),),
        sections=("gyosei", "kigyo", "kenkyu", "yakkyoku", "ryutsu"),
        n_authors=5, url_path="/news/{yyyy}{mm}{dd}/{n}.html",
        pools={"bunya": ("行政・政策", "企業", "研究開発", "薬局・薬剤師", "流通", "海外")},
        families=(
            _f("bunya", HEADER, 0.5, (_OLD, "{bunya}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_it_dated)),
            _f("kisha", HEADER, 0.4, (_OLD, "記者：{author}")),
            _f("iryo", HEADER, 0.3, (_OLD, "本記事は医療関係者向けの情報です。"
                                           "一般の方への情報提供を目的としたものではありません。")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告"), count=2),
            _f("kaiin", MIDDLE, 0.15, (_OLD, "この記事は会員限定です。"
                                             "続きはログインしてご覧ください。")),
            _f("yakka", FOOTER, 0.15, *tabled(YAKKA, _it_yakka)),
            _f("kodoku", FOOTER, 0.15, *tabled(KODOKU, lambda v: f"本紙購読料：{v}")),
            _f("oshirase", FOOTER, 0.3, *_it_oshirase()),
            _f("tensai", FOOTER, 0.35, (_OLD, "記事・写真・図表の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} 医薬タイムズ通信社 All "
                                                 "Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の承認取得日に誤りがありました。")),
        ),
    )


# --- a Chinese pharma industry news portal ------------------------------------------------

YG_REDESIGN = dt.date(2019, 1, 1)
NMPA = dt.date(2018, 4, 10)  # the drug regulator renamed
YG_APP = dt.date(2019, 6, 1)
LIANGHUI = {2015: "2015-03-05", 2016: "2016-03-05", 2017: "2017-03-05", 2018: "2018-03-05",
            2019: "2019-03-05", 2020: "2020-05-22"}  # the 2020 sessions were put off to May
CHUNJIE = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}


def _yg_dated(day: dt.date) -> str:
    if day < YG_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"{day.year}年{day.month:02d}月{day.day:02d}日 {XINGQI[day.weekday()]} {{time}}"


@cache
def _yg_gonggao() -> Wordings:
    base = _steps((_OLD, "扫描二维码，关注医药观察网微信公众号"),
                  (YG_APP.isoformat(), "📱 下载医药观察网APP，第一时间获取医药行业资讯"))
    covid = [_span("2020-01-23", "2020-04-08", "抗击新冠肺炎疫情：最新防控动态与用药指引")]
    tanpan = [
        _span("2017-07-19", "2017-07-31", "2017年国家医保谈判结果公布：36个药品纳入目录"),
        _span("2018-10-10", "2018-10-20", "抗癌药医保准入专项谈判结果公布：17种药品纳入"),
        _span("2018-12-07", "2018-12-20", "“4+7”城市药品集中采购拟中选结果公布"),
        _span("2019-11-28", "2019-12-10", "2019年国家医保谈判结果公布"),
        _span("2020-12-28", "2021-01-08", "2020年国家医保谈判结果公布"),
    ]
    lianghui = _movable(listed(LIANGHUI), 3, 9, lambda y: f"{y}年全国两会：医药界代表委员"
                                                          f"建议汇总")
    chunjie = _movable(listed(CHUNJIE), 2, 6, lambda y: f"{y}年春节假期期间本网更新调整，"
                                                        f"节后恢复正常")
    return _calendar(base, covid, tanpan, lianghui, chunjie)


def yiyaoguancha_style() -> PublisherStyle:
    """A Chinese pharma industry news portal: a section from a pool, the ISO date and time
    turned the Chinese long date with the weekday on 1 January 2019 (a wording per day),
    the writer and the source from a pool, a gate for healthcare professionals, "相关阅读："
    and "广告" (up to twice) mid-body, an adverse-reaction line reworded when the regulator
    was renamed, an app line reworded and turned by the Two Sessions (put off to May in
    2020), the reimbursement talks and volume-based procurement, the Spring Festival and
    the epidemic, a disclaimer, a press-release disclaimer, the copyright line and the
    ICP licence (a block), a rare correction."""
    return PublisherStyle(
        domain="yiyaoguancha.cn", site="医药观察网", base_size=110,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("zhengce", "yanfa", "qiye", "yibao", "qixie"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}/{n}.html",
        pools={
            "lanmu": ("政策法规", "研发动态", "企业新闻", "集采医保", "医疗器械", "国际资讯"),
            "laiyuan": ("医药观察网", "国家药监局网站", "新华社", "企业供稿", "国家医保局网站"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.85, *_by_day(_yg_dated)),
            _f("zuozhe", HEADER, 0.45, (_OLD, "作者：{author}")),
            _f("laiyuan", HEADER, 0.4, (_OLD, "来源：{laiyuan}")),
            _f("zhuanye", HEADER, 0.2, (_OLD, "本页面内容仅供医疗卫生专业人士阅读")),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告"), count=2),
            _f("buliang", FOOTER, 0.2,
               (_OLD, "如发现药品不良反应，请及时向国家食品药品监督管理总局"
                      "药品不良反应监测中心报告。"),
               (NMPA.isoformat(), "如发现药品不良反应，请及时向国家药品监督管理局药品评价中心"
                                  "（国家药品不良反应监测中心）报告。")),
            _f("gonggao", FOOTER, 0.3, *_yg_gonggao()),
            _f("mianze", FOOTER, 0.3, (_OLD, "免责声明：本文仅代表作者观点，不构成任何投资或用药"
                                             "建议。")),
            _f("gaojian", FOOTER, 0.12, (_OLD, "本文为企业新闻稿，内容由企业提供，本网不对其"
                                               "真实性负责。")),
            _f("banquan", FOOTER, 0.35, (_OLD, "版权所有 © {year} 医药观察网 未经授权 禁止转载")),
            _f("icp", FOOTER, 0.3, (_OLD, "京ICP备16042317号-2")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前版本中的临床试验入组人数有误，"
                                                 "现已更正。")),
        ),
    )


# --- a Polish pharmacy trade portal -------------------------------------------------------

KF_REDESIGN = dt.date(2018, 9, 3)
KF_NEWSLETTER = dt.date(2017, 2, 1)


def _kf_dated(day: dt.date) -> str:
    if day < KF_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, godz. {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}"


def _kf_lista(day: dt.date) -> str:
    month = day.month - (day.month + 1) % 2  # lists come into force on 1 Jan, Mar, May, ...
    return (f"Lista leków refundowanych: obowiązuje obwieszczenie Ministra Zdrowia z mocą od "
            f"1 {MIESIACE[month - 1]} {day.year}.")


@cache
def _kf_komunikat() -> Wordings:
    base = _steps((_OLD, "Polub nas na Facebooku i bądź na bieżąco"),
                  (KF_NEWSLETTER.isoformat(), "📬 Zapisz się na bezpłatny newsletter serwisu "
                                              "Kurier Farmaceutyczny"))
    covid = [_span("2020-03-12", "2020-06-30", "Koronawirus: komunikaty GIF i samorządu "
                                               "aptekarskiego dla aptek")]
    news = [
        _span("2016-09-01", "2016-09-30", "Bezpłatne leki dla seniorów 75+: sprawdź wykaz"),
        _span("2017-06-20", "2017-07-15", "„Apteka dla aptekarza” weszła w życie: co się "
                                          "zmienia"),
        _span("2020-01-02", "2020-01-31", "Od 8 stycznia e-recepta obowiązkowa: poradnik dla "
                                          "aptek"),
    ]
    return _calendar(base, covid, news)


def kurierfarmaceutyczny_style() -> PublisherStyle:
    """A Polish pharmacy trade portal: a category from a pool, the numeric date and hour
    turned the weekday and the long date on 3 September 2018 (a wording per day), the
    writer, the pharmaceutical-law gate, "Czytaj także:" and "Reklama" (up to twice)
    mid-body, the reimbursement list in force (turning on the first of every other month),
    an education-points line from a pool, an adverse-reaction line, a Facebook line turned a
    newsletter appeal and turned by the 75+ free medicines, the pharmacy-ownership law,
    mandatory e-prescriptions and the pandemic, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kurierfarmaceutyczny.pl", site="Kurier Farmaceutyczny", base_size=90,
        subdomains=(("www.", 100),),
        sections=("apteka", "rynek", "prawo", "leki", "refundacja"),
        n_authors=4, url_path="/{section}/{slug},{n}",
        pools={
            "kategoria": ("Apteka", "Rynek", "Prawo", "Leki", "Refundacja", "Technik "
                          "farmaceutyczny"),
            "punkty": ("2 punkty edukacyjne", "5 punktów edukacyjnych", "10 punktów "
                       "edukacyjnych"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_kf_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("uprawnieni", HEADER, 0.3, (_OLD, "Serwis przeznaczony wyłącznie dla osób "
                                                 "uprawnionych do wystawiania recept oraz "
                                                 "prowadzących obrót produktami leczniczymi.")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("lista", FOOTER, 0.2, *_by_day(_kf_lista)),
            _f("punkty", FOOTER, 0.15, (_OLD, "Kształcenie ciągłe: za ukończenie kursu "
                                              "farmaceuta otrzymuje {punkty}.")),
            _f("urpl", FOOTER, 0.2, (_OLD, "Działania niepożądane leków należy zgłaszać do "
                                           "Urzędu Rejestracji Produktów Leczniczych, Wyrobów "
                                           "Medycznych i Produktów Biobójczych.")),
            _f("komunikat", FOOTER, 0.3, *_kf_komunikat()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kurier Farmaceutyczny. Wszelkie "
                                                 "prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwszej wersji tekstu "
                                                    "podaliśmy błędną datę wejścia przepisów "
                                                    "w życie.")),
        ),
    )


# --- a British primary-care newsletter for GPs --------------------------------------------

PC_REDESIGN = dt.date(2018, 10, 1)
PC_YELLOW_CARD = dt.date(2015, 7, 14)  # the Yellow Card app launched
GLOBAL_SUM = (("2014-04-01", "2014/15|73.56"), ("2015-04-01", "2015/16|75.77"),
              ("2016-04-01", "2016/17|80.59"), ("2017-04-01", "2017/18|85.35"),
              ("2018-04-01", "2018/19|87.92"), ("2019-04-01", "2019/20|89.88"),
              ("2020-04-01", "2020/21|93.46"))


def _pc_dated(day: dt.date) -> str:
    if day < PC_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Bulletin · {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _pc_global_sum(value: str) -> str:
    year, amount = value.split("|")
    return f"Global sum {year}: £{amount} per weighted patient"


def primarycare_style() -> PublisherStyle:
    """A British primary-care newsletter for GPs: the UK healthcare professionals' gate,
    the long date turned "Bulletin ·" with the weekday on 1 October 2018 (a wording per
    day), a rare promotional-feature line with the sponsor from a pool, a
    prescribing-information pointer and "Related:" mid-body, an appraisal CPD line, the
    global sum per weighted patient (changing each April), the job code and date of
    preparation, a Yellow Card line reworded for the app, a declaration of interests, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="primarycarebulletin.co.uk", site="Primary Care Bulletin", base_size=70,
        subdomains=(("www.", 100),),
        sections=("clinical", "practice-business", "prescribing", "contract"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "sponsor": ("Ardmore Pharmaceuticals UK Ltd", "Kestrel Respiratory Ltd",
                        "Fenwick Diabetes Care"),
            "jobcode": ("UK-ARD-0417-0032", "UK/KES/1118/0207", "FDC-UK-0619-114",
                        "UK-ARD-0220-0391"),
        },
        families=(
            _f("hcp", HEADER, 0.55, (_OLD, "This site is intended for UK healthcare "
                                           "professionals only")),
            _f("dated", HEADER, 0.85, *_by_day(_pc_dated)),
            _f("promotional", HEADER, 0.08, (_OLD, "Promotional feature: commissioned and "
                                                   "funded by {sponsor}")),
            _f("pi-link", MIDDLE, 0.1, (_OLD, "Prescribing information and adverse event "
                                              "reporting details are at the end of this "
                                              "article.")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("cpd", FOOTER, 0.25, (_OLD, "CPD: reflect on this article and log half an hour "
                                           "in your appraisal portfolio.")),
            _f("global-sum", FOOTER, 0.15, *tabled(GLOBAL_SUM, _pc_global_sum)),
            _f("job-code", FOOTER, 0.1, (_OLD, "Job code: {jobcode} | Date of preparation: "
                                               "{month} {year}")),
            _f("yellow-card", FOOTER, 0.15,
               (_OLD, "Suspected adverse reactions should be reported to the MHRA through the "
                      "Yellow Card scheme."),
               (PC_YELLOW_CARD.isoformat(), "Suspected adverse reactions should be reported to "
                                            "the MHRA through the Yellow Card website or the "
                                            "Yellow Card app.")),
            _f("interests", FOOTER, 0.15, (_OLD, "Declaration of interests: the author has "
                                                 "none to declare.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Primary Care Bulletin Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the QOF threshold quoted in an "
                                                  "earlier version was wrong.")),
        ),
    )


# --- an American weekly biotech deals newsletter ------------------------------------------

DS_LAUNCH = dt.date(2014, 3, 3)  # issue 1, a Monday
BIOTECH_INDEX = (("2015-01-01", 3150.0), ("2015-07-20", 4150.0), ("2016-02-10", 2600.0),
                 ("2016-12-30", 2800.0), ("2017-12-29", 3400.0), ("2018-08-31", 3750.0),
                 ("2018-12-24", 2900.0), ("2019-12-31", 3800.0), ("2020-03-16", 3100.0),
                 ("2020-08-03", 4500.0), ("2021-01-10", 5000.0))


def issue_number(day: dt.date) -> int:
    return (monday_of(day) - DS_LAUNCH).days // 7 + 1


def _ds_issue(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Issue {issue_number(day)} · Week of {MONTHS[monday.month - 1]} {monday.day}, "
            f"{monday.year}")


def index_close(friday: dt.date) -> float:
    return trend(friday, BIOTECH_INDEX) * (1 + 0.025 * wobble(friday, "index"))


def _ds_index(day: dt.date) -> str:
    friday = last_friday(day)
    now, before = index_close(friday), index_close(friday - 7 * ONE)
    return (f"Biotech index, close on Friday {MONTHS[friday.month - 1][:3]} {friday.day}: "
            f"{now:,.2f} ({(now / before - 1) * 100:+.1f}% on the week)")


@cache
def _ds_banner() -> Wordings:
    base = _steps((_OLD, "Enjoying this newsletter? Forward it to a colleague"))
    covid = [_span("2020-03-16", "2020-07-31", "🦠 Our running list of COVID-19 vaccine and "
                                               "antiviral deals is updated every Friday")]
    jpm = _movable(listed(JPM_WEEK), 7, 3, lambda y: f"JPM {y}: send us your meeting slots "
                                                     f"and we will see you in San Francisco")
    tally = _yearly("12-28", 7, 3, lambda y: f"Our {y} deal tally: every licensing deal and "
                                             f"acquisition of the year, ranked")
    return _calendar(base, covid, jpm, tally)


def dealsheet_style() -> PublisherStyle:
    """An American weekly biotech deals newsletter: the issue number and the week's Monday
    (a wording per week), a presenting sponsor from a pool, the biotech index's close on the
    last Friday and its change on the week (a wording per week), the upfront payment and
    "Also this week:" mid-body, a forwarding line turned by the J.P. Morgan week, the
    year-end deal tally and the pandemic's deal list, the investment disclaimer, a
    forward-looking-statements line and the disclosure (a block), the copyright and
    unsubscribe line, a rare correction."""
    return PublisherStyle(
        domain="dealsheetbio.com", site="The Biotech Deal Sheet", base_size=55,
        subdomains=(("", 70), ("www.", 30)),
        sections=("issues", "deals"),
        n_authors=2, url_path="/p/{slug}",
        pools={"sponsor": ("Veracroft CRO", "Pellham Capital Partners", "Stonebridge "
                           "Regulatory Consulting", "Lumen BioSourcing")},
        families=(
            _f("issue", HEADER, 0.8, *_by_day(_ds_issue)),
            _f("presented", HEADER, 0.4, (_OLD, "Presented by {sponsor}")),
            _f("index", HEADER, 0.3, *_by_day(_ds_index)),
            _f("upfront", MIDDLE, 0.3, (_OLD, "Upfront: ${count} million, plus milestones")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also this week: {other_title}")),
            _f("banner", FOOTER, 0.3, *_ds_banner()),
            _f("not-advice", FOOTER, 0.5, (_OLD, "This newsletter is for information only and "
                                                 "is not investment advice.")),
            _f("forward-looking", FOOTER, 0.25, (_OLD, "Company statements quoted here may be "
                                                       "forward-looking and involve risks and "
                                                       "uncertainties.")),
            _f("disclosure", FOOTER, 0.2, (_OLD, "Disclosure: the author holds no positions in "
                                                 "the companies mentioned.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Biotech Deal Sheet · Unsubscribe "
                                                 "· Manage preferences")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's issue gave the wrong "
                                                  "acquirer for one deal.")),
        ),
    )


# --- an American online CME provider ------------------------------------------------------

CU_POSTTEST = dt.date(2018, 1, 1)
CU_STANDARDS = dt.date(2020, 12, 1)  # "ineligible companies", from the new standards


def expiry(day: dt.date) -> dt.date:
    """A year after `day` (29 February expires on 28 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _cu_release(day: dt.date) -> str:
    end = expiry(day)
    return (f"Release date: {MONTHS[day.month - 1]} {day.day}, {day.year} · Expiration date: "
            f"{MONTHS[end.month - 1]} {end.day}, {end.year}")


def clinicianupdate_style() -> PublisherStyle:
    """An American online CME provider: "Continuing Medical Education", the release date
    and the expiry a year later (a wording per day), the credit designation with its
    credits from a pool, the educational grant from a pool, the faculty disclosure reworded
    for the new standards in December 2020, an off-label line, the post-test line with its
    pass mark raised in 2018, the accreditation statement and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="clinicianupdate.org", site="Clinician Update", base_size=40,
        subdomains=(("www.", 60), ("cme.", 40)),
        sections=("cardiology", "oncology", "diabetes", "infectious-disease"),
        n_authors=3, url_path="/activities/{section}/{n}",
        pools={
            "credits": ("0.25", "0.50", "0.75", "1.00", "1.50"),
            "grant": ("Ardmore Pharmaceuticals", "Castellan Pharma", "Halvern Therapeutics"),
        },
        families=(
            _f("cme", HEADER, 0.6, (_OLD, "Continuing Medical Education")),
            _f("release", HEADER, 0.8, *_by_day(_cu_release)),
            _f("credit", HEADER, 0.5, (_OLD, "Clinician Update designates this enduring "
                                             "material for a maximum of {credits} AMA PRA "
                                             "Category 1 Credit(s)™.")),
            _f("grant", HEADER, 0.3, (_OLD, "Supported by an independent educational grant "
                                            "from {grant}.")),
            _f("faculty", FOOTER, 0.35,
               (_OLD, "Faculty disclosure: {author} has no relevant financial relationships "
                      "with commercial interests."),
               (CU_STANDARDS.isoformat(), "Faculty disclosure: {author} has no relevant "
                                          "financial relationships with ineligible "
                                          "companies.")),
            _f("off-label", FOOTER, 0.2, (_OLD, "This activity may discuss uses of products "
                                                "that are not approved by the FDA.")),
            _f("post-test", FOOTER, 0.4,
               (_OLD, "To claim credit, score 70% or more on the post-test and complete the "
                      "evaluation."),
               (CU_POSTTEST.isoformat(), "To claim credit, score 75% or more on the post-test "
                                         "and complete the evaluation.")),
            _f("accreditation", FOOTER, 0.35, (_OLD, "Clinician Update is accredited by the "
                                                     "ACCME to provide continuing medical "
                                                     "education for physicians.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Clinician Update. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: a dose in Table 2 has been "
                                                  "corrected.")),
        ),
    )


# --- the press room of a Spanish drug maker -----------------------------------------------

LA_MADRID = dt.date(2017, 10, 9)  # registered office moved from Barcelona to Madrid
PAISES = (("2014-01-01", "38"), ("2015-01-01", "41"), ("2016-01-01", "44"),
          ("2017-01-01", "47"), ("2018-01-01", "52"), ("2019-01-01", "55"),
          ("2020-01-01", "58"))


def _la_dated(day: dt.date) -> str:
    if day < LA_MADRID:
        return f"Barcelona, {day.day} de {MESES[day.month - 1]} de {day.year} –"
    return f"Madrid, {day.day} de {MESES[day.month - 1]} de {day.year}.-"


def alameda_style() -> PublisherStyle:
    """The press room of a Spanish drug maker: "NOTA DE PRENSA", the Barcelona dateline
    turned a Madrid one when the registered office moved on 9 October 2017 (a wording per
    day), a summary-of-product-characteristics pointer from a pool mid-body, the about line
    with its country count (changing each January), the press contact (a block), a
    forward-looking line, a pharmacovigilance line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="laboratoriosalameda.es", site="Laboratorios Alameda", base_size=30,
        subdomains=(("www.", 100),),
        sections=("sala-de-prensa", "noticias"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"producto": ("Alamedol® 1 g", "Ferrovital® 80 mg", "Respiral® Forte",
                            "Glucomet® 850 mg")},
        families=(
            _f("nota", HEADER, 0.6, (_OLD, "NOTA DE PRENSA")),
            _f("lugar", HEADER, 0.8, *_by_day(_la_dated)),
            _f("ficha", MIDDLE, 0.2, (_OLD, "Consulte la ficha técnica de {producto} en el "
                                            "CIMA de la AEMPS.")),
            _f("acerca", FOOTER, 0.5, *tabled(PAISES, lambda v: (
                f"Acerca de Laboratorios Alameda: compañía farmacéutica española fundada en "
                f"1962, presente en {v} países."))),
            _f("contacto", FOOTER, 0.45, (_OLD, "Contacto de prensa: prensa@laboratoriosalameda"
                                                ".es · +34 91 555 01 40")),
            _f("previsiones", FOOTER, 0.2, (_OLD, "Este comunicado puede contener previsiones "
                                                  "sujetas a riesgos e incertidumbres.")),
            _f("farmacovigilancia", FOOTER, 0.15, (_OLD, "Recuerde notificar las sospechas de "
                                                         "reacciones adversas en "
                                                         "www.notificaram.es.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Laboratorios Alameda, S.A.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: la fecha de lanzamiento "
                                                     "correcta es el 1 de marzo.")),
        ),
    )


def heldout157_styles() -> list[PublisherStyle]:
    """The held-back-157 styles, in the order the generator hands them to publishers."""
    return [
        dosewire_style(), nursingpractice_style(), pharmarundschau_style(), soignants_style(),
        actualidadenfermera_style(), iyakutimes_style(), yiyaoguancha_style(),
        kurierfarmaceutyczny_style(), primarycare_style(), dealsheet_style(),
        clinicianupdate_style(), alameda_style(),
    ]

