"""The held-back-38 template set (`tests.bench.heldout_templates_38`): its localised dates
(nine printed day by day, one on the Balinese Pawukon, one in the Roman calendar, one in the
Assyrian year, one in the Baháʼí Badíʿ calendar and one Anno Lucis), the next Nineteen Day
Feast, the next lodge meeting, the next Toastmasters meeting, a conference's countdowns,
the notices it rewords by date, the calendars some notices follow, the variation it
promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-38's first run is recorded in its module). The checks every held-back
set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tests.bench.heldout_templates_38 import (
    AS_BYLINE,
    AS_DAILY,
    AS_SOCIAL,
    AS_WALLET,
    BADI_MONTHS,
    BADI_WEEKDAYS,
    BALINESE_MONTHS,
    BALINESE_WEEKDAYS,
    BE_BYLINE,
    BE_DAILY,
    BE_NOTICES,
    BE_ONLINE,
    BHOJPURI_MONTHS,
    BHOJPURI_WEEKDAYS,
    BJ_BYLINE,
    BJ_DAILY,
    BJ_SOCIAL,
    BJ_WALLET,
    BL_BYLINE,
    BL_DAILY,
    BL_PRICE,
    BL_SOCIAL,
    CF_BYLINE,
    CF_FEES,
    CF_ONLINE,
    CH_BYLINE,
    CH_DAILY,
    CH_PRICE,
    CH_SOCIAL,
    CHAMORRO_MONTHS,
    CHAMORRO_WEEKDAYS,
    CHARITY,
    CHHATH,
    CORNISH_MONTHS,
    CORNISH_WEEKDAYS,
    EASTER_WESTERN,
    ENGLISH_MONTHS,
    FM_BOARD,
    FM_BYLINE,
    FM_DAILY,
    FM_SUSPENDED,
    HOKKIEN_WEEKDAYS,
    HOLI,
    KEYNOTES,
    KW_BYLINE,
    KW_DAILY,
    KW_SOCIAL,
    KW_WALLET,
    LA_BYLINE,
    LA_DAILY,
    LA_PRICE,
    LA_SOCIAL,
    LAST_DAY,
    LATIN_MONTHS,
    LATIN_WEEKDAYS,
    NAVAJO_MONTHS,
    NAVAJO_WEEKDAYS,
    NAW_RUZ,
    NV_BYLINE,
    NV_DAILY,
    NV_PRICE,
    NV_SOCIAL,
    NYEPI,
    PANCA_WARA,
    QUOTES,
    SPONSORS,
    SYRIAC_MONTHS,
    SYRIAC_WEEKDAYS,
    TL_BYLINE,
    TL_DAILY,
    TL_PRICE,
    TL_SOCIAL,
    TM_BYLINE,
    TM_ONLINE,
    TM_SUBS,
    TOPICS,
    VERBA,
    VISITS,
    WORDS,
    WUKU,
    YEARS,
    anno_lucis,
    assyrian_year,
    badi,
    club_meeting,
    conference_days,
    galungan,
    lodge_meeting,
    minguo,
    next_feast,
    ordinal,
    pawukon,
    roman,
    roman_date,
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

SET = "held-back-38"
SITES = ("छपरा के खबर", "Tâi-lâm Sin-bûn", "Orti Gianyar", "Acta Diurna Nova", "Qala d-Atur",
         "Nutisian Guåhan", "Tségháhoodzání Naaltsoos", "Nowodhow Kernow", "Baháʼís of Ashford",
         "Tamarside Lodge No. 9137", "Remuera Speakers Toastmasters Club",
         "Northern Isles Linguistics Conference")
BJ, TL, BL, LA = ("chhaprakekhabar.in", "tailamsinbun.tw", "ortigianyar.id",
                  "actadiurnanova.eu")
AS, CH, NV, KW = ("qaladatur.org.au", "nutisianguahan.com", "tseghahoodzani.com",
                  "nowodhowkernow.org.uk")
BAHAI, LODGE, TOAST, NILC = ("ashfordbahais.org.uk", "tamarsidelodge.org.uk",
                             "remueraspeakers.org.nz", "nilc-conference.org")

d = dt.date
one = dt.timedelta(days=1)
SYNODIC = 29.530588853  # days, the mean lunar month
NEW_MOON_2000 = dt.datetime(2000, 1, 6, 18, 14)  # a new moon (UTC)
# Galungan as Bali kept it, from published calendars (not from the module's arithmetic).
GALUNGAN = (d(2015, 7, 15), d(2016, 2, 10), d(2016, 9, 7), d(2017, 4, 5), d(2017, 11, 1),
            d(2018, 5, 30), d(2018, 12, 26), d(2019, 7, 24), d(2020, 2, 19), d(2020, 9, 16))


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _moon_age(day: dt.date) -> float:
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return ((noon - NEW_MOON_2000).total_seconds() / 86400) % SYNODIC


def _from_roman(text: str) -> int:
    """Roman numerals back to an int, read here independently of the module."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, c in enumerate(text):
        v = values[c]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def _from_roman_date(text: str, year: int) -> dt.date:
    """A Roman date ("a. d. XI Kal. Iul.", "prid. Id. Mart.", "Non. Mai.") in `year` back to
    a date: counted inclusively back from the Kalends, Nones or Ides."""
    m = re.fullmatch(r"(?:(prid\.) |a\. d\. (bis )?([IVXLC]+) )?(Kal\.|Non\.|Id\.) (\S+)", text)
    assert m, text
    month = LATIN_MONTHS.index(m[5]) + 1
    n = 2 if m[1] else _from_roman(m[3]) if m[3] else 1
    if m[4] == "Kal.":
        y = year + 1 if month == 1 and n > 1 else year
        anchor = d(y, month, 1)
        if month == 3 and calendar.isleap(y):
            if m[2]:
                return d(y, 2, 24)
            return anchor - (n if n >= 7 else n - 1) * one
        return anchor - (n - 1) * one
    nones = 7 if month in (3, 5, 7, 10) else 5
    anchor = d(year, month, nones if m[4] == "Non." else nones + 8)
    return anchor - (n - 1) * one


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month name and the year, weekdays, months).
DAILY = (
    (BJ, "tarikh", BJ_DAILY, "{date_long} | {time12} IST",
     rf"(?P<wd>{_alt(BHOJPURI_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(BHOJPURI_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) \| \{{time\}} बजे", BHOJPURI_WEEKDAYS, BHOJPURI_MONTHS),
    (CH, "fecha", CH_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(CHAMORRO_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(CHAMORRO_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", CHAMORRO_WEEKDAYS, CHAMORRO_MONTHS),
    (NV, "yiskaa", NV_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(NAVAJO_WEEKDAYS)}), (?P<mm>{_alt(NAVAJO_MONTHS)}) (?P<dd>\d{{1,2}}), "
     rf"(?P<yy>\d{{4}})", NAVAJO_WEEKDAYS, NAVAJO_MONTHS),
    (KW, "dydh", KW_DAILY, "{date_dmy}",
     rf"(?P<wd>{_alt(CORNISH_WEEKDAYS)}), (?P<dd>\d{{1,2}}) mis (?P<mm>{_alt(CORNISH_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", CORNISH_WEEKDAYS, CORNISH_MONTHS),
    (BL, "rahina", BL_DAILY, "{date_id} | {time} WITA",
     rf"Rahina (?P<wd>{_alt(BALINESE_WEEKDAYS)}) (?P<panca>{_alt(PANCA_WARA)}), wuku "
     rf"(?P<wuku>{_alt(WUKU)}) · (?P<dd>\d{{1,2}}) (?P<mm>{_alt(BALINESE_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", BALINESE_WEEKDAYS, BALINESE_MONTHS),
)
MINGUO_DATE = (rf"Bîn-kok (?P<yy>\d+) nî (?P<mm>\d+) goe̍h (?P<dd>\d+) ji̍t "
               rf"\((?P<wd>{_alt(HOKKIEN_WEEKDAYS)})\)")
SYRIAC_DATE = (rf"(?P<wd>{_alt(SYRIAC_WEEKDAYS)})، (?P<dd>\d{{1,2}}) "
               rf"(?P<mm>{_alt(SYRIAC_MONTHS)}) (?P<yy>\d{{4}})")
LATIN_DATE = rf"Die (?P<wd>{_alt(LATIN_WEEKDAYS)}), (?P<rd>.+) (?P<yy>[MDCLXVI]+)"
BADI_DATE = (rf"(?P<wd>{_alt(BADI_WEEKDAYS)}), (?:(?P<ayyam>\d+)(?:st|nd|rd|th) day of "
             rf"Ayyám-i-Há|(?P<dd>\d{{1,2}}) (?P<mm>{_alt(BADI_MONTHS)})) (?P<yy>\d{{3}}) "
             rf"B\.E\.")


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BJ, "tarikh", old, r"March 5, 2016 \| \d{1,2}:\d\d [AP]M IST")
    full(BJ, "tarikh", new, r"सुक, 21 जून 2019 \| \d\d:\d\d बजे")
    full(BJ, "report", old, r"रिपोर्ट: \S+ .+")
    full(BJ, "report", new, r"\S+ से .+ के रिपोर्ट")
    full(BJ, "padhle", old, r"\d{1,3} लोग पढ़ले बा")
    full(TL, "jitchi", old, r"2016-03-05 \d\d:\d\d")
    full(TL, "jitchi", new, r"Bîn-kok 108 nî 6 goe̍h 21 ji̍t \(pài-gō͘\)")
    full(TL, "jitchi", d(2020, 12, 27), r"Bîn-kok 109 nî 12 goe̍h 27 ji̍t \(lé-pài-ji̍t\)")
    full(TL, "kichia", old, r"Kì-chiá: \S+ \S+")
    full(TL, "kichia", new, r"Kì-chiá \S+ \S+ tī \S+ pò-tō")
    full(BL, "rahina", old, r"Sabtu, 5 Maret 2016 \| \d\d:\d\d WITA")
    full(BL, "rahina", new, r"Rahina Sukra Paing, wuku Gumbreg · 21 Juni 2019")
    full(BL, "pangawi", new, r"Sane nyurat: .+ \(\S+\)")
    full(LA, "dies", old, r"5 March 2016")
    full(LA, "dies", new, r"Die Veneris, a\. d\. XI Kal\. Iul\. MMXIX")
    full(LA, "dies", d(2019, 3, 15), r"Die Veneris, Id\. Mart\. MMXIX")
    full(LA, "dies", d(2018, 12, 14), r"Die Veneris, a\. d\. XIX Kal\. Ian\. MMXVIII")
    full(LA, "dies", d(2020, 2, 24), r"Die Lunae, a\. d\. bis VI Kal\. Mart\. MMXX")
    full(LA, "auctor", new, r"Scripsit \S+ .+")
    full(AS, "yoma", old, r"5 March 2016")
    full(AS, "yoma", new, r"ܥܪܘܒܬܐ، 21 ܚܙܝܪܢ 6769")
    full(AS, "yoma", d(2019, 3, 31), r"ܚܕܒܫܒܐ، 31 ܐܕܪ 6768")
    full(AS, "ktawa", new, r"ܟܬܘܒܐ: \S+ \S+")
    full(CH, "fecha", new, r"Betnes, 21 Huñu 2019")
    full(CH, "tinige", new, r"Tinige' as \S+ .+, \S+")
    full(NV, "yiskaa", new, r"Ndaʼiiníísh, Yaʼiishjáásh Chilí 21, 2019")
    full(NV, "by", new, r"\S+ \S+ \| Staff Reporter")
    full(KW, "dydh", new, r"dy' Gwener, 21 mis Metheven 2019")
    full(KW, "gans", new, r"Skrifys gans \S+ \S+")
    full(BAHAI, "dated", old, r"5 March 2016")
    full(BAHAI, "dated", new, r"Istiqlál, 17 Núr 176 B\.E\.")
    full(BAHAI, "dated", d(2019, 2, 27), r"ʻIdál, 2nd day of Ayyám-i-Há 175 B\.E\.")
    full(BAHAI, "posted", new, r"Posted by Ada Brook for the Local Spiritual Assembly")
    full(LODGE, "dated", new, r"21st June A\.L\. 6019")
    full(LODGE, "secretary", new, r"W\.Bro\. Ada Brook, Lodge Secretary")
    full(TOAST, "posted", new, r"Ada Brook \(VP Public Relations\) — 21 June 2019")
    full(NILC, "posted", new, r"News · 21 June 2019 · Ada Brook, for the organising committee")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Nine families hold a wording per day: walking every day from 2015 to 2020, each
    prints that day's own date (day, month, year and weekday) in its language or calendar,
    changing form on the day of its rewording."""
    for domain, family, since, *_ in DAILY + ((TL, "jitchi", TL_DAILY), (AS, "yoma", AS_DAILY),
                                              (LA, "dies", LA_DAILY), (BAHAI, "dated", BE_DAILY),
                                              (LODGE, "dated", FM_DAILY)):
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
        text = template(SET, TL, "jitchi", day)
        if day < TL_DAILY:
            assert text == "{date_iso} {time}", (day, text)
        else:
            m = re.fullmatch(MINGUO_DATE, text)
            assert m and HOKKIEN_WEEKDAYS.index(m["wd"]) == day.weekday(), (day, text)
            assert (int(m["yy"]) + 1911, int(m["mm"]), int(m["dd"])) == (
                day.year, day.month, day.day), (day, text)
        text = template(SET, AS, "yoma", day)
        if day < AS_DAILY:
            assert text == "{date_dmy}", (day, text)
        else:
            m = re.fullmatch(SYRIAC_DATE, text)
            assert m and SYRIAC_WEEKDAYS.index(m["wd"]) == day.weekday(), (day, text)
            assert (int(m["dd"]), SYRIAC_MONTHS.index(m["mm"]) + 1) == (day.day, day.month)
            new_year = d(day.year, 4, 1)
            assert int(m["yy"]) == day.year + 4749 + (day >= new_year), (day, text)
        text = template(SET, LA, "dies", day)
        if day < LA_DAILY:
            assert text == "{date_dmy}", (day, text)
        else:
            m = re.fullmatch(LATIN_DATE, text)
            assert m and LATIN_WEEKDAYS.index(m["wd"]) == day.weekday(), (day, text)
            assert _from_roman(m["yy"]) == day.year, (day, text)
            assert _from_roman_date(m["rd"], day.year) == day, (day, text)
        text = template(SET, LODGE, "dated", day)
        if day >= FM_DAILY:
            m = re.fullmatch(r"(\d+)(st|nd|rd|th) (\w+) A\.L\. (\d{4})", text)
            assert m and m[1] + m[2] == ordinal(day.day), (day, text)
            assert (ENGLISH_MONTHS.index(m[3]) + 1, int(m[4])) == (day.month, day.year + 4000)
    for names in (BHOJPURI_WEEKDAYS, HOKKIEN_WEEKDAYS, BALINESE_WEEKDAYS, LATIN_WEEKDAYS,
                  SYRIAC_WEEKDAYS, CHAMORRO_WEEKDAYS, NAVAJO_WEEKDAYS, CORNISH_WEEKDAYS,
                  BADI_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (BHOJPURI_MONTHS, BALINESE_MONTHS, LATIN_MONTHS, SYRIAC_MONTHS,
                   CHAMORRO_MONTHS, NAVAJO_MONTHS, CORNISH_MONTHS):
        assert len(set(months)) == 12
    assert len(set(BADI_MONTHS)) == 19 and len(set(WUKU)) == 30 and len(set(PANCA_WARA)) == 5


def test_roman_numerals_and_dates() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 19, 40, 90, 400, 2014, 2019, 2020)] == [
        "I", "IV", "IX", "XIV", "XIX", "XL", "XC", "CD", "MMXIV", "MMXIX", "MMXX"]
    assert all(_from_roman(roman(n)) == n for n in range(1, 2100))
    assert [roman_date(day) for day in (d(2019, 1, 1), d(2019, 1, 5), d(2019, 1, 4),
                                        d(2019, 3, 7), d(2019, 3, 15), d(2019, 3, 16),
                                        d(2019, 2, 28), d(2020, 2, 29), d(2020, 2, 23),
                                        d(2019, 12, 31))] == [
        "Kal. Ian.", "Non. Ian.", "prid. Non. Ian.", "Non. Mart.", "Id. Mart.",
        "a. d. XVII Kal. Apr.", "prid. Kal. Mart.", "prid. Kal. Mart.",
        "a. d. VII Kal. Mart.", "prid. Kal. Ian."]
    for y in (2019, 2020):
        for day in (d(y, 1, 1) + k * one for k in range(366 if y == 2020 else 365)):
            assert _from_roman_date(roman_date(day), y) == day, day
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"]
    assert anno_lucis(d(2020, 12, 31)) == "31st December A.L. 6020"
    assert minguo(d(2019, 6, 21)) == 108
    assert assyrian_year(d(2019, 3, 31)) == 6768 and assyrian_year(d(2019, 4, 1)) == 6769


def test_balinese_pawukon() -> None:
    """The Pawukon: the five-day week moves on one a day, the wuku changes on Sundays
    (Redite), thirty of them in 210 days; Galungan (Buda Kliwon Dungulan) falls on the days
    Bali kept it, Kuningan ten days on, Saraswati on Saniscara Umanis Watugunung."""
    previous = pawukon(d(2014, 12, 31))
    for day in every_day():
        wara, panca, wuku = pawukon(day)
        assert BALINESE_WEEKDAYS.index(wara) == day.weekday()
        assert PANCA_WARA.index(panca) == (PANCA_WARA.index(previous[1]) + 1) % 5, day
        step = (WUKU.index(wuku) - WUKU.index(previous[2])) % 30
        assert step == (1 if wara == "Redite" else 0), day
        previous = (wara, panca, wuku)
    assert galungan(d(2015, 1, 1), d(2020, 12, 31)) == list(GALUNGAN)
    for day in GALUNGAN:
        assert pawukon(day) == ("Buda", "Kliwon", "Dungulan")
        assert pawukon(day + 10 * one) == ("Saniscara", "Kliwon", "Kuningan")
        assert pawukon(day + 136 * one) == ("Saniscara", "Umanis", "Watugunung")
        assert template(SET, BL, "rahina", day).startswith("Rahina Buda Kliwon, wuku Dungulan") \
            or day < BL_DAILY
    assert pawukon(d(2018, 3, 18)) == ("Redite", "Paing", "Sinta")


def test_badi_calendar() -> None:
    """The Badíʿ year: nineteen months of nineteen days from Naw-Rúz, Ayyám-i-Há (four or
    five days) before ʻAláʼ, the last month, which ends on the eve of the next Naw-Rúz;
    walked day by day from the printed dates."""
    run = 0
    previous = None
    for day in (BE_DAILY + k * one for k in range((LAST_DAY - BE_DAILY).days + 1)):
        m = re.fullmatch(BADI_DATE, template(SET, BAHAI, "dated", day))
        assert m and BADI_WEEKDAYS.index(m["wd"]) == day.weekday(), day
        year = int(m["yy"])
        now = (year, 0, int(m["ayyam"])) if m["ayyam"] else (
            year, BADI_MONTHS.index(m["mm"]) + 1, int(m["dd"]))
        assert now == badi(day)
        if (day.year in NAW_RUZ) and day == _date(NAW_RUZ[day.year]):
            assert now == (day.year - 1843, 1, 1), day
            assert previous in (None, (year - 1, 19, 19)), (day, previous)
        elif previous is not None:
            py, pm, pd = previous
            if pm == 0:
                assert now in ((py, 0, pd + 1), (py, 19, 1)), (day, previous, now)
                if now[1] == 19:
                    assert pd in (4, 5), (day, pd)
            elif pd == 19:
                assert now == ((py, 0, 1) if pm == 18 else (py, pm + 1, 1)), (day, now)
            else:
                assert now == (py, pm, pd + 1), (day, now)
        run += now[1] == 0
        previous = now
    assert 4 * 3 <= run <= 5 * 4
    for y in YEARS:
        nr = _date(NAW_RUZ[y])
        assert d(y, 3, 20) <= nr <= d(y, 3, 21)
        assert badi(nr + 31 * one) == (y - 1843, 2, 13)  # the first day of Riḍván
    assert badi(d(2019, 4, 21)) == (176, 2, 13)
    assert badi(d(2019, 5, 24)) == (176, 4, 8)  # the Declaration of the Báb
    # Naw-Rúz and Ayyám-i-Há as the published Baháʼí calendars give them
    assert badi(d(2016, 3, 20)) == (173, 1, 1) and badi(d(2020, 3, 20)) == (177, 1, 1)
    assert badi(d(2018, 3, 21)) == (175, 1, 1) and badi(d(2018, 3, 20)) == (174, 19, 19)
    assert badi(d(2020, 2, 26)) == (176, 0, 1) and badi(d(2020, 2, 29)) == (176, 0, 4)
    assert badi(d(2020, 3, 1)) == (176, 19, 1)  # the Fast, in a leap year


def test_nineteen_day_feasts() -> None:
    """The Feast line names the next Nineteen Day Feast, on the first day of a month; in
    ʻAláʼ it speaks of the Fast; online from the 2020 lockdown."""
    for day in every_day():
        text = template(SET, BAHAI, "feast", day)
        if badi(day)[1] == 19:
            assert text.startswith("🌅 The Fast"), (day, text)
            continue
        feast = next_feast(day)
        assert badi(feast)[2] == 1 and 0 <= (feast - day).days <= 24, (day, feast)
        name = BADI_MONTHS[badi(feast)[1] - 1]
        assert f"Feast of {name}" in text, (day, text)
        assert text.endswith("online.") == (day >= BE_ONLINE), (day, text)
        if feast == day:
            assert "tonight" in text, (day, text)
        else:
            m = re.search(r", \w+ (\d+) (\w+), 7pm", text)
            assert m and (int(m[1]), ENGLISH_MONTHS.index(m[2]) + 1) == (
                feast.day, feast.month), (day, text)


def test_lodge_meetings() -> None:
    """Regular meetings on the third Thursday from September to May, the installation in
    November, none from June to August; all suspended from March 2020."""
    for y in YEARS:
        for m in (9, 10, 11, 12, 1, 2, 3, 4, 5):
            meeting = lodge_meeting(d(y, m, 1))
            assert meeting.weekday() == 3 and 15 <= meeting.day <= 21 and meeting.month == m
        assert lodge_meeting(d(y, 6, 1)).month == 9
    for day in every_day():
        text = template(SET, LODGE, "meeting", day)
        if day >= FM_SUSPENDED:
            assert text.startswith("⛔"), (day, text)
            continue
        meeting = lodge_meeting(day)
        assert ("Installation" in text or "installation" in text) == (meeting.month == 11)
        if meeting == day:
            assert "tonight" in text, (day, text)
        else:
            m = re.fullmatch(r"Next (?:regular|installation) meeting: Thursday (\d+)"
                             r"(?:st|nd|rd|th) (\w+), 6\.30pm for 7pm\.", text)
            assert m, (day, text)
            month = ENGLISH_MONTHS.index(m[2]) + 1
            assert d(day.year + (month < day.month), month, int(m[1])) == meeting, (day, text)
            assert 0 < (meeting - day).days <= 130, (day, text)  # May to September


def test_toastmasters_meetings() -> None:
    """Second and fourth Wednesdays, none in January, on Zoom in 2020's two lockdowns."""
    for day in every_day():
        text = template(SET, TOAST, "next", day)
        meeting = club_meeting(day)
        assert meeting.weekday() == 2 and meeting.month != 1
        assert 8 <= meeting.day <= 14 or 22 <= meeting.day <= 28
        online = any(first <= meeting < end for first, end in TM_ONLINE)
        assert ("on Zoom" in text) == online, (day, text)
        if meeting == day:
            assert text.startswith("🗓️ Meeting tonight"), (day, text)
        else:
            m = re.match(r"🗓️ Next meeting: Wednesday (\d+) (\w+), 7pm", text)
            assert m, (day, text)
            month = ENGLISH_MONTHS.index(m[2]) + 1
            assert d(day.year + (month < day.month), month, int(m[1])) == meeting
    assert club_meeting(d(2019, 12, 26)) == d(2020, 2, 12)


