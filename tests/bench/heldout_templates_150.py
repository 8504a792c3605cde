"""The ``held-back-150`` template set of the planted-real benchmark.

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
spoiler warning, an availability line or an advertisement marker. The publishers are music,
film and television news sites, chart services and streaming guides in English, Korean,
Japanese, Spanish, Portuguese, Hindi and Turkish: an American entertainment trade site, an
American music-chart service, a Korean entertainment news site, a Japanese music news site, a
Spanish film, series and streaming guide, a Brazilian television and novela site, a Hindi
Bollywood news site, a Turkish television-series guide, a British music magazine with its
festival coverage, an American streaming guide, a Mexican radio and streaming chart and a
Korean film news site. The families are the kinds a crawl of such sites holds: dates localised
day by day in English (with American Pacific and British summer and winter time), Korean (with
the weekday), Japanese (with the weekday), Spanish (with Spain's summer and winter time),
Portuguese, Hindi and Turkish, several changing form on the day of a redesign; lines that turn
every day (the day's music show in Korea, yesterday's ratings in Turkey, Korea's daily box
office), every week (the weekend box office, the chart week with its tracking week changed to
Friday-Thursday on Global Release Day, the Japanese weekly ranking turned a combined ranking,
Friday releases in Spain and India, the novela summaries of the week, streaming's new titles
of the week, the Mexican chart's ISO week) and every month (what leaves streaming); spoiler
warnings, "where to watch" lines, episode-guide headers, trailer embeds, ticket and affiliate
disclosures reworded; amounts that change over the years (streaming-chart conversion rules,
Japan's consumption tax, Spain's VAT on cinema tickets, Rock in Rio and Glastonbury ticket
prices, India's GST on cinema tickets, Turkey's digital service tax, a magazine's
subscription, a streaming service's monthly price, Korean multiplex ticket prices); festival
and awards banners that follow the calendars of film, music and television (the Oscars,
Golden Globes, Emmys, Grammys, Sundance, Cannes, Comic-Con, chart holidays and year-end
charts, MAMA, the Golden Disc Awards, Seollal and Chuseok, Fuji Rock, Summer Sonic, Kohaku
with its edition, the Reiwa era, the Goyas, San Sebastián and Málaga with their editions,
Carnival, Big Brother Brasil's seasons, Rock in Rio, Lollapalooza Brasil, Filmfare, IIFA, Eid
and Diwali releases, the two bayrams, season finales and new seasons in Turkey, Glastonbury
with its fallow year, Reading and Leeds, the BRITs, the Mercury Prize, the Latin Grammys,
Premios Lo Nuestro, Vive Latino, the Busan festival and the Blue Dragon awards with their
editions, the 2020 pandemic's closed cinemas and cancelled festivals); photo credits, related
links, ratings, chart moves and advertisement markers mid-body (some up to two times);
multi-line blocks (copyright and imprint lines), bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
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
    last_weekday,
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
YOIL = ("월", "화", "수", "목", "금", "토", "일")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
MAAH = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
        "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")

# --- helpers of this set ------------------------------------------------------------------


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day` (the first one
    before any of them)."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def us_daylight_time(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day` (from the second Sunday of
    March to the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer_time(day: dt.date) -> bool:
    """Whether British and European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def en_span(first: dt.date, last: dt.date) -> str:
    """Two days as "Jun 19–21" or "Jun 28–Jul 2"."""
    if first.month == last.month:
        return f"{MONTHS[first.month - 1][:3]} {first.day}–{last.day}"
    return f"{MONTHS[first.month - 1][:3]} {first.day}–{MONTHS[last.month - 1][:3]} {last.day}"


def between(first: dt.date, last: dt.date, months: tuple[str, ...], sep: str) -> str:
    """Two days as Spanish and Portuguese sites print them: "16 al 22 de junio" or "29 de
    junio al 5 de julio" (`sep`: "al" or "a")."""
    if first.month == last.month:
        return f"{first.day} {sep} {last.day} de {months[last.month - 1]}"
    return f"{first.day} de {months[first.month - 1]} {sep} {last.day} de {months[last.month - 1]}"


def days_of(table: dict[int, str]) -> list[tuple[int, dt.date]]:
    return [(y, iso_day(day)) for y, day in sorted(table.items())]


def around(table: dict[int, str], before: int, after: int,
           text: Callable[[int, dt.date], str]) -> list[Event]:
    """A notice shown around the day of each year in `table` (year -> ISO day)."""
    return [(day - before * ONE, day + (after + 1) * ONE, text(y, day))
            for y, day in days_of(table)]


def spans(table: dict[int, tuple[str, str]], text: Callable[[int], str],
          before: int = 0) -> list[Event]:
    """A notice shown during each year's event in `table` (year -> first and last ISO day),
    from `before` days before it."""
    return [(iso_day(first, -before), iso_day(last, 1), text(y))
            for y, (first, last) in sorted(table.items())]


# --- an American entertainment trade site -------------------------------------------------

MW_REDESIGN = dt.date(2018, 3, 5)  # relaunched the day after the 90th Academy Awards
MW_NEWSLETTER = dt.date(2019, 1, 14)
MW_AFFILIATE = dt.date(2017, 10, 2)
MW_SPOILERS = dt.date(2019, 4, 15)  # Game of Thrones' last season: spoiler notes in brackets
OSCARS = {2015: "2015-02-22", 2016: "2016-02-28", 2017: "2017-02-26", 2018: "2018-03-04",
          2019: "2019-02-24", 2020: "2020-02-09"}
OSCAR_NOMINATIONS = {2015: "2015-01-15", 2016: "2016-01-14", 2017: "2017-01-24",
                     2018: "2018-01-23", 2019: "2019-01-22", 2020: "2020-01-13"}
GOLDEN_GLOBES = {2015: "2015-01-11", 2016: "2016-01-10", 2017: "2017-01-08", 2018: "2018-01-07",
                 2019: "2019-01-06", 2020: "2020-01-05"}
EMMYS = {2015: "2015-09-20", 2016: "2016-09-18", 2017: "2017-09-17", 2018: "2018-09-17",
         2019: "2019-09-22", 2020: "2020-09-20"}
SUNDANCE = {2015: ("2015-01-22", "2015-02-01"), 2016: ("2016-01-21", "2016-01-31"),
            2017: ("2017-01-19", "2017-01-29"), 2018: ("2018-01-18", "2018-01-28"),
            2019: ("2019-01-24", "2019-02-03"), 2020: ("2020-01-23", "2020-02-02")}
CANNES = {2015: ("2015-05-13", "2015-05-24"), 2016: ("2016-05-11", "2016-05-22"),
          2017: ("2017-05-17", "2017-05-28"), 2018: ("2018-05-08", "2018-05-19"),
          2019: ("2019-05-14", "2019-05-25")}  # no festival in 2020
COMIC_CON = {2015: ("2015-07-09", "2015-07-12"), 2016: ("2016-07-21", "2016-07-24"),
             2017: ("2017-07-20", "2017-07-23"), 2018: ("2018-07-19", "2018-07-22"),
             2019: ("2019-07-18", "2019-07-21"), 2020: ("2020-07-23", "2020-07-26")}
THEATERS_DARK = (dt.date(2020, 3, 20), dt.date(2020, 8, 20))  # no weekend box office


def _mw_dated(day: dt.date) -> str:
    if day < MW_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} {{time12}} PT"
    zone = "PDT" if us_daylight_time(day) else "PST"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}} {zone}"


def _mw_box_office(day: dt.date) -> str:
    friday = weekday_on_or_before(day, 4)
    if THEATERS_DARK[0] <= friday <= THEATERS_DARK[1]:
        return "Box office: no weekend report while theaters remain closed"
    return f"Box office: weekend of {en_span(friday, friday + 2 * ONE)}, {friday.year}"


@cache
def _mw_newsletter() -> Wordings:
    base = _steps((_OLD, "Get Marquee Wire's daily headlines delivered to your inbox"),
                  (MW_NEWSLETTER.isoformat(), "📧 Sign up for Marquee Wire newsletters: "
                                              "breaking news, reviews and awards analysis"))
    pandemic = [_span("2020-03-12", "2020-05-31", "🎬 Hollywood and the coronavirus: every "
                                                  "delayed release and production shutdown")]
    nights = (around(OSCARS, 3, 1, lambda y, _: f"🏆 Oscars {y}: full coverage of the "
                                                f"{y - 1928}th Academy Awards")
              + around(GOLDEN_GLOBES, 2, 1, lambda y, _: f"🏆 Golden Globes {y}: winners, red "
                                                         f"carpet and the speeches")
              + around(EMMYS, 3, 1, lambda y, _: f"📺 Emmys {y}: the complete winners list"))
    festivals = (spans(SUNDANCE, lambda y: f"🎥 Sundance {y}: reviews and deals from Park City")
                 + spans(CANNES, lambda y: f"🌴 Cannes {y}: our festival coverage")
                 + spans(COMIC_CON, lambda y: f"🦸 Comic-Con {y}: every panel, trailer and "
                                              f"reveal", before=1))
    nominations = around(OSCAR_NOMINATIONS, 0, 6, lambda y, _: f"Oscar nominations {y}: the "
                                                               f"full list")
    return _calendar(base, pandemic, nights, festivals, nominations)


