"""The held-back-143 template set (`tests.bench.heldout_templates_143`): its localised dates
(printed day by day in British and American English with Eastern standard and daylight time,
German, French, Finnish with the weekday in the essive, Norwegian, Spanish and Japanese with
the Heisei and Reiwa eras, several changing form on the day of a redesign), the lines that
turn every day (the moon's phase and light, a tide table, the surf temperature) and every
month (sowing calendars), the notices that follow the seasons (hunting seasons, Finnish
openers, the river close season, Norway's ban on fires, avalanches and storms, processionary
caterpillars, the allotment year) and the calendars (flower shows, Jagd & Hund, the UTMB,
Easter, San Antón, fireworks nights, the 2020 lockdowns, African swine fever), the licence,
fee and price amounts that change over the years, the disclaimers reworded in 2016-2020, the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_143 import (
    AC_MEMBERSHIP,
    ASP,
    CHELSEA,
    CS_AFFILIATION,
    CS_REDESIGN,
    CS_SECURITE,
    EV_REDESIGN,
    EV_TILAA,
    FIRST_DAY,
    FJELLVETT,
    FV_ABONNEMENT,
    FV_REDESIGN,
    HAMPTON,
    JAGD_UND_HUND,
    JAGDZEITEN,
    KALASTUSMAKSU,
    KG_HINWEISE,
    KG_PACHT,
    LAST_DAY,
    LUCYS_LAW,
    MN_REDESIGN,
    MN_TEIKI,
    MOND_DE,
    MOON_EN,
    MS_REDESIGN,
    MS_SEGURO,
    PP_REDESIGN,
    PP_REVIEWED,
    REIWA,
    ROD_LICENCE,
    RR_PROBEABO,
    RR_REDESIGN,
    SHOHIZEI,
    SOW_NOW,
    STRIPED_BASS,
    TANEMAKI,
    TT_AFFILIATE,
    TT_REDESIGN,
    TT_SUBSCRIBE,
    UTMB,
    WG_AFFILIATE,
    WG_REDESIGN,
    WG_SUBSCRIBE,
    firearms_opener,
    hirvi_opener,
    last_saturday,
    moon_light,
    moon_phase,
    surf_temp,
    tide_times,
    us_daylight,
    wareki,
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

SET = "held-back-143"
SITES = ("The Walled Garden", "Timber & Tide", "Revier & Rute", "Cimes et Sentiers",
         "Erä ja Vesi", "Fjell og Vidde", "Mascota Sana", "みどりの庭通信", "Pawprint News",
         "The Inlet Report", "KGV Sonnenwiese", "Wyebank Anglers")
WG, TT, RR, CS = ("thewalledgarden.co.uk", "timberandtide.com", "revier-und-rute.de",
                  "cimesetsentiers.fr")
EV, FV, MS, MN = ("erajavesi.fi", "fjellogvidde.no", "mascotasana.es", "midori-niwa.jp")
PP, IR, KG, AC = ("pawprintnews.co.uk", "inletreport.com", "kgv-sonnenwiese.de",
                  "wyebankanglers.org.uk")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WG, "dated"), (TT, "dated"), (RR, "datum"), (CS, "date"), (EV, "paivays"),
         (FV, "dato"), (MS, "fecha"), (MN, "hizuke"), (PP, "dated"), (IR, "dated"),
         (KG, "stand"), (AC, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((TT, "solunar"), (RR, "mond"), (IR, "tides"), (IR, "surf-temp"))
# The notices that follow calendars and seasons.
BANNERS = ((WG, "appeal"), (TT, "season"), (RR, "hinweis"), (CS, "saison"), (EV, "kausi"),
           (FV, "varsel"), (MS, "aviso"), (PP, "seasonal"), (KG, "hinweis"),
           (AC, "close-season"))
# Lines that change on the same days each year.
SEASONS = ((WG, "sow-now", SOW_NOW), (RR, "jagdzeit", JAGDZEITEN), (MN, "tanemaki", TANEMAKI))
# Amounts in force from given days.
TABLES = ((WG, "subscribe", WG_SUBSCRIBE), (TT, "subscribe", TT_SUBSCRIBE),
          (EV, "maksu", KALASTUSMAKSU), (FV, "abonnement", FV_ABONNEMENT),
          (MS, "seguro", MS_SEGURO), (MN, "teiki", MN_TEIKI), (IR, "striper", STRIPED_BASS),
          (KG, "pacht", KG_PACHT), (AC, "licence", ROD_LICENCE),
          (AC, "membership", AC_MEMBERSHIP))

QUIET = d(2015, 3, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WG: "Never miss an issue: get the magazine delivered to your door",
    TT: "Off-season: sight in, scout and get your licenses early",
    RR: "Jetzt testen: 3 Ausgaben Revier & Rute für nur 9,90 €",
    CS: "❄️ Saison d'hiver : consultez le bulletin d'estimation du risque d'avalanche (BERA) "
        "avant toute sortie",
    EV: "Tilaa Erä ja Vesi kotiisi – 10 numeroa vuodessa",
    FV: "❄️ Sjekk skredvarselet på varsom.no før du legger ut på tur",
    MS: "🐛 Temporada de procesionaria: evita los pinares en los paseos y acude al veterinario "
        "si tu perro la toca",
    PP: "From 6 April 2016 every dog in England must be microchipped: find out more",
    KG: "Bitte Pacht und Umlagen bis zum 31. März auf das Vereinskonto überweisen.",
    AC: "River and lake stretches are open to members. Please fill in your catch returns.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in SEASONS + TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 8, 1), d(2018, 5, 22), d(2019, 5, 1),
        d(2019, 10, 1), d(2020, 4, 12), d(2020, 9, 10), LAST_DAY))


def test_helpers() -> None:
    # Full moons on 5 January 2015 and 16 July 2019, new moons on 2 July 2019 (an eclipse)
    # and 21 June 2020.
    for day, phase in ((d(2015, 1, 5), 4), (d(2019, 7, 16), 4), (d(2019, 7, 2), 0),
                       (d(2020, 6, 21), 0)):
        assert moon_phase(day) == phase, day
        assert moon_light(day) >= 97 if phase == 4 else moon_light(day) <= 3
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert us_daylight(d(2019, 11, 2)) and not us_daylight(d(2019, 11, 3))
    assert wareki(d(2019, 4, 30)) == "平成31年" and wareki(REIWA) == "令和元年"
    assert wareki(d(2016, 3, 5)) == "平成28年" and wareki(d(2020, 1, 1)) == "令和2年"
    assert last_saturday(2020, 9) == hirvi_opener(2020) == d(2020, 9, 26)
    assert hirvi_opener(2015) == d(2015, 9, 26) and hirvi_opener(2018) == d(2018, 9, 29)
    assert [firearms_opener(y) for y in (2015, 2019, 2020)] == [
        d(2015, 11, 21), d(2019, 11, 23), d(2020, 11, 21)]
    for day in (FIRST_DAY, d(2017, 8, 13), d(2020, 2, 29)):
        highs, lows = tide_times(day)
        assert 1 <= len(highs) <= 2 and 1 <= len(lows) <= 2 and len(highs + lows) >= 3
        assert all(0 <= t < 1440 for t in highs + lows)
        later, _ = tide_times(day + one)
        assert 40 <= (later[0] - highs[0]) % 745 <= 60
    temps = [surf_temp(day) for day in every_day()]
    assert 34 <= min(temps) <= 42 and 70 <= max(temps) <= 78
    assert surf_temp(d(2018, 8, 5)) > surf_temp(d(2018, 2, 5)) + 25


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WG, "dated", old, "5 March 2016")
    full(WG, "dated", new, r"Friday 19 June 2020 · \d+ min read")
    full(TT, "dated", old, "March 5, 2016")
    full(TT, "dated", new, rf"Updated June 19, 2020, {clock12} EDT")
    full(TT, "dated", winter, rf"Updated Dec\. 7, 2020, {clock12} EST")
    full(TT, "dated", d(2019, 9, 2), rf"Updated Sept\. 2, 2019, {clock12} EDT")
    full(TT, "solunar", new, rf"Solunar outlook for June 19: {MOON_EN[moon_phase(new)]}, "
                             rf"{moon_light(new)}% illuminated")
    full(RR, "datum", old, r"05\.03\.2016")
    full(RR, "datum", new, rf"Fr\., 19\. Juni 2020 · {clock} Uhr")
    full(RR, "mond", new, rf"Mond am 19\.06\.: {MOND_DE[moon_phase(new)]}, "
                          rf"{moon_light(new)} % beleuchtet")
    full(CS, "date", old, "Publié le 5 mars 2016")
    full(CS, "date", new, rf"Ven\. 19 juin 2020 · {clock}")
    full(EV, "paivays", old, rf"5\.3\.2016 {clock}")
    full(EV, "paivays", new, "Julkaistu perjantaina 19. kesäkuuta 2020")
    full(FV, "dato", old, rf"Publisert 05\.03\.2016 {clock}")
    full(FV, "dato", new, rf"Oppdatert fredag 19\. juni 2020 kl\. {clock}")
    full(MS, "fecha", old, rf"05/03/2016 {clock}h")
    full(MS, "fecha", new, rf"Actualizado el viernes, 19 de junio de 2020, a las {clock}")
    full(MN, "hizuke", old, r"2016\.03\.05")
    full(MN, "hizuke", d(2019, 4, 30), "平成31年4月30日（火）")
    full(MN, "hizuke", REIWA, "令和元年5月1日（水）")
    full(MN, "hizuke", new, "令和2年6月19日（金）")
    full(PP, "dated", old, "05/03/2016")
    full(PP, "dated", new, "Published 19 Jun 2020")
    full(IR, "dated", new, "Fishing report for Friday, June 19, 2020")
    full(IR, "tides", new, rf"Tides at Manasquan Inlet, 6/19: High {clock12}(, {clock12})? · "
                           rf"Low {clock12}(, {clock12})?")
    full(IR, "surf-temp", new, r"Surf temperature at Point Pleasant Beach \(6/19\): \d\d°F")
    full(KG, "stand", new, r"Stand: 19\.06\.2020")
    full(AC, "dated", new, "Posted on 19th June 2020 by Ada Brook")
    for day, nth in ((d(2020, 6, 1), "1st"), (d(2020, 6, 2), "2nd"), (d(2020, 6, 3), "3rd"),
                     (d(2020, 6, 11), "11th"), (d(2020, 6, 22), "22nd")):
        assert on(AC, "dated", day).startswith(f"Posted on {nth} June 2020"), day


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The moon, the tides and the surf name the day but not the year: they turn every day.
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WG, "dated", day).endswith("min read") == (day >= WG_REDESIGN)
        assert on(TT, "dated", day).startswith("Updated") == (day >= TT_REDESIGN)
        assert ("Uhr" in on(RR, "datum", day)) == (day >= RR_REDESIGN)
        assert on(CS, "date", day).startswith("Publié") == (day < CS_REDESIGN)
        assert on(EV, "paivays", day).startswith("Julkaistu") == (day >= EV_REDESIGN)
        assert on(FV, "dato", day).startswith("Oppdatert") == (day >= FV_REDESIGN)
        assert on(MS, "fecha", day).startswith("Actualizado") == (day >= MS_REDESIGN)
        hizuke = on(MN, "hizuke", day)
        assert ("年" in hizuke) == (day >= MN_REDESIGN)
        assert hizuke.startswith("令和") == (day >= REIWA)
        assert hizuke.startswith("平成") == (MN_REDESIGN <= day < REIWA)
        assert on(PP, "dated", day).startswith("Published") == (day >= PP_REDESIGN)
        if day >= TT_REDESIGN:
            assert on(TT, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_month() -> None:
    for domain, family, steps in SEASONS:
        days = {d(y, int(md[:2]), int(md[3:])) for y in range(2015, 2021) for md, _ in steps}
        assert changes(domain, family) == days, (domain, family)
        for md, text in steps:
            assert on(domain, family, d(2018, int(md[:2]), int(md[3:]))) == text
    assert on(WG, "sow-now", d(2015, 1, 1)) != template(SET, WG, "sow-now", d(2014, 12, 31))
    for day in every_day():
        phase = moon_phase(day)
        assert MOON_EN[phase] in on(TT, "solunar", day)
        assert MOND_DE[phase] in on(RR, "mond", day)
        if phase == 4:
            assert moon_light(day) >= 85
        if phase == 0:
            assert moon_light(day) <= 15
    phases = [moon_phase(day) for day in every_day()]
    assert sum(a == 4 != b for a, b in zip(phases, phases[1:], strict=False)) in range(72, 76)
    lights = {m[1] for t in group_lines(SET, TT, "solunar")
              if (m := re.search(r"(\d+)% illuminated", norm(t)))}
    assert len(lights) >= 8
    highs = [t for t in group_lines(SET, IR, "tides") if "High" in t]
    assert len(highs) >= 5 and len(set(highs)) == len(highs)


def test_notices_follow_the_seasons() -> None:
    for y in range(2015, 2021):
        opener = firearms_opener(y)
        assert f"opens Saturday, Nov. {opener.day}" in on(TT, "season", opener - 3 * one), y
        assert "Firearms deer season is open" in on(TT, "season", opener + 7 * one), y
        assert "turkey" in on(TT, "season", d(y, 4, 20)), y
        assert "Dove" in on(TT, "season", d(y, 9, 15)), y
        assert "Archery" in on(TT, "season", d(y, 10, 10)), y
        assert "Off-season" in on(TT, "season", d(y, 7, 4)), y
        assert "Rehbock hat Schonzeit" in on(RR, "jagdzeit", d(y, 11, 1)), y
        assert "Rehbock und Schmalreh" in on(RR, "jagdzeit", d(y, 6, 1)), y
        assert "BERA" in on(CS, "saison", d(y, 1, 20)), y
        assert "orages" in on(CS, "saison", d(y, 7, 20)), y
        assert "bålforbud" in on(FV, "varsel", d(y, 8, 1)), y
        assert "skredvarselet" in on(FV, "varsel", d(y, 2, 1)), y
        assert "bålforbud" not in on(FV, "varsel", d(y, 9, 16)), y
        assert "procesionaria" in on(MS, "aviso", d(y, 3, 1)), y
        assert "Ola de calor" in on(MS, "aviso", d(y, 8, 1)), y
        assert "close season is on" in on(AC, "close-season", d(y, 3, 15)), y
        assert "close season is on" in on(AC, "close-season", d(y, 6, 15)), y
        assert "are open" in on(AC, "close-season", d(y, 6, 16)), y
        assert "are open" in on(AC, "close-season", d(y, 3, 14)), y
        if y > 2015:
            assert "hot cars" in on(PP, "seasonal", d(y, 7, 15)), y
    assert changes(AC, "close-season") == {d(y, m, dd) for y in range(2015, 2021)
                                           for m, dd in ((3, 15), (6, 16))}
    steps = {d(y, int(md[:2]), int(md[3:])) for y in range(2015, 2021) for md, _ in KG_HINWEISE}
    corona = {d(2020, 3, 16), d(2020, 7, 1)}
    assert changes(KG, "hinweis") == (steps - {d(2020, 4, 1), d(2020, 5, 8), d(2020, 5, 16)}
                                      | corona)
    assert "Vereinsheim" in on(KG, "hinweis", d(2020, 5, 12))
    assert "Eisheilige" in on(KG, "hinweis", d(2019, 5, 12))
    assert "abgestellt" in on(KG, "hinweis", d(2018, 10, 20))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, (first, last) in CHELSEA.items():
        assert f"Chelsea Flower Show {y}" in on(WG, "appeal", iso(first)), y
        assert f"Chelsea Flower Show {y}" in on(WG, "appeal", iso(last)), y
        assert f"Chelsea Flower Show {y}" not in on(WG, "appeal", iso(last) + one), y
    for y, (first, _) in HAMPTON.items():
        assert f"Hampton Court Palace Garden Festival {y}" in on(WG, "appeal", iso(first)), y
    assert "goes virtual" in on(WG, "appeal", d(2020, 5, 20))
    assert "Garden centres are closed" in on(WG, "appeal", d(2020, 4, 20))
    for y, (first, last) in JAGD_UND_HUND.items():
        assert f"Jagd & Hund {y}" in on(RR, "hinweis", iso(first)), y
        assert f"Jagd & Hund {y}" in on(RR, "hinweis", iso(last)), y
    assert all("Schweinepest" in on(RR, "hinweis", day) for day in every_day() if day >= ASP)
    assert "Schweinepest" not in on(RR, "hinweis", ASP - one)
    assert "Corona" in on(RR, "hinweis", d(2020, 4, 1))
    assert found(CS, "saison", r"UTMB (\d{4}) :") == {str(y) for y in UTMB}
    for y, day in UTMB.items():
        assert f"UTMB {y}" in on(CS, "saison", iso(day)), y
    assert "Confinement" in on(CS, "saison", d(2020, 4, 15))
    assert "100 km" in on(CS, "saison", d(2020, 5, 20))
    assert "n'aura pas lieu" in on(CS, "saison", d(2020, 8, 28))
    for y in range(2015, 2021):
        assert f"Sorsastus alkaa {y}" in on(EV, "kausi", d(y, 8, 20)), y
        assert f"Kanalintujen metsästys alkaa {y}" in on(EV, "kausi", d(y, 9, 10)), y
        assert (f"Hirvenmetsästys alkaa lauantaina {hirvi_opener(y).day}. syyskuuta {y}"
                in on(EV, "kausi", hirvi_opener(y))), y
        assert f"San Antón {y}" in on(MS, "aviso", d(y, 1, 17)), y
        assert f"Fireworks season {y}" in on(PP, "seasonal", d(y, 11, 5)), y
        assert f"see in {y + 1}" in on(PP, "seasonal", d(y, 12, 31)), y
        if y < 2020:
            assert f"God påske {y}" in on(FV, "varsel", easter(y)), y
            assert f"God påske {y}" in on(FV, "varsel", easter(y) - 7 * one), y
    assert "Hytteforbudet" in on(FV, "varsel", easter(2020))
    assert "Uudenmaan" in on(EV, "kausi", d(2020, 4, 1))
    assert "Estado de alarma" in on(MS, "aviso", d(2020, 4, 1))
    assert "microchipped" in on(PP, "seasonal", PP_REDESIGN - one)
    assert "microchip up to date" in on(PP, "seasonal", PP_REDESIGN)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WG, "byline", WG_REDESIGN, "Words {author}", "Photography"),
        (WG, "affiliate", WG_AFFILIATE, "We may earn", "Our experts"),
        (TT, "affiliate", TT_AFFILIATE, "may receive a commission", "pick every product"),
        (RR, "hinweis", RR_PROBEABO, "9,90 €", "Taschenmesser"),
        (CS, "securite", CS_SECURITE, "ne remplacent pas", "à titre indicatif"),
        (CS, "affiliation", CS_AFFILIATION, "astérisque", "liens affiliés"),
        (EV, "kausi", EV_TILAA, "kotiisi", "näköislehti"),
        (FV, "fjellvett", FJELLVETT, "Legg ikke ut", "Vend i tide"),
        (MS, "veterinario", MS_REDESIGN, "orientativo", "divulgativa"),
        (PP, "reviewed", PP_REVIEWED, "our vet team", "{vet}"),
        (PP, "breeder", LUCYS_LAW, "paid adverts", "Lucy's Law")))
    assert_groups_reworded(SET, (
        (WG, "dated", " 20", "min read"),
        (TT, "dated", ", 20", "Updated "),
        (WG, "byline", "Words ", "Photography: "),
        (RR, "datum", ".", "Uhr"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "10,368円" in on(MN, "teiki", SHOHIZEI - one)
    assert "10,560円" in on(MN, "teiki", SHOHIZEI)
    assert on(EV, "maksu", d(2015, 6, 1)).startswith("Kalastuksenhoitomaksu 24 €")
    assert on(EV, "maksu", d(2016, 6, 1)).startswith("Kalastonhoitomaksu 39 €")
    assert "35\"" in on(IR, "striper", d(2020, 6, 1))
    assert "£30 a year" in on(AC, "licence", LAST_DAY)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (MN, "hizuke", r"[年.]"), (MN, "jiten", r"[\u3040-\u30ff]"),
        (MN, "category", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (RR, "gewaehr", r"[äöüß]"), (CS, "lire", r"^À"),
        (MS, "veterinario", r"[áéíóúñ]"), (EV, "paivays", r"\d"),
        (FV, "fjellvett", r"[æøå]"), (KG, "ruhezeiten", r"[äöüß]")))
    assert any(t.startswith("令和") for t in group_lines(SET, MN, "hizuke"))
    assert any(t.startswith("平成") for t in group_lines(SET, MN, "hizuke"))
    assert any("äivä" in t or "ina " in t for t in group_lines(SET, EV, "paivays"))
    assert any("Ä" in t or "ä" in t for t in group_lines(SET, EV, "kausi") + group_lines(
        SET, EV, "maksu") + group_lines(SET, EV, "turvallisuus"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WG}/dated", f"{WG}/byline", f"{WG}/related", f"{WG}/kicker",
                         f"{WG}/caption", f"{WG}/copyright", f"{WG}/sow-now", f"{TT}/dated",
                         f"{TT}/solunar", f"{TT}/related", f"{RR}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WG}/publisher", f"{WG}/copyright", f"{TT}/regs", f"{TT}/copyright",
        f"{RR}/gewaehr", f"{RR}/impressum"))
    assert_carried_share(docs, WG, [
        ("dated", 0.88, 1.0), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("subscribe", 0.04, 0.25), ("appeal", 0.15, 0.45)])
    assert_carried_share(docs, TT, [("byline", 0.6, 0.85), ("solunar", 0.1, 0.35),
                                    ("correction", 0.0, 0.1)])
    for fam in (f"{WG}/related", f"{WG}/advert", f"{TT}/related", f"{TT}/advert",
                f"{RR}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WG, "caption"), (TT, "gear"), (RR, "lesen"), (CS, "fiche"),
                               (EV, "lue"), (FV, "les"), (MS, "raza"), (MN, "kanren")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WG, "correction", 12), (TT, "correction"), (RR, "korrektur"), (CS, "erratum"),
        (EV, "korjaus"), (FV, "rettelse"), (MS, "errata"), (MN, "teisei"),
        (PP, "clarification"), (IR, "correction"), (KG, "korrektur"), (AC, "update")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WG}/related", "Related: "), (f"{TT}/related", "RELATED: "),
        (f"{RR}/lesen", "Lesen Sie auch: "), (f"{CS}/lire", "À lire aussi : "),
        (f"{EV}/lue", "Lue myös: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (WG, "advert", "Advertisement"), (TT, "advert", "ADVERTISEMENT"),
        (RR, "anzeige", "Anzeige"), (RR, "waidmannsheil", "Waidmannsheil!"),
        (CS, "publicite", "Publicité"), (EV, "mainos", "Mainos"), (FV, "annonse", "Annonse"),
        (PP, "advert", "Advert"), (IR, "tight-lines", "Tight lines!"),
        (AC, "tight-lines", "Tight lines!")))
    assert_group_values_from_pool(SET, (
        (WG, "kicker", "kicker"), (TT, "category", "category"), (RR, "rubrik", "rubrik"),
        (CS, "rubrique", "rubrique"), (EV, "osasto", "osasto"), (FV, "seksjon", "seksjon"),
        (MS, "seccion", "seccion"), (MN, "category", "category")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WG, "advert", "Advertisement"),
        (TT, "regs", "Seasons, bag limits and license requirements vary by state. Always "
                     "check current regulations before you hunt or fish."),
        (RR, "anzeige", "Anzeige"),
        (CS, "secours", "En cas d'accident en montagne, composez le 112 (PGHM ou CRS "
                        "Montagne).")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WG: (["subscribe", "publisher", "copyright"], 3),
        TT: (["affiliate", "regs", "subscribe", "copyright"], 3),
        RR: (["gewaehr", "waidmannsheil", "impressum", "copyright"], 3),
        CS: (["securite", "secours", "copyright"], 2),
        EV: (["maksu", "kausi", "turvallisuus", "copyright"], 2),
        FV: (["fjellvett", "abonnement", "copyright"], 2),
        MS: (["veterinario", "seguro", "afiliados", "copyright"], 2),
        MN: (["tanemaki", "jiten", "teiki", "copyright"], 2),
        PP: (["breeder", "advice", "affiliate", "copyright"], 2),
        KG: (["pacht", "ruhezeiten", "kontakt", "copyright"], 2),
        AC: (["licence", "membership", "bailiffs", "tight-lines", "copyright"], 2)})


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
