"""The ``held-back-154`` template set of the planted-real benchmark.

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
notation key, an advertisement marker or a "solution next week" line. The publishers are
chess and bridge federations' news pages, club newsletters, puzzle and crossword columns and
games-by-mail sites in English, Russian, Dutch, German, Spanish, Hungarian and Tamil: an
international chess news site, a Russian chess portal, a German regional chess association,
a British crossword blog, a Dutch bridge district, the puzzles page of a Spanish daily, a
Hungarian chess news site, a Tamil chess news site, an American play-by-email games club, an
Australian bridge club's newsletter, a Dutch draughts club and the puzzle corner of a German
regional paper. The families are the kinds a crawl of such sites holds: dates localised day
by day in English (British, American and Australian orders), Russian (genitive months,
Moscow time), German, Dutch, Spanish, Hungarian (year first) and Tamil, several changing form
on the day of a redesign; lines that turn every day (crossword and puzzle numbers, with a
Sunday series of their own, "solution tomorrow" lines), every week (prize-puzzle closing
dates, the club night, the turn deadline of a play-by-email game), every fortnight (a
competition's round), every month (the FIDE rating list, the next First Saturday tournament,
a newsletter's issue number) and every quarter (correspondence and draughts rating lists);
tournament banners by date (Tata Steel, Candidates, Olympiads, World Cups and World
Championship matches, the Russian Superfinal, Easter and Christmas opens and drives, a
congress on the King's Birthday weekend, the 2020 closures and online events); entry
deadlines and prize amounts that change over the years (entry fees, prize funds, book-token
prizes, table money, club dues, postage stamps, magazine subscriptions, district levies);
diagram captions, deal captions (board, dealer and vulnerability), notation keys and
"solution next week" lines; notices reworded in 2016-2020 (GDPR consent, newsletters, apps,
Telegram and YouTube appeals); calendars some notices follow (seasons that turn each August
or September, the Hungarian 1% tax offering each spring, Pongal, Puthandu and Deepavali, dues
each December, a summer break); multi-line blocks (an imprint and copyright, contest rules, a
club's contact lines); bare lines ("16+", "Advertisement", "Реклама", "Anzeige", "Hirdetés",
"விளம்பரம்") and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Period, Wordings, easter, iso_day, nth_weekday
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
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESYATSY = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")  # genitive: "19 июня"
DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
HONAPOK = ("január", "február", "március", "április", "május", "június", "július",
           "augusztus", "szeptember", "október", "november", "december")
NAPOK = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
MATHANGAL = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
             "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்")
KIZHAMAI = ("திங்கள்", "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி", "ஞாயிறு")

# --- helpers of this set ------------------------------------------------------------------


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line whose value changes on the days of `table`: from the oldest
    day the value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def next_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def last_weekday_by(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def quarter_start(day: dt.date) -> dt.date:
    """The first day of `day`'s quarter: the day a quarterly rating list is published."""
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_first_saturday(day: dt.date) -> dt.date:
    """The first Saturday of `day`'s month, or of the next month once it is past."""
    first = nth_weekday(day.year, day.month, SAT, 1)
    if day <= first:
        return first
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, SAT, 1)


def season_of(day: dt.date, month: int) -> int:
    """The year a club season that starts each `month` began in."""
    return day.year if day.month >= month else day.year - 1


