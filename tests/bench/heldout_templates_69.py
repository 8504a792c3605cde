"""The ``held-back-69`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-68 set
(`tests.bench.heldout_templates_68`; a held-back-70 and a held-back-71 set were being written
at the same time by other sessions, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier
sets' modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister sites
share a network footer. Nine publishers are news sites, large and small, from North America,
the Caribbean, the British Isles and Oceania (from towns no earlier set had a news site in;
only Auckland had clubs in earlier sets): in French with Haitian Creole lines (Jacmel), in
French with Innu lines (Sept-Îles), in Welsh with English lines (Caernarfon), in English with
Irish lines (Inishowen), with Scottish Gaelic lines (Skye), with Māori lines (Gisborne), in
Spanish (Mayagüez), in English and French with Inuktitut syllabics (Kuujjuaq) and in Tongan
and English (a diaspora site in Auckland); three are small specialist sites in English with
lines in a local tongue: a dive lodge's blog on Taveuni (Fijian), an Ulster-Scots society's
news on the Ards peninsula and a Gullah Geechee growers' co-op's news on St. Helena Island.
The families are the kinds a crawl of such sites holds: dates localised day by day (French
with "1er", Haitian Creole, Welsh, Gaelic and English weekdays, Tongan months, French and
English side by side, several changing form or language on the day of a redesign), numbers
that change by the business day, the week, the month or the day (a central bank's gourde
rate, a town's weekly petrol price, a club lotto's jackpot that grows until it is won and
paused in 2020, a remittance rate, the days since a hurricane, a countdown to an eisteddfod,
the times of high water, of sunrise and of daylight with their summer times, the sea's
monthly temperature, a word of the week, the next monthly meeting and the next Saturday
market), paywall, newsletter, podcast, radio, supporter and membership appeals, bylines,
datelines and author lines of many shapes, corrections and comment policies, press-council
and funding lines, notices reworded in 2017-2020, notices that follow a calendar (votes,
referendums, hurricanes, cyclones, storms, floods, protests, a mass shooting's aftermath, the
2020 epidemic with its lockdowns, alert levels, checkpoints and curfews, national, saints'
and community days with their counts, carnival, Thanksgiving, movable feasts and festivals
held on listed days or a weekday of a month, some called off or moved online in 2020) and the
seasons (hurricanes, cyclones, ferries, salmon, moose, parking, sealift, harvests), other
articles' titles, a tag list, multi-line blocks, mid-body inserts (some up to two times),
bare lines, and families in only 4-5% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    ordinal,
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
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

ONE_DAY = dt.timedelta(days=1)

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_MONTHS_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août",
                       "sept.", "oct.", "nov.", "déc.")  # as Québec sites abbreviate them
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
CREOLE_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm")
CREOLE_WEEKDAYS = ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch")
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr")
WELSH_MONTHS_SHORT = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi",
                      "Hyd", "Tach", "Rhag")
WELSH_WEEKDAYS = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
                  "Dydd Sadwrn", "Dydd Sul")
GAELIC_WEEKDAYS = ("Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne",
                   "Didòmhnaich")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
TONGAN_MONTHS = ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai",
                 "ʻAokosi", "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema")
TONGAN_WEEKDAYS = ("Mōnite", "Tūsite", "Pulelulu", "Tuʻapulelulu", "Falaite", "Tokonaki",
                   "Sāpate")


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def upcoming(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def business_day(day: dt.date) -> dt.date:
    """The business day whose rate `day` shows: `day`, or the Friday before a weekend."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def comma_decimal(value: float, decimals: int = 2) -> str:
    """`value` with a decimal comma (no thousands separator): 64,2731."""
    return f"{value:.{decimals}f}".replace(".", ",")


def along(points: tuple[tuple[str, float], ...], day: dt.date) -> float:
    """The level on `day` of a quantity moving in straight lines between dated points
    ((ISO day, value), ... in order; flat before the first and after the last)."""
    dated = [(dt.date.fromisoformat(start), value) for start, value in points]
    if day <= dated[0][0]:
        return dated[0][1]
    for (a, va), (b, vb) in zip(dated, dated[1:], strict=False):
        if a <= day < b:
            return va + (vb - va) * (day - a).days / (b - a).days
    return dated[-1][1]


def clock(minutes: float) -> str:
    """Minutes after midnight as a 24-hour time: 04:12."""
    m = round(minutes)
    return f"{m // 60:02d}:{m % 60:02d}"


def clock12(minutes: float) -> str:
    """Minutes after midnight (morning) as NZ sites print a time: 6:08am."""
    m = round(minutes)
    hour = (m // 60 - 1) % 12 + 1
    return f"{hour}:{m % 60:02d}{'am' if m < 720 else 'pm'}"


def sun_utc(day: dt.date, latitude: float, longitude: float) -> tuple[float, float]:
    """Sunrise and sunset on `day` in minutes after midnight UTC (may fall outside 0-1440)
    at a place (degrees, north and east positive): the usual almanac approximation."""
    g = 2 * math.pi / 365 * (day.timetuple().tm_yday - 1)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g)
                       - 0.014615 * math.cos(2 * g) - 0.040849 * math.sin(2 * g))
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g)
            - 0.006758 * math.cos(2 * g) + 0.000907 * math.sin(2 * g)
            - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    lat = math.radians(latitude)
    cos_ha = (math.cos(math.radians(90.833)) / (math.cos(lat) * math.cos(decl))
              - math.tan(lat) * math.tan(decl))
    ha = math.degrees(math.acos(cos_ha))
    return 720 - 4 * (longitude + ha) - eqtime, 720 - 4 * (longitude - ha) - eqtime


def french_day(day: dt.date) -> str:
    """The day of the month as French dates print it: "1er" on the first."""
    return "1er" if day.day == 1 else str(day.day)


# --- a French-language news site with Haitian Creole lines (Jacmel, Sud-Est, Haiti) --------

HT_REDESIGN = dt.date(2018, 5, 18)  # on Flag Day the date turned Creole, with the time
HT_BYLINE = dt.date(2018, 1, 15)
HT_LINKS = dt.date(2019, 1, 14)
HT_WHATSAPP = dt.date(2018, 6, 4)
HT_RIGHTS = dt.date(2019, 9, 2)

# The central bank's reference rate (gourdes for a US dollar) at dated points: a long slide,
# the 2019 crisis, a peak in August 2020 and the sharp recovery of the autumn.
HT_GOURDE = (("2014-12-31", 46.6), ("2015-07-01", 51.9), ("2016-01-04", 57.2),
             ("2016-07-01", 64.1), ("2017-01-03", 67.3), ("2017-07-03", 62.6),
             ("2018-01-02", 63.7), ("2018-07-02", 67.4), ("2019-01-02", 75.6),
             ("2019-07-01", 92.6), ("2019-10-01", 94.3), ("2020-01-02", 95.4),
             ("2020-06-01", 111.8), ("2020-08-10", 121.7), ("2020-10-05", 66.2),
             ("2020-11-16", 64.7), ("2021-01-15", 72.4))
HT_PEAK = dt.date(2020, 8, 10)
HT_SEASONS = (
    ("05-01", "🥭 Sezon mango rive : les marchés de Jacmel débordent de fransik"),
    ("06-01", "🌀 Saison cyclonique : suivez les bulletins de la Protection civile / Swiv "
              "enfòmasyon Pwoteksyon sivil"),
    ("12-01", "☀️ Saison sèche : économisez l'eau et protégez les mornes des feux"),
)


def ht_gourde(day: dt.date) -> float:
    """Gourdes a US dollar bought on the business day `day` shows."""
    bd = business_day(day)
    return along(HT_GOURDE, bd) + 0.3 * math.sin(bd.toordinal() / 2.7)


def ht_rate(day: dt.date) -> str:
    return f"💱 Taux de référence BRH : 1 USD = {comma_decimal(ht_gourde(day), 4)} HTG"


def jacmel_carnival(y: int) -> dt.date:
    """The Jacmel carnival's parade: the Sunday a week before the national carnival's."""
    return carnival_tuesday(y) - dt.timedelta(days=9)


def _ht_dated(day: dt.date) -> str:
    if day < HT_REDESIGN:
        return (f"Jacmel, le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return (f"Pibliye {CREOLE_WEEKDAYS[day.weekday()]} {day.day} "
            f"{CREOLE_MONTHS[day.month - 1]} {day.year}, {{time}}")


def _ht_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter pour l'actualité du Sud-Est"),
                  (HT_WHATSAPP.isoformat(), "📲 Rejoignez notre groupe WhatsApp : les nouvelles "
                                            "du Sud-Est sur votre téléphone"))
    news: list[Event] = [
        _vote("2015-08-09", "🗳️ Législatives 2015 : résultats partiels dans le Sud-Est",
              after=2),
        _vote("2015-10-25", "🗳️ Élections du 25 octobre : le dépouillement dans le Sud-Est",
              after=2),
        _span("2016-10-03", "2016-10-10", "🌀 Ouragan Matthew : abris provisoires et numéros "
                                          "d'urgence dans le département"),
        _vote("2016-11-20", "🗳️ Élections du 20 novembre : suivez le dépouillement avec nous",
              after=2),
        _span("2018-07-06", "2018-07-09", "⛽ Hausse des prix du carburant : routes bloquées, "
                                          "restez prudents"),
        _span("2019-09-16", "2019-11-01", "🚧 Peyi lòk : renseignez-vous avant de prendre la "
                                          "route de Port-au-Prince"),
        _span("2020-03-20", "2020-06-30", "😷 Covid-19 : lavez-vous les mains, portez le "
                                          "masque / Lave men nou, mete mask"),
    ]
    feasts = _yearly("01-01", 0, 1, lambda y: f"🇭🇹 Bòn fèt endepandans ! {y - 1804} ans "
                                              f"d'indépendance")
    feasts += _movable(jacmel_carnival, 2, 0, lambda y: f"🎭 Kanaval Jakmèl {y} : parcours du "
                                                        f"défilé et stationnement en ville")
    feasts += _yearly("05-18", 0, 0, lambda y: f"🇭🇹 Fête du Drapeau et de l'Université : "
                                               f"{y - 1803}e anniversaire")
    feasts += _yearly("11-01", 0, 1, lambda _: "💀 Bòn fèt Gede ! Toussaint et fête des Morts")
    feasts += _yearly("11-18", 0, 0, lambda y: f"Bataille de Vertières : {y - 1803}e "
                                               f"anniversaire")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Jwaye Nwèl ! Joyeux Noël à tous nos "
                                               "lecteurs")
    return _calendar(base, news, feasts)


