"""The ``held-back-148`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-144 set. It was
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
"names have been changed" note or a tax-deduction line. The publishers are charities' and
NGOs' newsrooms, humanitarian situation-report pages, foundations' blogs and aid-agency press
rooms in English, French, Arabic, Spanish, Swahili, Bengali and Ukrainian: a British
international aid charity's newsroom, a French solidarity NGO, the weekly (later fortnightly)
situation reports of a Sahel humanitarian coordination hub, a Mexican children's foundation's
blog, a Jordanian relief organisation's press room (in Arabic), a Bangladeshi development
NGO (in Bengali), a Ukrainian charitable foundation, a Kenyan community-health NGO (in
Swahili), an American family foundation's blog, an Australian aid agency's media releases,
the monthly humanitarian bulletin of a Colombian coordination network and a Geneva
children's foundation. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (British ordinals, Australian summer and winter time),
French, Spanish, Arabic (the Levantine month names, the Hijri date added on a redesign day),
Bengali (Bengali digits, the Bangla calendar's date added on Pohela Boishakh), Ukrainian and
Swahili, several changing form on the day of a redesign; situation-report numbers that turn
every Thursday (then every other Thursday), their reporting periods and the day of the next
report, funding shares that turn every month, a monthly bulletin's number and cut-off date, a
fundraising counter that turns every day; donation appeals with amounts that change over the
years (what a gift buys, child sponsorship, winter blankets, sacrifice and iftar prices by
Hijri year, M-Pesa and bKash appeals, the French tax ceiling for gifts, a foundation's
grants to date, a year's fundraising target); emergency appeals by date (earthquakes,
cyclones, hurricanes, floods, drought, locusts, the Rohingya exodus, Beirut, bushfires, the
pandemic) and the calendars of giving (Ramadan and the Eid sacrifice by the Hijri calendar,
winter campaigns, Christmas and Advent, Giving Tuesday, St Nicholas, the end of the
Australian financial year, the French wealth-tax season turned from ISF to IFI, year-end tax
deadlines, back-to-school and Children's Day, Bangladesh's national days, Kenya's 2017
elections, the Colombian plebiscite); registered-charity, company, NGO-bureau, EIN, ABN,
EDRPOU and tax-receipt lines, bank details reworded (Ukraine's IBAN, Swiss TWINT and
QR-bills), "names changed to protect" notes, photo credits with consent notes reworded after
the GDPR, map disclaimers, media contacts, "ENDS" and notes to editors (blocks), related
links and donate buttons mid-body (some up to two times), bare lines and families in only
4% of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    digits,
    iso_day,
    jdn,
    nth_weekday,
    ordinal,
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
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SHUHUR = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
BN_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
             "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
BN_DAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার")
BANGLA_MONTHS = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক",
                 "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня")
DNI = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя")
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
BENGALI_ZERO = "০"

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later start."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetic) Islamic date of `day`: (year, month, day)."""
    l_ = jdn(day) - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    return 30 * n + j - 30, m, l_ - (709 * m) // 24


def bangla_date(day: dt.date) -> tuple[int, int, int]:
    """The Bangladeshi (revised Bangla) calendar's date of `day`, as it was kept until 2019:
    the year from 14 April (Pohela Boishakh), five months of 31 days, then 30, Falgun 31 in
    a leap year: (year, month, day)."""
    start = dt.date(day.year if day >= dt.date(day.year, 4, 14) else day.year - 1, 4, 14)
    leap = (start.year + 1) % 4 == 0 and ((start.year + 1) % 100 != 0
                                          or (start.year + 1) % 400 == 0)
    lengths = [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    n = (day - start).days
    month = 0
    while n >= lengths[month]:
        n -= lengths[month]
        month += 1
    return start.year - 593, month + 1, n + 1


def bn(number: int | str) -> str:
    """A number in Bengali digits (other characters kept)."""
    return "".join(digits(c, BENGALI_ZERO) if c.isdigit() else c for c in str(number))


def giving_tuesday(y: int) -> dt.date:
    """Giving Tuesday: the Tuesday after American Thanksgiving."""
    return thanksgiving(y) + 5 * ONE


def first_advent(y: int) -> dt.date:
    """The first Sunday of Advent: four Sundays before Christmas."""
    eve = dt.date(y, 12, 24)
    return eve - dt.timedelta(days=(eve.weekday() - 6) % 7) - 21 * ONE


def sydney_summer_time(day: dt.date) -> bool:
    """Whether daylight saving is in force in Sydney: from the first Sunday of October to
    the first Sunday of April."""
    return day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)


def en_dmy(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def grouped(number: int, sep: str) -> str:
    """`number` with its thousands separated by `sep`."""
    return f"{number:,}".replace(",", sep)


# --- a British international aid charity's newsroom --------------------------------------

HF_REDESIGN = dt.date(2018, 10, 1)
HF_CONSENT = dt.date(2018, 5, 25)  # the GDPR: consent notes added to photo credits
HF_NAMES = dt.date(2017, 4, 3)
HF_GIFT_AID = dt.date(2019, 4, 6)  # the start of the 2019/20 tax year
HF_COST = (("2014-01-01", "£15"), ("2016-07-01", "£18"), ("2019-01-07", "£21"))
HF_COUNTRIES = (("2014-07-01", "31"), ("2015-07-01", "33"), ("2016-07-01", "34"),
                ("2017-07-01", "32"), ("2018-07-01", "30"), ("2019-07-01", "29"),
                ("2020-07-01", "27"))
HF_EMERGENCIES = (
    ("2015-04-25", "2015-06-30", "Nepal earthquake appeal: £50 could give a family emergency "
                                 "shelter"),
    ("2016-10-04", "2016-11-20", "Hurricane Matthew appeal: help families in Haiti rebuild"),
    ("2017-08-28", "2017-12-31", "Rohingya crisis appeal: £30 could feed a refugee family in "
                                 "Cox's Bazar for a month"),
    ("2018-09-29", "2018-11-15", "Indonesia tsunami appeal: please give now"),
    ("2019-03-15", "2019-05-15", "Cyclone Idai appeal: help families in Mozambique, Malawi and "
                                 "Zimbabwe"),
    ("2020-03-17", "2020-07-31", "Coronavirus appeal: help us protect the most vulnerable "
                                 "communities"),
    ("2020-08-05", "2020-09-30", "Beirut explosion appeal: £40 could give a family food for "
                                 "two weeks"),
)
HF_AID_MATCH = (("2017-11-15", "2018-02-14"), ("2019-11-15", "2020-02-14"))


def _hf_dated(day: dt.date) -> str:
    if day < HF_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year} · {{country}}"


def _hf_base(day: dt.date) -> str:
    return (f"{value_on(day, HF_COST)} could give a family safe water for a month. Please give "
            f"what you can today.")


@cache
def _hf_appeal() -> Wordings:
    base = _hf_base
    emergencies = [_span(first, last, text) for first, last, text in HF_EMERGENCIES]
    match = [_span(first, last, f"UK Aid Match: every £1 you give by {en_dmy(iso_day(last))} "
                                f"is doubled by the UK government")
             for first, last in HF_AID_MATCH]
    return _calendar(base, emergencies, match)


