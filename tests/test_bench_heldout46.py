"""The held-back-46 template set (`tests.bench.heldout_templates_46`): its localised dates
(nine printed day by day, two changing form on the day of a redesign, one with summer time,
several with English ordinals, one a wire dateline with a city slot), the weekly lines that
follow a church's year and a football season, the notices it rewords by date, the calendars
some notices follow, the variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles have few articles of
their own (the generator's Zipf sizes), so several checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_46 import (
    AP_MONTHS,
    DIWALI,
    EID_AZHA_PK,
    EID_FITR_NG,
    EID_FITR_PK,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    HI_DAILY,
    HINDI_MONTHS,
    HINDI_WEEKDAYS,
    HOLI,
    ID_DAILY,
    IE_DAILY,
    INDONESIAN_MONTHS,
    INDONESIAN_WEEKDAYS,
    LAST_DAY,
    LEBARAN,
    MX_THEME,
    NG_DAILY,
    PK_DAILY,
    SHORT_MONTHS,
    SPANISH_MONTHS,
    UK_DAILY,
    UK_REDESIGN,
    US_DAILY,
    WIRE_DAILY,
    YEARS,
    advent_sunday,
    easter,
    guelaguetza_mondays,
    next_weekday,
    ordinal,
    remembrance_sunday,
    sunday_name,
    uk_summer_time,
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
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-46"
SITES = ("Miami Valley Sentinel", "Calder Valley Post", "संगम समाचार", "Savannah Courier",
         "The Ravi Chronicle", "Heartland Free Press", "Suara Deli", "Newsbeacon",
         "Feale Valley Echo", "Sabores de Oaxaca", "St Columba's Parish",
         "Wallan Valley Football Netball Club")
US, UK, HI, NG = ("miamivalleysentinel.com", "caldervalleypost.co.uk", "sangamsamachar.in",
                  "savannahcourier.com.ng")
PK, AN, ID, WI = ("ravichronicle.pk", "heartlandfreepress.net", "suaradeli.co.id",
                  "newsbeaconwire.com")
IE, MX, NZ, AU = ("fealevalleyecho.ie", "saboresdeoaxaca.com.mx", "stcolumbaswhanganui.org.nz",
                  "wallanvalleyfnc.com.au")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def _ord(dd: str) -> int:
    return int(re.sub(r"(st|nd|rd|th)$", "", dd))


# The daily dates: (domain, family, first day, the wording before it (None: a wording per
# day from the start), a pattern whose groups wd, dd, mm, yy are the weekday, the day (with
# an ordinal suffix or padded), the month (a name, or a number if `months` is None) and the
# year, weekdays, months).
DAILY = (
    (US, "published", US_DAILY, None,
     rf"Published \{{time12\}} ET (?P<mm>{_alt(AP_MONTHS)}) (?P<dd>\d{{1,2}}), (?P<yy>\d{{4}})",
     None, AP_MONTHS),
    (HI, "prakashit", HI_DAILY, "प्रकाशित: {date_de} {time}",
     rf"प्रकाशित: (?P<wd>{_alt(HINDI_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(HINDI_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) \{{time\}} \(IST\)", HINDI_WEEKDAYS, HINDI_MONTHS),
    (NG, "dated", NG_DAILY, "{date_long}",
     rf"(?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<dd>\d{{1,2}}(?:st|nd|rd|th)), (?P<yy>\d{{4}})",
     None, ENGLISH_MONTHS),
    (PK, "updated", PK_DAILY, "Updated {date_long} {time12}",
     rf"Updated (?P<dd>\d\d) (?P<mm>{_alt(SHORT_MONTHS)}), (?P<yy>\d{{4}}) \{{time12\}}",
     None, SHORT_MONTHS),
    (PK, "printed", d(2015, 1, 1), None,
     rf"Published in The Ravi Chronicle, (?P<mm>{_alt(ENGLISH_MONTHS)}) "
     rf"(?P<dd>\d{{1,2}}(?:st|nd|rd|th)), (?P<yy>\d{{4}})", None, ENGLISH_MONTHS),
    (ID, "tanggal", ID_DAILY, "{date_de} {time} WIB",
     rf"(?P<wd>{_alt(INDONESIAN_WEEKDAYS)}), (?P<dd>\d{{1,2}}) "
     rf"(?P<mm>{_alt(INDONESIAN_MONTHS)}) (?P<yy>\d{{4}}) \| \{{time\}} WIB",
     INDONESIAN_WEEKDAYS, INDONESIAN_MONTHS),
    (WI, "dateline", WIRE_DAILY, None,
     rf"\{{city\}}, (?P<mm>{_alt(AP_MONTHS)}) (?P<dd>\d{{1,2}}), (?P<yy>\d{{4}}) /Newsbeacon/ --",
     None, AP_MONTHS),
    (IE, "dated", IE_DAILY, "{date_dmy}",
     rf"(?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<dd>\d\d) (?P<yy>\d{{4}}) \{{time12\}}",
     None, ENGLISH_MONTHS),
)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(US, "published", old, r"Posted 03/05/2016 \d{1,2}:\d\d [AP]M")
    full(US, "published", new, r"Published \d{1,2}:\d\d [AP]M ET June 21, 2019")
    full(US, "published", d(2019, 9, 3), r"Published .* ET Sept\. 3, 2019")
    full(US, "byline", new, r"Ada Brook \| .+")
    full(UK, "published", old, r"Published \d\d:\d\d 5 March 2016")
    full(UK, "published", d(2017, 6, 8), r"Published \d\d:\d\d Thursday 08 June 2017")
    full(UK, "published", d(2019, 10, 1), r"Published 1st Oct 2019, \d\d:\d\d BST")
    full(UK, "published", d(2019, 11, 22), r"Published 22nd Nov 2019, \d\d:\d\d GMT")
    full(HI, "prakashit", new, r"प्रकाशित: शुक्रवार, 21 जून 2019 \d\d:\d\d \(IST\)")
    full(NG, "dated", new, r"June 21st, 2019")
    full(NG, "dated", d(2019, 6, 13), r"June 13th, 2019")
    full(NG, "byline", new, r"From Ada Brook, .+")
    full(PK, "updated", new, r"Updated 21 Jun, 2019 \d{1,2}:\d\d [AP]M")
    full(PK, "printed", d(2019, 6, 2), r"Published in The Ravi Chronicle, June 2nd, 2019")
    full(AN, "posted", old, r"Posted on March 5, 2016 by Ada Brook")
    full(AN, "posted", new, r"Jun 21, 2019 · Ada Brook · \d+ min read")
    full(ID, "tanggal", new, r"Jumat, 21 Juni 2019 \| \d\d:\d\d WIB")
    full(WI, "dateline", new, r"[A-Z ,a-z]+, June 21, 2019 /Newsbeacon/ --")
    full(IE, "dated", old, r"5 March 2016")
    full(IE, "dated", d(2019, 6, 1), r"June 01 2019 \d{1,2}:\d\d [AP]M")
    full(MX, "fecha", old, r"5 marzo, 2016")
    full(MX, "fecha", new, r"Publicado el 21 de junio de 2019")
    full(NZ, "pewsheet", new, r"Pew sheet for the Second Sunday after Pentecost – 23 June 2019")
    full(AU, "round", new, r"Round 12, 2019 season")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Eight families hold a wording per day: walking every day from 2015 to 2020, each
    prints that day's own date, changing form on the day of its rewording."""
    for domain, family, since, before, *_ in DAILY:
        first = d(2015, 1, 1) if before is None else since
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY
                                                                             - first).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                if before is not None:
                    assert text == before, (domain, day, text)
                else:
                    want = f"Posted {day.month:02d}/{day.day:02d}/{day.year} {{time12}}"
                    assert text == want, (domain, day, text)
                continue
            m = re.fullmatch(pattern, text)
            assert m, (domain, day, text)
            if weekdays is not None:
                assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            assert months.index(m["mm"]) + 1 == day.month, (domain, day, text)
            assert _ord(m["dd"]) == day.day, (domain, day, text)
            if m["dd"][-1].isalpha():
                assert m["dd"] == ordinal(day.day), (domain, day, text)
            assert int(m["yy"]) == day.year, (domain, day, text)
        uk = template(SET, UK, "published", day)
        if UK_DAILY <= day < UK_REDESIGN:
            assert uk == (f"Published {{time}} {ENGLISH_WEEKDAYS[day.weekday()]} "
                          f"{day.day:02d} {ENGLISH_MONTHS[day.month - 1]} {day.year}"), uk
        elif day >= UK_REDESIGN:
            zone = "BST" if uk_summer_time(day) else "GMT"
            assert uk == (f"Published {ordinal(day.day)} {SHORT_MONTHS[day.month - 1]} "
                          f"{day.year}, {{time}} {zone}"), uk
        mx = template(SET, MX, "fecha", day)
        month = SPANISH_MONTHS[day.month - 1]
        assert mx == (f"{day.day} {month}, {day.year}" if day < MX_THEME
                      else f"Publicado el {day.day} de {month} de {day.year}"), mx
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 73, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "73rd",
        "111th"]
    assert uk_summer_time(d(2019, 3, 31)) and not uk_summer_time(d(2019, 3, 30))
    assert uk_summer_time(d(2019, 10, 26)) and not uk_summer_time(d(2019, 10, 27))


