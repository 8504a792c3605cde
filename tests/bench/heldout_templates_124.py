"""The ``held-back-124`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-123 set. It was
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
medical disclaimer or a legally required legend. The publishers are health, medicine and
science news sites, in English, Spanish, French, German, Dutch, Hindi and Indonesian: a US
consumer health portal, the press office of a British weekly medical journal, the newsroom of
a hospital system in Ohio, a Spanish health portal, a French popular-science magazine, the
press office of a German university, a Hindi health portal, a Dutch consumer health site, an
Indonesian health portal, a British popular-science weekly, the health secretariat of a
Mexican state and the newsroom of a Dutch university medical centre. The families are the
kinds a crawl of such sites holds: dates localised day by day in American (AP months) and
British English (with summer and winter time), Spanish (CET and CEST), French (with "1er"),
German, Dutch, Hindi (later in Devanagari digits) and Indonesian (WIB), several changing form
on the day of a redesign; embargo lines worked out from the day (the next Tuesday or Wednesday,
in BST or GMT, MEZ or MESZ), press-release and bulletin numbers that climb through the year, a
weekly magazine's issue number and day, epidemiological weeks, a daily pollen forecast, a
daily COVID-19 count with a weekly traffic-light colour, a hospital ranking that turns each
August; "medically reviewed by" and "fact checked by" lines, reviewers and doctors from pools,
sources and references lines, medical disclaimers reworded, editorial-policy lines, evidence
labels (peer review, evidence type, subjects) introduced in 2018, DOI and link-to-paper lines,
journal references, funding and competing-interest statements, clinical-trial registry lines
(ClinicalTrials.gov prefixes by year, the Dutch register's old and new numbers), media
contacts, "about" boilerplate with amounts that change over the years (hospitals, students,
staff), notes for editors and end marks, photo and image credits, related and read-also links
(some up to two times), advertisement markers, subscription, consultation and premium prices
rising over the years, a legally required legend of Mexican public programmes, an electoral
blackout notice, and notices that follow the calendars of health and science (World Health
Day with its themes, World AIDS Day, World Cancer Day, Breast Cancer Awareness Month, flu
seasons and flu-shot campaigns, visitor restrictions, Zika, World Antibiotic (later
Antimicrobial) Awareness Week, a Christmas issue and the press office's holiday closure,
the Fête de la science, the Nuits des étoiles, the Nobel prizes, eclipses, gravitational
waves, the first image of a black hole, British Science Week, the Perseids, the Lange Nacht
der Wissenschaften, Girls'Day and the semesters, the Exzellenzstrategie, Yoga Day with its
ordinal, pulse polio days, dengue seasons and Delhi's smog, the Nationaal Hitteplan, the KWF
collection week, Stoptober, the new Dutch donor law, Ramadan and Lebaran, National Health Day
with its count, the Mexican electoral blackouts, and the 2020 pandemic in each country's own
terms), seasons, multi-line blocks, mid-body inserts, bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    iso_day,
    last_weekday,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ONE = dt.timedelta(days=1)

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")
HINDI_MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                "अक्टूबर", "नवंबर", "दिसंबर")
HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
DEVANAGARI_ZERO = "\u0966"
INDONESIAN_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                     "September", "Oktober", "November", "Desember")
INDONESIAN_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
                           "Nov", "Des")
INDONESIAN_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}|{day.isoformat()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def summer_time(day: dt.date) -> bool:
    """Whether European (and British) summer time is in force on `day`: from the last Sunday
    of March to the day before the last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def next_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) strictly after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def epi_week(day: dt.date) -> tuple[int, int]:
    """The epidemiological (MMWR) year and week of `day`: weeks run Sunday to Saturday, and
    week 1 is the first one with at least four days in the new year."""
    def week_one(y: int) -> dt.date:
        jan4 = dt.date(y, 1, 4)
        return jan4 - dt.timedelta(days=(jan4.weekday() + 1) % 7)

    y = day.year + 1 if day >= week_one(day.year + 1) else (
        day.year if day >= week_one(day.year) else day.year - 1)
    return y, (day - week_one(y)).days // 7 + 1


def yearly_number(day: dt.date, per_year: int) -> int:
    """A press office's running number on `day`: about `per_year` a year, from 1 on 1
    January."""
    return 1 + (day.timetuple().tm_yday - 1) * per_year // 366


# --- a US consumer health portal ------------------------------------------------------------

HW_REDESIGN = dt.date(2017, 4, 7)  # relaunched on World Health Day 2017
HW_REVIEW = dt.date(2016, 5, 2)
HW_EDITORIAL = dt.date(2018, 6, 1)
HW_DISCLAIMER = dt.date(2019, 2, 4)
HW_NEWSLETTER = dt.date(2018, 9, 4)
HW_PRIVACY = dt.date(2020, 1, 1)  # the California privacy law in force
WHO_THEMES = {2015: "food safety, from farm to plate", 2016: "beat diabetes",
              2017: "depression, let's talk", 2018: "universal health coverage for everyone, "
                                                    "everywhere",
              2019: "universal health coverage, everyone, everywhere",
              2020: "support nurses and midwives"}


def _hw_dated(day: dt.date) -> str:
    if day < HW_REDESIGN:
        return f"Published {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Updated on {AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _hw_notice() -> Wordings:
    base = _steps((_OLD, "Get the Wellness Wire newsletter: health news you can use, twice a "
                         "week"),
                  (HW_NEWSLETTER.isoformat(), "📬 Sign up for Wellness Wire, our free "
                                              "newsletter on healthy living, every Tuesday "
                                              "and Friday"))
    outbreaks: list[Event] = [
        _span("2016-02-01", "2016-11-18", "🦟 Zika virus: what travelers and pregnant women "
                                          "need to know"),
        _span("2020-01-21", "2020-03-10", "🦠 The new coronavirus: what we know so far"),
        _span("2020-03-11", "2020-12-10", "🦠 COVID-19: the latest guidance from the CDC, "
                                          "updated daily"),
        (iso_day("2020-12-11"), None, "💉 COVID-19 vaccines: who can get one, and when"),
    ]
    days = _yearly("04-07", 0, 0, lambda y: f"🌍 World Health Day {y}: {WHO_THEMES[y]}")
    days += _yearly("12-01", 0, 0, lambda y: f"🎗️ World AIDS Day {y}: know your status, get "
                                             f"tested")
    months = _yearly("10-01", 0, 30, lambda _: "🎀 October is Breast Cancer Awareness Month: "
                                               "when should you get a mammogram?")
    months += _yearly("09-10", 0, 19, lambda y: f"💉 Flu season {y}-{(y + 1) % 100:02d}: "
                                                f"where to get your flu shot")
    return _calendar(base, outbreaks, days, months)


