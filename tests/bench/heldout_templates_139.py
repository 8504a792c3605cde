"""The ``held-back-139`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-136 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets. Budgets, pay, dues, staff numbers and
circulations are round figures of the right size, not quotations.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"views expressed" line, a photo credit or an advertisement marker. The publishers are
defence, military and veterans press in English, French, German, Polish, Korean, Ukrainian and
Portuguese: an American Army installation newspaper, a British defence trade magazine, a
German defence trade magazine, a French defence news site, a Polish defence portal, a Korean
defence and security paper, a Ukrainian armed-forces news site, a Brazilian defence news
site, a British regimental veterans' association, an American veterans' post, an American
defence contractor's newsroom and a bilingual Canadian base newspaper. The families are the
kinds a crawl of such sites holds: dates localised day by day in English (American AP style,
British, Canadian English and French side by side), German, French, Polish, Korean,
Ukrainian and Portuguese, several changing form on the day of a redesign (an Armistice
centenary, a national armed-forces day, a defence show's opening day, a change of newswire);
lines that turn every day (the daily situation report of the Ukrainian front, "ATO" turned
"JFO" in 2018, release numbers), every week (a base paper's Thursday print edition, a
magazine's Wednesday issue number) and every month (a veterans' post's next meeting on the
second Tuesday); notices that follow the calendars of the armed forces and of memory (the US
Army's birthday counted from 1775, Memorial Day, Flag Day, Veterans Day, Pearl Harbor's
anniversaries, the January 2018 shutdown, DSEI, Eurosatory, IDEX, Farnborough, the Munich
Security Conference, the Tag der Bundeswehr, Bastille Day's parade and its 2020 ceremony
without one, the Armistice and its centenary, Poland's Armed Forces Day, MSPO, the 2016
Warsaw NATO summit, Korea's Armed Forces Day, Memorial Day and the Korean War counted by
year, ADEX, the 2018 inter-Korean summit, Ukraine's Defender Day and Armed Forces Day
counted from 1991, the start of the Joint Forces Operation, LAAD, Brazil's Soldier's Day, the
federal intervention in Rio, the Poppy Appeal, Armed Forces Day, the Somme, D-Day and VE Day
anniversaries, AUSA, the Battle of the Atlantic and Battle of Britain Sundays, Canada 150, the
2020 pandemic); Brazil's yearly military enlistment window (extended in 2020); amounts that
change by year (defence budgets of Britain, Germany, France, Poland and Korea, Ukrainian
contract pay, association and post dues, a contractor's head count, a base paper's
circulation and advertising rate); photo credits with ranks from pools (Sgt., Hauptfeldwebel,
kpr., старший лейтенант, 3º Sgt, Cpl and Avr), clearance lines
with case numbers, related links and advertisement markers mid-body (some up to two times);
"views expressed are not endorsed" lines in every language of the set, notices reworded in
2015-2020 (a Civilian Enterprise disclaimer, a newsletter turned an app or a Telegram
channel, a KakaoTalk line turned with the messenger's rename, "Slava Ukraini" as the forces'
greeting from 24 August 2018), multi-line blocks (disclaimers, imprints, about lines, media
contacts, "###"), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
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
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS_ABR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня")
DNI_UK = ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")

# --- helpers of this set ------------------------------------------------------------------


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day` (the first
    value before its first day)."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the value of `table` in force: from the oldest day the
    value in force on the set's first day, then one from each later first day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def ap_date(day: dt.date) -> str:
    """The date as American newspapers in AP style print it: "Sept. 5, 2019", "March 5"."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`: a weekly paper's issue day."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def next_meeting(day: dt.date) -> dt.date:
    """The next second Tuesday of a month on or after `day`: a veterans' post meets then."""
    this = nth_weekday(day.year, day.month, 1, 2)
    if day <= this:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 1, 2)


def business_days(day: dt.date) -> int:
    """Weekdays from 1 January of `day`'s year up to `day`, both included."""
    first = dt.date(day.year, 1, 1)
    weeks, rest = divmod((day - first).days + 1, 7)
    return weeks * 5 + sum((first.weekday() + k) % 7 < 5 for k in range(rest))


# --- an American Army installation newspaper ----------------------------------------------

HS_REDESIGN = dt.date(2018, 10, 1)  # the new fiscal year's contract, a new website
HS_DISCLAIMER = dt.date(2017, 8, 1)
HS_APP = dt.date(2017, 2, 1)
HS_CIRCULATION = (("2014-10-01", "18,500"), ("2015-10-01", "17,000"), ("2016-10-01", "16,000"),
                  ("2017-10-01", "14,500"), ("2018-10-01", "12,000"), ("2019-10-01", "10,000"),
                  ("2020-10-01", "7,500"))


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"Posted: {ap_date(day)}"
    return f"{WEEKDAYS[day.weekday()]}, {ap_date(day)} | {{time12}}"


def _hs_edition(day: dt.date) -> str:
    thursday = weekday_on_or_before(day, 3)
    return (f"From the print edition of Thursday, {ap_date(thursday)}: free at the PX, the "
            f"commissary and the libraries")


@cache
def _hs_notice() -> Wordings:
    base = _steps((_OLD, "Like Fort Hollister on Facebook for installation news and weather "
                         "closures"),
                  (HS_APP.isoformat(), "📲 Get gate hours, road closures and weather alerts "
                                       "on the Fort Hollister app"))
    urgent = [
        _span("2018-01-20", "2018-01-22", "Because of the lapse in appropriations, this site "
                                          "will not be updated until funding is restored."),
        _span("2020-03-16", "2020-06-30", "COVID-19: for gate hours and the installation's "
                                          "health protection condition call (254) 555-0190"),
    ]
    birthday = _yearly("06-14", 5, 1, lambda y: f"🇺🇸 Happy {ordinal(y - 1775)} birthday, "
                                                f"U.S. Army!")
    memorial = _movable(lambda y: last_weekday(y, 5, 0), 4, 0,
                        lambda y: f"Memorial Day {y}: the installation's observance begins at "
                                  f"9 a.m. at Memorial Grove")
    veterans = _yearly("11-11", 4, 0, lambda y: f"Veterans Day {y}: ceremony at 10 a.m. on "
                                                f"Sentinel Field; some gates close early")
    return _calendar(base, urgent, birthday, memorial, veterans)