def jacmel_style() -> PublisherStyle:
    """A French-language news site with Haitian Creole lines (Jacmel, Sud-Est, Haiti): a
    section kicker, "Jacmel, le" with the weekday and the date ("1er" on the first), turned
    "Pibliye" with the Creole weekday and month and the time on Flag Day 2018 (a wording per
    day), "Par" turned the writer with the beat, a commune from a pool, a listen line, "À
    lire aussi :" turned the Creole "Li tou ▸" (up to twice), an ad label, a photo credit,
    the central bank's gourde rate by business day (a slide, a 2020 peak and a sharp fall),
    the seasons (mangoes, hurricanes, the dry season), a follow line turned WhatsApp and
    turned by three votes, a hurricane, fuel protests, the 2019 lockdown of the country and
    the 2020 epidemic, independence and Flag Day with their counts, the Jacmel carnival a
    week before the national one, the feast of the dead, Vertières with its count and
    Christmas, a comments line, a rights line reworded and the newsroom's address (a block),
    a rare power cut."""
    return PublisherStyle(
        domain="lavoixdusudest.ht", site="La Voix du Sud-Est", base_size=230,
        subdomains=(("www.", 85), ("", 15)),
        sections=("jacmel", "politique", "economie", "culture", "sport", "diaspora"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Jacmel", "Politique", "Économie", "Culture", "Sport", "Diaspora",
                         "Société"),
            "commune": ("Marigot", "Cayes-Jacmel", "Bainet", "La Vallée", "Côtes-de-Fer",
                        "Belle-Anse", "Thiotte"),
            "photo": ("Archives", "Courtoisie", "Mairie de Jacmel", "Lecteur", "Rédaction"),
            "beat": ("correspondant à Jacmel", "rédacteur en chef adjoint",
                     "journaliste culturel"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_ht_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (HT_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("commune", HEADER, 0.15, (_OLD, "{commune} (Sud-Est)")),
            _f("ecouter", HEADER, 0.12, (_OLD, "🔊 Écouter cet article")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"),
               (HT_LINKS.isoformat(), "Li tou ▸ {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Crédit photo : {photo}")),
            _f("gourde", FOOTER, 0.2, *_by_day(ht_rate)),
            _f("saison", FOOTER, 0.15, *_seasons(*HT_SEASONS)),
            _f("avis", FOOTER, 0.3, *_ht_notice()),
            _f("commentaires", FOOTER, 0.15, (_OLD, "Les commentaires sont modérés. Restez "
                                                    "courtois et dans le sujet.")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} La Voix du Sud-Est"),
               (HT_RIGHTS.isoformat(), "© {year} La Voix du Sud-Est · Toute reproduction, "
                                       "même partielle, est interdite sans autorisation")),
            _f("redaction", FOOTER, 0.35, (_OLD, "Rédaction : rue Sainte-Anne, Jacmel · "
                                                 "WhatsApp +509 3700 0000")),
            _f("courant", HEADER, 0.04, (_OLD, "⚠️ Coupure de courant prévue ce soir au "
                                               "centre-ville de Jacmel")),
        ),
    )


# --- a French-language regional news site with Innu lines (Sept-Îles, Côte-Nord, Québec) ---

QC_REDESIGN = dt.date(2019, 6, 24)  # on the Fête nationale the date turned short, updated
QC_BYLINE = dt.date(2019, 4, 1)  # the local journalism initiative's reporters named as such
QC_LINKS = dt.date(2019, 9, 9)
QC_NEWSLETTER = dt.date(2017, 11, 6)
QC_RIGHTS = dt.date(2020, 1, 13)
QC_GAS = (("2015-01-06", 1.19), ("2015-07-07", 1.31), ("2016-01-05", 1.09),
          ("2016-07-05", 1.21), ("2017-01-03", 1.24), ("2018-01-02", 1.33),
          ("2018-10-02", 1.44), ("2019-01-01", 1.22), ("2019-07-02", 1.35),
          ("2020-01-07", 1.31), ("2020-04-07", 0.97), ("2020-07-07", 1.17),
          ("2021-01-05", 1.21))
QC_SEASONS = (
    ("04-01", "🌷 Fin de l'interdiction de stationner la nuit : bon printemps !"),
    ("06-01", "🎣 La pêche au saumon est ouverte sur la Moisie et la Sainte-Marguerite"),
    ("09-15", "🫎 Chasse à l'orignal : portez le dossard orangé en forêt"),
    ("11-15", "🚫 Stationnement de nuit interdit dans les rues jusqu'au 1er avril"),
)


def qc_gas(day: dt.date) -> float:
    """The average price of a litre of regular petrol in Sept-Îles the week `day` is in (a
    new price each Tuesday)."""
    tuesday = latest(day, 1)
    return along(QC_GAS, tuesday) + 0.03 * math.sin(tuesday.toordinal() / 9)


def qc_petrol(day: dt.date) -> str:
    return (f"⛽ Essence ordinaire à Sept-Îles cette semaine : {comma_decimal(qc_gas(day))} $ "
            f"le litre (prix moyen)")


def innu_nikamu(y: int) -> dt.date:
    """The song festival's Friday at Mani-utenam: the first Friday of August."""
    return nth_weekday(y, 8, 4, 1)


def _qc_dated(day: dt.date) -> str:
    if day < QC_REDESIGN:
        return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")
    return (f"{day.day} {FRENCH_MONTHS_SHORT[day.month - 1]} {day.year} · mis à jour à "
            f"{{time}}")


def _qc_notice() -> Wordings:
    base = _steps((_OLD, "Aimez notre page Facebook pour ne rien manquer de l'actualité "
                         "nord-côtière"),
                  (QC_NEWSLETTER.isoformat(), "📬 Abonnez-vous à l'infolettre du matin : les "
                                              "manchettes de la Côte-Nord avant 7 h"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Élections fédérales : les résultats dans Manicouagan",
              after=1),
        _vote("2017-11-05", "🗳️ Élections municipales : qui sera maire de Sept-Îles ?",
              after=1),
        _vote("2018-10-01", "🗳️ Élections québécoises : les résultats dans Duplessis",
              after=1),
        _vote("2019-10-21", "🗳️ Élections fédérales : les résultats dans Manicouagan",
              after=1),
        _span("2020-03-13", "2020-03-27", "😷 COVID-19 : restez à la maison et lavez-vous les "
                                          "mains"),
        _span("2020-03-28", "2020-05-17", "🚧 Barrages policiers : les déplacements vers la "
                                          "Côte-Nord sont limités"),
        _span("2020-07-18", "2020-08-02", "😷 Dès le 18 juillet, le masque est obligatoire dans "
                                          "les lieux publics fermés"),
    ]
    feasts = _yearly("06-24", 1, 0, lambda _: "⚜️ Bonne Fête nationale du Québec !")
    feasts += _movable(innu_nikamu, 1, 2, lambda y: (
        "🎶 Le festival Innu Nikamu est annulé cette année, rendez-vous en 2021" if y == 2020
        else f"🎶 {y - 1984}e Festival Innu Nikamu à Mani-utenam : horaire et navettes"))
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 2), 0, 0,
                       lambda _: "🦃 Joyeuse Action de grâce !")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Joyeux Noël et bonne année à tous nos "
                                               "lecteurs nord-côtiers")
    return _calendar(base, news, feasts)


