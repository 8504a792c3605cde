"""The held-back-205 template set (`tests.bench.heldout_templates_205`): its localised dates
(printed day by day in British, American AP-style, Canadian and zine English, Irish, Catalan,
Hungarian, Arabic with its switch to both month names and Arabic-Indic digits, and Indonesian,
several changing form on the day of a redesign), the poem of the week and of the day, the
issue and volume lines that turn with each quarter, season, month and half-year, the
submission windows, reading periods and prizes that open and close on their days, the
calendars the appeals follow (National Poetry Day, Hungarian Poetry Day and the Festive Book
Week, Sant Jordi, Seachtain na Gaeilge, the Cairo and Beirut book fairs, Ramadan and the Eid,
Hari Puisi and Bulan Bahasa, Translation Day, Women in Translation Month, AWP, Giving
Tuesday, Christmas, the 2020 lockdowns), the funding credits reworded as funding changed,
the prices, fees, prizes and pay that change over the years, the lines in several languages
and scripts, the variation it promises, its multi-line blocks and the hard negatives of its
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

from tests.bench.heldout_calendar import thanksgiving
from tests.bench.heldout_templates_205 import (
    AWP,
    BEIRUT_FAIR,
    CAIRO_FAIR,
    CU_ARTS,
    CU_PRICES,
    CU_REDESIGN,
    FIRST_DAY,
    JK_FUNDING,
    JK_REDESIGN,
    KH_EMAIL,
    KH_PIU,
    KH_PRICES,
    KH_REDESIGN,
    KONYVHET,
    LAST_DAY,
    LP_NPO,
    LP_PRICES,
    LP_PRIZE,
    LP_REDESIGN,
    LP_SUBMITTABLE,
    LS_HONOR,
    LS_REDESIGN,
    LS_TRAKTEER,
    MD_MAWRED,
    MD_PRICES,
    MD_REDESIGN,
    MD_UNPUBLISHED,
    MH_KOFI,
    POETRY_DAY,
    PR_CITY,
    PR_CONTEST,
    PR_PAY,
    PR_REDESIGN,
    QA_LLULL,
    QA_PRICES,
    QA_REDESIGN,
    RAMADAN,
    SQ_COVID,
    SQ_FOUNDATION,
    SQ_PATRONS,
    SQ_PRIZES,
    SQ_REDESIGN,
    TJ_FRIENDS,
    TJ_ISSUES,
    TJ_REDESIGN,
    TJ_WINDOWS_FROM,
    WA_COMPETITION,
    WA_PAMPHLET,
    WA_REDESIGN,
    arabic,
    ca_date,
    ca_month,
    cu_issue,
    in_force,
    kh_volume,
    lp_issue,
    md_issue,
    pr_issue,
    qa_issue,
    roman,
    sq_issue,
    tj_issue,
    window_state,
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

SET = "held-back-205"
SITES = ("Larkspur Poetry Review", "The Saltmarsh Quarterly", "Kőhíd", "Quaderns de l'Albada",
         "مدارات", "Lembar Sajak", "Cuisle", "Turnstone", "Wren & Anvil Press",
         "The Portage Review", "Jembatan Kata", "moth hour")
LP, SQ, KH, QA = ("larkspurreview.co.uk", "saltmarshquarterly.org", "kohidfolyoirat.hu",
                  "quadernsalbada.cat")
MD, LS, CU, TJ = "madarat-adab.com", "lembarsajak.id", "cuisle.ie", "turnstonejournal.org"
WA, PR, JK, MH = "wrenandanvil.co.uk", "portagereview.ca", "jembatankata.org", "mothhour.net"

d = dt.date
one = dt.timedelta(days=1)
YEARS = range(2015, 2021)

# The dates printed day by day (every one from the first day).
DAILY = ((LP, "dated"), (SQ, "dated"), (KH, "datum"), (QA, "data"), (MD, "tarikh"),
         (LS, "tanggal"), (CU, "data"), (TJ, "dated"), (WA, "posted"), (PR, "dated"),
         (JK, "tanggal"), (MH, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((KH, "nap-verse"),)
# Issue and volume lines.
ISSUES = ((LP, "issue"), (SQ, "volume"), (KH, "szam"), (QA, "numero"), (MD, "adad"),
          (CU, "eagran"), (TJ, "focus"), (TJ, "funder"), (PR, "issue"))
# Reading windows, submission periods, prizes and contests.
WINDOWS = ((LP, "submissions"), (SQ, "reading"), (QA, "convocatoria"), (TJ, "submissions"),
           (MH, "reading"), (LP, "prize"), (SQ, "contest"), (WA, "competition"),
           (PR, "contest"))
# The appeals and notices that follow calendars.
BANNERS = ((LP, "appeal"), (SQ, "notice"), (KH, "ajanlat"), (QA, "subscripcio"),
           (MD, "tanbih"), (LS, "dukung"), (CU, "fogra"), (TJ, "notice"), (WA, "banner"),
           (JK, "buletin"))
# Amounts in force from given days.
TABLES = ((LS, "kirim", LS_HONOR), (WA, "price", WA_PAMPHLET), (PR, "pay", PR_PAY),
          (JK, "dana", JK_FUNDING))

QUIET = d(2015, 2, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    LP: "Subscribe: four issues a year for £24, post free in the UK.",
    SQ: "Get new work in your inbox: sign up for our monthly newsletter.",
    KH: "Előfizetés egy évre: 7 800 Ft, egy szám ára 750 Ft.",
    QA: "Subscripció anual (quatre números): 30 €, enviament inclòs.",
    MD: "الاشتراك السنوي في النسخة الورقية: 60 دولاراً أميركياً شاملاً أجور البريد.",
    LS: "Dukung Lembar Sajak agar tetap bisa dibaca gratis oleh siapa saja.",
    CU: "Glac síntiús bliana le Cuisle: €35 (postas san áireamh).",
    TJ: "Support literary translation: become a Friend of Turnstone from $5 a month.",
    WA: "Free UK postage on all our pamphlets",
    JK: "Berlangganan buletin bulanan Jembatan Kata lewat surel.",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + ISSUES + WINDOWS + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((LP, "week"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 30), d(2018, 4, 23), d(2019, 3, 21),
        d(2020, 4, 1), d(2020, 7, 20), LAST_DAY))


def test_helpers() -> None:
    windows = (("03-01", "05-31"), ("09-01", "11-30"))
    assert window_state(d(2017, 3, 1), windows) == (True, d(2017, 5, 31))
    assert window_state(d(2017, 6, 1), windows) == (False, d(2017, 9, 1))
    assert window_state(d(2017, 12, 24), windows) == (False, d(2018, 3, 1))
    assert window_state(d(2020, 6, 10), windows, {2020: (("03-01", "06-30"),)}) == (
        True, d(2020, 6, 30))
    assert [roman(n) for n in (60, 64, 65, 49)] == ["LX", "LXIV", "LXV", "XLIX"]
    assert ca_month(4) == "d'abril" and ca_month(3) == "de març" and ca_month(10) == "d'octubre"
    assert ca_date(d(2018, 4, 23)) == "23 d'abril de 2018"
    assert arabic(2019) == "٢٠١٩"
    assert lp_issue(d(2015, 3, 1)) == (61, "Spring", 2015)
    assert lp_issue(d(2016, 2, 29)) == (64, "Winter", 2015)
    assert sq_issue(d(2015, 1, 14)) == (20, 3, "Fall", 2014)
    assert sq_issue(d(2019, 9, 15)) == (25, 3, "Fall", 2019)
    assert qa_issue(d(2015, 3, 21)) == (58, "primavera", 2015)
    assert qa_issue(d(2016, 3, 20)) == (61, "hivern", 2015)
    assert kh_volume(d(2018, 4, 11)) == ("LXIII", 4)
    assert md_issue(d(2015, 1, 31)) == 25 and md_issue(d(2020, 12, 1)) == 96
    assert cu_issue(d(2017, 3, 1)) == 146
    assert tj_issue(d(2015, 3, 31))[0] == "12" and tj_issue(d(2020, 10, 1))[0] == "24"
    assert pr_issue(d(2015, 3, 1)) == (41, "Spring", 2015)
    assert pr_issue(d(2016, 2, 1)) == (43, "Winter", 2015)
    assert in_force(d(2018, 10, 3), LP_PRICES) == "£26"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LP, "dated", old, "5 Mar 2016")
    full(LP, "dated", new, "Friday 19 June 2020")
    full(LP, "week", new, "Poem of the Week · week of 15 June 2020")
    full(SQ, "dated", old, "March 5, 2016")
    full(SQ, "dated", new, r"June 19, 2020 · \d+ min read")
    full(SQ, "dated", d(2019, 9, 3), r"Sept\. 3, 2019 · \d+ min read")
    full(SQ, "dated", d(2019, 8, 30), r"Aug\. 30, 2019 · \d+ min read")
    full(KH, "datum", old, r"2016\. 03\. 05\.")
    full(KH, "datum", new, r"2020\. június 19\., péntek")
    full(KH, "nap-verse", new, r"A nap verse – 2020\. június 19\.")
    full(QA, "data", old, "05/03/2016")
    full(QA, "data", new, "divendres, 19 de juny de 2020")
    full(QA, "data", d(2019, 4, 23), "dimarts, 23 d'abril de 2019")
    full(MD, "tarikh", old, "5 آذار 2016")
    full(MD, "tarikh", new, "الجمعة ١٩ حزيران/يونيو ٢٠٢٠")
    full(LS, "tanggal", old, "05/03/2016")
    full(LS, "tanggal", new, rf"Jumat, 19 Juni 2020 \| {clock} WIB")
    full(CU, "data", old, "05/03/2016")
    full(CU, "data", new, "Dé hAoine, 19 Meitheamh 2020")
    full(TJ, "dated", old, "2016-03-05")
    full(TJ, "dated", new, "19 June 2020")
    full(WA, "posted", old, "Posted on 5 March 2016 by Ada Brook")
    full(WA, "posted", new, "Friday 19th June 2020")
    full(WA, "posted", d(2020, 10, 22), "Thursday 22nd October 2020")
    full(PR, "dated", old, "2016-03-05")
    full(PR, "dated", new, "June 19, 2020")
    full(JK, "tanggal", old, "5 Maret 2016")
    full(JK, "tanggal", new, "19/06/2020")
    full(MH, "dated", old, "mar 5, 2016")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    keys = DAILY + EVERY_DAY
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in keys}
    for day in every_day():
        for key in keys:
            seen[key].add(on(*key, day))
        assert on(LP, "dated", day)[0].isdigit() == (day < LP_REDESIGN)
        assert ("min read" in on(SQ, "dated", day)) == (day >= SQ_REDESIGN)
        assert (", " in on(KH, "datum", day)) == (day >= KH_REDESIGN)
        assert ("/" in on(QA, "data", day)) == (day < QA_REDESIGN)
        assert bool(re.search(r"[0-9]", on(MD, "tarikh", day))) == (day < MD_REDESIGN)
        assert ("WIB" in on(LS, "tanggal", day)) == (day >= LS_REDESIGN)
        assert on(CU, "data", day).startswith("Dé") == (day >= CU_REDESIGN)
        assert ("-" in on(TJ, "dated", day)) == (day < TJ_REDESIGN)
        assert on(WA, "posted", day).startswith("Posted") == (day < WA_REDESIGN)
        assert ("-" in on(PR, "dated", day)) == (day < PR_REDESIGN)
        assert ("/" in on(JK, "tanggal", day)) == (day >= JK_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    weekly = changes(LP, "week")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)


def test_issue_and_volume_lines_turn_with_their_issues() -> None:
    firsts = {d(y, m, 1) for y in YEARS for m in range(1, 13)} - {FIRST_DAY}
    assert changes(LP, "issue") == {d(y, m, 1) for y in YEARS for m in (3, 6, 9, 12)} | {
        LP_REDESIGN}
    assert changes(SQ, "volume") == {d(y, m, 15) for y in YEARS for m in (1, 5, 9)}
    assert changes(KH, "szam") == firsts
    assert changes(QA, "numero") == {d(y, m, 21) for y in YEARS for m in (3, 6, 9, 12)}
    assert changes(MD, "adad") == firsts | {MD_REDESIGN}
    assert changes(CU, "eagran") == firsts
    halves = {d(y, m, 1) for y in YEARS for m in (4, 10)}
    assert changes(TJ, "focus") == changes(TJ, "funder") == halves
    assert changes(PR, "issue") == {d(y, m, 1) for y in YEARS for m in (3, 7, 11)}
    assert found(KH, "szam", r"^(\w+)\. évfolyam") == {roman(y - 1955) for y in YEARS}
    assert found(SQ, "volume", r"^Vol\. (\d+),") == {str(y - 1994) for y in range(2014, 2021)}
    assert "Issue 71 (Autumn 2017)" in on(LP, "issue", d(2017, 9, 1))
    assert on(LP, "issue", LAST_DAY).startswith("Issue 84 · Winter 2020")
    assert "Número 64 · Tardor 2016" in on(QA, "numero", d(2016, 9, 21))
    assert "العدد ٩٦" in on(MD, "adad", d(2020, 12, 1))
    assert "Eagrán 146, Márta 2017" in on(CU, "eagran", d(2017, 3, 1))
    funders = found(TJ, "funder", r"with the support of (.+)\.$")
    assert funders == {funder for start, _, _, funder in TJ_ISSUES if start >= "2014-10-01"}


def test_reading_windows_and_prizes_open_and_close_on_their_days() -> None:
    lp = set()
    for y in YEARS:
        lp |= {d(y, 3, 1), d(y, 9, 1), d(y, 12, 1), d(y, 6, 1) if y < 2020 else d(y, 7, 1)}
        assert "closed" in on(LP, "submissions", d(y, 2, 28)), y
        assert "open until" in on(LP, "submissions", d(y, 3, 1)), y
        assert "closed" in on(SQ, "reading", d(y, 12, 16)), y
        assert "open through December 15" in on(SQ, "reading", d(y, 9, 1)), y
        assert "Convocatòria oberta" in on(QA, "convocatoria", d(y, 9, 15)), y
        assert "tancada" in on(QA, "convocatoria", d(y, 11, 16)), y
        assert f"Prize {y} is open" in on(LP, "prize", d(y, 5, 1)), y
        assert f"Prize {y - 1}." in on(LP, "prize", d(y, 4, 30)), y
        assert changes(SQ, "contest") >= {d(y, 1, 15), d(y, 4, 1)}
        assert f"{y} Saltmarsh Quarterly Prizes" in on(SQ, "contest", d(y, 3, 31)), y
        assert "Pamphlet Competition" in on(WA, "competition", d(y, 2, 1)), y
        assert "Creative Nonfiction Contest by November 30" in on(PR, "contest", d(y, 8, 1))
    assert changes(LP, "submissions") == lp
    assert "30 June 2020 (extended)" in on(LP, "submissions", d(2020, 6, 1))
    assert "submissions@" in on(LP, "submissions", d(2018, 5, 1))
    assert "Submittable" in on(LP, "submissions", LP_SUBMITTABLE)
    assert "Fee-free" in on(SQ, "reading", SQ_COVID[0])
    assert "closed" in on(SQ, "reading", SQ_COVID[1] + one)
    assert changes(QA, "convocatoria") == {d(y, m, dd) for y in YEARS for m, dd in (
        (1, 15), (3, 16), (9, 15), (11, 16))}
    tj = changes(TJ, "submissions")
    assert min(tj) == TJ_WINDOWS_FROM and all(day.day in (1, 15, 16) for day in tj)
    assert "year-round" in on(TJ, "submissions", TJ_WINDOWS_FROM - one)
    assert changes(SQ, "contest") == {d(y, m, dd) for y in YEARS for m, dd in ((1, 15),
                                                                                (4, 1))}
    assert changes(LP, "prize") == {d(y, m, 1) for y in YEARS for m in (1, 5, 11)} - {
        FIRST_DAY}
    assert changes(WA, "competition") == {d(y, m, 1) for y in YEARS for m in (2, 5)}
    assert changes(PR, "contest") == {d(y, m, 1) for y in YEARS for m in (8, 12)}
    monthly = changes(MH, "reading")
    assert len(monthly) >= 120 and all(day.day in (1, 8) for day in monthly)
    assert "hiatus" in on(MH, "reading", d(2017, 7, 3))
    assert "reopen june 1" in on(MH, "reading", d(2020, 5, 2))
    assert "open until august 7" in on(MH, "reading", d(2019, 8, 7))
    assert "next window: september 1–7" in on(MH, "reading", d(2019, 8, 8))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in YEARS:
        poetry_day, theme = POETRY_DAY[y]
        assert f"theme is {theme}" in on(LP, "appeal", iso(poetry_day)), y
        assert f"theme is {theme}" in on(WA, "banner", iso(poetry_day)), y
        assert "gift subscription" in on(LP, "appeal", d(y, 12, 1)), y
        assert f"AWP {y} in {AWP[y][2]}" in on(SQ, "notice", iso(AWP[y][0])), y
        assert f"#GivingTuesday {y}" in on(SQ, "notice", thanksgiving(y) + 5 * one), y
        assert f"#GivingTuesday {y}" in on(TJ, "notice", thanksgiving(y) + 5 * one), y
        assert f"{y} Pushcart" in on(SQ, "notice", d(y, 12, 6)), y
        assert f"{y}. április 11." in on(KH, "ajanlat", d(y, 4, 11)), y
        n, first, last = KONYVHET[y]
        assert f"{n}. Ünnepi Könyvhét" in on(KH, "ajanlat", iso(last)), y
        assert f"Nadal {y}" in on(QA, "subscripcio", d(y, 12, 24)), y
        first, eid, hijri = RAMADAN[y]
        assert arabic(hijri) in on(MD, "tanbih", iso(first)), y
        assert "عيد فطر" in on(MD, "tanbih", iso(eid)), y
        assert f"Ramadan {hijri} H" in on(LS, "dukung", iso(first)), y
        assert f"Idulfitri {hijri} H" in on(LS, "dukung", iso(eid)), y
        # Ramadan 2020 began on 24 April: it wins over the last days before Hari Puisi.
        assert f"Hari Puisi Nasional {y}" in on(LS, "dukung", d(y, 4, 23)), y
        assert f"Bulan Bahasa dan Sastra {y}" in on(LS, "dukung", d(y, 10, 15)), y
        assert f"القاهرة الدولي للكتاب {y}" in on(MD, "tanbih", iso(CAIRO_FAIR[y][0])), y
        assert f"اليوم العالمي للشعر {y}" in on(MD, "tanbih", d(y, 3, 21)), y
        assert f"Seachtain na Gaeilge {y}" in on(CU, "fogra", d(y, 3, 10)), y
        assert f"Oireachtais {y}" in on(CU, "fogra", d(y, 1, 25)), y
        assert f"fhoireann Cuisle, {y}" in on(CU, "fogra", d(y, 12, 25)), y
        assert f"August {y} is Women in Translation Month" in on(TJ, "notice", d(y, 8, 15))
        assert f"International Translation Day {y}" in on(TJ, "notice", d(y, 9, 30)), y
        if y > 2015:  # Frankfurt 2015's notice runs over Translation Day 2015
            assert f"30 September {y}" in on(JK, "buletin", d(y, 9, 30)), y
        if y < 2020:
            assert f"Sant Jordi {y}" in on(QA, "subscripcio", d(y, 4, 23)), y
    for y, (first, _) in BEIRUT_FAIR.items():
        assert f"بيروت العربي الدولي للكتاب {y}" in on(MD, "tanbih", iso(first)), y
    assert "a casa" in on(QA, "subscripcio", d(2020, 4, 23))
    assert "Sant Jordi d'estiu" in on(QA, "subscripcio", d(2020, 7, 23))
    assert "szeptemberre" in on(KH, "ajanlat", d(2020, 6, 10))
    assert "digital edition is free" in on(LP, "appeal", d(2020, 4, 1))
    assert "Covid-19" in on(CU, "fogra", d(2020, 4, 1))
    assert "Frankfurter Buchmesse 2015" in on(JK, "buletin", d(2015, 10, 1))
    assert "work from home" in on(WA, "banner", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LP, "byline", LP_REDESIGN, "By {author}", "Poem by"),
        (LP, "funding", LP_NPO, "Grants for the Arts", "National Portfolio"),
        (SQ, "notice", SQ_PATRONS, "newsletter", "patron"),
        (SQ, "support", SQ_FOUNDATION, "Maine Arts Commission.", "Harbor Light"),
        (KH, "kezirat", KH_EMAIL, "nem őrzünk meg", "e-mailben"),
        (KH, "nka", KH_PIU, "Nemzeti Kulturális Alap", "Petőfi Irodalmi Ügynökség"),
        (QA, "llegiu", QA_REDESIGN, "Llegiu també", "Us pot interessar"),
        (QA, "suport", QA_LLULL, "Lletres Catalanes.", "Ramon Llull"),
        (MD, "musahamat", MD_UNPUBLISHED, "بمساهمات", "غير المنشورة"),
        (MD, "daam", MD_MAWRED, "آفاق", "المورد"),
        (LS, "penulis", LS_REDESIGN, "Oleh:", "Editor:"),
        (LS, "dukung", LS_TRAKTEER, "dibaca gratis", "Trakteer"),
        (CU, "foras", CU_ARTS, "Fhoras na Gaeilge.", "gComhairle Ealaíon"),
        (TJ, "credit", TJ_REDESIGN, "Translated by {author}", "By {author2}"),
        (PR, "council", PR_CITY, "Manitoba Arts Council.", "Winnipeg"),
        (MH, "support", MH_KOFI, "patreon", "ko-fi")))
    assert "four issues a year" in on(LP, "appeal", d(2018, 9, 20))
    assert "digital archive" in on(LP, "appeal", d(2018, 10, 20))
    assert_groups_reworded(SET, (
        (LP, "dated", " 20", "day "),
        (SQ, "dated", ", 20", "min read"),
        (LP, "byline", "By ", "Poem by "),
        (KH, "datum", ". 0", ", "),
        (QA, "llegiu", "Llegiu també", "Us pot interessar"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
    assert "Rp400.000" in on(LS, "kirim", d(2019, 6, 1))
    assert "ditangguhkan" in on(LS, "kirim", d(2020, 5, 1))
    assert "£7.00" in on(WA, "price", d(2020, 2, 1))
    assert "$60 a page" in on(PR, "pay", d(2020, 2, 1))
    assert "Komite Buku Nasional" in on(JK, "dana", d(2017, 1, 1))
    for y in YEARS:
        prize, fee = LP_PRIZE[y]
        assert f"£{prize} first prize, £{fee} a poem" in on(LP, "prize", d(y, 6, 1)), y
        prize, fee = SQ_PRIZES[y]
        assert f"${prize} and publication; the ${fee} entry fee" in on(SQ, "contest",
                                                                       d(y, 2, 1)), y
        fee, prize = WA_COMPETITION[y]
        assert f"£{fee} an entry" in on(WA, "competition", d(y, 3, 1)), y
        assert f"£{prize}." in on(WA, "competition", d(y, 3, 1)), y
        assert f"${PR_CONTEST[y]} first prize" in on(PR, "contest", d(y, 9, 1)), y
        quiet = d(y, 2, 20)
        assert in_force(quiet, KH_PRICES) in on(KH, "ajanlat", quiet), y
        assert in_force(quiet, QA_PRICES) in on(QA, "subscripcio", quiet), y
        assert in_force(quiet, MD_PRICES) in on(MD, "tanbih", quiet), y
        assert in_force(quiet, CU_PRICES) in on(CU, "fogra", quiet), y
        assert in_force(quiet, TJ_FRIENDS) in on(TJ, "notice", quiet), y
        assert in_force(d(y, 7, 1), LP_PRICES) in on(LP, "appeal", d(y, 7, 1)), y
    assert "£30" in on(LP, "appeal", d(2020, 7, 1)) and "£24" in on(LP, "appeal", QUIET)
    assert "reading fee $2" in on(SQ, "reading", d(2016, 9, 1))
    assert "reading fee $3" in on(SQ, "reading", d(2017, 9, 1))
    assert "35 €" in on(QA, "subscripcio", d(2019, 6, 1))
    fees = found(SQ, "contest", r"the \$(\d+) entry fee")
    assert fees == {"20", "25"}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (MD, "tarikh", r"[\u0600-\u06ff]"), (MD, "araa", r"[\u0600-\u06ff]"),
        (MD, "tanbih", r"[\u0600-\u06ff]"), (KH, "datum", r"\d{4}\. "),
        (KH, "jog", r"[áéíóöőúüű]"), (QA, "convocatoria", r"[àèéíòóúç]"),
        (CU, "cearta", r"[áéíóú]"), (CU, "udar", r"^Le "),
        (LS, "hakcipta", r"^Hak cipta"), (JK, "hak", r"terjemah")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, MD, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, MD, "tarikh"))
    assert any("d'" in t for t in group_lines(SET, QA, "data")) or any(
        " de " in t for t in group_lines(SET, QA, "data"))
    assert any("WIB" in t for t in group_lines(SET, LS, "tanggal"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LP}/dated", f"{LP}/byline", f"{LP}/read-next", f"{LP}/kicker",
                         f"{LP}/issue", f"{LP}/submissions", f"{LP}/appeal", f"{SQ}/dated",
                         f"{SQ}/byline", f"{SQ}/volume", f"{KH}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LP}/rights", f"{LP}/charity", f"{SQ}/rights", f"{SQ}/masthead", f"{KH}/jog",
        f"{QA}/drets"))
    assert_carried_share(docs, LP, [
        ("dated", 0.8, 0.98), ("read-next", 0.4, 0.75), ("correction", 0.0, 0.1),
        ("week", 0.03, 0.2), ("rights", 0.3, 0.6)])
    assert_carried_share(docs, SQ, [("dated", 0.75, 0.95), ("patron", 0.03, 0.25)])
    for fam in (f"{LP}/read-next", f"{LP}/advert", f"{KH}/hirdetes", f"{LS}/baca"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LP, "listen"), (SQ, "more"), (KH, "kapcsolodo"),
                               (QA, "publicitat"), (MD, "iqra"), (CU, "leigh")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LP, "correction", 16), (SQ, "correction"), (KH, "helyesbites"), (QA, "fe-errades"),
        (MD, "tashih"), (LS, "ralat"), (CU, "ceartuchan"), (TJ, "correction"),
        (WA, "correction"), (PR, "correction"), (JK, "ralat"), (MH, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LP}/read-next", "Read next: "), (f"{SQ}/more", "More from this issue: "),
        (f"{KH}/kapcsolodo", "Kapcsolódó: "), (f"{MD}/iqra", "اقرأ أيضاً: "),
        (f"{LS}/baca", "Baca juga: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LP, "advert", "Advertisement"), (KH, "hirdetes", "Hirdetés"),
        (QA, "publicitat", "Publicitat"), (MD, "ilan", "إعلان"), (LS, "iklan", "ADVERTISEMENT"),
        (CU, "fograi", "Fógra"), (WA, "share", "Share this:")))
    assert_group_values_from_pool(SET, (
        (LP, "kicker", "kicker"), (SQ, "genre", "genre"), (KH, "rovat", "rovat"),
        (QA, "seccio", "seccio"), (MD, "bab", "bab"), (LS, "rubrik", "rubrik"),
        (CU, "rannog", "rannog"), (TJ, "lang", "lang")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LP, "advert", "Advertisement"),
        (SQ, "rights", "All rights revert to the authors upon publication."),
        (KH, "jog", "Minden jog fenntartva. A közölt írások szerzői jogai a szerzőket "
                    "illetik.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LP: (["funding", "rights", "charity"], 3),
        SQ: (["support", "rights", "masthead"], 3),
        KH: (["nka", "ajanlat", "jog", "impresszum"], 3),
        QA: (["suport", "subscripcio", "drets", "editor"], 2),
        MD: (["araa", "musahamat", "daam", "tanbih", "huquq"], 3),
        LS: (["kirim", "hakcipta", "dukung", "redaksi"], 2),
        CU: (["foras", "cearta", "clo"], 2),
        TJ: (["permissions", "funder", "submissions", "notice", "issn"], 2),
        PR: (["contest", "council", "land", "rights", "pay"], 2)})


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