def hollister_style() -> PublisherStyle:
    """An American Army installation newspaper (a Civilian Enterprise paper run by a private
    publisher under contract): a section kicker from a pool, "Posted:" with the AP-style date
    turned the weekday, the date and the time on the fiscal year's first day in 2018 (a
    wording per day), "By" turned "Story by" with the writer's rank and unit, the "FORT
    HOLLISTER, Texas —" dateline, the Thursday print edition (a wording per week), photo
    credits with ranks and "Related:" links mid-body (up to twice), a rare recruiting line,
    a notice of the Facebook page turned an app and turned by the January 2018 shutdown, the
    pandemic, the Army's birthday counted from 1775, Memorial Day and Veterans Day, the
    Civilian Enterprise disclaimer (reworded in 2017), the advertising disclaimer, the
    publisher line and the circulation (changing each October: a block), a rare
    correction."""
    return PublisherStyle(
        domain="hollistersentinel.com", site="The Hollister Sentinel", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "community", "training", "sports", "family"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("Community", "Training", "Family & MWR", "Sports", "Units", "Health",
                       "Spotlight"),
            "rank": ("Sgt.", "Spc.", "Staff Sgt.", "Pfc.", "Sgt. 1st Class", "Capt.",
                     "1st Lt."),
            "unit": ("3rd Armored Brigade Combat Team", "1st Sustainment Brigade",
                     "Fort Hollister Garrison", "48th Combat Aviation Brigade",
                     "Hollister Medical Department Activity"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_hs_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (HS_REDESIGN.isoformat(), "Story by {rank} {author}, {unit} Public Affairs")),
            _f("dateline", HEADER, 0.35, (_OLD, "FORT HOLLISTER, Texas —")),
            _f("edition", HEADER, 0.15, *_by_day(_hs_edition)),
            _f("photo", MIDDLE, 0.4, (_OLD, "(U.S. Army photo by {rank} {author2})"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("recruit", MIDDLE, 0.06, (_OLD, "Thinking about serving? The Army recruiting "
                                               "station at Hollister Crossing is open Monday "
                                               "to Saturday.")),
            _f("notice", FOOTER, 0.3, *_hs_notice()),
            _f("disclaimer", FOOTER, 0.45,
               (_OLD, "This Civilian Enterprise newspaper is an authorized publication for "
                      "members of the Department of Defense. Contents of The Hollister "
                      "Sentinel are not necessarily the official views of, or endorsed by, "
                      "the U.S. Government, the Department of Defense or the Department of "
                      "the Army."),
               (HS_DISCLAIMER.isoformat(), "The Hollister Sentinel is an authorized, "
                                           "unofficial publication. Its contents do not "
                                           "necessarily reflect the views of, and are not "
                                           "endorsed by, the U.S. Government, the Department "
                                           "of Defense, the Department of the Army or Fort "
                                           "Hollister.")),
            _f("advertising", FOOTER, 0.35, (_OLD, "Advertising in this publication, including "
                                                   "inserts and supplements, does not mean "
                                                   "that the Department of the Army or Lone "
                                                   "Prairie Media endorses the products or "
                                                   "services advertised.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Published by Lone Prairie Media, a private "
                                                "firm in no way connected with the Department "
                                                "of the Army, under exclusive written "
                                                "contract with Fort Hollister.")),
            _f("circulation", FOOTER, 0.2, *from_table(
                HS_CIRCULATION, lambda v: f"Printed weekly. Circulation: {v} copies.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled the battalion commander's "
                                                  "name.")),
        ),
    )


# --- a British defence trade magazine -----------------------------------------------------

BD_REDESIGN = dt.date(2017, 9, 12)  # relaunched on the opening day of DSEI 2017
BD_GDPR = (dt.date(2018, 5, 14), dt.date(2018, 5, 26))  # the re-consent drive, then a new pitch
BD_ISSUE_ONE = dt.date(1992, 3, 4)  # a Wednesday: issue 1
UK_BUDGET = (("2014-04-01", "2014/15: £36.4bn"), ("2015-04-01", "2015/16: £35.1bn"),
             ("2016-04-01", "2016/17: £35.3bn"), ("2017-04-01", "2017/18: £36.0bn"),
             ("2018-04-01", "2018/19: £37.0bn"), ("2019-04-01", "2019/20: £39.4bn"),
             ("2020-04-01", "2020/21: £41.5bn"))
DEFENCE_SHOWS = (("2015-02-22", "2015-02-26", "IDEX 2015"), ("2015-09-15", "2015-09-18",
                                                             "DSEI 2015"),
                 ("2016-06-13", "2016-06-17", "Eurosatory 2016"),
                 ("2016-07-11", "2016-07-17", "Farnborough 2016"),
                 ("2017-02-19", "2017-02-23", "IDEX 2017"), ("2017-09-12", "2017-09-15",
                                                             "DSEI 2017"),
                 ("2018-06-11", "2018-06-15", "Eurosatory 2018"),
                 ("2018-07-16", "2018-07-22", "Farnborough 2018"),
                 ("2019-02-17", "2019-02-21", "IDEX 2019"), ("2019-09-10", "2019-09-13",
                                                             "DSEI 2019"))


def _bd_dated(day: dt.date) -> str:
    if day < BD_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Updated {day.day} {MONTHS[day.month - 1][:3]} {day.year}, {{time}}"


def bd_issue(day: dt.date) -> tuple[int, dt.date]:
    """The magazine's latest issue on `day`: its number and its Wednesday."""
    wednesday = weekday_on_or_before(day, 2)
    return (wednesday - BD_ISSUE_ONE).days // 7 + 1, wednesday


def _bd_issue(day: dt.date) -> str:
    number, wednesday = bd_issue(day)
    return (f"In print: Issue {number:,}, {wednesday.day} {MONTHS[wednesday.month - 1]} "
            f"{wednesday.year}")


@cache
def _bd_notice() -> Wordings:
    base = _steps((_OLD, "Get the Bastion Daily Brief in your inbox every weekday morning"),
                  (BD_GDPR[1].isoformat(), "Bastion Daily Brief: the defence news that "
                                           "matters, at 6am, free for registered readers"))
    news = [
        _span("2015-11-23", "2015-11-30", "SDSR 2015: read our full analysis of the review"),
        (BD_GDPR[0], BD_GDPR[1], "📨 Keep receiving the Bastion Daily Brief: confirm your "
                                 "subscription in one click"),
        _span("2020-03-23", "2020-06-30", "Coronavirus and defence: our tracker of postponed "
                                          "shows, exercises and programmes"),
    ]
    shows = [_span(first, last, f"🛡️ {name}: all our show news, contracts and video")
             for first, last, name in DEFENCE_SHOWS]
    return _calendar(base, news, shows)


def bastion_style() -> PublisherStyle:
    """A British defence trade magazine: a sector kicker from a pool, the long date turned
    "Updated" with the short month and the time on the opening day of DSEI 2017 (a wording
    per day), "By" turned the writer with the beat, a subscriber marker reworded for the
    relaunch, the latest weekly print issue's number and Wednesday (a wording per week), a
    contract-value line with the prime contractor from a pool, related coverage and
    advertisement markers mid-body (up to twice), the year's UK defence budget (changing
    each April), a newsletter notice reworded after the 2018 re-consent drive and turned by
    the defence shows (IDEX, DSEI, Eurosatory, Farnborough), SDSR 2015 and the pandemic,
    the views line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bastiondefence.com", site="Bastion Defence Review", base_size=225,
        subdomains=(("www.", 100),),
        sections=("land", "air", "naval", "c4isr", "industry", "budgets"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={
            "sector": ("LAND", "AIR", "NAVAL", "C4ISR", "CYBER", "SPACE", "INDUSTRY",
                       "BUDGETS"),
            "beat": ("Land Editor", "Naval Correspondent", "Air Warfare Editor",
                     "Industry Reporter", "Europe Correspondent", "Asia-Pacific Correspondent"),
            "prime": ("BAE Systems", "Babcock International", "Leonardo", "Thales UK",
                      "QinetiQ", "MBDA", "General Dynamics UK"),
        },
        families=(
            _f("sector", HEADER, 0.5, (_OLD, "{sector}")),
            _f("dated", HEADER, 0.9, *_by_day(_bd_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (BD_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("premium", HEADER, 0.15, (_OLD, "This article is for subscribers only"),
               (BD_REDESIGN.isoformat(), "🔐 Bastion Pro · subscriber analysis")),
            _f("issue", HEADER, 0.15, *_by_day(_bd_issue)),
            _f("contract", MIDDLE, 0.2, (_OLD, "Contract value: £{count}m · Prime: {prime}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related coverage: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("budget", FOOTER, 0.15, *from_table(
                UK_BUDGET, lambda v: f"UK defence budget {v} (MoD departmental spending)")),
            _f("notice", FOOTER, 0.3, *_bd_notice()),
            _f("views", FOOTER, 0.25, (_OLD, "Opinions in commentary pieces are the authors' "
                                             "own and are not endorsed by the publisher.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Bastion Media Group Ltd. No part of "
                                                 "this article may be reproduced without "
                                                 "written permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally gave "
                                                  "the wrong number of hulls in the order.")),
        ),
    )


# --- a German defence trade magazine ------------------------------------------------------

WR_REDESIGN = dt.date(2019, 6, 15)  # relaunched on the Tag der Bundeswehr 2019
WR_EPAPER = dt.date(2019, 1, 1)
EINZELPLAN_14 = (("2015-01-01", "32,97"), ("2016-01-01", "34,29"), ("2017-01-01", "37,00"),
                 ("2018-01-01", "38,52"), ("2019-01-01", "43,23"), ("2020-01-01", "45,65"))
MSC = (("2015-02-06", "2015-02-08"), ("2016-02-12", "2016-02-14"), ("2017-02-17", "2017-02-19"),
       ("2018-02-16", "2018-02-18"), ("2019-02-15", "2019-02-17"), ("2020-02-14", "2020-02-16"))
TAG_DER_BUNDESWEHR = {2015: "2015-06-13", 2016: "2016-06-11", 2017: "2017-06-10",
                      2018: "2018-06-09", 2019: "2019-06-15"}  # none in 2020


def _wr_dated(day: dt.date) -> str:
    if day < WR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _wr_hinweis() -> Wordings:
    base = _steps((_OLD, "Der Wehrtechnik-Report erscheint zehnmal im Jahr – jetzt kostenloses "
                         "Probeheft bestellen"),
                  (WR_EPAPER.isoformat(), "📰 Neu: den Wehrtechnik-Report als E-Paper lesen, "
                                          "für Abonnenten ohne Aufpreis"))
    dossiers = [
        _span("2015-11-05", "2015-11-19", "60 Jahre Bundeswehr: unser Dossier zum Jubiläum"),
        _span("2016-07-13", "2016-07-20", "Das neue Weißbuch: Analysen und Stimmen"),
        _span("2020-03-23", "2020-06-30", "Corona: Die Bundeswehr in der Amtshilfe – alle "
                                          "Meldungen"),
    ]
    msc = [_span(first, last, f"Münchner Sicherheitskonferenz {first[:4]}: unser Live-Blog")
           for first, last in MSC]
    tag = _movable(lambda y: iso_day(TAG_DER_BUNDESWEHR[y]) if y in TAG_DER_BUNDESWEHR else None,
                   5, 0, lambda y: f"Tag der Bundeswehr {y}: die Standorte öffnen ihre Tore")
    return _calendar(base, dossiers, msc, tag)


def wehrtechnik_style() -> PublisherStyle:
    """A German defence trade magazine: a section from a pool, the numeric date turned the
    weekday and the long date on the Tag der Bundeswehr 2019 (a wording per day), "Von",
    photo credits with the rank from a pool, "Anzeige" (up to twice) and "Mehr zum Thema:"
    mid-body, the year's defence budget (Einzelplan 14, changing each January), the line
    that signed articles are not the editors' opinion, a sample-issue notice turned an
    e-paper notice and turned by the Munich Security Conference, the Tag der Bundeswehr,
    the Bundeswehr's 60th anniversary, the 2016 white paper and the pandemic, the imprint
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wehrtechnik-report.de", site="Wehrtechnik-Report", base_size=195,
        subdomains=(("www.", 100),),
        sections=("heer", "luftwaffe", "marine", "ruestung", "sicherheitspolitik"),
        n_authors=7, url_path="/{section}/{slug}.html",
        pools={
            "rubrik": ("Heer", "Luftwaffe", "Marine", "Rüstung", "Sicherheitspolitik",
                       "Cyber- und Informationsraum", "Streitkräftebasis"),
            "dienstgrad": ("Hauptfeldwebel", "Oberleutnant", "Stabsunteroffizier", "Hauptmann",
                           "Oberstabsgefreiter", "Stabsfeldwebel"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_wr_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: Bundeswehr/{dienstgrad} {author2}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("haushalt", FOOTER, 0.15, *from_table(
                EINZELPLAN_14, lambda v: f"Verteidigungshaushalt (Einzelplan 14): {v} Mrd. "
                                         f"Euro")),
            _f("meinung", FOOTER, 0.3, (_OLD, "Namentlich gekennzeichnete Beiträge geben nicht "
                                              "zwingend die Meinung der Redaktion wieder.")),
            _f("hinweis", FOOTER, 0.3, *_wr_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Der Wehrtechnik-Report ist eine Publikation "
                                                 "der Rheinufer Fachverlag GmbH, Bonn.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rheinufer Fachverlag GmbH. Nachdruck "
                                                 "nur mit schriftlicher Genehmigung.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Stückzahl der bestellten Fahrzeuge falsch "
                                                 "angegeben.")),
        ),
    )


