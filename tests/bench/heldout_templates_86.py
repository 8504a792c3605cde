"""The ``held-back-86`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-84 set
(`tests.bench.heldout_templates_84`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of West Africa, large and small: a French-language
daily in Abidjan, a Hausa radio's site in Kano, a Yoruba-language weekly in Ibadan, a Twi and
English site in Kumasi, an Igbo diaspora site in Houston, a county paper in Gbarnga (Bong
County, Liberia), a Krio community weekly in Freetown, a Gambian weekly, a Bambara community
radio in Ségou (with N'ko), a Mooré site in Ouagadougou, a Fon site in Abomey and an Ewe site
in Kpalimé (Togo). The families are the kinds a crawl of such sites holds: dates localised day
by day (French, Hausa with the Hijri date, Yoruba, Twi, Igbo with the four-day market week,
Krio, Bambara with N'ko digits, Mooré and Ewe; several changing form or language on the day
of a redesign, one with the US clocks), lines that turn every day or every week (a weekly's
issue number, grain prices at a Kano market, the cedi's and the naira's rates, the Liberian
dollar's on working days), seasons (the cocoa campaigns' farm-gate prices, rainy and dry
seasons, the harmattan, the Niger's flood), bylines and datelines of many shapes, section
kickers, read-also links (some up to two times), photo credits, sources and cross-posts,
listen links, donation, membership and mobile-money appeals, prices in CFA francs, naira,
cedis, Liberian and US dollars, leones and dalasis (several rising over the years), notices
reworded in 2016-2020, notices that follow the region's calendars (votes, postponed ones and a
referendum called off, a coup and a failed one, attacks, a mudslide, Ebola declared over, the
2020 lockdowns and curfews, Ramadan, the two Sallahs and the Maulud by the dates kept in
Nigeria, Easter, the Akwasidae every 42 days, FESPACO in odd years and SIAO in even ones,
festivals, national days with their counts, a holiday moved from 29 May to 12 June and one
abolished), multi-line blocks, mid-body inserts, bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
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
    easter,
    jdn,
    listed,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
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
HAUSA_WEEKDAYS = ("Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi")
HAUSA_MONTHS = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta",
                "Satumba", "Oktoba", "Nuwamba", "Disamba")
HIJRI_MONTHS = ("Muharram", "Safar", "Rabi'ul Awwal", "Rabi'ul Akhir", "Jimada Ula",
                "Jimada Akhir", "Rajab", "Sha'aban", "Ramadan", "Shawwal", "Zulkida",
                "Zulhajji")
YORUBA_WEEKDAYS = ("Ọjọ́ Ajé", "Ọjọ́ Ìṣẹ́gun", "Ọjọ́rú", "Ọjọ́bọ̀", "Ọjọ́ Ẹtì", "Ọjọ́ Àbámẹ́ta",
                   "Ọjọ́ Àìkú")
YORUBA_MONTHS = ("Ṣẹ́rẹ́", "Èrèlé", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún",
                 "Owewe", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
TWI_WEEKDAYS = ("Dwoada", "Benada", "Wukuada", "Yawoada", "Fiada", "Memeneda", "Kwasiada")
TWI_MONTHS = ("Ɔpɛpɔn", "Ɔgyefuo", "Ɔbɛnem", "Oforisuo", "Kɔtɔnimma", "Ayɛwohomumu",
              "Kitawonsa", "Ɔsanaa", "Ɛbɔ", "Ahinime", "Obubuo", "Ɔpɛnimma")
IGBO_WEEKDAYS = ("Mọnde", "Tiuzdee", "Wenezdee", "Tọọzdee", "Fraịdee", "Satọdee", "Sọndee")
IGBO_MONTHS = ("Jenụwarị", "Febrụwarị", "Maachị", "Eprel", "Mee", "Jun", "Julaị", "Ọgọọst",
               "Septemba", "Ọktoba", "Novemba", "Disemba")
IGBO_MARKET_DAYS = ("Eke", "Orie", "Afọ", "Nkwọ")
KRIO_WEEKDAYS = ("Mɔnde", "Tyuzde", "Wɛnsde", "Tɔsde", "Fraide", "Satide", "Sɔnde")
KRIO_MONTHS = ("Jenwari", "Febwari", "Mach", "Epril", "Me", "Jun", "Julay", "Ɔgɔs",
               "Sɛptɛmba", "Ɔktoba", "Novɛmba", "Disɛmba")
BAMBARA_WEEKDAYS = ("Tɛnɛn", "Tarata", "Araba", "Alamisa", "Juma", "Sibiri", "Kari")
BAMBARA_MONTHS = ("zanwuyekalo", "feburuyekalo", "marisikalo", "awirilikalo", "mɛkalo",
                  "zuwɛnkalo", "zuluyekalo", "utikalo", "sɛtanburukalo", "ɔkutɔburukalo",
                  "nowanburukalo", "desanburukalo")
NKO_ZERO = "\u07c0"  # N'ko digit zero; the nine others follow it
MOORE_WEEKDAYS = ("Tẽneŋgã", "Talaarɛ", "Arba", "Alaamiisi", "Arzũma", "Sibri", "Hadre")
EWE_WEEKDAYS = ("Dzoɖa", "Braɖa", "Kuɖa", "Yawoɖa", "Fiɖa", "Memleɖa", "Kɔsiɖa")
EWE_MONTHS = ("Dzove", "Dzodze", "Tedoxe", "Afɔfĩe", "Damɛ", "Masa", "Siamlɔm", "Deasiamime",
              "Anyɔnyɔ", "Kele", "Adeɛmekpɔxe", "Dzome")

# Ramadan, the two Sallahs and the Maulud as Nigeria's Muslim authorities announced them.
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
MAULUD = {2015: "2015-12-24", 2016: "2016-12-12", 2017: "2017-12-01", 2018: "2018-11-20",
          2019: "2019-11-09", 2020: "2020-10-29"}


def figure(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_start(day: dt.date, weekday: int = 0) -> dt.date:
    """The day `day`'s week starts on, weeks starting on `weekday` (Monday 0)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def business_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def drift(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn through (ISO day, value) points (flat outside)."""
    if day.isoformat() <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        a, b = dt.date.fromisoformat(d0), dt.date.fromisoformat(d1)
        if a <= day <= b:
            return v0 + (v1 - v0) * (day - a).days / (b - a).days
    return points[-1][1]


def grouped(number: int, mark: str = ",") -> str:
    """`number` with `mark` between thousands: 12,500 (Nigeria), 1 000 (Côte d'Ivoire)."""
    return f"{number:,}".replace(",", mark)


def french_day(n: int) -> str:
    """The day of the month as French dates print it: 1er, 2, 3..."""
    return "1er" if n == 1 else str(n)


def us_central_daylight(day: dt.date) -> bool:
    """US daylight saving time: the second Sunday of March to the first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetic) Islamic date on `day`: (year, month 1-12, day)."""
    n = jdn(day) - 1948440 + 10632
    cycles = (n - 1) // 10631
    n = n - 10631 * cycles + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycles + j - 30, month, n - (709 * month) // 24


IGBO_ANCHOR = dt.date(2015, 1, 1)  # an Afọ day in the site's own count


def igbo_market_day(day: dt.date) -> str:
    """The day of the four-day Igbo market week (Eke, Orie, Afọ, Nkwọ) on `day`, as the site
    counts it."""
    return IGBO_MARKET_DAYS[(2 + (day - IGBO_ANCHOR).days) % 4]


AKWASIDAE_ANCHOR = dt.date(2015, 1, 18)  # a Sunday: the Akwasidae the site's calendar starts


def akwasidae_days() -> list[dt.date]:
    """The Akwasidae Sundays (every 42 days of the Akan calendar) from 2015 to 2020."""
    out, day = [], AKWASIDAE_ANCHOR
    while day <= LAST_DAY:
        out.append(day)
        day += dt.timedelta(days=42)
    return out


# --- a French-language daily (Abidjan, Côte d'Ivoire) -----------------------------------------

CI_REDESIGN = dt.date(2018, 8, 7)  # relaunched on Independence Day
CI_RIGHTS = dt.date(2017, 6, 1)
CI_WHATSAPP = dt.date(2019, 4, 1)
CI_DIGITAL = dt.date(2019, 10, 1)
# The cocoa campaigns' guaranteed farm-gate prices (FCFA a kilo), main and mid-crop.
CI_COCOA = ((_OLD, "campagne 2014-2015", "850"),
            ("2015-10-01", "campagne 2015-2016", "1 000"),
            ("2016-10-01", "campagne principale 2016-2017", "1 100"),
            ("2017-04-01", "campagne intermédiaire 2017", "700"),
            ("2017-10-01", "campagne principale 2017-2018", "700"),
            ("2018-04-01", "campagne intermédiaire 2018", "750"),
            ("2018-10-01", "campagne 2018-2019", "750"),
            ("2019-10-01", "campagne 2019-2020", "825"),
            ("2020-10-01", "campagne 2020-2021", "1 000"))


