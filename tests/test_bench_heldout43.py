"""The held-back-43 template set (`tests.bench.heldout_templates_43`): its localised dates
(ten printed day by day, one with the Eastern zone as daylight saving runs, one with English
ordinals, one with the Buddhist-era year, one a wire dateline with a city slot), the weekly
issue number, the notices it rewords by date, the calendars some notices follow, the
variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back
set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_43 import (
    AN_DAILY,
    AP_MONTHS,
    BUDGET_NIGHTS,
    DASARA,
    DIWALI,
    EID_FITR_NG,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FIRST_ISSUE,
    IN_DAILY,
    IN_LINKS,
    IT_DAILY,
    ITALIAN_MONTHS,
    ITALIAN_WEEKDAYS,
    LAST_DAY,
    LOAD_SHEDDING,
    LOY_KRATHONG,
    NG_DAILY,
    PH_DAILY,
    PL_DAILY,
    POLISH_MONTHS,
    POLISH_WEEKDAYS,
    SANKRANTI,
    SB_MOVE,
    SHORT_MONTHS,
    STATION_MONTHS,
    TH_DAILY,
    THAI_MONTHS,
    THAI_WEEKDAYS,
    UGADI,
    UK_DAILY,
    UPPER_MONTHS,
    US_DAILY,
    US_LINKS,
    WIRE_DAILY,
    YEARS,
    buddhist_year,
    daylight_saving,
    eastern_zone,
    flower_festival,
    issue_number,
    italian_day,
    ordinal,
    sinulog,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_sister_sites_share,
    assert_values_from_pool,
    assert_variants_drop_site_names,
    assert_varied,
    bodies,
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-43"
SITES = ("WDVN 7 News", "Potteries Evening Post", "Deccan Sentinel", "Eko Dispatch",
         "Gazzetta dello Stretto", "Unvarnished Report", "Cebu Monitor", "Głos Bystrzycy",
         "ClearPath Newswire", "ลานนาทูเดย์", "Capital Circle", "Fynbos & Fig")
US, UK, IN, NG = "wdvn7.com", "potteriespost.co.uk", "deccansentinel.com", "ekodispatch.ng"
IT, AN, PH, PL = ("gazzettadellostretto.it", "unvarnishedreport.com", "cebumonitor.com.ph",
                  "glosbystrzycy.pl")
WI, TH, SB, ZA = ("clearpathwire.com", "lannatoday.co.th", "capitalcircle.com.au",
                  "fynbosandfig.co.za")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month (a name) and the year (some lines print
# no weekday; the Thai line prints the Buddhist-era year as be), weekdays, months).
DAILY = (
    (US, "posted", US_DAILY, "Posted: {date_slash} / {time12}",
     rf"Published: (?P<mm>{_alt(STATION_MONTHS)}) (?P<dd>\d{{1,2}}), (?P<yy>\d{{4}}) at "
     rf"\{{time12\}} (?P<tz>EDT|EST)", None, STATION_MONTHS),
    (UK, "dated", UK_DAILY, "{date_dmy}",
     rf"\{{time\}}, (?P<dd>\d{{1,2}}) (?P<mm>{_alt(UPPER_MONTHS)}) (?P<yy>\d{{4}})",
     None, UPPER_MONTHS),
    (IN, "updated", IN_DAILY, "Last Updated: {date_long} {time12} IST",
     rf"Updated: (?P<mm>{_alt(SHORT_MONTHS)}) (?P<dd>\d\d), (?P<yy>\d{{4}}), \{{time\}} IST",
     None, SHORT_MONTHS),
    (NG, "dated", NG_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(ENGLISH_WEEKDAYS)}), (?P<dd>\d{{1,2}}(?:st|nd|rd|th)) "
     rf"(?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<yy>\d{{4}})", ENGLISH_WEEKDAYS, ENGLISH_MONTHS),
    (IT, "data", IT_DAILY, "{date_de} - {time}",
     rf"(?P<wd>{_alt(ITALIAN_WEEKDAYS)}) (?P<dd>1°|\d{{1,2}}) (?P<mm>{_alt(ITALIAN_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) - \{{time\}}", ITALIAN_WEEKDAYS, ITALIAN_MONTHS),
    (AN, "dated", AN_DAILY, "Posted on {date_long}",
     rf"(?P<wd>{_alt(ENGLISH_WEEKDAYS)}), (?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<dd>\d{{1,2}}), "
     rf"(?P<yy>\d{{4}})", ENGLISH_WEEKDAYS, ENGLISH_MONTHS),
    (PH, "dated", PH_DAILY, "{date_long} - {time12}",
     rf"\{{time12\}} (?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<dd>\d{{1,2}}), (?P<yy>\d{{4}})",
     None, ENGLISH_MONTHS),
    (PL, "data", PL_DAILY, "Opublikowano: {date_de}, {time}",
     rf"(?P<wd>{_alt(POLISH_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(POLISH_MONTHS)}) "
     rf"(?P<yy>\d{{4}}), \{{time\}}", POLISH_WEEKDAYS, POLISH_MONTHS),
    (WI, "dateline", WIRE_DAILY, "{city} -- ({date_long}) --",
     rf"\{{city\}}, (?P<mm>{_alt(AP_MONTHS)}) (?P<dd>\d{{1,2}}), (?P<yy>\d{{4}}) /ClearPath/ --",
     None, AP_MONTHS),
    (TH, "wela", TH_DAILY, "{date_iso} {time} น.",
     rf"วัน(?P<wd>{_alt(THAI_WEEKDAYS)})ที่ (?P<dd>\d{{1,2}}) (?P<mm>{_alt(THAI_MONTHS)}) "
     rf"(?P<be>\d{{4}}) เวลา \{{time\}} น\.", THAI_WEEKDAYS, THAI_MONTHS),
)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(US, "posted", old, r"Posted: 03/05/2016 / \d{1,2}:\d\d [AP]M")
    full(US, "posted", new, r"Published: Jun\. 21, 2019 at \d{1,2}:\d\d [AP]M EDT")
    full(US, "posted", d(2019, 12, 2), r"Published: Dec\. 2, 2019 at \d{1,2}:\d\d [AP]M EST")
    full(US, "posted", d(2019, 3, 9), r"Published: Mar\. 9, 2019 at .+ EST")
    full(US, "posted", d(2019, 3, 10), r"Published: Mar\. 10, 2019 at .+ EDT")
    full(US, "byline", new, r"By Ada Brook \| WDVN 7 News")
    full(US, "video", new, r"▶️ WATCH: .+")
    full(UK, "dated", old, r"5 March 2016")
    full(UK, "dated", new, r"\d\d:\d\d, 21 JUN 2019")
    full(UK, "byline", new, r"Ada Brook, [A-Z][A-Za-z ]+")
    full(IN, "updated", d(2015, 6, 1), r"Last Updated: June 1, 2015 \d{1,2}:\d\d [AP]M IST")
    full(IN, "updated", new, r"Updated: Jun 21, 2019, \d\d:\d\d IST")
    full(IN, "updated", d(2019, 8, 5), r"Updated: Aug 05, 2019, \d\d:\d\d IST")
    full(IN, "byline", new, r"Written by Ada Brook \| [A-Za-z ]+ \|")
    full(NG, "dated", new, r"Friday, 21st June 2019")
    full(NG, "dated", d(2019, 6, 22), r"Saturday, 22nd June 2019")
    full(NG, "dated", d(2019, 6, 13), r"Thursday, 13th June 2019")
    full(NG, "dated", d(2019, 6, 3), r"Monday, 3rd June 2019")
    full(NG, "byline", new, r"From Ada Brook, [A-Za-z ]+")
    full(IT, "data", old, r"05\.03\.2016 - \d\d:\d\d")
    full(IT, "data", new, r"venerdì 21 giugno 2019 - \d\d:\d\d")
    full(IT, "data", d(2019, 6, 1), r"sabato 1° giugno 2019 - \d\d:\d\d")
    full(AN, "dated", old, r"Posted on March 5, 2016")
    full(AN, "dated", new, r"Friday, June 21, 2019")
    full(AN, "byline", new, r"Authored by Ada Brook via .+,")
    full(PH, "dated", old, r"March 5, 2016 - \d{1,2}:\d\d [AP]M")
    full(PH, "dated", new, r"\d{1,2}:\d\d [AP]M June 21, 2019")
    full(PH, "dateline", new, r"[A-Z -]+ CITY, Philippines —")
    full(PL, "data", old, r"Opublikowano: 05\.03\.2016, \d\d:\d\d")
    full(PL, "data", new, r"piątek, 21 czerwca 2019, \d\d:\d\d")
    full(PL, "autor", d(2020, 1, 10), r"oprac\. .+")
    full(WI, "dateline", d(2015, 6, 1), r"[A-Za-z ,]+ -- \(June 1, 2015\) --")
    full(WI, "dateline", new, r"[A-Za-z ,]+, June 21, 2019 /ClearPath/ --")
    full(WI, "dateline", d(2019, 9, 6), r"[A-Za-z ,]+, Sept\. 6, 2019 /ClearPath/ --")
    full(WI, "when", new, r"Jun 21, 2019, \d\d:\d\d ET")
    full(TH, "wela", old, r"2016-03-05 \d\d:\d\d น\.")
    full(TH, "wela", new, r"วันศุกร์ที่ 21 มิถุนายน 2562 เวลา \d\d:\d\d น\.")
    full(TH, "copyright", new, r"สงวนลิขสิทธิ์ © 2562 ลานนาทูเดย์")
    full(SB, "issue", old, rf"Capital Circle — issue {issue_number(old)}")
    full(SB, "issue", new, rf"Capital Circle #{issue_number(new)}")
    full(SB, "posted", old, r"Posted by Ada Brook on 5 March 2016")
    full(SB, "posted", new, r"Ada Brook · Jun 21, 2019")
    full(SB, "copyright", new, r"© 2019 Ada Brook")
    full(ZA, "posted", old, r"March 5, 2016 by Ada Brook")
    full(ZA, "posted", new, r"Posted on 21 June 2019 by Ada Brook")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Ten families hold a wording per day: walking every day from 2015 to 2020, each prints
    that day's own date in its language (with the Eastern zone, the English ordinal, the
    Italian "1°" and the Buddhist-era year where the site prints them), changing form on the
    day of its rewording."""
    for domain, family, since, *_ in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            m = re.fullmatch(pattern, text)
            assert m, (domain, day, text)
            if weekdays is not None:
                assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            assert months.index(m["mm"]) + 1 == day.month, (domain, day, text)
            dd = m["dd"]
            if domain == NG:
                assert dd == ordinal(day.day), (day, text)
            elif domain == IT:
                assert dd == italian_day(day.day), (day, text)
            else:
                assert int(dd) == day.day, (domain, day, text)
            if domain == TH:
                assert int(m["be"]) == buddhist_year(day.year) == day.year + 543, (day, text)
            else:
                assert int(m["yy"]) == day.year, (domain, day, text)
            if domain == US:
                assert m["tz"] == eastern_zone(day), (day, text)
    for names in (ENGLISH_WEEKDAYS, ITALIAN_WEEKDAYS, POLISH_WEEKDAYS, THAI_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (ENGLISH_MONTHS, SHORT_MONTHS, STATION_MONTHS, UPPER_MONTHS, AP_MONTHS,
                   ITALIAN_MONTHS, POLISH_MONTHS, THAI_MONTHS):
        assert len(set(months)) == 12


def test_weekly_issue_and_yearly_lines() -> None:
    """The newsletter's issue number goes up by one each Friday, its shape changing with the
    move to the platform; the Thai copyright line prints each day's Buddhist-era year."""
    assert FIRST_ISSUE.weekday() == 4 and issue_number(FIRST_ISSUE) == 1
    previous = issue_number(d(2014, 12, 31))
    for day in every_day():
        n = issue_number(day)
        assert n - previous == (1 if day.weekday() == 4 else 0), day
        previous = n
        issue = template(SET, SB, "issue", day)
        assert issue == (f"Capital Circle — issue {n}" if day < SB_MOVE
                         else f"Capital Circle #{n}"), (day, issue)
        assert f"© {day.year + 543} " in template(SET, TH, "copyright", day), day


def test_calendars() -> None:
    assert [daylight_saving(y) for y in YEARS] == [
        (d(2015, 3, 8), d(2015, 11, 1)), (d(2016, 3, 13), d(2016, 11, 6)),
        (d(2017, 3, 12), d(2017, 11, 5)), (d(2018, 3, 11), d(2018, 11, 4)),
        (d(2019, 3, 10), d(2019, 11, 3)), (d(2020, 3, 8), d(2020, 11, 1))]
    assert eastern_zone(d(2019, 3, 9)) == "EST" and eastern_zone(d(2019, 3, 10)) == "EDT"
    assert eastern_zone(d(2019, 11, 2)) == "EDT" and eastern_zone(d(2019, 11, 3)) == "EST"
    assert [sinulog(y) for y in YEARS] == [
        d(2015, 1, 18), d(2016, 1, 17), d(2017, 1, 15), d(2018, 1, 21), d(2019, 1, 20),
        d(2020, 1, 19)]
    assert [flower_festival(y) for y in YEARS] == [
        d(2015, 2, 6), d(2016, 2, 5), d(2017, 2, 3), d(2018, 2, 2), d(2019, 2, 1),
        d(2020, 2, 7)]
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 55, 60, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st",
        "55th", "60th", "101st", "111th"]
    assert italian_day(1) == "1°" and italian_day(21) == "21"
    assert buddhist_year(2019) == 2562
    for table in (DIWALI, UGADI, SANKRANTI, DASARA, EID_FITR_NG, LOY_KRATHONG, BUDGET_NIGHTS):
        assert all(d.fromisoformat(table[y]).year == y for y in YEARS)
    spells = [(d.fromisoformat(a), d.fromisoformat(b)) for a, b in LOAD_SHEDDING]
    assert all(a <= b for a, b in spells)
    assert all(b1 < a2 for (_, b1), (a2, _) in zip(spells, spells[1:], strict=False))


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, US, "weather", d(y, 4, 1)).startswith("⛈️")
        assert template(SET, US, "weather", d(y, 7, 1)).startswith("☀️")
        assert template(SET, US, "weather", d(y, 12, 1)).startswith("❄️")
        assert template(SET, US, "weather", d(y, 1, 15)).startswith("❄️")
        poppy = template(SET, UK, "tips", d(y, 11, 5))
        assert poppy.startswith("🌺") == (y != 2020), (y, poppy)  # the 2020 lockdown
        assert template(SET, IN, "follow", d.fromisoformat(SANKRANTI[y])).startswith("🪁")
        ugadi = template(SET, IN, "follow", d.fromisoformat(UGADI[y]))
        assert ugadi.startswith("🌼") == (y not in (2019, 2020)), (y, ugadi)  # a vote, lockdown
        assert template(SET, IN, "follow", d.fromisoformat(DASARA[y])).startswith("🌸")
        assert template(SET, IN, "follow", d.fromisoformat(DIWALI[y])) == "🪔 Happy Deepavali!"
        assert template(SET, IN, "follow", d(y, 6, 2)) == (
            f"🎉 Telangana Formation Day: the state turns {y - 2014}")
        assert template(SET, NG, "follow", d(y, 10, 1)) == (
            f"🇳🇬 Happy {ordinal(y - 1960)} Independence Anniversary, Nigeria!")
        assert template(SET, NG, "follow", d.fromisoformat(EID_FITR_NG[y])).startswith("🌙")
        assert template(SET, NG, "follow", d(y, 12, 25)).startswith("🎄")
        vara = template(SET, IT, "seguici", d(y, 8, 15))
        assert vara.startswith("🎉") and ("Niente" in vara) == (y == 2020), (y, vara)
        assert template(SET, IT, "seguici", d(y, 12, 25)).startswith("🎄")
        assert template(SET, PH, "follow", sinulog(y)).startswith(f"🎉 Viva Pit Señor! "
                                                                   f"Sinulog {y}")
        assert not template(SET, PH, "follow", sinulog(y) + 2 * one).startswith("🎉")
        undas = template(SET, PH, "follow", d(y, 11, 1))
        assert undas.startswith(f"🕯️ Undas {y}") and ("closed" in undas) == (y == 2020)
        assert template(SET, PH, "follow", d(y, 12, 20)).startswith("🎄")
        saints = template(SET, PL, "obserwuj", d(y, 11, 1))
        assert saints.startswith("🗳️" if y == 2018 else "🕯️"), (y, saints)
        assert ("zamknięte" in saints) == (y == 2020)
        songkran = template(SET, TH, "tidtam", d(y, 4, 13))
        assert songkran.startswith("💦") == (y != 2020), (y, songkran)  # the curfew
        if y != 2020:
            assert songkran.endswith(str(y + 543))
        yi_peng = template(SET, TH, "tidtam", d.fromisoformat(LOY_KRATHONG[y]))
        assert yi_peng.startswith("🏮") == (y != 2016), (y, yi_peng)  # the mourning month
        assert template(SET, TH, "tidtam", flower_festival(y) + one).startswith("🌸")
        budget = template(SET, SB, "notice", d.fromisoformat(BUDGET_NIGHTS[y]))
        assert budget.startswith("💰") == (y != 2020), (y, budget)  # the ACT election
    for first, last in LOAD_SHEDDING:
        assert template(SET, ZA, "notice", d.fromisoformat(first)).startswith("⚡")
        assert template(SET, ZA, "notice", d.fromisoformat(last)).startswith("⚡")
        assert not template(SET, ZA, "notice", d.fromisoformat(last) + one).startswith("⚡")
    # a postponed election: the first date's notice up to its eve, then the new date
    assert "February 16" in template(SET, NG, "follow", d(2019, 2, 15))
    assert "February 23" in template(SET, NG, "follow", d(2019, 2, 16))
    # emergencies and votes on their days, the everyday notice again after
    for domain, family, day, start in (
            (US, "tips", d(2020, 4, 1), "😷"), (US, "tips", d(2016, 11, 8), "🗳️"),
            (US, "tips", d(2019, 6, 1), "🌪️"), (UK, "tips", d(2020, 4, 1), "😷"),
            (UK, "tips", d(2016, 6, 23), "🗳️"), (UK, "tips", d(2019, 12, 12), "🗳️"),
            (IN, "follow", d(2020, 4, 1), "😷"), (IN, "follow", d(2018, 12, 7), "🗳️"),
            (IN, "follow", d(2020, 10, 20), "🌧️"), (NG, "follow", d(2020, 4, 1), "😷"),
            (NG, "follow", d(2015, 3, 28), "🗳️"), (NG, "follow", d(2020, 10, 22), "⚠️"),
            (IT, "seguici", d(2020, 4, 1), "😷"), (IT, "seguici", d(2018, 3, 4), "🗳️"),
            (PH, "follow", d(2020, 4, 15), "😷"), (PH, "follow", d(2019, 5, 13), "🗳️"),
            (PL, "obserwuj", d(2020, 4, 1), "😷"), (PL, "obserwuj", d(2019, 10, 13), "🗳️"),
            (TH, "tidtam", d(2020, 5, 1), "😷"), (TH, "tidtam", d(2019, 3, 24), "🗳️"),
            (TH, "tidtam", d(2016, 10, 20), "🖤"), (SB, "notice", d(2020, 4, 1), "😷"),
            (SB, "notice", d(2019, 5, 18), "🗳️"), (SB, "notice", d(2020, 1, 10), "🔥"),
            (ZA, "notice", d(2020, 4, 1), "😷"), (ZA, "notice", d(2018, 2, 1), "💧")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 8, 20)).startswith(start), domain
    # the video line stays the coronavirus line to the end
    assert template(SET, PH, "covid", LAST_DAY).startswith("For more news about the novel")


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (US, "byline", "By: ", " | WDVN"),
        (US, "related", "RELATED: ", "READ MORE: "),
        (US, "posted", "Posted: ", "Published: "),
        (UK, "byline", "By ", ", "),
        (IN, "also", "Also Read | ", "ALSO READ: "),
        (IN, "byline", "By ", "Written by "),
        (NG, "byline", "By ", "From "),
        (IT, "leggi", "LEGGI ANCHE: ", "Potrebbe interessarti: "),
        (IT, "autore", "di ", " – "),
        (AN, "byline", "By ", "Authored by "),
        (AN, "origin", "originally published at", "The original source"),
        (PH, "read", "READ: ", "READ MORE: "),
        (PL, "czytaj", "Czytaj też: ", "ZOBACZ TEŻ: "),
        (PL, "autor", "Autor: ", "oprac. "),
        (TH, "an", "อ่านข่าวที่เกี่ยวข้อง: ", "อ่านเพิ่มเติม >> "),
    ))
    for domain, family, day, old, new in (
            (US, "app", d(2017, 6, 1), "alerts.", "Roku"),
            (US, "menu", d(2020, 1, 1), "Privacy Policy", "Do Not Sell"),
            (US, "copyright", d(2019, 9, 19), "WDVN 7 News", "Cardinal"),
            (UK, "cookies", d(2018, 5, 25), "By continuing", "Privacy Settings"),
            (UK, "company", d(2018, 5, 3), "Staffordshire Newspapers", "Meridale"),
            (IN, "follow", d(2019, 11, 1), "Instagram for", "Telegram"),
            (IN, "brief", d(2019, 3, 1), "inbox", "missed call"),
            (NG, "follow", d(2019, 6, 12), "Instagram for", "Telegram"),
            (IT, "seguici", d(2018, 6, 1), "Facebook e Twitter", "Telegram"),
            (IT, "privacy", d(2015, 6, 3), "Informativa", "cookie"),
            (IT, "privacy", d(2018, 5, 25), "Proseguendo", "GDPR"),
            (IT, "testata", d(2018, 9, 1), "Direttore", "Direttrice"),
            (IT, "abbonati", d(2020, 4, 1), "4,99 € al mese.", "tre mesi"),
            (AN, "follow", d(2017, 5, 1), "Facebook and Twitter.", "Steemit"),
            (AN, "follow", d(2018, 9, 1), "Steemit", "Gab"),
            (AN, "follow", d(2020, 6, 1), "Gab", "Parler"),
            (AN, "donate", d(2017, 9, 1), "PayPal or become", "Bitcoin"),
            (AN, "donate", d(2019, 1, 1), "Patreon", "SubscribeStar"),
            (AN, "email", d(2018, 8, 6), "top stories", "Big Tech"),
            (PH, "covid", d(2020, 2, 1), "YouTube", "coronavirus"),
            (PL, "obserwuj", d(2019, 10, 1), "Polub", "Google News"),
            (PL, "cookies", d(2018, 5, 25), "cookies", "Administratorem"),
            (WI, "multimedia", d(2017, 4, 1), "content: ", "to download multimedia"),
            (WI, "copyright", d(2018, 7, 1), "Newswire. All", "Halberd"),
            (TH, "tidtam", d(2018, 3, 1), "Facebook และ LINE", "YouTube"),
            (SB, "price", d(2019, 3, 1), "Patrons", "A$8"),
            (SB, "price", d(2020, 7, 1), "A$8", "A$10"),
            (SB, "comment", d(2019, 3, 1), "reply", "Leave a comment"),
            (SB, "platform", d(2019, 3, 1), "WordPress", "Collection notice"),
            (SB, "country", d(2020, 11, 8), "past and present", "emerging"),
            (ZA, "akismet", d(2018, 5, 25), "reduce spam.", "comment data"),
            (ZA, "cookies", d(2020, 7, 1), "improve", "POPIA"),
            (ZA, "reading", d(2019, 4, 1), "Estimated", "Reading Time")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)
    # follow lines gaining a network, checked away from the feasts around the day
    assert "Instagram" not in template(SET, IN, "follow", d(2017, 9, 20))
    assert "Instagram" in template(SET, IN, "follow", d(2017, 10, 5))
    assert template(SET, US, "related", US_LINKS - one).startswith("RELATED")
    assert template(SET, IN, "also", IN_LINKS).startswith("ALSO READ")


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{US}/posted", f"{UK}/dated", f"{IN}/updated", f"{NG}/dated",
                         f"{IT}/data", f"{US}/related", f"{UK}/read-more", f"{US}/byline",
                         f"{UK}/updated", f"{US}/updated", f"{IN}/also", f"{NG}/tags"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{UK}/comments", f"{UK}/ipso", f"{IN}/comments", f"{IN}/catch", f"{NG}/copyright",
        f"{US}/developing"))
    assert_carried_share(docs, US, [
        ("kicker", 0.18, 0.45), ("updated", 0.2, 0.5), ("boil", 0.0, 0.12),
        ("posted", 0.75, 0.97), ("ad", 0.6, 0.9), ("developing", 0.05, 0.3)])
    assert_carried_share(docs, UK, [("dated", 0.7, 0.99), ("related", 0.12, 0.4),
                                    ("roadworks", 0.0, 0.12)])
    for fam in (f"{US}/ad", f"{US}/related", f"{UK}/read-more", f"{IN}/ad", f"{IN}/also",
                f"{NG}/ad", f"{NG}/read-also"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((US, "video"), (UK, "newsletter"), (AN, "continue"),
                               (PH, "continue"), (WI, "photo"), (ZA, "pin")))
    # the syndicated-feed line and the disclosure sit on a few pages only
    for style, family in ((IN, "feed"), (SB, "disclosure")):
        carried = sum(any(label_family(line.label) == family for line in doc.lines)
                      for doc in group_docs(SET, style))
        assert carried <= 0.2 * len(group_docs(SET, style)), (style, family)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (US, "boil"), (UK, "roadworks"), (IN, "rain"), (NG, "grid"), (IT, "sciopero"),
        (AN, "correction"), (PH, "signal"), (PL, "wiatr"), (WI, "correction"), (TH, "fun"),
        (SB, "leave"), (ZA, "giveaway")))


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
            (US, "ad", "ADVERTISEMENT"),
            (UK, "comments", "Comments are moderated in line with our community rules. Please "
                             "keep it respectful."),
            (IT, "riproduzione", "© RIPRODUZIONE RISERVATA"),
            (NG, "ad", "- Advertisement -")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    first_title = bodies(SET, 1)[0].title
    assert rendered(SET, US, "video", d(2018, 7, 9)) == f"▶️ WATCH: {first_title}"
    assert rendered(SET, TH, "share", d(2018, 7, 9)) == f"แชร์ข่าวนี้: {first_title}"
    assert rendered(SET, ZA, "feed", d(2018, 7, 9)) == (
        f"The post {first_title} appeared first on Fynbos & Fig.")
    for style, family in ((US, "/video"), (TH, "/share"), (ZA, "/feed")):
        own = own_title_lines(group_docs(SET, style), family)
        assert own and sum(title in norm(text) for title, text in own) >= 0.6 * len(own), style
    assert_links_to_other_titles(docs, fams, (
        (f"{UK}/read-more", "READ MORE: "),
        (f"{NG}/read-also", "READ ALSO: "),
        (f"{AN}/related", "Related: "),
    ))
    # links whose prefix changed: either prefix, then another article's title
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{US}/related", ("RELATED: ", "READ MORE: ")),
                          (f"{IN}/also", ("Also Read | ", "ALSO READ: ")),
                          (f"{IT}/leggi", ("LEGGI ANCHE: ", "Potrebbe interessarti: ")),
                          (f"{PL}/czytaj", ("Czytaj też: ", "ZOBACZ TEŻ: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith((f"{US}/related", f"{IN}/also", f"{IT}/leggi",
                                    f"{PL}/czytaj")):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_names_and_places_in_bylines() -> None:
    fams = by_family(planted_docs(SET))
    for fam, pool_name, old, new in (
            (f"{IT}/autore", "autore", r"di (.+)", r"(.+) – Gazzetta dello Stretto"),
            (f"{PL}/autor", "autor", r"Autor: (.+)", r"oprac\. (.+)")):
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.75 * len(names), (
                fam, pattern)
    for style, family, pool_name, pattern in (
            (UK, "byline", "beat", r".+?, (.+)"),
            (IN, "byline", "city", r"Written by .+ \| (.+) \|"),
            (NG, "byline", "city", r"From .+?, (.+)"),
            (TH, "phukhian", "phukhian", r"(?:ผู้เขียน: |ข่าว: )([^|]+?)(?: \|.*)?"),
            (PH, "dateline", "city", r"(.+), Philippines —")):
        values = pool(SET, style, pool_name)
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.fullmatch(pattern, norm(t)))]
        assert found and sum(v in values for v in found) >= 0.75 * len(found), (style, family)
    # a reporter keeps one beat: the beat follows the name
    beats: dict[str, set[str]] = {}
    for text in fams[f"{UK}/byline"]:
        if m := re.fullmatch(r"(\S+ \S+), (.+)", norm(text)):
            beats.setdefault(m[1], set()).add(m[2])
    assert beats and sum(len(b) == 1 for b in beats.values()) >= 0.75 * len(beats)


