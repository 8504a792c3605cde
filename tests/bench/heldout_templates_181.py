"""The ``held-back-181`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
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
"hammer prices only" line or an advertisement marker. The publishers are auction-house,
antiques, coin, stamp and collectibles news sites and price guides in English, French,
German, Japanese, Chinese (simplified, and traditional beside English in Hong Kong) and
Swedish: a British antiques and auction trade weekly, a French coin-collecting news site
with its price guide, a German fine-art auction house's press pages, a Japanese coin and
stamp collectors' news site, a Chinese collectibles-market news site, a Swedish auction news
site, an American coin price guide, a British stamp auctioneer's news pages, a French
provincial auction house (hôtel des ventes), a German stamp magazine, a Hong Kong auction
house's press room (English and traditional Chinese) and a Swedish coin dealer's shop news.
The families are the kinds a crawl of such sites holds: dates localised day by day in
British English (with British summer and winter time), American English, French, German,
Japanese (later with the imperial era, Heisei turned Reiwa on 1 May 2019), Chinese and
Swedish (with its short day/month form), several changing form on the day of a redesign;
lines that turn every business day (the New York spot prices of gold and silver, the price of
a French 20-franc gold Napoléon), every week (a trade weekly's count of the week's sales, a
Swedish auction calendar by week number), every month (a stamp auctioneer's postal auction
closing on the last Tuesday, Deutsche Post's first-day-of-issue Thursday, a hôtel des
ventes' second-Saturday sale) and with each sale of an auction house (its numbered next
auction, postponed in 2020); lot lines with lot numbers, estimates and hammer prices from
pools that change per item; buyer's-premium and "prices realised include premium" lines whose
rates change over the years (with Japan's consumption tax rise of October 2019 and
Germany's VAT cut of the second half of 2020); postage and catalogue-subscription amounts
(Royal Mail's stamp prices each spring, Deutsche Post's 2016 and 2019 rises, a Swedish
dealer's carriage, printed catalogues turned online-only) and an auction house's yearly
sales total; catalogue-subscription and newsletter appeals reworded in 2016-2020 and turned
by the calendars collectors follow (TEFAF Maastricht and Frieze Masters, the FUN show and the
ANA World's Fair of Money, Spring and Autumn Stampex, Europhilex and London 2020, the
Sindelfingen fair, Japan's Philatelic Week and the new era's announcement, the Lunar New
Year with its zodiac year, the Chinese spring and autumn sale seasons, Hong Kong's spring and
autumn sales, Swedish Christmas and summer auctions, Sweden's banknote and coin changeover of
2015-2017, French lockdowns, the pandemic); related links, advertisement markers (some up
to two times) and lot lines mid-body; multi-line blocks (notes to editors, media contacts,
"ENDS", imprints, copyright lines), bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    last_weekday,
    nth_weekday,
    ordinal,
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
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
JOURS_COURTS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WT_KURZ = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
VECKODAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[4:8], "big") / 0xFFFFFFFF * 2 - 1


def along(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn through `anchors` ((ISO day, value), ...), straight between them and
    flat outside them."""
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
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def british_summer_time(day: dt.date) -> bool:
    """Whether British Summer Time is in force on `day` (last Sunday of March to the last
    Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def trading_day(day: dt.date) -> dt.date:
    """The last weekday on or before `day`: the day a market price was last fixed."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


REIWA = dt.date(2019, 5, 1)  # the first day of the Reiwa era


def wareki(day: dt.date) -> str:
    """The Japanese imperial-era year of `day` ("平成28年", "令和元年")."""
    era, n = ("平成", day.year - 1988) if day < REIWA else ("令和", day.year - 2018)
    return f"{era}{'元' if n == 1 else n}年"


def fr_amount(value: float) -> str:
    """An amount as French sites print it: 1 234,50."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def lead_in(first: str, last: str, days: int, text: str) -> Event:
    """A show's notice: from `days` days before its first day to its last (ISO days)."""
    return (iso_day(first, -days), iso_day(last, 1), text)


# --- a British antiques and auction trade weekly ------------------------------------------

HP_REDESIGN = dt.date(2018, 3, 10)  # relaunched on the opening day of TEFAF Maastricht 2018
HP_DIGITAL = dt.date(2016, 9, 1)
HP_PREMIUM = (("2013-01-01", "20-25%"), ("2017-01-01", "22-25%"), ("2019-01-01", "24-27.5%"))
FAIRS = (("2015-03-13", "2015-03-22", "TEFAF Maastricht 2015"),
         ("2015-10-14", "2015-10-18", "Frieze Masters 2015"),
         ("2016-03-11", "2016-03-20", "TEFAF Maastricht 2016"),
         ("2016-10-06", "2016-10-09", "Frieze Masters 2016"),
         ("2017-03-10", "2017-03-19", "TEFAF Maastricht 2017"),
         ("2017-10-05", "2017-10-08", "Frieze Masters 2017"),
         ("2018-03-10", "2018-03-18", "TEFAF Maastricht 2018"),
         ("2018-10-04", "2018-10-07", "Frieze Masters 2018"),
         ("2019-03-16", "2019-03-24", "TEFAF Maastricht 2019"),
         ("2019-10-03", "2019-10-06", "Frieze Masters 2019"),
         ("2020-03-07", "2020-03-11", "TEFAF Maastricht 2020"))
HP_LOCKDOWN = (dt.date(2020, 3, 23), dt.date(2020, 7, 3))  # salerooms closed to the public


def _hp_dated(day: dt.date) -> str:
    if day < HP_REDESIGN:
        return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    zone = "BST" if british_summer_time(day) else "GMT"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year} | Updated {{time}} {zone}"


def sales_listed(monday: dt.date) -> int:
    """The made-up number of sales in a trade weekly's calendar for the week of `monday`."""
    n = 265 * (1 + 0.12 * wobble(monday, "sales"))
    if monday.month == 8:
        n *= 0.6
    if (monday.month, monday.day) >= (12, 18) or (monday.month, monday.day) <= (1, 3):
        n *= 0.3
    if lockdown_week(monday):
        n *= 0.4
    return round(n)


def lockdown_week(monday: dt.date) -> bool:
    """Whether the salerooms were closed to the public in the week of `monday`."""
    return HP_LOCKDOWN[0] <= monday <= HP_LOCKDOWN[1]


def _hp_week(day: dt.date) -> str:
    monday = monday_of(day)
    kind = "online-only sales" if lockdown_week(monday) else "sales"
    return (f"Auction calendar: {sales_listed(monday)} {kind} listed for the week beginning "
            f"Monday {monday.day} {MONTHS[monday.month - 1]}")


@cache
def _hp_subscribe() -> Wordings:
    base = _steps((_OLD, "Subscribe to Hammer Price Weekly: 50 issues a year, delivered "
                         "every Tuesday"),
                  (HP_DIGITAL.isoformat(), "Subscribe to the print and digital edition and "
                                           "read every auction report before Tuesday's "
                                           "post"))
    fairs = [lead_in(first, last, 5, f"{name}: our fair guide, stand highlights and daily "
                                     f"reports")
             for first, last, name in FAIRS]
    pandemic = [
        _span("2020-03-23", "2020-07-03", "Salerooms are closed: every online-only sale this "
                                          "week is in our lockdown listings"),
        _span("2020-07-04", "2020-09-30", "Salerooms reopen: viewing by appointment only, so "
                                          "check with the auction house before you travel"),
    ]
    return _calendar(base, pandemic, fairs)


