"""The held-back-98 template set (`tests.bench.heldout_templates_98`): its localised dates
(printed day by day in Spanish, Portuguese, Guarani, English and Japanese, several changing
form on the day of a redesign, one with Japan's era, a weekly by its Friday issue in Welsh),
the lines that turn every day, on working days, every week or by the weekday (the UF, the UI,
the dollar in six currencies, soybeans, copper, lithium, the falls' flow, Quito's driving
restriction, El Alto's market days, Temuco's air quality, a radio's programme), the seasons of
smog, rains, frost, heat, dengue, beaches, whales and the Inca Trail, the notices it rewords by
date, the calendars some notices follow (votes, run-offs, referendums, a plebiscite, the 2019
crises, the 2020 quarantines, earthquakes, an eruption alert, floods, a strike, national days
with their counts, Carnival, Holy Week, Corpus Christi, Alasitas, Gran Poder, the Andean new
year, Inti Raymi, We Tripantu, Caacupe, the Eisteddfod, the Welsh landing, Japanese
immigration, events called off in 2020), the amounts in its appeals and prices, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_98 import (
    AM_REDESIGN,
    CP_NO_DRIVING,
    CP_REDESIGN,
    DI_REDESIGN,
    ER_REDESIGN,
    FIRST_DAY,
    GT_REDESIGN,
    LAST_DAY,
    MA_REDESIGN,
    OC_REDESIGN,
    REIWA,
    RL_REDESIGN,
    RO_REDESIGN,
    SD_REDESIGN,
    TP_REDESIGN,
    air_quality,
    along,
    ars_rates,
    brl_rate,
    clp_rate,
    copper_price,
    corpus_christi,
    eisteddfod,
    falls_flow,
    gran_poder,
    grouped,
    japanese_era,
    lithium_price,
    made_up,
    next_feria,
    oruro_entry,
    pen_rate,
    pyg_rate,
    sd_issue,
    soy_price,
    turismo,
    uf_value,
    ui_value,
    uyu_rate,
    week_from,
    working_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
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

SET = "held-back-98"
SITES = ("El Mirador Andino", "El Eco de Rosario", "Andes Mining Report",
         "El Centinela del Pichincha", "Diario Illimani", "Rambla Oriental", "Tape Pyahu",
         "El Observador Cusqueño", "Gazeta da Tríplice", "Radio Llaima", "Seren y De",
         "Andes Nippo")
MA, ER, AM, CP = ("elmiradorandino.cl", "elecoderosario.com.ar", "andesminingreport.com",
                  "centinelapichincha.com.ec")
DI, RO, TP, OC = ("diarioillimani.com.bo", "ramblaoriental.com.uy", "tapepyahu.com.py",
                  "observadorcusqueno.pe")
GT, RL, SD, AN = ("gazetadatriplice.com.br", "radiollaima.cl", "serenyde.com.ar",
                  "andesnippo.pe")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((MA, "fecha"), (ER, "fecha"), (AM, "dateline"), (CP, "fecha"), (DI, "fecha"),
         (RO, "fecha"), (TP, "fecha"), (OC, "fecha"), (GT, "data"), (RL, "publicado"),
         (AN, "hizuke"))
# The lines that turn every day, on working days, every week or by the weekday.
WORKING_DAYS = ((MA, "dolar"), (ER, "dolar"), (ER, "soja"), (AM, "copper"), (TP, "cambio"),
                (OC, "cambio"))
PERIODIC = WORKING_DAYS + ((MA, "uf"), (AM, "lithium"), (CP, "pico-y-placa"), (DI, "feria"),
                           (RO, "indicadores"), (GT, "vazao"), (GT, "cambio"), (RL, "hoy"),
                           (RL, "aire"), (SD, "rhifyn"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((MA, "aviso"), (ER, "aviso"), (AM, "notice"), (CP, "aviso"), (DI, "aviso"),
           (RO, "aviso"), (TP, "aviso"), (OC, "aviso"), (GT, "aviso"), (RL, "saludos"),
           (SD, "avisos"), (AN, "oshirase"))
SEASONAL = ((MA, "aire"), (CP, "temporada"), (DI, "clima"), (RO, "temporada"),
            (TP, "estacion"), (OC, "camino-inca"), (OC, "clima"), (SD, "temporada"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 4, 21)
FIRST_WORDINGS = {
    MA: "Síguenos en Twitter e Instagram: @elmiradorandino",
    ER: "Seguinos en Facebook y Twitter: El Eco de Rosario",
    AM: "Follow Andes Mining Report on LinkedIn for breaking news",
    CP: "Síganos en Facebook y Twitter: @CentinelaUIO",
    DI: "Síganos en Facebook: Diario Illimani",
    RO: "Seguinos en Twitter: @ramblaoriental",
    TP: "Seguinos en Facebook: Tape Pyahu",
    OC: "Síganos en Facebook: El Observador Cusqueño",
    GT: "Curta nossa página no Facebook: Gazeta da Tríplice",
    RL: "Mándanos tus saludos por mensaje de texto al 9 0000 0000",
    SD: "Avisos y cartas de lectores: redaccion@serenyde.com.ar",
    AN: "Facebook: Andes Nippo",
}

CJK = r"[\u3040-\u30ff\u4e00-\u9fff]"
GUARANI = r"jasy|ẽ|ã|ĩ|õ|ỹ|'"
YEARS = {str(y) for y in range(2015, 2021)}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def numbers(text: str) -> int:
    """The digits of `text` as one number (a price with its thousands separators)."""
    return int(re.sub(r"\D", "", text))


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 21), d(2017, 5, 24), d(2018, 6, 24), d(2019, 5, 1),
        d(2019, 10, 20), d(2020, 4, 11), d(2020, 10, 25), LAST_DAY))


def test_helpers() -> None:
    assert along(d(2015, 6, 1), (("2015-01-01", 0), ("2015-01-11", 10))) == 10
    assert along(d(2015, 1, 6), (("2015-01-01", 0), ("2015-01-11", 10))) == 5
    assert along(d(2014, 1, 6), (("2015-01-01", 3), ("2015-01-11", 10))) == 3
    assert grouped(24557.31, 2) == "24.557,31" and grouped(6455) == "6.455"
    assert grouped(3.412, 3, ".", ",") == "3.412" and grouped(1250.5, 1, ".", ",") == "1,250.5"
    # the movable days, by Easter, Carnival and the weekdays
    assert gran_poder(2019) == d(2019, 6, 15) and gran_poder(2016) == d(2016, 5, 21)
    assert oruro_entry(2018) == d(2018, 2, 10) and oruro_entry(2020) == d(2020, 2, 22)
    assert turismo(2016) == d(2016, 3, 21) and corpus_christi(2019) == d(2019, 6, 20)
    assert eisteddfod(2019) == d(2019, 10, 26) and eisteddfod(2015) == d(2015, 10, 31)
    assert next_feria(d(2019, 6, 17)) == d(2019, 6, 20) == next_feria(d(2019, 6, 20))
    assert next_feria(d(2019, 6, 21)) == d(2019, 6, 23)
    assert japanese_era(d(2019, 4, 30)) == "平成31年" and japanese_era(REIWA) == "令和元年"
    assert japanese_era(d(2015, 1, 1)) == "平成27年" and japanese_era(d(2020, 1, 1)) == "令和2年"
    assert sd_issue(d(2015, 1, 2)) == (803, d(2015, 1, 2))
    assert sd_issue(d(2015, 1, 8)) == (803, d(2015, 1, 2))
    assert air_quality(d(2019, 3, 31)) is None and air_quality(d(2019, 10, 1)) is None
    assert air_quality(d(2019, 4, 1)) is not None and air_quality(d(2019, 9, 30)) is not None
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    for day in every_day():
        for rate in (clp_rate, ars_rates, soy_price, copper_price, uyu_rate, pyg_rate,
                     pen_rate, brl_rate):
            assert rate(day) == rate(working_day(day)), (rate, day)
        assert lithium_price(day) == lithium_price(week_from(day, 0))
        assert lithium_price(day) % 50 == 0 and soy_price(day) % 10 == 0
        assert uf_value(day + one) > uf_value(day) and ui_value(day + one) > ui_value(day)
        number, friday = sd_issue(day)
        assert friday.weekday() == 4 and sd_issue(day + 7 * one)[0] == number + 1
        official, blue = ars_rates(day)
        assert blue > official and 8 <= official <= 90
        assert 580 <= clp_rate(day) <= 880 and 4400 <= copper_price(day) <= 8000
        assert 2.9 <= pen_rate(day) <= 3.7 and 4500 <= pyg_rate(day) <= 7000
        assert 2.5 <= brl_rate(day) <= 6.0 and 24 <= uyu_rate(day) <= 45
        assert 100 <= falls_flow(day) <= 3500
    assert 24500 < uf_value(FIRST_DAY) < 24700 and 28900 < uf_value(LAST_DAY) < 29200
    assert 3.0 < ui_value(FIRST_DAY) < 3.1 and 4.6 < ui_value(LAST_DAY) < 4.8
    assert ars_rates(d(2015, 12, 17))[0] > ars_rates(d(2015, 12, 16))[0] + 3  # the float
    assert ars_rates(d(2019, 8, 12))[0] > ars_rates(d(2019, 8, 9))[0] + 10  # after the PASO
    blue_2018 = ars_rates(d(2018, 6, 1))
    assert blue_2018[1] < blue_2018[0] * 1.05  # no gap without exchange controls
    assert ars_rates(d(2020, 10, 22))[1] > 2 * ars_rates(d(2020, 10, 22))[0]
    assert copper_price(d(2020, 3, 23)) < 4800 and copper_price(d(2020, 12, 30)) > 7700
    drought = [falls_flow(day) for day in every_day() if day.year == 2020 and day.month > 3]
    assert max(drought) < 1100 < max(falls_flow(day) for day in every_day() if day.year == 2019)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 7, 5)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MA, "fecha", old, "Santiago, sábado 5 de marzo de 2016")
    full(MA, "fecha", new, r"Viernes 05-07-2019 \| \d\d:\d\d hrs\.")
    full(MA, "uf", new, r"UF hoy: \$27\.\d{3},\d\d")
    full(MA, "dolar", new, r"Dólar observado: \$[67]\d\d,\d\d")
    full(ER, "fecha", old, "Sábado, 5 de marzo de 2016")
    full(ER, "fecha", new, r"05/07/2019 \| \d\d:\d\d hs")
    full(ER, "dolar", new, r"💵 Dólar hoy — oficial: \$4\d,\d\d \| blue: \$4\d,\d\d")
    full(ER, "soja", new, r"🌱 Pizarra de Rosario: soja \$\d{1,2}\.\d{2}0 la tonelada")
    full(AM, "dateline", old, r"[A-ZÁÉÍÓÚ ]+ \| Mar\. 5, 2016")
    full(AM, "dateline", new, r"Fri 5 July 2019, \d\d:\d\d local time")
    full(AM, "copper", new, r"LME copper \(cash\): US\$\d,\d{3}/t")
    full(AM, "lithium", new, r"Lithium carbonate, week of Jul 1: US\$\d{1,2},\d50/t|"
                             r"Lithium carbonate, week of Jul 1: US\$\d{1,2},\d00/t")
    full(CP, "fecha", old, "Quito, 5 de marzo de 2016")
    full(CP, "fecha", new, r"Viernes 5 de julio de 2019 - \d\d:\d\d")
    full(CP, "pico-y-placa", old, "🚗 Hoy sábado no rige el pico y placa en Quito")
    full(CP, "pico-y-placa", new, "🚗 Pico y placa hoy, viernes: placas terminadas en 9 y 0, "
                                  "de 07:00 a 09:30 y de 16:00 a 19:30")
    full(DI, "fecha", old, "sábado 5 de marzo, 2016")
    full(DI, "fecha", new, "La Paz, viernes 05.07.2019")
    full(DI, "feria", old, "🛍️ Próxima Feria 16 de Julio: domingo 6")
    full(DI, "feria", d(2016, 3, 6), "🛍️ Hoy domingo hay Feria 16 de Julio en El Alto")
    full(RO, "fecha", old, "5 mar 2016")
    full(RO, "fecha", new, r"Viernes 5 de julio de 2019 · Actualizado \d\d:\d\d")
    full(RO, "indicadores", new, r"UI: 4,\d{4} · Dólar: \$3\d,\d{3}")
    full(TP, "fecha", old, "Sábado, 5 de marzo de 2016")
    full(TP, "fecha", new, r"Arapo 5 jasypokõi 2019 · \d\d:\d\d")
    full(TP, "cambio", new, r"💱 Cambios hoy: USD 1 = Gs\. 6\.\d{3}")
    full(OC, "fecha", old, "Cusco, 5 de marzo del 2016")
    full(OC, "fecha", new, r"Viernes, 05 de julio de 2019 \| \d\d:\d\d h")
    full(OC, "cambio", new, r"💱 Tipo de cambio: S/ 3\.\d{3} por dólar")
    full(GT, "data", old, "Foz do Iguaçu, 5 de março de 2016")
    full(GT, "data", new, r"sexta-feira, 05/07/2019 às \d\d:\d\d")
    full(GT, "vazao", new, r"💧 Vazão das Cataratas hoje: (\d\.)?\d{2,3}0 m³/s")
    full(GT, "cambio", new, r"💱 Câmbio na fronteira: US\$ 1 = R\$ 3,\d\d \| R\$ 1 = ₲ 1\.\d{3}")
    full(RL, "publicado", old, "Publicado el 5 de marzo de 2016")
    full(RL, "publicado", new, "Viernes 5/7/2019")
    full(RL, "hoy", new, "📻 Hoy viernes: Feria en la radio: precios del mercado, a las 10")
    full(RL, "aire", new, r"🔥 Calidad del aire hoy en Temuco: [a-z]+\. .+")
    full(SD, "rhifyn", old, "Rhifyn 864 · Dydd Gwener 4 Mawrth 2016")
    full(SD, "rhifyn", new, r"Rhifyn / Edición \d{4} · viernes 5 de julio de 2019")
    full(AN, "hizuke", old, "平成28年3月5日（土）")
    full(AN, "hizuke", new, "令和元年7月5日（金） · 5 de julio de 2019")
    full(RO, "escribe", new, r"Escribe .+ \| (Política|Sociedad|Economía|Cultura|Deporte)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(MA, "fecha", day).startswith("Santiago") == (day < MA_REDESIGN)
        assert (" hs" in on(ER, "fecha", day)) == (day >= ER_REDESIGN)
        assert ("local time" in on(AM, "dateline", day)) == (day >= AM_REDESIGN)
        assert on(CP, "fecha", day).startswith("Quito") == (day < CP_REDESIGN)
        assert on(DI, "fecha", day).startswith("La Paz") == (day >= DI_REDESIGN)
        assert ("Actualizado" in on(RO, "fecha", day)) == (day >= RO_REDESIGN)
        assert ("jasy" in on(TP, "fecha", day)) == (day >= TP_REDESIGN)
        assert (" del " in on(OC, "fecha", day)) == (day < OC_REDESIGN)
        assert on(GT, "data", day).startswith("Foz") == (day < GT_REDESIGN)
        assert on(RL, "publicado", day).startswith("Publicado") == (day < RL_REDESIGN)
        hizuke = on(AN, "hizuke", day)
        assert hizuke.startswith(japanese_era(day))
        assert hizuke.startswith("令和") == (" de " in hizuke) == (day >= REIWA)
        assert f"{day.month}月{day.day}日" in hizuke
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_weekday() -> None:
    for domain, family in WORKING_DAYS:
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), family
    for domain, family in ((MA, "uf"), (RO, "indicadores")):
        assert len(changes(domain, family)) == len(every_day()) - 1, domain
    assert len(changes(GT, "vazao")) >= 0.9 * len(every_day())
    for domain, family, weekday in ((AM, "lithium", 0), (SD, "rhifyn", 4)):
        turned = changes(domain, family)
        assert len(turned) >= 250, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    # by the weekday: a radio's programme, the driving restriction, the market days
    assert len(changes(RL, "hoy")) == len(every_day()) - 1
    assert len({on(RL, "hoy", day) for day in every_day()}) == 7
    assert len({on(CP, "pico-y-placa", day) for day in every_day()}) == 8
    for day in every_day():
        plates = on(CP, "pico-y-placa", day)
        if CP_NO_DRIVING[0] <= day < CP_NO_DRIVING[1]:
            assert "suspendido" in plates
        else:
            assert ("no rige" in plates) == (day.weekday() >= 5), day
        feria = on(DI, "feria", day)
        assert feria.startswith("🛍️ Hoy") == (day.weekday() in (3, 6))
        nxt = next_feria(day)
        assert feria.endswith(f" {nxt.day}") or feria.startswith("🛍️ Hoy")
        air = on(RL, "aire", day)
        assert ("fuera del período" in air) == (air_quality(day) is None), day
        assert grouped(uf_value(day), 2) in on(MA, "uf", day)
        assert grouped(pyg_rate(day)) in on(TP, "cambio", day)
    levels = {m[1] for day in every_day()
              if (m := re.search(r"Temuco: ([a-z]+)\.", on(RL, "aire", day)))}
    assert levels == {"bueno", "regular", "alerta", "preemergencia"}
    assert "oficial: $8," in on(ER, "dolar", d(2015, 1, 5))
    assert "oficial: $8" in on(ER, "dolar", d(2020, 12, 1))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "episodios críticos" in on(MA, "aire", d(y, 6, 1))
        assert "UV" in on(MA, "aire", d(y, 12, 1))
        assert "incendios" in on(CP, "temporada", d(y, 8, 1))
        assert "lluvias" in on(CP, "temporada", d(y, 11, 1))
        assert "lluvias" in on(DI, "clima", d(y, 2, 1)) and "Heladas" in on(DI, "clima",
                                                                             d(y, 6, 21))
        assert "Plan Invierno" in on(RO, "temporada", d(y, 7, 1))
        assert "playas" in on(RO, "temporada", d(y, 1, 15))
        assert "Dengue" in on(TP, "estacion", d(y, 2, 1))
        assert "calor" in on(TP, "estacion", d(y, 12, 1))
        assert "cerrado" in on(OC, "camino-inca", d(y, 2, 14))
        assert "cerrado" not in on(OC, "camino-inca", d(y, 3, 1))
        assert "Heladas" in on(OC, "clima", d(y, 7, 1)) and "lluvias" in on(OC, "clima",
                                                                            d(y, 1, 15))
        assert "ballenas" in on(SD, "temporada", d(y, 9, 1))
        assert "Verano" in on(SD, "temporada", d(y, 1, 10))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    # Santiago: Fiestas Patrias with their count, the earthquake, the unrest, the plebiscite
    assert counts_in(MA, "aviso", r"Patrias! (\d+) años") == {str(n) for n in range(205, 210)}
    assert "sin fondas" in on(MA, "aviso", d(2020, 9, 18))
    assert "Terremoto" in on(MA, "aviso", d(2015, 9, 17))
    assert "Copa América" in on(MA, "aviso", d(2015, 7, 4))
    assert "toque de queda" in on(MA, "aviso", d(2019, 10, 20))
    assert "catástrofe" in on(MA, "aviso", d(2020, 5, 1))
    assert "Plebiscito" in on(MA, "aviso", d(2020, 10, 22))
    assert "Segunda vuelta" in on(MA, "aviso", d(2017, 12, 15))
    # Rosario: 9 July (the bicentenary; 2018's in the World Cup, 2020's in the isolation)
    assert counts_in(ER, "aviso", r"9 de Julio: (\d+) años") == {"199", "201", "203"}
    assert "Bicentenario" in on(ER, "aviso", d(2016, 7, 9))
    assert counts_in(ER, "aviso", r"25 de Mayo: (\d+) años") == {str(n) for n in
                                                                  range(205, 210)}
    assert "Mundial" in on(ER, "aviso", d(2018, 6, 20))
    assert "Balotaje" in on(ER, "aviso", d(2015, 11, 20))
    assert "Aislamiento" in on(ER, "aviso", d(2020, 7, 9))
    # the mining newsletter: PDAC every March, Perumin's numbers, the strike, the blockade
    # 2017's and 2019's conventions fell in the strike's and the blockade's notices
    assert counts_in(AM, "notice", r"At PDAC (\d{4})") == YEARS - {"2017", "2019"}
    assert counts_in(AM, "notice", r"PERUMIN (\d+):") == {"32", "33", "34"}
    assert "Escondida" in on(AM, "notice", d(2017, 3, 1))
    assert "Apurimac" in on(AM, "notice", d(2019, 3, 1))
    assert "UNREST" in on(AM, "notice", d(2019, 10, 25))
    # Quito: its feasts (virtual in 2020), the volcano, the earthquake, the strike
    assert counts_in(CP, "aviso", r"Quito: (\d+) años") == {str(n) for n in range(481, 486)}
    assert "virtuales" in on(CP, "aviso", d(2020, 12, 6))
    assert counts_in(CP, "aviso", r"(\d+) años de la Batalla") == {str(n) for n in
                                                                    range(193, 198)}
    assert counts_in(CP, "aviso", r"(\d+) años del Primer Grito") == {str(n) for n in
                                                                      range(206, 211)}
    assert "Cotopaxi" in on(CP, "aviso", d(2015, 9, 1))
    assert "Manabí" in on(CP, "aviso", d(2016, 4, 20))
    assert "Paro nacional" in on(CP, "aviso", d(2019, 10, 8))
    assert "Difuntos" in on(CP, "aviso", d(2018, 11, 2))
    # La Paz: the Andean new year's count, the sea's, the homeland's, Gran Poder called off
    assert counts_in(DI, "aviso", r"Amazónico (\d{4})") == {str(n) for n in range(5523, 5529)}
    assert counts_in(DI, "aviso", r"Día del Mar: (\d+) años") == {str(n) for n in
                                                                   range(136, 141)}
    assert counts_in(DI, "aviso", r"(\d+) años de la Patria") == {str(n) for n in
                                                                   range(190, 196)}
    assert counts_in(DI, "aviso", r"Alasitas (\d{4})") == YEARS
    assert counts_in(DI, "aviso", r"Carnaval de Oruro (\d{4})") == YEARS
    for y in range(2015, 2021):
        text = on(DI, "aviso", gran_poder(y))
        assert ("se suspende" in text) if y == 2020 else (f"Gran Poder {y}" in text), y
    assert "21F" in on(DI, "aviso", d(2016, 2, 19))
    assert "Racionamiento" in on(DI, "aviso", d(2016, 11, 20))
    assert "poselectoral" in on(DI, "aviso", d(2019, 11, 10))
    # Montevideo: two national days' counts, Tourism Week by Easter, Carnival, the run-off
    assert counts_in(RO, "aviso", r"(\d+) años de la Declaratoria") == {
        str(n) for n in range(190, 196)}
    assert counts_in(RO, "aviso", r"(\d+) años de la Jura") == {str(n) for n in range(185, 191)}
    assert counts_in(RO, "aviso", r"Semana de Turismo (\d{4})") == YEARS - {"2020"}
    assert "Carnaval" in on(RO, "aviso", d(2020, 2, 25))
    assert "Nostalgia" in on(RO, "aviso", d(2017, 8, 24))
    assert "Balotaje" in on(RO, "aviso", d(2019, 11, 27))
    assert "Emergencia sanitaria" in on(RO, "aviso", d(2020, 4, 12))
    # Asuncion: Independence and the Chaco peace with their counts, Caacupe (virtual in 2020)
    assert counts_in(TP, "aviso", r"(\d+) años de la Independencia") == {
        str(n) for n in range(204, 210)}
    assert counts_in(TP, "aviso", r"(\d+) años de la Paz") == {str(n) for n in range(80, 86)}
    assert counts_in(TP, "aviso", r"Caacupé (\d{4}): horarios") == YEARS - {"2020"}
    assert "virtual" in on(TP, "aviso", d(2020, 12, 8))
    assert "Crecida" in on(TP, "aviso", d(2016, 1, 10))
    assert "Congreso" in on(TP, "aviso", d(2017, 4, 1))
    assert "Guaraní" in on(TP, "aviso", d(2019, 8, 25))
    assert "jopara" in on(TP, "aviso", d(2018, 8, 1))
    # Cusco: Inti Raymi (not staged in 2020), Fiestas Patrias' count, the Easter feasts
    assert counts_in(OC, "aviso", r"Inti Raymi (\d{4}): Qorikancha") == YEARS - {"2020"}
    assert "sin escenificación" in on(OC, "aviso", d(2020, 6, 24))
    assert counts_in(OC, "aviso", r"Fiestas Patrias: (\d+) años") == {
        str(n) for n in range(194, 200)}
    for y in range(2015, 2020):
        assert "Corpus Christi" in on(OC, "aviso", corpus_christi(y)), y
        assert "Temblores" in on(OC, "aviso", turismo(y)), y
    assert "Qoyllur" in on(OC, "aviso", d(2019, 6, 15))
    assert "Disolución" in on(OC, "aviso", d(2019, 10, 1))
    assert "marchas" in on(OC, "aviso", d(2020, 11, 12))
    # Foz: the city's birthday (2020's with the bridge closed), Christmas, the strike
    assert counts_in(GT, "aviso", r"faz (\d+) anos") == {str(n) for n in range(101, 106)}
    assert counts_in(GT, "aviso", r"Natal das Cataratas (\d{4}): programação na") == (
        YEARS - {"2020"})
    assert "reduzida" in on(GT, "aviso", d(2020, 12, 20))
    assert "Ponte da Amizade fechada" in on(GT, "aviso", d(2020, 7, 1))
    assert "Greve" in on(GT, "aviso", d(2018, 5, 25))
    assert "Segundo turno" in on(GT, "aviso", d(2018, 10, 26))
    # Temuco: the city's count, We Tripantu, the eruption, the Pope
    assert counts_in(RL, "saludos", r"cumple (\d+) años") == {str(n) for n in range(134, 140)}
    assert "We Tripantu" in on(RL, "saludos", d(2017, 6, 24))
    assert "Villarrica" in on(RL, "saludos", d(2015, 3, 5))
    assert "Maquehue" in on(RL, "saludos", d(2018, 1, 17))
    assert "Cuarentena" in on(RL, "saludos", d(2020, 6, 24))
    # Trelew: the landing's count, the Eisteddfod (online in 2020), Saint David
    assert counts_in(SD, "avisos", r"Glaniad: (\d+) mlynedd") == {str(n) for n in
                                                                   range(150, 156)}
    assert counts_in(SD, "avisos", r"Chubut (\d{4}): programa") == YEARS - {"2020"}
    assert "en línea" in on(SD, "avisos", eisteddfod(2020))
    assert "Dewi" in on(SD, "avisos", d(2016, 3, 1))
    assert "Comodoro" in on(SD, "avisos", d(2017, 4, 1))
    assert "provinciales" in on(SD, "avisos", d(2019, 6, 8))
    # the Nikkei weekly: immigration's count (2020's in the emergency), Peru's count
    assert counts_in(AN, "oshirase", r"移住(\d+)周年") == {str(n) for n in range(116, 121)}
    assert counts_in(AN, "oshirase", r"/ (\d+) años de Independencia") == {
        str(n) for n in range(194, 200)}
    assert "あけまして" in on(AN, "oshirase", d(2018, 1, 2))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MA, "por", MA_REDESIGN, "Por {author}", "| El Mirador Andino"),
        (MA, "aviso", d(2019, 3, 4), "Twitter", "boletín"),
        (MA, "suscripcion", d(2016, 3, 1), "$2.990", "$3.990"),
        (MA, "suscripcion", d(2018, 3, 1), "$3.990", "$4.990"),
        (MA, "suscripcion", d(2020, 1, 6), "$4.990", "$5.990"),
        (MA, "derechos", d(2017, 1, 2), "Todos los derechos", "Prohibida"),
        (ER, "por", ER_REDESIGN, "Por {author}", "Redacción"),
        (ER, "aviso", d(2019, 5, 6), "Facebook", "newsletter"),
        (ER, "suscripcion", d(2016, 1, 4), "$ 99 ", "$ 149"),
        (ER, "suscripcion", d(2018, 10, 1), "$ 259", "$ 349"),
        (ER, "suscripcion", d(2020, 3, 2), "$ 449", "$ 599"),
        (AM, "byline", AM_REDESIGN, "By {author}", "Andes Mining Report"),
        (AM, "credits", AM_REDESIGN, "editing by {author2}", "the Lima desk"),
        (AM, "licence", d(2017, 7, 3), "Forwarding", "quote up to two paragraphs"),
        (AM, "subscribe", d(2017, 1, 2), "US$950", "US$1,100"),
        (AM, "subscribe", d(2019, 1, 2), "US$1,100", "US$1,250"),
        (AM, "notice", d(2019, 8, 5), "LinkedIn", "Morning Note"),
        (CP, "por", CP_REDESIGN, "Por: {author}", "Redacción Quito"),
        (CP, "defensor", d(2019, 2, 20), "Defensor de audiencias", "reclamos"),
        (CP, "precio", d(2016, 9, 1), "USD 0,50", "USD 0,75"),
        (CP, "precio", d(2019, 9, 2), "USD 0,75", "USD 1,00"),
        (CP, "aviso", d(2019, 1, 7), "Facebook", "WhatsApp"),
        (DI, "por", DI_REDESIGN, "Por {author}", "/ Diario Illimani"),
        (DI, "precio", d(2017, 1, 2), "Bs 3", "Bs 4"),
        (DI, "precio", d(2019, 7, 1), "Bs 4", "Bs 5"),
        (RO, "escribe", RO_REDESIGN, "Escribe {author}", "{author_beat}"),
        (RO, "socios", d(2017, 3, 1), "compartí", "$ 190"),
        (RO, "socios", d(2019, 3, 1), "$ 190", "$ 240"),
        (RO, "licencia", d(2019, 1, 2), "Se permite citar", "Creative Commons"),
        (TP, "por", TP_REDESIGN, "Por {author}", "Ohai:"),
        (TP, "precio", d(2018, 1, 2), "Gs. 3.000", "Gs. 4.000"),
        (TP, "precio", d(2020, 1, 2), "Gs. 4.000", "Gs. 5.000"),
        (TP, "aviso", d(2018, 9, 3), "Facebook", "WhatsApp"),
        (OC, "por", OC_REDESIGN, "Por {author}", "Redacción:"),
        (OC, "precio", d(2019, 1, 2), "S/ 1.00", "S/ 1.50"),
        (GT, "por", GT_REDESIGN, "Por {author}", "| Gazeta da Tríplice"),
        (GT, "assine", d(2018, 1, 2), "R$ 9,90", "R$ 14,90"),
        (GT, "assine", d(2020, 2, 3), "R$ 14,90", "R$ 19,90"),
        (RL, "dial", d(2017, 3, 6), "FM · Temuco", "en vivo"),
        (RL, "por", RL_REDESIGN, "Por {author}", "Nota de"),
        (RL, "aporte", d(2019, 1, 7), "voluntario", "$3.000"),
        (RL, "saludos", d(2018, 4, 2), "mensaje de texto", "WhatsApp"),
        (SD, "por", SD_REDESIGN, "Por {author}", "Gan / Por"),
        (SD, "precio", d(2016, 4, 1), "$ 15", "$ 25"),
        (SD, "precio", d(2018, 7, 27), "$ 25", "$ 40"),
        (SD, "precio", d(2019, 9, 6), "$ 40", "$ 70"),
        (SD, "precio", d(2020, 8, 7), "$ 70", "$ 90"),
        (AN, "bun", REIWA, "文・{author}", "Texto:"),
        (AN, "kodoku", d(2018, 1, 5), "S/ 20", "S/ 25")))
    assert_groups_reworded(SET, (
        (MA, "fecha", "Santiago, ", " hrs."),
        (MA, "por", "Por ", "| El Mirador Andino"),
        (ER, "fecha", " de ", " hs"),
        (AM, "dateline", " | ", "local time"),
        (AM, "credits", "; editing by", "Lima desk"),
        (MA, "derechos", "Todos los derechos", "Prohibida"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (AN, "hizuke", CJK), (AN, "kanren", CJK), (AN, "chosakuken", CJK),
        (AN, "bun", CJK), (SD, "rhifyn", r"Rhifyn"),
        (SD, "diolch", r"Diolch am ddarllen"), (GT, "data", r"Iguaçu| às "),
        (TP, "aguyje", GUARANI), (OC, "sulpayki", r"Sulpayki"),
        (RL, "chaltu-may", r"Chaltu may")))
    guarani = [t for t in group_lines(SET, TP, "fecha") if "jasy" in t]
    spanish = [t for t in group_lines(SET, TP, "fecha") if " de " in t]
    assert guarani and spanish
    welsh = [t for t in group_lines(SET, SD, "rhifyn") if "Dydd Gwener" in t]
    bilingual = [t for t in group_lines(SET, SD, "rhifyn") if "Edición" in t]
    assert welsh and bilingual
    both = [t for t in group_lines(SET, AN, "hizuke") if re.search(CJK, t) and " de " in t]
    assert both
    english = group_lines(SET, AM, "dateline")
    assert english and all(re.search(r"[A-Za-z]", t) for t in english)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MA}/fecha", f"{MA}/por", f"{MA}/lee-tambien", f"{MA}/seccion",
                         f"{MA}/uf", f"{MA}/dolar", f"{ER}/fecha", f"{ER}/dolar",
                         f"{ER}/mira-tambien", f"{AM}/dateline", f"{AM}/copper",
                         f"{AM}/credits"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MA}/direccion", f"{MA}/derechos", f"{ER}/comentarios", f"{ER}/propiedad",
        f"{ER}/copyright", f"{AM}/not-advice", f"{AM}/licence"))
    assert_carried_share(docs, MA, [
        ("fecha", 0.7, 0.97), ("por", 0.45, 0.75), ("lee-tambien", 0.4, 0.78),
        ("fe-de-erratas", 0.0, 0.1), ("aviso", 0.15, 0.45)])
    assert_carried_share(docs, ER, [("fecha", 0.65, 0.93), ("aclaracion", 0.0, 0.12)])
    for fam in (f"{MA}/lee-tambien", f"{ER}/mira-tambien", f"{AM}/related"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{MA}/foto", f"{ER}/foto", f"{AM}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((MA, "foto"), (MA, "publicidad"), (ER, "foto"), (AM, "photo"),
                               (CP, "foto"), (DI, "foto"), (RO, "foto"), (TP, "taanga"),
                               (OC, "foto"), (GT, "foto"), (GT, "publicidade"),
                               (RL, "escucha"), (SD, "ver"), (AN, "kanren"),
                               (AN, "shashin")))
    beats = {m[1] for t in group_lines(SET, RO, "escribe")
             if (m := re.fullmatch(r"Escribe [^|]+ \| (.+)", norm(t)))}
    assert beats and beats <= pool(SET, RO, "beat")
    cities = {m[1] for t in group_lines(SET, AM, "dateline")
              if (m := re.match(r"([A-ZÁÉÍÓÚ ]+?) \| ", norm(t)))}
    assert len(cities) >= 5 and cities <= pool(SET, AM, "city")


def test_amounts_in_appeals_and_prices() -> None:
    for domain, family, pattern in (
            (MA, "suscripcion", r"por \$([\d.]+) al mes"),
            (ER, "suscripcion", r"por \$ (\d+) por mes"),
            (AM, "subscribe", r"US\$([\d,]+),"),
            (CP, "precio", r"USD (\d,\d\d)"),
            (DI, "precio", r"Bs (\d)"),
            (TP, "precio", r"Gs\. ([\d.]+)"),
            (OC, "precio", r"S/ ([\d.]+)"),
            (GT, "assine", r"R\$ ([\d,]+)"),
            (SD, "precio", r"\$ (\d+)"),
            (AN, "kodoku", r"S/ (\d+)")):
        prices = [numbers(re.search(pattern, on(domain, family, d(y, 12, 1)))[1])
                  for y in range(2015, 2021)]
        assert prices == sorted(prices) and prices[-1] > prices[0], (domain, family, prices)
    seen = {m[1] for t in group_lines(SET, ER, "suscripcion")
            if (m := re.search(r"\$ (\d+) por mes", norm(t)))}
    assert len(seen) >= 3
    # the Argentine ones rise fastest: six times in six years
    assert numbers(on(ER, "suscripcion", LAST_DAY).split("$")[1]) >= 6 * 99
    assert "$3.000" in on(RL, "aporte", d(2020, 1, 1))
    assert "$ 240" in on(RO, "socios", d(2020, 1, 1))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MA, "fe-de-erratas"), (ER, "aclaracion"), (AM, "correction"), (CP, "agua"),
        (DI, "bloqueo"), (RO, "alerta"), (TP, "ande"), (OC, "paro"), (GT, "ponte"),
        (RL, "senal"), (SD, "demora"), (AN, "kyukan")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MA}/lee-tambien", "Lee también: "), (f"{ER}/mira-tambien", "Mirá también: "),
        (f"{AM}/related", "Related coverage: "), (f"{CP}/lea-tambien", "Lea también: "),
        (f"{DI}/le-puede", "Le puede interesar: "), (f"{RO}/lee", "Leé también: "),
        (f"{TP}/mas-noticias", "Más noticias: "), (f"{OC}/lea-ademas", "Lea además: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (MA, "publicidad", "PUBLICIDAD"),
        (ER, "escuchar", "Escuchar nota"),
        (AM, "premium", "SUBSCRIBER CONTENT"),
        (GT, "publicidade", "PUBLICIDADE"),
        (ER, "comentarios", "Los comentarios publicados son de exclusiva responsabilidad de "
                            "sus autores."),
        (DI, "cambio", "Tipo de cambio oficial: Bs 6,86 compra · Bs 6,96 venta"),
        (TP, "aguyje", "Aguyje! Jajotopata ko'ẽrõ."),
        (SD, "diolch", "Diolch am ddarllen · Gracias por leernos")))
    for style, family, pattern, pool_name in (
            (MA, "seccion", r"^(.+)$", "seccion"),
            (ER, "seccion", r"^(.+)$", "seccion"),
            (AM, "topic", r"^(.+)$", "topic"),
            (CP, "seccion", r"^(.+)$", "seccion"),
            (DI, "seccion", r"^(.+)$", "seccion"),
            (RO, "seccion", r"^(.+)$", "seccion"),
            (TP, "seccion", r"^(.+)$", "seccion"),
            (OC, "seccion", r"^(.+)$", "seccion"),
            (GT, "editoria", r"^(.+)$", "editoria"),
            (AM, "photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (MA, "direccion", "Av. Providencia 0000, Santiago · Mesa central: +56 2 2000 0000"),
        (ER, "comentarios", "Los comentarios publicados son de exclusiva responsabilidad de "
                            "sus autores."),
        (AM, "not-advice", "This report is for information only and is not investment "
                           "advice.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        MA: (["suscripcion", "derechos", "direccion"], 3),
        ER: (["comentarios", "suscripcion", "copyright", "propiedad"], 3),
        AM: (["not-advice", "credits", "licence", "subscribe"], 3),
        CP: (["defensor", "precio", "derechos"], 2), DI: (["jallalla", "precio",
                                                           "reproduccion"], 2),
        RO: (["socios", "licencia"], 2), TP: (["precio", "derechos", "aguyje"], 2),
        OC: (["sulpayki", "precio", "derechos"], 2), GT: (["assine", "direitos",
                                                           "bem-vindo"], 2),
        RL: (["chaltu-may", "aporte", "licencia"], 2), SD: (["precio", "diolch",
                                                             "derechos"], 2),
        AN: (["oshirase", "kodoku", "chosakuken"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert MA in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
