"""The ``held-back-111`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-109 set
(`tests.bench.heldout_templates_109`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are the local and regional press of Poland, Czechia, Slovakia,
Hungary and the Baltic states, large and small: a Polish regional daily in Poznan, a Czech
regional daily in Brno, a Slovak regional daily in Kosice, a Hungarian county daily in
Szeged, an Estonian county paper in Tartu, a Latvian regional paper in Liepaja, a Lithuanian
port-city paper in Klaipeda, a Russian-language paper in Narva, a Hungarian-language weekly
in southern Slovakia, a Polish-language weekly of the Vilnius region, a Rusyn monthly in
Presov written in Cyrillic and a small Kashubian and Polish association site in Kartuzy. The
families are the kinds a crawl of such sites holds: dates localised day by day in Polish,
Czech, Slovak, Hungarian, Estonian, Latvian, Lithuanian, Russian, Rusyn and Kashubian
(several changing form on the day of a redesign, one from the Lithuanian ISO form to the
Polish long date), lines that turn every day, every week, every month or on working days
(the Czech National Bank's euro rate on working days, Poznan's air quality, the Tisza's level
at Szeged, Tartu's sunrise and sunset, Latvian name days, the queue at the Narva border
crossing, a Kashubian word of the day, weekly print editions by their numbers, Klaipeda's
monthly heating price and a monthly's issue), the seasons of smog and heating, pollen,
beaches and bathing, mosquito control, paprika, ticks, ferries, school years and Christmas
markets, bylines and datelines of many shapes, section kickers, read-also links (some up to
two times), photo credits, sources naming agencies, a note in another language, fair-use,
reprint and copyright lines, registration numbers, a state-funding line, tax-share,
donation, membership, newsletter and social appeals, prices in zlotys, crowns, euros and
forints (several rising over the years), notices reworded in 2016-2020, notices that follow
the region's calendars (Polish, Czech, Slovak, Hungarian, Estonian, Latvian and Lithuanian
votes with their second rounds, a referendum, a Polish election that did not take place,
the closing of the Roszke crossing in 2015, the 2018 gatherings in Slovakia, Tartu's choice
as a capital of culture, the 2020 states of emergency, quarantines, curfews and mass testing,
national days, uprisings, revolutions and restorations with their counts, the Great
Orchestra's finals, Constitution Day, All Saints, St Martin's, Easter and Orthodox Easter,
Orthodox Christmas, Midsummer, Ligo and Jonines, Victory Day, the song festivals, Kaziuki, the
Brno Grand Prix, the Kosice marathon (run virtually in 2020), the Szeged flood's anniversary,
Rusyn language day and festival, Kashubian Unity Day, events called off in 2020), multi-line
blocks, mid-body inserts, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
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

POLISH_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia")
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")
CZECH_MONTHS = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
                "září", "října", "listopadu", "prosince")
CZECH_WEEKDAYS = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
SLOVAK_MONTHS = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
                 "septembra", "októbra", "novembra", "decembra")
SLOVAK_WEEKDAYS = ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa")
HUNGARIAN_MONTHS = ("január", "február", "március", "április", "május", "június", "július",
                    "augusztus", "szeptember", "október", "november", "december")
HUNGARIAN_WEEKDAYS = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat",
                      "vasárnap")
ESTONIAN_MONTHS = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli",
                   "august", "september", "oktoober", "november", "detsember")
ESTONIAN_WEEKDAYS = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev",
                     "pühapäev")
LATVIAN_MONTHS = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
                  "augusts", "septembris", "oktobris", "novembris", "decembris")
LATVIAN_WEEKDAYS = ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena",
                    "sestdiena", "svētdiena")
LITHUANIAN_MONTHS = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
                     "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio")
LITHUANIAN_WEEKDAYS = ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis",
                       "penktadienis", "šeštadienis", "sekmadienis")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
RUSSIAN_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье")
RUSYN_MONTHS = ("януара", "фебруара", "марца", "апріля", "мая", "юна", "юла", "авґуста",
                "септембра", "октобра", "новембра", "децембра")
RUSYN_WEEKDAYS = ("понедїлок", "вівторок", "середа", "четверь", "пятніця", "субота",
                  "недїля")
KASHUBIAN_MONTHS = ("stëcznika", "gromicznika", "strëmiannika", "łżëkwiôta", "môja",
                    "czerwińca", "lëpinca", "zélnika", "séwnika", "rujana", "lëstopadnika",
                    "gòdnika")
KASHUBIAN_WEEKDAYS = ("pòniedzôłk", "wtórk", "strzoda", "czwiôrtk", "piątk", "sobòta",
                      "niedzela")


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """How many `weekday`s have passed from the first one of the set's period to `day`'s
    latest one (0 in the first week)."""
    return (latest(day, weekday) - latest(FIRST_DAY + dt.timedelta(days=6), weekday)).days // 7


def number_in_year(day: dt.date) -> int:
    """The number in its year of a weekly issue out on `day` (the year's first issue is 1)."""
    return (day.timetuple().tm_yday - 1) // 7 + 1


def months_since(day: dt.date) -> int:
    """Whole months from January 2015 to `day`'s month (0 in January 2015)."""
    return (day.year - 2015) * 12 + day.month - 1


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it at a weekend (a rate fixed on working days holds)."""
    return day if day.weekday() < 5 else day - dt.timedelta(days=day.weekday() - 4)


def seasonal(day: dt.date, peak_day: int) -> float:
    """From -1 to 1 over the year, 1 on day of the year `peak_day`."""
    return math.cos(2 * math.pi * (day.timetuple().tm_yday - peak_day) / 365.25)


def comma(value: float, places: int) -> str:
    """`value` with `places` decimals and a decimal comma, as the region prints numbers."""
    return f"{value:.{places}f}".replace(".", ",")


# --- a Polish regional daily (Poznan, Greater Poland) ----------------------------------------

PL_REDESIGN = dt.date(2018, 11, 11)  # relaunched on Independence Day's centenary
PL_NEWSLETTER = dt.date(2019, 9, 2)
PL_DIGITAL = dt.date(2019, 3, 4)

WOSP = {2015: "2015-01-11", 2016: "2016-01-10", 2017: "2017-01-15", 2018: "2018-01-14",
        2019: "2019-01-13", 2020: "2020-01-12"}  # the Great Orchestra's finals
AIR_INDEX = ((20, "bardzo dobra"), (50, "dobra"), (80, "umiarkowana"), (110, "dostateczna"),
             (150, "zła"))


def pm10(day: dt.date) -> int:
    """Poznan's made-up daily mean of PM10 on `day` (µg/m³): highest in the heating season."""
    return max(8, round(34 + 24 * seasonal(day, 20)) + hashed(day, "pm10", -15, 35))


def air_quality(value: int) -> str:
    """The Polish air quality index's word for a PM10 daily mean."""
    return next((name for limit, name in AIR_INDEX if value <= limit), "bardzo zła")


def _pl_air(day: dt.date) -> str:
    value = pm10(day)
    return (f"🌫️ Jakość powietrza w Poznaniu {day.day:02d}.{day.month:02d}: "
            f"{air_quality(value)} (PM10 {value} µg/m³)")


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"{POLISH_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
            f"{POLISH_MONTHS[day.month - 1]} {day.year}, {{time}}")


def _pl_independence(y: int) -> str:
    if y == 2018:
        return "🇵🇱 100-lecie odzyskania niepodległości: obchody w Poznaniu i Imieniny Ulicy"
    if y == 2020:
        return "🇵🇱 102. rocznica odzyskania niepodległości: w tym roku obchody bez zgromadzeń"
    return f"🇵🇱 {y - 1918}. rocznica odzyskania niepodległości: obchody i Imieniny Ulicy"


def _pl_notice() -> Wordings:
    base = _steps((_OLD, "Polub nas na Facebooku i bądź na bieżąco z wiadomościami z regionu"),
                  (PL_NEWSLETTER.isoformat(), "📩 Zapisz się na newsletter: najważniejsze "
                                              "wiadomości z Wielkopolski codziennie o 7:00"))
    news: list[Event] = [
        _vote("2015-05-10", "🗳️ Wybory prezydenckie: sprawdź, gdzie głosujesz", before=5,
              after=0),
        _vote("2015-05-24", "🗳️ Druga tura wyborów prezydenckich: lokale otwarte od 7 do 21",
              before=5, after=0),
        _vote("2015-10-25", "🗳️ Wybory parlamentarne: wyniki z wielkopolskich okręgów na "
                            "bieżąco", before=5, after=1),
        _vote("2018-10-21", "🗳️ Wybory samorządowe: kandydaci na prezydenta Poznania i do "
                            "rady miasta", before=6, after=1),
        _vote("2018-11-04", "🗳️ Druga tura wyborów samorządowych: sprawdź, gdzie głosujesz",
              before=4, after=0),
        _vote("2019-05-26", "🗳️ Wybory do Parlamentu Europejskiego: lokale otwarte od 7 do 21",
              before=5, after=0),
        _vote("2019-10-13", "🗳️ Wybory do Sejmu i Senatu: wyniki z wielkopolskich okręgów na "
                            "bieżąco", before=5, after=1),
        _span("2020-05-07", "2020-05-10", "🗳️ Wybory prezydenckie 10 maja się nie odbędą: "
                                          "nowy termin jeszcze nieznany"),
        _span("2020-03-12", "2020-05-17", "🦠 Koronawirus w Wielkopolsce: najważniejsze "
                                          "komunikaty na bieżąco"),
        _vote("2020-06-28", "🗳️ Wybory prezydenckie: zabierz do lokalu maseczkę i własny "
                            "długopis", before=5, after=0),
        _vote("2020-07-12", "🗳️ Druga tura wyborów prezydenckich: lokale otwarte od 7 do 21",
              before=5, after=0),
        _span("2020-10-24", "2021-01-31", "🦠 Cała Polska w czerwonej strefie: sprawdź "
                                          "aktualne obostrzenia"),
    ]
    feasts = _movable(_listed(WOSP), 5, 0, lambda y: f"❤️ {y - 1992}. Finał WOŚP: gdzie "
                                                     f"spotkać wolontariuszy w Poznaniu")
    feasts += _yearly("05-03", 1, 0, lambda y: f"🇵🇱 {y - 1791}. rocznica uchwalenia "
                                               f"Konstytucji 3 Maja")
    feasts += _movable(easter, 3, 1, lambda _: "🐣 Wielkanoc: jak kursują tramwaje i "
                                               "autobusy w święta")
    feasts += _yearly("11-01", 3, 0, lambda _: "🕯️ Wszystkich Świętych: dodatkowe linie do "
                                               "cmentarzy i zmiany w ruchu")
    independence = _yearly("11-11", 1, 0, _pl_independence)
    return _calendar(base, independence, news, feasts)  # 2020's breaks into the red zone


