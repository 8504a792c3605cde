"""The ``held-back-101`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-99 set
(`tests.bench.heldout_templates_99`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are the regional press of Western Europe, large and small: a
French daily in Rennes, a Dutch daily in Maastricht, a German daily in Eichstatt, a French
site in Charleroi, a Swiss German daily in Thun, a Luxembourgish, German and French site in
Esch-sur-Alzette, a Flemish weekly in Aalst, an Austrian weekly in the Zillertal, a French and
Alsatian associative site in Selestat, a Romansh and German site in the Engadine, a German
site of East Belgium in Eupen and a Swiss French village site in the Val d'Anniviers. The
families are the kinds a crawl of such sites holds: dates localised day by day in French,
Dutch, German (Austrian "Jänner" included), Luxembourgish and Romansh (most changing form on
the day of a redesign, two weeklies by their issue with a volume count), lines that turn
every day, every week or with the season (tide coefficients at Saint-Malo, the Meuse's level,
the pharmacy on duty, Belgium's maximum petrol price on working days, Luxembourg's every
week, the Aare's temperature in the bathing season, an Alsatian word of the week, a weekly's
print issue), the seasons of beaches, storms, carnival, storks, grape harvests, skiing and
hiking, bylines and datelines of many shapes, section kickers, read-also links (some up to two
times), photo credits ("zvg", initials in brackets), agency sources, cross-posts to the print
edition and to a translation, fair-use, reproduction and copyright lines, Austria's media-law
disclosure, donation, membership, newsletter, messenger and social appeals, subscription and
cover prices in euros and Swiss francs (several rising over the years, one in "septante"),
notices reworded in 2016-2020, notices that follow the region's calendars (French, Dutch,
German, Belgian, Luxembourg, Swiss and Austrian votes, a referendum, Switzerland's votation
days, the one of May 2020 called off, Austria's run-off annulled, put off and held again, the
Paris, Brussels and Strasbourg attacks, lockdowns and their second waves, the Route du Rhum,
national and regional days with their counts, carnivals by Easter, Trinity's Doudou,
Corpus Christi, Easter Monday's Eimaischen, the Buergbrennen, Chalandamarz, the Engadine ski
marathon, the Zibelemärit, the Gauder Fest, the cows' fights, a carnival struck off UNESCO's
list, Christmas markets, events called off in 2020), multi-line blocks, mid-body inserts,
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    nth_weekday,
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

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
AUSTRIAN_MONTHS = ("Jänner",) + GERMAN_MONTHS[1:]
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
LUXEMBOURGISH_MONTHS = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli",
                        "August", "September", "Oktober", "November", "Dezember")
LUXEMBOURGISH_WEEKDAYS = ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg",
                          "Samschdeg", "Sonndeg")
ROMANSH_MONTHS = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur",
                  "avust", "settember", "october", "november", "december")
ROMANSH_WEEKDAYS = ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda",
                    "dumengia")

# Switzerland's federal votation Sundays (and the two federal elections' Sundays) of the
# set's years; the one of 17 May 2020 was called off in the pandemic.
SWISS_VOTES = ("2015-03-08", "2015-06-14", "2016-02-28", "2016-06-05", "2016-09-25",
               "2016-11-27", "2017-02-12", "2017-05-21", "2017-09-24", "2018-03-04",
               "2018-06-10", "2018-09-23", "2018-11-25", "2019-02-10", "2019-05-19",
               "2020-02-09", "2020-09-27", "2020-11-29")
SWISS_ELECTIONS = ("2015-10-18", "2019-10-20")
SWISS_CALLED_OFF = "2020-05-17"


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a price set on working days holds)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def interpolate(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `points` ((ISO day, value), ...), flat
    before the first and after the last."""
    if day.isoformat() <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in zip(points, points[1:], strict=False):
        if day.isoformat() <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return points[-1][1]


def comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma (1,452), as French, Dutch and German pages print it."""
    return f"{number:.{places}f}".replace(".", ",")


def weekly_issue(day: dt.date, weekday: int) -> tuple[int, dt.date]:
    """A weekly's number in its year and the day (`weekday`, Monday 0) it came out: the last
    issue out on or before `day`, the year's first in its first seven days."""
    out = week_from(day, weekday)
    first = week_from(dt.date(out.year, 1, 7), weekday)
    return (out - first).days // 7 + 1, out


def swiss_votes(text: Callable[[dt.date], str]) -> list[Event]:
    """A notice for each federal votation Sunday, from the Monday before to the day itself;
    `text` is given the Sunday."""
    return [_vote(day, text(dt.date.fromisoformat(day)), before=6, after=0)
            for day in SWISS_VOTES]


def advent_sunday(y: int) -> dt.date:
    """The first Sunday of Advent (the Sunday from 27 November to 3 December)."""
    third = dt.date(y, 12, 3)
    return third - dt.timedelta(days=(third.weekday() + 1) % 7)


# --- a French regional daily (Rennes, Brittany) -----------------------------------------------

GH_REDESIGN = dt.date(2018, 5, 19)  # relaunched for the Fête de la Bretagne
GH_NEWSLETTER = dt.date(2019, 1, 7)


def _gh_dated(day: dt.date) -> str:
    if day < GH_REDESIGN:
        return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")
    return f"Le {day.day:02d}/{day.month:02d}/{day.year} à {{time}} · Mis à jour à {{time}}"


def tide_coefficients(day: dt.date) -> tuple[int, int]:
    """Made-up morning and evening tide coefficients at Saint-Malo on `day`: spring tides
    about every fifteen days (20 to 119, the scale's bounds)."""
    phase = 2 * math.pi * (day - dt.date(2015, 1, 21)).days / 14.765
    morning = round(72 + 36 * math.cos(phase)) + made_up(day, "coef", -4, 4)
    evening = morning + made_up(day, "coef-soir", -3, 3)
    return max(20, min(119, morning)), max(20, min(119, evening))


def _gh_tides(day: dt.date) -> str:
    morning, evening = tide_coefficients(day)
    return f"🌊 Marées à Saint-Malo : coefficient {morning} le matin, {evening} le soir"


def _gh_notice() -> Wordings:
    base = _steps((_OLD, "Suivez l'actualité rennaise sur Facebook et Twitter"),
                  (GH_NEWSLETTER.isoformat(), "📩 Inscrivez-vous à notre lettre : l'essentiel "
                                              "de l'Ille-et-Vilaine chaque matin"))
    news: list[Event] = [
        _vote("2015-03-22", "🗳️ Départementales, 1er tour : les résultats canton par canton",
              before=5, after=1),
        _vote("2015-03-29", "🗳️ Départementales, 2nd tour : les résultats canton par canton",
              before=4, after=1),
        _span("2015-11-14", "2015-11-16", "🕯️ Attentats de Paris : trois jours de deuil "
                                          "national"),
        _vote("2015-12-06", "🗳️ Régionales, 1er tour : les résultats en Bretagne", before=5),
        _vote("2015-12-13", "🗳️ Régionales, 2nd tour : les résultats en Bretagne", before=5),
        _vote("2017-04-23", "🗳️ Présidentielle, 1er tour : les résultats commune par commune",
              before=6, after=1),
        _vote("2017-05-07", "🗳️ Présidentielle, 2nd tour : les résultats commune par commune",
              before=5, after=1),
        _vote("2017-06-11", "🗳️ Législatives : les résultats des huit circonscriptions",
              before=5),
        _vote("2017-06-18", "🗳️ Législatives, 2nd tour : qui sont vos députés ?", before=5),
        _span("2018-10-24", "2018-11-04", "⛵ Route du Rhum 2018 : le village est ouvert sur "
                                          "les quais de Saint-Malo"),
        _vote("2019-05-26", "🗳️ Européennes : les résultats dans votre commune", before=5),
        _vote("2020-03-15", "🗳️ Municipales, 1er tour : les résultats à Rennes et dans la "
                            "métropole", before=6, after=1),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : attestation obligatoire pour "
                                          "chaque sortie"),
        _vote("2020-06-28", "🗳️ Municipales, 2nd tour : les résultats à Rennes et dans la "
                            "métropole", before=6, after=1),
        _span("2020-10-30", "2020-12-14", "😷 Reconfinement : les commerces ouverts et les "
                                          "règles de sortie"),
    ]
    feasts = _yearly("05-19", 2, 0, lambda y: f"🏴 Gouel Breizh laouen ! Le programme de la "
                                              f"Fête de la Bretagne {y}")
    feasts += _movable(lambda y: nth_weekday(y, 12, 5, 1), 3, 0,
                       lambda y: f"🎶 Trans Musicales {y} : navettes, horaires et programme "
                                 f"au Parc Expo")
    feasts += _yearly("07-14", 0, 0, lambda _: "🎆 14 juillet : le feu d'artifice tiré "
                                               "depuis les Prairies Saint-Martin")
    return _calendar(base, news, feasts)


