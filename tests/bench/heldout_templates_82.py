"""The ``held-back-82`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-80 set
(`tests.bench.heldout_templates_80`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
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
network footer. The publishers are Southern Africa's and the Indian Ocean's local, community
and diaspora outlets, large and small: a free township weekly in Tembisa (Gauteng), a
Portuguese-language daily in Beira (Mozambique), an Afrikaans farming weekly in the Free
State, a Malagasy daily in Antananarivo, a French and Kreol site in Mauritius (with Hindi and
Tamil greetings), an isiZulu site in Pietermaritzburg, a community radio in Chipata (Zambia,
with Nyanja lines), a Zimbabwean diaspora site in England, a paper in Keetmanshoop (southern
Namibia, with Afrikaans and Khoekhoegowab lines), a Sesotho weekly in Maseru (Lesotho's
spelling), a daily in Victoria (Seychelles, English, French and Kreol) and a site in
Mutsamudu (Comoros, French with Arabic, the Hijri date). The families are the kinds a crawl
of such sites holds: dates localised day by day (several changing form on the day of a
redesign, one with the British clock change, one with the Hijri date beside it, one in the
isiZulu months of the seasons, one by the weekly issue with its number), lines that turn
every day or every week (load-shedding stages, exchange rates in meticais, ariary and pounds,
the maize price, the weather with frost, the tides, the evening's radio programme), the
seasons of a dry country's farms and of the grand marriages, bylines and datelines of many
shapes (a reporter with a beat, a text and photo credit, the reporter's town), section
kickers, read-also links (some up to two times), photo credits, sources, a sister paper's
cross-post, a fair-dealing line, donation and membership appeals, subscription prices in
rand, meticais, ariary, rupees, maloti and Namibian dollars (rising over the years), a press
code and ombudsman line, a licence line, notices reworded in 2016-2020, notices that follow a
calendar (votes and run-offs, a coup and a resignation, cyclones, droughts, the 2020
lockdowns by level, an oil spill, national days with their counts, harvest days, royal and
Hindu, Tamil, Muslim and Christian feasts, some called off in 2020), multi-line blocks,
mid-body inserts, bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
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
    jdn,
    last_weekday,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AFRIKAANS_MONTHS = (
    "Januarie",
    "Februarie",
    "Maart",
    "April",
    "Mei",
    "Junie",
    "Julie",
    "Augustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
AFRIKAANS_WEEKDAYS = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")
PORTUGUESE_MONTHS = (
    "Janeiro",
    "Fevereiro",
    "Março",
    "Abril",
    "Maio",
    "Junho",
    "Julho",
    "Agosto",
    "Setembro",
    "Outubro",
    "Novembro",
    "Dezembro",
)
PORTUGUESE_WEEKDAYS = (
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
)
MALAGASY_MONTHS = (
    "Janoary",
    "Febroary",
    "Martsa",
    "Aprily",
    "Mey",
    "Jona",
    "Jolay",
    "Aogositra",
    "Septambra",
    "Oktobra",
    "Novambra",
    "Desambra",
)
MALAGASY_WEEKDAYS = ("Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady")
FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ZULU_MONTHS = (
    "Januwari",
    "Februwari",
    "Mashi",
    "Ephreli",
    "Meyi",
    "Juni",
    "Julayi",
    "Agasti",
    "Septemba",
    "Okthoba",
    "Novemba",
    "Disemba",
)
ZULU_SEASON_MONTHS = (
    "Masingana",
    "Nhlolanja",
    "Ndasa",
    "Mbasa",
    "Nhlaba",
    "Nhlangulana",
    "Ntulikazi",
    "Ncwaba",
    "Mandulo",
    "Mfumfu",
    "Lwezi",
    "Zibandlela",
)
ZULU_WEEKDAYS = (
    "uMsombuluko",
    "uLwesibili",
    "uLwesithathu",
    "uLwesine",
    "uLwesihlanu",
    "uMgqibelo",
    "iSonto",
)
SESOTHO_MONTHS = (
    "Pherekhong",
    "Hlakola",
    "Hlakubele",
    "Mmesa",
    "Motšeanong",
    "Phupjane",
    "Phupu",
    "Phato",
    "Loetse",
    "Mphalane",
    "Pulungoana",
    "Tšitoe",
)
SESOTHO_WEEKDAYS = ("Mantaha", "Labobeli", "Laboraro", "Labone", "Labohlano", "Moqebelo", "Sontaha")
HIJRI_MONTHS = (
    "Mouharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Joumada al-Oula",
    "Joumada al-Thania",
    "Rajab",
    "Chaabane",
    "Ramadan",
    "Chawwal",
    "Dhou al-Qi'da",
    "Dhou al-Hijja",
)

# Movable days as the sites' readers kept them (year -> ISO day).
RAMADAN = {
    2015: "2015-06-18",
    2016: "2016-06-06",
    2017: "2017-05-27",
    2018: "2018-05-16",
    2019: "2019-05-06",
    2020: "2020-04-24",
}
EID_FITR = {
    2015: "2015-07-17",
    2016: "2016-07-06",
    2017: "2017-06-25",
    2018: "2018-06-15",
    2019: "2019-06-04",
    2020: "2020-05-24",
}
THAIPOOSAM = {
    2015: "2015-02-03",
    2016: "2016-01-24",
    2017: "2017-02-09",
    2018: "2018-01-31",
    2019: "2019-01-21",
    2020: "2020-02-08",
}
SHIVARATREE = {
    2015: "2015-02-17",
    2016: "2016-03-07",
    2017: "2017-02-24",
    2018: "2018-02-13",
    2019: "2019-03-04",
    2020: "2020-02-21",
}
REED_DANCE = {
    2015: "2015-09-05",
    2016: "2016-09-10",
    2017: "2017-09-09",
    2018: "2018-09-08",
    2019: "2019-09-14",
}  # called off in 2020
NAMPO = {
    2015: "2015-05-12",
    2016: "2016-05-17",
    2017: "2017-05-16",
    2018: "2018-05-15",
    2019: "2019-05-14",
}  # the harvest day's first day; called off in 2020
MATRIC = {
    2015: "2015-01-06",
    2016: "2016-01-07",
    2017: "2017-01-05",
    2018: "2018-01-05",
    2019: "2019-01-04",
    2020: "2020-01-08",
}


def pseudo(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day:%Y%m%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_of(day: dt.date) -> dt.date:
    """The Monday `day`'s week starts on (the weekly lines turn on Mondays)."""
    return day - dt.timedelta(days=day.weekday())


def business_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a bank's rate of the day holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def summer(day: dt.date) -> float:
    """1 in the height of a southern summer (mid-January) to -1 in midwinter (mid-July)."""
    return math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)


def trend(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A made-up value on `day`, linear between (ISO day, value) `anchors`."""
    points = [(dt.date.fromisoformat(a), v) for a, v in anchors]
    if day <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return points[-1][1]


def spaced(number: int) -> str:
    """`number` with a space between thousands, as Southern African papers print it."""
    return f"{number:,}".replace(",", " ")


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (civil) Islamic date of `day`: year, month (1-12), day."""
    n_days = jdn(day) - 1948440 + 10632
    cycles = (n_days - 1) // 10631
    n_days = n_days - 10631 * cycles + 354
    j = ((10985 - n_days) // 5316) * ((50 * n_days) // 17719) + (n_days // 5670) * (
        (43 * n_days) // 15238
    )
    n_days = n_days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n_days) // 709
    return 30 * cycles + j - 30, month, n_days - (709 * month) // 24


