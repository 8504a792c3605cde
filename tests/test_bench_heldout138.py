"""The held-back-138 template set (`tests.bench.heldout_templates_138`): its localised dates
(printed day by day in English with American, British and Australian summer and winter time,
Spanish with CET and CEST, Italian, Japanese with its switch to the Reiwa era, Indonesian,
Icelandic, Filipino and Greek, several changing form on the day of a redesign), the lines
that turn every day, week and month (the hurricane-season count, the Italian bulletin's
valid-until day, "information as of" lines, fire-danger categories and ratings, avalanche
hazard levels, the drought monitor's Thursday figure, a monthly climate summary), the
warning and status notices by date, the seasons and anniversaries some notices follow, the
emergency numbers that changed, the amounts that change over the years, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own (the
generator's Zipf sizes), so most checks look at a style together with its renamed variants
("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_templates_138 import (
    AA_NEWSLETTER,
    AA_NUE,
    AA_REDESIGN,
    AGUNG,
    BAGYO,
    BC_PREMIUM,
    BC_REDESIGN,
    BC_STORMS,
    BC_TEXT,
    FIRST_DAY,
    GA_REDESIGN,
    GA_SMS,
    GA_TEXT,
    HAZARDS,
    HURRICANES,
    KATIGORIES,
    LAST_DAY,
    MI_BOLETIN,
    MI_FUENTE,
    MI_REDESIGN,
    OLAS,
    PY_REDESIGN,
    RATINGS,
    RB_911,
    RB_REDESIGN,
    RB_YOUTUBE,
    REIWA,
    SB_112,
    SB_GNEWS,
    SB_REDESIGN,
    SIMULACROS,
    SM_911,
    SM_REDESIGN,
    SN_LINE,
    SN_STOCK,
    VV_HEIMILD,
    VV_REDESIGN,
    WF_APP,
    WF_DATA,
    WF_REDESIGN,
    WR_CATASTROPHIC,
    WR_FINES,
    WR_PLAN,
    WR_REDESIGN,
    au_daylight,
    avalanche_season,
    danger_period,
    eu_summer,
    fire_season,
    japanese_era,
    thursday_of,
    us_daylight,
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
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-138"
SITES = ("The Weather Front", "Meteo Ibérica", "Allerta Appennino", "そなえニュース",
         "Siaga Bencana", "Veðurvaktin", "Radyo Bantay", "Πυροσκόπιο",
         "Western Ranges Country Fire Service", "Glen Arroch Mountain Rescue Team",
         "SismoAlerta MX", "Bayliss County Emergency Management")
WF, MI, AA, SN = ("weatherfront.com", "meteoiberica.es", "allertaappennino.it", "sonaenews.jp")
SB, VV, RB, PY = ("siagabencana.id", "vedurvaktin.is", "radyobantay.com.ph", "pyroskopio.gr")
WR, GA, SM, BC = ("wrcfs.org.au", "glenarrochmrt.org.uk", "sismoalerta.com.mx",
                  "baylisscountyem.gov")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WF, "dated"), (MI, "fecha"), (AA, "data"), (SN, "hizuke"), (SB, "tanggal"),
         (VV, "dagsetning"), (RB, "petsa"), (PY, "imerominia"), (WR, "dated"), (GA, "dated"),
         (SM, "fecha"), (BC, "dated"))
# The lines that name the day they are printed on, with its year.
EVERY_DAY = ((WF, "season"), (VV, "uppfaert"))
# The lines that name the day without its year: they change every day.
DAY_NO_YEAR = ((AA, "bollettino"), (SN, "jiten"))
# The lines that name the day in a season only.
IN_SEASON = ((PY, "kindynos", fire_season), (WR, "rating", danger_period),
             (GA, "avalanche", avalanche_season))
# The notices that follow calendars.
BANNERS = ((WF, "banner"), (MI, "aviso"), (AA, "allerta"), (SN, "keikai"), (SB, "posko"),
           (VV, "vidvorun"), (RB, "signal"), (PY, "enimerosi"), (SM, "simulacro"),
           (BC, "notice"))
# Amounts and levels in force from given days.
TABLES = ((SB, "agung", AGUNG), (WR, "fines", WR_FINES), (GA, "text", GA_TEXT),
          (BC, "flood", BC_PREMIUM))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WF: "Get the Morning Forecast newsletter in your inbox every weekday",
    MI: "Consulta los avisos meteorológicos en vigor en tu provincia",
    AA: "Consulta il bollettino di criticità e le allerte in vigore nella tua regione",
    SN: "最新の気象警報・注意報は気象庁ホームページでご確認ください",
    SB: "Pantau informasi resmi hanya dari BMKG, BNPB dan BPBD setempat",
    VV: "Kynntu þér veðurspá og færð áður en lagt er af stað",
    RB: "Para sa pinakabagong weather bulletin, makinig sa Radyo Bantay",
    PY: "Ακολουθείτε πάντα τις οδηγίες της Πολιτικής Προστασίας",
    SM: "¿Sabes qué hacer al escuchar la alerta sísmica? Consulta las recomendaciones",
    BC: "Know your zone: look up your hurricane evacuation zone online",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + DAY_NO_YEAR + BANNERS + tuple(
        (domain, family) for domain, family, _ in IN_SEASON + TABLES) + (
        (WF, "drought"), (MI, "balance"), (SB, "musim"), (RB, "paalala")), (
        FIRST_DAY, QUIET, d(2016, 4, 15), d(2017, 9, 19), d(2018, 7, 24), d(2019, 5, 1),
        d(2020, 1, 12), d(2020, 11, 1), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert not us_daylight(d(2019, 11, 3)) and us_daylight(d(2019, 11, 2))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 3, 30))
    assert au_daylight(d(2019, 10, 6)) and not au_daylight(d(2019, 10, 5))
    assert au_daylight(d(2020, 4, 4)) and not au_daylight(d(2020, 4, 5))
    assert thursday_of(d(2019, 6, 23)) == thursday_of(d(2019, 6, 20)) == d(2019, 6, 20)
    assert thursday_of(d(2019, 6, 19)) == d(2019, 6, 13)
    assert japanese_era(d(2019, 4, 30)) == "平成31年" and japanese_era(REIWA) == "令和元年"
    assert japanese_era(d(2015, 1, 1)) == "平成27年" and japanese_era(d(2020, 6, 1)) == "令和2年"
    assert fire_season(d(2019, 5, 1)) and not fire_season(d(2019, 4, 30))
    assert danger_period(d(2019, 10, 1)) and not danger_period(d(2019, 9, 30))
    assert avalanche_season(d(2019, 12, 14)) and not avalanche_season(d(2019, 12, 13))
    assert avalanche_season(d(2020, 4, 14)) and not avalanche_season(d(2020, 4, 15))


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"
    clock12 = r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WF, "dated", old, "Mar 5, 2016")
    full(WF, "dated", new, rf"Updated {clock12} EDT Fri June 19, 2020")
    full(WF, "dated", winter, rf"Updated {clock12} EST Mon December 7, 2020")
    full(WF, "season", new, r"Day 19 of the 2020 Atlantic hurricane season \(June 1 – November "
                            r"30\)")
    full(WF, "season", old, "88 days until the 2016 Atlantic hurricane season begins")
    full(WF, "season", winter, "176 days until the 2021 Atlantic hurricane season begins")
    full(WF, "drought", new, r"U\.S\. Drought Monitor, Jun\. 18: \d+\.\d% of the contiguous "
                             r"U\.S\. is in drought")
    full(MI, "fecha", old, rf"05/03/2016 - {clock}")
    full(MI, "fecha", new, rf"Actualizado: viernes, 19 de junio de 2020, {clock} CEST")
    full(MI, "fecha", winter, rf"Actualizado: lunes, 7 de diciembre de 2020, {clock} CET")
    full(MI, "balance", new, r"Balance climático de mayo de 2020: [+-]\d\.\d °C respecto a la "
                             r"media 1981-2010")
    full(AA, "data", old, rf"05/03/2016 ore {clock}")
    full(AA, "data", new, rf"venerdì 19 giugno 2020 - {clock}")
    full(AA, "bollettino", new, r"Questo bollettino sostituisce il precedente ed è valido "
                                r"fino alle ore 24:00 di sabato 20 giugno\.")
    full(SN, "hizuke", old, rf"2016/03/05 {clock}")
    full(SN, "hizuke", new, rf"令和2年6月19日（金） {clock}配信")
    full(SN, "hizuke", d(2019, 5, 1), rf"令和元年5月1日（水） {clock}配信")
    full(SN, "jiten", new, rf"※この記事の情報は6月19日 {clock}時点のものです。")
    full(SB, "tanggal", old, rf"05/03/2016, {clock} WIB")
    full(SB, "tanggal", new, rf"Jumat, 19 Juni 2020 \| {clock} WIB")
    full(VV, "dagsetning", old, rf"5\.3\.2016 \| {clock}")
    full(VV, "dagsetning", new, rf"föstudagur 19\. júní 2020 kl\. {clock}")
    full(VV, "uppfaert", new, r"Upplýsingarnar eru frá 19\. júní 2020 og geta breyst\.")
    full(RB, "petsa", old, "Marso 5, 2016")
    full(RB, "petsa", new, rf"Nai-post noong Biyernes, Hunyo 19, 2020 \| {clock12}")
    full(PY, "imerominia", old, rf"05/03/2016 {clock}")
    full(PY, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020, {clock}")
    full(PY, "kindynos", new, r"Χάρτης πρόβλεψης κινδύνου πυρκαγιάς, Παρασκευή 19 Ιουνίου: "
                              r"κατηγορία κινδύνου [1-5] \(.+\)")
    full(WR, "dated", old, "Posted: 05/03/2016")
    full(WR, "dated", new, rf"Friday 19 June 2020, {clock} AEST")
    full(WR, "dated", winter, rf"Monday 7 December 2020, {clock} AEDT")
    full(GA, "dated", old, "5/3/2016")
    full(GA, "dated", new, "Callout report · Friday 19 June 2020")
    full(GA, "avalanche", old, r"Avalanche hazard for Saturday 5 March: [A-Za-z ]+ \([1-5]\)")
    full(SM, "fecha", old, rf"05/03/2016 {clock} h")
    full(SM, "fecha", new, rf"Viernes 19 de junio de 2020 · {clock} h \(tiempo del centro\)")
    full(BC, "dated", old, "Posted on: March 5, 2016")
    full(BC, "dated", new, "Press Release · 06/19/2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WF, "dated", day).startswith("Updated") == (day >= WF_REDESIGN)
        assert on(MI, "fecha", day).startswith("Actualizado") == (day >= MI_REDESIGN)
        assert (" ore " in on(AA, "data", day)) == (day < AA_REDESIGN)
        assert on(SN, "hizuke", day).endswith("配信") == (day >= REIWA)
        assert ("|" in on(SB, "tanggal", day)) == (day >= SB_REDESIGN)
        assert (" kl. " in on(VV, "dagsetning", day)) == (day >= VV_REDESIGN)
        assert on(RB, "petsa", day).startswith("Nai-post") == (day >= RB_REDESIGN)
        assert ("/" in on(PY, "imerominia", day)) == (day < PY_REDESIGN)
        assert on(WR, "dated", day).startswith("Posted") == (day < WR_REDESIGN)
        assert on(GA, "dated", day).startswith("Callout") == (day >= GA_REDESIGN)
        assert ("tiempo del centro" in on(SM, "fecha", day)) == (day >= SM_REDESIGN)
        assert on(BC, "dated", day).startswith("Posted") == (day < BC_REDESIGN)
        if day >= WF_REDESIGN:
            assert (" EDT " in on(WF, "dated", day)) == us_daylight(day)
        if day >= MI_REDESIGN:
            assert on(MI, "fecha", day).endswith("CEST" if eu_summer(day) else "CET")
        if day >= WR_REDESIGN:
            assert on(WR, "dated", day).endswith("AEDT" if au_daylight(day) else "AEST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for domain, family in DAY_NO_YEAR:
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for domain, family, season in IN_SEASON:
        days = changes(domain, family)
        inner = {day for day in every_day()[1:] if season(day) and season(day - one)}
        assert inner <= days and len(inner) >= 700, (domain, family)
        assert all(season(day) or season(day - one) for day in days), (domain, family)
    for day in every_day():
        if fire_season(day):
            assert re.search(r"κατηγορία κινδύνου [1-5]", on(PY, "kindynos", day))
        if day.isoformat() in WR_CATASTROPHIC:
            assert "Catastrophic" in on(WR, "rating", day) and "Total Fire Ban" in on(
                WR, "rating", day)
    categories = {m[1] for t in group_lines(SET, PY, "kindynos")
                  if (m := re.search(r"\((.+)\)$", norm(t)))}
    assert len(categories) >= 3 and categories <= set(KATIGORIES)
    ratings = {m[1] for t in group_lines(SET, WR, "rating")
               if (m := re.search(r": (.+)$", norm(t)))}
    assert len(ratings & set(RATINGS)) >= 2
    hazards = set(found(GA, "avalanche", r": ([A-Za-z ]+) \("))
    assert len(hazards) >= 4 and hazards <= set(HAZARDS)
    weekly = changes(WF, "drought")
    assert len(weekly) >= 300 and all(day.weekday() == 3 for day in weekly)
    monthly = changes(MI, "balance")
    assert len(monthly) >= 70 and all(day.day == 6 for day in monthly)
    dry = [float(m[1]) for t in group_lines(SET, WF, "drought")
           if (m := re.search(r"(\d+\.\d)% of", norm(t)))]
    assert dry and all(0 < f < 60 for f in dry)
    assert len(changes(WF, "season")) == len(every_day()) - 1


def test_warnings_and_status_by_date() -> None:
    for first, last, name in HURRICANES:
        assert name in on(WF, "banner", iso(first)) and name in on(WF, "banner", iso(last))
    assert "pandemic" in on(WF, "banner", d(2020, 4, 1))
    for first, last, name in OLAS:
        assert f"Ola de calor de {name}" in on(MI, "aviso", iso(first)), name
        assert f"Ola de calor de {name}" in on(MI, "aviso", iso(last)), name
    assert "DANA" in on(MI, "aviso", d(2019, 9, 12))
    assert "Gloria" in on(MI, "aviso", d(2020, 1, 21))
    assert "Filomena" in on(MI, "aviso", LAST_DAY)
    assert found(MI, "aviso", r"15 de octubre de (\d{4})") == {str(y) for y in range(2015,
                                                                                      2021)}
    assert "Centro Italia" in on(AA, "allerta", d(2016, 8, 24))
    assert "Umbria" in on(AA, "allerta", d(2016, 10, 30))
    assert "Allerta rossa" in on(AA, "allerta", d(2018, 10, 29))
    assert "Acqua alta" in on(AA, "allerta", d(2019, 11, 13))
    assert "#iorestoacasa" in on(AA, "allerta", d(2020, 4, 1))
    assert found(SN, "keikai", r"東日本大震災から(\d+)年") == {str(n) for n in range(4, 10)}
    assert found(SN, "keikai", r"(\d{4})年 防災週間") == {str(y) for y in range(2015, 2021)}
    assert "熊本地震" in on(SN, "keikai", d(2016, 4, 16))
    assert "台風19号" in on(SN, "keikai", d(2019, 10, 12))
    assert "令和2年7月豪雨" in on(SN, "keikai", d(2020, 7, 8))
    assert "Palu" in on(SB, "posko", d(2018, 9, 30)) and "Lombok" in on(SB, "posko",
                                                                         d(2018, 8, 5))
    assert "Selat Sunda" in on(SB, "posko", d(2018, 12, 23))
    assert "Öræfajökul" in on(VV, "vidvorun", d(2017, 11, 20))
    assert "Flateyri" in on(VV, "vidvorun", d(2020, 1, 15))
    assert "Þorbjörn" in on(VV, "vidvorun", d(2020, 2, 1))
    assert "Neyðarstig" in on(VV, "vidvorun", d(2020, 3, 20))
    for first, last, name, signal in BAGYO:
        for day in (iso(first), iso(last)):
            text = on(RB, "signal", day)
            assert f"Bagyong {name}" in text and f"Signal No. {signal}" in text, name
    assert "Alert Level 4 sa Bulkang Taal" in on(RB, "signal", d(2020, 1, 13))
    assert "Alert Level 3" in on(RB, "signal", d(2020, 2, 1))
    assert "Mayon" in on(RB, "signal", d(2018, 2, 1))
    assert "εθνικό πένθος" in on(PY, "enimerosi", d(2018, 7, 25))
    assert "Ιανός" in on(PY, "enimerosi", d(2020, 9, 18))
    assert "Σάμο" in on(PY, "enimerosi", d(2020, 10, 31))
    assert found(SM, "simulacro", r"Simulacro Nacional (\d{4})") == {str(y) for y in
                                                                    SIMULACROS}
    assert "Chiapas" in on(SM, "simulacro", d(2017, 9, 17))
    assert "19 de septiembre: centros" in on(SM, "simulacro", d(2017, 9, 25))
    assert "Oaxaca" in on(SM, "simulacro", d(2020, 6, 24))
    for first, last, name in BC_STORMS:
        assert f"Hurricane {name}" in on(BC, "notice", iso(first)), name
        assert f"Hurricane {name}" in on(BC, "notice", iso(last)), name
    assert found(BC, "notice", r"The (\d{4}) hurricane season") == {str(y) for y in
                                                                    range(2015, 2020)}
    assert "Emergency Operations Center" in on(BC, "notice", d(2020, 6, 1))


def test_seasonal_notices() -> None:
    for y in range(2015, 2021):
        assert on(SB, "musim", d(y, 5, 1)).startswith("Masa pancaroba")
        assert on(SB, "musim", d(y, 8, 1)).startswith("Musim kemarau")
        assert on(SB, "musim", d(y, 12, 1)).startswith("Musim hujan")
        assert on(RB, "paalala", d(y, 4, 1)).startswith("Tag-init")
        assert on(RB, "paalala", d(y, 7, 1)).startswith("Tag-ulan")
        assert on(RB, "paalala", d(y, 1, 15)).startswith("Panahon ng amihan")
        assert on(PY, "kindynos", d(y, 2, 1)).startswith("Η αντιπυρική περίοδος")
        assert on(WR, "rating", d(y, 7, 1)).startswith("Fire danger ratings are issued")
        assert on(GA, "avalanche", d(y, 8, 1)).startswith("Avalanche forecasts")
        assert on(WF, "season", d(y, 6, 1)).startswith("Day 1 of")
    assert changes(SB, "musim") == {d(y, m, 1) for y in range(2015, 2021) for m in (4, 7, 11)}


def test_notices_that_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for domain, family in BANNERS:
        assert len(changes(domain, family)) >= 6, (domain, family)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WF, "byline", WF_REDESIGN, "By {author}", "{author_beat}"),
        (WF, "banner", WF_APP, "Morning Forecast", "storm alerts"),
        (WF, "data", WF_DATA, "Forecast data", "NOAA"),
        (MI, "autor", MI_REDESIGN, "Por {author}", "{author_beat}"),
        (MI, "fuente", MI_FUENTE, "Fuente de los datos", "ECMWF"),
        (MI, "boletin", MI_BOLETIN, "fin de semana", "Suscríbete"),
        (AA, "numeri", AA_NUE, "115", "112"),
        (AA, "newsletter", AA_NEWSLETTER, "Iscriviti", "Ricevi"),
        (SN, "bichiku", SN_STOCK, "最低3日分を", "1週間分"),
        (SN, "app", SN_LINE, "アプリ", "LINE"),
        (SB, "penulis", SB_REDESIGN, "Penulis", "Editor"),
        (SB, "darurat", SB_112, "113", "112"),
        (SB, "ikuti", SB_GNEWS, "Twitter", "Google News"),
        (VV, "heimild", VV_HEIMILD, "Heimild:", "almannavarnadeild"),
        (RB, "hotline", RB_911, "Patrol 117", "Emergency 911"),
        (RB, "sundan", RB_YOUTUBE, "Sundan", "YouTube"),
        (WR, "plan", WR_PLAN, "Prepare. Act. Survive.", "leave early"),
        (GA, "emergency", GA_SMS, "Mountain Rescue.", "emergency SMS"),
        (SM, "emergencias", SM_911, "066", "911"),
        (BC, "alerts", BC_TEXT, "county website", "888777")))
    assert_groups_reworded(SET, (
        (WF, "dated", ", 20", "Updated "),
        (WF, "byline", "By ", ", "),
        (MI, "fecha", " - ", "Actualizado"),
        (AA, "numeri", "115", "112"),
        (SN, "hizuke", "/", "配信"),
    ))


def test_amounts_and_levels_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "Level IV (Awas)" in on(SB, "agung", d(2017, 12, 1))
    assert "Level III (Siaga)" in on(SB, "agung", d(2019, 6, 1))
    assert "£10" in on(GA, "text", LAST_DAY) and "£3" in on(GA, "text", d(2018, 5, 31))
    assert changes(BC, "flood") == {d(y, 4, 1) for y in range(2015, 2021)}
    fines = {m[1] for t in group_lines(SET, WR, "fines") if (m := re.search(r"(\$[\d,]+)",
                                                                             norm(t)))}
    assert len(fines) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SN, "hizuke", r"[0-9]"), (SN, "henshu", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (SN, "jiten", r"[\u3040-\u30ff]"), (SN, "tensai", r"[\u4e00-\u9fff]"),
        (PY, "arithmoi", r"[\u0370-\u03ff]"), (PY, "copyright", r"[\u0370-\u03ff]"),
        (VV, "neyd", r"[ðþæöí]"), (VV, "hofundarrettur", r"[ÐðÞþÆæÖöÍíÉéÁá]"),
        (MI, "copyright", r"[áéíóúñ]"), (AA, "copyright", r"[àèéìòù–]"),
        (SM, "emergencias", r"[áéíóúñ]")))
    assert any("令和" in t for t in group_lines(SET, SN, "hizuke"))
    assert any(re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d", norm(t))
               for t in group_lines(SET, SN, "hizuke"))
    assert any(re.search(r"[\u0370-\u03ff]", t) for t in group_lines(SET, PY, "imerominia"))
    assert any(t.endswith("WIB") for t in group_lines(SET, SB, "tanggal"))
    assert any(" EST " in t for t in group_lines(SET, WF, "dated"))
    assert any(" EDT " in t for t in group_lines(SET, WF, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WF}/dated", f"{WF}/byline", f"{WF}/related", f"{WF}/kicker",
                         f"{WF}/photo", f"{WF}/copyright", f"{WF}/season", f"{MI}/fecha",
                         f"{MI}/autor", f"{MI}/aviso", f"{AA}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WF}/safety", f"{WF}/legal", f"{WF}/data", f"{MI}/fuente", f"{MI}/hora",
        f"{AA}/ingv", f"{AA}/testata"))
    assert_carried_share(docs, WF, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("live", 0.01, 0.2), ("drought", 0.04, 0.25), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, MI, [("fecha", 0.7, 0.97), ("rectificacion", 0.0, 0.12)])
    for fam in (f"{WF}/related", f"{WF}/advert", f"{MI}/publicidad", f"{AA}/pubblicita"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WF, "photo"), (WF, "video"), (MI, "mapa"), (AA, "epicentro"),
                               (SN, "shutten"), (SB, "gempa"), (VV, "auglysing"),
                               (PY, "diafimisi")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WF, "correction", 16), (MI, "rectificacion"), (AA, "errata"), (SN, "teisei"),
        (SB, "ralat"), (VV, "leidretting"), (RB, "pagwawasto"), (PY, "diorthosi"),
        (WR, "correction"), (GA, "correction"), (SM, "fe-de-erratas"), (BC, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WF}/related", "Related: "), (f"{MI}/interesar", "Te puede interesar: "),
        (f"{AA}/leggi", "Leggi anche: "), (f"{SN}/kanren", "【関連記事】")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (WF, "advert", "Advertisement"), (WF, "live", "LIVE UPDATES"),
        (MI, "publicidad", "Publicidad"), (AA, "pubblicita", "Pubblicità"),
        (SN, "kokoku", "広告"), (SB, "iklan", "ADVERTISEMENT"), (VV, "auglysing", "Auglýsing"),
        (RB, "ad", "Advertisement"), (PY, "diafimisi", "ΔΙΑΦΗΜΙΣΗ")))
    assert_group_values_from_pool(SET, (
        (WF, "kicker", "kicker"), (MI, "seccion", "seccion"), (AA, "categoria", "categoria"),
        (SN, "bunrui", "bunrui"), (SB, "kanal", "kanal"), (VV, "flokkur", "flokkur"),
        (RB, "kategorya", "kategorya"), (PY, "katigoria", "katigoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WF, "advert", "Advertisement"),
        (WF, "safety", "Always follow the instructions of your local officials and emergency "
                       "managers."),
        (MI, "publicidad", "Publicidad"),
        (AA, "pubblicita", "Pubblicità")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WF: (["copyright", "legal"], 2),
        AA: (["copyright", "testata"], 2),
        SN: (["copyright", "tensai"], 2),
        VV: (["neyd", "hofundarrettur"], 2),
        PY: (["arithmoi", "copyright"], 2),
        WR: (["triple-zero", "country", "media", "copyright"], 3),
        GA: (["text", "donate", "charity"], 2),
        SM: (["emergencias", "oficial", "copyright"], 2),
        BC: (["nine-one-one", "media", "espanol"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY + DAY_NO_YEAR:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