def rennes_style() -> PublisherStyle:
    """A French regional daily (Rennes): a section kicker, "Publié le" with the weekday,
    date and time turned a date with slashes and an update time for the Fête de la Bretagne
    2018 (a wording per day), "Par" turned with the local newsroom, "À lire aussi :" (up to
    twice, turned "LIRE AUSSI." on the redesign), a photo credit, an advert's label, an
    agency line, Saint-Malo's tide coefficients every day, the beach, school and storm
    seasons, a social line turned a newsletter appeal and turned by nine votes, the Paris
    attacks' mourning, the Route du Rhum and two lockdowns, the Breton festival (in Breton),
    the Trans Musicales and Bastille Day, a subscription price rising,
    a fair-use line and a copyright line reworded (a block), a rare correction."""
    return PublisherStyle(
        domain="gazettehautebretagne.fr", site="La Gazette de Haute-Bretagne", base_size=245,
        subdomains=(("www.", 90), ("", 10)),
        sections=("rennes", "ille-et-vilaine", "bretagne", "faits-divers", "sport",
                  "economie"),
        n_authors=9, url_path="/{section}/{slug}-{yyyy}{mm}{dd}",
        pools={
            "rubrique": ("Rennes", "Ille-et-Vilaine", "Bretagne", "Faits divers", "Sport",
                         "Économie", "Culture", "Pays de Saint-Malo"),
            "ville": ("Rennes", "Vitré", "Fougères", "Redon", "Saint-Malo", "Dinard",
                      "Montfort-sur-Meu"),
            "photo": ("DR", "archives", "illustration", "correspondant", "lecteur"),
            "agence": ("AFP", "AFP et Reuters", "AFP et France Bleu Armorique"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_gh_dated)),
            _f("signature", HEADER, 0.55, (_OLD, "Par {author}"),
               (GH_REDESIGN.isoformat(), "{author} – Rédaction de {ville}")),
            _f("lire-aussi", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"),
               (GH_REDESIGN.isoformat(), "LIRE AUSSI. {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo {photo}")),
            _f("publicite", MIDDLE, 0.08, (_OLD, "Publicité")),
            _f("agence", FOOTER, 0.12, (_OLD, "Avec {agence}")),
            _f("marees", FOOTER, 0.2, *_by_day(_gh_tides)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("07-01", "🏖️ Plages surveillées en juillet et en août : les horaires des "
                          "postes de secours"),
                ("09-01", "🚌 Rentrée : les nouveaux horaires des bus et du métro"),
                ("11-01", "🌬️ Saison des tempêtes : consultez la vigilance de Météo-France "
                          "avant de prendre la mer"))),
            _f("avis", FOOTER, 0.3, *_gh_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Journal numérique : 14,90 € par mois"),
               ("2017-01-02", "Journal numérique : 15,90 € par mois"),
               ("2020-01-06", "Offre numérique : 1 € le premier mois, puis 16,90 € par mois")),
            _f("fair-use", FOOTER, 0.2, (_OLD, "Vous pouvez citer cet article dans la limite "
                                               "de quelques lignes, avec un lien vers la page "
                                               "d'origine.")),
            _f("droits", FOOTER, 0.45, (_OLD, "© La Gazette de Haute-Bretagne, {year}"),
               ("2018-01-02", "© {year} La Gazette de Haute-Bretagne – Reproduction "
                              "interdite sans autorisation")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une première version de "
                                                    "cet article comportait une erreur sur le "
                                                    "nom de la commune.")),
        ),
    )


# --- a Dutch regional daily (Maastricht, Limburg) ---------------------------------------------

MG_REDESIGN = dt.date(2018, 9, 14)  # relaunched on the day Maastricht was liberated
MG_NEWSLETTER = dt.date(2019, 4, 1)


def _mg_dated(day: dt.date) -> str:
    if day < MG_REDESIGN:
        return (f"Gepubliceerd: {DUTCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{DUTCH_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d}-{day.month:02d}-{day.year % 100:02d}, {{time}}"


def meuse_level(day: dt.date) -> float:
    """The made-up level of the Meuse at Sint Pieter on `day`, in metres above NAP: high in
    winter, low in late summer (about 43.9 to 45.4)."""
    seasonal = 0.55 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 30) / 365.25)
    return round(44.55 + seasonal + made_up(day, "maas", -25, 25) / 100, 2)


def _mg_level(day: dt.date) -> str:
    return f"Waterstand Maas bij Sint Pieter: NAP +{comma(meuse_level(day))} m"


def _mg_kingsday(y: int) -> str:
    if y == 2020:
        return "👑 Woningsdag: vier Koningsdag dit jaar thuis"
    return f"👑 Koningsdag {y}: vrijmarkt en muziek op het Vrijthof"


def _mg_notice() -> Wordings:
    base = _steps((_OLD, "Volg ons op Facebook en Twitter voor het laatste nieuws uit de "
                         "regio"),
                  (MG_NEWSLETTER.isoformat(), "📩 Meld je aan voor de nieuwsbrief: elke "
                                              "ochtend het nieuws uit Zuid-Limburg"))
    news: list[Event] = [
        _vote("2015-03-18", "🗳️ Provinciale Statenverkiezingen: de uitslag per gemeente",
              before=5, after=1),
        _vote("2016-04-06", "🗳️ Referendum over het verdrag met Oekraïne: waar kun je "
                            "stemmen?", before=5),
        _vote("2017-03-15", "🗳️ Tweede Kamerverkiezingen: de uitslag per gemeente", before=6,
              after=1),
        _vote("2018-03-21", "🗳️ Gemeenteraadsverkiezingen en referendum: de uitslag per "
                            "gemeente", before=6, after=1),
        _vote("2019-03-20", "🗳️ Provinciale Statenverkiezingen: de uitslag per gemeente",
              before=5, after=1),
        _vote("2019-05-23", "🗳️ Europese verkiezingen: stembureaus open van 7.30 tot 21.00 "
                            "uur", before=4),
        _span("2020-03-15", "2020-05-31", "😷 Coronamaatregelen: blijf zoveel mogelijk thuis "
                                          "en houd 1,5 meter afstand"),
        (dt.date(2020, 12, 15), None, "😷 Lockdown: winkels, scholen en musea zijn dicht"),
    ]
    feasts = _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Vastelaovend {y}: de optocht en "
                                                        f"de afsluitingen in de binnenstad")
    feasts += _yearly("11-11", 0, 0, lambda _: "🎭 De elfde van de elfde: het nieuwe "
                                               "vastelaovesseizoen begint")
    feasts += _yearly("04-27", 1, 0, _mg_kingsday)
    feasts += _yearly("05-05", 0, 0, lambda y: f"🕊️ Bevrijdingsdag: {y - 1945} jaar vrijheid")
    feasts += _yearly("09-14", 0, 0, lambda y: f"🕊️ Maastricht bevrijd: {y - 1944} jaar "
                                               f"geleden")
    return _calendar(base, feasts, news)  # a holiday's greeting breaks into the measures


