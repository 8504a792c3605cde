"""The ``held-back-159`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
drink-responsibly line or an advertisement marker. The publishers are wine, beer and spirits
trade papers, hospitality-industry newsletters, winery and brewery blogs and a
drinks-competition site in English, French, Italian, Spanish, German, Portuguese and
Georgian: a British wine and spirits trade paper, a French wine trade paper, a British pub
and bar trade newsletter, an Italian wine magazine, a German brewing trade news site, a
Spanish hospitality-industry newsletter, a Portuguese wine magazine, a Georgian wine news site
(in Georgian script), an international spirits competition, an American craft brewery's blog,
a sherry bodega's blog in Jerez and a German family winery's pages. The families are the
kinds a crawl of such sites holds: dates localised day by day in English (American, AP and
British orders, ordinals), French, Italian, Spanish, German, Portuguese (month names
capitalised before the spelling reform, lower case after it) and Georgian, several changing
form on the day of a redesign; lines that turn every week (a newsletter's issue number and
Thursday, the bulk price of Bordeaux by the tonneau, the price of malting barley by calendar
week with its harvest year); drink-responsibly, age-gate and under-age-sale notices (some
reworded: Britain's 14-unit guidance of January 2016, Georgian and Spanish sale-to-minors
lines); tasting-note blocks (appellation, vintage, ABV, price per bottle and score, on 100 and
on 20), medal lines, beers on tap with their ABV, the current estate wine with its vintage
that turns each spring; amounts that change over the years (British wine duty, the British
minimum wage and National Living Wage, the Spanish minimum wage, German beer sales, the
Georgian Rkatsiteli grape price each harvest, a competition's entry fee, growler fills,
German VAT cut for the second half of 2020); notices that follow the calendars of the trade
(ProWein, the London Wine Fair, Dry January, the Bordeaux primeurs week, Vinexpo, Beaujolais
nouveau on the third Thursday of November, Vinitaly, Calici di Stelle on San Lorenzo's night,
the Tag des Deutschen Bieres and the Reinheitsgebot's 500 years, Oktoberfest, BrauBeviale and
drinktec, FITUR, the Día de la Tapa, Essência do Vinho, São Martinho, the Georgian rtveli,
New Wine Festival and Orthodox Easter, the Great British Beer Festival, St Patrick's Day, the
Great American Beer Festival, a brewery's anniversary, Thanksgiving, the Feria del Caballo,
the Jerez vendimia, International Sherry Week, a winery's Hoffest, Christmas order deadlines,
the American tariffs on French wine, the competition's entry, judging and results season) and
the pandemic's closures, reopenings, Eat Out to Help Out and curfews; taproom hours that turn
with the seasons; multi-line blocks (publisher and copyright lines, unsubscribe and address
lines, imprints, press-register lines, tasting sheets), mid-body inserts (related links,
advertisement markers, photo credits, sponsors, some up to two times), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's. The
prices, grape prices, barley prices and sales figures are made up or rounded, as a site of the
kind would print them; they are not data.
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
    iso_day,
    nth_weekday,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
TAGE_KURZ = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
TVEEBI = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
          "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
DGHEEBI = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def along(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A made-up level through `anchors` ((ISO day, value), ...), straight between them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day of the table."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`: a weekly newsletter's issue day."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def third_thursday_of_november(y: int) -> dt.date:
    """Beaujolais nouveau day."""
    return nth_weekday(y, 11, 3, 3)


def euro(amount: float) -> str:
    """A whole number of euros as French sites print it: ``1 250``."""
    return f"{round(amount):,}".replace(",", " ")


def comma(amount: float, places: int = 2) -> str:
    """A decimal with a decimal comma: ``12,50``."""
    return f"{amount:.{places}f}".replace(".", ",")


# --- a British wine and spirits trade paper -----------------------------------------------

CL_REDESIGN = dt.date(2018, 9, 3)
CL_NEWSLETTER = dt.date(2017, 2, 6)
CL_UNITS = dt.date(2016, 1, 8)  # the Chief Medical Officers' 14-unit guidance
WINE_DUTY = (("2014-03-24", "£2.05"), ("2017-03-13", "£2.16"), ("2019-02-01", "£2.23"))
PROWEIN = (("2015-03-15", "2015-03-17"), ("2016-03-13", "2016-03-15"),
           ("2017-03-19", "2017-03-21"), ("2018-03-18", "2018-03-20"),
           ("2019-03-17", "2019-03-19"))
LONDON_WINE_FAIR = (("2015-05-18", "2015-05-20"), ("2016-05-16", "2016-05-18"),
                    ("2017-05-22", "2017-05-24"), ("2018-05-21", "2018-05-23"),
                    ("2019-05-20", "2019-05-22"))


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _cl_notice() -> Wordings:
    base = _steps((_OLD, "Get Ledger Daily: the wine and spirits trade's news in your inbox "
                         "at 7am"),
                  (CL_NEWSLETTER.isoformat(), "📬 Ledger Daily: news, prices and people moves, "
                                              "every weekday morning. Sign up free"))
    fairs = [_span(first, last, f"🍷 ProWein {first[:4]}: our reports from the halls in "
                                f"Düsseldorf") for first, last in PROWEIN]
    fairs += [_span(first, last, f"🥂 London Wine Fair {first[:4]}: live from Olympia")
              for first, last in LONDON_WINE_FAIR]
    dry = _yearly("01-01", 0, 30, lambda y: f"🍋 Dry January {y}: our no- and low-alcohol "
                                           f"hub for the trade")
    news = [
        _span("2020-03-01", "2020-03-14", "ProWein 2020 is cancelled: what it means for "
                                          "spring buying"),
        _span("2020-03-20", "2020-07-03", "🦠 Coronavirus: our tracker of the on-trade "
                                          "shutdown and off-trade sales"),
    ]
    return _calendar(base, news, fairs, dry)


def cellarledger_style() -> PublisherStyle:
    """A British wine and spirits trade paper: a topic kicker, the American-order date turned
    the weekday and the British order on 3 September 2018 (a wording per day), "By" turned
    the writer with the beat, a subscriber marker, the British duty on a bottle of still wine
    (changing in 2017 and 2019), a tasting score with a drinking window from pools, photo
    credits, "Related:" and advertisement markers up to twice, a newsletter appeal reworded
    in 2017 and turned by ProWein, the London Wine Fair, Dry January each year and the
    pandemic, the drink-responsibly line reworded on the day of the 14-unit guidance, the
    publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cellarledger.com", site="The Cellar Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("wine", "spirits", "beer-cider", "on-trade", "off-trade", "people"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("WINE", "SPIRITS", "BEER & CIDER", "ON-TRADE", "OFF-TRADE", "PEOPLE",
                       "EVENTS"),
            "beat": ("Wine Editor", "Spirits Correspondent", "Retail Reporter",
                     "On-Trade Editor", "Bordeaux Correspondent", "News Editor"),
            "photo": ("The Cellar Ledger", "Shutterstock", "the producer", "Getty Images",
                      "the importer"),
            "score": ("92/100", "90/100", "94/100", "89/100", "96/100", "91/100"),
            "window": ("now to 2022", "2020 to 2030", "now to 2025", "2023 to 2035",
                       "drink now"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (CL_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("premium", HEADER, 0.15, (_OLD, "Subscriber-only article"),
               (CL_REDESIGN.isoformat(), "🔒 Ledger Pro · for subscribers")),
            _f("duty", HEADER, 0.12, *from_table(WINE_DUTY, lambda v: (
                f"UK duty on a 75cl bottle of still wine (up to 15% abv): {v}"))),
            _f("score", MIDDLE, 0.15, (_OLD, "Score: {score} · Drink {window}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("notice", FOOTER, 0.3, *_cl_notice()),
            _f("drinkaware", FOOTER, 0.35,
               (_OLD, "Please enjoy alcohol responsibly. For the facts: drinkaware.co.uk"),
               (CL_UNITS.isoformat(), "The UK Chief Medical Officers advise drinking no more "
                                      "than 14 units a week. For the facts: "
                                      "drinkaware.co.uk")),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Cellar Ledger is published by Cellar "
                                                "Ledger Media Ltd, 3 Vintners' Row, London "
                                                "SE1 9HP.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Cellar Ledger Media Ltd. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong vintage for the "
                                                  "wine.")),
        ),
    )


# --- a French wine trade paper ------------------------------------------------------------

CC_REDESIGN = dt.date(2017, 1, 9)
CC_AUTEUR = dt.date(2019, 5, 6)
CC_LETTRE = dt.date(2018, 1, 15)
PRIMEURS = (("2015-03-30", "2015-04-02"), ("2016-04-04", "2016-04-07"),
            ("2017-04-03", "2017-04-06"), ("2018-04-09", "2018-04-12"),
            ("2019-04-01", "2019-04-04"))
VINEXPO = (("2015-06-14", "2015-06-18"), ("2017-06-18", "2017-06-21"),
           ("2019-05-13", "2019-05-16"))
BORDEAUX_VRAC = (("2015-01-01", 1250.0), ("2015-09-01", 1320.0), ("2016-06-01", 1400.0),
                 ("2017-06-01", 1480.0), ("2018-03-01", 1350.0), ("2019-01-01", 1150.0),
                 ("2020-03-15", 980.0), ("2021-01-10", 1000.0))


def _cc_date(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"{day.day} {MOIS[day.month - 1]} {day.year}"
    return (f"{JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}, mis à jour à "
            f"{{time}}")


def bordeaux_vrac(monday: dt.date) -> float:
    """The made-up weekly price of generic red Bordeaux in bulk, euros per tonneau of 900
    litres."""
    return along(monday, BORDEAUX_VRAC) * (1 + 0.025 * wobble(monday, "vrac"))


def _cc_vrac(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    week = monday.isocalendar()[1]
    return (f"Cours du vrac : bordeaux rouge générique à {euro(bordeaux_vrac(monday))} € le "
            f"tonneau (semaine {week})")


@cache
def _cc_lettre() -> Wordings:
    base = _steps((_OLD, "Inscrivez-vous à notre lettre quotidienne : l'actualité du vignoble "
                         "chaque matin"),
                  (CC_LETTRE.isoformat(), "📩 Notre lettre quotidienne arrive désormais à 6 h "
                                          "30 : inscription gratuite"))
    salons = [_span(first, last, f"🍇 Semaine des primeurs {first[:4]} : nos dégustations "
                                 f"en direct de Bordeaux") for first, last in PRIMEURS]
    salons += [_span(first, last, f"Vinexpo Bordeaux {first[:4]} : toute l'actualité du "
                                  f"salon") for first, last in VINEXPO]
    beaujolais = _movable(third_thursday_of_november, 3, 2, lambda y: (
        f"🍷 Beaujolais nouveau {y} : il arrive le jeudi {third_thursday_of_november(y).day} "
        f"novembre, notre dossier"))
    vendanges = _yearly("09-10", 0, 20, lambda y: f"Vendanges {y} : notre carnet de "
                                                  f"vendanges, région par région")
    news = [
        _span("2019-10-18", "2019-11-10", "Taxe Trump : 25 % sur les vins français aux "
                                          "États-Unis, notre suivi"),
        _span("2020-03-17", "2020-05-10", "Confinement : la filière face au Covid-19, notre "
                                          "suivi quotidien"),
    ]
    return _calendar(base, news, salons, beaujolais, vendanges)


def courrierdeschais_style() -> PublisherStyle:
    """A French wine trade paper: a section kicker, the date turned the weekday and the time
    it was updated on 9 January 2017 (a wording per day), "Par" with the reading time from
    May 2019, a subscriber marker, the bulk price of generic red Bordeaux by the tonneau for
    each week (a wording per week), photo credits, "À lire également" and advertisement
    markers up to twice, the Évin law's warning, a newsletter line reworded in 2018 and turned
    by the primeurs week, Vinexpo, Beaujolais nouveau, the harvest, the American tariffs and
    the lockdown, the reproduction line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="courrierdeschais.fr", site="Le Courrier des Chais", base_size=140,
        subdomains=(("www.", 100),),
        sections=("vignoble", "negoce", "export", "bordeaux", "champagne", "spiritueux"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Vignoble", "Négoce", "Export", "Bordeaux", "Champagne", "Bourgogne",
                         "Spiritueux"),
            "credit": ("Le Courrier des Chais", "DR", "interprofession", "AFP",
                       "Le Courrier des Chais/archives"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_cc_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (CC_AUTEUR.isoformat(), "Par {author} · {read_min} min de lecture")),
            _f("abonnes", HEADER, 0.15, (_OLD, "Article réservé aux abonnés")),
            _f("vrac", HEADER, 0.2, *_by_day(_cc_vrac)),
            _f("credit", MIDDLE, 0.25, (_OLD, "Crédit photo : {credit}")),
            _f("lire", MIDDLE, 0.4, (_OLD, "À lire également : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.3, (_OLD, "PUBLICITÉ"), count=2),
            _f("evin", FOOTER, 0.45, (_OLD, "L'abus d'alcool est dangereux pour la santé, à "
                                            "consommer avec modération.")),
            _f("lettre", FOOTER, 0.3, *_cc_lettre()),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans autorisation écrite.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Le Courrier des Chais {year}")),
            _f("erratum", HEADER, 0.04, (_OLD, "Rectificatif : une erreur s'était glissée dans "
                                               "le nom du domaine.")),
        ),
    )


# --- a British pub and bar trade newsletter -----------------------------------------------

TW_REDESIGN = dt.date(2019, 1, 7)
TW_FIRST_ISSUE = dt.date(2015, 1, 1)  # issue 300, a Thursday
MINIMUM_WAGE = (("2014-10-01", "the adult minimum wage (21 and over) is £6.50"),
                ("2015-10-01", "the adult minimum wage (21 and over) is £6.70"),
                ("2016-04-01", "the National Living Wage (25 and over) is £7.20"),
                ("2017-04-01", "the National Living Wage (25 and over) is £7.50"),
                ("2018-04-01", "the National Living Wage (25 and over) is £7.83"),
                ("2019-04-01", "the National Living Wage (25 and over) is £8.21"),
                ("2020-04-01", "the National Living Wage (25 and over) is £8.72"))
BEER_FESTIVAL = (("2015-08-11", "2015-08-15"), ("2016-08-09", "2016-08-13"),
                 ("2017-08-08", "2017-08-12"), ("2018-08-07", "2018-08-11"),
                 ("2019-08-06", "2019-08-10"))


def issue_number(day: dt.date) -> int:
    return 300 + (thursday_of(day) - TW_FIRST_ISSUE).days // 7


def _tw_dated(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return f"Posted {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


def _tw_issue(day: dt.date) -> str:
    out = thursday_of(day)
    return (f"From issue {issue_number(day)} of Tapster Weekly, out Thursday {out.day} "
            f"{MONTHS[out.month - 1]}")


@cache
def _tw_notice() -> Wordings:
    base = _steps((_OLD, "Forward this to a colleague: they can sign up free at "
                         "tapsterweekly.co.uk"))
    festivals = [_span(first, last, f"🍺 Great British Beer Festival {first[:4]}: see you at "
                                    f"Olympia") for first, last in BEER_FESTIVAL]
    patrick = _yearly("03-17", 5, 0, lambda y: f"☘️ St Patrick's Day {y}: stock up on stout and "
                                               f"book extra staff")
    pandemic = [
        _span("2020-03-20", "2020-07-03", "🚫 Pubs are closed by law: our guide to grants, "
                                          "furlough and takeaway licences"),
        _span("2020-07-04", "2020-08-02", "🍻 Reopening: the guidance on table service, "
                                          "track and trace and one-way systems"),
        _span("2020-08-03", "2020-08-31", "🍽️ Eat Out to Help Out: 50% off food and soft "
                                          "drinks, Monday to Wednesday, up to £10 a head"),
        _span("2020-09-24", "2020-11-04", "🕙 The 10pm curfew: what it means for last orders"),
        _span("2020-11-05", "2020-12-01", "🚫 Lockdown two: pubs closed until 2 December"),
        _span("2020-12-02", "2021-01-10", "Tiers explained: the 'substantial meal' rules, "
                                          "area by area"),
    ]
    return _calendar(base, pandemic, festivals, patrick)


def tapster_style() -> PublisherStyle:
    """A British pub and bar trade newsletter: "Posted" with the numeric date turned the
    weekday and the ordinal day on 7 January 2019 (a wording per day), the issue number and
    its Thursday (a wording per week), "Words:" with the writer, "You might also like:" up to
    twice and a sponsor line from a pool mid-body, the minimum wage and the National Living
    Wage each April, Challenge 25, a forward-to-a-colleague line turned by the Great British
    Beer Festival, St Patrick's Day and the pandemic's closures, reopening, Eat Out to Help
    Out, curfew, second lockdown and tiers, the why-you-get-this line, the address and the
    copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="tapsterweekly.co.uk", site="Tapster Weekly", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "cellar", "licensing", "food", "people", "business"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={"sponsor": ("Hopfield Cask Ales", "Brightwater Tonic Co.",
                           "Cellarsafe Line Cleaning", "Tillwise EPOS")},
        families=(
            _f("dated", HEADER, 0.6, *_by_day(_tw_dated)),
            _f("issue", HEADER, 0.45, *_by_day(_tw_issue)),
            _f("words", HEADER, 0.5, (_OLD, "Words: {author}")),
            _f("also", MIDDLE, 0.35, (_OLD, "You might also like: {other_title}"), count=2),
            _f("sponsor", MIDDLE, 0.25, (_OLD, "Sponsored by {sponsor}")),
            _f("wage", FOOTER, 0.15, *from_table(MINIMUM_WAGE, lambda v: (
                f"Wage check: {v} an hour."))),
            _f("challenge", FOOTER, 0.1, (_OLD, "Challenge 25: if they look under 25, ask for "
                                                "ID.")),
            _f("notice", FOOTER, 0.35, *_tw_notice()),
            _f("unsubscribe", FOOTER, 0.4, (_OLD, "You are receiving Tapster Weekly because you "
                                                  "signed up at tapsterweekly.co.uk. "
                                                  "Unsubscribe")),
            _f("address", FOOTER, 0.35, (_OLD, "Tapster Media Ltd, Unit 4, Brewery Yard, "
                                               "Burton upon Trent DE14 1JZ")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tapster Media Ltd")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this story now includes a statement "
                                              "from the pub company.")),
        ),
    )


# --- an Italian wine magazine -------------------------------------------------------------

IC_REDESIGN = dt.date(2017, 3, 27)
IC_RESPONSABILE = dt.date(2017, 9, 1)
IC_NEWSLETTER = dt.date(2018, 9, 7)
VINITALY = (("2015-03-22", "2015-03-25"), ("2016-04-10", "2016-04-13"),
            ("2017-04-09", "2017-04-12"), ("2018-04-15", "2018-04-18"),
            ("2019-04-07", "2019-04-10"))


def _ic_data(day: dt.date) -> str:
    if day < IC_REDESIGN:
        return f"{day.day} {MESI[day.month - 1].capitalize()} {day.year}"
    return f"{GIORNI[day.weekday()].capitalize()} {day.day} {MESI[day.month - 1]} {day.year}"


@cache
def _ic_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter: ogni venerdì le novità dal vigneto"),
                  (IC_NEWSLETTER.isoformat(), "📬 La newsletter del venerdì: degustazioni, "
                                              "eventi e offerte. Iscriviti gratis"))
    fiere = [_span(first, last, f"🍷 Vinitaly {first[:4]}: i nostri assaggi dai padiglioni "
                                f"di Verona") for first, last in VINITALY]
    stelle = _yearly("08-10", 5, 0, lambda y: f"✨ Calici di Stelle {y}: le cantine aperte "
                                              f"nella notte di San Lorenzo")
    vendemmia = _yearly("09-15", 0, 14, lambda y: f"🍇 Vendemmia {y}: il diario dalle vigne")
    news = [_span("2020-03-09", "2020-05-17", "Emergenza Covid-19: le cantine che consegnano "
                                              "a domicilio")]
    return _calendar(base, news, fiere, stelle, vendemmia)