def poznan_style() -> PublisherStyle:
    """A Polish regional daily (Poznan): a section kicker, a dotted date with the time turned
    the weekday, the long date and the time on Independence Day's centenary 2018 (a wording
    per day), "Autor:" turned with the paper's name, a town's dateline, "Czytaj także:" (up
    to twice), a photo credit from a pool, an advert's label mid-body, the sources, Poznan's
    air quality every day, the seasons of skating, pollen, bathing and heating, a social line
    turned a newsletter and turned by nine votes, the election that did not take place and
    two pandemic terms, the Great Orchestra's final, Constitution Day and Independence Day
    with their counts, Easter and All Saints, a subscription price rising turned a digital
    one, the newsroom's address, a rights line and a reuse ban (a block), a rare
    correction."""
    return PublisherStyle(
        domain="glosnadwarcia.pl", site="Głos Nadwarciański", base_size=245,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("poznan", "wielkopolska", "kraj", "sport", "kultura", "biznes"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{slug},{n}",
        pools={
            "dzial": ("Poznań", "Wielkopolska", "Kraj", "Sport", "Kultura", "Biznes",
                      "Motoryzacja"),
            "miasto": ("Gniezno", "Konin", "Leszno", "Kalisz", "Piła", "Ostrów Wielkopolski",
                       "Września", "Śrem"),
            "fot": ("Głos Nadwarciański", "archiwum", "UM Poznań", "KWP w Poznaniu",
                    "materiały prasowe", "PAP"),
            "zrodlo": ("PAP", "UM Poznań", "KWP w Poznaniu", "IMGW", "GIOŚ"),
        },
        families=(
            _f("dzial", HEADER, 0.45, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_pl_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (PL_REDESIGN.isoformat(), "{author} | Głos Nadwarciański")),
            _f("miasto", HEADER, 0.2, (_OLD, "{miasto} –")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("fot", MIDDLE, 0.25, (_OLD, "Fot. {fot}")),
            _f("reklama", MIDDLE, 0.08, (_OLD, "REKLAMA")),
            _f("zrodlo", FOOTER, 0.15, (_OLD, "Źródło: {zrodlo_list}")),
            _f("powietrze", FOOTER, 0.2, *_by_day(_pl_air)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("01-05", "⛸️ Zima w mieście: lodowiska czynne codziennie od 9 do 21"),
                ("04-10", "🌼 Sezon pylenia brzozy i traw: alergicy, miejcie leki pod ręką"),
                ("06-20", "☀️ Lato nad Maltą i Rusałką: kąpieliska strzeżone od 10 do 18"),
                ("10-15", "🔥 Sezon grzewczy: nie pal śmieci w piecu, grozi za to mandat"))),
            _f("komunikat", FOOTER, 0.3, *_pl_notice()),
            _f("prenumerata", FOOTER, 0.15, (_OLD, "Prenumerata wydania papierowego: 39,90 zł "
                                                   "miesięcznie"),
               ("2017-01-02", "Prenumerata wydania papierowego: 44,90 zł miesięcznie"),
               (PL_DIGITAL.isoformat(), "Dostęp cyfrowy do wszystkich artykułów: 19,99 zł "
                                        "miesięcznie, pierwszy miesiąc za 1 zł")),
            _f("redakcja", FOOTER, 0.3, (_OLD, "Masz temat? Napisz do nas: "
                                               "redakcja@glosnadwarcia.pl")),
            _f("prawa", FOOTER, 0.4, (_OLD, "© {year} Głos Nadwarciański. Wszelkie prawa "
                                            "zastrzeżone.")),
            _f("zakaz", FOOTER, 0.2, (_OLD, "Kopiowanie i rozpowszechnianie materiałów bez "
                                            "zgody wydawcy jest zabronione.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędną datę sesji rady "
                                                    "miasta.")),
        ),
    )


# --- a Czech regional daily (Brno, South Moravia) --------------------------------------------

CZ_REDESIGN = dt.date(2018, 10, 28)  # relaunched on the republic's centenary
CZ_PODCAST = dt.date(2019, 9, 2)
FLOOR_END = dt.date(2017, 4, 6)  # the central bank let the crown go

# The crown per euro, roughly as it went: the floor at 27 until April 2017, the crown's rise,
# the jump of March 2020 and the way back.
EUR_KNOTS = (("2015-01-01", 27.70), ("2015-06-01", 27.30), ("2016-01-01", 27.03),
             ("2017-04-05", 27.03), ("2017-06-30", 26.30), ("2017-12-31", 25.55),
             ("2018-02-15", 25.30), ("2018-07-01", 25.90), ("2019-01-01", 25.70),
             ("2019-12-31", 25.40), ("2020-03-01", 25.40), ("2020-03-23", 27.60),
             ("2020-05-01", 27.20), ("2020-08-01", 26.20), ("2020-10-15", 27.20),
             ("2020-12-31", 26.20))
GP_BRNO = {2015: "2015-08-16", 2016: "2016-08-21", 2017: "2017-08-06", 2018: "2018-08-05",
           2019: "2019-08-04", 2020: "2020-08-09"}


def along(day: dt.date, knots: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `knots` ((ISO day, value), ...), flat
    before the first and after the last."""
    iso = day.isoformat()
    if iso <= knots[0][0]:
        return knots[0][1]
    for (a, va), (b, vb) in zip(knots, knots[1:], strict=False):
        if iso <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return knots[-1][1]


def czk_rate(day: dt.date) -> float:
    """The made-up central bank rate (crowns to the euro) of `day`'s working day, never under
    the floor while it held."""
    work = working_day(day)
    rate = along(work, EUR_KNOTS) + hashed(work, "czk", -60, 60) / 1000
    return round(max(rate, 27.02) if work < FLOOR_END else rate, 3)


def _cz_rate(day: dt.date) -> str:
    work = working_day(day)
    return (f"💶 Kurz ČNB k {work.day}. {work.month}. {work.year}: 1 EUR = "
            f"{comma(czk_rate(day), 3)} Kč")


def _cz_dated(day: dt.date) -> str:
    if day < CZ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"{CZECH_WEEKDAYS[day.weekday()]} {day.day}. {CZECH_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}}")


def _cz_grand_prix(y: int) -> str:
    if y == 2020:
        return "🏍️ Velká cena v Brně se letos jede bez diváků, okruh je pro veřejnost uzavřen"
    return f"🏍️ Velká cena {y} v Brně: objížďky a posílené spoje na Masarykův okruh"


def _cz_notice() -> Wordings:
    base = _steps((_OLD, "Sledujte nás na Facebooku a Twitteru"),
                  (CZ_PODCAST.isoformat(), "🎧 Poslechněte si náš podcast Brno za pět minut, "
                                           "každý všední den ráno"))
    news: list[Event] = [
        _vote("2017-10-21", "🗳️ Volby do Poslanecké sněmovny: volební místnosti jsou otevřeny "
                            "v pátek od 14 do 22 a v sobotu od 8 do 14", before=5, after=0),
        _vote("2018-01-13", "🗳️ Volba prezidenta: kde a jak volit v Brně", before=5, after=0),
        _vote("2018-01-27", "🗳️ Druhé kolo volby prezidenta: výsledky sledujte u nás",
              before=5, after=0),
        _vote("2018-10-06", "🗳️ Komunální a senátní volby: kandidátky pro Brno a okolí",
              before=5, after=0),
        _vote("2019-05-25", "🗳️ Volby do Evropského parlamentu: volit můžete v pátek a v "
                            "sobotu", before=4, after=0),
        _vote("2020-10-03", "🗳️ Krajské volby: lidé v karanténě mohou volit z auta",
              before=5, after=0),
        _span("2020-03-12", "2020-05-17", "🦠 Nouzový stav: aktuální opatření v "
                                          "Jihomoravském kraji"),
        _span("2020-10-05", "2021-01-31", "🦠 Znovu nouzový stav: zavřené školy a omezený "
                                          "provoz obchodů"),
    ]
    feasts = _movable(_listed(GP_BRNO), 3, 0, _cz_grand_prix)
    feasts += _movable(easter, 2, 1, lambda _: "🐣 Velikonoce: jak pojedou tramvaje a "
                                               "autobusy o svátcích")
    feasts += _yearly("10-28", 1, 0, lambda y: f"🇨🇿 Den vzniku samostatného "
                                               f"československého státu: {y - 1918} let")
    feasts += _yearly("11-17", 1, 0, lambda y: f"🕯️ Den boje za svobodu a demokracii: "
                                               f"{y - 1989} let od sametové revoluce")
    return _calendar(base, news, feasts)


def brno_style() -> PublisherStyle:
    """A Czech regional daily (Brno): a section kicker, a dotted date with the time turned
    the weekday, the long date and the time on the republic's centenary 2018 (a wording per
    day), the author's name turned "Autor:" with the paper's name, "Přečtěte si také:" (up
    to twice), a photo credit and a source from pools, the central bank's euro rate on
    working days, the seasons of shared bikes, bathing, school and Christmas markets, a
    social line turned a podcast and turned by six votes and two states of emergency, the
    Grand Prix (without spectators in 2020), Easter, the founding day and the revolution
    with their counts, a subscription price rising, the newsroom, a rights line and a reuse
    ban (a block), a rare correction."""
    return PublisherStyle(
        domain="jmvecernik.cz", site="Jihomoravský večerník", base_size=215,
        subdomains=(("www.", 90), ("", 10)),
        sections=("brno", "jizni-morava", "zpravy", "sport", "kultura", "ekonomika"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrika": ("Brno", "Jižní Morava", "Zprávy", "Sport", "Kultura", "Ekonomika",
                        "Krimi"),
            "foto": ("ČTK", "Jihomoravský večerník", "Magistrát města Brna", "Policie ČR",
                     "archiv redakce"),
            "zdroj": ("ČTK", "Magistrát města Brna", "Jihomoravský kraj", "ČHMÚ",
                      "Policie ČR"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_cz_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "{author}"),
               (CZ_REDESIGN.isoformat(), "Autor: {author} | Jihomoravský večerník")),
            _f("prectete", MIDDLE, 0.35, (_OLD, "Přečtěte si také: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("zdroj", FOOTER, 0.15, (_OLD, "Zdroj: {zdroj_list}")),
            _f("kurz", FOOTER, 0.2, *_by_day(_cz_rate)),
            _f("obdobi", FOOTER, 0.12, *_seasons(
                ("03-20", "🚲 Jaro: sdílená kola a koloběžky jsou zpět v ulicích"),
                ("06-15", "🏊 Koupaliště a přehrada: kde je voda čistá a kde se raději "
                          "nekoupat"),
                ("09-01", "🎒 Nový školní rok: změny v dopravě kolem škol"),
                ("11-25", "🎄 Vánoční trhy na náměstí Svobody a na Zelném trhu: program a "
                          "otevírací doba"))),
            _f("upozorneni", FOOTER, 0.3, *_cz_notice()),
            _f("predplatne", FOOTER, 0.15, (_OLD, "Předplatné tištěného vydání: 249 Kč "
                                                  "měsíčně"),
               ("2018-01-02", "Předplatné tištěného vydání: 279 Kč měsíčně"),
               ("2020-01-02", "Digitální předplatné 99 Kč měsíčně, tištěné vydání 299 Kč")),
            _f("redakce", FOOTER, 0.3, (_OLD, "Tip na článek? Pište na redakce@jmvecernik.cz")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Jihomoravský večerník")),
            _f("zakaz", FOOTER, 0.25, (_OLD, "Publikování nebo další šíření obsahu je bez "
                                             "písemného souhlasu vydavatele zakázáno.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: V článku jsme původně uvedli chybné "
                                              "jméno starosty městské části.")),
        ),
    )


# --- a Slovak regional daily (Kosice) --------------------------------------------------------

SK_REDESIGN = dt.date(2017, 9, 1)  # relaunched on Constitution Day
SK_NEWSLETTER = dt.date(2019, 1, 7)
SK_TAX_SHARE = dt.date(2018, 1, 15)


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{day.day}. {day.month}. {day.year} {{time}}"
    return (f"{SLOVAK_WEEKDAYS[day.weekday()].capitalize()}, {day.day}. "
            f"{SLOVAK_MONTHS[day.month - 1]} {day.year}")


def sk_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly print edition out on `day`: its number in the year and its day (a
    Tuesday)."""
    tuesday = latest(day, 1)
    return number_in_year(tuesday), tuesday


def _sk_weekly(day: dt.date) -> str:
    number, tuesday = sk_issue(day)
    return (f"📰 Týždenník č. {number}/{tuesday.year} je v predaji od utorka {tuesday.day}. "
            f"{tuesday.month}.")


def _sk_marathon(y: int) -> str:
    if y == 2020:
        return "🏃 97. Medzinárodný maratón mieru sa tento rok beží virtuálne"
    return f"🏃 {y - 1923}. Medzinárodný maratón mieru: uzávierky ciest v nedeľu"


def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Sledujte nás na Facebooku a Instagrame"),
                  (SK_NEWSLETTER.isoformat(), "📩 Prihláste sa na odber newslettera: správy z "
                                              "východu každý piatok"))
    news: list[Event] = [
        _vote("2016-03-05", "🗳️ Parlamentné voľby: volebné miestnosti sú otvorené od 7:00 do "
                            "22:00", before=5, after=0),
        _vote("2017-11-04", "🗳️ Voľby do VÚC: kto kandiduje na predsedu Košického kraja",
              before=5, after=0),
        _span("2018-03-02", "2018-03-16", "🕯️ Zhromaždenia Za slušné Slovensko: kedy a kde sa "
                                          "stretnú Košičania"),
        _vote("2018-11-10", "🗳️ Komunálne voľby: kandidáti na primátora a do mestských "
                            "častí", before=5, after=0),
        _vote("2019-03-16", "🗳️ Prezidentské voľby, 1. kolo: nájdite si svoju volebnú "
                            "miestnosť", before=5, after=0),
        _vote("2019-03-30", "🗳️ Prezidentské voľby, 2. kolo: volebné miestnosti sú otvorené "
                            "od 7:00 do 22:00", before=5, after=0),
        _vote("2019-05-25", "🗳️ Eurovoľby: voliť môžete v sobotu od 7:00 do 22:00", before=4,
              after=0),
        _vote("2020-02-29", "🗳️ Parlamentné voľby: výsledky zo všetkých okresov východu",
              before=5, after=1),
        _span("2020-03-16", "2020-06-14", "🦠 Núdzový stav: aktuálne opatrenia v Košickom "
                                          "kraji"),
        _span("2020-10-30", "2020-11-01", "🧪 Celoplošné testovanie: zoznam odberných miest v "
                                          "Košiciach"),
        _span("2020-11-02", "2021-01-31", "🦠 Obmedzenie pohybu: výnimky a aktuálne "
                                          "pravidlá"),
    ]
    feasts = _yearly("01-01", 0, 0, lambda y: f"🇸🇰 Deň vzniku Slovenskej republiky: "
                                              f"{y - 1993}. výročie")
    feasts += _yearly("08-29", 1, 0, lambda y: f"🇸🇰 {y - 1944}. výročie Slovenského "
                                               f"národného povstania")
    feasts += _movable(lambda y: nth_weekday(y, 10, 6, 1), 3, 0, _sk_marathon)
    return _calendar(base, news, feasts)


