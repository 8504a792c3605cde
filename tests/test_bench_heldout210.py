"""The held-back-210 template set (`tests.bench.heldout_templates_210`): its localised dates
(printed day by day in English with British summer and winter time, Dutch, Danish,
Estonian, Hungarian and Korean, most changing form on the day of a redesign), the
sightings-report lines that turn every day (the day's weather, sunrise and sunset, high
water, the records entered today), every week (the week's review to a Sunday, the week's
observations by ISO week) and every month (the bird of the month, the photo theme, the next
chapter meeting), the opening times, ringing seasons and breeding-season lines that follow
the seasons, the survey and event calendars some notices follow (garden bird counts,
EuroBirdwatch, Birdfair, Global Big Day, the Christmas Bird Count with its number, the Great
Backyard Bird Count, World Migratory Bird Day, the winter census, the Day of Birds and Trees,
the 1% tax offer, bird flu, the pandemic), the fees and prices that change over the years,
the lines in several languages and scripts, the variation it promises, its multi-line blocks
and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_210 import (
    BIRDFAIR,
    CENSUS,
    FIRST_DAY,
    FLU_KR,
    FLU_NL,
    FLU_UK,
    FV_KONKURRENCE,
    FV_KONTINGENT,
    FV_REDESIGN,
    GARDEN_WATCH,
    GD_GWALLAMRYO,
    GD_REDESIGN,
    GLOBAL_BIG_DAY,
    KO_PILET,
    KO_REDESIGN,
    KP_HOSTEL,
    KP_RECORDS,
    KP_REDESIGN,
    LAST_DAY,
    LV_LIIKMEMAKS,
    LV_REDESIGN,
    LV_UUDISKIRI,
    LV_VORM,
    MA_REDESIGN,
    MA_TAGDIJ,
    MA_TAGSAG,
    MC_DUES,
    MC_REDESIGN,
    MC_TRIPS,
    MC_ZOOM,
    NV_BELEPO,
    NV_REDESIGN,
    SK_INSTAGRAM,
    SK_KONTINGENT,
    SK_REDESIGN,
    SM_APP,
    SM_PREMIUM,
    SM_REDESIGN,
    SM_VERIFIED,
    SW_HUWON,
    SW_KAKAO,
    SW_REDESIGN,
    TUINVOGELTELLING,
    VB_DONATEUR,
    VB_NIEUWSBRIEF,
    VB_REDESIGN,
    bird_of_the_month,
    count_day,
    high_waters,
    last_sunday_before,
    migratory_bird_day,
    months_since,
    next_meeting,
    photo_theme,
    presidents_day,
    records_today,
    summer_time,
    sun_times,
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

SET = "held-back-210"
SITES = ("Saltmarsh Birding", "Vogelbericht", "Skovnæs Fuglestation", "Madárles", "새와사람",
         "Linnuvaatleja", "Kittiwake Point Bird Observatory", "Fuglefoto Vest",
         "Marsh Creek Audubon Society", "Kõrsmaa looduskeskus", "Nádastói Madárvárta",
         "갈대섬 철새탐조센터")
SM, VB, SK, MA = ("saltmarshbirding.co.uk", "vogelbericht.nl", "skovnaesfuglestation.dk",
                  "madarles.hu")
SW, LV, KP, FV = ("saewasaram.kr", "linnuvaatleja.ee", "kittiwakepoint.org.uk",
                  "fuglefotovest.dk")
MC, KO, NV, GD = ("marshcreekaudubon.org", "korsmaa.ee", "nadastovarta.hu", "galdaeseom.or.kr")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SM, "dated"), (VB, "datum"), (SK, "dato"), (MA, "datum"), (SW, "ipryeok"),
         (LV, "kuupaev"), (KP, "logdate"), (FV, "dato"), (MC, "posted"), (KO, "kuupaev"),
         (NV, "datum"), (GD, "dated"))
# The sightings-report lines worded for each day.
EVERY_DAY = ((VB, "vandaag"), (SK, "vejr"), (SK, "sol"), (KP, "weather"), (KP, "sun"),
             (KP, "tides"))
# The lines that turn each week and each month.
WEEKLY = ((SM, "review"), (LV, "nadal"))
MONTHLY = ((MA, "honap"), (FV, "tema"))
# The notices that follow calendars.
BANNERS = ((SM, "notice"), (VB, "tip"), (SK, "opslag"), (MA, "felhivas"), (SW, "allim"),
           (LV, "kutse"), (FV, "konkurrence"), (MC, "news"), (GD, "annae"))
# The lines that follow the seasons.
SEASONS = ((VB, "broedseizoen"), (SK, "saeson"), (MA, "etetes"), (KP, "hostel"),
           (KO, "lahtiolek"), (KO, "ranne"), (NV, "tabor"), (GD, "hours"))
# Amounts in force from given days.
TABLES = ((SM, "premium", SM_PREMIUM), (VB, "donateur", VB_DONATEUR),
          (SK, "kontingent", SK_KONTINGENT), (MA, "tagdij", MA_TAGDIJ),
          (SW, "huwon", SW_HUWON), (LV, "liikmemaks", LV_LIIKMEMAKS),
          (KP, "prices", KP_HOSTEL), (FV, "kontingent", FV_KONTINGENT),
          (MC, "dues", MC_DUES), (KO, "pilet", KO_PILET), (NV, "belepo", NV_BELEPO),
          (GD, "fee", GD_GWALLAMRYO))

QUIET = d(2015, 9, 8)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    SM: "Get rare bird news by text message: subscribe from £2.99 a month",
    VB: "Ontvang elke vrijdag de nieuwsbrief van Vogelbericht",
    SK: "Følg stationen på Facebook for daglige opdateringer",
    MA: "Csatlakozzon egyesületünkhöz, és kapja meg negyedéves lapunkat!",
    SW: "새와사람 소식을 이메일로 받아보세요",
    LV: "Liitu Linnuvaatleja uudiskirjaga",
    FV: "Del dine bedste fuglebilleder i galleriet",
    MC: "Join us! Our field trips are free and open to everyone.",
    GD: "탐조 시 철새에게 너무 가까이 다가가지 말고 망원경을 이용해 주세요",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + MONTHLY + BANNERS + SEASONS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((MC, "meeting"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 1), d(2018, 5, 10), d(2019, 5, 11),
        d(2020, 3, 20), d(2020, 12, 20), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert summer_time(d(2020, 10, 24)) and not summer_time(d(2020, 10, 25))
    rise, set_ = sun_times(d(2020, 6, 20), 57.3, 10.5, 1)
    assert 4 * 60 < rise < 4 * 60 + 40 and 22 * 60 < set_ < 22 * 60 + 30
    rise, set_ = sun_times(d(2020, 12, 21), 54.6, -1.1, 0)
    assert 8 * 60 + 10 < rise < 8 * 60 + 40 and set_ - rise < 7.5 * 60
    for day in every_day()[:60]:
        tides = high_waters(day)
        assert 1 <= len(tides) <= 2 and all(0 <= t < 1440 and 4.1 < h < 5.7 for t, h in tides)
        later = (high_waters(day + one)[0][0] - tides[0][0]) % 745.4
        assert 45 < later < 56, day
    assert last_sunday_before(d(2016, 3, 7)) == d(2016, 3, 6)
    assert last_sunday_before(d(2016, 3, 6)) == d(2016, 2, 28)
    assert next_meeting(d(2016, 1, 30)) == d(2016, 2, 9)
    assert next_meeting(d(2016, 2, 9)) == d(2016, 2, 9)
    assert next_meeting(d(2016, 6, 20)) == d(2016, 9, 13)
    assert [count_day(y) for y in (2015, 2016, 2020)] == [d(2015, 12, 19), d(2016, 12, 17),
                                                         d(2020, 12, 19)]
    assert presidents_day(2016) == d(2016, 2, 15) and presidents_day(2020) == d(2020, 2, 17)
    assert migratory_bird_day(2019) == SW_REDESIGN
    assert months_since(d(2016, 3, 5)) == 14
    for day in every_day()[::7]:
        saturday = day + dt.timedelta(days=(5 - day.weekday()) % 7)
        if saturday.month == day.month and day.weekday() < 5:
            assert records_today(saturday)[0] > records_today(day)[0], day


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SM, "dated", old, "Sat 5 Mar 2016")
    full(SM, "dated", new, rf"19 June 2020 · {clock} BST")
    full(SM, "dated", winter, rf"7 December 2020 · {clock} GMT")
    full(SM, "review", new, "Review of the week: all the news from the seven days to Sunday "
                            "14 June 2020")
    full(VB, "datum", old, "Geplaatst op 05-03-2016")
    full(VB, "datum", new, rf"vrijdag 19 juni 2020, {clock} uur")
    full(VB, "vandaag", new, r"Vandaag ingevoerd: \d{1,2}\.\d{3} waarnemingen van \d{3} "
                             r"soorten")
    full(SK, "dato", old, "5/3 2016")
    full(SK, "dato", new, "Fredag d. 19. juni 2020")
    full(SK, "vejr", new, r"Vejr: (N|NØ|Ø|SØ|S|SV|V|NV) \d{1,2} m/s, [a-zæøå ]+, -?\d+ °C")
    full(SK, "sol", new, r"Sol op kl\. 04\.\d\d · sol ned kl\. 22\.\d\d")
    full(MA, "datum", old, r"2016\. március 5\.")
    full(MA, "datum", new, rf"2020\. június 19\., péntek {clock}")
    full(MA, "honap", new, rf"A hónap madara \(2020\. június\): {bird_of_the_month(new)}")
    full(SW, "ipryeok", old, r"2016년 3월 5일 \(토\)")
    full(SW, "ipryeok", new, rf"입력 2020\.06\.19 {clock}")
    full(LV, "kuupaev", old, r"05\.03\.2016")
    full(LV, "kuupaev", new, rf"reede, 19\. juuni 2020, {clock}")
    full(LV, "nadal", new, r"Nädala vaatlused: 25\. nädal \(15\.06–21\.06\.2020\)")
    full(KP, "logdate", old, "Daily log: Saturday 5 March 2016")
    full(KP, "logdate", new, "Log for 19 Jun 2020")
    full(KP, "weather", new, r"Weather: (N|NE|E|SE|S|SW|W|NW) [1-7], [a-z ,]+; -?\d+°C")
    full(KP, "sun", new, r"Sunrise 04:\d\d · Sunset 21:\d\d")
    tide = r"\d\d:\d\d \(\d\.\d m\)"
    full(KP, "tides", new, rf"High water at the Point \(BST\): {tide}( and {tide})?")
    full(KP, "tides", winter, rf"High water at the Point \(GMT\): {tide}( and {tide})?")
    full(FV, "dato", old, r"Uploadet 05\.03\.2016")
    full(FV, "dato", new, rf"19\. juni 2020 kl\. {clock}")
    full(FV, "tema", new, f"Månedens tema, juni 2020: {photo_theme(new)}")
    full(MC, "posted", old, "Posted on March 5, 2016")
    full(MC, "posted", new, "Fri, Jun 19, 2020")
    full(MC, "meeting", old, r"Next chapter meeting: Tuesday, March 8, 2016, 7 p\.m\., at the "
                             r"Marsh Creek Nature Center\. All are welcome\.")
    full(MC, "meeting", new, r"Next chapter meeting \(online via Zoom\): Tuesday, September "
                             r"8, 2020, 7 p\.m\.")
    full(MC, "meeting", d(2019, 7, 4), r"Chapter meetings resume after the summer break on "
                                       r"Tuesday, September 10, 2019, 7 p\.m\.")
    full(KO, "kuupaev", old, r"Avaldatud 05\.03\.2016")
    full(KO, "kuupaev", new, r"19\. juuni 2020")
    full(NV, "datum", old, r"2016\.03\.05\.")
    full(NV, "datum", new, r"2020\. június 19\. \(péntek\)")
    full(GD, "dated", old, "작성일 2016-03-05")
    full(GD, "dated", new, r"2020\.06\.19 \(금\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SM, "dated", day).startswith(day.strftime("%a")) == (day < SM_REDESIGN)
        assert on(VB, "datum", day).startswith("Geplaatst") == (day < VB_REDESIGN)
        assert ("d." in on(SK, "dato", day)) == (day >= SK_REDESIGN)
        assert ("{time}" in on(MA, "datum", day)) == (day >= MA_REDESIGN)
        assert on(SW, "ipryeok", day).startswith("입력") == (day >= SW_REDESIGN)
        assert ("{time}" in on(LV, "kuupaev", day)) == (day >= LV_REDESIGN)
        assert on(KP, "logdate", day).startswith("Daily log") == (day < KP_REDESIGN)
        assert on(FV, "dato", day).startswith("Uploadet") == (day < FV_REDESIGN)
        assert on(MC, "posted", day).startswith("Posted") == (day < MC_REDESIGN)
        assert on(KO, "kuupaev", day).startswith("Avaldatud") == (day < KO_REDESIGN)
        assert ("(" in on(NV, "datum", day)) == (day >= NV_REDESIGN)
        assert on(GD, "dated", day).startswith("작성일") == (day < GD_REDESIGN)
        if day >= SM_REDESIGN:
            assert on(SM, "dated", day).endswith("BST" if summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_sightings_lines_turn_every_day() -> None:
    days = len(every_day()) - 1
    assert len(changes(VB, "vandaag")) == days
    assert len(changes(KP, "tides")) == days
    for key in ((SK, "vejr"), (KP, "weather")):
        assert len(changes(*key)) >= 0.97 * days, key
    for key in ((SK, "sol"), (KP, "sun")):
        assert len(changes(*key)) >= 0.85 * days, key
    for day in every_day():
        zone = "BST" if summer_time(day) else "GMT"
        assert f"({zone})" in on(KP, "tides", day)
    # Light summer nights at 57°N, short winter days at 55°N.
    assert "kl. 04." in on(SK, "sol", d(2017, 6, 21)) and "kl. 22." in on(SK, "sol",
                                                                          d(2017, 6, 21))
    assert "Sunrise 08:" in on(KP, "sun", d(2017, 12, 21))
    counts = [int(m[1].replace(".", "")) for t in group_lines(SET, VB, "vandaag")
              if (m := re.search(r"ingevoerd: ([\d.]+) waarnemingen", norm(t)))]
    assert counts and all(3000 <= n <= 40000 for n in counts)


def test_lines_that_turn_by_week_and_month() -> None:
    mondays = {day for day in every_day()[1:] if day.weekday() == 0}
    for key in WEEKLY:
        assert changes(*key) == mondays, key
    firsts = {day for day in every_day()[1:] if day.day == 1}
    for key in MONTHLY:
        assert changes(*key) == firsts, key
    assert len(found(MA, "honap", r"\): (.+)$")) == 17
    assert len(found(FV, "tema", r": ([^:]+)$")) == 14
    assert {bird_of_the_month(d(2015, m, 1)) for m in range(1, 13)} != {
        bird_of_the_month(d(2016, m, 1)) for m in range(1, 13)}
    turns = changes(MC, "meeting")
    meetings = {next_meeting(day) for day in every_day()}
    after = {m + one for m in meetings if m + one <= d(2020, 12, 31)}
    assert after <= turns
    assert all(day in after or day == MC_ZOOM or (day.month, day.day) in ((6, 1), (9, 1))
               for day in turns)
    assert all(m.weekday() == 1 and 8 <= m.day <= 14 and m.month not in (6, 7, 8)
               for m in meetings)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, day in GARDEN_WATCH.items():  # the bird flu notice wins in 2017
        assert (f"Big Garden Birdwatch {y}" in on(SM, "notice", iso(day))) == (y != 2017), y
    for y, day in BIRDFAIR.items():
        assert f"Birdfair {y}" in on(SM, "notice", iso(day) + 2 * one), y
    assert "cancelled" in on(SM, "notice", d(2020, 8, 15))
    for y, day in GLOBAL_BIG_DAY.items():
        if y not in (2017, 2020):
            assert f"Global Big Day {y}" in on(SM, "notice", iso(day)), y
    assert "Lockdown:" in on(SM, "notice", d(2020, 5, 9))
    assert "Lockdown again" in on(SM, "notice", d(2020, 11, 20))
    for flu, domain, family, word in ((FLU_UK, SM, "notice", "Avian influenza"),
                                      (FLU_NL, VB, "tip", "Vogelgriep"),
                                      (FLU_KR, SW, "allim", "조류인플루엔자"),
                                      (FLU_KR, GD, "annae", "조류인플루엔자")):
        for first, last in flu:
            shown = d(2020, 12, 2) if (domain, first) == (SM, "2020-11-11") else iso(first)
            assert word in on(domain, family, shown), (domain, first)  # after the lockdown
            if last is not None:
                assert word in on(domain, family, iso(last)), (domain, last)
                assert word not in on(domain, family, iso(last) + one), (domain, last)
    assert "Avian influenza" in on(SM, "notice", d(2020, 12, 31))
    for y, day in TUINVOGELTELLING.items():
        if y != 2017:  # the bird flu notice wins in January 2017
            assert f"Tuinvogeltelling {y}" in on(VB, "tip", iso(day)), y
    assert found(VB, "tip", r"Euro Birdwatch (\d{4})") == {str(y) for y in range(2015, 2021)}
    for y in range(2015, 2021):
        sunday = d(y, 5, 1) + dt.timedelta(days=(6 - d(y, 5, 1).weekday()) % 7)
        if y != 2020:
            assert f"Fuglenes Dag søndag d. {sunday.day}. maj {y}" in on(SK, "opslag", sunday)
        assert f"Havefugletælling {y}" in on(SK, "opslag", d(y, 2, 1) + dt.timedelta(
            days=(5 - d(y, 2, 1).weekday()) % 7))
        if y != 2020:
            assert "Madarak és Fák Napja" in on(MA, "felhivas", d(y, 5, 10)), y
            assert f"{y}. május 20-ig" in on(MA, "felhivas", d(y, 4, 1)), y
        assert "1%" not in on(MA, "felhivas", d(y, 5, 21)), y
        assert f"세계 철새의 날({y}년 5월 {migratory_bird_day(y).day}일)" in on(
            SW, "allim", migratory_bird_day(y)) or y == 2020
        assert f"{y}년 겨울철 조류 동시센서스" in on(SW, "allim", iso(CENSUS[y])) or y in (2017,
                                                                                    2018)
        saturday = d(y, 1, 31) - dt.timedelta(days=(d(y, 1, 31).weekday() - 5) % 7)
        assert "Aialinnupäevad" in on(LV, "kutse", saturday), y
        assert f"linnuvaatluspäevad {y}" in on(LV, "kutse", d(y, 10, 1) + dt.timedelta(
            days=(5 - d(y, 10, 1).weekday()) % 7)), y
        assert f"Årets Fuglefoto {y}: indsend" in on(FV, "konkurrence", d(y, 11, 15)), y
        assert f"Stem på Årets Fuglefoto {y}" in on(FV, "konkurrence", d(y, 12, 31)), y
        n = y - 1899
        assert f"{n}" in on(MC, "news", count_day(y)) and "Sign up" in on(MC, "news",
                                                                          count_day(y)), y
        assert "Thank you, counters" in on(MC, "news", d(y, 12, 28)), y
        assert "Thank you, counters" in on(MC, "news", d(y + 1, 1, 5)) or y == 2020
        assert f"Great Backyard Bird Count, February {presidents_day(y).day - 3}" in on(
            MC, "news", presidents_day(y)), y
        assert "소리를 낮춰" in on(GD, "annae", d(y, 12, 1)) or y in (2016, 2017, 2020)
    assert found(MC, "news", r"(\d+\w\w) Christmas Bird Count") == {
        "115th", "116th", "117th", "118th", "119th", "120th", "121st"}
    assert "Madarak és Fák Napja" not in on(MA, "felhivas", d(2020, 5, 10))
    assert "járványhelyzet" in on(MA, "felhivas", d(2020, 5, 10))
    assert "코로나19" in on(SW, "allim", d(2020, 4, 1))
    assert "Eriolukord" in on(LV, "kutse", d(2020, 4, 1))
    assert "corona" in on(SK, "opslag", d(2020, 4, 1))
    assert "canceled until further notice" in on(MC, "news", d(2020, 5, 1))
    assert "Small-group" in on(MC, "news", d(2020, 10, 1))
    assert "Blijf zoveel mogelijk thuis" in on(VB, "tip", d(2020, 4, 1))


def test_opening_times_and_seasons() -> None:
    for y in range(2015, 2021):
        assert "broedseizoen" in on(VB, "broedseizoen", d(y, 3, 15)), y
        assert "broedseizoen" in on(VB, "broedseizoen", d(y, 7, 15)), y
        assert "broedseizoen" not in on(VB, "broedseizoen", d(y, 7, 16)), y
        assert "broedseizoen" not in on(VB, "broedseizoen", d(y, 3, 14)), y
        assert "madáretetés" in on(MA, "etetes", d(y, 1, 15))
        assert "itató" in on(MA, "etetes", d(y, 7, 15))
        assert "ubemandet" in on(SK, "saeson", d(y, 12, 1))
        assert "Sommerpause" in on(SK, "saeson", d(y, 7, 1))
        assert "closed for the winter" in on(KP, "hostel", d(y, 12, 24))
        assert "now open" in on(KP, "hostel", d(y, 2, 14))
        assert "sookurgede" in on(KO, "ranne", d(y, 9, 20))
        assert "Kevadränne" in on(KO, "ranne", d(y, 4, 20))
        assert "Oktoobrist aprillini" in on(KO, "lahtiolek", d(y, 1, 20))
        assert "szünetel" in on(NV, "tabor", d(y, 3, 1))
        assert "~17:00" in on(GD, "hours", d(y, 1, 20))
        if y < 2020:
            assert "bemandet fra solopgang" in on(SK, "saeson", d(y, 4, 1))
            assert "The hostel is open" in on(KP, "hostel", d(y, 6, 1))
            assert "iga päev" in on(KO, "lahtiolek", d(y, 5, 1))
            assert "július 15. és október 31." in on(NV, "tabor", d(y, 8, 1))
            assert "~18:00" in on(GD, "hours", d(y, 6, 1))
    assert "lukket for besøgende" in on(SK, "saeson", d(2020, 4, 1))
    assert "COVID-19" in on(KP, "hostel", d(2020, 6, 1))
    assert "single households" in on(KP, "hostel", d(2020, 9, 1))
    assert "lockdown" in on(KP, "hostel", d(2020, 11, 20))
    assert "eriolukorra" in on(KO, "lahtiolek", d(2020, 4, 1))
    assert "iga päev" in on(KO, "lahtiolek", d(2020, 6, 1))
    assert "bejelentkezéssel" in on(NV, "tabor", d(2020, 8, 1))
    assert "임시 휴관" in on(GD, "hours", d(2020, 4, 1))
    assert "임시 휴관" in on(GD, "hours", d(2020, 12, 20))
    assert "~18:00" in on(GD, "hours", d(2020, 6, 1))
    for key in SEASONS:
        assert 6 <= len(changes(*key)) <= 30, key


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SM, "byline", SM_REDESIGN, "Words:", "{author_beat}"),
        (SM, "unverified", SM_VERIFIED, "have not been checked", "unverified unless"),
        (SM, "notice", SM_APP, "text message", "app free"),
        (VB, "tip", VB_NIEUWSBRIEF, "Ontvang elke vrijdag", "in je mailbox"),
        (SK, "opslag", SK_INSTAGRAM, "Facebook", "Instagram"),
        (MA, "szerzo", MA_REDESIGN, "Szerző:", "Írta:"),
        (MA, "felhivas", MA_TAGSAG, "negyedéves lapunkat", "Legyen a tagunk"),
        (SW, "gija", SW_REDESIGN, "{author} 기자", "글·사진"),
        (SW, "jeojakgwon", SW_REDESIGN, "무단 전재-재배포", "저작권자"),
        (SW, "allim", SW_KAKAO, "이메일", "카카오톡"),
        (LV, "teata", LV_VORM, "e-posti", "vaatlusvormi"),
        (LV, "kutse", LV_UUDISKIRI, "Liitu", "Iga reede"),
        (KP, "records", KP_RECORDS, "Records are provisional", "All records in this log"),
        (FV, "konkurrence", FV_KONKURRENCE, "galleriet", "fotokonkurrence"),
        (MC, "news", MC_TRIPS, "Join us!", "binoculars")))
    assert_groups_reworded(SET, (
        (SM, "byline", "Words: ", " · "),
        (SW, "jeojakgwon", "ⓒ 새와사람", "저작권자"),
        (VB, "datum", "Geplaatst op", " uur"),
        (MA, "datum", ". ", ":"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£24.99" in on(SM, "premium", LAST_DAY) and "£19.99" in on(SM, "premium", FIRST_DAY)
    assert "€ 22,50" in on(VB, "donateur", d(2018, 6, 1))
    assert "6000 Ft" in on(MA, "tagdij", d(2020, 6, 1))
    assert "월 10,000원" in on(SW, "huwon", d(2019, 1, 1))
    prices = {m[1] for t in group_lines(SET, KP, "prices") if (m := re.search(r"£(\d+) a night",
                                                                              norm(t)))}
    assert len(prices) >= 2


def test_several_languages_and_scripts() -> None:
    hangul = r"[\uac00-\ud7a3]"
    assert_groups_in_script(SET, (
        (SW, "seol", hangul), (SW, "jeojakgwon", hangul), (GD, "hours", hangul),
        (GD, "contact", hangul), (MA, "forras", r"[áéíóöőúüű]"), (NV, "tabor", r"[áéíóöőúüű]"),
        (LV, "liikmemaks", r"[õäöü]"), (KO, "torn", r"[õäöü]"),
        (SK, "saeson", r"[æøå]"), (FV, "ophavsret", r"[æøå]"),
        (VB, "overname", r"toestemming")))
    assert any("입력" in t for t in group_lines(SET, SW, "ipryeok"))
    assert any(re.search(r"\d+년 \d+월", t) for t in group_lines(SET, SW, "ipryeok"))
    assert any(t.endswith("BST") for t in group_lines(SET, SM, "dated"))
    assert any("°C" in t for t in group_lines(SET, SK, "vejr"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SM}/dated", f"{SM}/byline", f"{SM}/read-next", f"{SM}/kicker",
                         f"{SM}/caption", f"{SM}/copyright", f"{VB}/datum", f"{VB}/foto",
                         f"{VB}/vandaag", f"{SK}/vejr", f"{SK}/ringmaerket"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SM}/publisher", f"{SM}/code", f"{SM}/private-land", f"{VB}/overname",
        f"{VB}/melden", f"{SK}/indberetning"))
    assert_carried_share(docs, SM, [
        ("dated", 0.8, 0.98), ("read-next", 0.42, 0.75), ("correction", 0.0, 0.1),
        ("review", 0.04, 0.25), ("notice", 0.2, 0.5), ("private-land", 0.0, 0.14)])
    assert_carried_share(docs, VB, [("datum", 0.7, 0.97), ("broedseizoen", 0.15, 0.45),
                                    ("rectificatie", 0.0, 0.12)])
    assert_carried_share(docs, SW, [("jeojakgwon", 0.85, 1.01)])
    for fam in (f"{SM}/read-next", f"{SM}/advert", f"{VB}/advertentie", f"{MA}/hirdetes"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SM, "caption"), (VB, "foto"), (SK, "ringmaerket"),
                               (MA, "gyuru"), (SW, "seol"), (SW, "jaryo"), (KP, "photo"),
                               (FV, "exif"), (MC, "trip")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SM, "correction", 16), (VB, "rectificatie"), (SK, "rettelse"),
        (MA, "helyesbites"), (SW, "bareul"), (LV, "parandus"), (KP, "amended"),
        (FV, "rettelse"), (MC, "correction"), (KO, "parandus"), (NV, "helyesbites"),
        (GD, "jeongjeong")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SM}/read-next", "Read next: "), (f"{VB}/lees-ook", "Lees ook: "),
        (f"{MA}/kapcsolodo", "Kapcsolódó cikk: "), (f"{SW}/gwallyeon", "[관련기사] ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SM, "advert", "Advertisement"), (VB, "advertentie", "Advertentie"),
        (MA, "hirdetes", "Hirdetés"), (SW, "gwanggo", "광고"), (LV, "reklaam", "Reklaam"),
        (FV, "annonce", "Annonce")))
    assert_group_values_from_pool(SET, (
        (SM, "kicker", "kicker"), (VB, "rubriek", "rubriek"), (MA, "rovat", "rovat"),
        (SW, "bunya", "bunya"), (LV, "rubriik", "rubriik")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SM, "advert", "Advertisement"),
        (VB, "advertentie", "Advertentie"),
        (SK, "indberetning", "Dagens observationer indtastes i den nationale fugledatabase og "
                             "kan blive rettet senere.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SM: (["unverified", "code", "notice", "premium", "publisher", "copyright"], 3),
        VB: (["overname", "copyright"], 2),
        SK: (["indberetning", "opslag", "copyright"], 2),
        MA: (["forras", "jogok"], 2),
        KP: (["charity", "copyright"], 2),
        MC: (["dues", "nonprofit", "copyright"], 2),
        KO: (["kontakt", "autorioigus"], 2),
        NV: (["visszajelzes", "tamogatok", "copyright"], 2),
        GD: (["contact", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 40
    assert kinds["negative:common"] >= 40
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY[:1] + EVERY_DAY[-1:]:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
