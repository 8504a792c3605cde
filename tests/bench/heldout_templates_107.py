"""The ``held-back-107`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-105 set
(`tests.bench.heldout_templates_105`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of Brazil and of the Portuguese-speaking world
beyond Portugal, large and small: a Portuguese regional daily in Campinas, a Portuguese daily
in Luanda, a Portuguese daily in Maputo, a Chinese daily in Macau, a Portuguese and Kriolu
site in Praia, a Portuguese news portal in Recife, a Portuguese and Kriol community radio in
Bissau, a Portuguese site in Sao Tome, a Tetum site in Dili, a Japanese community weekly in
Sao Paulo's Liberdade, a Portuguese community site in Santarem on the Tapajos and a
Portuguese and English site for Brazilians in Massachusetts. The families are the kinds a
crawl of such sites holds: dates localised day by day in Brazilian and African Portuguese
(with and without capitalised months), Chinese, Kriol, Tetum, Japanese and English (several
changing form on the day of a redesign), lines that turn every day, every week or every month
(the real, the kwanza with its 2018 float, the metical, the Cape Verdean escudo, the pataca
on working days, the dobra's redenomination of 2018, tides and a river's level every day, a
radio's programme by weekday, the price of petrol every month, a weekly's issue number every
Friday), the seasons of rains, cacimbo, gravana, cyclones, typhoons, the humid spring, dry
spells, fires, sharks and snow, bylines and datelines of many shapes, section kickers,
read-also links (some up to two times), photo credits, sources, fair-use and copyright lines
(one citing Brazil's copyright law), donation, membership, newsletter and social appeals
(Pix from its launch day on), prices in reais, kwanzas, meticais, patacas, escudos, dobras
and dollars (several rising over the years), notices reworded in 2016-2020, notices that
follow the region's calendars (votes and run-offs, an impeachment, municipal votes put off in
2020, a truckers' strike, a water crisis, a yellow fever outbreak, an oil spill, cyclones
Idai and Kenneth, typhoons Hato and Mangkhut, casinos shut, states of emergency and
lockdowns, a princess's visit, independence and peace days with their counts, carnivals by
Easter, the Galo da Madrugada, Sao Joao, Kola San Jon, the Auto de Floripes, the Cairé, a
Cirio, the Lunar New Year, the dragon boats, the Grand Prix with its count, the Tanabata and
the immigration's anniversary, events called off in 2020), multi-line blocks, mid-body
inserts, bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
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
    carnival_tuesday,
    jdn,
    nth_weekday,
    thanksgiving,
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

PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro")
PT_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
               "sábado", "domingo")
PT_SHORT_WEEKDAYS = ("seg", "ter", "qua", "qui", "sex", "sáb", "dom")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
CHINESE_WEEKDAYS = "一二三四五六日"
JAPANESE_WEEKDAYS = "月火水木金土日"
KRIOL_WEEKDAYS = ("sigunda-fera", "tersa-fera", "kuarta-fera", "kinta-fera", "sesta-fera",
                  "sábadu", "dumingu")
TETUM_MONTHS = ("Janeiru", "Fevereiru", "Marsu", "Abríl", "Maiu", "Juñu", "Jullu", "Agostu",
                "Setembru", "Outubru", "Novembru", "Dezembru")
TETUM_WEEKDAYS = ("Segunda", "Tersa", "Kuarta", "Kinta", "Sesta", "Sábadu", "Domingu")

# Days of the Chinese calendar as Macau kept them.
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
ZODIAC = {2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬", 2020: "鼠"}
DRAGON_BOAT = {2015: "2015-06-20", 2016: "2016-06-09", 2017: "2017-05-30", 2018: "2018-06-18",
               2019: "2019-06-07", 2020: "2020-06-25"}
# The Sunday of each year's Macau Grand Prix (the 62nd in 2015).
GRAND_PRIX = {2015: "2015-11-22", 2016: "2016-11-20", 2017: "2017-11-19", 2018: "2018-11-18",
              2019: "2019-11-17", 2020: "2020-11-22"}
PIX_LAUNCH = dt.date(2020, 11, 16)  # Brazil's instant payments opened to everyone
NEW_DOBRA = dt.date(2018, 1, 1)  # Sao Tome's dobra redenominated, 1,000 old to 1 new


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma (3,85), as Portuguese pages print it."""
    return f"{number:.{places}f}".replace(".", ",")