def test_one_origin_and_one_company_per_page() -> None:
    """The cross-posting blog's byline names the origin its origin line names; the wire's
    release header, safe-harbour block and source line name one company."""
    origins, companies = pool(SET, AN, "origin"), pool(SET, WI, "company")
    seen = {AN: 0, WI: 0}
    for doc in group_docs(SET, AN):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        by = re.fullmatch(r"Authored by .+ via (.+),", lines.get("byline", ""))
        at = re.search(r"(?:published at|this article is) (.+?)(?:\. Republished.*)?$",
                       lines.get("origin", ""))
        if by and at and by[1] in origins and at[1] in origins:
            assert by[1] == at[1], (lines["byline"], lines["origin"])
            seen[AN] += 1
    for doc in group_docs(SET, WI):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        source = re.fullmatch(r"SOURCE (.+)", lines.get("source", ""))
        if source and source[1] in companies and lines.get("provided") in companies:
            assert lines["provided"] == source[1]
            if "about" in lines:
                assert lines["about"] in (f"About {source[1]}", f"About  {source[1]}")
            seen[WI] += 1
    assert seen[AN] >= 3 and seen[WI] >= 3, seen


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (US, "ad", "ADVERTISEMENT"), (UK, "related", "Related Articles"),
        (IN, "ad", "Advertisement"), (NG, "ad", "- Advertisement -"),
        (NG, "share", "Please share this story:"), (IT, "pubblicita", "PUBBLICITÀ"),
        (IT, "riproduzione", "© RIPRODUZIONE RISERVATA"),
        (AN, "continue", "Story continues below advertisement"),
        (PH, "continue", "Continue reading below ↓"), (PL, "reklama", "REKLAMA"),
        (WI, "end", "###"), (WI, "provided-head", "News provided by"),
        (WI, "contact-head", "Media Contact:"), (TH, "khosana", "โฆษณา"),
        (ZA, "like", "Like Loading..."), (ZA, "related", "Related"),
        (ZA, "share-head", "Share this:"), (ZA, "jump", "Jump to Recipe · Print Recipe")))
    assert_values_from_pool(SET, fams, ((f"{US}/kicker", "kicker"), (f"{UK}/kicker", "kicker"),
                                        (f"{IN}/kicker", "kicker")))
    assert_group_values_from_pool(SET, ((NG, "kicker", "kicker"), (IT, "categoria", "categoria"),
                                        (PH, "kicker", "kicker"), (PL, "kategoria", "kategoria"),
                                        (TH, "mod", "mod"), (PH, "initials", "initials"),
                                        (WI, "phone", "phone"), (WI, "provided", "company")))
    for style, family, pool_name in ((NG, "tags", "tag"), (AN, "tags", "tag"),
                                     (TH, "tag", "tag")):
        values = pool(SET, style, pool_name)
        lists = [norm(t).partition(": ")[2] for t in group_lines(SET, style, family)]
        items = [item for t in lists for item in t.split(", ")]
        assert items and sum(i in values for i in items) >= 0.75 * len(items), (style, family)
    for letters, fam in (("ìè", f"{IT}/data"), ("ąęśźżółń", f"{PL}/data"),
                         ("กขคงจ", f"{TH}/wela"), ("—", f"{PH}/dateline"),
                         ("∙", f"{SB}/platform"), ("·", f"{ZA}/share"),
                         ("#", f"{SB}/issue"), ("↓", f"{PH}/continue")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WI: (["provided-head", "provided", "when"], 2),
        ZA: (["share-head", "share"], 2),
        UK: (["copyright", "company"], 2),
        IT: (["testata", "editore"], 2),
        NG: (["copyright", "contact"], 2)})
    assert_group_blocks_stay_together(SET, {WI: (["contact-head", "contact", "phone"], 2),
                                            ZA: (["like-head", "like"], 2)})
    assert_group_blocks_stay_together(SET, {WI: (["fls-head", "fls"], 2),
                                            ZA: (["reply", "required", "akismet"], 2)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