def ilcalice_style() -> PublisherStyle:
    """An Italian wine magazine: a category kicker, the date with the month capitalised
    turned the weekday on 27 March 2017 (a wording per day), "di" with the writer, "Leggi
    anche:" up to twice and advertisement markers mid-body, a newsletter line reworded in
    2018 and turned by Vinitaly, Calici di Stelle, the harvest and the lockdown, the
    drink-responsibly line reworded in 2017, the tasting sheet (appellation, vintage, alcohol,
    price in the wine shop and score, a block from pools), the register line and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="ilcalice.it", site="Il Calice", base_size=95,
        subdomains=(("www.", 100),),
        sections=("vino", "degustazioni", "cantine", "eventi", "mercato"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "categoria": ("Vino", "Degustazioni", "Cantine", "Eventi", "Mercato",
                          "Birra artigianale"),
            "denominazione": ("Barolo DOCG", "Chianti Classico Gran Selezione DOCG",
                              "Etna Rosso DOC", "Franciacorta Brut DOCG",
                              "Amarone della Valpolicella DOCG",
                              "Verdicchio dei Castelli di Jesi Classico Superiore DOC"),
            "annata": ("2015", "2013", "2016", "2012", "2018", "2010"),
            "grado": ("14% vol", "13,5% vol", "14,5% vol", "12,5% vol", "15,5% vol"),
            "prezzo": ("€ 22", "€ 35", "€ 14", "€ 48", "€ 65", "€ 18"),
            "voto": ("91/100", "93/100", "89/100", "95/100", "90/100"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.9, *_by_day(_ic_data)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}")),
            _f("leggi", MIDDLE, 0.4, (_OLD, "Leggi anche: {other_title}"), count=2),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("avviso", FOOTER, 0.3, *_ic_avviso()),
            _f("responsabile", FOOTER, 0.35, (_OLD, "Bevi responsabilmente."),
               (IC_RESPONSABILE.isoformat(), "Il vino è cultura: bevi responsabilmente e non "
                                             "metterti alla guida dopo aver bevuto.")),
            _f("denominazione", FOOTER, 0.3, (_OLD, "Denominazione: {denominazione}")),
            _f("annata", FOOTER, 0.28, (_OLD, "Annata: {annata}")),
            _f("grado", FOOTER, 0.25, (_OLD, "Gradazione: {grado}")),
            _f("prezzo", FOOTER, 0.25, (_OLD, "Prezzo in enoteca: {prezzo}")),
            _f("voto", FOOTER, 0.22, (_OLD, "Il nostro voto: {voto}")),
            _f("testata", FOOTER, 0.25, (_OLD, "Il Calice – testata registrata presso il "
                                               "Tribunale di Siena n. 7/2012 – P.IVA "
                                               "01427630528")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Il Calice – Riproduzione "
                                                 "riservata")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione "
                                              "dell'articolo il prezzo indicato era errato.")),
        ),
    )


# --- a German brewing trade news site -----------------------------------------------------

SN_REDESIGN = dt.date(2018, 4, 23)  # relaunched on the Tag des Deutschen Bieres
SN_NEWSLETTER = dt.date(2019, 1, 8)
BIERABSATZ = (("2014-02-03", "2013: 94,6"), ("2015-02-02", "2014: 95,6"),
              ("2016-02-01", "2015: 95,7"), ("2017-02-01", "2016: 94,0"),
              ("2018-02-01", "2017: 93,5"), ("2019-02-01", "2018: 94,0"),
              ("2020-02-03", "2019: 92,2"))
BRAUGERSTE = (("2015-01-01", 205.0), ("2015-08-15", 215.0), ("2016-08-15", 190.0),
              ("2017-08-15", 200.0), ("2018-08-01", 245.0), ("2019-08-15", 215.0),
              ("2020-08-15", 190.0), ("2021-01-10", 195.0))
BRAUBEVIALE = (("2015-11-10", "2015-11-12", "BrauBeviale 2015 in Nürnberg"),
               ("2016-11-08", "2016-11-10", "BrauBeviale 2016 in Nürnberg"),
               ("2017-09-11", "2017-09-15", "drinktec 2017 in München"),
               ("2018-11-13", "2018-11-15", "BrauBeviale 2018 in Nürnberg"),
               ("2019-11-12", "2019-11-14", "BrauBeviale 2019 in Nürnberg"))
OKTOBERFEST = {2015: ("2015-09-19", "2015-10-04"), 2016: ("2016-09-17", "2016-10-03"),
               2017: ("2017-09-16", "2017-10-03"), 2018: ("2018-09-22", "2018-10-07"),
               2019: ("2019-09-21", "2019-10-06")}


def _sn_datum(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return f"{day.day}. {MONATE[day.month - 1]} {day.year}"
    return f"{TAGE_KURZ[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year} | {{time}} Uhr"


def braugerste(monday: dt.date) -> float:
    """The made-up weekly producer price of malting barley, euros a tonne."""
    return along(monday, BRAUGERSTE) * (1 + 0.02 * wobble(monday, "gerste"))


def _sn_gerste(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    year, week, _ = monday.isocalendar()
    harvest = monday.year if monday.month >= 8 else monday.year - 1
    return (f"Braugerste (Ernte {harvest}): {round(braugerste(monday))} €/t, KW "
            f"{week}/{year}")


@cache
def _sn_hinweis() -> Wordings:
    base = _steps((_OLD, "Den Newsletter der Sudhaus-Nachrichten kostenlos abonnieren"),
                  (SN_NEWSLETTER.isoformat(), "✉️ Jeden Dienstag: der Newsletter für Brauer, "
                                              "Mälzer und Getränkehandel"))
    bier = _yearly("04-23", 5, 0, lambda y: (
        f"🍺 23. April {y}: Tag des Deutschen Bieres – {y - 1516} Jahre Reinheitsgebot"))
    messen = [_span(first, last, f"Live von der {name}: alle Neuheiten")
              for first, last, name in BRAUBEVIALE]
    wiesn = [_span(first, last, f"🥨 Oktoberfest {y}: Wiesnbier, Preise und Zahlen")
             for y, (first, last) in OKTOBERFEST.items()]
    news = [
        _span("2020-03-16", "2020-05-15", "Gastronomie geschlossen: was jetzt mit dem "
                                          "Fassbier passiert"),
        _span("2020-09-19", "2020-10-04", "Keine Wiesn 2020: was die Absage für die "
                                          "Brauereien bedeutet"),
        _span("2020-11-02", "2021-01-10", "Lockdown light: Hilfen für Brauereien und "
                                          "Gastronomie im Überblick"),
    ]
    return _calendar(base, news, bier, messen, wiesn)


def sudhaus_style() -> PublisherStyle:
    """A German brewing trade news site: a section kicker, the long date turned the
    abbreviated weekday, the numeric date and the time on the Tag des Deutschen Bieres 2018
    (a wording per day), "Autor:" with the writer, the week's malting-barley price with its
    harvest year and calendar week (a wording per week), photo credits, "Auch interessant:"
    and advertisement markers up to twice, a newsletter line reworded in 2019 and turned by
    the Tag des Deutschen Bieres (with the Reinheitsgebot's years), BrauBeviale and drinktec,
    Oktoberfest and its cancellation and the lockdowns, the youth-protection line, last
    year's beer sales (changing each February), the imprint and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="sudhaus-nachrichten.de", site="Sudhaus-Nachrichten", base_size=85,
        subdomains=(("www.", 100),),
        sections=("brauereien", "rohstoffe", "technik", "handel", "gastronomie"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrik": ("Brauereien", "Rohstoffe", "Technik", "Handel", "Gastronomie",
                       "Craft Beer"),
            "foto": ("Sudhaus-Nachrichten", "Brauerei", "dpa", "Brauerbund", "Adobe Stock"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_sn_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}")),
            _f("gerste", HEADER, 0.2, *_by_day(_sn_gerste)),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("interessant", MIDDLE, 0.35, (_OLD, "Auch interessant: {other_title}"),
               count=2),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "ANZEIGE"), count=2),
            _f("hinweis", FOOTER, 0.3, *_sn_hinweis()),
            _f("jugendschutz", FOOTER, 0.25, (_OLD, "Bier bewusst genießen – kein Alkohol an "
                                                    "Jugendliche unter 16 Jahren.")),
            _f("absatz", FOOTER, 0.15, *from_table(BIERABSATZ, lambda v: (
                f"Bierabsatz in Deutschland {v} Mio. Hektoliter (Statistisches "
                f"Bundesamt)"))),
            _f("impressum", FOOTER, 0.3, (_OLD, "Herausgeber der Sudhaus-Nachrichten: "
                                                "Hopfenmarkt Verlag GmbH, Nürnberg")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Hopfenmarkt Verlag GmbH · Alle "
                                                 "Rechte vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand "
                                                 "ein falscher Ausstoß der Brauerei.")),
        ),
    )


