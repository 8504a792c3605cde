"""The ``held-back-66`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-65 set
(`tests.bench.heldout_templates_65`; held-back-67 and held-back-68 sets were being written at
the same time by other sessions, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier sets'
modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
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
network footer. All twelve are from Sub-Saharan Africa and the Indian Ocean, nearly all from
towns no earlier set had a publisher in, several with lines in languages no earlier set
printed: eight are news sites, large and small, in English, French, Portuguese and Sepedi with
lines in Efik, Kituba, Emakhuwa, Shimaore, Kalenjin, Acholi and Rodrigues Kreol; four are
small specialist sites: an Anglican diocese's news with Bemba lines, a football club's site
with Swahili lines, a rainforest research station's field blog with Malagasy lines and a high
school's news in Afrikaans. The families are the kinds a crawl of such sites holds: dates
localised day by day (in Sepedi, Portuguese, French and Afrikaans, with ordinal suffixes,
abbreviated weekdays, padded and unpadded numbers, changing form on the day of a redesign), a
weekly's numbered Friday issues, weekly rates and prices (the Brent barrel, the metical),
regulated prices that changed on given days (petrol, maize), load-shedding stages on listed
days, a weekly cycle of prayer through the parishes, a school's term weeks and holidays, a
football season that turns each August, a species of the month, bylines and datelines of many
shapes (a correspondent's "From", a handle, words-and-photos credits), notices reworded in
2016-2020, notices that follow a calendar (votes and postponed votes, a cyclone, a strike, an
earthquake swarm, a water crisis, the 2020 epidemic, national and community days with their
counts and ordinals, a holiday moved to a new date, a carnival that went online, movable
feasts on the Islamic and Western calendars, days on a weekday of a month) and the seasons
(rains, cyclones, a fishery's closure, farming, athletics, field work), a ferry timetable that
changes in Ramadan, other articles' titles, multi-line blocks, mid-body inserts (some up to
two times), bare lines, and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, easter, ordinal
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FRENCH_WEEKDAYS_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
SEPEDI_MONTHS = ("Janaware", "Feberware", "Matšhe", "Aporele", "Mei", "June", "Julae",
                 "Agostose", "Setemere", "Oktobore", "Nofemere", "Disemere")
SEPEDI_WEEKDAYS = ("Mošupologo", "Labobedi", "Laboraro", "Labone", "Labohlano", "Mokibelo",
                   "Lamorena")
AFRIKAANS_MONTHS = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie",
                    "Augustus", "September", "Oktober", "November", "Desember")
AFRIKAANS_WEEKDAYS = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag",
                      "Sondag")

# Movable feasts as Mayotte's readers kept them.
RAMADAN_YT = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_YT = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_YT = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`: the day a weekly line is dated."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def yearly_level(table: dict[int, float], day: dt.date) -> float:
    """A level that moves in a straight line from `table[year]` on 1 January to
    `table[year + 1]` on the next."""
    start, end = table[day.year], table[day.year + 1]
    return start + (end - start) * (day.timetuple().tm_yday - 1) / 365


def _comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma, as French- and Portuguese-language sites print it."""
    return f"{number:.{places}f}".replace(".", ",")


# --- a Nigerian English-language daily with Efik lines (Calabar, Cross River) ---------------

CR_REDESIGN = dt.date(2018, 10, 1)  # on Independence Day the long date turned a short one
CR_BYLINE = dt.date(2019, 4, 1)
CR_LINKS = dt.date(2019, 7, 1)
CR_WHATSAPP = dt.date(2018, 7, 2)
CR_RIGHTS = dt.date(2019, 10, 1)
CR_ADDRESS = dt.date(2017, 9, 4)  # the publisher moved

# The official pump price of petrol, from the days it changed.
CR_PETROL = (
    (_OLD, "⛽ Official pump price of petrol: ₦97 a litre"),
    ("2015-01-18", "⛽ Official pump price of petrol: ₦87 a litre"),
    ("2016-01-04", "⛽ Official pump price of petrol: ₦86.50 a litre"),
    ("2016-05-11", "⛽ Petrol price cap raised to ₦145 a litre"),
    ("2020-03-19", "⛽ Petrol price cut to ₦125 a litre"),
    ("2020-04-01", "⛽ Petrol price cut to ₦123.50 a litre"),
    ("2020-07-01", "⛽ Petrol now sells at up to ₦143.80 a litre"),
    ("2020-09-02", "⛽ Deregulation: petrol now sells at up to ₦162 a litre"),
)


def democracy_day(y: int) -> dt.date:
    """Nigeria's Democracy Day: 29 May, moved to 12 June from 2019."""
    return dt.date(y, 5, 29) if y < 2019 else dt.date(y, 6, 12)


def _cr_dated(day: dt.date) -> str:
    if day < CR_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} | {{time12}}"


def _cr_notice() -> Wordings:
    base = _steps((_OLD, "Like our Facebook page and follow us on Twitter"),
                  (CR_WHATSAPP.isoformat(), "📲 Get our headlines on WhatsApp every morning: "
                                            "send JOIN to 0803 000 0000"))
    news: list[Event] = [
        _span("2015-02-08", "2015-03-27", "🗳️ Elections shifted: the presidential poll is "
                                          "now on 28 March"),
        _vote("2015-03-28", "🗳️ Presidential election: live results from Cross River",
              before=0, after=2),
        _vote("2015-04-11", "🗳️ Governorship election: results from the 18 LGAs", after=2),
        _span("2019-02-16", "2019-02-22", "🗳️ INEC postpones the elections by one week"),
        _vote("2019-02-23", "🗳️ Presidential election: live results from Cross River",
              before=0, after=2),
        _vote("2019-03-09", "🗳️ Governorship election: results from the 18 LGAs", after=2),
        _span("2020-04-01", "2020-06-30", "😷 Face masks are compulsory in all public places "
                                          "in the state"),
        _span("2020-10-21", "2020-10-27", "⚠️ Curfew in Calabar: stay indoors from 6 pm"),
    ]
    feasts = _movable(easter, 2, 1, lambda _: "✝️ Happy Easter from all of us at the "
                                              "newsroom")
    feasts += _movable(democracy_day, 0, 0, lambda y: f"🇳🇬 Democracy Day {y}: "
                                                      f"{y - 1999} years of civil rule")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Happy {ordinal(y - 1960)} Independence "
                                               f"Anniversary, Nigeria!")
    feasts += _yearly("12-28", 1, 0, lambda y: (
        "🎭 Carnival Calabar 2020 goes virtual: watch the bands online" if y == 2020 else
        f"🎭 Carnival Calabar {y}: the five bands take to the streets"))
    feasts += _yearly("12-01", 0, 30, lambda _: "🎄 Calabar Festival: a month of music, food "
                                                "and the carnival")
    return _calendar(base, news, feasts)