def hammerprice_style() -> PublisherStyle:
    """A British antiques and auction trade weekly: a kicker from a pool, the long date with
    the weekday turned the short date and the update time in British summer or winter time
    on the opening day of TEFAF Maastricht 2018 (a wording per day), "By" turned the writer
    with the beat, a subscriber marker, the week's count of sales in the auction calendar
    (a wording per week, online-only in the 2020 lockdown), a lot caption with the object,
    the estimate, the hammer price and the saleroom from pools, "See also:" and an
    advertisement marker (up to twice) mid-body, a hammer-prices line with the usual
    buyer's premium (rising in 2017 and 2019), a subscription appeal reworded for the
    digital edition and turned by TEFAF and Frieze Masters and the pandemic, a
    dealer-directory line, the publisher line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="hammerpriceweekly.co.uk", site="Hammer Price Weekly", base_size=250,
        subdomains=(("www.", 100),),
        sections=("auction-reports", "art-market", "antiques", "fairs", "collectables",
                  "dealers"),
        n_authors=12, url_path="/news/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("AUCTION REPORT", "ART MARKET", "ANTIQUES", "FAIRS", "COLLECTABLES",
                       "DEALERS", "MARKET BRIEFING"),
            "beat": ("Auctions Reporter", "Art Market Editor", "Fairs Correspondent",
                     "Deputy Editor", "Collectables Writer"),
            "lot_item": ("a George III silver tea caddy", "a Meissen figure group",
                         "a Regency mahogany bureau", "a Lalique glass vase",
                         "a famille rose bowl with a Qianlong mark",
                         "a Victorian gold mourning ring", "a 1960s Rolex Submariner"),
            "estimate": ("£200-300", "£400-600", "£800-1200", "£2000-3000", "£5000-8000",
                         "£10,000-15,000"),
            "hammer": ("£340", "£720", "£1500", "£4200", "£9800", "£26,000", "£58,000"),
            "saleroom": ("Aldwick & Crane", "Bramfield Auctions", "Haverley's",
                         "Monkton Salerooms", "Pellow & Stokes"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_hp_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (HP_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("subscriber", HEADER, 0.12, (_OLD, "Subscriber article"),
               (HP_REDESIGN.isoformat(), "🔒 For Hammer Price Weekly subscribers")),
            _f("week", HEADER, 0.2, *_by_day(_hp_week)),
            _f("caption", MIDDLE, 0.35, (_OLD, "Above: {lot_item}, estimated at {estimate}, "
                                               "sold for {hammer} at {saleroom}.")),
            _f("see-also", MIDDLE, 0.4, (_OLD, "See also: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("hammer", FOOTER, 0.3, *from_table(HP_PREMIUM, lambda v: (
                f"Prices quoted are hammer prices. Buyer's premium, typically {v} plus VAT, "
                f"is added by the auction house."))),
            _f("subscribe", FOOTER, 0.3, *_hp_subscribe()),
            _f("directory", FOOTER, 0.1, (_OLD, "Looking for a dealer? Our directory lists "
                                                "more than 1,400 members of the trade.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Hammer Price Weekly is published by "
                                                "Gavelstone Media Ltd, 3 Cornmarket Row, "
                                                "Chipping Weston GL56 4HQ.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Gavelstone Media Ltd. No part of "
                                                 "this site may be reproduced without "
                                                 "permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "report gave the wrong hammer price for the "
                                                  "top lot.")),
        ),
    )


# --- a French coin-collecting news site and price guide -----------------------------------

PN_REDESIGN = dt.date(2019, 1, 15)
PN_LETTRE = dt.date(2017, 5, 3)
PN_FRAIS = dt.date(2018, 1, 1)
NAPOLEON = (("2015-01-01", 205.0), ("2015-12-15", 188.0), ("2016-07-08", 243.0),
            ("2016-12-15", 214.0), ("2017-09-08", 226.0), ("2018-08-15", 212.0),
            ("2019-09-04", 268.0), ("2020-03-19", 276.0), ("2020-08-06", 336.0),
            ("2020-11-30", 305.0), ("2021-01-10", 318.0))
PN_CONFINEMENT = ("2020-03-17", "2020-05-10")


def _pn_dated(day: dt.date) -> str:
    if day < PN_REDESIGN:
        return f"Le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{JOURS_COURTS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} · "
            f"{{time}}")


def napoleon(day: dt.date) -> float:
    """The made-up price in euros of a 20-franc gold Napoléon fixed on trading day `day`."""
    return along(day, NAPOLEON) * (1 + 0.015 * wobble(day, "napoleon"))


def _pn_cours(day: dt.date) -> str:
    fixed = trading_day(day)
    return (f"Cours du Napoléon 20 F : {fr_amount(napoleon(fixed))} € (cotation du "
            f"{JOURS[fixed.weekday()]} {fixed.day} {MOIS[fixed.month - 1]} {fixed.year})")


@cache
def _pn_lettre() -> Wordings:
    base = _steps((_OLD, "Recevez gratuitement chaque mois la lettre « Le Petit Numismate »"),
                  (PN_LETTRE.isoformat(), "📬 Cotes, ventes et nouveautés : la lettre « Le Petit "
                                          "Numismate » arrive chaque mercredi, gratuitement"))
    confinement = [_span(*PN_CONFINEMENT, "Confinement : les salons sont annulés, nos cotes "
                                          "restent à jour en ligne"),
                   _span("2020-05-11", "2020-06-30", "Les Journées numismatiques 2020 sont "
                                                     "annulées : rendez-vous en 2021")]
    printemps = _movable(lambda y: nth_weekday(y, 3, 6, 2), 10, 0, lambda y: (
        f"Salon numismatique de printemps, dimanche {nth_weekday(y, 3, 6, 2).day} mars {y} : "
        f"retrouvez-nous au stand 24"))
    juin = _movable(lambda y: nth_weekday(y, 6, 5, 1), 7, 1, lambda y: (
        f"Journées numismatiques {y} : notre programme des conférences et des bourses"))
    return _calendar(base, confinement, printemps, juin)


def petitnumismate_style() -> PublisherStyle:
    """A French coin-collecting news site and price guide: a section from a pool, "Le" with
    the numeric date turned the short weekday, the long date and the time on 15 January 2019
    (a wording per day), "Par", the price of a 20-franc gold Napoléon at the last fixing (a
    wording per trading day, the weekend keeping Friday's), "À lire également :" and
    "Publicité" (up to twice) mid-body, the coin of the month from a pool, a prices-include-
    fees line reworded with the range of fees in 2018, an indicative-prices line, a
    newsletter appeal reworded and turned by the spring coin fair, the June Journées and the
    lockdown, the reproduction line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="lepetitnumismate.fr", site="Le Petit Numismate", base_size=215,
        subdomains=(("www.", 100),),
        sections=("monnaies-francaises", "euros", "ventes", "billets", "medailles", "cotes"),
        n_authors=6, url_path="/{section}/{slug}.html",
        pools={
            "rubrique": ("Monnaies françaises", "Euros", "Ventes aux enchères", "Billets",
                         "Jetons et médailles", "Cotes", "Salons"),
            "piece": ("2 € commémorative « Fête de la Fédération » 2015",
                      "10 € argent « Hercule » 2016", "2 € commémorative « Rodin » 2017",
                      "2 € commémorative « Simone Veil » 2018",
                      "2 € commémorative « Astérix » 2019",
                      "2 € commémorative « Recherche médicale » 2020",
                      "50 € or « Semeuse » 2018"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.88, *_by_day(_pn_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("cours", HEADER, 0.22, *_by_day(_pn_cours)),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire également : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("piece", MIDDLE, 0.15, (_OLD, "Pièce du mois : {piece}")),
            _f("frais", FOOTER, 0.25,
               (_OLD, "Les prix de vente cités s'entendent frais acheteur compris."),
               (PN_FRAIS.isoformat(), "Les résultats cités s'entendent frais acheteur compris "
                                      "(de 18 à 25 % TTC selon les maisons de vente).")),
            _f("indicatif", FOOTER, 0.3, (_OLD, "Les cotes sont données à titre indicatif, "
                                                "pour des exemplaires en état SUP.")),
            _f("lettre", FOOTER, 0.25, *_pn_lettre()),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Reproduction interdite sans l'accord "
                                                   "écrit de la rédaction.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Le Petit Numismate – Tous droits "
                                                 "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le tirage indiqué dans une première "
                                               "version de cet article était erroné.")),
        ),
    )


# --- a German fine-art auction house's press pages ----------------------------------------

