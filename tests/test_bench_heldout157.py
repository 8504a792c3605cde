"""The held-back-157 template set (`tests.bench.heldout_templates_157`): its localised dates
(printed day by day in English, German, French, Spanish, Polish, Japanese with the Reiwa era
from 1 May 2019 and Chinese with the weekday, several changing form on the day of a redesign
or of a move of head office), the lines that turn every day, week and two months (a CME
activity's release and expiry dates, a newsletter's issue number, a biotech index to the
Friday, Poland's reimbursement list), the calendars some notices follow (the J.P. Morgan
week, ASCO, BIO, International Nurses Day, the RCN Congress, expopharm, securPharm, Mois sans
tabac, the EIR exam, Golden Week and the New Year break, drug-price revisions, the Two
Sessions, China's reimbursement talks, the Spring Festival, Poland's 75+ medicines and
e-prescriptions, the pandemic), the notices reworded on their days, the fees, pay, counts and
prices that change over the years, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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

from tests.bench.heldout_templates_157 import (
    AE_BOLETIN,
    AE_REDESIGN,
    APOTHEKEN,
    ASCO,
    BAND5,
    BIO,
    CHUNJIE,
    CONSULTATION,
    CU_POSTTEST,
    CU_STANDARDS,
    DS_LAUNCH,
    DW_NEWSLETTER,
    DW_REDESIGN,
    EIR_EXAMS,
    EXPOPHARM,
    FIRST_DAY,
    GLOBAL_SUM,
    IT_MAGAZINE,
    IT_TAX,
    JPM_WEEK,
    JS_INTERETS,
    JS_NEWSLETTER,
    JS_REDESIGN,
    JS_SIGNALEMENT,
    KF_NEWSLETTER,
    KF_REDESIGN,
    LA_MADRID,
    LAST_DAY,
    LIANGHUI,
    NMPA,
    NP_BULLETIN,
    NP_REDESIGN,
    NP_REVALIDATION,
    PAISES,
    PC_REDESIGN,
    PC_YELLOW_CARD,
    PDUFA_FEES,
    PR_BFARM,
    PR_NEWSLETTER,
    PR_REDESIGN,
    RCN_CONGRESS,
    REIWA,
    YAKKA,
    YEARS,
    YG_APP,
    YG_REDESIGN,
    expiry,
    index_close,
    issue_number,
    last_friday,
    monday_of,
    reiwa,
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
    wording_matches,
    wording_on,
)

SET = "held-back-157"
SITES = ("DoseWire", "Nursing Practice Today", "Pharma-Rundschau", "Journal des Soignants",
         "Actualidad Enfermera", "医薬タイムズ通信", "医药观察网", "Kurier Farmaceutyczny",
         "Primary Care Bulletin", "The Biotech Deal Sheet", "Clinician Update",
         "Laboratorios Alameda")
DW, NP, PR, JS = ("dosewire.com", "nursingpracticetoday.co.uk", "pharmarundschau.de",
                  "journaldessoignants.fr")
AE, IT, YG, KF = ("actualidadenfermera.es", "iyaku-times.jp", "yiyaoguancha.cn",
                  "kurierfarmaceutyczny.pl")
PC, DS, CU, LA = ("primarycarebulletin.co.uk", "dealsheetbio.com", "clinicianupdate.org",
                  "laboratoriosalameda.es")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((DW, "dated"), (NP, "dated"), (PR, "datum"), (JS, "date"), (AE, "fecha"),
         (IT, "hizuke"), (YG, "riqi"), (KF, "data"), (PC, "dated"), (CU, "release"),
         (LA, "lugar"))
# The lines that turn every week or every other month.
WEEKLY = ((DS, "issue"), (DS, "index"))
# The notices that follow calendars.
BANNERS = ((DW, "newsletter"), (NP, "notice"), (PR, "hinweis"), (JS, "lettre"),
           (AE, "aviso"), (IT, "oshirase"), (YG, "gonggao"), (KF, "komunikat"),
           (DS, "banner"))
# Amounts in force from given days.
TABLES = ((DW, "fee", PDUFA_FEES), (NP, "pay", BAND5), (PR, "apotheken", APOTHEKEN),
          (JS, "tarif", CONSULTATION), (IT, "yakka", YAKKA), (PC, "global-sum", GLOBAL_SUM),
          (LA, "acerca", PAISES))

QUIET = d(2015, 4, 14)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    DW: "Get DoseWire Daily in your inbox every weekday morning",
    NP: "Follow Nursing Practice Today on Twitter for breaking news",
    PR: "Täglich informiert: den Pharma-Rundschau-Newsletter kostenlos abonnieren",
    JS: "Recevez chaque matin la lettre du Journal des Soignants",
    AE: "Síguenos en Twitter y Facebook para no perderte nada",
    IT: "医薬タイムズ通信のメールマガジン（無料）を配信中です",
    YG: "扫描二维码，关注医药观察网微信公众号",
    KF: "Polub nas na Facebooku i bądź na bieżąco",
    DS: "Enjoying this newsletter? Forward it to a colleague",
}

on = partial(wording_on, SET)


def changes(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family differs from the day
    before's."""
    return {day for day in every_day()
            if on(domain, family, day) != on(domain, family, day - one)}


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + WEEKLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (KF, "lista"), (IT, "kodoku")), (
        FIRST_DAY, QUIET, d(2016, 2, 29), d(2017, 10, 9), d(2018, 4, 10), d(2019, 5, 1),
        d(2019, 10, 1), d(2020, 5, 22), LAST_DAY))


