"""The ``held-back-212`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-208 set. It was
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"Listen to this story" line, an acknowledgement of country or an event's access line. The
publishers are disability-rights organisations and accessibility news sites in English,
German, Spanish, Swedish, Portuguese and Hebrew: a British disability charity's news pages, an
American accessibility news site, a German federation of disabled people's associations, a
Spanish disability and accessibility news portal, a Brazilian inclusion news site, a Swedish
disability-rights federation, an Israeli disability-rights organisation (in Hebrew), an
Australian disability advocacy network, a British deaf news service signed in BSL, an American
center for independent living's events pages, a Portuguese inclusion association and a German
town's office for disabled residents. The families are the kinds a crawl of such sites holds:
dates localised day by day in English (with Australian standard and daylight time, AP-style
months and US Eastern time), German, Spanish, Swedish, European and Brazilian Portuguese and
Hebrew (with the Hebrew year, turning at each Rosh Hashanah), several changing form on the day
of a redesign; easy-read, Easy English, Leichte Sprache, lectura fácil, lättläst, leitura fácil
and "plain language" (שפה פשוטה) notices, audio-version and "listen" lines, sign-language video
lines (BSL, DGS, LSE, Libras, LGP, teckenspråk), image descriptions (#PraCegoVer turned
#ParaTodosVerem in 2020); lines that turn every day (ONCE's draw of the day) and every week
(a podcast's episode each Tuesday); benefit rates by year (PIP by the April uprating, SSI,
the German standard rate, Spain's non-contributory pension with its 2018 mid-year rise,
Brazil's BPC with the minimum wage and its February 2020 correction, Sweden's price base
amount, the Israeli general disability allowance, Australia's Disability Support Pension
indexed each March and September and left unchanged in September 2020, Portugal's social
invalidity pension turned the Social Inclusion Benefit in October 2017); accessibility
statements reworded for the EU web-accessibility deadlines, Sweden's DOS law and Israel's 2016
regulations; event access information as multi-line blocks (venue, interpreters and captions,
fragrance-free, how to ask for adjustments); donation and membership appeals reworded in
2016-2020 and turned by the calendars of the field (the International Day of Persons with
Disabilities, the European day of protest on 5 May, the ADA's anniversaries, Global
Accessibility Awareness Day, Disability Employment Awareness Month, Purple Tuesday, UK
Disability History Month, Deaf Awareness Week, the anniversary of BSL's recognition, the
Brazilian day of struggle on 21 September, Carnival, the Rio Paralympics, the Brazilian
Inclusion Law coming into force, Almedalen week, the IRS consignment season, Rosh Hashanah
with its Hebrew year and Passover, the NDIS's full start and the disability royal commission,
the BTHG's vote, elections with their accessible-voting notes, Spain's 2018 voting-rights
reform and the first German vote open to people under full guardianship, the 2020 pandemic);
related links, advertisement markers and image descriptions mid-body (some up to two times);
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    carnival_tuesday,
    election,
    iso_day,
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
_calendar, _yearly, _yearly_since = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.yearly_since
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
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
VECKODAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
            "אוקטובר", "נובמבר", "דצמבר")
YAMIM = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון")

# --- helpers of this set ------------------------------------------------------------------

Table = tuple[tuple[str, str], ...]  # (first ISO day in force, value), in order


def in_force(day: dt.date, table: Table) -> tuple[str, str]:
    """The (start, value) row of `table` in force on `day` (the first row before any)."""
    rows = [row for row in table if row[0] <= day.isoformat()]
    return rows[-1] if rows else table[0]


def amounts(table: Table, text: Callable[[dt.date, str], str]) -> Wordings:
    """The wordings of a line that states the amount of `table` in force: from the oldest
    day the row in force on the set's first day, then one from each later row's day;
    `text` is given the row's first day and value."""
    start, value = in_force(FIRST_DAY, table)
    out = [(_OLD, text(iso_day(start), value))]
    out += [(s, text(iso_day(s), v)) for s, v in table if s > FIRST_DAY.isoformat()]
    return tuple(out)


def uprating_monday(y: int) -> dt.date:
    """The British benefit uprating day: the first Monday on or after 6 April."""
    day = dt.date(y, 4, 6)
    return day + dt.timedelta(days=(0 - day.weekday()) % 7)


def third_thursday_of_may(y: int) -> dt.date:
    """Global Accessibility Awareness Day."""
    return nth_weekday(y, 5, 3, 3)


def australian_daylight_time(day: dt.date) -> bool:
    """Whether eastern Australia (New South Wales, Victoria) is on daylight time on `day`:
    from the first Sunday of October to the first Sunday of April."""
    return day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)


ROSH_HASHANAH = {2014: "2014-09-25", 2015: "2015-09-14", 2016: "2016-10-03",
                 2017: "2017-09-21", 2018: "2018-09-10", 2019: "2019-09-30",
                 2020: "2020-09-19", 2021: "2021-09-07"}
HEBREW_YEARS = {2014: 'תשע"ה', 2015: 'תשע"ו', 2016: 'תשע"ז', 2017: 'תשע"ח', 2018: 'תשע"ט',
                2019: 'תש"ף', 2020: 'תשפ"א'}  # the year that begins at that Rosh Hashanah
PASSOVER = {2015: "2015-04-04", 2016: "2016-04-23", 2017: "2017-04-11", 2018: "2018-03-31",
            2019: "2019-04-20", 2020: "2020-04-09"}


def hebrew_year(day: dt.date) -> str:
    """The Hebrew year (in letters) on `day`: it turns at Rosh Hashanah."""
    y = day.year if day >= iso_day(ROSH_HASHANAH[day.year]) else day.year - 1
    return HEBREW_YEARS[y]


# --- a British disability charity's news pages ----------------------------------------------

OD_REDESIGN = dt.date(2018, 11, 13)  # relaunched on the first Purple Tuesday
OD_APPEAL = dt.date(2017, 3, 1)
OD_HELPLINE = dt.date(2020, 3, 23)
OD_STATEMENT = dt.date(2020, 9, 23)
PIP_RATES = tuple((uprating_monday(y).isoformat(), f"{y}/{(y + 1) % 100:02d}: £{std} a week "
                   f"(standard) or £{enh} (enhanced)")
                  for y, std, enh in ((2014, "54.45", "81.30"), (2015, "55.10", "82.30"),
                                      (2016, "55.10", "82.30"), (2017, "55.65", "83.10"),
                                      (2018, "57.30", "85.60"), (2019, "58.70", "87.65"),
                                      (2020, "59.70", "89.15")))
UK_ELECTIONS = ("2015-05-07", "2017-06-08", "2019-12-12")
PURPLE_TUESDAYS = ("2018-11-13", "2019-11-12", "2020-11-03")