LH_REDESIGN = dt.date(2019, 3, 1)
LH_PRESSE = dt.date(2018, 1, 1)
LH_FIRST = 206  # the number of its first auction of 2015
LH_POSTPONED = (dt.date(2020, 3, 20), dt.date(2020, 6, 19))  # the spring sale of 2020
LH_AUFGELD = (("2013-01-01", "24 % zzgl. 19 % MwSt. (Regelbesteuerung) bzw. 28 % inkl. MwSt. "
                             "(Differenzbesteuerung)"),
              ("2017-01-01", "25 % zzgl. 19 % MwSt. (Regelbesteuerung) bzw. 30 % inkl. MwSt. "
                             "(Differenzbesteuerung)"),
              ("2020-07-01", "25 % zzgl. 16 % MwSt. (Regelbesteuerung) bzw. 30 % inkl. MwSt. "
                             "(Differenzbesteuerung)"),
              ("2021-01-01", "25 % zzgl. 19 % MwSt. (Regelbesteuerung) bzw. 30 % inkl. MwSt. "
                             "(Differenzbesteuerung)"))


@cache
def lindenhof_auctions() -> tuple[tuple[dt.date, int], ...]:
    """The days and numbers of its auctions: the third Friday of March, June and September
    and the first Friday of December (the spring sale of 2020 moved to June)."""
    out: list[tuple[dt.date, int]] = []
    for y in range(2015, 2022):
        days = [nth_weekday(y, 3, 4, 3), nth_weekday(y, 6, 4, 3), nth_weekday(y, 9, 4, 3),
                nth_weekday(y, 12, 4, 1)]
        if y == 2020:
            days = [LH_POSTPONED[1]] + days[2:]
        out += [(day, LH_FIRST + len(out) + i) for i, day in enumerate(days)]
    return tuple(out)


def _lh_dated(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return f"Stand: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _lh_next(day: dt.date) -> str:
    sale, nr = next((d, n) for d, n in lindenhof_auctions() if d >= day)
    view = sale - 6 * ONE
    text = (f"Nächste Auktion: {nr}. Kunstauktion am {sale.day}. {MONATE[sale.month - 1]} "
            f"{sale.year} – Vorbesichtigung ab {view.day}. {MONATE[view.month - 1]}")
    if sale == LH_POSTPONED[1] and day > LH_POSTPONED[0] - 14 * ONE:
        text += " (verschoben vom 20. März)"
    return text


@cache
def _lh_katalog() -> Wordings:
    return (
        (_OLD, "Kataloge im Jahresabonnement: 60 € (Inland), 85 € (Ausland)"),
        ("2018-01-01", "Kataloge im Jahresabonnement: 70 € (Inland), 95 € (Ausland)"),
        ("2020-07-01", "Alle Kataloge auch online als Blätterkatalog – das Jahresabonnement "
                       "der gedruckten Kataloge kostet 70 €"),
    )


def lindenhof_style() -> PublisherStyle:
    """A German fine-art auction house's press pages: "Pressemitteilung" reworded
    "Presseinformation" in 2018, "Stand:" with the numeric date turned the weekday and the
    long date on 1 March 2019 (a wording per day), the next numbered auction with its
    viewing days (a wording from each sale, the spring sale of 2020 postponed), lot lines
    with lot numbers, objects and estimates from pools, a hammer price line,
    a picture credit, the buyer's premium with VAT (raised in 2017, the VAT cut for the
    second half of 2020), the catalogue subscription (raised in 2018, turned online in
    2020), a newsletter line, the conditions-of-sale line, the press contact and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="lindenhof-auktionen.de", site="Kunstauktionen Lindenhof", base_size=190,
        subdomains=(("www.", 100),),
        sections=("presse", "auktionen", "ergebnisse", "sammlungen"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "los": ("112", "245", "318", "407", "533", "621", "1042"),
            "objekt": ("Meißener Deckelvase, um 1740", "Augsburger Silberbecher, um 1680",
                       "Gemälde von Carl Spitzweg", "Jugendstil-Tischlampe von Daum Nancy",
                       "Biedermeier-Sekretär, Kirschbaum", "Bronzeskulptur von Georg Kolbe"),
            "schaetzung": ("800–1.200", "2.500–3.000", "4.000–6.000", "12.000–15.000",
                           "30.000–40.000"),
            "zuschlag": ("1.900", "3.400", "7.500", "18.000", "46.000", "120.000"),
            "foto": ("Kunstauktionen Lindenhof", "Studio Brenner", "Kunstauktionen "
                     "Lindenhof / M. Huber"),
        },
        families=(
            _f("pm", HEADER, 0.5, (_OLD, "Pressemitteilung"),
               (LH_PRESSE.isoformat(), "Presseinformation")),
            _f("datum", HEADER, 0.85, *_by_day(_lh_dated)),
            _f("naechste", HEADER, 0.3, *_by_day(_lh_next)),
            _f("los", MIDDLE, 0.4, (_OLD, "Los {los}: {objekt}, Schätzpreis {schaetzung} €")),
            _f("zuschlag", MIDDLE, 0.2, (_OLD, "Zuschlag: {zuschlag} €")),
            _f("abbildung", MIDDLE, 0.2, (_OLD, "Abbildung: Los {los} · Foto: {foto}")),
            _f("aufgeld", FOOTER, 0.35, *from_table(LH_AUFGELD, lambda v: (
                f"Alle Ergebnisse sind Zuschlagspreise. Aufgeld: {v}."))),
            _f("katalog", FOOTER, 0.25, *_lh_katalog()),
            _f("newsletter", FOOTER, 0.1, (_OLD, "Auktions-Newsletter abonnieren und keine "
                                                 "Versteigerung verpassen")),
            _f("bedingungen", FOOTER, 0.3, (_OLD, "Es gelten die Versteigerungsbedingungen. "
                                                  "Alle Angaben vorbehaltlich Änderungen.")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Pressekontakt: Dr. Sabine Roth, "
                                               "presse@lindenhof-auktionen.de, Tel. 089 "
                                               "555 310-24")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kunstauktionen Lindenhof GmbH & "
                                                 "Co. KG")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "der Schätzpreis von Los 245 falsch "
                                                 "angegeben.")),
        ),
    )


# --- a Japanese coin and stamp collectors' news site --------------------------------------

CS_REDESIGN = dt.date(2017, 7, 1)
CS_LINE = dt.date(2018, 4, 1)
CONSUMPTION_TAX = (("2014-04-01", "16.2"), ("2019-10-01", "16.5"))  # 15% fee with 8% or 10%


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）{{time}}"


def _cs_genzai(day: dt.date) -> str:
    return f"※この記事の情報は{wareki(day)}{day.month}月{day.day}日現在のものです。"


@cache
def _cs_oshirase() -> Wordings:
    base = _steps((_OLD, "メールマガジン「コレクターズ新報」の購読は無料です"),
                  (CS_LINE.isoformat(), "📮 LINEで新着記事をお届けします。友だち追加はこちら"))
    corona = [_span("2020-03-01", "2020-05-31", "新型コロナウイルスの影響により、春の"
                                                "コイン・切手イベントは中止または延期と"
                                                "なりました")]
    gengo = [_span("2019-04-01", "2019-04-30", "新元号「令和」決定：改元記念の切手・貨幣の"
                                               "情報まとめ")]
    shumi = _yearly("04-20", 0, 6, lambda y: f"切手趣味週間（{y}年4月20日～26日）の特集"
                                             f"ページを公開中")
    convention = _yearly("04-30", 2, 1, lambda y: f"東京国際コイン・コンヴェンション{y}："
                                                  f"出展ブースと記念品の情報")
    return _calendar(base, corona, gengo, shumi, convention)


def collectorsshinpo_style() -> PublisherStyle:
    """A Japanese coin and stamp collectors' news site: a category from a pool, the date with
    slashes turned the long date with the weekday and the time on 1 July 2017 (a wording per
    day), the writer's line reworded at the redesign, "【関連記事】" and "スポンサーリンク"
    (up to twice) mid-body, a photo credit and a valuation with the grade from pools, the
    hammer prices with the buyer's fee and consumption tax (16.2% turned 16.5% on
    1 October 2019), "information as of" with the day in the imperial era (Heisei turned
    Reiwa on 1 May 2019, a wording per day), a mail-magazine line turned a LINE appeal and
    turned by Philatelic Week, the coin convention, the new era's announcement and the
    pandemic, the no-reproduction line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="collectors-shinpo.jp", site="コレクターズ新報", base_size=165,
        subdomains=(("www.", 100),),
        sections=("coin", "kitte", "shihei", "auction", "event"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}{dd}-{n}.html",
        pools={
            "kategori": ("コイン", "切手", "紙幣", "オークション", "イベント", "記念貨幣"),
            "shashin": ("コレクターズ新報", "造幣局提供", "日本郵便提供", "オークション会社提供"),
            "hyoka": ("3,000", "12,000", "45,000", "180,000", "650,000"),
            "joutai": ("美品", "極美品", "未使用", "並品"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_cs_dated)),
            _f("kisha", HEADER, 0.45, (_OLD, "文：{author}"),
               (CS_REDESIGN.isoformat(), "取材・文／{author}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("sponsor", MIDDLE, 0.3, (_OLD, "スポンサーリンク"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真：{shashin}")),
            _f("hyoka", MIDDLE, 0.2, (_OLD, "評価額：{hyoka}円（{joutai}）")),
            _f("rakusatsu", FOOTER, 0.3, *from_table(CONSUMPTION_TAX, lambda v: (
                f"※落札価格は手数料（15％＋消費税、税込{v}％）を含む金額です。"))),
            _f("genzai", FOOTER, 0.35, *_daily(_cs_genzai)),
            _f("oshirase", FOOTER, 0.3, *_cs_oshirase()),
            _f("mudan", FOOTER, 0.25, (_OLD, "記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} コレクターズ新報 All "
                                                "Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、発行枚数に誤りがありました。"
                                              "訂正しておわびします。")),
        ),
    )


