"""The ``held-back-197`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets. Firms, sites, case numbers, application and
registration numbers are made up.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"not legal advice" line or an advertisement marker. The publishers are patent, trademark and
intellectual-property news sites and law-firm bulletins in English, German, Japanese, French,
Portuguese and Ukrainian: an American IP news site, a German IP-law news site, a Japanese IP
news site, a French IP firm's letter, a Brazilian trademark and patent news site, a
Ukrainian IP news site, a London law firm's IP insights, a Tokyo patent firm's newsletter, a
Munich patent attorneys' client letter, a Lisbon IP agents' news page, a Kyiv law firm's IP
practice news and an American trademark-gazette watch service. The families are the kinds a
crawl of such sites holds: dates localised day by day in English (American and British),
German, Japanese (in the Heisei and then the Reiwa era from 1 May 2019), French, Portuguese
and Ukrainian, several changing form on the day of a redesign; application, registration,
patent, case and court-file number lines from pools; registry and gazette credits (OHIM
renamed EUIPO on 23 March 2016, IPDL replaced by J-PlatPat on 23 March 2015) and lines that
turn with the gazettes: every working day (the Portuguese Boletim da Propriedade Industrial),
every week (the American Official Gazette for trademarks on Tuesdays with its opposition
deadline, Brazil's RPI on Tuesdays, France's BOPI on Fridays, a weekly PTAB count), every
month (newsletter issues) and every day ("information as of" lines); "not legal advice"
notices reworded between 2016 and 2020 (GDPR and LGPD days among them); webinar, CLE, CPD and
continuing-training banners (the SRA's end of CPD hours in November 2016, § 15 FAO hours by
year end, the Ukrainian bar's points); subscription appeals turned by the calendars of IP
(INTA annual meetings, World IP Day, Supreme Court decisions, Brexit and the Unified Patent
Court, the German trade-mark reform, the French PACTE law and trade-mark package, Brazil's
Carnival and its accession to the Madrid Protocol, the Reiwa era change, Japanese exam
days, Golden Week and year-end closures, Ukraine's patent reform, the pandemic); fees and
amounts that change over the years (USPTO, EPO, EUIPO, INPI France and Brazil, JPO
trade-mark fees, Ukrainian court fees, DPMA filing numbers, a firm's headcount); related
links and advertisement markers mid-body (some up to two times); multi-line blocks
(regulatory lines, imprints, firm addresses, unsubscribe lines), bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
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
    carnival_tuesday,
    iso_day,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
# Ukrainian month names in the genitive, as a date prints them ("5 березня 2016").
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня")
# ... and in the nominative, as a month's heading prints them ("Березень 2016").
MISIATS = ("Січень", "Лютий", "Березень", "Квітень", "Травень", "Червень", "Липень",
           "Серпень", "Вересень", "Жовтень", "Листопад", "Грудень")
DNI = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
REIWA = dt.date(2019, 5, 1)  # the first day of the Reiwa era


# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF


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


def last_weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`: a weekly gazette's issue day."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def japanese_era(day: dt.date) -> str:
    """`day` as a Japanese era date: 平成 to 30 April 2019, 令和 from 1 May 2019 (元年 for the
    first year)."""
    if day < REIWA:
        era, year = "平成", day.year - 1988
    else:
        era, year = "令和", day.year - 2018
    return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"


def working_day_of_year(day: dt.date) -> int:
    """The number of Mondays to Fridays from 1 January to `day` (both included)."""
    start = dt.date(day.year, 1, 1)
    return sum((start + dt.timedelta(days=k)).weekday() < 5
               for k in range((day - start).days + 1))


def last_working_day(day: dt.date) -> dt.date:
    """`day` or, at a weekend, the Friday before it."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


# --- an American IP news site -------------------------------------------------------------

IL_REDESIGN = dt.date(2018, 10, 1)
IL_NEWSLETTER = dt.date(2017, 4, 3)
IL_DISCLAIMER = dt.date(2019, 1, 7)
INTA_MEETINGS = (("2015-05-02", "2015-05-06", "San Diego"), ("2016-05-21", "2016-05-25", "Orlando"),
                 ("2017-05-20", "2017-05-24", "Barcelona"), ("2018-05-19", "2018-05-23", "Seattle"),
                 ("2019-05-18", "2019-05-22", "Boston"))
USPTO_FILING_FEE = (("2013-03-19", "$280"), ("2018-01-16", "$300"), ("2020-10-02", "$320"))


