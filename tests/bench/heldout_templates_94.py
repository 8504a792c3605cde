"""The ``held-back-94`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-92 set
(`tests.bench.heldout_templates_92`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are North America's local press, large and small: a city daily
in Washington's apple country, a French-language regional daily in Rimouski (Quebec), a
Spanish-language weekly in the Rio Grande Valley, a Cherokee Nation paper in Tahlequah with
syllabary lines, a bilingual English and Inuktitut weekly in Iqaluit (Nunavut), a public radio
station on Lake Superior, a college paper, an Acadian weekly in Caraquet (New Brunswick), a
Navajo Nation weekly in Window Rock, a Chinese-language weekly in Richmond (British Columbia),
a fishing town's weekly in the Aleutians and a prairie weekly in Saskatchewan. The families are
the kinds a crawl of such sites holds: dates localised day by day in English (AP style and
others), French, Spanish, Chinese, Cherokee, Inuktitut syllabics and Navajo (several changing
form on the day of a redesign, one by the clock's change to and from daylight time), weekly
issues by their Thursday, Friday or Wednesday (a college's only in term), lines that turn every
day or every week (tides at Rimouski and Dutch Harbor, Iqaluit's daylight, the peso's rate at
the bridges on working days, the yuan's and canola's every week, a pledge drive's days, a word
of the month in Cherokee), the seasons of burn bans, fishing, sealift and freeze-up, monsoon,
snow and harvest and a college's terms, bylines and datelines of many shapes, section kickers,
related and read-also links (some up to two times), photo credits, agencies' credits, cross-
posts from reporting partners, donation, membership and newsletter appeals, subscription and
cover prices in US and Canadian dollars (several rising over the years), notices reworded in
2016-2020, notices that follow the region's calendars (US, Canadian, provincial, territorial,
tribal and municipal votes, the 2020 lockdowns and curfews, a hurricane, a court ruling, the
census, Thanksgiving in both countries, Fête nationale and moving day, the Acadian national
day, the Cherokee National Holiday, Navajo treaty and Code Talkers days, the Navajo Nation
Fair, Toonik Tyme, Nunavut Day, Lunar New Year and the Moon Festival, Alaska Day, Mexican
Independence and the Day of the Dead, homecoming and commencement, Canada Day and Remembrance
Day with their counts, festivals called off in 2020), multi-line blocks, mid-body inserts, bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
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
    last_weekday,
    nth_weekday,
    ordinal,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
CHEROKEE_MONTHS = ("ᎤᏃᎸᏔᏅ", "ᎧᎦᎵ", "ᎠᏅᏱ", "ᎧᏬᏂ", "ᎠᏂᏍᎬᏘ", "ᏕᎭᎷᏱ", "ᎫᏰᏉᏂ", "ᎦᎶᏂ",
                   "ᏚᎵᏍᏗ", "ᏚᏂᏅᏗ", "ᏅᏓᏕᏆ", "ᎥᏍᎩᏱ")
INUKTITUT_MONTHS = ("ᔭᓐᓄᐊᓕ", "ᕕᕝᕗᐊᓕ", "ᒫᑦᓯ", "ᐊᐃᐳᓗ", "ᒪᐃ", "ᔫᓂ", "ᔪᓚᐃ", "ᐋᒡᒌᓯ",
                    "ᓯᑎᐱᕆ", "ᐅᑐᐱᕆ", "ᓄᕕᐱᕆ", "ᑎᓯᐱᕆ")
NAVAJO_MONTHS = ("Yas Niłt'ees", "Atsá Biyáázh", "Wóózhch'į́į́d", "T'ą́ą́chil", "T'ą́ą́tsoh",
                 "Ya'iishjááshchilí", "Ya'iishjáástsoh", "Bini'ant'ą́ą́ts'ózí",
                 "Bini'ant'ą́ą́tsoh", "Ghąąjį'", "Níłch'its'ósí", "Níłch'itsoh")
CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
ZODIAC = {2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬", 2020: "鼠"}
# Cherokee word of the month: (syllabary, transliteration, English), January first.
CHEROKEE_WORDS = (("ᎣᏏᏲ", "osiyo", "hello"), ("ᏩᏙ", "wado", "thank you"),
                  ("ᏙᎯᏧ", "dohitsu", "how are you?"), ("ᎣᏍᏓ", "osda", "good"),
                  ("ᎠᎹ", "ama", "water"), ("ᎦᏚ", "gadu", "bread"), ("ᏥᏍᏚ", "jisdu", "rabbit"),
                  ("ᏲᎾ", "yona", "bear"), ("ᏎᎷ", "selu", "corn"), ("ᏅᏙ", "nvdo", "sun"),
                  ("ᏥᏍᏆ", "tsisqua", "bird"), ("ᏪᏌ", "wesa", "cat"))


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a rate posted on Friday holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for rates that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def daylight_time(day: dt.date) -> bool:
    """Whether North American daylight time is in force on `day` (from the second Sunday of
    March to the day before the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def labor_day(y: int) -> dt.date:
    """Labor Day (Fête du Travail): the first Monday of September."""
    return nth_weekday(y, 9, 0, 1)


def hhmm(minutes: float, sep: str = ":") -> str:
    """Minutes after midnight as a 24-hour time (05:07, or 5 h 07 with `sep` " h ")."""
    whole = round(minutes) % 1440
    if sep == ":":
        return f"{whole // 60:02d}:{whole % 60:02d}"
    return f"{whole // 60}{sep}{whole % 60:02d}"


def issue_of(day: dt.date, weekday: int) -> tuple[int, dt.date]:
    """A weekly's issue number in its year and the day (`weekday`) it came out."""
    out = week_from(day, weekday)
    first = week_from(dt.date(out.year, 1, 7), weekday)
    return (out - first).days // 7 + 1, out


def tides(day: dt.date, offset: float) -> tuple[float, ...]:
    """Made-up times of high water on `day` (minutes; about 50 minutes later each day, two a
    lunar day of 24 h 50 min, one on the day the second slips past midnight)."""
    first = (offset + 50.47 * (day - FIRST_DAY).days) % 745
    return tuple(t for t in (first, first + 745) if t < 1440)


def iqaluit_sun(day: dt.date) -> tuple[float, float]:
    """Approximate sunrise and sunset at Iqaluit on `day` (minutes after local midnight, on
    the clock: Eastern time, daylight time in summer)."""
    zone = -4 if daylight_time(day) else -5
    b = math.radians(360 / 365 * (day.timetuple().tm_yday - 81))
    equation = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)
    noon = 720 + 4 * (15 * zone + 68.52) - equation
    decl = math.radians(23.44 * math.sin(b))
    lat = math.radians(63.75)
    cos_h = ((math.sin(math.radians(-0.833)) - math.sin(lat) * math.sin(decl))
             / (math.cos(lat) * math.cos(decl)))
    half = 4 * math.degrees(math.acos(max(-1.0, min(1.0, cos_h))))
    return noon - half, noon + half


def french_day(n: int) -> str:
    """A day of the month as French prints it (1er, 2, ...)."""
    return "1er" if n == 1 else str(n)


# --- a city daily (Wenatchee, Washington) ------------------------------------------------------

CV_REDESIGN = dt.date(2017, 9, 12)
CV_RELATED = dt.date(2019, 2, 4)
CV_NEWSLETTER = dt.date(2018, 5, 14)
CV_RIGHTS = dt.date(2018, 6, 1)


def _cv_dated(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return (f"Posted {ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year} at {{time12}}")
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} · Updated {{time12}}"


def _cv_blossom(y: int) -> str:
    if y == 2020:
        return "🍎 The Apple Blossom Festival is called off this year: no parades, no carnival"
    return f"🍎 Apple Blossom Festival {y}: parade routes, road closures and parking"