def thousands(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


def between(day: dt.date, first: str, last: str) -> bool:
    """Whether `day` is from ISO day `first` to ISO day `last`, both included."""
    return first <= day.isoformat() <= last


# --- an international chess news site ----------------------------------------------------

KS_REDESIGN = dt.date(2018, 11, 9)  # relaunched on the first day of the 2018 title match
KS_NEWSLETTER = dt.date(2017, 3, 1)
KS_ALERTS = dt.date(2019, 2, 1)
KS_EVENTS = (
    ("2015-01-09", "2015-01-25", "Tata Steel Chess 2015"),
    ("2015-09-10", "2015-10-05", "FIDE World Cup 2015"),
    ("2016-01-15", "2016-01-31", "Tata Steel Chess 2016"),
    ("2016-03-10", "2016-03-30", "Candidates Tournament 2016"),
    ("2016-09-01", "2016-09-14", "Chess Olympiad 2016"),
    ("2016-11-11", "2016-11-30", "World Championship 2016"),
    ("2017-01-14", "2017-01-29", "Tata Steel Chess 2017"),
    ("2017-09-02", "2017-09-27", "FIDE World Cup 2017"),
    ("2018-01-13", "2018-01-28", "Tata Steel Chess 2018"),
    ("2018-03-10", "2018-03-28", "Candidates Tournament 2018"),
    ("2018-09-23", "2018-10-06", "Chess Olympiad 2018"),
    ("2018-11-09", "2018-11-28", "World Championship 2018"),
    ("2019-01-12", "2019-01-27", "Tata Steel Chess 2019"),
    ("2019-09-09", "2019-10-04", "FIDE World Cup 2019"),
    ("2020-01-10", "2020-01-26", "Tata Steel Chess 2020"),
    ("2020-03-17", "2020-03-26", "Candidates Tournament 2020"),
    ("2020-07-25", "2020-08-30", "Online Chess Olympiad 2020"),
)


def _ks_dated(day: dt.date) -> str:
    if day < KS_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return (f"Published {WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} "
            f"{day.year} · {{time}} GMT")


def _ks_ratings(day: dt.date) -> str:
    return (f"Ratings quoted are from the FIDE list of 1 {MONTHS[day.month - 1]} "
            f"{day.year}.")


@cache
def _ks_live() -> Wordings:
    base = _steps((_OLD, "Get our round-by-round alerts for the big events"),
                  (KS_ALERTS.isoformat(), "🔔 Turn on notifications for live round-by-round "
                                          "updates"))
    news = [_span("2020-03-27", "2020-04-30", "The Candidates is suspended at the halfway "
                                              "mark: what happens next")]
    events = [_span(first, last, f"🔴 LIVE: {name}, every round with commentary")
              for first, last, name in KS_EVENTS]
    return _calendar(base, news, events)


def kingside_style() -> PublisherStyle:
    """An international chess news site: a topic kicker, the short American date turned the
    weekday, the long date and the GMT time on the first day of the 2018 title match (a
    wording per day), "By" turned the writer with the beat, a live banner turned by Tata
    Steel, the Candidates, the Olympiads, the World Cups and the title matches (and the 2020
    Candidates' suspension), diagram captions from a pool (up to twice), a replay line,
    "Related:" and advertisement markers (up to twice), a photo credit from a pool, the
    notation key, the FIDE list the ratings are quoted from (a wording per month), a
    newsletter appeal reworded in 2017, the copyright line (a block with the newsletter), a
    rare correction."""
    return PublisherStyle(
        domain="kingsidechess.com", site="Kingside Chess", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "tournaments", "openings", "endgames", "interviews"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("TOURNAMENTS", "OPENINGS", "ENDGAMES", "INTERVIEWS", "ONLINE CHESS",
                       "WOMEN'S CHESS", "JUNIORS"),
            "beat": ("Senior Editor", "News Reporter", "Openings Columnist",
                     "Endgame Columnist", "Photographer and Reporter"),
            "diagram": ("Position after 18...Nxe4: White to move",
                        "Position after 23.Rd7: Black to move",
                        "Position after 31...Qh3+: White to move",
                        "Position after 12.g4: Black to move",
                        "White to play and win", "Black to play and draw"),
            "photo": ("Kingside Chess / Ruth Calder", "the organisers",
                      "Kingside Chess / Pavel Orlov", "the official website"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ks_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (KS_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("live", HEADER, 0.25, *_ks_live()),
            _f("diagram", MIDDLE, 0.35, (_OLD, "{diagram}"), count=2),
            _f("replay", MIDDLE, 0.25, (_OLD, "▶ Replay all the games of this event in our "
                                              "viewer")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("notation", FOOTER, 0.2, (_OLD, "Symbols: ! good move · !! brilliant move · ? "
                                               "mistake · ?? blunder · !? interesting · ?! "
                                               "dubious")),
            _f("ratings", FOOTER, 0.25, *_by_day(_ks_ratings)),
            _f("newsletter", FOOTER, 0.3,
               (_OLD, "Sign up for our weekly newsletter"),
               (KS_NEWSLETTER.isoformat(), "♟ The Kingside Chess Weekly: the week's best "
                                           "games in your inbox every Monday. Sign up free")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Kingside Chess Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "report gave the wrong score for round "
                                                  "seven.")),
        ),
    )


# --- a Russian chess portal ---------------------------------------------------------------

SV_REDESIGN = dt.date(2019, 9, 2)
SV_TELEGRAM = dt.date(2020, 6, 18)
SUPERFINALS = (("2015-08-08", "2015-08-20"), ("2016-10-08", "2016-10-20"),
               ("2017-12-02", "2017-12-14"), ("2018-11-30", "2018-12-12"),
               ("2019-12-05", "2019-12-16"), ("2020-12-05", "2020-12-15"))
MOSCOW_OPENS = (("2015-01-31", "2015-02-08"), ("2016-01-29", "2016-02-07"),
                ("2017-01-27", "2017-02-05"), ("2018-01-26", "2018-02-04"),
                ("2019-01-25", "2019-02-03"), ("2020-01-24", "2020-02-02"))
SV_PODPISKA = (("2014-01-01", "960 ₽"), ("2016-01-01", "1 080 ₽"), ("2017-01-01", "1 200 ₽"),
               ("2019-01-01", "1 320 ₽"), ("2020-01-01", "1 440 ₽"))


def _sv_dated(day: dt.date) -> str:
    if day < SV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"{DNI[day.weekday()]}, {day.day} {MESYATSY[day.month - 1]} {day.year} г., "
            f"{{time}} МСК")


def _sv_reyting(day: dt.date) -> str:
    return (f"Рейтинги указаны по листу ФИДЕ на 1 {MESYATSY[day.month - 1]} {day.year} г.")


@cache
def _sv_banner() -> Wordings:
    base = _steps((_OLD, "Смотрите прямые трансляции партий на нашем сайте"),
                  (SV_TELEGRAM.isoformat(), "📲 Подписывайтесь на наш Telegram-канал: все "
                                            "результаты в день тура"))
    news = [
        _span("2020-03-17", "2020-03-26", "Турнир претендентов в Екатеринбурге: трансляция с "
                                          "комментариями гроссмейстеров"),
        _span("2020-03-27", "2020-06-14", "Очные турниры отменены: играйте с нами онлайн "
                                          "каждый вечер"),
    ]
    superfinals = [_span(first, last, f"Суперфинал чемпионата России {first[:4]}: "
                                      f"трансляция всех туров")
                   for first, last in SUPERFINALS]
    opens = [_span(first, last, f"Moscow Open {first[:4]}: онлайн-трансляция и результаты")
             for first, last in MOSCOW_OPENS]
    return _calendar(base, news, superfinals, opens)


def shakhvestnik_style() -> PublisherStyle:
    """A Russian chess portal: a section from a pool, the numeric date and time turned the
    weekday, the long date with the genitive month and Moscow time on 2 September 2019 (a
    wording per day), "Автор:" turned the writer and the photographer, the view count, a
    broadcast banner turned by the Superfinals, the Moscow Opens, the 2020 Candidates and
    the closures, reworded for Telegram in June 2020, "Читайте также:", "Реклама" (up to
    twice) and diagram captions with Russian piece letters mid-body, the FIDE list the
    ratings are quoted from (a wording per month), the magazine's subscription price
    (changing in January), the reprint line, the opinion disclaimer and "16+" (a block), a
    rare correction."""
    return PublisherStyle(
        domain="shakhvestnik.ru", site="Шахматный вестник", base_size=220,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "turniry", "intervyu", "deti", "online"),
        n_authors=9, url_path="/{section}/{n}/",
        pools={
            "rubrika": ("Турниры", "Россия", "Мир", "Дети и юниоры", "Интервью", "Онлайн",
                        "Композиция"),
            "foto": ("пресс-служба ФШР", "Шахматный вестник", "организаторы турнира",
                     "Елена Кублашвили"),
            "diagramma": ("Позиция после 24...Лd8. Ход белых", "Позиция после 17.Кf5. Ход "
                          "чёрных", "Белые начинают и выигрывают", "Мат в два хода",
                          "Позиция после 33.Фh6. Ход чёрных"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.9, *_by_day(_sv_dated)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {author}"),
               (SV_REDESIGN.isoformat(), "Текст: {author} · Фото: {foto}")),
            _f("prosmotry", HEADER, 0.35, (_OLD, "Просмотров: {count}")),
            _f("banner", HEADER, 0.25, *_sv_banner()),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("diagramma", MIDDLE, 0.25, (_OLD, "Диаграмма. {diagramma}")),
            _f("reyting", FOOTER, 0.2, *_by_day(_sv_reyting)),
            _f("podpiska", FOOTER, 0.12, *by_table(SV_PODPISKA, lambda v: (
                f"Годовая подписка на журнал «Шахматный вестник»: {v}"))),
            _f("perepechatka", FOOTER, 0.4, (_OLD, "При полном или частичном использовании "
                                                   "материалов ссылка на «Шахматный вестник» "
                                                   "обязательна.")),
            _f("mnenie", FOOTER, 0.2, (_OLD, "Мнение автора может не совпадать с позицией "
                                             "редакции.")),
            _f("vozrast", FOOTER, 0.5, (_OLD, "16+")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: в первой версии заметки был "
                                                   "неверно указан счёт матча.")),
        ),
    )


# --- a German regional chess association --------------------------------------------------

WB_REDESIGN = dt.date(2018, 8, 1)  # relaunched at the start of the 2018/19 season
WB_DSGVO = dt.date(2018, 5, 25)
WB_OPEN = {2015: ("20", "10", "800"), 2016: ("20", "10", "900"), 2017: ("25", "12", "1.000"),
           2018: ("25", "12", "1.200"), 2019: ("28", "14", "1.400"),
           2020: ("30", "15", "1.500")}


def _wb_dated(day: dt.date) -> str:
    if day < WB_REDESIGN:
        return f"Veröffentlicht am {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year} · "
            f"{{time}} Uhr")


def _wb_saison(day: dt.date) -> str:
    y = season_of(day, 8)
    if between(day, "2020-03-13", "2020-07-31"):
        return "Saison 2019/20: Spielbetrieb abgebrochen, Wertung nach Quotientenregel"
    return f"Mannschaftsspielbetrieb Saison {y}/{(y + 1) % 100:02d}"


def _wb_spielabend(day: dt.date) -> str:
    friday = next_weekday(day, FRI)
    when = f"Freitag, {friday.day:02d}.{friday.month:02d}.{friday.year}"
    if between(day, "2020-03-13", "2020-06-04") or day >= dt.date(2020, 11, 2):
        return ("Der Spielabend im Vereinsheim entfällt bis auf Weiteres. Wir spielen "
                "freitags ab 19:30 Uhr online auf Lichess.")
    if day >= dt.date(2020, 6, 5):
        return (f"Nächster Spielabend: {when}, ab 19:30 Uhr – nur mit Anmeldung und "
                f"Mund-Nasen-Bedeckung")
    return f"Nächster Spielabend: {when}, ab 19:30 Uhr im Vereinsheim Hameln-Nord"


def _wb_dwz(day: dt.date) -> str:
    q = quarter_start(day)
    return f"Wertungszahlen nach der DWZ-Liste vom {q.day:02d}.{q.month:02d}.{q.year}"


