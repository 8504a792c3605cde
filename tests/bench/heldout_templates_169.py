"""The ``held-back-169`` template set of the planted-real benchmark.

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
"not medical advice" line, "ENDS" or an advertisement marker. The publishers are hospitals'
and health systems' newsrooms, public-health agencies' news pages and patient-advocacy sites
in English, Spanish, Portuguese, Polish, Urdu and Malay: an American academic health
system's newsroom, a British NHS hospital trust's news pages, a Brazilian private hospital's
news pages, a Spanish regional health service's press room, a Pakistani health news site (in
Urdu), a Polish provincial hospital's news pages, a Malaysian private specialist hospital's
blog (in Malay), an American kidney-patient advocacy group, a Mexican diabetes-patient
network, a Portuguese local health unit's news pages, a Polish cancer-patient foundation and
a Malaysian district health office's press statements (in Malay). The families are the kinds
a crawl of such sites holds: dates localised day by day in American English (with Eastern
summer and winter time), British English, Portuguese (Brazil and Portugal), Spanish, Urdu
(later in Urdu digits), Polish and Malay, several changing form on the day of a redesign;
lines that turn every day ("page last reviewed" with the day's date), every week (an NHS
trust's staff flu-jab uptake to each Friday in the flu season, a district's dengue cases by
epidemiological week with the year's running total) and on set days; "this article is for
information only, not medical advice" notices and their rewordings; visiting-hours and
flu-season banners (winter visitor restrictions, norovirus, flu-season visiting bans in
Poland, the pandemic's suspensions and one-visitor rules, Hari Raya clinic closures, the
movement-control orders); public-health calendars (flu-vaccination campaigns by season,
Brazil's coloured months with the suicide-prevention line's number changed in 2018, Spain's
heat plans, Portugal's winter and summer contingency plans, polio campaigns, the dengue
season and Ramadan in Pakistan, ASEAN Dengue Day, World Kidney Day, Giving Tuesday with its
match growing each year, year-end giving, World Diabetes Day with each year's theme, Mexico's
"Sana Distancia", Poland's 1% tax season with the 2020 extension, World Cancer Day);
clinical-trial recruitment lines from pools, medical reviewers from a pool, related links
and advertisement markers mid-body (some up to two times); amounts that change over the
years (an about line's hospitals and staff, a trust's headcount each April, screening-package
prices, a donation's monthly sum, a company number in Malaysia's new format, a Brazilian
hospital's technical director and a Polish spokesperson replaced); press-contact blocks
("ENDS", notes to editors, media enquiries, about lines, imprints, a signed statement),
EU-funding lines, registration lines, bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    digits,
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
# A line printed day by day is worded once per session: the tests build the styles several
# times (the functions handed in are module-level, so the cache finds them again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # the genitive, as dates use
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
URDU_MAHINE = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")
URDU_DIN = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
BULAN = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
         "Oktober", "November", "Disember")
HARI = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
URDU_ZERO = "۰"

# --- helpers of this set ------------------------------------------------------------------


def noise(key: str, day: dt.date) -> float:
    """A made-up number from 0 to 1, the same for the same `key` and `day`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF


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


def friday_of(day: dt.date) -> dt.date:
    """The last Friday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def urdu(number: int | str) -> str:
    """A number in the Urdu (extended Arabic-Indic) digits."""
    return "".join(digits(c, URDU_ZERO) if c.isdigit() else c for c in str(number))


def first_epi_saturday(y: int) -> dt.date:
    """The Saturday that ends epidemiological week 1 of `y`: the first Saturday of January
    with at least four days of the new year before it."""
    jan1 = dt.date(y, 1, 1)
    saturday = jan1 + dt.timedelta(days=(5 - jan1.weekday()) % 7)
    return saturday + 7 * ONE if saturday.day < 4 else saturday


def epi_week(saturday: dt.date) -> tuple[int, int]:
    """(year, week) of the epidemiological week (Sunday to Saturday) ending on `saturday`."""
    y = saturday.year + 1
    while saturday < first_epi_saturday(y):
        y -= 1
    return y, (saturday - first_epi_saturday(y)).days // 7 + 1


def last_full_week(day: dt.date) -> dt.date:
    """The Saturday ending the last full epidemiological week before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7 or 7)


# --- an American academic health system's newsroom -----------------------------------------

MH_REDESIGN = dt.date(2018, 9, 4)  # relaunched the day after Labor Day 2018
MH_BOOKING = dt.date(2017, 10, 2)
MH_DISCLAIMER = dt.date(2019, 1, 15)
MH_ABOUT = (("2014-01-01", "9 hospitals and more than 21,000"),
            ("2016-01-04", "10 hospitals and more than 23,000"),
            ("2018-01-02", "11 hospitals and more than 26,000"),
            ("2019-07-01", "12 hospitals and more than 28,000"),
            ("2020-01-02", "12 hospitals and more than 29,500"))