def _il_dated(day: dt.date) -> str:
    if day < IL_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return (f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {{time12}} ET")


def ptab_week(friday: dt.date) -> tuple[int, int]:
    """Made-up PTAB numbers for the week to `friday`: institution decisions and the share
    instituted (lower from 2019)."""
    decisions = 18 + int(22 * noise(friday, "ptab-decisions"))
    rate = 55 + int(15 * noise(friday, "ptab-rate")) - (8 if friday.year >= 2019 else 0)
    return decisions, rate


def _il_ptab(day: dt.date) -> str:
    friday = last_weekday_on_or_before(day, 4)
    decisions, rate = ptab_week(friday)
    return (f"PTAB Watch, week ending {MONTHS[friday.month - 1]} {friday.day}: {decisions} "
            f"institution decisions, {rate}% instituted")


@cache
def _il_notice() -> Wordings:
    base = _steps((_OLD, "Get IP Ledger Daily, our free morning newsletter"),
                  (IL_NEWSLETTER.isoformat(), "📬 IP Ledger Daily: the patent and trademark "
                                              "briefing 40,000 IP professionals read. "
                                              "Subscribe free"))
    news = [
        _span("2017-05-22", "2017-05-31", "⚖️ TC Heartland: where patent owners can sue now. "
                                          "Our full coverage"),
        _span("2017-06-19", "2017-06-25", "⚖️ Matal v. Tam: the Supreme Court strikes down "
                                          "the disparagement bar"),
        _span("2018-04-24", "2018-05-01", "⚖️ Oil States and SAS: what the Supreme Court's "
                                          "IPR rulings mean for you"),
        _span("2019-06-24", "2019-06-30", "⚖️ Iancu v. Brunetti: the scandalous-marks bar "
                                          "falls too"),
        _span("2020-03-16", "2020-06-29", "🦠 COVID-19: USPTO deadline extensions and court "
                                          "closures, tracked daily"),
        _span("2020-06-30", "2020-07-06", "⚖️ Booking.com wins: a generic term plus .com can "
                                          "be a trademark"),
        _span("2020-11-16", "2020-11-20", "🖥️ INTA 2020 goes virtual: follow the Annual "
                                          "Meeting with us"),
    ]
    inta = [(iso_day(first, -3), iso_day(last, 1), f"🗓️ INTA {first[:4]} in {city}: our "
                                                   f"reporters are at the Annual Meeting")
            for first, last, city in INTA_MEETINGS]
    ip_day = _yearly("04-26", 2, 0, lambda y: f"🌍 World IP Day {y}: read our special "
                                              f"report")
    return _calendar(base, news, inta, ip_day)


def ipledger_style() -> PublisherStyle:
    """An American IP news site: a topic kicker, the short date turned the weekday, the long
    date and the Eastern time on 1 October 2018 (a wording per day), "By" turned the writer
    with the beat, a subscriber marker, the week's PTAB institution numbers to each Friday
    (a wording per week), the patent at issue and the case number from pools, "Related:"
    and advertisement markers up to twice, a CLE webinar banner from a pool, the USPTO basic
    filing fee (raised in 2018 and 2020), a "not legal advice" line reworded in 2019, a
    newsletter appeal reworded and turned by Supreme Court decisions, INTA's annual meetings,
    World IP Day and the pandemic, the publisher line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="ipledger.com", site="IP Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("patents", "trademarks", "copyright", "ptab", "litigation", "licensing"),
        n_authors=14, url_path="/{yyyy}/{mm}/{dd}/{slug}/id={n}/",
        pools={
            "kicker": ("PATENTS", "TRADEMARKS", "COPYRIGHT", "PTAB", "LITIGATION",
                       "LICENSING", "TRADE SECRETS"),
            "beat": ("Senior Patent Reporter", "Trademark Editor", "Washington Correspondent",
                     "Litigation Reporter", "Contributing Editor", "Federal Circuit Reporter"),
            "patent": ("8,934,217", "9,412,086", "7,665,431", "10,087,552", "9,118,760",
                       "8,501,339", "10,512,904"),
            "case": ("No. 2:16-cv-01187 (E.D. Tex.)", "No. 17-1432 (Fed. Cir.)",
                     "IPR2016-00923 (PTAB)", "No. 1:18-cv-00566 (D. Del.)",
                     "No. 3:19-cv-04120 (N.D. Cal.)", "No. 6:19-cv-00231 (W.D. Tex.)"),
            "webinar": ("Claim drafting after Alice", "Clearing a trademark in a crowded "
                        "register", "Surviving an IPR", "Licensing standard-essential patents",
                        "Trade secrets and departing employees"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_il_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (IL_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("premium", HEADER, 0.15, (_OLD, "Subscriber-only article"),
               (IL_REDESIGN.isoformat(), "🔒 IP Ledger Pro · For subscribers")),
            _f("ptab", HEADER, 0.15, *_by_day(_il_ptab)),
            _f("patent", MIDDLE, 0.3, (_OLD, "Patent at issue: U.S. Patent No. {patent}")),
            _f("case", MIDDLE, 0.25, (_OLD, "Case: {case}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("webinar", FOOTER, 0.2, (_OLD, "🎓 Free webinar: {webinar} · 1.0 CLE credit "
                                              "(approval pending in some states)")),
            _f("fees", FOOTER, 0.12, *from_table(USPTO_FILING_FEE, lambda v: (
                f"Fee watch: the USPTO basic filing fee for a utility application (large "
                f"entity) is {v}."))),
            _f("disclaimer", FOOTER, 0.5,
               (_OLD, "The views expressed are those of the author and do not constitute "
                      "legal advice."),
               (IL_DISCLAIMER.isoformat(), "Opinions are the author's own, not those of IP "
                                           "Ledger or its clients, and are not legal advice.")),
            _f("notice", FOOTER, 0.3, *_il_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "IP Ledger is published by Ledger Legal Media "
                                                "LLC, 410 Fourth Street NW, Suite 900, "
                                                "Washington, DC 20001.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Ledger Legal Media LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article misstated the filing date of the "
                                                  "patent.")),
        ),
    )


# --- a German IP-law news site ------------------------------------------------------------

IR_REDESIGN = dt.date(2017, 10, 2)
IR_DISCLAIMER = dt.date(2018, 1, 15)
IR_DSGVO = dt.date(2018, 5, 25)
IR_MSTV = dt.date(2020, 11, 7)  # the Medienstaatsvertrag replaces the Rundfunkstaatsvertrag
DPMA_BILANZ = (("2014-03-12", "63.167 Patentanmeldungen im Jahr 2013"),
               ("2015-03-10", "65.965 Patentanmeldungen im Jahr 2014"),
               ("2016-03-08", "66.897 Patentanmeldungen im Jahr 2015"),
               ("2017-03-07", "67.899 Patentanmeldungen im Jahr 2016"),
               ("2018-03-06", "67.712 Patentanmeldungen im Jahr 2017"),
               ("2019-03-05", "67.895 Patentanmeldungen im Jahr 2018"),
               ("2020-03-03", "67.434 Patentanmeldungen im Jahr 2019"))


def _ir_datum(day: dt.date) -> str:
    if day < IR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year} | "
            f"{{time}} Uhr")


@cache
def _ir_hinweis() -> Wordings:
    base = _steps((_OLD, "IP-Rundschau-Newsletter: jeden Dienstag kostenlos"),
                  (IR_DSGVO.isoformat(), "Newsletter abonnieren – mit Double-Opt-in, jederzeit "
                                         "abbestellbar"))
    news = [
        _span("2017-06-12", "2017-06-25", "Verfassungsbeschwerde stoppt das Einheitspatent "
                                          "vorerst: Was Anmelder jetzt wissen müssen"),
        _span("2019-01-07", "2019-01-20", "Markenrechtsmodernisierungsgesetz: Was sich ab "
                                          "14. Januar 2019 ändert"),
        _span("2019-04-22", "2019-05-05", "Geschäftsgeheimnisgesetz in Kraft: Checkliste für "
                                          "Unternehmen"),
        _span("2020-03-20", "2020-03-31", "BVerfG kippt das Zustimmungsgesetz zum "
                                          "Einheitspatent: unsere Analyse"),
        _span("2020-04-01", "2020-05-31", "Corona: Fristen bei DPMA, EPA und Gerichten im "
                                          "Überblick"),
    ]
    fao = _yearly("12-31", 30, 0, lambda y: f"⏳ § 15 FAO: Noch Fortbildungsstunden für {y} "
                                             f"nötig? Unsere Webinare mit "
                                             f"Teilnahmebescheinigung")
    return _calendar(base, news, fao)


def iprundschau_style() -> PublisherStyle:
    """A German IP-law news site: a section from a pool, the numeric date turned the
    weekday, the long date and the time on 2 October 2017 (a wording per day), "Von" turned
    the writer with the profession, the decision discussed and a German trade-mark number
    credited to DPMAregister from pools, "Lesen Sie auch:" and "Anzeige" (up to twice)
    mid-body, the DPMA's yearly patent filings (changing each March), a "keine
    Rechtsberatung" line reworded in 2018, a newsletter line reworded on the GDPR's day and
    turned by the UPC's constitutional complaint and ruling, the trade-mark and trade-secret
    reforms, the pandemic and each December's § 15 FAO hours, the imprint (its legal basis
    changed in November 2020) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ip-rundschau.de", site="IP-Rundschau", base_size=220,
        subdomains=(("www.", 100),),
        sections=("patentrecht", "markenrecht", "designrecht", "urheberrecht",
                  "wettbewerbsrecht"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Patentrecht", "Markenrecht", "Designrecht", "Urheberrecht",
                       "Wettbewerbsrecht", "Einheitspatent"),
            "beat": ("Rechtsanwalt", "Patentanwalt", "Redaktion",
                     "Fachanwältin für gewerblichen Rechtsschutz", "Rechtsanwältin"),
            "entscheidung": ("BGH, Urt. v. 11.10.2017 – I ZR 78/16",
                             "OLG Düsseldorf, Urt. v. 08.03.2018 – I-2 U 42/16",
                             "BPatG, Beschl. v. 24.05.2016 – 27 W (pat) 8/15",
                             "EuGH, Urt. v. 12.06.2019 – C-705/17",
                             "LG München I, Urt. v. 21.11.2019 – 7 O 3315/19"),
            "registernummer": ("30 2015 034 118", "30 2016 210 577", "30 2017 003 964",
                               "30 2018 112 430", "30 2019 208 051"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_ir_datum)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}"),
               (IR_REDESIGN.isoformat(), "Von {author}, {author_beat}")),
            _f("entscheidung", MIDDLE, 0.3, (_OLD, "Entscheidung: {entscheidung}")),
            _f("register", MIDDLE, 0.2, (_OLD, "Marke DE {registernummer} · Quelle: "
                                               "DPMAregister")),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("bilanz", FOOTER, 0.15, *from_table(DPMA_BILANZ, lambda v: (
                f"DPMA-Jahresbilanz: {v}"))),
            _f("rechtsberatung", FOOTER, 0.5,
               (_OLD, "Dieser Beitrag stellt keine Rechtsberatung dar."),
               (IR_DISCLAIMER.isoformat(), "Die Beiträge der IP-Rundschau dienen der "
                                           "allgemeinen Information und ersetzen keine "
                                           "Rechtsberatung im Einzelfall.")),
            _f("hinweis", FOOTER, 0.3, *_ir_hinweis()),
            _f("impressum", FOOTER, 0.25,
               (_OLD, "Ein Angebot der Rundschau Fachverlag GmbH, Köln. Verantwortlich i. S. "
                      "d. § 55 Abs. 2 RStV: die Chefredaktion."),
               (IR_MSTV.isoformat(), "Ein Angebot der Rundschau Fachverlag GmbH, Köln. "
                                     "Verantwortlich i. S. d. § 18 Abs. 2 MStV: die "
                                     "Chefredaktion.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rundschau Fachverlag GmbH – Alle "
                                                 "Rechte vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war das "
                                                 "Aktenzeichen falsch angegeben.")),
        ),
    )


