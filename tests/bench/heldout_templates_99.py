"""The ``held-back-99`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-97 set
(`tests.bench.heldout_templates_97`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of West and Central Africa, large and small: a
French-language daily in Abidjan, an English daily in Lagos, a Hausa site in Kano, a French
and Wolof online daily in Dakar, a French and Bambara radio in Sikasso, a Yoruba site in
Osogbo, an English weekly in Buea, a French and Lingala site in Kinshasa, an English and
Dagbani community radio in Tamale, a Malian diaspora association's site in Montreuil, an Igbo
weekly in Onitsha and a French and Wolof community site in Saint-Louis. The families are the
kinds a crawl of such sites holds: dates localised day by day in French, English, Hausa (with
the Hijri date in Arabic script and digits), Wolof, Bambara, Yoruba, Lingala and Igbo (several
changing form on the day of a redesign, two weeklies by their issue day), lines that turn
every day, every week or every season (the dollar in CFA francs and in Congolese francs and
the naira at the parallel market on working days, Dakar's temperatures, the Igbo four-day
market week, a radio's programme by weekday, the grain price at Dawanau, the cedi and garri
every week, ghost-town Mondays in Buea, the cocoa and cotton farm-gate prices by campaign),
the seasons of hivernage, harmattan, mangoes, fishing, swells and the French winter truce
(stretched in 2020), bylines and datelines of many shapes, section kickers, read-also links
(some up to two times), photo credits, a correspondent's byline, sources, fair-use and
copyright lines, donation, membership, newsletter and social appeals, prices in CFA francs,
naira, cedis, dollars and euros (several rising over the years), notices reworded in
2016-2020, notices that follow the region's calendars (votes, postponed ones, a re-run and
supplementary polls, a coup, curfews, lockdowns, internet cuts, attacks, a mutiny, load
shedding, sit-at-home days, EndSARS, national days with their counts, the Magal, the Gamou,
Tabaski, Korité, Ramadan and the Eids as the region kept them, the Osun-Osogbo festival, the
Fire festival and Damba, the new yam, Ofala, a jazz festival, a race up a volcano, Christmas,
events called off in 2020), multi-line blocks, mid-body inserts, bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    jdn,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
HAUSA_MONTHS = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta",
                "Satumba", "Oktoba", "Nuwamba", "Disamba")
HAUSA_WEEKDAYS = ("Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
WOLOF_WEEKDAYS = ("Altine", "Talaata", "Àllarba", "Alxames", "Àjjuma", "Gaawu", "Dibéer")
BAMBARA_WEEKDAYS = ("Ntɛnɛn", "Tarata", "Araba", "Alamisa", "Juma", "Sibiri", "Kari")
YORUBA_MONTHS = ("Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún",
                 "Owewe", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
YORUBA_WEEKDAYS = ("Ọjọ́ Ajé", "Ọjọ́ Ìṣẹ́gun", "Ọjọ́rú", "Ọjọ́bọ̀", "Ọjọ́ Ẹtì", "Ọjọ́ Àbámẹ́ta",
                   "Ọjọ́ Àìkú")
LINGALA_WEEKDAYS = ("mokɔlɔ ya libosó", "mokɔlɔ ya míbalé", "mokɔlɔ ya mísáto",
                    "mokɔlɔ ya mínei", "mokɔlɔ ya mítáno", "mpɔ́sɔ", "eyenga")
IGBO_MONTHS = ("Jenụwarị", "Febrụwarị", "Maachị", "Eprel", "Mee", "Jun", "Julaị", "Ọgọọst",
               "Septemba", "Ọktoba", "Novemba", "Disemba")
IGBO_WEEKDAYS = ("Mọnde", "Tiuzdee", "Wenezdee", "Tọọzdee", "Fraịdee", "Satọdee", "Sọndee")
IGBO_MARKET_DAYS = ("Eke", "Orie", "Afọ", "Nkwọ")
ARABIC_ZERO = "\u0660"

# Ramadan's first day, Eid al-Fitr (Korité, Sallah) and Eid al-Adha (Tabaski, Babbar Sallah,
# Iléyá) as the region's mosques and councils announced them; Senegal's often a day later.
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
KORITE = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-15",
          2019: "2019-06-05", 2020: "2020-05-24"}
TABASKI = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
           2019: "2019-08-12", 2020: "2020-08-01"}
MAGAL = {2015: "2015-12-01", 2016: "2016-11-20", 2017: "2017-11-08", 2018: "2018-10-29",
         2019: "2019-10-18", 2020: "2020-10-06"}
GAMOU = {2015: "2015-12-23", 2016: "2016-12-11", 2017: "2017-11-30", 2018: "2018-11-20",
         2019: "2019-11-09", 2020: "2020-10-29"}
HIJRI_EPOCH = 1948440  # the Julian day number of 1 Muharram AH 1 (the tabular calendar)


def jitter(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}:{day.isoformat()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def last_weekday_on(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def business_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a market's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def share_of(day: dt.date) -> float:
    """0 on the set's first day (and before) to 1 on its last (for prices that drift over
    the years)."""
    return max(0.0, (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days)


def along(knots: tuple[tuple[dt.date, int], ...], day: dt.date) -> float:
    """The value on `day` of a line drawn through `knots` ((day, value), ... in order), flat
    before the first and after the last."""
    if day <= knots[0][0]:
        return knots[0][1]
    for (d0, v0), (d1, v1) in zip(knots, knots[1:], strict=False):
        if day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return knots[-1][1]


def spaced(number: int) -> str:
    """`number` with a space between thousands, as French prints it (1 650)."""
    return f"{number:,}".replace(",", " ")


def commas(number: int) -> str:
    """`number` with commas between thousands, as English prints it (12,500)."""
    return f"{number:,}"


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetic) Islamic date of `day`: (year, month 1-12, day), as calendars
    and date widgets compute it (the announced months may start a day either side)."""
    n_days = jdn(day) - HIJRI_EPOCH + 10632
    n = (n_days - 1) // 10631
    n_days = n_days - 10631 * n + 354
    j = (((10985 - n_days) // 5316) * ((50 * n_days) // 17719)
         + (n_days // 5670) * ((43 * n_days) // 15238))
    n_days = (n_days - ((30 - j) // 15) * ((17719 * j) // 50)
              - (j // 16) * ((15238 * j) // 43) + 29)
    month = (24 * n_days) // 709
    return 30 * n + j - 30, month, n_days - (709 * month) // 24


def _french_date(day: dt.date) -> str:
    return f"{FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


# --- a French-language daily (Abidjan, Côte d'Ivoire) ---------------------------------------

EA_REDESIGN = dt.date(2018, 8, 7)  # relaunched on Independence Day
EA_WHATSAPP = dt.date(2019, 3, 4)
ELEPHANTS_WIN = dt.date(2015, 2, 8)


def _ea_dated(day: dt.date) -> str:
    if day < EA_REDESIGN:
        return f"Publié le {_french_date(day)} à {{time}}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} | Mis à jour à {{time}}"


XOF_KNOTS = ((dt.date(2015, 1, 1), 545), (dt.date(2015, 4, 1), 610),
             (dt.date(2016, 6, 1), 585), (dt.date(2016, 12, 20), 625),
             (dt.date(2018, 2, 1), 528), (dt.date(2019, 9, 1), 598),
             (dt.date(2020, 3, 1), 600), (dt.date(2021, 1, 10), 536))


def xof_rate(day: dt.date) -> int:
    """The made-up rate of a dollar in CFA francs on `day`'s working day (the franc follows
    the euro: about 545 early in 2015, 620 at the end of 2016, 530 early in 2018, 590 in
    2019, 535 late in 2020)."""
    work = business_day(day)
    return round(along(XOF_KNOTS, work)) + jitter(work, "xof", -4, 4)


def _ea_fx(day: dt.date) -> str:
    return f"Devises : 1 dollar = {xof_rate(day)} FCFA · 1 euro = 655,957 FCFA"


# The cocoa farm-gate price by campaign: main crop from 1 October, mid-crop from 1 April.
COCOA = ((_OLD, 850, "2014-2015"), ("2015-10-01", 1000, "2015-2016"),
         ("2016-10-01", 1100, "2016-2017"), ("2017-04-01", 700, "2016-2017"),
         ("2017-10-01", 700, "2017-2018"), ("2018-04-01", 750, "2017-2018"),
         ("2018-10-01", 750, "2018-2019"), ("2019-10-01", 825, "2019-2020"),
         ("2020-10-01", 1000, "2020-2021"))


def _ea_cocoa() -> Wordings:
    out = []
    for start, price, campaign in COCOA:
        crop = "campagne intermédiaire" if start[5:7] == "04" else "campagne principale"
        out.append((start, f"Cacao : prix bord champ {spaced(price)} FCFA/kg ({crop} "
                           f"{campaign})"))
    return tuple(out)


def _ea_notice() -> Wordings:
    base = _steps((_OLD, "Suivez L'Éclaireur d'Abidjan sur Facebook et Twitter"),
                  (EA_WHATSAPP.isoformat(), "Recevez l'essentiel de l'actualité sur WhatsApp "
                                            ": écrivez INFO au 07 00 00 00"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-11", "CAN 2015 : les Éléphants champions d'Afrique ! Nos "
                                          "pages spéciales"),
        _vote("2015-10-25", "Présidentielle 2015 : les résultats bureau par bureau", before=6,
              after=3),
        _span("2016-03-13", "2016-03-16", "Deuil national : hommage aux victimes de "
                                          "Grand-Bassam"),
        _vote("2016-10-30", "Référendum constitutionnel : ce qui change", before=6),
        _vote("2016-12-18", "Législatives 2016 : les résultats par circonscription",
              before=6, after=2),
        _span("2017-01-06", "2017-01-09", "Mutinerie à Bouaké : suivez notre direct"),
        _vote("2018-10-13", "Municipales et régionales : les résultats commune par commune",
              before=6, after=3),
        _span("2020-03-26", "2020-07-14", "Covid-19 : le Grand Abidjan isolé, respectez les "
                                          "gestes barrières"),
        _vote("2020-10-31", "Présidentielle 2020 : suivez le scrutin en direct", before=6,
              after=3),
    ]
    feasts = _yearly("08-07", 1, 0, lambda y: f"Fête de l'indépendance : la Côte d'Ivoire a "
                                              f"{y - 1960} ans")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "Bonne fête du Ramadan à tous nos "
                                                          "lecteurs")
    feasts += _movable(_listed(EID_ADHA), 1, 0, lambda _: "Bonne fête de Tabaski à tous nos "
                                                          "lecteurs")
    feasts += _yearly("12-25", 1, 0, lambda _: "Joyeux Noël à tous nos lecteurs")
    return _calendar(base, news, feasts)


def abidjan_style() -> PublisherStyle:
    """A French-language daily (Abidjan): a section kicker, "Publié le" with the weekday, the
    date and the time turned a date with slashes and an update time on Independence Day 2018
    (a wording per day), "Par" turned with the paper's name, a correspondent's line, "Lire
    aussi :" (up to twice), a photo credit, an advert's label mid-body, the dollar in CFA
    francs on working days, the cocoa farm-gate price by campaign, a social line turned a
    messenger appeal and turned by the 2015 Cup of Nations, three votes, a referendum, the
    Grand-Bassam attack, the Bouaké mutiny, the 2020 isolation of Abidjan, Independence with
    its count, the two Eids and Christmas, the subscription price rising and a rights line
    reworded (a block), a rare power cut."""
    return PublisherStyle(
        domain="eclaireurabidjan.ci", site="L'Éclaireur d'Abidjan", base_size=245,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("politique", "economie", "societe", "regions", "sports", "culture"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("POLITIQUE", "ÉCONOMIE", "SOCIÉTÉ", "RÉGIONS", "SPORTS", "CULTURE"),
            "ville": ("Bouaké", "Yamoussoukro", "San-Pédro", "Korhogo", "Daloa", "Man",
                      "Grand-Bassam", "Gagnoa"),
            "credit": ("L'Éclaireur d'Abidjan", "DR", "AIP", "Présidence", "Archives"),
        },
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("publie", HEADER, 0.85, *_by_day(_ea_dated)),
            _f("par", HEADER, 0.6, (_OLD, "Par {author}"),
               (EA_REDESIGN.isoformat(), "Par {author} | L'Éclaireur d'Abidjan")),
            _f("correspondant", HEADER, 0.2, (_OLD, "De notre correspondant à {ville}, "
                                                    "{author2}")),
            _f("lire-aussi", MIDDLE, 0.35, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {credit}")),
            _f("publicite", MIDDLE, 0.08, (_OLD, "PUBLICITÉ")),
            _f("devises", FOOTER, 0.2, *_by_day(_ea_fx)),
            _f("cacao", FOOTER, 0.12, *_ea_cocoa()),
            _f("annonce", FOOTER, 0.3, *_ea_notice()),
            _f("abonnement", FOOTER, 0.18, (_OLD, "Abonnement numérique : 3 000 FCFA par mois"),
               ("2017-01-02", "Abonnement numérique : 5 000 FCFA par mois"),
               ("2019-07-01", "Abonnement numérique : 5 000 FCFA par mois ou 50 000 FCFA par "
                              "an")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} L'Éclaireur d'Abidjan. Tous droits "
                                              "réservés."),
               (EA_REDESIGN.isoformat(), "© {year} L'Éclaireur d'Abidjan – Toute reproduction, "
                                         "même partielle, est interdite sans autorisation "
                                         "écrite.")),
            _f("coupure", HEADER, 0.04, (_OLD, "⚠️ CIE : coupure d'électricité programmée ce "
                                               "jour à Cocody et Bingerville")),
        ),
    )


# --- an English daily (Lagos, Nigeria) ------------------------------------------------------

MH_REDESIGN = dt.date(2018, 10, 1)  # relaunched on Independence Day
MH_TELEGRAM = dt.date(2019, 5, 6)


def _mh_dated(day: dt.date) -> str:
    if day < MH_REDESIGN:
        return (f"Published {ENGLISH_WEEKDAYS[day.weekday()]}, "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}")
    return f"{ordinal(day.day)} {ENGLISH_MONTHS[day.month - 1]} {day.year} | {{time12}}"


NGN_KNOTS = ((dt.date(2015, 1, 1), 190), (dt.date(2015, 12, 1), 255),
             (dt.date(2016, 8, 1), 400), (dt.date(2017, 2, 20), 490),
             (dt.date(2017, 6, 1), 368), (dt.date(2019, 12, 31), 360),
             (dt.date(2020, 4, 1), 420), (dt.date(2020, 8, 1), 475),
             (dt.date(2021, 1, 10), 465))


def ngn_rate(day: dt.date) -> int:
    """The made-up rate of a dollar in naira at the Lagos parallel market on `day`'s working
    day (about 190 early in 2015, 480 at the February 2017 peak, 360 from mid-2017, 470 in
    late 2020)."""
    work = business_day(day)
    return round(along(NGN_KNOTS, work)) + jitter(work, "ngn", -3, 3)


def _mh_naira(day: dt.date) -> str:
    return f"Naira closes at N{ngn_rate(day)}/$1 at the parallel market"


def democracy_day(y: int) -> dt.date:
    """Nigeria's Democracy Day: 29 May, moved to 12 June from 2019."""
    return dt.date(y, 5, 29) if y < 2019 else dt.date(y, 6, 12)


def _mh_notice() -> Wordings:
    base = _steps((_OLD, "Follow The Marina Herald on Twitter and Instagram"),
                  (MH_TELEGRAM.isoformat(), "Get breaking news first: join our Telegram "
                                            "channel, t.me/marinaherald"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-14", "ELECTION 2015: INEC shifts polls by six weeks"),
        _vote("2015-03-28", "ELECTION 2015: live results from the collation centres",
              before=6, after=3),
        _vote("2015-04-11", "ELECTION 2015: governorship polls, live updates", before=4),
        _span("2019-02-16", "2019-02-22", "ELECTION 2019: polls postponed to February 23"),
        _vote("2019-02-23", "ELECTION 2019: live results from the collation centres",
              before=0, after=3),
        _vote("2019-03-09", "ELECTION 2019: governorship polls, live updates", before=4),
        _span("2020-03-30", "2020-05-03", "COVID-19: Lagos lockdown in force, stay at home"),
        _span("2020-10-20", "2020-10-27", "24-hour curfew in Lagos: stay safe, stay indoors"),
    ]
    feasts = _yearly("10-01", 1, 0, lambda y: f"Happy {ordinal(y - 1960)} Independence "
                                              f"Anniversary, Nigeria")
    feasts += _movable(democracy_day, 0, 0, lambda _: "Happy Democracy Day")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "Eid Mubarak to all our Muslim "
                                                          "readers")
    feasts += _yearly("12-25", 1, 1, lambda _: "Merry Christmas from all of us at The Marina "
                                               "Herald")
    return _calendar(base, news, feasts)


def lagos_style() -> PublisherStyle:
    """An English daily (Lagos): a section kicker, "Published" with the weekday and the date
    turned an ordinal date and a 12-hour time on Independence Day 2018 (a wording per day),
    "By" turned with the paper's name, a correspondent's "From ..., <city>", "ALSO READ:"
    (up to twice), a photo credit, an advert's label mid-body, the naira at the parallel
    market on working days, a social line turned a Telegram appeal and turned by two
    postponed votes and their polls, the governorship polls, the 2020 lockdown and the
    EndSARS curfew, Independence with its count, Democracy Day moved to 12 June, Eid and
    Christmas, the e-paper price rising and a rights line reworded (a block), a rare bridge
    closure."""
    return PublisherStyle(
        domain="marinaherald.ng", site="The Marina Herald", base_size=220,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "metro", "politics", "business", "sports", "opinion"),
        n_authors=8, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("NEWS", "METRO", "POLITICS", "BUSINESS", "SPORTS", "OPINION",
                       "SOUTH-WEST"),
            "city": ("Abuja", "Ibadan", "Port Harcourt", "Kano", "Enugu", "Benin City",
                     "Abeokuta", "Ilorin"),
            "photo": ("The Marina Herald", "Twitter", "File", "NAN", "State House"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("published", HEADER, 0.8, *_by_day(_mh_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (MH_REDESIGN.isoformat(), "{author} | The Marina Herald")),
            _f("from", HEADER, 0.2, (_OLD, "From {author2}, {city}")),
            _f("also-read", MIDDLE, 0.35, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "PHOTO: {photo}")),
            _f("advert", MIDDLE, 0.06, (_OLD, "ADVERTISEMENT")),
            _f("naira", FOOTER, 0.2, *_by_day(_mh_naira)),
            _f("notice", FOOTER, 0.3, *_mh_notice()),
            _f("e-paper", FOOTER, 0.15, (_OLD, "Read the e-paper: N1,500 a month"),
               ("2017-01-02", "Read the e-paper: N2,500 a month"),
               ("2020-01-06", "Read the e-paper: N3,000 a month or N30,000 a year")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright {year} The Marina Herald. All "
                                                 "rights reserved."),
               (MH_REDESIGN.isoformat(), "© {year} The Marina Herald. This story may not be "
                                         "republished, broadcast or rewritten without "
                                         "permission.")),
            _f("traffic", HEADER, 0.04, (_OLD, "TRAFFIC ALERT: Third Mainland Bridge partially "
                                               "closed for repairs this weekend")),
        ),
    )


# --- a Hausa site (Kano, Nigeria) -----------------------------------------------------------

TA_REDESIGN = dt.date(2017, 9, 22)  # relaunched on the first of Muharram 1439
TA_WHATSAPP = dt.date(2019, 6, 10)
TA_BANK = dt.date(2018, 2, 5)
MAULUD = {2015: "2015-12-24", 2016: "2016-12-12", 2017: "2017-12-01", 2018: "2018-11-21",
          2019: "2019-11-10", 2020: "2020-10-29"}


def _ta_hijri(day: dt.date) -> str:
    y, m, d = hijri(day)
    return f"{digits(d, ARABIC_ZERO)} {HIJRI_MONTHS[m - 1]} {digits(y, ARABIC_ZERO)} هـ"


def _ta_dated(day: dt.date) -> str:
    weekday, month = HAUSA_WEEKDAYS[day.weekday()], HAUSA_MONTHS[day.month - 1]
    if day < TA_REDESIGN:
        return f"{weekday}, {day.day} ga {month}, {day.year}"
    return f"{weekday} {day.day} ga {month} {day.year} | {_ta_hijri(day)}"


MAIZE_KNOTS = ((dt.date(2015, 1, 1), 6800), (dt.date(2016, 9, 1), 13000),
               (dt.date(2017, 6, 1), 14500), (dt.date(2018, 6, 1), 9500),
               (dt.date(2019, 6, 1), 10500), (dt.date(2020, 10, 1), 17500),
               (dt.date(2021, 1, 10), 17000))


def maize_price(day: dt.date) -> int:
    """The made-up price of a 100 kg bag of maize at Dawanau in naira in `day`'s week (from
    Thursday; about 7,000 early in 2015, 14,500 in 2017, 9,500 in 2018 and 17,500 late in
    2020), rounded to 100."""
    thursday = last_weekday_on(day, 3)
    return 100 * round((along(MAIZE_KNOTS, thursday) + jitter(thursday, "dawanau", -400, 400))
                       / 100)


def _ta_market(day: dt.date) -> str:
    return f"🌾 Farashin masara a kasuwar Dawanau: ₦{commas(maize_price(day))} kowane buhu"


def _ta_notice() -> Wordings:
    base = _steps((_OLD, "Ku biyo mu a Facebook: Tauraron Arewa"),
                  (TA_WHATSAPP.isoformat(), "📲 Ku samu labarai ta WhatsApp: aika LABARI zuwa "
                                            "0803 000 0000"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ Zaɓen 2015: sakamakon rumfunan zaɓe na Kano", before=6,
              after=3),
        _vote("2019-02-23", "🗳️ Zaɓen 2019: sakamakon rumfunan zaɓe na Kano", before=6,
              after=3),
        _vote("2019-03-09", "🗳️ Zaɓen gwamna: sakamako daga ƙananan hukumomi", before=4,
              after=3),
        _vote("2019-03-23", "🗳️ Zaɓen cike gurbi na gwamnan Kano", before=6, after=1),
        _span("2020-04-16", "2020-05-06", "😷 Dokar zaman gida a Kano: ku zauna a gida"),
    ]
    feasts = _movable(_listed(RAMADAN), 1, 2, lambda y: f"🌙 Barka da azumin watan Ramadan "
                                                        f"{y}")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 Barka da Sallah!")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐏 Barka da Babbar Sallah!")
    feasts += _movable(_listed(MAULUD), 1, 0, lambda _: "🕌 Barka da Maulidi")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Najeriya ta cika shekara {y - 1960} da "
                                               f"samun 'yancin kai")
    return _calendar(base, news, feasts)