def marqueewire_style() -> PublisherStyle:
    """An American entertainment trade site: a kicker from a pool, the short date with the
    time and "PT" turned the long date with Pacific daylight or standard time the day after
    the 2018 Oscars (a wording per day), "By" turned the writer with the handle, a spoiler
    note from a pool reworded into brackets, the weekend box office (a wording per week, none
    while theaters were dark in 2020), "Related:" and "Advertisement" mid-body up to twice, a
    trailer embed from a pool, an affiliate disclosure reworded, a newsletter line reworded
    and turned by the Oscars with their edition, the Golden Globes, the Emmys, Sundance,
    Cannes, Comic-Con, the nominations and the pandemic, the owner line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="marqueewire.com", site="Marquee Wire", base_size=260,
        subdomains=(("www.", 100),),
        sections=("film", "tv", "music", "awards", "box-office", "business"),
        n_authors=16, url_path="/{yyyy}/{section}/{slug}-{n}/",
        pools={
            "kicker": ("FILM", "TV", "MUSIC", "AWARDS", "BOX OFFICE", "STREAMING", "REVIEWS"),
            "spoiler": ("the season finale of 'Harbor Lights'", "'The Long Quiet'",
                        "Sunday's episode of 'Crown of Ash'", "'Midnight Courier'",
                        "the series finale of 'Westgate'"),
            "trailer": ("'The Long Quiet'", "'Paper Satellites'", "'Midnight Courier'",
                        "'Salt and Iron'", "'The Orchard House'"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_mw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (MW_REDESIGN.isoformat(), "By {author} · {author_handle}")),
            _f("spoiler", HEADER, 0.08,
               (_OLD, "Spoiler alert: this story discusses plot details of {spoiler}."),
               (MW_SPOILERS.isoformat(), "[This story contains spoilers for {spoiler}.]")),
            _f("box-office", HEADER, 0.12, *_by_day(_mw_box_office)),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("trailer", MIDDLE, 0.1, (_OLD, "Watch the trailer for {trailer} below.")),
            _f("affiliate", FOOTER, 0.15,
               (_OLD, "Marquee Wire may receive a commission on purchases made from links on "
                      "this page."),
               (MW_AFFILIATE.isoformat(), "If you buy something through our links, Marquee "
                                          "Wire may earn an affiliate commission.")),
            _f("newsletter", FOOTER, 0.35, *_mw_newsletter()),
            _f("owner", FOOTER, 0.3, (_OLD, "Marquee Wire is a part of Silverline Media "
                                            "Group.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Marquee Wire Media, LLC. All Rights "
                                                "Reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "story misstated the film's release date.")),
        ),
    )


# --- an American music-chart service ------------------------------------------------------

RELEASE_DAY = dt.date(2015, 7, 21)  # the first chart tracked Friday to Thursday
HL_REDESIGN = dt.date(2019, 1, 8)
HL_ARCHIVE = dt.date(2017, 5, 2)
HL_DATA = dt.date(2020, 1, 6)
CHART_RULES = (("2014-12-01", "1,500 song streams or 10 track sales count as one album "
                              "unit."),
               ("2018-06-29", "1,250 paid or 3,750 ad-supported streams count as one album "
                              "unit."),
               ("2020-01-03", "1,250 paid or 3,750 ad-supported audio and video streams "
                              "count as one album unit."))
GRAMMYS = {2015: "2015-02-08", 2016: "2016-02-15", 2017: "2017-02-12", 2018: "2018-01-28",
           2019: "2019-02-10", 2020: "2020-01-26"}


def chart_tuesday(day: dt.date) -> dt.date:
    """The Tuesday the newest chart on `day` was published."""
    return weekday_on_or_before(day, 1)


def tracking_week(tuesday: dt.date) -> tuple[dt.date, dt.date]:
    """The week the chart published on `tuesday` counts: Monday to Sunday, then Friday to
    Thursday from Global Release Day (July 2015)."""
    if tuesday < RELEASE_DAY:
        return tuesday - 8 * ONE, tuesday - 2 * ONE
    return tuesday - 11 * ONE, tuesday - 5 * ONE


def _hl_week(day: dt.date) -> str:
    tuesday = chart_tuesday(day)
    dated = tuesday + 4 * ONE
    first, last = tracking_week(tuesday)
    return (f"Chart dated {MONTHS[dated.month - 1]} {dated.day}, {dated.year} · tracking week "
            f"{WEEKDAYS[first.weekday()][:3]} {MONTHS[first.month - 1][:3]} {first.day} – "
            f"{WEEKDAYS[last.weekday()][:3]} {MONTHS[last.month - 1][:3]} {last.day}")


def _hl_dated(day: dt.date) -> str:
    if day < HL_REDESIGN:
        return f"{day.month}/{day.day}/{day.year}"
    return f"{MONTHS[day.month - 1][:3]}. {day.day}, {day.year}, {{time12}} ET"


@cache
def _hl_notice() -> Wordings:
    base = _steps((_OLD, "New charts every Tuesday."),
                  (HL_REDESIGN.isoformat(), "📈 New charts every Tuesday: get them first in "
                                            "the Hitlist Weekly newsletter"))
    holidays: list[Event] = []
    for y in YEARS:
        for name, monday in (("Memorial Day", last_weekday(y, 5, 0)),
                             ("Labor Day", nth_weekday(y, 9, 0, 1))):
            wednesday = monday + 2 * ONE
            holidays.append((monday - 3 * ONE, wednesday + ONE,
                             f"Because of {name}, this week's charts post Wednesday, "
                             f"{MONTHS[wednesday.month - 1]} {wednesday.day}."))
    grammys = around(GRAMMYS, 3, 1, lambda y, _: f"🎤 Grammys {y}: the winners and what they "
                                                 f"did for the charts")
    year_end = _yearly("12-05", 0, 14, lambda y: f"📊 The Year-End Charts of {y} are here")
    return _calendar(base, holidays, grammys, year_end)


def hitlist_style() -> PublisherStyle:
    """An American music-chart service: the chart's date and its tracking week, Monday to
    Sunday turned Friday to Thursday on Global Release Day (a wording per week, each
    Tuesday), the numeric date turned the short date with the time on 8 January 2019 (a
    wording per day), "By", this week's move and the peak from pools, a listen embed from a
    pool, "See also:" and "ADVERTISEMENT" mid-body, the streaming conversion rules (changed
    in 2018 and 2020), the archive line reworded, the data line reworded, a schedule line
    reworded and turned by the Monday holidays that delay the charts, the Grammys and the
    year-end charts, the trademark line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="hitlistweekly.com", site="Hitlist Weekly", base_size=230,
        subdomains=(("www.", 90), ("charts.", 10)),
        sections=("charts", "chart-beat", "news", "analysis"),
        n_authors=8, url_path="/{section}/{slug}/{n}",
        pools={
            "move": ("New entry", "Up 3", "Down 2", "Re-entry", "Non-mover", "Up 12",
                     "Down 9"),
            "peak": ("1", "2", "3", "5", "8", "10", "14", "21", "37"),
            "track": ("'Glass Hearts' by Nova Reyes", "'Rooftop Summer' by The Palmers",
                      "'Slow Burn' by Kade Wilder", "'Numbers' by LUX & Tiago",
                      "'Evergreen' by Marisol Vance"),
        },
        families=(
            _f("chart-week", HEADER, 0.75, *_by_day(_hl_week)),
            _f("dated", HEADER, 0.85, *_by_day(_hl_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("move", MIDDLE, 0.3, (_OLD, "This week: {move} · Peak: No. {peak}")),
            _f("listen", MIDDLE, 0.15, (_OLD, "[Listen: {track}]")),
            _f("see-also", MIDDLE, 0.35, (_OLD, "See also: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("rules", FOOTER, 0.2, *table_wordings(CHART_RULES,
                                                     lambda v: f"How the charts work: {v}")),
            _f("archive", FOOTER, 0.25,
               (_OLD, "Browse every chart since 1958 in the Hitlist Weekly archive."),
               (HL_ARCHIVE.isoformat(), "Every chart, every week since 1958: explore the "
                                        "archive (subscribers only).")),
            _f("data", FOOTER, 0.35, (_OLD, "Sales and streaming data: Tallyhouse Music."),
               (HL_DATA.isoformat(), "Sales, streaming and airplay data: Tallyhouse MRQ "
                                     "Data.")),
            _f("notice", FOOTER, 0.3, *_hl_notice()),
            _f("trademark", FOOTER, 0.3, (_OLD, "Hitlist Weekly and The Hitlist 100 are "
                                                "registered trademarks of Hitlist Media, "
                                                "LLC.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Hitlist Media, LLC. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "This article has been corrected to show "
                                                  "the album's first-week units.")),
        ),
    )


# --- a Korean entertainment news site -----------------------------------------------------

BB_REDESIGN = dt.date(2018, 9, 3)
BB_YOUTUBE = dt.date(2018, 2, 1)
MUSIC_SHOWS = (None, "SBS MTV 더쇼", "MBC M 쇼챔피언", "Mnet 엠카운트다운", "KBS2 뮤직뱅크",
               "MBC 쇼! 음악중심", "SBS 인기가요")
NO_AUDIENCE = (dt.date(2020, 2, 24), dt.date(2020, 12, 31))
MAMA = {2015: "2015-12-02", 2016: "2016-12-02", 2017: "2017-12-01", 2018: "2018-12-14",
        2019: "2019-12-04", 2020: "2020-12-06"}
GOLDEN_DISC = {2015: "2015-01-15", 2016: "2016-01-21", 2017: "2017-01-14", 2018: "2018-01-11",
               2019: "2019-01-06", 2020: "2020-01-05"}
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}