# --- a Spanish hospitality-industry newsletter --------------------------------------------

HD_REDESIGN = dt.date(2019, 1, 21)
HD_BOLETIN = dt.date(2017, 9, 4)
HD_MENORES = dt.date(2018, 6, 1)
SMI = (("2015-01-01", "648,60"), ("2016-01-01", "655,20"), ("2017-01-01", "707,70"),
       ("2018-01-01", "735,90"), ("2019-01-01", "900,00"), ("2020-02-05", "950,00"))
FITUR = (("2015-01-28", "2015-02-01"), ("2016-01-20", "2016-01-24"),
         ("2017-01-18", "2017-01-22"), ("2018-01-17", "2018-01-21"),
         ("2019-01-23", "2019-01-27"), ("2020-01-22", "2020-01-26"))


def dia_de_la_tapa(y: int) -> dt.date | None:
    """The Día Mundial de la Tapa, the third Thursday of June (from 2016)."""
    return nth_weekday(y, 6, 3, 3) if y >= 2016 else None


def _hd_fecha(day: dt.date) -> str:
    if day < HD_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year} {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _hd_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete gratis a nuestro boletín diario de hostelería"),
                  (HD_BOLETIN.isoformat(), "📩 El boletín de Hostelería al Día, cada mañana en "
                                           "tu correo. Es gratis"))
    ferias = [_span(first, last, f"✈️ FITUR {first[:4]}: la hostelería en la feria de "
                                 f"turismo de Madrid") for first, last in FITUR]
    tapa = _movable(dia_de_la_tapa, 6, 0, lambda y: (
        f"🍢 Día Mundial de la Tapa {y}: jueves {nth_weekday(y, 6, 3, 3).day} de junio"))
    news = [
        _span("2020-03-14", "2020-06-21", "⚠️ Estado de alarma: cierre de bares y "
                                          "restaurantes, ERTE y ayudas"),
        _span("2020-10-25", "2021-01-10", "🕙 Toque de queda: horarios de cierre de la "
                                          "hostelería por comunidad"),
    ]
    return _calendar(base, news, ferias, tapa)