def septiles_style() -> PublisherStyle:
    """A French-language regional news site with Innu lines (Sept-Îles, Côte-Nord, Québec):
    a section trail, "Publié le" with the weekday, the date ("1er" on the first) and the
    time, turned the short date with "mis à jour à" on the Fête nationale 2019 (a wording per
    day), "Par" turned the writer with the role (the local journalism initiative's among
    them), an upper-case town from a pool, an Innu greeting, "À lire également :" turned "➤
    Sur le même sujet :" (up to twice), an ad label, an upper-case photo credit, the week's
    petrol price (a new one each Tuesday, low in spring 2020), the seasons (salmon, moose,
    the night parking ban and its end), a follow line turned the morning newsletter and
    turned by four votes, the 2020 epidemic, its checkpoints and masks, the Fête nationale,
    the Innu song festival with its count (called off in 2020), Thanksgiving and Christmas, a
    rare correction, a rights line reworded and the press council line (a block), a rare
    boil-water notice."""
    return PublisherStyle(
        domain="boussolecotenord.ca", site="La Boussole de la Côte-Nord", base_size=205,
        subdomains=(("www.", 100),),
        sections=("actualites", "sept-iles", "port-cartier", "mines", "sports",
                  "faits-divers"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Actualités", "Sept-Îles", "Port-Cartier", "Mines et énergie",
                         "Sports", "Faits divers", "Minganie"),
            "ville": ("PORT-CARTIER", "UASHAT MAK MANI-UTENAM", "FERMONT",
                      "HAVRE-SAINT-PIERRE", "BAIE-COMEAU", "NATASHQUAN"),
            "photo": ("COURTOISIE", "ARCHIVES", "VILLE DE SEPT-ÎLES", "SÛRETÉ DU QUÉBEC",
                      "LECTEUR"),
            "beat": ("journaliste", "journaliste de l'Initiative de journalisme local",
                     "chef de pupitre"),
        },
        families=(
            _f("fil", HEADER, 0.3, (_OLD, "Accueil › {rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_qc_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (QC_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("ville", HEADER, 0.15, (_OLD, "{ville} —")),
            _f("kuei", HEADER, 0.1, (_OLD, "Kuei ! Bienvenue sur votre site d'information de la "
                                           "Côte-Nord")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire également : {other_title}"),
               (QC_LINKS.isoformat(), "➤ Sur le même sujet : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "— Publicité —")),
            _f("photo", MIDDLE, 0.2, (_OLD, "PHOTO {photo}")),
            _f("essence", FOOTER, 0.2, *_by_day(qc_petrol)),
            _f("saison", FOOTER, 0.15, *_seasons(*QC_SEASONS)),
            _f("avis", FOOTER, 0.3, *_qc_notice()),
            _f("correctif", FOOTER, 0.06, (_OLD, "Correctif : une version précédente de cet "
                                                 "article comportait une erreur, corrigée "
                                                 "depuis.")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} La Boussole de la Côte-Nord. Tous "
                                              "droits réservés."),
               (QC_RIGHTS.isoformat(), "Tous droits réservés © La Boussole de la Côte-Nord "
                                       "{year} · Reproduction interdite sans autorisation "
                                       "écrite")),
            _f("conseil", FOOTER, 0.3, (_OLD, "Membre du Conseil de presse du Québec")),
            _f("ebullition", HEADER, 0.04, (_OLD, "⚠️ Avis d'ébullition préventif en vigueur "
                                                  "dans le secteur ouest de Sept-Îles")),
        ),
    )


# --- a Welsh-language news site with English lines (Caernarfon, Gwynedd, Wales) ------------

CY_REDESIGN = dt.date(2018, 3, 1)  # on St David's Day the date turned "Cyhoeddwyd", short
CY_BYLINE = dt.date(2019, 1, 7)
CY_LINKS = dt.date(2019, 5, 13)
CY_PODCAST = dt.date(2018, 10, 1)
CY_RIGHTS = dt.date(2019, 11, 4)
# The National Eisteddfod's first Saturday and its place (none in 2020: postponed, and an
# online week, AmGen, held instead in its days).
EISTEDDFOD = {2015: ("Meifod", dt.date(2015, 8, 1)), 2016: ("Y Fenni", dt.date(2016, 7, 30)),
              2017: ("Ynys Môn", dt.date(2017, 8, 5)),
              2018: ("Caerdydd", dt.date(2018, 8, 4)),
              2019: ("Llanrwst", dt.date(2019, 8, 3))}
CY_AMGEN = (dt.date(2020, 8, 1), dt.date(2020, 8, 9))
CY_POSTPONED = dt.date(2020, 4, 2)  # the 2020 Eisteddfod was put off on this day
CY_COUNTDOWN = 100  # days


def cy_eisteddfod(day: dt.date) -> str:
    """The National Eisteddfod's line: a countdown in the 100 days before it (a wording per
    day), its day of eight during it, else the next one's place; in 2020 its postponement
    and the online week."""
    if CY_AMGEN[0] <= day < CY_AMGEN[1]:
        return "🎪 AmGen: yr Eisteddfod ar-lein eleni, o'ch cartref"
    if day >= CY_POSTPONED:
        return "🎪 Eisteddfod Ceredigion wedi'i gohirio am flwyddyn"
    year = day.year
    if year in EISTEDDFOD:
        place, first = EISTEDDFOD[year]
        if first - dt.timedelta(days=CY_COUNTDOWN) <= day < first:
            return f"🎪 {(first - day).days} diwrnod tan Eisteddfod {place} {year}"
        if first <= day < first + dt.timedelta(days=8):
            return f"🎪 Eisteddfod {place} {year}: diwrnod {(day - first).days + 1} o 8"
        if day >= first:
            year += 1
    place = EISTEDDFOD[year][0] if year in EISTEDDFOD else "Ceredigion"
    return f"🎪 Eisteddfod Genedlaethol {year}: {place}"


def urdd_monday(y: int) -> dt.date:
    """The Urdd Eisteddfod's first day: the spring bank holiday, the last Monday of May."""
    return nth_weekday(y, 5, 0, -1)


def _cy_dated(day: dt.date) -> str:
    if day < CY_REDESIGN:
        return (f"{WELSH_WEEKDAYS[day.weekday()]}, {day.day} {WELSH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"Cyhoeddwyd {day.day} {WELSH_MONTHS_SHORT[day.month - 1]} {day.year}, "
            f"{{time}}")


def _cy_notice() -> Wordings:
    base = _steps((_OLD, "Dilynwch ni ar Twitter a Facebook am y newyddion diweddaraf"),
                  (CY_PODCAST.isoformat(), "🎧 Gwrandewch ar bodlediad Llais Arfon bob dydd "
                                           "Gwener"))
    news: list[Event] = [
        _vote("2015-05-07", "🗳️ Etholiad Cyffredinol 2015: canlyniad Arfon", after=1),
        _vote("2016-05-05", "🗳️ Etholiad y Cynulliad: canlyniad Arfon", after=1),
        _vote("2016-06-23", "🗳️ Refferendwm yr UE: sut bleidleisiodd Gwynedd", after=1),
        _vote("2017-06-08", "🗳️ Etholiad Cyffredinol 2017: canlyniad Arfon", before=4,
              after=1),
        _vote("2019-12-12", "🗳️ Etholiad Cyffredinol 2019: canlyniad Arfon", after=1),
        _span("2020-03-23", "2020-07-05", "😷 Arhoswch adref / Stay at home: diogelwch y GIG, "
                                          "achub bywydau"),
        _span("2020-10-23", "2020-11-08", "🔒 Cyfnod atal byr / Firebreak: arhoswch adref tan "
                                          "9 Tachwedd"),
    ]
    urdd = _movable(urdd_monday, 0, 5, lambda y: (  # over the lockdown's notice in 2020
        "🎭 Eisteddfod T: Eisteddfod yr Urdd ar-lein eleni" if y == 2020
        else f"🎭 Eisteddfod yr Urdd {y}: y canlyniadau i gyd"))
    feasts = _yearly("01-25", 0, 0, lambda _: "💘 Dydd Santes Dwynwen hapus!")
    feasts += _yearly("03-01", 0, 0, lambda _: "🏴 Dydd Gŵyl Dewi Hapus! Happy St David's Day")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Nadolig Llawen a Blwyddyn Newydd Dda!")
    return _calendar(base, urdd, news, feasts)


def caernarfon_style() -> PublisherStyle:
    """A Welsh-language news site with English lines (Caernarfon, Gwynedd, Wales): a section
    kicker, the Welsh weekday with the date, turned "Cyhoeddwyd" with a short month and the
    time on St David's Day 2018 (a wording per day), "Gan" turned the writer with the beat,
    a village from a pool, a language switch, "Darllenwch hefyd:" turned "Mwy am hyn ➝" (up
    to twice), an ad label, a photo credit, the National Eisteddfod's line (a countdown of a
    hundred days, its eight days, the next one's place, its postponement and the online week
    in 2020), a follow line turned a podcast and turned by five votes, the 2020 lockdown and
    the firebreak, St Dwynwen's and St David's days, the Urdd Eisteddfod on the spring bank
    holiday (online in 2020) and Christmas, a comments policy, a rights line reworded and a
    funder's line (a block), a rare road closure."""
    return PublisherStyle(
        domain="llaisarfon.cymru", site="Llais Arfon", base_size=180,
        subdomains=(("www.", 100),),
        sections=("newyddion", "caernarfon", "gwleidyddiaeth", "chwaraeon", "celfyddydau",
                  "busnes"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "adran": ("Newyddion", "Caernarfon", "Gwleidyddiaeth", "Chwaraeon", "Celfyddydau",
                      "Busnes", "Bro"),
            "pentref": ("Llanberis", "Bethesda", "Penygroes", "Waunfawr", "Bontnewydd",
                        "Y Felinheli", "Llanrug"),
            "llun": ("Cyngor Gwynedd", "archif", "darllenydd", "Heddlu Gogledd Cymru",
                     "Eisteddfod Genedlaethol"),
            "beat": ("gohebydd", "gohebydd chwaraeon", "golygydd"),
        },
        families=(
            _f("adran", HEADER, 0.3, (_OLD, "{adran}")),
            _f("dyddiad", HEADER, 0.8, *_by_day(_cy_dated)),
            _f("awdur", HEADER, 0.45, (_OLD, "Gan {author}"),
               (CY_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("ardal", HEADER, 0.15, (_OLD, "Ardal: {pentref}")),
            _f("iaith", HEADER, 0.15, (_OLD, "Cymraeg | English")),
            _f("darllen", MIDDLE, 0.3, (_OLD, "Darllenwch hefyd: {other_title}"),
               (CY_LINKS.isoformat(), "Mwy am hyn ➝ {other_title}"), count=2),
            _f("hysbyseb", MIDDLE, 0.2, (_OLD, "Hysbyseb")),
            _f("llun", MIDDLE, 0.2, (_OLD, "Llun: {llun}")),
            _f("eisteddfod", FOOTER, 0.2, *_by_day(cy_eisteddfod)),
            _f("hysbysiad", FOOTER, 0.3, *_cy_notice()),
            _f("sylwadau", FOOTER, 0.15, (_OLD, "Mae sylwadau'n cael eu cymedroli. Byddwch yn "
                                                "gwrtais, os gwelwch yn dda.")),
            _f("hawlfraint", FOOTER, 0.45, (_OLD, "© {year} Llais Arfon"),
               (CY_RIGHTS.isoformat(), "© Llais Arfon {year}. Cedwir pob hawl / All rights "
                                       "reserved")),
            _f("cefnogaeth", FOOTER, 0.3, (_OLD, "Gyda chefnogaeth ariannol Cyngor Llyfrau "
                                                 "Cymru")),
            _f("ffordd", HEADER, 0.04, (_OLD, "⚠️ Ffordd Llanberis ar gau oherwydd llifogydd / "
                                              "Llanberis road closed by flooding")),
        ),
    )


# --- an English-language weekly's site with Irish lines (Inishowen, Co. Donegal) -----------

IE_REDESIGN = dt.date(2019, 3, 17)  # on St Patrick's Day the long date turned "Last updated"
IE_BYLINE = dt.date(2018, 9, 3)
IE_LINKS = dt.date(2019, 6, 10)
IE_NEWSLETTER = dt.date(2018, 5, 28)
IE_PAYWALL = dt.date(2018, 1, 8)
IE_RIGHTS = dt.date(2020, 1, 6)
IE_LOTTO_START = (dt.date(2014, 12, 29), 6000)  # a Monday and the jackpot of its draw
IE_LOTTO_PAUSE = (dt.date(2020, 3, 16), dt.date(2020, 6, 29))  # Mondays: no draws between
IE_LOTTO_RISE = 200  # euros added each week the jackpot is not won

IE_FERRIES = (
    ("04-01", "⛴️ The Greencastle–Magilligan ferry is back for the season: first sailing "
              "7.20am"),
    ("06-20", "⛴️ Summer timetable: the Swilly ferry runs Buncrana–Rathmullan every day"),
    ("09-15", "⛴️ The Swilly ferry has finished for the summer; Greencastle sailings to the "
              "end of the month"),
    ("10-01", "⛴️ Both Inishowen ferries are off for the winter"),
)


def ie_lotto_won(monday: dt.date) -> bool:
    """Whether the jackpot of the draw on `monday` was won (about one draw in seventeen)."""
    return zlib.crc32(monday.isoformat().encode()) % 17 == 0


@cache
def ie_jackpots() -> dict[dt.date, int]:
    """The jackpot of each Monday's club lotto draw: it grows by €200 a week until it is won,
    then starts again at €6,000; no draws while the lotto was paused in 2020."""
    out: dict[dt.date, int] = {}
    monday, amount = IE_LOTTO_START
    while monday <= LAST_DAY:
        out[monday] = amount
        if not IE_LOTTO_PAUSE[0] <= monday < IE_LOTTO_PAUSE[1]:
            amount = IE_LOTTO_START[1] if ie_lotto_won(monday) else amount + IE_LOTTO_RISE
        monday += dt.timedelta(days=7)
    return out


def ie_lotto(day: dt.date) -> str:
    """The lotto line of `day`'s week (a wording per week)."""
    monday = latest(day, 0)
    if IE_LOTTO_PAUSE[0] <= monday < IE_LOTTO_PAUSE[1]:
        return "🎟️ Club Lotto draws are paused for now. Stay safe, and thank you for your support"
    return f"🎟️ Club Lotto: this week's jackpot is €{ie_jackpots()[monday]:,}"


def clonmany_monday(y: int) -> dt.date:
    """The Clonmany festival's last day: the August bank holiday, the first Monday."""
    return nth_weekday(y, 8, 0, 1)


def _ie_dated(day: dt.date) -> str:
    if day < IE_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {ordinal(day.day)} "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")
    return f"Last updated {day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, {{time}}"


def _ie_notice() -> Wordings:
    base = _steps((_OLD, "Got a story? Email the newsdesk: news@{domain}"),
                  (IE_NEWSLETTER.isoformat(), "📧 Sign up to our weekday newsletter: Inishowen "
                                              "news in your inbox by 7am"))
    news: list[Event] = [
        _vote("2015-05-22", "🗳️ Referendum day: polls are open from 7am to 10pm", before=0,
              after=1),
        _vote("2016-02-26", "🗳️ General Election 2016: live from the Donegal count", before=2,
              after=2),
        _span("2017-08-22", "2017-08-29", "🌊 Flood relief: where to get help in Inishowen"),
        _span("2017-10-16", "2017-10-17", "🌀 Storm Ophelia: status red, stay indoors"),
        _span("2018-02-28", "2018-03-02", "❄️ Beast from the East: schools closed across "
                                          "Donegal"),
        _vote("2018-05-25", "🗳️ Referendum day: polls are open from 7am to 10pm", before=0,
              after=1),
        _span("2018-07-02", "2018-07-08", "⛳ The Irish Open at Ballyliffin: road closures and "
                                          "park-and-ride"),
        _vote("2019-05-24", "🗳️ Local and European elections: the Inishowen count", before=1,
              after=2),
        _vote("2020-02-08", "🗳️ General Election 2020: live from the Donegal count", before=2,
              after=2),
        _span("2020-03-18", "2020-06-28", "😷 Covid-19: stay home, hold firm"),
        _span("2020-10-21", "2020-11-30", "😷 Level 5 restrictions: stay within 5km of home"),
    ]
    feasts = _yearly("02-01", 0, 0, lambda _: "Lá Fhéile Bríde sona daoibh! Happy St "
                                              "Brigid's Day")
    feasts += _yearly("03-17", 1, 0, lambda y: (
        "☘️ St Patrick's Day parades are cancelled: celebrate at home" if y == 2020
        else "☘️ Lá Fhéile Pádraig sona daoibh! Parade times in Buncrana and Carndonagh"))
    feasts += _movable(clonmany_monday, 3, 0, lambda y: (
        "🎉 The Clonmany Festival is cancelled this year" if y == 2020
        else f"🎉 Clonmany Festival {y}: the full programme for the bank holiday weekend"))
    feasts += _yearly("10-31", 0, 0, lambda _: "🎃 Oíche Shamhna shona daoibh!")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Nollaig shona daoibh! Happy Christmas from "
                                               "all of us")
    return _calendar(base, news, feasts)


def inishowen_style() -> PublisherStyle:
    """An English-language weekly's site with Irish lines (Inishowen, Co. Donegal): a kicker,
    the weekday with an ordinal day and the month, turned "Last updated" with a short month
    and the time on St Patrick's Day 2019 (a wording per day), "By" turned "Words:" with the
    beat, a parish from a pool, a register wall turned a metered paywall with the free
    articles left, an Irish welcome, "Read more:" turned "MORE LOCAL NEWS ▸" (up to twice),
    an ad label, a picture credit, the club lotto's jackpot (a wording per week: it grows
    until won and was paused in 2020), the ferries' seasons, a newsdesk line turned a
    newsletter and turned by two referendums' polling days, three elections, flash floods,
    two storms, the Irish Open and the 2020 lockdowns, St Brigid's and St Patrick's days (no
    parades in 2020), the Clonmany festival on the August bank holiday (called off in 2020),
    Halloween and Christmas in Irish, a print edition line, a rights line reworded and the
    press council line (a block), a rare boil-water notice."""
    return PublisherStyle(
        domain="inishowenbeacon.ie", site="Inishowen Beacon", base_size=160,
        subdomains=(("www.", 100),),
        sections=("news", "buncrana", "carndonagh", "sport", "gaa", "community"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("News", "Buncrana", "Carndonagh", "Moville", "GAA", "Soccer",
                       "Community", "Farming"),
            "parish": ("Clonmany", "Ballyliffin", "Muff", "Culdaff", "Malin", "Greencastle",
                       "Burnfoot"),
            "picture": ("submitted", "Garda Press Office", "file", "Donegal County Council",
                        "a reader"),
            "left": ("3", "2", "1"),
            "beat": ("reporter", "sports editor", "community correspondent"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("date", HEADER, 0.8, *_by_day(_ie_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (IE_BYLINE.isoformat(), "Words: {author} · {author_beat}")),
            _f("parish", HEADER, 0.12, (_OLD, "{parish}, Co Donegal")),
            _f("paywall", HEADER, 0.15, (_OLD, "Register for free to keep reading local news"),
               (IE_PAYWALL.isoformat(), "You have {left} free articles left this month · "
                                        "Subscribe from €1 a week")),
            _f("failte", HEADER, 0.1, (_OLD, "Fáilte go hInis Eoghain · Welcome to Inishowen")),
            _f("readmore", MIDDLE, 0.3, (_OLD, "Read more: {other_title}"),
               (IE_LINKS.isoformat(), "MORE LOCAL NEWS ▸ {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("picture", MIDDLE, 0.2, (_OLD, "Picture: {picture}")),
            _f("lotto", FOOTER, 0.2, *_by_day(ie_lotto)),
            _f("ferries", FOOTER, 0.15, *_seasons(*IE_FERRIES)),
            _f("notice", FOOTER, 0.3, *_ie_notice()),
            _f("print", FOOTER, 0.1, (_OLD, "This article appeared in this week's print "
                                            "edition, in shops every Tuesday.")),
            _f("rights", FOOTER, 0.45, (_OLD, "© {year} Inishowen Beacon"),
               (IE_RIGHTS.isoformat(), "© Inishowen Beacon {year}. Content may not be "
                                       "reproduced without permission")),
            _f("press", FOOTER, 0.3, (_OLD, "We are a member of the Press Council of Ireland "
                                            "and follow its Code of Practice.")),
            _f("boil", HEADER, 0.04, (_OLD, "⚠️ Boil water notice in place for Buncrana and "
                                            "the surrounding area")),
        ),
    )


# --- an English-language island weekly's site with Scottish Gaelic lines (Portree, Skye) ---

GD_REDESIGN = dt.date(2018, 11, 30)  # on St Andrew's Day the date turned bilingual
GD_BYLINE = dt.date(2018, 8, 6)
GD_LINKS = dt.date(2018, 11, 12)
GD_PODCAST = dt.date(2018, 4, 2)
GD_RIGHTS = dt.date(2019, 8, 5)
# The Royal National Mòd's first Friday and its place (online in 2020).
MOD = {2015: ("An t-Òban", "2015-10-09"), 2016: ("Steòrnabhagh", "2016-10-14"),
       2017: ("Loch Abar", "2017-10-13"), 2018: ("Dùn Omhain", "2018-10-12"),
       2019: ("Glaschu", "2019-10-11"), 2020: ("air loidhne", "2020-10-16")}
GD_TIDE = (187.0, 50.47, 745.2)  # minutes: first high water on 1 January 2015 (UTC), the
# daily delay, the interval between high waters
GD_FERRIES = (
    ("03-28", "⛴️ Summer timetable: Armadale–Mallaig sailings up to nine times a day, book "
              "ahead"),
    ("10-20", "⛴️ Winter timetable on Armadale–Mallaig: check before you travel"),
)


def last_sunday(y: int, month: int) -> dt.date:
    return nth_weekday(y, month, 6, -1)


def british_summer(day: dt.date) -> bool:
    """Whether `day` is in British Summer Time (last Sunday of March to last Sunday of
    October)."""
    return last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)


def gd_high_waters(day: dt.date) -> list[int]:
    """The times of high water at Portree on `day`, minutes after local midnight: one or two,
    each day about fifty minutes later than the day before."""
    first, delay, interval = GD_TIDE
    base = (first + delay * (day - FIRST_DAY).days) % interval
    shift = 60 if british_summer(day) else 0
    times = [round(base + k * interval + shift) for k in (-1, 0, 1, 2)]
    return [t for t in times if 0 <= t < 1440]


def gd_tides(day: dt.date) -> str:
    return "🌊 High water at Portree today: " + " and ".join(clock(t)
                                                             for t in gd_high_waters(day))


def skye_games(y: int) -> dt.date:
    """The Skye Highland Games in Portree: the first Wednesday of August."""
    return nth_weekday(y, 8, 2, 1)


def _gd_dated(day: dt.date) -> str:
    if day < GD_REDESIGN:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return (f"{GAELIC_WEEKDAYS[day.weekday()]} · {ENGLISH_WEEKDAYS[day.weekday()]} "
            f"{day:%d/%m/%Y}")


def _gd_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook for breaking news from Skye and Lochalsh"),
                  (GD_PODCAST.isoformat(), "🎙️ Listen to our weekly podcast, Naidheachdan na "
                                           "Seachdain, every Friday"))
    news: list[Event] = [
        _vote("2015-05-07", "🗳️ General Election: the Ross, Skye and Lochaber result",
              after=1),
        _vote("2016-05-05", "🗳️ Holyrood election: the Skye, Lochaber and Badenoch result",
              after=1),
        _vote("2016-06-23", "🗳️ EU referendum: how the Highlands voted", after=1),
        _vote("2017-05-04", "🗳️ Council elections: who represents Eilean a' Cheò", after=1),
        _vote("2017-06-08", "🗳️ General Election: the Ross, Skye and Lochaber result",
              before=4, after=1),
        _vote("2019-12-12", "🗳️ General Election: the Ross, Skye and Lochaber result",
              after=1),
        _span("2020-03-23", "2020-07-14", "😷 Please don't travel to Skye: the island is closed "
                                          "to visitors for now"),
    ]
    feasts = _yearly("01-25", 0, 0, lambda _: "🥃 Burns Night: a toast to the Bard from Skye")
    feasts += _movable(skye_games, 0, 0, lambda y: (
        "🏴 The Skye Highland Games are cancelled this year" if y == 2020
        else f"🏴 Skye Highland Games {y}: results from the Lump"))
    feasts += _movable(lambda y: dt.date.fromisoformat(MOD[y][1]), 0, 8, lambda y: (
        "🎶 Am Mòd air loidhne: this year's Mòd is online" if y == 2020
        else f"🎶 Am Mòd Nàiseanta Rìoghail {y}, {MOD[y][0]}: results and photos"))
    feasts += _yearly("11-30", 0, 0, lambda _: "Latha Naomh Anndrais sona dhuibh! Happy St "
                                               "Andrew's Day")
    feasts += _yearly("12-31", 0, 1, lambda _: "🎆 Bliadhna Mhath Ùr! Happy New Year from Skye")
    return _calendar(base, news, feasts)


def skye_style() -> PublisherStyle:
    """An English-language island weekly's site with Scottish Gaelic lines (Portree, Skye):
    a tag, the date, turned the Gaelic and English weekdays with the date on St Andrew's Day
    2018 (a wording per day), "Reported by" turned the writer with the beat in brackets, a
    village on the island, a Gaelic welcome, "See also:" turned a bilingual "Faic cuideachd
    / See also »" (up to twice), a sponsored label, a camera credit, the times of high water
    at Portree (one or two a day, in British summer time from the last Sunday of March), a
    ferry timetable's seasons, a follow line turned a podcast and turned by six votes and the
    2020 closure of the island, Burns Night, the Highland Games on the first Wednesday of
    August (called off in 2020), the Royal National Mòd on its listed days (online in 2020),
    St Andrew's Day and Hogmanay, a line closing comments on court reports, a rights line
    reworded and the regulator's line (a block), a rare bridge closure."""
    return PublisherStyle(
        domain="cuillincourier.co.uk", site="The Cuillin Courier", base_size=140,
        subdomains=(("www.", 100),),
        sections=("news", "portree", "crofting", "shinty", "gaidhlig", "outdoors"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "tag": ("News", "Portree", "Sleat", "Raasay", "Shinty", "Crofting", "Gàidhlig"),
            "village": ("Broadford", "Kyleakin", "Uig", "Dunvegan", "Staffin", "Carbost",
                        "Kyle of Lochalsh"),
            "camera": ("submitted", "Highland Council", "file", "Skye Mountain Rescue",
                       "a reader"),
            "beat": ("news editor", "Gaelic correspondent", "sports reporter"),
        },
        families=(
            _f("tag", HEADER, 0.3, (_OLD, "{tag}")),
            _f("date", HEADER, 0.8, *_by_day(_gd_dated)),
            _f("reporter", HEADER, 0.45, (_OLD, "Reported by {author}"),
               (GD_BYLINE.isoformat(), "{author} ({author_beat})")),
            _f("village", HEADER, 0.15, (_OLD, "{village}, Isle of Skye")),
            _f("failte", HEADER, 0.1, (_OLD, "Fàilte don Eilean Sgitheanach · Welcome to "
                                             "Skye")),
            _f("seealso", MIDDLE, 0.3, (_OLD, "See also: {other_title}"),
               (GD_LINKS.isoformat(), "Faic cuideachd / See also » {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.2, (_OLD, "Sponsored content")),
            _f("camera", MIDDLE, 0.2, (_OLD, "📷 {camera}")),
            _f("tides", FOOTER, 0.2, *_by_day(gd_tides)),
            _f("ferry", FOOTER, 0.15, *_seasons(*GD_FERRIES)),
            _f("notice", FOOTER, 0.3, *_gd_notice()),
            _f("court", FOOTER, 0.1, (_OLD, "Comments are closed on court reports for legal "
                                            "reasons.")),
            _f("rights", FOOTER, 0.45, (_OLD, "© {year} The Cuillin Courier"),
               (GD_RIGHTS.isoformat(), "© The Cuillin Courier {year} · Registered in "
                                       "Scotland")),
            _f("regulated", FOOTER, 0.3, (_OLD, "Regulated by IPSO: please raise any "
                                                "complaint with the editor first.")),
            _f("bridge", HEADER, 0.04, (_OLD, "⚠️ The Skye Bridge is closed to high-sided "
                                              "vehicles: gusts over 70mph")),
        ),
    )


# --- an English-language news site with Māori lines (Gisborne, Tairāwhiti, New Zealand) ----

NZ_REDESIGN = dt.date(2018, 2, 6)  # on Waitangi Day the long date turned short with a time
NZ_LINKS = dt.date(2018, 9, 10)  # both at the start of Māori Language Week
NZ_BYLINE = dt.date(2019, 9, 9)
NZ_SUPPORT = dt.date(2017, 9, 11)
NZ_RIGHTS = dt.date(2020, 2, 6)
GISBORNE = (-38.66, 178.02)
# Māori Language Week's Monday (in July in 2015, in September since).
TE_WIKI = {2015: "2015-07-27", 2016: "2016-09-12", 2017: "2017-09-11", 2018: "2018-09-10",
           2019: "2019-09-09", 2020: "2020-09-14"}


def nz_daylight_saving(day: dt.date) -> bool:
    """Whether `day` is in New Zealand daylight time (the last Sunday of September to the
    first Sunday of April)."""
    return not nth_weekday(day.year, 4, 6, 1) <= day < last_sunday(day.year, 9)


def nz_sunrise(day: dt.date) -> float:
    """Sunrise in Gisborne on `day`, minutes after local midnight."""
    rise, _ = sun_utc(day, *GISBORNE)
    return (rise + (780 if nz_daylight_saving(day) else 720)) % 1440


def nz_first_light(day: dt.date) -> str:
    return f"🌅 First light: the sun rises over Gisborne at {clock12(nz_sunrise(day))} today"


def _nz_dated(day: dt.date) -> str:
    if day < NZ_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]}, {day.year} {{time12}}"


def _nz_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for the latest from Tairāwhiti"),
                  (NZ_SUPPORT.isoformat(), "💛 Support local journalism: become a supporter "
                                           "from $5 a month"))
    news: list[Event] = [
        _span("2015-11-20", "2015-12-11", "🗳️ Flag referendum: post your voting paper back "
                                          "by 11 December"),
        _span("2016-03-03", "2016-03-24", "🗳️ Second flag referendum: vote by 24 March"),
        _vote("2017-09-23", "🗳️ Election 2017: the results for Ikaroa-Rāwhiti and East Coast",
              after=2),
        _span("2018-06-04", "2018-06-12", "🌧️ Tolaga Bay floods: how you can help"),
        _span("2020-03-26", "2020-04-27", "😷 Alert Level 4: stay home, save lives"),
        _span("2020-04-28", "2020-05-13", "😷 Alert Level 3: stay in your bubble"),
        _vote("2020-10-17", "🗳️ Election 2020 and the referendums: where to vote in "
                            "Tairāwhiti", before=14, after=2),
    ]
    dawn = [_span("2020-04-25", "2020-04-25", "🕯️ Stand at Dawn: Anzac Day at your gate this "
                                              "year")]  # in the lockdown, over its notice
    feasts = _yearly("02-06", 0, 0, lambda y: f"Waitangi Day: {y - 1840} years since the "
                                              f"Treaty was signed")
    feasts += _yearly("04-25", 0, 0, lambda _: "🌺 Anzac Day: the dawn service at the "
                                               "Gisborne cenotaph starts at 6am")
    feasts += _movable(_listed(TE_WIKI), 0, 6, lambda _: "Te Wiki o te Reo Māori: kia kaha "
                                                         "te reo Māori!")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Meri Kirihimete from all of us")
    feasts += _yearly("12-29", 0, 2, lambda _: "🎶 Rhythm and Vines: traffic management on "
                                               "Waiohika Road")
    return _calendar(base, dawn, news, feasts)


def gisborne_style() -> PublisherStyle:
    """An English-language news site with Māori lines (Gisborne, Tairāwhiti, New Zealand): a
    section kicker, the weekday with the date, turned a short date with the time on
    Waitangi Day 2018 (a wording per day), "By" turned the bilingual "Kaituhi / Writer:" in
    Māori Language Week 2019, a place from a pool, a Māori welcome, "You may have missed:"
    turned "Pānui anō / Read more:" in Māori Language Week 2018 (up to twice), an ad label,
    a photo credit, the time of sunrise (a wording per day, in daylight time from the last
    Sunday of September), a follow line turned a supporters' appeal and turned by two flag
    referendums, two elections, floods and two alert levels, Waitangi Day with its count,
    Anzac Day (at the gate in 2020), Māori Language Week on its listed weeks, Christmas and
    a music festival, an author's note, a rights line reworded and the media council line (a
    block), a rare highway closure."""
    return PublisherStyle(
        domain="firstlightnews.co.nz", site="First Light News", base_size=120,
        subdomains=(("www.", 100),),
        sections=("local", "rural", "business", "sport", "kapa-haka", "opinion"),
        n_authors=5, url_path="/news/{slug}/{n}/",
        pools={
            "section": ("Local", "Tairāwhiti", "Rural", "Business", "Sport", "Kapa haka",
                        "Opinion"),
            "place": ("Wairoa", "Tolaga Bay", "Ruatōria", "Tokomaru Bay", "Te Karaka",
                      "Manutūkē", "Māhia"),
            "photo": ("supplied", "Gisborne District Council", "file", "NZ Police",
                      "a reader"),
            "beat": ("reporter", "rural reporter", "sports editor"),
        },
        families=(
            _f("section", HEADER, 0.3, (_OLD, "{section}")),
            _f("date", HEADER, 0.8, *_by_day(_nz_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (NZ_BYLINE.isoformat(), "Kaituhi / Writer: {author}")),
            _f("place", HEADER, 0.12, (_OLD, "{place} | Tairāwhiti")),
            _f("kiaora", HEADER, 0.1, (_OLD, "Kia ora! Nau mai, haere mai ki Tairāwhiti")),
            _f("missed", MIDDLE, 0.3, (_OLD, "You may have missed: {other_title}"),
               (NZ_LINKS.isoformat(), "Pānui anō / Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "ADVERTISEMENT")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo / {photo}")),
            _f("sunrise", FOOTER, 0.2, *_by_day(nz_first_light)),
            _f("notice", FOOTER, 0.3, *_nz_notice()),
            _f("bio", FOOTER, 0.15, (_OLD, "{author} is a {author_beat} at First Light News.")),
            _f("rights", FOOTER, 0.45, (_OLD, "© {year} First Light News"),
               (NZ_RIGHTS.isoformat(), "© {year} First Light News Ltd. Ngā mana katoa / All "
                                       "rights reserved")),
            _f("council", FOOTER, 0.3, (_OLD, "A member of the NZ Media Council. Complaints "
                                              "go to the editor first.")),
            _f("slip", HEADER, 0.04, (_OLD, "⚠️ State Highway 35 is closed at Tokomaru Bay after "
                                            "a slip")),
        ),
    )


# --- a Spanish-language regional news site (Mayagüez, Puerto Rico) -------------------------

PR_REDESIGN = dt.date(2018, 7, 25)  # on Constitution Day the date turned numeric, 12-hour
PR_BYLINE = dt.date(2019, 8, 5)
PR_LINKS = dt.date(2019, 3, 4)
PR_TELEGRAM = dt.date(2018, 10, 1)
PR_RIGHTS = dt.date(2019, 1, 7)
MARIA = dt.date(2017, 9, 20)  # the hurricane's landfall
PR_LIGHTS = dt.date(2018, 8, 14)  # the power authority's word that the grid was restored


def pr_storm(day: dt.date) -> str:
    """The hurricane line: the days since María until the power came back (a wording per
    day), else the hurricane season (1 June to 30 November) or the off season."""
    if MARIA <= day < PR_LIGHTS:
        return f"💡 Día {(day - MARIA).days + 1} después del huracán María"
    if 6 <= day.month <= 11:
        return "🌀 Temporada de huracanes: prepara tu mochila de emergencia"
    return "☀️ Fuera de temporada: repasa tu plan familiar de emergencias"


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return (f"{SPANISH_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"Publicado el {day.day}/{day.month}/{day.year} – {{time12}}"


def _pr_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Instagram y Twitter"),
                  (PR_TELEGRAM.isoformat(), "📲 Recibe las noticias del oeste en tu celular: "
                                            "únete a nuestro canal de Telegram"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Elecciones 2016: resultados en los pueblos del oeste",
              after=1),
        _vote("2017-06-11", "🗳️ Plebiscito de estatus: resultados por pueblo", after=1),
        _span("2017-09-05", "2017-09-07", "🌀 Huracán Irma: refúgiate y sigue las "
                                          "instrucciones de Manejo de Emergencias"),
        _span("2017-09-18", "2017-09-21", "🌀 Huracán María: refúgiate y sigue las "
                                          "instrucciones de Manejo de Emergencias"),
        _span("2019-07-13", "2019-07-24", "✊ Manifestaciones en San Juan: sigue nuestra "
                                          "cobertura"),
        _span("2020-01-07", "2020-01-31", "🌎 Sismos en el suroeste: ubica los refugios y "
                                          "repasa tu plan de desalojo"),
        _span("2020-03-15", "2020-05-25", "😷 Toque de queda: quédate en casa"),
        _span("2020-08-08", "2020-08-17", "🗳️ Primarias 2020: suspendidas y reprogramadas, lo "
                                          "que debes saber"),
        _vote("2020-11-03", "🗳️ Elecciones 2020: el escrutinio en el oeste", after=3),
    ]
    feasts = _yearly("01-06", 1, 0, lambda _: "👑 ¡Feliz Día de Reyes!")
    feasts += _yearly("02-02", 3, 0, lambda _: "🎉 Fiestas patronales de la Candelaria en "
                                               "Mayagüez")
    feasts += _yearly("07-25", 0, 0, lambda y: f"Día de la Constitución: {y - 1952} años del "
                                               f"Estado Libre Asociado")
    feasts += _yearly("11-19", 0, 0, lambda _: "Día del Descubrimiento de Puerto Rico")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 ¡Feliz Navidad, oeste!")
    return _calendar(base, news, feasts)


def mayaguez_style() -> PublisherStyle:
    """A Spanish-language regional news site (Mayagüez, Puerto Rico): a section kicker, the
    weekday with the long date, turned "Publicado el" with a numeric date and a 12-hour time
    on Constitution Day 2018 (a wording per day), "Por" turned the writer with the beat, a
    pinned town from a pool, "Lee también:" turned "👉 Te puede interesar:" (up to twice), an
    ad label, a photo credit, the days since hurricane María until the power came back (a
    wording per day) and the hurricane season, a follow line turned a Telegram channel and
    turned by three votes, two hurricanes, the 2019 protests, the 2020 earthquakes, curfew
    and suspended primaries, Three Kings, the patron saint's feast, Constitution Day with its
    count, Discovery Day and Christmas, an error-report line, a rights line reworded and the
    footer links (a block), a rare water outage."""
    return PublisherStyle(
        domain="oestealdia.com", site="El Oeste al Día", base_size=100,
        subdomains=(("www.", 90), ("", 10)),
        sections=("noticias", "mayaguez", "gobierno", "deportes", "entretenimiento",
                  "policiacas"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("Noticias", "Mayagüez", "Gobierno", "Deportes", "Entretenimiento",
                        "Policiacas"),
            "pueblo": ("Aguadilla", "Cabo Rojo", "Hormigueros", "Añasco", "Rincón",
                       "San Germán", "Lajas"),
            "foto": ("Suministrada", "Archivo", "Policía de Puerto Rico",
                     "Municipio de Mayagüez", "Lector"),
            "beat": ("periodista", "corresponsal en Aguadilla", "editor de deportes"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_pr_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (PR_BYLINE.isoformat(), "{author} | {author_beat}")),
            _f("pueblo", HEADER, 0.15, (_OLD, "📌 {pueblo}")),
            _f("lee", MIDDLE, 0.3, (_OLD, "Lee también: {other_title}"),
               (PR_LINKS.isoformat(), "👉 Te puede interesar: {other_title}"), count=2),
            _f("anuncio", MIDDLE, 0.2, (_OLD, "Anuncio")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotografía: {foto}")),
            _f("huracan", FOOTER, 0.2, *_by_day(pr_storm)),
            _f("aviso", FOOTER, 0.3, *_pr_notice()),
            _f("error", FOOTER, 0.08, (_OLD, "¿Viste un error? Escríbenos a "
                                             "correcciones@{domain}")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Oeste al Día. Todos los derechos "
                                                "reservados."),
               (PR_RIGHTS.isoformat(), "© {year} El Oeste al Día · Prohibida la reproducción "
                                       "total o parcial sin autorización")),
            _f("enlaces", FOOTER, 0.3, (_OLD, "Términos de uso | Política de privacidad | "
                                              "Contáctanos")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ Avería: sin servicio de agua en el casco urbano "
                                            "de Mayagüez")),
        ),
    )


# --- an English and French news site with Inuktitut lines (Kuujjuaq, Nunavik, Québec) ------

NK_REDESIGN = dt.date(2018, 6, 21)  # on Indigenous Peoples Day the date turned bilingual
NK_BYLINE = dt.date(2019, 2, 4)
NK_LINKS = dt.date(2019, 10, 7)
NK_RADIO = dt.date(2018, 9, 3)
NK_RIGHTS = dt.date(2019, 11, 11)
KUUJJUAQ = (58.10, -68.42)
NK_SEASONS = (
    ("02-15", "🐕 Dog-team race season: follow the mushers along the coast"),
    ("07-10", "🚢 Sealift season: check your community's ship arrival dates"),
    ("10-25", "❄️ Freeze-up: travel on the ice only with someone who knows it"),
)


def eastern_daylight(day: dt.date) -> bool:
    """Whether `day` is in Eastern daylight time (the second Sunday of March to the first
    Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def nk_sun(day: dt.date) -> tuple[float, float]:
    """Sunrise and sunset in Kuujjuaq on `day`, minutes after local midnight."""
    rise, set_ = sun_utc(day, *KUUJJUAQ)
    offset = -240 if eastern_daylight(day) else -300
    return rise + offset, set_ + offset


def nk_daylight(day: dt.date) -> str:
    rise, set_ = nk_sun(day)
    length = round(set_) - round(rise)
    return (f"☀️ Daylight in Kuujjuaq today: {length // 60} h {length % 60:02d} min · sunrise "
            f"{clock(rise)}, sunset {clock(set_)}")


def _nk_dated(day: dt.date) -> str:
    month = ENGLISH_MONTHS[day.month - 1]
    if day < NK_REDESIGN:
        return f"{ENGLISH_WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}"
    return (f"{french_day(day)} {FRENCH_MONTHS[day.month - 1]} {day.year} / {month} {day.day}, "
            f"{day.year}")


def _nk_notice() -> Wordings:
    base = _steps((_OLD, "Send us your news: we publish in Inuktitut, English and French"),
                  (NK_RADIO.isoformat(), "📻 Hear our news in Inuktitut on community radio, "
                                         "Fridays at noon"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Federal election: the results in Abitibi–Baie-James–Nunavik–"
                            "Eeyou", after=1),
        _vote("2018-10-01", "🗳️ Québec election: the results in Ungava", after=1),
        _vote("2019-10-21", "🗳️ Federal election: the results in Abitibi–Baie-James–Nunavik–"
                            "Eeyou", after=1),
        _span("2020-03-23", "2020-06-14", "😷 COVID-19: travel to Nunavik is suspended except "
                                          "for essential reasons"),
    ]
    feasts = _yearly("06-21", 0, 0, lambda _: "National Indigenous Peoples Day / Journée "
                                              "nationale des peuples autochtones")
    feasts += _yearly("11-11", 0, 0, lambda y: f"ᓄᓇᕕᒃ: {y - 1975} years since the James Bay "
                                               f"and Northern Québec Agreement")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Merry Christmas · Joyeux Noël")
    return _calendar(base, news, feasts)


def kuujjuaq_style() -> PublisherStyle:
    """An English and French news site with Inuktitut lines (Kuujjuaq, Nunavik, Québec): a
    section kicker, the English weekday with the date, turned the French and English dates
    side by side on Indigenous Peoples Day 2018 (a wording per day), "By" turned the writer
    with the beat, a language switch with Inuktitut syllabics, a community from a pool,
    "More news:" turned "Also read ▸" (up to twice), a bilingual ad label, a courtesy photo
    credit, the day's daylight with sunrise and sunset (a wording per day, in Eastern
    daylight time from the second Sunday of March), the seasons (dog teams, sealift,
    freeze-up), a news-tips line turned a radio line and turned by three votes and the 2020
    travel ban, Indigenous Peoples Day, the land-claims agreement with its count and
    Christmas, a rights line reworded and the federal funding line (a block), a rare flight
    cancellation."""
    return PublisherStyle(
        domain="ungavabulletin.ca", site="Ungava Bulletin", base_size=80,
        subdomains=(("www.", 100),),
        sections=("news", "kuujjuaq", "hudson-coast", "ungava-coast", "sports", "culture"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "section": ("News", "Kuujjuaq", "Hudson coast", "Ungava coast", "Sports",
                        "Culture"),
            "community": ("Inukjuak", "Puvirnituq", "Salluit", "Kangiqsujuaq",
                          "Kangiqsualujjuaq", "Tasiujaq", "Quaqtaq"),
            "courtesy": ("the family", "a reader", "the Northern village", "the organizers",
                         "the school"),
            "beat": ("reporter", "Hudson coast correspondent", "editor"),
        },
        families=(
            _f("section", HEADER, 0.3, (_OLD, "{section}")),
            _f("date", HEADER, 0.8, *_by_day(_nk_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (NK_BYLINE.isoformat(), "{author} · {author_beat}")),
            _f("languages", HEADER, 0.15, (_OLD, "ᐃᓄᒃᑎᑐᑦ | English | Français")),
            _f("community", HEADER, 0.15, (_OLD, "{community}, Nunavik")),
            _f("morenews", MIDDLE, 0.3, (_OLD, "More news: {other_title}"),
               (NK_LINKS.isoformat(), "Also read ▸ {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "Advertisement · Publicité")),
            _f("courtesy", MIDDLE, 0.2, (_OLD, "Photo courtesy of {courtesy}")),
            _f("daylight", FOOTER, 0.2, *_by_day(nk_daylight)),
            _f("seasons", FOOTER, 0.15, *_seasons(*NK_SEASONS)),
            _f("notice", FOOTER, 0.3, *_nk_notice()),
            _f("rights", FOOTER, 0.45, (_OLD, "© {year} Ungava Bulletin"),
               (NK_RIGHTS.isoformat(), "© {year} Ungava Bulletin · Published in Kuujjuaq, "
                                       "ᓄᓇᕕᒃ")),
            _f("funding", FOOTER, 0.3, (_OLD, "We acknowledge the financial support of the "
                                              "Government of Canada.")),
            _f("flights", HEADER, 0.04, (_OLD, "⚠️ Flights cancelled on the Hudson coast today: "
                                               "blizzard conditions")),
        ),
    )


# --- a Tongan and English community news site of the diaspora (Auckland, New Zealand) ------

TO_REDESIGN = dt.date(2018, 7, 4)  # on the King's Birthday the date turned bilingual
TO_BYLINE = dt.date(2019, 5, 6)
TO_LINKS = dt.date(2019, 10, 14)
TO_RADIO = dt.date(2018, 3, 5)
TO_RIGHTS = dt.date(2020, 1, 6)
TO_DIP = (dt.date(2020, 3, 16), dt.date(2020, 5, 25))  # Mondays: the kiwi fell in between
# The secondary schools' Pacific festival's first day (none in 2020).
POLYFEST = {2015: "2015-03-18", 2016: "2016-03-16", 2017: "2017-03-15", 2018: "2018-03-21",
            2019: "2019-03-13", 2020: "2020-03-18"}


def to_paanga(day: dt.date) -> float:
    """Paʻanga a New Zealand dollar bought for remittances the week `day` is in (a new rate
    each Monday)."""
    monday = latest(day, 0)
    k = monday.toordinal() // 7
    rate = 1.52 + 0.06 * math.sin(k / 11) + 0.015 * math.sin(k / 2.3)
    return rate - 0.07 if TO_DIP[0] <= monday < TO_DIP[1] else rate


def to_remit(day: dt.date) -> str:
    return f"💸 Sending money home? This week NZ$1 = T${to_paanga(day):.4f}"


def fakame(y: int) -> dt.date:
    """Children's Sunday in the Tongan churches: the first Sunday of May."""
    return nth_weekday(y, 5, 6, 1)


def _to_dated(day: dt.date) -> str:
    if day < TO_REDESIGN:
        return (f"{TONGAN_WEEKDAYS[day.weekday()]} {day.day} {TONGAN_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"{TONGAN_WEEKDAYS[day.weekday()]} / {ENGLISH_WEEKDAYS[day.weekday()]} "
            f"{day.day}.{day.month}.{day.year}")


def _to_notice() -> Wordings:
    base = _steps((_OLD, "Tokoni mai: send us your church and community news"),
                  (TO_RADIO.isoformat(), "📻 Fanongo mai: our Tongan radio hour, Sunday "
                                         "evenings at 7"))
    news: list[Event] = [
        _vote("2017-09-23", "🗳️ NZ election 2017: enrol and vote, it's your voice", before=10,
              after=0),
        _vote("2017-11-16", "🗳️ Fili Fale Alea 2017: the results from Tonga", before=2,
              after=2),
        _span("2018-02-12", "2018-02-20", "🌀 Cyclone Gita: how to send help to families in "
                                          "Tonga"),
        _span("2019-03-15", "2019-03-21", "🕊️ Kia kaha Ōtautahi: our hearts are with "
                                          "Christchurch"),
        _span("2020-03-26", "2020-04-27", "😷 Nofo ʻi ʻapi: stay home, Alert Level 4"),
        _vote("2020-10-17", "🗳️ NZ election 2020 and the referendums: where to vote",
              before=14, after=0),
    ]
    feasts = _movable(_listed(POLYFEST), 0, 3, lambda y: (
        "🎤 Polyfest 2020 is cancelled: stay safe, our young ones" if y == 2020
        else f"🎤 Polyfest {y}: our Tongan stage schedule"))
    feasts += _movable(fakame, 0, 0, lambda _: "👧 Fakamē: children's Sunday in our churches")
    feasts += _yearly("06-04", 0, 0, lambda y: f"🇹🇴 Emancipation Day: {y - 1862} years")
    feasts += _yearly("07-04", 0, 0, lambda _: "🇹🇴 A happy King's Birthday holiday to Tonga "
                                               "and Aotearoa")
    feasts += _yearly("11-04", 0, 0, lambda y: f"🇹🇴 Constitution Day: {y - 1875} years")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Kilisimasi fiefia!")
    return _calendar(base, news, feasts)


def tongan_style() -> PublisherStyle:
    """A Tongan and English community news site of the diaspora (Auckland, New Zealand): a
    Tongan section kicker, the Tongan weekday and month with the date, turned the Tongan and
    English weekdays with a numeric date on the King's Birthday 2018 (a wording per day),
    "Fai ʻe" turned a pen with the writer, a suburb from a pool, a Tongan welcome, "Lau
    foki:" turned a bilingual "Also read | Lau foki »" (up to twice), an ad label, a Tongan
    photo credit, the week's remittance rate (a new one each Monday, lower in spring 2020),
    a news-tips line turned a radio hour and turned by three votes, a cyclone, the
    Christchurch attacks and the 2020 lockdown, the schools' festival on its listed days
    (called off in 2020), children's Sunday, Emancipation and Constitution days with their
    counts, the King's Birthday and Christmas, a church notices deadline, a rights line
    reworded, a rare flight cancellation."""
    return PublisherStyle(
        domain="talanoaaokalani.co.nz", site="Talanoa ʻAokalani", base_size=62,
        subdomains=(("www.", 100),),
        sections=("ongoongo", "tonga", "siasi", "sipoti", "ako", "famili"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kupu": ("Ongoongo", "Tonga", "Siasi", "Sipoti", "Ako", "Fāmili"),
            "feitu": ("Ōtāhuhu", "Māngere", "Onehunga", "Ōtara", "Papatoetoe", "Manurewa",
                        "Glen Innes"),
            "ta": ("supplied", "the family", "the church", "file"),
        },
        families=(
            _f("kupu", HEADER, 0.3, (_OLD, "{kupu}")),
            _f("aho", HEADER, 0.8, *_by_day(_to_dated)),
            _f("fai", HEADER, 0.45, (_OLD, "Fai ʻe {author}"),
               (TO_BYLINE.isoformat(), "✍️ {author}")),
            _f("feitu", HEADER, 0.12, (_OLD, "{feitu}, ʻAokalani")),
            _f("malo", HEADER, 0.12, (_OLD, "Mālō e lelei! Welcome to our Tongan community "
                                            "news")),
            _f("laufoki", MIDDLE, 0.3, (_OLD, "Lau foki: {other_title}"),
               (TO_LINKS.isoformat(), "Also read | Lau foki » {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "— Advertisement —")),
            _f("ta", MIDDLE, 0.2, (_OLD, "Tā: {ta}")),
            _f("remit", FOOTER, 0.2, *_by_day(to_remit)),
            _f("fanongonongo", FOOTER, 0.3, *_to_notice()),
            _f("siasi", FOOTER, 0.15, (_OLD, "Church notices: please send them by Wednesday "
                                             "noon for the weekend.")),
            _f("rights", FOOTER, 0.45, (_OLD, "© {year} Talanoa ʻAokalani"),
               (TO_RIGHTS.isoformat(), "Mālō ʻaupito for reading · © {year} Talanoa "
                                       "ʻAokalani")),
            _f("vakapuna", HEADER, 0.04, (_OLD, "⚠️ Flights to Nukuʻalofa are cancelled today: "
                                                "check with your airline")),
        ),
    )


# --- a dive lodge's blog (Taveuni, Fiji; English with Fijian lines) ------------------------

FJ_POSTED = dt.date(2018, 6, 4)
FJ_OFFER = dt.date(2019, 2, 4)
FJ_RIGHTS = dt.date(2019, 10, 10)
FJ_TEMPERATURES = (29, 29, 29, 28, 27, 26, 25, 25, 25, 26, 27, 28)
FJ_VISIBILITY = ("15–25", "15–25", "20–25", "20–30", "25–35", "30–40", "30–40", "30–40",
                 "30–40", "25–35", "20–30", "15–25")
FJ_WATER = tuple((f"{m + 1:02d}-01", f"🌡️ Water this month: {t}°C, visibility {v} m")
                 for m, (t, v) in enumerate(zip(FJ_TEMPERATURES, FJ_VISIBILITY, strict=True)))
FJ_SEASONS = (
    ("05-01", "☀️ Dry season: calm seas and the best visibility of the year"),
    ("11-01", "🌀 Cyclone season (November to April): travel insurance strongly advised"),
)
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


def _fj_notice() -> Wordings:
    base = _steps((_OLD, "Book your dive package: write to reservations@{domain}"),
                  (FJ_OFFER.isoformat(), "🐠 Stay seven nights, dive six days: 10% off when you "
                                         "book direct"))
    news: list[Event] = [
        _span("2016-02-20", "2016-03-31", "🌀 After Cyclone Winston: the lodge is closed while "
                                          "we help our village rebuild"),
        _span("2020-03-20", "2021-01-10", "😷 Fiji's borders are closed: we look forward to "
                                          "welcoming you back"),
    ]
    feasts = _yearly("10-10", 0, 0, lambda y: f"🇫🇯 Happy Fiji Day! {y - 1970} years of "
                                              f"independence")
    feasts += _movable(_listed(DIWALI), 0, 0, lambda _: "🪔 Happy Diwali from all of us on "
                                                        "Taveuni")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Me nomuni na marau ni siganisucu! Merry "
                                               "Christmas")
    return _calendar(base, news, feasts)


def taveuni_style() -> PublisherStyle:
    """A dive lodge's blog (Taveuni, Fiji; English with Fijian lines): a category kicker,
    "Posted" with the date and the writer, turned a short date with the writer, a Fijian
    welcome, the sea's temperature and visibility by month, a dive site from a pool, "More
    from the reef:" (up to twice), a photo credit, the seasons (dry season, cyclones), a
    booking line turned an offer and turned by a cyclone's aftermath and the border closure
    of 2020 on, Fiji Day with its count, Diwali on its listed days and Christmas in Fijian,
    a tag list, a reef-care line, a rights line reworded, a rare no-diving notice."""
    return PublisherStyle(
        domain="somosomodive.com.fj", site="Somosomo Strait Dive Lodge", base_size=48,
        subdomains=(("www.", 100),),
        sections=("dive-log", "reef-report", "lodge-news", "village", "marine-life"),
        n_authors=2, url_path="/blog/{slug}/",
        pools={
            "category": ("Dive log", "Reef report", "Lodge news", "Village visits",
                         "Marine life"),
            "divesite": ("the Blue Wall", "Cabbage Patch", "Sawtooth", "Nuku's Garden",
                         "The Cathedral"),
            "photo": ("our dive team", "a guest, with thanks", "file", "the village"),
            "tag": ("soft coral", "manta rays", "night dive", "snorkelling", "village visit",
                    "reef sharks"),
        },
        families=(
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("posted", HEADER, 0.5, (_OLD, "Posted {date_dmy} by {author}"),
               (FJ_POSTED.isoformat(), "{date_short} · {author}")),
            _f("bula", HEADER, 0.12, (_OLD, "Bula vinaka! Welcome to Taveuni, the Garden "
                                            "Island")),
            _f("water", HEADER, 0.2, *_seasons(*FJ_WATER)),
            _f("divesite", MIDDLE, 0.2, (_OLD, "🤿 Dive site: {divesite}")),
            _f("reef", MIDDLE, 0.3, (_OLD, "More from the reef: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 Photo: {photo}")),
            _f("seasons", FOOTER, 0.2, *_seasons(*FJ_SEASONS)),
            _f("notice", FOOTER, 0.3, *_fj_notice()),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tag_list}")),
            _f("reefsafe", FOOTER, 0.15, (_OLD, "Please use reef-safe sunscreen and never "
                                                "touch the coral.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Somosomo Strait Dive Lodge"),
               (FJ_RIGHTS.isoformat(), "© {year} Somosomo Strait Dive Lodge · Vinaka vakalevu "
                                       "for visiting")),
            _f("nodive", HEADER, 0.04, (_OLD, "⚠️ No diving today: strong currents in the "
                                              "strait")),
        ),
    )


# --- an Ulster-Scots society's news (the Ards peninsula, Co. Down; English and Ulster-Scots) -

UL_POSTED = dt.date(2018, 9, 3)
UL_NEWSLETTER = dt.date(2019, 1, 7)
UL_RIGHTS = dt.date(2019, 6, 3)
UL_PAUSED = dt.date(2020, 3, 10)  # no meetings from here
UL_ZOOM = dt.date(2020, 9, 1)  # meetings online from here
UL_WORDS = (("thole", "tae thole, to endure"), ("thran", "thran, stubborn"),
            ("wheen", "a wheen, a good number"), ("scunnered", "scunnered, fed up"),
            ("dander", "a dander, a stroll"), ("foundered", "foundered, frozen"),
            ("oxter", "oxter, the armpit"), ("sheugh", "a sheugh, a ditch"),
            ("hoke", "tae hoke, to rummage"), ("clabber", "clabber, thick mud"),
            ("crack", "the crack, news and fun"), ("wean", "a wean, a child"),
            ("hallion", "a hallion, a rascal"), ("footer", "tae footer, to fiddle about"),
            ("glaur", "glaur, sticky mud"), ("gowpen", "a gowpen, a double handful"))


def ul_word(day: dt.date) -> str:
    """The word of the week (a new one each Monday, round a list of sixteen)."""
    _, meaning = UL_WORDS[(latest(day, 0).toordinal() // 7) % len(UL_WORDS)]
    return f"📖 Wurd o the week: {meaning}"


def ul_next_meeting(day: dt.date) -> dt.date:
    """The next monthly meeting: the first Tuesday of the month, on or after `day`."""
    this = nth_weekday(day.year, day.month, 1, 1)
    if day <= this:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 1, 1)


def ul_meeting(day: dt.date) -> str:
    """The next meeting's line (a new wording the day after each meeting): in the hall,
    none in spring and summer 2020, then online."""
    if UL_PAUSED <= day < UL_ZOOM:
        return "📅 Meetins are aff for noo: watch this space"
    nxt = ul_next_meeting(day)
    where = "on Zoom" if day >= UL_ZOOM else "in the Kirk Hall, Greyabbey"
    return f"📅 Next meetin: Tuesday {nxt.day} {ENGLISH_MONTHS[nxt.month - 1]}, 7.30pm, {where}"


def ards_festival(y: int) -> dt.date | None:
    """The society's festival day: the first Saturday of June (none in 2020)."""
    return None if y == 2020 else nth_weekday(y, 6, 5, 1)


def _ul_notice() -> Wordings:
    base = _steps((_OLD, "New members aye welcome: come alang tae a meetin"),
                  (UL_NEWSLETTER.isoformat(), "📧 Sign up for oor monthly newsletter"))
    news: list[Event] = [
        _span("2020-03-16", "2020-08-31", "😷 Aa meetins an events are cancelled for noo: keep "
                                          "weel"),
    ]
    feasts = _yearly("01-25", 0, 0, lambda _: "🥃 Burns Nicht: a toast tae the Bard")
    feasts += _yearly("03-17", 0, 0, lambda _: "☘️ Happy St Patrick's Day tae aa oor freens")
    feasts += _movable(ards_festival, 6, 1, lambda y: f"🎻 Ards Ulster-Scots Festival {y}: "
                                                      f"fiddles, dancin an poetry")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 A Merry Christmas an a guid New Year tae ye "
                                               "aa")
    return _calendar(base, news, feasts)


def ards_style() -> PublisherStyle:
    """An Ulster-Scots society's news (the Ards peninsula, Co. Down; English and Ulster-Scots
    lines): a kind kicker, the weekday and the date with the writer, turned an Ulster-Scots
    posted line, a welcome in Ulster-Scots, the word of the week (a new one each Monday),
    "Mair fae the Society:" (up to twice), a photo credit, the next monthly meeting on the
    first Tuesday (a new wording after each meeting; none in 2020's spring and summer, then
    online), a members' line turned a newsletter and turned by the 2020 cancellations, Burns
    Night, St Patrick's Day, the festival on the first Saturday of June (none in 2020) and
    Christmas, a rights line reworded, a rare ferry notice."""
    return PublisherStyle(
        domain="hamelytongue.org.uk", site="Hamely Tongue Society", base_size=34,
        subdomains=(("www.", 100),),
        sections=("news", "events", "words", "heritage", "music"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "kind": ("Society news", "Events", "Wurd o the week", "Heritage", "Music"),
            "photie": ("a member", "the Society", "Ards and North Down Borough Council",
                       "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{weekday} {date_dmy} | {author}"),
               (UL_POSTED.isoformat(), "Postit bi {author} on {date_dmy}")),
            _f("fairfaa", HEADER, 0.12, (_OLD, "Fair faa ye! Welcome tae the Ards an the "
                                               "hamely tongue")),
            _f("word", HEADER, 0.2, *_by_day(ul_word)),
            _f("mair", MIDDLE, 0.3, (_OLD, "Mair fae the Society: {other_title}"), count=2),
            _f("photie", MIDDLE, 0.2, (_OLD, "Photie: {photie}")),
            _f("meeting", FOOTER, 0.25, *_by_day(ul_meeting)),
            _f("notice", FOOTER, 0.3, *_ul_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Hamely Tongue Society"),
               (UL_RIGHTS.isoformat(), "© {year} Hamely Tongue Society · A registered charity "
                                       "in Northern Ireland (NIC104578)")),
            _f("ferry", HEADER, 0.04, (_OLD, "⚠️ The Strangford ferry is aff the day: the "
                                             "meetin is moved tae Newtownards")),
        ),
    )