def kosice_style() -> PublisherStyle:
    """A Slovak regional daily (Kosice): a section kicker, a spaced date with the time turned
    the weekday and the long date on Constitution Day 2017 (a wording per day), "Autor:"
    turned with the reporter's title, a town's dateline in capitals, "Prečítajte si aj:" (up
    to twice), a photo credit and a source from pools, the weekly print edition's number
    turning on Tuesdays, the seasons of cycling, bathing and Christmas markets, a social line
    turned a newsletter and turned by eight votes, the 2018 gatherings, the emergency, the
    mass testing and the curfew, the republic's day, the uprising with its count and the
    marathon (virtual in 2020), a support line turned a tax-share appeal, a subscription
    price rising, the newsroom, a rights line and a reuse ban (a block), a rare update
    note."""
    return PublisherStyle(
        domain="vychodniar.sk", site="Východniar", base_size=195,
        subdomains=(("www.", 80), ("kosice.", 20)),
        sections=("kosice", "vychod", "slovensko", "sport", "kultura", "krimi"),
        n_authors=7, url_path="/{section}/{n}/{slug}",
        pools={
            "rubrika": ("Košice", "Východ", "Prešov", "Slovensko", "Šport", "Kultúra",
                        "Krimi"),
            "obec": ("MICHALOVCE", "SPIŠSKÁ NOVÁ VES", "ROŽŇAVA", "TREBIŠOV", "BARDEJOV",
                     "HUMENNÉ", "MOLDAVA NAD BODVOU"),
            "foto": ("TASR", "Východniar", "archív", "mesto Košice", "KR PZ Košice"),
            "zdroj": ("TASR", "SITA", "mesto Košice", "KR PZ Košice", "SHMÚ"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.8, *_by_day(_sk_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}"),
               (SK_REDESIGN.isoformat(), "{author}, redaktor")),
            _f("obec", HEADER, 0.2, (_OLD, "{obec}.")),
            _f("precitajte", MIDDLE, 0.3, (_OLD, "Prečítajte si aj: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("zdroj", FOOTER, 0.15, (_OLD, "Zdroj: {zdroj_list}")),
            _f("tyzdennik", FOOTER, 0.15, *_by_day(_sk_weekly)),
            _f("sezona", FOOTER, 0.12, *_seasons(
                ("03-21", "🚲 Cyklosezóna: mestské bicykle sú opäť k dispozícii"),
                ("06-20", "🏊 Kúpaliská v Košiciach: otváracie hodiny a vstupné"),
                ("11-25", "🎄 Vianočné trhy na Hlavnej ulici: program a otváracie hodiny"))),
            _f("oznam", FOOTER, 0.3, *_sk_notice()),
            _f("podpora", FOOTER, 0.12, (_OLD, "Podporte nezávislú regionálnu žurnalistiku."),
               (SK_TAX_SHARE.isoformat(), "💙 Poukážte nám 2 % z dane: tlačivo nájdete na "
                                          "našej stránke")),
            _f("predplatne", FOOTER, 0.15, (_OLD, "Predplatné tlačeného vydania: 6,90 € "
                                                  "mesačne"),
               ("2018-07-01", "Predplatné tlačeného vydania: 7,50 € mesačne"),
               ("2020-01-01", "Predplatné: tlačené vydanie 7,90 €, digitálne 2,99 € "
                              "mesačne")),
            _f("redakcia", FOOTER, 0.3, (_OLD, "Redakcia: Hlavná 0, 040 01 Košice, "
                                               "redakcia@vychodniar.sk")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Východniar. Všetky práva "
                                                "vyhradené.")),
            _f("reprodukcia", FOOTER, 0.2, (_OLD, "Akékoľvek použitie obsahu bez súhlasu "
                                                  "vydavateľa je zakázané.")),
            _f("doplnene", HEADER, 0.04, (_OLD, "Doplnené: Článok sme doplnili o vyjadrenie "
                                                "hovorcu mesta.")),
        ),
    )


# --- a Hungarian county daily (Szeged) --------------------------------------------------------

HU_REDESIGN = dt.date(2018, 3, 15)  # relaunched on the national day
HU_NEWSLETTER = dt.date(2019, 2, 4)


def tisza_level(day: dt.date) -> int:
    """The Tisza's made-up level at Szeged on `day` (cm on the gauge): high in the spring
    floods, low in the late-summer drought."""
    return round(180 + 260 * seasonal(day, 100)) + hashed(day, "tisza", -30, 30)


def _hu_tisza(day: dt.date) -> str:
    suffix = "jei" if day.day == 1 else "i"  # "június 1-jei", "június 21-i"
    return (f"🌊 A Tisza vízállása Szegednél {HUNGARIAN_MONTHS[day.month - 1]} {day.day}-"
            f"{suffix} mérés szerint: {tisza_level(day)} cm")


def _hu_dated(day: dt.date) -> str:
    if day < HU_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}. {{time}}"
    return (f"{day.year}. {HUNGARIAN_MONTHS[day.month - 1]} {day.day}., "
            f"{HUNGARIAN_WEEKDAYS[day.weekday()]}")


def _hu_national(y: int) -> str:
    if y == 2020:
        return "🇭🇺 Március 15.: idén elmaradnak a nyilvános ünnepségek"
    return f"🇭🇺 Március 15.: {y - 1848} éve tört ki a forradalom és szabadságharc"


def _hu_notice() -> Wordings:
    base = _steps((_OLD, "Kövessen minket a Facebookon is!"),
                  (HU_NEWSLETTER.isoformat(), "📩 Iratkozzon fel hírlevelünkre: a nap "
                                              "legfontosabb szegedi hírei minden este"))
    news: list[Event] = [
        _span("2015-09-14", "2015-09-20", "🚧 Lezárták a röszkei határátkelőt: kerülőutak és "
                                          "várakozási idők"),
        _vote("2016-10-02", "🗳️ Népszavazás vasárnap: a szavazókörök 6 és 19 óra között "
                            "vannak nyitva", before=5, after=0),
        _vote("2018-04-08", "🗳️ Országgyűlési választás: szegedi eredmények körzetenként",
              before=5, after=1),
        _vote("2019-05-26", "🗳️ Európai parlamenti választás: itt szavazhat Szegeden",
              before=5, after=0),
        _vote("2019-10-13", "🗳️ Önkormányzati választás: polgármesterjelöltek és körzeti "
                            "eredmények", before=5, after=1),
        _span("2020-03-16", "2020-06-17", "🦠 Veszélyhelyzet: a legfontosabb tudnivalók a "
                                          "megyében"),
        _span("2020-11-11", "2021-01-31", "🌙 Kijárási tilalom este 8 és reggel 5 óra között: "
                                          "kivételek és szabályok"),
    ]
    feasts = _yearly("03-12", 0, 0, lambda y: f"🌊 {y - 1879} éve pusztította el Szegedet a "
                                              f"nagy árvíz")
    feasts += _yearly("03-15", 1, 0, _hu_national)
    feasts += _yearly("08-20", 1, 0, lambda _: "🎆 Augusztus 20.: tűzijáték a Tisza-parton, "
                                               "lezárások a belvárosban")
    feasts += _yearly("10-23", 1, 0, lambda y: f"🇭🇺 Október 23.: {y - 1956} éve tört ki az "
                                               f"1956-os forradalom")
    return _calendar(base, news, feasts)