def hosteleria_style() -> PublisherStyle:
    """A Spanish hospitality-industry newsletter: a section kicker, the numeric date with
    the time turned the weekday and the long date on 21 January 2019 (a wording per day),
    "Por" turned "Escrito por" on the same day, "También te puede interesar:" up to twice
    and advertisement markers mid-body, a newsletter line reworded in 2017 and turned by
    FITUR, the Día Mundial de la Tapa, the state of alarm and the curfew, the Spanish
    minimum wage (changing each January, in 2020 on the day it was published), the
    responsible-drinking line reworded in 2018, the contact line, the legal links and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="hosteleriaaldia.es", site="Hostelería al Día", base_size=75,
        subdomains=(("www.", 100),),
        sections=("restauracion", "bares", "hoteles", "bebidas", "empleo"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={"seccion": ("Restauración", "Bares", "Hoteles", "Bebidas", "Empleo",
                           "Normativa")},
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_hd_fecha)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (HD_REDESIGN.isoformat(), "Escrito por {author}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "También te puede interesar: {other_title}"),
               count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad")),
            _f("aviso", FOOTER, 0.3, *_hd_aviso()),
            _f("smi", FOOTER, 0.15, *from_table(SMI, lambda v: (
                f"Salario mínimo interprofesional: {v} € al mes en 14 pagas"))),
            _f("consumo", FOOTER, 0.3, (_OLD, "Disfruta de un consumo responsable."),
               (HD_MENORES.isoformat(), "Disfruta de un consumo responsable. Prohibida la venta "
                                        "de alcohol a menores de 18 años.")),
            _f("contacto", FOOTER, 0.3, (_OLD, "Redacción: redaccion@hosteleriaaldia.es · "
                                               "Publicidad: comercial@hosteleriaaldia.es")),
            _f("legal", FOOTER, 0.25, (_OLD, "Aviso legal · Política de privacidad · Política "
                                             "de cookies")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Hostelería al Día. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: se ha corregido el "
                                                     "nombre del establecimiento.")),
        ),
    )


# --- a Portuguese wine magazine -----------------------------------------------------------

VM_REDESIGN = dt.date(2016, 9, 12)  # and the new spelling: month names in lower case
VM_NEWSLETTER = dt.date(2019, 1, 7)
ESSENCIA = (("2015-02-26", "2015-03-01"), ("2016-02-25", "2016-02-28"),
            ("2017-02-23", "2017-02-26"), ("2018-02-22", "2018-02-25"),
            ("2019-02-21", "2019-02-24"), ("2020-02-20", "2020-02-23"))


def _vm_data(day: dt.date) -> str:
    if day < VM_REDESIGN:
        return f"{day.day} de {MESES_PT[day.month - 1].capitalize()} de {day.year}"
    return (f"{DIAS_PT[day.weekday()].capitalize()}, {day.day} de {MESES_PT[day.month - 1]} de "
            f"{day.year}")


@cache
def _vm_agenda() -> Wordings:
    base = _steps((_OLD, "Subscreva a nossa newsletter e receba as novidades do vinho todas "
                         "as sextas-feiras"),
                  (VM_NEWSLETTER.isoformat(), "✉️ A nossa newsletter chega agora duas vezes "
                                              "por semana. Subscreva grátis"))
    essencia = [_span(first, last, f"🍷 Essência do Vinho {first[:4]}: as nossas provas no "
                                   f"Palácio da Bolsa") for first, last in ESSENCIA]
    martinho = _yearly("11-11", 5, 0, lambda y: f"🌰 São Martinho {y}: castanhas, jeropiga e "
                                                f"vinho novo")
    vindimas = _yearly("09-01", 0, 20, lambda y: f"🍇 Vindimas {y}: o diário das vinhas, "
                                                 f"região a região")
    news = [_span("2020-03-19", "2020-05-02", "Estado de emergência: os produtores que "
                                              "entregam em casa")]
    return _calendar(base, news, essencia, martinho, vindimas)


def vinhoemesa_style() -> PublisherStyle:
    """A Portuguese wine magazine: a category kicker, the date with the month capitalised
    turned the weekday and the month in lower case on 12 September 2016 (a wording per day),
    "Por" turned "Texto de" in 2018, "Leia também:" up to twice and advertisement markers
    mid-body, the drink-in-moderation line, a newsletter line reworded in 2019 and turned by
    Essência do Vinho, the harvest, São Martinho and the state of emergency, the tasting sheet
    (region, grape varieties, alcohol, price and a score on 20, a block from pools), the
    editorial-statute line with the press register and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="vinhoemesa.pt", site="Vinho & Mesa", base_size=65,
        subdomains=(("www.", 100),),
        sections=("vinhos", "provas", "enoturismo", "gastronomia", "produtores"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "categoria": ("Vinhos", "Provas", "Enoturismo", "Gastronomia", "Produtores",
                          "Mercado"),
            "regiao": ("Douro", "Alentejo", "Dão", "Bairrada", "Vinho Verde", "Lisboa"),
            "castas": ("Touriga Nacional", "Alvarinho", "Baga", "Touriga Franca, Tinta Roriz",
                       "Encruzado", "Arinto"),
            "teor": ("13,5%", "13%", "12,5%", "14%", "14,5%"),
            "pvp": ("12 €", "7,50 €", "18,90 €", "25 €", "42 €"),
            "nota": ("17", "17,5", "16,5", "18", "18,5"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_vm_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               ("2018-02-19", "Texto de {author}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade")),
            _f("moderacao", FOOTER, 0.45, (_OLD, "Seja responsável. Beba com moderação.")),
            _f("agenda", FOOTER, 0.3, *_vm_agenda()),
            _f("regiao", FOOTER, 0.3, (_OLD, "Região: {regiao}")),
            _f("castas", FOOTER, 0.28, (_OLD, "Castas: {castas}")),
            _f("teor", FOOTER, 0.26, (_OLD, "Teor alcoólico: {teor}")),
            _f("preco", FOOTER, 0.26, (_OLD, "PVP: {pvp} · Nota: {nota}/20")),
            _f("estatuto", FOOTER, 0.2, (_OLD, "Estatuto editorial · Ficha técnica · Registo "
                                               "ERC n.º 126745")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Vinho & Mesa. Todos os direitos "
                                                 "reservados.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: o preço deste vinho foi corrigido "
                                                "após a publicação.")),
        ),
    )