def _mh_dated(day: dt.date) -> str:
    if day < MH_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "EDT" if us_summer_time(day) else "EST"
    return (f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {{time12}} {zone}")


def _mh_about(value: str) -> str:
    return (f"About Marlow Health: a nonprofit academic health system with {value} team "
            f"members across the Ohio Valley.")


@cache
def _mh_banner() -> Wordings:
    base = _steps((_OLD, "Find a doctor or make an appointment: call 1-800-555-0100"),
                  (MH_BOOKING.isoformat(), "📅 Book your next visit online, any time, in "
                                           "the patient portal"))
    covid = [
        _span("2020-03-13", "2020-06-07", "🦠 COVID-19: visitors are not allowed in our "
                                          "hospitals, with limited exceptions"),
        _span("2020-06-08", "2021-01-10", "😷 One healthy adult visitor per patient. Masks "
                                          "must be worn at all times."),
    ]
    flu = [(dt.date(y, 12, 1), dt.date(y + 1, 4, 1),
            f"Flu season {y}-{str(y + 1)[2:]}: visitor restrictions are in effect. No visitors "
            f"under 14 or with flu-like symptoms.") for y in range(2014, 2020)]
    return _calendar(base, covid, flu)


def marlow_style() -> PublisherStyle:
    """An American academic health system's newsroom: a topic kicker from a pool, the long
    date turned "Published" with the weekday, the time and Eastern daylight or standard
    time the day after Labor Day 2018 (a wording per day), "By" turned the writer with the
    role, "Medically reviewed by" with a physician from a pool, a booking banner reworded
    for the patient portal and turned each winter by the flu-season visitor restrictions and
    in 2020 by the pandemic's no-visitor and one-visitor rules, "Related:" up to twice and a
    clinical-trial recruitment line from a pool mid-body, the not-medical-advice notice
    reworded in 2019, a newsletter line, a language-assistance line, the media contact and
    the about line with the hospitals and team members (changing most Januaries) and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="marlowhealth.org", site="Marlow Health", base_size=250,
        subdomains=(("newsroom.", 70), ("www.", 30)),
        sections=("news", "research", "patient-stories", "health-tips", "community"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("Cancer Care", "Heart & Vascular", "Research", "Women's Health",
                       "Pediatrics", "Community", "Neurosciences"),
            "beat": ("Senior Writer", "Media Relations Manager", "Science Writer",
                     "Health Reporter", "Communications Specialist"),
            "reviewer": ("Priya Raman, MD", "Thomas Okafor, MD, MPH", "Elena Kowalczyk, DO",
                         "Marcus Bell, MD", "Hannah Lindqvist, PharmD", "Samuel Ortiz, MD"),
            "trial": ("a study of a new drug for early-stage breast cancer",
                      "a heart-failure monitoring study",
                      "a trial of a once-weekly insulin",
                      "a memory study for adults 60 and older",
                      "a study of sleep after stroke"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_mh_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (MH_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("reviewed", HEADER, 0.3, (_OLD, "Medically reviewed by {reviewer}")),
            _f("banner", HEADER, 0.3, *_mh_banner()),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("trial", MIDDLE, 0.2, (_OLD, "Now enrolling: {trial}. Call the Clinical Trials "
                                            "Office at 1-800-555-0175 to learn more.")),
            _f("disclaimer", FOOTER, 0.45,
               (_OLD, "This article is for general information only and is not medical "
                      "advice. Talk with your doctor about your own health."),
               (MH_DISCLAIMER.isoformat(), "Health information on this site is for education "
                                           "only and does not replace the advice of your own "
                                           "doctor. In an emergency, call 911.")),
            _f("newsletter", FOOTER, 0.2, (_OLD, "Get healthy living tips in your inbox every "
                                                 "week: sign up for Marlow Health Living.")),
            _f("language", FOOTER, 0.1, (_OLD, "ATTENTION: If you speak Spanish, free language "
                                               "assistance is available. Call 1-800-555-0109 "
                                               "(TTY: 711).")),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: {author2}, Marlow Health Media "
                                            "Relations, 513-555-0142, news@marlowhealth.org")),
            _f("about", FOOTER, 0.4, *by_table(MH_ABOUT, _mh_about)),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Marlow Health. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "misstated the number of patients in the "
                                                  "study.")),
        ),
    )


# --- a British NHS hospital trust's news pages ---------------------------------------------

KH_REDESIGN = dt.date(2017, 11, 6)
KH_VISITING = dt.date(2018, 6, 1)  # open visiting on most adult wards
KH_111_ONLINE = dt.date(2018, 1, 15)
KH_111_FIRST = dt.date(2020, 12, 1)
KH_STAFF = (("2014-04-01", "6,800"), ("2015-04-01", "7,000"), ("2016-04-01", "7,200"),
            ("2017-04-01", "7,300"), ("2018-04-01", "7,600"), ("2019-04-01", "7,900"),
            ("2020-04-01", "8,400"))
FLU_UPTAKE = {2014: 58, 2015: 63, 2016: 69, 2017: 74, 2018: 77, 2019: 80, 2020: 88}


def _kh_dated(day: dt.date) -> str:
    if day < KH_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def flu_season(day: dt.date) -> int:
    """The first year of the flu season `day` falls in or last closed (October to
    February; March to September look back on the season before)."""
    return day.year if day.month >= 10 else day.year - 1


def flu_uptake(friday: dt.date) -> int:
    """The share of frontline staff vaccinated by `friday`, in its season."""
    sy = flu_season(friday)
    days = (friday - dt.date(sy, 10, 1)).days
    return round(FLU_UPTAKE[sy] * min(1.0, days / 120))


def _kh_flu(day: dt.date) -> str:
    sy = flu_season(day)
    season = f"{sy}/{str(sy + 1)[2:]}"
    if 3 <= day.month <= 9:
        return (f"Our {season} staff flu campaign vaccinated {FLU_UPTAKE[sy]}% of frontline "
                f"staff. Thank you to everyone who had their jab.")
    friday = friday_of(day)
    if friday < dt.date(sy, 10, 1):
        return f"Staff flu campaign {season} is under way: get your jab at any staff clinic"
    return (f"Staff flu campaign {season}: {flu_uptake(friday)}% of frontline staff vaccinated "
            f"by Friday {friday.day} {MONTHS[friday.month - 1]}")


def _kh_reviewed(day: dt.date) -> str:
    return f"Page last reviewed: {day.day} {MONTHS[day.month - 1]} {day.year}"


def _kh_notes(value: str) -> str:
    return (f"Notes to editors: Kingsmere Hospitals NHS Foundation Trust runs three hospitals "
            f"and employs more than {value} staff.")


@cache
def _kh_visiting() -> Wordings:
    base = _steps((_OLD, "Visiting times: 2pm to 8pm daily. Please use the hand gel when you "
                         "arrive on the ward."),
                  (KH_VISITING.isoformat(), "Open visiting: 11am to 8pm every day on most "
                                            "adult wards"))
    covid = [
        _span("2020-03-25", "2020-08-16", "🦠 Visiting is suspended at all our hospitals, "
                                          "except in limited circumstances"),
        _span("2020-08-17", "2020-11-04", "One visitor per patient, booked in advance with the "
                                          "ward. Face coverings must be worn."),
        _span("2020-11-05", "2021-01-10", "Visiting is suspended again during national "
                                          "restrictions, except in limited circumstances"),
    ]
    noro = _yearly("01-10", 40, 40, lambda y: "Norovirus: please do not visit if you have had "
                                              "diarrhoea or vomiting in the last 48 hours")
    return _calendar(base, covid, noro)


def kingsmere_style() -> PublisherStyle:
    """A British NHS hospital trust's news pages: a category from a pool, "Posted on" with the
    numeric date turned the weekday and the long date on 6 November 2017 (a wording per
    day), a visiting-times banner reworded for open visiting and turned each winter by the
    norovirus warning and in 2020 by the suspensions and the booked visits, the staff flu
    campaign's uptake to each Friday from October to February and the season's final share
    after (a wording per week), the charity and research lines mid-body, an NHS 111 line
    reworded for 111 online and for "111 First", "Page last reviewed" with the day's date (a
    wording per day), a social-media line, "ENDS", the notes to editors with the headcount
    (changing each April) and the media line (a block), a rare update."""
    return PublisherStyle(
        domain="kingsmerehospitals.nhs.uk", site="Kingsmere Hospitals NHS Foundation Trust",
        base_size=220, subdomains=(("www.", 100),),
        sections=("news", "press-releases", "research", "charity", "our-hospitals"),
        n_authors=5, url_path="/news/{slug}",
        pools={"category": ("News", "Press release", "Research", "Charity", "Our hospitals",
                            "Staff awards", "Patient experience")},
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_kh_dated)),
            _f("visiting", HEADER, 0.3, *_kh_visiting()),
            _f("flu-jab", HEADER, 0.2, *_by_day(_kh_flu)),
            _f("charity", MIDDLE, 0.15, (_OLD, "Our hospital charity helps us go the extra "
                                               "mile for patients. Donate today.")),
            _f("research", MIDDLE, 0.15, (_OLD, "Want to take part in research? Ask your care "
                                                "team or email research.office@nhs.net")),
            _f("urgent-care", FOOTER, 0.3,
               (_OLD, "Not an emergency? Call NHS 111 or visit a pharmacy. In an emergency, "
                      "call 999."),
               (KH_111_ONLINE.isoformat(), "Not sure where to go? Use NHS 111 online or call "
                                           "111. In an emergency, always call 999."),
               (KH_111_FIRST.isoformat(), "Think 111 First: contact NHS 111 before you go to "
                                          "A&E, unless it is a life-threatening emergency.")),
            _f("reviewed", FOOTER, 0.4, *_daily(_kh_reviewed)),
            _f("social", FOOTER, 0.2, (_OLD, "Follow us on Twitter, Facebook and Instagram for "
                                             "the latest news from our hospitals")),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, *by_table(KH_STAFF, _kh_notes)),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: communications team, 01632 960 "
                                             "418 (out of hours via switchboard)")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this news item was amended to give the "
                                              "correct opening date of the new ward.")),
        ),
    )


# --- a Brazilian private hospital's news pages ---------------------------------------------

HS_REDESIGN = dt.date(2019, 3, 11)
HS_APP = dt.date(2018, 6, 4)
HS_AVISO = dt.date(2017, 8, 1)
HS_DIRETOR = dt.date(2018, 1, 8)
HS_CVV = 2018  # the suicide-prevention line 188 nationwide from this year's campaign


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"Atualizado em {DIAS_PT[day.weekday()]}, {day.day} de {MESES_PT[day.month - 1]} "
            f"de {day.year}")


def _hs_setembro(y: int) -> str:
    line = "CVV 141 ou cvv.org.br" if y < HS_CVV else "ligue 188, gratuito e 24 horas"
    return f"💛 Setembro Amarelo {y}: falar é a melhor solução. Precisa de ajuda? {line}"


@cache
def _hs_campanha() -> Wordings:
    base = _steps((_OLD, "Agende sua consulta pelo telefone (11) 5555-0100 ou pelo WhatsApp"),
                  (HS_APP.isoformat(), "📲 Agende consultas e exames pelo app do "
                                             "Hospital Santa Luzia do Vale"))
    covid = [_span("2020-03-16", "2020-08-31", "🦠 Coronavírus: visitas suspensas e pronto "
                                               "atendimento respiratório em área separada")]
    months = (_yearly("01-16", 15, 15, lambda y: f"Janeiro Branco {y}: quem cuida da mente "
                                                 f"cuida da vida")
              + _yearly("09-16", 15, 14, _hs_setembro)
              + _yearly("10-16", 15, 15, lambda y: f"🎀 Outubro Rosa {y}: agende sua "
                                                   f"mamografia")
              + _yearly("11-16", 15, 14, lambda y: f"💙 Novembro Azul {y}: homem, cuide da sua "
                                                   f"saúde"))
    gripe = _yearly("04-25", 15, 36, lambda y: f"💉 Vacina da gripe {y}: já disponível no "
                                               f"Centro de Vacinas do hospital")
    return _calendar(base, covid, sorted(months), gripe)


def santaluzia_style() -> PublisherStyle:
    """A Brazilian private hospital's news pages: a section from a pool, the numeric date and
    time turned "Atualizado em" with the weekday and the long date on 11 March 2019 (a
    wording per day), the communications office's line turned the writer's, a booking line
    reworded for the app and turned by the coloured months (Janeiro Branco, Setembro
    Amarelo with the line 141 turned 188 in 2018, Outubro Rosa, Novembro Azul), the flu-jab
    campaign each April and the pandemic, "Leia também:" up to twice and a clinical-study
    recruitment line from a pool mid-body, the information-only notice reworded in 2017,
    the visiting hours turned the pandemic's suspension, the technical director (replaced
    in 2018), the press office and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="hsantaluzia.com.br", site="Hospital Santa Luzia do Vale", base_size=195,
        subdomains=(("www.", 85), ("blog.", 15)),
        sections=("noticias", "saude", "institucional", "pesquisa"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Saúde", "Institucional", "Pesquisa", "Prevenção", "Maternidade",
                         "Oncologia"),
            "estudo": ("insuficiência cardíaca", "diabetes tipo 2", "asma grave",
                       "câncer de próstata", "enxaqueca crônica"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_hs_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Da Assessoria de Comunicação"),
               (HS_REDESIGN.isoformat(), "Por {author} | Comunicação Santa Luzia")),
            _f("campanha", HEADER, 0.3, *_hs_campanha()),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"), count=2),
            _f("pesquisa", MIDDLE, 0.15, (_OLD, "Pesquisa clínica: o hospital procura "
                                                "voluntários com {estudo}. Informações: "
                                                "(11) 5555-0188")),
            _f("aviso", FOOTER, 0.4,
               (_OLD, "As informações deste conteúdo têm caráter informativo e não substituem "
                      "a consulta com um médico."),
               (HS_AVISO.isoformat(), "Conteúdo informativo: não substitui a avaliação de um "
                                      "profissional de saúde. Em caso de emergência, procure "
                                      "o pronto-socorro mais próximo.")),
            _f("visitas", FOOTER, 0.15, (_OLD, "Horário de visitas: todos os dias, das 14h às "
                                               "20h"),
               ("2020-03-16", "Visitas suspensas temporariamente; acompanhantes apenas nos "
                              "casos previstos em lei")),
            _f("diretor", FOOTER, 0.35, (_OLD, "Diretor técnico: Dr. Paulo Henrique Andrade – "
                                               "CRM-SP 84.512"),
               (HS_DIRETOR.isoformat(), "Diretora técnica: Dra. Mariana Coelho Prado – "
                                        "CRM-SP 112.903")),
            _f("imprensa", FOOTER, 0.4, (_OLD, "Assessoria de imprensa: (11) 5555-0123 | "
                                               "imprensa@hsantaluzia.com.br")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Hospital Santa Luzia do Vale. Todos "
                                                 "os direitos reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto informava "
                                              "um horário errado para a vacinação.")),
        ),
    )