def maastricht_style() -> PublisherStyle:
    """A Dutch regional daily (Maastricht): a section kicker, "Gepubliceerd:" with the
    weekday and date turned a dashed date with a two-digit year and the time on the day of
    the city's liberation 2018 (a wording per day), "Door" turned "Door onze verslaggever",
    a town dateline in capitals, "Lees ook:" (up to twice), a photo credit, the Meuse's level
    every day, the spring walks and the carnival season, a social line turned a newsletter
    appeal and turned by six votes, a referendum, the 2020 measures and the December
    lockdown, Vastelaovend, the eleventh of the eleventh, King's Day (at home in 2020), the
    liberation days with their counts, a subscription price rising, a news tip address and
    a copyright line (a block), a rare late paper."""
    return PublisherStyle(
        domain="mergellanddagblad.nl", site="Dagblad Mergelland", base_size=220,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("maastricht", "heuvelland", "westelijke-mijnstreek", "parkstad", "sport",
                  "cultuur"),
        n_authors=8, url_path="/{section}/{n}/{slug}",
        pools={
            "rubriek": ("Maastricht", "Heuvelland", "Westelijke Mijnstreek", "Parkstad",
                        "Sport", "Cultuur", "Economie"),
            "plaats": ("MAASTRICHT", "VALKENBURG", "GULPEN", "EIJSDEN", "MEERSSEN", "SITTARD",
                       "HEERLEN", "VAALS"),
            "foto": ("ANP", "archief", "eigen foto", "Shutterstock", "lezersfoto"),
        },
        families=(
            _f("rubriek", HEADER, 0.4, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.8, *_by_day(_mg_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Door {author}"),
               (MG_REDESIGN.isoformat(), "Door onze verslaggever {author}")),
            _f("plaats", HEADER, 0.25, (_OLD, "{plaats} -")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("maas", FOOTER, 0.2, *_by_day(_mg_level)),
            _f("seizoen", FOOTER, 0.12, *_seasons(
                ("03-15", "🌷 Voorjaar in het Heuvelland: de mooiste wandel- en fietsroutes"),
                ("11-11", "🎭 Het vastelaovesseizoen is begonnen: zittingen en bals in de "
                          "agenda"))),
            _f("bericht", FOOTER, 0.3, *_mg_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Digitaal abonnement: € 14,95 per maand"),
               ("2017-07-03", "Digitaal abonnement: € 16,50 per maand"),
               ("2020-01-06", "Digitaal abonnement: eerste maand gratis, daarna € 17,95")),
            _f("tip", FOOTER, 0.2, (_OLD, "Tip de redactie: nieuws@mergellanddagblad.nl")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Dagblad Mergelland. Alle rechten "
                                                 "voorbehouden.")),
            _f("storing", HEADER, 0.04, (_OLD, "Door een storing bij de drukker werd de krant "
                                               "vanochtend later bezorgd. Excuses voor het "
                                               "ongemak.")),
        ),
    )


# --- a German regional daily (Eichstätt, Bavaria) ---------------------------------------------

AB_REDESIGN = dt.date(2017, 10, 3)  # relaunched on German Unity Day
AB_WHATSAPP = dt.date(2018, 3, 5)
AB_COPYRIGHT = dt.date(2019, 1, 2)
PHARMACIES = ("Stadt-Apotheke, Eichstätt", "Marien-Apotheke, Beilngries",
              "Willibald-Apotheke, Eichstätt", "Altmühl-Apotheke, Kipfenberg",
              "Löwen-Apotheke, Titting", "Dom-Apotheke, Eichstätt", "Jura-Apotheke, Kinding",
              "Rathaus-Apotheke, Greding")


def _ab_dated(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"


def pharmacy_on_duty(day: dt.date) -> str:
    """The pharmacy on night duty on `day`: the county's eight take turns, a new one every
    day."""
    return PHARMACIES[(day - FIRST_DAY).days * 3 % len(PHARMACIES)]


def _ab_pharmacy(day: dt.date) -> str:
    return f"💊 Notdienst heute: {pharmacy_on_duty(day)} (bis morgen 8 Uhr)"


def _ab_corpus_christi(y: int) -> str:
    if y == 2020:
        return "⛪ Fronleichnam: die Prozession durch die Altstadt entfällt in diesem Jahr"
    return f"⛪ Fronleichnam {y}: Prozession vom Dom durch die Altstadt, Straßen gesperrt"


def _ab_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Facebook: Nachrichten aus dem Landkreis"),
                  (AB_WHATSAPP.isoformat(), "📲 Die wichtigsten Nachrichten aus der Region "
                                            "jetzt auch per WhatsApp"))
    news: list[Event] = [
        _vote("2017-09-24", "🗳️ Bundestagswahl: alle Ergebnisse aus dem Wahlkreis", before=6,
              after=1),
        _vote("2018-10-14", "🗳️ Landtagswahl in Bayern: Ergebnisse aus allen Gemeinden",
              before=6, after=1),
        _vote("2019-05-26", "🗳️ Europawahl: die Wahllokale sind von 8 bis 18 Uhr geöffnet",
              before=5),
        _vote("2020-03-15", "🗳️ Kommunalwahl: Bürgermeister, Stadtrat und Kreistag",
              before=6, after=1),
        _span("2020-03-21", "2020-05-05", "😷 Ausgangsbeschränkung in Bayern: das Haus nur "
                                          "mit triftigem Grund verlassen"),
        (dt.date(2020, 12, 16), None, "😷 Lockdown: Geschäfte und Schulen bleiben "
                                          "geschlossen"),
    ]
    feasts = _movable(carnival_tuesday, 1, 0, lambda y: f"🎭 Fasching {y}: Umzüge und "
                                                        f"Sperrungen im Landkreis")
    feasts += _yearly("10-03", 0, 0, lambda y: f"🇩🇪 Tag der Deutschen Einheit: {y - 1990} "
                                               f"Jahre")
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=60), 1, 0, _ab_corpus_christi)
    return _calendar(base, news, feasts)


def eichstaett_style() -> PublisherStyle:
    """A German regional daily (Eichstätt): a section kicker, the weekday and the date
    turned a dotted date and the time on German Unity Day 2017 (a wording per day), "Von"
    turned with the local desk, a town dateline, "Lesen Sie auch:" (up to twice, turned on
    the redesign), a photo credit, the pharmacy on duty every day, the cycling season, the
    autumn and the winter service, a social line turned a messenger appeal and turned by
    four votes, Bavaria's lockdown and December's, carnival, Unity Day with its count and
    Corpus Christi (without its procession in 2020), an agency line, an e-paper price
    rising, a letters line and a copyright line reworded (a block), a rare road closure."""
    return PublisherStyle(
        domain="altmuehlbote.de", site="Altmühl-Bote", base_size=195,
        subdomains=(("www.", 100),),
        sections=("eichstaett", "landkreis", "bayern", "wirtschaft", "sport", "kultur"),
        n_authors=7, url_path="/lokales/{section}/{slug}-art{n}",
        pools={
            "ressort": ("Eichstätt", "Landkreis", "Bayern", "Wirtschaft", "Sport", "Kultur",
                        "Polizeibericht"),
            "ort": ("Eichstätt", "Beilngries", "Kipfenberg", "Dollnstein", "Titting",
                    "Pollenfeld", "Kinding", "Greding"),
            "foto": ("dpa", "Archiv", "privat", "Polizei", "Landratsamt"),
            "quelle": ("dpa", "dpa und KNA", "dpa und AFP"),
        },
        families=(
            _f("ressort", HEADER, 0.4, (_OLD, "{ressort}")),
            _f("datum", HEADER, 0.8, *_by_day(_ab_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (AB_REDESIGN.isoformat(), "{author} | Lokalredaktion")),
            _f("ort", HEADER, 0.25, (_OLD, "{ort} –")),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}"),
               (AB_REDESIGN.isoformat(), "» Auch interessant: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("notdienst", FOOTER, 0.2, *_by_day(_ab_pharmacy)),
            _f("jahreszeit", FOOTER, 0.12, *_seasons(
                ("04-01", "🚲 Radsaison im Altmühltal: die Boote und Räder dürfen wieder "
                          "raus"),
                ("10-15", "🍂 Herbst: Vorsicht vor Wildwechsel in der Dämmerung"),
                ("12-01", "❄️ Winterdienst: bitte Gehwege bis 7 Uhr räumen und streuen"))),
            _f("hinweis", FOOTER, 0.3, *_ab_notice()),
            _f("quelle", FOOTER, 0.1, (_OLD, "Mit Material von {quelle}")),
            _f("abo", FOOTER, 0.15, (_OLD, "E-Paper: 24,90 € im Monat"),
               ("2018-01-02", "E-Paper: 27,90 € im Monat"),
               ("2020-02-03", "Digital-Abo: die ersten vier Wochen gratis, danach 9,99 € "
                              "im Monat")),
            _f("leserbriefe", FOOTER, 0.15, (_OLD, "Leserbriefe geben nicht die Meinung der "
                                                   "Redaktion wieder. Kürzungen "
                                                   "vorbehalten.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Altmühl-Bote {year}. Alle Rechte "
                                                 "vorbehalten."),
               (AB_COPYRIGHT.isoformat(), "© {year} Altmühl-Bote – Vervielfältigung nur mit "
                                          "Genehmigung des Verlags")),
            _f("sperrung", HEADER, 0.04, (_OLD, "⚠️ Vollsperrung der Staatsstraße zwischen "
                                                "Eichstätt und Pollenfeld bis Freitag")),
        ),
    )


# --- a French-language Belgian site (Charleroi, Hainaut) --------------------------------------

SI_REDESIGN = dt.date(2017, 7, 21)  # relaunched on the national day
SI_NEWSLETTER = dt.date(2018, 9, 3)
BELGIAN_WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def _si_dated(day: dt.date) -> str:
    if day < SI_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"{BELGIAN_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}}")


def petrol_price(day: dt.date) -> float:
    """The made-up maximum price of a litre of petrol (95) in euros on `day`'s working day:
    about 1.48 in 2015, 1.33 in 2016, 1.58 in late 2018, 1.22 in spring 2020."""
    work = working_day(day)
    base = interpolate(work, (("2015-01-01", 1.42), ("2015-06-01", 1.58), ("2016-02-01", 1.30),
                              ("2017-06-01", 1.42), ("2018-10-15", 1.60), ("2019-06-01", 1.50),
                              ("2020-04-20", 1.22), ("2020-12-31", 1.36)))
    return round(base + made_up(work, "essence", -12, 12) / 1000, 3)


def _si_petrol(day: dt.date) -> str:
    return f"⛽ Prix maximum de l'essence 95 aujourd'hui : {comma(petrol_price(day), 3)} €/l"


def _si_doudou(y: int) -> str:
    if y == 2020:
        return "🐉 Pas de Doudou cette année : la Ducasse de Mons est annulée"
    return f"🐉 Doudou {y} : la descente de la châsse et le Lumeçon sur la Grand-Place de Mons"