def _cv_notice() -> Wordings:
    base = _steps((_OLD, "Like the Cascade Valley Herald on Facebook"),
                  (CV_NEWSLETTER.isoformat(), "📬 Get the morning headlines in your inbox: "
                                              "sign up for Herald Daily"))
    news: list[Event] = [
        _span("2015-08-14", "2015-08-30", "🔥 Wildfire updates: evacuation levels and shelters, "
                                          "free to read"),
        _vote("2016-08-02", "🗳️ Primary election: ballots due by 8 p.m. Tuesday", before=6),
        _vote("2016-11-08", "🗳️ Election 2016: local results as they come in", before=6,
              after=2),
        _vote("2018-08-07", "🗳️ Primary election: ballots due by 8 p.m. Tuesday", before=6),
        _vote("2018-11-06", "🗳️ Election 2018: local results as they come in", before=6,
              after=2),
        _span("2020-03-23", "2020-05-31", "😷 Our coronavirus coverage is free to all readers"),
        _vote("2020-08-04", "🗳️ Primary election: drop boxes close at 8 p.m. Tuesday",
              before=6),
        _vote("2020-11-03", "🗳️ Election 2020: local results as they come in", before=6,
              after=3),
    ]
    blossom = _movable(lambda y: last_weekday(y, 4, 3), 1, 10, _cv_blossom)
    feasts = _yearly("07-04", 2, 0, lambda y: f"🎆 Fourth of July {y}: where to watch the "
                                               f"fireworks")
    feasts += _movable(thanksgiving, 1, 0, lambda _: "🦃 Happy Thanksgiving from all of us "
                                                     "at the Herald")
    return _calendar(base, blossom, news, feasts)


def wenatchee_style() -> PublisherStyle:
    """A city daily (Wenatchee): a section kicker, a posted line with the weekday turned an AP
    date with the time updated on a redesign (a wording per day), "By" turned with the
    writer's beat, "Related:" turned with a mark (up to twice), a photo credit, an agency's
    credit, the burn-ban seasons, a social line turned a newsletter appeal and turned by six
    votes, the 2015 fires and the 2020 free coverage, the blossom festival (called off in
    2020), the Fourth and Thanksgiving, a digital offer reworded twice, a rights line reworded
    and the newsroom's address (a block), a corrections line, a rare boil-water notice."""
    return PublisherStyle(
        domain="cascadevalleyherald.com", site="Cascade Valley Herald", base_size=245,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("news", "local", "business", "sports", "outdoors", "opinion"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Local News", "Wildfire", "Apple Country", "Outdoors", "Schools",
                       "Business", "Prep Sports"),
            "beat": ("Staff writer", "Courts reporter", "Education reporter", "Business editor",
                     "Outdoors writer", "Sports editor"),
            "agency": ("The Associated Press", "The Spokesman-Review", "The Seattle Times"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("dateline", HEADER, 0.8, *_by_day(_cv_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (CV_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"),
               (CV_RELATED.isoformat(), "➤ RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "(Photo: {author2}/Cascade Valley Herald)")),
            _f("agency", FOOTER, 0.12, (_OLD, "{agency} contributed to this report.")),
            _f("burn-ban", FOOTER, 0.2, *_seasons(
                ("04-15", "🔥 Spring burning allowed with a permit; check today's air quality "
                          "before you light"),
                ("06-15", "🔥 Burn ban in effect: no outdoor burning until further notice"),
                ("10-15", "🍂 Burn ban lifted: yard waste burning allowed on approved days"))),
            _f("notice", FOOTER, 0.3, *_cv_notice()),
            _f("offer", FOOTER, 0.2, (_OLD, "Subscribe today: 99¢ for your first month"),
               ("2018-01-02", "Unlimited digital access: $1 for 3 months"),
               ("2020-04-01", "Support local journalism: $1 for 6 months of unlimited access")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Cascade Valley Herald. All rights "
                                                 "reserved."),
               (CV_RIGHTS.isoformat(), "Copyright {year} Cascade Valley Herald. This material "
                                       "may not be published, broadcast, rewritten or "
                                       "redistributed.")),
            _f("address", FOOTER, 0.25, (_OLD, "Newsroom: 14 N. Mission St., Wenatchee, WA "
                                               "98801 · 509-000-0000")),
            _f("corrections", FOOTER, 0.1, (_OLD, "See an error in this story? Call the city "
                                                  "desk or use the corrections form.")),
            _f("boil-water", HEADER, 0.04, (_OLD, "⚠️ Boil-water advisory for the south end: "
                                                  "run taps one minute before drinking")),
        ),
    )


# --- a French-language regional daily (Rimouski, Quebec) ---------------------------------------

QC_REDESIGN = dt.date(2018, 6, 24)  # relaunched on the Fête nationale
QC_INFOLETTRE = dt.date(2019, 1, 14)
QC_LJI = dt.date(2019, 4, 1)  # the Local Journalism Initiative's first reporters
QC_RIGHTS = dt.date(2017, 1, 1)


def _qc_dated(day: dt.date) -> str:
    month = FRENCH_MONTHS[day.month - 1]
    if day < QC_REDESIGN:
        return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day.day)} {month} "
                f"{day.year}")
    return f"{french_day(day.day)} {month} {day.year} à {{time}} — Mis à jour"


def qc_tides(day: dt.date) -> tuple[str, ...]:
    """Made-up times of high water at Rimouski on `day`, as Quebec writes the time."""
    return tuple(hhmm(t, " h ") for t in tides(day, 290))


def _qc_tides(day: dt.date) -> str:
    return "🌊 Marées à Rimouski : pleine mer à " + " et à ".join(qc_tides(day))


def _qc_notice() -> Wordings:
    base = _steps((_OLD, "Suivez L'Écho du Fleuve sur Facebook"),
                  (QC_INFOLETTRE.isoformat(), "📬 Abonnez-vous à notre infolettre du matin, "
                                              "c'est gratuit"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Élections fédérales : les résultats dans Rimouski-Neigette",
              before=6),
        _vote("2017-11-05", "🗳️ Élections municipales : votre bureau de vote et les candidats",
              before=6),
        _vote("2018-10-01", "🗳️ Élections québécoises : suivez la soirée électorale avec nous",
              before=6),
        _vote("2019-10-21", "🗳️ Élections fédérales : les résultats dans l'Est-du-Québec",
              before=6),
        _span("2020-03-13", "2020-05-31", "🌈 Ça va bien aller : nos textes sur la COVID-19 "
                                          "sont gratuits"),
    ]
    feasts = _yearly("06-24", 2, 0, lambda y: f"⚜️ Bonne Fête nationale {y} : programme des "
                                              f"feux et spectacles")
    feasts += _yearly("07-01", 3, 0, lambda _: "📦 1er juillet : jour du déménagement, les "
                                               "collectes d'encombrants sont prolongées")
    feasts += _movable(lambda y: nth_weekday(y, 3, 6, 2), 2, 0, lambda _: "🕑 Changement "
                       "d'heure : on avance l'heure dans la nuit de samedi à dimanche")
    feasts += _movable(lambda y: nth_weekday(y, 11, 6, 1), 2, 0, lambda _: "🕑 Changement "
                       "d'heure : on recule l'heure dans la nuit de samedi à dimanche")
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 2), 1, 0, lambda _: "🍁 Joyeuse Action "
                       "de grâce : nos bureaux sont fermés lundi")
    return _calendar(base, news, feasts)