# --- a French defence news site -----------------------------------------------------------

FD_REDESIGN = dt.date(2019, 7, 14)  # relaunched on Bastille Day 2019
FD_LETTRE = dt.date(2018, 9, 3)
BUDGET_ARMEES = (("2015-01-01", "31,4"), ("2016-01-01", "32,0"), ("2017-01-01", "32,7"),
                 ("2018-01-01", "34,2"), ("2019-01-01", "35,9"), ("2020-01-01", "37,5"))


def _fd_dated(day: dt.date) -> str:
    if day < FD_REDESIGN:
        return f"{day.day} {MOIS[day.month - 1]} {day.year}"
    return (f"Publié le {JOURS_ABR[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} "
            f"à {{time}}")


def _fd_armistice(y: int) -> str:
    if y == 2018:
        return "Centenaire de l'Armistice : toutes les cérémonies du 11 novembre 2018"
    return f"11 novembre {y} : les cérémonies de commémoration de l'Armistice"


@cache
def _fd_lettre() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous gratuitement à notre lettre quotidienne"),
                  (FD_LETTRE.isoformat(), "📩 La lettre défense : l'essentiel de l'actualité "
                                          "militaire chaque matin à 7 h, gratuitement"))
    news = [
        _span("2015-01-12", "2015-01-31", "Opération Sentinelle : 10 000 militaires déployés "
                                          "sur le territoire"),
        _span("2020-03-25", "2020-06-30", "Opération Résilience : les armées face au "
                                          "Covid-19"),
        _span("2020-07-08", "2020-07-14", "14 juillet 2020 : une cérémonie sans défilé, place "
                                          "de la Concorde"),
    ]
    eurosatory = [_span(first, last, f"Eurosatory {first[:4]} : le salon en direct de "
                                     f"Villepinte")
                  for first, last in (("2016-06-13", "2016-06-17"),
                                      ("2018-06-11", "2018-06-15"))]
    defile = _yearly("07-14", 6, 0, lambda y: f"Défilé du 14 juillet {y} : suivez la revue "
                                              f"des troupes en direct")
    armistice = _yearly("11-11", 4, 0, _fd_armistice)
    return _calendar(base, news, eurosatory, defile, armistice)


