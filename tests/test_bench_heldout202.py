"""The held-back-202 template set (`tests.bench.heldout_templates_202`): its localised dates
(printed day by day in English, German, Swedish, Finnish, Slovenian and Czech, several
changing form on a redesign day), the lines that turn every day, week and month (what game
is in season, the moon, sunrise and sunset, a control hive's weight, game-meat prices, the
beekeeping year's tasks), the open and closed seasons, the licence, fee and dues lines that
change by year or hunting year, the calendars the notices follow (the Glorious Twelfth, bear
and moose hunts, duck, grouse and moose openings, trophy shows and balls, honey shows,
annual meetings, World Bee Day, spring thaw limits, swine fever and foulbrood zones, varroa
treatment windows, the pandemic), the lines in several languages, the variation it promises,
its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_202 import (
    AMP_VOLNO,
    AMP_ZLIN,
    ASP_BE,
    ASP_CZ,
    ASP_DE,
    BJORNAR,
    CP_GNILOBA,
    CP_REDESIGN,
    DSGVO,
    FIRST_DAY,
    FQ_JOIN,
    FQ_REDESIGN,
    GL_REVOKED,
    HK_REDESIGN,
    IL_FAULBRUT,
    IL_REDESIGN,
    JH_MELDEN,
    JH_RELAUNCH,
    KELIRIKKO,
    KUOPIO,
    LAST_DAY,
    LV_REDESIGN,
    NJ_JAKTKORT,
    NJ_REDESIGN,
    OH_REDESIGN,
    SM_OMARIISTA,
    SM_REDESIGN,
    VM_REDESIGN,
    VP_MOR,
    VP_REDESIGN,
    WB_HORNET_APP,
    WB_REDESIGN,
    YKSITYISTIELAKI,
    annual_assembly_si,
    annual_meeting_se,
    dog_trial,
    eet_offset,
    game_show,
    grouse_opening,
    honey_market,
    honey_show,
    hubert_mass_si,
    hunters_ball,
    in_season,
    midsummer_eve,
    moon_lit,
    moose_fi,
    moose_north,
    moose_south,
    national_honey_show,
    next_full_moon,
    slovenian_breakfast,
    spring_work_day,
    sun_times,
    tag_der_imkerei,
    trophy_show,
    week_monday,
    wildbret,
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

SET = "held-back-202"
SITES = ("Field & Quarry Association", "Jägerschaft Hochwald", "Jaktvårdsförbundet Norrdalen",
         "Savon Metsästäjäpiiri", "OMS Horácko", "Čebelarska zveza Pohorje-Drava",
         "Wealdmere Beekeepers' Association", "Imkerverein Lindenhöhe",
         "Västra Mälardalens Biodlare", "Honkalahden kyläyhdistys", "Lovska družina Vrhovlje",
         "Včelaři Podblanicka")
FQ, JH, NJ, SM = ("fieldandquarry.org.uk", "jaegerschaft-hochwald.de", "norrdalensjakt.se",
                  "savonmetsastajat.fi")
OH, CP, WB, IL = ("omshoracko.cz", "cebelarji-pohorje.si", "wealdmerebees.org.uk",
                  "imkerverein-lindenhoehe.de")
VM, HK, LV, VP = ("vmbiodlare.se", "honkalahdenkyla.fi", "ld-vrhovlje.si",
                  "vcelaripodblanicka.cz")

d = dt.date
one = dt.timedelta(days=1)
YEARS = range(2015, 2021)

# The dates printed day by day (every one from the first day, each naming its year).
DAILY = ((FQ, "dated"), (JH, "datum"), (NJ, "datum"), (SM, "pvm"), (OH, "datum"),
         (CP, "datum"), (WB, "posted"), (IL, "datum"), (VM, "datum"), (HK, "pvm"),
         (LV, "datum"), (VP, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((FQ, "season"), (JH, "mond"), (SM, "aurinko"), (CP, "tehtnica"))
# The notices that follow calendars.
BANNERS = ((FQ, "notice"), (JH, "asp"), (JH, "termine"), (NJ, "premiar"),
           (SM, "ajankohtaista"), (OH, "amp"), (OH, "pozvanka"), (CP, "zdravstvo"),
           (CP, "dogodki"), (WB, "hornet"), (WB, "events"), (IL, "varroa"), (IL, "termine"),
           (VM, "bisjukdom"), (VM, "traffar"), (HK, "tiekunta"), (HK, "tapahtumat"),
           (LV, "obvestila"), (VP, "vcelstva"))
# Dues and fees by year: (domain, family, the month and day they change on, first year).
DUES = ((FQ, "dues", (1, 1), 2016), (JH, "beitrag", (1, 1), 2016),
        (NJ, "avgift", (7, 1), 2015), (SM, "riistanhoitomaksu", (8, 1), 2015),
        (SM, "jasenmaksu", (1, 1), 2016), (OH, "prispevek", (1, 1), 2016),
        (CP, "clanarina", (1, 1), 2016), (WB, "subs", (1, 1), 2016),
        (IL, "beitrag", (1, 1), 2016), (VM, "avgift", (1, 1), 2016),
        (HK, "jasenmaksu", (1, 1), 2016), (LV, "clanarina", (1, 1), 2016),
        (VP, "prispevek", (1, 1), 2016))

QUIET = d(2015, 6, 2)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (FQ, "notice"): "Join the Field & Quarry Association today",
    (JH, "asp"): "Fallwild? Bitte beim Veterinäramt melden.",
    (JH, "termine"): "Übungsschießen jeden zweiten Samstag auf dem Schießstand am Hochwald.",
    (NJ, "premiar"): "Kontrollera jakttiderna i jaktförordningen innan du går ut.",
    (SM, "ajankohtaista"): "Metsästäjätutkinnot ja ampumakokeet: katso päivät "
                           "tapahtumakalenterista.",
    (OH, "amp"): "Uhynulou černou zvěř hlaste krajské veterinární správě.",
    (OH, "pozvanka"): "Kalendář akcí spolku najdete v sekci Akce.",
    (CP, "zdravstvo"): "Sum na bolezen čebel? Obvestite pristojnega veterinarja.",
    (CP, "dogodki"): "Včlanite se v čebelarsko društvo v svojem kraju.",
    (WB, "hornet"): "Learn to recognise the Asian hornet and report any sighting to the "
                    "Non-Native Species Secretariat.",
    (WB, "events"): "Members' evenings: second Tuesday of the month, 7.30pm, Wealdmere "
                    "Village Hall.",
    (IL, "varroa"): "Varroa im Blick behalten: den natürlichen Milbenfall regelmäßig "
                    "kontrollieren.",
    (IL, "termine"): "Vereinsabend an jedem ersten Freitag im Monat um 19:30 Uhr im Gasthaus "
                     "Zur Linde.",
    (VM, "bisjukdom"): "Misstänker du bisjukdom? Kontakta länsstyrelsens bitillsynsman.",
    (VM, "traffar"): "Välkommen till våra medlemsträffar – hela programmet finns i kalendern.",
    (HK, "tiekunta"): "Tieyksiköt ja tiemaksut: ota yhteyttä tiekunnan toimitsijaan.",
    (HK, "tapahtumat"): "Tervetuloa kylätalolle! Tapahtumat päivitetään tälle sivulle.",
    (LV, "obvestila"): "Vse člane vabimo na delovne akcije v lovišču.",
    (VP, "vcelstva"): "Kontakty na důvěrníky najdete v sekci Organizace.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _, _ in DUES) + (
        (FQ, "fees"), (JH, "jagdzeit"), (JH, "wildbret"), (IL, "monat"), (WB, "swarm"),
        (LV, "lovna-doba")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 27), d(2018, 8, 13), d(2019, 4, 25),
        d(2020, 3, 23), d(2020, 9, 10), LAST_DAY))


def test_helpers() -> None:
    assert [grouse_opening(y) for y in (2017, 2018, 2019)] == [
        d(2017, 8, 12), d(2018, 8, 13), d(2019, 8, 12)]  # 12 August 2018 was a Sunday
    assert moose_north(2019) == d(2019, 9, 2) and moose_south(2019) == d(2019, 10, 14)
    assert moose_fi(2017) == d(2017, 9, 30) and moose_fi(2020) == d(2020, 9, 26)
    assert [midsummer_eve(y) for y in (2015, 2019, 2020)] == [
        d(2015, 6, 19), d(2019, 6, 21), d(2020, 6, 19)]
    assert slovenian_breakfast(2019) == d(2019, 11, 15)
    # Full moons: the eclipse of 21 January 2019 and the blue moon of 31 October 2020.
    assert next_full_moon(d(2019, 1, 15)) == d(2019, 1, 21)
    assert next_full_moon(d(2020, 10, 25)) == d(2020, 10, 31)
    assert moon_lit(d(2019, 1, 21)) >= 99 and moon_lit(d(2019, 1, 6)) <= 1
    assert eet_offset(d(2019, 3, 31)) == 3 and eet_offset(d(2019, 3, 30)) == 2
    rise, down = sun_times(d(2019, 6, 21), *KUOPIO, 3)
    assert "2.45" <= rise <= "3.30" and "22.40" <= down <= "23.30", (rise, down)
    rise, down = sun_times(d(2019, 12, 21), *KUOPIO, 2)
    assert "9.30" <= rise <= "9.59" and "14.20" <= down <= "14.59", (rise, down)
    assert week_monday(d(2019, 6, 23)) == d(2019, 6, 17)
    assert in_season(d(2019, 3, 1)) == [] and "red grouse" in in_season(d(2019, 8, 12))
    assert in_season(d(2019, 2, 12)) == ["duck and geese below the high-water mark"]


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FQ, "dated", old, "5 March 2016")
    full(FQ, "dated", new, rf"Friday 19th June 2020 · {clock}")
    full(FQ, "season", new, "In season, Friday 19 June: closed season for game birds; the "
                            "grouse season opens on 12 August.")
    full(FQ, "season", d(2020, 12, 7), "In season, Monday 7 December: red grouse, snipe, "
                                       "partridge, pheasant, woodcock, duck and geese inland.")
    full(JH, "datum", old, r"05\.03\.2016")
    full(JH, "datum", new, r"Freitag, 19\. Juni 2020")
    full(JH, "mond", new, r"Mond am 19\.06\.: abnehmend, \d % beleuchtet · nächster Vollmond "
                          r"05\.07\.")
    full(JH, "wildbret", new, r"Wildbretpreise KW 25/2020: Schwarzwild über 20 kg \d,\d\d "
                              r"€/kg, Rehwild \d,\d\d €/kg \(in der Decke, frei Wildkammer\)")
    full(NJ, "datum", old, "Publicerad 5 mars 2016")
    full(NJ, "datum", new, rf"Uppdaterad 2020-06-19 kl\. {clock}")
    full(SM, "pvm", old, r"5\.3\.2016")
    full(SM, "pvm", new, rf"Julkaistu pe 19\.6\.2020 klo {clock}")
    full(SM, "aurinko", new, r"Aurinko nousee 3\.\d\d ja laskee 2[23]\.\d\d \(Kuopio, "
                             r"19\.6\.\)")
    full(OH, "datum", old, r"5\. 3\. 2016")
    full(OH, "datum", new, r"pátek 19\. června 2020")
    full(CP, "datum", old, r"05\.03\.2016")
    full(CP, "datum", new, rf"Objavljeno: petek, 19\. 6\. 2020 ob {clock}")
    full(CP, "tehtnica", new, r"Kontrolna tehtnica Ruše, 19\. 6\. 2020: (0,0|[+-]\d,\d) kg")
    full(WB, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(WB, "posted", new, "19 Jun 2020 · Ada Brook")
    full(IL, "datum", old, r"5\. März 2016")
    full(IL, "datum", new, r"Beitrag vom 19\.06\.2020")
    full(IL, "monat", new, "Bienenjahr Juni 2020: Ableger bilden, Sommertracht beobachten")
    full(VM, "datum", old, "2016-03-05")
    full(VM, "datum", new, "19 juni 2020")
    full(HK, "pvm", old, r"Julkaistu 5\.3\.2016")
    full(HK, "pvm", new, "Perjantaina 19. kesäkuuta 2020")
    full(LV, "datum", old, r"5\. 3\. 2016")
    full(LV, "datum", new, r"petek, 19\. junij 2020")
    full(VP, "datum", old, r"5\.3\.2016")
    full(VP, "datum", new, r"Publikováno: pátek 19\. června 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for key in EVERY_DAY:  # the day's own line, though not all of them name the year
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[3:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("·" in on(FQ, "dated", day)) == (day >= FQ_REDESIGN)
        assert bool(re.match(r"[A-Z]", on(JH, "datum", day))) == (day >= JH_RELAUNCH)
        assert on(NJ, "datum", day).startswith("Uppdaterad") == (day >= NJ_REDESIGN)
        assert on(SM, "pvm", day).startswith("Julkaistu") == (day >= SM_REDESIGN)
        assert bool(re.match(r"\d", on(OH, "datum", day))) == (day < OH_REDESIGN)
        assert on(CP, "datum", day).startswith("Objavljeno") == (day >= CP_REDESIGN)
        assert on(WB, "posted", day).startswith("Posted") == (day < WB_REDESIGN)
        assert on(IL, "datum", day).startswith("Beitrag vom") == (day >= IL_REDESIGN)
        assert bool(re.fullmatch(r"[\d-]+", on(VM, "datum", day))) == (day < VM_REDESIGN)
        assert on(HK, "pvm", day).startswith("Julkaistu") == (day < HK_REDESIGN)
        assert bool(re.match(r"\d", on(LV, "datum", day))) == (day < LV_REDESIGN)
        assert on(VP, "datum", day).startswith("Publikováno") == (day >= VP_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for day in every_day():
        season = on(FQ, "season", day)
        assert f"{day:%A} {day.day} {day:%B}:" in season
        shoot = in_season(day) not in ([], ["duck and geese below the high-water mark"])
        sunday = day.weekday() == 6 or (day.month, day.day) == (12, 25)
        assert ("Sunday or on Christmas Day" in season) == (shoot and sunday), day
        mond = on(JH, "mond", day)
        full = next_full_moon(day)
        assert f"Vollmond {full.day:02d}.{full.month:02d}." in mond
        assert 0 <= (full - day).days <= 30
    weekly = changes(JH, "wildbret")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    assert found(JH, "wildbret", r"KW (\d+)/") == {str(n) for n in range(1, 54)}
    early = [wildbret(d(2015, 1, 5) + k * 7 * one)[0] for k in range(52)]
    late = [wildbret(d(2020, 9, 14) + k * 7 * one)[0] for k in range(16)]
    assert min(early) > max(late)  # boar prices fell with African swine fever
    monthly = changes(IL, "monat")
    assert monthly == {d(y, m, 1) for y in YEARS for m in range(1, 13)} - {FIRST_DAY}
    weights = [float(m[1].replace(",", ".")) for t in group_lines(SET, CP, "tehtnica")
               if (m := re.search(r": ([+-]?\d,\d) kg", norm(t)))]
    assert weights and all(-2 <= w <= 3 for w in weights)


def test_open_and_closed_seasons() -> None:
    assert "no game birds may be shot on a Sunday" in on(FQ, "season", d(2018, 8, 12))
    assert on(FQ, "season", d(2018, 8, 13)).endswith(": red grouse, snipe.")
    assert "Christmas Day" in on(FQ, "season", d(2019, 12, 25))
    assert "below the high-water mark" in on(FQ, "season", d(2019, 2, 12))
    assert "closed season" in on(FQ, "season", d(2019, 3, 1))
    for y in YEARS:
        assert "pheasant" in on(FQ, "season", d(y, 10, 1) + one * (d(y, 10, 1).weekday() == 6))
    steps_de = {(1, 1), (2, 1), (5, 1), (8, 1), (10, 16)}
    assert changes(JH, "jagdzeit") == {d(y, m, dd) for y in YEARS for m, dd in steps_de}
    assert "Rehbock" in on(JH, "jagdzeit", d(2019, 5, 1))
    steps_si = {(1, 1), (5, 1), (8, 16), (9, 1), (11, 1)}
    assert changes(LV, "lovna-doba") == {d(y, m, dd) for y in YEARS for m, dd in steps_si}
    assert changes(WB, "swarm") == {d(y, m, 1) for y in YEARS for m in (4, 8)}
    assert "Seen a swarm" in on(WB, "swarm", d(2019, 5, 20))
    assert "back on call from April" in on(WB, "swarm", d(2019, 2, 20))


def test_licence_fee_and_dues_by_year() -> None:
    assert changes(FQ, "fees") == {d(2015, 4, 21)}
    assert "£50 grant" in on(FQ, "fees", d(2015, 4, 20))
    assert "£88 grant" in on(FQ, "fees", d(2015, 4, 21))
    for domain, family, (month, day), first in DUES:
        days = {d(y, month, day) for y in range(first, 2021)}
        assert changes(domain, family) == days, (domain, family)
    for y in YEARS:
        assert f"{y}/{y + 1}: " in on(NJ, "avgift", d(y, 7, 1))
        assert f"{y - 1}/{y}: " in on(NJ, "avgift", d(y, 6, 30))
        assert f"{y}–{y + 1} on " in on(SM, "riistanhoitomaksu", d(y, 8, 1))
        assert f"{y}: " in on(OH, "prispevek", d(y, 6, 1))
    assert "39 euroa" in on(SM, "riistanhoitomaksu", d(2016, 8, 1))
    assert "33 euroa" in on(SM, "riistanhoitomaksu", d(2016, 7, 31))
    assert "1 150 Kč" in on(OH, "prispevek", d(2020, 6, 1))
    values = {m[1] for t in group_lines(SET, FQ, "dues") if (m := re.search(r"(£\d+)", t))}
    assert len(values) >= 3


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    # A British shooting association.
    for y in YEARS:
        opening = grouse_opening(y)
        assert f"grouse shooting opens on {opening:%A} {opening.day} August" in on(
            FQ, "notice", opening - 3 * one), y
    assert "General licences" in on(FQ, "notice", GL_REVOKED[0])
    assert "General licences" in on(FQ, "notice", GL_REVOKED[1])
    assert "Avian influenza" in on(FQ, "notice", d(2017, 1, 15))
    assert "Coronavirus" in on(FQ, "notice", d(2020, 4, 1))
    assert "second lockdown" in on(FQ, "notice", d(2020, 11, 20))
    assert "housing order" in on(FQ, "notice", LAST_DAY)
    # African swine fever.
    assert "Tschechien" in on(JH, "asp", ASP_CZ[0]) and "Belgien" in on(JH, "asp", ASP_BE[1])
    assert "Brandenburg" in on(JH, "asp", ASP_DE) and "Brandenburg" in on(JH, "asp", LAST_DAY)
    assert "Zlínsku" in on(OH, "amp", AMP_ZLIN[0]) and "Zlínsku" in on(OH, "amp", AMP_ZLIN[1])
    assert "prosté" in on(OH, "amp", AMP_VOLNO[0]) and "Německu" in on(OH, "amp", LAST_DAY)
    assert "Nemčiji" in on(LV, "obvestila", ASP_DE)
    # Openings of the hunting seasons.
    for y in YEARS:
        assert f"{BJORNAR[y]} björnar" in on(NJ, "premiar", d(y, 8, 21)), y
        assert f"måndag {moose_north(y).day} september {y}" in on(NJ, "premiar",
                                                                  moose_north(y)), y
        assert f"måndag {moose_south(y).day} oktober {y}" in on(NJ, "premiar",
                                                                moose_south(y)), y
        assert f"lodjur från 1 mars {y}" in on(NJ, "premiar", d(y, 3, 5)), y
        assert f"20.8.{y} klo 12" in on(SM, "ajankohtaista", d(y, 8, 20)), y
        assert f"10.9.{y}" in on(SM, "ajankohtaista", d(y, 9, 10)), y
        assert f"lauantaina {moose_fi(y).day}.9.{y}" in on(SM, "ajankohtaista", moose_fi(y)), y
    assert "Coronaviruset" in on(NJ, "premiar", d(2020, 4, 1))
    assert "Koronavirus" in on(SM, "ajankohtaista", d(2020, 4, 1))
    # Trials, balls, game and trophy shows, masses and meetings.
    for y in YEARS:
        assert f"Jagdhunde {y}: Samstag, {dog_trial(y).day}. September" in on(
            JH, "termine", dog_trial(y)), y
        assert f"Hegeschau {y}: Sonntag, {game_show(y).day}. März" in on(
            JH, "termine", game_show(y)), y
        assert f"ples {y}: sobota {hunters_ball(y).day}. února" in on(
            OH, "pozvanka", hunters_ball(y)), y
        assert f"Svatohubertská mše {y}" in on(OH, "pozvanka", d(y, 11, 3)), y
        assert f"Občni zbor bo v soboto, {annual_assembly_si(y).day}. marca {y}" in on(
            LV, "obvestila", annual_assembly_si(y)), y
        assert f"Årsmöte {y}: söndag {annual_meeting_se(y).day} mars" in on(
            VM, "traffar", annual_meeting_se(y)), y
        assert f"Honungsmarknad lördag {honey_market(y).day} september {y}" in on(
            VM, "traffar", honey_market(y)), y
        assert f"juhannusaattona {midsummer_eve(y).day}.6.{y}" in on(
            HK, "tapahtumat", midsummer_eve(y)), y
        assert f"Tradicionalni slovenski zajtrk, petek, {slovenian_breakfast(y).day}." in on(
            CP, "dogodki", slovenian_breakfast(y)), y
        assert f"Lehrbienenstand am Samstag, {tag_der_imkerei(y).day}. Juli" in on(
            IL, "termine", tag_der_imkerei(y)), y
        assert f"Honigprämierung {y}" in on(IL, "termine", d(y, 10, 10)), y
        if y < 2020:
            assert f"přehlídka trofejí {y}" in on(OH, "pozvanka", trophy_show(y)), y
            assert f"Honey Show {y}: Saturday {honey_show(y).day} September" in on(
                WB, "events", honey_show(y)), y
            assert f"Thursday {national_honey_show(y).day} October" in on(
                WB, "events", national_honey_show(y)), y
            assert f"Kevättalkoot lauantaina {spring_work_day(y).day}.5.{y}" in on(
                HK, "tapahtumat", spring_work_day(y)), y
            assert f"nedeljo, {hubert_mass_si(y).day}. novembra {y}" in on(
                LV, "obvestila", hubert_mass_si(y)), y
    assert "nekoná" in on(OH, "pozvanka", trophy_show(2020))
    assert "No honey show this year" in on(WB, "events", honey_show(2020))
    assert "Zoom" in on(WB, "events", LAST_DAY)
    assert "koronaviruksen" in on(HK, "tapahtumat", spring_work_day(2020))
    assert found(CP, "dogodki", r"pobudo za svetovni dan čebel 20\. maja \((\d{4})\)") == {
        "2016", "2017"}
    assert found(CP, "dogodki", r"20\. maj (\d{4}) – svetovni dan čebel") == {"2018", "2019"}
    # Spring thaw weight limits.
    for y, (first, last) in KELIRIKKO.items():
        for day in (dt.date.fromisoformat(first), dt.date.fromisoformat(last)):
            assert "painorajoitus 8 tonnia" in on(HK, "tiekunta", day) and str(y) in on(
                HK, "tiekunta", day), y
        assert "Kelirikko" not in on(HK, "tiekunta", dt.date.fromisoformat(last) + one)


def test_disease_notices_and_treatment_windows() -> None:
    assert "Huda gniloba" in on(CP, "zdravstvo", CP_GNILOBA[0])
    assert "Huda gniloba" in on(CP, "zdravstvo", CP_GNILOBA[1])
    for y in YEARS:
        assert f"do 31. decembra {y}" in on(CP, "zdravstvo", d(y, 12, 1)), y
        assert f"Winterbehandlung {y}" in on(IL, "varroa", d(y, 12, 20)), y
        assert f"do 15. února {y}" in on(VP, "vcelstva", d(y, 2, 1)), y
        assert f"do 15. září {y}" in on(VP, "vcelstva", d(y, 9, 10)), y
        assert f"do 30. listopadu {y}" in on(VP, "vcelstva", d(y, 11, 20)), y
        if y != 2016:
            assert f"do 31. avgusta {y}" in on(CP, "zdravstvo", d(y, 8, 20)), y
        if y not in (2016, 2019):
            assert f"Sommerbehandlung {y}" in on(IL, "varroa", d(y, 8, 20)), y
        if y != 2017:
            assert f"({y})" in on(VM, "bisjukdom", d(y, 8, 20)), y
    for first, last in IL_FAULBRUT:
        seit = f"seit {first.day}.{first.month}.{first.year}"
        assert seit in on(IL, "varroa", first) and seit in on(IL, "varroa", last)
    assert "yngelröta" in on(VM, "bisjukdom", d(2017, 8, 20))
    assert "Mor včelího plodu" in on(VP, "vcelstva", VP_MOR[0])
    assert "Gloucestershire" in on(WB, "hornet", d(2016, 10, 1))
    assert "nests found" in on(WB, "hornet", d(2018, 9, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FQ, "byline", FQ_REDESIGN, "By {author}", "{author_beat}"),
        (FQ, "notice", FQ_JOIN, "Association today", "🎯"),
        (JH, "autor", JH_RELAUNCH, "Von {author}", "Text und Foto"),
        (JH, "asp", JH_MELDEN, "Fallwild?", "Früherkennung"),
        (NJ, "av", NJ_REDESIGN, "Av {author}", "Foto: {foto}"),
        (NJ, "premiar", NJ_JAKTKORT, "jaktförordningen", "statligt jaktkort"),
        (SM, "ajankohtaista", SM_OMARIISTA, "tapahtumakalenterista", "Oma riista"),
        (IL, "datenschutz", DSGVO, "Cookies", "DSGVO"),
        (WB, "hornet", WB_HORNET_APP, "Non-Native Species", "Asian Hornet Watch"),
        (HK, "tiekunta", YKSITYISTIELAKI, "toimitsijaan", "yksityistielaki")))
    assert_groups_reworded(SET, (
        (FQ, "dated", " 20", " · "),
        (FQ, "byline", "By ", ", "),
        (JH, "datum", ".", ", "),
        (NJ, "datum", "Publicerad", "Uppdaterad"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (JH, "mond", r"[äöüß]"), (IL, "varroa", r"[äöüß]"), (NJ, "viltolycka", r"[åäö]"),
        (SM, "lehti", r"[äö]"), (OH, "pojisteni", r"[ěščřžýáíéůú]"),
        (VP, "prispevek", r"[ěščřžýáíéůú]"), (CP, "kranjska", r"[čšž]"),
        (LV, "lovna-doba", r"[čšž]")))
    assert any(re.search(r"\d\. (ledna|února|března|dubna|května|června|července|srpna|září|"
                         r"října|listopadu|prosince) 20", t)
               for t in group_lines(SET, OH, "datum"))
    assert any("kesäkuuta" in t or "heinäkuuta" in t or "elokuuta" in t
               for t in group_lines(SET, HK, "pvm"))
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", norm(t)) for t in group_lines(SET, VM, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FQ}/dated", f"{FQ}/byline", f"{FQ}/related", f"{FQ}/kicker",
                         f"{FQ}/photo", f"{FQ}/copyright", f"{FQ}/season", f"{JH}/datum",
                         f"{JH}/mond", f"{NJ}/datum", f"{SM}/pvm"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FQ}/about", f"{FQ}/company", f"{JH}/impressum", f"{NJ}/viltolycka",
        f"{NJ}/kontakt", f"{OH}/sekretariat"))
    assert_carried_share(docs, FQ, [
        ("dated", 0.8, 0.98), ("related", 0.4, 0.75), ("correction", 0.0, 0.1),
        ("season", 0.15, 0.45), ("members", 0.03, 0.25), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, JH, [("datum", 0.75, 0.98), ("copyright", 0.2, 0.5),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{FQ}/related", f"{FQ}/advert", f"{JH}/anzeige", f"{NJ}/annons",
                f"{SM}/mainos"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((FQ, "photo"), (JH, "foto"), (JH, "lesen"), (NJ, "bild"),
                               (SM, "kuva"), (OH, "foto"), (CP, "foto"), (WB, "see-also")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FQ, "correction", 16), (JH, "korrektur"), (NJ, "rattelse"), (SM, "korjaus"),
        (OH, "oprava"), (CP, "popravek"), (WB, "update"), (IL, "korrektur"),
        (VM, "rattelse"), (HK, "korjaus"), (LV, "popravek"), (VP, "oprava")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FQ}/related", "Related: "), (f"{JH}/lesen", "Lesen Sie auch: "),
        (f"{NJ}/las", "Läs också: "), (f"{SM}/lue", "Lue myös: "),
        (f"{OH}/ctete", "Čtěte také: "), (f"{CP}/preberite", "Preberite tudi: "),
        (f"{WB}/see-also", "See also: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (FQ, "advert", "Advertisement"), (FQ, "members", "MEMBERS ONLY"),
        (JH, "anzeige", "Anzeige"), (NJ, "annons", "Annons"), (SM, "mainos", "Mainos"),
        (OH, "reklama", "Reklama"), (CP, "oglas", "Oglas")))
    assert_group_values_from_pool(SET, (
        (FQ, "kicker", "kicker"), (JH, "rubrik", "rubrik"), (NJ, "kategori", "kategori"),
        (SM, "osio", "osio"), (OH, "rubrika", "rubrika"), (CP, "rubrika", "rubrika")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (FQ, "advert", "Advertisement"),
        (JH, "anzeige", "Anzeige"),
        (NJ, "viltolycka", "Viltolycka? Ring 112 och märk ut platsen där djuret blev "
                           "påkört.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FQ: (["about", "company", "copyright"], 3),
        JH: (["gruss", "impressum", "copyright"], 2),
        NJ: (["nyhetsbrev", "kontakt", "copyright"], 2),
        SM: (["lehti", "yhteys", "copyright"], 2),
        OH: (["pojisteni", "sekretariat", "copyright"], 2),
        CP: (["kranjska", "kontakt", "copyright"], 2),
        WB: (["charity", "copyright"], 2),
        IL: (["impressum", "datenschutz", "copyright"], 2),
        VM: (["forening", "copyright"], 2),
        HK: (["vuokraus", "leader", "yhteys"], 2),
        LV: (["pozdrav", "dom", "kontakt"], 2)})


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
