"""The ``held-back-118`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-116 set. It was
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
network footer. The publishers are the French-speaking local press of Belgium, Switzerland,
Luxembourg, Québec, Acadia and Louisiana, large and small, with the other languages some of
them print: a regional daily in Liège, a daily of the Vaud shore of Lake Geneva in Lausanne,
a regional daily of the Saguenay in Québec, a French-language daily in Luxembourg with
Luxembourgish and German lines, an Acadian daily in north-eastern New Brunswick, a bilingual
French and Dutch neighbourhood site in Brussels, a bilingual English and Cajun French weekly
in Lafayette, a regional paper of the Valais in Sion with a Franco-Provençal patois column, a
free local weekly of the Centre in Hainaut with Walloon lines, a Romansh and German weekly of
the Engadine, a community news site of Nunavik in Inuktitut syllabics, French and English,
and a small Luxembourgish commune's site with French and German lines. The families are the
kinds a crawl of such sites holds: dates localised day by day in French (Belgian, Swiss,
Québécois and Acadian forms, with the Eastern and Atlantic summer and winter time),
Luxembourgish, Dutch, English, Walloon, Romansh and Inuktitut (several changing form on the
day of a redesign), lines that turn every day, every week, every month, every quarter or on
a few days (a daily's issue number skipping Sundays and Belgian public holidays, the weather
in Liège, the level of Lac Saint-Jean, the high tides at Caraquet, Luxembourg's maximum fuel
prices, Brussels' markets by weekday, a commune's waste collection by weekday and week,
weekend supplements, weekly editions, a patois word of the week, the crawfish price in
season, radio bingo, a monthly Walloon column, a quarterly bulletin), the seasons of lakes,
grape harvests, skiing, lobster fishing, hurricanes, the Engadine's dead season and the
sealift, bylines and datelines of many shapes, kickers, read-also and related links (some
up to two times), photo credits, agency sources, a local journalism initiative's credit,
cross-posts and translations, reproduction and copyright lines, publishers' responsible
lines, donation, membership, cooperative, newsletter, app and social appeals, subscription
prices in euros, Swiss francs and Canadian and US dollars (several rising over the years),
notices reworded in 2016-2020, notices that follow the region's calendars (Swiss federal votes
and elections, with the vote of May 2020 called off, Belgian, Luxembourg, Québec, Canadian, New
Brunswick and Louisiana votes, the Brussels attacks of 2016, Luxembourg's free public transport,
Brussels' low emission zone and city-wide 30 km/h, the 2016 Louisiana floods and the hurricanes
of 2019 and 2020, lockdowns, the Atlantic bubble and the 2020 cancellations, Mardi Gras,
Binche's carnival, La Louvière's Laetare, Mons' Doudou, Liège's 15 August, the Fêtes de
Wallonie, Iris Day, Belgian and Luxembourg national days, Schueberfouer, Buergbrennen and
Éimaischen, the Swiss national day, the federal fast, the Fête des Vignerons, the Foire du
Valais, the cows' fights, Chalandamarz, the Engadin ski marathon, the Fête nationale of Québec,
moving day and Thanksgiving, the Acadian national day with its tintamarre and the 2019 World
Acadian Congress, the Festival International in Lafayette, the Ivakkak dog-sled race and
Christmas), multi-line blocks, mid-body inserts, bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    iso_day,
    nth_weekday,
    thanksgiving,
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

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FRENCH_WEEKDAYS_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS_SHORT = ("ma.", "di.", "wo.", "do.", "vr.", "za.", "zo.")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
LUXEMBOURGISH_MONTHS = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli",
                        "August", "September", "Oktober", "November", "Dezember")
LUXEMBOURGISH_WEEKDAYS = ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg",
                          "Samschdeg", "Sonndeg")
WALLOON_MONTHS = ("djanvî", "févrî", "måss", "avri", "may", "djun", "djulete", "awousse",
                  "setimbe", "octôbe", "nôvimbe", "decimbe")
WALLOON_WEEKDAYS = ("londi", "mårdi", "mierkidi", "djudi", "vénrdi", "semdi", "dimegne")
ROMANSH_MONTHS = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur",
                  "avust", "settember", "october", "november", "december")
ROMANSH_WEEKDAYS = ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda",
                    "dumengia")
INUKTITUT_MONTHS = ("ᔭᓐᓄᐊᓕ", "ᕖᕝᕗᐊᓕ", "ᒫᑦᓯ", "ᐄᐳᕆᓪ", "ᒪᐃ", "ᔫᓂ", "ᔪᓚᐃ", "ᐋᒌᓯ",
                    "ᓯᑎᐱᕆ", "ᐅᑐᐱᕆ", "ᓄᕕᐱᕆ", "ᑎᓯᐱᕆ")

# Swiss federal votes (a Sunday each) and the two federal elections of the period; the vote
# of 17 May 2020 was called off.
SWISS_VOTES = ("2015-03-08", "2015-06-14", "2016-02-28", "2016-06-05", "2016-09-25",
               "2016-11-27", "2017-02-12", "2017-05-21", "2017-09-24", "2018-03-04",
               "2018-06-10", "2018-09-23", "2018-11-25", "2019-02-10", "2019-05-19",
               "2020-02-09", "2020-09-27", "2020-11-29")
SWISS_ELECTIONS = ("2015-10-18", "2019-10-20")
CANADA_VOTES = ("2015-10-19", "2019-10-21")
BELGIAN_LOCKDOWNS = (("2020-03-18", "2020-05-03"), ("2020-11-02", "2020-11-30"))


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """How many `weekday`s have passed from the first one of the set's period to `day`'s
    latest one (0 in the first week)."""
    return (latest(day, weekday) - latest(FIRST_DAY + dt.timedelta(days=6), weekday)).days // 7


def months_since(day: dt.date) -> int:
    """Whole months from January 2015 to `day`'s month (0 in January 2015)."""
    return (day.year - 2015) * 12 + day.month - 1


def north_american_summer_time(day: dt.date) -> bool:
    """Whether daylight saving time is in force in Canada and the US on `day` (from the
    second Sunday of March to the day before the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def comma(value: float, places: int = 2) -> str:
    """`value` with a decimal comma, as French prints it."""
    return f"{value:.{places}f}".replace(".", ",")


def _swiss_votes(text: str) -> list[Event]:
    """A notice for each Swiss federal vote from the Tuesday before to polling day (the
    Monday before is the federal fast's in September); `text` is given the day and the
    month's French name."""
    return [_vote(day, text.format(d=iso_day(day).day,
                                   m=FRENCH_MONTHS[iso_day(day).month - 1]),
                  before=5, after=0) for day in SWISS_VOTES]


# --- a regional daily of Liège -----------------------------------------------------------------

BE_REDESIGN = dt.date(2018, 9, 3)  # relaunched on the day after the Fêtes de Wallonie
BE_APP = dt.date(2017, 3, 1)
BE_FIRST_ISSUE = 24_112  # the issue on sale on 1 January 2015 (made up)


def belgian_holidays(y: int) -> set[dt.date]:
    """The ten Belgian public holidays of year `y`."""
    e = easter(y)
    fixed = {dt.date(y, m, d) for m, d in ((1, 1), (5, 1), (7, 21), (8, 15), (11, 1),
                                           (11, 11), (12, 25))}
    return fixed | {e + dt.timedelta(days=k) for k in (1, 39, 50)}


def printed(day: dt.date) -> bool:
    """Whether the Liège daily's paper comes out on `day`: Monday to Saturday, not on a
    public holiday."""
    return day.weekday() != 6 and day not in belgian_holidays(day.year)


@cache
def _be_issues() -> dict[dt.date, int]:
    out: dict[dt.date, int] = {}
    number = BE_FIRST_ISSUE - 1
    day = FIRST_DAY
    while day <= LAST_DAY:
        number += printed(day)
        out[day] = number
        day += dt.timedelta(days=1)
    return out


def issue_number(day: dt.date) -> int:
    """The number of the latest paper on sale on `day` (the Saturday's on a Sunday)."""
    return _be_issues()[day]


def _be_issue(day: dt.date) -> str:
    return f"📰 L'édition papier du jour, n° {issue_number(day)}, est disponible en PDF"


def liege_weather(day: dt.date) -> tuple[int, int]:
    """A made-up low and high in Liège on `day`, around the season's mean."""
    mean = 10.5 - 7.5 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 20) / 365.25)
    low = round(mean - 4 + hashed(day, "be-low", -3, 3))
    return low, low + hashed(day, "be-span", 4, 10)


def _be_weather(day: dt.date) -> str:
    low, high = liege_weather(day)
    sky = ("☀️", "⛅", "☁️", "🌧️", "🌦️")[hashed(day, "be-sky", 0, 4)]
    return (f"{sky} Liège, {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} : min. {low} °C, max. {high} °C")


def _be_dated(day: dt.date) -> str:
    if day < BE_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Mis à jour le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")


def _be_outremeuse(y: int) -> str:
    if y == 2020:
        return "🎉 Pas de 15-Août en Outremeuse cette année : la fête est annulée"
    return f"🎉 15-Août {y} en Outremeuse : le programme, les concerts et la procession"


