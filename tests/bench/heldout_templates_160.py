"""The ``held-back-160`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an advertisement marker or a "not medical advice" line. The publishers are parenting and
family magazines, pregnancy and baby sites, school-choice guides and family-activity
listings in English, Spanish, German, French, Dutch, Turkish and Indonesian: a British
parenting magazine, an American pregnancy and baby site, a German family magazine, a Spanish
parenting site, a Dutch parenting and school site, a Turkish pregnancy and baby guide, an
Indonesian mothers' site, a French parenting magazine, a British school-choice guide, an
Australian family-activity listings site, an American school-choice guide and a Mexican
pregnancy site. The families are the kinds a crawl of such sites holds: dates localised day
by day in English (British, American and Australian orders), German, Spanish, Dutch, Turkish,
Indonesian (with WIB) and French, several changing form on the day of a redesign; "medically
reviewed by", "fact checked by", "geprüft von", "revisado por", "gecontroleerd door", "uzman
onaylı", "ditinjau oleh" and "validé par" lines with the reviewers from pools; "this is not
medical advice" notices reworded between 2015 and 2020; age-range tags, stages and
week-by-week pregnancy headers from pools; affiliate, reader-supported and sponsored-post
disclosures reworded; lines that turn every day ("information correct as of" with the day's
date) and every week (the coming weekend of a what's-on site); term-date and school-holiday
reminders (English half terms and summer holidays, application deadlines and national offer
days, NRW summer holidays, Spain's vuelta al cole and Reyes, the Dutch Eindtoets and
Sinterklaas, Turkish report-card days and LGS, Indonesian PPDB, French rentrée days, NSW
school holidays, National School Choice Week) and the family calendar (Easter, Mother's Days
of four countries, Black Friday, World Breastfeeding Week, Sankt Martin and Advent, Ramadan
with its Hijri year, Hari Anak and Hari Ibu, the 2020 school closures, the German Kinderbonus
and the cancelled Eindtoets); amounts that change over the years (Kindergeld, Spanish
paternity leave, the Dutch childcare-allowance hourly cap, the French back-to-school
allowance, the years of school data); related links, advertisement markers, tools, venue and
cost lines mid-body (some up to two times); multi-line blocks (imprints, company lines,
copyright), bare lines and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences)
are the generator's.
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
    easter,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
             "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

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


def english_working_day(day: dt.date) -> dt.date:
    """`day`, or the next day that is not a weekend, Good Friday or Easter Monday."""
    while day.weekday() >= 5 or day in (easter(day.year) - 2 * ONE, easter(day.year) + ONE):
        day += ONE
    return day


def first_advent(y: int) -> dt.date:
    """The first Sunday of Advent: the Sunday from 27 November to 3 December."""
    day = dt.date(y, 11, 27)
    return day + dt.timedelta(days=(6 - day.weekday()) % 7)


def fete_des_meres(y: int) -> dt.date:
    """French Mother's Day: the last Sunday of May, a week later if that is Whit Sunday."""
    day = last_weekday(y, 5, 6)
    return day + 7 * ONE if day == easter(y) + 49 * ONE else day


def saturday_of(day: dt.date) -> dt.date:
    """The Saturday of the weekend `day` is in, or of the coming one on a weekday."""
    return day + dt.timedelta(days=5 - day.weekday())


# --- a British parenting magazine ---------------------------------------------------------

NN_REDESIGN = dt.date(2018, 9, 3)  # relaunched for the new school year
NN_NEWSLETTER = dt.date(2017, 5, 5)
NN_REVIEW = dt.date(2019, 5, 1)
NN_AFFILIATE = (dt.date(2017, 10, 2), dt.date(2020, 1, 6))
NN_NHS111 = dt.date(2016, 7, 1)


def _nn_dated(day: dt.date) -> str:
    if day < NN_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"Updated {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _nn_holidays() -> Wordings:
    base = _steps((_OLD, "Sign up to our weekly newsletter for ideas, advice and days out"),
                  (NN_NEWSLETTER.isoformat(), "📧 The weekend, sorted: get our Friday "
                                              "newsletter"))
    pandemic = [
        _span("2020-03-20", "2020-06-28", "🏠 Schools are closed: visit our home-learning hub, "
                                          "updated every weekday"),
        _span("2020-08-17", "2020-09-13", "🎒 Back to school in September 2020: what parents "
                                          "need to know"),
    ]
    easter_hols = _movable(easter, 9, 8,
                           lambda y: f"🐣 Easter holidays {y}: 50 cheap and free ideas")
    may = _movable(lambda y: last_weekday(y, 5, 0), 2, 6,
                   lambda y: f"🌼 May half term {y}: our pick of days out")
    summer = _yearly("07-20", 0, 42, lambda y: f"☀️ Summer holidays {y}: 100 free things to "
                                               f"do with the kids")
    october = _movable(lambda y: last_weekday(y, 10, 0), 2, 6,
                       lambda y: f"🎃 October half term {y}: rainy-day ideas and spooky crafts")
    return _calendar(base, pandemic, easter_hols, may, summer, october)