def test_conference_countdowns() -> None:
    """Countdowns to the abstract deadline (15 January), to the end of early-bird
    registration (30 April) and to the conference (Thursday to Saturday of the third week
    of June), each number right for its day; online in 2020."""
    for y in YEARS:
        first, last = conference_days(y)
        assert first.weekday() == 3 and 15 <= first.day <= 21 and (last - first).days == 2
    for day in every_day():
        text = template(SET, NILC, "countdown", day)
        first, last = conference_days(day.year)
        m = re.search(r"(\d+) days? (?:to go|left)", text)
        if text.startswith("⏳ Call for papers"):
            deadline = d(day.year + (day.month > 1), 1, 15)
            assert m and int(m[1]) == (deadline - day).days > 0, (day, text)
        elif text.startswith("🎟️ Early-bird"):
            assert m and int(m[1]) == (d(day.year, 4, 30) - day).days, (day, text)
        elif text.startswith("📅 NILC"):
            assert m and int(m[1]) == (first - day).days and day.year != 2020, (day, text)
        elif text.startswith("🎤"):
            assert first <= day <= last, (day, text)
            assert text.endswith(f"day {(day - first).days + 1} of 3"), (day, text)
            assert ("online" in text) == (day.year == 2020), (day, text)
        elif text.startswith("💻"):
            assert day.year == 2020 and CF_ONLINE <= day < first, (day, text)
        elif text.startswith("📬"):
            assert d(day.year, 1, 16) <= day <= d(day.year, 3, 1), (day, text)
        elif text.startswith("⏳ Abstracts close today"):
            assert (day.month, day.day) == (1, 15), (day, text)
        else:
            assert text.startswith("Thank you for coming"), (day, text)
            assert last < day and day.month < 9, (day, text)
        if m:
            assert (m[1] == "1") == ("1 day " in text), text


