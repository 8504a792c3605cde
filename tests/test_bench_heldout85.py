"""The held-back-85 template set (`tests.bench.heldout_templates_85`): its localised dates
(printed day by day, several changing form or language on the day of a redesign, one with the
Aymara year turning at the June solstice, one with the US clocks), the lines that turn every
day or every week (a Maya day count, the weather by season with storms breaking in, exchange
rates, one on working days only, a weekly's issue number, a market's days), the seasons of
frost, sowing, rain and harvest, the notices it rewords by date, the calendars some notices
follow (votes, postponed and suspended ones, a border referendum, hurricanes, an eruption,
curfews and the 2020 quarantines, the winter league and the Caribbean Series, carnivals
cancelled or cut short, pilgrimages and feasts called off in 2020, national days and
anniversaries with their counts), the amounts in its appeals and prices, the lines in several
languages, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, easter, nth_weekday
from tests.bench.heldout_templates_85 import (
    BO_WILLKAKUTI,
    BZ_REDESIGN,
    CR_REDESIGN,
    CREOLE_WEEKDAYS,
    CU_REDESIGN,
    CU_UNIFIED,
    CW_REDESIGN,
    DR_REDESIGN,
    FIRST_DAY,
    GT_REDESIGN,
    GUARANI_WEEKDAYS,
    HN_REDESIGN,
    HT_REDESIGN,
    KICHE_DAYS,
    KICHE_NUMBERS,
    LAST_DAY,
    PAPIAMENTU_WEEKDAYS,
    PY_REDESIGN,
    QU_RUNASIMI,
    QUECHUA_WEEKDAYS,
    aymara_year,
    batz_days,
    cr_highest,
    cu_peso,
    cw_weather,
    ht_issue,
    jm_dollar,
    made_up,
    monday_of,
    py_dollar,
    thousands,
    tzolkin,
    us_eastern_daylight,
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
    wording_on,
)

SET = "held-back-85"
SITES = ("Diario Arandu", "Jonrón Quisqueyano", "Bon Dia Kòrsou", "Puente Calle Ocho",
         "The Santa Cruz Clarion", "El Generaleño", "Lavwa Nò", "Q'umarkaj Noticias",
         "Radio Sumaq Wayra", "The Cayo Compass", "Aru Chuyma", "La Voz Garinagu")
PY, DR, CW, CU = ("diarioarandu.com.py", "jonronquisqueyano.com", "bondiakorsou.cw",
                  "puentecalleocho.com")
JM, CR, HT, GT = ("santacruzclarion.com", "elgeneraleno.co.cr", "lavwano.ht",
                  "qumarkaj.com.gt")
QU, BZ, BO, HN = ("radiosumaqwayra.org.pe", "cayocompass.bz", "aruchuyma.org.bo",
                  "lavozgarinagu.hn")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PY, "fecha"), (DR, "fecha"), (CW, "fecha"), (CU, "credito"), (CR, "fecha"),
         (HT, "dat"), (GT, "fecha"), (QU, "fecha"), (BZ, "posted"), (BO, "uru"), (HN, "fecha"))
# The lines that turn every day, every week, on working days, with the clocks or the market.
PERIODIC = ((PY, "cotizacion"), (CU, "tasa"), (CU, "actualizado"), (JM, "boj"), (CW, "tempu"),
            (CR, "clima"), (GT, "cholqij"), (HT, "nimewo"), (BO, "feria"), (QU, "tiempo"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PY, "aviso"), (DR, "aviso"), (CW, "aviso"), (CU, "aviso"), (JM, "notice"),
           (CR, "aviso"), (HT, "avi"), (GT, "aviso"), (QU, "aviso"), (BZ, "notice"),
           (BO, "aviso"), (HN, "aviso"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    PY: "Seguinos en Facebook y Twitter: @diarioarandu",
    DR: "Síguenos en Instagram y Twitter: @jonronquisqueyano",
    CW: "Sigui nos riba Facebook: Bon Dia Kòrsou",
    CU: "Síganos en Twitter: @puentecalle8",
    JM: "Like us on Facebook: The Santa Cruz Clarion",
    CR: "Síganos en Facebook: El Generaleño",
    HT: "Lavwa Nò parèt chak mèkredi. Mande l nan machann jounal ou.",
    GT: "Síganos en Facebook: Q'umarkaj Noticias",
    QU: "Sintonícenos en el 98.1 FM, desde Cusco para todo el sur andino",
    BZ: "Like The Cayo Compass on Facebook",
    BO: "Síguenos en Facebook: Aru Chuyma El Alto",
    HN: "Escuche también nuestro programa en la radio comunitaria los sábados",
}

GUARANI = r"[ĩõẽ]|Mba'éichapa|Mba’éichapa"
CREOLE = r"Mèsi|goud|lane|Tout dwa|Okap|parèt|mèkredi|Redaksyon"
KICHE = r"Cholq'ij|Cholq’ij"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2016, 11, 30), d(2017, 10, 5), d(2018, 6, 21),
        d(2019, 5, 8), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert tzolkin(d(2012, 12, 21)) == (4, "Ajpu")  # 13.0.0.0.0, 4 Ajaw
    assert tzolkin(d(2012, 12, 22)) == (5, "Imox")
    for day in (d(2015, 3, 1), d(2018, 7, 9)):
        assert tzolkin(day) == tzolkin(day + dt.timedelta(days=260))
        assert tzolkin(day) != tzolkin(day + dt.timedelta(days=130))
    batz = batz_days()
    assert len(batz) >= 8 and all(tzolkin(day) == (8, "B'atz'") for day in batz)
    assert all((b - a).days == 260 for a, b in zip(batz, batz[1:], strict=False))
    assert len(KICHE_DAYS) == 20 and len(KICHE_NUMBERS) == 13
    assert aymara_year(d(2016, 6, 20)) == 5523 and aymara_year(d(2016, 6, 21)) == 5524
    assert aymara_year(d(2020, 12, 31)) == 5528
    assert us_eastern_daylight(d(2019, 3, 10)) and not us_eastern_daylight(d(2019, 3, 9))
    assert us_eastern_daylight(d(2019, 11, 2)) and not us_eastern_daylight(d(2019, 11, 3))
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert working_day(d(2019, 6, 20)) == d(2019, 6, 20)
    assert thousands(5820) == "5.820" and thousands(1500, " ") == "1 500"
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    for day in every_day():
        assert py_dollar(day) == py_dollar(monday_of(day))
        assert jm_dollar(day) == jm_dollar(working_day(day))
        assert cu_peso(day) == cu_peso(monday_of(day))
        heat, wind = cw_weather(day)
        assert 29 <= heat <= 33 and 18 <= wind <= 38
        assert 27 <= cr_highest(day) <= 34
        number, wednesday = ht_issue(day)
        assert wednesday.weekday() == 2 and 0 <= (day - wednesday).days < 7
        assert ht_issue(day + dt.timedelta(days=7))[0] == number + 1
    assert py_dollar(d(2020, 12, 1)) > py_dollar(d(2015, 2, 2)) + 1200
    assert jm_dollar(d(2020, 12, 1)) > jm_dollar(d(2015, 2, 2)) + 25
    assert cu_peso(d(2020, 12, 14)) >= 40 > 28 >= cu_peso(d(2019, 12, 9))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PY, "fecha", old, "Asunción, sábado 5 de marzo de 2016")
    full(PY, "fecha", new, r"Arapo / Viernes, 21 de junio de 2019 · \d\d:\d\d")
    full(DR, "fecha", old, "Sábado, 5 de marzo de 2016")
    full(DR, "fecha", new, r"21 jun 2019 · \d{1,2}:\d\d [AP]M")
    full(CW, "fecha", old, "Djasabra, 5 di mart 2016")
    full(CW, "fecha", d(2017, 8, 1), "Djamars, 1 di ougùstùs 2017")
    full(CW, "fecha", new, r"21-06-2019 · \d\d:\d\d")
    full(CU, "credito", old, r"Puente Calle Ocho, .+ \| 5 de marzo de 2016")
    full(CU, "actualizado", old, r"Actualizado: \d{1,2}:\d\d [AP]M")
    full(CU, "actualizado", new, r"Actualizado: \d{1,2}:\d\d [AP]M EDT")
    full(CU, "actualizado", d(2019, 1, 10), r"Actualizado: \d{1,2}:\d\d [AP]M EST")
    full(JM, "published", old, "Published: Saturday, March 5, 2016")
    full(JM, "published", new, r"Jun 21, 2019 \| \d{1,2}:\d\d [AP]M")
    full(CR, "fecha", old, "San Isidro de El General, sábado 5 de marzo de 2016")
    full(CR, "fecha", d(2017, 9, 15), "San Isidro de El General, viernes 15 de setiembre de "
                                      "2017")
    full(CR, "fecha", new, r"21 jun\. 2019 · \d\d:\d\d")
    full(CR, "fecha", d(2019, 9, 16), r"16 set\. 2019 · \d\d:\d\d")
    full(HT, "dat", old, "Samdi 5 mas 2016")
    full(HT, "dat", new, "Vandredi 21 jen 2019 · vendredi 21 juin 2019")
    full(HT, "nimewo", d(2015, 1, 1), "Nimewo 400 · Semèn 31 desanm – 6 janvye 2015")
    full(GT, "fecha", old, "Sábado 5 de marzo de 2016")
    full(GT, "fecha", new, r"21/06/2019 · \d\d:\d\d horas")
    full(GT, "cholqij", d(2012, 12, 21) + dt.timedelta(days=4 * 260),
         r"🌄 Cholq'ij, ri q'ij kamik: Kajib' Ajpu \(4 Ajpu\)")
    full(QU, "fecha", old, "Cusco, 5 de marzo de 2016")
    full(QU, "fecha", new, "Ch'askachaw · 21 junio killa 2019 · Qosqo")
    full(BZ, "posted", old, r"Posted: Saturday, March 5, 2016\. \d{1,2}:\d\d [AP]M CST\.")
    full(BZ, "posted", new, r"June 21, 2019 \| Cayo District")
    full(BO, "uru", old, "El Alto, 5 de marzo de 2016")
    full(BO, "uru", d(2018, 6, 20), "El Alto, 20 de junio de 2018")
    full(BO, "uru", d(2018, 6, 21), r"El Alto, 21 de junio de 2018 \| Mara 5526")
    full(BO, "uru", d(2019, 6, 20), r"El Alto, 20 de junio de 2019 \| Mara 5526")
    full(HN, "fecha", old, "La Ceiba, 5 de marzo de 2016")
    full(HN, "fecha", new, "Viernes 21 de junio, 2019")
    full(JM, "byline", new, r".+/(Clarion Writer|Clarion Correspondent|Sports Writer|"
                            r"Contributor)")
    full(CU, "autor", new, r"Por .+, (Redacción|Corresponsal en La Habana|Colaborador|Editor)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        assert on(PY, "fecha", day).startswith(GUARANI_WEEKDAYS[wd]) == (day >= PY_REDESIGN)
        assert on(PY, "fecha", day).startswith("Asunción") == (day < PY_REDESIGN)
        assert ("·" in on(DR, "fecha", day)) == (day >= DR_REDESIGN)
        cw = on(CW, "fecha", day)
        assert cw.lower().startswith(PAPIAMENTU_WEEKDAYS[wd]) == (day < CW_REDESIGN), cw
        assert on(CR, "fecha", day).startswith("San Isidro") == (day < CR_REDESIGN)
        ht = on(HT, "dat", day)
        assert ht.startswith(CREOLE_WEEKDAYS[wd]) and ("·" in ht) == (day >= HT_REDESIGN), ht
        assert ("horas" in on(GT, "fecha", day)) == (day >= GT_REDESIGN)
        assert on(QU, "fecha", day).startswith(QUECHUA_WEEKDAYS[wd]) == (day >= QU_RUNASIMI)
        assert ("CST" in on(BZ, "posted", day)) == (day < BZ_REDESIGN)
        bo = on(BO, "uru", day)
        assert ("Mara" in bo) == (day >= BO_WILLKAKUTI)
        if day >= BO_WILLKAKUTI:
            assert bo.endswith(f"Mara {aymara_year(day)}"), bo
        assert on(HN, "fecha", day).startswith("La Ceiba") == (day < HN_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_with_the_clocks() -> None:
    for domain, family in ((CW, "tempu"), (GT, "cholqij")):
        assert len({on(domain, family, day) for day in every_day()}) >= 200, (domain, family)
    weather = {day for day in every_day() if on(CR, "clima", day) != on(CR, "clima", day - one)}
    assert len(weather) >= 1000
    for domain, family in ((PY, "cotizacion"), (CU, "tasa"), (HT, "nimewo")):
        changes = {day for day in every_day()
                   if on(domain, family, day) != on(domain, family, day - one)}
        assert len(changes) >= 150, (domain, family)
        weekday = 2 if domain == HT else 0
        assert all(day.weekday() == weekday for day in changes
                   if day != CU_UNIFIED), (domain, family)
    boj = {day for day in every_day() if on(JM, "boj", day) != on(JM, "boj", day - one)}
    assert len(boj) >= 1000 and all(day.weekday() < 5 for day in boj)
    assert re.fullmatch(r"💱 BOJ weighted average selling rate: US\$1 = J\$\d{3}\.\d\d",
                        on(JM, "boj", d(2018, 5, 2)))
    assert re.fullmatch(r"💵 Cotización del dólar esta semana: compra ₲ \d\.\d{3} · venta "
                        r"₲ \d\.\d{3}", on(PY, "cotizacion", d(2018, 5, 2)))
    clocks = {day for day in every_day()
              if on(CU, "actualizado", day) != on(CU, "actualizado", day - one)}
    assert clocks == {CU_REDESIGN} | {day for day in clocks if day.weekday() == 6}
    assert len(clocks) == 6
    assert "Tarea Ordenamiento" in on(CU, "tasa", CU_UNIFIED)
    assert "Tarea Ordenamiento" not in on(CU, "tasa", CU_UNIFIED - one)
    for day in every_day():
        number, name = tzolkin(day)
        assert f"{KICHE_NUMBERS[number - 1]} {name} ({number} {name})" in on(GT, "cholqij", day)
        market = on(BO, "feria", day)
        assert ("hoy hay" in market) == (day.weekday() in (3, 6)), (day, market)
    assert "este jueves" in on(BO, "feria", d(2019, 6, 17))
    assert "este domingo" in on(BO, "feria", d(2019, 6, 21))
    assert "chèns di awaseru" in on(CW, "tempu", d(2018, 11, 15))
    assert "awaseru" not in on(CW, "tempu", d(2018, 5, 15))
    assert "Matthew" in on(CW, "tempu", d(2016, 9, 29))
    assert "día soleado" in on(CR, "clima", d(2018, 2, 15))
    assert "aguaceros" in on(CR, "clima", d(2018, 7, 15))
    assert "Nate" in on(CR, "clima", d(2017, 10, 5))
    assert "Otto" in on(CR, "clima", d(2016, 11, 24))


def test_the_seasons_of_the_highlands() -> None:
    for y in range(2015, 2021):
        assert "cosecha" in on(QU, "tiempo", d(y, 5, 1))
        assert "heladas" in on(QU, "tiempo", d(y, 7, 1))
        assert "siembra" in on(QU, "tiempo", d(y, 10, 1))
        assert "lluvias" in on(QU, "tiempo", d(y, 2, 1))
    assert len({on(QU, "tiempo", day) for day in every_day()}) == 4


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 4, domain
    years = {str(y) for y in range(2015, 2021)}
    assert counts_in(PY, "aviso", r"🇵🇾 (\d+) años") == {  # 2020's fell in a vote's notice
        str(n) for n in range(204, 209)}
    assert counts_in(PY, "aviso", r"(\d+)° aniversario") == {str(n) for n in range(80, 86)}
    assert "sin peregrinación masiva" in on(PY, "aviso", d(2020, 12, 5))
    assert "Caacupé 2018: horarios" in on(PY, "aviso", d(2018, 12, 8))
    assert "Cuarentena total" in on(PY, "aviso", d(2020, 4, 1))
    assert "Municipales postergadas" in on(PY, "aviso", d(2020, 5, 12))
    assert "Internas" in on(PY, "aviso", d(2017, 12, 15))
    # the winter league year by year, the Caribbean Series by host city, the games
    assert "Serie del Caribe 2016 en Santo Domingo" in on(DR, "aviso", d(2016, 2, 3))
    assert "Serie del Caribe 2019 en Panamá" in on(DR, "aviso", d(2019, 2, 5))
    assert counts_in(DR, "aviso", r"Serie del Caribe (\d{4})") == years
    assert "Lidom 2017-18" in on(DR, "aviso", d(2017, 11, 1))
    assert "Round robin 2018-19" in on(DR, "aviso", d(2019, 1, 5))
    assert "Serie Final de Lidom 2015-16" in on(DR, "aviso", d(2016, 1, 25))
    assert "sin público" in on(DR, "aviso", d(2020, 12, 1))
    assert on(DR, "aviso", d(2020, 10, 20)).startswith("📲")
    assert "Tokio" in on(DR, "aviso", d(2020, 3, 25))
    assert "suspendidos" in on(DR, "aviso", d(2020, 4, 15))
    assert "JCE" in on(DR, "aviso", d(2020, 2, 17))
    assert "Río 2016" in on(DR, "aviso", d(2016, 8, 10))
    assert "Clásico Mundial" in on(DR, "aviso", d(2017, 3, 10))
    # Curaçao: the carnival's march each year, the harvest parade called off in 2020
    assert counts_in(CW, "aviso", r"Gran Marcha (\d{4})") == years
    for y in range(2015, 2021):
        assert f"Gran Marcha {y}" in on(CW, "aviso", carnival_tuesday(y) - 2 * one)
    assert counts_in(CW, "aviso", r"Seú (\d{4})") == years - {"2020"}
    assert "Seú 2017" in on(CW, "aviso", easter(2017) + one)
    assert counts_in(CW, "aviso", r"(\d+) aña di e rebelion") == {str(n) for n in range(220, 226)}
    assert counts_in(CW, "aviso", r"Kòrsou! (\d+) aña") == {str(n) for n in range(5, 11)}
    assert "Toque di keda" in on(CW, "aviso", d(2020, 4, 13))
    # Miami and Havana
    assert "Obama" in on(CU, "aviso", d(2016, 3, 20))
    assert "Fidel Castro" in on(CU, "aviso", d(2016, 11, 30))
    assert "Irma" in on(CU, "aviso", d(2017, 9, 8))
    assert "Referendo" in on(CU, "aviso", d(2019, 2, 22))
    assert "Miami-Dade" in on(CU, "aviso", d(2020, 10, 25))
    assert counts_in(CU, "aviso", r"(\d+) aniversario del natalicio") == {
        str(n) for n in range(162, 168)}
    assert counts_in(CU, "aviso", r"(\d+) años de la República") == {
        str(n) for n in range(113, 119)}
    assert "Caridad del Cobre" in on(CU, "aviso", d(2018, 9, 8))
    # Jamaica
    assert counts_in(JM, "notice", r"Jamaica's (\d+)(?:st|nd|rd|th) anniversary") == {
        str(n) for n in range(53, 59)}
    for y in range(2015, 2021):
        assert f"Heroes Day {y}" in on(JM, "notice", nth_weekday(y, 10, 0, 3))
    assert "Matthew" in on(JM, "notice", d(2016, 10, 1))
    assert "curfew" in on(JM, "notice", d(2020, 4, 15))
    assert "General Election 2020" in on(JM, "notice", d(2020, 9, 1))
    # Costa Rica
    assert "quédese en casa" in on(CR, "aviso", d(2020, 8, 1))
    assert "Romería 2017 a la Basílica" in on(CR, "aviso", d(2017, 8, 1))
    assert counts_in(CR, "aviso", r"🇨🇷 (\d+) años") == {str(n) for n in range(194, 200)}
    assert counts_in(CR, "aviso", r"cumple (\d+) años") == {str(n) for n in range(84, 90)}
    assert "placa" in on(CR, "aviso", d(2020, 4, 1))
    assert "Segunda ronda" in on(CR, "aviso", d(2018, 3, 30))
    # Haiti: a postponed run-off, carnival cancelled in 2016 and cut short in 2020
    assert "anile" in on(HT, "avi", carnival_tuesday(2016))
    assert "kanpe" in on(HT, "avi", carnival_tuesday(2020))
    assert "Kanaval 2018: twa jou gra" in on(HT, "avi", carnival_tuesday(2018))
    assert "ranvwaye" in on(HT, "avi", d(2015, 12, 24))
    assert "Peyi lòk" in on(HT, "avi", d(2019, 10, 15))
    assert "Matthew" in on(HT, "avi", d(2016, 10, 4))
    assert counts_in(HT, "avi", r"(\d+) lane libète") == {str(n) for n in range(211, 217)}
    assert counts_in(HT, "avi", r"12 janvye: (\d+) lane") == {str(n) for n in range(5, 11)}
    assert counts_in(HT, "avi", r"Batay Vètyè: (\d+) lane") == {  # 2016's and 2019's fell
        "212", "214", "215", "217"}  # in the run-off's and the lockdown's notices
    # Guatemala: 8 B'atz' wherever it falls
    for day in batz_days():
        text = on(GT, "aviso", day)
        assert "Waqxaqib' B'atz'" in text or "😷" in text, (day, text)
    assert days_with(GT, "aviso", "Waqxaqib' B'atz'")
    assert "Volcán de Fuego" in on(GT, "aviso", d(2018, 6, 5))
    assert "Eta e Iota" in on(GT, "aviso", d(2020, 11, 10))
    assert counts_in(GT, "aviso", r"🇬🇹 (\d+) años") == {str(n) for n in range(194, 200)}
    assert "Santo Tomás" in on(GT, "aviso", d(2017, 12, 19))
    # Cusco: the Inti Raymi, Qoyllur Rit'i and Corpus Christi, none in 2020
    assert counts_in(QU, "aviso", r"Inti Raymi (\d{4})") == years - {"2020"}
    assert counts_in(QU, "aviso", r"Qoyllur Rit'i (\d{4})") == years - {"2020"}
    for y in range(2015, 2020):
        assert "Corpus Christi" in on(QU, "aviso", easter(y) + dt.timedelta(days=60))
    assert "Corpus Christi" not in on(QU, "aviso", easter(2020) + dt.timedelta(days=60))
    assert "wasiykipi" in on(QU, "aviso", d(2020, 4, 1))
    assert "Segunda vuelta 2016" in on(QU, "aviso", d(2016, 6, 3))
    # Belize: a referendum postponed by a court, then held
    assert "postponed by court order" in on(BZ, "notice", d(2019, 4, 8))
    assert "ICJ Referendum: YES or NO" in on(BZ, "notice", d(2019, 5, 5))
    assert counts_in(BZ, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(34, 40)}
    assert counts_in(BZ, "notice", r"the (\d+)(?:st|nd|rd|th) anniversary") == {
        str(n) for n in range(217, 223)}
    assert "Ruta Maya" in on(BZ, "notice", d(2019, 3, 8))
    assert counts_in(BZ, "notice", r"Challenge (\d{4})") == years
    # El Alto: the Aymara year's count, the 2019 conflict and the postponed vote
    assert counts_in(BO, "aviso", r"Willkakuti (\d+)") == {str(n) for n in range(5523, 5529)}
    assert counts_in(BO, "aviso", r"cumple (\d+) años") == {str(n) for n in range(30, 36)}
    assert "último dígito" in on(BO, "aviso", d(2020, 4, 10))
    assert "posterga" in on(BO, "aviso", d(2020, 7, 24))
    assert "bloqueos" in on(BO, "aviso", d(2019, 11, 15))
    assert "Alasitas 2019" in on(BO, "aviso", d(2019, 1, 24))
    # Honduras
    assert counts_in(HN, "aviso", r"🥁 (\d+) años") == {  # 2020's fell in the curfew
        str(n) for n in range(218, 223)}
    assert "Eta" in on(HN, "aviso", d(2020, 11, 5))
    assert "Iota" in on(HN, "aviso", d(2020, 11, 17))
    assert "Toque de queda tras las elecciones" in on(HN, "aviso", d(2017, 12, 5))
    assert "conteo" in on(HN, "aviso", d(2017, 11, 28))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PY, "autor", d(2017, 8, 14), "Por {author}", "{author_handle}"),
        (PY, "lea", d(2017, 8, 14), "Lea también", "Leé también"),
        (PY, "suscripcion", d(2017, 1, 2), "85.000", "95.000"),
        (PY, "suscripcion", d(2019, 1, 2), "95.000", "105.000"),
        (PY, "suscripcion", d(2020, 5, 4), "Suscribite", "digital"),
        (PY, "derechos", d(2018, 1, 2), "Todos los derechos", "Prohibida"),
        (DR, "autor", d(2017, 10, 16), "Por {author}", "| Jonrón"),
        (DR, "lea", d(2017, 10, 16), "LEA TAMBIÉN", "Te puede interesar"),
        (DR, "foto", d(2017, 10, 16), "Foto: {foto}", "(Foto:"),
        (DR, "derechos", d(2019, 1, 7), "Todos los derechos", "citar la fuente"),
        (CW, "outor", d(2018, 7, 2), "Pa:", "Skirbí pa"),
        (CW, "abonamentu", d(2017, 1, 2), "NAf 45", "NAf 48"),
        (CW, "abonamentu", d(2019, 7, 1), "NAf 48", "NAf 52"),
        (CW, "derechos", d(2017, 5, 1), "Tur derechi", "schriftelijke"),
        (CU, "autor", d(2018, 5, 21), "Por {author}", "{author_beat}"),
        (CU, "relacionado", d(2019, 1, 14), "Relacionado:", "Más sobre Cuba"),
        (CU, "donar", d(2018, 11, 27), "done ${usd} hoy", "ningún gobierno"),
        (JM, "published", d(2017, 2, 6), "Published:", "{time12}"),
        (JM, "byline", d(2017, 2, 6), "By {author}", "{author}/{author_beat}"),
        (JM, "see-also", d(2018, 4, 9), "SEE ALSO", "RELATED STORY"),
        (JM, "deaths", d(2019, 1, 2), "J$2,500", "J$3,000"),
        (JM, "price", d(2017, 4, 3), "J$80", "J$100"),
        (JM, "price", d(2020, 4, 6), "Wednesday", "e-paper"),
        (CR, "autor", d(2018, 2, 5), "Por {author}", "| El Generaleño"),
        (CR, "sinpe", d(2019, 9, 2), "Apoye el periodismo local", "₡{crc}"),
        (CR, "derechos", d(2017, 1, 9), "© {year} El Generaleño", "Prohibida"),
        (HT, "ote", d(2018, 1, 1), "Pa {author}", "Redaksyon"),
        (HT, "abonman", d(2017, 1, 4), "1 500 goud", "2 000 goud"),
        (HT, "abonman", d(2019, 10, 2), "2 000 goud", "2 500 goud"),
        (HT, "dwa", d(2018, 1, 1), "Tout dwa rezève.", "Tous droits"),
        (GT, "autor", d(2018, 3, 12), "Por {author}", "Texto y fotos"),
        (QU, "willakuq", d(2018, 5, 27), "Por {author}", "Willakuq"),
        (QU, "uyariy", d(2018, 5, 27), "Escuche esta nota", "Uyariy runasimipi"),
        (QU, "lea", d(2018, 5, 27), "Lea también", "Ñawinchay"),
        (BZ, "byline", d(2017, 9, 21), "By {author}", "Reporting by"),
        (BZ, "price", d(2018, 1, 5), "BZ$1.00", "BZ$1.50"),
        (BO, "qillqiri", d(2018, 6, 21), "Por {author}", "Qillqiri"),
        (HN, "autor", d(2018, 4, 12), "Por {author}", "desde {comunidad}")))
    assert_groups_reworded(SET, (
        (PY, "fecha", "Asunción", " / "),
        (PY, "lea", "Lea también", "Leé también"),
        (DR, "lea", "LEA TAMBIÉN", "Te puede interesar"),
        (CW, "fecha", " di ", " · "),
        (PY, "suscripcion", "85.000", "105.000"),
    ))


def test_several_languages() -> None:
    assert_groups_in_script(SET, (
        (PY, "mbaeichapa", GUARANI), (HT, "mesi", "Mèsi"), (HT, "dwa", "dwa rezève"),
        (GT, "cholqij", KICHE), (QU, "sulpayki", "Sulpayki"), (BO, "yuspajara",
                                                                "Yuspajarapxsmawa"),
        (BO, "kamisaki", "Kamisaki"), (HN, "seremein", "Seremein"), (HN, "buiti", "Buiti"),
        (BZ, "tanks", "Tanks"), (CW, "korekshon", "Korekshon"), (CW, "lesa", "Lesa tambe")))
    guarani = [t for t in group_lines(SET, PY, "fecha") if re.search(GUARANI, t)]
    assert guarani
    dutch = [t for t in group_lines(SET, CW, "derechos") if "toestemming" in t]
    assert dutch
    french = [t for t in group_lines(SET, HT, "dat") if re.search(r"juin|mars|janvier|mai", t)]
    assert french
    quechua = [t for t in group_lines(SET, QU, "fecha") if "killa" in t]
    assert quechua
    assert re.search(CREOLE, on(HT, "avi", QUIET))
    assert "Mara" in on(BO, "uru", d(2019, 1, 1))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PY}/fecha", f"{PY}/autor", f"{PY}/lea", f"{PY}/seccion",
                         f"{PY}/cotizacion", f"{PY}/aviso", f"{DR}/fecha", f"{DR}/lea",
                         f"{DR}/deporte", f"{CW}/fecha", f"{CW}/tempu", f"{CU}/credito"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PY}/direccion", f"{PY}/derechos", f"{PY}/corresponsal", f"{DR}/contacto",
        f"{DR}/apuestas", f"{CW}/adres", f"{CU}/opinion", f"{CU}/derechos"))
    assert_carried_share(docs, PY, [
        ("fecha", 0.65, 0.95), ("aviso", 0.15, 0.45), ("lea", 0.4, 0.75),
        ("ande", 0.0, 0.1), ("mbaeichapa", 0.0, 0.22)])
    assert_carried_share(docs, DR, [("fecha", 0.6, 0.9), ("aviso", 0.15, 0.45)])
    for fam in (f"{PY}/lea", f"{DR}/lea", f"{CU}/relacionado"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PY}/foto", f"{DR}/foto", f"{CW}/potret"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PY, "foto"), (DR, "foto"), (DR, "apuestas"), (CW, "potret"),
                               (CU, "foto"), (JM, "photo"), (CR, "ilustrativa"), (HT, "foto"),
                               (QU, "uyariy"), (BZ, "related")))
    credits = [m[1] for t in fams[f"{DR}/foto"] if (m := re.fullmatch(r"\(?Foto: (.+?)\)?",
                                                                       norm(t)))]
    assert credits and set(credits) <= pool(SET, DR, "foto")
    handles = [norm(t) for t in group_lines(SET, PY, "autor") if " · @" in t]
    assert handles and all(re.fullmatch(r"Por .+ · @\w+", t) for t in handles)
    beats = {m[1] for t in group_lines(SET, JM, "byline")
             if (m := re.fullmatch(r"[^/]+/(.+)", norm(t)))}
    assert beats and beats <= pool(SET, JM, "beat")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (CU, "donar", r"\$(\d+)", "usd"),
            (CR, "sinpe", r"₡(\d+)", "crc"),
            (GT, "apoyo", r"Q(\d+) al mes", "gtq")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
    prices = {y: on(PY, "suscripcion", d(y, 6, 1)) for y in range(2015, 2021)}
    assert "85.000" in prices[2016] and "95.000" in prices[2018] and "105.000" in prices[2019]
    assert "digital" in prices[2020] and "105.000" in prices[2020]
    assert "NAf 45" in on(CW, "abonamentu", d(2016, 6, 1))
    assert "NAf 52" in on(CW, "abonamentu", d(2020, 6, 1))
    assert "1 500 goud" in on(HT, "abonman", d(2016, 6, 1))
    assert "US$ 75" in on(HT, "abonman", d(2020, 6, 1))
    assert "BZ$1.00" in on(BZ, "price", d(2017, 12, 29))
    seen = {m[1] for t in group_lines(SET, PY, "suscripcion")
            if (m := re.search(r"₲ (\d+\.\d{3}) por mes", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PY, "ande"), (DR, "errata"), (CW, "korekshon"), (CU, "nota"), (JM, "lock-off"),
        (CR, "agua"), (HT, "kouran"), (GT, "derrumbe"), (QU, "paro"), (BZ, "bridge"),
        (BO, "paro"), (HN, "marejada")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CW}/lesa", "Lesa tambe: "), (f"{HT}/li-tou", "Li tou: "),
        (f"{GT}/interesar", "También le puede interesar: "),
        (f"{CR}/lea", "Lea además: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{PY}/lea", ("Lea también: ", "👉 Leé también: ")),
                          (f"{DR}/lea", ("LEA TAMBIÉN: ", "➡️ Te puede interesar: ")),
                          (f"{CU}/relacionado", ("Relacionado: ", "📌 Más sobre Cuba: ")),
                          (f"{JM}/see-also", ("SEE ALSO: ", "RELATED STORY » ")),
                          (f"{QU}/lea", ("Lea también: ", "Ñawinchay kaytapas: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (DR, "apuestas", "Publicidad · Las apuestas deportivas son solo para mayores de 18 "
                         "años. Juega con responsabilidad."),
        (CU, "opinion", "Las opiniones expresadas en los artículos son responsabilidad "
                        "exclusiva de sus autores."),
        (CR, "comentarios", "Los comentarios publicados son responsabilidad exclusiva de quien "
                            "los escribe."),
        (CR, "ilustrativa", "Imagen con fines ilustrativos"),
        (HT, "mesi", "Mèsi dèske w li nou! Pataje atik la ak fanmi w."),
        (QU, "emisora", "Emisora educativa y comunitaria del sur andino"),
        (HN, "comunidad", "Comunicación comunitaria garífuna por la defensa del territorio y "
                          "la cultura"),
        (BZ, "letters", "Letters to the editor must carry the writer's name and village. We "
                        "reserve the right to edit for length.")))
    for style, family, pattern, pool_name in (
            (PY, "seccion", r"^(.+)$", "seccion"),
            (PY, "corresponsal", r"^(.+) \(De nuestro corresponsal\)\.$", "ciudad"),
            (PY, "foto", r"^Foto: (.+)$", "foto"),
            (DR, "deporte", r"^(.+)$", "deporte"),
            (DR, "ciudad", r"^(.+)\.-$", "ciudad"),
            (CW, "seccion", r"^(.+)$", "seccion"),
            (CW, "potret", r"^Potret: (.+)$", "potret"),
            (CU, "credito", r"^[^,]+, (.+) \| \d", "lugar"),
            (JM, "desk", r"^(.+)$", "desk"),
            (JM, "photo", r"^(.+)$", "photo"),
            (JM, "dateline", r"^(.+), St Elizabeth —$", "district"),
            (CR, "distrito", r"^(.+)$", "distrito"),
            (HT, "ribrik", r"^(.+)$", "ribrik"),
            (GT, "municipio", r"^(.+), Quiché\.-$", "municipio"),
            (QU, "provincia", r"^(.+)$", "provincia"),
            (BZ, "dateline", r"^(.+), Cayo —$", "town"),
            (HN, "autor", r" desde (.+)$", "comunidad")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PY, "direccion", "Redacción: Avda. Mariscal López 0000, Asunción · Tel.: (021) 000 000"),
        (CW, "adres", "Redakshon: Schottegatweg 00, Willemstad · Tel. +599 9 000 0001"),
        (CU, "opinion", "Las opiniones expresadas en los artículos son responsabilidad "
                        "exclusiva de sus autores."),
        (HT, "mesi", "Mèsi dèske w li nou! Pataje atik la ak fanmi w.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PY: (["suscripcion", "derechos", "direccion"], 3), DR: (["contacto", "derechos"], 2),
        CW: (["abonamentu", "derechos", "adres"], 2), CU: (["donar", "opinion", "derechos"], 2),
        JM: (["deaths", "price", "copyright"], 2),
        CR: (["sinpe", "comentarios", "derechos"], 2),
        HT: (["abonman", "mesi", "dwa", "adres"], 2),
        GT: (["maltyox", "apoyo", "derechos"], 2),
        QU: (["sulpayki", "emisora", "derechos"], 2),
        BZ: (["price", "letters", "copyright"], 2), BO: (["yuspajara", "derechos"], 2),
        HN: (["seremein", "comunidad", "derechos"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PY in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