# --- a growers' co-operative's news (St. Helena Island, South Carolina; English, Gullah) ----

GG_POSTED = dt.date(2019, 4, 1)
GG_CSA = dt.date(2018, 2, 5)
GG_RIGHTS = dt.date(2020, 1, 6)
GG_PICKUP = (dt.date(2020, 3, 21), dt.date(2020, 6, 13))  # no market, curbside pickup
GG_HARVEST = (
    ("04-15", "🍓 In season: strawberries, greens and the first tomatoes"),
    ("06-15", "🍉 In season: watermelons, okra, butter beans and peaches"),
    ("09-15", "🍠 In season: sweet potatoes, collards and benne"),
    ("12-01", "🥬 Winter: collards, turnips and cabbage from the high tunnels"),
)


def gg_market(day: dt.date) -> str:
    """The next Saturday market (April to November, a new wording each Sunday), curbside
    pickup in spring 2020, closed in winter."""
    saturday = upcoming(day, 5)
    if GG_PICKUP[0] <= saturday < GG_PICKUP[1]:
        return "🧺 No market for now: order online and pick up curbside on Saturdays"
    if not 4 <= saturday.month <= 11:
        return "🧺 The Saturday market is closed for the winter. See oona in April!"
    return (f"🧺 Next market: Saturday, {ENGLISH_MONTHS[saturday.month - 1]} {saturday.day}, "
            f"8am to noon at the co-op barn")


