"""The held-back-169 template set (`tests.bench.heldout_templates_169`): its localised dates
(printed day by day in American English with Eastern summer and winter time, British
English, Brazilian and European Portuguese, Spanish, Urdu with its switch to Urdu digits,
Polish with the genitive months and Malay, several changing form on the day of a redesign),
the lines that turn every day and week ("page last reviewed", a trust's staff flu-jab uptake
to each Friday, a district's dengue cases by epidemiological week with the year's running
total), the visiting-hours, flu-season and campaign banners and the calendars they follow
(winter visitor restrictions, norovirus, Polish flu-season visiting bans, the pandemic, Hari
Raya, flu-vaccination seasons, Brazil's coloured months, heat plans, polio drives, Ramadan,
the dengue season, World Kidney Day, Giving Tuesday, World Diabetes Day, the 1% tax season,
ASEAN Dengue Day), the notices reworded over the years, the amounts that change, the lines in
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

from tests.bench.heldout_templates_169 import (
    FIRST_DAY,
    FLU_UPTAKE,
    HS_APP,
    HS_AVISO,
    HS_CVV,
    HS_DIRETOR,
    HS_REDESIGN,
    KH_111_FIRST,
    KH_111_ONLINE,
    KH_REDESIGN,
    KH_STAFF,
    KH_VISITING,
    LAST_DAY,
    MH_ABOUT,
    MH_BOOKING,
    MH_DISCLAIMER,
    MH_REDESIGN,
    PK_PEGAWAI,
    PK_RAMADAN,
    PK_REDESIGN,
    POLIO_DRIVES,
    RA_HELPLINE,
    RA_MATCH,
    RA_NOTICE,
    RA_REDESIGN,
    RL_NOTICE,
    RL_REDESIGN,
    RP_AVISO,
    RP_DONATIVO,
    RP_REDESIGN,
    SI_ONLINE,
    SI_PAKEJ,
    SI_RAYA,
    SI_REDESIGN,
    SI_SSM,
    SN_DIGITS,
    SN_NOTE,
    SN_RAMADAN,
    SN_YOUTUBE,
    SV_APP,
    SV_REDESIGN,
    SZ_FLU_BANS,
    SZ_REDESIGN,
    SZ_RZECZNIK,
    SZ_VISITING,
    UV_REDESIGN,
    UV_SNS24,
    WDD_THEMES,
    epi_week,
    first_epi_saturday,
    flu_uptake,
    friday_of,
    giving_tuesday,
    last_full_week,
    urdu,
    us_summer_time,
    world_kidney_day,
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

SET = "held-back-169"
SITES = ("Marlow Health", "Kingsmere Hospitals NHS Foundation Trust",
         "Hospital Santa Luzia do Vale", "Servicio de Salud de Valdeoria", "صحت نامہ",
         "Szpital Wojewódzki w Zalesiu", "Hospital Pakar Seri Intan", "Renal Allies",
         "Red de Pacientes con Diabetes", "Unidade Local de Saúde do Vale do Côa",
         "Fundacja Razem przez Leczenie", "Pejabat Kesihatan Daerah Kuala Serai")
MH, KH, HS, SV = ("marlowhealth.org", "kingsmerehospitals.nhs.uk", "hsantaluzia.com.br",
                  "saludvaldeoria.es")
SN, SZ, SI, RA = ("sehatnama.pk", "szpital-zalesie.pl", "seriintan.com.my", "renalallies.org")
RP, UV, RL, PK = ("redpacientesdiabetes.org.mx", "ulsvalecoa.pt", "razemprzezleczenie.org.pl",
                  "pkdkualaserai.gov.my")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((MH, "dated"), (KH, "dated"), (HS, "data"), (SV, "fecha"), (SN, "tarikh"),
         (SZ, "data"), (SI, "tarikh"), (RA, "dated"), (RP, "fecha"), (UV, "data"),
         (RL, "data"), (PK, "tarikh"))
# The lines that name the day they are printed on.
EVERY_DAY = ((KH, "reviewed"),)
# The banners and notices that follow calendars.
BANNERS = ((MH, "banner"), (KH, "visiting"), (HS, "campanha"), (SV, "aviso"), (SN, "ahem"),
           (SZ, "odwiedziny"), (SI, "lawatan"), (RA, "appeal"), (RP, "banner"), (UV, "aviso"),
           (RL, "wesprzyj"), (PK, "pengumuman"))
# Amounts in force from given days.
TABLES = ((MH, "about", MH_ABOUT), (KH, "notes", KH_STAFF), (SI, "pakej", SI_PAKEJ),
          (RP, "dona", RP_DONATIVO))

QUIET = d(2015, 6, 3)  # a day none of the banners turns for an event
FIRST_WORDINGS = {
    MH: "Find a doctor or make an appointment: call 1-800-555-0100",
    KH: "Visiting times: 2pm to 8pm daily. Please use the hand gel when you arrive on the ward.",
    HS: "Agende sua consulta pelo telefone (11) 5555-0100 ou pelo WhatsApp",
    SV: "Pide cita con tu centro de salud en la web o en el 955 000 123",
    SN: "صحت نامہ کو فیس بک پر فالو کریں",
    SZ: "Godziny odwiedzin: codziennie w godz. 15:00–19:00",
    SI: "Waktu melawat: 12.00 tengah hari – 2.00 petang dan 4.30 – 9.00 malam",
    RA: "Donate to Renal Allies: every gift helps people living with kidney disease",
    RP: "Únete a la Red: afiliación gratuita para pacientes y familiares",
    UV: "Consulte os horários dos centros de saúde da ULS na nossa página",
    RL: "Wesprzyj nas: darowizna na konto fundacji pomaga pacjentom w leczeniu",
    PK: "Pertanyaan orang awam: hubungi Pejabat Kesihatan Daerah di talian 09-555 0123",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (KH, "flu-jab"), (PK, "denggi")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 3, 9), d(2018, 11, 14), d(2019, 10, 1),
        d(2020, 4, 1), d(2020, 12, 1), LAST_DAY))


def test_helpers() -> None:
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert not us_summer_time(d(2019, 11, 3)) and us_summer_time(d(2019, 11, 2))
    assert friday_of(d(2019, 6, 23)) == friday_of(d(2019, 6, 21)) == d(2019, 6, 21)
    assert urdu(2018) == "۲۰۱۸"
    assert [world_kidney_day(y) for y in (2017, 2020)] == [d(2017, 3, 9), d(2020, 3, 12)]
    assert [giving_tuesday(y) for y in (2015, 2019)] == [d(2015, 12, 1), d(2019, 12, 3)]
    assert first_epi_saturday(2015) == d(2015, 1, 10)  # 1-3 January are too few days
    assert first_epi_saturday(2019) == d(2019, 1, 5)
    assert epi_week(d(2015, 1, 3)) == (2014, 53) and epi_week(d(2015, 1, 10)) == (2015, 1)
    assert epi_week(d(2019, 1, 5)) == (2019, 1) and epi_week(d(2019, 12, 28)) == (2019, 52)
    assert last_full_week(d(2019, 6, 23)) == d(2019, 6, 22)  # a Sunday: the day before
    assert last_full_week(d(2019, 6, 22)) == d(2019, 6, 15)  # a Saturday: the week before
    assert flu_uptake(d(2019, 10, 4)) < flu_uptake(d(2019, 11, 29)) < flu_uptake(
        d(2020, 1, 31)) == flu_uptake(d(2020, 2, 28)) == FLU_UPTAKE[2019]


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MH, "dated", old, "March 5, 2016")
    full(MH, "dated", new, rf"Published Friday, June 19, 2020 · {clock12} EDT")
    full(MH, "dated", winter, rf"Published Monday, December 7, 2020 · {clock12} EST")
    full(KH, "dated", old, "Posted on 05/03/2016")
    full(KH, "dated", new, "Friday 19 June 2020")
    full(KH, "reviewed", new, "Page last reviewed: 19 June 2020")
    full(KH, "flu-jab", new, r"Our 2019/20 staff flu campaign vaccinated 80% of frontline "
                             r"staff\. .*")
    full(KH, "flu-jab", winter, r"Staff flu campaign 2020/21: 47% of frontline staff vaccinated "
                                r"by Friday 4 December")
    full(HS, "data", old, rf"05/03/2016 - {clock}")
    full(HS, "data", new, "Atualizado em sexta-feira, 19 de junho de 2020")
    full(SV, "fecha", old, "05/03/2016")
    full(SV, "fecha", new, rf"Publicado el viernes, 19 de junio de 2020 - {clock}")
    full(SN, "tarikh", old, "5 مارچ 2016")
    full(SN, "tarikh", new, "شائع جمعہ ۱۹ جون ۲۰۲۰")
    full(SZ, "data", old, r"05\.03\.2016")
    full(SZ, "data", new, r"Opublikowano: piątek, 19 czerwca 2020 r\.")
    full(SI, "tarikh", old, "5 Mac 2016")
    full(SI, "tarikh", new, rf"Dikemas kini: Jumaat, 19 Jun 2020, {clock}")
    full(RA, "dated", old, "Posted on March 5, 2016")
    full(RA, "dated", new, r"Jun 19, 2020 · \d+ min read")
    full(RP, "fecha", old, "5 marzo, 2016")
    full(RP, "fecha", new, "19 de junio de 2020")
    full(UV, "data", old, "05-03-2016")
    full(UV, "data", new, "Publicado em 19 de junho de 2020")
    full(RL, "data", old, r"dodano: 05\.03\.2016")
    full(RL, "data", new, "19 czerwca 2020")
    full(PK, "tarikh", old, "Tarikh: 05/03/2016")
    full(PK, "tarikh", new, "Diterbitkan pada 19 Jun 2020")
    full(PK, "denggi", new, r"Kes denggi ME 24/2020: \d+ kes baharu, kumulatif \d+ kes sejak "
                            r"awal tahun")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        mh = on(MH, "dated", day)
        assert mh.startswith("Published") == (day >= MH_REDESIGN)
        if day >= MH_REDESIGN:
            assert mh.endswith("EDT" if us_summer_time(day) else "EST")
        assert on(KH, "dated", day).startswith("Posted on") == (day < KH_REDESIGN)
        assert on(HS, "data", day).startswith("Atualizado") == (day >= HS_REDESIGN)
        assert on(SV, "fecha", day).startswith("Publicado el") == (day >= SV_REDESIGN)
        assert bool(re.search(r"[0-9]", on(SN, "tarikh", day))) == (day < SN_DIGITS)
        assert on(SZ, "data", day).startswith("Opublikowano") == (day >= SZ_REDESIGN)
        assert on(SI, "tarikh", day).startswith("Dikemas kini") == (day >= SI_REDESIGN)
        assert on(RA, "dated", day).startswith("Posted on") == (day < RA_REDESIGN)
        assert (" de " in on(RP, "fecha", day)) == (day >= RP_REDESIGN)
        assert on(UV, "data", day).startswith("Publicado em") == (day >= UV_REDESIGN)
        assert on(RL, "data", day).startswith("dodano:") == (day < RL_REDESIGN)
        assert on(PK, "tarikh", day).startswith("Tarikh:") == (day < PK_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week() -> None:
    flu = changes(KH, "flu-jab")
    assert len(flu) >= 100
    for day in flu:
        assert day.weekday() == 4 or (day.month, day.day) in ((10, 1), (3, 1)), day
    assert {d(y, 3, 1) for y in range(2015, 2021)} <= flu
    dengue = changes(PK, "denggi")
    assert dengue == {day for day in every_day() if day.weekday() == 6 and day > FIRST_DAY}
    totals: dict[int, int] = {}
    weeks: dict[int, set[int]] = {}
    for day in sorted(dengue):
        m = re.fullmatch(r"Kes denggi ME (\d+)/(\d+): (\d+) kes baharu, kumulatif (\d+) kes "
                         r"sejak awal tahun", on(PK, "denggi", day))
        assert m, day
        week, y, new, total = (int(g) for g in m.groups())
        if week == 1:
            assert total == new, day
        elif y in totals:
            assert total == totals[y] + new, day
        totals[y] = total
        weeks.setdefault(y, set()).add(week)
    for y in range(2015, 2021):
        assert set(range(2, 53)) <= weeks[y], y


def test_banners_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2014, 2020):
        assert f"Flu season {y}-" in on(MH, "banner", d(y + 1, 1, 15)), y
        assert "Flu season" not in on(MH, "banner", d(y + 1, 4, 1)), y
    assert "not allowed" in on(MH, "banner", d(2020, 4, 1))
    assert "One healthy adult" in on(MH, "banner", d(2020, 12, 15))
    for y in range(2015, 2021):
        assert "Norovirus" in on(KH, "visiting", d(y, 1, 10)), y
        assert f"Janeiro Branco {y}" in on(HS, "campanha", d(y, 1, 20)), y
        assert f"Setembro Amarelo {y}" in on(HS, "campanha", d(y, 9, 10)), y
        assert ("188" in on(HS, "campanha", d(y, 9, 10))) == (y >= HS_CVV), y
        assert f"Outubro Rosa {y}" in on(HS, "campanha", d(y, 10, 10)), y
        assert f"Novembro Azul {y}" in on(HS, "campanha", d(y, 11, 20)), y
        assert f"antigripal {y}-{y + 1}" in on(SV, "aviso", d(y, 11, 15)), y
        assert f"ڈینگی سے بچاؤ {urdu(y)}" in on(SN, "ahem", d(y, 10, 1)), y
        assert f"World Kidney Day {y}" in on(RA, "appeal", world_kidney_day(y)), y
        assert RA_MATCH[y] in on(RA, "appeal", giving_tuesday(y)), y
        assert f"gift in {y}" in on(RA, "appeal", d(y, 12, 20)), y
        assert WDD_THEMES[y] in on(RP, "banner", d(y, 11, 10)), y
        assert f"gripe {y}/{y + 1}" in on(UV, "aviso", d(y, 11, 1)), y
        assert f"Módulo Inverno {y - 1}/{y}" in on(UV, "aviso", d(y, 2, 1)), y
        assert f"4 lutego {y}" in on(RL, "wesprzyj", d(y, 2, 4)), y
        if y < 2020:
            assert f"Vacina da gripe {y}" in on(HS, "campanha", d(y, 4, 25)), y
            assert f"altas temperaturas {y}" in on(SV, "aviso", d(y, 7, 15)), y
            assert f"Calor {y}" in on(UV, "aviso", d(y, 7, 15)), y
            assert f"PIT za {y - 1}" in on(RL, "wesprzyj", d(y, 3, 1)), y
            assert f"Hari Denggi ASEAN {y}" in on(PK, "pengumuman", d(y, 6, 15)), y
            assert "Ramadan" in on(PK, "pengumuman", iso(PK_RAMADAN[y][0]) + 3 * one), y
            first, eid, hijri = SN_RAMADAN[y]
            assert urdu(hijri) in on(SN, "ahem", iso(first)), y
            assert "رمضان" not in on(SN, "ahem", iso(eid)), y
            raya = iso(SI_RAYA[y])
            assert f"pada {raya.day} dan" in on(SI, "lawatan", raya - 5 * one), y
            assert "National Kidney Month" in on(RA, "appeal", d(y, 3, 20)), y
    assert "Coronavírus" in on(HS, "campanha", d(2020, 4, 25))
    assert "Estado de alarma" in on(SV, "aviso", d(2020, 4, 1))
    assert "Mascarilla" in on(SV, "aviso", d(2020, 7, 15))
    for first in POLIO_DRIVES:
        if not d(2020, 3, 23) <= iso(first) <= d(2020, 8, 9):
            assert "پولیو" in on(SN, "ahem", iso(first)), first
    assert "1166" in on(SN, "ahem", d(2020, 5, 1))
    for first, last in SZ_FLU_BANS:
        assert "grypę" in on(SZ, "odwiedziny", iso(first)), first
        assert "grypę" in on(SZ, "odwiedziny", iso(last)), last
        assert "grypę" not in on(SZ, "odwiedziny", iso(last) + one), last
    assert "Ponowne zawieszenie" in on(SZ, "odwiedziny", d(2020, 11, 2))
    assert "PKPB" in on(SI, "lawatan", d(2020, 5, 24))  # no Hari Raya notice in 2020
    assert "PKPP" in on(SI, "lawatan", d(2020, 6, 15))
    assert "Perintah Kawalan Pergerakan" in on(SI, "lawatan", d(2020, 4, 1))
    assert "Sana Distancia" in on(RP, "banner", d(2020, 4, 15))
    assert "1 czerwca 2020" in on(RL, "wesprzyj", d(2020, 5, 15))
    assert "MySejahtera" in on(PK, "pengumuman", d(2020, 6, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MH, "byline", MH_REDESIGN, "By {author}", "{author_beat}"),
        (MH, "banner", MH_BOOKING, "call 1-800", "patient portal"),
        (MH, "disclaimer", MH_DISCLAIMER, "general information only", "education only"),
        (KH, "visiting", KH_VISITING, "2pm to 8pm", "Open visiting"),
        (KH, "urgent-care", KH_111_ONLINE, "visit a pharmacy", "111 online"),
        (KH, "urgent-care", KH_111_FIRST, "111 online", "Think 111 First"),
        (HS, "autor", HS_REDESIGN, "Assessoria", "{author}"),
        (HS, "campanha", HS_APP, "WhatsApp", "pelo app do"),
        (HS, "aviso", HS_AVISO, "têm caráter informativo", "Conteúdo informativo"),
        (HS, "diretor", HS_DIRETOR, "Paulo Henrique", "Mariana"),
        (HS, "visitas", d(2020, 3, 16), "14h às 20h", "suspensas"),
        (SV, "aviso", SV_APP, "955 000 123", "app"),
        (SN, "ahem", SN_YOUTUBE, "فیس بک", "یوٹیوب"),
        (SN, "note", SN_NOTE, "نوٹ:", "انتباہ"),
        (SZ, "odwiedziny", SZ_VISITING, "15:00–19:00", "weekendy"),
        (SZ, "opracowanie", SZ_REDESIGN, "Społecznej", "Promocji"),
        (SZ, "rzecznik", SZ_RZECZNIK, "Anna Wróbel", "Tomasz Kaczmarek"),
        (SI, "penafian", SI_REDESIGN, "maklumat umum", "bukan nasihat perubatan"),
        (SI, "temujanji", SI_ONLINE, "WhatsApp", "dalam talian"),
        (SI, "hakcipta", SI_SSM, "(845120-K)", "200901012345"),
        (RA, "notice", RA_NOTICE, "does not provide", "information only"),
        (RA, "helpline", RA_HELPLINE, "5pm", "7pm"),
        (RP, "autor", RP_REDESIGN, "Por {author}", "Escrito por"),
        (RP, "aviso", RP_AVISO, "fines informativos", "no es un consejo"),
        (UV, "linha", UV_SNS24, "Linha Saúde 24", "SNS 24 –"),
        (RL, "zastrzezenie", RL_NOTICE, "edukacyjny", "poradą medyczną"),
        (PK, "nama", PK_PEGAWAI, "AZMAN", "NORAINI")))
    assert_groups_reworded(SET, (
        (MH, "dated", ", 20", "Published "),
        (MH, "byline", "By ", ", "),
        (KH, "dated", "Posted on ", "20"),
        (HS, "data", " - ", "Atualizado em"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "RM299" in on(SI, "pakej", d(2015, 6, 1)) and "RM299" in on(SI, "pakej",
                                                                      d(2020, 6, 1))
    assert "8,400" in on(KH, "notes", LAST_DAY) and "7,000" in on(KH, "notes", d(2015, 4, 1))
    staff = {m[1] for t in group_lines(SET, KH, "notes")
             if (m := re.search(r"more than ([\d,]+) staff", norm(t)))}
    assert len(staff) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SN, "note", r"[\u0600-\u06ff]"), (SN, "desk", r"[\u0600-\u06ff]"),
        (SN, "ishtihar", r"[\u0600-\u06ff]"), (SN, "zumra", r"[\u0600-\u06ff]"),
        (SZ, "zastrzezenie", r"[ąćęłńóśźż]"), (RL, "infolinia", r"[ąćęłńóśźż]"),
        (HS, "aviso", r"[ãçéõ]"), (UV, "linha", r"[ãçéõú]"),
        (SV, "divulgativa", r"[áéíóúñ]"), (RP, "aviso", r"[áéíóúñ]"),
        (SI, "kkm", r"Kementerian Kesihatan"), (PK, "jawatan", r"Kesihatan Daerah")))
    assert any(re.search(r"[۰-۹]", t) for t in group_lines(SET, SN, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, SN, "tarikh"))
    assert any(t.endswith("EST") for t in group_lines(SET, MH, "dated"))
    assert any(t.endswith("EDT") for t in group_lines(SET, MH, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MH}/dated", f"{MH}/byline", f"{MH}/related", f"{MH}/kicker",
                         f"{MH}/reviewed", f"{MH}/trial", f"{MH}/media", f"{MH}/copyright",
                         f"{KH}/dated", f"{KH}/reviewed", f"{HS}/data", f"{SV}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MH}/newsletter", f"{KH}/media", f"{KH}/research", f"{HS}/imprensa",
        f"{SV}/divulgativa", f"{SZ}/unia"))
    assert_carried_share(docs, MH, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("banner", 0.2, 0.5), ("disclaimer", 0.3, 0.6)])
    assert_carried_share(docs, KH, [("reviewed", 0.25, 0.6), ("ends", 0.4, 0.7),
                                    ("update", 0.0, 0.12), ("flu-jab", 0.1, 0.35)])
    for fam in (f"{MH}/related", f"{HS}/leia", f"{SN}/mazeed", f"{SN}/ishtihar"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((MH, "trial"), (KH, "charity"), (HS, "pesquisa"),
                               (SV, "fuente"), (SN, "tasveer"), (SI, "pakej")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MH, "correction", 16), (KH, "update"), (HS, "errata"), (SV, "rectificacion"),
        (SN, "tasheeh"), (SZ, "sprostowanie"), (SI, "pembetulan"), (RA, "correction"),
        (RP, "fe-de-erratas"), (UV, "rectificacao"), (RL, "sprostowanie"),
        (PK, "pembetulan")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MH}/related", "Related: "), (f"{HS}/leia", "Leia também: "),
        (f"{SN}/mazeed", "مزید پڑھیں: "), (f"{SZ}/czytaj", "Czytaj także: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (KH, "ends", "ENDS"), (SN, "ishtihar", "اشتہار"), (SN, "desk", "ویب ڈیسک"),
        (SV, "tipo", "Nota de prensa"), (SI, "iklan", "Iklan"),
        (PK, "kenyataan", "KENYATAAN AKHBAR"), (UV, "tipo", "Nota de imprensa")))
    assert_group_values_from_pool(SET, (
        (MH, "kicker", "kicker"), (KH, "category", "category"), (HS, "editoria", "editoria"),
        (SV, "area", "area"), (SN, "zumra", "zumra"), (SZ, "kategoria", "kategoria"),
        (SI, "kategori", "kategori"), (RA, "category", "category"),
        (RP, "categoria", "categoria"), (RL, "kategoria", "kategoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KH, "ends", "ENDS"),
        (SN, "ishtihar", "اشتہار"),
        (HS, "aviso", "Conteúdo informativo: não substitui a avaliação de um profissional de "
                      "saúde. Em caso de emergência, procure o pronto-socorro mais próximo.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        MH: (["media", "about", "copyright"], 3),
        KH: (["ends", "notes", "media"], 3),
        HS: (["diretor", "imprensa", "copyright"], 3),
        SV: (["gabinete", "copyright"], 2),
        SZ: (["rzecznik", "bip", "copyright"], 2),
        SI: (["kkm", "hakcipta"], 2),
        RA: (["nonprofit", "copyright"], 2),
        UV: (["gabinete", "copyright"], 2),
        RL: (["fundacja", "copyright"], 2),
        PK: (["nama", "jawatan", "media"], 2)})


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