def rimouski_style() -> PublisherStyle:
    """A French-language regional daily (Rimouski): a section kicker, "Publié le" with the
    weekday turned the date, the time and "Mis à jour" on the Fête nationale 2018 (a wording
    per day, "1er" on the first), "Par" turned the writer's line with the Local Journalism
    Initiative, "À lire aussi :" (up to twice), a photo credit from a pool, the tides at
    Rimouski (a wording per day), a social line turned a newsletter appeal and turned by four
    votes and the 2020 free coverage, Fête nationale, moving day, the clocks' changes and
    Thanksgiving, the cover price rising twice, a rights line reworded and the newsroom's
    address (a block), a printed-first line, a rare boil-water notice."""
    return PublisherStyle(
        domain="echodufleuve.ca", site="L'Écho du Fleuve", base_size=220,
        subdomains=(("www.", 100),),
        sections=("actualites", "regional", "politique", "sports", "arts", "chroniques"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Actualités", "Régional", "Politique", "Sports",
                         "Arts et spectacles", "Faits divers", "Chroniques"),
            "photo": ("L'Écho du Fleuve", "courtoisie", "archives", "Facebook",
                      "Ville de Rimouski"),
        },
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_qc_dated)),
            _f("signature", HEADER, 0.5, (_OLD, "Par {author}"),
               (QC_LJI.isoformat(), "{author}, Initiative de journalisme local")),
            _f("lire-aussi", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {photo}")),
            _f("marees", FOOTER, 0.2, *_by_day(_qc_tides)),
            _f("avis", FOOTER, 0.3, *_qc_notice()),
            _f("imprime", FOOTER, 0.1, (_OLD, "Ce texte a d'abord été publié dans notre édition "
                                              "imprimée.")),
            _f("prix", FOOTER, 0.15, (_OLD, "Prix au numéro : 1,50 $ plus taxes"),
               ("2017-01-03", "Prix au numéro : 1,75 $ plus taxes"),
               ("2019-09-03", "Prix au numéro : 2,00 $ plus taxes · Édition numérique : "
                              "14,99 $ par mois")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} L'Écho du Fleuve. Tous droits "
                                             "réservés."),
               (QC_RIGHTS.isoformat(), "© L'Écho du Fleuve {year}. Toute reproduction est "
                                       "interdite sans autorisation écrite.")),
            _f("adresse", FOOTER, 0.25, (_OLD, "Salle de nouvelles : 000, rue Saint-Germain Est, "
                                               "Rimouski (Québec) · 418 000-0000")),
            _f("ebullition", HEADER, 0.04, (_OLD, "⚠️ Avis d'ébullition préventif dans le "
                                                  "secteur Sacré-Coeur jusqu'à nouvel ordre")),
        ),
    )


# --- a Spanish-language weekly (McAllen, Texas) ------------------------------------------------

TX_REDESIGN = dt.date(2018, 9, 16)  # relaunched on 16 de septiembre
TX_WHATSAPP = dt.date(2019, 5, 6)


def _tx_dated(day: dt.date) -> str:
    weekday, month = SPANISH_WEEKDAYS[day.weekday()], SPANISH_MONTHS[day.month - 1]
    if day < TX_REDESIGN:
        return f"McAllen, Texas — {weekday} {day.day} de {month} de {day.year}"
    return f"Actualizado: {day.day:02d}/{day.month:02d}/{day.year} {{time12}}"


def _tx_issue(day: dt.date) -> str:
    number, thursday = issue_of(day, 3)
    return (f"Año {thursday.year - 1998} · Número {number} · Semana del {thursday.day} de "
            f"{SPANISH_MONTHS[thursday.month - 1]} de {thursday.year}")


def tx_peso(day: dt.date) -> float:
    """The made-up buying rate of a dollar in pesos at the bridges on `day`'s working day
    (about 15 in 2015 to 20 in 2020, near 24 in the spring of 2020)."""
    work = working_day(day)
    rate = 14.9 + 5.2 * progress(work) + made_up(work, "tx-mxn", -25, 25) / 100
    if dt.date(2020, 3, 16) <= work <= dt.date(2020, 5, 29):
        rate += 3.5
    return round(rate, 2)


def _tx_rate(day: dt.date) -> str:
    buy = tx_peso(day)
    return f"💵 Tipo de cambio en los puentes: compra ${buy:.2f} · venta ${buy + 0.55:.2f}"


def _tx_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: La Voz del Valle"),
                  (TX_WHATSAPP.isoformat(), "📲 Reciba las noticias por WhatsApp: escriba ALTA "
                                            "al 956-000-0000"))
    news: list[Event] = [
        _vote("2016-03-01", "🗳️ Elecciones primarias: casillas abiertas de 7 a.m. a 7 p.m.",
              before=6),
        _vote("2016-11-08", "🗳️ Elecciones generales 2016: resultados del condado Hidalgo",
              before=6),
        _vote("2018-03-06", "🗳️ Elecciones primarias: casillas abiertas de 7 a.m. a 7 p.m.",
              before=6),
        _vote("2018-11-06", "🗳️ Elecciones intermedias 2018: resultados del condado Hidalgo",
              before=6),
        _vote("2020-03-03", "🗳️ Supermartes: primarias en Texas, lleve una identificación con "
                            "foto", before=6),
        _span("2020-03-17", "2020-05-31", "😷 Quédese en casa: nuestra cobertura del "
                                          "coronavirus es gratuita"),
        _span("2020-07-24", "2020-07-31", "🌀 Huracán Hanna: refugios, cortes de luz y "
                                          "calles inundadas"),
        _span("2020-08-01", "2020-09-30", "📋 Censo 2020: todavía puede responder por "
                                          "internet o por teléfono"),
        _vote("2020-11-03", "🗳️ Elecciones generales 2020: resultados del condado Hidalgo",
              before=6, after=2),
    ]
    feasts = _yearly("09-16", 1, 0, lambda y: f"🇲🇽 {y - 1810} aniversario de la "
                                              f"Independencia de México: el Grito en la plaza")
    feasts += _yearly("11-02", 1, 0, lambda _: "💀 Día de Muertos: altares y catrinas en el "
                                               "centro de McAllen")
    feasts += _movable(thanksgiving, 1, 0, lambda _: "🦃 Feliz Día de Acción de Gracias: "
                                                     "nuestra oficina cierra el jueves")
    return _calendar(base, news, feasts)


def mcallen_style() -> PublisherStyle:
    """A Spanish-language weekly (McAllen): a section kicker, the city with the Spanish
    weekday and date turned "Actualizado:" with a slashed date and the time on 16 September
    2018 (a wording per day), the year and number of the Thursday issue (every Thursday),
    "Por" turned with the paper's name, "Lea también:" (up to twice), a photo credit, an
    agency's credit, the peso's rate at the bridges on working days, a social line turned a
    messenger appeal and turned by six votes, the 2020 lockdown, a hurricane and the census,
    Mexican Independence with its count, the Day of the Dead and Thanksgiving, a mail
    subscription rising twice, a rights line and the office's address (a block), a rare bridge
    closure."""
    return PublisherStyle(
        domain="lavozdelvalle.com", site="La Voz del Valle", base_size=195,
        subdomains=(("www.", 100),),
        sections=("local", "frontera", "deportes", "comunidad", "negocios", "opinion"),
        n_authors=5, url_path="/{section}/{slug}-{n}/",
        pools={
            "seccion": ("Local", "Frontera", "Deportes", "Comunidad", "Negocios", "Opinión"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_tx_dated)),
            _f("edicion", HEADER, 0.3, *_by_day(_tx_issue)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (TX_REDESIGN.isoformat(), "Por {author} | La Voz del Valle")),
            _f("lea", MIDDLE, 0.35, (_OLD, "Lea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2} / La Voz del Valle")),
            _f("agencia", FOOTER, 0.1, (_OLD, "Con información de The Associated Press.")),
            _f("cambio", FOOTER, 0.2, *_by_day(_tx_rate)),
            _f("aviso", FOOTER, 0.3, *_tx_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Ejemplar gratuito · Suscripción por correo: "
                                                   "$35 al año"),
               ("2017-07-01", "Ejemplar gratuito · Suscripción por correo: $40 al año"),
               ("2020-01-02", "Ejemplar gratuito · Suscripción por correo: $45 al año")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} La Voz del Valle. Todos los derechos "
                                               "reservados.")),
            _f("oficina", FOOTER, 0.2, (_OLD, "Oficina: 000 N. Main St., McAllen, TX 78501 · "
                                              "Tel. 956-000-0000")),
            _f("puente", HEADER, 0.04, (_OLD, "⚠️ Cierre parcial del puente internacional hoy "
                                              "de 6 a.m. a 2 p.m.: use el puente Pharr")),
        ),
    )


# --- a Cherokee Nation paper (Tahlequah, Oklahoma) ---------------------------------------------

CN_REDESIGN = dt.date(2019, 8, 14)  # relaunched on the new chief's inauguration
CN_NEWSLETTER = dt.date(2018, 10, 1)
CN_FREE = dt.date(2017, 1, 2)


def _cn_posted(day: dt.date) -> str:
    if day < CN_REDESIGN:
        return f"Posted: {AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} · TAHLEQUAH"


def _cn_syllabary(day: dt.date) -> str:
    return f"{CHEROKEE_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _cn_word(day: dt.date) -> str:
    word, latin, english = CHEROKEE_WORDS[day.month - 1]
    return f"ᏣᎳᎩ Word of the month: {word} ({latin}) – {english}"