def _be_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et sur Twitter"),
                  (BE_APP.isoformat(), "📲 Téléchargez notre application : l'info de votre "
                                       "région en temps réel"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-27", "🕯️ Attentats de Bruxelles : suivez notre direct "
                                          "et nos informations pratiques"),
        _vote("2018-10-14", "🗳️ Communales 2018 : les résultats de votre commune dimanche "
                            "soir", before=3, after=1),
        _vote("2019-05-26", "🗳️ Élections du 26 mai : régionales, fédérales et européennes, "
                            "tous les résultats", before=3, after=1),
        _span("2018-06-18", "2018-07-14", "🔴 Mondial 2018 : les Diables rouges en Russie, "
                                          "match après match"),
        _span(*BELGIAN_LOCKDOWNS[0], "🏠 Confinement : les règles en vigueur et les "
                                     "commerces ouverts près de chez vous"),
        _span(*BELGIAN_LOCKDOWNS[1], "🏠 Reconfinement : ce qui est permis et ce qui ne "
                                     "l'est plus"),
    ]
    feasts = _yearly("08-15", 3, 0, _be_outremeuse)
    feasts += _yearly("12-31", 0, 0, lambda y: f"🥂 Bonne année {y + 1} à tous nos lecteurs")
    return _calendar(base, news, feasts)


def liege_style() -> PublisherStyle:
    """A regional daily of Liège: a section kicker, "Publié le" with a slashed date and the
    hour turned "Mis à jour le" with the weekday and the long date on the day after the 2018
    Fêtes de Wallonie (a wording per day), the signature turned with a town, "Lire aussi" up
    to twice, a photo credit and an agency from pools, the paper's issue number skipping
    Sundays and public holidays, the day's weather, a social line turned an app appeal and
    turned by the Brussels attacks, two votes, the World Cup, two lockdowns, Liège's 15 August
    (called off in 2020) and New Year, a digital subscription price rising twice, a rare
    paper-edition line, a reproduction line and a copyright line (a block), a rare live tag
    and a rare correction."""
    return PublisherStyle(
        domain="lecourriermosan.be", site="Le Courrier mosan", base_size=250,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("regions", "liege", "verviers", "huy-waremme", "belgique", "sports",
                  "culture"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Liège", "Verviers", "Huy-Waremme", "Belgique", "Sports", "Culture",
                         "Faits divers", "Basse-Meuse"),
            "localite": ("Liège", "Seraing", "Herstal", "Verviers", "Huy", "Waremme", "Visé",
                         "Spa"),
            "photo": ("Belga", "Le Courrier mosan", "Photo News", "D.R.", "archives"),
            "agence": ("Belga", "AFP", "Reuters", "ANP"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_be_dated)),
            _f("signature", HEADER, 0.6, (_OLD, "{author}"),
               (BE_REDESIGN.isoformat(), "{author} – correspondant à {localite}")),
            _f("direct", HEADER, 0.05, (_OLD, "🔴 DIRECT")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi | {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo {photo}")),
            _f("agence", FOOTER, 0.2, (_OLD, "(avec {agence})")),
            _f("edition", FOOTER, 0.15, *_by_day(_be_issue)),
            _f("meteo", FOOTER, 0.15, *_by_day(_be_weather)),
            _f("avis", FOOTER, 0.3, *_be_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Abonnement numérique : 1 € le premier mois, "
                                                 "puis 12,95 € par mois"),
               ("2017-09-01", "Abonnement numérique : 1 € le premier mois, puis 13,95 € par "
                              "mois"),
               ("2019-09-01", "Abonnement numérique : 1 € le premier mois, puis 14,95 € par "
                              "mois")),
            _f("papier", FOOTER, 0.08, (_OLD, "Cet article est paru dans notre édition papier "
                                              "de ce jour.")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction ou diffusion sans "
                                                   "l'accord préalable de l'éditeur est "
                                                   "interdite.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Le Courrier mosan – Tous droits "
                                             "réservés")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une version précédente de "
                                                    "cet article mentionnait une mauvaise "
                                                    "date.")),
        ),
    )


# --- a daily of the Vaud shore of Lake Geneva (Lausanne) ---------------------------------------

CH_REDESIGN = dt.date(2019, 1, 8)
CH_NEWSLETTER = dt.date(2018, 5, 1)
CH_FIRST_SUPPLEMENT = 1_041


def federal_fast(y: int) -> dt.date:
    """The federal fast (Jeûne fédéral): the third Sunday of September."""
    return nth_weekday(y, 9, 6, 3)


def supplement_number(day: dt.date) -> int:
    """The number of the weekend supplement out on `day` (every Saturday)."""
    return CH_FIRST_SUPPLEMENT + weeks_since(day, 5)


def _ch_supplement(day: dt.date) -> str:
    saturday = latest(day, 5)
    return (f"Le supplément Week-end n° {supplement_number(day)} du {saturday.day:02d}."
            f"{saturday.month:02d}.{saturday.year} est dans votre boîte aux lettres")


def _ch_dated(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"Publié {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}, {{time}}")


def _ch_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez-nous sur Facebook, Twitter et Instagram"),
                  (CH_NEWSLETTER.isoformat(), "📩 Notre newsletter du matin : l'essentiel "
                                              "vaudois dans votre boîte dès 6 heures"))
    votes = _swiss_votes("🗳️ Votations du {d} {m} : résultats et analyses dimanche dès midi")
    votes += [_vote(day, "🗳️ Élections fédérales : les élus vaudois au National et aux "
                         "États dimanche soir", before=6, after=0) for day in SWISS_ELECTIONS]
    news: list[Event] = [
        _span("2020-03-16", "2020-04-26", "🏠 Semi-confinement : commerces fermés, restez "
                                          "chez vous autant que possible"),
        _span("2020-05-11", "2020-05-17", "🗳️ Pas de votation le 17 mai : les objets sont "
                                          "reportés à l'automne"),
        _span("2019-07-18", "2019-08-11", "🍇 Fête des Vignerons 2019 à Vevey : horaires, "
                                          "billets et transports"),
    ]
    feasts = _yearly("08-01", 1, 0, lambda _: "🇨🇭 Bonne fête nationale ! Les feux et "
                                              "discours dans les communes vaudoises")
    feasts += _movable(lambda y: federal_fast(y) + dt.timedelta(days=1), 1, 0,
                       lambda _: "Lundi du Jeûne : la rédaction vous retrouve mardi pour "
                                 "l'édition papier")
    return _calendar(base, votes, feasts, news)  # 1 August breaks into the Vignerons


