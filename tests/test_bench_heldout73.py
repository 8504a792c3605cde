"""The held-back-73 template set (`tests.bench.heldout_templates_73`): its localised dates
(printed day by day, most changing form on the day of a redesign), the lines that turn with
the day, the week or the month (a pharmacy rota, the bin of the week, the days to the next
federal vote, the fjord's temperature, the daylight, a centenary countdown, a midsummer
countdown, a mushroom forecast, the avalanche danger, a fish auction price, the high water),
the notices it rewords by date, the calendars and seasons some notices follow
(anniversaries with their counts and centenaries, votes and run-offs, carnival, Easter,
midsummer, the 2020 epidemic, fairs called off), the lines in several languages, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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
from tests.bench.heldout_templates_73 import (
    AT_REDESIGN,
    AUSTRIAN_MONTHS,
    CH_REDESIGN,
    CH_VOTES,
    DANISH_MONTHS,
    DE_REDESIGN,
    DK_REDESIGN,
    EE_REDESIGN,
    ESTONIAN_MONTHS,
    EV100,
    EV100_COUNT_FROM,
    FAROESE_MONTHS,
    FIRST_DAY,
    FO_REDESIGN,
    GERMAN_MONTHS,
    LAST_DAY,
    LATVIAN_MONTHS,
    LITHUANIAN_MONTHS_GENITIVE,
    LT_REDESIGN,
    LU_REDESIGN,
    LUXEMBOURGISH_MONTHS,
    LV_REDESIGN,
    NL_REDESIGN,
    NO_REDESIGN,
    NYNORSK_MONTHS,
    at_danger,
    ch_next_vote,
    daylight_minutes,
    de_pharmacy,
    fo_cod_price,
    high_water,
    j_day,
    made_up,
    monday_of,
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

SET = "held-back-73"
SITES = ("Eifeler Landbote", "Veluwse Koerier", "Thurtaler Zeitung", "Limfjordsbladet",
         "Hardangerposten", "Võrumaa Sõnumid", "Gaujas Ziņas", "Dzūkijos aidas",
         "Wipptaler Bote", "Äislécker Noriichten", "Norðoya Tíðindi", "Skier Seal Trips")
DE, NL, CH, DK = ("eifelerlandbote.de", "veluwsekoerier.nl", "thurtalerzeitung.ch",
                  "limfjordsbladet.dk")
NO, EE, LV, LT = ("hardangerposten.no", "vorumaasonumid.ee", "gaujaszinas.lv",
                  "dzukijosaidas.lt")
AT, LU, FO, SK = ("wipptalerbote.at", "eisleckernoriichten.lu", "nordoyatidindi.fo",
                  "skierseals.nl")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((DE, "datum"), (NL, "datum"), (CH, "datum"), (DK, "dato"), (NO, "dato"),
         (EE, "kuupaev"), (LV, "datums"), (LT, "data"), (AT, "datum"), (LU, "datum"),
         (FO, "dato"))

# The families that change with the day, the week, the month or the season.
PERIODIC = ((DE, "notdienst"), (NL, "afval"), (NL, "seizoen"), (CH, "abstimmung"),
            (DK, "fjord"), (NO, "dagslys"), (NO, "frukt"), (EE, "ev"), (EE, "hooaeg"),
            (LV, "jani"), (LT, "grybai"), (AT, "lawine"), (FO, "fiskur"), (SK, "tide"),
            (SK, "seals"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((DE, "hinweis"), (NL, "oproep"), (CH, "hinweis"), (DK, "besked"), (NO, "melding"),
           (EE, "teade"), (LV, "pazinojums"), (LT, "pranesimas"), (AT, "mitteilung"),
           (LU, "matdeelung"), (FO, "bod"), (SK, "notice"))

# Each notice's first standing wording, shown on a day none of them turns for an event,
# before any of them was reworded.
QUIET = d(2016, 2, 10)
FIRST_WORDINGS = {
    DE: "Sie haben eine Nachricht für uns? Schreiben Sie an redaktion@{domain}",
    NL: "Tip de redactie: mail naar tips@{domain}",
    CH: "Folgen Sie uns auf Facebook und Instagram",
    DK: "Har du et tip? Skriv til redaktionen på tip@{domain}",
    NO: "Lik Hardangerposten på Facebook",
    EE: "Anna uudisvihje: uudised@{domain}",
    LV: "Seko mums Twitter un Facebook",
    LT: "Pranešk naujieną: naujienos@{domain}",
    AT: "Leserbriefe bitte an leserbriefe@{domain}",
    LU: "Hutt Dir en Tipp? Schreift eis op info@{domain}",
    FO: "Hevur tú eina søgu? Skriva til okkara á {domain}",
    SK: "Trips leave from the ferry harbour: call +31 519 000 000 to book",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 4, 16), d(2018, 3, 4), d(2019, 5, 4), d(2020, 4, 20),
        LAST_DAY))


def test_calendar_helpers() -> None:
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert j_day(2019) == d(2019, 11, 1) and j_day(2020) == d(2020, 11, 6)
    assert ch_next_vote(d(2019, 2, 10)) == d(2019, 2, 10)
    assert ch_next_vote(d(2019, 2, 11)) == d(2019, 5, 19)
    assert ch_next_vote(LAST_DAY) == d(2021, 3, 7)
    assert list(CH_VOTES) == sorted(CH_VOTES)
    assert made_up(d(2019, 1, 1), 1, 4) == made_up(d(2019, 1, 1), 1, 4)
    assert {made_up(d(2019, 1, 1) + k * one, 1, 4) for k in range(40)} == {1, 2, 3, 4}
    assert {at_danger(d(2019, 1, 1) + k * one) for k in range(60)} == {1, 2, 3, 4}
    prices = {fo_cod_price(d(2019, 1, 7) + 7 * k * one) for k in range(40)}
    assert len(prices) >= 8 and all(1500 <= p <= 2600 and p % 50 == 0 for p in prices)
    assert len({de_pharmacy(d(2019, 1, 1) + k * one) for k in range(7)}) == 7
    assert de_pharmacy(d(2019, 1, 1)) == de_pharmacy(d(2019, 1, 8))
    summer, winter = daylight_minutes(d(2019, 6, 21)), daylight_minutes(d(2019, 12, 21))
    assert 18 * 60 < summer < 19 * 60 and 5 * 60 < winter < 7 * 60
    assert daylight_minutes(d(2019, 6, 21)) >= max(daylight_minutes(d(2019, 1, 1) + k * one)
                                                   for k in range(365)) - 1
    assert high_water(d(2015, 1, 1)) == "05:12" and high_water(d(2015, 1, 2)) == "06:02"
    assert all(re.fullmatch(r"(0\d|1[0-2]):[0-5]\d", high_water(day))
               for day in every_day()[:400])


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DE, "datum", old, "Samstag, 5. März 2016")
    full(DE, "datum", new, r"21\.06\.2019, \d\d:\d\d Uhr")
    full(NL, "datum", old, r"za 5 maart 2016, \d\d:\d\d")
    full(NL, "datum", new, "Gepubliceerd: 21-6-2019")
    full(CH, "datum", old, r"Sa, 05\.03\.2016")
    full(CH, "datum", new, r"Aktualisiert am 21\.6\.2019, \d\d:\d\d Uhr")
    full(DK, "dato", old, "lørdag 5. marts 2016")
    full(DK, "dato", new, r"Opdateret 21\.06\.2019 kl\. \d\d:\d\d")
    full(NO, "dato", old, "laurdag 5. mars 2016")
    full(NO, "dato", new, r"Publisert 21\.06\.2019 kl\. \d\d:\d\d")
    full(EE, "kuupaev", old, "laupäev, 5. märts 2016")
    full(EE, "kuupaev", new, r"21\.06\.2019 \d\d:\d\d")
    full(LV, "datums", old, "sestdiena, 2016. gada 5. marts")
    full(LV, "datums", new, r"Publicēts: 21\.06\.2019\. \d\d:\d\d")
    full(LT, "data", old, "2016 m. kovo 5 d., šeštadienis")
    full(LT, "data", new, r"Paskelbta 2019-06-21 \d\d:\d\d")
    full(AT, "datum", old, "Sa., 5. März 2016")
    full(AT, "datum", d(2016, 1, 9), "Sa., 9. Jänner 2016")
    full(AT, "datum", new, r"Erstellt am 21\.06\.2019 um \d\d:\d\d")
    full(LU, "datum", old, "Samschdeg, 5. Mäerz 2016")
    full(LU, "datum", d(2019, 7, 1), r"Publizéiert den 01\.07\.2019 um \d\d:\d\d Auer")
    full(FO, "dato", old, "leygardagur 5. mars 2016")
    full(FO, "dato", new, r"21\.06\.2019 kl\. \d\d:\d\d")
    full(SK, "posted", old, "Posted Mar 5, 2016 by .+")
    full(SK, "posted", new, "⚓ Skipper .+ · Friday 21 June 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        m = day.month - 1
        numeric = f"{day:%d.%m.%Y}"
        de = on(DE, "datum", day)
        assert (f" {day.day}. {GERMAN_MONTHS[m]} {day.year}" in de) == (day < DE_REDESIGN), de
        assert de.startswith(numeric) == (day >= DE_REDESIGN), de
        nl = on(NL, "datum", day)
        assert nl.startswith("Gepubliceerd: ") == (day >= NL_REDESIGN), nl
        ch = on(CH, "datum", day)
        assert ch.endswith(numeric) == (day < CH_REDESIGN), ch
        assert "ß" not in ch
        dk = on(DK, "dato", day)
        assert (f" {day.day}. {DANISH_MONTHS[m]} {day.year}" in dk) == (day < DK_REDESIGN), dk
        no = on(NO, "dato", day)
        assert (f" {day.day}. {NYNORSK_MONTHS[m]} {day.year}" in no) == (day < NO_REDESIGN), no
        ee = on(EE, "kuupaev", day)
        assert (f" {day.day}. {ESTONIAN_MONTHS[m]} {day.year}" in ee) == (
            day < EE_REDESIGN), ee
        lv = on(LV, "datums", day)
        assert (f"{day.year}. gada {day.day}. {LATVIAN_MONTHS[m]}" in lv) == (
            day < LV_REDESIGN), lv
        lt = on(LT, "data", day)
        assert (f"{day.year} m. {LITHUANIAN_MONTHS_GENITIVE[m]} {day.day} d." in lt) == (
            day < LT_REDESIGN), lt
        at = on(AT, "datum", day)
        assert (f" {day.day}. {AUSTRIAN_MONTHS[m]} {day.year}" in at) == (day < AT_REDESIGN), at
        assert "Januar" not in at
        lu = on(LU, "datum", day)
        assert (f" {day.day}. {LUXEMBOURGISH_MONTHS[m]} {day.year}" in lu) == (
            day < LU_REDESIGN), lu
        fo = on(FO, "dato", day)
        assert (f" {day.day}. {FAROESE_MONTHS[m]} {day.year}" in fo) == (day < FO_REDESIGN), fo
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_rotas_and_weekly_and_monthly_turns() -> None:
    for day in every_day()[1:]:
        assert de_pharmacy(day) in on(DE, "notdienst", day)
        assert on(DE, "notdienst", day) != on(DE, "notdienst", day - one)
        week = day.isocalendar()[1]
        bin_line = on(NL, "afval", day)
        assert f"week {week}: " in bin_line
        assert ("gft" in bin_line) == (week % 2 == 0), bin_line
        if day.weekday() != 0:
            assert bin_line == on(NL, "afval", day - one)
            assert on(FO, "fiskur", day) == on(FO, "fiskur", day - one)
        if day.day != 1:
            assert on(DK, "fjord", day) == on(DK, "fjord", day - one)
        else:
            assert on(DK, "fjord", day) != on(DK, "fjord", day - one)
        assert on(SK, "tide", day) != on(SK, "tide", day - one)
        assert high_water(day) in on(SK, "tide", day)
    assert "marts: vandet er i gennemsnit 4 grader" in on(DK, "fjord", d(2019, 3, 15))
    prices = {on(FO, "fiskur", day) for day in every_day()}
    assert len(prices) >= 20
    assert all(re.search(r": \d\d,\d\d kr\./kg$", t) for t in prices)


def test_countdowns_forecasts_and_daylight() -> None:
    for day in every_day():
        vote = ch_next_vote(day)
        text = on(CH, "abstimmung", day)
        if vote == day:
            assert text.startswith("🗳️ Heute ist Abstimmungssonntag"), text
        else:
            left = (vote - day).days
            assert f"Noch {left} Tag" in text and f"{vote.year}" in text, text
    assert on(CH, "abstimmung", d(2019, 5, 18)).startswith("🗳️ Noch 1 Tag bis")
    assert on(EE, "ev", EV100_COUNT_FROM) == ("🇪🇪 Eesti Vabariigi 100. sünnipäevani on "
                                              "jäänud 365 päeva")
    assert on(EE, "ev", EV100 - one).endswith("jäänud 1 päeva")
    assert on(EE, "ev", EV100) == on(EE, "ev", d(2019, 2, 24)) == ("🇪🇪 EV100: juubeliaasta "
                                                                   "sündmused Võrumaal")
    assert on(EE, "ev", d(2019, 2, 25)) == on(EE, "ev", EV100_COUNT_FROM - one)
    assert len(days_with(EE, "ev", "jäänud")) == 365
    for y in range(2015, 2021):
        assert on(LV, "jani", d(y, 6, 1)) == "🌿 Līdz Līgo vakaram 22 dienas"
        assert on(LV, "jani", d(y, 6, 22)) == "🌿 Līdz Līgo vakaram 1 diena"
        assert on(LV, "jani", d(y, 6, 21)) == "🌿 Līdz Līgo vakaram 2 dienas"
        assert on(LV, "jani", d(y, 6, 23)) == on(LV, "jani", d(y, 6, 24))
        assert "Jāņus" in on(LV, "jani", d(y, 6, 23))
        assert on(LV, "jani", d(y, 6, 25)) == on(LV, "jani", d(y, 5, 31))
    autumn = set()
    for day in every_day():
        text = on(LT, "grybai", day)
        if day.month in (8, 9, 10):
            autumn.add(text)
            assert text.startswith("🍄 Grybų prognozė"), text
            if day.weekday() and day.day != 1:
                assert text == on(LT, "grybai", day - one)
        else:
            assert text == "🌲 Dzūkijos naujienos kiekvieną dieną"
        avalanche = on(AT, "lawine", day)
        if day.month in (12, 1, 2, 3, 4):
            assert avalanche.startswith(f"🏔️ Lawinenwarnstufe heute: {at_danger(day)} ("), day
        else:
            assert avalanche.startswith("🥾 Sommer im Wipptal"), day
    assert len(autumn) >= 3
    assert any("(mäßig)" in on(AT, "lawine", d(2019, 1, 1) + k * one) for k in range(60))
    light = {day: on(NO, "dagslys", day) for day in every_day() if day.year == 2019}
    assert len(set(light.values())) >= 300
    assert light[d(2019, 6, 21)].startswith("☀️ Dagslys i dag: 18 t ")
    assert light[d(2019, 12, 21)].startswith("☀️ Dagslys i dag: 5 t ")


def test_seasons() -> None:
    for domain, family, day, mark in (
            (NL, "seizoen", d(2019, 8, 20), "heide bloeit"),
            (NL, "seizoen", d(2019, 1, 20), "Winter op de Veluwe"),
            (NO, "frukt", d(2019, 5, 10), "Blømingstid"),
            (NO, "frukt", d(2019, 7, 20), "Moreller"),
            (NO, "frukt", d(2019, 9, 20), "Eplesesong"),
            (NO, "frukt", d(2019, 2, 20), "Hardangersider"),
            (EE, "hooaeg", d(2019, 1, 20), "suusarajad on avatud"),
            (EE, "hooaeg", d(2019, 10, 20), "Suitsusauna"),
            (EE, "hooaeg", d(2019, 12, 20), "Ootame lund"),
            (SK, "seals", d(2019, 6, 20), "Pupping season"),
            (SK, "seals", d(2019, 12, 20), "Grey seal pups"),
            (SK, "seals", d(2019, 3, 20), "Grey seal pups")):
        assert mark in on(domain, family, day), (domain, family, day)
    for domain, family, count in ((NL, "seizoen", 4), (NO, "frukt", 4), (EE, "hooaeg", 4),
                                  (SK, "seals", 3)):
        assert len({on(domain, family, day) for day in every_day()}) == count


def test_notices_follow_their_calendars() -> None:
    for domain, first in FIRST_WORDINGS.items():
        assert on(domain, BANNERS[list(FIRST_WORDINGS).index(domain)][1], QUIET) == first
    for domain, family, day, mark in (
            (DE, "hinweis", d(2016, 3, 13), "Landtagswahl 2016"),
            (DE, "hinweis", d(2017, 9, 26), "Bundestagswahl 2017"),
            (DE, "hinweis", d(2019, 5, 29), "Kommunal- und Europawahl"),
            (DE, "hinweis", d(2020, 4, 1), "Corona in der Eifel"),
            (DE, "hinweis", d(2020, 12, 1), "Teil-Lockdown"),
            (DE, "hinweis", d(2019, 2, 28), "Alaaf und Helau"),
            (DE, "hinweis", d(2019, 3, 4), "Alaaf und Helau"),
            (DE, "hinweis", d(2019, 4, 22), "Frohe Ostern"),
            (DE, "hinweis", d(2018, 10, 3), "28 Jahre vereint"),
            (DE, "hinweis", d(2016, 12, 26), "Frohe Weihnachten"),
            (NL, "oproep", d(2017, 3, 15), "Tweede Kamerverkiezingen"),
            (NL, "oproep", d(2018, 3, 23), "referendum"),
            (NL, "oproep", d(2019, 5, 21), "Europese verkiezingen"),
            (NL, "oproep", d(2020, 4, 1), "blijf zoveel mogelijk thuis"),
            (NL, "oproep", d(2020, 4, 27), "Woningsdag"),
            (NL, "oproep", d(2019, 4, 27), "Koningsdag"),
            (NL, "oproep", d(2020, 5, 5), "75 jaar vrijheid"),
            (NL, "oproep", d(2020, 12, 20), "Lockdown"),
            (CH, "hinweis", d(2019, 8, 1), "728 Jahre"),
            (CH, "hinweis", d(2019, 10, 9), "Olma 2019"),
            (CH, "hinweis", d(2019, 10, 20), "Olma 2019"),
            (CH, "hinweis", d(2020, 10, 8), "Olma 2020 abgesagt"),
            (CH, "hinweis", d(2020, 4, 1), "Ausserordentliche Lage"),
            (CH, "hinweis", d(2020, 11, 1), "Maskenpflicht"),
            (DK, "besked", d(2015, 12, 3), "retsforbeholdet"),
            (DK, "besked", d(2019, 6, 5), "Folketingsvalg 2019"),
            (DK, "besked", d(2018, 6, 5), "169 år"),
            (DK, "besked", d(2019, 11, 1), "J-dag"),
            (DK, "besked", d(2020, 7, 10), "Genforeningen 100 år"),
            (DK, "besked", d(2020, 4, 1), "lukket ned"),
            (NO, "melding", d(2017, 9, 11), "Stortingsvalet 2017"),
            (NO, "melding", d(2019, 5, 17), "Grunnlova er 205 år"),
            (NO, "melding", d(2020, 5, 17), "utan tog"),
            (NO, "melding", d(2019, 6, 23), "God jonsok"),
            (EE, "teade", d(2018, 2, 24), "Eesti Vabariik 100"),
            (EE, "teade", d(2019, 3, 3), "Riigikogu valimised 2019"),
            (EE, "teade", d(2020, 4, 1), "Eriolukord"),
            (LV, "pazinojums", d(2018, 11, 18), "Latvijai 100!"),
            (LV, "pazinojums", d(2019, 11, 18), "Latvijai 101"),
            (LV, "pazinojums", d(2019, 5, 4), "Neatkarības atjaunošanas dienai 29"),
            (LV, "pazinojums", d(2018, 10, 8), "13. Saeimas"),
            (LV, "pazinojums", d(2020, 11, 18), "Ārkārtējā situācija atkal"),
            (LT, "pranesimas", d(2018, 2, 16), "Lietuvai 100!"),
            (LT, "pranesimas", d(2019, 2, 16), "valstybei 101 metų"),
            (LT, "pranesimas", d(2020, 3, 11), "30 metai laisvės"),
            (LT, "pranesimas", d(2019, 5, 24), "Prezidento rinkimų antrasis turas"),
            (LT, "pranesimas", d(2020, 10, 23), "Seimo rinkimų antrasis turas"),
            (LT, "pranesimas", d(2020, 12, 1), "Karantinas vėl"),
            (AT, "mitteilung", d(2016, 5, 22), "Stichwahl"),
            (AT, "mitteilung", d(2016, 12, 4), "Wiederholung der Stichwahl"),
            (AT, "mitteilung", d(2018, 9, 26), "Almabtrieb"),
            (AT, "mitteilung", d(2019, 9, 26), "Nationalratswahl 2019"),
            (AT, "mitteilung", d(2020, 12, 1), "Zweiter Lockdown"),
            (AT, "mitteilung", d(2021, 1, 3), "Dritter Lockdown"),
            (LU, "matdeelung", d(2018, 10, 14), "Chamberwalen 2018"),
            (LU, "matdeelung", d(2019, 6, 22), "Nationalfeierdag"),
            (LU, "matdeelung", d(2019, 9, 11), "Schueberfouer ass op"),
            (LU, "matdeelung", d(2020, 8, 21), "Keng Schueberfouer"),
            (LU, "matdeelung", d(2019, 4, 22), "Éimaischen"),
            (FO, "bod", d(2019, 8, 31), "Løgtingsval 2019"),
            (FO, "bod", d(2020, 4, 25), "Merkið í 80 ár"),
            (FO, "bod", d(2019, 7, 29), "Góða Ólavsøku"),
            (FO, "bod", d(2020, 7, 28), "ikki hildin"),
            (SK, "notice", d(2020, 4, 1), "No trips for now"),
            (SK, "notice", d(2019, 4, 27), "King's Day"),
            (SK, "notice", d(2019, 6, 25), "World Heritage for 10 years")):
        assert mark in on(domain, family, day), (domain, family, day, on(domain, family, day))
    assert days_with(CH, "hinweis", "Olma 2020") == {d(2020, 10, 7), d(2020, 10, 8),
                                                     d(2020, 10, 9)}
    assert not days_with(LU, "matdeelung", "Schueberfouer ass op") & {
        day for day in every_day() if day.year == 2020}
    assert len(days_with(DK, "besked", "Genforeningen")) == 4
    assert not days_with(DE, "hinweis", "Corona") & days_with(DE, "hinweis", "Ostern")


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DE, "autor", d(2017, 2, 6), "Von {author}", "{author_beat}"),
        (DE, "mehr", d(2019, 8, 5), "Mehr zum Thema", "Auch interessant"),
        (DE, "plus", d(2018, 4, 9), "Nur für Abonnenten", "EL+"),
        (DE, "rechte", d(2020, 1, 2), "© Eifeler Landbote {year}", "Alle Rechte"),
        (DE, "hinweis", d(2016, 9, 5), "Schreiben Sie an", "Eifel-Newsletter"),
        (NL, "door", d(2018, 6, 4), "Door {author}", "{author_beat}"),
        (NL, "lees", d(2016, 11, 7), "Lees ook", "Ook interessant"),
        (NL, "rechten", d(2019, 9, 2), "© {year} Veluwse Koerier", "toestemming"),
        (NL, "colofon", d(2020, 5, 4), "Sanne Verbeek", "Joost van Ommeren"),
        (NL, "oproep", d(2019, 2, 4), "Tip de redactie", "Download de gratis app"),
        (CH, "autor", d(2016, 8, 29), "Von {author}", "{author_beat}"),
        (CH, "thema", d(2018, 2, 5), "Mehr zum Thema", "Das könnte"),
        (CH, "rechte", d(2017, 1, 3), "© Thurtaler Zeitung", "Alle Rechte"),
        (CH, "hinweis", d(2019, 11, 4), "Folgen Sie uns", "Podcast"),
        (DK, "af", d(2016, 3, 7), "Af {author}", "{author_beat}"),
        (DK, "laes", d(2019, 3, 4), "Læs også", "Læs mere"),
        (DK, "rettigheder", d(2020, 8, 3), "© Limfjordsbladet", "Alle rettigheder"),
        (DK, "besked", d(2017, 8, 14), "Har du et tip?", "nyhedsbrev"),
        (NO, "tekst", d(2019, 1, 7), "Tekst: {author}", "Foto: {author2}"),
        (NO, "les", d(2018, 1, 8), "Les også", "Meir frå Hardanger"),
        (NO, "rettar", d(2018, 8, 6), "© Hardangerposten", "løyve"),
        (NO, "melding", d(2019, 6, 3), "Lik Hardangerposten", "Vipps"),
        (EE, "autor", d(2017, 5, 2), "Autor: {author}", "foto: {author2}"),
        (EE, "loe", d(2019, 10, 7), "Loe ka", "Seotud lugu"),
        (EE, "tasuline", d(2016, 1, 4), "avatud kõigile", "Tellijale"),
        (EE, "oigused", d(2019, 1, 2), "© Võrumaa Sõnumid", "toimetuse loal"),
        (EE, "teade", d(2018, 9, 3), "uudisvihje", "paberleht"),
        (LV, "autors", d(2016, 6, 6), "Autors: {author}", "{author_beat}"),
        (LV, "lasi", d(2018, 1, 15), "Lasi arī", "Saistītie raksti"),
        (LV, "tiesibas", d(2017, 9, 4), "© Gaujas Ziņas", "atļauju"),
        (LT, "autorius", d(2019, 9, 2), "Autorius: {author}", "nuotr. {author2}"),
        (LT, "skaitykite", d(2017, 4, 3), "Taip pat skaitykite", "Susiję"),
        (LT, "teises", d(2018, 11, 5), "© Dzūkijos aidas", "leidimo"),
        (LT, "pranesimas", d(2020, 2, 3), "Pranešk naujieną", "naujienlaiškį"),
        (AT, "von", d(2018, 3, 5), "von {author}", "{author_beat}"),
        (AT, "weiter", d(2016, 5, 2), "Das könnte Sie", "Weiterlesen"),
        (AT, "rechte", d(2020, 6, 2), "© Wipptaler Bote", "Nachdruck"),
        (AT, "mitteilung", d(2019, 4, 1), "Leserbriefe", "E-Paper"),
        (LU, "vum", d(2018, 1, 8), "Vum {author}", "Fotoen"),
        (LU, "och", d(2017, 3, 6), "Och interessant", "Liest och"),
        (LU, "rechter", d(2019, 10, 7), "© Äislécker Noriichten", "reservéiert"),
        (FO, "tekstur", d(2019, 2, 4), "Tekstur: {author}", "Mynd:"),
        (FO, "raettindi", d(2017, 1, 2), "© Norðoya Tíðindi", "tryggjaður"),
        (SK, "posted", d(2018, 4, 2), "Posted ", "Skipper"),
        (SK, "rights", d(2019, 4, 1), "© {year} Skier Seal Trips", "Reeweg"),
        (SK, "notice", d(2017, 3, 1), "call +31", "Book your seat online")))
    assert "Seko mums" in on(LV, "pazinojums", d(2020, 3, 1))
    assert "Atbalsti" in on(LV, "pazinojums", d(2020, 6, 10))
    assert_groups_reworded(SET, (
        (DE, "datum", "Samstag, ", " Uhr"),
        (DE, "mehr", "Mehr zum Thema: ", "» Auch interessant: "),
        (NL, "lees", "Lees ook: ", "🔗 Ook interessant: "),
        (CH, "thema", "Mehr zum Thema: ", "→ Das könnte"),
        (DK, "laes", "Læs også: ", "▶ Læs mere: "),
        (NO, "les", "Les også: ", "👉 Meir frå Hardanger: "),
    ))


def test_several_languages() -> None:
    assert_groups_in_script(SET, (
        (DE, "kommentar", "ö"), (CH, "thema", "[A-Za-z]"), (DK, "udgiver", "æ"),
        (NO, "redaktor", "ø"), (LV, "lasi", "ī"), (LT, "komentarai", "ų"),
        (FO, "lysing", "ý"),
        (LV, "datums", "gada|Publicēts"), (LT, "data", r" m\. | d\.|Paskelbta"),
        (SK, "wolkom", "û")))
    swiss = [t for style in (CH,) for fam in ("datum", "thema", "hinweis", "rechte", "verlag",
                                              "korrektur", "abstimmung")
             for t in group_lines(SET, style, fam)]
    assert swiss and not any("ß" in t for t in swiss)
    austrian = {on(AT, "datum", day) for day in every_day() if day.month == 1
                and day < AT_REDESIGN}
    assert austrian and all("Jänner" in t for t in austrian)
    assert any("ß" in on(AT, "lawine", day) for day in every_day())
    langs = [norm(t) for t in group_lines(SET, LU, "sprooch")]
    assert langs and all(t.split(" | ") == ["LB", "DE", "FR", "PT"] for t in langs)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DE}/datum", f"{DE}/autor", f"{DE}/mehr", f"{DE}/notdienst",
                         f"{DE}/ort", f"{DE}/bild", f"{NL}/datum", f"{NL}/door",
                         f"{NL}/lees", f"{CH}/datum", f"{CH}/thema", f"{DK}/dato"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DE}/rechte", f"{DE}/impressum", f"{DE}/kommentar", f"{NL}/rechten",
        f"{NL}/colofon", f"{NL}/reacties", f"{CH}/rechte", f"{CH}/verlag"))
    assert_carried_share(docs, DE, [
        ("datum", 0.7, 0.95), ("autor", 0.3, 0.6), ("mehr", 0.35, 0.65),
        ("sturm", 0.0, 0.1)])
    assert_carried_share(docs, NL, [("datum", 0.65, 0.95), ("brand", 0.0, 0.12)])
    for fam in (f"{DE}/mehr", f"{NL}/lees", f"{CH}/thema"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{DE}/anzeige", f"{DE}/bild", f"{NL}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((DE, "bild"), (NL, "foto"), (CH, "bild"), (DK, "foto"),
                               (NO, "foto"), (EE, "foto"), (LV, "foto"), (LT, "nuotrauka"),
                               (AT, "bild"), (LU, "foto"), (FO, "mynd"), (SK, "photo")))
    reading = [int(m[1]) for t in group_lines(SET, DE, "lesezeit")
               if (m := re.fullmatch(r"Lesezeit: (\d+) Minuten", norm(t)))]
    assert reading and all(n >= 1 for n in reading)
    tags = [norm(t).removeprefix("Birkas: ").split(", ") for t in group_lines(SET, LV, "birkas")]
    assert tags and all(set(t) <= pool(SET, LV, "tag") for t in tags)
    assert max(len(t) for t in tags) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (DE, "sturm"), (NL, "brand"), (CH, "hochwasser"), (CH, "korrektur"), (DK, "stormflod"),
        (NO, "ras"), (EE, "raba"), (LV, "ledus"), (LT, "sausra"), (AT, "brenner"),
        (LU, "strooss"), (SK, "fog")))
    corrections = [norm(t) for t in group_lines(SET, CH, "korrektur")]
    assert all(t.startswith("Korrigendum: ") for t in corrections)


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FO}/les", "Les eisini: "), (f"{SK}/earlier", "Earlier in the log: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{DE}/mehr", ("Mehr zum Thema: ", "» Auch interessant: ")),
                          (f"{NL}/lees", ("Lees ook: ", "🔗 Ook interessant: ")),
                          (f"{CH}/thema", ("Mehr zum Thema: ",
                                           "→ Das könnte Sie auch interessieren: ")),
                          (f"{DK}/laes", ("Læs også: ", "▶ Læs mere: ")),
                          (f"{NO}/les", ("Les også: ", "👉 Meir frå Hardanger: ")),
                          (f"{EE}/loe", ("Loe ka: ", "➡ Seotud lugu: ")),
                          (f"{LV}/lasi", ("Lasi arī: ", "⤷ Saistītie raksti: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"mehr", "lees", "thema", "laes", "les", "loe", "lasi", "skaitykite",
                "weiter", "och", "earlier"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (DE, "anzeige", "Anzeige"), (NL, "advertentie", "ADVERTENTIE"),
        (CH, "werbung", "Werbung"), (DK, "annonce", "ANNONCE"), (NO, "annonse", "ANNONSE"),
        (EE, "reklaam", "Reklaam"), (LV, "reklama", "Reklāma"), (LT, "reklama", "Reklama"),
        (AT, "werbung", "- Werbung -"), (LU, "reklamm", "Reklamm"),
        (LU, "sprooch", "LB | DE | FR | PT"), (FO, "lysing", "Lýsing"),
        (DK, "abonnent", "🔒 Kun for abonnenter"), (NO, "pluss", "➕ Berre for abonnentar"),
        (SK, "wolkom", "Wolkom op Skiermûntseach! Welcome aboard")))
    for style, family, pattern, pool_name in (
            (DE, "ort", r"^(.+)$", "ort"), (DE, "bild", r"^Foto: (.+)$", "bild"),
            (DE, "autor", r"^.+ · (.+)$", "beat"),
            (NL, "plaats", r"^(.+)$", "plaats"), (NL, "foto", r"^Foto: (.+)$", "foto"),
            (NL, "door", r"^.+, (.+)$", "beat"),
            (CH, "region", r"^(.+)$", "region"), (CH, "bild", r"^Bild: (.+)$", "bild"),
            (DK, "sektion", r"^(.+)$", "sektion"), (DK, "foto", r"^Foto: (.+)$", "foto"),
            (DK, "af", r"^.+ \| (.+)$", "beat"),
            (NO, "stad", r"^(.+)$", "stad"), (NO, "foto", r"^FOTO: (.+)$", "foto"),
            (EE, "vald", r"^(.+)$", "vald"), (EE, "foto", r"^Foto: (.+)$", "foto"),
            (LV, "novads", r"^(.+)$", "novads"), (LV, "foto", r"^Foto: (.+)$", "foto"),
            (LT, "miestas", r"^(.+)$", "miestas"),
            (LT, "nuotrauka", r"^Nuotr\. (.+)$", "foto"),
            (AT, "gemeinde", r"^(.+)$", "gemeinde"), (AT, "bild", r"^Foto: (.+)$", "bild"),
            (LU, "gemeng", r"^(.+)$", "gemeng"), (LU, "foto", r"^Foto: (.+)$", "foto"),
            (FO, "stad", r"^(.+)$", "stad"), (FO, "mynd", r"^Mynd: (.+)$", "mynd"),
            (SK, "kind", r"^(.+)$", "kind"), (SK, "photo", r"^📷 (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family, pool_name)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DE, "anzeige", "Anzeige"),
        (DE, "kommentar", "Bitte bleiben Sie sachlich: beleidigende Kommentare werden "
                          "gelöscht."),
        (NL, "advertentie", "ADVERTENTIE"),
        (NL, "reacties", "Reageren kan tot 22.00 uur. Reacties worden vooraf gemodereerd."),
        (CH, "werbung", "Werbung")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DE: (["rechte", "impressum"], 2), NL: (["rechten", "colofon"], 2),
        CH: (["rechte", "verlag"], 2), DK: (["rettigheder", "udgiver"], 2),
        NO: (["rettar", "redaktor"], 2), EE: (["oigused", "toimetus"], 2),
        LV: (["tiesibas", "izdevejs"], 2), LT: (["teises", "leidejas"], 2),
        AT: (["rechte", "verlag"], 2), LU: (["rechter", "editeur"], 2),
        SK: (["rights", "licence"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert DE in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