# --- a Spanish regional health service's press room ----------------------------------------

SV_REDESIGN = dt.date(2018, 10, 1)
SV_APP = dt.date(2019, 3, 4)


def _sv_dated(day: dt.date) -> str:
    if day < SV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Publicado el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} - {{time}}")


@cache
def _sv_aviso() -> Wordings:
    base = _steps((_OLD, "Pide cita con tu centro de salud en la web o en el 955 000 123"),
                  (SV_APP.isoformat(), "📱 Pide cita previa desde la app del Servicio "
                                           "de Salud de Valdeoria"))
    covid = [
        _span("2020-03-14", "2020-06-21", "🦠 Estado de alarma: si tienes síntomas de "
                                          "COVID-19, llama a tu centro de salud y no acudas "
                                          "sin cita"),
        _span("2020-06-22", "2020-10-13", "😷 Mascarilla obligatoria en todos los centros "
                                          "sanitarios"),
    ]
    gripe = [(dt.date(y, 10, 14), dt.date(y + 1, 2, 1),
              f"💉 Campaña de vacunación antigripal {y}-{y + 1}: si tienes 65 años o más, "
              f"pide cita") for y in range(2014, 2021)]
    calor = _yearly("07-01", 0, 61, lambda y: f"☀️ Plan de altas temperaturas {y}: bebe agua "
                                              f"y evita el sol en las horas centrales")
    return _calendar(base, covid, gripe, calor)