def _ci_dated(day: dt.date) -> str:
    if day < CI_REDESIGN:
        return (f"Abidjan, le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day.day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"Publié le {day:%d/%m/%Y} à {{time}}"


def _ci_cocoa() -> Wordings:
    return tuple((start, f"🍫 Cacao, {label} : prix bord champ garanti {price} FCFA le kilo")
                 for start, label, price in CI_COCOA)


def _ci_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Le Lagunaire sur Facebook et Twitter"),
                  (CI_WHATSAPP.isoformat(), "📲 Recevez l'essentiel de l'actualité sur "
                                            "WhatsApp : envoyez INFO au 07 00 00 00"))
    news: list[Event] = [
        _span("2015-02-09", "2015-02-11", "🏆 Les Éléphants champions d'Afrique : accueil "
                                          "triomphal à Abidjan"),
        _vote("2015-10-25", "🗳️ Présidentielle 2015 : les résultats de la CEI commune par "
                            "commune", before=6, after=3),
        _span("2016-03-13", "2016-03-16", "🕯️ Attaque de Grand-Bassam : hommage aux "
                                          "victimes"),
        _vote("2016-10-30", "🗳️ Référendum constitutionnel : oui ou non à la nouvelle "
                            "Constitution", before=6),
        _vote("2016-12-18", "🗳️ Législatives 2016 : les résultats circonscription par "
                            "circonscription", before=5),
        _span("2017-01-06", "2017-01-13", "⚠️ Mutinerie à Bouaké : la situation ville par "
                                          "ville"),
        _span("2017-07-21", "2017-07-30", "🏅 VIIIes Jeux de la Francophonie à Abidjan : le "
                                          "programme du jour"),
        _vote("2018-10-13", "🗳️ Municipales et régionales : qui dirigera votre commune ?",
              before=6, after=2),
        _span("2020-03-24", "2020-05-14", "😷 Couvre-feu de 21 h à 5 h : ce qui est permis, "
                                          "ce qui est interdit"),
        _span("2020-05-15", "2020-07-14", "😷 Grand Abidjan isolé : les laissez-passer "
                                          "sanitaires"),
        _vote("2020-10-31", "🗳️ Présidentielle 2020 : suivez le scrutin en direct", before=6,
              after=3),
    ]
    feasts = _yearly("08-07", 1, 0, lambda y: f"🇨🇮 {y - 1960}e anniversaire de "
                                              f"l'Indépendance : bonne fête à tous")
    feasts += _movable(listed(EID_ADHA), 1, 0, lambda y: f"🐑 Tabaski {y} : bonne fête à nos "
                                                         f"lecteurs musulmans")
    feasts += _yearly("11-15", 0, 0, lambda y: "🕊️ Journée nationale de la paix")
    return _calendar(base, news, feasts)


def abidjan_style() -> PublisherStyle:
    """A French-language daily (Abidjan): a section kicker, the city and the date with the
    weekday and "1er", turned "Publié le" with a numeric date and the time on Independence Day
    2018 (a wording per day), "Par" turned with the writer's role, "Lire aussi :" turned "À
    LIRE AUSSI ▶" (up to twice), a photo credit, a news agency source, the cocoa campaigns'
    farm-gate prices (main and mid-crop), a social line turned a messenger appeal and turned
    by the Nations Cup, four votes and a referendum, an attack, a mutiny, the Francophonie
    games and the 2020 curfew and isolation of Greater Abidjan, Independence with its count,
    Tabaski by year and the peace day, the cover price rising then a digital subscription in
    CFA francs, a rights line reworded and the head office (a block), a rare power cut."""
    return PublisherStyle(
        domain="lelagunaire.ci", site="Le Lagunaire", base_size=245,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("politique", "economie", "societe", "sport", "regions", "culture"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Politique", "Économie", "Société", "Sport", "Régions", "Culture"),
            "beat": ("journaliste", "correspondant régional", "envoyé spécial", "stagiaire"),
            "photo": ("© Le Lagunaire", "© DR", "© AIP", "© Présidence", "© Archives"),
            "source": ("AIP", "AFP", "APA", "Xinhua"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_ci_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}"),
               (CI_REDESIGN.isoformat(), "Par {author}, {author_beat}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi : {other_title}"),
               (CI_REDESIGN.isoformat(), "À LIRE AUSSI ▶ {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "{photo}")),
            _f("source", FOOTER, 0.2, (_OLD, "Source : {source}")),
            _f("cacao", FOOTER, 0.15, *_ci_cocoa()),
            _f("avis", FOOTER, 0.3, *_ci_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Le Lagunaire : 200 FCFA chez votre vendeur "
                                                  "de journaux"),
               ("2018-01-02", "Le Lagunaire : 300 FCFA chez votre vendeur de journaux"),
               (CI_DIGITAL.isoformat(), "Abonnement numérique : 3 000 FCFA par mois, "
                                        "paiement par Mobile Money")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} Le Lagunaire – Tous droits "
                                              "réservés"),
               (CI_RIGHTS.isoformat(), "Toute reproduction, même partielle, est interdite "
                                       "sans l'accord écrit de la rédaction. © Le Lagunaire "
                                       "{year}")),
            _f("siege", FOOTER, 0.25, (_OLD, "Siège : Abidjan-Plateau · 01 BP 0000 Abidjan 01 "
                                             "· Tél. : (+225) 20 00 00 00")),
            _f("cie", HEADER, 0.04, (_OLD, "⚠️ CIE : coupure d'électricité programmée à "
                                           "Yopougon et Abobo ce jour de 9 h à 16 h")),
        ),
    )


# --- a Hausa radio's site (Kano, Nigeria) ------------------------------------------------------

NG_REDESIGN = dt.date(2017, 9, 22)  # relaunched on 1 Muharram 1439 (the tabular count)
NG_RIGHTS = dt.date(2019, 1, 1)
NG_WHATSAPP = dt.date(2019, 7, 1)
NG_APP = dt.date(2020, 1, 6)


def _ng_dated(day: dt.date) -> str:
    weekday = HAUSA_WEEKDAYS[day.weekday()]
    if day < NG_REDESIGN:
        return f"Kano, {weekday}, {day.day} ga {HAUSA_MONTHS[day.month - 1]}, {day.year}"
    year, month, mday = hijri(day)
    return (f"{weekday} {day.day}/{day.month}/{day.year} · {mday} {HIJRI_MONTHS[month - 1]} "
            f"{year} BH")


def dawanau_maize(day: dt.date) -> int:
    """The made-up price of a 100 kg bag of maize at Dawanau in `day`'s week (naira)."""
    monday = week_start(day)
    trend = drift(monday, (("2015-01-05", 7000), ("2016-06-01", 9500), ("2017-05-01", 15000),
                           ("2018-08-01", 9000), ("2019-09-01", 11000), ("2020-10-01",
                                                                         17500)))
    return int(round(trend / 50)) * 50 + 50 * figure(monday, "ng-maize", -6, 6)


def _ng_market(day: dt.date) -> str:
    maize = dawanau_maize(day)
    millet = maize + 50 * figure(week_start(day), "ng-millet", 4, 30)
    return (f"🌽 Kasuwar Dawanau a wannan mako: buhun masara ₦{grouped(maize)}, buhun gero "
            f"₦{grouped(millet)}")


def _ng_sallah(y: int) -> str:
    if y == 2020:
        return "🌙 Barka da Sallah! Babu hawan Sallah a Kano a bana saboda korona"
    return f"🌙 Barka da Sallah! Hawan Daushe da Durbar a Kano, {y}"


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "Ku biyo mu a Facebook: Rediyo Kurmi"),
                  (NG_WHATSAPP.isoformat(), "📲 Ku turo mana labarai ta WhatsApp: 0800 000 "
                                            "0000"),
                  (NG_APP.isoformat(), "📲 Saurari Rediyo Kurmi kai tsaye a wayarku: sauke "
                                       "manhajarmu"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-14", "🗳️ INEC ta dage zaben 14 ga Fabrairu zuwa 28 ga "
                                          "Maris"),
        _vote("2015-03-28", "🗳️ Zaben shugaban kasa: sakamako daga kananan hukumomin Kano",
              before=6, after=3),
        _vote("2015-04-11", "🗳️ Zaben gwamna da 'yan majalisar jiha", before=5),
        _span("2019-02-16", "2019-02-22", "🗳️ INEC ta dage zabe zuwa 23 ga Fabrairu"),
        _vote("2019-02-23", "🗳️ Zaben shugaban kasa 2019: sakamako kai tsaye", before=0,
              after=3),
        _vote("2019-03-09", "🗳️ Zaben gwamnan Kano: sakamako daga rumfunan zabe", before=5,
              after=1),
        _vote("2019-03-23", "🗳️ Zaben cike gurbi a wasu mazabun Kano", before=3),
        _span("2020-04-16", "2020-05-05", "😷 Dokar hana fita a Kano: ku zauna a gida"),
    ]
    feasts = _movable(listed(RAMADAN), 1, 2, lambda _: "🌙 An ga jinjirin watan Ramadan: "
                                                       "barka da azumi! رمضان كريم")
    feasts += _movable(listed(EID_FITR), 1, 2, _ng_sallah)
    feasts += _movable(listed(EID_ADHA), 1, 2, lambda y: f"🐏 Barka da Babbar Sallah, {y}!")
    feasts += _movable(listed(MAULUD), 1, 0, lambda _: "Barka da Mauludin Annabi (SAW)")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Najeriya ta cika shekara {y - 1960} da "
                                               f"samun 'yancin kai")
    return _calendar(base, news, feasts)


