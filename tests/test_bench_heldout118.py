"""The held-back-118 template set (`tests.bench.heldout_templates_118`): its localised dates
(printed day by day in Belgian, Swiss, Québécois and Acadian French with the Eastern and
Atlantic summer and winter time, Dutch, English, Walloon, Romansh, Inuktitut syllabics and
Luxembourgish, several changing form on the day of a redesign), the lines that turn every
day, week, month, quarter or on a few days (a daily's issue number skipping Sundays and
public holidays, the weather, a lake's level, tides, fuel prices, markets by weekday, waste
collections, supplements, editions, a patois word, crawfish prices, radio bingo and
bulletins), the seasons, the notices it rewords by date, the calendars some notices follow
(Swiss federal votes and elections, Belgian, Luxembourg, Canadian, Québec, New Brunswick and
Louisiana votes, the 2016 attacks and floods, storms, lockdowns, the Atlantic bubble, carnivals
and processions, national days, fairs, races and festivals, some called off in 2020), the
amounts in its appeals and prices, the lines in several languages and scripts, the variation
it promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_118 import (
    BE_REDESIGN,
    BX_REDESIGN,
    CH_REDESIGN,
    CO_REDESIGN,
    COW_FIGHTS,
    FESTIVAL_INTERNATIONAL,
    FIRST_DAY,
    GR_REDESIGN,
    HT_REDESIGN,
    IVAKKAK,
    LA_REDESIGN,
    LAST_DAY,
    LU_REDESIGN,
    NB_REDESIGN,
    NU_REDESIGN,
    PATOIS_WORDS,
    QC_REDESIGN,
    SCHUEBERFOUER,
    SWISS_VOTES,
    VS_REDESIGN,
    belgian_holidays,
    bingo_number,
    buergbrennen,
    car_free_sunday,
    crawfish_price,
    crawfish_season,
    edition_number,
    federal_fast,
    foire_du_valais,
    fuel_change,
    fuel_prices,
    fuel_since,
    high_tides,
    issue_number,
    laetare,
    latest,
    liege_weather,
    north_american_summer_time,
    patois_word,
    printed,
    ski_marathon,
    supplement_number,
    trinity_sunday,
    waste_collection,
    weekly_number,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
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

SET = "held-back-118"
SITES = ("Le Courrier mosan", "La Gazette lémanique", "La Sentinelle du Fjord",
         "L'Écho de l'Alzette", "Le Phare acadien", "Bruxelles Quartiers", "The Bayou Journal",
         "Le Messager du Rhône", "L'Hebdo du Centre", "Gazetta Ladina", "Nunavik Ullumi",
         "Gemeng Wëllerbaach")
BE, CH, QC, LU = ("lecourriermosan.be", "gazettelemanique.ch", "sentinelledufjord.ca",
                  "echoalzette.lu")
NB, BX, LA, VS = ("lepharacadien.ca", "bxlquartiers.be", "bayoujournal.com",
                  "messagerdurhone.ch")
HT, GR, NU, CO = ("hebdoducentre.be", "gazettaladina.ch", "nunavikullumi.ca", "wellerbaach.lu")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((BE, "date"), (CH, "date"), (QC, "date"), (LU, "date"), (NB, "date"), (BX, "date"),
         (LA, "date"), (VS, "date"), (HT, "date"), (GR, "data"), (NU, "date"), (CO, "datum"))
# The lines that turn every day, every week, every month, every quarter or on a few days.
PERIODIC = ((BE, "edition"), (BE, "meteo"), (CH, "supplement"), (QC, "lac"), (LU, "moien"),
            (LU, "carburant"), (NB, "marees"), (BX, "marches"), (LA, "crawfish"),
            (VS, "patois"), (HT, "numero"), (HT, "walon"), (GR, "ediziun"), (NU, "bingo"),
            (CO, "offall"), (CO, "buet"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((BE, "avis"), (CH, "avis"), (QC, "avis"), (LU, "avis"), (NB, "avis"), (BX, "avis"),
           (LA, "notice"), (VS, "avis"), (HT, "avis"), (GR, "avis"), (NU, "notice"),
           (CO, "avis"))
SEASONAL = ((CH, "saison"), (NB, "homard"), (LA, "season"), (VS, "saison"), (GR, "stagiun"),
            (NU, "seasons"))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    BE: "Suivez-nous sur Facebook et sur Twitter",
    CH: "Retrouvez-nous sur Facebook, Twitter et Instagram",
    QC: "Aimez notre page Facebook pour ne rien manquer de l'actualité régionale",
    LU: "Suivez-nous sur Facebook · Follegt eis op Facebook",
    NB: "Suivez-nous sur Facebook et Twitter",
    BX: "Likez notre page · Like onze pagina op Facebook",
    LA: "Like us on Facebook · Aimez-nous sur Facebook",
    VS: "Rejoignez-nous sur Facebook",
    HT: "Retrouvez-nous aussi sur Facebook",
    GR: "Suandai nus sin Facebook · Folgen Sie uns auf Facebook",
    NU: "Follow us on Facebook · Suivez-nous sur Facebook",
    CO: "D'Gemeng op Facebook · La commune sur Facebook",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 22), d(2017, 10, 8), d(2018, 9, 3), d(2019, 4, 24),
        d(2019, 8, 15), d(2020, 3, 20), d(2020, 8, 27), d(2020, 11, 29), LAST_DAY))


def test_helpers() -> None:
    for y in range(2015, 2021):
        holidays = belgian_holidays(y)
        assert len(holidays) == 10 and easter(y) + one in holidays
        assert federal_fast(y).weekday() == 6 and 15 <= federal_fast(y).day <= 21
        assert laetare(y).weekday() == 6 and trinity_sunday(y).weekday() == 6
        assert buergbrennen(y) == carnival_tuesday(y) + 5 * one
        assert ski_marathon(y).weekday() == 6 and 8 <= ski_marathon(y).day <= 14
    assert not printed(d(2019, 7, 21)) and not printed(d(2019, 6, 23)) and printed(d(2019, 6, 22))
    assert issue_number(d(2019, 6, 23)) == issue_number(d(2019, 6, 22))
    assert issue_number(d(2019, 6, 24)) == issue_number(d(2019, 6, 22)) + 1
    assert car_free_sunday(2019) == d(2019, 9, 15) and car_free_sunday(2020) is None
    assert foire_du_valais(2018) == d(2018, 9, 28) and foire_du_valais(2020) is None
    assert north_american_summer_time(d(2019, 3, 10)) and not north_american_summer_time(
        d(2019, 3, 9))
    assert north_american_summer_time(d(2019, 11, 2)) and not north_american_summer_time(
        d(2019, 11, 3))
    assert crawfish_season(d(2019, 3, 1)) and not crawfish_season(d(2019, 8, 1))
    assert not crawfish_season(d(2019, 1, 10))
    assert waste_collection(d(2019, 6, 24)) is not None and waste_collection(d(2019, 6, 23)) is None
    assert "Pabeier" in (waste_collection(d(2019, 6, 7)) or "")
    assert waste_collection(d(2019, 6, 14)) is None
    assert waste_collection(d(2019, 6, 19)) != waste_collection(d(2019, 6, 26))
    for day in every_day():
        assert latest(day, 0) <= day < latest(day, 0) + 7 * one
        assert supplement_number(day + 7 * one) == supplement_number(day) + 1
        assert weekly_number(day + 7 * one) == weekly_number(day) + 1
        assert edition_number(day + 7 * one) == edition_number(day) + 1
        assert bingo_number(day + 7 * one) == bingo_number(day) + 1
        assert patois_word(day + 7 * one) != patois_word(day)
        assert day == FIRST_DAY or issue_number(day) - issue_number(day - one) == printed(day)
        low, high = liege_weather(day)
        assert -15 <= low < high <= 38
        tides = high_tides(day)
        assert 1 <= len(tides) <= 2 and all(0 <= t < 24 * 60 for t in tides)
        assert fuel_since(day) <= day and fuel_change(fuel_since(day))
        diesel, unleaded = fuel_prices(day)
        assert 0.85 < diesel < unleaded < 1.35
        if crawfish_season(day):
            assert 3.49 <= crawfish_price(day) <= 7.99
            assert crawfish_price(day) == crawfish_price(latest(day, 3))
    assert {patois_word(d(2019, 1, 7) + 7 * k * one) for k in range(12)} == set(PATOIS_WORDS)


def test_localised_dates_and_times() -> None:
    old, new, summer = d(2016, 3, 5), d(2019, 11, 22), d(2020, 6, 19)  # Sat., Fri., Fri.

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BE, "date", old, r"Publié le 05/03/2016 à \d\d:\d\d")
    full(BE, "date", new, r"Mis à jour le vendredi 22 novembre 2019 à \d\d:\d\d")
    full(BE, "edition", new, r"📰 L'édition papier du jour, n° \d{5}, est disponible en PDF")
    full(BE, "meteo", old, r".+ Liège, samedi 5 mars : min\. -?\d+ °C, max\. \d+ °C")
    full(CH, "date", old, r"05\.03\.2016, \d\d:\d\d")
    full(CH, "date", new, r"Publié vendredi 22 novembre 2019, \d\d:\d\d")
    full(CH, "supplement", new, r"Le supplément Week-end n° \d{4} du 16\.11\.2019 est dans "
                                r"votre boîte aux lettres")
    full(QC, "date", old, r"5 mars 2016 \d\d:\d\d")
    full(QC, "date", new, r"Mis à jour le vendredi 22 novembre 2019 à \d\d:\d\d HNE")
    full(QC, "date", summer, r"Mis à jour le vendredi 19 juin 2020 à \d\d:\d\d HAE")
    full(QC, "lac", new, r"💧 Niveau du lac Saint-Jean ce vendredi matin : \d{2,3},\d pieds")
    full(LU, "date", old, r"05/03/2016 \| \d\d:\d\d")
    full(LU, "date", new, "Vendredi 22 novembre 2019")
    full(LU, "moien", old, "Moien! Haut ass Samschdeg, de 5. Mäerz")
    full(LU, "carburant", new, r"⛽ Prix maximum à la pompe depuis le \d\d/\d\d : diesel "
                               r"\d,\d{3} €, sans plomb 95 \d,\d{3} €")
    full(NB, "date", old, r"Publié le 5 mars 2016 à \d\d:\d\d")
    full(NB, "date", new, r"vendredi 22 novembre 2019, \d\d:\d\d HNA")
    full(NB, "date", summer, r"vendredi 19 juin 2020, \d\d:\d\d HAA")
    full(NB, "marees", new, r"🌊 Pleine mer à Caraquet ce vendredi : \d+ h \d\d( et \d+ h \d\d)?")
    full(BX, "date", old, "05/03/2016")
    full(BX, "date", new, "ven. 22 novembre 2019 · vr. 22 november 2019")
    full(BX, "marches", new, r"🧺 Vendredi / vr\. : .+")
    full(LA, "date", old, "March 5, 2016")
    full(LA, "date", new, "Friday, November 22, 2019 · vendredi 22 novembre")
    full(LA, "crawfish", summer, r"🦞 Boiled crawfish this week · Écrevisses bouillies cette "
                                 r"semaine : \$\d\.\d\d/lb")
    full(VS, "date", old, r"05\.03\.2016 \| \d\d:\d\d")
    full(VS, "date", new, "vendredi 22 novembre 2019")
    full(VS, "patois", new, r"🗣️ Le mot patois de la semaine : « .+ » \(.+\)")
    full(HT, "date", old, "Le 05/03/2016")
    full(HT, "date", new, "Vendredi 22 novembre 2019 · vénrdi 22 di nôvimbe")
    full(HT, "numero", new, r"N° \d{4} – distribué en toutes-boîtes le mercredi 20/11/2019")
    full(HT, "walon", new, r"📜 Li rubrike è walon, n° 59 \(nôvimbe 2019\)")
    full(GR, "data", old, "5.3.2016")
    full(GR, "data", summer, "venderdi, ils 19 da zercladur 2020")
    full(GR, "ediziun", new, r"📰 Ediziun nr\. \d{4}, gievgia, ils 21 da november 2019")
    full(NU, "date", old, "2016-03-05")
    full(NU, "date", new, "ᓄᕕᐱᕆ 22, 2019 · 22 novembre 2019 · November 22, 2019")
    full(NU, "bingo", new, r"📻 Radio bingo n° \d{3} : samedi 19 h · Saturday 7 p\.m\. · ᐱᖕᒍ")
    full(CO, "datum", old, "5. Mäerz 2016")
    full(CO, "datum", new, "Freideg, 22.11.2019")
    full(CO, "offall", d(2019, 6, 24), "🗑️ Haut, Méindeg: Biomüll · déchets organiques")
    full(CO, "buet", summer, "📘 De Gemengebuet 2/2020 ass do · Le bulletin communal est paru")
    full(BE, "signature", new, r".+ – correspondant à (Liège|Seraing|Herstal|Verviers|Huy|"
                               r"Waremme|Visé|Spa)")
    full(QC, "auteur", new, r".+, Initiative de journalisme local")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(BE, "date", day).startswith("Mis à jour") == (day >= BE_REDESIGN)
        assert on(CH, "date", day).startswith("Publié") == (day >= CH_REDESIGN)
        assert on(QC, "date", day).startswith("Mis à jour") == (day >= QC_REDESIGN)
        assert ("{time}" in on(LU, "date", day)) == (day < LU_REDESIGN)
        assert on(NB, "date", day).startswith("Publié le") == (day < NB_REDESIGN)
        assert (" · " in on(BX, "date", day)) == (day >= BX_REDESIGN)
        assert (" · " in on(LA, "date", day)) == (day >= LA_REDESIGN)
        assert ("{time}" in on(VS, "date", day)) == (day < VS_REDESIGN)
        assert on(HT, "date", day).startswith("Le ") == (day < HT_REDESIGN)
        assert (", ils " in on(GR, "data", day)) == (day >= GR_REDESIGN)
        assert (" · " in on(NU, "date", day)) == (day >= NU_REDESIGN)
        assert ("," in on(CO, "datum", day)) == (day >= CO_REDESIGN)
        if day >= QC_REDESIGN:
            assert on(QC, "date", day).endswith(" HAE") == north_american_summer_time(day)
        if day >= NB_REDESIGN:
            assert on(NB, "date", day).endswith(" HAA") == north_american_summer_time(day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_month_or_quarter() -> None:
    for domain, family in ((BE, "meteo"), (QC, "lac"), (LU, "moien"), (NB, "marees"),
                           (BX, "marches")):
        assert len(changes(domain, family)) >= 1500, domain
    assert changes(BE, "edition") == {day for day in every_day() if printed(day)}
    fuel = changes(LU, "carburant")
    assert 300 <= len(fuel) <= 800 and all(day.weekday() != 6 for day in fuel)
    for domain, family, weekday in ((CH, "supplement", 5), (VS, "patois", 0),
                                    (HT, "numero", 2), (GR, "ediziun", 3), (NU, "bingo", 5)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    crawfish = changes(LA, "crawfish")
    assert all(day.weekday() == 3 or (day.month, day.day) in ((1, 15), (7, 1))
               for day in crawfish)
    assert sum(day.weekday() == 3 for day in crawfish) >= 100
    turned = changes(HT, "walon")
    assert len(turned) == 71 and all(day.day == 1 for day in turned)
    turned = changes(CO, "buet")
    assert len(turned) == 23 and {(day.month, day.day) for day in turned} == {
        (1, 1), (4, 1), (7, 1), (10, 1)}
    for day in every_day():
        assert (waste_collection(day) or "keng Offallsammlung") in on(CO, "offall", day)
        assert " et " in on(NB, "marees", day) or len(high_tides(day)) == 1


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Baignade" in on(CH, "saison", d(y, 7, 15))
        assert "Vendanges" in on(CH, "saison", d(y, 9, 20))
        assert "enneigement" in on(CH, "saison", d(y, 1, 15))
        assert "printemps" in on(NB, "homard", d(y, 5, 15))
        assert "automne" in on(NB, "homard", d(y, 9, 1))
        assert "sortis de l'eau" in on(NB, "homard", d(y, 2, 1))
        assert "Hurricane" in on(LA, "season", d(y, 8, 20))
        assert "Lenten" in on(LA, "season", d(y, 3, 1))
        assert "Inalpes" in on(VS, "saison", d(y, 6, 20))
        assert "Stagiun morta" in on(GR, "stagiun", d(y, 5, 1))
        assert "Stagiun morta" in on(GR, "stagiun", d(y, 11, 1))
        assert "Enviern" in on(GR, "stagiun", d(y, 2, 1))
        assert "Sealift" in on(NU, "seasons", d(y, 8, 20))
    for domain, family in SEASONAL:
        assert len(changes(domain, family)) >= 17, domain


def test_notices_follow_their_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, BANNERS[list(FIRST_WORDINGS).index(domain)][1], QUIET) == text
    # Le Courrier mosan: the attacks, two votes, the World Cup, lockdowns, 15 August
    assert "Attentats" in on(BE, "avis", d(2016, 3, 24))
    assert "Communales" in on(BE, "avis", d(2018, 10, 14))
    assert "26 mai" in on(BE, "avis", d(2019, 5, 27))
    assert "Diables rouges" in on(BE, "avis", d(2018, 7, 10))
    assert "Confinement" in on(BE, "avis", d(2020, 4, 1))
    assert "Reconfinement" in on(BE, "avis", d(2020, 11, 15))
    assert counts_in(BE, "avis", r"15-Août (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "annulée" in on(BE, "avis", d(2020, 8, 15))
    assert all("Bonne année" in on(BE, "avis", d(y, 12, 31)) for y in range(2015, 2021))
    # La Gazette lémanique: every federal vote, the elections, the vote called off, 1 August
    for day in SWISS_VOTES:
        assert "Votations du" in on(CH, "avis", iso(day)), day
    assert "Élections fédérales" in on(CH, "avis", d(2019, 10, 20))
    assert "17 mai" in on(CH, "avis", d(2020, 5, 17))
    assert "Semi-confinement" in on(CH, "avis", d(2020, 4, 1))
    assert "Fête des Vignerons" in on(CH, "avis", d(2019, 7, 30))
    assert all("fête nationale" in on(CH, "avis", d(y, 8, 1)) for y in range(2015, 2021))
    assert all("Jeûne" in on(CH, "avis", federal_fast(y) + one) for y in range(2015, 2021))
    # La Sentinelle du Fjord: four votes, 2020, Fête nationale, moving day, Thanksgiving
    assert "fédérales" in on(QC, "avis", d(2015, 10, 19))
    assert "fédérales" in on(QC, "avis", d(2019, 10, 21))
    assert "Municipales" in on(QC, "avis", d(2017, 11, 5))
    assert "québécoises" in on(QC, "avis", d(2018, 10, 1))
    assert "Ça va bien aller" in on(QC, "avis", d(2020, 4, 15))
    for y in range(2015, 2021):
        assert "Fête nationale" in on(QC, "avis", d(y, 6, 24)), y
        assert "déménagement" in on(QC, "avis", d(y, 7, 1)), y
        thanks = d(y, 10, 1) + ((0 - d(y, 10, 1).weekday()) % 7 + 7) * one
        assert "Action de grâce" in on(QC, "avis", thanks), y
    # L'Écho de l'Alzette: three votes, free transport, the crisis, national day, the Fouer
    assert "Communales" in on(LU, "avis", d(2017, 10, 7))
    assert "Législatives" in on(LU, "avis", d(2018, 10, 14))
    assert "Européennes" in on(LU, "avis", d(2019, 5, 25))
    assert "gratuits" in on(LU, "avis", d(2020, 3, 1))
    assert "État de crise" in on(LU, "avis", d(2020, 4, 1))
    assert all("Nationalfeierdag" in on(LU, "avis", d(y, 6, 23)) for y in range(2015, 2021))
    for y, day in SCHUEBERFOUER.items():
        assert f"Schueberfouer {y}" in on(LU, "avis", iso(day) + 5 * one), y
    assert "Pas de Schueberfouer" in on(LU, "avis", d(2020, 8, 28))
    # Le Phare acadien: four votes, the congress, 2020, the national day, Christmas
    assert "provinciales" in on(NB, "avis", d(2018, 9, 24))
    assert "anticipées" in on(NB, "avis", d(2020, 9, 14))
    assert "fédérales" in on(NB, "avis", d(2019, 10, 20))
    assert "Congrès mondial" in on(NB, "avis", d(2019, 8, 12))
    assert "État d'urgence" in on(NB, "avis", d(2020, 4, 1))
    assert "Bulle atlantique" in on(NB, "avis", d(2020, 8, 1))
    assert all("tintamarre" in on(NB, "avis", d(y, 8, 15)).lower() for y in range(2015, 2021))
    assert "chacun devant chez soi" in on(NB, "avis", d(2020, 8, 15))
    assert all("Noël" in on(NB, "avis", d(y, 12, 25)) for y in range(2015, 2021))
    # Bruxelles Quartiers: the attacks, the low emission zone, votes, lockdowns, 30 km/h, days
    assert "deuil" in on(BX, "avis", d(2016, 3, 23))
    assert "basses émissions" in on(BX, "avis", d(2018, 1, 1))
    assert "Communales" in on(BX, "avis", d(2018, 10, 10))
    assert "26 mai" in on(BX, "avis", d(2019, 5, 24))
    assert "Confinement" in on(BX, "avis", d(2020, 4, 1))
    assert "Deuxième confinement" in on(BX, "avis", d(2020, 11, 20))
    assert "Ville 30" in on(BX, "avis", d(2020, 12, 31))
    for y in range(2015, 2021):
        assert "Iris" in on(BX, "avis", d(y, 5, 8)), y
        assert "Fête nationale" in on(BX, "avis", d(y, 7, 21)), y
    for y in range(2015, 2020):
        assert "Dimanche sans voiture" in on(BX, "avis", car_free_sunday(y)), y
    assert "Dimanche sans voiture" not in on(BX, "avis", d(2020, 9, 20))
    # The Bayou Journal: floods, storms, 2020, votes, Mardi Gras, festivals, Thanksgiving
    assert "Flood relief" in on(LA, "notice", d(2016, 8, 20))
    assert "Barry" in on(LA, "notice", d(2019, 7, 13))
    assert "Laura" in on(LA, "notice", d(2020, 8, 27))
    assert "Delta" in on(LA, "notice", d(2020, 10, 9))
    assert "Stay at home" in on(LA, "notice", d(2020, 4, 15))
    for day in ("2016-11-08", "2019-10-12", "2019-11-16", "2020-11-03"):
        assert "🗳️" in on(LA, "notice", iso(day)), day
    assert all("Mardi Gras" in on(LA, "notice", carnival_tuesday(y)) for y in range(2015, 2021))
    for y, day in FESTIVAL_INTERNATIONAL.items():
        assert f"Festival International {y}" in on(LA, "notice", iso(day)), y
    assert "Festival International" not in on(LA, "notice", d(2020, 4, 24))
    assert counts_in(LA, "notice", r"Créoles (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "Thanksgiving" in on(LA, "notice", d(2018, 11, 22))
    # Le Messager du Rhône: every federal vote, a cantonal election, 2020, fights, the fair
    for day in SWISS_VOTES:
        assert "Votation du" in on(VS, "avis", iso(day)), day
    assert "Conseil d'État" in on(VS, "avis", d(2017, 3, 5))
    assert "remontées mécaniques" in on(VS, "avis", d(2020, 4, 1))
    for y, day in COW_FIGHTS.items():
        assert f"Hérens {y}" in on(VS, "avis", iso(day)), y
    assert counts_in(VS, "avis", r"Foire du Valais (\d{4})") == {str(y) for y in range(2015,
                                                                                     2020)}
    # L'Hebdo du Centre: votes, lockdowns, Binche, Laetare, Doudou, Wallonia, New Year
    assert "Communales" in on(HT, "avis", d(2018, 10, 14))
    assert "Reconfinement" in on(HT, "avis", d(2020, 11, 3))
    for y in range(2015, 2021):
        assert "Binche" in on(HT, "avis", carnival_tuesday(y)), y
        assert "Laetare" in on(HT, "avis", laetare(y)), y
        assert "Doudou" in on(HT, "avis", trinity_sunday(y)), y
        assert "Wallonie" in on(HT, "avis", federal_fast(y)), y
        assert "Bone annéye" in on(HT, "avis", d(y, 12, 31)), y
    assert "annulé" in on(HT, "avis", d(2020, 3, 22))
    assert "Pas de Doudou" in on(HT, "avis", trinity_sunday(2020))
    # Gazetta Ladina: every federal vote, 2020, Chalandamarz, the marathon, 1 August
    for day in SWISS_VOTES:
        assert "Votaziun federala" in on(GR, "avis", iso(day)), day
    assert "Coronavirus" in on(GR, "avis", d(2020, 4, 1))
    assert all("Chalandamarz" in on(GR, "avis", d(y, 3, 1)) for y in range(2015, 2021))
    assert counts_in(GR, "avis", r"Skimarathon (\d{4}):") == {str(y) for y in range(2015, 2020)}
    assert "Votaziun federala" in on(GR, "avis", ski_marathon(2015))  # the same Sunday
    assert "annullà" in on(GR, "avis", ski_marathon(2020))
    assert all("festa naziunala" in on(GR, "avis", d(y, 8, 1)) for y in range(2015, 2021))
    # Nunavik Ullumi: three votes, the travel ban, Ivakkak, Christmas
    assert "Federal election" in on(NU, "notice", d(2015, 10, 19))
    assert "Québec election" in on(NU, "notice", d(2018, 10, 1))
    assert "non-essential travel" in on(NU, "notice", d(2020, 5, 1))
    for y, day in IVAKKAK.items():
        assert f"Ivakkak {y}" in on(NU, "notice", iso(day) + 3 * one), y
    assert counts_in(NU, "notice", r"Ivakkak (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert all("ᖁᕕᐊᓱᒋᑦ" in on(NU, "notice", d(y, 12, 25)) for y in range(2015, 2021))
    # Gemeng Wëllerbaach: two votes, 2020, Buergbrennen, Éimaischen, national day, Christmas
    assert "Gemengewalen" in on(CO, "avis", d(2017, 10, 8))
    assert "Chamberwalen" in on(CO, "avis", d(2018, 10, 14))
    assert "zou" in on(CO, "avis", d(2020, 4, 1))
    assert counts_in(CO, "avis", r"Buergbrennen (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert all("Éimaischen" in on(CO, "avis", easter(y) + one) for y in range(2015, 2020))
    assert "zou" in on(CO, "avis", easter(2020) + one)  # no market in 2020
    assert all("Nationalfeierdag" in on(CO, "avis", d(y, 6, 23)) for y in range(2015, 2021))
    assert all("Chrëschtdeeg" in on(CO, "avis", d(y, 12, 25)) for y in range(2015, 2021))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (BE, "signature", BE_REDESIGN, "{author}", "{localite}"),
        (BE, "avis", d(2017, 3, 1), "Facebook", "application"),
        (BE, "abonnement", d(2017, 9, 1), "12,95 €", "13,95 €"),
        (BE, "abonnement", d(2019, 9, 1), "13,95 €", "14,95 €"),
        (CH, "auteur", d(2017, 6, 1), "{author}", "{author_handle}"),
        (CH, "avis", d(2018, 5, 1), "Facebook", "newsletter"),
        (CH, "abonnement", d(2018, 1, 1), "19 fr.", "21 fr."),
        (CH, "abonnement", d(2020, 1, 1), "21 fr.", "24 fr."),
        (QC, "auteur", d(2019, 6, 1), "{author}", "Initiative de journalisme local"),
        (QC, "avis", d(2016, 10, 1), "Facebook", "application"),
        (QC, "soutien", d(2018, 1, 1), "5,49 $", "5,99 $"),
        (QC, "soutien", d(2020, 4, 1), "Abonnez-vous", "coopérative"),
        (LU, "avis", d(2019, 3, 1), "Facebook", "appli"),
        (LU, "abonnement", d(2019, 1, 1), "9,90 €", "11,90 €"),
        (NB, "auteur", d(2017, 1, 9), "{author}", "{region}"),
        (NB, "avis", d(2018, 4, 3), "Facebook", "infolettre"),
        (NB, "abonnement", d(2016, 7, 1), "taxes en sus", "TVH"),
        (NB, "abonnement", d(2019, 1, 1), "12,99 $", "14,99 $"),
        (BX, "par", BX_REDESIGN, "Par {author}", "Tekst en foto's"),
        (BX, "avis", d(2017, 1, 16), "Likez", "lettre du quartier"),
        (BX, "soutien", d(2019, 1, 1), "3 €", "5 €"),
        (LA, "by", LA_REDESIGN, "By {author}", "By · Par"),
        (LA, "notice", d(2017, 9, 5), "Facebook", "newsletter"),
        (LA, "subscribe", d(2018, 6, 1), "$39", "$45"),
        (LA, "subscribe", d(2020, 6, 1), "mailed", "$4.99"),
        (VS, "avis", d(2019, 5, 6), "Facebook", "application"),
        (VS, "abonnement", d(2017, 1, 1), "359 fr.", "379 fr."),
        (VS, "abonnement", d(2020, 1, 1), "379 fr.", "389 fr."),
        (HT, "avis", d(2018, 2, 1), "Facebook", "hebdo"),
        (GR, "avis", d(2019, 11, 1), "Facebook", "Newsletter"),
        (GR, "abunament", d(2019, 1, 1), "98 francs", "108 francs"),
        (NU, "notice", d(2017, 11, 1), "Facebook", "community radio"),
        (CO, "avis", d(2018, 4, 16), "Facebook", "Handy")))
    assert_groups_reworded(SET, (
        (BE, "date", "Publié le", "Mis à jour le"),
        (CH, "date", ", ", "Publié "),
        (LU, "date", " | ", "bre "),
        (NB, "date", "Publié le", "2019, "),
        (BX, "date", "/", " · "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (NU, "nunaliit", r"[\u1400-\u167f]"), (NU, "qujannamiik", r"[\u1400-\u167f]"),
        (NU, "bingo", r"[\u1400-\u167f]"), (BX, "subside", r"\bGewest\b"),
        (GR, "sustegn", r"\bRumantscha\b"), (CO, "auerzaiten", r"\bMéindes\b")))
    assert any(re.search(r"[\u1400-\u167f]", t) for t in group_lines(SET, NU, "date"))
    dutch = r"\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|" \
            r"november|december)\b"
    assert any(re.search(dutch, t) for t in group_lines(SET, BX, "date"))
    walloon = r"\bdi (?:djanvî|févrî|måss|avri|may|djun|djulete|awousse|setimbe|octôbe|" \
              r"nôvimbe|decimbe)\b"
    assert any(re.search(walloon, t) for t in group_lines(SET, HT, "date"))
    romansh = r"\bils \d+ da (?:schaner|favrer|mars|avrigl|matg|zercladur|fanadur|avust|" \
              r"settember|october|november|december)\b"
    assert any(re.search(romansh, t) for t in group_lines(SET, GR, "data"))
    luxembourgish = r"\b(?:Méindeg|Dënschdeg|Mëttwoch|Donneschdeg|Freideg|Samschdeg|Sonndeg)\b"
    assert all(re.search(luxembourgish, t) for t in group_lines(SET, LU, "moien"))
    assert all(re.search(luxembourgish, t) for t in group_lines(SET, CO, "offall"))
    assert any("HAE" in t for t in group_lines(SET, QC, "date"))
    assert any(re.search(r"\bHNE$", t) for t in group_lines(SET, QC, "date"))
    assert all(" · " in t for t in group_lines(SET, LA, "published"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BE}/date", f"{BE}/signature", f"{BE}/lire", f"{BE}/rubrique",
                         f"{BE}/droits", f"{BE}/meteo", f"{CH}/date", f"{CH}/lire",
                         f"{CH}/auteur", f"{QC}/date", f"{QC}/lire", f"{LU}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BE}/reproduction", f"{CH}/adresse", f"{QC}/reproduction", f"{LU}/editeur",
        f"{NB}/reproduction", f"{BX}/subside", f"{VS}/adresse", f"{HT}/toutes-boites"))
    assert_carried_share(docs, BE, [
        ("date", 0.7, 0.97), ("droits", 0.25, 0.55), ("lire", 0.4, 0.75),
        ("rectificatif", 0.0, 0.1), ("avis", 0.15, 0.5), ("direct", 0.0, 0.12)])
    assert_carried_share(docs, CH, [("date", 0.7, 0.97), ("correctif", 0.0, 0.15)])
    for fam in (f"{BE}/lire", f"{CH}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{BE}/photo", f"{CH}/image"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((BE, "photo"), (CH, "image"), (QC, "photo"), (LU, "photo"),
                               (NB, "photo"), (BX, "lire"), (BX, "photo"), (LA, "photo"),
                               (VS, "photo"), (HT, "lire"), (HT, "photo"), (GR, "legia"),
                               (GR, "fotografia"), (NU, "read"), (CO, "foto")))
    towns = {m[1] for t in group_lines(SET, BE, "signature")
             if (m := re.fullmatch(r".+ – correspondant à (.+)", norm(t)))}
    assert towns and towns <= pool(SET, BE, "localite")


def test_amounts_in_appeals_and_prices() -> None:
    assert "14,95 €" in on(BE, "abonnement", d(2020, 1, 1))
    assert "24 fr." in on(CH, "abonnement", d(2020, 6, 1))
    assert "25 $" in on(QC, "soutien", d(2020, 6, 1))
    assert "11,90 €" in on(LU, "abonnement", d(2020, 1, 1))
    assert "TVH de 15 %" in on(NB, "abonnement", d(2020, 1, 1))
    assert "5 € per maand" in on(BX, "soutien", d(2020, 1, 1)).replace("vanaf ", "")
    assert "$4.99 a month" in on(LA, "subscribe", d(2020, 7, 1))
    assert "22 fr. par mois" in on(VS, "abonnement", d(2020, 7, 1))
    assert "Fr. 108.–" in on(GR, "abunament", d(2020, 1, 1))
    prices = {m[1] for t in group_lines(SET, LA, "crawfish")
              if (m := re.search(r"\$(\d\.\d\d)/lb", norm(t)))}
    assert prices and all(3.49 <= float(p) <= 7.99 for p in prices)
    diesel = {m[1] for t in group_lines(SET, LU, "carburant")
              if (m := re.search(r"diesel (\d,\d{3}) €", norm(t)))}
    assert len(diesel) >= 5


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BE, "rectificatif"), (BE, "direct", 12), (BE, "papier", 18), (CH, "correctif"),
        (QC, "rectificatif"), (LU, "erratum"), (LU, "deutsch", 10), (NB, "correction"),
        (BX, "correction"), (LA, "correction"), (LA, "traduction", 6), (VS, "correctif"),
        (HT, "erratum"), (GR, "correctura"), (NU, "correction"), (CO, "zou")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{BE}/lire", "Lire aussi | "), (f"{CH}/lire", "À lire aussi – "),
        (f"{QC}/lire", "À LIRE AUSSI : "), (f"{LU}/lire", "À lire également : "),
        (f"{NB}/lire", "► À LIRE ÉGALEMENT : "), (f"{BX}/lire", "Lire aussi · Lees ook : "),
        (f"{LA}/related", "RELATED: "), (f"{VS}/lire", "LIRE AUSSI > ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (BE, "reproduction", "Toute reproduction ou diffusion sans l'accord préalable de "
                             "l'éditeur est interdite."),
        (CH, "adresse", "Rédaction : av. de la Gare 00, 1003 Lausanne · 021 000 00 00"),
        (QC, "reproduction", "Toute reproduction est interdite sans l'autorisation écrite "
                             "de l'éditeur."),
        (BX, "subside", "Avec le soutien de la Région de Bruxelles-Capitale · Met de steun "
                        "van het Brussels Hoofdstedelijk Gewest"),
        (GR, "sustegn", "Cun il sustegn da la Lia Rumantscha e dal chantun Grischun"),
        (NU, "qujannamiik", "ᖁᔭᓐᓇᒦᒃ · Merci · Thank you for reading")))
    assert_group_values_from_pool(SET, (
        (BE, "rubrique", "rubrique"), (CH, "rubrique", "rubrique"), (QC, "section", "section"),
        (LU, "rubrique", "rubrique"), (NB, "region", "region"), (BX, "commune", "commune"),
        (LA, "section", "section"), (VS, "region", "region"), (HT, "commune", "commune"),
        (GR, "rubrica", "rubrica"), (NU, "nunaliit", "nunaliit"), (CO, "rubrik", "rubrik")))
    for style, family, pattern, pool_name in (
            (BE, "photo", r"^Photo (.+)$", "photo"),
            (BE, "agence", r"^\(avec (.+)\)$", "agence"),
            (CH, "image", r"^Image : (.+)$", "image"),
            (CH, "agence", r"^\((.+)\)$", "agence"),
            (QC, "fil", r"^— Avec (.+)$", "fil"),
            (VS, "photo", r"^Photo : (.+)$", "photo"),
            (HT, "photo", r"^Photo : (.+)$", "photo"),
            (GR, "funtauna", r"^Funtauna: (.+)$", "funtauna")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (BE, "reproduction", "Toute reproduction ou diffusion sans l'accord préalable de "
                             "l'éditeur est interdite."),
        (CH, "adresse", "Rédaction : av. de la Gare 00, 1003 Lausanne · 021 000 00 00"),
        (QC, "reproduction", "Toute reproduction est interdite sans l'autorisation écrite "
                             "de l'éditeur."),
        (LU, "editeur", "Éditeur : 00, rue du Fort, L-0000 Luxembourg · Tél. : (+352) 00 00 "
                        "00")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        BE: (["papier", "reproduction", "droits"], 2),
        CH: (["abonnement", "adresse", "copyright"], 3),
        QC: (["reproduction", "droits"], 2),
        LU: (["editeur", "droits"], 2),
        NB: (["reproduction", "droits"], 2),
        BX: (["subside", "editeur", "droits"], 3),
        LA: (["published", "copyright"], 2),
        VS: (["adresse", "copyright"], 2),
        HT: (["toutes-boites", "annonces", "editeur", "droits"], 3),
        GR: (["sustegn", "dretgs"], 2),
        NU: (["qujannamiik", "contact", "copyright"], 2),
        CO: (["auerzaiten", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert BE in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