def szeged_style() -> PublisherStyle:
    """A Hungarian county daily (Szeged): a section kicker, a dotted date with the time turned
    the long date and the weekday on the national day 2018 (a wording per day), "Szerző:"
    turned with the paper's name, "Ez is érdekelheti:" (up to twice), a photo credit, a
    source from a pool, the Tisza's level at Szeged every day, the seasons of skating,
    mosquito control, the open-air festival and paprika, a social line turned a newsletter
    and turned by the closed border crossing of 2015, a referendum, three votes, the state of
    danger and the curfew, the flood's anniversary, 15 March (without ceremonies in 2020), 20
    August and 23 October with their counts, a subscription price rising, the publisher, a
    rights line and a reuse ban (a block), a rare correction."""
    return PublisherStyle(
        domain="tiszamentinaplo.hu", site="Tiszamenti Napló", base_size=170,
        subdomains=(("www.", 100),),
        sections=("szeged", "megye", "belfold", "sport", "kultura", "gazdasag"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rovat": ("Szeged", "Megye", "Belföld", "Sport", "Kultúra", "Gazdaság",
                      "Bulvár"),
            "forras": ("MTI", "szeged.hu", "police.hu", "OVF", "katasztrófavédelem"),
        },
        families=(
            _f("rovat", HEADER, 0.4, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.8, *_by_day(_hu_dated)),
            _f("szerzo", HEADER, 0.5, (_OLD, "Szerző: {author}"),
               (HU_REDESIGN.isoformat(), "{author} | Tiszamenti Napló")),
            _f("erdekelheti", MIDDLE, 0.3, (_OLD, "Ez is érdekelheti: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotó: {author2}")),
            _f("forras", FOOTER, 0.15, (_OLD, "Forrás: {forras_list}")),
            _f("vizallas", FOOTER, 0.2, *_by_day(_hu_tisza)),
            _f("evszak", FOOTER, 0.12, *_seasons(
                ("01-05", "⛸️ Téli programok: korcsolyapálya a belvárosban minden nap"),
                ("05-20", "🦟 Szúnyoggyérítés a Tisza mentén: a méhészek zárják be a "
                          "kaptárakat"),
                ("07-01", "🎭 Szabadtéri Játékok a Dóm téren: jegyek és forgalmi változások"),
                ("09-01", "🌶️ Paprikaszezon: friss szegedi paprika a Mars téri piacon"))),
            _f("figyelem", FOOTER, 0.3, *_hu_notice()),
            _f("elofizetes", FOOTER, 0.15, (_OLD, "Előfizetés: 2990 Ft/hó"),
               ("2017-01-01", "Előfizetés: 3290 Ft/hó"),
               ("2019-07-01", "Nyomtatott és digitális előfizetés: 3690 Ft/hó, csak digitális: "
                              "1490 Ft/hó")),
            _f("kiado", FOOTER, 0.3, (_OLD, "Kiadja a Tiszamenti Lapkiadó Kft., Szeged")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tiszamenti Napló – Minden jog "
                                                "fenntartva.")),
            _f("felhasznalas", FOOTER, 0.2, (_OLD, "A honlapon megjelenő tartalmak a kiadó "
                                                   "engedélye nélkül nem használhatók fel.")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: cikkünk korábbi változatában "
                                                   "tévesen szerepelt a kórházi osztály "
                                                   "neve.")),
        ),
    )


# --- an Estonian county paper (Tartu) ---------------------------------------------------------

EE_REDESIGN = dt.date(2018, 2, 24)  # relaunched on the republic's centenary
EE_NEWSLETTER = dt.date(2019, 9, 16)
TARTU = (58.38, 26.72)  # latitude and longitude


def summer_time(day: dt.date) -> bool:
    """Whether `day` falls in European summer time (last Sunday of March to the last Sunday
    of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def sun_times(day: dt.date) -> tuple[str, str]:
    """Sunrise and sunset in Tartu on `day`, local time (a simple solar formula)."""
    n = day.timetuple().tm_yday
    declination = math.radians(23.44) * math.sin(2 * math.pi * (284 + n) / 365)
    lat = math.radians(TARTU[0])
    cos_h = ((math.sin(math.radians(-0.833)) - math.sin(lat) * math.sin(declination))
             / (math.cos(lat) * math.cos(declination)))
    half_day = 4 * math.degrees(math.acos(cos_h))  # minutes
    b = 2 * math.pi * (n - 81) / 364
    equation = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)
    noon = 720 - 4 * TARTU[1] - equation + (180 if summer_time(day) else 120)
    return tuple(f"{m // 60:02d}:{m % 60:02d}"  # type: ignore[return-value]
                 for m in (round(noon - half_day), round(noon + half_day)))


def _ee_sun(day: dt.date) -> str:
    rise, sunset = sun_times(day)
    return (f"🌅 Täna, {day.day}. {ESTONIAN_MONTHS[day.month - 1]}: päike tõuseb Tartus kell "
            f"{rise} ja loojub kell {sunset}")


def _ee_dated(day: dt.date) -> str:
    if day < EE_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"{ESTONIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day}. "
            f"{ESTONIAN_MONTHS[day.month - 1]} {day.year}")


def _ee_notice() -> Wordings:
    base = _steps((_OLD, "Meeldi meile Facebookis ja saa uudised esimesena"),
                  (EE_NEWSLETTER.isoformat(), "📩 Telli meie uudiskiri: Tartu ja Tartumaa "
                                              "uudised igal hommikul"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Riigikogu valimised: eelhääletamine ja jaoskonnad Tartus",
              before=4, after=0),
        _vote("2017-10-15", "🗳️ Kohalikud valimised: kandidaadid Tartus ja Tartumaa "
                            "valdades", before=6, after=0),
        _vote("2019-03-03", "🗳️ Riigikogu valimised: tulemused Tartu- ja Jõgevamaal",
              before=6, after=1),
        _vote("2019-05-26", "🗳️ Euroopa Parlamendi valimised: kus saab Tartus hääletada",
              before=6, after=0),
        _span("2019-07-01", "2019-07-07", "🎶 XXVII laulupidu: lisabussid ja -rongid Tartust "
                                          "Tallinna"),
        _span("2019-08-28", "2019-09-08", "🎉 Tartu on 2024. aasta Euroopa kultuuripealinn"),
        _span("2020-03-12", "2020-05-17", "🦠 Eriolukord: kehtivad piirangud ja abi saamise "
                                          "võimalused"),
    ]
    feasts = _yearly("02-24", 1, 0, lambda y: f"🇪🇪 Eesti Vabariik {y - 1918}: head "
                                              f"iseseisvuspäeva!")
    feasts += _yearly("06-23", 1, 1, lambda _: "🔥 Head jaanipäeva! Jaanituled Tartus ja "
                                               "Tartumaal")
    feasts += _yearly("12-24", 2, 2, lambda _: "🎄 Häid jõule! Pühade ajal ilmub leht "
                                               "tavapärasest erineval ajal")
    return _calendar(base, news, feasts)


def tartu_style() -> PublisherStyle:
    """An Estonian county paper (Tartu): a section kicker, a dotted date with the time turned
    the weekday and the long date on the republic's centenary 2018 (a wording per day), the
    author's name turned with "ajakirjanik", "Loe ka:" (up to twice), a photo credit, a source
    from a pool, Tartu's sunrise and sunset every day, the seasons of cycling, the beach,
    school and snow, a social line turned a newsletter and turned by four votes, the song
    festival, the capital of culture and the emergency, Independence Day with its count,
    Midsummer and Christmas, a subscription price rising, the newsroom, a rights line and a
    reuse line (a block), a rare correction."""
    return PublisherStyle(
        domain="emajoesonumid.ee", site="Emajõe Sõnumid", base_size=150,
        subdomains=(("www.", 70), ("", 30)),
        sections=("tartu", "tartumaa", "eesti", "sport", "kultuur", "arvamus"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubriik": ("Tartu", "Tartumaa", "Eesti", "Sport", "Kultuur", "Majandus",
                        "Arvamus"),
            "allikas": ("ERR", "BNS", "Tartu linnavalitsus", "politsei- ja piirivalveamet",
                        "keskkonnaagentuur"),
        },
        families=(
            _f("rubriik", HEADER, 0.4, (_OLD, "{rubriik}")),
            _f("kuupaev", HEADER, 0.75, *_by_day(_ee_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "{author}"),
               (EE_REDESIGN.isoformat(), "{author}, ajakirjanik")),
            _f("loe", MIDDLE, 0.3, (_OLD, "Loe ka: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("allikas", FOOTER, 0.15, (_OLD, "Allikas: {allikas_list}")),
            _f("paike", FOOTER, 0.2, *_by_day(_ee_sun)),
            _f("aastaaeg", FOOTER, 0.12, *_seasons(
                ("04-01", "🚲 Rattahooaeg algas: linnarattad on taas parklates"),
                ("06-01", "🏖️ Emajõe supelrand on avatud, vetelpäästjad valvavad 11–19"),
                ("09-01", "🎒 Uus õppeaasta: koolide ümbruses on liiklus tihedam"),
                ("11-20", "❄️ Talv: teata lumest puhastamata kõnniteedest linnavalitsusele"))),
            _f("teade", FOOTER, 0.3, *_ee_notice()),
            _f("tellimus", FOOTER, 0.15, (_OLD, "Tellimus: 12,50 € kuus"),
               ("2018-01-01", "Tellimus: 13,90 € kuus"),
               ("2020-01-01", "Paberleht koos digiga 15,90 € kuus, ainult digi 5,99 €")),
            _f("toimetus", FOOTER, 0.3, (_OLD, "Toimetus: toimetus@emajoesonumid.ee, "
                                               "tel 700 0000")),
            _f("oigused", FOOTER, 0.4, (_OLD, "© {year} Emajõe Sõnumid. Kõik õigused "
                                              "kaitstud.")),
            _f("kasutamine", FOOTER, 0.2, (_OLD, "Materjalide kasutamine on lubatud ainult "
                                                 "toimetuse loal.")),
            _f("parandus", HEADER, 0.04, (_OLD, "Parandus: artiklis oli algselt vale "
                                                "vallavanema nimi.")),
        ),
    )


# --- a Latvian regional paper (Liepaja, Kurzeme) ----------------------------------------------

LV_REDESIGN = dt.date(2018, 11, 18)  # relaunched on the republic's centenary
LV_NEWSLETTER = dt.date(2019, 5, 13)
LATVIAN_NAMES = ("Anna", "Jānis", "Līga", "Andris", "Ilze", "Pēteris", "Inese", "Mārtiņš",
                 "Kristīne", "Edgars", "Dace", "Aivars", "Zane", "Raimonds", "Laura", "Juris",
                 "Sandra", "Valdis", "Baiba", "Uldis", "Ieva", "Gatis", "Agnese", "Normunds",
                 "Santa", "Kaspars", "Solvita", "Artūrs", "Evija", "Ivars", "Rūta", "Guntis",
                 "Marta", "Aigars", "Elīna", "Dainis", "Madara", "Roberts", "Gunta", "Edijs",
                 "Vija")


def name_days(day: dt.date) -> tuple[str, str, str]:
    """The made-up names whose name day falls on `day`'s date (the same date each year)."""
    first = (day.month * 31 + day.day) * 3 % len(LATVIAN_NAMES)
    return tuple(LATVIAN_NAMES[(first + k) % len(LATVIAN_NAMES)]  # type: ignore[return-value]
                 for k in range(3))


