"""The held-back-215 template set (`tests.bench.heldout_templates_215`): its localised dates
(printed day by day in English with British ordinal, American and New Zealand forms,
Croatian with its genitive months, Icelandic, Greek, Thai with the Buddhist-era year, later
in Thai digits or as its last two digits, and Spanish, several changing form on the day of a
redesign), the lines that turn every day, week and year (beach flags, ferry strikes and
sailing bans, a park's road status, road and weather reports, a mountain pass, an
archaeological site's free-entry days, this weekend's events, the visitor guide's year), the
opening hours and closures that follow the seasons, the calendars some notices follow
(Christmas and Advent, saints' days, Orthodox and Western Easter, Songkran, Loy Krathong and
Yi Peng, festivals, storms, heat waves, an eruption, shutdowns, cyclones, the pandemic), the
tourist taxes, fees and fares that change over the years, the lines in several languages and
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

from tests.bench.heldout_calendar import easter, orthodox_easter
from tests.bench.heldout_templates_215 import (
    AV_HIGHLANDS,
    AV_NEWSLETTER,
    AV_REDESIGN,
    AV_STORMS,
    AV_TAX,
    CH_CLOSED,
    CH_ENTRANCE,
    CH_LODGING,
    CH_REDESIGN,
    CH_RESPONSIBLE,
    CH_SHUTDOWNS,
    DA_PRICES,
    DA_REDESIGN,
    DM_CAMP,
    DM_REDESIGN,
    FIRST_DAY,
    KC_HUTS,
    KC_IVL,
    KC_REDESIGN,
    KC_TIAKI,
    LAST_DAY,
    LC_ASH,
    LC_PARK,
    LC_REDESIGN,
    LC_WHATSAPP,
    LOY_KRATHONG,
    NM_NEWSLETTER,
    NM_PARKING,
    NM_PRICES,
    NM_REDESIGN,
    NM_STORMS,
    NO_FARES,
    NO_NEWSLETTER,
    NO_REDESIGN,
    NO_STRIKES,
    NO_TAX,
    PK_REDESIGN,
    PK_TICKETS,
    PT_FEES,
    PT_LINE,
    PT_REDESIGN,
    TP_AGENDA,
    TP_REDESIGN,
    TP_TAX,
    TR_APP,
    TR_REDESIGN,
    TR_TAX,
    VEGETARIAN,
    be_year,
    first_advent,
    free_entry,
    labor_day,
    labour_day_nz,
    marine_park_closed,
    memorial_day,
    ridge_road_open,
    thai,
    value_on,
    weekend_of,
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

SET = "held-back-215"
SITES = ("Visit Northmoor", "TZ Rivina", "Νησιώτικος Οδηγός", "Visit Cedar Hollow",
         "Austurvegur", "ไปเที่ยวใต้", "Turismo de Portalet", "Kahurangi Coast i-SITE",
         "Δήμος Ανθηδόνας", "Park prirode Kosirina", "Turismo Lago Cóndor", "ดอยหมอกทราเวล")
NM, TR, NO, CH = ("visitnorthmoor.co.uk", "tz-rivina.hr", "nisiotikos.gr",
                  "visitcedarhollow.com")
AV, PT, TP, KC = ("austurvegur.is", "paitiewtai.com", "turismoportalet.es", "kahurangicoast.nz")
DA, PK, LC, DM = ("visitanthidona.gr", "pp-kosirina.hr", "turismolagocondor.gob.ar",
                  "doimoktravel.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((NM, "dated"), (TR, "datum"), (NO, "imerominia"), (CH, "dated"), (AV, "dagsetning"),
         (PT, "wanthi"), (TP, "fecha"), (KC, "dated"), (DA, "imerominia"), (PK, "datum"),
         (LC, "fecha"), (DM, "wanthi"))
# The lines that name the day they are printed on.
EVERY_DAY = ((NO, "aktoploia"), (CH, "park-status"), (AV, "faerd"), (TP, "playas"),
             (LC, "paso"), (PT, "update"))
# The notices that follow calendars.
BANNERS = ((NM, "weather"), (NM, "newsletter"), (TR, "obavijest"), (TR, "upozorenje"),
           (NO, "anakoinosi"), (AV, "frettabref"), (PT, "tesakan"), (TP, "agenda"),
           (KC, "road"), (DA, "anakoinosi"), (LC, "aviso"), (DM, "prakat"))
# Opening hours and closures that follow the seasons.
SEASONAL = ((NM, "centre-hours"), (TR, "radno-vrijeme"), (CH, "center-hours"),
            (AV, "halendi"), (AV, "opnun"), (PT, "uthayan"), (TP, "oficina"), (KC, "hours"),
            (DA, "arxaiologikos"), (PK, "ulazi"), (PK, "pozar"), (LC, "informes"),
            (DM, "mokkhwan"), (DM, "sen-thang"))
# Amounts in force from given days.
TABLES = ((NM, "parking", NM_PARKING), (TR, "pristojba", TR_TAX), (NO, "eisitirio", NO_FARES),
          (NO, "foros", NO_TAX), (CH, "entrance", CH_ENTRANCE), (CH, "lodging-tax", CH_LODGING),
          (PT, "kha-khao", PT_FEES), (TP, "ecotasa", TP_TAX), (KC, "hut-fees", KC_HUTS),
          (KC, "levy", KC_IVL), (PK, "ulaznice", PK_TICKETS), (LC, "parque", LC_PARK),
          (DM, "kang-tent", DM_CAMP), (AV, "gistinattaskattur", AV_TAX))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (NM, "weather"): "Heading onto the moors? Check the mountain weather forecast before you "
                     "set out.",
    (NM, "newsletter"): "Sign up to our e-newsletter for the latest events and offers",
    (TR, "obavijest"): "Pratite nas na Facebooku i Instagramu: @tzrivina",
    (TR, "upozorenje"): "Vremenska prognoza za Rivinu i okolicu: meteo.hr",
    (NO, "anakoinosi"): "Γραφτείτε στο newsletter μας για προσφορές και νέα από τα νησιά",
    (AV, "frettabref"): "Skráðu þig á póstlistann okkar",
    (PT, "tesakan"): "กดติดตามเพจไปเที่ยวใต้ ไม่พลาดทุกทริปทะเล",
    (TP, "agenda"): "Consulta la agenda de actividades de la semana",
    (KC, "road"): "Check road conditions before you travel: SH6 is a narrow, winding coastal "
                  "highway",
    (DA, "anakoinosi"): "Ακολουθήστε το Γραφείο Τουρισμού στο Facebook",
    (LC, "aviso"): "Seguinos en Instagram: @lagocondor.turismo",
    (DM, "prakat"): "ติดตามข่าวเที่ยวเหนือได้ที่เพจดอยหมอกทราเวล",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + SEASONAL + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((NM, "weekend"), (CH, "guide")), (
        FIRST_DAY, QUIET, d(2016, 3, 6), d(2017, 6, 17), d(2018, 5, 30), d(2019, 12, 10),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert weekend_of(d(2019, 6, 17)) == weekend_of(d(2019, 6, 22)) == (d(2019, 6, 22),
                                                                        d(2019, 6, 23))
    assert weekend_of(d(2019, 6, 23)) == (d(2019, 6, 22), d(2019, 6, 23))
    assert [first_advent(y) for y in (2015, 2016, 2017, 2020)] == [
        d(2015, 11, 29), d(2016, 11, 27), d(2017, 12, 3), d(2020, 11, 29)]
    assert memorial_day(2019) == d(2019, 5, 27) and labor_day(2019) == d(2019, 9, 2)
    assert labour_day_nz(2018) == d(2018, 10, 22)
    assert be_year(2018) == 2561 and thai(2561) == "๒๕๖๑"
    assert marine_park_closed(d(2019, 5, 16)) and not marine_park_closed(d(2019, 10, 16))
    assert ridge_road_open(d(2019, 5, 24)) and not ridge_road_open(d(2019, 5, 23))
    assert free_entry(d(2019, 9, 28)) and free_entry(d(2019, 11, 3))
    assert not free_entry(d(2019, 11, 10)) and not free_entry(d(2019, 9, 21))
    assert value_on(d(2018, 6, 30), TP_TAX).startswith("Impuesto") and "1 €" in value_on(
        d(2018, 7, 1), TP_TAX)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(NM, "dated", old, "Posted on 5th March 2016")
    full(NM, "dated", d(2016, 3, 22), "Posted on 22nd March 2016")
    full(NM, "dated", new, "Updated Friday 19 June 2020")
    full(NM, "weekend", new, r"This weekend in Northmoor \(20–21 June\): markets, guided walks "
                             r"and family days out")
    full(NM, "weekend", d(2019, 8, 28), r"This weekend in Northmoor \(31 August – 1 "
                                        r"September\): .*")
    full(TR, "datum", old, r"05\.03\.2016\.")
    full(TR, "datum", new, rf"Objavljeno: petak, 19\. lipnja 2020\. u {clock}")
    full(NO, "imerominia", old, "05/03/2016")
    full(NO, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020 - {clock}")
    full(NO, "aktoploia", new, "Ακτοπλοΐα, Παρασκευή 19 Ιουνίου: κανονικά τα δρομολόγια – "
                               "επιβεβαιώστε πριν ξεκινήσετε")
    full(CH, "dated", old, "Posted: 03/05/2016")
    full(CH, "dated", new, "Updated June 19, 2020")
    full(CH, "park-status", new, "Park status, Friday, Jun 19: Ridge Road open to Lookout Point")
    full(AV, "dagsetning", old, r"5\.3\.2016")
    full(AV, "dagsetning", new, rf"Föstudagur 19\. júní 2020 kl\. {clock}")
    full(PT, "wanthi", old, r"5 มี\.ค\. 2559")
    full(PT, "wanthi", new, r"โพสต์เมื่อวันศุกร์ที่ ๑๙ มิ\.ย\. ๒๕๖๓")
    full(PT, "update", new, "ราคาและเวลาเปิด-ปิดอัปเดตล่าสุด 19/6/2563 กรุณาโทรสอบถามก่อนเดินทาง")
    full(TP, "fecha", old, r"5 mar\. 2016")
    full(TP, "fecha", new, "Actualizado: 19/06/2020")
    full(TP, "playas", new, r"Estado de las playas hoy, viernes 19 de junio: bandera "
                            r"(verde|amarilla|roja) en Cala Roja y s'Arenal Petit")
    full(TP, "playas", d(2016, 1, 5), "Hoy, martes 5 de enero: playas sin servicio de "
                                      "socorrismo hasta el 1 de mayo")
    full(KC, "dated", old, "5 March 2016")
    full(KC, "dated", new, "Friday, 19 Jun 2020")
    full(DA, "imerominia", old, "Ανθηδόνα, 05/03/2016")
    full(DA, "imerominia", new, "Ανθηδόνα, 19 Ιουνίου 2020")
    full(PK, "datum", old, r"Objavljeno 5\. 3\. 2016\.")
    full(PK, "datum", new, r"19\. lipnja 2020\.")
    full(LC, "fecha", old, "Publicado el 5/3/2016")
    full(LC, "fecha", new, "Viernes 19 de junio de 2020")
    full(LC, "paso", new, "Paso Los Cóndores, viernes 19 de junio: cerrado por la emergencia "
                          "sanitaria")
    full(DM, "wanthi", old, r"5 มี\.ค\. 59")
    full(DM, "wanthi", new, "อัปเดต วันศุกร์ 19 มิถุนายน 2563")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The lines of EVERY_DAY name the weekday and the day, not the year: each turns every day.
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[-1:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(NM, "dated", day).startswith("Posted") == (day < NM_REDESIGN)
        assert on(TR, "datum", day).startswith("Objavljeno") == (day >= TR_REDESIGN)
        assert (" - " in on(NO, "imerominia", day)) == (day >= NO_REDESIGN)
        assert on(CH, "dated", day).startswith("Updated") == (day >= CH_REDESIGN)
        assert (" kl. " in on(AV, "dagsetning", day)) == (day >= AV_REDESIGN)
        assert bool(re.search(r"[0-9]", on(PT, "wanthi", day))) == (day < PT_REDESIGN)
        assert on(TP, "fecha", day).startswith("Actualizado") == (day >= TP_REDESIGN)
        assert ("," in on(KC, "dated", day)) == (day >= KC_REDESIGN)
        assert ("/" in on(DA, "imerominia", day)) == (day < DA_REDESIGN)
        assert on(PK, "datum", day).startswith("Objavljeno") == (day < PK_REDESIGN)
        assert on(LC, "fecha", day).startswith("Publicado") == (day < LC_REDESIGN)
        assert on(DM, "wanthi", day).startswith("อัปเดต") == (day >= DM_REDESIGN)
        year = str(be_year(day.year))
        assert (year[2:] in on(DM, "wanthi", day)) and (
            thai(be_year(day.year)) in on(PT, "wanthi", day) or year in on(PT, "wanthi", day))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_year() -> None:
    assert changes(NM, "weekend") == {day for day in every_day() if day.weekday() == 0}
    assert changes(CH, "guide") == {d(y, 1, 15) for y in range(2015, 2021)}
    assert "2019 Cedar Hollow" in on(CH, "guide", d(2020, 1, 14))
    for day in every_day():
        ferries = on(NO, "aktoploia", day)
        if day.isoformat() in NO_STRIKES:
            assert "απεργία της ΠΝΟ" in ferries, day
        status = on(CH, "park-status", day)
        if any(first <= day.isoformat() <= last for first, last in CH_SHUTDOWNS):
            assert "shutdown" in status, day
        elif not CH_CLOSED[0] <= day.isoformat() <= CH_CLOSED[1] and day.year != 2018:
            assert ("Ridge Road open" in status) == ridge_road_open(day), day
        if day.month in (11, 12, 1, 2, 3, 4) and day.isoformat() > "2020-05-24":
            assert "socorrismo" in on(TP, "playas", day)
        if day.isoformat() >= "2020-03-16":
            assert "emergencia sanitaria" in on(LC, "paso", day)
    for first, last, colour in AV_STORMS:
        assert f"{colour} viðvörun" in on(AV, "faerd", iso(first))
        assert f"{colour} viðvörun" in on(AV, "faerd", iso(last))
    flags = found(TP, "playas", r"bandera (verde|amarilla|roja)")
    assert flags == {"verde", "amarilla", "roja"}
    assert found(TP, "playas", r"(medusas)") == {"medusas"}
    assert found(NO, "aktoploia", r"(απαγορευτικό απόπλου)")
    assert found(AV, "faerd", r"(gul viðvörun)")
    assert found(LC, "paso", r"(nevadas)") and "ceniza" in on(LC, "paso", iso(LC_ASH[0]))


def test_opening_hours_follow_the_seasons() -> None:
    years = range(2015, 2021)
    assert changes(NM, "centre-hours") == {d(y, m, 1) for y in range(2015, 2020)
                                           for m in (4, 11)} | {
        d(2020, 3, 23), d(2020, 7, 4), d(2020, 11, 5), d(2020, 12, 3)}
    assert "closed during the national lockdown" in on(NM, "centre-hours", d(2020, 11, 20))
    assert changes(AV, "halendi") == {iso(f"{y}-{md}") for y, pair in AV_HIGHLANDS.items()
                                      for md in pair}
    assert changes(PT, "uthayan") == {d(y, m, dd) for y in range(2015, 2020)
                                      for m, dd in ((5, 16), (10, 16))} | {
        d(2020, 3, 23), d(2020, 7, 1), d(2020, 10, 16)}
    assert "15 พ.ค. 2563" in on(PT, "uthayan", d(2019, 12, 1))
    assert "2562" in on(PT, "uthayan", d(2019, 6, 1))
    assert changes(KC, "hours") == {easter(y) + 2 * one for y in range(2015, 2020)} | {
        labour_day_nz(y) - 2 * one for y in years} | {d(2020, 3, 23), d(2020, 5, 14)}
    assert changes(CH, "center-hours") == {memorial_day(y) for y in range(2015, 2020)} | {
        labor_day(y) + one for y in years} | {d(2020, 3, 17), d(2020, 6, 6)}
    assert changes(TR, "radno-vrijeme") >= {d(2019, 5, 1), d(2019, 6, 15), d(2019, 9, 16),
                                            d(2019, 10, 16), d(2020, 3, 19)}
    assert "8 do 21" in on(TR, "radno-vrijeme", d(2018, 8, 1))
    assert "8 do 14" in on(TR, "radno-vrijeme", d(2018, 1, 10))
    assert "lokuð" in on(AV, "opnun", d(2020, 4, 1)) and "8–20" in on(AV, "opnun", d(2017, 7, 1))
    assert "cerrada" in on(TP, "oficina", d(2020, 4, 1))
    assert changes(PK, "ulazi") == {d(y, m, 1) for y in years for m in (4, 6, 9, 11)}
    assert changes(PK, "pozar") == {d(y, m, 1) for y in years for m in (6, 10)}
    assert changes(DM, "sen-thang") == {d(y, m, 1) for y in years for m in (6, 11)}
    assert changes(DM, "mokkhwan") == {d(y, m, 1) for y in years for m in (2, 5)}
    assert "verano" in on(LC, "informes", d(2016, 1, 20))
    assert "invierno" in on(LC, "informes", d(2016, 7, 20))
    free = 0
    for day in every_day():
        site = on(DA, "arxaiologikos", day)
        if "ελεύθερη" in site:
            free += 1
            assert free_entry(day) and f"{day.day} " in site, day
        elif "εισιτήριο" in site:
            assert value_on(day, DA_PRICES) in site
            assert ("20:00" in site) == (4 <= day.month <= 10)
    assert free >= 6 * 10
    assert "κλειστός" in on(DA, "arxaiologikos", d(2020, 4, 18))


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for first, last, text in NM_STORMS:
        assert on(NM, "weather", iso(first)) == text == on(NM, "weather", iso(last))
    for y in range(2015, 2020):
        assert f"Christmas in Northmoor {y}" in on(NM, "newsletter", d(y, 12, 1))
        assert f"sv. Lovre {y}" in on(TR, "obavijest", d(y, 8, 10))
        assert f"Advent u Rivini {y}" in on(TR, "obavijest", first_advent(y))
        assert f"Advent u Rivini {y}" in on(TR, "obavijest", d(y + 1, 1, 6))
        assert f"Πάσχα {y}" in on(NO, "anakoinosi", orthodox_easter(y))
        assert f"Δεκαπενταύγουστος {y}" in on(NO, "anakoinosi", d(y, 8, 15))
        assert f"Gleðileg jól {y}" in on(AV, "frettabref", d(y, 12, 24))
        assert f"สงกรานต์ {be_year(y)}" in on(PT, "tesakan", d(y, 4, 13))
        assert f"ลอยกระทงริมทะเลใต้ ปี {be_year(y)}" in on(PT, "tesakan", iso(LOY_KRATHONG[y]))
        assert f"กินเจภูเก็ต {be_year(y)}" in on(PT, "tesakan", iso(VEGETARIAN[y]))
        assert f"Sant Antoni {y}" in on(TP, "agenda", d(y, 1, 16))
        assert f"Semana Santa {y}" in on(TP, "agenda", easter(y))
        assert f"Mare de Déu d'Agost {y}" in on(TP, "agenda", d(y, 8, 15))
        assert f"Καρναβάλι Ανθηδόνας {y}" in on(DA, "anakoinosi", orthodox_easter(y) - 48 * one)
        assert f"Πολιτιστικό Καλοκαίρι {y}" in on(DA, "anakoinosi", d(y, 8, 31))
        assert f"Fiesta Provincial de la Nieve {y}" in on(LC, "aviso", d(y, 8, 15))
        assert f"ยี่เป็ง {be_year(y)}" in on(DM, "prakat", iso(LOY_KRATHONG[y]))
        assert f"หน้าหนาว {be_year(y)}" in on(DM, "prakat", d(y, 12, 15))
    assert "Storm Ciara" in on(NM, "weather", d(2020, 2, 9))
    assert "stay local" in on(NM, "newsletter", d(2020, 4, 1))
    assert "toplinskog vala" in on(TR, "upozorenje", d(2017, 8, 3))
    assert "bura" in on(TR, "upozorenje", d(2019, 2, 25))
    assert "otkazana" in on(TR, "obavijest", d(2020, 4, 1))
    assert "Μένουμε σπίτι" in on(NO, "anakoinosi", d(2020, 4, 19))
    assert "Ferðagjöfina" in on(AV, "frettabref", d(2020, 8, 1))
    assert "Hafaldan 2019" in on(AV, "frettabref", d(2019, 7, 27))
    assert "เราเที่ยวด้วยกัน" in on(PT, "tesakan", d(2020, 8, 1))
    assert "Mascarilla" in on(TP, "agenda", d(2020, 8, 15))
    assert "Cyclone Gita" in on(KC, "road", d(2018, 2, 21))
    assert "Bridge washed out" in on(KC, "road", d(2019, 4, 1))
    assert "Alert Level 4" in on(KC, "road", d(2020, 4, 1))
    assert "#ΜένουμεΣπίτι" in on(DA, "anakoinosi", d(2020, 4, 1))
    assert "Calbuco" in on(LC, "aviso", iso(LC_ASH[0]))
    assert "Aislamiento" in on(LC, "aviso", d(2020, 8, 15))
    assert "ปิดอุทยาน" in on(DM, "prakat", d(2020, 4, 13))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (NM, "byline", NM_REDESIGN, "By {author}", "Words:"),
        (NM, "newsletter", NM_NEWSLETTER, "e-newsletter", "once a month"),
        (NM, "prices", NM_PRICES, "correct at the time", "short notice"),
        (TR, "autor", TR_REDESIGN, "Piše:", "Foto:"),
        (TR, "obavijest", TR_APP, "Facebooku", "aplikaciju"),
        (NO, "anakoinosi", NO_NEWSLETTER, "newsletter μας", "Κάθε Πέμπτη"),
        (CH, "recreate", CH_RESPONSIBLE, "pack out", "six feet"),
        (AV, "frettabref", AV_NEWSLETTER, "póstlistann", "fréttabréfið"),
        (PT, "tesakan", PT_LINE, "กดติดตามเพจ", "แอดไลน์"),
        (PT, "rueang", PT_REDESIGN, "เรื่อง: ", "เรื่องและภาพ"),
        (TP, "agenda", TP_AGENDA, "Consulta", "Agenda Portalet"),
        (KC, "tiaki", KC_TIAKI, "Respect our environment", "Tiaki Promise"),
        (LC, "aviso", LC_WHATSAPP, "Instagram", "WhatsApp")))
    assert_groups_reworded(SET, (
        (NM, "dated", "Posted on ", "Updated "),
        (NM, "byline", "By ", "Words: "),
        (TR, "datum", ".20", "Objavljeno: "),
        (NO, "imerominia", "/20", " - "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        assert on(domain, family, FIRST_DAY) == on(domain, family, d(2014, 6, 1))
        if domain == AV:
            continue
        assert value_on(FIRST_DAY, table) in on(domain, family, FIRST_DAY)
        for start, value in table:
            if iso(start) > FIRST_DAY:
                assert value in on(domain, family, iso(start)), (domain, start)
    assert "100 kr." in on(AV, "gistinattaskattur", d(2017, 8, 31))
    assert "300 kr." in on(AV, "gistinattaskattur", d(2017, 9, 1))
    assert "fellur niður" in on(AV, "gistinattaskattur", d(2020, 4, 1))
    assert on(TR, "pristojba", d(2020, 1, 1)).startswith("Turistička pristojba")
    assert on(TR, "pristojba", d(2019, 12, 31)).startswith("Boravišna pristojba")
    assert "$1.050" in on(LC, "parque", d(2020, 6, 1))
    fares = {m[1] for t in group_lines(SET, NO, "eisitirio")
             if (m := re.search(r"Καλλίνησος: ([\d,]+ €)", norm(t)))}
    assert len(fares) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (TR, "datum", r"\d"), (TR, "ulaz", r"^Ulaz\s+je"),
        (TR, "kontakt", r"[čćšžđ]"), (PK, "ulazi", r"Ulazi u park"),
        (NO, "enotita", r"[\u0370-\u03ff]"), (NO, "epivevaiosi", r"[\u0370-\u03ff]"),
        (DA, "deltio", r"ΔΕΛΤΙΟ"), (AV, "safetravel", r"[öþð]"),
        (AV, "hofundarrettur", r"[áéíóúýþæö]"), (PT, "muad", r"[\u0e00-\u0e7f]"),
        (PT, "copyright", r"[\u0e00-\u0e7f]"), (DM, "kiaokhong", r"[\u0e00-\u0e7f]"),
        (TP, "orientativa", r"[áéíóúñ]"), (LC, "contacto", r"[áéíóúñ]")))
    assert any(re.search(r"[๐-๙]", t) for t in group_lines(SET, PT, "wanthi"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, PT, "wanthi"))
    assert any("Nau mai" in t for t in group_lines(SET, KC, "welcome"))
    assert any("kl." in t for t in group_lines(SET, AV, "dagsetning"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{NM}/dated", f"{NM}/byline", f"{NM}/also-like", f"{NM}/kicker",
                         f"{NM}/stay", f"{NM}/copyright", f"{NM}/weekend", f"{TR}/datum",
                         f"{TR}/foto", f"{TR}/kategorija", f"{NO}/imerominia",
                         f"{NO}/diavaste"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{NM}/about", f"{NM}/copyright", f"{NM}/advert", f"{TR}/kontakt", f"{NO}/epivevaiosi",
        f"{NM}/prices"))
    assert_carried_share(docs, NM, [
        ("dated", 0.8, 0.98), ("also-like", 0.25, 0.55), ("correction", 0.0, 0.1),
        ("parking", 0.05, 0.3), ("newsletter", 0.15, 0.45), ("copyright", 0.3, 0.6)])
    assert_carried_share(docs, TR, [("datum", 0.8, 0.98), ("jezici", 0.03, 0.25),
                                    ("ispravak", 0.0, 0.12)])
    for fam in (f"{NM}/advert", f"{NO}/diafimisi"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((NM, "stay"), (NM, "also-like"), (NO, "diavaste"),
                               (TR, "foto"), (NO, "foto"), (CH, "upcoming"), (AV, "mynd"),
                               (PT, "khopkhun"), (KC, "book"), (DA, "plirofories")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (NM, "correction", 16), (TR, "ispravak"), (NO, "diorthosi"), (CH, "correction"),
        (AV, "leidretting"), (PT, "kaekhai"), (TP, "fe-de-erratas"), (KC, "correction"),
        (DA, "orthi-epanalipsi"), (PK, "ispravak"), (LC, "fe-de-erratas"), (DM, "kaekhai"),
        (KC, "sandflies")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{NM}/also-like", "You might also like: "), (f"{TR}/pogledajte", "Pogledajte i: "),
        (f"{NO}/diavaste", "Διαβάστε επίσης: "), (f"{CH}/related", "Related: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (NM, "advert", "Advertisement"), (NO, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"),
        (CH, "sponsored", "Sponsored"), (AV, "auglysing", "Auglýsing"),
        (TP, "publicidad", "PUBLICIDAD"), (DA, "deltio", "ΔΕΛΤΙΟ ΤΥΠΟΥ"),
        (TR, "jezici", "HR | EN | DE | IT"), (PT, "khosana", "พื้นที่โฆษณา")))
    assert_group_values_from_pool(SET, (
        (NM, "kicker", "kicker"), (TR, "kategorija", "kategorija"), (NO, "enotita", "enotita"),
        (CH, "category", "category"), (AV, "flokkur", "flokkur"), (PT, "muad", "muad"),
        (TP, "seccion", "seccion"), (PK, "vrsta", "vrsta")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NM, "advert", "Advertisement"),
        (TR, "ulaz", "Ulaz je slobodan."),
        (NO, "epivevaiosi", "Τα δρομολόγια και οι τιμές μπορεί να αλλάξουν. Επιβεβαιώνετε "
                            "πάντα με την ακτοπλοϊκή εταιρεία.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        NM: (["about", "copyright"], 2),
        TR: (["kontakt", "copyright"], 2),
        TP: (["orientativa", "ajuntament", "copyright"], 2),
        KC: (["contact", "copyright"], 2),
        DA: (["grafeio-typou", "epikoinonia", "copyright"], 2),
        PK: (["kontakt", "copyright"], 2),
        LC: (["contacto", "copyright"], 2)})


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