def valdeoria_style() -> PublisherStyle:
    """A Spanish regional health service's press room: "Nota de prensa", an area from a pool,
    the numeric date turned "Publicado el" with the weekday, the long date and the time on
    1 October 2018 (a wording per day), a booking line reworded for the app and turned by
    each flu-vaccination campaign (October to January), each summer's heat plan and the
    state of alarm and the masks, a source line from a pool and "Noticias relacionadas:"
    mid-body, the not-a-consultation notice, the emergencies line, the EU regional-fund line,
    the press office and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="saludvaldeoria.es", site="Servicio de Salud de Valdeoria", base_size=170,
        subdomains=(("www.", 70), ("prensa.", 30)),
        sections=("salud-publica", "atencion-primaria", "hospitales", "vacunas"),
        n_authors=4, url_path="/prensa/{yyyy}/{mm}/{slug}",
        pools={
            "area": ("Salud Pública", "Atención Primaria", "Hospitales", "Vacunas",
                     "Investigación", "Salud Mental"),
            "fuente": ("Consejería de Sanidad", "Dirección General de Salud Pública",
                       "Hospital Universitario de Valdeoria", "Red de Vigilancia "
                       "Epidemiológica"),
        },
        families=(
            _f("tipo", HEADER, 0.55, (_OLD, "Nota de prensa")),
            _f("area", HEADER, 0.45, (_OLD, "{area}")),
            _f("fecha", HEADER, 0.85, *_by_day(_sv_dated)),
            _f("aviso", HEADER, 0.3, *_sv_aviso()),
            _f("fuente", MIDDLE, 0.2, (_OLD, "Fuente: {fuente}")),
            _f("relacionadas", MIDDLE, 0.3, (_OLD, "Noticias relacionadas: {other_title}")),
            _f("divulgativa", FOOTER, 0.35, (_OLD, "La información de esta web es divulgativa y "
                                                   "no sustituye la consulta con tu médico o "
                                                   "enfermera.")),
            _f("urgencias", FOOTER, 0.25, (_OLD, "En caso de urgencia sanitaria, llama al "
                                                 "112.")),
            _f("feder", FOOTER, 0.12, (_OLD, "Proyecto cofinanciado por el Fondo Europeo de "
                                             "Desarrollo Regional (FEDER).")),
            _f("gabinete", FOOTER, 0.4, (_OLD, "Gabinete de Prensa del Servicio de Salud de "
                                               "Valdeoria · Tel. 955 000 321 · "
                                               "prensa@saludvaldeoria.es")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Servicio de Salud de Valdeoria · "
                                                 "Aviso legal · Accesibilidad")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: la campaña empieza el "
                                                     "martes, no el lunes como se publicó.")),
        ),
    )


# --- a Pakistani health news site (in Urdu) ------------------------------------------------

SN_DIGITS = dt.date(2018, 7, 25)  # datelines in Urdu digits from the redesign
SN_YOUTUBE = dt.date(2018, 3, 1)
SN_NOTE = dt.date(2019, 9, 1)
# First day of Ramadan as sighted in Pakistan, Eid al-Fitr, and the Hijri year.
SN_RAMADAN = {2015: ("2015-06-19", "2015-07-18", 1436), 2016: ("2016-06-07", "2016-07-07", 1437),
              2017: ("2017-05-28", "2017-06-26", 1438), 2018: ("2018-05-17", "2018-06-16", 1439),
              2019: ("2019-05-07", "2019-06-05", 1440), 2020: ("2020-04-25", "2020-05-25", 1441)}
POLIO_DRIVES = ("2015-02-16", "2015-04-20", "2015-09-21", "2015-12-14", "2016-01-18",
                "2016-04-18", "2016-11-21", "2017-01-16", "2017-04-24", "2017-10-16",
                "2018-01-15", "2018-04-16", "2018-12-10", "2019-04-22", "2019-10-21",
                "2019-12-16", "2020-07-20", "2020-09-21", "2020-11-16")


def _sn_dated(day: dt.date) -> str:
    if day < SN_DIGITS:
        return f"{day.day} {URDU_MAHINE[day.month - 1]} {day.year}"
    return (f"شائع {URDU_DIN[day.weekday()]} {urdu(day.day)} {URDU_MAHINE[day.month - 1]} "
            f"{urdu(day.year)}")


@cache
def _sn_ahem() -> Wordings:
    base = _steps((_OLD, "صحت نامہ کو فیس بک پر فالو کریں"),
                  (SN_YOUTUBE.isoformat(), "📺 صحت نامہ کا یوٹیوب چینل سبسکرائب کریں"))
    covid = [_span("2020-03-23", "2020-08-09", "کورونا وائرس: گھر پر رہیں، ہاتھ دھوئیں اور "
                                               "علامات کی صورت میں 1166 پر رابطہ کریں")]
    polio = [(iso_day(first), iso_day(first, 5), "انسداد پولیو مہم: پانچ سال تک کے ہر بچے کو "
                                                 "قطرے ضرور پلوائیں") for first in POLIO_DRIVES]
    ramadan = [(iso_day(first) - 2 * ONE, iso_day(eid), f"رمضان المبارک {urdu(hijri)} ھ: روزے "
                                                        f"میں صحت کا خیال کیسے رکھیں")
               for first, eid, hijri in SN_RAMADAN.values()]
    dengue = _yearly("10-01", 30, 45, lambda y: f"ڈینگی سے بچاؤ {urdu(y)}: گھروں میں پانی جمع "
                                                f"نہ ہونے دیں")
    return _calendar(base, covid, polio, ramadan, dengue)


def sehatnama_style() -> PublisherStyle:
    """A Pakistani health news site, in Urdu: a section from a pool, the long date turned
    "شائع" with the weekday and Urdu digits on 25 July 2018 (a wording per day), "ویب ڈیسک",
    "مزید پڑھیں:" and "اشتہار" up to twice, a photo credit from a pool and a helpline line
    mid-body, a Facebook
    line turned a YouTube appeal and turned by the polio campaigns, Ramadan with its Hijri
    year, each autumn's dengue season (the year in Urdu digits) and the pandemic, the
    consult-your-doctor note reworded in 2019, the contact line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="sehatnama.pk", site="صحت نامہ", base_size=150,
        subdomains=(("www.", 80), ("urdu.", 20)),
        sections=("sehat", "khawateen", "bachay", "ghiza", "tehqeeq"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "zumra": ("صحت", "خواتین", "بچوں کی صحت", "غذا", "طبی تحقیق"),
            "tasveer": ("فائل", "سوشل میڈیا", "بشکریہ عالمی ادارہ صحت", "شٹر اسٹاک"),
        },
        families=(
            _f("zumra", HEADER, 0.5, (_OLD, "{zumra}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_sn_dated)),
            _f("desk", HEADER, 0.55, (_OLD, "ویب ڈیسک")),
            _f("mazeed", MIDDLE, 0.35, (_OLD, "مزید پڑھیں: {other_title}"), count=2),
            _f("ishtihar", MIDDLE, 0.3, (_OLD, "اشتہار"), count=2),
            _f("tasveer", MIDDLE, 0.2, (_OLD, "تصویر: {tasveer}")),
            _f("ahem", HEADER, 0.25, *_sn_ahem()),
            _f("note", FOOTER, 0.5,
               (_OLD, "نوٹ: یہ مضمون قارئین کی معلومات کے لیے شائع کیا گیا ہے، کسی بھی مسئلے کی "
                      "صورت میں اپنے معالج سے رجوع کریں۔"),
               (SN_NOTE.isoformat(), "انتباہ: یہ تحریر صرف عام معلومات کے لیے ہے اور ڈاکٹر کے "
                                     "مشورے کا متبادل نہیں۔")),
            _f("helpline", MIDDLE, 0.1, (_OLD, "ڈاکٹر سے مفت مشورے کے لیے ہماری ہیلپ لائن "
                                               "0800-12345 پر کال کریں")),
            _f("rabta", FOOTER, 0.2, (_OLD, "ہم سے رابطہ: info@sehatnama.pk")),
            _f("huqooq", FOOTER, 0.35, (_OLD, "جملہ حقوق محفوظ ہیں © {year} صحت نامہ")),
            _f("tasheeh", HEADER, 0.04, (_OLD, "تصحیح: اس خبر میں پہلے دوا کی غلط مقدار درج "
                                               "تھی۔")),
        ),
    )


# --- a Polish provincial hospital's news pages ---------------------------------------------

SZ_REDESIGN = dt.date(2019, 5, 6)
SZ_VISITING = dt.date(2018, 1, 2)
SZ_RZECZNIK = dt.date(2018, 9, 3)
SZ_FLU_BANS = (("2016-02-08", "2016-03-06"), ("2017-01-16", "2017-02-19"),
               ("2018-02-05", "2018-03-11"), ("2019-02-11", "2019-03-10"),
               ("2020-02-17", "2020-03-09"))  # the flu-season visiting bans, by year


def _sz_dated(day: dt.date) -> str:
    if day < SZ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Opublikowano: {DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year} r."


@cache
def _sz_odwiedziny() -> Wordings:
    base = _steps((_OLD, "Godziny odwiedzin: codziennie w godz. 15:00–19:00"),
                  (SZ_VISITING.isoformat(), "Odwiedziny: w dni powszednie 12:00–19:00, w "
                                            "weekendy i święta 10:00–19:00"))
    covid = [
        _span("2020-03-10", "2020-06-30", "Zawieszenie odwiedzin pacjentów do odwołania "
                                          "(COVID-19)"),
        _span("2020-07-01", "2020-10-19", "Odwiedziny tylko po uzgodnieniu z oddziałem; "
                                          "obowiązuje maseczka"),
        _span("2020-10-20", "2021-01-10", "Ponowne zawieszenie odwiedzin na wszystkich "
                                          "oddziałach"),
    ]
    grypa = [_span(first, last, "Zakaz odwiedzin w związku ze wzrostem zachorowań na grypę")
             for first, last in SZ_FLU_BANS]
    return _calendar(base, covid, grypa)


def zalesie_style() -> PublisherStyle:
    """A Polish provincial hospital's news pages: a category from a pool, the numeric date
    turned "Opublikowano:" with the weekday and the long date (months in the genitive) on 6
    May 2019 (a wording per day), the communications office's line renamed on the same day,
    a visiting-hours banner reworded in 2018 and turned by the flu-season visiting bans
    (different weeks each year) and the pandemic's suspensions, "Czytaj także:" mid-body,
    the EU-funding line, the information-only notice, the NFZ-contract line, the spokesperson
    (replaced in 2018), the BIP line and the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="szpital-zalesie.pl", site="Szpital Wojewódzki w Zalesiu", base_size=130,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "komunikaty", "dla-pacjenta", "inwestycje"),
        n_authors=3, url_path="/{section}/{slug}.html",
        pools={"kategoria": ("Aktualności", "Komunikaty", "Dla pacjenta", "Inwestycje",
                             "Praca", "Fundacja")},
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_sz_dated)),
            _f("opracowanie", HEADER, 0.4, (_OLD, "Opracowanie: Dział Komunikacji Społecznej"),
               (SZ_REDESIGN.isoformat(), "Opracowanie: Dział Komunikacji i Promocji")),
            _f("odwiedziny", HEADER, 0.3, *_sz_odwiedziny()),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj także: {other_title}")),
            _f("unia", FOOTER, 0.25, (_OLD, "Projekt współfinansowany przez Unię Europejską ze "
                                            "środków Europejskiego Funduszu Rozwoju "
                                            "Regionalnego w ramach RPO na lata 2014–2020.")),
            _f("zastrzezenie", FOOTER, 0.2, (_OLD, "Informacje zamieszczone na stronie mają "
                                                   "charakter wyłącznie informacyjny i nie "
                                                   "zastępują porady lekarskiej.")),
            _f("nfz", FOOTER, 0.2, (_OLD, "Świadczenia udzielane są w ramach umowy z Narodowym "
                                          "Funduszem Zdrowia.")),
            _f("rzecznik", FOOTER, 0.4, (_OLD, "Rzecznik prasowy: Anna Wróbel, tel. 41 345 67 "
                                               "89, rzecznik@szpital-zalesie.pl"),
               (SZ_RZECZNIK.isoformat(), "Rzecznik prasowy: Tomasz Kaczmarek, tel. 41 345 67 "
                                         "89, rzecznik@szpital-zalesie.pl")),
            _f("bip", FOOTER, 0.3, (_OLD, "Biuletyn Informacji Publicznej: "
                                          "bip.szpital-zalesie.pl")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Szpital Wojewódzki w Zalesiu")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji podano "
                                                    "błędny numer telefonu do rejestracji.")),
        ),
    )


# --- a Malaysian private specialist hospital's blog (in Malay) -----------------------------

SI_REDESIGN = dt.date(2019, 1, 2)
SI_ONLINE = dt.date(2018, 4, 2)
SI_SSM = dt.date(2019, 10, 1)  # company numbers in the new twelve-digit format
SI_PAKEJ = (("2014-01-01", "299"), ("2016-01-04", "329"), ("2018-01-02", "349"),
            ("2020-06-01", "299"))
SI_RAYA = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
           2019: "2019-06-05", 2020: "2020-05-24"}  # Hari Raya Aidilfitri


def _si_dated(day: dt.date) -> str:
    if day < SI_REDESIGN:
        return f"{day.day} {BULAN[day.month - 1]} {day.year}"
    return (f"Dikemas kini: {HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} "
            f"{day.year}, {{time}}")


def _si_raya(y: int) -> str:
    raya = iso_day(SI_RAYA[y])
    second = raya + ONE
    return (f"Selamat Hari Raya Aidilfitri: Klinik Pakar ditutup pada {raya.day} dan "
            f"{second.day} {BULAN[second.month - 1]} {y}. Jabatan Kecemasan dibuka 24 jam.")


@cache
def _si_lawatan() -> Wordings:
    base = _steps((_OLD, "Waktu melawat: 12.00 tengah hari – 2.00 petang dan 4.30 – 9.00 "
                         "malam"))
    pkp = [
        _span("2020-03-18", "2020-05-03", "Perintah Kawalan Pergerakan: lawatan ke wad tidak "
                                          "dibenarkan"),
        _span("2020-05-04", "2020-06-09", "PKPB: seorang penjaga sahaja bagi setiap pesakit"),
        _span("2020-06-10", "2021-01-10", "PKPP: seorang pelawat bagi setiap pesakit; imbas "
                                          "MySejahtera di pintu masuk"),
    ]
    raya = _movable(lambda y: iso_day(SI_RAYA[y]), 5, 2, _si_raya)
    return _calendar(base, pkp, raya)


def seriintan_style() -> PublisherStyle:
    """A Malaysian private specialist hospital's blog, in Malay: a category from a pool, the
    long date turned "Dikemas kini:" with the weekday and the time on 2 January 2019 (a
    wording per day), "Oleh", a visiting-hours banner turned by each Hari Raya's clinic
    closure and the movement-control orders, "Baca juga:", "Iklan" and the health-screening
    package's price (changing over the years) mid-body, the not-medical-advice disclaimer
    reworded on the redesign, the appointment line reworded for online booking, the
    ministry registration line, the copyright line with the company number (in the new
    format from October 2019), a rare correction."""
    return PublisherStyle(
        domain="seriintan.com.my", site="Hospital Pakar Seri Intan", base_size=110,
        subdomains=(("www.", 100),),
        sections=("berita", "tips-kesihatan", "acara", "pakar"),
        n_authors=5, url_path="/blog/{slug}",
        pools={"kategori": ("Berita", "Tips Kesihatan", "Acara", "Pakar Kami", "Promosi",
                            "Ibu & Anak")},
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_si_dated)),
            _f("penulis", HEADER, 0.4, (_OLD, "Oleh {author}")),
            _f("lawatan", HEADER, 0.3, *_si_lawatan()),
            _f("baca", MIDDLE, 0.35, (_OLD, "Baca juga: {other_title}")),
            _f("iklan", MIDDLE, 0.25, (_OLD, "Iklan")),
            _f("pakej", MIDDLE, 0.15, *by_table(SI_PAKEJ, lambda v: (
                f"Pakej Saringan Kesihatan Asas kini dari RM{v} sahaja. Tempah sekarang!"))),
            _f("penafian", FOOTER, 0.45,
               (_OLD, "Penafian: Artikel ini hanya untuk tujuan maklumat umum dan bukan "
                      "pengganti nasihat doktor."),
               (SI_REDESIGN.isoformat(), "Penafian: Maklumat dalam artikel ini bukan nasihat "
                                         "perubatan. Dapatkan pandangan doktor anda sebelum "
                                         "membuat keputusan rawatan.")),
            _f("temujanji", FOOTER, 0.35,
               (_OLD, "Untuk temujanji, hubungi 03-5555 0100 atau WhatsApp 012-555 0100"),
               (SI_ONLINE.isoformat(), "Buat temujanji dalam talian atau hubungi 03-5555 "
                                       "0100")),
            _f("kkm", FOOTER, 0.3, (_OLD, "Berdaftar dengan Kementerian Kesihatan Malaysia di "
                                          "bawah Akta Kemudahan dan Perkhidmatan Jagaan "
                                          "Kesihatan Swasta 1998.")),
            _f("hakcipta", FOOTER, 0.35,
               (_OLD, "Hak Cipta © {year} Hospital Pakar Seri Intan Sdn. Bhd. (845120-K)"),
               (SI_SSM.isoformat(), "Hak Cipta © {year} Hospital Pakar Seri Intan Sdn. Bhd. "
                                    "(200901012345 (845120-K))")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: Tarikh ceramah kesihatan telah "
                                                  "dikemas kini.")),
        ),
    )


# --- an American kidney-patient advocacy group ---------------------------------------------

RA_REDESIGN = dt.date(2017, 3, 9)  # relaunched on World Kidney Day 2017
RA_NOTICE = dt.date(2018, 10, 1)
RA_HELPLINE = dt.date(2019, 1, 7)
RA_MATCH = {2015: "$25,000", 2016: "$25,000", 2017: "$40,000", 2018: "$50,000",
            2019: "$75,000", 2020: "$100,000"}


def _ra_dated(day: dt.date) -> str:
    if day < RA_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{read_min}} min read"


def world_kidney_day(y: int) -> dt.date:
    """World Kidney Day: the second Thursday of March."""
    return nth_weekday(y, 3, 3, 2)


def giving_tuesday(y: int) -> dt.date:
    """Giving Tuesday: the Tuesday after American Thanksgiving."""
    return thanksgiving(y) + 5 * ONE


@cache
def _ra_appeal() -> Wordings:
    base = _steps((_OLD, "Donate to Renal Allies: every gift helps people living with kidney "
                         "disease"))
    covid = [_span("2020-03-16", "2020-06-30", "COVID-19 and kidney patients: visit our "
                                               "resource hub for dialysis and transplant "
                                               "patients")]
    wkd = _movable(world_kidney_day, 0, 0, lambda y: f"World Kidney Day {y}: ask your doctor "
                                                     f"for a simple kidney check")
    giving = _movable(giving_tuesday, 0, 0, lambda y: f"#GivingTuesday: every gift made today "
                                                      f"is matched, up to {RA_MATCH[y]}")
    march = _yearly("03-16", 15, 15, lambda y: f"National Kidney Month {y}: share your story "
                                               f"with us")
    year_end = _yearly("12-24", 9, 7, lambda y: f"Give by December 31 to make a tax-deductible "
                                                f"gift in {y}")
    return _calendar(base, wkd, giving, covid, march, year_end)


def renalallies_style() -> PublisherStyle:
    """An American kidney-patient advocacy group: a category from a pool, "Posted on" with
    the long date turned the short date and the reading time on World Kidney Day 2017 (a
    wording per day), "By", a patient-registry line and a trial-finder line mid-body, the
    not-medical-advice notice reworded in 2018, an appeal turned by World Kidney Day,
    National Kidney Month, Giving Tuesday (its match growing each year), year-end giving and
    the pandemic's resource hub, the helpline with its hours extended in 2019, tags from a
    pool, the 501(c)(3) line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="renalallies.org", site="Renal Allies", base_size=90,
        subdomains=(("www.", 100),),
        sections=("blog", "advocacy", "news", "stories"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "category": ("Advocacy", "Living with Kidney Disease", "Transplant", "Dialysis",
                         "Research", "Events"),
            "tags": ("dialysis", "transplant", "CKD", "policy", "caregivers", "nutrition"),
        },
        families=(
            _f("category", HEADER, 0.45, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_ra_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("registry", MIDDLE, 0.2, (_OLD, "Living with kidney disease? Join our Patient "
                                               "Registry and help shape the research that "
                                               "matters to you.")),
            _f("trials", MIDDLE, 0.1, (_OLD, "Looking for a clinical trial? Search our Trial "
                                             "Finder or call the helpline.")),
            _f("notice", FOOTER, 0.45,
               (_OLD, "Renal Allies does not provide medical advice. Always talk with your "
                      "care team about your own treatment."),
               (RA_NOTICE.isoformat(), "This article is for information only, not medical "
                                       "advice. Talk to your nephrologist or dialysis team "
                                       "before changing your treatment.")),
            _f("appeal", FOOTER, 0.3, *_ra_appeal()),
            _f("helpline", FOOTER, 0.25,
               (_OLD, "Patient helpline: 1-800-555-0163, Monday to Friday, 9am to 5pm ET"),
               (RA_HELPLINE.isoformat(), "Patient helpline: 1-800-555-0163, Monday to Friday, "
                                         "9am to 7pm ET")),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tags_list}")),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "Renal Allies is a 501(c)(3) nonprofit "
                                                "organization (EIN 12-3456789). Gifts are "
                                                "tax-deductible as allowed by law.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Renal Allies. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post was updated to fix the "
                                                  "date of the Capitol Hill advocacy day.")),
        ),
    )