def kano_style() -> PublisherStyle:
    """A Hausa site (Kano): a section kicker, the Hausa weekday and the date turned with the
    Hijri date in Arabic script and digits beside it on the first of Muharram 1439 (a wording
    per day), "Daga" turned with the city, a town's dateline, "Karanta kuma:" (up to twice), a
    photo credit, an advert's label mid-body, the maize price at Dawanau every week from
    Thursday, a social line turned a messenger appeal and turned by two general votes, the
    governorship poll and its supplementary poll, the 2020 lockdown, Ramadan with its year,
    the two Sallahs, Maulud and Independence with its count, a donation appeal turned with a
    bank account in naira and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="tauraronarewa.com.ng", site="Tauraron Arewa", base_size=195,
        subdomains=(("www.", 100),),
        sections=("labarai", "siyasa", "tattalin-arziki", "wasanni", "lafiya", "addini"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "sashe": ("LABARAI", "SIYASA", "TATTALIN ARZIKI", "WASANNI", "KIWON LAFIYA",
                      "ADDINI"),
            "gari": ("KANO", "KADUNA", "KATSINA", "SAKKWATO", "MAIDUGURI", "ZARIYA", "DUTSE"),
            "hoto": ("Tauraron Arewa", "Fadar Gwamnati", "Intanet", "Ajiya"),
            "naira": ("500", "1,000", "2,000"),
        },
        families=(
            _f("sashe", HEADER, 0.35, (_OLD, "{sashe}")),
            _f("kwanan-wata", HEADER, 0.75, *_by_day(_ta_dated)),
            _f("daga", HEADER, 0.5, (_OLD, "Daga {author}"),
               (TA_REDESIGN.isoformat(), "Daga {author}, Kano")),
            _f("gari", HEADER, 0.25, (_OLD, "{gari} (TA) -")),
            _f("karanta", MIDDLE, 0.35, (_OLD, "Karanta kuma: {other_title}"), count=2),
            _f("hoto", MIDDLE, 0.2, (_OLD, "Hoto: {hoto}")),
            _f("talla", MIDDLE, 0.08, (_OLD, "TALLA")),
            _f("kasuwa", FOOTER, 0.2, *_by_day(_ta_market)),
            _f("sanarwa", FOOTER, 0.3, *_ta_notice()),
            _f("tallafi", FOOTER, 0.12, (_OLD, "Ku tallafa wa aikin jarida mai zaman kansa."),
               (TA_BANK.isoformat(), "Ku tallafa mana da ₦{naira} ta asusun banki: 0000000000")),
            _f("hakki", FOOTER, 0.45, (_OLD, "Haƙƙin mallaka © {year} Tauraron Arewa")),
            _f("wuta", HEADER, 0.04, (_OLD, "⚠️ KEDCO: za a ɗauke wuta yau a wasu unguwannin "
                                            "birnin Kano")),
        ),
    )


# --- a French and Wolof online daily (Dakar, Senegal) ----------------------------------------

TM_REDESIGN = dt.date(2018, 4, 4)  # relaunched on Independence Day
TM_WHATSAPP = dt.date(2019, 9, 2)
TM_MONEY = dt.date(2018, 6, 4)
TM_WAVE = dt.date(2020, 2, 3)
WOLOF_MONTHS = ("Samwiyee", "Fewriyee", "Mars", "Awril", "Me", "Suwe", "Sulet", "Ut",
                "Septaambar", "Oktoobar", "Nowaambar", "Desaambar")
DAKAR_LOWS = (18, 17, 18, 19, 21, 24, 25, 25, 25, 25, 23, 20)
DAKAR_HIGHS = (25, 25, 25, 25, 26, 29, 30, 31, 31, 31, 30, 27)


def _tm_dated(day: dt.date) -> str:
    if day < TM_REDESIGN:
        return f"Dakar, le {_french_date(day)}"
    return (f"{WOLOF_WEEKDAYS[day.weekday()]} {day.day} {WOLOF_MONTHS[day.month - 1]} "
            f"{day.year} · {day.day:02d}/{day.month:02d}/{day.year}")


def dakar_temperatures(day: dt.date) -> tuple[int, int]:
    """Made-up low and high in Dakar on `day` (°C) around the month's usual ones."""
    m = day.month - 1
    return DAKAR_LOWS[m] + jitter(day, "lo", -1, 1), DAKAR_HIGHS[m] + jitter(day, "hi", -1, 2)