def fildefense_style() -> PublisherStyle:
    """A French defence news site: a section from a pool, the long date turned "Publié le"
    with the short weekday and the time on Bastille Day 2019 (a wording per day), "Par",
    photo credits from a pool, "Sur le même sujet :" and "PUBLICITÉ" (up to twice)
    mid-body, the year's armed-forces budget (changing each January), the line that an
    op-ed commits its author only, a newsletter notice reworded and turned by Opération
    Sentinelle, Eurosatory, each Bastille Day parade (and the 2020 ceremony without one),
    the Armistice and its centenary and Opération Résilience, the reproduction line and
    the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="lefildefense.fr", site="Le Fil Défense", base_size=175,
        subdomains=(("www.", 100),),
        sections=("terre", "air", "mer", "operations", "industrie", "memoire"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Terre", "Air", "Mer", "Opérations", "Industrie", "Renseignement",
                         "Mémoire"),
            "credit": ("© Armée de Terre", "© Marine nationale", "© Armée de l'air",
                       "© ECPAD", "© Ministère des Armées", "© État-major des armées"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_fd_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("credit", MIDDLE, 0.35, (_OLD, "Crédit photo : {credit}")),
            _f("sujet", MIDDLE, 0.3, (_OLD, "Sur le même sujet : {other_title}")),
            _f("publicite", MIDDLE, 0.25, (_OLD, "PUBLICITÉ"), count=2),
            _f("budget", FOOTER, 0.15, *from_table(
                BUDGET_ARMEES, lambda v: f"Budget des armées (hors pensions) : {v} Md€ cette "
                                         f"année")),
            _f("tribune", FOOTER, 0.25, (_OLD, "Les opinions exprimées dans cette tribune "
                                               "n'engagent que leur auteur.")),
            _f("lettre", FOOTER, 0.3, *_fd_lettre()),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans l'accord de la rédaction.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Le Fil Défense – Tous droits "
                                                 "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet article "
                                               "attribuait le contrat au mauvais industriel.")),
        ),
    )


# --- a Polish defence portal --------------------------------------------------------------

TM_REDESIGN = dt.date(2018, 8, 15)  # relaunched on Armed Forces Day, 2018
TM_WOT = dt.date(2017, 1, 1)  # the Territorial Defence Force is formed
BUDZET_MON = (("2015-01-01", "38,4"), ("2016-01-01", "37,1"), ("2017-01-01", "37,6"),
              ("2018-01-01", "41,1"), ("2019-01-01", "44,7"), ("2020-01-01", "49,0"))
MSPO = (("2015-09-01", "2015-09-04"), ("2016-09-06", "2016-09-09"), ("2017-09-05", "2017-09-08"),
        ("2018-09-04", "2018-09-07"), ("2019-09-03", "2019-09-06"), ("2020-09-08", "2020-09-11"))


def _tm_dated(day: dt.date) -> str:
    if day < TM_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"Opublikowano: {DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} "
            f"{day.year} r., godz. {{time}}")


def _tm_swieto(y: int) -> str:
    if y == 2018:
        return "Wielka Defilada Niepodległości: 15 sierpnia 2018 w Warszawie"
    return f"Święto Wojska Polskiego {y}: uroczystości w garnizonach w całym kraju"


@cache
def _tm_werbunek() -> Wordings:
    base = _steps((_OLD, "Chcesz zostać żołnierzem? Zapytaj w najbliższej WKU."),
                  (TM_WOT.isoformat(), "🇵🇱 Wstąp do Wojsk Obrony Terytorialnej – zgłoś się "
                                       "do swojej WKU"))
    news = [
        _span("2016-06-07", "2016-06-17", "Anakonda-16: relacje z największych ćwiczeń roku"),
        _span("2016-07-06", "2016-07-10", "Szczyt NATO w Warszawie: relacja na żywo"),
        _span("2018-11-05", "2018-11-12", "100. rocznica odzyskania niepodległości: "
                                          "obchody w całym kraju"),
        _span("2020-03-16", "2020-06-30", "Koronawirus: żołnierze WOT w operacji „Odporna "
                                          "Wiosna”"),
    ]
    swieto = _yearly("08-15", 4, 0, _tm_swieto)
    mspo = [_span(first, last, f"MSPO {first[:4]}: relacje z targów w Kielcach")
            for first, last in MSPO]
    listopad = _yearly("11-11", 3, 0, lambda y: f"Narodowe Święto Niepodległości {y}: "
                                                f"uroczysta zmiana wart")
    return _calendar(base, news, swieto, mspo, listopad)


def tarcza_style() -> PublisherStyle:
    """A Polish defence portal: a category from a pool, the numeric date and the time
    turned "Opublikowano:" with the weekday and the long date on Armed Forces Day 2018 (a
    wording per day), "Autor:", photo credits with the rank and the unit from pools,
    "Czytaj także:" and "REKLAMA" (up to twice) mid-body, the year's defence budget
    (changing each January), a recruiting line reworded when the Territorial Defence Force
    was formed and turned by Anakonda-16, the Warsaw NATO summit, Armed Forces Day (the
    2018 parade), MSPO, Independence Day and its centenary and the pandemic, the opinions
    line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="tarczaimiecz.pl", site="Tarcza i Miecz", base_size=150,
        subdomains=(("www.", 100),),
        sections=("wojsko", "przemysl", "bezpieczenstwo", "historia"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "kategoria": ("Wojska Lądowe", "Siły Powietrzne", "Marynarka Wojenna", "WOT",
                          "Przemysł zbrojeniowy", "Bezpieczeństwo", "Historia"),
            "stopien": ("kpr.", "st. szer.", "sierż.", "por.", "kpt.", "mł. chor."),
            "jednostka": ("DGRSZ", "12 DZ", "16 DPZ", "WOT", "MW", "18 DZ"),
        },
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_tm_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Fot. {stopien} {author2}/{jednostka}")),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA"), count=2),
            _f("budzet", FOOTER, 0.15, *from_table(
                BUDZET_MON, lambda v: f"Budżet MON w tym roku: {v} mld zł")),
            _f("werbunek", FOOTER, 0.3, *_tm_werbunek()),
            _f("opinie", FOOTER, 0.25, (_OLD, "Opinie wyrażone w komentarzach i felietonach "
                                              "są prywatnymi poglądami ich autorów.")),
            _f("prawa", FOOTER, 0.35, (_OLD, "© {year} Tarcza i Miecz. Wszelkie prawa "
                                             "zastrzeżone. Kopiowanie bez zgody redakcji "
                                             "zabronione.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędną nazwę jednostki.")),
        ),
    )


# --- a Korean defence and security paper --------------------------------------------------

AJ_REDESIGN = dt.date(2019, 10, 1)  # relaunched on Armed Forces Day 2019
AJ_COPYRIGHT = dt.date(2017, 7, 1)
AJ_KAKAO = dt.date(2018, 3, 1)  # a Plus Friend account, then the messenger's rename
AJ_CHANNEL = dt.date(2019, 7, 1)
GUKBANG_YESAN = (("2015-01-01", "37조 4560억 원"), ("2016-01-01", "38조 7995억 원"),
                 ("2017-01-01", "40조 3347억 원"), ("2018-01-01", "43조 1581억 원"),
                 ("2019-01-01", "46조 6971억 원"), ("2020-01-01", "50조 1527억 원"))
ADEX = (("2015-10-20", "2015-10-25"), ("2017-10-17", "2017-10-22"), ("2019-10-15", "2019-10-20"))


def _aj_dated(day: dt.date) -> str:
    if day < AJ_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"기사입력 {day.year}년 {day.month}월 {day.day}일({YOIL[day.weekday()]}) {{time}}"