def _si_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez-nous sur Facebook : toute l'info du Pays noir"),
                  (SI_NEWSLETTER.isoformat(), "📩 Notre newsletter gratuite, chaque matin à "
                                              "7 h"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-24", "🕯️ Attentats de Bruxelles : trois jours de deuil "
                                          "national"),
        _vote("2018-10-14", "🗳️ Communales 2018 : les résultats dans les communes de la "
                            "région", before=6, after=1),
        _vote("2019-05-26", "🗳️ Élections fédérales, régionales et européennes : les "
                            "résultats", before=6, after=1),
        _span("2020-03-18", "2020-05-03", "😷 Confinement : restez chez vous, seuls les "
                                          "déplacements essentiels sont autorisés"),
        _span("2020-11-02", "2020-11-30", "😷 Reconfinement : les commerces non essentiels "
                                          "sont fermés"),
    ]
    feasts = _yearly("07-21", 0, 0, lambda y: f"🇧🇪 Fête nationale : défilé et feu "
                                              f"d'artifice, {y - 1831}e anniversaire")
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Carnaval de Binche {y} : les "
                                                         f"Gilles sortent mardi gras")
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=56), 2, 0, _si_doudou)
    feasts += _movable(lambda y: nth_weekday(y, 9, 6, 3), 2, 0, lambda _: "🐓 Fêtes de "
                                                                          "Wallonie à Namur")
    feasts += _yearly("12-06", 0, 0, lambda _: "🎁 Saint-Nicolas : bonne fête aux enfants")
    return _calendar(base, news, feasts)


def charleroi_style() -> PublisherStyle:
    """A French-language Belgian site (Charleroi): a section kicker, a date with slashes and
    the time turned the abbreviated weekday, the date and the time on the national day 2017
    (a wording per day), a bare name turned "Par", a commune's dateline, "Lire aussi |" (up
    to twice), a photo credit, a source line, the maximum price of petrol on working days,
    a social line turned a newsletter appeal and turned by the Brussels attacks' mourning,
    two votes and two lockdowns, the national day with its count, Binche's carnival, the
    Doudou on Trinity Sunday (called off in 2020), Wallonia's feast and Saint Nicholas, a
    witness appeal with a Belgian phone number, a subscription price rising, a copyright
    line and a reproduction line (a block), a rare roadworks notice."""
    return PublisherStyle(
        domain="sambreinfo.be", site="Sambre Info", base_size=170,
        subdomains=(("www.", 100),),
        sections=("charleroi", "hainaut", "belgique", "faits-divers", "sports", "sortir"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Charleroi", "Hainaut", "Belgique", "Faits divers", "Sports",
                         "Sortir", "Le Sporting"),
            "commune": ("CHARLEROI", "GOSSELIES", "MARCINELLE", "CHÂTELET", "FLEURUS",
                        "THUIN", "JUMET", "COUILLET"),
            "photo": ("Belga", "archives", "DR", "Police locale", "Ville de Charleroi"),
            "source": ("Belga", "Parquet de Charleroi", "Police locale", "Ville de Charleroi"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_si_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "{author}"),
               (SI_REDESIGN.isoformat(), "Par {author}")),
            _f("commune", HEADER, 0.2, (_OLD, "{commune} –")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi | {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "© {photo}")),
            _f("source", FOOTER, 0.12, (_OLD, "Source : {source}")),
            _f("essence", FOOTER, 0.2, *_by_day(_si_petrol)),
            _f("avis", FOOTER, 0.3, *_si_notice()),
            _f("temoin", FOOTER, 0.15, (_OLD, "Un témoignage, une info ? Contactez la "
                                              "rédaction au 071/00.00.00")),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Accès numérique illimité : 8,95 € par "
                                                  "mois"),
               ("2018-01-02", "Accès numérique illimité : 9,95 € par mois"),
               ("2020-04-01", "Accès numérique : un mois offert, puis 10,95 € par mois")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} Sambre Info. Tous droits réservés.")),
            _f("reproduction", FOOTER, 0.2, (_OLD, "La reproduction de cet article, même "
                                                   "partielle, est soumise à l'accord "
                                                   "préalable de l'éditeur.")),
            _f("travaux", HEADER, 0.04, (_OLD, "⚠️ Travaux sur le ring R9 : circulation "
                                               "difficile à hauteur du boulevard Tirou")),
        ),
    )


# --- a Swiss German regional daily (Thun, canton of Bern) -------------------------------------

AR_REDESIGN = dt.date(2018, 8, 1)  # relaunched on the national day
AR_APP = dt.date(2019, 3, 4)
SWISS_WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def _ar_dated(day: dt.date) -> str:
    if day < AR_REDESIGN:
        return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"Aktualisiert: {SWISS_WEEKDAYS[day.weekday()]}, {day.day:02d}.{day.month:02d}."
            f"{day.year}, {{time}}")


def bathing_season(day: dt.date) -> bool:
    """The Aare's bathing season: from 15 May to 30 September."""
    return (5, 15) <= (day.month, day.day) <= (9, 30)


def aare_temperature(day: dt.date) -> int:
    """The made-up temperature of the Aare at Thun in degrees on `day` of the bathing season
    (about 12 in May, 20 late in July)."""
    start = dt.date(day.year, 5, 15)
    curve = 12 + 8 * math.sin(math.pi * (day - start).days / 150)
    return round(curve) + made_up(day, "aare", -1, 1)


def _ar_aare(day: dt.date) -> str:
    if bathing_season(day):
        return f"🌊 Aare in Thun heute: {aare_temperature(day)} Grad"
    return "🌊 Aaretemperatur: wieder ab Mitte Mai, bis dahin gute Winterzeit"


def _ar_onion_market(y: int) -> str:
    if y == 2020:
        return "🧅 Der Zibelemärit fällt dieses Jahr aus"
    return f"🧅 Zibelemärit {y}: Extrazüge nach Bern ab Thun"


def _ar_notice() -> Wordings:
    base = _steps((_OLD, "Grüessech! Folgen Sie uns auf Facebook und Instagram"),
                  (AR_APP.isoformat(), "📲 Push-Meldungen aus der Region: laden Sie unsere "
                                       "App"))
    votes = swiss_votes(lambda d: f"🗳️ Abstimmungssonntag {d.day}. "
                                  f"{GERMAN_MONTHS[d.month - 1]}: Resultate aus Thun und "
                                  f"der Region")
    news: list[Event] = [
        _vote(SWISS_ELECTIONS[0], "🗳️ Eidgenössische Wahlen 2015: die Berner Gewählten",
              before=6, after=1),
        _vote("2018-03-25", "🗳️ Grossratswahlen: die Resultate aus dem Wahlkreis Thun",
              before=6, after=1),
        _vote(SWISS_ELECTIONS[1], "🗳️ Eidgenössische Wahlen 2019: die Berner Gewählten",
              before=6, after=1),
        _span("2020-03-16", "2020-04-26", "😷 Ausserordentliche Lage: bleiben Sie zu Hause"),
    ]
    feasts = _yearly("08-01", 0, 0, lambda y: f"🇨🇭 Bundesfeier: {y - 1291} Jahre "
                                              f"Eidgenossenschaft")
    feasts += _movable(lambda y: nth_weekday(y, 11, 0, 4), 2, 0, _ar_onion_market)
    return _calendar(base, news, votes, feasts)


