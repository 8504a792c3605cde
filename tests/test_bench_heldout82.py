"""The held-back-82 template set (`tests.bench.heldout_templates_82`): its localised dates
(printed day by day, several changing form on the day of a redesign, one with the British
clock change, one with the Hijri date, one in the isiZulu months of the seasons, one by the
weekly issue with its number), the lines that turn every day or every week (load-shedding
stages, exchange rates, the maize price, the weather with frost and heat, the tides, the
evening's radio programme), the seasons of farms and of the grand marriages, the notices it
rewords by date, the calendars some notices follow (votes and run-offs, a coup and a
resignation, cyclones, droughts, the 2020 lockdowns by level, an oil spill, national days
with their counts, harvest days, royal and religious feasts, some called off in 2020), the
amounts in its appeals and prices, the lines in several scripts, the variation it promises,
its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import nth_weekday
from tests.bench.heldout_templates_82 import (
    AFRIKAANS_WEEKDAYS,
    FIRST_DAY,
    KM_REDESIGN,
    LAST_DAY,
    LS_REDESIGN,
    MG_REDESIGN,
    MU_REDESIGN,
    MZ_REDESIGN,
    NA_REDESIGN,
    PORTUGUESE_WEEKDAYS,
    SB_REDESIGN,
    SC_REDESIGN,
    STAGE_SIX,
    ZU_REDESIGN,
    ZULU_SEASON_MONTHS,
    ZULU_WEEKDAYS,
    ZW_REDESIGN,
    british_summer_time,
    business_day,
    hijri,
    load_shedding_stage,
    ls_issue,
    mg_euro,
    mz_dollar,
    na_temperatures,
    safex_white_maize,
    sb_temperatures,
    sc_high_tides,
    spaced,
    summer,
    week_of,
    zw_pound,
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

SET = "held-back-82"
SITES = (
    "The Tembisa Beat",
    "Jornal do Púngoè",
    "Die Saaiboer",
    "The Fish River Post",
    "Ny Feon'Analamanga",
    "Koze Morisien",
    "Izwi LoMsunduzi",
    "Chimwemwe FM",
    "Kumusha Online",
    "Leseli la Maloti",
    "Sesel Today",
    "Ndzuani Soir",
)
TB, BE, SB, NA = (
    "tembisabeat.co.za",
    "jornalpungoe.co.mz",
    "saaiboer.co.za",
    "fishriverpost.com.na",
)
MG, MU, ZU, ZM = (
    "feonanalamanga.mg",
    "kozemorisien.mu",
    "izwilomsunduzi.co.za",
    "chimwemwefm.co.zm",
)
ZW, LS, SC, KM = ("kumushaonline.co.uk", "leselilamaloti.co.ls", "seseltoday.sc", "ndzuanisoir.km")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = (
    (BE, "data"),
    (SB, "datum"),
    (NA, "date"),
    (MG, "daty"),
    (MU, "date"),
    (ZU, "usuku"),
    (ZW, "date"),
    (SC, "date"),
    (KM, "date"),
)
# The lines that turn every day or every week.
PERIODIC = (
    (TB, "power"),
    (BE, "cambio"),
    (SB, "safex"),
    (SB, "weer"),
    (NA, "heat"),
    (MG, "vola"),
    (MU, "meteo"),
    (ZM, "tonight"),
    (ZW, "remit"),
    (LS, "issue"),
    (SC, "tide"),
)
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = (
    (TB, "notice"),
    (BE, "aviso"),
    (SB, "kennisgewing"),
    (NA, "notice"),
    (MG, "filazana"),
    (MU, "koze"),
    (ZU, "isaziso"),
    (ZM, "notice"),
    (ZW, "notice"),
    (LS, "tsebiso"),
    (SC, "notice"),
    (KM, "notice"),
)

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 7, 22)
FIRST_WORDINGS = {
    TB: "Like The Tembisa Beat on Facebook for breaking news from the kasi",
    BE: "Siga o Jornal do Púngoè no Facebook",
    SB: "Volg Die Saaiboer op Facebook en Twitter",
    NA: "Like The Fish River Post on Facebook",
    MG: "Tiavo ny pejy Facebook-nay mba tsy hahavery vaovao",
    MU: "Rejoignez Koze Morisien sur Facebook",
    ZU: "Sithole ku-Facebook, uthole izindaba zaseMgungundlovu",
    ZM: "Listen live on 89.9 FM across Eastern Province",
    ZW: "Join the conversation on our Facebook page",
    LS: "Re latele ho Facebook bakeng sa litaba tsa morao-rao",
    SC: "Like Sesel Today on Facebook",
    KM: "Suivez Ndzuani Soir sur Facebook",
}

ARABIC = r"[\u0600-\u06ff]"
DEVANAGARI = r"[\u0900-\u097f]"
TAMIL = r"[\u0b80-\u0bff]"
CLICKS = r"[ǀǁǂǃ]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


def changes(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 (but the first) the family's wording changes on."""
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
            d(2016, 6, 27),
            d(2017, 11, 20),
            d(2018, 1, 17),
            d(2019, 3, 15),
            STAGE_SIX,
            d(2020, 4, 11),
            d(2020, 8, 10),
            LAST_DAY,
        ),
    )