# --- a Japanese IP news site --------------------------------------------------------------

CJ_REDESIGN = dt.date(2017, 4, 3)
CJ_PLATPAT = dt.date(2015, 3, 23)  # J-PlatPat replaces the IPDL
CJ_MAILMAG = dt.date(2018, 8, 1)
JPO_TM_FEE = (("2008-06-01", "37,600円"), ("2016-04-01", "28,200円"))


def _cj_hizuke(day: dt.date) -> str:
    if day < CJ_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{japanese_era(day)}（{YOUBI[day.weekday()]}） {{time}}"


def kentei_days(y: int) -> list[tuple[int, dt.date]]:
    """The IP management skills exams of year `y` (made-up days: the third Sunday of March,
    July and November) and their running numbers (the 20th in March 2015)."""
    return [(20 + 3 * (y - 2015) + k, nth_weekday(y, m, 6, 3)) for k, m in enumerate((3, 7, 11))]


@cache
def _cj_kokuchi() -> Wordings:
    base = _steps((_OLD, "知財時報メールマガジン（無料）のご登録はこちら"),
                  (CJ_MAILMAG.isoformat(), "毎朝届く知財ニュース。メールマガジン（無料）に"
                                           "登録する"))
    news = [
        _span("2019-04-22", "2019-05-07", "改元に伴う特許庁手続の元号表記について（令和対応）"),
        _span("2020-04-07", "2020-05-25", "緊急事態宣言を受けた特許庁の手続期間の取扱いについて"),
    ]
    exams: list[Event] = []
    for y in YEARS:
        for n, day in kentei_days(y):
            text = (f"第{n}回 知的財産管理技能検定は中止となりました" if day.year == 2020
                    and day.month in (3, 7) else
                    f"第{n}回 知的財産管理技能検定（{day.month}月{day.day}日）直前対策はこちら")
            exams.append((day - 14 * ONE, day + ONE, text))
    return _calendar(base, news, exams)


def chizaijiho_style() -> PublisherStyle:
    """A Japanese IP news site: a field from a pool, the dotted date turned the Japanese era
    date with the weekday and the time on 3 April 2017 (Heisei, then Reiwa from 1 May 2019;
    a wording per day), the writer, application and registration numbers from pools,
    "【関連記事】" and "広告" (up to twice) mid-body, a registry credit (IPDL replaced by
    J-PlatPat on 23 March 2015), "as of" with the day's date (a wording per day), the JPO
    trade-mark registration fee (cut in April 2016), a mail-magazine appeal reworded and
    turned by the exam days, the era change and the state of emergency, a "not legal
    advice" line, the no-reproduction line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="chizai-jiho.jp", site="知財時報", base_size=195,
        subdomains=(("www.", 100),),
        sections=("patent", "trademark", "design", "copyright", "strategy", "hanrei"),
        n_authors=8, url_path="/news/{yyyy}{mm}{dd}-{n}.html",
        pools={
            "bunya": ("特許", "商標", "意匠", "著作権", "知財戦略", "判例解説", "海外知財"),
            "shutsugan": ("特願2016-123456", "特願2017-045812", "商願2018-077301",
                          "意願2019-009876", "特願2019-210334", "商願2020-031145"),
            "toroku": ("特許第6123456号", "商標登録第5987654号", "特許第6543210号",
                       "意匠登録第1612345号", "商標登録第6234567号"),
        },
        families=(
            _f("bunya", HEADER, 0.5, (_OLD, "{bunya}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_cj_hizuke)),
            _f("kisha", HEADER, 0.45, (_OLD, "記者：{author}")),
            _f("shutsugan", MIDDLE, 0.3, (_OLD, "出願番号：{shutsugan}")),
            _f("toroku", MIDDLE, 0.2, (_OLD, "登録番号：{toroku}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("kokoku", MIDDLE, 0.3, (_OLD, "広告"), count=2),
            _f("shutten", FOOTER, 0.3, (_OLD, "出典：特許電子図書館（IPDL）"),
               (CJ_PLATPAT.isoformat(), "出典：特許情報プラットフォーム（J-PlatPat）")),
            _f("jiten", FOOTER, 0.3, *_daily(
                lambda day: f"※{day.year}年{day.month}月{day.day}日時点の情報です。")),
            _f("ryokin", FOOTER, 0.12, *from_table(JPO_TM_FEE, lambda v: (
                f"商標登録料（1区分あたり・10年分）：{v}"))),
            _f("kokuchi", FOOTER, 0.3, *_cj_kokuchi()),
            _f("menseki", FOOTER, 0.45, (_OLD, "本記事は一般的な情報提供を目的としたものであり、"
                                               "個別の案件についての法的助言ではありません。")),
            _f("tensai", FOOTER, 0.3, (_OLD, "記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} 知財時報 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の出願日に誤りがありましたので"
                                              "訂正しました。")),
        ),
    )


# --- a French IP firm's letter ------------------------------------------------------------

VL_REDESIGN = dt.date(2018, 9, 3)
VL_AVERTISSEMENT = dt.date(2017, 1, 9)
VL_RGPD = dt.date(2018, 5, 25)
VL_LETTRE = dt.date(2019, 9, 2)
INPI_FR_FEES = (("2009-01-01", "210 € jusqu'à trois classes"),
                ("2020-01-01", "190 € pour une classe, 40 € par classe supplémentaire"))


def _vl_date(day: dt.date) -> str:
    if day < VL_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} · Lecture "
            f"{{read_min}} min")


def lettre_number(day: dt.date) -> int:
    """The running number of the month's letter (the first in January 2008)."""
    return (day.year - 2008) * 12 + day.month


def bopi_issue(friday: dt.date) -> int:
    """The issue of the French trade-mark gazette out on `friday`: its week in the year."""
    return (friday.timetuple().tm_yday - 1) // 7 + 1


def _vl_bopi(day: dt.date) -> str:
    friday = last_weekday_on_or_before(day, 4)
    return (f"Dernier BOPI marques : n° {friday.year}-{bopi_issue(friday):02d} du "
            f"{friday.day} {MOIS[friday.month - 1]} {friday.year}")


