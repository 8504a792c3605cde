"""The ``held-back-67`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-65 set
(`tests.bench.heldout_templates_65`; a held-back-66 and a held-back-68 set were being written
at the same time by other sessions, unseen by this one). It was written WITHOUT looking at
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

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. Nine publishers are news sites from places in Latin America,
Spain, Portugal and the Balkans no earlier set had a publisher in, large and small, in
Portuguese, Spanish, Croatian, Albanian, Greek and Serbian (in Cyrillic), some with lines in
Mapudungun, Basque, Italian, Latin-script Serbian or Kichwa; three are small specialist
sites: a Tuscan volunteer ambulance confraternity, a Valencian cycling club and a Romanian
mountain rescue team. The families are the kinds a crawl of such sites holds: dates
localised day by day (one with the Basque genitive month and the Spanish date side by side,
one with Croatian genitive months, one with Greek genitive months, one in Serbian Cyrillic,
one with "del" before the year, one with Catalan abbreviated weekdays, several changing form
on the day of a redesign, a theme change or a site move), running indicators (the Chilean
UF by day, the UTM by month and the dollar by business day; the Albanian lek's rates by day;
a monthly food-basket price), lines that change with the week (an on-duty pharmacy rota, a
Saturday market, a Sunday club ride), with the month (a blood drive on the second Sunday,
none in August) or with the day (the wood-smoke episodes of a southern Chilean winter, the
cruise ships in port, the avalanche risk), bylines and datelines of many shapes, notices
reworded in 2018-2020 (a privacy law, a charity law's new name for a confraternity), notices
that follow a calendar (votes, a referendum, unrest, wildfires, earthquakes, the 2020
epidemic, national and city days with their counts, a national day moved to a new date,
feasts on the Western and Orthodox Easter, carnival, midsummer and the Andean solstice,
festivals called off in 2020) and the seasons (ferries, heating, tax-return time, licences),
other articles' titles, tag lists, cookie and share bars, corrections, multi-line blocks,
mid-body inserts (some up to two times), bare lines, and families in only 4-5% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
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

ONE_DAY = dt.timedelta(days=1)

PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_MONTHS_SHORT = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out",
                           "nov", "dez")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
PORTUGUESE_WEEKDAYS_SHORT = ("Segunda", "Terça", "Quarta", "Quinta", "Sexta", "Sábado",
                             "Domingo")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_MONTHS_SHORT = ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.",
                        "sept.", "oct.", "nov.", "dic.")  # as Chilean sites abbreviate them
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
BASQUE_MONTHS_GENITIVE = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren",
                          "maiatzaren", "ekainaren", "uztailaren", "abuztuaren", "irailaren",
                          "urriaren", "azaroaren", "abenduaren")
CROATIAN_MONTHS_GENITIVE = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja",
                            "srpnja", "kolovoza", "rujna", "listopada", "studenoga",
                            "prosinca")
CROATIAN_WEEKDAYS = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota",
                     "nedjelja")
ALBANIAN_MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht",
                   "shtator", "tetor", "nëntor", "dhjetor")
ALBANIAN_WEEKDAYS = ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë",
                     "e diel")
GREEK_MONTHS_GENITIVE = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου",
                         "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου",
                         "Νοεμβρίου", "Δεκεμβρίου")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
SERBIAN_MONTHS = ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август",
                  "септембар", "октобар", "новембар", "децембар")
SERBIAN_WEEKDAYS = ("понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
CATALAN_MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost",
                  "setembre", "octubre", "novembre", "desembre")
CATALAN_WEEKDAYS_SHORT = ("dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg.")
ROMANIAN_MONTHS_SHORT = ("ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.",
                         "sept.", "oct.", "nov.", "dec.")


def on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`: the day an upcoming event is on."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`: the day a weekly line starts."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def comma_decimal(value: float, decimals: int = 2) -> str:
    """`value` with dots between the thousands and a decimal comma: 28.345,12."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def between(anchors: dict[int, float], day: dt.date) -> float:
    """The level on `day` of a quantity moving in a straight line from one 1 January's value
    (`anchors`: year -> value) to the next."""
    start, end = anchors[day.year], anchors[day.year + 1]
    first, next_first = dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1)
    return start + (end - start) * (day - first).days / (next_first - first).days


# --- a Portuguese-language regional daily of the Agreste (Campina Grande, Paraíba, Brazil) ---

CG_REDESIGN = dt.date(2018, 6, 24)  # on São João the long date turned a short one
CG_BEATS = dt.date(2019, 2, 4)
CG_LINKS = dt.date(2019, 8, 5)
CG_WHATSAPP = dt.date(2018, 9, 3)
CG_RIGHTS = dt.date(2019, 11, 11)

# The basic food basket's price in Campina Grande, reais, in each January.
CESTA_JANUARY = {2014: 305.0, 2015: 318.0, 2016: 352.0, 2017: 371.0, 2018: 356.0, 2019: 372.0,
                 2020: 395.0, 2021: 452.0}


def cg_cesta_value(year: int, month: int) -> float:
    """The basket's price in `month` of `year` (reais)."""
    start, end = CESTA_JANUARY[year], CESTA_JANUARY[year + 1]
    k = (year - 2015) * 12 + month - 1
    return round(start + (end - start) * (month - 1) / 12 + 6 * math.sin(k / 1.9), 2)


def cg_cesta(day: dt.date) -> str:
    """The basket line of `day`'s month: the previous month's price (a wording per month)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    price = comma_decimal(cg_cesta_value(year, month))
    return (f"🛒 Cesta básica em Campina Grande ({PORTUGUESE_MONTHS[month - 1]}/{year}): "
            f"R$ {price}")


def _cg_dated(day: dt.date) -> str:
    if day < CG_REDESIGN:
        return (f"Publicado em {day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year} "
                f"({PORTUGUESE_WEEKDAYS[day.weekday()]})")
    return (f"📅 {day.day:02d}/{PORTUGUESE_MONTHS_SHORT[day.month - 1]}/{day.year} · ⏱ "
            f"{{read_min}} min de leitura")


def _cg_notice() -> Wordings:
    base = _steps((_OLD, "Curta nossa página no Facebook e acompanhe as notícias de Campina e "
                         "região"),
                  (CG_WHATSAPP.isoformat(), "📲 Participe do nosso grupo no WhatsApp e receba as "
                                            "manchetes do dia"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Eleições 2016: apuração para prefeito de Campina Grande",
              after=1),
        _span("2017-04-18", "2017-04-21", "💧 Águas da transposição do São Francisco chegam "
                                          "ao açude de Boqueirão"),
        _vote("2018-10-07", "🗳️ Eleições 2018: apuração do primeiro turno na Paraíba",
              after=1),
        _vote("2018-10-28", "🗳️ Eleições 2018: apuração do segundo turno", before=5, after=1),
        _span("2020-03-18", "2020-05-31", "😷 Covid-19: use máscara, lave as mãos e evite "
                                          "aglomerações"),
        _vote("2020-11-15", "🗳️ Eleições municipais 2020: apuração em Campina Grande",
              after=1),
    ]
    feasts = _movable(carnival_tuesday, 4, 0, lambda y: f"🕊️ {y - 1991}º Encontro da Nova "
                                                        f"Consciência: a programação do "
                                                        f"Carnaval")
    feasts += _yearly("06-15", 14, 15, lambda y: (
        "🎉 São João 2020 cancelado: celebre em casa e acompanhe as lives" if y == 2020 else
        "🔥 O Maior São João do Mundo: confira a programação do Parque do Povo"))
    feasts += _yearly("10-11", 0, 0, lambda y: f"🎂 Campina Grande {y - 1864} anos: parabéns, "
                                               f"Rainha da Borborema!")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Feliz Natal a todos os nossos leitores!")
    return _calendar(base, news, feasts)


def campina_style() -> PublisherStyle:
    """A Portuguese-language regional daily of the Agreste (Campina Grande, Paraíba, Brazil):
    a breadcrumb with the section, "Publicado em" with the long date and the weekday in
    brackets, turned a short date with an abbreviated month and the reading time on São João
    2018 (a wording per day), "Por ..., da Redação" turned the writer with the beat, a town
    dateline from a pool, an audio-player line, "VEJA TAMBÉM:" turned "🔗 Leia mais »" (up
    to twice), a keep-reading-after-the-ad line, a bracketed photo credit, the food basket's
    price of the previous month (a wording per month), a follow line turned WhatsApp and
    turned by four votes, the river transfer's water, the 2020 epidemic, the carnival
    retreat with its count, the June festival (called off in 2020), the city's birthday with
    its count and Christmas, an error-report line, a comments policy, a rights line reworded
    and the publisher's line (a block), a rare storm alert."""
    return PublisherStyle(
        domain="gazetadaborborema.com.br", site="Gazeta da Borborema", base_size=232,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("cidades", "politica", "paraiba", "nordeste", "esportes", "cultura"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "editoria": ("Cidades", "Política", "Paraíba", "Nordeste", "Esportes", "Cultura",
                         "Polícia"),
            "cidade": ("Queimadas", "Lagoa Seca", "Esperança", "Boqueirão", "Puxinanã",
                       "Massaranduba", "Fagundes"),
            "foto": ("Divulgação", "Arquivo", "Codecom/PMCG", "Reprodução/Instagram",
                     "Leitor"),
            "beat": ("Repórter", "Editor de Política", "Repórter de Cidades"),
        },
        families=(
            _f("trilha", HEADER, 0.3, (_OLD, "Início › {editoria}")),
            _f("data", HEADER, 0.8, *_by_day(_cg_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}, da Redação"),
               (CG_BEATS.isoformat(), "{author} – {author_beat}")),
            _f("cidade", HEADER, 0.15, (_OLD, "{cidade} (PB) –")),
            _f("ouca", HEADER, 0.15, (_OLD, "🎧 Ouça esta notícia")),
            _f("veja", MIDDLE, 0.35, (_OLD, "VEJA TAMBÉM: {other_title}"),
               (CG_LINKS.isoformat(), "🔗 Leia mais » {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.2, (_OLD, "Continua depois da publicidade")),
            _f("foto", MIDDLE, 0.25, (_OLD, "(Foto: {foto})")),
            _f("cesta", FOOTER, 0.2, *_by_day(cg_cesta)),
            _f("aviso", FOOTER, 0.3, *_cg_notice()),
            _f("erro", FOOTER, 0.1, (_OLD, "Viu algum erro nesta notícia? Escreva para "
                                           "erros@{domain}")),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Comentários ofensivos ou fora do tema "
                                                   "serão removidos pela moderação.")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Gazeta da Borborema. Todos os "
                                                "direitos reservados."),
               (CG_RIGHTS.isoformat(), "Gazeta da Borborema © {year} · É permitida a "
                                       "reprodução desde que citada a fonte")),
            _f("expediente", FOOTER, 0.35, (_OLD, "Editora Serra Alta Ltda. · CNPJ "
                                                  "12.345.678/0001-90 · Campina Grande – PB")),
            _f("chuva", HEADER, 0.04, (_OLD, "⛈️ Alerta de chuvas fortes no Agreste paraibano "
                                             "nas próximas 24 horas")),
        ),
    )