def _lv_names(day: dt.date) -> str:
    return f"🎂 Vārda dienu šodien svin: {', '.join(name_days(day))}"


def _lv_dated(day: dt.date) -> str:
    if day < LV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}. {{time}}"
    return (f"{LATVIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.year}. gada {day.day}. "
            f"{LATVIAN_MONTHS[day.month - 1]}")


def _lv_notice() -> Wordings:
    base = _steps((_OLD, "Seko mums Facebook un Twitter!"),
                  (LV_NEWSLETTER.isoformat(), "📩 Piesakies jaunumiem e-pastā: svarīgākais no "
                                              "Liepājas un Dienvidkurzemes"))
    news: list[Event] = [
        _vote("2017-06-03", "🗳️ Pašvaldību vēlēšanas: kur balsot Liepājā un novados",
              before=5, after=0),
        _span("2018-06-30", "2018-07-08", "🎶 XXVI Vispārējie latviešu Dziesmu un XVI Deju "
                                          "svētki: tiešraides un autobusi uz Rīgu"),
        _vote("2018-10-06", "🗳️ 13. Saeimas vēlēšanas: iecirkņi atvērti no 7 līdz 22",
              before=5, after=1),
        _vote("2019-05-25", "🗳️ Eiropas Parlamenta vēlēšanas: kur balsot Liepājā", before=5,
              after=0),
        _span("2020-03-13", "2020-06-09", "🦠 Ārkārtējā situācija: aktuālie ierobežojumi "
                                          "Kurzemē"),
        _span("2020-11-09", "2021-01-31", "🦠 Atkal ārkārtējā situācija: kas atļauts un kas "
                                          "aizliegts"),
    ]
    feasts = _yearly("05-04", 1, 0, lambda y: f"🇱🇻 4. maijs: {y - 1990} gadi kopš "
                                              f"neatkarības atjaunošanas")
    feasts += _yearly("06-23", 1, 1, lambda _: "🌿 Līgo! Jāņu svinības Liepājā un novados")
    feasts += _yearly("11-18", 2, 0, lambda y: f"🇱🇻 Latvijai {y - 1918}! Svētku koncerti un "
                                               f"salūts Liepājā")
    return _calendar(base, news, feasts)


def liepaja_style() -> PublisherStyle:
    """A Latvian regional paper (Liepaja): a section kicker, a dotted date with the time
    turned the weekday, the year and the long date on the republic's centenary 2018 (a
    wording per day), "Autors:" turned with "žurnālists", "Lasi arī:" (up to twice), a photo
    credit, a source from a pool, the day's name days, the seasons of the beach, autumn and
    winter, a social line turned a newsletter and turned by three votes, the song and dance
    festival and two emergencies, the restoration of independence and the republic's
    birthday with their counts and Ligo, a subscription price rising, the newsroom, a rights
    line and a reprint line (a block), a rare correction."""
    return PublisherStyle(
        domain="dkvestis.lv", site="Dienvidkurzemes Vēstis", base_size=130,
        subdomains=(("www.", 100),),
        sections=("liepaja", "novadi", "latvija", "sports", "kultura", "viedokli"),
        n_authors=5, url_path="/{section}/{n}-{slug}",
        pools={
            "sadala": ("Liepāja", "Novadi", "Latvijā", "Sports", "Kultūra", "Ekonomika",
                       "Viedokļi"),
            "avots": ("LETA", "LSM", "Liepājas pilsētas dome", "Valsts policija", "VUGD"),
        },
        families=(
            _f("sadala", HEADER, 0.4, (_OLD, "{sadala}")),
            _f("datums", HEADER, 0.75, *_by_day(_lv_dated)),
            _f("autors", HEADER, 0.45, (_OLD, "Autors: {author}"),
               (LV_REDESIGN.isoformat(), "{author}, žurnālists")),
            _f("lasi", MIDDLE, 0.3, (_OLD, "Lasi arī: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("avots", FOOTER, 0.15, (_OLD, "Avots: {avots_list}")),
            _f("varda-dienas", HEADER, 0.2, *_by_day(_lv_names)),
            _f("gadalaiks", FOOTER, 0.12, *_seasons(
                ("06-01", "🏖️ Liepājas pludmalē darbojas glābēji, peldvietās plīvo Zilais "
                          "karogs"),
                ("09-15", "🍂 Rudens: pieteikšanās apkures sezonai daudzdzīvokļu mājās"),
                ("11-20", "❄️ Ziema: ziņo par netīrītām ietvēm un apledojumu"))),
            _f("pazinojums", FOOTER, 0.3, *_lv_notice()),
            _f("abonements", FOOTER, 0.15, (_OLD, "Abonē laikrakstu: 8,50 € mēnesī"),
               ("2018-01-01", "Abonē laikrakstu: 9,20 € mēnesī"),
               ("2020-01-01", "Abonē drukāto laikrakstu par 9,90 € mēnesī vai digitālo par "
                              "3,99 €")),
            _f("redakcija", FOOTER, 0.3, (_OLD, "Redakcija: tālr. 60000000, "
                                                "redakcija@dkvestis.lv")),
            _f("tiesibas", FOOTER, 0.4, (_OLD, "© {year} Dienvidkurzemes Vēstis. Visas "
                                               "tiesības aizsargātas.")),
            _f("parpublicesana", FOOTER, 0.2, (_OLD, "Pārpublicēšanas gadījumā atsauce uz "
                                                     "avotu obligāta.")),
            _f("labojums", HEADER, 0.04, (_OLD, "Labojums: rakstā sākotnēji bija norādīts "
                                                "nepareizs domes sēdes datums.")),
        ),
    )


# --- a Lithuanian port-city paper (Klaipeda) --------------------------------------------------

LT_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the state's centenary
LT_NEWSLETTER = dt.date(2019, 10, 1)


def heating_price(day: dt.date) -> float:
    """Klaipeda's made-up district heating price in `day`'s month (euro cents per kWh with
    VAT), set for a month at a time."""
    first = day.replace(day=1)
    return round(5.4 + 0.6 * math.sin(months_since(day) / 7) + hashed(first, "heat", -30, 30)
                 / 100, 2)


def _lt_heating(day: dt.date) -> str:
    return (f"🔥 Šilumos kaina Klaipėdoje {LITHUANIAN_MONTHS[day.month - 1]} mėn.: "
            f"{comma(heating_price(day), 2)} ct/kWh su PVM")


def _lt_dated(day: dt.date) -> str:
    if day < LT_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return (f"{day.year} m. {LITHUANIAN_MONTHS[day.month - 1]} {day.day} d., "
            f"{LITHUANIAN_WEEKDAYS[day.weekday()]}")


def _lt_notice() -> Wordings:
    base = _steps((_OLD, "Sekite mus „Facebook“ ir būkite pirmi, sužinoję naujienas"),
                  (LT_NEWSLETTER.isoformat(), "📩 Užsiprenumeruokite naujienlaiškį: "
                                              "svarbiausios uostamiesčio naujienos kiekvieną "
                                              "rytą"))
    news: list[Event] = [
        _vote("2016-10-09", "🗳️ Seimo rinkimai: kur balsuoti Klaipėdoje", before=5, after=0),
        _vote("2016-10-23", "🗳️ Antrasis Seimo rinkimų turas: apylinkės dirba nuo 7 iki 20 "
                            "val.", before=5, after=0),
        _vote("2019-03-03", "🗳️ Savivaldybių tarybų ir merų rinkimai: kandidatai "
                            "Klaipėdoje", before=5, after=0),
        _vote("2019-03-17", "🗳️ Antrasis merų rinkimų turas: kur balsuoti", before=5,
              after=0),
        _vote("2019-05-12", "🗳️ Prezidento rinkimai ir referendumai: apylinkės dirba nuo 7 "
                            "iki 20 val.", before=5, after=0),
        _vote("2019-05-26", "🗳️ Antrasis prezidento rinkimų turas ir Europos Parlamento "
                            "rinkimai", before=5, after=0),
        _span("2020-03-16", "2020-06-16", "🦠 Karantinas: aktuali informacija "
                                          "klaipėdiečiams"),
        _vote("2020-10-11", "🗳️ Seimo rinkimai: balsuoti galima ir iš automobilio", before=5,
              after=0),
        _vote("2020-10-25", "🗳️ Antrasis Seimo rinkimų turas Klaipėdos apygardose", before=5,
              after=0),
        _span("2020-11-07", "2021-01-31", "🦠 Vėl karantinas: ribojimai ir išimtys"),
    ]
    feasts = _yearly("02-16", 1, 0, lambda y: f"🇱🇹 Vasario 16-oji: {y - 1918} metai nuo "
                                              f"Lietuvos valstybės atkūrimo")
    feasts += _yearly("03-11", 0, 0, lambda y: f"🇱🇹 Kovo 11-oji: {y - 1990} metai nuo "
                                               f"Nepriklausomybės atkūrimo")
    feasts += _yearly("06-24", 1, 0, lambda _: "🌿 Joninės: šventės programa Klaipėdoje ir "
                                               "pamaryje")
    feasts += _movable(lambda y: last_weekday(y, 7, 6), 3, 0,
                       lambda y: f"⚓ Jūros šventė {y}: eismo ribojimai ir koncertų programa")
    return _calendar(base, news, feasts)


def klaipeda_style() -> PublisherStyle:
    """A Lithuanian port-city paper (Klaipeda): a section kicker, an ISO date with the time
    turned the year, the month and day and the weekday on the state's centenary 2018 (a
    wording per day), "Autorius:" turned with the paper's name in quotes, "Skaitykite taip
    pat:" (up to twice), a photographer's credit, a source from a pool, the month's heating
    price, the seasons of ferries, beaches and heating, a social line turned a newsletter and
    turned by eight votes and two quarantines, the two restoration days with their counts,
    Jonines and the sea festival, a subscription price rising turned a digital one, the
    newsroom, a rights line and a reuse ban (a block), a rare correction."""
    return PublisherStyle(
        domain="pamariozinios.lt", site="Pamario žinios", base_size=110,
        subdomains=(("www.", 100),),
        sections=("klaipeda", "uostas", "regionas", "lietuva", "sportas", "kultura"),
        n_authors=5, url_path="/naujienos/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Klaipėda", "Uostas", "Regionas", "Lietuva", "Sportas", "Kultūra",
                        "Verslas"),
            "saltinis": ("BNS", "ELTA", "Klaipėdos miesto savivaldybė", "Uosto direkcija",
                         "Klaipėdos apskrities policija"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.75, *_by_day(_lt_dated)),
            _f("autorius", HEADER, 0.45, (_OLD, "Autorius: {author}"),
               (LT_REDESIGN.isoformat(), "{author}, „Pamario žinios“")),
            _f("skaitykite", MIDDLE, 0.3, (_OLD, "Skaitykite taip pat: {other_title}"),
               count=2),
            _f("nuotrauka", MIDDLE, 0.2, (_OLD, "{author2} nuotr.")),
            _f("saltinis", FOOTER, 0.15, (_OLD, "Šaltinis: {saltinis_list}")),
            _f("siluma", FOOTER, 0.15, *_by_day(_lt_heating)),
            _f("sezonas", FOOTER, 0.12, *_seasons(
                ("04-01", "⛴️ Keltai į Smiltynę: pavasario ir vasaros tvarkaraštis"),
                ("06-01", "🏖️ Maudymosi sezonas: gelbėtojai budi Melnragės ir Smiltynės "
                          "paplūdimiuose"),
                ("10-01", "🔥 Šildymo sezonas: kada bus įjungtas šildymas jūsų name"))),
            _f("pranesimas", FOOTER, 0.3, *_lt_notice()),
            _f("prenumerata", FOOTER, 0.15, (_OLD, "Prenumerata: 6,90 Eur per mėnesį"),
               ("2018-01-01", "Prenumerata: 7,50 Eur per mėnesį"),
               ("2020-03-02", "Skaitmeninė prenumerata: 2,99 Eur per mėnesį, pirmas mėnuo "
                              "nemokamai")),
            _f("redakcija", FOOTER, 0.3, (_OLD, "Redakcija: Klaipėda, tel. (8 46) 000 000")),
            _f("teises", FOOTER, 0.4, (_OLD, "© {year} Pamario žinios. Visos teisės "
                                             "saugomos.")),
            _f("kopijuoti", FOOTER, 0.2, (_OLD, "Kopijuoti ir platinti be redakcijos sutikimo "
                                                "draudžiama.")),
            _f("patikslinimas", HEADER, 0.04, (_OLD, "Patikslinimas: ankstesnėje straipsnio "
                                                     "versijoje buvo nurodyta klaidinga "
                                                     "posėdžio data.")),
        ),
    )