def lausanne_style() -> PublisherStyle:
    """A daily of the Vaud shore of Lake Geneva (Lausanne): a section kicker, a dotted date
    with the hour turned "Publié" with the weekday and the long date in January 2019 (a
    wording per day), the author turned with a handle, "À lire aussi" up to twice, a picture
    credit from a pool, the agency in brackets, the weekend supplement's number every
    Saturday, the seasons of the lake, grape harvest and skiing, a social line turned a
    newsletter and turned by every federal vote, two federal elections, the vote called off
    in May 2020, the semi-lockdown, the Fête des Vignerons, the national day and the federal
    fast's Monday, a subscription price in francs rising twice, the newsroom's address and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="gazettelemanique.ch", site="La Gazette lémanique", base_size=220,
        subdomains=(("www.", 100),),
        sections=("vaud", "lausanne", "riviera", "suisse", "monde", "economie", "sports"),
        n_authors=12, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Vaud", "Lausanne", "Riviera", "La Côte", "Suisse", "Monde",
                         "Économie", "Sports", "Culture"),
            "image": ("Keystone", "Keystone/AP", "AFP", "La Gazette lémanique", "DR"),
            "agence": ("ats", "ats/afp", "ats/reuters", "afp", "ats/nxp"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ch_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "{author}"),
               ("2017-06-01", "{author} {author_handle}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi – {other_title}"), count=2),
            _f("image", MIDDLE, 0.3, (_OLD, "Image : {image}")),
            _f("agence", FOOTER, 0.25, (_OLD, "({agence})")),
            _f("supplement", FOOTER, 0.15, *_by_day(_ch_supplement)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("04-15", "⛵ Le Léman se réveille : horaires d'été des bateaux dès la fin mai"),
                ("06-20", "🏊 Baignade : la température de l'eau à Vidy et à Ouchy chaque "
                          "matin"),
                ("09-10", "🍇 Vendanges : les dates des caves ouvertes de Lavaux et de La Côte"),
                ("12-01", "⛷️ L'enneigement des stations vaudoises, mis à jour chaque matin"))),
            _f("avis", FOOTER, 0.3, *_ch_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Abonnement numérique : 19 fr. par mois, "
                                                 "sans engagement"),
               ("2018-01-01", "Abonnement numérique : 21 fr. par mois, sans engagement"),
               ("2020-01-01", "Abonnement numérique : 24 fr. par mois, le premier mois "
                              "offert")),
            _f("adresse", FOOTER, 0.3, (_OLD, "Rédaction : av. de la Gare 00, 1003 Lausanne · "
                                              "021 000 00 00")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} La Gazette lémanique. Toute "
                                                "réutilisation est soumise à autorisation.")),
            _f("correctif", HEADER, 0.04, (_OLD, "Correctif : le nom de la commune a été "
                                                 "corrigé dans cette version.")),
        ),
    )


# --- a regional daily of the Saguenay (Québec) -------------------------------------------------

QC_REDESIGN = dt.date(2019, 9, 3)
QC_LJI = dt.date(2019, 6, 1)  # its first reporter of the local journalism initiative
QC_APP = dt.date(2016, 10, 1)
QC_COOP = dt.date(2020, 4, 1)


def lake_level(day: dt.date) -> float:
    """A made-up level of Lac Saint-Jean on `day`, in feet: low at the end of winter, high
    after the spring flood, a little noise by day."""
    season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 170) / 365.25)
    return round(100.0 + 2.6 * season + hashed(day, "qc-lake", -3, 3) / 10, 1)


def _qc_lake(day: dt.date) -> str:
    return (f"💧 Niveau du lac Saint-Jean ce {FRENCH_WEEKDAYS[day.weekday()]} matin : "
            f"{comma(lake_level(day), 1)} pieds")


def _qc_dated(day: dt.date) -> str:
    if day < QC_REDESIGN:
        return f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} {{time}}"
    zone = "HAE" if north_american_summer_time(day) else "HNE"
    return (f"Mis à jour le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}} {zone}")


def _qc_notice() -> Wordings:
    base = _steps((_OLD, "Aimez notre page Facebook pour ne rien manquer de l'actualité "
                         "régionale"),
                  (QC_APP.isoformat(), "📲 Notre application : les nouvelles du Saguenay–"
                                       "Lac-Saint-Jean partout avec vous"))
    votes: list[Event] = [
        _vote(day, "🗳️ Élections fédérales : les résultats des circonscriptions de la "
                   "région en direct", before=3, after=0) for day in CANADA_VOTES]
    votes += [
        _vote("2017-11-05", "🗳️ Municipales 2017 : mairies et conseils, tous les résultats "
                            "de la région", before=3, after=0),
        _vote("2018-10-01", "🗳️ Élections québécoises : suivez la soirée électorale avec "
                            "notre équipe", before=3, after=0),
        _span("2020-03-23", "2020-05-10", "🌈 Ça va bien aller : l'édition papier de semaine "
                                          "fait relâche, retrouvez-nous en ligne"),
    ]
    feasts = _yearly("06-24", 1, 0, lambda _: "⚜️ Bonne Fête nationale du Québec !")
    feasts += _yearly("07-01", 0, 0, lambda _: "📦 Bon déménagement à tous ceux qui changent "
                                               "d'adresse aujourd'hui")
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 2), 2, 0,
                       lambda _: "🦃 Joyeuse Action de grâce : nos bureaux sont fermés lundi")
    return _calendar(base, votes, feasts)


def saguenay_style() -> PublisherStyle:
    """A regional daily of the Saguenay (Québec): a section kicker, the long date with the
    hour turned "Mis à jour le" with the weekday and Eastern summer or winter time in
    September 2019 (a wording per day), the author turned with the local journalism
    initiative's credit, "À LIRE AUSSI" up to twice, a photo credit naming a colleague, a
    wire's line, the lake's level every morning, a social line turned an app appeal and
    turned by four votes, the 2020 pause of the weekday paper, the Fête nationale, moving
    day and Thanksgiving, a weekly paper price rising and turned a cooperative's membership
    appeal, a reproduction line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sentinelledufjord.ca", site="La Sentinelle du Fjord", base_size=195,
        subdomains=(("www.", 100),),
        sections=("actualites", "saguenay", "lac-saint-jean", "affaires", "sports", "arts"),
        n_authors=10, url_path="/{section}/{slug}-{n}",
        pools={
            "section": ("Actualités", "Saguenay", "Lac-Saint-Jean", "Affaires", "Sports",
                        "Arts", "Faits divers", "Opinions"),
            "fil": ("La Presse Canadienne", "l'Agence France-Presse", "Reuters"),
        },
        families=(
            _f("section", HEADER, 0.45, (_OLD, "{section}")),
            _f("date", HEADER, 0.8, *_by_day(_qc_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "{author}"),
               (QC_LJI.isoformat(), "{author}, Initiative de journalisme local")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À LIRE AUSSI : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "(Photo La Sentinelle du Fjord, {author2})")),
            _f("fil", FOOTER, 0.15, (_OLD, "— Avec {fil}")),
            _f("lac", FOOTER, 0.15, *_by_day(_qc_lake)),
            _f("avis", FOOTER, 0.3, *_qc_notice()),
            _f("soutien", FOOTER, 0.2, (_OLD, "Abonnez-vous : le journal livré chez vous six "
                                              "jours sur sept pour 5,49 $ par semaine"),
               ("2018-01-01", "Abonnez-vous : le journal livré chez vous six jours sur sept "
                              "pour 5,99 $ par semaine"),
               (QC_COOP.isoformat(), "Devenez membre de votre coopérative d'information : "
                                     "une part sociale de 25 $")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction est interdite sans "
                                                   "l'autorisation écrite de l'éditeur.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} La Sentinelle du Fjord. Tous droits "
                                             "réservés.")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "RECTIFICATIF : Dans une version "
                                                    "précédente, le montant de la subvention "
                                                    "était erroné.")),
        ),
    )


# --- a French-language daily in Luxembourg -----------------------------------------------------

LU_REDESIGN = dt.date(2018, 10, 15)  # relaunched on the day after the general election
LU_APP = dt.date(2019, 3, 1)
LU_FREE_TRANSPORT = dt.date(2020, 3, 1)

SCHUEBERFOUER = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-23",
                 2018: "2018-08-23", 2019: "2019-08-23"}  # its opening; none in 2020


def fuel_change(day: dt.date) -> bool:
    """Whether Luxembourg's maximum pump prices change on `day` (made up: about one day in
    four, never on a Sunday)."""
    return day.weekday() != 6 and hashed(day, "lu-fuel", 1, 4) == 1


def fuel_since(day: dt.date) -> dt.date:
    """The day the maximum prices in force on `day` were set."""
    while not fuel_change(day) and day > dt.date(2014, 12, 1):
        day -= dt.timedelta(days=1)
    return day


def fuel_prices(day: dt.date) -> tuple[float, float]:
    """The maximum prices of diesel and of unleaded 95 on `day`, in euros a litre (made
    up, lower in 2016 and 2020)."""
    since = fuel_since(day)
    level = {2014: 1.10, 2015: 1.03, 2016: 0.93, 2017: 1.01, 2018: 1.09, 2019: 1.07,
             2020: 0.95, 2021: 0.98}[since.year]
    diesel = level + hashed(since, "lu-diesel", -30, 30) / 1000
    return round(diesel, 3), round(diesel + 0.17 + hashed(since, "lu-95", 0, 20) / 1000, 3)


def _lu_fuel(day: dt.date) -> str:
    since = fuel_since(day)
    diesel, unleaded = fuel_prices(day)
    return (f"⛽ Prix maximum à la pompe depuis le {since.day:02d}/{since.month:02d} : diesel "
            f"{comma(diesel, 3)} €, sans plomb 95 {comma(unleaded, 3)} €")


def _lu_moien(day: dt.date) -> str:
    return (f"Moien! Haut ass {LUXEMBOURGISH_WEEKDAYS[day.weekday()]}, de {day.day}. "
            f"{LUXEMBOURGISH_MONTHS[day.month - 1]}")


def _lu_dated(day: dt.date) -> str:
    if day < LU_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} | {{time}}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def _lu_fouer(y: int) -> str:
    return f"🎡 Schueberfouer {y} : horaires, parkings et navettes vers le Glacis"


def _lu_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook · Follegt eis op Facebook"),
                  (LU_APP.isoformat(), "📲 Notre appli : toute l'actualité du pays, en "
                                       "français, sur votre téléphone"))
    news: list[Event] = [
        _vote("2017-10-08", "🗳️ Communales du 8 octobre : les résultats des 102 communes",
              before=3, after=0),
        _vote("2018-10-14", "🗳️ Législatives du 14 octobre : la soirée électorale en direct",
              before=3, after=0),
        _vote("2019-05-26", "🗳️ Européennes : six sièges à pourvoir pour le Luxembourg",
              before=3, after=0),
        _span("2020-02-24", "2020-03-07", "🚌 Dès le 1er mars, bus, trains et tram sont "
                                          "gratuits dans tout le pays"),
        _span("2020-03-16", "2020-05-10", "🏠 État de crise : restez chez vous, les "
                                          "commerces non essentiels sont fermés"),
        _span("2020-07-24", "2020-09-13", "🎡 Pas de Schueberfouer cette année : "
                                          "« Fouerdeeg » dans plusieurs communes"),
    ]
    feasts = _yearly("06-23", 1, 0, lambda _: "🇱🇺 Schéine Nationalfeierdag ! Bonne fête "
                                              "nationale")
    feasts += _movable(_listed(SCHUEBERFOUER), 0, 18, _lu_fouer)
    return _calendar(base, news, feasts)