def _cn_holiday(y: int) -> str:
    n = ordinal(y - 1952)
    if y == 2020:
        return (f"🏛️ The {n} Cherokee National Holiday goes virtual: watch the State of the "
                "Nation online")
    return f"🏛️ {n} Cherokee National Holiday: parade, powwow and State of the Nation"


def _cn_notice() -> Wordings:
    base = _steps((_OLD, "Like the Tsalagi Tribune on Facebook"),
                  (CN_NEWSLETTER.isoformat(), "📬 Sign up for our weekly e-newsletter"))
    news: list[Event] = [
        _vote("2015-06-27", "🗳️ Cherokee Nation general election: polls open 7 a.m. to 7 p.m.",
              before=6, after=2),
        _vote("2016-11-08", "🗳️ Election Day: find your polling place in Cherokee County",
              before=6),
        _vote("2019-06-01", "🗳️ Cherokee Nation general election: principal chief and "
                            "council races", before=6, after=2),
        _span("2020-03-17", "2020-05-31", "😷 Tribal complex closed to the public: services by "
                                          "phone and online"),
        _span("2020-07-09", "2020-07-20", "⚖️ McGirt v. Oklahoma: what the ruling means for "
                                          "the Cherokee reservation"),
        _vote("2020-11-03", "🗳️ Election Day: find your polling place in Cherokee County",
              before=6),
    ]
    feasts = _movable(labor_day, 3, 0, _cn_holiday)
    feasts += _yearly("09-06", 0, 0, lambda y: f"📜 {y - 1839} years since the Cherokee "
                                               f"Constitution of 1839")
    return _calendar(base, news, feasts)


def tahlequah_style() -> PublisherStyle:
    """A Cherokee Nation paper (Tahlequah): a greeting in the syllabary, a posted line in AP
    style turned the date and the town on the chief's inauguration 2019 (a wording per day),
    the date with the Cherokee month in the syllabary (a wording per day), "BY" turned the
    writer and the beat, "READ MORE:", a photo credit reworded, a word of the month in the
    syllabary (turning monthly), a social line turned a newsletter appeal and turned by two
    tribal elections, two US ones, the 2020 closure and a court ruling, the National Holiday
    (virtual in 2020) and the Constitution with their counts, a free-paper line reworded, the
    Independent Press Act line and a rights line (a block), a letters line, a rare closing."""
    return PublisherStyle(
        domain="tsalagitribune.org", site="Tsalagi Tribune", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "government", "culture", "education", "health", "sports"),
        n_authors=5, url_path="/{section}/{n}/{slug}",
        pools={
            "beat": ("Reporter", "Senior reporter", "Multimedia reporter", "Editor"),
        },
        families=(
            _f("osiyo", HEADER, 0.12, (_OLD, "ᎣᏏᏲ! Osiyo from the Cherokee Nation")),
            _f("posted", HEADER, 0.65, *_by_day(_cn_posted)),
            _f("syllabary-date", HEADER, 0.3, *_by_day(_cn_syllabary)),
            _f("byline", HEADER, 0.5, (_OLD, "BY {author}"),
               (CN_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("read-more", MIDDLE, 0.25, (_OLD, "READ MORE: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "{author2}/Tsalagi Tribune"),
               (CN_REDESIGN.isoformat(), "PHOTO: {author2}/Tsalagi Tribune")),
            _f("word", FOOTER, 0.2, *_by_day(_cn_word)),
            _f("notice", FOOTER, 0.3, *_cn_notice()),
            _f("free-paper", FOOTER, 0.15, (_OLD, "The Tsalagi Tribune is mailed free to "
                                                  "Cherokee Nation citizens on request."),
               (CN_FREE.isoformat(), "Cherokee Nation citizens anywhere can get the Tsalagi "
                                     "Tribune by mail for free: call 918-000-0000.")),
            _f("press-act", FOOTER, 0.25, (_OLD, "This newspaper is editorially independent "
                                                 "under the Independent Press Act of 2000.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tsalagi Tribune, Tahlequah, "
                                                "Oklahoma")),
            _f("letters", FOOTER, 0.1, (_OLD, "Letters must be signed and include a phone "
                                              "number; we print up to 500 words.")),
            _f("closing", HEADER, 0.04, (_OLD, "⚠️ Tribal offices open two hours late today "
                                               "because of icy roads")),
        ),
    )


# --- a bilingual English and Inuktitut weekly (Iqaluit, Nunavut) -------------------------------

NU_REDESIGN = dt.date(2019, 4, 1)  # relaunched on the territory's twentieth birthday
NU_TEXT = dt.date(2018, 9, 4)
NU_PRICE = dt.date(2018, 1, 5)
TOONIK_TYME = {2015: "2015-04-14", 2016: "2016-04-12", 2017: "2017-04-11",
               2018: "2018-04-17", 2019: "2019-04-16"}  # the week's opening day


def _nu_issue(day: dt.date) -> str:
    number, friday = issue_of(day, 4)
    return (f"Vol. {friday.year - 1998}, No. {number} · Friday, "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.day}, {friday.year}")


def _nu_dated(day: dt.date) -> str:
    syllabic = f"{INUKTITUT_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if day < NU_REDESIGN:
        return f"ᐃᖃᓗᐃᑦ · {syllabic}"
    return f"{syllabic} | {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"


def iqaluit_daylight(day: dt.date) -> tuple[str, str, str]:
    """Sunrise, sunset and the day's length at Iqaluit on `day`, as printed."""
    rise, set_ = iqaluit_sun(day)
    length = round(set_ - rise)
    return hhmm(rise), hhmm(set_), f"{length // 60} h {length % 60:02d} min"


def _nu_daylight(day: dt.date) -> str:
    rise, set_, length = iqaluit_daylight(day)
    return f"☀️ Iqaluit today: sunrise {rise}, sunset {set_} · {length} of daylight"


def _nu_notice() -> Wordings:
    base = _steps((_OLD, "ᖁᔭᓐᓇᒦᒃ for reading! Follow Tusaqtuut on Facebook"),
                  (NU_TEXT.isoformat(), "📱 Headlines by text: send NEWS to 867-000-0000"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Federal election: Nunavut's results from all 25 communities",
              before=6, after=2),
        _vote("2017-10-30", "🗳️ Territorial election: polls open 9 a.m. to 8 p.m.", before=6,
              after=2),
        _vote("2019-10-21", "🗳️ Federal election: Nunavut's results from all 25 communities",
              before=6, after=2),
        _span("2020-04-14", "2020-04-20", "🎉 Toonik Tyme 2020 is cancelled: see you next "
                                          "spring"),
        _span("2020-03-24", "2020-06-30", "😷 Travel into Nunavut: 14 days of isolation in a "
                                          "southern hub first"),
        _span("2020-11-18", "2020-12-01", "😷 Territory-wide lockdown: schools and non-"
                                          "essential businesses closed"),
    ]
    feasts = _movable(_listed(TOONIK_TYME), 0, 6, lambda y: f"🎉 Toonik Tyme {y}: igloo "
                                                             f"building, snowmobile races, "
                                                             f"square dances")
    feasts += _yearly("07-09", 1, 0, lambda y: f"🎉 Happy Nunavut Day! ᓄᓇᕗᑦ {y - 1999} years "
                                               f"on")
    return _calendar(base, news, feasts)


def iqaluit_style() -> PublisherStyle:
    """A bilingual English and Inuktitut weekly (Iqaluit): the volume and number of the
    Friday issue (every Friday), the date in syllabics turned bilingual on Nunavut's
    twentieth birthday (a wording per day), "By" turned with the town in both scripts, Also
    inside, a photo credit, Iqaluit's sunrise, sunset and daylight (a wording per day), the
    seasons of ice travel, sealift and freeze-up, a social line turned a text-message appeal
    and turned by three votes and the 2020 isolation and lockdown, Toonik Tyme (cancelled in
    2020) and Nunavut Day with its count, the cover price rising, an Inuktitut pages line and
    a rights line (a block), a rare blizzard closure."""
    return PublisherStyle(
        domain="tusaqtuut.ca", site="Tusaqtuut", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "iqaluit", "communities", "arts", "sports"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("issue", HEADER, 0.4, *_by_day(_nu_issue)),
            _f("ulluq", HEADER, 0.6, *_by_day(_nu_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (NU_REDESIGN.isoformat(), "{author} · ᐃᖃᓗᐃᑦ / Iqaluit")),
            _f("inside", MIDDLE, 0.2, (_OLD, "Also inside: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {author2}")),
            _f("daylight", FOOTER, 0.25, *_by_day(_nu_daylight)),
            _f("season", FOOTER, 0.2, *_seasons(
                ("05-15", "🛷 Spring ice travel: tell someone your route and carry a "
                          "satellite phone"),
                ("07-15", "🚢 Sealift season: check your community's ship schedule"),
                ("10-25", "❄️ Freeze-up: stay off the sea ice until it has been tested"))),
            _f("notice", FOOTER, 0.3, *_nu_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "$1.50 in Iqaluit · $2 in other communities"),
               (NU_PRICE.isoformat(), "$2 in Iqaluit · $2.50 in other communities")),
            _f("inuktitut", FOOTER, 0.2, (_OLD, "ᐃᓄᒃᑎᑐᑦ: Inuktitut stories are in the print "
                                                "edition, pages 2 to 5.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tusaqtuut, Iqaluit, Nunavut")),
            _f("blizzard", HEADER, 0.04, (_OLD, "⚠️ Blizzard warning: schools and government "
                                                "offices closed today")),
        ),
    )


# --- a public radio station (Duluth, Minnesota) ------------------------------------------------

MN_REDESIGN = dt.date(2018, 3, 5)
MN_BASE = dt.date(2019, 1, 2)


def _mn_dated(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return f"Posted {AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "CDT" if daylight_time(day) else "CST"
    return f"Published {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} {zone}"


def drive_days(y: int, month: int) -> list[dt.date]:
    """The ten days of a member drive from the second Monday of `month`."""
    first = nth_weekday(y, month, 0, 2)
    return [first + dt.timedelta(days=k) for k in range(10)]


def _mn_drive(name: str, month: int, years: range) -> list[Event]:
    return [(day, day + dt.timedelta(days=1), f"📻 {name} Member Drive, day {k} of 10: "
                                              f"pledge now and keep public radio strong")
            for y in years for k, day in enumerate(drive_days(y, month), 1)]


def _mn_notice() -> Wordings:
    base = _steps((_OLD, "Support this work: become a member of Lakehead Public Radio today."),
                  (MN_BASE.isoformat(), "Public radio is free to hear but not free to make. "
                                        "Give today."))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Election night: live results and coverage from 7 p.m.",
              before=2),
        _vote("2018-08-14", "🗳️ Primary night: live results from 8 p.m.", before=2),
        _vote("2018-11-06", "🗳️ Election night: live results and coverage from 7 p.m.",
              before=2),
        _span("2020-04-13", "2020-04-22", "📻 We've called off our spring drive. If you can, "
                                          "give online"),
        _span("2020-03-27", "2020-05-17", "🏠 Stay home, stay informed: our newscasts "
                                          "continue from the hosts' kitchens"),
        _vote("2020-11-03", "🗳️ Election night: live results and coverage from 7 p.m.",
              before=2, after=2),
    ]
    drives = _mn_drive("Spring", 4, range(2015, 2020)) + _mn_drive("Fall", 10, YEARS)
    return _calendar(base, news, drives)