def british_summer_time(day: dt.date) -> bool:
    """British Summer Time: the last Sunday of March to the last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


# --- a free township weekly (Tembisa, Ekurhuleni, Gauteng) ------------------------------------

TB_CMS = dt.date(2017, 8, 7)
TB_RELATED = dt.date(2018, 2, 5)
TB_WHATSAPP = dt.date(2018, 10, 1)
TB_PRINT = dt.date(2019, 7, 5)  # the print run cut and the day moved to Friday
TB_RIGHTS = dt.date(2016, 1, 4)

# Load-shedding spells as the site reported them: (first day, last day, lowest, highest stage).
LOAD_SHEDDING = (
    ("2015-01-17", "2015-03-31", 1, 3),
    ("2015-04-14", "2015-08-10", 1, 2),
    ("2018-11-29", "2018-12-02", 1, 2),
    ("2019-02-10", "2019-03-27", 2, 4),
    ("2019-10-17", "2019-10-27", 2, 2),
    ("2019-12-02", "2019-12-18", 2, 4),
    ("2020-01-13", "2020-01-17", 2, 2),
    ("2020-03-10", "2020-03-21", 2, 4),
    ("2020-07-11", "2020-07-25", 2, 2),
    ("2020-10-16", "2020-10-30", 2, 2),
    ("2020-12-01", "2020-12-09", 2, 2),
)
STAGE_SIX = dt.date(2019, 12, 9)


def load_shedding_stage(day: dt.date) -> int:
    """The stage of load-shedding on `day` (0: none), made up inside the real spells."""
    if day == STAGE_SIX:
        return 6
    for first, last, low, high in LOAD_SHEDDING:
        if first <= day.isoformat() <= last:
            return pseudo(day, "tb-stage", low, high)
    return 0


def _tb_power(day: dt.date) -> str:
    stage = load_shedding_stage(day)
    if stage == 0:
        return "💡 No load-shedding scheduled for today"
    return f"⚡ Load-shedding today: Stage {stage}. Check your block on the municipal schedule"


def _tb_notice() -> Wordings:
    base = _steps(
        (_OLD, "Like The Tembisa Beat on Facebook for breaking news from the kasi"),
        (TB_WHATSAPP.isoformat(), "📲 Seen something? WhatsApp the newsroom on 060 000 0000"),
    )
    news: list[Event] = [
        _vote(
            "2016-08-03",
            "🗳️ Local government elections: find your Tembisa voting station",
            before=6,
        ),
        _vote(
            "2019-05-08",
            "🗳️ Election Day: queues, results and what the parties promised Tembisa",
            before=7,
        ),
        _span(
            "2020-03-27",
            "2020-04-30",
            "😷 Lockdown level 5: stay home, only essential trips allowed",
        ),
        _span(
            "2020-05-01",
            "2020-05-31",
            "😷 Lockdown level 4: curfew from 8pm to 5am, no alcohol sales",
        ),
        _span(
            "2020-06-01", "2020-08-17", "😷 Lockdown level 3: masks compulsory in taxis and shops"
        ),
        _span(
            "2020-08-18", "2020-09-20", "😷 Lockdown level 2: taverns may reopen under conditions"
        ),
    ]
    feasts = _movable(
        _listed(MATRIC), 1, 1, lambda y: f"🎓 Matric results {y - 1}: see how Tembisa's schools did"
    )
    feasts += _yearly("04-27", 1, 0, lambda y: f"🇿🇦 Freedom Day: {y - 1994} years of democracy")
    feasts += _yearly(
        "06-16", 2, 0, lambda y: f"✊ June 16: {y - 1976} years since the 1976 students' uprising"
    )
    feasts += _yearly(
        "09-24", 2, 0, lambda _: "🔥 Happy Heritage Day, Tembisa! Share your braai pics with us"
    )
    return _calendar(base, news, feasts)


def tembisa_style() -> PublisherStyle:
    """A free township weekly (Tembisa, Gauteng): a section kicker, the publication date
    turned a date with the time on a new CMS, the name turned a byline with the reporter's
    beat, "ALSO READ:" turned "Read next 👉" (up to twice), a photo credit, the day's
    load-shedding stage (a wording per change, stage 6 on one day), a social line turned a
    WhatsApp tip line and turned by two votes, the 2020 lockdown level by level, the matric
    results with the year, Freedom Day and June 16 with their counts and Heritage Day, a
    sister paper's cross-post, a tips line, the free distribution reworded (a print run cut),
    the press code and a rights line reworded (a block), a rare correction."""
    return PublisherStyle(
        domain="tembisabeat.co.za",
        site="The Tembisa Beat",
        base_size=240,
        subdomains=(("www.", 85), ("", 15)),
        sections=("news", "community", "crime", "sport", "kasi-life", "schools"),
        n_authors=6,
        url_path="/{section}/{slug}-{n}/",
        pools={
            "kicker": ("News", "Community", "Crime", "Sport", "Kasi Life", "Schools"),
            "beat": ("Journalist", "Community Journalist", "Sports Journalist", "Editor", "Intern"),
            "credit": ("Supplied", "Tembisa Beat", "Facebook", "EMPD", "SAPS"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f(
                "published",
                HEADER,
                0.75,
                (_OLD, "Published {weekday}, {date_dmy}"),
                (TB_CMS.isoformat(), "{date_dmy} · {time}"),
            ),
            _f(
                "byline",
                HEADER,
                0.55,
                (_OLD, "{author}"),
                (TB_CMS.isoformat(), "{author} · {author_beat}"),
            ),
            _f(
                "also-read",
                MIDDLE,
                0.3,
                (_OLD, "ALSO READ: {other_title}"),
                (TB_RELATED.isoformat(), "Read next 👉 {other_title}"),
                count=2,
            ),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {credit}")),
            _f("power", FOOTER, 0.2, *_by_day(_tb_power)),
            _f("notice", FOOTER, 0.3, *_tb_notice()),
            _f(
                "sister",
                FOOTER,
                0.08,
                (_OLD, "This story first appeared in our sister title, the Ivory Park Echo."),
            ),
            _f(
                "tips",
                FOOTER,
                0.2,
                (_OLD, "Got a story? Email news@tembisabeat.co.za or call 011 000 0000."),
            ),
            _f(
                "free",
                FOOTER,
                0.25,
                (
                    _OLD,
                    "The Tembisa Beat is delivered free every Thursday to 45 000 homes in "
                    "Tembisa, Ivory Park and Rabie Ridge.",
                ),
                (
                    TB_PRINT.isoformat(),
                    "The Tembisa Beat is out every Friday, free at 120 pick-up "
                    "points in Tembisa and Ivory Park.",
                ),
            ),
            _f(
                "press-code",
                FOOTER,
                0.3,
                (
                    _OLD,
                    "We abide by the Press Code. Unhappy with our "
                    "coverage? Contact the Press Ombud at "
                    "www.presscouncil.org.za.",
                ),
            ),
            _f(
                "copyright",
                FOOTER,
                0.4,
                (_OLD, "© The Tembisa Beat {year}"),
                (
                    TB_RIGHTS.isoformat(),
                    "© {year} The Tembisa Beat. No part of this website may "
                    "be reproduced without permission.",
                ),
            ),
            _f(
                "correction",
                HEADER,
                0.04,
                (
                    _OLD,
                    "CORRECTION: An earlier version of this "
                    "article gave the wrong ward number for the "
                    "councillor.",
                ),
            ),
        ),
    )


# --- a Portuguese-language daily (Beira, Sofala, Mozambique) ---------------------------------

MZ_REDESIGN = dt.date(2018, 4, 2)
MZ_WHATSAPP = dt.date(2019, 6, 3)
MZ_RIGHTS = dt.date(2019, 1, 3)
MZ_PRICES = (
    (_OLD, "Assinatura anual: 4.800,00 MT (Beira) · 6.000,00 MT (províncias)"),
    ("2017-01-03", "Assinatura anual: 6.000,00 MT (Beira) · 7.200,00 MT (províncias)"),
    ("2020-02-03", "Assinatura anual: 6.000,00 MT · edição digital 150,00 MT por mês"),
)


def _mz_dated(day: dt.date) -> str:
    if day < MZ_REDESIGN:
        return (
            f"Beira, {PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}"
        )
    return f"{day:%d/%m/%Y} às {{time}}"


def mz_dollar(day: dt.date) -> float:
    """The made-up meticais to the dollar on `day`'s business day (fell hard in 2016)."""
    when = business_day(day)
    base = trend(
        when,
        (
            ("2015-01-01", 33.5),
            ("2015-12-15", 45.0),
            ("2016-10-20", 78.5),
            ("2017-06-01", 60.5),
            ("2019-06-01", 62.0),
            ("2020-01-01", 61.5),
            ("2020-07-01", 70.0),
            ("2021-01-10", 74.5),
        ),
    )
    return round(base + pseudo(when, "mz-usd", -40, 40) / 100, 2)


def _mz_rate(day: dt.date) -> str:
    usd = mz_dollar(day)
    rand = round(usd / 14.2 + pseudo(business_day(day), "mz-zar", -8, 8) / 100, 2)
    usd_text, rand_text = f"{usd:.2f}".replace(".", ","), f"{rand:.2f}".replace(".", ",")
    return f"💱 Câmbio do dia: 1 USD = {usd_text} MT · 1 ZAR = {rand_text} MT"


def _mz_notice() -> Wordings:
    base = _steps(
        (_OLD, "Siga o Jornal do Púngoè no Facebook"),
        (
            MZ_WHATSAPP.isoformat(),
            "📲 Receba as notícias no WhatsApp: envie «NOTÍCIAS» para 84 000 0000",
        ),
    )
    storms: list[Event] = [
        _span("2017-02-14", "2017-02-17", "🌀 Ciclone Dineo: INGC pede cuidado em Inhambane"),
        _span(
            "2019-03-13",
            "2019-03-31",
            "🌀 Ciclone Idai: centros de acomodação e números de emergência na Beira",
        ),
        _span("2019-04-24", "2019-04-28", "🌀 Ciclone Kenneth atinge Cabo Delgado"),
        _span(
            "2020-04-01", "2020-07-29", "😷 Estado de Emergência: use máscara nos chapas e mercados"
        ),
        _span(
            "2020-09-07", "2020-10-06", "😷 Situação de calamidade pública: novas medidas em vigor"
        ),
    ]
    votes: list[Event] = [
        _vote(
            "2018-10-10",
            "🗳️ Eleições autárquicas: apuramento na Beira e em Dondo",
            before=6,
            after=2,
        ),
        _vote(
            "2019-10-15", "🗳️ Eleições gerais: acompanhe o apuramento em Sofala", before=7, after=3
        ),
    ]
    feasts = _yearly(
        "06-25", 1, 0, lambda y: f"🇲🇿 {y - 1975}.º aniversário da Independência Nacional"
    )
    feasts += _yearly("02-03", 0, 0, lambda _: "Dia dos Heróis Moçambicanos")
    feasts += _yearly("04-07", 0, 0, lambda _: "Dia da Mulher Moçambicana: parabéns a todas!")
    return _calendar(base, storms, votes, feasts)


def beira_style() -> PublisherStyle:
    """A Portuguese-language daily (Beira, Mozambique): a kicker, the city, the weekday and
    the date with the month capitalised, turned a numeric date with "às" and the time on a
    redesign (a wording per day), "Por" turned a text and photo credit, "Leia também:"
    turned "LEIA MAIS »" (up to twice), a photo credit, the day's rate of the metical (held
    over weekends), a social line turned a WhatsApp line and turned by three cyclones, the
    2020 state of emergency and calamity, two votes, Independence with its count, Heroes'
    Day and Women's Day, the yearly subscription rising and a digital one, the masthead and
    a rights line reworded (a block), a rare flood alert."""
    return PublisherStyle(
        domain="jornalpungoe.co.mz",
        site="Jornal do Púngoè",
        base_size=215,
        subdomains=(("www.", 100),),
        sections=("beira", "sofala", "nacional", "economia", "desporto", "sociedade"),
        n_authors=6,
        url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rubrica": ("Beira", "Sofala", "Nacional", "Economia", "Desporto", "Sociedade"),
            "foto": ("Jornal do Púngoè", "Arquivo", "AIM", "Cortesia", "DR"),
        },
        families=(
            _f("rubrica", HEADER, 0.35, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.75, *_by_day(_mz_dated)),
            _f(
                "autor",
                HEADER,
                0.5,
                (_OLD, "Por {author}"),
                (MZ_REDESIGN.isoformat(), "Texto: {author} | Fotos: {author2}"),
            ),
            _f(
                "leia",
                MIDDLE,
                0.3,
                (_OLD, "Leia também: {other_title}"),
                (MZ_REDESIGN.isoformat(), "LEIA MAIS » {other_title}"),
                count=2,
            ),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("cambio", FOOTER, 0.2, *_by_day(_mz_rate)),
            _f("aviso", FOOTER, 0.3, *_mz_notice()),
            _f("assinatura", FOOTER, 0.15, *MZ_PRICES),
            _f(
                "ficha",
                FOOTER,
                0.3,
                (
                    _OLD,
                    "Propriedade: Púngoè Comunicação, Lda. · Registo "
                    "n.º 000/GABINFO-DEC/2009 · Rua Major Serpa Pinto, "
                    "Beira",
                ),
            ),
            _f(
                "direitos",
                FOOTER,
                0.4,
                (_OLD, "© {year} Jornal do Púngoè. Todos os direitos reservados."),
                (
                    MZ_RIGHTS.isoformat(),
                    "© {year} Jornal do Púngoè. É proibida a reprodução "
                    "total ou parcial sem autorização prévia.",
                ),
            ),
            _f(
                "cheias",
                HEADER,
                0.04,
                (_OLD, "⚠️ Alerta de cheias no Púngoè e no Búzi: retirem-se das zonas baixas"),
            ),
        ),
    )