def _tm_weather(day: dt.date) -> str:
    low, high = dakar_temperatures(day)
    return f"🌡️ Dakar aujourd'hui : {low}°C / {high}°C"


def _tm_notice() -> Wordings:
    base = _steps((_OLD, "Rejoignez Teranga Matin sur Facebook"),
                  (TM_WHATSAPP.isoformat(), "📲 L'info en continu sur WhatsApp : 77 000 00 00"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Référendum du 20 mars : ce que dit le texte", before=6),
        _vote("2017-07-30", "🗳️ Législatives 2017 : les résultats département par département",
              before=6, after=3),
        _vote("2019-02-24", "🗳️ Présidentielle 2019 : suivez le dépouillement en direct",
              before=6, after=4),
        _span("2020-03-24", "2020-06-29", "😷 État d'urgence : couvre-feu de 20h à 6h, portez "
                                          "le masque"),
    ]
    feasts = _movable(_listed(MAGAL), 2, 0, lambda y: f"🕌 Grand Magal de Touba {y} : notre "
                                                      f"dispositif spécial")
    feasts += _movable(_listed(GAMOU), 1, 0, lambda y: f"🕌 Gamou {y} : Tivaouane en prière")
    feasts += _movable(_listed(TABASKI), 2, 0, lambda _: "🐏 Bonne fête de Tabaski — "
                                                         "Dewenati !")
    feasts += _movable(_listed(KORITE), 1, 0, lambda _: "🌙 Bonne fête de Korité — Dewenati !")
    feasts += _yearly("04-04", 1, 0, lambda y: f"🇸🇳 4 Avril : {y - 1960}e anniversaire de "
                                               f"l'indépendance")
    return _calendar(base, news, feasts)


def dakar_style() -> PublisherStyle:
    """A French and Wolof online daily (Dakar): a section kicker, "Dakar, le" with the French
    weekday and date turned the Wolof weekday, month and a date with slashes on Independence
    Day 2018 (a wording per day), "Par" turned with the site's name, "À lire aussi :" (up to
    twice), a photo credit, the day's temperatures in Dakar (a wording per day), the
    hivernage and the dry season, a social line turned a messenger appeal and turned by a
    referendum, two votes and the 2020 curfew, the Magal, the Gamou, Tabaski and Korité with
    Dewenati, the 4 April with its count, a donation appeal turned with mobile money and with
    a second wallet, a rights line and a fair-use line (a block), a rare power cut."""
    return PublisherStyle(
        domain="terangamatin.sn", site="Teranga Matin", base_size=170,
        subdomains=(("www.", 90), ("", 10)),
        sections=("politique", "societe", "economie", "religion", "sport", "culture"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Politique", "Société", "Économie", "Religion", "Sport", "Culture",
                         "Régions"),
            "credit": ("Teranga Matin", "APS", "DR", "Présidence", "Archives"),
            "montant": ("1 000", "2 000", "5 000"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_tm_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (TM_REDESIGN.isoformat(), "Par {author} – Teranga Matin")),
            _f("a-lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("credit", MIDDLE, 0.2, (_OLD, "Crédit photo : {credit}")),
            _f("meteo", FOOTER, 0.15, *_by_day(_tm_weather)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("07-01", "🌧️ Hivernage : signalez les quartiers inondés de la banlieue"),
                ("10-25", "🌬️ Saison sèche : vents de poussière, protégez les plus "
                          "fragiles"))),
            _f("annonce", FOOTER, 0.3, *_tm_notice()),
            _f("soutien", FOOTER, 0.15, (_OLD, "Soutenez une presse libre et indépendante."),
               (TM_MONEY.isoformat(), "Soutenez Teranga Matin : {montant} FCFA par Orange "
                                      "Money"),
               (TM_WAVE.isoformat(), "Soutenez Teranga Matin : {montant} FCFA par Orange "
                                     "Money ou Wave")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Teranga Matin – Tous droits réservés")),
            _f("reprise", FOOTER, 0.15, (_OLD, "Reprise autorisée avec mention de la source et "
                                               "un lien vers l'article original.")),
            _f("senelec", HEADER, 0.04, (_OLD, "⚠️ Senelec : perturbations sur le réseau ce "
                                               "jour à Pikine et Guédiawaye")),
        ),
    )


# --- a French and Bambara radio (Sikasso, Mali) ---------------------------------------------

RK_REDESIGN = dt.date(2017, 9, 22)  # relaunched on Independence Day
RK_RELAY = dt.date(2019, 1, 14)
RK_MONEY = dt.date(2018, 11, 5)
RK_SHOWS = ("Sɛnɛkɛlaw ka waati, 6h30", "Santé pour tous, 9h",
            "Kunnafoniw bamanankan na, 12h", "Jeunes et emploi, 16h",
            "Juma waajuli, 13h", "Dɔnkili ni foli, 20h", "Kari kalan, 8h")
# The seed-cotton price by campaign, set each spring for the coming season.
COTTON = ((_OLD, 250, "2014-2015"), ("2015-04-20", 250, "2015-2016"),
          ("2016-04-18", 250, "2016-2017"), ("2017-04-24", 250, "2017-2018"),
          ("2018-04-23", 250, "2018-2019"), ("2019-04-22", 275, "2019-2020"),
          ("2020-04-27", 200, "2020-2021"))


def _rk_today(day: dt.date) -> str:
    return f"📻 Bi ({BAMBARA_WEEKDAYS[day.weekday()]}) : {RK_SHOWS[day.weekday()]}"


def _rk_dated(day: dt.date) -> str:
    if day < RK_REDESIGN:
        return f"Publié le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"{BAMBARA_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} – Sikasso")


def _rk_cotton() -> Wordings:
    return tuple((start, f"🌱 Coton graine : {price} FCFA le kilo (campagne {campaign})")
                 for start, price, campaign in COTTON)


def _rk_notice() -> Wordings:
    base = _steps((_OLD, "Avis et communiqués : passez au studio ou appelez le 21 62 00 00"),
                  (RK_RELAY.isoformat(), "Avis et communiqués par WhatsApp : 76 00 00 00"))
    news: list[Event] = [
        _span("2015-11-20", "2015-11-30", "⚠️ État d'urgence après l'attaque de Bamako : "
                                          "soyez vigilants"),
        _vote("2018-07-29", "🗳️ Présidentielle, 1er tour : résultats des bureaux de Sikasso",
              before=6, after=3),
        _vote("2018-08-12", "🗳️ Présidentielle, 2e tour : résultats des bureaux de Sikasso",
              before=4, after=3),
        _vote("2020-03-29", "🗳️ Législatives, 1er tour : les candidats du cercle", before=2,
              after=2),
        _span("2020-03-26", "2020-03-26", "😷 Couvre-feu de 21h à 5h à partir de ce soir"),
        _vote("2020-04-19", "🗳️ Législatives, 2e tour : votez avec votre masque", before=3,
              after=2),
        _span("2020-08-18", "2020-08-27", "Situation nationale : restez à l'écoute de nos "
                                          "journaux"),
    ]
    feasts = _yearly("09-22", 1, 0, lambda y: f"🇲🇱 22 Septembre : {y - 1960} ans "
                                              f"d'indépendance")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Sali : aw ni sali, Ala ka san "
                                                          "wɛrɛ yira an na")
    feasts += _movable(_listed(EID_ADHA), 1, 0, lambda _: "🐏 Seliba : Ala ka san wɛrɛ yira "
                                                          "an na")
    return _calendar(base, news, feasts)


