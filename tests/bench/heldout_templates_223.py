"""The ``held-back-223`` template set of the planted-real benchmark.

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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"Advertisement" marker, an affiliate-links line or a show rule. The publishers are gardening
magazines, allotment associations and horticultural societies in English, Dutch, Polish,
Welsh, Korean and Portuguese: a British weekly gardening magazine, a Dutch kitchen-garden
magazine, a Polish allotment-gardening portal, a Brazilian home-growing site, a Korean
urban-farming newspaper, a British allotment association, a Welsh-language horticultural
society, a Dutch allotment association (volkstuinvereniging), a Polish family allotment
garden (ROD), a Korean district's urban-farm portal, a Portuguese community-garden
association and an English village horticultural society. The families are the kinds a crawl
of such sites holds: dates localised day by day in English (with ordinals), Dutch, Polish,
Portuguese (Brazilian and European), Korean and Welsh, several changing form on the day of a
redesign (Chelsea's opening day, the first day of spring, Korea's Urban Agriculture Day, St
David's Day); lines that turn every day (sunrise and sunset for Cardigan and Seoul with the
day's date, a lunar sowing calendar), every week (the job of the week to each Monday, the
ISO week's job) and every month (what to sow this month in Britain, the Netherlands, Poland,
Brazil's south and Korea, the next monthly talk); the 24 solar terms of the Korean almanac;
frost and drought warnings (the IJsheiligen, the "cold gardeners" of mid-May, Brazil's winter
frosts, Korea's first frost and the 2018 heatwave, the 2017 Portuguese and 2018-2020 Polish
droughts, the 2018 British hot spell); show schedules and their entry deadlines (a Welsh
annual show, a village's spring, summer and autumn shows, Chelsea and Hampton Court, the 2020
cancellations); plot rents by year (from each October, January or April), membership fees,
waiting lists, subscription prices and allotment fees that change over the years; water
troughs, trading huts and board duty hours that follow the seasons; seed-swap appeals,
AGMs, open days and plant markets on their movable days; the 2020 lockdowns; notices
reworded in 2016-2020 (bylines, newsletter appeals turned WhatsApp and e-mail, cookie lines
reworded for the GDPR and Brazil's LGPD, a bonfire rule turned a ban); pools (kickers, show
classes, photographers, sources, work groups); related links and advertisement markers
mid-body (some up to twice); multi-line blocks (publisher and copyright lines, a committee,
affiliation and copyright footer, a Korean newspaper's masthead footer, a district office's
department and satisfaction lines) and bare lines, with families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MIESIACE = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
            "wrzesień", "październik", "listopad", "grudzień")
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # the genitive of dates
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
MISOEDD = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
           "Medi", "Hydref", "Tachwedd", "Rhagfyr")
DYDDIAU = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
           "Dydd Sadwrn", "Dydd Sul")
YOIL = ("월", "화", "수", "목", "금", "토", "일")

# --- helpers of this set ------------------------------------------------------------------


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line whose value changes on the days of `table` ((first ISO day,
    value), ...): from the oldest day the value in force on the set's first day, then one
    from each later start."""
    first = [value for start, value in table if start <= FIRST_DAY.isoformat()][-1]
    return ((_OLD, text(first)),) + tuple(
        (start, text(value)) for start, value in table if start > FIRST_DAY.isoformat())


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def british_summer_time(day: dt.date) -> bool:
    """Whether British Summer Time is in force on `day` (last Sunday of March to the last
    Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def sun_times(day: dt.date, lat: float, lon: float, utc_offset: int) -> tuple[str, str]:
    """Sunrise and sunset on `day` at (`lat`, `lon`) as HH:MM local time (`utc_offset`
    hours), by the usual almanac approximation (the sun's declination and the equation of
    time), good to a minute or two."""
    gamma = 2 * math.pi / 365 * (day.timetuple().tm_yday - 1)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(gamma) - 0.032077 * math.sin(gamma)
                       - 0.014615 * math.cos(2 * gamma) - 0.040849 * math.sin(2 * gamma))
    decl = (0.006918 - 0.399912 * math.cos(gamma) + 0.070257 * math.sin(gamma)
            - 0.006758 * math.cos(2 * gamma) + 0.000907 * math.sin(2 * gamma)
            - 0.002697 * math.cos(3 * gamma) + 0.00148 * math.sin(3 * gamma))
    phi = math.radians(lat)
    ha = math.degrees(math.acos(math.cos(math.radians(90.833)) / (math.cos(phi) * math.cos(decl))
                                - math.tan(phi) * math.tan(decl)))

    def clock(minutes: float) -> str:
        m = round(minutes + 60 * utc_offset) % (24 * 60)
        return f"{m // 60:02d}:{m % 60:02d}"

    return clock(720 - 4 * (lon + ha) - eqtime), clock(720 - 4 * (lon - ha) - eqtime)


SYNODIC_MONTH = 29.530588853
KNOWN_NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)


def moon_age(day: dt.date) -> float:
    """The moon's age in days (0 at new moon) at noon on `day`."""
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return (noon - KNOWN_NEW_MOON).total_seconds() / 86400 % SYNODIC_MONTH


def moon_phase(day: dt.date) -> str:
    """The phase a lunar sowing calendar prints for `day`: new, first, full, last (the
    quarter days, about a day and a half each) or waxing or waning between them."""
    age = moon_age(day)
    for centre, name in ((0.0, "new"), (7.38, "first"), (14.77, "full"), (22.15, "last"),
                         (SYNODIC_MONTH, "new")):
        if abs(age - centre) < 0.8:
            return name
    return "waxing" if age < 14.77 else "waning"


# --- a British weekly gardening magazine --------------------------------------------------

PS_REDESIGN = dt.date(2018, 5, 22)  # relaunched on the opening day of Chelsea 2018
PS_NEWSLETTER = dt.date(2017, 3, 1)
CHELSEA = {2015: ("2015-05-19", "2015-05-23"), 2016: ("2016-05-24", "2016-05-28"),
           2017: ("2017-05-23", "2017-05-27"), 2018: ("2018-05-22", "2018-05-26"),
           2019: ("2019-05-21", "2019-05-25")}
VIRTUAL_CHELSEA = ("2020-05-18", "2020-05-23")
HAMPTON_COURT = {2015: ("2015-06-30", "2015-07-05"), 2016: ("2016-07-05", "2016-07-10"),
                 2017: ("2017-07-04", "2017-07-09"), 2018: ("2018-07-03", "2018-07-08"),
                 2019: ("2019-07-02", "2019-07-07")}
HOT_SPELL = ("2018-06-25", "2018-08-09")
PS_SUBSCRIPTION = (("2014-01-01", "£39.99"), ("2016-01-01", "£42.99"),
                   ("2018-01-01", "£45.99"), ("2020-01-01", "£49.99"))
SOW_UK = (
    "onions and chillies on a warm windowsill; order seed potatoes",
    "broad beans under cover, tomatoes and peppers indoors",
    "parsnips, carrots, beetroot and lettuce outdoors; chit early potatoes",
    "runner beans and courgettes indoors, salad leaves and chard outdoors",
    "French beans, sweetcorn and squash; plant out tender crops after the last frost",
    "successional salads, spring onions and autumn carrots",
    "spring cabbage, winter radish and oriental leaves",
    "spinach, overwintering onions and hardy annuals for next year",
    "green manures and winter lettuce under cover; plant garlic",
    "autumn broad beans and sweet peas in a cold frame",
    "little from seed: plant bare-root fruit trees and tulip bulbs instead",
    "nothing outdoors: plan next year's rotation and order seed catalogues",
)
JOBS_UK = ("prune apple and pear trees", "net brassicas against pigeons",
           "chit seed potatoes in egg boxes", "earth up early potatoes",
           "harden off tender plants", "pinch out tomato sideshoots",
           "deadhead roses and sweet peas", "water containers every evening",
           "lift and dry maincrop potatoes", "rake leaves for leafmould",
           "clean and stack pots and seed trays", "check stored apples for rot")


def _ps_dated(day: dt.date) -> str:
    if day < PS_REDESIGN:
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} · "
            f"{{read_min}} min read")


def _ps_week(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Job of the week (w/c {monday.day} {MONTHS[monday.month - 1]}): "
            f"{JOBS_UK[monday.month - 1]}")