# --- an Afrikaans farming weekly (Bothaville, Free State) -------------------------------------

SB_REDESIGN = dt.date(2017, 10, 2)
SB_LEES = dt.date(2019, 2, 4)
SB_NEWSLETTER = dt.date(2018, 8, 6)
SB_RIGHTS = dt.date(2018, 8, 6)
SB_PRICES = (("R650", _OLD), ("R720", "2017-01-02"), ("R795", "2019-01-07"))
SB_DIGITAL = dt.date(2020, 4, 6)


def _sb_dated(day: dt.date) -> str:
    if day < SB_REDESIGN:
        return (
            f"{AFRIKAANS_WEEKDAYS[day.weekday()]} {day.day} "
            f"{AFRIKAANS_MONTHS[day.month - 1]} {day.year}"
        )
    return f"Gepubliseer op {day:%Y/%m/%d} om {{time}}"


def safex_white_maize(day: dt.date) -> int:
    """The made-up Friday close of white maize (rand a ton) quoted in `day`'s week: the
    2015-2016 drought sent it past R4 000."""
    monday = week_of(day)
    base = trend(
        monday,
        (
            ("2015-01-05", 2300),
            ("2015-07-06", 2750),
            ("2016-01-11", 4600),
            ("2016-06-06", 4100),
            ("2017-01-09", 3400),
            ("2017-07-03", 1950),
            ("2018-03-05", 2050),
            ("2019-03-04", 2850),
            ("2019-12-02", 3250),
            ("2020-06-01", 2900),
            ("2021-01-04", 3700),
        ),
    )
    return round(base + pseudo(monday, "sb-wmaz", -60, 60))


def _sb_safex(day: dt.date) -> str:
    white = safex_white_maize(day)
    yellow = white - pseudo(week_of(day), "sb-ymaz", -150, 350)
    return (
        f"🌽 SAFEX-slotpryse Vrydag: witmielies R{spaced(white)}/t, geelmielies R{spaced(yellow)}/t"
    )


def sb_temperatures(day: dt.date) -> tuple[int, int]:
    """The made-up lowest and highest temperature forecast in Bothaville on `day`."""
    low = round(7 + 9 * summer(day)) + pseudo(day, "sb-low", -3, 3)
    return low, low + pseudo(day, "sb-span", 11, 17)


def _sb_weather(day: dt.date) -> str:
    low, high = sb_temperatures(day)
    if low < 0:
        return f"❄️ Rypwaarskuwing: minimum van \u2212{-low} °C vanoggend in Bothaville"
    rain = pseudo(day, "sb-rain", 0, 20) + round(30 * max(0.0, summer(day)))
    return f"🌦️ Bothaville vandag: {low} °C tot {high} °C, {rain}% kans vir reën"


def _sb_notice() -> Wordings:
    base = _steps(
        (_OLD, "Volg Die Saaiboer op Facebook en Twitter"),
        (
            SB_NEWSLETTER.isoformat(),
            "📧 Teken in vir ons gratis nuusbrief met die weeklikse markverslag",
        ),
    )
    news: list[Event] = [
        _span("2015-11-03", "2015-11-10", "☀️ Droogte: Vrystaat tot rampgebied verklaar"),
        _span(
            "2018-01-22",
            "2018-03-07",
            "💧 Dag Nul in Kaapstad: boere in die Wes-Kaap moet water inkort",
        ),
        _vote("2016-08-03", "🗳️ Munisipale verkiesing: stem Woensdag", before=5),
        _vote("2019-05-08", "🗳️ Algemene verkiesing: wat beteken dit vir die landbou?", before=6),
        _span(
            "2020-03-26",
            "2020-04-30",
            "😷 Inperking: landbou is 'n noodsaaklike diens. Hou jul permitte byderhand",
        ),
        _span("2020-05-05", "2020-05-22", "🚜 Nampo 2020 is gekanselleer. Sien julle in 2021!"),
    ]
    feasts = _movable(
        _listed(NAMPO),
        10,
        3,
        lambda y: f"🚜 Nampo-oesdag {y} in Bothaville: kaartjies en parkering",
    )
    feasts += _yearly("12-16", 1, 0, lambda _: "Geseënde Versoeningsdag aan al ons lesers")
    return _calendar(base, news, feasts)


def _sb_prices() -> Wordings:
    out = [
        (start, f"Inteken: {price} per jaar (52 uitgawes, posgeld ingesluit)")
        for price, start in SB_PRICES
    ]
    out.append((SB_DIGITAL.isoformat(), "Inteken: R795 per jaar of digitaal vir R45 per maand"))
    return tuple(out)


def saaiboer_style() -> PublisherStyle:
    """An Afrikaans farming weekly (Free State): a section kicker, the date with the weekday
    in Afrikaans turned a slashed date with "om" and the time (a wording per day), "Deur"
    with the writer's beat, "Lees ook:" turned "LEES OOK ▸" (up to twice), a photo credit,
    the week's maize prices (the drought's spike), the day's weather with a frost warning in
    winter, a social line turned a newsletter appeal and turned by a drought, Cape Town's Day
    Zero, two votes, the 2020 lockdown and a cancelled harvest day, the harvest day and the
    Day of Reconciliation, the yearly subscription rising twice and a digital one, a
    disclaimer and a rights line reworded (a block), a rare hail warning."""
    return PublisherStyle(
        domain="saaiboer.co.za",
        site="Die Saaiboer",
        base_size=190,
        subdomains=(("www.", 100),),
        sections=("graan", "vee", "weer", "markte", "tegnologie", "plaaslewe"),
        n_authors=5,
        url_path="/{section}/{slug}/",
        pools={
            "afdeling": ("Graan", "Vee", "Weer", "Markte", "Tegnologie", "Plaaslewe"),
            "beat": ("graanjoernalis", "veejoernalis", "redakteur", "medewerker"),
            "foto": ("Verskaf", "Argief", "Die Saaiboer", "Graan SA"),
        },
        families=(
            _f("afdeling", HEADER, 0.35, (_OLD, "{afdeling}")),
            _f("datum", HEADER, 0.7, *_by_day(_sb_dated)),
            _f(
                "skrywer",
                HEADER,
                0.5,
                (_OLD, "Deur {author}"),
                (SB_REDESIGN.isoformat(), "Deur {author}, {author_beat}"),
            ),
            _f(
                "lees-ook",
                MIDDLE,
                0.3,
                (_OLD, "Lees ook: {other_title}"),
                (SB_LEES.isoformat(), "LEES OOK ▸ {other_title}"),
                count=2,
            ),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("safex", FOOTER, 0.2, *_by_day(_sb_safex)),
            _f("weer", FOOTER, 0.2, *_by_day(_sb_weather)),
            _f("kennisgewing", FOOTER, 0.3, *_sb_notice()),
            _f("intekening", FOOTER, 0.15, *_sb_prices()),
            _f(
                "vrywaring",
                FOOTER,
                0.25,
                (
                    _OLD,
                    "Menings in hierdie artikel is dié van die "
                    "skrywer. Die uitgewer aanvaar geen "
                    "aanspreeklikheid vir besluite wat daarop "
                    "gebaseer word nie.",
                ),
            ),
            _f(
                "kopiereg",
                FOOTER,
                0.4,
                (_OLD, "© {year} Die Saaiboer. Alle regte voorbehou."),
                (
                    SB_RIGHTS.isoformat(),
                    "© {year} Die Saaiboer (Edms) Bpk. Alle regte "
                    "voorbehou. Geen kopiëring sonder toestemming nie.",
                ),
            ),
            _f(
                "hael",
                HEADER,
                0.04,
                (_OLD, "⚠️ Haelwaarskuwing vir Noordwes en die noordelike Vrystaat vanmiddag"),
            ),
        ),
    )


# --- a Malagasy daily (Antananarivo, Madagascar) ----------------------------------------------

MG_REDESIGN = dt.date(2018, 1, 2)
MG_AUTHOR = dt.date(2016, 6, 27)
MG_VAKIO = dt.date(2019, 7, 1)
MG_WHATSAPP = dt.date(2019, 9, 2)
MG_PRICES = ((_OLD, "30 000"), ("2016-01-04", "32 000"), ("2018-07-02", "36 000"))


def _mg_dated(day: dt.date) -> str:
    when = f"{day.day} {MALAGASY_MONTHS[day.month - 1]} {day.year}"
    if day < MG_REDESIGN:
        return f"{MALAGASY_WEEKDAYS[day.weekday()]} {when}"
    return f"Nivoaka ny {MALAGASY_WEEKDAYS[day.weekday()].lower()} {when}, tamin'ny {{time}}"


def mg_euro(day: dt.date) -> int:
    """The made-up ariary to the euro on `day` (BFM's reference rate, rising)."""
    base = trend(
        day,
        (
            ("2015-01-01", 3250),
            ("2016-01-01", 3500),
            ("2017-01-01", 3470),
            ("2018-01-01", 3800),
            ("2019-01-01", 3990),
            ("2020-01-01", 4060),
            ("2020-08-01", 4520),
            ("2021-01-10", 4620),
        ),
    )
    return round(base) + pseudo(day, "mg-eur", -25, 25)