def healthwise_style() -> PublisherStyle:
    """A US consumer health portal: a topic kicker, "Published" with the long date turned
    "Updated on" with AP months on World Health Day 2017 (a wording per day), "By", "Medically
    reviewed by" with the reviewer from a pool (reworded), a rare "Fact checked by", the
    reading time, "Related:" and advertisement markers up to twice each, the sources from a
    pool, an editorial-policy line reworded, a medical disclaimer in nearly all articles
    (reworded), a newsletter appeal reworded and turned by Zika, the pandemic and the
    vaccines, World Health Day with its themes, World AIDS Day, Breast Cancer Awareness Month
    and the flu season, a health-information code line, the copyright and the policy links
    (a block, "Do Not Sell" added in 2020), a rare correction."""
    return PublisherStyle(
        domain="healthwisedaily.com", site="Healthwise Daily", base_size=250,
        subdomains=(("www.", 95), ("m.", 5)),
        sections=("health", "conditions", "nutrition", "fitness", "mental-health",
                  "drugs-supplements"),
        n_authors=16, url_path="/{section}/{slug}",
        pools={
            "topic": ("HEART HEALTH", "DIABETES", "MENTAL HEALTH", "NUTRITION", "CANCER",
                      "SLEEP", "WOMEN'S HEALTH", "FITNESS", "ALLERGIES"),
            "reviewer": ("Maya Okafor, MD", "Samuel Reyes, MD, FACP", "Priya Natarajan, "
                         "PharmD", "Lena Hoffman, PsyD", "Jordan Wells, RD, CDE",
                         "Aaron Brightwater, DO", "Grace Liu, MD, MPH"),
            "source": ("Centers for Disease Control and Prevention",
                       "National Institutes of Health", "American Heart Association",
                       "JAMA Internal Medicine", "The New England Journal of Medicine",
                       "American Diabetes Association", "World Health Organization",
                       "U.S. Food and Drug Administration"),
        },
        families=(
            _f("topic", HEADER, 0.5, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.85, *_by_day(_hw_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "By {author}")),
            _f("reviewed", HEADER, 0.6, (_OLD, "Reviewed by {reviewer}"),
               (HW_REVIEW.isoformat(), "Medically reviewed by {reviewer}")),
            _f("fact-checked", HEADER, 0.1, (_OLD, "Fact checked by {author2}")),
            _f("reading-time", HEADER, 0.4, (_OLD, "{read_min} min read")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.4, (_OLD, "Advertisement"), count=2),
            _f("sources", FOOTER, 0.55, (_OLD, "Sources: {source_list}")),
            _f("editorial", FOOTER, 0.3, (_OLD, "Healthwise Daily has strict sourcing "
                                                "guidelines and relies on peer-reviewed "
                                                "studies, academic research institutions "
                                                "and medical associations."),
               (HW_EDITORIAL.isoformat(), "We rely on peer-reviewed studies, academic "
                                          "research institutions and medical associations, "
                                          "and we avoid tertiary references. Read our "
                                          "editorial policy.")),
            _f("disclaimer", FOOTER, 0.9, (_OLD, "This article is for informational purposes "
                                                 "only and is not a substitute for "
                                                 "professional medical advice, diagnosis or "
                                                 "treatment."),
               (HW_DISCLAIMER.isoformat(), "The information on this site is not intended to "
                                           "replace the advice of your doctor or another "
                                           "qualified health professional.")),
            _f("notice", FOOTER, 0.3, *_hw_notice()),
            _f("hon-code", FOOTER, 0.2, (_OLD, "This site complies with the HONcode standard "
                                               "for trustworthy health information.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Healthwise Daily Media, LLC. All "
                                                "rights reserved.")),
            _f("policies", FOOTER, 0.45, (_OLD, "Privacy Policy · Terms of Use · Advertising "
                                                "Policy"),
               (HW_PRIVACY.isoformat(), "Privacy Policy · Terms of Use · Advertising Policy · "
                                        "Do Not Sell My Personal Information")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong daily dose.")),
        ),
    )


# --- the press office of a British weekly medical journal ----------------------------------

WJ_REDESIGN = dt.date(2019, 1, 2)
WJ_LABELS = dt.date(2018, 7, 2)  # evidence labels on every release
WJ_INTERESTS = dt.date(2017, 1, 3)
WJ_JOURNALISTS = dt.date(2017, 5, 1)
WJ_REMOTE = dt.date(2020, 3, 23)  # the first UK lockdown
NCT_PREFIXES = (("2016-10-01", "NCT03"), ("2019-06-01", "NCT04"))
# World Antibiotic Awareness Week (renamed Antimicrobial in 2020), as the site listed it.
WAAW = {2015: "2015-11-16", 2016: "2016-11-14", 2017: "2017-11-13", 2018: "2018-11-12",
        2019: "2019-11-18", 2020: "2020-11-18"}


def _wj_embargo(day: dt.date) -> str:
    if day < WJ_REDESIGN:
        tuesday = next_weekday(day, 1)
        return (f"EMBARGOED UNTIL 23:30 UK TIME, TUESDAY {tuesday.day} "
                f"{ENGLISH_MONTHS[tuesday.month - 1].upper()} {tuesday.year}")
    wednesday = next_weekday(day, 2)
    zone = "BST" if summer_time(wednesday) else "GMT"
    return (f"Embargoed until 00:01 {zone} Wednesday {wednesday.day} "
            f"{ENGLISH_MONTHS[wednesday.month - 1]} {wednesday.year}")


def _wj_waaw(y: int) -> str:
    kind = "Antimicrobial" if y >= 2020 else "Antibiotic"
    return f"💊 World {kind} Awareness Week {y}: our papers on resistance are free to read"


def _wj_notice() -> Wordings:
    base = _steps((_OLD, "Journalists can register for embargoed access to our press "
                         "releases"),
                  (WJ_JOURNALISTS.isoformat(), "📰 Registered journalists get embargoed access "
                                               "to every paper: apply on our press page"))
    weeks = _movable(_listed(WAAW), 0, 6, _wj_waaw)
    christmas = _yearly("12-08", 0, 13, lambda y: f"🎄 The Christmas issue {y}: research with "
                                                  f"a festive twist")
    christmas += _yearly("12-23", 0, 10, lambda y: f"The press office is closed from 23 "
                                                   f"December {y} to 2 January {y + 1}; for "
                                                   f"urgent requests call the duty press "
                                                   f"officer", years=range(2014, 2021))
    covid = [_span("2020-02-01", "2020-12-31", "🦠 All our coronavirus research and "
                                               "commentary is free to read")]
    return _calendar(base, weeks, christmas, covid)


def westmoor_style() -> PublisherStyle:
    """The press office of a British weekly medical journal: "PRESS RELEASE" turned "News
    release", the embargo worked out from the day (23:30 on the next Tuesday, turned 00:01
    on the next Wednesday in BST or GMT on the 2019 relaunch; a wording per day), the peer
    review, evidence-type (from a pool) and subjects labels of 2018, "ENDS", "Notes for
    editors" reworded, the DOI and the link to the paper, funders from a pool, a
    competing-interests statement reworded, a ClinicalTrials.gov registry line (its prefix
    by year), media enquiries with the press officer from a pool (reworded in the 2020
    lockdown), the journal's "about" line, a registration appeal reworded and turned by
    World Antibiotic (later Antimicrobial) Awareness Week, the Christmas issue, the holiday
    closure and the pandemic, a rare correction."""
    return PublisherStyle(
        domain="wmjournal.org", site="Westmoor Medical Journal", base_size=220,
        subdomains=(("press.", 70), ("www.", 30)),
        sections=("research", "news", "analysis", "editorials", "christmas"),
        n_authors=6, url_path="/press-releases/{yyyy}/{mm}/{slug}",
        pools={
            "evidence": ("Randomised controlled trial", "Observational study", "Systematic "
                         "review and meta-analysis", "Cohort study", "Case-control study",
                         "Modelling study", "Qualitative study"),
            "subjects": ("People", "People", "People", "Animals", "Cells"),
            "funder": ("Medical Research Council", "Wellcome Trust", "National Institute for "
                       "Health Research", "British Heart Foundation", "Cancer Research UK",
                       "European Research Council"),
            "press_officer": ("Harriet Lowe", "Tom Achebe", "Sophie Marchetti",
                              "Rhys Pembridge"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "PRESS RELEASE"),
               (WJ_REDESIGN.isoformat(), "News release")),
            _f("embargo", HEADER, 0.85, *_by_day(_wj_embargo)),
            _f("peer-review", HEADER, 0.6, (_OLD, "Peer reviewed research"),
               (WJ_LABELS.isoformat(), "Externally peer reviewed? Yes")),
            _f("evidence", HEADER, 0.55, (_OLD, "Study type: {evidence}"),
               (WJ_LABELS.isoformat(), "Evidence type: {evidence}")),
            _f("subjects", HEADER, 0.45, (_OLD, "Subjects: {subjects}")),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.5, (_OLD, "Notes for editors"),
               (WJ_REDESIGN.isoformat(), "Notes to editors")),
            _f("doi", FOOTER, 0.55, (_OLD, "DOI: 10.4421/wmj-{year}-{n}")),
            _f("link", FOOTER, 0.3, (_OLD, "Please link to the paper in online coverage: "
                                           "https://doi.org/10.4421/wmj-{year}-{n}")),
            _f("funding", FOOTER, 0.5, (_OLD, "Funding: {funder_list}")),
            _f("competing", FOOTER, 0.5, (_OLD, "Competing interests: none declared."),
               (WJ_INTERESTS.isoformat(), "Declaration of interests: the authors declare no "
                                          "competing interests; see the paper for full "
                                          "details.")),
            _f("trial", FOOTER, 0.2, (_OLD, "Trial registration: ClinicalTrials.gov NCT02{n}"),
               *((start, f"Trial registration: ClinicalTrials.gov {prefix}{{n}}")
                 for start, prefix in NCT_PREFIXES)),
            _f("contact", FOOTER, 0.5, (_OLD, "Media enquiries: {press_officer}, Westmoor "
                                              "Medical Journal press office, +44 (0)20 0000 "
                                              "5170"),
               (WJ_REMOTE.isoformat(), "Media enquiries: {press_officer} (working remotely), "
                                       "press@wmjournal.org")),
            _f("about", FOOTER, 0.3, (_OLD, "The Westmoor Medical Journal has published "
                                            "peer-reviewed research since 1868 and is read in "
                                            "more than 120 countries.")),
            _f("notice", FOOTER, 0.25, *_wj_notice()),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release has been updated "
                                                  "to give the correct number of "
                                                  "participants.")),
        ),
    )


# --- the newsroom of a hospital system in Ohio ----------------------------------------------

LH_REDESIGN = dt.date(2016, 7, 1)
LH_NONDISCRIMINATION = dt.date(2016, 10, 16)  # the federal notice rule in force
LH_SOCIAL = dt.date(2018, 2, 1)