@cache
def _vl_formation() -> Wordings:
    base = _steps((_OLD, "Recevez la Lettre PI chaque mois par e-mail"),
                  (VL_LETTRE.isoformat(), "📩 La Lettre PI, chaque mois : jurisprudence, "
                                          "réformes et échéances. Abonnement gratuit"))
    news = [
        _span("2019-12-02", "2019-12-20", "Réforme du droit des marques : ce qui change au "
                                          "11 décembre 2019"),
        _span("2020-02-17", "2020-03-16", "Loi PACTE : opposition aux brevets devant l'INPI "
                                          "à partir du 1er avril 2020"),
        _span("2020-03-17", "2020-05-10", "Confinement : le cabinet reste joignable et suit "
                                          "vos échéances à distance"),
    ]
    closed = _yearly("12-24", 10, 8, lambda y: f"🎄 Le cabinet sera fermé du 24 décembre {y} "
                                               f"au 1er janvier {y + 1} inclus")
    training = _yearly("06-15", 14, 0, lambda y: f"Petit-déjeuner PI du 15 juin {y} : deux "
                                                 f"heures validables au titre de la "
                                                 f"formation continue")
    return _calendar(base, news, closed, training)


def vasseurlemaire_style() -> PublisherStyle:
    """A French IP firm's letter: a field from a pool, "Publié le" with the numeric date
    turned the weekday, the long date and the reading time on 3 September 2018 (a wording per
    day), "Par" with the writer's profession, the letter's running number and month (a
    wording per month), a trade-mark number credited to the INPI base and the decision
    discussed from pools, "À lire aussi :" mid-body, the latest trade-mark gazette (BOPI)
    to each Friday (a wording per week), the INPI's online filing fee (changed in 2020), a
    "not a legal consultation" line reworded in 2017, a letter appeal reworded and turned by
    the trade-mark package, the PACTE law, the lockdown, each June's training breakfast and
    each Christmas closure, the unsubscribe line reworded on the GDPR's day and the copyright
    line (a block), a rare erratum."""
    return PublisherStyle(
        domain="vasseur-lemaire.fr", site="Vasseur & Lemaire", base_size=170,
        subdomains=(("www.", 100),),
        sections=("brevets", "marques", "dessins-modeles", "contentieux", "actualites"),
        n_authors=6, url_path="/actualites/{slug}/",
        pools={
            "rubrique": ("Brevets", "Marques", "Dessins et modèles", "Noms de domaine",
                         "Contentieux", "Droit d'auteur"),
            "beat": ("Conseil en propriété industrielle", "Avocat associé", "Juriste PI",
                     "Ingénieur brevets", "Avocate"),
            "marque": ("4 312 876", "4 198 034", "4 455 210", "4 520 987", "4 611 402"),
            "decision": ("Cass. com., 13 sept. 2017, n° 15-28.129",
                         "CA Paris, pôle 5 ch. 1, 26 juin 2018, n° 17/02311",
                         "TGI Paris, 3e ch., 12 avr. 2019, n° 17/08634",
                         "CJUE, 29 janv. 2020, C-371/18",
                         "TJ Paris, 3e ch., 9 oct. 2020, n° 19/05112"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_vl_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}, {author_beat}")),
            _f("lettre", HEADER, 0.25, *_by_day(
                lambda day: f"Lettre PI n° {lettre_number(day)} – {MOIS[day.month - 1]} "
                            f"{day.year}")),
            _f("marque", MIDDLE, 0.25, (_OLD, "Marque n° {marque} – source : base Marques de "
                                              "l'INPI")),
            _f("decision", MIDDLE, 0.25, (_OLD, "Décision commentée : {decision}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("bopi", FOOTER, 0.2, *_by_day(_vl_bopi)),
            _f("redevance", FOOTER, 0.12, *from_table(INPI_FR_FEES, lambda v: (
                f"Dépôt de marque en ligne à l'INPI : {v}."))),
            _f("avertissement", FOOTER, 0.45,
               (_OLD, "Cette lettre ne constitue pas une consultation juridique."),
               (VL_AVERTISSEMENT.isoformat(), "Les informations de cette lettre sont "
                                              "générales et ne constituent ni un avis ni une "
                                              "consultation juridique.")),
            _f("formation", FOOTER, 0.25, *_vl_formation()),
            _f("desinscription", FOOTER, 0.35,
               (_OLD, "Pour ne plus recevoir cette lettre, cliquez ici."),
               (VL_RGPD.isoformat(), "Conformément au RGPD, vous pouvez vous désinscrire et "
                                     "exercer vos droits à tout moment : "
                                     "dpo@vasseur-lemaire.fr")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Vasseur & Lemaire – Conseils en "
                                                 "propriété industrielle")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la date de dépôt citée dans la "
                                               "version précédente était erronée.")),
        ),
    )


# --- a Brazilian trademark and patent news site -------------------------------------------

MF_REDESIGN = dt.date(2018, 3, 5)
MF_WHATSAPP = dt.date(2018, 6, 4)
MF_LGPD = dt.date(2020, 9, 18)  # the LGPD comes into force
RPI_FIRST = (dt.date(2015, 1, 6), 2296)  # a Tuesday and the RPI's issue on it (made up)
INPI_BR_FEES = (("2012-04-01", "R$ 355,00 (R$ 142,00 com desconto)"),
                ("2017-02-06", "R$ 415,00 (R$ 166,00 com desconto)"),
                ("2020-03-02", "R$ 415,00 por classe (R$ 166,00 com desconto)"))


def rpi_issue(tuesday: dt.date) -> int:
    """The issue of the Brazilian industrial-property gazette out on `tuesday`."""
    first, number = RPI_FIRST
    return number + (tuesday - first).days // 7


def _mf_rpi(day: dt.date) -> str:
    tuesday = last_weekday_on_or_before(day, 1)
    return (f"Fonte: RPI nº {rpi_issue(tuesday)}, de {tuesday.day:02d}/{tuesday.month:02d}/"
            f"{tuesday.year}")


def _mf_data(day: dt.date) -> str:
    if day < MF_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"Publicado em {day.day} de {MESES[day.month - 1]} de {day.year}, às {{time}}"


@cache
def _mf_aviso() -> Wordings:
    base = _steps((_OLD, "Receba nossa newsletter semanal por e-mail"),
                  (MF_WHATSAPP.isoformat(), "📲 Receba as notícias de marcas e patentes no "
                                            "WhatsApp: cadastre-se grátis"))
    news = [
        _span("2019-08-01", "2019-08-15", "Plano de combate ao backlog de patentes: o que "
                                          "muda para quem deposita"),
        _span("2019-09-23", "2019-10-13", "🌎 Brasil no Protocolo de Madri: pedidos "
                                          "internacionais a partir de 2 de outubro de 2019"),
        _span("2020-03-16", "2020-05-31", "🦠 Covid-19: INPI suspende prazos e atendimento "
                                          "presencial"),
    ]
    carnival = _PERIOD.movable(carnival_tuesday, 4, 1, lambda y: (
        f"🎭 Carnaval {y}: sem expediente no INPI na segunda e na terça; prazos prorrogados"))
    return _calendar(base, news, carnival)


