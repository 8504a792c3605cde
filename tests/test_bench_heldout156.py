"""The held-back-156 template set (`tests.bench.heldout_templates_156`): its localised dates
(printed day by day in English, Italian, French, German, Japanese with the weekday in kanji,
Korean with the weekday in hangul and Portuguese, several changing form on the day of a
redesign), the lines that turn every day, week and month ("prices correct at time of
writing", the Japanese price line, a contest's D-day counter, the picture of the week, a
monthly competition's theme, a gallery's month), the award-entry windows with their fees and
prizes by year and their 2020 extensions, the calendars some notices follow (Milan Design
Week, the Rencontres d'Arles, Paris Photo, CP+, Cannes Lions, Carnival, Seollal and Chuseok,
the Japanese year-end, Inktober, the lockdowns), the amounts that change over the years
(subscriptions, a pro plan, the Japanese consumption tax, the German VAT cut), the lines in
several languages and scripts, the variation it promises, its credit blocks and the hard
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

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_156 import (
    ARLES,
    CANNES_LIONS,
    CC_FEES,
    CC_REDESIGN,
    CHUSEOK,
    CP_PLUS,
    DESIGN_WEEK,
    DN_COPYRIGHT,
    DN_PRIZE,
    DN_REDESIGN,
    FF_PRO,
    FF_REDESIGN,
    FIRST_DAY,
    FL_FEES,
    FL_REDESIGN,
    FM_FEES,
    FM_REDESIGN,
    GO_ABBONAMENTO,
    GO_IMAGES,
    GO_NEWSLETTER,
    GO_REDESIGN,
    LAST_DAY,
    LL_AFFILIATE,
    LL_POTY_FEES,
    LL_REDESIGN,
    LL_RIGHTS,
    LW_PATREON,
    OB_REDESIGN,
    PARIS_PHOTO,
    RP_DROITS,
    RP_REDESIGN,
    SEOLLAL,
    ST_REDESIGN,
    ST_RIGHTS,
    ST_TAX,
    VAT_CUT,
    VP_ASSINATURA,
    VP_BYLINE,
    VP_NEWSLETTER,
    VP_REDESIGN,
    cc_window,
    dn_deadline,
    fm_abo,
    ll_theme,
    monday_of,
    value_on,
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

SET = "held-back-156"
SITES = ("Lens & Light", "Grafica Oggi", "写真手帖", "Formline", "Vitrine Publicitária",
         "Regard Photo", "디자인누리", "Form & Marke", "Folioform", "Campaign Circle",
         "Linework Journal", "Objetiva")
LL, GO, ST, FL = ("lensandlight.com", "grafica-oggi.it", "shashin-techo.jp", "formlinemag.com")
VP, RP, DN, FM = ("vitrinepublicitaria.com.br", "regardphoto.fr", "designnuri.co.kr",
                  "formundmarke.de")
FF, CC, LW, OB = ("folioform.net", "campaigncircle.co.uk", "linework-journal.com",
                  "revistaobjetiva.pt")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LL, "dated"), (GO, "data"), (ST, "hizuke"), (FL, "dated"), (VP, "data"),
         (RP, "date"), (DN, "nalja"), (FM, "datum"), (FF, "dated"), (CC, "dated"),
         (LW, "dated"), (OB, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((LL, "prices"), (ST, "kakaku"), (RP, "prix"))
# The notices that follow calendars (award windows, fairs, festivals, holidays).
BANNERS = ((LL, "competition"), (GO, "avviso"), (ST, "oshirase"), (FL, "awards"),
           (VP, "aviso"), (RP, "agenda"), (DN, "gongmo"), (FM, "award"), (CC, "awards"),
           (LW, "support"), (OB, "concurso"))
# Amounts in force from given days.
TABLES = ((GO, "abbonamento", GO_ABBONAMENTO), (VP, "assinatura", VP_ASSINATURA),
          (FF, "pro", FF_PRO))

QUIET = d(2015, 6, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    GO: "Iscriviti alla newsletter di Grafica Oggi",
    ST: "写真手帖のメールマガジン（毎週金曜配信）に登録する",
    FL: "Have a project to share? Submit your work to Formline",
    VP: "Receba as principais notícias do mercado no seu e-mail: assine a newsletter",
    RP: "Recevez chaque semaine notre sélection d'expositions : abonnez-vous à la lettre",
    DN: "디자인누리 뉴스레터를 구독하고 매주 디자인 소식을 받아보세요",
    FM: "Jobs in Design und Werbung: jetzt im Stellenmarkt von Form & Marke",
    CC: "Get the Campaign Circle briefing in your inbox every weekday morning",
    LW: "Linework Journal is reader-supported. Join us on Patreon from $3 a month.",
    OB: "Siga a Objetiva no Instagram e partilhe as suas fotografias",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (LL, "week"), (FF, "gallery"), (FM, "abo")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 4, 17), d(2019, 10, 1),
        d(2020, 4, 1), d(2020, 7, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert monday_of(d(2019, 6, 23)) == monday_of(d(2019, 6, 17)) == d(2019, 6, 17)
    assert value_on(d(2018, 6, 1), GO_ABBONAMENTO) == "42"
    assert value_on(d(2010, 1, 1), GO_ABBONAMENTO) == "39"
    assert cc_window(d(2019, 11, 2)) == (2020, True) and cc_window(d(2019, 12, 16)) == (
        2020, False)
    assert cc_window(d(2020, 1, 31)) == (2020, False) and cc_window(d(2020, 2, 1)) is None
    assert cc_window(d(2019, 11, 1)) is None
    assert dn_deadline(2019) == d(2019, 9, 30) and dn_deadline(2020) == d(2020, 10, 16)
    assert fm_abo(d(2017, 12, 31)) == ("89,00", 19) and fm_abo(d(2020, 7, 1)) == ("93,58", 16)
    assert fm_abo(d(2021, 1, 1)) == ("96,00", 19)
    assert ll_theme(d(2016, 3, 1)) == ll_theme(d(2016, 3, 31)) != ll_theme(d(2016, 4, 1))
    assert carnival_tuesday(2016) == d(2016, 2, 9)


def test_localised_dates_and_times() -> None:
    old, new = d(2015, 3, 6), d(2020, 6, 19)  # Friday, Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LL, "dated", old, "6 Mar 2015")
    full(LL, "dated", new, "Friday 19 June 2020")
    full(LL, "prices", new, r"Prices correct at time of writing \(19 June 2020\) and may "
                            r"change\.")
    full(LL, "week", new, "Picture of the Week · week commencing 15 June 2020")
    full(GO, "data", old, "6 marzo 2015")
    full(GO, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(ST, "hizuke", old, "2015年3月6日")
    full(ST, "hizuke", new, rf"2020年6月19日（金） {clock} 公開")
    full(ST, "kakaku", old, r"※価格は2015年3月6日時点の税込価格（消費税8%）です。変更される場合が"
                            r"あります。")
    full(ST, "kakaku", new, r"※価格は2020年6月19日時点の税込価格（消費税10%）です。変更される場合"
                            r"があります。")
    full(FL, "dated", old, "Posted on March 6, 2015")
    full(FL, "dated", new, r"Jun 19, 2020 · \d+ min read")
    full(VP, "data", old, rf"Publicado em 06/03/2015 às {clock}")
    full(VP, "data", new, "sexta-feira, 19 de junho de 2020")
    full(RP, "date", old, "Publié le 06/03/2015")
    full(RP, "date", new, "Vendredi 19 juin 2020")
    full(RP, "prix", new, "Prix constatés le 19/06/2020, susceptibles d'évoluer.")
    full(DN, "nalja", old, r"2015\.03\.06")
    full(DN, "nalja", new, rf"입력 2020년 6월 19일 \(금\) {clock}")
    full(FM, "datum", old, r"06\.03\.2015")
    full(FM, "datum", new, r"Freitag, 19\. Juni 2020")
    full(FF, "dated", old, "Published March 6, 2015")
    full(FF, "dated", new, "Featured · 19 Jun 2020")
    full(FF, "gallery", new, "Featured in the Folioform Gallery, June 2020")
    full(CC, "dated", old, "6 March 2015")
    full(CC, "dated", new, rf"19 Jun 2020 · {clock}")
    full(LW, "dated", new, "Posted June 19, 2020")
    full(OB, "data", old, "06-03-2015")
    full(OB, "data", new, "19 de junho de 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(LL, "dated", day).endswith(str(day.year))
        assert (on(LL, "dated", day).split()[0] in ("Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday",
                                                    "Sunday")) == (day >= LL_REDESIGN)
        assert ("ore" in on(GO, "data", day)) == (day >= GO_REDESIGN)
        assert ("公開" in on(ST, "hizuke", day)) == (day >= ST_REDESIGN)
        assert on(FL, "dated", day).startswith("Posted on") == (day < FL_REDESIGN)
        assert on(VP, "data", day).startswith("Publicado em") == (day < VP_REDESIGN)
        assert on(RP, "date", day).startswith("Publié le") == (day < RP_REDESIGN)
        assert on(DN, "nalja", day).startswith("입력") == (day >= DN_REDESIGN)
        assert bool(re.fullmatch(r"\d\d\.\d\d\.\d{4}", on(FM, "datum", day))) == (
            day < FM_REDESIGN)
        assert on(FF, "dated", day).startswith("Featured") == (day >= FF_REDESIGN)
        assert ("{time}" in on(CC, "dated", day)) == (day >= CC_REDESIGN)
        assert (" de " in on(OB, "data", day)) == (day >= OB_REDESIGN)
        assert ("10%" in on(ST, "kakaku", day)) == (day >= ST_TAX)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    weekly = changes(LL, "week")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    monthly = changes(FF, "gallery")
    assert monthly == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {
        d(2015, 1, 1)}
    themes = found(LL, "competition", r"theme is '([^']+)'")
    assert len(themes) >= 12
    for y in range(2015, 2021):
        close = dn_deadline(y)
        for k in range(0, 40):
            day = close - k * one
            text = on(DN, "gongmo", day)
            if "연휴" not in text:
                assert ("D-Day" if k == 0 else f"D-{k} ") in text + " ", (day, text)
        assert "D-" not in on(DN, "gongmo", close + one)
        assert "D-" not in on(DN, "gongmo", d(y, 7, 31))
    countdown = changes(DN, "gongmo")
    assert len(countdown) >= 6 * 55


def test_award_windows_fees_and_extensions() -> None:
    for y in range(2015, 2021):
        assert f"£{LL_POTY_FEES[y]} per image" in on(LL, "competition", d(y, 6, 1)), y
        assert f"Photographer of the Year {y}" in on(LL, "competition", d(y, 8, 15))
        assert "monthly competition" in on(LL, "competition", d(y, 5, 31)) or y == 2020
        assert f"${FL_FEES[y]} per entry" in on(FL, "awards", d(y, 2, 1)), y
        assert "Final call" in on(FL, "awards", d(y, 3, 31) if y < 2020 else d(2020, 5, 15))
        assert f"Gebühr {FM_FEES[y]} €" in on(FM, "award", d(y, 3, 1)), y
        assert f"{DN_PRIZE[y]}만 원" in on(DN, "gongmo", d(y, 8, 10)), y
        assert f"제{y - 2008}회" in on(DN, "gongmo", d(y, 8, 10)), y
        assert "inscrições abertas" in on(OB, "concurso", d(y, 4, 1)), y
    for y in range(2015, 2022):
        early, final = CC_FEES[y]
        if y > 2015:  # the 2015 awards opened before the set's first day
            assert f"Awards {y}: early-bird" in on(CC, "awards", d(y - 1, 12, 1)), y
            assert f"£{early} + VAT" in on(CC, "awards", d(y - 1, 12, 15)), y
            assert f"£{final} + VAT" in on(CC, "awards", d(y - 1, 12, 16)), y
        if y < 2021:
            assert f"£{final} + VAT" in on(CC, "awards", d(y, 1, 31)), y
            assert "briefing" in on(CC, "awards", d(y, 2, 1)), y
    # 2020's windows are extended.
    assert "extended to 30 November" in on(LL, "competition", d(2020, 11, 15))
    assert "monthly competition" in on(LL, "competition", d(2019, 11, 15))
    assert "extended to May 15" in on(FL, "awards", d(2020, 4, 20))
    assert "Submit your work" in on(FL, "awards", d(2019, 4, 20))
    assert "30. Juni (verlängert)" in on(FM, "award", d(2020, 6, 1))
    assert "Stellenmarkt" in on(FM, "award", d(2019, 6, 1))
    assert "접수 기간 연장" in on(DN, "gongmo", d(2020, 10, 10))
    assert "30 de junho" in on(OB, "concurso", d(2020, 6, 10))
    assert "Instagram" in on(OB, "concurso", d(2019, 6, 10))
    assert len(found(CC, "awards", r"£(\d+) \+ VAT")) >= 5


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, (first, last) in DESIGN_WEEK.items():
        assert f"Milano Design Week {y}" in on(GO, "avviso", iso(first)), y
        assert f"Milano Design Week {y}" in on(GO, "avviso", iso(last)), y
        assert "Milano Design Week" not in on(GO, "avviso", iso(last) + one)
    assert "rinviato" in on(GO, "avviso", d(2020, 3, 1))
    assert "#iorestoacasa" in on(GO, "avviso", d(2020, 4, 14))
    for y, (first, _last) in CP_PLUS.items():
        assert f"CP+{y}" in on(ST, "oshirase", iso(first)), y
    assert "開催中止" in on(ST, "oshirase", d(2020, 2, 27))
    assert "緊急事態宣言" in on(ST, "oshirase", d(2020, 5, 1))
    for y in range(2015, 2021):
        assert f"{y}年12月29日" in on(ST, "oshirase", d(y, 12, 31)), y
        assert f"Carnaval {y}" in on(VP, "aviso", carnival_tuesday(y)), y
        assert f"Inktober {y}" in on(LW, "support", d(y, 10, 15)), y
        assert "Patreon" in on(LW, "support", d(y, 11, 1)), y
        for name, days in (("설", SEOLLAL), ("추석", CHUSEOK)):
            assert on(DN, "gongmo", iso(days[y])).startswith(f"{name} 연휴"), (name, y)
    for y, (first, _last) in CANNES_LIONS.items():
        assert f"Cannes Lions {y}" in on(VP, "aviso", iso(first)), y
    assert "cancelado" in on(VP, "aviso", d(2020, 4, 10))
    assert found(VP, "aviso", r"Cannes Lions (\d{4}):") == {str(y) for y in range(2015, 2020)}
    for y, (first, _last) in ARLES.items():
        assert f"Rencontres d'Arles {y}" in on(RP, "agenda", iso(first) + 30 * one), y
    for y, (first, _last) in PARIS_PHOTO.items():
        assert f"Paris Photo {y}" in on(RP, "agenda", iso(first)), y
    assert "attentats du 13 novembre" in on(RP, "agenda", d(2015, 11, 14))
    assert "Confinement" in on(RP, "agenda", d(2020, 4, 1))
    assert "Reconfinement" in on(RP, "agenda", d(2020, 11, 20))
    assert "#ShootFromHome" in on(LL, "competition", d(2020, 4, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LL, "byline", LL_REDESIGN, "By {author}", "Words:"),
        (LL, "affiliate", LL_AFFILIATE, "We may earn", "supported by its readers"),
        (LL, "rights", LL_RIGHTS, "unless otherwise stated", "used with their permission"),
        (GO, "autore", GO_REDESIGN, "di {author}", "Testo di"),
        (GO, "immagini", GO_IMAGES, "scopo divulgativo", "gentile concessione"),
        (GO, "avviso", GO_NEWSLETTER, "Iscriviti alla newsletter di", "Ogni giovedì"),
        (ST, "chosha", ST_REDESIGN, "文・写真", "／写真"),
        (ST, "tensai", ST_RIGHTS, "無断転載・転用", "帰属"),
        (ST, "kakaku", ST_TAX, "消費税8%", "消費税10%"),
        (VP, "autor", VP_BYLINE, "Por {author}", "da redação"),
        (VP, "aviso", VP_NEWSLETTER, "newsletter", "Telegram"),
        (RP, "droits", RP_DROITS, "protégées", "propriété"),
        (DN, "mujeon", DN_COPYRIGHT, "ⓒ", "저작권자"),
        (LW, "support", LW_PATREON, "$3", "$5")))
    assert_groups_reworded(SET, (
        (LL, "dated", " 20", "day "),
        (LL, "byline", "By ", "Words: "),
        (GO, "data", "20", ", ore "),
        (ST, "hizuke", "日", "公開"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "消費税8%" in on(ST, "kakaku", ST_TAX - one) and "消費税10%" in on(
        ST, "kakaku", ST_TAX)
    abo = changes(FM, "abo")
    assert abo == {d(2018, 1, 1), VAT_CUT[0]}
    assert "inkl. 16 % MwSt." in on(FM, "abo", d(2020, 9, 1))
    assert "96,00 € inkl. 19 % MwSt." in on(FM, "abo", VAT_CUT[1])
    assert "89,00 €" in on(FM, "abo", d(2016, 5, 1))
    assert on(LW, "support", d(2018, 12, 31)).endswith("$3 a month.")
    assert on(LW, "support", d(2019, 1, 1)).endswith("$5 a month.")
    fees = {m[1] for t in group_lines(SET, CC, "awards")
            if (m := re.search(r"£(\d+) \+ VAT", norm(t)))}
    assert len(fees) >= 2


def test_several_languages_and_scripts() -> None:
    kana_kanji = r"[\u3040-\u30ff\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (ST, "hizuke", r"[年月日]"), (ST, "tensai", kana_kanji), (ST, "kakaku", kana_kanji),
        (ST, "oshirase", kana_kanji), (ST, "kokoku", kana_kanji),
        (DN, "gija", r"[\uac00-\ud7a3]"), (DN, "mujeon", r"[\uac00-\ud7a3]"),
        (DN, "gongmo", r"[\uac00-\ud7a3]"), (DN, "gwanggo", r"[\uac00-\ud7a3]"),
        (GO, "pubblicita", r"à"), (GO, "immagini", r"[Ii]mmagini|proprietà"),
        (RP, "droits", r"[éèà]"), (FM, "auch", r"[äöü]"),
        (VP, "copyright", r"[áãçé]"), (OB, "imagens", r"[ãõ]")))
    assert any(re.search(r"（[月火水木金土日]）", t) for t in group_lines(SET, ST, "hizuke"))
    assert any(re.search(r"\([월화수목금토일]\)", t) for t in group_lines(SET, DN, "nalja"))
    assert any("D-" in t for t in group_lines(SET, DN, "gongmo"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LL}/dated", f"{LL}/byline", f"{LL}/related", f"{LL}/kicker",
                         f"{LL}/exif", f"{LL}/copyright", f"{LL}/prices", f"{GO}/data",
                         f"{GO}/progetto", f"{ST}/hizuke", f"{ST}/kizai", f"{ST}/kakaku"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LL}/publisher", f"{LL}/newsletter", f"{GO}/testata", f"{ST}/unei",
        f"{GO}/copyright", f"{FL}/copyright"))
    assert_carried_share(docs, LL, [
        ("dated", 0.8, 0.98), ("related", 0.25, 0.5), ("correction", 0.0, 0.1),
        ("week", 0.02, 0.2), ("exif", 0.4, 0.7), ("rights", 0.35, 0.65)])
    assert_carried_share(docs, GO, [("data", 0.7, 0.97), ("errata", 0.0, 0.12)])
    for fam in (f"{LL}/exif", f"{LL}/advert", f"{GO}/pubblicita", f"{ST}/kizai",
                f"{VP}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LL, "related"), (GO, "progetto"), (ST, "kokoku"),
                               (FL, "jobs"), (RP, "boitier"), (DN, "chaeyong"),
                               (FM, "bild"), (CC, "moves")))


def test_image_credits_name_camera_lens_and_settings() -> None:
    exif = [norm(t) for t in group_lines(SET, LL, "exif")]
    assert exif and all(re.search(r"\d+mm f/[\d.]+.*ISO \d+$", t) for t in exif
                        if t.count(",") == 2)
    cameras = {t.split(",")[0] for t in exif}
    assert len(cameras & pool(SET, LL, "camera")) >= 4
    kizai = [norm(t) for t in group_lines(SET, ST, "kizai")]
    assert sum(bool(re.search(r"^使用機材：.+ / .+ / F[\d.]+・.+秒・ISO\d+$", t))
               for t in kizai) >= 0.9 * len(kizai)
    assert all(t.startswith("© ") for t in group_lines(SET, RP, "credit"))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LL, "correction", 16), (GO, "errata"), (ST, "teisei"), (FL, "correction"),
        (VP, "errata"), (RP, "erratum"), (DN, "jeongjeong"), (FM, "korrektur"),
        (CC, "correction"), (LW, "correction"), (OB, "errata"), (FL, "sponsor")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LL}/related", "Related: "), (f"{GO}/leggi", "Leggi anche: "),
        (f"{ST}/kanren", "関連記事："), (f"{VP}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LL, "advert", "Advertisement"), (GO, "pubblicita", "Pubblicità"),
        (ST, "kokoku", "広告"), (VP, "publicidade", "Publicidade"),
        (RP, "publicite", "Publicité"), (DN, "gwanggo", "광고"), (FM, "anzeige", "Anzeige"),
        (VP, "ficha", "Ficha técnica"), (CC, "credits", "CREDITS"),
        (FF, "report", "Report this project")))
    assert_group_values_from_pool(SET, (
        (LL, "kicker", "kicker"), (GO, "rubrica", "rubrica"), (ST, "category", "category"),
        (FL, "section", "section"), (VP, "editoria", "editoria"), (RP, "rubrique", "rubrique"),
        (DN, "bunya", "bunya"), (FM, "rubrik", "rubrik"), (CC, "section", "section")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LL, "advert", "Advertisement"),
        (FF, "rights", "All images copyright the artist. Do not reproduce without "
                       "permission."),
        (GO, "pubblicita", "Pubblicità")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LL: (["publisher", "copyright"], 2),
        GO: (["testata", "copyright"], 2),
        ST: (["unei", "copyright"], 2),
        FL: (["client", "studio", "direction", "photography"], 3),
        VP: (["ficha", "agencia", "cliente", "criacao", "produtora"], 4),
        DN: (["mujeon", "deungrok"], 2),
        FM: (["kunde", "agentur", "kreation"], 2),
        CC: (["credits", "client", "agency", "director", "production"], 3),
        FF: (["tools", "rights", "stats"], 2),
        OB: (["imagens", "copyright"], 2)})


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