def _bb_dated(day: dt.date) -> str:
    if day < BB_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return (f"기사입력 {day.year}.{day.month:02d}.{day.day:02d}.({YOIL[day.weekday()]}) "
            f"{{time}}")


def _bb_music_show(day: dt.date) -> str:
    show = MUSIC_SHOWS[day.weekday()]
    when = f"{day.month}월 {day.day}일({YOIL[day.weekday()]})"
    if show is None:
        return f"오늘의 음악방송 · {when} 편성 없음"
    if NO_AUDIENCE[0] <= day <= NO_AUDIENCE[1]:
        return f"오늘의 음악방송 · {when} {show} (무관중 녹화)"
    return f"오늘의 음악방송 · {when} {show}"


@cache
def _bb_banner() -> Wordings:
    base = _steps((_OLD, "별빛뉴스 페이스북 페이지에 '좋아요'를 눌러주세요"),
                  (BB_YOUTUBE.isoformat(), "📺 별빛뉴스 유튜브 채널에서 무대 영상을 만나보세요"))
    covid = [_span("2020-02-24", "2020-05-31", "코로나19 여파로 취소·연기된 공연과 행사 모아보기")]
    awards = (around(MAMA, 3, 1, lambda y, _: f"{y} MAMA 수상자 및 무대 하이라이트")
              + around(GOLDEN_DISC, 2, 1, lambda y, _: f"제{y - 1985}회 골든디스크어워즈 "
                                                       f"실시간 소식"))
    holidays = (around(SEOLLAL, 1, 1, lambda y, _: "즐거운 설 연휴 보내세요 - 별빛뉴스 임직원 일동")
                + around(CHUSEOK, 1, 1, lambda y, _: "풍성한 한가위 보내세요 - 별빛뉴스 임직원 "
                                                     "일동"))
    return _calendar(base, covid, awards, holidays)