# --- a Chinese collectibles-market news site ----------------------------------------------

CK_REDESIGN = dt.date(2018, 6, 1)
CK_APP = dt.date(2019, 1, 1)
SPRING_FESTIVAL = {2015: ("2015-02-19", "乙未羊"), 2016: ("2016-02-08", "丙申猴"),
                   2017: ("2017-01-28", "丁酉鸡"), 2018: ("2018-02-16", "戊戌狗"),
                   2019: ("2019-02-05", "己亥猪"), 2020: ("2020-01-25", "庚子鼠"),
                   2021: ("2021-02-12", "辛丑牛")}
CK_YONGJIN = (("2013-01-01", "12%"), ("2016-01-01", "15%"), ("2019-01-01", "15%，部分专场为18%"))


def _ck_dated(day: dt.date) -> str:
    if day < CK_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"{day.year}年{day.month:02d}月{day.day:02d}日 {XINGQI[day.weekday()]} {{time}}"


@cache
def _ck_tishi() -> Wordings:
    base = _steps((_OLD, "关注藏市快讯微信公众号，每日获取拍卖资讯"),
                  (CK_APP.isoformat(), "扫码下载藏市快讯APP，拍卖预展早知道"))
    chunjie = [(iso_day(day, -7), iso_day(day, 7), f"{gz}年春节快乐！藏市快讯恭祝各位藏友"
                                                   f"新春大吉")
               for day, gz in SPRING_FESTIVAL.values()]
    yiqing = [_span("2020-02-01", "2020-06-30", "受新冠肺炎疫情影响，2020年春拍延期举行，"
                                                "具体时间以各拍卖公司公告为准"),
              _span("2020-07-01", "2020-08-20", "2020春拍季（延期至7月）：各大拍卖公司成交"
                                                "一览")]
    chunpai = _yearly("05-10", 0, 50, lambda y: f"{y}春拍季：各大拍卖公司春拍预展及成交一览")
    qiupai = _yearly("11-01", 0, 49, lambda y: f"{y}秋拍季：各大拍卖公司秋拍预展及成交一览")
    return _calendar(base, yiqing, chunjie, chunpai, qiupai)


def cangshi_style() -> PublisherStyle:
    """A Chinese collectibles-market news site: a column from a pool, the ISO date and time
    turned the long date with the weekday on 1 June 2018 (a wording per day), the source from
    a pool and the writer, a lot line with the lot number and the estimate from pools, a
    price-realised line, "相关阅读：" and "广告" mid-body, the buyer's commission
    included in the prices (12% turned 15% in 2016, some sales 18% from 2019), a WeChat line
    turned an app appeal and turned by the Spring Festival with its year's name, the spring
    and autumn sale seasons and the postponed sales of 2020, the disclaimer, the editor's
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cangshikuaixun.cn", site="藏市快讯", base_size=145,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("paimai", "qianbi", "youpiao", "ciqi", "shuhua", "hangqing"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}/{n}.html",
        pools={
            "lanmu": ("拍卖动态", "钱币", "邮票", "瓷器杂项", "书画", "市场行情"),
            "laiyuan": ("藏市快讯", "拍卖公司供图", "综合网络", "中国嘉德", "北京保利"),
            "lot": ("0128", "0356", "0712", "1024", "1588", "2206"),
            "gujia": ("RMB 8,000-12,000", "RMB 30,000-50,000", "RMB 120,000-180,000",
                      "RMB 800,000-1,200,000", "无底价"),
            "chengjiao": ("RMB 23,000", "RMB 97,750", "RMB 402,500", "RMB 1,150,000",
                          "RMB 3,450,000"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.88, *_by_day(_ck_dated)),
            _f("laiyuan", HEADER, 0.5, (_OLD, "来源：{laiyuan}")),
            _f("zuozhe", HEADER, 0.4, (_OLD, "作者：{author}")),
            _f("paipin", MIDDLE, 0.35, (_OLD, "拍品编号：{lot}　估价：{gujia}")),
            _f("chengjiao", MIDDLE, 0.2, (_OLD, "成交价：{chengjiao}（含佣金）")),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告")),
            _f("yongjin", FOOTER, 0.25, *from_table(CK_YONGJIN, lambda v: (
                f"注：文中成交价均含买家佣金（{v}）。"))),
            _f("tishi", FOOTER, 0.3, *_ck_tishi()),
            _f("mianze", FOOTER, 0.3, (_OLD, "免责声明：本文仅代表作者个人观点，不构成任何"
                                             "投资建议。")),
            _f("bianji", FOOTER, 0.45, (_OLD, "责任编辑：{author2}")),
            _f("banquan", FOOTER, 0.35, (_OLD, "版权所有 © {year} 藏市快讯　未经授权不得"
                                               "转载")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前所载拍品估价有误，现已"
                                                 "更正。")),
        ),
    )


# --- a Swedish auction news site ----------------------------------------------------------

KS_REDESIGN = dt.date(2017, 9, 4)
KS_NYHETSBREV = dt.date(2018, 9, 1)
KS_PROVISION = (("2013-01-01", "22,5 %"), ("2018-01-01", "25 %"),
                ("2020-01-01", "25 % (27 % vid budgivning via live)"))
KS_CORONA = (dt.date(2020, 3, 16), dt.date(2020, 6, 28))


def _ks_dated(day: dt.date) -> str:
    if day < KS_REDESIGN:
        return f"{day.day} {MANADER[day.month - 1][:3]} {day.year}"
    return (f"Publicerad {VECKODAGAR[day.weekday()]} {day.day} {MANADER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def auctions_in_week(monday: dt.date) -> int:
    """The made-up number of auctions in the Swedish calendar for the week of `monday`."""
    n = 88 * (1 + 0.15 * wobble(monday, "vecka"))
    if monday.month == 7:
        n *= 0.7
    if KS_CORONA[0] <= monday <= KS_CORONA[1]:
        n *= 0.5
    return round(n)


def _ks_vecka(day: dt.date) -> str:
    monday = monday_of(day)
    week = monday.isocalendar()[1]
    if KS_CORONA[0] <= monday <= KS_CORONA[1]:
        return (f"Auktionskalendern vecka {week}: {auctions_in_week(monday)} auktioner, de "
                f"flesta endast online")
    return f"Auktionskalendern vecka {week}: {auctions_in_week(monday)} auktioner i hela landet"


@cache
def _ks_tips() -> Wordings:
    base = _steps((_OLD, "Prenumerera på Klubbslagets nyhetsbrev – varje torsdag"),
                  (KS_NYHETSBREV.isoformat(), "📩 Veckans fynd direkt i inkorgen: prenumerera "
                                              "på Klubbslagets nyhetsbrev"))
    corona = [_span("2020-03-19", "2020-08-31", "Coronaviruset: många auktionshus visar nu "
                                                "endast efter tidsbokning")]
    jul = _yearly("12-10", 10, 3, lambda y: f"Julauktioner {y}: alla auktioner före jul på "
                                            f"ett ställe")
    sommar = _yearly("07-10", 9, 20, lambda y: f"Sommarauktioner {y}: kalender för "
                                               f"semesterorterna")
    return _calendar(base, corona, jul, sommar)


def klubbslaget_style() -> PublisherStyle:
    """A Swedish auction news site: the short date turned "Publicerad" with the weekday, the
    long date and the time on 4 September 2017 (a wording per day), "Av" turned "Text:",
    the week's auctions in the calendar by ISO week number (a wording per week, fewer and
    online in the spring of 2020), an estimate-and-hammer line from pools,
    a bids line, "Läs också:" and "Annons" (up to twice) mid-body, the buyer's commission
    excluded from the prices (raised in 2018, a live-bidding rate from 2020), a newsletter
    appeal reworded and turned by Christmas and summer auctions and the pandemic, the tips
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="klubbslaget.se", site="Klubbslaget", base_size=125,
        subdomains=(("www.", 100),),
        sections=("nyheter", "auktioner", "design", "konst", "antikt"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "utrop": ("500", "1 500", "3 000", "8 000", "20 000", "60 000"),
            "klubbat": ("900", "2 600", "6 200", "14 500", "41 000", "230 000"),
        },
        families=(
            _f("datum", HEADER, 0.88, *_by_day(_ks_dated)),
            _f("av", HEADER, 0.55, (_OLD, "Av {author}"), ("2019-02-01", "Text: {author}")),
            _f("vecka", HEADER, 0.2, *_by_day(_ks_vecka)),
            _f("utrop", MIDDLE, 0.35, (_OLD, "Utrop {utrop} kr – klubbat för {klubbat} kr")),
            _f("bud", MIDDLE, 0.12, (_OLD, "Antal bud: {count}")),
            _f("las", MIDDLE, 0.35, (_OLD, "Läs också: {other_title}")),
            _f("annons", MIDDLE, 0.3, (_OLD, "Annons"), count=2),
            _f("provision", FOOTER, 0.3, *from_table(KS_PROVISION, lambda v: (
                f"Priserna är klubbade priser, exklusive köparprovision på {v}."))),
            _f("nyhetsbrev", FOOTER, 0.3, *_ks_tips()),
            _f("tips", FOOTER, 0.25, (_OLD, "Har du ett tips? Mejla redaktionen@klubbslaget.se")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Klubbslaget Media AB")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "utropspris.")),
        ),
    )