def kano_style() -> PublisherStyle:
    """A Hausa radio's site (Kano): a section kicker, the city and the Hausa date with "ga",
    turned a numeric date beside the Hijri date on the first of Muharram 1439 (a wording per
    day), "Daga" turned "Rahoton", "Karanta kuma:" turned "Ku karanta:" (up to twice), a photo
    credit, a listen link turned, grain prices at Dawanau every week, a social line turned a
    messenger appeal then an app appeal, and turned by the 2015 and 2019 postponements and
    five votes, the 2020 lockdown, Ramadan, the two Sallahs (no Durbar in 2020) and the
    Maulud by the dates kept in Nigeria, Independence with its count, a listeners' appeal in
    naira, a rights line turned with the hooked letters and the address (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="rediyokurmi.com.ng", site="Rediyo Kurmi", base_size=220,
        subdomains=(("www.", 70), ("hausa.", 30)),
        sections=("labarai", "siyasa", "wasanni", "kasuwanci", "lafiya", "addini"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "shashe": ("Labarai", "Siyasa", "Wasanni", "Kasuwanci", "Lafiya", "Addini"),
            "hoto": ("Rediyo Kurmi", "Facebook", "Fadar Gwamnatin Kano", "Rumbun adana hotuna"),
            "ngn": ("500", "1,000", "2,000"),
        },
        families=(
            _f("shashe", HEADER, 0.35, (_OLD, "{shashe}")),
            _f("kwanan", HEADER, 0.75, *_by_day(_ng_dated)),
            _f("marubuci", HEADER, 0.5, (_OLD, "Daga {author}"),
               (NG_REDESIGN.isoformat(), "Rahoton {author}, Kano")),
            _f("karanta", MIDDLE, 0.35, (_OLD, "Karanta kuma: {other_title}"),
               (NG_REDESIGN.isoformat(), "Ku karanta: {other_title}"), count=2),
            _f("hoto", MIDDLE, 0.2, (_OLD, "Hoto: {hoto}")),
            _f("saurara", MIDDLE, 0.1, (_OLD, "🎧 Saurari wannan labari a shirinmu na "
                                              "Labaran Yamma"),
               (NG_APP.isoformat(), "🎧 Saurari labarin: danna nan")),
            _f("kasuwa", FOOTER, 0.2, *_by_day(_ng_market)),
            _f("sanarwa", FOOTER, 0.3, *_ng_notice()),
            _f("tallafi", FOOTER, 0.12, (_OLD, "Ku tallafa wa rediyon al'umma: ko da ₦{ngn} "
                                               "ne, yana taimaka mana.")),
            _f("hakki", FOOTER, 0.45, (_OLD, "© {year} Rediyo Kurmi. Duk hakkin mallaka na "
                                             "kiyaye."),
               (NG_RIGHTS.isoformat(), "Haƙƙin mallaka © {year} Rediyo Kurmi. Ba a yarda a "
                                       "ɗauki labaranmu ba tare da izini ba.")),
            _f("adireshi", FOOTER, 0.2, (_OLD, "Adireshi: Titin Zoo, Kano · Waya: 0800 000 "
                                               "0001")),
            _f("wuta", HEADER, 0.04, (_OLD, "⚠️ Babu wutar lantarki a yau: shirye-shiryenmu na "
                                            "iya katsewa")),
        ),
    )


# --- a Yoruba-language weekly (Ibadan, Nigeria) ------------------------------------------------

YO_REDESIGN = dt.date(2018, 10, 1)  # relaunched on Independence Day
YO_WHATSAPP = dt.date(2019, 7, 4)
YO_FIRST_ISSUE = dt.date(2015, 1, 1)  # a Thursday: issue 612


def _yo_dated(day: dt.date) -> str:
    weekday = YORUBA_WEEKDAYS[day.weekday()]
    if day < YO_REDESIGN:
        return f"{weekday}, {day.day} {YORUBA_MONTHS[day.month - 1]}, {day.year}"
    return f"{weekday} {day.day}/{day.month}/{day.year} ({ENGLISH_WEEKDAYS[day.weekday()]})"


def yo_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number on `day` and the Thursday it came out."""
    thursday = week_start(day, 3)
    return 612 + (thursday - YO_FIRST_ISSUE).days // 7, thursday


def _yo_issue(day: dt.date) -> str:
    number, thursday = yo_issue(day)
    return (f"Ẹ̀dà {number} · {thursday.day} {YORUBA_MONTHS[thursday.month - 1]}, "
            f"{thursday.year}")


def _yo_democracy(y: int) -> dt.date:
    """Democracy Day: 29 May up to 2018, 12 June from 2019."""
    return dt.date(y, 5, 29) if y < 2019 else dt.date(y, 6, 12)


def _yo_notice() -> Wordings:
    base = _steps((_OLD, "Ẹ dara pọ̀ mọ́ wa lórí Facebook: Àkéde Olúyọ̀lé"),
                  (YO_WHATSAPP.isoformat(), "📲 Ẹ fi ìròyìn ránṣẹ́ sí wa lórí WhatsApp: "
                                            "0800 000 0002"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-14", "🗳️ INEC sún ìdìbò síwájú sí ọjọ́ kejìdínlọ́gbọ̀n "
                                          "oṣù Ẹrẹ̀nà"),
        _vote("2015-03-28", "🗳️ Ìdìbò ààrẹ: èsì láti ìjọba ìbílẹ̀ Ọ̀yọ́", before=6, after=2),
        _vote("2015-04-11", "🗳️ Ìdìbò gómìnà ìpínlẹ̀ Ọ̀yọ́", before=5),
        _span("2016-03-02", "2016-03-05", "👑 Ìwúyè Ọlọ́bàdàn tuntun: ètò ayẹyẹ"),
        _span("2019-02-16", "2019-02-22", "🗳️ INEC sún ìdìbò síwájú ọ̀sẹ̀ kan"),
        _vote("2019-02-23", "🗳️ Ìdìbò ààrẹ 2019: èsì ní tààràtà", before=0, after=2),
        _vote("2019-03-09", "🗳️ Ìdìbò gómìnà 2019: ta ni yóò ṣe gómìnà Ọ̀yọ́?", before=5),
        _span("2020-03-29", "2020-05-03", "😷 Ìséde: ẹ dúró sílé, ẹ fọ ọwọ́ yín"),
        _span("2020-10-21", "2020-10-25", "⚠️ Ìséde ní Ìbàdàn lẹ́yìn ìwọ́de #EndSARS"),
    ]
    feasts = _movable(easter, 2, 1, lambda y: f"✝️ Ẹ kú ọdún Àjíǹde {y}")
    feasts += _movable(listed(EID_FITR), 1, 1, lambda _: "🌙 Ẹ kú ọdún Ìtúnu Ààwẹ̀")
    feasts += _movable(listed(EID_ADHA), 1, 1, lambda _: "🐏 Ẹ kú ọdún Iléyá")
    feasts += _movable(_yo_democracy, 0, 0, lambda y: f"Ọjọ́ Ìjọba Àwa-arawa {y}")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Nàìjíríà pé ọdún {y - 1960} lómìnira")
    feasts += _yearly("12-25", 1, 7, lambda _: "🎄 Ẹ kú ọdún Kérésìmesì àti ọdún tuntun")
    return _calendar(base, news, feasts)