def byeolbit_style() -> PublisherStyle:
    """A Korean entertainment news site: the reporter's bracketed masthead, "입력" with the
    dotted date turned "기사입력" with the weekday on 3 September 2018 (a wording per day),
    today's music show by weekday, recorded without an audience in 2020 (a wording per
    day), photo credits from a pool, "관련기사" and "광고" mid-body, the tags from a pool, the
    tip line, a Facebook line turned a YouTube appeal and turned by MAMA, the Golden Disc
    Awards with their edition, Seollal, Chuseok and the pandemic's cancelled shows, the
    copyright line reworded on the redesign, a rare correction."""
    return PublisherStyle(
        domain="byeolbitnews.co.kr", site="별빛뉴스", base_size=200,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("kpop", "drama", "movie", "variety", "star"),
        n_authors=10, url_path="/news/articleView.html?idxno={n}",
        pools={
            "sajin": ("별빛뉴스 DB", "빛나래엔터테인먼트", "하늘소리뮤직", "온새미로ENT",
                      "방송 화면 캡처", "각 소속사"),
            "taeg": ("#새벽별", "#RAYON", "#하이틴즈", "#솔라리스", "#문라이트7", "#컴백"),
        },
        families=(
            _f("masthead", HEADER, 0.55, (_OLD, "[별빛뉴스 {author} 기자]")),
            _f("ipryeok", HEADER, 0.9, *_by_day(_bb_dated)),
            _f("eumbang", HEADER, 0.12, *_by_day(_bb_music_show)),
            _f("sajin", MIDDLE, 0.45, (_OLD, "사진={sajin}")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("taeg", FOOTER, 0.25, (_OLD, "관련 태그: {taeg_list}")),
            _f("jebo", FOOTER, 0.5, (_OLD, "제보 및 보도자료 news@byeolbitnews.co.kr")),
            _f("banner", FOOTER, 0.3, *_bb_banner()),
            _f("jeojakgwon", FOOTER, 0.8, (_OLD, "<저작권자 ⓒ 별빛뉴스, 무단전재 및 재배포 금지>"),
               (BB_REDESIGN.isoformat(), "ⓒ 별빛뉴스 & byeolbitnews.co.kr, 무단 전재 및 "
                                         "재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 본 기사는 앨범 발매일을 "
                                                  "바로잡았습니다.")),
        ),
    )


# --- a Japanese music news site -----------------------------------------------------------

ON_REDESIGN = dt.date(2018, 4, 2)
ON_COMBINED = dt.date(2018, 12, 19)  # the weekly ranking adds streams and downloads
ON_LINE = dt.date(2017, 6, 1)
TAX_RISE = dt.date(2019, 10, 1)
RESALE_LAW = dt.date(2019, 6, 14)  # the ticket-resale law takes effect
REIWA = dt.date(2019, 5, 1)
FUJI_ROCK = {2015: ("2015-07-24", "2015-07-26"), 2016: ("2016-07-22", "2016-07-24"),
             2017: ("2017-07-28", "2017-07-30"), 2018: ("2018-07-27", "2018-07-29"),
             2019: ("2019-07-26", "2019-07-28")}  # cancelled in 2020
SUMMER_SONIC = {2015: ("2015-08-15", "2015-08-16"), 2016: ("2016-08-20", "2016-08-21"),
                2017: ("2017-08-19", "2017-08-20"), 2018: ("2018-08-18", "2018-08-19"),
                2019: ("2019-08-16", "2019-08-18")}  # cancelled in 2020


def _on_dated(day: dt.date) -> str:
    if day < ON_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 {{time}}"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）{{time}} 配信"


def _on_ranking(day: dt.date) -> str:
    dated = chart_tuesday(day) + 6 * ONE  # the ranking published on Tuesday is dated Monday
    kind = "週間合算シングルランキング" if day >= ON_COMBINED else "週間シングルランキング"
    return f"{kind}（{dated.year}年{dated.month}月{dated.day}日付）"


def kohaku(y: int) -> str:
    if y == 2018:
        return "平成最後の紅白：第69回NHK紅白歌合戦 出場歌手と曲順まとめ"
    return f"第{y - 1949}回NHK紅白歌合戦：出場歌手と曲順まとめ"


@cache
def _on_banner() -> Wordings:
    base = _steps((_OLD, "オトナビ公式Twitterで最新ニュースをチェック"),
                  (ON_LINE.isoformat(), "LINE公式アカウントを友だち追加して、"
                                        "最新ニュースを受け取ろう"))
    covid = [_span("2020-02-26", "2020-06-30", "新型コロナウイルスの影響による"
                                               "公演中止・延期情報まとめ")]
    festivals = (spans(FUJI_ROCK, lambda y: f"FUJI ROCK FESTIVAL '{y % 100}："
                                            f"ライブレポートを毎日更新", before=3)
                 + spans(SUMMER_SONIC, lambda y: f"SUMMER SONIC {y}：タイムテーブルと速報レポート",
                         before=3))
    era = [_span("2019-04-01", "2019-05-06", "新元号「令和」へ：平成を彩った名曲を振り返る")]
    year_end = _yearly("12-31", 14, 0, kohaku)
    return _calendar(base, covid, festivals, era, year_end)


def otonavi_style() -> PublisherStyle:
    """A Japanese music news site: a category from a pool, the date turned the date with the
    weekday and "配信" on 2 April 2018 (a wording per day), the weekly singles ranking dated
    each Monday (a wording per week) turned the combined ranking in December 2018, the
    writer, photo credits and release lines from pools, "【関連記事】" and "スポンサーリンク"
    mid-body, the consumption-tax line (8% turned 10% on 1 October 2019), a ticket-resale
    line reworded when the resale law took effect, a Twitter line turned a LINE appeal and
    turned by Fuji Rock, Summer Sonic, the Reiwa era, Kohaku with its edition and the
    pandemic's cancellations, the reprint line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="otonavi.jp", site="オトナビ", base_size=170,
        subdomains=(("", 100),),
        sections=("news", "live", "interview", "ranking", "release"),
        n_authors=9, url_path="/{section}/{n}",
        pools={
            "kategori": ("ニュース", "ライブレポート", "インタビュー", "ランキング",
                         "リリース情報"),
            "satsuei": ("田中聡", "森川ゆかり", "Yuki Hayashi", "石井恭平", "オトナビ編集部"),
            "release": ("ニューシングル「夜明けのパレード」", "3rdアルバム「群青ノート」",
                        "配信シングル「星降る交差点」", "ライブBlu-ray「TOUR 春雷」",
                        "ミニアルバム「ハロー、未来」"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.9, *_by_day(_on_dated)),
            _f("ranking", HEADER, 0.15, *_by_day(_on_ranking)),
            _f("bun", HEADER, 0.35, (_OLD, "取材・文／{author}")),
            _f("satsuei", MIDDLE, 0.3, (_OLD, "撮影：{satsuei}")),
            _f("release", MIDDLE, 0.2, (_OLD, "リリース情報：{release}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("sponsor", MIDDLE, 0.25, (_OLD, "スポンサーリンク")),
            _f("zei", FOOTER, 0.15, (_OLD, "※価格はすべて税込（消費税8%）です。"),
               (TAX_RISE.isoformat(), "※価格はすべて税込（消費税10%）です。")),
            _f("tenbai", FOOTER, 0.2, (_OLD, "チケットの転売はご遠慮ください。"),
               (RESALE_LAW.isoformat(), "チケットの不正転売は法律で禁止されています"
                                        "（チケット不正転売禁止法）。")),
            _f("banner", FOOTER, 0.3, *_on_banner()),
            _f("tensai", FOOTER, 0.35, (_OLD, "記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} オトナビ All Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "※記事初出時、公演日に誤りがありました。"
                                              "訂正してお詫びいたします。")),
        ),
    )


# --- a Spanish film, series and streaming guide -------------------------------------------

PS_REDESIGN = dt.date(2019, 9, 20)  # relaunched on the opening day of San Sebastián 2019
PS_AFILIADOS = dt.date(2018, 5, 25)
PS_BOLETIN = dt.date(2017, 3, 6)
IVA_CINE = (("2012-09-01", "21"), ("2018-07-05", "10"))
CINES_CERRADOS = (dt.date(2020, 3, 14), dt.date(2020, 6, 21))
GOYA = {2015: "2015-02-07", 2016: "2016-02-06", 2017: "2017-02-04", 2018: "2018-02-03",
        2019: "2019-02-02", 2020: "2020-01-25"}
SAN_SEBASTIAN = {2015: ("2015-09-18", "2015-09-26"), 2016: ("2016-09-16", "2016-09-24"),
                 2017: ("2017-09-22", "2017-09-30"), 2018: ("2018-09-21", "2018-09-29"),
                 2019: ("2019-09-20", "2019-09-28"), 2020: ("2020-09-18", "2020-09-26")}
MALAGA = {2015: ("2015-04-17", "2015-04-26"), 2016: ("2016-04-22", "2016-05-01"),
          2017: ("2017-03-17", "2017-03-26"), 2018: ("2018-04-13", "2018-04-22"),
          2019: ("2019-03-15", "2019-03-24"), 2020: ("2020-08-21", "2020-08-30")}


def _ps_dated(day: dt.date) -> str:
    if day < PS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    zone = "CEST" if eu_summer_time(day) else "CET"
    return (f"Actualizado: {DIAS[day.weekday()]}, {day.day} {MESES[day.month - 1][:3]}. "
            f"{day.year}, {{time}} {zone}")


def _ps_estrenos(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    friday = monday + 4 * ONE
    if CINES_CERRADOS[0] <= friday <= CINES_CERRADOS[1]:
        return (f"Con los cines cerrados: estrenos en plataformas de la semana del "
                f"{between(monday, monday + 6 * ONE, MESES, 'al')}")
    return f"Estrenos en cines del viernes {friday.day} de {MESES[friday.month - 1]}"


@cache
def _ps_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestro boletín semanal de estrenos"),
                  (PS_BOLETIN.isoformat(), "📬 Cada jueves, los estrenos de cines y plataformas "
                                           "en tu correo: suscríbete gratis"))
    covid = [_span("2020-03-14", "2020-06-21", "Estado de alarma: los cines permanecen cerrados. "
                                               "Qué ver en casa cada día")]
    goya = around(GOYA, 5, 1, lambda y, _: f"Premios Goya {y}: todo sobre la {y - 1986}.ª "
                                           f"edición")
    festivales = (spans(SAN_SEBASTIAN, lambda y: f"Festival de San Sebastián: crónicas de la "
                                                 f"{y - 1952}.ª edición")
                  + spans(MALAGA, lambda y: f"Festival de Málaga {y}: {y - 1997}.ª edición, "
                                            f"día a día"))
    return _calendar(base, covid, goya, festivales)


def pantallasur_style() -> PublisherStyle:
    """A Spanish film, series and streaming guide: a section from a pool, the numeric date
    turned "Actualizado:" with the weekday and Spain's summer or winter time on the opening
    day of San Sebastián 2019 (a wording per day), "Por", a spoiler warning from a pool, the
    week's Friday releases (a wording per week, streaming releases while cinemas were
    closed), "Dónde ver:" and a trailer from pools mid-body, "Te puede interesar:" and
    "Publicidad" mid-body, an affiliate disclosure reworded, the VAT on cinema tickets (21%
    cut to 10% in July 2018), a newsletter line reworded and turned by the Goyas, San
    Sebastián and Málaga with their editions and the state of alarm, the legal line and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="pantallasur.es", site="Pantalla Sur", base_size=150,
        subdomains=(("www.", 100),),
        sections=("cine", "series", "plataformas", "festivales", "criticas"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("Cine", "Series", "Plataformas", "Festivales", "Críticas"),
            "serie": ("«Los años del faro»", "«Brigada Levante»", "«La casa del mirador»",
                      "«Marea baja»", "«Tiempo de sal»"),
            "plataforma": ("Netflix", "Movistar+", "HBO España", "Amazon Prime Video", "Filmin",
                           "Rakuten TV"),
            "pelicula": ("«El último verano»", "«Niebla en Getaria»", "«Cuatro estaciones»",
                         "«La otra orilla»", "«Hijos del viento»"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.88, *_by_day(_ps_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}")),
            _f("spoiler", HEADER, 0.1, (_OLD, "⚠️ Atención: este artículo contiene spoilers de "
                                              "{serie}.")),
            _f("estrenos", HEADER, 0.15, *_by_day(_ps_estrenos)),
            _f("donde", MIDDLE, 0.3, (_OLD, "Dónde ver: {plataforma_list}")),
            _f("trailer", MIDDLE, 0.15, (_OLD, "Tráiler de {pelicula}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "Publicidad")),
            _f("afiliados", FOOTER, 0.2,
               (_OLD, "Pantalla Sur puede recibir una comisión por las compras realizadas a "
                      "través de los enlaces de este artículo."),
               (PS_AFILIADOS.isoformat(), "Enlaces de afiliado: si te suscribes a través de "
                                          "ellos, Pantalla Sur recibe una pequeña comisión sin "
                                          "coste para ti.")),
            _f("iva", FOOTER, 0.12, *table_wordings(IVA_CINE, lambda v: (
                f"Las entradas de cine tributan al {v} % de IVA; el precio puede variar según "
                f"la sala."))),
            _f("aviso", FOOTER, 0.3, *_ps_aviso()),
            _f("legal", FOOTER, 0.3, (_OLD, "Aviso legal · Política de privacidad · Política "
                                            "de cookies · Contacto")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Pantalla Sur Ediciones S.L. Todos "
                                                "los derechos reservados.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: una versión anterior de este "
                                               "artículo daba una fecha de estreno "
                                               "equivocada.")),
        ),
    )


# --- a Brazilian television and novela site -----------------------------------------------

TP_REDESIGN = dt.date(2018, 1, 22)  # relaunched on the first day of Big Brother Brasil 18
TP_WHATSAPP = dt.date(2019, 5, 6)
ROCK_IN_RIO_TICKETS = (("2015-04-09", "2015|350,00|175,00"), ("2017-04-06", "2017|455,00|227,50"),
                       ("2019-04-11", "2019|525,00|262,50"))
BBB = {15: ("2015-01-20", "2015-04-07"), 16: ("2016-01-19", "2016-04-05"),
       17: ("2017-01-23", "2017-04-13"), 18: ("2018-01-22", "2018-04-19"),
       19: ("2019-01-15", "2019-04-02"), 20: ("2020-01-21", "2020-04-27")}
ROCK_IN_RIO = {2015: ("2015-09-18", "2015-09-27"), 2017: ("2017-09-15", "2017-09-24"),
               2019: ("2019-09-27", "2019-10-06")}
LOLLA_BR = {2015: ("2015-03-28", "2015-03-29"), 2016: ("2016-03-12", "2016-03-13"),
            2017: ("2017-03-25", "2017-03-26"), 2018: ("2018-03-23", "2018-03-25"),
            2019: ("2019-04-05", "2019-04-07")}  # postponed, then cancelled, in 2020
REPRISES = (dt.date(2020, 3, 22), dt.date(2020, 8, 9))


def _tp_dated(day: dt.date) -> str:
    if day < TP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"Atualizado em {day.day} de {MESES_PT[day.month - 1]} de {day.year}, "
            f"{DIAS_PT[day.weekday()]}, às {{time}}")