# --- a Mexican diabetes-patient network ----------------------------------------------------

RP_REDESIGN = dt.date(2018, 11, 14)  # relaunched on World Diabetes Day 2018
RP_AVISO = dt.date(2019, 6, 3)
RP_DONATIVO = (("2014-01-01", "$150"), ("2017-01-02", "$200"), ("2019-01-02", "$250"))
WDD_THEMES = {2015: "Alimentación saludable", 2016: "Ojo con la diabetes",
              2017: "Mujeres y diabetes", 2018: "La familia y la diabetes",
              2019: "La familia y la diabetes", 2020: "El personal de enfermería marca la "
                                                      "diferencia"}


def _rp_dated(day: dt.date) -> str:
    if day < RP_REDESIGN:
        return f"{day.day} {MESES[day.month - 1]}, {day.year}"
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _rp_banner() -> Wordings:
    base = _steps((_OLD, "Únete a la Red: afiliación gratuita para pacientes y familiares"))
    covid = [_span("2020-03-23", "2020-05-30", "Jornada Nacional de Sana Distancia: si vives "
                                               "con diabetes, quédate en casa")]
    wdd = _yearly("11-14", 13, 1, lambda y: f"Día Mundial de la Diabetes {y}: "
                                            f"{WDD_THEMES[y]}")
    return _calendar(base, covid, wdd)


