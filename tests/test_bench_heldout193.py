"""The held-back-193 template set (`tests.bench.heldout_templates_193`): its localised dates
(printed day by day in English with Australian and New Zealand daylight time, Catalan with
its elided months, Basque, Dutch, Korean and Nepali in the Bikram Sambat calendar and
Devanagari digits, several changing form on the day of a redesign), the lines that turn every
day, week and month ("page last reviewed", "information as of", the coming weekend's
closures, a blog's week, on-time running, a line's punctuality), the service-change notices
and the calendars they follow (strikes, December timetable changes, summer works, Christmas
and New Year's Eve, Sant Joan, La Mercè, Aste Nagusia, Koningsdag, Seollal and Chuseok, the
college exam days, Dashain and Tihar, Waitangi, Anzac and Labour days, the 2015 earthquake
and blockade, the pandemic and New Zealand's alert levels), the fares and prices that change
over the years, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, nth_weekday
from tests.bench.heldout_templates_193 import (
    CATALAN_STRIKES,
    CHUSEOK,
    CL_APPS,
    CL_CAPS,
    CL_REDESIGN,
    CM_MOVE,
    DC_BRIEFING,
    DC_CAP,
    DC_MEMBERS,
    DC_REDESIGN,
    DC_TIPJAR,
    FIRST_DAY,
    HB_APP,
    HB_FARES,
    HB_REDESIGN,
    IG_APP,
    IG_REDESIGN,
    IG_TARIFA,
    LAST_DAY,
    LAXMI_PUJA,
    MWC,
    PB_NIEUWSBRIEF,
    PB_REDESIGN,
    PB_RITTEN,
    PETROL,
    PV_BANKPAS,
    PV_REDESIGN,
    PV_TARIEF,
    RM_FARES,
    RM_REDESIGN,
    SEOLLAL,
    SUNEUNG,
    TM_APP,
    TM_REDESIGN,
    TM_T10,
    TUBE_STRIKES,
    UB_BHADA,
    UB_EVENING,
    UB_REDESIGN,
    UT_MOVE,
    UT_QUOTA,
    VIJAYA_DASHAMI,
    YK_APP,
    YK_REDESIGN,
    aedt,
    al_mes,
    aste_nagusia,
    basque_long,
    bs_date,
    catalan_long,
    coming_weekend,
    de_mes,
    european_timetable_change,
    last_month,
    nepali,
    nzdt,
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

SET = "held-back-193"
SITES = ("The Daily Commute", "Coastlink", "Transports Metropolitans del Camp",
         "한빛메트로", "Polderstad Vervoer", "यातायात खबर", "Ibaizabal Garraio Partzuergoa",
         "출근길 메모장", "Usuaris del Tren de la Costa", "Pendelaarsblog",
         "उपत्यका सहकारी बस सेवा", "Riverlink Metro")
DC, CL, TM, HB = ("thedailycommute.co.uk", "coastlink.nsw.gov.au", "tmcamp.cat",
                  "hanbitmetro.co.kr")
PV, YK, IG, CM = ("polderstadvervoer.nl", "yatayatkhabar.com.np", "ibaizabalgarraio.eus",
                  "commutememo.tistory.com")
UT, PB, UB, RM = ("usuaristrencosta.cat", "pendelaarsblog.be", "upatyakabus.com.np",
                  "riverlinkmetro.govt.nz")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((DC, "dated"), (CL, "dated"), (TM, "data"), (HB, "nalja"), (PV, "datum"),
         (YK, "miti"), (IG, "data"), (CM, "nalja"), (UT, "data"), (PB, "datum"), (UB, "miti"),
         (RM, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((CL, "reviewed"), (TM, "actualitzat"), (HB, "gijun"), (YK, "adyavadhik"))
# The notices that follow calendars.
BANNERS = ((DC, "alert"), (CL, "planner"), (TM, "avis"), (HB, "gongji"), (PV, "melding"),
           (YK, "suchana"), (IG, "oharra"), (UT, "avis"), (PB, "staking"), (UB, "bishesh"),
           (RM, "alert"))
# Fares and prices in force from given days.
TABLES = ((DC, "cap", DC_CAP), (CL, "caps", CL_CAPS), (TM, "tarifa", TM_T10),
          (HB, "yogeum", HB_FARES), (PV, "tarief", PV_TARIEF), (YK, "petrol", PETROL),
          (IG, "tarifa", IG_TARIFA), (UT, "socis", UT_QUOTA), (PB, "rittenkaart", PB_RITTEN),
          (UB, "bhada", UB_BHADA), (RM, "fares", RM_FARES))
# Lines that turn each week or month.
PERIODIC = ((DC, "weekend"), (CM, "jugan"), (CL, "on-time"), (UT, "puntualitat"),
            (CM, "yogeum"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    DC: "Get our Monday email on the week's closures and delays",
    CL: "Plan your trip with the Coastlink Trip Planner",
    TM: "Consulta l'estat del servei en temps real al web de TMC",
    HB: "열차 운행 정보는 한빛메트로 앱에서 실시간으로 확인하세요",
    PV: "Check altijd de actuele reisinformatie in de Polderstad Vervoer-app",
    YK: "यातायात खबरलाई फेसबुक र ट्विटरमा पछ्याउनुहोस्",
    IG: "Jarraitu zerbitzuaren egoera gure Twitter kontuan",
    UT: "Segueix-nos a Twitter per saber com va la línia en directe",
    PB: "Volg Pendelaarsblog ook op Facebook",
    UB: "बस सेवासम्बन्धी जानकारीका लागि हाम्रो फेसबुक पेज हेर्नुहोस्",
    RM: "Timetables and real-time departures: riverlinkmetro.govt.nz",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + PERIODIC + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 12, 10), d(2018, 4, 14), d(2019, 7, 17),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    # Bikram Sambat: new year's days, the start of the fiscal year, a Dashain.
    assert bs_date(d(2019, 4, 14)) == (2076, 1, 1) and bs_date(d(2020, 4, 13)) == (2077, 1, 1)
    assert bs_date(d(2020, 4, 12))[:2] == (2076, 12) and bs_date(d(2015, 1, 1)) == (2071, 9, 17)
    assert bs_date(d(2019, 7, 17)) == (2076, 4, 1) and bs_date(d(2019, 10, 8)) == (2076, 6, 21)
    assert nepali(2076) == "२०७६" and nepali("08") == "०८"
    assert catalan_long(d(2019, 4, 12)) == "12 d'abril de 2019"
    assert catalan_long(d(2019, 3, 5)) == "5 de març de 2019"
    assert [de_mes(m) for m in (4, 8, 10, 11)] == ["d'abril", "d'agost", "d'octubre",
                                                   "de novembre"]
    assert al_mes(1) == "al gener" and al_mes(8) == "a l'agost"
    assert basque_long(d(2019, 3, 5)) == "2019ko martxoaren 5a"
    assert [european_timetable_change(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 12, 13), d(2016, 12, 11), d(2019, 12, 15), d(2020, 12, 13)]
    assert aedt(d(2019, 1, 10)) and not aedt(d(2019, 7, 1))
    assert aedt(d(2019, 10, 6)) and not aedt(d(2019, 10, 5)) and not aedt(d(2019, 4, 7))
    assert nzdt(d(2019, 9, 29)) and not nzdt(d(2019, 9, 28)) and not nzdt(d(2020, 4, 5))
    assert coming_weekend(d(2019, 3, 4)) == coming_weekend(d(2019, 3, 10)) == d(2019, 3, 9)
    assert last_month(d(2019, 3, 10), 10) == (2019, 2) and last_month(d(2019, 1, 9), 10) == (
        2018, 11)
    assert [aste_nagusia(y) for y in (2015, 2019, 2020)] == [d(2015, 8, 22), d(2019, 8, 17),
                                                             None]


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DC, "dated", old, "Posted on 5 March 2016")
    full(DC, "dated", new, r"Fri 19 Jun 2020 · \d+ min read")
    full(DC, "weekend", new, r"🚧 Closures this weekend \(Sat 20 Jun – Sun 21 Jun\): .*")
    full(DC, "weekend", d(2020, 10, 28), r".*\(Sat 31 Oct – Sun 1 Nov\).*")
    full(CL, "dated", old, "Published: 05/03/2016")
    full(CL, "dated", new, rf"Friday 19 June 2020, {clock} AEST")
    full(CL, "dated", winter, rf"Monday 7 December 2020, {clock} AEDT")
    full(CL, "on-time", new, r"On-time running, May 2020: 9\d\.\d% of peak services")
    full(CL, "reviewed", new, "Page last reviewed: 19 June 2020")
    full(TM, "data", old, "05/03/2016")
    full(TM, "data", new, rf"divendres, 19 de juny de 2020 - {clock} h")
    full(TM, "data", d(2019, 4, 12), rf"divendres, 12 d'abril de 2019 - {clock} h")
    full(TM, "actualitzat", d(2018, 10, 2), r"Informació actualitzada a 2 d'octubre de 2018\.")
    full(HB, "nalja", old, r"2016\.03\.05")
    full(HB, "nalja", new, rf"등록일 2020-06-19 \(금\) {clock}")
    full(HB, "gijun", new, r"※ 2020년 6월 19일 기준 정보이며, .*")
    full(PV, "datum", old, "5 maart 2016")
    full(PV, "datum", new, rf"Gepubliceerd op vrijdag 19 juni 2020 om {clock} uur")
    full(YK, "miti", old, "२०७२ फागुन २२")
    full(YK, "miti", new, "प्रकाशित मिति : शुक्रबार, असार ५, २०७७")
    full(YK, "adyavadhik", winter, "यो जानकारी २०७७ मंसिर २२ गतेसम्मको हो ।")
    full(IG, "data", old, "2016/03/05")
    full(IG, "data", new, "2020ko ekainaren 19a, ostirala")
    full(CM, "nalja", old, rf"2016\. 3\. 5\. {clock}")
    full(CM, "nalja", new, "2020년 6월 19일 금요일")
    full(CM, "jugan", new, r"이번 주 출근길 체크 \(6/15 ~ 6/21\): .*")
    full(UT, "data", old, "dissabte, 5 de març de 2016")
    full(UT, "data", new, "19 de juny de 2020")
    full(UT, "puntualitat", d(2019, 5, 5), r"Puntualitat de la línia a l'abril de 2019: "
                                           r"\d\d,\d % dels trens")
    full(PB, "datum", old, "Geplaatst op 5 maart 2016 door Ada Brook")
    full(PB, "datum", new, "vr 19 jun 2020 · Ada Brook")
    full(UB, "miti", old, "मिति: २०७२/११/२२")
    full(UB, "miti", new, r"मिति: २०७७ असार ५ गते \(2020-06-19\)")
    full(RM, "dated", old, "05 Mar 2016")
    full(RM, "dated", new, r"Published: Friday, 19 June 2020 \(NZST\)")
    full(RM, "dated", winter, r"Published: Monday, 7 December 2020 \(NZDT\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(DC, "dated", day).startswith("Posted on") == (day < DC_REDESIGN)
        assert on(CL, "dated", day).startswith("Published:") == (day < CL_REDESIGN)
        assert ("h" in on(TM, "data", day)) == (day >= TM_REDESIGN)
        assert on(HB, "nalja", day).startswith("등록일") == (day >= HB_REDESIGN)
        assert on(PV, "datum", day).startswith("Gepubliceerd") == (day >= PV_REDESIGN)
        assert on(YK, "miti", day).startswith("प्रकाशित") == (day >= YK_REDESIGN)
        assert ("ko " in on(IG, "data", day)) == (day >= IG_REDESIGN)
        assert ("년" in on(CM, "nalja", day)) == (day >= CM_MOVE)
        assert ("," in on(UT, "data", day)) == (day < UT_MOVE)
        assert on(PB, "datum", day).startswith("Geplaatst") == (day < PB_REDESIGN)
        assert ("गते" in on(UB, "miti", day)) == (day >= UB_REDESIGN)
        assert on(RM, "dated", day).startswith("Published") == (day >= RM_REDESIGN)
        assert nepali(bs_date(day)[0]) in on(YK, "miti", day)
        if day >= CL_REDESIGN:
            assert on(CL, "dated", day).endswith("AEDT" if aedt(day) else "AEST")
        if day >= RM_REDESIGN:
            assert on(RM, "dated", day).endswith("(NZDT)" if nzdt(day) else "(NZST)")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    for style, family in ((DC, "weekend"), (CM, "jugan")):
        weekly = changes(style, family)
        assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly), family
    for style, family, published in ((CL, "on-time", 10), (UT, "puntualitat", 5)):
        monthly = changes(style, family)
        assert len(monthly) >= 60 and all(day.day == published for day in monthly), family
    for day in (d(2016, 2, 29), d(2018, 12, 31), d(2020, 10, 26)):
        assert f"Sat {coming_weekend(day).day} " in on(DC, "weekend", day)
    share = [float(m[1]) for t in group_lines(SET, CL, "on-time")
             if (m := re.search(r": (\d+\.\d)%", norm(t)))]
    assert share and all(85 <= s <= 99 for s in share)
    assert "9" in on(CL, "on-time", d(2020, 6, 1))[-30:]
    assert found(UT, "puntualitat", r"línia (a l'\w+|al \w+) de") == {al_mes(m)
                                                                       for m in range(1, 13)}
    assert changes(CM, "yogeum") == {d(2015, 6, 27)} | {d(y, 1, 1) for y in range(2016, 2021)}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day in map(iso, TUBE_STRIKES):
        assert f"Tube strike on {day:%A} {day.day} {day:%B}" in on(DC, "alert", day - 3 * one)
        assert "Tube strike" in on(DC, "alert", day)
    assert "Night Tube" in on(DC, "alert", d(2016, 8, 19))
    assert "Face coverings" in on(DC, "alert", d(2020, 7, 1))
    assert "Lockdown two" in on(DC, "alert", d(2020, 11, 20))
    for y in range(2015, 2021):
        assert f"Christmas Day {y}" in on(DC, "alert", d(y, 12, 25)), y
        assert f"Australia Day {y}" in on(CL, "planner", d(y, 1, 26)), y
        assert f"Labour Day {y}" in on(RM, "alert", nth_weekday(y, 10, 0, 4)), y
        assert f"Waitangi Day {y}" in on(RM, "alert", d(y, 2, 6)), y
        assert f"Summer holiday timetable {y}" in on(RM, "alert", d(y, 12, 24)), y
        exam = iso(SUNEUNG[y])
        assert f"{y + 1}학년도 수능일({exam.month}월 {exam.day}일)" in on(HB, "gongji", exam)
        assert "설 연휴" in on(HB, "gongji", iso(SEOLLAL[y])), y
        assert "दशैं बिदा" in on(UB, "bishesh", iso(VIJAYA_DASHAMI[y])), y
        assert f"Obres d'estiu {y}" in on(UT, "avis", d(y, 7, 20)), y
        assert f"zondag {european_timetable_change(y).day} december {y}" in on(
            PV, "melding", european_timetable_change(y) - 3 * one), y
        if y < 2020:  # the pandemic's notices win in 2020
            assert f"Anzac Day {y}" in on(CL, "planner", d(y, 4, 25)), y
            assert f"Easter {y}" in on(CL, "planner", easter(y)), y
            assert f"New Year's Eve {y}" in on(CL, "planner", d(y, 12, 31)), y
            assert f"Sant Joan {y}" in on(TM, "avis", d(y, 6, 23)), y
            assert f"Diada Nacional {y}" in on(TM, "avis", d(y, 9, 11)), y
            assert f"la Mercè {y}" in on(TM, "avis", d(y, 9, 24)), y
            assert f"Cap d'Any {y}" in on(TM, "avis", d(y, 12, 31)), y
            assert "추석 연휴" in on(HB, "gongji", iso(CHUSEOK[y])), y
            assert f"{y}년 제야의 종" in on(HB, "gongji", d(y, 12, 31)), y
            assert f"Koningsdag {y}" in on(PV, "melding", d(y, 4, 27)), y
            assert f"Oudejaarsdag {y}" in on(PV, "melding", d(y, 12, 31)), y
            assert f"Aste Nagusia {y}" in on(IG, "oharra", aste_nagusia(y) + 3 * one), y
            assert f"Gabonak {y}" in on(IG, "oharra", d(y, 12, 24)), y
            assert f"Setmana Santa {y}" in on(UT, "avis", easter(y)), y
            assert f"Anzac Day {y}" in on(RM, "alert", d(y, 4, 25)), y
    for first, last in MWC:
        assert "Mobile World Congress" in on(TM, "avis", iso(first)), first
        assert "Mobile World Congress" in on(TM, "avis", iso(last)), last
    for day in map(iso, CATALAN_STRIKES):
        assert f"Vaga general del {day.day} {de_mes(day.month)}" in on(TM, "avis", day)
        assert f"Vaga del {day.day} {de_mes(day.month)}" in on(UT, "avis", day - one)
    assert found(TM, "avis", r"Vaga general del (\d+ d)") == {"3 d", "8 d", "18 d"}
    # The 2017 exam was put off a week by the earthquake.
    assert "수능" not in on(HB, "gongji", d(2017, 11, 16))
    assert "마스크" in on(HB, "gongji", iso(CHUSEOK[2020]))
    assert "ov-staking" in on(PV, "melding", d(2019, 5, 28))
    assert "Mondkapje" in on(PV, "melding", d(2020, 6, 1))
    assert "भूकम्प" in on(YK, "suchana", d(2015, 4, 25))
    assert "नाकाबन्दी" in on(YK, "suchana", iso(VIJAYA_DASHAMI[2015]))
    assert "लकडाउन" in on(YK, "suchana", d(2020, 4, 1))
    assert "लकडाउन" in on(UB, "bishesh", d(2020, 4, 1))
    for y in range(2016, 2021):
        bs_year = nepali(bs_date(iso(VIJAYA_DASHAMI[y]))[0])
        assert f"दशैं {bs_year}" in on(YK, "suchana", iso(VIJAYA_DASHAMI[y])), y
        assert f"तिहार {bs_year}" in on(YK, "suchana", iso(LAXMI_PUJA[y])), y
    assert found(YK, "suchana", r"दशैं (\S+):") == {nepali(y) for y in range(2073, 2078)}
    assert found(IG, "oharra", r"Greba eguna, (\d{4})ko") == {"2018", "2019", "2020"}
    assert found(PB, "staking", r"Staking op (\w+) ") == {"woensdag", "dinsdag", "vrijdag"}
    assert "Mondmasker" in on(PB, "staking", d(2020, 9, 1))
    levels = [(d(2020, 4, 1), "4"), (d(2020, 5, 1), "3"), (d(2020, 5, 20), "2"),
              (d(2020, 8, 20), "2")]
    for day, level in levels:
        assert f"Alert Level {level}:" in on(RM, "alert", day), day
    assert "Alert Level" not in on(RM, "alert", d(2020, 7, 1))
    assert "free" in on(RM, "fares", d(2020, 4, 1)) and "free" not in on(RM, "fares",
                                                                        d(2020, 7, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DC, "byline", DC_REDESIGN, "by {author}", "Words:"),
        (DC, "comments", DC_REDESIGN, "{count} comments", "Join the discussion"),
        (DC, "alert", DC_BRIEFING, "Monday email", "Commute Briefing"),
        (DC, "support", DC_TIPJAR, "coffee", "£3 a month"),
        (DC, "support", DC_MEMBERS, "support us", "member"),
        (CL, "planner", CL_APPS, "Trip Planner", "Real-time"),
        (TM, "avis", TM_APP, "web de TMC", "app TMC"),
        (HB, "jakseongja", HB_REDESIGN, "작성자", "담당부서"),
        (HB, "gongji", HB_APP, "실시간으로", "새로워졌습니다"),
        (PV, "melding", PV_BANKPAS, "actuele reisinformatie", "telefoon"),
        (YK, "suchana", YK_APP, "फेसबुक", "एप"),
        (IG, "oharra", IG_APP, "Twitter", "app-a"),
        (CM, "gudok", CM_MOVE, "구독하기", "이 블로그"),
        (UT, "compartir", UT_MOVE, "correu electrònic", "WhatsApp"),
        (PB, "nieuwsbrief", PB_NIEUWSBRIEF, "Schrijf je in voor", "Elke vrijdag"),
        (UB, "samay", UB_EVENING, "बेलुका ८", "राति ९"),
        (UB, "bishesh", UB_REDESIGN, "फेसबुक", "एप")))
    assert_groups_reworded(SET, (
        (DC, "dated", "Posted on", "min read"),
        (DC, "byline", "by ", "Words: "),
        (CL, "dated", "Published: ", " June "),
        (TM, "data", "/", " de "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for (start, value), (end, _) in zip(table, table[1:] + (("9999-12-31", ""),),
                                            strict=True):
            if iso(end) > FIRST_DAY:  # in force on some day of the set
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "1,250원" in on(HB, "yogeum", d(2015, 6, 27)) and "1,050원" in on(HB, "yogeum",
                                                                            d(2015, 6, 26))
    assert "11,35 €" in on(TM, "tarifa", d(2020, 6, 1))
    assert "£7.20" in on(DC, "cap", d(2020, 6, 1))
    prices = {m[1] for t in group_lines(SET, YK, "petrol") if (m := re.search(r"रु\. (\S+)", t))}
    assert len(prices) >= 4


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (HB, "munui", r"[가-힣]"), (HB, "gijun", r"[가-힣]"), (CM, "gonggam", r"[가-힣]"),
        (YK, "miti", r"[\u0900-\u097f]"), (YK, "adyavadhik", r"[\u0900-\u097f]"),
        (UB, "miti", r"[\u0900-\u097f]"), (UB, "prabandhak", r"[\u0900-\u097f]"),
        (TM, "accessibilitat", r"[àèéíòóúç]"), (IG, "arreta", r"Bezeroarentzako"),
        (RM, "nga-mihi", r"ā"), (PV, "klantenservice", r"Klantenservice")))
    assert any(re.search(r"[०-९]", t) for t in group_lines(SET, YK, "miti"))
    assert not any(re.search(r"[0-9]", t) for t in group_lines(SET, YK, "miti"))
    assert any(re.search(r"\(\d{4}-\d\d-\d\d\)", t) for t in group_lines(SET, UB, "miti"))
    assert any("d'" in t for t in group_lines(SET, TM, "data") + group_lines(SET, UT, "data"))
    assert any(t.endswith("AEDT") for t in group_lines(SET, CL, "dated"))
    assert any("Mascarilla" in t for t in group_lines(SET, IG, "oharra")) or "Mascarilla" in on(
        IG, "oharra", d(2020, 9, 1))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DC}/dated", f"{DC}/byline", f"{DC}/related", f"{DC}/tags",
                         f"{DC}/comments", f"{DC}/copyright", f"{DC}/weekend", f"{CL}/dated",
                         f"{CL}/reviewed", f"{CL}/on-time", f"{TM}/data", f"{HB}/nalja"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DC}/independent", f"{DC}/tip", f"{CL}/country", f"{CL}/accessible",
        f"{TM}/accessibilitat", f"{HB}/bunsil"))
    assert_carried_share(docs, DC, [
        ("dated", 0.8, 0.98), ("related", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("weekend", 0.08, 0.35), ("alert", 0.15, 0.5)])
    assert_carried_share(docs, CL, [("reviewed", 0.15, 0.5), ("licence", 0.2, 0.55),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{DC}/related", f"{DC}/advert", f"{YK}/vigyapan"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((DC, "map"), (CL, "trackwork"), (TM, "linies"), (HB, "noseon"),
                               (PV, "omleiding"), (YK, "sambandhit"), (IG, "lineak"),
                               (UB, "rut")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (DC, "correction", 16), (CL, "update"), (TM, "rectificacio"), (HB, "jeongjeong"),
        (PV, "correctie"), (YK, "sudhar"), (IG, "zuzenketa"), (CM, "sujeong"),
        (UT, "actualitzacio"), (PB, "update"), (UB, "sansodhit"), (RM, "update")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DC}/related", "Related: "), (f"{CL}/related", "You may also like: "),
        (f"{TM}/llegeix", "Llegeix també: "), (f"{HB}/gwallyeon", "☞ 관련 공지: "),
        (f"{PV}/lees", "Lees ook: "), (f"{YK}/sambandhit", "सम्बन्धित समाचार: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (DC, "advert", "ADVERTISEMENT"), (YK, "vigyapan", "विज्ञापन"), (CM, "gwanggo", "728x90"),
        (CM, "banung", "반응형"), (PB, "advertentie", "Advertentie"),
        (UB, "sarvajanik", "सार्वजनिक सूचना"), (UB, "aagyale", "आज्ञाले,"),
        (YK, "pratikriya", "प्रतिक्रिया दिनुहोस्")))
    assert_group_values_from_pool(SET, (
        (CL, "category", "category"), (TM, "seccio", "seccio"), (HB, "bunryu", "bunryu"),
        (PV, "rubriek", "rubriek"), (YK, "shreni", "shreni"), (IG, "atala", "atala"),
        (CM, "kategori", "kategori")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DC, "advert", "ADVERTISEMENT"),
        (TM, "accessibilitat", "Totes les estacions tenen ascensor, excepte les indicades al "
                               "plànol d'accessibilitat."),
        (HB, "bunryu", "공지사항"),
        (YK, "vigyapan", "विज्ञापन"),
        (CM, "gwanggo", "728x90"),
        (CM, "skin", "Designed by 티스토리"),
        (UT, "llicencia", "Aquesta obra està subjecta a una llicència Creative Commons "
                          "Reconeixement-CompartirIgual 4.0.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DC: (["independent", "support", "copyright"], 3),
        CL: (["media", "licence"], 2),
        TM: (["premsa", "copyright"], 2),
        HB: (["munui", "copyright"], 2),
        PV: (["klantenservice", "noot", "pers", "copyright"], 3),
        YK: (["sampadak", "copyright"], 2),
        IG: (["prentsa", "copyright"], 2),
        CM: (["dareun", "dareun-geul", "ccl", "skin"], 2),
        UB: (["aagyale", "prabandhak", "sampark"], 2),
        RM: (["nga-mihi", "media", "copyright"], 2)})


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