def test_helpers() -> None:
    assert expiry(d(2016, 2, 29)) == d(2017, 2, 28) and expiry(d(2017, 6, 21)) == d(2018, 6, 21)
    assert reiwa(2019) == "元" and reiwa(2020) == "2"
    assert monday_of(d(2016, 3, 20)) == d(2016, 3, 14) == monday_of(d(2016, 3, 14))
    assert last_friday(d(2019, 6, 23)) == last_friday(d(2019, 6, 21)) == d(2019, 6, 21)
    assert last_friday(d(2019, 6, 20)) == d(2019, 6, 14)
    assert issue_number(DS_LAUNCH) == 1 and issue_number(d(2016, 3, 16)) == 107
    closes = [index_close(last_friday(day)) for day in every_day()[::7]]
    assert all(2400 <= c <= 5200 for c in closes)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DW, "dated", old, "Mar 5, 2016")
    full(DW, "dated", new, r"Updated Friday, June 19, 2020 \d{1,2}:\d\d [AP]M ET")
    full(NP, "dated", old, "5 March, 2016")
    full(NP, "dated", new, rf"Published: Fri 19 June 2020, {clock}")
    full(PR, "datum", old, r"5\. März 2016")
    full(PR, "datum", new, rf"Stand: 19\.06\.2020, {clock} Uhr")
    full(JS, "date", old, "Le 5 mars 2016")
    full(JS, "date", new, rf"Publié le vendredi 19 juin 2020 à {clock}")
    full(AE, "fecha", old, rf"05/03/2016 - {clock}")
    full(AE, "fecha", new, "Actualizado el viernes, 19 de junio de 2020")
    full(IT, "hizuke", old, "2016年3月5日（土）")
    full(IT, "hizuke", new, "2020年（令和2年）6月19日（金）")
    full(IT, "hizuke", REIWA, "2019年（令和元年）5月1日（水）")
    full(YG, "riqi", old, rf"2016-03-05 {clock}")
    full(YG, "riqi", new, rf"2020年06月19日 星期五 {clock}")
    full(KF, "data", old, rf"05\.03\.2016, godz\. {clock}")
    full(KF, "data", new, "piątek, 19 czerwca 2020")
    full(PC, "dated", old, "5 March 2016")
    full(PC, "dated", new, "Bulletin · Friday 19 June 2020")
    full(CU, "release", old, "Release date: March 5, 2016 · Expiration date: March 5, 2017")
    full(LA, "lugar", old, "Barcelona, 5 de marzo de 2016 –")
    full(LA, "lugar", new, r"Madrid, 19 de junio de 2020\.-")
    full(DS, "issue", new, "Issue 329 · Week of June 15, 2020")
    full(DS, "index", new, r"Biotech index, close on Friday Jun 19: [\d,]+\.\d\d "
                           r"\([+-]\d+\.\d% on the week\)")
    full(KF, "lista", new, "Lista leków refundowanych: obowiązuje obwieszczenie Ministra "
                           "Zdrowia z mocą od 1 maja 2020.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(DW, "dated", day).startswith("Updated") == (day >= DW_REDESIGN)
        assert on(NP, "dated", day).startswith("Published") == (day >= NP_REDESIGN)
        assert on(PR, "datum", day).startswith("Stand") == (day >= PR_REDESIGN)
        assert on(JS, "date", day).startswith("Publié") == (day >= JS_REDESIGN)
        assert on(AE, "fecha", day).startswith("Actualizado") == (day >= AE_REDESIGN)
        assert ("令和" in on(IT, "hizuke", day)) == (day >= REIWA)
        assert ("星期" in on(YG, "riqi", day)) == (day >= YG_REDESIGN)
        assert ("godz." in on(KF, "data", day)) == (day < KF_REDESIGN)
        assert on(PC, "dated", day).startswith("Bulletin") == (day >= PC_REDESIGN)
        assert on(LA, "lugar", day).startswith("Madrid") == (day >= LA_MADRID)
        assert f"{expiry(day).year}" in on(CU, "release", day).rpartition(":")[2]
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_by_two_months() -> None:
    for family in ("issue", "index"):
        weekly = changes(DS, family)
        assert len(weekly) >= 300, family
        assert all(day.weekday() == (0 if family == "issue" else 4) for day in weekly), family
    issues = {int(m[1]) for day in every_day() if (m := re.match(r"Issue (\d+)",
                                                                 on(DS, "issue", day)))}
    assert issues == set(range(min(issues), max(issues) + 1)) and min(issues) == 44
    lists = changes(KF, "lista")
    assert lists == {d(y, m, 1) for y in YEARS for m in (1, 3, 5, 7, 9, 11)} - {FIRST_DAY}
    index = [float(m[1].replace(",", "")) for t in group_lines(SET, DS, "index")
             if (m := re.search(r": ([\d,]+\.\d\d) ", norm(t)))]
    assert index and all(2400 <= v <= 5200 for v in index)



def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in YEARS:
        assert f"JPM week {y}" in on(DW, "newsletter", iso(JPM_WEEK[y])), y
        assert f"JPM {y}" in on(DS, "banner", iso(JPM_WEEK[y]) - 5 * one), y
        assert f"International Nurses Day {y}" in on(NP, "notice", d(y, 5, 12)) or y == 2020
        assert "Día Internacional de la Enfermería" in on(AE, "aviso", d(y, 5, 12)) or (
            y == 2020)
        eir = iso(EIR_EXAMS[y])
        assert f"Examen EIR del {eir.day} de" in on(AE, "aviso", eir - 5 * one), y
        assert f"{y}年12月29日" in on(IT, "oshirase", d(y, 12, 29)), y
        assert f"{y}年春节" in on(YG, "gonggao", iso(CHUNJIE[y]) + one) or y == 2020
        assert f"{y}年全国两会" in on(YG, "gonggao", iso(LIANGHUI[y])), y
        assert f"Our {y} deal tally" in on(DS, "banner", d(y, 12, 28)), y
        if 2016 <= y < 2020:  # the second lockdown's notice wins in November 2020
            assert f"Mois sans tabac {y}" in on(JS, "lettre", d(y, 11, 15)), y
    assert "Mois sans tabac" not in on(JS, "lettre", d(2015, 11, 15))
    for first, last in ASCO[:-1]:
        assert f"ASCO {first[:4]}" in on(DW, "newsletter", iso(last))
    for first, last, city in BIO[:-1]:  # ASCO wins the days they share
        assert f"BIO {first[:4]} in {city}" in on(DW, "newsletter", iso(last))
    for first, last, city in RCN_CONGRESS:
        assert f"RCN Congress {first[:4]} in {city}" in on(NP, "notice", iso(last))
    for first, _, city in EXPOPHARM:
        assert f"expopharm {first[:4]} in {city}" in on(PR, "hinweis", iso(first))
    assert found(PR, "hinweis", r"expopharm (\d{4})") == {"2015", "2016", "2017", "2018", "2019"}
    assert "digital" in on(PR, "hinweis", d(2020, 10, 15))
    assert "securPharm" in on(PR, "hinweis", d(2019, 2, 9))
    assert "Coronavirus" in on(PR, "hinweis", d(2020, 4, 1))
    assert "Ségur" in on(JS, "lettre", d(2020, 6, 15))
    assert "Reconfinement" in on(JS, "lettre", d(2020, 11, 15))
    assert "Prescripción enfermera" in on(AE, "aviso", d(2018, 10, 25))
    assert "Estado de alarma" in on(AE, "aviso", d(2020, 5, 12))
    for y in (2016, 2018, 2020):
        assert f"{y}年度薬価改定" in on(IT, "oshirase", d(y, 4, 1)) or y == 2020
    assert "新型コロナ" in on(IT, "oshirase", d(2020, 4, 1))
    assert "ゴールデンウィーク休刊のお知らせ（2019年" in on(IT, "oshirase", d(2019, 5, 1))
    assert "2020年全国两会" in on(YG, "gonggao", d(2020, 5, 25))
    assert "两会" not in on(YG, "gonggao", d(2020, 3, 5))  # put off to May
    assert "新冠" in on(YG, "gonggao", d(2020, 1, 25))  # the epidemic wins over the festival
    assert "4+7" in on(YG, "gonggao", d(2018, 12, 10))
    assert "医保谈判" in on(YG, "gonggao", d(2019, 12, 1))
    assert "75+" in on(KF, "komunikat", d(2016, 9, 15))
    assert "e-recepta" in on(KF, "komunikat", d(2020, 1, 8))
    assert "Apteka dla aptekarza" in on(KF, "komunikat", d(2017, 6, 25))
    assert "Koronawirus" in on(KF, "komunikat", d(2020, 4, 1))
    assert "first COVID-19 vaccine" in on(DW, "newsletter", d(2020, 12, 14))
    assert "tracker" in on(DW, "newsletter", d(2020, 9, 1))
    assert "Year of the Nurse" in on(NP, "notice", d(2020, 2, 1))
    assert "COVID-19" in on(NP, "notice", d(2020, 5, 12))  # no Nurses Day banner in 2020
    assert "COVID-19" in on(DS, "banner", d(2020, 5, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DW, "byline", DW_REDESIGN, "By {author}", "{author_beat}"),
        (DW, "newsletter", DW_NEWSLETTER, "every weekday morning", "85,000"),
        (NP, "byline", NP_REDESIGN, "By {author}", "{author_beat}"),
        (NP, "cpd", NP_REVALIDATION, "PREP", "Revalidation"),
        (NP, "notice", NP_BULLETIN, "Twitter", "daily bulletin"),
        (PR, "autor", PR_REDESIGN, "Von {author}", "Autor:"),
        (PR, "nebenwirkungen", PR_BFARM, "(AMK).", "BfArM"),
        (PR, "hinweis", PR_NEWSLETTER, "Täglich informiert", "6 Uhr"),
        (JS, "pharmacovigilance", JS_SIGNALEMENT, "centre régional", "signalement-sante"),
        (JS, "interets", JS_INTERETS, "Liens d'intérêts", "Transparence Santé"),
        (JS, "lettre", JS_NEWSLETTER, "Recevez", "7 h"),
        (AE, "aviso", AE_BOLETIN, "Twitter", "boletín"),
        (IT, "oshirase", IT_MAGAZINE, "配信中", "毎朝"),
        (IT, "kodoku", IT_TAX, "4,104円", "4,180円"),
        (YG, "buliang", NMPA, "总局", "药品评价中心"),
        (YG, "gonggao", YG_APP, "微信公众号", "APP"),
        (KF, "komunikat", KF_NEWSLETTER, "Facebooku", "newsletter"),
        (PC, "yellow-card", PC_YELLOW_CARD, "scheme.", "app"),
        (CU, "post-test", CU_POSTTEST, "70%", "75%"),
        (CU, "faculty", CU_STANDARDS, "commercial interests", "ineligible companies")))
    assert_groups_reworded(SET, (
        (DW, "dated", ", 20", "Updated "),
        (NP, "dated", ", 20", "Published: "),
        (DW, "byline", "By ", ", "),
        (PR, "datum", ". ", "Uhr"),
        (IT, "hizuke", "（", "令和"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for i, (start, value) in enumerate(table):
            if i + 1 < len(table) and iso(table[i + 1][0]) <= FIRST_DAY:
                continue  # superseded before the first day
            for part in value.split("|"):
                assert part in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert changes(DW, "fee") == {d(y, 10, 1) for y in range(2015, 2021)}
    assert "$2,942,965" in on(DW, "fee", d(2020, 9, 30))
    assert changes(NP, "pay") == {d(y, 4, 1) for y in range(2015, 2021)}
    assert "£24,907" in on(NP, "pay", d(2020, 6, 1))
    assert "19.075" in on(PR, "apotheken", d(2020, 6, 1)) and "Ende 2019" in on(
        PR, "apotheken", d(2020, 6, 1))
    assert "23 €" in on(JS, "tarif", d(2017, 4, 30)) and "25 €" in on(JS, "tarif", d(2017, 5, 1))
    assert "téléconsultation" in on(JS, "tarif", d(2019, 1, 1))
    assert changes(IT, "kodoku") == {IT_TAX}
    assert "消費税" in on(IT, "yakka", d(2019, 12, 1)) and "▲4.38%" in on(IT, "yakka", LAST_DAY)
    assert changes(AE, "colegiadas") == {d(y, 5, 20) for y in range(2015, 2021)}
    assert changes(PC, "global-sum") == {d(y, 4, 1) for y in range(2015, 2021)}
    assert "58 países" in on(LA, "acerca", d(2020, 6, 1))
    upfront = {norm(t) for t in group_lines(SET, DS, "upfront")}
    assert len(upfront) >= 5


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (IT, "iryo", r"[\u3040-\u30ff]"), (IT, "kokoku", r"[\u4e00-\u9fff]"),
        (IT, "hizuke", r"[月日]"), (YG, "zhuanye", r"[\u4e00-\u9fff]"),
        (YG, "mianze", r"[\u4e00-\u9fff]"), (KF, "uprawnieni", r"[ąęłńóśźż]"),
        (KF, "data", r"[0-9]"), (PR, "fachkreise", r"[äöüß]"), (JS, "reserve", r"[éèàù]"),
        (AE, "legal", r"[áéíóúñ]"), (LA, "ficha", r"[áéíóúñ]")))
    assert any("令和" in t for t in group_lines(SET, IT, "hizuke"))
    assert any("令和" not in t for t in group_lines(SET, IT, "hizuke"))
    assert any("星期" in t for t in group_lines(SET, YG, "riqi"))
    assert any(re.search(r"[ąęłńóśźż]", t) for t in group_lines(SET, KF, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DW}/dated", f"{DW}/byline", f"{DW}/related", f"{DW}/kicker",
                         f"{DW}/companies", f"{DW}/copyright", f"{NP}/dated",
                         f"{NP}/read-more", f"{PR}/datum", f"{PR}/mehr"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DW}/tips", f"{DW}/release", f"{NP}/publisher", f"{NP}/subscriber",
        f"{PR}/fachkreise", f"{PR}/impressum", f"{JS}/reproduction"))
    assert_carried_share(docs, DW, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("sponsored", 0.0, 0.15), ("newsletter", 0.15, 0.5), ("tips", 0.25, 0.55)])
    assert_carried_share(docs, NP, [("dated", 0.75, 0.99), ("update", 0.0, 0.12)])
    for fam in (f"{DW}/related", f"{DW}/advert", f"{PR}/anzeige", f"{JS}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((DW, "companies"), (NP, "read-more"), (PR, "pflichtangaben"),
                               (JS, "lire"), (AE, "relacionada"), (IT, "kaiin"),
                               (YG, "xiangguan"), (KF, "czytaj")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (DW, "correction", 16), (DW, "sponsored", 20), (NP, "update"), (PR, "korrektur"),
        (JS, "erratum"), (AE, "fe-de-errores"), (IT, "teisei"), (YG, "gengzheng"),
        (KF, "sprostowanie", 8), (PC, "correction"), (DS, "correction"), (CU, "correction"),
        (LA, "rectificacion")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DW}/related", "Related: "), (f"{NP}/read-more", "Read more: "),
        (f"{PR}/mehr", "Mehr zum Thema: "), (f"{JS}/lire", "Lire aussi : "),
        (f"{AE}/relacionada", "Noticia relacionada: "), (f"{IT}/kanren", "関連記事："),
        (f"{YG}/xiangguan", "相关阅读："), (f"{KF}/czytaj", "Czytaj także: ")))