# --- a Georgian wine news site ------------------------------------------------------------

GM_REDESIGN = dt.date(2019, 5, 11)
GM_INSTAGRAM = dt.date(2018, 3, 1)
GM_GAPRTKHILEBA = dt.date(2018, 1, 1)
RKATSITELI = (("2014-09-01", "0,45"), ("2015-09-01", "0,35"), ("2016-09-01", "0,40"),
              ("2017-09-01", "0,70"), ("2018-09-01", "0,80"), ("2019-09-01", "0,85"),
              ("2020-09-01", "0,60"))


def new_wine_festival(y: int) -> dt.date | None:
    """The New Wine Festival in Tbilisi, as the site listed it (the second Saturday of May;
    none in 2020)."""
    return nth_weekday(y, 5, 5, 2) if y != 2020 else None


def _gm_tarighi(day: dt.date) -> str:
    if day < GM_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DGHEEBI[day.weekday()]}, {day.day} {TVEEBI[day.month - 1]} {day.year}, {{time}}"


def _gm_rtveli(value: str) -> str:
    return f"რთველის ფასი: რქაწითელი — {value} ლარი კილოგრამზე"


@cache
def _gm_shetkobineba() -> Wordings:
    base = _steps((_OLD, "გამოიწერეთ ჩვენი სიახლეები ფეისბუქზე"),
                  (GM_INSTAGRAM.isoformat(), "📷 გამოგვყევით ინსტაგრამზე: ღვინის ამბები "
                                             "ყოველდღე"))
    festivali = _movable(new_wine_festival, 7, 0, lambda y: (
        f"🍷 ახალი ღვინის ფესტივალი {y} — {new_wine_festival(y).day} მაისს, თბილისში"))
    aghdgoma = _movable(orthodox_easter, 1, 1, lambda y: "ქრისტე აღსდგა! გილოცავთ აღდგომის "
                                                         "დღესასწაულს")
    rtveli = _yearly("09-10", 9, 30, lambda y: f"🍇 რთველი {y}: ყოველდღიური ცნობები "
                                               f"კახეთიდან")
    news = [_span("2020-03-21", "2020-05-22", "🦠 კორონავირუსი: საგანგებო მდგომარეობა და "
                                              "ღვინის სექტორი")]
    return _calendar(base, news, aghdgoma, festivali, rtveli)