def calabar_style() -> PublisherStyle:
    """A Nigerian English-language daily with Efik lines (Calabar, Cross River): a desk
    kicker, the weekday and long date, turned the American-style date with the 12-hour time
    on Independence Day 2018 (a wording per day), "By" turned the correspondent's "From ...,
    Calabar", a correspondent line from a pool of towns, "RELATED NEWS:" turned "👉🏾 Read
    also:" (up to twice), an advert label, a photo credit, the official petrol price from the
    days it changed, a follow line turned WhatsApp and turned by the 2015 postponement, four
    votes, the 2019 postponement, the 2020 mask rule and a curfew, Easter, Democracy Day
    (moved to 12 June from 2019) and Independence with their counts, Carnival Calabar (online
    in 2020) within the month-long festival, an Efik thank-you, a comments disclaimer, a
    rights line reworded and the publisher's address, which moved (a block), a rare power
    cut."""
    return PublisherStyle(
        domain="kwariverchronicle.com.ng", site="Kwa River Chronicle", base_size=225,
        subdomains=(("www.", 80), ("", 20)),
        sections=("calabar", "cross-river", "niger-delta", "politics", "business", "sports"),
        n_authors=8, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "desk": ("Calabar", "Cross River", "Niger Delta", "Politics", "Business", "Sports",
                     "Entertainment"),
            "town": ("Ikom", "Ogoja", "Obudu", "Ugep", "Akamkpa", "Odukpani", "Obubra"),
            "photo": ("Government House, Calabar", "file", "contributed", "reader's photo",
                      "State Ministry of Information"),
        },
        families=(
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.8, *_by_day(_cr_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (CR_BYLINE.isoformat(), "From {author}, Calabar")),
            _f("correspondent", HEADER, 0.15, (_OLD, "Our Correspondent, {town}")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED NEWS: {other_title}"),
               (CR_LINKS.isoformat(), "👉🏾 Read also: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "ADVERT")),
            _f("photo", MIDDLE, 0.2, (_OLD, "PHOTO: {photo}")),
            _f("petrol", FOOTER, 0.2, *CR_PETROL),
            _f("notice", FOOTER, 0.3, *_cr_notice()),
            _f("sosongo", FOOTER, 0.15, (_OLD, "Sosongo! Thank you for reading")),
            _f("comments", FOOTER, 0.15, (_OLD, "Comments on this site are the views of readers, "
                                                "not of the editors.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Kwa River Chronicle. All rights "
                                                 "reserved."),
               (CR_RIGHTS.isoformat(), "© {year} Kwa River Chronicle. This material may not be "
                                       "published, broadcast or rewritten without "
                                       "permission.")),
            _f("publisher", FOOTER, 0.35, (_OLD, "Published by Kwa River Media Ltd, 14 Marian "
                                                 "Road, Calabar"),
               (CR_ADDRESS.isoformat(), "Published by Kwa River Media Ltd, 3 Atimbo Road, "
                                        "Calabar")),
            _f("outage", HEADER, 0.04, (_OLD, "⚡ Power outage: parts of Calabar South are "
                                              "without electricity today")),
        ),
    )


# --- a Congolese French-language daily with Kituba lines (Pointe-Noire, Congo) --------------

KC_REDESIGN = dt.date(2018, 8, 15)  # on Independence Day the long date turned a numeric one
KC_BYLINE = dt.date(2019, 2, 11)
KC_LINKS = dt.date(2019, 6, 3)
KC_WHATSAPP = dt.date(2018, 4, 2)
KC_RIGHTS = dt.date(2019, 10, 1)
KC_EMAIL = dt.date(2018, 3, 1)

# The Brent barrel in US dollars at the start of each year (the weekly line moves between
# them), and the spring of 2020, when it fell by half.
BRENT_USD = {2014: 108, 2015: 55, 2016: 37, 2017: 56, 2018: 66, 2019: 54, 2020: 66, 2021: 51,
             2022: 78}
BRENT_CRASH = (dt.date(2020, 3, 9), dt.date(2020, 6, 15))


def kc_brent(day: dt.date) -> str:
    """The week's Brent price (Monday to Sunday; a wording per week)."""
    monday = on_or_before(day, 0)
    k = (monday - dt.date(2014, 12, 29)).days // 7
    level = yearly_level(BRENT_USD, monday) + 2.5 * math.sin(k / 1.7)
    if BRENT_CRASH[0] <= monday < BRENT_CRASH[1]:
        level *= 0.45
    return (f"🛢️ Baril de Brent, semaine du {monday.day} {FRENCH_MONTHS[monday.month - 1]} : "
            f"{_comma(level)} $")


def _kc_dated(day: dt.date) -> str:
    if day < KC_REDESIGN:
        return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")
    return f"Mis à jour le {day:%d/%m/%Y} à {{time}}"


def _kc_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et sur Twitter"),
                  (KC_WHATSAPP.isoformat(), "📲 Nos alertes sur WhatsApp : envoyez « INFO » au "
                                            "+242 06 000 00 00"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Référendum constitutionnel : les résultats du Kouilou",
              after=2),
        _vote("2016-03-20", "🗳️ Élection présidentielle : suivez le dépouillement", after=3),
        _vote("2017-07-16", "🗳️ Législatives, premier tour : les résultats à Pointe-Noire",
              after=2),
        _vote("2017-07-30", "🗳️ Législatives, second tour : les élus du Kouilou", before=4,
              after=2),
        _span("2020-03-31", "2020-05-15", "😷 Confinement : restez chez vous, lavez-vous les "
                                          "mains"),
    ]
    feasts = _movable(easter, 0, 1, lambda _: "🐣 Joyeuses Pâques à tous nos lecteurs")
    feasts += _yearly("08-15", 1, 0, lambda y: f"🇨🇬 15 août : le Congo fête ses {y - 1960} ans "
                                               f"d'indépendance")
    feasts += _yearly("11-28", 0, 0, lambda y: f"28 novembre : {y - 1958}e anniversaire de la "
                                               f"proclamation de la République")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Joyeux Noël et bonne année à tous !")
    return _calendar(base, news, feasts)


def pointe_noire_style() -> PublisherStyle:
    """A Congolese French-language daily with Kituba lines (Pointe-Noire, Congo): a rubric
    kicker, "Publié le" with the weekday, the long date and the time, turned "Mis à jour le"
    with a numeric date on Independence Day 2018 (a wording per day), "Par" turned a pen with
    the site's name, a special-correspondent line from a pool of towns, "Lire aussi :" turned
    "📰 À lire également →" (up to twice), an ad label, a photo credit, the week's Brent
    price (a wording per week, halved in spring 2020), the franc's fixed parity, a follow
    line turned WhatsApp and turned by a referendum, three votes and the 2020 lockdown,
    Easter, Independence and the Republic's day with their counts and Christmas, a Kituba
    thank-you, a comments policy, a rights line reworded and the head-office line, which
    gained an e-mail (a block), a rare load-shedding notice."""
    return PublisherStyle(
        domain="lecourrierdukouilou.cg", site="Le Courrier du Kouilou", base_size=200,
        subdomains=(("www.", 100),),
        sections=("pointe-noire", "kouilou", "economie", "petrole", "societe", "sports"),
        n_authors=7, url_path="/{section}/{n}-{slug}",
        pools={
            "rubrique": ("Pointe-Noire", "Kouilou", "Économie", "Pétrole", "Société", "Sports",
                         "Culture"),
            "ville": ("Dolisie", "Nkayi", "Madingo-Kayes", "Loango", "Hinda", "Mvouti",
                      "Tchiamba-Nzassi"),
            "photo": ("DR", "archives", "Mairie de Pointe-Noire", "lecteur", "Port autonome"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_kc_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (KC_BYLINE.isoformat(), "✍️ {author} / Le Courrier du Kouilou")),
            _f("envoye", HEADER, 0.15, (_OLD, "De notre envoyé spécial à {ville}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}"),
               (KC_LINKS.isoformat(), "📰 À lire également → {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "PUBLICITÉ")),
            _f("photo", MIDDLE, 0.2, (_OLD, "© Photo : {photo}")),
            _f("brent", FOOTER, 0.2, *_by_day(kc_brent)),
            _f("parite", FOOTER, 0.15, (_OLD, "💶 1 € = 655,957 FCFA")),
            _f("annonce", FOOTER, 0.3, *_kc_notice()),
            _f("matondo", FOOTER, 0.15, (_OLD, "Matondo mingi ! Merci de votre fidélité")),
            _f("commentaires", FOOTER, 0.15, (_OLD, "Les commentaires sont modérés. Restez "
                                                    "courtois et évitez les attaques "
                                                    "personnelles.")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} Le Courrier du Kouilou – Tous droits "
                                              "réservés"),
               (KC_RIGHTS.isoformat(), "© {year} Le Courrier du Kouilou. Reproduction interdite "
                                       "sans autorisation écrite.")),
            _f("siege", FOOTER, 0.35, (_OLD, "Siège : avenue Charles-de-Gaulle, Pointe-Noire – "
                                             "Tél. +242 06 000 00 00"),
               (KC_EMAIL.isoformat(), "Siège : avenue Charles-de-Gaulle, Pointe-Noire – Tél. "
                                      "+242 06 000 00 00 – redaction@{domain}")),
            _f("delestage", HEADER, 0.04, (_OLD, "⚠️ Délestage : coupure d'électricité prévue ce "
                                                 "jour dans les arrondissements 4 et 5")),
        ),
    )


# --- a Mozambican Portuguese-language daily with Emakhuwa lines (Nampula) -------------------

NP_REDESIGN = dt.date(2018, 6, 25)  # on Independence Day the long date turned a numeric one
NP_BYLINE = dt.date(2019, 2, 4)
NP_LINKS = dt.date(2019, 9, 2)
NP_WHATSAPP = dt.date(2018, 8, 6)
NP_RIGHTS = dt.date(2020, 2, 3)

# Meticais a US dollar bought at the start of each year (the weekly line moves between them).
MZN_PER_USD = {2014: 31.5, 2015: 33.5, 2016: 46.0, 2017: 71.0, 2018: 59.0, 2019: 61.5,
               2020: 62.0, 2021: 75.0, 2022: 64.0}

NP_SEASONS = (
    ("04-15", "☀️ Época seca: previna as queimadas descontroladas"),
    ("11-15", "🌧️ Época chuvosa: atenção às cheias nos rios Lúrio e Meluli"),
)


def np_rate(day: dt.date) -> str:
    """The week's dollar rate (Monday to Sunday; a wording per week)."""
    monday = on_or_before(day, 0)
    k = (monday - dt.date(2014, 12, 29)).days // 7
    level = yearly_level(MZN_PER_USD, monday) + 0.8 * math.sin(k / 2.3)
    return f"💱 Câmbio da semana: 1 USD = {_comma(level)} MT"


def _np_dated(day: dt.date) -> str:
    if day < NP_REDESIGN:
        return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")
    return f"Publicado a {day:%d/%m/%Y} às {{time}}"