def luxembourg_style() -> PublisherStyle:
    """A French-language daily in Luxembourg: a section kicker, a slashed date with the hour
    turned the weekday and the long date on the day after the 2018 general election (a
    wording per day), a Luxembourgish greeting with the day every day, the author with a
    town, "À lire également" up to twice, a photo credit from a pool, the maximum fuel prices
    changing on a few days a week, a bilingual social line turned an app appeal and turned by
    three votes, free public transport, the crisis of 2020, the national day and the
    Schueberfouer (called off in 2020), a rare German cross-post, a subscription price rising,
    the publisher's address and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="echoalzette.lu", site="L'Écho de l'Alzette", base_size=170,
        subdomains=(("www.", 100),),
        sections=("luxembourg", "grande-region", "monde", "economie", "sport", "culture"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "rubrique": ("Luxembourg", "Grande Région", "Monde", "Économie", "Sport",
                         "Culture", "Politique"),
            "ville": ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange",
                      "Ettelbruck", "Wiltz", "Remich"),
            "photo": ("L'Écho de l'Alzette", "AFP", "SIP", "archives", "D.R."),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_lu_dated)),
            _f("moien", HEADER, 0.2, *_by_day(_lu_moien)),
            _f("auteur", HEADER, 0.5, (_OLD, "De notre journaliste {author}, à {ville}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire également : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "(Photo : {photo})")),
            _f("carburant", FOOTER, 0.15, *_by_day(_lu_fuel)),
            _f("avis", FOOTER, 0.3, *_lu_notice()),
            _f("deutsch", FOOTER, 0.07, (_OLD, "Dieser Artikel ist auch in unserer "
                                               "deutschsprachigen Ausgabe erschienen.")),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement numérique : 9,90 € par mois, "
                                                  "TVA comprise"),
               ("2019-01-01", "Abonnement numérique : 11,90 € par mois, TVA comprise")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éditeur : 00, rue du Fort, L-0000 Luxembourg · "
                                              "Tél. : (+352) 00 00 00")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} L'Écho de l'Alzette – Tous droits "
                                             "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le chiffre cité dans le titre a été "
                                               "corrigé.")),
        ),
    )


# --- an Acadian daily of north-eastern New Brunswick (Caraquet) --------------------------------

NB_REDESIGN = dt.date(2019, 8, 10)  # relaunched on the opening day of the World Acadian Congress
NB_NEWSLETTER = dt.date(2018, 4, 3)
TIDE_PERIOD = 12 * 60 + 25  # minutes between two high tides
TIDE_FIRST = 4 * 60 + 10  # the first high tide on 1 January 2015 (made up), minutes


def high_tides(day: dt.date) -> tuple[int, ...]:
    """The minutes after midnight of `day`'s high tides at Caraquet (made up: a tide every
    12 hours 25 minutes from the set's first day, one or two a day)."""
    start = (day - FIRST_DAY).days * 24 * 60
    first = (TIDE_FIRST - start) % TIDE_PERIOD
    return tuple(t for t in (first, first + TIDE_PERIOD) if t < 24 * 60)


def _nb_tides(day: dt.date) -> str:
    times = " et ".join(f"{t // 60} h {t % 60:02d}" for t in high_tides(day))
    return f"🌊 Pleine mer à Caraquet ce {FRENCH_WEEKDAYS[day.weekday()]} : {times}"


def _nb_dated(day: dt.date) -> str:
    if day < NB_REDESIGN:
        return f"Publié le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}"
    zone = "HAA" if north_american_summer_time(day) else "HNA"
    return (f"{FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}} {zone}")


def _nb_fete(y: int) -> str:
    if y == 2020:
        return ("🎺 Bonne Fête nationale de l'Acadie ! Tintamarre à 17 h 55, chacun devant "
                "chez soi")
    return "🎺 Bonne Fête nationale de l'Acadie ! Rendez-vous au tintamarre à 17 h 55"


def _nb_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter"),
                  (NB_NEWSLETTER.isoformat(), "📩 Inscrivez-vous à notre infolettre : "
                                              "l'Acadie chaque matin dans votre boîte"))
    votes: list[Event] = [
        _vote(day, "🗳️ Élections fédérales : les résultats d'Acadie–Bathurst et de "
                   "Madawaska–Restigouche en direct", before=3, after=0)
        for day in CANADA_VOTES]
    votes += [
        _vote("2018-09-24", "🗳️ Élections provinciales : suivez la soirée électorale avec "
                            "nous", before=3, after=0),
        _vote("2020-09-14", "🗳️ Élections provinciales anticipées : tous les résultats en "
                            "direct", before=3, after=0),
        _span("2019-08-10", "2019-08-24", "🎉 Congrès mondial acadien 2019 : programme, "
                                          "sites et rassemblements de familles"),
        _span("2020-03-19", "2020-05-21", "⚠️ État d'urgence : restez chez vous, les "
                                          "frontières provinciales sont contrôlées"),
        _span("2020-07-03", "2020-11-23", "🦞 Bulle atlantique : déplacements permis entre "
                                          "les quatre provinces de l'Atlantique"),
    ]
    feasts = _yearly("08-15", 1, 0, _nb_fete)
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Joyeux Noël ! Pas de journal le 26 décembre")
    return _calendar(base, feasts, votes)  # the national day breaks into the congress