def sikasso_style() -> PublisherStyle:
    """A French and Bambara radio (Sikasso): the station's tuning line turned with a relay,
    today's programme by Bambara weekday, "Publié le" turned the Bambara weekday and the
    French date with the town on Independence Day 2017 (a wording per day), "Par" turned
    "Sɛbɛnnikɛla :", "Lire aussi :" once, a photo credit, the seed-cotton price by campaign,
    the mangoes, the rains and the harvest, a notices line turned a messenger appeal and
    turned by the 2015 state of emergency, two votes in two rounds each, the 2020 curfew
    and the coup, 22 September with its count and the two Eids, a listeners' appeal turned
    with mobile money and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="kenedougoufm.ml", site="Radio Kénédougou", base_size=150,
        subdomains=(("www.", 100),),
        sections=("actualite", "region", "agriculture", "sante", "culture"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("frequence", HEADER, 0.3, (_OLD, "Radio Kénédougou 98.5 FM · Sikasso"),
               (RK_RELAY.isoformat(), "Radio Kénédougou 98.5 FM Sikasso · 101.7 FM Koutiala")),
            _f("bi", HEADER, 0.2, *_by_day(_rk_today)),
            _f("publie", HEADER, 0.6, *_by_day(_rk_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               ("2018-01-08", "Sɛbɛnnikɛla : {author}")),
            _f("lire", MIDDLE, 0.25, (_OLD, "Lire aussi : {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo : {author2}")),
            _f("coton", FOOTER, 0.2, *_rk_cotton()),
            _f("saison", FOOTER, 0.15, *_seasons(
                ("03-01", "🥭 Saison des mangues : le marché de Médine ouvre dès 6h"),
                ("06-15", "🌧️ Samiya : pistes coupées vers Kadiolo, prudence sur les routes"),
                ("10-15", "🌾 Récoltes : les prix des céréales au marché chaque jeudi"))),
            _f("avis", FOOTER, 0.3, *_rk_notice()),
            _f("soutien", FOOTER, 0.12, (_OLD, "Votre radio vit grâce à ses auditeurs."),
               (RK_MONEY.isoformat(), "Soutenez votre radio par Orange Money : 76 00 00 01")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Radio Kénédougou, Sikasso")),
            _f("groupe", HEADER, 0.04, (_OLD, "⚠️ Coupure EDM : nous émettons sur groupe "
                                              "électrogène ce soir")),
        ),
    )


# --- a Yoruba site (Osogbo, Nigeria) --------------------------------------------------------

OO_REDESIGN = dt.date(2018, 8, 24)  # relaunched on the festival's grand day
OO_WHATSAPP = dt.date(2019, 4, 1)
OO_PAYSTACK = dt.date(2019, 10, 7)
OSUN_FESTIVAL = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-18",
                 2018: "2018-08-24", 2019: "2019-08-23", 2020: "2020-08-14"}


def _oo_dated(day: dt.date) -> str:
    weekday, month = YORUBA_WEEKDAYS[day.weekday()], YORUBA_MONTHS[day.month - 1]
    if day < OO_REDESIGN:
        return f"{weekday}, {day.day} {month} {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} | {weekday} | {{time}}"


def garri_price(day: dt.date) -> int:
    """The made-up price of a measure of garri in naira at Ọja Ọba in `day`'s week (from
    Saturday; about 150 in 2015 to 400 late in 2020), rounded to 10."""
    saturday = last_weekday_on(day, 5)
    return 10 * round((150 + 250 * share_of(saturday) ** 1.5
                       + jitter(saturday, "garri", -15, 15)) / 10)


def _oo_garri(day: dt.date) -> str:
    return f"Iye gààrí ní ọjà Ọba lọ́sẹ̀ yìí: ₦{garri_price(day)} fún kóńgò kan"


def _oo_festival(y: int) -> str:
    if y == 2020:
        return "🌊 Ọdún Ọ̀ṣun Òṣogbo 2020: láìsí èrò, nítorí àrùn Kofi"
    return f"🌊 Ọdún Ọ̀ṣun Òṣogbo {y}: ẹ kú ọdún o!"


def _oo_notice() -> Wordings:
    base = _steps((_OLD, "Ẹ tẹ̀lé wa lórí Facebook: Òkìkí Òṣogbo"),
                  (OO_WHATSAPP.isoformat(), "📲 Ìròyìn lórí WhatsApp: 0803 000 0001"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ Ìdìbò gbogbogbò 2015: èsì láti Ìpínlẹ̀ Ọ̀ṣun", before=6,
              after=3),
        _vote("2018-09-22", "🗳️ Ìdìbò gómìnà Ọ̀ṣun: èsì ìjọba ìbílẹ̀ kọ̀ọ̀kan", before=6,
              after=3),
        _vote("2018-09-27", "🗳️ Àtúndì ìdìbò gómìnà Ọ̀ṣun ní àwọn ibùdó díẹ̀", before=0,
              after=1),
        _vote("2019-02-23", "🗳️ Ìdìbò gbogbogbò 2019: èsì láti Ìpínlẹ̀ Ọ̀ṣun", before=6,
              after=3),
        _span("2020-03-31", "2020-05-03", "😷 Kofi-19: ẹ dúró sílé, ẹ fọ ọwọ́ yín"),
    ]
    feasts = _movable(_listed(OSUN_FESTIVAL), 6, 0, _oo_festival)
    feasts += _yearly("08-27", 0, 0, lambda y: f"Ìpínlẹ̀ Ọ̀ṣun pé ọdún {y - 1991}")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Ẹ kú ọdún Ìtúnu Ààwẹ̀")
    feasts += _movable(_listed(EID_ADHA), 1, 0, lambda _: "🐏 Ẹ kú ọdún Iléyá")
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Ẹ kú ọdún Kérésìmesì")
    return _calendar(base, news, feasts)


def osogbo_style() -> PublisherStyle:
    """A Yoruba site (Osogbo): a section kicker, the Yoruba weekday and the date turned a
    date with slashes, the weekday and the time on the festival's grand day in 2018 (a
    wording per day), "Láti ọwọ́" turned "Akọ̀ròyìn:", "Ẹ tún ka:" (up to twice), a photo
    credit, the garri price every week from Saturday, a social line turned a messenger
    appeal and turned by two general votes, a governorship vote and its re-run, the 2020
    lockdown, the Osun-Osogbo festival (without crowds in 2020), the state's anniversary
    with its count, the two Eids and Christmas, a donation appeal turned with an amount in
    naira and a rights line (a block), a rare road closure."""
    return PublisherStyle(
        domain="okikiosogbo.com.ng", site="Òkìkí Òṣogbo", base_size=130,
        subdomains=(("www.", 100),),
        sections=("iroyin", "oselu", "ipinle-osun", "idaraya", "asa"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "ipin": ("ÌRÒYÌN", "ÒṢÈLÚ", "ÌPÍNLẸ̀ Ọ̀ṢUN", "ERÉ ÌDÁRAYÁ", "ÀṢÀ"),
            "naira": ("500", "1,000", "2,000"),
        },
        families=(
            _f("ipin", HEADER, 0.35, (_OLD, "{ipin}")),
            _f("ojo", HEADER, 0.7, *_by_day(_oo_dated)),
            _f("onkowe", HEADER, 0.45, (_OLD, "Láti ọwọ́ {author}"),
               (OO_REDESIGN.isoformat(), "Akọ̀ròyìn: {author}")),
            _f("tun-ka", MIDDLE, 0.3, (_OLD, "Ẹ tún ka: {other_title}"), count=2),
            _f("aworan", MIDDLE, 0.15, (_OLD, "Àwòrán: {author2}")),
            _f("garri", FOOTER, 0.15, *_by_day(_oo_garri)),
            _f("ikede", FOOTER, 0.3, *_oo_notice()),
            _f("atileyin", FOOTER, 0.12, (_OLD, "Ẹ ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn wa."),
               (OO_PAYSTACK.isoformat(), "Ẹ ṣe àtìlẹ́yìn pẹ̀lú ₦{naira} lórí Paystack")),
            _f("eto", FOOTER, 0.4, (_OLD, "© {year} Òkìkí Òṣogbo. Gbogbo ẹ̀tọ́ ni a pamọ́.")),
            _f("ona", HEADER, 0.04, (_OLD, "⚠️ Ọ̀nà Òṣogbo sí Ìkìrun ti dí lónìí fún àtúnṣe")),
        ),
    )


# --- an English weekly (Buea, Cameroon) -----------------------------------------------------

FC_FIRST_ISSUE = dt.date(2015, 1, 1)  # a Thursday: issue 611
FC_REDESIGN = dt.date(2019, 5, 20)  # relaunched on National Day
GHOST_TOWNS = dt.date(2017, 1, 9)  # the first ghost-town Monday


def fc_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume (by year, from 1997), issue number and the Thursday it came
    out."""
    thursday = last_weekday_on(day, 3)
    return thursday.year - 1996, 611 + (thursday - FC_FIRST_ISSUE).days // 7, thursday


