"""The held-back-67 template set (`tests.bench.heldout_templates_67`): its localised dates
(printed day by day, one with the Basque genitive date beside the Spanish one, one with
Croatian and one with Greek genitive months, one in Serbian Cyrillic, one with "del" before
the year, one with Catalan abbreviated weekdays, each changing form on the day of a redesign,
a new theme or a site move), the running indicators (a daily UF with a monthly UTM and a
business-day dollar, daily lek rates, a monthly basket price), the lines that turn with the
week (a pharmacy rota, a Saturday market, a Sunday ride), with the month (a blood drive on
the second Sunday, none in August) or with the day (wood-smoke episodes, cruise ships,
avalanche risk), the notices it rewords by date, the calendars and seasons some notices
follow (anniversaries with their counts, a national day moved to a new date, days on a
weekday of a month, feasts on the Western and Orthodox Easter and carnival, votes, unrest,
wildfires, earthquakes, the 2020 epidemic, festivals called off), the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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
from tests.bench.heldout_templates_67 import (
    ALBANIAN_MONTHS,
    ALBANIAN_WEEKDAYS,
    BASQUE_MONTHS_GENITIVE,
    CATALAN_MONTHS,
    CATALAN_WEEKDAYS_SHORT,
    CG_REDESIGN,
    CROATIAN_MONTHS_GENITIVE,
    CROATIAN_WEEKDAYS,
    FIRST_DAY,
    FU_NO_CRUISES,
    FU_REDESIGN,
    GREEK_MONTHS_GENITIVE,
    GREEK_WEEKDAYS,
    IM_MARKET_CLOSED,
    IM_REDESIGN,
    ITALIAN_MONTHS,
    KE_REDESIGN,
    KO_REDESIGN,
    LAST_DAY,
    MI_MOVE,
    NA_REDESIGN,
    NI_REDESIGN,
    PORTUGUESE_MONTHS,
    PORTUGUESE_MONTHS_SHORT,
    PORTUGUESE_WEEKDAYS_SHORT,
    PU_PHARMACIES,
    PU_REDESIGN,
    ROMANIAN_MONTHS_SHORT,
    SA_ROUTES,
    SA_STOPPED,
    SA_THEME,
    SERBIAN_MONTHS,
    SERBIAN_WEEKDAYS,
    SPANISH_MONTHS,
    SPANISH_MONTHS_SHORT,
    SPANISH_WEEKDAYS,
    SV_LEVELS,
    SV_MOVE,
    TC_EPISODES,
    TC_OFF_SEASON,
    TC_REDESIGN,
    between,
    cg_cesta_value,
    comma_decimal,
    festa_da_flor,
    fu_ships,
    holy_saturday,
    im_saturday,
    javierada,
    marxa,
    mi_collection,
    nisville,
    pu_monday,
    sa_sunday,
    statehood_count,
    statehood_day,
    sv_level,
    tc_business_day,
    tc_episode,
    tc_utm,
    yamor,
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

SET = "held-back-67"
SITES = ("Gazeta da Borborema", "La Voz del Cautín", "Diario del Arga", "Arenski vjesnik",
         "Jehona e Moravës", "Η Φωνή του Λιστόν", "Нишавски гласник", "O Levadeiro",
         "Radio Taita Imbabura", "Misericordia di Castelvecchio", "Marxa Safor",
         "Salvamont Caraiman")
CG, TC, NA, PU = ("gazetadaborborema.com.br", "vozdelcautin.cl", "diariodelarga.es",
                  "arenskivjesnik.hr")
KO, KE, NI, FU = ("jehonaemoraves.al", "fonitouliston.gr", "nisavskiglasnik.rs",
                  "olevadeiro.pt")
IM, MI, SA, SV = ("taitaimbabura.ec", "misericordiacastelvecchio.it", "marxasafor.org",
                  "salvamontcaraiman.ro")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((CG, "data"), (TC, "fecha"), (NA, "fecha"), (PU, "datum"), (KO, "data"),
         (KE, "imerominia"), (NI, "datum"), (FU, "data"), (IM, "fecha"), (MI, "data"),
         (SA, "data"), (SV, "data"))

# The families that change with the seasons, the months, the weeks or the days.
PERIODIC = ((CG, "cesta"), (TC, "indicadores"), (TC, "lena"), (PU, "ljekarna"),
            (PU, "plovidba"), (KO, "kembimi"), (KE, "ploia"), (NI, "grejanje"), (FU, "navios"),
            (IM, "feria"), (MI, "sostegno"), (MI, "sangue"), (SA, "sortida"),
            (SA, "llicencia"), (SV, "avalanse"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CG, "aviso"), (TC, "aviso"), (NA, "aviso"), (PU, "obavijest"), (KO, "njoftim"),
           (KE, "anakoinosi"), (NI, "obavestenje"), (FU, "aviso"), (IM, "aviso"),
           (MI, "avviso"), (SA, "avis"), (SV, "anunt"))

# A day no notice of the set turns for an event on, before any of them was reworded.
QUIET = d(2016, 9, 20)

GREEK = r"[\u0370-\u03ff]"
CYRILLIC = r"[\u0400-\u04ff]"
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert javierada(2019) == d(2019, 3, 3) and javierada(2020) == d(2020, 3, 1)
    assert statehood_day(2019) == d(2019, 6, 25) and statehood_day(2020) == d(2020, 5, 30)
    assert statehood_count(2019) == 28 and statehood_count(2020) == 30
    assert holy_saturday(2019) == d(2019, 4, 27) and holy_saturday(2020) == d(2020, 4, 18)
    assert nisville(2019) == d(2019, 8, 8) and nisville(2020) == d(2020, 8, 13)
    assert festa_da_flor(2019) == d(2019, 5, 26) and festa_da_flor(2020) is None
    assert yamor(2019) == d(2019, 9, 7) and yamor(2020) is None
    assert marxa(2019) == d(2019, 10, 27) and marxa(2020) is None
    assert mi_collection(d(2019, 6, 9)) == d(2019, 6, 9)
    assert mi_collection(d(2019, 6, 10)) == d(2019, 7, 14)
    assert mi_collection(d(2019, 7, 15)) == d(2019, 9, 8)  # none in August
    assert mi_collection(d(2019, 12, 9)) == d(2020, 1, 12)
    assert sa_sunday(d(2019, 6, 21)) == d(2019, 6, 23) == sa_sunday(d(2019, 6, 23))
    assert im_saturday(d(2019, 6, 21)) == d(2019, 6, 22) == im_saturday(d(2019, 6, 22))
    assert pu_monday(d(2019, 6, 23)) == d(2019, 6, 17) == pu_monday(d(2019, 6, 17))
    assert tc_business_day(d(2019, 6, 23)) == d(2019, 6, 21) == tc_business_day(d(2019, 6,
                                                                                  21))
    assert comma_decimal(28345.123) == "28.345,12" and comma_decimal(49173, 0) == "49.173"
    assert comma_decimal(612.5) == "612,50"
    assert tc_utm(2019, 1) == 48353 and tc_utm(2019, 12) < tc_utm(2020, 1)
    assert between({2019: 10.0, 2020: 20.0}, d(2019, 1, 1)) == 10.0
    assert tc_episode(d(2019, 1, 15)) is None and tc_episode(d(2019, 6, 15)) is not None
    assert sv_level(d(2019, 7, 1)) is None and sv_level(d(2019, 1, 15)) in (2, 3, 4)
    assert fu_ships(FU_NO_CRUISES) == 0 and fu_ships(d(2019, 1, 15)) >= 1
    assert 300 < cg_cesta_value(2019, 5) < 460


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CG, "data", old, r"Publicado em 5 de março de 2016 \(sábado\)")
    full(CG, "data", new, r"📅 21/jun/2019 · ⏱ \d+ min de leitura")
    full(TC, "fecha", old, "Temuco, sábado 5 de marzo de 2016")
    full(TC, "fecha", new, r"Actualizado el 21 jun\. 2019 a las \d\d:\d\d")
    full(TC, "indicadores", new, r"📊 UF: \$27\.\d{3},\d\d · UTM: \$48\.\d{3} · Dólar "
                                 r"observado: \$\d{3},\d\d")
    full(NA, "fecha", old, "Pamplona · 5 de marzo de 2016")
    full(NA, "fecha", new, "Iruña · 2019ko ekainaren 21a / 21 de junio de 2019")
    full(PU, "datum", old, r"subota, 5\. ožujka 2016\.")
    full(PU, "datum", new, r"Objavljeno: 21\.06\.2019\. u \d\d:\d\d")
    full(KO, "data", old, "E shtunë, 5 mars 2016")
    full(KO, "data", new, r"21/06/2019 \| ora \d\d:\d\d")
    full(KO, "kembimi", new, r"💶 Këmbimi valutor sot: 1 euro = 12\d,\d\d lekë · 1 dollar = "
                             r"1\d\d,\d\d lekë")
    full(KE, "imerominia", old, "Σάββατο, 5 Μαρτίου 2016")
    full(KE, "imerominia", new, r"21\.06\.2019, \d\d:\d\d · Ενημερώθηκε")
    full(NI, "datum", old, r"субота, 5\. март 2016\.")
    full(NI, "datum", new, r"Ниш, 21\.06\.2019\. · \d+ мин\. читања")
    full(FU, "data", old, "Sábado, 05/03/2016")
    full(FU, "data", new, r"21 jun 2019, \d\d:\d\d")
    full(IM, "fecha", old, "Otavalo, 5 de marzo del 2016")
    full(IM, "fecha", new, r"21/06/2019 · Actualizado a las \d\d:\d\d")
    full(IM, "feria", new, "🧶 Feria de la Plaza de los Ponchos: sábado 22 de junio, desde "
                           "las 06h00")
    full(MI, "data", old, "5 marzo 2016 · .+")
    full(MI, "data", d(2019, 9, 6), r"Scritto da .+ il 06/09/2019")
    full(MI, "sangue", new, "🩸 Prossima raccolta di sangue in sede: domenica 14 luglio, "
                            "dalle 8 alle 11:30")
    full(SA, "data", old, r"Publicat el 05/03/2016 per .+")
    full(SA, "data", new, "dv. 21 juny 2019")
    full(SA, "sortida", new, r"🚴 Sortida de diumenge 23/6: .+ \(\d+ km\)\. Eixida a les "
                             r"8\.00 des de la plaça del Prado")
    full(SV, "data", old, r"Postat pe 05\.03\.2016 de .+")
    full(SV, "data", d(2019, 12, 6), "6 dec. 2019 · Dispeceratul")
    full(PU, "ljekarna", new, "💊 Dežurna ljekarna ovaj tjedan: Ljekarna .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        y, m, wd = day.year, day.month, day.weekday()
        cg = on(CG, "data", day)
        if day < CG_REDESIGN:
            assert cg.startswith(f"Publicado em {day.day} de {PORTUGUESE_MONTHS[m - 1]} de {y} "
                                 f"("), cg
        else:
            assert cg.startswith(f"📅 {day.day:02d}/{PORTUGUESE_MONTHS_SHORT[m - 1]}/{y} · "), cg
        tc = on(TC, "fecha", day)
        if day < TC_REDESIGN:
            assert tc == (f"Temuco, {SPANISH_WEEKDAYS[wd]} {day.day} de "
                          f"{SPANISH_MONTHS[m - 1]} de {y}"), tc
        else:
            assert tc.startswith(f"Actualizado el {day.day} {SPANISH_MONTHS_SHORT[m - 1]} {y} "
                                 f"a las "), tc
        na = on(NA, "fecha", day)
        assert na.endswith(f" {day.day} de {SPANISH_MONTHS[m - 1]} de {y}"), na
        assert na.startswith("Iruña · ") == (day >= NA_REDESIGN), na
        assert (f" {y}ko {BASQUE_MONTHS_GENITIVE[m - 1]} {day.day}a / " in na) == (
            day >= NA_REDESIGN), na
        pu = on(PU, "datum", day)
        assert (pu == f"{CROATIAN_WEEKDAYS[wd]}, {day.day}. "
                      f"{CROATIAN_MONTHS_GENITIVE[m - 1]} {y}.") == (day < PU_REDESIGN), pu
        assert pu.startswith(f"Objavljeno: {day:%d.%m.%Y}. u ") == (day >= PU_REDESIGN), pu
        ko = on(KO, "data", day)
        assert (ko == f"{ALBANIAN_WEEKDAYS[wd].capitalize()}, {day.day} "
                      f"{ALBANIAN_MONTHS[m - 1]} {y}") == (day < KO_REDESIGN), ko
        assert ko.startswith(f"{day:%d/%m/%Y} | ora ") == (day >= KO_REDESIGN), ko
        ke = on(KE, "imerominia", day)
        assert (ke == f"{GREEK_WEEKDAYS[wd]}, {day.day} {GREEK_MONTHS_GENITIVE[m - 1]} "
                      f"{y}") == (day < KE_REDESIGN), ke
        assert ke.startswith(f"{day:%d.%m.%Y}, ") == (day >= KE_REDESIGN), ke
        ni = on(NI, "datum", day)
        assert (ni == f"{SERBIAN_WEEKDAYS[wd]}, {day.day}. {SERBIAN_MONTHS[m - 1]} "
                      f"{y}.") == (day < NI_REDESIGN), ni
        assert ni.startswith(f"Ниш, {day:%d.%m.%Y}. · ") == (day >= NI_REDESIGN), ni
        fu = on(FU, "data", day)
        assert (fu == f"{PORTUGUESE_WEEKDAYS_SHORT[wd]}, {day:%d/%m/%Y}") == (
            day < FU_REDESIGN), fu
        assert fu.startswith(f"{day.day} {PORTUGUESE_MONTHS_SHORT[m - 1]} {y}, ") == (
            day >= FU_REDESIGN), fu
        im = on(IM, "fecha", day)
        assert (im == f"Otavalo, {day.day} de {SPANISH_MONTHS[m - 1]} del {y}") == (
            day < IM_REDESIGN), im
        assert im.startswith(f"{day:%d/%m/%Y} · Actualizado a las ") == (day >= IM_REDESIGN)
        mi = on(MI, "data", day)
        assert mi.startswith(f"{day.day} {ITALIAN_MONTHS[m - 1]} {y} · ") == (day < MI_MOVE)
        assert mi.endswith(f" il {day:%d/%m/%Y}") == (day >= MI_MOVE), mi
        sa = on(SA, "data", day)
        assert (sa == f"Publicat el {day:%d/%m/%Y} per {{author}}") == (day < SA_THEME), sa
        assert (sa == f"{CATALAN_WEEKDAYS_SHORT[wd]} {day.day} {CATALAN_MONTHS[m - 1]} "
                      f"{y}") == (day >= SA_THEME), sa
        sv = on(SV, "data", day)
        assert (sv == f"Postat pe {day:%d.%m.%Y} de {{author}}") == (day < SV_MOVE), sv
        assert (sv == f"{day.day} {ROMANIAN_MONTHS_SHORT[m - 1]} {y} · Dispeceratul") == (
            day >= SV_MOVE), sv
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_weekly_and_monthly_turns() -> None:
    starts, _ = wordings_by_start(SET, PU, "ljekarna")
    assert all(d.fromisoformat(s).weekday() == 0 for s in starts[1:]) and len(starts) >= 300
    pharmacies = []
    for day in every_day():
        if day.weekday() == 0:
            text = on(PU, "ljekarna", day)
            assert text == on(PU, "ljekarna", day + 6 * one), day
            pharmacies.append(text.rpartition(": ")[2])
    assert set(pharmacies) == set(PU_PHARMACIES)
    assert all(a != b for a, b in zip(pharmacies, pharmacies[1:], strict=False))
    assert pharmacies[:5] == pharmacies[5:10]
    closed = set(IM_MARKET_CLOSED)
    starts, _ = wordings_by_start(SET, IM, "feria")
    assert all(d.fromisoformat(s).weekday() == 6 or d.fromisoformat(s) in closed
               for s in starts[1:]) and len(starts) >= 280
    starts, _ = wordings_by_start(SET, SA, "sortida")
    assert all(d.fromisoformat(s).weekday() == 0 or d.fromisoformat(s) in SA_STOPPED
               for s in starts[1:]) and len(starts) >= 280
    starts, _ = wordings_by_start(SET, MI, "sangue")
    assert len(starts) == 67  # the drives of 2015-2020 but August's, and the first wording
    assert all(d.fromisoformat(s).weekday() == 0 for s in starts[1:])
    assert all(d.fromisoformat(s) - one == mi_collection(d.fromisoformat(s) - one)
               for s in starts[1:])
    routes = []
    for day in every_day():
        market = on(IM, "feria", day)
        if IM_MARKET_CLOSED[0] <= day < IM_MARKET_CLOSED[1]:
            assert "suspendida" in market, day
        else:
            saturday = im_saturday(day)
            assert saturday.weekday() == 5 and day <= saturday < day + 7 * one
            assert f"sábado {saturday.day} de {SPANISH_MONTHS[saturday.month - 1]}," in market
        ride = on(SA, "sortida", day)
        if SA_STOPPED[0] <= day < SA_STOPPED[1]:
            assert "suspeses" in ride, day
        else:
            sunday = sa_sunday(day)
            m = re.fullmatch(r"🚴 Sortida de diumenge (\d+)/(\d+): (.+)\. Eixida a les 8\.00 "
                             r"des de la plaça del Prado", ride)
            assert m and (int(m[1]), int(m[2])) == (sunday.day, sunday.month), day
            if day.weekday() == 6:
                routes.append(m[3])
        blood = on(MI, "sangue", day)
        drive = mi_collection(day)
        assert drive.month != 8 and drive.weekday() == 6 and 8 <= drive.day <= 14, day
        assert f"domenica {drive.day} {ITALIAN_MONTHS[drive.month - 1]}," in blood, day
        assert "agosto" not in blood, day
    assert set(routes) == set(SA_ROUTES)
    starts, _ = wordings_by_start(SET, CG, "cesta")
    assert all(s.endswith("-01") for s in starts[1:]) and len(starts) == 73
    for year in (2016, 2019):
        for month in (1, 2, 7):
            text = on(CG, "cesta", d(year, month, 15))
            py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
            assert text == (f"🛒 Cesta básica em Campina Grande ({PORTUGUESE_MONTHS[pm - 1]}/"
                            f"{py}): R$ {comma_decimal(cg_cesta_value(py, pm))}"), text
    for style, family, most in ((PU, "ljekarna", 5), (IM, "feria", 3), (SA, "sortida", 3),
                                (MI, "sangue", 3), (CG, "cesta", 5)):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= most, (style, family)


def test_running_indicators_and_rates() -> None:
    ufs = []
    for day in every_day():
        m = re.fullmatch(r"📊 UF: \$([\d.]+,\d\d) · UTM: \$([\d.]+) · Dólar observado: "
                         r"\$(\d{3},\d\d)", on(TC, "indicadores", day))
        assert m, day
        uf = float(m[1].replace(".", "").replace(",", "."))
        ufs.append(uf)
        assert int(m[2].replace(".", "")) == tc_utm(day.year, day.month), day
        assert 580 < float(m[3].replace(",", ".")) < 880, day
        if day.weekday() >= 5:
            friday = tc_business_day(day)
            assert on(TC, "indicadores", day).endswith(
                on(TC, "indicadores", friday).rpartition(" · ")[2]), day
        k = re.fullmatch(r"💶 Këmbimi valutor sot: 1 euro = (\d{3},\d\d) lekë · 1 dollar = "
                         r"(\d{2,3},\d\d) lekë", on(KO, "kembimi", day))
        assert k and 118 < float(k[1].replace(",", ".")) < 142, day
        assert 96 < float(k[2].replace(",", ".")) < 131, day
    assert ufs == sorted(ufs) and len(set(ufs)) == len(ufs)
    assert 24_000 < ufs[0] < 25_000 and 28_900 < ufs[-1] < 29_200
    for style, family, most in ((TC, "indicadores", 0), (KO, "kembimi", 30)):
        starts, _ = wordings_by_start(SET, style, family)  # to LAST_DAY, ten days on
        assert len(every_day()) + 10 - most <= len(starts) <= len(every_day()) + 10, family
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 5, family


def test_seasons_and_lines_of_the_day() -> None:
    episodes = Counter()
    for day in every_day():
        smoke = on(TC, "lena", day)
        level = tc_episode(day)
        assert (level is None) == (not 4 <= day.month <= 9), day
        assert smoke == (TC_OFF_SEASON if level is None else TC_EPISODES[level]), day
        episodes[level] += 1
        avalanche = on(SV, "avalanse", day)
        risk = sv_level(day)
        assert (risk is None) == (5 <= day.month <= 11), day
        if risk is None:
            assert avalanche.startswith("☀️"), day
        else:
            assert avalanche.endswith(f": {risk} – {SV_LEVELS[risk - 1]}"), day
            assert risk >= (2 if day.month in (1, 2, 3) else 1), day
        ships = fu_ships(day)
        port = on(FU, "navios", day)
        assert (ships == 0) == ("não há" in port), day
        if day >= FU_NO_CRUISES:
            assert ships == 0, day
        assert ("Ljetni" in on(PU, "plovidba", day)) == (
            d(day.year, 6, 1) <= day < d(day.year, 9, 16)), day
        assert ("θερινά" in on(KE, "ploia", day)) == (
            d(day.year, 5, 1) <= day < d(day.year, 10, 16)), day
        assert ("🔥" in on(NI, "grejanje", day)) == (
            not d(day.year, 4, 16) <= day < d(day.year, 10, 15)), day
        assert ("5x1000" in on(MI, "sostegno", day)) == (3 <= day.month <= 10), day
        assert ("renovar" in on(SA, "llicencia", day)) == (
            not d(day.year, 1, 16) <= day < d(day.year, 11, 2)), day
    assert set(episodes) == {None, 0, 1, 2, 3} and episodes[3] < episodes[1] < episodes[0]
    assert sum(fu_ships(day) for day in every_day() if day.month == 1) > sum(
        fu_ships(day) for day in every_day() if day.month == 7)
    for style, family in ((TC, "lena"), (SV, "avalanse"), (FU, "navios")):
        starts, _ = wordings_by_start(SET, style, family)
        assert len(starts) >= 250, family
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 2, family


def test_notices_follow_their_calendars() -> None:
    cases = (
        (CG, "aviso", QUIET, "Curta nossa página no Facebook e acompanhe as notícias de "
                             "Campina e região"),
        (CG, "aviso", d(2019, 1, 10), "📲 Participe do nosso grupo no WhatsApp e receba as "
                                      "manchetes do dia"),
        (CG, "aviso", d(2016, 10, 3), "🗳️ Eleições 2016: apuração para prefeito de Campina "
                                      "Grande"),
        (CG, "aviso", d(2017, 4, 19), "💧 Águas da transposição do São Francisco chegam ao "
                                      "açude de Boqueirão"),
        (CG, "aviso", d(2018, 10, 8), "🗳️ Eleições 2018: apuração do primeiro turno na "
                                      "Paraíba"),
        (CG, "aviso", d(2018, 10, 23), "🗳️ Eleições 2018: apuração do segundo turno"),
        (CG, "aviso", d(2020, 4, 1), "😷 Covid-19: use máscara, lave as mãos e evite "
                                     "aglomerações"),
        (CG, "aviso", d(2020, 11, 16), "🗳️ Eleições municipais 2020: apuração em Campina "
                                       "Grande"),
        (CG, "aviso", d(2019, 3, 5), "🕊️ 28º Encontro da Nova Consciência: a programação do "
                                     "Carnaval"),
        (CG, "aviso", d(2019, 6, 24), "🔥 O Maior São João do Mundo: confira a programação do "
                                      "Parque do Povo"),
        (CG, "aviso", d(2020, 6, 24), "🎉 São João 2020 cancelado: celebre em casa e "
                                      "acompanhe as lives"),
        (CG, "aviso", d(2019, 10, 11), "🎂 Campina Grande 155 anos: parabéns, Rainha da "
                                       "Borborema!"),
        (CG, "aviso", d(2019, 12, 25), "🎄 Feliz Natal a todos os nossos leitores!"),
        (TC, "aviso", QUIET, "Síguenos en Facebook y Twitter: las noticias de La Araucanía al "
                             "minuto"),
        (TC, "aviso", d(2019, 5, 1), "📩 Suscríbete al boletín de la tarde y recibe lo más "
                                     "leído del día"),
        (TC, "aviso", d(2016, 10, 24), "🗳️ Municipales 2016: resultados en las 32 comunas de "
                                       "La Araucanía"),
        (TC, "aviso", d(2017, 11, 20), "🗳️ Presidenciales y parlamentarias 2017: resultados "
                                       "en La Araucanía"),
        (TC, "aviso", d(2017, 12, 17), "🗳️ Segunda vuelta presidencial: resultados en la "
                                       "región"),
        (TC, "aviso", d(2019, 10, 20), "⚠️ Estado de emergencia: revisa los horarios del "
                                       "toque de queda en Temuco"),
        (TC, "aviso", d(2020, 4, 15), "😷 Cuarentena en Temuco y Padre Las Casas: cómo pedir "
                                      "tu permiso temporal"),
        (TC, "aviso", d(2020, 10, 26), "🗳️ Plebiscito 2020: resultados en La Araucanía"),
        (TC, "aviso", d(2019, 2, 24), "🎂 Temuco cumple 138 años: feliz aniversario a nuestra "
                                      "ciudad"),
        (TC, "aviso", d(2019, 6, 22), "🌄 Wiñoy Tripantu: feliz año nuevo mapuche, kom pu "
                                      "che"),
        (TC, "aviso", d(2019, 9, 18), "🇨🇱 ¡Felices Fiestas Patrias! 209 años de la Primera "
                                      "Junta"),
        (TC, "aviso", d(2019, 12, 24), "🎄 Feliz Navidad a nuestros lectores de La "
                                       "Araucanía"),
        (NA, "aviso", QUIET, "Síguenos en Twitter e Instagram"),
        (NA, "aviso", d(2018, 3, 1), "🔔 Activa las notificaciones y recibe la última hora de "
                                     "Pamplona y la Comarca"),
        (NA, "aviso", d(2015, 5, 25), "🗳️ Forales y municipales 2015: resultados en Pamplona "
                                      "y la Comarca"),
        (NA, "aviso", d(2015, 12, 21), "🗳️ Generales 2015: así ha votado Navarra"),
        (NA, "aviso", d(2016, 6, 27), "🗳️ Generales 2016: así ha votado Navarra"),
        (NA, "aviso", d(2019, 4, 29), "🗳️ Generales del 28-A: así ha votado Navarra"),
        (NA, "aviso", d(2019, 5, 27), "🗳️ Forales y municipales 2019: resultados en Pamplona "
                                      "y la Comarca"),
        (NA, "aviso", d(2019, 11, 11), "🗳️ Generales del 10-N: así ha votado Navarra"),
        (NA, "aviso", d(2020, 4, 1), "😷 Estado de alarma: quédate en casa / Geratu etxean"),
        (NA, "aviso", d(2019, 3, 3), "🚶 Javierada: recomendaciones para los peregrinos que "
                                     "caminan a Javier"),
        (NA, "aviso", d(2019, 7, 7), "🎉 San Fermín 2019: programa de fiestas y horarios del "
                                     "encierro"),
        (NA, "aviso", d(2020, 7, 7), "🚫 Sin Sanfermines en 2020: el Ayuntamiento suspende las "
                                     "fiestas"),
        (NA, "aviso", d(2019, 12, 3), "Día de Navarra: felicidades a todos los navarros / "
                                      "Zorionak nafar guztiei"),
        (NA, "aviso", d(2019, 12, 25), "🎅 Olentzero ya está aquí: zorionak eta urte berri "
                                       "on!"),
        (PU, "obavijest", QUIET, "Pratite nas na Facebooku i Twitteru"),
        (PU, "obavijest", d(2018, 5, 1), "📱 Preuzmite našu aplikaciju i primajte vijesti iz "
                                         "Pule i Istre"),
        (PU, "obavijest", d(2015, 11, 9), "🗳️ Parlamentarni izbori 2015: rezultati u VIII. "
                                          "izbornoj jedinici"),
        (PU, "obavijest", d(2016, 9, 12), "🗳️ Parlamentarni izbori 2016: rezultati u Istri"),
        (PU, "obavijest", d(2017, 5, 22), "🗳️ Lokalni izbori 2017: tko je novi gradonačelnik "
                                          "Pule"),
        (PU, "obavijest", d(2017, 6, 1), "🗳️ Drugi krug lokalnih izbora: rezultati"),
        (PU, "obavijest", d(2019, 12, 20), "🗳️ Predsjednički izbori, prvi krug: rezultati u "
                                           "Istri"),
        (PU, "obavijest", d(2020, 1, 2), "🗳️ Predsjednički izbori, drugi krug: rezultati"),
        (PU, "obavijest", d(2020, 3, 23), "🆘 Potres u Zagrebu: kako pomoći"),  # over lockdown
        (PU, "obavijest", d(2020, 4, 20), "😷 Ostanite doma / Restate a casa"),
        (PU, "obavijest", d(2020, 7, 6), "🗳️ Parlamentarni izbori 2020: rezultati u Istri"),
        (PU, "obavijest", d(2020, 12, 30), "🆘 Potres kod Petrinje: gdje u Puli donirati "
                                           "pomoć"),
        (PU, "obavijest", d(2019, 7, 15), "🎬 66. Pulski filmski festival: program u Areni"),
        (PU, "obavijest", d(2019, 6, 25), "🇭🇷 Sretan Dan državnosti! 28. obljetnica"),
        (PU, "obavijest", d(2020, 5, 30), "🇭🇷 Sretan Dan državnosti! 30. obljetnica"),
        (PU, "obavijest", d(2019, 8, 5), "Dan pobjede i domovinske zahvalnosti: 24. obljetnica "
                                         "Oluje"),
        (PU, "obavijest", d(2019, 12, 25), "🎄 Sretan Božić! Buon Natale!"),
        (KO, "njoftim", QUIET, "Na ndiqni në Facebook për lajmet e Korçës dhe të rrethinave"),
        (KO, "njoftim", d(2018, 5, 2), "📲 Na dërgoni lajmin tuaj në WhatsApp ose Viber: +355 "
                                       "69 000 0000"),
        (KO, "njoftim", d(2015, 6, 22), "🗳️ Zgjedhjet vendore 2015: rezultatet në Qarkun e "
                                        "Korçës"),
        (KO, "njoftim", d(2017, 6, 26), "🗳️ Zgjedhjet parlamentare 2017: numërimi i votave në "
                                        "Korçë"),
        (KO, "njoftim", d(2019, 7, 1), "🗳️ Zgjedhjet vendore 2019: rezultatet në bashkitë e "
                                       "qarkut"),
        (KO, "njoftim", d(2019, 11, 28), "🆘 Tërmeti i 26 nëntorit: si t'i ndihmoni familjet e "
                                         "prekura"),  # over independence day
        (KO, "njoftim", d(2020, 4, 19), "😷 Qëndroni në shtëpi: masat kundër COVID-19 në "
                                        "Korçë"),
        (KO, "njoftim", d(2019, 3, 14), "🌸 Gëzuar Ditën e Verës!"),
        (KO, "njoftim", d(2019, 4, 28), "🕯️ Krishti u ngjall! Gëzuar Pashkët ortodokse"),
        (KO, "njoftim", d(2019, 8, 15), "🍺 Festa e Birrës në Korçë, edicioni i 12-të"),
        (KO, "njoftim", d(2020, 8, 15), "🍺 Festa e Birrës anulohet këtë vit për shkak të "
                                        "pandemisë"),
        (KO, "njoftim", d(2018, 11, 28), "🇦🇱 Gëzuar 28 Nëntorin! 106 vjet Pavarësi"),
        (KE, "anakoinosi", QUIET, "Ακολουθήστε μας στο Facebook"),
        (KE, "anakoinosi", d(2018, 7, 1), "📲 Ενεργοποιήστε τις ειδοποιήσεις και μαθαίνετε "
                                          "πρώτοι τα νέα της Κέρκυρας"),
        (KE, "anakoinosi", d(2015, 1, 26), "🗳️ Εκλογές 2015: τα αποτελέσματα στην Κέρκυρα"),
        (KE, "anakoinosi", d(2015, 7, 1), "🏧 Capital controls: όριο ανάληψης 60 ευρώ την "
                                          "ημέρα"),
        (KE, "anakoinosi", d(2015, 7, 6), "🗳️ Δημοψήφισμα: τα αποτελέσματα στην Κέρκυρα"),
        (KE, "anakoinosi", d(2015, 9, 21), "🗳️ Εκλογές Σεπτεμβρίου: τα αποτελέσματα στην "
                                           "Κέρκυρα"),
        (KE, "anakoinosi", d(2019, 5, 27), "🗳️ Αυτοδιοικητικές εκλογές: ποιος εκλέγεται "
                                           "δήμαρχος"),
        (KE, "anakoinosi", d(2019, 6, 3), "🗳️ Β' γύρος αυτοδιοικητικών εκλογών: τα "
                                          "αποτελέσματα"),
        (KE, "anakoinosi", d(2019, 7, 8), "🗳️ Εθνικές εκλογές 2019: τα αποτελέσματα στην "
                                          "Κέρκυρα"),
        (KE, "anakoinosi", d(2020, 4, 18), "😷 Μένουμε σπίτι: οι λόγοι μετακίνησης με SMS στο "
                                           "13033"),  # over Holy Saturday
        (KE, "anakoinosi", d(2020, 12, 1), "😷 Δεύτερο lockdown: τι ισχύει για τις "
                                           "μετακινήσεις στο νησί"),
        (KE, "anakoinosi", d(2019, 4, 27), "🏺 Μεγάλο Σάββατο: οι μπότηδες στην Παλιά Πόλη "
                                           "στις 11 το πρωί"),
        (KE, "anakoinosi", d(2018, 5, 21), "🇬🇷 154 χρόνια από την Ένωση της Επτανήσου με την "
                                           "Ελλάδα"),
        (KE, "anakoinosi", d(2019, 5, 21), "🗳️ Αυτοδιοικητικές εκλογές: ποιος εκλέγεται "
                                           "δήμαρχος"),  # over the Union's day
        (KE, "anakoinosi", d(2019, 8, 11), "✝️ Λιτανεία του Αγίου Σπυρίδωνα: οι "
                                           "κυκλοφοριακές ρυθμίσεις"),
        (KE, "anakoinosi", d(2019, 10, 28), "🇬🇷 28η Οκτωβρίου: 79 χρόνια από το ΟΧΙ"),
        (KE, "anakoinosi", d(2019, 12, 12), "Χρόνια πολλά στους εορτάζοντες: του Αγίου "
                                            "Σπυρίδωνα, πολιούχου της Κέρκυρας"),
        (NI, "obavestenje", QUIET, "Пратите нас на Фејсбуку и Твитеру"),
        (NI, "obavestenje", d(2018, 3, 1), "📲 Придружите се нашој Вајбер заједници: вести из "
                                           "Ниша на вашем телефону"),
        (NI, "obavestenje", d(2016, 4, 25), "🗳️ Избори 2016: резултати у Нишу"),
        (NI, "obavestenje", d(2017, 4, 3), "🗳️ Председнички избори 2017: резултати у "
                                           "Нишавском округу"),
        (NI, "obavestenje", d(2020, 4, 19), "😷 Ванредно стање: полицијски час и правила "
                                            "кретања"),  # over Orthodox Easter
        (NI, "obavestenje", d(2020, 6, 22), "🗳️ Избори 2020: резултати у Нишу"),
        (NI, "obavestenje", d(2019, 1, 7), "🎄 Христос се роди! Срећан Божић свим читаоцима"),
        (NI, "obavestenje", d(2019, 1, 11), "🏛️ Дан града Ниша: 141 година од ослобођења"),
        (NI, "obavestenje", d(2019, 2, 16), "🇷🇸 Сретење, Дан државности: 215 година од Првог "
                                            "српског устанка"),
        (NI, "obavestenje", d(2019, 4, 29), "🥚 Христос васкрсе! Срећан Ускрс"),
        (NI, "obavestenje", d(2019, 6, 28), "Видовдан: помен страдалима у Косовском боју"),
        (NI, "obavestenje", d(2019, 8, 10), "🎷 25. Нишвил џез фестивал на Тврђави"),
        (FU, "aviso", QUIET, "Siga-nos no Facebook e no Instagram"),
        (FU, "aviso", d(2018, 11, 1), "📰 Receba a nossa newsletter todas as manhãs, às 7h00"),
        (FU, "aviso", d(2015, 10, 5), "🗳️ Legislativas 2015: resultados no círculo da "
                                      "Madeira"),
        (FU, "aviso", d(2016, 1, 25), "🗳️ Presidenciais 2016: resultados na Região"),
        (FU, "aviso", d(2016, 8, 10), "🔥 Incêndios no Funchal: pontos de recolha de donativos "
                                      "e abrigos"),
        (FU, "aviso", d(2017, 10, 2), "🗳️ Autárquicas 2017: quem ganhou em cada concelho"),
        (FU, "aviso", d(2019, 9, 24), "🗳️ Regionais 2019: resultados freguesia a freguesia"),
        (FU, "aviso", d(2019, 10, 7), "🗳️ Legislativas 2019: resultados no círculo da "
                                      "Madeira"),
        (FU, "aviso", d(2020, 4, 1), "😷 Estado de emergência: fique em casa"),
        (FU, "aviso", d(2019, 3, 2), "🎭 Cortejo de Carnaval no Funchal: cortes de trânsito no "
                                     "centro"),
        (FU, "aviso", d(2019, 5, 25), "🌺 Festa da Flor 2019: o Cortejo Alegórico desce a "
                                      "avenida no domingo"),
        (FU, "aviso", d(2019, 7, 1), "Dia da Região: 43 anos de Autonomia"),
        (FU, "aviso", d(2019, 12, 28), "🎆 Fim do Ano na Madeira: os horários do fogo de "
                                       "artifício na baía"),
        (IM, "aviso", QUIET, "Síganos en Facebook: noticias de Otavalo en español y kichwa"),
        (IM, "aviso", d(2018, 8, 1), "📲 Envíe sus saludos y noticias al WhatsApp de la radio: "
                                     "099 000 0000"),
        (IM, "aviso", d(2017, 2, 20), "🗳️ Elecciones 2017: conteo de votos en Imbabura"),
        (IM, "aviso", d(2017, 4, 3), "🗳️ Segunda vuelta: resultados en Imbabura"),
        (IM, "aviso", d(2018, 2, 5), "🗳️ Consulta popular y referéndum: resultados en "
                                     "Imbabura"),
        (IM, "aviso", d(2019, 3, 25), "🗳️ Seccionales 2019: los nuevos alcaldes de Imbabura"),
        (IM, "aviso", d(2019, 10, 8), "⚠️ Paro nacional: vías cerradas en Imbabura, infórmese "
                                      "antes de viajar"),
        (IM, "aviso", d(2020, 6, 24), "😷 Emergencia sanitaria: quédese en casa / wasipi "
                                      "kashun"),  # over Inti Raymi
        (IM, "aviso", d(2019, 3, 4), "🌸 Pawkar Raymi: la fiesta del florecimiento en las "
                                     "comunidades"),
        (IM, "aviso", d(2019, 6, 24), "☀️ Inti Raymi 2019: el Hatun Puncha en Otavalo y "
                                      "Cotacachi"),
        (IM, "aviso", d(2019, 9, 7), "🌽 Fiestas del Yamor 2019: programa y desfile"),
        (IM, "aviso", d(2019, 12, 25), "🎄 Sumak Navidad! Feliz Navidad a toda nuestra "
                                       "audiencia"),
        (MI, "avviso", QUIET, "Seguici su Facebook per tutte le attività della Confraternita"),
        (MI, "avviso", d(2018, 10, 1), "📩 Iscriviti alla newsletter dei volontari"),
        (MI, "avviso", d(2016, 8, 30), "🆘 Terremoto in Centro Italia: la nostra squadra di "
                                       "protezione civile è partita per Amatrice"),
        (MI, "avviso", d(2016, 11, 1), "🆘 Nuova scossa in Centro Italia: raccogliamo beni di "
                                       "prima necessità in sede"),
        (MI, "avviso", d(2020, 4, 1), "😷 Restate a casa: spesa e farmaci a domicilio per gli "
                                      "over 65, chiamate la sede"),
        (MI, "avviso", d(2019, 1, 20), "Festa di San Sebastiano, patrono delle Misericordie: "
                                       "431 anni di servizio"),
        (MI, "avviso", d(2019, 12, 23), "🎄 Buone feste dai volontari e dai dipendenti della "
                                        "Confraternita"),
        (SA, "avis", QUIET, "Segueix-nos a Instagram i a Facebook"),
        (SA, "avis", d(2018, 6, 1), "Uneix-te al grup de WhatsApp del club per a les sortides "
                                    "de cada setmana"),
        (SA, "avis", d(2020, 4, 1), "🚫 Estat d'alarma: no es pot eixir a rodar fins a nou "
                                    "avís"),
        (SA, "avis", d(2020, 3, 16), "🚫 Estat d'alarma: no es pot eixir a rodar fins a nou "
                                     "avís"),  # over the Falles
        (SA, "avis", d(2019, 3, 17), "🔥 Falles: la sortida de diumenge canvia d'horari per la "
                                     "mascletà"),
        (SA, "avis", d(2019, 10, 20), "🚴 15a Marxa Cicloturista de la Safor: inscripcions "
                                      "obertes"),
        (SA, "avis", d(2019, 10, 9), "Bon 9 d'Octubre, Dia del Poble Valencià!"),
        (SA, "avis", d(2019, 12, 24), "🎄 Bon Nadal i bones rodades!"),
        (SV, "anunt", QUIET, "Urmăriți-ne pe Facebook pentru starea traseelor"),
        (SV, "anunt", d(2019, 1, 10), "📲 Instalați aplicația Salvamont: vă poate localiza în "
                                      "caz de accident"),
        (SV, "anunt", d(2020, 4, 1), "😷 Stare de urgență: traseele montane sunt închise "
                                     "pentru turiști"),
        (SV, "anunt", d(2019, 4, 28), "Hristos a înviat! Cabanele din Bucegi au program "
                                      "prelungit de Paște"),
        (SV, "anunt", d(2019, 12, 1), "🇷🇴 La mulți ani, România! 101 de ani de la Marea "
                                      "Unire"),
        (SV, "anunt", d(2019, 12, 11), "🏔️ Ziua Internațională a Muntelui: respectați muntele "
                                       "și regulile lui"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_festivals_called_off_moved_and_counted() -> None:
    def days(domain: str, family: str, mark: str) -> set[dt.date]:
        return {day for day in every_day() if mark in on(domain, family, day)}

    statehood = days(PU, "obavijest", "Dan državnosti")
    assert statehood == {statehood_day(y) for y in range(2015, 2021)}
    assert d(2020, 6, 25) not in statehood and d(2019, 5, 30) not in statehood
    assert {m[1] for day in statehood
            if (m := re.search(r"! (\d+)\. obljetnica", on(PU, "obavijest", day)))} == {
        "24", "25", "26", "27", "28", "30"}
    assert {day.year for day in days(NA, "aviso", "programa de fiestas")} == {
        2015, 2016, 2017, 2018, 2019}
    assert days(NA, "aviso", "Sin Sanfermines") == {d(2020, 7, 6) + k * one for k in range(9)}
    assert {day.year for day in days(CG, "aviso", "Maior São João")} == {
        2015, 2016, 2017, 2018, 2019}
    assert min(days(CG, "aviso", "São João 2020")) == d(2020, 6, 1)
    assert {day.year for day in days(KO, "njoftim", "edicioni")} == {
        2015, 2016, 2017, 2018, 2019}
    assert {day for day in days(FU, "aviso", "Festa da Flor") if day.weekday() == 6} == {
        festa_da_flor(y) for y in range(2015, 2020)}
    assert {day.year for day in days(IM, "aviso", "Yamor")} == {2015, 2016, 2017, 2018, 2019}
    assert {day for day in days(SA, "avis", "Marxa Cicloturista") if day.weekday() == 6} >= {
        marxa(y) for y in range(2015, 2020)}
    assert not any(day.year == 2020 for day in days(SA, "avis", "Marxa Cicloturista"))
    assert days(NA, "aviso", "Javierada") == {javierada(y) - k * one for y in range(2015, 2021)
                                              for k in (0, 1)}
    jazz = days(NI, "obavestenje", "Нишвил")
    assert {day for day in jazz if day.weekday() == 3} == {nisville(y) for y in range(2015,
                                                                                      2021)}
    assert {m[1] for day in jazz
            if (m := re.match(r"🎷 (\d+)\. Нишвил", on(NI, "obavestenje", day)))} == {
        "21", "22", "23", "24", "25", "26"}
    pots = days(KE, "anakoinosi", "μπότηδες")
    assert pots == {holy_saturday(y) for y in range(2015, 2020)}  # in 2020 the lockdown wins
    films = {m[1] for day in every_day()
             if (m := re.match(r"🎬 (\d+)\. Pulski", on(PU, "obavijest", day)))}
    assert films == {"62", "63", "64", "65", "66", "67"}
    retreats = {m[1] for day in every_day()
                if (m := re.match(r"🕊️ (\d+)º Encontro", on(CG, "aviso", day)))}
    assert retreats == {"24", "25", "26", "27", "28", "29"}
    independence = {m[1] for day in every_day()
                    if (m := re.search(r"(\d+) vjet Pavarësi", on(KO, "njoftim", day)))}
    assert independence == {"103", "104", "105", "106", "108"}  # 2019: the earthquake
    union = {m[1] for day in every_day()
             if (m := re.match(r"🇬🇷 (\d+) χρόνια από την Ένωση", on(KE, "anakoinosi", day)))}
    assert union == {"151", "152", "153", "154", "156"}  # 2019: the local elections


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CG, "autor", d(2019, 2, 4), "da Redação", "{author_beat}"),
        (CG, "veja", d(2019, 8, 5), "VEJA TAMBÉM", "Leia mais"),
        (CG, "direitos", d(2019, 11, 11), "Todos os direitos reservados", "citada a fonte"),
        (TC, "autor", d(2018, 4, 2), "Escrito por", "{author_handle}"),
        (TC, "tambien", d(2019, 4, 15), "También te puede interesar", "Lee además"),
        (TC, "derechos", d(2020, 2, 3), "Todos los derechos reservados", "citando la fuente"),
        (NA, "firma", d(2019, 3, 4), "Por ", "Edición:"),
        (NA, "relacionadas", d(2019, 9, 2), "Noticias relacionadas", "Irakurri ere"),
        (NA, "cookies", d(2018, 5, 25), "Si continúas navegando", "Ajustes de privacidad"),
        (NA, "derechos", d(2019, 1, 7), "Arga", "Aviso legal"),
        (PU, "autor", d(2019, 5, 6), "Piše: ", "Tekst: "),
        (PU, "povezano", d(2019, 10, 7), "Povezano: ", "Pročitajte i ovo"),
        (PU, "prava", d(2019, 9, 2), "Sva prava pridržana", "navođenja izvora"),
        (KO, "autori", d(2019, 4, 1), "Nga ", "Shkruan: "),
        (KO, "lexo", d(2019, 6, 3), "Lexo edhe", "Mos humbisni"),
        (KO, "te-drejtat", d(2020, 1, 6), "të drejtat e rezervuara", "Ndalohet riprodhimi"),
        (KE, "syntaktis", d(2018, 10, 1), "Γράφει: ", "| Σύνταξη"),
        (KE, "diavaste", d(2019, 9, 16), "Διαβάστε επίσης", "Δείτε ακόμη"),
        (KE, "pnevmatika", d(2019, 2, 4), "© {year}", "Απαγορεύεται"),
        (KE, "idioktisia", d(2019, 3, 1), "Κέρκυρα", "Μητρώο Online Μέσων"),
        (NI, "autor", d(2018, 5, 7), "Аутор: ", "Пише: "),
        (NI, "procitajte", d(2019, 10, 1), "Прочитајте још", "Из исте рубрике"),
        (NI, "prava", d(2019, 6, 3), "Сва права задржана", "навођење извора"),
        (FU, "assinatura", d(2019, 2, 4), "{author}", "Jornalista"),
        (FU, "direitos", d(2020, 1, 6), "Funchal, Madeira", "direitos de autor"),
        (IM, "reporta", d(2018, 3, 5), "Redacción: ", "Reporta: "),
        (IM, "envivo", d(2019, 9, 2), "98.3 FM Otavalo", "aplicación"),
        (IM, "derechos", d(2020, 1, 6), "Comunicación comunitaria", "CC BY-NC 4.0"),
        (MI, "privacy", d(2018, 5, 25), "D.Lgs. 196/2003", "GDPR"),
        (MI, "sede", d(2019, 7, 1), "ONLUS", "ODV"),
        (SA, "ruta", d(2018, 4, 2), "GPX", "Strava"),
    ))
    assert_groups_reworded(SET, (
        (CG, "data", "Publicado em", "min de leitura"),
        (TC, "fecha", "Temuco, ", "Actualizado el"),
        (NA, "fecha", "Pamplona · ", "Iruña · "),
        (PU, "datum", ", ", "Objavljeno: "),
        (KO, "data", ", ", "| ora "),
        (CG, "veja", "VEJA TAMBÉM", "Leia mais"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((KE, "imerominia", GREEK), (KE, "diavaste", GREEK),
                                  (KE, "anakoinosi", GREEK), (KE, "diafimisi", GREEK),
                                  (KE, "ploia", GREEK), (NI, "datum", CYRILLIC),
                                  (NI, "procitajte", CYRILLIC), (NI, "marketing", CYRILLIC),
                                  (NI, "prava", CYRILLIC), (NI, "grejanje", CYRILLIC),
                                  (KO, "reklama", "ë")))
    assert_groups_in_scripts(SET, ((NI, "pismo", (CYRILLIC, LATIN)),
                                   (PU, "jezik", ("Hrvatski", "Italiano")),
                                   (NA, "idioma", ("Castellano", "Euskara")),
                                   (IM, "kichwa", ("mashikuna", "amigos")),
                                   (TC, "mari", ("kom pu che", "Saludos"))), share=0.5)
    basque = [norm(t) for t in group_lines(SET, NA, "fecha")]
    assert any(re.search(r"\d{4}ko \w+aren \d+a / ", t) for t in basque)
    assert any(t.startswith("Pamplona · ") for t in basque)
    greek = [norm(t) for t in group_lines(SET, KE, "imerominia")]
    assert any(re.search(r"(ου|ίου) \d{4}$", t) for t in greek)
    for style, family, words in ((IM, "yupaychani", ("Yupaychani",)),
                                 (PU, "obavijest", ("Restate a casa",)),
                                 (NA, "relacionadas", ("Irakurri ere",)),
                                 (SA, "data", ("dv.", "dl.", "dc."))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and any(any(w in t for w in words) for t in lines), (style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CG}/data", f"{CG}/veja", f"{CG}/autor", f"{CG}/trilha",
                         f"{CG}/foto", f"{CG}/cidade", f"{TC}/fecha", f"{TC}/tambien",
                         f"{TC}/autor", f"{TC}/seccion", f"{TC}/indicadores", f"{NA}/fecha",
                         f"{NA}/relacionadas", f"{NA}/temas", f"{PU}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CG}/comentarios", f"{CG}/direitos", f"{CG}/expediente", f"{TC}/comentarios",
        f"{TC}/derechos", f"{NA}/cookies", f"{NA}/derechos", f"{PU}/komentari",
        f"{PU}/prava", f"{PU}/upisnik"))
    assert_carried_share(docs, CG, [
        ("data", 0.65, 0.95), ("aviso", 0.15, 0.45), ("veja", 0.4, 0.75),
        ("chuva", 0.0, 0.1)])
    assert_carried_share(docs, TC, [("fecha", 0.65, 0.95), ("volcan", 0.0, 0.12)])
    for fam in (f"{CG}/veja", f"{TC}/tambien", f"{NA}/relacionadas"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CG}/publicidade", f"{CG}/foto", f"{TC}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CG, "foto"), (TC, "foto"), (NA, "imagen"), (PU, "foto"),
                               (KO, "foto"), (KE, "foto"), (NI, "foto"), (FU, "creditos"),
                               (IM, "foto"), (MI, "foto"), (SV, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CG, "chuva"), (TC, "volcan"), (NA, "obras"), (PU, "struja"), (KO, "bora"),
        (KE, "seismos"), (NI, "voda"), (FU, "vento"), (IM, "deslave"), (MI, "volontari"),
        (SA, "pluja"), (SV, "telecabina")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FU}/veja", "Veja também → "), (f"{IM}/lea", "Lea también: "),
        (f"{MI}/leggi", "Leggi anche: "), (f"{SA}/mes", "Més del club: "),
        (f"{SV}/vezi", "Vezi și: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{CG}/veja", ("VEJA TAMBÉM: ", "🔗 Leia mais » ")),
                          (f"{TC}/tambien", ("También te puede interesar: ",
                                             "📰 Lee además | ")),
                          (f"{NA}/relacionadas", ("Noticias relacionadas: ",
                                                  "» Irakurri ere / Lee también: ")),
                          (f"{PU}/povezano", ("Povezano: ", "▸ Pročitajte i ovo: ")),
                          (f"{KO}/lexo", ("Lexo edhe: ", "👉 Mos humbisni: ")),
                          (f"{KE}/diavaste", ("Διαβάστε επίσης: ", "➜ Δείτε ακόμη: ")),
                          (f"{NI}/procitajte", ("Прочитајте још: ", "📌 Из исте рубрике: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"veja", "tambien", "relacionadas", "povezano", "lexo", "diavaste",
                "procitajte"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_pools_and_tag_lists() -> None:
    assert_groups_mostly_bare(SET, (
        (CG, "publicidade", "Continua depois da publicidade"), (CG, "ouca", "🎧 Ouça esta notícia"),
        (TC, "publicidad", "Aviso publicitario"), (NA, "publicidad", "- Publicidad -"),
        (NA, "idioma", "Castellano | Euskara"), (PU, "oglas", "Oglas"),
        (PU, "jezik", "Hrvatski | Italiano"), (KO, "reklama", "Reklamë"),
        (KO, "fundit", "🔴 LAJMI I FUNDIT"), (KE, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"),
        (NI, "marketing", "Маркетинг"), (NI, "pismo", "Ћирилица | Latinica"),
        (FU, "pub", "PUB")))
    for style, family, pattern, pool_name in (
            (CG, "trilha", r"^Início › (.+)$", "editoria"),
            (CG, "foto", r"^\(Foto: (.+)\)$", "foto"),
            (CG, "cidade", r"^(.+) \(PB\) –$", "cidade"),
            (CG, "autor", r" – (.+)$", "beat"),
            (TC, "seccion", r"^(.+)$", "seccion"),
            (TC, "foto", r"^Fotografía: (.+)$", "foto"),
            (TC, "comuna", r"^(.+)\.–$", "comuna"),
            (NA, "seccion", r"^(.+)$", "seccion"),
            (NA, "imagen", r"^Imagen: (.+)$", "foto"),
            (PU, "rubrika", r"^(.+)$", "rubrika"),
            (PU, "foto", r"^FOTO: (.+)$", "foto"),
            (KO, "rubrika", r"^(.+)$", "rubrika"),
            (KO, "foto", r"^Foto: (.+)$", "foto"),
            (KO, "vendi", r"^(.+) / korrespondenti ynë$", "vendi"),
            (KE, "enotita", r"^(.+)$", "enotita"),
            (KE, "foto", r"^Φωτογραφία: (.+)$", "foto"),
            (KE, "topos", r"^(.+) – ανταπόκριση$", "topos"),
            (NI, "rubrika", r"^(.+)$", "rubrika"),
            (NI, "foto", r"^Фото: (.+)$", "foto"),
            (FU, "seccao", r"^(.+)$", "seccao"),
            (FU, "creditos", r"^Créditos: (.+)$", "creditos"),
            (IM, "seccion", r"^(.+)$", "seccion"),
            (IM, "foto", r"^📸 (.+)$", "foto"),
            (MI, "categoria", r"^(.+)$", "categoria"),
            (MI, "foto", r"^📷 (.+)$", "foto"),
            (SA, "categoria", r"^(.+)$", "categoria"),
            (SV, "tip", r"^(.+)$", "tip"),
            (SV, "foto", r"^Foto: (.+)$", "foto")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = [norm(t).removeprefix("Temas: ") for t in group_lines(SET, NA, "temas")]
    assert tags and sum(norm(t).startswith("Temas: ") for t in group_lines(SET, NA, "temas")) >= (
        0.9 * len(tags))
    listed = [t.split(", ") for t in tags]
    assert any(len(items) >= 2 for items in listed) and any(len(items) == 1 for items in listed)
    assert sum(all(i in pool(SET, NA, "tema") for i in items) for items in listed) >= (
        0.9 * len(listed))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CG, "publicidade", "Continua depois da publicidade"),
        (TC, "publicidad", "Aviso publicitario"),
        (NA, "comparte", "Comparte: WhatsApp · Facebook · Twitter · Correo electrónico"),
        (PU, "upisnik", "Elektronička publikacija upisana u Upisnik pružatelja elektroničkih "
                        "publikacija pri Agenciji za elektroničke medije"),
        (KO, "reklama", "Reklamë"),
        (NI, "registar", "Регистар медија АПР: ИН000456")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CG: (["direitos", "expediente"], 2), PU: (["prava", "upisnik"], 2),
        KE: (["pnevmatika", "idioktisia"], 2), NI: (["prava", "registar"], 2),
        IM: (["derechos", "arcotel"], 2), MI: (["privacy", "sede"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CG in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