def marcasemfoco_style() -> PublisherStyle:
    """A Brazilian trademark and patent news site: a section from a pool, the numeric date
    and time turned "Publicado em" with the long date on 5 March 2018 (a wording per day),
    "Por", an INPI file number from a pool, "Leia também:" and "Publicidade" (up to twice)
    mid-body, the latest RPI issue to each Tuesday (a wording per week), the INPI trade-mark
    filing fee (raised in 2017, per class from 2020), an appeal reworded for WhatsApp and
    turned by each Carnival, the patent backlog plan, the Madrid Protocol and the pandemic,
    a "not a legal opinion" line, a cookie line reworded on the LGPD's day, the reproduction
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="marcasemfoco.com.br", site="Marcas em Foco", base_size=150,
        subdomains=(("www.", 100),),
        sections=("marcas", "patentes", "desenho-industrial", "software", "mercado"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Marcas", "Patentes", "Desenho Industrial", "Software",
                         "Indicações Geográficas", "Direito Autoral"),
            "processo": ("912345678", "915008321", "908776514", "BR 10 2017 012345-6",
                         "BR 20 2018 004321-0", "918220457"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_mf_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("processo", MIDDLE, 0.3, (_OLD, "Processo INPI nº {processo}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("rpi", HEADER, 0.25, *_by_day(_mf_rpi)),
            _f("retribuicao", FOOTER, 0.12, *from_table(INPI_BR_FEES, lambda v: (
                f"Retribuição do pedido de registro de marca: {v}"))),
            _f("aviso", FOOTER, 0.3, *_mf_aviso()),
            _f("parecer", FOOTER, 0.45, (_OLD, "O conteúdo deste site tem caráter meramente "
                                               "informativo e não constitui parecer "
                                               "jurídico.")),
            _f("cookies", FOOTER, 0.3,
               (_OLD, "Este site usa cookies para melhorar sua experiência."),
               (MF_LGPD.isoformat(), "Usamos cookies conforme a Lei Geral de Proteção de "
                                     "Dados (LGPD). Ao continuar navegando, você concorda com "
                                     "a nossa Política de Privacidade.")),
            _f("reproducao", FOOTER, 0.3, (_OLD, "É permitida a reprodução total ou parcial "
                                                 "desde que citada a fonte.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Marcas em Foco. Todos os direitos "
                                                 "reservados.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a versão anterior deste texto "
                                                "trazia o número do processo errado.")),
        ),
    )


# --- a Ukrainian IP news site -------------------------------------------------------------

IO_REDESIGN = dt.date(2018, 9, 3)
IO_TELEGRAM = dt.date(2017, 11, 1)
# The subsistence minimum for the able-bodied from each 1 January, the lowest court fee.
MINIMUM = (("2014-01-01", "1218"), ("2016-01-01", "1378"), ("2017-01-01", "1600"),
           ("2018-01-01", "1762"), ("2019-01-01", "1921"), ("2020-01-01", "2102"),
           ("2021-01-01", "2270"))


def _io_data(day: dt.date) -> str:
    if day < IO_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"{DNI[day.weekday()].capitalize()}, {day.day} {MISIATSI[day.month - 1]} "
            f"{day.year}, {{time}}")


def _io_zbir(day: dt.date) -> str:
    return (f"Судовий збір у {day.year} році: мінімальна ставка — "
            f"{value_on(day, MINIMUM)} грн")


@cache
def _io_ogoloshennia() -> Wordings:
    base = _steps((_OLD, "Слідкуйте за нами у Facebook"),
                  (IO_TELEGRAM.isoformat(), "📢 Підписуйтеся на наш Telegram-канал: новини "
                                            "ІВ щодня"))
    news = [
        _span("2020-03-12", "2020-05-11", "🦠 Карантин: подавайте документи до Укрпатенту "
                                          "в електронній формі"),
        _span("2020-08-03", "2020-08-31", "Патентна реформа: Закон № 815-IX набирає чинності "
                                          "16 серпня 2020 року"),
    ]
    ip_day = _yearly("04-26", 3, 0, lambda y: f"26 квітня {y} — Всесвітній день "
                                              f"інтелектуальної власності")
    return _calendar(base, news, ip_day)


def ipohliad_style() -> PublisherStyle:
    """A Ukrainian IP news site: a section from a pool, the numeric date and time turned the
    weekday and the long date on 3 September 2018 (a wording per day), "Автор:", application
    and certificate numbers from pools, "Читайте також:" and "Реклама" (up to twice)
    mid-body, the year's lowest court fee (changing each January), "information as of" with
    the day's date (a wording per day), an appeal reworded for Telegram and turned by World
    IP Day, the quarantine and the patent reform, a "not legal advice" line, the reuse line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ipohliad.com.ua", site="ІП-Огляд", base_size=130,
        subdomains=(("", 100),),
        sections=("patenty", "tm", "avtorske-pravo", "sudova-praktyka", "reforma"),
        n_authors=5, url_path="/news/{section}/{n}-{slug}",
        pools={
            "rubryka": ("Патенти", "Торговельні марки", "Авторське право", "Судова практика",
                        "Реформа ІВ", "Промислові зразки"),
            "zaiavka": ("m 2016 12345", "m 2017 20871", "a 2018 04512", "u 2019 01234",
                        "s 2020 00457"),
            "svidotstvo": ("213456", "238910", "251004", "264877", "279315"),
        },
        families=(
            _f("rubryka", HEADER, 0.5, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.85, *_by_day(_io_data)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}")),
            _f("zaiavka", MIDDLE, 0.3, (_OLD, "Заявка № {zaiavka}")),
            _f("svidotstvo", MIDDLE, 0.2, (_OLD, "Свідоцтво України на торговельну марку "
                                                 "№ {svidotstvo}")),
            _f("chytaite", MIDDLE, 0.35, (_OLD, "Читайте також: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("zbir", FOOTER, 0.15, *_by_day(_io_zbir)),
            _f("aktualno", FOOTER, 0.3, *_daily(
                lambda day: f"Інформація актуальна станом на {day.day:02d}.{day.month:02d}."
                            f"{day.year}")),
            _f("ogoloshennia", FOOTER, 0.3, *_io_ogoloshennia()),
            _f("zasterezhennia", FOOTER, 0.45, (_OLD, "Матеріал має інформаційний характер і "
                                                      "не є юридичною консультацією.")),
            _f("vykorystannia", FOOTER, 0.5, (_OLD, "Використання матеріалів дозволяється "
                                                    "лише з гіперпосиланням на "
                                                    "ipohliad.com.ua")),
            _f("copyright", FOOTER, 0.55, (_OLD, "© 2015–{year} ІП-Огляд. Усі права "
                                                 "захищено.")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлення: у попередній версії "
                                                    "матеріалу було помилково вказано номер "
                                                    "заявки.")),
        ),
    )


# --- a London law firm's IP insights ------------------------------------------------------

HB_REDESIGN = dt.date(2019, 2, 4)
HB_SRA = dt.date(2016, 11, 1)  # the SRA's CPD hours end: continuing competence
HB_EMAILS = dt.date(2017, 9, 1)
HB_FIRM = (("2014-05-01", "a full-service firm of 140 lawyers in London and Leeds"),
           ("2016-05-01", "a full-service firm of 155 lawyers in London and Leeds"),
           ("2018-05-01", "a full-service firm of 170 lawyers in London and Leeds"),
           ("2019-03-01", "a full-service firm of 180 lawyers in London, Leeds and Brussels"),
           ("2020-05-01", "a full-service firm of 190 lawyers in London, Leeds and Brussels"))