def thun_style() -> PublisherStyle:
    """A Swiss German regional daily (Thun): a section kicker, the weekday and the date
    turned "Aktualisiert:" with the abbreviated weekday, the date and the time on the
    national day 2018 (a wording per day), "Von" turned with the desk, "Mehr zum Thema:"
    once, a picture credit ("zvg"), the Aare's temperature every day of the bathing season
    (a standing line the rest of the year), a social line in dialect turned an app appeal
    and turned by eighteen votation Sundays, two federal elections, the cantonal vote and
    the 2020 lockdown, the national day with its count and the onion market (called off in
    2020), a subscription price rising, a fair-use line and a copyright line (a block), a
    rare steamer notice."""
    return PublisherStyle(
        domain="aarebote.ch", site="Aare-Bote", base_size=150,
        subdomains=(("www.", 100),),
        sections=("thun", "region", "oberland", "kanton-bern", "schweiz", "sport"),
        n_authors=5, url_path="/region/{section}/{slug}/story/{n}",
        pools={
            "rubrik": ("Thun", "Region", "Berner Oberland", "Kanton Bern", "Schweiz", "Sport",
                       "Kultur"),
            "bild": ("zvg", "Keystone", "Archiv", "Leserbild"),
        },
        families=(
            _f("rubrik", HEADER, 0.35, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.75, *_by_day(_ar_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (AR_REDESIGN.isoformat(), "{author} | Redaktion Thun")),
            _f("thema", MIDDLE, 0.25, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Bild: {bild}")),
            _f("aare", FOOTER, 0.2, *_by_day(_ar_aare)),
            _f("hinweis", FOOTER, 0.3, *_ar_notice()),
            _f("abo", FOOTER, 0.15, (_OLD, "Digital-Abo: CHF 19.– pro Monat"),
               ("2017-09-01", "Digital-Abo: CHF 21.– pro Monat"),
               ("2020-01-06", "Digital-Abo: CHF 24.– pro Monat, Einzelausgabe Fr. 3.50")),
            _f("weiterverwendung", FOOTER, 0.2, (_OLD, "Die Weiterverwendung dieses Artikels "
                                                       "ist nur mit schriftlicher Zustimmung "
                                                       "der Redaktion gestattet.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Aare-Bote {year}")),
            _f("schiff", HEADER, 0.04, (_OLD, "⚠️ Schifffahrt auf dem Thunersee heute wegen "
                                              "Sturmwarnung eingeschränkt")),
        ),
    )


# --- a Luxembourgish, German and French site (Esch-sur-Alzette, Luxembourg) -------------------

MB_REDESIGN = dt.date(2018, 6, 23)  # relaunched on the national day
MB_NEWSLETTER = dt.date(2019, 10, 7)


def _mb_dated(day: dt.date) -> str:
    if day < MB_REDESIGN:
        return (f"{LUXEMBOURGISH_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{LUXEMBOURGISH_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def lux_petrol_price(day: dt.date) -> float:
    """The made-up maximum price of a litre of petrol (95) in Luxembourg in euros in
    `day`'s week (set on Tuesdays): about 1.16 in 2015, 1.05 in 2016, 1.28 late in 2018,
    1.00 in spring 2020."""
    tuesday = week_from(day, 1)
    base = interpolate(tuesday, (("2015-01-01", 1.12), ("2015-06-01", 1.25),
                                 ("2016-02-01", 1.03), ("2017-06-01", 1.12),
                                 ("2018-10-15", 1.29), ("2019-06-01", 1.20),
                                 ("2020-04-20", 0.99), ("2020-12-31", 1.09)))
    return round(base + made_up(tuesday, "bleifrai", -10, 10) / 1000, 3)


def _mb_petrol(day: dt.date) -> str:
    return f"⛽ Maximalpräis Bleifräi 95 dës Woch: {comma(lux_petrol_price(day), 3)} €/l"


def _mb_national_day(y: int) -> str:
    if y == 2020:
        return "🇱🇺 Nationalfeierdag: dëst Joer ouni Freedefeier an ouni Militärparad"
    return f"🇱🇺 Nationalfeierdag {y}: de Freedefeier owes an d'Parad den 23. Juni"


def _mb_fair(y: int) -> str:
    if y == 2020:
        return "🎡 Keng Schueberfouer dëst Joer"
    return f"🎡 Schueberfouer {y}: Parkplazen a Busser fir op de Glacis"


def _mb_easter_monday(y: int) -> str:
    if y == 2020:
        return "🏺 Den Éimaischen ass dëst Joer ofgesot"
    return f"🏺 Éimaischen {y}: Péckvillercher um Maart an der Stad"


def _mb_notice() -> Wordings:
    base = _steps((_OLD, "Follegt eis op Facebook an Instagram"),
                  (MB_NEWSLETTER.isoformat(), "📩 Eisen Newsletter: all Moien déi wichtegst "
                                              "Neiegkeeten aus dem Süden"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ Referendum: d'Wahlbüroe sinn vun 8 bis 14 Auer op", before=6),
        _vote("2017-10-08", "🗳️ Gemengewalen: d'Resultater aus de Minettsgemengen", before=6,
              after=1),
        _vote("2018-10-14", "🗳️ Chamberwalen: d'Resultater am Südbezierk", before=6, after=1),
        _vote("2019-05-26", "🗳️ Europawalen: d'Wahlbüroe sinn vun 8 bis 14 Auer op",
              before=5),
        _span("2020-03-18", "2020-06-24", "😷 Etat de crise: bleift doheem a passt op iech "
                                          "op"),
    ]
    feasts = _yearly("06-23", 1, 0, _mb_national_day)
    feasts += _yearly("08-21", 2, 2, _mb_fair)
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=1), 0, 0, _mb_easter_monday)
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=42), 1, 0,
                       lambda y: f"🔥 Buergbrennen {y}: wou a wéini am Minett")
    return _calendar(base, feasts, news)  # the national day breaks into the crisis notice