def test_gates_credits_and_sponsors_from_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (DW, "advert", "Advertisement"), (NP, "advert", "Advertisement"),
        (PR, "anzeige", "ANZEIGE"), (JS, "publicite", "Publicité"),
        (AE, "publicidad", "Publicidad"), (IT, "kokoku", "広告"), (YG, "guanggao", "广告"),
        (KF, "reklama", "Reklama"), (LA, "nota", "NOTA DE PRENSA"),
        (PC, "hcp", "This site is intended for UK healthcare professionals only")))
    assert_group_values_from_pool(SET, (
        (DW, "kicker", "kicker"), (NP, "section", "section"), (PR, "rubrik", "rubrik"),
        (JS, "rubrique", "rubrique"), (AE, "seccion", "seccion"), (IT, "bunya", "bunya"),
        (YG, "lanmu", "lanmu"), (KF, "kategoria", "kategoria")))
    credits = {m[1] for t in group_lines(SET, CU, "credit")
               if (m := re.search(r"maximum of (\S+) AMA", norm(t)))}
    assert len(credits) >= 3
    points = {m[1] for t in group_lines(SET, PR, "fortbildung")
              if (m := re.search(r"erhält (\d) Fortbildungspunkt", norm(t)))}
    assert len(points) >= 2
    sponsors = {norm(t).removeprefix("Presented by ") for t in group_lines(SET, DS, "presented")}
    assert len(sponsors) >= 3
    grants = [norm(t) for t in group_lines(SET, CU, "grant")]
    assert grants and all(t.startswith("Supported by an independent educational grant from ")
                          for t in grants)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DW, "advert", "Advertisement"),
        (NP, "advert", "Advertisement"),
        (PR, "fachkreise", "Nur für Fachkreise: Die Inhalte dieser Seite richten sich "
                           "ausschließlich an Angehörige der Heilberufe (§ 2 HWG).")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DW: (["tips", "copyright"], 2),
        NP: (["publisher", "copyright"], 2),
        PR: (["impressum", "copyright"], 2),
        JS: (["reproduction", "copyright"], 2),
        AE: (["legal", "copyright"], 2),
        IT: (["tensai", "copyright"], 2),
        YG: (["banquan", "icp"], 2),
        DS: (["not-advice", "forward-looking", "disclosure"], 2),
        CU: (["accreditation", "copyright"], 2),
        LA: (["acerca", "contacto"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