def redpacientes_style() -> PublisherStyle:
    """A Mexican diabetes-patient network: a category from a pool, the WordPress date ("5
    marzo, 2016") turned "5 de marzo de 2016" on World Diabetes Day 2018 (a wording per day),
    "Por" turned "Escrito por" the same day, a membership banner turned by World Diabetes
    Day with each year's theme and "Sana Distancia", "Lee también:" and a clinical-study line
    mid-body, the not-a-consultation notice reworded in 2019, a donation line with its
    monthly sum (raised in 2017 and 2019), a social-media line, a share line and the copyright
    line, a rare
    erratum."""
    return PublisherStyle(
        domain="redpacientesdiabetes.org.mx", site="Red de Pacientes con Diabetes",
        base_size=70, subdomains=(("www.", 100),),
        sections=("vivir-con-diabetes", "nutricion", "derechos", "noticias"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"categoria": ("Vivir con diabetes", "Nutrición", "Derechos del paciente",
                             "Noticias", "Testimonios")},
        families=(
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("fecha", HEADER, 0.85, *_by_day(_rp_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (RP_REDESIGN.isoformat(), "Escrito por {author}")),
            _f("banner", HEADER, 0.25, *_rp_banner()),
            _f("lee", MIDDLE, 0.3, (_OLD, "Lee también: {other_title}")),
            _f("estudio", MIDDLE, 0.1, (_OLD, "¿Te interesa participar en un estudio clínico? "
                                              "Escríbenos por WhatsApp al 55 5555 0147.")),
            _f("aviso", FOOTER, 0.45,
               (_OLD, "Este contenido tiene fines informativos y no sustituye la consulta "
                      "con tu médico."),
               (RP_AVISO.isoformat(), "La información de este sitio es solo informativa, no "
                                      "es un consejo médico. Consulta siempre a tu equipo de "
                                      "salud.")),
            _f("dona", FOOTER, 0.2, *by_table(RP_DONATIVO, lambda v: (
                f"Dona a la Red: con {v} al mes ayudas a que un paciente reciba tiras "
                f"reactivas."))),
            _f("redes", FOOTER, 0.15, (_OLD, "Síguenos en Facebook, Instagram y Twitter como "
                                             "@RedPacientesMx")),
            _f("comparte", FOOTER, 0.25, (_OLD, "Comparte esta información con quien la "
                                                "necesite.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Red de Pacientes con Diabetes, A.C. "
                                                "Todos los derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: la fecha de la caminata se "
                                                     "corrigió.")),
        ),
    )


# --- a Portuguese local health unit's news pages -------------------------------------------

UV_REDESIGN = dt.date(2019, 9, 16)
UV_SNS24 = dt.date(2017, 4, 26)  # the national line renamed SNS 24


def _uv_dated(day: dt.date) -> str:
    if day < UV_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"Publicado em {day.day} de {MESES_PT[day.month - 1]} de {day.year}"


@cache
def _uv_aviso() -> Wordings:
    base = _steps((_OLD, "Consulte os horários dos centros de saúde da ULS na nossa página"))
    covid = [_span("2020-03-02", "2020-09-30", "COVID-19: se tiver sintomas, ligue SNS 24 "
                                               "antes de se deslocar a um serviço de saúde")]
    gripe = _yearly("10-01", 0, 91, lambda y: f"💉 Vacinação contra a gripe {y}/{y + 1}: "
                                              f"gratuita a partir dos 65 anos")
    inverno = _yearly("01-01", 0, 89, lambda y: f"Plano de Contingência Saúde Sazonal – "
                                                f"Módulo Inverno {y - 1}/{y}")
    verao = _yearly("07-01", 0, 61, lambda y: f"☀️ Calor {y}: beba água mesmo sem sede e "
                                              f"evite as horas de maior calor")
    return _calendar(base, covid, gripe, inverno, verao)


def ulsvalecoa_style() -> PublisherStyle:
    """A Portuguese local health unit's news pages: "Nota de imprensa", the numeric date turned
    "Publicado em" with the long date on 16 September 2019 (a wording per day), a timetable
    line turned by the flu-vaccination seasons, the winter and summer contingency modules
    and the pandemic, "Veja também:" and the walk-in clinics' hours mid-body, the national
    helpline's line renamed SNS 24 in 2017, a share line, the EU-funding line, the
    communications office and the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="ulsvalecoa.pt", site="Unidade Local de Saúde do Vale do Côa", base_size=55,
        subdomains=(("www.", 100),),
        sections=("noticias", "comunicados", "saude-publica"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={},
        families=(
            _f("tipo", HEADER, 0.5, (_OLD, "Nota de imprensa")),
            _f("data", HEADER, 0.85, *_by_day(_uv_dated)),
            _f("aviso", HEADER, 0.25, *_uv_aviso()),
            _f("veja", MIDDLE, 0.25, (_OLD, "Veja também: {other_title}")),
            _f("consulta", MIDDLE, 0.1, (_OLD, "Consulta aberta nos centros de saúde: dias úteis "
                                               "das 8h às 20h")),
            _f("partilhar", FOOTER, 0.2, (_OLD, "Partilhar: Facebook · Twitter · E-mail")),
            _f("linha", FOOTER, 0.35, (_OLD, "Linha Saúde 24: 808 24 24 24"),
               (UV_SNS24.isoformat(), "SNS 24 – Centro de Contacto do Serviço Nacional de "
                                      "Saúde: 808 24 24 24")),
            _f("fundos", FOOTER, 0.15, (_OLD, "Cofinanciado por: Centro 2020, Portugal 2020, "
                                              "União Europeia – Fundo Europeu de "
                                              "Desenvolvimento Regional")),
            _f("gabinete", FOOTER, 0.4, (_OLD, "Gabinete de Comunicação · "
                                               "comunicacao@ulsvalecoa.pt · 271 000 123")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Unidade Local de Saúde do Vale do Côa, "
                                                "E.P.E.")),
            _f("rectificacao", HEADER, 0.04, (_OLD, "Rectificação: o horário da consulta aberta "
                                                    "foi corrigido.")),
        ),
    )


# --- a Polish cancer-patient foundation ----------------------------------------------------

RL_REDESIGN = dt.date(2018, 3, 5)
RL_NOTICE = dt.date(2019, 11, 4)
WORLD_CANCER_DAY = "02-04"


def _rl_dated(day: dt.date) -> str:
    if day < RL_REDESIGN:
        return f"dodano: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MIESIACE[day.month - 1]} {day.year}"


def _rl_pit(y: int) -> str:
    return f"Przekaż 1% podatku: w zeznaniu PIT za {y - 1} r. wpisz KRS 0000345678"


@cache
def _rl_wesprzyj() -> Wordings:
    base = _steps((_OLD, "Wesprzyj nas: darowizna na konto fundacji pomaga pacjentom w "
                         "leczeniu"))
    rak = _yearly(WORLD_CANCER_DAY, 1, 0, lambda y: f"4 lutego {y} – Światowy Dzień Walki z "
                                                    f"Rakiem")
    pit = [(dt.date(y, 1, 2), dt.date(y, 5, 1), _rl_pit(y)) for y in range(2015, 2020)]
    pit.append(_span("2020-01-02", "2020-06-01", "Termin przedłużony: przekaż 1% podatku do "
                                                 "1 czerwca 2020, KRS 0000345678"))
    return _calendar(base, rak, pit)


def razem_style() -> PublisherStyle:
    """A Polish cancer-patient foundation: a category from a pool, "dodano:" with the numeric date
    turned the long date (in the genitive) on 5 March 2018 (a wording per day), an appeal
    turned by each year's 1% tax season (to 30 April, to 1 June in 2020) and World Cancer
    Day, "Zobacz też:" and a clinical-trial search line mid-body, the educational-materials
    notice reworded in 2019, the helpline, the foundation's address and registry line and
    the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="razemprzezleczenie.org.pl", site="Fundacja Razem przez Leczenie",
        base_size=40, subdomains=(("www.", 100),),
        sections=("aktualnosci", "poradnik", "badania-kliniczne"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={"kategoria": ("Aktualności", "Poradnik pacjenta", "Badania kliniczne",
                             "Wydarzenia", "Prawa pacjenta")},
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.8, *_by_day(_rl_dated)),
            _f("zobacz", MIDDLE, 0.3, (_OLD, "Zobacz też: {other_title}")),
            _f("badania", MIDDLE, 0.15, (_OLD, "Szukasz badania klinicznego? Sprawdź naszą "
                                               "wyszukiwarkę badań lub zadzwoń: 22 123 45 "
                                               "67")),
            _f("zastrzezenie", FOOTER, 0.4,
               (_OLD, "Materiały publikowane na stronie mają charakter edukacyjny i nie "
                      "zastępują konsultacji z lekarzem."),
               (RL_NOTICE.isoformat(), "Ten artykuł ma charakter wyłącznie informacyjny i nie "
                                       "jest poradą medyczną. Decyzje o leczeniu podejmuj z "
                                       "lekarzem prowadzącym.")),
            _f("wesprzyj", FOOTER, 0.35, *_rl_wesprzyj()),
            _f("infolinia", FOOTER, 0.25, (_OLD, "Bezpłatna infolinia dla pacjentów: 800 123 "
                                                 "456 (pon.–pt. 9:00–17:00)")),
            _f("fundacja", FOOTER, 0.3, (_OLD, "Fundacja Razem przez Leczenie, ul. Lipowa 12, "
                                               "00-123 Warszawa, KRS 0000345678")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Fundacja Razem przez Leczenie")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: poprawiliśmy godziny "
                                                    "dyżuru infolinii.")),
        ),
    )


