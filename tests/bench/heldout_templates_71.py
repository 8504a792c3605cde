"""The ``held-back-71`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-68 set
(`tests.bench.heldout_templates_68`; a held-back-69 and a held-back-70 set were being written
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

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. Ten publishers are news sites from places in Central and Eastern Europe and
Southeast Asia no earlier set had a publisher in, large and small, in Polish, Hungarian,
Vietnamese, Ukrainian, Thai, Indonesian, Russian, Belarusian, Khmer and Bulgarian, one with a
Romanian language switch, one with a Sasak thank-you, two with Thai or Khmer numerals; two are
small specialist sites in English with lines in the local language: a dive centre's log on a
Malaysian island and a weaving cooperative's news in Laos. The families are the kinds a crawl
of such sites holds: dates localised day by day (one with the Buddhist era, one in Khmer
numerals, most changing form on the day of a redesign), lines that turn with the law, the week,
the fortnight, the month or the day (whether the coming Sunday is a trading one under a ban
that tightened each year, a weekly lottery draw, a petrol price reset every fifteen days, a
weekly paddy price, the foreign visitors of the month before last, a heating season's day count
between the days the city switched it on and off, the day of Ramadan, a river gauge with its
spring flood, a nightly aurora forecast, a dive season with its weekly visibility and the days
of a movement control order), reading times, view counts, bylines of many shapes (one at the
foot of the article, one with a reporter and an editor), datelines, donation, newsletter and
messenger notices, an age rating, a footer menu, an editor's title and name that changed,
notices reworded in 2017-2020, notices that follow a calendar (votes and run-offs, a
referendum, a year of mourning and a coronation, floods, earthquakes, an internet outage, the
2020 epidemic, its curfews and postponed holidays, national days with their counts and the
right plural, feasts on the Western, Orthodox, lunar, Buddhist and Islamic calendars, the two
Easters on one day, carnival, a festival whose host town moves each year, festivals called off
in 2020) and the seasons (beaches, vintages, flowers, trekking closures, roses, turtles, dyes),
other articles' titles, a tag list, multi-line blocks, mid-body inserts (some up to two times),
bare lines, and families in only 4-5% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    digits,
    easter,
    last_weekday,
    nth_weekday,
    orthodox_easter,
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

ONE_DAY = dt.timedelta(days=1)

POLISH_MONTHS_GENITIVE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                          "sierpnia", "września", "października", "listopada", "grudnia")
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")
HUNGARIAN_MONTHS = ("január", "február", "március", "április", "május", "június", "július",
                    "augusztus", "szeptember", "október", "november", "december")
HUNGARIAN_WEEKDAYS = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật")
UKRAINIAN_MONTHS_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня",
                             "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")
UKRAINIAN_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота",
                      "неділя")
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                     "ต.ค.", "พ.ย.", "ธ.ค.")
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
THAI_ZERO = "๐"
RUSSIAN_MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                           "августа", "сентября", "октября", "ноября", "декабря")
RUSSIAN_WEEKDAYS_SHORT = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
BELARUSIAN_MONTHS_GENITIVE = ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня",
                              "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада",
                              "снежня")
BELARUSIAN_WEEKDAYS = ("панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота",
                       "нядзеля")
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
                "តុលា", "វិច្ឆិកា", "ធ្នូ")
KHMER_WEEKDAYS = ("ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ")
KHMER_ZERO = "០"
BULGARIAN_MONTHS = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                    "септември", "октомври", "ноември", "декември")
BULGARIAN_WEEKDAYS = ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота",
                      "неделя")

# Lunar, Buddhist and Islamic days as the sites announced them.
TET = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25"}
VN_YEAR_NAMES = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
                 2019: "Kỷ Hợi", 2020: "Canh Tý"}
HUNG_KINGS = {2015: "2015-04-28", 2016: "2016-04-16", 2017: "2017-04-06", 2018: "2018-04-25",
              2019: "2019-04-14", 2020: "2020-04-02"}  # the 10th day of the 3rd lunar month
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
KHAO_PHANSA = {2015: "2015-07-31", 2016: "2016-07-20", 2017: "2017-07-09", 2018: "2018-07-28",
               2019: "2019-07-17", 2020: "2020-07-06"}
OK_PHANSA = {2015: "2015-10-27", 2016: "2016-10-16", 2017: "2017-10-05", 2018: "2018-10-24",
             2019: "2019-10-13", 2020: "2020-10-02"}
LOY_KRATHONG = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03",
                2018: "2018-11-22", 2019: "2019-11-11", 2020: "2020-10-31"}
RAMADAN_START = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27",
                 2018: "2018-05-17", 2019: "2019-05-06", 2020: "2020-04-24"}
EID_AL_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-05", 2020: "2020-05-24"}
EID_AL_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-22",
               2019: "2019-08-11", 2020: "2020-07-31"}
HIJRI_YEARS = {2015: 1436, 2016: 1437, 2017: 1438, 2018: 1439, 2019: 1440, 2020: 1441}


def plural(n: int, one: str, few: str, many: str) -> str:
    """`n` with the East Slavic plural of its noun: 21 рік, 22 роки, 25 років, 11 років."""
    if n % 10 == 1 and n % 100 != 11:
        word = one
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = few
    else:
        word = many
    return f"{n} {word}"


def coming_sunday(day: dt.date) -> dt.date:
    """The Sunday of `day`'s week: `day` itself if a Sunday, else the next one."""
    return day + dt.timedelta(days=6 - day.weekday())


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (on or before it)."""
    return day - dt.timedelta(days=day.weekday())


def grouped(number: int, zero: str, sep: str = ",") -> str:
    """`number` in thousands groups (`sep` between them) in the digits whose zero is
    `zero`."""
    groups = f"{number:,}".split(",")
    return sep.join(digits(int(g), zero, len(g) if i else 0) for i, g in enumerate(groups))


# --- a Polish-language border town daily with Ukrainian neighbours (Przemyśl) ----------------

PL_REDESIGN = dt.date(2018, 11, 11)  # on the centenary of independence the date turned numeric
PL_BYLINE = dt.date(2017, 9, 4)
PL_LINKS = dt.date(2019, 4, 1)
PL_PATRONITE = dt.date(2019, 1, 14)
PL_RIGHTS = dt.date(2020, 1, 7)
PL_BAN = dt.date(2018, 3, 1)  # the law limiting Sunday trading came into force
PL_SUNDAYS_SHOWN = dt.date(2018, 2, 26)  # the Monday the line began naming the coming Sunday
# Public holidays (month-day) on which no Sunday is a trading one; Easter and Whit Sunday too.
PL_HOLIDAYS = ("01-01", "01-06", "05-01", "05-03", "08-15", "11-01", "11-11", "12-25", "12-26")


def pl_before_christmas(y: int) -> tuple[dt.date, dt.date]:
    """The two Sundays before Christmas Day of `y`."""
    last = dt.date(y, 12, 24) - dt.timedelta(days=(dt.date(y, 12, 24).weekday() + 1) % 7)
    return last - dt.timedelta(days=7), last


def pl_trading(sunday: dt.date) -> bool:
    """Whether shops may open on `sunday` as the site read the law: every Sunday before the
    ban; in 2018 the first and last Sunday of the month, in 2019 the last, from 2020 the last
    of January, April, June and August; each year also Palm Sunday and the two Sundays before
    Christmas; never a holiday."""
    if sunday < PL_BAN:
        return True
    y = sunday.year
    if f"{sunday:%m-%d}" in PL_HOLIDAYS or sunday in (easter(y), easter(y) + 49 * ONE_DAY):
        return False
    if sunday == easter(y) - 7 * ONE_DAY or sunday in pl_before_christmas(y):
        return True
    last = sunday == last_weekday(y, sunday.month, 6)
    if y == 2018:
        return last or sunday == nth_weekday(y, sunday.month, 6, 1)
    if y == 2019:
        return last
    return last and sunday.month in (1, 4, 6, 8)


def pl_sunday_line(day: dt.date) -> str:
    """The shopping line: hours in general before the ban, then whether the coming Sunday is a
    trading one (a wording from each Monday)."""
    if day < PL_SUNDAYS_SHOWN:
        return "🛒 Zakupy w weekend: godziny otwarcia marketów w Przemyślu"
    sunday = coming_sunday(day)
    kind = "handlowa" if pl_trading(sunday) else "niehandlowa, sklepy zamknięte"
    return f"🛒 Niedziela {sunday.day}.{sunday.month:02d}: {kind}"


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        return (f"{POLISH_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{POLISH_MONTHS_GENITIVE[day.month - 1]} {day.year} r.")
    return f"Data publikacji: {day:%d.%m.%Y}, godz. {{time}}"


def _pl_notice() -> Wordings:
    base = _steps((_OLD, "Masz temat? Napisz do nas: redakcja@{domain}"),
                  (PL_PATRONITE.isoformat(), "❤️ Wspieraj Kurier Nadsański na Patronite – już "
                                             "od 5 zł miesięcznie"))
    news: list[Event] = [
        _vote("2015-05-10", "🗳️ Wybory prezydenckie 2015: wyniki w Przemyślu i powiecie",
              after=1),
        _vote("2015-05-24", "🗳️ Druga tura wyborów prezydenckich: jak głosował Przemyśl",
              before=4, after=1),
        _vote("2015-10-25", "🗳️ Wybory parlamentarne 2015: kto z Podkarpacia w Sejmie",
              after=2),
        _vote("2018-10-21", "🗳️ Wybory samorządowe 2018: wyniki z Przemyśla na żywo", after=2),
        _vote("2019-05-26", "🗳️ Eurowybory 2019: frekwencja i wyniki w regionie", before=4,
              after=1),
        _vote("2019-10-13", "🗳️ Wybory do Sejmu i Senatu 2019: wyniki z okręgu nr 22",
              after=2),
        _span("2020-03-12", "2020-05-17", "😷 Zostań w domu: ważne telefony i dyżury przychodni "
                                          "w Przemyślu"),
        _vote("2020-06-28", "🗳️ Wybory prezydenckie 2020: lokale wyborcze w Przemyślu",
              after=1),
        _vote("2020-07-12", "🗳️ Druga tura 2020: wyniki z Przemyśla", before=4, after=1),
        _span("2020-10-24", "2020-11-27", "😷 Cały kraj w strefie czerwonej: obowiązujące "
                                          "zasady i ograniczenia"),
    ]
    feasts = _movable(easter, 0, 1, lambda _: "🐣 Wesołego Alleluja! Zdrowych i pogodnych "
                                              "Świąt Wielkanocnych")
    feasts += _yearly("05-03", 0, 0, lambda y: f"🇵🇱 Święto Konstytucji 3 Maja: {y - 1791}. "
                                               f"rocznica uchwalenia")
    feasts += _yearly("11-11", 0, 0, lambda y: ("🇵🇱 Sto lat Niepodległej!" if y == 2018 else
                                                f"🇵🇱 Narodowe Święto Niepodległości: "
                                                f"{y - 1918}. rocznica"))
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Spokojnych, zdrowych Świąt Bożego "
                                               "Narodzenia życzy redakcja")
    return _calendar(base, news, feasts)


def przemysl_style() -> PublisherStyle:
    """A Polish-language border town daily (Przemyśl, Podkarpacie): a section kicker, the
    weekday and the genitive date, turned a numeric publication date with the time on the
    centenary of independence (a wording per day), "oprac." turned the writer with the beat,
    a reading time, the wait at the border crossing from a pool, "ZOBACZ TEŻ:" turned
    "Przeczytaj również ➡" (up to twice), an upper-case ad label, a photo credit, the
    shopping line (whether the coming Sunday is a trading one, a wording from each Monday
    once the ban began), a tips line turned a donation appeal and turned by eight votes and
    run-offs and the 2020 lockdown and red zone, Easter, the constitution's and
    independence's anniversaries with their counts (the centenary its own) and Christmas, a
    comments disclaimer, a rights line reworded and the publisher with the editor (a
    block), a rare flood warning."""
    return PublisherStyle(
        domain="kuriernadsanski.pl", site="Kurier Nadsański", base_size=228,
        subdomains=(("www.", 75), ("", 25)),
        sections=("przemysl", "region", "wiadomosci", "kultura", "sport", "pogranicze"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "dzial": ("Przemyśl", "Region", "Wiadomości", "Kultura", "Sport", "Pogranicze"),
            "fot": ("archiwum", "UM Przemyśl", "Straż Graniczna", "nadesłane",
                    "Podkarpacka Policja"),
            "kolejka": ("bez oczekiwania", "ok. 30 min", "ok. 1 godz.", "ok. 2 godz.",
                        "ok. 4 godz."),
            "beat": ("reporter", "fotoreporter", "dział sportowy", "dział kultury"),
        },
        families=(
            _f("dzial", HEADER, 0.3, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.8, *_by_day(_pl_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "oprac. {author}"),
               (PL_BYLINE.isoformat(), "✍️ {author} ({author_beat})")),
            _f("czytanie", HEADER, 0.2, (_OLD, "⏱ {read_min} min czytania")),
            _f("granica", HEADER, 0.12, (_OLD, "🚗 Medyka–Szeginie, czas oczekiwania na "
                                               "wyjazd: {kolejka}")),
            _f("zobacz", MIDDLE, 0.3, (_OLD, "ZOBACZ TEŻ: {other_title}"),
               (PL_LINKS.isoformat(), "Przeczytaj również ➡ {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "REKLAMA")),
            _f("fot", MIDDLE, 0.2, (_OLD, "Fot. {fot}")),
            _f("niedziela", FOOTER, 0.25, *_by_day(pl_sunday_line)),
            _f("apel", FOOTER, 0.3, *_pl_notice()),
            _f("komentarze", FOOTER, 0.15, (_OLD, "Komentarze są prywatnymi opiniami "
                                                  "czytelników. Redakcja nie ponosi za nie "
                                                  "odpowiedzialności.")),
            _f("prawa", FOOTER, 0.45, (_OLD, "© {year} Kurier Nadsański"),
               (PL_RIGHTS.isoformat(), "Copyright © 2010–{year} Kurier Nadsański. Kopiowanie "
                                       "treści bez zgody wydawcy zabronione.")),
            _f("wydawca", FOOTER, 0.35, (_OLD, "Wydawca: Oficyna Nadsańska sp. z o.o. · "
                                               "Redaktor naczelna: Joanna Kwiecień")),
            _f("san", HEADER, 0.04, (_OLD, "🌊 Ostrzeżenie hydrologiczne: San w Przemyślu "
                                           "przekroczył stan alarmowy")),
        ),
    )


# --- a Hungarian-language county news site (Pécs, Baranya) ----------------------------------

HU_REDESIGN = dt.date(2019, 10, 14)  # the day after the local elections the date turned numeric
HU_BYLINE = dt.date(2018, 4, 16)
HU_LINKS = dt.date(2017, 11, 6)
HU_NEWSLETTER = dt.date(2018, 9, 3)
HU_RIGHTS = dt.date(2020, 2, 3)
HU_EDITOR = dt.date(2018, 7, 2)

HU_SEASONS = (
    ("05-25", "🏊 Strandszezon: a pécsi strandok és az orfűi tó nyitvatartása"),
    ("09-01", "🍇 Szüret a Villányi borvidéken: a pincészetek hétvégi programjai"),
    ("10-15", "🔥 Fűtési szezon: kéményellenőrzés és tüzelési tanácsok"),
    ("12-01", "🎄 Advent Pécsett: a Széchenyi téri vásár programjai"),
)


def lotto_draw(day: dt.date) -> dt.date:
    """The Saturday of the latest five-of-ninety draw on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def lotto_numbers(saturday: dt.date) -> list[int]:
    """The five numbers (of 1-90) drawn on `saturday`, in order (made up, fixed per day)."""
    return sorted(random.Random(saturday.toordinal()).sample(range(1, 91), 5))