def hearthfield_style() -> PublisherStyle:
    """A British international aid charity's newsroom: the kind of item from a pool, "Posted
    on" with the ordinal date turned the short date and the country on 1 October 2018 (a
    wording per day), "By" turned the writer with the role, photo credits given a consent
    note after the GDPR, related links and donate buttons mid-body (up to twice), the
    names-changed note reworded, an appeal with what a gift buys (raised twice) turned by
    the emergency appeals (Nepal, Hurricane Matthew, the Rohingya, Sulawesi, Idai, the
    pandemic, Beirut) and UK Aid Match, a Gift Aid line reworded for a new tax year,
    "— ENDS —", the notes to editors with the countries worked in (changing each July), the
    media line and the registered-charity line (a block), a rare correction."""
    return PublisherStyle(
        domain="hearthfieldrelief.org.uk", site="Hearthfield Relief", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "press-releases", "stories", "blogs", "emergencies"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Press release", "Story", "Blog", "Emergency update", "Opinion",
                     "Policy"),
            "country": ("South Sudan", "Yemen", "Bangladesh", "Malawi", "Syria", "Haiti",
                        "Nepal", "Somalia"),
            "photographer": ("Amina Yusuf", "Joel Carver", "Priya Nair", "Tomasz Lewicki",
                             "Grace Achieng", "Hearthfield Relief"),
            "beat": ("Humanitarian Press Officer", "Head of Policy", "Country Director",
                     "Senior Media Officer", "Campaigns Manager", "Programme Officer"),
        },
        families=(
            _f("kind", HEADER, 0.55, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.9, *_by_day(_hf_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (HF_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("photo", MIDDLE, 0.35,
               (_OLD, "Photo: {photographer}/Hearthfield Relief"),
               (HF_CONSENT.isoformat(), "Photo: {photographer}/Hearthfield Relief. Taken and "
                                        "shared with the informed consent of the people "
                                        "pictured.")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("donate", MIDDLE, 0.3, (_OLD, "Donate now"), count=2),
            _f("names", FOOTER, 0.2, (_OLD, "Names have been changed to protect identities."),
               (HF_NAMES.isoformat(), "*Some names have been changed to protect the "
                                      "identities of the people we work with.")),
            _f("appeal", FOOTER, 0.35, *_hf_appeal()),
            _f("gift-aid", FOOTER, 0.2,
               (_OLD, "Gift Aid: if you are a UK taxpayer, we can claim an extra 25p for every "
                      "£1 you give."),
               (HF_GIFT_AID.isoformat(), "Make your gift worth 25% more with Gift Aid, at no "
                                         "extra cost to you.")),
            _f("ends", FOOTER, 0.45, (_OLD, "— ENDS —")),
            _f("notes", FOOTER, 0.4, *from_table(HF_COUNTRIES, lambda v: (
                f"Notes to editors: Hearthfield Relief is an international aid charity "
                f"working with local partners in {v} countries."))),
            _f("media", FOOTER, 0.4, (_OLD, "For interviews and media enquiries call the "
                                            "press office on 020 7946 0815 or email "
                                            "press@hearthfieldrelief.org.uk. Out of hours: "
                                            "07700 900233")),
            _f("charity", FOOTER, 0.45, (_OLD, "Hearthfield Relief is a registered charity in "
                                               "England and Wales (1107342) and Scotland "
                                               "(SC039871). Company limited by guarantee no. "
                                               "05219876.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong number of people "
                                                  "reached.")),
        ),
    )


# --- a French solidarity NGO --------------------------------------------------------------

TE_REDESIGN = dt.date(2019, 3, 4)
TE_PRENOMS = dt.date(2018, 5, 25)
TE_MENSUEL = dt.date(2017, 9, 1)
TE_IFI = 2018  # the wealth tax on property (IFI) replaced the ISF
# The ceiling of gifts to aid for people in difficulty that earn 75 % off income tax.
COLUCHE = (("2014-01-01", "526"), ("2016-01-01", "530"), ("2017-01-01", "531"),
           ("2018-01-01", "537"), ("2019-01-01", "546"), ("2020-07-31", "1 000"))
TE_URGENCES = (
    ("2015-04-26", "2015-06-15", "Séisme au Népal : aidez-nous à porter secours aux "
                                 "familles sinistrées"),
    ("2016-10-05", "2016-11-30", "Haïti, ouragan Matthew : nos équipes sont mobilisées, "
                                 "soutenez-les"),
    ("2017-09-07", "2017-10-15", "Ouragan Irma : urgence aux Antilles"),
    ("2019-03-18", "2019-05-15", "Cyclone Idai : urgence au Mozambique"),
    ("2020-03-16", "2020-06-30", "Covid-19 : nos programmes s'adaptent, nous avons besoin "
                                 "de vous"),
    ("2020-08-05", "2020-09-30", "Explosion à Beyrouth : nous venons en aide aux familles"),
)


def _te_dated(day: dt.date) -> str:
    if day < TE_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Mis en ligne le {day.day} {MOIS[day.month - 1]} {day.year} à {{time}}"


@cache
def _te_urgence() -> Wordings:
    base = _steps((_OLD, "Soutenez nos actions sur le terrain : faites un don"),
                  (TE_MENSUEL.isoformat(), "Devenez donateur régulier : un don mensuel nous "
                                           "permet d'agir dans la durée"))
    return _calendar(base, [_span(first, last, f"URGENCE · {text}")
                            for first, last, text in TE_URGENCES])


@cache
def _te_impot() -> Wordings:
    base = _steps((_OLD, "Terres d'Entraide est reconnue d'utilité publique : vos dons "
                         "ouvrent droit à une réduction d'impôt."))
    wealth = _yearly("06-15", 60, 0, lambda y: (
        f"{'IFI' if y >= TE_IFI else 'ISF'} {y} : réduisez votre impôt de 75 % du montant de "
        f"votre don, dans la limite de 50 000 €"))
    year_end = _yearly("12-31", 30, 0, lambda y: (
        f"Jusqu'au 31 décembre {y}, faites un don et réduisez vos impôts de {y + 1}"))
    source = [_span("2019-01-01", "2019-01-31", "Prélèvement à la source : votre réduction "
                                                "d'impôt pour vos dons est maintenue")]
    return _calendar(base, source, wealth, year_end)


def terresdentraide_style() -> PublisherStyle:
    """A French solidarity NGO: a section from a pool, "Publié le" with the numeric date
    turned "Mis en ligne le" with the long date and the time on 4 March 2019 (a wording
    per day), "Par", an emergency banner reworded for monthly giving and turned by the
    emergencies (Nepal, Haiti, Irma, Idai, the pandemic, Beirut), photo credits given a
    consent note, "Lire aussi" (up to twice) and a donate button mid-body, the first-names
    note reworded after the GDPR, the 75 % ceiling of the Coluche amendment (changing each
    January and raised in July 2020), a tax line turned by each ISF (IFI from 2018) season,
    each year-end and the start of withholding tax, the press contact, the about line and
    the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="terresdentraide.org", site="Terres d'Entraide", base_size=220,
        subdomains=(("www.", 100),),
        sections=("actualites", "communiques", "temoignages", "urgences"),
        n_authors=8, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Actualités", "Communiqués de presse", "Témoignages", "Urgences",
                         "Plaidoyer"),
            "photographe": ("Camille Besson", "Moussa Diarra", "Léa Fournier",
                            "Jean-Baptiste Morel", "Terres d'Entraide"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.88, *_by_day(_te_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}")),
            _f("urgence", HEADER, 0.25, *_te_urgence()),
            _f("credit", MIDDLE, 0.35,
               (_OLD, "© {photographe} / Terres d'Entraide"),
               (TE_PRENOMS.isoformat(), "Crédit photo : {photographe} / Terres d'Entraide – "
                                        "photo prise avec l'accord des personnes "
                                        "photographiées")),
            _f("lire", MIDDLE, 0.35, (_OLD, "► Lire aussi : {other_title}"), count=2),
            _f("don", MIDDLE, 0.25, (_OLD, "Je fais un don")),
            _f("prenoms", FOOTER, 0.2, (_OLD, "Les prénoms ont été modifiés."),
               (TE_PRENOMS.isoformat(), "* Les prénoms ont été modifiés afin de préserver "
                                        "l'anonymat des personnes rencontrées.")),
            _f("fiscal", FOOTER, 0.3, *from_table(COLUCHE, lambda v: (
                f"Votre don est déductible à 75 % de votre impôt sur le revenu dans la limite "
                f"de {v} € ; au-delà, à 66 %."))),
            _f("impot", FOOTER, 0.15, *_te_impot()),
            _f("contact", FOOTER, 0.35, (_OLD, "Contact presse : Service communication – "
                                               "01 99 00 47 12 – "
                                               "presse@terresdentraide.org")),
            _f("apropos", FOOTER, 0.3, (_OLD, "À propos de Terres d'Entraide : association de "
                                              "solidarité internationale fondée en 1987, "
                                              "présente dans 18 pays.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Terres d'Entraide – Association loi "
                                                "1901 reconnue d'utilité publique")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article donnait un mauvais chiffre de "
                                               "bénéficiaires.")),
        ),
    )


# --- the situation reports of a Sahel humanitarian coordination hub ----------------------

SR_FIRST = dt.date(2014, 6, 5)  # a Thursday: situation report no. 1
SR_FORTNIGHTLY = dt.date(2018, 1, 4)  # from this Thursday on, a report every other week
SR_SUBSCRIBE = dt.date(2018, 5, 25)
SR_PARTNERS = dt.date(2019, 6, 3)
SR_REQUIRED = (("2014-01-01", "398"), ("2015-01-20", "412"), ("2016-01-19", "455"),
               ("2017-01-24", "497"), ("2018-01-23", "603"), ("2019-01-22", "718"),
               ("2020-01-21", "1,004"), ("2020-06-16", "1,297"))
SR_FIGURES = (("2014-01-01", ("3.1 million", "410,000")), ("2015-01-20", ("3.4 million",
                                                                         "520,000")),
              ("2016-01-19", ("3.9 million", "610,000")), ("2017-01-24", ("4.2 million",
                                                                         "690,000")),
              ("2018-01-23", ("4.9 million", "870,000")), ("2019-01-22", ("5.6 million",
                                                                         "1.1 million")),
              ("2020-01-21", ("7.4 million", "1.6 million")))


def sitrep(day: dt.date) -> tuple[int, dt.date, int]:
    """The latest situation report on `day`: its number, its day and the days it covers."""
    if day < SR_FORTNIGHTLY:
        issued = day - dt.timedelta(days=(day.weekday() - 3) % 7)
        return (issued - SR_FIRST).days // 7 + 1, issued, 7
    k = (day - SR_FORTNIGHTLY).days // 14
    last_weekly = (SR_FORTNIGHTLY - SR_FIRST).days // 7
    return last_weekly + 1 + k, SR_FORTNIGHTLY + 14 * k * ONE, 14


def en_range(first: dt.date, last: dt.date) -> str:
    """"19–25 February 2016", "27 February – 4 March 2016", "26 December 2015 – 1 January
    2016"."""
    if first.year != last.year:
        return f"{en_dmy(first)} – {en_dmy(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1]} – {en_dmy(last)}"
    return f"{first.day}–{en_dmy(last)}"


def _sr_title(day: dt.date) -> str:
    n, issued, _ = sitrep(day)
    if day < SR_FORTNIGHTLY:
        return f"Sahel Crisis — Situation Report No. {n} | {en_dmy(issued)}"
    return f"SITUATION REPORT #{n} · {en_dmy(issued)}"


def _sr_period(day: dt.date) -> str:
    _, issued, days = sitrep(day)
    return f"Reporting period: {en_range(issued - (days - 1) * ONE, issued)}"


def _sr_next(day: dt.date) -> str:
    _, issued, days = sitrep(day)  # a weekly report's next is a week on, the last one's too
    return (f"The next situation report will be issued on or around "
            f"{en_dmy(issued + days * ONE)}.")


def funded(day: dt.date) -> int:
    """The share of the response plan in force on `day` funded at the end of the month
    before (made up: about 1% until the first month after the plan's launch is over, then
    rising by about five points a month)."""
    as_of = day.replace(day=1) - ONE
    launch = max(iso_day(start) for start, _ in SR_REQUIRED
                 if start[5:7] == "01" and iso_day(start) <= day)
    months = max(0, (as_of.year - launch.year) * 12 + as_of.month - launch.month)
    return round(1 + 5.3 * months * (0.92 + 0.16 * wobble(as_of, "funded")))


def _sr_figures(start: str) -> str:
    in_need, displaced = dict(SR_FIGURES)[start]
    return f"Key figures: {in_need} people in need · {displaced} internally displaced"


def _sr_funding(day: dt.date) -> str:
    as_of = day.replace(day=1) - ONE
    return (f"Funding: US$ {value_on(day, SR_REQUIRED)} million required, {funded(day)}% "
            f"funded (as of {en_dmy(as_of)})")


def sahelresponse_style() -> PublisherStyle:
    """The situation reports of a Sahel humanitarian coordination hub: the report's number and
    day (weekly each Thursday, then every other Thursday from January 2018, the heading
    restyled that day: a wording per report), the reporting period, "HIGHLIGHTS", the
    produced-by line reworded to name the countries, the year's key figures (changing with
    each response plan's launch), the appeal's funding (a wording per month, the
    requirement raised for the pandemic), sector headings from a pool (up to twice), a map
    disclaimer and "See also" mid-body, the day of the next report, the mailing-list line
    reworded after the GDPR, the contacts (a block), a rare correction."""
    return PublisherStyle(
        domain="sahelcrisisresponse.org", site="Sahel Crisis Response", base_size=195,
        subdomains=(("www.", 70), ("reports.", 30)),
        sections=("situation-reports", "flash-updates", "snapshots"),
        n_authors=5, url_path="/{section}/{yyyy}/{slug}",
        pools={"sector": ("Food security", "Health", "Nutrition", "Protection",
                          "Shelter and NFI", "WASH", "Education")},
        families=(
            _f("title", HEADER, 0.85, *_by_day(_sr_title)),
            _f("period", HEADER, 0.6, *_by_day(_sr_period)),
            _f("produced", HEADER, 0.45,
               (_OLD, "This report is produced by the Sahel Crisis Response coordination unit "
                      "in collaboration with humanitarian partners."),
               (SR_PARTNERS.isoformat(), "This report is produced by the Sahel Crisis "
                                         "Response coordination unit with humanitarian "
                                         "partners in Burkina Faso, Mali and Niger.")),
            _f("highlights", HEADER, 0.55, (_OLD, "HIGHLIGHTS")),
            _f("figures", HEADER, 0.35, *from_table(
                tuple((start, start) for start, _ in SR_FIGURES), _sr_figures)),
            _f("funding", MIDDLE, 0.3, *_by_day(_sr_funding)),
            _f("sector", MIDDLE, 0.3, (_OLD, "{sector}"), count=2),
            _f("map", MIDDLE, 0.2, (_OLD, "The boundaries, names and designations on this map "
                                          "do not imply official endorsement or acceptance by "
                                          "the coordination unit or its partners.")),
            _f("see-also", MIDDLE, 0.2, (_OLD, "See also: {other_title}")),
            _f("next", FOOTER, 0.45, *_by_day(_sr_next)),
            _f("contact-head", FOOTER, 0.5, (_OLD, "For further information, please "
                                                   "contact:")),
            _f("contact", FOOTER, 0.5, (_OLD, "{author}, Public Information Officer, "
                                              "pio@sahelcrisisresponse.org, +227 90 00 12 "
                                              "34")),
            _f("subscribe", FOOTER, 0.25,
               (_OLD, "To be added to or removed from this mailing list, please e-mail "
                      "sitrep@sahelcrisisresponse.org"),
               (SR_SUBSCRIBE.isoformat(), "Subscribe or unsubscribe at any time at "
                                          "sahelcrisisresponse.org/subscribe")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: displacement figures in the "
                                                  "previous report have been revised.")),
        ),
    )


# --- a Mexican children's foundation's blog -----------------------------------------------

MA_REDESIGN = dt.date(2017, 11, 6)
MA_CFDI = dt.date(2017, 7, 1)
MA_CONSENT = dt.date(2018, 6, 1)
MA_SPEI = dt.date(2018, 9, 3)
MA_SPONSOR = (("2014-01-01", "250"), ("2017-01-09", "300"), ("2019-01-07", "350"))
MA_SCHOOL = {2015: "350", 2016: "380", 2017: "400", 2018: "420", 2019: "450", 2020: "480"}


def _ma_dated(day: dt.date) -> str:
    if day < MA_REDESIGN:
        return f"{MESES[day.month - 1]} {day.day}, {day.year}"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} | {{time}} hrs")


@cache
def _ma_campana() -> Wordings:
    base = _steps((_OLD, "Dona en línea con tarjeta o en efectivo en tiendas OXXO"),
                  (MA_SPEI.isoformat(), "Dona en línea, en tiendas OXXO o por transferencia "
                                        "SPEI"))
    emergencias = [
        _span("2015-10-23", "2015-11-30", "Huracán Patricia: apoya a las familias de Jalisco "
                                          "y Colima"),
        _span("2017-09-08", "2017-09-18", "Sismo en Oaxaca y Chiapas: envía tu ayuda"),
        _span("2017-09-19", "2017-11-15", "#FuerzaMéxico: apoya a las familias afectadas por "
                                          "el sismo del 19 de septiembre"),
        _span("2020-03-23", "2020-07-31", "Emergencia COVID-19: con $500 llevas una despensa "
                                          "a una familia"),
    ]
    nino = _yearly("04-30", 10, 0, lambda y: f"Este Día del Niño {y}, regala una sonrisa: "
                                             f"dona juguetes y libros")
    clases = _yearly("08-20", 19, 0, lambda y: f"Regreso a clases {y}: con ${MA_SCHOOL[y]} "
                                               f"equipas a una niña o un niño")
    navidad = _yearly("12-24", 23, 0, lambda y: f"Navidad {y}: dona una cena para una "
                                                f"familia")
    return _calendar(base, emergencias, nino, clases, navidad)


def manosabiertas_style() -> PublisherStyle:
    """A Mexican children's foundation's blog: a category from a pool, the month-first date
    turned the weekday, the long date and the time on 6 November 2017 (a wording per day),
    "Por" turned the writer with the reading time, photo credits given a consent note, "Te
    puede interesar" (up to twice) and the sponsorship amount (raised twice) mid-body, the
    names-changed note, a donation line reworded for SPEI and turned by Hurricane Patricia,
    the 2017 earthquakes, the pandemic, Children's Day, back to school (with its amount by
    year) and Christmas, the tax-deductible line reworded for electronic receipts, the
    privacy line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="fundacionmanosabiertas.org.mx", site="Fundación Manos Abiertas",
        base_size=170, subdomains=(("www.", 80), ("blog.", 20)),
        sections=("historias", "noticias", "voluntariado", "educacion", "nutricion"),
        n_authors=6, url_path="/blog/{yyyy}/{mm}/{slug}/",
        pools={
            "categoria": ("Historias", "Noticias", "Voluntariado", "Educación", "Nutrición",
                          "Emergencias"),
            "fotografo": ("Archivo Manos Abiertas", "Diego Salazar", "Mariana Ortiz",
                          "Voluntariado Manos Abiertas"),
        },
        families=(
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ma_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (MA_REDESIGN.isoformat(), "Escrito por {author} · {read_min} min de "
                                         "lectura")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {fotografo}"),
               (MA_CONSENT.isoformat(), "Foto: {fotografo}. Imagen publicada con "
                                        "autorización de madres, padres o tutores.")),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("padrino", MIDDLE, 0.2, *from_table(MA_SPONSOR, lambda v: (
                f"Con ${v} al mes puedes apadrinar a una niña o un niño y asegurar que siga "
                f"estudiando."))),
            _f("nombres", FOOTER, 0.2, (_OLD, "*Los nombres de las niñas y los niños fueron "
                                              "cambiados para proteger su identidad.")),
            _f("campana", FOOTER, 0.3, *_ma_campana()),
            _f("deducible", FOOTER, 0.35,
               (_OLD, "Somos donataria autorizada: tus donativos son deducibles de impuestos. "
                      "Solicita tu recibo."),
               (MA_CFDI.isoformat(), "Somos donataria autorizada por el SAT. Solicita tu "
                                     "recibo deducible (CFDI) en "
                                     "recibos@fundacionmanosabiertas.org.mx")),
            _f("privacidad", FOOTER, 0.25, (_OLD, "Consulta nuestro Aviso de Privacidad.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Fundación Manos Abiertas, A.C. "
                                                 "Todos los derechos reservados.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior de esta "
                                               "nota se indicó un número equivocado de "
                                               "becas.")),
        ),
    )


# --- a Jordanian relief organisation's press room (in Arabic) -----------------------------

GH_HIJRI = dt.date(2016, 10, 3)  # the Hijri date added to the dateline from 1438 AH
GH_EFAWATEER = dt.date(2018, 4, 1)
GH_IFTAR = {1436: "1.5", 1437: "1.5", 1438: "2", 1439: "2", 1440: "2.5", 1441: "2.5",
            1442: "3"}
GH_UDHIYA = {1436: "185", 1437: "195", 1438: "200", 1439: "210", 1440: "215", 1441: "225"}


def _gh_dated(day: dt.date) -> str:
    greg = f"{day.day} {SHUHUR[day.month - 1]} {day.year}"
    if day < GH_HIJRI:
        return f"عمّان – {greg}"
    y, m, d = hijri(day)
    return f"عمّان – {AYYAM[day.weekday()]} {d} {HIJRI_MONTHS[m - 1]} {y} هـ الموافق {greg} م"


def _gh_hamla(day: dt.date) -> str:
    y, m, d = hijri(day)
    if dt.date(2020, 3, 17) <= day <= dt.date(2020, 4, 20):
        return "خلّيك بالبيت وتبرّع إلكترونياً: الأسر المتضررة من الحظر بحاجة إليك"
    if m == 9 or (m == 8 and d >= 25):
        return f"حملة رمضان {y} هـ: قيمة وجبة إفطار الصائم {GH_IFTAR[y]} دينار أردني"
    if m == 11 and d >= 15 or m == 12 and d <= 10:
        return f"مشروع الأضاحي {y} هـ: سعر الأضحية {GH_UDHIYA[y]} ديناراً أردنياً"
    if day.month in (12, 1, 2):
        return "حملة الشتاء الدافئ: 25 ديناراً توفّر وقود التدفئة لأسرة لاجئة لمدة شهر"
    if day < GH_EFAWATEER:
        return "تبرّع الآن عبر موقعنا الإلكتروني أو في أحد فروعنا"
    return "تبرّع الآن عبر موقعنا الإلكتروني أو خدمة إي فواتيركم"


def ghawth_style() -> PublisherStyle:
    """A Jordanian relief organisation's press room, in Arabic: a section from a pool, the
    Amman dateline with the Levantine month names, given the weekday and the Hijri date on
    3 October 2016 (a wording per day), "Prepared by the media office", photo credits and
    "Read also" mid-body, the names-changed note, a campaign line turned by the Hijri
    calendar (Ramadan with the iftar price and the Eid sacrifice with its price, both by
    Hijri year), the winter campaigns and the 2020 curfew, reworded for e-payment, the
    ministry registration line, the bank account, the media line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="ghawthrelief.org", site="هيئة الغوث للإغاثة والتنمية", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "press", "stories", "campaigns"),
        n_authors=3, url_path="/ar/{section}/{n}",
        pools={
            "qism": ("أخبار", "بيانات صحفية", "قصص من الميدان", "حملات", "مشاريع"),
            "musawwir": ("أحمد الزعبي", "ليلى حداد", "محمد العمري", "أرشيف الهيئة"),
        },
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_gh_dated)),
            _f("idad", HEADER, 0.35, (_OLD, "إعداد: المكتب الإعلامي")),
            _f("sura", MIDDLE, 0.3, (_OLD, "تصوير: {musawwir} – هيئة الغوث")),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("asma", FOOTER, 0.2, (_OLD, "* تم تغيير الأسماء حفاظاً على خصوصية "
                                           "المستفيدين.")),
            _f("hamla", FOOTER, 0.35, *_by_day(_gh_hamla)),
            _f("tasjil", FOOTER, 0.35, (_OLD, "هيئة الغوث للإغاثة والتنمية جمعية خيرية مسجلة "
                                              "لدى وزارة التنمية الاجتماعية تحت الرقم "
                                              "2174.")),
            _f("hisab", FOOTER, 0.25, (_OLD, "للتبرع بالتحويل البنكي: JO71 ARAB 1180 0000 "
                                             "0011 8765 4321 00")),
            _f("ilam", FOOTER, 0.3, (_OLD, "للتواصل الإعلامي: media@ghawthrelief.org | "
                                           "+962 6 555 0123")),
            _f("huquq", FOOTER, 0.3, (_OLD, "جميع الحقوق محفوظة © {year} هيئة الغوث للإغاثة "
                                            "والتنمية")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: عُدّل عدد الأسر المستفيدة الوارد في "
                                              "الخبر.")),
        ),
    )