def _lh_dated(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {AP_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def ranking_season(day: dt.date) -> int:
    """The first year of the hospital ranking in force on `day` (published each 1 August)."""
    return day.year if day.month >= 8 else day.year - 1


def _lh_ranking(day: dt.date) -> str:
    first = ranking_season(day)
    return (f"Recognized among the best regional hospitals in Ohio, {first}-"
            f"{(first + 1) % 100:02d}")


def _lh_notice() -> Wordings:
    base = _steps((_OLD, "Find a doctor or schedule an appointment: call 1-800-000-5866 or use "
                         "MyLakemont"),)
    covid: list[Event] = [
        _span("2020-03-13", "2020-06-14", "🚫 To protect patients and staff from COVID-19, "
                                          "visitors are not allowed in our hospitals, with "
                                          "limited exceptions"),
        (iso_day("2020-06-15"), None, "😷 Masks are required in every Lakemont building; one "
                                      "adult visitor per patient"),
    ]
    flu = _yearly("12-15", 0, 89, lambda _: "🤧 Flu season visitor restrictions: children under "
                                            "14 and anyone with flu symptoms may not visit "
                                            "patients", years=range(2014, 2021))
    return _calendar(base, covid, flu)


def lakemont_style() -> PublisherStyle:
    """The newsroom of a nonprofit hospital system in Ohio: a category kicker, "FOR IMMEDIATE
    RELEASE", the long date turned the weekday and AP months on the 2016 relaunch (a wording
    per day), a dateline with the city from a pool, the media contact from a pool, a photo
    courtesy line and "Related story:" mid-body, "###", the "about" boilerplate whose
    hospitals and outpatient centers grow over the years, a ranking line turning each August,
    an equal-opportunity line turned the federal non-discrimination notice, an appointments
    line turned by flu-season visitor restrictions and the 2020 visitor and mask rules, a
    foundation appeal, a social line reworded, the copyright, a rare correction."""
    return PublisherStyle(
        domain="lakemonthealth.org", site="Lakemont Health", base_size=195,
        subdomains=(("newsroom.", 80), ("www.", 20)),
        sections=("news", "research", "community", "awards", "patient-stories"),
        n_authors=5, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "category": ("Hospital News", "Research & Innovation", "Community",
                         "Awards & Recognition", "Patient Stories", "Cancer Care",
                         "Heart & Vascular"),
            "city": ("LAKEMONT", "AKRON", "SANDUSKY", "ELYRIA", "MEDINA"),
            "contact": ("Dana Whitfield, 216-000-4410", "Marcus Oyelaran, 216-000-4417",
                        "Colleen Basso, 216-000-4432"),
        },
        families=(
            _f("category", HEADER, 0.4, (_OLD, "{category}")),
            _f("release", HEADER, 0.5, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("dated", HEADER, 0.85, *_by_day(_lh_dated)),
            _f("dateline", HEADER, 0.45, (_OLD, "{city}, Ohio —")),
            _f("contact", HEADER, 0.55, (_OLD, "Media Contact: {contact}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo courtesy of Lakemont Health")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related story: {other_title}")),
            _f("ends", FOOTER, 0.45, (_OLD, "###")),
            _f("about", FOOTER, 0.7, (_OLD, "About Lakemont Health: a nonprofit academic health "
                                            "system of six hospitals and 40 outpatient health "
                                            "centers in northeast Ohio."),
               ("2017-09-01", "About Lakemont Health: a nonprofit academic health system of "
                              "seven hospitals and 44 outpatient health centers in northeast "
                              "Ohio."),
               ("2019-07-01", "About Lakemont Health: a nonprofit academic health system of "
                              "seven hospitals and 52 outpatient health centers in northeast "
                              "Ohio.")),
            _f("ranking", FOOTER, 0.25, *_by_day(_lh_ranking)),
            _f("nondiscrimination", FOOTER, 0.25, (_OLD, "Lakemont Health is an equal "
                                                         "opportunity employer."),
               (LH_NONDISCRIMINATION.isoformat(), "Lakemont Health complies with applicable "
                                                  "federal civil rights laws and does not "
                                                  "discriminate on the basis of race, color, "
                                                  "national origin, age, disability or "
                                                  "sex.")),
            _f("notice", FOOTER, 0.3, *_lh_notice()),
            _f("foundation", FOOTER, 0.15, (_OLD, "Support care close to home: give to the "
                                                  "Lakemont Health Foundation.")),
            _f("social", FOOTER, 0.3, (_OLD, "Follow Lakemont Health on Facebook and "
                                             "Twitter"),
               (LH_SOCIAL.isoformat(), "Follow Lakemont Health on Facebook, Twitter, "
                                       "Instagram and LinkedIn")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Lakemont Health. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release was updated to "
                                                  "correct the physician's title.")),
        ),
    )


# --- a Spanish health portal ----------------------------------------------------------------

SD_REDESIGN = dt.date(2016, 4, 7)  # relaunched on World Health Day 2016
SD_REVIEW = dt.date(2018, 1, 15)
SD_DISCLAIMER = dt.date(2019, 3, 1)
SPANISH_SHORT_MONTHS = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT",
                        "NOV", "DIC")


def _sd_dated(day: dt.date) -> str:
    if day < SD_REDESIGN:
        return f"Actualizado: {day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    zone = "CEST" if summer_time(day) else "CET"
    return f"{day.day:02d} {SPANISH_SHORT_MONTHS[day.month - 1]} {day.year} - {{time}} {zone}"


def _sd_notice() -> Wordings:
    base = _steps((_OLD, "Recibe cada semana nuestro boletín de salud en tu correo"),)
    alarm: list[Event] = [
        _span("2020-03-14", "2020-06-20", "🦠 Estado de alarma: las medidas frente al "
                                          "coronavirus, al día"),
        _span("2020-06-21", "2020-10-24", "😷 Nueva normalidad: mascarilla obligatoria y "
                                          "medidas por comunidades"),
        (iso_day("2020-10-25"), None, "🦠 Segundo estado de alarma: toque de queda y cierres "
                                      "perimetrales por comunidades"),
    ]
    days = _yearly("02-04", 0, 0, lambda y: f"🎗️ Día Mundial contra el Cáncer {y}: la "
                                            f"prevención empieza hoy")
    days += _yearly("06-14", 0, 0, lambda _: "🩸 Día Mundial del Donante de Sangre: dona, "
                                             "salva vidas")
    flu = _yearly("10-15", 0, 46, lambda y: f"💉 Campaña de vacunación de la gripe {y}-"
                                            f"{y + 1}: quién debe vacunarse")
    return _calendar(base, alarm, days, flu)


def saludaldia_style() -> PublisherStyle:
    """A Spanish health portal: a section kicker, "Actualizado:" with the numeric date turned
    the upper-case short month and CET or CEST on World Health Day 2016 (a wording per
    day), "Por", the reviewing doctor from a pool (reworded), "Te puede interesar:" and
    "Publicidad" up to twice each, the sources from a pool, a medical disclaimer reworded, a
    newsletter line turned by World Cancer Day, World Blood Donor Day, the flu-shot campaign
    and the 2020 states of alarm, the seasons of pollen, heat, colds and cold, the
    publisher and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="saludaldia.es", site="Salud al Día", base_size=170,
        subdomains=(("www.", 100),),
        sections=("salud", "enfermedades", "nutricion", "bienestar", "mujer", "infantil"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "seccion": ("Salud", "Enfermedades", "Nutrición", "Bienestar", "Mujer",
                        "Salud infantil", "Medicamentos"),
            "revisor": ("Dra. Elena Montoro, médica de familia", "Dr. Javier Ruiz Aguado, "
                        "cardiólogo", "Dra. Nuria Castells, pediatra", "Dr. Andrés Peña, "
                        "farmacéutico", "Dra. Lucía Ferrer, dermatóloga"),
            "fuente": ("Ministerio de Sanidad", "Organización Mundial de la Salud", "SEMFYC",
                       "AEMPS", "Instituto de Salud Carlos III", "The Lancet",
                       "Asociación Española Contra el Cáncer"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_sd_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}")),
            _f("revisado", HEADER, 0.45, (_OLD, "Revisado por: {revisor}"),
               (SD_REVIEW.isoformat(), "Contenido revisado por {revisor}")),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.35, (_OLD, "Publicidad"), count=2),
            _f("fuentes", FOOTER, 0.45, (_OLD, "Fuentes: {fuente_list}")),
            _f("aviso-medico", FOOTER, 0.7, (_OLD, "La información de este artículo no "
                                                   "sustituye en ningún caso la consulta con "
                                                   "un profesional sanitario."),
               (SD_DISCLAIMER.isoformat(), "Este contenido es divulgativo: ante cualquier duda "
                                           "sobre tu salud, consulta a tu médico o "
                                           "farmacéutico.")),
            _f("aviso", FOOTER, 0.3, *_sd_notice()),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("03-20", "🌸 Alergia al polen: consulta los niveles en tu comunidad"),
                ("06-21", "☀️ Calor: cómo prevenir un golpe de calor"),
                ("10-01", "🤧 Resfriado o gripe: cuándo conviene ir al médico"),
                ("12-21", "❄️ Frío: cuida tu corazón en invierno"))),
            _f("editor", FOOTER, 0.25, (_OLD, "Salud al Día es un medio de información "
                                              "sanitaria editado por Divulga Salud Media, "
                                              "S.L.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Salud al Día. Todos los derechos "
                                               "reservados.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: una versión anterior de "
                                                     "este artículo daba una dosis "
                                                     "equivocada.")),
        ),
    )


# --- a French popular-science magazine ------------------------------------------------------

HS_REDESIGN = dt.date(2018, 10, 6)  # relaunched on the first day of the Fête de la science
HS_LOCKED = dt.date(2018, 10, 6)
FETE_DE_LA_SCIENCE = {2015: ("2015-10-07", "2015-10-11"), 2016: ("2016-10-08", "2016-10-16"),
                      2017: ("2017-10-07", "2017-10-15"), 2018: ("2018-10-06", "2018-10-14"),
                      2019: ("2019-10-05", "2019-10-13"), 2020: ("2020-10-02", "2020-10-12")}
NUITS_DES_ETOILES = {2015: "2015-08-07", 2016: "2016-08-05", 2017: "2017-07-28",
                     2018: "2018-08-03", 2019: "2019-08-02", 2020: "2020-08-07"}


def french_day(day: dt.date) -> str:
    """The day of the month as French prints it: "1er" for the first."""
    return "1er" if day.day == 1 else str(day.day)


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day)} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def _hs_doi(day: dt.date) -> str:
    return f"DOI : 10.1038/s41586-0{day.year % 100:02d}-{{n}}"


def _hs_notice() -> Wordings:
    base = _steps((_OLD, "Recevez chaque vendredi la lettre d'Horizon Sciences"),)
    news: list[Event] = [
        _span("2015-03-15", "2015-03-20", "🌘 Éclipse partielle du 20 mars : comment l'observer "
                                          "sans danger"),
        _span("2016-09-26", "2016-09-30", "☄️ Fin de la mission Rosetta : la sonde se pose sur "
                                          "sa comète"),
        _span("2017-08-14", "2017-08-22", "🌘 Éclipse totale aux États-Unis : suivez-la en "
                                          "direct"),
        _span("2020-03-17", "2020-05-10", "🦠 Covid-19 : ce que dit la science, nos articles en "
                                          "accès libre"),
        _span("2020-10-30", "2020-12-14", "🦠 Reconfinement : nos articles sur le virus restent "
                                          "en accès libre"),
    ]
    fetes = [_span(first, last, f"🔬 Fête de la science {y} : les animations près de chez "
                                f"vous") for y, (first, last) in FETE_DE_LA_SCIENCE.items()]
    fetes += _movable(_listed(NUITS_DES_ETOILES), 3, 2, lambda y: f"🌌 Nuits des étoiles {y} : "
                                                                   f"où observer le ciel d'été")
    nobel = _movable(lambda y: nth_weekday(y, 10, 0, 1), 0, 9,
                     lambda y: f"🏅 Prix Nobel {y} : toutes les annonces, jour après jour")
    return _calendar(base, news, fetes, nobel)


def horizon_style() -> PublisherStyle:
    """A French popular-science magazine: a section kicker, "Publié le" with the numeric date
    and the time turned the weekday and the long date (with "1er") on the first day of the
    Fête de la science 2018 (a wording per day), "Par", a subscribers-only line reworded,
    "À lire aussi :" up to twice, "Publicité", an image credit from a pool, the journal from
    a pool, a DOI line changing with the year, a subscription price rising, a newsletter line
    turned by eclipses, Rosetta, the two lockdowns, the Fête de la science, the Nuits des
    étoiles and the Nobel prizes, the publisher and the rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="horizonsciences.fr", site="Horizon Sciences", base_size=150,
        subdomains=(("www.", 100),),
        sections=("sante", "espace", "climat", "biologie", "physique", "paleontologie"),
        n_authors=8, url_path="/{section}/{slug}_{n}",
        pools={
            "rubrique": ("Santé", "Espace", "Climat", "Biologie", "Physique", "Paléontologie",
                         "Neurosciences"),
            "credit": ("NASA/JPL-Caltech", "ESO/L. Calçada", "CNRS Photothèque", "Inserm",
                       "ESA", "Getty Images", "Science Photo Library"),
            "revue": ("Nature", "Science", "The Lancet", "Cell", "PNAS", "Nature Medicine",
                      "The BMJ", "Astronomy & Astrophysics"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_hs_dated)),
            _f("par", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("abonnes", HEADER, 0.15, (_OLD, "Article réservé aux abonnés"),
               (HS_LOCKED.isoformat(), "🔒 Réservé à nos abonnés")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité")),
            _f("credit", MIDDLE, 0.3, (_OLD, "Crédit : {credit}")),
            _f("source", FOOTER, 0.5, (_OLD, "Source : {revue}")),
            _f("doi", FOOTER, 0.2, *_by_day(_hs_doi)),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Abonnez-vous à Horizon Sciences : le magazine "
                                                 "et le site pour 4,90 € par mois"),
               ("2017-01-01", "Abonnez-vous à Horizon Sciences : le magazine et le site pour "
                              "5,40 € par mois"),
               ("2019-09-01", "Abonnez-vous à Horizon Sciences : le magazine et le site pour "
                              "5,90 € par mois")),
            _f("lettre", FOOTER, 0.3, *_hs_notice()),
            _f("editeur", FOOTER, 0.2, (_OLD, "Horizon Sciences est édité par les Éditions du "
                                              "Méridien SAS.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© Horizon Sciences {year} – Tous droits "
                                             "réservés")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une version précédente de "
                                                    "cet article donnait une mauvaise "
                                                    "distance.")),
        ),
    )