def _wb_ausschreibung(value: str) -> str:
    start, youth, prize = WB_OPEN[int(value)]
    return (f"Startgeld: {start} € (Jugendliche {youth} €) · Preisfonds: {prize} € bei 40 "
            f"Teilnehmern")


@cache
def _wb_termine() -> Wordings:
    base = _steps((_OLD, "Termine und Ausschreibungen finden Sie im Bezirkskalender."),
                  (WB_REDESIGN.isoformat(), "📅 Alle Termine, Ausschreibungen und Ergebnisse "
                                            "jetzt auch als Kalender-Abo"))
    corona = [_span("2020-03-13", "2020-04-13", "Die Osteropen 2020 sind wegen der "
                                                "Corona-Pandemie abgesagt."),
              _span("2020-11-02", "2021-01-10", "Der Spielbetrieb im Bezirk ruht bis auf "
                                                "Weiteres.")]
    ostern = []
    for y in YEARS:
        sunday = easter(y)
        thursday = sunday - 3 * ONE
        ostern.append((sunday - 30 * ONE, sunday + 2 * ONE,
                       f"Weserbergland-Osteropen {y} (Karfreitag bis Ostermontag): Anmeldung "
                       f"bis Gründonnerstag, {thursday.day:02d}.{thursday.month:02d}."))
    blitz = []
    for y in range(2015, 2020):
        day = nth_weekday(y, 12, FRI, 3)
        blitz.append((day - 21 * ONE, day + ONE, f"Weihnachtsblitz {y}: Freitag, {day.day}. "
                                                 f"Dezember, ab 19 Uhr, Startgeld 5 €"))
    return _calendar(base, corona, ostern, blitz)


def weserbergland_style() -> PublisherStyle:
    """A German regional chess association: a section from a pool, "Veröffentlicht am" with
    the numeric date turned the weekday, the long date and the time at the start of the
    2018/19 season (a wording per day), the writer, the season line (turning each 1 August,
    the 2019/20 season broken off), a dates line turned by the Easter opens with their
    Maundy Thursday entry deadline, the Christmas blitz and the closures, reworded in 2018,
    the open's entry fee and prize fund (changing each year), a game to replay from a pool,
    a photo credit and "Anzeige" mid-body, the next club night (a wording per week, the
    lockdowns), the DWZ list (a wording per quarter), "ohne Gewähr", a consent line reworded
    for the GDPR, the association line and the copyright line (a block), a rare correction.
    """
    return PublisherStyle(
        domain="schach-weserbergland.de", site="Schachbezirk Weserbergland", base_size=195,
        subdomains=(("www.", 100),),
        sections=("bezirksliga", "jugend", "turniere", "senioren", "verband"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrik": ("Bezirksliga", "Jugend", "Turniere", "Senioren", "Verband",
                       "Ergebnisse"),
            "partie": ("Brandt – Kowalczyk, 1–0", "Hoppe – Demir, ½–½",
                       "Wiegand – Schulte, 0–1", "Lindner – Ahrens, 1–0"),
            "foto": ("Schachbezirk Weserbergland", "SK Hameln", "SF Bad Pyrmont",
                     "privat"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_wb_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "von {author}")),
            _f("saison", HEADER, 0.3, *_by_day(_wb_saison)),
            _f("termine", HEADER, 0.25, *_wb_termine()),
            _f("ausschreibung", MIDDLE, 0.15, *by_table(
                tuple((f"{y}-01-01", str(y)) for y in sorted(WB_OPEN)), _wb_ausschreibung)),
            _f("partie", MIDDLE, 0.3, (_OLD, "Partie zum Nachspielen: {partie}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("anzeige", MIDDLE, 0.2, (_OLD, "Anzeige")),
            _f("spielabend", FOOTER, 0.3, *_by_day(_wb_spielabend)),
            _f("dwz", FOOTER, 0.2, *_by_day(_wb_dwz)),
            _f("gewaehr", FOOTER, 0.35, (_OLD, "Alle Ergebnisse und Tabellen ohne Gewähr.")),
            _f("einwilligung", FOOTER, 0.15,
               (_OLD, "Mit der Anmeldung erklären sich die Teilnehmer mit der Veröffentlichung "
                      "ihrer Ergebnisse einverstanden."),
               (WB_DSGVO.isoformat(), "Hinweis nach DSGVO: Mit der Anmeldung willigen die "
                                      "Teilnehmer ein, dass Name, Verein, Ergebnisse und "
                                      "Fotos veröffentlicht werden.")),
            _f("verband", FOOTER, 0.3, (_OLD, "Der Schachbezirk Weserbergland ist Mitglied im "
                                              "Niedersächsischen Schachverband.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Schachbezirk Weserbergland e.V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Das Ergebnis der 5. Runde wurde "
                                                 "berichtigt.")),
        ),
    )


# --- a British crossword blog -------------------------------------------------------------

CR_REDESIGN = dt.date(2017, 10, 2)
CR_KEY = dt.date(2019, 4, 1)
CR_FIRST_NO = 26_452  # the weekday cryptic of 1 January 2015
CR_SUNDAY = (dt.date(2015, 1, 4), 2_741)  # the first Sunday of 2015 and its puzzle's number
CR_PRIZE = (("2014-01-04", "£25"), ("2017-04-01", "£30"), ("2019-04-06", "£40"))


def cryptic_no(day: dt.date) -> int:
    """The number of the weekday cryptic of `day` (not Sunday): one more every day but
    Sunday."""
    days = (day - FIRST_DAY).days
    sundays = (days + (FIRST_DAY.weekday() + 1) % 7) // 7  # Sundays from the first day
    return CR_FIRST_NO + days - sundays


def sunday_no(day: dt.date) -> int:
    """The number of the Sunday cryptic of the Sunday `day`."""
    first, number = CR_SUNDAY
    return number + (day - first).days // 7


def _cr_dated(day: dt.date) -> str:
    if day < CR_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _cr_puzzle(day: dt.date) -> str:
    if day.weekday() == SUN:
        return f"Sunday cryptic No {sunday_no(day):,}"
    if day.weekday() == SAT:
        return f"Prize cryptic No {cryptic_no(day):,}"
    return f"Cryptic crossword No {cryptic_no(day):,}"


def _cr_prize(day: dt.date) -> str:
    saturday = last_weekday_by(day, SAT)
    friday = saturday + 6 * ONE
    return (f"Prize cryptic No {cryptic_no(saturday):,}: {in_force(saturday, CR_PRIZE)} in "
            f"book tokens for the first correct entry drawn. Closing date Friday "
            f"{friday.day} {MONTHS[friday.month - 1]}; solution next Saturday.")


def crosswordroom_style() -> PublisherStyle:
    """A British crossword blog: the long date turned the weekday on 2 October 2017 (a
    wording per day), the puzzle's number (a wording per day: the weekday series, the
    Saturday prize and the Sunday series of its own), the setter from a pool, "Blogged by"
    reworded in 2017, a print and solve-online line, a solver advertisement, "Previous
    puzzle:" and "Advertisement" (up to twice) mid-body, the Saturday prize with its
    closing Friday and the book-token amount (a wording per week, the prize raised in 2017
    and 2019), the parsing key reworded in 2019, a no-spoilers line, the comment count, the
    copyright and fair-dealing line (a block), a rare correction."""
    return PublisherStyle(
        domain="thecrosswordroom.co.uk", site="The Crossword Room", base_size=170,
        subdomains=(("www.", 100),),
        sections=("cryptic", "quick", "prize", "sunday", "news"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"setter": ("Marlin", "Tarquin", "Spindle", "Osprey", "Bramble", "Corvid",
                          "Vellum")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_cr_dated)),
            _f("puzzle", HEADER, 0.6, *_by_day(_cr_puzzle)),
            _f("setter", HEADER, 0.6, (_OLD, "Set by {setter}")),
            _f("blogger", HEADER, 0.5, (_OLD, "Blogged by {author}"),
               (CR_REDESIGN.isoformat(), "Solved and blogged by {author}")),
            _f("print", HEADER, 0.25, (_OLD, "Print | PDF | Solve online")),
            _f("solver", MIDDLE, 0.2, (_OLD, "Stuck? Try our anagram finder and crossword "
                                             "solver")),
            _f("previous", MIDDLE, 0.3, (_OLD, "Previous puzzle: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("prize", FOOTER, 0.25, *_by_day(_cr_prize)),
            _f("key", FOOTER, 0.3,
               (_OLD, "Key: definitions underlined; anagram indicators in italics; * marks an "
                      "anagram of the letters before it."),
               (CR_KEY.isoformat(), "Key: definitions in bold, indicators in italics, (*) "
                                    "anagram, < reversal, [ ] deletion.")),
            _f("spoilers", FOOTER, 0.3, (_OLD, "Please don't discuss the prize puzzle before "
                                               "its closing date.")),
            _f("comments", FOOTER, 0.4, (_OLD, "{count} comments")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Crossword Room. Clues are "
                                                 "quoted for comment under fair dealing.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the parsing of 14 across has "
                                                  "been put right.")),
        ),
    )