# --- a Malaysian district health office's press statements (in Malay) ----------------------

PK_REDESIGN = dt.date(2018, 7, 2)
PK_PEGAWAI = dt.date(2018, 3, 1)  # a new district health officer
PK_DENGUE = {2014: 31, 2015: 38, 2016: 36, 2017: 22, 2018: 17, 2019: 35, 2020: 24, 2021: 15}
PK_RAMADAN = {2015: ("2015-06-18", "2015-07-17"), 2016: ("2016-06-07", "2016-07-06"),
              2017: ("2017-05-27", "2017-06-25"), 2018: ("2018-05-17", "2018-06-15"),
              2019: ("2019-05-06", "2019-06-05"), 2020: ("2020-04-24", "2020-05-24")}


def dengue_cases(y: int, week: int) -> int:
    """Made-up weekly dengue cases of the district: higher in the rainy season's weeks."""
    season = 1.25 if week <= 10 or week >= 46 else 1.0 if 20 <= week <= 30 else 0.8
    return max(1, round(PK_DENGUE[y] * season * (0.7 + 0.6 * noise("ME", dt.date(y, 1, 1)
                                                                    + week * 7 * ONE))))


@cache
def dengue_running_total(y: int, week: int) -> int:
    """The cases from week 1 of `y` to `week`."""
    return sum(dengue_cases(y, w) for w in range(1, week + 1))


