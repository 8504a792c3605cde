"""The held-back-69 template set (`tests.bench.heldout_templates_69`): its localised dates
(printed day by day, in French with "1er", Haitian Creole, Welsh, Spanish and Tongan, with
Gaelic and English weekdays, French and English side by side, some changing form or
language on the day of a redesign), the numbers that change by the business day, the week,
the month or the day (a gourde rate, a petrol price, a club lotto's jackpot, a remittance
rate, the days since a hurricane, an eisteddfod countdown, high water, sunrise and daylight
with their summer times, the sea's temperature, a word of the week, the next meeting and the
next market), the notices it rewords by date, the calendars and seasons some notices follow
(anniversaries with their counts, days on a weekday of a month or listed days, votes,
storms, the 2020 epidemic, festivals called off or moved online), the lines in several
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_69 import (
    CY_AMGEN,
    CY_POSTPONED,
    CY_REDESIGN,
    EISTEDDFOD,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FIRST_DAY,
    FJ_TEMPERATURES,
    FRENCH_MONTHS,
    FRENCH_WEEKDAYS,
    GAELIC_WEEKDAYS,
    GD_REDESIGN,
    GG_PICKUP,
    HT_PEAK,
    HT_REDESIGN,
    IE_LOTTO_PAUSE,
    IE_LOTTO_RISE,
    IE_LOTTO_START,
    IE_REDESIGN,
    LAST_DAY,
    MARIA,
    MOD,
    NK_REDESIGN,
    NZ_REDESIGN,
    POLYFEST,
    PR_LIGHTS,
    PR_REDESIGN,
    QC_REDESIGN,
    SPANISH_MONTHS,
    TE_WIKI,
    TO_DIP,
    TO_REDESIGN,
    TONGAN_MONTHS,
    TONGAN_WEEKDAYS,
    UL_PAUSED,
    UL_WORDS,
    UL_ZOOM,
    WELSH_MONTHS,
    WELSH_MONTHS_SHORT,
    along,
    ards_festival,
    british_summer,
    business_day,
    clock,
    clock12,
    clonmany_monday,
    comma_decimal,
    eastern_daylight,
    fakame,
    french_day,
    gd_high_waters,
    gullah_festival,
    heritage_days,
    ht_gourde,
    ie_jackpots,
    ie_lotto_won,
    innu_nikamu,
    jacmel_carnival,
    latest,
    nk_sun,
    nz_daylight_saving,
    nz_sunrise,
    qc_gas,
    skye_games,
    to_paanga,
    ul_next_meeting,
    upcoming,
    urdd_monday,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_in_scripts,
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
    pool_in_order,
    rendered,
    template,
    wording_on,
    wordings_by_start,
)

SET = "held-back-69"
SITES = ("La Voix du Sud-Est", "La Boussole de la Côte-Nord", "Llais Arfon", "Inishowen Beacon",
         "Cuillin Courier", "First Light News", "El Oeste al Día", "Ungava Bulletin",
         "Talanoa ʻAokalani", "Somosomo Strait Dive Lodge", "Hamely Tongue Society",
         "St. Helena Growers' Co-op")
HT, QC, CY, IE = ("lavoixdusudest.ht", "boussolecotenord.ca", "llaisarfon.cymru",
                  "inishowenbeacon.ie")
GD, NZ, PR, NK = ("cuillincourier.co.uk", "firstlightnews.co.nz", "oestealdia.com",
                  "ungavabulletin.ca")
TO, FJ, UL, GG = ("talanoaaokalani.co.nz", "somosomodive.com.fj", "hamelytongue.org.uk",
                  "sthelenagrowers.coop")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((HT, "date"), (QC, "date"), (CY, "dyddiad"), (IE, "date"), (GD, "date"),
         (NZ, "date"), (PR, "fecha"), (NK, "date"), (TO, "aho"))

# The families that change with the seasons, the months, the weeks or the days.
PERIODIC = ((HT, "gourde"), (HT, "saison"), (QC, "essence"), (QC, "saison"),
            (CY, "eisteddfod"), (IE, "lotto"), (IE, "ferries"), (GD, "tides"), (GD, "ferry"),
            (NZ, "sunrise"), (PR, "huracan"), (NK, "daylight"), (NK, "seasons"),
            (TO, "remit"), (FJ, "water"), (FJ, "seasons"), (UL, "word"), (UL, "meeting"),
            (GG, "market"), (GG, "harvest"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((HT, "avis"), (QC, "avis"), (CY, "hysbysiad"), (IE, "notice"), (GD, "notice"),
           (NZ, "notice"), (PR, "aviso"), (NK, "notice"), (TO, "fanongonongo"),
           (FJ, "notice"), (UL, "notice"), (GG, "notice"))

# Each notice's first standing wording, shown on a day none of them turns for an event,
# before any of them was reworded.
QUIET = d(2016, 9, 28)
FIRST_WORDINGS = {
    HT: "Suivez-nous sur Facebook et Twitter pour l'actualité du Sud-Est",
    QC: "Aimez notre page Facebook pour ne rien manquer de l'actualité nord-côtière",
    CY: "Dilynwch ni ar Twitter a Facebook am y newyddion diweddaraf",
    IE: "Got a story? Email the newsdesk: news@{domain}",
    GD: "Follow us on Facebook for breaking news from Skye and Lochalsh",
    NZ: "Like us on Facebook for the latest from Tairāwhiti",
    PR: "Síguenos en Facebook, Instagram y Twitter",
    NK: "Send us your news: we publish in Inuktitut, English and French",
    TO: "Tokoni mai: send us your church and community news",
    FJ: "Book your dive package: write to reservations@{domain}",
    UL: "New members aye welcome: come alang tae a meetin",
    GG: "Join the co-op: membership is $25 a year",
}

SYLLABICS = r"[\u1400-\u167f]"
TONGAN = r"[ʻāēīōū]"
MAORI = r"[āēīōū]"
WELSH = r"[ŵŷâ]|dd|ll|ch"
GAELIC = r"[àèìòù]"
CREOLE = r"[èò]|ou|Bòn|Li tou"
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 the family's wording holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 20), d(2018, 3, 25), d(2019, 8, 3), d(2020, 4, 25),
        LAST_DAY))


def test_calendar_helpers() -> None:
    assert latest(d(2019, 6, 21), 0) == d(2019, 6, 17) == latest(d(2019, 6, 17), 0)
    assert upcoming(d(2019, 6, 21), 5) == d(2019, 6, 22) == upcoming(d(2019, 6, 22), 5)
    assert business_day(d(2019, 6, 22)) == business_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert comma_decimal(64.27314, 4) == "64,2731" and comma_decimal(1.2) == "1,20"
    points = (("2019-01-01", 10.0), ("2019-01-11", 20.0))
    assert along(points, d(2018, 5, 1)) == 10.0 and along(points, d(2019, 1, 6)) == 15.0
    assert along(points, d(2019, 1, 11)) == 20.0 == along(points, d(2020, 1, 1))
    assert clock(252.4) == "04:12" and clock(0) == "00:00"
    assert clock12(368) == "6:08am" and clock12(725) == "12:05pm"
    assert french_day(d(2019, 3, 1)) == "1er" and french_day(d(2019, 3, 2)) == "2"
    assert jacmel_carnival(2019) == d(2019, 2, 24) and jacmel_carnival(2020) == d(2020, 2, 16)
    assert innu_nikamu(2019) == d(2019, 8, 2) and innu_nikamu(2020) == d(2020, 8, 7)
    assert urdd_monday(2019) == d(2019, 5, 27) and urdd_monday(2020) == d(2020, 5, 25)
    assert clonmany_monday(2019) == d(2019, 8, 5) and clonmany_monday(2020) == d(2020, 8, 3)
    assert skye_games(2019) == d(2019, 8, 7) and skye_games(2020) == d(2020, 8, 5)
    assert not british_summer(d(2019, 3, 30)) and british_summer(d(2019, 3, 31))
    assert british_summer(d(2019, 10, 26)) and not british_summer(d(2019, 10, 27))
    assert nz_daylight_saving(d(2019, 4, 6)) and not nz_daylight_saving(d(2019, 4, 7))
    assert not nz_daylight_saving(d(2019, 9, 28)) and nz_daylight_saving(d(2019, 9, 29))
    assert not eastern_daylight(d(2019, 3, 9)) and eastern_daylight(d(2019, 3, 10))
    assert eastern_daylight(d(2019, 11, 2)) and not eastern_daylight(d(2019, 11, 3))
    assert fakame(2019) == d(2019, 5, 5) and fakame(2020) == d(2020, 5, 3)
    assert ul_next_meeting(d(2019, 3, 5)) == d(2019, 3, 5)
    assert ul_next_meeting(d(2019, 3, 6)) == d(2019, 4, 2)
    assert ul_next_meeting(d(2019, 12, 4)) == d(2020, 1, 7)
    assert ards_festival(2019) == d(2019, 6, 1) and ards_festival(2020) is None
    assert heritage_days(2019) == d(2019, 11, 9) and gullah_festival(2019) == d(2019, 5, 24)
    jackpots = ie_jackpots()
    assert min(jackpots) == IE_LOTTO_START[0] and jackpots[IE_LOTTO_START[0]] == 6000
    assert all(monday.weekday() == 0 for monday in jackpots) and max(jackpots) <= LAST_DAY
    assert 5 <= sum(map(ie_lotto_won, jackpots)) <= 40
    assert abs(ht_gourde(d(2015, 1, 2)) - 46.6) < 1 and abs(ht_gourde(HT_PEAK) - 121.7) < 1
    assert 0.9 < qc_gas(d(2020, 4, 7)) < 1.05 < qc_gas(d(2020, 1, 7))
    assert to_paanga(d(2019, 6, 21)) == to_paanga(d(2019, 6, 17))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 10, 4)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HT, "date", old, "Jacmel, le samedi 5 mars 2016")
    full(HT, "date", d(2016, 3, 1), "Jacmel, le mardi 1er mars 2016")
    full(HT, "date", new, r"Pibliye vandredi 4 oktòb 2019, \d\d:\d\d")
    full(QC, "date", old, r"Publié le samedi 5 mars 2016 à \d\d:\d\d")
    full(QC, "date", d(2019, 3, 1), r"Publié le vendredi 1er mars 2019 à \d\d:\d\d")
    full(QC, "date", new, r"4 oct\. 2019 · mis à jour à \d\d:\d\d")
    full(CY, "dyddiad", old, "Dydd Sadwrn, 5 Mawrth 2016")
    full(CY, "dyddiad", new, r"Cyhoeddwyd 4 Hyd 2019, \d\d:\d\d")
    full(IE, "date", old, "Saturday 5th March 2016")
    full(IE, "date", d(2016, 3, 22), "Tuesday 22nd March 2016")
    full(IE, "date", new, r"Last updated 4 Oct 2019, \d\d:\d\d")
    full(GD, "date", old, "5 March 2016")
    full(GD, "date", new, "Dihaoine · Friday 04/10/2019")
    full(NZ, "date", old, "Saturday, 5 March 2016")
    full(NZ, "date", new, r"4 Oct, 2019 \d{1,2}:\d\d [AP]M")
    full(PR, "fecha", old, "sábado, 5 de marzo de 2016")
    full(PR, "fecha", new, r"Publicado el 4/10/2019 – \d{1,2}:\d\d [AP]M")
    full(NK, "date", old, "Saturday, March 5, 2016")
    full(NK, "date", new, "4 octobre 2019 / October 4, 2019")
    full(NK, "date", d(2019, 7, 1), "1er juillet 2019 / July 1, 2019")
    full(TO, "aho", old, "Tokonaki 5 Maʻasi 2016")
    full(TO, "aho", new, "Falaite / Friday 4.10.2019")
    full(FJ, "posted", old, "Posted 5 March 2016 by .+")
    full(FJ, "posted", new, r"Oct 4, 2019 · .+")
    full(UL, "posted", old, r"Saturday 5 March 2016 \| .+")
    full(UL, "posted", new, "Postit bi .+ on 4 October 2019")
    full(GG, "posted", old, ".+ · 03/05/2016")
    full(GG, "posted", new, "Written by .+ on Friday, October 4, 2019")
    full(GD, "tides", old, r"🌊 High water at Portree today: \d\d:\d\d( and \d\d:\d\d)?")
    full(NZ, "sunrise", old, r"🌅 First light: the sun rises over Gisborne at [67]:\d\dam today")
    full(NK, "daylight", old, r"☀️ Daylight in Kuujjuaq today: \d+ h \d\d min · sunrise "
                              r"\d\d:\d\d, sunset \d\d:\d\d")
    full(IE, "paywall", new, "You have [123] free articles left this month · Subscribe from "
                             "€1 a week")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        month, weekday = day.month, day.weekday()
        ht = on(HT, "date", day)
        if day < HT_REDESIGN:
            assert ht == (f"Jacmel, le {FRENCH_WEEKDAYS[weekday]} {french_day(day)} "
                          f"{FRENCH_MONTHS[month - 1]} {day.year}"), ht
        else:
            assert ht.startswith("Pibliye ") and ht.endswith(f"{day.year}, {{time}}"), ht
        qc = on(QC, "date", day)
        assert qc.startswith("Publié le ") == (day < QC_REDESIGN), qc
        assert qc.endswith("à {time}"), qc
        cy = on(CY, "dyddiad", day)
        months = WELSH_MONTHS if day < CY_REDESIGN else WELSH_MONTHS_SHORT
        assert f" {day.day} {months[month - 1]} {day.year}" in cy, cy
        assert cy.startswith("Cyhoeddwyd ") == (day >= CY_REDESIGN), cy
        ie = on(IE, "date", day)
        assert ie.startswith("Last updated ") == (day >= IE_REDESIGN), ie
        assert ENGLISH_MONTHS[month - 1][:3] in ie and str(day.year) in ie, ie
        gd = on(GD, "date", day)
        if day < GD_REDESIGN:
            assert gd == f"{day.day} {ENGLISH_MONTHS[month - 1]} {day.year}", gd
        else:
            assert gd == (f"{GAELIC_WEEKDAYS[weekday]} · {ENGLISH_WEEKDAYS[weekday]} "
                          f"{day:%d/%m/%Y}"), gd
        nz = on(NZ, "date", day)
        assert nz.endswith("{time12}") == (day >= NZ_REDESIGN), nz
        pr = on(PR, "fecha", day)
        assert (f" de {SPANISH_MONTHS[month - 1]} de {day.year}" in pr) == (
            day < PR_REDESIGN), pr
        assert (f" {day.day}/{month}/{day.year} " in pr) == (day >= PR_REDESIGN), pr
        nk = on(NK, "date", day)
        assert nk.endswith(f"{ENGLISH_MONTHS[month - 1]} {day.day}, {day.year}"), nk
        assert (f"{FRENCH_MONTHS[month - 1]} {day.year} / " in nk) == (day >= NK_REDESIGN)
        to = on(TO, "aho", day)
        assert (TONGAN_MONTHS[month - 1] in to) == (day < TO_REDESIGN), to
        assert to.endswith(f"{day.day}.{month}.{day.year}") == (day >= TO_REDESIGN), to
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_rates_prices_and_jackpots() -> None:
    starts, _ = wordings_by_start(SET, HT, "gourde")
    assert all(d.fromisoformat(s).weekday() < 5 for s in starts[1:]) and len(starts) >= 1500
    rates = {}
    for day in every_day():
        m = re.fullmatch(r"💱 Taux de référence BRH : 1 USD = (\d+),(\d{4}) HTG",
                         on(HT, "gourde", day))
        assert m, day
        rates[day] = float(f"{m[1]}.{m[2]}")
        assert 45 < rates[day] < 123, day
        if day.weekday() >= 5:
            assert on(HT, "gourde", day) == on(HT, "gourde", business_day(day)), day
    assert max(rates, key=rates.__getitem__) - HT_PEAK < 10 * one
    assert rates[d(2020, 10, 5)] < rates[HT_PEAK] - 45
    assert rates[d(2019, 12, 31)] > rates[d(2015, 1, 2)] + 40

    starts, _ = wordings_by_start(SET, QC, "essence")
    assert all(d.fromisoformat(s).weekday() == 1 for s in starts[1:]) and len(starts) >= 200
    for day in every_day():
        m = re.fullmatch(r"⛽ Essence ordinaire à Sept-Îles cette semaine : (\d),(\d\d) \$ le "
                         r"litre \(prix moyen\)", on(QC, "essence", day))
        assert m and 0.9 < float(f"{m[1]}.{m[2]}") < 1.5, day
    assert on(QC, "essence", d(2020, 4, 10)) < on(QC, "essence", d(2020, 1, 10))

    amounts: dict[dt.date, int] = {}
    for day in every_day():
        text = on(IE, "lotto", day)
        monday = latest(day, 0)
        paused = IE_LOTTO_PAUSE[0] <= monday < IE_LOTTO_PAUSE[1]
        assert ("paused" in text) == paused, day
        if not paused:
            m = re.fullmatch(r"🎟️ Club Lotto: this week's jackpot is €(\d{1,2},\d{3})", text)
            assert m, day
            amounts[monday] = int(m[1].replace(",", ""))
    mondays = sorted(amounts)
    for before, after in zip(mondays, mondays[1:], strict=False):
        if after - before == 7 * one:
            assert amounts[after] in (amounts[before] + IE_LOTTO_RISE, IE_LOTTO_START[1])
    assert amounts[IE_LOTTO_PAUSE[1]] == ie_jackpots()[IE_LOTTO_PAUSE[0]]  # carried over
    assert sum(amounts[m] == IE_LOTTO_START[1] for m in mondays) >= 5
    assert max(amounts.values()) >= 10_000

    starts, _ = wordings_by_start(SET, TO, "remit")
    assert all(d.fromisoformat(s).weekday() == 0 for s in starts[1:]) and len(starts) >= 300
    for day in every_day():
        m = re.fullmatch(r"💸 Sending money home\? This week NZ\$1 = T\$(\d\.\d{4})",
                         on(TO, "remit", day))
        assert m and 1.38 < float(m[1]) < 1.62, day
    assert abs(to_paanga(TO_DIP[0]) - to_paanga(TO_DIP[0] - 7 * one)) > 0.04
    for style, family, pattern in ((HT, "gourde", r"\d+,\d{4}"), (QC, "essence", r"\d,\d\d"),
                                   (IE, "lotto", r"€[\d,]+"), (TO, "remit", r"\d\.\d{4}")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_tides_sunrise_and_daylight() -> None:
    previous: list[int] = []
    for day in every_day():
        text = on(GD, "tides", day)
        times = gd_high_waters(day)
        assert 1 <= len(times) <= 2 and times == sorted(times), day
        assert text == "🌊 High water at Portree today: " + " and ".join(map(clock, times))
        if len(times) == 2:
            assert abs(times[1] - times[0] - 745) <= 1, day
        if previous:
            # high water comes about 50 minutes later each day, an hour more or less on the
            # days the clocks change
            shift = 60 * (british_summer(day) - british_summer(day - one))
            moved = (times[0] - previous[0] - 50.47 - shift) % 745.2
            assert min(moved, 745.2 - moved) <= 1.5, (day, previous, times)
        previous = times
    sunrises = {day: nz_sunrise(day) for day in every_day()}
    assert all(5 * 60 + 30 <= m <= 7 * 60 + 30 for m in sunrises.values())
    for day in every_day():
        text = on(NZ, "sunrise", day)
        assert text == (f"🌅 First light: the sun rises over Gisborne at "
                        f"{clock12(sunrises[day])} today"), day
        if day > FIRST_DAY and nz_daylight_saving(day) != nz_daylight_saving(day - one):
            jump = sunrises[day] - sunrises[day - one]
            assert (jump > 55) == nz_daylight_saving(day) and abs(jump) > 55, day
        elif day > FIRST_DAY:
            assert abs(sunrises[day] - sunrises[day - one]) < 3, day
    assert clock12(sunrises[d(2019, 12, 21)]) < clock12(sunrises[d(2019, 6, 21)])
    lengths = {}
    for day in every_day():
        rise, set_ = nk_sun(day)
        m = re.fullmatch(r"☀️ Daylight in Kuujjuaq today: (\d+) h (\d\d) min · sunrise "
                         r"(\d\d:\d\d), sunset (\d\d:\d\d)", on(NK, "daylight", day))
        assert m and m[3] == clock(rise) and m[4] == clock(set_), day
        lengths[day] = int(m[1]) * 60 + int(m[2])
        assert lengths[day] == round(set_) - round(rise), day
        if day > FIRST_DAY and eastern_daylight(day) != eastern_daylight(day - one):
            assert abs(round(rise) - round(nk_sun(day - one)[0])) > 55, day
    summer = [lengths[day] for day in lengths if day.month == 6 and 15 <= day.day <= 27]
    winter = [lengths[day] for day in lengths if day.month == 12 and 15 <= day.day <= 27]
    assert min(summer) > 18 * 60 and max(winter) < 6 * 60 + 40
    for style, family, pattern in ((GD, "tides", r"\d\d:\d\d"), (NZ, "sunrise", r"\d:\d\dam"),
                                   (NK, "daylight", r"\d+ h \d\d")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 3, (style, family)


def test_countdowns_and_running_counts() -> None:
    for year, (place, first) in EISTEDDFOD.items():
        assert first.weekday() == 5, year
        assert on(CY, "eisteddfod", first - 100 * one) == (f"🎪 100 diwrnod tan Eisteddfod "
                                                           f"{place} {year}")
        assert on(CY, "eisteddfod", first - one) == f"🎪 1 diwrnod tan Eisteddfod {place} {year}"
        assert on(CY, "eisteddfod", first) == f"🎪 Eisteddfod {place} {year}: diwrnod 1 o 8"
        assert on(CY, "eisteddfod", first + 7 * one) == (f"🎪 Eisteddfod {place} {year}: "
                                                         f"diwrnod 8 o 8")
        assert on(CY, "eisteddfod", first - 101 * one) == (f"🎪 Eisteddfod Genedlaethol "
                                                           f"{year}: {place}")
        nxt = EISTEDDFOD.get(year + 1, ("Ceredigion",))[0]
        assert on(CY, "eisteddfod", first + 8 * one) == (f"🎪 Eisteddfod Genedlaethol "
                                                         f"{year + 1}: {nxt}")
    assert on(CY, "eisteddfod", d(2020, 1, 10)) == "🎪 Eisteddfod Genedlaethol 2020: Ceredigion"
    assert days_with(CY, "eisteddfod", "AmGen") == {CY_AMGEN[0] + k * one for k in range(8)}
    assert days_with(CY, "eisteddfod", "gohirio") == {
        day for day in every_day() if day >= CY_POSTPONED and not CY_AMGEN[0] <= day < CY_AMGEN[1]}
    counting = [day for day in every_day() if "diwrnod tan" in on(CY, "eisteddfod", day)]
    assert len(counting) == 500 and not any(day.year == 2020 for day in counting)
    starts, _ = wordings_by_start(SET, CY, "eisteddfod")
    assert len(starts) >= 540

    for day in every_day():
        text = on(PR, "huracan", day)
        counted = re.fullmatch(r"💡 Día (\d+) después del huracán María", text)
        assert bool(counted) == (MARIA <= day < PR_LIGHTS), day
        if counted:
            assert int(counted[1]) == (day - MARIA).days + 1, day
        else:
            assert ("Temporada de huracanes" in text) == (6 <= day.month <= 11), day
    assert on(PR, "huracan", PR_LIGHTS - one) == "💡 Día 328 después del huracán María"

    words = [meaning for _, meaning in UL_WORDS]
    for day in every_day():
        text = on(UL, "word", day)
        assert text.removeprefix("📖 Wurd o the week: ") in words, day
        assert text == on(UL, "word", latest(day, 0)), day
        meeting = on(UL, "meeting", day)
        if UL_PAUSED <= day < UL_ZOOM:
            assert meeting == "📅 Meetins are aff for noo: watch this space", day
        else:
            nxt = ul_next_meeting(day)
            assert nxt.weekday() == 1 and nxt.day <= 7 and day <= nxt, day
            assert meeting.startswith(f"📅 Next meetin: Tuesday {nxt.day} "
                                      f"{ENGLISH_MONTHS[nxt.month - 1]}, 7.30pm, "), day
            assert meeting.endswith("on Zoom") == (day >= UL_ZOOM), day
    starts, _ = wordings_by_start(SET, UL, "word")
    assert all(d.fromisoformat(s).weekday() == 0 for s in starts[1:]) and len(starts) >= 300
    assert len({on(UL, "word", day) for day in every_day()}) == len(UL_WORDS)

    for day in every_day():
        text = on(GG, "market", day)
        saturday = upcoming(day, 5)
        if GG_PICKUP[0] <= saturday < GG_PICKUP[1]:
            assert "curbside" in text, day
        elif 4 <= saturday.month <= 11:
            assert text == (f"🧺 Next market: Saturday, {ENGLISH_MONTHS[saturday.month - 1]} "
                            f"{saturday.day}, 8am to noon at the co-op barn"), day
        else:
            assert "closed for the winter" in text, day
    starts, _ = wordings_by_start(SET, GG, "market")
    assert all(d.fromisoformat(s).weekday() == 6 for s in starts[1:]), starts

    for day in every_day():
        water = re.fullmatch(r"🌡️ Water this month: (\d\d)°C, visibility \d\d–\d\d m",
                             on(FJ, "water", day))
        assert water and int(water[1]) == FJ_TEMPERATURES[day.month - 1], day
    for style, family, least in ((CY, "eisteddfod", 3), (PR, "huracan", 2), (UL, "word", 5),
                                 (GG, "market", 3), (FJ, "water", 3), (UL, "meeting", 3)):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= least, family


def test_seasons() -> None:
    for day in every_day():
        md = (day.month, day.day)
        assert ("🌀" in on(HT, "saison", day)) == ((6, 1) <= md < (12, 1)), day
        assert ("🥭" in on(HT, "saison", day)) == ((5, 1) <= md < (6, 1)), day
        assert ("saumon" in on(QC, "saison", day)) == ((6, 1) <= md < (9, 15)), day
        assert ("Stationnement de nuit interdit" in on(QC, "saison", day)) == (
            md >= (11, 15) or md < (4, 1)), day
        assert ("Swilly ferry runs" in on(IE, "ferries", day)) == ((6, 20) <= md < (9, 15))
        assert ("off for the winter" in on(IE, "ferries", day)) == (
            md >= (10, 1) or md < (4, 1)), day
        assert ("Summer timetable" in on(GD, "ferry", day)) == ((3, 28) <= md < (10, 20))
        assert ("Sealift" in on(NK, "seasons", day)) == ((7, 10) <= md < (10, 25)), day
        assert ("Cyclone season" in on(FJ, "seasons", day)) == (md >= (11, 1) or md < (5, 1))
        assert ("watermelons" in on(GG, "harvest", day)) == ((6, 15) <= md < (9, 15)), day


def test_notices_follow_their_calendars() -> None:
    cases = (
        (HT, "avis", d(2019, 1, 10), "📲 Rejoignez notre groupe WhatsApp : les nouvelles du "
                                     "Sud-Est sur votre téléphone"),
        (HT, "avis", d(2015, 8, 10), "🗳️ Législatives 2015 : résultats partiels dans le "
                                     "Sud-Est"),
        (HT, "avis", d(2016, 10, 5), "🌀 Ouragan Matthew : abris provisoires et numéros "
                                     "d'urgence dans le département"),
        (HT, "avis", d(2016, 11, 21), "🗳️ Élections du 20 novembre : suivez le dépouillement "
                                      "avec nous"),
        (HT, "avis", d(2018, 7, 7), "⛽ Hausse des prix du carburant : routes bloquées, restez "
                                    "prudents"),
        (HT, "avis", d(2019, 10, 10), "🚧 Peyi lòk : renseignez-vous avant de prendre la route "
                                      "de Port-au-Prince"),
        (HT, "avis", d(2020, 4, 1), "😷 Covid-19 : lavez-vous les mains, portez le masque / "
                                    "Lave men nou, mete mask"),
        (HT, "avis", d(2019, 1, 1), "🇭🇹 Bòn fèt endepandans ! 215 ans d'indépendance"),
        (HT, "avis", d(2019, 2, 24), "🎭 Kanaval Jakmèl 2019 : parcours du défilé et "
                                     "stationnement en ville"),
        (HT, "avis", d(2019, 5, 18), "🇭🇹 Fête du Drapeau et de l'Université : 216e "
                                     "anniversaire"),
        (HT, "avis", d(2019, 11, 2), "💀 Bòn fèt Gede ! Toussaint et fête des Morts"),
        (HT, "avis", d(2019, 11, 18), "Bataille de Vertières : 216e anniversaire"),
        (HT, "avis", d(2019, 12, 25), "🎄 Jwaye Nwèl ! Joyeux Noël à tous nos lecteurs"),
        (QC, "avis", d(2018, 1, 10), "📬 Abonnez-vous à l'infolettre du matin : les manchettes "
                                     "de la Côte-Nord avant 7 h"),
        (QC, "avis", d(2015, 10, 15), "🗳️ Élections fédérales : les résultats dans "
                                      "Manicouagan"),
        (QC, "avis", d(2017, 11, 5), "🗳️ Élections municipales : qui sera maire de Sept-Îles ?"),
        (QC, "avis", d(2018, 10, 1), "🗳️ Élections québécoises : les résultats dans Duplessis"),
        (QC, "avis", d(2020, 3, 20), "😷 COVID-19 : restez à la maison et lavez-vous les mains"),
        (QC, "avis", d(2020, 4, 15), "🚧 Barrages policiers : les déplacements vers la "
                                     "Côte-Nord sont limités"),
        (QC, "avis", d(2020, 8, 1), "😷 Dès le 18 juillet, le masque est obligatoire dans les "
                                    "lieux publics fermés"),
        (QC, "avis", d(2019, 6, 23), "⚜️ Bonne Fête nationale du Québec !"),
        (QC, "avis", d(2019, 8, 3), "🎶 35e Festival Innu Nikamu à Mani-utenam : horaire et "
                                    "navettes"),
        (QC, "avis", d(2020, 8, 7), "🎶 Le festival Innu Nikamu est annulé cette année, "
                                    "rendez-vous en 2021"),
        (QC, "avis", d(2019, 10, 14), "🦃 Joyeuse Action de grâce !"),
        (QC, "avis", d(2019, 12, 24), "🎄 Joyeux Noël et bonne année à tous nos lecteurs "
                                      "nord-côtiers"),
        (CY, "hysbysiad", d(2019, 1, 10), "🎧 Gwrandewch ar bodlediad Llais Arfon bob dydd "
                                          "Gwener"),
        (CY, "hysbysiad", d(2015, 5, 7), "🗳️ Etholiad Cyffredinol 2015: canlyniad Arfon"),
        (CY, "hysbysiad", d(2016, 5, 3), "🗳️ Etholiad y Cynulliad: canlyniad Arfon"),
        (CY, "hysbysiad", d(2016, 6, 23), "🗳️ Refferendwm yr UE: sut bleidleisiodd Gwynedd"),
        (CY, "hysbysiad", d(2017, 6, 6), "🗳️ Etholiad Cyffredinol 2017: canlyniad Arfon"),
        (CY, "hysbysiad", d(2019, 12, 10), "🗳️ Etholiad Cyffredinol 2019: canlyniad Arfon"),
        (CY, "hysbysiad", d(2020, 4, 15), "😷 Arhoswch adref / Stay at home: diogelwch y GIG, "
                                          "achub bywydau"),
        (CY, "hysbysiad", d(2020, 10, 30), "🔒 Cyfnod atal byr / Firebreak: arhoswch adref tan "
                                           "9 Tachwedd"),
        (CY, "hysbysiad", d(2019, 1, 25), "💘 Dydd Santes Dwynwen hapus!"),
        (CY, "hysbysiad", d(2019, 3, 1), "🏴 Dydd Gŵyl Dewi Hapus! Happy St David's Day"),
        (CY, "hysbysiad", d(2019, 5, 28), "🎭 Eisteddfod yr Urdd 2019: y canlyniadau i gyd"),
        (CY, "hysbysiad", d(2020, 5, 26), "🎭 Eisteddfod T: Eisteddfod yr Urdd ar-lein eleni"),
        (CY, "hysbysiad", d(2019, 12, 24), "🎄 Nadolig Llawen a Blwyddyn Newydd Dda!"),
        (IE, "notice", d(2019, 1, 10), "📧 Sign up to our weekday newsletter: Inishowen news in "
                                       "your inbox by 7am"),
        (IE, "notice", d(2015, 5, 22), "🗳️ Referendum day: polls are open from 7am to 10pm"),
        (IE, "notice", d(2016, 2, 27), "🗳️ General Election 2016: live from the Donegal count"),
        (IE, "notice", d(2017, 8, 25), "🌊 Flood relief: where to get help in Inishowen"),
        (IE, "notice", d(2017, 10, 16), "🌀 Storm Ophelia: status red, stay indoors"),
        (IE, "notice", d(2018, 3, 1), "❄️ Beast from the East: schools closed across Donegal"),
        (IE, "notice", d(2018, 7, 5), "⛳ The Irish Open at Ballyliffin: road closures and "
                                      "park-and-ride"),
        (IE, "notice", d(2019, 5, 25), "🗳️ Local and European elections: the Inishowen count"),
        (IE, "notice", d(2020, 2, 8), "🗳️ General Election 2020: live from the Donegal count"),
        (IE, "notice", d(2020, 4, 1), "😷 Covid-19: stay home, hold firm"),
        (IE, "notice", d(2020, 11, 1), "😷 Level 5 restrictions: stay within 5km of home"),
        (IE, "notice", d(2019, 2, 1), "Lá Fhéile Bríde sona daoibh! Happy St Brigid's Day"),
        (IE, "notice", d(2019, 3, 17), "☘️ Lá Fhéile Pádraig sona daoibh! Parade times in "
                                       "Buncrana and Carndonagh"),
        (IE, "notice", d(2020, 3, 17), "☘️ St Patrick's Day parades are cancelled: celebrate "
                                       "at home"),
        (IE, "notice", d(2019, 8, 3), "🎉 Clonmany Festival 2019: the full programme for the "
                                      "bank holiday weekend"),
        (IE, "notice", d(2019, 10, 31), "🎃 Oíche Shamhna shona daoibh!"),
        (IE, "notice", d(2019, 12, 25), "🎄 Nollaig shona daoibh! Happy Christmas from all of "
                                        "us"),
        (GD, "notice", d(2019, 1, 10), "🎙️ Listen to our weekly podcast, Naidheachdan na "
                                       "Seachdain, every Friday"),
        (GD, "notice", d(2016, 5, 5), "🗳️ Holyrood election: the Skye, Lochaber and Badenoch "
                                      "result"),
        (GD, "notice", d(2016, 6, 23), "🗳️ EU referendum: how the Highlands voted"),
        (GD, "notice", d(2017, 5, 4), "🗳️ Council elections: who represents Eilean a' Cheò"),
        (GD, "notice", d(2019, 12, 12), "🗳️ General Election: the Ross, Skye and Lochaber "
                                        "result"),
        (GD, "notice", d(2020, 4, 15), "😷 Please don't travel to Skye: the island is closed to "
                                       "visitors for now"),
        (GD, "notice", d(2019, 1, 25), "🥃 Burns Night: a toast to the Bard from Skye"),
        (GD, "notice", d(2019, 8, 7), "🏴 Skye Highland Games 2019: results from the Lump"),
        (GD, "notice", d(2020, 8, 5), "🏴 The Skye Highland Games are cancelled this year"),
        (GD, "notice", d(2019, 10, 15), "🎶 Am Mòd Nàiseanta Rìoghail 2019, Glaschu: results "
                                        "and photos"),
        (GD, "notice", d(2020, 10, 20), "🎶 Am Mòd air loidhne: this year's Mòd is online"),
        (GD, "notice", d(2019, 11, 30), "Latha Naomh Anndrais sona dhuibh! Happy St Andrew's "
                                        "Day"),
        (GD, "notice", d(2020, 1, 1), "🎆 Bliadhna Mhath Ùr! Happy New Year from Skye"),
        (NZ, "notice", d(2018, 1, 10), "💛 Support local journalism: become a supporter from $5 "
                                       "a month"),
        (NZ, "notice", d(2015, 12, 1), "🗳️ Flag referendum: post your voting paper back by 11 "
                                       "December"),
        (NZ, "notice", d(2016, 3, 10), "🗳️ Second flag referendum: vote by 24 March"),
        (NZ, "notice", d(2017, 9, 22), "🗳️ Election 2017: the results for Ikaroa-Rāwhiti and "
                                       "East Coast"),
        (NZ, "notice", d(2018, 6, 6), "🌧️ Tolaga Bay floods: how you can help"),
        (NZ, "notice", d(2020, 4, 10), "😷 Alert Level 4: stay home, save lives"),
        (NZ, "notice", d(2020, 4, 25), "🕯️ Stand at Dawn: Anzac Day at your gate this year"),
        (NZ, "notice", d(2020, 5, 1), "😷 Alert Level 3: stay in your bubble"),
        (NZ, "notice", d(2020, 10, 10), "🗳️ Election 2020 and the referendums: where to vote "
                                        "in Tairāwhiti"),
        (NZ, "notice", d(2019, 2, 6), "Waitangi Day: 179 years since the Treaty was signed"),
        (NZ, "notice", d(2019, 4, 25), "🌺 Anzac Day: the dawn service at the Gisborne "
                                       "cenotaph starts at 6am"),
        (NZ, "notice", d(2015, 7, 28), "Te Wiki o te Reo Māori: kia kaha te reo Māori!"),
        (NZ, "notice", d(2019, 12, 25), "🎄 Meri Kirihimete from all of us"),
        (NZ, "notice", d(2019, 12, 30), "🎶 Rhythm and Vines: traffic management on Waiohika "
                                        "Road"),
        (PR, "aviso", d(2019, 1, 10), "📲 Recibe las noticias del oeste en tu celular: únete a "
                                      "nuestro canal de Telegram"),
        (PR, "aviso", d(2016, 11, 8), "🗳️ Elecciones 2016: resultados en los pueblos del "
                                      "oeste"),
        (PR, "aviso", d(2017, 6, 11), "🗳️ Plebiscito de estatus: resultados por pueblo"),
        (PR, "aviso", d(2017, 9, 6), "🌀 Huracán Irma: refúgiate y sigue las instrucciones de "
                                     "Manejo de Emergencias"),
        (PR, "aviso", d(2017, 9, 19), "🌀 Huracán María: refúgiate y sigue las instrucciones "
                                      "de Manejo de Emergencias"),
        (PR, "aviso", d(2019, 7, 20), "✊ Manifestaciones en San Juan: sigue nuestra cobertura"),
        (PR, "aviso", d(2020, 1, 10), "🌎 Sismos en el suroeste: ubica los refugios y repasa tu "
                                      "plan de desalojo"),
        (PR, "aviso", d(2020, 4, 1), "😷 Toque de queda: quédate en casa"),
        (PR, "aviso", d(2020, 8, 10), "🗳️ Primarias 2020: suspendidas y reprogramadas, lo que "
                                      "debes saber"),
        (PR, "aviso", d(2020, 11, 5), "🗳️ Elecciones 2020: el escrutinio en el oeste"),
        (PR, "aviso", d(2019, 1, 6), "👑 ¡Feliz Día de Reyes!"),
        (PR, "aviso", d(2019, 2, 1), "🎉 Fiestas patronales de la Candelaria en Mayagüez"),
        (PR, "aviso", d(2019, 7, 25), "Día de la Constitución: 67 años del Estado Libre "
                                      "Asociado"),
        (PR, "aviso", d(2019, 11, 19), "Día del Descubrimiento de Puerto Rico"),
        (PR, "aviso", d(2019, 12, 25), "🎄 ¡Feliz Navidad, oeste!"),
        (NK, "notice", d(2019, 1, 10), "📻 Hear our news in Inuktitut on community radio, "
                                       "Fridays at noon"),
        (NK, "notice", d(2015, 10, 19), "🗳️ Federal election: the results in Abitibi–"
                                        "Baie-James–Nunavik–Eeyou"),
        (NK, "notice", d(2018, 10, 1), "🗳️ Québec election: the results in Ungava"),
        (NK, "notice", d(2020, 4, 1), "😷 COVID-19: travel to Nunavik is suspended except for "
                                      "essential reasons"),
        (NK, "notice", d(2019, 6, 21), "National Indigenous Peoples Day / Journée nationale des "
                                       "peuples autochtones"),
        (NK, "notice", d(2019, 11, 11), "ᓄᓇᕕᒃ: 44 years since the James Bay and Northern Québec "
                                        "Agreement"),
        (NK, "notice", d(2019, 12, 24), "🎄 Merry Christmas · Joyeux Noël"),
        (TO, "fanongonongo", d(2019, 1, 10), "📻 Fanongo mai: our Tongan radio hour, Sunday "
                                             "evenings at 7"),
        (TO, "fanongonongo", d(2017, 9, 20), "🗳️ NZ election 2017: enrol and vote, it's your "
                                             "voice"),
        (TO, "fanongonongo", d(2017, 11, 15), "🗳️ Fili Fale Alea 2017: the results from Tonga"),
        (TO, "fanongonongo", d(2018, 2, 14), "🌀 Cyclone Gita: how to send help to families in "
                                             "Tonga"),
        (TO, "fanongonongo", d(2019, 3, 16), "🕊️ Kia kaha Ōtautahi: our hearts are with "
                                             "Christchurch"),
        (TO, "fanongonongo", d(2020, 4, 10), "😷 Nofo ʻi ʻapi: stay home, Alert Level 4"),
        (TO, "fanongonongo", d(2020, 10, 10), "🗳️ NZ election 2020 and the referendums: where "
                                              "to vote"),
        (TO, "fanongonongo", d(2019, 3, 13), "🎤 Polyfest 2019: our Tongan stage schedule"),
        (TO, "fanongonongo", d(2020, 3, 19), "🎤 Polyfest 2020 is cancelled: stay safe, our "
                                             "young ones"),
        (TO, "fanongonongo", d(2019, 5, 5), "👧 Fakamē: children's Sunday in our churches"),
        (TO, "fanongonongo", d(2019, 6, 4), "🇹🇴 Emancipation Day: 157 years"),
        (TO, "fanongonongo", d(2019, 7, 4), "🇹🇴 A happy King's Birthday holiday to Tonga and "
                                            "Aotearoa"),
        (TO, "fanongonongo", d(2019, 11, 4), "🇹🇴 Constitution Day: 144 years"),
        (TO, "fanongonongo", d(2019, 12, 25), "🎄 Kilisimasi fiefia!"),
        (FJ, "notice", d(2019, 3, 1), "🐠 Stay seven nights, dive six days: 10% off when you "
                                      "book direct"),
        (FJ, "notice", d(2016, 3, 1), "🌀 After Cyclone Winston: the lodge is closed while we "
                                      "help our village rebuild"),
        (FJ, "notice", d(2020, 6, 1), "😷 Fiji's borders are closed: we look forward to "
                                      "welcoming you back"),
        (FJ, "notice", d(2019, 10, 10), "🇫🇯 Happy Fiji Day! 49 years of independence"),
        (FJ, "notice", d(2019, 10, 27), "🪔 Happy Diwali from all of us on Taveuni"),
        (FJ, "notice", d(2019, 12, 25), "🎄 Me nomuni na marau ni siganisucu! Merry Christmas"),
        (UL, "notice", d(2019, 2, 1), "📧 Sign up for oor monthly newsletter"),
        (UL, "notice", d(2020, 4, 1), "😷 Aa meetins an events are cancelled for noo: keep "
                                      "weel"),
        (UL, "notice", d(2019, 1, 25), "🥃 Burns Nicht: a toast tae the Bard"),
        (UL, "notice", d(2019, 3, 17), "☘️ Happy St Patrick's Day tae aa oor freens"),
        (UL, "notice", d(2019, 6, 1), "🎻 Ards Ulster-Scots Festival 2019: fiddles, dancin an "
                                      "poetry"),
        (UL, "notice", d(2019, 12, 24), "🎄 A Merry Christmas an a guid New Year tae ye aa"),
        (GG, "notice", d(2019, 1, 10), "🥕 CSA boxes for the season: sign up by March 1"),
        (GG, "notice", d(2016, 10, 8), "🌀 Hurricane Matthew: the island is under evacuation "
                                       "orders, stay safe"),
        (GG, "notice", d(2017, 9, 10), "🌀 Hurricane Irma: the market is closed this weekend"),
        (GG, "notice", d(2019, 9, 4), "🌀 Hurricane Dorian: the island is under evacuation "
                                      "orders, stay safe"),
        (GG, "notice", d(2020, 4, 1), "😷 Curbside pickup only: order online by Thursday"),
        (GG, "notice", d(2019, 5, 25), "🎉 Gullah Festival 2019: find our stand at Waterfront "
                                       "Park"),
        (GG, "notice", d(2020, 5, 22), "🎉 The Gullah Festival is cancelled this year"),
        (GG, "notice", d(2019, 6, 19), "✊🏾 Happy Juneteenth!"),
        (GG, "notice", d(2019, 11, 8), "🥁 Heritage Days 2019: find our stand on the Penn "
                                       "Center grounds"),
        (GG, "notice", d(2020, 11, 14), "🥁 Heritage Days are online this year: join from "
                                        "home"),
        (GG, "notice", d(2019, 11, 28), "🦃 Happy Thanksgiving from the co-op family"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:3])


def test_festivals_called_off_moved_and_counted() -> None:
    years = {2015, 2016, 2017, 2018, 2019}
    assert {day.year for day in days_with(QC, "avis", "Festival Innu Nikamu à")} == years
    assert days_with(QC, "avis", "annulé") == {innu_nikamu(2020) + k * one for k in range(-1, 3)}
    assert {day for day in days_with(QC, "avis", "Innu Nikamu") if day.weekday() == 4} == {
        innu_nikamu(y) for y in range(2015, 2021)}
    assert {day for day in days_with(HT, "avis", "Kanaval Jakmèl") if day.weekday() == 6} == {
        jacmel_carnival(y) for y in range(2015, 2021)}
    assert days_with(CY, "hysbysiad", "Eisteddfod T") == {urdd_monday(2020) + k * one
                                                         for k in range(6)}
    assert {day for day in days_with(CY, "hysbysiad", "Eisteddfod yr Urdd 20")
            if day.weekday() == 0} == {urdd_monday(y) for y in range(2015, 2020)}
    assert {day.year for day in days_with(IE, "notice", "Clonmany Festival 20")} == years
    assert days_with(IE, "notice", "Clonmany Festival is cancelled") == {
        clonmany_monday(2020) + k * one for k in range(-3, 1)}
    assert days_with(IE, "notice", "parades are cancelled") == {d(2020, 3, 16), d(2020, 3, 17)}
    assert {day for day in days_with(GD, "notice", "Highland Games") if day.year < 2020} == {
        skye_games(y) for y in range(2015, 2020)}
    assert days_with(GD, "notice", "Games are cancelled") == {skye_games(2020)}
    assert {day for day in days_with(GD, "notice", "Mòd") if day.weekday() == 4
            and day - one not in days_with(GD, "notice", "Mòd")} == {
        d.fromisoformat(first) for _, first in MOD.values()}
    assert len(days_with(GD, "notice", "Mòd air loidhne")) == 9
    assert {day for day in days_with(NZ, "notice", "Te Wiki") if day.weekday() == 0} == {
        d.fromisoformat(TE_WIKI[y]) for y in range(2015, 2021)}
    assert d(2015, 9, 14) not in days_with(NZ, "notice", "Te Wiki")  # in July that year
    assert days_with(NZ, "notice", "Stand at Dawn") == {d(2020, 4, 25)}
    assert days_with(TO, "fanongonongo", "Polyfest 2020") == {
        d.fromisoformat(POLYFEST[2020]) + k * one for k in range(4)}
    assert days_with(TO, "fanongonongo", "Polyfest 2019") == {d(2019, 3, 13), d(2019, 3, 14)}
    assert {day.year for day in days_with(UL, "notice", "Ulster-Scots Festival")} == years
    assert {day.year for day in days_with(GG, "notice", "Gullah Festival 20")} == years
    assert days_with(GG, "notice", "Heritage Days are online") == {
        heritage_days(2020) + k * one for k in range(-2, 1)}
    assert {day for day in days_with(GG, "notice", "Thanksgiving")} == {
        d(2015, 11, 26), d(2016, 11, 24), d(2017, 11, 23), d(2018, 11, 22), d(2019, 11, 28),
        d(2020, 11, 26)}
    for domain, family, pattern, counts in (
            (HT, "avis", r"endepandans ! (\d+) ans", {"211", "212", "213", "214", "215", "216"}),
            (HT, "avis", r"Université : (\d+)e", {"212", "213", "214", "215", "216"}),
            (HT, "avis", r"Vertières : (\d+)e", {"212", "214", "215", "216", "217"}),  # 2016:
            # the vote's notice
            (QC, "avis", r"(\d+)e Festival Innu", {"31", "32", "33", "34", "35"}),
            (NZ, "notice", r"Waitangi Day: (\d+) years", {"175", "176", "177", "178", "179",
                                                          "180"}),
            (PR, "aviso", r"Constitución: (\d+) años", {"63", "64", "65", "66", "67", "68"}),
            (NK, "notice", r"ᓄᓇᕕᒃ: (\d+) years", {"40", "41", "42", "43", "44", "45"}),
            (TO, "fanongonongo", r"Emancipation Day: (\d+)", {"153", "154", "155", "156",
                                                              "157", "158"}),
            (TO, "fanongonongo", r"Constitution Day: (\d+)", {"140", "141", "142", "143",
                                                              "144", "145"}),
            (FJ, "notice", r"Fiji Day! (\d+) years", {"45", "46", "47", "48", "49"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HT, "auteur", d(2018, 1, 15), "Par {author}", "{author_beat}"),
        (HT, "lire", d(2019, 1, 14), "À lire aussi", "Li tou"),
        (HT, "droits", d(2019, 9, 2), "© {year} La Voix du Sud-Est", "Toute reproduction"),
        (QC, "auteur", d(2019, 4, 1), "Par {author}", "{author_beat}"),
        (QC, "lire", d(2019, 9, 9), "À lire également", "Sur le même sujet"),
        (QC, "droits", d(2020, 1, 13), "Tous droits réservés.", "autorisation écrite"),
        (CY, "awdur", d(2019, 1, 7), "Gan {author}", "{author_beat}"),
        (CY, "darllen", d(2019, 5, 13), "Darllenwch hefyd", "Mwy am hyn"),
        (CY, "hawlfraint", d(2019, 11, 4), "© {year} Llais Arfon", "Cedwir pob hawl"),
        (IE, "byline", d(2018, 9, 3), "By {author}", "Words: "),
        (IE, "paywall", d(2018, 1, 8), "Register for free", "{left} free articles"),
        (IE, "readmore", d(2019, 6, 10), "Read more:", "MORE LOCAL NEWS"),
        (IE, "rights", d(2020, 1, 6), "© {year} Inishowen Beacon", "without permission"),
        (GD, "reporter", d(2018, 8, 6), "Reported by", "({author_beat})"),
        (GD, "seealso", d(2018, 11, 12), "See also: ", "Faic cuideachd"),
        (GD, "rights", d(2019, 8, 5), "© {year} The Cuillin Courier", "Registered in Scotland"),
        (NZ, "byline", d(2019, 9, 9), "By {author}", "Kaituhi"),
        (NZ, "missed", d(2018, 9, 10), "You may have missed", "Pānui anō"),
        (NZ, "rights", d(2020, 2, 6), "© {year} First Light News", "Ngā mana katoa"),
        (PR, "autor", d(2019, 8, 5), "Por {author}", "{author_beat}"),
        (PR, "lee", d(2019, 3, 4), "Lee también", "Te puede interesar"),
        (PR, "derechos", d(2019, 1, 7), "Todos los derechos reservados", "Prohibida"),
        (NK, "byline", d(2019, 2, 4), "By {author}", "{author_beat}"),
        (NK, "morenews", d(2019, 10, 7), "More news", "Also read"),
        (NK, "rights", d(2019, 11, 11), "© {year} Ungava Bulletin", "Published in Kuujjuaq"),
        (TO, "fai", d(2019, 5, 6), "Fai ʻe", "✍️"),
        (TO, "laufoki", d(2019, 10, 14), "Lau foki: ", "Also read | "),
        (TO, "rights", d(2020, 1, 6), "© {year} Talanoa", "Mālō ʻaupito"),
        (FJ, "posted", d(2018, 6, 4), "Posted {date_dmy}", "{date_short}"),
        (FJ, "rights", d(2019, 10, 10), "© {year} Somosomo", "Vinaka vakalevu"),
        (UL, "posted", d(2018, 9, 3), "{weekday}", "Postit bi"),
        (UL, "rights", d(2019, 6, 3), "© {year} Hamely", "registered charity"),
        (GG, "posted", d(2019, 4, 1), "{date_slash}", "Written by"),
        (GG, "rights", d(2020, 1, 6), "© {year} St. Helena", "farmer-owned")))
    assert_groups_reworded(SET, (
        (HT, "date", "Jacmel, le ", "Pibliye "),
        (HT, "lire", "À lire aussi", "Li tou"),
        (HT, "droits", "© ", "Toute reproduction"),
        (QC, "date", "Publié le ", "mis à jour"),
        (QC, "droits", "Tous droits réservés.", "autorisation écrite"),
        (CY, "dyddiad", "Dydd ", "Cyhoeddwyd "),
        (IE, "date", "th ", "Last updated "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((HT, "date", r"[a-zèò]"), (CY, "dyddiad", WELSH),
                                  (NK, "languages", SYLLABICS),
                                  (TO, "aho", "|".join(TONGAN_WEEKDAYS)),
                                  (CY, "sylwadau", WELSH), (PR, "fecha", r"[a-z]"),
                                  (GD, "failte", GAELIC), (NZ, "kiaora", "Kia ora"),
                                  (TO, "malo", "Mālō"), (IE, "failte", "[áí]")))
    assert_groups_in_scripts(SET, (
        (NK, "languages", (SYLLABICS, "English", "Français")),
        (CY, "iaith", ("Cymraeg", "English")),
        (GD, "failte", (GAELIC, "Welcome")),
        (IE, "failte", ("Fáilte", "Welcome")),
        (FJ, "bula", ("Bula vinaka", "Welcome")),
        (UL, "fairfaa", ("Fair faa ye", "tae")),
        (GG, "oona", ("Oona",)),
        (GG, "tenkyuh", ("Tenkyuh fa oona", "Thank you")),
    ), share=0.5)
    haitian = [norm(t) for t in group_lines(SET, HT, "date")]
    assert any("Jacmel, le " in t for t in haitian) and any("Pibliye " in t for t in haitian)
    assert any(re.search(MAORI, t) for day in every_day()
               for t in [on(NZ, "notice", day)])
    assert any(re.search(SYLLABICS, on(NK, "notice", day)) for day in every_day())
    assert any(re.search(CREOLE, on(HT, "avis", day)) for day in every_day())
    assert any(re.search(TONGAN, on(TO, "fanongonongo", day)) for day in every_day())
    mixed = {on(CY, "hysbysiad", day) for day in every_day()}
    assert any("Stay at home" in t and "Arhoswch" in t for t in mixed)
    assert any(re.search(SYLLABICS, t) for t in group_lines(SET, NK, "rights"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HT}/date", f"{HT}/lire", f"{HT}/auteur", f"{HT}/rubrique",
                         f"{HT}/gourde", f"{QC}/date", f"{QC}/lire", f"{QC}/auteur",
                         f"{CY}/dyddiad", f"{CY}/darllen", f"{IE}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HT}/droits", f"{HT}/redaction", f"{HT}/commentaires", f"{QC}/droits",
        f"{QC}/conseil", f"{CY}/hawlfraint", f"{CY}/cefnogaeth", f"{CY}/sylwadau"))
    assert_carried_share(docs, HT, [
        ("date", 0.65, 0.95), ("avis", 0.15, 0.45), ("lire", 0.35, 0.7),
        ("courant", 0.0, 0.1)])
    assert_carried_share(docs, QC, [("date", 0.65, 0.95), ("ebullition", 0.0, 0.12)])
    for fam in (f"{HT}/lire", f"{QC}/lire", f"{CY}/darllen"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{HT}/pub", f"{HT}/photo", f"{QC}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((HT, "photo"), (QC, "photo"), (CY, "llun"), (IE, "picture"),
                               (GD, "camera"), (NZ, "photo"), (PR, "foto"), (NK, "courtesy"),
                               (TO, "ta"), (FJ, "photo"), (UL, "photie"), (GG, "shot")))
    left = [m[1] for t in group_lines(SET, IE, "paywall")
            if (m := re.fullmatch(r"You have (\d) free articles left this month · Subscribe "
                                  r"from €1 a week", norm(t)))]
    assert left and set(left) <= {"1", "2", "3"}
    bios = [norm(t) for t in group_lines(SET, NZ, "bio")]
    assert bios and all(re.fullmatch(r".+ is an? .+ at .+\.", t) for t in bios)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HT, "courant"), (QC, "ebullition"), (CY, "ffordd"), (IE, "boil"), (GD, "bridge"),
        (NZ, "slip"), (PR, "agua"), (NK, "flights"), (TO, "vakapuna"), (FJ, "nodive"),
        (UL, "ferry"), (GG, "rainout")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FJ}/reef", "More from the reef: "), (f"{UL}/mair", "Mair fae the Society: "),
        (f"{GG}/fromcoop", "From the co-op: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{HT}/lire", ("À lire aussi : ", "Li tou ▸ ")),
                          (f"{QC}/lire", ("À lire également : ", "➤ Sur le même sujet : ")),
                          (f"{CY}/darllen", ("Darllenwch hefyd: ", "Mwy am hyn ➝ ")),
                          (f"{IE}/readmore", ("Read more: ", "MORE LOCAL NEWS ▸ ")),
                          (f"{GD}/seealso", ("See also: ", "Faic cuideachd / See also » ")),
                          (f"{NZ}/missed", ("You may have missed: ", "Pānui anō / Read more: ")),
                          (f"{PR}/lee", ("Lee también: ", "👉 Te puede interesar: ")),
                          (f"{NK}/morenews", ("More news: ", "Also read ▸ ")),
                          (f"{TO}/laufoki", ("Lau foki: ", "Also read | Lau foki » "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"lire", "darllen", "readmore", "seealso", "missed", "lee", "morenews",
                "laufoki"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_pools_tags_and_credits() -> None:
    assert_groups_mostly_bare(SET, (
        (HT, "pub", "Publicité"), (HT, "ecouter", "🔊 Écouter cet article"),
        (QC, "pub", "— Publicité —"), (CY, "hysbyseb", "Hysbyseb"),
        (CY, "iaith", "Cymraeg | English"), (IE, "advert", "Advertisement"),
        (GD, "sponsored", "Sponsored content"), (NZ, "advert", "ADVERTISEMENT"),
        (PR, "anuncio", "Anuncio"), (NK, "advert", "Advertisement · Publicité"),
        (NK, "languages", "ᐃᓄᒃᑎᑐᑦ | English | Français"), (TO, "advert", "— Advertisement —")))
    for style, family, pattern, pool_name in (
            (HT, "rubrique", r"^(.+)$", "rubrique"),
            (HT, "commune", r"^(.+) \(Sud-Est\)$", "commune"),
            (HT, "photo", r"^Crédit photo : (.+)$", "photo"),
            (HT, "auteur", r"^.+, (.+)$", "beat"),
            (QC, "fil", r"^Accueil › (.+)$", "rubrique"),
            (QC, "ville", r"^(.+) —$", "ville"),
            (QC, "photo", r"^PHOTO (.+)$", "photo"),
            (CY, "adran", r"^(.+)$", "adran"),
            (CY, "ardal", r"^Ardal: (.+)$", "pentref"),
            (CY, "llun", r"^Llun: (.+)$", "llun"),
            (IE, "kicker", r"^(.+)$", "kicker"),
            (IE, "parish", r"^(.+), Co Donegal$", "parish"),
            (IE, "picture", r"^Picture: (.+)$", "picture"),
            (GD, "tag", r"^(.+)$", "tag"),
            (GD, "village", r"^(.+), Isle of Skye$", "village"),
            (GD, "camera", r"^📷 (.+)$", "camera"),
            (NZ, "section", r"^(.+)$", "section"),
            (NZ, "place", r"^(.+) \| Tairāwhiti$", "place"),
            (NZ, "photo", r"^Photo / (.+)$", "photo"),
            (PR, "seccion", r"^(.+)$", "seccion"),
            (PR, "foto", r"^Fotografía: (.+)$", "foto"),
            (NK, "section", r"^(.+)$", "section"),
            (NK, "community", r"^(.+), Nunavik$", "community"),
            (NK, "courtesy", r"^Photo courtesy of (.+)$", "courtesy"),
            (TO, "kupu", r"^(.+)$", "kupu"),
            (TO, "feitu", r"^(.+), ʻAokalani$", "feitu"),
            (TO, "ta", r"^Tā: (.+)$", "ta"),
            (FJ, "category", r"^(.+)$", "category"),
            (FJ, "divesite", r"^🤿 Dive site: (.+)$", "divesite"),
            (FJ, "photo", r"^📷 Photo: (.+)$", "photo"),
            (UL, "kind", r"^(.+)$", "kind"),
            (UL, "photie", r"^Photie: (.+)$", "photie"),
            (GG, "kind", r"^(.+)$", "kind"),
            (GG, "shot", r"^📸 by (.+)$", "shot")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = pool_in_order(SET, FJ, "tag")
    lists = [norm(t).removeprefix("Tags: ").split(", ") for t in group_lines(SET, FJ, "tags")
             if norm(t).startswith("Tags: ")]
    assert lists and any(len(items) > 1 for items in lists)
    for items in lists:
        if all(item in tags for item in items):
            assert items == sorted(items, key=tags.index), items
    assert sum(all(item in tags for item in items) for items in lists) >= 0.9 * len(lists)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HT, "pub", "Publicité"),
        (HT, "redaction", "Rédaction : rue Sainte-Anne, Jacmel · WhatsApp +509 3700 0000"),
        (QC, "conseil", "Membre du Conseil de presse du Québec"),
        (PR, "enlaces", "Términos de uso | Política de privacidad | Contáctanos"),
        (NK, "funding", "We acknowledge the financial support of the Government of Canada."),
        (NZ, "council", "A member of the NZ Media Council. Complaints go to the editor first."),
        (IE, "press", "We are a member of the Press Council of Ireland and follow its Code of "
                      "Practice."),
        (GD, "regulated", "Regulated by IPSO: please raise any complaint with the editor "
                          "first.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HT: (["droits", "redaction"], 2), QC: (["droits", "conseil"], 2),
        CY: (["hawlfraint", "cefnogaeth"], 2), IE: (["rights", "press"], 2),
        GD: (["rights", "regulated"], 2), NZ: (["rights", "council"], 2),
        PR: (["derechos", "enlaces"], 2), NK: (["rights", "funding"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert HT in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
