"""The held-back-214 template set (`tests.bench.heldout_templates_214`): its localised dates
(printed day by day in English, Dutch, French, Latvian, Malay and Arabic with Levantine month
names and its switch to Arabic-Indic digits, several changing form on the day of a
redesign), the lines that turn every day, week and month (reservoir stocks, a dam's level,
bin weeks, the water-distribution week, a meter-reading deadline), the collection,
holiday-schedule, boil-water, drought, snow-clearing and fire-danger notices that follow
their calendars (Dutch, Belgian, Quebec, American, Latvian, Malaysian and Islamic holidays,
Christmas, the pandemic), the tariffs that change over the years, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import easter, thanksgiving
from tests.bench.heldout_templates_214 import (
    AB_APP,
    AB_REDESIGN,
    AB_TARIF,
    AB_WHATSAPP,
    AV_APP,
    AV_HEFFING,
    AV_KALENDER_APP,
    AV_PMD,
    AV_REDESIGN,
    BL_ASING,
    CHINESE_NEW_YEAR,
    DA_DIFTAR,
    DA_PMD,
    DA_REDESIGN,
    DEEPAVALI,
    DU_APP,
    DU_REDESIGN,
    DU_TARIFS,
    EID_ADHA,
    EID_FITR,
    FIRE_DANGER,
    FIRST_DAY,
    HARI_RAYA,
    HIJRI,
    HOSEPIPE_BAN,
    LAST_DAY,
    LIELA_TALKA,
    MB_ADVISORIES,
    MB_APP,
    MB_RATES,
    MB_REDESIGN,
    OR_ESPACE,
    OR_PRIX,
    OR_REDESIGN,
    RAMADAN,
    SA_ALERTES,
    SA_EBULLITION,
    SA_REDESIGN,
    SA_TAXES,
    SECHERESSE,
    SW_APP,
    SW_REDESIGN,
    SW_STORMS,
    SW_TAARIFA,
    WB_APP,
    WB_BILLS,
    WB_BOIL,
    WB_CUSTOMERS,
    WB_PSR,
    WB_REDESIGN,
    WC_CHARGE,
    WC_FOGO,
    WC_HARD_RUBBISH,
    WC_REDESIGN,
    ZJ_MAKSA,
    ZJ_REDESIGN,
    arabic,
    be_holidays,
    dam_level,
    deneigement_nights,
    lv_date,
    lv_from,
    lv_holidays,
    lv_on,
    mb_holidays,
    monday_of,
    reservoir_stocks,
    saturday_of,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-214"
SITES = ("Wyebrook Water", "Afvalbeheer Veenstreek", "Ville de Saint-Aubert",
         "City of Maple Bend", "Daugavmalas Ūdens", "Air Bernam", "مياه السهول",
         "Eau de la Vallée de l'Orvanne", "Denderafval", "Wattle Creek Shire Council",
         "Zaļā Josla", "Bersih Lembah")
WB, AV, SA, MB = ("wyebrookwater.co.uk", "avveenstreek.nl", "villesaintaubert.qc.ca",
                  "cityofmaplebend.gov")
DU, AB, SW, OR = ("daugavmalasudens.lv", "airbernam.com.my", "suhoolwater.jo",
                  "eau-orvanne.fr")
DA, WC, ZJ, BL = ("denderafval.be", "wattlecreek.vic.gov.au", "zalajosla.lv",
                  "bersihlembah.com.my")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WB, "dated"), (AV, "datum"), (SA, "date"), (MB, "dated"), (DU, "datums"),
         (AB, "tarikh"), (SW, "tarikh"), (OR, "date"), (DA, "datum"), (WC, "dated"),
         (ZJ, "datums"), (BL, "tarikh"))
# The lines that name the day they are printed on.
EVERY_DAY = ((WB, "stocks"), (AB, "paras"))
# The lines that turn every week or month.
WEEKLY = ((AV, "week"), (SW, "dor"), (WC, "bins"), (DU, "radijumi"))
# The notices that follow calendars.
BANNERS = ((WB, "supply"), (AV, "ophalen"), (SA, "eau"), (SA, "collecte"),
           (SA, "stationnement"), (MB, "collection"), (MB, "water"), (DU, "pazinojums"),
           (AB, "notis"), (SW, "tanwih"), (OR, "secheresse"), (DA, "ophaling"),
           (DA, "recyclagepark"), (WC, "fire"), (ZJ, "izvesana"), (BL, "kutipan"))
# Amounts in force from given days.
TABLES = ((WB, "bill", WB_BILLS), (WB, "notes", WB_CUSTOMERS), (AV, "heffing", AV_HEFFING),
          (SA, "taxes", SA_TAXES), (MB, "rates", MB_RATES), (DU, "tarifs", DU_TARIFS),
          (AB, "tarif", AB_TARIF), (SW, "taarifa", SW_TAARIFA), (OR, "prix", OR_PRIX),
          (DA, "diftar", DA_DIFTAR), (WC, "charge", WC_CHARGE), (ZJ, "maksa", ZJ_MAKSA))

QUIET = d(2015, 3, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (WB, "supply"): "Check for supply problems in your area: enter your postcode on our "
                    "website",
    (AV, "ophalen"): "Bekijk uw ophaaldagen in de digitale afvalkalender",
    (SA, "eau"): "Eau potable : aucun avis en vigueur sur le territoire de la Ville",
    (SA, "collecte"): "Consultez le calendrier des collectes 2015 en ligne",
    (MB, "collection"): "Trash and recycling are collected on your regular day this week.",
    (DU, "pazinojums"): "Pieslēdzieties e-pakalpojumiem un saņemiet rēķinu e-pastā",
    (AB, "notis"): "Semak status bekalan air di kawasan anda di laman web kami",
    (SW, "tanwih"): "للإبلاغ عن الأعطال والانقطاعات: مركز الاتصال 117",
    (OR, "secheresse"): "💧 Économisons l'eau : chaque geste compte",
    (DA, "ophaling"): "Raadpleeg je ophaalkalender op onze website of in de Recycle!-app",
    (ZJ, "izvesana"): "Atkritumu izvešanas grafiku meklējiet sadaļā “Grafiki”",
    (BL, "kutipan"): "Jadual kutipan: sisa domestik dua kali seminggu, sisa pukal sebulan "
                     "sekali",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 24), d(2018, 4, 1), d(2018, 7, 20),
        d(2019, 12, 20), d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert saturday_of(d(2019, 6, 21)) == d(2019, 6, 15) and saturday_of(d(2019, 6, 22)) == d(
        2019, 6, 22)
    assert arabic(2019) == "٢٠١٩" and arabic("2.5") == "٢٫٥"
    assert lv_date(d(2017, 6, 21)) == "2017. gada 21. jūnijs"
    assert lv_on(d(2017, 6, 21)) == "2017. gada 21. jūnijā"
    assert lv_from(d(2018, 3, 1)) == "2018. gada 1. marta"
    assert [day for day, name in mb_holidays(2020) if name == "Memorial Day"] == [d(2020, 5, 25)]
    assert (d(2019, 7, 21), "Nationale feestdag") in be_holidays(2019)
    assert lv_holidays(2018)[0][:2] == (d(2018, 3, 30), d(2018, 4, 2))
    nights = deneigement_nights()
    assert len(nights) >= 15 and all(n.month in (12, 1, 2, 3) for n in nights)
    assert all((b - a).days > 3 for a, b in zip(nights, nights[1:], strict=False))
    summer_2018 = [reservoir_stocks(d(2018, 9, k))[0] for k in range(1, 30)]
    summer_2017 = [reservoir_stocks(d(2017, 9, k))[0] for k in range(1, 30)]
    assert max(summer_2018) < min(summer_2017)
    assert all(0 < reservoir_stocks(day)[0] <= 100 for day in every_day()[::7])
    assert dam_level(d(2016, 4, 1)) < 60 < dam_level(d(2017, 4, 1))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # Saturday, Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WB, "dated", old, "Posted on 05/03/2016")
    full(WB, "dated", new, rf"Fri 19 Jun 2020 \| {clock}")
    full(WB, "stocks", new, r"Reservoir stocks on 19 June: \d\d% full \(normal for the time of "
                            r"year: \d\d%\)")
    full(AV, "datum", old, "05-03-2016")
    full(AV, "datum", new, "Gepubliceerd op vrijdag 19 juni 2020")
    full(AV, "week", new, "Deze week \\(week 25\\) halen wij op: grijze container \\(restafval\\) "
                          "en oud papier")
    full(SA, "date", old, "Publié le 2016-03-05")
    full(SA, "date", new, "Mis en ligne le vendredi 19 juin 2020")
    full(MB, "dated", old, "Posted on: March 5, 2016")
    full(MB, "dated", new, "Friday, June 19, 2020 · News Flash")
    full(DU, "datums", old, r"05\.03\.2016\.")
    full(DU, "datums", new, r"Piektdiena, 2020\. gada 19\. jūnijs")
    full(DU, "radijumi", new, r"Ūdens skaitītāja rādījumus par maija mēnesi iesniedziet līdz "
                              r"2020\. gada 25\. jūnijam\.")
    full(DU, "radijumi", d(2020, 12, 28), r".* par decembra mēnesi .* 2021\. gada 25\. "
                                          r"janvārim\.")
    full(AB, "tarikh", old, "05/03/2016")
    full(AB, "tarikh", new, "Jumaat, 19 Jun 2020")
    full(AB, "paras", new, r"Paras air Empangan Sungai Bernam pada 19 Jun 2020: \d\d\.\d%")
    full(SW, "tarikh", old, "5/3/2016")
    full(SW, "tarikh", new, "الجمعة، ١٩ حزيران ٢٠٢٠")
    full(SW, "dor", old, "برنامج توزيع المياه للأسبوع من السبت 5 آذار إلى الجمعة 11 آذار")
    full(SW, "dor", new, "برنامج توزيع المياه للأسبوع من السبت ١٣ حزيران إلى الجمعة ١٩ حزيران")
    full(OR, "date", old, "05/03/2016")
    full(OR, "date", new, "Publié le 19 juin 2020")
    full(DA, "datum", old, "05/03/2016")
    full(DA, "datum", new, "vrijdag 19 juni 2020")
    full(WC, "dated", old, "Published 5 March 2016")
    full(WC, "dated", new, "19 Jun 2020")
    full(WC, "bins", new, r"Bin week from Monday 15 June: red lid and (yellow lid \(recycling\)"
                          r"|green lid \(FOGO\))")
    full(ZJ, "datums", old, r"Publicēts: 05\.03\.2016")
    full(ZJ, "datums", new, r"2020\. gada 19\. jūnijā")
    full(BL, "tarikh", new, "Diterbitkan pada 19 Jun 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The reservoir stocks name the day and the month, not the year: they turn every day.
    assert len(changes(WB, "stocks")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[1:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WB, "dated", day).startswith("Posted") == (day < WB_REDESIGN)
        assert on(AV, "datum", day).startswith("Gepubliceerd") == (day >= AV_REDESIGN)
        assert on(SA, "date", day).startswith("Mis en ligne") == (day >= SA_REDESIGN)
        assert on(MB, "dated", day).endswith("News Flash") == (day >= MB_REDESIGN)
        assert ("gada" in on(DU, "datums", day)) == (day >= DU_REDESIGN)
        assert (not on(AB, "tarikh", day)[0].isdigit()) == (day >= AB_REDESIGN)
        assert bool(re.search(r"[0-9]", on(SW, "tarikh", day))) == (day < SW_REDESIGN)
        assert bool(re.search(r"[٠-٩]", on(SW, "dor", day))) == (day >= SW_REDESIGN)
        assert on(OR, "date", day).startswith("Publié") == (day >= OR_REDESIGN)
        assert ("/" in on(DA, "datum", day)) == (day < DA_REDESIGN)
        assert on(WC, "dated", day).startswith("Published") == (day < WC_REDESIGN)
        assert on(ZJ, "datums", day).startswith("Publicēts") == (day < ZJ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    mondays = changes(AV, "week")
    assert len(mondays) >= 300 and all(day.weekday() == 0 for day in mondays)
    saturdays = changes(SW, "dor")
    assert len(saturdays) >= 300 and all(day.weekday() == 5 for day in saturdays
                                         if day != SW_REDESIGN)  # the digits turn on a Tuesday
    bins = changes(WC, "bins")
    assert sum(day.weekday() == 0 for day in bins) >= 280
    assert all(day.weekday() == 0 or day.month in (12, 1) for day in bins)
    assert changes(DU, "radijumi") == {day for day in every_day() if day.day == 26}
    weeks = {m[1] for t in group_lines(SET, AV, "week")
             if (m := re.search(r"\(week (\d+)\)", norm(t)))}
    assert len(weeks) >= 10
    assert ("plasticzak" in on(AV, "week", AV_PMD - 7 * one)) != (
        "plasticzak" in on(AV, "week", AV_PMD - 14 * one))
    assert all("plasticzak" not in on(AV, "week", day) for day in every_day() if day >= AV_PMD)
    assert "FOGO" not in on(WC, "bins", WC_FOGO - one) + on(WC, "bins", WC_FOGO - 8 * one)
    assert "FOGO" in on(WC, "bins", WC_FOGO) + on(WC, "bins", WC_FOGO + 7 * one)
    levels = [float(m[1]) for t in group_lines(SET, AB, "paras")
              if (m := re.search(r": (\d+\.\d)%$", norm(t)))]
    assert levels and all(40 <= v <= 100 for v in levels)


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    # A British water company: boil water notices issued and lifted, the hosepipe ban.
    for issued, last, _, area in WB_BOIL:
        assert "Boil water notice" in on(WB, "supply", iso(issued)), issued
        assert f"{area} postcodes has been lifted" in on(WB, "supply", iso(last) + one)
    first, last = HOSEPIPE_BAN
    assert "hosepipe ban" in on(WB, "supply", first) and "ended" in on(WB, "supply", last + one)
    assert "Freeze-thaw" in on(WB, "supply", d(2018, 3, 1))
    assert "Coronavirus" in on(WB, "supply", d(2020, 4, 1))
    assert found(WB, "supply", r"Christmas (\d{4})") == {str(y) for y in range(2015, 2021)}
    # Dutch holidays on weekdays (King's Day 2019 was a Saturday).
    for y in range(2015, 2021):
        hemelvaart = easter(y) + 39 * one
        assert on(AV, "ophalen", hemelvaart).startswith("Hemelvaartsdag (donderdag"), y
        koningsdag = on(AV, "ophalen", d(y, 4, 27))
        # King's Day 2019 was a Saturday; in 2020 the pandemic's notice wins.
        assert koningsdag.startswith("Koningsdag") == (y not in (2019, 2020)), y
        assert f"Kerst en oud en nieuw {y}" in on(AV, "ophalen", d(y, 12, 28))
    assert "op afspraak" in on(AV, "ophalen", d(2020, 4, 27))
    # Quebec: boil-water notices, collections, winter parking and snow clearing.
    for first_day, last_day, secteur in SA_EBULLITION:
        assert f"Avis d'ébullition préventive en vigueur dans le {secteur}" in on(
            SA, "eau", iso(first_day))
        assert "a été levé" in on(SA, "eau", iso(last_day) + one)
    for y in range(2015, 2021):
        fete = d(y, 6, 24)
        assert on(SA, "collecte", fete).startswith("Fête nationale") == (fete.weekday() < 5)
        assert on(SA, "collecte", d(y, 12, 25)).startswith(f"Période des Fêtes {y}-{y + 1}")
        assert f"sapins naturels en janvier {y}" in on(SA, "collecte", d(y, 1, 10))
        assert "résidus verts" in on(SA, "collecte", d(y, 5, 15))
    assert on(SA, "collecte", d(2019, 3, 5)).startswith("Recevez les rappels")
    for night in deneigement_nights():
        assert "déneigement" in on(SA, "stationnement", night)
    assert "Info-travaux" in on(SA, "stationnement", d(2017, 7, 1))
    assert "15 novembre au 1er avril" in on(SA, "stationnement", d(2017, 11, 20)) or (
        d(2017, 11, 20) in deneigement_nights())
    # An American city: holiday weeks slide collection, water quality reports and advisories.
    for y in range(2015, 2021):
        assert f"Thanksgiving week: collection on and after Thursday, November " \
               f"{thanksgiving(y).day}" in on(MB, "collection", thanksgiving(y)), y
        assert f"Our {y - 1} Water Quality Report" in on(MB, "water", d(y, 7, 1)) or y == 2019
    assert "Bulk item pickup is paused" in on(MB, "collection", d(2020, 4, 15))
    for first_day, last_day, area in MB_ADVISORIES:
        assert f"Boil Water Advisory in effect for {area}" in on(MB, "water", iso(first_day))
        assert "rescinded" in on(MB, "water", iso(last_day) + one)
    # Latvia: Jāņi, 18 November, the centenary, the emergency, Lielā talka.
    for y in range(2015, 2021):
        assert "Līgo un Jāņu dienā" in on(DU, "pazinojums", d(y, 6, 22)), y
        assert "Līgo un Jāņu dienā" in on(ZJ, "izvesana", d(y, 6, 24)), y
        assert ("proklamēšanas" in on(DU, "pazinojums", d(y, 11, 18))) == (y != 2018), y
        assert f"Lieldienās, {y}. gada" in on(ZJ, "izvesana", easter(y) - 2 * one), y
    assert "simtgadē" in on(DU, "pazinojums", d(2018, 11, 18))
    assert "Ārkārtējās situācijas" in on(DU, "pazinojums", d(2020, 4, 1))
    assert found(ZJ, "izvesana", r"Lielā talka (\d{4})") == {str(y) for y in LIELA_TALKA}
    # Malaysia: Ramadan, Hari Raya, Chinese New Year, Deepavali, the movement control order.
    for y in range(2015, 2020):
        assert f"Ramadan {y}" in on(AB, "notis", iso(RAMADAN[y]) + 3 * one), y
        assert f"Hari Raya Aidilfitri {y}" in on(AB, "notis", iso(HARI_RAYA[y])), y
    for y in range(2015, 2021):
        assert f"Hari Raya Aidilfitri {y}" in on(BL, "kutipan", iso(HARI_RAYA[y])), y
        assert f"Tahun Baru Cina {y}" in on(BL, "kutipan", iso(CHINESE_NEW_YEAR[y])), y
        assert f"Deepavali {y}" in on(BL, "kutipan", iso(DEEPAVALI[y])), y
    assert "Catuan air" in on(AB, "notis", d(2016, 4, 1))
    assert "Perintah Kawalan Pergerakan" in on(AB, "notis", d(2020, 4, 24))
    # Arabic: Ramadan and the Eids with their Hijri years, storms, the curfew.
    for y in range(2015, 2021):
        hijri = arabic(HIJRI[y])
        if y < 2020:
            assert f"رمضان المبارك {hijri}" in on(SW, "tanwih", iso(RAMADAN[y]) + 2 * one), y
            assert f"عيد الفطر السعيد {hijri}" in on(SW, "tanwih", iso(EID_FITR[y])), y
        assert f"عيد الأضحى المبارك {hijri}" in on(SW, "tanwih", iso(EID_ADHA[y])), y
    for first_day, _ in SW_STORMS:
        assert "منخفض جوي" in on(SW, "tanwih", iso(first_day))
    assert "حظر التجول" in on(SW, "tanwih", iso(RAMADAN[2020]))
    # France: drought levels by summer.
    for _, last_day, niveau in SECHERESSE:
        assert f"niveau « {niveau} »" in on(OR, "secheresse", iso(last_day))
        assert "Économisons" in on(OR, "secheresse", iso(last_day) + one)
    # Flanders: holidays with their Saturday catch-up, the recycling parks' hours.
    for y in range(2015, 2021):
        for day, name in be_holidays(y):
            text = on(DA, "ophaling", day)
            assert text.startswith(name) == (day.weekday() < 5), (day, name)
            if day.weekday() < 5:
                assert "ingehaald op zaterdag" in text
        assert on(DA, "recyclagepark", d(y, 7, 1)).startswith("Zomeruren"), y
        assert on(DA, "recyclagepark", d(y, 12, 1)).startswith("Winteruren"), y
    assert "gesloten" in on(DA, "recyclagepark", d(2020, 4, 1))
    assert "reservatie" in on(DA, "recyclagepark", d(2020, 5, 1))
    # Australia: the Fire Danger Period and Christmas bins.
    for y, first_day in FIRE_DANGER.items():
        assert on(WC, "fire", iso(first_day)).startswith("🔥 Fire Danger Period:"), y
        assert on(WC, "fire", iso(first_day) - one).startswith("Burning off is allowed"), y
        assert on(WC, "fire", d(y, 4, 30)).startswith("🔥"), y
        assert on(WC, "fire", d(y, 5, 1)).startswith("Burning off is allowed"), y
        assert "Christmas Day" in on(WC, "bins", d(y, 12, 25)), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WB, "supply", WB_APP, "enter your postcode", "Wyebrook Water app"),
        (WB, "leak", WB_APP, "24/7 on", "app"),
        (WB, "psr", WB_PSR, "Join our free", "0808 157 0380"),
        (AV, "ophalen", AV_KALENDER_APP, "digitale afvalkalender", "VeenAfval-app"),
        (AV, "app", AV_APP, "herinnering", "meldingen"),
        (SA, "collecte", SA_ALERTES, "calendrier des collectes", "alertes"),
        (MB, "collection", MB_APP, "this week.", "7 a.m."),
        (MB, "alerts", MB_APP, "Maple Bend Alerts", "app"),
        (DU, "pazinojums", DU_APP, "e-pakalpojumiem", "Mans Ūdens"),
        (DU, "avarijas", DU_APP, "(bezmaksas)", "lietotnē"),
        (DU, "kvalitate", DU_REDESIGN, "prasībām.", "Testēšanas"),
        (AB, "notis", AB_APP, "laman web", "aplikasi"),
        (AB, "aduan", AB_WHATSAPP, "Pusat Khidmat", "WhatsApp"),
        (SW, "tanwih", SW_APP, "مركز الاتصال", "تطبيق"),
        (OR, "espace", OR_ESPACE, "agence en ligne", "espace abonné"),
        (DA, "pmd", DA_PMD, "PMD-zak", "P+MD"),
        (WC, "hard-rubbish", WC_HARD_RUBBISH, "two free", "one free"),
        (BL, "kutipan", BL_ASING, "dua kali seminggu", "asingkan")))
    assert_groups_reworded(SET, (
        (WB, "dated", "Posted on", " | "),
        (AV, "datum", "-20", "Gepubliceerd"),
        (SA, "date", "Publié le 20", "Mis en ligne"),
        (MB, "dated", "Posted on:", "News Flash"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        in_force = [(start, value) for start, value in table if iso(start) <= FIRST_DAY][-1:]
        for start, value in in_force + [row for row in table if iso(row[0]) > FIRST_DAY]:
            day = max(iso(start), FIRST_DAY)
            for part in value.split("|"):
                assert part in on(domain, family, day), (domain, start)
    assert "£402" in on(WB, "bill", d(2020, 6, 1)) and "2020/21" in on(WB, "bill", d(2020, 6, 1))
    assert "2019/20" in on(WB, "bill", d(2020, 3, 31))
    assert "FY2019" in on(MB, "rates", d(2018, 7, 1)) and "FY2018" in on(MB, "rates",
                                                                         d(2018, 6, 30))
    assert "no 2019. gada 1. decembra: 1,63" in on(DU, "tarifs", d(2020, 1, 1))
    assert "1/7/2016" in on(SW, "taarifa", d(2017, 1, 1))
    bills = {m[1] for t in group_lines(SET, WB, "bill") if (m := re.search(r"£(\d+)", norm(t)))}
    assert len(bills) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SW, "maktab", r"[\u0600-\u06ff]"), (SW, "shakawa", r"[\u0600-\u06ff]"),
        (SW, "iqra", r"[\u0600-\u06ff]"), (DU, "avarijas", r"[āēīūšžņļķģč]"),
        (ZJ, "maksa", r"[āēīūšžņļķģč]"), (SA, "date", r"[ée]"),
        (OR, "urgence", r"[éèàù]|24 h"), (AB, "aduan", r"\b(hubungi|Aduan|Pusat|jam)\b"),
        (AV, "klantenservice", r"Klantenservice|uur|info@"), (DA, "volg", r"^Volg\b")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, SW, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, SW, "tarikh"))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, SW, "dor"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WB}/dated", f"{WB}/byline", f"{WB}/related", f"{WB}/category",
                         f"{WB}/caption", f"{WB}/notes", f"{AV}/datum", f"{AV}/tip",
                         f"{SA}/date", f"{SA}/fermeture", f"{MB}/dated"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WB}/ends", f"{WB}/media", f"{WB}/company", f"{AV}/delen", f"{AV}/klantenservice",
        f"{SA}/source", f"{SA}/information"))
    assert_carried_share(docs, WB, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("stocks", 0.06, 0.32), ("ends", 0.35, 0.65)])
    assert_carried_share(docs, AV, [("datum", 0.78, 0.97), ("delen", 0.25, 0.55),
                                    ("correctie", 0.0, 0.12)])
    assert max(per_doc(docs, f"{WB}/related")) == 2
    assert_once_per_page(SET, ((WB, "caption"), (AV, "tip"), (SA, "fermeture"),
                               (MB, "closure"), (DU, "darbi"), (AB, "kawasan"),
                               (SW, "manatiq"), (OR, "coupure")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WB, "correction", 16), (AV, "correctie"), (SA, "erratum"), (MB, "correction"),
        (DU, "labojums"), (AB, "pembetulan"), (SW, "tashih"), (OR, "rectificatif"),
        (DA, "rechtzetting"), (WC, "correction"), (ZJ, "labojums"), (BL, "pembetulan")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WB}/related", "Related: "), (f"{AV}/lees-ook", "Lees ook: "),
        (f"{SA}/lire", "À lire aussi : "), (f"{DU}/lasiet", "Lasiet arī: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (WB, "ends", "ENDS"), (AV, "delen", "Deel dit bericht"),
        (MB, "return", "⇐ Return to full list"), (MB, "translate", "Select Language ▼"),
        (DA, "volg", "Volg ons op Facebook en Instagram"), (BL, "iklan", "Iklan")))
    assert_group_values_from_pool(SET, (
        (WB, "category", "category"), (AV, "rubriek", "rubriek"), (SA, "categorie",
                                                                    "categorie"),
        (MB, "dept", "dept"), (DU, "sadala", "sadala"), (AB, "kategori", "kategori"),
        (SW, "qism", "qism"), (OR, "rubrique", "rubrique"), (DA, "gemeente", "gemeente")))
    areas = pool(SET, AB, "kawasan")
    for text in group_lines(SET, AB, "kawasan"):
        listed = norm(text).removeprefix("Kawasan terjejas: ").split(", ")
        assert set(listed) <= areas or len(text.split()) < 3, text


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WB, "ends", "ENDS"),
        (AV, "delen", "Deel dit bericht"),
        (MB, "return", "⇐ Return to full list")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WB: (["ends", "notes", "media", "company"], 3),
        AV: (["klantenservice", "copyright"], 2),
        SA: (["information", "source", "copyright"], 2),
        DU: (["adrese", "autortiesibas"], 2),
        AB: (["dikeluarkan", "hakcipta"], 2),
        SW: (["shakawa", "maktab", "huquq"], 2),
        WC: (["contact", "country", "share", "copyright"], 2)})


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
