"""The held-back-200 template set (`tests.bench.heldout_templates_200`): its datelines and
localised dates (printed day by day in English with AST, US Eastern time and Fiji
standard or summer time, French, Papiamentu, Papiamento, Samoan, Tongan and Bislama, several
changing form on the day of a redesign), the lines that turn every day, week and fortnight
(a verse reference, a radio line-up, exchange rates to the Monday, the Sunday service
broadcast, a weekly's volume and issue, a shipping line's next sailing), the hurricane- and
cyclone-season banners and the storms, elections and island calendars they turn for, the
prices and fees that change over the years, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own (the
generator's Zipf sizes), so most checks look at a style together with its renamed variants
("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_200 import (
    BK_PREIS,
    BK_REDESIGN,
    BK_WHATSAPP,
    CA_NUMERIQUE,
    CA_PRIX,
    CA_REDESIGN,
    CD_DRUMS,
    CD_FEES,
    CD_REDESIGN,
    CD_SUBSCRIPTION,
    FIRST_DAY,
    FJ_DIWALI,
    IC_CHURCH,
    IC_FEEDBACK,
    IC_PRICES,
    IC_REDESIGN,
    IC_WHATSAPP,
    JM_ELECTIONS,
    LAST_DAY,
    MR_EPAPER,
    MR_PRICES,
    MR_REDESIGN,
    NI_BACK_ON_AIR,
    NI_MARIGOT,
    NI_RELAUNCH,
    NI_WHATSAPP,
    NL_PRIX,
    NL_REDESIGN,
    RB_REDESIGN,
    RB_STREAM,
    RT_AM_OFF,
    RT_FEES,
    RT_REDESIGN,
    TT_DIVALI,
    TT_EMAIL,
    TT_REDESIGN,
    TT_TOTONGI,
    VU_ELECTIONS,
    VV_PRAES,
    VV_REDESIGN,
    WF_REDESIGN,
    WF_SAVUSAVU,
    atlantic_season,
    cd_issue,
    comma,
    creole_day,
    fiji_summer,
    french_day,
    labor_day,
    last_christmas_sailing,
    monday_of,
    next_sailing,
    pacific_season,
    sunday_after,
    thursday_of,
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
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-200"
SITES = ("The Island Clarion", "Port of Spain Mirror", "Le Courrier des Antilles",
         "Boletin Kòrsou", "Radio Talofa", "Talaki Tonga", "Vila Voice",
         "Les Nouvelles du Lagon", "Wave FM", "Caribbean Diaspora Weekly", "Nature Isle Radio",
         "Radio Brisa")
IC, MR, CA, BK = ("islandclarion.com.jm", "posmirror.co.tt", "courrierantilles.fr",
                  "boletinkorsou.cw")
RT, TT, VV, NL = ("radiotalofa.ws", "talakitonga.to", "vilavoice.vu", "nouvellesdulagon.nc")
WF, CD, NI, RB = ("wavefm.com.fj", "caribdiasporaweekly.com", "natureisleradio.dm",
                  "radiobrisa.aw")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((IC, "dated"), (MR, "dated"), (CA, "date"), (BK, "fecha"), (RT, "aso"), (TT, "aho"),
         (VV, "deit"), (NL, "date"), (WF, "dated"), (CD, "dated"), (NI, "dated"),
         (RB, "fecha"))
# The lines that turn every day.
EVERY_DAY = ((IC, "verse"), (WF, "tonight"))
# The lines that turn every week or fortnight.
WEEKLY = ((IC, "cambio"), (BK, "kurs"), (RT, "lotu"), (CD, "issue"), (TT, "vaka"))
# The banners that follow the seasons and calendars.
BANNERS = ((IC, "alert"), (MR, "banner"), (CA, "cyclone"), (CA, "lettre"), (BK, "orkan"),
           (BK, "aviso"), (RT, "afa"), (TT, "afa"), (VV, "saeklon"), (NL, "alerte"),
           (WF, "banner"), (CD, "banner"), (NI, "banner"), (RB, "aviso"))
# Prices and fees in force from given days.
TABLES = ((IC, "price", IC_PRICES), (MR, "price", MR_PRICES), (CA, "prix", CA_PRIX),
          (BK, "preis", BK_PREIS), (RT, "tupe", RT_FEES), (TT, "totongi", TT_TOTONGI),
          (VV, "praes", VV_PRAES), (NL, "prix", NL_PRIX), (CD, "barrels", CD_DRUMS),
          (CD, "remit", CD_FEES))

QUIET_DRY = d(2015, 1, 13)  # out of the Atlantic season, in the Pacific one, no event
QUIET_WET = d(2015, 7, 14)  # in the Atlantic season, out of the Pacific one, no event
FIRST_WORDINGS = {
    (IC, "alert"): "Get the Island Clarion app for breaking news alerts",
    (MR, "banner"): "Mirror ePaper: the full print edition online, TT$30 a month",
    (CA, "cyclone"): "Hors saison cyclonique : vérifiez votre kit d'urgence une fois par an",
    (CA, "lettre"): "Recevez chaque matin notre lettre d'information",
    (BK, "orkan"): "Boletin Kòrsou: bo notisia di tur dia na Papiamentu",
    (BK, "aviso"): "Sigui nos riba Facebook pa e último notisianan",
    (RT, "afa"): "⚠️ Vaitau o afā 2014–2015: faʻalogo mai mo lapataʻiga a le Ofisa o le Tau",
    (VV, "saeklon"): "🌀 Saeklon sisen 2014–2015: lesin gud long ol woning blong Vanuatu Meteo",
    (NL, "alerte"): "Saison cyclonique 2014-2015 : suivez les bulletins de Météo-France "
                    "Nouvelle-Calédonie",
    (WF, "banner"): "TC season 2014/15: stay tuned to Wave FM for Fiji Met Service alerts",
    (CD, "banner"): "Subscribe: Caribbean Diaspora Weekly delivered to your door, $39 a year",
    (NI, "banner"): "Nature Isle Radio: Dominica's voice at home and abroad",
    (RB, "aviso"): "Radio Brisa: e stacion di Aruba",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET_DRY, QUIET_WET, d(2016, 3, 5), d(2017, 9, 19), d(2018, 2, 12),
        d(2019, 12, 20), d(2020, 4, 6), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert atlantic_season(d(2017, 6, 1)) and atlantic_season(d(2017, 11, 30))
    assert not atlantic_season(d(2017, 5, 31)) and not atlantic_season(d(2017, 12, 1))
    assert pacific_season(d(2017, 11, 1)) == (2017, 2018) == pacific_season(d(2018, 4, 30))
    assert pacific_season(d(2018, 5, 1)) is None
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert thursday_of(d(2019, 6, 19)) == d(2019, 6, 13) and sunday_after(d(2019, 6, 17)) == (
        d(2019, 6, 23)) == sunday_after(d(2019, 6, 23))
    assert next_sailing(d(2015, 1, 14)) == (d(2015, 1, 14), "Toa Moana")
    assert next_sailing(d(2015, 1, 15)) == (d(2015, 1, 28), "Lomipeau Star")
    assert cd_issue(d(2015, 1, 1)) == (22, 1, d(2015, 1, 1))
    assert cd_issue(d(2020, 6, 19)) == (27, 25, d(2020, 6, 18))
    assert fiji_summer(d(2019, 12, 6)) and not fiji_summer(d(2020, 6, 19))
    assert not fiji_summer(d(2020, 11, 30)) and fiji_summer(d(2020, 12, 25))
    assert french_day(1) == "1er" and french_day(21) == "21" and comma(2.1) == "2,10"
    assert labor_day(2019) == d(2019, 9, 2) and last_christmas_sailing(2019) == d(2019, 11, 15)
    assert creole_day(2019) == d(2019, 10, 25)


def test_localised_dates_and_times() -> None:
    old, new, summer = d(2016, 3, 5), d(2020, 6, 19), d(2019, 12, 6)  # Sat, Fri, Fri
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(IC, "dated", old, rf"Published: Saturday \| March 5, 2016 \| {clock12}")
    full(IC, "dated", new, rf"Last updated Jun 19, 2020, {clock12}")
    full(IC, "cambio", new, r"Cambio rates, week of Jun 15: US\$1 = J\$1\d\d\.\d\d "
                            r"\(average selling\)")
    full(IC, "verse", new, r"Word for Today: [1-2 A-Za-z]+ \d+:\d+(-\d+)?")
    full(MR, "dated", old, "Sat, Mar 5, 2016")
    full(MR, "dated", new, rf"Friday 19 June 2020 · {clock} AST")
    full(CA, "date", old, "Le samedi 5 mars 2016")
    full(CA, "date", new, rf"Mis en ligne le 19/06/2020 à {clock}")
    full(BK, "fecha", old, "Willemstad, 5 di mart 2016")
    full(BK, "fecha", new, rf"Djabièrnè 19 di yüni 2020, {clock}")
    full(BK, "kurs", new, r"Kurs di euro pa siman di 15 di yüni: € 1 = NAf\. [12],\d\d")
    full(RT, "aso", old, "Apia, 5 Mati 2016")
    full(RT, "aso", new, rf"Aso Faraile, 19 Iuni 2020 · {clock}")
    full(RT, "lotu", new, "Sauniga lotu o le Aso Sā, 21 Iuni: faʻasalalau saʻo mai le 10 i le "
                          "taeao")
    full(TT, "aho", old, "Nukuʻalofa, 5/3/2016")
    full(TT, "aho", new, "Falaite 19 Sune 2020")
    full(TT, "vaka", new, r"Tuʻuaki: ko e folau hoko ʻa e (Lomipeau Star|Toa Moana) mei "
                          r"ʻAokalani ki Nukuʻalofa: Pulelulu (24 Sune|1 Siulai)\. .+")
    full(VV, "deit", old, "Port Vila, 05/03/2016")
    full(VV, "deit", new, "Fraede 19 Jun 2020")
    full(NL, "date", old, "Nouméa, le 5 mars 2016")
    full(NL, "date", d(2016, 3, 1), "Nouméa, le 1er mars 2016")
    full(NL, "date", new, rf"Vendredi 19 juin 2020 – {clock} \(NC\)")
    full(WF, "dated", old, rf"Posted on March 5, 2016 {clock12}")
    full(WF, "dated", new, rf"19 June 2020 \| {clock} FJT")
    full(WF, "dated", summer, rf"6 December 2019 \| {clock} FJST")
    full(WF, "tonight", new, "On Wave FM, Friday 19 June: the Friday Night Bula Mix")
    full(CD, "dated", old, "March 5, 2016")
    full(CD, "dated", new, rf"Posted 06/19/2020 at {clock12} ET")
    full(CD, "issue", new, r"Vol\. 27, No\. 25 · Week of June 18, 2020")
    full(NI, "dated", old, "05/03/2016")
    full(NI, "dated", new, "Friday, 19 June 2020")
    full(RB, "fecha", old, "Oranjestad, 5 maart 2016")
    full(RB, "fecha", new, "Diabierna, 19 di juni 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(IC, "dated", day).startswith("Published") == (day < IC_REDESIGN)
        assert on(MR, "dated", day).endswith("AST") == (day >= MR_REDESIGN)
        assert on(CA, "date", day).startswith("Mis en ligne") == (day >= CA_REDESIGN)
        assert on(BK, "fecha", day).startswith("Willemstad") == (day < BK_REDESIGN)
        assert on(RT, "aso", day).startswith("Apia") == (day < RT_REDESIGN)
        assert on(TT, "aho", day).startswith("Nukuʻalofa") == (day < TT_REDESIGN)
        assert on(VV, "deit", day).startswith("Port Vila") == (day < VV_REDESIGN)
        assert on(NL, "date", day).startswith("Nouméa") == (day < NL_REDESIGN)
        assert (" le 1er " in on(NL, "date", day) or " 1er " in on(NL, "date", day)) == (
            day.day == 1)
        assert on(WF, "dated", day).startswith("Posted") == (day < WF_REDESIGN)
        if day >= WF_REDESIGN:
            assert on(WF, "dated", day).endswith("FJST" if fiji_summer(day) else "FJT")
        assert on(CD, "dated", day).startswith("Posted") == (day >= CD_REDESIGN)
        assert bool(re.fullmatch(r"\d\d/\d\d/\d{4}", on(NI, "dated", day))) == (
            day < NI_RELAUNCH)
        assert on(RB, "fecha", day).startswith("Oranjestad") == (day < RB_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    # The verse reference cycles through a short list and the line-up names no year, but
    # each differs from the day before's.
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    assert len(found(WF, "tonight", r"^(.*)$")) >= 365
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_fortnight() -> None:
    for family_key in ((IC, "cambio"), (BK, "kurs"), (RT, "lotu")):
        weekly = changes(*family_key)
        assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly), family_key
    issues = changes(CD, "issue")
    assert len(issues) >= 300 and all(day.weekday() == 3 for day in issues)
    assert found(CD, "issue", r"Vol\. (\d+),") == {str(v) for v in range(22, 28)}
    assert "No. 1 ·" in on(CD, "issue", d(2019, 1, 3)) and "No. 52 ·" in on(CD, "issue",
                                                                            d(2019, 12, 31))
    sailings = sorted(changes(TT, "vaka"))
    assert len(sailings) >= 150 and all(day.weekday() == 3 for day in sailings)
    assert all((b - a).days == 14 for a, b in zip(sailings, sailings[1:], strict=False))
    assert found(TT, "vaka", r"ʻa e (.+?) mei") == {"Lomipeau Star", "Toa Moana"}
    rates = [float(m[1]) for t in group_lines(SET, IC, "cambio")
             if (m := re.search(r"J\$(\d+\.\d\d)", norm(t)))]
    assert len(set(rates)) >= 5 and all(110 <= r <= 155 for r in rates)
    naf = [float(m[1].replace(",", ".")) for day in every_day()[::7]
           if (m := re.search(r"NAf\. (\d,\d\d)", on(BK, "kurs", day)))]
    assert all(1.8 <= x <= 2.3 for x in naf) and max(naf) - min(naf) > 0.25
    for day in every_day()[::5]:
        sunday = sunday_after(day)
        assert f"Aso Sā, {sunday.day} " in on(RT, "lotu", day)
        sailing, ship = next_sailing(day)
        assert ship in on(TT, "vaka", day) and f" {sailing.day} " in on(TT, "vaka", day)


def test_banners_follow_the_storm_seasons() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET_DRY) == text, (domain, family)
    assert "Hurricane season 2015" in on(IC, "alert", QUIET_WET)
    assert "Saison cyclonique 2015" in on(CA, "cyclone", QUIET_WET)
    assert "Temporada di orkan 2015" in on(BK, "orkan", QUIET_WET)
    assert "Hurricane season 2015" in on(NI, "banner", QUIET_WET)
    assert on(RT, "afa", QUIET_WET) == "Radio Talofa: o le leo o Samoa i le lalolagi"
    assert on(TT, "afa", QUIET_WET) == "Talaki Tonga: ongoongo mei Tonga ki he kāinga ʻi muli"
    assert on(WF, "banner", QUIET_WET) == "Got a story? Call or Viber the newsroom on 555 9840"
    assert "1 900 F CFP" in on(NL, "alerte", QUIET_WET)
    assert "2 100 F CFP" in on(NL, "alerte", d(2018, 7, 10))
    for day in every_day():
        if m := re.search(r"Hurricane season (\d{4})", on(IC, "alert", day)):
            assert atlantic_season(day) and m[1] == str(day.year), day
        if m := re.search(r"sisen (\d{4})–(\d{4})", on(VV, "saeklon", day)):
            assert pacific_season(day) == (int(m[1]), int(m[2])), day
        if m := re.search(r"afā (\d{4})–(\d{4})", on(TT, "afa", day)):
            assert pacific_season(day) == (int(m[1]), int(m[2])), day
    assert found(RT, "afa", r"Vaitau o afā (\d{4})–") == {str(y) for y in range(2014, 2021)}
    storms = (
        (IC, "alert", d(2016, 10, 1), "Matthew"), (IC, "alert", d(2019, 9, 3), "Dorian"),
        (IC, "alert", d(2020, 8, 23), "Laura"), (MR, "banner", d(2017, 6, 19), "Bret"),
        (CA, "cyclone", d(2017, 9, 6), "violette : Irma"),
        (CA, "cyclone", d(2017, 9, 19), "rouge cyclone : l'ouragan Maria"),
        (CA, "cyclone", d(2015, 8, 27), "Erika"), (BK, "orkan", d(2017, 6, 19), "Bret"),
        (RT, "afa", d(2016, 4, 22), "Amos"), (RT, "afa", d(2018, 2, 9), "Gita"),
        (TT, "afa", d(2018, 2, 12), "Gita"), (TT, "afa", d(2020, 4, 8), "Harold"),
        (VV, "saeklon", d(2015, 3, 14), "Pam"), (VV, "saeklon", d(2017, 5, 5), "Donna"),
        (VV, "saeklon", d(2020, 4, 6), "Harold"), (VV, "saeklon", d(2017, 10, 10), "Ambae"),
        (NL, "alerte", d(2017, 4, 10), "Cook"), (NL, "alerte", d(2019, 2, 20), "Oma"),
        (WF, "banner", d(2016, 2, 20), "Winston"), (WF, "banner", d(2020, 12, 17), "Yasa"),
        (WF, "banner", d(2018, 4, 10), "Keni"), (CD, "banner", d(2019, 9, 5), "Dorian"),
        (CD, "banner", d(2017, 9, 20), "Barbuda"), (NI, "banner", d(2017, 9, 20), "Maria"),
        (NI, "banner", d(2015, 8, 28), "Erika"), (RB, "aviso", d(2016, 9, 29), "Matthew"),
        (RT, "afa", d(2019, 12, 1), "mīsela"))
    for domain, family, day, name in storms:
        assert name in on(domain, family, day), (domain, family, day)


def test_notices_follow_the_island_calendars() -> None:
    for y in range(2015, 2021):
        tuesday = carnival_tuesday(y)
        assert f"Carnival {y}" in on(MR, "banner", tuesday), y
        assert f"Jours gras {y}" in on(CA, "lettre", tuesday + one), y
        assert f"Karnaval {y}" in on(BK, "aviso", tuesday - 2 * one), y
        assert f"Carnaval {y}" in on(RB, "aviso", tuesday - 2 * one), y
        assert f"Shubh Divali {y}" in on(MR, "banner", iso(TT_DIVALI[y])), y
        # The 2018 election's notice (polling day 14 November) wins over Diwali.
        assert (f"Happy Diwali {y}" in on(WF, "banner", iso(FJ_DIWALI[y]))) == (y != 2018), y
        assert f"Jamaica at {y - 1962}" in on(IC, "alert", d(y, 8, 6)), y
        # 2015's election notice (polling day 7 September) wins over Independence Day.
        assert (f"T&T at {y - 1962}" in on(MR, "banner", d(y, 8, 31))) == (y != 2015), y
        assert f"Dia di Bandera {y}" in on(BK, "aviso", d(y, 7, 2)), y
        assert f"{y - 2010} aña di pais outónomo" in on(BK, "aviso", d(y, 10, 10)), y
        assert f"{y - 1795} aña despues di Tula" in on(BK, "aviso", d(y, 8, 17)), y
        assert f"Aso Tutoʻatasi {y}! {y - 1962} tausaga" in on(RT, "afa", d(y, 6, 1)), y
        assert f"{y - 1970} years of independence" in on(WF, "banner", d(y, 10, 10)), y
        assert f"{y - 1980} yia blong Vanuatu" in on(VV, "saeklon", d(y, 7, 30)), y
        assert f"ʻAho Tauʻatāina {y}" in on(TT, "afa", d(y, 6, 4)), y
        assert f"Himno y Bandera {y}" in on(RB, "aviso", d(y, 3, 18)), y
        assert "Dia di Betico" in on(RB, "aviso", d(y, 1, 25)), y
        assert f"Dominica at {y - 1978}" in on(NI, "banner", d(y, 11, 3)), y
        assert f"{y - 1848}e anniversaire" in on(CA, "lettre", d(y, 5, 27)), y
        sailing = last_christmas_sailing(y)
        assert f"leave November {sailing.day}" in on(CD, "banner", sailing), y
        white_sunday = [day for day in every_day() if day.year == y and day.month == 10
                        and day.weekday() == 6][1]
        assert f"Aso Sā o Tamaiti {y}" in on(RT, "afa", white_sunday), y
        if y > 2015:
            assert f"ʻEne ʻAfio {y}" in on(TT, "afa", d(y, 7, 4)), y
        if y < 2020:
            assert f"Labor Day {y}: our guide" in on(CD, "banner", labor_day(y)), y
            assert "Heritage Month" in on(CD, "banner", d(y, 6, 15)), y
            assert f"Fête des cuisinières {y}" in on(CA, "lettre", d(y, 8, 8) + dt.timedelta(
                days=(5 - d(y, 8, 8).weekday()) % 7)), y
            assert f"24 septembre {y}" in on(NL, "alerte", d(y, 9, 24)), y
    assert "Hilifaki Kalauni" in on(TT, "afa", d(2015, 7, 4))
    assert "no parade" in on(CD, "banner", labor_day(2020))
    assert not found(CA, "lettre", r"cuisinières (2020)")
    for day in JM_ELECTIONS:
        assert f"Election {day[:4]}" in on(IC, "alert", iso(day)), day
    for day in VU_ELECTIONS:
        assert f"ilekson {day[:4]}" in on(VV, "saeklon", iso(day)), day
    assert "General Election 2015" in on(MR, "banner", d(2015, 9, 7))
    assert "General Election 2020" in on(MR, "banner", d(2020, 8, 10))
    assert "Elekshon 2017" in on(BK, "aviso", d(2017, 4, 28))
    assert "Palota Lautele 2016" in on(RT, "afa", d(2016, 3, 4))
    assert "Fili Fakalukufua 2017" in on(TT, "afa", d(2017, 11, 16))
    assert "4 novembre 2018" in on(NL, "alerte", d(2018, 11, 1))
    assert "Deuxième référendum" in on(NL, "alerte", d(2020, 9, 24))
    assert "Fiji Votes 2018" in on(WF, "banner", d(2018, 11, 14))
    assert "Election 2019" in on(NI, "banner", d(2019, 12, 6))
    assert "Municipales 2020" in on(CA, "lettre", d(2020, 3, 15))
    lockdowns = ((IC, "alert", "COVID-19"), (MR, "banner", "COVID-19"),
                 (CA, "lettre", "Confinement"), (BK, "aviso", "Keda na kas"),
                 (RT, "afa", "COVID-19"), (TT, "afa", "COVID-19"), (NL, "alerte", "Confinement"),
                 (WF, "banner", "COVID-19"), (CD, "banner", "COVID-19"),
                 (NI, "banner", "COVID-19"), (RB, "aviso", "COVID-19"))
    for domain, family, text in lockdowns:
        assert text in on(domain, family, d(2020, 4, 1)), domain
    assert "COVID-19" in on(VV, "saeklon", d(2020, 3, 30))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (IC, "byline", IC_REDESIGN, "/Staff Reporter", "{author_beat}"),
        (IC, "alert", IC_WHATSAPP, "app", "WhatsApp"),
        (IC, "church", IC_CHURCH, "Wednesday", "Thursday"),
        (IC, "feedback", IC_FEEDBACK, "Send feedback", "WhatsApp"),
        (MR, "byline", MR_REDESIGN, "Story by", "{author_beat}"),
        (MR, "photo", MR_REDESIGN, "PHOTO:", "· Port of Spain Mirror"),
        (MR, "banner", MR_EPAPER, "TT$30", "TT$35"),
        (CA, "auteur", CA_REDESIGN, "Par ", "{commune}"),
        (CA, "lettre", CA_NUMERIQUE, "lettre d'information", "numérique"),
        (BK, "outor", BK_REDESIGN, "Pa:", "Skirbí"),
        (BK, "aviso", BK_WHATSAPP, "Facebook", "WhatsApp"),
        (RT, "tusitala", RT_REDESIGN, "Tusia e", "Lipoti"),
        (RT, "leo", RT_AM_OFF, "AM 540", "initaneti"),
        (TT, "fau", TT_REDESIGN, "Naʻe faʻu", "Fakamatala"),
        (TT, "siasi", TT_EMAIL, "ʻōfisi", "ʻimeili"),
        (VV, "raeta", VV_REDESIGN, "Stori blong", "Ripot"),
        (NL, "auteur", NL_REDESIGN, "Par ", "{author_beat}"),
        (WF, "byline", WF_REDESIGN, "| Wave News", "Reported by"),
        (WF, "frequency", WF_SAVUSAVU, "Labasa", "Savusavu"),
        (CD, "byline", CD_REDESIGN, "By {author}", "{author_beat}"),
        (CD, "banner", CD_SUBSCRIPTION, "$39", "$45"),
        (NI, "frequency", NI_BACK_ON_AIR, "Listen live", "Back on air"),
        (NI, "frequency", NI_MARIGOT, "Back on air", "Marigot"),
        (NI, "deaths", NI_WHATSAPP, "Call 555-4400", "WhatsApp"),
        (RB, "frecuencia", RB_STREAM, "97.9 FM", "bibo")))
    assert_groups_reworded(SET, (
        (IC, "dated", "Published:", "Last updated"),
        (MR, "dated", "Mar ", " AST"),
        (CA, "date", "Le ", "Mis en ligne"),
        (IC, "byline", "/Staff Reporter", "By "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "J$120 daily" in on(IC, "price", LAST_DAY)
    assert "NZ$5" in on(RT, "tupe", LAST_DAY) and "NZ$10" in on(RT, "tupe", FIRST_DAY)
    assert "$105 a drum" in on(CD, "barrels", d(2020, 7, 1))
    drums = {m[1] for t in group_lines(SET, CD, "barrels")
             if (m := re.search(r"From \$(\d+) a drum", norm(t)))}
    assert drums and drums <= {price for _, price in CD_DRUMS}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (TT, "tuuaki", "ʻ"), (TT, "fau", "ʻ"), (TT, "copyright", "ʻ"),
        (RT, "faasalalauga", "ʻ"), (RT, "leo", "ʻ"), (CA, "droits", "[éè]"),
        (CA, "pub", "É"), (BK, "derechi", "[òá]"), (NL, "copyright", "é"),
        (RB, "frecuencia", "á"), (VV, "kopiraet", "raet")))
    assert any(re.search(r"[āēīōū]", t) for t in group_lines(SET, TT, "aho"))
    assert any(re.search(r"[üèù]", t) for t in group_lines(SET, BK, "fecha"))
    assert any("Aso Sā" in t or "Sā," in t for t in group_lines(SET, RT, "lotu"))
    assert any("Tuʻapulelulu" in t or "Sāpate" in t or "Mōnite" in t
               for t in group_lines(SET, TT, "aho"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{IC}/dated", f"{IC}/byline", f"{IC}/related", f"{IC}/kicker",
                         f"{IC}/verse", f"{IC}/cambio", f"{IC}/photo", f"{IC}/copyright",
                         f"{MR}/dated", f"{MR}/photo", f"{CA}/date", f"{BK}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{IC}/address", f"{MR}/letters", f"{MR}/address", f"{CA}/droits", f"{CA}/editeur",
        f"{BK}/adres"))
    assert_carried_share(docs, IC, [
        ("dated", 0.83, 0.99), ("related", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("alert", 0.15, 0.45), ("verse", 0.08, 0.35)])
    assert_carried_share(docs, MR, [("dated", 0.78, 0.99), ("also-read", 0.45, 0.85),
                                    ("clarification", 0.0, 0.12)])
    for fam in (f"{IC}/related", f"{IC}/advert", f"{MR}/also-read", f"{CA}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((IC, "photo"), (IC, "remit"), (MR, "photo"), (BK, "potret"),
                               (RT, "tupe"), (TT, "vaka"), (VV, "foto"), (WF, "remit")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (IC, "correction", 16), (MR, "clarification"), (CA, "erratum"), (BK, "korekshon"),
        (RT, "faasaoga"), (TT, "fakatonutonu"), (VV, "stretem"), (NL, "erratum"),
        (WF, "correction"), (CD, "correction"), (NI, "correction"), (RB, "correccion")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{IC}/related", "RELATED: "), (f"{MR}/also-read", "ALSO READ: "),
        (f"{CA}/lire", "À lire également : "), (f"{BK}/lesa", "Lesa tambe: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (IC, "advert", "ADVERTISEMENT"), (MR, "advert", "—Advertisement—"),
        (CA, "pub", "PUBLICITÉ"), (BK, "anunsio", "Anunsio"),
        (RT, "faasalalauga", "Faʻasalalauga"), (TT, "tuuaki", "Tuʻuaki"),
        (VV, "advetaesmen", "Advetaesmen"), (NL, "annonce", "Annonce")))
    assert_group_values_from_pool(SET, (
        (IC, "kicker", "kicker"), (MR, "kicker", "kicker"), (CA, "rubrique", "rubrique"),
        (BK, "seccion", "seccion"), (RT, "ulutala", "ulutala"), (TT, "vahe", "vahe"),
        (VV, "seksen", "seksen"), (NL, "rubrique", "rubrique")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (IC, "advert", "ADVERTISEMENT"),
        (CA, "droits", "Toute reproduction, même partielle, est interdite sans l'accord écrit "
                       "de la rédaction."),
        (MR, "advert", "—Advertisement—")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        IC: (["price", "address", "copyright"], 2),
        MR: (["letters", "price", "address", "copyright"], 3),
        CA: (["droits", "editeur", "copyright"], 3),
        BK: (["preis", "adres", "derechi"], 2),
        RT: (["english", "contact", "copyright"], 2),
        TT: (["totongi", "siasi", "malo", "copyright"], 2),
        VV: (["praes", "inglis", "kontak", "kopiraet"], 2),
        NL: (["commentaires", "prix", "contact", "copyright"], 2),
        WF: (["tonight", "church", "address", "copyright"], 2),
        CD: (["banner", "listings", "address", "copyright"], 2),
        NI: (["frequency", "deaths", "tip", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
