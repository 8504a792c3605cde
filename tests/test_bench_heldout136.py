"""The held-back-136 template set (`tests.bench.heldout_templates_136`): its localised dates
(printed day by day in English, Italian, Spanish, French, Thai with the Buddhist-era year,
Vietnamese and Greek, each changing form on the day of a redesign), the lines that turn
every day and every month ("prices checked on" a day, "prices noted in" a month, the
inflight magazine's issue), the calendars the appeals follow (Pancake Day, Veganuary, Easter
and Orthodox Easter, Clean Monday, Carnival, Ferragosto, Christmas, the May long weekends,
Spanish long weekends and summers, tourism and food festivals, Songkran, the Vegetarian
Festival, Loy Krathong, Tết with its year name, the Mid-Autumn Festival, the Assumption,
Black Friday, January sales, awareness months, the pandemic's lockdowns), the offers, fares,
taxes and licences that change over the years, the rewordings of affiliate, press-trip and
medical lines, the lines in several languages and scripts, the variation it promises, its
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

from tests.bench.heldout_calendar import carnival_tuesday, easter, orthodox_easter
from tests.bench.heldout_templates_136 import (
    AC_APP,
    AC_LICENCE,
    AC_REDESIGN,
    CAN_CHI,
    CP_AFFILIATE,
    CP_NEWSLETTER,
    CP_OFFERS,
    CP_REDESIGN,
    CS_AMAZON,
    CS_APP,
    CS_REDESIGN,
    ECOTASA,
    ES_AFFILIES,
    ES_INVITATION,
    ES_REDESIGN,
    FIRST_DAY,
    HB_DIRECT,
    HB_REDESIGN,
    HG_OFFERS,
    HG_REDESIGN,
    HL_POLICY,
    HL_REDESIGN,
    HL_SCORE,
    KD_LINE,
    KD_REDESIGN,
    KIN_JE,
    KW_AFFILIATE,
    KW_DISCLAIMER,
    KW_NEWSLETTER,
    KW_REDESIGN,
    LAST_DAY,
    LOY_KRATHONG,
    MFWF,
    MH_FARES,
    MH_MILES,
    MH_REDESIGN,
    NT_NEWSLETTER,
    NT_REDESIGN,
    ROOM_TAXES,
    RS_AFFILIATE,
    RS_NEWSLETTER,
    RS_REDESIGN,
    SALON_TOURISME,
    TET,
    TRUNG_THU,
    be_year,
    black_friday,
    clean_monday,
    in_force,
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

SET = "held-back-136"
SITES = ("The Copper Pot", "Cucina Serena", "Rumbo Sur", "Escales", "Kindred Wellness",
         "Meridian Horizons", "กินดื่มเที่ยว", "Ăn Chơi Sài Gòn", "Νησιώτικα Ταξίδια",
         "Hearth & Gable", "The Hungry Lane", "Hoteles Brisamar")
CP, CS, RS, ES = ("copperpotkitchen.co.uk", "cucinaserena.it", "rumbosurviajes.es",
                  "escales-magazine.fr")
KW, MH, KD, AC = ("kindredwellness.com", "meridianhorizons.com", "kindeumthiew.com",
                  "anchoisaigon.vn")
NT, HG, HL, HB = ("nisiotikataxidia.gr", "hearthandgable.co.uk", "hungrylane.com.au",
                  "hotelesbrisamar.es")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CP, "dated"), (CS, "data"), (RS, "fecha"), (ES, "date"), (KW, "dated"),
         (MH, "dated"), (KD, "wanthi"), (AC, "ngay"), (NT, "imerominia"), (HG, "dated"),
         (HL, "dated"), (HB, "fecha"))
# The lines that name the day they are printed on.
EVERY_DAY = ((RS, "precios"),)
# The lines that name the month they are printed in.
MONTHLY = ((ES, "prix"), (MH, "issue"))
# The notices that follow calendars.
BANNERS = ((CP, "notice"), (CS, "appello"), (RS, "aviso"), (ES, "newsletter"),
           (KW, "newsletter"), (MH, "app"), (KD, "prakat"), (AC, "thongbao"),
           (NT, "anakoinosi"), (HL, "hours"), (HB, "reserva"))
# Amounts in force from given days.
TABLES = ((CP, "subscribe", CP_OFFERS), (MH, "fares", MH_FARES), (AC, "giayphep", AC_LICENCE),
          (NT, "times", ROOM_TAXES), (HG, "subscribe", HG_OFFERS), (HB, "tasa", ECOTASA))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CP: "Sign up to our newsletter for weekly recipes and reader offers",
    CS: "Iscriviti alla newsletter di Cucina Serena: una ricetta nuova ogni giorno",
    RS: "Síguenos en Instagram: @rumbosurviajes",
    ES: "Abonnez-vous à la newsletter d'Escales",
    KW: "Get our Daily Dose newsletter",
    MH: "Download the Meridian Air app to check in and choose your seat",
    KD: "กดติดตามเพจกินดื่มเที่ยวบนเฟซบุ๊ก",
    AC: "Theo dõi Ăn Chơi Sài Gòn trên Facebook để không bỏ lỡ quán ngon",
    NT: "Ακολουθήστε μας στο Instagram για καθημερινή νησιώτικη έμπνευση",
    HL: "Opening hours and prices can change: call ahead before you go.",
    HB: "Reserva en nuestra web al mejor precio garantizado",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + MONTHLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 8), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert be_year(2019) == 2562
    assert clean_monday(2018) == d(2018, 2, 19) and orthodox_easter(2018) == d(2018, 4, 8)
    assert black_friday(2019) == d(2019, 11, 29) and black_friday(2020) == d(2020, 11, 27)
    assert in_force(d(2018, 6, 30), ECOTASA) == "1 €" and in_force(d(2015, 1, 1), ECOTASA) == ""
    assert NT_REDESIGN == orthodox_easter(2018) and AC_REDESIGN == iso(TET[2018])


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CP, "dated", old, rf"Published 5 March 2016, {clock}")
    full(CP, "dated", new, "Updated Fri 19 Jun 2020")
    full(CS, "data", old, "05/03/2016")
    full(CS, "data", new, "Venerdì 19 giugno 2020")
    full(RS, "fecha", old, rf"05/03/2016 - {clock}h")
    full(RS, "fecha", new, "Actualizado el viernes 19 de junio de 2020")
    full(RS, "precios", new, "Precios consultados el 19 de junio de 2020; pueden variar.")
    full(ES, "date", old, "Publié le 5 mars 2016")
    full(ES, "date", new, rf"Le vendredi 19 juin 2020 à {clock}")
    full(ES, "prix", new, r"Prix indicatifs relevés en juin 2020\.")
    full(KW, "dated", old, "Updated March 5, 2016")
    full(KW, "dated", new, r"Updated on Jun 19, 2020 · \d+ min read")
    full(MH, "issue", new, "From the June 2020 issue")
    full(MH, "dated", old, r"Mar\. 5, 2016")
    full(MH, "dated", new, r"19\.06\.2020")
    full(KD, "wanthi", old, r"โพสต์เมื่อ 5 มี\.ค\. 59")
    full(KD, "wanthi", new, "19 มิถุนายน 2563")
    full(AC, "ngay", old, rf"05/03/2016 {clock}")
    full(AC, "ngay", new, rf"Thứ sáu, 19/6/2020, {clock} \(GMT\+7\)")
    full(NT, "imerominia", old, r"05\.03\.2016")
    full(NT, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020, {clock}")
    full(HG, "dated", old, "March 5, 2016")
    full(HG, "dated", new, "19 June 2020")
    full(HL, "dated", old, "5/3/2016")
    full(HL, "dated", new, "Reviewed 19 Jun 2020")
    full(HB, "fecha", old, "5 marzo, 2016")
    full(HB, "fecha", new, "Viernes, 19 de junio de 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(CP, "dated", day).startswith("Updated") == (day >= CP_REDESIGN)
        assert on(CS, "data", day)[0].isalpha() == (day >= CS_REDESIGN)
        assert on(RS, "fecha", day).startswith("Actualizado") == (day >= RS_REDESIGN)
        assert on(ES, "date", day).startswith("Le ") == (day >= ES_REDESIGN)
        assert ("min read" in on(KW, "dated", day)) == (day >= KW_REDESIGN)
        assert bool(re.fullmatch(r"\d\d\.\d\d\.\d{4}", on(MH, "dated", day))) == (
            day >= MH_REDESIGN)
        assert on(KD, "wanthi", day).startswith("โพสต์เมื่อ") == (day < KD_REDESIGN)
        assert str(be_year(day.year))[-2:] in on(KD, "wanthi", day)
        assert ("(GMT+7)" in on(AC, "ngay", day)) == (day >= AC_REDESIGN)
        assert (", " in on(NT, "imerominia", day)) == (day >= NT_REDESIGN)
        assert on(HG, "dated", day)[0].isdigit() == (day >= HG_REDESIGN)
        assert on(HL, "dated", day).startswith("Reviewed") == (day >= HL_REDESIGN)
        assert on(HB, "fecha", day)[0].isupper() == (day >= HB_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_month() -> None:
    assert len(changes(RS, "precios")) == len(every_day()) - 1
    firsts = {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {FIRST_DAY}
    for domain, family in MONTHLY:
        assert changes(domain, family) == firsts, (domain, family)
    assert found(MH, "issue", r"the (\w+) 2017 issue") == {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"}


def test_notices_follow_the_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    for y in range(2015, 2021):
        assert f"Pancake Day {y}" in on(CP, "notice", carnival_tuesday(y)), y
        assert f"Christmas {y}" in on(CP, "notice", d(y, 12, 20)), y
        assert f"Carnevale {y}" in on(CS, "appello", carnival_tuesday(y)), y
        assert f"Ferragosto {y}" in on(CS, "appello", d(y, 8, 15)), y
        assert f"Natale {y}" in on(CS, "appello", d(y, 12, 24)), y
        assert f"Puente de diciembre {y}" in on(RS, "aviso", d(y, 12, 6)), y
        assert f"New year, kinder you: our {y}" in on(KW, "newsletter", d(y, 1, 5)), y
        assert f"October {y}" in on(KW, "newsletter", d(y, 10, 20)), y
        assert f"กินเจ {be_year(y)}" in on(KD, "prakat", iso(KIN_JE[y])), y
        assert f"ลอยกระทง {be_year(y)}" in on(KD, "prakat", iso(LOY_KRATHONG[y])), y
        assert f"Tết {CAN_CHI[y]} {y}" in on(AC, "thongbao", iso(TET[y])), y
        assert f"Trung Thu {y}" in on(AC, "thongbao", iso(TRUNG_THU[y])), y
        assert f"Καθαρά Δευτέρα {y}" in on(NT, "anakoinosi", clean_monday(y)), y
        assert f"Black Friday {y}" in on(HB, "reserva", black_friday(y)), y
        if y < 2020:  # the pandemic's notices win in the spring and summer of 2020
            assert f"Easter {y}" in on(CP, "notice", easter(y)), y
            assert f"Pasqua {y}" in on(CS, "appello", easter(y)), y
            assert f"Semana Santa {y}" in on(RS, "aviso", easter(y)), y
            assert f"Verano {y}" in on(RS, "aviso", d(y, 7, 20)), y
            assert f"Ponts de mai {y}" in on(ES, "newsletter", d(y, 5, 1)), y
            assert f"May {y} is Mental" in on(KW, "newsletter", d(y, 5, 10)), y
            assert f"The {y + 1} Sale" in on(MH, "app", d(y, 12, 28)), y
            assert f"สงกรานต์ {be_year(y)}" in on(KD, "prakat", d(y, 4, 13)), y
            assert f"Πάσχα {y}" in on(NT, "anakoinosi", orthodox_easter(y)), y
            assert f"Δεκαπενταύγουστος {y}" in on(NT, "anakoinosi", d(y, 8, 15)), y
    assert found(CP, "notice", r"Veganuary (\d{4})") == {"2017", "2018", "2019", "2020"}
    assert found(ES, "newsletter", r"Salon Mondial du Tourisme (\d{4})") == {
        str(y) for y in SALON_TOURISME}
    assert found(HL, "hours", r"Festival (\d{4})") == {str(y) for y in MFWF}
    assert "lockdown" in on(CP, "notice", easter(2020))
    assert "#iorestoacasa" in on(CS, "appello", easter(2020))
    assert "Estado de alarma" in on(RS, "aviso", easter(2020))
    assert "restricciones" in on(RS, "aviso", d(2020, 7, 20))
    assert "Confinement" in on(ES, "newsletter", d(2020, 4, 1))
    assert "Reconfinement" in on(ES, "newsletter", d(2020, 11, 20))
    assert "Marchés de Noël 2020" in on(ES, "newsletter", d(2020, 12, 16))
    assert "Coronavirus" in on(KW, "newsletter", d(2020, 5, 10))
    assert "temporarily reduced" in on(MH, "app", d(2020, 4, 1))
    assert "Face coverings" in on(MH, "app", d(2020, 12, 28))
    assert "โควิด-19" in on(KD, "prakat", d(2020, 4, 13))
    assert "Giãn cách" in on(AC, "thongbao", d(2020, 4, 10))
    assert "Μένουμε σπίτι" in on(NT, "anakoinosi", orthodox_easter(2020))
    assert "κορονοϊό" in on(NT, "anakoinosi", d(2020, 8, 15))
    assert "Victoria's restrictions" in on(HL, "hours", d(2020, 4, 1))
    assert "stage 3 and 4" in on(HL, "hours", d(2020, 8, 1))
    assert "cerrados temporalmente" in on(HB, "reserva", d(2020, 5, 1))


def test_notices_reworded_over_the_years() -> None:
    a1, a2 = KW_AFFILIATE
    assert_reworded_on(SET, (
        (CP, "byline", CP_REDESIGN, "By {author}", "Photography"),
        (CP, "affiliate", CP_AFFILIATE, "contains affiliate", "commission"),
        (CP, "notice", CP_NEWSLETTER, "weekly recipes", "Sunday Supper"),
        (CS, "autore", CS_REDESIGN, "di {author}", "Foto di"),
        (CS, "affiliazione", CS_AMAZON, "Alcuni link", "Amazon"),
        (CS, "appello", CS_APP, "newsletter", "Scarica"),
        (RS, "autor", RS_REDESIGN, "Por {author}", "Texto y fotos"),
        (RS, "afiliados", RS_AFFILIATE, "enlaces de afiliados", "comisión"),
        (RS, "aviso", RS_NEWSLETTER, "Instagram", "newsletter"),
        (ES, "auteur", ES_REDESIGN, "Par {author}", "Photos"),
        (ES, "affilies", ES_AFFILIES, "contient", "commission"),
        (ES, "invitation", ES_INVITATION, "réalisé", "libre"),
        (ES, "newsletter", ES_REDESIGN, "Abonnez-vous", "Chaque vendredi"),
        (KW, "affiliate", a1, "may contain", "useful for our readers"),
        (KW, "affiliate", a2, "useful for our readers", "reader-supported"),
        (KW, "disclaimer", KW_DISCLAIMER, "informational purposes", "your doctor"),
        (KW, "newsletter", KW_NEWSLETTER, "Daily Dose", "Kindred Reset"),
        (MH, "app", MH_MILES, "check in", "Meridian Miles"),
        (KD, "prakat", KD_LINE, "เฟซบุ๊ก", "LINE"),
        (AC, "tacgia", AC_REDESIGN, "Theo", "Ảnh"),
        (AC, "thongbao", AC_APP, "Facebook", "ứng dụng"),
        (NT, "anakoinosi", NT_NEWSLETTER, "Instagram", "newsletter"),
        (HG, "prices", HG_REDESIGN, "going to press", "publishing"),
        (HL, "policy", HL_POLICY, "anonymously", "unannounced"),
        (HL, "score", HL_SCORE, "Score:", "out of 20"),
        (HB, "reserva", HB_DIRECT, "mejor precio", "Reserva directa")))
    assert_groups_reworded(SET, (
        (CP, "dated", "Published ", "Updated "),
        (CS, "autore", "di ", "Ricetta di "),
        (RS, "fecha", "h", "Actualizado "),
        (ES, "date", "Publié", "à"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, _ in table:
            day = max(iso(start), FIRST_DAY)
            assert in_force(day, table) in on(domain, family, day), (domain, start)
    assert "£89" in on(MH, "fares", d(2020, 6, 1)) and "£99" in on(MH, "fares", d(2017, 6, 1))
    assert "turismo sostenible" not in on(HB, "tasa", d(2016, 6, 30))
    assert "3 €" in on(HB, "tasa", d(2019, 8, 1))
    assert "φόρο διαμονής" in on(NT, "times", d(2018, 1, 1))
    assert "97/GP-BTTTT" in on(AC, "giayphep", d(2019, 1, 1))
    offers = {norm(t) for t in group_lines(SET, CP, "subscribe")}
    assert len(offers) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KD, "muad", r"[\u0e00-\u0e7f]"), (KD, "plianplaeng", r"[\u0e00-\u0e7f]"),
        (AC, "giathamkhao", r"[ạảấầậắặẹẻếềểệịọỏốồổộớờởợụủứừửữựđ]"),
        (NT, "katigoria", r"[\u0370-\u03ff]"), (NT, "ploia", r"[\u0370-\u03ff]"),
        (CS, "pubblicita", r"[àèéìòù]"), (ES, "publicite", r"[éèàù]"),
        (RS, "legal", r"[áéíóúñ]")))
    assert any("(GMT+7)" in t for t in group_lines(SET, AC, "ngay"))
    assert any("Ιουνίου" in t or "Μαΐου" in t for t in group_lines(SET, NT, "imerominia"))
    assert any(t.startswith("โพสต์เมื่อ") for t in group_lines(SET, KD, "wanthi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CP}/dated", f"{CP}/byline", f"{CP}/also", f"{CP}/kicker",
                         f"{CP}/rating", f"{CP}/copyright", f"{CS}/data", f"{CS}/scheda",
                         f"{CS}/autore", f"{RS}/fecha", f"{RS}/precios", f"{ES}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CP}/publisher", f"{CP}/prices", f"{CS}/riproduzione", f"{RS}/legal",
        f"{ES}/editeur"))
    assert_carried_share(docs, CP, [
        ("dated", 0.8, 0.98), ("also", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("rating", 0.2, 0.5), ("notice", 0.15, 0.45), ("jump", 0.15, 0.45)])
    assert_carried_share(docs, CS, [("data", 0.75, 0.98), ("errata", 0.0, 0.12),
                                    ("voto", 0.05, 0.4)])
    for fam in (f"{CP}/also", f"{CP}/advert", f"{CS}/pubblicita", f"{KW}/advert"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CS, "foto"), (RS, "llegar"), (ES, "yaller"), (MH, "route"),
                               (KD, "raanlaiad"), (AC, "diachi"), (NT, "pos"),
                               (HB, "alojate"), (HL, "details")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CP, "correction", 16), (CS, "errata"), (RS, "rectificacion"), (ES, "erratum"),
        (KW, "correction"), (KW, "crisis"), (MH, "correction"), (KD, "kaekhai"),
        (KD, "sanapsanun"), (AC, "dinhchinh"), (NT, "diorthosi"), (HG, "correction"),
        (HL, "correction"), (HB, "correccion")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CP}/also", "You might also like: "), (f"{CS}/leggi", "Leggi anche: "),
        (f"{RS}/interesar", "Te puede interesar: "), (f"{ES}/lire", "À lire aussi : "),
        (f"{KW}/next", "Read this next: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CP, "advert", "Advertisement"), (CP, "jump", "Jump to recipe"),
        (CS, "pubblicita", "Pubblicità"), (RS, "publicidad", "Publicidad"),
        (ES, "publicite", "Publicité"), (MH, "promotion", "Promotion"),
        (KD, "khosana", "โฆษณา"), (AC, "quangcao", "Quảng cáo"),
        (NT, "diafimisi", "Διαφήμιση"), (HB, "firma", "Equipo Brisamar")))
    assert_group_values_from_pool(SET, (
        (CP, "kicker", "kicker"), (CS, "categoria", "categoria"), (RS, "seccion", "seccion"),
        (ES, "rubrique", "rubrique"), (KD, "muad", "muad"), (AC, "chuyenmuc", "chuyenmuc"),
        (NT, "katigoria", "katigoria"), (HG, "kicker", "kicker")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CP, "advert", "Advertisement"),
        (CS, "riproduzione", "Riproduzione riservata"),
        (RS, "legal", "Aviso legal · Política de privacidad · Política de cookies")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CP: (["publisher", "copyright"], 2),
        CS: (["riproduzione", "copyright"], 2),
        RS: (["legal", "copyright"], 2),
        ES: (["editeur", "copyright"], 2),
        MH: (["producer", "copyright"], 2),
        AC: (["giayphep", "banquyen"], 2)})


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