def esch_style() -> PublisherStyle:
    """A Luxembourgish, German and French site (Esch-sur-Alzette): a section kicker, the
    Luxembourgish weekday and date turned a dotted date and the time on the national day
    2018 (a wording per day), "Vun" turned with the newsroom, "Liest och:" (up to twice), a
    photo credit, the maximum price of petrol every week, a social line turned a newsletter
    appeal and turned by a referendum, three votes and the 2020 crisis, the national day
    (without fireworks in 2020), the Schueberfouer and Easter Monday's market (both called
    off in 2020) and the Buergbrennen, a note on the translation, a line on the site's
    languages, a subscription price rising and a copyright line (a block), a rare roadworks
    notice."""
    return PublisherStyle(
        domain="minettsblad.lu", site="Minettsblad", base_size=130,
        subdomains=(("www.", 80), ("", 20)),
        sections=("esch", "minett", "letzebuerg", "grenzganger", "sport", "kultur"),
        n_authors=4, url_path="/{section}/{n}.html",
        pools={
            "rubrik": ("Esch", "Minett", "Lëtzebuerg", "Grenzgänger", "Sport", "Kultur",
                       "Gemengen"),
            "sprooch": ("Franséisch", "Däitsch", "Englesch"),
        },
        families=(
            _f("rubrik", HEADER, 0.35, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.7, *_by_day(_mb_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Vun {author}"),
               (MB_REDESIGN.isoformat(), "{author} · Redaktioun Esch")),
            _f("lies", MIDDLE, 0.3, (_OLD, "Liest och: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("sprit", FOOTER, 0.2, *_by_day(_mb_petrol)),
            _f("notiz", FOOTER, 0.3, *_mb_notice()),
            _f("iwwersetzung", FOOTER, 0.1, (_OLD, "Dësen Artikel gëtt et och op {sprooch}.")),
            _f("sproochen", FOOTER, 0.15, (_OLD, "Artikelen op Lëtzebuergesch, Däitsch a "
                                                 "Franséisch")),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement: 15 € de Mount"),
               ("2018-06-25", "Abonnement: 18 € de Mount"),
               ("2020-09-01", "Abonnement: 20 € de Mount, fir Studenten 10 €")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Minettsblad – All Rechter "
                                                "reservéiert")),
            _f("chantier", HEADER, 0.04, (_OLD, "⚠️ A4 tëscht Esch a Lëtzebuerg: Chantier, "
                                                "mat Stau ass ze rechnen")),
        ),
    )


# --- a Flemish regional weekly (Aalst, East Flanders) -----------------------------------------

DW_REDESIGN = dt.date(2018, 7, 11)  # relaunched on the Flemish community's day
DW_NEWSLETTER = dt.date(2019, 9, 2)
FLEMISH_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def dw_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's number in the year, its volume (from 1946) and the Friday it came
    out."""
    number, friday = weekly_issue(day, 4)
    return number, friday.year - 1945, friday


def _dw_issue(day: dt.date) -> str:
    number, volume, friday = dw_issue(day)
    return (f"Editie {number} · vrijdag {friday.day} {DUTCH_MONTHS[friday.month - 1]} "
            f"{friday.year} · jaargang {volume}")


def _dw_dated(day: dt.date) -> str:
    if day < DW_REDESIGN:
        return f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}"
    return (f"{FLEMISH_WEEKDAYS[day.weekday()]} {day.day}/{day.month:02d}/{day.year} om "
            f"{{time}}")


def _dw_notice() -> Wordings:
    base = _steps((_OLD, "Like ons op Facebook en volg ons op Instagram"),
                  (DW_NEWSLETTER.isoformat(), "📩 Schrijf je in voor onze gratis nieuwsbrief "
                                              "met het nieuws uit de Denderstreek"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-24", "🕯️ Aanslagen in Brussel: drie dagen nationale "
                                          "rouw"),
        _vote("2018-10-14", "🗳️ Gemeenteraadsverkiezingen: alle uitslagen uit de "
                            "Denderstreek", before=6, after=1),
        _vote("2019-05-26", "🗳️ Verkiezingen: Vlaams, federaal en Europees, de uitslagen",
              before=6, after=1),
        _span("2019-12-13", "2019-12-19", "🎭 Aalst Carnaval van de UNESCO-lijst geschrapt: "
                                          "de reacties in Oilsjt"),
        _span("2020-03-18", "2020-05-03", "😷 Blijf in uw kot: alleen essentiële "
                                          "verplaatsingen zijn toegestaan"),
        _span("2020-11-02", "2020-11-30", "😷 Tweede lockdown: niet-essentiële winkels zijn "
                                          "dicht"),
    ]
    feasts = _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Carnaval Aalst {y}: de stoet op "
                                                        f"zondag, de ajuinworp op maandag")
    feasts += _yearly("07-11", 0, 0, lambda y: f"🦁 Vlaamse feestdag: {y - 1302} jaar na de "
                                               f"Guldensporenslag")
    feasts += _yearly("07-21", 0, 0, lambda _: "🇧🇪 Nationale feestdag: fijne 21 juli")
    return _calendar(base, news, feasts)


def aalst_style() -> PublisherStyle:
    """A Flemish regional weekly (Aalst): the edition's number, its Friday and its volume
    (turning every Friday), the bare date turned the abbreviated weekday, the date and the
    time on the Flemish community's day 2018 (a wording per day), "Tekst:" turned "Tekst en
    foto:", a town dateline, "Lees ook ►" once, a photo credit in brackets with initials,
    a social line turned a newsletter appeal and turned by the Brussels attacks' mourning,
    two votes, the carnival struck off UNESCO's list and two lockdowns, Aalst's carnival,
    the Flemish day with its count and the national day, a print cross-post, a classifieds
    line, a cover price rising and a copyright line (a block), a rare early edition."""
    return PublisherStyle(
        domain="denderweekblad.be", site="Dender Weekblad", base_size=110,
        subdomains=(("www.", 100),),
        sections=("aalst", "ninove", "dendermonde", "denderleeuw", "sport", "cultuur"),
        n_authors=4, url_path="/nieuws/{section}/{slug}-{n}",
        pools={
            "gemeente": ("AALST", "EREMBODEGEM", "HOFSTADE", "NINOVE", "DENDERMONDE", "LEDE",
                         "HAALTERT", "ERPE-MERE"),
            "initialen": ("JVDB", "KDW", "PVH", "SDM", "archief"),
        },
        families=(
            _f("editie", HEADER, 0.35, *_by_day(_dw_issue)),
            _f("datum", HEADER, 0.6, *_by_day(_dw_dated)),
            _f("tekst", HEADER, 0.45, (_OLD, "Tekst: {author}"),
               (DW_REDESIGN.isoformat(), "Tekst en foto: {author}")),
            _f("plaats", HEADER, 0.2, (_OLD, "{gemeente} -")),
            _f("lees-ook", MIDDLE, 0.2, (_OLD, "Lees ook ► {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "(foto {initialen})")),
            _f("bericht", FOOTER, 0.3, *_dw_notice()),
            _f("papier", FOOTER, 0.12, (_OLD, "Dit artikel verscheen ook in de papieren krant "
                                              "van deze week.")),
            _f("zoekertjes", FOOTER, 0.15, (_OLD, "Zoekertjes en familieberichten: elke week "
                                                  "in de krant, binnenbrengen tot dinsdag "
                                                  "12 uur.")),
            _f("prijs", FOOTER, 0.15, (_OLD, "Losse nummer € 1,30 · jaarabonnement € 55"),
               ("2017-01-06", "Losse nummer € 1,40 · jaarabonnement € 59"),
               ("2019-01-04", "Losse nummer € 1,50 · jaarabonnement € 63")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Dender Weekblad")),
            _f("vroeger", HEADER, 0.04, (_OLD, "Door de feestdag ligt de krant deze week een "
                                               "dag vroeger in de winkel.")),
        ),
    )


# --- an Austrian regional weekly (Zillertal, Tyrol) -------------------------------------------

ZR_REDESIGN = dt.date(2018, 10, 26)  # relaunched on the national day
ZR_NEWSLETTER = dt.date(2019, 11, 4)


def zr_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's number in the year, its volume (from 1979) and the Wednesday it came
    out."""
    number, wednesday = weekly_issue(day, 2)
    return number, wednesday.year - 1978, wednesday


def _zr_issue(day: dt.date) -> str:
    number, volume, wednesday = zr_issue(day)
    return (f"Nr. {number} · {volume}. Jahrgang · Mittwoch, {wednesday.day}. "
            f"{AUSTRIAN_MONTHS[wednesday.month - 1]} {wednesday.year}")


def _zr_print(day: dt.date) -> str:
    number, _, wednesday = zr_issue(day)
    return f"Erschienen in der Printausgabe Nr. {number}/{wednesday.year}"


def _zr_dated(day: dt.date) -> str:
    month = AUSTRIAN_MONTHS[day.month - 1]
    if day < ZR_REDESIGN:
        return f"{day.day}. {month} {day.year}"
    return f"{day.day:02d}. {month} {day.year}, {{time}}"


def _zr_gauder(y: int) -> str:
    if y == 2020:
        return "🍺 Das Gauder Fest 2020 ist abgesagt"
    return f"🍺 Gauder Fest {y} in Zell: Trachtenumzug am Sonntag, Straßen gesperrt"


def _zr_notice() -> Wordings:
    base = _steps((_OLD, "Folge uns auf Facebook: Neues aus dem Tal"),
                  (ZR_NEWSLETTER.isoformat(), "📩 Unser Newsletter: jeden Mittwoch die "
                                              "Neuigkeiten aus dem Zillertal"))
    news: list[Event] = [
        _vote("2016-02-28", "🗳️ Gemeinderatswahlen in Tirol: die Ergebnisse aus allen "
                            "Talgemeinden", before=6, after=1),
        _vote("2016-04-24", "🗳️ Bundespräsidentenwahl: die Ergebnisse aus dem Tal",
              before=6, after=1),
        _vote("2016-05-22", "🗳️ Stichwahl um das Amt des Bundespräsidenten", before=6,
              after=2),
        _span("2016-07-01", "2016-07-07", "🗳️ Stichwahl aufgehoben: der "
                                          "Verfassungsgerichtshof ordnet die Wiederholung an"),
        _span("2016-09-12", "2016-09-18", "🗳️ Wahlwiederholung verschoben: neuer Termin ist "
                                          "der 4. Dezember"),
        _vote("2016-12-04", "🗳️ Wiederholung der Stichwahl: die Ergebnisse aus dem Tal",
              before=6, after=1),
        _vote("2017-10-15", "🗳️ Nationalratswahl: die Ergebnisse aus dem Tal", before=6,
              after=1),
        _vote("2018-02-25", "🗳️ Landtagswahl in Tirol: die Ergebnisse aus dem Tal",
              before=6, after=1),
        _span("2019-05-18", "2019-05-22", "🏛️ Regierungskrise in Wien: was das "
                                          "Ibiza-Video auslöst"),
        _vote("2019-05-26", "🗳️ Europawahl: die Wahllokale im Tal", before=3),
        _vote("2019-09-29", "🗳️ Nationalratswahl: die Ergebnisse aus dem Tal", before=6,
              after=1),
        _span("2020-03-16", "2020-04-13", "😷 Coronavirus: Ausgangsbeschränkungen, ganz Tirol "
                                          "unter Quarantäne"),
        _span("2020-11-17", "2020-12-06", "😷 Zweiter Lockdown: Ausgangsbeschränkungen rund "
                                          "um die Uhr"),
    ]
    feasts = _yearly("10-26", 0, 0, lambda y: f"🇦🇹 Nationalfeiertag: {y - 1955} Jahre "
                                              f"Neutralität")
    feasts += _movable(lambda y: nth_weekday(y, 5, 6, 1), 2, 0, _zr_gauder)
    feasts += _movable(lambda y: nth_weekday(y, 10, 5, 1), 1, 0,
                       lambda y: f"🐄 Almabtrieb {y}: die Herden kommen ins Tal")
    return _calendar(base, news, feasts)


def zillertal_style() -> PublisherStyle:
    """An Austrian regional weekly (Zillertal): the issue's number, its volume and its
    Wednesday with "Jänner" (turning every Wednesday), the date turned with the time on the
    national day 2018 (a wording per day), "Von" turned with the district desk, a village
    dateline, "Das könnte Sie auch interessieren:" once, a photo credit, the summer and
    winter seasons, a social line turned a newsletter appeal and turned by the local and
    presidential votes, the run-off annulled, its rerun put off and held, two general
    elections, the state election, the Ibiza crisis, the European vote and two lockdowns,
    the national day with its count, the Gauder Fest (called off in 2020) and the cattle's
    way down, the print issue an article appeared in (turning every Wednesday), a price
    rising, the media-law disclosure and a copyright line (a block), a rare rail notice."""
    return PublisherStyle(
        domain="zillertalerrundschau.at", site="Zillertaler Rundschau", base_size=90,
        subdomains=(("www.", 100),),
        sections=("lokales", "wirtschaft", "tourismus", "sport", "vereine"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "ort": ("MAYRHOFEN", "ZELL AM ZILLER", "FÜGEN", "STRASS", "TUX", "STUMM",
                    "KALTENBACH", "RIED"),
            "foto": ("privat", "Archiv", "TVB Mayrhofen-Hippach", "BFV Schwaz", "Polizei"),
        },
        families=(
            _f("ausgabe", HEADER, 0.35, *_by_day(_zr_issue)),
            _f("datum", HEADER, 0.6, *_by_day(_zr_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}"),
               (ZR_REDESIGN.isoformat(), "{author} | Bezirksredaktion Schwaz")),
            _f("ort", HEADER, 0.2, (_OLD, "{ort}.")),
            _f("interessant", MIDDLE, 0.2, (_OLD, "Das könnte Sie auch interessieren: "
                                                  "{other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("saison", FOOTER, 0.15, *_seasons(
                ("04-20", "🥾 Sommersaison: die Almen und Hütten sind wieder bewirtschaftet"),
                ("12-01", "⛷️ Wintersaison: Pistenbericht und Lawinenlage täglich neu"))),
            _f("hinweis", FOOTER, 0.3, *_zr_notice()),
            _f("print", FOOTER, 0.15, *_by_day(_zr_print)),
            _f("preis", FOOTER, 0.15, (_OLD, "Einzelpreis € 1,20 · Jahresabo € 49"),
               ("2017-01-04", "Einzelpreis € 1,30 · Jahresabo € 52"),
               ("2019-01-02", "Einzelpreis € 1,40 · Jahresabo € 56")),
            _f("offenlegung", FOOTER, 0.15, (_OLD, "Offenlegung gemäß § 25 Mediengesetz: "
                                                   "siehe Impressum")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Zillertaler Rundschau · Alle Rechte "
                                                "vorbehalten")),
            _f("bahn", HEADER, 0.04, (_OLD, "⚠️ Zillertalbahn: Schienenersatzverkehr zwischen "
                                            "Fügen und Zell am Ziller")),
        ),
    )