def _od_dated(day: dt.date) -> str:
    if day < OD_REDESIGN:
        return f"Posted {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"Last updated: {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _od_appeal() -> Wordings:
    base = _steps((_OLD, "Donate today and help us fight for a fairer society"),
                  (OD_APPEAL.isoformat(), "💜 £10 could answer another call to our helpline. "
                                          "Please donate today"))
    pandemic = [_span("2020-03-23", "2020-07-31", "🦠 Coronavirus: our helpline is busier than "
                                                  "ever. Please give what you can")]
    votes = [election(day, f"🗳️ General election on {iso_day(day).day} "
                           f"{MONTHS[iso_day(day).month - 1]}: is your polling station "
                           f"accessible? Tell us", before=14) for day in UK_ELECTIONS]
    purple = [(iso_day(day, -6), iso_day(day, 1), f"💜 Purple Tuesday, {iso_day(day).day} "
                                                  f"November: ask the shops you use what they "
                                                  f"do for disabled customers")
              for day in PURPLE_TUESDAYS]
    christmas = _yearly("12-23", 0, 8, lambda y: f"🎄 Our Christmas appeal {y}: nobody should "
                                                 f"face this winter alone")
    history = _yearly("11-22", 0, 30, lambda y: f"📚 UK Disability History Month {y}: read the "
                                                f"stories our members shared")
    return _calendar(base, pandemic, votes, purple, christmas, history)


def opendoor_style() -> PublisherStyle:
    """A British disability charity's news pages: a topic from a pool, "Posted" with the short
    date turned "Last updated:" with the weekday and the long date on the first Purple
    Tuesday (a wording per day), "By" turned the writer with the role, an Easy Read line
    reworded, "Listen to this article" with the minutes, "Related:" up to twice and an image
    description from a pool mid-body, the helpline's hours widened in the pandemic, the
    year's PIP daily-living rates (changing on each April uprating Monday), an appeal
    reworded and turned by general elections, the Purple Tuesdays, Christmas appeals,
    Disability History Month and the pandemic, the accessibility line reworded for the 2020
    deadline, the charity line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="opendoordisability.org.uk", site="Open Door Disability", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "campaigns", "benefits", "stories", "research"),
        n_authors=12, url_path="/news/{section}/{slug}",
        pools={
            "topic": ("Benefits", "Campaigns", "Employment", "Social care", "Transport",
                      "Your stories", "Research"),
            "beat": ("News Officer", "Campaigns Manager", "Policy Adviser",
                     "Digital Content Officer", "Senior Press Officer"),
            "image": ("a woman using a power wheelchair outside a train station",
                      "campaigners holding purple placards outside Parliament",
                      "a man with a guide dog waiting at a pedestrian crossing",
                      "two young people signing to each other in a café",
                      "a ramp leading to the door of a high-street shop"),
        },
        families=(
            _f("topic", HEADER, 0.5, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.9, *_by_day(_od_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (OD_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("easy-read", HEADER, 0.15, (_OLD, "Easy Read version of this page (PDF)"),
               (OD_REDESIGN.isoformat(), "Read this page in Easy Read")),
            _f("listen", HEADER, 0.35, (_OLD, "Listen to this article ({read_min} min)")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("image", MIDDLE, 0.2, (_OLD, "Image description: {image}.")),
            _f("helpline", MIDDLE, 0.15,
               (_OLD, "Need advice? Call our free helpline on 0808 800 0123, Monday to Friday, "
                      "9am to 5pm."),
               (OD_HELPLINE.isoformat(), "Need advice? Our free helpline, 0808 800 0123, is now "
                                         "open seven days a week, 8am to 8pm.")),
            _f("pip", FOOTER, 0.15, *amounts(PIP_RATES, lambda _, v: (
                f"PIP daily living component {v}."))),
            _f("appeal", FOOTER, 0.35, *_od_appeal()),
            _f("accessibility", FOOTER, 0.15,
               (_OLD, "Having trouble reading this page? Call us on 020 7946 0500 and we will "
                      "send it in another format."),
               (OD_STATEMENT.isoformat(), "Accessibility statement: we aim to meet WCAG 2.1 "
                                          "AA. Report a problem with this page.")),
            _f("charity", FOOTER, 0.4, (_OLD, "Open Door Disability is a registered charity in "
                                              "England and Wales (1098765) and in Scotland "
                                              "(SC045678).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Open Door Disability")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong deadline for "
                                                  "appeals.")),
        ),
    )


# --- an American accessibility news site ----------------------------------------------------

RR_REDESIGN = dt.date(2017, 5, 18)  # relaunched on Global Accessibility Awareness Day 2017
RR_NEWSLETTER = dt.date(2019, 1, 8)
RR_PODCAST = dt.date(2016, 1, 5)  # the first episode, a Tuesday
SSI_RATES = (("2014-01-01", "721"), ("2015-01-01", "733"), ("2016-01-01", "733"),
             ("2017-01-01", "735"), ("2018-01-01", "750"), ("2019-01-01", "771"),
             ("2020-01-01", "783"))


def _rr_dated(day: dt.date) -> str:
    if day < RR_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}} ET"


def podcast_episode(day: dt.date) -> int:
    """The Ramp Report podcast's latest episode on `day` (one each Tuesday; 0 before)."""
    return (day - RR_PODCAST).days // 7 + 1 if day >= RR_PODCAST else 0


def _rr_podcast(day: dt.date) -> str:
    episode = podcast_episode(day)
    if episode == 0:
        return "🎙️ Coming soon: the Ramp Report podcast, with a full transcript of every episode"
    return f"🎙️ New this week: Ramp Report Podcast episode {episode}, with a full transcript"


@cache
def _rr_newsletter() -> Wordings:
    base = _steps((_OLD, "Get Ramp Report in your inbox every Tuesday"),
                  (RR_NEWSLETTER.isoformat(), "📬 The Ramp Report newsletter: plain text, "
                                              "screen-reader friendly, every Tuesday. Sign up "
                                              "free"))
    covid = [_span("2020-03-16", "2020-06-30", "🦠 COVID-19 and disability: our free resource "
                                               "page is updated daily")]
    ada = _yearly_since(1990, "07-26", 3, 0, lambda n: f"🎉 The ADA turns {n}: read our "
                                                       f"anniversary series")
    gaad = [(third_thursday_of_may(y) - ONE, third_thursday_of_may(y) + ONE,
             f"⌨️ Global Accessibility Awareness Day {y}: put your mouse away and try your "
             f"site with a keyboard") for y in YEARS]
    ndeam = _yearly("10-01", 0, 30, lambda y: f"💼 October is National Disability Employment "
                                              f"Awareness Month {y}")
    return _calendar(base, covid, ada, gaad, ndeam)


def ramp_style() -> PublisherStyle:
    """An American accessibility news site: a section kicker from a pool, the AP-style date
    turned "Updated" with the long date and Eastern time on GAAD 2017 (a wording per day),
    "By" with the writer's handle, an audio-version line reworded, a plain-language line,
    "ADVERTISEMENT" up to twice, "RELATED:" and an image description from a pool mid-body,
    the podcast's latest episode (a wording per week, each Tuesday), the year's SSI federal
    payment (changing each January), a newsletter line reworded and turned by the ADA's
    anniversaries, Global Accessibility Awareness Day, Disability Employment Awareness Month
    and the pandemic, the nonprofit line, the accessibility line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="rampreport.com", site="Ramp Report", base_size=220,
        subdomains=(("www.", 100),),
        sections=("policy", "tech", "travel", "culture", "employment", "education"),
        n_authors=10, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "tag": ("POLICY", "TECH", "TRAVEL", "CULTURE", "JOBS", "EDUCATION", "HEALTH"),
            "alt": ("A screen reader user navigates a web page on a laptop",
                    "Protesters in wheelchairs rally on the steps of the Capitol",
                    "A traveler with a white cane walks through an airport terminal",
                    "A student uses a braille display in a classroom",
                    "A sign-language interpreter stands beside a speaker at a podium"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{tag}")),
            _f("dated", HEADER, 0.9, *_by_day(_rr_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (RR_REDESIGN.isoformat(), "By {author} · {author_handle}")),
            _f("audio", HEADER, 0.3, (_OLD, "Audio version available"),
               (RR_REDESIGN.isoformat(), "🎧 Listen to this story · {read_min} min")),
            _f("plain", HEADER, 0.08, (_OLD, "A plain-language summary of this story is at the "
                                             "end of the page.")),
            _f("advert", MIDDLE, 0.35, (_OLD, "ADVERTISEMENT"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}")),
            _f("alt", MIDDLE, 0.2, (_OLD, "[Image description: {alt}.]")),
            _f("podcast", FOOTER, 0.2, *_by_day(_rr_podcast)),
            _f("ssi", FOOTER, 0.15, *amounts(SSI_RATES, lambda start, v: (
                f"The {start.year} federal SSI payment for an individual is ${v} a month."))),
            _f("newsletter", FOOTER, 0.3, *_rr_newsletter()),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "Ramp Report is an independent, nonprofit "
                                                "newsroom. Support our journalism.")),
            _f("accessibility", FOOTER, 0.3, (_OLD, "Found an accessibility barrier on this "
                                                    "page? Email access@rampreport.com.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Ramp Report. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this story has been updated to "
                                                  "use the agency's correct name.")),
        ),
    )


# --- a German federation of disabled people's associations ----------------------------------

BT_REDESIGN = dt.date(2018, 5, 5)  # relaunched on the European day of protest
BT_SPENDE = dt.date(2017, 11, 1)
BT_BITV = dt.date(2020, 9, 23)
REGELSATZ = (("2014-01-01", "391"), ("2015-01-01", "399"), ("2016-01-01", "404"),
             ("2017-01-01", "409"), ("2018-01-01", "416"), ("2019-01-01", "424"),
             ("2020-01-01", "432"))


def _bt_datum(day: dt.date) -> str:
    if day < BT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _bt_spende() -> Wordings:
    base = _steps((_OLD, "Unterstützen Sie unsere Arbeit mit Ihrer Spende."),
                  (BT_SPENDE.isoformat(), "💛 Jetzt spenden: Jeder Euro stärkt die Rechte von "
                                          "Menschen mit Behinderung."))
    corona = [_span("2020-03-16", "2020-06-30", "🦠 Corona: Unsere Beratung ist weiter für Sie "
                                                "da – am Telefon und per E-Mail.")]
    politik = [
        _span("2016-11-14", "2016-12-16", "✊ BTHG: Der Bundesrat stimmt am 16. Dezember ab – "
                                          "schreiben Sie jetzt Ihren Abgeordneten!"),
        election("2017-09-24", "🗳️ Bundestagswahl am 24. September: unsere Wahlprüfsteine, "
                               "auch in Leichter Sprache", before=14),
        election("2019-05-26", "🗳️ Europawahl am 26. Mai: Zum ersten Mal dürfen auch Menschen "
                               "unter Vollbetreuung wählen", before=14),
    ]
    protest = _yearly("05-05", 7, 0, lambda y: f"✊ 5. Mai {y}: Europäischer Protesttag zur "
                                               f"Gleichstellung von Menschen mit Behinderung")
    dezember = _yearly("12-03", 2, 0, lambda y: f"3. Dezember {y}: Internationaler Tag der "
                                                f"Menschen mit Behinderung")
    return _calendar(base, corona, politik, protest, dezember)


def teilhabe_style() -> PublisherStyle:
    """A German federation of disabled people's associations: a section from a pool, the
    numeric date turned "Veröffentlicht am" with the long date on 5 May 2018 (a wording per
    day), "Leichte Sprache" and "Vorlesen" lines, a DGS video line, "Das könnte Sie auch
    interessieren:" mid-body, the year's standard rate of basic income support (changing each
    January), a donation line reworded and turned by the BTHG's vote, the 2017 and 2019
    elections (the first open to people under full guardianship), each 5 May and 3 December
    and the pandemic, the bank account for donations, the accessibility line reworded for the
    2020 deadline, the register line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="teilhabe-verband.de", site="Bundesverband Teilhabe", base_size=190,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "politik", "recht", "arbeit", "wohnen"),
        n_authors=7, url_path="/{section}/{slug}.html",
        pools={"rubrik": ("Politik", "Recht", "Arbeit", "Wohnen", "Bildung", "Gesundheit",
                          "Verband")},
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_bt_datum)),
            _f("leichte-sprache", HEADER, 0.25,
               (_OLD, "Diesen Text gibt es auch in Leichter Sprache."),
               (BT_REDESIGN.isoformat(), "➜ Leichte Sprache: Diesen Text einfach erklärt")),
            _f("vorlesen", HEADER, 0.3, (_OLD, "Text vorlesen lassen")),
            _f("dgs", HEADER, 0.1, (_OLD, "Diese Meldung als Video in Deutscher "
                                          "Gebärdensprache (DGS)")),
            _f("interessant", MIDDLE, 0.3, (_OLD, "Das könnte Sie auch interessieren: "
                                                  "{other_title}")),
            _f("regelsatz", FOOTER, 0.15, *amounts(REGELSATZ, lambda start, v: (
                f"Regelbedarfsstufe 1 ab 1. Januar {start.year}: {v} Euro im Monat"))),
            _f("spende", FOOTER, 0.3, *_bt_spende()),
            _f("konto", FOOTER, 0.25, (_OLD, "Spendenkonto: Bank für Sozialwirtschaft, IBAN DE37 "
                                             "3702 0500 0008 4711 00")),
            _f("barrierefreiheit", FOOTER, 0.15,
               (_OLD, "Hinweise zur Barrierefreiheit dieser Website"),
               (BT_BITV.isoformat(), "Erklärung zur Barrierefreiheit · Barriere melden")),
            _f("register", FOOTER, 0.3, (_OLD, "Bundesverband Teilhabe e. V. · Amtsgericht "
                                               "Kassel VR 4711 · als gemeinnützig anerkannt")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bundesverband Teilhabe e. V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand ein "
                                                 "falsches Datum für die Anhörung.")),
        ),
    )