def ghvinismacne_style() -> PublisherStyle:
    """A Georgian wine news site (in Georgian script): a section kicker, the numeric date
    turned the weekday, the Georgian month and the time on 11 May 2019 (a wording per day),
    "ავტორი:" with the writer, the harvest's Rkatsiteli grape price (changing each 1
    September), "ასევე წაიკითხეთ:" and advertisement markers mid-body, photo credits, a
    follow-us line reworded in 2018 and turned by Orthodox Easter, the New Wine Festival, the
    rtveli and the state of emergency, the health warning reworded with the sale-to-minors
    line in 2018, the copyright line and the source line (a block), a rare correction."""
    return PublisherStyle(
        domain="ghvinismacne.ge", site="ღვინის მაცნე", base_size=55,
        subdomains=(("www.", 100),),
        sections=("ghvino", "eksporti", "qvevri", "turizmi"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "rubrika": ("ღვინო", "მევენახეობა", "ექსპორტი", "ქვევრი", "მარანი", "ღვინის ტურიზმი"),
            "foto": ("ღვინის მაცნე", "საარქივო ფოტო", "მარნის არქივი", "ავტორის ფოტო"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("tarighi", HEADER, 0.85, *_by_day(_gm_tarighi)),
            _f("avtori", HEADER, 0.5, (_OLD, "ავტორი: {author}")),
            _f("pasi", HEADER, 0.2, *from_table(RKATSITELI, _gm_rtveli)),
            _f("aseve", MIDDLE, 0.35, (_OLD, "ასევე წაიკითხეთ: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "რეკლამა")),
            _f("foto", MIDDLE, 0.25, (_OLD, "ფოტო: {foto}")),
            _f("shetkobineba", FOOTER, 0.3, *_gm_shetkobineba()),
            _f("gaprtkhileba", FOOTER, 0.4,
               (_OLD, "ალკოჰოლის ჭარბი მოხმარება საზიანოა თქვენი ჯანმრთელობისთვის."),
               (GM_GAPRTKHILEBA.isoformat(), "ალკოჰოლის ჭარბი მოხმარება საზიანოა "
                                             "ჯანმრთელობისთვის. 18 წლამდე პირებზე ალკოჰოლის "
                                             "მიყიდვა აკრძალულია.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ღვინის მაცნე. ყველა უფლება "
                                                 "დაცულია.")),
            _f("tskaro", FOOTER, 0.25, (_OLD, "მასალის გამოყენებისას წყაროს მითითება "
                                              "სავალდებულოა.")),
            _f("shesworeba", HEADER, 0.04, (_OLD, "შესწორება: სტატიაში დაზუსტდა მარნის "
                                                  "სახელწოდება.")),
        ),
    )


# --- an international spirits competition -------------------------------------------------

GC_REDESIGN = dt.date(2018, 1, 10)
GC_PARTNER = dt.date(2018, 1, 10)
GC_FEES = (("2014-11-01", "£275"), ("2016-11-01", "£295"), ("2018-11-01", "£315"),
           ("2020-11-01", "£295"))


def _gc_stage(day: dt.date) -> str:
    y = day.year
    if y == 2020 and dt.date(2020, 3, 16) <= day:
        if day < dt.date(2020, 8, 1):
            return ("Judging for 2020 is postponed to September: entries stay open until 31 "
                    "July 2020")
        if day < dt.date(2020, 10, 15):
            return "Judging for 2020 is under way, socially distanced: results on 15 October"
    if day < dt.date(y, 1, 10):
        return f"The {y - 1} results are out: see every medal winner"
    if day < dt.date(y, 3, 1):
        return (f"Entries for the {y} Global Cask Awards are open: early-bird rate until the "
                f"end of February")
    if day < dt.date(y, 4, 16):
        return f"Final call: entries for {y} close on 15 April"
    if day < dt.date(y, 6, 10) or (y == 2020 and day < dt.date(2020, 10, 15)):
        return f"Judging for {y} is under way: results on 10 June"
    return f"The {y} results are out: see every medal winner"


def _gc_dated(day: dt.date) -> str:
    if day < GC_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def globalcask_style() -> PublisherStyle:
    """An international spirits competition: the competition's stage (entries open, final
    call, judging, results) turned each year on its days and in 2020 by the postponed
    judging (a wording per stage), a kicker, "Posted on" with the numeric date turned the
    long date on 10 January 2018 (a wording per day), the age-gate line, medal lines (medal,
    points and category from pools, up to twice), the hashtag with the year, the entry fee
    (changing each November it changes), the blind-judging line, the medal-artwork line, the
    headline partner (changing in 2018), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="globalcaskawards.com", site="Global Cask Awards", base_size=45,
        subdomains=(("www.", 100),),
        sections=("news", "results", "judges", "producers"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kicker": ("RESULTS", "NEWS", "JUDGES", "PRODUCERS", "INTERVIEWS"),
            "medal": ("Silver", "Gold", "Bronze", "Double Gold", "Trophy"),
            "points": ("90", "94", "87", "96", "92"),
            "category": ("Single Malt Scotch", "Bourbon", "London Dry Gin", "Aged Rum",
                         "Cognac", "Irish Whiskey", "Blended Scotch"),
        },
        families=(
            _f("stage", HEADER, 0.35, *_by_day(_gc_stage)),
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_gc_dated)),
            _f("age", HEADER, 0.3, (_OLD, "You must be of legal drinking age in your country "
                                          "to view this site.")),
            _f("medal", MIDDLE, 0.3, (_OLD, "🏅 {medal} · {points} points · {category}"),
               count=2),
            _f("hashtag", MIDDLE, 0.15, (_OLD, "Share your medals with #GCA{year}")),
            _f("fee", FOOTER, 0.2, *from_table(GC_FEES, lambda v: (
                f"Entry fee: {v} + VAT per product"))),
            _f("blind", FOOTER, 0.35, (_OLD, "Every spirit is judged blind by panels of "
                                             "distillers, blenders, buyers and writers.")),
            _f("artwork", FOOTER, 0.2, (_OLD, "Medal artwork may only be used on the "
                                              "medal-winning spirit, by its producer.")),
            _f("partner", FOOTER, 0.25, (_OLD, "Headline partner: Oakridge Cooperage"),
               (GC_PARTNER.isoformat(), "Headline partner: Stillhouse Glassworks")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Global Cask Awards Ltd. Please "
                                                 "enjoy spirits responsibly.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the medal for this entry was "
                                                  "listed in the wrong category.")),
        ),
    )


# --- an American craft brewery's blog -----------------------------------------------------

FB_REDESIGN = dt.date(2019, 3, 1)
FB_OPENED = 2012
GROWLERS = (("2014-05-01", "$12 (32 oz) / $20 (64 oz)"),
            ("2018-03-01", "$14 (32 oz) / $22 (64 oz)"))
GABF = {2015: ("2015-09-24", "2015-09-26"), 2016: ("2016-10-06", "2016-10-08"),
        2017: ("2017-10-05", "2017-10-07"), 2018: ("2018-09-20", "2018-09-22"),
        2019: ("2019-10-03", "2019-10-05")}
SUMMER_HOURS = "Taproom hours: Mon–Thu 3–10pm, Fri–Sun noon–11pm"
WINTER_HOURS = "Taproom hours: Wed–Thu 4–9pm, Fri–Sun noon–10pm"


def anniversary(y: int) -> dt.date:
    """The brewery's anniversary party: the second Saturday of June."""
    return nth_weekday(y, 6, 5, 2)


def _fb_posted(day: dt.date) -> str:
    if day < FB_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _fb_upcoming() -> Wordings:
    base = _steps((_OLD, "Follow us on Instagram @foghornbrewing for release news"))
    party = _movable(anniversary, 10, 0, lambda y: (
        f"🎉 Anniversary party: {ordinal(y - FB_OPENED)} birthday, Saturday June "
        f"{anniversary(y).day}, noon till late") if y != 2020 else (
        f"Our {ordinal(y - FB_OPENED)} birthday party is off this year: raise a glass with us "
        f"online"))
    gabf = [_span(first, last, f"🏅 Find us pouring at the Great American Beer Festival "
                               f"{y} in Denver") for y, (first, last) in GABF.items()]
    gabf.append(_span("2020-10-12", "2020-10-17", "🏅 The Great American Beer Festival goes "
                                                  "online this year: cheer us on"))
    turkey = _movable(thanksgiving, 3, 0, lambda y: "🦃 Closed Thanksgiving Day. Happy "
                                                    "Thanksgiving from all of us!")
    return _calendar(base, turkey, party, gabf)


def _fb_hours() -> Wordings:
    return _seasons(("05-01", SUMMER_HOURS), ("11-01", WINTER_HOURS), special={2020: [
        ("2020-03-17", "Taproom closed: to-go cans and growler fills Thu–Sun 2–7pm"),
        ("2020-06-12", "Patio open: outdoor seating only, reservations required"),
        ("2020-11-18", "Taproom closed again: curbside pickup Thu–Sun 2–7pm"),
    ]}, years=range(2015, 2021))


def foghorn_style() -> PublisherStyle:
    """An American craft brewery's blog: "Posted on" with the date and the writer turned the
    AP-style date on 1 March 2019 (a wording per day), "Now pouring:" with a beer and its ABV
    from a pool, growler prices (raised in 2018) mid-body, taproom hours turned with the
    seasons and in 2020 by closures and the patio, a follow-us line turned by Thanksgiving,
    the anniversary party (its cancellation in 2020), the Great American Beer Festival and
    its online year, the 21+ line, the tags, the sign-off and the address (a block), a rare
    update."""
    return PublisherStyle(
        domain="foghornbrewing.com", site="Foghorn Brewing Co.", base_size=40,
        subdomains=(("www.", 100),),
        sections=("blog", "releases", "events"),
        n_authors=3, url_path="/blog/{slug}",
        pools={
            "beer": ("Harbor Haze IPA · 6.8% ABV", "Lighthouse Lager · 4.9% ABV",
                     "Breakwater Stout · 7.2% ABV", "Sea Smoke Porter · 6.1% ABV",
                     "Tidepool Sour · 5.4% ABV", "Fog Bank Double IPA · 8.5% ABV"),
            "tags": ("new release", "taproom", "events", "cans", "collab", "barrel-aged"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_fb_posted)),
            _f("pouring", MIDDLE, 0.3, (_OLD, "Now pouring: {beer}")),
            _f("growler", MIDDLE, 0.1, *from_table(GROWLERS, lambda v: (
                f"Bring your growler: fills {v}"))),
            _f("hours", FOOTER, 0.35, *_fb_hours()),
            _f("upcoming", FOOTER, 0.3, *_fb_upcoming()),
            _f("age", FOOTER, 0.25, (_OLD, "Must be 21+ to purchase. Please drink "
                                           "responsibly.")),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tags_links}")),
            _f("cheers", FOOTER, 0.25, (_OLD, "Cheers! 🍻 The Foghorn crew")),
            _f("address", FOOTER, 0.3, (_OLD, "Foghorn Brewing Co. · 210 Pier Street · "
                                              "Astoria, OR 97103")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this release has sold out. Thanks for "
                                              "coming by!")),
        ),
    )