# --- a Bangladeshi development NGO (in Bengali) -------------------------------------------

BP_REDESIGN = dt.date(2017, 4, 14)  # Pohela Boishakh 1424
BP_CONSENT = dt.date(2019, 1, 1)
BP_FOOD = (("2014-01-01", "৫০০"), ("2017-01-01", "৬০০"), ("2019-01-01", "৭০০"))
BP_BLANKET = {2014: "৩০০", 2015: "৩০০", 2016: "৩৫০", 2017: "৩৫০", 2018: "৪০০", 2019: "৪৫০",
              2020: "৫০০"}
BP_EMERGENCIES = (
    ("2016-05-21", "2016-06-15", "ঘূর্ণিঝড় রোয়ানু"),
    ("2017-05-30", "2017-06-30", "ঘূর্ণিঝড় মোরা"),
    ("2017-08-13", "2017-08-25", "উত্তরাঞ্চলের বন্যা"),
    ("2017-08-26", "2017-12-31", "রোহিঙ্গা শরণার্থী"),
    ("2019-05-03", "2019-05-31", "ঘূর্ণিঝড় ফণী"),
    ("2019-07-12", "2019-08-20", "বন্যা"),
    ("2019-11-09", "2019-12-10", "ঘূর্ণিঝড় বুলবুল"),
    ("2020-03-26", "2020-05-19", "করোনায় কর্মহীন পরিবার"),
    ("2020-05-20", "2020-06-30", "ঘূর্ণিঝড় আম্ফান"),
    ("2020-07-01", "2020-08-31", "বন্যা"),
)