def _np_notice() -> Wordings:
    base = _steps((_OLD, "Curta a nossa página no Facebook"),
                  (NP_WHATSAPP.isoformat(), "📲 Receba as notícias de Nampula no seu WhatsApp: "
                                            "+258 84 000 0000"))
    news: list[Event] = [
        _vote("2018-10-10", "🗳️ Autárquicas 2018: resultados nos municípios de Nampula",
              after=3),
        _span("2019-04-24", "2019-04-30", "🌀 Ciclone Kenneth: saiba como ajudar as vítimas "
                                          "em Cabo Delgado"),
        _vote("2019-10-15", "🗳️ Eleições gerais 2019: resultados na província de Nampula",
              after=4),
        _span("2020-04-01", "2020-07-31", "😷 Estado de emergência: use máscara e evite "
                                          "aglomerações"),
    ]
    feasts = _yearly("02-03", 0, 0, lambda _: "3 de Fevereiro: Dia dos Heróis Moçambicanos")
    feasts += _yearly("04-07", 0, 0, lambda _: "7 de Abril: Dia da Mulher Moçambicana")
    feasts += _yearly("06-25", 1, 0, lambda y: f"🇲🇿 25 de Junho: {y - 1975} anos de "
                                               f"independência")
    feasts += _yearly("10-04", 0, 0, lambda y: f"🕊️ 4 de Outubro: {y - 1992} anos do Acordo "
                                               f"Geral de Paz")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Feliz Natal! Boas festas a todos os "
                                               "leitores")
    return _calendar(base, news, feasts)


def nampula_style() -> PublisherStyle:
    """A Mozambican Portuguese-language daily with Emakhuwa lines (Nampula): a section
    kicker, the lower-case weekday and the long date, turned "Publicado a" with a numeric
    date and the time on Independence Day 2018 (a wording per day), "Texto:" turned the
    writer with the site's name, a correspondent line from a pool of districts, "LEIA
    TAMBÉM:" turned "📎 Relacionado:" (up to twice), an ad label, a photo credit, the week's
    dollar rate (a wording per week), the dry and rainy seasons, a follow line turned
    WhatsApp and turned by two votes, a cyclone and the 2020 emergency, Heroes' day, Women's
    day, Independence and the peace accord with their counts and Christmas, an Emakhuwa
    thank-you, a rights line reworded and the registration line (a block), a rare water
    cut."""
    return PublisherStyle(
        domain="vozdenampula.co.mz", site="Voz de Nampula", base_size=178,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("nampula", "nacala", "provincia", "economia", "desporto", "cultura"),
        n_authors=6, url_path="/noticias/{section}/{slug}",
        pools={
            "seccao": ("Nampula", "Nacala", "Ilha de Moçambique", "Província", "Economia",
                       "Desporto", "Cultura"),
            "distrito": ("Nacala-Porto", "Angoche", "Monapo", "Ribáuè", "Malema", "Moma",
                         "Mossuril"),
            "foto": ("Arquivo", "D.R.", "Conselho Municipal de Nampula", "Leitor",
                     "Governo Provincial"),
        },
        families=(
            _f("seccao", HEADER, 0.3, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.75, *_by_day(_np_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Texto: {author}"),
               (NP_BYLINE.isoformat(), "{author} | Voz de Nampula")),
            _f("correspondente", HEADER, 0.15, (_OLD, "Correspondente em {distrito}")),
            _f("leia", MIDDLE, 0.3, (_OLD, "LEIA TAMBÉM: {other_title}"),
               (NP_LINKS.isoformat(), "📎 Relacionado: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.2, (_OLD, "Publicidade")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("cambio", FOOTER, 0.2, *_by_day(np_rate)),
            _f("epoca", FOOTER, 0.15, *_seasons(*NP_SEASONS)),
            _f("aviso", FOOTER, 0.3, *_np_notice()),
            _f("kooxukhuru", FOOTER, 0.15, (_OLD, "Kooxukhuru! Obrigado por nos ler")),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Voz de Nampula. Todos os direitos "
                                               "reservados."),
               (NP_RIGHTS.isoformat(), "© {year} Voz de Nampula – É proibida a reprodução sem "
                                       "citar a fonte.")),
            _f("registo", FOOTER, 0.3, (_OLD, "Registo no GABINFO n.º 012/GABINFO-DE/2012")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ Corte de água hoje em vários bairros da cidade "
                                            "de Nampula")),
        ),
    )


# --- a Sepedi-language news site with English lines (Polokwane, Limpopo) ---------------------

PY_REDESIGN = dt.date(2019, 9, 24)  # on Heritage Day the long date turned a numeric one
PY_BYLINE = dt.date(2019, 3, 4)
PY_LINKS = dt.date(2019, 11, 4)
PY_WHATSAPP = dt.date(2018, 5, 7)
PY_RIGHTS = dt.date(2020, 1, 13)

# Eskom's load-shedding, as the site printed it: (first day, last day, stage).
LOAD_SHEDDING = (
    ("2015-01-17", "2015-01-25", 2), ("2015-02-10", "2015-03-20", 2),
    ("2015-04-06", "2015-05-10", 3), ("2015-06-01", "2015-08-05", 2),
    ("2018-06-14", "2018-06-17", 2), ("2018-11-25", "2018-12-02", 2),
    ("2019-02-10", "2019-02-20", 2), ("2019-03-16", "2019-03-25", 4),
    ("2019-12-06", "2019-12-08", 4), ("2019-12-09", "2019-12-09", 6),
    ("2019-12-10", "2019-12-17", 2), ("2020-01-13", "2020-01-14", 2),
    ("2020-03-13", "2020-03-20", 2), ("2020-07-12", "2020-07-20", 2),
    ("2020-10-26", "2020-10-31", 2), ("2020-12-07", "2020-12-11", 2),
)


def _py_dated(day: dt.date) -> str:
    if day < PY_REDESIGN:
        return (f"{SEPEDI_WEEKDAYS[day.weekday()]}, {day.day} {SEPEDI_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"E phatlaladitšwe: {day:%d/%m/%Y} {{time}}"


def _py_power() -> Wordings:
    stages: list[Event] = [_span(first, last, f"⚡ Go tima mohlagase: Stage {stage}")
                           for first, last, stage in LOAD_SHEDDING]
    return _calendar(_steps((_OLD, "💡 Ga go na go tima mohlagase lehono")), stages)


def _py_notice() -> Wordings:
    base = _steps((_OLD, "Re latele go Facebook le Twitter"),
                  (PY_WHATSAPP.isoformat(), "📲 Tsena sehlopheng sa rena sa WhatsApp"))
    news: list[Event] = [
        _vote("2016-08-03", "🗳️ Dikgetho tša selegae: dipoelo tša Polokwane", after=3),
        _vote("2019-05-08", "🗳️ Dikgetho tša bosetšhaba le tša profense: dipoelo", after=3),
        _span("2020-03-27", "2020-04-30", "😷 Lockdown: dula gae, o bolokege"),
    ]
    feasts = _yearly("03-21", 0, 0, lambda _: "Letšatši la Ditokelo tša Botho")
    feasts += _yearly("04-27", 0, 0, lambda y: f"🇿🇦 Letšatši la Tokologo: mengwaga ye "
                                               f"{y - 1994} ya temokrasi")
    feasts += _yearly("06-16", 0, 0, lambda y: f"Letšatši la Baswa: mengwaga ye {y - 1976} go "
                                               f"tloga ka 1976")
    feasts += _yearly("09-24", 0, 0, lambda _: "Letšatši la Bohwa: apara diaparo tša setšo!")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Keresemose ye e thabišago go babadi ka "
                                               "moka!")
    return _calendar(base, news, feasts)