def heritage_days(y: int) -> dt.date:
    """Heritage Days' Saturday: the second Saturday of November."""
    return nth_weekday(y, 11, 5, 2)


def gullah_festival(y: int) -> dt.date:
    """The Gullah festival's Friday in Beaufort: Memorial Day weekend's."""
    return nth_weekday(y, 5, 0, -1) - dt.timedelta(days=3)


def _gg_notice() -> Wordings:
    base = _steps((_OLD, "Join the co-op: membership is $25 a year"),
                  (GG_CSA.isoformat(), "🥕 CSA boxes for the season: sign up by March 1"))
    news: list[Event] = [
        _span("2016-10-05", "2016-10-12", "🌀 Hurricane Matthew: the island is under "
                                          "evacuation orders, stay safe"),
        _span("2017-09-09", "2017-09-12", "🌀 Hurricane Irma: the market is closed this "
                                          "weekend"),
        _span("2019-09-02", "2019-09-06", "🌀 Hurricane Dorian: the island is under evacuation "
                                          "orders, stay safe"),
        _span("2020-03-21", "2020-06-12", "😷 Curbside pickup only: order online by Thursday"),
    ]
    festival = _movable(gullah_festival, 0, 2, lambda y: (  # over the pickup notice in 2020
        "🎉 The Gullah Festival is cancelled this year" if y == 2020
        else f"🎉 Gullah Festival {y}: find our stand at Waterfront Park"))
    feasts = _yearly("06-19", 0, 0, lambda _: "✊🏾 Happy Juneteenth!")
    feasts += _movable(heritage_days, 2, 0, lambda y: (
        "🥁 Heritage Days are online this year: join from home" if y == 2020
        else f"🥁 Heritage Days {y}: find our stand on the Penn Center grounds"))
    feasts += _movable(thanksgiving, 0, 0, lambda _: "🦃 Happy Thanksgiving from the co-op "
                                                     "family")
    return _calendar(base, festival, news, feasts)