@cache
def _ps_notice() -> Wordings:
    base = _steps((_OLD, "Sign up to our free weekly newsletter for seasonal jobs and plant "
                         "picks"),
                  (PS_NEWSLETTER.isoformat(), "📬 The Sunday Dig: ten jobs for the week "
                                              "ahead, free in your inbox every Sunday. Sign "
                                              "up today"))
    shows = [_span(first, last, f"🌸 RHS Chelsea Flower Show {y}: our daily reports from "
                                f"the showground") for y, (first, last) in CHELSEA.items()]
    shows += [_span(first, last, f"Hampton Court Palace Garden Festival {y}: gardens, "
                                 f"awards and the plants to buy")
              for y, (first, last) in HAMPTON_COURT.items()]
    shows.append(_span(*VIRTUAL_CHELSEA, "🖥️ Chelsea goes online this year: tour the "
                                         "virtual show gardens with us"))
    weather = [
        _span(*HOT_SPELL, "☀️ Hot spell: water early or late, and let the lawn go brown; "
                          "it will recover"),
        _span("2020-03-23", "2020-05-31", "🌱 Stuck at home? Start a veg patch with "
                                          "whatever pots you have"),
    ]
    return _calendar(base, shows, weather)


def pottingshed_style() -> PublisherStyle:
    """A British weekly gardening magazine: a topic kicker from a pool, the date with an
    English ordinal turned the weekday, the short month and the reading time on the
    opening day of Chelsea 2018 (a wording per day), "Words:" turned "By" with the writer's
    beat, the job of the week to each Monday (a wording per week), what to sow this month
    (a wording per month), a plant profile and a photo credit from pools, "You may also
    like:" and advertisement markers up to twice, an affiliate-links line, the subscription
    price (changing in January of even years), a newsletter appeal reworded and turned by
    Chelsea and Hampton Court in their years, virtual Chelsea, the 2018 hot spell and the
    2020 lockdown, the publisher and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="pottingshedweekly.co.uk", site="Potting Shed Weekly", base_size=250,
        subdomains=(("www.", 100),),
        sections=("grow-your-own", "flowers", "trees-shrubs", "pests", "design", "wildlife"),
        n_authors=14, url_path="/{section}/{slug}",
        pools={
            "kicker": ("GROW YOUR OWN", "FLOWERS", "TREES & SHRUBS", "PESTS & DISEASES",
                       "GARDEN DESIGN", "WILDLIFE GARDENING", "HOUSEPLANTS"),
            "beat": ("Kitchen Garden Editor", "Plants Editor", "Features Writer",
                     "Wildlife Correspondent", "Contributing Head Gardener"),
            "plant": ("Salvia 'Amistad' (H3)", "Rosa 'Gertrude Jekyll' (H7)",
                      "Dahlia 'Bishop of Llandaff' (H3)", "Geranium 'Rozanne' (H7)",
                      "Verbena bonariensis (H5)", "Tomato 'Sungold' (H1c)"),
            "photo": ("Potting Shed Weekly / Mark Rowley", "GAP Photos", "Alamy",
                      "Getty Images", "the grower"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ps_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Words: {author}"),
               (PS_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("week", HEADER, 0.2, *_by_day(_ps_week)),
            _f("sow", MIDDLE, 0.25, *_seasons(*((f"{m:02d}-01", f"Sow this month: {text}")
                                                for m, text in enumerate(SOW_UK, 1)))),
            _f("plant", MIDDLE, 0.15, (_OLD, "Plant profile: {plant}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("also", MIDDLE, 0.35, (_OLD, "You may also like: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("affiliate", FOOTER, 0.2, (_OLD, "We may earn a commission if you buy through "
                                                "the links on this page.")),
            _f("subscribe", FOOTER, 0.15, *from_table(PS_SUBSCRIPTION, lambda v: (
                f"Subscribe in print and digital: 52 issues for {v}, delivered free."))),
            _f("notice", FOOTER, 0.3, *_ps_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Potting Shed Weekly is published by "
                                                "Greenleaf Media Ltd, Unit 4, Orchard Yard, "
                                                "Bristol BS1 6QE.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Greenleaf Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong sowing depth for "
                                                  "parsnips.")),
        ),
    )


# --- a Dutch kitchen-garden magazine ------------------------------------------------------

MK_REDESIGN = dt.date(2017, 3, 20)  # the first day of spring 2017
MK_NEWSLETTER = dt.date(2018, 1, 18)
MK_DROOGTE = ("2018-07-16", "2018-08-12")
MK_ABONNEMENT = (("2014-01-01", "€ 34,50"), ("2016-01-01", "€ 36,95"),
                 ("2018-01-01", "€ 39,95"), ("2020-01-01", "€ 42,50"))
ZAAIEN_NL = (
    "binnen paprika en peper zaaien, zaad bestellen",
    "binnen tomaat en aubergine, onder glas tuinbonen",
    "buiten tuinbonen, spinazie en radijs; pootaardappels laten voorkiemen",
    "buiten wortel, biet en sla; binnen courgette en pompoen",
    "na de IJsheiligen stokbonen, mais en courgette buiten",
    "andijvie, Chinese kool en nog een rij sla",
    "winterpostelein, veldsla en herfstspinazie",
    "groenbemesters en winteruien",
    "knoflook poten en veldsla onder glas",
    "tuinbonen voor de overwintering; de tuin winterklaar maken",
    "niets meer zaaien: compost opzetten en bedden afdekken",
    "rust: het teeltplan voor het nieuwe jaar maken",
)
KLUSSEN_NL = ("snoei de fruitbomen", "leg een zaaibed aan", "zet de pootaardappels te kiemen",
              "aanaarden van de aardappels", "hang een vangnet over de kool",
              "dief de tomaten uit", "oogst de sjalotten", "geef de courgettes water",
              "haal de laatste bonen binnen", "harken en bladcompost maken",
              "maak de kas schoon", "controleer de opgeslagen knollen")


def _mk_datum(day: dt.date) -> str:
    if day < MK_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}, {{time}}"


def _mk_klus(day: dt.date) -> str:
    return f"Klus van week {day.isocalendar()[1]}: {KLUSSEN_NL[monday_of(day).month - 1]}"


@cache
def _mk_nieuwsbrief() -> Wordings:
    base = _steps((_OLD, "Schrijf je in voor de gratis nieuwsbrief van De Moestuinkrant"),
                  (MK_NEWSLETTER.isoformat(), "📬 Elke donderdag de klussen voor je moestuin "
                                              "in je mailbox: meld je gratis aan"))
    ijsheiligen = _yearly("05-15", 4, 0, lambda y: f"❄️ IJsheiligen {y}: zet vorstgevoelige "
                                                   f"planten pas na 15 mei buiten")
    weer = [
        _span(*MK_DROOGTE, "☀️ Droogte: geef 's avonds water en vang regenwater op in een "
                           "ton"),
        _span("2020-03-16", "2020-05-31", "Corona: tuincentra blijven open, houd 1,5 meter "
                                          "afstand"),
    ]
    return _calendar(base, ijsheiligen, weer)


def moestuinkrant_style() -> PublisherStyle:
    """A Dutch kitchen-garden magazine: a section from a pool, the numeric date turned the
    weekday, the long date and the time on the first day of spring 2017 (a wording per
    day), "Tekst:" turned "Door" with the reading time, the job of the ISO week (a wording
    per week), the sowing calendar of the month (a wording per month), "Lees ook:" up to
    twice, "Advertentie", a photo credit from a pool, an affiliate-links line, the yearly
    subscription (changing in January of even years), a newsletter line reworded and turned
    by the IJsheiligen each May, the 2018 drought and the 2020 pandemic, the publisher and
    copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="moestuinkrant.nl", site="De Moestuinkrant", base_size=220,
        subdomains=(("www.", 100),),
        sections=("zaaien", "oogsten", "kas", "fruit", "bodem", "volkstuin"),
        n_authors=9, url_path="/{section}/{slug}/",
        pools={
            "rubriek": ("Zaaien & planten", "Oogsten", "Kas & bak", "Fruit", "Bodem",
                        "Ziekten & plagen", "Volkstuin"),
            "foto": ("De Moestuinkrant", "Shutterstock", "Hollandse Hoogte", "eigen foto",
                     "Tuinpark De Eendracht"),
        },
        families=(
            _f("rubriek", HEADER, 0.5, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.9, *_by_day(_mk_datum)),
            _f("auteur", HEADER, 0.6, (_OLD, "Tekst: {author}"),
               (MK_REDESIGN.isoformat(), "Door {author} · {read_min} minuten leestijd")),
            _f("klus", HEADER, 0.2, *_by_day(_mk_klus)),
            _f("zaaikalender", MIDDLE, 0.25, *_seasons(*(
                (f"{m:02d}-01", f"Zaaikalender {MAANDEN[m - 1]}: {text}")
                for m, text in enumerate(ZAAIEN_NL, 1)))),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("affiliate", FOOTER, 0.15, (_OLD, "Deze pagina bevat affiliate links: koop je "
                                                 "via ons, dan ontvangen wij een kleine "
                                                 "vergoeding.")),
            _f("abonnement", FOOTER, 0.15, *from_table(MK_ABONNEMENT, lambda v: (
                f"Jaarabonnement op het blad (10 nummers): {v}"))),
            _f("nieuwsbrief", FOOTER, 0.3, *_mk_nieuwsbrief()),
            _f("uitgever", FOOTER, 0.3, (_OLD, "De Moestuinkrant is een uitgave van "
                                               "Groenboek Media B.V., Utrecht.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Groenboek Media B.V. Niets uit deze "
                                                "uitgave mag zonder toestemming worden "
                                                "overgenomen.")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie "
                                                    "stond een verkeerde plantafstand.")),
        ),
    )


