"""The held-back-84 template set (`tests.bench.heldout_templates_84`): its localised dates
(printed day by day in nine languages, several changing form on the day of a redesign, one
weekly by the Friday issue, one monthly by the issue's number with no August issue, several
with a time zone that follows the clocks of New South Wales, New Zealand or Fiji, one with the
Northern Territory's that never changes), the lines that turn every day or every week (the
fire danger rating and the dam, sunrise and sunset in Lerwick, the ferries, a word of the
day, the kina's rate, the mill's cane), the wet, dry and build-up seasons, the notices it
rewords by date, the calendars some notices follow (votes and referendums, a postponed
election, cyclones, storms, the measles emergency, an earthquake, bushfires, the 2020
lockdowns, border closures and biosecurity zones, national days with their counts, Diwali,
White Sunday, Up Helly Aa, Tynwald Day, the Mòd, the Eisteddfod, the TT and festivals called
off in 2020), the amounts in its appeals and prices, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_templates_84 import (
    CY_REDESIGN,
    FIJI_SUMMER,
    FIRST_DAY,
    FJ_REDESIGN,
    GAELIC_WEEKDAYS,
    GD_REDESIGN,
    IE_REDESIGN,
    IM_REDESIGN,
    IRISH_WEEKDAYS,
    KUPU,
    LAST_DAY,
    MAORI_WEEKDAYS,
    MI_REDESIGN,
    NT_REDESIGN,
    PG_REDESIGN,
    RATINGS,
    RC_REDESIGN,
    SAMOAN_WEEKDAYS,
    SH_REDESIGN,
    TO_REDESIGN,
    TOK_PISIN_WEEKDAYS,
    TONGAN_WEEKDAYS,
    WS_REDESIGN,
    cane_tonnes,
    crushing,
    dam_level,
    fiji_summer_time,
    fire_danger,
    issue_friday,
    issue_number,
    kina_rate,
    lerwick_sun,
    monday_of,
    nsw_daylight_time,
    nz_daylight_time,
    tynwald_day,
    uk_summer_time,
    white_sunday,
    word_of_the_day,
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
)

SET = "held-back-84"
SITES = (
    "The Riverina Clarion",
    "Vanua Levu Sun",
    "Hailans Tok Save",
    "The Bressay Sound",
    "Scéala an Iarthair",
    "Te Mānuka FM",
    "Guth Uibhist",
    "Le Fetu o Savaii",
    "Leʻo ʻo Vavaʻu",
    "Papur Pentir",
    "Big Rivers Radio",
    "Purt ny Hinshey News",
)
RC, FJ, PG, SH = (
    "riverinaclarion.com.au",
    "vanualevusun.com.fj",
    "hailanstoksave.com.pg",
    "bressaysound.co.uk",
)
IE, MI, GD, WS = ("scealaaniarthair.ie", "manukafm.iwi.nz", "guthuibhist.scot", "lefetusavaii.ws")
TO, CY, NT, IM = ("leoovavau.to", "papurpentir.cymru", "bigriversradio.org.au", "purtnyhinshey.im")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = (
    (FJ, "dated"),
    (PG, "dated"),
    (IE, "dated"),
    (MI, "dated"),
    (GD, "dated"),
    (WS, "dated"),
    (TO, "dated"),
    (NT, "dated"),
    (IM, "dated"),
)
# The lines that turn every day, every week, every month or with the clocks.
PERIODIC = (
    (RC, "stamp"),
    (RC, "outlook"),
    (FJ, "mill"),
    (PG, "kina"),
    (SH, "issue"),
    (SH, "daylight"),
    (SH, "ferry"),
    (MI, "whakahou"),
    (MI, "kupu"),
    (GD, "aiseag"),
    (CY, "rhifyn"),
)
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = (
    (RC, "notice"),
    (FJ, "notice"),
    (PG, "notice"),
    (SH, "notice"),
    (IE, "notice"),
    (MI, "notice"),
    (GD, "notice"),
    (WS, "notice"),
    (TO, "notice"),
    (CY, "notice"),
    (NT, "notice"),
    (IM, "notice"),
)

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    RC: "Like The Riverina Clarion on Facebook for breaking news",
    FJ: "Like the Vanua Levu Sun on Facebook for news from the North",
    PG: "Laikim Hailans Tok Save long Facebook",
    SH: "Follow The Bressay Sound on Facebook and Twitter",
    IE: "Lean muid ar Facebook agus ar Twitter",
    MI: "Whakarongo mai ki Te Mānuka FM i te 89.7 FM, i te ipurangi hoki",
    GD: "Lean Guth Uibhist air Facebook",
    WS: "Mulimuli mai i le Facebook a Le Fetu o Savaii",
    TO: "Muimui mai ʻi he Facebook ʻa e Leʻo ʻo Vavaʻu",
    CY: "Dilynwch y papur ar Facebook",
    NT: "Lisin la Big Rivers Radio on 95.3 FM",
    IM: "The House of Manannan is open daily, 10am to 5pm",
}

DEVANAGARI = r"[\u0900-\u097f]"
OKINA = "\u02bb"
MACRON = r"[āēīōūĀĒĪŌŪ]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


def changes(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 (but the first) whose wording differs from the day
    before's."""
    return {
        day for day in every_day()[1:] if on(domain, family, day) != on(domain, family, day - one)
    }


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(
        SET,
        DAILY + PERIODIC + BANNERS,
        (
            d(2015, 1, 1),
            QUIET,
            d(2016, 2, 20),
            d(2017, 10, 16),
            d(2018, 8, 1),
            d(2019, 12, 5),
            d(2020, 4, 11),
            d(2020, 7, 6),
            LAST_DAY,
        ),
    )