# --- a French and Alsatian associative site (Sélestat, Alsace) --------------------------------

ER_REDESIGN = dt.date(2019, 4, 19)  # relaunched on Good Friday, a holiday in Alsace
ER_LETTER = dt.date(2017, 9, 4)
ER_HELLOASSO = dt.date(2019, 1, 7)
ALSATIAN_WORDS = (("Schmutz", "un bisou"), ("Bredele", "les petits gâteaux de Noël"),
                  ("Hopla", "allez, hop"), ("Schlappe", "les pantoufles"),
                  ("Storich", "la cigogne"), ("Wäckele", "le petit pain"),
                  ("Knepfle", "les quenelles"), ("Lumpe", "le chiffon"))


def _er_dated(day: dt.date) -> str:
    if day < ER_REDESIGN:
        return f"Sélestat, le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} · {{time}}")


def word_of_the_week(day: dt.date) -> tuple[str, str]:
    """The Alsatian word of `day`'s week (a new one each Monday, in turn)."""
    weeks = (week_from(day, 0) - dt.date(2014, 12, 29)).days // 7
    return ALSATIAN_WORDS[weeks % len(ALSATIAN_WORDS)]


def _er_word(day: dt.date) -> str:
    word, meaning = word_of_the_week(day)
    return f"🗨️ S'Wort vun de Wuch : {word} ({meaning})"


def _er_markets() -> list[Event]:
    out: list[Event] = []
    for y in YEARS:
        start = advent_sunday(y) - dt.timedelta(days=2)
        if y == 2020:
            text = "🎄 Pas de marché de Noël cette année, mais les sapins décorés en ville"
        else:
            text = (f"🎄 Marché de Noël {y} : Sélestat fête le sapin, {y - 1521} ans après sa "
                    f"première mention")
        out.append((start, dt.date(y, 12, 24), text))
    return out


def _er_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook : l'actualité du Ried et du Centre-Alsace"),
                  (ER_LETTER.isoformat(), "📩 Recevez notre lettre chaque vendredi, c'est "
                                          "gratuit"))
    news: list[Event] = [
        _vote("2015-12-06", "🗳️ Régionales, 1er tour : les résultats dans le Ried", before=5),
        _vote("2015-12-13", "🗳️ Régionales, 2nd tour : les résultats dans le Ried", before=5),
        _vote("2017-04-23", "🗳️ Présidentielle, 1er tour : les résultats dans le Ried",
              before=5, after=1),
        _vote("2017-05-07", "🗳️ Présidentielle, 2nd tour : les résultats dans le Ried",
              before=5, after=1),
        _span("2018-12-11", "2018-12-16", "🕯️ Attentat de Strasbourg : nos pensées vont aux "
                                          "victimes et à leurs proches"),
        _vote("2020-03-15", "🗳️ Municipales : les résultats commune par commune", before=5,
              after=1),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : solidarité et commerces ouverts "
                                          "dans le Ried"),
        _span("2020-10-30", "2020-12-14", "😷 Reconfinement : le click and collect des "
                                          "commerçants"),
        _span("2020-12-20", "2021-01-03", "🥨 Le 1er janvier 2021 naît la Collectivité "
                                          "européenne d'Alsace"),
    ]
    feasts = _er_markets()
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=2), 0, 0,
                       lambda _: "✝️ Vendredi saint : jour férié en Alsace-Moselle")
    feasts += _yearly("12-26", 0, 0, lambda _: "🎄 Saint-Étienne : jour férié en "
                                               "Alsace-Moselle")
    feasts += _movable(lambda y: nth_weekday(y, 8, 6, 2), 2, 0,
                       lambda y: "🌸 Le corso fleuri est annulé cette année" if y == 2020
                       else f"🌸 Corso fleuri {y} : les chars de dahlias défilent dimanche")
    return _calendar(base, news, feasts)


def selestat_style() -> PublisherStyle:
    """A French and Alsatian associative site (Sélestat): the town and the date turned the
    weekday, the date and the time on Good Friday 2019 (a wording per day), "Par" turned
    "Texte :", "Lire également :" once, a photo credit, an Alsatian word of the week
    (turning every Monday), the storks and the grape harvest, a social line turned a
    weekly letter and turned by five votes, the Strasbourg attack, two lockdowns and the new
    Alsace authority, the Christmas market with the tree's count (called off in 2020), Good
    Friday and Saint Stephen's day as Alsace keeps them, the flower parade (called off in
    2020), a membership appeal turned with an online platform and a copyright line (a
    block), a rare flood notice."""
    return PublisherStyle(
        domain="echoduried.fr", site="L'Écho du Ried", base_size=70,
        subdomains=(("www.", 100),),
        sections=("selestat", "ried", "centre-alsace", "culture", "associations"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("date", HEADER, 0.6, *_by_day(_er_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (ER_REDESIGN.isoformat(), "Texte : {author}")),
            _f("lire", MIDDLE, 0.2, (_OLD, "Lire également : {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo : {author2}")),
            _f("wort", FOOTER, 0.15, *_by_day(_er_word)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("02-15", "🐦 Les cigognes sont de retour : ne dérangez pas les nids"),
                ("09-10", "🍇 Vendanges sur la route des vins : prudence avec les tracteurs"))),
            _f("avis", FOOTER, 0.3, *_er_notice()),
            _f("adhesion", FOOTER, 0.15, (_OLD, "L'Écho du Ried vit grâce à ses adhérents : "
                                                "20 € par an"),
               (ER_HELLOASSO.isoformat(), "Adhérez en ligne sur HelloAsso : 25 € par an, 10 € "
                                          "pour les étudiants")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} L'Écho du Ried")),
            _f("crue", HEADER, 0.04, (_OLD, "⚠️ Crue de l'Ill : la route vers Ebersheim est "
                                            "coupée")),
        ),
    )


# --- a Romansh and German site (Engadine, Graubünden) -----------------------------------------

VE_REDESIGN = dt.date(2019, 3, 1)  # relaunched on Chalandamarz
VE_NEWSLETTER = dt.date(2018, 10, 1)
VE_TWINT = dt.date(2020, 1, 6)


def romansh_of(month: int) -> str:
    """The month after "da" (of): "da mars", but "d'avrigl" before a vowel."""
    name = ROMANSH_MONTHS[month - 1]
    return f"d'{name}" if name[0] in "aeiou" else f"da {name}"


def _ve_dated(day: dt.date) -> str:
    if day < VE_REDESIGN:
        return (f"{ROMANSH_WEEKDAYS[day.weekday()]}, ils {day.day} {romansh_of(day.month)} "
                f"{day.year}")
    return f"{day.day}.{day.month}.{day.year} | {{time}}"


def _ve_marathon(y: int) -> str:
    if y == 2020:
        return "⛷️ L'Engadin Skimarathon 2020 è annullà"
    return f"⛷️ Engadin Skimarathon {y}: da Malögia a S-chanf, vias serradas"


def _ve_notice() -> Wordings:
    base = _steps((_OLD, "Nus essan era sin Facebook ed Instagram"),
                  (VE_NEWSLETTER.isoformat(), "📩 Abunai noss newsletter: mintga venderdi las "
                                              "novitads da l'Engiadina"))
    votes = swiss_votes(lambda d: f"🗳️ Votaziun federala dals {d.day} {romansh_of(d.month)}: "
                                  f"ils resultats da las vischnancas")
    news: list[Event] = [
        _vote(SWISS_ELECTIONS[0], "🗳️ Elecziuns federalas 2015: ils resultats dal Grischun",
              before=6, after=1),
        _vote(SWISS_ELECTIONS[1], "🗳️ Elecziuns federalas 2019: ils resultats dal Grischun",
              before=6, after=1),
        _span("2020-03-16", "2020-04-26", "😷 Coronavirus: restai a chasa"),
        _span("2020-05-11", SWISS_CALLED_OFF, "🗳️ La votaziun dals 17 da matg na ha betg "
                                              "lieu"),
    ]
    feasts = _yearly("03-01", 0, 0, lambda _: "🔔 Bun Chalandamarz a tuts!")
    feasts += _movable(lambda y: nth_weekday(y, 3, 6, 2), 3, 0, _ve_marathon)
    feasts += _yearly("08-01", 0, 0, lambda y: f"🇨🇭 1. d'avust: {y - 1291} onns "
                                               f"Confederaziun")
    return _calendar(base, news, votes, feasts)