# --- a Spanish disability and accessibility news portal -------------------------------------

AH_REDESIGN = dt.date(2019, 12, 3)  # relaunched on the International Day
AH_BOLETIN = dt.date(2018, 3, 1)
LOREG_REFORM = dt.date(2018, 12, 6)  # the law giving every person the vote comes into force
PNC = (("2014-01-01", "365,90"), ("2015-01-01", "366,90"), ("2016-01-01", "367,90"),
       ("2017-01-01", "368,90"), ("2018-01-01", "369,90"), ("2018-07-05", "380,90"),
       ("2019-01-01", "392,00"), ("2020-01-01", "395,60"))
ES_ELECTIONS = ("2015-12-20", "2016-06-26", "2019-04-28", "2019-05-26", "2019-11-10")


def _ah_fecha(day: dt.date) -> str:
    if day < AH_REDESIGN:
        return f"Madrid, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"Actualizado el {day.day}/{day.month}/{day.year} a las {{time}}"


def _ah_once(day: dt.date) -> str:
    wd = day.weekday()
    draw = "Cupón Diario" if wd < 4 else "Cuponazo" if wd == 4 else "Cupón Fin de Semana"
    return (f"{draw} de la ONCE del {DIAS[wd]} {day.day} de {MESES[day.month - 1]}: consulta el "
            f"número premiado")


