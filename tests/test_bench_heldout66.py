"""The held-back-66 template set (`tests.bench.heldout_templates_66`): its localised dates
(printed day by day in English, French, Portuguese, Sepedi and Afrikaans, with ordinal
suffixes, abbreviated weekdays and months, padded and unpadded numbers, changing form on the
day of a redesign), the weekly numbers (a weekly's Friday issues, weekly rates, a weekly cycle
of prayer, a school's term weeks), a season that turns each August, a species of the month,
prices that changed on given days, load-shedding stages on listed days, the notices it
rewords by date, the calendars and seasons some notices follow (anniversaries with their
counts and ordinals, a holiday moved to a new date, days on a weekday of a month, movable
feasts, votes and postponed votes, cyclones, epidemics, a carnival gone online), a ferry
timetable that changes in Ramadan, the lines in two languages, the variation it promises,
its multi-line blocks and the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_66 import (
    AFRIKAANS_MONTHS,
    BRENT_CRASH,
    CH_BYLINE,
    CH_CYCLE_START,
    CH_EMAIL,
    CH_PARISHES,
    CR_ADDRESS,
    CR_BYLINE,
    CR_LINKS,
    CR_REDESIGN,
    CR_RIGHTS,
    EID_FITR_YT,
    EK_SITE,
    EK_SPONSOR,
    ENGLISH_MONTHS,
    FIRST_DAY,
    FRENCH_MONTHS,
    FRENCH_WEEKDAYS_SHORT,
    HS_MATRIC,
    HS_REDESIGN,
    KC_BYLINE,
    KC_EMAIL,
    KC_LINKS,
    KC_REDESIGN,
    KC_RIGHTS,
    KV_BYLINE,
    KV_LINKS,
    KV_REDESIGN,
    KV_RIGHTS,
    LAST_DAY,
    LOAD_SHEDDING,
    NP_BYLINE,
    NP_LINKS,
    NP_REDESIGN,
    NP_RIGHTS,
    PORTUGUESE_MONTHS,
    PY_BYLINE,
    PY_LINKS,
    PY_REDESIGN,
    PY_RIGHTS,
    RAMADAN_YT,
    RD_BYLINE,
    RD_ISSUE_ZERO,
    RD_LINKS,
    RD_PRICE,
    RD_RIGHTS,
    SEPEDI_MONTHS,
    UG_BYLINE,
    UG_LINKS,
    UG_REDESIGN,
    UG_RIGHTS,
    VF_SPECIES,
    VF_THEME,
    YEARS,
    YT_BYLINE,
    YT_LINKS,
    YT_REDESIGN,
    YT_RIGHTS,
    ch_parish,
    ch_sunday,
    democracy_day,
    ek_season,
    heroes_day,
    hs_term_week,
    hs_terms,
    lemur_day,
    on_or_before,
    ordinal,
    rd_friday,
    rd_issue,
    yearly_level,
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
    wordings_by_start,
)

SET = "held-back-66"
SITES = ("Kwa River Chronicle", "Le Courrier du Kouilou", "Voz de Nampula", "Pula ya Bokone",
         "Lagon Matin", "Kerio Valley Times", "Lok Pa Gulu", "Zournal Rodrig",
         "Anglican Diocese of Chambeshi", "Étoile de la Kafubu", "Vohitra Forest Station",
         "Hoërskool Kokerboom")
CR, KC, NP, PY = ("kwariverchronicle.com.ng", "lecourrierdukouilou.cg", "vozdenampula.co.mz",
                  "pulayabokone.co.za")
YT, KV, UG, RD = ("lagonmatin.yt", "keriovalleytimes.co.ke", "lokpagulu.co.ug",
                  "zournalrodrig.mu")
CH, EK, VF, HS = ("chambeshidiocese.org.zm", "etoilekafubu.cd", "vohitrastation.org",
                  "hskokerboom.co.za")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((CR, "dated"), (KC, "date"), (NP, "data"), (PY, "letsatsi"), (YT, "date"),
         (KV, "dateline"), (UG, "dated"), (HS, "datum"))

# The families that change with the seasons, the years, the months, the weeks or the days.
PERIODIC = ((CR, "petrol"), (KC, "brent"), (NP, "cambio"), (NP, "epoca"), (PY, "mohlagase"),
            (YT, "barge"), (YT, "cyclone"), (KV, "maize"), (KV, "season"), (UG, "season"),
            (RD, "numero"), (RD, "ourit"), (CH, "cycle"), (EK, "saison"), (VF, "species"),
            (VF, "season"), (HS, "kwartaal"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CR, "notice"), (KC, "annonce"), (NP, "aviso"), (PY, "tsebiso"), (YT, "info"),
           (KV, "notice"), (UG, "notice"), (RD, "notis"), (CH, "notice"), (EK, "billets"),
           (VF, "appeal"), (HS, "kennisgewing"))

# A day no notice of the set turns for an event on, before any of them was reworded.
QUIET = d(2016, 10, 19)

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert on_or_before(d(2019, 6, 21), 0) == d(2019, 6, 17)
    assert on_or_before(d(2019, 6, 17), 0) == d(2019, 6, 17)
    assert yearly_level({2019: 10.0, 2020: 20.0}, d(2019, 1, 1)) == 10.0
    assert 14.9 < yearly_level({2019: 10.0, 2020: 20.0}, d(2019, 7, 2)) < 15.1
    assert democracy_day(2018) == d(2018, 5, 29) and democracy_day(2019) == d(2019, 6, 12)
    assert RD_ISSUE_ZERO[0].weekday() == 4 and rd_issue(RD_ISSUE_ZERO[0]) == RD_ISSUE_ZERO[1]
    assert rd_friday(d(2019, 12, 20)) == d(2019, 12, 20) == rd_friday(d(2019, 12, 26))
    assert rd_issue(d(2019, 12, 20)) == 1104 and rd_issue(d(2016, 3, 4)) == 906
    assert CH_CYCLE_START.weekday() == 6 and ch_sunday(d(2019, 12, 20)) == d(2019, 12, 15)
    assert ch_parish(CH_CYCLE_START) == CH_PARISHES[0] == ch_parish(
        CH_CYCLE_START + 7 * len(CH_PARISHES) * one)
    assert ch_parish(d(2015, 1, 10)) == CH_PARISHES[0] != ch_parish(d(2015, 1, 11))
    assert ch_parish(d(2019, 12, 20)) == "St Mary's, Luwingu"
    assert heroes_day(2019) == d(2019, 7, 1) and heroes_day(2020) == d(2020, 7, 6)
    assert lemur_day(2019) == d(2019, 10, 25) and lemur_day(2020) == d(2020, 10, 30)
    assert ek_season(d(2019, 7, 31)) == "Saison 2018-2019" != ek_season(d(2019, 8, 1))
    assert ek_season(d(2020, 1, 1)) == "Saison 2019-2020" == ek_season(d(2019, 8, 1))
    terms = hs_terms()
    assert len(terms) == 25 and [q for q, _, _ in terms[:5]] == [1, 2, 3, 4, 1]
    for (_, first, last), (_, after, _) in zip(terms, terms[1:], strict=False):
        assert first <= last < after, first
    assert all(first.weekday() < 5 and last.weekday() < 5 for _, first, last in terms)
    assert hs_term_week(d(2019, 1, 16)) == "📅 Kwartaal 1, week 1"
    assert hs_term_week(d(2019, 1, 21)) == "📅 Kwartaal 1, week 2"
    assert hs_term_week(d(2019, 3, 20)) == ("🏖️ Skoolvakansie: die skool open weer op Dinsdag "
                                            "26 Maart")
    assert hs_term_week(d(2020, 12, 31)) == ("🏖️ Skoolvakansie: die skool open weer op "
                                             "Woensdag 27 Januarie")
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 21, 59)] == [
        "1st", "2nd", "3rd", "4th", "11th", "21st", "59th"]


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 12, 20)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CR, "dated", old, "Saturday, 5 March 2016")
    full(CR, "dated", new, r"December 20, 2019 \| \d{1,2}:\d\d [AP]M")
    full(KC, "date", old, r"Publié le samedi 5 mars 2016 à \d\d:\d\d")
    full(KC, "date", new, r"Mis à jour le 20/12/2019 à \d\d:\d\d")
    full(NP, "data", old, "sábado, 5 de março de 2016")
    full(NP, "data", new, r"Publicado a 20/12/2019 às \d\d:\d\d")
    full(PY, "letsatsi", old, "Mokibelo, 5 Matšhe 2016")
    full(PY, "letsatsi", new, r"E phatlaladitšwe: 20/12/2019 \d\d:\d\d")
    full(YT, "date", old, r"Publié le 05/03/2016 à \d\d:\d\d")
    full(YT, "date", new, r"ven\. 20 décembre 2019 · mis à jour à \d\d:\d\d")
    full(KV, "dateline", old, "ELDORET, Mar 5, 2016")
    full(KV, "dateline", new, r"Updated 20-12-2019, \d\d:\d\d EAT")
    full(UG, "dated", old, "5/3/2016")
    full(UG, "dated", new, r"20th December 2019 at \d{1,2}:\d\d [AP]M")
    full(RD, "numero", old, "N° 906 — Vendredi 4 mars 2016")
    full(RD, "numero", new, "N° 1104 — Vendredi 20 décembre 2019")
    full(HS, "datum", old, "Saterdag, 5 Maart 2016")
    full(HS, "datum", new, "Geplaas: 20/12/2019")
    full(EK, "publie", old, "Publié le 5 mars 2016")
    full(EK, "publie", new, r"20\.12\.2019 · \d\d:\d\d")
    full(EK, "saison", new, "Saison 2019-2020")
    full(VF, "dated", old, r"5 March 2016 \| .+")
    full(VF, "dated", new, r".+ · 2019-12-20")
    full(CH, "posted", old, "Saturday, 5 March 2016")
    full(CH, "cycle", new, "🙏 Cycle of Prayer, week of 15 December: we pray for the parish of "
                           "St Mary's, Luwingu")
    full(KV, "byline", new, r".+ · @\w+")
    full(KC, "brent", new, r"🛢️ Baril de Brent, semaine du 16 décembre : \d\d,\d\d \$")
    full(NP, "cambio", new, r"💱 Câmbio da semana: 1 USD = \d\d,\d\d MT")
    full(VF, "species", new, r"🦎 Species of the month, December: Coua caerulea \(blue coua\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        month = day.month
        cr = on(CR, "dated", day)
        assert cr.endswith(f" {day.day} {ENGLISH_MONTHS[month - 1]} {day.year}") == (
            day < CR_REDESIGN), cr
        assert cr.startswith(f"{ENGLISH_MONTHS[month - 1]} {day.day}, {day.year} | ") == (
            day >= CR_REDESIGN), cr
        kc = on(KC, "date", day)
        assert (f" {day.day} {FRENCH_MONTHS[month - 1]} {day.year} à " in kc) == (
            day < KC_REDESIGN), kc
        assert kc.startswith(f"Mis à jour le {day:%d/%m/%Y} à ") == (day >= KC_REDESIGN), kc
        np_ = on(NP, "data", day)
        assert np_.endswith(f", {day.day} de {PORTUGUESE_MONTHS[month - 1]} de {day.year}") == (
            day < NP_REDESIGN), np_
        assert np_.islower() == (day < NP_REDESIGN), np_
        py = on(PY, "letsatsi", day)
        assert py.endswith(f", {day.day} {SEPEDI_MONTHS[month - 1]} {day.year}") == (
            day < PY_REDESIGN), py
        assert py.startswith(f"E phatlaladitšwe: {day:%d/%m/%Y} ") == (day >= PY_REDESIGN)
        yt = on(YT, "date", day)
        assert yt.startswith(f"Publié le {day:%d/%m/%Y} à ") == (day < YT_REDESIGN), yt
        assert yt.startswith(f"{FRENCH_WEEKDAYS_SHORT[day.weekday()]} {day.day} "
                             f"{FRENCH_MONTHS[month - 1]} {day.year} · ") == (
            day >= YT_REDESIGN), yt
        kv = on(KV, "dateline", day)
        assert kv.startswith("ELDORET, ") == (day < KV_REDESIGN), kv
        assert kv.startswith(f"Updated {day:%d-%m-%Y}, ") == (day >= KV_REDESIGN), kv
        ug = on(UG, "dated", day)
        assert (ug == f"{day.day}/{month}/{day.year}") == (day < UG_REDESIGN), ug
        assert ug.startswith(f"{ordinal(day.day)} {ENGLISH_MONTHS[month - 1]} ") == (
            day >= UG_REDESIGN), ug
        hs = on(HS, "datum", day)
        assert hs.endswith(f" {day.day} {AFRIKAANS_MONTHS[month - 1]} {day.year}") == (
            day < HS_REDESIGN), hs
        assert (hs == f"Geplaas: {day:%d/%m/%Y}") == (day >= HS_REDESIGN), hs
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_weekly_numbers_and_cycles() -> None:
    issues = []
    for day in every_day():
        m = re.fullmatch(r"N° (\d+) — Vendredi (\d+) (\S+) (\d{4})", on(RD, "numero", day))
        assert m, day
        friday = rd_friday(day)
        assert friday.weekday() == 4 and friday <= day < friday + 7 * one, day
        assert int(m[1]) == rd_issue(friday) and int(m[2]) == friday.day, day
        assert m[3] == FRENCH_MONTHS[friday.month - 1], day
        issues.append(int(m[1]))
        cycle = on(CH, "cycle", day)
        assert cycle.endswith(f"parish of {ch_parish(day)}"), day
        assert f" week of {ch_sunday(day).day} " in cycle, day
    assert issues == sorted(issues) and len(set(issues)) == 314
    assert sorted(set(issues)) == list(range(issues[0], issues[-1] + 1))
    parishes = [ch_parish(day) for day in every_day()]
    assert set(parishes) == set(CH_PARISHES) and len(set(CH_PARISHES)) == 17
    for domain, family, weekday in ((KC, "brent", 0), (NP, "cambio", 0), (RD, "numero", 4),
                                    (CH, "cycle", 6)):
        starts, _ = wordings_by_start(SET, domain, family)
        assert all(d.fromisoformat(s).weekday() == weekday for s in starts[1:]), family
        assert len(starts) >= 300, family
    starts, texts = wordings_by_start(SET, HS, "kwartaal")
    weeks = [d.fromisoformat(s) for s, t in zip(starts, texts, strict=True) if "week" in t]
    terms = {first for _, first, _ in hs_terms()}
    assert weeks and all(day.weekday() == 0 or day in terms for day in weeks)
    assert len(weeks) > 200
    for style, family, most in ((RD, "numero", 5), (KC, "brent", 5), (NP, "cambio", 5),
                                (CH, "cycle", 3)):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= most, (style, family)


def test_term_weeks_and_holidays() -> None:
    for day in every_day():
        text = on(HS, "kwartaal", day)
        assert text == hs_term_week(day), day
        term = [(q, first) for q, first, last in hs_terms() if first <= day <= last]
        if term:
            q, first = term[0]
            week = (on_or_before(day, 0) - on_or_before(first, 0)).days // 7 + 1
            assert text == f"📅 Kwartaal {q}, week {week}" and 1 <= week <= 13, day
        else:
            assert text.startswith("🏖️ Skoolvakansie: die skool open weer op "), day
    assert on(HS, "kwartaal", d(2020, 3, 18)).startswith("📅 Kwartaal 1")
    assert on(HS, "kwartaal", d(2020, 3, 19)).endswith(" 8 Junie")  # closed to June


def test_seasons_months_and_rates() -> None:
    for day in every_day():
        y = day.year
        assert ("Época seca" in on(NP, "epoca", day)) == (
            d(y, 4, 15) <= day < d(y, 11, 15)), day
        assert ("🌀" in on(YT, "cyclone", day)) == (not d(y, 5, 1) <= day < d(y, 11, 15)), day
        assert ("Marathon season" in on(KV, "season", day)) == (
            d(y, 9, 15) <= day < d(y, 12, 1)), day
        assert ("Cross-country" in on(KV, "season", day)) == (day < d(y, 4, 1)), day
        assert ("Harvest" in on(UG, "season", day)) == (d(y, 7, 15) <= day < d(y, 11, 15))
        assert ("ferme" in on(RD, "ourit", day)) == (d(y, 8, 15) <= day < d(y, 10, 16)), day
        assert ("field season is open" in on(VF, "season", day)) == (
            d(y, 4, 1) <= day < d(y, 12, 1)), day
        assert on(VF, "species", day).endswith(VF_SPECIES[day.month - 1]), day
        assert on(EK, "saison", day) == ek_season(day), day
        brent = re.fullmatch(r"🛢️ Baril de Brent, semaine du (\d+) (\S+) : (\d+),(\d\d) \$",
                             on(KC, "brent", day))
        monday = on_or_before(day, 0)
        assert brent and int(brent[1]) == monday.day, day
        assert (int(brent[3]) < 35) == (BRENT_CRASH[0] <= monday < BRENT_CRASH[1]), day
        assert 20 < int(brent[3]) < 110, day
        metical = re.fullmatch(r"💱 Câmbio da semana: 1 USD = (\d+),(\d\d) MT",
                               on(NP, "cambio", day))
        assert metical and 30 < int(metical[1]) < 77, day
    for field, family, texts in ((VF, "species", 73), (EK, "saison", 7)):  # to January 2021
        starts, _ = wordings_by_start(SET, field, family)
        assert len(starts) == texts, family
    starts, _ = wordings_by_start(SET, EK, "saison")
    assert all(s.endswith("-08-01") for s in starts[1:])
    assert on(EK, "saison", FIRST_DAY) == "Saison 2014-2015"
    assert "₦97" in on(CR, "petrol", FIRST_DAY) and "₦87" in on(CR, "petrol", d(2015, 1, 18))
    assert "₦145" in on(CR, "petrol", d(2019, 1, 1)) and "₦162" in on(CR, "petrol", LAST_DAY)
    assert len(wordings_by_start(SET, CR, "petrol")[0]) == 8
    assert "3,200" in on(KV, "maize", d(2018, 1, 1)) and "2,500" in on(KV, "maize",
                                                                       d(2019, 1, 1))
    assert "2,700" in on(KV, "maize", LAST_DAY) and "2,300" in on(KV, "maize", FIRST_DAY)
    for style, family, pattern in ((KC, "brent", r"\d+,\d\d \$"), (NP, "cambio", r"\d+,\d\d"),
                                   (VF, "species", r"month, \w+")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_load_shedding_and_the_ferry() -> None:
    shed = {}
    for first, last, stage in LOAD_SHEDDING:
        day = d.fromisoformat(first)
        while day <= d.fromisoformat(last):
            shed[day] = stage
            day += one
    for day in every_day():
        power = on(PY, "mohlagase", day)
        if day in shed:
            assert power == f"⚡ Go tima mohlagase: Stage {shed[day]}", day
        else:
            assert power == "💡 Ga go na go tima mohlagase lehono", day
    assert on(PY, "mohlagase", d(2019, 12, 9)).endswith("Stage 6")
    assert {y for y in YEARS if any(day.year == y for day in shed)} == {2015, 2018, 2019,
                                                                          2020}
    lockdown = (d(2020, 3, 17), d(2020, 5, 18))
    for day in every_day():
        barge = on(YT, "barge", day)
        ramadan = any(d.fromisoformat(RAMADAN_YT[y]) <= day < d.fromisoformat(EID_FITR_YT[y])
                      for y in YEARS)
        if lockdown[0] <= day <= lockdown[1]:
            assert "confinement" in barge, day
        else:
            assert ("ramadan" in barge) == ramadan, day
    assert "toutes les 30 minutes" in on(YT, "barge", d(2020, 5, 24))  # Eid, after lockdown
    assert len({norm(t) for t in group_lines(SET, PY, "mohlagase")}) >= 2


def test_notices_follow_their_calendars() -> None:
    cases = (
        (CR, "notice", QUIET, "Like our Facebook page and follow us on Twitter"),
        (CR, "notice", d(2018, 8, 1), "📲 Get our headlines on WhatsApp every morning: send "
                                      "JOIN to 0803 000 0000"),
        (CR, "notice", d(2015, 3, 1), "🗳️ Elections shifted: the presidential poll is now on "
                                      "28 March"),
        (CR, "notice", d(2015, 3, 29), "🗳️ Presidential election: live results from Cross "
                                       "River"),
        (CR, "notice", d(2015, 4, 12), "🗳️ Governorship election: results from the 18 LGAs"),
        (CR, "notice", d(2019, 2, 18), "🗳️ INEC postpones the elections by one week"),
        (CR, "notice", d(2019, 2, 24), "🗳️ Presidential election: live results from Cross "
                                       "River"),
        (CR, "notice", d(2019, 3, 10), "🗳️ Governorship election: results from the 18 LGAs"),
        (CR, "notice", d(2020, 5, 1), "😷 Face masks are compulsory in all public places in "
                                      "the state"),
        (CR, "notice", d(2020, 10, 22), "⚠️ Curfew in Calabar: stay indoors from 6 pm"),
        (CR, "notice", d(2019, 4, 20), "✝️ Happy Easter from all of us at the newsroom"),
        (CR, "notice", d(2018, 5, 29), "🇳🇬 Democracy Day 2018: 19 years of civil rule"),
        (CR, "notice", d(2019, 6, 12), "🇳🇬 Democracy Day 2019: 20 years of civil rule"),
        (CR, "notice", d(2019, 10, 1), "🇳🇬 Happy 59th Independence Anniversary, Nigeria!"),
        (CR, "notice", d(2019, 12, 28), "🎭 Carnival Calabar 2019: the five bands take to the "
                                        "streets"),
        (CR, "notice", d(2020, 12, 27), "🎭 Carnival Calabar 2020 goes virtual: watch the "
                                        "bands online"),
        (CR, "notice", d(2019, 12, 10), "🎄 Calabar Festival: a month of music, food and the "
                                        "carnival"),
        (KC, "annonce", QUIET, "Suivez-nous sur Facebook et sur Twitter"),
        (KC, "annonce", d(2018, 5, 1), "📲 Nos alertes sur WhatsApp : envoyez « INFO » au "
                                       "+242 06 000 00 00"),
        (KC, "annonce", d(2015, 10, 26), "🗳️ Référendum constitutionnel : les résultats du "
                                         "Kouilou"),
        (KC, "annonce", d(2016, 3, 22), "🗳️ Élection présidentielle : suivez le "
                                        "dépouillement"),
        (KC, "annonce", d(2017, 7, 17), "🗳️ Législatives, premier tour : les résultats à "
                                        "Pointe-Noire"),
        (KC, "annonce", d(2017, 7, 28), "🗳️ Législatives, second tour : les élus du Kouilou"),
        (KC, "annonce", d(2020, 4, 15), "😷 Confinement : restez chez vous, lavez-vous les "
                                        "mains"),
        (KC, "annonce", d(2019, 4, 22), "🐣 Joyeuses Pâques à tous nos lecteurs"),
        (KC, "annonce", d(2019, 8, 14), "🇨🇬 15 août : le Congo fête ses 59 ans "
                                        "d'indépendance"),
        (KC, "annonce", d(2019, 11, 28), "28 novembre : 61e anniversaire de la proclamation de "
                                         "la République"),
        (KC, "annonce", d(2019, 12, 25), "🎄 Joyeux Noël et bonne année à tous !"),
        (NP, "aviso", QUIET, "Curta a nossa página no Facebook"),
        (NP, "aviso", d(2019, 1, 1), "📲 Receba as notícias de Nampula no seu WhatsApp: +258 "
                                     "84 000 0000"),
        (NP, "aviso", d(2018, 10, 12), "🗳️ Autárquicas 2018: resultados nos municípios de "
                                       "Nampula"),
        (NP, "aviso", d(2019, 4, 26), "🌀 Ciclone Kenneth: saiba como ajudar as vítimas em "
                                      "Cabo Delgado"),
        (NP, "aviso", d(2019, 10, 17), "🗳️ Eleições gerais 2019: resultados na província de "
                                       "Nampula"),
        (NP, "aviso", d(2020, 6, 25), "😷 Estado de emergência: use máscara e evite "
                                      "aglomerações"),  # the emergency wins over the day
        (NP, "aviso", d(2019, 2, 3), "3 de Fevereiro: Dia dos Heróis Moçambicanos"),
        (NP, "aviso", d(2019, 4, 7), "7 de Abril: Dia da Mulher Moçambicana"),
        (NP, "aviso", d(2019, 6, 24), "🇲🇿 25 de Junho: 44 anos de independência"),
        (NP, "aviso", d(2019, 10, 4), "🕊️ 4 de Outubro: 27 anos do Acordo Geral de Paz"),
        (NP, "aviso", d(2019, 12, 26), "🎄 Feliz Natal! Boas festas a todos os leitores"),
        (PY, "tsebiso", QUIET, "Re latele go Facebook le Twitter"),
        (PY, "tsebiso", d(2019, 1, 1), "📲 Tsena sehlopheng sa rena sa WhatsApp"),
        (PY, "tsebiso", d(2016, 8, 5), "🗳️ Dikgetho tša selegae: dipoelo tša Polokwane"),
        (PY, "tsebiso", d(2019, 5, 9), "🗳️ Dikgetho tša bosetšhaba le tša profense: dipoelo"),
        (PY, "tsebiso", d(2020, 4, 27), "😷 Lockdown: dula gae, o bolokege"),
        (PY, "tsebiso", d(2019, 3, 21), "Letšatši la Ditokelo tša Botho"),
        (PY, "tsebiso", d(2019, 4, 27), "🇿🇦 Letšatši la Tokologo: mengwaga ye 25 ya "
                                        "temokrasi"),
        (PY, "tsebiso", d(2019, 6, 16), "Letšatši la Baswa: mengwaga ye 43 go tloga ka 1976"),
        (PY, "tsebiso", d(2019, 9, 24), "Letšatši la Bohwa: apara diaparo tša setšo!"),
        (PY, "tsebiso", d(2019, 12, 24), "🎄 Keresemose ye e thabišago go babadi ka moka!"),
        (YT, "info", QUIET, "Suivez Lagon Matin sur Facebook et Instagram"),
        (YT, "info", d(2018, 7, 1), "📲 Téléchargez notre appli : toute l'actu de Mayotte sur "
                                    "votre mobile"),
        (YT, "info", d(2017, 1, 10), "🚰 Tours d'eau : consultez le planning des coupures par "
                                     "village"),
        (YT, "info", d(2017, 4, 24), "🗳️ Présidentielle, 1er tour : les résultats à Mayotte"),
        (YT, "info", d(2017, 5, 8), "🗳️ Présidentielle, 2nd tour : les résultats à Mayotte"),
        (YT, "info", d(2017, 6, 12), "🗳️ Législatives : les résultats dans les deux "
                                     "circonscriptions"),
        (YT, "info", d(2017, 6, 19), "🗳️ Législatives, second tour : les deux députés de "
                                     "Mayotte"),
        (YT, "info", d(2018, 3, 1), "🚧 Mouvement social : barrages routiers, renseignez-vous "
                                    "avant de partir"),
        (YT, "info", d(2018, 5, 20), "🌋 Séismes à répétition : les bons gestes en cas de "
                                     "secousse"),
        (YT, "info", d(2020, 3, 15), "🗳️ Municipales : les résultats commune par commune"),
        (YT, "info", d(2020, 4, 1), "😷 Confinement : restez chez vous"),
        (YT, "info", d(2019, 5, 6), "🌙 Ramadan karim ! Bon ramadan à tous nos lecteurs"),
        (YT, "info", d(2019, 6, 5), "🌙 Idi mubarak ! Bonne fête de l'Aïd"),
        (YT, "info", d(2019, 8, 12), "🐑 Aïd el-Kébir : bonne fête à tous"),
        (YT, "info", d(2019, 4, 27), "27 avril : 173e anniversaire de l'abolition de "
                                     "l'esclavage à Mayotte"),
        (YT, "info", d(2019, 3, 31), "Mayotte, département depuis 8 ans"),
        (KV, "notice", QUIET, "Follow Kerio Valley Times on Facebook and Twitter"),
        (KV, "notice", d(2019, 1, 1), "📲 Breaking news on Telegram: join our channel"),
        (KV, "notice", d(2017, 8, 10), "🗳️ Election 2017: results from Uasin Gishu and "
                                       "Elgeyo-Marakwet"),
        (KV, "notice", d(2017, 10, 27), "🗳️ Repeat presidential election: turnout and "
                                        "results"),
        (KV, "notice", d(2019, 10, 13), "⏱️ History in Vienna: the first marathon under two "
                                        "hours"),
        (KV, "notice", d(2020, 6, 1), "😷 Curfew from 7 pm to 5 am: stay at home"),
        (KV, "notice", d(2019, 6, 1), "🇰🇪 Happy Madaraka Day: 56 years of self-rule"),
        (KV, "notice", d(2019, 10, 20), "Mashujaa Day: celebrating our heroes"),
        (KV, "notice", d(2019, 12, 12), "🇰🇪 Jamhuri Day: Kenya is 56"),
        (KV, "notice", d(2019, 12, 25), "🎄 Merry Christmas from the Kerio Valley Times"),
        (UG, "notice", QUIET, "Like Lok Pa Gulu on Facebook"),
        (UG, "notice", d(2019, 1, 1), "📻 Listen to our news in Acholi every evening on our "
                                      "partner radio stations"),
        (UG, "notice", d(2016, 2, 19), "🗳️ Elections 2016: results from the Acholi "
                                       "sub-region"),
        (UG, "notice", d(2020, 5, 1), "😷 Lockdown: boda bodas may not carry passengers"),
        (UG, "notice", d(2021, 1, 8), "🗳️ Elections 2021: follow our coverage from all eight "
                                      "districts"),
        (UG, "notice", d(2019, 6, 9), "Heroes' Day: honouring those who fought for Uganda"),
        (UG, "notice", d(2019, 10, 9), "🇺🇬 Happy Independence Day: Uganda at 57"),
        (UG, "notice", d(2019, 12, 24), "🎄 Mot me Krismas! Merry Christmas"),
        (RD, "notis", QUIET, "Zournal Rodrig dan tou laboutik sak vandredi"),
        (RD, "notis", d(2018, 4, 1), "📲 Swiv nou lor Facebook pou tou nouvel Rodrig"),
        (RD, "notis", d(2017, 2, 27), "🗳️ Eleksion Lasanble Rezional: rezilta par rezion"),
        (RD, "notis", d(2019, 2, 9), "🌀 Siklonn Gelena: avertisman klas 3, res dan lakaz"),
        (RD, "notis", d(2019, 11, 8), "🗳️ Eleksion zeneral: rezilta dan Rodrig (no. 21)"),
        (RD, "notis", d(2020, 4, 1), "😷 Konfinman: res dan lakaz, lav ou lame"),
        (RD, "notis", d(2019, 2, 1), "1er fevriye: fet labolision lesklavaz"),
        (RD, "notis", d(2019, 3, 12), "🇲🇺 12 mars: 51 an lindepandans Moris"),
        (RD, "notis", d(2019, 10, 12), "🎉 Fet Lotonomi: 17 an lotonomi Rodrig"),
        (RD, "notis", d(2019, 12, 25), "🎄 Zwaye Noel ek bonn lane!"),
        (CH, "notice", QUIET, "Support the Diocese: give through your parish treasurer"),
        (CH, "notice", d(2018, 5, 1), "🙏 Give to the Diocesan Mission Fund by mobile money: "
                                      "Airtel Money 0977 000 000"),
        (CH, "notice", d(2016, 8, 8), "🗳️ Pray for peaceful general elections on 11 August"),
        (CH, "notice", d(2020, 4, 12), "😷 Services are limited to 50 people: keep your "
                                       "distance and wash your hands"),  # over Easter
        (CH, "notice", d(2019, 4, 19), "✝️ Alleluia! Christ is risen. A blessed Easter to "
                                       "all"),
        (CH, "notice", d(2019, 7, 2), "🇿🇲 Heroes' and Unity Days: we give thanks for our "
                                      "nation"),
        (CH, "notice", d(2019, 10, 18), "🙏 The 5th National Day of Prayer and Fasting"),
        (CH, "notice", d(2019, 10, 24), "🇿🇲 Happy Independence Day: Zambia at 55"),
        (CH, "notice", d(2019, 12, 26), "🎄 A blessed Christmas to all in the Diocese"),
        (EK, "billets", QUIET, "🎟️ Billets en vente au stade et chez nos revendeurs"),
        (EK, "billets", d(2019, 9, 1), "🎟️ Billets en vente aussi par M-Pesa : code marchand "
                                       "4455"),
        (EK, "billets", d(2018, 12, 29), "🗳️ Élections : toutes les activités du club sont "
                                         "suspendues le 30 décembre"),
        (EK, "billets", d(2018, 12, 31), "🎄 Heri ya Noeli na mwaka mupya !"),
        (EK, "billets", d(2020, 6, 30), "😷 Championnat suspendu : pas de match au stade "
                                        "jusqu'à nouvel ordre"),
        (EK, "billets", d(2019, 6, 30), "🇨🇩 Bonne fête de l'indépendance : 59 ans !"),
        (EK, "billets", d(2020, 1, 1), "🎄 Heri ya Noeli na mwaka mupya !"),
        (VF, "appeal", QUIET, "Adopt a lemur family: €25 a year pays a local guide for a week"),
        (VF, "appeal", d(2018, 7, 1), "🌳 Plant the corridor: €5 buys a native seedling from "
                                      "our village nurseries"),
        (VF, "appeal", d(2018, 11, 5), "🗳️ Presidential election: the station stays open, but "
                                       "road travel may be slow"),
        (VF, "appeal", d(2020, 6, 26), "😷 The station is closed to visitors; our Malagasy team "
                                       "keeps the patrols going"),
        (VF, "appeal", d(2019, 10, 23), "🐒 World Lemur Day: meet the families we follow"),
        (VF, "appeal", d(2019, 6, 26), "🇲🇬 Arahaba tratry ny fetim-pirenena! Madagascar at "
                                       "59"),
        (VF, "appeal", d(2019, 12, 24), "🎄 Tratry ny Noely! Merry Christmas from the forest"),
        (HS, "kennisgewing", QUIET, "Volg Hoërskool Kokerboom op Facebook vir die nuutste "
                                    "nuus"),
        (HS, "kennisgewing", d(2018, 2, 1), "📲 Laai die skool se toep af vir kennisgewings en "
                                            "die kalender"),
        (HS, "kennisgewing", d(2020, 4, 1), "😷 Die skool is gesluit: werk vir elke graad word "
                                            "op die webwerf gelaai"),
        (HS, "kennisgewing", d(2019, 1, 5), "🎓 Matriekuitslae: baie geluk aan die matrieks van "
                                            "2018!"),
        (HS, "kennisgewing", d(2019, 3, 3), "🎂 Stigtersdag: die skool word 57 jaar oud"),
        (HS, "kennisgewing", d(2019, 9, 23), "🇿🇦 Erfenisdag is môre: trek jou kultuurdrag "
                                             "aan"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_days_moved_called_off_and_counted() -> None:
    def days(domain: str, family: str, mark: str) -> set[dt.date]:
        return {day for day in every_day() if mark in on(domain, family, day)}

    democracy = days(CR, "notice", "Democracy Day")
    assert democracy == {democracy_day(y) for y in range(2015, 2020)}  # 2020: the masks
    assert {day.month for day in democracy} == {5, 6}
    assert {(day.month, day.day) for day in days(CR, "notice", "Carnival Calabar")} == {
        (12, 27), (12, 28)}
    assert days(CR, "notice", "virtual") == {d(2020, 12, 27), d(2020, 12, 28)}
    assert {day.month for day in days(CR, "notice", "Calabar Festival")} == {12}
    assert len(days(CR, "notice", "Calabar Festival")) == 6 * 29
    heroes = days(CH, "notice", "Heroes' and Unity")
    assert {day for day in heroes if day.weekday() == 0} == {heroes_day(y) for y in YEARS}
    assert {day.weekday() for day in heroes} == {0, 1}
    prayer = {m[1] for day in every_day()
              if (m := re.match(r"🙏 The (\w+) National Day", on(CH, "notice", day)))}
    assert prayer == {"1st", "2nd", "3rd", "4th", "5th", "6th"}
    lemurs = days(VF, "appeal", "World Lemur Day")
    assert {day for day in lemurs if day.weekday() == 4} == {lemur_day(y) for y in YEARS
                                                             if y < 2020}  # 2020: closed
    matric = days(HS, "kennisgewing", "Matriekuitslae")
    assert {min(day for day in matric if day.year == y) for y in YEARS} == {
        d.fromisoformat(day) for day in HS_MATRIC.values()}
    assert on(EK, "billets", d(2021, 1, 1)) != on(EK, "billets", d(2021, 1, 2))
    assert "Elections 2021" in on(UG, "notice", d(2021, 1, 4))
    assert "Elections 2021" not in on(UG, "notice", d(2021, 1, 3))
    jamhuri = {m[1] for day in every_day()
               if (m := re.search(r"Kenya is (\d+)", on(KV, "notice", day)))}
    assert jamhuri == {"52", "53", "54", "55", "56", "57"}
    autonomy = {m[1] for day in every_day()
                if (m := re.search(r"Fet Lotonomi: (\d+) an", on(RD, "notis", day)))}
    assert autonomy == {"13", "14", "15", "16", "17", "18"}
    anniversaries = {m[1] for day in every_day()
                     if (m := re.search(r"Happy (\d+\w\w) Independence",
                                        on(CR, "notice", day)))}
    assert anniversaries == {"55th", "56th", "57th", "58th", "59th", "60th"}
    ramadan = days(YT, "info", "Ramadan karim")
    shown = (2015, 2016, 2017, 2019)  # the earthquake and lockdown notices win in 2018, 2020
    assert {min(day for day in ramadan if day.year == y) for y in shown} == {
        d.fromisoformat(RAMADAN_YT[y]) - one for y in shown}
    assert {day.year for day in ramadan} == set(shown)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CR, "byline", CR_BYLINE, "By ", ", Calabar"),
        (CR, "related", CR_LINKS, "RELATED NEWS", "Read also"),
        (CR, "copyright", CR_RIGHTS, "All rights reserved", "rewritten"),
        (CR, "publisher", CR_ADDRESS, "Marian Road", "Atimbo Road"),
        (KC, "auteur", KC_BYLINE, "Par ", "✍️"),
        (KC, "lire", KC_LINKS, "Lire aussi", "À lire également"),
        (KC, "droits", KC_RIGHTS, "Tous droits réservés", "Reproduction interdite"),
        (KC, "siege", KC_EMAIL, "00 00 00", "redaction@"),
        (NP, "autor", NP_BYLINE, "Texto: ", "| Voz de Nampula"),
        (NP, "leia", NP_LINKS, "LEIA TAMBÉM", "Relacionado"),
        (NP, "direitos", NP_RIGHTS, "Todos os direitos", "citar a fonte"),
        (PY, "mongwadi", PY_BYLINE, "Mongwadi: ", "Ka "),
        (PY, "bala", PY_LINKS, "Bala gape", "Ditaba tše dingwe"),
        (PY, "ditokelo", PY_RIGHTS, "sireleditšwe.", "All rights reserved"),
        (YT, "auteur", YT_BYLINE, "Rédaction : ", "✒️"),
        (YT, "lire", YT_LINKS, "À lire aussi", "Vous aimerez aussi"),
        (YT, "droits", YT_RIGHTS, "Tous droits réservés", "même partielle"),
        (KV, "byline", KV_BYLINE, "Story by ", "{author_handle}"),
        (KV, "readmore", KV_LINKS, "READ MORE", "More from the Rift"),
        (KV, "rights", KV_RIGHTS, "Times", "All rights reserved"),
        (UG, "byline", UG_BYLINE, "Written by ", ", Gulu"),
        (UG, "kwan", UG_LINKS, "Kwan bene: ", "📖"),
        (UG, "rights", UG_RIGHTS, "All rights reserved", "credit us"),
        (RD, "ekrir", RD_BYLINE, "Par ", "Ekrir par"),
        (RD, "lir", RD_LINKS, "Lir osi", "Lir plis"),
        (RD, "drwa", RD_RIGHTS, "Tous droits", "Pa kopie"),
        (RD, "abonnman", RD_PRICE, "Rs 1 500", "Rs 1 800"),
        (CH, "office", CH_BYLINE, "Communications Office", "Reported by"),
        (CH, "contact", CH_EMAIL, "000 000", "office@"),
        (EK, "publie", EK_SITE, "Publié le", "{date_de}"),
        (EK, "auteur", EK_SITE, "Service communication", "Par "),
        (EK, "sponsor", EK_SPONSOR, "Minerais du Sud", "Lushi"),
        (VF, "dated", VF_THEME, "{date_dmy}", "{date_iso}"),
        (HS, "skrywer", HS_REDESIGN, "Deur ", "Foto's"),
        (HS, "kontak", HS_REDESIGN, "054 000 0000 ·", "WhatsApp")))
    assert_groups_reworded(SET, (
        (CR, "dated", "day, ", " | "),
        (CR, "byline", "By ", "From "),
        (KC, "date", "Publié le", "Mis à jour le"),
        (NP, "data", " de ", "Publicado a"),
        (YT, "date", "Publié le", "mis à jour"),
        (KV, "dateline", "ELDORET", "Updated"),
        (CR, "related", "RELATED NEWS", "Read also"),
    ))


def test_two_languages_and_their_letters() -> None:
    assert_groups_in_script(SET, ((PY, "letsatsi", r"š|Labo|Mokibelo|Lamorena"),
                                  (PY, "papatso", "š"), (PY, "seswantsho", "š"),
                                  (PY, "ditokelo", "š"), (PY, "mohlagase", "mohlagase"),
                                  (CR, "petrol", "₦"), (KC, "pub", "É"), (KC, "parite", "€"),
                                  (NP, "data", r"[çã]|feira|sábado|domingo|Publicado a"),
                                  (YT, "date", "[éà]"), (HS, "datum", r"Geplaas|[Dd]ag")))
    for style, family, words in ((CR, "sosongo", ("Sosongo", "Thank you")),
                                 (KC, "matondo", ("Matondo", "Merci")),
                                 (NP, "kooxukhuru", ("Kooxukhuru", "Obrigado")),
                                 (PY, "leboga", ("Ke a leboga", "Thank you")),
                                 (YT, "marahaba", ("Marahaba", "Merci")),
                                 (KV, "kongoi", ("Kongoi", "Thank you")),
                                 (UG, "apwoyo", ("Apwoyo", "Thank you")),
                                 (RD, "mersi", ("Mersi", "Merci")),
                                 (CH, "natotela", ("Natotela", "Thank you")),
                                 (EK, "tuko", ("Tuko pamoja", "Allez")),
                                 (VF, "misaotra", ("Misaotra", "Thank you"))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)
    sepedi = [norm(t) for t in group_lines(SET, PY, "letsatsi")]
    assert any(m in t for t in sepedi for m in SEPEDI_MONTHS)
    kreol = [norm(t) for t in group_lines(SET, RD, "lir")]
    assert kreol and all(t.startswith(("Lir osi : ", "➜ Lir plis : ")) for t in kreol)
    months = [norm(t) for t in group_lines(SET, RD, "numero")]
    assert months and all(any(f" {m} " in t for m in FRENCH_MONTHS) for t in months)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CR}/dated", f"{CR}/related", f"{CR}/byline", f"{CR}/desk",
                         f"{CR}/photo", f"{CR}/correspondent", f"{KC}/date", f"{KC}/lire",
                         f"{KC}/auteur", f"{KC}/rubrique", f"{NP}/data", f"{NP}/leia",
                         f"{PY}/letsatsi"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CR}/comments", f"{CR}/copyright", f"{CR}/publisher", f"{CR}/sosongo",
        f"{KC}/commentaires", f"{KC}/droits", f"{KC}/siege", f"{KC}/parite",
        f"{NP}/direitos", f"{NP}/registo"))
    assert_carried_share(docs, CR, [
        ("dated", 0.65, 0.95), ("notice", 0.15, 0.45), ("related", 0.4, 0.75),
        ("outage", 0.0, 0.1)])
    assert_carried_share(docs, KC, [("date", 0.6, 0.9), ("delestage", 0.0, 0.12)])
    for fam in (f"{CR}/related", f"{KC}/lire", f"{NP}/leia"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CR}/advert", f"{CR}/photo", f"{KC}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CR, "photo"), (KC, "photo"), (NP, "foto"),
                               (PY, "seswantsho"), (YT, "credit"), (KV, "photo"), (UG, "cal"),
                               (RD, "foto"), (CH, "photo"), (EK, "photo"), (VF, "photo"),
                               (HS, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CR, "outage"), (KC, "delestage"), (NP, "agua"), (PY, "meetse"), (YT, "baignade"),
        (KV, "escarpment"), (UG, "karuma"), (RD, "bato", 6), (CH, "closed"),
        (EK, "huisclos"), (VF, "cyclone"), (HS, "hitte")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CH}/more", "More from the Diocese: "), (f"{EK}/lisez", "Lisez aussi : "),
        (f"{HS}/lees", "Lees ook: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{CR}/related", ("RELATED NEWS: ", "👉🏾 Read also: ")),
                          (f"{KC}/lire", ("Lire aussi : ", "📰 À lire également → ")),
                          (f"{NP}/leia", ("LEIA TAMBÉM: ", "📎 Relacionado: ")),
                          (f"{PY}/bala", ("Bala gape: ", "➡️ Ditaba tše dingwe: ")),
                          (f"{YT}/lire", ("À lire aussi » ", "👀 Vous aimerez aussi : ")),
                          (f"{KV}/readmore", ("READ MORE: ", "🏃🏾 More from the Rift: ")),
                          (f"{UG}/kwan", ("Kwan bene: ", "📖 Kwan bene » ")),
                          (f"{RD}/lir", ("Lir osi : ", "➜ Lir plis : "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"related", "lire", "leia", "bala", "readmore", "kwan", "lir", "fromfield"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CR, "advert", "ADVERT"), (KC, "pub", "PUBLICITÉ"),
        (KC, "parite", "💶 1 € = 655,957 FCFA"), (NP, "publicidade", "Publicidade"),
        (NP, "registo", "Registo no GABINFO n.º 012/GABINFO-DE/2012"),
        (PY, "papatso", "Papatšo"),
        (PY, "presscode", "We subscribe to the Press Code of the Press Council of South "
                          "Africa."),
        (YT, "annonce", "Annonce"), (KV, "advert", "— ADVERT —"),
        (UG, "advert", "Advertisement"), (RD, "reklam", "Reklam"),
        (EK, "video", "🎥 Le résumé du match en vidéo sur notre chaîne YouTube")))
    for style, family, pattern, pool_name in (
            (CR, "desk", r"^(.+)$", "desk"),
            (CR, "photo", r"^PHOTO: (.+)$", "photo"),
            (CR, "correspondent", r"^Our Correspondent, (.+)$", "town"),
            (KC, "rubrique", r"^(.+)$", "rubrique"),
            (KC, "photo", r"^© Photo : (.+)$", "photo"),
            (KC, "envoye", r"^De notre envoyé spécial à (.+)$", "ville"),
            (NP, "seccao", r"^(.+)$", "seccao"),
            (NP, "foto", r"^Foto: (.+)$", "foto"),
            (NP, "correspondente", r"^Correspondente em (.+)$", "distrito"),
            (PY, "karolo", r"^(.+)$", "karolo"),
            (PY, "seswantsho", r"^Seswantšho: (.+)$", "seswantsho"),
            (PY, "toropo", r"^(.+), Limpopo –$", "toropo"),
            (YT, "rubrique", r"^(.+)$", "rubrique"),
            (YT, "credit", r"^Crédit photo : (.+)$", "credit"),
            (YT, "commune", r"^(.+) – correspondance$", "commune"),
            (KV, "desk", r"^(.+)$", "desk"),
            (KV, "photo", r"^Photo \| (.+)$", "photo"),
            (UG, "district", r"^(.+)$", "district"),
            (UG, "cal", r"^Cal: (.+)$", "cal"),
            (RD, "rubrik", r"^(.+)$", "rubrik"),
            (RD, "foto", r"^Foto : (.+)$", "foto"),
            (RD, "vilaz", r"^(.+) \(de notre correspondant\)$", "vilaz"),
            (CH, "kind", r"^(.+)$", "kind"),
            (CH, "photo", r"^Photo: (.+)$", "photo"),
            (EK, "rubrique", r"^(.+)$", "rubrique"),
            (EK, "photo", r"^📸 (.+)$", "photo"),
            (VF, "category", r"^(.+)$", "category"),
            (VF, "photo", r"^📷 (.+)$", "photo"),
            (HS, "kategorie", r"^(.+)$", "kategorie"),
            (HS, "foto", r"^Foto: (.+)$", "foto")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CR, "advert", "ADVERT"), (KC, "pub", "PUBLICITÉ"),
        (KC, "parite", "💶 1 € = 655,957 FCFA"),
        (NP, "registo", "Registo no GABINFO n.º 012/GABINFO-DE/2012"),
        (PY, "presscode", "We subscribe to the Press Code of the Press Council of South "
                          "Africa."),
        (YT, "editeur", "Éditeur : SARL Presse du Lagon, Mamoudzou · ISSN 2000-0000"),
        (VF, "registered", "The station is run by a registered association under Malagasy law "
                           "(no. 123/2009).")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CR: (["copyright", "publisher"], 2), KC: (["droits", "siege"], 2),
        NP: (["direitos", "registo"], 2), PY: (["ditokelo", "presscode"], 2),
        YT: (["droits", "editeur"], 2), RD: (["drwa", "abonnman"], 2),
        CH: (["rights", "contact"], 2), VF: (["rights", "registered"], 2),
        HS: (["regte", "kontak"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CR in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
