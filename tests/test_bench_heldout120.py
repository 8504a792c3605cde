"""The held-back-120 template set (`tests.bench.heldout_templates_120`): its localised dates
(printed day by day in American English with Central, Eastern and Arizona time, Spanish,
Chinese, Korean, Vietnamese, Arabic with Arabic-Indic digits and Haitian Creole, several
changing form on the day of a redesign), the lines that turn every day, week or business day
(an e-edition, a newscast's times, a radio schedule, a legislative session's day, an
alt-weekly's volume and issue, weekly editions, the won's rate, the days of Ramadan, a
radio's programmes), the seasons, the notices it rewords by date, the calendars some notices
follow (the states' elections, Town Meeting Day, the census, stay-at-home orders,
hurricanes, Mardi Gras and Kanaval, deer seasons, pledge drives, Giving Tuesday and year-end
matches, Thanksgiving, the Lunar New Year, Tet, Seollal and Chuseok, Ramadan and the Eids,
anniversaries with their counts), the amounts in its appeals and prices, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, thanksgiving
from tests.bench.heldout_templates_120 import (
    AZ_NEWSLETTER,
    AZ_REDESIGN,
    EID_ADHA,
    EID_FITR,
    FIRST_DAY,
    HT_REDESIGN,
    HT_WHATSAPP,
    KR_REDESIGN,
    LA_APP,
    LA_REDESIGN,
    LA_VOTES,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    MI_ENGLISH,
    MI_REDESIGN,
    MID_AUTUMN,
    OH_REDESIGN,
    OH_SUSTAINER,
    RAMADAN,
    RC_PRESS_CLUB,
    RC_REDESIGN,
    SESSIONS,
    SF_APP,
    SF_PARADE,
    SF_REDESIGN,
    TX_REDESIGN,
    TX_WHATSAPP,
    VN_LIVE,
    VN_REDESIGN,
    VT_DONATE,
    VT_REDESIGN,
    WI_NEWSLETTER,
    WI_REDESIGN,
    ZODIAC,
    deer_opener,
    edition_number,
    election_day,
    football_friday,
    giving_tuesday,
    krw_rate,
    latest,
    ramadan_day,
    rifle_opener,
    session_day,
    sf_issue,
    town_meeting,
    us_summer_time,
    vn_issue,
    volume_issue,
    week_span,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-120"
SITES = ("The Lakeport Courier", "KSWL 9 News", "River Valley Public Radio",
         "El Faro del Valle", "Saguaro Ledger", "Rust City Reader", "金山週報", "라성일보",
         "Tiếng Nói Little Saigon", "صدى ديربورن", "Lakay Miami", "Maple Hollow Bulletin")
WI, LA, OH, TX = ("lakeportcourier.com", "kswl9.com", "wrvp.org", "elfarodelvalle.com")
AZ, RC, SF, KR = ("saguaroledger.org", "rustcityreader.com", "jinshanweekly.com",
                  "rasungilbo.com")
VN, MI, HT, VT = ("tiengnoilittlesaigon.com", "sadadearborn.com", "lakaymiami.com",
                  "maplehollowbulletin.org")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WI, "dated"), (LA, "posted"), (OH, "dated"), (TX, "fecha"), (AZ, "dated"),
         (RC, "dated"), (SF, "riqi"), (KR, "nalja"), (VN, "ngay"), (MI, "tarikh"),
         (HT, "dat"), (VT, "posted"))
# The lines that turn every day, every week or every business day.
PERIODIC = ((WI, "e-edition"), (LA, "newscast"), (OH, "schedule"), (TX, "edicion"),
            (AZ, "session"), (RC, "issue"), (SF, "qihao"), (KR, "hwanyul"), (VN, "sobao"),
            (MI, "ramadan"), (HT, "emisyon"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((WI, "notice"), (LA, "notice"), (OH, "notice"), (TX, "aviso"), (AZ, "appeal"),
           (RC, "notice"), (SF, "tongzhi"), (KR, "allim"), (VN, "thongbao"), (MI, "ilan"),
           (HT, "avi"), (VT, "notice"))
SEASONAL = ((WI, "season"), (LA, "hurricane"), (VT, "seasons"))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WI: "Like us on Facebook and follow @LakeportCourier on Twitter",
    LA: "Like KSWL 9 News on Facebook for breaking news and weather",
    OH: "WRVP is listener-supported public radio. Make your gift today.",
    TX: "Síganos en Facebook: El Faro del Valle",
    AZ: "Saguaro Ledger is free to read. Support independent journalism with a gift of any "
        "amount.",
    RC: "Rust City Reader is free, every Wednesday, at 500 locations around town.",
    SF: "歡迎關注本報Facebook專頁及微信公眾號",
    KR: "라성일보 카카오톡 플러스친구를 추가하세요",
    VN: "Mời quý độc giả theo dõi chúng tôi trên Facebook",
    MI: "تابعونا على فيسبوك وتويتر",
    HT: "Suiv nou sou Facebook ak Instagram | Follow us on Facebook and Instagram",
    VT: "The Bulletin is written by your neighbors. Send news and photos to "
        "editor@maplehollowbulletin.org",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 5), d(2017, 9, 6), d(2018, 5, 16), d(2019, 3, 5),
        d(2019, 6, 21), d(2020, 4, 11), d(2020, 8, 30), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert us_summer_time(d(2019, 11, 2)) and not us_summer_time(d(2019, 11, 3))
    assert [election_day(y) for y in (2015, 2016, 2018, 2020)] == [
        d(2015, 11, 3), d(2016, 11, 8), d(2018, 11, 6), d(2020, 11, 3)]
    assert deer_opener(2019) == d(2019, 11, 23) and rifle_opener(2019) == d(2019, 11, 16)
    assert town_meeting(2019) == d(2019, 3, 5) and giving_tuesday(2019) == d(2019, 12, 3)
    assert volume_issue(d(2017, 9, 6)) == (29, 1) and volume_issue(d(2017, 9, 5))[0] == 28
    assert volume_issue(d(2016, 3, 5)) == (27, 27)
    assert week_span(d(2016, 3, 2)) == "March 2-8, 2016"
    assert week_span(d(2016, 2, 24)) == "Feb. 24-March 1, 2016"
    assert week_span(d(2015, 12, 30)) == "Dec. 30, 2015-Jan. 5, 2016"
    assert session_day(d(2018, 1, 8)) == 1 and session_day(d(2018, 1, 7)) is None
    assert session_day(d(2020, 3, 23)) == 0 and session_day(d(2020, 3, 22)) == 70
    assert session_day(d(2015, 6, 1)) is None and session_day(d(2021, 1, 5)) is None
    for y in range(2015, 2021):
        assert ramadan_day(iso(RAMADAN[y])) == 1 and ramadan_day(iso(EID_FITR[y])) is None
        assert ramadan_day(iso(EID_FITR[y]) - one) in (29, 30)
        assert volume_issue(d(y, 9, 1) + (2 - d(y, 9, 1).weekday()) % 7 * one)[1] == 1
    assert krw_rate(d(2019, 6, 22)) == krw_rate(d(2019, 6, 21)) == krw_rate(d(2019, 6, 23))
    assert krw_rate(d(2019, 6, 24)) != krw_rate(d(2019, 6, 21))
    assert football_friday(d(2019, 9, 6)) and not football_friday(d(2019, 9, 7))
    assert football_friday(thanksgiving(2019) + one) and not football_friday(d(2019, 7, 5))
    assert not football_friday(d(2020, 9, 4)) and football_friday(d(2020, 10, 2))
    for day in every_day():
        assert latest(day, 2) <= day < latest(day, 2) + 7 * one
        assert edition_number(day + 7 * one) == edition_number(day) + 1
        assert sf_issue(day + 7 * one) == sf_issue(day) + 1
        assert vn_issue(day + 7 * one) == vn_issue(day) + 1
        volume, issue = volume_issue(day)
        later = volume_issue(day + 7 * one)
        assert later == (volume, issue + 1) or later == (volume + 1, 1)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday
    clock = r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WI, "dated", old, rf"Published {clock} CT March 5, 2016")
    full(WI, "dated", new, rf"Updated Friday, June 21, 2019 at {clock} CDT")
    full(WI, "dated", d(2019, 12, 2), rf"Updated Monday, Dec\. 2, 2019 at {clock} CST")
    full(WI, "e-edition", new, "📰 Today's e-Edition: Friday, June 21, 2019")
    full(WI, "e-edition", d(2019, 6, 23), "📰 Sunday e-Edition of the Lakeport Courier, June "
                                          "23: comics, coupons and the week in review")
    full(LA, "posted", old, rf"Posted: Mar 05, 2016 / {clock} CST")
    full(LA, "posted", new, rf"Updated: {clock} Friday, June 21, 2019")
    full(LA, "newscast", old, "📺 KSWL 9 News tonight, Saturday: 6 and 10 p.m.")
    full(LA, "newscast", d(2019, 9, 6), r"📺 KSWL 9 News tonight, Friday: 5, 6 and 10 p\.m\., "
                                        r"then Gridiron Friday at 10:35")
    full(OH, "dated", old, rf"Published March 5, 2016 at {clock} EST")
    full(OH, "dated", new, rf"June 21, 2019 · {clock} EDT")
    full(OH, "schedule", old, "📻 On WRVP this Saturday, March 5: Weekend Edition, then Porch "
                              "Pickin' at 7 p.m.")
    full(OH, "schedule", d(2019, 11, 28), "📻 On WRVP this Thursday, November 28: a "
                                          "Thanksgiving day of music and stories")
    full(TX, "fecha", old, "Publicado el 5 de marzo de 2016")
    full(TX, "fecha", d(2019, 10, 4), rf"Viernes 4 de octubre de 2019 \| {clock}")
    full(TX, "edicion", new, r"🗞️ Edición impresa nº \d{4}, jueves 20 de junio: .+")
    full(AZ, "dated", old, "March 5, 2016")
    full(AZ, "dated", new, rf"June 21, 2019 \| Updated {clock} MST")
    full(AZ, "session", old, "🏛️ Day 55 of the 52nd Legislature, 2nd Regular Session")
    full(AZ, "session", d(2019, 1, 14), "🏛️ Day 1 of the 54th Legislature, 1st Regular "
                                        "Session")
    full(RC, "issue", old, "Vol. 27, Issue 27 · March 2-8, 2016")
    full(RC, "dated", old, rf"Sat, Mar 5, 2016 at {clock}")
    full(RC, "dated", new, "June 21, 2019")
    full(SF, "riqi", old, "2016-03-05")
    full(SF, "riqi", new, r"2019年6月21日 星期五 \d\d:\d\d")
    full(SF, "qihao", new, r"本報第\d{3}期 · 2019年6月20日出版")
    full(KR, "nalja", old, r"입력 2016-03-05 \d\d:\d\d")
    full(KR, "nalja", new, r"2019년 6월 21일 \(금\) \d\d:\d\d")
    full(KR, "hwanyul", old, r"💱 오늘의 환율 \(3월 4일 기준\) 1달러 = 1,[012]\d\d원")
    full(VN, "ngay", old, "05/03/2016")
    full(VN, "ngay", new, r"Thứ Sáu, 21/06/2019 - \d\d:\d\d")
    full(VN, "sobao", new, r"Báo giấy số \d{4}, phát hành Thứ Sáu 21/06")
    full(MI, "tarikh", old, "ديربورن - السبت 5 آذار 2016")
    full(MI, "tarikh", new, r"الجمعة ٢١ حزيران \(يونيو\) ٢٠١٩")
    full(MI, "ramadan", d(2019, 5, 6), "🌙 اليوم 1 من رمضان 1440هـ: مواعيد الإفطار في ديربورن")
    full(HT, "dat", old, "5 mas 2016")
    full(HT, "dat", new, rf"Vandredi 21 jen 2019 \| {clock}")
    full(HT, "emisyon", d(2019, 6, 23), r"🎙️ Jodi a, dimanch: .+")
    full(VT, "posted", old, "Posted on March 5, 2016")
    full(VT, "posted", new, "Friday, June 21, 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(WI, "dated", day).startswith("Updated") == (day >= WI_REDESIGN)
        assert on(LA, "posted", day).startswith("Posted:") == (day < LA_REDESIGN)
        assert on(OH, "dated", day).startswith("Published") == (day < OH_REDESIGN)
        assert on(TX, "fecha", day).startswith("Publicado") == (day < TX_REDESIGN)
        assert on(AZ, "dated", day).endswith("MST") == (day >= AZ_REDESIGN)
        assert (" at " in on(RC, "dated", day)) == (day < RC_REDESIGN)
        assert ("年" in on(SF, "riqi", day)) == (day >= SF_REDESIGN)
        assert on(KR, "nalja", day).startswith("입력") == (day < KR_REDESIGN)
        assert on(VN, "ngay", day).startswith(("Thứ", "Chủ")) == (day >= VN_REDESIGN)
        assert on(MI, "tarikh", day).startswith("ديربورن") == (day < MI_REDESIGN)
        assert ("|" in on(HT, "dat", day)) == (day >= HT_REDESIGN)
        assert on(VT, "posted", day).startswith("Posted on") == (day < VT_REDESIGN)
        for domain, family, letter in ((WI, "dated", "C"), (OH, "dated", "E")):
            if day >= WI_REDESIGN or domain == OH:
                zone = f"{letter}{'D' if us_summer_time(day) else 'S'}T"
                assert on(domain, family, day).endswith(zone), (domain, day)
        if day < LA_REDESIGN:
            assert on(LA, "posted", day).endswith("DT" if us_summer_time(day) else "ST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_business_day() -> None:
    for domain, family in ((WI, "e-edition"), (LA, "newscast"), (OH, "schedule"),
                           (HT, "emisyon")):
        assert len(changes(domain, family)) >= 2000, domain
    for domain, family, weekday in ((TX, "edicion", 3), (RC, "issue", 2), (SF, "qihao", 3),
                                    (VN, "sobao", 4)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    rates = changes(KR, "hwanyul")
    assert len(rates) >= 1500 and all(day.weekday() < 5 for day in rates)
    sessions = changes(AZ, "session")
    assert len(sessions) >= 500
    assert counts_in(AZ, "session", r"Day (\d+) of") >= {str(n) for n in range(1, 117)}
    assert counts_in(AZ, "session", r"the (\d+\w\w) Legislature") == {"52nd", "53rd", "54th"}
    assert "recess" in on(AZ, "session", d(2020, 4, 20))
    assert "sine die" in on(AZ, "session", d(2019, 7, 1))
    assert counts_in(MI, "ramadan", r"اليوم (\d+) من") == {str(n) for n in range(1, 31)}
    assert counts_in(MI, "ramadan", r"رمضان (\d{4})هـ") == {str(n) for n in range(1436, 1442)}
    assert counts_in(RC, "issue", r"Vol\. (\d+),") == {str(n) for n in range(26, 33)}
    assert counts_in(RC, "issue", r"Issue (\d+) ") >= {str(n) for n in range(1, 53)}
    for day in every_day():
        assert f"nº {edition_number(day)}," in on(TX, "edicion", day)
        assert f"第{sf_issue(day)}期" in on(SF, "qihao", day)
        assert f"số {vn_issue(day)}," in on(VN, "sobao", day)
        assert f"{krw_rate(day)[1]:,}원" in on(KR, "hwanyul", day)
        n = ramadan_day(day)
        assert (n is not None) == ("رمضان" in on(MI, "ramadan", day))
        assert ("Gridiron" in on(LA, "newscast", day)) == football_friday(day)
        assert ("Sunday e-Edition" in on(WI, "e-edition", day)) == (day.weekday() == 6)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Winter parking" in on(WI, "season", d(y, 1, 10))
        assert "Friday night football" in on(WI, "season", d(y, 10, 1))
        assert "Hurricane season" in on(LA, "hurricane", d(y, 9, 1))
        assert "Severe weather" in on(LA, "hurricane", d(y, 2, 1))
        assert "Mud season" in on(VT, "seasons", d(y, 4, 15))
        assert "Foliage" in on(VT, "seasons", d(y, 10, 5))
    for domain, family in SEASONAL:
        assert len(changes(domain, family)) >= 12, (domain, family)


def test_notices_follow_the_regions_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Lakeport: spring elections, primaries, generals, 2020, the deer opener, the Fourth
    assert counts_in(WI, "notice", r"Spring election (\d{4})") == {str(y) for y in
                                                                    range(2015, 2021)}
    assert "Spring election 2020" in on(WI, "notice", d(2020, 4, 7))  # the vote wins
    assert "Partisan primary 2018" in on(WI, "notice", d(2018, 8, 14))
    assert "Election Day 2020" in on(WI, "notice", d(2020, 11, 4))
    assert "coronavirus" in on(WI, "notice", d(2020, 5, 1))
    for y in range(2015, 2021):
        assert f"Gun deer season {y}" in on(WI, "notice", deer_opener(y)), y
        assert "Fourth of July" in on(WI, "notice", d(y, 7, 4)), y
    # KSWL 9: Saturday votes, storms, the stay-at-home order, Mardi Gras
    for day, kind in LA_VOTES.items():
        assert kind in on(LA, "notice", iso(day)), day
    assert "Saturday, July 11, 2020" in on(LA, "notice", d(2020, 7, 11))
    assert "Harvey" in on(LA, "notice", d(2017, 8, 30))
    assert "Laura" in on(LA, "notice", d(2020, 9, 15))
    assert "Delta" in on(LA, "notice", d(2020, 10, 10))
    assert "stay-at-home" in on(LA, "notice", d(2020, 4, 15))
    for y in range(2015, 2021):
        assert f"Mardi Gras {y}" in on(LA, "notice", carnival_tuesday(y)), y
    # WRVP: drives, the canceled drive, Giving Tuesday, the year-end match
    assert "Fall Member Drive 2018" in on(OH, "notice", d(2018, 10, 15))
    assert "Spring Member Drive 2019" in on(OH, "notice", d(2019, 3, 22))
    assert "canceled" in on(OH, "notice", d(2020, 3, 20))
    assert "from home" in on(OH, "notice", d(2020, 5, 1))
    for y in range(2016, 2021):
        assert f"#GivingTuesday {y}" in on(OH, "notice", giving_tuesday(y)), y
        assert f"{y} year-end match" in on(OH, "notice", d(y, 12, 20)), y
    # El Faro: primaries, elections, 2020, the census, Heritage Month, the Day of the Dead
    for day in ("2016-03-01", "2018-03-06", "2020-03-03"):
        assert "Primarias" in on(TX, "aviso", iso(day)), day
    assert "Elecciones 2018" in on(TX, "aviso", d(2018, 11, 6))
    assert "Hanna" in on(TX, "aviso", d(2020, 7, 27))
    assert "Censo 2020" in on(TX, "aviso", d(2020, 9, 1))
    assert "Coronavirus" in on(TX, "aviso", d(2020, 4, 1))
    assert counts_in(TX, "aviso", r"Herencia Hispana (\d{4})") == {str(y) for y in
                                                                   range(2015, 2020)}
    for y in range(2015, 2020):  # in 2020 the election's notice covers the whole feast
        assert any("Muertos" in on(TX, "aviso", d(y, 10, 30) + k * one) for k in range(4)), y
    # Saguaro Ledger: the special election, primaries, NewsMatch, Giving Tuesday
    assert "Propositions 123" in on(AZ, "appeal", d(2016, 5, 17))
    assert "Primary Election Day" in on(AZ, "appeal", d(2020, 8, 4))
    assert "Election Day 2018" in on(AZ, "appeal", d(2018, 11, 7))
    assert counts_in(AZ, "appeal", r"NewsMatch (\d{4})") == {str(y) for y in range(2016, 2021)}
    assert all("Giving Tuesday" in on(AZ, "appeal", giving_tuesday(y)) for y in range(2015,
                                                                                     2021))
    assert "free to republish" in on(AZ, "appeal", d(2020, 4, 1))
    # Rust City Reader: the readers' poll, the print pause, Thanksgiving, Pride, Halloween
    assert counts_in(RC, "notice", r"Best of Rust City (\d{4}):") == {str(y) for y in
                                                                       range(2015, 2020)}
    assert "moves online" in on(RC, "notice", d(2020, 5, 10))
    assert "on pause" in on(RC, "notice", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "Thanksgiving week" in on(RC, "notice", thanksgiving(y) - 2 * one), y
        assert "Pride" in on(RC, "notice", d(y, 6, 1)) and "Halloween" in on(RC, "notice",
                                                                             d(y, 10, 31))
    # 金山週報: elections, the stay-at-home order, the census, the New Year, the parade
    assert "選舉日" in on(SF, "tongzhi", d(2016, 11, 8))
    assert "初選" in on(SF, "tongzhi", d(2020, 3, 3))
    assert "居家避疫令" in on(SF, "tongzhi", d(2020, 4, 1))
    assert "人口普查" in on(SF, "tongzhi", d(2020, 8, 1))
    for y in range(2015, 2021):
        assert f"{ZODIAC[y]}年大吉" in on(SF, "tongzhi", iso(LUNAR_NEW_YEAR[y])), y
        assert f"{y}年春節花車巡遊" in on(SF, "tongzhi", iso(SF_PARADE[y])), y
        if y < 2020:  # the census wins over the 2020 festival
            assert "中秋" in on(SF, "tongzhi", iso(MID_AUTUMN[y])), y
    # 라성일보: overseas voting, primaries, the holidays, 4·29 and Liberation Day
    assert "재외투표" in on(KR, "allim", d(2016, 4, 1))
    assert "대통령선거" in on(KR, "allim", d(2017, 4, 26))
    assert "예비선거일" in on(KR, "allim", d(2018, 6, 5))
    assert "자택대피령" in on(KR, "allim", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "새해" in on(KR, "allim", iso(LUNAR_NEW_YEAR[y])), y
        assert "추석" in on(KR, "allim", iso(MID_AUTUMN[y])), y
    assert counts_in(KR, "allim", r"폭동 (\d+)주년") == {str(n) for n in range(23, 29)}
    assert counts_in(KR, "allim", r"제(\d+)주년 광복절") == {str(n) for n in range(70, 76)}
    # Tiếng Nói: Tet with its year, Black April, the Mid-Autumn festival, 2020
    for y in range(2015, 2021):
        assert "Chúc Mừng Năm Mới" in on(VN, "thongbao", iso(LUNAR_NEW_YEAR[y])), y
        assert "Trung Thu" in on(VN, "thongbao", iso(MID_AUTUMN[y])), y
    assert counts_in(VN, "thongbao", r"tưởng niệm (\d+) năm") == {str(n) for n in
                                                                  range(40, 46)}
    assert "Canh Tý" in on(VN, "thongbao", d(2020, 1, 25))
    assert "Bầu Cử 2016" in on(VN, "thongbao", d(2016, 11, 8))
    assert "Thống Kê Dân Số" in on(VN, "thongbao", d(2020, 7, 1))
    # صدى ديربورن: Michigan's primaries, the stay-at-home order, Ramadan and the Eids
    assert "التمهيدية" in on(MI, "ilan", d(2020, 3, 10))
    assert "البقاء في المنزل" in on(MI, "ilan", d(2020, 4, 10))
    for y in range(2015, 2021):
        assert "رمضان كريم" in on(MI, "ilan", iso(RAMADAN[y])), y
        assert "فطر" in on(MI, "ilan", iso(EID_FITR[y])), y
        assert "أضحى" in on(MI, "ilan", iso(EID_ADHA[y])), y
    # Lakay Miami: storms, TPS, 2020, the anniversaries, Kanaval
    assert "Matthew" in on(HT, "avi", d(2016, 10, 5))
    assert "Irma" in on(HT, "avi", d(2017, 9, 10))
    assert "TPS" in on(HT, "avi", d(2017, 11, 25))
    assert "Rete lakay" in on(HT, "avi", d(2020, 4, 1))
    assert counts_in(HT, "avi", r"(\d+)yèm anivèsè") == {str(n) for n in range(211, 217)}
    assert counts_in(HT, "avi", r"(\d+) an depi tranbleman") == {str(n) for n in range(5, 11)}
    assert counts_in(HT, "avi", r"Drapo! (\d+) an") == {str(n) for n in range(212, 218)}
    assert all(f"Kanaval {y}" in on(HT, "avi", carnival_tuesday(y)) for y in range(2015, 2021))
    # Maple Hollow: Town Meeting Day, primaries, 2020, Irene, the rifle season
    for y in range(2015, 2021):
        assert f"Tuesday, March {town_meeting(y).day}" in on(VT, "notice", town_meeting(y))
        assert "Rifle season" in on(VT, "notice", rifle_opener(y)), y
    assert counts_in(VT, "notice", r"Irene, (\d+) years") == {str(n) for n in range(4, 10)}
    assert "Primary day" in on(VT, "notice", d(2018, 8, 14))
    assert "town office is closed" in on(VT, "notice", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WI, "byline", WI_REDESIGN, "By {author}", "{author_beat}"),
        (WI, "notice", WI_NEWSLETTER, "Facebook", "Morning Briefing"),
        (WI, "subscribe", d(2017, 7, 1), "$1 for", "$9.99"),
        (WI, "subscribe", d(2019, 7, 1), "$9.99", "$12.99"),
        (LA, "byline", LA_REDESIGN, "by: ", "{role}"),
        (LA, "notice", LA_APP, "Facebook", "app"),
        (OH, "byline", OH_REDESIGN, "{author}", "{author_beat}"),
        (OH, "notice", OH_SUSTAINER, "listener-supported", "sustaining"),
        (TX, "firma", TX_REDESIGN, "Por {author}", "/ El Faro del Valle"),
        (TX, "aviso", TX_WHATSAPP, "Facebook", "WhatsApp"),
        (TX, "suscripcion", d(2018, 1, 1), "$45", "$52"),
        (TX, "suscripcion", d(2020, 6, 1), "impresa", "digital"),
        (AZ, "byline", AZ_REDESIGN, "By {author}", "{author_beat}"),
        (AZ, "newsletter", AZ_NEWSLETTER, "weekly", "Capitol Daily"),
        (AZ, "appeal", d(2018, 9, 1), "any amount", "members"),
        (RC, "notice", RC_PRESS_CLUB, "500 locations", "Press Club"),
        (SF, "tongzhi", SF_APP, "Facebook", "App"),
        (SF, "dingyue", d(2018, 1, 1), "$48", "$58"),
        (KR, "allim", d(2019, 3, 1), "카카오톡", "유튜브"),
        (KR, "gudok", d(2018, 1, 1), "$15", "$18"),
        (VN, "tacgia", VN_REDESIGN, "{author}", "Bài:"),
        (VN, "thongbao", VN_LIVE, "Facebook", "YouTube"),
        (VN, "dangky", d(2019, 1, 1), "$40", "$48"),
        (MI, "ilan", MI_ENGLISH, "فيسبوك", "الإنكليزية"),
        (MI, "ishtirak", d(2019, 1, 1), "40", "50"),
        (HT, "ote", HT_REDESIGN, "Pa {author}", "| Lakay Miami"),
        (HT, "avi", HT_WHATSAPP, "Facebook", "WhatsApp"),
        (HT, "manm", d(2019, 1, 1), "$5", "$7"),
        (VT, "notice", VT_DONATE, "neighbors", "$25")))
    assert_groups_reworded(SET, (
        (WI, "dated", "Published", "Updated"),
        (WI, "byline", "By ", " reporter"),
        (LA, "posted", "Posted:", "Updated:"),
        (OH, "dated", "Published", " · "),
        (TX, "fecha", "Publicado el", " | "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SF, "tongzhi", r"[\u4e00-\u9fff]"), (SF, "banquan", r"[\u4e00-\u9fff]"),
        (KR, "nalja", r"[\uac00-\ud7a3]"), (KR, "allim", r"[\uac00-\ud7a3]"),
        (MI, "tarikh", r"[\u0600-\u06ff]"), (MI, "ilan", r"[\u0600-\u06ff]"),
        (VN, "thongbao", r"[\u00c0-\u1ef9]"), (TX, "aviso", r"[a-záéíóúñ¡]")))
    assert any(re.search("[٠-٩]", t) for t in group_lines(SET, MI, "tarikh"))
    levantine = r"كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
    assert all(re.search(levantine, t) for t in group_lines(SET, MI, "tarikh"))
    creole = r"\b(?:janvye|fevriye|mas|avril|me|jen|jiyè|out|septanm|oktòb|novanm|desanm)\b"
    assert all(re.search(creole, t) for t in group_lines(SET, HT, "dat"))
    assert all(" | " in t for t in group_lines(SET, HT, "manm"))
    assert any("年" in t for t in group_lines(SET, SF, "riqi"))
    assert any(re.search(r"\bCDT$", t) for t in group_lines(SET, WI, "dated"))
    assert any(re.search(r"\bCST$", t) for t in group_lines(SET, WI, "dated"))
    assert any(re.search(r"\bE[DS]T$", t) for t in group_lines(SET, OH, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WI}/dated", f"{WI}/byline", f"{WI}/related", f"{WI}/kicker",
                         f"{WI}/handle", f"{WI}/copyright", f"{WI}/photo", f"{LA}/posted",
                         f"{LA}/more", f"{LA}/byline", f"{OH}/dated", f"{OH}/schedule",
                         f"{TX}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WI}/terms", f"{WI}/letters", f"{LA}/tips", f"{LA}/eeo", f"{OH}/licence",
        f"{AZ}/republish", f"{AZ}/disclosure", f"{RC}/pickup"))
    assert_carried_share(docs, WI, [
        ("dated", 0.7, 0.97), ("copyright", 0.25, 0.55), ("related", 0.4, 0.75),
        ("correction", 0.0, 0.1), ("notice", 0.15, 0.5), ("e-edition", 0.04, 0.3)])
    assert_carried_share(docs, LA, [("posted", 0.7, 0.97), ("alert", 0.0, 0.15)])
    for fam in (f"{WI}/related", f"{LA}/more"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{WI}/photo", f"{LA}/video"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((WI, "photo"), (LA, "video"), (OH, "related"), (OH, "photo"),
                               (TX, "foto"), (AZ, "graphic"), (RC, "more"), (RC, "photo"),
                               (SF, "tu"), (KR, "sajin"), (VN, "hinh"), (MI, "iqra"),
                               (MI, "taswir"), (HT, "li-tou"), (VT, "photo")))
    beats = [m[1] for t in group_lines(SET, WI, "byline")
             if (m := re.fullmatch(r"[^,]+, (.+)", norm(t)))]
    assert beats and sum(b in pool(SET, WI, "beat") for b in beats) >= 0.9 * len(beats)


def test_amounts_in_appeals_and_prices() -> None:
    assert "$12.99" in on(WI, "subscribe", d(2020, 1, 1))
    assert "$1 for your first three months" in on(WI, "subscribe", d(2016, 1, 1))
    assert "$10 a month" in on(OH, "notice", QUIET.replace(year=2018))
    assert "$1,000" in on(OH, "notice", d(2019, 12, 15))
    assert "$3.99" in on(TX, "suscripcion", d(2020, 7, 1))
    assert "3,000 members" in on(AZ, "appeal", d(2019, 2, 1))
    assert "$1,000" in on(AZ, "appeal", d(2019, 12, 15))
    assert "$5 a month" in on(RC, "notice", d(2019, 2, 1))
    assert "$58" in on(SF, "dingyue", d(2020, 1, 1)) and "$18" in on(KR, "gudok", d(2020, 1,
                                                                                    1))
    assert "$48" in on(VN, "dangky", d(2020, 1, 1))
    assert "50 دولاراً" in on(MI, "ishtirak", d(2020, 1, 1))
    assert "$7 a month" in on(HT, "manm", d(2020, 1, 1))
    assert "$25 gift" in on(VT, "notice", QUIET.replace(year=2019))
    rates = {int(m[1].replace(",", "")) for t in group_lines(SET, KR, "hwanyul")
             if (m := re.search(r"= ([\d,]+)원$", norm(t)))}
    assert rates and all(1085 <= r <= 1215 for r in rates)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WI, "correction"), (LA, "alert"), (OH, "correction"), (TX, "fe-de-erratas"),
        (AZ, "clarification"), (RC, "correction"), (SF, "gengzheng"), (KR, "jeongjeong"),
        (KR, "jimyeon", 8), (VN, "dinhchinh"), (MI, "tashih"), (HT, "koreksyon"),
        (VT, "canceled")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WI}/related", "RELATED: "), (f"{LA}/more", "MORE: "),
        (f"{OH}/related", "Related: "), (f"{TX}/lea", "Lea también: "),
        (f"{AZ}/related", "Related: "), (f"{SF}/xiangguan", "相關新聞："),
        (f"{KR}/gwallyeon", "▶ 관련기사: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (WI, "terms", "Your use of this website means you accept our terms of service and "
                      "privacy notice."),
        (OH, "licence", "WRVP 89.7 FM is licensed to River Valley Public Media, Inc., a "
                        "501(c)(3) nonprofit."),
        (AZ, "republish", "Republish this article for free under our Creative Commons "
                          "license. See our republishing guidelines."),
        (AZ, "disclosure", "Our donors have no say in our coverage. See the full list of our "
                           "supporters."),
        (RC, "pickup", "Find a copy: our pick-up map lists every box, cafe and bar that "
                       "carries us.")))
    assert_group_values_from_pool(SET, (
        (WI, "kicker", "kicker"), (TX, "seccion", "seccion"), (AZ, "topic", "topic"),
        (RC, "kicker", "kicker"), (SF, "leibie", "leibie"), (KR, "bunryu", "bunryu"),
        (VN, "chuyenmuc", "chuyenmuc"), (MI, "qism", "qism")))
    for style, family, pattern, pool_name in (
            (WI, "photo", r"^\(Photo: (.+)\)$", "photo"),
            (LA, "contrib", r"^(.+) contributed to this report\.$", "contrib"),
            (OH, "photo", r"^Photo: (.+)$", "photo"),
            (OH, "partner", r"^This story comes from (.+), a public", "partner"),
            (OH, "underwriting", r"comes from (.+)\.$", "sponsor"),
            (TX, "foto", r"^Foto: (.+)$", "foto"),
            (AZ, "partner", r"partnership with (.+)\.$", "partner"),
            (SF, "laiyuan", r"^來源：(.+)$", "laiyuan"),
            (SF, "tu", r"^（圖：(.+)）$", "tu"),
            (KR, "sajin", r"^<사진=(.+)>$", "sajin"),
            (VN, "nguon", r"^\(Nguồn: (.+)\)$", "nguon"),
            (MI, "masdar", r"^المصدر: (.+)$", "masdar")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WI, "terms", "Your use of this website means you accept our terms of service and "
                      "privacy notice."),
        (OH, "licence", "WRVP 89.7 FM is licensed to River Valley Public Media, Inc., a "
                        "501(c)(3) nonprofit."),
        (AZ, "republish", "Republish this article for free under our Creative Commons "
                          "license. See our republishing guidelines.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WI: (["letters", "terms", "copyright"], 2),
        LA: (["tips", "report-it", "eeo", "copyright"], 3),
        OH: (["licence", "copyright"], 2),
        TX: (["anuncie", "derechos"], 2),
        AZ: (["nonprofit", "copyright"], 2),
        RC: (["pickup", "adults", "copyright"], 2),
        SF: (["guanggao", "banquan"], 2),
        KR: (["jebo", "jeojakgwon"], 2),
        VN: (["quangcao", "banquyen"], 2),
        MI: (["maktab", "huquq"], 2),
        HT: (["estidyo", "dwa"], 2),
        VT: (["letters", "obituaries", "calendar", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert WI in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    assert set(SESSIONS) == set(range(2015, 2021))
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