@cache
def _ah_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestro boletín semanal"),
                  (AH_BOLETIN.isoformat(), "📩 Cada viernes, lo más importante sobre discapacidad "
                                           "en tu correo. Suscríbete gratis"))
    alarma = [_span("2020-03-14", "2020-06-21", "🦠 Estado de alarma: recopilamos la información "
                                                "accesible sobre el coronavirus")]

    def votes(day: str) -> str:
        d = iso_day(day)
        when = f"{d.day} de {MESES[d.month - 1]}"
        if d < LOREG_REFORM:
            return f"🗳️ Elecciones del {when}: guía de voto accesible"
        return (f"🗳️ Elecciones del {when}: por primera vez votan todas las personas con "
                f"discapacidad intelectual")

    elecciones = [election(day, votes(day), before=10) for day in ES_ELECTIONS]
    dia = _yearly("12-03", 3, 0, lambda y: f"3 de diciembre de {y}: Día Internacional de las "
                                           f"Personas con Discapacidad")
    return _calendar(base, alarma, elecciones, dia)


def accesiblehoy_style() -> PublisherStyle:
    """A Spanish disability and accessibility news portal: a section from a pool, "Madrid,"
    with the long date turned "Actualizado el" with the numeric date and the time on 3
    December 2019 (a wording per day), the writer with the site's name, a lectura fácil line,
    "Escuchar esta noticia", "Te puede interesar:" and "Publicidad" (up to twice) mid-body, a
    sign-language video line, the day's ONCE draw (a wording per day, the draw's name by
    weekday), the year's non-contributory invalidity pension (with the July 2018 rise), a
    newsletter line reworded and turned by the elections (after the 2018 reform, open to
    every person with an intellectual disability), each 3 December and the state of alarm,
    the reproduction line and the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="accesiblehoy.es", site="Accesible Hoy", base_size=165,
        subdomains=(("www.", 100),),
        sections=("actualidad", "empleo", "educacion", "tecnologia", "ocio", "derechos"),
        n_authors=8, url_path="/{section}/{slug}_{n}.html",
        pools={"seccion": ("Actualidad", "Empleo", "Educación", "Tecnología", "Ocio accesible",
                           "Derechos")},
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ah_fecha)),
            _f("autor", HEADER, 0.5, (_OLD, "{author} | Accesible Hoy")),
            _f("lectura-facil", HEADER, 0.12, (_OLD, "Noticia adaptada a lectura fácil y validada "
                                                     "por personas con discapacidad "
                                                     "intelectual")),
            _f("escuchar", HEADER, 0.3, (_OLD, "Escuchar esta noticia")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("lse", MIDDLE, 0.1, (_OLD, "Vídeo con subtítulos y lengua de signos española "
                                          "(LSE)")),
            _f("once", FOOTER, 0.2, *_daily(_ah_once)),
            _f("pnc", FOOTER, 0.15, *amounts(PNC, lambda start, v: (
                f"Pensión no contributiva de invalidez en {start.year}: {v} euros al mes, en "
                f"14 pagas"))),
            _f("aviso", FOOTER, 0.3, *_ah_aviso()),
            _f("reproduccion", FOOTER, 0.25, (_OLD, "Se permite la reproducción de los contenidos "
                                                    "citando la fuente y con un enlace a la "
                                                    "noticia original.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Accesible Hoy. Todos los derechos "
                                                 "reservados.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: una versión anterior de "
                                                     "esta noticia atribuía mal las "
                                                     "declaraciones.")),
        ),
    )


# --- a Brazilian inclusion news site ---------------------------------------------------------

IJ_REDESIGN = dt.date(2018, 9, 21)  # relaunched on the national day of struggle
IJ_WHATSAPP = dt.date(2018, 4, 1)
IJ_HASHTAG = dt.date(2020, 6, 1)
BPC = (("2014-01-01", "724,00"), ("2015-01-01", "788,00"), ("2016-01-01", "880,00"),
       ("2017-01-01", "937,00"), ("2018-01-01", "954,00"), ("2019-01-01", "998,00"),
       ("2020-01-01", "1.039,00"), ("2020-02-01", "1.045,00"))


def _ij_data(day: dt.date) -> str:
    if day < IJ_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"Publicado em {day.day} de {MESES_PT[day.month - 1]} de {day.year}, às {{time}}"


@cache
def _ij_aviso() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Inclusão Já no seu e-mail"),
                  (IJ_WHATSAPP.isoformat(), "📲 Receba as notícias do Inclusão Já no WhatsApp: "
                                            "é de graça"))
    covid = [_span("2020-03-17", "2020-07-31", "🦠 Coronavírus: informações acessíveis, com "
                                               "Libras e audiodescrição")]
    marcos = [
        _span("2015-12-21", "2016-01-15", "⚖️ A Lei Brasileira de Inclusão entra em vigor em 2 "
                                          "de janeiro: saiba o que muda"),
        _span("2016-09-05", "2016-09-18", "🏅 Paralimpíada Rio 2016: acompanhe a nossa "
                                          "cobertura"),
    ]
    carnaval = [(carnival_tuesday(y) - 7 * ONE, carnival_tuesday(y) + ONE,
                 f"🎭 Carnaval {y}: confira os blocos e camarotes acessíveis") for y in YEARS]
    luta = _yearly("09-21", 5, 0, lambda y: f"21 de setembro de {y}: Dia Nacional de Luta da "
                                            f"Pessoa com Deficiência")
    return _calendar(base, covid, marcos, carnaval, luta)


def inclusaoja_style() -> PublisherStyle:
    """A Brazilian inclusion news site: a desk from a pool, the numeric date and the time
    turned "Publicado em" with the long date on 21 September 2018 (a wording per day), "Por",
    a Libras video line, "#PraCegoVer" image descriptions from a pool turned "#ParaTodosVerem"
    in June 2020, "Leia também:" and "Publicidade" (up to twice) mid-body, the BPC's amount
    with the minimum wage (changing each January and corrected in February 2020), a
    newsletter line reworded for WhatsApp and turned by the Inclusion Law coming into force,
    the Rio Paralympics, each Carnival and 21 September and the pandemic, the comments line
    and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="inclusaoja.com.br", site="Inclusão Já", base_size=140,
        subdomains=(("www.", 80), ("", 20)),
        sections=("direitos", "acessibilidade", "trabalho", "educacao", "esporte", "cultura"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}.html",
        pools={
            "editoria": ("Direitos", "Acessibilidade", "Trabalho", "Educação", "Esporte",
                         "Cultura"),
            "descricao": ("foto de uma mulher cadeirante em frente a uma rampa de acesso",
                          "foto de um homem cego com bengala atravessando a faixa de pedestres",
                          "intérprete de Libras ao lado de um palco",
                          "atletas paralímpicos comemorando no pódio",
                          "criança com síndrome de Down brincando no parque"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_ij_data)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("libras", HEADER, 0.15, (_OLD, "Assista a esta notícia em Libras")),
            _f("descricao", MIDDLE, 0.3, (_OLD, "#PraCegoVer: {descricao}"),
               (IJ_HASHTAG.isoformat(), "#ParaTodosVerem: {descricao}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("bpc", FOOTER, 0.15, *amounts(BPC, lambda start, v: (
                f"O BPC equivale a um salário mínimo: R$ {v} por mês desde {start.day}/"
                f"{start.month:02d}/{start.year}."))),
            _f("aviso", FOOTER, 0.3, *_ij_aviso()),
            _f("comentarios", FOOTER, 0.25, (_OLD, "Os comentários são de responsabilidade de "
                                                   "seus autores e não representam a opinião "
                                                   "do site.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Inclusão Já. Todos os direitos "
                                                 "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta reportagem "
                                              "trazia o nome errado do entrevistado.")),
        ),
    )