def broken_line(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `points` ((ISO day, value), ...)."""
    iso = day.isoformat()
    if iso <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in zip(points, points[1:], strict=False):
        if iso <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return points[-1][1]


def brl_rate(day: dt.date) -> float:
    """The made-up commercial selling rate of a dollar in reais on `day`'s working day (about
    2.66 early in 2015, past 4 late in 2015, 3.2 in 2017, 5.9 in May 2020)."""
    work = working_day(day)
    base = broken_line(work, (("2015-01-01", 2.66), ("2015-03-15", 3.20), ("2015-09-23", 4.15),
                              ("2016-01-20", 4.05), ("2016-06-30", 3.21), ("2017-01-15", 3.20),
                              ("2017-12-31", 3.31), ("2018-09-13", 4.19), ("2018-12-31", 3.88),
                              ("2019-06-30", 3.83), ("2019-11-27", 4.26), ("2020-05-13", 5.90),
                              ("2020-08-31", 5.48), ("2020-12-31", 5.19), ("2021-01-10", 5.30)))
    return round(base + made_up(work, "brl", -4, 4) / 100, 2)


# --- a Portuguese regional daily (Campinas, Brazil) -------------------------------------------

CP_REDESIGN = dt.date(2018, 7, 14)  # relaunched on the city's birthday
CP_WHATSAPP = dt.date(2019, 4, 1)


def _cp_dated(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return (f"Campinas, {PT_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{PT_MONTHS[day.month - 1]} de {day.year}")
    return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"


def _cp_dollar(day: dt.date) -> str:
    return f"💵 Dólar comercial hoje: R$ {comma(brl_rate(day))} (venda)"


def _cp_notice() -> Wordings:
    base = _steps((_OLD, "Siga a Gazeta Campineira no Facebook e no Instagram"),
                  (CP_WHATSAPP.isoformat(), "📲 Receba as notícias de Campinas no WhatsApp: "
                                            "(19) 90000-0000"))
    news: list[Event] = [
        _span("2015-01-05", "2015-03-31", "💧 Crise hídrica: a Sanasa pede economia de água; "
                                          "veja os bairros com rodízio"),
        _vote("2016-04-17", "🏛️ Impeachment: a Câmara vota hoje; acompanhe voto a voto",
              before=2, after=0),
        _span("2016-08-25", "2016-08-31", "🏛️ Julgamento do impeachment no Senado: "
                                          "acompanhe ao vivo"),
        _vote("2016-10-02", "🗳️ Eleições 2016: apuração em Campinas e na região", before=6),
        _vote("2016-10-30", "🗳️ Segundo turno 2016: os resultados na região", before=6),
        _span("2018-05-21", "2018-05-31", "🚚 Greve dos caminhoneiros: postos sem combustível "
                                          "e ônibus com frota reduzida"),
        _vote("2018-10-07", "🗳️ Eleições 2018: apuração para presidente, governador e "
                            "Congresso", before=6),
        _vote("2018-10-28", "🗳️ Segundo turno 2018: apuração para presidente e governador",
              before=6),
        _span("2020-03-24", "2020-06-30", "😷 Quarentena em São Paulo: veja o que pode abrir "
                                          "em Campinas"),
        _vote("2020-11-15", "🗳️ Eleições municipais 2020, adiadas pela pandemia: apuração em "
                            "Campinas", before=6),
        _vote("2020-11-29", "🗳️ Segundo turno em Campinas: apuração", before=6),
    ]
    feasts = _movable(carnival_tuesday, 3, 1, lambda y: f"🎭 Carnaval {y}: blocos de rua e o "
                                                        f"que abre no feriado")
    feasts += _yearly("07-14", 1, 0, lambda y: f"🎂 Campinas {y - 1774} anos: a programação "
                                               f"do aniversário")
    feasts += _yearly("09-07", 0, 0, lambda y: f"🇧🇷 7 de Setembro: {y - 1822} anos da "
                                               f"Independência")
    return _calendar(base, news, feasts)


def campinas_style() -> PublisherStyle:
    """A Portuguese regional daily (Campinas): a section kicker (editoria), the city, the
    weekday and the date turned "Publicado em" with the date and the time on the city's
    birthday 2018 (a wording per day), "Por" turned the name and a role, a town of the
    region with the state, "LEIA TAMBÉM:" (up to twice), "Continua após a publicidade"
    mid-body, a photo credit naming the paper, the dollar in reais on working days, the
    winter, the dry spell and the storms, a social line turned a messenger appeal and turned
    by the 2015 water crisis, the impeachment votes, four rounds of votes, the truckers'
    strike, the 2020 quarantine and the put-off municipal votes, the carnival, the city's
    birthday and Independence with their counts, a subscription price rising, a copyright
    line and a line citing the copyright law (a block), a rare correction."""
    return PublisherStyle(
        domain="gazetacampineira.com.br", site="Gazeta Campineira", base_size=245,
        subdomains=(("www.", 85), ("", 15)),
        sections=("cidades", "politica", "economia", "esportes", "regiao", "cultura"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{n}-{slug}.html",
        pools={
            "editoria": ("CIDADES", "POLÍTICA", "ECONOMIA", "ESPORTES", "REGIÃO", "CULTURA",
                         "POLÍCIA", "EDUCAÇÃO"),
            "cidade": ("Hortolândia", "Sumaré", "Valinhos", "Indaiatuba", "Paulínia",
                       "Americana", "Vinhedo", "Jaguariúna"),
            "cargo": ("repórter", "editor de Cidades", "colaborador", "repórter especial",
                      "estagiário sob supervisão"),
        },
        families=(
            _f("editoria", HEADER, 0.45, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_cp_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (CP_REDESIGN.isoformat(), "{author} — {cargo}")),
            _f("local", HEADER, 0.2, (_OLD, "{cidade} (SP) —")),
            _f("leia", MIDDLE, 0.35, (_OLD, "LEIA TAMBÉM: {other_title}"), count=2),
            _f("continua", MIDDLE, 0.15, (_OLD, "Continua após a publicidade")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}/Gazeta Campineira")),
            _f("dolar", FOOTER, 0.2, *_by_day(_cp_dollar)),
            _f("tempo", FOOTER, 0.12, *_seasons(
                ("06-21", "❄️ Inverno: madrugadas frias na região; a campanha do agasalho "
                          "recebe doações"),
                ("08-01", "🌵 Tempo seco: umidade do ar abaixo de 30% à tarde; beba água e "
                          "evite exercícios ao sol"),
                ("10-01", "⛈️ Temporada de chuvas: a Defesa Civil alerta para temporais e "
                          "alagamentos"))),
            _f("aviso", FOOTER, 0.3, *_cp_notice()),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assine a Gazeta: R$ 19,90 por mês"),
               ("2017-03-01", "Assine a Gazeta: R$ 24,90 por mês"),
               ("2020-01-06", "Assinatura digital: R$ 1,90 no primeiro mês, depois R$ 29,90")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Gazeta Campineira. Todos os direitos "
                                                "reservados.")),
            _f("lei", FOOTER, 0.2, (_OLD, "É proibida a reprodução deste conteúdo sem "
                                          "autorização prévia (Lei 9.610/98).")),
            _f("errata", HEADER, 0.04, (_OLD, "ERRATA: uma versão anterior desta reportagem "
                                              "trazia o nome do bairro errado.")),
        ),
    )


# --- a Portuguese daily (Luanda, Angola) ------------------------------------------------------

AO_REDESIGN = dt.date(2017, 11, 11)  # relaunched on Independence Day
AO_WHATSAPP = dt.date(2019, 6, 3)


def _ao_dated(day: dt.date) -> str:
    if day < AO_REDESIGN:
        return (f"Luanda, {PT_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{PT_MONTHS[day.month - 1].capitalize()} de {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def aoa_rate(day: dt.date) -> float:
    """The made-up reference rate of a dollar in kwanzas on `day`'s working day: about 103
    early in 2015, held near 166 from 2016 to the float of January 2018, then about 310 at
    the end of 2018, 480 at the end of 2019 and 650 late in 2020."""
    work = working_day(day)
    base = broken_line(work, (("2015-01-01", 103.0), ("2015-12-31", 135.0),
                              ("2016-04-15", 165.9), ("2018-01-08", 166.0),
                              ("2018-06-30", 250.0), ("2018-12-31", 309.0),
                              ("2019-08-31", 370.0), ("2019-12-31", 482.0),
                              ("2020-06-30", 580.0), ("2020-10-31", 660.0),
                              ("2021-01-10", 650.0)))
    wobble = 10 if work >= dt.date(2018, 1, 8) else 1
    return round(base + made_up(work, "aoa", -50, 50) * wobble / 1000, 3)


def _ao_rate(day: dt.date) -> str:
    return f"Câmbio BNA (referência): 1 USD = {comma(aoa_rate(day), 3)} Kz"


def _ao_notice() -> Wordings:
    base = _steps((_OLD, "Siga-nos no Facebook: Jornal Kianda"),
                  (AO_WHATSAPP.isoformat(), "📲 Notícias no WhatsApp: envie KIANDA para "
                                            "+244 900 000 000"))
    news: list[Event] = [
        _span("2016-02-01", "2016-04-30", "🦟 Febre amarela: os postos de vacinação em "
                                          "Luanda"),
        _vote("2017-08-23", "🗳️ Eleições Gerais 2017: resultados provisórios da CNE",
              before=6, after=3),
        _span("2018-11-06", "2018-11-20", "🚔 Operação Resgate: o que muda para zungueiras e "
                                          "taxistas"),
        _span("2020-03-27", "2020-05-25", "😷 Estado de emergência: fique em casa, saia só "
                                          "para o essencial"),
        _span("2020-05-26", "2020-07-31", "😷 Situação de calamidade pública: máscara "
                                          "obrigatória e cerca sanitária em Luanda"),
    ]
    feasts = _yearly("11-11", 1, 0, lambda y: f"🇦🇴 {y - 1975} anos de Independência "
                                              f"Nacional")
    feasts += _yearly("04-04", 0, 0, lambda y: f"🕊️ 4 de Abril, Dia da Paz: {y - 2002} anos "
                                               f"de paz")
    feasts += _yearly("02-04", 0, 0, lambda _: "🇦🇴 4 de Fevereiro: Dia do Início da Luta "
                                               "Armada")
    feasts += _yearly("09-17", 0, 0, lambda _: "🇦🇴 17 de Setembro: Dia do Fundador da Nação "
                                               "e do Herói Nacional")
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Carnaval de Luanda {y}: o "
                                                         f"desfile na Nova Marginal")
    return _calendar(base, news, feasts)


def luanda_style() -> PublisherStyle:
    """A Portuguese daily (Luanda): a section kicker, the city, the weekday and the date with
    its month capitalised turned a dotted date and the time on Independence Day 2017 (a
    wording per day), "Texto:" turned with the paper's name, a province's dateline, "VEJA
    TAMBÉM:" (up to twice), a photo credit (DR among them), the central bank's reference
    rate in kwanzas on working days (the float of 2018), the cacimbo and the rains, a social
    line turned a messenger appeal and turned by yellow fever, the 2017 vote, a police
    operation, the 2020 state of emergency and calamity, Independence and Peace Day with
    their counts, the fourth of February, Heroes' Day and the carnival, the cover price
    rising, a copyright line and the newsroom's address (a block), a rare power cut."""
    return PublisherStyle(
        domain="jornalkianda.co.ao", site="Jornal Kianda", base_size=220,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("politica", "sociedade", "economia", "provincias", "desporto", "cultura"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrica": ("Política", "Sociedade", "Economia", "Províncias", "Desporto",
                        "Cultura", "Mundo"),
            "provincia": ("BENGUELA", "HUAMBO", "LUBANGO", "MALANJE", "CABINDA", "SAURIMO",
                          "MOÇÂMEDES", "UÍGE"),
            "foto": ("Arquivo", "Jornal Kianda", "DR", "Lusa", "Facebook"),
        },
        families=(
            _f("rubrica", HEADER, 0.4, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.8, *_by_day(_ao_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Texto: {author}"),
               (AO_REDESIGN.isoformat(), "Por {author} | Jornal Kianda")),
            _f("local", HEADER, 0.2, (_OLD, "{provincia} –")),
            _f("veja", MIDDLE, 0.35, (_OLD, "VEJA TAMBÉM: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("cambio", FOOTER, 0.2, *_by_day(_ao_rate)),
            _f("epoca", FOOTER, 0.12, *_seasons(
                ("05-15", "🍃 Cacimbo: manhãs frias e neblina no litoral; agasalhe as "
                          "crianças"),
                ("09-15", "🌧️ Época das chuvas: atenção às ravinas e às zonas de risco"))),
            _f("aviso", FOOTER, 0.3, *_ao_notice()),
            _f("preco", FOOTER, 0.15, (_OLD, "Preço: 150 Kz"), ("2016-01-04", "Preço: 200 Kz"),
               ("2019-01-07", "Preço: 300 Kz · Assinatura digital: 3.000 Kz por mês")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Jornal Kianda. Todos os direitos "
                                                "reservados.")),
            _f("morada", FOOTER, 0.2, (_OLD, "Redacção: Rua Rainha Ginga, n.º 00, Luanda · "
                                             "Tel.: +244 222 000 000")),
            _f("luz", HEADER, 0.04, (_OLD, "⚠️ Corte de energia programado hoje nos bairros "
                                           "Maianga e Alvalade, das 8h às 14h")),
        ),
    )


# --- a Portuguese daily (Maputo, Mozambique) --------------------------------------------------

MZ_REDESIGN = dt.date(2018, 6, 25)  # relaunched on Independence Day
MZ_WHATSAPP = dt.date(2019, 8, 5)


def _mz_dated(day: dt.date) -> str:
    if day < MZ_REDESIGN:
        return (f"Maputo, {PT_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de "
                f"{PT_MONTHS[day.month - 1].capitalize()} de {day.year}")
    return (f"Actualizado: {day.day} {PT_MONTHS[day.month - 1][:3].capitalize()} "
            f"{day.year}, {{time}}")


def mzn_rate(day: dt.date) -> float:
    """The made-up buying rate of a dollar in meticais on `day`'s working day (about 33.5
    early in 2015, 78 in October 2016, 60 from mid-2017 to 2019, 74 late in 2020)."""
    work = working_day(day)
    base = broken_line(work, (("2015-01-01", 33.5), ("2015-12-31", 46.0), ("2016-10-15", 78.0),
                              ("2017-06-30", 60.0), ("2018-12-31", 61.5), ("2019-12-31", 61.5),
                              ("2020-07-31", 70.5), ("2020-12-31", 74.7), ("2021-01-10", 74.5)))
    return round(base + made_up(work, "mzn", -30, 30) / 100, 2)


def _mz_rate(day: dt.date) -> str:
    return f"Câmbio do dia: 1 USD = {comma(mzn_rate(day))} MT"


def _mz_notice() -> Wordings:
    base = _steps((_OLD, "Siga a Voz do Índico no Facebook e no Twitter"),
                  (MZ_WHATSAPP.isoformat(), "📲 Receba as notícias pelo WhatsApp: "
                                            "+258 84 000 0000"))
    news: list[Event] = [
        _vote("2018-10-10", "🗳️ Autárquicas 2018: resultados por município", before=6,
              after=3),
        _span("2019-03-14", "2019-04-14", "🌀 Ciclone Idai: como ajudar as vítimas na Beira e "
                                          "em Manica"),
        _span("2019-04-25", "2019-05-05", "🌀 Ciclone Kenneth: alerta vermelho em Cabo "
                                          "Delgado"),
        _vote("2019-10-15", "🗳️ Eleições Gerais 2019: resultados da CNE e do STAE", before=6,
              after=3),
        _span("2020-04-01", "2020-09-06", "😷 Estado de Emergência: use máscara nos chapas e "
                                          "nos mercados"),
    ]
    feasts = _yearly("06-25", 1, 0, lambda y: f"🇲🇿 {y - 1975} anos de Independência "
                                              f"Nacional")
    feasts += _yearly("02-03", 0, 0, lambda _: "🇲🇿 3 de Fevereiro: Dia dos Heróis "
                                               "Moçambicanos")
    feasts += _yearly("04-07", 0, 0, lambda _: "🌺 7 de Abril: Dia da Mulher Moçambicana")
    feasts += _yearly("10-04", 0, 0, lambda y: f"🕊️ Dia da Paz e Reconciliação: {y - 1992} "
                                               f"anos do Acordo Geral de Paz")
    feasts += _yearly("11-10", 0, 0, lambda y: f"🏙️ Maputo celebra {y - 1887} anos de "
                                               f"cidade")
    return _calendar(base, news, feasts)


def maputo_style() -> PublisherStyle:
    """A Portuguese daily (Maputo): a section kicker, the city, the weekday and the date with
    their capitals turned "Actualizado:" with a short month and the time on Independence Day
    2018 (a wording per day), "Por" turned with the newsroom, a province's dateline, "Leia
    mais:" (up to twice), a photo credit naming the paper, the metical's rate on working
    days, the rains and cyclones and the cool season, a social line turned a messenger
    appeal and turned by two votes, cyclones Idai and Kenneth and the 2020 state of
    emergency, Independence, Peace Day and the city's count, Heroes' Day and Women's Day, a
    subscription price rising, a copyright line and a republication line (a block), a rare
    water cut."""
    return PublisherStyle(
        domain="vozdoindico.co.mz", site="Voz do Índico", base_size=195,
        subdomains=(("www.", 100),),
        sections=("nacional", "politica", "economia", "sociedade", "desporto", "mundo"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "editoria": ("Nacional", "Política", "Economia", "Sociedade", "Desporto", "Mundo",
                         "Opinião"),
            "provincia": ("BEIRA", "NAMPULA", "PEMBA", "QUELIMANE", "TETE", "XAI-XAI",
                          "INHAMBANE", "CHIMOIO", "LICHINGA"),
        },
        families=(
            _f("editoria", HEADER, 0.35, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.75, *_by_day(_mz_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (MZ_REDESIGN.isoformat(), "{author} – Redacção Maputo")),
            _f("local", HEADER, 0.2, (_OLD, "({provincia})")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia mais: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}/Voz do Índico")),
            _f("metical", FOOTER, 0.2, *_by_day(_mz_rate)),
            _f("epoca", FOOTER, 0.12, *_seasons(
                ("04-15", "🌾 Época fresca: está a decorrer a campanha de comercialização "
                          "agrícola"),
                ("11-01", "🌀 Época chuvosa e ciclónica: acompanhe os alertas do INAM"))),
            _f("aviso", FOOTER, 0.3, *_mz_notice()),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assinatura anual: 6.000 MT"),
               ("2017-01-02", "Assinatura anual: 7.500 MT"),
               ("2020-03-02", "Assinatura digital: 500 MT por mês")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Voz do Índico. Todos os direitos "
                                                "reservados.")),
            _f("reproducao", FOOTER, 0.2, (_OLD, "A reprodução dos conteúdos só é permitida com "
                                                 "citação da fonte e ligação para o "
                                                 "original.")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ Interrupção no abastecimento de água hoje na "
                                            "Matola e na Machava")),
        ),
    )


