"""The held-back-223 template set (`tests.bench.heldout_templates_223`): its localised dates
(printed day by day in English with ordinals, Dutch, Polish with genitive months, Brazilian
and European Portuguese, Korean and Welsh, several changing form on the day of a redesign),
the lines that turn every day (sunrise and sunset for Cardigan and Seoul, a lunar sowing
calendar), every week (the job of the week, the ISO week's job) and every month (what to sow
this month, the next monthly talk), the solar terms of the Korean almanac, the seasonal lines
(water troughs, trading huts, canteens, duty hours, watering hours), the frost and drought
warnings and show schedules by date, the calendars some notices follow (Chelsea, Hampton
Court, the IJsheiligen, the "cold gardeners", Brazil's winters and springs, Arbor Day, Urban
Agriculture Day, the first frost, seed swaps, AGMs, open days, plant markets, annual shows
and their entry deadlines, the 2020 cancellations and lockdowns), the plot rents, fees,
waiting lists and subscriptions that change over the years, the lines in several languages
and scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_templates_223 import (
    AH_MEMBERSHIP,
    CHELSEA,
    DN_NEWSLETTER,
    DN_REDESIGN,
    FIRST_DAY,
    GT_MEMBERSHIP,
    GT_REDESIGN,
    HAMPTON_COURT,
    HM_QUOTA,
    HM_REDESIGN,
    HQ_LGPD,
    HQ_REDESIGN,
    HQ_WHATSAPP,
    JEOLGI,
    LAST_DAY,
    MK_ABONNEMENT,
    MK_NEWSLETTER,
    MK_REDESIGN,
    NA_BONFIRE_BAN,
    NA_REDESIGN,
    NA_RENTS,
    NA_WAITING,
    OB_REDESIGN,
    OB_TUINHUUR,
    OB_WACHTLIJST,
    PS_NEWSLETTER,
    PS_REDESIGN,
    PS_SUBSCRIPTION,
    RP_OPLATY,
    RP_REDESIGN,
    SH_BUNYANG,
    SH_REDESIGN,
    SUSZA,
    ZD_NEWSLETTER,
    ZD_REDESIGN,
    ZD_RODO,
    agm,
    alv,
    autumn_show,
    british_summer_time,
    ffair_hadau,
    gaejang,
    moon_phase,
    next_talk,
    open_dag,
    open_day,
    plantjesmarkt,
    seed_swap,
    sioe,
    spring_show,
    sprzatanie,
    summer_show,
    sun_times,
    troca_sementes,
    walne,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_mostly_bare,
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
    wording_on,
)

SET = "held-back-223"
SITES = ("Potting Shed Weekly", "De Moestuinkrant", "Zielona Działka", "Horta no Quintal",
         "도시농업신문", "Northfield & District Allotment Association",
         "Cymdeithas Garddwyr Bro Teifi", "Volkstuinvereniging Ons Buiten", "ROD „Pod Lipami”",
         "서하구 도시농업포털", "Associação Hortas do Mondego", "Ashcombe Horticultural Society")
PS, MK, ZD, HQ = ("pottingshedweekly.co.uk", "moestuinkrant.nl", "zielonadzialka.pl",
                  "hortanoquintal.com.br")
DN, NA, GT, OB = ("dosinongup.co.kr", "northfieldallotments.org.uk", "garddwyrteifi.cymru",
                  "vtvonsbuiten.nl")
RP, SH, HM, AH = ("rodpodlipami.pl", "seohafarm.or.kr", "hortasmondego.pt",
                  "ashcombehorticultural.org.uk")

d = dt.date
one = dt.timedelta(days=1)
YEARS = range(2015, 2021)

# The dates printed day by day (every one from the first day).
DAILY = ((PS, "dated"), (MK, "datum"), (ZD, "data"), (HQ, "data"), (DN, "ipryeok"),
         (NA, "posted"), (GT, "dyddiad"), (OB, "datum"), (RP, "data"), (SH, "deungrok"),
         (HM, "data"), (AH, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((ZD, "ksiezyc"), (GT, "haul"), (SH, "ilchul"))
WEEKLY = ((PS, "week"), (MK, "klus"))
MONTHLY = ((PS, "sow"), (MK, "zaaikalender"), (ZD, "kalendarz"), (HQ, "plantar"),
           (DN, "iltal"))
# The notices that follow calendars.
BANNERS = ((PS, "notice"), (MK, "nieuwsbrief"), (ZD, "przymrozki"), (HQ, "aviso"),
           (DN, "sosik"), (NA, "events"), (GT, "hysbys"), (OB, "agenda"), (RP, "ogloszenie"),
           (SH, "annae"), (HM, "agenda"), (AH, "shows"))
# The lines that change on the same days each year: (domain, family, month-days).
SEASONAL = ((NA, "hut", ("03-01", "11-01")), (OB, "water", ("04-01", "11-01")),
            (OB, "kantine", ("04-01", "10-01")), (RP, "woda", ("04-15", "10-16")),
            (RP, "dyzur", ("04-01", "11-01")), (HM, "rega", ("05-01", "10-01")),
            (DN, "jeolgi", tuple(md for md, _, _ in JEOLGI)))
# Amounts in force from given days (a line that changes only where its value does).
TABLES = ((PS, "subscribe", PS_SUBSCRIPTION), (MK, "abonnement", MK_ABONNEMENT),
          (OB, "tuinhuur", OB_TUINHUUR), (HM, "quota", HM_QUOTA))
# Lines that name their rent or fee year: a new wording on every start day.
YEARLY = ((NA, "rent", NA_RENTS), (NA, "waiting", NA_WAITING), (RP, "oplaty", RP_OPLATY),
          (SH, "bunyang", SH_BUNYANG))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PS: "Sign up to our free weekly newsletter for seasonal jobs and plant picks",
    MK: "Schrijf je in voor de gratis nieuwsbrief van De Moestuinkrant",
    ZD: "Dołącz do naszej grupy na Facebooku: ponad 40 tysięcy działkowców",
    HQ: "Siga a Horta no Quintal no Instagram e no Facebook",
    DN: "도시농업신문 카카오톡 채널을 추가하고 새 소식을 받아보세요",
    NA: "New to growing? Ask any committee member: we're a friendly bunch.",
    GT: "Ymunwch â'r gymdeithas: aelodaeth £5 y flwyddyn.",
    OB: "Word lid! Mail het secretariaat: secretariaat@vtvonsbuiten.nl",
    RP: "Wolne działki: pytaj zarząd podczas dyżuru.",
    SH: "텃밭 분양 문의: 서하구청 도시농업팀 02-2600-4123",
    HM: "Quer um talhão? Inscreva-se na lista de espera na nossa sede.",
    AH: "Membership £3 a year: join at any show or talk.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + MONTHLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in SEASONAL + TABLES + YEARLY) + (
        (NA, "water"), (AH, "talk")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 5, 13), d(2018, 7, 20), d(2019, 8, 17),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert british_summer_time(d(2019, 3, 31)) and not british_summer_time(d(2019, 3, 30))
    assert not british_summer_time(d(2019, 10, 27))
    rise, sets = sun_times(d(2019, 6, 21), 52.08, -4.66, 1)  # Cardigan at midsummer
    assert "04:50" <= rise <= "05:05" and "21:40" <= sets <= "21:55", (rise, sets)
    rise, sets = sun_times(d(2019, 12, 21), 37.57, 126.98, 9)  # Seoul at midwinter
    assert "07:38" <= rise <= "07:50" and "17:10" <= sets <= "17:22", (rise, sets)
    assert moon_phase(d(2018, 1, 31)) == "full" and moon_phase(d(2019, 7, 2)) == "new"
    assert moon_phase(d(2016, 3, 9)) == "new" and moon_phase(d(2019, 7, 17)) == "full"
    assert moon_phase(d(2019, 7, 9)) == "first" and moon_phase(d(2019, 7, 25)) == "last"
    assert moon_phase(d(2019, 7, 5)) == "waxing" and moon_phase(d(2019, 7, 20)) == "waning"
    assert seed_swap(2019) == d(2019, 2, 2) and agm(2019) == d(2019, 11, 13)
    assert open_day(2019) == d(2019, 8, 4) and sioe(2019) == d(2019, 8, 17)
    assert ffair_hadau(2019) == d(2019, 3, 2) and alv(2019) == d(2019, 3, 14)
    assert plantjesmarkt(2019) == d(2019, 5, 11) and open_dag(2019) == d(2019, 6, 8)
    assert walne(2019) == d(2019, 3, 16) and sprzatanie(2019) == d(2019, 4, 13)
    assert gaejang(2019) == d(2019, 4, 6) and troca_sementes(2019) == d(2019, 3, 3)
    assert spring_show(2019) == d(2019, 4, 13) and summer_show(2019) == d(2019, 8, 24)
    assert autumn_show(2019) == d(2019, 9, 14)
    assert next_talk(d(2019, 8, 1)) == d(2019, 9, 17)
    assert next_talk(d(2019, 11, 20)) == d(2020, 1, 21)
    assert next_talk(d(2019, 3, 19)) == d(2019, 3, 19)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PS, "dated", old, "5th March 2016")
    full(PS, "dated", new, r"Friday 19 Jun 2020 · \d+ min read")
    full(PS, "week", new, r"Job of the week \(w/c 15 June\): pinch out tomato sideshoots")
    full(MK, "datum", old, "05-03-2016")
    full(MK, "datum", new, rf"vrijdag 19 juni 2020, {clock}")
    full(MK, "klus", new, "Klus van week 25: dief de tomaten uit")
    full(ZD, "data", old, rf"05\.03\.2016, {clock}")
    full(ZD, "data", new, "piątek, 19 czerwca 2020")
    full(ZD, "ksiezyc", new, "Kalendarz księżycowy, 19 czerwca: .+ — .+")
    full(HQ, "data", old, rf"Publicado em 05/03/2016 às {clock}")
    full(HQ, "data", new, "sexta-feira, 19 de junho de 2020")
    full(DN, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(DN, "ipryeok", new, rf"승인 2020년 6월 19일 \(금\) {clock}")
    full(NA, "posted", old, "Posted on 5th March 2016 by Ada Brook")
    full(NA, "posted", new, "Friday 19 June 2020")
    full(GT, "dyddiad", old, "5/3/2016")
    full(GT, "dyddiad", new, "Dydd Gwener, 19 Mehefin 2020")
    full(GT, "haul", new, r"Heddiw, 19 Mehefin: codiad haul 0[45]:\d\d, machlud 21:\d\d "
                          r"\(Aberteifi\)")
    full(GT, "haul", winter, r"Heddiw, 7 Rhagfyr: codiad haul 08:\d\d, machlud 16:\d\d "
                             r"\(Aberteifi\)")
    full(OB, "datum", old, "Geplaatst op 5 maart 2016")
    full(OB, "datum", new, "19-06-2020")
    full(RP, "data", old, "Dodano: 5 marca 2016")
    full(RP, "data", new, r"19\.06\.2020 r\.")
    full(SH, "deungrok", old, "등록일 2016-03-05")
    full(SH, "deungrok", new, r"작성일 2020\.06\.19 \(금\)")
    full(SH, "ilchul", new, r"6월 19일 서울 일출 05:\d\d · 일몰 19:\d\d")
    full(HM, "data", old, "Publicado a 5 de março de 2016")
    full(HM, "data", new, r"19\.06\.2020")
    full(AH, "dated", new, "19th June 2020")
    full(AH, "talk", new, r"Next talk: Tuesday 21st July, 7\.30pm, the Village Hall\. "
                          r"Visitors £2\.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The lines of the day name the day and the month, not the year: they turn every day.
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PS, "dated", day).endswith("min read") == (day >= PS_REDESIGN)
        assert bool(re.match(r"\d\d-", on(MK, "datum", day))) == (day < MK_REDESIGN)
        assert on(ZD, "data", day).endswith("{time}") == (day < ZD_REDESIGN)
        assert on(HQ, "data", day).startswith("Publicado") == (day < HQ_REDESIGN)
        assert on(DN, "ipryeok", day).startswith("입력") == (day < DN_REDESIGN)
        assert on(NA, "posted", day).startswith("Posted on") == (day < NA_REDESIGN)
        assert on(GT, "dyddiad", day).startswith("Dydd") == (day >= GT_REDESIGN)
        assert on(OB, "datum", day).startswith("Geplaatst") == (day < OB_REDESIGN)
        assert on(RP, "data", day).startswith("Dodano") == (day < RP_REDESIGN)
        assert on(SH, "deungrok", day).startswith("등록일") == (day < SH_REDESIGN)
        assert on(HM, "data", day).startswith("Publicado") == (day < HM_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for domain, family in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly), family
    for domain, family in MONTHLY:
        monthly = changes(domain, family)
        assert len(monthly) == 72 and all(day.day == 1 for day in monthly), family
    talks = changes(AH, "talk")
    assert len(talks) >= 55 and all(day.weekday() == 2 for day in talks)
    assert not any(next_talk(day).month in (8, 12) for day in every_day())
    for day in every_day():
        phase = on(ZD, "ksiezyc", day)
        assert ("pełnia" in phase) == (moon_phase(day) == "full"), day
    sunrise = [m[1] for day in every_day()
               if (m := re.search(r"codiad haul (\d\d:\d\d)", on(GT, "haul", day)))]
    assert len(sunrise) == len(every_day()) and min(sunrise) >= "04:45"
    assert max(sunrise) <= "08:35"
    assert sum(norm(t).startswith("Job of the week") for t in group_lines(SET, PS, "week")) > 5


def test_seasonal_lines_change_on_their_days_each_year() -> None:
    for domain, family, days in SEASONAL:
        want = {iso(f"{y}-{md}") for y in YEARS for md in days}
        assert changes(domain, family) == want, (domain, family)
    water = changes(NA, "water")
    assert water == {iso(f"{y}-{md}") for y in YEARS for md in ("04-01", "11-01")} | {
        d(2018, 7, 2)}
    assert "Dry spell" in on(NA, "water", d(2018, 8, 1))
    assert "ON" in on(NA, "water", d(2019, 8, 1)) and "OFF" in on(NA, "water", d(2019, 1, 8))
    assert "상강" in on(DN, "jeolgi", d(2019, 10, 23))
    assert "동지" in on(DN, "jeolgi", FIRST_DAY)
    assert "zakręcona" in on(RP, "woda", d(2018, 12, 1))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in YEARS:
        if y in CHELSEA:
            first, last = CHELSEA[y]
            assert f"Chelsea Flower Show {y}" in on(PS, "notice", iso(first))
            assert f"Chelsea Flower Show {y}" in on(PS, "notice", iso(last))
            assert f"Garden Festival {y}" in on(PS, "notice", iso(HAMPTON_COURT[y][0]))
        assert f"IJsheiligen {y}" in on(MK, "nieuwsbrief", d(y, 5, 11)), y
        assert f"IJsheiligen {y}" in on(MK, "nieuwsbrief", d(y, 5, 15)), y
        assert f"Zimni ogrodnicy {y}" in on(ZD, "przymrozki", d(y, 5, 14)), y
        assert f"primavera de {y}" in on(HQ, "aviso", d(y, 9, 22)), y
        assert f"Inverno {y}" in on(HQ, "aviso", d(y, 7, 4)), y
        assert f"{y} 첫서리" in on(DN, "sosik", d(y, 10, 23)), y
        assert f"Saturday {seed_swap(y).day} February {y}" in on(NA, "events", seed_swap(y))
        assert f"AGM: Wednesday {agm(y).day} November {y}" in on(NA, "events", agm(y))
        assert f"Ffair cyfnewid hadau: dydd Sadwrn {ffair_hadau(y).day} Mawrth {y}" in on(
            GT, "hysbys", ffair_hadau(y))
        assert f"donderdag {alv(y).day} maart {y}" in on(OB, "agenda", alv(y))
        assert f"{y}년 텃밭 분양 신청" in on(SH, "annae", d(y, 2, 15))
        assert f"{y}년 김장" in on(SH, "annae", d(y, 11, 20))
        assert f"domingo, {troca_sementes(y).day} de março de {y}" in on(
            HM, "agenda", troca_sementes(y))
        if y < 2020:
            assert f"{y} 식목일" in on(DN, "sosik", d(y, 4, 5)), y
            assert f"도시농업의 날: {y}" in on(DN, "sosik", d(y, 4, 11)), y
            assert f"Inverno {y}" in on(HQ, "aviso", d(y, 6, 21)), y
            assert f"Open day and produce show: Sunday {open_day(y).day} August" in on(
                NA, "events", open_day(y))
            assert f"Sioe Flynyddol {y}" in on(GT, "hysbys", sioe(y)), y
            assert f"Sioe Flynyddol {y}" in on(GT, "hysbys", sioe(y) - 42 * one), y
            wednesday = sioe(y) - 3 * one
            assert f"nos Fercher {wednesday.day} Awst" in on(GT, "hysbys", wednesday), y
            assert f"Plantjesmarkt: zaterdag {plantjesmarkt(y).day} mei" in on(
                OB, "agenda", plantjesmarkt(y))
            assert f"Open dag: zaterdag {open_dag(y).day} juni" in on(OB, "agenda",
                                                                       open_dag(y))
            assert f"sobota {walne(y).day} marca {y}" in on(RP, "ogloszenie", walne(y))
            assert "drugi termin" in on(RP, "ogloszenie", walne(y))
            assert f"sobota {sprzatanie(y).day} kwietnia" in on(RP, "ogloszenie",
                                                                 sprzatanie(y))
            assert f"4월 {gaejang(y).day}일(토)" in on(SH, "annae", gaejang(y))
            for show in (spring_show, summer_show, autumn_show):
                assert f"Saturday {show(y).day} " in on(AH, "shows", show(y)), (show, y)
    assert "online by video call" in on(NA, "events", agm(2020))
    assert "Chelsea goes online" in on(PS, "notice", d(2020, 5, 20))
    assert "Hot spell" in on(PS, "notice", d(2018, 7, 20))
    assert "Stuck at home" in on(PS, "notice", d(2020, 4, 15))
    assert "Droogte" in on(MK, "nieuwsbrief", d(2018, 8, 1))
    assert "Corona" in on(MK, "nieuwsbrief", d(2020, 4, 1))
    for first, last, y in SUSZA:
        assert f"Susza {y}" in on(ZD, "przymrozki", iso(first)), y
        assert f"Susza {y}" in on(ZD, "przymrozki", iso(last)), y
    assert "Koronawirus" in on(ZD, "przymrozki", d(2020, 4, 1))
    assert "Quarentena" in on(HQ, "aviso", d(2020, 6, 25))
    assert "폭염특보" in on(DN, "sosik", d(2018, 8, 1))
    assert "코로나19" in on(DN, "sosik", d(2020, 4, 11))
    assert "Sites stay open" in on(NA, "events", d(2020, 5, 1))
    assert "Sioe 2020 wedi'i chanslo" in on(GT, "hysbys", sioe(2020))
    assert "Corona" in on(OB, "agenda", open_dag(2020))
    assert "Świetlica zamknięta" in on(RP, "ogloszenie", walne(2020))
    assert "개장식을 취소" in on(SH, "annae", gaejang(2020))
    assert "Seca" in on(HM, "agenda", d(2017, 8, 1))
    assert "Estado de emergência" in on(HM, "agenda", d(2020, 4, 1))
    assert "cancelled" in on(AH, "shows", summer_show(2020))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PS, "byline", PS_REDESIGN, "Words:", "{author_beat}"),
        (PS, "notice", PS_NEWSLETTER, "free weekly newsletter", "The Sunday Dig"),
        (MK, "auteur", MK_REDESIGN, "Tekst:", "leestijd"),
        (MK, "nieuwsbrief", MK_NEWSLETTER, "gratis nieuwsbrief", "Elke donderdag"),
        (ZD, "autor", ZD_RODO, "Autor:", "Zdjęcia"),
        (ZD, "cookies", ZD_RODO, "Serwis używa", "RODO"),
        (ZD, "przymrozki", ZD_NEWSLETTER, "Facebooku", "newslettera"),
        (HQ, "autor", HQ_REDESIGN, "Por {author}", "{author_beat}"),
        (HQ, "aviso", HQ_WHATSAPP, "Instagram", "WhatsApp"),
        (HQ, "cookies", HQ_LGPD, "melhorar", "LGPD"),
        (DN, "gija", DN_REDESIGN, "{author} 기자", "글·사진"),
        (DN, "sosik", DN_NEWSLETTER, "카카오톡", "뉴스레터"),
        (NA, "bonfire", NA_BONFIRE_BAN, "before 10am", "no longer allowed"),
        (GT, "hysbys", GT_MEMBERSHIP, "£5", "£6"),
        (OB, "agenda", OB_WACHTLIJST, "Word lid", "wachtlijst"),
        (AH, "shows", AH_MEMBERSHIP, "£3", "£4")))
    for style, family, old, new in (
            (PS, "dated", r"^\d+(st|nd|rd|th) ", r"min read$"),
            (PS, "byline", r"^Words: ", r"^By .+, "),
            (MK, "datum", r"^\d\d-\d\d-\d{4}$", r"^\w+dag "),
            (ZD, "autor", r"^Autor: ", r"\| Zdjęcia: "),
            (NA, "posted", r"^Posted on ", r"^\w+day \d")):
        group = [norm(t) for t in group_lines(SET, style, family)]
        assert any(re.search(old, t) for t in group), (style, family)
        assert any(re.search(new, t) for t in group), (style, family)


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        values = [(iso(start), value) for start, value in table]
        want = {start for (start, value), (_, before) in zip(values[1:], values, strict=False)
                if start > FIRST_DAY and value != before}
        assert changes(domain, family) == want, (domain, family)
        for start, value in values:
            if start >= FIRST_DAY or start == max(s for s, _ in values if s <= FIRST_DAY):
                assert value in on(domain, family, max(start, FIRST_DAY)), (domain, start)
    for domain, family, table in YEARLY:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
    # The 2017 rent stayed at the 2016 one: no new wording that January.
    assert changes(OB, "tuinhuur") == {d(2016, 1, 1), d(2018, 1, 1), d(2019, 1, 1),
                                       d(2020, 1, 1)}
    assert "2019–20" in on(NA, "rent", d(2020, 9, 30)) and "2020–21" in on(NA, "rent",
                                                                          d(2020, 10, 1))
    assert "£64" in on(NA, "rent", LAST_DAY)
    assert "161 names" in on(NA, "waiting", d(2020, 7, 1))
    assert "0,35 zł" in on(RP, "oplaty", d(2020, 6, 1)) and "2019 r." in on(
        RP, "oplaty", d(2020, 3, 31))
    assert "6만원" in on(SH, "bunyang", d(2020, 6, 1))
    assert "25 €" in on(HM, "quota", LAST_DAY)
    rents = {m[1] for t in group_lines(SET, NA, "rent")
             if (m := re.search(r"full plot \(250 sq m\) (£\d+)", norm(t)))}
    assert len(rents) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (DN, "jebo", r"[\uac00-\ud7a3]"), (DN, "gwanggo", r"[\uac00-\ud7a3]"),
        (SH, "manjok", r"[\uac00-\ud7a3]"), (ZD, "prawa", r"[ąęłńóśźż]"),
        (RP, "pzd", r"[ąęłńóśźż]"), (HQ, "comentarios", r"[ãçéáõ]"),
        (HM, "queimadas", r"[ãçéáõÉ]"), (GT, "hawlfraint", r"Cedwir pob hawl"),
        (MK, "affiliate", r"ij"), (OB, "avvn", r"volkstuinders")))
    assert any(t.startswith("Dydd ") for t in group_lines(SET, GT, "dyddiad"))
    assert any(re.search(r"\([월화수목금토일]\)", t) for t in group_lines(SET, DN, "ipryeok"))
    assert any(re.search(r"(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
                         r"września|października|listopada|grudnia)", t)
               for t in group_lines(SET, ZD, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PS}/dated", f"{PS}/byline", f"{PS}/also", f"{PS}/kicker",
                         f"{PS}/photo", f"{PS}/copyright", f"{PS}/week", f"{PS}/sow",
                         f"{MK}/datum", f"{MK}/lees-ook", f"{ZD}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PS}/publisher", f"{PS}/affiliate", f"{MK}/uitgever", f"{MK}/affiliate",
        f"{ZD}/wydawca", f"{HQ}/comentarios"))
    assert_carried_share(docs, PS, [
        ("dated", 0.8, 0.98), ("also", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("week", 0.08, 0.35), ("notice", 0.15, 0.5), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, MK, [("datum", 0.75, 1.0), ("advertentie", 0.15, 0.5),
                                    ("rectificatie", 0.0, 0.12)])
    for fam in (f"{PS}/also", f"{PS}/advert", f"{MK}/lees-ook", f"{ZD}/zobacz",
                f"{ZD}/reklama", f"{HQ}/leia", f"{HQ}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PS, "photo"), (MK, "foto"), (DN, "gwanggo"),
                               (GT, "dosbarth"), (OB, "werkbeurt"), (AH, "klass")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PS, "correction", 16), (MK, "rectificatie"), (ZD, "sprostowanie"), (HQ, "correcao"),
        (DN, "jeongjeong"), (NA, "lost"), (GT, "cywiriad"), (OB, "correctie"),
        (RP, "zmiana"), (SH, "byeongyeong"), (HM, "errata"), (AH, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PS}/also", "You may also like: "), (f"{MK}/lees-ook", "Lees ook: "),
        (f"{ZD}/zobacz", "Zobacz także: "), (f"{HQ}/leia", "Leia também: "),
        (f"{DN}/gwanryeon", "관련기사: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PS, "advert", "Advertisement"), (MK, "advertentie", "Advertentie"),
        (ZD, "reklama", "Reklama"), (HQ, "publicidade", "Publicidade"), (DN, "gwanggo", "광고"),
        (GT, "saesneg", "Read this page in English")))
    assert_group_values_from_pool(SET, (
        (PS, "kicker", "kicker"), (MK, "rubriek", "rubriek"), (ZD, "kategoria", "kategoria"),
        (HQ, "editoria", "editoria"), (DN, "seksyeon", "seksyeon"),
        (NA, "category", "category"), (GT, "dosbarth", "dosbarth"), (SH, "board", "board"),
        (AH, "klass", "klass")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PS, "advert", "Advertisement"),
        (PS, "affiliate", "We may earn a commission if you buy through the links on this "
                          "page."),
        (MK, "advertentie", "Advertentie")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PS: (["publisher", "copyright"], 2),
        MK: (["uitgever", "copyright"], 2),
        ZD: (["cookies", "wydawca", "prawa"], 2),
        HQ: (["comentarios", "cookies", "direitos"], 2),
        DN: (["jebo", "balhaeng", "jeojakgwon"], 3),
        NA: (["committee", "affiliated", "copyright"], 2),
        GT: (["elusen", "hawlfraint"], 2),
        OB: (["bestuur", "avvn"], 2),
        RP: (["kontakt", "pzd"], 2),
        SH: (["damdang", "manjok", "copyright"], 2),
        HM: (["contacto", "direitos"], 2)})


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