# --- a Polish allotment-gardening portal --------------------------------------------------

ZD_REDESIGN = dt.date(2019, 4, 1)
ZD_NEWSLETTER = dt.date(2018, 3, 1)
ZD_RODO = dt.date(2018, 5, 25)  # the GDPR (RODO) applies
SUSZA = (("2018-07-23", "2018-08-19", 2018), ("2019-06-10", "2019-07-05", 2019),
         ("2020-04-20", "2020-05-10", 2020))
KALENDARZ_PL = (
    "przegląd przechowywanych warzyw i zamawianie nasion",
    "wysiew papryki i selera na rozsadę",
    "wysiew pomidorów na rozsadę, pod osłonami rzodkiewka",
    "siew marchwi, pietruszki i grochu do gruntu",
    "sadzenie ziemniaków, a po 15 maja rozsady pomidorów",
    "obsypywanie ziemniaków i siew fasoli szparagowej",
    "zbiór czosnku i siew rzodkiewki na jesień",
    "sadzenie truskawek i wysiew nawozów zielonych",
    "zbiór ziemniaków i sadzenie czosnku ozimego",
    "jesienne porządki i sadzenie drzew owocowych",
    "okrywanie róż i zabezpieczanie działki na zimę",
    "odpoczynek działkowca i planowanie płodozmianu",
)
FAZY = {"new": ("nów", "nie siej, odchwaszczaj"),
        "waxing": ("Księżyc przybywający", "siej warzywa owocowe i liściowe"),
        "first": ("pierwsza kwadra", "dobry czas na siew zbóż i fasoli"),
        "full": ("pełnia", "zbieraj zioła, przesadzaj rozsadę"),
        "waning": ("Księżyc ubywający", "sadź warzywa korzeniowe i cebulowe"),
        "last": ("ostatnia kwadra", "przycinaj, nawoź, kompostuj")}


def _zd_data(day: dt.date) -> str:
    if day < ZD_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} {day.year}"


def _zd_ksiezyc(day: dt.date) -> str:
    name, tip = FAZY[moon_phase(day)]
    return f"Kalendarz księżycowy, {day.day} {MIESIACA[day.month - 1]}: {name} — {tip}"


@cache
def _zd_przymrozki() -> Wordings:
    base = _steps((_OLD, "Dołącz do naszej grupy na Facebooku: ponad 40 tysięcy "
                         "działkowców"),
                  (ZD_NEWSLETTER.isoformat(), "📩 Porady na każdy tydzień sezonu prosto do "
                                              "skrzynki: zapisz się do newslettera"))
    covid = [_span("2020-03-20", "2020-04-19", "Koronawirus: ogrody działkowe otwarte dla "
                                               "działkowców, świetlice zamknięte, zachowaj "
                                               "2 m odstępu")]
    zimni = _yearly("05-15", 3, 0, lambda y: f"❄️ Zimni ogrodnicy {y}: do 15 maja (Zimna "
                                             f"Zośka) chroń rozsady przed przymrozkami")
    susza = [_span(first, last, f"☀️ Susza {y}: podlewaj wieczorem i ściółkuj grządki")
             for first, last, y in SUSZA]
    return _calendar(base, covid, zimni, susza)


def zielonadzialka_style() -> PublisherStyle:
    """A Polish allotment-gardening portal: a category from a pool, the numeric date and
    the time turned the weekday and the long date (genitive months) on 1 April 2019 (a
    wording per day), "Autor:" turned "Tekst: ... | Zdjęcia:" on GDPR day, a lunar sowing
    calendar with the day's date (a wording per day), the allotment-holder's calendar of the
    month (a wording per month), "Zobacz także:" and "Reklama" up to twice, a source from a
    pool, a Facebook line turned a newsletter appeal and turned by the "cold gardeners" of
    mid-May, the droughts of 2018-2020 and the 2020 lockdown, a cookie line reworded for
    the GDPR, the publisher and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="zielonadzialka.pl", site="Zielona Działka", base_size=195,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("warzywnik", "sad", "kwiaty", "trawnik", "ochrona-roslin", "rod"),
        n_authors=8, url_path="/{section}/{slug},{n}.html",
        pools={
            "kategoria": ("Warzywnik", "Sad i jagody", "Kwiaty", "Trawnik", "Ochrona roślin",
                          "Prawo działkowe"),
            "zdjecia": ("Zielona Działka", "Shutterstock", "materiały prasowe",
                        "Adobe Stock"),
            "zrodlo": ("PZD", "IMGW-PIB", "Instytut Ogrodnictwa", "materiały prasowe"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.9, *_by_day(_zd_data)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {author}"),
               (ZD_RODO.isoformat(), "Tekst: {author} | Zdjęcia: {zdjecia}")),
            _f("ksiezyc", HEADER, 0.15, *_daily(_zd_ksiezyc)),
            _f("kalendarz", MIDDLE, 0.25, *_seasons(*(
                (f"{m:02d}-01", f"Kalendarz działkowca, {MIESIACE[m - 1]}: {text}")
                for m, text in enumerate(KALENDARZ_PL, 1)))),
            _f("zobacz", MIDDLE, 0.35, (_OLD, "Zobacz także: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("zrodlo", MIDDLE, 0.15, (_OLD, "Źródło: {zrodlo}")),
            _f("przymrozki", FOOTER, 0.3, *_zd_przymrozki()),
            _f("cookies", FOOTER, 0.2, (_OLD, "Serwis używa plików cookies."),
               (ZD_RODO.isoformat(), "Korzystając z serwisu, akceptujesz politykę "
                                     "prywatności i plików cookies (RODO).")),
            _f("wydawca", FOOTER, 0.3, (_OLD, "Wydawca: Wydawnictwo Ogrodnicze Sadyba "
                                              "sp. z o.o., ul. Kwiatowa 12, 02-495 "
                                              "Warszawa")),
            _f("prawa", FOOTER, 0.4, (_OLD, "© {year} Zielona Działka. Wszelkie prawa "
                                            "zastrzeżone. Kopiowanie bez zgody redakcji "
                                            "zabronione.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji "
                                                    "tekstu podano błędny termin siewu.")),
        ),
    )


# --- a Brazilian home-growing site --------------------------------------------------------

HQ_REDESIGN = dt.date(2018, 9, 22)  # the first day of spring in the south
HQ_WHATSAPP = dt.date(2017, 6, 1)
HQ_LGPD = dt.date(2020, 9, 18)  # Brazil's data-protection law in force
PLANTAR_BR = (
    "alface, rúcula, quiabo e abóbora",
    "cenoura, beterraba, couve e pepino",
    "alface, brócolis, cenoura e rabanete",
    "couve-flor, espinafre, ervilha e alho",
    "alho, cebola, repolho e morango",
    "alface, couve, ervilha e fava",
    "batata, beterraba, cenoura e salsa",
    "tomate, pimentão e berinjela em sementeira",
    "milho, feijão-vagem, melancia e abóbora",
    "pepino, quiabo, melão e manjericão",
    "alface de verão, milho e mandioca",
    "abobrinha, feijão e rúcula",
)


def _hq_data(day: dt.date) -> str:
    if day < HQ_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _hq_aviso() -> Wordings:
    base = _steps((_OLD, "Siga a Horta no Quintal no Instagram e no Facebook"),
                  (HQ_WHATSAPP.isoformat(), "📲 Receba dicas de plantio pelo WhatsApp da "
                                            "Horta no Quintal: é grátis"))
    pandemia = [_span("2020-03-20", "2020-06-30", "🏡 Quarentena: aproveite para começar sua "
                                                  "horta em vasos na varanda")]
    geada = _yearly("06-21", 0, 13, lambda y: f"❄️ Inverno {y}: risco de geada no Sul, cubra "
                                              f"as mudas à noite")
    primavera = _yearly("09-22", 0, 7, lambda y: f"🌼 Chegou a primavera de {y}: hora de "
                                                 f"preparar os canteiros")
    return _calendar(base, pandemia, geada, primavera)


def hortanoquintal_style() -> PublisherStyle:
    """A Brazilian home-growing site: an editorial section from a pool, "Publicado em" with
    the numeric date and the time turned the weekday and the long date on the first day of
    spring 2018 (a wording per day), "Por" turned the writer with the beat, what to plant
    this month in the south and south-east (a wording per month), "Leia também:" and
    "Publicidade" up to twice, a photo credit and a source from pools, a social line turned
    a WhatsApp appeal and turned by each winter's frost risk, each spring and the 2020
    quarantine, a comments disclaimer, a cookie line reworded for the LGPD, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="hortanoquintal.com.br", site="Horta no Quintal", base_size=170,
        subdomains=(("www.", 100),),
        sections=("hortas", "jardinagem", "pomar", "medicinais", "compostagem"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Hortas", "Jardinagem", "Pomar", "Plantas medicinais",
                         "Compostagem", "Paisagismo"),
            "beat": ("engenheira agrônoma", "editor", "colunista", "paisagista"),
            "foto": ("Horta no Quintal", "Shutterstock", "Embrapa", "arquivo pessoal",
                     "Pixabay"),
            "fonte": ("Embrapa Hortaliças", "Inmet", "Emater", "Ceagesp"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.9, *_by_day(_hq_data)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (HQ_REDESIGN.isoformat(), "Por {author}, {author_beat}")),
            _f("plantar", MIDDLE, 0.3, *_seasons(*(
                (f"{m:02d}-01", f"O que plantar em {MESES[m - 1]} (Sul e Sudeste): {text}")
                for m, text in enumerate(PLANTAR_BR, 1)))),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("fonte", MIDDLE, 0.15, (_OLD, "Fonte: {fonte}")),
            _f("aviso", FOOTER, 0.3, *_hq_aviso()),
            _f("comentarios", FOOTER, 0.25, (_OLD, "Os comentários são de responsabilidade de "
                                                   "seus autores e não representam a opinião "
                                                   "do site.")),
            _f("cookies", FOOTER, 0.2, (_OLD, "Usamos cookies para melhorar sua experiência."),
               (HQ_LGPD.isoformat(), "Usamos cookies de acordo com a nossa Política de "
                                     "Privacidade e a LGPD. Ao continuar, você concorda.")),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Horta no Quintal. Todos os direitos "
                                               "reservados. Proibida a reprodução sem "
                                               "autorização.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a versão anterior deste texto "
                                                "trazia a época errada de plantio do alho.")),
        ),
    )