def nestandnurture_style() -> PublisherStyle:
    """A British parenting magazine: a stage kicker from a pool, the short date turned
    "Updated" with the weekday and the long date at the 2018 school-year relaunch (a wording
    per day), "By" turned "Words by", a "Medically reviewed by" line with the reviewer from a
    pool (reworded in 2019), an age tag from a pool, an affiliate disclosure reworded twice,
    "Related:" and "Advertisement" up to twice mid-body, a Pinterest line, the not-medical-
    advice line (NHS 111 added in 2016), a newsletter line reworded and turned by the Easter,
    May, summer and October holidays and the 2020 school closures, the copyright and company
    lines (a block), a rare correction."""
    return PublisherStyle(
        domain="nestandnurture.co.uk", site="Nest & Nurture", base_size=250,
        subdomains=(("www.", 100),),
        sections=("pregnancy", "baby", "toddler", "family-life", "days-out", "health"),
        n_authors=14, url_path="/{section}/{slug}",
        pools={
            "stage": ("Pregnancy", "Baby", "Toddler", "Preschool", "Big kids", "Family life",
                      "Days out"),
            "reviewer": ("Dr Hannah Okafor, GP", "Claire Whitcombe, registered midwife",
                         "Dr Sunil Mehra, consultant paediatrician",
                         "Jo Fairley, health visitor", "Dr Rachel Lyle, clinical psychologist"),
            "ages": ("0-12 months", "1-3 years", "3-5 years", "5-7 years", "8-11 years",
                     "All ages"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{stage}")),
            _f("dated", HEADER, 0.9, *_by_day(_nn_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (NN_REDESIGN.isoformat(), "Words by {author}")),
            _f("reviewed", HEADER, 0.35, (_OLD, "Medically reviewed by {reviewer}"),
               (NN_REVIEW.isoformat(), "✔ Medically reviewed by {reviewer} · How we review "
                                       "our articles")),
            _f("ages", HEADER, 0.3, (_OLD, "Age: {ages}")),
            _f("affiliate", HEADER, 0.3,
               (_OLD, "This article contains affiliate links."),
               (NN_AFFILIATE[0].isoformat(), "We may earn a commission if you buy through links "
                                             "on this page. This never affects what we "
                                             "recommend."),
               (NN_AFFILIATE[1].isoformat(), "Nest & Nurture is reader-supported: when you buy "
                                             "through links on our site, we may earn a "
                                             "commission.")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("pin", MIDDLE, 0.12, (_OLD, "📌 Save this for later: pin it to your Pinterest "
                                           "board")),
            _f("medical", FOOTER, 0.45,
               (_OLD, "The information on Nest & Nurture is for general guidance only and is "
                      "not a substitute for medical advice."),
               (NN_NHS111.isoformat(), "The information on Nest & Nurture is for general "
                                       "guidance only and is not a substitute for medical "
                                       "advice. If you are worried about your health or your "
                                       "child's, speak to your GP or health visitor or call "
                                       "NHS 111.")),
            _f("newsletter", FOOTER, 0.3, *_nn_holidays()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Nest & Nurture Media Ltd. All rights "
                                                 "reserved.")),
            _f("company", FOOTER, 0.3, (_OLD, "Nest & Nurture Media Ltd, 9 Tanner Row, York "
                                              "YO1 6JB. Registered in England no. 08812345.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong age for the second "
                                                  "MMR jab.")),
        ),
    )


# --- an American pregnancy and baby site ---------------------------------------------------

BW_REDESIGN = dt.date(2017, 2, 6)
BW_FACTCHECK = dt.date(2019, 3, 4)
BW_AFFILIATE = dt.date(2018, 5, 1)
BW_TOOL = dt.date(2018, 1, 15)
WEEKS = (12, 20, 8, 16, 6, 36, 28, 24, 32, 39, 10, 40, 5, 18, 34, 38)


def _bw_dated(day: dt.date) -> str:
    if day < BW_REDESIGN:
        return f"Updated {AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Last updated {MONTHS[day.month - 1]} {day.day}, {day.year}"


def trimester(week: int) -> str:
    return "First" if week <= 13 else "Second" if week <= 27 else "Third"


@cache
def _bw_banner() -> Wordings:
    base = _steps((_OLD, "Sign up for our week-by-week pregnancy emails"),
                  (BW_REDESIGN.isoformat(), "💌 Track your baby's growth: get our free "
                                            "week-by-week emails"))
    covid = [_span("2020-03-13", "2020-12-31", "🦠 Pregnant during COVID-19? Answers to your "
                                               "questions, updated daily")]
    mothers = _movable(lambda y: nth_weekday(y, 5, 6, 2), 10, 0,
                       lambda y: f"💐 Mother's Day {y}: gifts for new and expecting moms")
    black_friday = _movable(lambda y: thanksgiving(y) + ONE, 2, 3,
                            lambda y: f"🛒 Black Friday {y}: the best deals on car seats, "
                                      f"strollers and more")
    breastfeeding = _yearly("08-01", 0, 6, lambda y: f"🤱 World Breastfeeding Week {y}: "
                                                     f"support for every feeding journey")
    return _calendar(base, covid, mothers, black_friday, breastfeeding)


def bumpweekly_style() -> PublisherStyle:
    """An American pregnancy and baby site: a week-by-week header from a pool, the date in AP
    style turned "Last updated" with the month in full in February 2017 (a wording per day),
    "Written by", "Medically reviewed by" with the reviewer from a pool and "fact checked by"
    added in 2019, an affiliate disclosure reworded, the baby's size from a pool, the due
    date calculator reworded, "ADVERTISEMENT" up to twice and "Read this next:" mid-body, the
    not-medical-advice line reworded in 2019, the sources from a pool, an email line reworded
    and turned by Mother's Day, Black Friday, World Breastfeeding Week and the pandemic, the
    editorial-standards line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bumpweekly.com", site="Bump Weekly", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("pregnancy", "baby", "getting-pregnant", "toddler", "products"),
        n_authors=10, url_path="/{section}/{slug}",
        pools={
            "week": tuple(f"Pregnancy › Week by week › {w} weeks pregnant ({trimester(w)} "
                          f"trimester)" for w in WEEKS),
            "reviewer": ("Lauren Pike, MD, OB-GYN", "Marcus Hale, MD, FAAP",
                         "Dana Ruiz, CNM", "Priya Natarajan, MD", "Keisha Grant, IBCLC"),
            "fruit": ("a lime", "a lemon", "an avocado", "a banana", "a mango",
                      "an eggplant", "a cantaloupe", "a pineapple", "a watermelon"),
            "sources": ("American College of Obstetricians and Gynecologists",
                        "Centers for Disease Control and Prevention", "Mayo Clinic",
                        "March of Dimes", "American Academy of Pediatrics"),
        },
        families=(
            _f("week", HEADER, 0.4, (_OLD, "{week}")),
            _f("dated", HEADER, 0.9, *_by_day(_bw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Written by {author}")),
            _f("reviewed", HEADER, 0.55, (_OLD, "Medically reviewed by {reviewer}"),
               (BW_FACTCHECK.isoformat(), "Medically reviewed by {reviewer} · Fact checked by "
                                          "{author2}")),
            _f("affiliate", HEADER, 0.35,
               (_OLD, "Bump Weekly may earn a commission from links on this page."),
               (BW_AFFILIATE.isoformat(), "We independently research and recommend products. "
                                          "If you buy through our links, Bump Weekly may "
                                          "earn a commission.")),
            _f("size", MIDDLE, 0.2, (_OLD, "📏 Baby's size this week: about as big as {fruit}")),
            _f("tool", MIDDLE, 0.25, (_OLD, "Try our Due Date Calculator"),
               (BW_TOOL.isoformat(), "🧮 When is your baby due? Find out with our Due Date "
                                     "Calculator")),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("read-next", MIDDLE, 0.3, (_OLD, "Read this next: {other_title}")),
            _f("disclaimer", FOOTER, 0.6,
               (_OLD, "This content is for informational purposes only and is not medical "
                      "advice. Always talk to your doctor or midwife about your pregnancy."),
               (BW_FACTCHECK.isoformat(), "Bump Weekly's content is for informational and "
                                          "educational purposes only. It is not intended to "
                                          "provide medical advice or to take the place of "
                                          "care from a qualified health professional.")),
            _f("sources", FOOTER, 0.3, (_OLD, "Sources: {sources_list}")),
            _f("banner", FOOTER, 0.3, *_bw_banner()),
            _f("editorial", FOOTER, 0.2, (_OLD, "Bump Weekly follows strict sourcing "
                                                "guidelines and relies on peer-reviewed studies "
                                                "and medical associations.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Bump Weekly, LLC. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: a previous version of this "
                                                  "article misstated the recommended weight "
                                                  "gain in the second trimester.")),
        ),
    )


# --- a German family magazine -------------------------------------------------------------

FZ_REDESIGN = dt.date(2019, 3, 18)
FZ_WERBUNG = dt.date(2017, 6, 1)  # after the rulings on labelling influencer posts
KINDERGELD = (("2014-01-01", "184"), ("2015-07-16", "188"), ("2016-01-01", "190"),
              ("2017-01-01", "192"), ("2018-01-01", "194"), ("2019-07-01", "204"))
SOMMERFERIEN_NRW = {2015: ("2015-06-29", "2015-08-11"), 2016: ("2016-07-11", "2016-08-23"),
                    2017: ("2017-07-17", "2017-08-29"), 2018: ("2018-07-16", "2018-08-28"),
                    2019: ("2019-07-15", "2019-08-27"), 2020: ("2020-06-29", "2020-08-11")}


def _fz_dated(day: dt.date) -> str:
    if day < FZ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Aktualisiert am {day.day}. {MONATE[day.month - 1]} {day.year}"


def _de(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}."


@cache
def _fz_ferien() -> Wordings:
    base = _steps((_OLD, "Jeden Donnerstag neue Ideen für die ganze Familie: jetzt den "
                         "Familienzeit-Newsletter abonnieren"))
    corona = [
        _span("2020-03-16", "2020-05-31", "🏠 Schulen und Kitas geschlossen: Ideen gegen den "
                                          "Lagerkoller"),
        _span("2020-09-01", "2020-10-31", "💶 Kinderbonus 2020: 300 Euro pro Kind – wann das "
                                          "Geld kommt"),
    ]
    ferien = [(iso_day(a) - 21 * ONE, iso_day(a) + 3 * ONE,
               f"☀️ Sommerferien {y} in NRW: vom {_de(iso_day(a))} bis {_de(iso_day(b))}")
              for y, (a, b) in SOMMERFERIEN_NRW.items()]
    martin = _yearly("11-11", 7, 0, lambda y: "🏮 Laternen basteln zu Sankt Martin: unsere "
                                              "schönsten Vorlagen")
    advent = _movable(first_advent, 0, 6, lambda y: f"🕯️ Adventskalender {y}: jeden Tag eine "
                                                    f"Bastelidee")
    return _calendar(base, corona, ferien, martin, advent)


def familienzeit_style() -> PublisherStyle:
    """A German family magazine: a section from a pool, the numeric date turned
    "Aktualisiert am" with the long date on 18 March 2019 (a wording per day), "Von", a
    "Medizinisch geprüft von" line with the expert from a pool, an age tag from a pool, a
    "Werbung" marker turned an affiliate disclosure in 2017, "Anzeige" up to twice and "Auch
    interessant:" mid-body, the current Kindergeld (raised in 2015, 2016, 2017, 2018 and
    2019), the not-medical-advice line reworded, a newsletter line turned by the NRW summer
    holidays with their dates, Sankt Martin, Advent, the 2020 closures and the Kinderbonus,
    the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="familienzeit-magazin.de", site="Familienzeit", base_size=195,
        subdomains=(("www.", 100),),
        sections=("schwangerschaft", "baby", "kleinkind", "schule", "familie", "ausfluege"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Schwangerschaft", "Baby", "Kleinkind", "Kita & Schule", "Familienleben",
                       "Ausflüge"),
            "experte": ("Dr. med. Katrin Albers, Kinderärztin", "Sabine Lorenz, Hebamme",
                        "Dr. med. Jens Hartwig, Frauenarzt",
                        "Prof. Dr. Ulrike Brand, Kinder- und Jugendpsychiaterin"),
            "alter": ("0–1 Jahr", "1–3 Jahre", "3–6 Jahre", "6–10 Jahre", "ab 10 Jahren"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_fz_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}")),
            _f("geprueft", HEADER, 0.3, (_OLD, "Medizinisch geprüft von {experte}")),
            _f("alter", HEADER, 0.25, (_OLD, "Alter: {alter}")),
            _f("werbung", HEADER, 0.2, (_OLD, "Werbung"),
               (FZ_WERBUNG.isoformat(), "*Affiliate-Links: Kaufst du über einen mit Sternchen "
                                        "markierten Link ein, erhalten wir eine kleine "
                                        "Provision. Am Preis ändert sich für dich nichts.")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Auch interessant: {other_title}")),
            _f("kindergeld", FOOTER, 0.2, *by_table(
                KINDERGELD, lambda v: f"Kindergeld aktuell: {v} Euro im Monat für das erste und "
                                      f"das zweite Kind")),
            _f("hinweis", FOOTER, 0.45,
               (_OLD, "Dieser Artikel dient nur der Information und ersetzt keine ärztliche "
                      "Beratung."),
               (FZ_REDESIGN.isoformat(), "Wichtiger Hinweis: Die Inhalte von Familienzeit "
                                         "ersetzen nicht den Besuch bei Ärztin, Arzt oder "
                                         "Hebamme.")),
            _f("ferien", FOOTER, 0.3, *_fz_ferien()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Familienzeit ist ein Angebot der Lindenhof "
                                                 "Verlag GmbH, Hamburg.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Lindenhof Verlag GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version stand "
                                                 "ein falsches Datum für die U-Untersuchung.")),
        ),
    )