def test_calendar_constants_are_the_real_days() -> None:
    """Holi the day after a full moon, Chhath six days after a new moon, Nyepi the day
    after a new moon; Naw-Rúz at the equinox; Easter on Sundays."""
    for y in YEARS:
        assert 14 < _moon_age(_date(HOLI[y])) < 16.8 and _date(HOLI[y]).month == 3
        assert 4 < _moon_age(_date(CHHATH[y])) < 7 and _date(CHHATH[y]).month in (10, 11)
        assert 0 < _moon_age(_date(NYEPI[y])) < 2 and _date(NYEPI[y]).month == 3
        assert _date(EASTER_WESTERN[y]).weekday() == 6
        assert _date(NAW_RUZ[y]).month == 3 and 20 <= _date(NAW_RUZ[y]).day <= 21


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    says(BJ, "report", (BJ_BYLINE - one, "रिपोर्ट: "), (BJ_BYLINE, " के रिपोर्ट"))
    says(BJ, "parab", (BJ_SOCIAL - one, "लाइक करीं"), (BJ_SOCIAL, "यूट्यूब"),
         (_date(CHHATH[2019]), "छठ"), (_date(HOLI[2019]), "होली"), (d(2019, 3, 22), "107वाँ"))
    never(BJ, "parab", BJ_SOCIAL - one, "यूट्यूब")
    says(BJ, "khabar", (d(2015, 11, 8), "बिधानसभा"), (d(2019, 5, 23), "लोकसभा"),
         (d(2020, 4, 15), "लॉकडाउन"), (d(2020, 11, 10), "बिहार चुनाव 2020"),
         (d(2020, 11, 11), "व्हाट्सऐप"))
    says(BJ, "sahyog", (BJ_WALLET - one, "UPI से"), (BJ_WALLET, "Paytm"))
    says(TL, "kichia", (TL_BYLINE - one, "Kì-chiá: "), (TL_BYLINE, " pò-tō"))
    says(TL, "toe", (TL_SOCIAL - one, "Tī Facebook tòe"), (TL_SOCIAL, "YouTube"),
         (d(2019, 2, 21), "Bó-gí"), (d(2019, 2, 28), "228"), (d(2019, 10, 10), "Bîn-kok 108"))
    says(TL, "siausit", (d(2016, 1, 16), "1 goe̍h 16"), (d(2016, 2, 8), "Tē-tāng"),
         (d(2018, 11, 24), "kong-tâu"), (d(2020, 1, 11), "1 goe̍h 11"),
         (d(2020, 3, 1), "Kháu-tàu"), (d(2020, 4, 22), "LINE"))
    says(TL, "chichhi", (TL_PRICE - one, "NT$100"), (TL_PRICE, "NT$150"))
    says(BL, "pangawi", (BL_BYLINE - one, "Olih "), (BL_BYLINE, "Sane nyurat: "))
    says(BL, "rauh", (BL_SOCIAL - one, "ring Instagram."), (BL_SOCIAL, "YouTube"),
         (d(2019, 7, 24), "Galungan"), (d(2019, 8, 3), "Kuningan"),
         (_date(NYEPI[2019]), "Nyepi"), (d(2019, 12, 7), "Saraswati"))
    says(BL, "rauh", (_date(NYEPI[2018]), "Nyepi"))  # Nyepi and Saraswati fell together
    says(BL, "orti", (d(2017, 10, 1), "Agung"), (d(2018, 6, 27), "Pilgub"),
         (d(2019, 4, 17), "Pemilu"), (d(2020, 4, 15), "Ngoyong"), (d(2020, 6, 1), "WA:"))
    says(BL, "langganan", (BL_PRICE - one, "Rp 75.000"), (BL_PRICE, "Rp 85.000"))
    says(LA, "auctor", (LA_BYLINE - one, "Auctor: "), (LA_BYLINE, "Scripsit "))
    says(LA, "sequere", (LA_SOCIAL - one, "in Facebook."), (LA_SOCIAL, "Twitter"),
         (d(2019, 3, 15), "Idus Martias"), (d(2019, 4, 21), "annus 2772"),
         (d(2019, 12, 18), "Saturnalia"), (d(2019, 12, 25), "Natalem"))
    says(LA, "subnotatio", (LA_PRICE - one, "XXV €"), (LA_PRICE, "XXX €"))
    says(LA, "copyright", (d(2015, 6, 1), "© MMXV "), (d(2019, 12, 31), "© MMXIX "),
         (d(2020, 1, 1), "© MMXX "))
    says(AS, "ktawa", (AS_BYLINE - one, "By "), (AS_BYLINE, "ܟܬܘܒܐ: "))
    says(AS, "eda", (AS_SOCIAL - one, "on Facebook."), (AS_SOCIAL, "Instagram"),
         (d(2019, 4, 1), "New Year 6769"), (d(2019, 8, 7), "Martyrs"),
         (_date(EASTER_WESTERN[2019]) - 68 * one, "Ninevites"), (d(2019, 12, 25), "Christmas"))
    says(AS, "news", (d(2015, 3, 28), "NSW election"), (d(2016, 7, 2), "Federal"),
         (d(2019, 3, 23), "NSW election"), (d(2019, 5, 18), "Federal"),
         (d(2020, 4, 15), "Stay at home"), (d(2020, 5, 15), "(02) 9755"))
    says(AS, "support", (AS_WALLET - one, "PayPal or bank"), (AS_WALLET, "PayID"))
    says(CH, "tinige", (CH_BYLINE - one, "Ginen "), (CH_BYLINE, "Tinige' as "))
    says(CH, "dalalak", (CH_SOCIAL - one, "gi Facebook."), (CH_SOCIAL, "Instagram"),
         (d(2019, 3, 20), "Mes Chamoru"), (d(2019, 7, 21), "75 åños"),
         (d(2019, 12, 8), "Kamalen"), (d(2019, 12, 25), "Nåbidat"))
    says(CH, "nutisia", (d(2016, 11, 8), "Nubembri 8"), (d(2018, 9, 11), "Mangkhut"),
         (d(2018, 11, 6), "Nubembri 6"), (d(2020, 4, 1), "PCOR 1"),
         (d(2020, 11, 3), "Nubembri 3"), (d(2020, 11, 4), "(671)"))
    says(CH, "suskribi", (CH_PRICE - one, "$5"), (CH_PRICE, "$6"))
    says(NV, "by", (NV_BYLINE - one, "By "), (NV_BYLINE, "Staff Reporter"))
    says(NV, "ahehee", (NV_SOCIAL - one, "on Facebook."), (NV_SOCIAL, "Instagram"),
         (d(2019, 6, 1), "151 years"), (d(2019, 8, 14), "Code Talkers"),
         (d(2019, 12, 25), "Keshmish"))
    says(NV, "tip", (d(2015, 8, 15), "San Juan"), (d(2016, 11, 8), "Nov. 8"),
         (d(2018, 11, 6), "Navajo Nation general"), (d(2020, 5, 1), "57-hour"),
         (d(2020, 11, 3), "Nov. 3"), (d(2020, 11, 4), "(928)"))
    says(NV, "subscribe", (NV_PRICE - one, "$35"), (NV_PRICE, "$40"))
    says(KW, "gans", (KW_BYLINE - one, "Gans "), (KW_BYLINE, "Skrifys gans "))
    says(KW, "holyewgh", (KW_SOCIAL - one, "war Facebook."), (KW_SOCIAL, "Twitter"),
         (d(2019, 3, 5), "Peran"), (d(2019, 6, 23), "Jowan"), (d(2019, 12, 25), "Nadelik"))
    says(KW, "nowodhow", (d(2015, 5, 7), "7 mis Me"), (d(2016, 6, 23), "Referendum"),
         (d(2017, 6, 8), "Metheven"), (d(2019, 12, 12), "Kevardhu"), (d(2020, 4, 1), "tre"),
         (d(2020, 6, 1), "nowodhow@"))
    says(KW, "skoodhyewgh", (KW_WALLET - one, "Patreon."), (KW_WALLET, "PayPal"))
    says(BAHAI, "posted", (BE_BYLINE - one, "Posted by "), (BE_BYLINE, "Local Spiritual"))
    never(BAHAI, "posted", BE_BYLINE - one, "Assembly")
    says(BAHAI, "holy", (d(2019, 3, 21), "176 B.E."), (d(2020, 3, 20), "177 B.E."),
         (d(2019, 4, 21), "Riḍván"), (d(2017, 10, 22), "Baháʼuʼlláh"),
         (d(2019, 10, 30), "the Báb"), (d(2019, 6, 1), "All are welcome"))
    says(BAHAI, "youth", (d(2019, 3, 1), "term time"), (d(2019, 8, 1), "summer break"),
         (d(2019, 10, 1), "term time"))
    says(LODGE, "secretary", (FM_BYLINE - one, "the Lodge Secretary"), (FM_BYLINE, "W.Bro."))
    says(LODGE, "board", (FM_BOARD - one, "£22"), (FM_BOARD, "£24"))
    says(LODGE, "festival", (d(2019, 4, 1), "second Saturday of May"),
         (d(2020, 4, 1), "cancelled"), (d(2020, 6, 1), "second Saturday"))
    says(TOAST, "posted", (TM_BYLINE - one, "2018"), (TM_BYLINE, "VP Public Relations"))
    says(TOAST, "subs", (TM_SUBS - one, "$120"), (TM_SUBS, "$135"))
    says(TOAST, "contest", (d(2019, 2, 15), "March"), (d(2019, 5, 1), "autumn"),
         (d(2019, 8, 15), "September"), (d(2019, 11, 1), "spring"))
    says(NILC, "posted", (CF_BYLINE - one, "2018"), (CF_BYLINE, "organising committee"))
    says(NILC, "fees", (CF_FEES - one, "£120"), (CF_FEES, "£140"))


