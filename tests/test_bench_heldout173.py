"""The held-back-173 template set (`tests.bench.heldout_templates_173`): its localised dates
(printed day by day in English, French, Greek, Romanian, Thai with the Buddhist-era year and
Hebrew, several changing form on the day of a redesign), the lines that turn every day (the
day's planned power cuts, a water network's status, an outage map's count), every week (the
cheapest fixed deal, the heating-oil price in its season), every month (the regulated gas
price, a meter-reading window), every two and four months (meter readings) and every four
months (the Ft charge), the tariff amounts that change over the years, the calendars some
notices follow (supplier failures and price-cap changes, the winter truce, storms and
hurricanes, the 2018 freeze and heatwave, heating seasons, bank-holiday bin days in America
and Belgium, Songkran, Orthodox Easter, the Jewish holidays with their Hebrew years, the
pandemic), the lines in several languages and scripts, the variation it promises, its
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

from tests.bench.heldout_calendar import easter, nth_weekday, orthodox_easter
from tests.bench.heldout_templates_173 import (
    AB_APP,
    AB_REDESIGN,
    AB_TARIF,
    AB_WHATSAPP,
    CAP_CHANGES,
    DK_APP,
    DK_NEWSLETTER,
    DK_REDESIGN,
    DK_STORMS,
    DY_REDESIGN,
    DY_TIMOLOGIO,
    EM_REDESIGN,
    EM_SAC,
    EM_SAC_BLEU,
    EM_SC,
    FIRST_DAY,
    FT,
    FW_LINE,
    FW_REDESIGN,
    KM_BANDEAU,
    KM_REDESIGN,
    LAST_DAY,
    MB_PORTAL,
    MB_RATES,
    MB_REDESIGN,
    MK_REDESIGN,
    MK_TARIFF,
    MK_WHATSAPP,
    OD_DATA,
    OD_REDESIGN,
    OD_STORMS,
    PESACH,
    ROSH_HASHANA,
    SUPPLIER_FAILURES,
    TN_END,
    TN_PRET,
    TN_REDESIGN,
    TN_START,
    TRV,
    WW_CAP,
    WW_COMPARE,
    WW_DISCLOSURE,
    WW_FACTCHECK,
    WW_REDESIGN,
    WY_BILLS,
    WY_EMERGENCY,
    WY_REDESIGN,
    YOM_KIPPUR,
    be_year,
    belgian_holidays,
    cheapest,
    heating_season,
    heating_year,
    monday_of,
    trend,
    us_holidays,
    value_on,
    without_power,
    wobble,
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
    wording_on,
)

SET = "held-back-173"
SITES = ("WattWise", "Kilowatt Malin", "Διακόπτης", "OutageDesk", "Wyndham Water",
         "Aqua Bistra", "ไฟฟ้าวันนี้", "מי כרמים", "Millbrook Utilities", "Ecotri Meuse",
         "Termo Nera", "ΔΕΥΑ Καλλιρρόης")
WW, KM, DK, OD = "wattwise.co.uk", "kilowattmalin.fr", "diakoptis.gr", "outagedesk.com"
WY, AB, FW, MK = "wyndhamwater.co.uk", "aquabistra.ro", "faifawanni.com", "meikramim.co.il"
MB, EM, TN, DY = "millbrookutilities.org", "ecotrimeuse.be", "termonera.ro", "deyakalliroi.gr"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WW, "dated"), (KM, "date"), (DK, "imerominia"), (OD, "dated"), (WY, "dated"),
         (AB, "data"), (FW, "wanthi"), (MK, "taarich"), (MB, "dated"), (EM, "date"),
         (TN, "data"), (DY, "imerominia"))
# The lines that name the day they are printed on.
EVERY_DAY = ((DK, "diakopes"), (OD, "snapshot"), (WY, "status"), (FW, "dapfai"))
# The notices that follow calendars.
BANNERS = ((WW, "banner"), (KM, "bandeau"), (DK, "eidopoiisi"), (OD, "storm"), (WY, "banner"),
           (AB, "program"), (FW, "prakat"), (MK, "hagim"), (MB, "trash"), (EM, "collecte"),
           (TN, "agent"), (DY, "eortes"))
# Amounts in force from given days.
TABLES = ((WW, "cap", WW_CAP), (KM, "trv", TRV), (WY, "bills", WY_BILLS), (AB, "tarif", AB_TARIF),
          (FW, "ft", FT), (MK, "taarif", MK_TARIFF), (MB, "rates", MB_RATES), (EM, "sac", EM_SAC),
          (TN, "pret", TN_PRET), (DY, "timologio", DY_TIMOLOGIO))
# Lines that turn on a schedule of their own.
SCHEDULED = ((WW, "cheapest"), (KM, "gaz"), (DK, "petrelaio"), (AB, "autocitire"), (MK, "kria"),
             (DY, "katametrisi"), (EM, "calendrier"), (MB, "ccr"), (MB, "seasonal"),
             (EM, "recyparcs"), (MK, "hashkaya"), (TN, "ajutor"))

YEARS_ = range(2015, 2021)
QUIET = d(2015, 3, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WW: "Compare gas and electricity prices: enter your postcode to start",
    KM: "Comparez les offres d'électricité et de gaz en 3 minutes",
    DK: "Ακολουθήστε το diakoptis.gr στο Facebook",
    OD: "Report an outage to your utility first: our map updates every 15 minutes.",
    WY: "Save water, save money: order a free water-saving pack",
    AB: "Program casierii: luni–vineri 8:00–16:00",
    FW: "กดติดตามเพจไฟฟ้าวันนี้ ไม่พลาดทุกประกาศดับไฟ",
    MK: "משלמים את חשבון המים באתר, בלי תור ובלי המתנה",
    MB: "Trash and recycling pick-up is on your regular day this week.",
    EM: "Jours de collecte : consultez votre calendrier sur ecotrimeuse.be/calendrier",
    TN: "Sezonul de încălzire 2014–2015: căldura se furnizează la cererea asociațiilor de "
        "proprietari.",
    DY: "Πληρώστε τον λογαριασμό νερού μέσω e-banking ή στα ταμεία της ΔΕΥΑ Καλλιρρόης",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + SCHEDULED + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 11), d(2018, 3, 1), d(2019, 10, 14),
        d(2020, 4, 13), d(2020, 11, 26), LAST_DAY))


def test_helpers() -> None:
    assert all(-1 <= wobble(d(2016, 1, k), "x") <= 1 for k in range(1, 31))
    assert wobble(d(2016, 1, 4), "x") == wobble(d(2016, 1, 4), "x") != wobble(d(2016, 1, 4), "y")
    assert trend(d(2010, 1, 1), (("2015-01-01", 1.0), ("2015-01-11", 2.0))) == 1.0
    assert trend(d(2015, 1, 6), (("2015-01-01", 1.0), ("2015-01-11", 2.0))) == 1.5
    assert value_on(d(2016, 6, 1), AB_TARIF).startswith("4,80")
    assert value_on(d(2013, 1, 1), AB_TARIF) == AB_TARIF[0][1]
    assert monday_of(d(2020, 6, 21)) == monday_of(d(2020, 6, 15)) == d(2020, 6, 15)
    assert be_year(2020) == 2563
    assert heating_season(d(2019, 10, 15)) and heating_season(d(2020, 4, 30))
    assert not heating_season(d(2019, 10, 14)) and not heating_season(d(2020, 5, 1))
    assert heating_year(d(2019, 1, 10)) == 2018 and heating_year(d(2019, 12, 1)) == 2019
    assert heating_year(d(2019, 7, 1)) is None
    assert [h for h, _ in us_holidays(2019)] == [d(2019, 1, 1), d(2019, 5, 27), d(2019, 7, 4),
                                                 d(2019, 9, 2), d(2019, 11, 28), d(2019, 12, 25)]
    days = dict((name, h) for h, name in belgian_holidays(2016))
    assert days["lundi de Pâques"] == d(2016, 3, 28) and days["jeudi de l'Ascension"] == d(
        2016, 5, 5) and days["lundi de Pentecôte"] == d(2016, 5, 16)
    assert orthodox_easter(2020) == d(2020, 4, 19) and easter(2020) == d(2020, 4, 12)
    deals = [cheapest(monday_of(day)) for day in every_day()[::7]]
    assert all(700 <= x <= 1100 for x in deals)
    assert without_power(d(2017, 9, 11)) > 10 * without_power(d(2017, 11, 14))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WW, "dated", old, "5 March 2016")
    full(WW, "dated", new, "Last updated: Fri 19 Jun 2020")
    full(WW, "cheapest", new, r"Cheapest fixed deal this week \(w/c 15 Jun\): £\d{3} a year, "
                              r"typical use, paying by Direct Debit")
    full(KM, "date", old, "Publié le 05/03/2016")
    full(KM, "date", new, "Dernière mise à jour : vendredi 19 juin 2020")
    full(KM, "gaz", new, r"Tarif réglementé du gaz \(contrats en cours\) au 1er juin 2020 : "
                         r"0,0\d{3} €/kWh TTC \([+−]\d+,\d % sur un mois\)")
    full(DK, "imerominia", old, rf"05/03/2016 {clock}")
    full(DK, "imerominia", new, "Παρασκευή, 19 Ιουνίου 2020")
    full(DK, "diakopes", new, "Προγραμματισμένες διακοπές ρεύματος σήμερα, Παρασκευή 19 Ιουνίου")
    full(DK, "petrelaio", old, r"Μέση τιμή πετρελαίου θέρμανσης την εβδομάδα από 29/2: "
                               r"0,\d\d €/λίτρο")
    full(OD, "dated", old, "Posted 3/5/2016")
    full(OD, "dated", new, r"Updated Fri, Jun 19, 2020 at \d{1,2}:\d\d [AP]M ET")
    full(OD, "snapshot", new, r"Outage snapshot, Friday, June 19: [\d,]+ customers without "
                              r"power nationwide")
    full(WY, "dated", old, "Published 5 March 2016")
    full(WY, "dated", new, "Posted on Friday 19th June 2020")
    full(WY, "status", new, r"Network status, Fri 19 June: (no incidents affecting supply|\d+ "
                            r"incidents? affecting supply\. See our live map)")
    full(AB, "data", old, r"05\.03\.2016")
    full(AB, "data", new, "Publicat: vineri, 19 iunie 2020")
    full(FW, "wanthi", old, r"5 มี\.ค\. 59")
    full(FW, "wanthi", new, rf"อัปเดต 19 มิถุนายน 2563 \| {clock} น\.")
    full(FW, "dapfai", new, "ประกาศงดจ่ายไฟ ประจำวันศุกร์ที่ 19 มิถุนายน")
    full(MK, "taarich", old, "05/03/2016")
    full(MK, "taarich", new, "יום שישי, 19 ביוני 2020")
    full(MB, "dated", old, "Posted on: March 5, 2016")
    full(MB, "dated", new, r"NEWS FLASH \| 6/19/2020")
    full(EM, "date", old, "Publié le 5 mars 2016")
    full(EM, "date", new, "19/06/2020 · Actualités")
    full(TN, "data", old, r"Comunicat – 05\.03\.2016")
    full(TN, "data", new, rf"vineri, 19 iunie 2020, ora {clock}")
    full(DY, "imerominia", old, "Ημερομηνία: 05/03/2016")
    full(DY, "imerominia", new, "Δημοσιεύθηκε: Παρασκευή 19 Ιουνίου 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WW, "dated", day).startswith("Last updated") == (day >= WW_REDESIGN)
        assert on(KM, "date", day).startswith("Publié") == (day < KM_REDESIGN)
        assert ("/" in on(DK, "imerominia", day)) == (day < DK_REDESIGN)
        assert on(OD, "dated", day).startswith("Updated") == (day >= OD_REDESIGN)
        assert on(WY, "dated", day).startswith("Posted on") == (day >= WY_REDESIGN)
        assert on(AB, "data", day).startswith("Publicat") == (day >= AB_REDESIGN)
        assert on(FW, "wanthi", day).startswith("อัปเดต") == (day >= FW_REDESIGN)
        assert str(be_year(day.year))[2:] in on(FW, "wanthi", day)
        assert ("/" in on(MK, "taarich", day)) == (day < MK_REDESIGN)
        assert on(MB, "dated", day).startswith("NEWS FLASH") == (day >= MB_REDESIGN)
        assert on(EM, "date", day).startswith("Publié") == (day < EM_REDESIGN)
        assert on(TN, "data", day).startswith("Comunicat") == (day < TN_REDESIGN)
        assert on(DY, "imerominia", day).startswith("Δημοσιεύθηκε") == (day >= DY_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_month_and_season() -> None:
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    weekly = changes(WW, "cheapest")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    oil = changes(DK, "petrelaio")  # each Monday of the season, and its first and last days
    assert {day for day in oil if day.weekday() != 0} == {
        day for y in YEARS_ for day in (d(y, 5, 1), d(y, 10, 15)) if day.weekday() != 0}
    assert all(heating_season(day) or (day.month, day.day) == (5, 1) for day in oil)
    assert sum(day.weekday() == 0 for day in oil) >= 150
    monthly = changes(KM, "gaz")
    assert len(monthly) == 71 and all(day.day == 1 for day in monthly)
    assert {day.day for day in changes(AB, "autocitire")} == {20, 26} | {AB_APP.day}
    assert changes(MK, "kria") == {d(y, m, 1) for y in YEARS_ for m in (1, 3, 5, 7, 9, 11)} - {
        d(2015, 1, 1)}
    assert changes(DY, "katametrisi") == {d(y, m, 1) for y in YEARS_ for m in (1, 5, 9)} - {
        d(2015, 1, 1)}
    assert changes(EM, "calendrier") == {d(y, 12, 10) for y in YEARS_}
    assert changes(MB, "ccr") == {d(y, 7, 1) for y in YEARS_}
    assert changes(MB, "seasonal") == {d(y, m, k) for y in YEARS_ for m, k in (
        (2, 1), (10, 20), (12, 16))}
    assert {day for day in changes(EM, "recyparcs") if day.year < 2020} == {
        d(y, m, 1) for y in YEARS_[:-1] for m in (4, 10)}
    assert "fermés" in on(EM, "recyparcs", d(2020, 4, 1))
    assert "rendez-vous" in on(EM, "recyparcs", d(2020, 5, 1))
    assert "20 octombrie" in on(TN, "ajutor", d(2019, 10, 1))
    assert "Asistență" in on(TN, "ajutor", d(2019, 11, 1))
    assert "בקיץ" in on(MK, "hashkaya", d(2019, 7, 1))
    assert "בחורף" in on(MK, "hashkaya", d(2019, 12, 1))
    snapshots = {m[1] for t in group_lines(SET, OD, "snapshot")
                 if (m := re.search(r": ([\d,]+) customers", norm(t)))}
    assert len(snapshots) >= 20


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, _ in SUPPLIER_FAILURES:
        assert "ceased trading" in on(WW, "banner", iso(first)), first
    for start in CAP_CHANGES:
        text = on(WW, "banner", iso(start))
        assert "price cap changes" in text or (start == "2020-04-01" and "coronavirus" in text)
    for y in range(2015, 2020):  # in 2020 a supplier's failure wins
        assert f"Big Energy Saving Week {y}" in on(WW, "banner", nth_weekday(y, 1, 0, 3)), y
    assert "ceased trading" in on(WW, "banner", nth_weekday(2020, 1, 0, 3))
    for y in YEARS_:
        assert f"Trêve hivernale {y}-{y + 1}" in on(KM, "bandeau", d(y, 11, 1)), y
        if y < 2020:
            assert f"le 31 mars {y}" in on(KM, "bandeau", d(y, 3, 31)), y
            pascha = orthodox_easter(y)
            assert f"Πάσχα {y}" in on(DK, "eidopoiisi", pascha), y
            assert "Paște" in on(AB, "program", pascha), y
            assert f"Πάσχα {y}" in on(DY, "eortes", pascha), y
            assert f"สงกรานต์ {be_year(y)}" in on(FW, "prakat", d(y, 4, 13)), y
            assert f"({y})" in on(MK, "hagim", iso(PESACH[y])), y
        rosh, shana = ROSH_HASHANA[y]
        assert shana in on(MK, "hagim", iso(rosh)) and "שנה טובה" in on(MK, "hagim", iso(rosh))
        assert "הכיפורים" in on(MK, "hagim", iso(YOM_KIPPUR[y])), y
        assert f"ปีใหม่ {be_year(y + 1)}" in on(FW, "prakat", d(y, 12, 31)), y
        assert f"Christmas {y}" in on(WY, "banner", d(y, 12, 24)), y
        assert f"decembrie {y}" in on(AB, "program", d(y, 12, 25)), y
        assert f"A început sezonul de încălzire {y}–{y + 1}" in on(TN, "agent",
                                                                   iso(TN_START[y])), y
        assert f"Revizii anuale {y}" in on(TN, "agent", d(y, 7, 15)), y
        assert on(TN, "agent", iso(TN_END[y])).startswith("Între sezoane"), y
        assert f"{y}–{y + 1}: căldura se furnizează" in on(TN, "agent", d(y, 12, 1)), y
        for day, name in us_holidays(y):
            if day.weekday() < 5:
                assert f"{name} week" in on(MB, "trash", day), (y, name)
            else:
                assert f"{name} week" not in on(MB, "trash", day), (y, name)
        for day, name in belgian_holidays(y):
            text = on(EM, "collecte", day)
            if day.weekday() < 5 and day != easter(2020) + one:
                assert f"({name}, " in text and "reportée au" in text, (y, name)
    for y in (2018, 2019):
        assert f"Chèque énergie {y}" in on(KM, "bandeau", d(y, 4, 10)), y
    assert "Confinement" in on(KM, "bandeau", d(2020, 4, 10))
    assert "Covid-19" in on(EM, "collecte", easter(2020) + one)
    for first, last, text in DK_STORMS:
        assert on(DK, "eidopoiisi", iso(first)) == text == on(DK, "eidopoiisi", iso(last))
    for first, last, name, _ in OD_STORMS:
        assert name in on(OD, "storm", iso(first)) and name in on(OD, "storm", iso(last))
    assert "Freeze-thaw" in on(WY, "banner", d(2018, 3, 1))
    assert "Record demand" in on(WY, "banner", d(2018, 7, 10))
    assert "Stay at home" in on(WY, "banner", d(2020, 4, 1))
    assert "Your 2019/20 bill" in on(WY, "banner", d(2019, 4, 1))
    assert "קבלת קהל" in on(MK, "hagim", iso(PESACH[2020]))
    assert "โควิด" in on(FW, "prakat", d(2020, 4, 13))
    assert "stării de urgență" in on(AB, "program", orthodox_easter(2020))
    assert "κορονοϊό" in on(DY, "eortes", d(2020, 11, 20))
    assert "Καλοκαίρι" in on(DY, "eortes", d(2019, 7, 20))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WW, "byline", WW_FACTCHECK, "By {author}", "Fact-checked"),
        (WW, "disclosure", WW_DISCLOSURE, "commission", "How we make money"),
        (WW, "banner", WW_COMPARE, "enter your postcode", "60+"),
        (KM, "auteur", KM_REDESIGN, "Par {author}", "Rédigé par"),
        (KM, "bandeau", KM_BANDEAU, "3 minutes", "40 fournisseurs"),
        (KM, "gaz", d(2019, 12, 1), "gaz au", "contrats en cours"),
        (DK, "vlaves", DK_APP, "όλο το 24ωρο", "εφαρμογής"),
        (DK, "eidopoiisi", DK_NEWSLETTER, "Facebook", "newsletter"),
        (OD, "data", OD_DATA, "public outage maps", "800 utilities"),
        (WY, "emergency", WY_EMERGENCY, "Leak, burst", "live incident map"),
        (AB, "dispecerat", AB_WHATSAPP, "0263 955 955", "WhatsApp"),
        (AB, "autocitire", AB_APP, "pe site", "aplicația"),
        (FW, "prakat", FW_LINE, "กดติดตามเพจ", "LINE"),
        (MK, "moked", MK_WHATSAPP, "*2345", "בוואטסאפ"),
        (MB, "pay", MB_PORTAL, "drive-through", "portal"),
        (EM, "pmc", EM_SAC_BLEU, "seulement", "Nouveau sac bleu"),
        (DY, "ypografi", DY_REDESIGN, "Ο Πρόεδρος", "Η Πρόεδρος")))
    assert on(EM, "copyright", EM_SC - one).endswith("SCRL")
    assert on(EM, "copyright", EM_SC).endswith("Meuse SC")
    assert_groups_reworded(SET, (
        (WW, "dated", " 20", "Last updated"),
        (WW, "byline", "By ", "Fact-checked"),
        (KM, "date", "Publié le", "Dernière mise à jour"),
        (DK, "imerominia", "/", ", "),
        (WY, "dated", "Published", "Posted on"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£1,137" in on(WW, "cap", d(2019, 1, 1)) and "standard variable" in on(
        WW, "cap", d(2018, 12, 31))
    assert "£1,042" in on(WW, "cap", d(2020, 12, 1))
    for domain, family in ((AB, "tarif"), (TN, "pret")):
        assert "TVA 24%" in on(domain, family, d(2015, 12, 31)), domain
        assert "TVA 20%" in on(domain, family, d(2016, 1, 1)), domain
        assert "TVA 19%" in on(domain, family, d(2017, 1, 1)), domain
    assert "ΦΠΑ 13%" in on(DY, "timologio", d(2019, 5, 31))
    assert "ΦΠΑ 6%" in on(DY, "timologio", d(2019, 6, 1))
    assert "FY2021" in on(MB, "rates", d(2020, 10, 1))
    assert "-12.43" in on(FW, "ft", d(2020, 9, 1)) and "ก.ย.-ธ.ค. 2563" in on(FW, "ft",
                                                                             d(2020, 9, 1))
    assert "+5,9 %" in on(KM, "trv", d(2019, 6, 1))
    fixes = [int(m[1].replace(",", "")) for t in group_lines(SET, WW, "cheapest")
             if (m := re.search(r"£([\d,]+) a year", norm(t)))]
    assert len(set(fixes)) >= 5 and all(700 <= x <= 1100 for x in fixes)
    oil = {m[1] for t in group_lines(SET, DK, "petrelaio")
           if (m := re.search(r"(\d,\d\d) €/λίτρο", norm(t)))}
    assert len(oil) >= 3


def test_several_languages_and_scripts() -> None:
    greek, hebrew, thai = r"[\u0370-\u03ff]", r"[\u0590-\u05ff]", r"[\u0e00-\u0e7f]"
    assert_groups_in_script(SET, (
        (DK, "diakopes", greek), (DK, "syntaktis", greek), (DK, "vlaves", greek),
        (DY, "anakoinosi", greek), (DY, "vlaves", greek), (DY, "katametrisi", greek),
        (MK, "moked", hebrew), (MK, "zchuyot", hebrew), (MK, "ezorim", hebrew),
        (FW, "muad", thai), (FW, "hotline", thai), (FW, "phuenthi", thai),
        (AB, "autocitire", r"[ăâîșț]"), (AB, "strazi", r"[ăâîșț]"), (TN, "sursa", r"[ăâîșț]"),
        (KM, "partenaires", r"[éèàùç]"), (EM, "contact", r"[éèàùç]")))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, FW, "wanthi"))
    assert any("พ.ค." in t or "มิ.ย." in t or "ต.ค." in t for t in group_lines(SET, FW, "wanthi"))
    assert any(re.search(r"\d ב[\u05d0-\u05ea]+ \d{4}", t) for t in group_lines(SET, MK,
                                                                               "taarich"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WW}/dated", f"{WW}/byline", f"{WW}/related", f"{WW}/kicker",
                         f"{WW}/copyright", f"{WW}/cap", f"{KM}/date", f"{KM}/auteur",
                         f"{KM}/decouvrir", f"{DK}/imerominia", f"{DK}/diakopes",
                         f"{DK}/perioxes", f"{OD}/dated"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WW}/company", f"{WW}/confidence", f"{KM}/partenaires", f"{KM}/mediateur",
        f"{DK}/pigi", f"{WW}/tip"))
    assert_carried_share(docs, WW, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("cheapest", 0.08, 0.32), ("banner", 0.22, 0.52), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, KM, [("date", 0.78, 0.98), ("pub", 0.3, 0.65),
                                    ("erratum", 0.0, 0.12)])
    for fam in (f"{WW}/related", f"{WW}/advert", f"{KM}/decouvrir", f"{KM}/pub",
                f"{DK}/diavaste", f"{DK}/diafimisi", f"{OD}/more"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WW, "tip"), (DK, "perioxes"), (OD, "utilities"), (WY, "boil"),
                               (AB, "strazi"), (FW, "phuenthi"), (MK, "ezorim"), (MB, "boil"),
                               (EM, "pmc"), (TN, "zone"), (DY, "diakopi")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WW, "correction", 16), (KM, "erratum"), (DK, "diorthosi"), (OD, "correction"),
        (WY, "update"), (AB, "erata"), (FW, "kaekhai"), (MK, "tikun"), (MB, "correction"),
        (EM, "erratum"), (TN, "erata"), (DY, "diorthosi")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WW}/related", "Related: "), (f"{KM}/decouvrir", "➜ À découvrir aussi : "),
        (f"{DK}/diavaste", "Διαβάστε επίσης: "), (f"{OD}/more", "MORE: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (WW, "advert", "Advertisement"), (KM, "pub", "— Publicité —"),
        (DK, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"), (FW, "khosana", "พื้นที่โฆษณา"), (WY, "ends", "– ENDS –"),
        (DY, "anakoinosi", "ΑΝΑΚΟΙΝΩΣΗ"), (AB, "comunicat", "Comunicat de presă")))
    assert_group_values_from_pool(SET, (
        (WW, "kicker", "kicker"), (KM, "rubrique", "rubrique"), (DK, "katigoria", "katigoria"),
        (AB, "tip", "tip"), (FW, "muad", "muad"), (MK, "sug", "sug")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WW, "advert", "Advertisement"),
        (OD, "safety", "Stay at least 35 feet away from downed power lines and call 911."),
        (DK, "diafimisi", "ΔΙΑΦΗΜΙΣΗ")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WW: (["banner", "confidence", "company", "copyright"], 3),
        KM: (["mediateur", "partenaires", "copyright"], 2),
        DK: (["vlaves", "pigi", "eidopoiisi", "copyright"], 3),
        OD: (["data", "alerts", "copyright"], 2),
        WY: (["ends", "about", "media", "copyright"], 3),
        AB: (["dispecerat", "program", "copyright"], 2),
        FW: (["hotline", "thima", "prakat", "copyright"], 2),
        MK: (["hagim", "hashkaya", "zchuyot"], 2),
        DY: (["vlaves", "eortes", "ypografi", "copyright"], 2)})


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