def _fc_issue(day: dt.date) -> str:
    volume, number, thursday = fc_issue(day)
    return (f"Vol. {volume} No. {number} · Thursday, {thursday.day} "
            f"{ENGLISH_MONTHS[thursday.month - 1]} {thursday.year}")


def _fc_office(day: dt.date) -> str:
    if day < GHOST_TOWNS:
        return "Office hours: Monday to Friday, 8am to 5pm, Molyko"
    monday = day + dt.timedelta(days=(7 - day.weekday()) % 7)  # today on a Monday
    return (f"Ghost town on Monday {monday.day} {ENGLISH_MONTHS[monday.month - 1]}: our "
            f"office opens again on Tuesday")


def _fc_notice() -> Wordings:
    base = _steps((_OLD, "Send press releases and announcements to the newsroom in Molyko"),
                  (FC_REDESIGN.isoformat(), "WhatsApp the newsroom: +237 600 00 00 00"))
    news: list[Event] = [
        _span("2017-01-17", "2017-04-20", "Internet cut in the North West and South West: "
                                          "this edition reaches you late"),
        _span("2017-09-29", "2017-10-02", "Curfew and ban on movement this weekend: stay "
                                          "indoors"),
        _vote("2018-10-07", "Presidential election 2018: polling stations in Fako", before=6,
              after=3),
        _vote("2020-02-09", "Legislative and municipal elections: what to know", before=6,
              after=2),
        _span("2020-03-18", "2020-05-01", "COVID-19: borders closed, bars shut at 6pm; wash "
                                          "your hands"),
    ]
    feasts = _yearly("05-20", 1, 0, lambda y: f"Happy {ordinal(y - 1972)} National Day, "
                                              f"Cameroon")
    feasts += _yearly("02-11", 0, 0, lambda y: f"Happy {ordinal(y - 1966)} Youth Day")
    feasts += _movable(_listed({2015: "2015-02-21", 2016: "2016-02-20", 2017: "2017-02-18",
                                2018: "2018-02-24", 2019: "2019-02-23", 2020: "2020-02-22"}),
                       3, 0, lambda y: f"Race of Hope {y}: runners up Mount Cameroon this "
                                       f"Saturday")
    return _calendar(base, news, feasts)