def bangla_text(day: dt.date) -> str:
    y, m, d = bangla_date(day)
    return f"{bn(d)} {BANGLA_MONTHS[m - 1]} {bn(y)}"


def _bp_dated(day: dt.date) -> str:
    greg = f"{bn(day.day)} {BN_MONTHS[day.month - 1]} {bn(day.year)}"
    if day < BP_REDESIGN:
        return f"প্রকাশিত: {greg}"
    return f"প্রকাশিত: {BN_DAYS[day.weekday()]}, {greg} | {bangla_text(day)} বঙ্গাব্দ"


def _bp_daan(day: dt.date) -> str:
    for first, last, name in BP_EMERGENCIES:
        if iso_day(first) <= day <= iso_day(last):
            return f"জরুরি আবেদন: {name} — ক্ষতিগ্রস্ত মানুষের পাশে দাঁড়ান। বিকাশ: ০১৭১১-৫৫৫০৪২"
    if hijri(day)[1] == 9:
        return f"রমজান {bn(hijri(day)[0])} হিজরি: আপনার যাকাত দিন আলোর পথে"
    if day.month in (12, 1):
        y = day.year if day.month == 12 else day.year - 1
        return f"শীতার্তদের পাশে: মাত্র {BP_BLANKET[y]} টাকায় একটি কম্বল। বিকাশ: ০১৭১১-৫৫৫০৪২"
    return (f"মাত্র {value_on(day, BP_FOOD)} টাকায় একটি পরিবারের এক সপ্তাহের খাবার। বিকাশ: "
            f"০১৭১১-৫৫৫০৪২")