def duluth_style() -> PublisherStyle:
    """A public radio station (Duluth): the show a story was heard on, "Posted" turned the
    full date, the time and the zone (CST or CDT by the clocks' change) on a redesign (a
    wording per day), the reporter's name turned with the station, a listen line, "Related:",
    a reporting partner's cross-post line, an underwriting credit, the seasons of school
    closings and paddling permits, a members' line turned by four votes, the 2020 stay-at-home
    order and a called-off drive, and turning every day of the spring and fall drives, a
    sustaining gift rising twice and a rights line (a block), a rare transmitter outage."""
    return PublisherStyle(
        domain="wlhr.org", site="Lakehead Public Radio", base_size=130,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "arts", "environment", "music", "politics"),
        n_authors=5, url_path="/post/{slug}",
        pools={
            "show": ("Morning Edition", "All Things Considered", "Northland Report",
                     "Weekend Edition"),
            "partner": ("the Northland News Collaborative", "the Iron Range Report",
                        "Great Lakes Now", "the Minnesota Statehouse Bureau"),
            "sponsor": ("Harbor City Credit Union", "Lakeside Clinic", "North Shore Co-op",
                        "Superior Outfitters"),
        },
        families=(
            _f("heard-on", HEADER, 0.3, (_OLD, "Heard on {show}")),
            _f("dateline", HEADER, 0.7, *_by_day(_mn_dated)),
            _f("reporter", HEADER, 0.5, (_OLD, "{author}"),
               (MN_REDESIGN.isoformat(), "By {author}, Lakehead Public Radio")),
            _f("listen", HEADER, 0.35, (_OLD, "▶ Listen to this story")),
            _f("related", MIDDLE, 0.2, (_OLD, "Related: {other_title}")),
            _f("partner", FOOTER, 0.15, (_OLD, "This story comes from a reporting partnership "
                                               "with {partner}.")),
            _f("underwriting", HEADER, 0.1, (_OLD, "Support for Lakehead Public Radio comes "
                                                   "from {sponsor}.")),
            _f("season", FOOTER, 0.2, *_seasons(
                ("05-01", "🛶 Paddling season: Boundary Waters permits and fire restrictions "
                          "on our website"),
                ("10-01", "🍂 Fall colors report every Thursday on Northland Report"),
                ("12-01", "❄️ School closings and late starts: listen at 6:20 and 7:20 a.m."))),
            _f("members", FOOTER, 0.3, *_mn_notice()),
            _f("sustaining", FOOTER, 0.15, (_OLD, "Become a sustaining member for $5 a month."),
               ("2018-01-02", "Become a sustaining member for $8 a month."),
               ("2020-01-02", "Become a sustaining member for $10 a month and get our "
                              "station mug.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright {year} Lakehead Public Radio")),
            _f("off-air", HEADER, 0.04, (_OLD, "⚠️ Our Grand Marais signal is off the air "
                                               "tonight for transmitter work")),
        ),
    )


# --- a college paper (a state university in Ohio) ----------------------------------------------

CO_REDESIGN = dt.date(2017, 8, 21)  # relaunched on the eclipse day, the first day of term
CO_STAFF = dt.date(2018, 8, 20)
CO_DONATE = dt.date(2019, 1, 14)
HOMECOMING = {y: nth_weekday(y, 10, 5, 2) for y in YEARS}
COMMENCEMENT = {y: nth_weekday(y, 5, 5, 1) for y in YEARS}


def _co_dated(day: dt.date) -> str:
    if day < CO_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.month}/{day.day}/{day.year % 100:02d} · {{read_min}} min read"


def co_term(day: dt.date) -> str | None:
    """The term a day falls in (fall, spring), or None between terms."""
    y = day.year
    if last_weekday(y, 8, 2) <= day <= nth_weekday(y, 12, 2, 1):
        return "fall"
    if nth_weekday(y, 1, 2, 2) <= day <= last_weekday(y, 4, 2):
        return "spring"
    return None


def co_issue(day: dt.date) -> tuple[int, int] | None:
    """The volume (by academic year) and issue number of the Wednesday issue, None between
    terms."""
    wednesday = week_from(day, 2)
    if co_term(wednesday) is None:
        return None
    y = wednesday.year if wednesday.month >= 8 else wednesday.year - 1
    first = last_weekday(y, 8, 2)
    if wednesday.year == y:
        return y - 1928, (wednesday - first).days // 7 + 1
    fall = (nth_weekday(y, 12, 2, 1) - first).days // 7 + 1
    return y - 1928, fall + (wednesday - nth_weekday(wednesday.year, 1, 2, 2)).days // 7 + 1


def _co_issue(day: dt.date) -> str:
    issue = co_issue(day)
    if issue is None:
        return "Online edition · no print issue until classes resume"
    return f"Vol. {issue[0]}, Issue {issue[1]}"


