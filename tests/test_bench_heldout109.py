"""The held-back-109 template set (`tests.bench.heldout_templates_109`): its localised dates
(printed day by day in Spanish and English, several changing form on the day of a redesign, one
with the Maya name of the city, two weeklies by their issue), the lines that turn every day,
week or month or on working days (the peso's FIX rate, the quetzal at the changers, the waits
at the crossings, Merida's temperatures, the price of petrol fixed, monthly and then daily,
the reservoirs, the coffee cherry in the harvest, the valley's market towns and a radio's
programme by weekday), the seasons, the notices it rewords by date, the calendars some notices
follow (Mexican and US votes, the petrol rise, the teachers' strike and Nochixtlan, two
earthquakes, storms, caravans, a shutdown, the El Paso shooting, the concertina wire, the 2020
lockdowns and the closed crossings, national, city and state days with their counts, the
Guelaguetza, the velas, Xandu' and Hanal Pixan, carnivals by Easter, the Buen Fin, Black
Friday, Charro Days, the Sun Bowl, fairs, events called off in 2020), the amounts in its
appeals and prices, the lines in several languages, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_109 import (
    CHARRO_DAYS,
    CTZ_REDESIGN,
    FIRST_DAY,
    FREE_FUEL,
    HMO_REDESIGN,
    JCH_PROGRAMMES,
    LAST_DAY,
    MID_REDESIGN,
    MTY_REDESIGN,
    NO_TRAVEL,
    OAX_REDESIGN,
    PLAZA_DAYS,
    RGV_REDESIGN,
    SHOOTING,
    TJ_REDESIGN,
    along,
    banking_day,
    black_friday,
    cherry_price,
    crossing_waits,
    ep_issue,
    fcp_issue,
    harvest,
    last_on,
    lunes_del_cerro,
    magna_price,
    merida_temperatures,
    mxn_rate,
    noise,
    number_in_year,
    pitic,
    quetzal_rates,
    reservoirs,
    revolution_day,
    sun_bowl,
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
    mostly,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-109"
SITES = ("Diario Sierra Madre", "El Mirador de la Línea", "La Voz del Mayab",
         "Borderland Semanario", "Crónica del Desierto", "The Valley Palm Courier",
         "La Jícara Oaxaqueña", "Radio Nisa Guiigu'", "Radio Tonalmitl", "Túumben K'iin",
         "Ambos Nogales Wire", "Soconusco al Momento")
MTY, TJ, MID, EP = ("sierramadrediario.com.mx", "miradordelalinea.com.mx",
                    "vozdelmayab.com.mx", "borderlandsemanario.com")
HMO, RGV, OAX, JCH = ("cronicadeldesierto.mx", "valleypalmcourier.com", "jicaraoaxaca.mx",
                      "radionisaguiigu.org.mx")
CTZ, FCP, NOG, TAP = ("tonalmitl.org.mx", "tuumbenkiin.org.mx", "ambosnogaleswire.com",
                      "soconuscoalmomento.mx")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((MTY, "fecha"), (TJ, "fecha"), (MID, "fecha"), (HMO, "fecha"), (RGV, "dated"),
         (OAX, "fecha"), (JCH, "fecha"), (CTZ, "fecha"), (NOG, "posted"), (TAP, "fecha"))
# The lines that turn every day, every week, on working days or every month.
PERIODIC = ((MTY, "dolar"), (TJ, "garitas"), (MID, "clima"), (EP, "edition"),
            (HMO, "gasolina"), (RGV, "reservoirs"), (OAX, "plaza"), (JCH, "hoy"),
            (CTZ, "cafe"), (FCP, "ejemplar"), (TAP, "quetzal"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((MTY, "aviso"), (TJ, "aviso"), (MID, "aviso"), (EP, "notice"), (HMO, "aviso"),
           (RGV, "notice"), (OAX, "aviso"), (JCH, "aviso"), (CTZ, "aviso"), (FCP, "aviso"),
           (NOG, "notice"), (TAP, "aviso"))
SEASONAL = ((MTY, "temporada"), (TJ, "temporada"), (MID, "temporada"), (HMO, "clima"),
            (RGV, "season"), (JCH, "temporada"), (CTZ, "temporada"), (FCP, "temporada"),
            (NOG, "season"), (TAP, "temporada"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    MTY: "Síguenos en Twitter y Facebook: @sierramadrediario",
    TJ: "Síguenos en Facebook: El Mirador de la Línea",
    MID: "Síguenos en Facebook: La Voz del Mayab",
    EP: "Follow us / Síguenos: @borderlandsemanario on Facebook and Instagram",
    HMO: "Síguenos en Facebook y Twitter: @cronicadeldesierto",
    RGV: "Follow us on Facebook and Twitter: @valleypalmcourier",
    OAX: "Síguenos en Facebook, Twitter e Instagram",
    JCH: "Manda tus avisos por mensaje al 971 000 0000",
    CTZ: "Avisos a la comunidad: déjalos en la cabina o llama al 233 000 0000",
    FCP: "Síguenos en Facebook: Túumben K'iin",
    NOG: "Like us on Facebook: Ambos Nogales Wire",
    TAP: "Síguenos en Facebook: Soconusco al Momento",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 6, 20), d(2017, 1, 3), d(2017, 9, 8), d(2018, 11, 20),
        d(2019, 8, 5), d(2020, 3, 24), d(2020, 10, 27), LAST_DAY))


def test_helpers() -> None:
    assert noise(d(2017, 1, 1), "k", 1, 3) == noise(d(2017, 1, 1), "k", 1, 3)
    assert banking_day(d(2019, 6, 22)) == banking_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert last_on(d(2019, 6, 23), 0) == d(2019, 6, 17) == last_on(d(2019, 6, 17), 0)
    assert number_in_year(d(2016, 1, 7)) == 1 and number_in_year(d(2016, 1, 8)) == 2
    knots = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert along(d(2015, 1, 6), knots) == 5.0
    assert along(d(2014, 1, 1), knots) == 0.0 and along(d(2016, 1, 1), knots) == 10.0
    assert ep_issue(d(2016, 3, 5)) == (19, 9, d(2016, 3, 3))
    assert ep_issue(d(2016, 1, 7)) == (19, 1, d(2016, 1, 7))
    assert fcp_issue(d(2015, 1, 3)) == (118, d(2015, 1, 3))
    assert fcp_issue(d(2016, 3, 5)) == (179, d(2016, 3, 5))
    assert [lunes_del_cerro(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 7, 20), d(2016, 7, 18), d(2019, 7, 22), None]
    assert pitic(2016) == d(2016, 5, 26) and pitic(2020) is None
    assert black_friday(2018) == d(2018, 11, 23) and revolution_day(2019) == d(2019, 11, 18)
    assert sun_bowl(2019) == d(2019, 12, 31) and sun_bowl(2020) is None
    assert magna_price(d(2015, 6, 1)) == 13.57
    assert all(harvest(day) == (day.month in (11, 12, 1, 2, 3)) for day in every_day())
    for day in every_day():
        work = banking_day(day)
        assert mxn_rate(day) == mxn_rate(work) and quetzal_rates(day) == quetzal_rates(work)
        assert 14.5 <= mxn_rate(day) <= 25.2
        buy, sell = quetzal_rates(day)
        assert 1.7 < buy < sell < 3.4
        assert all(w > 0 for w in crossing_waits(day))
        high, low = merida_temperatures(day)
        assert 25 <= high <= 39 and low < high
        falcon, amistad, monday = reservoirs(day)
        assert monday.weekday() == 0 and 20 <= falcon <= 70 and 40 <= amistad <= 95
        assert cherry_price(day) == cherry_price(last_on(day, 0))
        volume, number, thursday = ep_issue(day)
        assert thursday.weekday() == 3 and volume == thursday.year - 1997 and 1 <= number <= 53
        assert fcp_issue(day)[1].weekday() == 5
        if d(2016, 1, 1) <= day < FREE_FUEL:
            assert magna_price(day) == magna_price(day.replace(day=1))
    assert mxn_rate(d(2017, 1, 19)) > 21.5 and mxn_rate(d(2020, 3, 23)) > 24.5
    assert mxn_rate(d(2015, 1, 2)) < 15 and mxn_rate(d(2020, 12, 31)) < 20.5
    assert max(crossing_waits(d(2019, 6, 3))) <= 170
    assert max(crossing_waits(d(2020, 6, 3))) <= 85  # essential travel only
    assert magna_price(d(2017, 2, 1)) > 15.5 > magna_price(d(2016, 12, 1))
    assert sum(merida_temperatures(d(2019, 5, k))[0] for k in range(1, 31)) > sum(
        merida_temperatures(d(2019, 1, k))[0] for k in range(1, 31))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MTY, "fecha", old, "Monterrey, N.L., sábado 5 de marzo de 2016")
    full(MTY, "fecha", new, r"Vie 21/06/2019 · \d\d:\d\d hrs")
    full(MTY, "dolar", new, r"💵 Tipo de cambio FIX: \$19\.\d{4} pesos por dólar")
    full(TJ, "fecha", old, "Tijuana, B.C., 5 de marzo de 2016")
    full(TJ, "fecha", new, r"Vie 21 jun 2019 · \d{1,2}:\d\d [AP]M")
    full(TJ, "garitas", new, r"🚗 Garitas esta mañana: San Ysidro \d+ min · Otay \d+ min · "
                             r"SENTRI \d+ min")
    full(MID, "fecha", old, "Mérida, Yucatán, sábado 5 de marzo de 2016")
    full(MID, "fecha", new, r"Jo' \(Mérida\) · viernes 21 de junio de 2019 · \d\d:\d\d h")
    full(MID, "clima", new, r"🌡️ Mérida hoy: máxima 3\d °C, mínima 2\d °C")
    full(EP, "edition", old, r"Vol\. 19, No\. 9 · Week of March 3, 2016 / Semana del 3 de "
                             r"marzo")
    full(HMO, "fecha", old, "Hermosillo, Son., 5 de marzo de 2016")
    full(HMO, "fecha", new, r"Viernes, 21 Jun\. 2019 - \d\d:\d\d hrs")
    full(HMO, "gasolina", d(2015, 6, 1), r"⛽ Precio máximo de la gasolina Magna: \$13\.57 "
                                         r"por litro")
    full(HMO, "gasolina", new, r"⛽ Magna hoy en Hermosillo: \$(19|20)\.\d\d por litro "
                               r"\(promedio\)")
    full(RGV, "dated", old, "Saturday, March 5, 2016")
    full(RGV, "dated", new, r"Updated June 21, 2019 \d{1,2}:\d\d [AP]M")
    full(RGV, "dated", d(2019, 9, 5), r"Updated Sept\. 5, 2019 \d{1,2}:\d\d [AP]M")
    full(RGV, "reservoirs", new, r"💧 Reservoir levels this week: Falcon \d\d% full · "
                                 r"Amistad \d\d% full")
    full(OAX, "fecha", old, "Oaxaca de Juárez, Oax., sábado 5 de marzo de 2016")
    full(OAX, "fecha", new, r"21\.06\.2019 · \d\d:\d\d")
    full(OAX, "plaza", old, "🧺 Hoy sábado hay día de plaza en la Central de Abasto")
    full(JCH, "fecha", old, "Juchitán de Zaragoza, Oax., sábado 5 de marzo de 2016")
    full(JCH, "hoy", new, "📻 Hoy viernes: Salud en casa con las promotoras")
    full(CTZ, "fecha", old, "Cuetzalan del Progreso, Pue., sábado 5 de marzo de 2016")
    full(CTZ, "fecha", new, "Kuetsalan · 21/06/2019")
    full(CTZ, "cafe", old, r"☕ Café cereza esta semana en Cuetzalan: \$\d+ el kilo")
    full(CTZ, "cafe", new, "☕ Fuera de temporada de corte: el precio del café cereza vuelve "
                           "en noviembre")
    full(FCP, "ejemplar", old, "Túumben K'iin · Núm. 179 · Sábado 5 de marzo de 2016")
    full(NOG, "posted", old, "Posted 3/5/16")
    full(TAP, "fecha", old, "Tapachula, Chis., 05-03-2016")
    full(TAP, "quetzal", new, r"💱 Quetzal en el parque central: compra \$2\.\d\d · venta "
                              r"\$2\.\d\d")
    full(RGV, "beat", new, r".+ covers (courts|education|the border|business|health|local "
                           r"government) for the Courier\.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(MTY, "fecha", day).startswith("Monterrey") == (day < MTY_REDESIGN)
        assert on(TJ, "fecha", day).startswith("Tijuana") == (day < TJ_REDESIGN)
        assert on(MID, "fecha", day).startswith("Jo' (Mérida)") == (day >= MID_REDESIGN)
        assert on(HMO, "fecha", day).startswith("Hermosillo") == (day < HMO_REDESIGN)
        assert on(RGV, "dated", day).startswith("Updated") == (day >= RGV_REDESIGN)
        assert on(OAX, "fecha", day).startswith("Oaxaca") == (day < OAX_REDESIGN)
        assert on(CTZ, "fecha", day).startswith("Kuetsalan") == (day >= CTZ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((MTY, "dolar"), (TAP, "quetzal")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    for domain, family in ((TJ, "garitas"), (MID, "clima")):
        assert len(changes(domain, family)) >= 2000, domain  # weekends too
    for domain, family, weekday in ((EP, "edition", 3), (RGV, "reservoirs", 0),
                                    (FCP, "ejemplar", 5)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    # petrol: one price in 2015, one a month in 2016 and early 2017, one a day once freed
    turned = changes(HMO, "gasolina")
    assert not {day for day in turned if day.year == 2015}
    early = {day for day in turned if d(2016, 1, 1) <= day < FREE_FUEL}
    assert 12 <= len(early) <= 15 and all(day.day == 1 for day in early)
    assert len({day for day in turned if day >= FREE_FUEL}) >= 1000
    # the coffee cherry: every Monday of the harvest, then once when it ends
    turned = changes(CTZ, "cafe")
    assert all(day.weekday() == 0 for day in turned)
    assert all(harvest(day) or harvest(day - one) or day.month == 4 for day in turned)
    assert 100 <= len(turned) <= 140
    for domain, family in ((OAX, "plaza"), (JCH, "hoy")):
        assert len(changes(domain, family)) == len(every_day()) - 1, domain
    assert {on(JCH, "hoy", day).partition(": ")[2] for day in every_day()} == set(
        JCH_PROGRAMMES)
    assert {on(OAX, "plaza", day).partition(" plaza en ")[2] for day in every_day()} == set(
        PLAZA_DAYS)
    for day in every_day():
        assert f"${mxn_rate(day):.4f}" in on(MTY, "dolar", day)
        assert f"${magna_price(day):.2f}" in on(HMO, "gasolina", day)
        assert f"San Ysidro {crossing_waits(day)[0]} min" in on(TJ, "garitas", day)
    assert "Precio máximo" in on(HMO, "gasolina", FREE_FUEL - one)
    assert "hoy en Hermosillo" in on(HMO, "gasolina", FREE_FUEL)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "huracanes" in on(MTY, "temporada", d(y, 8, 1))
        assert "Frentes fríos" in on(MTY, "temporada", d(y, 1, 10))
        assert "Santa Ana" in on(TJ, "temporada", d(y, 10, 20))
        assert "lluvias" in on(TJ, "temporada", d(y, 2, 1))
        assert "quemas" in on(MID, "temporada", d(y, 3, 15))
        assert "nortes" in on(MID, "temporada", d(y, 12, 1))
        assert "Monzón" in on(HMO, "clima", d(y, 8, 1)) and "calor" in on(HMO, "clima",
                                                                          d(y, 6, 1))
        assert "Hurricane" in on(RGV, "season", d(y, 9, 1))
        assert "Winter Texans" in on(RGV, "season", d(y, 1, 15))
        assert "nortes" in on(JCH, "temporada", d(y, 12, 1))
        assert "Neblina" in on(CTZ, "temporada", d(y, 12, 1))
        assert "milpa" in on(FCP, "temporada", d(y, 4, 1))
        assert "Monsoon" in on(NOG, "season", d(y, 7, 20))
        assert "Produce" in on(NOG, "season", d(y, 12, 1))
        assert "café" in on(TAP, "temporada", d(y, 12, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}

    def numbers(first: int, last: int) -> set[str]:
        return {str(n) for n in range(first, last + 1)}

    # Monterrey: the votes, the petrol rise, Hanna, the traffic light; the counts (2020's:
    # the traffic light) and the Buen Fin
    assert "gubernatura de Nuevo León" in on(MTY, "aviso", d(2015, 6, 8))
    assert "Gasolinazo" in on(MTY, "aviso", d(2017, 1, 4))
    assert "Hanna" in on(MTY, "aviso", d(2020, 7, 26))
    assert "Semáforo" in on(MTY, "aviso", d(2020, 9, 15))
    assert counts_in(MTY, "aviso", r"(\d+) años del inicio") == numbers(205, 209)
    assert counts_in(MTY, "aviso", r"Monterrey cumple (\d+)") == numbers(419, 423)
    assert counts_in(MTY, "aviso", r"Revolución Mexicana: (\d+)") == numbers(105, 109) - {
        "106", "107"}  # 2016's and 2017's: the Buen Fin ran to 20 November
    assert counts_in(MTY, "aviso", r"Buen Fin (\d{4})") == years - {"2020"}
    # Tijuana: the caravan, the shutdown, the closed crossings, Black Friday
    assert "Caravana" in on(TJ, "aviso", d(2018, 11, 20))
    assert "gobierno de EE.UU." in on(TJ, "aviso", d(2019, 1, 10))
    assert "gubernatura" in on(TJ, "aviso", d(2019, 6, 1))
    assert all("esenciales" in on(TJ, "aviso", day) for day in every_day() if day >= NO_TRAVEL)
    assert counts_in(TJ, "aviso", r"Tijuana cumple (\d+)") == numbers(126, 130)
    assert counts_in(TJ, "aviso", r"Black Friday (\d{4})") == years - {"2018", "2020"}
    # Merida: the founding's count, the carnival, the equinox and Hanal Pixan, the storms
    assert counts_in(MID, "aviso", r"Mérida cumple (\d+)") == numbers(473, 478)
    assert counts_in(MID, "aviso", r"Carnaval de Mérida (\d{4})") == years
    assert "Carnaval" in on(MID, "aviso", carnival_tuesday(2018))
    assert counts_in(MID, "aviso", r"primavera (\d{4})") == years - {"2020"}
    assert "cerrada" in on(MID, "aviso", d(2020, 3, 21))
    assert counts_in(MID, "aviso", r"Hanal Pixán (\d{4})") == years
    assert "sin Paseo" in on(MID, "aviso", d(2020, 11, 1))
    assert "Cristóbal" in on(MID, "aviso", d(2020, 6, 3))
    assert "Delta" in on(MID, "aviso", d(2020, 10, 7)) and "Zeta" in on(MID, "aviso",
                                                                        d(2020, 10, 27))
    # El Paso: the primaries, the shooting and its anniversary, the Sun Bowl's count
    assert "primaries" in on(EP, "notice", d(2018, 3, 5))
    assert "#ElPasoStrong" in on(EP, "notice", SHOOTING)
    assert "One year later" in on(EP, "notice", d(2020, 8, 3))
    assert "Election Day" in on(EP, "notice", d(2020, 11, 1))
    assert counts_in(EP, "notice", r"The (\d+)(?:st|nd|rd|th) Sun Bowl") == numbers(82, 86)
    assert counts_in(EP, "notice", r"Grito: (\d+) years") == numbers(205, 209)
    # Hermosillo: Newton, the Pitic (not held in 2020), the counts
    assert "Newton" in on(HMO, "aviso", d(2016, 9, 7))
    assert counts_in(HMO, "aviso", r"Pitic (\d{4})") == years - {"2020"}
    assert counts_in(HMO, "aviso", r"Independencia: (\d+)") == numbers(205, 210)
    assert counts_in(HMO, "aviso", r"los (\d+) años de la Revolución") == numbers(105, 110)
    # the Valley: Charro Days' count (early voting wins in 2016 and 2020), Hanna
    assert counts_in(RGV, "notice", r"(\d+)(?:st|nd|rd|th) Charro") == {"78", "80", "81",
                                                                         "82"}
    assert "Primary" in on(RGV, "notice", d.fromisoformat(CHARRO_DAYS[2016]))
    assert "Hanna" in on(RGV, "notice", d(2020, 7, 25))
    assert "shutdown" in on(RGV, "notice", d(2019, 1, 2))
    # Oaxaca: the strike, Nochixtlan, two earthquakes, the Guelaguetza and the radishes
    assert "Paro" in on(OAX, "aviso", d(2016, 5, 30))
    assert "gobernador" in on(OAX, "aviso", d(2016, 6, 5))
    assert "Nochixtlán" in on(OAX, "aviso", d(2016, 6, 25))
    assert "Juchitán" in on(OAX, "aviso", d(2017, 9, 10))
    assert "23 de junio" in on(OAX, "aviso", d(2020, 6, 25))
    assert counts_in(OAX, "aviso", r"Guelaguetza (\d{4})") == years - {"2020"}
    assert "Sin Guelaguetza" in on(OAX, "aviso", d(2020, 7, 20))
    for y in range(2015, 2020):
        monday = lunes_del_cerro(y)
        assert monday is not None
        assert f"Guelaguetza {y}" in on(OAX, "aviso", monday + dt.timedelta(days=7))
    assert counts_in(OAX, "aviso", r"Rábanos (\d{4})") == years
    assert "sin exposición" in on(OAX, "aviso", d(2020, 12, 23))
    assert counts_in(OAX, "aviso", r"(\d+) años del natalicio") == numbers(209, 214)
    # Juchitan: the earthquake, the velas, the Fifth of September, Xandu'
    assert "sismo" in on(JCH, "aviso", d(2017, 10, 15))
    assert counts_in(JCH, "aviso", r"Velas de mayo (\d{4})") == years - {"2020"}
    assert counts_in(JCH, "aviso", r"Septiembre: (\d+) años") == numbers(149, 154)
    assert counts_in(JCH, "aviso", r"Xandu' (\d{4})") == years - {"2017"}
    # Cuetzalan: Earl, the 2017 earthquake, the extraordinary vote, the fair
    assert "Earl" in on(CTZ, "aviso", d(2016, 8, 8))
    assert "19 de septiembre" in on(CTZ, "aviso", d(2017, 10, 4))
    assert "extraordinaria" in on(CTZ, "aviso", d(2019, 6, 1))
    assert counts_in(CTZ, "aviso", r"Huipil (\d{4})") == years - {"2017", "2020"}
    assert "no hay Feria" in on(CTZ, "aviso", d(2020, 10, 4))
    # Carrillo Puerto: the Maya train, the Caste War's and the state's counts
    assert "Tren Maya" in on(FCP, "aviso", d(2019, 12, 14))
    assert counts_in(FCP, "aviso", r"(\d+) años del inicio de la Guerra") == numbers(168, 173)
    assert counts_in(FCP, "aviso", r"cumple (\d+) años") == numbers(41, 45)
    assert "Delta" in on(FCP, "aviso", d(2020, 10, 8))
    # Nogales: the concertina wire, the primaries, the closed ports
    assert "Concertina" in on(NOG, "notice", d(2019, 2, 20))
    assert "primary" in on(NOG, "notice", d(2020, 8, 3))
    assert "Essential travel" in on(NOG, "notice", d(2020, 12, 1))
    # Tapachula: the earthquake, the two caravans, the federation's count, the fair
    assert "8.2" in on(TAP, "aviso", d(2017, 9, 14))
    assert "Suchiate" in on(TAP, "aviso", d(2018, 10, 20)) and "Suchiate" in on(
        TAP, "aviso", d(2020, 1, 20))
    assert counts_in(TAP, "aviso", r"(\d+) años de la federación") == numbers(191, 196) - {
        "193"}  # 2017's: the earthquake
    assert counts_in(TAP, "aviso", r"Mesoamericana (\d{4})") == years


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MTY, "por", MTY_REDESIGN, "Por {author}", "/ Diario"),
        (MTY, "suscripcion", d(2017, 1, 9), "$220", "$260"),
        (MTY, "suscripcion", d(2019, 7, 1), "$260", "$99"),
        (MTY, "derechos", d(2018, 1, 2), "Todos los derechos", "prohibida"),
        (MTY, "aviso", d(2018, 10, 1), "Twitter", "WhatsApp"),
        (TJ, "por", TJ_REDESIGN, "Por {author}", "Por:"),
        (TJ, "apoyo", d(2019, 3, 4), "independiente", "$49"),
        (TJ, "aviso", d(2019, 8, 5), "Facebook", "Telegram"),
        (MID, "por", MID_REDESIGN, "Por {author}", "| La Voz"),
        (MID, "suscripcion", d(2018, 1, 2), "$180", "$210"),
        (MID, "suscripcion", d(2020, 3, 2), "$210", "$79"),
        (MID, "aviso", d(2019, 4, 1), "Facebook", "WhatsApp"),
        (EP, "byline", d(2018, 1, 4), "By {author}", "Staff Writer"),
        (EP, "donate", d(2019, 10, 3), "nonprofit", "member"),
        (HMO, "por", HMO_REDESIGN, "Redacción", "Por {author}"),
        (HMO, "suscripcion", d(2018, 1, 1), "$150", "$175"),
        (HMO, "suscripcion", d(2020, 7, 1), "$175 al mes", "$65"),
        (HMO, "gasolina", FREE_FUEL, "Precio máximo", "hoy en Hermosillo"),
        (RGV, "byline", RGV_REDESIGN, "By {author}", "Staff Writer"),
        (RGV, "subscribe", d(2018, 2, 5), "$12.99", "$14.99"),
        (RGV, "subscribe", d(2020, 4, 6), "$14.99", "99¢"),
        (OAX, "dona", d(2019, 9, 2), "donativo", "$50"),
        (OAX, "aviso", d(2018, 8, 6), "Instagram", "Telegram"),
        (JCH, "frecuencia", d(2018, 9, 5), "· Juchitán", "en línea"),
        (JCH, "nota", d(2019, 1, 7), "Nota de", "· Radio"),
        (JCH, "coopera", d(2019, 5, 2), "Xquixe", "OXXO"),
        (JCH, "aviso", d(2018, 10, 1), "mensaje", "WhatsApp"),
        (CTZ, "reportaje", d(2019, 6, 3), "Reportaje:", "Información:"),
        (CTZ, "tasohkamati", d(2019, 9, 2), "escucharnos", "transferencia"),
        (FCP, "autor", d(2019, 1, 5), "Por {author}", "Ts'íib"),
        (FCP, "precio", d(2018, 1, 6), "$10", "$12"),
        (NOG, "byline", d(2018, 11, 6), "By {author}", "| Ambos"),
        (TAP, "autor", d(2018, 9, 14), "Por {author}", "Corresponsal")))
    assert_groups_reworded(SET, (
        (MTY, "fecha", "Monterrey, N.L.,", " hrs"),
        (TJ, "fecha", "Tijuana, B.C.,", " · "),
        (MID, "fecha", "Mérida, Yucatán,", "Jo' (Mérida)"),
        (MTY, "por", "Por ", " / "),
        (TJ, "por", "Por ", "Por: "),
    ))


def test_several_languages() -> None:
    mostly(group_lines(SET, MID, "dios-boetik"), "bo'otik", 0.9)
    assert any("Jo' (Mérida)" in t for t in group_lines(SET, MID, "fecha"))
    assert template(SET, FCP, "xook-xan", QUIET) == "Xook xan: {other_title}"
    assert all("k'iin" in t for t in group_lines(SET, FCP, "maalob"))
    assert any("Ts'íib: " in t for t in group_lines(SET, FCP, "autor"))
    mostly(group_lines(SET, JCH, "padiuxhi"), "diidxazá", 0.9)
    assert any("Xquixe pe' laatu" in t for t in group_lines(SET, JCH, "coopera"))
    assert "biguié'" in on(JCH, "aviso", d(2019, 11, 1))
    assert any("Kuetsalan" in t for t in group_lines(SET, CTZ, "fecha"))
    assert "maseual" in template(SET, CTZ, "pialli", QUIET)
    assert "Tasohkamati" in template(SET, CTZ, "tasohkamati", QUIET)
    mostly(group_lines(SET, EP, "edition"), r"Week of .+ / Semana del ", 0.9)
    assert {norm(t) for t in group_lines(SET, EP, "language")} == set(pool(SET, EP, "idioma"))
    assert all(" / " in on(NOG, "notice", day) for day in every_day() if day >= NO_TRAVEL)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MTY}/fecha", f"{MTY}/por", f"{MTY}/recomendamos", f"{MTY}/seccion",
                         f"{MTY}/dolar", f"{MTY}/derechos", f"{MTY}/fuente", f"{TJ}/fecha",
                         f"{TJ}/lee", f"{TJ}/garitas", f"{MID}/fecha", f"{MID}/tambien",
                         f"{HMO}/fecha", f"{HMO}/gasolina"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MTY}/cierre", f"{MTY}/suscripcion", f"{TJ}/compartir", f"{TJ}/apoyo",
        f"{MID}/suscripcion", f"{MID}/dios-boetik", f"{OAX}/licencia", f"{EP}/republish"))
    assert_carried_share(docs, MTY, [
        ("fecha", 0.7, 0.97), ("derechos", 0.3, 0.6), ("recomendamos", 0.4, 0.75),
        ("cierre", 0.0, 0.1), ("aviso", 0.15, 0.45)])
    assert_carried_share(docs, TJ, [("fecha", 0.65, 0.93), ("sigue", 0.0, 0.2)])
    for fam in (f"{MTY}/recomendamos", f"{TJ}/lee", f"{MID}/tambien", f"{HMO}/relacionada"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{MTY}/foto", f"{TJ}/foto", f"{MID}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((MTY, "foto"), (MTY, "publicidad"), (TJ, "foto"), (TJ, "sigue"),
                               (MID, "foto"), (EP, "related"), (EP, "photo"), (HMO, "foto"),
                               (RGV, "photo"), (OAX, "lee"), (OAX, "foto"), (JCH, "escucha"),
                               (CTZ, "mas"), (FCP, "foto"), (NOG, "more"),
                               (TAP, "relacionada")))
    agencies = [a for t in group_lines(SET, MTY, "fuente")
                if (m := re.fullmatch(r"Con información de (.+)", norm(t)))
                for a in m[1].split(", ")]
    assert agencies and sum(a in pool(SET, MTY, "agencia") for a in agencies) >= (
        0.9 * len(agencies))
    assert any(", " in t for t in group_lines(SET, MTY, "fuente"))  # several agencies


def test_amounts_in_appeals_and_prices() -> None:
    prices = {y: on(MTY, "suscripcion", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "$220" in prices[2016] and "$260" in prices[2018] and "$99" in prices[2020]
    assert "$49" in on(TJ, "apoyo", d(2020, 1, 1))
    assert "$210" in on(MID, "suscripcion", d(2019, 1, 1))
    assert "$5 a month" in on(EP, "donate", d(2020, 1, 1))
    assert "$65" in on(HMO, "suscripcion", d(2020, 12, 1))
    assert "$12.99" in on(RGV, "subscribe", d(2016, 1, 1))
    assert "$9.99" in on(RGV, "subscribe", d(2020, 6, 1))
    assert "$50" in on(OAX, "dona", d(2020, 1, 1))
    assert "$12" in on(FCP, "precio", d(2019, 1, 1)) and "$10" in on(FCP, "precio",
                                                                     d(2016, 1, 1))
    seen = {m[1] for t in group_lines(SET, MTY, "suscripcion")
            if (m := re.search(r"\$(\d+) al mes", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MTY, "cierre"), (TJ, "agua"), (MID, "luz"), (EP, "correction"), (HMO, "tandeo"),
        (RGV, "boil-water"), (OAX, "bloqueo"), (JCH, "antena"), (CTZ, "sin-senal"),
        (FCP, "tarde"), (NOG, "lanes"), (TAP, "agua")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MTY}/recomendamos", "Te recomendamos: "), (f"{TJ}/lee", "LEE TAMBIÉN: "),
        (f"{MID}/tambien", "También puedes leer: "),
        (f"{HMO}/relacionada", "NOTA RELACIONADA: "),
        (f"{EP}/related", "Related / Relacionado: "), (f"{RGV}/related", "RELATED: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (MTY, "publicidad", "PUBLICIDAD"),
        (TJ, "sigue", "Continúa leyendo abajo"),
        (TJ, "compartir", "Si compartes esta nota, cita la fuente y enlaza a la publicación "
                          "original."),
        (HMO, "opinion", "Las opiniones de los columnistas son responsabilidad de sus "
                         "autores."),
        (OAX, "licencia", "Este contenido se publica bajo licencia Creative Commons BY-NC-SA "
                          "4.0."),
        (EP, "republish", "You may republish this story for free with credit and a link to "
                          "the original.")))
    for style, family, pattern, pool_name in (
            (MTY, "seccion", r"^(.+)$", "seccion"),
            (MTY, "municipio", r"^(.+)\.-$", "municipio"),
            (MTY, "foto", r"^Foto: (.+)$", "foto"),
            (TJ, "seccion", r"^(.+)$", "seccion"),
            (MID, "seccion", r"^(.+)$", "seccion"),
            (MID, "corresponsal", r"^Corresponsal / (.+)$", "pueblo"),
            (EP, "dateline", r"^(.+) —$", "town"),
            (EP, "language", r"^(.+)$", "idioma"),
            (HMO, "seccion", r"^(.+)$", "seccion"),
            (RGV, "dateline", r"^(.+) —$", "town"),
            (OAX, "lugar", r"^(.+), Oax\.—$", "municipio")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (TJ, "compartir", "Si compartes esta nota, cita la fuente y enlaza a la publicación "
                          "original."),
        (EP, "republish", "You may republish this story for free with credit and a link to "
                          "the original."),
        (OAX, "licencia", "Este contenido se publica bajo licencia Creative Commons BY-NC-SA "
                          "4.0.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        MTY: (["suscripcion", "derechos"], 2), TJ: (["apoyo", "derechos", "compartir"], 2),
        MID: (["suscripcion", "dios-boetik", "derechos"], 2),
        EP: (["donate", "newsletter", "republish", "copyright"], 2),
        HMO: (["suscripcion", "opinion", "derechos"], 2),
        RGV: (["subscribe", "beat", "copyright"], 2),
        OAX: (["dona", "licencia", "derechos"], 2), JCH: (["coopera", "derechos"], 2),
        CTZ: (["tasohkamati", "derechos"], 1), FCP: (["precio", "derechos"], 1),
        NOG: (["donate", "copyright"], 1), TAP: (["derechos", "contacto"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert MTY in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