def test_weekly_lines_follow_the_church_year_and_the_season() -> None:
    sheets = 0
    for day in every_day():
        sunday = next_weekday(day, 6)
        sheet = template(SET, NZ, "pewsheet", day)
        assert sheet == (f"Pew sheet for {sunday_name(sunday)} – {sunday.day} "
                         f"{ENGLISH_MONTHS[sunday.month - 1]} {sunday.year}"), (day, sheet)
        sheets += day.weekday() == 0
        rnd = template(SET, AU, "round", day)
        assert re.fullmatch(r"Pre-season \d{4}: .+|Round \d{1,2}, \d{4} season|"
                            r"(Elimination|Semi|Preliminary|Grand) Final, \d{4} season|"
                            r"\d{4} season wrap-up|2020 season: .+cancelled.+", rnd), rnd
    assert len(style_by_domain(SET)[NZ].family("pewsheet").wordings) >= sheets
    for y in YEARS:
        e = easter(y)
        assert sunday_name(e) == "Easter Day" and sunday_name(e - 7 * one) == "Palm Sunday"
        assert sunday_name(e - 42 * one) == "the First Sunday in Lent"
        assert sunday_name(e + 49 * one) == "the Day of Pentecost"
        assert sunday_name(e + 56 * one) == "Trinity Sunday"
        assert sunday_name(advent_sunday(y)) == "the First Sunday of Advent"
        assert advent_sunday(y).weekday() == 6 and d(y, 11, 27) <= advent_sunday(y) <= d(
            y, 12, 3)
        if y != 2020:
            first = next_weekday(d(y, 4, 1), 5)
            assert template(SET, AU, "round", first) == f"Round 1, {y} season"
            assert template(SET, AU, "round", first + 7 * 17 * one) == f"Round 18, {y} season"
            assert template(SET, AU, "round", first + 7 * 21 * one) == f"Grand Final, {y} season"
    assert "cancelled" in template(SET, AU, "round", d(2020, 7, 4))
    assert template(SET, AU, "round", d(2020, 3, 7)).startswith("Pre-season 2020")


