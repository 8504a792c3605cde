"""The held-back-64 template set (`tests.bench.heldout_templates_64`): its localised dates
(printed day by day, one turning its months lower-case on a spelling reform, one with the
Catalan elided "d'", one with ordinal suffixes, one with press-style month abbreviations, a
forum's abbreviated weekdays and months, several changing form on the day of a redesign or a
software move), the weekly numbers (a weekly paper's issues, an exchange rate, a coffee
price, an observatory's Friday reports, a word of the week), the notices it rewords by date,
the calendars and seasons some notices follow (anniversaries with their counts and ordinals,
days on a weekday of a month, feasts on Easter and Pentecost, midsummer, votes, hurricanes,
storms, an earthquake, the 2020 epidemic, festivals called off, fairs on listed days), the
monthly line, the lines in several languages, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_64 import (
    AZ_REDESIGN,
    AZ_REFORM,
    BS_REDESIGN,
    CA_REDESIGN,
    CP_MONTHS,
    DANISH_MONTHS,
    DK_MONTHLY,
    DK_THEME,
    DUTCH_MONTHS_SHORT,
    DUTCH_WEEKDAYS_SHORT,
    FESTA_DA_UVA,
    FI_REDESIGN,
    FIRST_DAY,
    FR_ISSUE_ZERO,
    FR_REDESIGN,
    LAST_DAY,
    MK_REDESIGN,
    MK_WORDS,
    MS_REDESIGN,
    MX_REDESIGN,
    NL_MIGRATION,
    PORTUGUESE_MONTHS,
    SPANISH_MONTHS,
    SPANISH_WEEKDAYS,
    SWEDISH_WEEKDAYS,
    catalan_of,
    easter,
    easter_plus,
    espirito_santo,
    fiesta_del_cafe,
    foire_de_crete,
    fr_issue,
    fr_thursday,
    jornadas_villistas,
    last_weekday,
    midsummer_eve,
    ms_friday,
    nth_weekday,
    ordinal,
    regatta_saturday,
    sant_joan,
    st_patricks,
    week_day_of,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
    assert_sister_sites_share,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    template,
    wording_on,
    wordings_by_start,
)

SET = "held-back-64"
SITES = ("El Heraldo de la Sierra", "Correio dos Vinhedos", "Kvarkenposten",
         "Veu de Ciutadella", "Eco do Canal", "La Voix du Chablais", "The Exuma Islander",
         "Unama'ki Voice", "Zeilpraat", "Cooperativa Cafetera del Quindío", "Bageglad",
         "The Emerald Isle Bulletin")
MX, BR, FI, CA = ("heraldodelasierra.com.mx", "correiodosvinhedos.com.br", "kvarkenposten.fi",
                  "veudeciutadella.cat")
AZ, FR, BS, MK = ("ecodocanal.pt", "voixduchablais.fr", "exumaislander.bs", "unamakivoice.ca")
NL, CO, DK, MS = ("zeilpraat.nl", "coopcafequindio.com.co", "bageglad.dk",
                  "emeraldislebulletin.ms")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((MX, "fecha"), (BR, "data"), (FI, "datum"), (CA, "data"), (AZ, "data"),
         (FR, "publie"), (BS, "dated"), (MK, "dated"), (NL, "posted"), (DK, "skrevet"),
         (MS, "dated"))

# The families that change with the seasons, the months or the weeks.
PERIODIC = ((MX, "dolar"), (BR, "vindima"), (FI, "farja"), (CA, "vaixell"), (AZ, "barco"),
            (FR, "edition"), (FR, "saison"), (BS, "season"), (MK, "word"), (NL, "seizoen"),
            (CO, "precio"), (CO, "cosecha"), (DK, "maanedens"), (MS, "mvo"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((MX, "aviso"), (BR, "aviso"), (FI, "notis"), (CA, "avis"), (AZ, "aviso"),
           (FR, "avis"), (BS, "notice"), (MK, "notice"), (NL, "mededeling"), (CO, "aviso"),
           (DK, "besked"), (MS, "notice"))

# A day no notice of the set turns for an event on, before any of them was reworded.
QUIET = d(2016, 10, 19)


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert week_day_of(d(2019, 6, 21), 0) == d(2019, 6, 17)
    assert week_day_of(d(2019, 6, 17), 0) == d(2019, 6, 17)
    assert fr_thursday(d(2019, 6, 21)) == d(2019, 6, 20) == fr_thursday(d(2019, 6, 20))
    assert ms_friday(d(2019, 6, 20)) == d(2019, 6, 14) and ms_friday(d(2019, 6, 21)).day == 21
    assert FR_ISSUE_ZERO[0].weekday() == 3 and fr_issue(FR_ISSUE_ZERO[0]) == FR_ISSUE_ZERO[1]
    assert fr_issue(d(2016, 1, 7)) == FR_ISSUE_ZERO[1] + 53
    assert [easter(y) for y in (2016, 2019, 2020)] == [d(2016, 3, 27), d(2019, 4, 21),
                                                        d(2020, 4, 12)]
    assert easter_plus(-49)(2019) == d(2019, 3, 3) and easter_plus(26)(2019) == d(2019, 5, 17)
    assert espirito_santo(2019) == d(2019, 6, 9) and espirito_santo(2020) is None
    assert [midsummer_eve(y) for y in (2015, 2019, 2020)] == [d(2015, 6, 19), d(2019, 6, 21),
                                                              d(2020, 6, 19)]
    assert jornadas_villistas(2019) == d(2019, 7, 20) and jornadas_villistas(2020) is None
    assert foire_de_crete(2019) == d(2019, 9, 5) and foire_de_crete(2020) is None
    assert regatta_saturday(2019) == d(2019, 4, 27) == last_weekday(2019, 4, 5)
    assert regatta_saturday(2020) is None
    assert fiesta_del_cafe(2019) == d(2019, 6, 30) and fiesta_del_cafe(2020) is None
    assert sant_joan(2019) == d(2019, 6, 24) and sant_joan(2020) is None
    assert st_patricks(2019) == d(2019, 3, 17) and st_patricks(2020) is None
    assert nth_weekday(2019, 11, 0, 3) == d(2019, 11, 18)
    assert nth_weekday(2019, 8, 0, 1) == d(2019, 8, 5)
    assert [catalan_of(m) for m in (3, 4, 8, 10, 12)] == ["de març", "d'abril", "d'agost",
                                                           "d'octubre", "de desembre"]
    assert [ordinal(n) for n in (1, 2, 3, 11, 22, 66)] == ["1st", "2nd", "3rd", "11th",
                                                           "22nd", "66th"]


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MX, "fecha", old, "Sábado 5 de marzo de 2016")
    full(MX, "fecha", new, r"21/06/2019 \| \d\d:\d\d hrs")
    full(BR, "data", old, "Sábado, 5 de março de 2016")
    full(BR, "data", new, r"21/06/2019 - \d\d:\d\d \| Atualizado")
    full(FI, "datum", old, r"lördag 5\.3\.2016")
    full(FI, "datum", new, r"Publicerad 21\.06\.2019 kl\. \d\d:\d\d")
    full(CA, "data", old, "Dissabte, 5 de març de 2016")
    full(CA, "data", d(2016, 4, 9), "Dissabte, 9 d'abril de 2016")
    full(CA, "data", new, r"21\.06\.2019 \| \d\d:\d\d h")
    full(AZ, "data", old, "Sábado, 5 de Março de 2016")
    full(AZ, "data", d(2018, 3, 5), "Segunda-feira, 5 de março de 2018")
    full(AZ, "data", new, r"21-06-2019 · \d\d:\d\d")
    full(FR, "publie", old, "Publié le 5 mars 2016")
    full(FR, "publie", d(2016, 3, 1), "Publié le 1er mars 2016")
    full(FR, "publie", new, r"Publié le 21/06/2019 à \d\d:\d\d")
    full(FR, "edition", FIRST_DAY, "Édition du jeudi 1er janvier 2015 · n° 3412")
    full(FR, "edition", d(2015, 1, 7), "Édition du jeudi 1er janvier 2015 · n° 3412")
    full(FR, "edition", d(2015, 1, 8), "Édition du jeudi 8 janvier 2015 · n° 3413")
    full(BS, "dated", old, "Saturday, March 5th, 2016")
    full(BS, "dated", d(2016, 3, 1), "Tuesday, March 1st, 2016")
    full(BS, "dated", d(2016, 3, 22), "Tuesday, March 22nd, 2016")
    full(BS, "dated", new, r"Posted 6/21/2019 at \d{1,2}:\d\d [AP]M")
    full(MK, "dated", old, "Saturday, March 5, 2016")
    full(MK, "dated", new, r"Published June 21, 2019 · Updated \d{1,2}:\d\d [AP]M")
    full(MK, "dated", d(2019, 9, 5), r"Published Sept\. 5, 2019 · Updated \d{1,2}:\d\d [AP]M")
    full(NL, "posted", old, r"Geplaatst: za 5 mrt 2016, \d\d:\d\d")
    full(NL, "posted", new, r"Gepost op 21-06-2019 om \d\d:\d\d")
    full(DK, "skrevet", old, "Lørdag den 5. marts 2016")
    full(DK, "skrevet", new, r"21\. jun\. 2019 · \d+ min\. læsetid")
    full(MS, "dated", old, "Saturday 5 March 2016")
    full(MS, "dated", new, "Posted 21/06/2019")
    full(CO, "comunicado", old, "Comunicado de prensa · Armenia, 5 de marzo de 2016")
    full(CO, "comunicado", new, r"Sala de prensa \| 21 de junio de 2019")
    full(MS, "mvo", new, "🌋 MVO weekly report, 21 June 2019: Hazard Level 2, Zone V remains "
                         "closed")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd, month = day.weekday(), day.month
        mx = on(MX, "fecha", day)
        if day < MX_REDESIGN:
            assert mx == (f"{SPANISH_WEEKDAYS[wd].capitalize()} {day.day} de "
                          f"{SPANISH_MONTHS[month - 1]} de {day.year}"), mx
        else:
            assert mx.startswith(f"{day:%d/%m/%Y} | ") and mx.endswith(" hrs"), mx
        assert on(BR, "data", day).endswith("| Atualizado") == (day >= d(2018, 4, 2))
        fi = on(FI, "datum", day)
        assert (fi == f"{SWEDISH_WEEKDAYS[wd]} {day.day}.{month}.{day.year}") == (
            day < FI_REDESIGN), fi
        ca = on(CA, "data", day)
        if day < CA_REDESIGN:
            assert ca.endswith(f" {day.day} {catalan_of(month)} de {day.year}"), ca
            assert ("d'" in ca) == (month in (4, 8, 10)), ca
        else:
            assert ca.startswith(f"{day:%d.%m.%Y} | "), ca
        az = on(AZ, "data", day)
        if day < AZ_REDESIGN:
            name = PORTUGUESE_MONTHS[month - 1]
            assert f" de {name.capitalize() if day < AZ_REFORM else name} de " in az, az
        else:
            assert az.startswith(f"{day:%d-%m-%Y} · "), az
        assert on(FR, "publie", day).startswith(
            f"Publié le {day:%d/%m/%Y} à " if day >= FR_REDESIGN else "Publié le "), day
        bs = on(BS, "dated", day)
        if day < BS_REDESIGN:
            assert bs.endswith(f" {ordinal(day.day)}, {day.year}"), bs
        else:
            assert bs.startswith(f"Posted {month}/{day.day}/{day.year} at "), bs
        mk = on(MK, "dated", day)
        assert mk.startswith(f"Published {CP_MONTHS[month - 1]} {day.day}, {day.year} ") == (
            day >= MK_REDESIGN), mk
        nl = on(NL, "posted", day)
        if day < NL_MIGRATION:
            assert nl.startswith(f"Geplaatst: {DUTCH_WEEKDAYS_SHORT[wd]} {day.day} "
                                 f"{DUTCH_MONTHS_SHORT[month - 1]} {day.year}, "), nl
        else:
            assert nl.startswith(f"Gepost op {day:%d-%m-%Y} om "), nl
        dk = on(DK, "skrevet", day)
        assert (f" den {day.day}. {DANISH_MONTHS[month - 1]} {day.year}" in dk) == (
            day < DK_THEME), dk
        assert on(MS, "dated", day).startswith("Posted ") == (day >= MS_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_weekly_numbers() -> None:
    issues = []
    for day in every_day():
        m = re.fullmatch(r"Édition du jeudi (\w+) (\w+) (\d{4}) · n° (\d+)", on(FR, "edition",
                                                                                day))
        assert m, day
        thursday = fr_thursday(day)
        assert thursday.weekday() == 3 and thursday <= day < thursday + 7 * one, day
        assert m[1] == ("1er" if thursday.day == 1 else str(thursday.day)), day
        assert int(m[4]) == fr_issue(thursday), day
        issues.append(int(m[4]))
    assert issues == sorted(issues) and sorted(set(issues)) == list(range(issues[0],
                                                                          issues[-1] + 1))
    assert len(set(issues)) == len({fr_thursday(day) for day in every_day()}) == 314
    for style, family, weekday in ((MX, "dolar", 0), (CO, "precio", 0), (MK, "word", 0),
                                   (MS, "mvo", 4), (FR, "edition", 3)):
        starts, _ = wordings_by_start(SET, style, family)
        assert all(d.fromisoformat(s).weekday() == weekday for s in starts[1:]), family
        assert len(starts) >= 250, family
    words = [on(MK, "word", day) for day in every_day()]
    assert {w.removeprefix("🗣️ Mi'kmaw word of the week: ") for w in words} == set(MK_WORDS)
    for day in every_day():
        assert on(MK, "word", day) == on(MK, "word", week_day_of(day, 0)), day
        assert on(MK, "word", day) != on(MK, "word", day + 7 * one), day
        friday = ms_friday(day)
        assert on(MS, "mvo", day).startswith(f"🌋 MVO weekly report, {friday.day} "), day
    for style, family in ((FR, "edition"), (MK, "word"), (MS, "mvo"), (MX, "dolar")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 5, (style, family)


def test_seasons_months_and_rates() -> None:
    for day in every_day():
        md = (day.month, day.day)
        assert ("🍇" in on(BR, "vindima", day)) == ((1, 5) <= md < (3, 25)), day
        assert ("🧊" in on(FI, "farja", day)) == ((1, 15) <= md < (4, 20)), day
        assert ("Sommartidtabell" in on(FI, "farja", day)) == ((6, 15) <= md < (8, 20)), day
        assert ("estiu" in on(CA, "vaixell", day)) == (4 <= day.month <= 10), day
        assert ("verão" in on(AZ, "barco", day)) == ((5, 15) <= md < (10, 1)), day
        assert ("⛷️" in on(FR, "saison", day)) == (md >= (12, 10) or md < (4, 15)), day
        assert ("🌀" in on(BS, "season", day)) == (6 <= day.month <= 11), day
        assert ("⛵" in on(NL, "seizoen", day)) == ((4, 1) <= md < (10, 15)), day
        assert ("☕" in on(CO, "cosecha", day)) == (md >= (10, 1) or md < (1, 15)), day
        assert ("🌱" in on(CO, "cosecha", day)) == (4 <= day.month <= 6), day
        assert on(DK, "maanedens", day) == (f"🍰 Månedens opskrift i "
                                            f"{DANISH_MONTHS[day.month - 1]}: "
                                            f"{DK_MONTHLY[day.month - 1]}"), day
    starts, _ = wordings_by_start(SET, DK, "maanedens")
    assert all(s.endswith("-01") for s in starts[1:]) and len(starts) == 73
    rates = [float(m[1]) for day in every_day()
             if (m := re.fullmatch(r"💵 Tipo de cambio de la semana: \$(\d+\.\d\d) por dólar",
                                   on(MX, "dolar", day)))]
    assert len(rates) == len(every_day()) and 14.0 < min(rates) < 15.5 < 22 < max(rates) < 25
    assert len(set(rates)) >= 150
    spring_2020 = [r for day, r in zip(every_day(), rates, strict=True)
                   if d(2020, 4, 1) <= day < d(2020, 5, 1)]
    assert min(spring_2020) > 22
    prices = [int(m[1].replace(".", "")) for day in every_day()
              if (m := re.fullmatch(r"☕ Precio de compra esta semana: \$([\d.]+) por carga de "
                                    r"café pergamino seco", on(CO, "precio", day)))]
    assert len(prices) == len(every_day()) and all(p % 1000 == 0 for p in prices)
    assert 650_000 < min(prices) < 760_000 and 1_150_000 < max(prices) < 1_350_000
    assert on(CO, "precio", d(2019, 6, 21)).count(".") == 1  # "$790.000"-like
    for style, family, pattern in ((MX, "dolar", r"\d+\.\d\d"), (CO, "precio", r"[\d.]+")):
        found = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(found) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (MX, "aviso", QUIET, "Síguenos en Facebook: El Heraldo de la Sierra"),
        (MX, "aviso", d(2019, 2, 1), "📲 Recibe las noticias en tu WhatsApp: manda ALTA al 627 "
                                     "522 0000"),
        (MX, "aviso", d(2016, 6, 6), "🗳️ Elección 2016: resultados del PREP para gobernador"),
        (MX, "aviso", d(2017, 9, 20), "🆘 Sismo del 19 de septiembre: cómo ayudar a los "
                                      "damnificados"),
        (MX, "aviso", d(2018, 7, 2), "🗳️ Elecciones 2018: resultados del PREP en el distrito de "
                                     "Parral"),
        (MX, "aviso", d(2020, 4, 20), "😷 Jornada Nacional de Sana Distancia: quédate en casa"),
        (MX, "aviso", d(2020, 9, 15), "🚦 Semáforo de riesgo COVID: consulta el color de esta "
                                      "semana en Chihuahua"),
        (MX, "aviso", d(2019, 4, 18), "✝️ Semana Santa: maneja con precaución en la carretera a "
                                      "la sierra"),
        (MX, "aviso", d(2019, 9, 16), "🇲🇽 ¡Viva México! 209 años del Grito de Independencia"),
        (MX, "aviso", d(2019, 11, 2), "💀 Día de Muertos: horarios de los panteones de Parral"),
        (MX, "aviso", d(2019, 11, 18), "Aniversario 109 de la Revolución Mexicana: desfile "
                                       "suspendido por el puente"),
        (MX, "aviso", d(2019, 12, 11), "🌹 Peregrinaciones a la Virgen de Guadalupe: cierres "
                                       "viales"),
        (MX, "aviso", d(2019, 7, 18), "🐎 Jornadas Villistas 2019: 96 años de la muerte del "
                                      "general Villa en Parral"),
        (BR, "aviso", QUIET, "Curta a página do Correio dos Vinhedos no Facebook"),
        (BR, "aviso", d(2019, 1, 10), "📲 Receba as notícias no WhatsApp: (54) 99100-0000"),
        (BR, "aviso", d(2016, 10, 3), "🗳️ Eleições 2016: apuração em Bento Gonçalves"),
        (BR, "aviso", d(2018, 5, 25), "🚚 Greve dos caminhoneiros: postos sem combustível na "
                                      "Serra"),
        (BR, "aviso", d(2018, 10, 8), "🗳️ Eleições 2018: apuração do primeiro turno"),
        (BR, "aviso", d(2018, 10, 28), "🗳️ Eleições 2018: apuração do segundo turno"),
        (BR, "aviso", d(2020, 4, 1), "😷 Coronavírus: fique em casa"),
        (BR, "aviso", d(2020, 7, 1), "🚦 Distanciamento controlado: confira a bandeira da Serra "
                                     "nesta semana"),
        (BR, "aviso", d(2020, 11, 16), "🗳️ Eleições municipais 2020: apuração"),
        (BR, "aviso", d(2018, 2, 20), "🍇 Festa Nacional da Uva em Caxias do Sul: programação e "
                                      "ingressos"),
        (BR, "aviso", d(2019, 5, 20), "🇮🇹 Dia da Etnia Italiana: 144 anos da imigração na "
                                      "Serra"),
        (BR, "aviso", d(2019, 9, 15), "🐎 Semana Farroupilha: 184 anos da Revolução "
                                      "Farroupilha"),
        (BR, "aviso", d(2019, 12, 25), "🎄 Bon Nadal! Feliz Natal a todos os leitores"),
        (FI, "notis", QUIET, "Följ Kvarkenposten på Facebook och Instagram"),
        (FI, "notis", d(2018, 6, 1), "📧 Beställ vårt nyhetsbrev – gratis varje morgon"),
        (FI, "notis", d(2015, 4, 20), "🗳️ Riksdagsvalet 2015: så röstade Österbotten"),
        (FI, "notis", d(2017, 4, 10), "🗳️ Kommunalvalet 2017: resultaten kommun för kommun"),
        (FI, "notis", d(2018, 1, 29), "🗳️ Presidentvalet 2018: resultatet i Österbotten"),
        (FI, "notis", d(2019, 4, 15), "🗳️ Riksdagsvalet 2019: så röstade Österbotten"),
        (FI, "notis", d(2020, 4, 1), "😷 Coronaläget i Österbotten: följ myndigheternas "
                                     "rekommendationer"),
        (FI, "notis", d(2019, 2, 5), "🧁 Runebergsdagen – har du redan ätit din tårta?"),
        (FI, "notis", d(2019, 6, 22), "🌼 Glad midsommar! Nästa tidning kommer ut på tisdag"),
        (FI, "notis", d(2019, 11, 6), "💙 Svenska dagen – Ruotsalaisuuden päivä"),
        (FI, "notis", d(2017, 12, 6), "🇫🇮 Finland 100 år – glad självständighetsdag!"),
        (CA, "avis", QUIET, "Segueix-nos a Facebook i a Twitter"),
        (CA, "avis", d(2019, 1, 1), "📲 Rep les notícies de Ciutadella al teu Telegram"),
        (CA, "avis", d(2015, 5, 25), "🗳️ Municipals i autonòmiques 2015: resultats a "
                                     "Ciutadella"),
        (CA, "avis", d(2019, 5, 27), "🗳️ Eleccions 2019: resultats a Ciutadella"),
        (CA, "avis", d(2020, 4, 1), "😷 Estat d'alarma: queda't a casa"),
        (CA, "avis", d(2019, 1, 17), "Diada de Menorca: 732 anys de la conquesta de l'illa"),
        (CA, "avis", d(2019, 3, 1), "Diada de les Illes Balears: bona diada a tothom"),
        (CA, "avis", d(2019, 6, 23), "🐴 Sant Joan 2019: programa de festes i talls de trànsit"),
        (CA, "avis", d(2019, 12, 24), "🎄 Bon Nadal a tots els nostres lectors"),
        (AZ, "aviso", QUIET, "Siga o Eco do Canal no Facebook"),
        (AZ, "aviso", d(2019, 3, 1), "📰 Assine a edição digital do Eco do Canal"),
        (AZ, "aviso", d(2016, 10, 17), "🗳️ Regionais 2016: resultados no círculo do Faial"),
        (AZ, "aviso", d(2019, 10, 2), "🌀 Furacão Lorenzo: aviso vermelho para os grupos "
                                      "Ocidental e Central"),
        (AZ, "aviso", d(2020, 4, 1), "😷 Estado de emergência: fique em casa"),
        (AZ, "aviso", d(2020, 10, 26), "🗳️ Regionais 2020: resultados no círculo do Faial"),
        (AZ, "aviso", d(2019, 4, 25), "25 de Abril: 45 anos da Revolução dos Cravos"),
        (AZ, "aviso", d(2019, 6, 5), "🕊️ Festas do Espírito Santo: sopas e coroações nos "
                                     "impérios do Faial"),
        (AZ, "aviso", d(2019, 6, 10), "Dia da Região Autónoma dos Açores"),
        (AZ, "aviso", d(2019, 12, 25), "🎄 Boas Festas a todos os leitores"),
        (FR, "avis", QUIET, "Retrouvez La Voix du Chablais chaque jeudi chez votre marchand de "
                            "journaux"),
        (FR, "avis", d(2019, 3, 1), "📰 Abonnez-vous à l'édition numérique : 1 € le premier "
                                    "mois"),
        (FR, "avis", d(2017, 4, 20), "🗳️ Présidentielle, 1er tour : les résultats commune par "
                                     "commune"),
        (FR, "avis", d(2017, 5, 8), "🗳️ Présidentielle, 2nd tour : les résultats commune par "
                                    "commune"),
        (FR, "avis", d(2020, 3, 16), "🗳️ Municipales 2020 : les résultats dans le Chablais"),
        (FR, "avis", d(2020, 3, 17), "😷 Confinement : les commerces ouverts et les "
                                     "attestations"),
        (FR, "avis", d(2020, 6, 29), "🗳️ Municipales 2020, 2nd tour : les résultats"),
        (FR, "avis", d(2020, 11, 11), "😷 Reconfinement : ce qui reste ouvert dans le "
                                      "Chablais"),
        (FR, "avis", d(2019, 7, 14), "🇫🇷 14 juillet : les feux d'artifice au bord du Léman"),
        (FR, "avis", d(2019, 9, 4), "🐄 Foire de Crête : circulation modifiée à Thonon jeudi"),
        (FR, "avis", d(2018, 11, 11), "Armistice : 100e anniversaire, les cérémonies du "
                                      "Chablais"),
        (BS, "notice", QUIET, "Like The Exuma Islander on Facebook"),
        (BS, "notice", d(2019, 1, 1), "📲 Get island news on WhatsApp: text JOIN to "
                                      "242-336-0000"),
        (BS, "notice", d(2015, 10, 1), "🌀 Hurricane Joaquin: shelters are open in George Town"),
        (BS, "notice", d(2016, 10, 6), "🌀 Hurricane Matthew: stay off the roads until the "
                                       "all-clear"),
        (BS, "notice", d(2017, 5, 11), "🗳️ General Election 2017: Exuma and Ragged Island "
                                       "results"),
        (BS, "notice", d(2019, 9, 3), "🌀 Hurricane Dorian: how to help Abaco and Grand Bahama"),
        (BS, "notice", d(2020, 4, 25), "😷 Emergency orders: curfew and weekend lockdowns in "
                                       "force"),
        (BS, "notice", d(2019, 4, 26), "⛵ 66th National Family Island Regatta in Elizabeth "
                                       "Harbour"),
        (BS, "notice", d(2019, 7, 10), "🇧🇸 Happy 46th Independence Day, Bahamas!"),
        (BS, "notice", d(2019, 8, 5), "Emancipation Day: government offices are closed today"),
        (BS, "notice", d(2019, 12, 26), "🎭 Boxing Day Junkanoo rush-out on Queen's Highway"),
        (MK, "notice", QUIET, "Follow Unama'ki Voice on Facebook"),
        (MK, "notice", d(2019, 1, 1), "📧 Sign up for our weekly newsletter"),
        (MK, "notice", d(2017, 5, 31), "🗳️ Nova Scotia votes: results for the Cape Breton "
                                       "ridings"),
        (MK, "notice", d(2019, 10, 22), "🗳️ Federal election 2019: results for Sydney–"
                                        "Victoria"),
        (MK, "notice", d(2020, 4, 1), "😷 COVID-19: band offices are closed to the public"),
        (MK, "notice", d(2020, 10, 1), "🦞 Our coverage of the moderate livelihood fishery"),
        (MK, "notice", d(2019, 6, 21), "🪶 Happy National Indigenous Peoples Day!"),
        (MK, "notice", d(2019, 9, 30), "🧡 Orange Shirt Day: every child matters"),
        (MK, "notice", d(2019, 10, 1), "🤝 Treaty Day: 267 years since the Treaty of 1752"),
        (NL, "mededeling", QUIET, "Welkom op Zeilpraat! Lees de forumregels voordat je een "
                                  "bericht plaatst."),
        (NL, "mededeling", d(2019, 6, 1), "📱 Zeilpraat werkt nu ook op je telefoon: installeer "
                                          "de app"),
        (NL, "mededeling", d(2015, 8, 20), "⛵ SAIL Amsterdam 2015: wie gaat er kijken?"),
        (NL, "mededeling", d(2018, 1, 18), "🌬️ Storm: KNMI code rood, check je landvasten"),
        (NL, "mededeling", d(2018, 6, 1), "🔒 We hebben onze privacyverklaring aangepast aan de "
                                          "AVG"),
        (NL, "mededeling", d(2019, 2, 10), "🔧 Onderhoud: het forum is zondagnacht een paar uur "
                                           "offline"),
        (NL, "mededeling", d(2020, 4, 1), "😷 Jachthavens beperkt open: volg de regels van je "
                                          "haven"),
        (NL, "mededeling", d(2019, 4, 27), "👑 Fijne Koningsdag allemaal!"),
        (NL, "mededeling", d(2019, 12, 31), "🎆 Een behouden vaart in 2020 gewenst!"),
        (CO, "aviso", QUIET, "Síganos en Twitter e Instagram"),
        (CO, "aviso", d(2019, 7, 1), "📲 Consulte el precio del día en nuestro canal de "
                                     "WhatsApp"),
        (CO, "aviso", d(2018, 9, 5), "🗳️ Elecciones cafeteras 2018: vote por su comité "
                                     "municipal"),
        (CO, "aviso", d(2020, 5, 1), "😷 Puntos de compra abiertos con protocolo de "
                                     "bioseguridad"),
        (CO, "aviso", d(2019, 1, 25), "🕯️ 20 años del terremoto del Eje Cafetero"),
        (CO, "aviso", d(2019, 6, 28), "🎉 Fiesta Nacional del Café 2019 en Calarcá"),
        (CO, "aviso", d(2019, 10, 1), "☕ Día Internacional del Café: gracias a nuestros "
                                      "caficultores"),
        (DK, "besked", QUIET, "Følg Bageglad på Instagram og Pinterest"),
        (DK, "besked", d(2019, 1, 10), "💌 Tilmeld dig nyhedsbrevet og få ugens opskrift hver "
                                       "fredag"),
        (DK, "besked", d(2020, 3, 20), "😷 Bag med børnene: nemme opskrifter til dagene "
                                       "derhjemme"),
        (DK, "besked", d(2019, 3, 1), "🎭 Fastelavn: se alle mine fastelavnsboller"),
        (DK, "besked", d(2019, 4, 18), "🐣 Påskebag: kager og brød til påskefrokosten"),
        (DK, "besked", d(2019, 5, 16), "🥯 Varme hveder til store bededag"),
        (DK, "besked", d(2019, 6, 23), "🔥 Sankthans: snobrød over bålet"),
        (DK, "besked", d(2019, 11, 10), "Mortensaften: and, rødkål og æbleskiver"),
        (DK, "besked", d(2019, 12, 24), "🎄 Julekalender: en ny småkageopskrift hver dag til "
                                        "jul"),
        (MS, "notice", QUIET, "Like The Emerald Isle Bulletin on Facebook"),
        (MS, "notice", d(2019, 1, 1), "📲 Join our WhatsApp broadcast for news alerts"),
        (MS, "notice", d(2017, 9, 6), "🌀 Hurricane Irma: shelters are open, stay indoors"),
        (MS, "notice", d(2017, 9, 19), "🌀 Hurricane Maria: shelters are open, stay indoors"),
        (MS, "notice", d(2019, 11, 19), "🗳️ General Election 2019: results from all nine "
                                        "seats"),
        (MS, "notice", d(2020, 4, 20), "😷 Curfew in force: stay at home except for "
                                       "essentials"),
        (MS, "notice", d(2019, 3, 12), "☘️ St Patrick's Festival: the week's programme of "
                                       "events"),
        (MS, "notice", d(2019, 6, 25), "🕯️ Remembering the nineteen lives lost on 25 June "
                                       "1997"),
        (MS, "notice", d(2019, 7, 18), "24 years since the volcano awoke"),
        (MS, "notice", d(2019, 12, 28), "🎉 Festival season: street jump-ups to New Year's "
                                        "Day"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_festivals_called_off_and_days_on_weekdays() -> None:
    def years(domain: str, family: str, mark: str) -> set[int]:
        return {day.year for day in every_day() if mark in on(domain, family, day)}

    five = {2015, 2016, 2017, 2018, 2019}
    assert years(MX, "aviso", "Jornadas Villistas") == five
    assert years(CA, "avis", "Sant Joan") == five
    assert years(AZ, "aviso", "Espírito Santo") == five
    assert years(FR, "avis", "Foire de Crête") == five
    assert years(BS, "notice", "Regatta") == five
    assert years(CO, "aviso", "Fiesta Nacional del Café") == five
    assert years(MS, "notice", "St Patrick's Festival") == five
    assert years(BR, "aviso", "Festa Nacional da Uva") == set(FESTA_DA_UVA) == {2016, 2018,
                                                                                2020}
    regattas = {m[1] for day in every_day()
                if (m := re.match(r"⛵ (\d+\w\w) National", on(BS, "notice", day)))}
    assert regattas == {ordinal(y - 1953) for y in five}

    def days(domain: str, family: str, mark: str) -> set[dt.date]:
        return {day for day in every_day() if mark in on(domain, family, day)}

    revolution = days(MX, "aviso", "Revolución Mexicana")
    assert revolution == {nth_weekday(y, 11, 0, 3) for y in five}  # 2020: the traffic light
    assert all(day.weekday() == 0 for day in revolution)
    emancipation = days(BS, "notice", "Emancipation Day")
    assert emancipation == {nth_weekday(y, 8, 0, 1) for y in range(2015, 2021)}
    midsummer = days(FI, "notis", "midsommar")
    assert {day for day in midsummer if day.weekday() == 4} == {
        midsummer_eve(y) for y in range(2015, 2021)}
    shrove = days(DK, "besked", "Fastelavn")
    assert {max(day for day in shrove if day.year == y) for y in range(2015, 2021)} == {
        easter(y) - 49 * one for y in range(2015, 2021)}
    assert all(day.weekday() == 6 for y in range(2015, 2021)
               for day in [max(day for day in shrove if day.year == y)])
    azores_day = days(AZ, "aviso", "Dia da Região")
    assert azores_day == {easter(y) + 50 * one for y in range(2015, 2021)}
    assert all(day.weekday() == 0 for day in azores_day)
    prayer = days(DK, "besked", "store bededag")
    assert {day for day in prayer if day.weekday() == 4} == {
        easter(y) + 26 * one for y in range(2015, 2021)}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MX, "por", d(2018, 8, 6), "Por {author}", "| El Heraldo de la Sierra"),
        (MX, "interesa", d(2019, 3, 4), "Te puede interesar: ", "Lee también: "),
        (MX, "derechos", d(2019, 9, 2), "Todos los derechos", "Aviso de privacidad"),
        (BR, "por", d(2019, 6, 3), "Por {author}", "Reportagem: "),
        (BR, "leia", d(2019, 2, 4), "Leia também: ", "Leia mais: "),
        (BR, "direitos", d(2020, 2, 3), "Todos os direitos", "Proibida a reprodução"),
        (FI, "text", d(2018, 1, 8), "Text: ", "Text och bild: "),
        (FI, "las", d(2019, 5, 6), "Läs också: ", "LÄS MER: "),
        (FI, "copyright", d(2019, 1, 7), "© Kvarkenposten {year}", "upphovsrättsligt"),
        (CA, "per", d(2018, 11, 5), "Per {author}", "Redacció · "),
        (CA, "vegeu", d(2019, 4, 1), "Vegeu també: ", "Llegiu també: "),
        (CA, "drets", d(2019, 10, 7), "© {year} Veu", "prohibida"),
        (AZ, "texto", d(2018, 3, 5), "Texto: ", "| Eco do Canal"),
        (AZ, "ver", d(2019, 9, 2), "Ver também: ", "» Relacionado: "),
        (AZ, "direitos", d(2020, 1, 6), "Horta, Faial", "Todos os direitos reservados"),
        (FR, "par", d(2019, 1, 7), "Par {author}", "– La Voix du Chablais"),
        (FR, "alire", d(2019, 6, 3), "À lire aussi : ", "À LIRE AUSSI – "),
        (FR, "droits", d(2020, 3, 2), "Reproduction interdite", "Tous droits"),
        (BS, "byline", d(2019, 1, 7), "By {author}", "Staff Reporter"),
        (BS, "related", d(2019, 10, 7), "RELATED: ", "MORE FROM EXUMA: "),
        (BS, "copyright", d(2020, 1, 6), "All rights reserved.", "George Town"),
        (MK, "byline", d(2019, 9, 2), "By {author}", "Local Journalism Initiative"),
        (MK, "mightlike", d(2019, 9, 2), "You might also like: ", "MORE: "),
        (MK, "owned", d(2018, 10, 1), "community paper", "Mi'kmaw-owned"),
        (NL, "poster", d(2018, 11, 5), "Bericht door ", "schreef:"),
        (NL, "quote", d(2018, 11, 5), "Citaat van ", "schreef: ↑"),
        (NL, "edited", d(2018, 11, 5), "Laatst gewijzigd", "Bewerkt door"),
        (NL, "copyright", d(2018, 11, 5), "alle rechten", "2004–"),
        (CO, "comunicado", d(2018, 3, 5), "Comunicado de prensa", "Sala de prensa"),
        (CO, "oficina", d(2019, 2, 4), "Oficina", "Por {author}"),
        (CO, "acerca", d(2019, 1, 7), "4.000 asociados", "4.300 asociados"),
        (CO, "contacto", d(2018, 9, 3), "prensa@{domain}", "Tel. (6)"),
        (DK, "af", d(2019, 1, 7), "Skrevet af ", "Af {author}"),
        (DK, "reklame", d(2018, 3, 5), "Indlægget indeholder reklame", "Samarbejde med"),
        (DK, "deling", d(2019, 1, 7), "Du må gerne dele", "ophavsretten"),
        (MS, "byline", d(2018, 5, 7), "By {author}", "Bulletin staff")))
    assert_groups_reworded(SET, (
        (MX, "fecha", " de ", " hrs"),
        (BR, "data", " de ", "Atualizado"),
        (FI, "datum", "dag ", "Publicerad "),
        (CA, "data", " de ", " h"),
        (AZ, "data", "-feira", " · "),
        (NL, "posted", "Geplaatst: ", "Gepost op "),
    ))


def test_several_languages_and_scripts() -> None:
    for style, family, pattern in ((MX, "fecha", r"[áéíóú]|\d"), (BR, "direitos", r"©"),
                                   (FI, "notis", r"[åäöÅÄÖ]"), (CA, "avis", r"[àèéíòóúç'·]"),
                                   (AZ, "erc", r"[ãõçáéêíóúº]"), (FR, "edition", r"[Éé]"),
                                   (DK, "besked", r"[æøåÆØÅ]"), (NL, "mededeling", r"[a-z]")):
        lines = group_lines(SET, style, family)
        assert lines and sum(bool(re.search(pattern, t)) for t in lines) >= 0.5 * len(lines), (
            style, family)
    for style, family, words in ((MX, "kuira", ("Kuira ba",)),
                                 (MX, "matetera", ("Matétera ba", "Gracias")),
                                 (BR, "bondi", ("Bon dì", "Bom dia")),
                                 (BR, "grassie", ("Grassie", "Obrigado")),
                                 (FI, "suomeksi", ("På svenska", "Suomeksi")),
                                 (CA, "idioma", ("Català", "Castellano")),
                                 (MK, "pjilasi", ("Pjila'si",)),
                                 (MK, "welalioq", ("Wela'lioq",)),
                                 (MK, "word", ("Mi'kmaw word of the week",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)
    assert "Ruotsalaisuuden päivä" in on(FI, "notis", d(2018, 11, 6))  # Finnish in Swedish
    assert "col·laboradors" in on(CA, "opinio", QUIET)
    assert "Bon Nadal" in on(BR, "aviso", d(2018, 12, 24))  # Talian Christmas
    words = {t.partition(": ")[2] for t in group_lines(SET, MK, "word")}
    assert words and words <= set(MK_WORDS) and any("'" in w for w in words)
    dates = [norm(t) for t in group_lines(SET, AZ, "data")]
    assert any(re.search(r" de [A-Z]\w+ de ", t) for t in dates)
    assert any(re.search(r" de [a-zç]+ de ", t) for t in dates)
    ca_dates = [norm(t) for t in group_lines(SET, CA, "data")]
    assert any(" d'" in t for t in ca_dates) and any(" de " in t for t in ca_dates)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MX}/fecha", f"{MX}/interesa", f"{MX}/por", f"{MX}/seccion",
                         f"{MX}/foto", f"{MX}/municipio", f"{MX}/aviso", f"{MX}/dolar",
                         f"{BR}/data", f"{BR}/leia", f"{BR}/por", f"{FI}/datum",
                         f"{FI}/las", f"{CA}/data", f"{NL}/posted"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MX}/comentarios", f"{MX}/derechos", f"{MX}/kuira", f"{BR}/direitos",
        f"{BR}/bondi", f"{FI}/utgivare", f"{FI}/etik", f"{FI}/copyright", f"{CA}/drets",
        f"{AZ}/erc", f"{AZ}/direitos"))
    assert_carried_share(docs, MX, [
        ("fecha", 0.65, 0.95), ("aviso", 0.15, 0.45), ("interesa", 0.4, 0.75),
        ("nevada", 0.0, 0.1)])
    assert_carried_share(docs, BR, [("data", 0.65, 0.95), ("granizo", 0.0, 0.12)])
    for fam in (f"{MX}/interesa", f"{BR}/leia", f"{FI}/las"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{MX}/publicidad", f"{MX}/foto", f"{BR}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((MX, "foto"), (BR, "foto"), (FI, "bild"), (CA, "foto"),
                               (AZ, "foto"), (FR, "photo"), (BS, "photo"), (MK, "photo"),
                               (CO, "foto"), (MS, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MX, "nevada"), (BR, "granizo"), (FI, "storm"), (CA, "rissaga"), (AZ, "mar"),
        (FR, "orages"), (BS, "boil"), (MK, "boil"), (NL, "locked"), (CO, "via"),
        (DK, "giveaway"), (MS, "ferry"), (BR, "errata", 8)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DK}/maaske", "Du vil måske også kunne lide: "), (f"{MS}/seealso", "See also: "),
        (f"{CO}/relacionada", "Noticia relacionada: "),
        (f"{NL}/similar", "Vergelijkbare onderwerpen: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{MX}/interesa", ("Te puede interesar: ", "📌 Lee también: ")),
                          (f"{BR}/leia", ("Leia também: ", "➕ Leia mais: ")),
                          (f"{FI}/las", ("Läs också: ", "► LÄS MER: ")),
                          (f"{CA}/vegeu", ("Vegeu també: ", "▶ Llegiu també: ")),
                          (f"{AZ}/ver", ("Ver também: ", "» Relacionado: ")),
                          (f"{FR}/alire", ("À lire aussi : ", "» À LIRE AUSSI – ")),
                          (f"{BS}/related", ("RELATED: ", "MORE FROM EXUMA: ")),
                          (f"{MK}/mightlike", ("You might also like: ", "MORE: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"interesa", "leia", "las", "vegeu", "ver", "alire", "related", "mightlike"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (MX, "publicidad", "PUBLICIDAD"), (BR, "publicidade", "Publicidade"),
        (FI, "annons", "ANNONS"), (FI, "suomeksi", "På svenska | Suomeksi"),
        (CA, "publicitat", "Publicitat"), (CA, "idioma", "Català | Castellano"),
        (AZ, "publicidade", "PUBLICIDADE"), (FR, "pub", "Publicité"),
        (BS, "advert", "ADVERTISEMENT"), (NL, "advertentie", "Advertentie"),
        (CO, "fin", "— Fin del comunicado —"), (DK, "print", "🖨️ Print opskrift")))
    for style, family, pattern, pool_name in (
            (MX, "seccion", r"^(.+)$", "seccion"),
            (MX, "foto", r"^Foto: (.+)$", "foto"),
            (MX, "municipio", r"^(.+), Chih\.-$", "municipio"),
            (BR, "editoria", r"^(.+)$", "editoria"),
            (BR, "foto", r"^Foto: (.+)$", "foto"),
            (FI, "avdelning", r"^(.+)$", "avdelning"),
            (FI, "bild", r"^Bild: (.+)$", "bild"),
            (CA, "seccio", r"^(.+)$", "seccio"),
            (AZ, "ilha", r"^(.+)$", "ilha"),
            (FR, "rubrique", r"^(.+)$", "rubrique"),
            (FR, "photo", r"^Photo (.+)$", "photo"),
            (BS, "kicker", r"^(.+)$", "kicker"),
            (MK, "kicker", r"^(.+)$", "kicker"),
            (MK, "photo", r"^\(Photo: (.+)\)$", "photo"),
            (NL, "board", r"^(.+)$", "board"),
            (NL, "signature", r"^(.+)$", "signature"),
            (CO, "tipo", r"^(.+)$", "tipo"),
            (DK, "kategori", r"^(.+)$", "kategori"),
            (DK, "reklame", r"(?:for|med) (.+)$", "partner"),
            (MS, "kicker", r"^(.+)$", "kicker")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    counts = [norm(t) for t in group_lines(SET, DK, "kommentarer")]
    assert counts and sum(bool(re.fullmatch(r"\d+ kommentarer", t)) for t in counts) >= (
        0.9 * len(counts))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (MX, "publicidad", "PUBLICIDAD"), (MX, "kuira", "Kuira ba! Noticias de la sierra en "
                                                        "tu idioma"),
        (BR, "publicidade", "Publicidade"), (FI, "annons", "ANNONS"),
        (FI, "suomeksi", "På svenska | Suomeksi"),
        (AZ, "erc", "Registo na ERC n.º 123 456 · Depósito legal n.º 98765/96"),
        (FR, "pub", "Publicité"), (BS, "advert", "ADVERTISEMENT")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FI: (["utgivare", "etik", "copyright"], 2), CO: (["fin", "acerca", "contacto"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert MX in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