def polokwane_style() -> PublisherStyle:
    """A Sepedi-language news site with English lines (Polokwane, Limpopo): a section
    kicker, the Sepedi weekday and date, turned "E phatlaladitšwe:" with a numeric date and
    the time on Heritage Day 2019 (a wording per day), "Mongwadi:" turned "Ka", a dateline
    from a pool of towns, "Bala gape:" turned "Ditaba tše dingwe:" (up to twice), an ad
    label, a picture credit, the load-shedding line with its stage on listed days, a follow
    line turned WhatsApp and turned by two votes and the 2020 lockdown, Human Rights day,
    Freedom and Youth days with their counts, Heritage day and Christmas, a bilingual
    thank-you, a rights line turned bilingual and the press code line (a block), a rare
    water cut."""
    return PublisherStyle(
        domain="pulayabokone.co.za", site="Pula ya Bokone", base_size=158,
        subdomains=(("www.", 100),),
        sections=("polokwane", "limpopo", "dipolitiki", "ekonomi", "dipapadi", "setso"),
        n_authors=5, url_path="/ditaba/{n}/{slug}",
        pools={
            "karolo": ("Polokwane", "Limpopo", "Dipolitiki", "Ekonomi", "Dipapadi", "Setšo",
                       "Thuto"),
            "toropo": ("Seshego", "Mankweng", "Lebowakgomo", "Tzaneen", "Mokopane",
                       "Burgersfort", "Jane Furse"),
            "seswantsho": ("Faele", "Mmasepala wa Polokwane", "Mmadi", "Mmušo wa Profense"),
        },
        families=(
            _f("karolo", HEADER, 0.3, (_OLD, "{karolo}")),
            _f("letsatsi", HEADER, 0.75, *_by_day(_py_dated)),
            _f("mongwadi", HEADER, 0.45, (_OLD, "Mongwadi: {author}"),
               (PY_BYLINE.isoformat(), "Ka {author}")),
            _f("toropo", HEADER, 0.15, (_OLD, "{toropo}, Limpopo –")),
            _f("mohlagase", HEADER, 0.2, *_py_power()),
            _f("bala", MIDDLE, 0.3, (_OLD, "Bala gape: {other_title}"),
               (PY_LINKS.isoformat(), "➡️ Ditaba tše dingwe: {other_title}"), count=2),
            _f("papatso", MIDDLE, 0.2, (_OLD, "Papatšo")),
            _f("seswantsho", MIDDLE, 0.2, (_OLD, "Seswantšho: {seswantsho}")),
            _f("tsebiso", FOOTER, 0.3, *_py_notice()),
            _f("leboga", FOOTER, 0.15, (_OLD, "Ke a leboga ge o badile! Thank you for "
                                              "reading")),
            _f("ditokelo", FOOTER, 0.4, (_OLD, "© {year} Pula ya Bokone. Ditokelo ka moka di "
                                               "sireleditšwe."),
               (PY_RIGHTS.isoformat(), "© {year} Pula ya Bokone | All rights reserved · "
                                       "Ditokelo ka moka di sireleditšwe")),
            _f("presscode", FOOTER, 0.3, (_OLD, "We subscribe to the Press Code of the Press "
                                                "Council of South Africa.")),
            _f("meetse", HEADER, 0.04, (_OLD, "💧 Meetse a tla timwa lehono kua Seshego")),
        ),
    )


# --- a Mayotte French-language news site with Shimaore lines (Mamoudzou) --------------------

YT_REDESIGN = dt.date(2019, 3, 31)  # on the département's anniversary the date turned long
YT_BYLINE = dt.date(2018, 9, 3)
YT_LINKS = dt.date(2019, 9, 2)
YT_APP = dt.date(2018, 6, 4)
YT_RIGHTS = dt.date(2020, 1, 6)

YT_CYCLONES = (
    ("05-01", "☀️ Fin de la saison cyclonique : rangez votre kit, mais restez attentifs"),
    ("11-15", "🌀 Saison cyclonique : préparez votre kit d'urgence"),
)


def _yt_dated(day: dt.date) -> str:
    if day < YT_REDESIGN:
        return f"Publié le {day:%d/%m/%Y} à {{time}}"
    return (f"{FRENCH_WEEKDAYS_SHORT[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} · mis à jour à {{time}}")


def _yt_barge() -> Wordings:
    lockdown: list[Event] = [_span("2020-03-17", "2020-05-18", "⛴️ Barge : service réduit "
                                                               "pendant le confinement, un "
                                                               "départ par heure")]
    ramadan: list[Event] = [(_day(RAMADAN_YT[y]), _day(EID_FITR_YT[y]),
                             "⛴️ Barge : horaires du ramadan, dernier départ à 21 h 30")
                            for y in YEARS]
    return _calendar(_steps((_OLD, "⛴️ Barge : un départ toutes les 30 minutes, de 5 h à "
                                   "22 h")), lockdown, ramadan)


def _yt_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Lagon Matin sur Facebook et Instagram"),
                  (YT_APP.isoformat(), "📲 Téléchargez notre appli : toute l'actu de Mayotte "
                                       "sur votre mobile"))
    news: list[Event] = [
        _span("2016-12-05", "2017-02-19", "🚰 Tours d'eau : consultez le planning des coupures "
                                          "par village"),
        _vote("2017-04-23", "🗳️ Présidentielle, 1er tour : les résultats à Mayotte", after=1),
        _vote("2017-05-07", "🗳️ Présidentielle, 2nd tour : les résultats à Mayotte", after=1),
        _vote("2017-06-11", "🗳️ Législatives : les résultats dans les deux circonscriptions",
              after=1),
        _vote("2017-06-18", "🗳️ Législatives, second tour : les deux députés de Mayotte",
              before=4, after=1),
        _span("2018-02-20", "2018-04-10", "🚧 Mouvement social : barrages routiers, "
                                          "renseignez-vous avant de partir"),
        _span("2018-05-15", "2018-06-15", "🌋 Séismes à répétition : les bons gestes en cas de "
                                          "secousse"),
        _vote("2020-03-15", "🗳️ Municipales : les résultats commune par commune", before=4,
              after=1),
        _span("2020-03-17", "2020-05-18", "😷 Confinement : restez chez vous"),
    ]
    feasts = [(_day(RAMADAN_YT[y], -1), _day(RAMADAN_YT[y], 3),
               "🌙 Ramadan karim ! Bon ramadan à tous nos lecteurs") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_YT), 0, 2, lambda _: "🌙 Idi mubarak ! Bonne fête de "
                                                             "l'Aïd")
    feasts += _movable(_listed(EID_ADHA_YT), 0, 2, lambda _: "🐑 Aïd el-Kébir : bonne fête à "
                                                             "tous")
    feasts += _yearly("04-27", 0, 0, lambda y: f"27 avril : {y - 1846}e anniversaire de "
                                               f"l'abolition de l'esclavage à Mayotte")
    feasts += _yearly("03-31", 0, 0, lambda y: f"Mayotte, département depuis {y - 2011} ans")
    return _calendar(base, news, feasts)


def mamoudzou_style() -> PublisherStyle:
    """A Mayotte French-language news site with Shimaore lines (Mamoudzou): a rubric kicker,
    "Publié le" with a numeric date and the time, turned the abbreviated weekday, the long
    date and "mis à jour" on the département's anniversary 2019 (a wording per day),
    "Rédaction :" turned a pen, a correspondence line from a pool of communes, "À lire aussi
    »" turned "👀 Vous aimerez aussi :" (up to twice), an ad label, a photo credit, the
    ferry's timetable (changed in Ramadan and by the 2020 lockdown), the cyclone season, a
    follow line turned an app line and turned by the water cuts, four votes, the 2018 strike,
    the earthquake swarm, the 2020 municipal vote and lockdown, Ramadan, the two Eids and the
    abolition and département days with their counts, a Shimaore thank-you, a rights line
    reworded and the publisher's line (a block), a rare beach closure."""
    return PublisherStyle(
        domain="lagonmatin.yt", site="Lagon Matin", base_size=138,
        subdomains=(("www.", 100),),
        sections=("mamoudzou", "petite-terre", "societe", "faits-divers", "economie",
                  "sport"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Mamoudzou", "Petite-Terre", "Société", "Faits divers", "Économie",
                         "Sport", "Culture"),
            "commune": ("Dzaoudzi", "Sada", "Chirongui", "Koungou", "Bandrélé", "Dembéni",
                        "M'Tsangamouji"),
            "credit": ("Préfecture de Mayotte", "ARS", "archives", "lecteur",
                       "Conseil départemental"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_yt_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Rédaction : {author}"),
               (YT_BYLINE.isoformat(), "✒️ {author}")),
            _f("commune", HEADER, 0.15, (_OLD, "{commune} – correspondance")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi » {other_title}"),
               (YT_LINKS.isoformat(), "👀 Vous aimerez aussi : {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.2, (_OLD, "Annonce")),
            _f("credit", MIDDLE, 0.2, (_OLD, "Crédit photo : {credit}")),
            _f("barge", FOOTER, 0.2, *_yt_barge()),
            _f("cyclone", FOOTER, 0.15, *_seasons(*YT_CYCLONES)),
            _f("info", FOOTER, 0.3, *_yt_notice()),
            _f("marahaba", FOOTER, 0.15, (_OLD, "Marahaba ! Merci de votre fidélité")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Lagon Matin – Tous droits réservés"),
               (YT_RIGHTS.isoformat(), "© {year} Lagon Matin – Toute reproduction, même "
                                       "partielle, est interdite")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éditeur : SARL Presse du Lagon, Mamoudzou · "
                                              "ISSN 2000-0000")),
            _f("baignade", HEADER, 0.04, (_OLD, "⚠️ Baignade interdite ce jour à Moya : requin "
                                                "signalé")),
        ),
    )


# --- a Kenyan English-language news site with Kalenjin lines (Eldoret, the Rift Valley) ----

KV_REDESIGN = dt.date(2018, 10, 20)  # on Mashujaa Day the dateline turned "Updated"
KV_BYLINE = dt.date(2019, 5, 6)
KV_LINKS = dt.date(2019, 9, 2)
KV_TELEGRAM = dt.date(2018, 8, 1)
KV_RIGHTS = dt.date(2019, 3, 4)