# --- a Russian-language paper (Narva, Ida-Viru County) ----------------------------------------

NV_REDESIGN = dt.date(2019, 1, 2)  # relaunched with the new year
NV_TELEGRAM = dt.date(2018, 9, 3)
BORDER_SHUT = dt.date(2020, 3, 17)  # the border crossing closed to most travellers


def border_queue(day: dt.date) -> int:
    """The made-up number of cars queuing to leave Estonia at Narva on `day` (far fewer once
    the crossing closed to most travellers)."""
    return hashed(day, "queue", 5, 60) if day >= BORDER_SHUT else hashed(day, "queue", 61, 420)


def _nv_queue(day: dt.date) -> str:
    return (f"🚗 Граница в Нарве {day.day:02d}.{day.month:02d}: в очереди на выезд "
            f"{border_queue(day)} легковых машин")


def _nv_dated(day: dt.date) -> str:
    if day < NV_REDESIGN:
        return (f"{RUSSIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def _nv_victory(y: int) -> str:
    if y == 2020:
        return "🎖️ 9 Мая: в этом году без массовых мероприятий, цветы возлагаем поодиночке"
    return f"🎖️ 9 Мая: {y - 1945}-я годовщина Победы, возложение цветов в Нарве"


def _nv_notice() -> Wordings:
    base = _steps((_OLD, "Читайте нас во ВКонтакте и на Facebook"),
                  (NV_TELEGRAM.isoformat(), "📲 Новости Нарвы в Telegram: подписывайтесь на "
                                            "наш канал"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Выборы в Рийгикогу: где голосовать в Нарве", before=4,
              after=0),
        _vote("2017-10-15", "🗳️ Выборы в городское собрание: кандидаты по Нарве", before=6,
              after=0),
        _vote("2019-03-03", "🗳️ Выборы в Рийгикогу: результаты по Ида-Вирумаа", before=6,
              after=1),
        _vote("2019-05-26", "🗳️ Выборы в Европарламент: где голосовать в Нарве", before=6,
              after=0),
        _span("2020-03-12", "2020-05-17", "🦠 Чрезвычайное положение: ограничения на границе "
                                          "и в городе"),
    ]
    feasts = _yearly("01-07", 1, 0, lambda _: "🎄 С Рождеством Христовым! Праздничные службы "
                                              "в храмах Нарвы")
    feasts += _yearly("02-24", 1, 0, lambda y: f"🇪🇪 День независимости: {y - 1918}-я "
                                               f"годовщина Эстонской Республики")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "🥚 Христос воскресе! Расписание "
                                                        "пасхальных богослужений")
    feasts += _yearly("06-23", 1, 1, lambda _: "🔥 С Ивановым днём! Костры и концерты на "
                                               "нарвском променаде")
    victory = _yearly("05-09", 1, 0, _nv_victory)
    return _calendar(base, victory, news, feasts)  # 2020's breaks into the emergency