# --- a Korean urban-farming newspaper -----------------------------------------------------

DN_REDESIGN = dt.date(2018, 4, 11)  # Urban Agriculture Day (도시농업의 날)
DN_NEWSLETTER = dt.date(2019, 1, 3)
DN_HEATWAVE = ("2018-07-20", "2018-08-16")
# The 24 solar terms as the paper's almanac fixes them (each can fall a day either way).
JEOLGI = (("01-05", "소한", "농기구를 손질하고 씨앗을 고를 때"),
          ("01-20", "대한", "한겨울, 퇴비 더미를 덮어 두세요"),
          ("02-04", "입춘", "봄의 시작, 올해 텃밭 계획을 세울 때"),
          ("02-19", "우수", "얼었던 땅이 녹기 시작합니다"),
          ("03-05", "경칩", "밭을 갈고 씨감자를 준비할 때"),
          ("03-20", "춘분", "완두와 시금치를 뿌릴 때"),
          ("04-05", "청명", "감자를 심고 상추 씨를 뿌리세요"),
          ("04-20", "곡우", "볍씨를 담그고 모종을 기를 때"),
          ("05-05", "입하", "고추와 토마토 모종을 아주심기"),
          ("05-21", "소만", "김매기와 지지대 세우기"),
          ("06-05", "망종", "보리 베고 콩 심는 때"),
          ("06-21", "하지", "감자를 캐고 장마에 대비하세요"),
          ("07-07", "소서", "장마철 배수로를 살피세요"),
          ("07-22", "대서", "한낮 밭일은 피하고 아침저녁으로 물 주기"),
          ("08-07", "입추", "김장 배추 모종을 기를 때"),
          ("08-23", "처서", "무와 쪽파를 심을 때"),
          ("09-07", "백로", "배추를 아주심고 웃거름 주기"),
          ("09-23", "추분", "고구마 캐기 준비"),
          ("10-08", "한로", "마늘과 양파를 심을 때"),
          ("10-23", "상강", "첫서리 전에 고추와 고구마를 거두세요"),
          ("11-07", "입동", "김장 채소를 거둘 때"),
          ("11-22", "소설", "밭을 정리하고 짚을 덮어 주세요"),
          ("12-07", "대설", "텃밭도 쉬는 때, 퇴비를 만들어 두세요"),
          ("12-21", "동지", "내년 작부 계획을 세우세요"))
ILTAL_KO = (
    "씨앗 주문과 올해 작부 계획 세우기",
    "고추·토마토 씨앗을 실내에서 육묘 시작",
    "밭 갈기와 퇴비 넣기, 씨감자 준비",
    "감자 심기, 상추·시금치 씨 뿌리기",
    "고추·토마토·가지 모종 아주심기",
    "감자 캐기, 장마 전 배수로 정비",
    "장마철 병해충 관리, 오이·호박 수확",
    "김장 배추 모종 기르기, 무 씨 뿌리기",
    "배추 아주심기, 쪽파 심기",
    "고구마 캐기, 마늘·양파 심기",
    "김장 채소 수확과 밭 정리",
    "농기구 손질과 퇴비 만들기",
)


def _dn_dated(day: dt.date) -> str:
    if day < DN_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"승인 {day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


@cache
def _dn_sosik() -> Wordings:
    base = _steps((_OLD, "도시농업신문 카카오톡 채널을 추가하고 새 소식을 받아보세요"),
                  (DN_NEWSLETTER.isoformat(), "📮 매주 목요일, 텃밭 소식을 담은 뉴스레터를 "
                                              "무료로 받아보세요"))
    covid = [_span("2020-02-24", "2020-05-05", "코로나19: 지자체 주말농장 개장 연기 소식을 "
                                               "모았습니다")]
    heat = [_span(*DN_HEATWAVE, "🔥 폭염특보: 한낮 밭일은 피하고 아침·저녁에 물을 주세요")]
    arbor = _yearly("04-05", 4, 0, lambda y: f"🌳 {y} 식목일: 우리 동네 나무 심기 행사 모음")
    ua_day = _yearly("04-11", 4, 0, lambda y: f"4월 11일은 도시농업의 날: {y} 기념행사 안내")
    frost = _yearly("10-23", 2, 6, lambda y: f"🌡️ {y} 첫서리 주의: 고구마와 고추는 서리 전에 "
                                             f"거두세요")
    return _calendar(base, covid, heat, arbor, ua_day, frost)


