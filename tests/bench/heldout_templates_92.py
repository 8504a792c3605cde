"""The ``held-back-92`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-90 set
(`tests.bench.heldout_templates_90`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of the Balkans and of Central and Eastern Europe,
large and small: a Romanian daily in Cluj-Napoca, a Serbian daily in Novi Sad (Cyrillic, then
Latin after a redesign), a Hungarian county daily in Szeged, a Greek daily in Ioannina, a
Bulgarian site in Plovdiv, a Croatian local portal in Split, a wire agency in Mostar, a Polish
weekly in Zakopane, a Ukrainian site in Uzhhorod with Hungarian lines, the regional radio of a
public broadcaster in Bitola, a Slovak weekly in Brezno and an Albanian community site in
Prizren with Turkish and Bosnian greetings. The families are the kinds a crawl of such sites
holds: dates localised day by day in Romanian, Serbian (in both scripts), Hungarian, Greek,
Bulgarian, Croatian, Bosnian, Polish, Ukrainian, Macedonian, Slovak and Albanian (several
changing form on the day of a redesign, two weeklies by their issue), lines that turn every
day or every week (central banks' rates on working days, the Tisza's level at Szeged, the
weather in Ioannina, the sea at Split, the avalanche danger in the Tatras in winter, a radio's
programme of the day), the seasons of heating, ferries, skiing and the 1% tax appeal, bylines
and datelines of many shapes, section kickers, read-also links (some up to two times), photo
credits, agencies' credits, a wire's sign-offs, cross-posts from print, fair-use and copyright
lines, donation, membership and newsletter appeals, prices in lei, dinars, forints, euros,
leva, złoty and hryvnias (several rising over the years), notices reworded in 2016-2020,
notices that follow the region's calendars (parliamentary, presidential, local and European
votes and their run-offs, referendums, postponed votes, the 2015 capital controls, the 2020
states of emergency and lockdowns, the 2019 and 2020 earthquakes, the visa waiver of 2017, a
country's new name, Western and Orthodox Easter, national days with their counts, a national
day moved in 2020, a tilting contest held since 1715, film, music and folk festivals, some
called off in 2020), multi-line blocks, mid-body inserts, bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
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

ROMANIAN_WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
ROMANIAN_MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
                   "august", "septembrie", "octombrie", "noiembrie", "decembrie")
SERBIAN_WEEKDAYS = ("понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља")
SERBIAN_MONTHS = ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август",
                  "септембар", "октобар", "новембар", "децембар")
SERBIAN_LATIN_WEEKDAYS = ("ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota",
                          "nedelja")
HUNGARIAN_WEEKDAYS = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
HUNGARIAN_MONTHS = ("január", "február", "március", "április", "május", "június", "július",
                    "augusztus", "szeptember", "október", "november", "december")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
GREEK_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου",
                "Δεκεμβρίου")  # genitive
BULGARIAN_WEEKDAYS = ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота",
                      "неделя")
BULGARIAN_MONTHS = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                    "септември", "октомври", "ноември", "декември")
CROATIAN_WEEKDAYS = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota",
                     "nedjelja")
CROATIAN_MONTHS = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
                   "kolovoza", "rujna", "listopada", "studenoga", "prosinca")  # genitive
BOSNIAN_MONTHS = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula",
                  "augusta", "septembra", "oktobra", "novembra", "decembra")  # genitive
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")
POLISH_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia")  # genitive
UKRAINIAN_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота",
                      "неділя")
UKRAINIAN_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                    "серпня", "вересня", "жовтня", "листопада", "грудня")  # genitive
MACEDONIAN_WEEKDAYS = ("понеделник", "вторник", "среда", "четврток", "петок", "сабота",
                       "недела")
MACEDONIAN_MONTHS = ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август",
                     "септември", "октомври", "ноември", "декември")
SLOVAK_WEEKDAYS = ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa")
SLOVAK_MONTHS = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
                 "septembra", "októbra", "novembra", "decembra")  # genitive
ALBANIAN_WEEKDAYS = ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë",
                     "e diel")
ALBANIAN_MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht",
                   "shtator", "tetor", "nëntor", "dhjetor")

# Eid al-Fitr (Ramazanski bajram, Fitër Bajrami) as the region's Islamic communities kept it.
BAJRAM = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
          2019: "2019-06-04", 2020: "2020-05-24"}


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}@{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for rates that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def decimal_comma(value: float, places: int) -> str:
    """`value` with `places` decimals and a decimal comma (4,4512), as the region prints it."""
    return f"{value:.{places}f}".replace(".", ",")


def by_month(day: dt.date, means: tuple[int, ...], key: str, spread: int) -> int:
    """A made-up reading on `day`: the month's mean (`means`, January first) give or take
    `spread`."""
    return means[day.month - 1] + made_up(day, key, -spread, spread)


# --- a Romanian daily (Cluj-Napoca) ------------------------------------------------------------

RO_REDESIGN = dt.date(2018, 12, 1)  # relaunched on the centenary of the Great Union
RO_RELATED = dt.date(2019, 3, 4)
RO_NEWSLETTER = dt.date(2019, 9, 2)
RO_RIGHTS = dt.date(2018, 5, 25)
# TIFF, the film festival of Cluj (first held 2002): its opening days; 2020's moved to summer.
TIFF = {2015: "2015-05-29", 2016: "2016-05-27", 2017: "2017-06-02", 2018: "2018-05-25",
        2019: "2019-05-31", 2020: "2020-07-31"}


def _ro_dated(day: dt.date) -> str:
    weekday, month = ROMANIAN_WEEKDAYS[day.weekday()], ROMANIAN_MONTHS[day.month - 1]
    if day < RO_REDESIGN:
        return f"Cluj-Napoca, {weekday}, {day.day} {month} {day.year}"
    return f"Publicat {weekday}, {day:%d.%m.%Y}, ora {{time}}"


def ro_euro(day: dt.date) -> float:
    """The made-up reference rate of a euro in lei on `day`'s working day (about 4.44 in 2015
    to 4.87 in 2020)."""
    work = working_day(day)
    return 4.43 + 0.44 * progress(work) + made_up(work, "ro-eur", -90, 90) / 10_000


def _ro_rate(day: dt.date) -> str:
    return f"💶 Curs BNR: 1 EUR = {decimal_comma(ro_euro(day), 4)} lei"


def _ro_union(y: int) -> str:
    if y == 2018:
        return "🇷🇴 La mulți ani, România! Centenarul Marii Uniri, 1 Decembrie 2018"
    return f"🇷🇴 1 Decembrie: {y - 1918} de ani de la Marea Unire. La mulți ani, România!"


def _ro_tiff(y: int) -> str:
    if y == 2020:
        return "🎬 TIFF 2020, ediția a 19-a: proiecții în aer liber, cu locuri limitate"
    return f"🎬 TIFF {y}, ediția a {y - 2001}-a: programul zilei și biletele"


def _ro_notice() -> Wordings:
    base = _steps((_OLD, "Urmăriți Gazeta de Someș și pe Facebook"),
                  (RO_NEWSLETTER.isoformat(), "📩 Abonați-vă la newsletterul zilnic: știrile "
                                              "Clujului, în fiecare dimineață"))
    news: list[Event] = [
        _span("2015-10-31", "2015-11-02", "🕯️ Doliu național după incendiul din clubul "
                                          "Colectiv"),
        _vote("2016-06-05", "🗳️ Alegeri locale 2016: rezultatele din Cluj-Napoca și din "
                            "comunele județului", before=5),
        _vote("2016-12-11", "🗳️ Alegeri parlamentare 2016: unde votați în județul Cluj",
              before=5),
        _span("2018-10-06", "2018-10-08", "🗳️ Referendumul pentru revizuirea Constituției: "
                                          "secțiile sunt deschise două zile"),
        _vote("2019-05-26", "🗳️ Europarlamentare și referendum pe justiție: prezența la vot, "
                            "oră de oră", before=5),
        _vote("2019-11-10", "🗳️ Alegeri prezidențiale, turul I: cum votați", before=5),
        _vote("2019-11-24", "🗳️ Alegeri prezidențiale, turul al II-lea: rezultatele parțiale",
              before=4),
        _span("2020-03-16", "2020-05-14", "😷 Stare de urgență: declarația pe propria "
                                          "răspundere, obligatorie la ieșirea din casă"),
        _vote("2020-09-27", "🗳️ Alegeri locale 2020: votați cu masca, stiloul propriu e "
                            "permis", before=5),
        _vote("2020-12-06", "🗳️ Alegeri parlamentare 2020: secțiile de votare din Cluj",
              before=5),
    ]
    feasts = _movable(orthodox_easter, 2, 1, lambda y: f"🐣 Paște fericit! Hristos a "
                                                       f"înviat! ({y})")
    feasts += _yearly("01-24", 0, 0, lambda y: f"🇷🇴 Ziua Unirii Principatelor: "
                                               f"{y - 1859} de ani")
    feasts += _yearly("12-01", 1, 0, _ro_union)
    feasts += _movable(_listed(TIFF), 1, 8, _ro_tiff)
    return _calendar(base, news, feasts)


def cluj_style() -> PublisherStyle:
    """A Romanian daily (Cluj-Napoca): a section kicker, the city, the weekday and the date
    turned "Publicat" with a dotted date and the hour on the centenary of 1 December 2018 (a
    wording per day), "Autor:" turned "de", "Citește și:" turned capitals and an arrow (up to
    twice), a photo credit, an advert's label mid-body, the central bank's euro rate on
    working days, the heating season, a social line turned a newsletter appeal and turned by
    a national mourning, seven votes and a two-day referendum, the 2020 state of emergency,
    Orthodox Easter, the Union days with their counts and the film festival (moved in 2020),
    a digital subscription's price rising, a rights line reworded and the office's address
    (a block), a rare water cut."""
    return PublisherStyle(
        domain="gazetadesomes.ro", site="Gazeta de Someș", base_size=245,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("actualitate", "cluj", "politica", "economie", "sport", "cultura"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}",
        pools={
            "rubrica": ("Actualitate", "Cluj", "Politică", "Economie", "Sport", "Cultură",
                        "Opinii"),
            "foto": ("Gazeta de Someș", "arhivă", "Facebook", "Primăria Cluj-Napoca",
                     "ISU Cluj", "captură video"),
        },
        families=(
            _f("rubrica", HEADER, 0.35, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.8, *_by_day(_ro_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}"),
               (RO_REDESIGN.isoformat(), "de {author}")),
            _f("citeste", MIDDLE, 0.35, (_OLD, "Citește și: {other_title}"),
               (RO_RELATED.isoformat(), "CITEȘTE ȘI ➔ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("publicitate", MIDDLE, 0.08, (_OLD, "Publicitate")),
            _f("curs", FOOTER, 0.2, *_by_day(_ro_rate)),
            _f("caldura", FOOTER, 0.12, *_seasons(
                ("04-15", "🔥 Sezonul rece s-a încheiat: agentul termic se oprește treptat în "
                          "cartiere"),
                ("10-15", "🔥 A început sezonul de încălzire: reclamațiile la dispeceratul "
                          "de termoficare"))),
            _f("anunt", FOOTER, 0.3, *_ro_notice()),
            _f("abonament", FOOTER, 0.15, (_OLD, "Abonament digital Gazeta de Someș: 15 lei pe "
                                                 "lună"),
               ("2017-01-09", "Abonament digital Gazeta de Someș: 19 lei pe lună"),
               ("2020-01-06", "Abonament digital Gazeta de Someș: 25 lei pe lună sau 250 lei "
                              "pe an")),
            _f("drepturi", FOOTER, 0.45, (_OLD, "© {year} Gazeta de Someș. Toate drepturile "
                                                "rezervate."),
               (RO_RIGHTS.isoformat(), "Preluarea integrală a materialelor fără acordul "
                                       "Gazeta de Someș este interzisă. Citarea se face cu "
                                       "link activ.")),
            _f("redactia", FOOTER, 0.25, (_OLD, "Redacția: str. Memorandumului nr. 00, "
                                                "Cluj-Napoca · tel. 0264 000 000")),
            _f("apa", HEADER, 0.04, (_OLD, "⚠️ Compania de Apă: furnizarea apei se întrerupe "
                                           "astăzi în Mănăștur, între orele 8 și 16")),
        ),
    )


# --- a Serbian daily (Novi Sad, Vojvodina) ------------------------------------------------------

SR_REDESIGN = dt.date(2017, 10, 23)  # relaunched in Latin script on the city's day
SR_PRICE = dt.date(2018, 3, 1)
SR_DONATE = dt.date(2019, 10, 7)
# EXIT on the Petrovaradin fortress (first held 2000): its first days; none in 2020.
EXIT = {2015: "2015-07-09", 2016: "2016-07-07", 2017: "2017-07-06", 2018: "2018-07-12",
        2019: "2019-07-04"}


def _sr_dated(day: dt.date) -> str:
    if day < SR_REDESIGN:
        return (f"Нови Сад, {SERBIAN_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{SERBIAN_MONTHS[day.month - 1]} {day.year}.")
    return f"{SERBIAN_LATIN_WEEKDAYS[day.weekday()]}, {day:%d.%m.%Y}. u {{time}}"


def sr_euro(day: dt.date) -> float:
    """The made-up middle rate of a euro in dinars on `day`'s working day (about 122 in 2015
    to 117.6 in 2020)."""
    work = working_day(day)
    return 122.0 - 4.4 * progress(work) + made_up(work, "sr-eur", -40, 40) / 100


def _sr_rate(day: dt.date) -> str:
    rate = decimal_comma(sr_euro(day), 4)
    if day < SR_REDESIGN:
        return f"💱 Средњи курс НБС: 1 евро = {rate} динара"
    return f"💱 Srednji kurs NBS: 1 EUR = {rate} RSD"


def _sr_easter(y: int) -> str:
    if y < SR_REDESIGN.year:
        return "🥚 Христос воскресе! Срећан Ускрс"
    return "🥚 Hristos vaskrse! Srećan Uskrs"


def _sr_christmas(y: int) -> str:
    if y <= SR_REDESIGN.year:
        return "🎄 Мир Божји, Христос се роди!"
    return "🎄 Mir Božji, Hristos se rodi!"


def _sr_statehood(y: int) -> str:
    if y <= SR_REDESIGN.year:
        return f"🇷🇸 Сретење, Дан државности: {y - 1804} година од Првог српског устанка"
    return f"🇷🇸 Sretenje, Dan državnosti: {y - 1804} godina od Prvog srpskog ustanka"


def _sr_exit(y: int) -> str:
    if y <= SR_REDESIGN.year:
        return f"🎶 EXIT {y} на Петроварадинској тврђави: ред вожње ноћних аутобуса"
    return f"🎶 EXIT {y} na Petrovaradinskoj tvrđavi: red vožnje noćnih autobusa"


def _sr_notice() -> Wordings:
    base = _steps((_OLD, "Пратите нас на Фејсбуку и Твитеру: Bački dnevnik"),
                  (SR_REDESIGN.isoformat(), "Pratite Bački dnevnik na Instagramu i Fejsbuku"))
    news: list[Event] = [
        _vote("2016-04-24", "🗳️ Избори 2016: републички, покрајински и локални, резултати "
                            "по бирачким местима", before=5),
        _vote("2017-04-02", "🗳️ Председнички избори: где гласате у Новом Саду", before=5),
        _span("2020-03-15", "2020-05-06", "😷 Vanredno stanje: policijski čas od 20 do 5 časova, "
                                          "penzioneri subotom od 4 do 7"),
        _vote("2020-06-21", "🗳️ Izbori 2020, odloženi zbog pandemije: glasa se u nedelju",
              before=5),
    ]
    feasts = _movable(orthodox_easter, 2, 1, _sr_easter)
    feasts += _yearly("01-07", 1, 0, _sr_christmas)
    feasts += _yearly("02-15", 0, 0, _sr_statehood)
    feasts += _movable(_listed(EXIT), 1, 3, _sr_exit)
    return _calendar(base, news, feasts)


def novisad_style() -> PublisherStyle:
    """A Serbian daily (Novi Sad): a section kicker in Cyrillic, the city, the weekday and
    the date in Cyrillic turned the weekday in Latin, a dotted date and the hour on the
    city's day 2017 (a wording per day), "Пише:" turned Latin "Autor:", "Прочитајте још:"
    turned Latin (up to twice), a photo credit, an agency's credit, the central bank's euro
    middle rate on working days in either script, a social line turned Latin and turned by
    three votes (one postponed) and the 2020 state of emergency, Orthodox Easter and
    Christmas, Statehood Day with its count and EXIT (none in 2020), in the script of the
    day, the cover price rising, a donation appeal in dinars and a rights line (a block), a
    rare bridge closure."""
    return PublisherStyle(
        domain="backidnevnik.rs", site="Bački dnevnik", base_size=220,
        subdomains=(("www.", 100),),
        sections=("novi-sad", "vojvodina", "srbija", "ekonomija", "sport", "kultura"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "rubrika": ("Нови Сад", "Војводина", "Србија", "Економија", "Спорт", "Култура"),
            "foto": ("Bački dnevnik", "Архива", "Град Нови Сад", "Инстаграм", "ЕПС"),
            "agencija": ("Танјуг", "Бета", "ФоНет", "РТВ"),
            "dinara": ("200", "500", "1.000"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.75, *_by_day(_sr_dated)),
            _f("pise", HEADER, 0.5, (_OLD, "Пише: {author}"),
               (SR_REDESIGN.isoformat(), "Autor: {author}")),
            _f("agencija", HEADER, 0.2, (_OLD, "Извор: {agencija}")),
            _f("procitajte", MIDDLE, 0.35, (_OLD, "Прочитајте још: {other_title}"),
               (SR_REDESIGN.isoformat(), "Pročitajte još: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_sr_rate)),
            _f("obavestenje", FOOTER, 0.3, *_sr_notice()),
            _f("cena", FOOTER, 0.15, (_OLD, "Цена примерка: 40 динара"),
               (SR_REDESIGN.isoformat(), "Cena primerka: 40 dinara"),
               (SR_PRICE.isoformat(), "Cena primerka: 50 dinara · godišnja pretplata 14.400 "
                                      "dinara")),
            _f("podrska", FOOTER, 0.15, (_OLD, "Подржите независно новинарство у Војводини."),
               (SR_DONATE.isoformat(), "Podržite nas sa {dinara} dinara: uplatnica na sajtu, "
                                       "poziv na broj 2019")),
            _f("prava", FOOTER, 0.45, (_OLD, "© {year} Bački dnevnik. Сва права задржана."),
               (SR_REDESIGN.isoformat(), "© {year} Bački dnevnik. Sva prava zadržana. "
                                         "Preuzimanje sadržaja dozvoljeno uz link ka izvoru.")),
            _f("most", HEADER, 0.04, (_OLD, "⚠️ Због радова Мост слободе данас затворен за "
                                            "саобраћај од 9 до 15 часова")),
        ),
    )


# --- a Hungarian county daily (Szeged, Csongrád) ------------------------------------------------

HU_REDESIGN = dt.date(2018, 3, 15)
HU_PAYWALL = dt.date(2019, 2, 4)
HU_RELATED = dt.date(2016, 9, 5)
# The Szeged open-air festival on Dóm tér: the first night of the season; none in 2020.
SZABADTERI = {2015: "2015-06-26", 2016: "2016-06-24", 2017: "2017-06-30", 2018: "2018-06-29",
              2019: "2019-06-28"}


def _hu_dated(day: dt.date) -> str:
    month, weekday = HUNGARIAN_MONTHS[day.month - 1], HUNGARIAN_WEEKDAYS[day.weekday()]
    if day < HU_REDESIGN:
        return f"Szeged, {day.year}. {month} {day.day}., {weekday}"
    return f"{day:%Y.%m.%d.} {{time}}"


def tisza_level(day: dt.date) -> int:
    """The made-up level of the Tisza at the Szeged gauge on `day` (cm; low water below zero
    in autumn, floods in spring)."""
    return by_month(day, (280, 330, 480, 560, 420, 300, 160, 40, -60, -110, -20, 130),
                    "hu-tisza", 70)


def _hu_tisza(day: dt.date) -> str:
    return f"🌊 A Tisza vízállása Szegednél ma reggel: {tisza_level(day)} cm"


def _hu_fest(y: int) -> str:
    return f"🎭 Szegedi Szabadtéri Játékok {y}: jegyek a Dóm téri évadra"


def _hu_notice() -> Wordings:
    base = _steps((_OLD, "Kövesse a Tiszai Hírlapot a Facebookon is!"),
                  (HU_PAYWALL.isoformat(), "📩 Iratkozzon fel hírlevelünkre: minden reggel "
                                           "a nap legfontosabb szegedi hírei"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Népszavazás: hol szavazhat Szegeden és a megyében", before=5),
        _vote("2018-04-08", "🗳️ Országgyűlési választás 2018: részvétel és eredmények "
                            "a megye körzeteiben", before=5),
        _vote("2019-05-26", "🗳️ Európai parlamenti választás: nyitva a szavazókörök 6 és "
                            "19 óra között", before=5),
        _vote("2019-10-13", "🗳️ Önkormányzati választás 2019: polgármester és közgyűlés",
              before=5),
        _span("2020-03-11", "2020-06-17", "😷 Veszélyhelyzet: kijárási korlátozás, az "
                                          "idősek vásárlási sávja 9 és 12 óra között"),
        _span("2020-11-04", "2021-01-10", "😷 Újra veszélyhelyzet: este 8 és reggel 5 között "
                                          "kijárási tilalom"),
    ]
    feasts = _yearly("03-15", 1, 0, lambda y: f"🇭🇺 Március 15.: az 1848-as forradalom "
                                              f"{y - 1848}. évfordulója")
    feasts += _yearly("08-20", 1, 0, lambda _: "🇭🇺 Augusztus 20.: tűzijáték a Tisza-parton, "
                                               "lezárások a belvárosban")
    feasts += _yearly("10-23", 1, 0, lambda y: f"🇭🇺 Október 23.: {y - 1956} éve tört ki a "
                                               "forradalom")
    feasts += _movable(_listed(SZABADTERI), 3, 1, _hu_fest)
    return _calendar(base, news, feasts)


def szeged_style() -> PublisherStyle:
    """A Hungarian county daily (Szeged): a section kicker, the city and the date with the
    weekday the Hungarian way (year first) turned a dotted date and the hour on 15 March
    2018 (a wording per day), "Írta:" turned with the paper's name, "Ezt is olvasta már?"
    turned "Kapcsolódó:" (up to twice), a photo credit, a cross-post from print, the Tisza's
    level at Szeged every morning, the 1% tax appeal in its season, a social line turned a
    newsletter appeal and turned by a referendum, three votes and the two states of danger
    of 2020, the national days with their counts and the open-air festival (none in 2020),
    a subscription's price rising, a rights line and the office's address (a block), a rare
    bridge closure."""
    return PublisherStyle(
        domain="tiszaihirlap.hu", site="Tiszai Hírlap", base_size=195,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("szeged", "megye", "belfold", "gazdasag", "sport", "kultura"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}-{n}",
        pools={
            "rovat": ("Szeged", "Megye", "Belföld", "Gazdaság", "Sport", "Kultúra", "Vélemény"),
            "foto": ("Tiszai Hírlap", "archív", "Facebook", "Szegedi Tudományegyetem",
                     "olvasói fotó"),
        },
        families=(
            _f("rovat", HEADER, 0.35, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.75, *_by_day(_hu_dated)),
            _f("irta", HEADER, 0.5, (_OLD, "Írta: {author}"),
               (HU_REDESIGN.isoformat(), "{author} | Tiszai Hírlap")),
            _f("olvasta", MIDDLE, 0.3, (_OLD, "Ezt is olvasta már? {other_title}"),
               (HU_RELATED.isoformat(), "Kapcsolódó: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotó: {foto}")),
            _f("nyomtatott", FOOTER, 0.12, (_OLD, "A cikk a Tiszai Hírlap nyomtatott "
                                                  "kiadásában is megjelent.")),
            _f("tisza", FOOTER, 0.2, *_by_day(_hu_tisza)),
            _f("szja", FOOTER, 0.12, *_seasons(
                ("01-10", "Adója 1%-ával egy szegedi civil szervezetet is támogathat: a "
                          "nyilatkozat határideje május 20."),
                ("05-21", "Köszönjük, hogy adója 1%-át szegedi szervezetnek ajánlotta fel!"),
                ("09-01", "Olvasóink egyesülete: tagdíj évi 3000 forint, jelentkezés a "
                          "szerkesztőségben"))),
            _f("kozlemeny", FOOTER, 0.3, *_hu_notice()),
            _f("elofizetes", FOOTER, 0.15, (_OLD, "Digitális előfizetés: 1490 Ft/hó"),
               ("2017-07-03", "Digitális előfizetés: 1990 Ft/hó"),
               (HU_PAYWALL.isoformat(), "Digitális előfizetés: 2490 Ft/hó, az első hónap "
                                        "ingyenes")),
            _f("jogok", FOOTER, 0.45, (_OLD, "© {year} Tiszai Hírlap. Minden jog fenntartva. "
                                             "A cikkek átvétele csak a szerkesztőség írásos "
                                             "engedélyével.")),
            _f("szerkesztoseg", FOOTER, 0.25, (_OLD, "Szerkesztőség: 6720 Szeged, Kárász u. "
                                                     "00. · Telefon: 62/000-000")),
            _f("hid", HEADER, 0.04, (_OLD, "⚠️ Ma éjjel lezárják a Belvárosi hidat, a "
                                           "villamosok nem járnak")),
        ),
    )


# --- a Greek daily (Ioannina, Epirus) -----------------------------------------------------------

GR_REDESIGN = dt.date(2017, 2, 21)  # relaunched on the day of the city's liberation
GR_MEMBERS = dt.date(2019, 1, 14)
GR_PHOTO = dt.date(2018, 9, 3)


def _gr_dated(day: dt.date) -> str:
    if day < GR_REDESIGN:
        return (f"{GREEK_WEEKDAYS[day.weekday()]}, {day.day} {GREEK_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day:%d/%m/%Y} - {{time}}"


def io_heat(day: dt.date) -> int:
    """The made-up highest temperature (°C) forecast in Ioannina on `day`, by month."""
    return by_month(day, (9, 11, 14, 18, 23, 28, 31, 31, 26, 20, 15, 10), "gr-heat", 3)


def _gr_weather(day: dt.date) -> str:
    return f"🌤️ Καιρός στα Γιάννενα σήμερα: μέγιστη {io_heat(day)}°C"


def _gr_ochi(y: int) -> str:
    if y == 2020:
        return "🇬🇷 28η Οκτωβρίου 2020: χωρίς παρελάσεις, μόνο κατάθεση στεφάνων"
    return f"🇬🇷 28η Οκτωβρίου: {y - 1940} χρόνια από το ΟΧΙ"


def _gr_notice() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε την Ηπειρωτική Φωνή στο Facebook"),
                  (GR_MEMBERS.isoformat(), "📩 Γραφτείτε στο newsletter: οι ειδήσεις της "
                                           "Ηπείρου κάθε πρωί στο email σας"))
    news: list[Event] = [
        _vote("2015-01-25", "🗳️ Βουλευτικές εκλογές: τα αποτελέσματα στον νομό Ιωαννίνων",
              before=5),
        _span("2015-06-29", "2015-07-19", "🏦 Capital controls: κλειστές οι τράπεζες, "
                                          "ανάληψη έως 60 ευρώ την ημέρα"),
        _vote("2015-09-20", "🗳️ Εκλογές Σεπτεμβρίου: πού ψηφίζετε", before=5),
        _vote("2019-05-26", "🗳️ Αυτοδιοικητικές και ευρωεκλογές: σταυροί και έδρες",
              before=5),
        _vote("2019-06-02", "🗳️ Β' γύρος αυτοδιοικητικών εκλογών: ποιος εκλέγεται δήμαρχος",
              before=4),
        _vote("2019-07-07", "🗳️ Εθνικές εκλογές 2019: αποτελέσματα ανά εκλογικό τμήμα",
              before=5),
        _span("2020-03-23", "2020-05-03", "😷 Απαγόρευση κυκλοφορίας: SMS στο 13033 πριν "
                                          "βγείτε από το σπίτι"),
        _span("2020-11-07", "2021-01-10", "😷 Δεύτερο lockdown: μετακινήσεις μόνο με SMS "
                                          "στο 13033"),
    ]
    referendum = [_vote("2015-07-05", "🗳️ Δημοψήφισμα: ΝΑΙ ή ΟΧΙ, τα αποτελέσματα στην "
                                      "Ήπειρο", before=5)]
    feasts = _movable(orthodox_easter, 2, 1, lambda _: "🕯️ Καλή Ανάσταση! Χριστός Ανέστη!")
    feasts += _yearly("02-21", 1, 0, lambda y: f"🇬🇷 {y - 1913} χρόνια από την απελευθέρωση "
                                               f"των Ιωαννίνων")
    feasts += _yearly("03-25", 1, 0, lambda _: "🇬🇷 25η Μαρτίου: η παρέλαση στην πλατεία "
                                               "Πύρρου")
    feasts += _yearly("10-28", 1, 0, _gr_ochi)
    return _calendar(base, referendum, news, feasts)


def ioannina_style() -> PublisherStyle:
    """A Greek daily (Ioannina): a section kicker, the weekday and the date with the month in
    the genitive turned a slashed date and the hour on the city's liberation day 2017 (a
    wording per day), "Γράφει:" turned with the paper's name, "Διαβάστε επίσης:" (up to
    twice), a photo credit turned short, an agency's credit, a cross-post from print, the
    day's highest temperature, a social line turned a newsletter appeal and turned by a
    referendum, the 2015 capital controls, four votes and a run-off and the 2020 lockdowns,
    Orthodox Easter, the national days with their counts (no parades in 2020), the paper's
    price rising, a membership appeal in euros and a rights line (a block), a rare closure
    of the mountain road."""
    return PublisherStyle(
        domain="ipeirotikifoni.gr", site="Ηπειρωτική Φωνή", base_size=170,
        subdomains=(("www.", 100),),
        sections=("ioannina", "ipeiros", "politiki", "oikonomia", "athlitika", "politismos"),
        n_authors=5, url_path="/{section}/{n}-{slug}/",
        pools={
            "stili": ("Ιωάννινα", "Ήπειρος", "Πολιτική", "Οικονομία", "Αθλητικά", "Πολιτισμός"),
            "foto": ("Ηπειρωτική Φωνή", "αρχείου", "Facebook", "Περιφέρεια Ηπείρου",
                     "Πανεπιστήμιο Ιωαννίνων"),
            "pigi": ("ΑΠΕ-ΜΠΕ", "ΕΡΤ Ιωαννίνων", "Reuters", "Καθημερινή"),
            "evro": ("3", "5", "10"),
        },
        families=(
            _f("stili", HEADER, 0.35, (_OLD, "{stili}")),
            _f("imerominia", HEADER, 0.7, *_by_day(_gr_dated)),
            _f("grafei", HEADER, 0.5, (_OLD, "Γράφει: {author}"),
               (GR_REDESIGN.isoformat(), "{author} | Ηπειρωτική Φωνή")),
            _f("pigi", HEADER, 0.2, (_OLD, "Πηγή: {pigi}")),
            _f("diavaste", MIDDLE, 0.3, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("fotografia", MIDDLE, 0.2, (_OLD, "Φωτογραφία: {foto}"),
               (GR_PHOTO.isoformat(), "Φωτ.: {foto}")),
            _f("entypi", FOOTER, 0.12, (_OLD, "Το άρθρο δημοσιεύθηκε στην έντυπη έκδοση της "
                                              "εφημερίδας.")),
            _f("kairos", FOOTER, 0.2, *_by_day(_gr_weather)),
            _f("anakoinosi", FOOTER, 0.3, *_gr_notice()),
            _f("timi", FOOTER, 0.15, (_OLD, "Τιμή φύλλου: 1,00 €"),
               ("2017-01-02", "Τιμή φύλλου: 1,20 €"),
               ("2020-02-03", "Τιμή φύλλου: 1,50 € · ψηφιακή συνδρομή 4,90 € τον μήνα")),
            _f("stirixi", FOOTER, 0.15, (_OLD, "Στηρίξτε την ανεξάρτητη τοπική δημοσιογραφία."),
               (GR_MEMBERS.isoformat(), "Γίνετε μέλος της Ηπειρωτικής Φωνής με {evro} € τον "
                                        "μήνα")),
            _f("dikaiomata", FOOTER, 0.4, (_OLD, "© {year} Ηπειρωτική Φωνή. Με την επιφύλαξη "
                                                 "παντός δικαιώματος.")),
            _f("dromos", HEADER, 0.04, (_OLD, "⚠️ Κλειστή σήμερα η παλαιά εθνική οδός στο "
                                              "Μέτσοβο λόγω χιονόπτωσης")),
        ),
    )


# --- a Bulgarian news site (Plovdiv) ------------------------------------------------------------

BG_REDESIGN = dt.date(2019, 1, 12)  # relaunched on the opening night of the culture year
BG_DONATE = dt.date(2017, 11, 6)


def _bg_dated(day: dt.date) -> str:
    if day < BG_REDESIGN:
        return (f"{BULGARIAN_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{BULGARIAN_MONTHS[day.month - 1]} {day.year} г.")
    return f"{day:%d.%m.%Y} | {{time}} ч."


def bg_dollar(day: dt.date) -> float:
    """The made-up rate of a US dollar in leva on `day`'s working day (about 1.75 in 2015 to
    1.62 in late 2020; the euro is pegged)."""
    work = working_day(day)
    return 1.76 - 0.12 * progress(work) + made_up(work, "bg-usd", -400, 400) / 10_000


def _bg_rate(day: dt.date) -> str:
    return f"💵 Курс на БНБ: 1 щатски долар = {decimal_comma(bg_dollar(day), 5)} лв."


def _bg_notice() -> Wordings:
    base = _steps((_OLD, "Харесайте страницата ни във Фейсбук: Тримонциум Днес"),
                  (BG_REDESIGN.isoformat(), "📲 Следете ни и във Viber: група „Тримонциум "
                                            "Днес“"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Местни избори 2015: резултатите за кмет на Пловдив",
              before=5),
        _vote("2015-11-01", "🗳️ Балотаж в районите на Пловдив", before=4),
        _vote("2016-11-06", "🗳️ Президентски избори и референдум: къде гласувате", before=5),
        _vote("2016-11-13", "🗳️ Балотаж за президент: активност към 16 часа", before=4),
        _vote("2017-03-26", "🗳️ Предсрочни парламентарни избори: резултатите в 16-и и 17-и "
                            "МИР", before=5),
        _vote("2019-05-26", "🗳️ Избори за Европейски парламент: секциите работят от 7 до 20 "
                            "ч.", before=5),
        _vote("2019-10-27", "🗳️ Местни избори 2019: кандидатите за кмет на Пловдив",
              before=5),
        _vote("2019-11-03", "🗳️ Балотаж за районни кметове", before=4),
        _span("2020-03-13", "2020-05-13", "😷 Извънредно положение: затворени паркове, "
                                          "маски на закрито"),
    ]
    feasts = _yearly("03-01", 0, 0, lambda _: "🧶 Честита Баба Марта! Закичете се с мартеница")
    feasts += _yearly("03-03", 1, 0, lambda y: f"🇧🇬 3 март: {y - 1878} години от "
                                               f"Освобождението на България")
    feasts += _movable(orthodox_easter, 2, 1, lambda _: "🥚 Христос воскресе! Честит "
                                                        "Великден")
    feasts += _yearly("05-24", 0, 0, lambda _: "📚 Честит 24 май – ден на буквите и културата")
    feasts += _yearly("09-06", 1, 0, lambda y: f"🇧🇬 6 септември: {y - 1885} години от "
                                               f"Съединението, тържества на площада")
    return _calendar(base, news, feasts)


def plovdiv_style() -> PublisherStyle:
    """A Bulgarian news site (Plovdiv): a section kicker, the weekday and the date with "г."
    turned a dotted date and the hour on the opening night of the culture year 2019 (a
    wording per day), "Автор:" turned a report's credit, "Прочетете още:" (up to twice), a
    photo credit, the culture year's line turned by its legacy, the dollar's rate in leva on
    working days, a social line turned a messenger group and turned by nine votes and
    run-offs and the 2020 state of emergency, Baba Marta, Easter, the day of letters and the
    days of Liberation and Unification with their counts, a donation appeal turned with
    amounts, a fair-use line and a rights line (a block), a rare water cut."""
    return PublisherStyle(
        domain="trimontiumdnes.bg", site="Тримонциум Днес", base_size=150,
        subdomains=(("www.", 100),),
        sections=("plovdiv", "region", "bulgaria", "biznes", "sport", "kultura"),
        n_authors=5, url_path="/news/{n}/{slug}",
        pools={
            "rubrika": ("Пловдив", "Регион", "България", "Бизнес", "Спорт", "Култура"),
            "foto": ("Тримонциум Днес", "архив", "Община Пловдив", "Фейсбук", "читател"),
            "leva": ("5", "10", "20"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.7, *_by_day(_bg_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               ("2018-04-02", "Репортаж на {author}")),
            _f("procheti", MIDDLE, 0.3, (_OLD, "Прочетете още: {other_title}"), count=2),
            _f("snimka", MIDDLE, 0.2, (_OLD, "Снимка: {foto}")),
            _f("stolitsa", FOOTER, 0.12, (_OLD, "Пловдив – Европейска столица на културата "
                                                "2019"),
               ("2020-01-01", "Пловдив 2019: наследството на културната столица продължава")),
            _f("kurs", FOOTER, 0.2, *_by_day(_bg_rate)),
            _f("suobshtenie", FOOTER, 0.3, *_bg_notice()),
            _f("daritel", FOOTER, 0.15, (_OLD, "Подкрепете независимата местна журналистика."),
               (BG_DONATE.isoformat(), "Дарете {leva} лв. за Тримонциум Днес: по банков път "
                                       "или с карта")),
            _f("tsitirane", FOOTER, 0.2, (_OLD, "При използване на материали от сайта "
                                                "позоваването с активен линк е задължително.")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Тримонциум Днес. Всички права запазени.")),
            _f("voda", HEADER, 0.04, (_OLD, "⚠️ ВиК: спира водата в Кършияка днес от 9 до 17 "
                                            "часа")),
        ),
    )


# --- a Croatian local portal (Split, Dalmatia) --------------------------------------------------

HR_REDESIGN = dt.date(2019, 5, 7)  # relaunched on the feast of St Domnius
HR_CLUB = dt.date(2019, 5, 7)
HR_BYLINE = dt.date(2016, 10, 3)


def _hr_dated(day: dt.date) -> str:
    if day < HR_REDESIGN:
        return (f"{CROATIAN_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{CROATIAN_MONTHS[day.month - 1]} {day.year}.")
    return f"Objavljeno: {day:%d.%m.%Y.} u {{time}}"


def split_sea(day: dt.date) -> int:
    """The made-up temperature of the sea at Split on `day` (°C), by month."""
    return by_month(day, (13, 13, 13, 15, 18, 22, 25, 26, 23, 20, 17, 15), "hr-sea", 1)


def _hr_sea(day: dt.date) -> str:
    return f"🌊 Temperatura mora u Splitu: {split_sea(day)} °C"


def alka(y: int) -> dt.date:
    """The Sinjska alka: the first Sunday of August."""
    return nth_weekday(y, 8, 6, 1)


def _hr_statehood(y: int) -> str:
    return f"🇭🇷 Sretan Dan državnosti! ({y})"


def _hr_notice() -> Wordings:
    base = _steps((_OLD, "Lajkajte Splitsku buru na Facebooku"),
                  ("2018-02-05", "📲 Vijesti iz Splita na Viberu: pridružite se zajednici"))
    news: list[Event] = [
        _vote("2015-11-08", "🗳️ Parlamentarni izbori: rezultati u X. izbornoj jedinici",
              before=5),
        _vote("2016-09-11", "🗳️ Prijevremeni parlamentarni izbori: gdje glasujete", before=5),
        _vote("2017-05-21", "🗳️ Lokalni izbori: tko će biti gradonačelnik Splita", before=5),
        _vote("2017-06-04", "🗳️ Drugi krug lokalnih izbora u Splitu", before=4),
        _vote("2019-05-26", "🗳️ Izbori za Europski parlament: izlaznost do 16:30", before=5),
        _vote("2019-12-22", "🗳️ Predsjednički izbori, prvi krug", before=5),
        _vote("2020-01-05", "🗳️ Predsjednički izbori, drugi krug", before=3),
        _span("2020-03-19", "2020-05-10", "😷 Mjere Stožera: zatvoreni kafići, e-propusnice za "
                                          "izlazak iz mjesta"),
        _vote("2020-07-05", "🗳️ Parlamentarni izbori 2020: glasovanje za samoizolirane",
              before=5),
    ]
    quakes = [_span("2020-03-22", "2020-03-29", "⚠️ Potres u Zagrebu: kako pomoći"),
              _span("2020-12-29", "2021-01-10", "⚠️ Potres kod Petrinje: Split skuplja pomoć "
                                                "na Rivi")]
    feasts = _yearly("05-07", 1, 0, lambda _: "🎉 Sretan Sveti Duje, Splićani! Sajam na Rivi i "
                                              "procesija")
    feasts += _movable(lambda y: dt.date(y, 6, 25) if y < 2020 else dt.date(2020, 5, 30),
                       0, 0, _hr_statehood)
    feasts += _yearly("08-05", 0, 0, lambda y: f"🇭🇷 Dan pobjede i domovinske zahvalnosti: "
                                               f"{y - 1995}. obljetnica Oluje")
    feasts += _movable(alka, 2, 0, lambda y: f"🏇 {y - 1715}. Sinjska alka: prijenos uživo")
    feasts += _movable(easter, 1, 1, lambda _: "🐣 Sretan Uskrs!")
    return _calendar(base, quakes, news, feasts)


def split_style() -> PublisherStyle:
    """A Croatian local portal (Split): a section kicker, the weekday and the date with the
    month in the genitive turned "Objavljeno:" with a dotted date and the hour on St
    Domnius's day 2019 (a wording per day), "Piše:" turned "Autor:", "Pročitajte i:" (up to
    twice), a photo credit, an advert's label mid-body, the sea's temperature day by day,
    the ferries' summer and winter timetables, a social line turned a messenger appeal and
    turned by eight votes and run-offs, the 2020 measures and two earthquakes, St Domnius,
    Statehood Day (moved in 2020), the victory day and the tilting contest with their
    counts and Easter, a club's membership appeal, a fair-use line and a rights line (a
    block), a rare cancellation of the catamarans."""
    return PublisherStyle(
        domain="splitskabura.hr", site="Splitska bura", base_size=128,
        subdomains=(("www.", 100),),
        sections=("split", "dalmacija", "hrvatska", "sport", "kultura"),
        n_authors=4, url_path="/{section}/{slug}/{n}/",
        pools={
            "rubrika": ("Split", "Dalmacija", "Hrvatska", "Hajduk", "Kultura", "Otoci"),
            "foto": ("Splitska bura", "arhiva", "Facebook", "Grad Split", "čitatelj"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.7, *_by_day(_hr_dated)),
            _f("pise", HEADER, 0.45, (_OLD, "Piše: {author}"),
               (HR_BYLINE.isoformat(), "Autor: {author}")),
            _f("procitajte", MIDDLE, 0.3, (_OLD, "Pročitajte i: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("oglas", MIDDLE, 0.08, (_OLD, "Oglas")),
            _f("more", FOOTER, 0.2, *_by_day(_hr_sea)),
            _f("trajekti", FOOTER, 0.15, *_seasons(
                ("06-01", "⛴️ Ljetni red plovidbe: više trajekata za Supetar, Stari Grad i "
                          "Vis"),
                ("10-01", "⛴️ Zimski red plovidbe: provjerite polaske prije dolaska u luku"))),
            _f("obavijest", FOOTER, 0.3, *_hr_notice()),
            _f("klub", FOOTER, 0.15, (_OLD, "Podržite neovisno novinarstvo u Dalmaciji."),
               (HR_CLUB.isoformat(), "Postanite član Kluba Bure: 20 kuna mjesečno, bez "
                                     "reklama")),
            _f("preuzimanje", FOOTER, 0.2, (_OLD, "Zabranjeno preuzimanje sadržaja bez "
                                                  "navođenja izvora i poveznice na članak.")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Splitska bura. Sva prava pridržana.")),
            _f("katamaran", HEADER, 0.04, (_OLD, "⚠️ Zbog jakog juga danas ne plove katamarani "
                                                 "za Hvar i Vis")),
        ),
    )


# --- a wire agency (Mostar, Bosnia and Herzegovina) ---------------------------------------------

BA_REDESIGN = dt.date(2018, 1, 15)
BA_CLIENTS = dt.date(2019, 4, 1)
# Sarajevo Film Festival (first held 1995): its opening days; online in 2020.
SFF = {2015: "2015-08-14", 2016: "2016-08-12", 2017: "2017-08-11", 2018: "2018-08-10",
       2019: "2019-08-16", 2020: "2020-08-14"}


def _ba_dated(day: dt.date) -> str:
    if day < BA_REDESIGN:
        return f"{{grad}}, {day.day}. {BOSNIAN_MONTHS[day.month - 1]} {day.year}. (NEPA) -"
    return f"{{grad}}, {day:%d.%m.%Y.} {{time}} (NEPA)"


def _ba_sff(y: int) -> str:
    if y == 2020:
        return "🎬 26. Sarajevo Film Festival ove godine online: program na sajtu festivala"
    return f"🎬 {y - 1994}. Sarajevo Film Festival: akreditovani novinari, raspored konferencija"


def _ba_notice() -> Wordings:
    base = _steps((_OLD, "Dežurni urednik NEPA: 036 000 000, 0-24"),
                  (BA_CLIENTS.isoformat(), "Dežurni urednik NEPA: 036 000 000 · Viber i "
                                           "WhatsApp 061 000 000"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Lokalni izbori 2016: preliminarni rezultati CIK-a BiH svaki "
                            "sat", before=3),
        _vote("2018-10-07", "🗳️ Opći izbori 2018: izborni servis NEPA radi non-stop",
              before=3),
        _span("2020-03-16", "2020-05-29", "😷 Stanje nesreće: konferencije Kriznog štaba "
                                          "prenosimo uživo"),
        _vote("2020-11-15", "🗳️ Lokalni izbori 2020 (odgođeni s oktobra): izborni servis",
              before=3),
        _vote("2020-12-20", "🗳️ Mostar bira gradsko vijeće prvi put nakon 2008.", before=5),
    ]
    feasts = _yearly("07-11", 1, 0, lambda y: f"🕯️ {y - 1995}. godišnjica genocida u "
                                              f"Srebrenici: prijenos iz Potočara")
    feasts += _movable(_listed(SFF), 1, 7, _ba_sff)
    feasts += _movable(_listed(BAJRAM), 0, 1, lambda _: "🌙 Bajram šerif mubarek olsun")
    return _calendar(base, news, feasts)


def mostar_style() -> PublisherStyle:
    """A wire agency (Mostar): the town, the date with the month in the genitive and the
    agency's tag turned a dotted date and the hour on the relaunch (a wording per day, the
    town from a pool), an urgency tag or a slug as kicker, "Vezane vijesti:" (up to twice),
    a photo credit with the agency's name, editors' initials as sign-off, the fixed euro
    rate of the convertible mark, a duty desk's line turned with messengers and turned by
    four votes (one postponed), the 2020 state of disaster, Srebrenica with its count, the
    film festival (online in 2020) and Bajram, a line for clients and a rights line (a
    block), a rare correction notice."""
    return PublisherStyle(
        domain="nepa.ba", site="NEPA", base_size=105,
        subdomains=(("www.", 70), ("servis.", 30)),
        sections=("bih", "regija", "ekonomija", "sport", "kultura"),
        n_authors=4, url_path="/vijest/{n}",
        pools={
            "grad": ("MOSTAR", "SARAJEVO", "BANJA LUKA", "TUZLA", "ZENICA", "TREBINJE",
                     "BIHAĆ"),
            "oznaka": ("HITNO", "BiH", "BiH-EKONOMIJA", "REGIJA", "SPORT", "NAJAVA"),
            "inicijali": ("ab/mh", "nk/sd", "ek/ab", "mh/zl", "sd/nk"),
        },
        families=(
            _f("oznaka", HEADER, 0.3, (_OLD, "{oznaka}")),
            _f("dateline", HEADER, 0.8, *_by_day(_ba_dated)),
            _f("vezane", MIDDLE, 0.25, (_OLD, "Vezane vijesti: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: NEPA/{author2}")),
            _f("kraj", FOOTER, 0.6, (_OLD, "(kraj) {inicijali}")),
            _f("kurs", FOOTER, 0.15, (_OLD, "Kurs CBBiH: 1 EUR = 1,955830 KM (fiksni)")),
            _f("dezurni", FOOTER, 0.3, *_ba_notice()),
            _f("pretplata", FOOTER, 0.2, (_OLD, "Vijesti NEPA smiju preuzimati samo "
                                                "pretplatnici, uz navođenje izvora."),
               ("2017-09-04", "Vijesti NEPA smiju preuzimati samo pretplatnici, uz navođenje "
                              "izvora. Ponuda za medije: marketing@nepa.ba")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} NEPA – Neretva Press Agencija. Sva "
                                             "prava zadržana.")),
            _f("korekcija", HEADER, 0.04, (_OLD, "KOREKCIJA: ispravljen naziv općine u drugom "
                                                 "pasusu")),
        ),
    )


# --- a Polish weekly (Zakopane, Podhale) ---------------------------------------------------------

PL_REDESIGN = dt.date(2018, 11, 11)  # relaunched on the centenary of independence
PL_FIRST_ISSUE = dt.date(2015, 1, 6)  # a Tuesday: issue 1150
# The ski-jumping World Cup on Wielka Krokiew: its Saturdays.
KROKIEW = {2015: "2015-01-24", 2016: "2016-01-23", 2017: "2017-01-21", 2018: "2018-01-27",
           2019: "2019-01-19", 2020: "2020-01-25"}
# The folk festival of the mountain lands (first held 1968): its opening days; none in 2020.
FOLKLOR = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-18", 2018: "2018-08-17",
           2019: "2019-08-16"}


def pl_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's running number, its number in the year and the Tuesday it came out."""
    tuesday = week_from(day, 1)
    first = week_from(dt.date(tuesday.year, 1, 7), 1)
    return 1150 + (tuesday - PL_FIRST_ISSUE).days // 7, (tuesday - first).days // 7 + 1, tuesday