# --- a Spanish parenting site -------------------------------------------------------------

CM_REDESIGN = dt.date(2018, 1, 8)
CM_AFILIADOS = dt.date(2019, 4, 1)
PATERNIDAD = (("2007-03-24", "13 días"), ("2017-01-01", "cuatro semanas"),
              ("2018-07-05", "cinco semanas"), ("2019-04-01", "ocho semanas"),
              ("2020-01-01", "12 semanas"))


def _cm_dated(day: dt.date) -> str:
    if day < CM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"Actualizado el {day.day} de {MESES[day.month - 1]} de {day.year}, {{time}}"


@cache
def _cm_agenda() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestra newsletter semanal"))
    alarma = [_span("2020-03-14", "2020-06-21", "🏠 Coles cerrados por el estado de alarma: "
                                                "actividades para hacer en casa")]
    cole = _yearly("09-01", 7, 11, lambda y: f"🎒 Vuelta al cole {y}: listas de material, "
                                             f"horarios y consejos")
    reyes = _yearly("01-06", 12, 0, lambda y: f"👑 Reyes {y}: los mejores juguetes por edades",
                    years=range(2015, 2022))
    return _calendar(base, alarma, cole, reyes)


def crianzaymas_style() -> PublisherStyle:
    """A Spanish parenting site: a stage from a pool, the numeric date and time turned
    "Actualizado el" with the long date on 8 January 2018 (a wording per day), "Por", a
    "Revisado por" line with the expert from a pool, an affiliate line reworded in 2019,
    "Publicidad" up to twice and "También te puede interesar:" mid-body, the paternity leave
    in force (four weeks in 2017 up to twelve in 2020), the not-medical-advice line reworded,
    a newsletter line turned by each vuelta al cole, the Reyes and the state of alarm, the
    copyright and publisher lines (a block), a rare correction."""
    return PublisherStyle(
        domain="crianzaymas.es", site="Crianza y Más", base_size=170,
        subdomains=(("www.", 100),),
        sections=("embarazo", "bebes", "ninos", "educacion", "salud", "planes"),
        n_authors=8, url_path="/{section}/{slug}",
        pools={
            "etapa": ("Embarazo", "Bebés", "Niños", "Educación", "Salud infantil",
                      "Planes en familia"),
            "revisor": ("la Dra. Marta Villalba, pediatra", "el Dr. Andrés Peral, ginecólogo",
                        "Lucía Navas, matrona", "la Dra. Elena Roig, psicóloga infantil"),
        },
        families=(
            _f("etapa", HEADER, 0.45, (_OLD, "{etapa}")),
            _f("fecha", HEADER, 0.85, *_by_day(_cm_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}")),
            _f("revisado", HEADER, 0.25, (_OLD, "Revisado por {revisor}")),
            _f("afiliados", HEADER, 0.2, (_OLD, "Este artículo incluye enlaces de afiliados."),
               (CM_AFILIADOS.isoformat(), "En Crianza y Más elegimos los productos de forma "
                                          "independiente. Si compras a través de nuestros "
                                          "enlaces, podemos recibir una comisión.")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("tambien", MIDDLE, 0.35, (_OLD, "También te puede interesar: {other_title}")),
            _f("permiso", FOOTER, 0.2, *by_table(
                PATERNIDAD, lambda v: f"Permiso de paternidad en vigor: {v}.")),
            _f("aviso", FOOTER, 0.45,
               (_OLD, "La información de este artículo no sustituye la consulta con tu "
                      "pediatra."),
               (CM_REDESIGN.isoformat(), "Este contenido es meramente informativo y no "
                                         "sustituye el diagnóstico ni el consejo de un "
                                         "profesional sanitario.")),
            _f("agenda", FOOTER, 0.3, *_cm_agenda()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Crianza y Más. Todos los derechos "
                                                 "reservados.")),
            _f("editor", FOOTER, 0.2, (_OLD, "Editado por Ediciones Almendro, S.L. · CIF "
                                             "B-86543210 · Madrid")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: una versión anterior de "
                                                     "este artículo daba una dosis incorrecta "
                                                     "de paracetamol.")),
        ),
    )