def dosinongup_style() -> PublisherStyle:
    """A Korean urban-farming newspaper: a section from a pool, "입력" with the dotted date
    and the time turned "승인" with the long date and the weekday on Urban Agriculture Day
    2018 (a wording per day), the reporter's line reworded then, the solar term in force
    (changing on the 24 terms' days each year), this month's garden work (a wording per
    month), "관련기사" up to twice, "광고", a photo credit from a pool, a KakaoTalk line
    turned a newsletter appeal and turned by Arbor Day, Urban Agriculture Day, the first
    frost around 상강, the 2018 heatwave and the 2020 pandemic, the tip-off line, the
    masthead (publisher, registration) and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="dosinongup.co.kr", site="도시농업신문", base_size=150,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("teotbat", "garden", "gwinong", "policy", "event"),
        n_authors=6, url_path="/news/articleView.html?idxno={n}",
        pools={
            "seksyeon": ("텃밭", "정원", "귀농귀촌", "도시농업 정책", "원예치료", "행사"),
            "sajin": ("도시농업신문 DB", "농촌진흥청", "서울시", "독자 제공"),
        },
        families=(
            _f("seksyeon", HEADER, 0.5, (_OLD, "{seksyeon}")),
            _f("ipryeok", HEADER, 0.9, *_by_day(_dn_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자"),
               (DN_REDESIGN.isoformat(), "글·사진 {author} 기자")),
            _f("jeolgi", HEADER, 0.2, *_seasons(*(
                (md, f"절기 {name}({int(md[:2])}월 {int(md[3:])}일경): {note}")
                for md, name, note in JEOLGI))),
            _f("iltal", MIDDLE, 0.2, *_seasons(*(
                (f"{m:02d}-01", f"이달의 텃밭 {m}월: {text}")
                for m, text in enumerate(ILTAL_KO, 1)))),
            _f("gwanryeon", MIDDLE, 0.35, (_OLD, "관련기사: {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고")),
            _f("sajin", MIDDLE, 0.2, (_OLD, "사진={sajin}")),
            _f("sosik", FOOTER, 0.3, *_dn_sosik()),
            _f("jebo", FOOTER, 0.3, (_OLD, "기사제보 및 보도자료: news@dosinongup.co.kr")),
            _f("balhaeng", FOOTER, 0.35, (_OLD, "발행·편집인 한정숙 | 청소년보호책임자 "
                                                "김도윤 | 등록번호 서울 아 04512")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "Copyright © {year} 도시농업신문. 무단 "
                                                  "전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 중 주말농장 분양 면적을 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a British allotment association ------------------------------------------------------

NA_REDESIGN = dt.date(2017, 10, 1)  # the new site went live with the 2017-18 rent year
NA_BONFIRE_BAN = dt.date(2019, 11, 1)
NA_RENTS = (("2014-10-01", ("2014–15", "£52", "£28")), ("2015-10-01", ("2015–16", "£54", "£29")),
            ("2016-10-01", ("2016–17", "£54", "£29")), ("2017-10-01", ("2017–18", "£58", "£31")),
            ("2018-10-01", ("2018–19", "£60", "£32")), ("2019-10-01", ("2019–20", "£64", "£34")),
            ("2020-10-01", ("2020–21", "£64", "£34")))
NA_WAITING = (("2014-01-06", "112"), ("2015-01-05", "97"), ("2016-01-04", "84"),
              ("2017-01-09", "79"), ("2018-01-08", "88"), ("2019-01-07", "73"),
              ("2020-01-06", "70"), ("2020-06-01", "161"))  # the lockdown rush


def seed_swap(y: int) -> dt.date:
    """The association's seed swap: the first Saturday of February."""
    return nth_weekday(y, 2, 5, 1)


def agm(y: int) -> dt.date:
    """The association's AGM: the second Wednesday of November."""
    return nth_weekday(y, 11, 2, 2)


def open_day(y: int) -> dt.date:
    """The association's open day and produce show: the first Sunday of August."""
    return nth_weekday(y, 8, 6, 1)


def _na_posted(day: dt.date) -> str:
    if day < NA_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year} by {{author}}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _na_rent(start: str) -> str:
    years, full, half = dict(NA_RENTS)[start]
    return (f"Plot rents for {years}: full plot (250 sq m) {full}, half plot {half}. Due by "
            f"31 October.")


def _na_waiting(start: str) -> str:
    day = iso_day(start)
    return (f"Waiting list: {dict(NA_WAITING)[start]} names as of {MONTHS[day.month - 1]} "
            f"{day.year}.")


@cache
def _na_events() -> Wordings:
    base = _steps((_OLD, "New to growing? Ask any committee member: we're a friendly bunch."))
    covid = [_span("2020-03-24", "2020-07-04", "🦠 Sites stay open to plot holders: keep two "
                                               "metres apart and wash your hands at the gate "
                                               "taps.")]
    swaps = _movable(seed_swap, 14, 0, lambda y: (
        f"🌱 Seed swap: Saturday {seed_swap(y).day} February {y}, 10am to noon at the trading "
        f"hut. Bring your spares!"))
    meetings = _movable(agm, 14, 0, lambda y: (
        f"AGM: Wednesday {agm(y).day} November {y}, 7.30pm, "
        + ("online by video call; joining details by email." if y == 2020 else
           "St Luke's church hall. Rents and rules are voted on.")))
    shows = _movable(open_day, 21, 0, lambda y: (
        f"Open day and produce show: Sunday {open_day(y).day} August {y}, 11am to 3pm. "
        f"Entries by 10.30am."), years=range(2015, 2020))
    return _calendar(base, covid, swaps, meetings, shows)


def northfield_style() -> PublisherStyle:
    """A British allotment association: "Posted on" with an English ordinal date and the
    writer turned the weekday and the long date with the 2017-18 rent year (a wording per
    day), a category from a pool, the water troughs on from April to October (off in
    winter, a dry-spell wording in July 2018), the waiting list (each January, and the
    2020 lockdown rush), the trading hut's summer and winter hours, a friendly line turned
    by the seed swap on the first Saturday of February, the AGM on the second Wednesday of
    November (online in 2020), the August open day and the 2020 lockdown, the plot rents of
    the rent year (changing each 1 October), a bonfire rule turned a ban in November 2019,
    a lost-and-found line, the committee, affiliation and copyright lines (a block)."""
    return PublisherStyle(
        domain="northfieldallotments.org.uk", site="Northfield & District Allotment "
                                                  "Association", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "committee", "shop", "lettings", "events"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"category": ("Site news", "Committee", "Trading hut", "Lettings", "Events",
                            "Growing tips")},
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_na_posted)),
            _f("category", HEADER, 0.45, (_OLD, "{category}")),
            _f("water", HEADER, 0.3, *_seasons(
                ("04-01", "💧 Water troughs are ON (1 April to 31 October). Please use cans, "
                          "not hoses."),
                ("11-01", "Water is OFF for the winter until 1 April: the pipes are drained "
                          "so they don't freeze."),
                special={2018: [
                    ("2018-04-01", "💧 Water troughs are ON (1 April to 31 October). Please "
                                   "use cans, not hoses."),
                    ("2018-07-02", "💧 Dry spell: troughs are ON, but water early or late and "
                                   "never leave a tap running."),
                    ("2018-11-01", "Water is OFF for the winter until 1 April: the pipes are "
                                   "drained so they don't freeze.")]})),
            _f("waiting", MIDDLE, 0.15, *from_table(
                tuple((start, start) for start, _ in NA_WAITING), _na_waiting)),
            _f("hut", FOOTER, 0.25, *_seasons(
                ("03-01", "Trading hut: open Sundays 10am to noon, March to October."),
                ("11-01", "Trading hut: winter opening on the first Sunday of the month "
                          "only."))),
            _f("events", FOOTER, 0.3, *_na_events()),
            _f("rent", FOOTER, 0.25, *from_table(
                tuple((start, start) for start, _ in NA_RENTS), _na_rent)),
            _f("bonfire", FOOTER, 0.2,
               (_OLD, "Bonfires: 1 November to 31 March only, before 10am, dry material "
                      "only."),
               (NA_BONFIRE_BAN.isoformat(), "Bonfires are no longer allowed on any of our "
                                            "sites. Please compost or take waste to the "
                                            "tip.")),
            _f("lost", MIDDLE, 0.04, (_OLD, "Found by the top gate: a set of keys on a blue "
                                            "fob. Ask at the trading hut.")),
            _f("committee", FOOTER, 0.4, (_OLD, "Secretary: {author2} · "
                                                "secretary@northfieldallotments.org.uk")),
            _f("affiliated", FOOTER, 0.35, (_OLD, "Affiliated to the National Allotment "
                                                  "Society.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Northfield & District Allotment "
                                                "Association")),
        ),
    )


# --- a Welsh-language horticultural society -----------------------------------------------

GT_REDESIGN = dt.date(2018, 3, 1)  # St David's Day 2018
GT_MEMBERSHIP = dt.date(2018, 1, 1)
CARDIGAN = (52.08, -4.66)


def sioe(y: int) -> dt.date:
    """The society's annual show: the third Saturday of August."""
    return nth_weekday(y, 8, 5, 3)


def ffair_hadau(y: int) -> dt.date:
    """The society's seed fair: the first Saturday of March."""
    return nth_weekday(y, 3, 5, 1)


def _gt_dyddiad(day: dt.date) -> str:
    if day < GT_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{DYDDIAU[day.weekday()]}, {day.day} {MISOEDD[day.month - 1]} {day.year}"