def test_calendars() -> None:
    assert [easter(y) for y in YEARS] == [
        d(2015, 4, 5), d(2016, 3, 27), d(2017, 4, 16), d(2018, 4, 1), d(2019, 4, 21),
        d(2020, 4, 12)]
    assert [remembrance_sunday(y) for y in YEARS] == [
        d(2015, 11, 8), d(2016, 11, 13), d(2017, 11, 12), d(2018, 11, 11), d(2019, 11, 10),
        d(2020, 11, 8)]
    assert guelaguetza_mondays(2019) == (d(2019, 7, 22), d(2019, 7, 29))
    assert guelaguetza_mondays(2018) == (d(2018, 7, 23), d(2018, 7, 30))
    for table in (HOLI, DIWALI, EID_FITR_NG, EID_FITR_PK, EID_AZHA_PK, LEBARAN):
        assert all(d.fromisoformat(table[y]).year == y for y in YEARS)


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, US, "app", d(y, 7, 4)).startswith("🎆")
        poppy = template(SET, UK, "newsletter", remembrance_sunday(y))
        assert poppy.startswith("🌺") and ("at home" in poppy) == (y == 2020), (y, poppy)
        assert not template(SET, UK, "newsletter", remembrance_sunday(y) + one).startswith("🌺")
        assert template(SET, HI, "follow", d.fromisoformat(DIWALI[y])).startswith("🪔")
        assert template(SET, HI, "follow", d.fromisoformat(HOLI[y])).startswith("🎨")
        assert template(SET, HI, "follow", d(y, 8, 15)) == (
            f"🇮🇳 {y - 1947}वें स्वतंत्रता दिवस की शुभकामनाएं")
        assert template(SET, NG, "follow", d(y, 10, 1)) == (
            f"🇳🇬 Happy {ordinal(y - 1960)} Independence Anniversary, Nigeria!")
        assert template(SET, NG, "follow", d(y, 5, 29) if y < 2019 else d(y, 6, 12)
                        ).startswith("🇳🇬 Happy")
        assert template(SET, NG, "follow", d.fromisoformat(EID_FITR_NG[y])).startswith("🌙")
        assert template(SET, PK, "follow", d(y, 8, 14)) == (
            f"🇵🇰 Happy {ordinal(y - 1947)} Independence Day, Pakistan!")
        assert template(SET, PK, "follow", d.fromisoformat(EID_AZHA_PK[y])).startswith("🐐")
        assert template(SET, PK, "follow", d.fromisoformat(EID_FITR_PK[y])).startswith("🌙")
        assert template(SET, ID, "ikuti", d(y, 8, 17)) == (
            f"🇮🇩 Dirgahayu ke-{y - 1945} Republik Indonesia!")
        lebaran = template(SET, ID, "ikuti", d.fromisoformat(LEBARAN[y]))
        assert lebaran.startswith("🌙") == (y != 2020), (y, lebaran)  # the restrictions
        patrick = template(SET, IE, "epaper", d(y, 3, 17))
        assert patrick.startswith("☘️") and ("cancelled" in patrick) == (y == 2020)
        first, last = guelaguetza_mondays(y)
        hill = template(SET, MX, "boletin", last)
        assert hill.startswith("🎉") and ("no hay" in hill) == (y == 2020), (y, hill)
        assert template(SET, MX, "boletin", d(y, 11, 2)).startswith("💀")
        holy = template(SET, NZ, "services", easter(y) - 3 * one)
        assert holy.startswith("Holy Week") == (y != 2020), (y, holy)  # the lockdown
        assert template(SET, NZ, "services", d(y, 12, 24)).startswith("Christmas")
    for domain, family, day, start in (
            (US, "app", d(2016, 11, 8), "🗳️"), (US, "app", d(2019, 6, 1), "🌪️"),
            (US, "app", d(2020, 4, 1), "😷"), (US, "app", d(2020, 4, 25), "🗳️"),
            (UK, "newsletter", d(2016, 6, 23), "🗳️"), (UK, "newsletter", d(2020, 4, 1), "😷"),
            (UK, "newsletter", d(2020, 2, 15), "🌊"), (HI, "follow", d(2019, 2, 4), "🙏"),
            (HI, "follow", d(2020, 4, 1), "😷"), (NG, "follow", d(2019, 2, 20), "🗳️"),
            (NG, "follow", d(2020, 10, 20), "✊"), (PK, "follow", d(2018, 7, 25), "🗳️"),
            (ID, "ikuti", d(2019, 4, 17), "🗳️"), (IE, "epaper", d(2017, 10, 16), "🌀"),
            (IE, "epaper", d(2020, 2, 8), "🗳️"), (AN, "follow", d(2018, 11, 6), "🇺🇸"),
            (NZ, "services", d(2020, 4, 1), "Under Alert Level 4")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 9, 1)).startswith(start), domain


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (US, "related", "RELATED: ", "MORE: "),
        (UK, "readmore", "Read more: ", "More from the Post: "),
        (UK, "byline", "By ", "Written by "),
        (HI, "padhen", "ये भी पढ़ें: ", "यह भी पढ़ें - "),
        (NG, "readalso", "READ ALSO: ", "ALSO READ: "),
        (NG, "byline", "By ", "From "),
        (PK, "read", "Also read: ", "Read: "),
    ))
    for domain, family, day, old, new in (
            (US, "byline", d(2019, 3, 4), "Staff Writer", " | "),
            (US, "subscribe", d(2018, 9, 4), "99 cents", "$1"),
            (US, "subscribe", d(2020, 4, 6), "today", "more than ever"),
            (US, "comments", d(2018, 2, 5), "moderated", "turned off"),
            (US, "terms", d(2020, 1, 1), "Terms of Service and", "California"),
            (UK, "support", d(2020, 3, 30), "Thank you", "£1"),
            (UK, "cookies", d(2018, 5, 25), "continuing", "partners"),
            (HI, "samvaddata", d(2018, 10, 16), "संवाददाता", "न्यूज़ डेस्क"),
            (HI, "follow", d(2019, 4, 1), "फेसबुक", "ऐप"),
            (NG, "follow", d(2018, 11, 5), "Twitter", "Telegram"),
            (PK, "comments", d(2019, 2, 4), "relevant", "comment policy"),
            (AN, "fairuse", d(2019, 1, 7), "education.", "permission"),
            (AN, "donate", d(2018, 9, 10), "depends on you", "SubscribeStar"),
            (AN, "follow", d(2018, 8, 13), "Like us", "banned"),
            (AN, "follow", d(2020, 11, 9), "banned", "Parler"),
            (AN, "related", d(2019, 4, 1), "Related: ", "RELATED ▶"),
            (ID, "penulis", d(2018, 9, 3), "Penulis:", "Laporan Wartawan"),
            (ID, "ikuti", d(2019, 10, 1), "Facebook", "Google News"),
            (WI, "view", d(2018, 4, 2), "content:", "multimedia"),
            (WI, "copyright", d(2019, 1, 2), "Wire, Inc.", "Castellan"),
            (IE, "byline", d(2019, 3, 4), "{author}", "By "),
            (MX, "afiliados", d(2019, 6, 3), "comisión", "Amazon"),
            (MX, "guardar", d(2018, 5, 21), "Notificarme", "Guarda mi nombre"),
            (NZ, "ministry", d(2018, 10, 1), "Helen", "vacancy"),
            (NZ, "ministry", d(2019, 2, 3), "vacancy", "Peter"),
            (NZ, "office", d(2019, 8, 5), "Friday", "Thursday"),
            (NZ, "koha", d(2017, 4, 3), "name.", "tax credit"),
            (AU, "sponsors", d(2019, 2, 4), "Hotel and", "Kilmore"),
            (AU, "platform", d(2020, 1, 13), "SportsTG", "ClubSites"),
            (AU, "membership", d(2020, 3, 16), "now open", "refunded")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{US}/published", f"{UK}/published", f"{HI}/prakashit",
                         f"{NG}/dated", f"{US}/related", f"{UK}/readmore", f"{US}/byline",
                         f"{UK}/updated", f"{HI}/padhen", f"{PK}/printed"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{US}/tip", f"{UK}/ipso", f"{UK}/company", f"{HI}/tippani", f"{NG}/rights",
        f"{NG}/disclaimer", f"{PK}/comments"))
    assert_carried_share(docs, US, [
        ("kicker", 0.18, 0.45), ("published", 0.75, 0.97), ("ad", 0.25, 0.8),
        ("boil", 0.0, 0.12)])
    assert_carried_share(docs, UK, [("published", 0.75, 0.97), ("ldrs", 0.03, 0.2),
                                    ("road", 0.0, 0.12)])
    for fam in (f"{US}/ad", f"{US}/related", f"{UK}/ad", f"{UK}/readmore", f"{HI}/vigyapan",
                f"{HI}/padhen", f"{NG}/ad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((US, "photo"), (ID, "scroll"), (IE, "ad"), (NZ, "prayer"),
                               (AU, "sponsored")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (US, "boil"), (UK, "road"), (HI, "badh"), (NG, "fuel"), (PK, "smog"), (AN, "video"),
        (ID, "rob"), (WI, "correction"), (IE, "flood"), (MX, "mercado"), (NZ, "roster"),
        (AU, "heat")))


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
            (US, "ad", "ADVERTISEMENT"),
            (UK, "ad", "Advertisement Hide Ad"),
            (HI, "vigyapan", "विज्ञापन"),
            (NG, "share", "Kindly Share This Story:")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, ((f"{ID}/baca", "Baca Juga: "),))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{US}/related", ("RELATED: ", "MORE: ")),
                          (f"{UK}/readmore", ("Read more: ", "More from the Post: ")),
                          (f"{HI}/padhen", ("ये भी पढ़ें: ", "यह भी पढ़ें - ")),
                          (f"{NG}/readalso", ("READ ALSO: ", "ALSO READ: ")),
                          (f"{PK}/read", ("Also read: ", "Read: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith((f"{US}/related", f"{UK}/readmore", f"{HI}/padhen",
                                    f"{NG}/readalso", f"{PK}/read")):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_names_and_places_in_bylines() -> None:
    for style, family, pool_name, pattern in (
            (NG, "byline", "city", r"(?:By|From) .+, (.+)"),
            (HI, "samvaddata", "jila", r".+, (.+)"),
            (ID, "editor", "editor", r"Editor: (.+)"),
            (PK, "dateline", "dateline", r"(.+)")):
        values = pool(SET, style, pool_name)
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.fullmatch(pattern, norm(t)))]
        assert found and sum(v in values for v in found) >= 0.75 * len(found), (style, family)