# --- a Swedish disability-rights federation -------------------------------------------------

TS_REDESIGN = dt.date(2019, 1, 1)  # relaunched when the DOS law came into force
TS_AVGIFT = dt.date(2018, 1, 1)
PRISBASBELOPP = (("2014-01-01", "44 400"), ("2015-01-01", "44 500"), ("2016-01-01", "44 300"),
                 ("2017-01-01", "44 800"), ("2018-01-01", "45 500"), ("2019-01-01", "46 500"),
                 ("2020-01-01", "47 300"))
ALMEDALEN = ((2015, "2015-06-28", "2015-07-03"), (2016, "2016-07-03", "2016-07-08"),
             (2017, "2017-07-02", "2017-07-06"), (2018, "2018-07-01", "2018-07-06"),
             (2019, "2019-06-30", "2019-07-04"))


def _ts_datum(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"Publicerad {day.isoformat()}"
    return f"Publicerad {VECKODAGAR[day.weekday()]} {day.day} {MANADER[day.month - 1]} {day.year}"


@cache
def _ts_notis() -> Wordings:
    base = _steps((_OLD, "Bli medlem och gör skillnad – det kostar 200 kronor om året"),
                  (TS_AVGIFT.isoformat(), "Bli medlem du också! Medlemsavgiften är 250 kronor "
                                          "om året"))
    corona = [_span("2020-03-16", "2020-06-30", "🦠 Coronaviruset: våra lokalkontor är stängda, "
                                                "men vi svarar i telefon som vanligt")]
    almedalen = [_span(first, last, f"☀️ Möt oss i Almedalen {y}: se vårt seminarieprogram")
                 for y, first, last in ALMEDALEN]
    almedalen.append(_span("2020-06-28", "2020-07-03", "Almedalsveckan 2020 är inställd: se "
                                                       "våra seminarier digitalt"))
    val = [election("2018-09-09", "🗳️ Valet den 9 september: är din vallokal tillgänglig? "
                                  "Berätta för oss", before=14)]
    dagen = _yearly("12-03", 2, 0, lambda y: f"3 december {y}: Internationella "
                                             f"funktionshinderdagen")
    return _calendar(base, corona, almedalen, val, dagen)


def tillgangligt_style() -> PublisherStyle:
    """A Swedish disability-rights federation: "Publicerad" with the ISO date turned the
    weekday and the long date on 1 January 2019 (a wording per day), "Text:", "Lyssna",
    "Lättläst" and sign-language lines, "Läs också:" mid-body, the year's price base amount
    (changing each January), a membership line with its fee raised in 2018 and turned by
    Almedalen week (cancelled in 2020), the 2018 election, each 3 December and the pandemic,
    the Swish line for gifts, the accessibility line reworded for the DOS law, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="tillgangligt.se", site="Tillgängligt Sverige", base_size=120,
        subdomains=(("www.", 100),),
        sections=("nyheter", "opinion", "lattlast", "medlem"),
        n_authors=5, url_path="/{section}/{slug}/",
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_ts_datum)),
            _f("text", HEADER, 0.35, (_OLD, "Text: {author}")),
            _f("lyssna", HEADER, 0.4, (_OLD, "Lyssna")),
            _f("lattlast", HEADER, 0.2, (_OLD, "Läs texten på lättläst svenska")),
            _f("teckensprak", HEADER, 0.08, (_OLD, "Se nyheten på teckenspråk")),
            _f("las-ocksa", MIDDLE, 0.3, (_OLD, "Läs också: {other_title}")),
            _f("prisbasbelopp", FOOTER, 0.12, *amounts(PRISBASBELOPP, lambda start, v: (
                f"Prisbasbeloppet för {start.year} är {v} kronor."))),
            _f("notis", FOOTER, 0.3, *_ts_notis()),
            _f("gava", FOOTER, 0.25, (_OLD, "Ge en gåva till Tillgängligt Sverige: Swish 123 900 "
                                            "45 67")),
            _f("tillganglighet", FOOTER, 0.1, (_OLD, "Om webbplatsens tillgänglighet"),
               (TS_REDESIGN.isoformat(), "Tillgänglighetsredogörelse: så uppfyller webbplatsen "
                                         "lagen om tillgänglighet till digital offentlig "
                                         "service")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Tillgängligt Sverige {year}")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version av texten var "
                                                "datumet för mötet fel.")),
        ),
    )


# --- an Israeli disability-rights organisation (in Hebrew) ----------------------------------

KH_REDESIGN = dt.date(2017, 9, 21)  # relaunched at Rosh Hashanah 5778
KH_WHATSAPP = dt.date(2018, 6, 1)
KH_REGULATIONS = dt.date(2016, 10, 25)  # the deadline for websites under the 2013 regulations
KITZBA = (("2014-01-01", "2,342"), ("2016-01-01", "2,342"), ("2017-01-01", "2,371"),
          ("2018-01-01", "3,064"), ("2019-01-01", "3,272"), ("2020-01-01", "3,321"))
IL_ELECTIONS = ("2015-03-17", "2019-04-09", "2019-09-17", "2020-03-02")


def _kh_taarikh(day: dt.date) -> str:
    if day < KH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    return (f"{YAMIM[day.weekday()]}, {day.day} ב{HODASHIM[day.month - 1]} {day.year} | "
            f"{hebrew_year(day)}")


@cache
def _kh_hodaa() -> Wordings:
    base = _steps((_OLD, "הצטרפו לרשימת התפוצה שלנו וקבלו עדכונים על זכויות"),
                  (KH_WHATSAPP.isoformat(), "📲 הצטרפו לקבוצת הווטסאפ שלנו לעדכונים שוטפים על "
                                            "זכויות"))
    corona = [_span("2020-03-15", "2020-05-31", "🦠 קורונה: מוקד הזכויות שלנו ממשיך לפעול "
                                                "בטלפון")]
    protest = [_span("2017-03-20", "2017-04-05", "✊ מאבק הנכים: הצטרפו אלינו להפגנה ביום "
                                                 "ראשון")]

    def votes(day: str) -> str:
        d = iso_day(day)
        return f"🗳️ בחירות {d.day}.{d.month}.{d.year}: איתור קלפי נגישה באתר ועדת הבחירות"

    bhirot = [election(day, votes(day), before=10) for day in IL_ELECTIONS]
    hagim = [(iso_day(ROSH_HASHANAH[y], -5), iso_day(ROSH_HASHANAH[y], 2),
              f"🍎 שנה טובה! ברכות לשנת {HEBREW_YEARS[y]} מכל צוות העמותה") for y in YEARS]
    pesach = [(iso_day(PASSOVER[y], -5), iso_day(PASSOVER[y], 2), "חג פסח שמח וכשר!")
              for y in YEARS]
    return _calendar(base, corona, protest, bhirot, hagim, pesach)


def kolhashivyon_style() -> PublisherStyle:
    """An Israeli disability-rights organisation, in Hebrew: a category from a pool, the
    numeric date with a two-digit year turned the weekday, the long date and the Hebrew year
    (turning at each Rosh Hashanah) at Rosh Hashanah 5778 (a wording per day), "listen to the
    article" and plain-language lines, "more on the subject:" mid-body, the year's full
    general disability allowance (raised in stages from 2018), a mailing-list line reworded
    for WhatsApp and turned by the 2017 protests, the elections, Rosh Hashanah with the new
    year's letters, Passover and the pandemic, the accessibility statement from the 2016
    deadline, the tax-credit line for donations, the association's number and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="kolhashivyon.org.il", site="קול השוויון", base_size=95,
        subdomains=(("www.", 100),),
        sections=("news", "rights", "articles"),
        n_authors=4, url_path="/{section}/{n}",
        pools={"kategoria": ("זכויות", "נגישות", "תעסוקה", "דיור בקהילה", "חינוך",
                             "קצבאות")},
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("taarikh", HEADER, 0.85, *_by_day(_kh_taarikh)),
            _f("haazana", HEADER, 0.35, (_OLD, "להאזנה לכתבה")),
            _f("safa-pshuta", HEADER, 0.12, (_OLD, "הכתבה זמינה גם בשפה פשוטה")),
            _f("od", MIDDLE, 0.3, (_OLD, "עוד בנושא: {other_title}")),
            _f("kitzba", FOOTER, 0.15, *amounts(KITZBA, lambda start, v: (
                f"קצבת נכות כללית מלאה בשנת {start.year}: {v} ש\"ח בחודש"))),
            _f("hodaa", FOOTER, 0.3, *_kh_hodaa()),
            _f("hatzhara", FOOTER, 0.12,
               (_OLD, "אנו פועלים להנגשת האתר. נתקלתם בבעיה? כתבו לנו"),
               (KH_REGULATIONS.isoformat(), "הצהרת נגישות: האתר הונגש לפי תקנות שוויון זכויות "
                                            "לאנשים עם מוגבלות")),
            _f("truma", FOOTER, 0.25, (_OLD, "תרומות לעמותה מוכרות לצורכי מס לפי סעיף 46 "
                                             "לפקודת מס הכנסה")),
            _f("amuta", FOOTER, 0.25, (_OLD, "קול השוויון (ע\"ר) 580123456")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} קול השוויון – כל הזכויות שמורות")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת של הכתבה נפלה טעות בסכום "
                                             "הקצבה")),
        ),
    )


