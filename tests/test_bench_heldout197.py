"""The held-back-197 template set (`tests.bench.heldout_templates_197`): its localised dates
(printed day by day in American and British English, German, Japanese in the Heisei and then
the Reiwa era, French, Brazilian and European Portuguese and Ukrainian, several changing form
on the day of a redesign), the lines that turn with the gazettes and registers (every working
day, every week on the gazettes' days, every month, every day), the calendars the banners and
appeals follow (INTA meetings, World IP Day, court rulings, Brexit and the UPC, reforms,
exams, Carnival, closures, the pandemic), the fees and amounts that change over the years,
the notices reworded between 2015 and 2020, the lines in several languages and scripts, the
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

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_197 import (
    BK_DSGVO,
    CJ_MAILMAG,
    CJ_PLATPAT,
    CJ_REDESIGN,
    DPMA_BILANZ,
    EPA_RECHERCHE,
    EUTM_FEE,
    FIRST_DAY,
    GW_COUNSEL,
    HB_EMAILS,
    HB_FIRM,
    HB_REDESIGN,
    HB_SRA,
    IL_DISCLAIMER,
    IL_NEWSLETTER,
    IL_REDESIGN,
    INPI_BR_FEES,
    INPI_FR_FEES,
    INTA_MEETINGS,
    IO_REDESIGN,
    IO_TELEGRAM,
    IR_DISCLAIMER,
    IR_DSGVO,
    IR_MSTV,
    IR_REDESIGN,
    JPO_TM_FEE,
    KP_POINTS,
    LAST_DAY,
    MF_LGPD,
    MF_REDESIGN,
    MF_WHATSAPP,
    REIWA,
    SL_EUIPO,
    SL_REDESIGN,
    SL_RGPD,
    TEAS_PLUS,
    UPC_STATUS,
    USPTO_FILING_FEE,
    VL_AVERTISSEMENT,
    VL_LETTRE,
    VL_REDESIGN,
    VL_RGPD,
    YP_ARCHIVE,
    YP_REDESIGN,
    YP_SME,
    bopi_issue,
    japanese_era,
    kentei_days,
    last_weekday_on_or_before,
    lettre_number,
    newsletter_volume,
    opposition_deadline,
    ptab_week,
    rpi_issue,
    working_day_of_year,
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

SET = "held-back-197"
SITES = ("IP Ledger", "IP-Rundschau", "知財時報", "Vasseur & Lemaire", "Marcas em Foco",
         "ІП-Огляд", "Hartwell Brook", "山科国際特許事務所", "Brenner Kessel",
         "Sousa Lobo & Associados", "Кравець і партнери", "Gazette Watch")
IL, IR, CJ, VL = ("ipledger.com", "ip-rundschau.de", "chizai-jiho.jp", "vasseur-lemaire.fr")
MF, IO, HB, YP = ("marcasemfoco.com.br", "ipohliad.com.ua", "hartwellbrook.co.uk",
                  "yamashina-pat.jp")
BK, SL, KP, GW = ("brenner-kessel.de", "sousalobo.pt", "kravets-partners.com.ua",
                  "gazettewatch.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((IL, "dated"), (IR, "datum"), (CJ, "hizuke"), (VL, "date"), (MF, "data"),
         (IO, "data"), (HB, "dated"), (YP, "hiduke"), (BK, "datum"), (SL, "data"),
         (KP, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((CJ, "jiten"), (IO, "aktualno"))
# The lines that turn with a weekly gazette or count, and the weekday they turn on.
WEEKLY = ((IL, "ptab", 4), (VL, "bopi", 4), (MF, "rpi", 1), (GW, "gazette", 1),
          (GW, "opposition", 1))
# The lines that turn on the first of each month.
MONTHLY = ((VL, "lettre"), (YP, "vol"), (BK, "mandanteninfo"), (KP, "daidzhest"))
# The notices that follow calendars.
BANNERS = ((IL, "notice"), (IR, "hinweis"), (CJ, "kokuchi"), (VL, "formation"), (MF, "aviso"),
           (IO, "ogoloshennia"), (HB, "banner"), (YP, "oshirase"), (BK, "erreichbar"))
# Amounts and states in force from given days.
TABLES = ((IL, "fees", USPTO_FILING_FEE), (IR, "bilanz", DPMA_BILANZ),
          (CJ, "ryokin", JPO_TM_FEE), (VL, "redevance", INPI_FR_FEES),
          (MF, "retribuicao", INPI_BR_FEES), (HB, "firm", HB_FIRM),
          (BK, "gebuehr", EPA_RECHERCHE), (BK, "einheitspatent", UPC_STATUS),
          (SL, "taxa", EUTM_FEE), (GW, "fee", TEAS_PLUS))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    IL: "Get IP Ledger Daily, our free morning newsletter",
    IR: "IP-Rundschau-Newsletter: jeden Dienstag kostenlos",
    CJ: "知財時報メールマガジン（無料）のご登録はこちら",
    VL: "Recevez la Lettre PI chaque mois par e-mail",
    MF: "Receba nossa newsletter semanal por e-mail",
    IO: "Слідкуйте за нами у Facebook",
    HB: "Subscribe to our IP updates",
    YP: "セミナー・勉強会の最新情報はウェブサイトでご案内しています",
    BK: "Fristen im Blick? Wir sind für Sie erreichbar: +49 89 5550 1200",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + MONTHLY + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (IO, "zbir"), (SL, "bpi")), (
        FIRST_DAY, QUIET, d(2016, 3, 23), d(2017, 10, 2), d(2018, 5, 25), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 11, 26), LAST_DAY))


def test_helpers() -> None:
    assert japanese_era(d(2019, 4, 30)) == "平成31年4月30日"
    assert japanese_era(d(2019, 5, 1)) == "令和元年5月1日" and REIWA == d(2019, 5, 1)
    assert japanese_era(d(2020, 6, 19)) == "令和2年6月19日"
    assert japanese_era(d(2016, 3, 5)) == "平成28年3月5日"
    assert working_day_of_year(d(2020, 1, 1)) == 1 and working_day_of_year(d(2020, 1, 6)) == 4
    assert working_day_of_year(d(2019, 12, 31)) == 261
    assert last_weekday_on_or_before(d(2020, 6, 21), 4) == d(2020, 6, 19)
    assert last_weekday_on_or_before(d(2020, 6, 16), 1) == d(2020, 6, 16)
    assert bopi_issue(d(2020, 1, 3)) == 1 and bopi_issue(d(2020, 6, 19)) == 25
    assert rpi_issue(d(2015, 1, 13)) == 2297 and rpi_issue(d(2016, 1, 5)) == 2348
    assert lettre_number(d(2015, 1, 20)) == 85 and newsletter_volume(d(2020, 6, 1)) == 138
    assert opposition_deadline(d(2020, 6, 16)) == d(2020, 7, 16)
    assert kentei_days(2015)[0] == (20, d(2015, 3, 15))
    assert kentei_days(2020)[2] == (37, d(2020, 11, 15))
    weeks = [ptab_week(last_weekday_on_or_before(day, 4)) for day in every_day()[::7]]
    assert all(18 <= n <= 40 and 47 <= rate <= 70 for n, rate in weeks)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # Saturday, Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(IL, "dated", old, "Mar 5, 2016")
    full(IL, "dated", new, r"Published Friday, June 19, 2020 · \d{1,2}:\d\d [AP]M ET")
    full(IL, "ptab", new, r"PTAB Watch, week ending June 19: \d\d institution decisions, "
                          r"\d\d% instituted")
    full(IR, "datum", old, r"05\.03\.2016")
    full(IR, "datum", new, rf"Freitag, 19\. Juni 2020 \| {clock} Uhr")
    full(CJ, "hizuke", old, r"2016\.03\.05")
    full(CJ, "hizuke", d(2018, 4, 6), rf"平成30年4月6日（金） {clock}")
    full(CJ, "hizuke", REIWA, rf"令和元年5月1日（水） {clock}")
    full(CJ, "hizuke", new, rf"令和2年6月19日（金） {clock}")
    full(CJ, "jiten", new, "※2020年6月19日時点の情報です。")
    full(VL, "date", old, "Publié le 05/03/2016")
    full(VL, "date", new, r"Le vendredi 19 juin 2020 · Lecture \d+ min")
    full(VL, "lettre", new, "Lettre PI n° 150 – juin 2020")
    full(VL, "bopi", new, "Dernier BOPI marques : n° 2020-25 du 19 juin 2020")
    full(MF, "data", old, rf"05/03/2016 - {clock}")
    full(MF, "data", new, rf"Publicado em 19 de junho de 2020, às {clock}")
    full(MF, "rpi", new, rf"Fonte: RPI nº {rpi_issue(d(2020, 6, 16))}, de 16/06/2020")
    full(IO, "data", old, rf"05\.03\.2016 {clock}")
    full(IO, "data", new, rf"Пʼятниця, 19 червня 2020, {clock}")
    full(IO, "aktualno", new, r"Інформація актуальна станом на 19\.06\.2020")
    full(IO, "zbir", new, "Судовий збір у 2020 році: мінімальна ставка — 2102 грн")
    full(HB, "dated", old, "05 March 2016")
    full(HB, "dated", new, r"Insight · 19 June 2020 · \d+ min read")
    full(YP, "vol", new, r"山科国際特許事務所 ニュースレター Vol\.138（2020年6月号）")
    full(YP, "hiduke", old, "2016年3月5日発行")
    full(YP, "hiduke", new, "2020年6月19日（金）更新")
    full(BK, "mandanteninfo", new, "Mandanteninformation Juni 2020")
    full(BK, "datum", old, r"München, den 05\.03\.2016")
    full(BK, "datum", new, r"München, 19\. Juni 2020")
    full(SL, "data", old, "Lisboa, 5 de março de 2016")
    full(SL, "data", new, r"Publicado a 19\.06\.2020")
    full(SL, "bpi", old, r"Fonte: Boletim da Propriedade Industrial n\.º 46/2016, de 4 de "
                         r"março de 2016")
    full(SL, "bpi", new, rf"Fonte: Boletim da Propriedade Industrial n\.º "
                         rf"{working_day_of_year(new)}/2020, de 19 de junho de 2020")
    full(KP, "data", new, r"Київ, 19 червня 2020 р\.")
    full(KP, "daidzhest", new, "Дайджест ІВ: Червень 2020")
    full(GW, "gazette", new, "Official Gazette for Trademarks · Tuesday, June 16, 2020")
    full(GW, "opposition", new, "Published for opposition 6/16/2020 · opposition period "
                                "ends 7/16/2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(IL, "dated", day).startswith("Published") == (day >= IL_REDESIGN)
        assert ("Uhr" in on(IR, "datum", day)) == (day >= IR_REDESIGN)
        hizuke = on(CJ, "hizuke", day)
        assert hizuke.startswith("平成") == (CJ_REDESIGN <= day < REIWA)
        assert hizuke.startswith("令和") == (day >= REIWA)
        assert on(VL, "date", day).startswith("Publié") == (day < VL_REDESIGN)
        assert on(MF, "data", day).startswith("Publicado") == (day >= MF_REDESIGN)
        assert ("," in on(IO, "data", day)) == (day >= IO_REDESIGN)
        assert on(HB, "dated", day).startswith("Insight") == (day >= HB_REDESIGN)
        assert on(YP, "hiduke", day).endswith("更新") == (day >= YP_REDESIGN)
        assert on(BK, "datum", day).startswith("München, den") == (day < d(2017, 1, 9))
        assert on(SL, "data", day).startswith("Lisboa") == (day < SL_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    days = every_day()
    for domain, family in EVERY_DAY:
        assert changes(domain, family) == set(days[1:]), (domain, family)
    for domain, family, weekday in WEEKLY:
        assert changes(domain, family) == {day for day in days if day.weekday() == weekday}, (
            domain, family)
    for domain, family in MONTHLY:
        assert changes(domain, family) == {day for day in days[1:] if day.day == 1}, family
    # The Portuguese bulletin comes out on working days; a weekend shows Friday's.
    assert changes(SL, "bpi") == {day for day in days[1:] if day.weekday() < 5}
    assert changes(IO, "zbir") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "1218 грн" in on(IO, "zbir", d(2015, 6, 1))
    issues = found(VL, "bopi", r"n° \d{4}-(\d\d) ")
    assert {"01", "26", "52"} <= issues and "54" not in issues
    assert found(MF, "rpi", r"RPI nº (\d+),") == {str(n) for n in range(2295, 2609)}
    counts = [int(m[1]) for t in group_lines(SET, IL, "ptab")
              if (m := re.search(r": (\d+) institution", norm(t)))]
    assert counts and len(set(counts)) >= 5


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, city in INTA_MEETINGS:
        assert city in on(IL, "notice", iso(first)), city
        if first[:4] != "2017":  # TC Heartland was decided during INTA 2017
            assert city in on(IL, "notice", iso(last)), city
    assert "TC Heartland" in on(IL, "notice", d(2017, 5, 22))
    assert "Matal v. Tam" in on(IL, "notice", d(2017, 6, 20))
    assert "Oil States" in on(IL, "notice", d(2018, 4, 26))
    assert "Brunetti" in on(IL, "notice", d(2019, 6, 25))
    assert "COVID-19" in on(IL, "notice", d(2020, 4, 26))
    assert "Booking.com" in on(IL, "notice", d(2020, 7, 1))
    assert "INTA 2020 goes virtual" in on(IL, "notice", d(2020, 11, 18))
    assert found(IL, "notice", r"World IP Day (\d{4})") == {"2015", "2016", "2017", "2019"}
    for y in range(2015, 2021):
        assert f"§ 15 FAO: Noch Fortbildungsstunden für {y}" in on(IR, "hinweis",
                                                                  d(y, 12, 15)), y
        assert f"24 décembre {y}" in on(VL, "formation", d(y, 12, 27)), y
        assert f"15 juin {y}" in on(VL, "formation", d(y, 6, 15)), y
        assert f"Carnaval {y}" in on(MF, "aviso", carnival_tuesday(y)), y
        assert f"Carnaval {y}" in on(MF, "aviso", carnival_tuesday(y) + one), y
        assert f"{y}年12月29日" in on(YP, "oshirase", d(y, 12, 29)), y
        assert f"24. Dezember {y}" in on(BK, "erreichbar", d(y, 12, 24)), y
        for n, day in kentei_days(y):
            text = on(CJ, "kokuchi", day)
            assert f"第{n}回" in text, (y, n)
            assert ("中止" in text) == (y == 2020 and day.month in (3, 7)), (y, n)
    assert "2014年12月29日" in on(YP, "oshirase", d(2015, 1, 2))
    assert found(YP, "oshirase", r"ゴールデンウィーク休業】(\d{4})") == {
        "2015", "2016", "2017", "2018"}
    assert "改元" in on(YP, "oshirase", d(2019, 5, 3))
    assert "在宅勤務" in on(YP, "oshirase", d(2020, 5, 3))
    assert "Verfassungsbeschwerde" in on(IR, "hinweis", d(2017, 6, 12))
    assert "14. Januar 2019" in on(IR, "hinweis", d(2019, 1, 14))
    assert "Geschäftsgeheimnisgesetz" in on(IR, "hinweis", d(2019, 4, 26))
    assert "BVerfG" in on(IR, "hinweis", d(2020, 3, 20))
    assert "Corona" in on(IR, "hinweis", d(2020, 4, 15))
    assert "令和対応" in on(CJ, "kokuchi", REIWA)
    assert "緊急事態宣言" in on(CJ, "kokuchi", d(2020, 5, 1))
    assert "11 décembre 2019" in on(VL, "formation", d(2019, 12, 11))
    assert "Loi PACTE" in on(VL, "formation", d(2020, 3, 1))
    assert "Confinement" in on(VL, "formation", d(2020, 4, 1))
    assert "Protocolo de Madri" in on(MF, "aviso", d(2019, 10, 2))
    assert "backlog" in on(MF, "aviso", d(2019, 8, 5))
    assert "Covid-19" in on(MF, "aviso", d(2020, 4, 1))
    assert found(IO, "ogoloshennia", r"26 квітня (\d{4})") == {str(y) for y in range(2015,
                                                                                     2020)}
    assert "Карантин" in on(IO, "ogoloshennia", d(2020, 4, 26))
    assert "815-IX" in on(IO, "ogoloshennia", d(2020, 8, 16))
    assert "votes to leave" in on(HB, "banner", d(2016, 6, 24))
    assert "ratifies the UPC" in on(HB, "banner", d(2018, 4, 26))
    assert "Brexit day" in on(HB, "banner", d(2020, 1, 31))
    assert "UKIPO" in on(HB, "banner", d(2020, 4, 1))
    assert "withdraws" in on(HB, "banner", d(2020, 7, 20))
    assert "1 January 2021" in on(HB, "banner", d(2021, 1, 1))
    assert "2. Juni 2020" in on(BK, "erreichbar", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (IL, "byline", IL_REDESIGN, "By {author}", "{author_beat}"),
        (IL, "premium", IL_REDESIGN, "Subscriber-only", "Pro"),
        (IL, "notice", IL_NEWSLETTER, "free morning newsletter", "40,000"),
        (IL, "disclaimer", IL_DISCLAIMER, "views expressed", "own"),
        (IR, "autor", IR_REDESIGN, "Von {author}", "{author_beat}"),
        (IR, "rechtsberatung", IR_DISCLAIMER, "stellt keine", "Einzelfall"),
        (IR, "hinweis", IR_DSGVO, "jeden Dienstag", "Double-Opt-in"),
        (IR, "impressum", IR_MSTV, "RStV", "MStV"),
        (CJ, "shutten", CJ_PLATPAT, "IPDL", "J-PlatPat"),
        (CJ, "kokuchi", CJ_MAILMAG, "ご登録はこちら", "毎朝"),
        (VL, "avertissement", VL_AVERTISSEMENT, "ne constitue pas", "ni un avis"),
        (VL, "desinscription", VL_RGPD, "cliquez ici", "RGPD"),
        (VL, "formation", VL_LETTRE, "chaque mois par e-mail", "Abonnement gratuit"),
        (MF, "aviso", MF_WHATSAPP, "newsletter semanal", "WhatsApp"),
        (MF, "cookies", MF_LGPD, "melhorar", "LGPD"),
        (IO, "ogoloshennia", IO_TELEGRAM, "Facebook", "Telegram"),
        (HB, "webinar", HB_SRA, "CPD", "continuing competence"),
        (HB, "disclaimer", HB_REDESIGN, "general information only", "general summary"),
        (HB, "banner", HB_EMAILS, "Subscribe", "choose the topics"),
        (YP, "keigen", YP_SME, "要件を満たせば", "一律"),
        (YP, "oshirase", YP_ARCHIVE, "ウェブサイト", "アーカイブ"),
        (BK, "datenschutz", BK_DSGVO, "als Mandant", "DSGVO"),
        (SL, "dados", SL_EUIPO, "OHIM", "EUIPO"),
        (SL, "consentimento", SL_RGPD, "REMOVER", "RGPD"),
        (KP, "vebinar", KP_POINTS, "безкоштовні", "бали"),
        (GW, "not-a-law-firm", GW_COUNSEL, "does not give", "U.S.-licensed")))
    assert_groups_reworded(SET, (
        (IL, "dated", ", 20", "Published "),
        (IL, "byline", "By ", " | "),
        (IR, "datum", ".", "Uhr"),
        (CJ, "hizuke", "平成", "令和"),
        (VL, "date", "Publié le ", "Lecture"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$320" in on(IL, "fees", LAST_DAY) and "$280" in on(IL, "fees", d(2018, 1, 15))
    assert "28,200円" in on(CJ, "ryokin", d(2016, 4, 1))
    assert "37,600円" in on(CJ, "ryokin", d(2016, 3, 31))
    assert "850 €" in on(SL, "taxa", SL_EUIPO) and "900 €" in on(SL, "taxa", SL_EUIPO - one)
    assert "Brussels" in on(HB, "firm", d(2019, 3, 1))
    assert "Brussels" not in on(HB, "firm", d(2019, 2, 28))
    assert "nichtig" in on(BK, "einheitspatent", d(2020, 6, 1))


def test_several_languages_and_scripts() -> None:
    kana_kanji = r"[\u3040-\u30ff\u4e00-\u9fff]"
    cyrillic = r"[\u0400-\u04ff]"
    assert_groups_in_script(SET, (
        (CJ, "menseki", kana_kanji), (CJ, "kokoku", kana_kanji), (CJ, "shutsugan", kana_kanji),
        (YP, "haishin", kana_kanji), (YP, "shippitsu", kana_kanji),
        (IO, "zasterezhennia", cyrillic), (IO, "reklama", cyrillic),
        (KP, "kontakty", cyrillic), (KP, "data", cyrillic),
        (BK, "impressum", r"[äöüß]"), (IR, "copyright", r"[äöüß–]"),
        (VL, "copyright", r"[éèàù]"), (MF, "parecer", r"[áéíóúçãõê]"),
        (SL, "aviso", r"[áéíóúçãõê]")))
    assert any("平成" in t for t in group_lines(SET, CJ, "hizuke"))
    assert any("令和" in t for t in group_lines(SET, CJ, "hizuke"))
    assert any(re.search(r"[а-яії]", t) for t in group_lines(SET, IO, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{IL}/dated", f"{IL}/byline", f"{IL}/related", f"{IL}/kicker",
                         f"{IL}/patent", f"{IL}/case", f"{IL}/copyright", f"{IL}/webinar",
                         f"{IR}/datum", f"{IR}/entscheidung", f"{CJ}/hizuke",
                         f"{CJ}/shutsugan"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{IL}/publisher", f"{IL}/disclaimer", f"{IR}/rechtsberatung", f"{CJ}/menseki",
        f"{VL}/avertissement", f"{MF}/parecer"))
    assert_carried_share(docs, IL, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("ptab", 0.05, 0.3), ("notice", 0.15, 0.5), ("disclaimer", 0.35, 0.65)])
    assert_carried_share(docs, IR, [("datum", 0.7, 0.97), ("autor", 0.45, 0.75)])
    for fam in (f"{IL}/related", f"{IL}/advert", f"{IR}/anzeige", f"{CJ}/kokoku"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((IL, "patent"), (IL, "case"), (IR, "entscheidung"),
                               (CJ, "shutsugan"), (VL, "lire"), (MF, "leia"),
                               (IO, "chytaite"), (HB, "key-points"), (YP, "sanko"),
                               (GW, "serial")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (IL, "correction", 16), (IR, "korrektur"), (CJ, "teisei"), (VL, "erratum"),
        (MF, "correcao"), (IO, "vypravlennia"), (HB, "update"), (YP, "teisei"),
        (BK, "korrektur"), (SL, "rectificacao"), (KP, "vypravlennia"), (GW, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{IL}/related", "Related: "), (f"{IR}/lesen", "Lesen Sie auch: "),
        (f"{CJ}/kanren", "【関連記事】"), (f"{VL}/lire", "À lire aussi : "),
        (f"{MF}/leia", "Leia também: "), (f"{IO}/chytaite", "Читайте також: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (IL, "advert", "Advertisement"), (IR, "anzeige", "Anzeige"), (CJ, "kokoku", "広告"),
        (MF, "publicidade", "Publicidade"), (IO, "reklama", "Реклама"),
        (HB, "key-points", "Key points"),
        (KP, "praktyka", "Практика інтелектуальної власності")))
    assert_group_values_from_pool(SET, (
        (IL, "kicker", "kicker"), (IR, "rubrik", "rubrik"), (CJ, "bunya", "bunya"),
        (VL, "rubrique", "rubrique"), (MF, "editoria", "editoria"),
        (IO, "rubryka", "rubryka"), (HB, "practice", "practice")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (IL, "advert", "Advertisement"),
        (CJ, "menseki", "本記事は一般的な情報提供を目的としたものであり、個別の案件についての"
                        "法的助言ではありません。"),
        (IO, "zasterezhennia", "Матеріал має інформаційний характер і не є юридичною "
                               "консультацією.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        IL: (["publisher", "copyright"], 2),
        IR: (["impressum", "copyright"], 2),
        CJ: (["tensai", "copyright"], 2),
        VL: (["desinscription", "copyright"], 2),
        MF: (["reproducao", "copyright"], 2),
        IO: (["zasterezhennia", "vykorystannia", "copyright"], 2),
        HB: (["regulated", "ipreg", "copyright"], 2),
        YP: (["jimusho", "tel", "copyright"], 2),
        BK: (["impressum", "kammer", "datenschutz"], 2),
        SL: (["morada", "copyright"], 2),
        KP: (["zasterezhennia", "kontakty", "copyright"], 2)})


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