@cache
def _aj_gongji() -> Wordings:
    base = _steps((_OLD, "안보저널 뉴스레터를 구독하시면 주요 기사를 이메일로 보내 드립니다"),
                  (AJ_KAKAO.isoformat(), "카카오톡 플러스친구에서 안보저널을 추가하세요"),
                  (AJ_CHANNEL.isoformat(), "📱 카카오톡 채널에서 안보저널을 추가하고 주요 기사를 "
                                           "받아 보세요"))
    news = [
        _span("2018-04-25", "2018-04-28", "남북정상회담: 판문점 현장 속보"),
        _span("2020-02-24", "2020-05-31", "코로나19: 장병 휴가·외출 통제 관련 안내"),
    ]
    armed_forces = _yearly("10-01", 3, 0, lambda y: f"건군 {y - 1948}주년 국군의 날: 기념식 "
                                                    f"생중계")
    memorial = _yearly("06-06", 2, 0, lambda y: f"제{y - 1955}회 현충일: 호국영령의 넋을 "
                                                f"기립니다")
    war = _yearly("06-25", 2, 0, lambda y: f"6·25전쟁 {y - 1950}주년: 참전용사를 기억합니다")
    adex = [_span(first, last, f"서울 ADEX {first[:4]}: 전시장 현장 소식") for first, last in ADEX]
    return _calendar(base, news, armed_forces, memorial, war, adex)


def anbo_style() -> PublisherStyle:
    """A Korean defence and security paper: a section from a pool, "입력" with the dotted
    date and the time turned "기사입력" with the long date and the weekday on Armed Forces
    Day 2019 (a wording per day), the reporter's line, "사진=... 제공" credits from a pool,
    "관련기사:" and "광고" (up to twice) mid-body, the year's defence budget (changing each
    January), a newsletter line turned a KakaoTalk Plus Friend line, reworded when it became
    a channel, and turned by the inter-Korean summit of 2018, Armed Forces Day, Memorial Day
    and the Korean War counted by year, ADEX and the pandemic, the tip line and the
    no-reproduction line (reworded in 2017: a block), a rare correction."""
    return PublisherStyle(
        domain="anbojournal.co.kr", site="안보저널", base_size=130,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("defense", "security", "industry", "barracks"),
        n_authors=6, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("국방", "안보", "방산", "육군", "해군", "공군", "병영"),
            "bu": ("국방부", "육군", "해군", "공군", "해병대", "방위사업청"),
        },
        families=(
            _f("bunya", HEADER, 0.45, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.85, *_by_day(_aj_dated)),
            _f("gija", HEADER, 0.55, (_OLD, "[안보저널 {author} 기자]")),
            _f("sajin", MIDDLE, 0.35, (_OLD, "사진={bu} 제공")),
            _f("gwallyeon", MIDDLE, 0.3, (_OLD, "관련기사: {other_title}")),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고"), count=2),
            _f("yesan", FOOTER, 0.15, *from_table(
                GUKBANG_YESAN, lambda v: f"올해 국방예산: {v}")),
            _f("gongji", FOOTER, 0.3, *_aj_gongji()),
            _f("jebo", FOOTER, 0.3, (_OLD, "기사제보 및 보도자료: news@anbojournal.co.kr")),
            _f("jeonjae", FOOTER, 0.45, (_OLD, "ⓒ 안보저널, 무단 전재 및 재배포 금지"),
               (AJ_COPYRIGHT.isoformat(), "저작권자 © 안보저널 무단전재 및 재배포 금지")),
            _f("bareul", HEADER, 0.04, (_OLD, "바로잡습니다: 기사 중 부대 명칭을 바로잡습니다.")),
        ),
    )


# --- a Ukrainian armed-forces news site ---------------------------------------------------

OV_REDESIGN = dt.date(2018, 12, 6)  # relaunched on Armed Forces Day 2018
OV_JFO = dt.date(2018, 4, 30)  # the ATO becomes the Joint Forces Operation
OV_CEASEFIRE = dt.date(2020, 7, 27)
OV_GREETING = dt.date(2018, 8, 24)  # "Glory to Ukraine!" becomes the forces' greeting
OV_TELEGRAM = dt.date(2019, 3, 1)
KONTRAKT = (("2014-06-01", "4 500"), ("2016-01-01", "7 000"), ("2018-01-01", "10 000"),
            ("2019-01-01", "12 000"), ("2020-01-01", "12 500"))


def _ov_dated(day: dt.date) -> str:
    if day < OV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"
    return f"{day.day} {MISIATSI[day.month - 1]} {day.year}, {DNI_UK[day.weekday()]}"


def _ov_zvedennia(day: dt.date) -> str:
    date = f"{day.day:02d}.{day.month:02d}.{day.year}"
    if day < OV_JFO:
        return f"Ситуація в зоні АТО станом на {date}"
    if day < OV_CEASEFIRE:
        return f"Ситуація в районі ООС станом на {date}"
    return f"Ситуація в районі ООС станом на {date}: діє режим припинення вогню"


@cache
def _ov_podii() -> Wordings:
    base = _steps((_OLD, "Приєднуйтеся до нашої сторінки у Facebook"),
                  (OV_TELEGRAM.isoformat(), "📲 Підписуйтеся на Telegram-канал «Оборонний "
                                            "вісник»"))
    news = [
        _span("2018-04-30", "2018-05-07", "З 30 квітня АТО змінила Операція об’єднаних сил: "
                                          "що це означає"),
        _span("2020-03-12", "2020-05-31", "Карантин: військові частини обмежують доступ "
                                          "відвідувачів"),
    ]
    defender = _yearly("10-14", 3, 0, lambda y: f"День захисника України {y}: вшановуємо "
                                                f"героїв")
    forces = _yearly("12-06", 3, 0, lambda y: f"{y - 1991}-та річниця Збройних Сил України")
    independence = _yearly("08-24", 3, 0, lambda y: f"День Незалежності {y}: "
                                                    f"{y - 1991}-та річниця, святкові заходи")
    return _calendar(base, news, defender, forces, independence)