def sthelena_style() -> PublisherStyle:
    """A growers' co-operative's news (St. Helena Island, South Carolina; English with
    Gullah lines): a kind kicker, the writer with the date in figures, turned "Written by"
    with the weekday and the long date, a Gullah welcome, the next Saturday market (a new
    wording each Sunday, closed in winter, curbside in spring 2020), what is in season,
    "From the co-op:" (up to twice), a photo credit, a members' line turned a CSA sign-up and
    turned by three hurricanes and the 2020 epidemic, the Gullah festival on Memorial Day
    weekend (called off in 2020), Juneteenth, Heritage Days on the second Saturday of
    November (online in 2020) and Thanksgiving, a Gullah thank-you, a rights line reworded,
    a rare market cancellation."""
    return PublisherStyle(
        domain="sthelenagrowers.coop", site="St. Helena Growers' Co-op", base_size=24,
        subdomains=(("www.", 100),),
        sections=("farm-news", "market", "recipes", "heritage", "co-op"),
        n_authors=2, url_path="/{section}/{slug}/",
        pools={
            "kind": ("Farm news", "Market", "Recipes", "Heritage", "Co-op notes"),
            "shot": ("a co-op member", "a neighbor", "file", "our market crew"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{author} · {date_slash}"),
               (GG_POSTED.isoformat(), "Written by {author} on {weekday}, {date_long}")),
            _f("oona", HEADER, 0.12, (_OLD, "Oona welcome! Come see we at the market")),
            _f("market", FOOTER, 0.25, *_by_day(gg_market)),
            _f("harvest", FOOTER, 0.2, *_seasons(*GG_HARVEST)),
            _f("fromcoop", MIDDLE, 0.3, (_OLD, "From the co-op: {other_title}"), count=2),
            _f("shot", MIDDLE, 0.2, (_OLD, "📸 by {shot}")),
            _f("notice", FOOTER, 0.3, *_gg_notice()),
            _f("tenkyuh", FOOTER, 0.12, (_OLD, "Tenkyuh fa oona suppot! Thank you for "
                                               "supporting Black family farms")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} St. Helena Growers' Co-op"),
               (GG_RIGHTS.isoformat(), "© {year} St. Helena Growers' Co-op, a farmer-owned "
                                       "cooperative · St. Helena Island, SC")),
            _f("rainout", HEADER, 0.04, (_OLD, "⚠️ Today's market is cancelled: storms are "
                                               "expected after 10am")),
        ),
    )


def heldout69_styles() -> list[PublisherStyle]:
    """The held-back-69 styles, in the order the generator hands them to publishers."""
    return [
        jacmel_style(), septiles_style(), caernarfon_style(), inishowen_style(),
        skye_style(), gisborne_style(), mayaguez_style(), kuujjuaq_style(), tongan_style(),
        taveuni_style(), ards_style(), sthelena_style(),
    ]
