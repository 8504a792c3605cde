"""The held-back-37 template set (`tests.bench.heldout_templates_37`): its localised dates
(eight printed day by day, one in Chinese numerals, one with the night of the Hawaiian moon
calendar, and the Quakers' plain style), a Quaker meeting's next business meeting, a
greyhound stadium's next race meeting, a cooperative's holiday closures, a croquet club's
lawns, the notices it rewords by date, the calendars some notices follow, the variation it
promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-37's first run is recorded in its module). The checks every held-back
set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from tests.bench.heldout_templates_37 import (
    AKWASIDAE_2015,
    CHINESE_DIGITS,
    CHINESE_WEEKDAYS,
    CO_LOBBY,
    EASTER_WESTERN,
    ENERGY_TIPS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    GH_CLOSED,
    HANDICAPS,
    HANUKKAH,
    HAWAIIAN_MONTHS,
    HAWAIIAN_NIGHTS,
    HAWAIIAN_WEEKDAYS,
    HI_BYLINE,
    HI_DAILY,
    HI_SOCIAL,
    HI_WALLET,
    HILIGAYNON_MONTHS,
    HILIGAYNON_WEEKDAYS,
    HK_BYLINE,
    HK_DAILY,
    HK_DONATE,
    HK_SOCIAL,
    HW_BYLINE,
    HW_DAILY,
    HW_SOCIAL,
    HW_WALLET,
    LADINO_DAY,
    LADINO_MONTHS,
    LADINO_WEEKDAYS,
    LAST_DAY,
    LATGALIAN_MONTHS,
    LATGALIAN_WEEKDAYS,
    LD_BYLINE,
    LD_DAILY,
    LD_SOCIAL,
    LEBARAN,
    LG_BYLINE,
    LG_DAILY,
    LG_PRICE,
    LG_SOCIAL,
    LUNAR_NEW_YEAR,
    MID_AUTUMN,
    NOTICES,
    PASSOVER,
    PLAIN_MONTHS,
    PLAIN_WEEKDAYS,
    QK_DAILY,
    QK_ONLINE,
    READINGS,
    RESULTS,
    ROSH_HASHANAH,
    SAFETY,
    SU_BYLINE,
    SU_DAILY,
    SU_PRICE,
    SU_SOCIAL,
    SUNDANESE_MONTHS,
    SUNDANESE_WEEKDAYS,
    TRAPS,
    TUEN_NG,
    TW_BYLINE,
    TW_DAILY,
    TW_SOCIAL,
    TW_WALLET,
    TWI_MONTHS,
    TWI_WEEKDAYS,
    WINNERS,
    XH_BYLINE,
    XH_DAILY,
    XH_PRICE,
    XH_SOCIAL,
    XHOSA_MONTHS,
    XHOSA_WEEKDAYS,
    YEARS,
    akwasidae,
    business_meeting,
    chinese_number,
    chinese_year,
    coop_holidays,
    dinagyang,
    moon_age,
    moon_night,
    observed,
    ordinal,
    plain_date,
    race_meeting,
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
    assert_reworded,
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
    pool_in_order,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-37"
SITES = ("西貢街坊報", "Warta Pasundan", "Balita Panay", "Izwi laseMthatha", "Kumase Nsɛm",
         "Latgolys Vēstnesis", "La Boz de Balat", "Ka Leo o Hilo", "Skelderby Quaker Meeting",
         "Fenby Greyhound Stadium", "Prairie Bend Electric Cooperative",
         "Charlbury Vale Croquet Club")
HK, SU, HI, XH = ("saikungkaifong.com.hk", "wartapasundan.id", "balitapanay.ph",
                  "izwilasemthatha.co.za")
TW, LG, LD, HW = ("kumasensem.com.gh", "latgolysvestnesis.lv", "labozdebalat.com",
                  "kaleoohilo.org")
QUAKER, GREYHOUND, COOP, CROQUET = ("skelderbyquakers.org.uk", "fenbygreyhounds.co.uk",
                                    "prairiebendelectric.coop", "charlburyvalecroquet.org.uk")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _from_chinese(text: str) -> int:
    """A Chinese-numeral number back to an int, read here independently of the module."""
    if len(text) == 4:
        return int("".join(str(CHINESE_DIGITS.index(c)) for c in text))
    tens, mark, ones = text.partition("十")
    if not mark:
        return CHINESE_DIGITS.index(text)
    return (CHINESE_DIGITS.index(tens) if tens else 1) * 10 + (
        CHINESE_DIGITS.index(ones) if ones else 0)


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month name and the year, weekdays, months).
DAILY = (
    (SU, "kaping", SU_DAILY, "{date_id} | {time} WIB",
     rf"Poé (?P<wd>{_alt(SUNDANESE_WEEKDAYS)}), (?P<dd>\d{{1,2}}) "
     rf"(?P<mm>{_alt(SUNDANESE_MONTHS)}) (?P<yy>\d{{4}}) · \{{time\}} WIB",
     SUNDANESE_WEEKDAYS, SUNDANESE_MONTHS),
    (HI, "petsa", HI_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(HILIGAYNON_WEEKDAYS)}), (?P<mm>{_alt(HILIGAYNON_MONTHS)}) "
     rf"(?P<dd>\d{{1,2}}), (?P<yy>\d{{4}})", HILIGAYNON_WEEKDAYS, HILIGAYNON_MONTHS),
    (XH, "umhla", XH_DAILY, "{date_dmy}",
     rf"(?P<wd>{_alt(XHOSA_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(XHOSA_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", XHOSA_WEEKDAYS, XHOSA_MONTHS),
    (TW, "da", TW_DAILY, "{date_dmy}",
     rf"(?P<wd>{_alt(TWI_WEEKDAYS)}), (?P<mm>{_alt(TWI_MONTHS)}) (?P<dd>\d{{1,2}}), "
     rf"(?P<yy>\d{{4}})", TWI_WEEKDAYS, TWI_MONTHS),
    (LG, "datums", LG_DAILY, "{date_de}",
     rf"(?P<yy>\d{{4}})\. goda (?P<dd>\d{{1,2}})\. (?P<mm>{_alt(LATGALIAN_MONTHS)}), "
     rf"(?P<wd>{_alt(LATGALIAN_WEEKDAYS)})", LATGALIAN_WEEKDAYS, LATGALIAN_MONTHS),
    (LD, "data", LD_DAILY, "{date_es}",
     rf"(?P<wd>{_alt(LADINO_WEEKDAYS)}), (?P<dd>\d{{1,2}}) de (?P<mm>{_alt(LADINO_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", LADINO_WEEKDAYS, LADINO_MONTHS),
    (HW, "la", HW_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(HAWAIIAN_WEEKDAYS)}), (?P<mm>{_alt(HAWAIIAN_MONTHS)}) "
     rf"(?P<dd>\d{{1,2}}), (?P<yy>\d{{4}}) · Pō (?P<night>{_alt(HAWAIIAN_NIGHTS)})",
     HAWAIIAN_WEEKDAYS, HAWAIIAN_MONTHS),
    (QUAKER, "dated", QK_DAILY, "{date_dmy}",
     rf"(?P<wd>{_alt(PLAIN_WEEKDAYS)}) (?P<dd>\d{{1,2}})(?P<sfx>st|nd|rd|th) of "
     rf"(?P<mm>{_alt(PLAIN_MONTHS)}) Month (?P<yy>\d{{4}})", PLAIN_WEEKDAYS, PLAIN_MONTHS),
)
CHINESE_DATE = (rf"(?P<yy>[{CHINESE_DIGITS}]{{4}})年(?P<mm>[{CHINESE_DIGITS}十]+)月"
                rf"(?P<dd>[{CHINESE_DIGITS}十]+)日（(?P<wd>{_alt(CHINESE_WEEKDAYS)})）")


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HK, "yatkei", old, r"2016-03-05 \d\d:\d\d")
    full(HK, "yatkei", new, r"二〇一九年六月二十一日（星期五）")
    full(HK, "yatkei", d(2020, 1, 31), r"二〇二〇年一月三十一日（星期五）")
    full(HK, "yatkei", d(2018, 10, 10), r"二〇一八年十月十日（星期三）")
    full(HK, "geizhe", old, r"記者：\S+")
    full(HK, "geizhe", new, r"【記者 \S+／\S+報道】")
    full(HK, "lauram", old, r"👁 \d{1,3} 次瀏覽")
    full(SU, "kaping", old, r"Sabtu, 5 Maret 2016 \| \d\d:\d\d WIB")
    full(SU, "kaping", new, r"Poé Jumaah, 21 Juni 2019 · \d\d:\d\d WIB")
    full(SU, "panulis", old, r"Panulis: \S+ \S+( \S+)?")
    full(SU, "panulis", new, r"Panulis: .+ · Redaktur: \S+ \S+")
    full(HI, "petsa", old, r"March 5, 2016")
    full(HI, "petsa", new, r"Biyernes, Hunyo 21, 2019")
    full(HI, "sumulat", old, r"Ginsulat ni \S+ .+")
    full(HI, "sumulat", new, r"Ni .+, .+")
    full(XH, "umhla", old, r"5 March 2016")
    full(XH, "umhla", new, r"NgoLwesihlanu, 21 EyeSilimela 2019")
    full(XH, "umbhali", old, r"Ngu-\S+ \S+")
    full(XH, "umbhali", new, r"Umbhali: \S+ \S+ \| e\S+")
    full(TW, "da", new, r"Fiada, Ayɛwohomumu 21, 2019")
    full(TW, "kyerewfo", new, r"Sɛnea \S+ \S+ bɔɔ amanneɛ")
    full(TW, "akenkan", old, r"Nnipa \d{1,3} na wɔakenkan")
    full(LG, "datums", old, r"05\.03\.2016")
    full(LG, "datums", new, r"2019\. goda 21\. juņs, pīktdīne")
    full(LG, "autors", new, r"Rakstu sagatavuoja \S+ \S+")
    full(LD, "data", old, r"5 de marzo de 2016")
    full(LD, "data", new, r"Viernes, 21 de Junio 2019")
    full(LD, "eskritor", new, r"Eskrito por \S+ .+")
    full(HW, "la", old, r"March 5, 2016")
    full(HW, "la", new, r"Pōʻalima, Iune 21, 2019 · Pō \S+")
    full(HW, "kakau", d(2019, 8, 1), r"Kākau ʻia e \S+ \S+")
    full(QUAKER, "dated", old, r"5 March 2016")
    full(QUAKER, "dated", new, r"Sixth Day 21st of Sixth Month 2019")
    full(QUAKER, "dated", d(2019, 6, 23), r"First Day 23rd of Sixth Month 2019")
    full(QUAKER, "clerk", new, r"From Ada Brook, clerk")
    full(GREYHOUND, "posted", old, r"5 March 2016")
    full(GREYHOUND, "posted", new, r"Racing news · Friday 21 June 2019 · Ada Brook, Racing "
                                   r"Manager")
    full(COOP, "posted", old, r"March 5, 2016")
    full(COOP, "posted", new, r"Co-op news \| June 21, 2019 \| by Ada Brook, member services")
    full(CROQUET, "posted", new, r"Club news · 21 June 2019 · Ada Brook, Hon\. Secretary")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Eight families hold a wording per day: walking every day from 2015 to 2020, each
    prints that day's own date (day, month, year and weekday) in its language or style,
    changing form on the day of its rewording; the Hawaiian one with that day's night of
    the moon, the Quaker one with the right ordinal suffix, and the Cantonese one in Chinese
    numerals."""
    for domain, family, since, *_ in DAILY + ((HK, "yatkei", HK_DAILY),):
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            m = re.fullmatch(pattern, text)
            assert m and weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            got = (int(m["dd"]), months.index(m["mm"]) + 1, int(m["yy"]))
            assert got == (day.day, day.month, day.year), (domain, day, text)
            if domain == HW:
                assert m["night"] == moon_night(day), (day, text)
            if domain == QUAKER:
                assert m["dd"] + m["sfx"] == ordinal(day.day), (day, text)
        text = template(SET, HK, "yatkei", day)
        if day < HK_DAILY:
            assert text == "{date_iso} {time}", (day, text)
        else:
            assert not re.search(r"[0-9]", text), text
            m = re.fullmatch(CHINESE_DATE, text)
            assert m and CHINESE_WEEKDAYS.index(m["wd"]) == day.weekday(), (day, text)
            assert tuple(_from_chinese(m[g]) for g in ("dd", "mm", "yy")) == (
                day.day, day.month, day.year), (day, text)
    for names in (CHINESE_WEEKDAYS, SUNDANESE_WEEKDAYS, HILIGAYNON_WEEKDAYS, XHOSA_WEEKDAYS,
                  TWI_WEEKDAYS, LATGALIAN_WEEKDAYS, LADINO_WEEKDAYS, HAWAIIAN_WEEKDAYS,
                  PLAIN_WEEKDAYS, ENGLISH_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (SUNDANESE_MONTHS, HILIGAYNON_MONTHS, XHOSA_MONTHS, TWI_MONTHS,
                   LATGALIAN_MONTHS, LADINO_MONTHS, HAWAIIAN_MONTHS, PLAIN_MONTHS,
                   ENGLISH_MONTHS):
        assert len(set(months)) == 12
    assert PLAIN_WEEKDAYS[6] == "First Day" and PLAIN_WEEKDAYS[0] == "Second Day"


def test_chinese_numerals_and_ordinals() -> None:
    assert [chinese_number(n) for n in (1, 9, 10, 11, 19, 20, 21, 30, 31)] == [
        "一", "九", "十", "十一", "十九", "二十", "二十一", "三十", "三十一"]
    assert chinese_year(2019) == "二〇一九" and chinese_year(2020) == "二〇二〇"
    assert all(_from_chinese(chinese_number(n)) == n for n in range(1, 32))
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"]
    assert plain_date(d(2020, 12, 31)) == "Fifth Day 31st of Twelfth Month 2020"


def test_hawaiian_moon_nights() -> None:
    """The nights of the moon: Hilo after the new moon, Hoku and Māhealani about the full
    moon, Muku at the end; each day moves one night on (now and then two: thirty nights in
    a month of 29.5 days)."""
    assert len(HAWAIIAN_NIGHTS) == 30 and HAWAIIAN_NIGHTS[0] == "Hilo"
    assert HAWAIIAN_NIGHTS[14:16] == ("Hoku", "Māhealani") and HAWAIIAN_NIGHTS[-1] == "Muku"
    fulls = (d(2019, 1, 21), d(2019, 2, 19), d(2019, 6, 17), d(2020, 10, 1), d(2020, 10, 31))
    news = (d(2019, 1, 6), d(2019, 2, 4), d(2020, 11, 15), d(2020, 12, 14))
    for day in fulls:
        near = {moon_night(day + k * one) for k in (-1, 0, 1)}
        assert near & {"Hoku", "Māhealani"}, (day, near)
    for day in news:
        near = {moon_night(day + k * one) for k in (-1, 0, 1)}
        assert near & {"Muku", "Hilo"}, (day, near)
    twos = 0
    previous = int(moon_age(d(2014, 12, 31)) / 29.530588853 * 30)
    for day in every_day():
        now = int(moon_age(day) / 29.530588853 * 30)
        assert HAWAIIAN_NIGHTS[now] == moon_night(day)
        step = (now - previous) % 30
        assert step in (1, 2), (day, step)
        twos += step == 2
        previous = now
    assert 20 <= twos <= 60
    assert "Pō Māhealani" in template(SET, HW, "la", d(2019, 1, 21))


def test_quaker_business_meetings() -> None:
    """The next meeting for worship for business: the second First Day of the month; the
    line changes only on First Days and Second Days, or when worship went online."""
    for y in YEARS:
        for m in range(1, 13):
            meeting = business_meeting(d(y, m, 1))
            assert meeting.weekday() == 6 and 8 <= meeting.day <= 14 and meeting.month == m
    previous = template(SET, QUAKER, "business", d(2015, 1, 1))
    for day in every_day():
        text = template(SET, QUAKER, "business", day)
        if QK_ONLINE[0] <= day < QK_ONLINE[1]:
            assert text.startswith("Meeting for worship is held online"), (day, text)
        elif text.endswith("is today, after meeting for worship."):
            assert day.weekday() == 6 and 8 <= day.day <= 14, (day, text)
        else:
            m = re.fullmatch(r"Next meeting for worship for business: First Day (\d+)"
                             r"(?:st|nd|rd|th) of (\w+) Month, after worship\.", text)
            assert m, (day, text)
            month = PLAIN_MONTHS.index(m[2]) + 1
            year = day.year + (month < day.month)
            meeting = d(year, month, int(m[1]))
            assert meeting.weekday() == 6 and 0 < (meeting - day).days <= 35, (day, text)
            assert meeting == business_meeting(day), (day, text)
        if text != previous:
            assert day.weekday() in (0, 6) or day in QK_ONLINE, (day, text)
        previous = text


def test_greyhound_next_meeting() -> None:
    """Race nights are Tuesday, Thursday and Saturday (12 races on Saturdays, 10 else), none
    on Christmas Day; racing stopped in spring 2020 and came back behind closed doors."""
    for day in every_day():
        text = template(SET, GREYHOUND, "next", day)
        if GH_CLOSED[0] <= day < GH_CLOSED[1]:
            assert text.startswith("⛔ Racing is suspended"), (day, text)
            continue
        assert text.endswith(" · behind closed doors") == (day >= GH_CLOSED[1]), (day, text)
        if text.startswith("🐕 Racing tonight"):
            assert day.weekday() in (1, 3, 5) and (day.month, day.day) != (12, 25), day
            assert ("12 races" in text) == (day.weekday() == 5), (day, text)
            continue
        m = re.match(r"🐕 Next meeting: (\w+) (\d+) (\w+) · (\d+) races · first race "
                     r"(7\.\d\dpm)", text)
        assert m, (day, text)
        month = ENGLISH_MONTHS.index(m[3]) + 1
        meeting = d(day.year + (month < day.month), month, int(m[2]))
        assert ENGLISH_WEEKDAYS[meeting.weekday()] == m[1], (day, text)
        assert meeting.weekday() in (1, 3, 5) and meeting == race_meeting(day), (day, text)
        gap = (meeting - day).days
        assert 1 <= gap <= 2 or day < d(day.year, 12, 25) < meeting, (day, text)
        assert (m[4] == "12") == (meeting.weekday() == 5), (day, text)
    assert race_meeting(d(2018, 12, 25)) == d(2018, 12, 27)
    assert "Racing tonight" not in template(SET, GREYHOUND, "next", d(2018, 12, 25))


def test_coop_office_closures() -> None:
    """The office closes on the federal holidays the cooperative keeps, fixed ones moved
    off weekends; the office line names each closure in the four days before it, and the
    2020 lobby closure overrides it."""
    assert observed(d(2015, 7, 4)) == d(2015, 7, 3)
    assert observed(d(2016, 12, 25)) == d(2016, 12, 26)
    assert observed(d(2019, 12, 25)) == d(2019, 12, 25)
    for y in YEARS:
        days = coop_holidays(y)
        assert len(days) == 6 and all(f.weekday() < 5 and e.weekday() < 5 for f, e, _ in days)
        names = {name: first for first, _, name in days}
        assert names["Memorial Day"].month == 5 and names["Memorial Day"].day >= 25
        assert names["Labor Day"].month == 9 and names["Labor Day"].day <= 7
        assert names["Thanksgiving"].weekday() == 3 and 22 <= names["Thanksgiving"].day <= 28
    shown = 0
    for day in every_day():
        text = template(SET, COOP, "office", day)
        if CO_LOBBY[0] <= day < CO_LOBBY[1]:
            assert text.startswith("🏢 Our lobby is closed"), (day, text)
            continue
        m = re.match(r"🏢 Our office will be closed (\w+), (\w+) (\d+)(?:, and \w+, \d+)?, "
                     r"for ([\w' ]+)\. Crews are on call\.", text)
        if m is None:
            assert text.startswith("Office hours:"), (day, text)
            continue
        shown += 1
        month = ENGLISH_MONTHS.index(m[2]) + 1
        first = d(day.year + (month < day.month), month, int(m[3]))
        assert ENGLISH_WEEKDAYS[first.weekday()] == m[1], (day, text)
        holidays = coop_holidays(first.year) + coop_holidays(first.year + 1)
        assert any(f == first and n == m[4] and f - 4 * one <= day <= e
                   for f, e, n in holidays), (day, text)
    assert 6 * 6 * 4 <= shown <= 6 * 7 * 5 + 10
    assert template(SET, COOP, "office", d(2020, 11, 24)) == (
        "🏢 Our office will be closed Thursday, November 26, and Friday, 27, for "
        "Thanksgiving. Crews are on call.")
    assert "Monday, December 26" in template(SET, COOP, "office", d(2016, 12, 23))


def test_croquet_lawns() -> None:
    """The lawns: open in the season (April to September) but mown on Mondays, winter play
    from October to March, and the 2020 closures and singles-only weeks."""
    for day in every_day():
        text = template(SET, CROQUET, "lawns", day)
        if d(2020, 3, 23) <= day < d(2020, 5, 13) or d(2020, 11, 5) <= day < d(2020, 12, 2):
            assert text.startswith("⛔"), (day, text)
        elif d(2020, 5, 13) <= day < d(2020, 7, 4):
            assert "singles only" in text, (day, text)
        elif not 4 <= day.month <= 9:
            assert text.startswith("⚪ Winter play"), (day, text)
        elif day.weekday() == 0:
            assert text.startswith("🔴 Lawns closed today for mowing"), (day, text)
        else:
            assert text.startswith("🟢 Lawns open: six lawns"), (day, text)


def test_calendar_constants_are_the_real_days() -> None:
    """The tables and computed days fall where they should: Lunar New Year at a new moon,
    Tuen Ng four lunar months on, Mid-Autumn at a full moon; Lebaran just after a new moon;
    Passover and Rosh Hashanah on their allowed weekdays, 163 days apart, and Hanukkah 83
    or 84 days after Rosh Hashanah; Dinagyang on the fourth Sunday of January; Akwasidae on
    Sundays, 42 days apart; Easter on Sundays."""
    for y in YEARS:
        lny, tuen_ng, mid_autumn = (_date(t[y]) for t in (LUNAR_NEW_YEAR, TUEN_NG, MID_AUTUMN))
        assert d(y, 1, 21) <= lny <= d(y, 2, 20) and moon_age(lny) < 1.5
        assert (tuen_ng - lny).days in (121, 122, 151, 152) and 3 < moon_age(tuen_ng) < 5.5
        assert (mid_autumn - lny).days in (219, 220, 249, 250)
        assert 12.5 < moon_age(mid_autumn) < 15.5
        assert 0.5 < moon_age(_date(LEBARAN[y])) < 3
        passover, rosh = _date(PASSOVER[y]), _date(ROSH_HASHANAH[y])
        assert passover.weekday() not in (0, 2, 4) and rosh.weekday() not in (2, 4, 6)
        assert (rosh - passover).days == 163
        assert (_date(HANUKKAH[y]) - rosh).days in (83, 84)
        assert dinagyang(y).weekday() == 6 and 22 <= dinagyang(y).day <= 28
        assert _date(EASTER_WESTERN[y]).weekday() == 6
    gaps = [(_date(LEBARAN[y]) - _date(LEBARAN[y + 1]).replace(year=y)).days
            for y in range(2015, 2020)]
    assert all(10 <= g <= 12 for g in gaps), gaps
    days = akwasidae(d(2015, 1, 1), d(2020, 12, 31))
    assert days[0] == AKWASIDAE_2015 and all(day.weekday() == 6 for day in days)
    assert all((b - a).days == 42 for a, b in zip(days, days[1:], strict=False))
    assert len(days) == 52


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    says(HK, "geizhe", (HK_BYLINE - one, "記者："), (HK_BYLINE, "報道】"))
    says(HK, "gitjat", (HK_SOCIAL - one, "Facebook 專頁"), (HK_SOCIAL, "Instagram"),
         (_date(LUNAR_NEW_YEAR[2019]), "恭喜發財"), (_date(TUEN_NG[2019]), "龍舟"),
         (_date(MID_AUTUMN[2019]), "中秋"), (d(2019, 12, 25), "聖誕"))
    never(HK, "gitjat", HK_SOCIAL - one, "Instagram")
    says(HK, "baoliu", (d(2016, 9, 4), "立法會選舉"), (d(2018, 9, 16), "山竹"),
         (d(2019, 11, 24), "區議會"), (d(2020, 4, 15), "限聚令"), (d(2020, 8, 1), "押後"),
         (d(2020, 8, 15), "WhatsApp"))
    says(HK, "jonzo", (HK_DONATE - one, "PayPal 每月"), (HK_DONATE, "PayMe"))
    says(SU, "panulis", (SU_BYLINE - one, "Panulis: "), (SU_BYLINE, " · Redaktur: "))
    never(SU, "panulis", SU_BYLINE - one, "Redaktur")
    says(SU, "mieling", (SU_SOCIAL - one, "di Instagram."), (SU_SOCIAL, "YouTube"),
         (d(2019, 8, 17), "ka-74"), (d(2019, 9, 25), "Bandung ka-209"),
         (_date(LEBARAN[2019]), "Boboran Siam"))
    says(SU, "pilkada", (d(2018, 6, 27), "Pilgub"), (d(2019, 4, 17), "Pemilu"),
         (d(2020, 5, 1), "PSBB"), (d(2020, 12, 9), "Pilkada"), (d(2020, 12, 10), "WA ka"))
    says(SU, "langganan", (SU_PRICE - one, "Rp 90.000"), (SU_PRICE, "Rp 100.000"))
    says(HI, "sumulat", (HI_BYLINE - one, "Ginsulat ni "), (HI_BYLINE, "Ni "))
    says(HI, "piesta", (HI_SOCIAL - one, "I-like kami"), (HI_SOCIAL, "YouTube"),
         (dinagyang(2019), "Dinagyang"), (d(2019, 6, 12), "ika-121"),
         (d(2019, 12, 25), "Paskwa"))
    says(HI, "piliay", (d(2016, 5, 9), "nasyonal"), (d(2018, 5, 14), "barangay"),
         (d(2019, 5, 13), "Midterm"), (d(2020, 4, 1), "ECQ"), (d(2020, 6, 1), "I-text"))
    says(HI, "bulig", (HI_WALLET - one, "GCash 0917"), (HI_WALLET, "PayMaya"))
    says(XH, "umbhali", (XH_BYLINE - one, "Ngu-"), (XH_BYLINE, "Umbhali: "))
    says(XH, "imibhiyozo", (XH_SOCIAL - one, "ku-Facebook."), (XH_SOCIAL, "Twitter"),
         (d(2019, 4, 27), "engama-25"), (d(2019, 7, 18), "Mandela"),
         (d(2019, 9, 24), "Mbali"))
    says(XH, "unyulo", (d(2016, 8, 3), "Rhulumente basekhaya"), (d(2019, 5, 8), "Zwelonke"),
         (d(2020, 4, 27), "Ukuvalwa"), (d(2020, 6, 1), "047 555"))
    says(XH, "umrhumo", (XH_PRICE - one, "R30"), (XH_PRICE, "R35"))
    says(TW, "kyerewfo", (TW_BYLINE - one, "Ɔkyerɛwfoɔ: "), (TW_BYLINE, "bɔɔ amanneɛ"))
    says(TW, "afahye", (TW_SOCIAL - one, "Facebook so."), (TW_SOCIAL, "WhatsApp"),
         (d(2019, 3, 6), "mfeɛ 62"), (d(2019, 12, 25), "Afenhyia pa"),
         (akwasidae(d(2019, 4, 1), d(2019, 6, 1))[0], "Akwasidae"))
    says(TW, "abatoo", (d(2016, 12, 7), "Abatoɔ"), (d(2020, 4, 5), "ato mu"),
         (d(2020, 12, 7), "Abatoɔ"), (d(2020, 12, 8), "Frɛ yɛn"))
    says(TW, "mmoa", (TW_WALLET - one, "MoMo 024"), (TW_WALLET, "Vodafone Cash"))
    says(LG, "autors", (LG_BYLINE - one, "Autors: "), (LG_BYLINE, "Rakstu sagatavuoja "))
    says(LG, "svatki", (LG_SOCIAL - one, "Facebook."), (LG_SOCIAL, "Instagram"),
         (d(2019, 11, 18), "Latvejai 101"), (d(2019, 6, 23), "Jāņus"),
         (d(2019, 12, 25), "Zīmyssvātkus"))
    says(LG, "vielesonys", (d(2017, 6, 3), "Pošvaļdeibu"), (d(2018, 10, 6), "Saeimys"),
         (d(2019, 5, 25), "Eiropys"), (d(2020, 4, 1), "Uorkuorteja"),
         (d(2020, 6, 10), "redakceja@"))
    says(LG, "abonements", (LG_PRICE - one, "3,50 €"), (LG_PRICE, "3,90 €"))
    says(LD, "eskritor", (LD_BYLINE - one, "Por "), (LD_BYLINE, "Eskrito por "))
    says(LD, "moadim", (LD_SOCIAL - one, "Facebook."), (LD_SOCIAL, "Instagram"),
         (_date(PASSOVER[2019]), "Pesah"), (_date(ROSH_HASHANAH[2019]), "Anyada buena"),
         (_date(HANUKKAH[2019]), "Hanuka"), (LADINO_DAY, "Dia Internasional del Ladino"),
         (d(2020, 12, 5), "Dia Internasional del Ladino"))
    never(LD, "moadim", d(2017, 12, 5), "Ladino")
    says(LD, "haberes", (d(2017, 4, 16), "Referendum"), (d(2018, 6, 24), "djenerales"),
         (d(2019, 3, 31), "lokales"), (d(2019, 6, 23), "de muevo"),
         (d(2020, 5, 1), "sokak yasağı"), (d(2020, 6, 1), "haber@"))
    says(HW, "kakau", (HW_BYLINE - one, "Na "), (HW_BYLINE, "Kākau ʻia e "))
    says(HW, "lanui", (HW_SOCIAL - one, "ma Facebook."), (HW_SOCIAL, "Instagram"),
         (d(2019, 3, 26), "Kūhiō"), (d(2019, 6, 11), "Kamehameha"),
         (d(2019, 7, 31), "176 makahiki"), (d(2019, 4, 24), "Merrie Monarch: e ola"),
         (d(2020, 4, 15), "Ua hoʻopau ʻia"))
    says(HW, "nuhou", (d(2016, 11, 8), "Nowemapa 8"), (d(2018, 1, 13), "missile"),
         (d(2018, 6, 1), "Pele"), (d(2018, 8, 24), "Lane"), (d(2018, 11, 6), "Nowemapa 6"),
         (d(2020, 4, 1), "E noho"), (d(2020, 11, 3), "Nowemapa 3"), (d(2020, 11, 4), "808"))
    says(HW, "kokua", (HW_WALLET - one, "PayPal."), (HW_WALLET, "Venmo"))
    says(QUAKER, "hire", (d(2019, 3, 31), "£12"), (d(2019, 4, 1), "£14"))
    says(QUAKER, "children", (d(2019, 3, 1), "in term time"), (d(2019, 8, 1), "summer"),
         (d(2019, 10, 1), "in term time"))
    says(QUAKER, "peace", (d(2019, 8, 6), "Hiroshima Day"), (d(2019, 11, 8), "White poppies"),
         (d(2019, 9, 1), "peace testimony"))
    says(GREYHOUND, "admission", (d(2018, 12, 31), "£6"), (d(2019, 1, 1), "£7"))
    says(COOP, "outage", (d(2019, 4, 30), "day or night."), (d(2019, 5, 1), "text OUT"))
    never(COOP, "outage", d(2019, 4, 30), "text OUT")
    says(COOP, "credits", (d(2019, 12, 15), "checks go out"), (d(2020, 1, 15), "margins"))
    says(COOP, "peak", (d(2019, 7, 15), "Beat the peak"), (d(2019, 11, 15), "levelized"))
    says(COOP, "annual", (d(2019, 5, 1), "4-H building"), (d(2020, 5, 1), "mail ballot"),
         (d(2020, 7, 1), "4-H building"))
    says(CROQUET, "subs", (d(2018, 12, 31), "£95"), (d(2019, 1, 1), "£105"))
    says(CROQUET, "coaching", (d(2019, 5, 1), "Wednesday evenings"),
         (d(2019, 10, 1), "in the spring"))


def test_calendar_notices_show_only_near_their_days() -> None:
    """A calendar notice shows only in the days around its own: never in a month far from
    it."""
    for domain, family, words, far in (
            (HK, "gitjat", "中秋", d(2019, 3, 1)),
            (SU, "mieling", "Kamerdékaan", d(2019, 3, 1)),
            (HI, "piesta", "Dinagyang", d(2019, 6, 1)),
            (XH, "imibhiyozo", "Nkululeko", d(2019, 9, 1)),
            (TW, "afahye", "Ahofadi", d(2019, 9, 1)),
            (TW, "afahye", "Akwasidae", d(2019, 3, 6)),
            (LG, "svatki", "Jāņus", d(2019, 11, 1)),
            (LD, "moadim", "Pesah", d(2019, 9, 1)),
            (HW, "lanui", "Merrie Monarch", d(2019, 7, 1)),
            (QUAKER, "peace", "Hiroshima", d(2019, 3, 1))):
        assert words not in rendered(SET, domain, family, far), (domain, family)
        shown = [day for day in every_day() if words in template(SET, domain, family, day)]
        assert 6 <= len(shown) <= 6 * 60, (domain, family, len(shown))
    akwasidae_shown = [day for day in every_day()
                       if "Akwasidae" in template(SET, TW, "afahye", day)]
    assert all(abs((day - d(2015, 1, 11)).days + 1) % 42 <= 2 for day in akwasidae_shown)
    assert len(akwasidae_shown) >= 2 * 45


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts and pools change the text
    assert_varied(fams, (
        f"{HK}/yatkei", f"{HK}/geizhe", f"{HK}/lanmuk", f"{HK}/lauram", f"{HK}/yausan",
        f"{HK}/tsoeng", f"{HK}/biutsim", f"{HK}/copyright", f"{SU}/kaping", f"{SU}/panulis",
        f"{SU}/rubrik", f"{SU}/dibaca", f"{SU}/bacaoge", f"{SU}/konci", f"{HI}/petsa",
        f"{HI}/sumulat", f"{HI}/bahin", f"{HI}/basaman", f"{HI}/tag"))
    for style, family, want in ((XH, "umhla", 5), (XH, "umbhali", 5), (XH, "funda", 5),
                                (TW, "da", 5), (TW, "kyerewfo", 5), (TW, "kenkan", 5),
                                (TW, "akenkan", 5), (LG, "datums", 5), (LG, "autors", 5),
                                (LG, "losi", 5), (LG, "daleit", 5), (LD, "data", 5),
                                (LD, "eskritor", 5), (LD, "meldaj", 5), (HW, "la", 5),
                                (HW, "kakau", 5), (HW, "heluhelu", 5),
                                (QUAKER, "dated", 5), (QUAKER, "business", 5),
                                (QUAKER, "reading", 2), (GREYHOUND, "posted", 5),
                                (GREYHOUND, "next", 5), (GREYHOUND, "winner", 2),
                                (COOP, "posted", 5), (COOP, "tip", 2), (CROQUET, "posted", 5),
                                (CROQUET, "lawns", 3), (CROQUET, "result", 2)):
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    assert_reworded(fams, (
        (f"{HK}/yatkei", "-", "年"),
        (f"{HK}/geizhe", "記者：", "報道】"),
        (f"{SU}/kaping", " | ", "Poé "),
        (f"{SU}/panulis", "Panulis: ", " · Redaktur: "),
        (f"{HI}/petsa", ", 20", "Biyernes"),
        (f"{HI}/sumulat", "Ginsulat ni ", "Ni ")))
    assert any(re.fullmatch(r"\w+, \w+ \d+, \d{4}", norm(t)) for t in fams[f"{HI}/petsa"])
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d+, \d{4}", norm(t)) for t in fams[f"{HI}/petsa"])
    assert_groups_reworded(SET, (
        (XH, "umhla", " 20", "Ngo"),
        (XH, "umbhali", "Ngu-", "Umbhali: "),
        (TW, "kyerewfo", "Ɔkyerɛwfoɔ: ", "bɔɔ amanneɛ"),
        (LG, "datums", ".20", " goda "),
        (LG, "autors", "Autors: ", "Rakstu sagatavuoja "),
        (LD, "data", " de 20", "Junio"),
        (LD, "eskritor", "Por ", "Eskrito por "),
        (HW, "la", ", 20", " · Pō "),
        (HW, "kakau", "Na ", "Kākau ʻia e "),
        (QUAKER, "dated", " 20", " Month "),
        (GREYHOUND, "posted", " 20", "Racing news · "),
        (COOP, "posted", ", 20", "Co-op news | "),
        (CROQUET, "posted", " 20", "Club news · ")))
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        f"{HK}/lauyin", f"{HK}/mangzak", f"{SU}/komentar", f"{HI}/komento",
        f"{SU}/copyright"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, HK, [
        ("lanmuk", 0.18, 0.45), ("lauram", 0.22, 0.5), ("hungfung", 0.0, 0.12),
        ("yatkei", 0.75, 0.97), ("gwonggou", 0.55, 0.85)])
    assert_carried_share(docs, SU, [("konci", 0.15, 0.55), ("kaping", 0.7, 0.99)])
    # a mid-body insert can occur twice in one article
    for fam in (f"{HK}/gwonggou", f"{HK}/yausan", f"{SU}/pariwara", f"{SU}/bacaoge",
                f"{HI}/anunsyo", f"{HI}/basaman", f"{XH}/intengiso", f"{XH}/funda"):
        assert max(per_doc(docs, fam)) == 2, fam
    # pool inserts of the small publishers occur at most once an article
    assert_once_per_page(SET, ((QUAKER, "reading"), (GREYHOUND, "winner"), (COOP, "tip"),
                               (CROQUET, "result")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    """The rare lines sit on a handful of pages (`heldout_checks.assert_rare_families`)."""
    assert_rare_families(SET, ((HK, "hungfung"), (SU, "banjir"), (HI, "bagyo"), (XH, "isaqhwithi"),
        (TW, "nsuyiri"), (LG, "ladus"), (LD, "lodos"), (HW, "nalu"), (QUAKER, "snow"),
        (GREYHOUND, "frost"), (COOP, "storm"), (CROQUET, "rain")))


def test_sister_sites_share_network_lines() -> None:
    """Lines that do not name the site stay the same on a style's renamed variants."""
    assert_sister_sites_share(SET, (
            (HK, "lauyin", "留言經審核後先會顯示。請勿粗言穢語或者作人身攻擊。"),
            (SU, "komentar", "Koméntar dipariksa heula saméméh ditémbongkeun. Ulah "
             "nyebarkeun hoaks jeung SARA."),
            (HI, "komento", "Ang mga komento ginarepaso antes ipakita. Indi pagbutang sang "
             "malaw-ay nga pulong."),
            (XH, "izimvo", "Izimvo ziyahlolwa phambi kokuba zipapashwe. Akuvumelekanga "
             "ukuthuka."),
            (TW, "adwene", "Yɛhwɛ adwene biara mu ansa na yɛde ato dwa. Yɛmfa ahohora nsɛm "
             "nto dwa."),
            (QUAKER, "welcome", "All are welcome: no need to book, and you may come and go as "
             "you need."),
            (GREYHOUND, "gamble", "18+ only. When the fun stops, stop. BeGambleAware.org")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: a share line
    first_title = bodies(SET, 1)[0].title
    assert rendered(SET, LG, "daleit", d(2018, 7, 9)) == f"Daleit ar draugim: „{first_title}”"
    own = own_title_lines(group_docs(SET, LG), "/daleit")
    assert own and sum(norm(text).endswith(f"„{title}”") for title, text in own) >= (
        0.6 * len(own))
    # other articles' titles: "read also" links in eight languages
    assert_links_to_other_titles(docs, fams, (
        (f"{HK}/yausan", "延伸閱讀："),
        (f"{SU}/bacaoge", "Baca ogé: "),
        (f"{HI}/basaman", "Basaha man: "),
        (f"{XH}/funda", "Funda nale: "),
        (f"{TW}/kenkan", "Kenkan bio: "),
        (f"{LG}/losi", "Losi ari: "),
        (f"{LD}/meldaj", "Meldaj tambien: "),
        (f"{HW}/heluhelu", "E heluhelu pū: "),
    ))


def test_names_at_line_start() -> None:
    fams = by_family(planted_docs(SET))

    def both(fam: str, pool_name: str, old: str, new: str) -> None:
        """`old` and `new`: each wording as a regex whose group 1 is the writer's name."""
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        olds = [m[1] for t in texts if (m := re.fullmatch(old, t))]
        news = [m[1] for t in texts if (m := re.fullmatch(new, t))]
        assert olds and sum(t in writers for t in olds) >= 0.75 * len(olds), fam
        assert news and sum(t in writers for t in news) >= 0.75 * len(news), fam

    both(f"{HK}/geizhe", "geizhe", r"記者：(.+)", r"【記者 (\S+)／\S+報道】")
    both(f"{SU}/panulis", "panulis", r"Panulis: ([^·]+)", r"Panulis: (.+) · Redaktur: .+")
    both(f"{HI}/sumulat", "sumulat", r"Ginsulat ni (.+)", r"Ni (\S+ \S+), .+")
    for style, family, pool_name, old, new in (
            (XH, "umbhali", "umbhali", r"Ngu-(.+)", r"Umbhali: (.+) \| \S+"),
            (TW, "kyerewfo", "kyerewfo", r"Ɔkyerɛwfoɔ: (.+)", r"Sɛnea (.+) bɔɔ amanneɛ"),
            (LG, "autors", "autors", r"Autors: (.+)", r"Rakstu sagatavuoja (.+)"),
            (LD, "eskritor", "eskritor", r"Por (.+)", r"Eskrito por (.+)"),
            (HW, "kakau", "kakau", r"Na (.+)", r"Kākau ʻia e (.+)")):
        writers = pool(SET, style, pool_name)
        texts = [norm(t) for t in group_lines(SET, style, family)]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.5 * len(names), (
                style, family, pattern)
    districts = pool(SET, HK, "dei")
    found = [m[1] for t in fams[f"{HK}/geizhe"] if (m := re.search(r"／(\S+)報道】", norm(t)))]
    assert found and sum(t in districts for t in found) >= 0.75 * len(found)


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (HK, "gwonggou", "廣告"), (SU, "pariwara", "Pariwara"), (HI, "anunsyo", "Anunsyo"),
        (XH, "intengiso", "Intengiso"), (TW, "dawurubo", "Dawurubɔ"), (LG, "reklama", "Reklama"),
        (LD, "anunsio", "Anunsio"), (HW, "hoolaha", "Hoʻolaha"),
        (HK, "lang", "繁 | 简 | EN"), (SU, "basa", "Basa Sunda | Bahasa Indonesia"),
        (XH, "ulwimi", "isiXhosa | English"), (LD, "lingua", "Djudeo-espanyol | Türkçe | English"),
        (XH, "ofisi-head", "Iofisi yethu"), (GREYHOUND, "office-head", "Stadium office"),
        (CROQUET, "where-head", "Where we play")))
    assert_values_from_pool(SET, fams, ((f"{HK}/lanmuk", "lanmuk"), (f"{SU}/rubrik", "rubrik"),
                                        (f"{HI}/bahin", "bahin")))
    assert_group_values_from_pool(SET, ((XH, "icandelo", "icandelo"), (TW, "fa", "fa"),
                                        (LG, "sadala", "sadala"), (LD, "seksion", "seksion"),
                                        (HW, "mahele", "mahele")))
    assert pool_in_order(SET, QUAKER, "reading") == READINGS
    assert pool_in_order(SET, QUAKER, "notice") == NOTICES
    assert pool_in_order(SET, GREYHOUND, "winner") == WINNERS
    assert pool_in_order(SET, GREYHOUND, "trap") == TRAPS
    assert pool_in_order(SET, COOP, "tip") == ENERGY_TIPS
    assert pool_in_order(SET, COOP, "safety") == SAFETY
    assert pool_in_order(SET, CROQUET, "result") == RESULTS
    assert pool_in_order(SET, CROQUET, "handicap") == HANDICAPS
    for text in TRAPS:
        shares = [int(p) for p in re.findall(r"T\d (\d+)%", text)]
        assert len(shares) == 6 and sum(shares) == 100, text
    for text in WINNERS:
        assert re.fullmatch(r"🏆 Open race winner: .+ \(T[1-6]\) in 2\d\.\d\d", text), text
    tags = [norm(t).removeprefix("標籤：") for t in fams[f"{HK}/biutsim"]]
    assert tags and all(t for t in tags)
    for letters, fam in (("【】／：", f"{HK}/geizhe"), ("é", f"{SU}/komentar"),
                         ("ɛɔ", f"{TW}/adwene"), ("ōņ", f"{LG}/komentari"),
                         ("ʻā", f"{HW}/manao")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        XH: (["ofisi-head", "ofisi"], 2),
        LD: (["adresa-head", "adresa"], 2),
        QUAKER: (["contact-head", "contact"], 2),
        GREYHOUND: (["office-head", "office"], 2),
        COOP: (["contact-head", "contact"], 1),
        CROQUET: (["where-head", "where"], 1)})


def test_first_and_last_days() -> None:
    """The set's day walks cover every article date and its syndicated copies."""
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in ((HK, "yatkei"), (SU, "kaping"), (HI, "petsa"), (XH, "umhla"),
                           (TW, "da"), (LG, "datums"), (LD, "data"), (HW, "la"),
                           (QUAKER, "dated")):
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