def _gt_haul(day: dt.date) -> str:
    rise, sets = sun_times(day, *CARDIGAN, 1 if british_summer_time(day) else 0)
    return (f"Heddiw, {day.day} {MISOEDD[day.month - 1]}: codiad haul {rise}, machlud {sets} "
            f"(Aberteifi)")


@cache
def _gt_hysbys() -> Wordings:
    base = _steps((_OLD, "Ymunwch â'r gymdeithas: aelodaeth £5 y flwyddyn."),
                  (GT_MEMBERSHIP.isoformat(), "Ymunwch â'r gymdeithas: aelodaeth £6 y "
                                              "flwyddyn, am ddim i blant."))
    canslo = [_span("2020-04-01", "2020-08-31", "Mae Sioe 2020 wedi'i chanslo oherwydd y "
                                                "coronafeirws. Welwn ni chi yn 2021.")]
    ceisiadau = [(sioe(y) - 9 * ONE, sioe(y) - 2 * ONE,
                  f"Ceisiadau i'r sioe yn cau nos Fercher {(sioe(y) - 3 * ONE).day} Awst am 8 "
                  f"o'r gloch: ffurflenni yn siop y pentref.") for y in YEARS]
    sioeau = [(sioe(y) - 42 * ONE, sioe(y) + ONE,
               f"🏆 Sioe Flynyddol {y}: dydd Sadwrn {sioe(y).day} Awst yn Neuadd yr Eglwys. "
               f"Mae'r rhestr dosbarthiadau ar gael nawr.") for y in YEARS]
    hadau = _movable(ffair_hadau, 21, 0, lambda y: (
        f"Ffair cyfnewid hadau: dydd Sadwrn {ffair_hadau(y).day} Mawrth {y}, 10–12 yn y "
        f"Festri. Dewch â'ch hadau sbâr!"))
    return _calendar(base, canslo, ceisiadau, sioeau, hadau)


def garddwyrteifi_style() -> PublisherStyle:
    """A Welsh-language horticultural society: the numeric date turned the weekday and the
    long date on St David's Day 2018 (a wording per day), "Gan", a link to the English page,
    today's sunrise and sunset for Cardigan with the date (British summer and winter time,
    a wording per day), a show class from a pool, "Darllenwch hefyd:", a photo credit from
    a pool, a membership line (raised in 2018) turned by the seed fair on the first
    Saturday of March, the annual show on the third Saturday of August with its entry
    deadline, and the 2020 cancellation, the charity and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="garddwyrteifi.cymru", site="Cymdeithas Garddwyr Bro Teifi", base_size=110,
        subdomains=(("www.", 100),),
        sections=("newyddion", "sioe", "sgyrsiau", "aelodaeth"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "dosbarth": ("Dosbarth 1: Pum taten wen", "Dosbarth 4: Tri winwnsyn wedi'u "
                         "trimio", "Dosbarth 9: Chwe ffeuen ddringo", "Dosbarth 15: Jar o "
                         "jam mafon", "Dosbarth 22: Tair dahlia fawr", "Dosbarth 30: "
                         "Bara brith"),
            "llun": ("Cymdeithas Garddwyr Bro Teifi", "Elin Prys", "aelod o'r gymdeithas"),
        },
        families=(
            _f("dyddiad", HEADER, 0.85, *_by_day(_gt_dyddiad)),
            _f("awdur", HEADER, 0.5, (_OLD, "Gan {author}")),
            _f("saesneg", HEADER, 0.35, (_OLD, "Read this page in English")),
            _f("haul", HEADER, 0.2, *_daily(_gt_haul)),
            _f("dosbarth", MIDDLE, 0.2, (_OLD, "{dosbarth}")),
            _f("darllen", MIDDLE, 0.3, (_OLD, "Darllenwch hefyd: {other_title}")),
            _f("llun", MIDDLE, 0.2, (_OLD, "Llun: {llun}")),
            _f("hysbys", FOOTER, 0.35, *_gt_hysbys()),
            _f("elusen", FOOTER, 0.35, (_OLD, "Elusen gofrestredig rhif 1045873")),
            _f("hawlfraint", FOOTER, 0.35, (_OLD, "© {year} Cymdeithas Garddwyr Bro Teifi. "
                                                  "Cedwir pob hawl.")),
            _f("cywiriad", HEADER, 0.04, (_OLD, "Cywiriad: roedd dyddiad y sgwrs yn anghywir "
                                                "yn y fersiwn gyntaf.")),
        ),
    )


# --- a Dutch allotment association --------------------------------------------------------

OB_REDESIGN = dt.date(2019, 1, 1)
OB_WACHTLIJST = dt.date(2018, 4, 1)
OB_TUINHUUR = (("2014-01-01", "€ 96,00"), ("2015-01-01", "€ 98,00"), ("2016-01-01", "€ 101,50"),
               ("2017-01-01", "€ 101,50"), ("2018-01-01", "€ 104,00"),
               ("2019-01-01", "€ 108,50"), ("2020-01-01", "€ 112,00"))


def alv(y: int) -> dt.date:
    """The general members' meeting (ALV): the second Thursday of March."""
    return nth_weekday(y, 3, 3, 2)


def plantjesmarkt(y: int) -> dt.date:
    """The plant market: the Saturday before Mother's Day (the second Sunday of May)."""
    return nth_weekday(y, 5, 6, 2) - ONE


def open_dag(y: int) -> dt.date:
    """The open day: the second Saturday of June."""
    return nth_weekday(y, 6, 5, 2)


def _ob_datum(day: dt.date) -> str:
    if day < OB_REDESIGN:
        return f"Geplaatst op {day.day} {MAANDEN[day.month - 1]} {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


@cache
def _ob_agenda() -> Wordings:
    base = _steps((_OLD, "Word lid! Mail het secretariaat: secretariaat@vtvonsbuiten.nl"),
                  (OB_WACHTLIJST.isoformat(), "Interesse in een tuin? Meld je aan voor de "
                                              "wachtlijst via secretariaat@vtvonsbuiten.nl"))
    corona = [_span("2020-03-15", "2020-06-30", "Corona: de kantine is dicht, de tuinen zijn "
                                                "open voor leden. Houd 1,5 meter afstand.")]
    vergadering = _movable(alv, 14, 0, lambda y: (
        f"Algemene ledenvergadering: donderdag {alv(y).day} maart {y}, 20.00 uur in de "
        f"kantine"))
    markt = _movable(plantjesmarkt, 10, 0, lambda y: (
        f"🌱 Plantjesmarkt: zaterdag {plantjesmarkt(y).day} mei {y}, van 9.00 tot 12.00 uur"))
    open_dagen = _movable(open_dag, 14, 0, lambda y: (
        f"Open dag: zaterdag {open_dag(y).day} juni {y}, iedereen welkom van 10 tot 16 uur"))
    return _calendar(base, corona, vergadering, markt, open_dagen)


def onsbuiten_style() -> PublisherStyle:
    """A Dutch allotment association (volkstuinvereniging): "Geplaatst op" with the long
    date turned the numeric date on New Year's Day 2019 (a wording per day), the water
    supply open from April to November, the canteen's summer and winter hours, the work
    group on duty from a pool, the plot-inspection line, a membership line reworded for the
    waiting list and turned by the ALV on the second Thursday of March, the plant market
    before Mother's Day, the open day in June and the 2020 pandemic, the plot rent and
    subscription of the year (changing each January), the board and affiliation lines (a
    block), a rare correction."""
    return PublisherStyle(
        domain="vtvonsbuiten.nl", site="Volkstuinvereniging Ons Buiten", base_size=90,
        subdomains=(("www.", 100),),
        sections=("nieuws", "agenda", "tuinieren", "vereniging"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"groep": ("A", "B", "C", "D", "E", "F")},
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_ob_datum)),
            _f("water", HEADER, 0.3, *_seasons(
                ("04-01", "De waterleiding is open van 1 april tot 1 november."),
                ("11-01", "De waterleiding is afgesloten tot 1 april: laat de kranen "
                          "openstaan tegen vorstschade."))),
            _f("kantine", FOOTER, 0.25, *_seasons(
                ("04-01", "Kantine open: zaterdag 10.00–13.00 uur"),
                ("10-01", "Kantine in de winter alleen open op de eerste zaterdag van de "
                          "maand"))),
            _f("werkbeurt", MIDDLE, 0.2, (_OLD, "Algemeen werk: deze maand is groep {groep} "
                                                "aan de beurt.")),
            _f("schouw", MIDDLE, 0.15, (_OLD, "De tuinschouw is in juni en september: houd "
                                              "paden en sloten bij.")),
            _f("agenda", FOOTER, 0.3, *_ob_agenda()),
            _f("tuinhuur", FOOTER, 0.25, *from_table(OB_TUINHUUR, lambda v: (
                f"Tuinhuur en contributie: {v} per tuin van 200 m², te betalen vóór 1 "
                f"maart."))),
            _f("bestuur", FOOTER, 0.4, (_OLD, "Bestuur Volkstuinvereniging Ons Buiten · "
                                              "Tuinpark aan de Molenweg")),
            _f("avvn", FOOTER, 0.35, (_OLD, "Aangesloten bij AVVN, de landelijke bond voor "
                                            "volkstuinders · KvK 40531234")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: de ledenvergadering begint om "
                                                 "20.00 uur, niet om 19.30 uur.")),
        ),
    )