def _bp_dibosh(day: dt.date) -> str:
    if (day.month, day.day) == (2, 21):
        return "অমর একুশে: শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস"
    if (day.month, day.day) == (3, 26):
        return "মহান স্বাধীনতা ও জাতীয় দিবস"
    if day.month == 4 and 14 <= day.day <= 16:
        return f"শুভ নববর্ষ {bn(bangla_date(day)[0])}"
    if (day.month, day.day) == (12, 16):
        return "মহান বিজয় দিবস"
    return "আলোর পথ ফাউন্ডেশন — সুবিধাবঞ্চিত মানুষের পাশে, ১৯৯৮ সাল থেকে"


def alorpath_style() -> PublisherStyle:
    """A Bangladeshi development NGO, in Bengali: a section from a pool, "Published" with the
    date in Bengali digits, given the weekday and the Bangla calendar's date on Pohela
    Boishakh 1424 (a wording per day), "Staff reporter", a banner turned by the national
    days (Ekushey, Independence Day, the Bangla New Year with its year, Victory Day), photo
    credits given a consent note and "Read more" mid-body, the names-changed note, a bKash
    appeal with what a gift buys (raised twice) turned by the cyclones, floods, the Rohingya
    influx and the pandemic, Ramadan's zakat (by the Hijri calendar) and the winter
    blankets (a price by year), the NGO Affairs Bureau line, the media line and the
    copyright line with the year in Bengali digits (a block), a rare correction."""
    return PublisherStyle(
        domain="alorpath.org.bd", site="আলোর পথ ফাউন্ডেশন", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "press", "stories", "emergency"),
        n_authors=3, url_path="/bn/{section}/{n}",
        pools={
            "bibhag": ("সংবাদ", "প্রেস বিজ্ঞপ্তি", "জীবনের গল্প", "জরুরি সাড়াদান", "শিক্ষা",
                       "স্বাস্থ্য"),
            "alokchitri": ("রাশেদুল হাসান", "নুসরাত জাহান", "তানভীর আহমেদ", "আলোর পথ"),
        },
        families=(
            _f("bibhag", HEADER, 0.45, (_OLD, "{bibhag}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_bp_dated)),
            _f("protinidhi", HEADER, 0.35, (_OLD, "নিজস্ব প্রতিবেদক")),
            _f("dibosh", HEADER, 0.2, *_by_day(_bp_dibosh)),
            _f("chobi", MIDDLE, 0.3, (_OLD, "ছবি: {alokchitri}"),
               (BP_CONSENT.isoformat(), "ছবি: {alokchitri} (ছবির মানুষদের সম্মতি নিয়ে "
                                        "প্রকাশিত)")),
            _f("aro", MIDDLE, 0.3, (_OLD, "আরও পড়ুন: {other_title}")),
            _f("naam", FOOTER, 0.2, (_OLD, "* গোপনীয়তা রক্ষার্থে নাম পরিবর্তন করা হয়েছে।")),
            _f("daan", FOOTER, 0.35, *_by_day(_bp_daan)),
            _f("ngo", FOOTER, 0.35, (_OLD, "আলোর পথ ফাউন্ডেশন এনজিও বিষয়ক ব্যুরোতে নিবন্ধিত "
                                           "(নিবন্ধন নং ২৭৮৪) একটি অলাভজনক প্রতিষ্ঠান।")),
            _f("jogajog", FOOTER, 0.3, (_OLD, "গণমাধ্যম যোগাযোগ: ০১৭১১-৫৫৫০৪৩, "
                                              "media@alorpath.org.bd")),
            _f("copyright", FOOTER, 0.3, *_by_day(
                lambda day: f"© {bn(day.year)} আলোর পথ ফাউন্ডেশন। সর্বস্বত্ব সংরক্ষিত।")),
            _f("songshodhon", HEADER, 0.04, (_OLD, "সংশোধনী: প্রতিবেদনে উপকারভোগীর সংখ্যা "
                                                   "সংশোধন করা হয়েছে।")),
        ),
    )


# --- a Ukrainian charitable foundation ----------------------------------------------------

SN_REDESIGN = dt.date(2018, 8, 24)  # relaunched on Independence Day
SN_IBAN = dt.date(2019, 11, 5)  # IBAN only, from the National Bank's deadline
SN_CONSENT = dt.date(2019, 2, 1)
SN_HELP = (("2014-01-01", "100"), ("2016-01-11", "150"), ("2018-01-15", "200"),
           ("2020-01-13", "250"))
SN_GOALS = {2015: 500_000, 2016: 750_000, 2017: 900_000, 2018: 1_200_000, 2019: 1_500_000,
            2020: 2_000_000, 2021: 2_500_000}


def raised(day: dt.date) -> int:
    """The year's fundraising total on `day` (made up: rising every day, to about the goal
    by December)."""
    goal = SN_GOALS[day.year]
    share = (day.timetuple().tm_yday / 366) ** 0.85
    return int(goal * 0.97 * share) // 10 * 10 + 10 * round(9 * wobble(day, "uah")) + 120


def _sn_dated(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DNI[day.weekday()].capitalize()}, {day.day} {MISIATSI[day.month - 1]} {day.year}"


def _sn_zbir(day: dt.date) -> str:
    return (f"Збір {day.year}: зібрано {grouped(raised(day), ' ')} грн з "
            f"{grouped(SN_GOALS[day.year], ' ')} грн")


def _sn_base(day: dt.date) -> str:
    return (f"Допомогти: {value_on(day, SN_HELP)} грн забезпечать дитину ліками на тиждень. "
            f"Картка ПриватБанку 5168 7450 1122 3344")


@cache
def _sn_dopomoha() -> Wordings:
    base = _sn_base
    quarantine = [
        _span("2020-03-12", "2020-06-22", "Карантин: допоможіть лікарням засобами захисту"),
        _span("2020-06-23", "2020-07-31", "Повінь на заході України: збір на допомогу "
                                          "постраждалим родинам"),
    ]
    giving = [(giving_tuesday(y) - 3 * ONE, giving_tuesday(y) + ONE,
               f"#ЩедрийВівторок {y}: подвоїмо добро разом") for y in range(2016, 2021)]
    nicholas = _yearly("12-19", 10, 0, lambda y: "До Дня святого Миколая: подаруй свято "
                                                 "дитині зі сходу України")
    school = _yearly("09-01", 14, 0, lambda y: f"Збери дитину до школи {y}: рюкзак з "
                                               f"усім необхідним")
    return _calendar(base, quarantine, giving, nicholas, school)


def svitlonadii_style() -> PublisherStyle:
    """A Ukrainian charitable foundation: a section from a pool, the numeric date turned the
    weekday and the long date on Independence Day 2018 (a wording per day), the author
    from a pool, the year's fundraising counter (a wording per day), photo credits given a
    consent note and "Read also" mid-body, the names-changed note, an appeal with what a
    gift buys (raised three times) turned by the quarantine, the 2020 floods, Giving Tuesday,
    St Nicholas and back to school, the bank details reworded for IBAN on 5 November 2019,
    the non-profit register line, the press line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="svitlonadii.org.ua", site="БФ «Світло надії»", base_size=110,
        subdomains=(("", 100),),
        sections=("news", "stories", "reports", "programs"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rubryka": ("Новини", "Історії", "Звіти", "Програми", "Волонтерство"),
            "avtor": ("Олена Коваленко", "Андрій Мельник", "Ірина Шевчук", "Тарас Бондар",
                      "Наталія Ткаченко"),
            "fotograf": ("Олег Петренко", "Марія Лисенко", "архів фонду"),
        },
        families=(
            _f("rubryka", HEADER, 0.45, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.85, *_by_day(_sn_dated)),
            _f("avtor", HEADER, 0.4, (_OLD, "Автор: {avtor}")),
            _f("zbir", HEADER, 0.2, *_daily(_sn_zbir)),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {fotograf}"),
               (SN_CONSENT.isoformat(), "Фото: {fotograf}. Опубліковано за згодою батьків.")),
            _f("chytaite", MIDDLE, 0.3, (_OLD, "Читайте також: {other_title}")),
            _f("imena", FOOTER, 0.2, (_OLD, "* Імена героїв змінено з міркувань безпеки.")),
            _f("dopomoha", FOOTER, 0.35, *_sn_dopomoha()),
            _f("rekvizyty", FOOTER, 0.25,
               (_OLD, "Реквізити: БФ «Світло надії», ЄДРПОУ 39482716, р/р 26000052711234, "
                      "МФО 305299"),
               (SN_IBAN.isoformat(), "Реквізити: БФ «Світло надії», ЄДРПОУ 39482716, IBAN "
                                     "UA213052990000026000052711234")),
            _f("reiestr", FOOTER, 0.2, (_OLD, "Фонд внесено до Реєстру неприбуткових установ "
                                              "та організацій.")),
            _f("zmi", FOOTER, 0.3, (_OLD, "Для ЗМІ: press@svitlonadii.org.ua, "
                                          "+380 44 555 01 20")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© 2014–{year} БФ «Світло надії». Усі права "
                                                "захищені.")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлення: у попередній версії "
                                                    "матеріалу була неточна сума збору.")),
        ),
    )


# --- a Kenyan community-health NGO (in Swahili) -------------------------------------------

TU_REDESIGN = dt.date(2019, 1, 7)
TU_PAYBILL = (("2014-01-01", "500"), ("2017-01-09", "600"), ("2019-01-07", "750"))


def _tu_dated(day: dt.date) -> str:
    if day < TU_REDESIGN:
        return f"Imechapishwa: {day.day} {MIEZI[day.month - 1]} {day.year}"
    return f"{SIKU[day.weekday()]}, {day.day} {MIEZI[day.month - 1]} {day.year} · {{time}} EAT"


def _tu_base(day: dt.date) -> str:
    return (f"Changia kupitia M-Pesa: Paybill 552110, Akaunti MAJI. KSh "
            f"{value_on(day, TU_PAYBILL)} zinatosha kumpatia mtoto maji safi kwa mwezi mmoja.")


@cache
def _tu_changia() -> Wordings:
    base = _tu_base
    events = [
        _span("2017-02-10", "2017-05-31", "Ukame: saidia familia za Kaskazini mwa Kenya "
                                          "kupata maji na chakula"),
        _span("2017-07-25", "2017-08-15", "Amani kwanza: tudumishe amani wakati wa uchaguzi"),
        _span("2017-10-16", "2017-10-31", "Amani kwanza: tudumishe amani wakati wa "
                                          "uchaguzi wa marudio"),
        _span("2018-04-01", "2018-05-31", "Mafuriko: changia vyakula na mahema kwa familia "
                                          "zilizoathirika"),
        _span("2020-02-01", "2020-03-15", "Nzige wa jangwani: saidia wakulima waliopoteza "
                                          "mazao"),
        _span("2020-03-16", "2020-07-31", "Virusi vya corona: changia sabuni na vituo vya "
                                          "kunawa mikono"),
    ]
    return _calendar(base, events)


def tumaini_style() -> PublisherStyle:
    """A Kenyan community-health NGO, in Swahili: a section from a pool, "Imechapishwa" with
    the long date turned the weekday and the time on 7 January 2019 (a wording per day),
    "Na" and the writer, photo credits and "Soma pia" mid-body, the names-changed note, an
    M-Pesa appeal with what a gift buys (raised twice) turned by the 2017 drought, the 2017
    elections and their rerun, the 2018 floods, the locusts and the pandemic, the NGO board
    registration line, the media line, a link to the English version and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="tumainifoundation.or.ke", site="Tumaini Foundation", base_size=95,
        subdomains=(("www.", 100),),
        sections=("habari", "simulizi", "afya", "maji"),
        n_authors=4, url_path="/sw/{section}/{slug}",
        pools={
            "kundi": ("Habari", "Taarifa kwa Vyombo vya Habari", "Simulizi", "Afya", "Elimu",
                      "Maji"),
            "mpiga_picha": ("Brian Otieno", "Wanjiru Kamau", "Tumaini Foundation"),
        },
        families=(
            _f("kundi", HEADER, 0.4, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_tu_dated)),
            _f("mwandishi", HEADER, 0.45, (_OLD, "Na {author}")),
            _f("picha", MIDDLE, 0.3, (_OLD, "Picha: {mpiga_picha}")),
            _f("soma", MIDDLE, 0.3, (_OLD, "Soma pia: {other_title}")),
            _f("majina", FOOTER, 0.2, (_OLD, "*Majina yamebadilishwa ili kulinda utambulisho "
                                             "wao.")),
            _f("changia", FOOTER, 0.35, *_tu_changia()),
            _f("usajili", FOOTER, 0.3, (_OLD, "Tumaini Foundation ni shirika lisilo la "
                                              "kiserikali lililosajiliwa na Bodi ya Uratibu wa "
                                              "NGOs, nambari OP.218/051/14-0312/9876.")),
            _f("mawasiliano", FOOTER, 0.3, (_OLD, "Kwa vyombo vya habari: simu +254 700 555 "
                                                  "010, barua pepe "
                                                  "habari@tumainifoundation.or.ke")),
            _f("english", FOOTER, 0.12, (_OLD, "Read this story in English")),
            _f("hakimiliki", FOOTER, 0.3, (_OLD, "© {year} Tumaini Foundation. Haki zote "
                                                 "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: idadi ya wanufaika "
                                                   "imesahihishwa katika habari hii.")),
        ),
    )