# --- a Dutch bridge district --------------------------------------------------------------

BV_REDESIGN = dt.date(2019, 9, 2)  # relaunched at the start of the 2019-2020 season
BV_AFDRACHT = (("2014-01-01", "14,20"), ("2016-01-01", "14,50"), ("2017-01-01", "14,80"),
               ("2018-01-01", "15,25"), ("2019-01-01", "15,60"), ("2020-01-01", "16,10"))
BV_PAASDRIVE = {2015: "12,00", 2016: "12,00", 2017: "13,00", 2018: "13,00", 2019: "14,00"}


def _bv_dated(day: dt.date) -> str:
    if day < BV_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"Geplaatst op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def _bv_competitie(day: dt.date) -> str:
    if between(day, "2020-03-13", "2020-08-31"):
        return "De districtscompetitie 2019-2020 is afgebroken; er komt geen eindstand."
    if day >= dt.date(2020, 10, 14):
        return "De districtscompetitie 2020-2021 ligt stil zolang de clubs dicht zijn."
    y = season_of(day, 9)
    season = f"{y}-{y + 1}"
    if day.month in (6, 7, 8):
        return "Zomerbridge: elke dinsdag vrij inloopbridge, aanmelden is niet nodig."
    start = nth_weekday(y, 9, MON, 2)
    if day < start:
        return f"De districtscompetitie {season} begint op maandag {start.day} september."
    if day.month == 5:
        return f"De eindstand van de districtscompetitie {season} is definitief."
    ronde = min(14, (day - start).days // 14 + 1)
    return f"Stand districtscompetitie {season} bijgewerkt tot en met ronde {ronde}."


@cache
def _bv_agenda() -> Wordings:
    base = _steps((_OLD, "Bekijk de districtsagenda voor alle drives en cursussen"))
    corona = [_span("2020-03-13", "2020-08-31", "Alle clubavonden en drives zijn afgelast; "
                                                "speel online mee via StepBridge"),
              _span("2020-10-14", "2021-01-10", "Bridgen aan tafel ligt opnieuw stil; de "
                                                "online drives gaan door")]
    paas = []
    for y, fee in BV_PAASDRIVE.items():
        monday = easter(y) + ONE
        paas.append((monday - 28 * ONE, monday + ONE,
                     f"Paasdrive {y} op tweede paasdag: inschrijfgeld € {fee} per paar"))
    kerst = []
    for y in range(2015, 2020):
        day = nth_weekday(y, 12, SAT, 2)
        deadline = day - 3 * ONE
        kerst.append((day - 28 * ONE, day + ONE,
                      f"Kerstdrive {y} op zaterdag {day.day} december: inschrijven vóór "
                      f"{deadline.day} december"))
    return _calendar(base, corona, paas, kerst)


def bridgevallei_style() -> PublisherStyle:
    """A Dutch bridge district: a category from a pool, the numeric date turned "Geplaatst
    op" with the weekday and the long date at the start of the 2019-2020 season (a wording
    per day), "Door", an agenda line turned by the Easter drives with their entry fee, the
    Christmas drives with their entry deadline and the closures of 2020, deal captions
    (board, dealer and vulnerability) from a pool, a results attachment line, the district
    competition's standing (a round a fortnight, the final standing in May, summer bridge,
    the season broken off in 2020), the master-points line, the levy per member (changing
    each January), the disclaimer, the contact line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="bridgevallei-eem.nl", site="Bridgedistrict Vallei en Eem", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nieuws", "competitie", "drives", "opleidingen", "bestuur"),
        n_authors=4, url_path="/nieuws/{slug}",
        pools={
            "categorie": ("Districtscompetitie", "Drives", "Opleidingen", "Uitslagen",
                          "Bestuur", "Jeugdbridge"),
            "spel": ("Spel 7 · Gever Zuid · Allen kwetsbaar",
                     "Spel 12 · Gever West · Noord-Zuid kwetsbaar",
                     "Spel 3 · Gever Zuid · Oost-West kwetsbaar",
                     "Spel 21 · Gever Noord · Noord-Zuid kwetsbaar",
                     "Spel 16 · Gever West · Oost-West kwetsbaar"),
        },
        families=(
            _f("categorie", HEADER, 0.45, (_OLD, "{categorie}")),
            _f("datum", HEADER, 0.85, *_by_day(_bv_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Door {author}")),
            _f("agenda", HEADER, 0.3, *_bv_agenda()),
            _f("spel", MIDDLE, 0.3, (_OLD, "{spel}"), count=2),
            _f("bijlage", MIDDLE, 0.2, (_OLD, "Volledige uitslagen en spelverdelingen: zie de "
                                              "bijlage (pdf)")),
            _f("competitie", FOOTER, 0.25, *_by_day(_bv_competitie)),
            _f("meesterpunten", FOOTER, 0.2, (_OLD, "Meesterpunten worden binnen een week na "
                                                    "de drive bijgeschreven.")),
            _f("afdracht", FOOTER, 0.12, *by_table(BV_AFDRACHT, lambda v: (
                f"Afdracht aan het district per lid per jaar: € {v}"))),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Aan de uitslagen op deze website kunnen geen "
                                                 "rechten worden ontleend.")),
            _f("contact", FOOTER, 0.3, (_OLD, "Vragen? Mail de wedstrijdleider: "
                                              "wedstrijden@bridgevallei-eem.nl")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Bridgedistrict Vallei en Eem")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in de eerste versie stond "
                                                    "een onjuiste uitslag van lijn B.")),
        ),
    )


# --- the puzzles page of a Spanish daily --------------------------------------------------

FP_REDESIGN = dt.date(2018, 10, 1)
FP_INTERACTIVO = dt.date(2019, 2, 1)
FP_FIRST_NO = 6_850  # the crossword of 1 January 2015
FP_PREMIO = (("2014-01-01", "un vale de 60 € para libros"),
             ("2017-01-07", "un vale de 75 € para libros"),
             ("2019-09-07", "una suscripción digital de un año"))


def crucigrama_no(day: dt.date) -> int:
    """The number of the Spanish daily's crossword of `day`: one more every day."""
    return FP_FIRST_NO + (day - FIRST_DAY).days


def _fp_dated(day: dt.date) -> str:
    if day < FP_REDESIGN:
        return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
                f"{day.year}")
    return (f"Actualizado el {day.day:02d}/{day.month:02d}/{day.year} a las {{time}} h")


def _fp_numero(day: dt.date) -> str:
    return f"Crucigrama n.º {thousands(crucigrama_no(day), '.')}"


def _fp_solucion(day: dt.date) -> str:
    return (f"La solución del crucigrama n.º {thousands(crucigrama_no(day), '.')} se publicará "
            f"mañana.")