# --- a Polish family allotment garden (ROD) -----------------------------------------------

RP_REDESIGN = dt.date(2019, 3, 1)
RP_OPLATY = (("2014-04-01", ("2014", "0,25")), ("2015-04-01", ("2015", "0,25")),
             ("2016-04-01", ("2016", "0,27")), ("2017-04-01", ("2017", "0,28")),
             ("2018-04-01", ("2018", "0,30")), ("2019-04-01", ("2019", "0,32")),
             ("2020-04-01", ("2020", "0,35")))


def walne(y: int) -> dt.date:
    """The garden's annual general meeting: the third Saturday of March."""
    return nth_weekday(y, 3, 5, 3)


def sprzatanie(y: int) -> dt.date:
    """The spring clean-up of the garden: the second Saturday of April."""
    return nth_weekday(y, 4, 5, 2)


def _rp_data(day: dt.date) -> str:
    if day < RP_REDESIGN:
        return f"Dodano: {day.day} {MIESIACA[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} r."


def _rp_oplaty(start: str) -> str:
    year, rate = dict(RP_OPLATY)[start]
    return (f"Opłaty ogrodowe za {year} r.: {rate} zł/m² działki. Wpłaty do 30 czerwca na "
            f"konto ogrodu.")


@cache
def _rp_ogloszenie() -> Wordings:
    base = _steps((_OLD, "Wolne działki: pytaj zarząd podczas dyżuru."))
    covid = [_span("2020-03-12", "2020-05-31", "Świetlica zamknięta, dyżury telefoniczne. "
                                               "Zachowaj 2 m odstępu w alejkach.")]
    zebranie = _movable(walne, 21, 0, lambda y: (
        f"Walne zebranie sprawozdawcze: sobota {walne(y).day} marca {y}, godz. 10:00 "
        f"(drugi termin 10:30) w świetlicy"))
    porzadki = _movable(sprzatanie, 10, 0, lambda y: (
        f"Wiosenne sprzątanie ogrodu: sobota {sprzatanie(y).day} kwietnia {y}, zbiórka o 9:00 "
        f"przy bramie"))
    return _calendar(base, covid, zebranie, porzadki)


def podlipami_style() -> PublisherStyle:
    """A Polish family allotment garden (ROD): "Dodano:" with the long date (genitive
    months) turned the numeric date with "r." on 1 March 2019 (a wording per day), water on
    from mid-April to mid-October, the board's summer and winter duty hours, a free-plots
    line turned by the annual meeting on the third Saturday of March (with its second
    term), the spring clean-up and the 2020 pandemic, the garden fees of the year (changing
    each April), a no-burning reminder, the board's address and the PZD line (a block), a
    rare change of duty."""
    return PublisherStyle(
        domain="rodpodlipami.pl", site="ROD „Pod Lipami”", base_size=70,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "ogloszenia", "zarzad"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.85, *_by_day(_rp_data)),
            _f("woda", HEADER, 0.3, *_seasons(
                ("04-15", "Woda w ogrodzie włączona od 15 kwietnia do 15 października."),
                ("10-16", "Woda w ogrodzie zakręcona do wiosny, instalacja spuszczona na "
                          "zimę."))),
            _f("dyzur", FOOTER, 0.3, *_seasons(
                ("04-01", "Dyżury zarządu: każda sobota 10:00–12:00 w świetlicy."),
                ("11-01", "Dyżury zarządu zimą: pierwsza sobota miesiąca, 10:00–11:00."))),
            _f("ogloszenie", FOOTER, 0.3, *_rp_ogloszenie()),
            _f("oplaty", FOOTER, 0.3, *from_table(
                tuple((start, start) for start, _ in RP_OPLATY), _rp_oplaty)),
            _f("zakaz", MIDDLE, 0.15, (_OLD, "Przypominamy: palenie odpadów na działkach jest "
                                             "zabronione.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Zarząd ROD „Pod Lipami”, ul. Lipowa 40, "
                                              "87-100 Toruń, tel. 56 651 20 14")),
            _f("pzd", FOOTER, 0.35, (_OLD, "Ogród jest członkiem Polskiego Związku "
                                           "Działkowców.")),
            _f("zmiana", HEADER, 0.04, (_OLD, "Uwaga: w tym tygodniu dyżur przeniesiony na "
                                              "niedzielę.")),
        ),
    )


# --- a Korean district's urban-farm portal ------------------------------------------------

SH_REDESIGN = dt.date(2019, 1, 2)
SEOUL = (37.57, 126.98)
SH_BUNYANG = (("2014-01-01", ("2014", "4만원")), ("2015-01-01", ("2015", "4만원")),
              ("2016-01-01", ("2016", "4만원")), ("2017-01-01", ("2017", "5만원")),
              ("2018-01-01", ("2018", "5만원")), ("2019-01-01", ("2019", "5만원")),
              ("2020-01-01", ("2020", "6만원")))


def gaejang(y: int) -> dt.date:
    """The weekend farm's opening: the first Saturday of April."""
    return nth_weekday(y, 4, 5, 1)


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"등록일 {day.isoformat()}"
    return f"작성일 {day.year}.{day.month:02d}.{day.day:02d} ({YOIL[day.weekday()]})"


def _sh_ilchul(day: dt.date) -> str:
    rise, sets = sun_times(day, *SEOUL, 9)
    return f"{day.month}월 {day.day}일 서울 일출 {rise} · 일몰 {sets}"


def _sh_bunyang(start: str) -> str:
    year, fee = dict(SH_BUNYANG)[start]
    return f"{year}년 주말농장 분양: 1구획(16.5㎡) 연 {fee}, 3월 중 공개 추첨"


@cache
def _sh_annae() -> Wordings:
    base = _steps((_OLD, "텃밭 분양 문의: 서하구청 도시농업팀 02-2600-4123"))
    covid = [_span("2020-02-24", "2020-04-30", "코로나19 확산 방지를 위해 개장식을 취소합니다. "
                                               "개별 경작은 가능합니다.")]
    sincheong = _yearly("02-15", 0, 13, lambda y: f"{y}년 텃밭 분양 신청: 2월 15일~28일, "
                                                  f"구청 누리집에서 접수")
    opening = _movable(gaejang, 7, 0, lambda y: (
        f"{y}년 주말농장 개장식: 4월 {gaejang(y).day}일(토) 오전 10시"))
    kimjang = _yearly("11-10", 0, 10, lambda y: f"{y}년 김장 채소 수확: 11월 20일까지 밭을 비워 "
                                                f"주세요")
    return _calendar(base, covid, sincheong, opening, kimjang)