# --- the press office of a German university ------------------------------------------------

UH_REDESIGN = dt.date(2017, 10, 16)  # relaunched on the first day of lectures
LANGE_NACHT = {2015: "2015-06-13", 2016: "2016-06-11", 2017: "2017-06-24", 2018: "2018-06-09",
               2019: "2019-06-15"}
GIRLS_DAY = {2015: "2015-04-23", 2016: "2016-04-28", 2017: "2017-04-27", 2018: "2018-04-26",
             2019: "2019-03-28"}


def _uh_number(day: dt.date) -> str:
    return f"Pressemitteilung Nr. {yearly_number(day, 180)}/{day.year}"


def _uh_dated(day: dt.date) -> str:
    if day < UH_REDESIGN:
        return f"Hohenmark, den {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"


def _uh_embargo(day: dt.date) -> str:
    wednesday = next_weekday(day, 2)
    zone = "MESZ" if summer_time(wednesday) else "MEZ"
    return (f"Sperrfrist: Mittwoch, {wednesday.day:02d}.{wednesday.month:02d}."
            f"{wednesday.year}, 17:00 Uhr {zone}")


def lectures_start(y: int) -> dt.date:
    """The first day of lectures of the winter semester: the third Monday of October."""
    return nth_weekday(y, 10, 0, 3)


def _uh_notice() -> Wordings:
    base = _steps((_OLD, "Abonnieren Sie unsere Pressemitteilungen per E-Mail oder RSS"),)
    news: list[Event] = [
        _span("2018-09-27", "2018-10-05", "🏆 Exzellenzstrategie: zwei Exzellenzcluster für die "
                                          "Universität Hohenmark"),
        _span("2020-03-16", "2020-09-30", "🦠 Coronavirus: Präsenzlehre ausgesetzt – aktuelle "
                                          "Hinweise für Studierende und Beschäftigte"),
        (iso_day("2020-10-01"), None, "🦠 Wintersemester 2020/21 überwiegend digital: die "
                                      "aktuellen Regeln auf dem Campus"),
    ]
    days = _movable(_listed(LANGE_NACHT), 7, 0, lambda y: f"🔭 Lange Nacht der Wissenschaften "
                                                          f"{y}: über 200 Programmpunkte auf "
                                                          f"dem Campus")
    days += _movable(_listed(GIRLS_DAY), 7, 0, lambda y: f"👩‍🔬 Girls'Day {y}: Schülerinnen "
                                                         f"forschen einen Tag lang mit")
    semesters = _movable(lectures_start, 7, 6,
                         lambda y: f"🎓 Vorlesungsbeginn im Wintersemester {y}/"
                                   f"{(y + 1) % 100:02d}: Willkommen an alle Erstsemester")
    semesters += _movable(lambda y: nth_weekday(y, 4, 0, 2), 3, 4,
                          lambda y: f"🎓 Das Sommersemester {y} beginnt: "
                                    f"Vorlesungsverzeichnis und Raumpläne")
    return _calendar(base, news, days, semesters)