def buea_style() -> PublisherStyle:
    """An English weekly (Buea): the volume and issue with the Thursday it came out (turning
    every Thursday), a section kicker, "By ..., in Buea" turned with the paper's name on
    National Day 2019, "See also:" once, a photo credit, the office hours turned a ghost-town
    Monday notice every week from January 2017, the rains and the dry season, a releases line
    turned a messenger appeal and turned by the 2017 internet cut and curfew, two votes and
    the 2020 border closure, National Day and Youth Day with their counts and the Race of
    Hope, the cover price rising, a letters line and a rights line (a block), a rare printing
    notice."""
    return PublisherStyle(
        domain="fakochronicle.cm", site="Fako Chronicle", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "nw-sw", "politics", "business", "education", "sports"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"kicker": ("NEWS", "NW/SW", "POLITICS", "BUSINESS", "EDUCATION", "SPORTS")},
        families=(
            _f("issue", HEADER, 0.4, *_by_day(_fc_issue)),
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}, in Buea"),
               (FC_REDESIGN.isoformat(), "Story by {author} | Fako Chronicle")),
            _f("see-also", MIDDLE, 0.2, (_OLD, "See also: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {author2}/Fako Chronicle")),
            _f("office", FOOTER, 0.15, *_by_day(_fc_office)),
            _f("weather", FOOTER, 0.12, *_seasons(
                ("03-15", "Rainy season: expect landslides on the Buea–Kumba road, drive with "
                          "care"),
                ("11-01", "Dry season: the mountain tracks are open again; hikers, register "
                          "at the Buea park office"))),
            _f("notice", FOOTER, 0.3, *_fc_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price: 300 FCFA"), ("2017-01-05", "Price: 400 "
                                                                                "FCFA"),
               ("2019-05-23", "Price: 500 FCFA · Digital edition: 2,000 FCFA a month")),
            _f("letters", FOOTER, 0.12, (_OLD, "Letters to the editor: 300 words at most, "
                                               "with the writer's name and town.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Fako Chronicle, Buea")),
            _f("printing", HEADER, 0.04, (_OLD, "NOTICE: this week's print run is delayed; the "
                                                "digital edition is free to read")),
        ),
    )


# --- a French and Lingala site (Kinshasa, DR Congo) -----------------------------------------

MI_REDESIGN = dt.date(2019, 6, 30)  # relaunched on Independence Day
MI_MPESA = dt.date(2018, 3, 5)


def _mi_dated(day: dt.date) -> str:
    if day < MI_REDESIGN:
        return f"Kinshasa, {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"{LINGALA_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} "
            f"– {{time}}")


CDF_KNOTS = ((dt.date(2015, 1, 1), 925), (dt.date(2016, 6, 1), 935),
             (dt.date(2016, 12, 31), 1250), (dt.date(2017, 10, 1), 1590),
             (dt.date(2019, 12, 31), 1670), (dt.date(2020, 7, 1), 1950),
             (dt.date(2021, 1, 10), 1975))


def cdf_rate(day: dt.date) -> int:
    """The made-up rate of a dollar in Congolese francs in Kinshasa on `day`'s working day
    (about 925 until mid-2016, 1,600 from late 2017, 1,970 late in 2020)."""
    work = business_day(day)
    return round(along(CDF_KNOTS, work)) + jitter(work, "cdf", -6, 6)


def _mi_rate(day: dt.date) -> str:
    return f"💱 Taux du jour à Kinshasa : 1 USD = {spaced(cdf_rate(day))} FC"


def _mi_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Malebo Infos sur Twitter et Facebook"),
                  (MI_REDESIGN.isoformat(), "📲 Nos alertes sur WhatsApp : +243 800 000 000"))
    news: list[Event] = [
        _span("2015-01-19", "2015-01-25", "📵 Internet et SMS coupés : nos mises à jour sont "
                                          "ralenties"),
        _span("2016-12-19", "2016-12-21", "⚠️ Fin du mandat présidentiel : restez prudents, "
                                          "évitez les attroupements"),
        _span("2018-12-20", "2018-12-29", "🗳️ Les élections reportées au 30 décembre"),
        _vote("2018-12-30", "🗳️ Jour de vote : présidentielle, législatives et provinciales",
              before=0, after=0),
        _span("2018-12-31", "2019-01-19", "📵 Internet coupé depuis le vote : nos "
                                          "publications arrivent en retard"),
        _span("2020-03-24", "2020-07-21", "😷 État d'urgence sanitaire : portez le masque, "
                                          "lavez-vous les mains"),
    ]
    feasts = _yearly("06-30", 1, 0, lambda y: f"🇨🇩 30 juin : {y - 1960} ans d'indépendance")
    feasts += _yearly("01-16", 0, 1, lambda _: "Journée des héros nationaux : Lumumba et "
                                               "Kabila")
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Noël malamu na bino banso")
    return _calendar(base, news, feasts)


def kinshasa_style() -> PublisherStyle:
    """A French and Lingala site (Kinshasa): a section kicker, "Kinshasa," with the French
    date turned the Lingala weekday, a date with slashes and the time on Independence Day
    2019 (a wording per day), "Par" turned "... / Malebo Infos", "Lisez aussi :" (up to
    twice), a photo credit, the dollar's rate in Congolese francs on working days, a social
    line turned a messenger appeal and turned by two internet cuts, the end of a mandate,
    the postponed vote, the 2020 emergency, 30 June with its count, Heroes' days and
    Christmas in Lingala, a donation appeal turned with M-Pesa in dollars, and a rights line
    (a block), a rare load-shedding notice."""
    return PublisherStyle(
        domain="maleboinfos.cd", site="Malebo Infos", base_size=90,
        subdomains=(("www.", 100),),
        sections=("actualite", "politique", "kinshasa", "provinces", "sport"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("ACTUALITÉ", "POLITIQUE", "KINSHASA", "PROVINCES", "SPORT",
                         "CULTURE"),
            "photo": ("Malebo Infos", "Droits tiers", "Présidence RDC", "Archives"),
            "dollars": ("1", "5", "10"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.65, *_by_day(_mi_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (MI_REDESIGN.isoformat(), "{author} / Malebo Infos")),
            _f("lisez", MIDDLE, 0.3, (_OLD, "Lisez aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo : {photo}")),
            _f("taux", FOOTER, 0.2, *_by_day(_mi_rate)),
            _f("annonce", FOOTER, 0.3, *_mi_notice()),
            _f("don", FOOTER, 0.15, (_OLD, "Soutenez une information libre en RDC."),
               (MI_MPESA.isoformat(), "Soutenez Malebo Infos : {dollars} USD par M-Pesa au "
                                      "+243 810 000 000")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Malebo Infos – Reproduction interdite "
                                             "sans autorisation")),
            _f("delestage", HEADER, 0.04, (_OLD, "⚠️ SNEL : délestage ce soir à Lemba, Matete "
                                                 "et Ngaba")),
        ),
    )


# --- an English and Dagbani community radio (Tamale, Ghana) ---------------------------------

NF_REDESIGN = dt.date(2018, 3, 6)  # relaunched on Independence Day
NF_YENDI = dt.date(2019, 2, 4)
NF_MOMO = dt.date(2019, 7, 1)
NF_SHOWS = ("Dasiba Dagbon, 6am", "Health Hour, 10am", "Dagbani News, 12 noon",
            "Farmers' Forum, 4pm", "Jumu'ah Reflections, 1pm", "Weekend Sports, 3pm",
            "Sunday Gospel Hour, 7am")
FIRE_FESTIVAL = {2015: "2015-10-23", 2016: "2016-10-11", 2017: "2017-09-30",
                 2018: "2018-09-20", 2019: "2019-09-09", 2020: "2020-08-28"}
DAMBA = {2015: "2015-12-24", 2016: "2016-12-13", 2017: "2017-12-02", 2018: "2018-11-22",
         2019: "2019-11-11", 2020: "2020-10-31"}


def _nf_today(day: dt.date) -> str:
    return f"On air today ({ENGLISH_WEEKDAYS[day.weekday()]}): {NF_SHOWS[day.weekday()]}"


def _nf_dated(day: dt.date) -> str:
    if day < NF_REDESIGN:
        return f"Posted on {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]}, {ENGLISH_MONTHS[day.month - 1][:3]} "
            f"{day.day} {day.year} · {{time12}}")


