"""The held-back-62 template set (`tests.bench.heldout_templates_62`): its localised dates
(printed day by day, two with the Atlantic or Newfoundland time zone of the day's
daylight-saving rule, one with the Julian date beside the Gregorian one, one with two
languages on one line, some changing form on the day of a redesign), the fasting rule of the
Orthodox year, the weekly reports and the weekly crawfish price, a hockey season's phases,
the notices it rewords by date, the calendars and seasons some notices follow (anniversaries
with their counts, days on a weekday of a month, carnivals and feasts on both Easters, votes,
storms, floods, fires, the 2020 epidemic, a volcano's alert levels, festivals called off in
2020, the change of the clocks), the monthly fuel prices and exchange rates, the lines in
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_62 import (
    AC_REDESIGN,
    CARIBE_WAVE,
    CN_REDESIGN,
    DUTCH_MONTHS_SHORT,
    EU_REDESIGN,
    FIRST_DAY,
    GAGAUZ_MONTHS,
    GERMAN_MONTHS,
    GZ_REDESIGN,
    HOCKEY_STOP,
    KEJ_ORANGE,
    KEJ_YELLOW,
    LAST_DAY,
    MA_REDESIGN,
    NL_REDESIGN,
    RUSSIAN_MONTHS,
    SERBIAN_MONTHS,
    SERBIAN_WEEKDAYS,
    SPANISH_MONTHS,
    YU_REDESIGN,
    carnival_sunday,
    carnival_tuesday,
    crawfish_price,
    easter,
    fat_thursday,
    festival_international,
    festivals_acadiens,
    friday_of,
    hockey_season,
    julian,
    last_weekday,
    lent_fridays,
    north_american_dst,
    nth_weekday,
    orthodox_easter,
    preuvenemint,
    regatta_day,
    sr_fast,
    wine_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_in_scripts,
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

SET = "held-back-62"
SITES = ("Diario Alisio", "Signal Hill Courier", "Eupener Rundschau", "L'Écho de la Péninsule",
         "Vrijthof Nieuws", "La Ceiba Peninsular", "Crucian Beacon", "Bucak Sesi",
         "Vermilion Ledger", "Манастир Средња Гора", "Antilles Seismic Research Unit",
         "HC Beskydští Vlci")
CN, NL, EU, AC = ("diarioalisio.es", "signalhillcourier.ca", "eupenerrundschau.be",
                  "echodelapeninsule.ca")
MA, YU, VI, GZ = ("vrijthofnieuws.nl", "laceibapeninsular.mx", "crucianbeacon.vi",
                  "bucaksesi.md")
LA, SR, TT, CZ = ("vermilionledger.com", "manastirsrednjagora.rs", "antillesseismic.org.tt",
                  "beskydstivlci.cz")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((CN, "fecha"), (NL, "updated"), (EU, "datum"), (AC, "date"), (MA, "datum"),
         (YU, "fecha"), (GZ, "tarih"), (SR, "datum"))

# The families that change with the seasons, the months, the weeks or the Orthodox year.
PERIODIC = ((CN, "carburante"), (NL, "season"), (EU, "venn"), (AC, "saison"), (YU, "clima"),
            (VI, "season"), (GZ, "kurs"), (LA, "crawfish"), (SR, "post"), (SR, "radno"),
            (TT, "week"), (CZ, "sezona"), (CZ, "vstupenky"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CN, "aviso"), (NL, "notice"), (EU, "hinweis"), (AC, "avis"), (MA, "melding"),
           (YU, "aviso"), (VI, "notice"), (GZ, "bildiri"), (LA, "notice"), (SR, "najava"),
           (TT, "alert"), (CZ, "hlaseni"))

# A day no notice of the set turns for an event on (the St. Croix site's first day falls in
# its Christmas festival).
QUIET = d(2016, 4, 13)

CYRILLIC = r"[\u0400-\u04ff]"
LATIN = r"[A-Za-z]"


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [easter(y) for y in (2016, 2019, 2020)] == [d(2016, 3, 27), d(2019, 4, 21),
                                                       d(2020, 4, 12)]
    assert [orthodox_easter(y) for y in (2016, 2019, 2020)] == [d(2016, 5, 1), d(2019, 4, 28),
                                                                d(2020, 4, 19)]
    assert carnival_tuesday(2019) == d(2019, 3, 5) and carnival_sunday(2019) == d(2019, 3, 3)
    assert fat_thursday(2019) == d(2019, 2, 28) and fat_thursday(2020) == d(2020, 2, 20)
    assert last_weekday(2019, 3, 6) == d(2019, 3, 31) and last_weekday(2019, 10, 6) == d(
        2019, 10, 27)
    assert nth_weekday(2019, 3, 6, 2) == d(2019, 3, 10)
    assert north_american_dst(d(2019, 3, 10)) and not north_american_dst(d(2019, 3, 9))
    assert north_american_dst(d(2019, 11, 2)) and not north_american_dst(d(2019, 11, 3))
    assert regatta_day(2019) == d(2019, 8, 7) and regatta_day(2020) is None
    assert preuvenemint(2019) == d(2019, 8, 25) and preuvenemint(2020) is None
    assert wine_day(2019) == d(2019, 10, 5) and wine_day(2020) is None
    assert festival_international(2019) == d(2019, 4, 28) and festival_international(2020) is None
    assert festivals_acadiens(2019) == d(2019, 10, 13) and festivals_acadiens(2020) is None
    assert lent_fridays(2019) == [d(2019, 3, 8), d(2019, 3, 15), d(2019, 3, 22), d(2019, 3, 29),
                                  d(2019, 4, 5), d(2019, 4, 12), d(2019, 4, 19)]
    assert friday_of(d(2019, 6, 21)) == d(2019, 6, 21) and friday_of(d(2019, 6, 27)) == d(
        2019, 6, 21)
    assert friday_of(d(2019, 6, 28)) == d(2019, 6, 28)
    assert julian(d(2019, 1, 7)) == d(2018, 12, 25) and julian(d(2019, 5, 6)) == d(2019, 4, 23)
    assert crawfish_price(d(2019, 7, 5)) is None and crawfish_price(d(2019, 6, 21)) == 5.99
    assert hockey_season(d(2019, 10, 1)) == "Sezóna 2019/20 · základní část"
    assert hockey_season(d(2020, 3, 11)) == "Sezóna 2019/20 · play-off"
    assert hockey_season(HOCKEY_STOP) == "Sezóna 2019/20 · sezóna předčasně ukončena"
    assert hockey_season(d(2020, 7, 1)) == "Sezóna 2020/21 · letní příprava"
    assert hockey_season(d(2018, 5, 20)) == "Sezóna 2017/18 · po sezóně"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CN, "fecha", old, "sábado, 5 de marzo de 2016")
    full(CN, "fecha", new, r"21/06/2019 · \d\d:\d\d h \(hora canaria\)")
    full(NL, "updated", old, "Published on March 5, 2016")
    full(NL, "updated", new, r"Updated: June 21, 2019 at \d{1,2}:\d\d [AP]M NDT")
    full(NL, "updated", d(2019, 12, 20), r"Updated: Dec\. 20, 2019 at \d{1,2}:\d\d [AP]M NST")
    full(NL, "updated", d(2019, 9, 3), r"Updated: Sept\. 3, 2019 at \d{1,2}:\d\d [AP]M NDT")
    full(EU, "datum", old, "Samstag, 5. März 2016")
    full(EU, "datum", new, r"Veröffentlicht am 21\. Juni 2019 um \d\d:\d\d Uhr")
    full(AC, "date", old, "Le samedi 5 mars 2016")
    full(AC, "date", d(2017, 6, 1), "Le jeudi 1er juin 2017")
    full(AC, "date", new, r"Mis à jour le 21 juin 2019 à \d\d:\d\d \(HAA\)")
    full(AC, "date", d(2019, 12, 1), r"Mis à jour le 1er décembre 2019 à \d\d:\d\d \(HNA\)")
    full(MA, "datum", old, r"05-03-16, \d\d:\d\d")
    full(MA, "datum", new, r"Gepubliceerd: 21 jun\. 2019, \d\d:\d\d")
    full(MA, "datum", d(2019, 5, 2), r"Gepubliceerd: 2 mei 2019, \d\d:\d\d")
    full(YU, "fecha", old, "Mérida, Yucatán, sábado 5 de marzo de 2016")
    full(YU, "fecha", new, r"Junio 21, 2019 - \d{1,2}:\d\d [AP]M")
    full(GZ, "tarih", old, "Cumaertesi, 5 Baba Marta 2016 · 5 марта 2016 г.")
    full(GZ, "tarih", new, r"21\.06\.2019, \d\d:\d\d")
    full(SR, "datum", old, "Субота, 5. март 2016. · 21. фебруар по старом календару")
    full(SR, "datum", new, "Петак, 21. јун 2019. · 8. јун по старом календару")
    full(SR, "datum", d(2019, 1, 7), "Понедељак, 7. јануар 2019. · 25. децембар по старом "
                                     "календару")
    full(VI, "posted", old, r"Posted Mar 5, 2016 at \d{1,2}:\d\d [AP]M AST")
    full(VI, "posted", new, r"Updated Jun 21, 2019 at \d{1,2}:\d\d [AP]M AST")
    full(LA, "posted", old, r"Posted: 03/05/2016 at \d{1,2}:\d\d [AP]M")
    full(LA, "posted", new, r"Updated Jun 21, 2019 · \d{1,2}:\d\d [AP]M")
    full(TT, "week", old, "Weekly report · week ending Friday 4 March 2016")
    full(TT, "week", new, "Weekly report · week ending Friday 21 June 2019")
    full(CZ, "sezona", old, "Sezóna 2015/16 · play-off")
    full(CZ, "sezona", new, "Sezóna 2018/19 · po sezóně")
    full(LA, "crawfish", new, r"🦞 Boiled crawfish this week: \$5\.99 a pound at most Lafayette "
                              r"boil shops")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        cn = on(CN, "fecha", day)
        assert cn.endswith("(hora canaria)") == (day >= CN_REDESIGN), cn
        assert (f" de {SPANISH_MONTHS[day.month - 1]} de {day.year}" in cn) == (
            day < CN_REDESIGN), cn
        nl = on(NL, "updated", day)
        if day < NL_REDESIGN:
            assert nl.startswith("Published on "), nl
        else:
            assert nl.endswith(" NDT" if north_american_dst(day) else " NST"), nl
        eu = on(EU, "datum", day)
        assert eu.startswith("Veröffentlicht am ") == (day >= EU_REDESIGN), eu
        assert f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}" in eu, eu
        ac = on(AC, "date", day)
        assert (" 1er " in ac) == (day.day == 1), ac
        if day >= AC_REDESIGN:
            assert ac.endswith(" (HAA)" if north_american_dst(day) else " (HNA)"), ac
        ma = on(MA, "datum", day)
        if day < MA_REDESIGN:
            assert ma == f"{day:%d-%m-%y}, {{time}}", ma
        else:
            assert f" {DUTCH_MONTHS_SHORT[day.month - 1]} {day.year}, " in ma, ma
        assert on(YU, "fecha", day).startswith("Mérida, ") == (day < YU_REDESIGN)
        gz = on(GZ, "tarih", day)
        if day < GZ_REDESIGN:
            assert f" {day.day} {GAGAUZ_MONTHS[day.month - 1]} {day.year} · {day.day} " \
                   f"{RUSSIAN_MONTHS[day.month - 1]} {day.year} г." in gz, gz
        else:
            assert gz.startswith(f"{day:%d.%m.%Y}, "), gz
        sr = on(SR, "datum", day)
        old = julian(day)
        assert sr.startswith(f"{SERBIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day}. "
                             f"{SERBIAN_MONTHS[day.month - 1]} {day.year}. · "), sr
        assert sr.endswith(f" · {old.day}. {SERBIAN_MONTHS[old.month - 1]} по старом "
                           f"календару"), sr
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_the_fasting_rule_of_the_orthodox_year() -> None:
    assert sr_fast(d(2019, 1, 9)) == "Данас: божићни празници, без поста"  # a Wednesday
    assert sr_fast(d(2019, 1, 18)) == "Данас: строги пост, Крстовдан уочи Богојављења"
    assert sr_fast(d(2019, 1, 4)) == "Данас: Божићни пост"
    assert sr_fast(d(2019, 2, 20)) == "Данас: трапава седмица, без поста"  # Publican week
    assert sr_fast(d(2019, 3, 6)) == "Данас: бели мрс, сирна седмица"
    assert sr_fast(d(2019, 3, 11)) == "Данас: Часни пост"  # Clean Monday
    assert sr_fast(d(2019, 4, 27)) == "Данас: Часни пост"  # Holy Saturday
    assert sr_fast(d(2019, 4, 28)) == "Данас: мрсни дан"  # Easter
    assert sr_fast(d(2019, 5, 1)) == "Данас: трапава седмица, без поста"  # Bright Wednesday
    assert sr_fast(d(2019, 6, 19)) == "Данас: трапава седмица, без поста"  # after Pentecost
    assert sr_fast(d(2019, 6, 24)) == "Данас: Петровски пост"
    assert sr_fast(d(2019, 7, 12)) == "Данас: посни дан (петак)"  # Petrovdan
    assert sr_fast(d(2019, 8, 14)) == sr_fast(d(2019, 8, 27)) == "Данас: Госпојински пост"
    assert sr_fast(d(2019, 9, 11)) == "Данас: строги пост, Усековање главе Светог Јована"
    assert sr_fast(d(2019, 10, 2)) == "Данас: посни дан (среда)"
    assert sr_fast(d(2019, 10, 3)) == "Данас: мрсни дан"
    assert sr_fast(d(2019, 11, 28)) == "Данас: Божићни пост"
    texts = Counter()
    for day in every_day():
        text = on(SR, "post", day)
        assert text == sr_fast(day), day
        texts[text] += 1
        delta = (day - orthodox_easter(day.year)).days
        if -48 <= delta <= -1:
            assert text == "Данас: Часни пост", day
        if text in ("Данас: посни дан (среда)", "Данас: посни дан (петак)"):
            assert day.weekday() in (2, 4) and not -48 <= delta <= 6, day
        if text == "Данас: Петровски пост":
            assert delta >= 57 and (day.month, day.day) <= (7, 11), day
    assert len(texts) == 13 and texts["Данас: мрсни дан"] > texts["Данас: Часни пост"]
    assert len({norm(t) for t in group_lines(SET, SR, "post")}) >= 3


def test_weekly_reports_and_the_crawfish_price() -> None:
    prices: dict[int, list[float]] = {}
    for day in every_day():
        week = on(TT, "week", day)
        friday = friday_of(day)
        assert friday.weekday() == 4 and friday <= day < friday + 7 * one, day
        assert f"week ending Friday {friday.day} " in week and week.endswith(str(friday.year))
        text = on(LA, "crawfish", day)
        price = crawfish_price(friday)
        if price is None:
            assert friday.month > 6 and text == "🦞 Crawfish season is over: see y'all in January"
        else:
            assert text.startswith(f"🦞 Boiled crawfish this week: ${price:.2f} a pound"), text
            prices.setdefault(friday.year, []).append(price)
    for year, values in prices.items():
        assert all(f"{v:.2f}"[-3:] in (".49", ".99") for v in values), year
        assert values[0] > min(values) < values[-1] and 2.99 <= min(values), year
    starts, _ = wordings_by_start(SET, TT, "week")
    assert all(d.fromisoformat(s).weekday() == 4 for s in starts[1:]) and len(starts) >= 300
    starts, _ = wordings_by_start(SET, LA, "crawfish")
    assert all(d.fromisoformat(s).weekday() == 4 for s in starts[1:])
    for style, family in ((TT, "week"), (LA, "crawfish")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 3, (style, family)


def test_seasons_months_and_the_hockey_year() -> None:
    assert "parking ban" in on(NL, "season", d(2019, 1, 10))
    assert "Iceberg" in on(NL, "season", d(2019, 5, 10))
    assert "Whales" in on(NL, "season", d(2019, 7, 10))
    assert "Moose" in on(NL, "season", d(2019, 10, 10))
    assert "Loipenbericht" in on(EU, "venn", d(2019, 1, 10))
    assert "roter Fahne" in on(EU, "venn", d(2019, 4, 10))
    assert "homard" in on(AC, "saison", d(2019, 5, 10))
    assert "fermetures d'écoles" in on(AC, "saison", d(2019, 2, 10))
    assert on(YU, "clima", d(2017, 9, 1)) == ("🌀 Temporada de huracanes 2017: ten lista tu "
                                              "mochila de emergencia")
    assert "calor" in on(YU, "clima", d(2017, 4, 1)) and "nortes" in on(YU, "clima",
                                                                       d(2017, 12, 1))
    assert on(VI, "season", d(2018, 8, 1)).startswith("🌀 Hurricane season 2018:")
    assert "cistern" in on(VI, "season", d(2018, 2, 1))
    assert "7 до 19" in on(SR, "radno", d(2019, 6, 1)) and "8 до 16" in on(SR, "radno",
                                                                          d(2019, 12, 1))
    assert "8 до 16" in on(SR, "radno", d(2015, 2, 1))
    assert "Permanentky" in on(CZ, "vstupenky", d(2019, 8, 1))
    assert "pokladna" in on(CZ, "vstupenky", d(2019, 10, 1))
    phases = {day: on(CZ, "sezona", day) for day in every_day()}
    assert all(text == hockey_season(day) for day, text in phases.items())
    assert {t for day, t in phases.items() if d(2020, 3, 12) <= day <= d(2020, 6, 30)} == {
        "Sezóna 2019/20 · sezóna předčasně ukončena"}
    assert sum("play-off" in t for day, t in phases.items() if day.year == 2020) == 11
    assert sum("play-off" in t for t in phases.values()) == 5 * 61 + 11
    fuel = {}
    for day in every_day():
        m = re.fullmatch(r"⛽ Precio medio en Canarias este mes: gasolina 95 a (\d,\d{3}) €/l · "
                         r"gasóleo a (\d,\d{3}) €/l", on(CN, "carburante", day))
        assert m, day
        petrol, diesel = (float(x.replace(",", ".")) for x in m.groups())
        assert abs(petrol - diesel - 0.09) < 0.0011, day
        fuel[day] = petrol
    assert fuel[d(2020, 4, 20)] < 0.9 < 1.1 < fuel[d(2018, 6, 20)]
    rates = []
    for day in every_day():
        m = re.fullmatch(r"💱 BNM kursu: 1 USD = (\d\d,\d\d) lei · 1 EUR = (\d\d,\d\d) lei",
                         on(GZ, "kurs", day))
        assert m, day
        usd, eur = (float(x.replace(",", ".")) for x in m.groups())
        assert 15 < usd < eur < 23, day
        rates.append(usd)
    assert len(set(rates)) >= 60
    for domain, family in ((CN, "carburante"), (GZ, "kurs")):
        starts, _ = wordings_by_start(SET, domain, family)
        assert all(s.endswith("-01") for s in starts[1:]) and len(starts) >= 70, family
    for domain, family in PERIODIC:
        assert len({on(domain, family, day) for day in every_day()}) >= 2, (domain, family)
    for style, family in ((CN, "carburante"), (GZ, "kurs"), (NL, "season")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 3, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (CN, "aviso", QUIET, "Síguenos en Facebook, Twitter e Instagram"),
        (CN, "aviso", d(2019, 6, 1), "📲 Únete a nuestro canal de Telegram y recibe lo último de "
                                     "Canarias en tu móvil"),
        (CN, "aviso", d(2016, 6, 27), "🗳️ Elecciones generales del 26J: resultados en Las "
                                      "Palmas y Santa Cruz de Tenerife"),
        (CN, "aviso", d(2019, 8, 15), "🔥 Incendio en la cumbre de Gran Canaria: desalojos y "
                                      "carreteras cortadas"),
        (CN, "aviso", d(2020, 2, 23), "🌫️ Calima extrema: consulta el estado de los vuelos en "
                                      "los aeropuertos canarios"),
        (CN, "aviso", d(2020, 4, 1), "😷 Estado de alarma: todas las medidas en Canarias"),
        (CN, "aviso", d(2018, 5, 30), "🌋 Feliz Día de Canarias: 35 años del primer pleno del "
                                      "Parlamento"),
        (CN, "aviso", d(2018, 9, 8), "⛪ Fiestas del Pino 2018: romería y cortes de tráfico en "
                                     "Teror"),
        (CN, "aviso", d(2020, 9, 8), "⛪ Virgen del Pino 2020: sin romería ni peregrinación a "
                                     "Teror este año"),
        (CN, "aviso", d(2017, 8, 4), "🌿 Bajada de la Rama 2017 en Agaete: guaguas especiales y "
                                     "accesos"),
        (CN, "aviso", d(2018, 3, 24), "🕑 El domingo cambia la hora: a la 1:00 en Canarias "
                                      "serán las 2:00"),
        (CN, "aviso", d(2018, 10, 28), "🕑 El domingo se atrasa la hora: a las 2:00 en Canarias "
                                       "volverá a ser la 1:00"),
        (NL, "notice", QUIET, "Like The Signal Hill Courier on Facebook and follow us on "
                              "Twitter"),
        (NL, "notice", d(2019, 3, 1), "📧 Start your day with our morning briefing: sign up "
                                      "free"),
        (NL, "notice", d(2016, 7, 1), "🕊️ Memorial Day: 100 years since Beaumont-Hamel"),
        (NL, "notice", d(2019, 8, 6), "🚣 Royal St. John's Regatta 2019: races on Quidi Vidi "
                                      "Lake, weather permitting"),
        (NL, "notice", d(2017, 11, 5), "🔥 Bonfire Night: designated sites and safety tips"),
        (NL, "notice", d(2018, 12, 23), "🥃 Happy Tibb's Eve! Get home safe, b'ys"),
        (NL, "notice", d(2020, 1, 20), "❄️ State of emergency in St. John's: stay off the "
                                       "roads"),
        (NL, "notice", d(2020, 8, 1), "🚗 The Atlantic bubble is open: travel rules for "
                                      "Atlantic Canadians"),
        (NL, "notice", d(2019, 5, 17), "🗳️ Provincial election 2019: live results from all 40 "
                                       "districts"),
        (EU, "hinweis", QUIET, "Folgen Sie uns auf Facebook"),
        (EU, "hinweis", d(2016, 3, 24), "Anschläge in Brüssel: alle Entwicklungen im "
                                        "Überblick"),
        (EU, "hinweis", d(2019, 3, 4), "🎭 Karneval 2019: Rosenmontagszug in Eupen, Umleitungen "
                                       "und Busse"),
        (EU, "hinweis", d(2019, 7, 21), "🇧🇪 Nationalfeiertag: 188 Jahre seit dem Eid Leopolds "
                                        "I."),
        (EU, "hinweis", d(2018, 11, 15), "Festtag der Deutschsprachigen Gemeinschaft: Empfang "
                                         "im Parlament"),
        (EU, "hinweis", d(2020, 1, 10), "📜 100 Jahre Ostbelgien: das Programm zum Jubiläum"),
        (EU, "hinweis", d(2020, 11, 20), "😷 Zweiter Lockdown: was ab Montag gilt"),
        (EU, "hinweis", d(2019, 5, 27), "🗳️ Superwahlsonntag: die Ergebnisse für PDG, Kammer "
                                        "und Europa"),
        (AC, "avis", QUIET, "Suivez-nous sur Facebook et Twitter"),
        (AC, "avis", d(2017, 1, 30), "🧊 Tempête de verglas : centres de réchauffement et pannes "
                                     "dans la Péninsule"),
        (AC, "avis", d(2018, 8, 5), "🎺 Festival acadien de Caraquet 2018 : spectacles et "
                                    "Tintamarre du 15 août"),
        (AC, "avis", d(2020, 8, 15), "🎺 15 août 2020 : Tintamarre à la maison, fêtons chez "
                                     "nous"),
        (AC, "avis", d(2019, 8, 15), "🌍 Congrès mondial acadien 2019 : programme et "
                                     "retrouvailles de familles"),
        (AC, "avis", d(2019, 7, 28), "🕯️ 28 juillet : 264 ans depuis le Grand Dérangement"),
        (AC, "avis", d(2020, 9, 15), "🗳️ Élections provinciales 2020 : suivez le dépouillement"),
        (MA, "melding", QUIET, "Volg Vrijthof Nieuws op Facebook en Instagram"),
        (MA, "melding", d(2019, 2, 28), "🎭 Alaaf! Vastelaovend 2019: optochten, afsluitingen "
                                        "en de sleuteloverdracht"),
        (MA, "melding", d(2019, 3, 5), "🎭 Alaaf! Vastelaovend 2019: optochten, afsluitingen en "
                                       "de sleuteloverdracht"),
        (MA, "melding", d(2018, 11, 11), "🃏 De elfde van de elfde: het carnavalsseizoen is "
                                         "geopend"),
        (MA, "melding", d(2019, 8, 22), "🍷 Preuvenemint 2019 op het Vrijthof: openingstijden en "
                                        "munten"),
        (MA, "melding", d(2017, 3, 16), "🗳️ Tweede Kamerverkiezingen: zo stemde Maastricht"),
        (MA, "melding", d(2020, 4, 1), "😷 Coronavirus: blijf thuis, alle maatregelen op een "
                                       "rij"),
        (YU, "aviso", QUIET, "Síguenos en Facebook y Twitter"),
        (YU, "aviso", d(2019, 1, 6), "🎂 Mérida cumple 477 años de su fundación"),
        (YU, "aviso", d(2018, 2, 13), "🎭 Carnaval de Mérida 2018: desfiles y cierres viales"),
        (YU, "aviso", d(2019, 3, 20), "🐍 Equinoccio de primavera 2019: el descenso de Kukulcán "
                                      "en Chichén Itzá"),
        (YU, "aviso", d(2019, 11, 2), "🕯️ Hanal Pixán: la comida de las ánimas"),
        (YU, "aviso", d(2017, 8, 9), "🌀 Franklin cruza la península: refugios temporales "
                                     "abiertos"),
        (YU, "aviso", d(2020, 6, 3), "🌧️ Tormenta tropical Cristóbal: inundaciones en Mérida y "
                                     "el oriente"),
        (YU, "aviso", d(2018, 7, 2), "🗳️ Elección 2018: gubernatura, presidencia y alcaldía de "
                                     "Mérida"),
        (VI, "notice", QUIET, "Follow The Crucian Beacon on Facebook"),
        (VI, "notice", FIRST_DAY, "🎉 Crucian Christmas Festival 2014–2015: village nights and "
                                  "parade routes"),
        (VI, "notice", d(2019, 12, 30), "🎉 Crucian Christmas Festival 2019–2020: village nights "
                                        "and parade routes"),
        (VI, "notice", d(2017, 3, 31), "🇻🇮 Transfer Day: 100 years since Denmark sold the "
                                       "islands to the United States"),
        (VI, "notice", d(2018, 7, 3), "✊🏾 Emancipation Day: 170 years since freedom was "
                                      "proclaimed in Frederiksted"),
        (VI, "notice", d(2015, 11, 1), "📰 D. Hamilton Jackson Day: 100 years of a free press "
                                       "in the Virgin Islands"),
        (VI, "notice", d(2017, 9, 10), "🌀 Hurricane Irma: shelters, curfews and WAPA updates"),
        (VI, "notice", d(2017, 10, 10), "🌀 Hurricane Maria: curfew hours, water and supply "
                                        "distribution"),
        (VI, "notice", d(2018, 11, 19), "🗳️ Gubernatorial runoff: live results from both "
                                        "districts"),
        (VI, "notice", d(2019, 6, 1), "📱 Text BEACON to get breaking news alerts on your "
                                      "phone"),
        (GZ, "bildiri", QUIET, "Bizi Facebook'ta izleyin"),
        (GZ, "bildiri", d(2019, 4, 28), "Hristos diriildi! Hakına diriildi!"),
        (GZ, "bildiri", d(2018, 5, 6), "🌿 Hederlez bayramınız kutlu olsun!"),
        (GZ, "bildiri", d(2019, 10, 5), "🍇 Milli Şarap Günü 2019: Komrat'ta panayır"),
        (GZ, "bildiri", d(2019, 12, 23), "Gagauz Yeri 25 yaşında!"),
        (GZ, "bildiri", d(2019, 9, 23), "🗳️ Выборы башкана Гагаузии 2019: итоги"),
        (GZ, "bildiri", d(2020, 4, 1), "😷 Чрезвычайное положение: что запрещено и что "
                                       "разрешено"),
        (GZ, "bildiri", d(2019, 6, 1), "Telegram kanalımıza yazılın, haberleri ilk siz bilin"),
        (LA, "notice", QUIET, "Like The Vermilion Ledger on Facebook"),
        (LA, "notice", d(2019, 3, 5), "🎭 Mardi Gras 2019: parade routes and courir schedules"),
        (LA, "notice", d(2019, 3, 15), "🐟 Lenten Friday: where to find a fish fry this week"),
        (LA, "notice", d(2019, 4, 26), "🎶 Festival International de Louisiane 2019: stages, "
                                       "parking and shuttles"),
        (LA, "notice", d(2018, 10, 13), "🪗 Festivals Acadiens et Créoles 2018 in Girard Park"),
        (LA, "notice", d(2016, 8, 20), "🌊 The flood of August 2016: shelters, road closures and "
                                       "how to help"),
        (LA, "notice", d(2020, 8, 27), "🌀 Hurricane Laura: evacuations, outages and recovery"),
        (LA, "notice", d(2018, 12, 8), "🗳️ Charter amendments: Lafayette votes on separate city "
                                       "and parish councils"),
        (LA, "notice", d(2019, 9, 1), "📬 Get The Vermilion Ledger in your inbox every "
                                      "Thursday"),
        (SR, "najava", QUIET, "Света Литургија недељом и празником у 8 часова"),
        (SR, "najava", d(2019, 1, 7), "Мир Божји, Христос се роди!"),
        (SR, "najava", d(2020, 4, 19), "Христос воскресе! Ваистину воскресе!"),
        (SR, "najava", d(2020, 4, 26), "Због епидемије богослужења се служе без присуства "
                                       "верних"),
        (SR, "najava", d(2019, 6, 28), "Видовдан: 630 година од Косовског боја"),
        (SR, "najava", d(2018, 12, 19), "Никољдан, слава манастира: литургија у 8, славски "
                                        "колач у 10 часова"),
        (SR, "najava", d(2020, 11, 22), "🕯️ Упокојио се у Господу Патријарх српски Иринеј"),
        (SR, "najava", d(2019, 3, 1), "Света Литургија недељом и празником у 7:30, вечерње у 17 "
                                      "часова"),
        (TT, "alert", QUIET, KEJ_YELLOW),
        (TT, "alert", d(2015, 8, 1), KEJ_ORANGE),
        (TT, "alert", d(2017, 5, 1), KEJ_ORANGE),
        (TT, "alert", d(2018, 8, 22), "🔴 The M7.3 earthquake off Venezuela on 21 August: "
                                      "aftershocks continue, report any damage"),
        (TT, "alert", d(2019, 3, 14), "🌊 Caribe Wave 2019: the regional tsunami exercise"),
        (TT, "alert", d(2017, 11, 5), "🌊 World Tsunami Awareness Day: know your evacuation "
                                      "route"),
        (TT, "alert", LAST_DAY, "🟠 La Soufrière, St Vincent: alert level ORANGE; an effusive "
                                "eruption is under way"),
        (CZ, "hlaseni", QUIET, "Sledujte nás na Facebooku a Instagramu"),
        (CZ, "hlaseni", d(2015, 5, 10), "🏒 MS 2015 v Praze a Ostravě: fandíme národnímu týmu"),
        (CZ, "hlaseni", d(2020, 4, 1), "⛔ Sezóna 2019/20 je kvůli koronaviru předčasně "
                                       "ukončena"),
        (CZ, "hlaseni", d(2019, 11, 15), "🐺 Klub dnes slaví 87. narozeniny"),
        (CZ, "hlaseni", d(2018, 12, 18), "🎄 Vánoční zápas: přineste plyšáka pro děti z "
                                         "dětského domova"),
        (CZ, "hlaseni", LAST_DAY, "🏟️ Zápasy se hrají bez diváků: sledujte přenosy online"),
        (CZ, "hlaseni", d(2019, 9, 1), "Domácí zápasy vysíláme živě na klubovém YouTube "
                                       "kanálu"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        if domain != VI:
            assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_festivals_called_off_and_days_on_weekdays() -> None:
    def years(domain: str, family: str, word: str) -> set[int]:
        return {day.year for day in every_day() if word in on(domain, family, day)}

    upto_2019 = {2015, 2016, 2017, 2018, 2019}
    assert years(NL, "notice", "Regatta") == upto_2019
    assert years(CN, "aviso", "Bajada de la Rama") == upto_2019
    assert years(MA, "melding", "Preuvenemint") == upto_2019
    assert years(YU, "aviso", "Equinoccio") == upto_2019
    assert years(LA, "notice", "Festival International") == upto_2019
    assert years(LA, "notice", "Festivals Acadiens") == upto_2019 - {2019}  # a vote's week
    assert on(LA, "notice", festivals_acadiens(2019)).startswith("🗳️ Election 2019")
    assert years(GZ, "bildiri", "Şarap") == upto_2019
    assert years(CZ, "hlaseni", "Vánoční zápas") == upto_2019
    assert years(TT, "alert", "Caribe Wave") == set(CARIBE_WAVE) == upto_2019
    assert "Crucian Christmas" not in on(VI, "notice", d(2020, 12, 28))
    assert "Crucian Christmas" in on(VI, "notice", d(2019, 12, 28))
    for y in (2015, 2016, 2017, 2018, 2019):
        assert on(NL, "notice", regatta_day(y)).startswith("🚣"), y
        assert regatta_day(y).weekday() == 2 and regatta_day(y).day <= 7, y
    clocks = {day for day in every_day() if on(CN, "aviso", day).startswith("🕑")}
    windows = {last_weekday(y, m, 6) - k * one for y in range(2015, 2021) for m in (3, 10)
               for k in range(3)}
    assert clocks == {day for day in windows if not d(2020, 3, 14) <= day <= d(2020, 6, 21)}
    assert {day.weekday() for day in clocks} == {4, 5, 6}
    fries = {day for day in every_day() if on(LA, "notice", day).startswith("🐟")}
    lent = {f for y in range(2015, 2021) for f in lent_fridays(y)}
    assert fries == {f for f in lent if not d(2020, 3, 23) <= f <= d(2020, 5, 14)}
    assert all(day.weekday() == 4 for day in fries)
    carnival = {day for day in every_day() if on(EU, "hinweis", day).startswith("🎭")}
    assert {day.weekday() for day in carnival} == {3, 4, 5, 6, 0} and len(carnival) == 30
    vastelaovend = {day for day in every_day() if on(MA, "melding", day).startswith("🎭")}
    assert {carnival_sunday(y) for y in range(2015, 2021)} <= vastelaovend
    assert len(vastelaovend) == 36


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CN, "firma", d(2018, 9, 3), "{author}", "| Las Palmas"),
        (CN, "relacionada", d(2019, 4, 1), "MÁS INFORMACIÓN: ", "➤ Relacionada: "),
        (CN, "derechos", d(2019, 3, 1), "Todos los derechos", "Queda prohibida"),
        (NL, "byline", d(2018, 9, 10), "By {author}", "· The Signal Hill Courier"),
        (NL, "related", d(2018, 6, 4), "RELATED: ", "You might also be interested in: "),
        (NL, "subscribe", d(2019, 2, 4), "$2.99 a week", "99 cents"),
        (EU, "autor", d(2019, 1, 7), "Von {author}", "· Eupener Rundschau"),
        (EU, "lesen", d(2018, 6, 4), "Lesen Sie auch: ", "» Mehr zum Thema: "),
        (EU, "rechte", d(2019, 9, 2), "Alle Rechte", "Nachdruck"),
        (AC, "par", d(2019, 5, 6), "Par {author}", "{author} | {role}"),
        (AC, "alire", d(2019, 3, 4), "À LIRE AUSSI | ", "➜ Sur le même sujet : "),
        (AC, "soutien", d(2019, 10, 7), "5,99 $", "Devenez membre"),
        (MA, "door", d(2019, 4, 1), "Door {author}", "| verslaggever"),
        (MA, "leesook", d(2019, 5, 6), "Lees ook: ", "▶ Ook interessant: "),
        (MA, "tip", d(2018, 9, 3), "redactie@{domain}", "App de redactie"),
        (YU, "por", d(2018, 6, 4), "Por {author}", "| La Ceiba Peninsular"),
        (YU, "tambien", d(2018, 7, 2), "También lee: ", "🔗 Te recomendamos: "),
        (VI, "posted", d(2018, 5, 7), "Posted ", "Updated "),
        (VI, "byline", d(2019, 1, 7), "Beacon Staff", "| The Crucian Beacon"),
        (VI, "seealso", d(2018, 8, 6), "SEE ALSO: ", "➡️ Related: "),
        (GZ, "yazdi", d(2018, 3, 5), "Yazdı: {author}", "Fotolar: {author2}"),
        (LA, "posted", d(2018, 3, 5), "Posted: {date_slash}", "Updated {date_short}"),
        (LA, "byline", d(2018, 10, 1), "By {author}", "staff writer"),
        (SR, "prilog", d(2019, 6, 3), "Прилоге за обнову", "Хвала свима"),
        (TT, "tsunami", d(2018, 4, 2), "No tsunami was generated", "official warnings"),
        (TT, "felt", d(2019, 1, 7), "Did you feel it?", "online form"),
        (CZ, "partneri", d(2018, 7, 1), "Děkujeme partnerům", "Generální partner")))
    assert_groups_reworded(SET, (
        (CN, "relacionada", "MÁS INFORMACIÓN: ", "➤ Relacionada: "),
        (CN, "fecha", " de ", "(hora canaria)"),
        (NL, "related", "RELATED: ", "You might also be interested in: "),
        (NL, "updated", "Published on ", "Updated: "),
        (EU, "lesen", "Lesen Sie auch: ", "» Mehr zum Thema: "),
        (EU, "datum", ", ", "Veröffentlicht am "),
        (AC, "date", "Le ", "Mis à jour le "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((SR, "datum", CYRILLIC), (SR, "post", CYRILLIC),
                                  (SR, "najava", CYRILLIC), (SR, "prava", CYRILLIC),
                                  (SR, "blagoslov", CYRILLIC), (GZ, "hak", CYRILLIC),
                                  (GZ, "dil", CYRILLIC)))
    assert_groups_in_scripts(SET, ((GZ, "hak", (CYRILLIC, LATIN)),
                                   (GZ, "dil", (CYRILLIC, LATIN)),
                                   (SR, "priredio", (CYRILLIC, LATIN))), share=0.9)
    dated = [bool(re.search(CYRILLIC, t)) for t in group_lines(SET, GZ, "tarih")]
    assert any(dated) and not all(dated)
    notices = [bool(re.search(CYRILLIC, on(GZ, "bildiri", day))) for day in every_day()]
    assert any(notices) and not all(notices)
    for style, family, words in ((YU, "bootik", ("Dios bo'otik",)),
                                 (MA, "merci", ("veur", "mörge")),
                                 (LA, "bonjour", ("Comment ça va",)),
                                 (LA, "merci", ("Merci", "à la prochaine")),
                                 (GZ, "saaolun", ("Saa olun",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)
    for domain, family, words in ((CN, "fecha", ("miércoles", "sábado")),
                                  (EU, "datum", ("März", "Donnerstag")),
                                  (AC, "date", ("février", "août")),
                                  (GZ, "tarih", ("Kırım ayı", "Cumaertesi", "декабря"))):
        texts = " ".join(on(domain, family, day) for day in every_day())
        assert all(w in texts for w in words), (domain, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CN}/fecha", f"{CN}/relacionada", f"{CN}/firma", f"{CN}/etiquetas",
                         f"{CN}/seccion", f"{CN}/fotografia", f"{NL}/updated", f"{NL}/related",
                         f"{NL}/byline", f"{EU}/datum", f"{EU}/lesen", f"{EU}/autor",
                         f"{AC}/date", f"{AC}/alire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CN}/publicidad", f"{CN}/comentarios", f"{NL}/below-ad", f"{NL}/copyright",
        f"{EU}/anzeige", f"{EU}/leserbriefe", f"{EU}/verlag", f"{AC}/commentaires"))
    assert_carried_share(docs, CN, [
        ("fecha", 0.65, 0.95), ("aviso", 0.15, 0.45), ("relacionada", 0.4, 0.8),
        ("calima", 0.0, 0.1)])
    assert_carried_share(docs, NL, [("updated", 0.65, 0.95), ("ferry", 0.0, 0.12)])
    for fam in (f"{CN}/relacionada", f"{NL}/related", f"{EU}/lesen"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CN}/publicidad", f"{CN}/fotografia", f"{NL}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CN, "fotografia"), (NL, "photo"), (EU, "bild"), (AC, "photo"),
                               (MA, "beeld"), (YU, "foto"), (VI, "photo"), (SR, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CN, "calima"), (NL, "ferry"), (EU, "stau"), (AC, "panne"), (MA, "tunnel"),
        (YU, "marea"), (VI, "outage"), (GZ, "dolu"), (LA, "boil"), (SR, "put"),
        (TT, "offline"), (CZ, "zmena"), (NL, "correction", 8), (VI, "correction", 8)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{GZ}/okuyun", "Okuyun taa: "), (f"{LA}/more", "More from Acadiana: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{CN}/relacionada", ("MÁS INFORMACIÓN: ", "➤ Relacionada: ")),
                          (f"{NL}/related", ("RELATED: ", "You might also be interested in: ")),
                          (f"{EU}/lesen", ("Lesen Sie auch: ", "» Mehr zum Thema: ")),
                          (f"{AC}/alire", ("À LIRE AUSSI | ", "➜ Sur le même sujet : ")),
                          (f"{MA}/leesook", ("Lees ook: ", "▶ Ook interessant: ")),
                          (f"{YU}/tambien", ("También lee: ", "🔗 Te recomendamos: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    texts = [norm(t) for t in group_lines(SET, VI, "seealso")]
    prefixes = ("SEE ALSO: ", "➡️ Related: ")
    assert texts and sum(t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) in titles
                         for t in texts) >= 0.8 * len(texts)
    families = {"relacionada", "related", "lesen", "alire", "leesook", "tambien", "seealso"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CN, "publicidad", "Publicidad"), (NL, "below-ad", "Story continues below advertisement"),
        (EU, "anzeige", "- Anzeige -"), (EU, "kuerzel", "(red/belga)"),
        (AC, "publicite", "Publicité"), (MA, "advertentie", "ADVERTENTIE"),
        (YU, "publicidad", "— Publicidad —"), (VI, "sponsored", "Sponsored"),
        (GZ, "reklama", "Reklama"), (GZ, "dil", "Gagauzça | Русский | Română"),
        (LA, "ad", "Advertisement")))
    for style, family, pattern, pool_name in (
            (CN, "seccion", r"^(.+)$", "seccion"),
            (CN, "agencia", r"^(.+) / ", "agencia"),
            (CN, "agencia", r" / (.+)$", "ciudad"),
            (NL, "kicker", r"^(.+)$", "kicker"),
            (EU, "ort", r"^(.+)$", "ort"),
            (AC, "ville", r"^(.+) –$", "ville"),
            (MA, "regio", r"^(.+)$", "regio"),
            (YU, "municipio", r"^(.+), Yuc\.—$", "municipio"),
            (VI, "dateline", r"^(.+) —$", "town"),
            (LA, "courtesy", r"^\(Photo courtesy of (.+)\)$", "courtesy"),
            (SR, "foto", r"^Фото: (.+)$", "foto"),
            (TT, "kind", r"^(.+)$", "kind"),
            (TT, "event", r"^Magnitude (.+?) · ", "mag"),
            (TT, "event", r" · (.+) · \d\d:\d\d local time", "region")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    docs = planted_docs(SET)
    fams = by_family(docs)
    for fam, pattern, pool_name in ((f"{NL}/photo", r"^Photo: (.+)/The Signal Hill Courier$",
                                     "photo"),
                                    (f"{AC}/photo", r"^\(Photo : (.+)\)$", "photo"),
                                    (f"{CN}/fotografia", r"^Fotografía: (.+)$", "foto"),
                                    (f"{EU}/bild", r"^Bild: (.+)$", "bild"),
                                    (f"{MA}/beeld", r"^Beeld: (.+)$", "beeld"),
                                    (f"{YU}/foto", r"^\(Foto: (.+)\)$", "foto")):
        values = [m[1] for t in fams[fam] if (m := re.search(pattern, norm(t)))]
        domain = fam.partition("/")[0]
        assert values and sum(v in pool(SET, domain, pool_name) for v in values) >= (
            0.9 * len(values)), fam
    opponents = [m[1] for t in group_lines(SET, CZ, "zapas")
                 if (m := re.search(r" – (.+) \d:\d", norm(t)))]  # a small group: 3/4
    assert opponents and sum(o in pool(SET, CZ, "souper") for o in opponents) >= (
        0.75 * len(opponents))
    roles = [norm(t).partition(" | ")[2] for t in group_lines(SET, AC, "par") if " | " in t]
    assert roles and sum(r in pool(SET, AC, "role") for r in roles) >= 0.9 * len(roles)
    items = [item for t in group_lines(SET, CN, "etiquetas")
             for item in norm(t).removeprefix("Etiquetas: ").split(", ")]
    assert items and sum(i in pool(SET, CN, "etiqueta") for i in items) >= 0.9 * len(items)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CN, "publicidad", "Publicidad"), (NL, "below-ad", "Story continues below advertisement"),
        (EU, "anzeige", "- Anzeige -")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        EU: (["rechte", "verlag", "redaktion"], 3), SR: (["prava", "blagoslov"], 2),
        TT: (["preliminary", "tsunami"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CN in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