def ibadan_style() -> PublisherStyle:
    """A Yoruba-language weekly (Ibadan): a section kicker, the issue number with its
    Thursday (turning every week), the Yoruba weekday and month turned a numeric date with
    the English weekday on Independence Day 2018 (a wording per day), "Láti ọwọ́" turned
    "Akọ̀ròyìn:", "Ẹ tún ka:" (up to twice), a photo credit, a social line turned a messenger
    appeal and turned by the 2015 and 2019 postponements, four votes, an Olubadan's
    installation, the 2020 lockdown and the #EndSARS curfew, Easter, the two Sallahs,
    Democracy Day (moved from 29 May to 12 June in 2019), Independence with its count and
    Christmas, the cover price in naira rising, a thanks, a rights line and the address (a
    block), a rare correction."""
    return PublisherStyle(
        domain="akedeoluyole.com", site="Àkéde Olúyọ̀lé", base_size=195,
        subdomains=(("www.", 100),),
        sections=("iroyin", "oselu", "esin", "ere-idaraya", "asa", "ilera"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "abala": ("Ìròyìn", "Òṣèlú", "Ẹ̀sìn", "Eré ìdárayá", "Àṣà", "Ìlera"),
            "aworan": ("Àkéde Olúyọ̀lé", "Ilé-iṣẹ́ Ìjọba Ọ̀yọ́", "Fáìlì", "Ẹ̀bùn"),
        },
        families=(
            _f("abala", HEADER, 0.35, (_OLD, "{abala}")),
            _f("eda", HEADER, 0.45, *_by_day(_yo_issue)),
            _f("ojo", HEADER, 0.7, *_by_day(_yo_dated)),
            _f("onkowe", HEADER, 0.5, (_OLD, "Láti ọwọ́ {author}"),
               (YO_REDESIGN.isoformat(), "Akọ̀ròyìn: {author}")),
            _f("katun", MIDDLE, 0.3, (_OLD, "Ẹ tún ka: {other_title}"), count=2),
            _f("aworan", MIDDLE, 0.2, (_OLD, "Àwòrán: {aworan}")),
            _f("ikede", FOOTER, 0.3, *_yo_notice()),
            _f("owo", FOOTER, 0.15, (_OLD, "Iye owó ìwé ìròyìn yìí: ₦100"),
               ("2017-01-05", "Iye owó ìwé ìròyìn yìí: ₦150"),
               ("2020-02-06", "Iye owó ìwé ìròyìn yìí: ₦200 · Ẹ̀dà orí ayélujára: ₦1,000 lóṣù")),
            _f("ese", FOOTER, 0.2, (_OLD, "Ẹ ṣé púpọ̀ fún kíkà wa! Ẹ pín ìròyìn yìí fún àwọn "
                                          "ẹbí àti ọ̀rẹ́ yín.")),
            _f("eto", FOOTER, 0.4, (_OLD, "© {year} Àkéde Olúyọ̀lé. Gbogbo ẹ̀tọ́ wà ní "
                                          "ìpamọ́.")),
            _f("adiresi", FOOTER, 0.2, (_OLD, "Ọ́fíìsì: Ring Road, Ìbàdàn · Fóònù: 0800 000 "
                                              "0003")),
            _f("atunse", HEADER, 0.04, (_OLD, "Àtúnṣe: a ti ṣàtúnṣe orúkọ tí a kọ ní àṣìṣe "
                                              "nínú ìròyìn yìí.")),
        ),
    )


# --- a Twi and English site (Kumasi, Ghana) ----------------------------------------------------

GH_REDESIGN = dt.date(2019, 3, 6)  # relaunched on Independence Day
GH_WHATSAPP = dt.date(2018, 5, 7)
GH_MOMO = dt.date(2019, 9, 2)
GH_READ = dt.date(2017, 7, 3)


def _gh_dated(day: dt.date) -> str:
    if day < GH_REDESIGN:
        return (f"Kumasi | {ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return (f"{TWI_WEEKDAYS[day.weekday()]}, {TWI_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {{time}}")


def cedi_rate(day: dt.date) -> float:
    """The made-up interbank price of a US dollar in cedis in `day`'s week."""
    monday = week_start(day)
    trend = drift(monday, (("2015-01-05", 3.2), ("2015-09-01", 3.9), ("2016-12-01", 4.2),
                           ("2017-12-01", 4.4), ("2018-12-01", 4.8), ("2019-12-01", 5.5),
                           ("2020-12-01", 5.75)))
    return round(trend + figure(monday, "gh-cedi", -6, 6) / 100, 2)


def _gh_rate(day: dt.date) -> str:
    return f"💱 Forex this week: US$1 = GH₵{cedi_rate(day):.2f} (interbank, buying)"


def _gh_akwasidae(day: dt.date) -> str:
    if dt.date(2020, 3, 15) <= day <= dt.date(2020, 12, 31):
        return "🥁 Akwasidae: no public durbar at Manhyia Palace this time"
    return "🥁 Akwasidae today: Otumfuo sits in state at Manhyia Palace"


def _gh_notice() -> Wordings:
    base = _steps((_OLD, "Like Kumasi Nsɛm on Facebook and follow us on Twitter"),
                  (GH_WHATSAPP.isoformat(), "📲 Join the Kumasi Nsɛm WhatsApp platform for "
                                            "breaking news"))
    news: list[Event] = [
        _vote("2016-12-07", "🗳️ Election 2016: Ashanti Region results, constituency by "
                            "constituency", before=6, after=2),
        _span("2019-04-26", "2019-04-28", "👑 Otumfuo@20: twenty years on the Golden Stool"),
        _span("2019-12-01", "2019-12-17", "🗳️ December 17 referendum called off: district "
                                          "level elections only"),
        _span("2020-03-30", "2020-04-19", "😷 Partial lockdown in Greater Kumasi: stay home"),
        _vote("2020-12-07", "🗳️ Election 2020: collation at the Ashanti regional centre",
              before=6, after=2),
    ]
    adae: list[Event] = [(day, day + dt.timedelta(days=1), _gh_akwasidae(day))
                         for day in akwasidae_days()]
    feasts = _yearly("03-06", 1, 0, lambda y: f"🇬🇭 Happy {ordinal(y - 1957)} Independence "
                                              f"Anniversary, Ghana!")
    feasts += _movable(lambda y: nth_weekday(y, 12, 4, 1), 0, 0,
                       lambda y: f"🌾 National Farmers' Day {y}: ayekoo to all farmers!")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Afenhyia pa! Merry Christmas from all of "
                                               "us")
    return _calendar(base, news, adae, feasts)


def kumasi_style() -> PublisherStyle:
    """A Twi and English site (Kumasi): a section kicker, the city and the English date
    turned the Twi weekday and month with the time on Independence Day 2019 (a wording per
    day), "By" turned "Written by", "ALSO READ:" turned "READ ALSO ➡" (up to twice), a
    photo credit, the cedi's rate every week, a social line turned a messenger appeal and
    turned by two votes, a called-off referendum, an Asantehene's anniversary and the 2020
    lockdown, the Akwasidae every 42 days (without durbars from March 2020), Independence with
    its count, Farmers' Day and Christmas, a comments policy, a thanks in Twi, a mobile-money
    appeal turned with amounts in cedis and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="kumasinsem.com.gh", site="Kumasi Nsɛm", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "asanteman", "sports", "showbiz", "business"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "kicker": ("News", "Politics", "Asanteman", "Sports", "Showbiz", "Business"),
            "photo": ("Kumasi Nsɛm", "File", "Manhyia Palace", "Social media", "GNA"),
            "ghs": ("5", "10", "20"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("date", HEADER, 0.75, *_by_day(_gh_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (GH_REDESIGN.isoformat(), "Written by {author}")),
            _f("also-read", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}"),
               (GH_READ.isoformat(), "READ ALSO ➡ {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("forex", FOOTER, 0.2, *_by_day(_gh_rate)),
            _f("notice", FOOTER, 0.3, *_gh_notice()),
            _f("comments", FOOTER, 0.15, (_OLD, "Comments are moderated. Insults, tribal "
                                                "remarks and fake news will be deleted.")),
            _f("yeda", FOOTER, 0.2, (_OLD, "Yɛda mo ase sɛ moakenkan! Thank you for "
                                           "reading.")),
            _f("momo", FOOTER, 0.12, (_OLD, "Support independent journalism in Kumasi: MoMo "
                                            "024 000 0000"),
               (GH_MOMO.isoformat(), "Enjoyed this story? Support us with GH₵{ghs} on MoMo: "
                                     "024 000 0000")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kumasi Nsɛm. All rights "
                                                "reserved.")),
            _f("dumsor", HEADER, 0.04, (_OLD, "⚠️ ECG load-shedding: parts of Kumasi off "
                                              "from 6 p.m. to 6 a.m. today")),
        ),
    )


# --- an Igbo diaspora site (Houston, Texas) ----------------------------------------------------

IG_REDESIGN = dt.date(2017, 9, 29)  # relaunched on Igbo Day
IG_RELATED = dt.date(2018, 3, 5)
IG_NEWSLETTER = dt.date(2019, 2, 4)


def _ig_dated(day: dt.date) -> str:
    if day < IG_REDESIGN:
        zone = "CDT" if us_central_daylight(day) else "CST"
        return (f"Posted on {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} at "
                f"{{time12}} {zone}")
    return (f"{IGBO_WEEKDAYS[day.weekday()]}, {day.day} {IGBO_MONTHS[day.month - 1]} "
            f"{day.year} · Ụbọchị {igbo_market_day(day)}")


def naira_parallel(day: dt.date) -> int:
    """The made-up parallel-market price of a US dollar in Lagos in `day`'s week (naira)."""
    monday = week_start(day)
    trend = drift(monday, (("2015-01-05", 190), ("2015-12-01", 250), ("2016-06-20", 360),
                           ("2017-02-20", 510), ("2017-05-01", 380), ("2017-09-01", 362),
                           ("2020-02-01", 362), ("2020-06-01", 445), ("2020-12-01", 470)))
    return int(trend) + figure(monday, "ig-ngn", -4, 4)


def _ig_rate(day: dt.date) -> str:
    return f"💵 Naira this week: $1 = ₦{naira_parallel(day)} at the Lagos parallel market"


def _ig_notice() -> Wordings:
    base = _steps((_OLD, "Follow Ụmụnna Online on Facebook and Twitter"),
                  (IG_NEWSLETTER.isoformat(), "📬 Get our weekly newsletter from home and "
                                              "abroad: umunnaonline.com/newsletter"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-14", "🗳️ Nigeria's election moved to March 28: what it "
                                          "means for diaspora families"),
        _vote("2015-03-28", "🗳️ Nigeria decides 2015: results from the Southeast", before=6,
              after=3),
        _span("2017-05-29", "2017-05-31", "📞 Sit-at-home in the Southeast: call and check "
                                          "on your people"),
        _span("2019-02-16", "2019-02-22", "🗳️ INEC postpones Nigeria's election by one "
                                          "week"),
        _vote("2019-02-23", "🗳️ Nigeria decides 2019: live results", before=0, after=3),
        _span("2020-03-16", "2020-04-30", "😷 COVID-19: Houston stays home; Nigeria closes its "
                                          "airports"),
        _span("2020-10-10", "2020-10-24", "✊ #EndSARS: diaspora rallies at the Nigerian "
                                          "consulates this weekend"),
    ]
    feasts = _yearly("08-15", 0, 20, lambda y: f"🍠 Iri Ji {y}: New Yam festivals in "
                                               f"Houston, Dallas and Atlanta")
    feasts += _yearly("09-29", 1, 0, lambda _: "Happy Igbo Day! Ụbọchị Ndị Igbo")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Nigeria at {y - 1960}: Independence Day "
                                               f"parade downtown")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Ekeresimesi Ọma! Merry Christmas to "
                                               "Ụmụnna everywhere")
    return _calendar(base, news, feasts)