def test_calendar_notices_show_only_near_their_days() -> None:
    """A calendar notice shows only in the days around its own: never in a month far from
    it."""
    for domain, family, words, far in (
            (BJ, "parab", "छठ", d(2019, 3, 1)),
            (TL, "toe", "Kok-khèng", d(2019, 3, 1)),
            (BL, "rauh", "Galungan", d(2019, 10, 1)),
            (BL, "rauh", "Nyepi", d(2019, 9, 1)),
            (LA, "sequere", "Saturnalia", d(2019, 6, 1)),
            (AS, "eda", "Ninevites", d(2019, 9, 1)),
            (CH, "dalalak", "Liberasion", d(2019, 3, 1)),
            (NV, "ahehee", "Code Talkers", d(2019, 3, 1)),
            (KW, "holyewgh", "Peran", d(2019, 9, 1)),
            (BAHAI, "holy", "Riḍván", d(2019, 9, 1))):
        assert words not in rendered(SET, domain, family, far), (domain, family)
        shown = [day for day in every_day() if words in template(SET, domain, family, day)]
        assert 2 <= len(shown) <= 6 * 40, (domain, family, len(shown))
    galungan_shown = [day for day in every_day()
                      if "Galungan" in template(SET, BL, "rauh", day)]
    assert all(any(0 <= (day - g).days + 1 <= 11 for g in GALUNGAN) for day in galungan_shown)
    assert len(galungan_shown) == 10 * 12  # from the eve of Galungan to Kuningan, ten times


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts and pools change the text
    assert_varied(fams, (
        f"{BJ}/tarikh", f"{BJ}/report", f"{BJ}/khand", f"{BJ}/padhle", f"{BJ}/iho",
        f"{BJ}/photo", f"{BJ}/tag", f"{BJ}/copyright", f"{TL}/jitchi", f"{TL}/kichia",
        f"{TL}/lui", f"{TL}/khoan", f"{TL}/siongkoan", f"{TL}/phiau", f"{TL}/hunhiong",
        f"{BL}/rahina", f"{BL}/pangawi", f"{BL}/kanda", f"{BL}/wacen", f"{BL}/kruna"))
    for style, family, want in ((LA, "dies", 5), (LA, "auctor", 5), (LA, "lege", 5),
                                (LA, "verbum", 3), (AS, "yoma", 5), (AS, "ktawa", 5),
                                (AS, "qray", 5), (CH, "fecha", 5), (CH, "tinige", 5),
                                (CH, "taitai", 5), (NV, "yiskaa", 5), (NV, "by", 5),
                                (NV, "aldoo", 5), (KW, "dydh", 5), (KW, "gans", 5),
                                (KW, "redyewgh", 5), (BAHAI, "dated", 5), (BAHAI, "feast", 5),
                                (BAHAI, "quote", 2), (LODGE, "dated", 5), (LODGE, "meeting", 5),
                                (LODGE, "charity", 2), (TOAST, "posted", 5), (TOAST, "next", 5),
                                (TOAST, "word", 2), (NILC, "posted", 5),
                                (NILC, "countdown", 5), (NILC, "keynote", 2)):
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    assert_reworded(fams, (
        (f"{BJ}/tarikh", " IST", " बजे"),
        (f"{BJ}/report", "रिपोर्ट: ", " के रिपोर्ट"),
        (f"{TL}/jitchi", "-", "Bîn-kok "),
        (f"{TL}/kichia", "Kì-chiá: ", " pò-tō"),
        (f"{BL}/rahina", " WITA", "Rahina "),
        (f"{BL}/pangawi", "Olih ", "Sane nyurat: ")))
    assert_groups_reworded(SET, (
        (LA, "dies", " 20", "Die "),
        (LA, "auctor", "Auctor: ", "Scripsit "),
        (AS, "yoma", " 20", "، "),
        (AS, "ktawa", "By ", "ܟܬܘܒܐ: "),
        (CH, "tinige", "Ginen ", "Tinige' as "),
        (NV, "yiskaa", ", 20", "ʼ"),
        (NV, "by", "By ", " | Staff Reporter"),
        (KW, "dydh", " 20", " mis "),
        (KW, "gans", "Gans ", "Skrifys gans "),
        (BAHAI, "dated", " 20", " B.E."),
        (LODGE, "dated", " 20", " A.L. "),
        (TOAST, "posted", " 20", "(VP Public Relations)"),
        (NILC, "posted", " 20", "News · ")))
    chamorro = [norm(t) for t in group_lines(SET, CH, "fecha")]
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d+, \d{4}", t) for t in chamorro)
    assert any(re.fullmatch(rf"(?:{_alt(CHAMORRO_WEEKDAYS)}), \d+ \S+ \d{{4}}", t)
               for t in chamorro)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        f"{BJ}/comment", f"{BJ}/bichar", f"{TL}/liugian", f"{BL}/komentar",
        f"{TL}/copyright"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, BJ, [
        ("khand", 0.18, 0.45), ("padhle", 0.22, 0.5), ("badh", 0.0, 0.12),
        ("tarikh", 0.75, 0.97), ("bigyapan", 0.55, 0.85)])
    assert_carried_share(docs, TL, [("phiau", 0.15, 0.55), ("jitchi", 0.7, 0.99)])
    # a mid-body insert can occur twice in one article
    for fam in (f"{BJ}/bigyapan", f"{BJ}/iho", f"{TL}/kongko", f"{TL}/siongkoan",
                f"{BL}/iklan", f"{BL}/wacen", f"{LA}/praeconium", f"{LA}/lege"):
        assert max(per_doc(docs, fam)) == 2, fam
    # pool inserts of the small publishers occur at most once an article
    assert_once_per_page(SET, ((BAHAI, "quote"), (LODGE, "charity"), (TOAST, "word"),
                               (NILC, "keynote")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    """The rare lines sit on a handful of pages (`heldout_checks.assert_rare_families`)."""
    assert_rare_families(SET, ((BJ, "badh"), (TL, "hongthai"), (BL, "ombak"), (LA, "cura"),
        (AS, "storm"), (CH, "napu"), (NV, "road"), (KW, "gwyns"), (BAHAI, "ice"),
        (LODGE, "mourning"), (TOAST, "power"), (NILC, "strike")))


def test_sister_sites_share_network_lines() -> None:
    """Lines that do not name the site stay the same on a style's renamed variants."""
    assert_sister_sites_share(SET, (
            (BJ, "comment", "कमेंट जाँच के बाद देखाई। गारी-गलौज आ अफवाह मत फइलाईं।"),
            (TL, "liugian", "Liû-giân ài seng sím-cha chiah ē chhut-lâi. M̄-thang mē lâng."),
            (BL, "komentar", "Komentar kacingakin dumun sadurung kaunggahang. Sampunang "
             "nganggen basa kasar."),
            (LA, "commentarii", "Commentarii a moderatoribus perleguntur antequam eduntur. "
             "Convicia non admittuntur."),
            (AS, "comments", "Comments are checked before they appear. Please write in "
             "Assyrian, English or Arabic, and be respectful."),
            (LODGE, "dress", "Dress: dark suit, white shirt, black tie and white gloves."),
            (TOAST, "guests", "Guests are always welcome, and your first three visits are "
             "free.")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: a share line in corner brackets
    first_title = bodies(SET, 1)[0].title
    assert rendered(SET, TL, "hunhiong", d(2018, 7, 9)) == f"Hun-hióng: 「{first_title}」"
    own = own_title_lines(group_docs(SET, TL), "/hunhiong")
    assert own and sum(norm(text).endswith(f"「{title}」") for title, text in own) >= (
        0.6 * len(own))
    # other articles' titles: "read also" links in eight languages
    assert_links_to_other_titles(docs, fams, (
        (f"{BJ}/iho", "इहो पढ़ीं: "),
        (f"{TL}/siongkoan", "Siong-koan sin-bûn: "),
        (f"{BL}/wacen", "Wacen taler: "),
        (f"{LA}/lege", "Lege etiam: "),
        (f"{AS}/qray", "ܩܪܝ ܐܦ: "),
        (f"{CH}/taitai", "Taitai lokkue': "),
        (f"{NV}/aldoo", "Ałdóó: "),
        (f"{KW}/redyewgh", "Redyewgh ynwedh: "),
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

    both(f"{BJ}/report", "samvaddata", r"रिपोर्ट: (.+)", r"\S+ से (.+) के रिपोर्ट")
    both(f"{TL}/kichia", "kichia", r"Kì-chiá: (.+)", r"Kì-chiá (\S+ \S+) tī \S+ pò-tō")
    both(f"{BL}/pangawi", "pangawi", r"Olih (.+)", r"Sane nyurat: (.+) \(\S+\)")
    for style, family, pool_name, old, new in (
            (LA, "auctor", "scriptor", r"Auctor: (.+)", r"Scripsit (.+)"),
            (AS, "ktawa", "ktawa", r"By (.+)", r"ܟܬܘܒܐ: (.+)"),
            (CH, "tinige", "tigi", r"Ginen (.+)", r"Tinige' as (.+), \S+"),
            (NV, "by", "writer", r"By (.+)", r"(.+) \| Staff Reporter"),
            (KW, "gans", "skrifer", r"Gans (.+)", r"Skrifys gans (.+)")):
        writers = pool(SET, style, pool_name)
        texts = [norm(t) for t in group_lines(SET, style, family)]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.5 * len(names), (
                style, family, pattern)
    places = pool(SET, BJ, "jagah")
    found = [m[1] for t in fams[f"{BJ}/report"] if (m := re.match(r"(\S+) से ", norm(t)))]
    assert found and sum(t in places for t in found) >= 0.75 * len(found)


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (BJ, "bigyapan", "बिग्यापन"), (TL, "kongko", "Kóng-kò"), (BL, "iklan", "Iklan"),
        (LA, "praeconium", "Praeconium"), (AS, "modaanutha", "ܡܘܕܥܢܘܬܐ"),
        (CH, "anunsiu", "Anunsiu"), (NV, "advertisement", "ADVERTISEMENT"),
        (BJ, "bhasa", "भोजपुरी | हिंदी | English"), (TL, "gi", "Pe̍h-ōe-jī | 漢羅 | 華語"),
        (BL, "swastyastu", "Om Swastyastu"), (NV, "yaateeh", "Yáʼátʼééh!"),
        (AS, "lishana", "ܣܘܪܝܬ | English | العربية"), (KW, "yeth", "Kernewek | English"),
        (AS, "office-head", "ܕܘܟܬܐ | Our office"), (KW, "sodhva-head", "Agan sodhva"),
        (LODGE, "hall-head", "Where we meet"), (NILC, "contact-head", "Contact the organisers")))
    assert_values_from_pool(SET, fams, ((f"{BJ}/khand", "khand"), (f"{TL}/lui", "lui"),
                                        (f"{BL}/kanda", "kanda")))
    assert_group_values_from_pool(SET, ((LA, "rubrica", "rubrica"), (AS, "qism", "qism"),
                                        (CH, "seksion", "seksion"), (NV, "desk", "desk"),
                                        (KW, "rann", "rann")))
    assert pool_in_order(SET, LA, "verbum") == VERBA
    assert pool_in_order(SET, BAHAI, "quote") == QUOTES
    assert pool_in_order(SET, BAHAI, "notice") == BE_NOTICES
    assert pool_in_order(SET, LODGE, "charity") == CHARITY
    assert pool_in_order(SET, LODGE, "visit") == VISITS
    assert pool_in_order(SET, TOAST, "word") == WORDS
    assert pool_in_order(SET, TOAST, "topic") == TOPICS
    assert pool_in_order(SET, NILC, "keynote") == KEYNOTES
    assert pool_in_order(SET, NILC, "sponsor") == SPONSORS
    for text in QUOTES:
        assert re.fullmatch(r"✨ “[^”]+” — Baháʼuʼlláh", text), text
    for text in WORDS:
        assert re.fullmatch(r"📖 Word of the Day: [a-z]+ — .+", text), text
    tags = [norm(t).removeprefix("टैग: ") for t in fams[f"{BJ}/tag"]]
    assert tags and all(t for t in tags)
    for letters, fam in (("ܐ", f"{AS}/office-head"), ("\u030d", f"{TL}/jitchi"),
                         ("å", f"{CH}/kumentu"), ("łʼ", f"{NV}/aldoo"),
                         ("áʼ", f"{BAHAI}/fund"), ("ाी", f"{BJ}/comment")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        AS: (["office-head", "office"], 2),
        KW: (["sodhva-head", "sodhva"], 2),
        BAHAI: (["contact-head", "contact"], 2),
        LODGE: (["hall-head", "hall"], 2),
        TOAST: (["where-head", "where"], 1),
        NILC: (["contact-head", "contact"], 1)})


def test_first_and_last_days() -> None:
    """The set's day walks cover every article date and its syndicated copies."""
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in ((BJ, "tarikh"), (TL, "jitchi"), (BL, "rahina"), (LA, "dies"),
                           (AS, "yoma"), (CH, "fecha"), (NV, "yiskaa"), (KW, "dydh"),
                           (BAHAI, "dated"), (LODGE, "dated")):
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