# --- an American family foundation's blog -------------------------------------------------

WX_REDESIGN = dt.date(2019, 9, 9)
WX_PROPOSALS = dt.date(2018, 2, 1)
WX_GRANTS = (("2014-03-15", "372"), ("2015-03-16", "410"), ("2016-03-15", "448"),
             ("2017-03-15", "489"), ("2018-03-15", "533"), ("2019-03-15", "580"),
             ("2020-03-16", "641"))


def _wx_dated(day: dt.date) -> str:
    if day < WX_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{read_min}} min read"


@cache
def _wx_banner() -> Wordings:
    base = _steps((_OLD, "Sign up for Wexmoor Notes, our quarterly newsletter."))
    covid = [_span("2020-03-16", "2020-09-30", "Our COVID-19 response: 2020 grants are "
                                               "converted to flexible, general operating "
                                               "support.")]
    calls = [(dt.date(y, 4, 1), dt.date(y, 5, 16), f"Open call {y}: letters of inquiry for "
                                                    f"the Community Health Fund are due May 15.")
             for y in range(2015, 2020)]
    giving = [(giving_tuesday(y) - 6 * ONE, giving_tuesday(y) + ONE,
               f"#GivingTuesday {y}: we match staff gifts to our grantees two to one.")
              for y in YEARS]
    return _calendar(base, covid, calls, giving)