# --- a Spanish-language regional daily with Mapudungun lines (Temuco, La Araucanía, Chile) ---

TC_REDESIGN = dt.date(2018, 9, 18)  # on the national day the long date turned "Actualizado"
TC_HANDLES = dt.date(2018, 4, 2)
TC_LINKS = dt.date(2019, 4, 15)
TC_NEWSLETTER = dt.date(2019, 4, 1)
TC_RIGHTS = dt.date(2020, 2, 3)
TC_UNREST = (dt.date(2019, 10, 18), dt.date(2020, 3, 31))  # the dollar rose in these months

# The unidad de fomento (pesos, by day), the unidad tributaria mensual (pesos, by month) and
# the observed dollar (pesos, by business day), at each 1 January.
UF_JANUARY = {2015: 24627.10, 2016: 25629.09, 2017: 26347.98, 2018: 26799.69,
              2019: 27565.79, 2020: 28310.86, 2021: 29070.33, 2022: 30996.73}
UTM_JANUARY = {2015: 43198, 2016: 44955, 2017: 46183, 2018: 46972, 2019: 48353, 2020: 49673,
               2021: 51029, 2022: 52842}
CLP_PER_USD = {2015: 607, 2016: 710, 2017: 667, 2018: 615, 2019: 694, 2020: 753, 2021: 711,
               2022: 850}

TC_EPISODES = (
    "🟢 Calidad del aire hoy en Temuco y Padre Las Casas: buena. Se permite el uso de "
    "calefactores a leña",
    "🟡 Alerta ambiental hoy en Temuco y Padre Las Casas: prohibido usar más de un calefactor "
    "a leña por vivienda entre las 18:00 y las 24:00",
    "🟠 Preemergencia ambiental hoy en Temuco y Padre Las Casas: prohibido el uso de "
    "calefactores a leña entre las 18:00 y las 06:00",
    "🔴 Emergencia ambiental hoy en Temuco y Padre Las Casas: prohibido el uso de calefactores "
    "a leña durante todo el día",
)
TC_OFF_SEASON = "🌤️ Fuera del periodo de episodios críticos: use leña seca y certificada"


def tc_business_day(day: dt.date) -> dt.date:
    """The business day whose observed dollar `day` shows: `day`, or the Friday before a
    weekend."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def tc_utm(year: int, month: int) -> int:
    """The UTM of `month` of `year` (pesos)."""
    start, end = UTM_JANUARY[year], UTM_JANUARY[year + 1]
    return round(start + (end - start) * (month - 1) / 12)


def tc_indicators(day: dt.date) -> str:
    """The economic indicators bar of `day` (a wording per day: the UF moves every day)."""
    uf = between(UF_JANUARY, day)
    business = tc_business_day(day)
    k = (business - FIRST_DAY).days
    usd = between(CLP_PER_USD, business) + 9 * math.sin(k / 4.3)
    if TC_UNREST[0] <= business < TC_UNREST[1]:
        usd += 55
    return (f"📊 UF: ${comma_decimal(uf)} · UTM: ${comma_decimal(tc_utm(day.year, day.month), 0)}"
            f" · Dólar observado: ${comma_decimal(usd)}")


def tc_episode(day: dt.date) -> int | None:
    """The wood-smoke episode declared for `day` (0 good, 1 alert, 2 pre-emergency, 3
    emergency), None outside the season of critical episodes (April to September)."""
    if not 4 <= day.month <= 9:
        return None
    k = day.toordinal()
    v = (k * 37 + (k // 4) * 11) % 20
    if day.month in (5, 6, 7, 8):
        return 0 if v < 8 else 1 if v < 14 else 2 if v < 18 else 3
    return 0 if v < 14 else 1 if v < 19 else 2


def tc_smoke(day: dt.date) -> str:
    """The air-quality line of `day` (a wording per day in the season)."""
    level = tc_episode(day)
    return TC_OFF_SEASON if level is None else TC_EPISODES[level]


def _tc_dated(day: dt.date) -> str:
    if day < TC_REDESIGN:
        return (f"Temuco, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return (f"Actualizado el {day.day} {SPANISH_MONTHS_SHORT[day.month - 1]} {day.year} a las "
            f"{{time}}")


def _tc_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook y Twitter: las noticias de La Araucanía al "
                         "minuto"),
                  (TC_NEWSLETTER.isoformat(), "📩 Suscríbete al boletín de la tarde y recibe lo "
                                              "más leído del día"))
    news: list[Event] = [
        _vote("2016-10-23", "🗳️ Municipales 2016: resultados en las 32 comunas de La "
                            "Araucanía", after=1),
        _vote("2017-11-19", "🗳️ Presidenciales y parlamentarias 2017: resultados en La "
                            "Araucanía", after=1),
        _vote("2017-12-17", "🗳️ Segunda vuelta presidencial: resultados en la región",
              after=1),
        _span("2019-10-19", "2019-10-28", "⚠️ Estado de emergencia: revisa los horarios del "
                                          "toque de queda en Temuco"),
        _span("2020-03-28", "2020-05-08", "😷 Cuarentena en Temuco y Padre Las Casas: cómo "
                                          "pedir tu permiso temporal"),
        _vote("2020-10-25", "🗳️ Plebiscito 2020: resultados en La Araucanía", after=1),
    ]
    feasts = _yearly("02-24", 0, 0, lambda y: f"🎂 Temuco cumple {y - 1881} años: feliz "
                                              f"aniversario a nuestra ciudad")
    feasts += _yearly("06-24", 3, 0, lambda _: "🌄 Wiñoy Tripantu: feliz año nuevo mapuche, "
                                               "kom pu che")
    feasts += _yearly("09-18", 1, 1, lambda y: f"🇨🇱 ¡Felices Fiestas Patrias! {y - 1810} años "
                                               f"de la Primera Junta")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Feliz Navidad a nuestros lectores de La "
                                               "Araucanía")
    return _calendar(base, news, feasts)


def temuco_style() -> PublisherStyle:
    """A Spanish-language regional daily with Mapudungun lines (Temuco, La Araucanía,
    Chile): a section kicker, the city with the weekday and long date, turned "Actualizado
    el" with a Chilean abbreviated month and the time on the national day 2018 (a wording per
    day), the indicators bar (the UF by day, the UTM by month, the observed dollar by
    business day, up in the 2019 unrest), "Escrito por" turned the writer with the handle, an
    upper-case town dateline from a pool, a Mapudungun greeting, "También te puede
    interesar:" turned "📰 Lee además |" (up to twice), an ad label, a photo credit, the day's
    wood-smoke episode in the season of critical episodes, a follow line turned a newsletter
    and turned by four votes, the 2019 emergency and the 2020 quarantine, the city's
    birthday and the national days with their counts, the Mapuche new year and Christmas, a
    comments policy, a rights line reworded, a rare volcano alert."""
    return PublisherStyle(
        domain="vozdelcautin.cl", site="La Voz del Cautín", base_size=205,
        subdomains=(("www.", 90), ("amp.", 10)),
        sections=("temuco", "region", "pais", "policial", "deportes", "cultura"),
        n_authors=7, url_path="/noticias/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "seccion": ("Temuco", "Región", "País", "Policial", "Deportes", "Cultura",
                        "Pueblo mapuche"),
            "comuna": ("PADRE LAS CASAS", "VILLARRICA", "PUCÓN", "LAUTARO", "ANGOL",
                       "NUEVA IMPERIAL", "CARAHUE"),
            "foto": ("Agencia Uno", "Archivo", "Cedida", "Municipalidad de Temuco",
                     "Redes sociales"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_tc_dated)),
            _f("indicadores", HEADER, 0.3, *_by_day(tc_indicators)),
            _f("autor", HEADER, 0.45, (_OLD, "Escrito por {author}"),
               (TC_HANDLES.isoformat(), "{author} ({author_handle})")),
            _f("comuna", HEADER, 0.15, (_OLD, "{comuna}.–")),
            _f("mari", HEADER, 0.12, (_OLD, "Mari mari kom pu che! Saludos a todos")),
            _f("tambien", MIDDLE, 0.35, (_OLD, "También te puede interesar: {other_title}"),
               (TC_LINKS.isoformat(), "📰 Lee además | {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "Aviso publicitario")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Fotografía: {foto}")),
            _f("lena", FOOTER, 0.2, *_by_day(tc_smoke)),
            _f("aviso", FOOTER, 0.3, *_tc_notice()),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Los comentarios son de exclusiva "
                                                   "responsabilidad de quienes los emiten. Se "
                                                   "eliminarán los mensajes injuriosos o "
                                                   "discriminatorios.")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} La Voz del Cautín. Todos los "
                                                "derechos reservados."),
               (TC_RIGHTS.isoformat(), "© La Voz del Cautín {year} · Se autoriza la "
                                       "reproducción citando la fuente")),
            _f("volcan", HEADER, 0.04, (_OLD, "🌋 Alerta técnica amarilla: el volcán "
                                              "Villarrica mantiene actividad sobre su nivel "
                                              "base")),
        ),
    )


# --- a Spanish-language city daily with Basque lines (Pamplona / Iruña, Navarre) -------------

NA_REDESIGN = dt.date(2018, 12, 3)  # on Navarre's day the date gained its Basque form
NA_BYLINE = dt.date(2019, 3, 4)
NA_LINKS = dt.date(2019, 9, 2)
NA_ALERTS = dt.date(2018, 2, 5)
NA_GDPR = dt.date(2018, 5, 25)  # the cookie bar reworded under the new privacy rules
NA_RIGHTS = dt.date(2019, 1, 7)


def javierada(y: int) -> dt.date:
    """The Sunday of the pilgrimage to Javier: the first Sunday of March."""
    return nth_weekday(y, 3, 6, 1)


def _na_dated(day: dt.date) -> str:
    spanish = f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    if day < NA_REDESIGN:
        return f"Pamplona · {spanish}"
    return f"Iruña · {day.year}ko {BASQUE_MONTHS_GENITIVE[day.month - 1]} {day.day}a / {spanish}"


def _na_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter e Instagram"),
                  (NA_ALERTS.isoformat(), "🔔 Activa las notificaciones y recibe la última "
                                          "hora de Pamplona y la Comarca"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Forales y municipales 2015: resultados en Pamplona y la "
                            "Comarca", after=1),
        _vote("2015-12-20", "🗳️ Generales 2015: así ha votado Navarra", after=1),
        _vote("2016-06-26", "🗳️ Generales 2016: así ha votado Navarra", after=1),
        _vote("2019-04-28", "🗳️ Generales del 28-A: así ha votado Navarra", after=1),
        _vote("2019-05-26", "🗳️ Forales y municipales 2019: resultados en Pamplona y la "
                            "Comarca", after=1),
        _vote("2019-11-10", "🗳️ Generales del 10-N: así ha votado Navarra", after=1),
        _span("2020-03-14", "2020-06-21", "😷 Estado de alarma: quédate en casa / Geratu "
                                          "etxean"),
    ]
    feasts = _movable(javierada, 1, 0, lambda _: "🚶 Javierada: recomendaciones para los "
                                                 "peregrinos que caminan a Javier")
    feasts += _yearly("07-06", 0, 8, lambda y: (
        "🚫 Sin Sanfermines en 2020: el Ayuntamiento suspende las fiestas" if y == 2020 else
        f"🎉 San Fermín {y}: programa de fiestas y horarios del encierro"))
    feasts += _yearly("12-03", 0, 0, lambda _: "Día de Navarra: felicidades a todos los "
                                               "navarros / Zorionak nafar guztiei")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎅 Olentzero ya está aquí: zorionak eta urte "
                                               "berri on!")
    return _calendar(base, news, feasts)


def pamplona_style() -> PublisherStyle:
    """A Spanish-language city daily with Basque lines (Pamplona / Iruña, Navarre): a
    section kicker, the city with the long date, turned the Basque city name with the Basque
    genitive date beside the Spanish one on Navarre's day 2018 (a wording per day), "Por"
    turned text and editing credits, a language switch, "Noticias relacionadas:" turned a
    bilingual "read also" (up to twice), an ad label, a picture credit, a tag list from a
    pool, a share bar, a cookie bar reworded under the 2018 privacy rules, a follow line
    turned notifications and turned by six votes and the 2020 state of alarm (in two
    languages), the Javier pilgrimage on the first Sunday of March, San Fermín (called off
    in 2020), Navarre's day and Olentzero, a correction on a few pages, a rights line
    reworded, a rare roadworks notice."""
    return PublisherStyle(
        domain="diariodelarga.es", site="Diario del Arga", base_size=180,
        subdomains=(("www.", 100),),
        sections=("pamplona", "comarca", "navarra", "osasuna", "cultura", "euskara"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}.html",
        pools={
            "seccion": ("Pamplona", "Comarca", "Navarra", "Osasuna", "Cultura", "Euskara"),
            "tema": ("Pamplona", "Ayuntamiento", "Sanfermines", "Tráfico", "Comarca de "
                     "Pamplona", "Euskera", "Osasuna"),
            "foto": ("Archivo", "Ayuntamiento de Pamplona", "Gobierno de Navarra", "Cedida",
                     "Europa Press"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_na_dated)),
            _f("firma", HEADER, 0.45, (_OLD, "Por {author}"),
               (NA_BYLINE.isoformat(), "Texto: {author} | Edición: {author2}")),
            _f("idioma", HEADER, 0.12, (_OLD, "Castellano | Euskara")),
            _f("relacionadas", MIDDLE, 0.3, (_OLD, "Noticias relacionadas: {other_title}"),
               (NA_LINKS.isoformat(), "» Irakurri ere / Lee también: {other_title}"),
               count=2),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "- Publicidad -")),
            _f("imagen", MIDDLE, 0.2, (_OLD, "Imagen: {foto}")),
            _f("temas", FOOTER, 0.3, (_OLD, "Temas: {tema_list}")),
            _f("comparte", FOOTER, 0.2, (_OLD, "Comparte: WhatsApp · Facebook · Twitter · "
                                               "Correo electrónico")),
            _f("cookies", FOOTER, 0.2, (_OLD, "Usamos cookies propias y de terceros. Si "
                                              "continúas navegando, consideramos que aceptas "
                                              "su uso."),
               (NA_GDPR.isoformat(), "Utilizamos cookies para mejorar tu experiencia. Puedes "
                                     "aceptarlas todas o configurarlas en «Ajustes de "
                                     "privacidad».")),
            _f("aviso", FOOTER, 0.3, *_na_notice()),
            _f("rectificacion", FOOTER, 0.05, (_OLD, "Rectificación: una versión anterior de "
                                                     "esta noticia atribuía una declaración a "
                                                     "otra persona. Pedimos disculpas.")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} Diario del Arga"),
               (NA_RIGHTS.isoformat(), "© Diario del Arga {year} · Aviso legal · Política de "
                                       "privacidad")),
            _f("obras", HEADER, 0.04, (_OLD, "🚧 Corte de tráfico en la avenida de Pío XII "
                                             "por obras hasta el viernes")),
        ),
    )


# --- a Croatian-language news site of Istria with Italian lines (Pula / Pola) -----------------

PU_REDESIGN = dt.date(2018, 11, 5)  # the weekday and genitive date turned "Objavljeno:"
PU_BYLINE = dt.date(2019, 5, 6)
PU_LINKS = dt.date(2019, 10, 7)
PU_APP = dt.date(2018, 4, 3)
PU_RIGHTS = dt.date(2019, 9, 2)
PU_STATEHOOD_MOVED = 2020  # from this year the statehood day is 30 May, not 25 June

# The town's pharmacies, on duty in turn a week each (from Monday).
PU_PHARMACIES = ("Ljekarna Arena, Giardini 15", "Ljekarna Centar, Flanatička 8",
                 "Ljekarna Veruda, Verudela 22", "Ljekarna Šijana, Šijanska cesta 4",
                 "Ljekarna Monte Zaro, Kandlerova 10")
# The film festival as the site listed it: (first day, last day).
PU_FILM_FESTIVAL = {2015: ("2015-07-11", "2015-07-25"), 2016: ("2016-07-16", "2016-07-23"),
                    2017: ("2017-07-15", "2017-07-22"), 2018: ("2018-07-14", "2018-07-21"),
                    2019: ("2019-07-13", "2019-07-20"), 2020: ("2020-07-18", "2020-07-25")}

PU_FERRY = (
    ("06-01", "⛴️ Ljetni red plovidbe: katamaran Pula – Unije – Mali Lošinj – Zadar vozi "
              "svakodnevno"),
    ("09-16", "⛴️ Zimski red plovidbe: katamaran Pula – Mali Lošinj ne prometuje do lipnja"),
)


def statehood_day(y: int) -> dt.date:
    """Croatia's statehood day: 25 June up to 2019, 30 May from 2020."""
    return dt.date(y, 5, 30) if y >= PU_STATEHOOD_MOVED else dt.date(y, 6, 25)


