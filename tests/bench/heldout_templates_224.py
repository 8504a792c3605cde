"""The ``held-back-224`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types in
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"find your nearest food bank" line or an equal-opportunity statement. The publishers are the
news pages of charities and food banks in English, French, German, Greek, Hindi and Tagalog:
a British food bank network, a French departmental food bank, a German Tafel, an American
regional food bank, a Greek social grocery (in Greek), an Indian meal charity (in Hindi), a
Filipino feeding programme (in Tagalog), a London homelessness charity, a Belgian food aid
association, an Austrian social supermarket, the charitable fund of a Greek parish and an
Irish charity. The families are the kinds a crawl of such sites holds: dates localised day by
day in English, French, Belgian French, German, Austrian German (Jänner), Greek (months in
the genitive), Hindi and Tagalog, several changing form on the day of a redesign; lines that
turn every day (meals served so far in Indian digit grouping, the appeal thermometers of
Christmas and holiday drives, an Austrian "Stand:" line), every week (parcels given out and
the items a warehouse is short of, food rescued, meals served), every month (tonnes
distributed) and every year (rough sleepers counted in London); collection-point and
distribution hours by season, with Christmas and summer closures and the 2020 lockdowns;
gift-aid and tax notices reworded or changing amounts (Gift Aid, the French 75 % ceiling,
the German simplified receipt, Belgium's 45 % turned 60 %, Austria's automatic reporting,
India's 80G cash limit and FCRA account, Greece's 20 % credit, Ireland's Charitable
Donations Scheme, American 501(c)(3) lines); amounts that change over years (meals a dollar
buys, a meal's cost in pesos and rupees, a bed for a night in pounds, Austrian income
limits); volunteer rotas and appeals that follow the calendars of charity (Christmas appeals,
harvest festivals, national food collections, Thanksgiving turkey drives and Giving Tuesday,
Hunger Action Month, Orthodox Easter and Lent, the Dekapentavgoustos, Diwali, the Indian
winter's blanket drives, Noche Buena, typhoons and Taal, Greek wildfires, back to school,
Belgian winter campaigns counted by number, the pandemic), photo credits, related links and
donate buttons mid-body (some up to two times), multi-line blocks (registered-charity
lines, notes to editors, imprints, bank details and copyright lines), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    iso_day,
    nth_or_last_weekday,
    ordinal,
    orthodox_easter,
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
_yearly_since = _PERIOD.yearly_since
# Lines printed day by day are worded once per session: the tests build the styles often.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)
END = "2021-01-10"  # the last day a notice still in force at the end is worded for

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONATE_AT = ("Jänner",) + MONATE[1:]  # Austrian usage
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # genitive
IMERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
MAAH = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
        "नवंबर", "दिसंबर")
DIN = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
         "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number in [0, 1), fixed for `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 2**64


def through(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A level through `points` ((ISO day, value), ...), straight between them."""
    x = day.toordinal()
    known = [(dt.date.fromisoformat(a).toordinal(), v) for a, v in points]
    if x <= known[0][0]:
        return known[0][1]
    for (x0, v0), (x1, v1) in zip(known, known[1:], strict=False):
        if x <= x1:
            return v0 + (v1 - v0) * (x - x0) / (x1 - x0)
    return known[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day` (the first
    value before its start)."""
    out = table[0][1]
    for start, value in table:
        if start <= day.isoformat():
            out = value
    return out


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later start."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(v)) for start, v in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week: a weekly figure is posted on Mondays."""
    return day - dt.timedelta(days=day.weekday())


def saturday_of(day: dt.date) -> dt.date:
    """The last Saturday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def lakh(n: int) -> str:
    """`n` grouped the Indian way: 48,20,530."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head] + groups + [tail]) if head else ",".join(groups + [tail])


def dotted(n: int) -> str:
    """`n` with dots between thousands, as Greek and German sites print it."""
    return f"{n:,}".replace(",", ".")


def pick(day: dt.date, key: str, items: tuple[str, ...], k: int) -> list[str]:
    """`k` distinct items for `day`, in the order of `items` (a weekly shortage list)."""
    ranked = sorted(items, key=lambda item: noise(day, f"{key}:{item}"))
    chosen = set(ranked[:k])
    return [item for item in items if item in chosen]


def giving_tuesday(y: int) -> dt.date:
    """#GivingTuesday: the Tuesday after American Thanksgiving."""
    return thanksgiving(y) + 5 * ONE


# --- a British food bank network ----------------------------------------------------------

LT_REDESIGN = dt.date(2018, 9, 3)
LT_GIFT_AID = dt.date(2017, 4, 6)  # reworded at the start of the 2017/18 tax year
LT_APPEAL = (("2010-01-01", "£15"), ("2018-04-01", "£18"), ("2020-04-01", "£20"))
LT_PARCELS = (("2015-01-01", 6100.0), ("2016-01-01", 6500.0), ("2017-01-01", 7100.0),
              ("2018-01-01", 7900.0), ("2019-01-01", 8800.0), ("2020-02-24", 9400.0),
              ("2020-04-13", 16800.0), ("2020-07-06", 11200.0), ("2021-01-10", 12600.0))
LT_SHORT = ("UHT milk", "tinned meat", "tinned fish", "sponge puddings", "long-life juice",
            "instant mash", "tinned tomatoes", "rice pudding", "tea bags", "coffee",
            "toiletries", "sanitary products", "nappies (sizes 4-6)", "biscuits",
            "tinned vegetables", "pasta sauce")


def _lt_dated(day: dt.date) -> str:
    if day < LT_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def lt_parcels(week: dt.date) -> tuple[int, int]:
    """Made-up parcels given out in the week ending the Sunday before Monday `week`, and
    how many of them went to children."""
    season = {12: 1.42, 1: 1.08, 8: 1.12, 7: 1.05}.get(week.month, 1.0)
    total = through(week, LT_PARCELS) * season * (0.95 + 0.1 * noise(week, "lt-parcels"))
    children = total * (0.35 + 0.04 * noise(week, "lt-children"))
    return int(total), int(children)


def _lt_weekly(day: dt.date) -> str:
    week = monday_of(day)
    total, children = lt_parcels(week)
    sunday = week - ONE
    return (f"In the week to Sunday {sunday.day} {MONTHS[sunday.month - 1]}, food banks in "
            f"our network gave out {total:,} emergency food parcels, {children:,} of them "
            f"for children.")


def _lt_short(day: dt.date) -> str:
    items = pick(monday_of(day), "lt-short", LT_SHORT, 3)
    return f"This week our warehouses are running low on: {', '.join(items)}."


@cache
def _lt_appeal() -> Wordings:
    def base(day: dt.date) -> str:
        return (f"Donate today: {value_on(day, LT_APPEAL)} could keep a food bank shelf "
                f"stocked for a week.")

    covid = [_span("2020-03-16", "2020-06-30", "🦠 Coronavirus: food banks are seeing more "
                                               "people than ever. Please give if you can.")]
    christmas = _yearly("12-24", 34, 7, lambda y: f"🎄 Christmas {y}: help make sure nobody "
                                                  f"in your town goes hungry this winter")
    harvest = _yearly("10-01", 10, 20, lambda y: f"🍎 Harvest {y}: thank you to every school "
                                                 f"and church collecting for us")
    summer = _yearly("08-10", 20, 20, lambda y: "☀️ School's out, and free school meals "
                                                "stop. Help feed a family this summer.")
    return _calendar(base, covid, christmas, harvest, summer)


def lardertrust_style() -> PublisherStyle:
    """A British food bank network: a category from a pool, "Posted on" with the ordinal
    date turned the short weekday and the long date on 3 September 2018 (a wording per day),
    "By" turned the writer with the role, the parcels given out in the last week and the
    share for children (a wording per week, turning each Monday), the items its warehouses
    are short of (a wording per week), "Related:" up to twice and a photo credit mid-body, a
    Gift Aid line reworded in April 2017, a donate appeal whose amount rises in 2018 and 2020,
    turned by harvest festivals, the summer holidays, Christmas and the pandemic, a "find
    your nearest food bank" line, the registered-charity line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="lardertrust.org.uk", site="The Larder Trust", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "campaigns", "research", "fundraising", "volunteering"),
        n_authors=9, url_path="/news-and-blog/{section}/{slug}",
        pools={
            "category": ("Food bank news", "Campaigns", "Research", "Fundraising",
                         "Volunteering", "Policy", "Stories"),
            "beat": ("Network Manager", "Policy and Research Officer", "Communications Officer",
                     "Head of Fundraising", "Volunteer Coordinator"),
            "photo": ("The Larder Trust", "Ellie Marsh Photography", "PA Images",
                      "a volunteer"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_lt_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (LT_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("weekly", HEADER, 0.2, *_by_day(_lt_weekly)),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("shortage", FOOTER, 0.25, *_by_day(_lt_short)),
            _f("gift-aid", FOOTER, 0.35,
               (_OLD, "If you are a UK taxpayer, tick the Gift Aid box and we can claim an "
                      "extra 25p for every £1 you give."),
               (LT_GIFT_AID.isoformat(), "Gift Aid adds 25p to every £1 you donate, at no "
                                         "extra cost to you. Just tick the box when you "
                                         "give.")),
            _f("appeal", FOOTER, 0.4, *_lt_appeal()),
            _f("nearest", FOOTER, 0.3, (_OLD, "Need help? Find your nearest food bank and ask "
                                              "about a referral.")),
            _f("charity", FOOTER, 0.45, (_OLD, "The Larder Trust is a registered charity in "
                                               "England and Wales (1123581) and Scotland "
                                               "(SC046213).")),
            _f("copyright", FOOTER, 0.92, (_OLD, "© {year} The Larder Trust. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "gave the wrong number of food banks in the "
                                                  "region.")),
        ),
    )


# --- a French departmental food bank ------------------------------------------------------

BA_REDESIGN = dt.date(2017, 11, 24)  # relaunched on the first day of the 2017 collection
BA_BENEVOLES = dt.date(2019, 1, 7)
COLLECTES = {2015: ("2015-11-27", "les 27 et 28 novembre 2015"),
             2016: ("2016-11-25", "les 25 et 26 novembre 2016"),
             2017: ("2017-11-24", "les 24 et 25 novembre 2017"),
             2018: ("2018-11-30", "les 30 novembre et 1er décembre 2018"),
             2019: ("2019-11-29", "les 29 et 30 novembre 2019"),
             2020: ("2020-11-27", "du 27 au 29 novembre 2020")}
PRINTEMPS = {2017: "2017-03-10", 2018: "2018-03-09", 2019: "2019-03-08"}
PLAFOND_COLUCHE = (("2015-01-01", "530"), ("2016-01-01", "531"),
                   ("2018-01-01", "537"), ("2019-01-01", "546"), ("2020-01-01", "552"),
                   ("2020-07-31", "1 000"))


def _ba_dated(day: dt.date) -> str:
    if day < BA_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Mis en ligne le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} "
            f"{day.year} à {{time}}")


def ba_tonnes(y: int, m: int) -> float:
    """Made-up tonnes of food distributed in month `m` of `y`."""
    base = 78 + 2.5 * (y - 2015) + (18 if m == 12 else 9 if m in (1, 3) else 0)
    if y == 2020 and m in (4, 5):
        base += 22
    return round(base + 6 * noise(dt.date(y, m, 1), "ba-tonnes"), 1)


def _ba_bilan(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 10 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    tonnes = f"{ba_tonnes(y, m):.1f}".replace(".", ",")
    return (f"En {MOIS[m - 1]} {y} : {tonnes} tonnes de denrées distribuées à nos 46 "
            f"associations partenaires.")


@cache
def _ba_collecte() -> Wordings:
    base = _steps((_OLD, "Devenez bénévole : une demi-journée par mois suffit pour nous "
                         "aider."),
                  (BA_BENEVOLES.isoformat(), "Rejoignez nos 140 bénévoles : inscription en "
                                             "ligne, pour un tri ou une collecte."))
    nationale = [(iso_day(first, -14), iso_day(first, 3),
                  f"🛒 Collecte nationale {when} : retrouvez nos bénévoles dans les magasins "
                  f"du département") for first, when in COLLECTES.values()]
    printemps = [(iso_day(day, -10), iso_day(day, 2), f"🌱 Collecte de printemps {y} : les "
                                                      f"{iso_day(day).day} et "
                                                      f"{iso_day(day, 1).day} mars")
                 for y, day in PRINTEMPS.items()]
    covid = [
        _span("2020-03-12", "2020-05-10", "⚠️ Collecte de printemps annulée. Confinement : "
                                          "l'entrepôt reste ouvert aux associations."),
        _span("2020-10-30", "2020-11-12", "Reconfinement : nous avons besoin de bénévoles de "
                                          "moins de 65 ans"),
    ]
    return _calendar(base, covid, nationale, printemps)


@cache
def _ba_horaires() -> Wordings:
    def base(day: dt.date) -> str:
        return "Entrepôt : ramasse et distribution du lundi au vendredi, 8 h 30 – 16 h 30"

    summer = _yearly("08-01", 0, 20, lambda y: f"☀️ Fermeture estivale de l'entrepôt du 1er "
                                               f"au 21 août {y}")
    noel = _yearly("12-24", 0, 8, lambda y: f"Entrepôt fermé du 24 décembre {y} au 1er "
                                            f"janvier {y + 1}")
    return _calendar(base, summer, noel)


def valdorne_style() -> PublisherStyle:
    """A French departmental food bank: a section from a pool, "Publié le" with the numeric
    date turned the weekday, the long date and the time on the first day of the 2017
    national collection (a wording per day), "Par", the tonnes distributed last month (a
    wording per month, posted each 10th), "À lire aussi :" and a photo credit mid-body, the
    warehouse's hours turned by its summer and Christmas closures, the tax-reduction line
    with the year's 75 % ceiling (changing each January and raised to 1 000 € in July 2020),
    a volunteers line reworded in 2019 and turned by each national collection, the spring
    collections and the lockdowns, the network line, the association line and the copyright
    line (a block), a rare erratum."""
    return PublisherStyle(
        domain="ba-valdorne.fr", site="Banque Alimentaire du Val d'Orne", base_size=220,
        subdomains=(("www.", 100),),
        sections=("actualites", "collectes", "benevolat", "partenaires"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Actualités", "Collectes", "Bénévolat", "Partenaires", "Événements",
                         "Antigaspi"),
            "credit": ("Banque Alimentaire du Val d'Orne", "DR", "Bénévoles BAVO",
                       "Jean-Yves Le Bihan"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ba_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}")),
            _f("bilan", HEADER, 0.2, *_by_day(_ba_bilan)),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("credit", MIDDLE, 0.25, (_OLD, "Crédit photo : {credit}")),
            _f("horaires", FOOTER, 0.3, *_ba_horaires()),
            _f("reduction", FOOTER, 0.3, *table_wordings(PLAFOND_COLUCHE, lambda v: (
                f"Votre don ouvre droit à une réduction d'impôt de 75 %, dans la limite de "
                f"{v} € de dons par an."))),
            _f("collecte", FOOTER, 0.35, *_ba_collecte()),
            _f("reseau", FOOTER, 0.2, (_OLD, "Membre du réseau national des banques "
                                             "alimentaires")),
            _f("association", FOOTER, 0.4, (_OLD, "Banque Alimentaire du Val d'Orne, "
                                                  "association loi 1901 reconnue d'intérêt "
                                                  "général")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Banque Alimentaire du Val d'Orne – "
                                                 "Mentions légales")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la collecte a lieu samedi, et non "
                                               "dimanche comme indiqué d'abord.")),
        ),
    )


# --- a German Tafel -----------------------------------------------------------------------

TW_REDESIGN = dt.date(2019, 3, 1)
TW_EHRENAMT = dt.date(2018, 5, 1)
TW_BELEG = dt.date(2020, 1, 1)  # the simplified receipt from 300 euros


def _tw_dated(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year} um {{time}} Uhr"


def tw_rescued(saturday: dt.date) -> float:
    """Made-up tonnes of food collected from shops in the week to `saturday`."""
    level = 4.2 + 0.25 * (saturday.year - 2015)
    if saturday.month == 12:
        level += 1.1
    return round(level + 1.4 * noise(saturday, "tw-rescued") - 0.7, 1)


def _tw_woche(day: dt.date) -> str:
    sat = saturday_of(day)
    tonnes = f"{tw_rescued(sat):.1f}".replace(".", ",")
    return (f"Diese Woche (bis {sat.day}.{sat.month:02d}.) gerettet: {tonnes} Tonnen "
            f"Lebensmittel aus 38 Märkten")


@cache
def _tw_ausgabe() -> Wordings:
    def base(day: dt.date) -> str:
        if 4 <= day.month <= 10:
            return "Ausgabe in Hameln: dienstags und freitags 14–16 Uhr, Kastanienweg 7"
        return "Ausgabe in Hameln: dienstags und freitags 13–15 Uhr (Winterzeiten)"

    corona = [_span("2020-03-18", "2020-05-10", "Die Ausgabe ruht wegen Corona. Wir bringen "
                                                "Tüten zu Menschen in Quarantäne."),
              _span("2020-05-11", END, "Ausgabe nur nach Terminvergabe, mit Mund-Nasen-Schutz "
                                       "und Abstand")]
    pause = _yearly("12-24", 1, 10, lambda y: f"Weihnachtspause: letzte Ausgabe am 22. "
                                             f"Dezember, wieder ab 4. Januar {y + 1}",
                    years=range(2014, 2020))
    return _calendar(base, corona, pause)


@cache
def _tw_hinweis() -> Wordings:
    base = _steps((_OLD, "Wir suchen ehrenamtliche Fahrerinnen und Fahrer für unsere "
                         "Kühlwagen."),
                  (TW_EHRENAMT.isoformat(), "Ehrenamt bei der Tafel: Fahrdienst, Sortieren, "
                                            "Ausgabe – melden Sie sich gern bei uns."))
    stopp = [_span("2016-02-01", "2016-08-31", "Aufnahmestopp: Derzeit können wir keine "
                                               "neuen Kundinnen und Kunden aufnehmen.")]
    corona = [_span("2020-03-18", "2020-05-10", "Corona: Wir suchen jüngere Helferinnen und "
                                                "Helfer für den Lieferdienst.")]
    pakete = _yearly("11-28", 13, 12, lambda y: f"🎁 Weihnachtspäckchen {y}: Abgabe bis 10. "
                                                f"Dezember in allen Ausgabestellen")
    return _calendar(base, stopp, corona, pakete)


def weserbergland_style() -> PublisherStyle:
    """A German Tafel: a section from a pool, the numeric date turned "Veröffentlicht am"
    with the long date and the time on 1 March 2019 (a wording per day), "Von" turned "Text
    und Foto:", the food rescued in the week to Saturday (a wording per week), "Lesen Sie
    auch:" and a photo credit mid-body, the distribution hours by summer and winter, turned
    by the Christmas break and the pandemic, a volunteers line reworded in 2018 and turned by
    the 2016 stop on new customers, the Christmas parcels and the pandemic, the simplified
    receipt up to 200 euros turned 300 in 2020, the bank line, the imprint and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="tafel-weserbergland.de", site="Tafel Weserbergland", base_size=195,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "ausgabestellen", "spenden", "ehrenamt"),
        n_authors=4, url_path="/{section}/{slug}.html",
        pools={
            "rubrik": ("Aktuelles", "Ausgabestellen", "Spenden", "Ehrenamt", "Presse",
                       "Termine"),
            "foto": ("Tafel Weserbergland", "privat", "Dewezet", "Heike Sander"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_tw_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}"),
               (TW_REDESIGN.isoformat(), "Text und Foto: {author}")),
            _f("woche", HEADER, 0.2, *_by_day(_tw_woche)),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("ausgabe", FOOTER, 0.35, *_tw_ausgabe()),
            _f("hinweis", FOOTER, 0.3, *_tw_hinweis()),
            _f("beleg", FOOTER, 0.25,
               (_OLD, "Für Spenden bis 200 Euro genügt dem Finanzamt der Kontoauszug als "
                      "Nachweis."),
               (TW_BELEG.isoformat(), "Für Spenden bis 300 Euro reicht als Nachweis der "
                                      "Kontoauszug, eine Spendenquittung senden wir gern "
                                      "zu.")),
            _f("konto", FOOTER, 0.4, (_OLD, "Spendenkonto: Sparkasse Hameln-Weserbergland, "
                                            "IBAN DE00 2545 0000 0000 0471 12")),
            _f("impressum", FOOTER, 0.35, (_OLD, "Tafel Weserbergland e.V. · Amtsgericht "
                                                 "Hannover VR 100472 · als gemeinnützig "
                                                 "anerkannt")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tafel Weserbergland e.V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Ausgabestelle in Bad Pyrmont "
                                                 "öffnet erst um 15 Uhr.")),
        ),
    )


# --- an American regional food bank -------------------------------------------------------

HR_REDESIGN = dt.date(2018, 11, 27)  # relaunched on #GivingTuesday 2018
HR_VOLUNTEER = dt.date(2017, 1, 9)
HR_MEALS = (("2010-01-01", "3"), ("2017-07-01", "4"), ("2019-07-01", "5"))
HR_GOALS = {2015: 450_000, 2016: 480_000, 2017: 500_000, 2018: 550_000, 2019: 600_000,
            2020: 900_000}


def _hr_dated(day: dt.date) -> str:
    if day < HR_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def hr_raised(day: dt.date) -> int:
    """Made-up dollars raised by the Holiday Meal Drive (1 November to 31 December) so far."""
    goal = HR_GOALS[day.year]
    frac = ((day - dt.date(day.year, 11, 1)).days + 1) / 61
    return int(goal * 1.04 * frac ** 1.3) // 25 * 25


def _hr_drive(day: dt.date) -> str:
    if day.month in (11, 12) and day.year in HR_GOALS:
        return (f"🍽️ Holiday Meal Drive {day.year}: ${hr_raised(day):,} raised of our "
                f"${HR_GOALS[day.year]:,} goal")
    return "Hunger doesn't take a holiday. Your gift feeds neighbors all year long."


@cache
def _hr_notice() -> Wordings:
    base = _steps((_OLD, "Volunteer with us: warehouse shifts Monday through Saturday"),
                  (HR_VOLUNTEER.isoformat(), "Give three hours, pack 900 meals. Sign up for a "
                                             "volunteer shift today."))
    covid = [_span("2020-03-13", "2020-07-31", "COVID-19: drive-thru food distributions at "
                                               "the county fairgrounds every Saturday, "
                                               "9am-noon")]
    giving = [(giving_tuesday(y) - 6 * ONE, giving_tuesday(y) + ONE,
               f"#GivingTuesday is {MONTHS[giving_tuesday(y).month - 1]} "
               f"{giving_tuesday(y).day}: every gift matched up to $50,000")
              for y in YEARS]
    turkeys = [(dt.date(y, 11, 1), thanksgiving(y) - ONE,
                f"🦃 Turkey Drive {y}: drop off frozen turkeys at our warehouse through "
                f"November {(thanksgiving(y) - 2 * ONE).day}") for y in YEARS]
    hunger = _yearly("09-01", 0, 29, lambda y: f"🧡 Hunger Action Month {y}: wear orange and "
                                               f"help us speak up about hunger")
    return _calendar(base, covid, giving, turkeys, hunger)


def harvestridge_style() -> PublisherStyle:
    """An American regional food bank: the short date turned the weekday and the long date
    on #GivingTuesday 2018 (a wording per day), "By", the Holiday Meal Drive's total raised
    so far each day of November and December against the year's goal (a wording per day),
    "DONATE NOW" buttons up to twice, "You might also like:" and a mobile pantry stop from a
    pool mid-body, the meals each dollar provides (3, then 4 in 2017 and 5 in 2019), a
    volunteer line reworded in 2017 and turned by Hunger Action Month, the turkey drives,
    #GivingTuesday with its date and the pandemic's drive-thru distributions, a 2-1-1 line,
    the nonprofit line, the equal-opportunity statement and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="harvestridgefoodbank.org", site="Harvest Ridge Food Bank", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "stories", "advocacy", "events"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"pantry": ("1st Tuesday, Grace Lutheran Church, Millbrook, 10am-noon",
                          "2nd Thursday, Oak Hill Elementary, 3:30-5pm",
                          "3rd Saturday, Riverside Fire Hall, 9-11am",
                          "Every Wednesday, Senior Center, Dalton, 1-3pm",
                          "4th Friday, Westgate Plaza parking lot, 4-6pm")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hr_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("drive", HEADER, 0.25, *_by_day(_hr_drive)),
            _f("donate", MIDDLE, 0.35, (_OLD, "DONATE NOW"), count=2),
            _f("also", MIDDLE, 0.3, (_OLD, "You might also like: {other_title}")),
            _f("pantry", MIDDLE, 0.2, (_OLD, "Mobile pantry: {pantry}")),
            _f("meals", FOOTER, 0.3, *table_wordings(HR_MEALS, lambda v: (
                f"Every $1 you give helps provide {v} meals for families in our seven-county "
                f"service area."))),
            _f("notice", FOOTER, 0.35, *_hr_notice()),
            _f("help", FOOTER, 0.25, (_OLD, "Need food? Call 2-1-1 or use our pantry locator "
                                            "to find help near you.")),
            _f("nonprofit", FOOTER, 0.4, (_OLD, "Harvest Ridge Food Bank is a 501(c)(3) "
                                                "nonprofit organization (EIN 00-0004712). "
                                                "Donations are tax-deductible to the extent "
                                                "allowed by law.")),
            _f("equal", FOOTER, 0.3, (_OLD, "This institution is an equal opportunity "
                                            "provider.")),
            _f("copyright", FOOTER, 0.8, (_OLD, "© {year} Harvest Ridge Food Bank. All Rights "
                                                "Reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the mobile pantry in Dalton "
                                                  "runs on Wednesdays, not Thursdays.")),
        ),
    )


# --- a Greek social grocery (in Greek) ----------------------------------------------------

AT_REDESIGN = dt.date(2018, 4, 8)  # Orthodox Easter 2018
AT_VOLUNTEERS = dt.date(2017, 9, 1)
AT_NEEDS = ("λάδι", "γάλα εβαπορέ", "φακές", "ρύζι", "μακαρόνια", "ζάχαρη", "τοματοχυμό",
            "κονσέρβες τόνου", "βρεφικό γάλα", "πάνες", "απορρυπαντικό", "οδοντόκρεμα",
            "αλεύρι", "φασόλια")


def _at_dated(day: dt.date) -> str:
    if day < AT_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{IMERES[day.weekday()]} {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def _at_needs(day: dt.date) -> str:
    items = pick(monday_of(day), "at-needs", AT_NEEDS, 4)
    return f"Αυτή την εβδομάδα χρειαζόμαστε: {', '.join(items)}."


@cache
def _at_programma() -> Wordings:
    def base(day: dt.date) -> str:
        return "Διανομή τροφίμων: Τρίτη και Πέμπτη 10:00–13:00, οδός Κομνηνών 14"

    summer = _yearly("08-01", 0, 20, lambda y: f"Κλειστά για θερινές διακοπές από 1 έως 21 "
                                               f"Αυγούστου {y}")
    covid = [_span("2020-03-23", "2020-05-04", "Λόγω των μέτρων η διανομή γίνεται με ραντεβού "
                                               "και κατ' οίκον σε ευπαθείς ομάδες"),
             _span("2020-11-07", END, "Lockdown: διανομή μόνο με ραντεβού, τηλ. 2310 555 120")]
    return _calendar(base, covid, summer)


@cache
def _at_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Γίνε εθελοντής στο κοινωνικό παντοπωλείο: τηλ. 2310 555 120"),
                  (AT_VOLUNTEERS.isoformat(), "Χρειαζόμαστε εθελοντές για τη διανομή κάθε "
                                              "Τρίτη και Πέμπτη – δήλωσε συμμετοχή online"))
    pascha = _movable(orthodox_easter, 16, -3, lambda y: f"Πασχαλινή συλλογή τροφίμων {y}: "
                                                         f"φέρτε τρόφιμα μακράς διαρκείας έως "
                                                         f"τη Μεγάλη Πέμπτη")
    christougenna = _yearly("12-24", 20, 0, lambda y: f"🎄 Χριστουγεννιάτικη συλλογή {y}: "
                                                      f"γεμίζουμε μαζί το καλάθι της "
                                                      f"αγάπης")
    fotia = [_span("2018-07-24", "2018-08-19", "Συγκεντρώνουμε είδη πρώτης ανάγκης για τους "
                                               "πυρόπληκτους της Ανατολικής Αττικής")]
    covid = [_span("2020-03-16", "2020-05-04", "#ΜένουμεΣπίτι: οι δωρεές τροφίμων "
                                               "παραλαμβάνονται μόνο Τρίτη πρωί")]
    return _calendar(base, covid, fotia, pascha, christougenna)


def thermaikos_style() -> PublisherStyle:
    """A Greek social grocery, in Greek: a category from a pool, the numeric date turned the
    weekday, the long date with the month in the genitive and the time on Orthodox Easter
    2018 (a wording per day), "Συντάκτης:", "Διαβάστε επίσης:" and a photo credit mid-body,
    the items needed this week (a wording per week), the distribution hours turned by the
    August closure and the lockdowns, a volunteers line reworded in 2017 and turned by each
    Orthodox Easter's food collection (to Holy Thursday), Christmas, the 2018 Attica fires
    and the pandemic, the 20 % tax credit line, the bank line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="allilegyi-thermaikou.gr", site="Αλληλεγγύη Θερμαϊκού", base_size=130,
        subdomains=(("www.", 100),),
        sections=("nea", "draseis", "ethelontismos", "doreies"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "katigoria": ("Νέα", "Δράσεις", "Εθελοντισμός", "Δωρεές", "Ανακοινώσεις"),
            "foto": ("Αλληλεγγύη Θερμαϊκού", "Αρχείο", "Εθελοντές", "Eurokinissi"),
        },
        families=(
            _f("katigoria", HEADER, 0.5, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_at_dated)),
            _f("syntaktis", HEADER, 0.4, (_OLD, "Συντάκτης: {author}")),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Φωτογραφία: {foto}")),
            _f("anagkes", FOOTER, 0.25, *_by_day(_at_needs)),
            _f("programma", FOOTER, 0.3, *_at_programma()),
            _f("anakoinosi", FOOTER, 0.3, *_at_anakoinosi()),
            _f("foros", FOOTER, 0.2, (_OLD, "Οι δωρεές άνω των 100 ευρώ μειώνουν τον φόρο "
                                            "εισοδήματος κατά 20% του ποσού τους.")),
            _f("iban", FOOTER, 0.35, (_OLD, "Λογαριασμός δωρεών: Τράπεζα Πειραιώς, IBAN GR00 "
                                            "0172 0000 0000 5512 0047 000")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Αλληλεγγύη Θερμαϊκού. Με την "
                                                "επιφύλαξη παντός δικαιώματος.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: η διανομή της Πέμπτης μεταφέρεται "
                                                 "στις 11:00.")),
        ),
    )


# --- an Indian meal charity (in Hindi) ----------------------------------------------------

AS_REDESIGN = dt.date(2019, 10, 27)  # Diwali 2019
AS_CASH = dt.date(2017, 4, 1)  # 80G: cash gifts over 2,000 rupees no longer deductible
AS_FCRA = dt.date(2020, 10, 1)
AS_MEAL = (("2010-01-01", "₹30"), ("2019-04-01", "₹40"))
AS_START = 3_120_000  # meals served before 1 January 2015
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


def _as_dated(day: dt.date) -> str:
    if day < AS_REDESIGN:
        return f"{day.day} {MAAH[day.month - 1]} {day.year}"
    return f"प्रकाशित: {DIN[day.weekday()]}, {day.day} {MAAH[day.month - 1]} {day.year}"


@cache
def _as_served() -> dict[dt.date, int]:
    out, total, day = {}, AS_START, FIRST_DAY
    while day <= LAST_DAY:
        daily = 1800 + 0.35 * (day - FIRST_DAY).days
        if dt.date(2020, 3, 25) <= day <= dt.date(2020, 6, 30):
            daily *= 4.5
        total += int(daily * (0.9 + 0.2 * noise(day, "as-meals")))
        out[day] = total
        day += ONE
    return out


def as_served(day: dt.date) -> int:
    """Made-up meals served up to and including `day`."""
    return _as_served()[day]


def _as_thali(day: dt.date) -> str:
    return f"अब तक परोसी गई थालियाँ: {lakh(as_served(day))}"


@cache
def _as_appeal() -> Wordings:
    def base(day: dt.date) -> str:
        return f"अन्नदान करें: {value_on(day, AS_MEAL)} में एक व्यक्ति को भरपेट भोजन"

    lockdown = [_span("2020-03-25", "2020-06-30", "लॉकडाउन: प्रवासी मज़दूरों और दिहाड़ी परिवारों "
                                                  "के लिए रोज़ भोजन वितरण – सहयोग करें")]
    diwali = [(iso_day(day, -12), iso_day(day, 2), f"दीपावली {y}: ज़रूरतमंद परिवारों तक राशन "
                                                   f"किट और मिठाई पहुँचाएँ")
              for y, day in DIWALI.items()]
    sardi = _yearly("12-15", 0, 47, lambda y: f"शीतलहर {y}–{str(y + 1)[2:]}: कंबल दान अभियान "
                                              f"में जुड़ें", years=range(2014, 2021))
    return _calendar(base, lockdown, diwali, sardi)


def annapurna_style() -> PublisherStyle:
    """An Indian meal charity, in Hindi: a section from a pool, the long date turned
    "प्रकाशित:" with the weekday on Diwali 2019 (a wording per day), "रिपोर्ट:", the meals
    served so far in Indian digit grouping (a wording per day, faster in the lockdown), "यह
    भी पढ़ें:" and a photo credit mid-body, an appeal with a meal's cost (raised in 2019)
    turned by Diwali, each winter's blanket drive and the lockdown, the 80G line with the
    cash limit lowered from 10,000 to 2,000 rupees in April 2017, the FCRA line reworded for
    the new Delhi account in October 2020, the contact line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="annapurnaseva.org.in", site="अन्नपूर्णा सेवा न्यास", base_size=110,
        subdomains=(("www.", 100),),
        sections=("samachar", "seva", "daan", "swayamsevak"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("समाचार", "सेवा कार्य", "दान", "स्वयंसेवक", "आयोजन"),
            "photo": ("अन्नपूर्णा सेवा न्यास", "स्वयंसेवक", "फाइल फोटो"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_as_dated)),
            _f("report", HEADER, 0.45, (_OLD, "रिपोर्ट: {author}")),
            _f("thali", HEADER, 0.25, *_daily(_as_thali)),
            _f("yeh-bhi", MIDDLE, 0.35, (_OLD, "यह भी पढ़ें: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "फोटो: {photo}")),
            _f("appeal", FOOTER, 0.35, *_as_appeal()),
            _f("kar", FOOTER, 0.3,
               (_OLD, "आयकर अधिनियम की धारा 80G के तहत दान पर 50% कर छूट। ₹10,000 से अधिक का "
                      "नकद दान छूट के योग्य नहीं।"),
               (AS_CASH.isoformat(), "धारा 80G के तहत दान पर 50% कर छूट। ₹2,000 से अधिक का दान "
                                     "कृपया चेक या ऑनलाइन दें।")),
            _f("fcra", FOOTER, 0.15,
               (_OLD, "विदेशी अंशदान FCRA पंजीकरण के अंतर्गत हमारे अलग खाते में स्वीकार किया "
                      "जाता है।"),
               (AS_FCRA.isoformat(), "विदेशी अंशदान अब केवल SBI, नई दिल्ली मुख्य शाखा के FCRA "
                                     "खाते में स्वीकार होगा।")),
            _f("sampark", FOOTER, 0.4, (_OLD, "संपर्क: 0141-2555120 | seva@annapurnaseva.org.in")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} अन्नपूर्णा सेवा न्यास। सर्वाधिकार "
                                                "सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: पिछली खबर में वितरण केंद्र का पता गलत छपा "
                                              "था।")),
        ),
    )


# --- a Filipino feeding programme (in Tagalog) --------------------------------------------

KP_REDESIGN = dt.date(2019, 6, 12)  # Independence Day 2019
KP_VOLUNTEER = dt.date(2017, 6, 1)
KP_GCASH = dt.date(2018, 6, 1)
KP_MEAL = (("2010-01-01", "₱15"), ("2018-01-01", "₱18"), ("2020-01-01", "₱20"))
KP_STORMS = (("2015-10-18", "2015-11-08", "Bagyong Lando"),
             ("2016-12-26", "2017-01-15", "Bagyong Nina"),
             ("2018-09-15", "2018-10-07", "Bagyong Ompong"),
             ("2020-11-01", "2020-11-30", "Bagyong Rolly at Ulysses"))


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year} | {{time12}}"


def kp_meals(week: dt.date) -> int:
    """Made-up hot meals served in the week of Monday `week`."""
    centres = 10 + (week.year - 2015)
    level = centres * 260 * (0.9 + 0.2 * noise(week, "kp-meals"))
    if week.month in (4, 5) and not (week.year == 2020):
        level *= 0.55  # school holidays
    return int(level)


def _kp_weekly(day: dt.date) -> str:
    week = monday_of(day)
    centres = 10 + (week.year - 2015)
    return (f"Ngayong linggo: {kp_meals(week):,} na mainit na pagkain ang naihain sa "
            f"{centres} feeding center")


@cache
def _kp_abiso() -> Wordings:
    base = _steps((_OLD, "Maging volunteer: tuwing Sabado ng umaga sa aming kusina sa Tondo"),
                  (KP_VOLUNTEER.isoformat(), "Mag-volunteer sa aming feeding program: "
                                             "mag-sign up sa aming website"))
    storms = [_span(first, last, f"🌀 {name}: tumatanggap kami ng bigas, de-lata at tubig para "
                                 f"sa mga nasalanta") for first, last, name in KP_STORMS]
    lockdown = [
        _span("2020-01-12", "2020-02-09", "🌋 Pagputok ng Bulkang Taal: relief packs para sa "
                                          "mga evacuee sa Batangas"),
        _span("2020-03-16", "2020-05-31", "ECQ: tuloy ang pamimigay namin ng food packs sa mga "
                                          "komunidad"),
    ]
    noche = _yearly("12-24", 23, 0, lambda y: f"🎄 Noche Buena para sa Lahat {y}: mag-donate ng "
                                              f"isang food pack")
    return _calendar(base, storms, lockdown, noche)


def kusina_style() -> PublisherStyle:
    """A Filipino feeding programme, in Tagalog: the long date turned the weekday and the
    twelve-hour time on Independence Day 2019 (a wording per day), "Ni", the hot meals
    served this week and the number of feeding centres, growing each year (a wording per
    week), "Basahin din:" and a photo credit mid-body, a meal's cost in pesos (raised in 2018
    and 2020), a volunteers line reworded in 2017 and turned by the typhoons, Taal's
    eruption, the ECQ and each Noche Buena drive, the PCNC line, the donation line reworded
    for GCash in 2018, the SEC line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kusinangpagasa.org", site="Kusina ng Pag-asa", base_size=90,
        subdomains=(("www.", 100),),
        sections=("balita", "kwento", "programa", "donasyon"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"larawan": ("Kusina ng Pag-asa", "mga volunteer", "Jun Dela Cruz"),
               "iskedyul": ("Lunes: pamamalengke", "Miyerkules: pagluluto",
                            "Biyernes: pamimigay ng pagkain", "Sabado: feeding sa Tondo")},
        families=(
            _f("petsa", HEADER, 0.85, *_by_day(_kp_dated)),
            _f("ni", HEADER, 0.45, (_OLD, "Ni {author}")),
            _f("linggo", HEADER, 0.2, *_by_day(_kp_weekly)),
            _f("basahin", MIDDLE, 0.3, (_OLD, "Basahin din: {other_title}")),
            _f("larawan", MIDDLE, 0.25, (_OLD, "Larawan: {larawan}")),
            _f("iskedyul", FOOTER, 0.2, (_OLD, "Iskedyul ng mga volunteer: {iskedyul_list}")),
            _f("halaga", FOOTER, 0.3, *table_wordings(KP_MEAL, lambda v: (
                f"{v} lang ang isang mainit at masustansyang pagkain para sa isang bata."))),
            _f("abiso", FOOTER, 0.3, *_kp_abiso()),
            _f("pcnc", FOOTER, 0.2, (_OLD, "Kami ay accredited ng PCNC: ang inyong donasyon ay "
                                           "maaaring ibawas sa inyong buwis.")),
            _f("bayad", FOOTER, 0.35,
               (_OLD, "Para mag-donate: BDO Savings Acct. No. 0000 4471 2000, Kusina ng "
                      "Pag-asa Foundation, Inc."),
               (KP_GCASH.isoformat(), "Para mag-donate: GCash 0917 000 4712 o BDO Acct. No. "
                                      "0000 4471 2000")),
            _f("sec", FOOTER, 0.3, (_OLD, "SEC Reg. No. CN200700471 · Tondo, Maynila")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kusina ng Pag-asa Foundation, Inc. "
                                                "Lahat ng karapatan ay nakalaan.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "Pagwawasto: sa Sabado, hindi Linggo, ang "
                                                  "pamimigay ng pagkain.")),
        ),
    )


# --- a London homelessness charity --------------------------------------------------------

HH_REDESIGN = dt.date(2017, 12, 1)
HH_BED = (("2010-01-01", "£16"), ("2016-04-01", "£18"), ("2018-04-01", "£20"),
          ("2020-04-01", "£22"))
HH_GOALS = {2014: 500_000, 2015: 550_000, 2016: 600_000, 2017: 650_000, 2018: 700_000,
            2019: 750_000, 2020: 1_000_000}
ROUGH_SLEEPING = (("2014-06-26", "6,508", "2013/14"), ("2015-06-25", "7,581", "2014/15"),
                  ("2016-06-29", "8,096", "2015/16"), ("2017-06-29", "8,108", "2016/17"),
                  ("2018-06-28", "7,484", "2017/18"), ("2019-06-19", "8,855", "2018/19"),
                  ("2020-06-30", "10,726", "2019/20"))


def _hh_dated(day: dt.date) -> str:
    if day < HH_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year} · {{read_min}} min read"


def hh_appeal_year(day: dt.date) -> int | None:
    """The year of the Christmas Appeal running on `day` (15 November to 6 January)."""
    if (day.month, day.day) >= (11, 15):
        return day.year
    if day.month == 1 and day.day <= 6:
        return day.year - 1
    return None


def hh_raised(day: dt.date) -> int:
    """Made-up pounds raised by the Christmas Appeal so far on `day`."""
    y = hh_appeal_year(day)
    assert y is not None
    frac = ((day - dt.date(y, 11, 15)).days + 1) / 53
    return int(HH_GOALS[y] * 1.07 * frac ** 0.9) // 10 * 10


def _hh_appeal(day: dt.date) -> str:
    y = hh_appeal_year(day)
    if y is not None:
        return (f"🎄 Christmas Appeal {y}: £{hh_raised(day):,} raised so far towards our "
                f"£{HH_GOALS[y]:,} target")
    return (f"{value_on(day, HH_BED)} could give someone a safe bed for the night. Please "
            f"give what you can.")


@cache
def _hh_volunteer() -> Wordings:
    base = _steps((_OLD, "Volunteer with us: roles at our day centres all year round"))
    centres = _yearly("10-31", 30, 30, lambda y: f"Volunteer at our Christmas centres {y}: "
                                                 f"sign up by 30 November")
    return _calendar(base, centres)


def hearth_style() -> PublisherStyle:
    """A London homelessness charity: the long date turned the short date and the reading
    time on 1 December 2017 (a wording per day), "Words by", a names-changed line, the
    Christmas Appeal's total raised so far each day from 15 November to 6 January (a wording
    per day) and otherwise the cost of a bed for a night (rising each April), "Read next:"
    and an image credit mid-body, the people met sleeping rough in London in the last year
    (changing each June), a volunteers line turned by the Christmas centres' sign-up, a Gift
    Aid line, "ENDS", the about line, the press office line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="hearthandhome.org.uk", site="Hearth & Home", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "stories", "press-releases", "campaigns"),
        n_authors=3, url_path="/about-us/{section}/{slug}",
        pools={"image": ("Hearth & Home", "Sam Okafor", "Getty Images")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hh_dated)),
            _f("words", HEADER, 0.4, (_OLD, "Words by {author}")),
            _f("names", HEADER, 0.1, (_OLD, "Some names have been changed to protect people's "
                                            "identities.")),
            _f("appeal", HEADER, 0.3, *_by_day(_hh_appeal)),
            _f("read-next", MIDDLE, 0.3, (_OLD, "Read next: {other_title}")),
            _f("image", MIDDLE, 0.2, (_OLD, "Image: {image}")),
            _f("count", FOOTER, 0.2, *table_wordings(
                tuple((start, f"{people} people sleeping rough in London in {year}")
                      for start, people, year in ROUGH_SLEEPING),
                lambda v: f"Outreach workers met {v}.")),
            _f("volunteer", FOOTER, 0.25, *_hh_volunteer()),
            _f("gift-aid", FOOTER, 0.2, (_OLD, "Boost your donation by 25% with Gift Aid, at "
                                               "no extra cost to you.")),
            _f("ends", FOOTER, 0.4, (_OLD, "ENDS")),
            _f("about", FOOTER, 0.45, (_OLD, "Hearth & Home is a registered charity (no. "
                                             "1098765) working with people who are homeless "
                                             "in London since 1987.")),
            _f("press", FOOTER, 0.45, (_OLD, "Press office: 020 7946 0471 or "
                                             "press@hearthandhome.org.uk")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Hearth & Home")),
            _f("correction", HEADER, 0.04, (_OLD, "This article was updated to correct the "
                                                  "number of beds at our Lambeth hostel.")),
        ),
    )


# --- a Belgian food aid association -------------------------------------------------------

SA_REDESIGN = dt.date(2020, 1, 6)
SA_SIXTY = dt.date(2020, 7, 1)  # 60 % for gifts made in 2020 (voted that summer)
SA_FIRST_CAMPAIGN = 1994  # the 1st winter campaign ran 1995-1996: the 21st in 2015-2016


def _sa_dated(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"


def sa_campaign(day: dt.date) -> int | None:
    """The number of the winter campaign running on `day` (1 November to 31 March)."""
    if day.month >= 11:
        return day.year - SA_FIRST_CAMPAIGN
    if day.month <= 3:
        return day.year - 1 - SA_FIRST_CAMPAIGN
    return None


def _sa_campagne(day: dt.date) -> str:
    if dt.date(2020, 3, 18) <= day <= dt.date(2020, 5, 17):
        return "Confinement : colis distribués uniquement sur rendez-vous, le mercredi"
    n = sa_campaign(day)
    if n is not None:
        start = SA_FIRST_CAMPAIGN + n
        return (f"{n}e campagne d'hiver : distributions du 2 novembre {start} au 31 mars "
                f"{start + 1}")
    return "Campagne d'été : colis tous les mercredis de 9 h à 11 h 30"


def solidarite_style() -> PublisherStyle:
    """A Belgian food aid association: the numeric date and time turned "Publié le" with the
    weekday and the long date on 6 January 2020 (a wording per day), "Par", the winter
    campaign by its number (from 1 November to 31 March, changing each year) and the summer
    campaign, turned by the lockdown, "Lire aussi :" and a distribution point from a pool
    mid-body, the tax reduction for gifts of 40 euros (45 %, 60 % for 2020), the bank line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="solidarite-alimentaire.be", site="Solidarité Alimentaire Liège", base_size=55,
        subdomains=(("www.", 100),),
        sections=("actualites", "campagnes", "benevoles"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"point": ("Liège-Centre, rue Saint-Gilles 88", "Seraing, place Kuborn 3",
                         "Herstal, rue Large Voie 12", "Ans, rue de l'Église 40"),
               "auteur_photo": ("Solidarité Alimentaire Liège", "Belga", "DR"),
               "tournante": ("tri le lundi", "ramasse le mardi", "distribution le mercredi",
                             "accueil le jeudi")},
        families=(
            _f("date", HEADER, 0.85, *_by_day(_sa_dated)),
            _f("auteur", HEADER, 0.35, (_OLD, "Par {author}")),
            _f("campagne", HEADER, 0.3, *_by_day(_sa_campagne)),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}")),
            _f("point", MIDDLE, 0.2, (_OLD, "Point de distribution : {point}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {auteur_photo}")),
            _f("tournante", FOOTER, 0.2, (_OLD, "Tournante des bénévoles : {tournante_list}")),
            _f("reduction", FOOTER, 0.3,
               (_OLD, "Tout don d'au moins 40 € par an donne droit à une réduction d'impôt de "
                      "45 % du montant versé."),
               (SA_SIXTY.isoformat(), "Pour vos dons de 2020 (40 € minimum), la réduction "
                                      "d'impôt passe à 60 % du montant versé.")),
            _f("compte", FOOTER, 0.4, (_OLD, "Compte : BE00 0000 0471 2224 – communication "
                                             "« don »")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Solidarité Alimentaire Liège asbl")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : la distribution de Seraing "
                                                    "a lieu le jeudi.")),
        ),
    )


# --- an Austrian social supermarket -------------------------------------------------------

SM_REDESIGN = dt.date(2018, 1, 1)
SM_MELDUNG = dt.date(2017, 1, 1)  # gifts reported to the tax office automatically
RICHTSATZ = (("2015-01-01", "872,31"), ("2016-01-01", "882,78"),
             ("2017-01-01", "889,84"), ("2018-01-01", "909,42"), ("2019-01-01", "933,06"),
             ("2020-01-01", "966,65"))


def _sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day}. {MONATE_AT[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"


@cache
def _sm_oeffnung() -> Wordings:
    def base(day: dt.date) -> str:
        return "Öffnungszeiten: Mo–Fr 9–12 Uhr, Do zusätzlich 14–17 Uhr"

    ferien = _yearly("12-24", 0, 13, lambda y: f"Weihnachtsferien: geschlossen bis 6. Jänner "
                                               f"{y + 1}", years=range(2014, 2021))
    corona = [_span("2020-03-16", "2020-05-03", "Corona: Einkauf nur mit Maske und einzeln, "
                                                "bitte vor dem Geschäft warten"),
              _span("2020-11-17", "2020-12-06", "Lockdown: Wir bleiben offen, Einlass nur mit "
                                                "FFP2-Maske")]
    return _calendar(base, corona, ferien)


def sozialmarkt_style() -> PublisherStyle:
    """An Austrian social supermarket: the long date with "Jänner" turned the numeric date
    and the time on New Year's Day 2018 (a wording per day), the opening hours turned by the
    Christmas holidays and the lockdowns, "Mehr zum Thema:" mid-body, the income limit for a
    shopping pass (changing each January), the tax-deductibility line reworded for automatic
    reporting in 2017, "Stand:" with the day's date (a wording per day), the bank line and
    the imprint (a block), a rare correction."""
    return PublisherStyle(
        domain="sozialmarkt-sued.at", site="Sozialmarkt Süd", base_size=40,
        subdomains=(("www.", 100),),
        sections=("aktuell", "einkaufen", "spenden"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"dienst": ("Kassa", "Regalbetreuung", "Abholung bei Partnerbetrieben",
                          "Warenannahme"),
               "bild": ("Sozialmarkt Süd", "privat", "Pixabay")},
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_sm_dated)),
            _f("oeffnung", HEADER, 0.3, *_sm_oeffnung()),
            _f("thema", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Bild: {bild}")),
            _f("dienst", FOOTER, 0.2, (_OLD, "Ehrenamtliche gesucht für: {dienst_list}")),
            _f("grenze", FOOTER, 0.25, *table_wordings(RICHTSATZ, lambda v: (
                f"Einkaufsberechtigt mit Sozialmarkt-Pass: Nettoeinkommen bis € {v} im Monat "
                f"(Einzelperson)"))),
            _f("absetzbar", FOOTER, 0.3,
               (_OLD, "Ihre Spende ist steuerlich absetzbar (Reg.-Nr. SO 4712)."),
               (SM_MELDUNG.isoformat(), "Ihre Spende ist steuerlich absetzbar: Bitte geben Sie "
                                        "Vor- und Zuname und Geburtsdatum an, wir melden sie "
                                        "dem Finanzamt.")),
            _f("stand", FOOTER, 0.3, *_daily(
                lambda day: f"Stand: {day.day:02d}.{day.month:02d}.{day.year}")),
            _f("konto", FOOTER, 0.4, (_OLD, "Spendenkonto: Steiermärkische Sparkasse, IBAN "
                                            "AT00 2081 5000 0047 1224")),
            _f("impressum", FOOTER, 0.4, (_OLD, "Verein Sozialmarkt Süd, ZVR 000471224, "
                                                "Leibnitz")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Markt in Wagna öffnet "
                                                 "bereits um 8 Uhr.")),
        ),
    )


# --- the charitable fund of a Greek parish (in Greek) -------------------------------------

FA_REDESIGN = dt.date(2019, 9, 1)


def _fa_dated(day: dt.date) -> str:
    if day < FA_REDESIGN:
        return f"{IMERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


@cache
def _fa_syssitio() -> Wordings:
    def base(day: dt.date) -> str:
        return "Συσσίτιο: καθημερινά 12:30–14:00 στην αίθουσα της ενορίας"

    sarakosti = _movable(orthodox_easter, 48, -2, lambda y: f"Μεγάλη Σαρακοστή {y}: το "
                                                            f"συσσίτιο σερβίρει νηστίσιμα")
    dekapentavgoustos = _yearly("08-08", 7, 7, lambda y: "Δεκαπενταύγουστος: νηστίσιμο "
                                                         "συσσίτιο έως τις 15 Αυγούστου")
    covid = [_span("2020-03-23", "2020-05-04", "Λόγω των μέτρων το συσσίτιο δίνεται σε "
                                               "μερίδες για το σπίτι")]
    return _calendar(base, covid, sarakosti, dekapentavgoustos)


@cache
def _fa_demata() -> Wordings:
    base = _steps((_OLD, "Δεχόμαστε τρόφιμα, ρούχα και είδη πρώτης ανάγκης κάθε πρωί στο "
                         "γραφείο της ενορίας"))
    christougenna = _yearly("12-23", 18, 0, lambda y: f"Δέματα αγάπης Χριστουγέννων {y}: "
                                                      f"διανομή στις 23 Δεκεμβρίου")
    pascha = _movable(orthodox_easter, 12, -1, lambda y: f"Πασχαλινά δέματα αγάπης {y}: "
                                                         f"διανομή το Μεγάλο Σάββατο")
    return _calendar(base, christougenna, pascha)


def filoptoxos_style() -> PublisherStyle:
    """The charitable fund of a Greek parish, in Greek: the weekday and the long date turned
    the short numeric date on 1 September 2019 (a wording per day), the soup kitchen's
    hours turned by Great Lent (from Clean Monday), the Dekapentavgoustos fast and the
    lockdown, a parcels line turned by the Christmas and Easter parcels, a receipt line, the
    bank line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="filoptoxos-agiasofias.gr", site="Φιλόπτωχος Αγίας Σοφίας", base_size=30,
        subdomains=(("www.", 100),),
        sections=("nea", "syssitio", "draseis"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"vardia": ("Δευτέρα πρωί: μαγειρείο", "Τετάρτη πρωί: σερβίρισμα",
                          "Παρασκευή απόγευμα: παραλαβή τροφίμων", "Σάββατο πρωί: δέματα")},
        families=(
            _f("imerominia", HEADER, 0.85, *_by_day(_fa_dated)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Φωτογραφία: Αρχείο ενορίας")),
            _f("vardia", FOOTER, 0.2, (_OLD, "Βάρδιες εθελοντών αυτή την εβδομάδα: "
                                             "{vardia_list}")),
            _f("syssitio", FOOTER, 0.35, *_fa_syssitio()),
            _f("demata", FOOTER, 0.3, *_fa_demata()),
            _f("apodeixi", FOOTER, 0.2, (_OLD, "Για κάθε δωρεά εκδίδεται απόδειξη, που "
                                               "εκπίπτει από τη φορολογική σας δήλωση.")),
            _f("iban", FOOTER, 0.4, (_OLD, "Δωρεές: Εθνική Τράπεζα, IBAN GR00 0110 0000 0000 "
                                           "0047 1224 000")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Φιλόπτωχος Αγίας Σοφίας")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: η διανομή των δεμάτων γίνεται μετά "
                                                 "τη Θεία Λειτουργία.")),
        ),
    )


# --- an Irish charity ---------------------------------------------------------------------


@cache
def _sc_appeal() -> Wordings:
    base = _steps((_OLD, "Need help, or want to volunteer? Contact your local branch on "
                         "01 555 0471."))
    covid = [_span("2020-03-12", "2020-06-30", "COVID-19: our helpline is open Monday to "
                                               "Friday, 10am to 1pm")]
    christmas = _yearly("11-10", 0, 51, lambda y: f"Christmas Appeal {y}: text COLUMBA to "
                                                  f"50300 to donate €4")
    school = [(nth_or_last_weekday(y, 7, 0, -1), dt.date(y, 9, 1),
               f"Back to school {y}: help a family with the cost of uniforms and books")
              for y in YEARS]
    return _calendar(base, covid, christmas, school)


def stcolumba_style() -> PublisherStyle:
    """An Irish charity: the long date (a wording per day), an appeal line turned by each
    Christmas Appeal's text-to-give number, back to school and the pandemic, the tax relief
    line, the registered-charity line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="stcolumbasaid.ie", site="St Columba's Aid", base_size=25,
        subdomains=(("www.", 100),),
        sections=("news", "appeals"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"{day.day} {MONTHS[day.month - 1]} {day.year}")),
            _f("byline", HEADER, 0.4, (_OLD, "By {author}")),
            _f("donate", MIDDLE, 0.25, (_OLD, "Donate now")),
            _f("appeal", FOOTER, 0.35, *_sc_appeal()),
            _f("relief", FOOTER, 0.2, (_OLD, "Gifts of €250 or more in a year qualify for tax "
                                             "relief under the Charitable Donations "
                                             "Scheme.")),
            _f("rcn", FOOTER, 0.4, (_OLD, "St Columba's Aid CLG · Registered Charity Number "
                                          "20047122 · CHY 4712")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} St Columba's Aid")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the collection in Drumcondra is "
                                                  "on Saturday.")),
        ),
    )


def heldout224_styles() -> list[PublisherStyle]:
    """The held-back-224 styles, in the order the generator hands them to publishers."""
    return [
        lardertrust_style(), valdorne_style(), weserbergland_style(), harvestridge_style(),
        thermaikos_style(), annapurna_style(), kusina_style(), hearth_style(),
        solidarite_style(), sozialmarkt_style(), filoptoxos_style(), stcolumba_style(),
    ]
