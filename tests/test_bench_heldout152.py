"""The held-back-152 template set (`tests.bench.heldout_templates_152`): its localised dates
(printed day by day in English with Mountain, Central Australian and Navajo Nation daylight
time, Associated-Press months, Māori, Cree syllabics, Navajo, Quechua, Greenlandic and
Hawaiian, several changing form on the day of a redesign), the lines that turn every day,
week and month (the word of the day, on-air schedules, the proverb of the week, radio-bingo
jackpots, a band paper's issue, deadline and council meeting), the calendars some notices
follow (National Indigenous Peoples Day, Orange Shirt Day, NAIDOC Week, Te Wiki o te Reo
Māori, Matariki, the Navajo Nation Fair, Merrie Monarch, Inti Raymi, Quyllurit'i,
Ullortuneq, Treaty Days, elections, the pandemic), the cultural warnings and
acknowledgements reworded over the years, the prices and payments that change by year, the
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
from tests.bench.heldout_templates_152 import (
    AT_REDESIGN,
    DC_DIGITAL,
    DC_PRICE,
    DC_REDESIGN,
    FIRST_DAY,
    FW_LJI,
    FW_NEWSLETTER,
    FW_PRINT,
    FW_REDESIGN,
    FW_SUPPORT,
    GARMA,
    KF_REDESIGN,
    KF_STREAM,
    KL_NEWSLETTER,
    KL_REDESIGN,
    KL_TRANSLATOR,
    KUPU,
    KW_COMUNICADO,
    KW_INTERNET,
    KW_REDESIGN,
    LAST_DAY,
    MATARIKI,
    MC_WARNING,
    NAIDOC,
    NB_PERCAP,
    NU_APP,
    NU_REDESIGN,
    NU_SUBSCRIPTION,
    OLELO_NOEAU,
    POWWOW,
    TE_WIKI,
    TP_BILINGUAL,
    TP_NEWSLETTER,
    TP_REDESIGN,
    WR_ACK,
    WR_APP,
    WR_FNMA,
    WR_REDESIGN,
    WR_WARNING,
    first_tuesday_from,
    jackpots,
    kupu_of,
    labour_day,
    monday_of,
    next_deadline,
    north_american_daylight,
    proverb_of,
    qoyllur_riti,
    south_australian_daylight,
    syllabics,
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

SET = "held-back-152"
SITES = ("Four Winds Ledger", "Te Pae Kōrero", "Wirrin Country Radio", "Dinétah Courier",
         "Nuuk Ullumi", "Ka Leo o ka ʻĀina", "Radio Kuntur Wasi", "Kinosew FM",
         "Nimkii Bay News", "Awatipuna FM", "Munjarra Coast News", "KYZD 1180 AM")
FW, TP, WR, DC = ("fourwindsledger.ca", "tepaekorero.co.nz", "wirrinradio.org.au",
                  "dinetahcourier.com")
NU, KL, KW, KF = ("nuukullumi.gl", "kaleookaaina.org", "radiokunturwasi.pe", "kinosewfm.ca")
NB, AT, MC, KY = ("nimkiibaynews.org", "awatipunafm.iwi.nz", "munjarracoast.com.au",
                  "kyzd1180.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((FW, "dated"), (TP, "ra"), (WR, "dated"), (DC, "dated"), (DC, "bizaad-date"),
         (NU, "ulloq"), (KL, "la"), (KW, "punchaw"), (KF, "dated"), (NB, "posted"),
         (AT, "ra"), (MC, "dated"), (KY, "dated"))
# The lines that turn every day (a word of the day, schedules that name the day).
EVERY_DAY = ((TP, "kupu"), (WR, "on-air"), (KW, "programa"), (KF, "today"), (AT, "kei-runga"),
             (KY, "on-air"))
# The notices that follow calendars.
BANNERS = ((FW, "notice"), (TP, "notice"), (WR, "notice"), (DC, "notice"), (NU, "notice"),
           (KL, "notice"), (KW, "notice"), (KF, "notice"), (AT, "notice"), (MC, "notice"),
           (KY, "notice"))
# Amounts in force from given days.
TABLES = ((FW, "print", FW_PRINT), (DC, "price", DC_PRICE), (NU, "abonnement", NU_SUBSCRIPTION),
          (KW, "comunicado", KW_COMUNICADO), (NB, "percap", NB_PERCAP))

QUIET = d(2015, 3, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    FW: "Sign up for the Four Winds Ledger weekly newsletter",
    TP: "Whakauruhia mai ki tā mātou pānui ā-īmēra",
    WR: "Tune in on 101.5 FM or stream us live at wirrinradio.org.au",
    DC: "Subscribe to the Dinétah Courier and get the paper mailed every Thursday",
    NU: "Nuuk Ullumi Facebookimi malinnaaffigiuk",
    KL: "Subscribe to Ka Leo o ka ʻĀina, free by mail to Hawaiʻi homes",
    KW: "Uyariwayku 102.7 FM-pi",
    KF: "Tune in on 89.9 FM across the North",
    AT: "Whakarongo mai i te 94.1 FM",
    MC: "Munjarra Coast News is free at community stores and land council offices",
    KY: "Send your chapter announcements by 3 p.m. the day before",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (KL, "noeau"), (KF, "bingo"), (NB, "issue"), (NB, "deadline"), (NB, "council")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 21), d(2018, 7, 8), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert syllabics("nêhiyawêwin") == "ᓀᐦᐃᔭᐍᐏᐣ"
    assert syllabics("kisê-pîsim") == "ᑭᓭᐲᓯᒼ" and syllabics("âcimowina") == "ᐋᒋᒧᐏᓇ"
    assert north_american_daylight(d(2019, 3, 10)) and not north_american_daylight(
        d(2019, 3, 9))
    assert not north_american_daylight(d(2019, 11, 3))
    assert south_australian_daylight(d(2019, 10, 6)) and not south_australian_daylight(
        d(2019, 10, 5))
    assert not south_australian_daylight(d(2019, 4, 7)) and south_australian_daylight(
        d(2019, 4, 6))
    assert labour_day(2019) == d(2019, 9, 2)
    assert thursday_of(d(2019, 7, 4)) == d(2019, 7, 4) == thursday_of(d(2019, 6, 28))
    assert monday_of(d(2019, 7, 7)) == d(2019, 7, 1)
    assert first_tuesday_from(d(2019, 7, 2)) == d(2019, 7, 2)
    assert first_tuesday_from(d(2019, 7, 3)) == d(2019, 8, 6)
    assert first_tuesday_from(d(2019, 12, 20)) == d(2020, 1, 7)
    assert next_deadline(d(2019, 7, 15)) == (d(2019, 7, 15), 8)
    assert next_deadline(d(2019, 12, 16)) == (d(2020, 1, 15), 2)
    assert qoyllur_riti(2019) == d(2019, 6, 16) and qoyllur_riti(2020) == d(2020, 6, 7)
    pots = jackpots()
    assert all(day.weekday() == 3 for day in pots)
    values = list(pots.values())
    assert min(values) == 1000 and max(values) >= 3000
    assert all(b in (1000, a + 500) for a, b in zip(values, values[1:], strict=False))
    assert POWWOW[2019] == d(2019, 7, 20)


def test_localised_dates_and_times() -> None:
    old, new, summer = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"
    clock12 = r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FW, "dated", old, "Mar 5, 2016")
    full(FW, "dated", new, rf"Published Friday, June 19, 2020 at {clock12} MDT")
    full(FW, "dated", summer, rf"Published Monday, December 7, 2020 at {clock12} MST")
    full(TP, "ra", old, "5 March 2016")
    full(TP, "ra", new, "Rāmere, 19 Pipiri 2020")
    full(WR, "dated", old, "05/03/2016")
    full(WR, "dated", new, rf"Posted Friday 19 June 2020, {clock} ACST")
    full(WR, "dated", summer, rf"Posted Monday 7 December 2020, {clock} ACDT")
    full(DC, "dated", old, "March 5, 2016")
    full(DC, "dated", d(2015, 9, 4), "Sept. 4, 2015")
    full(DC, "dated", new, rf"Friday, June 19, 2020 \| {clock12} MDT")
    full(DC, "bizaad-date", new, "Ndaʼiiníísh, Yaʼiishjááshchilí 19, 2020")
    full(NU, "ulloq", old, rf"05\.03\.2016 kl\. {clock}")
    full(NU, "ulloq", new, rf"tallimanngorneq 19\. juuni 2020, nal\. {clock}")
    full(KL, "la", old, "March 5, 2016")
    full(KL, "la", new, "Pōʻalima, Iune 19, 2020")
    full(KW, "punchaw", old, "05/03/2016")
    full(KW, "punchaw", new, "Chʼaskachaw, 19 Inti Raymi killapi, 2020 watapi")
    full(KF, "dated", old, "March 5, 2016")
    full(KF, "dated", new, f"{syllabics('niyânano-kîsikâw')} · "
                           f"{syllabics('pâskâwihowi-pîsim')} 19, 2020")
    full(NB, "posted", new, "Posted 6/19/2020")
    full(NB, "issue", new, "Vol. 31, No. 6 · June 2020")
    full(AT, "ra", old, "5 Poutūterangi 2016")
    full(AT, "ra", new, "Rāmere 19 Pipiri 2020 \\| Friday 19 June 2020")
    full(MC, "dated", new, "Friday 19 June 2020")
    full(KY, "dated", new, "Yaʼiishjááshchilí 19, 2020 · Ndaʼiiníísh")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(FW, "dated", day).startswith("Published") == (day >= FW_REDESIGN)
        assert (on(TP, "ra", day)[:2] == "Rā") == (day >= TP_REDESIGN)
        assert on(WR, "dated", day).startswith("Posted") == (day >= WR_REDESIGN)
        assert ("|" in on(DC, "dated", day)) == (day >= DC_REDESIGN)
        assert ("nal." in on(NU, "ulloq", day)) == (day >= NU_REDESIGN)
        assert on(KL, "la", day).startswith(("Pōʻ", "Lāpule")) == (day >= KL_REDESIGN)
        assert ("watapi" in on(KW, "punchaw", day)) == (day >= KW_REDESIGN)
        assert bool(re.search("[\u1400-\u167f]", on(KF, "dated", day))) == (day >= KF_REDESIGN)
        assert ("|" in on(AT, "ra", day)) == (day >= AT_REDESIGN)
        if day >= FW_REDESIGN:
            assert on(FW, "dated", day).endswith("MDT" if north_american_daylight(day)
                                                 else "MST")
        if day >= WR_REDESIGN:
            assert on(WR, "dated", day).endswith("ACDT" if south_australian_daylight(day)
                                                 else "ACST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    for day in every_day():
        word, meaning = kupu_of(day)
        assert on(TP, "kupu", day) == f"Kupu o te rā: {word} – {meaning}"
        assert f"{day:%A} {day.day} {day:%B}" in on(WR, "on-air", day)
        assert f"({day:%A}, {day:%B} {day.day})" in on(KF, "today", day)
    assert {kupu_of(day) for day in every_day()} == set(KUPU)
    weekly = changes(KL, "noeau")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    assert {proverb_of(day) for day in every_day()} == set(OLELO_NOEAU)
    bingo = changes(KF, "bingo")
    assert len(bingo) >= 300 and all(day.weekday() == 4 for day in bingo)
    pots = {m[1] for day in every_day()
            if (m := re.search(r": (\$[\d,]+) jackpot", on(KF, "bingo", day)))}
    assert len(pots) >= 5
    assert "$10,000 Christmas" in on(KF, "bingo", d(2019, 12, 20))
    assert changes(NB, "issue") == {day for day in every_day() if day.day == 1} - {FIRST_DAY}
    assert changes(NB, "deadline") == {day for day in every_day() if day.day == 16}
    council = changes(NB, "council")
    for y in range(2015, 2020):
        for m in (1, 2, 3, 4, 5, 10, 11):
            tuesday = first_tuesday_from(d(y, m, 1))
            assert tuesday + one in council, tuesday
            assert f"Tuesday, {tuesday:%B} {tuesday.day}," in on(NB, "council", tuesday)
    assert "teleconference" in on(NB, "council", d(2020, 5, 5))
    assert found(NB, "council", r"Manoomin season (\d{4})") == {str(y) for y in range(2015,
                                                                                     2021)}
    assert found(NB, "council", r"Powwow, July \d+–\d+, (\d{4})") == {str(y) for y in
                                                                      range(2015, 2020)}
    assert found(NB, "council", r"polls open June \d+, (\d{4})") == {"2016", "2018"}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        day21 = on(FW, "notice", d(y, 6, 21))
        if y < 2020:
            name = "National Aboriginal Day" if y < 2017 else "National Indigenous Peoples Day"
            assert f"{name} {y}" in day21, y
            assert f"Red Dress Day {y}" in on(FW, "notice", d(y, 5, 5)), y
        assert f"Orange Shirt Day {y}" in on(FW, "notice", d(y, 9, 30)), y
        first, last = TE_WIKI[y]
        assert f"Te Wiki o te Reo Māori {y}" in on(TP, "notice", iso(first)), y
        assert f"Te Wiki o te Reo Māori {y}" in on(AT, "notice", iso(last)), y
        assert f"Matariki {y}" in on(TP, "notice", iso(MATARIKI[y]) + 7 * one), y
        assert f"Matariki {y}" in on(AT, "notice", iso(MATARIKI[y]) + 7 * one), y
        assert f"Waitangi Day {y}" in on(TP, "notice", d(y, 2, 6)), y
        first, last, theme = NAIDOC[y]
        assert on(WR, "notice", iso(first)) == f"NAIDOC Week {y}: {theme}", y
        assert f"NAIDOC Week {y} live broadcast" in on(WR, "on-air", iso(last)), y
        assert "Survival Day events" in on(WR, "notice", d(y, 1, 26)), y
        assert "Survival Day concert" in on(WR, "on-air", d(y, 1, 26)), y
        if 2015 < y < 2020:  # the Gold King Mine spill and the lockdowns win
            assert f"Code Talkers Day {y}" in on(DC, "notice", d(y, 8, 14)), y
        assert f"Ullortuneq {y}" in on(NU, "notice", d(y, 6, 21)), y
        assert f"Juullimi pilluaritsi {y}" in on(NU, "notice", d(y, 12, 24)), y
        assert f"Mahina ʻŌlelo Hawaiʻi {y}" in on(KL, "notice", d(y, 2, 10)), y
        assert f"Merrie Monarch {y}" in on(KL, "notice", easter(y) + 2 * one), y
        assert f"Treaty Days {y}" in on(KF, "notice", d(y, 7, 15)), y
        assert f"Koroneihana {y}" in on(AT, "notice", d(y, 8, 21)), y
        if y < 2020:
            assert f"Sorry Day {y}" in on(WR, "notice", d(y, 5, 26)), y
            assert f"Reconciliation Week {y}" in on(WR, "notice", d(y, 5, 30)), y
            assert f"Navajo Nation Fair {y}" in on(DC, "notice", labour_day(y) + 3 * one), y
            assert f"Navajo Nation Fair {y}" in on(KY, "notice", labour_day(y) + 3 * one), y
            assert f"Inti Raymi {y}" in on(KW, "notice", d(y, 6, 24)), y
            assert f"Quyllurit'i {y}" in on(KW, "notice", qoyllur_riti(y)), y
            assert f"Garma Festival {y}" in on(MC, "notice", iso(GARMA[y][0])), y
            assert f"NAIDOC Week {y}" in on(MC, "notice", iso(NAIDOC[y][0])), y
    assert "cancelled" in on(KL, "notice", easter(2020))
    assert found(KW, "notice", r"27 de mayo (\d{4})") >= {"2015", "2016", "2017", "2019"}
    assert on(WR, "notice", d(2020, 11, 8)) == f"NAIDOC Week 2020: {NAIDOC[2020][2]}"
    assert "MMIWG" in on(FW, "notice", d(2019, 6, 5))
    assert "Wetʼsuwetʼen" in on(FW, "notice", d(2020, 2, 20))
    assert found(FW, "notice", r"Federal election (\d{4})") == {"2015", "2019"}
    assert found(TP, "notice", r"Pōti (\d{4})") == {"2017", "2020"}
    assert "Alert Level 4" in on(TP, "notice", d(2020, 4, 1))
    assert "Biosecurity Act" in on(WR, "notice", d(2020, 4, 15))
    assert "Gold King" in on(DC, "notice", d(2015, 8, 10))
    assert "57-hour" in on(DC, "notice", d(2020, 5, 1))
    assert found(DC, "notice", r"primary election (\d{4})") == {"2018"}
    assert "Arctic Winter Games" in on(NU, "notice", d(2016, 3, 8))
    assert "Trump" in on(NU, "notice", d(2019, 8, 20))
    assert "Inatsisartunut qinersineq 2018" in on(NU, "notice", d(2018, 4, 24))
    assert "Puʻuhuluhulu" in on(KL, "notice", d(2019, 9, 1))
    assert "Hōkūleʻa" in on(KL, "notice", d(2017, 6, 17))
    assert "Estado de emergencia" in on(KW, "notice", d(2020, 4, 1))
    assert found(KW, "notice", r"Akllanakuy (\d{4})") == {"2016", "2018", "2020"}
    assert "Chief and Council" in on(KF, "notice", d(2020, 4, 1))
    assert found(MC, "notice", r"NT election (\d{4})") == {"2016", "2020"}
    assert "Biosecurity zones" in on(MC, "notice", d(2020, 5, 1))
    assert "Curfew" in on(KY, "notice", d(2020, 5, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FW, "byline", FW_LJI, "By {author}", "Local Journalism Initiative"),
        (FW, "warning", FW_SUPPORT, "discusses residential schools", "Hope for Wellness"),
        (FW, "notice", FW_NEWSLETTER, "weekly newsletter", "Turtle Island"),
        (TP, "reo", TP_BILINGUAL, "English version below", "reo rua"),
        (TP, "notice", TP_NEWSLETTER, "pānui ā-īmēra", "Sign up free"),
        (WR, "warning", WR_WARNING, "are warned", "voices"),
        (WR, "ack", WR_ACK, "present and emerging", "past and present."),
        (WR, "network", WR_FNMA, "Indigenous Remote", "First Nations Media"),
        (WR, "notice", WR_APP, "Tune in", "Indigitube"),
        (DC, "byline", DC_REDESIGN, "By {author}", "Story and photos"),
        (DC, "notice", DC_DIGITAL, "mailed every", "digital"),
        (NU, "danskisut", NU_REDESIGN, "atuarneqarsinnaavoq", "På dansk ›"),
        (NU, "notice", NU_APP, "Facebookimi", "app-imi"),
        (KL, "na", KL_TRANSLATOR, "Na {author}", "Unuhi"),
        (KL, "notice", KL_NEWSLETTER, "free by mail", "leka uila"),
        (KW, "willakuq", KW_REDESIGN, "Por", "Willakuq"),
        (KW, "notice", KW_INTERNET, "FM-pi", "internetpipas"),
        (KF, "notice", KF_STREAM, "Tune in", "stream us"),
        (MC, "warning", MC_WARNING, "may contain", "deceased persons")))
    assert_groups_reworded(SET, (
        (FW, "dated", ", 20", "Published "),
        (FW, "byline", "By ", "Local Journalism"),
        (WR, "warning", "are warned", "voices"),
        (WR, "ack", "emerging", "past and present."),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$800" in on(NB, "percap", d(2020, 12, 1))
    assert "75¢" in on(DC, "price", d(2016, 6, 1)) and "$1.50" in on(DC, "price", LAST_DAY)
    assert found(KF, "bingo", r"Cards (\$\d+)") == {"$10", "$12", "$15"}
    prices = {m[1] for t in group_lines(SET, FW, "print")
              if (m := re.search(r"edition: (\$\d+)", norm(t)))}
    assert len(prices) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KF, "isi", r"^[\u1400-\u167f]+$"), (KF, "thanks", r"[\u1400-\u167f]"),
        (TP, "tautoko", r"[āēīōū]"), (TP, "kupu", r"^Kupu "),
        (KL, "noeau", r"ʻ"), (KL, "la", r"\d{4}$"), (DC, "bizaad-date", r"[ąįʼł]"),
        (NU, "danskisut", r"[Åå]|qallunaatut|Qallunaatut"), (KW, "runasimi", r"runasimi"),
        (AT, "iwi", r"Nō te iwi")))
    assert any(re.search("[\u1400-\u167f]", t) for t in group_lines(SET, KF, "dated"))
    assert any(t.startswith("Pōʻ") or t.startswith("Lāpule")
               for t in group_lines(SET, KL, "la"))
    assert any("killapi" in t for t in group_lines(SET, KW, "punchaw"))
    assert any("juuni" in t or "nal." in t for t in group_lines(SET, NU, "ulloq"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FW}/dated", f"{FW}/byline", f"{FW}/related", f"{FW}/kicker",
                         f"{FW}/photo", f"{FW}/copyright", f"{TP}/ra", f"{TP}/kupu",
                         f"{TP}/na", f"{WR}/dated", f"{WR}/on-air"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FW}/owned", f"{FW}/treaty", f"{TP}/tautoko", f"{WR}/funding", f"{DC}/letters",
        f"{NU}/editor"))
    assert_carried_share(docs, FW, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("warning", 0.03, 0.25), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, TP, [("kupu", 0.15, 0.5), ("ra", 0.8, 0.98),
                                    ("whakatika", 0.0, 0.12)])
    for fam in (f"{FW}/related", f"{FW}/advert", f"{TP}/panuitia", f"{TP}/hokohoko"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((FW, "photo"), (TP, "whakaahua"), (DC, "translated"),
                               (NU, "assi"), (KL, "kii"), (KW, "pukyu"), (KF, "elder")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FW, "correction", 16), (TP, "whakatika"), (WR, "correction"), (DC, "correction"),
        (NU, "aaqqiineq"), (KL, "ekalamai"), (KW, "allinchay"), (KF, "correction"),
        (NB, "correction"), (AT, "whakatika"), (MC, "correction"), (KY, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FW}/related", "RELATED: "), (f"{TP}/panuitia", "Pānuitia hoki: "),
        (f"{DC}/related", "Related story: "), (f"{NU}/aamma", "Aamma atuaruk: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (FW, "advert", "ADVERTISEMENT"), (TP, "hokohoko", "Pānui hokohoko"),
        (NU, "annonce", "Annonce"), (DC, "advert", "Advertisement"),
        (WR, "sponsor", "Community sponsorship announcement")))
    assert_group_values_from_pool(SET, (
        (FW, "kicker", "kicker"), (TP, "wahanga", "wahanga"), (NU, "immikkoortoq",
                                                               "immikkoortoq"),
        (KL, "mahele", "mahele"), (KW, "raki", "raki"), (KF, "isi", "isi"),
        (NB, "department", "department")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (FW, "advert", "ADVERTISEMENT"),
        (TP, "tautoko", "He mea tautoko e Te Māngai Pāho."),
        (WR, "funding", "Supported by the Australian Government through the Indigenous "
                        "Advancement Strategy.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FW: (["treaty", "notice", "print", "owned", "copyright"], 3),
        TP: (["kupu", "notice", "tautoko", "copyright"], 3),
        WR: (["ack", "notice", "network", "funding", "copyright"], 3),
        DC: (["price", "letters", "notice", "obituaries", "copyright"], 2),
        NU: (["notice", "abonnement", "editor", "copyright"], 2),
        KL: (["noeau", "notice", "okina", "disclaimer", "copyright"], 2),
        KF: (["today", "tobacco", "notice", "thanks", "copyright"], 2),
        NB: (["deadline", "council", "percap", "disclaimer", "miigwech", "copyright"], 3),
        AT: (["notice", "tautoko", "iwi", "copyright"], 2),
        MC: (["ack", "printing", "notice", "copyright"], 2),
        KY: (["notice", "psa", "slogan", "copyright"], 2)})


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