def _mg_rate(day: dt.date) -> str:
    euro = mg_euro(day)
    dollar = round(euro / 1.13) + pseudo(day, "mg-usd", -20, 20)
    return f"💱 Sandam-bola (BFM): 1 € = {spaced(euro)} Ar · 1 $ = {spaced(dollar)} Ar"


def _mg_notice() -> Wordings:
    base = _steps(
        (_OLD, "Tiavo ny pejy Facebook-nay mba tsy hahavery vaovao"),
        (MG_WHATSAPP.isoformat(), "📲 Araho amin'ny WhatsApp ny vaovao farany"),
    )
    news: list[Event] = [
        _span(
            "2017-03-06",
            "2017-03-10",
            "🌀 Rivo-doza Enawo: mitandrema, aza mivoaka raha tsy ilaina",
        ),
        _vote(
            "2018-11-07",
            "🗳️ Fifidianana filoha, fihodinana voalohany: ny voka-pifidianana",
            before=6,
            after=3,
        ),
        _vote(
            "2018-12-19", "🗳️ Fihodinana faharoa: ny voka-pifidianana vonjimaika", before=6, after=3
        ),
        _vote(
            "2019-05-27",
            "🗳️ Fifidianana solombavambahoaka: ny vokatra isaky ny distrika",
            before=5,
            after=2,
        ),
        _vote(
            "2019-11-27",
            "🗳️ Fifidianana ben'ny tanàna: Antananarivo Renivohitra",
            before=5,
            after=2,
        ),
        _span(
            "2020-03-23",
            "2020-05-10",
            "😷 Hamehana ara-pahasalamana: mitafy arotava, aza mivoaka raha tsy ilaina",
        ),
        _span("2020-07-06", "2020-07-26", "😷 Fihibohana indray eto Analamanga"),
    ]
    feasts = _yearly(
        "06-26", 2, 0, lambda y: f"🇲🇬 Arahaba tratry ny fetim-pirenena faha-{y - 1960}!"
    )
    feasts += _yearly("01-01", 0, 2, lambda y: f"🎉 Arahaba tratry ny taona {y}!")
    return _calendar(base, news, feasts)