# --- a sherry bodega's blog in Jerez ------------------------------------------------------

BA_ENVIO = dt.date(2019, 2, 1)
BA_AFORO = dt.date(2020, 6, 22)
FERIA_DEL_CABALLO = {2015: ("2015-05-09", "2015-05-16"), 2016: ("2016-05-07", "2016-05-14"),
                     2017: ("2017-05-13", "2017-05-20"), 2018: ("2018-05-05", "2018-05-12"),
                     2019: ("2019-05-11", "2019-05-18")}


def sherry_week(y: int) -> dt.date:
    """International Sherry Week as the bodega kept it: the first Monday of November."""
    return nth_weekday(y, 11, 0, 1)


@cache
def _ba_tienda() -> Wordings:
    base = _steps((_OLD, "Envío gratuito en pedidos desde 60 € (península)"),
                  (BA_ENVIO.isoformat(), "Envío gratuito en pedidos desde 75 € (península y "
                                         "Baleares)"))
    feria = [_span(first, last, f"🐎 Feria del Caballo {y}: la bodega abre solo por la "
                                f"mañana") for y, (first, last) in FERIA_DEL_CABALLO.items()]
    vendimia = _yearly("09-05", 4, 5, lambda y: f"🍇 Fiestas de la Vendimia {y}: ven a la "
                                                f"pisa de la uva")
    semana = _movable(sherry_week, 7, 6, lambda y: f"🍷 International Sherry Week {y}: catas "
                                                   f"cada tarde en la bodega")
    navidad = _yearly("12-01", 0, 17, lambda y: f"🎄 Pedidos de Navidad {y}: hazlos antes del "
                                                f"18 de diciembre")
    news = [_span("2020-03-14", "2020-06-21", "La tienda online sigue abierta: enviamos con "
                                              "normalidad durante el estado de alarma")]
    return _calendar(base, news, feria, vendimia, semana, navidad)