def test_helpers() -> None:
    # the clocks: New South Wales, New Zealand, Britain and Fiji
    assert nsw_daylight_time(d(2019, 10, 6)) and not nsw_daylight_time(d(2019, 10, 5))
    assert nsw_daylight_time(d(2019, 4, 6)) and not nsw_daylight_time(d(2019, 4, 7))
    assert nz_daylight_time(d(2019, 9, 29)) and not nz_daylight_time(d(2019, 9, 28))
    assert nz_daylight_time(d(2020, 4, 4)) and not nz_daylight_time(d(2020, 4, 5))
    assert uk_summer_time(d(2019, 3, 31)) and not uk_summer_time(d(2019, 3, 30))
    assert uk_summer_time(d(2019, 10, 26)) and not uk_summer_time(d(2019, 10, 27))
    assert fiji_summer_time(d(2015, 1, 17)) and not fiji_summer_time(d(2015, 1, 18))
    assert fiji_summer_time(d(2019, 11, 10)) and not fiji_summer_time(d(2020, 11, 10))
    assert all(first.weekday() == 6 and end.weekday() == 6 for first, end in FIJI_SUMMER)
    # the sun in Lerwick: long midsummer days, short midwinter ones, BST in summer
    rise, setting, minutes = lerwick_sun(d(2019, 6, 21))
    assert 18 * 60 + 30 < minutes < 19 * 60 + 15 and rise.startswith("03:")
    assert setting.startswith("22:")
    rise, setting, minutes = lerwick_sun(d(2019, 12, 21))
    assert 5 * 60 + 30 < minutes < 6 * 60 and rise.startswith("09:")
    assert setting.startswith("14:") or setting.startswith("15:")
    assert lerwick_sun(d(2019, 3, 31))[0] > lerwick_sun(d(2019, 3, 30))[0]  # the clocks
    # the weekly paper's Friday, the monthly issue's number, movable days
    for day in every_day()[:21]:
        friday = issue_friday(day)
        assert friday.weekday() == 4 and 0 <= (friday - day).days < 7
    assert issue_number(d(2019, 8, 10)) == issue_number(d(2019, 7, 10))
    assert issue_number(d(2019, 9, 1)) == issue_number(d(2019, 7, 1)) + 1
    assert issue_number(d(2020, 1, 1)) == issue_number(d(2019, 12, 1)) + 1
    assert issue_number(d(2020, 1, 1)) - issue_number(d(2019, 1, 1)) == 11
    assert tynwald_day(2015) == d(2015, 7, 6) and tynwald_day(2020) == d(2020, 7, 6)
    assert tynwald_day(2019) == d(2019, 7, 5) and tynwald_day(2016) == d(2016, 7, 5)
    assert tynwald_day(2014) == d(2014, 7, 7)
    for y in range(2015, 2021):
        assert white_sunday(y).weekday() == 6 and 8 <= white_sunday(y).day <= 14
    # the made-up figures: weekly ones turn on Mondays, the kina falls
    for day in every_day():
        monday = monday_of(day)
        assert kina_rate(day) == kina_rate(monday) and dam_level(day) == dam_level(monday)
        assert cane_tonnes(day) == cane_tonnes(monday) and 10 <= dam_level(day) <= 70
        assert fire_danger(day) in RATINGS
    assert kina_rate(d(2020, 12, 1)) < kina_rate(d(2015, 2, 2)) - 0.06
    summer = Counter(fire_danger(day) for day in every_day() if day.month == 1)
    spring = Counter(fire_danger(day) for day in every_day() if day.month == 10)
    assert summer["Low-Moderate"] < spring["Low-Moderate"]
    assert summer["Extreme"] + summer["Severe"] > spring["Extreme"] + spring["Severe"]
    assert crushing(d(2018, 8, 1)) and not crushing(d(2018, 2, 1))
    assert {word_of_the_day(day) for day in every_day()} == set(KUPU)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(RC, "stamp", old, r"Posted 5 March 2016, \d{1,2}:\d\d [AP]M AEDT")
    full(RC, "stamp", new, r"Updated Jun 21, 2019 - \d{1,2}:\d\d [AP]M AEST")
    full(
        RC,
        "byline",
        new,
        r".+, (Journalist|Rural reporter|Courts reporter|Sports editor|"
        r"Chief of staff)",
    )
    full(FJ, "dated", old, "Posted on March 5, 2016")
    full(FJ, "dated", new, r"Friday 21/06/2019, \d{1,2}:\d\d [AP]M FJT")
    full(FJ, "dated", d(2019, 12, 2), r"Monday 02/12/2019, \d{1,2}:\d\d [AP]M FJST")
    full(PG, "dated", old, "Sarere, 5 Mas 2016")
    full(PG, "dated", new, r"21\.06\.2019 \| Apdet \d\d:\d\d")
    full(SH, "issue", old, "From the issue of Friday 11 March 2016")
    full(SH, "issue", d(2016, 3, 11), "From the issue of Friday 11 March 2016")
    full(SH, "issue", new, r"In print Friday 21\.06\.19 · online \d\d:\d\d")
    full(
        SH,
        "daylight",
        new,
        r"☀️ Lerwick today: sunrise 03:\d\d, sunset 22:\d\d "
        r"\(18 h \d\d min of daylight\)",
    )
    full(IE, "dated", old, "Dé Sathairn, 5 Márta 2016")
    full(IE, "dated", new, "Foilsithe: 21/06/2019")
    full(MI, "dated", old, "Rāhoroi, 5 Poutūterangi 2016")
    full(MI, "dated", new, "21 Pipiri 2019 · 21 June 2019")
    full(MI, "whakahou", old, r"Whakahou: \d\d:\d\d NZDT")
    full(MI, "whakahou", new, r"Whakahou: \d\d:\d\d NZST")
    full(GD, "dated", old, "Disathairne 5 am Màrt 2016")
    full(GD, "dated", new, r"21\.06\.19 · \d\d:\d\d")
    full(WS, "dated", old, "Aso To'ona'i, Mati 5, 2016")
    full(WS, "dated", new, "21 Iuni 2019")
    full(TO, "dated", old, "Tokonaki, 5 Maʻasi 2016")
    full(TO, "dated", new, "21/06/2019 · Falaite")
    full(CY, "rhifyn", old, "Rhifyn Mawrth 2016")
    full(CY, "rhifyn", d(2016, 8, 20), "Rhifyn Gorffennaf/Awst 2016")
    full(CY, "rhifyn", new, "Rhif 457 · Mehefin 2019")
    full(CY, "rhifyn", d(2019, 8, 20), "Rhif 458 · Gorffennaf/Awst 2019")
    full(NT, "dated", old, "Saturday 5 March 2016")
    full(NT, "dated", new, "Friday 21 June 2019")
    full(NT, "dated", d(2019, 12, 21), r"21\.12\.2019 · \d\d:\d\d ACST")
    full(IM, "dated", old, "5 March 2016")
    full(IM, "dated", d(2019, 7, 5), "Jeheiney 5 Jerrey Souree 2019 · 5 July 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        fj = on(FJ, "dated", day)
        assert fj.startswith("Posted on") == (day < FJ_REDESIGN), fj
        assert fj.endswith("FJST") == (day >= FJ_REDESIGN and fiji_summer_time(day)), fj
        assert on(PG, "dated", day).startswith(TOK_PISIN_WEEKDAYS[wd]) == (day < PG_REDESIGN)
        assert on(IE, "dated", day).startswith(IRISH_WEEKDAYS[wd] + ",") == (day < IE_REDESIGN)
        mi = on(MI, "dated", day)
        assert mi.startswith(MAORI_WEEKDAYS[wd] + ",") == (day < MI_REDESIGN), mi
        assert (" · " in mi) == (day >= MI_REDESIGN), mi
        assert on(GD, "dated", day).startswith(GAELIC_WEEKDAYS[wd]) == (day < GD_REDESIGN)
        assert on(WS, "dated", day).startswith(SAMOAN_WEEKDAYS[wd] + ",") == (day < WS_REDESIGN)
        to = on(TO, "dated", day)
        assert to.startswith(TONGAN_WEEKDAYS[wd] + ",") == (day < TO_REDESIGN), to
        assert to.endswith(TONGAN_WEEKDAYS[wd]) == (day >= TO_REDESIGN), to
        nt = on(NT, "dated", day)
        assert nt.endswith("ACST") == (day >= NT_REDESIGN) and "ACDT" not in nt, nt
        assert (" · " in on(IM, "dated", day)) == (day >= IM_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_month_or_with_the_clocks() -> None:
    # the posted line turns with the clocks (Sundays) and on the redesign
    stamps = changes(RC, "stamp")
    assert stamps - {RC_REDESIGN} and all(day.weekday() == 6 for day in stamps - {RC_REDESIGN})
    assert len(stamps) == 13 and RC_REDESIGN in stamps
    assert {day.month for day in stamps - {RC_REDESIGN}} == {4, 10}
    clocks = changes(MI, "whakahou")
    assert len(clocks) == 12 and all(day.weekday() == 6 for day in clocks)
    assert {day.month for day in clocks} == {4, 9}
    # the weekly paper turns on Saturdays; the papur bro on the first of a month, not August
    fridays = changes(SH, "issue") - {SH_REDESIGN}
    assert fridays and all(day.weekday() == 5 for day in fridays) and len(fridays) >= 300
    months = changes(CY, "rhifyn")
    assert all(day.day == 1 and day.month != 8 for day in months) and len(months) == 65
    assert CY_REDESIGN in months
    # every day: the sun, the word of the day, the fire danger in its period
    assert len({on(SH, "daylight", day) for day in every_day()}) >= 300
    assert changes(MI, "kupu") == set(every_day()[1:])
    fire = {
        on(RC, "outlook", day)
        for day in every_day()
        if "Fire danger rating" in on(RC, "outlook", day)
    }
    assert {t.rsplit(": ", 1)[1] for t in fire} == set(RATINGS)
    assert all(
        day.month in (10, 11, 12, 1, 2, 3) for day in days_with(RC, "outlook", "Fire danger rating")
    )
    # every week: the dam, the kina, the cane in the crushing season
    dam = {day for day in changes(RC, "outlook") if day.month in range(5, 10)}
    assert dam and all(day.weekday() == 0 for day in dam)
    kina = changes(PG, "kina")
    assert all(day.weekday() == 0 for day in kina) and len(kina) >= 250
    assert re.fullmatch(r"💱 Kina long dispela wik: K1 = US\$0\.\d{4}", on(PG, "kina", QUIET))
    cane = days_with(FJ, "mill", "tonnes of cane")
    assert cane and all(crushing(day) for day in cane)
    assert {day.month for day in cane} <= set(range(6, 13))
    assert "off-season" in on(FJ, "mill", d(2017, 3, 1))
    # the ferries: by the day of the week, storms and the 2020 timetables
    assert "via Kirkwall" in on(SH, "ferry", d(2019, 6, 18))
    assert "direct" in on(SH, "ferry", d(2019, 6, 17))
    assert "Storm Gertrude" in on(SH, "ferry", d(2016, 1, 29))
    assert "lifeline timetable" in on(SH, "ferry", d(2020, 5, 1))
    assert "Didòmhnaich" in on(GD, "aiseag", d(2019, 6, 23))
    assert "Bhàgh a' Chaisteil" in on(GD, "aiseag", d(2019, 6, 18))
    assert "Gertrude" in on(GD, "aiseag", d(2016, 1, 29))
    assert "riatanach" in on(GD, "aiseag", d(2020, 5, 1))
    # the bush fires outrank the rating
    assert "Catastrophic" in on(RC, "outlook", d(2017, 2, 12))
    assert "Dunns Road" in on(RC, "outlook", d(2020, 1, 4))


def test_the_seasons_of_the_top_end() -> None:
    for y in range(2015, 2021):
        assert "Wet season" in on(NT, "seasons", d(y, 2, 1))
        assert "Dry season" in on(NT, "seasons", d(y, 7, 1))
        assert "Build-up" in on(NT, "seasons", d(y, 10, 20))
        assert "Wet season" in on(NT, "seasons", d(y, 12, 20))
    assert len({on(NT, "seasons", day) for day in every_day()}) == 3


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 4, domain
    # national days with their counts
    assert counts_in(FJ, "notice", r"Fiji Day: (\d+) years") == {"45", "46", "47", "48", "49", "50"}
    assert counts_in(PG, "notice", r"Hepi (\d+) Independens") == {
        "40",
        "41",
        "42",
        "43",
        "44",
        "45",
    }
    assert counts_in(MI, "notice", r": (\d+) tau mai") == {"175", "176", "177", "178", "179", "180"}
    assert counts_in(WS, "notice", r"Tutoatasi: (\d+) tausaga") == {
        "53",
        "54",
        "55",
        "56",
        "57",
    }  # 2020's fell in the state of emergency
    assert counts_in(TO, "notice", r"taʻu (\d+) ʻo e tauʻatāina") == {
        "45",
        "46",
        "47",
        "48",
        "49",
        "50",
    }
    assert counts_in(TO, "notice", r"taʻu (\d+) ʻo e Konisitūtone") == {
        "140",
        "141",
        "142",
        "143",
        "144",
        "145",
    }
    # festivals with their towns and years, several called off in 2020
    assert counts_in(GD, "notice", r"Rìoghail \d{4}: (.+)$") == {
        "an Òban",
        "Steòrnabhagh",
        "an Gearasdan",
        "Dùn Omhain",
        "Glaschu",
        "air loidhne",
    }
    assert counts_in(CY, "notice", r"Genedlaethol \d{4}: (.+)$") == {
        "Meifod",
        "Y Fenni",
        "Ynys Môn",
        "Caerdydd",
        "Llanrwst",
    }
    assert "AmGen" in on(CY, "notice", d(2020, 8, 3))
    assert counts_in(RC, "notice", r"Henty Machinery Field Days (\d{4})") == {
        "2015",
        "2016",
        "2017",
        "2018",
        "2019",
    }
    assert counts_in(SH, "notice", r"Folk Festival (\d{4})") == {
        "2015",
        "2016",
        "2017",
        "2018",
        "2019",
    }
    assert counts_in(IM, "notice", r"TT (\d{4})") == {"2015", "2016", "2017", "2018", "2019"}
    assert counts_in(PG, "notice", r"Hagen Sou (\d{4})") == {"2015", "2016", "2017", "2018", "2019"}
    assert counts_in(WS, "notice", r"Teuila (\d{4})") == {"2015", "2016", "2017", "2018", "2019"}
    assert counts_in(NT, "notice", r"Barunga Festival (\d{4})") == {
        "2015",
        "2016",
        "2017",
        "2018",
        "2019",
    }
    # NAIDOC Week moved to November in 2020; Up Helly Aa on the last Tuesday of January
    assert "NAIDOC Week 2020" in on(NT, "notice", d(2020, 11, 10))
    assert "NAIDOC" not in on(NT, "notice", d(2020, 7, 7))
    assert "NAIDOC Week 2019" in on(NT, "notice", d(2019, 7, 10))
    for y, tuesday in ((2015, 27), (2016, 26), (2017, 31), (2018, 30), (2019, 29), (2020, 28)):
        assert f"Up Helly Aa {y}" in on(SH, "notice", d(y, 1, tuesday))
        assert "Up Helly Aa" not in on(SH, "notice", d(y, 1, tuesday) + one)
    # Tynwald Day on the Monday after a weekend; Hop-tu-Naa; the Keys election
    assert "Laa Tinvaal 2020" in on(IM, "notice", d(2020, 7, 6))
    assert "Laa Tinvaal 2019" in on(IM, "notice", d(2019, 7, 5))
    assert "Laa Tinvaal 2015" not in on(IM, "notice", d(2015, 7, 7))
    assert "Hop-tu-Naa" in on(IM, "notice", d(2018, 10, 31))
    assert "Glenfaba" in on(IM, "notice", d(2016, 9, 20))
    # Diwali in Fiji Hindi and Devanagari; cyclones; the curfew
    assert re.search(DEVANAGARI, on(FJ, "notice", d(2019, 10, 27)))
    assert "Winston" in on(FJ, "notice", d(2016, 2, 20))
    assert "natural disaster" in on(FJ, "notice", d(2016, 3, 15))
    assert "Yasa" in on(FJ, "notice", d(2020, 12, 17))
    assert "Harold" in on(FJ, "notice", d(2020, 4, 8))  # a cyclone outranks the curfew
    assert "curfew" in on(FJ, "notice", d(2020, 5, 1))
    # the Riverina: votes, a driveway Anzac Day, the border
    assert "by-election" in on(RC, "notice", d(2018, 9, 8))
    assert "Anzac Day 2019" in on(RC, "notice", d(2019, 4, 24))
    assert "driveway" in on(RC, "notice", d(2020, 4, 25))
    assert "border closed" in on(RC, "notice", d(2020, 9, 1))
    assert "Stay at home" in on(RC, "notice", d(2020, 4, 20))
    assert "newsletters" in on(RC, "notice", d(2018, 10, 1))
    # Papua New Guinea: the election's long count, the earthquake, APEC, the referendum
    assert "Kaunim vot" in on(PG, "notice", d(2017, 7, 20))
    assert "guria" in on(PG, "notice", d(2018, 3, 1))
    assert "APEC" in on(PG, "notice", d(2018, 11, 16))
    assert "Bogenvil" in on(PG, "notice", d(2019, 12, 1))
    # Ireland: storms, referendums, Level 5, Seachtain na Gaeilge
    assert "Ophelia" in on(IE, "notice", d(2017, 10, 16))
    assert "Emma" in on(IE, "notice", d(2018, 3, 1))
    assert "8ú Leasú" in on(IE, "notice", d(2018, 5, 22))
    assert "Leibhéal 5" in on(IE, "notice", d(2020, 11, 10))
    assert "Seachtain na Gaeilge 2019" in on(IE, "notice", d(2019, 3, 10))
    # Aotearoa: the electoral option, the alert levels, the postponed election, Matariki
    assert "Kōwhiringa" in on(MI, "notice", d(2018, 6, 1))
    assert "Taumata 4" in on(MI, "notice", d(2020, 4, 10))
    assert "Taumata 3" in on(MI, "notice", d(2020, 5, 1))
    assert "nekehia" in on(MI, "notice", d(2020, 8, 20))
    assert "Pōti 2020" in on(MI, "notice", d(2020, 10, 15))
    assert "Matariki" in on(MI, "notice", d(2019, 6, 26))
    assert "Te Wiki o te Reo Māori 2018" in on(MI, "notice", d(2018, 9, 12))
    # Samoa: the measles emergency and its shutdown; White Sunday
    assert "misela" in on(WS, "notice", d(2019, 11, 20))
    assert "Tapuni ofisa" in on(WS, "notice", d(2019, 12, 5))
    assert "misela" in on(WS, "notice", d(2019, 12, 10))
    for y in range(2015, 2021):
        assert "Lotu a Tamaiti" in on(WS, "notice", white_sunday(y)) or y == 2020
    assert "Gita" in on(TO, "notice", d(2018, 2, 12))
    assert "Lokitaun" in on(TO, "notice", d(2020, 4, 1))
    assert "Harold" in on(TO, "notice", d(2020, 4, 9))
    # Wales, Shetland and the Uists: votes, the lockdown, the firebreak, the saints
    assert "Cyfnod atal byr" in on(CY, "notice", d(2020, 11, 1))
    assert "Dwynwen" in on(CY, "notice", d(2018, 1, 25))
    assert "Gŵyl Dewi" in on(CY, "notice", d(2018, 3, 1))
    assert "by-election" in on(SH, "notice", d(2019, 8, 27))
    assert "Simmer dim" in on(SH, "notice", d(2017, 6, 21))
    assert "Reifreann" in on(GD, "notice", d(2016, 6, 20))
    assert "Bliadhna mhath" in on(GD, "notice", d(2019, 1, 1))
    assert "Biosecurity" in on(NT, "notice", d(2020, 5, 1))
    assert "mobile polling" in on(NT, "notice", d(2020, 8, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(
        SET,
        (
            (RC, "stamp", RC_REDESIGN, "Posted", "Updated"),
            (RC, "byline", RC_REDESIGN, "By {author}", "{author_beat}"),
            (RC, "read-more", d(2018, 4, 9), "Read more", "MORE LOCAL NEWS"),
            (RC, "subscribe", d(2016, 7, 4), "$6.50", "$7.00"),
            (RC, "subscribe", d(2018, 1, 8), "$7.00", "$7.60"),
            (RC, "subscribe", d(2019, 7, 1), "Home delivery", "digital access"),
            (RC, "copyright", RC_REDESIGN, "© {year} The Riverina Clarion", "Pty Ltd"),
            (FJ, "byline", FJ_REDESIGN, "By {author}", "| Photo:"),
            (FJ, "related", FJ_REDESIGN, "RELATED", "ALSO READ"),
            (FJ, "languages", d(2018, 10, 8), "Vosa page", "Fiji Baat"),
            (FJ, "price", d(2016, 1, 1), "$22.00", "$20.50"),
            (FJ, "price", d(2019, 8, 5), "$20.50", "$24.00"),
            (FJ, "copyright", FJ_REDESIGN, "Limited", "written permission"),
            (PG, "stori", PG_REDESIGN, "Stori: {author}", "Stori na piksa"),
            (PG, "ritim", PG_REDESIGN, "Ritim tu", "NARAPELA STORI"),
            (PG, "price", d(2017, 1, 9), "K2.00", "K2.50"),
            (SH, "byline", SH_REDESIGN, "By {author}", "Words:"),
            (SH, "see-also", SH_REDESIGN, "See also", "READ MORE |"),
            (SH, "price", d(2016, 10, 7), "£1.10", "£1.20"),
            (SH, "price", d(2019, 4, 5), "£1.20", "£1.30"),
            (SH, "ipso", d(2017, 3, 3), "Editors' Code", "regulated by"),
            (IE, "udar", d(2019, 1, 7), "Le {author}", "Tuairisceoir"),
            (IE, "leigh", IE_REDESIGN, "Léigh freisin", "LÉIGH TUILLEADH"),
            (IE, "praghas", d(2017, 1, 4), "€2.00", "€2.20"),
            (IE, "praghas", d(2020, 1, 8), "€2.20", "€2.50"),
            (IE, "cearta", IE_REDESIGN, "© {year}", "Gach ceart"),
            (MI, "na", d(2019, 3, 4), "Nā {author}", "Kaipānui"),
            (MI, "panui", MI_REDESIGN, "Pānui anō", "e pā ana"),
            (MI, "whakarongo", d(2019, 3, 4), "tēnei kōrero", "English"),
            (GD, "le", d(2017, 4, 3), "Le {author}", "Sgrìobhte"),
            (WS, "tusia", d(2017, 2, 6), "Tusia e", "Tala ma ata"),
            (WS, "tau", d(2017, 7, 3), "$2.00", "$2.50"),
            (TO, "fai", TO_REDESIGN, "Naʻe fai ʻe", "Līpooti"),
            (TO, "totongi", d(2018, 7, 2), "T$2.00", "T$2.50"),
            (CY, "gan", CY_REDESIGN, "Gan {author}", "Gohebydd"),
            (CY, "pris", d(2018, 1, 1), "60c", "80c"),
            (CY, "dyddiad-cau", d(2019, 1, 1), "nos Wener", "20fed"),
            (NT, "stori", NT_REDESIGN, "Stori: {author}", "Stori en foto"),
            (NT, "member", d(2017, 7, 1), "Indigenous Remote", "First Nations Media"),
            (IM, "notice", d(2018, 3, 5), "House of Manannan", "Facebook"),
        ),
    )
    assert_groups_reworded(
        SET,
        (
            (RC, "stamp", "Posted", "Updated"),
            (RC, "read-more", "Read more:", "MORE LOCAL NEWS:"),
            (FJ, "dated", "Posted on", "FJT"),
            (PG, "dated", "Sarere", "Apdet"),
            (SH, "issue", "From the issue", "In print"),
        ),
    )


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(
        SET,
        (
            (FJ, "vinaka", "Vinaka|Dhanyavaad"),
            (FJ, "bula", "bula|Namaste"),
            (PG, "tenkyu", "Tenkyu"),
            (PG, "copyright", "Olgeta|rait"),
            (IE, "foras", "Fhoras|Gaeilge"),
            (MI, "mangai", MACRON),
            (MI, "mihi-nui", MACRON),
            (GD, "bord", "Bhòrd|Gàidhlig"),
            (GD, "tapadh", "Tapadh"),
            (WS, "faafetai", "Faafetai"),
            (TO, "malo", OKINA + "|Mālō"),
            (TO, "sapate", OKINA),
            (CY, "grant", "Lywodraeth|Cymru"),
            (CY, "diolch", "Diolch"),
            (NT, "tengkyu", "Tengkyu"),
            (IM, "gura-mie", "Gura"),
            (SH, "peerie", "fae|Skaw"),
        ),
    )
    assert re.search(
        DEVANAGARI,
        " ".join(
            on(FJ, "notice", day) for day in every_day() if "Deepawali" in on(FJ, "notice", day)
        ),
    )
    assert re.search(MACRON, on(MI, "notice", QUIET))
    assert OKINA in on(TO, "notice", QUIET)
    tongan = group_lines(SET, TO, "dated")
    assert tongan and sum(bool(OKINA in t or re.search("[āēīōū]", t)) for t in tongan) >= 0.3 * len(
        tongan
    )


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(
        fams,
        (
            f"{RC}/stamp",
            f"{RC}/byline",
            f"{RC}/read-more",
            f"{RC}/desk",
            f"{RC}/notice",
            f"{RC}/dateline",
            f"{FJ}/dated",
            f"{FJ}/related",
            f"{FJ}/byline",
            f"{PG}/dated",
            f"{PG}/ritim",
            f"{SH}/issue",
        ),
    )
    assert_more_texts_than_wordings(
        SET,
        fams,
        (
            f"{RC}/masthead",
            f"{RC}/comments",
            f"{RC}/subscribe",
            f"{FJ}/media-code",
            f"{FJ}/vinaka",
            f"{FJ}/languages",
            f"{PG}/tenkyu",
            f"{SH}/post",
            f"{SH}/ipso",
        ),
    )
    assert_carried_share(
        docs,
        RC,
        [
            ("stamp", 0.6, 0.9),
            ("notice", 0.15, 0.45),
            ("read-more", 0.4, 0.7),
            ("flood", 0.0, 0.1),
            ("helpline", 0.0, 0.15),
        ],
    )
    assert_carried_share(docs, FJ, [("dated", 0.6, 0.9), ("notice", 0.15, 0.45)])
    for fam in (f"{RC}/read-more", f"{FJ}/related", f"{PG}/ritim"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{RC}/picture", f"{FJ}/photo", f"{PG}/piksa"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(
        SET,
        (
            (RC, "picture"),
            (FJ, "photo"),
            (PG, "piksa"),
            (SH, "photo"),
            (IE, "grianghraf"),
            (MI, "whakarongo"),
            (GD, "dealbh"),
            (WS, "ata"),
            (CY, "darllen"),
            (CY, "llun"),
        ),
    )
    beats = {
        m[1] for t in group_lines(SET, RC, "byline") if (m := re.fullmatch(r"[^,]+, (.+)", norm(t)))
    }
    assert beats and beats <= pool(SET, RC, "beat")


def test_amounts_in_appeals_and_prices() -> None:
    lines = [norm(t) for t in group_lines(SET, IM, "donate")]
    amounts = [m[1] for t in lines if (m := re.search(r"£(\d+) a month", t))]
    assert amounts and len(lines) - len(amounts) <= 2
    assert set(amounts) <= pool(SET, IM, "gbp")
    prices = {y: on(RC, "subscribe", d(y, 6, 1)) for y in range(2015, 2021)}
    assert "$6.50" in prices[2016] and "$7.00" in prices[2017] and "$7.60" in prices[2018]
    assert "$2.95" in prices[2020]
    fiji = {y: on(FJ, "price", d(y, 6, 1)) for y in range(2015, 2021)}
    assert "$22.00" in fiji[2015] and "$20.50" in fiji[2016] and "$24.00" in fiji[2020]
    assert "VIP" in fiji[2018]
    assert "£1.10" in on(SH, "price", d(2016, 10, 6)) and "£1.20" in on(SH, "price", d(2016, 10, 7))
    assert "€2.50" in on(IE, "praghas", d(2020, 6, 1))
    assert "tala" in on(WS, "tau", QUIET) and "T$" in on(TO, "totongi", QUIET)
    assert "K2.50" in on(PG, "price", d(2019, 6, 1))
    seen = {
        m[1]
        for t in group_lines(SET, RC, "subscribe")
        if (m := re.search(r"\$(\d+\.\d\d) a week", norm(t)))
    }
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(
        SET,
        (
            (RC, "flood"),
            (FJ, "dengue"),
            (PG, "late"),
            (SH, "fog"),
            (IE, "ceartuchan"),
            (MI, "huarahi"),
            (GD, "dealan"),
            (WS, "auala"),
            (TO, "vakapuna"),
            (CY, "ymddiheuriad"),
            (NT, "off-air"),
            (IM, "harbour"),
        ),
    )


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(
        docs,
        fams,
        (
            (f"{GD}/leugh", "Leugh cuideachd: "),
            (f"{WS}/faitau", "Faitau foi: "),
            (f"{TO}/lau", "Lau foki: "),
            (f"{NT}/also", "Also on Big Rivers Radio: "),
            (f"{IM}/also", "Also on the site: "),
        ),
    )
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in (
        (f"{RC}/read-more", ("Read more: ", "MORE LOCAL NEWS: ")),
        (f"{FJ}/related", ("RELATED: ", "ALSO READ ➤ ")),
        (f"{PG}/ritim", ("Ritim tu: ", "NARAPELA STORI: ")),
        (f"{SH}/see-also", ("See also: ", "READ MORE | ")),
        (f"{IE}/leigh", ("Léigh freisin: ", "LÉIGH TUILLEADH » ")),
        (f"{MI}/panui", ("Pānui anō: ", "Kōrero e pā ana: ")),
    ):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(
        SET,
        (
            (RC, "comments", "Comments are closed on this story."),
            (FJ, "vinaka", "Vinaka vakalevu · Dhanyavaad · Thank you for reading"),
            (
                FJ,
                "media-code",
                "This publication abides by the Media Industry Development Act "
                "2010 and its code of ethics.",
            ),
            (PG, "tenkyu", "Tenkyu tru long ritim."),
            (IE, "foras", "Le cúnamh ó Fhoras na Gaeilge"),
            (MI, "mangai", "Nā Te Māngai Pāho tēnei kaupapa i tautoko"),
            (GD, "bord", "Le taic bho Bhòrd na Gàidhlig"),
            (WS, "faafetai", "Faafetai tele mo le faitau."),
            (CY, "grant", "Cyhoeddir gyda chymorth grant gan Lywodraeth Cymru."),
            (NT, "tengkyu", "Tengkyu for lisin en ridim."),
        ),
    )
    for style, family, pattern, pool_name in (
        (RC, "desk", r"^(.+)$", "desk"),
        (RC, "dateline", r"^(.+):$", "place"),
        (RC, "picture", r"^Picture: (.+)$", "credit"),
        (FJ, "dateline", r"^(.+) —$", "place"),
        (PG, "kicker", r"^(.+)$", "kicker"),
        (SH, "kicker", r"^(.+)$", "kicker"),
        (IE, "rannog", r"^(.+)$", "rannog"),
        (GD, "roinn", r"^(.+)$", "roinn"),
        (WS, "vaega", r"^(.+)$", "vaega"),
    ):
        values = [
            m[1] for t in group_lines(SET, style, family) if (m := re.search(pattern, norm(t)))
        ]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)
        ), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(
        SET,
        (
            (RC, "comments", "Comments are closed on this story."),
            (FJ, "vinaka", "Vinaka vakalevu · Dhanyavaad · Thank you for reading"),
            (PG, "tenkyu", "Tenkyu tru long ritim."),
            (IE, "foras", "Le cúnamh ó Fhoras na Gaeilge"),
            (MI, "mangai", "Nā Te Māngai Pāho tēnei kaupapa i tautoko"),
            (GD, "bord", "Le taic bho Bhòrd na Gàidhlig"),
            (CY, "grant", "Cyhoeddir gyda chymorth grant gan Lywodraeth Cymru."),
            (
                NT,
                "warning",
                "Aboriginal and Torres Strait Islander readers are warned that this "
                "story may contain the names and images of people who have died.",
            ),
        ),
    )


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(
        SET,
        {
            RC: (["subscribe", "copyright", "masthead"], 3),
            FJ: (["price", "copyright", "media-code"], 2),
            PG: (["price", "tenkyu", "copyright"], 2),
            SH: (["price", "post", "ipso", "copyright"], 2),
            IE: (["praghas", "foras", "comhairle", "cearta"], 2),
            MI: (["mangai", "mihi-nui", "copyright"], 2),
            GD: (["bord", "tapadh", "coir"], 2),
            WS: (["tau", "faafetai", "puletaofia"], 2),
            TO: (["sapate", "totongi", "malo", "copyright"], 2),
            CY: (["pris", "dyddiad-cau", "diolch", "grant"], 2),
            NT: (["tengkyu", "member", "copyright"], 2),
            IM: (["gura-mie", "donate", "copyright"], 2),
        },
    )


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {
        doc.publisher for doc in docs for line in doc.lines if line.label == "negative:quote"
    }
    assert RC in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