def hohenmark_style() -> PublisherStyle:
    """The press office of a German university: the press release's number climbing through
    the year (a wording about every two days), "Hohenmark, den" with the numeric date turned
    "Veröffentlicht am" with the long date on the first day of lectures in 2017 (a wording
    per day), a rare embargo on the next Wednesday at 17:00 in MEZ or MESZ, photo credits,
    the scientific contact from a pool, the original publication with its journal from a
    pool, the funder from a pool, the further-information line, the "about" line whose
    student numbers grow each winter semester, a subscription line turned by the
    Exzellenzstrategie, the pandemic semesters, the Lange Nacht der Wissenschaften, Girls'Day
    and the semester starts, the idw line and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="uni-hohenmark.de", site="Universität Hohenmark", base_size=130,
        subdomains=(("www.", 60), ("presse.", 40)),
        sections=("forschung", "medizin", "studium", "campus", "personalia"),
        n_authors=4, url_path="/presse/{yyyy}/{slug}",
        pools={
            "professor": ("Prof. Dr. Katrin Vollmer, Institut für Molekulare Medizin",
                          "Prof. Dr. Jonas Eberhardt, Klinik für Kardiologie",
                          "Dr. Miriam Osterkamp, Institut für Virologie",
                          "Prof. Dr. Halil Demirtaş, Institut für Physik",
                          "PD Dr. Sabine Reuther, Institut für Epidemiologie"),
            "journal": ("Nature", "Nature Communications", "Cell Reports", "The Lancet",
                        "Science Advances", "PNAS", "eLife"),
            "foerderer": ("Deutsche Forschungsgemeinschaft (DFG)", "Bundesministerium für "
                          "Bildung und Forschung (BMBF)", "Europäischer Forschungsrat (ERC)",
                          "VolkswagenStiftung", "Deutsche Krebshilfe"),
        },
        families=(
            _f("nummer", HEADER, 0.6, *_by_day(_uh_number)),
            _f("datum", HEADER, 0.8, *_by_day(_uh_dated)),
            _f("sperrfrist", HEADER, 0.12, *_by_day(_uh_embargo)),
            _f("bild", MIDDLE, 0.35, (_OLD, "Foto: Universität Hohenmark/{author2}")),
            _f("ansprechpartner", FOOTER, 0.55, (_OLD, "Wissenschaftliche Ansprechpartner: "
                                                       "{professor}")),
            _f("original", FOOTER, 0.5, (_OLD, "Originalpublikation: {author2} et al.: "
                                               "{title}. {journal} ({year}). DOI: "
                                               "10.1000/uh.{year}.{n}")),
            _f("foerderung", FOOTER, 0.35, (_OLD, "Förderung: {foerderer}")),
            _f("weitere", FOOTER, 0.3, (_OLD, "Weitere Informationen: "
                                              "www.uni-hohenmark.de/presse")),
            _f("ueber", FOOTER, 0.25, (_OLD, "Die Universität Hohenmark ist mit rund 27.000 "
                                             "Studierenden die größte Hochschule der Region."),
               ("2016-10-01", "Die Universität Hohenmark ist mit rund 28.500 Studierenden die "
                              "größte Hochschule der Region."),
               ("2018-10-01", "Die Universität Hohenmark ist mit rund 29.800 Studierenden die "
                              "größte Hochschule der Region."),
               ("2020-10-01", "Die Universität Hohenmark ist mit rund 30.400 Studierenden die "
                              "größte Hochschule der Region.")),
            _f("hinweis", FOOTER, 0.25, *_uh_notice()),
            _f("idw", FOOTER, 0.3, (_OLD, "Diese Pressemitteilung wurde über den "
                                          "Informationsdienst Wissenschaft (idw) verbreitet.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Universität Hohenmark · Impressum · "
                                                 "Datenschutz")),
            _f("berichtigung", HEADER, 0.04, (_OLD, "Berichtigung: In einer früheren Fassung "
                                                    "war der Name der Fachzeitschrift falsch "
                                                    "angegeben.")),
        ),
    )


# --- a Hindi health portal ------------------------------------------------------------------

SH_REDESIGN = dt.date(2018, 6, 21)  # relaunched on International Yoga Day 2018
SH_DISCLAIMER = dt.date(2017, 4, 7)
SH_REVIEW = dt.date(2019, 1, 1)
SH_APP = dt.date(2019, 1, 1)
PULSE_POLIO = {2015: "2015-01-18", 2016: "2016-01-17", 2017: "2017-01-29", 2018: "2018-01-28",
               2019: "2019-03-10", 2020: "2020-01-19"}
HINDI_ORDINALS = {1: "पहला", 2: "दूसरा", 3: "तीसरा", 4: "चौथा", 5: "पांचवां", 6: "छठा"}


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"अपडेट किया गया: {day.day:02d}-{day.month:02d}-{day.year}"
    return (f"{HINDI_WEEKDAYS[day.weekday()]}, {digits(day.day, DEVANAGARI_ZERO)} "
            f"{HINDI_MONTHS[day.month - 1]} {digits(day.year, DEVANAGARI_ZERO)}")


def _sh_notice() -> Wordings:
    base = _steps((_OLD, "सेहत से जुड़ी हर खबर के लिए हमें फेसबुक पर फॉलो करें"),
                  (SH_APP.isoformat(), "📱 सेहत दर्पण ऐप डाउनलोड करें और पाएं रोज़ाना हेल्थ "
                                       "अलर्ट"))
    days = _yearly("06-21", 2, 0, lambda y: f"🧘 {HINDI_ORDINALS[y - 2014]} अंतरराष्ट्रीय योग "
                                            f"दिवस: घर पर करें ये आसान आसन")
    days += _movable(_listed(PULSE_POLIO), 2, 0, lambda y: f"💧 पल्स पोलियो अभियान {y}: पांच "
                                                           f"साल तक के बच्चों को दो बूंद "
                                                           f"ज़रूर पिलाएं")
    days += _yearly("04-07", 0, 0, lambda y: f"🌍 विश्व स्वास्थ्य दिवस {y}")
    covid: list[Event] = [
        _span("2020-03-22", "2020-05-31", "🦠 लॉकडाउन: कोरोना से जुड़ी हर जरूरी जानकारी, "
                                          "हेल्पलाइन 1075"),
        (iso_day("2020-06-01"), None, "😷 अनलॉक: मास्क पहनें और दो गज की दूरी बनाए रखें"),
    ]
    seasons = _yearly("08-01", 0, 91, lambda _: "🦟 डेंगू का मौसम: मच्छरों से बचाव के उपाय "
                                                "और लक्षण")
    seasons += _yearly("11-01", 0, 19, lambda _: "😷 दिल्ली-एनसीआर में प्रदूषण: सांस के मरीज़ "
                                                 "ये सावधानियां बरतें")
    return _calendar(base, days, covid, seasons)


def sehatdarpan_style() -> PublisherStyle:
    """A Hindi health portal: a category kicker, "अपडेट किया गया:" with the numeric date turned
    the weekday and the long date in Devanagari digits on Yoga Day 2018 (a wording per day),
    the writer, the reviewing doctor from a pool (reworded), "ये भी पढ़ें:" up to twice,
    "विज्ञापन", the sources from a pool, a disclaimer reworded, a social line turned an app
    appeal and turned by Yoga Day with its ordinal, pulse polio days, World Health Day, the
    lockdown and unlock, dengue seasons and Delhi's smog, a premium price rising, the
    copyright, a rare correction."""
    return PublisherStyle(
        domain="sehatdarpan.com", site="सेहत दर्पण", base_size=110,
        subdomains=(("www.", 100),),
        sections=("health", "fitness", "diet", "yoga", "diseases", "women-health"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("स्वास्थ्य", "फिटनेस", "डाइट", "योग", "बीमारियां", "महिला स्वास्थ्य",
                       "आयुर्वेद"),
            "doctor": ("डॉ. अनुराधा मिश्रा, एमडी (मेडिसिन)", "डॉ. राकेश सहगल, हृदय रोग विशेषज्ञ",
                       "डॉ. फ़रहाना ख़ान, स्त्री रोग विशेषज्ञ", "डॉ. विवेक त्रिपाठी, बाल रोग "
                       "विशेषज्ञ"),
            "srot": ("विश्व स्वास्थ्य संगठन", "आईसीएमआर", "एम्स नई दिल्ली", "स्वास्थ्य एवं परिवार "
                     "कल्याण मंत्रालय", "द लैंसेट", "नेशनल हेल्थ पोर्टल"),
        },
        families=(
            _f("shreni", HEADER, 0.4, (_OLD, "{shreni}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_sh_dated)),
            _f("lekhak", HEADER, 0.55, (_OLD, "लेखक: {author}")),
            _f("review", HEADER, 0.45, (_OLD, "द्वारा समीक्षित: {doctor}"),
               (SH_REVIEW.isoformat(), "मेडिकली रिव्यूड: {doctor}")),
            _f("ye-bhi", MIDDLE, 0.35, (_OLD, "ये भी पढ़ें: {other_title}"), count=2),
            _f("vigyapan", MIDDLE, 0.35, (_OLD, "विज्ञापन")),
            _f("srot", FOOTER, 0.35, (_OLD, "स्रोत: {srot_list}")),
            _f("asvikaran", FOOTER, 0.75, (_OLD, "अस्वीकरण: यह लेख केवल सामान्य जानकारी के लिए "
                                                 "है। कोई भी उपाय अपनाने से पहले अपने डॉक्टर से "
                                                 "सलाह जरूर लें।"),
               (SH_DISCLAIMER.isoformat(), "डिस्क्लेमर: इस लेख में दी गई जानकारी किसी भी तरह "
                                           "से डॉक्टर की सलाह का विकल्प नहीं है। अधिक जानकारी "
                                           "के लिए अपने चिकित्सक से संपर्क करें।")),
            _f("suchna", FOOTER, 0.3, *_sh_notice()),
            _f("premium", FOOTER, 0.15, (_OLD, "प्रीमियम सदस्यता लें: सिर्फ ₹49 प्रति माह"),
               ("2018-04-01", "प्रीमियम सदस्यता लें: सिर्फ ₹79 प्रति माह"),
               ("2020-04-01", "प्रीमियम सदस्यता लें: सिर्फ ₹99 प्रति माह")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} सेहत दर्पण. सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस लेख के पिछले संस्करण में दवा की खुराक "
                                              "गलत लिखी गई थी।")),
        ),
    )


# --- a Dutch consumer health site -----------------------------------------------------------

GV_REDESIGN = dt.date(2017, 3, 15)
GV_REVIEW = dt.date(2019, 1, 7)
GV_DISCLAIMER = dt.date(2018, 5, 25)
HEAT_PLANS = (("2015-06-30", "2015-07-05"), ("2018-07-23", "2018-08-08"),
              ("2019-07-22", "2019-07-27"), ("2020-08-06", "2020-08-17"))
POLLEN_LEVELS = ("laag", "laag", "matig", "matig", "hoog", "zeer hoog")


def pollen_level(day: dt.date) -> str:
    """The day's made-up pollen forecast: none from November to January."""
    if day.month in (11, 12, 1):
        return "geen"
    return POLLEN_LEVELS[hashed(day, "pollen", 0, len(POLLEN_LEVELS) - 1)]


