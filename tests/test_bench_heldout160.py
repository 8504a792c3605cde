"""The held-back-160 template set (`tests.bench.heldout_templates_160`): its localised dates
(printed day by day in British, American and Australian English, German, Spanish, Dutch,
Turkish, Indonesian with WIB and French, several changing form on the day of a redesign), the
lines that turn every day and every week ("information correct as of", the coming weekend of
a what's-on site), the term-date, school-holiday and family-calendar notices (half terms,
application deadlines and offer days, NRW summer holidays, vuelta al cole and Reyes, the
Eindtoets and Sinterklaas, report-card days and LGS, Ramadan and PPDB, the rentrée, NSW
school holidays, National School Choice Week, the Mother's Days, the 2020 closures), the
amounts that change over the years (Kindergeld, paternity leave, the childcare-allowance cap,
the back-to-school allowance, the years of school data), the medically-reviewed lines,
not-medical-advice notices and affiliate disclosures reworded, the lines in several
languages, the pools, the multi-line blocks, the rare families, the renamed variants and the
hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, last_weekday, nth_weekday, thanksgiving
from tests.bench.heldout_templates_160 import (
    AB_REDESIGN,
    AB_UYARI,
    ARS,
    BC_REDESIGN,
    BC_TIKTOK,
    BW_AFFILIATE,
    BW_FACTCHECK,
    BW_REDESIGN,
    BW_TOOL,
    CM_AFILIADOS,
    CM_REDESIGN,
    CW_REDESIGN,
    EINDTOETS,
    FIRST_DAY,
    FZ_REDESIGN,
    FZ_WERBUNG,
    KARNE,
    KINDERGELD,
    LA_COVIDSAFE,
    LA_REDESIGN,
    LAST_DAY,
    LGS,
    ME_REDESIGN,
    NCES_YEARS,
    NN_AFFILIATE,
    NN_NEWSLETTER,
    NN_NHS111,
    NN_REDESIGN,
    NN_REVIEW,
    NSW_HOLIDAYS,
    OK_REDESIGN,
    PATERNIDAD,
    PP_REDESIGN,
    RAMADAN,
    RENTREE,
    SC_REDESIGN,
    SCHOOL_CHOICE_WEEK,
    SOMMERFERIEN_NRW,
    TABLES_PUBLISHED,
    UURPRIJS,
    english_working_day,
    fete_des_meres,
    first_advent,
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
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-160"
SITES = ("Nest & Nurture", "Bump Weekly", "Familienzeit", "Crianza y Más", "Ouderkompas",
         "Anne Bebek Rehberi", "Bunda Ceria", "Petits Pas", "Schools Compass",
         "Little Adventurers", "ChooseWell Schools", "Mi Embarazo Hoy")
NN, BW, FZ, CM = ("nestandnurture.co.uk", "bumpweekly.com", "familienzeit-magazin.de",
                  "crianzaymas.es")
OK, AB, BC, PP = ("ouderkompas.nl", "annebebekrehberi.com", "bundaceria.co.id",
                  "petitspas-mag.fr")
SC, LA, CW, ME = ("schoolscompass.co.uk", "littleadventurers.com.au", "choosewellschools.org",
                  "miembarazohoy.com.mx")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((NN, "dated"), (BW, "dated"), (FZ, "datum"), (CM, "fecha"), (OK, "datum"),
         (AB, "tarih"), (BC, "tanggal"), (PP, "date"), (SC, "dated"), (LA, "dated"),
         (CW, "dated"), (ME, "fecha"))
# The lines that name the day (or the weekend) they are printed on.
EVERY_DAY = ((SC, "correct"),)
WEEKLY = ((LA, "weekend"),)
# The notices that follow calendars.
BANNERS = ((NN, "newsletter"), (BW, "banner"), (FZ, "ferien"), (CM, "agenda"), (OK, "agenda"),
           (AB, "duyuru"), (BC, "pengumuman"), (PP, "agenda"), (SC, "deadline"),
           (LA, "holidays"), (CW, "banner"), (ME, "siguenos"))
# Amounts in force from given days.
TABLES = ((FZ, "kindergeld", KINDERGELD), (CM, "permiso", PATERNIDAD), (OK, "toeslag", UURPRIJS),
          (PP, "ars", ARS), (SC, "tables", TABLES_PUBLISHED), (CW, "data", NCES_YEARS))

QUIET = d(2015, 2, 24)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    NN: "Sign up to our weekly newsletter for ideas, advice and days out",
    BW: "Sign up for our week-by-week pregnancy emails",
    FZ: "Jeden Donnerstag neue Ideen für die ganze Familie: jetzt den Familienzeit-Newsletter "
        "abonnieren",
    CM: "Suscríbete a nuestra newsletter semanal",
    OK: "Schrijf je in voor de nieuwsbrief van Ouderkompas",
    AB: "Bizi Instagram'da takip edin",
    BC: "Ikuti Bunda Ceria di Instagram dan Facebook",
    PP: "Abonnez-vous à la newsletter Petits Pas",
    SC: "Find and compare schools near you",
    LA: "Join 40,000 Sydney parents: get our weekly what's-on email",
    CW: "Search charter, magnet, private and public schools near you",
    ME: "Síguenos en Facebook para más consejos de embarazo",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 18), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert english_working_day(d(2017, 4, 16)) == d(2017, 4, 18)  # Easter Sunday and Monday
    assert english_working_day(d(2015, 3, 1)) == d(2015, 3, 2)
    assert english_working_day(d(2019, 3, 1)) == d(2019, 3, 1)
    assert [first_advent(y) for y in (2015, 2019, 2020)] == [d(2015, 11, 29), d(2019, 12, 1),
                                                             d(2020, 11, 29)]
    assert fete_des_meres(2020) == d(2020, 6, 7) and fete_des_meres(2019) == d(2019, 5, 26)
    assert saturday_of(d(2020, 6, 19)) == saturday_of(d(2020, 6, 21)) == d(2020, 6, 20)
    assert saturday_of(d(2020, 6, 15)) == d(2020, 6, 20)


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(NN, "dated", old, "5 Mar 2016")
    full(NN, "dated", new, "Updated Friday 19 June 2020")
    full(BW, "dated", old, "Updated March 5, 2016")
    full(BW, "dated", d(2016, 9, 5), r"Updated Sept\. 5, 2016")
    full(BW, "dated", new, "Last updated June 19, 2020")
    full(FZ, "datum", old, r"05\.03\.2016")
    full(FZ, "datum", new, r"Aktualisiert am 19\. Juni 2020")
    full(CM, "fecha", old, rf"05/03/2016 - {clock}")
    full(CM, "fecha", new, rf"Actualizado el 19 de junio de 2020, {clock}")
    full(OK, "datum", old, "5-3-2016")
    full(OK, "datum", new, "Bijgewerkt op vrijdag 19 juni 2020")
    full(AB, "tarih", old, rf"05\.03\.2016 {clock}")
    full(AB, "tarih", new, rf"Güncelleme: 19 Haziran 2020 Cuma {clock}")
    full(BC, "tanggal", old, rf"Sabtu, 05/03/2016 {clock} WIB")
    full(BC, "tanggal", new, rf"Jumat, 19 Juni 2020 \| {clock} WIB")
    full(PP, "date", old, "Publié le 5 mars 2016")
    full(PP, "date", new, rf"Mis à jour le 19/06/2020 à {clock}")
    full(SC, "dated", old, "Last reviewed 5 March 2016")
    full(SC, "dated", new, "Updated 19/06/2020")
    full(SC, "correct", new, r"Information correct as of 19 June 2020\. Always check admission "
                             r"details with the school or your local authority\.")
    full(LA, "dated", old, "Posted on 5 March 2016")
    full(LA, "dated", new, "Friday 19 Jun 2020")
    full(LA, "weekend", old, "What's on this weekend: Saturday 5 March – Sunday 6 March")
    full(LA, "weekend", new, "What's on this weekend: Saturday 20 June – Sunday 21 June")
    full(CW, "dated", old, "Last updated: 3/5/2016")
    full(CW, "dated", new, "Updated June 19, 2020")
    full(ME, "fecha", old, "5 de marzo de 2016")
    full(ME, "fecha", new, "Última actualización: viernes 19 de junio de 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(NN, "dated", day).startswith("Updated") == (day >= NN_REDESIGN)
        assert on(BW, "dated", day).startswith("Last updated") == (day >= BW_REDESIGN)
        assert on(FZ, "datum", day).startswith("Aktualisiert") == (day >= FZ_REDESIGN)
        assert on(CM, "fecha", day).startswith("Actualizado") == (day >= CM_REDESIGN)
        assert on(OK, "datum", day).startswith("Bijgewerkt") == (day >= OK_REDESIGN)
        assert on(AB, "tarih", day).startswith("Güncelleme") == (day >= AB_REDESIGN)
        assert ("/" in on(BC, "tanggal", day)) == (day < BC_REDESIGN)
        assert on(PP, "date", day).startswith("Mis à jour") == (day >= PP_REDESIGN)
        assert on(SC, "dated", day).startswith("Updated") == (day >= SC_REDESIGN)
        assert on(LA, "dated", day).startswith("Posted") == (day < LA_REDESIGN)
        assert on(CW, "dated", day).startswith("Last updated") == (day < CW_REDESIGN)
        assert on(ME, "fecha", day).startswith("Última") == (day >= ME_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_week() -> None:
    assert changes(SC, "correct") == set(every_day()) - {FIRST_DAY}
    weekly = changes(LA, "weekend")
    assert len(weekly) >= 310 and all(day.weekday() == 0 for day in weekly)
    for day in every_day()[::11]:
        sat = saturday_of(day)
        assert f"Saturday {sat.day} {sat:%B}" in on(LA, "weekend", day)
        assert 0 <= (sat - day).days <= 5 or day.weekday() == 6
    assert len({norm(t) for t in group_lines(SET, LA, "weekend")}) >= 4


def test_school_dates_and_holidays() -> None:
    for y in range(2015, 2021):
        if y < 2020:
            assert f"Easter holidays {y}" in on(NN, "newsletter", easter(y)), y
            assert f"May half term {y}" in on(NN, "newsletter", last_weekday(y, 5, 0)), y
            assert f"Summer holidays {y}" in on(NN, "newsletter", d(y, 8, 10)), y
        assert f"October half term {y}" in on(NN, "newsletter", last_weekday(y, 10, 0)), y
        first, last = SOMMERFERIEN_NRW[y]
        assert (f"Sommerferien {y} in NRW: vom {iso(first):%d.%m.} bis {iso(last):%d.%m.}"
                in on(FZ, "ferien", iso(first) - 10 * one)), y
        assert f"Vuelta al cole {y}" in on(CM, "agenda", d(y, 9, 1)), y
        assert f"Reyes {y + 1}" in on(CM, "agenda", d(y + 1, 1, 5)), y
        assert f"Sinterklaas {y}" in on(OK, "agenda", d(y, 12, 5)), y
        rentree = iso(RENTREE[y])
        assert f"{rentree.day} septembre {y}" in on(PP, "agenda", rentree), y
        assert f"secondary school in September {y + 1}" in on(SC, "deadline", d(y, 10, 20)), y
        offer = english_working_day(d(y, 3, 1))
        if y < 2020:
            assert f"primary school in September {y}" in on(SC, "deadline", d(y, 1, 10)), y
            primary = english_working_day(d(y, 4, 16))
            assert f"offered on {primary:%A} {primary.day} April" in on(SC, "deadline",
                                                                        primary), y
        assert f"offered on {offer:%A} {offer.day} March" in on(SC, "deadline", offer), y
        if y < 2020:
            ppdb = on(BC, "pengumuman", d(y, 6, 28))
            assert f"PPDB {y}" in ppdb or "Ramadan" in ppdb, y
        week_first, dates = SCHOOL_CHOICE_WEEK[y]
        assert f"National School Choice Week {y} is {dates}" in on(CW, "banner",
                                                                    iso(week_first)), y
    for y, (first, days) in EINDTOETS.items():
        assert f"Eindtoets groep 8 op {days}" in on(OK, "agenda", iso(first)), y
    for k in KARNE:
        text = on(AB, "duyuru", iso(k))
        assert "karne günü" in text or "EBA" in text, k
    for y, day in LGS.items():
        assert f"LGS {y}" in on(AB, "duyuru", iso(day)), y
    for first, last, name in NSW_HOLIDAYS:
        if not d(2020, 3, 23) <= iso(first) <= d(2020, 12, 17):
            text = on(LA, "holidays", iso(first))
            assert f"NSW school holidays ({name} {iso(first).year}" in text, first
            assert f"{iso(last).day} {iso(last):%b}" in text, first
    assert found(CW, "banner", r"The (\d{4}-\d\d) FAFSA") == {"2017-18", "2018-19", "2019-20",
                                                               "2020-21", "2021-22"}
    assert changes(SC, "deadline") >= {d(2018, 3, 1), d(2019, 3, 1)}


def test_notices_follow_the_family_calendar() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        mothers = nth_weekday(y, 5, 6, 2)
        if y < 2020:
            assert f"Mother's Day {y}" in on(BW, "banner", mothers), y
            assert f"Black Friday {y}" in on(BW, "banner", thanksgiving(y) + one), y
            assert f"World Breastfeeding Week {y}" in on(BW, "banner", d(y, 8, 3)), y
            assert f"Ramadan {RAMADAN[y][2]} H" in on(BC, "pengumuman", iso(RAMADAN[y][0])), y
        assert f"Anneler Günü {y}" in on(AB, "duyuru", mothers), y
        assert "Sankt Martin" in on(FZ, "ferien", d(y, 11, 11)), y
        assert f"Adventskalender {y}" in on(FZ, "ferien", first_advent(y)), y
        assert f"Hari Anak Nasional {y}" in on(BC, "pengumuman", d(y, 7, 23)), y
        assert f"Hari Ibu, 22 Desember {y}" in on(BC, "pengumuman", d(y, 12, 22)), y
        meres = fete_des_meres(y)
        assert f"Fête des mères le dimanche {meres.day}" in on(PP, "agenda", meres), y
        assert f"Día de las Madres {y}" in on(ME, "siguenos", d(y, 5, 10)) or y == 2020
    assert "7 juin" in on(PP, "agenda", d(2020, 6, 1))
    assert "home-learning" in on(NN, "newsletter", d(2020, 4, 12))  # Easter 2020
    assert "September 2020" in on(NN, "newsletter", d(2020, 9, 1))
    assert "COVID-19" in on(BW, "banner", d(2020, 5, 10))
    assert "Lagerkoller" in on(FZ, "ferien", d(2020, 4, 1))
    assert "Kinderbonus" in on(FZ, "ferien", d(2020, 9, 15))
    assert "estado de alarma" in on(CM, "agenda", d(2020, 4, 1))
    assert "thuisonderwijs" in on(OK, "agenda", d(2020, 4, 21))
    assert "eindtoets gaat dit jaar niet door" in on(OK, "agenda", d(2020, 5, 20))
    assert "EBA" in on(AB, "duyuru", d(2020, 4, 20))
    assert "Belajar dari rumah" in on(BC, "pengumuman", iso(RAMADAN[2020][0]))
    assert "continuité pédagogique" in on(PP, "agenda", d(2020, 4, 1))
    assert "appeals" in on(SC, "deadline", d(2020, 4, 20))
    assert "Stuck at home" in on(LA, "holidays", d(2020, 4, 12))
    assert "book ahead" in on(LA, "holidays", d(2020, 7, 8))
    assert "fall 2020" in on(CW, "banner", d(2020, 8, 15))
    assert "COVID-19" in on(ME, "siguenos", d(2020, 5, 10))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (NN, "byline", NN_REDESIGN, "By {author}", "Words by"),
        (NN, "reviewed", NN_REVIEW, "Medically reviewed by {reviewer}", "How we review"),
        (NN, "affiliate", NN_AFFILIATE[0], "contains affiliate links", "never affects"),
        (NN, "affiliate", NN_AFFILIATE[1], "never affects", "reader-supported"),
        (NN, "medical", NN_NHS111, "medical advice.", "NHS 111"),
        (NN, "newsletter", NN_NEWSLETTER, "Sign up", "Friday newsletter"),
        (BW, "reviewed", BW_FACTCHECK, "{reviewer}", "Fact checked by"),
        (BW, "affiliate", BW_AFFILIATE, "from links on this page", "independently research"),
        (BW, "tool", BW_TOOL, "Try our", "When is your baby due?"),
        (BW, "disclaimer", BW_FACTCHECK, "not medical advice", "qualified health professional"),
        (BW, "banner", BW_REDESIGN, "Sign up", "Track your baby's growth"),
        (FZ, "werbung", FZ_WERBUNG, "Werbung", "Provision"),
        (FZ, "hinweis", FZ_REDESIGN, "dient nur der Information", "Hebamme"),
        (CM, "afiliados", CM_AFILIADOS, "incluye enlaces", "comisión"),
        (CM, "aviso", CM_REDESIGN, "pediatra", "profesional sanitario"),
        (OK, "affiliate", OK_REDESIGN, "bevat affiliate links", "vergoeding"),
        (AB, "uyari", AB_UYARI, "bilgilendirme amaçlıdır", "muayenesinin"),
        (BC, "penulis", BC_REDESIGN, "Penulis: {author}", "Editor:"),
        (BC, "disclaimer", BC_REDESIGN, "saran dokter", "konsultasi medis"),
        (BC, "pengumuman", BC_TIKTOK, "Instagram dan Facebook", "TikTok"),
        (PP, "avertissement", PP_REDESIGN, "sage-femme", "consultation médicale"),
        (LA, "check", LA_COVIDSAFE, "correct at the time", "COVID-19 rules")))
    assert_groups_reworded(SET, (
        (NN, "dated", " 20", "Updated "),
        (NN, "byline", "By ", "Words by "),
        (BW, "dated", "Updated ", "Last updated "),
        (FZ, "datum", ".", "Aktualisiert am"),
        (NN, "affiliate", "contains affiliate links", "reader-supported"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if iso(start) > FIRST_DAY or start == max(s for s, _ in table
                                                       if iso(s) <= FIRST_DAY):
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "184 Euro" in on(FZ, "kindergeld", d(2015, 7, 15))
    assert "204 Euro" in on(FZ, "kindergeld", d(2020, 6, 1))
    assert "12 semanas" in on(CM, "permiso", d(2020, 6, 1))
    assert "13 días" in on(CM, "permiso", d(2016, 6, 1))
    assert "8,17" in on(OK, "toeslag", d(2020, 6, 1))
    assert "100 € exceptionnels" in on(PP, "ars", d(2020, 9, 1))
    assert "2018-19 school year" in on(CW, "data", d(2020, 6, 1))
    kindergeld = {m[1] for t in group_lines(SET, FZ, "kindergeld")
                  if (m := re.search(r"(\d+) Euro", norm(t)))}
    assert len(kindergeld) >= 3


def test_reviewed_lines_age_tags_and_pregnancy_weeks() -> None:
    reviewed = group_lines(SET, NN, "reviewed") + group_lines(SET, BW, "reviewed")
    assert reviewed and all(norm(t).removeprefix("✔ ").startswith("Medically reviewed by ")
                            or "reviewed" in t for t in reviewed)
    assert any("Fact checked by" in t for t in group_lines(SET, BW, "reviewed"))
    for style, family, prefix in ((FZ, "geprueft", "Medizinisch geprüft von "),
                                  (CM, "revisado", "Revisado por "),
                                  (OK, "gecontroleerd", "Gecontroleerd door "),
                                  (AB, "onay", "Uzman onaylı: "),
                                  (BC, "ditinjau", "Ditinjau secara medis oleh "),
                                  (PP, "valide", "Article validé par "),
                                  (ME, "revisado", "Revisado médicamente por ")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(t.startswith(prefix) for t in lines) >= 0.9 * len(lines), family
    weeks = {m[1] for t in group_lines(SET, BW, "week")
             if (m := re.search(r"(\d+) weeks pregnant", t))}
    assert len(weeks) >= 5
    assert any("Third trimester" in t for t in group_lines(SET, BW, "week"))
    assert len({norm(t) for t in group_lines(SET, AB, "hafta")}) >= 4
    for style, family, prefix in ((NN, "ages", "Age: "), (FZ, "alter", "Alter: "),
                                  (OK, "leeftijd", "Leeftijd: "), (BC, "usia", "Usia: "),
                                  (LA, "ages", "Ages: ")):
        lines = {norm(t) for t in group_lines(SET, style, family)}
        assert len(lines) >= 3 and all(t.startswith(prefix) for t in lines), family


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (FZ, "hinweis", r"[äöüßÄ]"), (FZ, "geprueft", r"geprüft"),
        (CM, "aviso", r"[áéíóúñ]"), (AB, "uyari", r"[çğışöüİ]"),
        (AB, "tarih", r"^\d\d\.\d\d\.\d{4}|[ğışçöü]"), (PP, "avertissement", r"[éèàù]"),
        (OK, "disclaimer", r"\b(je|de|geen)\b"), (BC, "disclaimer", r"\b(dan|dengan|bukan)\b"),
        (BC, "tanggal", r"WIB$"), (ME, "aviso", r"\b(tu|la|con)\b")))
    assert any("Güncelleme" in t for t in group_lines(SET, AB, "tarih"))
    assert any(re.search(r"\d\d/\d\d/\d{4}", t) for t in group_lines(SET, BC, "tanggal"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{NN}/dated", f"{NN}/byline", f"{NN}/related", f"{NN}/kicker",
                         f"{NN}/reviewed", f"{NN}/copyright", f"{NN}/ages", f"{BW}/dated",
                         f"{BW}/week", f"{BW}/reviewed", f"{BW}/sources", f"{FZ}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{NN}/company", f"{NN}/pin", f"{BW}/editorial", f"{FZ}/impressum", f"{CM}/editor",
        f"{BW}/advert"))
    assert_carried_share(docs, NN, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("pin", 0.04, 0.25), ("newsletter", 0.15, 0.5), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, BW, [("disclaimer", 0.45, 0.75), ("reviewed", 0.4, 0.7),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{NN}/related", f"{NN}/advert", f"{BW}/advert", f"{FZ}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((BW, "size"), (BW, "read-next"), (FZ, "lesen"), (CM, "tambien"),
                               (OK, "advertentie"), (BC, "iklan"), (LA, "cost"), (LA, "where"),
                               (SC, "ofsted")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (NN, "correction", 16), (BW, "correction"), (FZ, "korrektur"), (CM, "rectificacion"),
        (OK, "correctie"), (AB, "duzeltme"), (BC, "ralat"), (PP, "erratum"),
        (SC, "correction"), (LA, "update"), (CW, "correction"), (ME, "fe-de-erratas")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{NN}/related", "Related: "), (f"{BW}/read-next", "Read this next: "),
        (f"{FZ}/lesen", "Auch interessant: "), (f"{CM}/tambien", "También te puede interesar: "),
        (f"{OK}/lees-ook", "Lees ook: "), (f"{BC}/baca-juga", "Baca Juga: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (NN, "advert", "Advertisement"), (BW, "advert", "ADVERTISEMENT"),
        (FZ, "anzeige", "Anzeige"), (CM, "publicidad", "Publicidad"),
        (OK, "advertentie", "Advertentie"), (AB, "reklam", "Reklam"),
        (BC, "iklan", "ADVERTISEMENT"), (PP, "publicite", "Publicité"),
        (ME, "publicidad", "PUBLICIDAD")))
    assert_group_values_from_pool(SET, (
        (NN, "kicker", "stage"), (FZ, "rubrik", "rubrik"), (CM, "etapa", "etapa"),
        (OK, "rubriek", "rubriek"), (AB, "kategori", "kategori"), (AB, "hafta", "hafta"),
        (BC, "kanal", "kanal"), (PP, "rubrique", "rubrique"), (SC, "phase", "phase"),
        (ME, "semana", "semana")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NN, "advert", "Advertisement"),
        (BW, "advert", "ADVERTISEMENT"),
        (FZ, "anzeige", "Anzeige")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        NN: (["medical", "newsletter", "copyright", "company"], 3),
        BW: (["disclaimer", "sources", "banner", "editorial", "copyright"], 3),
        FZ: (["kindergeld", "hinweis", "ferien", "impressum", "copyright"], 3),
        CM: (["permiso", "aviso", "agenda", "copyright", "editor"], 3),
        OK: (["affiliate", "toeslag", "disclaimer", "agenda", "copyright"], 3),
        AB: (["uyari", "duyuru", "kunye", "telif"], 3),
        BC: (["disclaimer", "pengumuman", "sumber", "copyright"], 3),
        PP: (["ars", "avertissement", "agenda", "affiliation", "copyright"], 2),
        SC: (["tables", "correct", "independent", "copyright"], 2),
        LA: (["holidays", "check", "affiliate", "copyright"], 2),
        CW: (["data", "ratings", "endorse", "nonprofit", "copyright"], 2),
        ME: (["aviso", "siguenos", "copyright"], 2)})


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