# --- an Australian disability advocacy network ----------------------------------------------

AM_REDESIGN = dt.date(2016, 7, 1)  # relaunched on the first day of the NDIS's full scheme
DSP = (("2014-09-20", "854.30"), ("2015-03-20", "860.20"), ("2015-09-20", "867.30"),
       ("2016-03-20", "877.10"), ("2016-09-20", "880.30"), ("2017-03-20", "888.30"),
       ("2017-09-20", "894.40"), ("2018-03-20", "907.60"), ("2018-09-20", "916.30"),
       ("2019-03-20", "926.20"), ("2019-09-20", "933.40"), ("2020-03-20", "944.30"),
       ("2020-09-20", "944.30"))  # near the real single maximum rates; unchanged in Sept 2020


def _am_dated(day: dt.date) -> str:
    if day < AM_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    zone = "AEDT" if australian_daylight_time(day) else "AEST"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{time}} {zone}"


def _am_dsp(start: dt.date, value: str) -> str:
    when = f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    previous = [v for s, v in DSP if s < start.isoformat()]
    if previous and previous[-1] == value:
        return (f"Disability Support Pension (single, maximum): ${value} a fortnight, "
                f"unchanged on {when}.")
    return f"Disability Support Pension (single, maximum): ${value} a fortnight from {when}."


@cache
def _am_ndis() -> Wordings:
    base = _steps((_OLD, "Questions about the NDIS? Call our advocacy line on 1300 555 017"))
    covid = [_span("2020-03-23", "2020-06-30", "🦠 COVID-19: our advocates are working from home "
                                               "and still answering calls")]
    votes = [
        election("2016-07-02", "🗳️ Federal election on 2 July: you can ask for help to vote",
                 before=10),
        election("2019-05-18", "🗳️ Federal election on 18 May: you can ask for help to vote",
                 before=10),
    ]
    milestones = [
        _span("2016-06-20", "2016-07-10", "The NDIS full scheme starts on 1 July: what it means "
                                          "for you"),
        _span("2019-04-05", "2019-04-30", "The Disability Royal Commission has begun: how to "
                                          "tell your story"),
    ]
    idpwd = _yearly("12-03", 6, 0, lambda y: f"International Day of People with Disability "
                                             f"{y}: find an event near you")
    return _calendar(base, covid, votes, milestones, idpwd)


