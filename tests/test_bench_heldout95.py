"""The held-back-95 template set (`tests.bench.heldout_templates_95`): its localised dates
(printed day by day in English, Swahili, Amharic, Somali, Kinyarwanda, Luganda, Afaan Oromo
and Tigrinya, several changing form on the day of a redesign, two in the Ethiopian calendar,
two by a weekly's issue), the lines that turn every day, week or month (rates on working days
and every week, the coffee auction, the coffee price, a radio's programme by weekday, the next
Umuganda), the seasons of rains, kiremt, snow, winds and cloves, the notices it rewords by
date, the calendars some notices follow (votes, a re-run, an annulled one and a postponed
one, emergencies, curfews, lockdowns, internet cuts, a cyclone, locusts, a census, Kwibuka,
Meskel, Timket, Genna, Fasika, Ashenda, Irreechaa, Ramadan and the Eids, Martyrs' Day, the
Kabaka's coronation, the book fair, national days with their counts, events called off in
2020), the amounts in its appeals and prices, the lines in several languages and scripts, the
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

from tests.bench.heldout_calendar import orthodox_easter
from tests.bench.heldout_templates_95 import (
    AM_REDESIGN,
    AMHARIC_MONTHS,
    EID_FITR,
    FIRST_DAY,
    IRREECHAA,
    LAST_DAY,
    LG_REDESIGN,
    MN_REDESIGN,
    OM_REDESIGN,
    RW_HUYE_REDESIGN,
    RW_REDESIGN,
    SO_REDESIGN,
    TI_REDESIGN,
    TZ_REDESIGN,
    UMUGANDA_PAUSED,
    coffee_auction,
    coffee_price,
    etb_rate,
    ethiopian,
    ethiopian_day,
    jb_issue,
    kes_rate,
    lg_issue,
    made_up,
    next_umuganda,
    slsh_rate,
    ssp_rate,
    thousands,
    tzs_rate,
    umuganda,
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

SET = "held-back-95"
SITES = ("Rift Wire", "Mwambao Tanga", "Gihon Zena", "Maroodi Jeex News", "Inkingi Huye",
         "Kyaddondo Leero", "Sagalee Adaamaa", "Mewaelti Mekelle", "Jangwani FM",
         "Codka Twin Cities", "Nile Junction Weekly", "Kisiwani Mwetu")
RW, TZ, AM, SO = ("riftwire.com", "mwambaotanga.co.tz", "gihonzena.com.et",
                  "maroodijeexnews.com")
HY, LG, OM, TI = ("inkingihuye.rw", "kyaddondoleero.co.ug", "sagaleeadaamaa.com",
                  "mewaeltimekelle.com")
JF, MN, JB, PB = ("jangwanifm.or.ke", "codkatwincities.com", "nilejunctionweekly.com",
                  "kisiwanimwetu.or.tz")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((RW, "dateline"), (TZ, "tarehe"), (AM, "ken"), (SO, "taariikh"), (HY, "itariki"),
         (LG, "olunaku"), (OM, "guyyaa"), (TI, "aluta"), (JF, "posted"), (MN, "date"),
         (PB, "tarehe"))
# The lines that turn every day, every week, on working days or every month.
PERIODIC = ((RW, "fx"), (RW, "coffee"), (TZ, "dola"), (AM, "mindizri"), (SO, "sarrif"),
            (HY, "umuganda"), (LG, "nnamba"), (OM, "buna"), (JF, "leo"), (JB, "issue"),
            (JB, "market"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((RW, "notice"), (TZ, "tangazo-kuu"), (AM, "mastawekia"), (SO, "ogeysiis"),
           (HY, "itangazo"), (LG, "ekirango"), (OM, "beeksisa"), (TI, "mlikti"),
           (JF, "salamu"), (MN, "notice"), (JB, "notice"), (PB, "taarifa"))
SEASONAL = ((TZ, "mvua"), (AM, "wekt"), (HY, "icyunamo"), (LG, "obudde"), (OM, "roobni"),
            (JF, "msimu"), (MN, "snow"), (JB, "roads"), (PB, "upepo"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    RW: "Follow Rift Wire on Twitter for the day's top stories",
    TZ: "Tufuate Facebook na Instagram: Mwambao Tanga",
    AM: "በፌስቡክ ይከታተሉን፦ Gihon Zena",
    SO: "Nagala soco Facebook: Maroodi Jeex News",
    HY: "Dukurikire kuri Facebook na Twitter: Inkingi Huye",
    LG: "Tugoberere ku Facebook: Kyaddondo Leero",
    OM: "Facebook irratti nu hordofaa: Sagalee Adaamaa",
    TI: "ኣብ ፌስቡክ ተኸታተሉና፡ Mewaelti Mekelle",
    JF: "Tuma salamu zako kwa SMS: 22000",
    MN: "Like us on Facebook: Codka Twin Cities",
    JB: "Send letters and notices to the newsroom on Hai Malakal road",
    PB: "Tuma taarifa za kijiji chako kwa barua pepe: habari@kisiwanimwetu.or.tz",
}

ETHIOPIC = r"[\u1200-\u137F]"
AMHARIC = r"ነው|ዓ\.ም\."  # the copula and the era as Amharic writes them
TIGRINYA = r"እዩ|ኣ"  # the copula and a letter Tigrinya writes, Amharic seldom
LATIN = r"[A-Za-z]"
ASCII_DIGIT = re.compile(r"[0-9]")

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 26), d(2018, 3, 10), d(2019, 4, 14),
        d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    # the Ethiopian calendar: new years on 11 or 12 September, Pagume of five or six days
    assert ethiopian(d(2015, 9, 12)) == (2008, 1, 1)
    assert ethiopian(d(2016, 9, 11)) == (2009, 1, 1)
    assert ethiopian(d(2019, 9, 11)) == (2011, 13, 6)
    assert ethiopian(d(2020, 9, 10)) == (2012, 13, 5)
    assert ethiopian(d(2016, 3, 5)) == (2008, 6, 26)
    assert [ethiopian_day(1, 17)(y) for y in (2015, 2016, 2019)] == [
        d(2015, 9, 28), d(2016, 9, 27), d(2019, 9, 28)]
    assert ethiopian_day(5, 11)(2020) == d(2020, 1, 20)
    assert ethiopian_day(5, 11)(2019) == d(2019, 1, 19)
    assert ethiopian_day(4, 29)(2018) == d(2018, 1, 7)
    assert ethiopian_day(12, 16)(2018) == d(2018, 8, 22)
    # Umuganda on the last Saturday of each month
    assert umuganda(2019, 6) == d(2019, 6, 29) and umuganda(2015, 1) == d(2015, 1, 31)
    assert next_umuganda(d(2019, 6, 29)) == d(2019, 6, 29)
    assert next_umuganda(d(2019, 6, 30)) == d(2019, 7, 27)
    assert next_umuganda(d(2018, 12, 31)) == d(2019, 1, 26)
    # weeks, working days, issues, made-up numbers
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert thousands(2185) == "2,185"
    assert lg_issue(d(2015, 1, 1)) == (412, d(2015, 1, 1))
    assert jb_issue(d(2015, 1, 7)) == (5, 180, d(2015, 1, 7))
    for day in every_day():
        assert kes_rate(day) == kes_rate(working_day(day))
        assert tzs_rate(day) == tzs_rate(working_day(day))
        assert etb_rate(day) == etb_rate(working_day(day))
        assert slsh_rate(day) == slsh_rate(week_from(day, 5)) and slsh_rate(day) % 50 == 0
        assert coffee_auction(day) == coffee_auction(week_from(day, 1))
        assert coffee_price(day) == coffee_price(week_from(day, 0))
        assert ssp_rate(day) == ssp_rate(week_from(day, 2))
        number, thursday = lg_issue(day)
        assert thursday.weekday() == 3 and lg_issue(day + 7 * one)[0] == number + 1
        volume, issue, wednesday = jb_issue(day)
        assert wednesday.weekday() == 2 and volume == wednesday.year - 2010
        assert 88 <= kes_rate(day) <= 112 and 1700 <= tzs_rate(day) <= 2340
        assert 20 <= etb_rate(day) <= 39 and 6000 <= slsh_rate(day) <= 9500
    assert kes_rate(d(2020, 12, 1)) > kes_rate(d(2015, 2, 2)) + 15
    assert etb_rate(d(2017, 10, 10)) > etb_rate(d(2017, 10, 9)) + 4  # the devaluation
    assert etb_rate(d(2020, 12, 1)) > 35
    assert ssp_rate(d(2015, 6, 3)) < 25 and ssp_rate(d(2016, 9, 7)) > 60
    assert ssp_rate(d(2020, 12, 2)) > 400


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(RW, "dateline", old, r"[A-Z ]+, Mar 5 \(Rift Wire\) -")
    full(RW, "dateline", new, r"[A-Z ]+ \(Rift Wire\) — Friday 21/06/2019")
    full(RW, "fx", new, r"FX: CBK mean rate 10\d\.\d{4} shillings to the dollar")
    full(RW, "coffee", new, r"Coffee auction \(18 Jun\): average \$\d{3} per 50kg bag")
    full(TZ, "tarehe", old, "Jumamosi, Machi 5, 2016")
    full(TZ, "tarehe", new, r"Ijumaa 21\.06\.2019 \| \d\d:\d\d")
    full(TZ, "dola", new, r"💵 Kiwango cha ubadilishaji: Dola 1 = TSh 2,\d{3}")
    full(AM, "ken", old, "ባሕር ዳር፣ ቅዳሜ የካቲት 26 ቀን 2008 ዓ.ም.")
    full(AM, "ken", new, r"ዓርብ፣ ሰኔ 14 ቀን 2011 ዓ\.ም\. \(21/06/2019 እ\.ኤ\.አ\.\)")
    full(AM, "ken", d(2019, 9, 11), r"ረቡዕ፣ ጳጉሜ 6 ቀን 2011 ዓ\.ም\. .+")
    full(SO, "taariikh", old, r"Hargeysa \(5 Maarso 2016\)")
    full(SO, "taariikh", new, r"Jimco, 21 Juun, 2019 - \d\d:\d\d")
    full(SO, "sarrif", new, r"💱 Sarrifka suuqa Hargeysa toddobaadkan: \$1 = \d,\d{3} SlSh")
    full(HY, "itariki", old, "Huye, Ku wa Gatandatu 5 Werurwe 2016")
    full(HY, "itariki", new, r"Ku wa Gatanu, 21/06/2019 saa \d\d:\d\d")
    full(HY, "umuganda", new, "🧹 Umuganda utaha: 29 Kamena 2019")
    full(LG, "nnamba", old, r"Nnamba 473 · Lwakuna, 3 Maaki 2016")
    full(LG, "olunaku", old, "Lwamukaaga, Maaki 5, 2016")
    full(LG, "olunaku", new, r"Kampala \| 21 Juuni 2019 \| \d\d:\d\d")
    full(OM, "guyyaa", old, "Adaamaa, Bitootessa 5, 2016")
    full(OM, "guyyaa", new, r"Jimaata, 21 Waxabajjii 2019 \| \d\d:\d\d")
    full(OM, "buna", new, r"☕ Gatii bunaa torban kanaa: kiiloo tokko qarshii \d{2,3}")
    full(TI, "aluta", old, "መቐለ፡ 26 ለካቲት 2008 ዓ.ም")
    full(TI, "aluta", new, r"ዓርቢ፡ 14 ሰነ 2011 ዓ\.ም · \d\d:\d\d")
    full(JF, "posted", old, "Posted 5 March 2016 · Jumamosi")
    full(JF, "leo", new, r"📻 Leo \(Ijumaa\): Ijumaa Mubaraka saa 6 mchana")
    full(MN, "date", old, "Saturday, March 5, 2016")
    full(MN, "date", new, r"Friday, June 21, 2019 \| Jimco, 21 Juun 2019")
    full(JB, "issue", old, r"Vol\. 6 No\. 240 \| Wednesday 2 March 2016")
    full(JB, "market", new, r"Market watch: \$1 = SSP \d+ on the parallel market this week")
    full(PB, "tarehe", old, "Chake Chake, Jumamosi 5 Machi 2016")
    full(LG, "bya", d(2019, 1, 3), r"Bya .+, (Omusasi waffe|Omukunzi w'amawulire|Omuwandiisi)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert ("(Rift Wire) -" in on(RW, "dateline", day)) == (day < RW_REDESIGN)
        assert (" | " in on(TZ, "tarehe", day)) == (day >= TZ_REDESIGN)
        am = on(AM, "ken", day)
        assert am.startswith("ባሕር ዳር") == (day < AM_REDESIGN)
        y, m, dd = ethiopian(day)
        assert f"{AMHARIC_MONTHS[m - 1]} {dd} ቀን {y} ዓ.ም." in am
        assert on(SO, "taariikh", day).startswith("Hargeysa") == (day < SO_REDESIGN)
        assert on(HY, "itariki", day).startswith("Huye") == (day < RW_HUYE_REDESIGN)
        assert on(LG, "olunaku", day).startswith("Kampala") == (day >= LG_REDESIGN)
        assert on(OM, "guyyaa", day).startswith("Adaamaa") == (day < OM_REDESIGN)
        ti = on(TI, "aluta", day)
        assert ti.startswith("መቐለ") == (day < TI_REDESIGN) and f" {y} ዓ.ም" in ti
        assert ("|" in on(MN, "date", day)) == (day >= MN_REDESIGN)
    # the wire's old dateline gives the month and the day, not the year
    before = [day for day in every_day() if day < RW_REDESIGN]
    assert len(seen.pop((RW, "dateline"))) == len({(day.month, day.day) for day in before}) + (
        len(every_day()) - len(before))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((RW, "fx"), (TZ, "dola"), (AM, "mindizri")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    for domain, family, weekday in ((RW, "coffee", 1), (SO, "sarrif", 5), (LG, "nnamba", 3),
                                    (OM, "buna", 0), (JB, "issue", 2), (JB, "market", 2)):
        turned = changes(domain, family)
        assert len(turned) >= 150, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    assert len(changes(JF, "leo")) == len(every_day()) - 1  # 1 January 2015 is the first
    assert len({on(JF, "leo", day) for day in every_day()}) == 7
    # the next Umuganda turns the day after each one, until the 2020 lockdown
    turned = changes(HY, "umuganda")
    assert 55 <= len(turned) <= 65
    assert all((day - one).weekday() == 5 for day in turned if day < UMUGANDA_PAUSED)
    assert "wahagaritswe" in on(HY, "umuganda", d(2020, 8, 1))
    for day in every_day():
        if day < UMUGANDA_PAUSED:
            nxt = next_umuganda(day)
            assert on(HY, "umuganda", day).startswith(f"🧹 Umuganda utaha: {nxt.day} ")
        assert thousands(tzs_rate(day)) in on(TZ, "dola", day)
        assert f"{etb_rate(day):.2f}" in on(AM, "mindizri", day)
    assert "TSh 1,7" in on(TZ, "dola", d(2015, 1, 5))
    assert "TSh 2,3" in on(TZ, "dola", d(2020, 6, 1))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Masika" in on(TZ, "mvua", d(y, 4, 1)) and "Vuli" in on(TZ, "mvua", d(y, 11, 1))
        assert "Kiangazi" in on(TZ, "mvua", d(y, 1, 20))
        assert "ክረምት" in on(AM, "wekt", d(y, 8, 1)) and "በጋ" in on(AM, "wekt", d(y, 12, 1))
        assert "Iminsi 100" in on(HY, "icyunamo", d(y, 5, 1))
        assert "Iminsi 100" not in on(HY, "icyunamo", d(y, 7, 5))
        assert "Ttoggo" in on(LG, "obudde", d(y, 4, 1)) and "Dumbi" in on(LG, "obudde",
                                                                         d(y, 10, 1))
        assert "Ganna" in on(OM, "roobni", d(y, 7, 1)) and "Birraa" in on(OM, "roobni",
                                                                         d(y, 12, 1))
        assert "masika" in on(JF, "msimu", d(y, 4, 1)) and "vuli" in on(JF, "msimu",
                                                                       d(y, 11, 1))
        assert "Snow emergency" in on(MN, "snow", d(y, 1, 15))
        assert "Summer" in on(MN, "snow", d(y, 7, 1))
        assert "Rainy season" in on(JB, "roads", d(y, 8, 1))
        assert "Dry season" in on(JB, "roads", d(y, 2, 1))
        assert "Kaskazi" in on(PB, "upepo", d(y, 1, 15)) and "Kusi" in on(PB, "upepo",
                                                                          d(y, 7, 1))
        assert "karafuu" in on(PB, "upepo", d(y, 9, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # the wire: two visits, three votes, remote working
    assert "Pope" in on(RW, "notice", d(2015, 11, 26))
    assert "repeat presidential" in on(RW, "notice", d(2017, 10, 25))
    assert "Tanzania votes" in on(RW, "notice", d(2020, 10, 30))
    assert "remotely" in on(RW, "notice", d(2020, 4, 1))
    # Tanga: Union Day and Uhuru with their counts (a clean-up day in 2015), the votes
    assert counts_in(TZ, "tangazo-kuu", r"Miaka (\d+) ya Muungano") == {
        str(n) for n in range(51, 56)}  # 2020's: the schools closed
    assert counts_in(TZ, "tangazo-kuu", r"Miaka (\d+) ya Uhuru") == {
        str(n) for n in range(55, 60)}
    assert "usafi" in on(TZ, "tangazo-kuu", d(2015, 12, 9))
    assert counts_in(TZ, "tangazo-kuu", r"Sabasaba (\d{4})") == years
    assert "Shule zimefungwa" in on(TZ, "tangazo-kuu", d(2020, 4, 1))
    assert "Uchaguzi Mkuu 2020" in on(TZ, "tangazo-kuu", d(2020, 10, 30))
    assert "Serikali za Mitaa" in on(TZ, "tangazo-kuu", d(2019, 11, 20))
    # Bahir Dar: the Ethiopian feasts, the emergencies, the internet cut, the vote put off
    assert counts_in(AM, "mastawekia", r"ለ(\d{4}) ዓ\.ም\. አዲስ") == {
        str(n) for n in range(2008, 2014)}
    assert counts_in(AM, "mastawekia", r"ለ(\d{4}) ዓ\.ም\. የጥምቀት") == {
        str(n) for n in range(2007, 2013)}
    assert counts_in(AM, "mastawekia", r"(\d+)ኛው የዓድዋ") == {str(n) for n in range(119, 125)}
    for y in range(2015, 2021):  # the feasts' greetings break into the emergencies
        assert "ትንሣኤ" in on(AM, "mastawekia", orthodox_easter(y)), y
    assert "መስቀል" in on(AM, "mastawekia", d(2015, 9, 28))
    assert "ገና" in on(AM, "mastawekia", d(2016, 1, 7))
    assert "አስቸኳይ" in on(AM, "mastawekia", d(2017, 3, 1))
    assert "ኮሮና" in on(AM, "mastawekia", d(2020, 6, 1))
    assert "ኢንተርኔት" in on(AM, "mastawekia", d(2019, 6, 24))
    assert "ተራዝሟል" in on(AM, "mastawekia", d(2020, 4, 2))
    # Hargeisa: 18 May and 26 June with their counts, the book fair, Ramadan, the Eids
    assert counts_in(SO, "ogeysiis", r"sannadguuradii (\d+)aad") == {
        str(n) for n in range(24, 29)}  # 2020's: the schools closed
    assert counts_in(SO, "ogeysiis", r"Hargeysa (\d{4}): sannadkiisii") == years - {"2020"}
    assert counts_in(SO, "ogeysiis", r"sannadkiisii (\d+)aad") == {str(n) for n in range(8, 13)}
    assert "Sagar" in on(SO, "ogeysiis", d(2018, 5, 19))
    assert "Abaarta" in on(SO, "ogeysiis", d(2017, 4, 1))
    assert "Carrafo" in on(SO, "ogeysiis", d(2016, 9, 12))
    for y, day in EID_FITR.items():  # 2020's fell in the school closure's notice
        text = on(SO, "ogeysiis", dt.date.fromisoformat(day))
        assert ("Iskuulada" in text) if y == 2020 else ("Ciid Mubaarak" in text), y
    # Huye: Kwibuka with its count (2020's in the lockdown too), Kwibohora, the votes
    assert counts_in(HY, "itangazo", r"Kwibuka(\d+):") == {str(n) for n in range(21, 27)}
    assert counts_in(HY, "itangazo", r"Kwibohora(\d+)") == {str(n) for n in range(21, 27)}
    assert "Kamarampaka" in on(HY, "itangazo", d(2015, 12, 15))
    assert "Guma mu rugo" in on(HY, "itangazo", d(2020, 4, 20))
    # Kampala: Martyrs' Day (at home in 2020), the coronation, the 2021 campaigns
    assert "Namugongo" in on(LG, "ekirango", d(2017, 6, 3))
    assert "tewali kugenda" in on(LG, "ekirango", d(2020, 6, 3))
    assert counts_in(LG, "ekirango", r"emyaka (\d+)") == {str(n) for n in range(22, 28)}
    assert counts_in(LG, "ekirango", r"Emyaka (\d+) egy") == {str(n) for n in range(53, 59)}
    assert counts_in(LG, "ekirango", r"Birthday Run (\d{4})") == years - {"2020"}
    assert "Kampeyini" in on(LG, "ekirango", LAST_DAY)
    assert "Paapa" in on(LG, "ekirango", d(2015, 11, 28))
    # Adama: Irreechaa (with few people in 2020), the internet cut
    for y, day in IRREECHAA.items():
        text = on(OM, "beeksisa", dt.date.fromisoformat(day))
        assert ("muraasaan" in text) if y == 2020 else (f"Irreecha {y}" in text), y
    assert "interneetaa" in on(OM, "beeksisa", d(2020, 7, 10))
    assert "Labsiin" in on(OM, "beeksisa", d(2017, 1, 10))
    # Mekelle: Ashenda with its year, the regional vote, the internet cut
    assert counts_in(TI, "mlikti", r"ኣሸንዳ (\d{4})") == {str(n) for n in range(2007, 2013)}
    assert "ክልላዊ ምርጫ" in on(TI, "mlikti", d(2020, 9, 9))
    assert "ኢንተርነት" in on(TI, "mlikti", d(2020, 12, 1))
    assert "ሰላም" in on(TI, "mlikti", d(2018, 7, 10))
    # Isiolo: the national days' counts, drought, the census, locusts, the curfew
    assert counts_in(JF, "salamu", r"Madaraka Day: miaka (\d+)") == {
        str(n) for n in range(52, 57)}  # 2020's: the curfew
    assert counts_in(JF, "salamu", r"miaka (\d+) ya Jamhuri") == {str(n) for n in range(52, 57)}
    assert counts_in(JF, "salamu", r"Lewa Marathon (\d{4})") == years - {"2020"}
    assert "Sensa" in on(JF, "salamu", d(2019, 8, 25))
    assert "Nzige" in on(JF, "salamu", d(2020, 2, 1))
    assert "Kafyu" in on(JF, "salamu", d(2020, 12, 12))
    assert "Ukame" in on(JF, "salamu", d(2017, 3, 1))
    # Minneapolis: the votes, the curfew, 1 July's count, Ramadan
    assert "Curfew" in on(MN, "notice", d(2020, 5, 31))
    assert "primary" in on(MN, "notice", d(2018, 8, 10))
    assert counts_in(MN, "notice", r"1da Luulyo: (\d+) sano") == {str(n) for n in range(55, 61)}
    assert counts_in(MN, "notice", r"Ramadan (\d{4}):") == years - {"2020"}  # stay at home
    # Juba: the fighting, the peace deal, the unity government, Independence's count
    assert "stay indoors" in on(JB, "notice", d(2016, 7, 10))
    assert "Peace deal" in on(JB, "notice", d(2018, 9, 13))
    assert "unity government" in on(JB, "notice", d(2020, 2, 23))
    assert counts_in(JB, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(4, 10)} - {"5"}  # 2016's: the fighting
    # Pemba: the 2015 vote annulled and re-run, Revolution Day's count
    assert "umefutwa" in on(PB, "taarifa", d(2016, 1, 5))
    assert "marudio" in on(PB, "taarifa", d(2016, 3, 18))
    assert counts_in(PB, "taarifa", r"Miaka (\d+) ya Mapinduzi") == {
        str(n) for n in range(51, 57)} - {"52"}  # 2016's: the annulled vote


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (RW, "byline", RW_REDESIGN, "By {author}", "bureau"),
        (RW, "credits", RW_REDESIGN, "Editing by {author2}", "Additional reporting"),
        (RW, "terms", d(2017, 1, 3), "may republish", "subscribers only"),
        (RW, "notice", d(2019, 9, 2), "Twitter", "Morning Brief"),
        (TZ, "na", TZ_REDESIGN, "Na {author}", "Mwambao Tanga"),
        (TZ, "bei", d(2016, 7, 1), "TSh 500", "TSh 700"),
        (TZ, "bei", d(2019, 7, 1), "TSh 700", "TSh 1,000"),
        (TZ, "haki", d(2018, 1, 2), "zimehifadhiwa", "Hairuhusiwi"),
        (AM, "zegabi", AM_REDESIGN, "ዘጋቢ፦ {author}", "ዴስክ"),
        (AM, "abal", d(2020, 1, 6), "ይደግፉ", "{birr}"),
        (AM, "waga", d(2017, 9, 11), "5 ብር", "7 ብር"),
        (AM, "waga", d(2019, 9, 12), "7 ብር", "10 ብር"),
        (SO, "qoraa", SO_REDESIGN, "Qoraa", "Wariye"),
        (SO, "taageero", d(2018, 10, 1), "xor ah", "Zaad"),
        (HY, "yanditswe", RW_HUYE_REDESIGN, "Yanditswe na {author}", "| Inkingi Huye"),
        (HY, "inkunga", d(2018, 1, 8), "ryigenga", "MoMo"),
        (LG, "bya", LG_REDESIGN, "Bya {author}", "{author_beat}"),
        (LG, "bbeeyi", d(2017, 7, 6), "Shs 1,000", "Shs 1,500"),
        (OM, "barreessaa", OM_REDESIGN, "Barreessaa", "Gabaasa"),
        (OM, "beeksisa", d(2019, 5, 6), "Facebook", "Telegram"),
        (TI, "tsehafi", TI_REDESIGN, "ጸሓፊ", "ሪፖርተር"),
        (JF, "masafa", d(2017, 6, 1), "89.4 · Sauti", "101.2 Merti"),
        (JF, "mwandishi", d(2018, 1, 8), "Reported by", "Mwandishi:"),
        (JF, "changia", d(2018, 3, 5), "wasikilizaji", "M-Pesa"),
        (MN, "byline", MN_REDESIGN, "By {author}", "Waxaa qoray"),
        (MN, "donate", d(2017, 9, 5), "consider a donation", "Patreon"),
        (MN, "notice", d(2020, 2, 3), "Facebook", "digest"),
        (JB, "byline", d(2019, 7, 9), "By {author}, Juba", "| Nile Junction Weekly"),
        (JB, "price", d(2016, 1, 6), "SSP 5", "SSP 20"),
        (JB, "price", d(2017, 1, 4), "SSP 20", "SSP 50"),
        (JB, "price", d(2019, 1, 2), "SSP 50", "SSP 200"),
        (PB, "mwandishi", d(2018, 1, 12), "Na {author}", "Imeandikwa na")))
    assert_groups_reworded(SET, (
        (RW, "dateline", "(Rift Wire) -", "(Rift Wire) —"),
        (RW, "byline", "By ", ", Rift Wire bureau"),
        (TZ, "tarehe", ", ", " | "),
        (AM, "ken", "ባሕር ዳር፣", "እ.ኤ.አ."),
        (RW, "terms", "may republish", "subscribers only"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (AM, "ken", ETHIOPIC), (AM, "mebt", AMHARIC), (TI, "aluta", ETHIOPIC),
        (TI, "mebti", TIGRINYA), (TI, "radio", TIGRINYA), (AM, "masatawekia", ETHIOPIC),
        (SO, "taariikh", LATIN), (HY, "itariki", LATIN), (LG, "olunaku", LATIN),
        (OM, "guyyaa", LATIN)))
    somali = [t for t in group_lines(SET, MN, "date") if "Juun" in t or "Luulyo" in t]
    assert somali
    bilingual = [t for t in group_lines(SET, MN, "qayb") if " / " in t]
    assert bilingual
    for style, family in ((AM, "ken"), (TI, "aluta")):
        lines = group_lines(SET, style, family)
        assert lines and all(re.search(ETHIOPIC, t) for t in lines), (style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{RW}/dateline", f"{RW}/byline", f"{RW}/related", f"{RW}/slug",
                         f"{RW}/fx", f"{RW}/credits", f"{TZ}/tarehe", f"{TZ}/soma-pia",
                         f"{TZ}/kipengele", f"{TZ}/dola", f"{AM}/ken", f"{AM}/mindizri"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{RW}/correction", f"{TZ}/ofisi", f"{TZ}/tangazo", f"{AM}/adrasha", f"{AM}/mebt",
        f"{SO}/xuquuq", f"{OM}/fair-use"))
    assert_carried_share(docs, RW, [
        ("dateline", 0.7, 0.97), ("credits", 0.45, 0.75), ("related", 0.4, 0.75),
        ("correction", 0.0, 0.1), ("notice", 0.12, 0.4)])
    assert_carried_share(docs, TZ, [("tarehe", 0.65, 0.93), ("tangazo", 0.0, 0.2)])
    for fam in (f"{RW}/related", f"{TZ}/soma-pia", f"{AM}/tezamaj"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{RW}/photo", f"{TZ}/picha", f"{AM}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((RW, "photo"), (TZ, "picha"), (TZ, "tangazo"), (AM, "foto"),
                               (AM, "masatawekia"), (SO, "sawir"), (HY, "ifoto"),
                               (LG, "ekifaananyi"), (OM, "suuraa"), (TI, "sealy"),
                               (JF, "sikiliza"), (MN, "read-also"), (JB, "also"),
                               (PB, "nyingine")))
    beats = {m[1] for t in group_lines(SET, LG, "bya")
             if (m := re.fullmatch(r"Bya [^,]+, (.+)", norm(t)))}
    assert beats and beats <= pool(SET, LG, "beat")
    cities = {m[1] for t in group_lines(SET, RW, "dateline")
              if (m := re.match(r"([A-Z ]+?)(?:,| \()", norm(t)))}
    assert len(cities) >= 5 and cities <= pool(SET, RW, "city")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (AM, "abal", r"በወር (\d+) ብር", "birr"),
            (SO, "taageero", r"\$(\d+) Zaad", "lacag"),
            (HY, "inkunga", r"FRW (\d+) kuri", "amafaranga")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
    prices = {y: on(TZ, "bei", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "TSh 500" in prices[2015] and "TSh 700" in prices[2017]
    assert "TSh 1,000" in prices[2019] and "10,000" in prices[2020]
    assert "SSP 5" in on(JB, "price", d(2015, 6, 1)) and "SSP 200" in on(JB, "price",
                                                                         d(2020, 6, 1))
    assert "$5 a month" in on(MN, "donate", d(2019, 1, 1))
    assert "Shs 1,500" in on(LG, "bbeeyi", d(2019, 1, 1))
    seen = {m[1] for t in group_lines(SET, TZ, "bei")
            if (m := re.search(r"TSh ([\d,]+)", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (RW, "correction"), (TZ, "maji"), (AM, "mebrat"), (SO, "wadada"), (HY, "umuhanda"),
        (LG, "masanyalaze"), (OM, "karaa"), (TI, "may"), (JF, "hewani"), (MN, "parking"),
        (JB, "printing"), (PB, "boti")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{RW}/related", "RELATED: "), (f"{TZ}/soma-pia", "Soma pia: "),
        (f"{AM}/tezamaj", "ተዛማጅ ዜና፦ "), (f"{SO}/akhri", "Akhri sidoo kale: "),
        (f"{HY}/soma", "Soma nanone: "), (f"{LG}/soma-ne", "Soma ne: "),
        (f"{OM}/dubbisaa", "Dabalataan dubbisaa: "), (f"{TI}/anbibu", "ተወሳኺ ኣንብቡ፡ ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (TZ, "tangazo", "TANGAZO"),
        (AM, "masatawekia", "ማስታወቂያ"),
        (TZ, "ofisi", "Ofisi: Barabara ya 14, S.L.P. 0000, Tanga · Simu: 027 000 0000"),
        (TI, "radio", "እዚ ጽሑፍ ቅድሚ ሕጂ ኣብ ፕሮግራም ረድዮና ተፈኒዩ ነይሩ።"),
        (OM, "fair-use", "Oduu kana liinkii waliin qooduun ni danda'ama; guutummaan "
                         "garagalchuun hin hayyamamu."),
        (JB, "letters", "Letters: keep them short, sign them and give your county.")))
    for style, family, pattern, pool_name in (
            (RW, "slug", r"^(.+)$", "slug"),
            (RW, "update", r"^(.+)-$", "update"),
            (TZ, "kipengele", r"^(.+)$", "kipengele"),
            (TZ, "mji", r"^(.+):$", "mji"),
            (TZ, "picha", r"^PICHA: (.+)$", "picha"),
            (AM, "kifil", r"^(.+)$", "kifil"),
            (SO, "qayb", r"^(.+)$", "qayb"),
            (SO, "gobol", r"^(.+) \(MJN\) -$", "gobol"),
            (HY, "igice", r"^(.+)$", "igice"),
            (LG, "kitundu", r"^(.+)$", "kitundu"),
            (OM, "kutaa", r"^(.+)$", "kutaa"),
            (OM, "godina", r"^(.+) \(SA\) -$", "godina"),
            (TI, "kifli", r"^(.+)$", "kifli"),
            (MN, "qayb", r"^(.+)$", "qayb")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (TZ, "ofisi", "Ofisi: Barabara ya 14, S.L.P. 0000, Tanga · Simu: 027 000 0000"),
        (AM, "adrasha", "አድራሻ፦ ቀበሌ 00፣ ባሕር ዳር · ስልክ፦ 058 000 0000"),
        (OM, "fair-use", "Oduu kana liinkii waliin qooduun ni danda'ama; guutummaan "
                         "garagalchuun hin hayyamamu.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        RW: (["credits", "terms"], 2), TZ: (["bei", "haki", "ofisi"], 3),
        AM: (["abal", "waga", "mebt", "adrasha"], 2), SO: (["taageero", "xuquuq"], 2),
        HY: (["inkunga", "uburenganzira"], 2), LG: (["bbeeyi", "eddembe"], 2),
        OM: (["fair-use", "mirga"], 2), TI: (["radio", "mebti"], 2),
        JF: (["changia", "haki"], 2), MN: (["translation", "donate", "copyright"], 2),
        JB: (["price", "letters", "copyright"], 2), PB: (["jumuiya", "haki"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert RW in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