# The cereals board's buying price for maize, from the days it was announced.
KV_MAIZE = (
    (_OLD, "🌽 NCPB maize buying price: KSh 2,300 per 90-kg bag"),
    ("2016-11-14", "🌽 NCPB maize buying price: KSh 2,500 per 90-kg bag"),
    ("2017-10-23", "🌽 NCPB maize buying price: KSh 3,200 per 90-kg bag"),
    ("2018-11-05", "🌽 NCPB maize buying price: KSh 2,500 per 90-kg bag"),
    ("2020-11-16", "🌽 NCPB maize buying price: KSh 2,700 per 90-kg bag"),
)

KV_SEASONS = (
    ("01-01", "🏃🏾 Cross-country season: county trials every Saturday"),
    ("04-01", "🏃🏾 Track season: national trials and the Diamond League"),
    ("09-15", "🏃🏾 Marathon season: Berlin, Chicago, New York and Valencia"),
    ("12-01", "🏃🏾 Off season: the camps in Iten are full of visiting athletes"),
)


def _kv_dated(day: dt.date) -> str:
    if day < KV_REDESIGN:
        return f"ELDORET, {ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"Updated {day:%d-%m-%Y}, {{time}} EAT"


def _kv_notice() -> Wordings:
    base = _steps((_OLD, "Follow Kerio Valley Times on Facebook and Twitter"),
                  (KV_TELEGRAM.isoformat(), "📲 Breaking news on Telegram: join our channel"))
    news: list[Event] = [
        _vote("2017-08-08", "🗳️ Election 2017: results from Uasin Gishu and Elgeyo-Marakwet",
              after=3),
        _vote("2017-10-26", "🗳️ Repeat presidential election: turnout and results", after=2),
        _span("2019-10-12", "2019-10-14", "⏱️ History in Vienna: the first marathon under two "
                                          "hours"),
        _span("2020-03-27", "2020-06-06", "😷 Curfew from 7 pm to 5 am: stay at home"),
    ]
    feasts = _yearly("06-01", 0, 0, lambda y: f"🇰🇪 Happy Madaraka Day: {y - 1963} years of "
                                              f"self-rule")
    feasts += _yearly("10-20", 0, 0, lambda _: "Mashujaa Day: celebrating our heroes")
    feasts += _yearly("12-12", 0, 0, lambda y: f"🇰🇪 Jamhuri Day: Kenya is {y - 1963}")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Merry Christmas from the Kerio Valley Times")
    return _calendar(base, news, feasts)


def eldoret_style() -> PublisherStyle:
    """A Kenyan English-language news site with Kalenjin lines (Eldoret, the Rift Valley): a
    desk kicker, an upper-case ELDORET dateline with the abbreviated month, turned "Updated"
    with a dashed date and the time on Mashujaa Day 2018 (a wording per day), "Story by"
    turned the writer with the handle, "READ MORE:" turned "🏃🏾 More from the Rift:" (up to
    twice), an advert label, a photo credit, the cereals board's maize price from the days it
    was announced, the athletics seasons, a follow line turned Telegram and turned by two
    votes, the sub-two-hour marathon and the 2020 curfew, Madaraka and Jamhuri days with
    their counts, Mashujaa day and Christmas, a Kalenjin thank-you, a rights line reworded,
    a rare road closure."""
    return PublisherStyle(
        domain="keriovalleytimes.co.ke", site="Kerio Valley Times", base_size=118,
        subdomains=(("www.", 100),),
        sections=("eldoret", "iten", "athletics", "farming", "county", "sports"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "desk": ("Eldoret", "Iten", "Kapsabet", "Athletics", "Farming", "County",
                     "Sports"),
            "photo": ("file", "Athletics Kenya", "courtesy", "County Government of Uasin "
                      "Gishu"),
        },
        families=(
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("dateline", HEADER, 0.7, *_by_day(_kv_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "Story by {author}"),
               (KV_BYLINE.isoformat(), "{author} · {author_handle}")),
            _f("readmore", MIDDLE, 0.3, (_OLD, "READ MORE: {other_title}"),
               (KV_LINKS.isoformat(), "🏃🏾 More from the Rift: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "— ADVERT —")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo | {photo}")),
            _f("maize", FOOTER, 0.2, *KV_MAIZE),
            _f("season", FOOTER, 0.2, *_seasons(*KV_SEASONS)),
            _f("notice", FOOTER, 0.3, *_kv_notice()),
            _f("kongoi", FOOTER, 0.15, (_OLD, "Kongoi! Thank you for reading")),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} Kerio Valley Times"),
               (KV_RIGHTS.isoformat(), "© {year} Kerio Valley Times · Eldoret, Kenya · All "
                                       "rights reserved")),
            _f("escarpment", HEADER, 0.04, (_OLD, "🌧️ Landslide warning: the Iten–Kabarnet "
                                                  "road is closed at the escarpment")),
        ),
    )


# --- a Ugandan English-language news site with Acholi lines (Gulu) ---------------------------

UG_REDESIGN = dt.date(2019, 10, 9)  # on Independence Day the short date turned a long one
UG_BYLINE = dt.date(2018, 6, 4)
UG_LINKS = dt.date(2019, 6, 3)
UG_RADIO = dt.date(2018, 9, 3)
UG_RIGHTS = dt.date(2020, 2, 3)

UG_SEASONS = (
    ("03-15", "🌱 Planting season: buy your seed from registered dealers only"),
    ("07-15", "🌾 Harvest time: sell your simsim and beans at fair prices"),
    ("11-15", "🔥 Dry season: say no to bush burning"),
)


def _ug_dated(day: dt.date) -> str:
    if day < UG_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{ordinal(day.day)} {ENGLISH_MONTHS[day.month - 1]} {day.year} at {{time12}}"


def _ug_notice() -> Wordings:
    base = _steps((_OLD, "Like Lok Pa Gulu on Facebook"),
                  (UG_RADIO.isoformat(), "📻 Listen to our news in Acholi every evening on our "
                                         "partner radio stations"))
    news: list[Event] = [
        _vote("2016-02-18", "🗳️ Elections 2016: results from the Acholi sub-region", after=3),
        _span("2020-03-30", "2020-06-01", "😷 Lockdown: boda bodas may not carry passengers"),
        _vote("2021-01-14", "🗳️ Elections 2021: follow our coverage from all eight districts",
              before=10, after=2),
    ]
    feasts = _yearly("06-09", 0, 0, lambda _: "Heroes' Day: honouring those who fought for "
                                              "Uganda")
    feasts += _yearly("10-09", 0, 0, lambda y: f"🇺🇬 Happy Independence Day: Uganda at "
                                               f"{y - 1962}")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Mot me Krismas! Merry Christmas")
    return _calendar(base, news, feasts)


def gulu_style() -> PublisherStyle:
    """A Ugandan English-language news site with Acholi lines (Gulu): a district kicker, an
    unpadded numeric date, turned the ordinal day, the long month and the 12-hour time on
    Independence Day 2019 (a wording per day), "Written by" turned "By ..., Gulu", "Kwan
    bene:" turned "📖 Kwan bene »" (up to twice), an ad label, a picture credit, the farming
    seasons, a follow line turned a radio line and turned by two votes and the 2020 lockdown,
    Heroes' day, Independence with its count and Christmas, an Acholi thank-you, a rights
    line reworded, a rare bridge closure."""
    return PublisherStyle(
        domain="lokpagulu.co.ug", site="Lok Pa Gulu", base_size=98,
        subdomains=(("www.", 100),),
        sections=("gulu", "kitgum", "pader", "amuru", "lamwo", "agago"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "district": ("Gulu", "Kitgum", "Pader", "Amuru", "Lamwo", "Agago", "Nwoya"),
            "cal": ("file", "contributed", "Gulu City Council", "reader"),
        },
        families=(
            _f("district", HEADER, 0.3, (_OLD, "{district}")),
            _f("dated", HEADER, 0.7, *_by_day(_ug_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "Written by {author}"),
               (UG_BYLINE.isoformat(), "By {author}, Gulu")),
            _f("kwan", MIDDLE, 0.3, (_OLD, "Kwan bene: {other_title}"),
               (UG_LINKS.isoformat(), "📖 Kwan bene » {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "Advertisement")),
            _f("cal", MIDDLE, 0.2, (_OLD, "Cal: {cal}")),
            _f("season", FOOTER, 0.2, *_seasons(*UG_SEASONS)),
            _f("notice", FOOTER, 0.3, *_ug_notice()),
            _f("apwoyo", FOOTER, 0.15, (_OLD, "Apwoyo matek! Thank you for reading")),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} Lok Pa Gulu. All rights reserved."),
               (UG_RIGHTS.isoformat(), "© {year} Lok Pa Gulu, Gulu City. Please credit us when "
                                       "you share our stories.")),
            _f("karuma", HEADER, 0.04, (_OLD, "⚠️ Karuma bridge closed for repairs today: expect "
                                              "delays on the Kampala road")),
        ),
    )