def _hb_dated(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    return f"Insight · {day.day} {MONTHS[day.month - 1]} {day.year} · {{read_min}} min read"


@cache
def _hb_banner() -> Wordings:
    base = _steps((_OLD, "Subscribe to our IP updates"),
                  (HB_EMAILS.isoformat(), "Get our IP insights by email: choose the topics "
                                          "you want"))
    news = [
        _span("2016-06-24", "2016-07-31", "🇬🇧 The UK votes to leave the EU: what it means for "
                                          "your EU trade marks and designs"),
        _span("2018-04-26", "2018-05-06", "The UK ratifies the UPC Agreement: next steps for "
                                          "the Unified Patent Court"),
        _span("2020-01-27", "2020-02-09", "Brexit day, 31 January 2020: EU trade marks and "
                                          "designs in the transition period"),
        _span("2020-03-23", "2020-05-31", "COVID-19: UKIPO interrupted days and remote "
                                          "hearings explained"),
        _span("2020-07-20", "2020-07-31", "The UK withdraws from the UPC Agreement: what "
                                          "patent owners should do"),
        _span("2020-12-01", "2021-01-10", "1 January 2021: a comparable UK right for every "
                                          "registered EU trade mark and design"),
    ]
    return _calendar(base, news)


def hartwellbrook_style() -> PublisherStyle:
    """A London law firm's IP insights: a practice area from a pool, the zero-padded date
    turned "Insight ·" with the reading time on 4 February 2019 (a wording per day), the
    two authors, a Brexit and UPC banner reworded and turned by the referendum, the UK's UPC
    ratification and withdrawal, Brexit day, the pandemic and the end of the transition
    period, a case citation from a pool, "Key points" and "Further reading:" mid-body, a
    webinar line reworded when the SRA ended CPD hours (1 November 2016), a "not legal
    advice" line reworded on the redesign day, the firm line (its size changing over the
    years, Brussels from 2019), the regulatory lines and the copyright line (a block), a rare
    update."""
    return PublisherStyle(
        domain="hartwellbrook.co.uk", site="Hartwell Brook", base_size=110,
        subdomains=(("www.", 100),),
        sections=("insights", "ip", "brexit", "events"),
        n_authors=6, url_path="/insights/{slug}",
        pools={
            "practice": ("Patents", "Trade marks", "Designs", "Copyright", "IP litigation",
                         "Brexit and IP"),
            "citation": ("[2017] EWHC 2831 (Pat)", "[2018] EWCA Civ 1371", "[2019] UKSC 15",
                         "[2020] EWHC 1456 (IPEC)", "O/412/18 (UKIPO)"),
        },
        families=(
            _f("practice", HEADER, 0.5, (_OLD, "{practice}")),
            _f("dated", HEADER, 0.85, *_by_day(_hb_dated)),
            _f("authors", HEADER, 0.6, (_OLD, "Authors: {author} and {author2}")),
            _f("banner", HEADER, 0.25, *_hb_banner()),
            _f("citation", MIDDLE, 0.25, (_OLD, "Case reference: {citation}")),
            _f("key-points", MIDDLE, 0.3, (_OLD, "Key points")),
            _f("further", MIDDLE, 0.3, (_OLD, "Further reading: {other_title}")),
            _f("webinar", FOOTER, 0.2,
               (_OLD, "Join our IP webinar series: each session counts for one hour of CPD."),
               (HB_SRA.isoformat(), "Join our IP webinar series: each session supports your "
                                    "continuing competence.")),
            _f("disclaimer", FOOTER, 0.55,
               (_OLD, "This publication is for general information only and does not "
                      "constitute legal advice."),
               (HB_REDESIGN.isoformat(), "This insight is a general summary of the law and "
                                         "is not legal advice: please contact us about your "
                                         "own circumstances.")),
            _f("firm", FOOTER, 0.2, *from_table(HB_FIRM, lambda v: (
                f"Hartwell Brook is {v}."))),
            _f("regulated", FOOTER, 0.45, (_OLD, "Hartwell Brook LLP is a limited liability "
                                                 "partnership registered in England and Wales "
                                                 "(OC398215), authorised and regulated by the "
                                                 "Solicitors Regulation Authority (SRA No. "
                                                 "624117).")),
            _f("ipreg", FOOTER, 0.35, (_OLD, "Our patent and trade mark attorneys are "
                                             "regulated by IPReg.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Hartwell Brook LLP {year}")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this insight was revised after the "
                                              "Court of Appeal's judgment.")),
        ),
    )


# --- a Tokyo patent firm's newsletter -----------------------------------------------------

YP_REDESIGN = dt.date(2018, 1, 9)
YP_ARCHIVE = dt.date(2019, 6, 3)
YP_SME = dt.date(2019, 4, 1)  # the JPO's flat half-fee reduction for small firms


def newsletter_volume(day: dt.date) -> int:
    """The running number of the month's newsletter (Vol.1 in January 2009)."""
    return (day.year - 2009) * 12 + day.month


def _yp_hiduke(day: dt.date) -> str:
    if day < YP_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日発行"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）更新"


def _jp_day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


@cache
def _yp_oshirase() -> Wordings:
    base = _steps((_OLD, "セミナー・勉強会の最新情報はウェブサイトでご案内しています"),
                  (YP_ARCHIVE.isoformat(), "オンラインセミナーのアーカイブ配信を始めました"))
    special = [
        _span("2019-04-15", "2019-05-06", "【休業のお知らせ】改元に伴い、2019年4月27日～5月6日"
                                          "は休業いたします"),
        _span("2020-04-08", "2020-05-31", "【新型コロナウイルス対応】当面の間、在宅勤務体制で"
                                          "業務を継続しております"),
    ]
    year_end = _yearly("12-29", 14, 5, lambda y: (
        f"【年末年始休業のお知らせ】{_jp_day(dt.date(y, 12, 29))}～"
        f"{_jp_day(dt.date(y + 1, 1, 3))}"), years=range(2014, 2021))
    golden = _yearly("05-03", 10, 3, lambda y: (
        f"【ゴールデンウィーク休業】{y}年5月3日～5月6日は休業いたします"))
    return _calendar(base, special, year_end, golden)


def yamashina_style() -> PublisherStyle:
    """A Tokyo patent firm's newsletter: the volume and month (a wording per month), the
    issue date turned the update date with the weekday on 9 January 2018 (a wording per
    day), the patent attorney who wrote it, a statute reference from a pool and a related
    newsletter mid-body, a notice line reworded for online seminars and turned by the
    year-end and Golden Week closures (the ten-day closure of the 2019 era change) and the
    pandemic, the JPO's small-firm fee reduction reworded in April 2019, a "not legal
    advice" line, the unsubscribe line, the office's address, telephone and copyright
    lines (a block), a rare correction."""
    return PublisherStyle(
        domain="yamashina-pat.jp", site="山科国際特許事務所", base_size=90,
        subdomains=(("www.", 100),),
        sections=("newsletter", "topics", "seminar"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}.html",
        pools={"sanko": ("特許法第29条第2項", "商標法第4条第1項第11号", "意匠法第3条",
                         "米国特許法第101条", "欧州特許条約第54条", "特許法第36条第6項")},
        families=(
            _f("vol", HEADER, 0.5, *_by_day(
                lambda day: f"山科国際特許事務所 ニュースレター Vol.{newsletter_volume(day)}"
                            f"（{day.year}年{day.month}月号）")),
            _f("hiduke", HEADER, 0.8, *_by_day(_yp_hiduke)),
            _f("shippitsu", HEADER, 0.55, (_OLD, "執筆：弁理士 {author}")),
            _f("sanko", MIDDLE, 0.3, (_OLD, "参考：{sanko}")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "▼関連ニュースレター：{other_title}")),
            _f("oshirase", FOOTER, 0.3, *_yp_oshirase()),
            _f("keigen", FOOTER, 0.15,
               (_OLD, "中小企業の審査請求料・特許料は、要件を満たせば1/2に軽減されます。"),
               (YP_SME.isoformat(), "2019年4月1日以降の審査請求から、中小企業は一律1/2軽減の"
                                    "対象となりました。")),
            _f("menseki", FOOTER, 0.5, (_OLD, "本ニュースレターは一般的な情報提供を目的とした"
                                              "ものであり、法的助言を構成するものではありませ"
                                              "ん。")),
            _f("haishin", FOOTER, 0.35, (_OLD, "配信停止・配信先の変更は、こちらからお手続き"
                                               "ください。")),
            _f("jimusho", FOOTER, 0.35, (_OLD, "山科国際特許事務所　〒105-0001 東京都港区虎ノ門"
                                               "四丁目21番5号")),
            _f("tel", FOOTER, 0.35, (_OLD, "TEL 03-5555-0197　FAX 03-5555-0198")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} 山科国際特許事務所")),
            _f("teisei", HEADER, 0.04, (_OLD, "※本号の記載に一部誤りがあったため、訂正いたし"
                                              "ました。")),
        ),
    )


