"""The held-back-106 template set (`tests.bench.heldout_templates_106`): its localised dates
(printed day by day in English, Irish, Welsh, Manx and Scottish Gaelic, several changing form
on the day of a redesign, one with BST or GMT, two weeklies by their issue), the lines that
turn every day or every week (tide times, the days without an Executive, the TT countdown,
petrol prices, a word of the week), the seasons of gritting, midges, wildfires and ferry
timetables, the notices it rewords by date, the calendars some notices follow (general
elections, the EU referendum, devolved and island votes, Irish referendums, a vote put off,
storms, snow, floods, lockdowns and the firebreak, national days, the Twelfth, Tynwald Day,
Liberation Day with its count, the Eisteddfod and the Mod in their towns, festivals called
off in 2020), the amounts in its appeals and prices, the lines in several languages, the
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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_106 import (
    AE_REDESIGN,
    BB_REDESIGN,
    EISTEDDFOD,
    FIRST_DAY,
    FP_REDESIGN,
    IV_REDESIGN,
    LAST_DAY,
    LD_REDESIGN,
    MM_REDESIGN,
    MOD,
    NC_REDESIGN,
    TB_REDESIGN,
    TB_TIDE,
    TC_REDESIGN,
    TT_CANCELLED,
    TT_START,
    WELSH_WORDS,
    battle_of_flowers,
    days_without_executive,
    eisteddfod,
    food_festival,
    hebcelt,
    high_waters,
    interpolate,
    iv_issue,
    made_up,
    oireachtas,
    petrol_price,
    summer_time,
    tc_issue,
    tide_height,
    tt_countdown,
    twelfth,
    tynwald_day,
    week_from,
    welsh_word,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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

SET = "held-back-106"
SITES = ("Airedale Evening Post", "Taybridge Courier", "The Farset Post",
         "The Iveragh Champion", "Nuacht Chois Fharraige", "Llais y Teifi", "Mannin Mail",
         "Bailiwick Bulletin", "Fios nan Eilean", "Teme & Corve Journal", "Foyleside Voice",
         "The Clapton Clarion")
AE, TB, FP, IV = ("airedalepost.co.uk", "taybridgecourier.co.uk", "farsetpost.co.uk",
                  "iveraghchampion.ie")
NC, LD, MM, BB = ("nuachtchoisfharraige.ie", "llaisyteifi.cymru", "manninmail.im",
                  "bailiwickbulletin.je")
FE, TC, FV, CC = ("fiosnaneilean.scot", "temecorvejournal.co.uk", "foylesidevoice.com",
                  "claptonclarion.london")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day; Clapton's without the year).
DAILY = ((AE, "dated"), (TB, "dated"), (FP, "dated"), (IV, "dated"), (NC, "data"),
         (LD, "dyddiad"), (MM, "dated"), (BB, "dated"), (FE, "ceann-latha"), (TC, "posted"),
         (FV, "dated"))
# The lines that turn every day or every week.
PERIODIC = ((AE, "petrol"), (TB, "tides"), (FP, "stormont"), (IV, "issue"), (LD, "gair"),
            (MM, "tt"), (BB, "tides"), (TC, "issue"), (CC, "dated"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((AE, "notice"), (TB, "notice"), (FP, "notice"), (IV, "notice"), (NC, "fogra"),
           (LD, "hysbysiad"), (MM, "notice"), (BB, "notice"), (FE, "fios"), (TC, "notice"),
           (FV, "notice"), (CC, "notice"))
SEASONAL = ((TB, "season"), (MM, "ferry"), (FE, "aiseag"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 4, 14)
FIRST_WORDINGS = {
    AE: "Like the Airedale Evening Post on Facebook and follow us on Twitter",
    TB: "Follow us on Facebook and Twitter: @taybridgecourier",
    FP: "Follow us on Facebook and Twitter for breaking news",
    IV: "Like The Iveragh Champion on Facebook",
    NC: "Lean muid ar Facebook agus ar Twitter",
    LD: "Dilynwch ni ar Facebook a Twitter",
    MM: "Follow the Mannin Mail on Twitter: @manninmail",
    BB: "Like us on Facebook for the island's news",
    FE: "Lean sinn air Facebook / Follow us on Facebook",
    TC: "Find us on Facebook: search for the Teme & Corve Journal",
    FV: "Like Foyleside Voice on Facebook",
    CC: "Follow us on Twitter and Instagram",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 27), d(2017, 7, 13), d(2018, 5, 9), d(2019, 8, 4),
        d(2019, 10, 27), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    points = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert interpolate(d(2015, 1, 6), points) == 5.0
    assert interpolate(d(2014, 1, 1), points) == 0.0 and interpolate(d(2016, 1, 1), points) == 10
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    # British Summer Time: 29 March to 25 October 2015, 31 March to 27 October 2019
    assert not summer_time(d(2015, 3, 28)) and summer_time(d(2015, 3, 29))
    assert summer_time(d(2015, 10, 24)) and not summer_time(d(2015, 10, 25))
    assert not summer_time(d(2019, 3, 30)) and summer_time(d(2019, 3, 31))
    assert iv_issue(d(2016, 3, 5)) == (114, 9, d(2016, 3, 1))
    assert iv_issue(d(2016, 1, 5)) == (114, 1, d(2016, 1, 5))
    assert tc_issue(d(2016, 3, 5))[1] == d(2016, 3, 3)
    assert tc_issue(d(2016, 3, 10))[0] == tc_issue(d(2016, 3, 9))[0] + 1
    assert twelfth(2015) == d(2015, 7, 13) and twelfth(2016) == d(2016, 7, 12)
    assert twelfth(2020) == d(2020, 7, 13)
    assert tynwald_day(2015) == d(2015, 7, 6) and tynwald_day(2016) == d(2016, 7, 5)
    assert tynwald_day(2020) == d(2020, 7, 6) and tynwald_day(2019) == d(2019, 7, 5)
    assert battle_of_flowers(2019) == d(2019, 8, 8) and food_festival(2018) == d(2018, 9, 14)
    assert oireachtas(2019) == d(2019, 11, 3) and hebcelt(2020) is None
    assert hebcelt(2018) == d(2018, 7, 18) and eisteddfod(2020) is None
    assert days_without_executive(d(2017, 1, 20)) is None
    assert days_without_executive(d(2018, 8, 28)) == 596
    assert days_without_executive(d(2020, 1, 10)) == 1096
    assert days_without_executive(d(2020, 1, 11)) is None
    for day in every_day():
        tides = high_waters(day, TB_TIDE)
        assert 1 <= len(tides) <= 2 and tides == sorted(tides), day
        assert all(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t) for t in tides)
        assert 8.2 <= tide_height(day) <= 11.8
        assert petrol_price(day) == petrol_price(week_from(day, 0))
        assert 95 <= petrol_price(day) <= 135
        assert welsh_word(day) == welsh_word(week_from(day, 0))
        volume, number, tuesday = iv_issue(day)
        assert tuesday.weekday() == 1 and volume == tuesday.year - 1902 and 1 <= number <= 53
        assert tc_issue(day)[1].weekday() == 3
    assert {welsh_word(day) for day in every_day()} == set(WELSH_WORDS)
    assert petrol_price(d(2018, 11, 5)) > petrol_price(d(2016, 2, 15)) + 20
    assert petrol_price(d(2020, 5, 11)) < 110
    # a tide every 12 h 25 min: the next day's is about 50 minutes later
    assert high_waters(d(2016, 3, 5), TB_TIDE)[0] == "03:15"
    assert high_waters(d(2016, 3, 6), TB_TIDE)[0] == "04:06"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AE, "dated", old, "Saturday 5 March 2016")
    full(AE, "dated", new, r"Published 21st Jun 2019, \d\d:\d\d BST")
    full(AE, "dated", d(2019, 12, 3), r"Published 3rd Dec 2019, \d\d:\d\d GMT")
    full(AE, "petrol", new, r"⛽ Unleaded in West Yorkshire this week: 1\d\d\.\dp a litre on "
                            r"average")
    full(TB, "dated", old, "Saturday, 5th March 2016")
    full(TB, "dated", new, r"21/06/19 \d\d:\d\d")
    full(TB, "tides", old, "🌊 High water at Broughty Ferry today: 03:15 and 15:41")
    full(FP, "dated", old, "Saturday, March 5 2016")
    full(FP, "dated", new, r"June 21 2019 \d\d:\d\d")
    full(FP, "stormont", new, "🏛️ Day 893 without a Northern Ireland Executive")
    full(IV, "issue", old, "Vol. 114 No. 9 — Tuesday, March 1, 2016")
    full(IV, "dated", old, "March 5 2016")
    full(IV, "dated", new, r"21/06/2019 \| \d\d:\d\d")
    full(NC, "data", old, "Dé Sathairn, 5 Márta 2016")
    full(NC, "data", new, r"21\.6\.2019 \| \d\d:\d\d")
    full(LD, "dyddiad", old, "Dydd Sadwrn 5 Mawrth 2016")
    full(LD, "dyddiad", new, r"21\.06\.2019 · \d\d:\d\d")
    full(LD, "gair", new, r"📚 Gair yr wythnos: \S.+ \(.+\)")
    full(MM, "dated", old, "Saturday 5 March 2016")
    full(MM, "dated", new, "Jeheiney 21 Mean-Souree 2019 · 21 June 2019")
    full(MM, "tt", new, "🏍️ 344 days to go until TT 2020")
    full(BB, "dated", old, "Saturday, 5 March 2016")
    full(BB, "dated", new, r"21/06/2019 \d\d:\d\d")
    full(BB, "tides", old, r"🌊 St Helier high water: \d\d:\d\d and \d\d:\d\d \(1\d\.\dm\)")
    full(FE, "ceann-latha", old, r"Disathairne 5 Am Màrt 2016 \| Saturday 5 March 2016")
    full(TC, "issue", old, r"No\. 7,\d{3} · Thursday 3 March 2016")
    full(TC, "posted", old, "Posted 5 Mar 2016")
    full(TC, "posted", new, r"21 June 2019 at \d{1,2}:\d\d [AP]M")
    full(FV, "dated", old, "5 March 2016")
    full(CC, "dated", old, "Sat 5 March")
    full(AE, "byline", d(2019, 1, 3), r".+, (Reporter|Chief Reporter|Crime Reporter|Health "
                                      r"Correspondent|Education Reporter|Business Editor)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(AE, "dated", day).startswith("Published") == (day >= AE_REDESIGN)
        if day >= AE_REDESIGN:
            assert on(AE, "dated", day).endswith("BST" if summer_time(day) else "GMT")
        assert ("th " in on(TB, "dated", day) or "st " in on(TB, "dated", day)
                or "nd " in on(TB, "dated", day) or "rd " in on(TB, "dated", day)) == (
            day < TB_REDESIGN)
        assert on(FP, "dated", day).endswith("{time}") == (day >= FP_REDESIGN)
        assert ("/" in on(IV, "dated", day)) == (day >= IV_REDESIGN)
        assert on(NC, "data", day).startswith("D") == (day < NC_REDESIGN)
        assert on(LD, "dyddiad", day).startswith("Dydd") == (day < LD_REDESIGN)
        assert (" · " in on(MM, "dated", day)) == (day >= MM_REDESIGN)
        assert ("/" in on(BB, "dated", day)) == (day >= BB_REDESIGN)
        assert on(TC, "posted", day).startswith("Posted") == (day < TC_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for y in range(2015, 2021):  # Clapton's date leaves the year out
        days = [day for day in every_day() if day.year == y]
        assert len({on(CC, "dated", day) for day in days}) == len(days)
    assert on(CC, "dated", d(2015, 3, 5)) == on(CC, "dated", d(2020, 3, 5))
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_or_week() -> None:
    for domain, family, weekday in ((AE, "petrol", 0), (IV, "issue", 1), (LD, "gair", 0),
                                    (TC, "issue", 3)):
        turned = changes(domain, family)
        assert len(turned) >= 250 and all(day.weekday() == weekday for day in turned), domain
    for domain in (TB, BB):
        assert len(changes(domain, "tides")) == len(every_day()) - 1, domain
    turned = changes(FP, "stormont")
    assert len(turned) >= 1000 and min(turned) == d(2017, 1, 27) and max(turned) == d(2020, 1,
                                                                                       11)
    assert "Stormont: follow" in on(FP, "stormont", d(2016, 1, 1))
    assert "Power-sharing is back" in on(FP, "stormont", d(2020, 6, 1))
    assert counts_in(FP, "stormont", r"Day ([\d,]+) without") >= {"18", "589", "1,095"}
    # the TT: a countdown every day, the fortnight, the 2020 cancellation
    assert len(changes(MM, "tt")) >= 1500
    for y, start in TT_START.items():
        first = dt.date.fromisoformat(start)
        if first < TT_CANCELLED:
            assert on(MM, "tt", first - one) == f"🏍️ 1 day to go until TT {y}"
            assert on(MM, "tt", first) == on(MM, "tt", first + dt.timedelta(days=13)) == (
                f"🏍️ TT {y}: today's road closures and race schedule")
            assert "days to go until TT" in on(MM, "tt", first + dt.timedelta(days=14))
    assert on(MM, "tt", TT_CANCELLED) == on(MM, "tt", d(2020, 12, 31)) == tt_countdown(
        d(2020, 6, 1))
    assert "no TT" in on(MM, "tt", d(2020, 6, 1))
    for day in every_day():
        assert f"{petrol_price(day):.1f}p" in on(AE, "petrol", day)
        assert " and ".join(high_waters(day, TB_TIDE)) in on(TB, "tides", day)
        assert f"({tide_height(day):.1f}m)" in on(BB, "tides", day)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Wildfire" in on(TB, "season", d(y, 4, 15))
        assert "midges" in on(TB, "season", d(y, 7, 15))
        assert "grits" in on(TB, "season", d(y, 12, 15)) and "grits" in on(TB, "season",
                                                                          d(y, 2, 1))
        assert "Summer" in on(MM, "ferry", d(y, 7, 1)) and "Winter" in on(MM, "ferry",
                                                                         d(y, 1, 15))
        assert "samhraidh" in on(FE, "aiseag", d(y, 6, 1))
        assert "gheamhraidh" in on(FE, "aiseag", d(y, 12, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Leeds: the votes, the floods, the snow, the lockdowns, the Tour, the carnival's count
    assert "General Election 2015" in on(AE, "notice", d(2015, 5, 7))
    assert "Boxing Day floods" in on(AE, "notice", d(2016, 1, 1))
    assert "EU referendum" in on(AE, "notice", d(2016, 6, 24))
    assert "Beast from the East" in on(AE, "notice", d(2018, 3, 1))
    assert "Stay at home" in on(AE, "notice", d(2020, 4, 1))
    assert "second lockdown" in on(AE, "notice", d(2020, 11, 20))
    assert counts_in(AE, "notice", r"Tour de Yorkshire (\d{4})") == years - {"2020"}
    assert counts_in(AE, "notice", r"the (\d+)(?:st|nd|rd|th) anniversary parade") == {
        str(n) for n in range(48, 53)}
    assert "goes online" in on(AE, "notice", d(2020, 8, 31))
    assert "Yorkshire Day" in on(AE, "notice", d(2017, 8, 1))
    # Dundee: Holyrood, the V&A, Burns Night, Hogmanay at home in 2020
    assert "Holyrood 2016" in on(TB, "notice", d(2016, 5, 6))
    assert "V&A Dundee opens" in on(TB, "notice", d(2018, 9, 15))
    assert counts_in(TB, "notice", r"Burns Night (\d{4})") == years
    assert counts_in(TB, "notice", r"Hogmanay (\d{4})") == years - {"2020"}
    assert "at home" in on(TB, "notice", d(2020, 12, 31))
    assert "St Andrew" in on(TB, "notice", d(2019, 11, 30))
    # Belfast: two Assembly elections, the Open, the Twelfth, the marathon off in 2020
    assert "Assembly Election 2017" in on(FP, "notice", d(2017, 3, 3))
    assert "Portrush" in on(FP, "notice", d(2019, 7, 18))
    assert "Ophelia" in on(FP, "notice", d(2017, 10, 16))
    assert counts_in(FP, "notice", r"The Twelfth (\d{4})") == years
    assert "The Twelfth 2020" in on(FP, "notice", d(2020, 7, 13))
    assert counts_in(FP, "notice", r"Marathon (\d{4})") == years - {"2020"}
    assert "is off" in on(FP, "notice", d(2020, 5, 4))
    # Kerry: the referendums, the Rising's centenary, Puck Fair and the Rose
    assert "Marriage equality" in on(IV, "notice", d(2015, 5, 22))
    assert "Eighth Amendment" in on(IV, "notice", d(2018, 5, 25))
    assert "blasphemy" in on(IV, "notice", d(2018, 10, 26))
    assert "centenary" in on(IV, "notice", easter(2016))
    assert counts_in(IV, "notice", r"Puck Fair (\d{4})") == years - {"2020"}
    assert "No Puck Fair" in on(IV, "notice", d(2020, 8, 10))
    assert counts_in(IV, "notice", r"Rose of Tralee (\d{4})") == years - {"2020"}
    assert "cancelled" in on(IV, "notice", d(2020, 3, 17))
    assert "Level 5" in on(IV, "notice", d(2020, 11, 1))
    # Connemara: Galway 2020's opening, Seachtain na Gaeilge, the Oireachtas online in 2020
    assert "Ciara" in on(NC, "fogra", d(2020, 2, 1))
    assert counts_in(NC, "fogra", r"Seachtain na Gaeilge (\d{4})") == years
    assert counts_in(NC, "fogra", r"Oireachtas na Samhna (\d{4}): clár") == years - {"2020"}
    assert "ar líne" in on(NC, "fogra", oireachtas(2020))
    assert "Bríde" in on(NC, "fogra", d(2016, 2, 1))
    # the Teifi: the Eisteddfod in its towns, AmGen, the firebreak, two storms
    for y, (first, town) in EISTEDDFOD.items():
        assert on(LD, "hysbysiad", dt.date.fromisoformat(first)) == (
            f"🎪 Eisteddfod Genedlaethol {y}: {town}")
    assert "AmGen" in on(LD, "hysbysiad", d(2020, 8, 5))
    assert "atal byr" in on(LD, "hysbysiad", d(2020, 11, 1))
    assert "Callum" in on(LD, "hysbysiad", d(2018, 10, 13))
    assert "Dennis" in on(LD, "hysbysiad", d(2020, 2, 16))
    assert "Dewi" in on(LD, "hysbysiad", d(2017, 3, 1))
    # Douglas: the Keys, Tynwald Day moved off weekends, Hop-tu-Naa
    assert "House of Keys" in on(MM, "notice", d(2016, 9, 22))
    assert counts_in(MM, "notice", r"Tynwald Day (\d{4})") == years
    assert "Tynwald Day 2020" in on(MM, "notice", d(2020, 7, 6))
    assert "Hop-tu-Naa" in on(MM, "notice", d(2019, 10, 31))
    assert "borders are closed" in on(MM, "notice", d(2020, 4, 15))
    # Jersey: Liberation Day's count (postponed in 2020), the Battle of Flowers
    assert counts_in(BB, "notice", r"Liberation Day: (\d+) years") == {
        str(n) for n in range(70, 75)}
    assert "postponed" in on(BB, "notice", d(2020, 5, 9))
    assert counts_in(BB, "notice", r"Battle of Flowers (\d{4})") == years - {"2020"}
    assert "Election day" in on(BB, "notice", d(2018, 5, 16))
    assert "Bouan Noué" in on(BB, "notice", d(2017, 12, 25))
    # Stornoway: the Mod in its towns (online in 2020), HebCelt, Hogmanay's new year
    for y, (first, town) in MOD.items():
        assert town in on(FE, "fios", dt.date.fromisoformat(first) + one), y
    assert counts_in(FE, "fios", r"HebCelt (\d{4})") == years - {"2020"}
    assert counts_in(FE, "fios", r"Happy New Year (\d{4})") == {str(y) for y in
                                                                range(2016, 2022)}
    # Ludlow: the floods, the festival (off in 2020), Remembrance Sunday
    assert "Flood warnings" in on(TC, "notice", d(2020, 2, 20))
    assert counts_in(TC, "notice", r"Food festival (\d{4})") == years - {"2020"}
    assert "No food festival" in on(TC, "notice", food_festival(2020))
    assert "Remembrance" in on(TC, "notice", d(2019, 11, 10))
    # Derry: St Patrick's Day in Irish, Halloween (online in 2020)
    assert "Lá Fhéile Pádraig" in on(FV, "notice", d(2018, 3, 17))
    assert counts_in(FV, "notice", r"Halloween (\d{4}):") == years
    assert "moves online" in on(FV, "notice", d(2020, 10, 31))
    # Clapton: the mayoral vote and its postponement, the marathon
    assert "Mayor of London" in on(CC, "notice", d(2016, 5, 3))
    assert "put off" in on(CC, "notice", d(2020, 3, 15))
    assert counts_in(CC, "notice", r"London Marathon (\d{4})") == years - {"2020"}
    assert "St James's Park" in on(CC, "notice", d(2020, 10, 4))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AE, "byline", AE_REDESIGN, "By {author}", "{role}"),
        (AE, "source", d(2019, 10, 1), "Press Association", "PA Media"),
        (AE, "democracy", d(2018, 1, 8), "local government desk", "Local Democracy"),
        (AE, "subscribe", d(2017, 3, 6), "£3.50", "£3.95"),
        (AE, "subscribe", d(2019, 9, 2), "£3.95", "£5.99"),
        (AE, "support", d(2020, 3, 30), "Thank you", "working from home"),
        (AE, "copyright", AE_REDESIGN, "Post", "Registered"),
        (AE, "notice", d(2018, 8, 6), "Facebook", "newsletter"),
        (TB, "byline", TB_REDESIGN, "By {author}", "{role}"),
        (TB, "subscribe", d(2018, 1, 8), "£2.99", "£3.49"),
        (TB, "subscribe", d(2020, 1, 6), "£3.49", "£4.99"),
        (TB, "notice", d(2019, 3, 4), "Twitter", "app"),
        (FP, "byline", FP_REDESIGN, "By {author}", "{role}"),
        (FP, "price", d(2017, 3, 6), "90p", "£1"),
        (FP, "price", d(2019, 10, 7), "Price £1", "£1.10"),
        (IV, "byline", IV_REDESIGN, "By {author}", "Correspondent"),
        (IV, "price", d(2017, 1, 3), "€2.20", "€2.50"),
        (IV, "price", d(2020, 1, 7), "€2.50", "€2.80"),
        (IV, "notice", d(2019, 1, 8), "Facebook", "digital edition"),
        (NC, "udar", NC_REDESIGN, "Le {author}", "Tuairisceoir"),
        (NC, "tacaiocht", d(2020, 4, 6), "roinn", "€3"),
        (NC, "fogra", d(2019, 2, 4), "Facebook", "nuachtlitir"),
        (LD, "awdur", LD_REDESIGN, "Gan {author}", "Gohebydd"),
        (LD, "cefnogi", d(2020, 4, 6), "rhannwch", "£3"),
        (LD, "hysbysiad", d(2018, 9, 3), "Facebook", "cylchlythyr"),
        (MM, "byline", MM_REDESIGN, "By {author}", "newsroom"),
        (MM, "price", d(2017, 7, 3), "80p", "90p"),
        (MM, "price", d(2020, 1, 6), "90p", "£1"),
        (BB, "byline", BB_REDESIGN, "By {author}", "{role}"),
        (BB, "price", d(2018, 1, 2), "80p", "90p"),
        (BB, "notice", d(2019, 9, 2), "Facebook", "newsletter"),
        (FE, "ughdar", d(2018, 10, 12), "Le {author}", "By"),
        (FE, "taic", d(2020, 5, 4), "share", "£3"),
        (FE, "fios", d(2019, 1, 7), "Facebook", "WhatsApp"),
        (TC, "byline", TC_REDESIGN, "By {author}", "Report:"),
        (TC, "price", d(2016, 10, 6), "80p", "90p"),
        (TC, "price", d(2019, 10, 3), "90p", "£1"),
        (FV, "byline", d(2018, 10, 31), "By {author}", "Community Reporter"),
        (FV, "support", d(2019, 11, 4), "not-for-profit", "£3"),
        (FV, "notice", d(2018, 3, 5), "Facebook", "WhatsApp"),
        (CC, "byline", d(2019, 1, 7), "Words:", "By {author}"),
        (CC, "members", d(2020, 1, 13), "volunteers", "£3"),
        (CC, "notice", d(2017, 9, 4), "Twitter", "newsletter")))
    assert_groups_reworded(SET, (
        (AE, "dated", "day ", "Published "),
        (TB, "dated", "th ", "/"),
        (FP, "dated", ", ", ":"),
        (AE, "byline", "By ", ", "),
    ))


def test_several_languages() -> None:
    irish = r"\b(?:Dé Luain|Dé Máirt|Dé Céadaoin|Déardaoin|Dé hAoine|Dé Sathairn|Dé Domhnaigh)"
    welsh = r"\bDydd (?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)\b"
    manx = r"\b(?:Jelune|Jemayrt|Jecrean|Jerdein|Jeheiney|Jesarn|Jedoonee)\b"
    gaelic = r"\b(?:Diluain|Dimàirt|Diciadain|Diardaoin|Dihaoine|Disathairne|Didòmhnaich)\b"
    assert any(re.search(irish, t) for t in group_lines(SET, NC, "data"))
    assert any(re.search(welsh, t) for t in group_lines(SET, LD, "dyddiad"))
    assert any(re.search(manx, t) for t in group_lines(SET, MM, "dated"))
    assert all(re.search(gaelic, t) and " | " in t for t in group_lines(SET, FE, "ceann-latha"))
    assert any("Gair yr wythnos" in t for t in group_lines(SET, LD, "gair"))
    assert any("Nollick Ghennal" in on(MM, "notice", d(y, 12, 25)) for y in range(2015, 2021))
    assert all(" / " in t for t in group_lines(SET, FE, "leugh"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AE}/dated", f"{AE}/byline", f"{AE}/read-more", f"{AE}/kicker",
                         f"{AE}/area", f"{AE}/copyright", f"{AE}/picture", f"{TB}/dated",
                         f"{TB}/also-like", f"{TB}/kicker", f"{FP}/dated", f"{FP}/related"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AE}/regulator", f"{AE}/source", f"{AE}/democracy", f"{AE}/support",
        f"{TB}/newsdesk", f"{FP}/regulator", f"{IV}/press-council", f"{IV}/deadline"))
    assert_carried_share(docs, AE, [
        ("dated", 0.72, 0.96), ("copyright", 0.3, 0.6), ("read-more", 0.4, 0.75),
        ("correction", 0.0, 0.1), ("notice", 0.15, 0.45), ("regulator", 0.15, 0.45)])
    assert_carried_share(docs, TB, [("dated", 0.62, 0.95), ("copyright", 0.25, 0.65)])
    for fam in (f"{AE}/read-more", f"{TB}/also-like", f"{FP}/related"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{AE}/picture", f"{TB}/pic", f"{FP}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((AE, "picture"), (TB, "pic"), (FP, "photo"), (IV, "also-in"),
                               (IV, "picture"), (NC, "grianghraf"), (LD, "llun"),
                               (MM, "related"), (MM, "photo"), (BB, "see-also"),
                               (BB, "photo"), (FE, "leugh"), (FE, "dealbh"),
                               (TC, "see-also"), (TC, "picture"),
                               (CC, "read-next")))
    roles = {m[1] for t in group_lines(SET, AE, "byline")
             if (m := re.fullmatch(r"[^,]+, (.+)", norm(t)))}
    assert roles and roles <= pool(SET, AE, "role")
    districts = {m[1] for t in group_lines(SET, IV, "byline")
                 if (m := re.fullmatch(r"[^,]+, (.+) Correspondent", norm(t)))}
    assert districts and districts <= pool(SET, IV, "district")


def test_amounts_in_appeals_and_prices() -> None:
    prices = {y: on(IV, "price", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "€2.20" in prices[2015] and "€2.50" in prices[2018] and "€2.80" in prices[2020]
    assert "90p" in on(FP, "price", d(2016, 1, 1)) and "£1.10" in on(FP, "price",
                                                                     d(2020, 1, 1))
    assert "£3 y mis" in on(LD, "cefnogi", d(2020, 6, 1))
    assert "€3 sa mhí" in on(NC, "tacaiocht", d(2020, 6, 1))
    assert "£3 a month" in on(FE, "taic", d(2020, 6, 1))
    seen = {m[1] for t in group_lines(SET, AE, "subscribe")
            if (m := re.search(r"£(\d\.\d\d) a", norm(t)))}
    assert len(seen) >= 2
    seen = {m[1] for t in group_lines(SET, FP, "price")
            if (m := re.match(r"Price (90p|£[\d.]+)", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AE, "correction"), (TB, "bridge"), (FP, "roads"), (IV, "bank-holiday"), (NC, "bad"),
        (LD, "ffordd"), (MM, "mountain"), (BB, "sailings"), (FE, "aiseag-dheth"),
        (TC, "printing"), (FV, "bridge"), (CC, "trains")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{AE}/read-more", "READ MORE: "), (f"{TB}/also-like", "You may also like: "),
        (f"{FP}/related", "Related: "), (f"{IV}/also-in", "Also in this week's paper: "),
        (f"{NC}/leigh", "Léigh freisin: "), (f"{LD}/darllenwch", "Darllenwch hefyd: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (AE, "regulator", "This newspaper is regulated by IPSO and abides by the Editors' "
                          "Code of Practice."),
        (FP, "regulator", "We are a member of IPSO. To complain about an article, write to "
                          "the editor first."),
        (IV, "deadline", "Deadline for death notices, anniversaries and classifieds: Friday "
                         "at 5pm."),
        (IV, "press-council", "This newspaper is a member of the Press Council of Ireland and "
                              "supports the Office of the Press Ombudsman."),
        (NC, "maoiniu", "Le cúnamh ó Fhoras na Gaeilge"),
        (LD, "nawdd", "Gyda chefnogaeth Cyngor Llyfrau Cymru"),
        (FE, "bord", "Le taic bho Bhòrd na Gàidhlig / Supported by Bòrd na Gàidhlig")))
    for style, family, pattern, pool_name in (
            (AE, "kicker", r"^(.+)$", "kicker"),
            (AE, "area", r"^📍 (.+)$", "area"),
            (AE, "picture", r"^Picture: (.+)$", "picture"),
            (TB, "kicker", r"^(.+)$", "kicker"),
            (TB, "pic", r"^Pic: (.+)$", "pic"),
            (FP, "kicker", r"^(.+)$", "kicker"),
            (FP, "dateline", r"^(.+) —$", "town"),
            (FP, "photo", r"^Photo: (.+)$", "photo"),
            (FP, "first-appeared", r"^This story first appeared in our sister paper, the "
                                   r"(.+)\.$", "sister"),
            (IV, "kicker", r"^(.+)$", "kicker"),
            (NC, "rannog", r"^(.+)$", "rannog"),
            (LD, "adran", r"^(.+)$", "adran")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    sources = {norm(t) for t in group_lines(SET, AE, "source")}
    assert "Additional reporting by the Press Association" in sources
    assert "Additional reporting by PA Media" in sources


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (AE, "regulator", "This newspaper is regulated by IPSO and abides by the Editors' "
                          "Code of Practice."),
        (IV, "press-council", "This newspaper is a member of the Press Council of Ireland and "
                              "supports the Office of the Press Ombudsman."),
        (FP, "regulator", "We are a member of IPSO. To complain about an article, write to "
                          "the editor first.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        AE: (["subscribe", "support", "regulator", "copyright"], 2),
        TB: (["subscribe", "newsdesk", "copyright"], 2),
        FP: (["price", "regulator", "copyright"], 2),
        IV: (["price", "deadline", "press-council", "copyright"], 2),
        NC: (["tacaiocht", "maoiniu", "cearta"], 2), LD: (["cefnogi", "nawdd", "hawlfraint"], 2),
        MM: (["price", "copyright"], 1), BB: (["price", "sign-off", "copyright"], 2),
        FE: (["taic", "bord", "coir"], 2), TC: (["price", "office", "copyright"], 2),
        FV: (["support", "rights"], 1), CC: (["members", "reuse"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert AE in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