def caraquet_style() -> PublisherStyle:
    """An Acadian daily of north-eastern New Brunswick (Caraquet): a region kicker, "Publié
    le" with the long date and the hour turned the weekday, the date and Atlantic summer or
    winter time on the opening day of the 2019 World Acadian Congress (a wording per day), the
    author with a region, "► À LIRE ÉGALEMENT" up to twice, a photo credit naming a colleague,
    the day's high tides at Caraquet, the lobster seasons, a social line turned a newsletter
    and turned by four votes, the congress, the state of emergency and the Atlantic bubble,
    the Acadian national day with its tintamarre and Christmas, a subscription price with
    the sales tax rising, a reproduction line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="lepharacadien.ca", site="Le Phare acadien", base_size=150,
        subdomains=(("www.", 100),),
        sections=("actualites", "peninsule", "nord-ouest", "moncton", "sports", "arts"),
        n_authors=8, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "region": ("Péninsule acadienne", "Chaleur", "Restigouche", "Nord-Ouest",
                       "Moncton", "Provincial", "Sports", "Arts et spectacles"),
        },
        families=(
            _f("region", HEADER, 0.45, (_OLD, "{region}")),
            _f("date", HEADER, 0.8, *_by_day(_nb_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "{author}"),
               ("2017-01-09", "{author} | {region}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "► À LIRE ÉGALEMENT : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "(Photo : Le Phare acadien – {author2})")),
            _f("marees", FOOTER, 0.15, *_by_day(_nb_tides)),
            _f("homard", FOOTER, 0.12, *_seasons(
                ("04-30", "🦞 La pêche au homard de printemps est ouverte dans la Péninsule"),
                ("07-01", "⚓ Fin de la saison du homard de printemps : bon débarquement aux "
                          "pêcheurs"),
                ("08-09", "🦞 La pêche d'automne est ouverte dans le sud-est de la province"),
                ("10-15", "❄️ Les bateaux sont sortis de l'eau : rendez-vous au printemps"))),
            _f("avis", FOOTER, 0.3, *_nb_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Abonnement numérique : 12,99 $ par mois, "
                                                 "taxes en sus"),
               ("2016-07-01", "Abonnement numérique : 12,99 $ par mois plus TVH de 15 %"),
               ("2019-01-01", "Abonnement numérique : 14,99 $ par mois plus TVH de 15 %")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Reproduction interdite sans la permission "
                                                   "écrite du journal.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© Le Phare acadien {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction : l'âge de la personne a été "
                                                  "corrigé dans ce texte.")),
        ),
    )


# --- a bilingual French and Dutch neighbourhood site of Brussels -------------------------------

BX_REDESIGN = dt.date(2018, 5, 8)  # relaunched on Iris Day, the Region's day
BX_NEWSLETTER = dt.date(2017, 1, 16)

MARKETS = (  # Brussels' markets by weekday, as a neighbourhood site lists them
    "Marché de la place du Châtelain · Markt op het Kastelein (14 h – 19 h)",
    "Marché bio de la place Van Meenen · Biomarkt (8 h – 13 h)",
    "Marché du Châtelain · Kasteleinmarkt (14 h – 19 h)",
    "Marché de la place Flagey, fin d'après-midi · Avondmarkt Flagey",
    "Marché de la place de la Chapelle · Vossenpleinmarkt (7 h – 13 h)",
    "Marché Flagey et marché de la gare du Midi (matin) · Markten Flagey en Zuid",
    "Marché du Midi, le plus grand de Bruxelles · Zuidmarkt (6 h – 13 h 30)",
)


def _bx_market(day: dt.date) -> str:
    return (f"🧺 {FRENCH_WEEKDAYS[day.weekday()].capitalize()} / "
            f"{DUTCH_WEEKDAYS_SHORT[day.weekday()]} : {MARKETS[day.weekday()]}")


def car_free_sunday(y: int) -> dt.date | None:
    """The car-free Sunday in Brussels: the third Sunday of September (none in 2020)."""
    return None if y == 2020 else nth_weekday(y, 9, 6, 3)


def _bx_dated(day: dt.date) -> str:
    if day < BX_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    w = day.weekday()
    return (f"{FRENCH_WEEKDAYS_SHORT[w]} {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} · "
            f"{DUTCH_WEEKDAYS_SHORT[w]} {day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}")


def _bx_notice() -> Wordings:
    base = _steps((_OLD, "Likez notre page · Like onze pagina op Facebook"),
                  (BX_NEWSLETTER.isoformat(), "📩 Notre lettre du quartier chaque lundi · "
                                              "Onze wijkbrief elke maandag"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-28", "🕯️ Bruxelles en deuil · Brussel in rouw : les "
                                          "lieux de recueillement du quartier"),
        _span("2017-12-15", "2018-01-07", "🚗 1er janvier : zone de basses émissions · "
                                          "lage-emissiezone in het hele Gewest"),
        _vote("2018-10-14", "🗳️ Communales · Gemeenteraadsverkiezingen : votez dans votre "
                            "bureau habituel", before=6, after=0),
        _vote("2019-05-26", "🗳️ 26 mai · 26 mei : Région, Chambre et Europe", before=6,
              after=0),
        _span(*BELGIAN_LOCKDOWNS[0], "🏠 Confinement · Lockdown : les commerces du quartier "
                                     "qui livrent à domicile"),
        _span(*BELGIAN_LOCKDOWNS[1], "🏠 Deuxième confinement · Tweede lockdown : entraide "
                                     "entre voisins"),
        _span("2020-12-01", "2021-01-10", "🚲 Ville 30 · Stad 30 : 30 km/h dans toute la "
                                          "Région dès le 1er janvier"),
    ]
    feasts = _yearly("05-08", 1, 0, lambda _: "🌸 Fête de l'Iris · Irisfeest : concerts gratuits "
                                              "au centre-ville")
    feasts += _yearly("07-21", 1, 0, lambda _: "🇧🇪 Fête nationale · Nationale feestdag : "
                                               "défilé et feu d'artifice")
    feasts += _movable(car_free_sunday, 5, 0, lambda _: "🚶 Dimanche sans voiture · Autoloze "
                                                        "zondag de 9 h 30 à 19 h")
    return _calendar(base, news, feasts)


def brussels_style() -> PublisherStyle:
    """A bilingual French and Dutch neighbourhood site of Brussels: a commune kicker, a slashed
    date turned the short weekday and the long date in French and Dutch on Iris Day 2018 (a
    wording per day), "Par" with the author, a bilingual read-also once, a photo credit, the
    day's markets by weekday, a social line turned a newsletter and turned by the 2016
    attacks, the low emission zone, two votes, two lockdowns and the city-wide 30 km/h, Iris
    Day, the national day and the car-free Sunday (none in 2020), a membership appeal rising,
    the grant line, the responsible publisher and a copyright line (a block), a rare
    bilingual correction."""
    return PublisherStyle(
        domain="bxlquartiers.be", site="Bruxelles Quartiers", base_size=130,
        subdomains=(("www.", 100),),
        sections=("ixelles", "saint-gilles", "schaerbeek", "molenbeek", "anderlecht",
                  "forest"),
        n_authors=6, url_path="/fr/{section}/{slug}",
        pools={
            "commune": ("Ixelles · Elsene", "Saint-Gilles · Sint-Gillis", "Schaerbeek · "
                        "Schaarbeek", "Molenbeek", "Anderlecht", "Forest · Vorst",
                        "Bruxelles-Ville · Brussel-Stad"),
        },
        families=(
            _f("commune", HEADER, 0.5, (_OLD, "{commune}")),
            _f("date", HEADER, 0.75, *_by_day(_bx_dated)),
            _f("par", HEADER, 0.45, (_OLD, "Par {author}"),
               (BX_REDESIGN.isoformat(), "Texte et photos : {author} · Tekst en foto's")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi · Lees ook : {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "© {author2}")),
            _f("marches", FOOTER, 0.15, *_by_day(_bx_market)),
            _f("avis", FOOTER, 0.3, *_bx_notice()),
            _f("soutien", FOOTER, 0.2, (_OLD, "Soutenez un média de quartier indépendant : "
                                              "devenez membre dès 3 € par mois"),
               ("2019-01-01", "Soutenez un média de quartier indépendant · Steun ons : dès 5 € "
                              "par mois · vanaf 5 € per maand")),
            _f("subside", FOOTER, 0.3, (_OLD, "Avec le soutien de la Région de Bruxelles-"
                                              "Capitale · Met de steun van het Brussels "
                                              "Hoofdstedelijk Gewest")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éditeur responsable · Verantwoordelijke "
                                              "uitgever : rue de l'Église 0, 1060 Bruxelles")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Bruxelles Quartiers")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction · Rechtzetting : l'adresse du "
                                                  "commerce a été corrigée.")),
        ),
    )


# --- a bilingual English and Cajun French weekly of Lafayette (Louisiana) ----------------------

LA_REDESIGN = dt.date(2019, 4, 24)  # relaunched on the opening day of the 2019 Festival
LA_NEWSLETTER = dt.date(2017, 9, 5)

FESTIVAL_INTERNATIONAL = {2015: "2015-04-22", 2016: "2016-04-20", 2017: "2017-04-26",
                          2018: "2018-04-25", 2019: "2019-04-24"}  # none in 2020
FESTIVALS_ACADIENS = {2015: "2015-10-09", 2016: "2016-10-14", 2017: "2017-10-13",
                      2018: "2018-10-12", 2019: "2019-10-11"}  # online only in 2020


def crawfish_season(day: dt.date) -> bool:
    """Whether boiled crawfish are sold on `day` (mid-January to June)."""
    return (day.month, day.day) >= (1, 15) and day.month <= 6


def crawfish_price(day: dt.date) -> float:
    """The week's price of a pound of boiled crawfish (made up, turning on Thursdays: dear
    early in the season, cheap in spring)."""
    thursday = latest(day, 3)
    early = thursday.month <= 2
    cents = hashed(thursday, "la-crawfish", 599, 799) if early else hashed(
        thursday, "la-crawfish", 349, 549)
    return cents / 100


def _la_crawfish(day: dt.date) -> str:
    if not crawfish_season(day):
        return ("🦞 Crawfish season is over · La saison des écrevisses est finie : see you in "
                "January")
    return (f"🦞 Boiled crawfish this week · Écrevisses bouillies cette semaine : "
            f"${crawfish_price(day):.2f}/lb")


def _la_dated(day: dt.date) -> str:
    if day < LA_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]}")


def _la_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook · Aimez-nous sur Facebook"),
                  (LA_NEWSLETTER.isoformat(), "📩 Get our Thursday newsletter · Notre lettre "
                                              "du jeudi, en anglais et en français"))
    storms: list[Event] = [
        _span("2016-08-12", "2016-08-31", "🌊 Flood relief · Secours aux sinistrés : shelters, "
                                          "FEMA and how to help"),
        _span("2019-07-11", "2019-07-16", "🌀 Tropical Storm Barry: sandbags, closures and "
                                          "shelters"),
        _span("2020-08-24", "2020-09-06", "🌀 Hurricane Laura: shelters, outages and how to "
                                          "help Southwest Louisiana"),
        _span("2020-10-07", "2020-10-14", "🌀 Hurricane Delta: power outages and road "
                                          "closures across Acadiana"),
        _span("2020-03-23", "2020-05-14", "🏠 Stay at home · Restez chez vous : the parish's "
                                          "testing sites and open businesses"),
        _vote("2016-11-08", "🗳️ Election Day: polls open 6 a.m. to 8 p.m.", before=3,
              after=0),
        _vote("2019-10-12", "🗳️ Governor's primary: polls open 7 a.m. to 8 p.m.", before=3,
              after=0),
        _vote("2019-11-16", "🗳️ Governor's runoff: polls open 7 a.m. to 8 p.m.", before=3,
              after=0),
        _vote("2020-11-03", "🗳️ Election Day: polls open 6 a.m. to 8 p.m., bring a photo ID",
              before=3, after=0),
    ]
    feasts = _movable(carnival_tuesday, 4, 0, lambda _: "🎭 Joyeux Mardi Gras! Our office is "
                                                        "closed Monday and Tuesday")
    feasts += _movable(_listed(FESTIVAL_INTERNATIONAL), 2, 4,
                       lambda y: f"🎶 Festival International {y}: schedule, stages and parking "
                                 f"downtown")
    feasts += _movable(_listed(FESTIVALS_ACADIENS), 3, 2,
                       lambda y: f"🪗 Festivals Acadiens et Créoles {y} in Girard Park")
    feasts += _movable(thanksgiving, 1, 0, lambda _: "🦃 Happy Thanksgiving · Joyeuse Action "
                                                     "de grâce")
    return _calendar(base, storms, feasts)


def lafayette_style() -> PublisherStyle:
    """A bilingual English and Cajun French weekly of Lafayette (Louisiana): a section kicker,
    the American date turned the weekday and the date in English and in French on the
    opening day of the 2019 Festival International (a wording per day), "By" turned
    bilingual, "RELATED" up to twice, a photo credit naming a colleague, a rare translator's
    credit, the week's crawfish price turning on Thursdays in season, the hurricane and
    Lenten seasons, a social line turned a newsletter and turned by the 2016 floods, three
    storms, the stay-at-home order, four votes, Mardi Gras, the Festival International
    (called off in 2020), the Festivals Acadiens et Créoles and Thanksgiving, a subscription
    price rising, the publication line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bayoujournal.com", site="The Bayou Journal", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "culture", "food", "music", "en-francais", "sports"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "section": ("News", "Culture", "Food · Manger", "Music · Musique", "En français",
                        "Sports", "Parish News"),
        },
        families=(
            _f("section", HEADER, 0.45, (_OLD, "{section}")),
            _f("date", HEADER, 0.8, *_by_day(_la_dated)),
            _f("by", HEADER, 0.5, (_OLD, "By {author}"),
               (LA_REDESIGN.isoformat(), "By · Par {author}")),
            _f("traduction", HEADER, 0.06, (_OLD, "Traduit de l'anglais par {author2}")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo by {author2}, The Bayou Journal")),
            _f("crawfish", FOOTER, 0.15, *_by_day(_la_crawfish)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("02-15", "🐟 Lenten Fridays: fish fries at the parish churches this week"),
                ("06-01", "🌀 Hurricane season is here: make a plan and build your kit"),
                ("12-01", "🎄 Noël acadien: lights, bonfires and Christmas concerts"))),
            _f("notice", FOOTER, 0.3, *_la_notice()),
            _f("subscribe", FOOTER, 0.2, (_OLD, "Subscribe · Abonnez-vous: $39 a year, mailed "
                                                "every Thursday"),
               ("2018-06-01", "Subscribe · Abonnez-vous: $45 a year, mailed every Thursday"),
               ("2020-06-01", "Subscribe · Abonnez-vous: $45 a year, or $4.99 a month "
                              "online")),
            _f("published", FOOTER, 0.3, (_OLD, "Published every Thursday in Lafayette, La. · "
                                                "Publié chaque jeudi à Lafayette")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Bayou Journal. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this story "
                                                  "misspelled a musician's name.")),
        ),
    )


