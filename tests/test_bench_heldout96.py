"""The held-back-96 template set (`tests.bench.heldout_templates_96`): its localised dates
(printed day by day in Danish, Swedish, Finnish, Norwegian Bokmål and Nynorsk, Estonian,
Lithuanian, Latvian, English, Icelandic, Russian and Northern Sami, several changing form on
the day of a redesign), the lines that turn every day, week, twice a week or on working days
(ISO weeks, the power price, the aurora forecast, the border queue, the euro's rates, the
port's ships, issue numbers), the seasons of polar night and midnight sun, fire risk, ice,
ferries, mountain roads and salmon, the notices it rewords by date, the calendars some
notices follow (votes with their second rounds, a referendum, the euro's arrival, forest
fires, storms, the 2020 emergencies, the centenaries, national days with their counts,
midsummer, Shrovetide, Great Prayer Day, Lucia, the First Day of Summer, Þorri, Seamen's
Day, Orthodox Christmas and Easter, the Sami national day, festivals and a ski marathon
called off), the amounts in its appeals and prices, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its
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

from tests.bench.heldout_calendar import easter, orthodox_easter
from tests.bench.heldout_templates_96 import (
    BL_REDESIGN,
    DK_REDESIGN,
    EE_REDESIGN,
    FI_REDESIGN,
    FIRST_DAY,
    IS_REDESIGN,
    LAST_DAY,
    LT_REDESIGN,
    LV_REDESIGN,
    NO_REDESIGN,
    RU_REDESIGN,
    SA_REDESIGN,
    SE_REDESIGN,
    aurora_kp,
    bl_issue,
    border_queue,
    dark_season,
    drift,
    eur_rates,
    eur_rub,
    first_day_of_summer,
    friday_between,
    great_prayer_day,
    kroner,
    made_up,
    midsummer_eve,
    nn_issue,
    port_calls,
    sea_festival,
    spot_price,
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

SET = "held-back-96"
SITES = ("Østjysk Morgen", "Norrlandskusten", "Perämeren Sanomat", "Polarkysten",
         "Taaralinna Teataja", "Marių krantas", "Liepājas Vēstnesis", "Baltic Ledger",
         "Fjarðarljós", "Принаровский вестник", "Sognefjordingen", "Deanu Áviisa")
DK, SE, FI, NO = ("ostjyskmorgen.dk", "norrlandskusten.se", "peramerensanomat.fi",
                  "polarkysten.no")
EE, LT, LV, BL = ("taaralinnateataja.ee", "mariukrantas.lt", "liepajasvestnesis.lv",
                  "balticledger.com")
IS, RU, NN, SA = ("fjardarljos.is", "prinarovskivestnik.ee", "sognefjordingen.no",
                  "deanuaviisa.no")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((DK, "dato"), (SE, "publicerad"), (FI, "pvm"), (NO, "publisert"), (EE, "kuupaev"),
         (LT, "data"), (LV, "datums"), (BL, "dateline"), (IS, "dagsetning"), (RU, "data"),
         (NN, "dato"), (SA, "beaivi"))
# The lines that turn every day, every week, twice a week or on working days.
PERIODIC = ((DK, "uge"), (SE, "elpris"), (NO, "nordlys"), (LV, "osta"), (BL, "issue"),
            (BL, "fx"), (RU, "ochered"), (RU, "kurs"), (NN, "nummer"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((DK, "besked"), (SE, "meddelande"), (FI, "ilmoitus"), (NO, "varsel"),
           (EE, "teade"), (LT, "pranesimas"), (LV, "pazinojums"), (BL, "notice"),
           (IS, "tilkynning"), (RU, "obyavlenie"), (NN, "tips"), (SA, "dieduhus"))
SEASONAL = ((SE, "brandrisk"), (FI, "jaatie"), (NO, "lys"), (LT, "sezonas"), (IS, "faerd"),
            (NN, "ferje"), (SA, "luossa"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 25)
FIRST_WORDINGS = {
    DK: "Følg Østjysk Morgen på Facebook og Instagram",
    SE: "Följ Norrlandskusten på Instagram",
    FI: "Seuraa meitä Facebookissa ja Instagramissa",
    NO: "Følg Polarkysten på Facebook og Instagram",
    EE: "Jälgi meid Facebookis: Taaralinna Teataja",
    LT: "Sekite mus Facebook: Marių krantas",
    LV: "Seko mums Facebook un Twitter: Liepājas Vēstnesis",
    BL: "Follow Baltic Ledger on Twitter and LinkedIn",
    IS: "Fylgstu með okkur á Facebook: Fjarðarljós",
    RU: "Мы в Facebook и ВКонтакте: Принаровский вестник",
    NN: "Tips oss: tips@sognefjordingen.no",
    SA: "Čuovo Deanu Áviisa Facebookas",
}

CYRILLIC = r"[\u0400-\u04FF]"
LATIN = r"[A-Za-z]"
ICELANDIC = r"[þðÞÐ]|á|ú|í|ó|é|ý|æ|ö"
BALTIC = r"[āēīūļņķģšžčėįųĀĒĪŪĻŅĶĢŠŽČĖĮŲ]"
SAMI = r"[čđŋšŧžáČĐŊŠŦŽÁ]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def numbers(*values: int) -> set[str]:
    return {str(v) for v in values}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 6, 6), d(2018, 5, 17), d(2019, 4, 14),
        d(2019, 12, 10), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    # midsummer eve, the First Day of Summer, Þorri, Great Prayer Day, the Sea Festival
    assert [midsummer_eve(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 6, 19), d(2016, 6, 24), d(2019, 6, 21), d(2020, 6, 19)]
    assert [first_day_of_summer(y) for y in (2015, 2016, 2020)] == [
        d(2015, 4, 23), d(2016, 4, 21), d(2020, 4, 23)]
    assert friday_between(2016, 1, 19) == d(2016, 1, 22)
    assert friday_between(2019, 1, 19) == d(2019, 1, 25)
    assert great_prayer_day(2016) == d(2016, 4, 22)
    assert great_prayer_day(2019) == d(2019, 5, 17)
    assert sea_festival(2019) == d(2019, 7, 27) and sea_festival(2015) == d(2015, 7, 25)
    assert orthodox_easter(2019) == d(2019, 4, 28) and easter(2019) == d(2019, 4, 21)
    # issues: a weekly's number by its Monday, a paper's number in its year twice a week
    assert bl_issue(d(2015, 1, 5)) == (261, d(2015, 1, 5))
    assert bl_issue(d(2015, 1, 2)) == (260, d(2014, 12, 29))
    assert nn_issue(d(2016, 1, 1)) == (1, d(2016, 1, 1))
    assert nn_issue(d(2016, 1, 4)) == (1, d(2016, 1, 1))
    assert nn_issue(d(2016, 1, 5)) == (2, d(2016, 1, 5))
    assert nn_issue(d(2017, 1, 1)) == (105, d(2016, 12, 30))
    # weeks, working days, levels, made-up numbers
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert drift(d(2014, 1, 1), {2015: 1.0, 2016: 2.0}) == 1.0
    assert drift(d(2021, 1, 1), {2015: 1.0, 2016: 2.0}) == 2.0
    assert 1.49 < drift(d(2015, 12, 31), {2015: 1.0, 2016: 2.0}) < 1.51
    assert kroner(1490) == "1.490"
    assert dark_season(d(2019, 1, 10)) and not dark_season(d(2019, 6, 21))
    for day in every_day():
        assert eur_rates(day) == eur_rates(working_day(day))
        assert eur_rub(day) == eur_rub(working_day(day))
        assert port_calls(day) == port_calls(week_from(day, 0))
        number, monday = bl_issue(day)
        assert monday.weekday() == 0 and bl_issue(day + 7 * one)[0] == number + 1
        number, issue = nn_issue(day)
        assert issue.weekday() in (1, 4) and 1 <= number <= 105
        usd, sek = eur_rates(day)
        assert 1.05 <= usd <= 1.2 and 9.2 <= sek <= 10.7
        assert 64 <= eur_rub(day) <= 86 and 2 <= spot_price(day) <= 55
        assert 15 <= border_queue(day) <= 420 and 0 <= aurora_kp(day) <= 7


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DK, "dato", old, "lørdag 5. marts 2016")
    full(DK, "dato", new, r"Opdateret 21\. jun\. 2019 kl\. \d\d:\d\d")
    full(DK, "uge", new, "E-avisen uge 25/2019: læs dagens avis fra kl. 5")
    full(DK, "uge", d(2016, 1, 2), "E-avisen uge 53/2015: læs dagens avis fra kl. 5")
    full(SE, "publicerad", old, "Publicerad 5 mars 2016")
    full(SE, "publicerad", new, r"Fredag 21 juni 2019 · Uppdaterad \d\d:\d\d")
    full(SE, "elpris", new, r"⚡ Elpriset i dag, elområde 2: \d+ öre/kWh")
    full(FI, "pvm", old, "la 5.3.2016")
    full(FI, "pvm", new, r"Julkaistu 21\.6\.2019 klo \d\d:\d\d")
    full(NO, "publisert", old, r"Publisert: 05\.03\.2016 kl\. \d\d:\d\d")
    full(NO, "publisert", new, "fredag 21. juni 2019")
    full(NO, "nordlys", old, r"🌌 Nordlysvarsel for Tromsø i kveld: Kp \d – .+")
    full(NO, "nordlys", new, "🌌 Nordlysvarsel: lyse netter, neste varsel kommer i september")
    full(EE, "kuupaev", old, "laupäev, 5. märts 2016")
    full(EE, "kuupaev", new, r"21\.06\.2019, \d\d:\d\d")
    full(LT, "data", old, "2016 m. kovo 5 d., šeštadienis")
    full(LT, "data", new, r"2019-06-21 \d\d:\d\d")
    full(LV, "datums", old, "sestdiena, 2016. gada 5. marts")
    full(LV, "datums", new, r"2019\. gada 21\. jūnijā, plkst\. \d\d:\d\d")
    full(LV, "osta", new, r"⚓ Liepājas ostā šonedēļ gaidāmi \d\d kuģi")
    full(BL, "issue", old, "Issue 321 · Week 9, 2016")
    full(BL, "dateline", old, r"[A-Z][a-z]+, March 5, 2016")
    full(BL, "dateline", new, r"[A-Z]+ \| 21 June 2019")
    full(BL, "fx", new, r"Euro reference: EUR/USD 1\.1\d{3} · EUR/SEK 10\.\d{4}")
    full(IS, "dagsetning", old, "laugardagur 5. mars 2016")
    full(IS, "dagsetning", new, r"21\. júní 2019 kl\. \d\d:\d\d")
    full(RU, "data", old, "суббота, 5 марта 2016")
    full(RU, "data", new, r"21\.06\.2019 · \d\d:\d\d")
    full(RU, "ochered", new, r"🚗 Очередь на пункте Нарва-1: \d+ машин, ожидание около \d ч")
    full(RU, "kurs", new, r"💶 Курс ЕЦБ: 1 EUR = \d\d,\d\d RUB")
    full(NN, "dato", old, "Laurdag 5. mars 2016")
    full(NN, "nummer", old, "Nr. 19 – 2016 · fredag 4. mars")
    full(SA, "beaivi", old, "lávvardat 5.3.2016")
    full(SA, "beaivi", new, "21. geassemánnu 2019 · bearjadat")
    full(NO, "av", d(2019, 1, 3), r"Av .+, (journalist|nyhetsjournalist|sportsjournalist|"
                                  r"kulturjournalist|fotojournalist)")
    full(SE, "utgivare", new, "Ansvarig utgivare: Maria Ekström Nyberg")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(DK, "dato", day).startswith("Opdateret") == (day >= DK_REDESIGN)
        assert on(SE, "publicerad", day).startswith("Publicerad") == (day < SE_REDESIGN)
        assert on(FI, "pvm", day).startswith("Julkaistu") == (day >= FI_REDESIGN)
        assert on(NO, "publisert", day).startswith("Publisert") == (day < NO_REDESIGN)
        assert on(EE, "kuupaev", day)[0].isdigit() == (day >= EE_REDESIGN)
        assert (" m. " in on(LT, "data", day)) == (day < LT_REDESIGN)
        assert ("plkst." in on(LV, "datums", day)) == (day >= LV_REDESIGN)
        assert (" | " in on(BL, "dateline", day)) == (day >= BL_REDESIGN)
        assert (" kl. " in on(IS, "dagsetning", day)) == (day >= IS_REDESIGN)
        assert (" · " in on(RU, "data", day)) == (day >= RU_REDESIGN)
        assert (" · " in on(SA, "beaivi", day)) == (day >= SA_REDESIGN)
        assert str(day.year) in on(NN, "dato", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_twice_a_week() -> None:
    for domain, family in ((BL, "fx"), (RU, "kurs")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    for domain, family in ((DK, "uge"), (LV, "osta"), (BL, "issue")):
        turned = changes(domain, family)
        assert len(turned) >= 150, (domain, family)
        assert all(day.weekday() == 0 for day in turned), (domain, family)
    turned = changes(NN, "nummer")
    assert len(turned) >= 600 and all(day.weekday() in (1, 4) for day in turned)
    assert len(changes(SE, "elpris")) >= 1500 and len(changes(RU, "ochered")) >= 1500
    # the aurora forecast turns only in the dark season
    turned = changes(NO, "nordlys")
    assert len(turned) >= 800
    assert all(dark_season(day) or day.month == 4 for day in turned)
    assert len({on(NO, "nordlys", day) for day in every_day() if not dark_season(day)}) == 1
    for day in every_day():
        usd, sek = eur_rates(day)
        assert f"EUR/USD {usd:.4f} · EUR/SEK {sek:.4f}" in on(BL, "fx", day)
        assert f"Нарва-1: {border_queue(day)} машин" in on(RU, "ochered", day)
        assert f"{spot_price(day)} öre" in on(SE, "elpris", day)
        number, issue = nn_issue(day)
        assert on(NN, "nummer", day).startswith(f"Nr. {number} – {issue.year} · ")
        if dark_season(day):
            assert f"Kp {aurora_kp(day)} " in on(NO, "nordlys", day)
    assert "uge 1/2015" in on(DK, "uge", d(2015, 1, 1))
    assert "uge 53/2020" in on(DK, "uge", d(2021, 1, 1))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Brandrisken" in on(SE, "brandrisk", d(y, 7, 1))
        assert "Eldningssäsongen" in on(SE, "brandrisk", d(y, 1, 1))
        assert "lautta" in on(FI, "jaatie", d(y, 7, 1))
        assert "Midnattssol" in on(NO, "lys", d(y, 6, 21))
        assert "Mørketid" in on(NO, "lys", d(y, 12, 21))
        assert "soldagen" in on(NO, "lys", d(y, 1, 18))
        assert "Maudymosi sezonas:" in on(LT, "sezonas", d(y, 7, 1))
        assert "ledo" in on(LT, "sezonas", d(y, 1, 10))
        assert "Hálendisvegir opnir" in on(IS, "faerd", d(y, 7, 15))
        assert "Vetrarfærð" in on(IS, "faerd", d(y, 1, 15))
        assert "Sommarrute" in on(NN, "ferje", d(y, 7, 1))
        assert "Eplesesongen" in on(NN, "ferje", d(y, 9, 20))
        assert "álgán" in on(SA, "luossa", d(y, 7, 1))
        assert "loahpahuvvon" in on(SA, "luossa", d(y, 12, 1))
    for y in range(2015, 2020):  # no ice road in the mild winter of 2020
        assert "jäätie:" in on(FI, "jaatie", d(y, 2, 10))
    assert "Jäätietä ei" in on(FI, "jaatie", d(2020, 2, 10))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 5, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Aarhus: Constitution Day's count (2019's: the election), Shrovetide, the Festuge
    assert counts_in(DK, "besked", r"fylder (\d+) år") == numbers(166, 167, 168, 169, 171)
    assert counts_in(DK, "besked", r"Festuge (\d{4})") == years - {"2020"}
    for y in range(2015, 2021):
        assert "Fastelavn" in on(DK, "besked", easter(y) - 49 * one), y
        assert "Store bededag" in on(DK, "besked", great_prayer_day(y)), y
    assert "Retsforbeholdet" in on(DK, "besked", d(2015, 12, 1))
    assert "KULTURHOVEDSTAD".lower() in on(DK, "besked", d(2017, 1, 21)).lower()
    assert "lukket ned" in on(DK, "besked", d(2020, 4, 1))
    assert "nyhedsbrevet" in on(DK, "besked", d(2019, 10, 1))  # after the 2019 Festuge
    # Sundsvall: the forest fires, the votes, Midsummer and Lucia every year
    assert "Skogsbränderna" in on(SE, "meddelande", d(2018, 7, 25))
    assert "Val 2018" in on(SE, "meddelande", d(2018, 9, 10))
    assert counts_in(SE, "meddelande", r"Luciakröning (\d{4})") == years
    for y in range(2015, 2021):
        assert "midsommar" in on(SE, "meddelande", midsummer_eve(y)), y
    assert "Coronaviruset" in on(SE, "meddelande", d(2020, 6, 6))  # no national day in 2020
    # Oulu: Independence Day's count (Finland 100 in 2017), the votes, the emergency
    assert counts_in(FI, "ilmoitus", r"Hyvää (\d+)\. itsenäisyyspäivää") == numbers(
        98, 99, 101, 102, 103)
    assert "Suomi 100" in on(FI, "ilmoitus", d(2017, 12, 6))
    assert "Presidentinvaali" in on(FI, "ilmoitus", d(2018, 1, 27))
    assert "Poikkeusolot" in on(FI, "ilmoitus", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "juhannusta" in on(FI, "ilmoitus", midsummer_eve(y)), y
    # Tromsø: Constitution Day's count (no parade in 2020), the festivals
    assert counts_in(NO, "varsel", r"Grunnloven fyller (\d+) år") == numbers(
        201, 202, 203, 204, 205)
    assert "uten barnetog" in on(NO, "varsel", d(2020, 5, 17))
    assert counts_in(NO, "varsel", r"TIFF (\d{4})") == years
    assert counts_in(NO, "varsel", r"Marathon (\d{4})") == years - {"2020"}
    assert "samefolkets dag" in on(NO, "varsel", d(2019, 2, 6))
    assert "STORTINGSVALGET" in on(NO, "varsel", d(2017, 9, 10))
    # Tartu: Independence Day's count (2015's: the election; EV100), the ski marathon
    assert counts_in(EE, "teade", r"Vabariigi (\d+)\. aastapäeva") == numbers(98, 99, 101, 102)
    assert "EV100" in on(EE, "teade", d(2018, 2, 24))
    assert counts_in(EE, "teade", r"Tartu Maraton (\d{4}):") == years - {"2020"}
    assert "lumepuuduse" in on(EE, "teade", d(2020, 2, 12))
    assert "kultuuripealinn" in on(EE, "teade", d(2019, 8, 29))
    assert "laulupidu" in on(EE, "teade", d(2019, 7, 6))
    assert "Eriolukord" in on(EE, "teade", d(2020, 4, 1))
    # Klaipėda: the euro, the two-round votes, the state's days and the Sea Festival
    assert "eurais" in on(LT, "pranesimas", FIRST_DAY)
    assert "antrasis turas" in on(LT, "pranesimas", d(2015, 3, 15))
    assert "Antrasis prezidento" in on(LT, "pranesimas", d(2019, 5, 26))
    assert "Seimo rinkimai 2020" in on(LT, "pranesimas", d(2020, 10, 25))
    assert counts_in(LT, "pranesimas", r"atkūrimo (\d+)-osiomis") == numbers(97, 98, 99, 101,
                                                                             102)
    assert "Lietuvai 100" in on(LT, "pranesimas", d(2018, 2, 16))
    assert counts_in(LT, "pranesimas", r"Kovo 11-oji: (\d+) metai") == numbers(26, 27, 28, 30)
    assert counts_in(LT, "pranesimas", r"Jūros šventė (\d{4})") == years
    assert "Karantinas" in on(LT, "pranesimas", d(2020, 4, 1))
    # Liepāja: 18 November (Latvia 100) and 4 May (2020's: the emergency)
    assert counts_in(LV, "pazinojums", r"proklamēšanas (\d+)\. gadadienā") == numbers(
        97, 98, 99, 101, 102)
    assert "Latvijai 100" in on(LV, "pazinojums", d(2018, 11, 18))
    assert counts_in(LV, "pazinojums", r"(\d+) gadi kopš") == numbers(25, 26, 27, 28, 29)
    assert "Dziesmu" in on(LV, "pazinojums", d(2018, 7, 5))
    assert "Līgo" in on(LV, "pazinojums", d(2019, 6, 23))
    # Riga: the forum (online in 2020), three votes, Brexit
    assert counts_in(BL, "notice", r"Investor Forum (\d{4}) opens") == years - {"2020"}
    assert "moves online" in on(BL, "notice", d(2020, 10, 7))
    assert "Brexit".upper() in on(BL, "notice", d(2020, 1, 31))
    assert "Saeima" in on(BL, "notice", d(2018, 10, 5))
    assert "both rounds" in on(BL, "notice", d(2019, 5, 26))
    # the Eastfjords: National Day's count, storms, the gathering ban, the feasts
    assert counts_in(IS, "tilkynning", r"(\d+) ár frá stofnun") == numbers(71, 72, 73, 74, 75,
                                                                           76)
    assert "Rauð viðvörun" in on(IS, "tilkynning", d(2019, 12, 10))
    assert "Rauð viðvörun" in on(IS, "tilkynning", d(2020, 2, 14))
    assert "Samkomubann" in on(IS, "tilkynning", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "Gleðilegt sumar" in on(IS, "tilkynning", first_day_of_summer(y)) or y == 2020
        assert "Bóndadagur" in on(IS, "tilkynning", friday_between(y, 1, 19)), y
    assert counts_in(IS, "tilkynning", r"Bræðslan (\d{4})") == years - {"2020"}
    # Narva: the Orthodox feasts (Easter 2020 in the emergency), Independence Day's count
    for y in range(2015, 2020):
        assert "Пасхи" in on(RU, "obyavlenie", orthodox_easter(y)), y
        assert "Масленица" in on(RU, "obyavlenie", orthodox_easter(y) - 52 * one), y
    assert "Рождеством" in on(RU, "obyavlenie", d(2017, 1, 7))
    assert counts_in(RU, "obyavlenie", r"(\d+) лет республике") == numbers(98, 99, 100, 101,
                                                                           102)
    # the Sognefjord: the votes, the new county; Karasjok: the Sami national day's count
    assert "Vestland" in on(NN, "tips", d(2020, 1, 1))
    assert "STORTINGSVALET" in on(NN, "tips", d(2017, 9, 8))
    assert counts_in(SA, "dieduhus", r"álbmotbeaivi (\d+)\. geardde") == numbers(
        23, 24, 25, 26, 27, 28)
    for y in range(2015, 2020):
        assert "beassážiid" in on(SA, "dieduhus", easter(y)), y
    assert counts_in(SA, "dieduhus", r"Riddu Riđđu (\d{4})") == years - {"2020"}
    assert "Sámediggeválga" in on(SA, "dieduhus", d(2017, 9, 10))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DK, "af", DK_REDESIGN, "Af {author}", "| Østjysk Morgen"),
        (DK, "abonnement", d(2016, 9, 1), "den første måned", "99 kr."),
        (DK, "abonnement", d(2018, 9, 3), "99 kr.", "129 kr."),
        (DK, "abonnement", d(2020, 3, 2), "129 kr.", "149 kr."),
        (DK, "ophavsret", d(2017, 1, 2), "Alle rettigheder", "skriftlig tilladelse"),
        (SE, "av", SE_REDESIGN, "Av {author}", "Text:"),
        (SE, "prenumeration", d(2016, 10, 3), "Prenumerera", "99 kr/mån"),
        (SE, "prenumeration", d(2019, 10, 1), "99 kr/mån", "119 kr/mån"),
        (SE, "utgivare", d(2019, 1, 2), "chefredaktören", "{utgivare}"),
        (SE, "meddelande", d(2018, 3, 5), "Instagram", "app"),
        (FI, "teksti", FI_REDESIGN, "Teksti: {author}", "Kuvat:"),
        (FI, "tilaus", d(2016, 8, 15), "ensimmäinen kuukausi", "14,90"),
        (FI, "tilaus", d(2019, 8, 12), "14,90", "16,90"),
        (FI, "ilmoitus", d(2019, 1, 7), "Facebookissa", "uutiskirje"),
        (NO, "av", NO_REDESIGN, "Av {author}", "{author_beat}"),
        (NO, "abonnement", d(2016, 11, 1), "Bli abonnent", "199 kr/mnd"),
        (NO, "abonnement", d(2019, 11, 4), "199 kr/mnd", "249 kr/mnd"),
        (NO, "varsel", d(2019, 3, 4), "Facebook", "appen"),
        (EE, "autor", EE_REDESIGN, "Autor:", ", Taaralinna Teataja"),
        (EE, "tellimus", d(2017, 1, 2), "Telli digipakett", "6,90 €"),
        (EE, "tellimus", d(2019, 7, 1), "6,90 €", "8,90 €"),
        (EE, "teade", d(2019, 4, 1), "Facebookis", "uudiskiri"),
        (LT, "autorius", LT_REDESIGN, "Autorius:", "mariukrantas.lt"),
        (LT, "prenumerata", d(2017, 9, 1), "2,99 €", "3,99 €"),
        (LT, "prenumerata", d(2020, 1, 2), "3,99 €", "4,99 €"),
        (LV, "autors", LV_REDESIGN, "Autors:", "Teksts:"),
        (LV, "abonements", d(2017, 1, 2), "3,99 €", "4,49 €"),
        (LV, "abonements", d(2019, 7, 1), "4,49 €", "49 € gadā"),
        (LV, "pazinojums", d(2019, 2, 4), "Facebook", "jaunumu vēstulei"),
        (BL, "byline", BL_REDESIGN, "By {author}", "markets desk"),
        (BL, "subscribe", d(2017, 1, 9), "€9.90", "€11.90"),
        (BL, "subscribe", d(2020, 1, 6), "€11.90", "€149 a year"),
        (BL, "notice", d(2019, 1, 7), "Twitter", "Morning Note"),
        (IS, "hofundur", IS_REDESIGN, "{author} skrifar", "Texti:"),
        (IS, "styrkja", d(2019, 3, 4), "Styrktu", "1.490 kr."),
        (IS, "tilkynning", d(2018, 10, 1), "Facebook", "póstlistann"),
        (RU, "avtor", RU_REDESIGN, "Автор:", "Текст:"),
        (RU, "tsena", d(2017, 1, 5), "0,80 €", "0,90 €"),
        (RU, "tsena", d(2019, 1, 3), "0,90 €", "1,00 €"),
        (RU, "obyavlenie", d(2018, 9, 3), "Facebook", "Telegram"),
        (NN, "av", d(2019, 1, 4), "Av {author}", "Tekst og foto:"),
        (NN, "pris", d(2016, 1, 5), "30 kr", "35 kr"),
        (NN, "pris", d(2019, 1, 4), "35 kr", "40 kr"),
        (NN, "tips", d(2018, 3, 6), "tips@", "SMS"),
        (SA, "dieduhus", d(2018, 8, 20), "Facebookas", "e-poasttas")))
    assert_groups_reworded(SET, (
        (DK, "dato", "lørdag", "Opdateret"),
        (DK, "af", "Af ", "| Østjysk Morgen"),
        (SE, "publicerad", "Publicerad", "Uppdaterad"),
        (FI, "pvm", ".20", "Julkaistu"),
        (DK, "ophavsret", "Alle rettigheder", "skriftlig tilladelse"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (RU, "avtor", CYRILLIC), (RU, "prava", CYRILLIC), (RU, "ochered", CYRILLIC),
        (LT, "teises", BALTIC), (LV, "parpublicesana", BALTIC), (LT, "kopijuoti", BALTIC),
        (IS, "rettindi", ICELANDIC), (SA, "beaivi", LATIN), (SA, "vuoigatvuodat", SAMI),
        (EE, "kasutamine", LATIN)))
    danish = [t for t in group_lines(SET, DK, "dato") if re.search(r"[æøå]", t)]
    assert danish
    icelandic = [t for t in group_lines(SET, IS, "dagsetning") if re.search(ICELANDIC, t)]
    assert icelandic
    nynorsk = {t.split()[0] for t in group_lines(SET, NN, "dato")}
    assert nynorsk & {"Tysdag", "Laurdag", "Sundag", "Måndag"}


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DK}/dato", f"{DK}/af", f"{DK}/laes-ogsaa", f"{DK}/rubrik",
                         f"{DK}/foto", f"{DK}/uge", f"{DK}/ophavsret", f"{SE}/publicerad",
                         f"{SE}/las-ocksa", f"{SE}/elpris", f"{FI}/pvm", f"{FI}/lue-myos"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DK}/rettelse", f"{DK}/adresse", f"{DK}/abonnement", f"{SE}/storning",
        f"{SE}/prenumeration", f"{FI}/toimitus", f"{NO}/vaer-varsom", f"{EE}/kasutamine",
        f"{LT}/kopijuoti", f"{BL}/disclaimer"))
    assert_carried_share(docs, DK, [
        ("dato", 0.7, 0.97), ("ophavsret", 0.35, 0.65), ("laes-ogsaa", 0.4, 0.75),
        ("rettelse", 0.0, 0.1), ("besked", 0.15, 0.45)])
    assert_carried_share(docs, SE, [("publicerad", 0.65, 0.93), ("annons", 0.0, 0.2)])
    for fam in (f"{DK}/laes-ogsaa", f"{SE}/las-ocksa", f"{FI}/lue-myos"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{DK}/foto", f"{SE}/bild", f"{FI}/kuva"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((DK, "foto"), (DK, "annonce"), (SE, "bild"), (SE, "annons"),
                               (FI, "kuva"), (FI, "mainos"), (NO, "foto"), (EE, "foto"),
                               (LT, "nuotr"), (LV, "foto"), (BL, "chart"), (IS, "lestu"),
                               (RU, "chitaite"), (NN, "les-og"), (SA, "loga-maid")))
    beats = {m[1] for t in group_lines(SET, NO, "av")
             if (m := re.fullmatch(r"Av [^,]+, (.+)", norm(t)))}
    assert beats and beats <= pool(SET, NO, "beat")
    cities = {m[1] for t in group_lines(SET, BL, "dateline")
              if (m := re.match(r"([A-Za-z]+)(?:,| \|)", norm(t)))}
    assert len(cities) >= 5 and cities <= pool(SET, BL, "city") | pool(SET, BL, "bureau")


def test_amounts_in_appeals_and_prices() -> None:
    prices = {y: on(DK, "abonnement", d(y, 10, 1)) for y in range(2015, 2021)}
    assert "99 kr." not in prices[2015] and "99 kr." in prices[2017]
    assert "129 kr." in prices[2019] and "149 kr." in prices[2020]
    assert "119 kr/mån" in on(SE, "prenumeration", d(2020, 6, 1))
    assert "16,90 €" in on(FI, "tilaus", d(2020, 6, 1))
    assert "249 kr/mnd" in on(NO, "abonnement", d(2020, 6, 1))
    assert "8,90 €" in on(EE, "tellimus", d(2020, 6, 1))
    assert "4,99 €" in on(LT, "prenumerata", d(2020, 6, 1))
    assert "4,99 €" in on(LV, "abonements", d(2020, 6, 1))
    assert "€14.90" in on(BL, "subscribe", d(2020, 6, 1))
    assert "1.490 kr." in on(IS, "styrkja", d(2020, 6, 1))
    assert "1,00 €" in on(RU, "tsena", d(2020, 6, 1))
    assert "40 kr" in on(NN, "pris", d(2020, 6, 1))
    seen = {m[1] for t in group_lines(SET, DK, "abonnement")
            if (m := re.search(r"derefter (\d+) kr", norm(t)))}
    assert len(seen) >= 2
    sources = [m[1] for t in group_lines(SET, BL, "chart")
               if (m := re.search(r"source: (.+)$", norm(t)))]
    assert sources and set(sources) <= pool(SET, BL, "source")


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (DK, "rettelse"), (SE, "storning"), (FI, "korjaus"), (NO, "innlogging"),
        (EE, "hooldus"), (LT, "perkela"), (LV, "traucejumi"), (BL, "correction"),
        (IS, "netsamband"), (RU, "voda"), (NN, "seint"), (SA, "ii-boade")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DK}/laes-ogsaa", "LÆS OGSÅ: "), (f"{SE}/las-ocksa", "LÄS OCKSÅ: "),
        (f"{FI}/lue-myos", "Lue myös: "), (f"{NO}/les-ogsa", "Les også: "),
        (f"{EE}/loe-ka", "Loe ka: "), (f"{LT}/taip-pat", "Taip pat skaitykite: "),
        (f"{LV}/lasi-ari", "Lasi arī: "), (f"{BL}/related", "Related: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (DK, "annonce", "ANNONCE"),
        (SE, "annons", "Annons"),
        (FI, "mainos", "MAINOS"),
        (EE, "reklaam", "REKLAAM"),
        (LV, "reklama", "Reklāma"),
        (DK, "adresse", "Banegårdspladsen 00 · 8000 Aarhus C · Tlf. 00 00 00 00"),
        (BL, "disclaimer", "This article is for information only and is not investment "
                           "advice."),
        (EE, "kasutamine", "Materjalide kasutamine ainult toimetuse loal ja viitega "
                           "allikale."),
        (NN, "utgjevnad", "Avisa kjem ut tysdag og fredag."),
        (NN, "papir", "Saka stod først på trykk i papiravisa.")))
    for style, family, pattern, pool_name in (
            (DK, "rubrik", r"^(.+)$", "rubrik"),
            (SE, "vinjett", r"^(.+)$", "vinjett"),
            (FI, "osasto", r"^(.+)$", "osasto"),
            (NO, "stikktittel", r"^(.+)$", "stikktittel"),
            (EE, "rubriik", r"^(.+)$", "rubriik"),
            (LT, "skiltis", r"^(.+)$", "skiltis"),
            (LV, "sadala", r"^(.+)$", "sadala"),
            (BL, "kicker", r"^(.+)$", "kicker")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DK, "adresse", "Banegårdspladsen 00 · 8000 Aarhus C · Tlf. 00 00 00 00"),
        (BL, "disclaimer", "This article is for information only and is not investment "
                           "advice."),
        (LV, "parpublicesana", "Materiālu pārpublicēšana bez saskaņošanas ar redakciju "
                               "aizliegta.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DK: (["abonnement", "ophavsret", "adresse"], 3),
        SE: (["prenumeration", "utgivare", "copyright"], 2),
        FI: (["tilaus", "oikeudet", "toimitus"], 2),
        NO: (["abonnement", "redaktor", "vaer-varsom", "copyright"], 2),
        EE: (["tellimus", "oigused", "kasutamine"], 2),
        LT: (["prenumerata", "teises", "kopijuoti"], 2),
        LV: (["abonements", "tiesibas", "parpublicesana"], 2),
        BL: (["subscribe", "disclaimer", "licensing", "rights"], 2),
        IS: (["styrkja", "rettindi"], 2), RU: (["tsena", "prava"], 2),
        NN: (["pris", "utgjevnad", "copyright"], 2), SA: (["dieduhus", "vuoigatvuodat"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert DK in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