# --- an American coin price guide --------------------------------------------------------

CV_REDESIGN = dt.date(2018, 8, 14)  # relaunched on the opening day of the 2018 World's Fair
CV_EMAIL = dt.date(2016, 6, 1)
GOLD = (("2015-01-02", 1186.0), ("2015-12-17", 1051.0), ("2016-07-06", 1366.0),
        ("2016-12-15", 1128.0), ("2017-09-08", 1346.0), ("2018-08-16", 1174.0),
        ("2019-06-25", 1418.0), ("2019-09-04", 1546.0), ("2020-03-19", 1474.0),
        ("2020-08-06", 2062.0), ("2020-11-30", 1776.0), ("2021-01-06", 1918.0))
SILVER = (("2015-01-02", 15.7), ("2015-12-14", 13.8), ("2016-07-05", 20.5),
          ("2016-12-20", 15.9), ("2017-09-08", 17.9), ("2018-11-14", 13.9),
          ("2019-09-04", 19.6), ("2020-03-18", 11.8), ("2020-08-06", 29.2),
          ("2020-11-30", 22.2), ("2021-01-06", 27.3))
CV_PREMIUM = (("2013-01-01", "Auction prices realized include the buyer's premium (17.5% at "
                             "most major auctions)."),
              ("2017-01-01", "Auction prices realized include the buyer's premium (20% at "
                             "most major auctions)."),
              ("2020-01-01", "Auction prices realized include a 20% buyer's premium (22% on "
                             "internet bids)."))
FUN_SHOWS = (("2015-01-08", "2015-01-11", "Orlando"), ("2016-01-07", "2016-01-10", "Tampa"),
             ("2017-01-05", "2017-01-08", "Fort Lauderdale"), ("2018-01-04", "2018-01-07",
                                                               "Tampa"),
             ("2019-01-10", "2019-01-13", "Orlando"), ("2020-01-09", "2020-01-12", "Orlando"),
             ("2021-01-07", "2021-01-10", "Orlando"))
WORLDS_FAIRS = (("2015-08-11", "2015-08-15", "Rosemont, Illinois"),
                ("2016-08-09", "2016-08-13", "Anaheim, California"),
                ("2017-08-01", "2017-08-05", "Denver, Colorado"),
                ("2018-08-14", "2018-08-18", "Philadelphia, Pennsylvania"),
                ("2019-08-13", "2019-08-17", "Rosemont, Illinois"))


def _cv_dated(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"Updated {WEEKDAYS[day.weekday()][:3]}, {MONTHS[day.month - 1][:3]} {day.day}, "
            f"{day.year} · {{time12}} ET")


def spot(day: dt.date) -> tuple[float, float]:
    """Made-up New York closing prices of gold and silver (dollars an ounce) on `day`."""
    return (along(day, GOLD) * (1 + 0.012 * wobble(day, "gold")),
            along(day, SILVER) * (1 + 0.02 * wobble(day, "silver")))


def _cv_spot(day: dt.date) -> str:
    fixed = trading_day(day)
    gold, silver = spot(fixed)
    return (f"Spot gold ${gold:,.2f} · silver ${silver:.2f} (New York close, "
            f"{fixed.month}/{fixed.day}/{fixed.year % 100:02d})")


@cache
def _cv_shows() -> Wordings:
    base = _steps((_OLD, "Get our free price-guide email every week"),
                  (CV_EMAIL.isoformat(), "📈 Free every Tuesday: the week's top auction results "
                                         "and price moves in your inbox"))
    pandemic = [
        _span("2020-03-15", "2020-06-30", "🦠 Coin shows are postponed: our calendar now lists "
                                          "online-only auctions"),
        _span("2020-07-01", "2020-08-15", "The 2020 World's Fair of Money in Pittsburgh is "
                                          "cancelled: follow our online auction coverage"),
    ]
    fun = [lead_in(first, last, 10, f"FUN Show {first[:4]} in {city}: our bourse-floor and "
                                    f"auction reports")
           for first, last, city in FUN_SHOWS]
    ana = [lead_in(first, last, 10, f"World's Fair of Money {first[:4]}, {city}: live "
                                    f"coverage all week")
           for first, last, city in WORLDS_FAIRS]
    return _calendar(base, pandemic, fun, ana)