def narva_style() -> PublisherStyle:
    """A Russian-language paper (Narva): a section kicker, the weekday and the long date
    turned a dotted date with the time in January 2019 (a wording per day), "Автор:" turned
    with the paper's name in quotes, a note that the article is in Estonian too, "Читайте
    также:" (up to twice), a photo credit, a source from a pool, the queue at the border
    crossing every day, the seasons of ticks, the beach and heating, a social line turned a
    messenger channel and turned by four votes and the emergency, Orthodox Christmas and
    Easter, Independence Day and Victory Day with their counts (the latter without crowds in
    2020) and Midsummer, a subscription price rising, the newsroom, a rights line and a
    reprint line (a block), a rare correction."""
    return PublisherStyle(
        domain="narvabereg.ee", site="Нарвский берег", base_size=95,
        subdomains=(("www.", 60), ("", 40)),
        sections=("narva", "ida-virumaa", "estonija", "granica", "sport", "kultura"),
        n_authors=4, url_path="/news/{section}/{n}",
        pools={
            "rubrika": ("Нарва", "Ида-Вирумаа", "Эстония", "Граница", "Спорт", "Культура"),
            "istochnik": ("ERR", "BNS", "Нарвская горуправа", "Департамент полиции и "
                          "погранохраны", "Спасательный департамент"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.7, *_by_day(_nv_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (NV_REDESIGN.isoformat(), "{author}, «Нарвский берег»")),
            _f("eesti-keeles", HEADER, 0.12, (_OLD, "Loe seda artiklit ka eesti keeles")),
            _f("chitayte", MIDDLE, 0.3, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {author2}")),
            _f("istochnik", FOOTER, 0.15, (_OLD, "Источник: {istochnik_list}")),
            _f("ochered", FOOTER, 0.2, *_by_day(_nv_queue)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("04-20", "🕷️ Сезон клещей: не забудьте о прививке и осмотре после прогулки"),
                ("06-15", "🏖️ Нарва-Йыэсуу: купальный сезон открыт, спасатели дежурят"),
                ("10-01", "🔥 Отопительный сезон: если батареи холодные, звоните в "
                          "квартирное товарищество"))),
            _f("obyavlenie", FOOTER, 0.3, *_nv_notice()),
            _f("podpiska", FOOTER, 0.15, (_OLD, "Подписка на газету: 4,90 € в месяц"),
               ("2018-01-01", "Подписка на газету: 5,50 € в месяц"),
               ("2020-01-01", "Подписка: 5,90 € в месяц, электронная версия 2,50 €")),
            _f("redaktsiya", FOOTER, 0.3, (_OLD, "Редакция: Нарва, тел. 35 00 000, "
                                                 "info@narvabereg.ee")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Нарвский берег. Все права защищены.")),
            _f("perepechatka", FOOTER, 0.2, (_OLD, "При перепечатке ссылка на источник "
                                                   "обязательна.")),
            _f("popravka", HEADER, 0.04, (_OLD, "Поправка: в первой версии статьи была неверно "
                                                "указана дата заседания горсобрания.")),
        ),
    )


# --- a Hungarian-language weekly in southern Slovakia (Vah and Danube) -----------------------

HS_REDESIGN = dt.date(2017, 8, 20)  # relaunched on St Stephen's Day
HS_NEWSLETTER = dt.date(2019, 4, 1)
HS_TAX_FORM = dt.date(2019, 1, 15)


def hs_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's issue out on `day`: its volume (a new one each year), its number in the
    year and its day (a Wednesday)."""
    wednesday = latest(day, 2)
    return wednesday.year - 1990, number_in_year(wednesday), wednesday


def _hs_issue(day: dt.date) -> str:
    volume, number, wednesday = hs_issue(day)
    return (f"📰 {volume}. évfolyam, {number}. szám, {wednesday.year}. "
            f"{HUNGARIAN_MONTHS[wednesday.month - 1]} {wednesday.day}.")


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}."
    return (f"{HUNGARIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.year}. "
            f"{HUNGARIAN_MONTHS[day.month - 1]} {day.day}.")


def _hs_town_days(y: int) -> str:
    if y == 2020:
        return "🎪 Idén elmaradnak a városnapok, a koncerteket jövőre pótolják"
    return f"🎪 Városnapok {y}: koncertek, vásár és tűzijáték a belvárosban"


def _hs_notice() -> Wordings:
    base = _steps((_OLD, "Lájkolja Facebook-oldalunkat, hogy ne maradjon le semmiről"),
                  (HS_NEWSLETTER.isoformat(), "📩 Hírlevelünkben minden kedden a Vág és a "
                                              "Duna mentének hírei"))
    news: list[Event] = [
        _vote("2016-03-05", "🗳️ Parlamenti választás: a szavazóhelyiségek reggel 7-től este "
                            "10-ig tartanak nyitva", before=5, after=0),
        _vote("2017-11-04", "🗳️ Megyei választások: a nyitrai és a nagyszombati kerület "
                            "jelöltjei", before=5, after=0),
        _vote("2018-11-10", "🗳️ Önkormányzati választások: polgármesterjelöltek a "
                            "járásban", before=5, after=0),
        _vote("2019-03-16", "🗳️ Köztársasági elnökválasztás, első forduló: szavazzon!",
              before=5, after=0),
        _vote("2019-03-30", "🗳️ Elnökválasztás, második forduló: szavazzon!", before=5,
              after=0),
        _vote("2019-05-25", "🗳️ Európai parlamenti választás: szombaton 7 és 22 óra között "
                            "szavazhat", before=4, after=0),
        _vote("2020-02-29", "🗳️ Parlamenti választás: eredmények járásonként", before=5,
              after=1),
        _span("2020-03-16", "2020-06-14", "🦠 Rendkívüli helyzet: érvényes intézkedések a "
                                          "járásban"),
        _span("2020-10-30", "2020-11-01", "🧪 Országos tesztelés: a mintavételi helyek "
                                          "listája"),
    ]
    feasts = _yearly("03-15", 1, 0, lambda y: f"🇭🇺 Március 15.: koszorúzás a "
                                              f"Petőfi-szobornál, {y - 1848} éve tört ki a "
                                              f"forradalom")
    feasts += _yearly("08-20", 1, 0, lambda _: "🎆 Szent István-nap: ünnepi szentmise és "
                                               "kenyérszentelés")
    feasts += _yearly("10-23", 1, 0, lambda y: f"🇭🇺 Október 23.: megemlékezés az 1956-os "
                                               f"forradalom {y - 1956}. évfordulóján")
    town_days = _yearly("04-24", 0, 3, _hs_town_days)
    return _calendar(base, town_days, feasts, news)  # 2020's breaks into the emergency


def vagduna_style() -> PublisherStyle:
    """A Hungarian-language weekly in southern Slovakia (Vah and Danube): a section kicker, a
    dotted date turned the weekday and the long date on St Stephen's Day 2017 (a wording per
    day), the author's name turned "Írta:", a related link once, a photo credit, a source
    from a pool, the issue's volume, number and day turning on Wednesdays, the seasons of
    spring cleaning, spas and Hungarian schools, a social line turned a newsletter and turned
    by seven Slovak votes, the emergency and the mass testing, 15 March and 23 October with
    their counts, the town days (called off in 2020) and St Stephen's Day, a tax-share appeal
    reworded, the price of an issue rising, the publisher, a rights line and the
    registration number (a block), a rare correction."""
    return PublisherStyle(
        domain="vagdunaihirnok.sk", site="Vágdunai Hírnök", base_size=80,
        subdomains=(("www.", 100),),
        sections=("regio", "szlovakia", "kozelet", "kultura", "sport", "oktatas"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rovat": ("Régió", "Szlovákia", "Közélet", "Kultúra", "Sport", "Oktatás"),
            "forras": ("TASR", "MTI", "SITA", "a városi hivatal", "a járási hivatal"),
        },
        families=(
            _f("rovat", HEADER, 0.4, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.7, *_by_day(_hs_dated)),
            _f("szerzo", HEADER, 0.45, (_OLD, "{author}"),
               (HS_REDESIGN.isoformat(), "Írta: {author}")),
            _f("kapcsolodo", MIDDLE, 0.25, (_OLD, "Kapcsolódó cikk: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotó: {author2}")),
            _f("forras", FOOTER, 0.15, (_OLD, "Forrás: {forras_list}")),
            _f("lapszam", HEADER, 0.25, *_by_day(_hs_issue)),
            _f("evszak", FOOTER, 0.12, *_seasons(
                ("03-01", "🌱 Tavaszi nagytakarítás: konténerek a lakótelepeken"),
                ("06-15", "🏊 Strandszezon: a termálfürdők nyári nyitvatartása"),
                ("08-25", "🎒 Tanévkezdés a magyar tanítási nyelvű iskolákban"))),
            _f("ertesites", FOOTER, 0.3, *_hs_notice()),
            _f("ado", FOOTER, 0.15, (_OLD, "Támogassa lapunkat adója 2%-ával!"),
               (HS_TAX_FORM.isoformat(), "Adója 2%-ával idén is a helyi magyar sajtót "
                                         "támogathatja: a nyomtatványt honlapunkon találja")),
            _f("ar", FOOTER, 0.15, (_OLD, "Egy szám ára 0,60 €, félévi előfizetés 14 €"),
               ("2018-01-01", "Egy szám ára 0,70 €, félévi előfizetés 16 €")),
            _f("kiado", FOOTER, 0.3, (_OLD, "Kiadó: Vágdunai Hírnök n. o.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Vágdunai Hírnök")),
            _f("nyilvantartas", FOOTER, 0.25, (_OLD, "Nyilvántartási szám: EV 0000/08")),
            _f("pontositas", HEADER, 0.04, (_OLD, "Pontosítás: múlt heti számunkban tévesen "
                                                  "jelent meg a lakossági fórum időpontja.")),
        ),
    )


# --- a Polish-language weekly of the Vilnius region (Lithuania) ------------------------------

PV_REDESIGN = dt.date(2018, 3, 4)  # relaunched on St Casimir's Day
PV_NEWSLETTER = dt.date(2019, 1, 7)


def pv_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's issue out on `day`: its number in the year, its running number and its
    day (a Thursday)."""
    thursday = latest(day, 3)
    return number_in_year(thursday), 1210 + weeks_since(day, 3), thursday


def _pv_week(first: dt.date) -> str:
    last = first + dt.timedelta(days=6)
    if first.month == last.month:
        return f"{first.day}–{last.day} {POLISH_MONTHS[last.month - 1]} {last.year}"
    start = f"{first.day} {POLISH_MONTHS[first.month - 1]}"
    if first.year != last.year:
        start += f" {first.year}"
    return f"{start} – {last.day} {POLISH_MONTHS[last.month - 1]} {last.year}"


def _pv_issue(day: dt.date) -> str:
    number, total, thursday = pv_issue(day)
    return f"🗞️ Nr {number} ({total}), {_pv_week(thursday)}"


def _pv_dated(day: dt.date) -> str:
    if day < PV_REDESIGN:
        return day.isoformat()
    return f"{day.day} {POLISH_MONTHS[day.month - 1]} {day.year}"


def _pv_notice() -> Wordings:
    base = _steps((_OLD, "Polub nasz profil na Facebooku"),
                  (PV_NEWSLETTER.isoformat(), "📩 Newsletter: wiadomości z Wileńszczyzny w "
                                              "każdy piątek"))
    news: list[Event] = [
        _vote("2016-10-09", "🗳️ Wybory do Sejmu RL: kandydaci z naszych okręgów", before=5,
              after=0),
        _vote("2019-03-03", "🗳️ Wybory samorządowe: kandydaci na merów rejonów wileńskiego "
                            "i solecznickiego", before=5, after=0),
        _vote("2019-05-12", "🗳️ Wybory prezydenckie na Litwie: lokale czynne od 7 do 20",
              before=5, after=0),
        _span("2020-03-16", "2020-06-16", "🦠 Kwarantanna na Litwie: najważniejsze "
                                          "ograniczenia"),
        _vote("2020-10-11", "🗳️ Wybory do Sejmu RL: można głosować także z samochodu",
              before=5, after=0),
        _span("2020-11-07", "2021-01-31", "🦠 Ponowna kwarantanna: co wolno, a czego nie"),
    ]
    feasts = _yearly("02-16", 1, 0, lambda y: f"🇱🇹 16 Lutego: {y - 1918}. rocznica "
                                              f"odrodzenia państwa litewskiego")
    feasts += _yearly("03-04", 3, 2, lambda y: f"🥨 Kaziuki {y}: jarmark na wileńskiej "
                                               f"Starówce")
    feasts += _yearly("05-03", 1, 0, lambda y: f"🇵🇱 Święto Konstytucji 3 Maja: {y - 1791}. "
                                               f"rocznica")
    feasts += _yearly("11-01", 2, 0, lambda _: "🕯️ Wszystkich Świętych: pamiętajmy o "
                                               "grobach na Rossie")
    feasts += _yearly("11-11", 1, 0, lambda y: f"🇵🇱 {y - 1918}. rocznica odzyskania "
                                               f"niepodległości przez Polskę")
    return _calendar(base, news, feasts)


def wilno_style() -> PublisherStyle:
    """A Polish-language weekly of the Vilnius region: a section kicker, the Lithuanian ISO
    date turned the Polish long date on St Casimir's Day 2018 (a wording per day), the
    author's name turned "Tekst:", "Zobacz też:" once, a photo credit, a source from a pool,
    the issue's numbers and week turning on Thursdays, the seasons of cemeteries, summer
    camps and Polish schools, a social line turned a newsletter and turned by four votes and
    two quarantines, the state's restoration, Constitution Day and Poland's independence
    with their counts, Kaziuki and All Saints, a support line turned a tax-share appeal with
    its form, a subscription price rising, the newsroom, a rights line and a Polish
    state-funding line (a block), a rare correction."""
    return PublisherStyle(
        domain="echowilenszczyzny.lt", site="Echo Wileńszczyzny", base_size=65,
        subdomains=(("www.", 100),),
        sections=("wilenszczyzna", "wilno", "litwa", "polska", "kultura", "oswiata"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "dzial": ("Wileńszczyzna", "Wilno", "Litwa", "Polska", "Kultura", "Sport",
                      "Oświata"),
            "zrodlo": ("BNS", "ELTA", "LRT", "samorząd rejonu wileńskiego", "PAP"),
        },
        families=(
            _f("dzial", HEADER, 0.4, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.65, *_by_day(_pv_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "{author}"),
               (PV_REDESIGN.isoformat(), "Tekst: {author}")),
            _f("zobacz", MIDDLE, 0.25, (_OLD, "Zobacz też: {other_title}")),
            _f("fot", MIDDLE, 0.2, (_OLD, "Fot. {author2}")),
            _f("zrodlo", FOOTER, 0.15, (_OLD, "Źródło: {zrodlo_list}")),
            _f("wydanie", HEADER, 0.2, *_by_day(_pv_issue)),
            _f("pora", FOOTER, 0.12, *_seasons(
                ("04-10", "🌷 Wiosenne porządki na cmentarzach: wywóz śmieci do końca "
                          "kwietnia"),
                ("06-20", "☀️ Wakacje: kolonie i obozy dla dzieci z polskich szkół"),
                ("08-25", "🎒 Pierwszy września w polskich szkołach na Litwie"))),
            _f("komunikat", FOOTER, 0.3, *_pv_notice()),
            _f("wsparcie", FOOTER, 0.15, (_OLD, "Wspieraj polskie media na Litwie"),
               ("2019-01-20", "Przekaż nam część podatku GPM: formularz FR0512 do 1 maja")),
            _f("prenumerata", FOOTER, 0.15, (_OLD, "Prenumerata: 3,50 € miesięcznie"),
               ("2019-01-01", "Prenumerata: 3,90 € miesięcznie, e-wydanie 2 €")),
            _f("redakcja", FOOTER, 0.3, (_OLD, "Redakcja: Wilno, tel. +370 5 000 0000")),
            _f("prawa", FOOTER, 0.4, (_OLD, "© {year} Echo Wileńszczyzny")),
            _f("projekt", FOOTER, 0.3, (_OLD, "Projekt dofinansowany ze środków Kancelarii "
                                              "Prezesa Rady Ministrów w ramach opieki nad "
                                              "Polonią i Polakami za granicą")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w poprzednim numerze "
                                                    "błędnie podaliśmy nazwisko dyrektora "
                                                    "szkoły.")),
        ),
    )


# --- a Rusyn monthly in Cyrillic (Presov) -----------------------------------------------------

RS_REDESIGN = dt.date(2019, 1, 27)  # relaunched on the day of the Rusyn language
RS_NEWSLETTER = dt.date(2019, 6, 1)


def _rs_issue(day: dt.date) -> str:
    return f"📖 Чісло {day.month}/{day.year}, річник {day.year - 1990}"


def _rs_dated(day: dt.date) -> str:
    if day < RS_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{day.day}. {RUSYN_MONTHS[day.month - 1]} {day.year}, "
            f"{RUSYN_WEEKDAYS[day.weekday()]}")