# --- a Dutch parenting and school site ----------------------------------------------------

OK_REDESIGN = dt.date(2018, 8, 20)
UURPRIJS = (("2014-01-01", "6,70"), ("2015-01-01", "6,84"), ("2016-01-01", "7,18"),
            ("2018-01-01", "7,45"), ("2019-01-01", "8,02"), ("2020-01-01", "8,17"))
EINDTOETS = {2015: ("2015-04-21", "21, 22 en 23 april"), 2016: ("2016-04-19", "19, 20 en 21 "
                                                                               "april"),
             2017: ("2017-04-18", "18, 19 en 20 april"), 2018: ("2018-04-17", "17, 18 en 19 "
                                                                               "april"),
             2019: ("2019-04-16", "16, 17 en 18 april")}


def _ok_dated(day: dt.date) -> str:
    if day < OK_REDESIGN:
        return f"{day.day}-{day.month}-{day.year}"
    return f"Bijgewerkt op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


@cache
def _ok_agenda() -> Wordings:
    base = _steps((_OLD, "Schrijf je in voor de nieuwsbrief van Ouderkompas"))
    corona = [
        _span("2020-03-16", "2020-05-10", "🏠 Scholen dicht: tips voor thuisonderwijs"),
        _span("2020-05-11", "2020-05-31", "✏️ De eindtoets gaat dit jaar niet door: wat "
                                          "betekent dat voor het schooladvies?"),
    ]
    toets = [(iso_day(first) - 14 * ONE, iso_day(first) + 3 * ONE,
              f"✏️ Eindtoets groep 8 op {days}: zo help je je kind")
             for first, days in EINDTOETS.values()]
    sint = _yearly("12-05", 20, 0, lambda y: f"🎁 Sinterklaas {y}: surprises maken en "
                                             f"gedichten schrijven")
    return _calendar(base, corona, toets, sint)