def coinvalue_style() -> PublisherStyle:
    """An American coin price guide: the long date turned "Updated" with the weekday, the
    short date and the time on the opening day of the 2018 World's Fair of Money (a wording
    per day), "By", the New York spot prices of gold and silver (a wording per trading day,
    the weekend keeping Friday's), a mintage line from pools, "Related:" and
    "ADVERTISEMENT" (up to twice) mid-body, the buyer's premium in prices realized (17.5%
    turned 20% in 2017, internet bids from 2020), a grading line, an email appeal reworded
    and turned by the FUN shows and the World's Fairs of Money and the pandemic's cancelled
    shows, the affiliate line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="coinvaluemonitor.com", site="Coin Value Monitor", base_size=105,
        subdomains=(("www.", 100),),
        sections=("price-guide", "auctions", "us-coins", "bullion", "shows"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "mintage": ("1,000,000", "36,000", "4,500,000", "250,000", "49,000,000"),
            "metal": ("90% silver", "copper-nickel clad", ".9999 fine gold",
                      "copper-plated zinc", "99.9% silver"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_cv_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("spot", HEADER, 0.3, *_by_day(_cv_spot)),
            _f("mintage", MIDDLE, 0.25, (_OLD, "Mintage: {mintage} · Composition: {metal}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("ad", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("premium", FOOTER, 0.35, *from_table(CV_PREMIUM, lambda v: v)),
            _f("grading", FOOTER, 0.3, (_OLD, "Values are retail prices for coins certified "
                                              "by a major grading service; raw coins usually "
                                              "sell for less.")),
            _f("shows", FOOTER, 0.3, *_cv_shows()),
            _f("affiliate", FOOTER, 0.15, (_OLD, "Coin Value Monitor may earn a commission "
                                                 "when you buy through links on this page.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Coin Value Monitor LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the coin's mintage.")),
        ),
    )


# --- a British stamp auctioneer's news pages ----------------------------------------------

PR_REDESIGN = dt.date(2017, 2, 15)  # the opening day of Spring Stampex 2017
PR_FIRST_SALE = 181  # the postal auction that closed in January 2015
ROYAL_MAIL = (("2014-03-31", "62p, 2nd class 53p (from 31 March 2014)"),
              ("2015-03-30", "63p, 2nd class 54p (from 30 March 2015)"),
              ("2016-03-29", "64p, 2nd class 55p (from 29 March 2016)"),
              ("2017-03-27", "65p, 2nd class 56p (from 27 March 2017)"),
              ("2018-03-26", "67p, 2nd class 58p (from 26 March 2018)"),
              ("2019-03-25", "70p, 2nd class 61p (from 25 March 2019)"),
              ("2020-03-23", "76p, 2nd class 65p (from 23 March 2020)"))
PR_PREMIUM = (("2013-01-01", "17.5%"), ("2016-07-01", "18%"), ("2019-01-01", "20%"))
PR_CATALOGUE = (("2013-01-01", "Printed catalogues by post: £12 a year (UK), £20 overseas."),
                ("2018-01-01", "Printed catalogues by post: £15 a year (UK), £25 overseas."),
                ("2020-04-01", "Our catalogues are now online only: ask to receive them free "
                               "by email."))


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


def postal_auction(day: dt.date) -> tuple[dt.date, int]:
    """The closing day (the month's last Tuesday) and number of the next postal auction."""
    y, m = day.year, day.month
    if day > last_weekday(y, m, 1):
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return last_weekday(y, m, 1), PR_FIRST_SALE + (y - 2015) * 12 + m - 1


def _pr_closing(day: dt.date) -> str:
    close, number = postal_auction(day)
    return (f"Postal Auction {number} closes {WEEKDAYS[close.weekday()]} {ordinal(close.day)} "
            f"{MONTHS[close.month - 1]} {close.year} at 5pm")


def stampex(y: int, month: int) -> dt.date:
    """The opening Wednesday of Spring (February) or Autumn (September) Stampex."""
    return nth_weekday(y, month, 2, 3)


@cache
def _pr_notice() -> Wordings:
    base = _steps((_OLD, "Visit our shop at 14 Market Hill, open Tuesday to Saturday"))
    closed = [_span("2020-03-23", "2020-06-14", "Our shop is closed, but the postal auctions "
                                                "continue: bid by email or telephone")]
    london = [_span("2020-03-20", "2020-05-09", "London 2020 is postponed: we will post the "
                                                "new dates here"),
              _span("2015-05-03", "2015-05-16", "Europhilex London 2015, 13th-16th May: find "
                                                "us on stand 41")]
    autumn_2020 = [_span("2020-09-01", "2020-09-30", "Autumn Stampex 2020 is cancelled: our "
                                                     "September auction goes ahead as planned")]
    spring = _movable(lambda y: stampex(y, 2), 10, 3, lambda y: (
        f"Spring Stampex {y}: find us on stand 27, {ordinal(stampex(y, 2).day)}-"
        f"{ordinal(stampex(y, 2).day + 3)} February"))
    autumn = _movable(lambda y: stampex(y, 9), 10, 3, lambda y: (
        f"Autumn Stampex {y}: find us on stand 27, {ordinal(stampex(y, 9).day)}-"
        f"{ordinal(stampex(y, 9).day + 3)} September"))
    return _calendar(base, closed, london, autumn_2020, spring, autumn)


def pennyred_style() -> PublisherStyle:
    """A British stamp auctioneer's news pages: the numeric date turned the weekday and the
    long date with the day's ordinal on the opening day of Spring Stampex 2017 (a wording
    per day), the closing day of the next numbered postal auction (the month's last
    Tuesday, a wording per month), an illustrated-lot line with the stamp, its catalogue
    number and the price realised, and a condition line from pools, prices realised with
    the buyer's premium (raised in 2016 and 2019), Royal Mail's first- and second-class
    stamp prices (changing each spring), the printed catalogue's price (raised in 2018,
    online only in 2020), a shop line turned by Spring and Autumn Stampex, Europhilex, the
    postponed London 2020, the closed shop and the cancelled Autumn Stampex, the trade
    membership line, the contact line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="pennyredphilatelic.co.uk", site="Penny Red Philatelic", base_size=85,
        subdomains=(("www.", 100),),
        sections=("news", "auctions", "gb", "commonwealth", "postal-history"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "stamp": ("1840 1d black, plate 6", "1841 2d blue", "1867 £1 brown-lilac",
                      "1913 Seahorse 10s", "1929 PUC £1", "1935 Silver Jubilee 2½d "
                      "prussian blue"),
            "sg": ("2", "14", "129", "403", "438", "456a"),
            "realised": ("£85", "£240", "£1,150", "£3,600", "£12,500"),
            "cond": ("fine used", "unmounted mint", "lightly mounted mint", "on cover",
                     "four margins, red Maltese Cross"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_pr_dated)),
            _f("closing", HEADER, 0.35, *_by_day(_pr_closing)),
            _f("illustrated", MIDDLE, 0.35, (_OLD, "Illustrated: {stamp} (SG {sg}), realised "
                                                   "{realised}")),
            _f("condition", MIDDLE, 0.12, (_OLD, "Condition: {cond}")),
            _f("realised", FOOTER, 0.3, *from_table(PR_PREMIUM, lambda v: (
                f"Prices realised include {v} buyer's premium (plus VAT on the premium)."))),
            _f("postage", FOOTER, 0.2, *from_table(ROYAL_MAIL, lambda v: (
                f"Current UK postage: 1st class {v}"))),
            _f("catalogue", FOOTER, 0.3, *from_table(PR_CATALOGUE, lambda v: v)),
            _f("notice", FOOTER, 0.3, *_pr_notice()),
            _f("members", FOOTER, 0.25, (_OLD, "Members of the Philatelic Traders' Society "
                                               "and the Stamp Auctioneers' Guild")),
            _f("contact", FOOTER, 0.3, (_OLD, "Penny Red Philatelic Ltd · 14 Market Hill, "
                                              "Baldock SG7 5AB · Tel. 01462 555 870")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Penny Red Philatelic Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the lot number of the 1840 "
                                                  "block has been amended.")),
        ),
    )


# --- a French provincial auction house ----------------------------------------------------

HV_REDESIGN = dt.date(2018, 9, 1)
HV_FRAIS = (("2013-01-01", "22 % TTC en sus des enchères"),
            ("2018-01-01", "24 % TTC en sus des enchères"),
            ("2019-09-01", "24 % TTC en sus des enchères (+ 3 % HT pour les achats en live)"))
HV_THEMES = {1: "Mobilier et objets d'art", 2: "Bijoux et montres",
             3: "Tableaux anciens et modernes", 4: "Arts d'Asie", 5: "Vins et spiritueux",
             6: "Mobilier et objets d'art", 7: "Livres et manuscrits",
             9: "Militaria et souvenirs historiques", 10: "Tableaux anciens et modernes",
             11: "Bijoux et montres", 12: "Jouets anciens et objets de vitrine"}
HV_LOCKDOWNS = ((dt.date(2020, 3, 17), dt.date(2020, 5, 10)),
                (dt.date(2020, 10, 30), dt.date(2020, 11, 27)))


def next_sale(day: dt.date) -> dt.date:
    """The next sale on or after `day`: the second Saturday of each month but August."""
    y, m = day.year, day.month
    while True:
        sale = nth_weekday(y, m, 5, 2)
        if m != 8 and sale >= day:
            return sale
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _hv_dated(day: dt.date) -> str:
    if day < HV_REDESIGN:
        return f"Actualité du {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"


def _hv_prochaine(day: dt.date) -> str:
    if HV_LOCKDOWNS[0][0] <= day <= HV_LOCKDOWNS[0][1]:
        return ("Ventes suspendues pendant le confinement : estimations gratuites sur photo "
                "par courriel")
    sale = next_sale(day)
    text = (f"Prochaine vente : samedi {sale.day} {MOIS[sale.month - 1]} {sale.year}, "
            f"{HV_THEMES[sale.month]}")
    if HV_LOCKDOWNS[1][0] <= day <= HV_LOCKDOWNS[1][1]:
        text += " (à huis clos, enchères en live uniquement)"
    return text


def hdv_style() -> PublisherStyle:
    """A French provincial auction house: "Ventes aux enchères publiques", "Actualité du"
    with the numeric date turned the weekday and the long date on 1 September 2018 (a
    wording per day), the next sale on the second Saturday of the month with its theme (a
    wording per month, suspended in the first lockdown and held behind closed doors in
    the second), a lot line with the lot number, the object and the estimate from pools, a
    hammer line, the buyer's fees (raised in 2018, a live-bidding fee from
    September 2019), the viewing line, the licence line and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="hdv-valdeloire.fr", site="Hôtel des Ventes du Val de Loire", base_size=70,
        subdomains=(("www.", 100),),
        sections=("actualites", "ventes", "resultats"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "lot": ("12", "47", "88", "132", "205", "316"),
            "objet": ("commode Louis XV en marqueterie", "pendule en bronze doré d'époque "
                      "Empire", "vase en porcelaine de Sèvres", "huile sur toile signée "
                      "Jules Dupré", "bague en or et diamant", "paire de fauteuils cabriolet"),
            "estimation": ("150/200", "400/600", "800/1 200", "2 000/3 000", "6 000/8 000"),
            "adjuge": ("320", "950", "1 700", "4 200", "11 500"),
        },
        families=(
            _f("vente", HEADER, 0.5, (_OLD, "Ventes aux enchères publiques")),
            _f("date", HEADER, 0.8, *_by_day(_hv_dated)),
            _f("prochaine", HEADER, 0.3, *_by_day(_hv_prochaine)),
            _f("lot", MIDDLE, 0.4, (_OLD, "Lot n° {lot} : {objet}. Estimation : {estimation} €")),
            _f("adjuge", MIDDLE, 0.2, (_OLD, "Adjugé {adjuge} € au marteau")),
            _f("frais", FOOTER, 0.35, *from_table(HV_FRAIS, lambda v: (
                f"Frais de vente : {v}."))),
            _f("exposition", FOOTER, 0.3, (_OLD, "Exposition publique la veille de 14 h à 18 h "
                                                 "et le matin de la vente de 10 h à 12 h.")),
            _f("agrement", FOOTER, 0.35, (_OLD, "Opérateur de ventes volontaires agréé n° "
                                                "2002-318 · Commissaire-priseur habilité")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Hôtel des Ventes du Val de Loire")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : l'exposition a lieu le "
                                                    "vendredi et non le jeudi.")),
        ),
    )