def statehood_count(y: int) -> int:
    """The anniversary statehood day marks: of 25 June 1991, from 2020 of 30 May 1990."""
    return y - 1990 if y >= PU_STATEHOOD_MOVED else y - 1991


def pu_monday(day: dt.date) -> dt.date:
    """The Monday of `day`'s pharmacy week."""
    return on_or_before(day, 0)


def pu_pharmacy(day: dt.date) -> str:
    """The pharmacy on duty in `day`'s week (a wording per week)."""
    k = (pu_monday(day) - dt.date(2014, 12, 29)).days // 7
    return f"💊 Dežurna ljekarna ovaj tjedan: {PU_PHARMACIES[k % len(PU_PHARMACIES)]}"


def _pu_dated(day: dt.date) -> str:
    if day < PU_REDESIGN:
        return (f"{CROATIAN_WEEKDAYS[day.weekday()]}, {day.day}. "
                f"{CROATIAN_MONTHS_GENITIVE[day.month - 1]} {day.year}.")
    return f"Objavljeno: {day:%d.%m.%Y}. u {{time}}"


def _pu_notice() -> Wordings:
    base = _steps((_OLD, "Pratite nas na Facebooku i Twitteru"),
                  (PU_APP.isoformat(), "📱 Preuzmite našu aplikaciju i primajte vijesti iz "
                                       "Pule i Istre"))
    news: list[Event] = [
        _vote("2015-11-08", "🗳️ Parlamentarni izbori 2015: rezultati u VIII. izbornoj "
                            "jedinici", after=1),
        _vote("2016-09-11", "🗳️ Parlamentarni izbori 2016: rezultati u Istri", after=1),
        _vote("2017-05-21", "🗳️ Lokalni izbori 2017: tko je novi gradonačelnik Pule",
              after=1),
        _vote("2017-06-04", "🗳️ Drugi krug lokalnih izbora: rezultati", before=5, after=1),
        _vote("2019-12-22", "🗳️ Predsjednički izbori, prvi krug: rezultati u Istri",
              before=4, after=1),
        _vote("2020-01-05", "🗳️ Predsjednički izbori, drugi krug: rezultati", before=4,
              after=1),
        _span("2020-03-22", "2020-03-24", "🆘 Potres u Zagrebu: kako pomoći"),
        _span("2020-03-19", "2020-05-10", "😷 Ostanite doma / Restate a casa"),
        _vote("2020-07-05", "🗳️ Parlamentarni izbori 2020: rezultati u Istri", after=1),
        _span("2020-12-29", "2020-12-31", "🆘 Potres kod Petrinje: gdje u Puli donirati "
                                          "pomoć"),
    ]
    festival = [_span(first, last, f"🎬 {int(first[:4]) - 1953}. Pulski filmski festival: "
                                   f"program u Areni")
                for first, last in PU_FILM_FESTIVAL.values()]
    feasts = _movable(statehood_day, 0, 0, lambda y: f"🇭🇷 Sretan Dan državnosti! "
                                                     f"{statehood_count(y)}. obljetnica")
    feasts += _yearly("08-05", 0, 0, lambda y: f"Dan pobjede i domovinske zahvalnosti: "
                                               f"{y - 1995}. obljetnica Oluje")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Sretan Božić! Buon Natale!")
    return _calendar(base, news, festival, feasts)