def ouderkompas_style() -> PublisherStyle:
    """A Dutch parenting and school site: a section from a pool, the date with hyphens turned
    "Bijgewerkt op" with the weekday and the long date on 20 August 2018 (a wording per
    day), "Door", a "Gecontroleerd door" line with the expert from a pool, an age tag from a
    pool, "Advertentie" and "Lees ook:" mid-body, an affiliate line reworded, the childcare
    allowance's hourly cap (changing in 2016, 2018, 2019 and 2020), the not-medical-advice
    line, a newsletter line turned by each Eindtoets, Sinterklaas, the 2020 closures and the
    cancelled Eindtoets, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="ouderkompas.nl", site="Ouderkompas", base_size=150,
        subdomains=(("www.", 100),),
        sections=("zwanger", "baby", "peuter", "basisschool", "middelbare-school", "uitjes"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "rubriek": ("Zwanger", "Baby", "Peuter", "Basisschool", "Middelbare school",
                        "Uitjes"),
            "expert": ("Anouk de Wit, verloskundige", "dr. Pieter Jansen, kinderarts",
                       "Marloes Bakker, lactatiekundige", "Femke Smit, jeugdverpleegkundige"),
            "leeftijd": ("0-1 jaar", "1-4 jaar", "4-8 jaar", "8-12 jaar", "12+"),
        },
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.85, *_by_day(_ok_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Door {author}")),
            _f("gecontroleerd", HEADER, 0.25, (_OLD, "Gecontroleerd door {expert}")),
            _f("leeftijd", HEADER, 0.25, (_OLD, "Leeftijd: {leeftijd}")),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("affiliate", FOOTER, 0.2, (_OLD, "Dit artikel bevat affiliate links."),
               (OK_REDESIGN.isoformat(), "Koop je iets via een link in dit artikel, dan krijgt "
                                         "Ouderkompas een kleine vergoeding. Onze redactie "
                                         "kiest producten onafhankelijk.")),
            _f("toeslag", FOOTER, 0.15, *by_table(
                UURPRIJS, lambda v: f"Maximaal uurtarief kinderopvangtoeslag (dagopvang): "
                                    f"€ {v}")),
            _f("disclaimer", FOOTER, 0.4, (_OLD, "De informatie op Ouderkompas is algemeen en "
                                                 "vervangt geen medisch advies. Twijfel je? "
                                                 "Neem contact op met je huisarts of "
                                                 "verloskundige.")),
            _f("agenda", FOOTER, 0.3, *_ok_agenda()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ouderkompas B.V.")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie stond een "
                                                 "verkeerde datum voor de aanmeldweek.")),
        ),
    )


# --- a Turkish pregnancy and baby guide ---------------------------------------------------

AB_REDESIGN = dt.date(2017, 9, 18)  # the first day of the 2017-2018 school year
AB_UYARI = dt.date(2019, 1, 2)
KARNE = ("2015-01-23", "2015-06-12", "2016-01-22", "2016-06-10", "2017-01-20", "2017-06-09",
         "2018-01-19", "2018-06-08", "2019-01-18", "2019-06-14", "2020-01-17", "2020-06-19")
LGS = {2018: "2018-06-03", 2019: "2019-06-15", 2020: "2020-06-20"}


def _ab_dated(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Güncelleme: {day.day} {AYLAR[day.month - 1]} {day.year} "
            f"{GUNLER[day.weekday()]} {{time}}")


def _tr(day: dt.date) -> str:
    return f"{day.day} {AYLAR[day.month - 1]}"


@cache
def _ab_duyuru() -> Wordings:
    base = _steps((_OLD, "Bizi Instagram'da takip edin"))
    salgin = [_span("2020-03-16", "2020-06-19", "🏠 Okullar tatil: EBA TV ders programı ve evde "
                                                "etkinlik önerileri")]
    karne = [(iso_day(k) - 3 * ONE, iso_day(k) + ONE,
              f"📚 {_tr(iso_day(k))} karne günü: çocuğunuzla karnesi hakkında nasıl "
              f"konuşmalısınız?") for k in KARNE]
    lgs = [(iso_day(k) - 5 * ONE, iso_day(k) + ONE, f"✏️ LGS {y}: sınav günü için son "
                                                    f"hatırlatmalar") for y, k in LGS.items()]
    anneler = _movable(lambda y: nth_weekday(y, 5, 6, 2), 6, 0,
                       lambda y: f"💐 Anneler Günü {y}: en anlamlı hediye önerileri")
    return _calendar(base, anneler, salgin, karne, lgs)


def annebebek_style() -> PublisherStyle:
    """A Turkish pregnancy and baby guide: a pregnancy-week header and a category from pools,
    the numeric date and time turned "Güncelleme:" with the long date and the weekday on the
    first school day of 2017 (a wording per day), "Yazan:", an "Uzman onaylı:" line with the
    expert from a pool, "Reklam" up to twice and "İlginizi çekebilir:" mid-body, the
    not-medical-advice line reworded in 2019, a follow line turned by each report-card day,
    the LGS exams, Mother's Day and the 2020 closures, the imprint and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="annebebekrehberi.com", site="Anne Bebek Rehberi", base_size=130,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("hamilelik", "bebek", "cocuk-sagligi", "egitim", "beslenme"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "hafta": tuple(f"Hamileliğin {w}. haftası" for w in WEEKS),
            "kategori": ("Hamilelik", "Bebek", "Çocuk Sağlığı", "Eğitim", "Beslenme"),
            "uzman": ("Op. Dr. Ayşe Kaya, Kadın Hastalıkları ve Doğum Uzmanı",
                      "Uzm. Dr. Mehmet Demir, Çocuk Sağlığı ve Hastalıkları Uzmanı",
                      "Ebe Zeynep Arslan", "Dyt. Elif Yıldız"),
        },
        families=(
            _f("hafta", HEADER, 0.3, (_OLD, "{hafta}")),
            _f("kategori", HEADER, 0.4, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_ab_dated)),
            _f("yazar", HEADER, 0.45, (_OLD, "Yazan: {author}")),
            _f("onay", HEADER, 0.3, (_OLD, "Uzman onaylı: {uzman}")),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam"), count=2),
            _f("ilgili", MIDDLE, 0.35, (_OLD, "İlginizi çekebilir: {other_title}")),
            _f("uyari", FOOTER, 0.5,
               (_OLD, "Bu içerik yalnızca bilgilendirme amaçlıdır; tanı ve tedavi için mutlaka "
                      "doktorunuza başvurunuz."),
               (AB_UYARI.isoformat(), "Anne Bebek Rehberi'ndeki bilgiler hekim muayenesinin "
                                      "yerini tutmaz. Sağlığınızla ilgili kararlar için "
                                      "doktorunuza danışın.")),
            _f("duyuru", FOOTER, 0.3, *_ab_duyuru()),
            _f("kunye", FOOTER, 0.25, (_OLD, "Anne Bebek Rehberi bir Defne Medya yayınıdır.")),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Defne Medya A.Ş. Tüm hakları "
                                             "saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde aşı takvimindeki "
                                                "ay yanlış yazılmıştı.")),
        ),
    )


# --- an Indonesian mothers' site ----------------------------------------------------------

BC_REDESIGN = dt.date(2018, 7, 16)  # the first day of the 2018/2019 school year
BC_TIKTOK = dt.date(2020, 2, 3)
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-17", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-05", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}


def _bc_dated(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"{HARI[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} {{time}} WIB"
    return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year} | {{time}} WIB"


@cache
def _bc_pengumuman() -> Wordings:
    base = _steps((_OLD, "Ikuti Bunda Ceria di Instagram dan Facebook"),
                  (BC_TIKTOK.isoformat(), "Ikuti Bunda Ceria di Instagram, Facebook dan "
                                          "TikTok"))
    rumah = [_span("2020-03-16", "2020-07-12", "🏠 Belajar dari rumah: ide kegiatan seru untuk "
                                               "Si Kecil")]
    ramadan = [(iso_day(first) - 3 * ONE, iso_day(lebaran),
                f"🌙 Ramadan {hijri} H: panduan puasa untuk ibu hamil dan menyusui")
               for first, lebaran, hijri in RAMADAN.values()]
    ppdb = _yearly("06-01", 0, 29, lambda y: f"📝 PPDB {y}: jadwal, jalur zonasi dan syarat "
                                             f"pendaftaran sekolah")
    anak = _yearly("07-23", 3, 0, lambda y: f"🎈 Selamat Hari Anak Nasional {y}!")
    ibu = _yearly("12-22", 5, 0, lambda y: f"💐 Selamat Hari Ibu, 22 Desember {y}")
    return _calendar(base, rumah, ramadan, ppdb, anak, ibu)