def accessmatters_style() -> PublisherStyle:
    """An Australian disability advocacy network: the numeric date turned the long date, the
    time and Australian standard or daylight time on the NDIS's first full day (a wording per
    day), "By", "Listen to this story", an Easy English line, "Read next:" mid-body, the
    Disability Support Pension's single rate (changing each 20 March and 20 September,
    unchanged in September 2020), an NDIS line turned by the full scheme's start, the royal
    commission, the federal elections, each 3 December and the pandemic, the support-line
    footer, the acknowledgement of country and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="accessmatters.org.au", site="Access Matters", base_size=75,
        subdomains=(("www.", 100),),
        sections=("news", "ndis", "advocacy", "stories"),
        n_authors=4, url_path="/{section}/{slug}/",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_am_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}")),
            _f("listen", HEADER, 0.25, (_OLD, "Listen to this story")),
            _f("easy-english", HEADER, 0.1, (_OLD, "An Easy English version of this story is "
                                                   "available.")),
            _f("read-next", MIDDLE, 0.3, (_OLD, "Read next: {other_title}")),
            _f("dsp", FOOTER, 0.12, *amounts(DSP, _am_dsp)),
            _f("ndis", FOOTER, 0.3, *_am_ndis()),
            _f("support", FOOTER, 0.2, (_OLD, "If this story raised issues for you, call Lifeline "
                                              "on 13 11 14 or Beyond Blue on 1300 22 4636.")),
            _f("country", FOOTER, 0.4, (_OLD, "We acknowledge the Traditional Owners of the land "
                                              "where we live and work, and pay our respects to "
                                              "Elders past and present.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Access Matters Inc. ABN 61 234 567 "
                                                "890")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this story originally named the "
                                                  "wrong NDIS planner agency.")),
        ),
    )


# --- a British deaf news service signed in BSL ----------------------------------------------

SD_REDESIGN = dt.date(2018, 3, 18)  # the fifteenth anniversary of BSL's recognition
SD_SOCIAL = dt.date(2019, 6, 1)


def _sd_dated(day: dt.date) -> str:
    if day < SD_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _sd_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook for signed news every weekday"),
                  (SD_SOCIAL.isoformat(), "📹 Signed news every weekday on Facebook, Instagram "
                                          "and YouTube"))
    covid = [_span("2020-03-23", "2020-07-31", "🦠 We sign the daily government coronavirus "
                                               "briefings live on Facebook")]
    bsl = _yearly_since(2003, "03-18", 3, 0, lambda n: f"🤟 18 March: {n} years since BSL was "
                                                       f"recognised as a language")
    daw = [(nth_weekday(y, 5, 0, 1), nth_weekday(y, 5, 0, 1) + 7 * ONE,
            f"👂 Deaf Awareness Week {y}: share our signed guides") for y in YEARS]
    return _calendar(base, covid, bsl, daw)


def signpost_style() -> PublisherStyle:
    """A British deaf news service signed in BSL: the short date turned the weekday and the
    long date on BSL's recognition day in 2018 (a wording per day), the BSL video line
    reworded with the minutes, the transcript line, the reporter and the signer, "More from
    Signpost Deaf News:" mid-body, a social line reworded and turned by each 18 March with the
    years since recognition, Deaf Awareness Week and the pandemic, the story line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="signpostdeaf.co.uk", site="Signpost Deaf News", base_size=60,
        subdomains=(("www.", 100),),
        sections=("news", "sport", "community"),
        n_authors=4, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_sd_dated)),
            _f("bsl", HEADER, 0.5, (_OLD, "Watch this story in BSL"),
               (SD_REDESIGN.isoformat(), "▶ BSL version with subtitles ({read_min} min)")),
            _f("transcript", HEADER, 0.2, (_OLD, "A full English transcript of the video is "
                                                 "below.")),
            _f("reporter", HEADER, 0.45, (_OLD, "Reporter: {author} · Signed by {author2}")),
            _f("more", MIDDLE, 0.3, (_OLD, "More from Signpost Deaf News: {other_title}")),
            _f("notice", FOOTER, 0.3, *_sd_notice()),
            _f("story", FOOTER, 0.3, (_OLD, "Got a story? Email news@signpostdeaf.co.uk or send us "
                                            "a signed video message.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Signpost Deaf News CIC")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the interpreter in this video was "
                                                  "wrongly named.")),
        ),
    )


# --- an American center for independent living's events pages --------------------------------

NF_REDESIGN = dt.date(2019, 7, 26)  # the ADA's 29th anniversary
NF_OFFICE = dt.date(2020, 3, 16)


def _nf_posted(day: dt.date) -> str:
    if day < NF_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _nf_notice() -> Wordings:
    base = _steps((_OLD, "Membership is free for people with disabilities. Join us today!"))
    covid = [_span("2020-03-16", "2020-12-31", "Our office is closed to walk-ins. Call "
                                               "555-0100 and leave a message.")]
    ada = _yearly_since(1990, "07-26", 10, 0, lambda n: f"Celebrate the ADA's {n}th anniversary "
                                                        f"with us at our summer picnic!")
    register = [(nth_weekday(y, 9, 1, 4) - 3 * ONE, nth_weekday(y, 9, 1, 4) + ONE,
                 f"National Voter Registration Day {y}: register at our office and try the "
                 f"accessible voting machine") for y in YEARS]
    return _calendar(base, covid, ada, register)