def test_one_origin_and_one_company_per_page() -> None:
    """The blog's origin lines name the same origin; the wire's lines the same company."""
    origins = pool(SET, AN, "origin")
    companies = pool(SET, WI, "company")
    seen = [0, 0]
    for style, checks in ((AN, (("source", r"The original source of this article is (.+)"),
                                ("copyright", r"© \d{4} (.+)\. Reposted with permission\."),
                                ("firstpub", r"This article was originally published at "
                                             r"(.+)\."))),
                          (WI, (("provided", r"NEWS PROVIDED BY (.+)"),
                                ("about", r"About (.+)"), ("source", r"SOURCE (.+)")))):
        values = origins if style == AN else companies
        for doc in group_docs(SET, style):
            lines = {label_family(line.label): norm(line.text) for line in doc.lines
                     if line.is_boilerplate}
            named = {m[1] for family, pattern in checks
                     if (m := re.fullmatch(pattern, lines.get(family, "")))
                     and m[1] in values}
            if named:
                assert len(named) == 1, (style, named)
                seen[style == WI] += 1
    assert min(seen) >= 3, seen


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (US, "ad", "ADVERTISEMENT"), (UK, "ad", "Advertisement Hide Ad"),
        (HI, "vigyapan", "विज्ञापन"), (NG, "ad", "ADVERTISEMENT"),
        (NG, "share", "Kindly Share This Story:"), (PK, "ad", "Advertisement"),
        (ID, "scroll", "SCROLL TO CONTINUE WITH CONTENT"), (WI, "hashes", "###"),
        (WI, "mediacontact", "Media Contact:"), (IE, "readmore", "Read More"),
        (MX, "pin", "Pin"), (MX, "relacionado", "Relacionado"),
        (NZ, "postcomment", "Post Comment")))
    assert_values_from_pool(SET, fams, ((f"{US}/kicker", "kicker"),
                                        (f"{US}/photo", "photo"),
                                        (f"{UK}/kicker", "kicker")))
    assert_group_values_from_pool(SET, ((HI, "khand", "khand"), (NG, "kicker", "kicker"),
                                        (PK, "kicker", "kicker"), (ID, "rubrik", "rubrik"),
                                        (IE, "kicker", "kicker"), (AU, "grade", "grade"),
                                        (WI, "contact", "contact")))
    for style, family, pool_name in ((HI, "tag", "tag"), (AN, "filed", "cat"),
                                     (AN, "tags", "tag"), (ID, "tag", "tag"),
                                     (MX, "categorias", "categoria")):
        values = pool(SET, style, pool_name)
        lists = [norm(t).partition(": ")[2] for t in group_lines(SET, style, family)]
        items = [item for t in lists for item in t.split(", ")]
        assert items and sum(i in values for i in items) >= 0.75 * len(items), (style, family)
    initials = [norm(t) for t in group_lines(SET, ID, "inisial")]
    assert initials and sum(t.strip("()") in pool(SET, ID, "inisial")
                            for t in initials) >= 0.75 * len(initials)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        US: (["copyright", "terms"], 2),
        UK: (["copyright", "company"], 2),
        WI: (["mediacontact", "contact"], 2),
        NZ: (["reply", "email", "postcomment"], 2)})
    assert_group_blocks_stay_together(SET, {
        MX: (["respuesta", "correo", "guardar", "publicar"], 3)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