def _gv_dated(day: dt.date) -> str:
    if day < GV_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year} | {{time}}"
    return (f"{DUTCH_WEEKDAYS[day.weekday()]} {day.day} {DUTCH_MONTHS[day.month - 1]} "
            f"{day.year}")


def _gv_pollen(day: dt.date) -> str:
    return (f"🌾 Hooikoortsradar {DUTCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{DUTCH_MONTHS[day.month - 1]}: {pollen_level(day)}")


def _gv_notice() -> Wordings:
    base = _steps((_OLD, "Schrijf je in voor de gratis nieuwsbrief van Gezond Vandaag"),)
    covid: list[Event] = [
        _span("2020-03-12", "2020-06-30", "🦠 Coronavirus: de actuele maatregelen en adviezen "
                                          "van het RIVM"),
        _span("2020-10-14", "2020-12-14", "🦠 Gedeeltelijke lockdown: dit zijn de regels"),
        (iso_day("2020-12-15"), None, "🦠 Lockdown tot en met 19 januari: wat mag nog wel?"),
    ]
    heat = [_span(first, last, "🌡️ Het Nationaal Hitteplan is actief: let op ouderen en drink "
                               "genoeg water") for first, last in HEAT_PLANS]
    campaigns = _yearly("10-15", 0, 31, lambda y: f"💉 Griepprik {y}: uitnodiging gekregen? "
                                                  f"Dit moet je weten")
    campaigns += _movable(lambda y: nth_weekday(y, 9, 6, 1), 0, 6,
                          lambda y: f"🎗️ KWF-collecteweek {y}: geef aan de collectant")
    campaigns += _yearly("10-01", 0, 13, lambda y: f"🚭 Stoptober {y}: 28 dagen niet roken, "
                                                   f"doe je mee?")
    return _calendar(base, covid, heat, campaigns)