def analamanga_style() -> PublisherStyle:
    """A Malagasy daily (Antananarivo): a kicker, the weekday and the date in Malagasy, turned
    "Nivoaka ny" with the weekday, the date and "tamin'ny" the time (a wording per day), the
    bare name turned "Nosoratan'i", "Vakio koa:" turned capitals with a chevron (up to
    twice), a photo credit, the day's ariary rates, a social line turned a WhatsApp line and
    turned by a cyclone, four votes (a run-off), the 2020 emergency and a second lockdown,
    the national day with its count and the new year, a monthly subscription in ariary
    rising twice, the address and a rights line in French and Malagasy (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="feonanalamanga.mg",
        site="Ny Feon'Analamanga",
        base_size=150,
        subdomains=(("www.", 80), ("", 20)),
        sections=(
            "vaovao",
            "politika",
            "toekarena",
            "fiarahamonina",
            "fanatanjahantena",
            "kolontsaina",
        ),
        n_authors=5,
        url_path="/{section}/{n}-{slug}",
        pools={
            "sokajy": (
                "Vaovao",
                "Politika",
                "Toekarena",
                "Fiarahamonina",
                "Fanatanjahantena",
                "Kolontsaina",
            ),
            "sary": ("Ny Feon'Analamanga", "Tahiry", "Facebook", "Nalaina"),
        },
        families=(
            _f("sokajy", HEADER, 0.3, (_OLD, "{sokajy}")),
            _f("daty", HEADER, 0.7, *_by_day(_mg_dated)),
            _f(
                "mpanoratra",
                HEADER,
                0.45,
                (_OLD, "{author}"),
                (MG_AUTHOR.isoformat(), "Nosoratan'i {author}"),
            ),
            _f(
                "vakio",
                MIDDLE,
                0.3,
                (_OLD, "Vakio koa: {other_title}"),
                (MG_VAKIO.isoformat(), "VAKIO IHANY KOA » {other_title}"),
                count=2,
            ),
            _f("sary", MIDDLE, 0.2, (_OLD, "Sary: {sary}")),
            _f("vola", FOOTER, 0.2, *_by_day(_mg_rate)),
            _f("filazana", FOOTER, 0.3, *_mg_notice()),
            _f(
                "famandrihana",
                FOOTER,
                0.15,
                *(
                    (start, f"Famandrihana: {price} Ar isam-bolana, aterina any an-trano")
                    for start, price in MG_PRICES
                ),
            ),
            _f(
                "adiresy",
                FOOTER,
                0.3,
                (_OLD, "Lot IVG 000 Behoririka, Antananarivo 101 · Tél. 020 22 000 00"),
            ),
            _f(
                "zo",
                FOOTER,
                0.4,
                (_OLD, "© {year} Ny Feon'Analamanga – Tous droits réservés"),
                (
                    MG_REDESIGN.isoformat(),
                    "© {year} Ny Feon'Analamanga. Voarara ny "
                    "famerenana ny lahatsoratra raha tsy nahazoan-"
                    "dalana.",
                ),
            ),
            _f(
                "delestage",
                HEADER,
                0.04,
                (_OLD, "⚠️ Fahatapahan-jiro: tsy hisy herinaratra any Ankadifotsy anio tolakandro"),
            ),
        ),
    )


# --- a French and Kreol site (Port-Louis, Mauritius) ------------------------------------------

MU_REDESIGN = dt.date(2017, 3, 12)  # relaunched on Independence Day
MU_KREOL = dt.date(2019, 2, 1)  # Kreol headings from the abolition day on
MU_RIGHTS = dt.date(2017, 3, 12)
MU_VAT = dt.date(2018, 7, 2)


def _mu_dated(day: dt.date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    month = FRENCH_MONTHS[day.month - 1]
    if day < MU_REDESIGN:
        return f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {number} {month} {day.year}"
    return f"Mis à jour le {number} {month} {day.year} à {{time}}"


def mu_temperatures(day: dt.date) -> tuple[int, int]:
    """The made-up lowest and highest temperature forecast at Vacoas on `day`."""
    low = round(18 + 3.5 * summer(day)) + pseudo(day, "mu-low", -1, 1)
    return low, low + pseudo(day, "mu-span", 5, 8)


def _mu_weather_base(day: dt.date) -> str:
    low, high = mu_temperatures(day)
    return (
        f"🌤️ Météo à Vacoas : {low} °C – {high} °C, alizés de {pseudo(day, 'mu-wind', 15, 45)} km/h"
    )


def _mu_weather() -> Wordings:
    warnings: list[Event] = [
        _span("2018-01-16", "2018-01-16", "🌀 Avis de cyclone de classe 2 (Berguitta)"),
        _span(
            "2018-01-17",
            "2018-01-18",
            "🌀 Avis de cyclone de classe 3 (Berguitta) : restez chez vous",
        ),
        _span("2019-12-29", "2019-12-31", "🌀 Avis de cyclone de classe 2 (Calvinia)"),
        _span("2020-03-18", "2020-03-19", "🌧️ Avis de fortes pluies en vigueur sur tout le pays"),
    ]
    return _calendar(_mu_weather_base, warnings)


def _mu_notice() -> Wordings:
    base = _steps(
        (_OLD, "Rejoignez Koze Morisien sur Facebook"),
        (MU_KREOL.isoformat(), "📲 Swiv Koze Morisien lor Instagram ek Facebook"),
    )
    news: list[Event] = [
        _vote("2015-06-14", "🗳️ Municipales : les résultats ville par ville", before=5),
        _vote(
            "2019-11-07",
            "🗳️ Élections générales : les résultats circonscription par circonscription",
            before=7,
            after=2,
        ),
        _span("2020-03-20", "2020-05-30", "😷 Konfinman: res lakaz, protez ou fami"),
        _span(
            "2020-08-07",
            "2020-08-31",
            "🛢️ Marée noire à Mahébourg : les consignes pour les bénévoles",
        ),
    ]
    feasts = _movable(
        _listed(THAIPOOSAM), 1, 0, lambda _: "இனிய தைப்பூச வாழ்த்துக்கள் ! Bon Cavadee à tous"
    )
    feasts += _yearly("02-01", 1, 0, lambda y: f"Abolition de l'esclavage : {y - 1835} ans")
    feasts += _movable(
        _listed(SHIVARATREE), 3, 0, lambda _: "🕉️ महाशिवरात्रि की शुभकामनाएँ ! Bon Maha Shivaratree"
    )
    feasts += _yearly(
        "03-12", 1, 0, lambda y: f"🇲🇺 Bonne fête de l'Indépendance : {y - 1968} ans !"
    )
    feasts += _yearly(
        "09-09", 1, 0, lambda _: "Pèlerinage du Père Laval : circulation déviée à Sainte-Croix"
    )
    return _calendar(base, news, feasts)


def morisien_style() -> PublisherStyle:
    """A French and Kreol site (Mauritius): a kicker, the weekday and the date with "1er",
    turned "Mis à jour le" with the time on Independence Day 2017 (a wording per day), the
    bare name turned "Par", "À lire aussi :" turned the Kreol "Lir osi :" on the abolition
    day in 2019 (up to twice), a photo credit, the day's weather at Vacoas turned by cyclone
    classes and heavy rain, a social line turned Kreol and turned by two votes, the 2020
    confinement in Kreol and the Wakashio oil spill, Thaipoosam Cavadee in Tamil, Maha
    Shivaratree in Hindi, the abolition and Independence with their counts and the Père
    Laval pilgrimage, a donation appeal in rupees in Kreol, a subscription price reworded
    with VAT, a comments policy and a rights line reworded (a block), a rare water cut."""
    return PublisherStyle(
        domain="kozemorisien.mu",
        site="Koze Morisien",
        base_size=130,
        subdomains=(("www.", 100),),
        sections=("actualites", "societe", "politique", "sport", "lifestyle", "rodrigues"),
        n_authors=4,
        url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Actualités", "Société", "Politique", "Sport", "Lifestyle", "Rodrigues"),
            "photo": ("Koze Morisien", "Archives", "GIS", "DR", "Facebook"),
            "rs": ("100", "250", "500"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.65, *_by_day(_mu_dated)),
            _f(
                "auteur",
                HEADER,
                0.45,
                (_OLD, "{author}"),
                (MU_REDESIGN.isoformat(), "Par {author}"),
            ),
            _f(
                "lire",
                MIDDLE,
                0.3,
                (_OLD, "À lire aussi : {other_title}"),
                (MU_KREOL.isoformat(), "Lir osi : {other_title}"),
                count=2,
            ),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {photo}")),
            _f("meteo", FOOTER, 0.2, *_mu_weather()),
            _f("koze", FOOTER, 0.3, *_mu_notice()),
            _f(
                "don",
                FOOTER,
                0.12,
                (_OLD, "Ou kapav siport Koze Morisien: fer enn don Rs {rs} par Juice."),
            ),
            _f(
                "abonnement",
                FOOTER,
                0.15,
                (_OLD, "Abonnement : Rs 150 par mois"),
                (MU_VAT.isoformat(), "Abonnement : Rs 175 par mois (TVA incluse)"),
            ),
            _f(
                "commentaires",
                FOOTER,
                0.2,
                (
                    _OLD,
                    "Les commentaires sont modérés. Tout propos "
                    "injurieux, raciste ou communal sera "
                    "supprimé.",
                ),
            ),
            _f(
                "droits",
                FOOTER,
                0.4,
                (_OLD, "© {year} Koze Morisien – Tous droits réservés"),
                (
                    MU_RIGHTS.isoformat(),
                    "© {year} Koze Morisien. Reproduction interdite sans mention de la source.",
                ),
            ),
            _f(
                "coupure",
                HEADER,
                0.04,
                (_OLD, "⚠️ Coupure d'eau à Beau-Bassin et Rose-Hill demain de 9 h à 16 h"),
            ),
        ),
    )


# --- an isiZulu site (Pietermaritzburg, KwaZulu-Natal) ----------------------------------------

ZU_REDESIGN = dt.date(2018, 9, 24)  # relaunched on Heritage Day with the months of the seasons
ZU_FUNDA = dt.date(2019, 5, 6)
ZU_WHATSAPP = dt.date(2019, 5, 6)
ZU_RIGHTS = dt.date(2018, 9, 24)


def _zu_dated(day: dt.date) -> str:
    if day < ZU_REDESIGN:
        return f"{ZULU_WEEKDAYS[day.weekday()]}, {day.day} {ZULU_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} ku{ZULU_SEASON_MONTHS[day.month - 1]} {day.year}, {{time}}"


def _zu_notice() -> Wordings:
    base = _steps(
        (_OLD, "Sithole ku-Facebook, uthole izindaba zaseMgungundlovu"),
        (
            ZU_WHATSAPP.isoformat(),
            "📲 Thola izindaba ku-WhatsApp: thumela 'SAWUBONA' ku-072 000 0000",
        ),
    )
    news: list[Event] = [
        _vote("2016-08-03", "🗳️ Ukhetho lohulumeni basekhaya: vota ngoLwesithathu", before=5),
        _vote("2019-05-08", "🗳️ Ukhetho lukazwelonke: imiphumela yaseMsunduzi", before=6, after=2),
        _span("2020-03-27", "2020-04-30", "😷 Kuvalwe izwe lonke: hlala ekhaya, uphephe"),
        _span(
            "2020-09-01", "2020-09-14", "Umkhosi Womhlanga awubanjwa kulo nyaka ngenxa yegciwane"
        ),
    ]
    feasts = _movable(
        _listed(REED_DANCE),
        6,
        1,
        lambda y: f"👑 Umkhosi Womhlanga {y} eNyokeni: konke okumele ukwazi",
    )
    feasts += _yearly(
        "06-16", 1, 0, lambda y: f"✊ Usuku Lwentsha: iminyaka engu-{y - 1976} kusukela ngo-1976"
    )
    feasts += _yearly("09-24", 1, 0, lambda _: "🛡️ Usuku lwamaGugu: sikhumbula iNkosi uShaka")
    return _calendar(base, news, feasts)


def msunduzi_style() -> PublisherStyle:
    """An isiZulu site (Pietermaritzburg): a kicker, the weekday and the date in isiZulu,
    turned the date in the months of the seasons ("kuNdasa") with the time on Heritage Day
    2018 (a wording per day), "Ngu-" turned "Umbhali:", "FUNDA NALOKHU:" turned "Funda
    futhi ➜" (up to twice), a photo credit, a source line, a social line turned a WhatsApp
    line and turned by two votes, the 2020 lockdown and the reed dance called off in 2020,
    the reed dance, Youth Day with its count and Heritage Day, a donation appeal in rand, a
    thanks and a rights line reworded (a block), a rare water cut."""
    return PublisherStyle(
        domain="izwilomsunduzi.co.za",
        site="Izwi LoMsunduzi",
        base_size=110,
        subdomains=(("www.", 100),),
        sections=("izindaba", "ezemidlalo", "ezombusazwe", "ezomnotho", "imfundo"),
        n_authors=4,
        url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "isigaba": ("Izindaba", "Ezemidlalo", "Ezombusazwe", "Ezomnotho", "Imfundo"),
            "isithombe": ("Izwi LoMsunduzi", "Sithunyelwe", "Ingobo yomlando", "Facebook"),
            "umthombo": ("SABC", "GCIS", "Izwi LoMsunduzi", "Umasipala waseMsunduzi"),
            "zar": ("20", "50", "100"),
        },
        families=(
            _f("isigaba", HEADER, 0.3, (_OLD, "{isigaba}")),
            _f("usuku", HEADER, 0.6, *_by_day(_zu_dated)),
            _f(
                "umbhali",
                HEADER,
                0.45,
                (_OLD, "Ngu-{author}"),
                (ZU_REDESIGN.isoformat(), "Umbhali: {author}"),
            ),
            _f(
                "funda",
                MIDDLE,
                0.3,
                (_OLD, "FUNDA NALOKHU: {other_title}"),
                (ZU_FUNDA.isoformat(), "Funda futhi ➜ {other_title}"),
                count=2,
            ),
            _f("isithombe", MIDDLE, 0.2, (_OLD, "Isithombe: {isithombe}")),
            _f("umthombo", FOOTER, 0.15, (_OLD, "Umthombo: {umthombo}")),
            _f("isaziso", FOOTER, 0.3, *_zu_notice()),
            _f(
                "xhasa",
                FOOTER,
                0.15,
                (_OLD, "Xhasa ubuntatheli bomphakathi: nikela nge-R{zar} ngenyanga."),
            ),
            _f("siyabonga", FOOTER, 0.2, (_OLD, "Siyabonga ngokufunda!")),
            _f(
                "amalungelo",
                FOOTER,
                0.4,
                (_OLD, "© {year} Izwi LoMsunduzi. Wonke amalungelo agodliwe."),
                (
                    ZU_RIGHTS.isoformat(),
                    "© {year} Izwi LoMsunduzi. Akuvunyelwe ukukopisha "
                    "lolu daba ngaphandle kwemvume.",
                ),
            ),
            _f(
                "amanzi",
                HEADER,
                0.04,
                (
                    _OLD,
                    "⚠️ Amanzi azovalwa eNorthdale naseRaisethorpe kusasa kusukela ngo-8 ekuseni",
                ),
            ),
        ),
    )


# --- a community radio (Chipata, Eastern Province, Zambia) ------------------------------------

ZM_WEB = dt.date(2018, 1, 8)
ZM_SCHEDULE = dt.date(2019, 1, 7)  # a new programme schedule
ZM_WHATSAPP = dt.date(2019, 4, 1)

PROGRAMMES = (
    "Ulimi ndi Moyo (farming) at 18:00",
    "Za Umoyo (health) at 19:00",
    "the District Commissioner's phone-in at 18:30",
    "Achinyamata (youth) at 17:00",
    "Nyimbo za Kwathu at 20:00",
    "Sports Roundup at 16:00",
    "Mau a Mulungu (gospel) at 07:00",
)
PROGRAMMES_2019 = (
    "Ulimi ndi Moyo (farming) at 18:30",
    "Za Umoyo (health) at 19:00",
    "Tikambe (open line) at 18:00",
    "Achinyamata (youth) at 17:00",
    "Chipata Top 20 at 20:00",
    "Sports Roundup at 15:00",
    "Mau a Mulungu (gospel) at 06:00",
)


def _zm_tonight(day: dt.date) -> str:
    shows = PROGRAMMES if day < ZM_SCHEDULE else PROGRAMMES_2019
    return f"📻 {ENGLISH_WEEKDAYS[day.weekday()]} on Chimwemwe FM: {shows[day.weekday()]}"


def _zm_notice() -> Wordings:
    base = _steps(
        (_OLD, "Listen live on 89.9 FM across Eastern Province"),
        (ZM_WHATSAPP.isoformat(), "📲 Send us your news and greetings on WhatsApp: 097 0000000"),
    )
    news: list[Event] = [
        _vote(
            "2015-01-20",
            "🗳️ Presidential by-election: polling stations in Chipata",
            before=6,
            after=2,
        ),
        _vote(
            "2016-08-11",
            "🗳️ General elections: results from Eastern Province as they come",
            before=7,
            after=4,
        ),
        _span("2015-09-21", "2015-10-04", "💡 ZESCO load-shedding: up to eight hours a day"),
        _span(
            "2020-03-20", "2020-05-31", "😷 Schools closed: lessons on air every weekday at 10:00"
        ),
        _span("2020-08-20", "2020-08-30", "Kulamba 2020 will not be held this year"),
    ]
    feasts = _movable(
        lambda y: last_weekday(y, 2, 5),
        3,
        0,
        lambda y: f"🛡️ Ncwala {y} at Mtenguleni: live coverage from 09:00",
    )
    feasts += _movable(
        lambda y: None if y == 2020 else last_weekday(y, 8, 5),
        3,
        0,
        lambda y: f"Kulamba {y} at Mkaika: follow the ceremony on air",
    )
    feasts += _yearly(
        "10-24", 1, 0, lambda y: f"🇿🇲 Happy {ordinal(y - 1964)} Independence anniversary, Zambia!"
    )
    return _calendar(base, news, feasts)


def chipata_style() -> PublisherStyle:
    """A community radio's site (Chipata, Zambia): a desk kicker, the date turned the date
    with the time on a new site, "Reporting by" turned the name with the station and the
    town, "RELATED:" (up to twice), a sponsor's message mid-body, the evening's programme by
    the weekday (a new schedule in 2019), a frequency line turned a WhatsApp line and turned
    by two votes, load-shedding, the 2020 school closure and Kulamba called off in 2020,
    Ncwala, Kulamba and Independence with its count, a thanks in Nyanja, the licence and a
    rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="chimwemwefm.co.zm",
        site="Chimwemwe FM",
        base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "eastern", "agriculture", "health", "sports"),
        n_authors=3,
        url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"desk": ("Local News", "Eastern Province", "Agriculture", "Health", "Sports")},
        families=(
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f(
                "date",
                HEADER,
                0.6,
                (_OLD, "{weekday}, {date_dmy}"),
                (ZM_WEB.isoformat(), "{date_dmy} at {time} hrs"),
            ),
            _f(
                "reporter",
                HEADER,
                0.45,
                (_OLD, "Reporting by {author}"),
                (ZM_WEB.isoformat(), "{author}, Chimwemwe FM News, Chipata"),
            ),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f(
                "sponsor",
                MIDDLE,
                0.1,
                (
                    _OLD,
                    "This bulletin is brought to you by Msika Agro "
                    "Dealers: seed, fertiliser and chemicals on "
                    "Umodzi Highway",
                ),
            ),
            _f("tonight", FOOTER, 0.2, *_by_day(_zm_tonight)),
            _f("notice", FOOTER, 0.3, *_zm_notice()),
            _f("zikomo", FOOTER, 0.2, (_OLD, "Zikomo kwambiri pomvera Chimwemwe FM!")),
            _f(
                "licence",
                FOOTER,
                0.25,
                (
                    _OLD,
                    "A community radio station licensed by the Independent Broadcasting Authority.",
                ),
            ),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Chimwemwe FM. All rights reserved.")),
            _f(
                "outage",
                HEADER,
                0.04,
                (
                    _OLD,
                    "⚠️ Off air on Saturday morning: ZESCO power maintenance at our transmitter",
                ),
            ),
        ),
    )


