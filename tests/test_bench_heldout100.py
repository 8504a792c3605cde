"""The held-back-100 template set (`tests.bench.heldout_templates_100`): its localised dates
(printed day by day in English, Spanish, French, Haitian Creole, Papiamentu and Dutch, several
changing form on the day of a redesign, two weeklies by their issue), the lines that turn every
day, week or month (exchange rates on working days and every day, the gourde's 2020 fall, the
price of petrol, a radio's programme by weekday), the seasons of hurricanes, rains, dry spells,
cruises and turtles, the notices it rewords by date, the calendars some notices follow (votes,
a suspended one, a run-off put off and annulled, a referendum, curfews, lockdowns, hurricanes,
a volcano, the peyi lok, national mourning, national days with their counts, carnivals by
Easter, Divali and Eid, Seu, Souvenans, the Yeguita, King's Day, events called off in 2020),
the amounts in its appeals and prices, the lines in several languages, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, easter
from tests.bench.heldout_templates_100 import (
    BQ_REDESIGN,
    CU_REDESIGN,
    CW_REDESIGN,
    DIVALI,
    DO_REDESIGN,
    FIRST_DAY,
    GT_REDESIGN,
    HN_REDESIGN,
    HT_REDESIGN,
    JM_REDESIGN,
    LAST_DAY,
    LK_PROGRAMMES,
    ceiba_carnival,
    comma,
    crc_rate,
    cu_issue,
    dop_rate,
    fuel_price,
    gtq_rate,
    hnl_rate,
    htg_rate,
    interpolate,
    jmd_rate,
    made_up,
    roman,
    tt_issue,
    week_from,
    working_day,
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
    wording_changes,
    wording_on,
)

SET = "held-back-100"
SITES = ("Harbour View Daily", "El Faro del Ozama", "El Quetzal Matutino", "Kwazman Info",
         "Kòrant Punda", "Naparima Weekly", "Heraldo Ceibeño", "Yumurí Semanal",
         "Radyo Lakansyèl", "Kralendijk Courant", "La Voz de Nicoya", "Bocas Breeze")
JM, DO, GT, HT = ("harbourviewdaily.com.jm", "farodelozama.com.do", "quetzalmatutino.com.gt",
                  "kwazmaninfo.ht")
CW, TT, HN, CU = ("korantpunda.cw", "naparimaweekly.co.tt", "heraldoceibeno.hn",
                  "yumurisemanal.cu")
LK, BQ, CR, PA = ("lakansyelfm.ht", "kralendijkcourant.com", "vozdenicoya.cr",
                  "bocasbreeze.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((JM, "dated"), (DO, "fecha"), (GT, "fecha"), (HT, "date"), (CW, "fecha"),
         (HN, "fecha"), (CU, "fecha"), (LK, "dat"), (BQ, "datum"), (CR, "fecha"),
         (PA, "date"))
# The lines that turn every day, every week, on working days or every month.
PERIODIC = ((JM, "fx"), (DO, "tasa"), (GT, "cambio"), (HT, "taux"), (CW, "gasolin"),
            (TT, "edition"), (HN, "lempira"), (CU, "edicion"), (LK, "jodi-a"), (CR, "colon"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((JM, "notice"), (DO, "aviso"), (GT, "aviso"), (HT, "avis"), (CW, "aviso"),
           (TT, "notice"), (HN, "aviso"), (CU, "aviso"), (LK, "anons"), (BQ, "bericht"),
           (CR, "aviso"), (PA, "notice"))
SEASONAL = ((JM, "season"), (DO, "temporada"), (GT, "invierno"), (CW, "tempu"),
            (TT, "weather"), (HN, "lluvias"), (LK, "sezon"), (BQ, "seizoen"),
            (CR, "temporada"), (PA, "season"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    JM: "Follow Harbour View Daily on Twitter and Instagram",
    DO: "Síguenos en Instagram y Facebook: @farodelozama",
    GT: "Síganos en Facebook y Twitter: El Quetzal Matutino",
    HT: "Suivez-nous sur Facebook et Twitter : @kwazmaninfo",
    CW: "Sigui nos riba Facebook: Kòrant Punda",
    TT: "Like Naparima Weekly on Facebook for news from the deep south",
    HN: "Síganos en Facebook: Heraldo Ceibeño",
    CU: "Síganos en Facebook y Twitter: @yumurisemanal",
    LK: "Voye anons ou yo pa SMS: 3700 0000",
    BQ: "Volg ons op Facebook: Kralendijk Courant",
    CR: "Escuche también nuestro espacio los sábados en la radio comunal",
    PA: "Follow us on Facebook / Síguenos en Facebook: Bocas Breeze",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 26), d(2018, 3, 10), d(2019, 4, 14),
        d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert roman(58) == "LVIII" and roman(62) == "LXII" and roman(1994) == "MCMXCIV"
    assert comma(63.456) == "63,46" and comma(2.5, 1) == "2,5"
    points = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert interpolate(d(2015, 1, 6), points) == 5.0
    assert interpolate(d(2014, 1, 1), points) == 0.0 and interpolate(d(2016, 1, 1), points) == 10
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert tt_issue(d(2016, 3, 5)) == (14, 9, d(2016, 2, 28))
    assert tt_issue(d(2016, 1, 3)) == (14, 1, d(2016, 1, 3))
    assert cu_issue(d(2016, 3, 5)) == ("LVIII", 10, d(2016, 3, 5))
    assert cu_issue(d(2019, 1, 1))[0] == "LX"
    assert [ceiba_carnival(y) for y in (2016, 2019, 2020)] == [d(2016, 5, 21), d(2019, 5, 18),
                                                               None]
    for day in every_day():
        work = working_day(day)
        assert jmd_rate(day) == jmd_rate(work) and dop_rate(day) == dop_rate(work)
        assert htg_rate(day) == htg_rate(work) and hnl_rate(day) == hnl_rate(work)
        assert crc_rate(day) == crc_rate(work)
        assert fuel_price(day) == fuel_price(day.replace(day=1))
        assert 113 <= jmd_rate(day) <= 147 and 44 <= dop_rate(day) <= 59
        assert 7.3 <= gtq_rate(day) <= 7.81 and 45 <= htg_rate(day) <= 121
        assert 21.8 <= hnl_rate(day) <= 24.7 and 535 <= crc_rate(day) <= 620
        volume, number, sunday = tt_issue(day)
        assert sunday.weekday() == 6 and volume == sunday.year - 2002 and 1 <= number <= 53
        _, number, saturday = cu_issue(day)
        assert saturday.weekday() == 5 and 1 <= number <= 53
    assert jmd_rate(d(2020, 12, 1)) > jmd_rate(d(2015, 2, 2)) + 25
    assert dop_rate(d(2020, 12, 1)) > 57
    assert htg_rate(d(2020, 8, 14)) > 115 and htg_rate(d(2020, 10, 15)) < 70  # the fall
    assert gtq_rate(d(2017, 11, 1)) < 7.4 < gtq_rate(d(2020, 12, 1))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(JM, "dated", old, r"Saturday \| March 5, 2016")
    full(JM, "dated", new, r"Published: 21 Jun 2019 at \d{1,2}:\d\d [AP]M")
    full(JM, "fx", new, r"BOJ weighted average selling rate: US\$1 = J\$1[34]\d\.\d\d")
    full(DO, "fecha", old, "Santo Domingo, sábado 5 de marzo de 2016")
    full(DO, "fecha", new, r"Viernes 21/06/2019 - \d{1,2}:\d\d [AP]M")
    full(DO, "tasa", new, r"💵 Tasa del Banco Central: US\$1 = RD\$5\d\.\d\d \(venta\)")
    full(GT, "fecha", old, "Guatemala, 5 de marzo de 2016")
    full(GT, "fecha", new, r"Viernes 21\.06\.2019 · \d\d:\d\d h")
    full(GT, "cambio", new, r"Tipo de cambio de referencia: Q7\.\d{5} por US\$1")
    full(HT, "date", old, "Publié le samedi 5 mars 2016")
    full(HT, "date", new, r"Vandredi 21 jen 2019 · \d\d:\d\d")
    full(HT, "taux", new, r"Taux de référence BRH : 1 dollar US = \d\d,\d\d gourdes")
    full(CW, "fecha", old, "Djasabra, 5 di mart 2016")
    full(CW, "fecha", new, r"21-06-2019 \| djabièrnè \| \d\d:\d\d")
    full(CW, "gasolin", new, r"⛽ Preis di gasolin den yüni: Naf\. 2,\d\d pa liter")
    full(TT, "edition", old, r"Sunday Edition · 28 February 2016 · Vol\. 14 No\. 9")
    full(HN, "fecha", old, "La Ceiba, Atlántida, sábado 5 de marzo de 2016")
    full(HN, "fecha", new, r"21 jun\. 2019 · \d{1,2}:\d\d [AP]M")
    full(HN, "lempira", new, r"Precio de referencia del dólar \(BCH\): L 2\d\.\d{4}")
    full(CU, "edicion", old, r"Año LVIII · No\. 10 · Sábado, 5 de marzo de 2016")
    full(CU, "fecha", old, "Matanzas, 5 de marzo de 2016")
    full(CU, "fecha", new, r"viernes 21 junio, 2019 \| \d{1,2}:\d\d [AP]M")
    full(LK, "dat", old, "Gonayiv, samdi 5 mas 2016")
    full(LK, "jodi-a", new, r"📻 Jodi a \(vandredi\): Konpa ak rasin jouk minwi")
    full(BQ, "datum", old, "zaterdag 5 maart 2016")
    full(BQ, "datum", new, r"Kralendijk, 21-6-2019 \d\d:\d\d")
    full(CR, "fecha", old, "Nicoya, Guanacaste · 5 de marzo de 2016")
    full(CR, "colon", new, r"Tipo de cambio \(venta\): ₡5\d\d,\d\d")
    full(PA, "date", old, r"March 5, 2016 \| 5 de marzo de 2016")
    full(JM, "byline", d(2019, 1, 3), r"By .+, (Staff Reporter|Senior Staff Reporter|"
                                      r"Business Reporter|Sports Writer|Contributor)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(JM, "dated", day).startswith("Published") == (day >= JM_REDESIGN)
        assert on(DO, "fecha", day).startswith("Santo Domingo") == (day < DO_REDESIGN)
        assert on(GT, "fecha", day).startswith("Guatemala, ") == (day < GT_REDESIGN)
        assert on(HT, "date", day).startswith("Publié le") == (day < HT_REDESIGN)
        assert (" | " in on(CW, "fecha", day)) == (day >= CW_REDESIGN)
        assert on(HN, "fecha", day).startswith("La Ceiba") == (day < HN_REDESIGN)
        assert on(CU, "fecha", day).startswith("Matanzas") == (day < CU_REDESIGN)
        assert on(BQ, "datum", day).startswith("Kralendijk") == (day >= BQ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((JM, "fx"), (DO, "tasa"), (HT, "taux"), (HN, "lempira"),
                           (CR, "colon")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    assert len(changes(GT, "cambio")) >= 2000  # weekends too
    for domain, family, weekday in ((TT, "edition", 6), (CU, "edicion", 5)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    turned = changes(CW, "gasolin")
    assert 55 <= len(turned) <= 71 and all(day.day == 1 for day in turned)
    assert len(changes(LK, "jodi-a")) == len(every_day()) - 1
    assert {on(LK, "jodi-a", day).partition(": ")[2] for day in every_day()} == set(
        LK_PROGRAMMES)
    for day in every_day():
        assert f"J${jmd_rate(day):.2f}" in on(JM, "fx", day)
        assert comma(htg_rate(day)) in on(HT, "taux", day)
        assert comma(fuel_price(day) / 100) in on(CW, "gasolin", day)
    assert "= 4" in on(HT, "taux", d(2015, 1, 5)) and "= 11" in on(HT, "taux", d(2020, 8, 14))
    assert "= 6" in on(HT, "taux", d(2020, 10, 15))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "hurricane season" in on(JM, "season", d(y, 8, 1))
        assert "Dry season" in on(JM, "season", d(y, 3, 1))
        assert "Temporada ciclónica" in on(DO, "temporada", d(y, 9, 1))
        assert "Navidad" in on(DO, "temporada", d(y, 12, 20))
        assert "Invierno" in on(GT, "invierno", d(y, 7, 1))
        assert "Verano" in on(GT, "invierno", d(y, 2, 1))
        assert "orkan" in on(CW, "tempu", d(y, 9, 1))
        assert "Rainy" in on(TT, "weather", d(y, 8, 1)) and "Dry" in on(TT, "weather",
                                                                        d(y, 3, 1))
        assert "seca" in on(HN, "lluvias", d(y, 4, 1)) and "lluviosa" in on(HN, "lluvias",
                                                                           d(y, 11, 1))
        assert "lapli" in on(LK, "sezon", d(y, 5, 1)) and "siklòn" in on(LK, "sezon",
                                                                        d(y, 9, 1))
        assert "Cruiseseizoen" in on(BQ, "seizoen", d(y, 12, 1))
        assert "zeeschildpadden" in on(BQ, "seizoen", d(y, 6, 1))
        assert "Veranillo" in on(CR, "temporada", d(y, 7, 20))
        assert "lluviosa" in on(CR, "temporada", d(y, 9, 1))
        assert "seca" in on(CR, "temporada", d(y, 2, 1))
        assert "Turtle" in on(PA, "season", d(y, 3, 1)) and "Calm" in on(PA, "season",
                                                                         d(y, 10, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Kingston: the votes, Matthew, the curfew, Independence's count, Heroes Day
    assert "General Election 2016" in on(JM, "notice", d(2016, 2, 24))
    assert "Matthew" in on(JM, "notice", d(2016, 10, 2))
    assert "curfew" in on(JM, "notice", d(2020, 5, 1))
    assert counts_in(JM, "notice", r"Jamaica! (\d+) years") == {str(n) for n in range(53, 59)}
    assert "Heroes" in on(JM, "notice", d(2019, 10, 21))
    # Santo Domingo: the suspended municipal vote, Independence and the Restoration's counts
    assert "suspendidas" in on(DO, "aviso", d(2020, 2, 20))
    assert "municipales: los colegios" in on(DO, "aviso", d(2020, 3, 12))
    assert "Elecciones 2020" in on(DO, "aviso", d(2020, 7, 4))
    assert counts_in(DO, "aviso", r"(\d+) años de Independencia") == {
        str(n) for n in range(171, 176)}  # 2020's: the suspended vote
    assert counts_in(DO, "aviso", r"(\d+) años de la Restauración") == {
        str(n) for n in range(152, 158)}
    assert counts_in(DO, "aviso", r"Semana Santa (\d{4})") == years - {"2020"}  # curfew
    # Guatemala: protests, four votes, Fuego, the kites (not flown in 2020)
    assert "Plaza" in on(GT, "aviso", d(2015, 6, 1))
    assert "Segunda vuelta presidencial 2019" in on(GT, "aviso", d(2019, 8, 10))
    assert "Fuego" in on(GT, "aviso", d(2018, 6, 10))
    assert counts_in(GT, "aviso", r"Barriletes gigantes (\d{4})") == years - {"2020"}
    assert "Sin festival" in on(GT, "aviso", d(2020, 11, 1))
    assert counts_in(GT, "aviso", r"(\d+) años de independencia") == {
        str(n) for n in range(194, 199)}  # 2020's: the curfew
    # Port-au-Prince: the run-off put off and annulled, the peyi lok, the carnival
    assert "reporté" in on(HT, "avis", d(2016, 1, 5))
    assert "annulé" in on(HT, "avis", d(2016, 1, 24))
    assert "Peyi lòk" in on(HT, "avis", d(2019, 10, 1))
    assert "annulé" in on(HT, "avis", carnival_tuesday(2016))
    assert counts_in(HT, "avis", r"Kanaval (\d{4})") == years
    assert counts_in(HT, "avis", r"Vertières : (\d+)e") == {str(n) for n in range(212, 218)} - {
        "213", "216"}  # 2016's: the vote; 2019's: the peyi lok
    assert counts_in(HT, "avis", r"2010 : (\d+) ans") == {str(n) for n in range(5, 11)} - {
        "6"}  # 2016's: the run-off put off
    # Willemstad: two votes, Curacao Day's count, the carnival and the harvest march
    assert "anticipá" in on(CW, "aviso", d(2017, 4, 27))
    assert counts_in(CW, "aviso", r"Dia di Kòrsou: (\d+) aña") == {str(n) for n in range(5, 11)}
    assert counts_in(CW, "aviso", r"Gran Marcha di Karnaval (\d{4})") == years
    assert counts_in(CW, "aviso", r"Marcha di Seú (\d{4})") == years - {"2020"}
    assert "No tin marcha" in on(CW, "aviso", easter(2020) + one)
    # San Fernando: Carnival, Divali, Indian Arrival's and Independence's counts
    assert counts_in(TT, "notice", r"Carnival (\d{4})") == years
    for y, day in DIVALI.items():
        assert f"Divali {y}" in on(TT, "notice", dt.date.fromisoformat(day)), y
    assert counts_in(TT, "notice", r"Arrival Day: (\d+) years") == {
        str(n) for n in range(170, 176)}
    assert counts_in(TT, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(53, 59)}
    assert "Flood relief" in on(TT, "notice", d(2018, 10, 22))
    # La Ceiba: the carnival (called off in 2020), the 2017 curfew, the circulation rule
    assert counts_in(HN, "aviso", r"La Ceiba (\d{4})") == years - {"2020"}
    assert "Sin Carnaval" in on(HN, "aviso", d(2020, 5, 16))
    assert "diez días" in on(HN, "aviso", d(2017, 12, 5))
    assert "dígito" in on(HN, "aviso", d(2020, 6, 1))
    assert "Eta e Iota" in on(HN, "aviso", d(2020, 11, 10))
    # Matanzas: the mourning, Irma, the referendum, the fuel, the Revolution's count
    assert "Duelo" in on(CU, "aviso", d(2016, 11, 30))
    assert "Irma" in on(CU, "aviso", d(2017, 9, 12))
    assert "Referendo" in on(CU, "aviso", d(2019, 2, 22))
    assert "combustible" in on(CU, "aviso", d(2019, 10, 1))
    assert counts_in(CU, "aviso", r"(\d+) años del triunfo") == {str(n) for n in range(56, 62)}
    assert counts_in(CU, "aviso", r"Nacional: (\d+) aniversario") == {
        str(n) for n in range(62, 68)}
    assert "sin desfile" in on(CU, "aviso", d(2020, 5, 1))
    # Gonaives: Independence's and Vertieres' counts, Souvenans, the peyi lok
    assert counts_in(LK, "anons", r"Endepandans: (\d+) an") == {str(n) for n in range(211, 217)}
    assert counts_in(LK, "anons", r"Souvenans (\d{4})") == years - {"2020"}  # lockdown
    assert "Peyi lòk" in on(LK, "anons", d(2019, 10, 1))
    # Bonaire: three votes, King's Day (at home in 2020)
    assert counts_in(BQ, "bericht", r"Koningsdag (\d{4}):") == years
    assert "thuis" in on(BQ, "bericht", d(2020, 4, 27))
    assert "Tweede Kamer" in on(BQ, "bericht", d(2017, 3, 14))
    # Nicoya: the Annexation's count, the Yeguita, the storms
    assert counts_in(CR, "aviso", r"(\d+) años de la Anexión") == {
        str(n) for n in range(191, 196)}  # 2020's: the traffic rule
    assert "sin procesión" in on(CR, "aviso", d(2020, 12, 12))
    assert "Otto" in on(CR, "aviso", d(2016, 11, 25)) and "Nate" in on(CR, "aviso",
                                                                       d(2017, 10, 6))
    assert "Segunda ronda" in on(CR, "aviso", d(2018, 3, 30))
    # Bocas: the Canal, World Youth Day, the curfew, the national days' counts
    assert "Canal" in on(PA, "notice", d(2016, 6, 26))
    assert "World Youth Day" in on(PA, "notice", d(2019, 1, 25))
    assert "Curfew" in on(PA, "notice", d(2020, 6, 1))
    assert counts_in(PA, "notice", r"Fiestas patrias: (\d+) years") == {
        str(n) for n in range(112, 118)}
    assert ceiba_carnival(2020) is None


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (JM, "byline", JM_REDESIGN, "/Staff Reporter", "{role}"),
        (JM, "epaper", d(2017, 4, 3), "J$1,200", "J$1,500"),
        (JM, "epaper", d(2020, 1, 6), "J$1,500", "J$18,000"),
        (JM, "copyright", d(2019, 1, 2), "All rights", "broadcast"),
        (JM, "notice", d(2019, 2, 4), "Twitter", "WhatsApp"),
        (DO, "por", DO_REDESIGN, "Por {author}", "Redacción"),
        (DO, "precio", d(2016, 1, 4), "RD$25", "RD$30"),
        (DO, "precio", d(2019, 1, 7), "RD$30", "RD$35"),
        (DO, "derechos", d(2018, 1, 2), "Todos los derechos", "Prohibida"),
        (GT, "por", GT_REDESIGN, "Por {author}", "Redacción"),
        (GT, "suscripcion", d(2018, 1, 8), "Q95", "Q110"),
        (GT, "suscripcion", d(2020, 6, 1), "Q110", "Q45"),
        (HT, "auteur", HT_REDESIGN, "Par {author}", "| Kwazman Info"),
        (HT, "don", d(2018, 6, 4), "Soutenez", "MonCash"),
        (CW, "outor", CW_REDESIGN, "Pa: {author}", "Skirbí"),
        (CW, "abonamentu", d(2017, 1, 2), "Naf. 45", "Naf. 50"),
        (CW, "abonamentu", d(2020, 1, 2), "Naf. 50", "Naf. 55"),
        (TT, "byline", d(2018, 8, 31), "By {author}", "South Bureau"),
        (TT, "price", d(2017, 1, 1), "TT$4", "TT$5"),
        (TT, "price", d(2019, 9, 1), "TT$5", "TT$6"),
        (HN, "por", HN_REDESIGN, "Redacción", "Por:"),
        (CU, "autor", CU_REDESIGN, "Por {author}", "Periodista"),
        (LK, "frekans", d(2017, 11, 18), "96.5 FM · Gonayiv", "104.1"),
        (LK, "repote", d(2018, 6, 4), "Repòtaj", "Jounalis"),
        (LK, "sipo", d(2019, 3, 4), "kominotè", "MonCash"),
        (BQ, "auteur", BQ_REDESIGN, "Door {author}", ", Kralendijk"),
        (BQ, "abonnement", d(2018, 1, 1), "$ 10", "$ 12"),
        (BQ, "bericht", d(2019, 5, 6), "Facebook", "nieuwsbrief"),
        (CR, "autor", d(2019, 7, 25), "Por {author}", "Corresponsal"),
        (CR, "apoyo", d(2019, 2, 4), "sostiene", "SINPE"),
        (PA, "byline", d(2019, 1, 21), "By {author}", "By / Por"),
        (PA, "support", d(2020, 1, 6), "free to read", "Patreon")))
    assert_groups_reworded(SET, (
        (JM, "dated", " | ", "Published: "),
        (DO, "fecha", "Santo Domingo, ", " - "),
        (GT, "fecha", "Guatemala, ", " h"),
        (HT, "date", "Publié le", " · "),
        (JM, "byline", "/Staff Reporter", "By "),
    ))


def test_several_languages() -> None:
    creole = r"\b(?:lendi|madi|mèkredi|jedi|vandredi|samdi|dimanch)\b"
    papiamentu = r"\b(?:djaluna|djamars|djarason|djaweps|djabièrnè|djasabra|djadumingu)\b"
    dutch = r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
    assert all(re.search(creole, t) for t in group_lines(SET, LK, "dat"))
    assert any(re.search(creole, t, re.I) for t in group_lines(SET, HT, "date"))
    assert any("Publié le" in t for t in group_lines(SET, HT, "date"))
    assert any(re.search(papiamentu, t, re.I) for t in group_lines(SET, CW, "fecha"))
    assert any(re.search(dutch, t) for t in group_lines(SET, BQ, "datum"))
    assert all(" | " in t and " de " in t for t in group_lines(SET, PA, "date"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{JM}/dated", f"{JM}/byline", f"{JM}/also-read", f"{JM}/kicker",
                         f"{JM}/fx", f"{JM}/copyright", f"{DO}/fecha", f"{DO}/lea",
                         f"{DO}/seccion", f"{DO}/tasa", f"{GT}/fecha", f"{GT}/cambio"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{JM}/correction", f"{JM}/letters", f"{DO}/direccion", f"{DO}/publicidad",
        f"{GT}/fair-use", f"{HT}/reproduction", f"{CW}/adres"))
    assert_carried_share(docs, JM, [
        ("dated", 0.7, 0.97), ("copyright", 0.3, 0.6), ("also-read", 0.4, 0.75),
        ("correction", 0.0, 0.1), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, DO, [("fecha", 0.65, 0.93), ("publicidad", 0.0, 0.2)])
    for fam in (f"{JM}/also-read", f"{DO}/lea", f"{GT}/interesar"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{JM}/photo", f"{DO}/foto", f"{GT}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((JM, "photo"), (DO, "foto"), (DO, "publicidad"), (GT, "foto"),
                               (HT, "photo"), (HT, "publicite"), (CW, "potret"),
                               (TT, "see-also"), (TT, "photo"), (HN, "foto"), (CU, "foto"),
                               (LK, "koute"), (BQ, "lees-ook"), (CR, "relacionado"),
                               (PA, "more")))
    roles = {m[1] for t in group_lines(SET, JM, "byline")
             if (m := re.fullmatch(r"By [^,]+, (.+)", norm(t)))}
    assert roles and roles <= pool(SET, JM, "role")


def test_amounts_in_appeals_and_prices() -> None:
    amounts = [m[1] for t in group_lines(SET, HT, "don")
               if (m := re.search(r"voye (.+) goud", norm(t)))]
    assert amounts and set(amounts) <= pool(SET, HT, "goud")
    prices = {y: on(DO, "precio", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "RD$25" in prices[2015] and "RD$30" in prices[2017] and "RD$35" in prices[2020]
    assert "TT$4" in on(TT, "price", d(2015, 6, 1)) and "TT$6" in on(TT, "price",
                                                                     d(2020, 6, 1))
    assert "$3 a month" in on(PA, "support", d(2020, 6, 1))
    assert "20 centavos" in on(CU, "precio", d(2018, 1, 1))
    seen = {m[1] for t in group_lines(SET, JM, "epaper")
            if (m := re.search(r"J\$([\d,]+) a month", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (JM, "correction"), (DO, "apagon"), (GT, "cierre"), (HT, "coupure"), (CW, "awa"),
        (TT, "water"), (HN, "energia"), (CU, "electrica"), (LK, "kouran"), (BQ, "stroom"),
        (CR, "agua"), (PA, "power")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{JM}/also-read", "ALSO READ: "), (f"{DO}/lea", "Lea también: "),
        (f"{GT}/interesar", "Le puede interesar: "), (f"{HT}/lire", "Lire aussi : "),
        (f"{CW}/lesa", "Lesa tambe: "), (f"{HN}/interesar", "TE PUEDE INTERESAR: "),
        (f"{CU}/vea", "Vea también: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (DO, "publicidad", "Publicidad"),
        (HT, "publicite", "PUBLICITÉ"),
        (DO, "direccion", "Av. 27 de Febrero No. 000, Santo Domingo, R.D. · Tel. 809-000-0001"),
        (GT, "fair-use", "Se permite citar este contenido con enlace a la nota original; no "
                         "se autoriza copiarlo completo."),
        (CU, "reproduccion", "Se autoriza la reproducción de nuestros trabajos siempre que "
                             "se cite la fuente."),
        (TT, "classifieds", "Classifieds and death notices: call the front desk, Mondays to "
                            "Fridays, 8 to 4.")))
    for style, family, pattern, pool_name in (
            (JM, "kicker", r"^(.+)$", "kicker"),
            (JM, "dateline", r"^(.+), Jamaica —$", "parish"),
            (DO, "seccion", r"^(.+)$", "seccion"),
            (DO, "foto", r"^Foto: (.+)$", "foto"),
            (GT, "seccion", r"^(.+)$", "seccion"),
            (GT, "lugar", r"^(.+)\.$", "depto"),
            (HT, "rubrique", r"^(.+)$", "rubrique"),
            (CW, "seksion", r"^(.+)$", "seksion"),
            (TT, "dateline", r"^(.+):$", "town"),
            (HN, "seccion", r"^(.+)$", "seccion"),
            (BQ, "rubriek", r"^(.+)$", "rubriek")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DO, "direccion", "Av. 27 de Febrero No. 000, Santo Domingo, R.D. · Tel. 809-000-0001"),
        (GT, "fair-use", "Se permite citar este contenido con enlace a la nota original; no "
                         "se autoriza copiarlo completo."),
        (HT, "reproduction", "Toute reproduction, même partielle, est interdite sans l'accord "
                             "écrit de la rédaction.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        JM: (["epaper", "letters", "copyright"], 2), DO: (["precio", "derechos", "direccion"], 2),
        GT: (["suscripcion", "derechos", "fair-use"], 2), HT: (["don", "droits", "reproduction"],
                                                               2),
        CW: (["abonamentu", "derechi", "adres"], 2), TT: (["price", "classifieds", "copyright"],
                                                          2),
        HN: (["comentarios", "derechos"], 2), CU: (["precio", "reproduccion", "derechos",
                                                    "redaccion"], 2),
        LK: (["sipo", "dwa"], 1), BQ: (["abonnement", "copyright"], 2),
        CR: (["apoyo", "derechos"], 2), PA: (["support", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert JM in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