def oboron_style() -> PublisherStyle:
    """A Ukrainian armed-forces news site: a rubric from a pool, the numeric date and the
    time turned the long date with the weekday on Armed Forces Day 2018 (a wording per
    day), "Автор:", photo credits with the rank from a pool and "Читайте також:" mid-body,
    the day's situation report (a wording per day: "ATO" turned "JFO" on 30 April 2018, the
    ceasefire of July 2020), contract pay (changing over the years), the line that the
    author's opinion may differ from the editors', a sign-off reworded when "Glory to
    Ukraine!" became the forces' greeting, a Facebook line turned a Telegram appeal and
    turned by the start of the Joint Forces Operation, the quarantine, Defender Day, Armed
    Forces Day and Independence Day counted from 1991, the attribution line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="oboronvisnyk.com.ua", site="Оборонний вісник", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "front", "veterans", "army"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubryka": ("Новини", "Фронт", "Сухопутні війська", "ВМС", "Повітряні сили",
                        "Ветерани", "Волонтери"),
            "zvannia": ("старший лейтенант", "сержант", "капітан", "молодший сержант",
                        "старший солдат", "майор"),
        },
        families=(
            _f("rubryka", HEADER, 0.45, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.85, *_by_day(_ov_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}")),
            _f("zvedennia", HEADER, 0.25, *_by_day(_ov_zvedennia)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Фото: {zvannia} {author2}"), count=2),
            _f("chytaite", MIDDLE, 0.3, (_OLD, "Читайте також: {other_title}")),
            _f("kontrakt", FOOTER, 0.2, *from_table(
                KONTRAKT, lambda v: f"Служба за контрактом у ЗСУ: грошове забезпечення від "
                                    f"{v} грн на місяць")),
            _f("dumka", FOOTER, 0.25, (_OLD, "Думка автора може не збігатися з позицією "
                                             "редакції.")),
            _f("gaslo", FOOTER, 0.2, (_OLD, "Разом – до перемоги!"),
               (OV_GREETING.isoformat(), "Слава Україні! Героям слава!")),
            _f("podii", FOOTER, 0.3, *_ov_podii()),
            _f("posylannia", FOOTER, 0.4, (_OLD, "При використанні матеріалів посилання на "
                                                 "«Оборонний вісник» обов’язкове.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Оборонний вісник")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлення: у попередній версії "
                                                    "матеріалу було неправильно вказано "
                                                    "номер бригади.")),
        ),
    )


# --- a Brazilian defence news site --------------------------------------------------------

DF_REDESIGN = dt.date(2019, 4, 2)  # relaunched on the opening day of LAAD 2019
DF_TELEGRAM = dt.date(2018, 8, 1)
LAAD = (("2015-04-14", "2015-04-17"), ("2017-04-04", "2017-04-07"), ("2019-04-02", "2019-04-05"))
ALISTAMENTO_END = {2020: "09-30"}  # extended in the pandemic; 30 June in other years


def _df_dated(day: dt.date) -> str:
    if day < DF_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def alistamento_open(y: int) -> str:
    end = ALISTAMENTO_END.get(y, "06-30")
    day, month = int(end[3:]), int(end[:2])
    return (f"Alistamento Militar {y}: jovens nascidos em {y - 18} têm até {day} de "
            f"{MESES[month - 1]} para se alistar")


def alistamento_closed(y: int) -> str:
    return (f"O prazo do Alistamento Militar {y} terminou. Quem perdeu o prazo deve procurar a "
            f"Junta de Serviço Militar.")


def _df_alistamento() -> Wordings:
    out = [(_OLD, alistamento_closed(2014))]
    for y in range(2015, 2022):
        end = iso_day(f"{y}-{ALISTAMENTO_END.get(y, '06-30')}", 1)
        out.append((f"{y}-01-02", alistamento_open(y)))
        if end <= LAST_DAY:
            out.append((end.isoformat(), alistamento_closed(y)))
    return tuple(out)


@cache
def _df_aviso() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Defesa em Foco pelo WhatsApp"),
                  (DF_TELEGRAM.isoformat(), "📲 Entre no nosso canal do Telegram e receba as "
                                            "notícias de defesa"))
    news = [
        _span("2018-02-16", "2018-12-31", "Intervenção federal no Rio de Janeiro: acompanhe a "
                                          "cobertura"),
        _span("2020-03-20", "2020-06-30", "Operação Covid-19: as Forças Armadas no combate à "
                                          "pandemia"),
    ]
    laad = [_span(first, last, f"LAAD {first[:4]}: cobertura completa da feira no Riocentro")
            for first, last in LAAD]
    soldado = _yearly("08-25", 3, 0, lambda y: f"25 de agosto: Dia do Soldado {y}")
    exercito = _yearly("04-19", 1, 0, lambda y: f"19 de abril: Dia do Exército Brasileiro {y}")
    return _calendar(base, news, laad, soldado, exercito)


def defesaemfoco_style() -> PublisherStyle:
    """A Brazilian defence news site: an editorial section from a pool, the numeric date
    and the time turned the weekday and the long date on the opening day of LAAD 2019 (a
    wording per day), "Por", photo credits with the rank and the service from pools,
    "Leia também:" and "Publicidade" (up to twice) mid-body, the year's military enlistment
    window (from 2 January to 30 June, to 30 September in 2020) and its closing line, a
    WhatsApp line turned a Telegram appeal and turned by the federal intervention in Rio,
    LAAD, Army Day, Soldier's Day and the pandemic, the signed-opinions line, the rights
    line, a rare erratum."""
    return PublisherStyle(
        domain="defesaemfoco.com.br", site="Defesa em Foco", base_size=90,
        subdomains=(("www.", 100),),
        sections=("exercito", "marinha", "fab", "industria", "geopolitica"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "editoria": ("Exército", "Marinha", "Força Aérea", "Indústria de Defesa",
                         "Geopolítica", "Fronteiras"),
            "posto": ("Sd", "Cb", "3º Sgt", "2º Ten", "Cap", "Ten Cel"),
            "forca": ("Exército Brasileiro", "Marinha do Brasil", "FAB", "Ministério da Defesa"),
        },
        families=(
            _f("editoria", HEADER, 0.45, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_df_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {posto} {author2} / {forca}")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.25, (_OLD, "Publicidade"), count=2),
            _f("alistamento", FOOTER, 0.2, *_df_alistamento()),
            _f("aviso", FOOTER, 0.3, *_df_aviso()),
            _f("opinioes", FOOTER, 0.25, (_OLD, "As opiniões expressas nos artigos assinados "
                                                "são de responsabilidade de seus autores e não "
                                                "refletem necessariamente a posição do site.")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Defesa em Foco. Todos os direitos "
                                                "reservados. Proibida a reprodução sem "
                                                "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta matéria trazia o "
                                              "nome errado do navio.")),
        ),
    )


# --- a British regimental veterans' association -------------------------------------------

LR_REDESIGN = dt.date(2018, 11, 11)  # relaunched on the centenary of the Armistice
MEMBERSHIP = (("2013-04-01", "£12 a year or £120 for life"),
              ("2017-04-01", "£15 a year or £150 for life"),
              ("2020-04-01", "£18 a year or £180 for life"))


def _lr_dated(day: dt.date) -> str:
    if day < LR_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


@cache
def _lr_notice() -> Wordings:
    base = _steps((_OLD, "Served with the Loamshires? Join the Association and keep in touch "
                         "with old comrades."))
    anniversaries = [
        _span("2016-06-24", "2016-07-01", "Somme 100: our members at Thiepval on 1 July"),
        _span("2018-10-20", "2018-11-11", "Armistice 100: the centenary of the end of the "
                                          "First World War – events near you"),
        _span("2019-05-30", "2019-06-06", "D-Day 75: follow our veterans' journey to "
                                          "Normandy"),
        _span("2020-05-01", "2020-05-08", "VE Day 75: mark the anniversary at home on Friday "
                                          "8 May"),
        _span("2020-03-23", "2020-04-30", "All branch meetings are suspended until further "
                                          "notice."),
    ]
    poppy = _yearly("11-11", 18, 0, lambda y: f"🌺 Poppy Appeal {y}: our branch collectors "
                                              f"need volunteers")
    afd = _movable(lambda y: last_weekday(y, 6, 5), 5, 0,
                   lambda y: f"Armed Forces Day {y}: march with the Association on Saturday "
                             f"{last_weekday(y, 6, 5).day} June")
    return _calendar(base, anniversaries, poppy, afd)


def loamshire_style() -> PublisherStyle:
    """A British regimental veterans' association: "Posted on" with the long date turned
    the ordinal date on the Armistice centenary (a wording per day), "Submitted by", photo
    credits with the retired rank from a pool, a rare reunion line mid-body, the membership
    rates (raised in 2017 and 2020), a join-us notice turned by the Somme, Armistice, D-Day
    and VE Day anniversaries, each Poppy Appeal, each Armed Forces Day and the suspended
    meetings of 2020, the welfare line, the views line and the charity line (a block),
    "We will remember them.", a rare update."""
    return PublisherStyle(
        domain="loamshireregiment.org.uk", site="The Loamshire Regiment Association",
        base_size=70, subdomains=(("www.", 100),),
        sections=("news", "branches", "reunions", "obituaries"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={"rank_uk": ("Cpl", "Sgt", "WO2", "Maj", "Capt", "L/Cpl"),
               "branch": ("Ashford", "Mardon", "Kelsey Cross", "Old Comrades (London)")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_lr_dated)),
            _f("submitted", HEADER, 0.4, (_OLD, "Submitted by {author}, {branch} branch")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo courtesy of {rank_uk} (retd) {author2}")),
            _f("reunion", MIDDLE, 0.08, (_OLD, "Reunion dinner tickets are available from your "
                                               "branch secretary.")),
            _f("membership", FOOTER, 0.2, *from_table(
                MEMBERSHIP, lambda v: f"Membership costs {v}. Serving soldiers join free.")),
            _f("notice", FOOTER, 0.35, *_lr_notice()),
            _f("welfare", FOOTER, 0.25, (_OLD, "Need help? Veterans and their families can "
                                               "call our welfare line on 0808 157 0391.")),
            _f("views", FOOTER, 0.3, (_OLD, "Views expressed in members' contributions are "
                                            "their own and not necessarily those of the "
                                            "Association.")),
            _f("charity", FOOTER, 0.4, (_OLD, "The Loamshire Regiment Association is a "
                                              "registered charity in England and Wales "
                                              "(no. 1034417).")),
            _f("remember", FOOTER, 0.15, (_OLD, "We will remember them.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the date of the branch's Remembrance "
                                              "service has changed.")),
        ),
    )


# --- an American veterans' post -----------------------------------------------------------

CR_REDESIGN = dt.date(2019, 1, 1)
CR_DUES = (("2014-09-01", "2015 dues: $30"), ("2015-09-01", "2016 dues: $30"),
           ("2016-09-01", "2017 dues: $35"), ("2017-09-01", "2018 dues: $35"),
           ("2018-09-01", "2019 dues: $38"), ("2019-09-01", "2020 dues: $40"),
           ("2020-09-01", "2021 dues: $40"))


def _cr_dated(day: dt.date) -> str:
    if day < CR_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Posted {day.month}/{day.day}/{day.year}"


def _cr_meeting(day: dt.date) -> str:
    meeting = next_meeting(day)
    return (f"Next post meeting: Tuesday, {MONTHS[meeting.month - 1]} {meeting.day}, 7 p.m., "
            f"at the post home")


@cache
def _cr_notice() -> Wordings:
    base = _steps((_OLD, "Our canteen is open to members and their guests Wednesday through "
                         "Sunday from 3 p.m."))
    covid = [_span("2020-03-16", "2020-06-30", "The canteen is closed and meetings are held by "
                                               "phone until further notice.")]
    memorial = _movable(lambda y: last_weekday(y, 5, 0), 6, 0,
                        lambda y: f"Memorial Day {y}: the parade steps off at 10 a.m., "
                                  f"ceremony at Veterans Park")
    flag = _yearly("06-14", 6, 0, lambda y: f"Flag Day {y}: bring worn flags to our "
                                            f"retirement ceremony")
    veterans = _yearly("11-11", 6, 0, lambda y: f"Veterans Day {y}: free lunch for every "
                                                f"veteran at the post home")
    pearl = _yearly("12-07", 2, 0, lambda y: f"Pearl Harbor Remembrance Day: {ordinal(y - 1941)} "
                                             f"anniversary, wreath at 11:55 a.m.")
    return _calendar(base, covid, memorial, flag, veterans, pearl)


def cedarridge_style() -> PublisherStyle:
    """An American veterans' post: the long date turned "Posted" with the numeric date on New
    Year's Day 2019 (a wording per day), the next post meeting on the second Tuesday (a
    wording per month), photo credits with retired ranks from a pool, a bingo line mid-body,
    the next year's dues (announced each September), the Veterans Crisis Line, a canteen
    notice turned by Memorial Day, Flag Day, Veterans Day, Pearl Harbor's anniversaries
    counted from 1941 and the pandemic, the tax line and the address (a block), a rare
    correction."""
    return PublisherStyle(
        domain="cedarridgepost212.org", site="Cedar Ridge Veterans Post 212", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "events", "auxiliary", "honor-guard"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"rank_us": ("Sgt. Maj.", "Chief Petty Officer", "Master Sgt.", "Lt. Col.",
                           "Cpl.")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_cr_dated)),
            _f("meeting", HEADER, 0.25, *_by_day(_cr_meeting)),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo courtesy of {rank_us} {author2} (Ret.)")),
            _f("bingo", MIDDLE, 0.12, (_OLD, "Mark your calendar: bingo every Friday at 6 p.m., "
                                             "open to the public.")),
            _f("dues", FOOTER, 0.2, *from_table(
                CR_DUES, lambda v: f"{v}. Pay at the canteen or mail a check to the post "
                                   f"adjutant.")),
            _f("crisis", FOOTER, 0.35, (_OLD, "Veterans Crisis Line: call 1-800-273-8255 and "
                                              "press 1, or text 838255.")),
            _f("notice", FOOTER, 0.3, *_cr_notice()),
            _f("tax", FOOTER, 0.2, (_OLD, "The post and its Auxiliary are a 501(c)(19) veterans' "
                                          "organization; donations may be tax-deductible.")),
            _f("address", FOOTER, 0.4, (_OLD, "Cedar Ridge Veterans Post 212 · 1418 Old Mill "
                                              "Road, Cedar Ridge, MO 65555 · (417) 555-0182")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the fish fry is on Friday, not "
                                                  "Saturday.")),
        ),
    )


# --- an American defence contractor's newsroom --------------------------------------------

CD_WIRE = dt.date(2019, 7, 1)  # releases move from one newswire to another
CD_STAFF = (("2014-02-15", "2,800"), ("2015-02-15", "3,100"), ("2016-02-15", "3,300"),
            ("2017-02-15", "3,600"), ("2018-02-15", "4,100"), ("2019-02-15", "4,400"),
            ("2020-02-15", "4,700"))
AUSA = (("2015-10-12", "2015-10-14"), ("2016-10-03", "2016-10-05"), ("2017-10-09", "2017-10-11"),
        ("2018-10-08", "2018-10-10"), ("2019-10-14", "2019-10-16"))
SPACE_SYMPOSIUM = (("2015-04-13", "2015-04-16"), ("2016-04-11", "2016-04-14"),
                   ("2017-04-03", "2017-04-06"), ("2018-04-16", "2018-04-19"),
                   ("2019-04-08", "2019-04-11"))


def _cd_dated(day: dt.date) -> str:
    if day < CD_WIRE:
        return f"HUNTSVILLE, Ala., {ap_date(day)} /PRNewswire/ --"
    return f"HUNTSVILLE, Ala.--(BUSINESS WIRE)--{ap_date(day)}--"


def cd_release(day: dt.date) -> str:
    """The release number: about one release every two working days, from 1 each year."""
    return f"{day.year % 100:02d}-{business_days(day) // 2 + 1:03d}"


@cache
def _cd_events() -> Wordings:
    base = _steps((_OLD, "Follow Calder Dynamics on LinkedIn and Twitter"))
    ausa = [(iso_day(first, -10), iso_day(last, 1), f"Visit us at AUSA {first[:4]} in "
                                                    f"Washington, D.C.")
            for first, last in AUSA]
    ausa.append(_span("2020-10-03", "2020-10-15", "Join us at AUSA 2020, this year a virtual "
                                                  "event"))
    space = [(iso_day(first, -10), iso_day(last, 1), f"Meet our team at the {first[:4]} Space "
                                                     f"Symposium in Colorado Springs")
             for first, last in SPACE_SYMPOSIUM]
    return _calendar(base, ausa, space)


def calder_style() -> PublisherStyle:
    """An American defence contractor's newsroom: "NEWS RELEASE", the release number (a
    wording per working day or two, from 1 each year), the Huntsville dateline with the
    AP-style date, PR Newswire's form turned Business Wire's on 1 July 2019 (a wording per
    day), a program line from a pool, the clearance line with the reviewing office from a
    pool and the case number, "###", the about line with the head count (changing each
    February), the forward-looking statements and the media contact (a block), the
    trademark line, an events line turned by AUSA (virtual in 2020) and the Space
    Symposium, a rare correction."""
    return PublisherStyle(
        domain="calderdynamics.com", site="Calder Dynamics", base_size=40,
        subdomains=(("www.", 60), ("news.", 40)),
        sections=("press-releases", "programs", "company"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={"program": ("Long-Range Precision Fires", "Integrated Air and Missile Defense",
                           "Next Generation Interceptor", "Counter-UAS", "Hypersonic Test "
                                                                         "Range Support"),
               "office": ("DOPSR", "AMRDEC Public Affairs", "88 ABW Public Affairs",
                          "NAVAIR Public Affairs")},
        families=(
            _f("release", HEADER, 0.6, (_OLD, "NEWS RELEASE")),
            _f("number", HEADER, 0.3, *_by_day(lambda day: f"Release No. {cd_release(day)}")),
            _f("dateline", HEADER, 0.8, *_by_day(_cd_dated)),
            _f("program", MIDDLE, 0.25, (_OLD, "Program: {program}")),
            _f("clearance", FOOTER, 0.35, (_OLD, "Approved for public release; distribution is "
                                                 "unlimited. {office} case no. {n}.")),
            _f("ends", FOOTER, 0.45, (_OLD, "###")),
            _f("about", FOOTER, 0.4, *from_table(CD_STAFF, lambda v: (
                f"About Calder Dynamics: Calder Dynamics designs and builds missile "
                f"components, sensors and test systems, with about {v} employees in five "
                f"states."))),
            _f("forward", FOOTER, 0.3, (_OLD, "This release contains forward-looking statements "
                                              "that involve risks and uncertainties; actual "
                                              "results may differ materially.")),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: Dana Whitcomb, +1 256-555-0147, "
                                            "media@calderdynamics.com")),
            _f("trademark", FOOTER, 0.15, (_OLD, "Calder Dynamics and the CD logo are "
                                                 "registered trademarks of Calder Dynamics, "
                                                 "Inc.")),
            _f("events", FOOTER, 0.2, *_cd_events()),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the contract's period of "
                                                  "performance runs to 2024, not 2023.")),
        ),
    )


# --- a bilingual Canadian base newspaper --------------------------------------------------

KL_REDESIGN = dt.date(2017, 7, 1)  # relaunched for Canada 150
KL_RATES = (("2013-01-01", "$2.50"), ("2017-01-01", "$2.75"), ("2020-01-01", "$3.00"))


def _kl_dated(day: dt.date) -> str:
    english = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if day < KL_REDESIGN:
        return english
    return f"{english} / le {day.day} {MOIS[day.month - 1]} {day.year}"


@cache
def _kl_notice() -> Wordings:
    base = _steps((_OLD, "Send your unit news and photos to the editor by Wednesday noon. / "
                         "Envoyez vos nouvelles à la rédaction avant mercredi midi."))
    special = [
        _span("2017-06-24", "2017-07-01", "Canada 150: celebrate on the parade square on "
                                          "July 1 / Canada 150 : célébrons ensemble le 1er "
                                          "juillet"),
        _span("2020-03-16", "2020-06-30", "COVID-19: the base is limited to essential "
                                          "personnel / Seul le personnel essentiel est admis"),
    ]
    remembrance = _yearly("11-11", 5, 0, lambda y: f"Remembrance Day {y}: the parade forms up "
                                                   f"at 10:30 a.m. / Jour du Souvenir {y}")
    atlantic = _movable(lambda y: nth_weekday(y, 5, 6, 1), 3, 0,
                        lambda y: f"Battle of the Atlantic Sunday {y} / Dimanche de la "
                                  f"bataille de l'Atlantique")
    britain = _movable(lambda y: nth_weekday(y, 9, 6, 3), 3, 0,
                       lambda y: f"Battle of Britain ceremony {y} / Cérémonie de la bataille "
                                 f"d'Angleterre")
    return _calendar(base, special, remembrance, atlantic, britain)


def kestrel_style() -> PublisherStyle:
    """A bilingual Canadian base newspaper: the English date joined by the French date on
    Canada Day 2017 (a wording per day), photo credits with the rank from a pool and a
    rare Reserve recruiting line mid-body, the English and the French "opinions are the
    writers'" lines and the publication line (a block), the advertising rate (raised in 2017
    and 2020), a submissions notice turned by Canada 150, Remembrance Day, the Battle of the
    Atlantic and the Battle of Britain Sundays and the pandemic, a rare correction."""
    return PublisherStyle(
        domain="kestrellakebeacon.ca", site="The Kestrel Lake Beacon", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "sports", "community"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"rank_ca": ("Cpl", "MCpl", "Avr", "Sgt", "Capt", "Lt")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_kl_dated)),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {rank_ca} {author2}, Imaging Services / "
                                             "Services d'imagerie")),
            _f("reserve", MIDDLE, 0.08, (_OLD, "Thinking about the Reserve? Talk to the "
                                               "recruiting detachment. / Vous songez à la "
                                               "Réserve? Parlez au détachement de "
                                               "recrutement.")),
            _f("notice", FOOTER, 0.3, *_kl_notice()),
            _f("opinions", FOOTER, 0.4, (_OLD, "Opinions expressed in The Kestrel Lake Beacon "
                                               "are those of the writers and do not necessarily "
                                               "reflect the views of the Department of National "
                                               "Defence.")),
            _f("avis", FOOTER, 0.35, (_OLD, "Les opinions exprimées dans le Kestrel Lake Beacon "
                                            "sont celles des auteurs et ne reflètent pas "
                                            "nécessairement celles du ministère de la Défense "
                                            "nationale.")),
            _f("published", FOOTER, 0.3, (_OLD, "Published every second Friday under the "
                                                "authority of the Wing Commander, 7 Wing "
                                                "Kestrel Lake.")),
            _f("rates", FOOTER, 0.15, *from_table(
                KL_RATES, lambda v: f"Display advertising: {v} per column inch / Publicité : "
                                    f"{v} le pouce de colonne")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction / Rectificatif: the change of "
                                                  "command is on June 14.")),
        ),
    )


def heldout139_styles() -> list[PublisherStyle]:
    """The held-back-139 styles, in the order the generator hands them to publishers."""
    return [
        hollister_style(), bastion_style(), wehrtechnik_style(), fildefense_style(),
        tarcza_style(), anbo_style(), oboron_style(), defesaemfoco_style(),
        loamshire_style(), cedarridge_style(), calder_style(), kestrel_style(),
    ]