def houston_style() -> PublisherStyle:
    """An Igbo diaspora site (Houston): a section kicker, a posted line with the US Central
    zone's daylight or standard abbreviation, turned the Igbo weekday and month with the day
    of the four-day market week on Igbo Day 2017 (a wording per day), "By" turned with the
    city written from, a cross-post line, "Related:" turned the Igbo "Gụọ kwa:" (up to twice),
    a photo credit, the naira's parallel rate every week, a social line turned a newsletter
    appeal and turned by the 2015 and 2019 votes and postponements, a sit-at-home, the 2020
    lockdown and #EndSARS rallies, the New Yam festivals, Igbo Day, Nigeria's Independence
    with its count and Christmas, a membership price in dollars rising, a thanks in Igbo, a
    contributors' disclaimer and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="umunnaonline.com", site="Ụmụnna Online", base_size=150,
        subdomains=(("www.", 100),),
        sections=("diaspora", "nigeria", "ala-igbo", "opinion", "culture", "business"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Diaspora", "Nigeria", "Ala Igbo", "Opinion", "Culture", "Business"),
            "beat": ("Houston", "London", "Enugu", "Owerri", "Atlanta"),
            "partner": ("a Southeast community radio", "our partners in Enugu",
                        "a Houston community newsletter"),
            "photo": ("Ụmụnna Online", "Courtesy of the family", "File", "Social media"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("posted", HEADER, 0.7, *_by_day(_ig_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (IG_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("crosspost", HEADER, 0.1, (_OLD, "This article first appeared on {partner}.")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"),
               (IG_RELATED.isoformat(), "Gụọ kwa: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("naira", FOOTER, 0.2, *_by_day(_ig_rate)),
            _f("notice", FOOTER, 0.3, *_ig_notice()),
            _f("membership", FOOTER, 0.12, (_OLD, "Become an Ụmụnna member for $3.99 a month "
                                                  "and read without ads."),
               ("2018-01-08", "Become an Ụmụnna member for $4.99 a month and read without "
                              "ads."),
               ("2020-01-06", "Become an Ụmụnna member for $5.99 a month: no ads, plus our "
                              "weekly newsletter.")),
            _f("daalu", FOOTER, 0.2, (_OLD, "Daalụ maka ịgụ akụkọ a! Share it with your "
                                            "people.")),
            _f("disclaimer", FOOTER, 0.2, (_OLD, "Views expressed by contributors are their "
                                                 "own and do not necessarily reflect ours.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Ụmụnna Online, Houston, TX. All "
                                                "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled a town's name.")),
        ),
    )


# --- a county paper (Gbarnga, Bong County, Liberia) --------------------------------------------

LR_INAUGURATION = dt.date(2018, 1, 22)  # relaunched the day the new president took office
LR_TIPS = dt.date(2019, 2, 4)


def _lr_dated(day: dt.date) -> str:
    if day < LR_INAUGURATION:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time12}} GMT"


def lrd_rate(day: dt.date) -> float:
    """The made-up Central Bank rate of a US dollar in Liberian dollars on `day`'s working
    day."""
    work = business_day(day)
    trend = drift(work, (("2015-01-02", 85.0), ("2016-01-04", 91.0), ("2017-01-03", 103.0),
                         ("2018-01-02", 126.0), ("2019-01-02", 158.0), ("2019-10-01", 208.0),
                         ("2020-06-01", 199.0), ("2020-12-31", 170.0)))
    return round(trend + figure(work, "lr-lrd", -80, 80) / 100, 2)


def _lr_rate(day: dt.date) -> str:
    return f"💱 CBL exchange rate today: US$1 = L${lrd_rate(day):.2f}"


def _lr_notice() -> Wordings:
    base = _steps((_OLD, "Like The Bong Beacon on Facebook"),
                  (LR_TIPS.isoformat(), "📲 Send your news from your town: WhatsApp 0886 000 "
                                        "000"))
    news: list[Event] = [
        _span("2015-05-09", "2015-05-15", "✅ WHO declares Liberia free of Ebola: keep washing "
                                          "your hands"),
        _span("2016-06-09", "2016-06-14", "✅ Ebola flare-up over: Liberia free again"),
        _vote("2017-10-10", "🗳️ Elections 2017: Bong County results from the magisterial "
                            "office", before=6, after=3),
        _span("2017-11-06", "2017-11-12", "⚖️ Run-off on hold: the Supreme Court hears the "
                                          "fraud complaint"),
        _vote("2017-12-26", "🗳️ Run-off election: polls open 8 a.m. to 6 p.m.", before=6,
              after=2),
        _span("2018-01-21", "2018-01-23", "🇱🇷 Inauguration Day: Liberia's new president "
                                          "takes office"),
        _span("2020-04-10", "2020-07-21", "😷 State of emergency: stay home, wash your hands, "
                                          "wear a mask"),
        _vote("2020-12-08", "🗳️ Senatorial elections and referendum: vote in your precinct",
              before=6, after=1),
    ]
    feasts = _yearly("07-26", 2, 0, lambda y: f"🇱🇷 Happy {ordinal(y - 1847)} Independence "
                                              f"Day, Liberia!")
    feasts += _movable(lambda y: nth_weekday(y, 3, 2, 2), 0, 0,
                       lambda _: "Decoration Day: families clean and decorate the graves")
    feasts += _movable(lambda y: nth_weekday(y, 4, 4, 2), 0, 0,
                       lambda _: "🙏 National Fast and Prayer Day")
    feasts += _yearly("08-24", 0, 0, lambda _: "🇱🇷 Flag Day: the Lone Star forever")
    feasts += _movable(lambda y: nth_weekday(y, 11, 3, 1), 0, 0,
                       lambda y: f"Thanksgiving Day {y}: give thanks")
    return _calendar(base, news, feasts)


def gbarnga_style() -> PublisherStyle:
    """A county paper (Gbarnga, Bong County): a dateline with the town and county, the
    weekday and date turned an abbreviated date with the 12-hour time and GMT on
    inauguration day 2018 (a wording per day), "By" turned the name and the writer's role,
    "Also Read:" (up to twice), a photo credit, the Central Bank's rate on working days, the
    rainy and dry seasons, a social line turned a messenger appeal and turned by Ebola
    declared over twice, two votes, a run-off held up in court, an inauguration, the 2020
    emergency and a referendum, Independence with its count, Decoration Day, Fast and Prayer
    Day, Flag Day and Thanksgiving, the cover price in Liberian dollars rising, a tip line and
    a rights line (a block), a rare road warning."""
    return PublisherStyle(
        domain="bongbeacon.com.lr", site="The Bong Beacon", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "bong", "politics", "health", "agriculture", "sports"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "town": ("GBARNGA", "TOTOTA", "SALALA", "PALALA", "SUAKOKO", "BELEFANAI"),
            "beat": ("Bong County Correspondent", "Beacon Staff Writer", "Contributing "
                                                                          "Writer"),
            "photo": ("Beacon photo", "File photo", "Contributed", "Bong County Health Team"),
        },
        families=(
            _f("dateline", HEADER, 0.4, (_OLD, "{town}, Bong County –")),
            _f("date", HEADER, 0.65, *_by_day(_lr_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (LR_INAUGURATION.isoformat(), "{author}, {author_beat}")),
            _f("also-read", MIDDLE, 0.3, (_OLD, "Also Read: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("cbl", FOOTER, 0.2, *_by_day(_lr_rate)),
            _f("season", FOOTER, 0.2, *_seasons(
                ("05-01", "🌧️ Rainy season: the Gbarnga–Monrovia highway is slippery, drive "
                          "slowly"),
                ("11-01", "☀️ Dry season: do not burn your farm on a windy day"))),
            _f("notice", FOOTER, 0.3, *_lr_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "The Bong Beacon · L$40 · Every Tuesday and "
                                             "Friday"),
               ("2017-01-03", "The Bong Beacon · L$50 · Every Tuesday and Friday"),
               ("2019-07-02", "The Bong Beacon · L$100 · Every Tuesday and Friday")),
            _f("tips", FOOTER, 0.15, (_OLD, "Got a story from your town or clan? Call or text "
                                            "0777 000 000.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Bong Beacon, Gbarnga, Liberia. "
                                                "All rights reserved.")),
            _f("road", HEADER, 0.04, (_OLD, "⚠️ Road alert: bridge washed away between Gbarnga "
                                            "and Ganta; use the Palala detour")),
        ),
    )


# --- a Krio community weekly (Freetown, Sierra Leone) ------------------------------------------

SL_REDESIGN = dt.date(2018, 4, 27)  # relaunched on Independence Day
SL_WHATSAPP = dt.date(2019, 5, 6)
SL_FIRST_ISSUE = dt.date(2014, 12, 30)  # a Tuesday: issue 300


def _sl_dated(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return (f"Freetown, {ENGLISH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")
    return f"{KRIO_WEEKDAYS[day.weekday()]}, {day.day} {KRIO_MONTHS[day.month - 1]} {day.year}"


def sl_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number on `day` and the Tuesday it came out."""
    tuesday = week_start(day, 1)
    return 300 + (tuesday - SL_FIRST_ISSUE).days // 7, tuesday