# --- a Munich patent attorneys' client letter ---------------------------------------------

BK_REDESIGN = dt.date(2017, 1, 9)
BK_DSGVO = dt.date(2018, 5, 25)
EPA_RECHERCHE = (("2014-04-01", "1.285 €"), ("2016-04-01", "1.300 €"), ("2020-04-01", "1.350 €"))
UPC_STATUS = (("2014-01-01", "Start des Einheitlichen Patentgerichts voraussichtlich 2017"),
              ("2017-06-12", "Ratifikation in Deutschland wegen Verfassungsbeschwerde "
                             "ausgesetzt"),
              ("2020-03-20", "BVerfG erklärt das Zustimmungsgesetz für nichtig"),
              ("2020-11-26", "Bundestag beschließt das Zustimmungsgesetz erneut"),
              ("2020-12-18", "Bundesrat stimmt zu; neue Verfassungsbeschwerden anhängig"))


def _bk_datum(day: dt.date) -> str:
    if day < BK_REDESIGN:
        return f"München, den {day.day:02d}.{day.month:02d}.{day.year}"
    return f"München, {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _bk_erreichbar() -> Wordings:
    base = _steps((_OLD, "Fristen im Blick? Wir sind für Sie erreichbar: +49 89 5550 1200"))
    corona = [_span("2020-03-16", "2020-06-02", "Corona: Das EPA verlängert Fristen bis 2. "
                                                "Juni 2020 – wir arbeiten weiter für Sie")]
    closed = _yearly("12-24", 14, 8, lambda y: f"🎄 Das EPA ist vom 24. Dezember {y} bis "
                                               f"1. Januar {y + 1} teilweise geschlossen: "
                                               f"Fristen verlängern sich")
    return _calendar(base, corona, closed)


def brennerkessel_style() -> PublisherStyle:
    """A Munich patent attorneys' client letter: the month's client letter (a wording per
    month), "München, den" with the numeric date turned the long date on 9 January 2017 (a
    wording per day), the state of the Unified Patent Court (changing on the days of its
    complaint, ruling and new vote), a reachability line turned by the EPO's Christmas
    closures and the pandemic's extended periods, a deadline reminder from a pool mid-body,
    the contact partner, the EPO search fee (raised in 2016 and 2020), a "keine Beratung im
    Einzelfall" line, the imprint, the chamber line and a data-protection line reworded on
    the GDPR's day (a block), a rare correction."""
    return PublisherStyle(
        domain="brenner-kessel.de", site="Brenner Kessel", base_size=70,
        subdomains=(("www.", 100),),
        sections=("mandanteninformation", "aktuelles"),
        n_authors=4, url_path="/{section}/{yyyy}-{mm}-{slug}",
        pools={"frist": ("Prüfungsantrag binnen sechs Monaten nach Veröffentlichung des "
                         "Recherchenberichts", "Einspruchsfrist: neun Monate ab Hinweis auf "
                         "die Erteilung", "Jahresgebühr fällig am letzten Tag des "
                         "Anmeldemonats", "Widerspruchsfrist Marke: drei Monate ab "
                         "Veröffentlichung")},
        families=(
            _f("mandanteninfo", HEADER, 0.5, *_by_day(
                lambda day: f"Mandanteninformation {MONATE[day.month - 1]} {day.year}")),
            _f("datum", HEADER, 0.8, *_by_day(_bk_datum)),
            _f("einheitspatent", HEADER, 0.25, *from_table(UPC_STATUS, lambda v: (
                f"Stand Einheitspatent: {v}"))),
            _f("erreichbar", HEADER, 0.2, *_bk_erreichbar()),
            _f("frist", MIDDLE, 0.2, (_OLD, "Fristhinweis: {frist}")),
            _f("ansprechpartner", FOOTER, 0.45, (_OLD, "Ihr Ansprechpartner: {author}, "
                                                       "Patentanwalt und European Patent "
                                                       "Attorney")),
            _f("gebuehr", FOOTER, 0.15, *from_table(EPA_RECHERCHE, lambda v: (
                f"EPA-Recherchengebühr: {v}"))),
            _f("hinweis", FOOTER, 0.45, (_OLD, "Diese Mandanteninformation ersetzt keine "
                                               "Beratung im Einzelfall.")),
            _f("impressum", FOOTER, 0.35, (_OLD, "Brenner Kessel Patentanwälte PartG mbB · Sitz "
                                                 "München · Partnerschaftsregister AG München "
                                                 "PR 1187")),
            _f("kammer", FOOTER, 0.3, (_OLD, "Die Patentanwälte der Kanzlei sind Mitglieder der "
                                             "Patentanwaltskammer, München.")),
            _f("datenschutz", FOOTER, 0.3,
               (_OLD, "Sie erhalten diese Information als Mandant unserer Kanzlei. Abmeldung "
                      "jederzeit per E-Mail."),
               (BK_DSGVO.isoformat(), "Datenschutz: Wir verarbeiten Ihre Daten nach Art. 6 "
                                      "DSGVO. Abmeldung jederzeit an "
                                      "datenschutz@brenner-kessel.de")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In der ersten Fassung war eine "
                                                 "Frist falsch berechnet.")),
        ),
    )


# --- a Lisbon IP agents' news page --------------------------------------------------------

SL_REDESIGN = dt.date(2019, 1, 7)
SL_EUIPO = dt.date(2016, 3, 23)  # OHIM becomes EUIPO; the EU trade-mark fees change
SL_RGPD = dt.date(2018, 5, 25)
EUTM_FEE = (("2009-05-01", "900 € (até três classes)"), ("2016-03-23", "850 € (uma classe)"))