def hu_lotto(day: dt.date) -> str:
    """The latest draw's numbers with its game week (a wording from each Saturday)."""
    saturday = lotto_draw(day)
    numbers = ", ".join(str(n) for n in lotto_numbers(saturday))
    return f"🎱 Ötöslottó, {saturday.isocalendar()[1]}. játékhét: {numbers}"


def busojaras(y: int) -> dt.date:
    """The carnival Sunday of the Busó walk in Mohács: two days before Shrove Tuesday."""
    return carnival_tuesday(y) - 2 * ONE_DAY


def _hu_dated(day: dt.date) -> str:
    if day < HU_REDESIGN:
        return (f"{day.year}. {HUNGARIAN_MONTHS[day.month - 1]} {day.day}., "
                f"{HUNGARIAN_WEEKDAYS[day.weekday()]}")
    return f"Megjelent: {day:%Y.%m.%d}. {{time}}"


def _hu_notice() -> Wordings:
    base = _steps((_OLD, "Kövessen minket a Facebookon is!"),
                  (HU_NEWSLETTER.isoformat(), "📩 Iratkozzon fel hírlevelünkre: reggel hétkor a "
                                              "nap legfontosabb baranyai hírei"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Népszavazás 2016: a részvétel Baranyában", after=1),
        _vote("2018-04-08", "🗳️ Országgyűlési választás 2018: eredmények a baranyai "
                            "körzetekben", after=2),
        _vote("2019-05-26", "🗳️ EP-választás 2019: így szavazott Baranya", before=4, after=1),
        _vote("2019-10-13", "🗳️ Önkormányzati választás 2019: élő eredmények Pécsről",
              after=1),
        _span("2020-03-11", "2020-06-17", "😷 Veszélyhelyzet: maradjon otthon, ha teheti"),
        _span("2020-11-11", "2021-01-10", "🌙 Kijárási korlátozás este nyolc és reggel öt óra "
                                          "között"),
    ]
    feasts = _yearly("03-15", 0, 0, lambda y: f"🇭🇺 Március 15.: az 1848–49-es forradalom és "
                                              f"szabadságharc {y - 1848}. évfordulója")
    feasts += _movable(busojaras, 3, 2, lambda _: "🎭 Busójárás Mohácson: a busók elűzik a "
                                                  "telet")
    feasts += _yearly("08-20", 0, 0, lambda _: "🇭🇺 Szent István-nap: az államalapítás "
                                               "ünnepe")
    feasts += _yearly("10-23", 0, 0, lambda y: f"🇭🇺 Október 23.: az 1956-os forradalom "
                                               f"{y - 1956}. évfordulója")
    return _calendar(base, news, feasts)


def pecs_style() -> PublisherStyle:
    """A Hungarian-language county news site (Pécs, Baranya): a section kicker, the date
    year first with the weekday, turned "Megjelent:" with a numeric date and the time the
    day after the 2019 local elections (a wording per day), "Írta:" turned the writer with
    "words and pictures", a town from a pool, a reading time, "Kapcsolódó:" turned "➕ Ezt is
    ajánljuk:" (up to twice), an ad label, a photo credit, the Saturday five-of-ninety draw
    with its game week (a wording per week), a season line (beaches, vintage, heating,
    Advent), a follow line turned a newsletter and turned by four votes, the 2020 state of
    danger and curfew, the two revolutions' anniversaries with their counts, the Busó walk on
    carnival Sunday and St Stephen's day, a comments disclaimer, a rights line reworded and
    the publisher with an editor whose title and name changed (a block), a rare heat
    alert."""
    return PublisherStyle(
        domain="mecsekihirlap.hu", site="Mecseki Hírlap", base_size=204,
        subdomains=(("www.", 100),),
        sections=("pecs", "baranya", "kozelet", "gazdasag", "kultura", "sport"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rovat": ("Pécs", "Baranya", "Közélet", "Gazdaság", "Kultúra", "Sport"),
            "telepules": ("Mohács", "Komló", "Siklós", "Szigetvár", "Harkány", "Villány"),
            "foto": ("MTI", "Pécs MJV", "olvasói fotó", "archív", "Facebook"),
        },
        families=(
            _f("rovat", HEADER, 0.3, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.8, *_by_day(_hu_dated)),
            _f("szerzo", HEADER, 0.45, (_OLD, "Írta: {author}"),
               (HU_BYLINE.isoformat(), "{author} (szöveg és kép)")),
            _f("helyszin", HEADER, 0.15, (_OLD, "Helyszín: {telepules}")),
            _f("olvasas", HEADER, 0.15, (_OLD, "Olvasási idő: kb. {read_min} perc")),
            _f("kapcsolodo", MIDDLE, 0.3, (_OLD, "Kapcsolódó: {other_title}"),
               (HU_LINKS.isoformat(), "➕ Ezt is ajánljuk: {other_title}"), count=2),
            _f("hirdetes", MIDDLE, 0.2, (_OLD, "Hirdetés")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotó: {foto}")),
            _f("lotto", FOOTER, 0.2, *_by_day(hu_lotto)),
            _f("szezon", FOOTER, 0.15, *_seasons(*HU_SEASONS)),
            _f("felhivas", FOOTER, 0.3, *_hu_notice()),
            _f("hozzaszolas", FOOTER, 0.15, (_OLD, "A kommentek tartalmáért a szerkesztőség nem "
                                                   "vállal felelősséget.")),
            _f("jogok", FOOTER, 0.45, (_OLD, "© {year} Mecseki Hírlap"),
               (HU_RIGHTS.isoformat(), "Minden jog fenntartva © Mecseki Hírlap {year} · "
                                       "Tartalmaink átvétele csak forrásmegjelöléssel")),
            _f("kiado", FOOTER, 0.35, (_OLD, "Kiadó: Baranyai Médiaház Kft. · Felelős "
                                             "szerkesztő: Kovács Ildikó"),
               (HU_EDITOR.isoformat(), "Kiadó: Baranyai Médiaház Kft. · Főszerkesztő: Szabó "
                                       "Gergely")),
            _f("hoseg", HEADER, 0.04, (_OLD, "🌡️ Harmadfokú hőségriasztás Baranyában: kerülje "
                                             "a tűző napot")),
        ),
    )


# --- a Vietnamese-language highland city paper (Đà Lạt, Lâm Đồng) ----------------------------

VN_REDESIGN = dt.date(2018, 9, 2)  # on National Day the date turned "Cập nhật lúc"
VN_BYLINE = dt.date(2018, 6, 4)
VN_LINKS = dt.date(2019, 7, 1)
VN_FANPAGE = dt.date(2018, 3, 5)
VN_RIGHTS = dt.date(2019, 6, 21)  # Revolutionary Press Day
VN_PETROL_FIRST = dt.date(2014, 12, 22)  # a price reset; the next ones every fifteen days
# The RON 95 petrol price in đồng a litre (linear between the days listed).
VN_RON95 = (
    (dt.date(2014, 12, 22), 17_900), (dt.date(2015, 2, 1), 16_000),
    (dt.date(2015, 6, 1), 20_200), (dt.date(2016, 2, 1), 14_600),
    (dt.date(2016, 6, 1), 16_900), (dt.date(2017, 1, 1), 18_300),
    (dt.date(2017, 7, 1), 17_600), (dt.date(2018, 1, 1), 19_900),
    (dt.date(2018, 10, 15), 23_100), (dt.date(2019, 1, 1), 18_300),
    (dt.date(2019, 5, 1), 22_400), (dt.date(2020, 1, 15), 21_600),
    (dt.date(2020, 4, 28), 12_500), (dt.date(2020, 7, 1), 15_300),
    (dt.date(2021, 2, 1), 17_000),
)
# The flower festival's first days (every other year).
FESTIVAL_HOA = {2015: "2015-12-26", 2017: "2017-12-23", 2019: "2019-12-20"}

VN_SEASONS = (
    ("01-10", "🌸 Mai anh đào nở rộ quanh hồ Xuân Hương"),
    ("03-15", "💜 Mùa phượng tím: những con đường đẹp nhất Đà Lạt"),
    ("05-15", "🌧 Mùa mưa: cẩn trọng khi qua đèo Prenn và đèo Mimosa"),
    ("10-25", "🌼 Mùa dã quỳ: hoa vàng rực trên các triền đồi"),
    ("12-01", "🧣 Đà Lạt vào mùa lạnh: nhớ mang theo áo ấm khi lên phố"),
)


def vn_reset_day(day: dt.date) -> dt.date:
    """The day of the petrol price in force on `day`: the latest fifteen-day reset."""
    return VN_PETROL_FIRST + 15 * ((day - VN_PETROL_FIRST).days // 15) * ONE_DAY


def vn_ron95(day: dt.date) -> int:
    """The RON 95 price set on `day` (linear between the listed days, to 10 đồng)."""
    for (d0, v0), (d1, v1) in zip(VN_RON95, VN_RON95[1:], strict=False):
        if d0 <= day < d1:
            return round((v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days) / 10) * 10
    return VN_RON95[-1][1]


def vn_petrol(day: dt.date) -> str:
    """The price from the latest reset (a wording every fifteen days)."""
    reset = vn_reset_day(day)
    price = f"{vn_ron95(reset):,}".replace(",", ".")
    return f"⛽ Giá xăng RON 95 từ 15h ngày {reset.day}/{reset.month}: {price} đồng/lít"


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"{VIETNAMESE_WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}, {{time}} (GMT+7)"
    return f"Cập nhật lúc {{time}} ngày {day.day}/{day.month}/{day.year}"


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Bạn có tin nóng? Gửi cho chúng tôi qua email bandoc@{domain}"),
                  (VN_FANPAGE.isoformat(), "📱 Theo dõi fanpage để cập nhật tin Đà Lạt mỗi "
                                           "ngày"))
    news: list[Event] = [
        _vote("2016-05-22", "🗳️ Bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2016–2021",
              after=1),
        _span("2020-04-01", "2020-04-22", "😷 Thực hiện cách ly xã hội: ai ở đâu ở yên đó"),
        _span("2020-08-01", "2020-08-31", "😷 Chung tay phòng dịch: đeo khẩu trang nơi công "
                                          "cộng"),
    ]
    feasts = _movable(_listed(TET), 2, 3, lambda y: f"🧧 Chúc mừng năm mới {VN_YEAR_NAMES[y]}! "
                                                    f"An khang thịnh vượng")
    feasts += _movable(_listed(HUNG_KINGS), 1, 0, lambda _: "🏯 Giỗ Tổ Hùng Vương mùng 10 "
                                                            "tháng 3 âm lịch")
    feasts += _yearly("04-30", 0, 1, lambda y: f"🇻🇳 Kỷ niệm {y - 1975} năm Ngày Giải phóng miền "
                                               f"Nam, thống nhất đất nước")
    feasts += _yearly("09-02", 1, 0, lambda y: f"🇻🇳 Chào mừng {y - 1945} năm Quốc khánh 2/9")
    feasts += _movable(_listed(MID_AUTUMN), 1, 0, lambda _: "🥮 Trung thu đoàn viên: đêm hội "
                                                            "trăng rằm cho thiếu nhi")
    feasts += _movable(_listed(FESTIVAL_HOA), 2, 4, lambda y: f"💐 Festival Hoa Đà Lạt {y}: "
                                                              f"lịch chương trình và phân "
                                                              f"luồng giao thông")
    return _calendar(base, news, feasts)


def dalat_style() -> PublisherStyle:
    """A Vietnamese-language highland city paper (Đà Lạt, Lâm Đồng): a section kicker, the
    weekday, the date and the time with the time zone, turned "Cập nhật lúc" on National Day
    2018 (a wording per day), a view count, "Tin liên quan:" turned "👉 Đọc thêm:" (up to
    twice), an ad label, a photo credit, the writer at the foot of the article turned a team
    of two, a source line from a pool, the petrol price from each fifteen-day reset, a
    flower and weather season line, a readers' mailbox turned a fanpage and turned by a
    vote and the 2020 distancing, Tết with the year's name, the Hùng Kings, the reunion and
    National Day with their counts, mid-autumn and the flower festival every other year, a
    rights line reworded and the governing body with the editor (a block), a rare landslide
    warning."""
    return PublisherStyle(
        domain="phosuong.vn", site="Phố Sương", base_size=178,
        subdomains=(("www.", 70), ("", 30)),
        sections=("thoi-su", "da-lat", "lam-dong", "kinh-te", "du-lich", "the-thao"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Thời sự", "Đà Lạt", "Lâm Đồng", "Kinh tế", "Du lịch", "Thể thao"),
            "anh": ("Thanh Hà", "UBND TP Đà Lạt", "tư liệu", "bạn đọc cung cấp", "TTXVN"),
            "nguon": ("TTXVN", "Báo Lâm Đồng", "Cổng TTĐT Lâm Đồng", "VOV", "Người Lao Động"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.3, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.75, *_by_day(_vn_dated)),
            _f("luotxem", HEADER, 0.25, (_OLD, "👁️ {count} lượt xem")),
            _f("lienquan", MIDDLE, 0.3, (_OLD, "Tin liên quan: {other_title}"),
               (VN_LINKS.isoformat(), "👉 Đọc thêm: {other_title}"), count=2),
            _f("quangcao", MIDDLE, 0.2, (_OLD, "Quảng cáo")),
            _f("anh", MIDDLE, 0.2, (_OLD, "Ảnh: {anh}")),
            _f("tacgia", FOOTER, 0.5, (_OLD, "{author}"),
               (VN_BYLINE.isoformat(), "Nhóm phóng viên: {author} - {author2}")),
            _f("nguon", FOOTER, 0.2, (_OLD, "Theo {nguon}")),
            _f("xang", FOOTER, 0.2, *_by_day(vn_petrol)),
            _f("mua", FOOTER, 0.15, *_seasons(*VN_SEASONS)),
            _f("thongbao", FOOTER, 0.3, *_vn_notice()),
            _f("banquyen", FOOTER, 0.45, (_OLD, "© {year} Phố Sương"),
               (VN_RIGHTS.isoformat(), "© Bản quyền thuộc về Phố Sương. Cấm sao chép dưới mọi "
                                       "hình thức nếu không có sự chấp thuận bằng văn bản.")),
            _f("chuquan", FOOTER, 0.35, (_OLD, "Cơ quan chủ quản: Hội Nhà báo tỉnh Lâm Đồng · "
                                               "Chịu trách nhiệm nội dung: Trần Thị Mỹ Dung")),
            _f("satlo", HEADER, 0.04, (_OLD, "⚠️ Cảnh báo sạt lở: tạm cấm xe qua đèo Mimosa do "
                                             "mưa lớn")),
        ),
    )


# --- a Ukrainian-language regional site with Romanian lines (Chernivtsi, Bukovina) -----------

UA_REDESIGN = dt.date(2018, 8, 24)  # on Independence Day the time moved first
UA_BYLINE = dt.date(2019, 2, 4)
UA_LINKS = dt.date(2018, 3, 12)
UA_DONATE = dt.date(2019, 1, 14)
UA_RIGHTS = dt.date(2020, 1, 20)
# The days the city switched the heating on, and the first days without it, by year.
HEATING_ON = {2014: "2014-10-20", 2015: "2015-10-19", 2016: "2016-10-17", 2017: "2017-10-16",
              2018: "2018-10-15", 2019: "2019-10-21", 2020: "2020-10-19"}
HEATING_OFF = {2015: "2015-04-06", 2016: "2016-03-31", 2017: "2017-03-28", 2018: "2018-04-09",
               2019: "2019-04-01", 2020: "2020-04-06"}


def ua_heating(day: dt.date) -> str:
    """The heating season's line: its day count while the heating is on (a wording per day),
    the day it was switched off in between."""
    start_year = max(y for y, s in HEATING_ON.items() if s <= day.isoformat())
    start = dt.date.fromisoformat(HEATING_ON[start_year])
    off = HEATING_OFF.get(start_year + 1)
    season = f"{start_year}/{start_year + 1}"
    if off is None or day.isoformat() < off:
        return f"🔥 Опалювальний сезон {season}: день {(day - start).days + 1}"
    end = dt.date.fromisoformat(off)
    return (f"🔥 Опалювальний сезон {season} завершено {end.day} "
            f"{UKRAINIAN_MONTHS_GENITIVE[end.month - 1]}")


def ua_years(n: int) -> str:
    return plural(n, "рік", "роки", "років")


def chernivtsi_day(y: int) -> dt.date:
    """The city's day: the first Sunday of October."""
    return nth_weekday(y, 10, 6, 1)


def _ua_dated(day: dt.date) -> str:
    if day < UA_REDESIGN:
        return (f"{day.day} {UKRAINIAN_MONTHS_GENITIVE[day.month - 1]} {day.year}, "
                f"{UKRAINIAN_WEEKDAYS[day.weekday()]}")
    return f"Опубліковано о {{time}}, {day:%d.%m.%Y}"


def _ua_notice() -> Wordings:
    base = _steps((_OLD, "Підписуйтесь на наш Telegram-канал: головне про Буковину"),
                  (UA_DONATE.isoformat(), "💛 Підтримайте незалежну журналістику Буковини: "
                                          "донат від 50 гривень"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Місцеві вибори 2015: результати по Чернівцях", after=2),
        _vote("2019-03-31", "🗳️ Вибори президента 2019: як голосувала Буковина", after=2),
        _vote("2019-04-21", "🗳️ Другий тур виборів президента: результати в області",
              before=4, after=1),
        _vote("2019-07-21", "🗳️ Позачергові вибори до Верховної Ради: результати округів "
                            "Буковини", after=2),
        _span("2020-03-12", "2020-05-21", "😷 Карантин: залишайтеся вдома, бережіть себе і "
                                          "рідних"),
        _span("2020-05-22", "2020-06-21", "😷 Адаптивний карантин: Чернівці залишаються в "
                                          "«червоній» зоні"),
        _span("2020-06-22", "2020-07-05", "🌊 Повінь на Буковині: як допомогти постраждалим"),
        _vote("2020-10-25", "🗳️ Місцеві вибори 2020: результати по Чернівцях і громадах",
              after=2),
    ]
    feasts = _yearly("01-07", 1, 0, lambda _: "🎄 Світлого Різдва Христового, дорогі "
                                              "буковинці!")
    feasts += _yearly("01-13", 0, 1, lambda _: "🎭 Щедрий вечір і Маланка: гуляння на "
                                               "Буковині")
    feasts += _movable(orthodox_easter, 0, 1, lambda _: "🕊 Христос воскрес! Воістину "
                                                        "воскрес!")
    feasts += _yearly("06-28", 0, 0, lambda _: "🇺🇦 З Днем Конституції України!")
    feasts += _yearly("08-24", 0, 0, lambda y: f"🇺🇦 З Днем Незалежності! {ua_years(y - 1991)} "
                                               f"вільної України")
    feasts += _movable(chernivtsi_day, 1, 0, lambda y: f"🏛 День міста: Чернівцям "
                                                       f"{ua_years(y - 1408)}")
    return _calendar(base, news, feasts)


def chernivtsi_style() -> PublisherStyle:
    """A Ukrainian-language regional site with Romanian lines (Chernivtsi, Bukovina): a
    section kicker, the genitive date with the weekday, turned the time first with a numeric
    date on Independence Day 2018 (a wording per day), "Автор:" turned "Автор матеріалу:", a
    three-language switch, "Також читайте:" turned "⚡️ Більше за темою:" (up to twice), an
    ad label, a photo credit, the heating season's day count between the days the city
    switched it on and off (a wording per day in the season), a Telegram line turned a
    donation appeal and turned by five votes and run-offs, the 2020 quarantines and the June
    2020 flood, Orthodox Christmas, Malanka, Orthodox Easter, the constitution's day,
    independence and the city's day (the first Sunday of October) with their counts and
    plurals, a view count, a rights line reworded and a columns disclaimer (a block), a rare
    storm warning."""
    return PublisherStyle(
        domain="nadprutom.com.ua", site="Над Прутом", base_size=158,
        subdomains=(("www.", 100),),
        sections=("chernivtsi", "bukovyna", "polityka", "ekonomika", "kultura", "sport"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{dd}/{n}.html",
        pools={
            "rubryka": ("Чернівці", "Буковина", "Політика", "Економіка", "Культура", "Спорт"),
            "foto": ("Чернівецька ОДА", "архів редакції", "соцмережі", "читач",
                     "Поліція Буковини"),
        },
        families=(
            _f("rubryka", HEADER, 0.3, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.75, *_by_day(_ua_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (UA_BYLINE.isoformat(), "Автор матеріалу: {author}")),
            _f("mova", HEADER, 0.15, (_OLD, "Українською | Română | English")),
            _f("chytaite", MIDDLE, 0.3, (_OLD, "Також читайте: {other_title}"),
               (UA_LINKS.isoformat(), "⚡️ Більше за темою: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Реклама")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("opalennia", FOOTER, 0.2, *_by_day(ua_heating)),
            _f("povidomlennia", FOOTER, 0.3, *_ua_notice()),
            _f("perehliady", FOOTER, 0.3, (_OLD, "Переглядів: {count}")),
            _f("prava", FOOTER, 0.45, (_OLD, "© {year} Над Прутом"),
               (UA_RIGHTS.isoformat(), "© 2011–{year} «Над Прутом». Використання матеріалів "
                                       "лише з гіперпосиланням на {domain}")),
            _f("kolonky", FOOTER, 0.3, (_OLD, "Редакція може не поділяти думку авторів колонок "
                                              "і блогів")),
            _f("shtorm", HEADER, 0.04, (_OLD, "⚠️ Штормове попередження: на Буковині град і "
                                              "шквальний вітер")),
        ),
    )


# --- a Thai-language provincial news site (Ubon Ratchathani, the lower Isan) -----------------

TH_REDESIGN = dt.date(2019, 5, 4)  # on the coronation day the date turned short
TH_BYLINE = dt.date(2018, 6, 4)
TH_LINKS = dt.date(2019, 8, 5)
TH_LINE = dt.date(2017, 11, 1)
TH_RIGHTS = dt.date(2020, 1, 6)
# Hom mali paddy, baht a tonne, by year before the season's swing.
TH_PADDY_LEVEL = {2014: 13_500, 2015: 13_200, 2016: 11_800, 2017: 12_400, 2018: 15_600,
                  2019: 15_100, 2020: 14_300, 2021: 14_000}


def thai_digits(number: int, width: int = 0) -> str:
    return digits(number, THAI_ZERO, width)


def th_paddy(monday: dt.date) -> int:
    """The week's hom mali paddy price at the mills (dearest before the harvest), to 50
    baht."""
    doy = monday.timetuple().tm_yday
    swing = 900 * math.cos(2 * math.pi * (doy - 250) / 365)
    jitter = ((monday.toordinal() * 7) % 9 - 4) * 50
    return round((TH_PADDY_LEVEL[monday.year] + swing + jitter) / 50) * 50


def th_paddy_line(day: dt.date) -> str:
    """The week's paddy price in Thai numerals (a wording from each Monday)."""
    price = grouped(th_paddy(monday_of(day)), THAI_ZERO)
    return f"🌾 ราคาข้าวเปลือกหอมมะลิ สัปดาห์นี้ ตันละ {price} บาท"


def _th_dated(day: dt.date) -> str:
    be = day.year + 543
    if day < TH_REDESIGN:
        return (f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {day.day} {THAI_MONTHS[day.month - 1]} "
                f"พ.ศ. {be}")
    return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {be % 100:02d} เวลา {{time}} น."


def _th_notice() -> Wordings:
    base = _steps((_OLD, "กดถูกใจเพจเฟซบุ๊กเพื่อไม่พลาดข่าวอุบลฯ"),
                  (TH_LINE.isoformat(), "📲 เพิ่มเพื่อนทางไลน์ รับข่าวด่วนทุกวัน"))
    news: list[Event] = [
        _vote("2016-08-07", "🗳️ ประชามติร่างรัฐธรรมนูญ ๗ ส.ค.: ตรวจสอบหน่วยออกเสียง", after=1),
        _span("2016-10-14", "2017-10-29", "🖤 น้อมรำลึกในพระมหากรุณาธิคุณอันหาที่สุดมิได้"),
        _vote("2019-03-24", "🗳️ เลือกตั้ง ส.ส. ๒๕๖๒: ผลคะแนนเขตอุบลราชธานี", after=2),
        _span("2019-05-04", "2019-05-06", "👑 พระราชพิธีบรมราชาภิเษก ๔–๖ พฤษภาคม ๒๕๖๒"),
        _span("2019-09-05", "2019-09-30", "🌊 น้ำท่วมอุบลฯ: จุดรับบริจาคและศูนย์พักพิงชั่วคราว"),
        _span("2020-04-03", "2020-06-14", "😷 เคอร์ฟิวทั่วประเทศ ๒๒.๐๐–๐๔.๐๐ น. งดออกจาก"
                                          "เคหสถาน"),
        _vote("2020-12-20", "🗳️ เลือกตั้งนายก อบจ. และ ส.อบจ. อุบลราชธานี", after=1),
    ]
    feasts = _yearly("01-01", 1, 0, lambda y: f"🎉 สวัสดีปีใหม่ {thai_digits(y + 543)}")
    feasts += _yearly("04-13", 0, 2, lambda _: "💦 สุขสันต์วันสงกรานต์ เล่นน้ำอย่างปลอดภัย")
    feasts += _movable(_listed(KHAO_PHANSA), 2, 0, lambda y: f"🕯️ งานแห่เทียนพรรษา"
                                                             f"อุบลราชธานี "
                                                             f"{thai_digits(y + 543)}")
    feasts += _movable(_listed(LOY_KRATHONG), 0, 0, lambda _: "🪷 สุขสันต์วันลอยกระทง")
    return _calendar(base, news, feasts)


def ubon_style() -> PublisherStyle:
    """A Thai-language provincial news site (Ubon Ratchathani, the lower Isan): a section
    kicker, the weekday and the date with the Buddhist era, turned a short month and year
    with the time on the coronation day (a wording per day), "โดย" turned a reporter with
    the desk, a district dateline from a pool, a read count, "ข่าวน่าสนใจ:" turned
    "📌 อ่านต่อ ≫" (up to twice), an ad label, a photo credit, the week's paddy price in Thai
    numerals (a wording per week), a follow line turned LINE and turned by a referendum, a
    year of mourning, two votes, the coronation, the 2019 flood and the 2020 curfew, the
    new year in the Buddhist era, Songkran, the candle procession and Loy Krathong on the
    days announced, a rights line reworded and the advertising contact (a block), a rare
    storm warning."""
    return PublisherStyle(
        domain="rimmunnews.co.th", site="ริมมูลนิวส์", base_size=138,
        subdomains=(("www.", 100),),
        sections=("ubon", "isan", "politics", "economy", "sports", "entertainment"),
        n_authors=4, url_path="/news/{n}",
        pools={
            "mawd": ("ข่าวอุบล", "อีสาน", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง"),
            "amphoe": ("วารินชำราบ", "พิบูลมังสาหาร", "เดชอุดม", "โขงเจียม", "ตระการพืชผล",
                       "สิรินธร"),
            "phap": ("ประชาสัมพันธ์จังหวัดอุบลราชธานี", "แฟ้มภาพ", "ผู้อ่าน", "เพจเฟซบุ๊ก",
                     "ม.อุบลฯ"),
        },
        families=(
            _f("mawd", HEADER, 0.3, (_OLD, "{mawd}")),
            _f("wanthi", HEADER, 0.75, *_by_day(_th_dated)),
            _f("phukhian", HEADER, 0.45, (_OLD, "โดย {author}"),
               (TH_BYLINE.isoformat(), "ข่าว/ภาพ: {author} ผู้สื่อข่าวประจำจังหวัด")),
            _f("amphoe", HEADER, 0.15, (_OLD, "📍 อ.{amphoe} จ.อุบลราชธานี")),
            _f("an", HEADER, 0.3, (_OLD, "อ่าน {count} ครั้ง")),
            _f("kiawkhong", MIDDLE, 0.3, (_OLD, "ข่าวน่าสนใจ: {other_title}"),
               (TH_LINKS.isoformat(), "📌 อ่านต่อ ≫ {other_title}"), count=2),
            _f("kotsana", MIDDLE, 0.2, (_OLD, "โฆษณา")),
            _f("phap", MIDDLE, 0.2, (_OLD, "ภาพ: {phap}")),
            _f("khao", FOOTER, 0.2, *_by_day(th_paddy_line)),
            _f("prakat", FOOTER, 0.3, *_th_notice()),
            _f("likhasit", FOOTER, 0.45, (_OLD, "© {year} ริมมูลนิวส์"),
               (TH_RIGHTS.isoformat(), "Copyright © {year} {domain} สงวนลิขสิทธิ์ "
                                       "ห้ามคัดลอกเนื้อหาก่อนได้รับอนุญาต")),
            _f("titor", FOOTER, 0.3, (_OLD, "ติดต่อลงโฆษณา โทร. ๐๔๕-๐๐๐-๐๐๐ · อีเมล "
                                            "ads@{domain}")),
            _f("phayu", HEADER, 0.04, (_OLD, "⚠️ ประกาศเตือนพายุฤดูร้อน ลมกระโชกแรงและลูกเห็บตก")),
        ),
    )


# --- an Indonesian-language island news site with Sasak lines (Mataram, Lombok) -------------

ID_REDESIGN = dt.date(2018, 8, 17)
ID_BYLINE = dt.date(2019, 1, 7)
ID_LINKS = dt.date(2019, 9, 2)
ID_WHATSAPP = dt.date(2019, 2, 4)
ID_RIGHTS = dt.date(2019, 8, 17)
ID_QUAKE = dt.date(2018, 7, 29)  # the first of the 2018 earthquakes closed the Rinjani trails
# The sea-worm festival on the south coast, on the days the Sasak calendar gave.
BAU_NYALE = {2015: "2015-02-09", 2016: "2016-02-28", 2017: "2017-02-16", 2018: "2018-03-07",
             2019: "2019-02-25", 2020: "2020-02-15"}

RINJANI_CLOSED = "⛰️ Jalur pendakian Rinjani ditutup Januari–Maret untuk pemulihan ekosistem"
RINJANI_OPEN = "⛰️ Pendakian Rinjani dibuka: wajib daftar online dan bawa turun sampahmu"
RINJANI_RAIN = "🌧 Musim hujan: waspada banjir dan longsor di jalur Senaru dan Sembalun"
RINJANI_QUAKE = "⛰️ Pendakian Rinjani ditutup pascagempa sampai pemberitahuan berikutnya"


def id_ramadan(day: dt.date) -> str:
    """The day of Ramadan with the Hijri year (a wording per day), the two days of the feast,
    the prayer times' line the rest of the year."""
    y = day.year
    start = dt.date.fromisoformat(RAMADAN_START[y]) if y in RAMADAN_START else None
    feast = dt.date.fromisoformat(EID_AL_FITR[y]) if y in EID_AL_FITR else None
    if start and feast and start <= day < feast:
        return (f"🌙 Ramadan hari ke-{(day - start).days + 1}, {HIJRI_YEARS[y]} H: selamat "
                f"menunaikan ibadah puasa")
    if feast and feast <= day < feast + 2 * ONE_DAY:
        return f"🕌 Selamat Idul Fitri {HIJRI_YEARS[y]} H. Mohon maaf lahir dan batin"
    return "🕌 Jadwal salat hari ini untuk Mataram dan sekitarnya"


def _id_notice() -> Wordings:
    base = _steps((_OLD, "Ikuti berita terbaru Lombok di Instagram dan Facebook kami"),
                  (ID_WHATSAPP.isoformat(), "📲 Gabung grup WhatsApp pembaca: info cepat seputar "
                                            "Lombok dan Sumbawa"))
    news: list[Event] = [
        _vote("2015-12-09", "🗳️ Pilkada serentak 2015: hasil hitung cepat Kota Mataram",
              after=2),
        _vote("2018-06-27", "🗳️ Pilgub NTB 2018: pantau hasil rekapitulasi suara", after=2),
        _span(ID_QUAKE.isoformat(), "2018-09-30", "🙏 Gempa Lombok: daftar posko bantuan dan "
                                                  "rekening donasi resmi"),
        _vote("2019-04-17", "🗳️ Pemilu serentak 2019: cek lokasi TPS kamu", after=1),
        _span("2020-03-23", "2020-06-14", "😷 Di rumah saja: cuci tangan, pakai masker, jaga "
                                          "jarak"),
        _vote("2020-12-09", "🗳️ Pilkada Mataram 2020: datang ke TPS dengan protokol kesehatan",
              after=1),
    ]
    feasts = _movable(_listed(BAU_NYALE), 1, 1, lambda y: f"🪱 Festival Bau Nyale {y} di "
                                                          f"Pantai Seger: menangkap nyale "
                                                          f"saat fajar")
    feasts += _yearly("08-17", 0, 0, lambda y: f"🇮🇩 Selamat HUT ke-{y - 1945} Kemerdekaan RI. "
                                               f"Merdeka!")
    feasts += _yearly("08-31", 0, 0, lambda y: f"🎂 Kota Mataram berulang tahun ke-{y - 1993}")
    feasts += _movable(_listed(EID_AL_ADHA), 1, 0, lambda y: f"🐐 Selamat Hari Raya Idul Adha "
                                                             f"{HIJRI_YEARS[y]} H")
    return _calendar(base, news, feasts)


def mataram_style() -> PublisherStyle:
    """An Indonesian-language island news site with Sasak lines (Mataram, Lombok): a channel
    kicker, the Indonesian date with the time in WITA, reworded on Independence Day 2018,
    "Penulis:" turned a reporter and an editor, "Baca pula:" turned "Simak juga ➜" (up to
    twice), an ad label, a scroll-on line, a photo credit, the day of Ramadan with the Hijri
    year (a wording per day) and the two days of the feast, the Rinjani trails' season (shut
    after the 2018 earthquake until June 2019, and for most of 2020), a follow line turned a
    WhatsApp group and turned by four votes, the 2018 earthquakes' donation appeal and the
    2020 stay-at-home, the sea-worm festival on its listed days, independence and the city's
    birthday with their counts and the feast of the sacrifice, a Sasak thank-you, a rights
    line reworded and the footer menu (a block), a rare earthquake report."""
    return PublisherStyle(
        domain="gumisasak.id", site="Gumi Sasak", base_size=118,
        subdomains=(("www.", 60), ("", 40)),
        sections=("mataram", "lombok", "ntb", "politik", "ekonomi", "pariwisata"),
        n_authors=4, url_path="/read/{n}/{slug}",
        pools={
            "kanal": ("Mataram", "Lombok", "NTB", "Politik", "Ekonomi", "Pariwisata"),
            "foto": ("Humas Pemprov NTB", "dok. pribadi", "istimewa", "ANTARA", "warga"),
        },
        families=(
            _f("kanal", HEADER, 0.3, (_OLD, "{kanal}")),
            _f("tanggal", HEADER, 0.7, (_OLD, "{date_id} | {time} WITA"),
               (ID_REDESIGN.isoformat(), "Dipublikasikan: {date_id} - {time} WITA")),
            _f("penulis", HEADER, 0.45, (_OLD, "Penulis: {author}"),
               (ID_BYLINE.isoformat(), "Reporter: {author} | Editor: {author2}")),
            _f("bacapula", MIDDLE, 0.35, (_OLD, "Baca pula: {other_title}"),
               (ID_LINKS.isoformat(), "Simak juga ➜ {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.2, (_OLD, "Iklan")),
            _f("gulir", MIDDLE, 0.15, (_OLD, "Gulir ke bawah untuk melanjutkan membaca")),
            _f("foto", MIDDLE, 0.2, (_OLD, "📸 Foto: {foto}")),
            _f("ramadan", FOOTER, 0.25, *_by_day(id_ramadan)),
            _f("rinjani", FOOTER, 0.15, *_seasons(
                ("01-01", RINJANI_CLOSED), ("04-01", RINJANI_OPEN), ("11-15", RINJANI_RAIN),
                special={
                    2018: [("2018-01-01", RINJANI_CLOSED), ("2018-04-01", RINJANI_OPEN),
                           (ID_QUAKE.isoformat(), RINJANI_QUAKE)],
                    2019: [("2019-06-14", "⛰️ Rinjani dibuka kembali pascagempa, hanya jalur "
                                          "Sembalun dan Timbanuh"),
                           ("2019-11-15", RINJANI_RAIN)],
                    2020: [("2020-01-01", RINJANI_CLOSED),
                           ("2020-04-01", "⛰️ Pendakian Rinjani tetap ditutup selama pandemi"),
                           ("2020-08-22", "⛰️ Pendakian Rinjani dibuka lagi dengan protokol "
                                          "kesehatan, kuota dibatasi"),
                           ("2020-11-15", RINJANI_RAIN)]})),
            _f("info", FOOTER, 0.3, *_id_notice()),
            _f("tampiasih", FOOTER, 0.12, (_OLD, "Tampiasih! Terima kasih sudah membaca")),
            _f("hakcipta", FOOTER, 0.45, (_OLD, "© {year} Gumi Sasak"),
               (ID_RIGHTS.isoformat(), "Hak cipta © {year} Gumi Sasak. Dilarang mengambil "
                                       "konten tanpa izin tertulis redaksi.")),
            _f("menu", FOOTER, 0.35, (_OLD, "Redaksi · Pedoman Pemberitaan Media Siber · Kode "
                                            "Etik · Kontak")),
            _f("gempa", HEADER, 0.04, (_OLD, "⚠️ Gempa M5,1 mengguncang Lombok Utara, tidak "
                                             "berpotensi tsunami")),
        ),
    )


# --- a Russian-language Arctic port city site (Murmansk, the Kola peninsula) ----------------

RU_REDESIGN = dt.date(2016, 10, 4)  # on the city's centenary the date turned genitive
RU_BYLINE = dt.date(2018, 2, 5)
RU_LINKS = dt.date(2019, 3, 4)
RU_CHANNELS = dt.date(2018, 6, 4)
RU_RIGHTS = dt.date(2019, 11, 1)
KP_LABELS = ((2, "слабая активность"), (4, "есть шанс увидеть"), (9, "ждём яркое сияние"))


def ru_years(n: int) -> str:
    return plural(n, "год", "года", "лет")


def aurora_season(day: dt.date) -> bool:
    """Nights dark enough for the aurora: 1 September to 15 April."""
    return not (4, 16) <= (day.month, day.day) < (9, 1)


def aurora_kp(day: dt.date) -> int:
    """The night's Kp forecast, 1 to 6 (made up, fixed per day)."""
    n = day.toordinal()
    return 1 + (n * 11 + n // 5) % 6


def ru_aurora(day: dt.date) -> str:
    """The night's aurora forecast in the season (a wording per change), the white nights'
    line out of it."""
    if not aurora_season(day):
        return "🌌 Белые ночи: сезон северного сияния откроется в сентябре"
    kp = aurora_kp(day)
    label = next(text for top, text in KP_LABELS if kp <= top)
    return f"🌌 Прогноз северного сияния на ночь: Kp {kp}, {label}"


def navy_day(y: int) -> dt.date:
    """Navy Day: the last Sunday of July."""
    return last_weekday(y, 7, 6)


def _ru_dated(day: dt.date) -> str:
    if day < RU_REDESIGN:
        return f"{RUSSIAN_WEEKDAYS_SHORT[day.weekday()]}, {day:%d.%m.%Y}"
    return f"{day.day} {RUSSIAN_MONTHS_GENITIVE[day.month - 1]} {day.year} г., {{time}}"


def _ru_notice() -> Wordings:
    base = _steps((_OLD, "Мы ВКонтакте: подписывайтесь на новости Мурманска"),
                  (RU_CHANNELS.isoformat(), "📢 Наш канал в Яндекс.Дзене и Telegram: "
                                            "подписывайтесь"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы в Госдуму и областную думу: итоги в Мурманске",
              after=2),
        _vote("2018-03-18", "🗳️ Выборы президента России: явка в Мурманской области",
              after=1),
        _vote("2019-09-08", "🗳️ Выборы губернатора Мурманской области: предварительные итоги",
              after=1),
        _span("2020-03-30", "2020-06-08", "😷 Режим самоизоляции: где оформить пропуск и что "
                                          "работает"),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам в Конституцию: адреса "
                                          "участков"),
    ]
    feasts = _yearly("01-11", 0, 1, lambda _: "☀️ Праздник «Здравствуй, солнце!»: полярная "
                                              "ночь позади")
    feasts += _yearly("05-09", 1, 0, lambda y: f"🎖 С Днём Победы! {ru_years(y - 1945)} "
                                               f"Великой Победе")
    feasts += _yearly("06-12", 0, 0, lambda _: "🇷🇺 12 июня, День России: поздравляем "
                                               "земляков!")
    feasts += _movable(navy_day, 0, 0, lambda _: "⚓ С Днём Военно-Морского Флота, "
                                                 "североморцы!")
    feasts += _yearly("10-04", 0, 0, lambda y: f"🏙 День рождения Мурманска: городу "
                                               f"{ru_years(y - 1916)}")
    return _calendar(base, news, feasts)


def murmansk_style() -> PublisherStyle:
    """A Russian-language Arctic port city site (Murmansk, the Kola peninsula): a section
    kicker, the short weekday and a numeric date, turned a genitive date with the time on the
    city's centenary (a wording per day), "Автор:" turned the writer with "photos by the
    author", a town from a pool, "Вам может быть интересно:" turned "📎 Ещё по теме —" (up to
    twice), an upper-case ad label, a photo credit, the night's aurora forecast in the dark
    season (a wording per change) and the white nights' line, a VKontakte line turned Zen and
    Telegram and turned by three votes, the 2020 self-isolation and the constitutional vote,
    the return of the sun, Victory Day and the city's birthday with their counts and plurals,
    Russia Day and Navy Day (the last Sunday of July), an age rating, a rights line reworded
    and the registration (a block), a rare blizzard warning."""
    return PublisherStyle(
        domain="kolagavan.ru", site="Кольская гавань", base_size=98,
        subdomains=(("", 100),),
        sections=("murmansk", "zapolyarye", "flot", "ekonomika", "obshchestvo", "sport"),
        n_authors=3, url_path="/news/{section}/{n}/",
        pools={
            "rubrika": ("Мурманск", "Заполярье", "Флот", "Экономика", "Общество", "Спорт"),
            "gorod": ("Североморск", "Кола", "Мончегорск", "Апатиты", "Кировск", "Полярный"),
            "foto": ("пресс-служба губернатора", "архив редакции", "читатель", "ТАСС",
                     "Мурманский морской порт"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.75, *_by_day(_ru_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (RU_BYLINE.isoformat(), "{author}, фото автора")),
            _f("mesto", HEADER, 0.15, (_OLD, "Место событий: {gorod}")),
            _f("chitaite", MIDDLE, 0.3, (_OLD, "Вам может быть интересно: {other_title}"),
               (RU_LINKS.isoformat(), "📎 Ещё по теме — {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "РЕКЛАМА")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("siyanie", FOOTER, 0.2, *_by_day(ru_aurora)),
            _f("obyavlenie", FOOTER, 0.3, *_ru_notice()),
            _f("vozrast", FOOTER, 0.3, (_OLD, "Возрастная категория сайта: 16+")),
            _f("prava", FOOTER, 0.45, (_OLD, "© {year} Кольская гавань"),
               (RU_RIGHTS.isoformat(), "© «Кольская гавань», 2012–{year}. При цитировании "
                                       "гиперссылка на {domain} обязательна.")),
            _f("svidetelstvo", FOOTER, 0.35, (_OLD, "Сетевое издание зарегистрировано "
                                                    "Роскомнадзором, свидетельство Эл № "
                                                    "ФС77-00000 от 12.03.2014")),
            _f("metel", HEADER, 0.04, (_OLD, "❄️ Штормовое предупреждение: метель, дорогу на "
                                             "Териберку закрыли")),
        ),
    )


# --- a Belarusian-language town site (Polatsk, on the Western Dvina) -------------------------

BY_REDESIGN = dt.date(2017, 9, 3)  # the Day of Written Language held in Polatsk
BY_BYLINE = dt.date(2018, 10, 1)
BY_LINKS = dt.date(2019, 5, 6)
BY_VIBER = dt.date(2018, 4, 2)
BY_RIGHTS = dt.date(2019, 9, 2)
# The spring flood's crest above the usual level at the Polatsk gauge, in cm, by year.
DVINA_CREST = {2015: 250, 2016: 320, 2017: 210, 2018: 430, 2019: 270, 2020: 140, 2021: 200}
DVINA_ALERT = 520  # the unfavourable mark, in cm
# The host town of the Day of Belarusian Written Language, each year.
WRITTEN_LANGUAGE_TOWNS = {2015: "Шчучын", 2016: "Рагачоў", 2017: "Полацк", 2018: "Іванава",
                          2019: "Слонім", 2020: "Бялынічы"}


def dvina_level(day: dt.date) -> int:
    """The river at the Polatsk gauge, in cm (made up: a spring crest in mid-April, a summer
    low, autumn rain)."""
    spring = DVINA_CREST[day.year] * math.exp(-(((day - dt.date(day.year, 4, 12)).days
                                                 / 18) ** 2))
    summer = -30 * math.exp(-(((day - dt.date(day.year, 8, 20)).days / 35) ** 2))
    autumn = 40 * math.exp(-(((day - dt.date(day.year, 10, 25)).days / 30) ** 2))
    return round(170 + spring + summer + autumn + (day.toordinal() * 29) % 13 - 6)


def by_dvina(day: dt.date) -> str:
    """The day's reading (a wording per day), with an alert above the unfavourable mark."""
    level = dvina_level(day)
    alert = " ⚠️ вышэй за неспрыяльную адзнаку" if level >= DVINA_ALERT else ""
    return f"🌊 Узровень вады ў Дзвіне ля Полацка: {level} см{alert}"


def by_years(n: int) -> str:
    return plural(n, "год", "гады", "гадоў")


def written_language_day(y: int) -> dt.date:
    """The Day of Belarusian Written Language: the first Sunday of September."""
    return nth_weekday(y, 9, 6, 1)


def both_easters() -> list[Event]:
    """The Western and the Orthodox Easter Sunday, one line when they fall together."""
    out: list[Event] = []
    for y in YEARS:
        west, east = easter(y), orthodox_easter(y)
        if west == east:
            out.append((west, west + ONE_DAY, "🕊 Хрыстос уваскрос! Сёлета Вялікдзень у адзін "
                                              "дзень для ўсіх хрысціян"))
        else:
            out.append((west, west + ONE_DAY, "🕊 З каталіцкім Вялікаднем!"))
            out.append((east, east + ONE_DAY, "🕊 З праваслаўным Вялікаднем! Хрыстос "
                                              "уваскрос!"))
    return out


def _by_dated(day: dt.date) -> str:
    if day < BY_REDESIGN:
        return (f"{BELARUSIAN_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{BELARUSIAN_MONTHS_GENITIVE[day.month - 1]} {day.year} г.")
    return f"{day:%d.%m.%Y} | {{time}}"


def _by_notice() -> Wordings:
    base = _steps((_OLD, "Далучайцеся да нашай групы ВКонтакте"),
                  (BY_VIBER.isoformat(), "📲 Наш канал у Viber і Telegram: навіны Полацка "
                                         "першымі"))
    news: list[Event] = [
        _vote("2015-10-11", "🗳️ Выбары Прэзідэнта 2015: дзе галасаваць у Полацку", after=1),
        _vote("2016-09-11", "🗳️ Выбары ў Палату прадстаўнікоў: вынікі па Полацкай акрузе",
              after=1),
        _vote("2019-11-17", "🗳️ Парламенцкія выбары 2019: вынікі па акругах Полаччыны",
              after=1),
        _vote("2020-08-09", "🗳️ Выбары Прэзідэнта 2020: дзе галасаваць у Полацку", after=1),
        _span("2020-08-11", "2020-08-23", "📶 Мабільны інтэрнэт працуе з перабоямі: чытайце "
                                          "нас праз Telegram"),
    ]
    feasts = _yearly("01-07", 0, 0, lambda _: "🎄 З Калядамі! Шчаслівых праваслаўных Калядаў")
    feasts += both_easters()
    feasts += _yearly("07-03", 0, 0, lambda y: f"🇧🇾 Дзень Незалежнасці: {by_years(y - 1944)} "
                                               f"вызвалення Беларусі")
    feasts += _yearly("07-06", 0, 1, lambda _: "🔥 Шчаслівага Купалля!")
    feasts += _movable(written_language_day, 2, 0,
                       lambda y: f"📖 Дзень беларускага пісьменства {y}, сталіца свята — "
                                 f"{WRITTEN_LANGUAGE_TOWNS[y]}")
    feasts += _yearly("11-02", 0, 0, lambda _: "🕯️ Дзяды: успомнім продкаў")
    return _calendar(base, news, feasts)


def polatsk_style() -> PublisherStyle:
    """A Belarusian-language town site (Polatsk, on the Western Dvina): a section kicker,
    the weekday and the genitive date, turned a numeric date with the time on the Day of
    Written Language it hosted (a wording per day), "Аўтар:" turned "Тэкст —", a two-language
    switch, "Глядзіце таксама:" turned "🔹 Па тэме:" (up to twice), an ad label, a photo
    credit, the river's level at the town's gauge (a wording per day) with an alert in the
    2018 flood, a VKontakte line turned Viber and Telegram and turned by four votes and the
    August 2020 internet outage, Orthodox Christmas, the Western and Orthodox Easters (one
    line in 2017, when they fell together), independence with its count and plural, Kupalle,
    the Day of Written Language with its host town of the year and Dziady, a rights line
    reworded and the publisher with the editor (a block), a rare flood warning."""
    return PublisherStyle(
        domain="halasdzviny.by", site="Голас Дзвіны", base_size=78,
        subdomains=(("", 100),),
        sections=("polatsk", "navapolatsk", "region", "gramadstva", "kultura", "sport"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "rubryka": ("Полацк", "Наваполацк", "Рэгіён", "Грамадства", "Культура", "Спорт"),
            "fota": ("БЕЛТА", "Полацкі райвыканкам", "архіў рэдакцыі", "чытач",
                     "Полацкі музей-запаведнік"),
        },
        families=(
            _f("rubryka", HEADER, 0.3, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.7, *_by_day(_by_dated)),
            _f("autar", HEADER, 0.45, (_OLD, "Аўтар: {author}"),
               (BY_BYLINE.isoformat(), "Тэкст — {author}")),
            _f("mova", HEADER, 0.15, (_OLD, "Бел | Рус")),
            _f("hlyadzicie", MIDDLE, 0.3, (_OLD, "Глядзіце таксама: {other_title}"),
               (BY_LINKS.isoformat(), "🔹 Па тэме: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Рэклама")),
            _f("fota", MIDDLE, 0.2, (_OLD, "Фота: {fota}")),
            _f("dzvina", FOOTER, 0.2, *_by_day(by_dvina)),
            _f("abvestka", FOOTER, 0.3, *_by_notice()),
            _f("pravy", FOOTER, 0.4, (_OLD, "© {year} Голас Дзвіны"),
               (BY_RIGHTS.isoformat(), "© Голас Дзвіны, 2008–{year}. Пры выкарыстанні "
                                       "матэрыялаў спасылка абавязковая.")),
            _f("vydavec", FOOTER, 0.3, (_OLD, "Выдавец: ТАА «Дзвінскі медыяцэнтр» · Галоўны "
                                              "рэдактар Ірына Лапцёнак")),
            _f("pavodka", HEADER, 0.04, (_OLD, "⚠️ Паводка: Дзвіна ля Полацка выйшла з берагоў, "
                                               "ніжнія вуліцы падтопленыя")),
        ),
    )


# --- a Khmer-language temple town news site (Siem Reap) --------------------------------------

KH_REDESIGN = dt.date(2018, 11, 9)  # on Independence Day the date turned short, with the time
KH_BYLINE = dt.date(2019, 1, 7)
KH_LINKS = dt.date(2019, 4, 1)
KH_TELEGRAM = dt.date(2019, 3, 4)
KH_RIGHTS = dt.date(2020, 3, 2)
KH_PASS = dt.date(2017, 2, 1)  # the Angkor pass prices went up
# The first day of the Pchum Ben holidays and of the Water Festival, as announced.
PCHUM_BEN = {2015: "2015-10-11", 2016: "2016-09-30", 2017: "2017-09-19", 2018: "2018-10-08",
             2019: "2019-09-27", 2020: "2020-09-16"}
WATER_FESTIVAL = {2015: "2015-11-24", 2016: "2016-11-13", 2017: "2017-11-02",
                  2018: "2018-11-21", 2019: "2019-11-10", 2020: "2020-10-30"}
# Foreign visitors to the Angkor park: a year's monthly level, the month's share of it, and
# 2020 as reported month by month.
KH_LEVEL = {2014: 180_000, 2015: 181_000, 2016: 178_000, 2017: 204_000, 2018: 218_000,
            2019: 191_000}
KH_MONTH_SHARE = (1.25, 1.2, 1.15, 0.95, 0.8, 0.7, 0.8, 0.85, 0.7, 0.85, 1.05, 1.25)
KH_2020 = (226_412, 121_937, 45_318, 1_284, 962, 1_417, 2_073, 2_518, 2_136, 2_891, 3_342,
           3_785)


def khmer_digits(number: int, width: int = 0) -> str:
    return digits(number, KHMER_ZERO, width)


def kh_visitors(y: int, m: int) -> int:
    """Foreign visitors to Angkor in month `m` of `y` (made up around the real levels)."""
    if y == 2020:
        return KH_2020[m - 1]
    return int(KH_LEVEL[y] * KH_MONTH_SHARE[m - 1]) + ((y * 12 + m) * 37) % 997


def kh_reported(day: dt.date) -> tuple[int, int]:
    """The month (year, month) whose visitors `day` shows: the one before on and after the
    10th, when the figures come out, the one before that until then."""
    back = 1 if day.day >= 10 else 2
    months = day.year * 12 + day.month - 1 - back
    return months // 12, months % 12 + 1


def kh_visitor_line(day: dt.date) -> str:
    """The month's visitors in Khmer numerals (a wording from each 10th)."""
    y, m = kh_reported(day)
    return (f"🏛️ ភ្ញៀវបរទេសទស្សនាអង្គរ ខែ{KHMER_MONTHS[m - 1]} {khmer_digits(y)}៖ "
            f"{grouped(kh_visitors(y, m), KHMER_ZERO)} នាក់")


def _kh_dated(day: dt.date) -> str:
    if day < KH_REDESIGN:
        return (f"ថ្ងៃ{KHMER_WEEKDAYS[day.weekday()]} ទី{khmer_digits(day.day)} "
                f"ខែ{KHMER_MONTHS[day.month - 1]} ឆ្នាំ{khmer_digits(day.year)}")
    return (f"{khmer_digits(day.day)} {KHMER_MONTHS[day.month - 1]} {khmer_digits(day.year)} "
            f"ម៉ោង {{time}}")


def _kh_notice() -> Wordings:
    base = _steps((_OLD, "សូមតាមដានយើងតាមហ្វេសប៊ុក"),
                  (KH_TELEGRAM.isoformat(), "📲 តាមដានព័ត៌មានថ្មីៗតាម Telegram របស់យើង"))
    news: list[Event] = [
        _vote("2017-06-04", "🗳️ ការបោះឆ្នោតជ្រើសរើសក្រុមប្រឹក្សាឃុំ សង្កាត់ ឆ្នាំ២០១៧", after=1),
        _vote("2018-07-29", "🗳️ ការបោះឆ្នោតជ្រើសតាំងតំណាងរាស្ត្រ នីតិកាលទី៦", after=1),
        _span("2020-04-13", "2020-04-16", "😷 បុណ្យចូលឆ្នាំខ្មែរត្រូវបានពន្យារពេល៖ សូមស្នាក់នៅផ្ទះ"),
        _span("2020-08-17", "2020-08-21", "🎉 ថ្ងៃឈប់សម្រាកជំនួសបុណ្យចូលឆ្នាំខ្មែរ ១៧–២១ សីហា"),
    ]
    feasts = _yearly("03-21", 1, 0, lambda _: "🌅 ព្រះអាទិត្យរះចំកំពូលប្រាសាទអង្គរវត្ត")
    feasts += _yearly("04-14", 1, 2, lambda _: "🎉 សួស្តីឆ្នាំថ្មី! រីករាយបុណ្យចូលឆ្នាំប្រពៃណីជាតិ")
    feasts += _movable(_listed(PCHUM_BEN), 2, 0, lambda _: "🙏 ធ្វើដំណើរទៅវត្តអារាមប្រកបដោយ"
                                                           "សុវត្ថិភាព ក្នុងឱកាសបុណ្យភ្ជុំបិណ្ឌ")
    feasts += _movable(_listed(WATER_FESTIVAL), 0, 2,
                       lambda y: ("🚣 បុណ្យអុំទូកឆ្នាំនេះត្រូវបានលុបចោល" if y == 2020 else
                                  "🚣 រីករាយបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ"))
    feasts += _yearly("11-09", 0, 0, lambda y: f"🇰🇭 ខួបលើកទី{khmer_digits(y - 1953)} "
                                               f"នៃទិវាបុណ្យឯករាជ្យជាតិ")
    return _calendar(base, news, feasts)


def siem_reap_style() -> PublisherStyle:
    """A Khmer-language temple town news site (Siem Reap): a section kicker, the weekday and
    the date in Khmer numerals, turned a short date with the time on Independence Day 2018 (a
    wording per day), "ដោយ៖" turned the writer and the photographer, a read count,
    "អានបន្ថែម៖" turned "👉 អត្ថបទទាក់ទង៖" (up to twice), an ad label, a photo credit, the
    foreign visitors to Angkor of the month before last or last (a wording from each 10th,
    the 2020 collapse included), the Angkor pass prices raised in 2017, a follow line turned
    Telegram and turned by two votes and the postponed 2020 new year with its make-up days,
    the equinox sunrise, the Khmer new year, Pchum Ben and the Water Festival on their
    announced days (called off in 2020) and independence with its count in Khmer numerals,
    a rights line reworded and a contact line (a block), a rare storm warning."""
    return PublisherStyle(
        domain="angkorpost.com.kh", site="អង្គរប៉ុស្តិ៍", base_size=60,
        subdomains=(("www.", 100),),
        sections=("siemreap", "national", "world", "economy", "tourism", "sport"),
        n_authors=3, url_path="/archives/{n}",
        pools={
            "pheak": ("សៀមរាប", "ជាតិ", "អន្តរជាតិ", "សេដ្ឋកិច្ច", "ទេសចរណ៍", "កីឡា"),
            "roup": ("AKP", "អាជ្ញាធរអប្សរា", "ឯកសារ", "ហ្វេសប៊ុក", "អ្នកអាន"),
        },
        families=(
            _f("pheak", HEADER, 0.3, (_OLD, "{pheak}")),
            _f("kalbarichhed", HEADER, 0.7, *_by_day(_kh_dated)),
            _f("anak", HEADER, 0.45, (_OLD, "ដោយ៖ {author}"),
               (KH_BYLINE.isoformat(), "អត្ថបទ៖ {author} · រូបថត៖ {author2}")),
            _f("mean-anak", HEADER, 0.25, (_OLD, "👁 {count} នាក់បានអាន")),
            _f("anbanthaem", MIDDLE, 0.3, (_OLD, "អានបន្ថែម៖ {other_title}"),
               (KH_LINKS.isoformat(), "👉 អត្ថបទទាក់ទង៖ {other_title}"), count=2),
            _f("pheasnakam", MIDDLE, 0.2, (_OLD, "ពាណិជ្ជកម្ម")),
            _f("roup", MIDDLE, 0.2, (_OLD, "រូបភាព៖ {roup}")),
            _f("phnhieu", FOOTER, 0.2, *_by_day(kh_visitor_line)),
            _f("sambot", FOOTER, 0.15, (_OLD, "🎫 សំបុត្រចូលទស្សនាអង្គរ៖ ១ថ្ងៃ ២០ដុល្លារ · ៣ថ្ងៃ "
                                              "៤០ដុល្លារ · ៧ថ្ងៃ ៦០ដុល្លារ"),
               (KH_PASS.isoformat(), "🎫 សំបុត្រចូលទស្សនាអង្គរ៖ ១ថ្ងៃ ៣៧ដុល្លារ · ៣ថ្ងៃ "
                                     "៦២ដុល្លារ · ៧ថ្ងៃ ៧២ដុល្លារ")),
            _f("damnoeng", FOOTER, 0.3, *_kh_notice()),
            _f("sithi", FOOTER, 0.45, (_OLD, "© {year} អង្គរប៉ុស្តិ៍"),
               (KH_RIGHTS.isoformat(), "រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ អង្គរប៉ុស្តិ៍ © {year} · "
                                       "ហាមចម្លងដោយគ្មានការអនុញ្ញាត")),
            _f("tomnak", FOOTER, 0.35, (_OLD, "ទំនាក់ទំនង៖ ០៦៣ ០០០ ០០០ · news@{domain}")),
            _f("pyuh", HEADER, 0.04, (_OLD, "⚠️ ព្យុះភ្លៀងខ្លាំង និងរន្ទះ នៅខេត្តសៀមរាប "
                                            "សូមប្រុងប្រយ័ត្ន")),
        ),
    )


# --- a Bulgarian-language town news site (Kazanlak, the Rose Valley) ------------------------

BG_REDESIGN = dt.date(2018, 6, 3)  # on the rose festival's Sunday the date turned numeric
BG_BYLINE = dt.date(2019, 3, 4)
BG_LINKS = dt.date(2018, 10, 1)
BG_DONATE = dt.date(2019, 9, 2)
BG_RIGHTS = dt.date(2020, 6, 1)

BG_SEASONS = (
    ("05-10", "🌹 Розобер: берачите тръгват по изгрев, когато цветът е най-ароматен"),
    ("06-20", "🌿 Розоберът приключи: дестилериите работят с пълен капацитет"),
    ("09-15", "🍇 Гроздобер в подбалканските села: празници на виното"),
    ("12-01", "❄️ Зимата дойде: разходки до Шипка и Бузлуджа само с подходяща екипировка"),
)


def rose_festival(y: int) -> dt.date:
    """The rose festival's procession: the first Sunday of June."""
    return nth_weekday(y, 6, 6, 1)


def _bg_dated(day: dt.date) -> str:
    if day < BG_REDESIGN:
        return (f"{day.day:02d} {BULGARIAN_MONTHS[day.month - 1]} {day.year} г., "
                f"{BULGARIAN_WEEKDAYS[day.weekday()]}")
    return f"{day:%d.%m.%Y} г., {{time}} ч."


def _bg_notice() -> Wordings:
    base = _steps((_OLD, "Харесайте страницата ни във Фейсбук"),
                  (BG_DONATE.isoformat(), "💐 Подкрепете местната журналистика: направете "
                                          "дарение за Казанлък Днес"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Местни избори и референдум 2015: резултатите в Казанлък",
              after=2),
        _vote("2016-11-06", "🗳️ Президентски избори и референдум: как гласува Казанлък",
              after=1),
        _vote("2016-11-13", "🗳️ Балотаж за президент: резултати от община Казанлък",
              before=4, after=1),
        _vote("2017-03-26", "🗳️ Парламентарни избори 2017: резултатите в 27 МИР Стара Загора",
              after=2),
        _vote("2019-05-26", "🗳️ Евроизбори 2019: активност и резултати в Казанлък", before=4,
              after=1),
        _vote("2019-10-27", "🗳️ Местни избори 2019: резултати и балотажи", after=1),
        _span("2020-03-13", "2020-05-13", "😷 Извънредно положение: останете си вкъщи"),
    ]
    feasts = _yearly("03-01", 0, 0, lambda _: "❤️🤍 Честита Баба Марта! Закичете се с "
                                              "мартеница")
    feasts += _yearly("03-03", 0, 0, lambda y: f"🇧🇬 Честит 3 март! {y - 1878} години от "
                                               f"Освобождението на България")
    feasts += _movable(orthodox_easter, 0, 1, lambda _: "🥚 Христос воскресе! Весели "
                                                        "великденски празници")
    feasts += _yearly("05-24", 0, 0, lambda _: "📚 Честит 24 май, ден на българската азбука, "
                                               "просвета и култура")
    feasts += _movable(rose_festival, 2, 0,
                       lambda y: ("🌹 Празникът на розата 2020 е отменен: ще празнуваме "
                                  "догодина" if y == 2020 else
                                  f"🌹 Празник на розата {y}: шествие и коронясване на "
                                  f"Царица Роза"))
    feasts += _yearly("09-06", 0, 0, lambda y: f"🇧🇬 {y - 1885} години от Съединението на "
                                               f"България")
    feasts += _yearly("09-22", 0, 0, lambda y: f"🇧🇬 Ден на Независимостта: {y - 1908} "
                                               f"години")
    return _calendar(base, news, feasts)


def kazanlak_style() -> PublisherStyle:
    """A Bulgarian-language town news site (Kazanlak, the Rose Valley): a category kicker,
    the padded date with the weekday, turned a numeric date with the time on the rose
    festival's Sunday in 2018 (a wording per day), "Публикувано от" turned the writer and
    the photographer, "Още по темата:" turned "➤ Прочетете още:" (up to twice), a dashed ad
    label, a picture credit, the rose-picking and valley season line, a follow line turned a
    donation appeal and turned by six votes and run-offs and the 2020 emergency, Baba
    Marta, liberation, unification and independence with their counts, Orthodox Easter, the
    day of the alphabet and the rose festival on the first Sunday of June (called off in
    2020), a rights line reworded and the publisher (a block), a comments disclaimer, a rare
    hail report."""
    return PublisherStyle(
        domain="kazanlakdnes.bg", site="Казанлък Днес", base_size=46,
        subdomains=(("", 100),),
        sections=("kazanlak", "obshtina", "kultura", "sport", "obshtestvo"),
        n_authors=2, url_path="/novini/{n}-{slug}",
        pools={
            "kategoria": ("Казанлък", "Община", "Култура", "Спорт", "Общество"),
            "snimka": ("Община Казанлък", "архив", "читател", "БТА", "Фейсбук"),
        },
        families=(
            _f("kategoria", HEADER, 0.3, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.7, *_by_day(_bg_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Публикувано от {author}"),
               (BG_BYLINE.isoformat(), "Автор: {author} | Снимки: {author2}")),
            _f("oshte", MIDDLE, 0.3, (_OLD, "Още по темата: {other_title}"),
               (BG_LINKS.isoformat(), "➤ Прочетете още: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.15, (_OLD, "— Реклама —")),
            _f("snimka", MIDDLE, 0.2, (_OLD, "Снимка: {snimka}")),
            _f("rozober", FOOTER, 0.2, *_seasons(*BG_SEASONS)),
            _f("saobshtenie", FOOTER, 0.3, *_bg_notice()),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Казанлък Днес"),
               (BG_RIGHTS.isoformat(), "© {year} Казанлък Днес. Всички права запазени. "
                                       "Материалите се ползват само със съгласие на "
                                       "редакцията.")),
            _f("izdatel", FOOTER, 0.3, (_OLD, "Издател: Сдружение „Медия Тракия“ · ЕИК "
                                              "204000000")),
            _f("komentari", FOOTER, 0.12, (_OLD, "Мненията в коментарите са на читателите и "
                                                 "не ангажират редакцията.")),
            _f("grad", HEADER, 0.04, (_OLD, "⚠️ Градушка над Казанлък: пострадали розови "
                                            "насаждения край Шипка")),
        ),
    )


# --- a dive centre's log (Pulau Perhentian, Terengganu, Malaysia; English with Malay) --------

MY_POSTED = dt.date(2018, 10, 1)
MY_REEF_FUND = dt.date(2019, 3, 1)
MY_RIGHTS = dt.date(2019, 5, 6)
MCO = (dt.date(2020, 3, 18), dt.date(2020, 6, 10))  # the first day, the first day after it


def my_visibility(monday: dt.date) -> int:
    """The week's visibility in metres (made up, 8 to 24)."""
    return 8 + (monday.toordinal() * 5) % 17


def my_season(day: dt.date) -> str:
    """The season line: the week's visibility while the boats run (a wording from each
    Monday), the monsoon break, the days of the 2020 movement control order (a wording per
    day) and the reopening for residents."""
    if MCO[0] <= day < MCO[1]:
        return (f"🏝️ Perintah Kawalan Pergerakan, hari ke-{(day - MCO[0]).days + 1}: the "
                f"dive centre is closed, stay home and stay safe")
    if day.month in (11, 12, 1, 2):
        reopening = day.year + (day.month > 2)
        return f"🌊 Monsoon break: we are closed until 1 March {reopening}, see you next season"
    seen = my_visibility(monday_of(day))
    if day >= MCO[1]:
        return f"🤿 Open again for Malaysian residents · visibility this week about {seen} m"
    return f"🤿 Season {day.year} is on · visibility this week about {seen} m"


def _my_notice() -> Wordings:
    base = _steps((_OLD, "Book your Open Water course: WhatsApp us on +60 19 000 0000"),
                  (MY_REEF_FUND.isoformat(), "🌱 One ringgit of every dive goes to the "
                                             "Perhentian reef clean-up fund"))
    news: list[Event] = [
        _vote("2018-05-09", "🇲🇾 GE14 polling day: the ferries from Kuala Besut run a reduced "
                            "timetable", before=2, after=0),
        _span("2020-06-10", "2020-06-30", "Interstate travel is allowed again: we are taking "
                                          "bookings for July"),
    ]
    feasts = _movable(_listed(EID_AL_FITR), 1, 1, lambda _: "Selamat Hari Raya Aidilfitri, "
                                                            "maaf zahir dan batin! Fewer "
                                                            "boat trips this week")
    feasts += _yearly("06-08", 0, 0, lambda _: "🌊 World Oceans Day: join our beach clean-up "
                                               "at 8 am")
    feasts += _yearly("08-31", 0, 0, lambda y: f"🇲🇾 Selamat Hari Merdeka ke-{y - 1957}!")
    feasts += _yearly("09-16", 0, 0, lambda _: "🇲🇾 Happy Malaysia Day from the islands")
    return _calendar(base, news, feasts)


def perhentian_style() -> PublisherStyle:
    """A dive centre's log (Pulau Perhentian, Terengganu, Malaysia; English with Malay
    lines): a kind kicker, a posted line with the short date and the writer, turned the
    writer with the role and the date, a Malay welcome, "From the logbook:" (up to twice), a
    photo line, the season with the week's visibility, the monsoon break and the days of the
    2020 movement control order, a turtle and reef season line, a booking line reworded and
    turned by a vote and the 2020 reopening, Hari Raya, World Oceans Day, Merdeka with its
    count and Malaysia Day, a filed-under list, a rights line reworded and the dive
    centre's licence (a block), a rare jellyfish warning."""
    return PublisherStyle(
        domain="telukbirudivers.com.my", site="Teluk Biru Divers", base_size=32,
        subdomains=(("www.", 100),),
        sections=("dive-log", "marine-life", "island-news", "courses"),
        n_authors=2, url_path="/log/{yyyy}/{mm}/{slug}/",
        pools={
            "kind": ("Dive log", "Marine life", "Island news", "Courses"),
            "photo": ("our divemaster", "a guest, with thanks", "Perhentian Marine Park",
                      "file photo"),
            "tag": ("Tokong Laut", "Sugar Wreck", "Shark Point", "Batu Layar", "turtles",
                    "night dives"),
            "beat": ("instructor", "divemaster", "owner"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "Posted {date_short} · {author}"),
               (MY_POSTED.isoformat(), "🤿 {author} ({author_beat}) · {date_dmy}")),
            _f("selamat", HEADER, 0.12, (_OLD, "Selamat datang ke Pulau Perhentian! Welcome "
                                               "to the islands")),
            _f("logbook", MIDDLE, 0.3, (_OLD, "From the logbook: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 {photo}")),
            _f("season", FOOTER, 0.3, *_by_day(my_season)),
            _f("turtles", FOOTER, 0.15, *_seasons(
                ("05-01", "🐢 Turtle nesting season: keep the beaches dark at night and give "
                          "hatchlings space"),
                ("10-01", "🪸 Reef-friendly diving: no gloves, no touching, no feeding the "
                          "fish"))),
            _f("notice", FOOTER, 0.3, *_my_notice()),
            _f("filed", FOOTER, 0.3, (_OLD, "Filed under: {tag_list}")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Teluk Biru Divers"),
               (MY_RIGHTS.isoformat(), "© {year} Teluk Biru Divers · Pulau Perhentian Kecil, "
                                       "Terengganu")),
            _f("licence", FOOTER, 0.3, (_OLD, "PADI 5 Star Dive Centre · licensed by the "
                                              "Department of Marine Park Malaysia")),
            _f("jellyfish", HEADER, 0.04, (_OLD, "⚠️ Jellyfish bloom at Long Beach this week: "
                                                 "swim in a full suit")),
        ),
    )


# --- a weaving cooperative's news (Luang Prabang, Laos; English with Lao lines) --------------

LA_POSTED = dt.date(2019, 1, 14)
LA_WEB_SHOP = dt.date(2018, 3, 5)
LA_RIGHTS = dt.date(2018, 9, 3)

LA_DYES = (
    ("01-15", "🌿 Indigo season: the leaves are fermenting in the vats"),
    ("05-20", "🌧 Rainy season: weaving under the house, dyeing waits for the sun"),
    ("10-20", "🐛 New silk: the cocoons from the upland villages have arrived"),
)


def _la_notice() -> Wordings:
    base = _steps((_OLD, "Visit our stall at the night market on Sisavangvong Road, every "
                         "evening from 5 pm"),
                  (LA_WEB_SHOP.isoformat(), "🛍️ Our scarves now ship worldwide: order through "
                                            "the web shop"))
    news: list[Event] = [
        _span("2020-03-30", "2020-05-17", "😷 ປິດເມືອງ: the workshop is closed for the "
                                          "lockdown, web orders still ship"),
    ]
    feasts = _yearly("04-14", 1, 2, lambda _: "🌊 ສຸກສັນວັນປີໃໝ່ລາວ! Happy Lao New Year from "
                                              "the looms")
    feasts += _movable(_listed(OK_PHANSA), 0, 0, lambda _: "🪔 Boun Lai Heua Fai tonight: "
                                                           "fire boats on the Mekong")
    feasts += _yearly("12-02", 0, 0, lambda y: f"🇱🇦 ວັນຊາດ: {y - 1975} years of the Lao PDR")
    feasts += _yearly("12-09", 0, 0, lambda y: f"Luang Prabang: {y - 1995} years on the World "
                                               f"Heritage list")
    return _calendar(base, news, feasts)


def luang_prabang_style() -> PublisherStyle:
    """A weaving cooperative's news (Luang Prabang, Laos; English with Lao lines): a kind
    kicker, the date and the writer, turned a posted-by line with the weekday, a Lao
    welcome, "More from the looms:" (up to twice), a photo credit, the dyes' and silk's
    season, a market-stall line turned a web shop and turned by the 2020 lockdown, the Lao
    new year, the fire-boat festival on the end of Buddhist Lent, the national day and the
    World Heritage listing with their counts, a handwoven line, a rights line reworded and
    the association membership (a block), a rare flood closure."""
    return PublisherStyle(
        domain="phanomweavers.la", site="Ban Phanom Weavers", base_size=22,
        subdomains=(("www.", 100),),
        sections=("workshop", "dyes", "village", "shop"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "kind": ("Workshop", "Natural dyes", "Village news", "Shop"),
            "photo": ("the cooperative", "a visitor", "Luang Prabang tourism office", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_dmy} · {author}"),
               (LA_POSTED.isoformat(), "Posted by {author} on {weekday}, {date_dmy}")),
            _f("sabaidee", HEADER, 0.12, (_OLD, "ສະບາຍດີ! Welcome to Ban Phanom")),
            _f("looms", MIDDLE, 0.3, (_OLD, "More from the looms: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("dyes", FOOTER, 0.2, *_seasons(*LA_DYES)),
            _f("notice", FOOTER, 0.3, *_la_notice()),
            _f("handwoven", FOOTER, 0.25, (_OLD, "Every piece is handwoven in Ban Phanom and "
                                                 "tagged with its weaver's name.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Ban Phanom Weavers"),
               (LA_RIGHTS.isoformat(), "© {year} Ban Phanom Weavers Cooperative · Luang "
                                       "Prabang, Lao PDR")),
            _f("member", FOOTER, 0.3, (_OLD, "Member of the Lao Handicraft Association")),
            _f("flood", HEADER, 0.04, (_OLD, "⚠️ The Nam Khan is over the lower lane: the shop "
                                             "is closed today")),
        ),
    )


def heldout71_styles() -> list[PublisherStyle]:
    """The held-back-71 styles, in the order the generator hands them to publishers."""
    return [
        przemysl_style(), pecs_style(), dalat_style(), chernivtsi_style(), ubon_style(),
        mataram_style(), murmansk_style(), polatsk_style(), siem_reap_style(),
        kazanlak_style(), perhentian_style(), luang_prabang_style(),
    ]