# --- a Zimbabwean diaspora site (Luton, England) ----------------------------------------------

ZW_REDESIGN = dt.date(2018, 1, 8)
ZW_WHATSAPP = dt.date(2018, 10, 1)
ZW_MEMBERS = dt.date(2019, 4, 18)  # a membership scheme launched on Independence Day


def _zw_dated(day: dt.date) -> str:
    if day < ZW_REDESIGN:
        return (
            f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}"
        )
    zone = "BST" if british_summer_time(day) else "GMT"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, {{time}} {zone}"


def zw_pound(day: dt.date) -> float:
    """The made-up dollars a pound sends home in `day`'s week (the 2016 referendum's fall)."""
    monday = week_of(day)
    base = trend(
        monday,
        (
            ("2015-01-05", 1.50),
            ("2015-12-28", 1.46),
            ("2016-06-20", 1.42),
            ("2016-06-27", 1.29),
            ("2016-10-10", 1.18),
            ("2017-12-25", 1.30),
            ("2018-04-16", 1.37),
            ("2019-08-12", 1.17),
            ("2019-12-16", 1.28),
            ("2020-03-23", 1.12),
            ("2021-01-04", 1.31),
        ),
    )
    return round(base + pseudo(monday, "zw-gbp", -2, 2) / 100, 2)


def _zw_remit(day: dt.date) -> str:
    return f"💷 This week's remittance rate: £1 = US${zw_pound(day):.2f}, cash pick-up in Harare"


def _zw_notice() -> Wordings:
    base = _steps(
        (_OLD, "Join the conversation on our Facebook page"),
        (
            ZW_WHATSAPP.isoformat(),
            "📲 Get our headlines on WhatsApp: save +44 7000 000000 and send JOIN",
        ),
    )
    news: list[Event] = [
        _vote(
            "2016-06-23",
            "🇬🇧 EU referendum: what it means for Zimbabweans in the UK",
            before=6,
            after=2,
        ),
        _span("2017-11-15", "2017-11-21", "🇿🇼 Live: the army takes control in Harare"),
        _span("2017-11-22", "2017-11-25", "🇿🇼 Robert Mugabe resigns after 37 years in power"),
        _vote("2018-07-30", "🗳️ Zimbabwe votes: results as ZEC announces them", before=7, after=4),
        _span(
            "2019-01-14",
            "2019-01-21",
            "📵 Fuel protests and an internet shutdown: our Telegram channel stays open",
        ),
        _span(
            "2020-03-23",
            "2020-05-10",
            "😷 UK lockdown: funerals back home and what to do about repatriation",
        ),
    ]
    feasts = _yearly(
        "04-18", 2, 0, lambda y: f"🇿🇼 Happy {ordinal(y - 1980)} Independence Day, Zimbabwe!"
    )
    feasts += _movable(
        lambda y: nth_weekday(y, 8, 0, 2),
        1,
        1,
        lambda _: "Heroes' and Defence Forces holidays back home",
    )
    feasts += _yearly("12-22", 0, 0, lambda _: "Happy Unity Day to all our readers")
    return _calendar(base, news, feasts)


def kumusha_style() -> PublisherStyle:
    """A Zimbabwean diaspora site (England): a greeting in Shona and Ndebele, the date with
    the weekday turned a short date with the time in GMT or BST (a wording per day, with the
    clocks), "By" turned the name with the city reported from, "Also read:" (up to twice), a
    source line, the week's remittance rate in pounds, a social line turned a WhatsApp line
    and turned by the EU referendum, the 2017 takeover and resignation, the 2018 vote, the
    2019 shutdown and the UK lockdown, Independence with its count, the Heroes' holidays and
    Unity Day, a donation appeal in pounds turned a membership appeal, a fair-dealing line, a
    disclaimer and a company line (a block), a rare note on blocked access."""
    return PublisherStyle(
        domain="kumushaonline.co.uk",
        site="Kumusha Online",
        base_size=70,
        subdomains=(("www.", 100),),
        sections=("zimbabwe", "diaspora", "politics", "business", "sport"),
        n_authors=3,
        url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "city": ("Harare", "Bulawayo", "Luton", "Leicester", "Johannesburg", "Mutare"),
            "source": ("Agencies", "Own correspondent", "ZBC", "Kumusha Online"),
            "gbp": ("3", "5", "10"),
        },
        families=(
            _f(
                "greeting",
                HEADER,
                0.15,
                (_OLD, "Mhoroi! Salibonani! Welcome to Kumusha Online, home away from home."),
            ),
            _f("date", HEADER, 0.55, *_by_day(_zw_dated)),
            _f(
                "byline",
                HEADER,
                0.45,
                (_OLD, "By {author}"),
                (ZW_REDESIGN.isoformat(), "{author} in {city}"),
            ),
            _f("also-read", MIDDLE, 0.25, (_OLD, "Also read: {other_title}"), count=2),
            _f("source", FOOTER, 0.2, (_OLD, "Source: {source}")),
            _f("remit", FOOTER, 0.2, *_by_day(_zw_remit)),
            _f("notice", FOOTER, 0.3, *_zw_notice()),
            _f(
                "donate",
                FOOTER,
                0.15,
                (_OLD, "Kumusha Online is reader-funded. Chip in £{gbp} a month to keep it free."),
                (
                    ZW_MEMBERS.isoformat(),
                    "Become a Kumusha Online member from £{gbp} a month and read without ads.",
                ),
            ),
            _f(
                "fair-dealing",
                FOOTER,
                0.2,
                (
                    _OLD,
                    "Some material is reproduced under fair "
                    "dealing for the purpose of reporting "
                    "current events.",
                ),
            ),
            _f(
                "disclaimer",
                FOOTER,
                0.25,
                (
                    _OLD,
                    "Views expressed by contributors are their "
                    "own and do not necessarily reflect those "
                    "of the editors.",
                ),
            ),
            _f(
                "company",
                FOOTER,
                0.35,
                (_OLD, "© {year} Kumusha Online Ltd, registered in England and Wales."),
            ),
            _f(
                "blocked",
                HEADER,
                0.04,
                (
                    _OLD,
                    "⚠️ Readers in Zimbabwe: if the site will not load, try our Telegram channel",
                ),
            ),
        ),
    )


# --- a southern Namibian paper (Keetmanshoop, ǁKharas) ----------------------------------------

NA_REDESIGN = dt.date(2018, 3, 21)  # relaunched on Independence Day
NA_RELATED = dt.date(2019, 3, 4)
NA_WHATSAPP = dt.date(2019, 3, 21)
NA_PRICES = ((_OLD, "240"), ("2017-01-09", "270"), ("2019-01-07", "300"))


def _na_dated(day: dt.date) -> str:
    if day < NA_REDESIGN:
        return (
            f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}"
        )
    return f"{day:%d.%m.%Y} | {{time}}"


def na_temperatures(day: dt.date) -> tuple[int, int]:
    """The made-up lowest and highest temperature forecast in Keetmanshoop on `day`."""
    low = round(10 + 9 * summer(day)) + pseudo(day, "na-low", -3, 3)
    return low, low + pseudo(day, "na-span", 14, 19)


def _na_heat(day: dt.date) -> str:
    low, high = na_temperatures(day)
    if high >= 38:
        return (
            f"🔥 Heat warning: up to {high} °C in Keetmanshoop today. Keep water for people "
            f"and livestock"
        )
    return f"🌡️ Keetmanshoop today: {low} °C to {high} °C"