def albariza_style() -> PublisherStyle:
    """A sherry bodega's blog in Jerez: the WordPress date (a wording per day), "Publicado
    en" with a category from a pool, the age-gate line, the tasting note (wine, strength and
    price per bottle from a pool), the guided-visits line reworded for reduced capacity in
    June 2020, a shop line reworded in 2019 and turned by the Feria del Caballo, the
    vendimia, International Sherry Week, the Christmas order deadline and the state of
    alarm, the enjoy-in-moderation line, the share line, the address and the copyright line
    (a block)."""
    return PublisherStyle(
        domain="bodegasalbariza.es", site="Bodegas Albariza", base_size=32,
        subdomains=(("www.", 100),),
        sections=("blog", "vinos", "enoturismo"),
        n_authors=2, url_path="/blog/{slug}",
        pools={
            "cat": ("Bodega", "Vinos", "Enoturismo", "Recetas", "Noticias"),
            "vino": ("Fino en rama – 15% vol – 12,50 € la botella",
                     "Manzanilla pasada – 15% vol – 14 € la botella",
                     "Amontillado 12 años – 18,5% vol – 24 € la botella",
                     "Oloroso VORS – 20% vol – 55 € la botella",
                     "Pedro Ximénez – 17% vol – 19 € la botella",
                     "Palo Cortado – 19% vol – 32 € la botella"),
        },
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(
                lambda day: f"{day.day} {MESES[day.month - 1]}, {day.year}")),
            _f("categoria", HEADER, 0.4, (_OLD, "Publicado en {cat}")),
            _f("edad", HEADER, 0.25, (_OLD, "Al navegar por esta web confirmas que eres mayor "
                                            "de 18 años.")),
            _f("cata", FOOTER, 0.3, (_OLD, "Nota de cata: {vino}")),
            _f("visitas", FOOTER, 0.3,
               (_OLD, "Visitas guiadas de lunes a sábado a las 12:00 y a las 13:30. Reservas: "
                      "visitas@bodegasalbariza.es"),
               (BA_AFORO.isoformat(), "Visitas guiadas con aforo reducido, de martes a sábado "
                                      "a las 12:00. Reserva obligatoria: "
                                      "visitas@bodegasalbariza.es")),
            _f("tienda", FOOTER, 0.25, *_ba_tienda()),
            _f("moderacion", FOOTER, 0.35, (_OLD, "Disfruta del vino con moderación.")),
            _f("compartir", FOOTER, 0.25, (_OLD, "Comparte esta entrada: Facebook · Twitter · "
                                                 "WhatsApp")),
            _f("direccion", FOOTER, 0.3, (_OLD, "Bodegas Albariza · Calle Porvera 14 · 11403 "
                                                "Jerez de la Frontera (Cádiz)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Bodegas Albariza S.L.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: la visita del sábado "
                                                     "empieza a las 12:30.")),
        ),
    )


# --- a German family winery's pages -------------------------------------------------------

WK_REDESIGN = dt.date(2019, 8, 5)
MWST = (("2007-01-01", "19"), ("2020-07-01", "16"), ("2021-01-01", "19"))
GUTSRIESLING = {2013: "7,50", 2014: "7,90", 2015: "7,90", 2016: "8,50", 2017: "8,50", 2018: "8,90",
                2019: "8,90", 2020: "9,50"}  # euros a bottle, by vintage


def hoffest(y: int) -> dt.date | None:
    """The winery's Hoffest, the second Saturday of June (cancelled in 2020: None)."""
    return nth_weekday(y, 6, 5, 2) if y != 2020 else None


def _wk_datum(day: dt.date) -> str:
    if day < WK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Eintrag vom {day.day}. {MONATE[day.month - 1]} {day.year}"


def vintage_on_sale(day: dt.date) -> int:
    """The estate Riesling's vintage on sale: the new one from each 1 March."""
    return day.year - 1 if day >= dt.date(day.year, 3, 1) else day.year - 2


def _wk_gutswein(day: dt.date) -> str:
    v = vintage_on_sale(day)
    return (f"Unser aktueller Gutsriesling: {v}er Riesling trocken, 12,0 % vol, "
            f"{GUTSRIESLING[v]} € (0,75 l)")


@cache
def _wk_hinweis() -> Wordings:
    base = _steps((_OLD, "Unser Weinbrief erscheint viermal im Jahr – jetzt anmelden"))
    fest = _movable(hoffest, 10, 1, lambda y: (
        f"🎉 Hoffest am {hoffest(y).day}. und {hoffest(y).day + 1}. Juni {y} – wir freuen uns "
        f"auf Sie!"))
    lese = _yearly("09-15", 0, 35, lambda y: f"🍇 Lese {y}: Hofladen samstags nur von 10 bis "
                                             f"14 Uhr geöffnet")
    weihnacht = _yearly("12-01", 0, 14, lambda y: f"🎄 Weihnachtsbestellungen bitte bis zum 15. "
                                                  f"Dezember {y}")
    news = [
        _span("2020-03-16", "2020-05-10", "Hofladen geschlossen – wir liefern versandkostenfrei "
                                          "ab 12 Flaschen"),
        _span("2020-05-25", "2020-06-20", "Unser Hoffest fällt 2020 leider aus. Bleiben Sie "
                                          "gesund!"),
    ]
    return _calendar(base, news, fest, lese, weihnacht)


def kellerbach_style() -> PublisherStyle:
    """A German family winery's pages: the numeric date turned "Eintrag vom" with the long
    date on 5 August 2019 (a wording per day), "geschrieben von" with the writer, the
    current estate Riesling with its vintage and price (a new vintage each 1 March), the
    sulphites line, a Weinbrief line turned by the Hoffest (its cancellation in 2020), the
    harvest, the Christmas order deadline and the lockdown, the prices-include-VAT line (16%
    for the second half of 2020), the sale-from-18 line, the share line, the contact line
    and the copyright line (a block)."""
    return PublisherStyle(
        domain="weingut-kellerbach.de", site="Weingut Kellerbach", base_size=28,
        subdomains=(("www.", 100), ("", 30)),
        sections=("aktuelles", "weine", "hoffest"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_wk_datum)),
            _f("autor", HEADER, 0.35, (_OLD, "geschrieben von {author}")),
            _f("gutswein", FOOTER, 0.2, *_by_day(_wk_gutswein)),
            _f("sulfite", FOOTER, 0.15, (_OLD, "Enthält Sulfite.")),
            _f("hinweis", FOOTER, 0.25, *_wk_hinweis()),
            _f("mwst", FOOTER, 0.3, *from_table(MWST, lambda v: (
                f"Alle Preise inkl. {v} % MwSt., zzgl. Versandkosten."))),
            _f("jugendschutz", FOOTER, 0.3, (_OLD, "Wir verkaufen alkoholische Getränke nur an "
                                                   "Personen ab 18 Jahren.")),
            _f("teilen", FOOTER, 0.2, (_OLD, "Beitrag teilen: Facebook | Twitter | E-Mail")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Weingut Kellerbach · Weinstraße 21 · 67146 "
                                              "Deidesheim · Tel. 06326 555-21")),
            _f("copyright", FOOTER, 0.2, (_OLD, "© {year} Weingut Kellerbach")),
        ),
    )


def heldout159_styles() -> list[PublisherStyle]:
    """The held-back-159 styles, in the order the generator hands them to publishers."""
    return [
        cellarledger_style(), courrierdeschais_style(), tapster_style(), ilcalice_style(),
        sudhaus_style(), hosteleria_style(), vinhoemesa_style(), ghvinismacne_style(),
        globalcask_style(), foghorn_style(), albariza_style(), kellerbach_style(),
    ]