# --- a Rodrigues weekly in French and Kreol (Port Mathurin, Mauritius) -----------------------

RD_ISSUE_ZERO = (dt.date(2015, 1, 2), 845)  # a Friday and its issue's number
RD_BYLINE = dt.date(2018, 10, 12)  # on Autonomy Day the byline turned Kreol
RD_LINKS = dt.date(2019, 6, 7)
RD_FACEBOOK = dt.date(2018, 3, 2)
RD_RIGHTS = dt.date(2019, 10, 11)
RD_PRICE = dt.date(2018, 1, 5)

RD_OCTOPUS = (
    ("08-15", "🐙 Lapes ourit ferme ziska 15 oktob"),
    ("10-16", "🐙 Lapes ourit reouver: respekte pwa minimem"),
)


def rd_friday(day: dt.date) -> dt.date:
    """The Friday of `day`'s issue: the latest Friday on or before `day`."""
    return on_or_before(day, 4)


def rd_issue(friday: dt.date) -> int:
    """The number of the issue of `friday` (a Friday)."""
    return RD_ISSUE_ZERO[1] + (friday - RD_ISSUE_ZERO[0]).days // 7


def _rd_issue_line(day: dt.date) -> str:
    friday = rd_friday(day)
    return (f"N° {rd_issue(friday)} — Vendredi {friday.day} {FRENCH_MONTHS[friday.month - 1]} "
            f"{friday.year}")


def _rd_notice() -> Wordings:
    base = _steps((_OLD, "Zournal Rodrig dan tou laboutik sak vandredi"),
                  (RD_FACEBOOK.isoformat(), "📲 Swiv nou lor Facebook pou tou nouvel Rodrig"))
    news: list[Event] = [
        _vote("2017-02-26", "🗳️ Eleksion Lasanble Rezional: rezilta par rezion", after=2),
        _span("2019-02-08", "2019-02-11", "🌀 Siklonn Gelena: avertisman klas 3, res dan "
                                          "lakaz"),
        _vote("2019-11-07", "🗳️ Eleksion zeneral: rezilta dan Rodrig (no. 21)", after=2),
        _span("2020-03-20", "2020-05-31", "😷 Konfinman: res dan lakaz, lav ou lame"),
    ]
    feasts = _yearly("02-01", 0, 0, lambda _: "1er fevriye: fet labolision lesklavaz")
    feasts += _yearly("03-12", 0, 0, lambda y: f"🇲🇺 12 mars: {y - 1968} an lindepandans Moris")
    feasts += _yearly("10-12", 0, 0, lambda y: f"🎉 Fet Lotonomi: {y - 2002} an lotonomi "
                                               f"Rodrig")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Zwaye Noel ek bonn lane!")
    return _calendar(base, news, feasts)


def rodrigues_style() -> PublisherStyle:
    """A Rodrigues weekly in French and Kreol (Port Mathurin, Mauritius): a rubric kicker,
    the Friday issue with its number and long French date (a wording per week), "Par" turned
    the Kreol "Ekrir par" on Autonomy Day 2018, a village correspondent line, "Lir osi :"
    turned "➜ Lir plis :" (up to twice), an ad label, a photo credit, the octopus fishery's
    closure, an on-sale line turned a follow line and turned by two votes, a cyclone and
    the 2020 lockdown, Abolition day, Mauritius' independence and Autonomy day with their
    counts and Christmas, a Kreol thank-you, a rights line turned bilingual and the
    subscription line with its new price (a block), a rare ferry delay."""
    return PublisherStyle(
        domain="zournalrodrig.mu", site="Zournal Rodrig", base_size=78,
        subdomains=(("www.", 100),),
        sections=("port-mathurin", "lasanble", "lapes", "lagrikiltir", "sport", "kiltir"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "rubrik": ("Port-Mathurin", "Lasanble Rezional", "Lapes", "Lagrikiltir", "Sport",
                       "Kiltir"),
            "vilaz": ("La Ferme", "Mont Lubin", "Grande-Montagne", "Baie-aux-Huîtres",
                      "Petite-Butte", "Port-Sud-Est", "Plaine-Corail"),
            "foto": ("Arsiv", "Lektër", "Lasanble Rezional", "Komision Lapes"),
        },
        families=(
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("numero", HEADER, 0.6, *_by_day(_rd_issue_line)),
            _f("ekrir", HEADER, 0.4, (_OLD, "Par {author}"),
               (RD_BYLINE.isoformat(), "Ekrir par {author}")),
            _f("vilaz", HEADER, 0.15, (_OLD, "{vilaz} (de notre correspondant)")),
            _f("lir", MIDDLE, 0.3, (_OLD, "Lir osi : {other_title}"),
               (RD_LINKS.isoformat(), "➜ Lir plis : {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.15, (_OLD, "Reklam")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto : {foto}")),
            _f("ourit", FOOTER, 0.2, *_seasons(*RD_OCTOPUS)),
            _f("notis", FOOTER, 0.3, *_rd_notice()),
            _f("mersi", FOOTER, 0.15, (_OLD, "Mersi ki ou finn lir nou! Merci de nous lire")),
            _f("drwa", FOOTER, 0.35, (_OLD, "© {year} Zournal Rodrig. Tous droits réservés."),
               (RD_RIGHTS.isoformat(), "© {year} Zournal Rodrig – Reproduction interdite / Pa "
                                       "kopie san permision")),
            _f("abonnman", FOOTER, 0.3, (_OLD, "Abonnement : Rs 1 500 par an · tél. +230 831 "
                                               "0000"),
               (RD_PRICE.isoformat(), "Abonnement : Rs 1 800 par an · tél. +230 831 0000 · "
                                      "WhatsApp +230 5 000 0000")),
            _f("bato", HEADER, 0.04, (_OLD, "⛴️ Depar bato ranvoye: move lamer ant Moris ek "
                                            "Rodrig")),
        ),
    )


# --- an Anglican diocese's news with Bemba lines (Kasama, northern Zambia) -------------------

CH_BYLINE = dt.date(2018, 10, 22)
CH_MOBILE = dt.date(2018, 3, 5)
CH_EMAIL = dt.date(2018, 7, 2)

# The parishes the Diocesan Cycle of Prayer goes through, a week each, from the first Sunday
# of 2015.
CH_PARISHES = ("St Andrew's, Kasama", "St Paul's, Mpika", "Holy Cross, Mbala",
               "St Mary's, Luwingu", "St Peter's, Chinsali", "Christ Church, Isoka",
               "St John's, Nakonde", "St Michael's, Mporokoso", "St Luke's, Kaputa",
               "All Saints', Mungwi", "St Barnabas', Chilubi", "St Francis', Shiwang'andu",
               "St Stephen's, Mafinga", "St Margaret's, Lunte", "St James', Senga Hill",
               "Holy Trinity, Kasama Township", "the Cathedral of the Holy Spirit")
CH_CYCLE_START = dt.date(2015, 1, 4)  # a Sunday


def ch_sunday(day: dt.date) -> dt.date:
    """The Sunday that starts `day`'s week of prayer: the latest Sunday on or before `day`."""
    return on_or_before(day, 6)


def ch_parish(day: dt.date) -> str:
    """The parish prayed for in `day`'s week."""
    weeks = (ch_sunday(day) - CH_CYCLE_START).days // 7
    return CH_PARISHES[weeks % len(CH_PARISHES)]


def _ch_cycle(day: dt.date) -> str:
    sunday = ch_sunday(day)
    return (f"🙏 Cycle of Prayer, week of {sunday.day} {ENGLISH_MONTHS[sunday.month - 1]}: "
            f"we pray for the parish of {ch_parish(day)}")


def heroes_day(y: int) -> dt.date:
    """Zambia's Heroes' Day: the first Monday of July (Unity Day is the Tuesday after)."""
    return nth_weekday(y, 7, 0, 1)


def _ch_notice() -> Wordings:
    base = _steps((_OLD, "Support the Diocese: give through your parish treasurer"),
                  (CH_MOBILE.isoformat(), "🙏 Give to the Diocesan Mission Fund by mobile "
                                          "money: Airtel Money 0977 000 000"))
    news: list[Event] = [
        _vote("2016-08-11", "🗳️ Pray for peaceful general elections on 11 August", before=7,
              after=0),
        _span("2020-03-26", "2020-06-30", "😷 Services are limited to 50 people: keep your "
                                          "distance and wash your hands"),
    ]
    feasts = _movable(easter, 2, 1, lambda _: "✝️ Alleluia! Christ is risen. A blessed Easter "
                                              "to all")
    feasts += _movable(heroes_day, 0, 1, lambda _: "🇿🇲 Heroes' and Unity Days: we give thanks "
                                                   "for our nation")
    feasts += _yearly("10-18", 0, 0, lambda y: f"🙏 The {ordinal(y - 2014)} National Day of "
                                               f"Prayer and Fasting")
    feasts += _yearly("10-24", 0, 0, lambda y: f"🇿🇲 Happy Independence Day: Zambia at "
                                               f"{y - 1964}")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 A blessed Christmas to all in the Diocese")
    return _calendar(base, news, feasts)