# --- a Chinese daily (Macau) ------------------------------------------------------------------

MO_REDESIGN = dt.date(2019, 12, 20)  # relaunched on the handover's 20th anniversary
MO_WECHAT = dt.date(2018, 9, 3)


def _mo_dated(day: dt.date) -> str:
    if day < MO_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]}"
    return f"{day.year}-{day.month:02d}-{day.day:02d} {{time}}"


def mop_rate(day: dt.date) -> float:
    """The made-up selling rate of a dollar in patacas on `day`'s working day (the pataca
    follows the Hong Kong dollar: 7.99 to 8.09)."""
    work = working_day(day)
    base = broken_line(work, (("2015-01-01", 7.99), ("2016-06-30", 8.00), ("2018-06-30", 8.08),
                              ("2020-04-30", 8.06), ("2021-01-10", 7.99)))
    return round(base + made_up(work, "mop", -9, 9) / 1000, 4)


def _mo_rate(day: dt.date) -> str:
    return f"美元兌澳門元：{mop_rate(day):.4f}"


def _mo_dragon(y: int) -> str:
    if y == 2020:
        return "🐉 今年龍舟賽取消：端午節請做好防疫"
    return f"🐉 {y}澳門國際龍舟賽：南灣湖賽場交通安排"


def _mo_notice() -> Wordings:
    base = _steps((_OLD, "歡迎讚好本報 Facebook 專頁"),
                  (MO_WECHAT.isoformat(), "📲 關注本報微信公眾號，第一時間掌握澳門新聞"))
    news: list[Event] = [
        _span("2017-08-23", "2017-08-31", "🌀 天鴿風災：停水停電資訊及求助熱線"),
        _vote("2017-09-17", "🗳️ 立法會選舉：投票站上午九時至晚上九時開放", before=6),
        _span("2018-09-15", "2018-09-18", "🌀 颱風山竹：低窪地區居民請盡快撤離"),
        _vote("2019-08-25", "🗳️ 行政長官選舉：選舉委員會今日投票", before=3),
        _span("2020-02-05", "2020-02-20", "😷 新冠肺炎：娛樂場暫停營業，市民減少外出"),
    ]
    feasts = _yearly("12-20", 1, 0, lambda y: f"🇲🇴 慶祝澳門回歸祖國{y - 1999}周年")
    feasts += _movable(_listed(LUNAR_NEW_YEAR), 1, 2, lambda y: f"🧧 {ZODIAC[y]}年大吉："
                                                                f"恭祝讀者新春快樂")
    feasts += _movable(_listed(DRAGON_BOAT), 0, 0, _mo_dragon)
    feasts += _movable(_listed(GRAND_PRIX), 3, 0, lambda y: f"🏎️ 第{y - 1953}屆澳門格蘭披治"
                                                            f"大賽車：封路及交通安排")
    return _calendar(base, news, feasts)