def northfield_style() -> PublisherStyle:
    """An American center for independent living's events pages: "Posted on" with the long
    date turned the weekday and the long date on the ADA's anniversary in 2019 (a wording per
    day), the event's access information (the venue, interpreters and captioning, the
    fragrance-free request, whom to ask for an accommodation from a pool: a block), the
    alternate-formats line, the funding line, a membership line turned by the ADA's
    anniversaries, National Voter Registration Day and the pandemic, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="northfieldcil.org", site="Northfield Center for Independent Living",
        base_size=50,
        subdomains=(("www.", 100),),
        sections=("events", "news", "advocacy"),
        n_authors=2, url_path="/{section}/{slug}/",
        pools={"contact": ("Maria at 555-0173", "access@northfieldcil.org",
                           "the front desk at 555-0100")},
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_nf_posted)),
            _f("venue", FOOTER, 0.35, (_OLD, "Access: the venue is wheelchair accessible, with "
                                             "step-free entry and an accessible restroom.")),
            _f("asl", FOOTER, 0.3, (_OLD, "ASL interpreters and real-time captioning (CART) will "
                                          "be provided."),
               (NF_OFFICE.isoformat(), "ASL interpreters and live captions will be provided on "
                                       "Zoom.")),
            _f("fragrance", FOOTER, 0.2, (_OLD, "This is a fragrance-free event. Please do not "
                                                "wear scented products.")),
            _f("request", FOOTER, 0.3, (_OLD, "To request an accommodation, contact {contact} at "
                                              "least one week before the event.")),
            _f("formats", FOOTER, 0.2, (_OLD, "This information is available in large print, "
                                              "braille or audio on request.")),
            _f("funding", FOOTER, 0.2, (_OLD, "This program is funded in part by the "
                                              "Administration for Community Living.")),
            _f("notice", FOOTER, 0.25, *_nf_notice()),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Northfield Center for Independent "
                                                 "Living, a 501(c)(3) nonprofit")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this event has moved to the "
                                                  "second-floor meeting room.")),
        ),
    )


# --- a Portuguese inclusion association ------------------------------------------------------

AP_REDESIGN = dt.date(2017, 10, 1)  # the Social Inclusion Benefit starts
PENSAO = (("2014-01-01", "199,53"), ("2015-01-01", "201,53"), ("2016-01-01", "202,34"),
          ("2017-01-01", "203,35"), ("2017-10-01", "264,32"), ("2018-01-01", "269,08"),
          ("2019-01-01", "273,39"), ("2020-01-01", "275,30"))
IRS_SEASONS = ((2015, "2015-03-16", "2015-05-31"), (2016, "2016-04-01", "2016-05-31"),
               (2017, "2017-04-01", "2017-05-31"), (2018, "2018-04-01", "2018-05-31"),
               (2019, "2019-04-01", "2019-06-30"), (2020, "2020-04-01", "2020-06-30"))


def _ap_data(day: dt.date) -> str:
    if day < AP_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"Publicado a {day.day} de {MESES_PT[day.month - 1]} de {day.year}"


def _ap_pensao(start: dt.date, value: str) -> str:
    if start < AP_REDESIGN:
        return f"Pensão social de invalidez em {start.year}: {value} € por mês."
    return f"Prestação Social para a Inclusão (componente base) em {start.year}: {value} € por mês."


@cache
def _ap_aviso() -> Wordings:
    base = _steps((_OLD, "Torne-se sócio e apoie a inclusão de todas as pessoas"))
    covid = [_span("2020-03-18", "2020-05-31", "🦠 Estado de emergência: o atendimento passa a "
                                               "ser feito por telefone e e-mail")]
    irs = [_span(first, last, f"Consigne 0,5% do seu IRS de {y - 1} à Associação Portuguesa "
                              f"pela Inclusão: NIPC 501 234 567") for y, first, last in IRS_SEASONS]
    dezembro = _yearly("12-03", 3, 0, lambda y: f"3 de dezembro de {y}: Dia Internacional das "
                                                f"Pessoas com Deficiência")
    return _calendar(base, covid, irs, dezembro)


def apinclusao_style() -> PublisherStyle:
    """A Portuguese inclusion association: the numeric date turned "Publicado a" with the
    long date on the day the Social Inclusion Benefit started (a wording per day), easy-read,
    "Ouvir notícia" and LGP video lines, "Veja também:" mid-body, the year's social invalidity
    pension turned the Social Inclusion Benefit's base amount in October 2017, a membership
    line turned by each IRS filing season's consignment appeal, each 3 December and the state
    of emergency, the charity's number and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="apinclusao.pt", site="Associação Portuguesa pela Inclusão", base_size=40,
        subdomains=(("www.", 100),),
        sections=("noticias", "direitos", "eventos"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.85, *_by_day(_ap_data)),
            _f("leitura-facil", HEADER, 0.15, (_OLD, "Versão em leitura fácil")),
            _f("ouvir", HEADER, 0.2, (_OLD, "Ouvir notícia")),
            _f("lgp", HEADER, 0.08, (_OLD, "Vídeo em Língua Gestual Portuguesa")),
            _f("veja", MIDDLE, 0.3, (_OLD, "Veja também: {other_title}")),
            _f("pensao", FOOTER, 0.15, *amounts(PENSAO, _ap_pensao)),
            _f("aviso", FOOTER, 0.3, *_ap_aviso()),
            _f("ipss", FOOTER, 0.25, (_OLD, "Instituição Particular de Solidariedade Social · "
                                            "NIPC 501 234 567")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Associação Portuguesa pela "
                                                "Inclusão")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: corrigida a data da assembleia geral.")),
        ),
    )


# --- a German town's office for disabled residents -------------------------------------------

WS_REDESIGN = dt.date(2019, 5, 26)  # the town's new website went live on local election day
WS_CORONA = dt.date(2020, 3, 16)


def _ws_datum(day: dt.date) -> str:
    if day < WS_REDESIGN:
        return f"Meldung vom {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Meldung vom {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _ws_hinweis() -> Wordings:
    base = _steps((_OLD, "Alle Termine des Inklusionsbeirats finden Sie im "
                         "Veranstaltungskalender."))
    wahl = [election("2019-05-26", "Kommunalwahl am 26. Mai: Stimmzettelschablonen für blinde "
                                   "Menschen gibt es im Rathaus", before=14)]
    protest = _yearly("05-05", 5, 0, lambda y: f"Aktionstag 5. Mai {y}: Infostand auf dem "
                                               f"Marktplatz")
    return _calendar(base, wahl, protest)


def weissenau_style() -> PublisherStyle:
    """A German town's office for disabled residents: "Meldung vom" with the numeric date
    turned the long date on the local election day in 2019 (a wording per day), "Leichte
    Sprache", the event's access information (the venue, sign-language and speech-to-text
    interpreters with the induction loop, the deadline to ask for support from a pool: a
    block), the office hours reworded for the pandemic, a calendar line turned by the 2019
    local election and each 5 May, the contact line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="weissenau.de", site="Stadt Weißenau", base_size=30,
        subdomains=(("www.", 100),),
        sections=("inklusion", "rathaus"),
        n_authors=2, url_path="/{section}/aktuelles/{slug}",
        pools={"frist": ("zwei Wochen vor der Veranstaltung", "eine Woche vor der Veranstaltung",
                         "spätestens drei Tage vorher")},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_ws_datum)),
            _f("leichte-sprache", HEADER, 0.3, (_OLD, "Leichte Sprache")),
            _f("ort", FOOTER, 0.3, (_OLD, "Der Veranstaltungsort ist stufenlos erreichbar. Ein "
                                          "barrierefreies WC ist vorhanden.")),
            _f("dolmetsch", FOOTER, 0.25, (_OLD, "Gebärdensprach- und Schriftdolmetscher sind "
                                                 "vor Ort. Eine Induktionsschleife ist "
                                                 "vorhanden.")),
            _f("anmeldung", FOOTER, 0.25, (_OLD, "Bitte melden Sie Ihren Unterstützungsbedarf "
                                                 "{frist} an.")),
            _f("sprechzeiten", FOOTER, 0.25,
               (_OLD, "Sprechstunde: dienstags von 9 bis 12 Uhr im Rathaus, Zimmer 104"),
               (WS_CORONA.isoformat(), "Sprechstunde derzeit nur telefonisch: 07751 555-230")),
            _f("hinweis", FOOTER, 0.2, *_ws_hinweis()),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Kontakt: Beauftragte für Menschen mit "
                                              "Behinderungen, Stadt Weißenau, Rathausplatz 1")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Stadt Weißenau")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Termin wurde auf Donnerstag "
                                                 "verschoben.")),
        ),
    )


def heldout212_styles() -> list[PublisherStyle]:
    """The held-back-212 styles, in the order the generator hands them to publishers."""
    return [
        opendoor_style(), ramp_style(), teilhabe_style(), accesiblehoy_style(),
        inclusaoja_style(), tillgangligt_style(), kolhashivyon_style(), accessmatters_style(),
        signpost_style(), northfield_style(), apinclusao_style(), weissenau_style(),
    ]