def wexmoor_style() -> PublisherStyle:
    """An American family foundation's blog: a topic from a pool, the long date turned the
    short date with the reading time on 9 September 2019 (a wording per day), "Posted by"
    turned the writer with the role, a banner turned by each spring's open call, Giving
    Tuesday and the pandemic, "You might also like" mid-body, the views disclaimer, the tags
    (links), the grants awarded to date (changing each March), the unsolicited-proposals
    line reworded, the 501(c)(3) line and the copyright line (a block), a rare editor's
    note."""
    return PublisherStyle(
        domain="wexmoorfoundation.org", site="The Wexmoor Foundation", base_size=70,
        subdomains=(("www.", 100),),
        sections=("blog", "news", "learning"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "topic": ("Grantee Spotlight", "Field Notes", "Learning & Evaluation", "News",
                      "Perspectives"),
            "beat": ("Program Officer", "Director of Learning", "President", "Communications "
                     "Manager", "Senior Program Officer"),
            "tag": ("community health", "rural communities", "equity", "trust-based "
                    "philanthropy", "evaluation", "early childhood"),
        },
        families=(
            _f("topic", HEADER, 0.5, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.85, *_by_day(_wx_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Posted by {author}"),
               (WX_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("banner", HEADER, 0.2, *_wx_banner()),
            _f("also", MIDDLE, 0.3, (_OLD, "You might also like: {other_title}")),
            _f("views", FOOTER, 0.35, (_OLD, "The views expressed here are the author's own and "
                                             "do not necessarily reflect those of the Wexmoor "
                                             "Foundation.")),
            _f("tags", FOOTER, 0.4, (_OLD, "Tags: {tag_links}")),
            _f("grants", FOOTER, 0.2, *from_table(WX_GRANTS, lambda v: (
                f"Since 1972, the Wexmoor Foundation has awarded more than ${v} million in "
                f"grants."))),
            _f("proposals", FOOTER, 0.15,
               (_OLD, "The Foundation does not accept unsolicited proposals."),
               (WX_PROPOSALS.isoformat(), "We are not accepting unsolicited proposals at this "
                                          "time. Learn how we find partners.")),
            _f("ein", FOOTER, 0.25, (_OLD, "The Wexmoor Foundation is a private foundation "
                                           "under section 501(c)(3) of the Internal Revenue "
                                           "Code. EIN 13-6049212.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Wexmoor Foundation")),
            _f("editors-note", HEADER, 0.05, (_OLD, "Editor's note: this post was updated to "
                                                    "reflect the grantee's new name.")),
        ),
    )


# --- an Australian aid agency's media releases --------------------------------------------

SC_REDESIGN = dt.date(2017, 7, 3)
SC_EMERGENCIES = (
    ("2016-02-21", "2016-03-31", "Cyclone Winston: help families in Fiji rebuild"),
    ("2018-02-26", "2018-03-31", "Papua New Guinea earthquake appeal"),
    ("2018-09-29", "2018-11-15", "Sulawesi earthquake and tsunami appeal"),
    ("2019-11-12", "2020-02-29", "Bushfire emergency: support communities in New South Wales "
                                 "and Victoria"),
    ("2020-04-07", "2020-05-15", "Cyclone Harold appeal: Vanuatu, Fiji, Solomon Islands and "
                                 "Tonga"),
)


def _sc_dated(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"Media release · {en_dmy(day)}"
    zone = "AEDT" if sydney_summer_time(day) else "AEST"
    return f"{en_dmy(day)}, {{time}} {zone}"


@cache
def _sc_appeal() -> Wordings:
    base = _steps((_OLD, "Give monthly and help communities plan for the future."))
    emergencies = [_span(first, last, text) for first, last, text in SC_EMERGENCIES]
    eofy = _yearly("06-30", 29, 0, lambda y: f"Give before 30 June {y} and claim your tax "
                                             f"deduction this financial year.")
    christmas = _yearly("12-24", 23, 0, lambda y: f"Christmas {y}: give a gift that changes "
                                                  f"lives, from $25.")
    return _calendar(base, emergencies, eofy, christmas)


def southerncross_style() -> PublisherStyle:
    """An Australian aid agency's media releases: "Media release ·" with the date turned the
    date with the time in Australian summer or winter time on 3 July 2017 (a wording per
    day), a rare embargo line with the weekday, photo credits with a consent note mid-body,
    the spokespeople from a pool, an appeal turned by the emergencies (Winston, Papua New
    Guinea, Sulawesi, the bushfires, Harold), the end of each financial year and Christmas,
    the tax-deductible line, an acknowledgement of Country, "ENDS", the media contact, the
    ACFID line and the ABN line (a block), a rare correction."""
    return PublisherStyle(
        domain="southerncrossaid.org.au", site="Southern Cross Aid", base_size=55,
        subdomains=(("www.", 100),),
        sections=("media-releases", "news", "emergencies"),
        n_authors=3, url_path="/media/{yyyy}/{slug}",
        pools={
            "photographer": ("Southern Cross Aid", "Lani Tuilagi", "Ben Harrow"),
            "spokes": ("Sydney", "Melbourne", "Suva", "Port Moresby", "Jakarta"),
        },
        families=(
            _f("release", HEADER, 0.6, (_OLD, "MEDIA RELEASE")),
            _f("dated", HEADER, 0.85, *_by_day(_sc_dated)),
            _f("embargo", HEADER, 0.08, (_OLD, "EMBARGOED UNTIL 12:01AM {weekday}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photographer}. Consent to publish has "
                                             "been obtained.")),
            _f("spokes", FOOTER, 0.25, (_OLD, "Spokespeople available for interview in "
                                              "{spokes_list}")),
            _f("appeal", FOOTER, 0.3, *_sc_appeal()),
            _f("tax", FOOTER, 0.35, (_OLD, "Donations of $2 or more are tax deductible.")),
            _f("country", FOOTER, 0.15, (_OLD, "We acknowledge the Traditional Owners of the "
                                               "lands on which we work and pay our respects "
                                               "to Elders past and present.")),
            _f("ends", FOOTER, 0.45, (_OLD, "ENDS")),
            _f("media", FOOTER, 0.45, (_OLD, "Media contact: {author2}, 0491 570 156, "
                                             "media@southerncrossaid.org.au")),
            _f("acfid", FOOTER, 0.3, (_OLD, "Southern Cross Aid is a member of ACFID and a "
                                            "signatory to its Code of Conduct.")),
            _f("abn", FOOTER, 0.35, (_OLD, "Southern Cross Aid Ltd · ABN 47 106 555 218 · A "
                                           "registered charity")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release was updated with "
                                                  "the final number of families assisted.")),
        ),
    )


# --- the monthly humanitarian bulletin of a Colombian coordination network ----------------

PU_FIRST = (2013, 1)  # bulletin no. 1 covers January 2013 and is out in February
PU_REDESIGN = dt.date(2018, 2, 1)
PU_SUBSCRIBE = dt.date(2019, 2, 4)
PU_NEED = (("2014-01-01", "4,8"), ("2016-02-01", "4,5"), ("2017-02-01", "4,9"),
           ("2018-02-01", "5,1"), ("2019-02-01", "5,5"), ("2020-02-01", "6,7"))


def bulletin(day: dt.date) -> tuple[int, int, int]:
    """The latest monthly bulletin on `day`: its number and the month it covers (year,
    month): each month's is out on the first of the next."""
    y, m = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return (y - PU_FIRST[0]) * 12 + m - PU_FIRST[1] + 1, y, m


def _pu_boletin(day: dt.date) -> str:
    n, y, m = bulletin(day)
    if day < PU_REDESIGN:
        return f"Boletín humanitario n.º {n} | {MESES[m - 1]} de {y}"
    return f"Boletín Humanitario Mensual · Número {n} · {MESES[m - 1].capitalize()} {y}"


def _pu_corte(day: dt.date) -> str:
    cut = day.replace(day=1) - ONE
    return f"Fecha de corte: {cut.day} de {MESES[cut.month - 1]} de {cut.year}"


@cache
def _pu_alerta() -> Wordings:
    base = _steps((_OLD, "Alertas y actualizaciones en puentehumanitario.org.co"))
    events = [
        _span("2016-02-13", "2016-02-20", "Paro armado en el Chocó: consulte el informe "
                                          "flash"),
        _span("2016-09-20", "2016-10-03", "Plebiscito por la paz: medidas de seguridad para "
                                          "las misiones"),
        _span("2017-04-01", "2017-05-15", "Emergencia en Mocoa: informe de situación "
                                          "disponible"),
        _span("2019-02-23", "2019-03-31", "Cierre de los puentes fronterizos con Venezuela: "
                                          "actualización diaria"),
        _span("2020-03-17", "2020-08-31", "COVID-19: consulte el tablero de seguimiento de la "
                                          "respuesta"),
        _span("2020-11-16", "2020-12-31", "Huracán Iota en San Andrés y Providencia: informe "
                                          "de situación"),
    ]
    return _calendar(base, events)


def puente_style() -> PublisherStyle:
    """The monthly humanitarian bulletin of a Colombian coordination network: the bulletin's
    number and month (a wording per month, restyled on 1 February 2018), its cut-off date,
    an alert banner turned by the Chocó armed strike, the plebiscite, Mocoa, the border
    closure, the pandemic and Hurricane Iota, the people in need (changing each February),
    the sources from a pool, a map disclaimer and "Vea también" mid-body, the contact, the
    subscription line reworded and the donor line (a block), a rare correction."""
    return PublisherStyle(
        domain="puentehumanitario.org.co", site="Puente Humanitario", base_size=40,
        subdomains=(("www.", 100),),
        sections=("boletines", "informes-flash", "mapas"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"fuente": ("Unidad para las Víctimas", "Migración Colombia", "socios del "
                          "Equipo Local de Coordinación", "autoridades locales",
                          "Defensoría del Pueblo")},
        families=(
            _f("boletin", HEADER, 0.8, *_by_day(_pu_boletin)),
            _f("corte", HEADER, 0.45, *_by_day(_pu_corte)),
            _f("alerta", HEADER, 0.15, *_pu_alerta()),
            _f("cifras", MIDDLE, 0.3, *from_table(PU_NEED, lambda v: (
                f"Personas con necesidades humanitarias: {v} millones"))),
            _f("fuente", MIDDLE, 0.3, (_OLD, "Fuente: {fuente_list}")),
            _f("mapa", MIDDLE, 0.2, (_OLD, "Los límites y nombres de este mapa no implican su "
                                           "aceptación oficial.")),
            _f("vea", MIDDLE, 0.2, (_OLD, "Vea también: {other_title}")),
            _f("contacto", FOOTER, 0.45, (_OLD, "Para más información: {author}, Oficial de "
                                                "Información Pública, "
                                                "info@puentehumanitario.org.co")),
            _f("suscripcion", FOOTER, 0.25,
               (_OLD, "Para recibir este boletín, escriba a "
                      "boletin@puentehumanitario.org.co"),
               (PU_SUBSCRIBE.isoformat(), "Suscríbase al boletín en "
                                          "puentehumanitario.org.co/boletin")),
            _f("donante", FOOTER, 0.3, (_OLD, "Este boletín se produce con el apoyo "
                                              "financiero de la Unión Europea. Su contenido es "
                                              "responsabilidad exclusiva de Puente "
                                              "Humanitario.")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: se actualizaron las cifras de "
                                                  "desplazamiento del boletín anterior.")),
        ),
    )


# --- a Geneva children's foundation -------------------------------------------------------

FL_TWINT = dt.date(2017, 5, 1)
FL_QR = dt.date(2020, 6, 30)  # the Swiss QR-bill from its first day


@cache
def _fl_agenda() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Instagram"))
    droits = _yearly("11-20", 3, 0, lambda y: (
        f"20 novembre {y} : Journée internationale des droits de l'enfant"
        + (" – 30 ans de la Convention" if y == 2019 else "")))
    avent = [(first_advent(y), dt.date(y, 12, 25), f"Calendrier de l'Avent {y} : chaque jour, "
                                                    f"une histoire d'enfant")
             for y in YEARS]
    return _calendar(base, droits, avent)


def lemanique_style() -> PublisherStyle:
    """A Geneva children's foundation: "Communiqué de presse", "Genève, le" with the long
    date (a wording per day), a banner turned by each Advent and each Children's Rights Day
    (the Convention's thirtieth in 2019), photo credits with a consent note mid-body, the
    first-names note, the donation line reworded for TWINT and for the QR-bill, the ZEWO
    line, the media contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="fondation-lemanique.ch", site="Fondation Lémanique pour l'enfance",
        base_size=30, subdomains=(("www.", 100),),
        sections=("communiques", "actualites"),
        n_authors=2, url_path="/fr/{section}/{slug}",
        pools={"photographe": ("Fondation Lémanique", "Nicolas Rey", "Sophie Aebi")},
        families=(
            _f("communique", HEADER, 0.55, (_OLD, "Communiqué de presse")),
            _f("date", HEADER, 0.8, *_by_day(
                lambda day: f"Genève, le {day.day} {MOIS[day.month - 1]} {day.year}")),
            _f("agenda", HEADER, 0.12, *_fl_agenda()),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo : {photographe}. Publiée avec l'accord "
                                             "des parents.")),
            _f("prenoms", FOOTER, 0.15, (_OLD, "Les prénoms des enfants ont été changés.")),
            _f("don", FOOTER, 0.35,
               (_OLD, "Faire un don : CCP 12-3456-7 · IBAN CH93 0900 0000 1200 3456 7"),
               (FL_TWINT.isoformat(), "Faire un don : par TWINT, ou sur le CCP 12-3456-7 "
                                      "(IBAN CH93 0900 0000 1200 3456 7)"),
               (FL_QR.isoformat(), "Faire un don : TWINT ou QR-facture à télécharger · IBAN "
                                   "CH93 0900 0000 1200 3456 7")),
            _f("zewo", FOOTER, 0.3, (_OLD, "Certifiée ZEWO, la Fondation Lémanique utilise vos "
                                           "dons de manière consciencieuse. Les dons sont "
                                           "déductibles des impôts.")),
            _f("contact", FOOTER, 0.4, (_OLD, "Contact médias : {author}, responsable de la "
                                              "communication, +41 22 555 01 80")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Fondation Lémanique pour "
                                                "l'enfance")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : la date de l'événement a "
                                                    "été corrigée.")),
        ),
    )


def heldout148_styles() -> list[PublisherStyle]:
    """The held-back-148 styles, in the order the generator hands them to publishers."""
    return [
        hearthfield_style(), terresdentraide_style(), sahelresponse_style(),
        manosabiertas_style(), ghawth_style(), alorpath_style(), svitlonadii_style(),
        tumaini_style(), wexmoor_style(), southerncross_style(), puente_style(),
        lemanique_style(),
    ]