def _tp_resumo(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0) + (7 * ONE if day.weekday() == 6 else 0 * ONE)
    week = between(monday, monday + 5 * ONE, MESES_PT, "a")
    if REPRISES[0] <= monday <= REPRISES[1]:
        return f"Resumo das reprises: capítulos de {week}"
    return f"Resumo das novelas: capítulos de {week}"


def _tp_ingresso(value: str) -> str:
    edition, full, half = value.split("|")
    return (f"Ingressos do Rock in Rio {edition}: R$ {full} (inteira) e R$ {half} "
            f"(meia-entrada), mais taxa de conveniência.")


@cache
def _tp_aviso() -> Wordings:
    base = _steps((_OLD, "Siga a Telinha Plus no Instagram e no Twitter"),
                  (TP_WHATSAPP.isoformat(), "📲 Receba as notícias da Telinha Plus no seu "
                                            "WhatsApp"))
    carnaval: list[Event] = [
        (carnival_tuesday(y) - 4 * ONE, carnival_tuesday(y) + 2 * ONE,
         f"🎭 Carnaval {y}: desfiles das escolas de samba ao vivo") for y in YEARS]
    festivais = (spans(ROCK_IN_RIO, lambda y: f"🎸 Rock in Rio {y}: shows, horários e onde "
                                              f"assistir", before=2)
                 + spans(LOLLA_BR, lambda y: f"Lollapalooza Brasil {y}: line-up por dia e "
                                             f"transmissão", before=2))
    bbb = [(iso_day(first), iso_day(last, 1), f"👁️ BBB{n}: tudo sobre o reality da Globo")
           for n, (first, last) in sorted(BBB.items())]
    covid = [_span("2020-03-16", "2020-07-31", "Gravações de novelas suspensas: veja o que muda "
                                               "na programação")]
    return _calendar(base, carnaval, festivais, bbb, covid)