def chambeshi_style() -> PublisherStyle:
    """An Anglican diocese's news with Bemba lines (Kasama, northern Zambia): a kind kicker,
    the weekday and long date, the communications office line turned "Reported by", the
    week's parish in the Diocesan Cycle of Prayer (a wording per week, from Sundays), "More
    from the Diocese:" (up to twice), a photo credit, a giving line turned mobile money and
    turned by a vote and the 2020 limits, Easter, Heroes' and Unity days on the first Monday
    and Tuesday of July, the National Day of Prayer with its ordinal and Independence with
    its count, Christmas, a Bemba thank-you, the rights line and the office's contact, which
    gained an e-mail (a block), a rare office closure."""
    return PublisherStyle(
        domain="chambeshidiocese.org.zm", site="Anglican Diocese of Chambeshi", base_size=60,
        subdomains=(("www.", 100),),
        sections=("news", "parishes", "mothers-union", "youth", "health", "education"),
        n_authors=2, url_path="/news/{slug}/",
        pools={
            "kind": ("Diocesan news", "Parishes", "Mothers' Union", "Youth", "Health",
                     "Education"),
            "photo": ("Diocesan Communications", "parish secretary", "Mothers' Union",
                      "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{weekday}, {date_dmy}")),
            _f("office", HEADER, 0.35, (_OLD, "Diocesan Communications Office"),
               (CH_BYLINE.isoformat(), "Reported by {author}")),
            _f("cycle", HEADER, 0.3, *_by_day(_ch_cycle)),
            _f("more", MIDDLE, 0.3, (_OLD, "More from the Diocese: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("notice", FOOTER, 0.3, *_ch_notice()),
            _f("natotela", FOOTER, 0.15, (_OLD, "Natotela sana! Thank you for reading and for "
                                                "your prayers")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Anglican Diocese of Chambeshi, Church "
                                              "of the Province of Central Africa")),
            _f("contact", FOOTER, 0.3, (_OLD, "Diocesan Office, P.O. Box 000, Kasama · +260 "
                                              "214 000 000"),
               (CH_EMAIL.isoformat(), "Diocesan Office, P.O. Box 000, Kasama · +260 214 000 000 "
                                      "· office@{domain}")),
            _f("closed", HEADER, 0.04, (_OLD, "⚠️ The Diocesan Office is closed today for the "
                                              "clergy retreat")),
        ),
    )


# --- a football club's site in French with Swahili lines (Lubumbashi, DR Congo) ---------------

EK_SITE = dt.date(2019, 8, 1)  # the new site, for the 2019-2020 season
EK_SPONSOR = dt.date(2018, 8, 1)


def ek_season(day: dt.date) -> str:
    """The season `day` belongs to: a new one each 1 August (a wording per season)."""
    first = day.year if day.month >= 8 else day.year - 1
    return f"Saison {first}-{first + 1}"


def _ek_tickets() -> Wordings:
    base = _steps((_OLD, "🎟️ Billets en vente au stade et chez nos revendeurs"),
                  (EK_SITE.isoformat(), "🎟️ Billets en vente aussi par M-Pesa : code marchand "
                                        "4455"))
    news: list[Event] = [
        _vote("2018-12-30", "🗳️ Élections : toutes les activités du club sont suspendues le "
                            "30 décembre", before=3, after=0),
        _span("2020-03-19", "2020-08-15", "😷 Championnat suspendu : pas de match au stade "
                                          "jusqu'à nouvel ordre"),
    ]
    feasts = _yearly("06-30", 0, 0, lambda y: f"🇨🇩 Bonne fête de l'indépendance : {y - 1960} "
                                              f"ans !")
    feasts += _yearly("12-24", 0, 8, lambda _: "🎄 Heri ya Noeli na mwaka mupya !")
    return _calendar(base, news, feasts)