def ghs_rate(day: dt.date) -> float:
    """The made-up rate of a dollar in cedis at the Tamale forex bureaus in `day`'s week
    (from Monday; about 3.20 early in 2015 to 5.85 in 2020)."""
    monday = last_weekday_on(day, 0)
    return round(3.2 + 2.6 * share_of(monday) ** 0.9 + jitter(monday, "ghs", -5, 5) / 100, 2)


def _nf_cedi(day: dt.date) -> str:
    return f"Cedi watch this week: $1 = GH₵{ghs_rate(day):.2f} at the forex bureaus"


def _nf_notice() -> Wordings:
    base = _steps((_OLD, "Send your greetings and announcements: call 0372 000 000"),
                  (NF_REDESIGN.isoformat(), "Greetings and announcements by WhatsApp: "
                                            "024 000 0000"))
    news: list[Event] = [
        _span("2015-02-02", "2015-06-30", "Dumsor: we are on the generator, bear with us "
                                          "during short breaks"),
        _vote("2016-12-07", "Election 2016: results from the Northern Region's constituencies",
              before=6, after=3),
        _span("2019-01-14", "2019-01-27", "Dagbon has a new Ya Na: live coverage from "
                                          "Yendi"),
        _span("2020-03-16", "2020-06-30", "COVID-19: schools closed, wear a mask and wash "
                                          "your hands"),
        _vote("2020-12-07", "Election 2020: results from the Northern Region's constituencies",
              before=6, after=3),
    ]
    feasts = _yearly("03-06", 1, 0, lambda y: f"Happy {ordinal(y - 1957)} Independence "
                                              f"Day, Ghana")
    feasts += _movable(_listed(FIRE_FESTIVAL), 1, 0, lambda y: f"Bugum Chuɣu {y}: celebrate "
                                                               f"the fire festival safely")
    feasts += _movable(_listed(DAMBA), 2, 1, lambda y: f"Damba {y}: live from the palace")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "Eid Mubarak from the Nyohini "
                                                          "family")
    return _calendar(base, news, feasts)


def tamale_style() -> PublisherStyle:
    """An English and Dagbani community radio (Tamale): the station's tuning line turned
    with a Yendi frequency, today's programme by weekday, "Posted on" turned a short
    weekday, date and 12-hour time on Independence Day 2018 (a wording per day), "Reported
    by" turned with the station's newsroom, "Listen also:" once, the cedi every week from
    Monday, the harmattan, the rains and the harvest, a greetings line turned a messenger
    appeal and turned by load shedding, two votes, the new Ya Na and the 2020 school
    closure, Independence with its count, the fire festival, Damba and Eid, a listeners'
    appeal turned with mobile money and a rights line (a block), a rare off-air notice."""
    return PublisherStyle(
        domain="nyohinifm.com.gh", site="Nyohini FM", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "dagbon", "farming", "health", "sports"),
        n_authors=3, url_path="/{section}/{slug}/",
        families=(
            _f("tuning", HEADER, 0.3, (_OLD, "Nyohini FM 96.1 · The Voice of Dagbon"),
               (NF_YENDI.isoformat(), "Nyohini FM 96.1 Tamale · 104.3 Yendi · The Voice of "
                                      "Dagbon")),
            _f("on-air", HEADER, 0.2, *_by_day(_nf_today)),
            _f("posted", HEADER, 0.6, *_by_day(_nf_dated)),
            _f("reporter", HEADER, 0.4, (_OLD, "Reported by {author}"),
               (NF_REDESIGN.isoformat(), "{author} | Nyohini FM News, Tamale")),
            _f("listen", MIDDLE, 0.2, (_OLD, "Listen also: {other_title}")),
            _f("cedi", FOOTER, 0.15, *_by_day(_nf_cedi)),
            _f("season", FOOTER, 0.15, *_seasons(
                ("04-15", "The rains are here: farmers, plant certified seed"),
                ("09-15", "Harvest time: dry your grain well before you store it"),
                ("11-20", "Harmattan: dusty mornings and bush fires, do not burn the bush"))),
            _f("greetings", FOOTER, 0.3, *_nf_notice()),
            _f("support", FOOTER, 0.12, (_OLD, "Community radio lives on your support."),
               (NF_MOMO.isoformat(), "Support your station by MoMo: 024 000 0001")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nyohini FM, Tamale")),
            _f("off-air", HEADER, 0.04, (_OLD, "We are off air today from 10am to 2pm for "
                                               "transmitter maintenance")),
        ),
    )


# --- a Malian diaspora association's site (Montreuil, France) -------------------------------

KM_REDESIGN = dt.date(2018, 9, 22)  # relaunched on Mali's Independence Day
KM_LETTER = dt.date(2020, 1, 10)
KM_DUES = dt.date(2019, 1, 1)


def _km_dated(day: dt.date) -> str:
    french = f"Montreuil, {_french_date(day)}"
    if day < KM_REDESIGN:
        return french
    return f"{french} | {BAMBARA_WEEKDAYS[day.weekday()]}"


def _km_notice() -> Wordings:
    base = _steps((_OLD, "Rejoignez le groupe Facebook du Kafo"),
                  (KM_LETTER.isoformat(), "📩 La lettre du Kafo chaque vendredi : inscription "
                                          "sur kafomontreuil.fr/lettre"))
    news: list[Event] = [
        _vote("2017-04-23", "🗳️ Présidentielle, 1er tour : Français d'origine malienne, "
                            "votez !", before=6),
        _vote("2017-05-07", "🗳️ Présidentielle, 2e tour : votez !", before=6),
        _vote("2018-07-29", "🗳️ Présidentielle au Mali : les Maliens de France votent au "
                            "consulat", before=6),
        _vote("2020-03-15", "🗳️ Municipales à Montreuil : 1er tour dimanche", before=6),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : le foyer reste ouvert, la "
                                          "permanence se fait par téléphone"),
        _vote("2020-06-28", "🗳️ Municipales à Montreuil : 2e tour dimanche", before=6),
        _span("2020-08-18", "2020-08-24", "🇲🇱 Mali : le Kafo suit la situation à Bamako"),
        _span("2020-10-30", "2020-12-14", "😷 Reconfinement : permanences sur rendez-vous "
                                          "seulement"),
    ]
    feasts = _yearly("09-22", 1, 0, lambda y: f"🇲🇱 22 Septembre : {y - 1960} ans "
                                              f"d'indépendance du Mali")
    feasts += _movable(_listed(RAMADAN), 1, 1, lambda y: f"🌙 Ramadan {y} : horaires des "
                                                         f"ruptures du jeûne à Montreuil")
    feasts += _movable(_listed(EID_ADHA), 1, 0, lambda _: "🐏 Bonne fête de Tabaski — "
                                                          "Seliba")
    return _calendar(base, news, feasts)


def montreuil_style() -> PublisherStyle:
    """A Malian diaspora association's site (Montreuil): the town with the French weekday
    and date turned with the Bambara weekday beside them on 22 September 2018 (a wording per
    day), "Par" turned "pour le Kafo", "À lire aussi :" once, a photo credit, the winter
    truce (stretched to July in 2020), a Facebook line turned a weekly letter and turned by
    French and Malian votes, the two lockdowns and the coup in Mali, 22 September with its
    count, Ramadan and Tabaski, the fixed euro-CFA parity, the dues reworded and a rights
    line (a block), a rare cancelled drop-in session."""
    return PublisherStyle(
        domain="kafomontreuil.fr", site="Kafo Montreuil", base_size=52,
        subdomains=(("www.", 100),),
        sections=("foyers", "mali", "droits", "jeunesse", "culture"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("date", HEADER, 0.6, *_by_day(_km_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}"),
               (KM_REDESIGN.isoformat(), "Par {author}, pour le Kafo")),
            _f("a-lire", MIDDLE, 0.2, (_OLD, "À lire aussi : {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo : {author2} / Kafo Montreuil")),
            _f("treve", FOOTER, 0.15, *_seasons(
                ("04-01", "Fin de la trêve hivernale : permanence logement le samedi matin"),
                ("11-01", "Trêve hivernale : aucune expulsion jusqu'au 31 mars"),
                special={2020: [("2020-04-01", "Trêve hivernale prolongée jusqu'au 10 juillet "
                                               "2020"),
                                ("2020-07-11", "Fin de la trêve hivernale : permanence "
                                               "logement le samedi matin"),
                                ("2020-11-01", "Trêve hivernale : aucune expulsion jusqu'au "
                                               "31 mars")]})),
            _f("annonce", FOOTER, 0.3, *_km_notice()),
            _f("parite", FOOTER, 0.15, (_OLD, "Envois au pays : 1 € = 655,957 FCFA (parité "
                                              "fixe)")),
            _f("cotisation", FOOTER, 0.15, (_OLD, "Cotisation annuelle : 20 €"),
               (KM_DUES.isoformat(), "Cotisation : 2 € par mois ou 24 € par an")),
            _f("droits", FOOTER, 0.3, (_OLD, "© {year} Kafo Montreuil – association loi "
                                             "1901")),
            _f("permanence", HEADER, 0.04, (_OLD, "⚠️ Permanence juridique annulée ce samedi, "
                                                  "reportée à la semaine prochaine")),
        ),
    )


# --- an Igbo weekly (Onitsha, Nigeria) ------------------------------------------------------