def telinha_style() -> PublisherStyle:
    """A Brazilian television and novela site: a section from a pool, the numeric date
    turned "Atualizado em" with the long date and the weekday on the first day of BBB18 (a
    wording per day), "Por", a spoiler alert from a pool, the week's novela summaries
    (published each Sunday, a wording per week; reruns in 2020), the novela's slot and a
    promo embed from pools mid-body, "Leia também:" and "Publicidade" up to twice, Rock in
    Rio's ticket prices by edition, an Instagram line turned a WhatsApp appeal and turned by
    Carnival, Rock in Rio, Lollapalooza Brasil, each BBB season and the pandemic's halted
    shoots, the copyright line and the reproduction line (a block), a rare erratum."""
    return PublisherStyle(
        domain="telinhaplus.com.br", site="Telinha Plus", base_size=130,
        subdomains=(("www.", 80), ("", 20)),
        sections=("novelas", "famosos", "reality", "musica", "series"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "editoria": ("Novelas", "Famosos", "Reality", "Música", "Séries"),
            "novela": ("'Amor de Várzea'", "'Sol de Itapuã'", "'Coração Caipira'",
                       "'Pedra Bonita'", "'Laços do Destino'"),
            "horario": ("às 18h", "às 19h30", "às 21h", "às 23h"),
        },
        families=(
            _f("editoria", HEADER, 0.45, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.88, *_by_day(_tp_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("spoiler", HEADER, 0.1, (_OLD, "Alerta de spoiler: este texto revela o que "
                                              "acontece nos próximos capítulos de {novela}.")),
            _f("resumo", HEADER, 0.15, *_by_day(_tp_resumo)),
            _f("horario", MIDDLE, 0.2, (_OLD, "{novela} vai ao ar de segunda a sábado "
                                              "{horario} (horário de Brasília).")),
            _f("chamada", MIDDLE, 0.12, (_OLD, "▶️ Assista à chamada de {novela}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("ingresso", FOOTER, 0.1, *table_wordings(ROCK_IN_RIO_TICKETS, _tp_ingresso)),
            _f("aviso", FOOTER, 0.3, *_tp_aviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Telinha Plus. Todos os direitos "
                                                "reservados.")),
            _f("reproducao", FOOTER, 0.3, (_OLD, "É proibida a reprodução do conteúdo desta "
                                                 "página sem autorização prévia.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: o capítulo citado vai ao ar na "
                                              "sexta-feira, e não na quinta, como informado "
                                              "antes.")),
        ),
    )


# --- a Hindi Bollywood news site ----------------------------------------------------------

FD_REDESIGN = dt.date(2019, 3, 23)  # relaunched on the day of the 2019 Filmfare Awards
FD_YOUTUBE = dt.date(2018, 8, 1)
CINEMA_GST = (("2014-01-01", "टिकट पर मनोरंजन कर हर राज्य अपने हिसाब से तय करता है।"),
              ("2017-07-01", "जीएसटी: ₹100 से महंगे टिकट पर 28%, ₹100 तक के टिकट पर 18%।"),
              ("2019-01-01", "जीएसटी: ₹100 से महंगे टिकट पर 18%, ₹100 तक के टिकट पर 12%।"))
HALLS_SHUT = (dt.date(2020, 3, 14), dt.date(2020, 10, 14))
FILMFARE = {2015: "2015-01-31", 2016: "2016-01-15", 2017: "2017-01-14", 2018: "2018-01-20",
            2019: "2019-03-23", 2020: "2020-02-15"}
IIFA = {2015: ("2015-06-05", "2015-06-07"), 2016: ("2016-06-23", "2016-06-26"),
        2017: ("2017-07-14", "2017-07-15"), 2018: ("2018-06-22", "2018-06-24"),
        2019: ("2019-09-18", "2019-09-18")}
EID = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
       2019: "2019-06-05", 2020: "2020-05-25"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


def _fd_dated(day: dt.date) -> str:
    if day < FD_REDESIGN:
        return f"प्रकाशित: {day.day} {MAAH[day.month - 1]} {day.year}"
    return f"{VAAR[day.weekday()]}, {day.day} {MAAH[day.month - 1]} {day.year} {{time}} (IST)"


def _fd_release(day: dt.date) -> str:
    friday = day + dt.timedelta(days=(4 - day.weekday()) % 7)
    if HALLS_SHUT[0] <= friday <= HALLS_SHUT[1]:
        return (f"सिनेमाघर बंद: इस शुक्रवार ({friday.day} {MAAH[friday.month - 1]}) ओटीटी पर "
                f"आ रही फिल्में और सीरीज़")
    return f"इस शुक्रवार ({friday.day} {MAAH[friday.month - 1]}) सिनेमाघरों में रिलीज़ हो रही फिल्में"


@cache
def _fd_suchna() -> Wordings:
    base = _steps((_OLD, "फिल्मी धुन को फेसबुक पर फॉलो करें"),
                  (FD_YOUTUBE.isoformat(), "📱 ट्रेलर और इंटरव्यू के लिए फिल्मी धुन का यूट्यूब "
                                           "चैनल सब्सक्राइब करें"))
    shut = [(HALLS_SHUT[0], HALLS_SHUT[1] + ONE, "कोरोना के चलते सिनेमाघर बंद: ओटीटी पर रिलीज़ "
                                                 "हो रही फिल्मों की पूरी लिस्ट")]
    awards = (around(FILMFARE, 2, 1, lambda y, _: f"फिल्मफेयर अवॉर्ड्स {y}: विजेताओं की पूरी "
                                                  f"लिस्ट")
              + spans(IIFA, lambda y: f"आईफा {y}: ग्रीन कार्पेट से लेकर विजेताओं तक", before=1))
    festivals = (around(EID, 7, 2, lambda y, _: f"ईद {y} पर बड़ी रिलीज़: बॉक्स ऑफिस पर किसका "
                                                f"जलवा")
                 + around(DIWALI, 5, 3, lambda y, _: f"दिवाली {y} बॉक्स ऑफिस: त्योहारी हफ्ते "
                                                     f"की कमाई"))
    return _calendar(base, shut, awards, festivals)


def filmidhun_style() -> PublisherStyle:
    """A Hindi Bollywood news site: a section from a pool, "प्रकाशित:" with the long date
    turned the weekday, the long date and IST on the day of the 2019 Filmfare Awards (a
    wording per day), the reporter's line, this Friday's releases (a wording per week, OTT
    releases while cinemas were shut in 2020), a star rating and a trailer from pools,
    "ये भी पढ़ें:" and "विज्ञापन" mid-body, the tax on cinema tickets (state entertainment tax,
    then GST in July 2017, cut in January 2019), a box-office disclaimer, a Facebook line
    turned a YouTube appeal and turned by Filmfare, IIFA, Eid and Diwali releases and the
    closed cinemas of 2020, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="filmidhun.in", site="फिल्मी धुन", base_size=110,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("bollywood", "box-office", "tv", "web-series", "music"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("बॉलीवुड", "बॉक्स ऑफिस", "टीवी", "वेब सीरीज़", "म्यूज़िक", "रिव्यू"),
            "rating": ("★★★½", "★★★", "★★", "★★★★", "★½"),
            "film": ("'दिल का सफ़र'", "'सरहद पार'", "'बारिश की शाम'", "'धड़कनें'",
                     "'चौराहा'"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("tithi", HEADER, 0.88, *_by_day(_fd_dated)),
            _f("report", HEADER, 0.45, (_OLD, "रिपोर्ट: {author}")),
            _f("release", HEADER, 0.15, *_by_day(_fd_release)),
            _f("rating", MIDDLE, 0.15, (_OLD, "रेटिंग: {rating}")),
            _f("trailer", MIDDLE, 0.15, (_OLD, "देखें ट्रेलर: {film}")),
            _f("ye-bhi", MIDDLE, 0.35, (_OLD, "ये भी पढ़ें: {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन")),
            _f("gst", FOOTER, 0.12, *table_wordings(CINEMA_GST, lambda v: v)),
            _f("aankde", FOOTER, 0.25, (_OLD, "बॉक्स ऑफिस के आंकड़े ट्रेड सूत्रों से लिए गए हैं और "
                                              "अनुमानित हैं।")),
            _f("suchna", FOOTER, 0.3, *_fd_suchna()),
            _f("copyright", FOOTER, 0.35, (_OLD, "कॉपीराइट © {year} फिल्मी धुन | सभी अधिकार "
                                                 "सुरक्षित")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस खबर में पहले फिल्म की रिलीज़ डेट गलत "
                                              "छप गई थी।")),
        ),
    )


# --- a Turkish television-series guide ----------------------------------------------------

DR_REDESIGN = dt.date(2017, 9, 18)  # relaunched for the new season
DR_GOOGLE = dt.date(2019, 2, 4)
DIGITAL_TAX = dt.date(2020, 3, 1)
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}


def _dr_dated(day: dt.date) -> str:
    if day < DR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Güncelleme: {day.day} {AYLAR[day.month - 1]} {day.year} "
            f"{GUNLER[day.weekday()]} {{time}}")


def _dr_reyting(day: dt.date) -> str:
    y = day - ONE
    return (f"{y.day} {AYLAR[y.month - 1]} {GUNLER[y.weekday()]} reyting sonuçları: Total, AB "
            f"ve ABC1 sıralaması")


@cache
def _dr_duyuru() -> Wordings:
    base = _steps((_OLD, "Dizi Rehberi'ni Facebook ve Twitter'da takip edin"),
                  (DR_GOOGLE.isoformat(), "🔔 Dizi Rehberi'ni Google Haberler'de takip edin, "
                                          "yeni bölümleri kaçırmayın"))
    covid = [_span("2020-03-20", "2020-06-30", "Koronavirüs nedeniyle çekimlerine ara verilen "
                                               "diziler")]
    bayram = (around(RAMAZAN_BAYRAMI, 2, 3, lambda y, _: f"Ramazan Bayramı {y} özel yayın akışı: "
                                                         f"bayramda hangi filmler var?")
              + around(KURBAN_BAYRAMI, 2, 4, lambda y, _: f"Kurban Bayramı {y} yayın akışı: "
                                                          f"diziler yayınlanacak mı?"))
    season = (_yearly("06-01", 0, 29, lambda y: f"Sezon finali takvimi {y}: hangi dizi ne zaman "
                                                f"bitiyor?")
              + _yearly("09-10", 0, 20, lambda y: f"{y}-{y + 1} yeni sezon takvimi: hangi dizi "
                                                  f"hangi gün başlıyor?"))
    return _calendar(base, bayram, covid, season)


def dizirehberi_style() -> PublisherStyle:
    """A Turkish television-series guide: a category from a pool, the dotted date turned
    "Güncelleme:" with the long date and the weekday for the 2017 season (a wording per
    day), "Haber:", yesterday's ratings (a wording per day), an episode-guide header and a
    spoiler warning from pools, the series' slot, "İlginizi çekebilir:" and "Reklam"
    mid-body, the tax in streaming prices (the digital service tax added in March 2020), a
    schedule disclaimer, a social line turned a Google News appeal and turned by the two
    bayrams, the season finales, the new seasons and the pandemic's halted shoots, the
    copyright line and the quoting line (a block), a rare correction."""
    return PublisherStyle(
        domain="dizirehberi.com.tr", site="Dizi Rehberi", base_size=95,
        subdomains=(("www.", 100),),
        sections=("diziler", "reyting", "fragman", "magazin", "dijital"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("Diziler", "Reyting", "Fragman", "Magazin", "Dijital"),
            "dizi": ("Kara Sevda Yolu", "Boğazın Sırrı", "Yedi Kardeş", "Çamlıca Konağı",
                     "Gece Yarısı Masalı"),
            "bolum": ("5", "12", "27", "34", "43", "61"),
            "gun": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.88, *_by_day(_dr_dated)),
            _f("haber", HEADER, 0.4, (_OLD, "Haber: {author}")),
            _f("reyting", HEADER, 0.2, *_daily(_dr_reyting)),
            _f("bolum", HEADER, 0.15, (_OLD, "{dizi} {bolum}. Bölüm | Fragman ve Özet")),
            _f("spoiler", HEADER, 0.08, (_OLD, "Dikkat: Bu yazı {dizi} dizisinin son bölümüne "
                                               "dair spoiler içerir.")),
            _f("yayin", MIDDLE, 0.2, (_OLD, "{dizi}, her {gun} akşamı saat 20.00'de "
                                            "ekranlarda.")),
            _f("ilginizi", MIDDLE, 0.35, (_OLD, "İlginizi çekebilir: {other_title}")),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam")),
            _f("vergi", FOOTER, 0.12, (_OLD, "Dijital platform fiyatlarına %18 KDV dahildir."),
               (DIGITAL_TAX.isoformat(), "Dijital platform fiyatlarına %18 KDV ve %7,5 dijital "
                                         "hizmet vergisi dahildir.")),
            _f("akis", FOOTER, 0.25, (_OLD, "Yayın akışı kanalların bildirdiği şekildedir; "
                                            "değişiklik olabilir.")),
            _f("duyuru", FOOTER, 0.3, *_dr_duyuru()),
            _f("telif", FOOTER, 0.4, (_OLD, "© {year} Dizi Rehberi – Tüm hakları saklıdır.")),
            _f("kaynak", FOOTER, 0.3, (_OLD, "Sitemizdeki haberler kaynak gösterilmeden "
                                             "kullanılamaz.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde yayın günü "
                                                "yanlış yazılmıştır.")),
        ),
    )


# --- a British music magazine with its festival coverage ----------------------------------

AM_REDESIGN = dt.date(2019, 6, 26)  # relaunched on the first day of Glastonbury 2019
AM_TICKETS = dt.date(2018, 5, 25)
GLASTONBURY = {2015: ("2015-06-24", "2015-06-28"), 2016: ("2016-06-22", "2016-06-26"),
               2017: ("2017-06-21", "2017-06-25"), 2019: ("2019-06-26", "2019-06-30")}
GLASTO_TICKETS = (
    ("2014-10-05", "Glastonbury 2015 tickets cost £225 plus a £5 booking fee."),
    ("2015-10-04", "Glastonbury 2016 tickets cost £228 plus a £5 booking fee."),
    ("2016-10-09", "Glastonbury 2017 tickets cost £238 plus a £5 booking fee."),
    ("2017-06-26", "Glastonbury takes a fallow year in 2018; 2019 tickets go on sale in "
                   "October 2018."),
    ("2018-10-07", "Glastonbury 2019 tickets cost £248 plus a £5 booking fee."),
    ("2019-10-06", "Glastonbury 2020 tickets cost £265 plus a £5 booking fee."),
    ("2020-03-18", "Glastonbury 2020 is cancelled: deposits roll over to 2021."))
AM_SUBSCRIPTION = (("2014-01-01", "£35"), ("2017-01-01", "£39"), ("2019-09-01", "£42"))
BRITS = {2015: "2015-02-25", 2016: "2016-02-24", 2017: "2017-02-22", 2018: "2018-02-21",
         2019: "2019-02-20", 2020: "2020-02-18"}
MERCURY = {2015: "2015-11-20", 2016: "2016-09-15", 2017: "2017-09-14", 2018: "2018-09-20",
           2019: "2019-09-19", 2020: "2020-09-24"}


def reading_weekend(y: int) -> tuple[dt.date, dt.date]:
    """Reading and Leeds: the August bank holiday weekend, Friday to Sunday."""
    monday = last_weekday(y, 8, 0)
    return monday - 3 * ONE, monday - ONE


def _am_dated(day: dt.date) -> str:
    if day < AM_REDESIGN:
        return f"{WEEKDAYS[day.weekday()]} {ordinal_en(day.day)} {MONTHS[day.month - 1]} {day.year}"
    zone = "BST" if eu_summer_time(day) else "GMT"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}, {{time}} {zone}"


def ordinal_en(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@cache
def _am_festivals() -> Wordings:
    base = _steps((_OLD, "Never miss an issue: subscribe to Amplifier Magazine"),
                  (AM_REDESIGN.isoformat(), "🎧 Get the Amplifier Magazine weekly: new music, "
                                            "gig news and ticket alerts"))
    covid = [_span("2020-03-16", "2020-08-31", "Gigs cancelled: our running list of postponed "
                                               "tours and festivals")]
    glasto = spans(GLASTONBURY, lambda y: f"🎪 Glastonbury {y}: live from Worthy Farm", before=2)
    glasto += [_span("2018-06-20", "2018-06-24", "No Glastonbury this year: Worthy Farm takes a "
                                                 "fallow year"),
               _span("2020-06-24", "2020-06-28", "Glastonbury's 50th anniversary would have "
                                                 "been this week: our archive")]
    reading = [(reading_weekend(y)[0] - 2 * ONE, reading_weekend(y)[1] + 2 * ONE,
                f"Reading & Leeds {y}: clashfinder, reviews and photos")
               for y in YEARS if y != 2020]
    prizes = (around(BRITS, 1, 1, lambda y, _: f"BRIT Awards {y}: every winner")
              + around(MERCURY, 1, 1, lambda y, _: f"Mercury Prize {y}: the shortlist and the "
                                                   f"winner"))
    return _calendar(base, covid, glasto, reading, prizes)


def amplifier_style() -> PublisherStyle:
    """A British music magazine with its festival coverage: a section from a pool, the
    weekday and the ordinal date turned the short date with British summer or winter time on
    the first day of Glastonbury 2019 (a wording per day), "Words:" turned the writer with
    the photographer, a star rating and a tour line from pools, "Read next:" and
    "Advertisement" mid-body, a ticket-partner disclosure reworded, Glastonbury's ticket
    price by edition (its fallow year and the 2020 cancellation), the subscription price
    (raised in 2017 and 2019), a subscription line reworded and turned by Glastonbury,
    Reading and Leeds, the BRITs, the Mercury Prize and the pandemic, the company line and
    the address (a block), a rare correction."""
    return PublisherStyle(
        domain="amplifiermag.co.uk", site="Amplifier Magazine", base_size=80,
        subdomains=(("www.", 100),),
        sections=("news", "reviews", "live", "features", "festivals"),
        n_authors=7, url_path="/{section}/{slug}/",
        pools={
            "section": ("News", "Reviews", "Live", "Features", "Festivals"),
            "photog": ("Ellie Marsh", "Dan Okafor", "Priya Lal", "Tom Fenwick"),
            "stars": ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆"),
            "band": ("The Lanterns", "Hollow Coast", "Mira Sands", "Velvet Static",
                     "Northern Arcs"),
            "venue": ("Brixton Academy", "the Albert Hall in Manchester", "Glasgow Barrowland",
                      "Leeds Beckett SU", "Bristol Beacon"),
        },
        families=(
            _f("section", HEADER, 0.5, (_OLD, "{section}")),
            _f("dated", HEADER, 0.85, *_by_day(_am_dated)),
            _f("words", HEADER, 0.55, (_OLD, "Words: {author}"),
               (AM_REDESIGN.isoformat(), "Words: {author} · Photos: {photog}")),
            _f("rating", MIDDLE, 0.2, (_OLD, "Rating: {stars}")),
            _f("tour", MIDDLE, 0.15, (_OLD, "{band} play {venue} this autumn. Tickets are on "
                                            "sale now.")),
            _f("read-next", MIDDLE, 0.35, (_OLD, "Read next: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement")),
            _f("tickets", FOOTER, 0.2,
               (_OLD, "Tickets are sold through our ticketing partner; Amplifier Magazine may "
                      "earn a fee on sales."),
               (AM_TICKETS.isoformat(), "We may earn a commission if you buy tickets through "
                                        "links on this page.")),
            _f("glastonbury", FOOTER, 0.1, *table_wordings(GLASTO_TICKETS, lambda v: v)),
            _f("subscribe", FOOTER, 0.15, *table_wordings(AM_SUBSCRIPTION, lambda v: (
                f"Subscribe: 12 issues of Amplifier Magazine for {v}, delivered free."))),
            _f("festivals", FOOTER, 0.3, *_am_festivals()),
            _f("company", FOOTER, 0.35, (_OLD, "© {year} Amplifier Magazine Ltd. Registered in "
                                               "England and Wales no. 08765123.")),
            _f("address", FOOTER, 0.3, (_OLD, "Unit 4, Canal Works, Ancoats, Manchester "
                                              "M4 6LT")),
            _f("correction", HEADER, 0.04, (_OLD, "This review was amended: the support act "
                                                  "was misnamed in an earlier version.")),
        ),
    )


# --- an American streaming guide ----------------------------------------------------------

SS_REDESIGN = dt.date(2019, 11, 12)  # relaunched on the day Disney+ launched
SS_DISCLOSURE = dt.date(2018, 2, 1)
NETFLIX_STANDARD = (("2014-05-09", "$8.99"), ("2015-10-08", "$9.99"), ("2017-10-05", "$10.99"),
                    ("2019-01-15", "$12.99"), ("2020-10-29", "$13.99"))
DISNEY_PLUS = dt.date(2019, 11, 12)


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"Updated {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year} · {{time12}} ET"


def _ss_week(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    return f"New on streaming this week: {en_span(monday, monday + 6 * ONE)}, {monday.year}"


def _ss_leaving(day: dt.date) -> str:
    y, m = (day.year, day.month) if day.day < 20 else (
        day.year + (day.month == 12), day.month % 12 + 1)
    return f"Leaving streaming in {MONTHS[m - 1]} {y}: last chance to watch"


def _ss_prices(day: dt.date) -> str:
    text = f"Prices checked: Netflix Standard {value_on(day, NETFLIX_STANDARD)}/month"
    if day >= DISNEY_PLUS:
        text += " · Disney+ $6.99/month"
    return text + "."


def streamscout_style() -> PublisherStyle:
    """An American streaming guide: "Updated" with the short date turned the long date with
    the time on the day Disney+ launched (a wording per day), the reader-supported
    disclosure reworded, the week's new titles (a wording per week, each Monday), an
    episode-guide header from pools, "Where to watch:" and a trailer from pools mid-body,
    "Also streaming:" mid-body, what leaves streaming next month (a wording per month, from
    each 20th), the prices checked (Netflix's standard plan raised four times, Disney+ added
    at launch), an availability line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="streamscout.com", site="StreamScout", base_size=65,
        subdomains=(("www.", 100),),
        sections=("netflix", "hulu", "prime-video", "disney-plus", "whats-new", "guides"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "service": ("Netflix", "Hulu", "Amazon Prime Video", "HBO Now", "Disney+",
                        "Apple TV+", "Peacock"),
            "show": ("'Harbor Lights'", "'Crown of Ash'", "'The Ninth Floor'", "'Westgate'",
                     "'Sunday Kitchen'"),
            "episode": ("Season 1, Episode 4", "Season 2, Episode 1", "Season 2, Episode 8",
                        "Season 3, Episode 6", "Season 4, Episode 10"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ss_dated)),
            _f("disclosure", HEADER, 0.5,
               (_OLD, "StreamScout may earn a commission when you sign up through our links."),
               (SS_DISCLOSURE.isoformat(), "StreamScout is reader-supported: when you sign up "
                                           "through links on our site, we may earn an "
                                           "affiliate commission.")),
            _f("this-week", HEADER, 0.2, *_by_day(_ss_week)),
            _f("episode", HEADER, 0.12, (_OLD, "Episode guide: {show}, {episode}")),
            _f("where", MIDDLE, 0.35, (_OLD, "Where to watch: {service_list}")),
            _f("trailer", MIDDLE, 0.15, (_OLD, "▶ Trailer: {show}")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also streaming: {other_title}")),
            _f("leaving", FOOTER, 0.15, *_by_day(_ss_leaving)),
            _f("prices", FOOTER, 0.2, *_by_day(_ss_prices)),
            _f("availability", FOOTER, 0.45, (_OLD, "Availability and prices are accurate as "
                                                    "of publication and may change.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} StreamScout, Inc.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this title streams on Hulu, "
                                                  "not Netflix.")),
        ),
    )


# --- a Mexican radio and streaming chart --------------------------------------------------

TL_REDESIGN = dt.date(2018, 11, 15)  # relaunched on the day of the 2018 Latin Grammys
TL_METHOD = dt.date(2019, 1, 7)
LATIN_GRAMMYS = {2015: "2015-11-19", 2016: "2016-11-17", 2017: "2017-11-16",
                 2018: "2018-11-15", 2019: "2019-11-14", 2020: "2020-11-19"}
LO_NUESTRO = {2015: "2015-02-19", 2016: "2016-02-18", 2017: "2017-02-23", 2018: "2018-02-22",
              2019: "2019-02-21", 2020: "2020-02-20"}
VIVE_LATINO = {2015: ("2015-03-14", "2015-03-15"), 2016: ("2016-03-11", "2016-03-13"),
               2017: ("2017-03-18", "2017-03-19"), 2018: ("2018-03-17", "2018-03-18"),
               2019: ("2019-03-16", "2019-03-17"), 2020: ("2020-03-14", "2020-03-15")}


def _tl_semana(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0) - 7 * ONE  # the week the chart published Monday counts
    year, week, _ = monday.isocalendar()
    return (f"Lista de la semana {week:02d}/{year}: del "
            f"{between(monday, monday + 6 * ONE, MESES, 'al')}")


def _tl_dated(day: dt.date) -> str:
    if day < TL_REDESIGN:
        return f"{day.day} de {MESES[day.month - 1]} de {day.year}"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day:02d}/{day.month:02d}/{day.year} · "
            f"{{time}} h (hora del centro)")