def lubumbashi_style() -> PublisherStyle:
    """A football club's site in French with Swahili lines (Lubumbashi, DR Congo): a rubric
    kicker, "Publié le" with the French date, turned a dotted date with the time on the new
    site, the season (turning each 1 August), the communications line turned the writer
    with it, a video line, "Lisez aussi :" (up to twice), a photo credit, the shirt sponsor
    (changed for a new season), the ticket line turned M-Pesa and turned by the 2018 vote and
    the 2020 suspension, Independence with its count and the Christmas and New Year break, a
    Swahili chant, a rights line, a rare closed-doors notice."""
    return PublisherStyle(
        domain="etoilekafubu.cd", site="Étoile de la Kafubu", base_size=46,
        subdomains=(("www.", 100),),
        sections=("equipe-premiere", "jeunes", "club", "billetterie", "feminines",
                  "partenaires"),
        n_authors=2, url_path="/actualites/{slug}",
        pools={
            "rubrique": ("Équipe première", "Jeunes", "Club", "Billetterie", "Féminines",
                         "Partenaires"),
            "photo": ("Service communication", "archives du club", "supporters"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("publie", HEADER, 0.6, (_OLD, "Publié le {date_fr}"),
               (EK_SITE.isoformat(), "{date_de} · {time}")),
            _f("saison", HEADER, 0.3, *_by_day(ek_season)),
            _f("auteur", HEADER, 0.3, (_OLD, "Service communication"),
               (EK_SITE.isoformat(), "Par {author} · Service communication")),
            _f("video", MIDDLE, 0.2, (_OLD, "🎥 Le résumé du match en vidéo sur notre chaîne "
                                            "YouTube")),
            _f("lisez", MIDDLE, 0.3, (_OLD, "Lisez aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📸 {photo}")),
            _f("sponsor", FOOTER, 0.35, (_OLD, "Sponsor maillot : Minerais du Sud SA"),
               (EK_SPONSOR.isoformat(), "Sponsor maillot : Lushi Télécom")),
            _f("billets", FOOTER, 0.3, *_ek_tickets()),
            _f("tuko", FOOTER, 0.2, (_OLD, "Tuko pamoja ! Allez les Étoilés !")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Étoile de la Kafubu – Lubumbashi")),
            _f("huisclos", HEADER, 0.04, (_OLD, "🏟️ Huis clos : le match de dimanche se jouera "
                                                "sans public")),
        ),
    )


# --- a rainforest research station's field blog (eastern Madagascar; English, Malagasy) ------

VF_THEME = dt.date(2019, 1, 7)
VF_TREES = dt.date(2018, 6, 4)

VF_SPECIES = ("Propithecus diadema (diademed sifaka)", "Indri indri (indri)",
              "Varecia variegata (black-and-white ruffed lemur)",
              "Eulemur rubriventer (red-bellied lemur)",
              "Hapalemur griseus (eastern lesser bamboo lemur)",
              "Microcebus rufus (brown mouse lemur)",
              "Daubentonia madagascariensis (aye-aye)", "Cryptoprocta ferox (fossa)",
              "Brookesia superciliaris (brown leaf chameleon)",
              "Uroplatus fimbriatus (common leaf-tailed gecko)",
              "Mantella baroni (Baron's mantella)", "Coua caerulea (blue coua)")

VF_SEASONS = (
    ("04-01", "🌿 The field season is open: volunteers join us every two weeks"),
    ("12-01", "🌧️ The station is closed for the rains; fieldwork resumes in April"),
)


def vf_species(day: dt.date) -> str:
    """The species of `day`'s month (a wording per month)."""
    return (f"🦎 Species of the month, {ENGLISH_MONTHS[day.month - 1]}: "
            f"{VF_SPECIES[day.month - 1]}")


def lemur_day(y: int) -> dt.date:
    """World Lemur Day: the last Friday of October."""
    return nth_weekday(y, 10, 4, -1)


def _vf_appeal() -> Wordings:
    base = _steps((_OLD, "Adopt a lemur family: €25 a year pays a local guide for a week"),
                  (VF_TREES.isoformat(), "🌳 Plant the corridor: €5 buys a native seedling from "
                                         "our village nurseries"))
    news: list[Event] = [
        _vote("2018-11-07", "🗳️ Presidential election: the station stays open, but road travel "
                            "may be slow", before=3, after=0),
        _span("2020-03-20", "2020-10-31", "😷 The station is closed to visitors; our Malagasy "
                                          "team keeps the patrols going"),
    ]
    feasts = _movable(lemur_day, 3, 0, lambda _: "🐒 World Lemur Day: meet the families we "
                                                 "follow")
    feasts += _yearly("06-26", 0, 0, lambda y: f"🇲🇬 Arahaba tratry ny fetim-pirenena! "
                                               f"Madagascar at {y - 1960}")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Tratry ny Noely! Merry Christmas from the "
                                               "forest")
    return _calendar(base, news, feasts)


def vohitra_style() -> PublisherStyle:
    """A rainforest research station's field blog (eastern Madagascar; English with
    Malagasy lines): a category kicker, the date with the writer, turned the writer with an
    ISO date on a new theme, a research-permit line, "From the field:" links, a photo
    credit, the species of the month (a wording per month), the field season, an adoption
    appeal turned a tree-planting appeal and turned by the 2018 vote and the 2020 closure,
    World Lemur Day on the last Friday of October, Independence with its count and
    Christmas, a Malagasy thank-you, the rights line and the association's registration (a
    block), a rare cyclone notice."""
    return PublisherStyle(
        domain="vohitrastation.org", site="Vohitra Forest Station", base_size=33,
        subdomains=(("www.", 100),),
        sections=("field-notes", "lemurs", "community", "students", "reforestation",
                  "events"),
        n_authors=3, url_path="/blog/{yyyy}/{slug}",
        pools={
            "category": ("Field notes", "Lemurs", "Community", "Students", "Reforestation",
                         "Events"),
            "photo": ("field team", "visiting student", "station archive", "camera trap"),
        },
        families=(
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("dated", HEADER, 0.6, (_OLD, "{date_dmy} | {author}"),
               (VF_THEME.isoformat(), "{author} · {date_iso}")),
            _f("permit", HEADER, 0.1, (_OLD, "Research at the station is carried out under "
                                             "permit from Madagascar National Parks.")),
            _f("fromfield", MIDDLE, 0.25, (_OLD, "From the field: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 {photo}")),
            _f("species", FOOTER, 0.25, *_by_day(vf_species)),
            _f("season", FOOTER, 0.2, *_seasons(*VF_SEASONS)),
            _f("appeal", FOOTER, 0.3, *_vf_appeal()),
            _f("misaotra", FOOTER, 0.15, (_OLD, "Misaotra betsaka! Thank you for supporting the "
                                                "forest")),
            _f("rights", FOOTER, 0.3, (_OLD, "© {year} Vohitra Forest Station. Photos may not be "
                                             "reused without permission.")),
            _f("registered", FOOTER, 0.3, (_OLD, "The station is run by a registered "
                                                 "association under Malagasy law (no. "
                                                 "123/2009).")),
            _f("cyclone", HEADER, 0.04, (_OLD, "🌀 Cyclone warning: the road to the station is "
                                               "cut, updates will be slow")),
        ),
    )


# --- a high school's news in Afrikaans (Upington, Northern Cape) ----------------------------

HS_REDESIGN = dt.date(2019, 1, 16)  # the first school day of 2019
HS_APP = dt.date(2018, 1, 17)

# The school's terms (first and last school day), as its calendar printed them.
HS_TERMS = {
    2015: (("2015-01-14", "2015-03-25"), ("2015-04-08", "2015-06-26"),
           ("2015-07-20", "2015-10-02"), ("2015-10-12", "2015-12-09")),
    2016: (("2016-01-13", "2016-03-18"), ("2016-04-05", "2016-06-24"),
           ("2016-07-18", "2016-09-30"), ("2016-10-10", "2016-12-07")),
    2017: (("2017-01-11", "2017-03-31"), ("2017-04-19", "2017-06-30"),
           ("2017-07-18", "2017-10-06"), ("2017-10-16", "2017-12-06")),
    2018: (("2018-01-17", "2018-03-28"), ("2018-04-10", "2018-06-22"),
           ("2018-07-17", "2018-09-21"), ("2018-10-02", "2018-12-12")),
    2019: (("2019-01-16", "2019-03-15"), ("2019-03-26", "2019-06-14"),
           ("2019-07-09", "2019-09-20"), ("2019-10-01", "2019-12-04")),
    2020: (("2020-01-15", "2020-03-18"), ("2020-06-08", "2020-08-21"),
           ("2020-08-31", "2020-10-02"), ("2020-10-13", "2020-12-15")),
    2021: (("2021-01-27", "2021-03-26"),),
}
# The days the matric results came out.
HS_MATRIC = {2015: "2015-01-06", 2016: "2016-01-06", 2017: "2017-01-05", 2018: "2018-01-05",
             2019: "2019-01-04", 2020: "2020-01-08"}


def hs_terms() -> list[tuple[int, dt.date, dt.date]]:
    """Every term as (number in its year, first day, last day), in order."""
    return [(q + 1, _day(first), _day(last)) for y in sorted(HS_TERMS)
            for q, (first, last) in enumerate(HS_TERMS[y])]


def hs_term_week(day: dt.date) -> str:
    """The term and its week (Monday to Sunday) on `day`, or the holiday and the day school
    opens again."""
    for q, first, last in hs_terms():
        if first <= day <= last:
            week = (on_or_before(day, 0) - on_or_before(first, 0)).days // 7 + 1
            return f"📅 Kwartaal {q}, week {week}"
        if day < first:
            weekday = AFRIKAANS_WEEKDAYS[first.weekday()]
            return (f"🏖️ Skoolvakansie: die skool open weer op {weekday} {first.day} "
                    f"{AFRIKAANS_MONTHS[first.month - 1]}")
    raise ValueError(day)


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return (f"{AFRIKAANS_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{AFRIKAANS_MONTHS[day.month - 1]} {day.year}")
    return f"Geplaas: {day:%d/%m/%Y}"


def _hs_notice() -> Wordings:
    base = _steps((_OLD, "Volg Hoërskool Kokerboom op Facebook vir die nuutste nuus"),
                  (HS_APP.isoformat(), "📲 Laai die skool se toep af vir kennisgewings en die "
                                       "kalender"))
    news: list[Event] = [
        _span("2020-03-18", "2020-06-07", "😷 Die skool is gesluit: werk vir elke graad word op "
                                          "die webwerf gelaai"),
    ]
    feasts = _movable(_listed(HS_MATRIC), 0, 2, lambda y: f"🎓 Matriekuitslae: baie geluk aan "
                                                          f"die matrieks van {y - 1}!")
    feasts += _yearly("03-03", 0, 0, lambda y: f"🎂 Stigtersdag: die skool word {y - 1962} jaar "
                                               f"oud")
    feasts += _yearly("09-23", 0, 0, lambda _: "🇿🇦 Erfenisdag is môre: trek jou kultuurdrag "
                                               "aan")
    return _calendar(base, news, feasts)


def upington_style() -> PublisherStyle:
    """A high school's news in Afrikaans (Upington, Northern Cape): a category kicker, the
    Afrikaans weekday and date, turned "Geplaas:" with a numeric date on the first school day
    of 2019 (a wording per day), "Deur" turned words-and-photos credits, the term and its
    week or the holiday with the day school opens (a wording per week), "Lees ook:" (up to
    twice), a photo credit, a follow line turned an app line and turned by the 2020 closure,
    the matric results on listed days, Founders' day with its count and Heritage day, a
    school-fees line, the rights line and the contact line, which gained WhatsApp (a block),
    a rare heat closure."""
    return PublisherStyle(
        domain="hskokerboom.co.za", site="Hoërskool Kokerboom", base_size=22,
        subdomains=(("www.", 100),),
        sections=("nuus", "sport", "kultuur", "akademie", "oud-leerlinge", "ouers"),
        n_authors=2, url_path="/nuus/{slug}",
        pools={
            "kategorie": ("Nuus", "Sport", "Kultuur", "Akademie", "Oud-leerlinge", "Ouers"),
            "foto": ("Fotoklub", "Ouer", "Oud-leerling", "Die skool"),
        },
        families=(
            _f("kategorie", HEADER, 0.3, (_OLD, "{kategorie}")),
            _f("datum", HEADER, 0.7, *_by_day(_hs_dated)),
            _f("skrywer", HEADER, 0.4, (_OLD, "Deur {author}"),
               (HS_REDESIGN.isoformat(), "Berig: {author} · Foto's: {author2}")),
            _f("kwartaal", HEADER, 0.3, *_by_day(hs_term_week)),
            _f("lees", MIDDLE, 0.25, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("kennisgewing", FOOTER, 0.3, *_hs_notice()),
            _f("skoolfonds", FOOTER, 0.2, (_OLD, "Skoolfonds kan per EFT betaal word: gebruik u "
                                                 "kind se leerdernommer as verwysing.")),
            _f("regte", FOOTER, 0.3, (_OLD, "© {year} Hoërskool Kokerboom, Upington")),
            _f("kontak", FOOTER, 0.3, (_OLD, "Kontak: 054 000 0000 · kantoor@{domain}"),
               (HS_REDESIGN.isoformat(), "Kontak: 054 000 0000 · WhatsApp 082 000 0000 · "
                                         "kantoor@{domain}")),
            _f("hitte", HEADER, 0.04, (_OLD, "🌡️ Hitte: die skool sluit vandag om 11:00")),
        ),
    )


def heldout66_styles() -> list[PublisherStyle]:
    """The held-back-66 styles, in the order the generator hands them to publishers."""
    return [
        calabar_style(), pointe_noire_style(), nampula_style(), polokwane_style(),
        mamoudzou_style(), eldoret_style(), gulu_style(), rodrigues_style(), chambeshi_style(),
        lubumbashi_style(), vohitra_style(), upington_style(),
    ]
