"""The held-back-218 template set (`tests.bench.heldout_templates_218`): its localised dates
(printed day by day in English in American and British order, Spanish, Romanian, Arabic with
Gulf and Levantine month names, Indonesian with WIB and Finnish, several changing form on the
day of a redesign), the lines that turn every day, week and month (emergency-department wait
times, the emergency unit's patients of the day before, "page last reviewed", the county's
flu activity, the staff flu-jab uptake, a measles count, a surgical waiting list), the
visiting-hours notices and vaccination banners by calendar (flu seasons and campaigns in both
hemispheres, norovirus winters, Ramadan, the Eids, the Hajj season, Lebaran, Indonesia's
immunisation campaigns and National Health Day, Romania's measles epidemic and heat waves,
European Immunisation Week, National Public Health Week, Midsummer, Christmas, the 2020
pandemic), the notices reworded by date, the fees and counts that change over the years, the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_218 import (
    AV_111_FIRST,
    AV_APPEAL,
    AV_NOROVIRUS,
    AV_OPEN_VISITING,
    AV_PARKING,
    AV_REDESIGN,
    AV_STAFF,
    BPJS_KELAS_I,
    CP_AISLAMIENTO,
    CP_ANTIGRIPAL,
    CP_DIRECTOR,
    CP_REDESIGN,
    CP_WHATSAPP,
    DS_CANICULA,
    DS_PROGRAM,
    DS_RUJEOLA,
    DS_VACCINARE,
    FIRST_DAY,
    HC_APP,
    HC_DISCLAIMER,
    HC_ER_WAITS,
    HC_FLU_SEASONS,
    HC_REDESIGN,
    HC_SECTION_1557,
    HC_SYSTEM,
    IDUL_FITRI,
    KH_116117,
    KH_AJANVARAUS,
    KH_INFLUENSSA,
    KH_MAKSU,
    KH_REDESIGN,
    KH_ROKOTUS,
    KH_WAIT,
    KJ_MAKSUT,
    KJ_REDESIGN,
    KJ_TAKAISINSOITTO,
    LAST_DAY,
    MC_ACCREDITED,
    MC_REDESIGN,
    NH_APP,
    NH_REDESIGN,
    RAMADAN,
    SJ_GDPR,
    SJ_GRIPA,
    SJ_ONLINE,
    SJ_PATURI,
    SJ_REDESIGN,
    SJ_RUJEOLA,
    SJ_TELVERDE,
    SJ_UPU,
    SK_DAFTAR,
    SK_REDESIGN,
    SN_REDESIGN,
    SN_WHATSAPP,
    SV_APP,
    SV_GRIPE,
    SV_REDESIGN,
    YEARS,
    flu_season_start,
    friday_of,
    juhannusaatto,
    measles_cases,
    public_health_week,
    ro_count,
    thousands,
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

SET = "held-back-218"
SITES = ("Hillcrest Health", "Ashbourne Valley Hospitals", "Servicio de Salud de Valdelobos",
         "Spitalul Clinic Județean de Urgență Sânmihai", "هيئة النخيل للصحة", "RSUD Sukamaju",
         "Kaakkois-Hämeen sairaanhoitopiiri", "Marlow County Health Department",
         "Clínica del Parque Sur", "Direcția de Sănătate Publică Mureșel",
         "مستشفى السنابل التخصصي", "Kuusijärven terveyskeskus")
HC, AV, SV, SJ = ("hillcresthealth.org", "ashbournevalley.nhs.uk", "saludvaldelobos.es",
                  "scjusanmihai.ro")
NH, SK, KH, MC = ("nakheelhealth.ae", "rsudsukamaju.go.id", "khshp.fi",
                  "marlowcountyhealth.org")
CP, DS, SN, KJ = ("clinicaparquesur.com.ar", "dspmuresel.ro", "sanabelhospital.jo",
                  "kuusijarventerveys.fi")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((HC, "dated"), (AV, "dated"), (SV, "fecha"), (SJ, "data"), (NH, "tarikh"),
         (SK, "tanggal"), (KH, "pvm"), (MC, "dated"), (CP, "fecha"), (DS, "data"),
         (SN, "tarikh"), (KJ, "pvm"))
# The lines that name the day they are printed on.
EVERY_DAY = ((NH, "tahdith"), (MC, "reviewed"))
# The lines that turn each day from a launch day on.
LAUNCHED = ((HC, "er-wait", HC_ER_WAITS), (SJ, "upu", SJ_UPU), (KH, "paivystys", KH_WAIT))
# The notices that follow calendars.
BANNERS = ((HC, "visitors"), (HC, "campaign"), (AV, "ae"), (AV, "visiting"), (SV, "campana"),
           (SJ, "vizite"), (SJ, "programari"), (NH, "mawaid"), (NH, "hamla"), (SK, "besuk"),
           (SK, "info"), (KH, "vierailu"), (KH, "rokotus"), (MC, "banner"), (MC, "clinic"),
           (CP, "campana"), (DS, "alerta"), (SN, "ziyara"), (KJ, "aukiolo"))
# Amounts in force from given days.
TABLES = ((HC, "about", HC_SYSTEM), (AV, "notes", AV_STAFF), (AV, "parking", AV_PARKING),
          (SJ, "paturi", SJ_PATURI), (SK, "iuran", BPJS_KELAS_I), (KH, "maksu", KH_MAKSU),
          (KJ, "maksut", KJ_MAKSUT))

QUIET = d(2015, 5, 12)  # a day none of the notices but the clinic's turns for an event
FIRST_WORDINGS = {
    (HC, "visitors"): "Visiting hours are 9 a.m. to 9 p.m. daily. Quiet hours begin at 10 p.m.",
    (HC, "campaign"): "Sign up for Healthy Living, our free monthly e-newsletter",
    (AV, "visiting"): "Visiting hours on our wards are 2pm to 8pm. Please check with the ward "
                      "before you visit.",
    (SV, "campana"): "Pide cita con tu médico de familia en la web o en el 941 555 060",
    (SJ, "vizite"): "Program de vizită: luni–vineri 15:00–20:00; sâmbătă și duminică "
                    "10:00–20:00.",
    (NH, "hamla"): "احجز موعدك عبر الموقع الإلكتروني أو اتصل بمركز الاتصال 800 6425",
    (SK, "besuk"): "Jam besuk: pukul 11.00–13.00 dan 17.00–19.00 WIB. Anak di bawah 12 tahun "
                   "dilarang masuk ruang perawatan.",
    (KH, "vierailu"): "Vierailuaika osastoilla on klo 12–20.",
    (MC, "banner"): "Sign up for county emergency alerts: text ALERTS to 555-888",
    (DS, "alerta"): "Informații despre vaccinuri și calendarul de vaccinare: "
                    "dspmuresel.ro/vaccinare",
    (SN, "ziyara"): "أوقات الزيارة: يومياً من 11 صباحاً حتى 1 ظهراً ومن 4 عصراً حتى 8 مساءً",
    (KJ, "aukiolo"): "Terveysasema on avoinna ma–to klo 8–16 ja pe klo 8–14.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES + LAUNCHED) + (
        (AV, "flu-fighters"), (SV, "lista-espera"), (MC, "flu-activity"), (DS, "rujeola")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 10, 2), d(2018, 4, 15), d(2019, 11, 18),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert [juhannusaatto(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 6, 19), d(2016, 6, 24), d(2019, 6, 21), d(2020, 6, 19)]
    assert [public_health_week(y) for y in (2015, 2018, 2020)] == [
        d(2015, 4, 6), d(2018, 4, 2), d(2020, 4, 6)]
    assert friday_of(d(2019, 6, 23)) == friday_of(d(2019, 6, 21)) == d(2019, 6, 21)
    assert ro_count(12, "cazuri") == "12 cazuri" and ro_count(160, "cazuri") == "160 de cazuri"
    assert ro_count(105, "cazuri") == "105 cazuri" and ro_count(200, "cazuri") == "200 de cazuri"
    assert thousands(12345, ".") == "12.345" and thousands(987, ".") == "987"
    assert flu_season_start(d(2018, 2, 1)) == 2017 and flu_season_start(d(2018, 6, 1)) is None
    assert measles_cases(d(2017, 3, 31)) == 160


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HC, "dated", old, "Posted on March 5, 2016")
    full(HC, "dated", new, r"June 19, 2020 · \d+ min read")
    full(HC, "dated", d(2019, 9, 3), r"Sept\. 3, 2019 · \d+ min read")
    full(HC, "er-wait", old, "In a medical emergency, call 911 or go to the nearest emergency "
                             "room.")
    full(HC, "er-wait", new, rf"ER wait times: Main Campus \d+ min · North Campus \d+ min "
                             rf"\(updated {clock12}\)")
    full(AV, "dated", old, "Published: 05/03/2016")
    full(AV, "dated", new, "Friday 19 June 2020")
    full(AV, "flu-fighters", old, "Join our team: search our current vacancies on NHS Jobs")
    full(AV, "flu-fighters", d(2019, 11, 18), r"Flu fighters 2019/20: \d\d% of our frontline "
                                              r"staff have had their flu jab so far\. Have you\?")
    full(SV, "fecha", old, "Valdelobos, 5 de marzo de 2016")
    full(SV, "fecha", new, rf"Viernes, 19 de junio de 2020 · {clock} h")
    full(SV, "lista-espera", new, r"Lista de espera quirúrgica a 30 de abril de 2020: "
                                  r"\d\d\.\d\d\d pacientes, con una demora media de \d+ días\.")
    full(SJ, "data", old, "Publicat: 05.03.2016")
    full(SJ, "data", new, rf"vineri, 19 iunie 2020, ora {clock}")
    full(SJ, "upu", new, r"UPU: ieri, 18 iunie, s-au prezentat \d+ (de )?pacienți, dintre care "
                         r"\d+ au fost internați\.")
    full(NH, "tarikh", old, "05/03/2016")
    full(NH, "tarikh", new, "الجمعة 19 يونيو 2020")
    full(NH, "tahdith", new, "آخر تحديث للصفحة: 19 يونيو 2020")
    full(SK, "tanggal", old, "Sabtu, 5 Maret 2016")
    full(SK, "tanggal", new, rf"Diposting 19/06/2020 {clock} WIB")
    full(KH, "pvm", old, "5.3.2016")
    full(KH, "pvm", new, rf"Julkaistu 19\.6\.2020 klo {clock}")
    full(KH, "paivystys", new, r"Päivystyksen arvioitu odotusaika pe 19\.6\.: kiireettömissä "
                               r"asioissa noin \d h\. Soita ensin Päivystysapuun 116117\.")
    full(MC, "dated", old, "March 5, 2016")
    full(MC, "dated", new, "Release date: 06/19/2020")
    full(MC, "flu-activity", old, "Flu activity in Marlow County, week ending February 27: "
                                  "(Minimal|Low|Moderate|High)")
    full(MC, "flu-activity", new, "Flu surveillance reports resume in October.")
    full(MC, "reviewed", new, "Page last reviewed: June 19, 2020")
    full(CP, "fecha", old, "05/03/2016")
    full(CP, "fecha", new, "Publicado el 19 de junio de 2020")
    full(DS, "data", new, "19.06.2020")
    full(DS, "rujeola", d(2017, 6, 25), r"Rujeolă în județ: \d+ de cazuri confirmate de la "
                                        r"începutul epidemiei \(situația la 23\.06\.2017\)")
    full(SN, "tarikh", old, "5 آذار 2016")
    full(SN, "tarikh", new, "الجمعة، 19-06-2020")
    full(KJ, "pvm", old, "Lauantai 5.3.2016")
    full(KJ, "pvm", new, "Päivitetty 19.6.2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    days = every_day()
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in days:
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(HC, "dated", day).startswith("Posted on") == (day < HC_REDESIGN)
        assert on(AV, "dated", day).startswith("Published:") == (day < AV_REDESIGN)
        assert on(SV, "fecha", day).startswith("Valdelobos") == (day < SV_REDESIGN)
        assert on(SJ, "data", day).startswith("Publicat:") == (day < SJ_REDESIGN)
        assert ("/" in on(NH, "tarikh", day)) == (day < NH_REDESIGN)
        assert on(SK, "tanggal", day).startswith("Diposting") == (day >= SK_REDESIGN)
        assert on(KH, "pvm", day).startswith("Julkaistu") == (day >= KH_REDESIGN)
        assert on(MC, "dated", day).startswith("Release date") == (day >= MC_REDESIGN)
        assert on(CP, "fecha", day).startswith("Publicado") == (day >= CP_REDESIGN)
        assert ("-" in on(SN, "tarikh", day)) == (day >= SN_REDESIGN)
        assert on(KJ, "pvm", day).startswith("Päivitetty") == (day >= KJ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(days), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for domain, family, launch in LAUNCHED:
        turned = changes(domain, family)
        after = [day for day in every_day() if day > launch]
        assert launch in turned and min(turned) == launch, (domain, family)
        assert len(turned) >= 0.95 * len(after), (domain, family)
    assert all(("116117" in on(KH, "paivystys", day)) == (day >= KH_116117)
               for day in every_day() if day >= KH_WAIT)
    weekly = changes(MC, "flu-activity")
    assert len(weekly) >= 150 and all(day.weekday() == 4 for day in weekly)
    levels = found(MC, "flu-activity", r": (\w+)$")
    assert levels == {"Minimal", "Low", "Moderate", "High"}
    uptake = changes(AV, "flu-fighters")
    assert all(day.weekday() == 0 or (day.month, day.day) in ((10, 1), (3, 1)) for day in uptake)
    assert {d(y, 10, 1) for y in YEARS} <= uptake and len(uptake) >= 50
    measles = changes(DS, "rujeola")
    assert len(measles) >= 160 and all(day.weekday() == 4 for day in measles)
    assert min(measles) == iso(DS_RUJEOLA[0][0])
    monthly = changes(SV, "lista-espera")
    assert monthly == {d(y, m, 20) for y in YEARS for m in range(1, 13)}
    waits = [int(m[1]) for t in group_lines(SET, SV, "lista-espera")
             if (m := re.search(r"demora media de (\d+) días", norm(t)))]
    assert waits and min(waits) < 110 < max(waits)


def test_visiting_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    assert on(CP, "campana", d(2015, 8, 20)) == "Guardia médica las 24 horas: Av. Rivadavia 8450"
    for first, last in HC_FLU_SEASONS:
        assert "Flu season" in on(HC, "visitors", iso(first)), first
        assert "Flu season" in on(HC, "visitors", iso(last)), last
        assert "Flu season" not in on(HC, "visitors", iso(last) + one), last
    assert "no visitors" in on(HC, "visitors", d(2020, 4, 1))
    assert "one healthy adult" in on(HC, "visitors", d(2020, 7, 1))
    assert "restricted again" in on(HC, "visitors", d(2020, 12, 20))
    for first, last in AV_NOROVIRUS:
        assert "Norovirus" in on(AV, "visiting", iso(first)), first
        assert "Norovirus" in on(AV, "visiting", iso(last)), last
    assert "suspended to protect" in on(AV, "visiting", d(2020, 5, 1))
    assert "appointment only" in on(AV, "visiting", d(2020, 9, 1))
    assert "suspended again" in on(AV, "visiting", d(2020, 11, 20))
    for first, last in SJ_GRIPA:
        assert "epidemiei de gripă" in on(SJ, "vizite", iso(first)), first
        assert "epidemiei de gripă" in on(SJ, "vizite", iso(last)), last
    assert "stării de urgență" in on(SJ, "vizite", d(2020, 4, 1))
    assert "stării de alertă" in on(SJ, "vizite", d(2020, 8, 1))
    for first, last in KH_INFLUENSSA:
        assert "Influenssakausi" in on(KH, "vierailu", iso(first)), first
        assert "Influenssakausi" not in on(KH, "vierailu", iso(last) + one), last
    assert "vierailukielto" in on(KH, "vierailu", d(2020, 4, 1))
    assert "kasvomaskia" in on(KH, "vierailu", d(2020, 8, 1))
    assert "kiristyvät" in on(KH, "vierailu", d(2020, 12, 1))
    for y, (first, eid, arafah, hijri) in RAMADAN.items():
        if y < 2020:
            assert str(hijri) in on(NH, "mawaid", iso(first)), y
            assert "عيد فطر" in on(NH, "mawaid", iso(eid)), y
            assert "عيد أضحى" in on(NH, "mawaid", iso(arafah)), y
            assert str(hijri) in on(SN, "ziyara", iso(first)), y
            assert f"Idul Fitri {hijri} H" in on(SK, "besuk", iso(IDUL_FITRI[y])), y
    assert "كوفيد" in on(NH, "mawaid", d(2020, 4, 30))
    assert "منع الزيارات" in on(SN, "ziyara", d(2020, 4, 30))
    assert "مرافق واحد" in on(SN, "ziyara", d(2020, 7, 1))
    assert "ditiadakan" in on(SK, "besuk", d(2020, 5, 24))
    for y in YEARS:
        eve = juhannusaatto(y)
        assert f"Juhannusaattona {eve.day}.6.{y}" in on(KJ, "aukiolo", eve), y
        assert f"24.–26.12.{y}" in on(KJ, "aukiolo", d(y, 12, 24)), y
    assert "Koronaepäily" in on(KJ, "aukiolo", d(2020, 4, 1))


def test_vaccination_banners_follow_the_calendars() -> None:
    for y in YEARS:
        assert f"Nov. 30, {y}" in on(HC, "campaign", d(y, 10, 15)), y
        assert f"antigripal {y}-{y + 1}" in on(SV, "campana", iso(SV_GRIPE[y])), y
        assert f"sezonul {y}–{y + 1}" in on(SJ, "programari", d(y, 10, 10)), y
        assert f"الموسمية {y}" in on(NH, "hamla", d(y, 11, 1)), y
        assert f"ke-{y - 1964}" in on(SK, "info", d(y, 11, 12)), y
        assert f"Kausi-influenssarokotukset {y}–{y + 1}" in on(KH, "rokotus",
                                                               iso(KH_ROKOTUS[y])), y
        assert "flu shot clinics" in on(MC, "clinic", d(y, 10, 1)), y
        assert f"antigripal {y}" in on(CP, "campana", iso(CP_ANTIGRIPAL[y])), y
        first, _ = DS_VACCINARE[y]
        assert f"Vaccinării {y}" in on(DS, "alerta", iso(first)), y
        if y < 2020:
            assert f"April {public_health_week(y).day}–" in on(MC, "banner",
                                                              public_health_week(y)), y
            assert f"BIAS) November {y}" in on(SK, "info", d(y, 11, 20)), y
            assert f"({y})" in on(DS, "alerta", d(y, 10, 10)), y
            hijri, arafah = RAMADAN[y][3], iso(RAMADAN[y][2])
            assert f"حج {hijri}" in on(NH, "hamla", arafah - 20 * one), y
    assert "vaccines have arrived" in on(HC, "campaign", d(2020, 12, 20))
    assert "nurse line" in on(HC, "campaign", d(2020, 5, 1))
    assert "Estado de alarma" in on(SV, "campana", d(2020, 4, 10))
    assert "mascarilla" in on(SV, "campana", d(2020, 8, 1))
    assert "rujeolă" in on(SJ, "programari", iso(SJ_RUJEOLA[0]))
    assert "rujeolă" in on(SJ, "programari", d(2017, 6, 1))
    assert "închis" in on(SJ, "programari", d(2020, 4, 1))
    assert "PIN) Polio" in on(SK, "info", d(2016, 3, 10))
    assert "Measles Rubella" in on(SK, "info", d(2017, 9, 1))
    assert "COVID-19" in on(SK, "info", d(2020, 6, 1))
    assert "Drive-through" in on(MC, "clinic", d(2020, 10, 1))
    assert "appointment only" in on(MC, "clinic", d(2020, 6, 1))
    assert "COVID-19 information line" in on(MC, "banner", d(2020, 4, 6))
    assert "dengue" in on(CP, "campana", d(2016, 2, 1))
    assert "dengue" in on(CP, "campana", d(2020, 2, 1))
    assert "guardia respiratoria" in on(CP, "campana", d(2020, 8, 1))
    for first, last, code in DS_CANICULA:
        assert f"Cod {code} de caniculă" in on(DS, "alerta", iso(first)), first
        assert f"Cod {code}" in on(DS, "alerta", iso(last)), last
    assert "TELVERDE" in on(DS, "alerta", d(2020, 5, 1))
    assert "Winter 2020/21" in on(AV, "ae", d(2020, 12, 20))
    assert "111 First" in on(AV, "ae", d(2020, 12, 5))
    for y in range(2015, 2020):
        assert f"Winter {y}/{(y + 1) % 100}" in on(AV, "ae", d(y, 12, 20)), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HC, "byline", HC_REDESIGN, "By {author}", "{author_beat}"),
        (HC, "disclaimer", HC_DISCLAIMER, "informational purposes", "substitute"),
        (HC, "civil-rights", HC_SECTION_1557, "equal opportunity", "civil rights"),
        (HC, "tagline", HC_SECTION_1557, "Interpreter", "ATENCIÓN"),
        (HC, "campaign", HC_APP, "Healthy Living", "app"),
        (AV, "charity", AV_APPEAL, "extras", "COVID-19 appeal"),
        (AV, "visiting", AV_OPEN_VISITING, "2pm to 8pm", "open visiting"),
        (AV, "ae", AV_111_FIRST, "pharmacist", "111 First"),
        (SV, "campana", SV_APP, "en la web", "app"),
        (SV, "visitas", d(2020, 3, 11), "12:00", "restringen"),
        (SV, "visitas", d(2020, 6, 22), "restringen", "mascarilla"),
        (SJ, "atentii", SJ_TELVERDE, "foloase de la", "0800"),
        (SJ, "date-personale", SJ_GDPR, "677/2001", "2016/679"),
        (SJ, "programari", SJ_ONLINE, "8:00–14:00", "online"),
        (NH, "hamla", NH_APP, "مركز الاتصال", "تطبيقنا"),
        (SK, "penulis", SK_REDESIGN, "Penulis", "Editor"),
        (SK, "info", SK_DAFTAR, "Senin–Kamis", "JKN Mobile"),
        (KH, "rokotus", KH_AJANVARAUS, "03 555 1200", "verkossa"),
        (MC, "about", MC_ACCREDITED, "lives, works", "accredited"),
        (CP, "turnos", CP_WHATSAPP, "lunes a viernes", "WhatsApp"),
        (CP, "turnos", CP_AISLAMIENTO, "desde la web", "teleconsulta"),
        (CP, "director", CP_DIRECTOR, "Ferraro", "Arrieta"),
        (DS, "program", DS_PROGRAM, "luni–joi", "online"),
        (SN, "mawid", SN_WHATSAPP, "من السبت", "واتساب"),
        (KJ, "ajanvaraus", KJ_TAKAISINSOITTO, "ma–pe", "soitamme takaisin")))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            text = on(domain, family, max(iso(start), FIRST_DAY))
            parts = value if isinstance(value, tuple) else (value,)
            assert all(str(p) in text for p in parts), (domain, start)
    assert "free for NHS staff" in on(AV, "parking", d(2020, 6, 1))
    assert "Rp 150.000" in on(SK, "iuran", d(2020, 9, 1))
    assert "Rp 80.000" in on(SK, "iuran", d(2020, 5, 1))
    assert "6 hospitals" in on(HC, "about", d(2020, 6, 1))
    counts = sorted(int(n) for n in found(DS, "rujeola", r"în județ: (\d+)"))
    assert len(counts) >= 100 and counts[0] == 12 and counts[-1] == 455


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (NH, "ikhla", r"[\u0600-\u06ff]"), (NH, "mawaid", r"[\u0600-\u06ff]"),
        (SN, "ziyara", r"[\u0600-\u06ff]"), (SN, "tathqif", r"[\u0600-\u06ff]"),
        (SJ, "vizite", r"[ăâîșțĂÂÎȘȚ]"), (DS, "comunicat", r"[ăâîșțĂÂÎȘȚ]"),
        (KH, "lisatietoja", r"[äöÄÖ]"), (KJ, "hatanumero", r"[äöÄÖ]"),
        (SV, "aviso", r"[áéíóúñ]"), (CP, "aviso", r"[áéíóúñ]"),
        (SK, "bpjs", r"Kesehatan")))
    assert any(t.endswith("WIB") for t in group_lines(SET, SK, "tanggal"))
    assert any(re.search(r"(كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)", t)
               for t in group_lines(SET, SN, "tarikh"))
    assert any("ATENCIÓN" in t for t in group_lines(SET, HC, "tagline"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HC}/dated", f"{HC}/byline", f"{HC}/related", f"{HC}/er-wait",
                         f"{HC}/media", f"{HC}/kicker", f"{HC}/book", f"{AV}/dated",
                         f"{AV}/read-more", f"{SV}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HC}/disclaimer", f"{HC}/copyright", f"{AV}/media", f"{AV}/social", f"{SV}/aviso",
        f"{SV}/prensa"))
    assert_carried_share(docs, HC, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("er-wait", 0.08, 0.35), ("visitors", 0.15, 0.48)])
    assert_carried_share(docs, AV, [("ends", 0.35, 0.65), ("dated", 0.8, 0.99),
                                    ("flu-fighters", 0.05, 0.3)])
    for fam in (f"{HC}/related", f"{AV}/read-more", f"{SV}/relacionadas"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HC, "photo"), (AV, "pictured"), (SV, "foto"), (SJ, "vezi"),
                               (KH, "lue-myos"), (CP, "interesar"), (SN, "iqra")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HC, "correction", 16), (AV, "update"), (SV, "fe-de-erratas"), (SJ, "erata"),
        (NH, "tashih"), (SK, "ralat"), (KH, "korjaus"), (MC, "correction"), (CP, "errata"),
        (DS, "erata"), (SN, "tashih"), (KJ, "korjaus")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HC}/related", "Related: "), (f"{AV}/read-more", "Read more: "),
        (f"{SV}/relacionadas", "Noticias relacionadas: "), (f"{SJ}/vezi", "Vezi și: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AV, "ends", "ENDS"), (MC, "ends", "###"), (SV, "nota", "Nota de prensa"),
        (SJ, "comunicat", "Comunicat de presă"), (KH, "tiedote", "Tiedote"),
        (NH, "khabar", "خبر صحفي")))
    assert_group_values_from_pool(SET, (
        (HC, "kicker", "kicker"), (AV, "category", "category"), (SK, "kategori", "kategori"),
        (CP, "categoria", "categoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SV, "urgencias", "Ante una emergencia sanitaria, llama al 112."),
        (AV, "ends", "ENDS"),
        (HC, "disclaimer", "The content on this page is general information and is not a "
                           "substitute for professional medical advice. Always talk with your "
                           "doctor about your health.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HC: (["disclaimer", "media", "about", "copyright"], 3),
        AV: (["ends", "notes", "media", "social"], 3),
        SV: (["aviso", "urgencias", "prensa", "copyright"], 3),
        SJ: (["purtator", "paturi", "copyright"], 2),
        NH: (["markaz", "ilam", "huquq"], 2),
        SK: (["igd", "humas", "hak-cipta"], 2),
        KH: (["lisatietoja", "jaa", "copyright"], 2),
        MC: (["ends", "about"], 2),
        CP: (["director", "compartir", "copyright"], 2)})


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
