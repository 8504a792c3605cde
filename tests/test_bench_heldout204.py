"""The held-back-204 template set (`tests.bench.heldout_templates_204`): its localised dates
(printed day by day in English, German, Italian, Norwegian, Slovak and Japanese, the Japanese
hut's in the imperial era turned from Heisei to Reiwa, several changing form on the day of a
redesign), the lines that turn every day and week (avalanche bulletins through each winter,
a hut's morning weather through its season, a site of the week), the opening seasons of huts
and sites by year, the calendars some notices follow (Easter and bank holidays, storms,
general meetings, Ferragosto, storm Vaia, Golden Week, Mountain Day, typhoons, fire
restrictions, shutdowns and wildfires, Whitsun, rallies, national hikes, the pandemic), the
dues, prices and taxes that change over the years, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_calendar import easter, last_weekday, nth_weekday
from tests.bench.heldout_templates_204 import (
    BK_AUTOR,
    BK_BEITRAG,
    BK_HUETTE,
    BK_NEWSLETTER,
    BK_RELAUNCH,
    BV_NY,
    CR_MWST,
    CR_NEU,
    CR_PREISE,
    CR_SAISON,
    CR_STORNO,
    FIRST_DAY,
    FV_CORONA,
    FV_FOTO,
    FV_KONTINGENT,
    FV_NYTT,
    FV_VERVING,
    LAST_DAY,
    MC_KYUGYO,
    MC_NEW,
    MC_RYOKIN,
    PL_COVID,
    PL_NUOVO,
    PL_STAGIONE,
    PL_TASSA,
    PL_WHATSAPP,
    PW_BULLETIN,
    PW_CLOSED,
    PW_FEES,
    PW_LOCKDOWN,
    PW_REDESIGN,
    REIWA,
    RL_STATUS,
    RL_UPDATED,
    RQ_CAPARRA,
    RQ_CONDIZIONI,
    RQ_MEZZA,
    RQ_RESTYLING,
    RQ_STAGIONE,
    SH_EIGYO,
    SH_POSTPONED,
    SH_RYOKIN,
    SH_SNS,
    SH_TODOKE,
    SH_YOYAKU,
    TC_CENY,
    TC_HZS,
    TC_NOVY,
    TC_ONLINE,
    TJ_NOVY,
    avalanche_season,
    bk_versammlung,
    bv_treff,
    danger,
    de_long,
    fv_dugnad,
    fv_easter,
    fv_summer,
    pw_closing,
    pw_opening,
    sh_open,
    tatras_closed,
    tj_krivan,
    value_on,
    wareki,
    yama_no_hi,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_mostly_bare,
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

SET = "held-back-204"
SITES = ("Pitchway Club", "Bergfreunde Karwendel", "Rifugi in Quota", "Fjellvennene",
         "Tatranské chaty", "白峰ヒュッテ", "Ridgeline Campgrounds", "Camping am Riedsee",
         "Camping Pineta del Lago", "Bobilvennen", "Turistický klub Javorina",
         "みどり野オートキャンプ場")
PW, BK, RQ, FV = ("pitchwayclub.org.uk", "bergfreunde-karwendel.de", "rifugiinquota.it",
                  "fjellvennene.no")
TC, SH, RL, CR = ("tatranskechaty.sk", "shiramine-hutte.jp", "ridgelinecamps.com",
                  "camping-riedsee.de")
PL, BV, TJ, MC = ("campingpinetalago.it", "bobilvennen.no", "tkjavorina.sk", "midorino-camp.jp")

d = dt.date
one = dt.timedelta(days=1)
YEARS = range(2015, 2021)

# The dates printed day by day (every one from the first day).
DAILY = ((PW, "dated"), (BK, "datum"), (RQ, "data"), (FV, "dato"), (TC, "datum"),
         (SH, "hizuke"), (RL, "dated"), (CR, "datum"), (PL, "data"), (BV, "dato"),
         (TJ, "datum"), (MC, "hizuke"))
# The avalanche bulletins: a wording per day through each winter, and their last month.
AVALANCHE = ((BK, "lawine", 4), (RQ, "valanghe", 4), (FV, "skredvarsel", 5),
             (TC, "lavina", 4))
EVERY_DAY = tuple((domain, family) for domain, family, _ in AVALANCHE)
# The notices that follow calendars.
BANNERS = ((PW, "appeal"), (BK, "hinweis"), (RQ, "avviso"), (FV, "varsel"), (TC, "oznam"),
           (SH, "oshirase"), (RL, "fire"), (RL, "closure"), (CR, "aktuelles"),
           (BV, "sesong"), (TJ, "pozvanka"), (MC, "oshirase"))
# The seasons of huts and sites, worded by year.
SEASONS = ((PW, "season"), (BK, "huette"), (RQ, "apertura"), (FV, "hyttesesong"),
           (TC, "uzavera"), (SH, "eigyo"), (SH, "tenki"), (CR, "saison"), (PL, "stagione"),
           (MC, "eigyo"), (PW, "site-week"), (PL, "offerta"))
# Amounts in force from given days.
TABLES = ((PW, "membership", PW_FEES), (BK, "beitrag", BK_BEITRAG), (RQ, "caparra", RQ_CAPARRA),
          (RQ, "mezzapensione", RQ_MEZZA), (FV, "kontingent", FV_KONTINGENT),
          (TC, "cena", TC_CENY), (SH, "ryokin", SH_RYOKIN), (CR, "preise", CR_PREISE),
          (CR, "mwst", CR_MWST), (PL, "tassa", PL_TASSA), (MC, "ryokin", MC_RYOKIN))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (PW, "appeal"): "Get the Pitchway Club e-newsletter: touring ideas and site offers every "
                    "month",
    (BK, "hinweis"): "Unser Sektionsheft „Bergfreund“ erscheint dreimal im Jahr – für "
                     "Mitglieder kostenlos.",
    (RQ, "avviso"): "In montagna informatevi sempre su meteo e condizioni dei sentieri prima "
                    "di partire.",
    (FV, "varsel"): "Bli medlem i Fjellvennene og få rabatt på alle hytter.",
    (TC, "oznam"): "Rezervácie ubytovania: rezervacie@tatranskechaty.sk alebo telefonicky.",
    (SH, "oshirase"): "山荘の最新情報はブログでお知らせしています。",
    (RL, "fire"): "Campfires are allowed in the fire rings provided. Never leave a fire "
                  "unattended.",
    (RL, "closure"): "Conditions change quickly: check campground status before you go.",
    (CR, "aktuelles"): "Jetzt Stellplatz für die Saison sichern – online buchen!",
    (BV, "sesong"): "Tips oss om gode bobilplasser: tips@bobilvennen.no",
    (TJ, "pozvanka"): "Pridajte sa k nám: nových členov privítame na každej akcii.",
    (MC, "oshirase"): "キャンプ場の最新情報はLINE公式アカウントで配信中です。",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + SEASONS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (RL, "pass"), (BV, "kontingent"), (TJ, "prispevok")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 15), d(2018, 10, 30), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert wareki(d(2019, 4, 30)) == "平成31年4月30日" and wareki(REIWA) == "令和元年5月1日"
    assert wareki(d(2020, 6, 19)) == "令和2年6月19日" and wareki(d(2015, 1, 1)) == "平成27年1月1日"
    assert [pw_opening(y) for y in (2016, 2019)] == [d(2016, 3, 24), d(2019, 4, 18)]
    assert [pw_closing(y) for y in (2017, 2020)] == [d(2017, 11, 6), d(2020, 11, 2)]
    assert fv_easter(2018) == (d(2018, 3, 23), d(2018, 4, 2))
    assert fv_summer(2020) == (d(2020, 6, 26), d(2020, 9, 13))
    assert fv_summer(2017) == (d(2017, 6, 23), d(2017, 9, 10))
    assert tatras_closed(d(2019, 6, 15)) and not tatras_closed(d(2019, 6, 16))
    assert tatras_closed(d(2019, 11, 1)) and not tatras_closed(d(2019, 10, 31))
    assert bk_versammlung(2019) == d(2019, 3, 15) and bv_treff(2018) == d(2018, 6, 8)
    assert fv_dugnad(2019) == d(2019, 6, 1) and tj_krivan(2017) == d(2017, 8, 26)
    assert yama_no_hi(2015) is None and yama_no_hi(2020) == d(2020, 8, 10)
    assert de_long(d(2020, 3, 1)) == "1. März 2020"
    levels = Counter(danger(day, "karwendel") for day in every_day() if avalanche_season(day))
    assert set(levels) <= {1, 2, 3, 4, 5} and {1, 2, 3, 4} <= set(levels)
    assert levels[5] < 0.03 * sum(levels.values()) and levels[3] > levels[1]
    assert sh_open(d(2019, 8, 1)) and not sh_open(d(2020, 6, 1))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday in winter, a Friday in summer
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PW, "dated", old, "Posted on 5 Mar 2016")
    full(PW, "dated", new, "Friday 19 June 2020")
    full(PW, "site-week", new, r"Site of the week \(15 Jun\): [A-Z][\w ]+ Club Site, [A-Z][\w ]+")
    full(BK, "datum", old, r"05\.03\.2016")
    full(BK, "datum", new, r"Veröffentlicht am Freitag, 19\. Juni 2020")
    full(BK, "lawine", old, r"Lawinenlagebericht vom 5\. März: Gefahrenstufe [1-5] "
                            r"\((gering|mäßig|erheblich|groß|sehr groß)\) oberhalb der "
                            r"Waldgrenze")
    full(BK, "lawine", new, r"Lawinenlagebericht: Sommerpause\. .*Dezember\.")
    full(RQ, "data", old, "5 marzo 2016")
    full(RQ, "data", new, rf"Pubblicato il 19 giugno 2020 alle {clock}")
    full(RQ, "valanghe", old, r"Bollettino valanghe del 5 marzo: pericolo [1-5] – "
                              r"(debole|moderato|marcato|forte|molto forte)")
    full(FV, "dato", old, r"05\.03\.2016")
    full(FV, "dato", new, r"Publisert fredag 19\. juni 2020")
    full(FV, "skredvarsel", d(2019, 5, 20), r"Skredvarsel 20\. mai: faregrad [1-5] – "
                                            r"(liten|moderat|betydelig|stor|meget stor)")
    full(TC, "datum", old, r"5\.3\.2016")
    full(TC, "datum", new, rf"piatok 19\. júna 2020, {clock}")
    full(TC, "lavina", old, r"Lavínová predpoveď na 5\. marca: [1-5]\. stupeň – "
                            r"(nízke|mierne|zvýšené|vysoké|veľmi vysoké) nebezpečenstvo")
    full(SH, "hizuke", old, "平成28年3月5日")
    full(SH, "hizuke", new, "令和2年6月19日（金）")
    full(SH, "hizuke", REIWA, "令和元年5月1日（水）")
    full(SH, "tenki", d(2019, 8, 2), r"8月2日 朝6時の山荘周辺："
                                     r"(快晴|晴れ|晴れ時々曇り|曇り|霧|雨|雪)、気温-?\d+℃")
    full(RL, "dated", old, "March 5, 2016")
    full(RL, "dated", new, r"Updated 06/19/2020 at \d{1,2}:\d\d (AM|PM)")
    full(CR, "datum", old, r"05\.03\.2016")
    full(CR, "datum", new, r"19\. Juni 2020")
    full(PL, "data", old, "05/03/2016")
    full(PL, "data", new, "venerdì 19 giugno 2020")
    full(BV, "dato", old, r"5\. mars 2016")
    full(BV, "dato", new, rf"19\.06\.2020 kl\. {clock}")
    full(TJ, "datum", old, r"5\. 3\. 2016")
    full(TJ, "datum", new, r"Pridané: 19\.06\.2020")
    full(MC, "hizuke", old, r"2016\.03\.05")
    full(MC, "hizuke", new, "2020年6月19日")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PW, "dated", day).startswith("Posted") == (day < PW_REDESIGN)
        assert on(BK, "datum", day).startswith("Veröffentlicht") == (day >= BK_RELAUNCH)
        assert on(RQ, "data", day).startswith("Pubblicato") == (day >= RQ_RESTYLING)
        assert on(FV, "dato", day).startswith("Publisert") == (day >= FV_NYTT)
        assert ("{time}" in on(TC, "datum", day)) == (day >= TC_NOVY)
        assert on(SH, "hizuke", day).startswith("令和") == (day >= REIWA)
        assert on(SH, "hizuke", day).endswith("）") == (day >= REIWA)
        assert on(RL, "dated", day).startswith("Updated") == (day >= RL_UPDATED)
        assert ("." in on(CR, "datum", day)[-5:]) == (day < CR_NEU)
        assert ("/" in on(PL, "data", day)) == (day < PL_NUOVO)
        assert (" kl. " in on(BV, "dato", day)) == (day >= BV_NY)
        assert on(TJ, "datum", day).startswith("Pridané") == (day >= TJ_NOVY)
        assert ("年" in on(MC, "hizuke", day)) == (day >= MC_NEW)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_week() -> None:
    for domain, family, last_month in AVALANCHE:
        winter = {day for day in every_day()[1:] if avalanche_season(day, last_month)
                  or avalanche_season(day - one, last_month)}
        assert changes(domain, family) == winter, (domain, family)
    assert changes(SH, "tenki") == {day for day in every_day()[1:]
                                    if sh_open(day) or sh_open(day - one)}
    assert found(SH, "tenki", r"：([^、]+)、") >= {"快晴", "晴れ", "曇り", "霧", "雨"}
    weekly = changes(PW, "site-week")
    assert weekly == {day for day in every_day() if day.weekday() == 0}
    assert len(found(PW, "site-week", r"\): (.+) Club Site")) >= 8
    assert found(BK, "lawine", r"Gefahrenstufe (\d)") >= {"1", "2", "3", "4"}
    assert found(TC, "lavina", r"(\d)\. stupeň") >= {"1", "2", "3", "4"}
    lines = group_lines(SET, BK, "lawine") + group_lines(SET, FV, "skredvarsel")
    assert any("Gefahrenstufe" in t for t in lines) and any("sommerpause" in t for t in lines)


def test_opening_seasons_by_year() -> None:
    expected = {pw_opening(y) for y in range(2015, 2020)} | {
        pw_closing(y) + one for y in YEARS} | set(PW_CLOSED) | set(PW_LOCKDOWN)
    assert changes(PW, "season") == expected
    assert "Thursday 1 April 2021" in on(PW, "season", d(2020, 12, 20))
    assert "closed until further notice" in on(PW, "season", d(2020, 4, 9))
    huette = {iso(first) for first, _ in BK_HUETTE.values() if iso(first).year in YEARS}
    huette |= {iso(last) + one for _, last in BK_HUETTE.values() if iso(last).year in YEARS}
    assert changes(BK, "huette") == huette | {d(y, 1, 1) for y in range(2016, 2021)}
    assert "Hygienekonzept" in on(BK, "huette", d(2020, 5, 1))
    assert "öffnet am 8. Juni 2019" in on(BK, "huette", d(2019, 5, 30))
    for y in YEARS:
        first, last = (iso(x) for x in RQ_STAGIONE[y])
        assert "apre il" in on(RQ, "apertura", first - one)
        assert "aperto tutti i giorni" in on(RQ, "apertura", last)
        assert "chiuso" in on(RQ, "apertura", last + one)
        assert f"Sezónna uzávera: turistické chodníky nad chatami sú od 1. novembra {y}" in on(
            TC, "uzavera", d(y, 11, 1))
        assert f"otvorené do 31. októbra {y}" in on(TC, "uzavera", d(y, 6, 16))
        easter_first, easter_last = fv_easter(y)
        if y < 2020:
            assert "Påskeåpent" in on(FV, "hyttesesong", easter(y))
        assert "betjent fra" in on(FV, "hyttesesong", fv_summer(y)[0])
        first, last = (iso(x) for x in SH_EIGYO[y])
        assert f"{y}年の営業期間：{first.month}月{first.day}日" in on(SH, "eigyo", first)
        assert "終了" in on(SH, "eigyo", last + one)
        first, last = (iso(x) for x in CR_SAISON[y])
        assert f"Saison {y}" in on(CR, "saison", first)
        assert "Winterpause" in on(CR, "saison", last + one)
        first, _ = (iso(x) for x in PL_STAGIONE[y])
        assert f"Stagione {y}" in on(PL, "stagione", first)
        assert "riapriamo" in on(PL, "stagione", first - one)
        assert "Prenota entro il 31 marzo" in on(PL, "offerta", d(y, 2, 1))
        assert "冬期休業中" in on(MC, "eigyo", d(y, 1, 15))
    assert changes(TC, "uzavera") == {d(y, m, dd) for y in YEARS for m, dd in ((6, 16), (11, 1))}
    assert "stengt" in on(FV, "hyttesesong", easter(2020))
    assert changes(FV, "hyttesesong") >= set(FV_CORONA)
    assert "7月1日に延期" in on(SH, "eigyo", d(2020, 5, 1))
    assert "4月25日から営業予定" in on(SH, "eigyo", d(2020, 3, 1))
    assert changes(SH, "eigyo") >= {SH_POSTPONED, d(2020, 7, 1), d(2020, 11, 1)}
    assert "臨時休業" in on(MC, "eigyo", MC_KYUGYO[0]) and "Voucher" not in on(
        PL, "offerta", d(2020, 5, 1))
    assert "voucher" in on(PL, "offerta", d(2020, 5, 1))


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    for y in YEARS:
        e = easter(y)
        if y < 2020:
            assert f"Easter {y}" in on(PW, "appeal", e), y
            assert f"Spring Bank Holiday {y}" in on(PW, "appeal", last_weekday(y, 5, 0)), y
            assert f"Mitgliederversammlung am {de_long(bk_versammlung(y))}" in on(
                BK, "hinweis", bk_versammlung(y)), y
            assert f"Ferragosto {y}" in on(RQ, "avviso", d(y, 8, 15)), y
            assert f"Påsken {y}" in on(FV, "varsel", e), y
            assert f"lørdag {fv_dugnad(y).day}. juni {y}" in on(FV, "varsel", fv_dugnad(y)), y
            assert f"GW営業中：{y}年" in on(SH, "oshirase", d(y, 5, 3)), y
            assert f"Memorial Day weekend {y}" in on(RL, "closure", last_weekday(y, 5, 0)), y
            assert f"Ostern {y}" in on(CR, "aktuelles", e), y
            assert f"Bobiltreffet {y} på Hamar" in on(BV, "sesong", bv_treff(y)), y
            assert f"GW期間（{y}年" in on(MC, "oshirase", d(y, 5, 1)), y
        assert f"August Bank Holiday {y}" in on(PW, "appeal", last_weekday(y, 8, 0)), y
        assert f"Vianoce a Silvester {y}" in on(TC, "oznam", d(y, 12, 24)), y
        assert f"Labor Day weekend {y}" in on(RL, "closure", nth_weekday(y, 9, 0, 1)), y
        assert f"Pfingsten {y}" in on(CR, "aktuelles", e + 49 * one), y
        assert f"Vinterlagring {y}" in on(BV, "sesong", d(y, 10, 15)), y
        assert f"Kriváň {tj_krivan(y).day}. augusta {y}" in on(TJ, "pozvanka", tj_krivan(y)), y
        assert f"31. decembra {y}" in on(TJ, "pozvanka", d(y, 12, 31)), y
        assert f"{y}年のお盆期間" in on(MC, "oshirase", d(y, 8, 14)), y
        fire = on(RL, "fire", d(y, 7, 4))
        assert ("Stage 2" in fire) if y == 2018 else (f"Stage 1 fire restrictions in effect for "
                                                      f"{y}" in fire), y
        mountain_day = yama_no_hi(y)
        if mountain_day is not None:
            assert f"{y}年の山の日は{mountain_day.month}月{mountain_day.day}日" in on(
                SH, "oshirase", mountain_day), y
    assert "Silvester 2015" in on(TC, "oznam", d(2016, 1, 5))
    assert "Storm Desmond" in on(PW, "appeal", d(2015, 12, 5))
    assert "Snow and ice" in on(PW, "appeal", d(2018, 3, 1))
    assert "Coronavirus" in on(PW, "appeal", easter(2020))
    assert "125 Jahre" in on(BK, "hinweis", d(2017, 10, 1))
    assert "Corona" in on(BK, "hinweis", bk_versammlung(2020))
    assert "Vaia" in on(RQ, "avviso", d(2018, 11, 10))
    assert "Covid-19" in on(RQ, "avviso", d(2020, 4, 1))
    assert "Estate 2020" in on(RQ, "avviso", d(2020, 8, 15))
    assert "Koronaviruset" in on(FV, "varsel", easter(2020))
    assert "COVID-19" in on(TC, "oznam", d(2020, 4, 1))
    assert "Zákaz vychádzania" in on(TC, "oznam", d(2020, 10, 28))
    assert "台風21号" in on(SH, "oshirase", d(2018, 9, 4))
    assert "台風19号" in on(SH, "oshirase", d(2019, 10, 12))
    assert "台風19号" in on(MC, "oshirase", d(2019, 10, 12))
    assert "緊急事態宣言" in on(SH, "oshirase", d(2020, 5, 3))
    assert "緊急事態宣言" in on(MC, "oshirase", d(2020, 5, 1))
    assert "Stage 2" in on(RL, "fire", d(2020, 8, 20))
    assert "Stage 1 fire restrictions in effect for 2020" in on(RL, "fire", d(2020, 7, 4))
    assert "government shutdown" in on(RL, "closure", d(2019, 1, 10))
    assert "government shutdown" in on(RL, "closure", d(2018, 1, 21))
    assert "COVID-19" in on(RL, "closure", d(2020, 4, 15))
    assert "Wildfire" in on(RL, "closure", d(2020, 9, 20))
    assert "Corona" in on(CR, "aktuelles", easter(2020))
    assert "avlyst" in on(BV, "sesong", bv_treff(2020))
    assert "COVID-19" in on(TJ, "pozvanka", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PW, "byline", PW_REDESIGN, "By {author}", "Words:"),
        (PW, "members", PW_REDESIGN, "Members only", "🔒"),
        (PW, "deposit", d(2017, 1, 3), "£5", "£10"),
        (PW, "deposit", PW_CLOSED[1], "£10", "free cancellation"),
        (PW, "appeal", PW_BULLETIN, "e-newsletter", "Touring Bulletin"),
        (BK, "autor", BK_AUTOR, "Von {author}", "Fotos"),
        (BK, "hinweis", BK_NEWSLETTER, "Sektionsheft", "Newsletter"),
        (RQ, "caparra", iso("2020-06-01"), "confermare", "restituita"),
        (RQ, "avviso", RQ_CONDIZIONI, "informatevi", "Prima di partire"),
        (FV, "forfatter", FV_FOTO, "Tekst: {author}", "Tekst og foto"),
        (FV, "varsel", FV_VERVING, "få rabatt", "550 hytter"),
        (TC, "hzs", TC_HZS, "Horskú záchrannú službu", "112"),
        (TC, "oznam", TC_ONLINE, "telefonicky", "online"),
        (SH, "yoyaku", SH_YOYAKU, "お電話", "完全予約制"),
        (SH, "tozan", SH_TODOKE, "登山届", "義務"),
        (SH, "oshirase", SH_SNS, "ブログ", "Instagram"),
        (RL, "booking", d(2017, 1, 1), "$8", "$10"),
        (RL, "booking", d(2020, 6, 1), "six months", "no walk-ins"),
        (RL, "closure", RL_STATUS, "Conditions change", "status map"),
        (CR, "anzahlung", CR_STORNO, "30 %", "Kostenlose Stornierung"),
        (CR, "hunde", d(2019, 1, 1), "3,00", "3,50"),
        (PL, "caparra", PL_COVID, "confirmatoria", "Covid-19"),
        (PL, "contatti", PL_WHATSAPP, "info@", "WhatsApp"),
        (MC, "yoyaku", MC_NEW, "お電話", "WEB予約")))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:  # each value from its first day (the first day's too)
            day = max(iso(start), FIRST_DAY)
            if day <= LAST_DAY and value == value_on(day, table):
                assert value in on(domain, family, day), (domain, start)
    assert "10,700円" in on(SH, "ryokin", d(2019, 10, 1)) and "10,500円" in on(
        SH, "ryokin", d(2019, 9, 30))
    assert "5 %" in on(CR, "mwst", d(2020, 7, 1)) and "7 %" in on(CR, "mwst", d(2021, 1, 1))
    assert "4,600円" in on(MC, "ryokin", d(2019, 10, 1))
    for domain, family in ((RL, "pass"), (BV, "kontingent"), (TJ, "prispevok")):
        assert changes(domain, family) == {d(y, 1, 1) for y in range(2016, 2021)}, domain
    assert "$85" in on(RL, "pass", d(2020, 6, 1)) and "$70" in on(RL, "pass", d(2016, 6, 1))
    assert "565 kr" in on(BV, "kontingent", d(2020, 6, 1))
    assert "dospelí 15 €" in on(TJ, "prispevok", d(2019, 6, 1))
    assert found(PL, "offerta", r"sconto del (\d+)%") == {"10", "12", "15"}
    fees = {m[1] for t in group_lines(SET, PW, "membership")
            if (m := re.search(r"is (£\d+)", norm(t)))}
    assert len(fees) >= 3


def test_several_languages_and_scripts() -> None:
    kana_kanji = r"[\u3040-\u30ff\u4e00-\u9fff]"
    slovak = r"[áäčďéíľĺňóôŕšťúýž]"
    assert_groups_in_script(SET, (
        (SH, "hizuke", r"[\u4e00-\u9fff]"), (SH, "eigyo", kana_kanji),
        (SH, "tozan", kana_kanji), (MC, "oshirase", kana_kanji), (MC, "yoyaku", kana_kanji),
        (TC, "uzavera", slovak), (TC, "reklama", "Reklama"), (TJ, "nebezpecenstvo", slovak),
        (FV, "fjellvett", r"[æøå]"), (BV, "bobilplass", r"[æøå]"),
        (BK, "huette", r"[äöüß]"), (RQ, "pubblicita", r"[àèéìòù]")))
    hizuke = group_lines(SET, SH, "hizuke")
    assert any(t.startswith("平成") for t in hizuke) and any(t.startswith("令和") for t in hizuke)
    assert any("（" in t for t in hizuke)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PW}/dated", f"{PW}/byline", f"{PW}/related", f"{PW}/kicker",
                         f"{PW}/caption", f"{PW}/copyright", f"{PW}/site-week", f"{PW}/season",
                         f"{BK}/datum", f"{BK}/lawine", f"{BK}/lesen", f"{RQ}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PW}/about", f"{PW}/registered", f"{BK}/gefahr", f"{BK}/impressum",
        f"{RQ}/responsabilita", f"{FV}/fjellvett"))
    assert_carried_share(docs, PW, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("members", 0.04, 0.22), ("season", 0.18, 0.45), ("site-week", 0.12, 0.4)])
    assert_carried_share(docs, BK, [("datum", 0.75, 0.97), ("korrektur", 0.0, 0.12),
                                    ("lawine", 0.1, 0.42)])
    for fam in (f"{PW}/related", f"{PW}/advert", f"{BK}/anzeige", f"{RQ}/pubblicita"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PW, "caption"), (BK, "tour"), (RQ, "foto"), (FV, "stengt"),
                               (TC, "foto"), (SH, "shashin"), (BV, "bobilplass")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PW, "correction"), (BK, "korrektur"), (RQ, "rettifica"), (FV, "rettelse"),
        (TC, "oprava"), (SH, "teisei"), (RL, "correction"), (CR, "korrektur"),
        (PL, "rettifica"), (BV, "rettelse"), (TJ, "oprava"), (MC, "teisei")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PW}/related", "Related: "), (f"{BK}/lesen", "Lesen Sie auch: "),
        (f"{RQ}/leggi", "Leggi anche: "), (f"{TC}/citajte", "Čítajte aj: "),
        (f"{SH}/kanren", "関連記事：")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PW, "advert", "Advertisement"), (BK, "anzeige", "Anzeige"),
        (RQ, "pubblicita", "Pubblicità"), (FV, "annonse", "Annonse"),
        (TC, "reklama", "Reklama"), (SH, "koukoku", "広告"), (RL, "ad", "ADVERTISEMENT")))
    assert_group_values_from_pool(SET, (
        (PW, "kicker", "kicker"), (BK, "rubrik", "rubrik"), (RQ, "categoria", "categoria"),
        (FV, "kategori", "kategori"), (TC, "rubrika", "rubrika")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PW, "advert", "Advertisement"),
        (BK, "gefahr", "Die Teilnahme an allen Touren erfolgt auf eigene Gefahr."),
        (FV, "fjellvett", "Husk fjellvettreglene: legg igjen beskjed om hvor du går, og vend "
                          "i tide.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PW: (["about", "registered", "copyright"], 3),
        BK: (["gefahr", "impressum", "copyright"], 3),
        RQ: (["responsabilita", "copyright"], 2),
        FV: (["fjellvett", "orgnr", "copyright"], 2),
        TC: (["hzs", "copyright"], 2),
        RL: (["affiliate", "copyright"], 2),
        CR: (["impressum", "copyright"], 2),
        PL: (["piva", "copyright"], 2)})


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