def _na_notice() -> Wordings:
    base = _steps(
        (_OLD, "Like The Fish River Post on Facebook"),
        (NA_WHATSAPP.isoformat(), "📲 News on WhatsApp: send NEWS to 081 000 0000"),
    )
    news: list[Event] = [
        _vote(
            "2015-11-27",
            "🗳️ Regional and local authority elections: ǁKharas results",
            before=6,
            after=2,
        ),
        _vote(
            "2019-11-27",
            "🗳️ Presidential and National Assembly elections: how the south voted",
            before=7,
            after=3,
        ),
        _vote(
            "2020-11-25",
            "🗳️ Regional and local authority elections: Keetmanshoop council results",
            before=6,
            after=2,
        ),
        _span(
            "2020-03-27",
            "2020-05-04",
            "😷 Lockdown in Khomas and Erongo: travel from the south restricted",
        ),
    ]
    feasts = _yearly(
        "03-21", 1, 0, lambda y: f"🇳🇦 Happy {ordinal(y - 1990)} Independence Day, Namibia!"
    )
    feasts += _yearly(
        "08-26", 0, 0, lambda _: "Heroes' Day: we remember those who fell for freedom"
    )
    return _calendar(base, news, feasts)


def fishriver_style() -> PublisherStyle:
    """A paper in southern Namibia (Keetmanshoop): a region kicker with the ǁ click letter, a
    dateline in capitals, the date with the weekday turned a dotted date with the time on
    Independence Day 2018 (a wording per day), "By" turned the name with the beat, "Related:"
    turned "READ MORE ▶" (up to twice), the day's heat with a warning past 38 °C, the
    seasons of the south's farms (a drought year in 2019), a social line turned a WhatsApp
    line and turned by three votes and the 2020 lockdown, Independence with its count and
    Heroes' Day, a thanks in Khoekhoegowab, a half-year subscription rising twice, the media
    code and a rights line (a block), a rare road closure by sand."""
    return PublisherStyle(
        domain="fishriverpost.com.na",
        site="The Fish River Post",
        base_size=170,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "region", "farming", "mining", "sport", "national"),
        n_authors=5,
        url_path="/{section}/{slug}",
        pools={
            "region": ("Keetmanshoop", "ǁKharas", "Lüderitz", "Karasburg", "National", "Sport"),
            "place": ("KEETMANSHOOP", "LÜDERITZ", "KARASBURG", "BETHANIE", "ARANOS", "NOORDOEWER"),
            "beat": ("Southern Bureau", "Senior Reporter", "Sports Reporter", "Intern"),
        },
        families=(
            _f("region", HEADER, 0.35, (_OLD, "{region}")),
            _f("dateline", HEADER, 0.45, (_OLD, "{place} –")),
            _f("date", HEADER, 0.65, *_by_day(_na_dated)),
            _f(
                "byline",
                HEADER,
                0.5,
                (_OLD, "By {author}"),
                (NA_REDESIGN.isoformat(), "{author} – {author_beat}"),
            ),
            _f(
                "related",
                MIDDLE,
                0.3,
                (_OLD, "Related: {other_title}"),
                (NA_RELATED.isoformat(), "READ MORE ▶ {other_title}"),
                count=2,
            ),
            _f("heat", FOOTER, 0.2, *_by_day(_na_heat)),
            _f(
                "seasons",
                FOOTER,
                0.2,
                *_seasons(
                    (
                        "01-15",
                        "🍇 Grape harvest at Aussenkehr: seasonal workers report to the farm "
                        "offices",
                    ),
                    ("03-20", "🐑 Autumn: vaccinate small stock before the cold sets in"),
                    ("06-01", "🌵 Quiver trees in flower at the Kokerboom Forest this month"),
                    ("08-15", "🐑 Lambing season: watch out for jackal and caracal"),
                    ("11-01", "⛈️ Rain season: send your rainfall figures to the newsdesk"),
                    special={
                        2019: [
                            (
                                "2019-01-15",
                                "🍇 Grape harvest at Aussenkehr: seasonal workers report to "
                                "the farm offices",
                            ),
                            (
                                "2019-05-06",
                                "☀️ Drought emergency: register for the livestock "
                                "marketing incentive at the agriculture office",
                            ),
                            (
                                "2019-11-01",
                                "⛈️ Rain season: send your rainfall figures to the newsdesk",
                            ),
                        ]
                    },
                ),
            ),
            _f("notice", FOOTER, 0.3, *_na_notice()),
            _f(
                "gai-tses",
                FOOTER,
                0.15,
                (_OLD, "ǃGâi tsēs! Thank you for reading The Fish River Post."),
            ),
            _f(
                "subscribe",
                FOOTER,
                0.15,
                *(
                    (start, f"Subscribe: N${price} for six months, delivered in Keetmanshoop")
                    for start, price in NA_PRICES
                ),
            ),
            _f(
                "ombudsman",
                FOOTER,
                0.25,
                (
                    _OLD,
                    "We follow the Code of Ethics for Namibian "
                    "Media. Complaints may be taken to the Media "
                    "Ombudsman.",
                ),
            ),
            _f(
                "copyright",
                FOOTER,
                0.4,
                (_OLD, "© {year} The Fish River Post. All rights reserved."),
            ),
            _f(
                "sand",
                HEADER,
                0.04,
                (_OLD, "⚠️ B4 to Lüderitz closed near Kolmanskop: sand on the road"),
            ),
        ),
    )


# --- a Sesotho weekly (Maseru, Lesotho) -------------------------------------------------------

LS_REDESIGN = dt.date(2018, 3, 16)  # the first issue in the new layout (a Friday)
LS_WHATSAPP = dt.date(2019, 1, 7)
LS_FIRST_ISSUE = dt.date(2015, 1, 2)  # a Friday, issue 612
LS_PRICES = ((_OLD, "M6.00"), ("2017-04-07", "M7.00"), ("2020-01-03", "M8.00"))


def ls_issue(day: dt.date) -> tuple[dt.date, int]:
    """The Friday of the issue on sale on `day` and its number."""
    friday = day - dt.timedelta(days=(day.weekday() - 4) % 7)
    return friday, 612 + (friday - LS_FIRST_ISSUE).days // 7


def _ls_issue(day: dt.date) -> str:
    friday, number = ls_issue(day)
    if friday < LS_REDESIGN:
        return f"Labohlano, {friday.day} {SESOTHO_MONTHS[friday.month - 1]} {friday.year}"
    return f"Khatiso ea {number} | {friday:%d.%m.%Y}"


def _ls_notice() -> Wordings:
    base = _steps(
        (_OLD, "Re latele ho Facebook bakeng sa litaba tsa morao-rao"),
        (LS_WHATSAPP.isoformat(), "📲 Romela litaba tsa hau ka WhatsApp ho 5800 0000"),
    )
    news: list[Event] = [
        _vote("2015-02-28", "🗳️ Likhetho tsa 2015: sephetho lebatooeng ka leng", before=6, after=3),
        _vote("2017-06-03", "🗳️ Likhetho tsa 2017: sephetho lebatooeng ka leng", before=6, after=3),
        _span("2020-03-30", "2020-05-05", "😷 Koalo ea naha: lula lapeng, u sirelletse ba heno"),
    ]
    feasts = _yearly(
        "03-11", 1, 0, lambda y: f"Letsatsi la Moshoeshoe: lilemo tse {y - 1870} a hlokahetse"
    )
    feasts += _yearly(
        "07-17", 0, 0, lambda _: "Mahlohonolo Morena Letsie III letsatsing la hao la tsoalo"
    )
    feasts += _yearly("10-04", 2, 0, lambda y: f"🇱🇸 Mokete oa Boipuso: lilemo tse {y - 1966}")
    return _calendar(base, news, feasts)


def maseru_style() -> PublisherStyle:
    """A Sesotho weekly (Maseru, Lesotho's spelling): the Friday issue's date in Sesotho,
    turned the issue's number and a dotted date (a wording per week), "Ka" turned
    "Moqolotsi:", "Bala hape:" (up to twice), a photo credit, the seasons of the harvest,
    the highland snow and ploughing, a social line turned a WhatsApp line and turned by two
    votes and the 2020 lockdown, Moshoeshoe Day with its count, the King's birthday and
    Independence with its count, the cover price rising twice, a thanks and a rights line (a
    block), a rare power cut."""
    return PublisherStyle(
        domain="leselilamaloti.co.ls",
        site="Leseli la Maloti",
        base_size=50,
        subdomains=(("www.", 100),),
        sections=("litaba", "lipolotiki", "moruo", "lipapali"),
        n_authors=3,
        url_path="/litaba/{yyyy}/{mm}/{slug}",
        pools={"photo": ("Leseli la Maloti", "Se romelletsoe", "Facebook")},
        families=(
            _f("issue", HEADER, 0.55, *_by_day(_ls_issue)),
            _f(
                "mongoli",
                HEADER,
                0.4,
                (_OLD, "Ka {author}"),
                (LS_REDESIGN.isoformat(), "Moqolotsi: {author}"),
            ),
            _f("bala", MIDDLE, 0.25, (_OLD, "Bala hape: {other_title}"), count=2),
            _f("setshoantsho", MIDDLE, 0.2, (_OLD, "Setšoantšo: {photo}")),
            _f(
                "linako",
                FOOTER,
                0.2,
                *_seasons(
                    ("04-15", "🌾 Nako ea kotulo ea poone le mabele"),
                    ("06-01", "❄️ Mariha: lehloa le ka koala litsela tsa lithaba"),
                    ("09-01", "🌱 Nako ea ho lema e qalile"),
                    ("12-01", "⛈️ Lehlabula: hlokomela lehalima le likhohola"),
                ),
            ),
            _f("tsebiso", FOOTER, 0.3, *_ls_notice()),
            _f(
                "theko",
                FOOTER,
                0.15,
                *((start, f"Theko: {price} (VAT e kenyelelitsoe)") for start, price in LS_PRICES),
            ),
            _f("leboha", FOOTER, 0.2, (_OLD, "Re leboha ha u balile Leseli la Maloti.")),
            _f(
                "litokelo",
                FOOTER,
                0.4,
                (_OLD, "© {year} Leseli la Maloti. Litokelo tsohle li sirelelitsoe."),
            ),
            _f(
                "motlakase",
                HEADER,
                0.04,
                (_OLD, "⚠️ Motlakase o tla khaoloa Maseru Bophirima Moqebelo hoseng"),
            ),
        ),
    )