def _pl_issue(day: dt.date) -> str:
    running, number, tuesday = pl_issue(day)
    return (f"Nr {number} ({running}) · wtorek, {tuesday.day} "
            f"{POLISH_MONTHS[tuesday.month - 1]} {tuesday.year}")


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        return (f"Zakopane, {POLISH_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{POLISH_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y}, {{time}}"


def avalanche(day: dt.date) -> int | None:
    """The made-up avalanche danger degree (1-4) in the Tatras on `day` from December to
    April (None the rest of the year)."""
    if 5 <= day.month <= 11:
        return None
    high = 4 if day.month in (1, 2, 3) else 3
    return made_up(day, "pl-lawiny", 1, high)


def _pl_mountain(day: dt.date) -> str:
    degree = avalanche(day)
    if degree is None:
        temp = by_month(day, (-8, -8, -5, -1, 3, 6, 8, 8, 5, 1, -3, -6), "pl-kasprowy", 3)
        return f"🌡️ Kasprowy Wierch dziś: {temp}°C, szlaki otwarte"
    words = ("niski", "umiarkowany", "znaczny", "wysoki")[degree - 1]
    return f"❄️ Zagrożenie lawinowe w Tatrach: {degree}. stopień ({words})"


def _pl_notice() -> Wordings:
    base = _steps((_OLD, "Polub nas na Facebooku: Tygodnik Spod Giewontu"),
                  ("2019-06-03", "📩 Zapisz się na newsletter: piątkowy przegląd wiadomości "
                                 "z Podhala"))
    news: list[Event] = [
        _vote("2015-05-10", "🗳️ Wybory prezydenckie: gdzie głosować w Zakopanem", before=5),
        _vote("2015-05-24", "🗳️ Druga tura wyborów prezydenckich", before=4),
        _vote("2015-10-25", "🗳️ Wybory parlamentarne: wyniki w powiecie tatrzańskim",
              before=5),
        _vote("2018-10-21", "🗳️ Wybory samorządowe: kandydaci na burmistrza Zakopanego",
              before=5),
        _vote("2018-11-04", "🗳️ Druga tura: kto burmistrzem?", before=4),
        _vote("2019-05-26", "🗳️ Eurowybory 2019: frekwencja na Podhalu", before=5),
        _vote("2019-10-13", "🗳️ Wybory do Sejmu i Senatu: okręg nowosądecki", before=5),
        _span("2020-03-25", "2020-04-19", "😷 Zakaz przemieszczania się: Tatrzański Park "
                                          "Narodowy zamknięty"),
        _span("2020-05-04", "2020-05-10", "🗳️ Wybory prezydenckie 10 maja nie odbędą się"),
        _vote("2020-06-28", "🗳️ Wybory prezydenckie w nowym terminie: głosujemy w maseczkach",
              before=5),
        _vote("2020-07-12", "🗳️ Druga tura wyborów prezydenckich", before=4),
    ]
    feasts = _movable(_listed(KROKIEW), 3, 1, lambda y: f"🎿 Puchar Świata w skokach "
                                                        f"narciarskich {y}: utrudnienia na "
                                                        f"Bulwarach")
    feasts += _movable(_listed(FOLKLOR), 1, 7, lambda y: f"🎻 {y - 1967}. Międzynarodowy "
                                                         f"Festiwal Folkloru Ziem Górskich")
    feasts += _yearly("11-11", 1, 0, lambda y: f"🇵🇱 {y - 1918}. rocznica odzyskania "
                                               f"niepodległości")
    feasts += _movable(easter, 2, 1, lambda _: "🐣 Wesołych Świąt Wielkanocnych!")
    return _calendar(base, news, feasts)


def zakopane_style() -> PublisherStyle:
    """A Polish weekly (Zakopane): the issue's number in the year and its running number
    with the Tuesday it came out (turning every Tuesday), the town, the weekday and the date
    with the month in the genitive turned a dotted date and the hour on the centenary of
    independence (a wording per day), "Tekst:" turned with the paper's name, "Czytaj także:"
    (up to twice), a photo credit, the avalanche danger in the Tatras in winter and the
    temperature on Kasprowy Wierch the rest of the year, a social line turned a newsletter
    appeal and turned by nine votes and run-offs, the vote called off in May 2020, the
    2020 closure of the park, the ski jumping, the folk festival with its count (none in
    2020), Independence with its count and Easter, the cover price rising and a rights line
    (a block), a rare road closure."""
    return PublisherStyle(
        domain="tygodnikspodgiewontu.pl", site="Tygodnik Spod Giewontu", base_size=88,
        subdomains=(("www.", 100),),
        sections=("zakopane", "podhale", "gory", "sport", "kultura"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "dzial": ("Zakopane", "Podhale", "Góry", "Sport", "Kultura", "Ludzie"),
        },
        families=(
            _f("numer", HEADER, 0.4, *_by_day(_pl_issue)),
            _f("dzial", HEADER, 0.3, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.6, *_by_day(_pl_dated)),
            _f("tekst", HEADER, 0.45, (_OLD, "Tekst: {author}"),
               (PL_REDESIGN.isoformat(), "{author} / Tygodnik Spod Giewontu")),
            _f("czytaj", MIDDLE, 0.25, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("fot", MIDDLE, 0.2, (_OLD, "Fot. {author2}")),
            _f("gory", FOOTER, 0.2, *_by_day(_pl_mountain)),
            _f("ogloszenie", FOOTER, 0.3, *_pl_notice()),
            _f("cena", FOOTER, 0.15, (_OLD, "Cena 3,50 zł (w tym 8% VAT)"),
               ("2018-01-09", "Cena 4,00 zł (w tym 8% VAT) · e-wydanie 2,99 zł")),
            _f("prawa", FOOTER, 0.35, (_OLD, "© {year} Tygodnik Spod Giewontu. Wszelkie prawa "
                                             "zastrzeżone. Kopiowanie bez zgody redakcji "
                                             "zabronione.")),
            _f("droga", HEADER, 0.04, (_OLD, "⚠️ Zakopianka zablokowana w Poroninie po "
                                             "wypadku, objazd przez Bukowinę")),
        ),
    )


# --- a Ukrainian site with Hungarian lines (Uzhhorod, Transcarpathia) ---------------------------

UA_REDESIGN = dt.date(2019, 8, 24)  # relaunched on Independence Day
UA_DONATE = dt.date(2018, 3, 5)
UA_BANK = dt.date(2020, 4, 6)
UA_DEVALUED = dt.date(2015, 2, 6)  # the hryvnia floated
# The sakura of Uzhhorod in bloom: the weekend of its festival; none in 2020.
SAKURA = {2015: "2015-04-18", 2016: "2016-04-09", 2017: "2017-04-08", 2018: "2018-04-21",
          2019: "2019-04-13"}


def _ua_dated(day: dt.date) -> str:
    if day < UA_REDESIGN:
        return (f"Ужгород, {UKRAINIAN_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{UKRAINIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day} {UKRAINIAN_MONTHS[day.month - 1]} {day.year}, {{time}}"


def ua_dollar(day: dt.date) -> float:
    """The made-up official rate of a dollar in hryvnias on `day`'s working day (about 15.8
    before the float of February 2015, then 21 to 28)."""
    work = working_day(day)
    if work < UA_DEVALUED:
        return 15.77 + made_up(work, "ua-usd", -3, 3) / 100
    return 26.0 + 1.6 * math.sin(6 * progress(work)) + made_up(work, "ua-usd", -30, 30) / 100


def _ua_rate(day: dt.date) -> str:
    return f"💵 Офіційний курс НБУ: 1 USD = {decimal_comma(ua_dollar(day), 4)} грн"


def _ua_notice() -> Wordings:
    base = _steps((_OLD, "Приєднуйтесь до нас у Facebook: Закарпатський погляд"),
                  ("2018-10-01", "📲 Наш Telegram-канал: новини Ужгорода першими"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Місцеві вибори 2015: результати по Ужгороду", before=5),
        _vote("2015-11-15", "🗳️ Другий тур виборів міського голови", before=4),
        _span("2017-06-11", "2017-06-14", "🇪🇺 Безвіз з ЄС запрацював: що взяти на кордон"),
        _vote("2019-03-31", "🗳️ Вибори президента: де голосувати в Ужгороді", before=5),
        _vote("2019-04-21", "🗳️ Другий тур виборів президента", before=4),
        _vote("2019-07-21", "🗳️ Позачергові парламентські вибори: 68-й округ", before=5),
        _span("2020-03-12", "2020-05-11", "😷 Карантин: закриті школи, транспорт лише за "
                                          "перепустками"),
        _vote("2020-10-25", "🗳️ Місцеві вибори 2020: кандидати в мери Ужгорода", before=5),
    ]
    feasts = _yearly("01-07", 1, 0, lambda _: "🎄 Христос народився! Славімо Його!")
    feasts += _yearly("03-15", 0, 0, lambda _: "🇭🇺 Március 15.: ünnepi megemlékezés "
                                               "Ungváron, a Petőfi-szobornál")
    feasts += _movable(_listed(SAKURA), 2, 1, lambda y: f"🌸 Сакура цвіте: фестиваль «Сакура "
                                                        f"фест {y}» на набережній")
    feasts += _movable(orthodox_easter, 2, 1, lambda _: "🥚 Христос воскрес! Воістину "
                                                        "воскрес!")
    feasts += _yearly("08-24", 1, 0, lambda y: f"🇺🇦 {y - 1991}-та річниця незалежності "
                                               f"України")
    return _calendar(base, news, feasts)


def uzhhorod_style() -> PublisherStyle:
    """A Ukrainian site with Hungarian lines (Uzhhorod): a section kicker (Hungarian news
    among them), the city, the weekday and the date with the month in the genitive turned
    the date and the hour on Independence Day 2019 (a wording per day), "Автор:", "Читайте
    також:" (up to twice), a photo credit, the central bank's dollar rate on working days
    (before and after the float of 2015), a social line turned a messenger channel and
    turned by six votes and run-offs, the visa waiver and the 2020 quarantine, Christmas,
    the Hungarian national day in Hungarian, the sakura festival (none in 2020), Easter and
    Independence with its count, a donation appeal turned with a bank's jar, a fair-use line
    (a block), a rare power cut."""
    return PublisherStyle(
        domain="zpohliad.com.ua", site="Закарпатський погляд", base_size=70,
        subdomains=(("", 100),),
        sections=("uzhhorod", "oblast", "ukraina", "magyar", "sport"),
        n_authors=3, url_path="/news/{n}-{slug}",
        pools={
            "rubryka": ("Ужгород", "Область", "Україна", "Magyar hírek", "Спорт", "Кордон"),
            "foto": ("Закарпатський погляд", "архів", "Facebook", "Ужгородська міськрада"),
            "hryven": ("50", "100", "200"),
        },
        families=(
            _f("rubryka", HEADER, 0.35, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.7, *_by_day(_ua_dated)),
            _f("avtor", HEADER, 0.4, (_OLD, "Автор: {author}")),
            _f("chytaite", MIDDLE, 0.3, (_OLD, "Читайте також: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_ua_rate)),
            _f("ogoloshennia", FOOTER, 0.3, *_ua_notice()),
            _f("pidtrymka", FOOTER, 0.15, (_OLD, "Підтримайте незалежну журналістику "
                                                 "Закарпаття."),
               (UA_DONATE.isoformat(), "Підтримайте нас на Patreon: від {hryven} грн на "
                                       "місяць"),
               (UA_BANK.isoformat(), "Підтримайте нас: банка monobank, від {hryven} грн")),
            _f("vykorystannia", FOOTER, 0.35, (_OLD, "© {year} Закарпатський погляд. "
                                                     "Використання матеріалів дозволяється за "
                                                     "умови гіперпосилання.")),
            _f("svitlo", HEADER, 0.04, (_OLD, "⚠️ Відключення світла в Ужгороді сьогодні з 9:00 "
                                              "до 17:00: перелік вулиць")),
        ),
    )


# --- the regional radio of a public broadcaster (Bitola, North Macedonia) -----------------------

MK_REDESIGN = dt.date(2019, 2, 12)  # relaunched on the day the country's new name took effect
MK_STREAM = dt.date(2016, 11, 7)
MK_FEE = dt.date(2017, 9, 1)
# The Manaki brothers' film festival in Bitola: its opening days.
MANAKI = {2015: "2015-09-19", 2016: "2016-09-17", 2017: "2017-09-16", 2018: "2018-09-22",
          2019: "2019-09-21", 2020: "2020-09-19"}


def _mk_dated(day: dt.date) -> str:
    if day < MK_REDESIGN:
        return (f"Битола, {MACEDONIAN_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{MACEDONIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y} · {{time}}"


MK_SHOWS = ("Утринска програма", "Пелагониски хоризонти", "Битолски вечери",
            "Народни мелодии", "Хроника на регионот", "Спортска сабота", "Недела со вас")


def _mk_programme(day: dt.date) -> str:
    return (f"📻 Денес во програмата: „{MK_SHOWS[day.weekday()]}“ во "
            f"{9 + made_up(day, 'mk-show', 0, 9)}:00 часот")


def _mk_notice() -> Wordings:
    base = _steps((_OLD, "Радио Пелистер на 97,3 MHz: вести на секој полн час"),
                  (MK_STREAM.isoformat(), "Радио Пелистер на 97,3 MHz и во живо на интернет: "
                                          "вести на секој полн час"))
    news: list[Event] = [
        _vote("2016-12-11", "🗳️ Парламентарни избори: изборна програма во живо", before=5),
        _vote("2017-10-15", "🗳️ Локални избори: дебати на кандидатите за градоначалник",
              before=5),
        _vote("2017-10-29", "🗳️ Втор круг на локалните избори", before=4),
        _vote("2018-09-30", "🗳️ Референдум: специјална програма од 7 до 21 часот", before=5),
        _span(MK_REDESIGN.isoformat(), "2019-02-17", "🏛️ Уставните измени стапија на сила: "
                                                     "Република Северна Македонија"),
        _vote("2019-04-21", "🗳️ Претседателски избори, прв круг", before=5),
        _vote("2019-05-05", "🗳️ Претседателски избори, втор круг", before=4),
        _span("2020-03-18", "2020-05-30", "😷 Вонредна состојба: полициски час и "
                                          "препораки на Владата"),
        _vote("2020-07-15", "🗳️ Парламентарни избори 2020, одложени од април", before=5),
    ]
    feasts = _yearly("08-02", 1, 0, lambda y: f"🇲🇰 Илинден: {y - 1903} години од востанието")
    feasts += _yearly("09-08", 1, 0, lambda y: f"🇲🇰 8 Септември: {y - 1991} години "
                                               f"независност")
    feasts += _movable(_listed(MANAKI), 1, 7, lambda y: f"🎬 Фестивал „Браќа Манаки“ {y}: "
                                                        f"директни вклучувања")
    feasts += _movable(orthodox_easter, 2, 1, lambda _: "🥚 Христос воскресна! Среќен "
                                                        "Велигден")
    return _calendar(base, news, feasts)


def bitola_style() -> PublisherStyle:
    """The regional radio of a public broadcaster (Bitola): the city, the weekday and the
    date turned a dotted date and the hour on the day the country's new name took effect (a
    wording per day), the desk's credit, "Прочитајте и:" (up to twice), a photo credit, an
    agency's credit, the day's programme (a show by the weekday at an hour), the frequency's
    line turned with a live stream and turned by six votes and run-offs, a referendum, the
    new name and the 2020 state of emergency, the national days with their counts, the film
    festival and Easter, the licence fee turned the budget's funding, the public service's
    line and a rights line (a block), a rare break in the stream."""
    return PublisherStyle(
        domain="radiopelister.mk", site="Радио Пелистер", base_size=52,
        subdomains=(("www.", 100),),
        sections=("bitola", "pelagonija", "makedonija", "kultura", "sport"),
        n_authors=3, url_path="/vesti/{n}",
        pools={
            "agencija": ("МИА", "МРТ", "Сител", "Канал 5"),
            "foto": ("Радио Пелистер", "архива", "Општина Битола", "Фејсбук"),
        },
        families=(
            _f("datum", HEADER, 0.65, *_by_day(_mk_dated)),
            _f("redakcija", HEADER, 0.4, (_OLD, "Информативна редакција: {author}")),
            _f("procitajte", MIDDLE, 0.25, (_OLD, "Прочитајте и: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Фото: {foto}")),
            _f("izvor", FOOTER, 0.2, (_OLD, "Извор: {agencija}")),
            _f("programa", FOOTER, 0.2, *_by_day(_mk_programme)),
            _f("frekvencija", FOOTER, 0.3, *_mk_notice()),
            _f("taksa", FOOTER, 0.15, (_OLD, "Плаќајте ја радиодифузната такса: јавниот сервис "
                                             "е ваш"),
               (MK_FEE.isoformat(), "Јавниот радиодифузен сервис се финансира од буџетот на "
                                    "државата")),
            _f("servis", FOOTER, 0.25, (_OLD, "Радио Пелистер е регионален програм на јавниот "
                                              "радиодифузен сервис.")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} Радио Пелистер. Сите права се "
                                             "задржани.")),
            _f("prekin", HEADER, 0.04, (_OLD, "⚠️ Поради технички проблем преносот во живо е "
                                              "прекинат")),
        ),
    )


# --- a Slovak weekly (Brezno, Horehronie) --------------------------------------------------------

SK_REDESIGN = dt.date(2019, 8, 29)  # relaunched on the 75th anniversary of the uprising
SK_PRICE = dt.date(2018, 1, 8)
# The folk festival under Poľana at Detva: its Fridays; none in 2020.
POD_POLANOU = {2015: "2015-07-10", 2016: "2016-07-08", 2017: "2017-07-07", 2018: "2018-07-06",
               2019: "2019-07-05"}


def sk_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume (by year, founded 1990), its issue number and the Monday it came
    out."""
    monday = week_from(day, 0)
    first = week_from(dt.date(monday.year, 1, 7), 0)
    return monday.year - 1990, (monday - first).days // 7 + 1, monday


def _sk_issue(day: dt.date) -> str:
    volume, number, monday = sk_issue(day)
    return (f"Ročník {volume} · číslo {number} · pondelok {monday.day}. "
            f"{SLOVAK_MONTHS[monday.month - 1]} {monday.year}")


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return (f"Brezno, {SLOVAK_WEEKDAYS[day.weekday()]} {day.day}. "
                f"{SLOVAK_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day}. {day.month}. {day.year}, {{time}}"


def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Horehronský týždeň nájdete aj na Facebooku"),
                  ("2019-02-04", "📩 Pošlite nám tip na správu: tipy@horehronskytyzden.sk"))
    news: list[Event] = [
        _vote("2016-03-05", "🗳️ Parlamentné voľby 2016: výsledky v okrese Brezno", before=5),
        _vote("2017-11-04", "🗳️ Voľby do VÚC: kandidáti z Horehronia", before=5),
        _vote("2018-11-10", "🗳️ Komunálne voľby: kto bude starostom", before=5),
        _vote("2019-03-16", "🗳️ Prezidentské voľby, 1. kolo", before=5),
        _vote("2019-03-30", "🗳️ Prezidentské voľby, 2. kolo", before=4),
        _vote("2020-02-29", "🗳️ Parlamentné voľby 2020: volebné miestnosti otvorené od 7. do "
                            "22. hodiny", before=5),
        _span("2020-03-16", "2020-05-14", "😷 Núdzový stav: rúška povinné, obchody len do "
                                          "20.00"),
        _span("2020-10-31", "2020-11-01", "🧪 Celoplošné testovanie: odberné miesta v okrese"),
    ]
    feasts = _yearly("08-29", 1, 0, lambda y: f"🇸🇰 {y - 1944}. výročie SNP: oslavy na "
                                              f"námestí")
    feasts += _movable(_listed(POD_POLANOU), 1, 2, lambda y: f"🎻 Folklórne slávnosti pod "
                                                             f"Poľanou {y}")
    feasts += _movable(easter, 1, 1, lambda _: "🐣 Veselú Veľkú noc!")
    return _calendar(base, news, feasts)


def brezno_style() -> PublisherStyle:
    """A Slovak weekly (Brezno): the volume and issue with the Monday it came out (turning
    every Monday), the town, the weekday and the date with the month in the genitive
    turned a spaced date and the hour on the uprising's anniversary
    2019 (a wording per day), "Text:" turned "Autor:", "Prečítajte si aj:" once, a photo
    credit, the ski season on Chopok, a social line turned a tip line and turned by six
    votes and run-offs, the 2020 state of emergency and the mass testing, the uprising's day
    with its count, the folk festival (none in 2020) and Easter, the cover price rising and
    a rights line (a block), a rare road closure."""
    return PublisherStyle(
        domain="horehronskytyzden.sk", site="Horehronský týždeň", base_size=36,
        subdomains=(("www.", 100),),
        sections=("brezno", "region", "sport", "kultura"),
        n_authors=2, url_path="/clanok/{n}/{slug}",
        families=(
            _f("cislo", HEADER, 0.4, *_by_day(_sk_issue)),
            _f("datum", HEADER, 0.55, *_by_day(_sk_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "Text: {author}"),
               (SK_REDESIGN.isoformat(), "Autor: {author}")),
            _f("precitajte", MIDDLE, 0.2, (_OLD, "Prečítajte si aj: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("lyzovanie", FOOTER, 0.2, *_seasons(
                ("04-15", "⛷️ Lyžiarska sezóna na Chopku skončila, lanovka premáva cez víkendy"),
                ("06-20", "🥾 Letná sezóna: lanovka na Chopok premáva denne"),
                ("09-15", "🍂 Mimo sezóny: lanovka na Chopok len cez víkendy"),
                ("12-10", "⛷️ Lyžiarska sezóna na Chopku: aktuálne podmienky na svahoch"))),
            _f("oznam", FOOTER, 0.3, *_sk_notice()),
            _f("cena", FOOTER, 0.15, (_OLD, "Cena: 0,60 € · vychádza v pondelok"),
               (SK_PRICE.isoformat(), "Cena: 0,70 € · vychádza v pondelok")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} Horehronský týždeň. Všetky práva "
                                             "vyhradené.")),
            _f("cesta", HEADER, 0.04, (_OLD, "⚠️ Cesta I/66 pri Podbrezovej je dnes pre nehodu "
                                             "uzavretá")),
        ),
    )


# --- an Albanian community site (Prizren, Kosovo) -----------------------------------------------

KS_BYLINE = dt.date(2018, 2, 17)
KS_SUPPORT = dt.date(2019, 6, 3)
# DokuFest, the documentary festival of Prizren (first held 2002): its opening days.
DOKUFEST = {2015: "2015-08-22", 2016: "2016-08-05", 2017: "2017-08-04", 2018: "2018-08-03",
            2019: "2019-08-02", 2020: "2020-08-07"}


def _kos_dated(day: dt.date) -> str:
    return (f"Prizren, {ALBANIAN_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{ALBANIAN_MONTHS[day.month - 1]} {day.year}")


def _kos_dokufest(y: int) -> str:
    if y == 2020:
        return "🎬 DokuFest 2020 online: filmat shihen nga shtëpia"
    return f"🎬 DokuFest {y}, edicioni i {y - 2001}-të: programi i ditës"


def _kos_notice() -> Wordings:
    base = _steps((_OLD, "Na ndiqni në Facebook: Zëri i Lumbardhit"),)
    news: list[Event] = [
        _vote("2017-06-11", "🗳️ Zgjedhjet parlamentare: rezultatet në Prizren", before=5),
        _vote("2017-10-22", "🗳️ Zgjedhjet lokale: kandidatët për kryetar", before=5),
        _vote("2017-11-19", "🗳️ Balotazhi për kryetarin e Prizrenit", before=4),
        _vote("2019-10-06", "🗳️ Zgjedhjet e parakohshme parlamentare", before=5),
        _span("2019-11-26", "2019-12-03", "⚠️ Tërmeti në Shqipëri: ku të dhuroni ndihmë"),
        _span("2020-03-16", "2020-05-31", "😷 Masat kundër pandemisë: lëvizja e kufizuar"),
    ]
    feasts = _yearly("02-17", 1, 0, lambda y: f"🇽🇰 {y - 2008} vjet pavarësi! Gëzuar "
                                              f"Ditën e Pavarësisë")
    feasts += _yearly("11-28", 1, 0, lambda y: f"🇦🇱 Gëzuar Ditën e Flamurit! {y - 1912} "
                                               f"vjet")
    feasts += _movable(_listed(DOKUFEST), 1, 8, _kos_dokufest)
    feasts += _movable(_listed(BAJRAM), 0, 1, lambda _: "🌙 Bajrami i bekuar! Bayramınız "
                                                        "mübarek olsun! Bajram šerif mubarek "
                                                        "olsun!")
    return _calendar(base, news, feasts)


def prizren_style() -> PublisherStyle:
    """An Albanian community site (Prizren): a greeting in Albanian, Turkish and Bosnian, the
    town, the weekday and the date (a wording per day), "Nga:" turned a report's credit,
    "Lexo edhe:" once, a notices line turned by three votes and a run-off, the earthquake in
    Albania and the 2020 measures, Independence and the Flag Day with their counts, DokuFest
    with its count (online in 2020) and Bajram in three languages, a support appeal turned
    with amounts and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="zeriilumbardhit.net", site="Zëri i Lumbardhit", base_size=24,
        subdomains=(("", 100),),
        sections=("prizren", "kosova", "kultura", "sport"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"euro": ("2", "5", "10")},
        families=(
            _f("pershendetje", HEADER, 0.15, (_OLD, "Mirë se vini! Hoş geldiniz! Dobro "
                                                    "došli!")),
            _f("data", HEADER, 0.5, *_by_day(_kos_dated)),
            _f("nga", HEADER, 0.35, (_OLD, "Nga: {author}"),
               (KS_BYLINE.isoformat(), "Raportoi: {author}")),
            _f("lexo", MIDDLE, 0.2, (_OLD, "Lexo edhe: {other_title}")),
            _f("njoftim", FOOTER, 0.3, *_kos_notice()),
            _f("perkrahje", FOOTER, 0.15, (_OLD, "Na përkrahni që të mbetemi të pavarur."),
               (KS_SUPPORT.isoformat(), "Na përkrahni me {euro} euro në muaj: PayPal ose "
                                        "transfer bankar")),
            _f("te-drejtat", FOOTER, 0.35, (_OLD, "© {year} Zëri i Lumbardhit. Të gjitha të "
                                                  "drejtat e rezervuara.")),
            _f("rryma", HEADER, 0.04, (_OLD, "⚠️ KEDS: sot pa rrymë nga ora 9 deri në 14 në "
                                             "lagjen Ortakoll")),
        ),
    )


def heldout92_styles() -> list[PublisherStyle]:
    """The held-back-92 styles, in the order the generator hands them to publishers."""
    return [
        cluj_style(), novisad_style(), szeged_style(), ioannina_style(), plovdiv_style(),
        split_style(), mostar_style(), zakopane_style(), uzhhorod_style(), bitola_style(),
        brezno_style(), prizren_style(),
    ]