def _sl_issue(day: dt.date) -> str:
    number, tuesday = sl_issue(day)
    return f"Vol. {tuesday.year - 2008} No. {number} · Tuesday {tuesday:%d/%m/%Y}"


def _sl_notice() -> Wordings:
    base = _steps((_OLD, "Salone Tɔk de kam out ɛvri Tyuzde. Bay yu kɔpi na di vɛnda."),
                  (SL_WHATSAPP.isoformat(), "📲 Sɛn yu nyuz na WhatsApp: +232 00 000 000"))
    news: list[Event] = [
        _span("2015-11-07", "2015-11-10", "✅ Ebola dɔn dɔn na Salone! Bɔt una kɔntinyu fɔ "
                                          "was an"),
        _span("2017-08-14", "2017-08-21", "🕯️ Mudslide na Regent: di wan dɛn we nid ɛp, "
                                          "ɛn usay fɔ gi"),
        _vote("2018-03-07", "🗳️ Vot 2018: rizɔlt frɔm ɔl di distrikt dɛn", before=6,
              after=3),
        _span("2018-03-24", "2018-03-27", "⚖️ Kɔt stɔp di rɔnɔf fɔ naw: NEC go gi nyu de"),
        _vote("2018-03-31", "🗳️ Rɔnɔf vot: pol stesin opin 7 a.m.", before=3, after=3),
        _span("2020-04-05", "2020-04-07", "😷 Tri de lɔkdaun: ɔlman fɔ de na os"),
        _span("2020-04-08", "2020-06-30", "😷 Kɔfyu frɔm 9 p.m. to 6 a.m.: wia yu mask"),
    ]
    feasts = _yearly("04-27", 1, 0, lambda y: f"🇸🇱 Salone {y - 1961} ia indipɛndɛns: hapi "
                                              f"Indipɛndɛns De!")
    feasts += _movable(easter, 2, 1, lambda _: "✝️ Hapi Ista to ɔl wi rida dɛn")
    feasts += _movable(listed(EID_FITR), 1, 1, lambda _: "🌙 Barka Sala! Hapi Ramadan Bayram")
    feasts += _yearly("12-25", 1, 1, lambda _: "🎄 Compin, hapi Krismes!")
    return _calendar(base, news, feasts)