# --- a regional paper of the Valais (Sion), with a patois column -------------------------------

VS_REDESIGN = dt.date(2018, 9, 28)  # relaunched on the opening day of the 2018 Foire du Valais
VS_APP = dt.date(2019, 5, 6)

PATOIS_WORDS = (  # the patois word of the week, with its French (as the column prints them)
    ("la vatse", "la vache"), ("lo fromâjo", "le fromage"), ("lo pan", "le pain"),
    ("la nê", "la neige"), ("lo mayen", "le mayen"), ("l'éva", "l'eau"),
    ("la tsanson", "la chanson"), ("lo bouèbo", "le garçon"), ("la fèna", "la femme"),
    ("lo vin", "le vin"), ("l'arpa", "l'alpage"), ("bondzo", "bonjour"),
)
COW_FIGHTS = {2015: "2015-05-10", 2016: "2016-05-08", 2017: "2017-05-07",
              2018: "2018-05-06", 2019: "2019-05-12"}  # the national final; none in 2020


def foire_du_valais(y: int) -> dt.date | None:
    """The opening Friday of the Foire du Valais in Martigny: the last Friday from 26
    September (none in 2020)."""
    if y == 2020:
        return None
    day = dt.date(y, 9, 26)
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def patois_word(day: dt.date) -> tuple[str, str]:
    """The patois word of the week on `day` (a new one every Monday, in turn)."""
    return PATOIS_WORDS[weeks_since(day, 0) % len(PATOIS_WORDS)]


def _vs_patois(day: dt.date) -> str:
    word, french = patois_word(day)
    return f"🗣️ Le mot patois de la semaine : « {word} » ({french})"


def _vs_dated(day: dt.date) -> str:
    if day < VS_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"
    return f"{FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def _vs_notice() -> Wordings:
    base = _steps((_OLD, "Rejoignez-nous sur Facebook"),
                  (VS_APP.isoformat(), "📲 Notre application : les alertes du Valais romand "
                                       "sur votre téléphone"))
    votes = _swiss_votes("🗳️ Votation du {d} {m} : les résultats valaisans commune par "
                         "commune")
    votes += [_vote("2017-03-05", "🗳️ Conseil d'État : premier tour dimanche, les résultats "
                                  "en direct", before=6, after=0),
              _span("2020-03-16", "2020-05-10", "🏔️ Coronavirus : les remontées mécaniques "
                                                "et les commerces sont fermés")]
    feasts = _movable(_listed(COW_FIGHTS), 3, 0, lambda y: f"🐄 Finale nationale de la race "
                                                           f"d'Hérens {y} à Aproz")
    feasts += _movable(foire_du_valais, 0, 9, lambda y: f"🎪 Foire du Valais {y} à Martigny : "
                                                        f"horaires et hôtes d'honneur")
    feasts += _yearly("08-01", 0, 0, lambda _: "🇨🇭 Bonne fête nationale à tous les Valaisans")
    return _calendar(base, votes, feasts)


def sion_style() -> PublisherStyle:
    """A regional paper of the Valais (Sion), with a Franco-Provençal patois column: a
    region kicker, a dotted date with the hour turned the weekday and the long date on the
    opening day of the 2018 Foire du Valais (a wording per day), the author, "LIRE AUSSI >"
    up to twice, a photo credit from a pool, the patois word of the week turning on Mondays,
    the seasons of vines, the cows going up and coming down and skiing, a social line turned
    an app appeal and turned by every federal vote, a cantonal election, the 2020 closures,
    the national final of the cows' fights and the Foire du Valais (none in 2020) and the
    national day, a subscription price in francs rising, the paper's address and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="messagerdurhone.ch", site="Le Messager du Rhône", base_size=95,
        subdomains=(("www.", 100),),
        sections=("valais", "sion", "sierre", "martigny", "sport", "culture"),
        n_authors=5, url_path="/articles/{section}/{slug}-{n}",
        pools={
            "region": ("Valais", "Sion", "Sierre", "Martigny", "Chablais", "Hérens",
                       "Entremont", "Sport"),
            "photo": ("Keystone", "Le Messager du Rhône", "DR", "Valais/Wallis Promotion"),
        },
        families=(
            _f("region", HEADER, 0.45, (_OLD, "{region}")),
            _f("date", HEADER, 0.8, *_by_day(_vs_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "{author}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "LIRE AUSSI > {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo : {photo}")),
            _f("patois", FOOTER, 0.15, *_by_day(_vs_patois)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("03-15", "🍷 Caves ouvertes : les dates des villages viticoles valaisans"),
                ("06-10", "🐄 Inalpes : les troupeaux montent à l'alpage ce mois"),
                ("09-15", "🍂 Désalpes et vendanges : notre agenda des fêtes d'automne"),
                ("12-01", "⛷️ Ouverture des domaines skiables : l'état des pistes"))),
            _f("avis", FOOTER, 0.3, *_vs_notice()),
            _f("abonnement", FOOTER, 0.2, (_OLD, "Abonnement papier et numérique : 359 fr. par "
                                                 "an"),
               ("2017-01-01", "Abonnement papier et numérique : 379 fr. par an"),
               ("2020-01-01", "Abonnement papier et numérique : 389 fr. par an, numérique "
                              "seul 22 fr. par mois")),
            _f("adresse", FOOTER, 0.3, (_OLD, "Rue de l'Industrie 00, 1950 Sion · Rédaction "
                                              "027 000 00 00")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Le Messager du Rhône")),
            _f("correctif", HEADER, 0.04, (_OLD, "Correctif : le prénom de la personne citée "
                                                 "a été corrigé.")),
        ),
    )


# --- a free local weekly of the Centre (Hainaut), with Walloon lines ---------------------------

HT_REDESIGN = dt.date(2019, 3, 5)  # relaunched on Mardi Gras 2019
HT_NEWSLETTER = dt.date(2018, 2, 1)
HT_FIRST_NUMBER = 1_512


def laetare(y: int) -> dt.date:
    """Laetare Sunday (La Louvière's carnival): three weeks before Easter."""
    return easter(y) - dt.timedelta(days=21)


def trinity_sunday(y: int) -> dt.date:
    """Trinity Sunday (Mons' Doudou): eight weeks after Easter."""
    return easter(y) + dt.timedelta(days=56)


def weekly_number(day: dt.date) -> int:
    """The number of the weekly on `day` (distributed every Wednesday)."""
    return HT_FIRST_NUMBER + weeks_since(day, 2)


def _ht_number(day: dt.date) -> str:
    wednesday = latest(day, 2)
    return (f"N° {weekly_number(day)} – distribué en toutes-boîtes le mercredi "
            f"{wednesday.day:02d}/{wednesday.month:02d}/{wednesday.year}")


def _ht_walloon(day: dt.date) -> str:
    return (f"📜 Li rubrike è walon, n° {1 + months_since(day)} "
            f"({WALLOON_MONTHS[day.month - 1]} {day.year})")


def _ht_dated(day: dt.date) -> str:
    if day < HT_REDESIGN:
        return f"Le {day.day:02d}/{day.month:02d}/{day.year}"
    w = day.weekday()
    return (f"{FRENCH_WEEKDAYS[w].capitalize()} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} · {WALLOON_WEEKDAYS[w]} {day.day} di {WALLOON_MONTHS[day.month - 1]}")


def _ht_doudou(y: int) -> str:
    if y == 2020:
        return "🐉 Pas de Doudou cette année : le Lumeçon est annulé"
    return f"🐉 Doudou {y} : la procession, la montée du Car d'or et le Lumeçon"


def _ht_laetare(y: int) -> str:
    if y == 2020:
        return "🎭 Le Laetare de La Louvière est annulé cette année"
    return f"🎭 Laetare {y} à La Louvière : le cortège, les rondeaux et le feu d'artifice"


def _ht_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez-nous aussi sur Facebook"),
                  (HT_NEWSLETTER.isoformat(), "📩 Recevez notre hebdo chaque mercredi dans votre "
                                              "boîte mail"))
    news: list[Event] = [
        _vote("2018-10-14", "🗳️ Communales : les résultats de la Louvière, Binche et "
                            "environs", before=6, after=0),
        _vote("2019-05-26", "🗳️ Élections du 26 mai : où et comment voter", before=6,
              after=0),
        _span(*BELGIAN_LOCKDOWNS[0], "🏠 Confinement : les commerçants du Centre qui "
                                     "livrent"),
        _span(*BELGIAN_LOCKDOWNS[1], "🏠 Reconfinement : nos commerces ont besoin de vous"),
    ]
    feasts = _movable(carnival_tuesday, 2, 0, lambda _: "🎭 Carnaval de Binche : bon "
                                                        "carnaval à tèrtous !")
    feasts += _movable(laetare, 1, 1, _ht_laetare)
    feasts += _movable(trinity_sunday, 2, 0, _ht_doudou)
    feasts += _movable(lambda y: nth_weekday(y, 9, 6, 3), 2, 0,
                       lambda _: "🐓 Fêtes de Wallonie : vive li Walonreye !")
    feasts += _yearly("12-31", 0, 1, lambda _: "🥂 Bone annéye, bone santé à tèrtous !")
    return _calendar(base, feasts, news)  # the Laetare called off breaks into a lockdown