def seohafarm_style() -> PublisherStyle:
    """A Korean district's urban-farm portal: a board name from a pool, "등록일" with the
    ISO date turned "작성일" with the dotted date and the weekday on 2 January 2019 (a
    wording per day), today's sunrise and sunset in Seoul with the date (a wording per
    day), the weekend farm's fee of the year (changing each January), the garden rules, an
    enquiries line turned by the February applications, the April opening, the kimchi
    harvest and the 2020 pandemic, the department, satisfaction-survey and copyright lines
    (a block), a rare notice of a changed draw."""
    return PublisherStyle(
        domain="seohafarm.or.kr", site="서하구 도시농업포털", base_size=55,
        subdomains=(("www.", 100),),
        sections=("notice", "farm", "edu", "gallery"),
        n_authors=2, url_path="/board/{section}/view.do?seq={n}",
        pools={"board": ("공지사항", "보도자료", "행사안내", "교육안내")},
        families=(
            _f("board", HEADER, 0.5, (_OLD, "{board}")),
            _f("deungrok", HEADER, 0.85, *_by_day(_sh_dated)),
            _f("ilchul", HEADER, 0.2, *_daily(_sh_ilchul)),
            _f("bunyang", FOOTER, 0.3, *from_table(
                tuple((start, start) for start, _ in SH_BUNYANG), _sh_bunyang)),
            _f("suchik", MIDDLE, 0.2, (_OLD, "텃밭 이용 수칙: 비닐 멀칭과 농약 사용 금지, 퇴비는 "
                                             "지정된 곳에")),
            _f("annae", FOOTER, 0.3, *_sh_annae()),
            _f("damdang", FOOTER, 0.4, (_OLD, "담당부서: 도시농업팀 ☎ 02-2600-4123")),
            _f("manjok", FOOTER, 0.3, (_OLD, "이 페이지에서 제공하는 정보에 만족하십니까?")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © 서하구 도시농업포털. All rights "
                                                 "reserved.")),
            _f("byeongyeong", HEADER, 0.04, (_OLD, "※ 분양 추첨일이 변경되었습니다.")),
        ),
    )


# --- a Portuguese community-garden association --------------------------------------------

HM_REDESIGN = dt.date(2019, 9, 1)
HM_QUOTA = (("2013-01-01", "20 €"), ("2017-01-01", "24 €"), ("2019-01-01", "25 €"))


def troca_sementes(y: int) -> dt.date:
    """The seed swap: the first Sunday of March."""
    return nth_weekday(y, 3, 6, 1)


def _hm_data(day: dt.date) -> str:
    if day < HM_REDESIGN:
        return f"Publicado a {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


@cache
def _hm_agenda() -> Wordings:
    base = _steps((_OLD, "Quer um talhão? Inscreva-se na lista de espera na nossa sede."))
    emergencia = [_span("2020-03-19", "2020-05-02", "Estado de emergência: as hortas ficam "
                                                    "abertas só para rega e colheita.")]
    seca = [_span("2017-07-01", "2017-10-31", "☀️ Seca: poupe água, regue gota a gota e ao "
                                              "fim do dia.")]
    trocas = _movable(troca_sementes, 14, 0, lambda y: (
        f"🌱 Troca de sementes: domingo, {troca_sementes(y).day} de março de {y}, das 10h às "
        f"13h na sede. Traga as suas!"))
    return _calendar(base, emergencia, seca, trocas)


def hortasmondego_style() -> PublisherStyle:
    """A Portuguese community-garden association: "Publicado a" with the long date turned
    the dotted date on 1 September 2019 (a wording per day), the watering hours of summer
    and winter, a waiting-list line turned by the seed swap on the first Sunday of March,
    the 2017 drought and the 2020 state of emergency, the yearly fee (raised in 2017 and
    2019), the burning ban, the contact and copyright lines (a block), a rare erratum."""
    return PublisherStyle(
        domain="hortasmondego.pt", site="Associação Hortas do Mondego", base_size=40,
        subdomains=(("www.", 100),),
        sections=("noticias", "agenda", "hortas"),
        n_authors=2, url_path="/{section}/{slug}/",
        families=(
            _f("data", HEADER, 0.85, *_by_day(_hm_data)),
            _f("rega", HEADER, 0.25, *_seasons(
                ("05-01", "Rega de maio a setembro: só antes das 10h e depois das 19h."),
                ("10-01", "De outubro a abril a rega é livre. Poupe água!"))),
            _f("agenda", FOOTER, 0.3, *_hm_agenda()),
            _f("quota", FOOTER, 0.3, *from_table(HM_QUOTA, lambda v: (
                f"Quota anual: {v} por talhão de 50 m²."))),
            _f("queimadas", FOOTER, 0.15, (_OLD, "É proibido fazer queimadas entre 1 de julho "
                                                 "e 30 de setembro.")),
            _f("contacto", FOOTER, 0.4, (_OLD, "Associação Hortas do Mondego · Rua da Sofia, "
                                               "Coimbra · geral@hortasmondego.pt")),
            _f("direitos", FOOTER, 0.3, (_OLD, "© {year} Associação Hortas do Mondego")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a troca de sementes é no domingo, não "
                                              "no sábado.")),
        ),
    )


# --- an English village horticultural society ---------------------------------------------

AH_MEMBERSHIP = dt.date(2019, 1, 1)


def spring_show(y: int) -> dt.date:
    """The spring show: the second Saturday of April."""
    return nth_weekday(y, 4, 5, 2)


def summer_show(y: int) -> dt.date:
    """The summer show: the Saturday of the August bank holiday weekend."""
    return last_weekday(y, 8, 0) - 2 * ONE


def autumn_show(y: int) -> dt.date:
    """The autumn show: the second Saturday of September."""
    return nth_weekday(y, 9, 5, 2)


def next_talk(day: dt.date) -> dt.date:
    """The next monthly talk on or after `day`: the third Tuesday of each month but August
    and December."""
    y, m = day.year, day.month
    while True:
        talk = nth_weekday(y, m, 1, 3)
        if m not in (8, 12) and talk >= day:
            return talk
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _ah_talk(day: dt.date) -> str:
    talk = next_talk(day)
    return (f"Next talk: Tuesday {ordinal(talk.day)} {MONTHS[talk.month - 1]}, 7.30pm, "
            f"the Village Hall. Visitors £2.")


@cache
def _ah_shows() -> Wordings:
    base = _steps((_OLD, "Membership £3 a year: join at any show or talk."),
                  (AH_MEMBERSHIP.isoformat(), "Membership £4 a year (£6 for a household): "
                                              "join at any show or talk."))
    cancelled = [_span("2020-03-17", "2020-09-30", "All our 2020 shows are cancelled. Share "
                                                   "photos of your best blooms on our "
                                                   "Facebook page instead.")]
    spring = _movable(spring_show, 28, 0, lambda y: (
        f"Spring Show: Saturday {spring_show(y).day} April {y}, 2pm. Schedules from the "
        f"village shop."))
    summer = _movable(summer_show, 28, 0, lambda y: (
        f"Summer Show: Saturday {summer_show(y).day} August {y}, 2.30pm. Entries by 8pm on "
        f"the Thursday before."))
    autumn = _movable(autumn_show, 10, 0, lambda y: (
        f"Autumn Show: Saturday {autumn_show(y).day} September {y}, 2pm. Dahlias, onions "
        f"and the heaviest marrow."))
    return _calendar(base, cancelled, spring, summer, autumn)


def ashcombe_style() -> PublisherStyle:
    """An English village horticultural society: the date with an English ordinal (a
    wording per day), a membership line (raised in 2019) turned by the spring, summer and
    autumn shows on their Saturdays and the 2020 cancellation, the next monthly talk (a
    wording per month: the third Tuesday, none in August and December), a show class from
    a pool, the staging rules, the RHS affiliation line, a rare correction."""
    return PublisherStyle(
        domain="ashcombehorticultural.org.uk", site="Ashcombe Horticultural Society",
        base_size=30, subdomains=(("www.", 100), ("", 30)),
        sections=("news", "shows", "talks"),
        n_authors=2, url_path="/{section}/{slug}.html",
        pools={"klass": ("Class 3: Five shallots, dressed", "Class 11: Three carrots, "
                         "tops trimmed to 75mm", "Class 18: Vase of five sweet peas",
                         "Class 26: Victoria sponge", "Class 31: Heaviest marrow")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(
                lambda day: f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}")),
            _f("shows", FOOTER, 0.4, *_ah_shows()),
            _f("talk", FOOTER, 0.2, *_by_day(_ah_talk)),
            _f("klass", MIDDLE, 0.25, (_OLD, "{klass}")),
            _f("rules", FOOTER, 0.3, (_OLD, "All exhibits must be staged by 11am and removed "
                                            "after 4.30pm. The judges' decision is final.")),
            _f("affiliated", FOOTER, 0.3, (_OLD, "Affiliated to the Royal Horticultural "
                                                 "Society.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the talk starts at 7.30pm, not "
                                                  "7pm.")),
        ),
    )


def heldout223_styles() -> list[PublisherStyle]:
    """The held-back-223 styles, in the order the generator hands them to publishers."""
    return [
        pottingshed_style(), moestuinkrant_style(), zielonadzialka_style(),
        hortanoquintal_style(), dosinongup_style(), northfield_style(), garddwyrteifi_style(),
        onsbuiten_style(), podlipami_style(), seohafarm_style(), hortasmondego_style(),
        ashcombe_style(),
    ]
