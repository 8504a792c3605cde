"""The held-back-133 template set (`tests.bench.heldout_templates_133`): its localised dates
(printed day by day in English with American Central, Eastern and Pacific time and British
summer and winter time, Spanish, French, Italian, Greek with the genitive months, Hebrew and
Tagalog with Philippine time, each changing form on the day of a redesign or a rebrand), the
lines that turn every day, week and month (a station's forecast, a Greek weather line, the
day's newscast archive, Shabbat times to each Friday, audience shares from the ratings), the
calendars broadcasters' notices follow (elections and referendums in six countries, Swiss
federal votes, football Fridays, pledge drives and Giving Tuesday, Yom Kippur's blackout,
Independence Day, Orthodox and Western Easter, Holy Week off-air days, typhoons, the yellow
vests' weekly "actes", New Year's Eve, Italy's summer schedule, the Fête nationale, the 2020
census and the lockdowns), the air times, channels and frequencies that change over the
years, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, orthodox_easter, thanksgiving
from tests.bench.heldout_templates_133 import (
    AG_DELTIA,
    AG_REDESIGN,
    BY_ABANGAN,
    BY_CC,
    BY_REDESIGN,
    CH_VOTES,
    ES_VOTES,
    FIRST_DAY,
    FR_LISTEN,
    FR_REBRAND,
    FR_VOTES,
    GR_VOTES,
    HH_MAHADURA,
    HH_REDESIGN,
    HH_TELEGRAM,
    IC_APP,
    IC_REDESIGN,
    IL_ELECTIONS,
    IT_VOTES,
    KQ_APP,
    KQ_DEVELOPING,
    KQ_NEWSCASTS,
    KQ_REDESIGN,
    LAST_DAY,
    N4_REDESIGN,
    N4_SINTONIZA,
    PH_ELECTIONS,
    QC_VOTES,
    RC_REDESIGN,
    RC_RG,
    RE_AUDIO,
    RE_PROGRAMA,
    RE_REDESIGN,
    RM_FREQUENCES,
    RM_REDESIGN,
    TA_EDIZIONI,
    TA_LEGGI,
    TA_REDESIGN,
    TYPHOONS,
    UK_VOTES,
    US_ELECTIONS,
    US_PRIMARIES,
    WK_BYLINE,
    WK_COPYRIGHT,
    WK_GOALS,
    WK_REDESIGN,
    WK_SIGNALS,
    YOM_HAATZMAUT,
    YOM_KIPPUR,
    acte_days,
    eu_summer,
    fall_drive,
    football_fridays,
    friday_on_or_after,
    israel_summer,
    previous_month,
    shabbat_times,
    spring_drive,
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

SET = "held-back-133"
SITES = ("KQRV News 7", "Radiotelevisión del Ebro", "InfoContinu", "TeleAdriatica", "WKPR",
         "Τηλεόραση Αιγαίου", "חדשות החוף", "Bayan TV", "Fenland Radio", "Noticias 48",
         "Radio Mauricie", "Radio Ceresio")
KQ, RE, IC, TA = "kqrv7.com", "rtebro.es", "infocontinu.fr", "teleadriatica.it"
WK, AG, HH, BY = "wkpr.org", "aigaiotv.gr", "hahof-news.co.il", "bayantv.ph"
FR, N4, RM, RC = "fenlandradio.co.uk", "noticias48.com", "radiomauricie.ca", "radioceresio.ch"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((KQ, "dated"), (RE, "fecha"), (IC, "date"), (TA, "data"), (WK, "dated"),
         (AG, "imerominia"), (HH, "taarich"), (BY, "petsa"), (FR, "dated"), (N4, "fecha"),
         (RM, "date"), (RC, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((KQ, "forecast"), (TA, "oggi"), (AG, "kairos"))
# The notices that follow calendars.
BANNERS = ((KQ, "notice"), (RE, "aviso"), (IC, "alerte"), (TA, "palinsesto"),
           (WK, "support"), (AG, "anakoinosi"), (HH, "hodaa"), (BY, "paalala"),
           (FR, "notice"), (N4, "app"), (RM, "avis"), (RC, "avviso"))
# Air times, channels and frequencies in force from given days.
TABLES = ((KQ, "newscasts", KQ_NEWSCASTS), (RE, "programa", RE_PROGRAMA),
          (TA, "edizioni", TA_EDIZIONI), (WK, "signals", WK_SIGNALS),
          (AG, "deltia", AG_DELTIA), (HH, "mahadura", HH_MAHADURA),
          (BY, "abangan", BY_ABANGAN), (FR, "listen", FR_LISTEN),
          (N4, "sintoniza", N4_SINTONIZA), (RM, "frequences", RM_FREQUENCES),
          (RC, "rg", RC_RG))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    KQ: "Download the KQRV News 7 app for breaking news alerts",
    RE: "Sigue toda la actualidad en rtebro.es y en la app de Ebro TV",
    IC: "Téléchargez l'application InfoContinu pour recevoir nos alertes",
    TA: "Segui TeleAdriatica anche su Facebook e Instagram",
    WK: "WKPR is listener-supported public radio. Become a member today.",
    AG: "Ακολουθήστε την Τηλεόραση Αιγαίου στο Facebook και στο Twitter",
    HH: "הורידו את האפליקציה של חדשות החוף וקבלו התראות בזמן אמת",
    BY: "I-like at i-follow ang Bayan TV News sa Facebook at Twitter",
    FR: "Hear the latest local news on the hour, every hour",
    N4: "Descarga la app de Noticias 48 y recibe alertas de última hora",
    RM: "Écoutez Radio Mauricie en direct sur notre site et notre appli",
    RC: "Radio Ceresio anche in DAB+ in tutto il Ticino",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (HH, "shabbat"), (RE, "audiencia"), (IC, "audience")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 11), d(2018, 11, 17), d(2019, 10, 9),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert us_daylight(d(2019, 11, 2)) and not us_daylight(d(2019, 11, 3))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 3, 30))
    assert israel_summer(d(2019, 3, 29)) and not israel_summer(d(2019, 3, 28))
    assert not israel_summer(d(2019, 10, 27)) and israel_summer(d(2019, 10, 26))
    assert friday_on_or_after(d(2019, 6, 21)) == d(2019, 6, 21)
    assert friday_on_or_after(d(2019, 6, 22)) == friday_on_or_after(d(2019, 6, 27)) == d(
        2019, 6, 28)
    assert football_fridays(2019)[0] == d(2019, 8, 30) and len(football_fridays(2019)) == 11
    assert acte_days()[0] == d(2018, 11, 17) and acte_days()[-1] == d(2019, 6, 8)
    assert previous_month(d(2019, 1, 1), 2) == (2018, 11)
    assert previous_month(d(2019, 1, 2), 2) == (2018, 12)
    assert previous_month(d(2019, 3, 1), 1) == (2019, 2)
    assert (spring_drive(2019), fall_drive(2019)) == (d(2019, 3, 4), d(2019, 10, 14))
    june, december = shabbat_times(d(2018, 6, 22)), shabbat_times(d(2019, 12, 20))
    assert "19:20" < june[0] < "19:45" and "16:10" < december[0] < "16:35"
    assert "20:20" < june[1] < "20:45" and "17:10" < december[1] < "17:35"


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d\d?:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KQ, "dated", old, rf"Posted: Mar 5, 2016 {clock12} CST")
    full(KQ, "dated", new, rf"Updated {clock12} CDT, June 19, 2020")
    full(KQ, "dated", winter, rf"Updated {clock12} CST, December 7, 2020")
    full(KQ, "forecast", new, r"🌤️ First Alert Forecast for Fri\., June 19: high \d+°, low "
                              r"\d+°|⚠️ FIRST ALERT WEATHER DAY Fri\., June 19: strong storms "
                              r"possible this afternoon\. High \d+°, low \d+°")
    full(RE, "fecha", old, rf"05/03/2016 {clock}")
    full(RE, "fecha", new, rf"19 JUN 2020 · {clock}")
    full(RE, "audiencia", new, r"Ebro TV cerró mayo de 2020 con un \d+,\d % de cuota de "
                               r"pantalla\.")
    full(IC, "date", old, rf"Publié le 05/03/2016 à {clock}")
    full(IC, "date", new, rf"Mis à jour le vendredi 19 juin 2020 à {clock}")
    full(IC, "audience", new, r"InfoContinu a réuni \d,\d % de part d'audience en mai 2020 "
                              r"\(Médiamétrie\)\.")
    full(TA, "data", old, rf"05/03/2016 - {clock}")
    full(TA, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(TA, "oggi", new, "📺 Le edizioni del TgA di venerdì 19 giugno: rivedile su "
                          "teleadriatica.it")
    full(WK, "dated", old, "March 5, 2016")
    full(WK, "dated", new, rf"Published June 19, 2020 at {clock12} EDT")
    full(WK, "dated", winter, rf"Published December 7, 2020 at {clock12} EST")
    full(AG, "imerominia", old, rf"05\.03\.2016 \| {clock}")
    full(AG, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020, {clock}")
    full(AG, "kairos", new, r"☀️ Ο καιρός σήμερα, Παρασκευή 19 Ιουνίου: έως \d\d βαθμούς "
                            r"Κελσίου στη Ρόδο")
    full(HH, "taarich", old, rf"05\.03\.16 , {clock}")
    full(HH, "taarich", new, rf"פורסם: יום שישי, 19 ביוני 2020, {clock}")
    full(HH, "shabbat", new, rf"זמני השבת בתל אביב \(19\.06\): כניסת שבת {clock}, צאת השבת "
                             rf"{clock}")
    full(BY, "petsa", old, rf"Marso 5, 2016 {clock12}")
    full(BY, "petsa", new, rf"Nai-post noong Biyernes, Hunyo 19, 2020 \| {clock12} PHT")
    full(FR, "dated", old, "5 Mar 2016")
    full(FR, "dated", new, rf"Friday 19 June 2020 · {clock} BST")
    full(FR, "dated", winter, rf"Monday 7 December 2020 · {clock} GMT")
    full(N4, "fecha", old, rf"Publicado 03/05/2016 {clock12} PST")
    full(N4, "fecha", new, rf"Publicado el 19 de junio de 2020 • {clock12} PDT")
    full(RM, "date", old, "Publié le 5 mars 2016")
    full(RM, "date", new, "Vendredi 19 juin 2020")
    full(RC, "data", old, rf"05\.03\.2016 – {clock}")
    full(RC, "data", new, rf"ven 19\.06\.2020, {clock}")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(KQ, "dated", day).startswith("Posted") == (day < KQ_REDESIGN)
        assert ("CDT" in on(KQ, "dated", day)) == us_daylight(day)
        assert bool(re.search(r"[A-Z]{3} \d", on(RE, "fecha", day))) == (day >= RE_REDESIGN)
        assert on(IC, "date", day).startswith("Mis à jour") == (day >= IC_REDESIGN)
        assert ("ore" in on(TA, "data", day)) == (day >= TA_REDESIGN)
        assert on(WK, "dated", day).startswith("Published") == (day >= WK_REDESIGN)
        assert (" | " in on(AG, "imerominia", day)) == (day < AG_REDESIGN)
        assert on(HH, "taarich", day).startswith("פורסם") == (day >= HH_REDESIGN)
        assert on(BY, "petsa", day).startswith("Nai-post") == (day >= BY_REDESIGN)
        assert ("·" in on(FR, "dated", day)) == (day >= FR_REBRAND)
        assert on(N4, "fecha", day).startswith("Publicado el") == (day >= N4_REDESIGN)
        assert on(RM, "date", day).startswith("Publié") == (day < RM_REDESIGN)
        assert on(RC, "data", day)[0].isalpha() == (day >= RC_REDESIGN)
        if day >= FR_REBRAND:
            assert on(FR, "dated", day).endswith("BST" if eu_summer(day) else "GMT")
        if day >= WK_REDESIGN:
            assert on(WK, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
        assert on(N4, "fecha", day).endswith("PDT" if us_daylight(day) else "PST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for domain, family in EVERY_DAY:
        assert len(changes(domain, family)) == len(every_day()) - 1, family
    highs = [int(m[1]) for day in every_day()
             if (m := re.search(r"[Hh]igh (-?\d+)°", on(KQ, "forecast", day)))]
    assert len(highs) == len(every_day()) and min(highs) < 40 and max(highs) > 80
    alerts = sum("WEATHER DAY" in on(KQ, "forecast", day) for day in every_day())
    assert 0.03 * len(every_day()) < alerts < 0.2 * len(every_day())
    weekly = changes(HH, "shabbat")
    assert len(weekly) >= 300 and all(day.weekday() == 5 for day in weekly)
    assert changes(RE, "audiencia") == {day for day in every_day() if day.day == 1} - {
        FIRST_DAY}
    assert changes(IC, "audience") == {day for day in every_day() if day.day == 2}
    shares = {m[1] for t in group_lines(SET, RE, "audiencia")
              if (m := re.search(r"(\d+,\d) %", norm(t)))}
    assert len(shares) >= 3


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day in US_ELECTIONS:
        assert f"Election Night {day[:4]}" in on(KQ, "notice", iso(day))
        assert f"Elecciones {day[:4]}" in on(N4, "app", iso(day))
    for day in US_PRIMARIES:
        assert f"Primary Election {day[:4]}" in on(KQ, "notice", iso(day))
    for y in range(2015, 2020):
        friday = football_fridays(y)[2]  # a September Friday
        assert f"week 3, {y}" in on(KQ, "notice", friday), y
    assert "Coronavirus" in on(KQ, "notice", d(2020, 7, 1))
    for day, kind in ES_VOTES:
        assert f"Elecciones {kind} {day[:4]}" in on(RE, "aviso", iso(day)), day
    for y in range(2015, 2020):
        assert f"Semana Santa {y}" in on(RE, "aviso", easter(y) - 2 * one), y
        assert f"Campanadas {y}" in on(RE, "aviso", d(y, 12, 31)), y
        assert f"Palinsesto estivo {y}" in on(TA, "palinsesto", d(y, 7, 20)), y
        assert f"Πάσχα {y}" in on(AG, "anakoinosi", orthodox_easter(y) - 2 * one), y
        assert f"Δεκαπενταύγουστος {y}" in on(AG, "anakoinosi", d(y, 8, 15)), y
        assert f"Mahal na Araw {y}" in on(BY, "paalala", easter(y) - 2 * one), y
        assert f"Fête nationale {y}" in on(RM, "avis", d(y, 6, 24)), y
        assert f"Toy Box Appeal {y}" in on(FR, "notice", d(y, 12, 1)), y
    assert "estado de alarma" in on(RE, "aviso", d(2020, 4, 15))
    for day, name in FR_VOTES:
        assert name in on(IC, "alerte", iso(day)), day
    actes = found(IC, "alerte", r"acte (\d+) ")
    assert len(actes) >= 28 and "1" in actes and "30" in actes
    assert "acte 4 " in on(IC, "alerte", d(2018, 12, 8))
    assert "Reconfinement" in on(IC, "alerte", d(2020, 11, 15))
    for day, name in IT_VOTES:
        assert name in on(TA, "palinsesto", iso(day)), day
    assert "#iorestoacasa" in on(TA, "palinsesto", d(2020, 4, 1))
    for y in range(2015, 2021):
        spring, fall = WK_GOALS[y]
        assert f"{spring:,} new members" in on(WK, "support", spring_drive(y)), y
        assert f"{fall:,} new members" in on(WK, "support", fall_drive(y) + 3 * one), y
        assert f"#GivingTuesday {y}" in on(WK, "support", thanksgiving(y) + 5 * one), y
        assert f"gift to WKPR in {y}" in on(WK, "support", d(y, 12, 30)), y
        kippur = iso(YOM_KIPPUR[y])
        assert f"יום הכיפורים {y}" in on(HH, "hodaa", kippur), y
        assert f"יום העצמאות {y}" in on(HH, "hodaa", iso(YOM_HAATZMAUT[y])), y
    for day in IL_ELECTIONS:
        assert f"בחירות {day[:4]}" in on(HH, "hodaa", iso(day)), day
    assert "הסגר השני" in on(HH, "hodaa", d(2020, 10, 5))
    for day, name in GR_VOTES:
        assert name in on(AG, "anakoinosi", iso(day)), day
    assert "#ΜένουμεΣπίτι" in on(AG, "anakoinosi", d(2020, 4, 19))  # the lockdown wins
    for first, last, name in TYPHOONS:
        assert f"Bagyong {name}" in on(BY, "paalala", iso(first)), name
        assert f"Bagyong {name}" in on(BY, "paalala", iso(last)), name
    for day in PH_ELECTIONS:
        assert f"Halalan {day[:4]}" in on(BY, "paalala", iso(day)), day
    assert "ECQ" in on(BY, "paalala", d(2020, 4, 10))  # Good Friday 2020: the quarantine wins
    for day, name in UK_VOTES:
        assert name in on(FR, "notice", iso(day)), day
    assert "Censo 2020" in on(N4, "app", d(2020, 8, 1))
    assert "Coronavirus" in on(N4, "app", d(2020, 4, 1))
    for day, name in QC_VOTES:
        assert name in on(RM, "avis", iso(day)), day
    for day in CH_VOTES:
        text = on(RC, "avviso", iso(day))
        assert str(iso(day).day) in text and day[:4] in text, day
    assert found(RC, "avviso", r"(Elezioni federali)") == {"Elezioni federali"}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (KQ, "byline", KQ_REDESIGN, "By {author}", "{author_beat}"),
        (KQ, "developing", KQ_DEVELOPING, "developing story", "DEVELOPING"),
        (KQ, "notice", KQ_APP, "Download", "free KQRV 7 app"),
        (RE, "firma", RE_REDESIGN, "{author}", "Informa:"),
        (RE, "escuchar", RE_AUDIO, "Escuchar la noticia", "Ebro Radio"),
        (IC, "auteur", IC_REDESIGN, "Par {author}", "| InfoContinu"),
        (IC, "lire", IC_REDESIGN, "LIRE AUSSI", "À lire aussi"),
        (IC, "alerte", IC_APP, "Téléchargez", "notifications"),
        (TA, "autore", TA_REDESIGN, "di {author}", "riprese"),
        (TA, "leggi", TA_LEGGI, "Leggi anche:", "LEGGI ANCHE"),
        (WK, "byline", WK_BYLINE, "By {author}", "{author_beat}"),
        (WK, "copyright", WK_COPYRIGHT, "Copyright", "visit wkpr.org"),
        (HH, "hodaa", HH_TELEGRAM, "האפליקציה", "הטלגרם"),
        (BY, "cc", BY_CC, "May closed captioning", "Republic Act 10905")))
    assert_groups_reworded(SET, (
        (KQ, "dated", "Posted: ", "Updated "),
        (KQ, "byline", "By ", ", "),
        (RE, "fecha", "/", "·"),
        (IC, "date", "Publié le", "Mis à jour le"),
    ))


def test_air_times_and_frequencies_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert days and changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "4:30" in on(KQ, "newscasts", d(2019, 1, 1))
    assert "21:00" in on(RE, "programa", LAST_DAY) and "20:30" in on(RE, "programa", QUIET)
    assert "streaming" in on(TA, "edizioni", d(2020, 1, 1))
    assert "HD2" in on(WK, "signals", LAST_DAY) and "104.1" not in on(WK, "signals", QUIET)
    assert "DZBY" in on(BY, "abangan", d(2020, 6, 1))
    assert "Shawinigan" in on(RM, "frequences", d(2019, 1, 1))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (AG, "imerominia", r"[\u0370-\u03ff]|\d\d\.\d\d"), (AG, "diafimisi", r"[\u0370-\u03ff]"),
        (AG, "copyright", r"[\u0370-\u03ff]"), (HH, "pirsomet", r"[\u0590-\u05ff]"),
        (HH, "od", r"[\u0590-\u05ff]"), (HH, "zchuyot", r"[\u0590-\u05ff]"),
        (RE, "derechos", r"[óá]"), (IC, "copyright", r"[éè]"), (TA, "pubblicita", "À"),
        (BY, "ulat", r"^Ulat ni "), (N4, "copyright", "reservados")))
    assert any(re.search(r"[\u0370-\u03ff]", t) for t in group_lines(SET, AG, "imerominia"))
    assert any(re.search(r"[\u0590-\u05ff]", t) for t in group_lines(SET, HH, "taarich"))
    assert any(t.endswith("PHT") for t in group_lines(SET, BY, "petsa"))
    assert any("CDT" in t for t in group_lines(SET, KQ, "dated"))
    assert any("CST" in t for t in group_lines(SET, KQ, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{KQ}/dated", f"{KQ}/byline", f"{KQ}/related", f"{KQ}/kicker",
                         f"{KQ}/watch", f"{KQ}/copyright", f"{KQ}/forecast", f"{RE}/fecha",
                         f"{RE}/firma", f"{RE}/video", f"{IC}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{KQ}/copyright", f"{KQ}/tips", f"{KQ}/ap", f"{RE}/derechos", f"{IC}/temoin",
        f"{IC}/copyright"))
    assert_carried_share(docs, KQ, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("forecast", 0.08, 0.35), ("notice", 0.15, 0.5), ("copyright", 0.35, 0.65)])
    assert_carried_share(docs, RE, [("fecha", 0.75, 0.95), ("derechos", 0.3, 0.6),
                                    ("audiencia", 0.03, 0.25)])
    for fam in (f"{KQ}/related", f"{KQ}/advert", f"{IC}/lire", f"{IC}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((KQ, "watch"), (RE, "video"), (IC, "revoir"), (TA, "guarda"),
                               (WK, "underwriting"), (AG, "deite"), (HH, "tzilum"),
                               (BY, "panoorin")))


def test_live_blog_stamps_and_rare_notices() -> None:
    docs = planted_docs(SET)
    own = [doc for doc in docs if doc.publisher == IC]
    opened = sum(any(line.label.endswith("/direct") for line in doc.lines) for doc in own)
    closed = sum(any(line.label.endswith("/fin-direct") for line in doc.lines) for doc in own)
    assert 1 <= opened <= 0.2 * len(own) and 1 <= closed <= 0.2 * len(own)
    for doc in own:  # the live stamp sits above the article, its end below it
        names = [line.label.rpartition("/")[2] for line in doc.lines]
        if "direct" in names and "fin-direct" in names:
            assert names.index("direct") < names.index("fin-direct")
    censored = group_lines(SET, HH, "tzenzura")
    assert censored and {norm(t) for t in censored} == {"הידיעה הותרה לפרסום"}


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (KQ, "correction", 16), (RE, "rectificacion"), (IC, "erratum"), (TA, "rettifica"),
        (WK, "correction"), (AG, "diorthosi"), (HH, "tikun"), (BY, "pagwawasto"),
        (FR, "correction"), (N4, "correccion"), (RM, "erratum"), (RC, "rettifica")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KQ}/related", "RELATED: "), (f"{RE}/interesar", "Te puede interesar: "),
        (f"{WK}/related", "Related: "), (f"{AG}/diavaste", "Διαβάστε επίσης: "),
        (f"{HH}/od", "עוד בנושא: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (KQ, "advert", "ADVERTISEMENT"), (IC, "publicite", "Publicité"),
        (TA, "pubblicita", "PUBBLICITÀ"), (AG, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"),
        (HH, "pirsomet", "פרסומת"), (BY, "ad", "ADVERTISEMENT"), (N4, "anuncio", "ANUNCIO"),
        (TA, "riproduzione", "© Riproduzione riservata")))
    assert_group_values_from_pool(SET, (
        (KQ, "kicker", "kicker"), (RE, "seccion", "seccion"), (IC, "rubrique", "rubrique"),
        (IC, "format", "format"), (TA, "categoria", "categoria"), (WK, "section", "section"),
        (AG, "katigoria", "katigoria"), (HH, "kategoria", "kategoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KQ, "advert", "ADVERTISEMENT"),
        (KQ, "ap", "The Associated Press contributed to this report."),
        (IC, "maj", "Cet article sera mis à jour au fil des informations."),
        (TA, "riproduzione", "© Riproduzione riservata")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        KQ: (["tips", "copyright", "captions"], 3),
        RE: (["subtitulos", "derechos"], 2),
        IC: (["temoin", "copyright"], 2),
        TA: (["riproduzione", "societa", "sottotitoli"], 2),
        WK: (["support", "copyright"], 2),
        AG: (["pigi", "copyright"], 2),
        HH: (["hodaa", "zchuyot"], 2),
        FR: (["tips", "copyright", "licence"], 2),
        N4: (["sintoniza", "app", "ap", "subtitulos", "copyright"], 2),
        RM: (["signaler", "copyright"], 2),
        RC: (["podcast", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