def gezondvandaag_style() -> PublisherStyle:
    """A Dutch consumer health site: a section kicker, the numeric date and the time turned
    the weekday and the long date on the 2017 relaunch (a wording per day), "Door", the
    checking doctor from a pool (reworded), "Lees ook:" up to twice, "Advertentie", the
    sources from a pool, a disclaimer reworded on the GDPR day, a pollen forecast turning
    every day, a newsletter line turned by the 2020 measures, the Nationaal Hitteplan, the
    flu-shot campaign, the KWF collection week and Stoptober, the publisher and the rights
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="gezondvandaag.nl", site="Gezond Vandaag", base_size=90,
        subdomains=(("www.", 100),),
        sections=("gezondheid", "ziektes", "voeding", "bewegen", "mentaal"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubriek": ("Gezondheid", "Ziektes & aandoeningen", "Voeding", "Bewegen",
                        "Mentaal", "Medicijnen"),
            "arts": ("Anne de Vries, huisarts", "Bart Hoekstra, internist",
                     "Yasmina El Idrissi, kinderarts", "Pieter van Dam, apotheker"),
            "bron": ("RIVM", "Thuisarts.nl", "Gezondheidsraad", "Nivel", "Hartstichting",
                     "KWF Kankerbestrijding", "Nederlands Tijdschrift voor Geneeskunde"),
        },
        families=(
            _f("rubriek", HEADER, 0.4, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.8, *_by_day(_gv_dated)),
            _f("door", HEADER, 0.55, (_OLD, "Door {author}")),
            _f("gecontroleerd", HEADER, 0.35, (_OLD, "Medisch advies: {arts}"),
               (GV_REVIEW.isoformat(), "Medisch gecontroleerd door {arts}")),
            _f("lees-ook", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie")),
            _f("bron", FOOTER, 0.5, (_OLD, "Bron: {bron_list}")),
            _f("disclaimer", FOOTER, 0.5, (_OLD, "De informatie op Gezond Vandaag is geen "
                                                 "vervanging van het advies van je huisarts."),
               (GV_DISCLAIMER.isoformat(), "Twijfel je over je gezondheid? Neem altijd contact "
                                           "op met je huisarts. Onze artikelen zijn geen "
                                           "medisch advies.")),
            _f("pollen", FOOTER, 0.12, *_by_day(_gv_pollen)),
            _f("melding", FOOTER, 0.3, *_gv_notice()),
            _f("uitgever", FOOTER, 0.2, (_OLD, "Gezond Vandaag is een uitgave van Vitaalmedia "
                                               "B.V.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Gezond Vandaag · Alle rechten "
                                                 "voorbehouden")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie van "
                                                    "dit artikel stond een verkeerd "
                                                    "percentage.")),
        ),
    )


# --- an Indonesian health portal ------------------------------------------------------------

SK_REDESIGN = dt.date(2017, 11, 12)  # relaunched on National Health Day 2017
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
LEBARAN = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
           2019: "2019-06-05", 2020: "2020-05-24"}


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return (f"{INDONESIAN_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/"
                f"{day.year} {{time}} WIB")
    return (f"Diperbarui {day.day} {INDONESIAN_SHORT_MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} WIB")


def _sk_lebaran(y: int) -> str:
    if y == 2020:
        return "🕌 Lebaran 2020 di rumah saja: silaturahmi lewat video call, jangan mudik"
    return f"🕌 Mudik sehat Lebaran {y}: siapkan kotak P3K dan istirahat yang cukup"


def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Ikuti SehatKini di Instagram dan YouTube untuk tips sehat setiap "
                         "hari"),)
    feasts = _movable(_listed(RAMADAN), 1, 6, lambda y: f"🌙 Ramadan {y}: tips puasa tetap "
                                                        f"sehat dan bugar")
    feasts += _movable(_listed(LEBARAN), 7, 2, _sk_lebaran)
    feasts += _yearly("11-12", 1, 0, lambda y: f"🇮🇩 Selamat Hari Kesehatan Nasional "
                                               f"ke-{y - 1964}")
    covid: list[Event] = [
        _span("2020-03-02", "2020-08-31", "🦠 #DiRumahAja: informasi terbaru seputar COVID-19 "
                                          "di Indonesia"),
        (iso_day("2020-09-01"), None, "😷 Ingat pesan ibu: pakai masker, cuci tangan, jaga "
                                      "jarak"),
    ]
    rains = _yearly("01-10", 0, 40, lambda _: "🦟 Musim hujan, waspada DBD: lakukan 3M Plus di "
                                              "rumah")
    return _calendar(base, feasts, covid, rains)


def sehatkini_style() -> PublisherStyle:
    """An Indonesian health portal: a channel kicker, the weekday with the numeric date and
    WIB turned "Diperbarui" with the short month on National Health Day 2017 (a wording per
    day), "Penulis:" reworded, the reviewing doctor from a pool, "Baca Juga:" up to twice,
    "Iklan", the references from a pool, a medical disclaimer, a chat consultation price
    rising, a social line turned by Ramadan, Lebaran (kept at home in 2020), National Health
    Day with its count, the 2020 campaigns and the dengue season, the cyber-media guideline
    links and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="sehatkini.co.id", site="SehatKini", base_size=70,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("kesehatan", "hidup-sehat", "ibu-anak", "gizi", "penyakit"),
        n_authors=5, url_path="/{section}/{n}/{slug}",
        pools={
            "kanal": ("Kesehatan", "Hidup Sehat", "Ibu & Anak", "Gizi", "Penyakit", "Obat"),
            "dokter": ("dr. Rahmawati Putri", "dr. Andreas Wijaya, Sp.PD",
                       "dr. Siti Nurjanah, Sp.A", "dr. Bagus Pratama, Sp.JP"),
            "referensi": ("Kementerian Kesehatan RI", "WHO", "Ikatan Dokter Anak Indonesia",
                          "Mayo Clinic", "CDC", "Jurnal Kedokteran Indonesia"),
        },
        families=(
            _f("kanal", HEADER, 0.4, (_OLD, "{kanal}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_sk_dated)),
            _f("penulis", HEADER, 0.55, (_OLD, "Penulis: {author}"),
               (SK_REDESIGN.isoformat(), "Ditulis oleh {author}")),
            _f("ditinjau", HEADER, 0.45, (_OLD, "Ditinjau oleh: {dokter}")),
            _f("baca-juga", MIDDLE, 0.4, (_OLD, "Baca Juga: {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.3, (_OLD, "Iklan")),
            _f("referensi", FOOTER, 0.45, (_OLD, "Referensi: {referensi_list}")),
            _f("disclaimer", FOOTER, 0.6, (_OLD, "Artikel ini hanya bersifat informatif dan "
                                                 "tidak menggantikan diagnosis atau saran "
                                                 "medis dari dokter.")),
            _f("konsultasi", FOOTER, 0.2, (_OLD, "Konsultasi dengan dokter lewat chat mulai "
                                                 "Rp15.000"),
               ("2018-01-01", "Konsultasi dengan dokter lewat chat mulai Rp25.000"),
               ("2020-01-01", "Konsultasi dengan dokter lewat chat mulai Rp35.000")),
            _f("info", FOOTER, 0.3, *_sk_notice()),
            _f("pedoman", FOOTER, 0.25, (_OLD, "Pedoman Media Siber · Kode Etik · Kebijakan "
                                               "Privasi")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} SehatKini. Hak cipta dilindungi "
                                                 "undang-undang.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: versi sebelumnya artikel ini menyebut "
                                             "dosis yang keliru.")),
        ),
    )


# --- a British popular-science weekly -------------------------------------------------------

FS_REDESIGN = dt.date(2017, 8, 21)  # relaunched on the day of the Great American Eclipse
FIRST_ISSUE_DAY = dt.date(2015, 1, 1)  # a Thursday, issue 3001
BRITISH_SCIENCE_WEEK = {2015: ("2015-03-13", "2015-03-22"), 2016: ("2016-03-11", "2016-03-20"),
                        2017: ("2017-03-10", "2017-03-19"), 2018: ("2018-03-09", "2018-03-18"),
                        2019: ("2019-03-08", "2019-03-17"), 2020: ("2020-03-06", "2020-03-15")}


def issue_of(day: dt.date) -> tuple[int, dt.date]:
    """The weekly issue on sale on `day`: its number and its Thursday."""
    thursday = day - dt.timedelta(days=(day.weekday() - 3) % 7)
    return 3001 + (thursday - FIRST_ISSUE_DAY).days // 7, thursday


def _fs_dated(day: dt.date) -> str:
    if day < FS_REDESIGN:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]} {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, updated {{time}} {zone}")


def _fs_issue(day: dt.date) -> str:
    number, thursday = issue_of(day)
    return (f"From issue {number} · on sale {thursday.day} {ENGLISH_MONTHS[thursday.month - 1]} "
            f"{thursday.year}")


def _fs_notice() -> Wordings:
    base = _steps((_OLD, "Get the best of our science journalism every Friday: sign up to "
                         "our free newsletter"),)
    news: list[Event] = [
        _span("2015-03-15", "2015-03-20", "🌘 Solar eclipse on 20 March: how to watch it "
                                          "safely in the UK"),
        _span("2016-02-11", "2016-02-18", "🌌 Gravitational waves detected: everything you "
                                          "need to know"),
        _span("2017-08-14", "2017-08-22", "🌘 The Great American Eclipse: watch it live with "
                                          "us"),
        _span("2019-04-10", "2019-04-17", "🕳️ The first image of a black hole: what it "
                                          "shows"),
        _span("2020-03-01", "2020-12-31", "🦠 Coronavirus: our latest coverage is free to "
                                          "read"),
    ]
    weeks = [_span(first, last, f"🔬 British Science Week {y}: events near you")
             for y, (first, last) in BRITISH_SCIENCE_WEEK.items()]
    weeks += _yearly("08-12", 3, 1, lambda y: f"☄️ Perseid meteor shower {y}: when and where "
                                              f"to look")
    weeks += _movable(lambda y: nth_weekday(y, 10, 0, 1), 0, 9,
                      lambda y: f"🏅 Nobel prizes {y}: the science winners as they are "
                                f"announced")
    return _calendar(base, news, weeks)


def frontier_style() -> PublisherStyle:
    """A British popular-science weekly: a section kicker, the long date turned the short
    weekday and month, "updated" and BST or GMT on the day of the Great American Eclipse (a
    wording per day), "By", the issue number and its Thursday (a wording per week), image
    credits from a pool, "Read more:" up to twice, the journal reference from a pool, a rare
    preprint warning, a subscription price rising, a newsletter line turned by eclipses,
    gravitational waves, the black hole image, the pandemic, British Science Week, the
    Perseids and the Nobel prizes, the copyright, a rare correction."""
    return PublisherStyle(
        domain="frontierscience.co.uk", site="Frontier Science", base_size=55,
        subdomains=(("www.", 100),),
        sections=("space", "health", "environment", "physics", "life", "technology"),
        n_authors=6, url_path="/article/{n}-{slug}/",
        pools={
            "section_kicker": ("SPACE", "HEALTH", "ENVIRONMENT", "PHYSICS", "LIFE",
                               "TECHNOLOGY", "MIND"),
            "credit": ("NASA/JPL-Caltech", "ESA/Hubble", "Science Photo Library",
                       "Getty Images", "Alamy", "ESO/M. Kornmesser"),
            "journal": ("Nature", "Science", "Cell", "The Lancet", "Nature Astronomy",
                        "Physical Review Letters", "PNAS"),
            "preprint": ("arXiv", "bioRxiv", "medRxiv"),
        },
        families=(
            _f("section", HEADER, 0.45, (_OLD, "{section_kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_fs_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("issue", HEADER, 0.3, *_by_day(_fs_issue)),
            _f("image", MIDDLE, 0.35, (_OLD, "Image: {credit}")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "Read more: {other_title}"), count=2),
            _f("journal", FOOTER, 0.45, (_OLD, "Journal reference: {journal}, DOI: "
                                               "10.1000/fs.{n}")),
            _f("preprint", FOOTER, 0.06, (_OLD, "This research was posted on {preprint} and "
                                                "has not yet been peer reviewed.")),
            _f("subscribe", FOOTER, 0.25, (_OLD, "Subscribe to Frontier Science from £3.99 a "
                                                 "week and get every issue delivered"),
               ("2017-01-05", "Subscribe to Frontier Science from £4.49 a week and get every "
                              "issue delivered"),
               ("2019-01-03", "Subscribe to Frontier Science from £4.99 a week and get every "
                              "issue delivered"),
               ("2020-09-03", "Subscribe to Frontier Science from £5.49 a week and get every "
                              "issue delivered")),
            _f("newsletter", FOOTER, 0.3, *_fs_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Frontier Science Ltd {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally gave "
                                                  "the wrong distance to the galaxy.")),
        ),
    )


# --- the health secretariat of a Mexican state ----------------------------------------------

VA_GOVERNMENT = dt.date(2017, 9, 16)  # a new state administration
VA_COVID_LINE = dt.date(2020, 3, 18)
VA_TRAFFIC_LIGHT = dt.date(2020, 6, 1)
VA_HOTLINE = dt.date(2020, 3, 16)
# The campaigns before the state's and the federal elections: no government publicity.
BLACKOUTS = ((2015, "2015-04-05", "2015-06-07"), (2017, "2017-04-03", "2017-06-04"),
             (2018, "2018-03-30", "2018-07-01"))
TRAFFIC_LIGHT = {6: "rojo", 7: "rojo", 8: "naranja", 9: "naranja", 10: "amarillo",
                 11: "amarillo", 12: "naranja", 1: "rojo"}


def _va_bulletin(day: dt.date) -> str:
    return f"Boletín de prensa {yearly_number(day, 420)}/{day.year}"


def _va_dated(day: dt.date) -> str:
    if day < VA_GOVERNMENT:
        return (f"{{ciudad}}, Valle Alto, a {day.day} de {SPANISH_MONTHS[day.month - 1]} de "
                f"{day.year}")
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year} | {{ciudad}}")


def _va_week(day: dt.date) -> str:
    year, week = epi_week(day)
    return f"Corte epidemiológico: semana {week} de {year}"


def covid_cases(day: dt.date) -> int:
    """The state's made-up running total of confirmed COVID-19 cases on `day` (never
    falls)."""
    t = (day - VA_COVID_LINE).days
    return round(24_000 / (1 + math.exp(-(t - 140) / 30))) + t * 3


def traffic_light(day: dt.date) -> str:
    """The state's made-up COVID-19 traffic light for the week of `day` (set on Mondays)."""
    monday = day - dt.timedelta(days=day.weekday())
    return TRAFFIC_LIGHT[monday.month]


def _va_covid(day: dt.date) -> str:
    if day < VA_COVID_LINE:
        return "Consulta el panorama epidemiológico semanal de Valle Alto en nuestro portal"
    line = (f"🦠 COVID-19 en Valle Alto al {day.day} de {SPANISH_MONTHS[day.month - 1]}: "
            f"{covid_cases(day):,} casos confirmados acumulados")
    if day >= VA_TRAFFIC_LIGHT:
        line += f" · Semáforo {traffic_light(day)}"
    return line


def _va_blackout(y: int, last: str) -> str:
    polling = iso_day(last)
    return (f"Veda electoral {y}: por disposición del artículo 41 constitucional, este portal "
            f"suspende la difusión de propaganda gubernamental hasta el {polling.day} de "
            f"{SPANISH_MONTHS[polling.month - 1]}")


def _va_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook y Twitter: @SaludValleAlto"),)
    blackouts = [_span(first, last, _va_blackout(y, last)) for y, first, last in BLACKOUTS]
    covid: list[Event] = [
        _span("2020-03-23", "2020-05-30", "🏠 Jornada Nacional de Sana Distancia: quédate en "
                                          "casa"),
        (iso_day("2020-06-01"), None, "😷 Nueva normalidad: usa cubrebocas y consulta el "
                                      "semáforo epidemiológico"),
    ]
    seasons = _yearly("10-15", 0, 167, lambda y: f"💉 Temporada invernal {y}-{y + 1}: vacúnate "
                                                 f"contra la influenza en tu centro de salud",
                      years=range(2014, 2021))
    seasons += _yearly("06-15", 0, 106, lambda _: "🦟 Descacharriza tu casa: elimina los "
                                                  "criaderos del mosquito del dengue")
    return _calendar(base, blackouts, covid, seasons)


def vallealto_style() -> PublisherStyle:
    """The health secretariat of a Mexican state: the bulletin's number climbing through the
    year (a wording about every day), the city from a pool with the long date, turned the
    weekday first on the day a new administration took office (a wording per day), the
    epidemiological week (a wording per week), a press photo credit, a weekly-report line
    turned a daily COVID-19 count with the traffic light of the week, a social line turned
    by three electoral blackouts, the 2020 campaigns, the flu and dengue seasons, the legend
    every public programme must carry, a helpline reworded in 2020, the press office line,
    the administration's years changing with the government, a rare correction."""
    return PublisherStyle(
        domain="saludvallealto.gob.mx", site="Secretaría de Salud de Valle Alto", base_size=40,
        subdomains=(("", 100),),
        sections=("boletines", "comunicados", "campanas", "epidemiologia"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "ciudad": ("Ciudad Valle Alto", "San Mateo del Río", "Tepetlán", "Villa Hidalgo"),
        },
        families=(
            _f("boletin", HEADER, 0.6, *_by_day(_va_bulletin)),
            _f("fecha", HEADER, 0.8, *_by_day(_va_dated)),
            _f("semana", HEADER, 0.4, *_by_day(_va_week)),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: Comunicación Social")),
            _f("covid", FOOTER, 0.2, *_by_day(_va_covid)),
            _f("aviso", FOOTER, 0.35, *_va_notice()),
            _f("leyenda", FOOTER, 0.3, (_OLD, "Este programa es público, ajeno a cualquier "
                                              "partido político. Queda prohibido el uso para "
                                              "fines distintos a los establecidos en el "
                                              "programa.")),
            _f("contacto", FOOTER, 0.3, (_OLD, "Línea de atención ciudadana: 800 000 7258 · "
                                               "contacto@saludvallealto.gob.mx"),
               (VA_HOTLINE.isoformat(), "Línea COVID-19, las 24 horas: 800 000 2684 · "
                                        "contacto@saludvallealto.gob.mx")),
            _f("coordinacion", FOOTER, 0.4, (_OLD, "Coordinación de Comunicación Social · "
                                                   "Secretaría de Salud de Valle Alto")),
            _f("gobierno", FOOTER, 0.25, (_OLD, "Gobierno del Estado de Valle Alto · "
                                                "Administración 2011-2017"),
               (VA_GOVERNMENT.isoformat(), "Gobierno del Estado de Valle Alto · "
                                           "Administración 2017-2023")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en la versión anterior "
                                                     "de este boletín se publicó un horario "
                                                     "equivocado.")),
        ),
    )