def engadine_style() -> PublisherStyle:
    """A Romansh and German site (Engadine): the Romansh weekday and date ("d'" before a
    vowel) turned a dotted date and the time on Chalandamarz 2019 (a wording per day), "da"
    turned with the newsroom, "Legia era:" once, a German summary's heading, a photo
    credit, a social line turned a newsletter appeal and turned by eighteen votation Sundays,
    two federal elections, the 2020 lockdown and the votation called off in May 2020,
    Chalandamarz, the ski marathon (called off in 2020) and the national day with its count,
    a membership appeal turned with a mobile payment and a copyright line (a block), a rare
    pass closure."""
    return PublisherStyle(
        domain="vuschengiadina.ch", site="La Vusch da l'Engiadina", base_size=52,
        subdomains=(("www.", 100),),
        sections=("engiadina", "grischun", "cultura", "sport", "economia"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.6, *_by_day(_ve_dated)),
            _f("autur", HEADER, 0.45, (_OLD, "da {author}"),
               (VE_REDESIGN.isoformat(), "{author} / redacziun")),
            _f("legia", MIDDLE, 0.2, (_OLD, "Legia era: {other_title}")),
            _f("resumaziun", MIDDLE, 0.15, (_OLD, "Deutsche Zusammenfassung:")),
            _f("fotografia", MIDDLE, 0.15, (_OLD, "Fotografia: {author2}")),
            _f("avis", FOOTER, 0.3, *_ve_notice()),
            _f("sustegn", FOOTER, 0.15, (_OLD, "Sustegnai il rumantsch: daventai commembra u "
                                               "commember"),
               (VE_TWINT.isoformat(), "Sustegnai nus cun TWINT: 079 000 00 02")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} La Vusch da l'Engiadina")),
            _f("pass", HEADER, 0.04, (_OLD, "⚠️ Il Pass dal Fuorn è serrà pervia da la naiv")),
        ),
    )


# --- a German site of East Belgium (Eupen) ----------------------------------------------------

HV_REDESIGN = dt.date(2018, 11, 15)  # relaunched on the German-speaking Community's day
HV_WHATSAPP = dt.date(2018, 4, 9)


def _hv_dated(day: dt.date) -> str:
    if day < HV_REDESIGN:
        return f"Eupen, {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"
    return f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year}"


def _hv_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Facebook: Neues aus Eupen und dem Venn"),
                  (HV_WHATSAPP.isoformat(), "📲 Neuigkeiten aus Ostbelgien per WhatsApp: "
                                            "0470 00 00 00"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-24", "🕯️ Nationale Trauer nach den Anschlägen in "
                                          "Brüssel"),
        _vote("2018-10-14", "🗳️ Gemeinderatswahlen: die Ergebnisse aus den neun Gemeinden",
              before=6, after=1),
        _vote("2019-05-26", "🗳️ Wahlen: Parlament der DG, Kammer und Europa", before=6,
              after=1),
        _span("2020-03-18", "2020-05-03", "😷 Corona: bleiben Sie zu Hause"),
        _span("2020-11-02", "2020-11-30", "😷 Zweiter Lockdown: nicht lebensnotwendige "
                                          "Geschäfte geschlossen"),
    ]
    feasts = _yearly("11-15", 0, 0, lambda _: "🎉 Tag der Deutschsprachigen Gemeinschaft")
    feasts += _yearly("07-21", 0, 0, lambda _: "🇧🇪 Nationalfeiertag")
    feasts += _movable(lambda y: carnival_tuesday(y) - dt.timedelta(days=1), 1, 0,
                       lambda y: f"🎭 Rosenmontagszug {y} in Eupen: Straßensperren und "
                                 f"Busse")
    return _calendar(base, news, feasts)


def eupen_style() -> PublisherStyle:
    """A German site of East Belgium (Eupen): the town and the date turned the weekday and a
    dotted date on the Community's day 2018 (a wording per day), "Von", "Auch lesenswert:"
    once, the fire danger on the fens and the winter trails, a social line turned a
    messenger appeal and turned by the Brussels attacks' mourning, two votes and two
    lockdowns, the Community's day, the national day and the Rose Monday parade, a
    supporting subscription rising and a copyright line (a block), a rare dam notice."""
    return PublisherStyle(
        domain="hohesvennjournal.be", site="Hohes Venn Journal", base_size=36,
        subdomains=(("", 100),),
        sections=("eupen", "ostbelgien", "kultur", "sport"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("datum", HEADER, 0.55, *_by_day(_hv_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "Von {author}")),
            _f("lesenswert", MIDDLE, 0.2, (_OLD, "Auch lesenswert: {other_title}")),
            _f("saison", FOOTER, 0.15, *_seasons(
                ("03-15", "🔥 Rote Fahne: bei Brandgefahr sind Teile des Venns gesperrt"),
                ("11-15", "❄️ Winter im Venn: Loipen nur bei geschlossener Schneedecke"))),
            _f("hinweis", FOOTER, 0.3, *_hv_notice()),
            _f("foerderabo", FOOTER, 0.15, (_OLD, "Lokaljournalismus unterstützen: Förderabo "
                                                  "ab 5 € im Monat"),
               ("2019-01-07", "Lokaljournalismus unterstützen: Förderabo ab 6 € im Monat")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Hohes Venn Journal")),
            _f("talsperre", HEADER, 0.04, (_OLD, "⚠️ Wesertalsperre: Wanderwege rund um den "
                                                 "See gesperrt")),
        ),
    )


# --- a Swiss French village site (Val d'Anniviers, Valais) ------------------------------------

VA_WHATSAPP = dt.date(2019, 6, 3)
VA_TWINT = dt.date(2020, 1, 6)


def _va_dated(day: dt.date) -> str:
    return f"Vissoie, le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def _va_queens(y: int) -> str:
    if y == 2020:
        return "🐄 La finale cantonale des combats de reines est annulée cette année"
    return f"🐄 Combats de reines {y} : la finale cantonale à Aproz ce week-end"


def _va_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook : la vie du val"),
                  (VA_WHATSAPP.isoformat(), "📲 Nos nouvelles sur WhatsApp : 079 000 00 03"))
    votes = swiss_votes(lambda d: f"🗳️ Votations du {d.day} {FRENCH_MONTHS[d.month - 1]} : "
                                  f"le bureau de Vissoie ouvert dimanche matin")
    news: list[Event] = [
        _span("2020-03-16", "2020-04-26", "😷 Situation extraordinaire : restez à la maison"),
        _span("2020-05-11", SWISS_CALLED_OFF, "🗳️ Les votations du 17 mai n'ont pas lieu"),
    ]
    feasts = _yearly("08-01", 0, 0, lambda y: f"🇨🇭 1er Août : {y - 1291} ans de la "
                                              f"Confédération, feux sur les hauts")
    feasts += _movable(lambda y: nth_weekday(y, 5, 6, 1), 2, 0, _va_queens)
    return _calendar(base, news, votes, feasts)


def anniviers_style() -> PublisherStyle:
    """A Swiss French village site (Val d'Anniviers): the village and the date (a wording
    per day), "Par", "À lire aussi sur" the site once, the summer alps and the ski season, a
    social line turned a messenger appeal and turned by eighteen votation Sundays, the 2020
    lockdown and the votation called off, the national day with its count and the cows'
    fights (called off in 2020), a supporting subscription in "septante" francs turned with
    a mobile payment and a rights line (a block), a rare road closure."""
    return PublisherStyle(
        domain="anniviersinfo.ch", site="Anniviers Info", base_size=24,
        subdomains=(("", 100),),
        sections=("val", "communes", "montagne", "agenda"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("date", HEADER, 0.5, *_by_day(_va_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.2, (_OLD, "À lire aussi sur Anniviers Info : {other_title}")),
            _f("saison", FOOTER, 0.15, *_seasons(
                ("06-10", "🐄 Inalpe : troupeaux sur les routes d'alpage, roulez au pas"),
                ("12-10", "⛷️ Saison d'hiver : horaires des navettes de Grimentz et Zinal"))),
            _f("avis", FOOTER, 0.3, *_va_notice()),
            _f("soutien", FOOTER, 0.15, (_OLD, "Abonnement de soutien : septante francs par "
                                               "an"),
               (VA_TWINT.isoformat(), "Soutenez l'info du val par TWINT : 079 000 00 04")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Anniviers Info, Vissoie")),
            _f("route", HEADER, 0.04, (_OLD, "⚠️ Route de Zinal fermée : chutes de pierres")),
        ),
    )


def heldout101_styles() -> list[PublisherStyle]:
    """The held-back-101 styles, in the order the generator hands them to publishers."""
    return [
        rennes_style(), maastricht_style(), eichstaett_style(), charleroi_style(),
        thun_style(), esch_style(), aalst_style(), zillertal_style(), selestat_style(),
        engadine_style(), eupen_style(), anniviers_style(),
    ]
