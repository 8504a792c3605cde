"""The ``held-back-64`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-63 set
(`tests.bench.heldout_templates_63`; a held-back-65 set was being written at the same time by
another session, unseen by this one). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
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

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. Nine publishers are news sites from places in the Americas and
in Western and Northern Europe no earlier set had a publisher in, large and small, in
Spanish, Portuguese, French, Catalan, Swedish and English, some with lines in Rarámuri,
Talian, Finnish or Mi'kmaw; three are a sailors' forum, a coffee growers' co-operative's
press room and a baking blog. The families are the kinds a crawl of such sites holds: dates
localised day by day (one turning its month names lower-case on a spelling reform, one with
the Catalan elided "d'", one with ordinal suffixes, one with press-style month
abbreviations, one with a forum's abbreviated weekdays and months, several changing form on
the day of a redesign or a software move), weekly numbers (a weekly paper's issues, a weekly
exchange rate, a weekly coffee price, a volcano observatory's Friday reports, a word of the
week), a monthly recipe line, bylines and datelines of many shapes, notices reworded in
2016-2020, notices that follow a calendar (votes, hurricanes, storms, an earthquake, a strike,
the 2020 epidemic and its later rules, national and community days with their counts and
ordinals, feasts on the Western Easter, Pentecost, midsummer, days on a weekday of a month,
festivals called off in 2020, fairs and regattas) and the seasons (harvests, ferries,
hurricane and sailing seasons), other articles' titles, tag lists, forum quotes and
signatures, multi-line blocks, mid-body inserts (some up to two times), bare lines, and
families in only 4-5% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, easter, last_weekday, ordinal
from tests.bench.heldout_calendar import family as _f
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


def week_day_of(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`: the day a weekly line is dated."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def easter_plus(days: int) -> Callable[[int], dt.date]:
    """The day `days` after Western Easter (before it if negative), as a function of the
    year."""
    return lambda y: easter(y) + dt.timedelta(days=days)


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
CP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")  # the Canadian Press style's abbreviations
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
CATALAN_MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost",
                  "setembre", "octubre", "novembre", "desembre")
CATALAN_WEEKDAYS = ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte",
                    "diumenge")
SWEDISH_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DUTCH_MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                      "nov", "dec")
DUTCH_WEEKDAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")
DANISH_MONTHS_SHORT = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.",
                       "okt.", "nov.", "dec.")
DANISH_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def _fr_day(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def _dots(number: int) -> str:
    """`number` with dots between the thousands, as Colombian sites print prices."""
    return f"{number:,}".replace(",", ".")


# --- a Spanish-language regional daily with Rarámuri lines (Hidalgo del Parral, Mexico) -------

MX_REDESIGN = dt.date(2018, 5, 14)  # the long date turned a numeric date with the time
MX_BYLINE = dt.date(2018, 8, 6)
MX_LINKS = dt.date(2019, 3, 4)
MX_WHATSAPP = dt.date(2018, 10, 1)
MX_RIGHTS = dt.date(2019, 9, 2)

# Pesos a US dollar bought at the start of each year (the weekly line moves between them).
MXN_PER_USD = {2014: 13.10, 2015: 14.75, 2016: 17.25, 2017: 20.70, 2018: 19.65, 2019: 19.65,
               2020: 18.90, 2021: 19.90, 2022: 20.50}
MX_PESO_SHOCK = (dt.date(2020, 3, 16), dt.date(2020, 6, 1))  # the peso fell in spring 2020


def _mx_dated(day: dt.date) -> str:
    if day < MX_REDESIGN:
        return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{day:%d/%m/%Y} | {{time}} hrs"


def mx_rate(day: dt.date) -> str:
    """The week's exchange rate (Monday to Sunday; a wording per week)."""
    monday = week_day_of(day, 0)
    start, end = MXN_PER_USD[monday.year], MXN_PER_USD[monday.year + 1]
    level = start + (end - start) * (monday.timetuple().tm_yday - 1) / 365
    if MX_PESO_SHOCK[0] <= monday < MX_PESO_SHOCK[1]:
        level += 4.6
    k = (monday - FIRST_DAY).days // 7
    return f"💵 Tipo de cambio de la semana: ${level + 0.15 * math.sin(k / 1.7):.2f} por dólar"


def jornadas_villistas(y: int) -> dt.date | None:
    """The Saturday of Parral's Villa days (the cavalcade's arrival): the Saturday from 18 to
    24 July (none in 2020)."""
    return week_day_of(dt.date(y, 7, 24), 5) if y != 2020 else None


def _mx_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: El Heraldo de la Sierra"),
                  (MX_WHATSAPP.isoformat(), "📲 Recibe las noticias en tu WhatsApp: manda ALTA "
                                            "al 627 522 0000"))
    news: list[Event] = [
        _vote("2016-06-05", "🗳️ Elección 2016: resultados del PREP para gobernador", after=2),
        _span("2017-09-19", "2017-09-24", "🆘 Sismo del 19 de septiembre: cómo ayudar a los "
                                          "damnificados"),
        _vote("2018-07-01", "🗳️ Elecciones 2018: resultados del PREP en el distrito de Parral",
              after=3),
        _span("2020-03-23", "2020-05-30", "😷 Jornada Nacional de Sana Distancia: quédate en "
                                          "casa"),
        _span("2020-06-01", "2020-12-31", "🚦 Semáforo de riesgo COVID: consulta el color de "
                                          "esta semana en Chihuahua"),
    ]
    feasts = _movable(easter_plus(-7), 0, 7, lambda _: "✝️ Semana Santa: maneja con "
                                                        "precaución en la carretera a la sierra")
    feasts += _yearly("09-15", 0, 1, lambda y: f"🇲🇽 ¡Viva México! {y - 1810} años del Grito "
                                               f"de Independencia")
    feasts += _yearly("11-01", 0, 1, lambda _: "💀 Día de Muertos: horarios de los panteones "
                                               "de Parral")
    feasts += _movable(lambda y: nth_weekday(y, 11, 0, 3), 0, 0,
                       lambda y: f"Aniversario {y - 1910} de la Revolución Mexicana: desfile "
                                 f"suspendido por el puente")
    feasts += _yearly("12-12", 1, 0, lambda _: "🌹 Peregrinaciones a la Virgen de Guadalupe: "
                                               "cierres viales")
    villa = _movable(jornadas_villistas, 3, 0, lambda y: f"🐎 Jornadas Villistas {y}: "
                                                        f"{y - 1923} años de la muerte del "
                                                        f"general Villa en Parral")
    return _calendar(base, news, villa, feasts)


def parral_style() -> PublisherStyle:
    """A Spanish-language regional daily with Rarámuri lines (Hidalgo del Parral, Mexico): a
    section kicker, the capitalised Spanish weekday and long date, turned a numeric date with
    the time and "hrs" on a redesign (a wording per day), "Por" with the writer turned the
    writer with the site's name, a town dateline from a pool of sierra towns, a Rarámuri
    greeting, "Te puede interesar:" turned "📌 Lee también:" (up to twice), an ad label, a
    photo credit, the week's exchange rate (a wording per week, with the 2020 fall), a follow
    line turned WhatsApp and turned by two votes, the 2017 earthquake, the 2020 distancing
    and its traffic light, Holy Week, independence and the Revolution (on the third Monday of
    November) with their counts, the Day of the Dead, Guadalupe and the Villa days (none in
    2020), a comments disclaimer, a Rarámuri thank-you, a rights line reworded, a rare snow
    warning."""
    return PublisherStyle(
        domain="heraldodelasierra.com.mx", site="El Heraldo de la Sierra", base_size=235,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("parral", "sierra", "estado", "policiaca", "deportes", "nacional"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("Parral", "Sierra Tarahumara", "Estado", "Policiaca", "Deportes",
                        "Nacional"),
            "municipio": ("Guachochi", "Guadalupe y Calvo", "Balleza", "Batopilas", "Urique",
                          "Santa Bárbara", "Jiménez"),
            "foto": ("Cortesía", "Archivo", "Redes sociales", "Fiscalía Zona Sur", "Especial"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_mx_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (MX_BYLINE.isoformat(), "{author} | El Heraldo de la Sierra")),
            _f("municipio", HEADER, 0.2, (_OLD, "{municipio}, Chih.-")),
            _f("kuira", HEADER, 0.12, (_OLD, "Kuira ba! Noticias de la sierra en tu idioma")),
            _f("interesa", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"),
               (MX_LINKS.isoformat(), "📌 Lee también: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "PUBLICIDAD")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("dolar", FOOTER, 0.2, *_by_day(mx_rate)),
            _f("aviso", FOOTER, 0.3, *_mx_notice()),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Los comentarios son responsabilidad "
                                                   "exclusiva de quien los escribe.")),
            _f("matetera", FOOTER, 0.12, (_OLD, "Matétera ba! Gracias por leernos")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Heraldo de la Sierra. Todos los "
                                                "derechos reservados."),
               (MX_RIGHTS.isoformat(), "© El Heraldo de la Sierra {year} | Aviso de "
                                       "privacidad | Prohibida su reproducción total o "
                                       "parcial")),
            _f("nevada", HEADER, 0.04, (_OLD, "❄️ Alerta por nevadas: cierran el tramo "
                                              "Parral–Guachochi")),
        ),
    )