def _fp_concurso(day: dt.date) -> str:
    if between(day, "2020-03-14", "2020-05-31"):
        return "Concurso semanal suspendido durante el estado de alarma."
    friday = next_weekday(day, FRI)
    return (f"Concurso semanal: envíe la solución antes del viernes {friday.day} de "
            f"{MESES[friday.month - 1]}. Premio: {in_force(day, FP_PREMIO)}.")


@cache
def _fp_aviso() -> Wordings:
    base = _steps((_OLD, "Descargue la app de El Faro de Poniente y juegue a los pasatiempos en "
                         "su móvil"),
                  (FP_INTERACTIVO.isoformat(), "🧩 Nuevo: crucigrama y sudoku interactivos "
                                               "para suscriptores de El Faro de Poniente"))
    confinamiento = [_span("2020-03-14", "2020-06-20", "#QuédateEnCasa: todos los pasatiempos, "
                                                       "gratis durante el confinamiento")]
    libro = _yearly("04-23", 7, 0, lambda y: f"Día del Libro {y}: sorteamos 50 libros entre "
                                             f"los acertantes del crucigrama")
    navidad = _yearly("12-24", 4, 13, lambda y: f"Especial Navidad {y}: crucigrama gigante y "
                                                f"autodefinidos")
    return _calendar(base, confinamiento, libro, navidad)


def farodeponiente_style() -> PublisherStyle:
    """The puzzles page of a Spanish daily: a section from a pool, the long date with the
    weekday turned "Actualizado el" with the numeric date and the time on 1 October 2018 (a
    wording per day), the crossword's number (a wording per day), "Por", a notice of the app
    reworded for the interactive puzzles and turned by Book Day, the Christmas special and
    the lockdown, a chess problem's stipulation from a pool, "Te puede interesar:" and
    "Publicidad" (up to twice) mid-body, "the solution to crossword No ... tomorrow" (a
    wording per day), the weekly contest's closing Friday and its prize (a wording per week,
    the prize changed twice, suspended in the state of alarm), the contest rules and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="elfarodeponiente.es", site="El Faro de Poniente", base_size=130,
        subdomains=(("www.", 100),),
        sections=("pasatiempos", "crucigramas", "ajedrez", "sudoku"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "seccion": ("Pasatiempos", "Crucigramas", "Ajedrez", "Sudoku", "Jeroglíficos",
                        "Sopa de letras"),
            "problema": ("juegan blancas y dan mate en dos jugadas",
                         "juegan negras y ganan", "juegan blancas y dan mate en tres jugadas",
                         "juegan blancas y hacen tablas"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_fp_dated)),
            _f("numero", HEADER, 0.35, *_by_day(_fp_numero)),
            _f("autor", HEADER, 0.4, (_OLD, "Por {author}")),
            _f("aviso", HEADER, 0.25, *_fp_aviso()),
            _f("problema", MIDDLE, 0.3, (_OLD, "Problema de ajedrez: {problema}")),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("solucion", FOOTER, 0.35, *_by_day(_fp_solucion)),
            _f("concurso", FOOTER, 0.2, *_by_day(_fp_concurso)),
            _f("bases", FOOTER, 0.15, (_OLD, "Bases del concurso en la web. No pueden participar "
                                             "los empleados de El Faro de Poniente ni sus "
                                             "familiares.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} El Faro de Poniente. Prohibida la "
                                                 "reproducción total o parcial.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: la definición 7 horizontal del "
                                               "crucigrama de ayer contenía un error.")),
        ),
    )


# --- a Hungarian chess news site ----------------------------------------------------------

SH_REDESIGN = dt.date(2017, 7, 3)
SH_NYILT = {2015: "5000", 2016: "5000", 2017: "6000", 2018: "6000", 2019: "7000"}


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}. {{time}}"
    return (f"Közzétéve: {day.year}. {HONAPOK[day.month - 1]} {day.day}., "
            f"{NAPOK[day.weekday()]} {{time}}")


def _sh_elo(day: dt.date) -> str:
    return (f"Az Élő-pontszámok a FIDE {day.year}. {HONAPOK[day.month - 1]} 1-jei listája "
            f"szerint szerepelnek.")


def _sh_first_saturday(day: dt.date) -> str:
    if between(day, "2020-03-16", "2020-08-31"):
        return "A First Saturday versenyek a járványhelyzet miatt szünetelnek."
    sat = next_first_saturday(day)
    return (f"Következő First Saturday verseny: {sat.year}. {HONAPOK[sat.month - 1]} "
            f"{sat.day}., szombat, Budapest")


@cache
def _sh_tamogatas() -> Wordings:
    base = _steps((_OLD, "Támogassa munkánkat: Sakkhíradó Alapítvány, számlaszám "
                         "11700000-20345678"))
    egy_szazalek = [(dt.date(y, 2, 15), dt.date(y, 5, 21),
                     f"Ajánlja fel adója 1%-át a Sakkhíradó Alapítványnak! Adószámunk: "
                     f"18912345-1-41. Határidő: {y}. május 20.") for y in YEARS]
    return _calendar(base, egy_szazalek)


@cache
def _sh_nevezes() -> Wordings:
    base = _steps((_OLD, "Versenynaptár és nevezés: sakkhirado.hu/versenynaptar"))
    elmarad = [_span("2020-05-01", "2020-06-15", "A 2020-as balatoni nyílt bajnokság "
                                                 "elmarad.")]
    olimpia = [_span("2016-09-01", "2016-09-14", "Sakkolimpia, Baku: a magyar csapatok "
                                                 "fordulóról fordulóra"),
               _span("2018-09-23", "2018-10-06", "Sakkolimpia, Batumi: a magyar csapatok "
                                                 "fordulóról fordulóra")]
    nyilt = [(dt.date(y, 5, 1), dt.date(y, 6, 16),
              f"Balatoni nyílt bajnokság {y}: nevezési határidő június 15., nevezési díj "
              f"{SH_NYILT[y]} Ft") for y in sorted(SH_NYILT)]
    return _calendar(base, elmarad, olimpia, nyilt)


def sakkhirado_style() -> PublisherStyle:
    """A Hungarian chess news site: a column from a pool, the numeric date year first with
    the time turned "Közzétéve:" with the long date and the weekday on 3 July 2017 (a
    wording per day), "Szerző:", an entry banner with the summer open's deadline and fee
    (changing over the years, cancelled in 2020) turned by the Olympiads, "Kapcsolódó
    cikk:", "Hirdetés" (up to twice) and a puzzle's stipulation from a pool mid-body, the
    FIDE list the ratings are quoted from (a wording per month), the next First Saturday
    tournament (a wording per month, paused in 2020), "solution next week", a support line
    turned each spring by the 1% tax offering up to its 20 May deadline, the copyright line,
    a rare correction."""
    return PublisherStyle(
        domain="sakkhirado.hu", site="Sakkhíradó", base_size=110,
        subdomains=(("www.", 100),),
        sections=("hazai", "nemzetkozi", "ifjusagi", "csapatbajnoksag", "feladvany"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rovat": ("Hazai versenyek", "Nemzetközi", "Ifjúsági", "Csapatbajnokság", "Interjú",
                      "Feladvány"),
            "allas": ("Világos lép és nyer", "Sötét lép és nyer", "Világos indít, 2 lépésben "
                      "mattot ad", "Az állás a 23. lépés után"),
        },
        families=(
            _f("rovat", HEADER, 0.5, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.85, *_by_day(_sh_dated)),
            _f("szerzo", HEADER, 0.5, (_OLD, "Szerző: {author}")),
            _f("nevezes", HEADER, 0.2, *_sh_nevezes()),
            _f("kapcsolodo", MIDDLE, 0.35, (_OLD, "Kapcsolódó cikk: {other_title}")),
            _f("hirdetes", MIDDLE, 0.3, (_OLD, "Hirdetés"), count=2),
            _f("allas", MIDDLE, 0.25, (_OLD, "Diagram: {allas}")),
            _f("elo", FOOTER, 0.2, *_by_day(_sh_elo)),
            _f("first-saturday", FOOTER, 0.2, *_by_day(_sh_first_saturday)),
            _f("megfejtes", FOOTER, 0.2, (_OLD, "A megfejtést jövő heti számunkban közöljük.")),
            _f("tamogatas", FOOTER, 0.3, *_sh_tamogatas()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Sakkhíradó – Minden jog "
                                                 "fenntartva.")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: cikkünk korábbi változatában "
                                                   "tévesen szerepelt a végeredmény.")),
        ),
    )


# --- a Tamil chess news site --------------------------------------------------------------

CU_REDESIGN = dt.date(2018, 1, 14)  # relaunched on Pongal 2018
CU_YOUTUBE = dt.date(2019, 6, 1)
CU_KATTANAM = (("2014-01-01", "₹300"), ("2016-01-01", "₹350"), ("2017-01-01", "₹400"),
               ("2018-01-01", "₹450"), ("2019-01-01", "₹500"), ("2020-01-01", "₹600"))
DEEPAVALI = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18", 2018: "2018-11-06",
             2019: "2019-10-27", 2020: "2020-11-14"}


def _cu_dated(day: dt.date) -> str:
    if day < CU_REDESIGN:
        return f"{day.day} {MATHANGAL[day.month - 1]} {day.year}"
    return (f"வெளியிடப்பட்டது: {KIZHAMAI[day.weekday()]}, {day.day} "
            f"{MATHANGAL[day.month - 1]} {day.year}, {{time}} IST")


def _cu_tharavarisai(day: dt.date) -> str:
    return f"ஃபிடே தரவரிசை: {MATHANGAL[day.month - 1]} {day.year} பட்டியலின்படி"


@cache
def _cu_arivippu() -> Wordings:
    base = _steps((_OLD, "உடனுக்குடன் செய்திகளுக்கு எங்கள் வாட்ஸ்அப் குழுவில் இணையுங்கள்"),
                  (CU_YOUTUBE.isoformat(), "எங்கள் யூடியூப் சேனலை சப்ஸ்கிரைப் செய்யுங்கள்: "
                                           "ஒவ்வொரு வாரமும் புதிய பாடங்கள்"))
    ooradangu = [_span("2020-03-24", "2020-08-31", "ஊரடங்கு: அனைத்து நேரடிப் போட்டிகளும் "
                                                   "ஒத்திவைப்பு, ஆன்லைன் போட்டிகள் மட்டும்")]
    pongal = _yearly("01-14", 1, 2, lambda y: f"இனிய பொங்கல் நல்வாழ்த்துகள் {y}!")
    puthandu = _yearly("04-14", 1, 1, lambda y: "இனிய தமிழ்ப் புத்தாண்டு நல்வாழ்த்துகள்!")
    deepavali = [(iso_day(day, -1), iso_day(day, 2), "இனிய தீபாவளி நல்வாழ்த்துகள்!")
                 for day in DEEPAVALI.values()]
    return _calendar(base, ooradangu, pongal, puthandu, deepavali)


def chathurangaulagam_style() -> PublisherStyle:
    """A Tamil chess news site: a section from a pool, the long date turned "published" with
    the weekday and the time on Pongal 2018 (a wording per day), the reporter's line, a
    WhatsApp appeal turned a YouTube appeal in 2019 and turned by Pongal, the Tamil New
    Year, Deepavali and the lockdown, a puzzle's stipulation from a pool, "இதையும்
    படிக்க:", "விளம்பரம்" (up to twice) and a photo credit mid-body, "solution next week",
    the district open's entry fee (changing each January), the FIDE list the ratings follow
    (a wording per month), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="chathurangaulagam.com", site="சதுரங்க உலகம்", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "tournaments", "juniors", "puzzles"),
        n_authors=3, url_path="/{section}/{n}",
        pools={
            "pirivu": ("செய்திகள்", "போட்டிகள்", "இளையோர்", "புதிர்", "நேர்காணல்"),
            "puthir": ("வெள்ளை ஆடி இரண்டு நகர்வுகளில் செக்மேட் செய்க",
                       "கருப்பு ஆடி வெற்றி பெறுக",
                       "வெள்ளை ஆடி மூன்று நகர்வுகளில் செக்மேட் செய்க"),
            "padam": ("சதுரங்க உலகம்", "போட்டி ஏற்பாட்டாளர்கள்", "அகில இந்திய சதுரங்கக் "
                      "கூட்டமைப்பு"),
        },
        families=(
            _f("pirivu", HEADER, 0.5, (_OLD, "{pirivu}")),
            _f("thethi", HEADER, 0.85, *_by_day(_cu_dated)),
            _f("seithiyalar", HEADER, 0.45, (_OLD, "செய்தியாளர்: {author}")),
            _f("arivippu", HEADER, 0.25, *_cu_arivippu()),
            _f("puthir", MIDDLE, 0.3, (_OLD, "புதிர்: {puthir}")),
            _f("ithaiyum", MIDDLE, 0.35, (_OLD, "இதையும் படிக்க: {other_title}")),
            _f("vilambaram", MIDDLE, 0.3, (_OLD, "விளம்பரம்"), count=2),
            _f("padam", MIDDLE, 0.2, (_OLD, "படம்: {padam}")),
            _f("vidai", FOOTER, 0.25, (_OLD, "விடை அடுத்த வாரம்")),
            _f("kattanam", FOOTER, 0.15, *by_table(CU_KATTANAM, lambda v: (
                f"மாவட்ட ஓபன் போட்டி நுழைவுக் கட்டணம்: {v}"))),
            _f("tharavarisai", FOOTER, 0.2, *_by_day(_cu_tharavarisai)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} சதுரங்க உலகம். அனைத்து உரிமைகளும் "
                                                 "பாதுகாக்கப்பட்டவை.")),
            _f("thiruththam", HEADER, 0.04, (_OLD, "திருத்தம்: இந்தச் செய்தியின் முந்தைய "
                                                   "பதிப்பில் போட்டி முடிவு தவறாக "
                                                   "இடம்பெற்றிருந்தது.")),
        ),
    )