UO_FIRST_ISSUE = dt.date(2015, 1, 2)  # a Friday: issue 205
UO_REDESIGN = dt.date(2019, 1, 7)
MARKET_ANCHOR = dt.date(2015, 1, 1)  # an Eke day, as the paper counts its market week
NEW_YAM = {2015: "2015-08-15", 2016: "2016-08-13", 2017: "2017-08-19", 2018: "2018-08-18",
           2019: "2019-08-17", 2020: "2020-08-15"}
OFALA = {2015: "2015-10-15", 2016: "2016-10-13", 2017: "2017-10-12", 2018: "2018-10-11",
         2019: "2019-10-17"}


def market_day(day: dt.date) -> str:
    """The day of the Igbo four-day market week: Eke, Orie, Afọ, Nkwọ."""
    return IGBO_MARKET_DAYS[(day - MARKET_ANCHOR).days % 4]


def uo_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number and the Friday it came out."""
    friday = last_weekday_on(day, 4)
    return 205 + (friday - UO_FIRST_ISSUE).days // 7, friday


def _uo_issue(day: dt.date) -> str:
    number, friday = uo_issue(day)
    return (f"Mbipụta {number} · {IGBO_WEEKDAYS[4]}, {friday.day} "
            f"{IGBO_MONTHS[friday.month - 1]} {friday.year}")


def _uo_market(day: dt.date) -> str:
    return f"Ụbọchị ahịa taa: {market_day(day)}"


def _uo_notice() -> Wordings:
    base = _steps((_OLD, "Soro anyị na Facebook: Ụzọ Ọhụrụ"),
                  (UO_REDESIGN.isoformat(), "📲 Akụkọ na WhatsApp: zitere anyị ozi na "
                                            "0803 000 0002"))
    news: list[Event] = [
        _span("2017-05-30", "2017-05-30", "Ahịa niile mechiri emechi taa: nọrọ n'ụlọ"),
        _vote("2017-11-18", "🗳️ Ntuli aka gọvanọ Anambra: nsonaazụ site n'ógbè niile",
              before=6, after=3),
        _vote("2019-02-23", "🗳️ Ntuli aka 2019: nsonaazụ site n'Onitsha", before=6, after=3),
        _span("2020-03-31", "2020-05-03", "😷 Nọrọ n'ụlọ: ahịa Onitsha mechiri emechi"),
        _span("2020-10-21", "2020-10-27", "Curfew n'Anambra: nọrọ n'ụlọ, chebe onwe gị"),
    ]
    feasts = _movable(_listed(NEW_YAM), 3, 0, lambda y: f"🍠 Ememe iri ji {y}: ezi afọ "
                                                        f"ọhụrụ")
    feasts += _movable(_listed(OFALA), 2, 1, lambda y: f"👑 Ofala Onitsha {y}")
    feasts += _yearly("12-25", 2, 1, lambda _: "🎄 Ekeresimesi ọma nye ndị na-agụ anyị")
    return _calendar(base, news, feasts)


def onitsha_style() -> PublisherStyle:
    """An Igbo weekly (Onitsha): the day of the four-day market week (a wording per day),
    the edition number with the Friday it came out (turning every Friday), "Onye dere ya:"
    turned "Akụkọ sitere n'aka", "Gụọkwa:" once, the rainy and dry seasons, a social line
    turned a messenger appeal and turned by a sit-at-home day, two votes, the 2020 lockdown
    and the EndSARS curfew, the new yam, Ofala (not held in 2020) and Christmas, the cover
    price rising and a rights line (a block), a rare bridge notice."""
    return PublisherStyle(
        domain="uzoohuru.com.ng", site="Ụzọ Ọhụrụ", base_size=36,
        subdomains=(("www.", 100),),
        sections=("akuko", "onitsha", "ndoro-ndoro", "aku-na-uba"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("ahia", HEADER, 0.3, *_by_day(_uo_market)),
            _f("mbiputa", HEADER, 0.4, *_by_day(_uo_issue)),
            _f("ode", HEADER, 0.45, (_OLD, "Onye dere ya: {author}"),
               (UO_REDESIGN.isoformat(), "Akụkọ sitere n'aka {author}")),
            _f("guokwa", MIDDLE, 0.2, (_OLD, "Gụọkwa: {other_title}")),
            _f("oge", FOOTER, 0.15, *_seasons(
                ("03-20", "🌧️ Oge udu mmiri: ụzọ ndị dị n'Onitsha nwere ike ijupụta na "
                          "mmiri"),
                ("11-01", "☀️ Oge ọkọchị: uzuzu harmattan, chebe ahụ gị"))),
            _f("ozi", FOOTER, 0.3, *_uo_notice()),
            _f("onuahia", FOOTER, 0.15, (_OLD, "Ọnụ ahịa: ₦100"), ("2017-01-06", "Ọnụ ahịa: "
                                                                                "₦150"),
               ("2019-01-04", "Ọnụ ahịa: ₦200")),
            _f("ikike", FOOTER, 0.35, (_OLD, "© {year} Ụzọ Ọhụrụ. Ikike niile echekwara.")),
            _f("buriji", HEADER, 0.04, (_OLD, "⚠️ Niger Bridge: a na-atụgharị ụgbọala taa, "
                                              "jiri nwayọọ")),
        ),
    )


# --- a French and Wolof community site (Saint-Louis, Senegal) --------------------------------

GN_REDESIGN = dt.date(2018, 5, 4)
GN_WHATSAPP = dt.date(2019, 11, 4)
JAZZ = {2015: "2015-05-15", 2016: "2016-05-13", 2017: "2017-05-26", 2018: "2018-05-04",
        2019: "2019-05-03"}


def _gn_dated(day: dt.date) -> str:
    return (f"Ndar, {WOLOF_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def _gn_notice() -> Wordings:
    base = _steps((_OLD, "Envoyez vos infos de quartier : contact@guetndaractu.sn"),
                  (GN_WHATSAPP.isoformat(), "📲 Vos infos de quartier sur WhatsApp : "
                                            "77 000 00 01"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Référendum : les bureaux de vote de la Langue de Barbarie",
              before=6),
        _span("2018-01-28", "2018-02-04", "⚠️ Tension à Guet Ndar : le point chaque soir"),
        _vote("2019-02-24", "🗳️ Présidentielle : les résultats des bureaux de Ndar", before=6,
              after=3),
        _span("2020-03-24", "2020-06-29", "😷 Couvre-feu : les pirogues rentrent avant 20h"),
    ]
    feasts = _movable(_listed(JAZZ), 3, 3, lambda y: f"🎷 Saint-Louis Jazz {y} : la "
                                                     f"{y - 1992}e édition")
    feasts += _movable(_listed(TABASKI), 1, 0, lambda _: "🐏 Tabaski : Dewenati à tous")
    feasts += _movable(_listed(MAGAL), 1, 0, lambda _: "🕌 Bon Magal à tous les pèlerins")
    return _calendar(base, news, feasts)


def saintlouis_style() -> PublisherStyle:
    """A French and Wolof community site (Saint-Louis): "Ndar," with the Wolof weekday and
    the French date (a wording per day), "Par" turned "Texte :", "Autre info :" once, a
    photo credit, the fishing season, the swells and the river in flood, a contact line
    turned a messenger appeal and turned by a referendum, the 2018 tension, a vote and the
    2020 curfew, the jazz festival with its count (not held in 2020), Tabaski and the Magal,
    a volunteers' line and a rights line (a block), a rare bridge closure."""
    return PublisherStyle(
        domain="guetndaractu.sn", site="Guet Ndar Actu", base_size=24,
        subdomains=(("", 100),),
        sections=("quartier", "peche", "fleuve", "culture"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("date", HEADER, 0.5, *_by_day(_gn_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (GN_REDESIGN.isoformat(), "Texte : {author}")),
            _f("autre-info", MIDDLE, 0.2, (_OLD, "Autre info : {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo : {author2}")),
            _f("mer", FOOTER, 0.25, *_seasons(
                ("06-15", "🌊 Houle sur la brèche : gilet de sauvetage obligatoire"),
                ("08-01", "🌧️ Hivernage : le fleuve monte, surveillez les digues"),
                ("10-15", "🐟 Campagne de pêche : les pirogues sortent dès 5h, prudence sur "
                          "la barre"))),
            _f("annonce", FOOTER, 0.3, *_gn_notice()),
            _f("benevoles", FOOTER, 0.12, (_OLD, "Site animé par des bénévoles du quartier, "
                                                 "sans publicité.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Guet Ndar Actu")),
            _f("pont", HEADER, 0.04, (_OLD, "⚠️ Pont Faidherbe fermé à la circulation ce jour "
                                            "de 9h à 13h")),
        ),
    )


def heldout99_styles() -> list[PublisherStyle]:
    """The held-back-99 styles, in the order the generator hands them to publishers."""
    return [
        abidjan_style(), lagos_style(), kano_style(), dakar_style(), sikasso_style(),
        osogbo_style(), buea_style(), kinshasa_style(), tamale_style(), montreuil_style(),
        onitsha_style(), saintlouis_style(),
    ]