def freetown_style() -> PublisherStyle:
    """A Krio community weekly (Freetown): the volume and issue number with its Tuesday
    (turning every week), the city and the English date turned the Krio weekday and month on
    Independence Day 2018 (a wording per day), "By" turned the Krio "Na ... rayt am", "Rid
    mɔ:" (up to twice), a photo credit, a newsstand line turned a messenger appeal and
    turned by Ebola declared over, the Regent mudslide, two votes and a run-off held up in
    court, the 2020 lockdown and curfew, Independence with its count, Easter, the end of
    Ramadan and Christmas, the cover price in leones rising, a thanks in Krio, a rights line
    and the address (a block), a rare power cut."""
    return PublisherStyle(
        domain="salonetok.sl", site="Salone Tɔk", base_size=110,
        subdomains=(("www.", 100),),
        sections=("nyuz", "politiks", "kɔmyuniti", "spɔt", "biznɛs"),
        n_authors=4, url_path="/nyuz/{slug}",
        families=(
            _f("nomba", HEADER, 0.4, *_by_day(_sl_issue)),
            _f("de", HEADER, 0.65, *_by_day(_sl_dated)),
            _f("rayta", HEADER, 0.45, (_OLD, "By {author}"),
               (SL_REDESIGN.isoformat(), "Na {author} rayt am")),
            _f("rid-mo", MIDDLE, 0.3, (_OLD, "Rid mɔ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("notis", FOOTER, 0.3, *_sl_notice()),
            _f("prays", FOOTER, 0.15, (_OLD, "Salone Tɔk: Le 2,000 na ɛni vɛnda"),
               ("2017-01-03", "Salone Tɔk: Le 3,000 na ɛni vɛnda"),
               ("2019-10-01", "Salone Tɔk: Le 5,000 na ɛni vɛnda")),
            _f("tenki", FOOTER, 0.2, (_OLD, "Tɛnki fɔ rid! Shɛb dis wit yu fambul ɛn yu padi "
                                            "dɛn.")),
            _f("rayt", FOOTER, 0.4, (_OLD, "© {year} Salone Tɔk. Ɔl rayt rizav.")),
            _f("adres", FOOTER, 0.2, (_OLD, "Ɔfis: Siaka Stevens Street, Freetown · Tɛl: +232 "
                                            "00 000 001")),
            _f("lait", HEADER, 0.04, (_OLD, "⚠️ EDSA se no lait go de na Wellington ɛn "
                                            "Calaba Town tide")),
        ),
    )


# --- a Gambian weekly (Serekunda, The Gambia) --------------------------------------------------

GM_REDESIGN = dt.date(2017, 2, 18)  # relaunched on Independence Day
GM_PRICE = dt.date(2018, 7, 6)
GM_MONEY = dt.date(2019, 11, 1)


def _gm_notice() -> Wordings:
    base = _steps((_OLD, "The Kombo Star is out every Friday. Get your copy from your "
                         "vendor."),
                  (GM_REDESIGN.isoformat(), "Follow The Kombo Star on Facebook for news "
                                            "between our Friday editions"))
    news: list[Event] = [
        _vote("2016-12-01", "🗳️ Presidential election: drop your marble, go home, wait for "
                            "the results", before=6, after=1),
        _span("2016-12-10", "2017-01-16", "⚠️ Political impasse: ECOWAS mediators in Banjul "
                                          "again"),
        _span("2017-01-17", "2017-01-21", "⚠️ State of public emergency declared; the new "
                                          "president sworn in in Dakar"),
        _span("2017-01-26", "2017-01-28", "🇬🇲 Welcome home, Mr President!"),
        _vote("2017-04-06", "🗳️ National Assembly elections: results by constituency",
              before=6),
        _vote("2018-04-12", "🗳️ Council elections: who will be your mayor or chairperson?",
              before=5),
        _span("2019-01-07", "2019-01-13", "⚖️ TRRC public hearings begin: follow them live"),
        _span("2020-03-27", "2020-06-30", "😷 State of public emergency: markets open 6 a.m. "
                                          "to 2 p.m. only"),
    ]
    feasts = _yearly("02-18", 1, 0, lambda y: f"🇬🇲 Happy {ordinal(y - 1965)} Independence "
                                              f"Anniversary!")
    feasts += _yearly("07-22", 1, 0, lambda _: "July 22nd Revolution Day celebrations",
                      years=range(2015, 2017))
    feasts += _movable(listed(EID_FITR), 1, 1, lambda _: "🌙 Koriteh Mubarak from all of us")
    feasts += _movable(listed(EID_ADHA), 2, 1, lambda _: "🐏 Tobaski Mubarak! Dewenati!")
    return _calendar(base, news, feasts)


def kombo_style() -> PublisherStyle:
    """A Gambian weekly (Serekunda): the weekday and date turned the date with the capital on
    Independence Day 2017, a dateline in capitals, "By" turned with the writer's role, "READ
    ALSO:" (up to twice), a photo credit, a newsstand line turned a social line on
    Independence Day and turned by a vote, the political impasse and the state of emergency,
    the new president's return, two more votes, the truth commission's hearings and the 2020
    emergency, Independence with its count, July 22nd (until 2016), Koriteh and Tobaski, the
    cover price in dalasis rising, a thanks in Wolof and Mandinka, a donation appeal turned
    with mobile money and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="kombostar.gm", site="The Kombo Star", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "regions", "sports", "opinion"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "town": ("BANJUL", "SEREKUNDA", "BRIKAMA", "BAKAU", "FARAFENNI", "BASSE", "SOMA"),
            "beat": ("Kombo Star reporter", "Regional correspondent", "Contributor"),
            "photo": ("Kombo Star", "State House", "File photo", "Courtesy"),
            "gmd": ("25", "50", "100"),
        },
        families=(
            _f("date", HEADER, 0.6, (_OLD, "{weekday}, {date_dmy}"),
               (GM_REDESIGN.isoformat(), "{date_dmy} | Banjul")),
            _f("dateline", HEADER, 0.35, (_OLD, "{town} –")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (GM_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("read-also", MIDDLE, 0.3, (_OLD, "READ ALSO: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {photo}")),
            _f("notice", FOOTER, 0.3, *_gm_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "The Kombo Star · D15 · Every Friday"),
               (GM_PRICE.isoformat(), "The Kombo Star · D20 · Every Friday")),
            _f("jerejef", FOOTER, 0.2, (_OLD, "Jërëjëf! Abaraka! Thank you for reading.")),
            _f("donate", FOOTER, 0.12, (_OLD, "Support independent journalism in The Gambia: "
                                              "call 700 0000 to donate."),
               (GM_MONEY.isoformat(), "Support independent journalism: send D{gmd} with "
                                      "QMoney or Afrimoney to 700 0000.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Kombo Star. All rights "
                                                "reserved.")),
            _f("nawec", HEADER, 0.04, (_OLD, "⚠️ NAWEC: no power in Serekunda and Bakau today "
                                             "from 10 a.m. to 4 p.m.")),
        ),
    )


# --- a Bambara community radio (Ségou, Mali) ---------------------------------------------------

ML_BAMANAN = dt.date(2018, 9, 22)  # relaunched on Independence Day
ML_LIVE = dt.date(2019, 6, 3)
# The Festival sur le Niger's opening days, as the station announced them.
ML_FESTIVAL = {2015: "2015-02-04", 2016: "2016-02-03", 2017: "2017-02-01", 2018: "2018-01-31",
               2019: "2019-02-06", 2020: "2020-02-05"}


def _ml_dated(day: dt.date) -> str:
    if day < ML_BAMANAN:
        return (f"Ségou, le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day.day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return (f"{BAMBARA_WEEKDAYS[day.weekday()]}, {BAMBARA_MONTHS[day.month - 1]} tile "
            f"{day.day}, {day.year} · {digits(day.day, NKO_ZERO)}/"
            f"{digits(day.month, NKO_ZERO)}/{digits(day.year, NKO_ZERO)}")


def _ml_notice() -> Wordings:
    base = _steps((_OLD, "Radio Fasokan, 100.7 FM : la voix des paysans de Ségou"),
                  (ML_LIVE.isoformat(), "📻 Écoutez Radio Fasokan en direct sur Facebook et "
                                        "au 100.7 FM"))
    news: list[Event] = [
        _span("2017-06-21", "2017-07-09", "🗳️ Le référendum constitutionnel est reporté à une "
                                          "date ultérieure"),
        _vote("2018-07-29", "🗳️ Présidentielle 2018 : les résultats des bureaux de vote de "
                            "Ségou", before=6, after=3),
        _vote("2018-08-12", "🗳️ Second tour de la présidentielle : allez voter", before=5,
              after=2),
        _span("2020-03-26", "2020-05-09", "😷 Couvre-feu de 21 h à 5 h : restez chez vous"),
        _vote("2020-03-29", "🗳️ Législatives, premier tour : votez avec votre masque",
              before=2),
        _vote("2020-04-19", "🗳️ Législatives, second tour", before=2),
        _span("2020-08-18", "2020-08-25", "⚠️ Bamako : couvre-feu et frontières fermées après "
                                          "la démission du président"),
    ]
    feasts = _movable(listed(ML_FESTIVAL), 3, 4, lambda y: f"🎶 Festival sur le Niger "
                                                           f"{y} : {y - 2004}e édition sur "
                                                           f"les berges")
    feasts += _yearly("09-22", 1, 0, lambda y: f"🇲🇱 {y - 1960}e anniversaire de "
                                               f"l'Indépendance : bonne fête, Mali !")
    feasts += _movable(listed(EID_ADHA), 1, 1, lambda _: "🐏 Seli ba : bonne fête de "
                                                         "Tabaski")
    return _calendar(base, news, feasts)


def segou_style() -> PublisherStyle:
    """A Bambara community radio's site (Ségou): the town and the French date turned the
    Bambara weekday and month with the date in N'ko digits on Independence Day 2018 (a
    wording per day), "Par" turned the Bambara "Sɛbɛnnikɛla:", a listen link turned
    bilingual, "Lire aussi :" (up to twice), the Niger's seasons (flood, rice harvest, dry
    season, sowing), a frequency line turned a live-stream appeal and turned by a postponed
    referendum, four votes, the 2020 curfew and the 2020 coup, the river festival with its
    count, Independence with its count and Tabaski, a thanks in N'ko and Bambara, the
    station's line and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="radiofasokan.ml", site="Radio Fasokan", base_size=70,
        subdomains=(("www.", 100),),
        sections=("segou", "cercles", "agriculture", "culture"),
        n_authors=3, url_path="/actualites/{yyyy}/{mm}/{slug}",
        pools={"cercle": ("Ségou", "Markala", "Niono", "San", "Bla", "Macina", "Tominian")},
        families=(
            _f("cercle", HEADER, 0.3, (_OLD, "{cercle}")),
            _f("date", HEADER, 0.55, *_by_day(_ml_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}"),
               (ML_BAMANAN.isoformat(), "Sɛbɛnnikɛla: {author}")),
            _f("lamen", MIDDLE, 0.2, (_OLD, "🎧 Écoutez ce reportage en bambara"),
               (ML_BAMANAN.isoformat(), "🎧 A lamɛn bamanankan na / Écoutez en bambara")),
            _f("lire", MIDDLE, 0.25, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("saison", FOOTER, 0.25, *_seasons(
                ("01-15", "☀️ Saison sèche : les maraîchers du fleuve ont besoin d'eau"),
                ("06-01", "🌱 Hivernage : semez dès les premières bonnes pluies"),
                ("09-01", "🌊 Crue du Niger : prudence sur le fleuve et dans les casiers"),
                ("11-01", "🌾 Récolte du riz à l'Office du Niger : attention aux feux de "
                          "brousse"))),
            _f("avis", FOOTER, 0.3, *_ml_notice()),
            _f("ini-ce", FOOTER, 0.2, (_OLD, "ߌ ߣߌ ߗߍ ! I ni ce ! Merci de nous écouter et de "
                                             "nous lire.")),
            _f("station", FOOTER, 0.25, (_OLD, "Radio communautaire membre de l'URTEL · "
                                               "Ségou, Mali")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Radio Fasokan. Reproduction autorisée "
                                              "avec citation de la source.")),
            _f("edm", HEADER, 0.04, (_OLD, "⚠️ Coupure EDM : nos émissions sont interrompues "
                                           "jusqu'au retour du courant")),
        ),
    )


# --- a Mooré site (Ouagadougou, Burkina Faso) --------------------------------------------------

BF_REDESIGN = dt.date(2017, 12, 11)  # relaunched on the national day
BF_WHATSAPP = dt.date(2019, 3, 4)
# FESPACO's opening days (odd years) and SIAO's (even years; none in 2020).
FESPACO = {2015: "2015-02-28", 2017: "2017-02-25", 2019: "2019-02-23"}
SIAO = {2016: "2016-10-28", 2018: "2018-10-26"}