# --- an American play-by-email games club -------------------------------------------------

SM_REDESIGN = dt.date(2017, 1, 9)
SM_FEES = (("2014-01-01", "$8 per section for members, $12 for non-members"),
           ("2017-01-01", "$10 per section for members, $15 for non-members"),
           ("2019-01-01", "$12 per section for members, $18 for non-members"))
STAMPS = (("2014-01-26", "49¢"), ("2016-04-10", "47¢"), ("2017-01-22", "49¢"),
          ("2018-01-21", "50¢"), ("2019-01-27", "55¢"))  # a US first-class stamp


def _sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return day.isoformat()
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year} · Turn bulletin"


def _sm_deadline(day: dt.date) -> str:
    sunday = next_weekday(day, SUN)
    if (sunday.month, sunday.day) >= (12, 21) or (sunday.month, sunday.day) <= (1, 3):
        after = next_weekday(dt.date(sunday.year + (sunday.month == 12), 1, 4), SUN)
        return (f"Holiday break: the next turn deadline is Sunday, January {after.day}, "
                f"{after.year}, 23:59 GMT")
    return (f"Next turn deadline: Sunday, {MONTHS[sunday.month - 1]} {sunday.day}, "
            f"{sunday.year}, 23:59 GMT")


def _sm_ratings(day: dt.date) -> str:
    q = quarter_start(day)
    return f"Ratings are from the {MONTHS[q.month - 1]} {q.year} quarterly rating list."