def _sl_data(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return f"Lisboa, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"Publicado a {day.day:02d}.{day.month:02d}.{day.year}"


def _sl_bpi(day: dt.date) -> str:
    issue = last_working_day(day)
    return (f"Fonte: Boletim da Propriedade Industrial n.º {working_day_of_year(issue)}/"
            f"{issue.year}, de {issue.day} de {MESES[issue.month - 1]} de {issue.year}")


def sousalobo_style() -> PublisherStyle:
    """A Lisbon IP agents' news page: "Lisboa," with the long date turned "Publicado a" with
    the dotted date on 7 January 2019 (a wording per day), the day's Boletim da Propriedade
    Industrial, numbered by working day (a wording per working day), a registry credit
    (OHIM renamed EUIPO on 23 March 2016) and "Veja também:" mid-body, the EU trade-mark
    filing fee (cut on the same day), the official agent who signs, a general-information
    line, a consent line reworded on the GDPR's day, the address and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="sousalobo.pt", site="Sousa Lobo & Associados", base_size=55,
        subdomains=(("www.", 100),),
        sections=("noticias", "marcas", "patentes"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.8, *_by_day(_sl_data)),
            _f("bpi", FOOTER, 0.3, *_by_day(_sl_bpi)),
            _f("dados", MIDDLE, 0.2, (_OLD, "Dados: OHIM / TMview"),
               (SL_EUIPO.isoformat(), "Dados: EUIPO / TMview")),
            _f("veja", MIDDLE, 0.3, (_OLD, "Veja também: {other_title}")),
            _f("taxa", FOOTER, 0.15, *from_table(EUTM_FEE, lambda v: (
                f"Marca da UE, pedido em linha: taxa de base de {v}"))),
            _f("agente", FOOTER, 0.4, (_OLD, "{author}, Agente Oficial da Propriedade "
                                             "Industrial")),
            _f("aviso", FOOTER, 0.45, (_OLD, "A presente informação é de caráter geral e não "
                                             "dispensa a consulta de um profissional.")),
            _f("consentimento", FOOTER, 0.25,
               (_OLD, "Para deixar de receber estas comunicações, responda com REMOVER."),
               (SL_RGPD.isoformat(), "Nos termos do RGPD, pode retirar o seu consentimento a "
                                     "qualquer momento através de privacidade@sousalobo.pt.")),
            _f("morada", FOOTER, 0.3, (_OLD, "Sousa Lobo & Associados · Avenida da Liberdade, "
                                             "190, 4.º · 1250-147 Lisboa")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Sousa Lobo & Associados")),
            _f("rectificacao", HEADER, 0.04, (_OLD, "Rectificação: a data de publicação no "
                                                    "Boletim foi corrigida.")),
        ),
    )


# --- a Kyiv law firm's IP practice news ---------------------------------------------------

KP_POINTS = dt.date(2017, 9, 1)


def kyiv_dated(day: dt.date) -> str:
    return f"Київ, {day.day} {MISIATSI[day.month - 1]} {day.year} р."


def kravets_style() -> PublisherStyle:
    """A Kyiv law firm's IP practice news: the practice line, "Київ," with the long date (a
    wording per day), the month's digest heading (a wording per month), the author with
    the titles, a webinar line reworded in 2017 for the bar's training points, a "not legal
    advice" line, the contacts and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kravets-partners.com.ua", site="Кравець і партнери", base_size=40,
        subdomains=(("", 100),),
        sections=("news", "publications"),
        n_authors=3, url_path="/uk/{section}/{slug}",
        families=(
            _f("praktyka", HEADER, 0.4, (_OLD, "Практика інтелектуальної власності")),
            _f("data", HEADER, 0.8, *_by_day(kyiv_dated)),
            _f("daidzhest", HEADER, 0.3, *_by_day(
                lambda day: f"Дайджест ІВ: {MISIATS[day.month - 1]} {day.year}")),
            _f("avtor", FOOTER, 0.45, (_OLD, "Автор: {author}, адвокат, патентний повірений "
                                             "України")),
            _f("vebinar", FOOTER, 0.2,
               (_OLD, "Запрошуємо на наші безкоштовні вебінари з інтелектуальної власності."),
               (KP_POINTS.isoformat(), "Вебінари з ІВ: участь зараховується до підвищення "
                                       "кваліфікації адвокатів (2 бали).")),
            _f("zasterezhennia", FOOTER, 0.45, (_OLD, "Ця публікація має загальний характер і "
                                                      "не є юридичною консультацією.")),
            _f("kontakty", FOOTER, 0.3, (_OLD, "Юридична фірма «Кравець і партнери» · вул. "
                                               "Володимирська, 49-А, Київ, 01034")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Кравець і партнери")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлено: уточнено дату набрання "
                                                    "чинності рішенням.")),
        ),
    )


# --- an American trademark-gazette watch service ------------------------------------------

GW_COUNSEL = dt.date(2019, 8, 3)  # foreign-domiciled applicants need a U.S. attorney
TEAS_PLUS = (("2009-01-31", "$275"), ("2015-01-17", "$225"))


def opposition_deadline(gazette: dt.date) -> dt.date:
    """The last day of the 30-day opposition period for marks published on `gazette`."""
    return gazette + 30 * ONE


def _gw_og(day: dt.date) -> str:
    tuesday = last_weekday_on_or_before(day, 1)
    return (f"Official Gazette for Trademarks · Tuesday, {MONTHS[tuesday.month - 1]} "
            f"{tuesday.day}, {tuesday.year}")


def _gw_opposition(day: dt.date) -> str:
    tuesday = last_weekday_on_or_before(day, 1)
    end = opposition_deadline(tuesday)
    return (f"Published for opposition {tuesday.month}/{tuesday.day}/{tuesday.year} · "
            f"opposition period ends {end.month}/{end.day}/{end.year}")


def gazettewatch_style() -> PublisherStyle:
    """An American trademark-gazette watch service: the week's Official Gazette for
    trademarks to each Tuesday and its opposition deadline (wordings per week), serial
    numbers and classes from pools mid-body, the data credit, the TEAS Plus fee (cut in
    2015), a "not a law firm" line reworded when foreign applicants came to need a U.S.
    attorney (3 August 2019), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="gazettewatch.com", site="Gazette Watch", base_size=30,
        subdomains=(("www.", 100),),
        sections=("gazette", "marks", "blog"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"serial": ("86/512,334", "87/104,876", "88/230,519", "90/011,742",
                          "87/655,018"),
               "tmclass": ("9", "25", "35", "41", "42", "30")},
        families=(
            _f("gazette", HEADER, 0.5, *_by_day(_gw_og)),
            _f("opposition", HEADER, 0.35, *_by_day(_gw_opposition)),
            _f("serial", MIDDLE, 0.35, (_OLD, "Serial No. {serial}")),
            _f("tmclass", MIDDLE, 0.2, (_OLD, "International Class {tmclass}")),
            _f("source", FOOTER, 0.35, (_OLD, "Data: USPTO TSDR and the Trademark Official "
                                              "Gazette")),
            _f("fee", FOOTER, 0.12, *from_table(TEAS_PLUS, lambda v: (
                f"Current USPTO fee for a TEAS Plus application: {v} per class."))),
            _f("not-a-law-firm", FOOTER, 0.45,
               (_OLD, "Gazette Watch is not a law firm and does not give legal advice."),
               (GW_COUNSEL.isoformat(), "Gazette Watch is not a law firm. Since August 3, "
                                        "2019, applicants based outside the U.S. must be "
                                        "represented by a U.S.-licensed attorney.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Gazette Watch")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this entry listed the wrong "
                                                  "registration number.")),
        ),
    )


def heldout197_styles() -> list[PublisherStyle]:
    """The held-back-197 styles, in the order the generator hands them to publishers."""
    return [
        ipledger_style(), iprundschau_style(), chizaijiho_style(), vasseurlemaire_style(),
        marcasemfoco_style(), ipohliad_style(), hartwellbrook_style(), yamashina_style(),
        brennerkessel_style(), sousalobo_style(), kravets_style(), gazettewatch_style(),
    ]
