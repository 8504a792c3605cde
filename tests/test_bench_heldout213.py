"""The held-back-213 template set (`tests.bench.heldout_templates_213`): its localised dates
(printed day by day in English, Polish and Czech with the month in the genitive, Filipino,
Swahili and Norwegian, most changing form on the day of a redesign), the lines that turn
every day, week and month (a campsite's status, "Dziś jest", the saying of the day, the knot
of the week, the troop of the month), the camp, jamboree and holiday calendars its notices
follow (county camps, St George's Day and Remembrance Sunday parades, the World Scout
Jamborees, the census, the 1% tax appeal, the Bethlehem light, Thinking Day, the Three Kings
collection, the Svojsík race, 17 May, camp seasons, typhoons, elections, bushfires, Guide
biscuits, the pandemic), the membership fees that change by calendar, scouting, school and
subscription year, the safeguarding and other notices reworded over the years, the lines in
several languages, the variation it promises, its multi-line blocks and the hard negatives
of its corpus actually occur.

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

from tests.bench.heldout_templates_213 import (
    BG_ACKNOWLEDGEMENT,
    BG_CHILD_SAFE,
    BG_FEES,
    BG_REDESIGN,
    BI_BAYAD,
    BI_REDESIGN,
    BI_SAFE,
    BI_TYPHOONS,
    BI_VIBER,
    FIRST_DAY,
    HB_KURATORIUM,
    HB_OFFICE,
    HB_REDESIGN,
    HB_SKLADKA,
    KNOPER,
    LAST_DAY,
    MANENO,
    SJ_MEETINGS,
    SJ_PRISPEVKY,
    SJ_REDESIGN,
    SL_CAMPS,
    SL_PHOTOS,
    SL_PRISPEVEK,
    SL_REDESIGN,
    SP_KONTINGENT,
    SP_POLITIATTEST,
    SP_REDESIGN,
    SP_VIPPS,
    SS_ADA,
    SS_CONDUCT,
    SS_REDESIGN,
    SS_SOCIAL,
    ST_KONTINGENT,
    ST_MEETINGS,
    ST_VIPPS,
    TG_FEE,
    TG_REDESIGN,
    WH_REDESIGN,
    WH_RODO,
    WH_SAFEGUARDING,
    WH_SKLADKA,
    WH_VOLUNTEERS,
    WM_CENSUS,
    WM_JAMBOREES,
    WM_PRIVACY,
    WM_REBRAND,
    WM_SAFEGUARDING,
    WM_SUBS,
    WP_ADA,
    bi_troop,
    knop,
    neno,
    remembrance_sunday,
    spring_bank_holiday,
    st_george_parade,
    value_on,
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

SET = "held-back-213"
SITES = ("Wealdmoor Scouts", "Wieści Harcerskie", "Skautské listy", "Balitang Iskawt",
         "Sauti ya Skauti", "Speiderposten", "Banksia Coast Guides", "Hufiec ZHP Borowina",
         "Středisko Javor", "Tanglaw Girl Scouts", "Waongozi Pwani", "Lyngvik speidergruppe")
WM, WH, SL, BI = ("wealdmoorscouts.org.uk", "wiesciharcerskie.pl", "skautskelisty.cz",
                  "balitangiskawt.ph")
SS, SP, BG, HB = ("sautiyaskauti.or.ke", "speiderposten.no", "banksiacoastguides.org.au",
                  "hufiecborowina.pl")
SJ, TG, WP, ST = ("strediskojavor.cz", "tanglawgirlscouts.org.ph", "waongozipwani.or.tz",
                  "lyngvikspeiderne.no")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WM, "dated"), (WH, "data"), (SL, "datum"), (BI, "petsa"), (SS, "tarehe"),
         (SP, "dato"), (BG, "dated"), (HB, "dodano"), (SJ, "pridano"), (TG, "posted"),
         (WP, "tarehe"), (ST, "dato"))
# The lines that name the day they are printed on (the campsite's status and the saying of
# the day name the day and the month, not the year).
EVERY_DAY = ((WM, "campsite"), (WH, "dzis"), (SS, "neno"))
# The notices that follow calendars.
BANNERS = ((WM, "notice"), (WH, "apel"), (SL, "upozorneni"), (BI, "abiso"), (SS, "ujumbe"),
           (SP, "melding"), (BG, "notice"), (HB, "obozy"), (SJ, "tabor"), (TG, "rehistro"),
           (WP, "tukio"), (ST, "kalender"))
# Amounts in force from given days.
TABLES = ((WM, "subs", WM_SUBS), (WM, "census", WM_CENSUS), (WH, "skladka", WH_SKLADKA),
          (SL, "prispevek", SL_PRISPEVEK), (BI, "bayad", BI_BAYAD), (SS, "ada", SS_ADA),
          (SP, "kontingent", SP_KONTINGENT), (BG, "fees", BG_FEES), (HB, "skladka", HB_SKLADKA),
          (SJ, "prispevky", SJ_PRISPEVKY), (TG, "fee", TG_FEE), (WP, "ada", WP_ADA),
          (ST, "kontingent", ST_KONTINGENT))

QUIET = d(2015, 11, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WM: "Find your nearest Scout group and join the waiting list at "
        "wealdmoorscouts.org.uk/join",
    WH: "Dołącz do harcerstwa! Znajdź drużynę w swojej okolicy na wiesciharcerskie.pl/dolacz",
    SL: "Máte tip na článek? Pište na redakce@skautskelisty.cz",
    BI: "I-like ang aming Facebook page para sa mga anunsyo ng konseho",
    SS: "Pata habari za skauti kila wiki: jiunge na kundi letu la WhatsApp",
    SP: "Følg Speiderposten på Facebook og Instagram for bilder fra turer og leirer",
    BG: "Find a Guide unit near you: banksiacoastguides.org.au/join",
    HB: "Biuro hufca czynne we wtorki i czwartki w godz. 16:00–19:00",
    SJ: "Nové členy rádi přivítáme – přijďte se podívat na kteroukoli schůzku.",
    TG: "May tanong? Mag-message sa aming Facebook page.",
    WP: "Tufuate kwenye Facebook na Instagram: @waongozipwani",
    ST: "Nye medlemmer er alltid velkomne – ta kontakt med gruppeleder!",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((SP, "ukens"), (BI, "troop")), (
        FIRST_DAY, QUIET, d(2016, 2, 22), d(2017, 8, 8), d(2018, 5, 14), d(2019, 10, 31),
        d(2020, 3, 20), d(2020, 11, 12), LAST_DAY))


def test_helpers() -> None:
    assert [st_george_parade(y) for y in (2015, 2016, 2017, 2019)] == [
        d(2015, 4, 26), d(2016, 4, 24), d(2017, 4, 23), d(2019, 4, 21)]
    assert [spring_bank_holiday(y) for y in (2015, 2018, 2020)] == [
        d(2015, 5, 25), d(2018, 5, 28), d(2020, 5, 25)]
    assert [remembrance_sunday(y) for y in (2015, 2018, 2020)] == [
        d(2015, 11, 8), d(2018, 11, 11), d(2020, 11, 8)]
    assert knop(d(2020, 6, 19))[0] == 25 and knop(d(2020, 6, 15)) == knop(d(2020, 6, 21))
    assert value_on(d(2017, 3, 31), WM_SUBS).startswith("2016/17")
    assert value_on(d(2017, 4, 1), WM_SUBS).startswith("2017/18")
    numbers = {bi_troop(y, m)[0] for y in range(2015, 2021) for m in range(1, 13)}
    assert len(numbers) >= 40 and all(100 <= n < 500 for n in numbers)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WM, "dated", old, "Posted 5 Mar 2016")
    full(WM, "dated", new, r"19 June 2020 · \d+ min read")
    full(WM, "campsite", old, "Holly Ridge campsite, Saturday 5 March: open for bookings")
    full(WM, "campsite", d(2018, 7, 2), "Holly Ridge campsite, Monday 2 July: open, but no "
                                        "open fires until the ground is wet again")
    full(WH, "data", old, r"05\.03\.2016")
    full(WH, "data", new, rf"piątek, 19 czerwca 2020, godz\. {clock}")
    full(WH, "dzis", old, r"Dziś jest sobota, 5 marca 2016 r\.")
    full(SL, "datum", old, r"5\. 3\. 2016")
    full(SL, "datum", new, rf"pátek 19\. června 2020, {clock}")
    full(BI, "petsa", old, "Marso 5, 2016")
    full(BI, "petsa", new, rf"Biyernes, Hunyo 19, 2020 \| {clock12}")
    full(BI, "troop", new, r"Troop of the Month \(Hunyo 2020\): Troop \d{3}, .+")
    full(SS, "tarehe", old, "05/03/2016")
    full(SS, "tarehe", new, rf"Ijumaa, 19 Juni 2020 saa {clock}")
    full(SS, "neno", new, rf"Neno la leo, 19 Juni: {re.escape(neno(new))}")
    full(SP, "dato", old, r"Publisert 05\.03\.2016")
    full(SP, "dato", new, rf"Publisert fredag 19\. juni 2020 kl\. {clock}")
    full(SP, "ukens", new, rf"Ukens knop \(uke 25\): {knop(new)[1]}")
    full(BG, "dated", old, "05/03/2016")
    full(BG, "dated", new, "Posted Friday 19 June 2020")
    full(HB, "dodano", old, r"Dodano: 05\.03\.2016 r\.")
    full(HB, "dodano", new, rf"Opublikowano 2020-06-19 {clock}")
    full(SJ, "pridano", old, r"Přidáno 5\. 3\. 2016")
    full(SJ, "pridano", new, r"19\. června 2020")
    full(TG, "posted", old, "Posted on March 5, 2016")
    full(TG, "posted", new, "Inilathala noong Hunyo 19, 2020")
    full(WP, "tarehe", new, "Imewekwa: 19 Juni, 2020")
    full(ST, "dato", old, r"5\. mar\. 2016")
    full(ST, "dato", new, r"19\. jun\. 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for key in (EVERY_DAY[0], EVERY_DAY[2]):
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[1:2]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WM, "dated", day).startswith("Posted") == (day < WM_REBRAND)
        assert ("godz." in on(WH, "data", day)) == (day >= WH_REDESIGN)
        assert bool(re.match(r"\d", on(SL, "datum", day))) == (day < SL_REDESIGN)
        assert ("|" in on(BI, "petsa", day)) == (day >= BI_REDESIGN)
        assert ("saa" in on(SS, "tarehe", day)) == (day >= SS_REDESIGN)
        assert (" kl. " in on(SP, "dato", day)) == (day >= SP_REDESIGN)
        assert on(BG, "dated", day).startswith("Posted") == (day >= BG_REDESIGN)
        assert on(HB, "dodano", day).startswith("Dodano") == (day < HB_REDESIGN)
        assert on(SJ, "pridano", day).startswith("Přidáno") == (day < SJ_REDESIGN)
        assert on(TG, "posted", day).startswith("Posted") == (day < TG_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for day in every_day():
        status = on(WM, "campsite", day)
        assert f"{day:%A} {day.day} {day:%B}:" in status
        if d(2020, 3, 20) <= day <= d(2020, 7, 3):
            assert "closed to all groups" in status, day
        elif day.month in (1, 2):
            assert "winter maintenance" in status, day
    assert found(SS, "neno", r": (.+)$") == set(MANENO)
    weekly = changes(SP, "ukens")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    assert found(SP, "ukens", r": (.+)$") == set(KNOPER)
    monthly = changes(BI, "troop")
    assert len(monthly) == 71 and all(day.day == 1 for day in monthly)
    assert any(" min read" in t for t in group_lines(SET, WM, "dated"))


def test_camp_and_jamboree_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, name in WM_JAMBOREES:
        assert name in on(WM, "notice", iso(first)) and name in on(WM, "notice", iso(last))
    for y in range(2015, 2020):
        assert f"Remembrance Sunday {remembrance_sunday(y).day} November {y}" in on(
            WM, "notice", remembrance_sunday(y))
        monday = spring_bank_holiday(y)
        assert f"County Camp {y}" in on(WM, "notice", monday), y
        assert f"{(monday - 3 * one).day}–{monday.day} May" in on(WM, "notice", monday)
        assert f"Sunday {st_george_parade(y).day} April" in on(WM, "notice",
                                                               st_george_parade(y))
        assert f"Speideraksjonen {y}" in on(SP, "melding", d(y, 10, 15))
        assert f"Kretsleir {y}" in on(SP, "melding", d(y, 6, 1))
        assert f"Svojsíkův závod {y}" in on(SL, "upozorneni", d(y, 5, 15))
        assert f"Akcja Letnia {y}" in on(WH, "apel", d(y, 7, 15))
        assert f"Zapisy na obozy letnie {y}" in on(HB, "obozy", d(y, 3, 1))
        assert f"Obozy {y} trwają" in on(HB, "obozy", d(y, 8, 1))
        assert f"letní tábor {y}" in on(SJ, "tabor", d(y, 2, 1))
        assert f"Zprávy z tábora {y}" in on(SJ, "tabor", d(y, 7, 15))
        assert f"Guide Biscuits {y}" in on(BG, "notice", d(y, 5, 10))
    for y in range(2015, 2021):
        assert f"Census {y}" in on(WM, "notice", d(y, 1, 31)), y
        assert f"Tříkrálová sbírka {y}" in on(SL, "upozorneni", d(y, 1, 6))
        assert f"Betlémské světlo {y}" in on(SL, "upozorneni", d(y, 12, 20))
        assert f"Betlejemskie Światło Pokoju {y}" in on(WH, "apel", d(y, 12, 20))
        assert "Registration ng" not in on(TG, "rehistro", d(y, 8, 1))
    assert found(WM, "notice", r"St George's Day parade (\d{4})") == {
        str(y) for y in range(2015, 2020)}  # the pandemic's notice wins in 2020
    assert "County Camp 2020" not in on(WM, "notice", spring_bank_holiday(2020))
    assert "Svojsíkův závod 2020 se" in on(SL, "upozorneni", d(2020, 5, 15))
    assert "reżimie sanitarnym" in on(WH, "apel", d(2020, 7, 15))
    assert "reżimie sanitarnym" in on(HB, "obozy", d(2020, 8, 1))
    assert "O táboře 2020" in on(SJ, "tabor", d(2020, 4, 15))


def test_holidays_days_of_the_movement_and_emergencies() -> None:
    for y in range(2015, 2021):
        assert f"Dzień Myśli Braterskiej {y}" in on(WH, "apel", d(y, 2, 22))
        assert f"Den zamyšlení {y}" in on(SL, "upozorneni", d(y, 2, 22))
        assert f"Tenkedagen {y}" in on(SP, "melding", d(y, 2, 22))
        assert f"World Thinking Day {y}" in on(BG, "notice", d(y, 2, 22)) or y == 2020
        assert f"World Thinking Day {y}" in on(TG, "rehistro", d(y, 2, 22))
        assert f"Siku ya Kufikiri Duniani {y}" in on(WP, "tukio", d(y, 2, 22))
        assert f"Siku ya Mwanzilishi {y}" in on(SS, "ujumbe", d(y, 2, 22))
        assert f"PIT za {y - 1}" in on(WH, "apel", d(y, 2, 10))
        assert f"Heri ya Sikukuu ya Jamhuri {y}" in on(SS, "ujumbe", d(y, 12, 12)) or y == 2020
        assert f"Heri ya Siku ya Uhuru {y}" in on(WP, "tukio", d(y, 12, 9))
        assert f"Siku ya Mtoto wa Kike Duniani {y}" in on(WP, "tukio", d(y, 10, 11))
        assert f"Julemøte {y}" in on(ST, "kalender", d(y, 12, 10))
        assert f"SY {y}-{y + 1}" in on(TG, "rehistro", d(y, 8, 1))
    for y in range(2015, 2020):
        assert f"17. mai {y}" in on(SP, "melding", d(y, 5, 17))
        assert f"17. mai {y}" in on(ST, "kalender", d(y, 5, 17))
        assert f"ANZAC Day {y}" in on(BG, "notice", d(y, 4, 25))
        assert f"Araw ng Kalayaan {y}" in on(BI, "abiso", d(y, 6, 12))
        assert f"Ika-{y - 1936} anibersaryo" in on(BI, "abiso", d(y, 10, 28))
        assert f"Ika-{y - 1940} anibersaryo" in on(TG, "rehistro", d(y, 5, 26))
    for first, last, name in BI_TYPHOONS:
        assert f"Bagyong {name}" in on(BI, "abiso", iso(first))
        assert f"Bagyong {name}" in on(BI, "abiso", iso(last))
    assert "Taal" in on(BI, "abiso", d(2020, 1, 15)) and "Taal" in on(TG, "rehistro",
                                                                      d(2020, 1, 15))
    assert "ECQ" in on(BI, "abiso", d(2020, 4, 1)) and "ECQ" in on(TG, "rehistro", d(2020, 4, 1))
    assert "GCQ" in on(BI, "abiso", d(2020, 9, 1))
    assert "8 Agosti 2017" in on(SS, "ujumbe", d(2017, 8, 8))
    assert "marudio" in on(SS, "ujumbe", d(2017, 10, 20))  # wins over Mashujaa Day
    assert "COVID-19" in on(SS, "ujumbe", d(2020, 12, 12))
    assert "25 Oktoba 2015" in on(WP, "tukio", d(2015, 10, 25))
    assert "28 Oktoba 2020" in on(WP, "tukio", d(2020, 10, 28))
    assert "Shule zimefungwa" in on(WP, "tukio", d(2020, 4, 1))
    assert "Bushfire" in on(BG, "notice", d(2020, 1, 5))
    assert "Bushfire" in on(BG, "notice", d(2020, 2, 22))  # wins over Thinking Day
    assert "Guides at Home" in on(BG, "notice", d(2020, 4, 25))
    assert "Koronaviruset" in on(SP, "melding", d(2020, 5, 17))
    assert "koronaviruset" in on(ST, "kalender", d(2020, 5, 17))
    assert "harcerstwo w domu" in on(WH, "apel", d(2020, 4, 1))
    assert "skauting na dálku" in on(SL, "upozorneni", d(2020, 4, 1))
    assert "jen online" in on(SL, "upozorneni", d(2020, 11, 1))
    assert "Face-to-face meetings are paused" in on(WM, "notice", st_george_parade(2020))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WM, "byline", WM_REBRAND, "By {author}", "{author_beat}"),
        (WM, "safeguarding", WM_SAFEGUARDING[0], "Young People First", "DBS check"),
        (WM, "safeguarding", WM_SAFEGUARDING[1], "DBS check", "dial 999"),
        (WM, "privacy", WM_PRIVACY, "Privacy and cookies", "25 May 2018"),
        (WH, "autor", WH_REDESIGN, "Autor:", "Zdjęcia"),
        (WH, "ochrona", WH_SAFEGUARDING, "Napisz", "pełnomocnik"),
        (WH, "rodo", WH_RODO, "cookies", "RODO"),
        (SL, "autor", SL_REDESIGN, "Napsal(a)", "Foto:"),
        (SL, "upozorneni", SL_PHOTOS, "tip na článek", "fotky"),
        (SL, "tabor", SL_CAMPS, "volných míst", "bezinfekčnosti"),
        (BI, "ulat", BI_REDESIGN, "Ni {author}", "Mga larawan"),
        (BI, "proteksyon", BI_SAFE, "Child Protection Policy", "Safe from Harm"),
        (SS, "mwandishi", SS_REDESIGN, "Na {author}", "{mahali}"),
        (SS, "ujumbe", SS_SOCIAL, "WhatsApp", "Instagram"),
        (SS, "ulinzi", SS_CONDUCT, "Ulinzi wa mtoto", "maadili mema"),
        (SP, "forfatter", SP_REDESIGN, "Tekst:", "{author_beat}"),
        (SP, "politiattest", SP_POLITIATTEST, "må levere", "digitalt"),
        (SP, "grasrot", SP_VIPPS, "organisasjonsnummer", "Vipps"),
        (BG, "notice", BG_CHILD_SAFE, "Find a Guide unit", "Volunteer with Guides"),
        (BG, "wwcc", BG_CHILD_SAFE, "All adult members", "Child safe"),
        (BG, "acknowledgement", BG_ACKNOWLEDGEMENT, "past and present", "emerging"),
        (HB, "obozy", HB_OFFICE, "wtorki", "poniedziałki"),
        (HB, "wypoczynek", HB_KURATORIUM, "przepisami", "bazie wypoczynku MEN"),
        (SJ, "schuzky", SJ_MEETINGS, "ve středu", "v úterý"),
        (TG, "author", TG_REDESIGN, "Posted by", "Isinulat ni"),
        (ST, "moter", ST_MEETINGS, "Vi møtes", "småspeidere"),
        (ST, "vipps", ST_VIPPS, "kontonummer", "Vipps")))
    # Notices that a calendar turns are reworded on a day an event may hold: their base
    # wording is looked at on quiet days around it.
    for domain, family, day, old, new in (
            (WM, "notice", WM_REBRAND, "waiting list", "Skills for life"),
            (WH, "apel", WH_VOLUNTEERS, "Dołącz", "wolontariuszem"),
            (BI, "abiso", BI_VIBER, "Facebook", "Viber")):
        assert old in on(domain, family, day - 90 * one), family
        assert new in on(domain, family, day + 60 * one), family
    assert_groups_reworded(SET, (
        (WM, "dated", "Posted ", " min read"),
        (WM, "byline", "By ", ", "),
        (WH, "data", ".20", "godz."),
        (SL, "datum", ". 20", "ě"),
        (BI, "petsa", ", 20", " | "),
        (SS, "tarehe", "/20", " saa "),
    ))


def test_fees_and_counts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
    for y in range(2016, 2021):
        assert changes(WM, "subs") >= {d(y, 4, 1)} and changes(WH, "skladka") >= {d(y, 1, 1)}
    assert changes(HB, "skladka") == {d(y, 9, 1) for y in range(2015, 2021)}
    assert changes(TG, "fee") == {d(y, 7, 1) for y in range(2015, 2021)}
    assert changes(ST, "kontingent") == {d(y, m, 1) for y in range(2015, 2021) for m in (1, 8)
                                         } - {d(2015, 1, 1)}
    assert "£34.00" in on(WM, "subs", d(2020, 6, 1)) and "2020/21" in on(WM, "subs",
                                                                         d(2020, 6, 1))
    assert "£27.50" in on(WM, "subs", FIRST_DAY) and "2014/15" in on(WM, "subs", FIRST_DAY)
    assert "10,377" in on(WM, "census", d(2020, 3, 1)) and "9,127" in on(WM, "census",
                                                                         d(2016, 2, 29))
    assert "72 zł" in on(WH, "skladka", d(2019, 1, 1)) and "60 zł" in on(WH, "skladka",
                                                                         d(2018, 12, 31))
    assert "2019/2020: 6 zł" in on(HB, "skladka", d(2019, 9, 1))
    assert "500 Kč" in on(SL, "prispevek", d(2020, 1, 1))
    assert "2020/2021: 1 100 Kč" in on(SJ, "prispevky", d(2020, 9, 1))
    assert "₱75" in on(BI, "bayad", d(2019, 1, 1)) and "KSh 200" in on(SS, "ada", d(2020, 5, 1))
    assert "560 kr" in on(SP, "kontingent", d(2020, 1, 1)) and "$192" in on(BG, "fees",
                                                                            d(2020, 1, 1))
    assert "SY 2018-2019: ₱60" in on(TG, "fee", d(2018, 7, 1))
    assert "TSh 5,000" in on(WP, "ada", d(2020, 1, 1))
    assert "høsten 2019: 450 kr" in on(ST, "kontingent", d(2019, 8, 1))
    years = {m[1] for t in group_lines(SET, WM, "subs")
             if (m := re.search(r"subscription (\d{4}/\d\d)", norm(t)))}
    assert len(years) >= 3


def test_several_languages() -> None:
    assert_groups_in_script(SET, (
        (WH, "opp", r"[ąćęłńóśźż]"), (WH, "dzis", r"[ąćęłńóśźż]"),
        (HB, "konto", r"[ąćęłńóśźż]"), (SL, "vydava", r"[áčďéěíňóřšťúůýž]"),
        (SL, "bezpeci", r"[áčďéěíňóřšťúůýž]"), (SJ, "ico", r"[áčďéěíňóřšťúůýž]"),
        (SP, "politiattest", r"[æøå]"), (SP, "grasrot", r"[æøå]"),
        (ST, "moter", r"[æøå]"), (BI, "boluntaryo", r"\b(sa|ang|ng|mga)\b"),
        (TG, "safe", r"\b(sa|ang|ng|mga)\b"), (SS, "kujitolea", r"\b(wa|ya|kama)\b"),
        (WP, "ulinzi", r"\b(kwa|bila)\b"), (SS, "haki", r"Haki zote")))
    assert any("₱" in t for t in group_lines(SET, BI, "bayad"))
    assert any(re.search(r"[ąćęłńóśźż]", t) for t in group_lines(SET, WH, "data"))
    assert any(re.search(r"(ledna|února|března|dubna|května|června|července|srpna|září|října|"
                         r"listopadu|prosince)", t) for t in group_lines(SET, SL, "datum"))
    assert any(re.search(r"(Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo)", t)
               for t in group_lines(SET, BI, "petsa"))
    assert any(" saa " in t for t in group_lines(SET, SS, "tarehe"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WM}/dated", f"{WM}/byline", f"{WM}/read-more", f"{WM}/section",
                         f"{WM}/photo", f"{WM}/copyright", f"{WM}/badges", f"{WH}/data",
                         f"{WH}/autor", f"{WH}/czytaj", f"{SL}/datum", f"{SL}/autor"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WM}/charity", f"{WM}/share", f"{WH}/opp", f"{WH}/udostepnij", f"{SL}/vydava",
        f"{SL}/bezpeci"))
    assert_carried_share(docs, WM, [
        ("dated", 0.88, 1.0), ("read-more", 0.4, 0.75), ("correction", 0.0, 0.1),
        ("campsite", 0.08, 0.35), ("charity", 0.3, 0.6), ("bulletin", 0.02, 0.22)])
    assert_carried_share(docs, WH, [("data", 0.75, 0.97), ("dzis", 0.08, 0.35),
                                    ("sprostowanie", 0.0, 0.12)])
    for fam in (f"{WM}/read-more", f"{SL}/inzerce", f"{BI}/patalastas"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WM, "photo"), (WH, "czytaj"), (SL, "ctete"), (BI, "basahin"),
                               (SS, "soma"), (SP, "les-ogsa"), (BG, "related"),
                               (HB, "galeria"), (SJ, "fotogalerie"), (TG, "larawan"),
                               (WP, "picha"), (ST, "bilder")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WM, "correction", 16), (WH, "sprostowanie"), (SL, "oprava"), (BI, "pagwawasto"),
        (SS, "marekebisho"), (SP, "rettelse"), (BG, "update"), (HB, "sprostowanie"),
        (TG, "update")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WM}/read-more", "You might also like: "), (f"{WH}/czytaj", "Czytaj także: "),
        (f"{SL}/ctete", "Čtěte také: "), (f"{BI}/basahin", "BASAHIN DIN: "),
        (f"{SS}/soma", "Soma pia: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SL, "inzerce", "Inzerce"), (BI, "patalastas", "ADVERTISEMENT"),
        (SS, "tangazo", "TANGAZO"), (SP, "annonse", "Annonse"),
        (SJ, "fotogalerie", "Fotky z akce najdete ve fotogalerii.")))
    assert_group_values_from_pool(SET, (
        (WM, "section", "tag"), (WH, "kategoria", "kategoria"), (SL, "rubrika", "rubrika"),
        (BI, "kategorya", "kategorya"), (SS, "kitengo", "kitengo"),
        (SP, "kategori", "kategori")))
    links = [norm(t) for t in group_lines(SET, BG, "posted-in")]
    assert links and all(re.fullmatch(r"Posted in \[\w+\]\(#\)(, \[\w+\]\(#\))*", t)
                         for t in links)
    ranks = {m[1] for t in group_lines(SET, WH, "autor")
             if (m := re.match(r"(?:Autor|Tekst): (\S+) ", norm(t)))}
    assert len(ranks) >= 3


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WM, "share", "Share: Facebook · Twitter · Email"),
        (WH, "opp", "Związek Harcerstwa Polskiego jest organizacją pożytku publicznego."),
        (BI, "patalastas", "ADVERTISEMENT")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WM: (["census", "charity", "copyright"], 2),
        WH: (["rodo", "opp", "copyright"], 2),
        SL: (["bezpeci", "vydava", "copyright"], 2),
        BI: (["sundan", "orihinal", "copyright"], 2),
        SS: (["kujitolea", "mpesa", "haki"], 2),
        SP: (["grasrot", "kontakt", "copyright"], 2),
        BG: (["acknowledgement", "association", "copyright"], 3),
        HB: (["konto", "stopka"], 2),
        SJ: (["kontakt", "ico"], 2)})


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