# --- a German stamp magazine --------------------------------------------------------------

BR_REDESIGN = dt.date(2019, 5, 2)
PORTO = (("2015-01-01", "Standardbrief 0,62 €, Postkarte 0,45 € (seit 1. Januar 2015)"),
         ("2016-01-01", "Standardbrief 0,70 €, Postkarte 0,45 € (seit 1. Januar 2016)"),
         ("2019-07-01", "Standardbrief 0,80 €, Postkarte 0,60 € (seit 1. Juli 2019)"))
BR_ABO = (("2013-01-01", "Die Briefmarken-Rundschau erscheint monatlich – jetzt abonnieren"),
          ("2017-01-01", "Jahresabo der Briefmarken-Rundschau: 39,60 € inkl. Versand"),
          ("2019-07-01", "Jahresabo der Briefmarken-Rundschau: 44,40 € inkl. Versand"))


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return f"{WT_KURZ[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def first_day_of_issue(day: dt.date) -> dt.date:
    """The next first day of issue on or after `day`: the month's first Thursday."""
    issue = nth_weekday(day.year, day.month, 3, 1)
    if issue < day:
        y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
        issue = nth_weekday(y, m, 3, 1)
    return issue


def _br_ausgabe(day: dt.date) -> str:
    issue = first_day_of_issue(day)
    return (f"Nächster Erstausgabetag der Deutschen Post: Donnerstag, {issue.day}. "
            f"{MONATE[issue.month - 1]} {issue.year}")


def sindelfingen(y: int) -> dt.date:
    """The opening Thursday of the Sindelfingen stamp fair: the last Thursday of October."""
    return last_weekday(y, 10, 3)


@cache
def _br_hinweis() -> Wordings:
    def abo(day: dt.date) -> str:
        return value_on(day, BR_ABO)

    abgesagt = [_span("2020-10-01", "2020-10-31", "Corona: Die Briefmarken-Messe Sindelfingen "
                                                  "2020 fällt aus")]
    def messe_text(y: int) -> str:
        first, last = sindelfingen(y), sindelfingen(y) + 2 * ONE
        return (f"Briefmarken-Messe Sindelfingen vom {first.day}. Oktober bis {last.day}. "
                f"{MONATE[last.month - 1]} {y}: Besuchen Sie uns in Halle 5")

    messe = _movable(sindelfingen, 10, 2, messe_text)
    return _calendar(abo, abgesagt, messe)


def briefmarken_style() -> PublisherStyle:
    """A German stamp magazine: a section from a pool, the short numeric date turned the
    short weekday and the long date on 2 May 2019 (a wording per day), the next first day of
    issue of Deutsche Post (the month's first Thursday, a wording per month), a picture line
    with the stamp and its catalogue number from pools, "Anzeige" (up to twice) and "Mehr
    zum Thema:" mid-body, the inland postage (raised in 2016 and July 2019), a subscription
    line with its price (raised with the 2019 postage) turned by the Sindelfingen fair and
    its cancellation in 2020, the imprint and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="briefmarken-rundschau.de", site="Briefmarken-Rundschau", base_size=55,
        subdomains=(("www.", 100),),
        sections=("neuheiten", "sammelgebiete", "auktionen", "vereine"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrik": ("Neuheiten", "Sammelgebiete", "Auktionen", "Vereine", "Postgeschichte"),
            "marke": ("Sachsen-Dreier", "Bayern Einser", "Schwarzer Einser",
                      "Posthorn-Satz 1951", "Block 1 der DDR", "Wohlfahrt 1949"),
            "michel": ("1", "1a", "123–138", "Bl. 1", "117–120"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_br_dated)),
            _f("ausgabe", HEADER, 0.25, *_by_day(_br_ausgabe)),
            _f("abb", MIDDLE, 0.3, (_OLD, "Abb.: {marke} (MiNr. {michel})")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("thema", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("porto", FOOTER, 0.2, *from_table(PORTO, lambda v: f"Porto Inland: {v}")),
            _f("hinweis", FOOTER, 0.3, *_br_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Briefmarken-Rundschau · Verlag Hollerbach & "
                                                 "Sohn KG · Kassel")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Briefmarken-Rundschau. Nachdruck "
                                                 "nur mit Genehmigung.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Michel-Nummer wurde "
                                                 "berichtigt.")),
        ),
    )


# --- a Hong Kong auction house's press room -----------------------------------------------

HC_REDESIGN = dt.date(2019, 4, 1)
HC_PREMIUM = (("2013-02-01", "25% up to HK$4,000,000"), ("2017-02-01", "25% up to "
                                                                      "HK$6,000,000"),
              ("2019-02-01", "26% up to HK$7,500,000"))
HC_SALES = (("2014-01-15", "HK$1.1 billion in 2013"), ("2015-01-15", "HK$1.3 billion in 2014"),
            ("2016-01-15", "HK$1.2 billion in 2015"), ("2017-01-15", "HK$1.0 billion in 2016"),
            ("2018-01-15", "HK$1.4 billion in 2017"), ("2019-01-15", "HK$1.7 billion in 2018"),
            ("2020-01-15", "HK$1.5 billion in 2019"))


def _hc_dated(day: dt.date) -> str:
    if day < HC_REDESIGN:
        return f"HONG KONG, {day.day} {MONTHS[day.month - 1]} {day.year} –"
    return f"香港 Hong Kong | {day.year}年{day.month}月{day.day}日"


def hk_sales(y: int, month: int) -> dt.date:
    """The first day of the public preview of the spring (April) or autumn (October) sales:
    the month's first Friday."""
    return nth_weekday(y, month, 4, 1)