def test_helpers() -> None:
    assert hijri(d(2019, 7, 6)) == (1440, 11, 3)
    assert hijri(d(2020, 5, 24)) == (1441, 10, 1)
    assert hijri(d(2016, 6, 6)) == (1437, 8, 29) and hijri(d(2016, 6, 7)) == (1437, 9, 1)
    assert british_summer_time(d(2019, 3, 31)) and not british_summer_time(d(2019, 3, 30))
    assert british_summer_time(d(2019, 10, 26)) and not british_summer_time(d(2019, 10, 27))
    assert spaced(4512) == "4 512" and spaced(36000) == "36 000" and spaced(950) == "950"
    assert business_day(d(2019, 6, 22)) == business_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert week_of(d(2019, 6, 23)) == d(2019, 6, 17)
    assert summer(d(2019, 1, 15)) > 0.99 and summer(d(2019, 7, 16)) < -0.99
    assert load_shedding_stage(STAGE_SIX) == 6 and load_shedding_stage(d(2017, 6, 1)) == 0
    assert all(load_shedding_stage(day) in (0, 1, 2, 3, 4, 6) for day in every_day())
    assert ls_issue(d(2015, 1, 2)) == (d(2015, 1, 2), 612)
    assert ls_issue(d(2015, 1, 8)) == (d(2015, 1, 2), 612)
    assert ls_issue(d(2015, 1, 9)) == (d(2015, 1, 9), 613)
    assert ls_issue(d(2020, 12, 31))[1] == 612 + 312
    for day in every_day():
        assert ls_issue(day)[0].weekday() == 4 and 0 <= (day - ls_issue(day)[0]).days < 7
        assert mz_dollar(day) == mz_dollar(business_day(day))
        assert zw_pound(day) == zw_pound(week_of(day))
        assert safex_white_maize(day) == safex_white_maize(week_of(day))
        tides = sc_high_tides(day)
        assert 1 <= len(tides) <= 2 and tides == sorted(tides)
        for low, high in (sb_temperatures(day), na_temperatures(day)):
            assert low < high
    assert max(mz_dollar(day) for day in every_day() if day.year == 2016) > 75
    assert mz_dollar(d(2015, 1, 5)) < 36
    assert safex_white_maize(d(2016, 1, 13)) > 4000 > safex_white_maize(d(2017, 8, 2))
    assert zw_pound(d(2016, 6, 20)) - zw_pound(d(2016, 6, 27)) > 0.1
    assert mg_euro(d(2020, 12, 1)) > mg_euro(d(2015, 2, 1)) + 1000
    winter = [sb_temperatures(day)[0] for day in every_day() if day.month == 7]
    hot = [sb_temperatures(day)[0] for day in every_day() if day.month == 1]
    assert max(winter) < min(hot)
    assert any(len(sc_high_tides(day)) == 1 for day in every_day())


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(TB, "published", old, "Published Saturday, 5 March 2016")
    full(TB, "published", new, r"21 June 2019 · \d\d:\d\d")
    full(
        TB,
        "byline",
        new,
        r".+ · (Journalist|Community Journalist|Sports Journalist|Editor|"
        r"Intern)",
    )
    full(BE, "data", old, "Beira, sábado, 5 de Março de 2016")
    full(BE, "data", new, r"21/06/2019 às \d\d:\d\d")
    full(SB, "datum", old, "Saterdag 5 Maart 2016")
    full(SB, "datum", new, r"Gepubliseer op 2019/06/21 om \d\d:\d\d")
    full(NA, "date", old, "Saturday, 5 March 2016")
    full(NA, "date", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(MG, "daty", old, "Sabotsy 5 Martsa 2016")
    full(MG, "daty", new, r"Nivoaka ny zoma 21 Jona 2019, tamin'ny \d\d:\d\d")
    full(MU, "date", old, "Samedi 5 mars 2016")
    full(MU, "date", d(2016, 4, 1), "Vendredi 1er avril 2016")
    full(MU, "date", new, r"Mis à jour le 21 juin 2019 à \d\d:\d\d")
    full(ZU, "usuku", old, "uMgqibelo, 5 Mashi 2016")
    full(ZU, "usuku", new, r"21 kuNhlangulana 2019, \d\d:\d\d")
    full(ZM, "date", old, "Saturday, 5 March 2016")
    full(ZM, "date", new, r"21 June 2019 at \d\d:\d\d hrs")
    full(ZW, "date", old, "Saturday 5 March 2016")
    full(ZW, "date", new, r"21 Jun 2019, \d\d:\d\d BST")
    full(ZW, "date", d(2019, 1, 10), r"10 Jan 2019, \d\d:\d\d GMT")
    full(LS, "issue", old, "Labohlano, 4 Hlakubele 2016")
    full(LS, "issue", new, r"Khatiso ea 845 \| 21\.06\.2019")
    full(SC, "date", old, "Saturday 5 March 2016")
    full(SC, "date", new, r"21 June 2019 \| Victoria, Mahé")
    full(KM, "date", old, "Samedi 5 mars 2016")
    full(KM, "date", d(2019, 12, 9), "9 décembre 2019 – 11 Rabi al-Thani 1441 H")
    full(KM, "date", d(2020, 5, 24), "24 mai 2020 – 1 Chawwal 1441 H")
    full(KM, "date", d(2020, 6, 1), "1er juin 2020 – 9 Chawwal 1441 H")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        be = on(BE, "data", day)
        assert be.startswith(f"Beira, {PORTUGUESE_WEEKDAYS[wd]}, ") == (day < MZ_REDESIGN), be
        sb = on(SB, "datum", day)
        assert sb.startswith(AFRIKAANS_WEEKDAYS[wd]) == (day < SB_REDESIGN), sb
        assert (" | " in on(NA, "date", day)) == (day >= NA_REDESIGN)
        assert on(MG, "daty", day).startswith("Nivoaka ny") == (day >= MG_REDESIGN)
        mu = on(MU, "date", day)
        assert mu.startswith("Mis à jour") == (day >= MU_REDESIGN), mu
        assert (" 1er " in mu) == (day.day == 1), mu
        zu = on(ZU, "usuku", day)
        assert zu.startswith(ZULU_WEEKDAYS[wd]) == (day < ZU_REDESIGN), zu
        assert (f" ku{ZULU_SEASON_MONTHS[day.month - 1]} " in zu) == (day >= ZU_REDESIGN), zu
        zw = on(ZW, "date", day)
        if day >= ZW_REDESIGN:
            assert zw.endswith(" BST" if british_summer_time(day) else " GMT"), zw
        else:
            assert not zw.endswith(("BST", "GMT")), zw
        assert on(SC, "date", day).endswith("Mahé") == (day >= SC_REDESIGN)
        km = on(KM, "date", day)
        assert km.endswith(f" {hijri(day)[0]} H") == (day >= KM_REDESIGN), km
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_or_every_week() -> None:
    # load-shedding: only inside the spells, stage 6 on one day
    power = changes(TB, "power")
    assert power and all(
        load_shedding_stage(day) or load_shedding_stage(day - one) for day in power
    )
    assert days_with(TB, "power", "Stage 6") == {STAGE_SIX}
    assert len(days_with(TB, "power", "Stage")) >= 200
    # a bank's rate of the day holds over the weekend; the weekly lines turn on Mondays
    cambio = changes(BE, "cambio")
    assert len(cambio) >= 1200 and all(day.weekday() < 5 for day in cambio)
    assert re.fullmatch(
        r"💱 Câmbio do dia: 1 USD = \d\d,\d\d MT · 1 ZAR = \d,\d\d MT",
        on(BE, "cambio", d(2016, 10, 20)),
    )
    for domain, family in ((SB, "safex"), (ZW, "remit")):
        weekly = changes(domain, family)
        assert len(weekly) >= 250 and all(day.weekday() == 0 for day in weekly), family
    assert "witmielies R4 " in on(SB, "safex", d(2016, 1, 13))
    # the Friday issue, one number a week
    issues = changes(LS, "issue")
    assert len(issues) == 313 and all(day.weekday() == 4 for day in issues)
    numbers = [
        int(m[1])
        for day in sorted(issues)
        if (m := re.search(r"Khatiso ea (\d+)", on(LS, "issue", day)))
    ]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert all(day >= LS_REDESIGN for day in days_with(LS, "issue", "Khatiso"))
    # the radio's evening by the weekday, a new schedule in 2019
    tonight = changes(ZM, "tonight")
    assert len(tonight) == len(every_day()) - 1
    for day in (d(2016, 3, 7), d(2020, 3, 9)):
        week = [on(ZM, "tonight", day + k * one) for k in range(8)]
        assert len(set(week[:7])) == 7 and week[7] == week[0]
    assert on(ZM, "tonight", d(2018, 12, 26)) != on(ZM, "tonight", d(2019, 1, 9))
    # weather every day: frost in the southern winter, heat in summer, cyclone classes
    for domain, family in ((SB, "weer"), (NA, "heat"), (MG, "vola"), (MU, "meteo"), (SC, "tide")):
        assert len(changes(domain, family)) >= 1500, (domain, family)
    for domain, family in ((MG, "vola"), (MU, "meteo"), (SC, "tide")):
        assert len({on(domain, family, day) for day in every_day()}) >= 300, (domain, family)
    frost = days_with(SB, "weer", "Rypwaarskuwing")
    assert frost and all(day.month in (4, 5, 6, 7, 8, 9, 10) for day in frost)
    assert "\u2212" in on(SB, "weer", sorted(frost)[0])
    heat = days_with(NA, "heat", "Heat warning")
    assert heat and all(day.month in (10, 11, 12, 1, 2, 3) for day in heat)
    assert "classe 3 (Berguitta)" in on(MU, "meteo", d(2018, 1, 17))
    assert "Calvinia" in on(MU, "meteo", d(2019, 12, 30))
    assert "Météo à Vacoas" in on(MU, "meteo", d(2019, 1, 2))
    assert re.fullmatch(
        r"🌊 High tide at Port Victoria: \d\d:\d\d( and \d\d:\d\d)?", on(SC, "tide", d(2018, 5, 5))
    )


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Nako ea kotulo" in on(LS, "linako", d(y, 5, 1))
        assert "lehloa" in on(LS, "linako", d(y, 7, 1))
        assert "ho lema" in on(LS, "linako", d(y, 10, 1))
        assert "Lehlabula" in on(LS, "linako", d(y, 1, 10))
        assert "Grape harvest" in on(NA, "seasons", d(y, 2, 1))
        if y != 2019:
            assert "Quiver trees" in on(NA, "seasons", d(y, 7, 1))
            assert "Lambing" in on(NA, "seasons", d(y, 9, 1))
        if y != 2020:
            assert "Saison des grands mariages" in on(KM, "anda", d(y, 7, 15))
        assert "Avis et annonces" in on(KM, "anda", d(y, 11, 1))
    assert "Drought emergency" in on(NA, "seasons", d(2019, 8, 1))
    assert "Drought emergency" not in on(NA, "seasons", d(2018, 8, 1))
    assert "reportés" in on(KM, "anda", d(2020, 7, 15))
    assert len({on(LS, "linako", day) for day in every_day()}) == 4


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # in 2020 the lockdown's notice stood over Freedom Day and June 16
    assert counts_in(TB, "notice", r"Freedom Day: (\d+) years") == {"21", "22", "23", "24", "25"}
    assert counts_in(TB, "notice", r"June 16: (\d+) years") == {"39", "40", "41", "42", "43"}
    assert counts_in(TB, "notice", r"Matric results (\d{4})") == {
        "2014",
        "2015",
        "2016",
        "2017",
        "2018",
        "2019",
    }
    # in 2020 the state of emergency's notice stood over Independence Day
    assert counts_in(BE, "aviso", r"(\d+)\.º aniversário") == {"40", "41", "42", "43", "44"}
    assert counts_in(MG, "filazana", r"faha-(\d+)") == {"55", "56", "57", "58", "59", "60"}
    assert counts_in(MG, "filazana", r"ny taona (\d{4})") == years
    assert counts_in(MU, "koze", r"esclavage : (\d+) ans") == {
        "180",
        "181",
        "182",
        "183",
        "184",
        "185",
    }
    assert counts_in(MU, "koze", r"Indépendance : (\d+) ans") == {
        "47",
        "48",
        "49",
        "50",
        "51",
        "52",
    }
    assert counts_in(ZU, "isaziso", r"engu-(\d+)") == {"39", "40", "41", "42", "43", "44"}
    assert counts_in(ZU, "isaziso", r"Womhlanga (\d{4})") == years - {"2020"}
    assert counts_in(ZM, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        "51",
        "52",
        "53",
        "54",
        "55",
        "56",
    }
    assert counts_in(ZM, "notice", r"Ncwala (\d{4})") == years
    assert counts_in(ZM, "notice", r"Kulamba (\d{4}) at") == years - {"2020"}
    assert counts_in(ZW, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        "35",
        "36",
        "37",
        "38",
        "39",
    }  # 2020's fell in the UK lockdown
    assert counts_in(NA, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        "25",
        "26",
        "27",
        "28",
        "29",
        "30",
    }
    assert counts_in(LS, "tsebiso", r"lilemo tse (\d+) a hlokahetse") == {
        "145",
        "146",
        "147",
        "148",
        "149",
        "150",
    }
    assert counts_in(LS, "tsebiso", r"Boipuso: lilemo tse (\d+)") == {
        "49",
        "50",
        "51",
        "52",
        "53",
        "54",
    }
    assert counts_in(SC, "notice", r"Independence Day: (\d+) years") == {
        "39",
        "40",
        "41",
        "42",
        "43",
        "44",
    }
    assert counts_in(SC, "notice", r"Festival Kreol (\d{4})") == years
    # in 2016 the Eid fell on Independence Day and its greeting stood
    assert counts_in(KM, "notice", r"(\d+)e anniversaire") == {"40", "42", "43", "44", "45"}
    assert "عيد مبارك" in on(KM, "notice", d(2016, 7, 6))
    assert counts_in(SB, "kennisgewing", r"Nampo-oesdag (\d{4})") == years - {"2020"}
    # South Africa's lockdown, level by level, and two votes
    assert "level 5" in on(TB, "notice", d(2020, 4, 10))
    assert "level 4" in on(TB, "notice", d(2020, 5, 15))
    assert "level 3" in on(TB, "notice", d(2020, 7, 1))
    assert "level 2" in on(TB, "notice", d(2020, 9, 1))
    assert "WhatsApp" in on(TB, "notice", d(2020, 9, 28))
    assert "Election Day" in on(TB, "notice", d(2019, 5, 5))
    assert "Heritage Day" in on(TB, "notice", d(2017, 9, 23))
    # cyclones, a state of emergency and a calamity in Mozambique
    assert "Idai" in on(BE, "aviso", d(2019, 3, 20))
    assert "Kenneth" in on(BE, "aviso", d(2019, 4, 25))
    assert "Dineo" in on(BE, "aviso", d(2017, 2, 15))
    assert "Estado de Emergência" in on(BE, "aviso", d(2020, 5, 1))
    assert "calamidade" in on(BE, "aviso", d(2020, 9, 20))
    assert "autárquicas" in on(BE, "aviso", d(2018, 10, 9))
    # the drought, Day Zero and the harvest day called off
    assert "rampgebied" in on(SB, "kennisgewing", d(2015, 11, 5))
    assert "Dag Nul" in on(SB, "kennisgewing", d(2018, 2, 1))
    assert "Nampo-oesdag 2018" in on(SB, "kennisgewing", d(2018, 5, 10))
    assert "gekanselleer" in on(SB, "kennisgewing", d(2020, 5, 10))
    assert "Inperking" in on(SB, "kennisgewing", d(2020, 4, 10))
    # Madagascar's two rounds, a cyclone and a second lockdown
    assert "Enawo" in on(MG, "filazana", d(2017, 3, 7))
    assert "fihodinana voalohany" in on(MG, "filazana", d(2018, 11, 5))
    assert "Fihodinana faharoa" in on(MG, "filazana", d(2018, 12, 20))
    assert "Analamanga" in on(MG, "filazana", d(2020, 7, 10))
    # Mauritius: the confinement in Kreol, the oil spill, a Tamil and a Hindu feast
    assert "Konfinman" in on(MU, "koze", d(2020, 4, 10))
    assert "Marée noire" in on(MU, "koze", d(2020, 8, 10))
    assert re.search(TAMIL, on(MU, "koze", d(2019, 1, 21)))
    assert re.search(DEVANAGARI, on(MU, "koze", d(2019, 3, 4)))
    assert "Élections générales" in on(MU, "koze", d(2019, 11, 6))
    # the reed dance called off in 2020
    assert "awubanjwa" in on(ZU, "isaziso", d(2020, 9, 10))
    assert "Kuvalwe izwe" in on(ZU, "isaziso", d(2020, 4, 10))
    # Zambia: Kulamba called off in 2020, load-shedding, the school closure
    assert "Kulamba 2020 will not" in on(ZM, "notice", d(2020, 8, 25))
    assert "Ncwala 2020" in on(ZM, "notice", d(2020, 2, 29))
    assert "load-shedding" in on(ZM, "notice", d(2015, 9, 25))
    assert "Schools closed" in on(ZM, "notice", d(2020, 4, 1))
    assert "by-election" in on(ZM, "notice", d(2015, 1, 19))
    # Zimbabwe from England: the takeover, the resignation, a vote, a shutdown, a lockdown
    assert "army takes control" in on(ZW, "notice", d(2017, 11, 16))
    assert "resigns" in on(ZW, "notice", d(2017, 11, 23))
    assert "EU referendum" in on(ZW, "notice", d(2016, 6, 22))
    assert "ZEC" in on(ZW, "notice", d(2018, 8, 1))
    assert "internet shutdown" in on(ZW, "notice", d(2019, 1, 16))
    assert "UK lockdown" in on(ZW, "notice", d(2020, 4, 1))
    assert "Heroes'" in on(ZW, "notice", nth_weekday(2019, 8, 0, 2))
    assert "Lockdown in Khomas" in on(NA, "notice", d(2020, 4, 10))
    assert "how the south voted" in on(NA, "notice", d(2019, 11, 25))
    assert "Heroes' Day" in on(NA, "notice", d(2016, 8, 26))
    assert "Likhetho tsa 2015" in on(LS, "tsebiso", d(2015, 2, 27))
    assert "Likhetho tsa 2017" in on(LS, "tsebiso", d(2017, 6, 1))
    assert "Koalo ea naha" in on(LS, "tsebiso", d(2020, 4, 10))
    assert "Letsie III" in on(LS, "tsebiso", d(2018, 7, 17))
    assert "run-off" in on(SC, "notice", d(2015, 12, 17))
    assert "National Assembly" in on(SC, "notice", d(2016, 9, 9))
    assert "Restriction of movement" in on(SC, "notice", d(2020, 4, 20))
    assert "Eleksyon 2020" in on(SC, "notice", d(2020, 10, 23))
    assert "Festival Kreol 2020" in on(SC, "notice", d(2020, 10, 27))
    assert "partielle" in on(KM, "notice", d(2016, 5, 10))
    assert "Référendum" in on(KM, "notice", d(2018, 7, 29))
    assert "Kenneth" in on(KM, "notice", d(2019, 4, 24))
    assert "رمضان كريم" in on(KM, "notice", d(2018, 5, 16))
    assert "عيد مبارك" in on(KM, "notice", d(2019, 6, 4))
    assert "Couvre-feu" in on(KM, "notice", d(2020, 5, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(
        SET,
        (
            (TB, "published", d(2017, 8, 7), "Published", "· {time}"),
            (TB, "byline", d(2017, 8, 7), "{author}", "{author_beat}"),
            (TB, "also-read", d(2018, 2, 5), "ALSO READ", "Read next"),
            (TB, "free", d(2019, 7, 5), "every Thursday", "every Friday"),
            (TB, "copyright", d(2016, 1, 4), "© The Tembisa Beat {year}", "No part"),
            (BE, "autor", d(2018, 4, 2), "Por {author}", "Texto:"),
            (BE, "leia", d(2018, 4, 2), "Leia também", "LEIA MAIS"),
            (BE, "assinatura", d(2017, 1, 3), "4.800,00", "7.200,00"),
            (BE, "assinatura", d(2020, 2, 3), "(províncias)", "edição digital"),
            (BE, "direitos", d(2019, 1, 3), "Todos os direitos", "proibida"),
            (SB, "skrywer", d(2017, 10, 2), "Deur {author}", "{author_beat}"),
            (SB, "lees-ook", d(2019, 2, 4), "Lees ook:", "LEES OOK ▸"),
            (SB, "intekening", d(2017, 1, 2), "R650", "R720"),
            (SB, "intekening", d(2019, 1, 7), "R720", "R795"),
            (SB, "intekening", d(2020, 4, 6), "52 uitgawes", "digitaal"),
            (SB, "kopiereg", d(2018, 8, 6), "Alle regte voorbehou.", "(Edms) Bpk."),
            (NA, "byline", d(2018, 3, 21), "By {author}", "{author_beat}"),
            (NA, "related", d(2019, 3, 4), "Related:", "READ MORE"),
            (NA, "subscribe", d(2017, 1, 9), "N$240", "N$270"),
            (NA, "subscribe", d(2019, 1, 7), "N$270", "N$300"),
            (MG, "mpanoratra", d(2016, 6, 27), "{author}", "Nosoratan'i"),
            (MG, "vakio", d(2019, 7, 1), "Vakio koa:", "VAKIO IHANY KOA"),
            (MG, "famandrihana", d(2016, 1, 4), "30 000", "32 000"),
            (MG, "famandrihana", d(2018, 7, 2), "32 000", "36 000"),
            (MG, "zo", d(2018, 1, 2), "Tous droits", "Voarara"),
            (MU, "auteur", d(2017, 3, 12), "{author}", "Par {author}"),
            (MU, "lire", d(2019, 2, 1), "À lire aussi", "Lir osi"),
            (MU, "abonnement", d(2018, 7, 2), "Rs 150", "TVA"),
            (MU, "droits", d(2017, 3, 12), "Tous droits", "Reproduction interdite"),
            (ZU, "umbhali", d(2018, 9, 24), "Ngu-", "Umbhali:"),
            (ZU, "funda", d(2019, 5, 6), "FUNDA NALOKHU", "Funda futhi"),
            (ZU, "amalungelo", d(2018, 9, 24), "agodliwe", "Akuvunyelwe"),
            (ZM, "date", d(2018, 1, 8), "{weekday}", "hrs"),
            (ZM, "reporter", d(2018, 1, 8), "Reporting by", "Chipata"),
            (ZW, "byline", d(2018, 1, 8), "By {author}", "in {city}"),
            (ZW, "donate", d(2019, 4, 18), "reader-funded", "member"),
            (LS, "mongoli", d(2018, 3, 16), "Ka {author}", "Moqolotsi"),
            (LS, "theko", d(2017, 4, 7), "M6.00", "M7.00"),
            (LS, "theko", d(2020, 1, 3), "M7.00", "M8.00"),
            (SC, "byline", d(2016, 6, 29), "By {author}", "Written by"),
            (SC, "price", d(2019, 2, 4), "SR 5", "SR 7"),
            (KM, "auteur", d(2019, 7, 6), "à Mutsamudu", "| Ndzuani Soir"),
        ),
    )
    assert_groups_reworded(
        SET,
        (
            (TB, "published", "Published", "·"),
            (TB, "also-read", "ALSO READ", "Read next"),
            (BE, "data", "Beira, ", " às "),
            (NA, "date", "day, ", " | "),
            (BE, "leia", "Leia também", "LEIA MAIS"),
        ),
    )


def test_several_scripts_and_languages() -> None:
    assert_groups_in_script(
        SET,
        (
            (KM, "droits", ARABIC),
            (NA, "gai-tses", CLICKS),
            (LS, "setshoantsho", "Setšoantšo"),
            (LS, "tsebiso", "Re latele|WhatsApp|Likhetho|Koalo|Moshoeshoe|Letsie|Boipuso"),
            (ZU, "siyabonga", "Siyabonga"),
            (ZM, "zikomo", "Zikomo kwambiri"),
            (MG, "sary", "Sary: "),
            (MU, "don", "kapav siport"),
            (SC, "mersi", "Mersi pou lir"),
            (ZW, "greeting", "Mhoroi! Salibonani!"),
            (SB, "vrywaring", "aanspreeklikheid"),
            (BE, "ficha", "Propriedade"),
        ),
    )
    assert re.search(CLICKS, " ".join(pool(SET, NA, "region")))
    assert re.search(ARABIC, on(KM, "notice", d(2018, 5, 16)))
    tamil = days_with(MU, "koze", "இனிய")
    hindi = days_with(MU, "koze", "महाशिवरात्रि")
    assert {day.year for day in tamil} == {day.year for day in hindi} == set(range(2015, 2021))
    sesotho = {day for day in every_day() if "Khatiso ea" in on(LS, "issue", day)}
    assert sesotho and min(sesotho) >= LS_REDESIGN


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(
        fams,
        (
            f"{TB}/published",
            f"{TB}/byline",
            f"{TB}/also-read",
            f"{TB}/kicker",
            f"{TB}/notice",
            f"{TB}/power",
            f"{TB}/photo",
            f"{BE}/data",
            f"{BE}/autor",
            f"{BE}/leia",
            f"{BE}/cambio",
            f"{SB}/datum",
        ),
    )
    assert_more_texts_than_wordings(
        SET,
        fams,
        (
            f"{TB}/tips",
            f"{TB}/free",
            f"{TB}/press-code",
            f"{TB}/sister",
            f"{BE}/ficha",
            f"{BE}/direitos",
            f"{SB}/vrywaring",
            f"{SB}/kopiereg",
        ),
    )
    assert_carried_share(
        docs,
        TB,
        [
            ("published", 0.6, 0.9),
            ("notice", 0.15, 0.45),
            ("also-read", 0.4, 0.7),
            ("correction", 0.0, 0.1),
            ("sister", 0.0, 0.2),
        ],
    )
    assert_carried_share(docs, BE, [("data", 0.6, 0.9), ("aviso", 0.12, 0.5)])
    for fam in (f"{TB}/also-read", f"{BE}/leia", f"{SB}/lees-ook"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{TB}/photo", f"{BE}/foto", f"{SB}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(
        SET,
        (
            (TB, "photo"),
            (BE, "foto"),
            (SB, "foto"),
            (MG, "sary"),
            (MU, "photo"),
            (ZU, "isithombe"),
            (ZM, "sponsor"),
            (SC, "read"),
            (LS, "setshoantsho"),
        ),
    )
    beats = {
        m[1] for t in group_lines(SET, TB, "byline") if (m := re.fullmatch(r".+ · (.+)", norm(t)))
    }
    assert beats and beats <= pool(SET, TB, "beat")
    beats = {
        m[1]
        for t in group_lines(SET, SB, "skrywer")
        if (m := re.fullmatch(r"Deur .+, (.+)", norm(t)))
    }
    assert beats and beats <= pool(SET, SB, "beat")
    cities = {
        m[1] for t in group_lines(SET, ZW, "byline") if (m := re.fullmatch(r".+ in (.+)", norm(t)))
    }
    assert cities and cities <= pool(SET, ZW, "city")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
        (MU, "don", r"Rs (\d+) par Juice", "rs"),
        (ZU, "xhasa", r"nge-R(\d+) ngenyanga", "zar"),
        (ZW, "donate", r"£(\d+) a month", "gbp"),
        (KM, "don", r"(\d \d{3}) KMF", "kmf"),
    ):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        amounts = [m[1] for t in lines if (m := re.search(pattern, t))]
        assert amounts and len(lines) - len(amounts) <= 2, (style, family)
        assert set(amounts) <= pool(SET, style, pool_name), (style, family, amounts)
    prices = {y: on(SB, "intekening", d(y, 6, 1)) for y in range(2015, 2021)}
    assert "R650" in prices[2016] and "R720" in prices[2018] and "R795" in prices[2019]
    assert "R45 per maand" in prices[2020]
    assert "N$240" in on(NA, "subscribe", d(2016, 6, 1))
    assert "N$300" in on(NA, "subscribe", d(2020, 6, 1))
    assert "36 000 Ar" in on(MG, "famandrihana", d(2019, 6, 1))
    assert "M8.00" in on(LS, "theko", d(2020, 6, 1))
    assert "SR 10 weekend" in on(SC, "price", d(2020, 6, 1))
    assert "150,00 MT por mês" in on(BE, "assinatura", d(2020, 6, 1))
    seen = {
        m[1]
        for t in group_lines(SET, SB, "intekening")
        if (m := re.search(r"(R\d+) per jaar", norm(t)))
    }
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(
        SET,
        (
            (TB, "correction"),
            (BE, "cheias"),
            (SB, "hael"),
            (NA, "sand"),
            (MG, "delestage"),
            (MU, "coupure"),
            (ZU, "amanzi"),
            (ZM, "outage"),
            (ZW, "blocked"),
            (LS, "motlakase"),
            (SC, "ferry"),
            (KM, "delestage"),
        ),
    )


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(
        docs,
        fams,
        (
            (f"{ZM}/related", "RELATED: "),
            (f"{ZW}/also-read", "Also read: "),
            (f"{LS}/bala", "Bala hape: "),
            (f"{KM}/lire", "Lire aussi : "),
        ),
    )
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in (
        (f"{TB}/also-read", ("ALSO READ: ", "Read next 👉 ")),
        (f"{BE}/leia", ("Leia também: ", "LEIA MAIS » ")),
        (f"{SB}/lees-ook", ("Lees ook: ", "LEES OOK ▸ ")),
        (f"{NA}/related", ("Related: ", "READ MORE ▶ ")),
        (f"{MG}/vakio", ("Vakio koa: ", "VAKIO IHANY KOA » ")),
        (f"{MU}/lire", ("À lire aussi : ", "Lir osi : ")),
        (f"{ZU}/funda", ("FUNDA NALOKHU: ", "Funda futhi ➜ ")),
    ):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(
        SET,
        (
            (TB, "sister", "This story first appeared in our sister title, the Ivory Park Echo."),
            (
                SB,
                "vrywaring",
                "Menings in hierdie artikel is dié van die skrywer. Die uitgewer "
                "aanvaar geen aanspreeklikheid vir besluite wat daarop gebaseer "
                "word nie.",
            ),
            (
                NA,
                "ombudsman",
                "We follow the Code of Ethics for Namibian Media. Complaints may be "
                "taken to the Media Ombudsman.",
            ),
            (
                MU,
                "commentaires",
                "Les commentaires sont modérés. Tout propos injurieux, raciste ou "
                "communal sera supprimé.",
            ),
            (ZU, "siyabonga", "Siyabonga ngokufunda!"),
            (
                ZM,
                "licence",
                "A community radio station licensed by the Independent Broadcasting Authority.",
            ),
            (
                ZW,
                "fair-dealing",
                "Some material is reproduced under fair dealing for the purpose "
                "of reporting current events.",
            ),
            (
                ZW,
                "disclaimer",
                "Views expressed by contributors are their own and do not "
                "necessarily reflect those of the editors.",
            ),
        ),
    )
    for style, family, pattern, pool_name in (
        (TB, "kicker", r"^(.+)$", "kicker"),
        (TB, "photo", r"^Photo: (.+)$", "credit"),
        (BE, "rubrica", r"^(.+)$", "rubrica"),
        (BE, "foto", r"^Foto: (.+)$", "foto"),
        (SB, "afdeling", r"^(.+)$", "afdeling"),
        (SB, "foto", r"^Foto: (.+)$", "foto"),
        (NA, "region", r"^(.+)$", "region"),
        (NA, "dateline", r"^(.+) –$", "place"),
        (MG, "sokajy", r"^(.+)$", "sokajy"),
        (MU, "rubrique", r"^(.+)$", "rubrique"),
        (MU, "photo", r"^Photo : (.+)$", "photo"),
        (ZU, "isigaba", r"^(.+)$", "isigaba"),
        (ZU, "umthombo", r"^Umthombo: (.+)$", "umthombo"),
        (ZM, "desk", r"^(.+)$", "desk"),
        (ZW, "source", r"^Source: (.+)$", "source"),
        (ZW, "byline", r"^.+ in (.+)$", "city"),
    ):
        values = [
            next(g for g in m.groups() if g)
            for t in group_lines(SET, style, family)
            if (m := re.search(pattern, norm(t)))
        ]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)
        ), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(
        SET,
        (
            (TB, "sister", "This story first appeared in our sister title, the Ivory Park Echo."),
            (
                TB,
                "press-code",
                "We abide by the Press Code. Unhappy with our coverage? Contact the "
                "Press Ombud at www.presscouncil.org.za.",
            ),
            (
                BE,
                "ficha",
                "Propriedade: Púngoè Comunicação, Lda. · Registo n.º 000/GABINFO-DEC/2009 "
                "· Rua Major Serpa Pinto, Beira",
            ),
            (
                SB,
                "vrywaring",
                "Menings in hierdie artikel is dié van die skrywer. Die uitgewer "
                "aanvaar geen aanspreeklikheid vir besluite wat daarop gebaseer "
                "word nie.",
            ),
        ),
    )


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(
        SET,
        {
            TB: (["tips", "free", "press-code", "copyright"], 3),
            BE: (["assinatura", "ficha", "direitos"], 2),
            SB: (["intekening", "vrywaring", "kopiereg"], 2),
            NA: (["gai-tses", "subscribe", "ombudsman", "copyright"], 2),
            MG: (["famandrihana", "adiresy", "zo"], 2),
            MU: (["don", "abonnement", "commentaires", "droits"], 2),
            ZU: (["xhasa", "siyabonga", "amalungelo"], 2),
            ZM: (["zikomo", "licence", "copyright"], 2),
            ZW: (["donate", "fair-dealing", "disclaimer", "company"], 2),
            LS: (["theko", "leboha", "litokelo"], 2),
            SC: (["mersi", "price", "copyright"], 2),
            KM: (["marahaba", "don", "droits"], 2),
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
    assert TB in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