def _co_notice() -> Wordings:
    base = _steps((_OLD, "Follow @KestrelNews on Instagram and Twitter"),
                  (CO_STAFF.isoformat(), "✍️ Write for us: staff meetings Mondays at 7 p.m. "
                                         "in Union 214"))
    news: list[Event] = [
        _span("2016-09-26", "2016-10-04", "🗳️ Register to vote: the deadline in Ohio is "
                                          "Oct. 11"),
        _vote("2016-11-08", "🗳️ Election Day: the polling place for dorm residents is the "
                            "Rec Center", before=2),
        _vote("2018-11-06", "🗳️ Election Day: the polling place for dorm residents is the "
                            "Rec Center", before=2),
        _span("2020-03-12", "2020-05-15", "💻 Classes are online for the rest of the semester: "
                                          "our coverage is free"),
        _vote("2020-11-03", "🗳️ Election Day: bring your student ID to the Rec Center",
              before=2),
    ]
    feasts = _movable(HOMECOMING.get, 3, 1, lambda y: (
        "🏈 Homecoming 2020 goes virtual: watch the parade online" if y == 2020
        else f"🏈 Homecoming {y}: parade, tailgates and the game"))
    feasts += _movable(COMMENCEMENT.get, 2, 0, lambda y: (
        "🎓 Spring commencement is postponed; graduates will walk in December" if y == 2020
        else f"🎓 Commencement {y}: congratulations, graduates!"))
    return _calendar(base, news, feasts)


def college_style() -> PublisherStyle:
    """A college paper (Ohio): a section kicker, the date turned a slashed date and a reading
    time on the first day of term 2017 (a wording per day), the volume and issue of the
    Wednesday paper (only in term), the writer and "Staff Writer" turned the beat, "ALSO:",
    a photo credit, the terms' seasons, a social line turned a staff call and turned by
    votes, a registration deadline and the 2020 move online, homecoming (virtual in 2020) and
    commencement (postponed in 2020), an independent-paper line, a donation appeal reworded
    and a rights line (a block), a corrections line, a rare snow closing."""
    return PublisherStyle(
        domain="thekestrelonline.com", site="The Kestrel", base_size=110,
        subdomains=(("", 100),),
        sections=("campus", "sga", "sports", "arts-life", "opinion"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Campus", "Student Government", "Sports", "Arts & Life", "Opinion"),
            "beat": ("Staff Writer", "News Editor", "Sports Editor", "Copy Editor",
                     "Contributing Writer"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("date", HEADER, 0.7, *_by_day(_co_dated)),
            _f("issue", HEADER, 0.25, *_by_day(_co_issue)),
            _f("byline", HEADER, 0.55, (_OLD, "{author}, Staff Writer"),
               (CO_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("also", MIDDLE, 0.25, (_OLD, "ALSO: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo by {author2} | The Kestrel")),
            _f("term", FOOTER, 0.2, *_seasons(
                ("01-10", "📚 Spring semester: the add/drop deadline is the end of week one"),
                ("04-25", "📚 Finals week: the library is open 24 hours"),
                ("05-10", "☀️ Summer: we publish online every other week"),
                ("08-20", "👋 Welcome back! Pick up the print edition every Wednesday"),
                ("12-01", "📚 Finals week: the library is open 24 hours"))),
            _f("notice", FOOTER, 0.3, *_co_notice()),
            _f("independent", FOOTER, 0.2, (_OLD, "The Kestrel is the independent student "
                                                  "newspaper of Marlow State University.")),
            _f("donate", FOOTER, 0.15, (_OLD, "Support student journalism: donate to The "
                                              "Kestrel."),
               (CO_DONATE.isoformat(), "A gift of $25 sends a student reporter to a "
                                       "conference. Donate to The Kestrel.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Kestrel")),
            _f("corrections", FOOTER, 0.1, (_OLD, "Corrections: email the managing editor "
                                                  "with the story's headline.")),
            _f("snow", HEADER, 0.04, (_OLD, "⚠️ Campus closed today: snow emergency, all "
                                            "classes cancelled")),
        ),
    )


# --- an Acadian weekly (Caraquet, New Brunswick) -----------------------------------------------

NB_REDESIGN = dt.date(2016, 8, 15)  # relaunched on the Acadian national day
NB_INFOLETTRE = dt.date(2019, 2, 7)


def _nb_dated(day: dt.date) -> str:
    month = FRENCH_MONTHS[day.month - 1]
    if day < NB_REDESIGN:
        return f"Caraquet, le {french_day(day.day)} {month} {day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {french_day(day.day)} {month} "
            f"{day.year}")


def _nb_notice() -> Wordings:
    base = _steps((_OLD, "Aimez notre page Facebook : Le Flambeau du Littoral"),
                  (NB_INFOLETTRE.isoformat(), "📬 Recevez l'infolettre du Flambeau chaque "
                                              "jeudi matin"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Élections fédérales : les résultats dans Acadie-Bathurst",
              before=6),
        _vote("2018-09-24", "🗳️ Élections provinciales : les résultats dans la Péninsule",
              before=6, after=2),
        _vote("2019-10-21", "🗳️ Élections fédérales : les résultats dans Acadie-Bathurst",
              before=6),
        _span("2020-03-19", "2020-05-08", "😷 Confinement : nos bureaux sont fermés, le "
                                          "journal paraît toujours"),
        _vote("2020-09-14", "🗳️ Élections provinciales : votez en personne ou par la poste",
              before=6, after=2),
    ]
    feasts = _yearly("08-15", 2, 0, lambda y: (
        "🎺 Tintamarre virtuel : faites du bruit chez vous à 17 h 55" if y == 2020
        else f"🎺 Bonne Fête nationale de l'Acadie ! Tintamarre {y} à 17 h 55"))
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 2), 1, 0, lambda _: "🍁 Joyeuse Action "
                       "de grâce à tous nos lecteurs")
    return _calendar(base, news, feasts)


def caraquet_style() -> PublisherStyle:
    """An Acadian weekly (Caraquet): a section kicker, the town and the date turned the
    weekday and the date on the Acadian national day 2016 (a wording per day, "1er" on the
    first), "Par" turned with the paper, "À LIRE ÉGALEMENT :", a photo credit, the lobster
    and snow crab seasons, a social line turned a newsletter appeal and turned by four votes
    and the 2020 lockdown, the Tintamarre (virtual in 2020) and Thanksgiving, a yearly
    subscription rising, a rights line and the office's address (a block), a rare outage."""
    return PublisherStyle(
        domain="flambeaulittoral.ca", site="Le Flambeau du Littoral", base_size=90,
        subdomains=(("www.", 100),),
        sections=("peninsule", "peches", "sports", "culture", "opinion"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Péninsule", "Pêches", "Sports", "Culture", "Opinion"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.6, *_by_day(_nb_dated)),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}"),
               (NB_REDESIGN.isoformat(), "{author} – Le Flambeau du Littoral")),
            _f("lire", MIDDLE, 0.25, (_OLD, "À LIRE ÉGALEMENT : {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : Flambeau – {author2}")),
            _f("peche", FOOTER, 0.2, *_seasons(
                ("04-01", "🦀 Crabe des neiges : la saison s'ouvre dès que les glaces le "
                          "permettent"),
                ("04-30", "🦞 La saison du homard est ouverte dans la baie des Chaleurs"),
                ("07-01", "🦞 Saison du homard terminée : bilan des débarquements au quai"),
                ("12-01", "❄️ Les quais sont fermés pour l'hiver"))),
            _f("avis", FOOTER, 0.3, *_nb_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement : 45 $ par année, taxes "
                                                  "incluses"),
               ("2018-01-03", "Abonnement : 52 $ par année, taxes incluses")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Le Flambeau du Littoral. Tous droits "
                                              "réservés.")),
            _f("bureau", FOOTER, 0.2, (_OLD, "Bureau : 000, boulevard Saint-Pierre Ouest, "
                                             "Caraquet (N.-B.) · 506 000-0000")),
            _f("panne", HEADER, 0.04, (_OLD, "⚠️ Panne de courant dans la Péninsule : "
                                             "rétablissement prévu en soirée")),
        ),
    )