def pula_style() -> PublisherStyle:
    """A Croatian-language news site of Istria with Italian lines (Pula / Pola): a rubric
    kicker, the weekday and the date with the Croatian genitive month and a closing dot,
    turned "Objavljeno:" with a dotted date and the time on a redesign (a wording per day),
    "Piše:" turned "Tekst:", a language switch, "Povezano:" turned "▸ Pročitajte i ovo:"
    (up to twice), an ad label, an upper-case photo credit, the pharmacy on duty that week
    (a wording per week, in turn), the catamaran's summer and winter timetables, a follow
    line turned an app and turned by seven votes, two earthquakes and the 2020 lockdown (in
    two languages), the film festival on listed days with its edition, the statehood day
    (moved from 25 June to 30 May in 2020, its count changing with it) and Victory day with
    their counts and Christmas in two languages, a comments policy, a media fund's line on
    some pages, a rights line reworded and the register line (a block), a rare power cut."""
    return PublisherStyle(
        domain="arenskivjesnik.hr", site="Arenski vjesnik", base_size=160,
        subdomains=(("www.", 100),),
        sections=("pula", "istra", "hrvatska", "sport", "kultura", "crna-kronika"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Pula", "Istra", "Hrvatska", "Sport", "Kultura", "Crna kronika"),
            "foto": ("Arhiva", "PU istarska", "Grad Pula", "Čitatelj", "Hina"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.8, *_by_day(_pu_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Piše: {author}"),
               (PU_BYLINE.isoformat(), "Tekst: {author}")),
            _f("jezik", HEADER, 0.12, (_OLD, "Hrvatski | Italiano")),
            _f("povezano", MIDDLE, 0.3, (_OLD, "Povezano: {other_title}"),
               (PU_LINKS.isoformat(), "▸ Pročitajte i ovo: {other_title}"), count=2),
            _f("oglas", MIDDLE, 0.2, (_OLD, "Oglas")),
            _f("foto", MIDDLE, 0.2, (_OLD, "FOTO: {foto}")),
            _f("ljekarna", FOOTER, 0.2, *_by_day(pu_pharmacy)),
            _f("plovidba", FOOTER, 0.15, *_seasons(*PU_FERRY)),
            _f("obavijest", FOOTER, 0.3, *_pu_notice()),
            _f("komentari", FOOTER, 0.15, (_OLD, "Komentari su osobni stavovi čitatelja. "
                                                 "Zadržavamo pravo brisanja uvredljivih "
                                                 "komentara.")),
            _f("fond", FOOTER, 0.1, (_OLD, "Ovaj je sadržaj sufinanciran sredstvima Fonda za "
                                           "poticanje pluralizma i raznovrsnosti "
                                           "elektroničkih medija.")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Arenski vjesnik. Sva prava pridržana."),
               (PU_RIGHTS.isoformat(), "© {year} Arenski vjesnik · Zabranjeno preuzimanje "
                                       "sadržaja bez navođenja izvora")),
            _f("upisnik", FOOTER, 0.3, (_OLD, "Elektronička publikacija upisana u Upisnik "
                                              "pružatelja elektroničkih publikacija pri "
                                              "Agenciji za elektroničke medije")),
            _f("struja", HEADER, 0.04, (_OLD, "⚠️ Bez struje danas dijelovi Pule, od 8 do 13 "
                                              "sati")),
        ),
    )


# --- an Albanian-language regional news site (Korçë, south-eastern Albania) -------------------

KO_REDESIGN = dt.date(2018, 11, 28)  # on independence day the long date turned numeric
KO_BYLINE = dt.date(2019, 4, 1)
KO_LINKS = dt.date(2019, 6, 3)
KO_WHATSAPP = dt.date(2018, 3, 5)
KO_RIGHTS = dt.date(2020, 1, 6)

# Leks a euro and a US dollar bought at the exchange offices, at each 1 January.
ALL_PER_EUR = {2015: 140.1, 2016: 137.3, 2017: 135.1, 2018: 132.9, 2019: 123.0, 2020: 121.8,
               2021: 123.7, 2022: 120.8}
ALL_PER_USD = {2015: 115.2, 2016: 125.8, 2017: 128.2, 2018: 111.1, 2019: 107.8, 2020: 108.6,
               2021: 100.4, 2022: 106.5}


def ko_rates(day: dt.date) -> str:
    """The exchange offices' rates of `day` (a wording per day)."""
    k = (day - FIRST_DAY).days
    eur = between(ALL_PER_EUR, day) + 0.8 * math.sin(k / 6.1)
    usd = between(ALL_PER_USD, day) + 1.1 * math.sin(k / 4.7)
    return (f"💶 Këmbimi valutor sot: 1 euro = {comma_decimal(eur)} lekë · 1 dollar = "
            f"{comma_decimal(usd)} lekë")


def _ko_dated(day: dt.date) -> str:
    if day < KO_REDESIGN:
        return (f"{ALBANIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{ALBANIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d/%m/%Y} | ora {{time}}"


def _ko_notice() -> Wordings:
    base = _steps((_OLD, "Na ndiqni në Facebook për lajmet e Korçës dhe të rrethinave"),
                  (KO_WHATSAPP.isoformat(), "📲 Na dërgoni lajmin tuaj në WhatsApp ose Viber: "
                                            "+355 69 000 0000"))
    news: list[Event] = [
        _vote("2015-06-21", "🗳️ Zgjedhjet vendore 2015: rezultatet në Qarkun e Korçës",
              after=2),
        _vote("2017-06-25", "🗳️ Zgjedhjet parlamentare 2017: numërimi i votave në Korçë",
              after=2),
        _vote("2019-06-30", "🗳️ Zgjedhjet vendore 2019: rezultatet në bashkitë e qarkut",
              after=1),
        _span("2019-11-26", "2019-12-10", "🆘 Tërmeti i 26 nëntorit: si t'i ndihmoni familjet "
                                          "e prekura"),
        _span("2020-03-10", "2020-06-01", "😷 Qëndroni në shtëpi: masat kundër COVID-19 në "
                                          "Korçë"),
    ]
    feasts = _yearly("03-14", 0, 0, lambda _: "🌸 Gëzuar Ditën e Verës!")
    feasts += _movable(orthodox_easter, 0, 1, lambda _: "🕯️ Krishti u ngjall! Gëzuar Pashkët "
                                                        "ortodokse")
    feasts += _yearly("08-12", 0, 6, lambda y: (
        "🍺 Festa e Birrës anulohet këtë vit për shkak të pandemisë" if y == 2020 else
        f"🍺 Festa e Birrës në Korçë, edicioni i {y - 2007}-të"))
    feasts += _yearly("11-28", 0, 1, lambda y: f"🇦🇱 Gëzuar 28 Nëntorin! {y - 1912} vjet "
                                               f"Pavarësi")
    return _calendar(base, news, feasts)


def korce_style() -> PublisherStyle:
    """An Albanian-language regional news site (Korçë, south-eastern Albania): a rubric
    kicker, the capitalised weekday with its article and the long date, turned a numeric
    date with "ora" and the time on independence day 2018 (a wording per day), "Nga" turned
    "Shkruan:", a breaking-news label, a correspondent line from a pool of towns, "Lexo
    edhe:" turned "👉 Mos humbisni:" (up to twice), an ad label, a photo credit, the
    exchange offices' rates of the euro and the dollar (a wording per day), a follow line
    turned WhatsApp and Viber and turned by three votes, the 2019 earthquake (over
    independence day) and the 2020 lockdown, Summer day, Orthodox Easter, the beer festival
    with its edition (called off in 2020) and independence with its count, a comments
    policy, a rights line reworded, a rare snow warning."""
    return PublisherStyle(
        domain="jehonaemoraves.al", site="Jehona e Moravës", base_size=140,
        subdomains=(("www.", 100),),
        sections=("korce", "pogradec", "politike", "ekonomi", "kulture", "sport"),
        n_authors=4, url_path="/lajme/{n}/{slug}",
        pools={
            "rubrika": ("Korçë", "Pogradec", "Politikë", "Ekonomi", "Kulturë", "Sport"),
            "vendi": ("Pogradec", "Maliq", "Bilisht", "Ersekë", "Voskopojë", "Pustec",
                      "Leskovik"),
            "foto": ("Arkivi", "Bashkia Korçë", "Lexuesi", "ATA", "Facebook"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.8, *_by_day(_ko_dated)),
            _f("autori", HEADER, 0.45, (_OLD, "Nga {author}"),
               (KO_BYLINE.isoformat(), "Shkruan: {author}")),
            _f("fundit", HEADER, 0.12, (_OLD, "🔴 LAJMI I FUNDIT")),
            _f("vendi", HEADER, 0.15, (_OLD, "{vendi} / korrespondenti ynë")),
            _f("lexo", MIDDLE, 0.3, (_OLD, "Lexo edhe: {other_title}"),
               (KO_LINKS.isoformat(), "👉 Mos humbisni: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Reklamë")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("kembimi", FOOTER, 0.2, *_by_day(ko_rates)),
            _f("njoftim", FOOTER, 0.3, *_ko_notice()),
            _f("komente", FOOTER, 0.15, (_OLD, "Komentet janë përgjegjësi e autorëve të tyre. "
                                               "Redaksia fshin komentet fyese dhe "
                                               "diskriminuese.")),
            _f("te-drejtat", FOOTER, 0.4, (_OLD, "© {year} Jehona e Moravës. Të gjitha të "
                                                 "drejtat e rezervuara."),
               (KO_RIGHTS.isoformat(), "© {year} Jehona e Moravës · Ndalohet riprodhimi pa "
                                       "lejen e redaksisë")),
            _f("bora", HEADER, 0.04, (_OLD, "❄️ Rruga Korçë–Ersekë e bllokuar nga bora në "
                                            "Qafën e Qarrit")),
        ),
    )


# --- a Greek-language island news site (Corfu / Kerkyra, Ionian Islands) ---------------------

KE_REDESIGN = dt.date(2019, 5, 21)  # on the Union's anniversary the long date turned numeric
KE_BYLINE = dt.date(2018, 10, 1)
KE_LINKS = dt.date(2019, 9, 16)
KE_APP = dt.date(2018, 6, 4)
KE_RIGHTS = dt.date(2019, 2, 4)
KE_REGISTER = dt.date(2019, 3, 1)  # the owner's line gained the online media register number

KE_FERRY = (
    ("05-01", "⛴️ Κέρκυρα–Ηγουμενίτσα: θερινά δρομολόγια, αναχωρήσεις κάθε μία ώρα"),
    ("10-16", "⛴️ Κέρκυρα–Ηγουμενίτσα: χειμερινά δρομολόγια, αναχωρήσεις κάθε δύο ώρες"),
)


def holy_saturday(y: int) -> dt.date:
    """The Orthodox Holy Saturday, the day of Corfu's pot-throwing."""
    return orthodox_easter(y) - ONE_DAY


def _ke_dated(day: dt.date) -> str:
    if day < KE_REDESIGN:
        return (f"{GREEK_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{GREEK_MONTHS_GENITIVE[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y}, {{time}} · Ενημερώθηκε"


def _ke_notice() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Facebook"),
                  (KE_APP.isoformat(), "📲 Ενεργοποιήστε τις ειδοποιήσεις και μαθαίνετε πρώτοι "
                                       "τα νέα της Κέρκυρας"))
    news: list[Event] = [
        _vote("2015-01-25", "🗳️ Εκλογές 2015: τα αποτελέσματα στην Κέρκυρα", after=1),
        _span("2015-06-29", "2015-07-04", "🏧 Capital controls: όριο ανάληψης 60 ευρώ την "
                                          "ημέρα"),
        _vote("2015-07-05", "🗳️ Δημοψήφισμα: τα αποτελέσματα στην Κέρκυρα", before=0,
              after=1),
        _vote("2015-09-20", "🗳️ Εκλογές Σεπτεμβρίου: τα αποτελέσματα στην Κέρκυρα", after=1),
        _vote("2019-05-26", "🗳️ Αυτοδιοικητικές εκλογές: ποιος εκλέγεται δήμαρχος", after=1),
        _vote("2019-06-02", "🗳️ Β' γύρος αυτοδιοικητικών εκλογών: τα αποτελέσματα", before=4,
              after=1),
        _vote("2019-07-07", "🗳️ Εθνικές εκλογές 2019: τα αποτελέσματα στην Κέρκυρα", after=1),
        _span("2020-03-23", "2020-05-03", "😷 Μένουμε σπίτι: οι λόγοι μετακίνησης με SMS στο "
                                          "13033"),
        _span("2020-11-07", "2020-12-31", "😷 Δεύτερο lockdown: τι ισχύει για τις "
                                          "μετακινήσεις στο νησί"),
    ]
    feasts = _movable(holy_saturday, 0, 0, lambda _: "🏺 Μεγάλο Σάββατο: οι μπότηδες στην "
                                                     "Παλιά Πόλη στις 11 το πρωί")
    feasts += _yearly("05-21", 0, 0, lambda y: f"🇬🇷 {y - 1864} χρόνια από την Ένωση της "
                                               f"Επτανήσου με την Ελλάδα")
    feasts += _yearly("08-11", 0, 0, lambda _: "✝️ Λιτανεία του Αγίου Σπυρίδωνα: οι "
                                               "κυκλοφοριακές ρυθμίσεις")
    feasts += _yearly("10-28", 0, 0, lambda y: f"🇬🇷 28η Οκτωβρίου: {y - 1940} χρόνια από το "
                                               f"ΟΧΙ")
    feasts += _yearly("12-12", 0, 0, lambda _: "Χρόνια πολλά στους εορτάζοντες: του Αγίου "
                                               "Σπυρίδωνα, πολιούχου της Κέρκυρας")
    return _calendar(base, news, feasts)


def corfu_style() -> PublisherStyle:
    """A Greek-language island news site (Corfu / Kerkyra, Ionian Islands): a section
    kicker, the weekday and the date with the Greek genitive month, turned a dotted date
    with the time and "Ενημερώθηκε" on the Union's anniversary 2019 (a wording per day),
    "Γράφει:" turned the writer with the newsroom, a correspondent line from a pool of
    villages and islets, "Διαβάστε επίσης:" turned "➜ Δείτε ακόμη:" (up to twice), an ad
    label, a photo credit, the mainland ferry's summer and winter timetables, a follow line
    turned notifications and turned by five votes and a referendum, the 2015 capital controls
    and the two 2020 lockdowns (the first over the Orthodox Holy Saturday), the pot-throwing
    of Holy Saturday, the Union's anniversary and the "No" day with their counts, the saint's
    procession and feast day, a comments policy, a rights line reworded and the owner's line
    which gained the register number (a block), a rare earthquake line."""
    return PublisherStyle(
        domain="fonitouliston.gr", site="Η Φωνή του Λιστόν", base_size=120,
        subdomains=(("www.", 100),),
        sections=("kerkyra", "diapontia", "paxoi", "politiki", "politismos", "athlitika"),
        n_authors=4, url_path="/{section}/{n}/{slug}/",
        pools={
            "enotita": ("Κέρκυρα", "Διαπόντια", "Παξοί", "Πολιτική", "Πολιτισμός",
                        "Αθλητικά"),
            "topos": ("Λευκίμμη", "Παλαιοκαστρίτσα", "Κασσιώπη", "Ερείκουσσα", "Οθωνοί",
                      "Γάιος", "Άγιος Γεώργιος"),
            "foto": ("Αρχείο", "Δήμος Κέρκυρας", "Αναγνώστης", "Λιμενικό", "ΑΠΕ-ΜΠΕ"),
        },
        families=(
            _f("enotita", HEADER, 0.3, (_OLD, "{enotita}")),
            _f("imerominia", HEADER, 0.75, *_by_day(_ke_dated)),
            _f("syntaktis", HEADER, 0.45, (_OLD, "Γράφει: {author}"),
               (KE_BYLINE.isoformat(), "{author} | Σύνταξη")),
            _f("topos", HEADER, 0.12, (_OLD, "{topos} – ανταπόκριση")),
            _f("diavaste", MIDDLE, 0.3, (_OLD, "Διαβάστε επίσης: {other_title}"),
               (KE_LINKS.isoformat(), "➜ Δείτε ακόμη: {other_title}"), count=2),
            _f("diafimisi", MIDDLE, 0.2, (_OLD, "ΔΙΑΦΗΜΙΣΗ")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Φωτογραφία: {foto}")),
            _f("ploia", FOOTER, 0.2, *_seasons(*KE_FERRY)),
            _f("anakoinosi", FOOTER, 0.3, *_ke_notice()),
            _f("sxolia", FOOTER, 0.15, (_OLD, "Τα σχόλια δημοσιεύονται μετά από έγκριση. "
                                              "Υβριστικά ή εκτός θέματος σχόλια δεν "
                                              "δημοσιεύονται.")),
            _f("pnevmatika", FOOTER, 0.4, (_OLD, "© {year} Η Φωνή του Λιστόν"),
               (KE_RIGHTS.isoformat(), "Απαγορεύεται η αναδημοσίευση χωρίς αναφορά της "
                                       "πηγής · © {year} Η Φωνή του Λιστόν")),
            _f("idioktisia", FOOTER, 0.3, (_OLD, "Ιδιοκτησία: Λιστόν Εκδοτική Μ.Ε.Π.Ε., "
                                                 "Κέρκυρα"),
               (KE_REGISTER.isoformat(), "Ιδιοκτησία: Λιστόν Εκδοτική Μ.Ε.Π.Ε., Κέρκυρα · "
                                         "Μητρώο Online Μέσων: 232123")),
            _f("seismos", HEADER, 0.04, (_OLD, "⚠️ Σεισμός 4,3 Ρίχτερ αισθητός στην Κέρκυρα, "
                                               "χωρίς ζημιές")),
        ),
    )


# --- a Serbian-language city news site in Cyrillic with a Latin switch (Niš) ----------------

NI_REDESIGN = dt.date(2019, 1, 11)  # on the city's day the date turned numeric with reading time
NI_BYLINE = dt.date(2018, 5, 7)
NI_LINKS = dt.date(2019, 10, 1)
NI_VIBER = dt.date(2018, 2, 1)
NI_RIGHTS = dt.date(2019, 6, 3)

NI_HEATING = (
    ("04-16", "☀️ Крај грејне сезоне: Топлана почиње ремонт мреже"),
    ("10-15", "🔥 Грејна сезона је почела: кварове пријавите дежурној служби Топлане"),
)


def nisville(y: int) -> dt.date:
    """The first day of the jazz festival on the fortress: the second Thursday of August."""
    return nth_weekday(y, 8, 3, 2)


def _ni_dated(day: dt.date) -> str:
    if day < NI_REDESIGN:
        return (f"{SERBIAN_WEEKDAYS[day.weekday()]}, {day.day}. {SERBIAN_MONTHS[day.month - 1]} "
                f"{day.year}.")
    return f"Ниш, {day:%d.%m.%Y}. · {{read_min}} мин. читања"


def _ni_notice() -> Wordings:
    base = _steps((_OLD, "Пратите нас на Фејсбуку и Твитеру"),
                  (NI_VIBER.isoformat(), "📲 Придружите се нашој Вајбер заједници: вести из "
                                         "Ниша на вашем телефону"))
    news: list[Event] = [
        _vote("2016-04-24", "🗳️ Избори 2016: резултати у Нишу", after=1),
        _vote("2017-04-02", "🗳️ Председнички избори 2017: резултати у Нишавском округу",
              after=1),
        _span("2020-03-15", "2020-05-06", "😷 Ванредно стање: полицијски час и правила "
                                          "кретања"),
        _vote("2020-06-21", "🗳️ Избори 2020: резултати у Нишу", after=1),
    ]
    feasts = _yearly("01-07", 1, 0, lambda _: "🎄 Христос се роди! Срећан Божић свим "
                                              "читаоцима")
    feasts += _yearly("01-11", 0, 0, lambda y: f"🏛️ Дан града Ниша: {y - 1878} година од "
                                               f"ослобођења")
    feasts += _yearly("02-15", 0, 1, lambda y: f"🇷🇸 Сретење, Дан државности: {y - 1804} "
                                               f"година од Првог српског устанка")
    feasts += _movable(orthodox_easter, 0, 1, lambda _: "🥚 Христос васкрсе! Срећан Ускрс")
    feasts += _yearly("06-28", 0, 0, lambda _: "Видовдан: помен страдалима у Косовском боју")
    feasts += _movable(nisville, 0, 3, lambda y: f"🎷 {y - 1994}. Нишвил џез фестивал на "
                                                 f"Тврђави")
    return _calendar(base, news, feasts)


def nis_style() -> PublisherStyle:
    """A Serbian-language city news site in Cyrillic with a Latin switch (Niš): a rubric
    kicker, the weekday and the date with a closing dot, turned the city with a dotted date
    and the reading time on the city's day 2019 (a wording per day), "Аутор:" turned
    "Пише:", a script switch, "Прочитајте још:" turned "📌 Из исте рубрике:" (up to twice),
    a marketing label, a photo credit, the heating season, a follow line turned Viber and
    turned by three votes and the 2020 emergency, Orthodox Christmas, the city's day and the
    statehood day with their counts, Orthodox Easter, Vidovdan and the jazz festival on the
    second Thursday of August with its edition, a comments policy, a rights line reworded and
    the media register line (a block), a rare water cut."""
    return PublisherStyle(
        domain="nisavskiglasnik.rs", site="Нишавски гласник", base_size=100,
        subdomains=(("www.", 100),),
        sections=("nis", "jug", "politika", "drustvo", "sport", "kultura"),
        n_authors=3, url_path="/vesti/{section}/{n}-{slug}",
        pools={
            "rubrika": ("Ниш", "Југ Србије", "Политика", "Друштво", "Спорт", "Култура"),
            "foto": ("архива", "Град Ниш", "читалац", "Танјуг", "ЈКП Медиана"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.75, *_by_day(_ni_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Аутор: {author}"),
               (NI_BYLINE.isoformat(), "Пише: {author}")),
            _f("pismo", HEADER, 0.15, (_OLD, "Ћирилица | Latinica")),
            _f("procitajte", MIDDLE, 0.3, (_OLD, "Прочитајте још: {other_title}"),
               (NI_LINKS.isoformat(), "📌 Из исте рубрике: {other_title}"), count=2),
            _f("marketing", MIDDLE, 0.2, (_OLD, "Маркетинг")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("grejanje", FOOTER, 0.2, *_seasons(*NI_HEATING)),
            _f("obavestenje", FOOTER, 0.3, *_ni_notice()),
            _f("komentari", FOOTER, 0.15, (_OLD, "Коментари који садрже увреде, претње или "
                                                 "говор мржње неће бити објављени.")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Нишавски гласник. Сва права "
                                            "задржана."),
               (NI_RIGHTS.isoformat(), "© {year} Нишавски гласник · Преузимање садржаја "
                                       "дозвољено уз навођење извора и линк")),
            _f("registar", FOOTER, 0.3, (_OLD, "Регистар медија АПР: ИН000456")),
            _f("voda", HEADER, 0.04, (_OLD, "💧 Искључење воде: делови Палилуле данас без воде "
                                            "од 9 до 15 часова")),
        ),
    )


# --- a Portuguese-language news site of Madeira (Funchal) ------------------------------------

FU_REDESIGN = dt.date(2018, 7, 1)  # on the Region's day the short weekday turned a short month
FU_BYLINE = dt.date(2019, 2, 4)
FU_NEWSLETTER = dt.date(2018, 10, 1)
FU_RIGHTS = dt.date(2020, 1, 6)
FU_NO_CRUISES = dt.date(2020, 3, 14)  # no cruise ship called from here to the end of 2020


def festa_da_flor(y: int) -> dt.date | None:
    """The Sunday of the flower festival's parade: five weeks after Easter (none in
    2020)."""
    return easter(y) + dt.timedelta(days=35) if y != 2020 else None


def fu_ships(day: dt.date) -> int:
    """The cruise ships in port on `day`: more in the winter season, none after the port
    closed to them in March 2020."""
    if day >= FU_NO_CRUISES:
        return 0
    k = day.toordinal()
    if day.month in (11, 12, 1, 2, 3, 4):
        return 1 + (k * 5 + k // 7) % 4
    return (k * 3 + k // 5) % 3 // 2


def fu_port(day: dt.date) -> str:
    """The port line of `day` (a wording per day on which the count changes)."""
    ships = fu_ships(day)
    if ships == 0:
        return "🚢 Hoje não há navios de cruzeiro no Porto do Funchal"
    noun = "navio de cruzeiro" if ships == 1 else "navios de cruzeiro"
    return f"🚢 Hoje no Porto do Funchal: {ships} {noun}"


def _fu_dated(day: dt.date) -> str:
    if day < FU_REDESIGN:
        return f"{PORTUGUESE_WEEKDAYS_SHORT[day.weekday()]}, {day:%d/%m/%Y}"
    return f"{day.day} {PORTUGUESE_MONTHS_SHORT[day.month - 1]} {day.year}, {{time}}"


def _fu_notice() -> Wordings:
    base = _steps((_OLD, "Siga-nos no Facebook e no Instagram"),
                  (FU_NEWSLETTER.isoformat(), "📰 Receba a nossa newsletter todas as manhãs, "
                                              "às 7h00"))
    news: list[Event] = [
        _vote("2015-10-04", "🗳️ Legislativas 2015: resultados no círculo da Madeira",
              after=1),
        _vote("2016-01-24", "🗳️ Presidenciais 2016: resultados na Região", after=1),
        _span("2016-08-09", "2016-08-13", "🔥 Incêndios no Funchal: pontos de recolha de "
                                          "donativos e abrigos"),
        _vote("2017-10-01", "🗳️ Autárquicas 2017: quem ganhou em cada concelho", after=1),
        _vote("2019-09-22", "🗳️ Regionais 2019: resultados freguesia a freguesia", after=2),
        _vote("2019-10-06", "🗳️ Legislativas 2019: resultados no círculo da Madeira",
              before=3, after=1),
        _span("2020-03-19", "2020-05-02", "😷 Estado de emergência: fique em casa"),
    ]
    feasts = _movable(lambda y: carnival_tuesday(y) - 3 * ONE_DAY, 0, 0,
                      lambda _: "🎭 Cortejo de Carnaval no Funchal: cortes de trânsito no "
                                "centro")
    feasts += _movable(festa_da_flor, 3, 0, lambda y: f"🌺 Festa da Flor {y}: o Cortejo "
                                                      f"Alegórico desce a avenida no domingo")
    feasts += _yearly("07-01", 0, 0, lambda y: f"Dia da Região: {y - 1976} anos de Autonomia")
    feasts += _yearly("12-31", 5, 0, lambda _: "🎆 Fim do Ano na Madeira: os horários do fogo "
                                               "de artifício na baía")
    return _calendar(base, news, feasts)


def funchal_style() -> PublisherStyle:
    """A Portuguese-language news site of Madeira (Funchal): a section kicker, the short
    weekday with a numeric date, turned the day with a short lower-case month and the time
    on the Region's day 2018 (a wording per day), the bare writer turned "Por ... ·
    Jornalista", "Veja também →" (up to twice), a bare "PUB" ad label, a credits line, the
    cruise ships in port that day (none from March 2020), a follow line turned a newsletter
    and turned by five votes, the 2016 wildfires and the 2020 emergency, the carnival
    parade on the Saturday before Shrove Tuesday, the flower festival five weeks after
    Easter (none in 2020), the Region's day with its count and the New Year's fireworks, the
    editorial statute line, a rights line reworded, a rare wind warning at the airport."""
    return PublisherStyle(
        domain="olevadeiro.pt", site="O Levadeiro", base_size=80,
        subdomains=(("www.", 100),),
        sections=("funchal", "madeira", "porto-santo", "desporto", "cultura", "regional"),
        n_authors=3, url_path="/noticias/{section}/{slug}",
        pools={
            "seccao": ("Funchal", "Madeira", "Porto Santo", "Desporto", "Cultura",
                       "Regional"),
            "creditos": ("Arquivo", "DR", "Câmara Municipal do Funchal", "Leitor",
                         "Proteção Civil"),
        },
        families=(
            _f("seccao", HEADER, 0.3, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.7, *_by_day(_fu_dated)),
            _f("assinatura", HEADER, 0.45, (_OLD, "{author}"),
               (FU_BYLINE.isoformat(), "Por {author} · Jornalista")),
            _f("veja", MIDDLE, 0.3, (_OLD, "Veja também → {other_title}"), count=2),
            _f("pub", MIDDLE, 0.15, (_OLD, "PUB")),
            _f("creditos", MIDDLE, 0.2, (_OLD, "Créditos: {creditos}")),
            _f("navios", FOOTER, 0.2, *_by_day(fu_port)),
            _f("aviso", FOOTER, 0.3, *_fu_notice()),
            _f("estatuto", FOOTER, 0.2, (_OLD, "Conheça o nosso Estatuto Editorial")),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} O Levadeiro – Funchal, Madeira"),
               (FU_RIGHTS.isoformat(), "© O Levadeiro {year} · Todos os conteúdos estão "
                                       "protegidos por direitos de autor")),
            _f("vento", HEADER, 0.04, (_OLD, "✈️ Vento forte no aeroporto: voos para a Madeira "
                                             "desviados para o Porto Santo")),
        ),
    )


# --- a community radio station's news in Spanish and Kichwa (Otavalo, Imbabura, Ecuador) -----

IM_REDESIGN = dt.date(2019, 6, 21)  # on Inti Raymi the long date turned numeric with the time
IM_BYLINE = dt.date(2018, 3, 5)
IM_WHATSAPP = dt.date(2018, 7, 2)
IM_APP = dt.date(2019, 9, 2)
IM_LICENCE = dt.date(2020, 1, 6)
IM_MARKET_CLOSED = (dt.date(2020, 3, 17), dt.date(2020, 9, 5))  # the Saturday market stopped


def yamor(y: int) -> dt.date | None:
    """The first Saturday of the Yamor fiestas: the first Saturday of September (none in
    2020)."""
    return nth_weekday(y, 9, 5, 1) if y != 2020 else None


def im_saturday(day: dt.date) -> dt.date:
    """The Saturday of the next market: `day` if a Saturday, else the next one."""
    return on_or_after(day, 5)


def im_market(day: dt.date) -> str:
    """The next Saturday market (a wording per week, from each Sunday; none while it was
    stopped in 2020)."""
    if IM_MARKET_CLOSED[0] <= day < IM_MARKET_CLOSED[1]:
        return "🧶 La feria de la Plaza de los Ponchos está suspendida hasta nuevo aviso"
    saturday = im_saturday(day)
    return (f"🧶 Feria de la Plaza de los Ponchos: sábado {saturday.day} de "
            f"{SPANISH_MONTHS[saturday.month - 1]}, desde las 06h00")


def _im_dated(day: dt.date) -> str:
    if day < IM_REDESIGN:
        return f"Otavalo, {day.day} de {SPANISH_MONTHS[day.month - 1]} del {day.year}"
    return f"{day:%d/%m/%Y} · Actualizado a las {{time}}"


def _im_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: noticias de Otavalo en español y kichwa"),
                  (IM_WHATSAPP.isoformat(), "📲 Envíe sus saludos y noticias al WhatsApp de la "
                                            "radio: 099 000 0000"))
    news: list[Event] = [
        _vote("2017-02-19", "🗳️ Elecciones 2017: conteo de votos en Imbabura", after=1),
        _vote("2017-04-02", "🗳️ Segunda vuelta: resultados en Imbabura", after=1),
        _vote("2018-02-04", "🗳️ Consulta popular y referéndum: resultados en Imbabura",
              after=1),
        _vote("2019-03-24", "🗳️ Seccionales 2019: los nuevos alcaldes de Imbabura", after=1),
        _span("2019-10-03", "2019-10-13", "⚠️ Paro nacional: vías cerradas en Imbabura, "
                                          "infórmese antes de viajar"),
        _span("2020-03-17", "2020-06-30", "😷 Emergencia sanitaria: quédese en casa / wasipi "
                                          "kashun"),
    ]
    feasts = _movable(carnival_tuesday, 3, 0, lambda _: "🌸 Pawkar Raymi: la fiesta del "
                                                        "florecimiento en las comunidades")
    feasts += _yearly("06-21", 0, 8, lambda y: f"☀️ Inti Raymi {y}: el Hatun Puncha en Otavalo "
                                               f"y Cotacachi")
    feasts += _movable(yamor, 2, 8, lambda y: f"🌽 Fiestas del Yamor {y}: programa y desfile")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Sumak Navidad! Feliz Navidad a toda "
                                               "nuestra audiencia")
    return _calendar(base, news, feasts)


def otavalo_style() -> PublisherStyle:
    """A community radio station's news in Spanish and Kichwa (Otavalo, Imbabura, Ecuador):
    a section kicker, the town with the long date and "del" before the year, turned a
    numeric date with "Actualizado a las" on Inti Raymi 2019 (a wording per day),
    "Redacción:" turned "Reporta:", a bilingual greeting, a listen-live line which gained the
    app, "Lea también:" (up to twice), a camera-marked photo credit, the next Saturday
    market (a wording per week, stopped in 2020), a follow line turned WhatsApp and turned by
    four votes, the 2019 strike and the 2020 emergency (in two languages), Pawkar Raymi at
    carnival, Inti Raymi, the Yamor fiestas on the first Saturday of September (none in
    2020) and Christmas, a Kichwa thank-you, a rights line turned a licence line and the
    regulator's line (a block), a rare landslide notice."""
    return PublisherStyle(
        domain="taitaimbabura.ec", site="Radio Taita Imbabura", base_size=62,
        subdomains=(("www.", 100),),
        sections=("otavalo", "cotacachi", "imbabura", "comunidades", "cultura", "deportes"),
        n_authors=3, url_path="/noticias/{slug}-{n}",
        pools={
            "seccion": ("Otavalo", "Cotacachi", "Imbabura", "Comunidades", "Cultura",
                        "Deportes"),
            "foto": ("Archivo", "Municipio de Otavalo", "Oyente", "Cortesía", "Radio"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_im_dated)),
            _f("reporta", HEADER, 0.45, (_OLD, "Redacción: {author}"),
               (IM_BYLINE.isoformat(), "Reporta: {author}")),
            _f("kichwa", HEADER, 0.15, (_OLD, "Alli puncha, mashikuna! Buenos días, amigos")),
            _f("envivo", HEADER, 0.2, (_OLD, "🔴 Escúchenos en vivo: 98.3 FM Otavalo"),
               (IM_APP.isoformat(), "🔴 Escúchenos en vivo: 98.3 FM Otavalo y en nuestra "
                                    "aplicación")),
            _f("lea", MIDDLE, 0.3, (_OLD, "Lea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "📸 {foto}")),
            _f("feria", FOOTER, 0.2, *_by_day(im_market)),
            _f("aviso", FOOTER, 0.3, *_im_notice()),
            _f("yupaychani", FOOTER, 0.15, (_OLD, "Yupaychani! Gracias por escucharnos y "
                                                  "leernos")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Radio Taita Imbabura – Comunicación "
                                                "comunitaria"),
               (IM_LICENCE.isoformat(), "© {year} Radio Taita Imbabura · Contenidos bajo "
                                        "licencia CC BY-NC 4.0")),
            _f("arcotel", FOOTER, 0.3, (_OLD, "Medio comunitario autorizado por la Agencia de "
                                              "Regulación y Control de las "
                                              "Telecomunicaciones")),
            _f("deslave", HEADER, 0.04, (_OLD, "⚠️ Vía Otavalo–Selva Alegre cerrada por un "
                                               "deslave en Quichinche")),
        ),
    )


# --- a volunteer ambulance confraternity's news (Tuscany; Italian, health and volunteering) ---

MI_MOVE = dt.date(2019, 9, 2)  # the site moved: the date line turned "Scritto da ... il"
MI_NEWSLETTER = dt.date(2018, 9, 3)
MI_GDPR = dt.date(2018, 5, 25)
MI_ODV = dt.date(2019, 7, 1)  # the third-sector reform: "ONLUS" turned "ODV" in the name

MI_SUPPORT = (
    ("03-01", "💙 Nella dichiarazione dei redditi firma per il 5x1000 alla Misericordia: "
              "C.F. 80012340523"),
    ("11-01", "Sostieni i nostri servizi con una donazione: IBAN IT60 X054 2811 1010 0000 "
              "0123 456"),
)


def mi_collection(day: dt.date) -> dt.date:
    """The next blood drive on or after `day`: the second Sunday of a month, none in
    August."""
    y, m = day.year, day.month
    while True:
        if m != 8:
            sunday = nth_weekday(y, m, 6, 2)
            if sunday >= day:
                return sunday
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def mi_blood(day: dt.date) -> str:
    """The next blood drive line (a wording from the day after each drive)."""
    sunday = mi_collection(day)
    return (f"🩸 Prossima raccolta di sangue in sede: domenica {sunday.day} "
            f"{ITALIAN_MONTHS[sunday.month - 1]}, dalle 8 alle 11:30")


def _mi_dated(day: dt.date) -> str:
    if day < MI_MOVE:
        return f"{day.day} {ITALIAN_MONTHS[day.month - 1]} {day.year} · {{author}}"
    return f"Scritto da {{author}} il {day:%d/%m/%Y}"


def _mi_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook per tutte le attività della Confraternita"),
                  (MI_NEWSLETTER.isoformat(), "📩 Iscriviti alla newsletter dei volontari"))
    news: list[Event] = [
        _span("2016-08-24", "2016-09-10", "🆘 Terremoto in Centro Italia: la nostra squadra di "
                                          "protezione civile è partita per Amatrice"),
        _span("2016-10-30", "2016-11-06", "🆘 Nuova scossa in Centro Italia: raccogliamo beni "
                                          "di prima necessità in sede"),
        _span("2020-03-09", "2020-05-17", "😷 Restate a casa: spesa e farmaci a domicilio per "
                                          "gli over 65, chiamate la sede"),
    ]
    feasts = _yearly("01-20", 0, 0, lambda y: f"Festa di San Sebastiano, patrono delle "
                                              f"Misericordie: {y - 1588} anni di servizio")
    feasts += _yearly("12-20", 0, 6, lambda _: "🎄 Buone feste dai volontari e dai dipendenti "
                                               "della Confraternita")
    return _calendar(base, news, feasts)


def misericordia_style() -> PublisherStyle:
    """A volunteer ambulance confraternity's news (Tuscany; Italian, health and
    volunteering): a category kicker, the long date with the writer, turned "Scritto da ...
    il" with a numeric date on a site move (a wording per day), an emergency-numbers line,
    "Leggi anche:" (up to twice), a camera-marked photo credit, the support line that turns
    to the 5x1000 at tax-return time, the next blood drive on the second Sunday (none in
    August), a follow line turned a newsletter and turned by two earthquakes and the 2020
    lockdown, the patron's feast with the years of service and the Christmas greetings, a
    privacy line reworded under the 2018 rules, the seat's line whose name changed with the
    third-sector reform (a block), a rare call for volunteers."""
    return PublisherStyle(
        domain="misericordiacastelvecchio.it", site="Misericordia di Castelvecchio",
        base_size=48,
        subdomains=(("www.", 100),),
        sections=("notizie", "servizi", "formazione", "protezione-civile", "eventi",
                  "donatori"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Notizie", "Servizi", "Formazione", "Protezione civile", "Eventi",
                          "Donatori di sangue"),
            "foto": ("archivio della Confraternita", "i volontari", "Comune", "Fratres"),
        },
        families=(
            _f("categoria", HEADER, 0.3, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.6, *_by_day(_mi_dated)),
            _f("emergenze", HEADER, 0.15, (_OLD, "🚑 Per le emergenze sanitarie chiama il 118. "
                                                 "Trasporti sociali: 0577 000 000")),
            _f("leggi", MIDDLE, 0.25, (_OLD, "Leggi anche: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "📷 {foto}")),
            _f("sostegno", FOOTER, 0.3, *_seasons(*MI_SUPPORT)),
            _f("sangue", FOOTER, 0.25, *_by_day(mi_blood)),
            _f("avviso", FOOTER, 0.3, *_mi_notice()),
            _f("privacy", FOOTER, 0.3, (_OLD, "I dati personali sono trattati ai sensi del "
                                              "D.Lgs. 196/2003."),
               (MI_GDPR.isoformat(), "I dati personali sono trattati ai sensi del Regolamento "
                                     "(UE) 2016/679 (GDPR).")),
            _f("sede", FOOTER, 0.35, (_OLD, "Venerabile Confraternita di Misericordia di "
                                            "Castelvecchio – ONLUS · Via del Poggio 12 · C.F. "
                                            "80012340523"),
               (MI_ODV.isoformat(), "Misericordia di Castelvecchio ODV · Via del Poggio 12 · "
                                    "C.F. 80012340523")),
            _f("volontari", HEADER, 0.04, (_OLD, "🚑 Cerchiamo volontari per i turni notturni: "
                                                 "il corso di primo soccorso inizia lunedì")),
        ),
    )


# --- a cycling club's blog (Gandia, Valencia; Valencian Catalan, sport) ------------------------

SA_THEME = dt.date(2019, 1, 7)  # a new theme: the date and writer turned a short date
SA_STRAVA = dt.date(2018, 4, 2)
SA_WHATSAPP = dt.date(2018, 5, 7)
SA_STOPPED = (dt.date(2020, 3, 14), dt.date(2020, 5, 25))  # no group rides in these weeks

# The Sunday rides, in turn.
SA_ROUTES = ("Gandia – Marxuquera – Barx (62 km)", "Volta a la Safor per Vilallonga (75 km)",
             "Gandia – Oliva – Pego – la Vall d'Ebo (98 km)", "Port de Tavernes i la Drova "
             "(70 km)", "Gandia – Xàtiva per l'Olleria (110 km)", "Circuit pla per l'horta de "
             "Gandia (45 km)", "Gandia – Cullera – Favara (80 km)", "Alt de la Carrasqueta "
             "(120 km)")

SA_LICENCE = (
    ("01-16", "🚴 Porteu sempre la llicència federativa en les sortides del club"),
    ("11-02", "📝 Ja podeu renovar la llicència federativa per a l'any que ve"),
)


def sa_sunday(day: dt.date) -> dt.date:
    """The Sunday of the next club ride: `day` if a Sunday, else the next one."""
    return on_or_after(day, 6)


def sa_ride(day: dt.date) -> str:
    """The next Sunday ride (a wording per week, from each Monday; none in the 2020
    lockdown)."""
    if SA_STOPPED[0] <= day < SA_STOPPED[1]:
        return "🚫 Sortides de grup suspeses per l'estat d'alarma"
    sunday = sa_sunday(day)
    k = (sunday - dt.date(2015, 1, 4)).days // 7
    return (f"🚴 Sortida de diumenge {sunday.day}/{sunday.month}: "
            f"{SA_ROUTES[k % len(SA_ROUTES)]}. Eixida a les 8.00 des de la plaça del Prado")


def marxa(y: int) -> dt.date | None:
    """The club's sportive: the last Sunday of October (none in 2020)."""
    return nth_weekday(y, 10, 6, -1) if y != 2020 else None


def _sa_dated(day: dt.date) -> str:
    if day < SA_THEME:
        return f"Publicat el {day:%d/%m/%Y} per {{author}}"
    return (f"{CATALAN_WEEKDAYS_SHORT[day.weekday()]} {day.day} "
            f"{CATALAN_MONTHS[day.month - 1]} {day.year}")


def _sa_notice() -> Wordings:
    base = _steps((_OLD, "Segueix-nos a Instagram i a Facebook"),
                  (SA_WHATSAPP.isoformat(), "Uneix-te al grup de WhatsApp del club per a les "
                                            "sortides de cada setmana"))
    news: list[Event] = [
        _span("2020-03-14", "2020-05-24", "🚫 Estat d'alarma: no es pot eixir a rodar fins a "
                                          "nou avís"),
    ]
    feasts = _yearly("03-15", 0, 4, lambda _: "🔥 Falles: la sortida de diumenge canvia "
                                              "d'horari per la mascletà")
    feasts += _movable(marxa, 13, 0, lambda y: f"🚴 {y - 2004}a Marxa Cicloturista de la "
                                               f"Safor: inscripcions obertes")
    feasts += _yearly("10-09", 0, 0, lambda _: "Bon 9 d'Octubre, Dia del Poble Valencià!")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Bon Nadal i bones rodades!")
    return _calendar(base, news, feasts)


def gandia_style() -> PublisherStyle:
    """A cycling club's blog (Gandia, Valencia; Valencian Catalan, sport): a category kicker,
    "Publicat el" with a numeric date and the writer, turned the Catalan abbreviated weekday
    and the date on a new theme (a wording per day), the next Sunday ride with its route in
    turn (a wording per week, none in the 2020 lockdown), a GPX track line turned a Strava
    line, "Més del club:" (up to twice), the licence line that follows the season, a follow
    line turned WhatsApp and turned by the 2020 state of alarm, the Falles, the club's
    sportive on the last Sunday of October with its edition (none in 2020), the Valencian
    day and Christmas, the comment count, a rights line, a rare rained-off ride."""
    return PublisherStyle(
        domain="marxasafor.org", site="Marxa Safor", base_size=34,
        subdomains=(("www.", 100),),
        sections=("sortides", "cursa", "marxa", "club", "escola", "mecanica"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "categoria": ("Sortides", "Cursa", "Marxa", "Club", "Escola", "Mecànica"),
        },
        families=(
            _f("categoria", HEADER, 0.35, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.8, *_by_day(_sa_dated)),
            _f("sortida", HEADER, 0.3, *_by_day(sa_ride)),
            _f("ruta", MIDDLE, 0.25, (_OLD, "📍 Descarrega el track de la ruta (GPX)"),
               (SA_STRAVA.isoformat(), "📍 Segueix la ruta a Strava")),
            _f("mes", MIDDLE, 0.25, (_OLD, "Més del club: {other_title}"), count=2),
            _f("llicencia", FOOTER, 0.2, *_seasons(*SA_LICENCE)),
            _f("avis", FOOTER, 0.3, *_sa_notice()),
            _f("comentaris", FOOTER, 0.3, (_OLD, "{count} comentaris")),
            _f("drets", FOOTER, 0.3, (_OLD, "© {year} Marxa Safor · Club ciclista de Gandia")),
            _f("pluja", HEADER, 0.04, (_OLD, "⚠️ Sortida anul·lada per pluja: ens veiem la "
                                             "setmana que ve")),
        ),
    )


# --- a mountain rescue team's news (Bucegi mountains, Romania; Romanian, outdoors) ------------

SV_MOVE = dt.date(2019, 10, 1)  # a new site: "Postat pe" turned a short date with the desk
SV_APP = dt.date(2018, 12, 3)

SV_LEVELS = ("redus", "moderat", "însemnat", "ridicat", "foarte ridicat")


def sv_level(day: dt.date) -> int | None:
    """The avalanche risk above 1800 m on `day` (1 to 5), None outside the season (May to
    November); a bulletin lasts about two days."""
    if 5 <= day.month <= 11:
        return None
    k = day.toordinal() // 2
    return (2 if day.month in (1, 2, 3) else 1) + (k * 7 + k // 3) % 3


def sv_avalanche(day: dt.date) -> str:
    """The avalanche line of `day` (a wording per bulletin in the season)."""
    level = sv_level(day)
    if level is None:
        return "☀️ În afara sezonului de avalanșe: verificați starea traseelor înainte de plecare"
    return f"❄️ Risc de avalanșă în Bucegi, peste 1800 m: {level} – {SV_LEVELS[level - 1]}"


def _sv_dated(day: dt.date) -> str:
    if day < SV_MOVE:
        return f"Postat pe {day:%d.%m.%Y} de {{author}}"
    return f"{day.day} {ROMANIAN_MONTHS_SHORT[day.month - 1]} {day.year} · Dispeceratul"


def _sv_notice() -> Wordings:
    base = _steps((_OLD, "Urmăriți-ne pe Facebook pentru starea traseelor"),
                  (SV_APP.isoformat(), "📲 Instalați aplicația Salvamont: vă poate localiza "
                                       "în caz de accident"))
    news: list[Event] = [
        _span("2020-03-16", "2020-05-14", "😷 Stare de urgență: traseele montane sunt închise "
                                          "pentru turiști"),
    ]
    feasts = _movable(orthodox_easter, 2, 1, lambda _: "Hristos a înviat! Cabanele din Bucegi "
                                                       "au program prelungit de Paște")
    feasts += _yearly("12-01", 0, 0, lambda y: f"🇷🇴 La mulți ani, România! {y - 1918} de ani "
                                               f"de la Marea Unire")
    feasts += _yearly("12-11", 0, 0, lambda _: "🏔️ Ziua Internațională a Muntelui: respectați "
                                               "muntele și regulile lui")
    return _calendar(base, news, feasts)


def bucegi_style() -> PublisherStyle:
    """A mountain rescue team's news (Bucegi mountains, Romania; Romanian, outdoors): a kind
    kicker, "Postat pe" with a dotted date and the writer, turned a short date with the
    dispatch desk on a new site (a wording per day), the emergency numbers, "Vezi și:", a
    photo credit, the avalanche risk of the day's bulletin in the season, a follow line
    turned the rescue app and turned by the 2020 emergency, Orthodox Easter, the national
    day with its count and Mountain day, a take-your-own-risk line, a rights line, a rare
    cable-car closure."""
    return PublisherStyle(
        domain="salvamontcaraiman.ro", site="Salvamont Caraiman", base_size=24,
        subdomains=(("www.", 100),),
        sections=("interventii", "avertizari", "trasee", "comunicate", "voluntariat"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "tip": ("Intervenții", "Avertizări", "Trasee", "Comunicate", "Voluntariat"),
            "foto": ("arhiva echipei", "salvatorul de serviciu", "ISU Prahova", "un turist"),
        },
        families=(
            _f("tip", HEADER, 0.3, (_OLD, "{tip}")),
            _f("data", HEADER, 0.6, *_by_day(_sv_dated)),
            _f("urgente", HEADER, 0.3, (_OLD, "📞 Urgențe pe munte: 112 sau 0SALVAMONT")),
            _f("vezi", MIDDLE, 0.25, (_OLD, "Vezi și: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("avalanse", FOOTER, 0.35, *_by_day(sv_avalanche)),
            _f("anunt", FOOTER, 0.3, *_sv_notice()),
            _f("risc", FOOTER, 0.2, (_OLD, "Informațiile au caracter orientativ. Pe munte vă "
                                           "asumați propriul risc: echipați-vă "
                                           "corespunzător.")),
            _f("drepturi", FOOTER, 0.3, (_OLD, "© {year} Salvamont Caraiman")),
            _f("telecabina", HEADER, 0.04, (_OLD, "⚠️ Telecabina Bușteni–Babele nu funcționează "
                                                  "astăzi din cauza vântului")),
        ),
    )


def heldout67_styles() -> list[PublisherStyle]:
    """The held-back-67 styles, in the order the generator hands them to publishers."""
    return [
        campina_style(), temuco_style(), pamplona_style(), pula_style(), korce_style(),
        corfu_style(), nis_style(), funchal_style(), otavalo_style(), misericordia_style(),
        gandia_style(), bucegi_style(),
    ]