@cache
def _sm_dues() -> Wordings:
    base = _steps((_OLD, "New here? Join the Slowmove Games Club: email play is free"))
    mail = [_span("2020-04-01", "2020-08-31", "Postal games: the mail is slow, so postal "
                                              "deadlines are doubled until further notice")]
    dues = [(dt.date(y, 12, 1), dt.date(y + 1, 2, 1), f"Membership dues for {y + 1} are due "
                                                      f"by January 31")
            for y in range(2014, 2021)]
    return _calendar(base, mail, dues)


def slowmove_style() -> PublisherStyle:
    """An American play-by-email games club: the ISO date turned the long date and "Turn
    bulletin" in January 2017 (a wording per day), the next Sunday turn deadline (a wording
    per week, a holiday break at the turn of the year), a dues banner turned each December
    and January and by the 2020 mail delays, a game and its phase from pools and the
    game master's adjudication note mid-body, a map line, the quarterly rating list (a
    wording per quarter), the entry fees (raised in 2017 and 2019), the postage line with
    the first-class stamp's price (changing on the Postal Service's days), a fair-play line,
    the forum line with its reply count, the copyright and trademark line, a rare
    correction."""
    return PublisherStyle(
        domain="slowmove.org", site="Slowmove Games Club", base_size=70,
        subdomains=(("www.", 100),),
        sections=("bulletins", "diplomacy", "chess", "tournaments"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={"game": ("PBM-1147 “Wintergreen”", "PBM-1152 “Saltmarsh”",
                        "PBM-1160 “Long Winter”", "CC-0418 (correspondence chess)",
                        "PBM-1163 “Fog of War”"),
               "phase": ("Spring 1903 Movement", "Fall 1904 Retreats",
                         "Winter 1905 Adjustments", "Spring 1907 Movement",
                         "Fall 1901 Movement")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_sm_dated)),
            _f("deadline", HEADER, 0.35, *_by_day(_sm_deadline)),
            _f("dues", HEADER, 0.25, *_sm_dues()),
            _f("game", MIDDLE, 0.3, (_OLD, "Game {game}: {phase}")),
            _f("gm-note", MIDDLE, 0.2, (_OLD, "GM note: orders received by the deadline are "
                                              "adjudicated at 00:00 GMT; units with no orders "
                                              "hold.")),
            _f("map", MIDDLE, 0.2, (_OLD, "Click the map to enlarge")),
            _f("ratings", FOOTER, 0.2, *_by_day(_sm_ratings)),
            _f("fees", FOOTER, 0.2, *by_table(SM_FEES, lambda v: f"Entry fee: {v}.")),
            _f("postage", FOOTER, 0.15, *by_table(STAMPS, lambda v: (
                f"Postal players: please enclose a self-addressed envelope with a first-class "
                f"stamp ({v})."))),
            _f("fair-play", FOOTER, 0.25, (_OLD, "Fair play: one account per player. "
                                                 "Multi-accounting gets you removed from every "
                                                 "game.")),
            _f("forum", FOOTER, 0.3, (_OLD, "Discuss this in the forum ({count} replies)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Slowmove Games Club. Diplomacy is a "
                                                "trademark of its owner; this club is not "
                                                "affiliated with it.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the Fall 1904 adjudication was "
                                                  "rerun after a missed order.")),
        ),
    )


# --- an Australian bridge club's newsletter -----------------------------------------------

HB_REDESIGN = dt.date(2019, 7, 1)
HB_FIRST_ISSUE = 118  # the February 2015 issue
HB_TABLE_MONEY = (("2014-07-01", "$6 members, $9 visitors"),
                  ("2017-07-01", "$7 members, $10 visitors"),
                  ("2019-07-01", "$8 members, $11 visitors"),
                  ("2020-07-01", "$8 members, $11 visitors; online sessions $5"))
HB_CONGRESS = {2015: "1,500", 2016: "1,500", 2017: "1,800", 2018: "2,000", 2019: "2,200"}


def newsletter_no(day: dt.date) -> int:
    """The issue number of the newsletter out in `day`'s month (none in January)."""
    return HB_FIRST_ISSUE + 11 * (day.year - 2015) + day.month - 2


def _hb_issue(day: dt.date) -> str:
    if day.month == 1:
        return "Summer break: the next newsletter comes out in February"
    return f"Newsletter No. {newsletter_no(day)} · {MONTHS[day.month - 1]} {day.year}"


def _hb_posted(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"Posted {day.day}/{day.month}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def queens_birthday(y: int) -> dt.date:
    """The Queen's Birthday public holiday of most Australian states: June's second
    Monday."""
    return nth_weekday(y, 6, MON, 2)


@cache
def _hb_events() -> Wordings:
    base = _steps((_OLD, "Congresses, workshops and club events: see the calendar on the "
                         "noticeboard"))
    closed = [_span("2020-03-17", "2020-07-05", "The club is closed until further notice. "
                                                "Play online with us on RealBridge.")]
    congress = []
    for y, pool in HB_CONGRESS.items():
        monday = queens_birthday(y)
        closes = monday - 5 * ONE
        congress.append((monday - 35 * ONE, monday + ONE,
                         f"Winter Congress {y}, {(monday - 2 * ONE).day}–{monday.day} June: "
                         f"entries close {closes.day} June; prize pool ${pool}"))
    agm = []
    for y in YEARS:
        day = nth_weekday(y, 8, SAT, 3)
        agm.append((day - 21 * ONE, day + ONE, f"Annual General Meeting: Saturday {day.day} "
                                               f"August {y}, 10 am. Nominations close two "
                                               f"weeks before."))
    christmas = []
    for y in YEARS:
        day = nth_weekday(y, 12, SUN, 2)
        christmas.append((dt.date(y, 11, 20), day + ONE,
                          f"Christmas party and pairs: Sunday {day.day} December, $25 "
                          f"including lunch. Put your names on the sheet by the door."))
    return _calendar(base, closed, congress, agm, christmas)


def harbourside_style() -> PublisherStyle:
    """An Australian bridge club's newsletter: the issue number and month (a wording per
    month, a summer break each January), "Posted" with the day-month date turned the weekday
    and the long date on 1 July 2019 (a wording per day), the editor's line, an events line
    turned by the Winter Congress on the Queen's Birthday weekend with its entry deadline
    and prize pool, the AGM, the Christmas party and the 2020 closure, a hand of the week
    (board, dealer and vulnerability) from a pool and a welcome line mid-body, the table
    money (raised each July, online sessions added in 2020), the sessions line reworded for
    the closure and the reopening, the master-points line, the partnership desk and the
    association line (a block), a rare correction."""
    return PublisherStyle(
        domain="harboursidebridge.org.au", site="Harbourside Bridge Club", base_size=55,
        subdomains=(("www.", 100),),
        sections=("newsletter", "results", "lessons", "events"),
        n_authors=2, url_path="/newsletter/{yyyy}/{mm}/{slug}",
        pools={"hand": ("Board 14 · Dealer East · Nil vul", "Board 9 · Dealer North · E-W vul",
                        "Board 16 · Dealer West · E-W vul", "Board 2 · Dealer East · N-S vul",
                        "Board 13 · Dealer North · All vul")},
        families=(
            _f("issue", HEADER, 0.6, *_by_day(_hb_issue)),
            _f("posted", HEADER, 0.5, *_by_day(_hb_posted)),
            _f("editor", HEADER, 0.45, (_OLD, "Editor: {author}")),
            _f("events", HEADER, 0.3, *_hb_events()),
            _f("hand", MIDDLE, 0.3, (_OLD, "Hand of the week: {hand}")),
            _f("welcome", MIDDLE, 0.15, (_OLD, "A warm welcome to our new members!")),
            _f("table-money", FOOTER, 0.25, *by_table(HB_TABLE_MONEY, lambda v: (
                f"Table money: {v}"))),
            _f("sessions", FOOTER, 0.3,
               (_OLD, "Sessions: Monday 12.30 pm, Wednesday 7.15 pm, Friday 12.30 pm. Please "
                      "arrive 15 minutes early."),
               ("2020-03-17", "Face-to-face sessions are suspended. Join us online on "
                              "RealBridge."),
               ("2020-07-06", "Sessions have resumed with COVID-safe seating: bookings are "
                              "essential.")),
            _f("masterpoints", FOOTER, 0.2, (_OLD, "Masterpoints are awarded at all sessions "
                                                   "and reported monthly.")),
            _f("partners", FOOTER, 0.3, (_OLD, "Need a partner? Call the partnership desk on "
                                               "0400 555 218.")),
            _f("association", FOOTER, 0.25, (_OLD, "Harbourside Bridge Club Inc. is affiliated "
                                                   "with the state bridge association.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last month's results for the "
                                                  "Thursday pairs were incomplete.")),
        ),
    )


# --- a Dutch draughts club ----------------------------------------------------------------

WV_REDESIGN = dt.date(2018, 9, 1)
WV_CONTRIBUTIE = (("2014-09-01", "2014"), ("2015-09-01", "2015"), ("2016-09-01", "2016"),
                  ("2017-09-01", "2017"), ("2018-09-01", "2018"), ("2019-09-01", "2019"),
                  ("2020-09-01", "2020"))
WV_BEDRAG = {2014: ("60", "25"), 2015: ("60", "25"), 2016: ("62", "27"), 2017: ("65", "30"),
             2018: ("65", "30"), 2019: ("68", "32"), 2020: ("68", "32")}


def _wv_dated(day: dt.date) -> str:
    if day < WV_REDESIGN:
        return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}, {{time}}"