# --- a Navajo Nation weekly (Window Rock, Arizona) ---------------------------------------------

NN_REDESIGN = dt.date(2019, 1, 15)  # relaunched on the new president's inauguration
NN_EMAIL = dt.date(2019, 2, 4)
NN_PRICE = dt.date(2018, 7, 1)


def _nn_dated(day: dt.date) -> str:
    if day < NN_REDESIGN:
        return f"WINDOW ROCK, Ariz. | {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{NAVAJO_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _nn_fair(y: int) -> str:
    if y == 2020:
        return "🐎 No Navajo Nation Fair this year: the rodeo and powwow are cancelled"
    return f"🐎 Navajo Nation Fair {y}: parade Saturday morning, rodeo all week"


def _nn_notice() -> Wordings:
    base = _steps((_OLD, "Like the Dinétah Observer on Facebook"),
                  (NN_EMAIL.isoformat(), "📬 Get our weekly headlines by email every "
                                         "Thursday"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Election Day: chapter houses open as polling places", before=6),
        _vote("2018-08-28", "🗳️ Navajo Nation primary: 18 candidates for president", before=6,
              after=2),
        _vote("2018-11-06", "🗳️ Navajo Nation general election: president, council and "
                            "chapter officials", before=6, after=2),
        _span("2020-04-10", "2020-05-31", "😷 Weekend curfew: stay home from Friday 8 p.m. to "
                                          "Monday 5 a.m."),
        _vote("2020-11-03", "🗳️ Election Day: chapter houses open as polling places; wear a "
                            "mask", before=6),
    ]
    feasts = _movable(lambda y: labor_day(y) + dt.timedelta(days=2), 0, 4, _nn_fair)
    feasts += _yearly("08-14", 0, 0, lambda _: "🎖️ Navajo Code Talkers Day: we honor our "
                                               "warriors")
    feasts += _yearly("06-01", 0, 0, lambda y: f"📜 {ordinal(y - 1868)} anniversary of the "
                                               f"Treaty of 1868")
    return _calendar(base, news, feasts)


def window_rock_style() -> PublisherStyle:
    """A Navajo Nation weekly (Window Rock): a greeting in Navajo, the town and the date
    turned the Navajo month's name on the president's inauguration 2019 (a wording per day),
    "By" turned with the paper, "Also read:", a photo credit, the seasons of snow, fire and
    the monsoon, a social line turned an email appeal and turned by four votes and the 2020
    curfews, the Nation's fair (cancelled in 2020), Code Talkers Day and the treaty's count,
    the cover price rising and a rights line (a block), a Navajo-language line, a rare
    boil-water notice."""
    return PublisherStyle(
        domain="dinetahobserver.com", site="Dinétah Observer", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "chapters", "sports", "culture"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("yaateeh", HEADER, 0.15, (_OLD, "Yá'át'ééh from Window Rock!")),
            _f("dateline", HEADER, 0.6, *_by_day(_nn_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (NN_REDESIGN.isoformat(), "{author} | Dinétah Observer")),
            _f("also-read", MIDDLE, 0.2, (_OLD, "Also read: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {author2}")),
            _f("season", FOOTER, 0.2, *_seasons(
                ("03-15", "🌬️ Spring winds: dust storms can close roads without warning"),
                ("05-15", "🔥 Fire restrictions on Navajo Nation forest lands: no open fires"),
                ("07-01", "⛈️ Monsoon season: never drive into a flooded wash"),
                ("11-01", "❄️ Winter road conditions: call before you travel the dirt roads"))),
            _f("notice", FOOTER, 0.3, *_nn_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Single copy: 75¢ · Free in chapter houses"),
               (NN_PRICE.isoformat(), "Single copy: $1 · Free in chapter houses")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Dinétah Observer, Window Rock, "
                                                 "Navajo Nation")),
            _f("dine-bizaad", FOOTER, 0.1, (_OLD, "Diné bizaad: Navajo-language stories run in "
                                                  "every print edition. Ahéhee'!")),
            _f("boil", HEADER, 0.04, (_OLD, "⚠️ Boil-water notice for Fort Defiance until "
                                            "further notice")),
        ),
    )


# --- a Chinese-language weekly (Richmond, British Columbia) ------------------------------------

BC_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the Lunar New Year
BC_NEWSLETTER = dt.date(2019, 3, 4)
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04",
              2018: "2018-09-24", 2019: "2019-09-13", 2020: "2020-10-01"}


def _bc_dated(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]}"
    return f"{day:%Y-%m-%d} {{time}} 溫哥華時間"


def bc_yuan(day: dt.date) -> float:
    """The made-up reference rate of a Canadian dollar in yuan in `day`'s week."""
    monday = week_from(day, 0)
    return round(4.9 + made_up(monday, "bc-cny", 0, 45) / 100, 2)


def _bc_rate(day: dt.date) -> str:
    return f"💱 本週參考匯率：1加元兌{bc_yuan(day):.2f}人民幣"


def _bc_notice() -> Wordings:
    base = _steps((_OLD, "關注我們的微信公眾號：Haibin Weekly"),
                  (BC_NEWSLETTER.isoformat(), "📬 訂閱本報每週電子報，新聞直送郵箱"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ 聯邦大選：列治文兩個選區結果", before=6),
        _vote("2017-05-09", "🗳️ 卑詩省選：投票時間上午8時至晚上8時", before=6),
        _vote("2019-10-21", "🗳️ 聯邦大選：列治文兩個選區結果", before=6),
        _span("2020-03-18", "2020-05-18", "😷 疫情期間本報照常出版，請保持社交距離"),
        _vote("2020-10-24", "🗳️ 卑詩省選：可提前投票或郵寄投票", before=6),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 2, lambda y: f"🧧 恭賀新禧！{ZODIAC[y]}年"
                                                                f"大吉")
    feasts += _movable(_listed(MID_AUTUMN), 1, 0, lambda _: "🥮 中秋佳節，花好月圓")
    feasts += _yearly("07-01", 0, 0, lambda y: f"🇨🇦 加拿大{y - 1867}週年國慶")
    return _calendar(base, news, feasts)


def richmond_style() -> PublisherStyle:
    """A Chinese-language weekly (Richmond): a section kicker, the date with the weekday
    turned an ISO date, the time and the city's time on the Lunar New Year 2018 (a wording
    per day), "記者" turned "本報記者", "延伸閱讀：" (up to twice), a photo credit, the yuan's
    rate every week, a social line turned a newsletter appeal and turned by four votes and
    the 2020 lockdown, the Lunar New Year with the year's animal, the Moon Festival and Canada
    Day with its count, the day of issue reworded, a rights line and the office's address (a
    block), a rare SkyTrain stoppage."""
    return PublisherStyle(
        domain="haibinweekly.ca", site="Haibin Weekly", base_size=52,
        subdomains=(("www.", 100),),
        sections=("local", "canada", "community", "property", "sports"),
        n_authors=3, url_path="/news/{n}.html",
        pools={
            "lanmu": ("本地新聞", "加國要聞", "社區", "地產", "體育"),
        },
        families=(
            _f("lanmu", HEADER, 0.3, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.6, *_by_day(_bc_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "記者{author}報道"),
               (BC_REDESIGN.isoformat(), "本報記者 {author}")),
            _f("yuedu", MIDDLE, 0.25, (_OLD, "延伸閱讀：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.15, (_OLD, "圖片：{author2}")),
            _f("huilv", FOOTER, 0.2, *_by_day(_bc_rate)),
            _f("tongzhi", FOOTER, 0.3, *_bc_notice()),
            _f("chuban", FOOTER, 0.15, (_OLD, "免費派發 · 逢星期五出版"),
               ("2018-09-06", "免費派發 · 逢星期四出版 · 大溫各大超市有售")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} Haibin Weekly 版權所有，未經許可"
                                               "不得轉載。")),
            _f("dizhi", FOOTER, 0.2, (_OLD, "地址：列治文 No. 3 Road 0000號 · 電話："
                                            "604-000-0000")),
            _f("skytrain", HEADER, 0.04, (_OLD, "⚠️ 加拿大線今早暫停服務，請改乘接駁巴士")),
        ),
    )


# --- a fishing town's weekly (Unalaska, Alaska) ------------------------------------------------

AK_REDESIGN = dt.date(2017, 10, 18)  # relaunched on Alaska Day
AK_SOCIAL = dt.date(2018, 4, 2)


def _ak_issue(day: dt.date) -> str:
    number, friday = issue_of(day, 4)
    return (f"Vol. {friday.year - 1988}, No. {number} · Friday, "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.day}, {friday.year}")


def _ak_dated(day: dt.date) -> str:
    if day < AK_REDESIGN:
        return f"Posted {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {AP_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · Unalaska/Dutch Harbor")