def centre_style() -> PublisherStyle:
    """A free local weekly of the Centre (Hainaut), with Walloon lines: a commune kicker, "Le"
    with a slashed date turned the long date in French and in Walloon on Mardi Gras 2019 (a
    wording per day), the correspondent, "➜ Lire aussi" once, a photo credit from a pool, the
    weekly's number every Wednesday, a Walloon column's number every month, a social line
    turned a newsletter and turned by two votes, two lockdowns, Binche's carnival, La
    Louvière's Laetare and Mons' Doudou (both called off in 2020), the Fêtes de Wallonie and
    a Walloon New Year's wish, the free-sheet line, the small ads, the responsible publisher
    and a copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="hebdoducentre.be", site="L'Hebdo du Centre", base_size=80,
        subdomains=(("www.", 100),),
        sections=("la-louviere", "binche", "morlanwelz", "manage", "sports", "loisirs"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "commune": ("La Louvière", "Binche", "Morlanwelz", "Manage", "Le Rœulx",
                        "Chapelle-lez-Herlaimont", "Anderlues", "Estinnes"),
            "photo": ("L'Hebdo du Centre", "D.R.", "Belga", "photo d'un lecteur"),
        },
        families=(
            _f("commune", HEADER, 0.45, (_OLD, "{commune}")),
            _f("date", HEADER, 0.7, *_by_day(_ht_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "{author} (corr.)")),
            _f("lire", MIDDLE, 0.25, (_OLD, "➜ Lire aussi : {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {photo}")),
            _f("numero", FOOTER, 0.15, *_by_day(_ht_number)),
            _f("walon", FOOTER, 0.12, *_by_day(_ht_walloon)),
            _f("avis", FOOTER, 0.3, *_ht_notice()),
            _f("toutes-boites", FOOTER, 0.3, (_OLD, "Hebdomadaire gratuit distribué dans "
                                                    "toutes les boîtes de la région du "
                                                    "Centre")),
            _f("annonces", FOOTER, 0.2, (_OLD, "Petites annonces : 064 00 00 00, du lundi au "
                                               "vendredi de 9 h à 16 h")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éditeur responsable : rue de Binche 0, 7100 La "
                                              "Louvière")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} L'Hebdo du Centre")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : l'horaire du cortège a été corrigé "
                                               "dans cette version.")),
        ),
    )


# --- a Romansh and German weekly of the Engadine -----------------------------------------------

GR_REDESIGN = dt.date(2018, 3, 1)  # relaunched on Chalandamarz 2018
GR_NEWSLETTER = dt.date(2019, 11, 1)
GR_FIRST_EDITION = 4_102


def ski_marathon(y: int) -> dt.date:
    """The Engadin ski marathon: the second Sunday of March (called off in 2020)."""
    return nth_weekday(y, 3, 6, 2)


def edition_number(day: dt.date) -> int:
    """The number of the weekly's edition on `day` (out every Thursday)."""
    return GR_FIRST_EDITION + weeks_since(day, 3)


def _gr_edition(day: dt.date) -> str:
    thursday = latest(day, 3)
    return (f"📰 Ediziun nr. {edition_number(day)}, gievgia, ils {thursday.day} da "
            f"{ROMANSH_MONTHS[thursday.month - 1]} {thursday.year}")


def _gr_dated(day: dt.date) -> str:
    if day < GR_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return (f"{ROMANSH_WEEKDAYS[day.weekday()]}, ils {day.day} da "
            f"{ROMANSH_MONTHS[day.month - 1]} {day.year}")


def _gr_marathon(y: int) -> str:
    if y == 2020:
        return "⛷️ Il Skimarathon 2020 è annullà · Der Engadin Skimarathon 2020 ist abgesagt"
    return f"⛷️ Engadin Skimarathon {y}: uraris, transports e vias serradas"


def _gr_notice() -> Wordings:
    base = _steps((_OLD, "Suandai nus sin Facebook · Folgen Sie uns auf Facebook"),
                  (GR_NEWSLETTER.isoformat(), "📩 Newsletter: las novitads da l'Engiadina "
                                              "mintga venderdi · jeden Freitag"))
    votes = [_vote(day, f"🗳️ Votaziun federala dals {iso_day(day).day} da "
                        f"{ROMANSH_MONTHS[iso_day(day).month - 1]}: ils resultats da "
                        f"l'Engiadina", before=2, after=0) for day in SWISS_VOTES]
    votes += [_span("2020-03-16", "2020-05-10", "🦠 Coronavirus: las pendentas èn serradas · "
                                                "Die Skigebiete sind geschlossen")]
    feasts = _yearly("03-01", 1, 0, lambda _: "🔔 Bun Chalandamarz a tuttas e tuts!")
    feasts += _movable(ski_marathon, 3, 0, _gr_marathon)
    feasts += _yearly("08-01", 0, 0, lambda _: "🇨🇭 Buna festa naziunala · Schönen "
                                               "Nationalfeiertag")
    return _calendar(base, votes, feasts)


def engadine_style() -> PublisherStyle:
    """A Romansh and German weekly of the Engadine: a valley kicker, a dotted date turned the
    Romansh weekday and long date on Chalandamarz 2018 (a wording per day), "da" with the
    author, "Legia era:" once, a photo credit naming a colleague, an agency from a pool, the
    edition's number every Thursday, the seasons of the dead season, summer and skiing, a
    bilingual social line turned a newsletter and turned by every federal vote, the 2020
    closures, Chalandamarz, the ski marathon (called off in 2020) and the national day, a
    subscription price in francs rising, the language body's support line and a copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="gazettaladina.ch", site="Gazetta Ladina", base_size=60,
        subdomains=(("www.", 100),),
        sections=("engiadina", "val-muestair", "sport", "cultura", "deutsch"),
        n_authors=3, url_path="/artitgel/{n}/{slug}",
        pools={
            "rubrica": ("Engiadina Bassa", "Engiadin'Ota", "Val Müstair", "Samedan", "Scuol",
                        "Sport", "Cultura", "Engadin (deutsch)"),
            "funtauna": ("ANR", "RTR", "Keystone-SDA"),
        },
        families=(
            _f("rubrica", HEADER, 0.45, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.7, *_by_day(_gr_dated)),
            _f("autur", HEADER, 0.45, (_OLD, "da {author}")),
            _f("legia", MIDDLE, 0.2, (_OLD, "Legia era: {other_title}")),
            _f("fotografia", MIDDLE, 0.2, (_OLD, "Fotografia: {author2}")),
            _f("funtauna", FOOTER, 0.15, (_OLD, "Funtauna: {funtauna}")),
            _f("ediziun", FOOTER, 0.15, *_by_day(_gr_edition)),
            _f("stagiun", FOOTER, 0.12, *_seasons(
                ("04-15", "🏨 Stagiun morta · Zwischensaison: blers hotels èn serrads fin "
                          "mez zercladur"),
                ("06-15", "🥾 Las vias da viandar èn avertas · Die Wanderwege sind offen"),
                ("10-20", "🏨 Stagiun morta: las ustarias avertas en l'Engiadina"),
                ("12-01", "⛷️ Enviern: las pendentas avertas e las pistas da passlung"))),
            _f("avis", FOOTER, 0.3, *_gr_notice()),
            _f("abunament", FOOTER, 0.2, (_OLD, "Abunament: 98 francs l'onn · Abonnement: Fr. "
                                                "98.– pro Jahr"),
               ("2019-01-01", "Abunament: 108 francs l'onn · Abonnement: Fr. 108.– pro "
                              "Jahr")),
            _f("sustegn", FOOTER, 0.3, (_OLD, "Cun il sustegn da la Lia Rumantscha e dal "
                                              "chantun Grischun")),
            _f("dretgs", FOOTER, 0.35, (_OLD, "© {year} Gazetta Ladina")),
            _f("correctura", HEADER, 0.04, (_OLD, "Correctura: in num è vegnì curregì en "
                                                  "questa versiun.")),
        ),
    )


# --- a community news site of Nunavik (Kuujjuaq), in Inuktitut, French and English ------------

NU_REDESIGN = dt.date(2019, 6, 21)  # relaunched on National Indigenous Peoples Day 2019
NU_RADIO = dt.date(2017, 11, 1)
NU_FIRST_BINGO = 301

IVAKKAK = {2015: "2015-03-13", 2016: "2016-03-18", 2017: "2017-03-10",
           2018: "2018-03-09", 2019: "2019-03-15"}  # its start; none in 2020


def bingo_number(day: dt.date) -> int:
    """The number of the community radio's bingo night (every Saturday)."""
    return NU_FIRST_BINGO + weeks_since(day, 5)