def _rs_festival(y: int) -> str:
    if y == 2020:
        return "🎶 Фестівал у Свиднику сёго року не буде, стрітнеме ся на річ"
    return f"🎶 Фестівал русиньской културы у Свиднику {y}: програма"


def _rs_notice() -> Wordings:
    base = _steps((_OLD, "Слїдуйте нас на Facebooku"),
                  (RS_NEWSLETTER.isoformat(), "📩 Приголоште ся на новинкы: русиньскый світ "
                                              "раз за тыждень у вашій поштї"))
    news: list[Event] = [
        _vote("2016-03-05", "🗳️ Парламентны выборы: ідьте голосовати!", before=5, after=0),
        _vote("2019-03-16", "🗳️ Презідентьскы выборы: ідьте голосовати!", before=5, after=0),
        _vote("2020-02-29", "🗳️ Парламентны выборы: ідьте голосовати!", before=5, after=0),
        _span("2020-03-16", "2020-06-14", "🦠 Міморіадна сітуація: актуалны опатрїня"),
    ]
    feasts = _yearly("01-07", 1, 0, lambda _: "🎄 Христос рождає ся! Славиме Го!")
    feasts += _yearly("01-27", 1, 0, lambda y: f"📚 День русиньского языка: {y - 1995} "
                                               f"років од кодіфікації")
    feasts += _movable(orthodox_easter, 2, 0, lambda _: "🥚 Христос воскрес! Великдень по "
                                                        "юліаньскім календарї")
    feasts += _movable(lambda y: nth_weekday(y, 6, 5, 3), 3, 1, _rs_festival)
    return _calendar(base, news, feasts)


def presov_style() -> PublisherStyle:
    """A Rusyn monthly in Cyrillic (Presov): a section kicker, a dotted date turned the day,
    the month, the year and the weekday in Rusyn on the day of the Rusyn language 2019 (a
    wording per day), "Автор:" turned "Написав:", a read-also link once, a photo credit, the
    month's issue and volume, the seasons of school, summer and Christmas, a social line
    turned a newsletter and turned by three votes and the emergency, Christmas and Easter by
    the Julian calendar, the language day with its count and the festival (called off in
    2020), a tax-share appeal reworded, a subscription price rising, the publisher, a rights
    line and the registration number (a block), a rare correction."""
    return PublisherStyle(
        domain="holoszbeskyd.sk", site="Голос з Бескид", base_size=50,
        subdomains=(("www.", 100),),
        sections=("rusynskyj-svit", "kultura", "shkola", "cerkov", "istorija"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"rubryka": ("Русиньскый світ", "Култура", "Школство", "Церьков", "Історія",
                           "Подїї")},
        families=(
            _f("rubryka", HEADER, 0.4, (_OLD, "{rubryka}")),
            _f("datum", HEADER, 0.6, *_by_day(_rs_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (RS_REDESIGN.isoformat(), "Написав: {author}")),
            _f("chitajte", MIDDLE, 0.2, (_OLD, "Чітайте тыж: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Фото: {author2}")),
            _f("chislo", HEADER, 0.2, *_by_day(_rs_issue)),
            _f("pora", FOOTER, 0.15, *_seasons(
                ("01-10", "❄️ Зима: русиньскы коляды і вертепы по селах"),
                ("06-01", "🌄 Літо: табор русиньского языка про дїти"),
                ("09-01", "🎒 Новый шкільный рік: русиньскый язык у школах"))),
            _f("oholoshenie", FOOTER, 0.3, *_rs_notice()),
            _f("pidpora", FOOTER, 0.15, (_OLD, "Підпорте нас 2 % з даней"),
               ("2018-01-15", "Даруйте 2 % з даней на розвой русиньской пресы")),
            _f("predplata", FOOTER, 0.12, (_OLD, "Передплата: 12 € на рік"),
               ("2019-01-01", "Передплата: 15 € на рік")),
            _f("vydavatel", FOOTER, 0.3, (_OLD, "Выдавать: Русиньска освітня асоціація, "
                                                "Пряшів")),
            _f("pravo", FOOTER, 0.35, (_OLD, "© {year} Голос з Бескид")),
            _f("evidencia", FOOTER, 0.25, (_OLD, "Евід. чісло EV 0000/09")),
            _f("spravlinia", HEADER, 0.04, (_OLD, "Справлїня: у минулім чіслї было хыбно "
                                                  "уведене мено автора.")),
        ),
    )


# --- a Kashubian and Polish association site (Kartuzy) ---------------------------------------

KA_REDESIGN = dt.date(2019, 3, 19)  # relaunched on Kashubian Unity Day
KA_NEWSLETTER = dt.date(2018, 9, 1)
KASHUBIAN_WORDS = (("chëcz", "dom"), ("rëba", "ryba"), ("mòrze", "morze"),
                   ("gwiôzda", "gwiazda"), ("jãzëk", "język"), ("bùlwa", "ziemniak"),
                   ("mëma", "mama"), ("dzéń", "dzień"), ("snôżi", "ładny"))


def word_of_the_day(day: dt.date) -> tuple[str, str]:
    """The Kashubian word of `day` and its Polish gloss (the words take turns)."""
    return KASHUBIAN_WORDS[day.toordinal() % len(KASHUBIAN_WORDS)]


def _ka_word(day: dt.date) -> str:
    word, gloss = word_of_the_day(day)
    return f"📖 Słowò dnia {day.day:02d}.{day.month:02d}: {word} (pl. {gloss})"


def _ka_dated(day: dt.date) -> str:
    if day < KA_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{KASHUBIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
            f"{KASHUBIAN_MONTHS[day.month - 1]} {day.year}")


def _ka_gathering(y: int) -> str:
    if y == 2020:
        return "🖤💛 Światowy Zjazd Kaszubów w tym roku się nie odbędzie"
    return f"🖤💛 Światowy Zjazd Kaszubów {y}: autobusy z Kartuz"


def _ka_notice() -> Wordings:
    base = _steps((_OLD, "Dołączë do nas na Facebookù | Dołącz do nas na Facebooku"),
                  (KA_NEWSLETTER.isoformat(), "📩 Zapiszë sã na nowinë | Zapisz się na "
                                              "newsletter"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Wybory do Sejmu i Senatu: głosujemy w niedzielę", before=5,
              after=0),
        _vote("2018-10-21", "🗳️ Wybory samorządowe w powiecie kartuskim: lista kandydatów",
              before=5, after=0),
        _vote("2019-10-13", "🗳️ Wybory do Sejmu i Senatu: lokale otwarte od 7 do 21",
              before=5, after=0),
        _span("2020-03-12", "2020-05-31", "🦠 Epidemia: spotkania i warsztaty odwołane do "
                                          "odwołania"),
        _vote("2020-06-28", "🗳️ Wybory prezydenckie: sprawdź swój lokal wyborczy", before=5,
              after=0),
    ]
    feasts = _yearly("03-19", 2, 0, lambda y: f"🖤💛 {y - 2010}. Dzéń Jednotë Kaszëbów | "
                                              f"Dzień Jedności Kaszubów")
    feasts += _movable(easter, 3, 1, lambda _: "🐣 Wiesołëch Jastrów! | Wesołych Świąt "
                                               "Wielkanocnych!")
    feasts += _movable(lambda y: nth_weekday(y, 7, 5, 1), 5, 0, _ka_gathering)
    feasts += _yearly("12-24", 3, 2, lambda _: "🎄 Wiesołëch Gòdów! | Wesołych Świąt!")
    return _calendar(base, news, feasts)


def kartuzy_style() -> PublisherStyle:
    """A Kashubian and Polish association site (Kartuzy): a dotted date turned the Kashubian
    weekday and date on Kashubian Unity Day 2019 (a wording per day), "Napisôł:" turned
    "Tekst:", a bilingual read-also once, a photo credit, a Kashubian word of the day, the
    seasons of the language classes, summer and the dictation, a bilingual social line
    turned a newsletter and turned by four votes and the epidemic, Unity Day with its count,
    Easter, the World Gathering of Kashubians (called off in 2020) and Christmas, a
    tax-share appeal reworded, a membership fee rising, the publisher, a state-funding line
    and a rights line (a block), a rare cancellation."""
    return PublisherStyle(
        domain="gwiozdakaszeb.pl", site="Gwiôzda Kaszëb", base_size=40,
        subdomains=(("", 100),),
        sections=("nowinë", "kultura", "jãzëk", "historiô"),
        n_authors=2, url_path="/nowinë/{slug}",
        families=(
            _f("datum", HEADER, 0.55, *_by_day(_ka_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "Napisôł: {author}"),
               (KA_REDESIGN.isoformat(), "Tekst: {author}")),
            _f("czytaj", MIDDLE, 0.2, (_OLD, "Czëtôj téż | Czytaj też: {other_title}")),
            _f("fot", MIDDLE, 0.15, (_OLD, "Fot. {author2}")),
            _f("slowo", FOOTER, 0.2, *_by_day(_ka_word)),
            _f("czas", FOOTER, 0.15, *_seasons(
                ("01-10", "📚 Kurs kaszëbsczégò | Kurs kaszubskiego: zapisy na semestr "
                          "wiosenny"),
                ("06-20", "☀️ Lato z kaszubskimi bajkami w bibliotekach powiatu"),
                ("10-01", "✍️ Dyktando kaszubskie: zapisy dla szkół i dorosłych"))),
            _f("wiadomosc", FOOTER, 0.3, *_ka_notice()),
            _f("procent", FOOTER, 0.2, (_OLD, "Przekaż 1% podatku naszemu stowarzyszeniu: "
                                              "KRS 0000000000"),
               ("2019-01-10", "Przekażë 1% | Przekaż 1% podatku: KRS 0000000000, cel "
                              "szczegółowy: Gwiôzda Kaszëb")),
            _f("skladka", FOOTER, 0.12, (_OLD, "Składka członkowska: 30 zł rocznie"),
               ("2019-01-01", "Składka członkowska: 40 zł rocznie, uczniowie 10 zł")),
            _f("wydawca", FOOTER, 0.3, (_OLD, "Wydawca: Stowarzyszenie Gwiôzda Kaszëb, "
                                              "Kartuzy")),
            _f("dofinansowanie", FOOTER, 0.3, (_OLD, "Zadanie dofinansowane ze środków "
                                                     "ministra właściwego do spraw "
                                                     "mniejszości narodowych i etnicznych "
                                                     "oraz języka regionalnego")),
            _f("prawa", FOOTER, 0.35, (_OLD, "© {year} Gwiôzda Kaszëb")),
            _f("odwolane", HEADER, 0.04, (_OLD, "⚠️ Dzisiejsze spotkanie w muzeum odwołane z "
                                                "powodu choroby prelegenta")),
        ),
    )


def heldout111_styles() -> list[PublisherStyle]:
    """The held-back-111 styles, in the order the generator hands them to publishers."""
    return [
        poznan_style(), brno_style(), kosice_style(), szeged_style(), tartu_style(),
        liepaja_style(), klaipeda_style(), narva_style(), vagduna_style(), wilno_style(),
        presov_style(), kartuzy_style(),
    ]