# --- a daily in three languages (Victoria, Mahé, Seychelles) ----------------------------------

SC_REDESIGN = dt.date(2016, 6, 29)  # relaunched on Independence Day
SC_KREOL = dt.date(2018, 6, 18)
SC_PRICE = dt.date(2019, 2, 4)
TIDE_EPOCH = dt.date(2015, 1, 1)


def sc_high_tides(day: dt.date) -> list[str]:
    """The made-up times of high water at Port Victoria on `day` (50 minutes later each
    day, twice a day, once when the second falls after midnight)."""
    first = round(137 + 50.47 * (day - TIDE_EPOCH).days) % 745
    return [f"{m // 60:02d}:{m % 60:02d}" for m in (first, first + 745) if m < 1440]


def _sc_tide(day: dt.date) -> str:
    return f"🌊 High tide at Port Victoria: {' and '.join(sc_high_tides(day))}"


def _sc_dated(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return (
            f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}"
        )
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} | Victoria, Mahé"


def _sc_notice() -> Wordings:
    base = _steps(
        (_OLD, "Like Sesel Today on Facebook"),
        (SC_KREOL.isoformat(), "📲 Swiv nou lo Facebook ek Instagram"),
    )
    news: list[Event] = [
        _span(
            "2015-12-03",
            "2015-12-05",
            "🗳️ Presidential election: polling on Mahé, Praslin and La Digue",
        ),
        _span("2015-12-16", "2015-12-19", "🗳️ Presidential run-off: the count goes on"),
        _span("2016-09-08", "2016-09-11", "🗳️ National Assembly elections: results by district"),
        _span("2020-04-09", "2020-05-03", "😷 Restriction of movement: stay home unless essential"),
        _span("2020-10-22", "2020-10-25", "🗳️ Eleksyon 2020: results as they come in"),
    ]
    feasts = _yearly("06-18", 0, 0, lambda _: "Happy Constitution Day! Bonn Zour Konstitisyon!")
    feasts += _yearly("06-29", 1, 0, lambda y: f"🇸🇨 Happy Independence Day: {y - 1976} years!")
    feasts += _yearly("10-25", 0, 6, lambda y: f"🎶 Festival Kreol {y}: the week's programme")
    return _calendar(base, news, feasts)


def victoria_style() -> PublisherStyle:
    """A daily in three languages (Victoria, Seychelles): the date with the weekday turned a
    date with the town on Independence Day 2016 (a wording per day), "By" turned "Written
    by", "Read also:", the day's high tides (a wording per day, one or two times), a social
    line turned Kreol and turned by three votes (a run-off), the 2020 restriction of
    movement, Constitution Day, Independence with its count and Festival Kreol, a thanks in
    Kreol, the cover prices rising and a rights line in English and French (a block), a rare
    ferry cancellation."""
    return PublisherStyle(
        domain="seseltoday.sc",
        site="Sesel Today",
        base_size=36,
        subdomains=(("www.", 100),),
        sections=("local", "politics", "tourism", "sports"),
        n_authors=2,
        url_path="/{section}/{n}",
        families=(
            _f("date", HEADER, 0.55, *_by_day(_sc_dated)),
            _f(
                "byline",
                HEADER,
                0.35,
                (_OLD, "By {author}"),
                (SC_REDESIGN.isoformat(), "Written by {author}"),
            ),
            _f("read", MIDDLE, 0.25, (_OLD, "Read also: {other_title}")),
            _f("tide", FOOTER, 0.2, *_by_day(_sc_tide)),
            _f("notice", FOOTER, 0.3, *_sc_notice()),
            _f("mersi", FOOTER, 0.2, (_OLD, "Mersi pou lir Sesel Today!")),
            _f(
                "price",
                FOOTER,
                0.15,
                (_OLD, "SR 5 daily · SR 8 weekend edition"),
                (SC_PRICE.isoformat(), "SR 7 daily · SR 10 weekend edition"),
            ),
            _f(
                "copyright",
                FOOTER,
                0.4,
                (_OLD, "© {year} Sesel Today. All rights reserved. Tous droits réservés."),
            ),
            _f(
                "ferry",
                HEADER,
                0.04,
                (
                    _OLD,
                    "⚠️ Rough seas: this afternoon's ferry to Praslin and La Digue is cancelled",
                ),
            ),
        ),
    )


# --- a French and Arabic site (Mutsamudu, Anjouan, Comoros) -----------------------------------

KM_REDESIGN = dt.date(2019, 7, 6)  # relaunched on Independence Day with the Hijri date


def _km_dated(day: dt.date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    french = f"{number} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    if day < KM_REDESIGN:
        return f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {french}"
    year, month, hday = hijri(day)
    return f"{french} – {hday} {HIJRI_MONTHS[month - 1]} {year} H"


def _km_notice() -> Wordings:
    base = _steps(
        (_OLD, "Suivez Ndzuani Soir sur Facebook"),
        (KM_REDESIGN.isoformat(), "📲 Rejoignez Ndzuani Soir sur WhatsApp : +269 000 00 00"),
    )
    news: list[Event] = [
        _vote(
            "2016-02-21",
            "🗳️ Primaire de la présidentielle : les résultats de Ngazidja",
            before=5,
            after=2,
        ),
        _vote("2016-04-10", "🗳️ Présidentielle et gouverneurs : second tour", before=5, after=2),
        _vote(
            "2016-05-11",
            "🗳️ Élection partielle à Anjouan : les bureaux rouverts",
            before=3,
            after=2,
        ),
        _vote(
            "2018-07-30",
            "🗳️ Référendum constitutionnel : participation et résultats",
            before=5,
            after=2,
        ),
        _vote(
            "2019-03-24", "🗳️ Présidentielle anticipée : les résultats à Ndzuani", before=6, after=3
        ),
        _span("2019-04-23", "2019-04-26", "🌀 Cyclone Kenneth : restez à l'abri"),
        _vote("2020-01-19", "🗳️ Législatives : premier tour", before=5, after=2),
        _vote("2020-02-23", "🗳️ Législatives : second tour", before=5, after=2),
        _span(
            "2020-04-30",
            "2020-06-30",
            "😷 Couvre-feu de 20 h à 5 h : respectez les gestes barrières",
        ),
    ]
    feasts = _movable(
        _listed(RAMADAN), 1, 2, lambda _: "🌙 رمضان كريم · Ramadan Karim à tous nos lecteurs"
    )
    feasts += _movable(
        _listed(EID_FITR), 1, 1, lambda _: "عيد مبارك · Bonne fête de l'Aïd el-Fitr !"
    )
    feasts += _yearly("07-06", 1, 0, lambda y: f"🇰🇲 {y - 1975}e anniversaire de l'indépendance")
    return _calendar(base, news, feasts)


def ndzuani_style() -> PublisherStyle:
    """A French site with Arabic lines (Mutsamudu, Comoros): the weekday and the date in
    French turned the date with the tabular Hijri date beside it on Independence Day 2019 (a
    wording per day), "Par" with the town turned the name with the site's, "Lire aussi :" (up
    to twice), the season of the grand marriages (suspended in 2020), a social line turned a
    WhatsApp line and turned by seven votes (a run-off and a partial re-run), a cyclone and
    the 2020 curfew, Ramadan and the Eid in Arabic and French and Independence with its
    count, a thanks in Shikomori, a donation appeal in francs and a rights line in French and
    Arabic (a block), a rare power cut."""
    return PublisherStyle(
        domain="ndzuanisoir.km",
        site="Ndzuani Soir",
        base_size=24,
        subdomains=(("", 100),),
        sections=("actualite", "politique", "societe"),
        n_authors=2,
        url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"kmf": ("1 000", "2 500", "5 000")},
        families=(
            _f("date", HEADER, 0.55, *_by_day(_km_dated)),
            _f(
                "auteur",
                HEADER,
                0.35,
                (_OLD, "Par {author}, à Mutsamudu"),
                (KM_REDESIGN.isoformat(), "{author} | Ndzuani Soir"),
            ),
            _f("lire", MIDDLE, 0.25, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f(
                "anda",
                FOOTER,
                0.2,
                *_seasons(
                    ("06-20", "💍 Saison des grands mariages : annoncez votre anda dans nos pages"),
                    ("09-15", "📢 Avis et annonces : contactez la rédaction au +269 000 00 00"),
                    special={
                        2020: [
                            (
                                "2020-06-20",
                                "💍 Grands mariages reportés : pas de festivités cette année",
                            ),
                            (
                                "2020-09-15",
                                "📢 Avis et annonces : contactez la rédaction au +269 000 00 00",
                            ),
                        ]
                    },
                ),
            ),
            _f("notice", FOOTER, 0.3, *_km_notice()),
            _f("marahaba", FOOTER, 0.2, (_OLD, "Marahaba ! Merci de lire Ndzuani Soir.")),
            _f(
                "don",
                FOOTER,
                0.15,
                (_OLD, "Soutenez la presse indépendante d'Anjouan : {kmf} KMF par mois"),
            ),
            _f(
                "droits",
                FOOTER,
                0.4,
                (_OLD, "© {year} Ndzuani Soir – Tous droits réservés – جميع الحقوق محفوظة"),
            ),
            _f(
                "delestage",
                HEADER,
                0.04,
                (_OLD, "⚠️ Délestage : pas de courant à Mutsamudu ce soir de 18 h à 22 h"),
            ),
        ),
    )


def heldout82_styles() -> list[PublisherStyle]:
    """The held-back-82 styles, in the order the generator hands them to publishers."""
    return [
        tembisa_style(),
        beira_style(),
        saaiboer_style(),
        fishriver_style(),
        analamanga_style(),
        morisien_style(),
        msunduzi_style(),
        chipata_style(),
        kumusha_style(),
        maseru_style(),
        victoria_style(),
        ndzuani_style(),
    ]