def ak_tides(day: dt.date) -> tuple[str, ...]:
    """Made-up times of high water at Dutch Harbor on `day`."""
    return tuple(hhmm(t) for t in tides(day, 610))


def _ak_tides(day: dt.date) -> str:
    return "🌊 Dutch Harbor high tides: " + ", ".join(ak_tides(day))


def _ak_notice() -> Wordings:
    base = _steps((_OLD, "Got a tip? Call the newsroom at 907-000-0000"),
                  (AK_SOCIAL.isoformat(), "📲 Follow us on Facebook for flight and ferry "
                                          "updates"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Election Day: vote at City Hall, 8 a.m. to 8 p.m.", before=6),
        _vote("2018-11-06", "🗳️ Election Day: vote at City Hall, 8 a.m. to 8 p.m.", before=6),
        _span("2020-03-28", "2020-05-22", "😷 Hunker down: arrivals must quarantine for 14 "
                                          "days"),
        _vote("2020-11-03", "🗳️ Election Day: vote at City Hall or by mail", before=6),
    ]
    local = _movable(lambda y: nth_weekday(y, 10, 1, 1), 6, 0, lambda y: f"🗳️ City election "
                     f"{y}: council seats and the school board")
    feasts = _yearly("10-18", 1, 0, lambda y: f"🇺🇸 Alaska Day: {y - 1867} years since the "
                                              f"transfer at Sitka")
    feasts += _yearly("07-04", 1, 0, lambda _: "🎆 Fourth of July: the parade starts at the "
                                               "Alaska Commercial store at noon")
    return _calendar(base, news, local, feasts)


def unalaska_style() -> PublisherStyle:
    """A fishing town's weekly (Unalaska): the volume and number of the Friday issue (every
    Friday), "Posted" turned the weekday, an AP date and the towns on Alaska Day 2017 (a
    wording per day), "By" turned with the paper, "More:", a photo credit, Dutch Harbor's high
    tides (a wording per day), the pollock, halibut and crab seasons, a tip line turned a social
    appeal and turned by three US votes, the yearly city election and the 2020 quarantine,
    Alaska Day with its count and the Fourth, a mail subscription rising and a rights line (a
    block), a rare cancelled flight."""
    return PublisherStyle(
        domain="aleutiantidings.com", site="Aleutian Tidings", base_size=36,
        subdomains=(("www.", 100),),
        sections=("news", "fisheries", "community", "sports"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("issue", HEADER, 0.35, *_by_day(_ak_issue)),
            _f("dateline", HEADER, 0.5, *_by_day(_ak_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (AK_REDESIGN.isoformat(), "By {author}, Aleutian Tidings")),
            _f("more", MIDDLE, 0.2, (_OLD, "More: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo courtesy of {author2}")),
            _f("tides", FOOTER, 0.25, *_by_day(_ak_tides)),
            _f("fishery", FOOTER, 0.25, *_seasons(
                ("01-20", "🎣 Pollock A season is open: the plants run around the clock"),
                ("04-15", "🐟 Pollock A season closed; halibut boats are fishing"),
                ("06-10", "🎣 Pollock B season is open: expect a busy harbor"),
                ("10-15", "🦀 Bering Sea crab: boats are loading pots for the opener"))),
            _f("notice", FOOTER, 0.3, *_ak_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Subscribe by mail: $60 a year in Alaska, $75 "
                                                 "Outside"),
               ("2019-01-02", "Subscribe by mail: $70 a year in Alaska, $85 Outside")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Aleutian Tidings")),
            _f("flight", HEADER, 0.04, (_OLD, "⚠️ Today's flights to Anchorage are cancelled: "
                                              "fog over the airport")),
        ),
    )


# --- a prairie weekly (a Saskatchewan town) ----------------------------------------------------

SK_REDESIGN = dt.date(2018, 9, 4)
SK_EMAIL = dt.date(2017, 1, 3)


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}")


def sk_canola(day: dt.date) -> int:
    """The made-up price of canola at the elevator in `day`'s week ($ a tonne)."""
    monday = week_from(day, 0)
    return 445 + round(40 * math.sin(progress(monday) * 9)) + made_up(monday, "sk-canola",
                                                                      -8, 8)


def _sk_canola(day: dt.date) -> str:
    return f"🌾 Canola at the elevator this week: ${sk_canola(day)}/tonne"


def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Bring your notices and letters to the office by Monday noon"),
                  (SK_EMAIL.isoformat(), "📧 Send notices and letters by Monday noon for "
                                         "Thursday's paper"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Federal election: polls open 7:30 a.m. to 7:30 p.m.", before=6),
        _vote("2016-04-04", "🗳️ Provincial election: results for our constituency", before=6),
        _vote("2019-10-21", "🗳️ Federal election: polls open 7:30 a.m. to 7:30 p.m.", before=6),
        _span("2020-03-20", "2020-05-19", "😷 The office is closed to walk-ins: call or email "
                                          "us"),
        _vote("2020-10-26", "🗳️ Provincial election: vote early at the town hall", before=6),
    ]
    feasts = _yearly("07-01", 1, 0, lambda y: f"🇨🇦 Happy Canada Day! {y - 1867} years")
    feasts += _movable(lambda y: nth_weekday(y, 8, 0, 1), 2, 0, lambda _: "🌾 Happy "
                       "Saskatchewan Day: the office is closed Monday")
    feasts += _yearly("11-11", 3, 0, lambda _: "🌺 Lest we forget: Remembrance Day service at "
                                               "the rink, 10:45 a.m.")
    return _calendar(base, news, feasts)


def prairie_style() -> PublisherStyle:
    """A prairie weekly (Saskatchewan): the date turned the weekday and the date on a redesign
    (a wording per day), "By" turned a reporter's line, "Also this week:", canola's price
    every week, seeding, spraying, harvest and bonspiel seasons, a notices line turned an
    email appeal and turned by four votes and the 2020 closure, Canada Day with its count,
    Saskatchewan Day and Remembrance Day, a subscription rising and a rights line (a block), a
    rare highway closure."""
    return PublisherStyle(
        domain="wheatlandreview.ca", site="The Wheatland Review", base_size=24,
        subdomains=(("", 100),),
        sections=("news", "agriculture", "sports", "community"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.5, *_by_day(_sk_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "By {author}"),
               (SK_REDESIGN.isoformat(), "{author} · Review reporter")),
            _f("this-week", MIDDLE, 0.2, (_OLD, "Also this week: {other_title}")),
            _f("canola", FOOTER, 0.25, *_by_day(_sk_canola)),
            _f("season", FOOTER, 0.2, *_seasons(
                ("04-25", "🚜 Seeding is under way: share the road with farm equipment"),
                ("06-15", "🌱 Spraying season: watch for drift warnings"),
                ("08-15", "🌾 Harvest is on: slow down for combines on the grid roads"),
                ("11-15", "🥌 Bonspiel season: draws and results every week"))),
            _f("notice", FOOTER, 0.3, *_sk_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Subscriptions: $45 in town, $55 by mail"),
               ("2019-01-02", "Subscriptions: $50 in town, $60 by mail")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Wheatland Review")),
            _f("highway", HEADER, 0.04, (_OLD, "⚠️ Highway closed east of town: blowing snow, "
                                               "travel not recommended")),
        ),
    )


def heldout94_styles() -> list[PublisherStyle]:
    """The held-back-94 styles, in the order the generator hands them to publishers."""
    return [
        wenatchee_style(), rimouski_style(), mcallen_style(), tahlequah_style(),
        iqaluit_style(), duluth_style(), college_style(), caraquet_style(),
        window_rock_style(), richmond_style(), unalaska_style(), prairie_style(),
    ]