@cache
def _tl_nota() -> Wordings:
    base = _steps((_OLD, "Sigue la lista cada lunes en nuestras redes sociales"))
    covid = [_span("2020-03-23", "2020-05-31", "Conciertos cancelados por COVID-19: consulta las "
                                               "nuevas fechas")]
    premios = (around(LATIN_GRAMMYS, 3, 1, lambda y, _: f"Latin Grammy {y}: lista completa de "
                                                        f"ganadores")
               + around(LO_NUESTRO, 2, 1, lambda y, _: f"Premio Lo Nuestro {y}: ganadores y "
                                                       f"presentaciones"))
    vive = spans(VIVE_LATINO, lambda y: f"Vive Latino {y}: horarios y escenarios", before=3)
    navidad = _yearly("12-24", 0, 13, lambda y: "Especial de fin de año: la lista regresa el "
                                                "primer lunes de enero")
    return _calendar(base, covid, premios, vive, navidad)


def toplatino_style() -> PublisherStyle:
    """A Mexican radio and streaming chart: the chart's ISO week and its Monday-to-Sunday span
    (a wording per week, each Monday), the long date turned the weekday, the numeric date
    and the time on the day of the 2018 Latin Grammys (a wording per day), the format, the
    chart move and a listen line from pools mid-body, the method line reworded when streams
    were added in 2019, a social line turned by the Latin Grammys, Premio Lo Nuestro, Vive
    Latino, the year-end break and the pandemic, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="toplatinomx.com", site="Top Latino MX", base_size=50,
        subdomains=(("www.", 100),),
        sections=("listas", "noticias", "estrenos"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "formato": ("Pop", "Regional mexicano", "Urbano", "Grupera", "Banda", "Anglo"),
            "movimiento": ("▲ Sube 3 lugares", "▼ Baja 2 lugares", "● Se mantiene",
                           "★ Nueva entrada", "↺ Reingreso"),
            "cancion": ("«Amor de cantina»", "«Noche en Monterrey»", "«Sin ti no»",
                        "«Perreo lunar»", "«Corazón norteño»"),
        },
        families=(
            _f("semana", HEADER, 0.8, *_by_day(_tl_semana)),
            _f("fecha", HEADER, 0.7, *_by_day(_tl_dated)),
            _f("formato", MIDDLE, 0.2, (_OLD, "Formato: {formato}")),
            _f("movimiento", MIDDLE, 0.3, (_OLD, "{movimiento}")),
            _f("escucha", MIDDLE, 0.15, (_OLD, "Escúchala aquí: {cancion}")),
            _f("metodo", FOOTER, 0.3,
               (_OLD, "La lista se elabora con las tocadas en radio de 120 ciudades del país."),
               (TL_METHOD.isoformat(), "La lista combina tocadas en radio y reproducciones en "
                                       "plataformas digitales.")),
            _f("nota", FOOTER, 0.3, *_tl_nota()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Top Latino MX. Prohibida su "
                                                "reproducción total o parcial.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: la posición de la semana "
                                               "anterior estaba mal indicada.")),
        ),
    )


# --- a Korean film news site --------------------------------------------------------------

CG_REDESIGN = dt.date(2019, 10, 3)  # relaunched on the opening day of the 2019 Busan festival
TICKET_PRICES = (("2014-01-01", "주중 9,000원 · 주말 10,000원"),
                 ("2018-04-11", "주중 10,000원 · 주말 11,000원"),
                 ("2020-10-26", "주중 11,000원 · 주말 12,000원"))
BIFF = {2015: ("2015-10-01", "2015-10-10"), 2016: ("2016-10-06", "2016-10-15"),
        2017: ("2017-10-12", "2017-10-21"), 2018: ("2018-10-04", "2018-10-13"),
        2019: ("2019-10-03", "2019-10-12"), 2020: ("2020-10-21", "2020-10-30")}
BLUE_DRAGON = {2015: "2015-11-26", 2016: "2016-11-25", 2017: "2017-11-25", 2018: "2018-11-22",
               2019: "2019-11-21"}  # the 2020 awards were held in February 2021


def _cg_dated(day: dt.date) -> str:
    if day < CG_REDESIGN:
        return f"{day.year}-{day.month:02d}-{day.day:02d} {{time}}"
    return f"{day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


def _cg_box_office(day: dt.date) -> str:
    y = day - ONE
    return f"일일 박스오피스 ({y.month}월 {y.day}일 기준, 영화관입장권 통합전산망)"


@cache
def _cg_banner() -> Wordings:
    base = _steps((_OLD, "시네마길 뉴스레터를 구독하세요"))
    covid = [_span("2020-02-24", "2020-05-05", "코로나19 여파로 극장 관객 급감: 개봉 연기작 정리")]
    festivals = spans(BIFF, lambda y: f"제{y - 1995}회 부산국제영화제 현장 소식")
    awards = around(BLUE_DRAGON, 2, 1, lambda y, _: f"제{y - 1979}회 청룡영화상 수상 결과")
    holidays = (around(SEOLLAL, 5, 2, lambda y, _: f"{y} 설 연휴 극장가 대결")
                + around(CHUSEOK, 5, 2, lambda y, _: f"{y} 추석 연휴 극장가 대결"))
    return _calendar(base, covid, festivals, awards, holidays)


def cinemagil_style() -> PublisherStyle:
    """A Korean film news site: the ISO date with the time turned the long date with the
    weekday on the opening day of the 2019 Busan festival (a wording per day), yesterday's
    box office (a wording per day), photo credits and screening lines from pools, a related
    link mid-body, the multiplex ticket prices (raised in 2018 and 2020), a newsletter line
    turned by the Busan festival and the Blue Dragon awards with their editions, Seollal and
    Chuseok at the cinema and the pandemic, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="cinemagil.co.kr", site="시네마길", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "review", "boxoffice", "festival"),
        n_authors=3, url_path="/news/{n}",
        pools={
            "baegeup": ("한빛픽쳐스", "새벽영화사", "누리배급", "시네마길 DB"),
            "sangyeong": ("절찬 상영 중", "다음 달 개봉 예정", "OTT 동시 공개", "재개봉 확정"),
        },
        families=(
            _f("ipryeok", HEADER, 0.85, *_by_day(_cg_dated)),
            _f("boxoffice", HEADER, 0.25, *_daily(_cg_box_office)),
            _f("sajin", MIDDLE, 0.3, (_OLD, "사진 제공={baegeup}")),
            _f("sangyeong", MIDDLE, 0.2, (_OLD, "상영 정보: {sangyeong}")),
            _f("hamkke", MIDDLE, 0.3, (_OLD, "▶ 함께 보면 좋은 기사: {other_title}")),
            _f("gwallamryo", FOOTER, 0.15, *table_wordings(TICKET_PRICES, lambda v: (
                f"멀티플렉스 성인 2D 일반 관람료: {v}"))),
            _f("banner", FOOTER, 0.3, *_cg_banner()),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © 시네마길. 무단 전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "바로잡습니다: 개봉일을 수정했습니다.")),
        ),
    )


def heldout150_styles() -> list[PublisherStyle]:
    """The held-back-150 styles, in the order the generator hands them to publishers."""
    return [
        marqueewire_style(), hitlist_style(), byeolbit_style(), otonavi_style(),
        pantallasur_style(), telinha_style(), filmidhun_style(), dizirehberi_style(),
        amplifier_style(), streamscout_style(), toplatino_style(), cinemagil_style(),
    ]