@cache
def _hc_notice() -> Wordings:
    base = _steps((_OLD, "Follow Harbour Crest Auctions on WeChat and Instagram for sale news"))
    postponed = [_span("2020-02-14", "2020-07-05", "Spring Sales 2020 are postponed to July: "
                                                   "new dates on our website")]
    new_year = [(iso_day(day, -10), iso_day(day, 4), f"新春快樂 Happy Lunar New Year {y}: our "
                                                     f"offices close for the holiday")
                for y, (day, _) in SPRING_FESTIVAL.items()]
    spring = _movable(lambda y: hk_sales(y, 4), 14, 6, lambda y: (
        f"Spring Sales {y}: public preview from {hk_sales(y, 4).day} April, Hong Kong "
        f"Convention and Exhibition Centre"))
    autumn = _movable(lambda y: hk_sales(y, 10), 14, 6, lambda y: (
        f"Autumn Sales {y}: public preview from {hk_sales(y, 10).day} October, Hong Kong "
        f"Convention and Exhibition Centre"))
    return _calendar(base, postponed, new_year, spring, autumn)


def harbourcrest_style() -> PublisherStyle:
    """A Hong Kong auction house's press room, in English and traditional Chinese: "PRESS
    RELEASE 新聞稿", the dateline turned bilingual with the Chinese date on 1 April 2019 (a
    wording per day), a lot line with the lot number, the object and the estimate from
    pools, a sold-for line, the premium included in prices realised (its bands changed in
    2017 and 2019), an estimates line, a social-media line turned by the Lunar New Year, the
    spring and autumn sales and the postponed spring of 2020, "– ENDS –", the about line
    with last year's sales (changing each January), the media line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="harbourcrest.com.hk", site="Harbour Crest Auctions", base_size=42,
        subdomains=(("www.", 70), ("press.", 30)),
        sections=("press", "results", "exhibitions"),
        n_authors=2, url_path="/en/press/{yyyy}/{slug}",
        pools={
            "lot": ("3008", "3112", "3205", "2816", "1021"),
            "object": ("A Doucai Chicken Cup 明成化 鬥彩雞缸盃 (mark and period style)",
                       "A Pair of Huanghuali Armchairs 黃花梨圈椅一對",
                       "A Jadeite Bead Necklace 翡翠珠鏈",
                       "A Blue and White Moonflask 青花抱月瓶",
                       "A Rare Gold Coin, Hong Kong 1866 香港一元金幣"),
            "est": ("HK$80,000-120,000", "HK$500,000-700,000", "HK$2,000,000-3,000,000",
                    "HK$12,000,000-18,000,000"),
            "sold": ("HK$187,500", "HK$1,125,000", "HK$4,375,000", "HK$22,600,000"),
        },
        families=(
            _f("release", HEADER, 0.6, (_OLD, "PRESS RELEASE 新聞稿")),
            _f("dateline", HEADER, 0.8, *_by_day(_hc_dated)),
            _f("lot", MIDDLE, 0.35, (_OLD, "Lot {lot} | {object} | Estimate {est}")),
            _f("sold", MIDDLE, 0.2, (_OLD, "Sold for {sold} 成交價")),
            _f("premium", FOOTER, 0.35, *from_table(HC_PREMIUM, lambda v: (
                f"Prices realised include buyer's premium ({v}). 成交價已包括買家佣金。"))),
            _f("estimates", FOOTER, 0.3, (_OLD, "Estimates do not include buyer's premium. "
                                                "估價並不包括買家佣金。")),
            _f("notice", FOOTER, 0.3, *_hc_notice()),
            _f("ends", FOOTER, 0.45, (_OLD, "– ENDS –")),
            _f("about", FOOTER, 0.4, *from_table(HC_SALES, lambda v: (
                f"About Harbour Crest Auctions: founded in Hong Kong in 1998, with sales of "
                f"{v}."))),
            _f("media", FOOTER, 0.4, (_OLD, "Media enquiries 傳媒查詢: press@harbourcrest.com.hk "
                                            "· +852 2577 0123")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Harbour Crest Auctions Limited")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the estimate for lot 3112 has "
                                                  "been amended.")),
        ),
    )


# --- a Swedish coin dealer's shop news ----------------------------------------------------

SM_REDESIGN = dt.date(2018, 3, 1)
SM_OPPET = dt.date(2020, 4, 1)
SM_FRAKT = (("2013-01-01", "45 kr (rekommenderat 90 kr)"),
            ("2017-01-01", "49 kr (rekommenderat 99 kr)"),
            ("2019-04-01", "59 kr (rekommenderat 119 kr)"))
CHANGEOVER = (("2015-10-01", "2016-06-30", "Nya 20-, 50- och 1000-kronorssedlar: de gamla "
                                           "gäller till och med 30 juni 2016"),
              ("2016-07-01", "2016-10-02", "Nya mynt och nya 100- och 500-kronorssedlar kommer "
                                           "den 3 oktober 2016"),
              ("2016-10-03", "2017-06-30", "Gamla 1-, 2- och 5-kronor och gamla 100- och "
                                           "500-lappar gäller till och med 30 juni 2017"),
              ("2017-07-01", "2017-09-30", "Ogiltiga sedlar? Vi hjälper dig att lösa in dem "
                                           "hos Riksbanken"))


def _sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day} {MANADER[day.month - 1]} {day.year}"
    return f"Publicerad {day.day}/{day.month} {day.year}"


@cache
def _sm_info() -> Wordings:
    base = _steps((_OLD, "Vi köper och säljer mynt, sedlar och medaljer – välkommen in!"))
    byte = [_span(first, last, text) for first, last, text in CHANGEOVER]
    jul = _yearly("12-24", 6, 2, lambda y: f"Julstängt {y}: butiken är stängd 24–26 december")
    return _calendar(base, byte, jul)


def sundsvall_style() -> PublisherStyle:
    """A Swedish coin dealer's shop news: "Nyheter från butiken", the long date turned
    "Publicerad" with the short day/month form on 1 March 2018 (a wording per day), an
    article line with the article number, the coin and the price from pools, a shop line
    turned by Sweden's banknote and coin changeover of 2015-2017 and each Christmas
    closing, a VAT line, the carriage (raised in 2017 and 2019), the opening hours reworded
    for the pandemic, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="sundsvallsmynt.se", site="Sundsvalls Mynthandel", base_size=30,
        subdomains=(("www.", 100),),
        sections=("nyheter", "mynt", "sedlar"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "mynt": ("5 öre 1909", "2 kronor 1876 Oscar II", "Plåtmynt 1 daler 1715",
                     "20 kronor guld 1899", "Minnesmynt 200 kronor 1993",
                     "Riksdaler 1821 Karl XIV Johan"),
            "pris": ("250", "1 200", "4 800", "9 500", "26 000"),
        },
        families=(
            _f("nyhet", HEADER, 0.5, (_OLD, "Nyheter från butiken")),
            _f("datum", HEADER, 0.8, *_by_day(_sm_dated)),
            _f("artikel", MIDDLE, 0.3, (_OLD, "Artikelnummer {n} · {mynt} · Pris {pris} kr")),
            _f("info", FOOTER, 0.3, *_sm_info()),
            _f("moms", FOOTER, 0.25, (_OLD, "Investeringsguld säljs momsfritt; övriga objekt "
                                            "enligt vinstmarginalbeskattning.")),
            _f("frakt", FOOTER, 0.2, *from_table(SM_FRAKT, lambda v: (
                f"Frakt inom Sverige: {v}"))),
            _f("oppet", FOOTER, 0.3, (_OLD, "Öppet tisdag–fredag 11–17, lördag 10–14"),
               (SM_OPPET.isoformat(), "Öppet tisdag–fredag 11–16. Håll avstånd i butiken.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Sundsvalls Mynthandel")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: priset på riksdalern var fel i en "
                                                "tidigare version.")),
        ),
    )


def heldout181_styles() -> list[PublisherStyle]:
    """The held-back-181 styles, in the order the generator hands them to publishers."""
    return [
        hammerprice_style(), petitnumismate_style(), lindenhof_style(),
        collectorsshinpo_style(), cangshi_style(), klubbslaget_style(), coinvalue_style(),
        pennyred_style(), hdv_style(), briefmarken_style(), harbourcrest_style(),
        sundsvall_style(),
    ]