def _wv_clubavond(day: dt.date) -> str:
    if between(day, "2020-03-13", "2020-06-30") or day >= dt.date(2020, 10, 14):
        return "Alle clubavonden zijn tot nader order afgelast."
    tuesday = next_weekday(day, TUE)
    if tuesday.month in (7, 8):
        first = nth_weekday(tuesday.year, 9, TUE, 1)
        return f"Zomerstop: de eerste clubavond na de zomer is op dinsdag {first.day} september."
    return (f"Volgende clubavond: dinsdag {tuesday.day} {MAANDEN[tuesday.month - 1]}, vanaf "
            f"19.30 uur in buurthuis De Linde")


def _wv_rating(day: dt.date) -> str:
    q = quarter_start(day)
    return f"Ratings volgens de ratinglijst van 1 {MAANDEN[q.month - 1]} {q.year}"


def _wv_contributie(value: str) -> str:
    y = int(value)
    senior, jeugd = WV_BEDRAG[y]
    return f"Contributie seizoen {y}-{y + 1}: € {senior} (jeugd € {jeugd})"


def hetwitteveld_style() -> PublisherStyle:
    """A Dutch draughts club: the long date turned the weekday and the time on 1 September
    2018 (a wording per day), the reporter, a diagram caption from a pool mid-body, the next
    club night (a wording per week, a summer break, the closures of 2020), "solution next
    week", the notation key, the rating list (a wording per quarter), the season's dues
    (changing each September), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="dvhetwitteveld.nl", site="Damvereniging Het Witte Veld", base_size=40,
        subdomains=(("www.", 100),),
        sections=("verslagen", "competitie", "jeugd"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"stelling": ("wit speelt en wint", "zwart aan zet", "wit speelt en maakt "
                            "remise", "stand na de 23e zet van zwart")},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_wv_dated)),
            _f("verslag", HEADER, 0.4, (_OLD, "Verslag: {author}")),
            _f("stelling", MIDDLE, 0.3, (_OLD, "Diagram: {stelling}")),
            _f("clubavond", FOOTER, 0.35, *_by_day(_wv_clubavond)),
            _f("oplossing", FOOTER, 0.25, (_OLD, "De oplossing van het probleem volgt volgende "
                                                 "week.")),
            _f("notatie", FOOTER, 0.2, (_OLD, "Notatie: velden 1 tot en met 50; '-' is een "
                                              "schuifzet, 'x' een slag.")),
            _f("rating", FOOTER, 0.15, *_by_day(_wv_rating)),
            _f("contributie", FOOTER, 0.15, *by_table(WV_CONTRIBUTIE, _wv_contributie)),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Damvereniging Het Witte Veld")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: de uitslag van ronde 4 is "
                                                    "aangepast.")),
        ),
    )


# --- the puzzle corner of a German regional paper -----------------------------------------

HR_REDESIGN = dt.date(2019, 4, 1)
HR_AUFLOESUNG = dt.date(2018, 3, 1)
HR_PREIS = (("2014-01-01", "ein Einkaufsgutschein über 50 Euro"),
            ("2017-01-07", "ein Einkaufsgutschein über 75 Euro"),
            ("2019-01-05", "ein Einkaufsgutschein über 100 Euro"))


def _hr_dated(day: dt.date) -> str:
    if day < HR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    return f"Aktualisiert am {day.day:02d}.{day.month:02d}.{day.year}"


def _hr_gewinnspiel(day: dt.date) -> str:
    friday = next_weekday(day, FRI)
    return (f"Lösungswort bis Freitag, {friday.day:02d}.{friday.month:02d}.{friday.year}, "
            f"einsenden – zu gewinnen: {in_force(day, HR_PREIS)}")


def havellaender_style() -> PublisherStyle:
    """The puzzle corner of a German regional paper: a section from a pool, the numeric date
    and time turned "Aktualisiert am" on 1 April 2019 (a wording per day), "Anzeige" and the
    prize hotline with its call price mid-body, "the solution in the next issue" reworded in
    2018, the prize draw's closing Friday and prize (a wording per week, the prize raised in
    2017 and 2019), the conditions of entry and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="havellaender-rundschau.de", site="Havelländer Rundschau", base_size=30,
        subdomains=(("www.", 100),),
        sections=("raetsel", "sudoku", "gewinnspiel"),
        n_authors=2, url_path="/{section}/{slug}-{n}.html",
        pools={"ressort": ("Rätsel", "Kreuzworträtsel", "Sudoku", "Schwedenrätsel",
                           "Gewinnspiel")},
        families=(
            _f("ressort", HEADER, 0.5, (_OLD, "{ressort}")),
            _f("datum", HEADER, 0.8, *_by_day(_hr_dated)),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige")),
            _f("hotline", MIDDLE, 0.15, (_OLD, "Gewinn-Hotline: 01378 40 60 12 (50 Ct./Anruf aus "
                                               "dem dt. Festnetz, Mobilfunk abweichend)")),
            _f("aufloesung", FOOTER, 0.4,
               (_OLD, "Die Auflösung finden Sie in der nächsten Ausgabe."),
               (HR_AUFLOESUNG.isoformat(), "Die Auflösung lesen Sie morgen in Ihrer Zeitung "
                                           "und im E-Paper.")),
            _f("gewinnspiel", FOOTER, 0.25, *_by_day(_hr_gewinnspiel)),
            _f("teilnahme", FOOTER, 0.2, (_OLD, "Teilnahme ab 18 Jahren. Mitarbeiter der "
                                                "Havelländer Rundschau und ihre Angehörigen sind "
                                                "ausgeschlossen. Der Rechtsweg ist "
                                                "ausgeschlossen.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Havelländer Rundschau")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Im Schwedenrätsel von gestern war "
                                                 "ein Feld falsch nummeriert.")),
        ),
    )


def heldout154_styles() -> list[PublisherStyle]:
    """The held-back-154 styles, in the order the generator hands them to publishers."""
    return [
        kingside_style(), shakhvestnik_style(), weserbergland_style(), crosswordroom_style(),
        bridgevallei_style(), farodeponiente_style(), sakkhirado_style(),
        chathurangaulagam_style(), slowmove_style(), harbourside_style(),
        hetwitteveld_style(), havellaender_style(),
    ]