def _bf_dated(day: dt.date) -> str:
    if day < BF_REDESIGN:
        return (f"Ouagadougou, {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day.day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return (f"{MOORE_WEEKDAYS[day.weekday()]}, {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} · Wagadgo")


def _bf_notice() -> Wordings:
    base = _steps((_OLD, "Kibar Laafi : les nouvelles du Burkina en mooré et en français"),
                  (BF_WHATSAPP.isoformat(), "📲 Envoyez-nous vos infos sur WhatsApp : 70 00 "
                                            "00 00"))
    news: list[Event] = [
        _span("2015-09-16", "2015-09-23", "⚠️ Putsch à Ouagadougou : restez chez vous, "
                                          "suivez nos mises à jour"),
        _vote("2015-11-29", "🗳️ Présidentielle et législatives : les résultats de la CENI",
              before=6, after=2),
        _span("2016-01-15", "2016-01-18", "🕯️ Attaque au centre-ville : deuil national"),
        _span("2017-08-13", "2017-08-15", "🕯️ Attaque sur l'avenue Kwame Nkrumah : hommage "
                                          "aux victimes"),
        _span("2018-03-02", "2018-03-04", "🕯️ Attaques contre l'état-major et l'ambassade de "
                                          "France"),
        _span("2020-03-21", "2020-06-03", "😷 Couvre-feu : restez à la maison, lavez-vous les "
                                          "mains"),
        _vote("2020-11-22", "🗳️ Élections couplées 2020 : suivez le dépouillement", before=6,
              after=3),
    ]
    feasts = _movable(listed(FESPACO), 0, 7, lambda y: f"🎬 FESPACO {y} : "
                                                       f"{(y - 1967) // 2}e édition")
    feasts += _movable(listed(SIAO), 0, 9, lambda y: f"🧺 SIAO {y} : le salon de l'artisanat "
                                                     f"ouvre ses portes")
    feasts += _yearly("08-05", 0, 0, lambda y: f"🇧🇫 {y - 1960} ans d'indépendance")
    feasts += _yearly("12-11", 1, 0, lambda y: f"🇧🇫 Fête nationale : {y - 1958}e "
                                               f"anniversaire de la République")
    feasts += _movable(listed(EID_ADHA), 1, 0, lambda _: "🐏 Bonne fête de Tabaski ! Barka")
    return _calendar(base, news, feasts)


def ouaga_style() -> PublisherStyle:
    """A Mooré site (Ouagadougou): a greeting in Mooré, the city and the French date turned
    the Mooré weekday with the city's Mooré name on the national day 2017 (a wording per
    day), "Par" turned "Gʋlsda:", the harmattan, the heat and the rainy season, a line turned
    a messenger appeal and turned by the 2015 putsch, two votes, three attacks and the 2020
    curfew, FESPACO in odd years and SIAO in even ones (none in 2020) with their counts,
    Independence and the republic with their counts and Tabaski, a thanks in Mooré and a
    rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="kibarlaafi.bf", site="Kibar Laafi", base_size=52,
        subdomains=(("", 100),),
        sections=("kibare", "politique", "societe", "culture"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("ne-y-yibeoogo", HEADER, 0.15, (_OLD, "Ne y yibeoogo! Laafi bala?")),
            _f("date", HEADER, 0.55, *_by_day(_bf_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}"),
               (BF_REDESIGN.isoformat(), "Gʋlsda: {author}")),
            _f("saison", FOOTER, 0.2, *_seasons(
                ("03-01", "🌡️ Forte chaleur : buvez beaucoup d'eau, évitez le soleil de midi"),
                ("06-01", "🌧️ Saison des pluies : attention aux inondations dans les "
                          "quartiers bas"),
                ("11-01", "🌬️ Harmattan : protégez-vous de la poussière et de la "
                          "méningite"))),
            _f("avis", FOOTER, 0.3, *_bf_notice()),
            _f("barka", FOOTER, 0.2, (_OLD, "Barka wʋsgo! Merci de nous lire.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Kibar Laafi · Tous droits "
                                              "réservés")),
            _f("sonabel", HEADER, 0.04, (_OLD, "⚠️ Délestage SONABEL : la mise à jour du site "
                                               "peut être retardée")),
        ),
    )


# --- a Fon site (Abomey, Benin) ----------------------------------------------------------------

BJ_REDESIGN = dt.date(2019, 1, 10)  # relaunched on the Vodun day


def _bj_dated(day: dt.date) -> str:
    if day < BJ_REDESIGN:
        return f"Abomey, le {french_day(day.day)} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"{day:%d.%m.%Y} · Agbomɛ"


def _bj_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Abɔmɛ Xó sur Facebook"))
    news: list[Event] = [
        _vote("2016-03-06", "🗳️ Présidentielle 2016 : premier tour", before=5, after=2),
        _vote("2016-03-20", "🗳️ Second tour de la présidentielle", before=5, after=2),
        _vote("2019-04-28", "🗳️ Législatives 2019 : internet coupé, suivez-nous à la radio",
              before=3, after=1),
        _span("2020-03-30", "2020-05-11", "😷 Cordon sanitaire : les déplacements vers "
                                          "Cotonou sont limités"),
        _vote("2020-05-17", "🗳️ Communales 2020 : votez masqués", before=5, after=1),
    ]
    feasts = _yearly("01-10", 1, 0, lambda y: f"Fête du Vodun {y} : Ouidah et Abomey en fête")
    feasts += _yearly("08-01", 1, 0, lambda y: f"🇧🇯 {y - 1960} ans d'indépendance : bonne "
                                               f"fête, Bénin !")
    return _calendar(base, news, feasts)


def abomey_style() -> PublisherStyle:
    """A Fon site (Abomey): a greeting in Fon, the town and the French date with "1er" turned
    a dotted date with the town's Fon name on the Vodun day 2019 (a wording per day), "Par"
    (its only wording), "Lire aussi :" (up to twice), a social line turned by three votes, a
    second round and the 2020 cordon, the Vodun day and Independence with its count, a thanks
    in Fon and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="abomexo.bj", site="Abɔmɛ Xó", base_size=36,
        subdomains=(("", 100),),
        sections=("zou", "culture", "societe"),
        n_authors=2, url_path="/{slug}/",
        families=(
            _f("kudo", HEADER, 0.15, (_OLD, "A fɔ́n ɖagbe à? Bienvenue sur Abɔmɛ Xó")),
            _f("date", HEADER, 0.5, *_by_day(_bj_dated)),
            _f("auteur", HEADER, 0.35, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.2, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("avis", FOOTER, 0.3, *_bj_notice()),
            _f("akpe", FOOTER, 0.2, (_OLD, "Akpé nú mi! Merci de partager nos articles.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Abɔmɛ Xó · Abomey, Bénin")),
            _f("sbee", HEADER, 0.04, (_OLD, "⚠️ Coupure SBEE à Abomey et Bohicon ce matin")),
        ),
    )


# --- an Ewe site (Kpalimé, Togo) ---------------------------------------------------------------

TG_REDESIGN = dt.date(2018, 4, 27)  # relaunched on Independence Day


def _tg_dated(day: dt.date) -> str:
    if day < TG_REDESIGN:
        return f"Kpalimé, le {french_day(day.day)} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"{EWE_WEEKDAYS[day.weekday()]}, {EWE_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _tg_notice() -> Wordings:
    base = _steps((_OLD, "Kpalimé Nyadzɔdzɔwo : l'actualité du Kloto en éwé et en français"))
    news: list[Event] = [
        _vote("2015-04-25", "🗳️ Présidentielle 2015 : les résultats du Kloto", before=5,
              after=2),
        _span("2017-09-06", "2017-09-21", "⚠️ Manifestations et internet coupé : suivez-nous "
                                          "par SMS"),
        _vote("2018-12-20", "🗳️ Législatives 2018", before=5),
        _vote("2020-02-22", "🗳️ Présidentielle 2020 : votez dans le calme", before=5,
              after=2),
        _span("2020-04-02", "2020-06-09", "😷 Couvre-feu de 20 h à 6 h"),
    ]
    feasts = _yearly("04-27", 1, 0, lambda y: f"🇹🇬 {y - 1960} ans d'indépendance : bonne "
                                              f"fête, Togo !")
    feasts += _movable(lambda y: nth_weekday(y, 9, 5, 1), 3, 1,
                       lambda y: f"Agbogboza {y} à Notsé : les Ewe fêtent leur exode")
    return _calendar(base, news, feasts)


def kpalime_style() -> PublisherStyle:
    """An Ewe site (Kpalimé): a greeting in Ewe, the town and the French date turned the Ewe
    weekday and month on Independence Day 2018 (a wording per day), "Par" turned "Ŋlɔla:", a
    line turned by three votes, the 2017 protests and the 2020 curfew, Independence with its
    count and the Agbogboza festival, a thanks in Ewe and a rights line (a block), a rare
    landslide warning."""
    return PublisherStyle(
        domain="kpalimenya.tg", site="Kpalimé Nyadzɔdzɔwo", base_size=24,
        subdomains=(("", 100),),
        sections=("kloto", "plateaux", "culture"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("woezo", HEADER, 0.15, (_OLD, "Woezɔ! Nyadzɔdzɔwo tso Kloto")),
            _f("date", HEADER, 0.5, *_by_day(_tg_dated)),
            _f("auteur", HEADER, 0.35, (_OLD, "Par {author}"),
               (TG_REDESIGN.isoformat(), "Ŋlɔla: {author}")),
            _f("avis", FOOTER, 0.3, *_tg_notice()),
            _f("akpe", FOOTER, 0.2, (_OLD, "Akpe na mi! Merci de nous lire.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Kpalimé Nyadzɔdzɔwo")),
            _f("route", HEADER, 0.04, (_OLD, "⚠️ Éboulement sur la route de Kpalimé à "
                                             "Atakpamé : prudence")),
        ),
    )


def heldout86_styles() -> list[PublisherStyle]:
    """The held-back-86 styles, in the order the generator hands them to publishers."""
    return [
        abidjan_style(), kano_style(), ibadan_style(), kumasi_style(), houston_style(),
        gbarnga_style(), freetown_style(), kombo_style(), segou_style(), ouaga_style(),
        abomey_style(), kpalime_style(),
    ]