def bundaceria_style() -> PublisherStyle:
    """An Indonesian mothers' site: a channel from a pool, the weekday and the numeric date
    with WIB turned the long date on the first school day of 2018 (a wording per day), the
    writer line with the editor added, a "Ditinjau secara medis oleh" line with the doctor
    from a pool, an age tag from a pool, "Baca Juga:" up to twice and "ADVERTISEMENT"
    mid-body, the not-medical-advice line reworded, a follow line reworded and turned by
    Ramadan with its Hijri year, PPDB, Hari Anak Nasional, Hari Ibu and the 2020 closures,
    the sources from a pool and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bundaceria.co.id", site="Bunda Ceria", base_size=110,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("kehamilan", "bayi", "balita", "anak", "pendidikan", "keluarga"),
        n_authors=7, url_path="/{section}/{yyyy}{mm}{dd}-{n}/{slug}",
        pools={
            "kanal": ("Kehamilan", "Bayi", "Balita", "Anak", "Pendidikan", "Keluarga"),
            "dokter": ("dr. Rina Kusuma, Sp.A", "dr. Budi Santoso, Sp.OG", "dr. Maya Lestari",
                       "Bidan Sri Wahyuni, Amd.Keb"),
            "usia": ("0-6 bulan", "6-12 bulan", "1-3 tahun", "3-5 tahun", "6-12 tahun"),
            "sumber": ("Kementerian Kesehatan RI", "IDAI", "WHO", "UNICEF Indonesia"),
        },
        families=(
            _f("kanal", HEADER, 0.45, (_OLD, "{kanal}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_bc_dated)),
            _f("penulis", HEADER, 0.5, (_OLD, "Penulis: {author}"),
               (BC_REDESIGN.isoformat(), "Penulis: {author} | Editor: {author2}")),
            _f("ditinjau", HEADER, 0.3, (_OLD, "Ditinjau secara medis oleh {dokter}")),
            _f("usia", HEADER, 0.2, (_OLD, "Usia: {usia}")),
            _f("baca-juga", MIDDLE, 0.4, (_OLD, "Baca Juga: {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("disclaimer", FOOTER, 0.45,
               (_OLD, "Artikel ini hanya bersifat informatif dan tidak menggantikan saran "
                      "dokter."),
               (BC_REDESIGN.isoformat(), "Konten di Bunda Ceria bersifat informatif dan bukan "
                                         "pengganti konsultasi medis. Selalu konsultasikan "
                                         "kondisi Bunda dan Si Kecil dengan dokter.")),
            _f("pengumuman", FOOTER, 0.3, *_bc_pengumuman()),
            _f("sumber", FOOTER, 0.25, (_OLD, "Sumber: {sumber_list}")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Bunda Ceria. All rights "
                                                 "reserved.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: artikel ini telah diperbaiki pada "
                                             "penulisan dosis vitamin.")),
        ),
    )


# --- a French parenting magazine ----------------------------------------------------------

PP_REDESIGN = dt.date(2019, 9, 2)  # the 2019 rentrée
RENTREE = {2015: "2015-09-01", 2016: "2016-09-01", 2017: "2017-09-04", 2018: "2018-09-03",
           2019: "2019-09-02", 2020: "2020-09-01"}
ARS = (("2014-08-19", "362,63 € (rentrée 2014)"), ("2015-08-18", "363,00 € (rentrée 2015)"),
       ("2017-08-17", "364,09 € (rentrée 2017)"), ("2018-08-21", "367,73 € (rentrée 2018)"),
       ("2019-08-20", "368,84 € (rentrée 2019)"),
       ("2020-08-18", "469,97 € dont 100 € exceptionnels (rentrée 2020)"))


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"Mis à jour le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"


@cache
def _pp_agenda() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous à la newsletter Petits Pas"))
    confinement = [_span("2020-03-16", "2020-05-10", "🏠 Écoles fermées : nos idées "
                                                     "d'activités pour la continuité "
                                                     "pédagogique")]
    rentree = [(iso_day(day) - 14 * ONE, iso_day(day) + 3 * ONE,
                f"🎒 Rentrée scolaire le {JOURS[iso_day(day).weekday()]} "
                f"{iso_day(day).day} septembre {y} : notre check-list")
               for y, day in RENTREE.items()]
    meres = _movable(fete_des_meres, 10, 0,
                     lambda y: f"💐 Fête des mères le dimanche {fete_des_meres(y).day} "
                               f"{MOIS[fete_des_meres(y).month - 1]} : nos idées cadeaux")
    return _calendar(base, confinement, rentree, meres)


def petitspas_style() -> PublisherStyle:
    """A French parenting magazine: a section from a pool, "Publié le" with the long date
    turned "Mis à jour le" with the numeric date and the time at the 2019 rentrée (a wording
    per day), "Par", an "Article validé par" line with the expert from a pool, "Publicité"
    up to twice and "À lire aussi :" mid-body, the back-to-school allowance of the year
    (changing each August), the not-medical-advice line reworded, a newsletter line turned by
    each rentrée, Mother's Day (moved off Whit Sunday in 2020) and the lockdown, an affiliate
    line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="petitspas-mag.fr", site="Petits Pas", base_size=90,
        subdomains=(("www.", 100),),
        sections=("grossesse", "bebe", "enfant", "ecole", "sante", "sorties"),
        n_authors=5, url_path="/{section}/{slug}.html",
        pools={
            "rubrique": ("Grossesse", "Bébé", "Enfant", "École", "Santé", "Sorties"),
            "expert": ("Dr Claire Dubois, pédiatre", "Sophie Martin, sage-femme",
                       "Dr Laurent Petit, gynécologue-obstétricien", "Émilie Roux, psychologue"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_pp_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("valide", HEADER, 0.3, (_OLD, "Article validé par {expert}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("a-lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("ars", FOOTER, 0.2, *by_table(
                ARS, lambda v: f"Allocation de rentrée scolaire pour un enfant de 6 à 10 ans : "
                               f"{v}")),
            _f("avertissement", FOOTER, 0.45,
               (_OLD, "Les informations de cet article ne remplacent pas l'avis de votre "
                      "médecin ou de votre sage-femme."),
               (PP_REDESIGN.isoformat(), "Cet article est fourni à titre informatif : il ne "
                                         "remplace en aucun cas une consultation médicale.")),
            _f("agenda", FOOTER, 0.25, *_pp_agenda()),
            _f("affiliation", FOOTER, 0.15, (_OLD, "Cet article contient des liens affiliés : "
                                                   "Petits Pas peut percevoir une commission "
                                                   "sur vos achats.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Petits Pas – Reproduction "
                                                 "interdite")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article indiquait un mauvais âge pour la "
                                               "diversification.")),
        ),
    )


# --- a British school-choice guide --------------------------------------------------------

SC_REDESIGN = dt.date(2018, 3, 1)  # National Offer Day 2018
TABLES_PUBLISHED = (("2014-01-23", "2013"), ("2015-01-29", "2014"), ("2016-01-21", "2015"),
                    ("2017-01-19", "2016"), ("2018-01-25", "2017"), ("2019-01-24", "2018"),
                    ("2020-01-23", "2019"))


def _sc_dated(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"Last reviewed {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Updated {day.day:02d}/{day.month:02d}/{day.year}"


def _long(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _sc_deadline() -> Wordings:
    base = _steps((_OLD, "Find and compare schools near you"))
    pandemic = [_span("2020-03-20", "2020-06-30", "🦠 Schools are closed to most pupils: "
                                                  "admission appeals are moving online")]
    secondary = _yearly("10-31", 28, 0, lambda y: f"⏰ Applications for secondary school in "
                                                  f"September {y + 1} close on 31 October")
    primary = _yearly("01-15", 21, 0, lambda y: f"⏰ Applications for primary school in "
                                                f"September {y} close on 15 January")
    offers = _movable(lambda y: english_working_day(dt.date(y, 3, 1)), 0, 6,
                      lambda y: f"📬 National Offer Day: secondary places offered on "
                                f"{_long(english_working_day(dt.date(y, 3, 1)))}")
    primary_offers = _movable(lambda y: english_working_day(dt.date(y, 4, 16)), 0, 6,
                              lambda y: f"📬 Primary school places offered on "
                                        f"{_long(english_working_day(dt.date(y, 4, 16)))}")
    return _calendar(base, pandemic, secondary, primary, offers, primary_offers)


def schoolscompass_style() -> PublisherStyle:
    """A British school-choice guide: a phase from a pool, "Last reviewed" turned "Updated"
    with the numeric date on National Offer Day 2018 (a wording per day), a finder line
    turned by the secondary and primary application deadlines, the National Offer Days
    (moved off weekends and Easter) and the 2020 closures, the Ofsted rating from a pool and
    a tutoring sponsor mid-body, the year of the performance tables (each January),
    "Information correct as of" with the day's date (a wording per day), the independence
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="schoolscompass.co.uk", site="Schools Compass", base_size=70,
        subdomains=(("www.", 100),),
        sections=("primary", "secondary", "sixth-form", "independent", "send", "admissions"),
        n_authors=4, url_path="/guides/{section}/{slug}",
        pools={
            "phase": ("Primary", "Secondary", "Sixth form", "Independent",
                      "Special educational needs", "Admissions"),
            "ofsted": ("Good", "Outstanding", "Requires improvement", "Inadequate"),
        },
        families=(
            _f("phase", HEADER, 0.4, (_OLD, "{phase}")),
            _f("dated", HEADER, 0.8, *_by_day(_sc_dated)),
            _f("deadline", HEADER, 0.3, *_sc_deadline()),
            _f("ofsted", MIDDLE, 0.25, (_OLD, "Latest Ofsted rating: {ofsted}")),
            _f("sponsored", MIDDLE, 0.15, (_OLD, "Sponsored: 11+ mock exams and tutoring from "
                                                 "Brightpath Tutors")),
            _f("tables", FOOTER, 0.25, *by_table(
                TABLES_PUBLISHED, lambda v: f"Results: Department for Education performance "
                                            f"tables, {v}.")),
            _f("correct", FOOTER, 0.4, *_daily(
                lambda day: f"Information correct as of {day.day} {MONTHS[day.month - 1]} "
                            f"{day.year}. Always check admission details with the school or "
                            f"your local authority.")),
            _f("independent", FOOTER, 0.2, (_OLD, "Schools Compass is an independent guide and "
                                                  "is not linked to any school or local "
                                                  "authority.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Schools Compass Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this guide previously gave the "
                                                  "wrong closing date for appeals.")),
        ),
    )


# --- an Australian family-activity listings site ------------------------------------------

LA_REDESIGN = dt.date(2019, 7, 6)  # the first day of the 2019 NSW winter holidays
LA_COVIDSAFE = dt.date(2020, 6, 1)
NSW_HOLIDAYS = (("2015-04-03", "2015-04-19", "autumn"), ("2015-07-04", "2015-07-19", "winter"),
                ("2015-09-26", "2015-10-11", "spring"), ("2015-12-19", "2016-01-26", "summer"),
                ("2016-04-09", "2016-04-25", "autumn"), ("2016-07-02", "2016-07-17", "winter"),
                ("2016-09-24", "2016-10-09", "spring"), ("2016-12-20", "2017-01-30", "summer"),
                ("2017-04-08", "2017-04-23", "autumn"), ("2017-07-01", "2017-07-16", "winter"),
                ("2017-09-23", "2017-10-08", "spring"), ("2017-12-20", "2018-01-29", "summer"),
                ("2018-04-14", "2018-04-29", "autumn"), ("2018-07-07", "2018-07-22", "winter"),
                ("2018-09-29", "2018-10-14", "spring"), ("2018-12-20", "2019-01-28", "summer"),
                ("2019-04-13", "2019-04-28", "autumn"), ("2019-07-06", "2019-07-21", "winter"),
                ("2019-09-28", "2019-10-13", "spring"), ("2019-12-20", "2020-01-27", "summer"),
                ("2020-04-10", "2020-04-26", "autumn"), ("2020-07-04", "2020-07-19", "winter"),
                ("2020-09-26", "2020-10-11", "spring"), ("2020-12-18", "2021-01-26", "summer"))


def _la_dated(day: dt.date) -> str:
    if day < LA_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _la_weekend(day: dt.date) -> str:
    sat = saturday_of(day)
    sun = sat + ONE
    return (f"What's on this weekend: Saturday {sat.day} {MONTHS[sat.month - 1]} – Sunday "
            f"{sun.day} {MONTHS[sun.month - 1]}")


def _nsw_name(first: dt.date, name: str) -> str:
    return f"{name} {first.year}/{(first.year + 1) % 100:02d}" if name == "summer" else (
        f"{name} {first.year}")


@cache
def _la_holidays() -> Wordings:
    base = _steps((_OLD, "Join 40,000 Sydney parents: get our weekly what's-on email"))
    pandemic = [
        _span("2020-03-23", "2020-05-31", "🏠 Stuck at home? 100 indoor activities for kids"),
        _span("2020-06-01", "2020-12-17", "🦠 COVID-safe outings: most venues now need you to "
                                          "book ahead"),
    ]
    holidays = [(iso_day(first) - 7 * ONE, iso_day(last, 1),
                 f"🎈 NSW school holidays ({_nsw_name(iso_day(first), name)}): "
                 f"{iso_day(first).day} {MONTHS[iso_day(first).month - 1][:3]} – "
                 f"{iso_day(last).day} {MONTHS[iso_day(last).month - 1][:3]}. Our guide to the "
                 f"best things to do")
                for first, last, name in NSW_HOLIDAYS]
    return _calendar(base, pandemic, holidays)


def littleadventurers_style() -> PublisherStyle:
    """An Australian family-activity listings site: the coming weekend's dates (a wording per
    week, turning each Monday), "Posted on" turned the weekday and the short date on the
    first day of the 2019 winter holidays (a wording per day), an age tag, the cost and the
    venue from pools mid-body, a rare sponsored-post line, an email line turned by each NSW
    school holidays with their dates and the pandemic's lockdown and COVID-safe outings, the
    check-with-the-venue line reworded for COVID-19, an affiliate line and the copyright line
    (a block), a rare update."""
    return PublisherStyle(
        domain="littleadventurers.com.au", site="Little Adventurers", base_size=55,
        subdomains=(("www.", 100),),
        sections=("whats-on", "school-holidays", "parks", "free", "rainy-day"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "ages": ("All ages", "0-5 years", "3-12 years", "5+ years", "Toddlers", "Teens"),
            "price": ("Free", "$5 per child", "$15 per child, adults free",
                      "From $25 per family", "Gold coin donation"),
            "venue": ("Centennial Park", "Parramatta Park", "Darling Harbour",
                      "Manly Beach", "Australian Museum", "Penrith Lakes"),
        },
        families=(
            _f("weekend", HEADER, 0.3, *_by_day(_la_weekend)),
            _f("dated", HEADER, 0.6, *_by_day(_la_dated)),
            _f("ages", HEADER, 0.5, (_OLD, "Ages: {ages}")),
            _f("sponsored", HEADER, 0.08, (_OLD, "Sponsored post: this listing was paid for by "
                                                 "the venue.")),
            _f("cost", MIDDLE, 0.4, (_OLD, "Cost: {price}")),
            _f("where", MIDDLE, 0.35, (_OLD, "Where: {venue}")),
            _f("holidays", FOOTER, 0.35, *_la_holidays()),
            _f("check", FOOTER, 0.5,
               (_OLD, "Event details were correct at the time of publishing. Please check with "
                      "the venue before heading out."),
               (LA_COVIDSAFE.isoformat(), "Event details were correct at the time of "
                                          "publishing, but COVID-19 rules change quickly: "
                                          "please check with the venue before heading out.")),
            _f("affiliate", FOOTER, 0.15, (_OLD, "This post contains affiliate links. If you "
                                                 "buy through them we may receive a small "
                                                 "commission, at no extra cost to you.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Little Adventurers Pty Ltd")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this event has been cancelled because of "
                                              "wet weather.")),
        ),
    )


# --- an American school-choice guide ------------------------------------------------------

CW_REDESIGN = dt.date(2019, 1, 20)  # the first day of National School Choice Week 2019
SCHOOL_CHOICE_WEEK = {2015: ("2015-01-25", "Jan. 25-31"), 2016: ("2016-01-24", "Jan. 24-30"),
                      2017: ("2017-01-22", "Jan. 22-28"), 2018: ("2018-01-21", "Jan. 21-27"),
                      2019: ("2019-01-20", "Jan. 20-26"),
                      2020: ("2020-01-26", "Jan. 26-Feb. 1")}
NCES_YEARS = (("2014-06-01", "2012-13"), ("2015-06-01", "2013-14"), ("2016-06-01", "2014-15"),
              ("2017-06-01", "2015-16"), ("2018-06-01", "2016-17"), ("2019-06-01", "2017-18"),
              ("2020-06-01", "2018-19"))


def _cw_dated(day: dt.date) -> str:
    if day < CW_REDESIGN:
        return f"Last updated: {day.month}/{day.day}/{day.year}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _cw_banner() -> Wordings:
    base = _steps((_OLD, "Search charter, magnet, private and public schools near you"))
    fall = [_span("2020-07-01", "2020-09-30", "🦠 Remote, hybrid or in person? Comparing "
                                              "school options for fall 2020")]
    week = [(iso_day(first) - 7 * ONE, iso_day(first) + 7 * ONE,
             f"🎉 National School Choice Week {y} is {dates}")
            for y, (first, dates) in SCHOOL_CHOICE_WEEK.items()]
    fafsa = _yearly("10-01", 7, 14, lambda y: f"📝 The {y + 1}-{(y + 2) % 100:02d} FAFSA opens "
                                              f"October 1", years=range(2016, 2021))
    return _calendar(base, fall, week, fafsa)


def choosewell_style() -> PublisherStyle:
    """An American school-choice guide: "Last updated:" with the numeric date turned the long
    date on the first day of National School Choice Week 2019 (a wording per day), a search
    line turned by each National School Choice Week, the FAFSA openings and fall 2020, the
    school type and the grades from pools, the school year of the federal data (each June),
    the ratings line, the endorsement line, the nonprofit and copyright lines (a block), a
    rare correction."""
    return PublisherStyle(
        domain="choosewellschools.org", site="ChooseWell Schools", base_size=40,
        subdomains=(("www.", 100),),
        sections=("charter", "magnet", "private", "public", "homeschool"),
        n_authors=3, url_path="/guides/{section}/{slug}",
        pools={
            "kind": ("Public", "Public charter", "Magnet", "Private", "Parochial", "Online"),
            "grades": ("K-5", "6-8", "9-12", "PK-8", "K-12"),
        },
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_cw_dated)),
            _f("banner", HEADER, 0.3, *_cw_banner()),
            _f("kind", HEADER, 0.4, (_OLD, "School type: {kind}")),
            _f("grades", HEADER, 0.3, (_OLD, "Grades: {grades}")),
            _f("data", FOOTER, 0.35, *by_table(
                NCES_YEARS, lambda v: f"School data: National Center for Education Statistics, "
                                      f"{v} school year.")),
            _f("ratings", FOOTER, 0.3, (_OLD, "Ratings use publicly available data and are only "
                                              "one part of your research. Visit schools before "
                                              "you decide.")),
            _f("endorse", FOOTER, 0.2, (_OLD, "ChooseWell Schools does not endorse any school "
                                              "and is not paid by the schools it lists.")),
            _f("nonprofit", FOOTER, 0.25, (_OLD, "ChooseWell Schools is a 501(c)(3) nonprofit. "
                                                 "Donations are tax-deductible as allowed by "
                                                 "law.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ChooseWell Schools")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this guide "
                                                  "listed the wrong lottery deadline.")),
        ),
    )


# --- a Mexican pregnancy site -------------------------------------------------------------

ME_REDESIGN = dt.date(2018, 5, 10)  # Día de las Madres 2018


def _me_dated(day: dt.date) -> str:
    if day < ME_REDESIGN:
        return f"{day.day} de {MESES[day.month - 1]} de {day.year}"
    return (f"Última actualización: {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} "
            f"de {day.year}")


@cache
def _me_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook para más consejos de embarazo"))
    covid: list[Event] = [_span("2020-03-23", "2020-12-31", "🦠 Embarazo y COVID-19: lo que "
                                                            "debes saber")]
    madres = _yearly("05-10", 10, 0, lambda y: f"💐 Feliz Día de las Madres {y}")
    return _calendar(base, covid, madres)


def miembarazo_style() -> PublisherStyle:
    """A Mexican pregnancy site: a pregnancy-week header from a pool, the long date turned
    "Última actualización:" with the weekday on Mother's Day 2018 (a wording per day), a
    "Revisado médicamente por" line with the doctor from a pool, "PUBLICIDAD" mid-body, the
    not-medical-advice line, a follow line turned by each 10 May and the pandemic, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="miembarazohoy.com.mx", site="Mi Embarazo Hoy", base_size=30,
        subdomains=(("www.", 100),),
        sections=("embarazo", "parto", "bebe", "lactancia"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "semana": tuple(f"Semana {w} de embarazo" for w in WEEKS),
            "medico": ("Dra. Paola Esquivel, ginecóloga", "Dr. Ramón Iturbide, pediatra",
                       "Dra. Ximena Robles, perinatóloga"),
        },
        families=(
            _f("semana", HEADER, 0.5, (_OLD, "{semana}")),
            _f("fecha", HEADER, 0.8, *_by_day(_me_dated)),
            _f("revisado", HEADER, 0.35, (_OLD, "Revisado médicamente por {medico}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "PUBLICIDAD")),
            _f("aviso", FOOTER, 0.5, (_OLD, "Este contenido es solo informativo y no reemplaza "
                                            "la consulta con tu médico.")),
            _f("siguenos", FOOTER, 0.25, *_me_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Mi Embarazo Hoy")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: corregimos la semana en "
                                                     "que se hace el ultrasonido morfológico.")),
        ),
    )


def heldout160_styles() -> list[PublisherStyle]:
    """The held-back-160 styles, in the order the generator hands them to publishers."""
    return [
        nestandnurture_style(), bumpweekly_style(), familienzeit_style(), crianzaymas_style(),
        ouderkompas_style(), annebebek_style(), bundaceria_style(), petitspas_style(),
        schoolscompass_style(), littleadventurers_style(), choosewell_style(),
        miembarazo_style(),
    ]