def macau_style() -> PublisherStyle:
    """A Chinese daily (Macau): a section kicker, the date with the weekday turned a dashed
    date and the time on the handover's anniversary 2019 (a wording per day), "本報記者"
    turned "記者：", "延伸閱讀：" (up to twice), a photo source, the pataca's rate on working
    days, the humid spring, the typhoons and the dry months, a social line turned a WeChat
    appeal and turned by typhoons Hato and Mangkhut, two votes and the casinos shut in 2020,
    the handover with its count, the Lunar New Year with the year's animal, the dragon boats
    (called off in 2020) and the Grand Prix with its count, a subscription price rising, a
    copyright line and the address (a block), a rare road closure."""
    return PublisherStyle(
        domain="lintouyatpou.com.mo", site="蓮島日報", base_size=170,
        subdomains=(("www.", 100),),
        sections=("macau", "economy", "society", "sports", "china", "world"),
        n_authors=6, url_path="/html/{yyyy}-{mm}/{dd}/content_{n}.htm",
        pools={
            "lanmu": ("澳聞", "經濟", "社會", "體育", "兩岸", "國際", "博彩"),
            "tupian": ("本報資料圖片", "新聞局圖片", "網上圖片", "讀者提供"),
        },
        families=(
            _f("lanmu", HEADER, 0.35, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.75, *_by_day(_mo_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "本報記者 {author}"),
               ("2017-01-03", "【本報訊】記者 {author}"),
               (MO_REDESIGN.isoformat(), "記者：{author}")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.2, (_OLD, "圖片來源：{tupian}")),
            _f("huilu", FOOTER, 0.2, *_by_day(_mo_rate)),
            _f("jijie", FOOTER, 0.12, *_seasons(
                ("02-20", "💧 回南天：室內潮濕，注意防霉"),
                ("05-01", "🌀 颱風季節：留意氣象局熱帶氣旋信號"),
                ("11-01", "🍂 天氣乾燥：注意防火及補充水分"))),
            _f("gaoshi", FOOTER, 0.3, *_mo_notice()),
            _f("dingyue", FOOTER, 0.15, (_OLD, "訂閱本報：每月澳門元120"),
               ("2018-01-02", "訂閱本報：每月澳門元150"),
               ("2020-07-01", "訂閱本報：每月澳門元150，電子版每月澳門元60")),
            _f("banquan", FOOTER, 0.45, (_OLD, "©{year} 蓮島日報 版權所有，未經許可不得轉載")),
            _f("dizhi", FOOTER, 0.2, (_OLD, "地址：澳門新馬路00號 · 電話：(853) 2800 0000")),
            _f("fenglu", HEADER, 0.04, (_OLD, "⚠️ 今日上午友誼大馬路部分路段封閉，車輛請改道")),
        ),
    )


# --- a Portuguese and Kriolu site (Praia, Cape Verde) -----------------------------------------

CV_REDESIGN = dt.date(2018, 7, 5)  # relaunched on Independence Day
CV_WHATSAPP = dt.date(2019, 1, 21)
CV_VINTI4 = dt.date(2020, 6, 1)