# --- a Portuguese-language news site of the wine hills with Talian lines (Bento Gonçalves) ---

BR_REDESIGN = dt.date(2018, 4, 2)  # the long date turned a numeric one with the time
BR_BYLINE = dt.date(2019, 6, 3)
BR_LINKS = dt.date(2019, 2, 4)
BR_WHATSAPP = dt.date(2018, 8, 6)
BR_RIGHTS = dt.date(2020, 2, 3)

# The grape festival in Caxias do Sul: (first day, last day) of the years it was held.
FESTA_DA_UVA = {2016: ("2016-02-18", "2016-03-06"), 2018: ("2018-02-15", "2018-03-04"),
                2020: ("2020-02-20", "2020-03-08")}

BR_SEASONS = (
    ("01-05", "🍇 Época de vindima: acompanhe a colheita da uva na Serra"),
    ("03-25", "🍷 Depois da vindima: roteiros de enoturismo no Vale dos Vinhedos"),
    ("06-01", "❄️ Inverno na Serra: previsão de geada e frio intenso"),
    ("09-01", "🌸 Primavera: brotação nos parreirais e poda verde"),
)


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return (f"{PORTUGUESE_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de "
                f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")
    return f"{day:%d/%m/%Y} - {{time}} | Atualizado"


def _br_notice() -> Wordings:
    base = _steps((_OLD, "Curta a página do Correio dos Vinhedos no Facebook"),
                  (BR_WHATSAPP.isoformat(), "📲 Receba as notícias no WhatsApp: (54) "
                                            "99100-0000"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Eleições 2016: apuração em Bento Gonçalves", after=1),
        _span("2018-05-21", "2018-05-31", "🚚 Greve dos caminhoneiros: postos sem combustível "
                                          "na Serra"),
        _vote("2018-10-07", "🗳️ Eleições 2018: apuração do primeiro turno", after=1),
        _vote("2018-10-28", "🗳️ Eleições 2018: apuração do segundo turno", after=1),
        _span("2020-03-19", "2020-05-10", "😷 Coronavírus: fique em casa"),
        _span("2020-05-11", "2020-11-07", "🚦 Distanciamento controlado: confira a bandeira "
                                          "da Serra nesta semana"),
        _vote("2020-11-15", "🗳️ Eleições municipais 2020: apuração", after=1),
    ]
    fair = [_span(first, last, "🍇 Festa Nacional da Uva em Caxias do Sul: programação e "
                               "ingressos") for first, last in FESTA_DA_UVA.values()]
    feasts = _yearly("05-20", 0, 0, lambda y: f"🇮🇹 Dia da Etnia Italiana: {y - 1875} anos da "
                                              f"imigração na Serra")
    feasts += _yearly("09-20", 6, 0, lambda y: f"🐎 Semana Farroupilha: {y - 1835} anos da "
                                               f"Revolução Farroupilha")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Bon Nadal! Feliz Natal a todos os leitores")
    return _calendar(base, news, fair, feasts)


def vinhedos_style() -> PublisherStyle:
    """A Portuguese-language news site of the wine hills with Talian lines (Bento Gonçalves,
    Rio Grande do Sul): a section kicker, the capitalised weekday and long date, turned a
    numeric date with the time and "Atualizado" on a redesign (a wording per day), "Por"
    with the writer turned "Reportagem:", a Talian greeting, "Leia também:" turned "➕ Leia
    mais:" (up to twice), an ad label, a photo credit, a line that follows the vine's year
    (harvest, wine tourism, frost, budding), a follow line turned WhatsApp and turned by
    three votes, the truckers' strike, the 2020 epidemic and its flag system, the grape
    festival on listed days, Italian heritage day and the Farroupilha week with their counts
    and Christmas in Talian, an erratum on a few pages, a Talian thank-you, a rights line
    reworded, a rare hail warning."""
    return PublisherStyle(
        domain="correiodosvinhedos.com.br", site="Correio dos Vinhedos", base_size=205,
        subdomains=(("www.", 100),),
        sections=("geral", "vinho-e-turismo", "politica", "economia", "esportes", "policia"),
        n_authors=7, url_path="/noticia/{yyyy}/{mm}/{slug}-{n}.html",
        pools={
            "editoria": ("Geral", "Vinho e Turismo", "Política", "Economia", "Esportes",
                         "Polícia"),
            "foto": ("Divulgação", "Arquivo pessoal", "Prefeitura de Bento Gonçalves",
                     "Leitor", "Defesa Civil"),
        },
        families=(
            _f("editoria", HEADER, 0.3, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.8, *_by_day(_br_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (BR_BYLINE.isoformat(), "Reportagem: {author}")),
            _f("bondi", HEADER, 0.12, (_OLD, "Bon dì a tuti! Bom dia a todos")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"),
               (BR_LINKS.isoformat(), "➕ Leia mais: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.2, (_OLD, "Publicidade")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("vindima", FOOTER, 0.2, *_seasons(*BR_SEASONS)),
            _f("aviso", FOOTER, 0.3, *_br_notice()),
            _f("errata", FOOTER, 0.05, (_OLD, "Errata: a versão anterior deste texto continha "
                                              "uma informação incorreta, já corrigida.")),
            _f("grassie", FOOTER, 0.12, (_OLD, "Grassie! Obrigado por ler até aqui")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Correio dos Vinhedos. Todos os "
                                                "direitos reservados."),
               (BR_RIGHTS.isoformat(), "Proibida a reprodução sem autorização · © {year} "
                                       "Correio dos Vinhedos")),
            _f("granizo", HEADER, 0.04, (_OLD, "⚠️ Alerta de granizo na Serra: a Defesa Civil "
                                               "pede cuidado")),
        ),
    )


# --- a Swedish-language local daily of Finland with Finnish lines (Korsholm, Ostrobothnia) ---

FI_REDESIGN = dt.date(2018, 9, 3)  # the weekday and date turned "Publicerad" with the time
FI_BYLINE = dt.date(2018, 1, 8)
FI_LINKS = dt.date(2019, 5, 6)
FI_NEWSLETTER = dt.date(2018, 3, 5)
FI_RIGHTS = dt.date(2019, 1, 7)

FI_FERRY = (
    ("01-15", "🧊 Isläget i Kvarken: färjan Vasa–Umeå går med isbrytarassistans"),
    ("04-20", "⛴️ Vasa–Umeå: en avgång dagligen, på fredagar två"),
    ("06-15", "⛴️ Sommartidtabell Vasa–Umeå: två avgångar dagligen"),
    ("08-20", "⛴️ Vasa–Umeå: en avgång dagligen, på fredagar två"),
)


def midsummer_eve(y: int) -> dt.date:
    """Midsummer eve in Finland: the Friday from 19 to 25 June."""
    return week_day_of(dt.date(y, 6, 25), 4)


def _fi_dated(day: dt.date) -> str:
    if day < FI_REDESIGN:
        return f"{SWEDISH_WEEKDAYS[day.weekday()]} {day.day}.{day.month}.{day.year}"
    return f"Publicerad {day:%d.%m.%Y} kl. {{time}}"


def _fi_notice() -> Wordings:
    base = _steps((_OLD, "Följ Kvarkenposten på Facebook och Instagram"),
                  (FI_NEWSLETTER.isoformat(), "📧 Beställ vårt nyhetsbrev – gratis varje "
                                              "morgon"))
    news: list[Event] = [
        _vote("2015-04-19", "🗳️ Riksdagsvalet 2015: så röstade Österbotten", after=2),
        _vote("2017-04-09", "🗳️ Kommunalvalet 2017: resultaten kommun för kommun", after=2),
        _vote("2018-01-28", "🗳️ Presidentvalet 2018: resultatet i Österbotten", after=1),
        _vote("2019-04-14", "🗳️ Riksdagsvalet 2019: så röstade Österbotten", after=2),
        _span("2020-03-16", "2020-05-31", "😷 Coronaläget i Österbotten: följ "
                                          "myndigheternas rekommendationer"),
    ]
    feasts = _yearly("02-05", 0, 0, lambda _: "🧁 Runebergsdagen – har du redan ätit din "
                                              "tårta?")
    feasts += _movable(midsummer_eve, 1, 1, lambda _: "🌼 Glad midsommar! Nästa tidning "
                                                      "kommer ut på tisdag")
    feasts += _yearly("11-06", 0, 0, lambda _: "💙 Svenska dagen – Ruotsalaisuuden päivä")
    feasts += _yearly("12-06", 0, 0, lambda y: f"🇫🇮 Finland {y - 1917} år – glad "
                                               f"självständighetsdag!")
    return _calendar(base, news, feasts)


def kvarken_style() -> PublisherStyle:
    """A Swedish-language local daily of Finland with Finnish lines (Korsholm,
    Ostrobothnia): a section kicker, the weekday and a dotted date, turned "Publicerad"
    with a zero-padded date and the time on a redesign (a wording per day), "Text:" turned
    "Text och bild:", a language switch, "Läs också:" turned "► LÄS MER:" (up to twice), an
    ad label, a photo credit, the ferry and ice line that follows the seasons, a follow line
    turned a newsletter and turned by four votes and the 2020 epidemic, Runeberg's day,
    midsummer eve, Swedish day (with its Finnish name) and independence with its count, the
    publisher, the ethics line and the rights line reworded (a block), a rare storm
    warning."""
    return PublisherStyle(
        domain="kvarkenposten.fi", site="Kvarkenposten", base_size=180,
        subdomains=(("www.", 100),),
        sections=("nyheter", "korsholm", "vasa", "sport", "kultur", "debatt"),
        n_authors=6, url_path="/artikel/{slug}-{n}",
        pools={
            "avdelning": ("Nyheter", "Korsholm", "Vasa", "Sport", "Kultur", "Insändare"),
            "bild": ("Arkiv", "Lehtikuva", "Läsarbild", "Vasa stad", "Malax kommun"),
        },
        families=(
            _f("avdelning", HEADER, 0.3, (_OLD, "{avdelning}")),
            _f("datum", HEADER, 0.8, *_by_day(_fi_dated)),
            _f("text", HEADER, 0.45, (_OLD, "Text: {author}"),
               (FI_BYLINE.isoformat(), "Text och bild: {author}")),
            _f("suomeksi", HEADER, 0.15, (_OLD, "På svenska | Suomeksi")),
            _f("las", MIDDLE, 0.35, (_OLD, "Läs också: {other_title}"),
               (FI_LINKS.isoformat(), "► LÄS MER: {other_title}"), count=2),
            _f("annons", MIDDLE, 0.2, (_OLD, "ANNONS")),
            _f("bild", MIDDLE, 0.25, (_OLD, "Bild: {bild}")),
            _f("farja", FOOTER, 0.2, *_seasons(*FI_FERRY)),
            _f("notis", FOOTER, 0.3, *_fi_notice()),
            _f("utgivare", FOOTER, 0.35, (_OLD, "Ansvarig utgivare: Anna-Lena Björkqvist")),
            _f("etik", FOOTER, 0.35, (_OLD, "Vi följer god journalistisk sed. Rättelser: "
                                            "rattelse@{domain}")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Kvarkenposten {year}"),
               (FI_RIGHTS.isoformat(), "© {year} Kvarkenposten – Allt material är upphovs"
                                       "rättsligt skyddat")),
            _f("storm", HEADER, 0.04, (_OLD, "⚠️ Stormvarning för Kvarken: färjetrafiken är "
                                             "inställd")),
        ),
    )


# --- a Catalan-language news site of Menorca (Ciutadella) -------------------------------------

CA_REDESIGN = dt.date(2017, 6, 5)  # the long Catalan date turned a dotted date with the time
CA_BYLINE = dt.date(2018, 11, 5)
CA_LINKS = dt.date(2019, 4, 1)
CA_TELEGRAM = dt.date(2018, 6, 4)
CA_RIGHTS = dt.date(2019, 10, 7)

CA_FERRY = (
    ("04-01", "⛴️ Horaris d'estiu Ciutadella–Alcúdia: fins a quatre sortides diàries"),
    ("11-01", "⛴️ Horaris d'hivern Ciutadella–Alcúdia: dues sortides diàries"),
)


def catalan_of(month: int) -> str:
    """The month's name after "de", elided before a vowel: "de març", "d'abril"."""
    name = CATALAN_MONTHS[month - 1]
    return f"d'{name}" if name[0] in "aeiou" else f"de {name}"


def sant_joan(y: int) -> dt.date | None:
    """Sant Joan, Ciutadella's feast (24 June; called off in 2020)."""
    return dt.date(y, 6, 24) if y != 2020 else None


def _ca_dated(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return (f"{CATALAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{catalan_of(day.month)} de {day.year}")
    return f"{day:%d.%m.%Y} | {{time}} h"


def _ca_notice() -> Wordings:
    base = _steps((_OLD, "Segueix-nos a Facebook i a Twitter"),
                  (CA_TELEGRAM.isoformat(), "📲 Rep les notícies de Ciutadella al teu "
                                            "Telegram"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Municipals i autonòmiques 2015: resultats a Ciutadella",
              after=2),
        _vote("2019-05-26", "🗳️ Eleccions 2019: resultats a Ciutadella", after=2),
        _span("2020-03-14", "2020-06-20", "😷 Estat d'alarma: queda't a casa"),
    ]
    feasts = _yearly("01-17", 0, 0, lambda y: f"Diada de Menorca: {y - 1287} anys de la "
                                              f"conquesta de l'illa")
    feasts += _yearly("03-01", 0, 0, lambda _: "Diada de les Illes Balears: bona diada a "
                                               "tothom")
    feasts += _movable(sant_joan, 2, 0, lambda y: f"🐴 Sant Joan {y}: programa de festes i "
                                                  f"talls de trànsit")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Bon Nadal a tots els nostres lectors")
    return _calendar(base, news, feasts)


def ciutadella_style() -> PublisherStyle:
    """A Catalan-language news site of Menorca (Ciutadella): a section kicker, the
    capitalised Catalan weekday and long date with "de" or the elided "d'", turned a dotted
    date with the time on a redesign (a wording per day), "Per" with the writer turned
    "Redacció ·", a Catalan and Castilian switch, "Vegeu també:" turned "▶ Llegiu també:"
    (up to twice), an ad label, a photo credit, the ferry timetable of summer and winter, a
    follow line turned Telegram and turned by two votes and the 2020 state of alarm,
    Menorca's day with its count, the Balearic day, Sant Joan (called off in 2020) and
    Christmas, an opinion disclaimer naming the site, a rights line reworded, a rare
    harbour warning."""
    return PublisherStyle(
        domain="veudeciutadella.cat", site="Veu de Ciutadella", base_size=160,
        subdomains=(("www.", 100),),
        sections=("ciutadella", "menorca", "illes", "esports", "cultura", "opinio"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "seccio": ("Ciutadella", "Menorca", "Illes", "Esports", "Cultura", "Opinió"),
            "foto": ("Arxiu", "Ajuntament de Ciutadella", "Consell Insular", "Cedida",
                     "Autoritat Portuària"),
        },
        families=(
            _f("seccio", HEADER, 0.3, (_OLD, "{seccio}")),
            _f("data", HEADER, 0.75, *_by_day(_ca_dated)),
            _f("per", HEADER, 0.45, (_OLD, "Per {author}"),
               (CA_BYLINE.isoformat(), "Redacció · {author}")),
            _f("idioma", HEADER, 0.12, (_OLD, "Català | Castellano")),
            _f("vegeu", MIDDLE, 0.3, (_OLD, "Vegeu també: {other_title}"),
               (CA_LINKS.isoformat(), "▶ Llegiu també: {other_title}"), count=2),
            _f("publicitat", MIDDLE, 0.2, (_OLD, "Publicitat")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("vaixell", FOOTER, 0.2, *_seasons(*CA_FERRY)),
            _f("avis", FOOTER, 0.3, *_ca_notice()),
            _f("opinio", FOOTER, 0.12, (_OLD, "Veu de Ciutadella no comparteix necessàriament "
                                              "les opinions dels seus col·laboradors.")),
            _f("drets", FOOTER, 0.4, (_OLD, "© {year} Veu de Ciutadella"),
               (CA_RIGHTS.isoformat(), "© Veu de Ciutadella, {year}. Queda prohibida la "
                                       "reproducció total o parcial.")),
            _f("rissaga", HEADER, 0.04, (_OLD, "🌊 Avís per rissaga: el port de Ciutadella "
                                               "pot patir oscil·lacions fortes")),
        ),
    )


# --- a Portuguese-language news site of the Azores (Horta, Faial) ------------------------------

AZ_REFORM = dt.date(2017, 1, 2)  # the spelling reform: the months' names lower-case from here
AZ_REDESIGN = dt.date(2019, 5, 6)  # the long date turned a numeric date with the time
AZ_BYLINE = dt.date(2018, 3, 5)
AZ_LINKS = dt.date(2019, 9, 2)
AZ_DIGITAL = dt.date(2019, 1, 7)
AZ_RIGHTS = dt.date(2020, 1, 6)

AZ_FERRY = (
    ("05-15", "⛴️ Ligações Horta–Madalena: horário de verão, de hora a hora"),
    ("10-01", "⛴️ Ligações Horta–Madalena: horário de inverno"),
)


def espirito_santo(y: int) -> dt.date | None:
    """Pentecost Sunday, the feast of the Holy Spirit (its crownings were called off in
    2020)."""
    return easter(y) + dt.timedelta(days=49) if y != 2020 else None


def _az_dated(day: dt.date) -> str:
    month = PORTUGUESE_MONTHS[day.month - 1]
    if day < AZ_REFORM:
        month = month.capitalize()
    if day < AZ_REDESIGN:
        return (f"{PORTUGUESE_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de {month} de "
                f"{day.year}")
    return f"{day:%d-%m-%Y} · {{time}}"


def _az_notice() -> Wordings:
    base = _steps((_OLD, "Siga o Eco do Canal no Facebook"),
                  (AZ_DIGITAL.isoformat(), "📰 Assine a edição digital do Eco do Canal"))
    news: list[Event] = [
        _vote("2016-10-16", "🗳️ Regionais 2016: resultados no círculo do Faial", after=1),
        _span("2019-10-01", "2019-10-03", "🌀 Furacão Lorenzo: aviso vermelho para os grupos "
                                          "Ocidental e Central"),
        _span("2020-03-20", "2020-05-02", "😷 Estado de emergência: fique em casa"),
        _vote("2020-10-25", "🗳️ Regionais 2020: resultados no círculo do Faial", after=1),
    ]
    feasts = _yearly("04-25", 0, 0, lambda y: f"25 de Abril: {y - 1974} anos da Revolução "
                                              f"dos Cravos")
    feasts += _movable(espirito_santo, 7, 0, lambda _: "🕊️ Festas do Espírito Santo: sopas "
                                                       "e coroações nos impérios do Faial")
    feasts += _movable(easter_plus(50), 0, 0, lambda _: "Dia da Região Autónoma dos Açores")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Boas Festas a todos os leitores")
    return _calendar(base, news, feasts)


def horta_style() -> PublisherStyle:
    """A Portuguese-language news site of the Azores (Horta, Faial): an island kicker, the
    capitalised weekday and long date, its month names capitalised until the spelling reform
    and lower-case after, turned a numeric date with the time on a redesign (a wording per
    day), "Texto:" turned the writer with the site's name, "Ver também:" turned "»
    Relacionado:" (up to twice), an ad label, a photo credit, the inter-island ferry's summer
    and winter timetables, a follow line turned the digital edition and turned by two
    regional votes, a hurricane and the 2020 emergency, the revolution's day with its count,
    the Holy Spirit feasts (called off in 2020) and the Azores day on Pentecost Monday, the
    media register's line, a rights line reworded, a rare sea warning."""
    return PublisherStyle(
        domain="ecodocanal.pt", site="Eco do Canal", base_size=140,
        subdomains=(("www.", 100),),
        sections=("faial", "pico", "acores", "regional", "desporto", "opiniao"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "ilha": ("Faial", "Pico", "Açores", "Regional", "Desporto", "Opinião"),
            "foto": ("DR", "Arquivo", "Câmara Municipal da Horta", "Clube Naval da Horta",
                     "Leitor"),
        },
        families=(
            _f("ilha", HEADER, 0.3, (_OLD, "{ilha}")),
            _f("data", HEADER, 0.75, *_by_day(_az_dated)),
            _f("texto", HEADER, 0.45, (_OLD, "Texto: {author}"),
               (AZ_BYLINE.isoformat(), "{author} | Eco do Canal")),
            _f("ver", MIDDLE, 0.3, (_OLD, "Ver também: {other_title}"),
               (AZ_LINKS.isoformat(), "» Relacionado: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.2, (_OLD, "PUBLICIDADE")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("barco", FOOTER, 0.2, *_seasons(*AZ_FERRY)),
            _f("aviso", FOOTER, 0.3, *_az_notice()),
            _f("erc", FOOTER, 0.25, (_OLD, "Registo na ERC n.º 123 456 · Depósito legal n.º "
                                           "98765/96")),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Eco do Canal – Horta, Faial"),
               (AZ_RIGHTS.isoformat(), "Todos os direitos reservados © Eco do Canal {year}")),
            _f("mar", HEADER, 0.04, (_OLD, "⚠️ Aviso de agitação marítima: ondas até 8 metros "
                                           "no Canal")),
        ),
    )


# --- a French-language weekly's site (Thonon-les-Bains, Haute-Savoie) -------------------------

FR_ISSUE_ZERO = (dt.date(2015, 1, 1), 3412)  # a Thursday and its issue's number
FR_REDESIGN = dt.date(2018, 9, 3)  # the date turned numeric with the time
FR_BYLINE = dt.date(2019, 1, 7)
FR_LINKS = dt.date(2019, 6, 3)
FR_DIGITAL = dt.date(2019, 2, 4)
FR_RIGHTS = dt.date(2020, 3, 2)

FR_SEASONS = (
    ("04-15", "🥾 Randonnées : nos idées de balades dans le Géoparc du Chablais"),
    ("09-01", "📚 Rentrée dans le Chablais : l'agenda des associations"),
    ("12-10", "⛷️ Stations du Chablais : l'enneigement et les pistes ouvertes"),
)


def fr_thursday(day: dt.date) -> dt.date:
    """The Thursday of `day`'s issue: the latest Thursday on or before `day`."""
    return week_day_of(day, 3)


def fr_issue(thursday: dt.date) -> int:
    """The number of the issue of `thursday` (a Thursday)."""
    return FR_ISSUE_ZERO[1] + (thursday - FR_ISSUE_ZERO[0]).days // 7


def _fr_issue_line(day: dt.date) -> str:
    thursday = fr_thursday(day)
    return (f"Édition du jeudi {_fr_day(thursday)} {FRENCH_MONTHS[thursday.month - 1]} "
            f"{thursday.year} · n° {fr_issue(thursday)}")


def _fr_dated(day: dt.date) -> str:
    if day < FR_REDESIGN:
        return f"Publié le {_fr_day(day)} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"Publié le {day:%d/%m/%Y} à {{time}}"


def foire_de_crete(y: int) -> dt.date | None:
    """Thonon's cattle fair: the first Thursday of September (none in 2020)."""
    return nth_weekday(y, 9, 3, 1) if y != 2020 else None


def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez La Voix du Chablais chaque jeudi chez votre marchand de "
                         "journaux"),
                  (FR_DIGITAL.isoformat(), "📰 Abonnez-vous à l'édition numérique : 1 € le "
                                           "premier mois"))
    news: list[Event] = [
        _vote("2017-04-23", "🗳️ Présidentielle, 1er tour : les résultats commune par "
                            "commune"),
        _vote("2017-05-07", "🗳️ Présidentielle, 2nd tour : les résultats commune par "
                            "commune"),
        _vote("2020-03-15", "🗳️ Municipales 2020 : les résultats dans le Chablais", after=1),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : les commerces ouverts et les "
                                          "attestations"),
        _vote("2020-06-28", "🗳️ Municipales 2020, 2nd tour : les résultats", after=1),
        _span("2020-10-30", "2020-12-14", "😷 Reconfinement : ce qui reste ouvert dans le "
                                          "Chablais"),
    ]
    feasts = _yearly("07-14", 0, 0, lambda _: "🇫🇷 14 juillet : les feux d'artifice au bord du "
                                              "Léman")
    feasts += _movable(foire_de_crete, 2, 0, lambda _: "🐄 Foire de Crête : circulation "
                                                       "modifiée à Thonon jeudi")
    feasts += _yearly("11-11", 0, 0, lambda y: f"Armistice : {y - 1918}e anniversaire, les "
                                               f"cérémonies du Chablais")
    return _calendar(base, news, feasts)


def chablais_style() -> PublisherStyle:
    """A French-language weekly's site (Thonon-les-Bains, Haute-Savoie): a section kicker,
    the week's edition with its Thursday and number (a wording per week), "Publié le" with
    the long date ("1er" on the first), turned a numeric date with the time on a redesign
    (a wording per day), "Par" with the writer turned the writer with the site's name, "À
    lire aussi :" turned "» À LIRE AUSSI –" (up to twice), an ad label, a photo credit, a
    line that follows the hiking, back-to-school and ski seasons, a news-stand line turned a
    digital offer and turned by the 2017 and 2020 votes and the two 2020 lockdowns, the
    national day, the cattle fair on the first Thursday of September (none in 2020) and the
    armistice with its count, the press registration line, a rights line reworded, a rare
    storm warning."""
    return PublisherStyle(
        domain="voixduchablais.fr", site="La Voix du Chablais", base_size=120,
        subdomains=(("www.", 100),),
        sections=("thonon", "evian", "abondance", "bas-chablais", "sports", "agenda"),
        n_authors=4, url_path="/{section}/{slug}_{n}",
        pools={
            "rubrique": ("Thonon", "Évian", "Vallée d'Abondance", "Bas-Chablais", "Sports",
                         "Agenda"),
            "photo": ("DR", "Archives", "Mairie de Thonon", "Office de tourisme",
                      "SDIS 74"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("edition", HEADER, 0.35, *_by_day(_fr_issue_line)),
            _f("publie", HEADER, 0.7, *_by_day(_fr_dated)),
            _f("par", HEADER, 0.4, (_OLD, "Par {author}"),
               (FR_BYLINE.isoformat(), "{author} – La Voix du Chablais")),
            _f("alire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"),
               (FR_LINKS.isoformat(), "» À LIRE AUSSI – {other_title}"), count=2),
            _f("pub", MIDDLE, 0.15, (_OLD, "Publicité")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo {photo}")),
            _f("saison", FOOTER, 0.2, *_seasons(*FR_SEASONS)),
            _f("avis", FOOTER, 0.3, *_fr_notice()),
            _f("cppap", FOOTER, 0.25, (_OLD, "Commission paritaire n° 0523 C 81234 · ISSN "
                                             "1156-4321")),
            _f("droits", FOOTER, 0.4, (_OLD, "© La Voix du Chablais {year} – Reproduction "
                                             "interdite"),
               (FR_RIGHTS.isoformat(), "© {year} La Voix du Chablais · Tous droits de "
                                       "reproduction réservés")),
            _f("orages", HEADER, 0.04, (_OLD, "⚠️ Vigilance orange orages sur la "
                                              "Haute-Savoie")),
        ),
    )


# --- an English-language island paper of the Bahamas (George Town, Exuma) ---------------------

BS_REDESIGN = dt.date(2018, 7, 10)  # on independence day the ordinal date turned "Posted"
BS_BYLINE = dt.date(2019, 1, 7)
BS_LINKS = dt.date(2019, 10, 7)
BS_WHATSAPP = dt.date(2018, 6, 4)
BS_RIGHTS = dt.date(2020, 1, 6)

BS_SEASONS = (
    ("06-01", "🌀 Hurricane season runs to November 30: keep your plan and supplies ready"),
    ("12-01", "⛵ Cruising season: Elizabeth Harbour moorings fill up early, book ahead"),
)


def regatta_saturday(y: int) -> dt.date | None:
    """The last day of the Family Island regatta: the last Saturday of April (none in
    2020)."""
    return last_weekday(y, 4, 5) if y != 2020 else None


def _bs_dated(day: dt.date) -> str:
    if day < BS_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{ordinal(day.day)}, {day.year}")
    return f"Posted {day.month}/{day.day}/{day.year} at {{time12}}"


def _bs_notice() -> Wordings:
    base = _steps((_OLD, "Like The Exuma Islander on Facebook"),
                  (BS_WHATSAPP.isoformat(), "📲 Get island news on WhatsApp: text JOIN to "
                                            "242-336-0000"))
    news: list[Event] = [
        _span("2015-09-30", "2015-10-03", "🌀 Hurricane Joaquin: shelters are open in George "
                                          "Town"),
        _span("2016-10-05", "2016-10-07", "🌀 Hurricane Matthew: stay off the roads until "
                                          "the all-clear"),
        _vote("2017-05-10", "🗳️ General Election 2017: Exuma and Ragged Island results",
              after=2),
        _span("2019-09-01", "2019-09-10", "🌀 Hurricane Dorian: how to help Abaco and Grand "
                                          "Bahama"),
        _span("2020-03-24", "2020-06-14", "😷 Emergency orders: curfew and weekend lockdowns "
                                          "in force"),
    ]
    feasts = _movable(regatta_saturday, 3, 0, lambda y: f"⛵ {ordinal(y - 1953)} National "
                                                        f"Family Island Regatta in Elizabeth "
                                                        f"Harbour")
    feasts += _yearly("07-10", 0, 0, lambda y: f"🇧🇸 Happy {ordinal(y - 1973)} Independence "
                                               f"Day, Bahamas!")
    feasts += _movable(lambda y: nth_weekday(y, 8, 0, 1), 0, 0,
                       lambda _: "Emancipation Day: government offices are closed today")
    feasts += _yearly("12-26", 0, 0, lambda _: "🎭 Boxing Day Junkanoo rush-out on Queen's "
                                               "Highway")
    return _calendar(base, news, feasts)


def exuma_style() -> PublisherStyle:
    """An English-language island paper of the Bahamas (George Town, Exuma): a section
    kicker, the weekday and the date with its ordinal suffix, turned "Posted" with a US
    numeric date and a twelve-hour time on independence day 2018 (a wording per day), "By"
    with the writer turned the writer with "Staff Reporter", "RELATED:" turned "MORE FROM
    EXUMA:" (up to twice), an ad label, a photo credit, the hurricane and cruising seasons,
    a follow line turned WhatsApp and turned by three hurricanes, the 2017 vote and the 2020
    orders, the regatta with its ordinal (none in 2020), independence with its ordinal,
    Emancipation Day on the first Monday of August and Junkanoo, a letters line, a rights
    line reworded, a rare boil-water advisory."""
    return PublisherStyle(
        domain="exumaislander.bs", site="The Exuma Islander", base_size=100,
        subdomains=(("www.", 100),),
        sections=("local", "family-islands", "regatta", "business", "sports", "opinion"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Local News", "Family Islands", "Regatta", "Business", "Sports",
                       "Opinion"),
            "photo": ("BIS", "Royal Bahamas Defence Force", "Contributed", "File",
                      "Regatta Committee"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_bs_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (BS_BYLINE.isoformat(), "{author} · Staff Reporter")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"),
               (BS_LINKS.isoformat(), "MORE FROM EXUMA: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "ADVERTISEMENT")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*BS_SEASONS)),
            _f("notice", FOOTER, 0.3, *_bs_notice()),
            _f("letters", FOOTER, 0.15, (_OLD, "Letters to the editor: letters@{domain}")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Exuma Islander. All rights "
                                                "reserved."),
               (BS_RIGHTS.isoformat(), "© {year} The Exuma Islander · George Town, Exuma, "
                                       "The Bahamas")),
            _f("boil", HEADER, 0.04, (_OLD, "⚠️ Boil-water advisory for George Town until "
                                            "further notice")),
        ),
    )


# --- an English-language Mi'kmaw community paper with Mi'kmaw lines (Cape Breton) ------------

MK_REDESIGN = dt.date(2019, 6, 21)  # on Indigenous Peoples Day the date turned "Published"
MK_LJI = dt.date(2019, 9, 2)  # the byline gained the Local Journalism Initiative
MK_LINKS = dt.date(2019, 9, 2)
MK_NEWSLETTER = dt.date(2018, 4, 2)
MK_OWNED = dt.date(2018, 10, 1)

# The Mi'kmaw words of the week, in turn.
MK_WORDS = ("kwe' – hello", "wela'lin – thank you", "pjila'si – welcome",
            "samqwan – water", "nmu'ltes – see you later", "mu'in – bear", "tia'm – moose",
            "jakej – lobster", "plamu – salmon", "msit no'kmaq – all my relations")


def _mk_dated(day: dt.date) -> str:
    if day < MK_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return f"Published {CP_MONTHS[day.month - 1]} {day.day}, {day.year} · Updated {{time12}}"


def mk_word(day: dt.date) -> str:
    """The word of the week of `day`'s week (Monday to Sunday; a wording per week)."""
    k = (week_day_of(day, 0) - week_day_of(FIRST_DAY, 0)).days // 7
    return f"🗣️ Mi'kmaw word of the week: {MK_WORDS[k % len(MK_WORDS)]}"


def _mk_notice() -> Wordings:
    base = _steps((_OLD, "Follow Unama'ki Voice on Facebook"),
                  (MK_NEWSLETTER.isoformat(), "📧 Sign up for our weekly newsletter"))
    news: list[Event] = [
        _vote("2017-05-30", "🗳️ Nova Scotia votes: results for the Cape Breton ridings",
              after=1),
        _vote("2019-10-21", "🗳️ Federal election 2019: results for Sydney–Victoria",
              after=1),
        _span("2020-03-16", "2020-06-30", "😷 COVID-19: band offices are closed to the "
                                          "public"),
        _span("2020-09-17", "2020-10-31", "🦞 Our coverage of the moderate livelihood "
                                          "fishery"),
    ]
    feasts = _yearly("06-21", 0, 0, lambda _: "🪶 Happy National Indigenous Peoples Day!")
    feasts += _yearly("09-30", 0, 0, lambda _: "🧡 Orange Shirt Day: every child matters")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🤝 Treaty Day: {y - 1752} years since the "
                                               f"Treaty of 1752")
    return _calendar(base, news, feasts)


def unamaki_style() -> PublisherStyle:
    """An English-language Mi'kmaw community paper with Mi'kmaw lines (Cape Breton, Nova
    Scotia): a section kicker, the weekday and long date, turned "Published" with the Canadian
    Press month abbreviations and an update time on National Indigenous Peoples Day 2019 (a
    wording per day), "By" with the writer which gained the Local Journalism Initiative, a
    Mi'kmaw greeting, "You might also like:" turned "MORE:" (up to twice), an ad label, a
    photo credit, the Mi'kmaw word of the week (a wording per week), a follow line turned a
    newsletter and turned by two votes, the 2020 closures and the livelihood fishery,
    Indigenous Peoples Day, Orange Shirt Day and Treaty Day with its count, a Mi'kmaw
    thank-you, an ownership line reworded, a rights line, a rare boil-water advisory."""
    return PublisherStyle(
        domain="unamakivoice.ca", site="Unama'ki Voice", base_size=80,
        subdomains=(("www.", 100),),
        sections=("community", "treaty-rights", "education", "language", "sports",
                  "culture"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kicker": ("Community", "Treaty Rights", "Education", "Language", "Sports",
                       "Culture"),
            "photo": ("Submitted", "Eskasoni First Nation", "File photo", "Membertou",
                      "Mi'kmaw Kina'matnewey"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_mk_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (MK_LJI.isoformat(), "By {author}, Local Journalism Initiative Reporter")),
            _f("pjilasi", HEADER, 0.15, (_OLD, "Pjila'si! Welcome to our readers")),
            _f("mightlike", MIDDLE, 0.3, (_OLD, "You might also like: {other_title}"),
               (MK_LINKS.isoformat(), "MORE: {other_title}"), count=2),
            _f("ad", MIDDLE, 0.15, (_OLD, "Advertisement")),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Photo: {photo})")),
            _f("word", FOOTER, 0.25, *_by_day(mk_word)),
            _f("notice", FOOTER, 0.3, *_mk_notice()),
            _f("welalioq", FOOTER, 0.15, (_OLD, "Wela'lioq for reading and sharing our "
                                                "stories")),
            _f("owned", FOOTER, 0.3, (_OLD, "Unama'ki Voice is an independent community "
                                            "paper."),
               (MK_OWNED.isoformat(), "Unama'ki Voice is an independent, Mi'kmaw-owned news "
                                      "outlet.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Unama'ki Voice")),
            _f("boil", HEADER, 0.04, (_OLD, "⚠️ Boil water advisory remains in effect for "
                                            "Eskasoni")),
        ),
    )


# --- a Dutch-language sailors' forum (the Netherlands) ----------------------------------------

NL_MIGRATION = dt.date(2018, 11, 5)  # the forum moved to new software: dates, quotes, credits
NL_APP = dt.date(2019, 3, 4)

# Koningsdag, as the forum's members kept it.
KONINGSDAG = {2015: "2015-04-27", 2016: "2016-04-27", 2017: "2017-04-27", 2018: "2018-04-27",
              2019: "2019-04-27", 2020: "2020-04-27"}

NL_SEASONS = (
    ("03-01", "🛥️ Op naar de botenbeurs? Deel je tips in de rubriek Algemeen"),
    ("04-01", "⛵ Het vaarseizoen is begonnen: let op de bediening van bruggen en sluizen"),
    ("10-15", "🛠️ Winterberging: tips om je boot winterklaar te maken"),
)

NL_SIGNATURES = ("Groet, een tevreden Waarschip-zeiler", "Liever een rif te vroeg dan te laat",
                 "s/y Zwerver – Friendship 22", "IJsselmeer en Wadden sinds 1998",
                 "Varen doe je samen")


def _nl_dated(day: dt.date) -> str:
    if day < NL_MIGRATION:
        return (f"Geplaatst: {DUTCH_WEEKDAYS_SHORT[day.weekday()]} {day.day} "
                f"{DUTCH_MONTHS_SHORT[day.month - 1]} {day.year}, {{time}}")
    return f"Gepost op {day:%d-%m-%Y} om {{time}}"


def _nl_notice() -> Wordings:
    base = _steps((_OLD, "Welkom op Zeilpraat! Lees de forumregels voordat je een bericht "
                         "plaatst."),
                  (NL_APP.isoformat(), "📱 Zeilpraat werkt nu ook op je telefoon: installeer "
                                       "de app"))
    news: list[Event] = [
        _span("2015-08-19", "2015-08-23", "⛵ SAIL Amsterdam 2015: wie gaat er kijken?"),
        _span("2018-01-18", "2018-01-19", "🌬️ Storm: KNMI code rood, check je landvasten"),
        _span("2018-05-25", "2018-06-30", "🔒 We hebben onze privacyverklaring aangepast aan de "
                                          "AVG"),
        _span("2019-02-10", "2019-02-11", "🔧 Onderhoud: het forum is zondagnacht een paar uur "
                                          "offline"),
        _span("2020-03-16", "2020-05-31", "😷 Jachthavens beperkt open: volg de regels van je "
                                          "haven"),
    ]
    feasts = _movable(_listed(KONINGSDAG), 0, 0, lambda _: "👑 Fijne Koningsdag allemaal!")
    feasts += _yearly("12-31", 0, 0, lambda y: f"🎆 Een behouden vaart in {y + 1} gewenst!")
    return _calendar(base, news, feasts)


def zeilpraat_style() -> PublisherStyle:
    """A Dutch-language sailors' forum (the Netherlands): the board's name, "Geplaatst:" with
    the forum's abbreviated weekday and month and the time, turned "Gepost op" with a numeric
    date on a software move (a wording per day), "Bericht door" with the poster turned the
    poster's "schreef:" line, quote headers inside the post (up to twice, reworded on the
    move), an ad label, a signature from a pool, an edit note, the boat-show, sailing and
    winter-storage seasons, a board announcement turned an app line and turned by SAIL
    Amsterdam, a storm, the privacy law, maintenance, the 2020 harbour rules, King's day and
    New Year's eve, similar topics, a search tip, a rights line reworded, a rare locked-topic
    line."""
    return PublisherStyle(
        domain="zeilpraat.nl", site="Zeilpraat", base_size=62,
        subdomains=(("forum.", 80), ("www.", 20)),
        sections=("algemeen", "techniek", "vaargebieden", "wadden", "ijsselmeer",
                  "te-koop"),
        n_authors=6, url_path="/viewtopic.php?t={n}",
        pools={
            "board": ("Algemeen", "Techniek & onderhoud", "Vaargebieden", "Wadden",
                      "IJsselmeer", "Te koop / gevraagd"),
            "signature": NL_SIGNATURES,
        },
        families=(
            _f("board", HEADER, 0.35, (_OLD, "{board}")),
            _f("posted", HEADER, 0.85, *_by_day(_nl_dated)),
            _f("poster", HEADER, 0.6, (_OLD, "Bericht door {author}"),
               (NL_MIGRATION.isoformat(), "{author} schreef:")),
            _f("quote", MIDDLE, 0.3, (_OLD, "Citaat van {author2}:"),
               (NL_MIGRATION.isoformat(), "{author2} schreef: ↑"), count=2),
            _f("advertentie", MIDDLE, 0.15, (_OLD, "Advertentie")),
            _f("signature", FOOTER, 0.35, (_OLD, "{signature}")),
            _f("edited", FOOTER, 0.15, (_OLD, "Laatst gewijzigd door {author} om {time}."),
               (NL_MIGRATION.isoformat(), "Bewerkt door {author}")),
            _f("seizoen", FOOTER, 0.2, *_seasons(*NL_SEASONS)),
            _f("mededeling", FOOTER, 0.3, *_nl_notice()),
            _f("similar", FOOTER, 0.25, (_OLD, "Vergelijkbare onderwerpen: {other_title}")),
            _f("zoek", FOOTER, 0.15, (_OLD, "Tip: gebruik de zoekfunctie voordat je een nieuw "
                                            "onderwerp start.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Zeilpraat – alle rechten "
                                                 "voorbehouden"),
               (NL_MIGRATION.isoformat(), "Zeilpraat © 2004–{year}")),
            _f("locked", HEADER, 0.04, (_OLD, "🔒 Dit onderwerp is gesloten, je kunt niet meer "
                                              "reageren.")),
        ),
    )


# --- a coffee growers' co-operative's press room (Armenia, Quindío, Colombia; Spanish) -------

CO_PRESSROOM = dt.date(2018, 3, 5)
CO_BYLINE = dt.date(2019, 2, 4)
CO_ABOUT = dt.date(2019, 1, 7)
CO_PHONE = dt.date(2018, 9, 3)
CO_WHATSAPP = dt.date(2019, 6, 3)

# The co-operative's price of a load (carga, 125 kg) of parchment coffee at the start of each
# year, in pesos (the weekly line moves between them).
COP_PER_CARGA = {2014: 640_000, 2015: 720_000, 2016: 820_000, 2017: 790_000, 2018: 740_000,
                 2019: 790_000, 2020: 1_100_000, 2021: 1_300_000, 2022: 1_600_000}

CO_HARVEST = (
    ("01-15", "🌿 Entre cosechas: inscríbase en el programa de renovación de cafetales"),
    ("04-01", "🌱 Mitaca: recibimos café en todos nuestros puntos de compra"),
    ("07-01", "🌿 Entre cosechas: inscríbase en el programa de renovación de cafetales"),
    ("10-01", "☕ Cosecha principal: horario extendido en los puntos de compra"),
)


def co_price(day: dt.date) -> str:
    """The week's price (Monday to Sunday; a wording per week)."""
    monday = week_day_of(day, 0)
    start, end = COP_PER_CARGA[monday.year], COP_PER_CARGA[monday.year + 1]
    level = start + (end - start) * (monday.timetuple().tm_yday - 1) / 365
    k = (monday - FIRST_DAY).days // 7
    price = round((level + 25_000 * math.sin(k / 2.1)) / 1000) * 1000
    return f"☕ Precio de compra esta semana: ${_dots(price)} por carga de café pergamino seco"


def fiesta_del_cafe(y: int) -> dt.date | None:
    """The last Sunday of the national coffee festival in Calarcá: the last Sunday of June
    (none in 2020)."""
    return nth_weekday(y, 6, 6, -1) if y != 2020 else None


def _co_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Twitter e Instagram"),
                  (CO_WHATSAPP.isoformat(), "📲 Consulte el precio del día en nuestro canal de "
                                            "WhatsApp"))
    news: list[Event] = [
        _span("2018-09-01", "2018-09-09", "🗳️ Elecciones cafeteras 2018: vote por su comité "
                                          "municipal"),
        _span("2020-03-25", "2020-08-31", "😷 Puntos de compra abiertos con protocolo de "
                                          "bioseguridad"),
    ]
    feasts = _yearly("01-25", 0, 0, lambda y: f"🕯️ {y - 1999} años del terremoto del Eje "
                                              f"Cafetero")
    feasts += _movable(fiesta_del_cafe, 4, 0, lambda y: f"🎉 Fiesta Nacional del Café {y} en "
                                                        f"Calarcá")
    feasts += _yearly("10-01", 0, 0, lambda _: "☕ Día Internacional del Café: gracias a "
                                               "nuestros caficultores")
    return _calendar(base, news, feasts)


def quindio_style() -> PublisherStyle:
    """A coffee growers' co-operative's press room (Armenia, Quindío, Colombia; Spanish): a
    kind kicker, a press-release line with the place and date, turned "Sala de prensa", the
    communications office turned the writer with the office, the week's buying price (a
    wording per week), the harvest line (the fly crop, the main harvest and the weeks
    between), a photo credit, a related-story line, a follow line turned WhatsApp and turned
    by the growers' elections and the 2020 protocol, the earthquake's anniversary with its
    count, the coffee festival (none in 2020) and coffee day, the end marker, the "About"
    paragraph (reworded with its members) and the press contact (which gained a phone
    number; a block), a rights line with the tax number, a rare road closure."""
    return PublisherStyle(
        domain="coopcafequindio.com.co", site="Cooperativa Cafetera del Quindío",
        base_size=48,
        subdomains=(("www.", 100),),
        sections=("noticias", "comunicados", "precios", "calidad", "asociados",
                  "sostenibilidad"),
        n_authors=2, url_path="/sala-de-prensa/{slug}",
        pools={
            "tipo": ("Noticias", "Comunicados", "Precios", "Calidad", "Asociados",
                     "Sostenibilidad"),
            "foto": ("Comunicaciones", "Comité de Cafeteros", "Archivo", "Asociado"),
        },
        families=(
            _f("tipo", HEADER, 0.3, (_OLD, "{tipo}")),
            _f("comunicado", HEADER, 0.5, (_OLD, "Comunicado de prensa · Armenia, {date_es}"),
               (CO_PRESSROOM.isoformat(), "Sala de prensa | {date_es}")),
            _f("oficina", HEADER, 0.35, (_OLD, "Oficina de Comunicaciones"),
               (CO_BYLINE.isoformat(), "Por {author}, Oficina de Comunicaciones")),
            _f("precio", HEADER, 0.25, *_by_day(co_price)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("relacionada", MIDDLE, 0.25, (_OLD, "Noticia relacionada: {other_title}")),
            _f("cosecha", FOOTER, 0.2, *_seasons(*CO_HARVEST)),
            _f("aviso", FOOTER, 0.3, *_co_notice()),
            _f("fin", FOOTER, 0.3, (_OLD, "— Fin del comunicado —")),
            _f("acerca", FOOTER, 0.35, (_OLD, "Acerca de la Cooperativa: fundada en 1961, la "
                                              "Cooperativa Cafetera del Quindío reúne a más de "
                                              "4.000 asociados en los doce municipios del "
                                              "departamento."),
               (CO_ABOUT.isoformat(), "Acerca de la Cooperativa: fundada en 1961, la "
                                      "Cooperativa Cafetera del Quindío reúne a más de 4.300 "
                                      "asociados en los doce municipios del departamento.")),
            _f("contacto", FOOTER, 0.35, (_OLD, "Contacto de prensa: prensa@{domain}"),
               (CO_PHONE.isoformat(), "Contacto de prensa: prensa@{domain} · Tel. (6) 745 "
                                      "0000")),
            _f("derechos", FOOTER, 0.3, (_OLD, "© {year} Cooperativa Cafetera del Quindío · "
                                               "NIT 890.000.123-4")),
            _f("via", HEADER, 0.04, (_OLD, "⚠️ El punto de compra de Génova está cerrado por un "
                                           "derrumbe en la vía")),
        ),
    )


# --- a Danish-language baking blog (Denmark) -------------------------------------------------

DK_THEME = dt.date(2019, 1, 7)  # a new theme: the long date turned a short one with reading time
DK_AD_RULES = dt.date(2018, 3, 5)  # the advertising label reworded on the ombudsman's guidance
DK_NEWSLETTER = dt.date(2018, 9, 3)

# The cake of the month, January first.
DK_MONTHLY = ("havregrynskugler", "fastelavnsboller", "citronmåne", "påskekage med mazarin",
              "rabarberkage", "jordbærtærte", "kirsebærtrifli", "blommekage", "æblekage",
              "græskarbrød", "brunsviger", "vaniljekranse")


def _dk_dated(day: dt.date) -> str:
    if day < DK_THEME:
        return (f"{DANISH_WEEKDAYS[day.weekday()].capitalize()} den {day.day}. "
                f"{DANISH_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day}. {DANISH_MONTHS_SHORT[day.month - 1]} {day.year} · {{read_min}} min. læsetid"


def dk_monthly(day: dt.date) -> str:
    """The recipe-of-the-month line of `day`'s month (a wording per month)."""
    return (f"🍰 Månedens opskrift i {DANISH_MONTHS[day.month - 1]}: "
            f"{DK_MONTHLY[day.month - 1]}")


def _dk_notice() -> Wordings:
    base = _steps((_OLD, "Følg Bageglad på Instagram og Pinterest"),
                  (DK_NEWSLETTER.isoformat(), "💌 Tilmeld dig nyhedsbrevet og få ugens opskrift "
                                              "hver fredag"))
    news: list[Event] = [
        _span("2020-03-13", "2020-04-30", "😷 Bag med børnene: nemme opskrifter til dagene "
                                          "derhjemme"),
    ]
    feasts = _movable(easter_plus(-49), 10, 0, lambda _: "🎭 Fastelavn: se alle mine "
                                                          "fastelavnsboller")
    feasts += _movable(easter, 7, 1, lambda _: "🐣 Påskebag: kager og brød til påskefrokosten")
    feasts += _movable(easter_plus(26), 1, 0, lambda _: "🥯 Varme hveder til store bededag")
    feasts += _yearly("06-23", 0, 0, lambda _: "🔥 Sankthans: snobrød over bålet")
    feasts += _yearly("11-10", 0, 0, lambda _: "Mortensaften: and, rødkål og æbleskiver")
    feasts += _yearly("12-01", 0, 23, lambda _: "🎄 Julekalender: en ny småkageopskrift hver "
                                                "dag til jul")
    return _calendar(base, news, feasts)


def bageglad_style() -> PublisherStyle:
    """A Danish-language baking blog (Denmark): a category kicker, the capitalised weekday
    with "den" and the long date, turned a short date with the reading time on a new theme
    (a wording per day), "Skrevet af" turned "Af", an advertising label naming the partner
    (reworded on the ombudsman's guidance), a print button and a save-to-Pinterest line
    inside the post, "Du vil måske også kunne lide:" (up to twice), the recipe of the month
    (a wording per month), a follow line turned a newsletter and turned by the 2020
    lockdown, Shrovetide, Easter and Prayer Day on the Western Easter, midsummer, Martinmas
    and the Christmas calendar, the comment count, a sharing line turned a copyright line, a
    rare giveaway line."""
    return PublisherStyle(
        domain="bageglad.dk", site="Bageglad", base_size=34,
        subdomains=(("www.", 100),),
        sections=("kager", "broed", "smaakager", "jul", "hverdag", "glutenfri"),
        n_authors=1, url_path="/{slug}/",
        pools={
            "kategori": ("Kager", "Brød", "Småkager", "Jul", "Hverdagsbagning", "Glutenfri"),
            "partner": ("Møllerens Mel", "Smørhuset", "Køkkenkrogen", "Bagebutikken"),
        },
        families=(
            _f("kategori", HEADER, 0.35, (_OLD, "{kategori}")),
            _f("skrevet", HEADER, 0.8, *_by_day(_dk_dated)),
            _f("af", HEADER, 0.4, (_OLD, "Skrevet af {author}"),
               (DK_THEME.isoformat(), "Af {author}")),
            _f("reklame", HEADER, 0.15, (_OLD, "Indlægget indeholder reklame for {partner}"),
               (DK_AD_RULES.isoformat(), "Reklame | Samarbejde med {partner}")),
            _f("print", MIDDLE, 0.3, (_OLD, "🖨️ Print opskrift")),
            _f("pinterest", MIDDLE, 0.2, (_OLD, "📌 Gem opskriften på Pinterest")),
            _f("maaske", MIDDLE, 0.3, (_OLD, "Du vil måske også kunne lide: {other_title}"),
               count=2),
            _f("maanedens", FOOTER, 0.25, *_by_day(dk_monthly)),
            _f("besked", FOOTER, 0.3, *_dk_notice()),
            _f("kommentarer", FOOTER, 0.3, (_OLD, "{count} kommentarer")),
            _f("deling", FOOTER, 0.3, (_OLD, "Du må gerne dele billeder fra Bageglad, men husk "
                                             "at linke til opskriften"),
               (DK_THEME.isoformat(), "© Bageglad {year} · Tekst og billeder er beskyttet af "
                                      "ophavsretten")),
            _f("giveaway", HEADER, 0.04, (_OLD, "🍪 Vinderen af ugens giveaway er fundet – "
                                                "tillykke!")),
        ),
    )


# --- an English-language news site of Montserrat (Brades) --------------------------------------

MS_REDESIGN = dt.date(2019, 3, 17)  # on St Patrick's Day the long date turned "Posted"
MS_BYLINE = dt.date(2018, 5, 7)
MS_WHATSAPP = dt.date(2018, 5, 7)


def ms_friday(day: dt.date) -> dt.date:
    """The Friday of `day`'s observatory report: the latest Friday on or before `day`."""
    return week_day_of(day, 4)


def ms_report(day: dt.date) -> str:
    """The observatory's weekly report of `day`'s week (a wording per week)."""
    friday = ms_friday(day)
    return (f"🌋 MVO weekly report, {friday.day} {ENGLISH_MONTHS[friday.month - 1]} "
            f"{friday.year}: Hazard Level 2, Zone V remains closed")


def st_patricks(y: int) -> dt.date | None:
    """St Patrick's Day, the island's holiday (its festival was called off in 2020)."""
    return dt.date(y, 3, 17) if y != 2020 else None


def _ms_dated(day: dt.date) -> str:
    if day < MS_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"Posted {day:%d/%m/%Y}"


def _ms_notice() -> Wordings:
    base = _steps((_OLD, "Like The Emerald Isle Bulletin on Facebook"),
                  (MS_WHATSAPP.isoformat(), "📲 Join our WhatsApp broadcast for news alerts"))
    news: list[Event] = [
        _span("2017-09-05", "2017-09-07", "🌀 Hurricane Irma: shelters are open, stay "
                                          "indoors"),
        _span("2017-09-18", "2017-09-20", "🌀 Hurricane Maria: shelters are open, stay "
                                          "indoors"),
        _vote("2019-11-18", "🗳️ General Election 2019: results from all nine seats", after=2),
        _span("2020-04-02", "2020-05-03", "😷 Curfew in force: stay at home except for "
                                          "essentials"),
    ]
    feasts = _movable(st_patricks, 9, 0, lambda _: "☘️ St Patrick's Festival: the week's "
                                                   "programme of events")
    feasts += _yearly("06-25", 0, 0, lambda _: "🕯️ Remembering the nineteen lives lost on 25 "
                                               "June 1997")
    feasts += _yearly("07-18", 0, 0, lambda y: f"{y - 1995} years since the volcano "
                                               f"awoke")
    feasts += _yearly("12-20", 0, 11, lambda _: "🎉 Festival season: street jump-ups to New "
                                                "Year's Day")
    return _calendar(base, news, feasts)


def montserrat_style() -> PublisherStyle:
    """An English-language news site of Montserrat (Brades): a section kicker, the weekday
    and long date, turned "Posted" with a numeric date on St Patrick's Day 2019 (a wording
    per day), "By" with the writer turned a staff line, "See also:" lines, an ad label, a
    photo credit, the volcano observatory's report of the week's Friday (a wording per
    week), a follow line turned WhatsApp and turned by two hurricanes, the 2019 vote and the
    2020 curfew, the St Patrick's festival (called off in 2020), the 1997 anniversary, the
    volcano's count and the festival season, a rights line, a rare ferry cancellation."""
    return PublisherStyle(
        domain="emeraldislebulletin.ms", site="The Emerald Isle Bulletin", base_size=24,
        subdomains=(("www.", 100),),
        sections=("news", "volcano", "government", "sport", "festival", "diaspora"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "kicker": ("News", "Volcano", "Government", "Sport", "Festival", "Diaspora"),
            "photo": ("MVO", "Government Information Unit", "Contributed", "File"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_ms_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (MS_BYLINE.isoformat(), "Bulletin staff · {author}")),
            _f("seealso", MIDDLE, 0.25, (_OLD, "See also: {other_title}")),
            _f("ad", MIDDLE, 0.15, (_OLD, "— Advertisement —")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("mvo", FOOTER, 0.3, *_by_day(ms_report)),
            _f("notice", FOOTER, 0.3, *_ms_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Emerald Isle Bulletin, Brades, "
                                                "Montserrat")),
            _f("ferry", HEADER, 0.04, (_OLD, "⚠️ Ferry cancelled today: rough seas on the "
                                             "Antigua run")),
        ),
    )


def heldout64_styles() -> list[PublisherStyle]:
    """The held-back-64 styles, in the order the generator hands them to publishers."""
    return [
        parral_style(), vinhedos_style(), kvarken_style(), ciutadella_style(), horta_style(),
        chablais_style(), exuma_style(), unamaki_style(), zeilpraat_style(), quindio_style(),
        bageglad_style(), montserrat_style(),
    ]