def _nu_bingo(day: dt.date) -> str:
    return (f"📻 Radio bingo n° {bingo_number(day)} : samedi 19 h · Saturday 7 p.m. · "
            f"ᐱᖕᒍ")


def _nu_dated(day: dt.date) -> str:
    if day < NU_REDESIGN:
        return day.isoformat()
    return (f"{INUKTITUT_MONTHS[day.month - 1]} {day.day}, {day.year} · {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} · {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.day}, {day.year}")


def _nu_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook · Suivez-nous sur Facebook"),
                  (NU_RADIO.isoformat(), "📻 Listen to us on the community radio, FM 00.0 · "
                                         "Écoutez-nous à la radio communautaire"))
    news: list[Event] = [
        _vote(day, "🗳️ ᓂᕈᐊᕐᓂᖅ · Federal election · Élection fédérale: polls open until 8 p.m.",
              before=3, after=0) for day in CANADA_VOTES]
    news += [
        _vote("2018-10-01", "🗳️ ᓂᕈᐊᕐᓂᖅ · Québec election · Élections québécoises", before=3,
              after=0),
        _span("2020-03-23", "2020-06-30", "⚠️ Nunavik is closed to non-essential travel · "
                                          "Déplacements non essentiels interdits"),
    ]
    feasts = _movable(_listed(IVAKKAK), 2, 9, lambda y: f"🐕 Ivakkak {y}: follow the "
                                                        f"dog teams · Suivez les attelages")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 ᖁᕕᐊᓱᒋᑦ · Joyeux Noël · Merry Christmas")
    return _calendar(base, news, feasts)


def nunavik_style() -> PublisherStyle:
    """A community news site of Nunavik (Kuujjuaq), in Inuktitut syllabics, French and
    English: a community kicker in syllabics and Latin letters, an ISO date turned the date in
    the three languages on National Indigenous Peoples Day 2019 (a wording per day), the
    author, a trilingual read-also once, the radio bingo's number every Saturday, the seasons
    of the ice, the sealift and the winter, a social line turned a radio line and turned by
    three votes, the 2020 travel ban, the Ivakkak race (none in 2020) and Christmas, a thanks
    line in three languages, the contact line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="nunavikullumi.ca", site="Nunavik Ullumi", base_size=45,
        subdomains=(("", 100),),
        sections=("news", "nouvelles", "community", "sports", "culture"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "nunaliit": ("ᑰᑦᔪᐊᖅ · Kuujjuaq", "ᐃᓄᑦᔪᐊᖅ · Inukjuak", "ᐳᕕᕐᓂᑐᖅ · Puvirnituq",
                         "ᓴᓪᓗᐃᑦ · Salluit", "ᓄᓇᕕᒃ · Nunavik"),
        },
        families=(
            _f("nunaliit", HEADER, 0.45, (_OLD, "{nunaliit}")),
            _f("date", HEADER, 0.7, *_by_day(_nu_dated)),
            _f("author", HEADER, 0.4, (_OLD, "{author}")),
            _f("read", MIDDLE, 0.2, (_OLD, "ᐅᖃᓕᒫᕐᓗᒍ · Lire aussi · Read also: {other_title}")),
            _f("bingo", FOOTER, 0.2, *_by_day(_nu_bingo)),
            _f("seasons", FOOTER, 0.12, *_seasons(
                ("05-15", "🧊 The ice is getting thin: check with the hunters before travelling "
                          "· Glace mince"),
                ("07-15", "🚢 Sealift · Ravitaillement maritime : order deadlines and the "
                          "first ships"),
                ("11-01", "❄️ Winter schedule · Horaire d'hiver at the community offices"))),
            _f("notice", FOOTER, 0.3, *_nu_notice()),
            _f("qujannamiik", FOOTER, 0.3, (_OLD, "ᖁᔭᓐᓇᒦᒃ · Merci · Thank you for reading")),
            _f("contact", FOOTER, 0.3, (_OLD, "Kuujjuaq, Québec J0M 1C0 · 819 000-0000")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nunavik Ullumi")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: a name was misspelled in an "
                                                  "earlier version · Un nom a été corrigé.")),
        ),
    )


# --- a small Luxembourgish commune's site ------------------------------------------------------

CO_REDESIGN = dt.date(2019, 1, 1)
CO_APP = dt.date(2018, 4, 16)


def waste_collection(day: dt.date) -> str | None:
    """The commune's collection on `day` (None: none): organic waste every Monday, residual
    waste on Wednesdays of odd weeks and blue bags on Wednesdays of even weeks, paper on the
    first Friday of the month."""
    weekday, week = day.weekday(), day.isocalendar()[1]
    if weekday == 0:
        return "Biomüll · déchets organiques"
    if weekday == 2:
        return ("Reschtoffall · déchets résiduels" if week % 2 else
                "Valorlux (blo Tuten) · sacs bleus")
    if weekday == 4 and day.day <= 7:
        return "Pabeier a Kartong · papier et carton"
    return None


def _co_waste(day: dt.date) -> str:
    collected = waste_collection(day) or "keng Offallsammlung · pas de collecte"
    return f"🗑️ Haut, {LUXEMBOURGISH_WEEKDAYS[day.weekday()]}: {collected}"


def bulletin_number(day: dt.date) -> str:
    """The commune's quarterly bulletin on `day`: its number in the year and the year."""
    return f"{(day.month - 1) // 3 + 1}/{day.year}"


def buergbrennen(y: int) -> dt.date:
    """Buergbrennen: the first Sunday of Lent, five days after Mardi Gras."""
    return carnival_tuesday(y) + dt.timedelta(days=5)


def _co_dated(day: dt.date) -> str:
    if day < CO_REDESIGN:
        return f"{day.day}. {LUXEMBOURGISH_MONTHS[day.month - 1]} {day.year}"
    return f"{LUXEMBOURGISH_WEEKDAYS[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year}"


def _co_notice() -> Wordings:
    base = _steps((_OLD, "D'Gemeng op Facebook · La commune sur Facebook"),
                  (CO_APP.isoformat(), "📲 All Noriicht vun der Gemeng op Ärem Handy · "
                                       "Toutes les infos de la commune sur votre téléphone"))
    news: list[Event] = [
        _vote("2017-10-08", "🗳️ Gemengewalen · Élections communales: de Walbüro ass vun 8 "
                            "bis 14 Auer op", before=6, after=0),
        _vote("2018-10-14", "🗳️ Chamberwalen · Élections législatives: Walbüro an der "
                            "Schoul", before=6, after=0),
        _span("2020-03-16", "2020-05-10", "⚠️ D'Gemeng ass fir de Public zou · "
                                          "L'administration est fermée au public"),
    ]
    feasts = _movable(buergbrennen, 3, 0, lambda y: f"🔥 Buergbrennen {y} um Sportsterrain, "
                                                    f"ab 19 Auer")
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=1), 2, 0,
                       lambda _: "🏺 Éimaischen: Péckvillercher um Maart")
    feasts += _yearly("06-23", 1, 0, lambda _: "🇱🇺 Schéine Nationalfeierdag!")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Schéi Chrëschtdeeg · Joyeux Noël · Frohe "
                                               "Weihnachten")
    return _calendar(base, news, feasts)


def commune_style() -> PublisherStyle:
    """A small Luxembourgish commune's site, with French and German lines: a department
    kicker, the Luxembourgish date turned the weekday and a dotted date in 2019 (a wording
    per day), the department's author, the day's waste collection by weekday and week, the
    quarterly bulletin, a bilingual social line turned an app appeal and turned by two votes,
    the 2020 closure, Buergbrennen, Éimaischen, the national day and Christmas in three
    languages, the office hours and a copyright line (a block), a rare closure."""
    return PublisherStyle(
        domain="wellerbaach.lu", site="Gemeng Wëllerbaach", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktualiteit", "gemengerot", "schoul", "kultur"),
        n_authors=2, url_path="/lb/aktualiteit/{slug}",
        pools={
            "rubrik": ("Aktualitéit", "Gemengerot", "Schoul a Maison relais", "Kultur",
                       "Ëmwelt", "Verkéier"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.6, *_by_day(_co_dated)),
            _f("service", HEADER, 0.3, (_OLD, "{author}, Service communication")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("offall", FOOTER, 0.2, *_by_day(_co_waste)),
            _f("buet", FOOTER, 0.15, *_by_day(
                lambda day: f"📘 De Gemengebuet {bulletin_number(day)} ass do · Le bulletin "
                            f"communal est paru")),
            _f("avis", FOOTER, 0.3, *_co_notice()),
            _f("auerzaiten", FOOTER, 0.35, (_OLD, "Gemengeverwaltung: Méindes bis Freides vun "
                                                  "8 bis 12 an vun 13 bis 17 Auer")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Gemeng Wëllerbaach")),
            _f("zou", HEADER, 0.04, (_OLD, "⚠️ D'Gemengeverwaltung ass haut de Mëtteg zou · "
                                           "Fermé cet après-midi")),
        ),
    )


def heldout118_styles() -> list[PublisherStyle]:
    """The held-back-118 styles, in the order the generator hands them to publishers."""
    return [
        liege_style(), lausanne_style(), saguenay_style(), luxembourg_style(),
        caraquet_style(), brussels_style(), lafayette_style(), sion_style(), centre_style(),
        engadine_style(), nunavik_style(), commune_style(),
    ]