def _cv_dated(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return (f"{PT_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{PT_MONTHS[day.month - 1].capitalize()} {day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} · {{time}}"


def eur_usd(day: dt.date) -> float:
    """The made-up euro in dollars on `day`'s working day (1.21 early in 2015 to 1.05 late in
    2016, 1.24 in April 2018, 1.22 late in 2020)."""
    work = working_day(day)
    base = broken_line(work, (("2015-01-01", 1.21), ("2015-03-15", 1.06), ("2015-12-31", 1.09),
                              ("2016-12-31", 1.05), ("2017-09-08", 1.20), ("2018-04-15", 1.24),
                              ("2018-11-15", 1.13), ("2019-12-31", 1.12), ("2020-03-20", 1.07),
                              ("2020-12-31", 1.22), ("2021-01-10", 1.22)))
    return base + made_up(work, "eur", -40, 40) / 10_000


def cve_rate(day: dt.date) -> float:
    """The dollar in Cape Verdean escudos on `day`'s working day: the escudo is pegged at
    110.265 to the euro."""
    return round(110.265 / eur_usd(day), 2)


def _cv_rate(day: dt.date) -> str:
    return f"Câmbio BCV: 1 dólar = {comma(cve_rate(day))} escudos"


def _cv_sanjon(y: int) -> str:
    if y == 2020:
        return "🥁 Sem Kola San Jon este ano: festas de junho canceladas"
    return f"🥁 Kola San Jon {y}: tambores e navios na festa de Porto Novo"


def _cv_notice() -> Wordings:
    base = _steps((_OLD, "Sigi-nu na Facebook: Achada Notícias"),
                  (CV_WHATSAPP.isoformat(), "📲 Manda-nu bu notísia pa WhatsApp: "
                                            "+238 900 00 00"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Legislativas 2016: resultados por círculo eleitoral",
              before=6, after=2),
        _vote("2016-09-04", "🗳️ Autárquicas 2016: resultados por concelho", before=6,
              after=2),
        _vote("2016-10-02", "🗳️ Presidenciais 2016: resultados provisórios", before=6,
              after=2),
        _span("2020-03-28", "2020-05-29", "😷 Estado de emergência: fika na kasa, uza "
                                          "máskara"),
        _vote("2020-10-25", "🗳️ Autárquicas 2020: resultados por concelho", before=6,
              after=2),
    ]
    feasts = _yearly("07-05", 1, 0, lambda y: f"🇨🇻 {y - 1975} anos de Independência: viva "
                                              f"Cabo Verde!")
    feasts += _yearly("01-20", 0, 0, lambda _: "🇨🇻 20 de Janeiro: Dia dos Heróis Nacionais")
    feasts += _yearly("01-13", 0, 0, lambda y: f"🗳️ Dia da Liberdade e da Democracia: "
                                               f"{y - 1991} anos")
    feasts += _movable(carnival_tuesday, 3, 0, lambda y: f"🎭 Carnaval {y}: os desfiles em "
                                                         f"Mindelo e na Praia")
    feasts += _yearly("05-19", 0, 0, lambda _: "🎶 Festival da Gamboa: a Praia celebra o dia "
                                               "do município")
    feasts += _yearly("06-24", 1, 0, _cv_sanjon)
    return _calendar(base, news, feasts)


def praia_style() -> PublisherStyle:
    """A Portuguese and Kriolu site (Praia): a section kicker, the weekday and the date
    turned a slashed date and the time on Independence Day 2018 (a wording per day), "Por"
    turned with the site's name, "Leia também:" once, a photo credit, a source line, the
    escudo's rate to the dollar on working days (pegged to the euro), the rains and the dry
    haze, a Kriolu social line turned a Kriolu messenger appeal and turned by four votes and
    the 2020 state of emergency, Independence and Democracy Day with their counts, Heroes'
    Day, the carnival, the Gamboa and Kola San Jon (called off in 2020), a support appeal
    turned with a card payment, a copyright line and a quotation line (a block), a rare
    water and power cut."""
    return PublisherStyle(
        domain="achadanoticias.cv", site="Achada Notícias", base_size=150,
        subdomains=(("www.", 100),),
        sections=("sociedade", "politica", "economia", "diaspora", "desporto", "cultura"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "seccao": ("Sociedade", "Política", "Economia", "Diáspora", "Desporto", "Cultura"),
            "fonte": ("Inforpress", "Achada Notícias", "Lusa", "RCV"),
        },
        families=(
            _f("seccao", HEADER, 0.35, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.75, *_by_day(_cv_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (CV_REDESIGN.isoformat(), "{author} / Achada Notícias")),
            _f("leia", MIDDLE, 0.25, (_OLD, "Leia também: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("fonte", FOOTER, 0.2, (_OLD, "Fonte: {fonte}")),
            _f("cambio", FOOTER, 0.2, *_by_day(_cv_rate)),
            _f("epoca", FOOTER, 0.12, *_seasons(
                ("07-15", "🌧️ Tempo das azáguas: os agricultores preparam as sementeiras"),
                ("11-01", "🌫️ Bruma seca: poeira no ar, cuidado com a asma e as alergias"))),
            _f("aviso", FOOTER, 0.3, *_cv_notice()),
            _f("apoio", FOOTER, 0.12, (_OLD, "Apoie o jornalismo independente em Cabo Verde."),
               (CV_VINTI4.isoformat(), "Apoie a Achada Notícias com um cartão vinti4, a "
                                       "partir de 200 escudos")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Achada Notícias")),
            _f("citacao", FOOTER, 0.2, (_OLD, "Conteúdo protegido por direitos de autor: cite "
                                              "a fonte e coloque a ligação para o artigo.")),
            _f("corte", HEADER, 0.04, (_OLD, "⚠️ Falta de água e luz hoje em Achada Santo "
                                             "António e Palmarejo")),
        ),
    )


# --- a Portuguese news portal (Recife, Brazil) ------------------------------------------------

PE_REDESIGN = dt.date(2019, 3, 12)  # relaunched on the city's birthday
PE_WHATSAPP = dt.date(2018, 8, 6)
NEW_MOON = dt.date(2015, 1, 20)


def _pe_dated(day: dt.date) -> str:
    if day < PE_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year}, às {{time}}"
    return (f"{PT_SHORT_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} "
            f"- {{time}}")


def high_tide(day: dt.date) -> tuple[int, int, float]:
    """The made-up morning high tide at the port on `day`: hour, minute and height in metres
    (about 50 minutes later each day; springs near new and full moon)."""
    minutes = (jdn(day) * 50 + 131) % 745
    moon = (day - NEW_MOON).days % 29.53 / 29.53
    height = 2.2 + 0.45 * math.cos(4 * math.pi * moon)
    return minutes // 60, minutes % 60, round(height, 1)


def _pe_tide(day: dt.date) -> str:
    hour, minute, height = high_tide(day)
    return (f"🌊 Tábua de marés (Porto do Recife): preamar às {hour:02d}h{minute:02d}, "
            f"{comma(height, 1)} m")


def _pe_saojoao(y: int) -> str:
    if y == 2020:
        return "🌽 São João 2020 sem festa: o forró fica em casa, nas lives"
    return f"🌽 São João {y}: forró no Pátio de São Pedro e em Caruaru"


def _pe_notice() -> Wordings:
    base = _steps((_OLD, "Siga o Portal Capibaribe no Instagram"),
                  (PE_WHATSAPP.isoformat(), "📲 Entre no nosso grupo de notícias no "
                                            "WhatsApp: (81) 90000-0000"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Eleições 2016: apuração no Recife e em Olinda", before=6),
        _vote("2016-10-30", "🗳️ Segundo turno no Recife: apuração", before=6),
        _vote("2018-10-07", "🗳️ Eleições 2018: apuração para governador de Pernambuco",
              before=6),
        _vote("2018-10-28", "🗳️ Segundo turno 2018: apuração para presidente", before=6),
        _span("2019-10-17", "2019-11-30", "🛢️ Manchas de óleo no litoral: não toque no "
                                          "material e avise os órgãos ambientais"),
        _span("2020-03-21", "2020-06-07", "😷 Quarentena em Pernambuco: atividades suspensas, "
                                          "fique em casa"),
        _vote("2020-11-15", "🗳️ Eleições municipais 2020: apuração no Recife", before=6),
        _vote("2020-11-29", "🗳️ Segundo turno no Recife: apuração", before=6),
    ]
    feasts = _movable(lambda y: carnival_tuesday(y) - dt.timedelta(days=3), 2, 0,
                      lambda y: f"🐓 Galo da Madrugada {y}: o trajeto e o trânsito no centro")
    feasts += _yearly("03-12", 0, 0, lambda y: f"🎂 Recife {y - 1537} anos")
    feasts += _yearly("03-06", 0, 0, lambda y: f"🇧🇷 Data Magna de Pernambuco: {y - 1817} anos "
                                               f"da Revolução Pernambucana",
                      years=range(2017, 2021))
    feasts += _yearly("06-24", 5, 0, _pe_saojoao)
    return _calendar(base, news, feasts)


def recife_style() -> PublisherStyle:
    """A Portuguese news portal (Recife): a kicker (chapéu), "Publicado em" with the date and
    the time turned the short weekday, the date and the time on the city's birthday 2019 (a
    wording per day), "Por" turned with the portal's name, "Veja também:" (up to twice), an
    advert's label and a photo credit mid-body, the morning high tide every day, the rainy
    season and the sharks' warning, a social line turned a messenger appeal and turned by six
    rounds of votes, the 2019 oil spill and the 2020 quarantine, the Galo da Madrugada, the
    city's birthday and the state's Data Magna with their counts and Sao Joao (at home in
    2020), a support appeal turned Pix on its launch day, a rights line (a block), a rare
    water cut."""
    return PublisherStyle(
        domain="portalcapibaribe.com.br", site="Portal Capibaribe", base_size=130,
        subdomains=(("", 80), ("m.", 20)),
        sections=("recife", "pernambuco", "politica", "esportes", "cultura", "carnaval"),
        n_authors=5, url_path="/noticia/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "chapeu": ("RECIFE", "GRANDE RECIFE", "INTERIOR", "POLÍTICA", "ESPORTES",
                       "SÃO JOÃO", "CARNAVAL"),
            "foto": ("Divulgação", "Arquivo", "Reprodução/Instagram", "Portal Capibaribe",
                     "Prefeitura do Recife"),
        },
        families=(
            _f("chapeu", HEADER, 0.35, (_OLD, "{chapeu}")),
            _f("data", HEADER, 0.75, *_by_day(_pe_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (PE_REDESIGN.isoformat(), "{author}, do Portal Capibaribe")),
            _f("veja", MIDDLE, 0.3, (_OLD, "Veja também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.1, (_OLD, "PUBLICIDADE")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("mare", FOOTER, 0.2, *_by_day(_pe_tide)),
            _f("epoca", FOOTER, 0.12, *_seasons(
                ("03-15", "🌧️ Quadra chuvosa: a Apac alerta para chuvas fortes na Região "
                          "Metropolitana"),
                ("08-15", "🦈 Risco de incidentes com tubarão: respeite as placas nas praias de "
                          "Boa Viagem e Piedade"))),
            _f("aviso", FOOTER, 0.3, *_pe_notice()),
            _f("apoio", FOOTER, 0.15, (_OLD, "Apoie o jornalismo local: assine a partir de "
                                             "R$ 9,90 por mês"),
               (PIX_LAUNCH.isoformat(), "Apoie o jornalismo local: faça um Pix para "
                                        "apoie@portalcapibaribe.com.br")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Portal Capibaribe. Proibida a "
                                                "reprodução sem autorização.")),
            _f("falta", HEADER, 0.04, (_OLD, "⚠️ Abastecimento de água suspenso hoje em "
                                             "bairros da Zona Norte")),
        ),
    )


# --- a Portuguese and Kriol community radio (Bissau, Guinea-Bissau) ---------------------------

GW_REDESIGN = dt.date(2018, 9, 24)  # relaunched on Independence Day
GW_FREQ = dt.date(2017, 5, 2)
GW_SMS = dt.date(2019, 1, 7)
GW_ORANGE = dt.date(2019, 6, 3)
GW_PROGRAMMES = ("Notísia di palmanhan ku debate", "Mindjeris na luta", "Djumbai di bairu",
                 "Kampu ku labur", "Gumbé ku tina", "Futibol di regiões",
                 "Kantigas di dumingu")


def _gw_dated(day: dt.date) -> str:
    if day < GW_REDESIGN:
        return f"Bissau, {day.day} de {PT_MONTHS[day.month - 1]} de {day.year}"
    return (f"{KRIOL_WEEKDAYS[day.weekday()].capitalize()}, {day.day:02d}.{day.month:02d}."
            f"{day.year}")


def _gw_today(day: dt.date) -> str:
    return (f"📻 Aós na Rádio Bandim ({KRIOL_WEEKDAYS[day.weekday()]}): "
            f"{GW_PROGRAMMES[day.weekday()]}")


def _gw_notice() -> Wordings:
    base = _steps((_OLD, "Manda bu anunsiu pa SMS: 955 000 000"),
                  (GW_SMS.isoformat(), "📲 WhatsApp di Rádio Bandim: +245 955 000 001"))
    news: list[Event] = [
        _vote("2019-03-10", "🗳️ Legislativas 2019: resultados provisórios da CNE", before=6,
              after=2),
        _vote("2019-11-24", "🗳️ Presidenciais: primeira volta", before=6, after=2),
        _vote("2019-12-29", "🗳️ Presidenciais: segunda volta", before=6, after=2),
        _span("2020-03-28", "2020-06-25", "😷 Stadu di emerjénsia: fika na kasa, laba mon"),
    ]
    feasts = _yearly("09-24", 1, 0, lambda y: f"🇬🇼 {y - 1973} anos di independénsia")
    feasts += _yearly("08-03", 0, 0, lambda y: f"✊🏿 Pidjiguiti: {y - 1959} anos")
    feasts += _yearly("01-20", 0, 0, lambda _: "🇬🇼 Dia dos Heróis Nacionais: Amílcar Cabral")
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Karnaval {y} na Bissau")
    return _calendar(base, news, feasts)


def bissau_style() -> PublisherStyle:
    """A Portuguese and Kriol community radio (Bissau): its frequency turned two, the day's
    programme in Kriol by weekday (turning every day), the city and the date turned the
    Kriol weekday and a dotted date on Independence Day 2018 (a wording per day), "Texto:"
    turned with the radio's name, "Obi tambi:" once, the cashew campaign, the rains and the
    dry season, an SMS line turned a messenger appeal and turned by three votes and the 2020
    state of emergency, Independence and Pidjiguiti with their counts, Heroes' Day and the
    carnival, a support appeal turned with mobile money and a copyright line (a block), a
    rare off-air notice."""
    return PublisherStyle(
        domain="radiobandim.gw", site="Rádio Bandim", base_size=110,
        subdomains=(("www.", 100),),
        sections=("noticias", "bissau", "regioes", "sociedade", "desporto"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("frequencia", HEADER, 0.3, (_OLD, "Rádio Bandim 94.3 FM · Bissau"),
               (GW_FREQ.isoformat(), "Rádio Bandim 94.3 FM Bissau · 99.1 FM Bafatá")),
            _f("aos", HEADER, 0.2, *_by_day(_gw_today)),
            _f("data", HEADER, 0.6, *_by_day(_gw_dated)),
            _f("jornalista", HEADER, 0.45, (_OLD, "Texto: {author}"),
               ("2019-03-04", "{author}, Rádio Bandim")),
            _f("obi", MIDDLE, 0.2, (_OLD, "Obi tambi: {other_title}")),
            _f("epoca", FOOTER, 0.15, *_seasons(
                ("04-01", "🌰 Campanha de comercialização da castanha de caju em curso"),
                ("06-15", "🌧️ Tempu di tchuba: kuidadu ku iagu na bairus"),
                ("11-01", "☀️ Época seca: cuidado com as queimadas"))),
            _f("aviso", FOOTER, 0.3, *_gw_notice()),
            _f("apoio", FOOTER, 0.15, (_OLD, "A Rádio Bandim é uma rádio comunitária: "
                                             "apoie-nos."),
               (GW_ORANGE.isoformat(), "Djuda Rádio Bandim: Orange Money 955 000 002")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Rádio Bandim, Bissau")),
            _f("korenti", HEADER, 0.04, (_OLD, "⚠️ Emison interrompidu aós di palmanhan: "
                                               "falta di korenti na emisor")),
        ),
    )


# --- a Portuguese site (Sao Tome, Sao Tome and Principe) --------------------------------------

ST_WHATSAPP = dt.date(2019, 7, 12)


def _st_dated(day: dt.date) -> str:
    if day < NEW_DOBRA:
        return (f"São Tomé, {day.day} de {PT_MONTHS[day.month - 1].capitalize()} de "
                f"{day.year}")
    return (f"{PT_WEEKDAYS[day.weekday()].partition('-')[0].capitalize()}, {day.day} "
            f"{PT_MONTHS[day.month - 1][:3].capitalize()} {day.year} {{time}}")


def _st_floripes(y: int) -> str:
    if y == 2020:
        return "🎭 Sem Auto de Floripes este ano: a festa de São Lourenço fica adiada"
    return f"🎭 Auto de Floripes {y}: São Lourenço na cidade de Santo António do Príncipe"


def _st_notice() -> Wordings:
    base = _steps((_OLD, "Siga a Ossobó Notícias no Facebook"),
                  (ST_WHATSAPP.isoformat(), "📲 Notícias pelo WhatsApp: +239 990 0000"))
    news: list[Event] = [
        _vote("2016-07-17", "🗳️ Presidenciais 2016: resultados por distrito", before=6,
              after=2),
        _vote("2016-08-07", "🗳️ Presidenciais: segunda volta", before=6, after=2),
        _vote("2018-10-07", "🗳️ Legislativas, autárquicas e regionais: resultados", before=6,
              after=3),
        _span("2020-03-20", "2020-05-31", "😷 Estado de emergência: use máscara e evite "
                                          "ajuntamentos"),
    ]
    feasts = _yearly("07-12", 1, 0, lambda y: f"🇸🇹 {y - 1975} anos de Independência")
    feasts += _yearly("02-03", 0, 0, lambda y: f"🕯️ Massacre de Batepá: {y - 1953} anos")
    feasts += _yearly("08-15", 1, 0, _st_floripes)
    feasts += _yearly("12-21", 0, 0, lambda _: "🏝️ Dia de São Tomé, padroeiro da cidade")
    return _calendar(base, news, feasts)


def saotome_style() -> PublisherStyle:
    """A Portuguese site (Sao Tome): a section kicker, the city and the date turned the
    weekday, a short month and the time on the new dobra's day (a wording per day), "Por",
    "Leia ainda:" once, a photo credit, the euro in dobras turned with the new dobra, the
    rains, the gravana and the gravanito, a social line turned a messenger appeal and turned
    by three votes and the 2020 state of emergency, Independence and Batepa with their
    counts, the Auto de Floripes (put off in 2020) and the city's patron, a subscription
    price in old dobras turned new dobras and rising, a copyright line (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="ossobonoticias.st", site="Ossobó Notícias", base_size=90,
        subdomains=(("www.", 100),),
        sections=("politica", "sociedade", "economia", "principe", "desporto"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"rubrica": ("Política", "Sociedade", "Economia", "Príncipe", "Desporto",
                           "Diáspora")},
        families=(
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.65, *_by_day(_st_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}")),
            _f("leia", MIDDLE, 0.2, (_OLD, "Leia ainda: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("cambio", FOOTER, 0.2, (_OLD, "Câmbio: 1 euro = 24.500 dobras"),
               (NEW_DOBRA.isoformat(), "Câmbio: 1 euro = 24,5 dobras (nova dobra, STN)")),
            _f("epoca", FOOTER, 0.12, *_seasons(
                ("01-25", "🌧️ Época das chuvas: cuidado nas estradas do Sul"),
                ("06-01", "🌤️ Gravana: tempo seco e fresco até Setembro"),
                ("09-15", "🌧️ Época das chuvas: cuidado nas estradas do Sul"),
                ("12-20", "🌤️ Gravanito: uma pausa nas chuvas"))),
            _f("aviso", FOOTER, 0.3, *_st_notice()),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assinatura mensal: 150.000 dobras"),
               (NEW_DOBRA.isoformat(), "Assinatura mensal: 150 dobras"),
               ("2020-01-06", "Assinatura mensal: 175 dobras")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Ossobó Notícias. Reprodução proibida "
                                                "sem autorização.")),
            _f("energia", HEADER, 0.04, (_OLD, "⚠️ Corte de energia hoje na cidade de São Tomé: "
                                               "a EMAE pede desculpa")),
        ),
    )


# --- a Tetum site (Dili, Timor-Leste) ---------------------------------------------------------

TL_REDESIGN = dt.date(2019, 8, 30)  # relaunched on the ballot's twentieth anniversary
TL_WHATSAPP = dt.date(2018, 10, 1)
TL_BANK = dt.date(2020, 2, 3)


def _tl_dated(day: dt.date) -> str:
    if day < TL_REDESIGN:
        return (f"Dili, {TETUM_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{TETUM_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} · {{time}} · Dili"


def petrol_cents(day: dt.date) -> int:
    """The made-up price of a litre of petrol in US cents in `day`'s month (set on the
    first of each month)."""
    return made_up(day.replace(day=1), "gazolina", 88, 128)


def _tl_petrol(day: dt.date) -> str:
    return (f"⛽ Presu gazolina fulan {TETUM_MONTHS[day.month - 1]}: US$ "
            f"{comma(petrol_cents(day) / 100)} kada litru")


def _tl_notice() -> Wordings:
    base = _steps((_OLD, "Tuir ami iha Facebook: Tais Diariu"),
                  (TL_WHATSAPP.isoformat(), "📲 Haruka notísia liuhusi WhatsApp: "
                                            "+670 7700 0000"))
    news: list[Event] = [
        _vote("2017-03-20", "🗳️ Eleisaun Prezidensiál 2017: rezultadu provizóriu", before=5,
              after=2),
        _vote("2017-07-22", "🗳️ Eleisaun Parlamentár 2017: rezultadu husi STAE", before=5,
              after=2),
        _vote("2018-05-12", "🗳️ Eleisaun antesipada: rezultadu husi STAE", before=5,
              after=2),
        _span("2020-03-28", "2020-06-26", "😷 Estadu emerjénsia: hela iha uma, fase liman"),
    ]
    feasts = _yearly("05-20", 1, 0, lambda y: f"🇹🇱 Restaurasaun Independénsia: tinan "
                                              f"{y - 2002}")
    feasts += _yearly("11-28", 0, 0, lambda y: f"🇹🇱 Proklamasaun Independénsia: tinan "
                                               f"{y - 1975}")
    feasts += _yearly("08-30", 0, 0, lambda y: f"🗳️ Konsulta Populár: tinan {y - 1999}")
    feasts += _yearly("11-12", 0, 0, lambda y: f"🕯️ Masakre Santa Cruz: tinan {y - 1991}")
    return _calendar(base, news, feasts)


def dili_style() -> PublisherStyle:
    """A Tetum site (Dili): a section kicker, the city, the Tetum weekday and the date turned
    a slashed date, the time and the city on the ballot's anniversary 2019 (a wording per
    day), "Jornalista:" turned "Hakerek na'in:", "Lee mós:" once, a photo credit, the price
    of petrol every month, the rains and the dry season, a social line turned a messenger
    appeal and turned by three votes and the 2020 state of emergency, the restoration and
    the proclamation of independence, the popular consultation and Santa Cruz with their
    counts, a support appeal turned a bank transfer and a copyright line (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="taisdiariu.tl", site="Tais Diariu", base_size=70,
        subdomains=(("www.", 100),),
        sections=("politika", "ekonomia", "sosiedade", "saude", "desportu"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"rubrika": ("Polítika", "Ekonomia", "Sosiedade", "Saúde", "Desportu",
                           "Munisípiu")},
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.6, *_by_day(_tl_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "Jornalista: {author}"),
               (TL_REDESIGN.isoformat(), "Hakerek na'in: {author}")),
            _f("lee", MIDDLE, 0.2, (_OLD, "Lee mós: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("gazolina", FOOTER, 0.2, *_by_day(_tl_petrol)),
            _f("tempu", FOOTER, 0.15, *_seasons(
                ("05-15", "☀️ Tempu bailoron: poupa bee"),
                ("11-15", "🌧️ Tempu udan: kuidadu ho inundasaun no rai-halai"))),
            _f("avizu", FOOTER, 0.3, *_tl_notice()),
            _f("apoiu", FOOTER, 0.15, (_OLD, "Apoia jornalizmu independente iha Timor-Leste."),
               (TL_BANK.isoformat(), "Fó apoiu ba Tais Diariu: transferénsia ba konta "
                                     "0000-000000")),
            _f("direitu", FOOTER, 0.35, (_OLD, "© {year} Tais Diariu")),
            _f("eletrisidade", HEADER, 0.04, (_OLD, "⚠️ Eletrisidade mate ohin dadeer iha "
                                                    "Comoro no Bairro Pite")),
        ),
    )


# --- a Japanese community weekly (Liberdade, Sao Paulo, Brazil) -------------------------------

JP_REDESIGN = dt.date(2018, 6, 18)  # relaunched on the immigration's 110th anniversary
JP_LINE = dt.date(2019, 4, 1)
FIRST_ISSUE = dt.date(1995, 1, 6)  # a Friday


def jp_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number and the Friday it came out (a new one every Friday)."""
    friday = day - dt.timedelta(days=(day.weekday() - 4) % 7)
    return (friday - FIRST_ISSUE).days // 7 + 1, friday


def _jp_issue(day: dt.date) -> str:
    number, friday = jp_issue(day)
    return f"第{number}号 {friday.year}年{friday.month}月{friday.day}日（金曜日）"


def _jp_dated(day: dt.date) -> str:
    if day < JP_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
    return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"


def _jp_rate(day: dt.date) -> str:
    return f"【為替】1ドル＝{brl_rate(day):.2f}レアル"


def _jp_festival(y: int) -> str:
    if y == 2020:
        return "🎌 今年の日本祭りは中止となりました"
    return f"🎌 日本祭り{y}：会場へのアクセスと郷土食の出店案内"


def _jp_tanabata(y: int) -> str:
    if y == 2020:
        return "🎋 今年の七夕祭りはオンラインで開催"
    return f"🎋 リベルダーデ七夕祭り{y}：短冊に願いを"


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "フェイスブックで最新ニュースを配信中"),
                  (JP_LINE.isoformat(), "📲 LINEで記事を配信中：友だち追加をお願いします"))
    news: list[Event] = [
        _span("2018-07-18", "2018-07-28", "🌸 眞子内親王殿下ご来伯：移民110周年記念式典"),
        _vote("2018-10-07", "🗳️ ブラジル総選挙：投票は義務、身分証明書を忘れずに", before=5),
        _vote("2018-10-28", "🗳️ 大統領選挙決選投票", before=5),
        _span("2020-03-24", "2020-07-05", "😷 サンパウロ州で外出自粛：不要不急の外出は"
                                          "控えましょう"),
        _vote("2020-11-15", "🗳️ 統一地方選挙：投票は義務です", before=5),
        _vote("2020-11-29", "🗳️ サンパウロ市長選挙決選投票", before=5),
    ]
    feasts = _yearly("06-18", 1, 0, lambda y: f"🚢 ブラジル日本移民{y - 1908}周年")
    feasts += _yearly("07-07", 2, 0, _jp_tanabata)
    feasts += _movable(lambda y: nth_weekday(y, 7, 4, 3), 0, 2, _jp_festival)
    return _calendar(base, news, feasts)


def liberdade_style() -> PublisherStyle:
    """A Japanese community weekly (Liberdade, Sao Paulo): the issue number and its Friday
    (turning every Friday), the date with the weekday turned a slashed date and the time on
    the immigration's 110th anniversary (a wording per day), "文＝" turned "文・写真＝",
    "【関連記事】" once, a photo source, the real against the dollar on working days, the
    winter and the summer, a social line turned a LINE appeal and turned by a princess's
    visit, four votes and the 2020 stay-at-home, the immigration's anniversary with its
    count, the Tanabata (online in 2020) and the Festival do Japao (called off in 2020), a
    subscription price rising, a copyright line (a block), a rare notice of an early
    issue."""
    return PublisherStyle(
        domain="liberdadeshuho.com.br", site="リベルダーデ週報", base_size=52,
        subdomains=(("www.", 100),),
        sections=("colonia", "brasil", "keizai", "bunka", "sports"),
        n_authors=3, url_path="/{section}/{yyyy}{mm}{dd}-{n}.html",
        pools={"shashin": ("本紙", "サンパウロ総領事館提供", "文協提供", "読者提供")},
        families=(
            _f("gou", HEADER, 0.35, *_by_day(_jp_issue)),
            _f("hizuke", HEADER, 0.6, *_by_day(_jp_dated)),
            _f("kisha", HEADER, 0.4, (_OLD, "文＝{author}"),
               (JP_REDESIGN.isoformat(), "文・写真＝{author}")),
            _f("kanren", MIDDLE, 0.2, (_OLD, "【関連記事】{other_title}")),
            _f("shashin", MIDDLE, 0.15, (_OLD, "写真提供＝{shashin}")),
            _f("kawase", FOOTER, 0.2, *_by_day(_jp_rate)),
            _f("kisetsu", FOOTER, 0.12, *_seasons(
                ("06-01", "🧥 冬：サンパウロは朝晩冷え込みます。体調管理にご注意を"),
                ("12-01", "☀️ 夏：夕立と落雷、冠水に注意"))),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("kodoku", FOOTER, 0.15, (_OLD, "年間購読料：R$ 240"),
               ("2017-01-06", "年間購読料：R$ 280"),
               ("2020-01-03", "年間購読料：R$ 320（電子版R$ 150）")),
            _f("chosakuken", FOOTER, 0.35, (_OLD, "© {year} リベルダーデ週報 無断転載を禁じます")),
            _f("hakko", HEADER, 0.04, (_OLD, "⚠️ 祝日のため、次号は木曜日の発行となります")),
        ),
    )


# --- a Portuguese community site (Santarem, Para, Brazil) -------------------------------------

SA_BYLINE = dt.date(2019, 6, 22)  # from the city's birthday
SA_WHATSAPP = dt.date(2019, 2, 4)


def _sa_dated(day: dt.date) -> str:
    return f"Santarém (PA), {day.day} de {PT_MONTHS[day.month - 1]} de {day.year}"


def river_level(day: dt.date) -> float:
    """The made-up level of the river at the port on `day` in metres (highest in May, lowest
    in November)."""
    season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 135) / 365.25)
    return round(4.6 + 3.1 * season + made_up(day, "rio", -12, 12) / 100, 2)


def _sa_river(day: dt.date) -> str:
    return f"🌊 Nível do rio Tapajós hoje: {comma(river_level(day))} m (Porto de Santarém)"


def _sa_caire(y: int) -> str:
    if y == 2020:
        return "🐬 Sem Çairé este ano: a festa de Alter do Chão foi cancelada"
    return f"🐬 Çairé {y}: a festa e a disputa dos botos em Alter do Chão"


def _sa_notice() -> Wordings:
    base = _steps((_OLD, "Curta o Tapajós em Pauta no Facebook"),
                  (SA_WHATSAPP.isoformat(), "📲 Mande sua pauta pelo WhatsApp: "
                                            "(93) 90000-0000"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Eleições 2016: apuração em Santarém", before=5),
        _vote("2018-10-07", "🗳️ Eleições 2018: apuração no Pará", before=5),
        _vote("2018-10-28", "🗳️ Segundo turno 2018: apuração", before=5),
        _span("2019-09-14", "2019-09-30", "🔥 Incêndio em Alter do Chão: acompanhe a "
                                          "cobertura"),
        _span("2020-03-20", "2020-06-30", "😷 Santarém em isolamento: só serviços "
                                          "essenciais"),
        _vote("2020-11-15", "🗳️ Eleições municipais 2020: apuração em Santarém", before=5),
    ]
    feasts = _yearly("06-22", 0, 0, lambda y: f"🎂 Santarém {y - 1661} anos")
    feasts += _movable(lambda y: nth_weekday(y, 9, 3, 3), 0, 4, _sa_caire)
    feasts += _movable(lambda y: nth_weekday(y, 11, 6, 2), 1, 0,
                       lambda y: f"🙏 Círio de Nossa Senhora da Conceição {y}: o percurso da "
                                 f"procissão")
    return _calendar(base, news, feasts)


def santarem_style() -> PublisherStyle:
    """A Portuguese community site (Santarem): the city with its state and the date (a
    wording per day), "Por" turned "Reportagem:" on the city's birthday 2019, "Relacionada:"
    once, a photo credit, the river's level every day, the Amazon winter, the beaches and
    the fires, a social line turned a messenger appeal and turned by four votes, the 2019
    fire and the 2020 isolation, the city's birthday with its count, the Cairé (called off
    in 2020) and the Cirio, a support appeal turned Pix on its launch day and a copyright
    line (a block), a rare power cut."""
    return PublisherStyle(
        domain="tapajosempauta.com.br", site="Tapajós em Pauta", base_size=36,
        subdomains=(("", 100),),
        sections=("noticias", "regiao", "ambiente", "cultura"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("data", HEADER, 0.5, *_by_day(_sa_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (SA_BYLINE.isoformat(), "Reportagem: {author}")),
            _f("relacionada", MIDDLE, 0.2, (_OLD, "Relacionada: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("rio", FOOTER, 0.2, *_by_day(_sa_river)),
            _f("epoca", FOOTER, 0.2, *_seasons(
                ("01-01", "🌧️ Inverno amazônico: chuva todo dia, cuidado nas estradas de "
                          "terra"),
                ("07-01", "🏖️ Verão: as praias de Alter do Chão voltam a aparecer"),
                ("09-01", "🔥 Época de queimadas: denuncie focos de incêndio"))),
            _f("aviso", FOOTER, 0.3, *_sa_notice()),
            _f("apoio", FOOTER, 0.15, (_OLD, "Jornalismo independente na Amazônia: apoie o "
                                             "Tapajós em Pauta."),
               (PIX_LAUNCH.isoformat(), "Apoie com um Pix de qualquer valor: "
                                        "pix@tapajosempauta.com.br")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Tapajós em Pauta")),
            _f("desligamento", HEADER, 0.04, (_OLD, "⚠️ Desligamento programado de energia "
                                                    "hoje no bairro Aldeia")),
        ),
    )


# --- a Portuguese and English site for Brazilians (Framingham, Massachusetts) -----------------

US_BYLINE = dt.date(2019, 9, 7)  # bilingual bylines from Brazil's Independence Day
US_WHATSAPP = dt.date(2018, 5, 7)
US_SUPPORT = dt.date(2020, 1, 6)


def _us_dated(day: dt.date) -> str:
    return (f"{day.day} de {PT_MONTHS[day.month - 1]} de {day.year} | "
            f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}")


def _us_rate(day: dt.date) -> str:
    return f"💱 Dólar hoje: US$ 1 = R$ {comma(brl_rate(day))}"


def _us_notice() -> Wordings:
    base = _steps((_OLD, "Curta a Brazuca Mass no Facebook"),
                  (US_WHATSAPP.isoformat(), "📲 Entre no grupo de WhatsApp da comunidade: "
                                            "(508) 000-0000"))
    news: list[Event] = [
        _vote("2018-10-07", "🗳️ Eleições 2018 no exterior: brasileiros votam em Boston",
              before=6),
        _vote("2018-10-28", "🗳️ Segundo turno: votação em Boston, leve documento com foto",
              before=6),
        _span("2020-03-24", "2020-05-18", "😷 Stay-at-home advisory em Massachusetts: fique "
                                          "em casa"),
        _vote("2020-11-03", "🗳️ Election Day: quem é cidadão americano vota hoje", before=5),
    ]
    feasts = _yearly("09-07", 0, 0, lambda y: f"🇧🇷 Independência do Brasil: {y - 1822} anos")
    feasts += _movable(thanksgiving, 0, 0, lambda _: "🦃 Happy Thanksgiving / Feliz Dia de "
                                                     "Ação de Graças")
    feasts += _movable(carnival_tuesday, 3, 0, lambda y: f"🎭 Carnaval {y}: as festas "
                                                         f"brasileiras da região")
    return _calendar(base, news, feasts)


def framingham_style() -> PublisherStyle:
    """A Portuguese and English site for Brazilians (Framingham): the date in Portuguese and
    in English (a wording per day), "Por" turned "Por / By" on Brazil's Independence Day
    2019, "Veja também:" once, the real against the dollar on working days, the winter and
    the summer, a social line turned a messenger appeal and turned by the 2018 votes abroad,
    the 2020 stay-at-home advisory and the US vote, Brazil's Independence with its count,
    Thanksgiving and the carnival, an advertising line turned a support appeal in dollars and
    a copyright line (a block), a rare snow emergency."""
    return PublisherStyle(
        domain="brazucamass.com", site="Brazuca Mass", base_size=24,
        subdomains=(("", 100),),
        sections=("comunidade", "imigracao", "negocios", "esportes"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("data", HEADER, 0.5, *_by_day(_us_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (US_BYLINE.isoformat(), "Por / By {author}")),
            _f("veja", MIDDLE, 0.2, (_OLD, "Veja também: {other_title}")),
            _f("cambio", FOOTER, 0.2, *_by_day(_us_rate)),
            _f("estacao", FOOTER, 0.2, *_seasons(
                ("06-01", "☀️ Verão: festas juninas e churrascos da comunidade"),
                ("11-15", "❄️ Inverno: neve e gelo nas estradas, cuidado ao dirigir"))),
            _f("aviso", FOOTER, 0.3, *_us_notice()),
            _f("apoio", FOOTER, 0.15, (_OLD, "Anuncie na Brazuca Mass: fale com a gente."),
               (US_SUPPORT.isoformat(), "Support local news / Apoie o jornalismo da "
                                        "comunidade: a partir de US$ 5 por mês")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Brazuca Mass, Framingham, MA")),
            _f("neve", HEADER, 0.04, (_OLD, "⚠️ Snow emergency hoje: tire o carro das ruas "
                                            "principais")),
        ),
    )


def heldout107_styles() -> list[PublisherStyle]:
    """The held-back-107 styles, in the order the generator hands them to publishers."""
    return [
        campinas_style(), luanda_style(), maputo_style(), macau_style(), praia_style(),
        recife_style(), bissau_style(), saotome_style(), dili_style(), liberdade_style(),
        santarem_style(), framingham_style(),
    ]