# --- the newsroom of a Dutch university medical centre --------------------------------------

UZ_REDESIGN = dt.date(2018, 1, 8)
UZ_REGISTER = dt.date(2019, 6, 1)  # the trial register's new numbers
DONOR_LAW = dt.date(2020, 7, 1)


def _uz_dated(day: dt.date) -> str:
    if day < UZ_REDESIGN:
        return f"Zuidwold, {day.day:02d}-{day.month:02d}-{day.year}"
    return (f"{DUTCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{DUTCH_MONTHS[day.month - 1]} {day.year}")


def _uz_embargo(day: dt.date) -> str:
    wednesday = next_weekday(day, 2)
    return (f"EMBARGO tot woensdag {wednesday.day} {DUTCH_MONTHS[wednesday.month - 1]} "
            f"{wednesday.year}, 23.00 uur")


def _uz_notice() -> Wordings:
    base = _steps((_OLD, "Volg UMC Zuidwold op Twitter en LinkedIn"),)
    events: list[Event] = [
        _span("2020-03-13", "2020-05-31", "Vanwege het coronavirus is bezoek beperkt tot één "
                                          "vaste bezoeker per patiënt"),
        _span("2020-06-15", "2020-07-15", "Vanaf 1 juli geldt de nieuwe Donorwet: leg uw "
                                          "keuze vast in het Donorregister"),
        (iso_day("2020-10-14"), None, "Een mondkapje is verplicht in alle openbare ruimten "
                                      "van UMC Zuidwold"),
    ]
    return _calendar(base, events)


def umczuidwold_style() -> PublisherStyle:
    """The newsroom of a Dutch university medical centre: "PERSBERICHT", the dateline with the
    numeric date turned the weekday and the long date on the 2018 relaunch (a wording per
    day), a rare embargo to the next Wednesday at 23.00, "Noot voor de redactie", the
    spokesperson from a pool, the publication with its journal from a pool, the trial
    register's number (the old register's turned the new one's in 2019), the funder from a
    pool, a no-conflict line, the "about" line whose staff grows over the years, a social
    line turned by the 2020 visitor rules, the donor law and the masks, a rare correction."""
    return PublisherStyle(
        domain="umczuidwold.nl", site="UMC Zuidwold", base_size=30,
        subdomains=(("www.", 100),),
        sections=("nieuws", "onderzoek", "patientenzorg"),
        n_authors=2, url_path="/nieuws/{slug}",
        pools={
            "woordvoerder": ("Marloes Kuipers", "Sander Veenstra", "Fatima Bouzid"),
            "tijdschrift": ("The Lancet", "JAMA", "The New England Journal of Medicine",
                            "BMJ", "Nederlands Tijdschrift voor Geneeskunde"),
            "financier": ("ZonMw", "KWF Kankerbestrijding", "de Hartstichting",
                          "het Diabetes Fonds", "NWO", "de Europese Unie (Horizon 2020)"),
        },
        families=(
            _f("persbericht", HEADER, 0.6, (_OLD, "PERSBERICHT")),
            _f("datum", HEADER, 0.8, *_by_day(_uz_dated)),
            _f("embargo", HEADER, 0.15, *_by_day(_uz_embargo)),
            _f("noot", FOOTER, 0.5, (_OLD, "Noot voor de redactie (niet voor publicatie)")),
            _f("woordvoerder", FOOTER, 0.5, (_OLD, "Meer informatie: {woordvoerder}, "
                                                   "woordvoerder UMC Zuidwold, 050 000 "
                                                   "4400")),
            _f("publicatie", FOOTER, 0.35, (_OLD, "Publicatie: {title}. {tijdschrift}, "
                                                  "{year}.")),
            _f("trialregister", FOOTER, 0.2, (_OLD, "Het onderzoek is geregistreerd in het "
                                                    "Nederlands Trial Register onder nummer "
                                                    "NTR5{count:0>3}."),
               (UZ_REGISTER.isoformat(), "Het onderzoek is geregistreerd in het Nederlands "
                                         "Trial Register onder nummer NL7{count:0>3}.")),
            _f("financiering", FOOTER, 0.35, (_OLD, "Het onderzoek werd gefinancierd door "
                                                    "{financier}.")),
            _f("belangen", FOOTER, 0.2, (_OLD, "De onderzoekers melden geen "
                                               "belangenverstrengeling.")),
            _f("over", FOOTER, 0.3, (_OLD, "UMC Zuidwold is met ruim 11.000 medewerkers een van "
                                           "de grootste werkgevers van de regio."),
               ("2018-01-01", "UMC Zuidwold is met ruim 12.000 medewerkers een van de "
                              "grootste werkgevers van de regio."),
               ("2020-01-01", "UMC Zuidwold is met ruim 13.000 medewerkers een van de "
                              "grootste werkgevers van de regio.")),
            _f("bezoek", FOOTER, 0.25, *_uz_notice()),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie van "
                                                    "dit persbericht stond een verkeerde "
                                                    "naam.")),
        ),
    )


def heldout124_styles() -> list[PublisherStyle]:
    """The held-back-124 styles, in the order the generator hands them to publishers."""
    return [
        healthwise_style(), westmoor_style(), lakemont_style(), saludaldia_style(),
        horizon_style(), hohenmark_style(), sehatdarpan_style(), gezondvandaag_style(),
        sehatkini_style(), frontier_style(), vallealto_style(), umczuidwold_style(),
    ]