def _pk_denggi(day: dt.date) -> str:
    y, week = epi_week(last_full_week(day))
    return (f"Kes denggi ME {week}/{y}: {dengue_cases(y, week)} kes baharu, kumulatif "
            f"{dengue_running_total(y, week)} kes sejak awal tahun")


def _pk_dated(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return f"Tarikh: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Diterbitkan pada {day.day} {BULAN[day.month - 1]} {day.year}"


@cache
def _pk_pengumuman() -> Wordings:
    base = _steps((_OLD, "Pertanyaan orang awam: hubungi Pejabat Kesihatan Daerah di talian "
                         "09-555 0123"))
    covid = [_span("2020-03-18", "2021-01-10", "COVID-19: patuhi SOP, pakai pelitup muka dan "
                                               "imbas MySejahtera")]
    asean = _yearly("06-15", 3, 1, lambda y: f"Hari Denggi ASEAN {y}: 10 minit setiap minggu "
                                             f"untuk musnahkan tempat pembiakan Aedes")
    ramadan = [(iso_day(first), iso_day(raya), "Waktu operasi klinik kesihatan dalam bulan "
                                               "Ramadan: 8.00 pagi – 3.30 petang")
               for first, raya in PK_RAMADAN.values()]
    return _calendar(base, covid, asean, ramadan)


def pkdkualaserai_style() -> PublisherStyle:
    """A Malaysian district health office's press statements, in Malay: "KENYATAAN AKHBAR", the
    file reference number, "Tarikh:" with the numeric date turned "Diterbitkan pada" with
    the long date on 2 July 2018 (a wording per day), the dengue cases of the last
    epidemiological week with the year's running total (a wording per week, from each
    Sunday), a public line turned by ASEAN Dengue Day, Ramadan's clinic hours and the
    pandemic, the signed statement (the officer's name, replaced in 2018, and title: a
    block), the media line, the government disclaimer and the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="pkdkualaserai.gov.my", site="Pejabat Kesihatan Daerah Kuala Serai",
        base_size=30, subdomains=(("www.", 100),),
        sections=("kenyataan-akhbar", "pengumuman", "denggi"),
        n_authors=2, url_path="/index.php/{section}/{n}-{slug}",
        pools={},
        families=(
            _f("kenyataan", HEADER, 0.6, (_OLD, "KENYATAAN AKHBAR")),
            _f("rujukan", HEADER, 0.35, (_OLD, "No. Rujukan: PKDKS/100-4/{count}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_pk_dated)),
            _f("denggi", HEADER, 0.3, *_by_day(_pk_denggi)),
            _f("pengumuman", FOOTER, 0.3, *_pk_pengumuman()),
            _f("nama", FOOTER, 0.5, (_OLD, "DR. AZMAN BIN HASHIM"),
               (PK_PEGAWAI.isoformat(), "DR. NORAINI BINTI ISMAIL")),
            _f("jawatan", FOOTER, 0.5, (_OLD, "Pegawai Kesihatan Daerah Kuala Serai")),
            _f("media", FOOTER, 0.3, (_OLD, "Pertanyaan media: Unit Komunikasi Korporat, "
                                            "09-555 0199")),
            _f("penafian", FOOTER, 0.15, (_OLD, "Kerajaan Malaysia tidak bertanggungjawab atas "
                                                "sebarang kehilangan akibat penggunaan maklumat "
                                                "dalam laman ini.")),
            _f("hakcipta", FOOTER, 0.3, (_OLD, "Hak Cipta Terpelihara © {year} Pejabat Kesihatan "
                                               "Daerah Kuala Serai")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: jumlah kes kumulatif telah "
                                                  "dikemas kini.")),
        ),
    )


def heldout169_styles() -> list[PublisherStyle]:
    """The held-back-169 styles, in the order the generator hands them to publishers."""
    return [
        marlow_style(), kingsmere_style(), santaluzia_style(), valdeoria_style(),
        sehatnama_style(), zalesie_style(), seriintan_style(), renalallies_style(),
        redpacientes_style(), ulsvalecoa_style(), razem_style(), pkdkualaserai_style(),
    ]
