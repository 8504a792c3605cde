"""The held-back-141 template set (`tests.bench.heldout_templates_141`): its localised dates
(printed day by day in English with AP-style months, American Eastern and Pacific time and
British summer and winter time, French, Italian, Spanish with CET and CEST, Korean, Japanese
with the weekday in kanji, Russian with genitive months and Mexican Spanish, several changing
form on the day of a redesign), the lines that turn every day, week and month ("prices were
accurate" lines, a horoscope naming the day, Blogmas' day count, "best dressed of the week",
the issue on newsstands, Japan's "prices as of" month), the calendars some notices follow
(fashion weeks, award shows, film festivals, television series, royal weddings, sales,
shopping days, Seollal and Chuseok, Japanese beauty seasons, International Women's Day, the
2020 lockdowns), the reworded disclosures and appeals, the prices and fees that change over
the years, the lines in several languages and scripts, the variation it promises, its
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

from tests.bench.heldout_templates_141 import (
    BN_KAKAO,
    BN_REDESIGN,
    BUEN_FIN,
    CANNES,
    CC_LOVE,
    CC_REDESIGN,
    CC_RESEARCH,
    CHUSEOK,
    EC_INDEPENDANCE,
    EC_NEWSLETTER,
    EC_PRIX,
    EC_REDESIGN,
    EMMYS,
    EY_REDESIGN,
    FIRST_DAY,
    GG_INDEPENDENT,
    GG_NEWSLETTER,
    GG_REDESIGN,
    GG_SELECT,
    GOLDEN_GLOBES,
    GOYAS,
    IM_A_CELEB,
    LAST_DAY,
    LB_INDEPENDENT,
    LB_INSTAGRAM,
    LB_REDESIGN,
    LB_TAX,
    LOVE_ISLAND,
    MET_GALA_POSTPONED,
    OSCARS,
    PARIS_FW,
    PR_GIFTED,
    PR_PINTEREST,
    PR_REDESIGN,
    PRIME_DAY,
    PRIME_FEE,
    RB_INDEPENDIENTE,
    RB_PRECIO,
    RB_REDESIGN,
    RC_REDESIGN,
    SALDI,
    SANREMO,
    SEOLLAL,
    SM_INDIPENDENTI,
    SM_NEWSLETTER,
    SM_REDESIGN,
    SOLDES,
    SW_REDESIGN,
    SW_WHATSAPP,
    VENICE,
    ZV_REDESIGN,
    ZV_TELEGRAM,
    black_friday,
    eu_summer,
    gg_issue,
    met_gala,
    mfw,
    monday_of,
    nyfw,
    us_daylight,
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

SET = "held-back-141"
SITES = ("Gloss & Grain", "Star Whisper", "Éclat", "Stile Milano", "Revista Brillo", "뷰티누리",
         "リュクス美容", "Звёздный вестник", "Red Carpet Roll", "Closet Curation",
         "Powder Room Diaries", "Espectáculos Ya")
GG, SW, EC, SM = "glossandgrain.com", "starwhisper.co.uk", "eclat-mag.fr", "stilemilano.it"
RB, BN, LB, ZV = "revistabrillo.es", "beautynuri.co.kr", "luxe-biyou.jp", "zvezdnyvestnik.ru"
RC, CC, PR, EY = ("redcarpetroll.com", "closetcuration.com", "powderroomdiaries.co.uk",
                  "espectaculosya.com.mx")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((GG, "dated"), (SW, "dated"), (EC, "date"), (SM, "data"), (RB, "fecha"),
         (BN, "ipryeok"), (LB, "hiduke"), (ZV, "data"), (RC, "dated"), (CC, "dated"),
         (PR, "posted"), (EY, "fecha"))
# The lines that name the day they are printed on.
EVERY_DAY = ((GG, "prices"), (EC, "prix"), (SM, "prezzi"), (BN, "gagyeok"), (CC, "prices"))
# The notices that follow calendars.
BANNERS = ((GG, "newsletter"), (SW, "notice"), (EC, "newsletter"), (SM, "avviso"),
           (RB, "aviso"), (BN, "allim"), (LB, "oshirase"), (ZV, "kanal"), (RC, "season"),
           (CC, "deals"), (PR, "schedule"), (EY, "aviso"))
# Amounts in force from given days.
TABLES = ((EC, "kiosque", EC_PRIX), (RB, "revista", RB_PRECIO), (CC, "prime", PRIME_FEE))

QUIET = d(2015, 4, 14)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    GG: "Get the Gloss & Grain newsletter: the week's best in fashion and beauty, every Friday.",
    SW: "Sign up to the Star Whisper showbiz newsletter for the day's biggest stories",
    EC: "Recevez la newsletter Éclat chaque semaine",
    SM: "Iscriviti alla newsletter di Stile Milano",
    RB: "Suscríbete a nuestra newsletter y recibe lo último en moda y belleza",
    BN: "뷰티누리 페이스북 페이지에서 새 소식을 받아보세요",
    LB: "リュクス美容の公式LINEで最新情報をお届けします",
    ZV: "Подписывайтесь на «Звёздный вестник» во ВКонтакте",
    RC: "Follow Red Carpet Roll on Instagram for every arrival as it happens",
    CC: "Want the best deals first? Get our Deal Drop newsletter",
    PR: "New posts every Tuesday and Friday, with a cup of tea",
    EY: "Síguenos en Facebook y Twitter para no perderte nada del mundo del espectáculo",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (SW, "horoscope"), (GG, "issue"), (RC, "best-dressed"), (LB, "kakaku")), (
        FIRST_DAY, QUIET, d(2016, 2, 28), d(2017, 10, 2), d(2018, 9, 6), d(2019, 5, 1),
        d(2019, 10, 1), d(2020, 5, 4), d(2020, 12, 7), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert not us_daylight(d(2019, 11, 3)) and us_daylight(d(2019, 11, 2))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 10, 27))
    assert monday_of(d(2020, 6, 21)) == monday_of(d(2020, 6, 15)) == d(2020, 6, 15)
    assert [met_gala(y) for y in (2015, 2018, 2019, 2020)] == [
        d(2015, 5, 4), d(2018, 5, 7), d(2019, 5, 6), None]
    assert nyfw(2018, 9) == d(2018, 9, 13) and nyfw(2020, 2) == d(2020, 2, 13)
    assert mfw(2019, 2) == d(2019, 2, 26) and mfw(2017, 9) == d(2017, 9, 19)
    assert gg_issue(d(2019, 12, 16)) == (2020, 1) and gg_issue(d(2019, 12, 15)) == (2019, 12)
    assert black_friday(2019) == d(2019, 11, 29)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(GG, "dated", old, "MARCH 5, 2016")
    full(GG, "dated", new, rf"June 19, 2020, {clock12} EDT")
    full(GG, "dated", winter, rf"Dec\. 7, 2020, {clock12} EST")
    full(GG, "dated", d(2019, 9, 3), rf"Sept\. 3, 2019, {clock12} EDT")
    full(GG, "prices", new, r"Prices were accurate at the time of publishing, June 19, 2020\.")
    full(GG, "issue", new, r"The July 2020 issue is on newsstands now\. Subscribe: 12 issues "
                           r"for \$20\.")
    full(GG, "issue", d(2019, 8, 20), r"The September 2019 issue, our biggest of the year, is "
                                      r"on newsstands now\. Subscribe: 12 issues for \$20\.")
    full(SW, "dated", old, rf"Published {clock}, 5 March 2016")
    full(SW, "dated", new, rf"Fri 19 Jun 2020 {clock} BST")
    full(SW, "dated", winter, rf"Mon 7 Dec 2020 {clock} GMT")
    full(SW, "horoscope", new, "✨ Your horoscope for Friday 19 June: what the stars have in "
                               "store")
    full(EC, "date", old, "Publié le 05/03/2016")
    full(EC, "date", new, rf"Publié le vendredi 19 juin 2020 à {clock}")
    full(EC, "prix", new, r"Prix indiqués à titre indicatif au 19 juin 2020\.")
    full(SM, "data", old, rf"05/03/2016 {clock}")
    full(SM, "data", new, rf"Venerdì 19 giugno 2020 \(modifica alle {clock}\)")
    full(SM, "prezzi", new, r"I prezzi sono aggiornati al 19 giugno 2020 e possono variare\.")
    full(RB, "fecha", old, rf"05/03/2016 - {clock}")
    full(RB, "fecha", new, rf"Actualizado a 19 de junio de 2020, {clock} CEST")
    full(RB, "fecha", winter, rf"Actualizado a 7 de diciembre de 2020, {clock} CET")
    full(BN, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(BN, "ipryeok", new, rf"입력 2020년 6월 19일\(금\) {clock}")
    full(BN, "gagyeok", new, "※ 제품 가격은 2020년 6월 19일 기준이며 판매처마다 다를 수 있습니다.")
    full(LB, "hiduke", old, r"2016\.03\.05")
    full(LB, "hiduke", new, "2020年6月19日（金）")
    full(LB, "kakaku", old, "※価格は2016年3月現在のものです。"
                            r"表示価格はすべて税抜です（別途消費税8%）。")
    full(LB, "kakaku", new, "※価格は2020年6月現在のものです。表示価格はすべて消費税10%込みです。")
    full(ZV, "data", old, rf"05\.03\.2016 {clock}")
    full(ZV, "data", new, rf"19 июня 2020, {clock}")
    full(RC, "dated", d(2016, 2, 27), "February 27, 2016")
    full(RC, "dated", new, rf"Friday, June 19, 2020 at {clock12} PDT")
    full(RC, "dated", winter, rf"Monday, December 7, 2020 at {clock12} PST")
    full(RC, "best-dressed", new, "Best Dressed of the Week: Jun 15–21, 2020")
    full(RC, "best-dressed", d(2020, 7, 1), "Best Dressed of the Week: Jun 29–Jul 5, 2020")
    full(CC, "dated", old, "3/5/16")
    full(CC, "dated", new, "Updated June 19, 2020")
    full(CC, "prices", new, rf"Prices as of Jun 19, 2020 at {clock12} ET\. Prices and "
                            rf"availability are subject to change\.")
    full(PR, "posted", old, "Posted on 5th March 2016 by Ada Brook")
    full(PR, "posted", d(2016, 3, 22), "Posted on 22nd March 2016 by Ada Brook")
    full(PR, "posted", new, r"19 June 2020 · \d+ min read")
    full(EY, "fecha", old, "Ciudad de México, 5 de marzo de 2016")
    full(EY, "fecha", new, rf"19/06/2020 {clock} hrs")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(GG, "dated", day).isupper() == (day < GG_REDESIGN)
        assert ("BST" in on(SW, "dated", day) or "GMT" in on(SW, "dated", day)) == (
            day >= SW_REDESIGN)
        assert ("à" in on(EC, "date", day)) == (day >= EC_REDESIGN)
        assert ("modifica" in on(SM, "data", day)) == (day >= SM_REDESIGN)
        assert on(RB, "fecha", day).startswith("Actualizado") == (day >= RB_REDESIGN)
        assert ("년" in on(BN, "ipryeok", day)) == (day >= BN_REDESIGN)
        assert ("年" in on(LB, "hiduke", day)) == (day >= LB_REDESIGN)
        assert bool(re.match(r"\d\d\.", on(ZV, "data", day))) == (day < ZV_REDESIGN)
        assert ("PT" in on(RC, "dated", day)[-4:] or " at " in on(RC, "dated", day)) == (
            day >= RC_REDESIGN)
        assert on(CC, "dated", day).startswith("Updated") == (day >= CC_REDESIGN)
        assert on(PR, "posted", day).startswith("Posted") == (day < PR_REDESIGN)
        assert on(EY, "fecha", day).startswith("Ciudad") == (day < EY_REDESIGN)
        if day >= GG_REDESIGN:
            assert on(GG, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
        if day >= RC_REDESIGN:
            assert on(RC, "dated", day).endswith("PDT" if us_daylight(day) else "PST")
        if day >= RB_REDESIGN:
            assert on(RB, "fecha", day).endswith("CEST" if eu_summer(day) else "CET")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    assert len(changes(SW, "horoscope")) == len(every_day()) - 1
    weekly = changes(RC, "best-dressed")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    monthly = changes(LB, "kakaku")
    assert monthly == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {
        d(2015, 1, 1)}
    issues = changes(GG, "issue")
    assert {day for day in issues if day.day == 16} == {
        d(y, m, 16) for y in range(2015, 2021) for m in range(1, 13)}
    assert {day for day in issues if day.day != 16} == {d(2017, 1, 1), d(2019, 7, 1)}
    for y in range(2015, 2021):
        assert found(PR, "schedule", rf"Blogmas {y}, day (\d+) of 24") == {
            str(n) for n in range(1, 25)}, y
        assert on(PR, "schedule", d(y, 12, 25)) != on(PR, "schedule", d(y, 12, 24))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        assert f"NYFW Fall {y}" in on(GG, "newsletter", nyfw(y, 2)), y
        assert f"NYFW Spring {y + 1}" in on(GG, "newsletter", nyfw(y, 9) + 3 * one), y
        assert f"Black Friday {y}" in on(GG, "newsletter", black_friday(y)), y
        assert f"Gift Guide {y}" in on(GG, "newsletter", d(y, 12, 10)), y
        first, last = LOVE_ISLAND[y]
        assert f"Love Island {y}" in on(SW, "notice", iso(first)), y
        assert f"Love Island {y}" in on(SW, "notice", iso(last)), y
        assert f"I'm a Celebrity {y}" in on(SW, "notice", iso(IM_A_CELEB[y]) + 5 * one), y
        (winter, _), (summer, _) = SOLDES[y]
        assert f"Soldes d'hiver {y} : du {iso(winter).day} " in on(EC, "newsletter",
                                                                   iso(winter)), y
        assert f"Soldes d'été {y}" in on(EC, "newsletter", iso(summer)), y
        assert f"Milano Moda Donna Autunno/Inverno {y}" in on(SM, "avviso", mfw(y, 2)), y
        assert f"Primavera/Estate {y + 1}" in on(SM, "avviso", mfw(y, 9)), y
        assert f"Sanremo {y}" in on(SM, "avviso", iso(SANREMO[y][0])), y
        assert f"Venezia {y}" in on(SM, "avviso", iso(VENICE[y][1])), y
        assert f"Saldi invernali {y}" in on(SM, "avviso", iso(SALDI[y][0])), y
        assert f"Premios Goya {y}" in on(RB, "aviso", iso(GOYAS[y])), y
        assert f"Rebajas de invierno {y}" in on(RB, "aviso", d(y, 1, 7)), y
        assert f"{y} 설 명절" in on(BN, "allim", iso(SEOLLAL[y])), y
        assert f"{y} 풍성한 한가위" in on(BN, "allim", iso(CHUSEOK[y])), y
        assert f"{y}年 コスメ福袋" in on(LB, "oshirase", d(y, 1, 2)), y
        assert f"クリスマスコフレ{y}" in on(LB, "oshirase", d(y, 11, 10)), y
        assert f"{y}年 ベストコスメ" in on(LB, "oshirase", d(y, 12, 10)), y
        assert f"К 8 Марта {y}" in on(ZV, "kanal", d(y, 3, 8)), y
        assert f"Встречаем {y + 1} год" in on(ZV, "kanal", d(y, 12, 25)), y
        assert f"Golden Globes {y}" in on(RC, "season", iso(GOLDEN_GLOBES[y])), y
        assert f"Oscars {y}" in on(RC, "season", iso(OSCARS[y])), y
        assert f"Venice {y}" in on(RC, "season", iso(VENICE[y][0])), y
        assert f"Emmys {y}" in on(RC, "season", iso(EMMYS[y])), y
        first, last = PRIME_DAY[y]
        assert f"Prime Day {y} is" in on(CC, "deals", iso(first)), y
        assert f"Black Friday and Cyber Monday {y}" in on(CC, "deals", black_friday(y)), y
        assert f"El Buen Fin {y}" in on(EY, "aviso", iso(BUEN_FIN[y][0])), y
        if y < 2020:
            gala = met_gala(y)
            assert gala and f"Met Gala {y}" in on(GG, "newsletter", gala), y
            assert gala and f"Met Gala {y}" in on(RC, "season", gala), y
            assert f"Festival de Cannes {y}" in on(EC, "newsletter", iso(CANNES[y][0])), y
            assert f"Cannes {y}" in on(RC, "season", iso(CANNES[y][1])), y
            assert f"Rebajas de verano {y}" in on(RB, "aviso", d(y, 7, 1)), y
            assert f"母の日ギフト特集{y}" in on(LB, "oshirase", d(y, 5, 1) + 7 * one), y
            assert f"Día de las Madres {y}" in on(EY, "aviso", d(y, 5, 10)), y
    for first, _ in PARIS_FW:
        assert f"Fashion Week de Paris {first[:4]}" in on(EC, "newsletter", iso(first))
    assert "Prime Day 2018 is July 16–17" in on(CC, "deals", d(2018, 7, 12))
    assert "Prime Day 2020 is October 13–14" in on(CC, "deals", d(2020, 10, 8))
    assert "postponed" in on(GG, "newsletter", MET_GALA_POSTPONED)
    assert "postponed" in on(RC, "season", MET_GALA_POSTPONED)
    assert "Staying in" in on(GG, "newsletter", d(2020, 4, 1))
    assert "Harry and Meghan" in on(SW, "notice", d(2018, 5, 19))
    assert "Eugenie" in on(SW, "notice", d(2018, 10, 12))
    assert "Stuck at home" in on(SW, "notice", d(2020, 4, 15))
    assert "Confinement" in on(EC, "newsletter", d(2020, 4, 1))
    assert "Reconfinement" in on(EC, "newsletter", d(2020, 11, 15))
    assert "#iorestoacasa" in on(SM, "avviso", d(2020, 4, 1))
    assert "Estado de alarma" in on(RB, "aviso", d(2020, 4, 1))
    assert "코로나19" in on(BN, "allim", d(2020, 3, 15))
    assert "緊急事態宣言" in on(LB, "oshirase", d(2020, 4, 20))
    assert "самоизоляцию" in on(ZV, "kanal", d(2020, 4, 15))
    assert "Quédate en casa" in on(EY, "aviso", d(2020, 4, 15))
    assert "Memorial Day sales 2019" in on(CC, "deals", d(2019, 5, 27))
    assert "Labor Day sales 2020" in on(CC, "deals", d(2020, 9, 7))
    assert "Black Friday 2018" in on(PR, "schedule", black_friday(2018))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (GG, "byline", GG_REDESIGN, "By {author}", "{author_beat}"),
        (GG, "affiliate", GG_SELECT, "when you buy through links", "chosen by our editors"),
        (GG, "affiliate", GG_INDEPENDENT, "chosen by our editors", "independently select"),
        (GG, "newsletter", GG_NEWSLETTER, "every Friday", "The Daily Grain"),
        (SW, "byline", SW_REDESIGN, "By {author}", "{author_beat}"),
        (SW, "tips", SW_WHATSAPP, "Got a showbiz story?", "WhatsApp"),
        (EC, "affiliation", EC_INDEPENDANCE, "affiliés", "indépendance"),
        (EC, "newsletter", EC_NEWSLETTER, "chaque semaine", "tous les jours"),
        (SM, "affiliazione", SM_INDIPENDENTI, "link di affiliazione", "indipendente"),
        (SM, "avviso", SM_NEWSLETTER, "Iscriviti", "Ogni mattina"),
        (RB, "afiliacion", RB_INDEPENDIENTE, "enlaces de afiliación", "independiente"),
        (BN, "gija", BN_REDESIGN, "{author} 기자", "news@"),
        (BN, "allim", BN_KAKAO, "페이스북", "카카오톡"),
        (LB, "bun", LB_REDESIGN, "文＝", "文／"),
        (LB, "afiri", LB_INDEPENDENT, "※記事内", "編集部が独自に"),
        (LB, "oshirase", LB_INSTAGRAM, "LINE", "Instagram"),
        (LB, "kakaku", LB_TAX, "税抜", "10%"),
        (ZV, "avtor", ZV_REDESIGN, "Автор:", "Текст:"),
        (ZV, "kanal", ZV_TELEGRAM, "ВКонтакте", "Telegram"),
        (CC, "disclosure", CC_RESEARCH, "We may earn", "independently research"),
        (CC, "disclosure", CC_LOVE, "independently research", "things we love"),
        (PR, "disclosure", PR_GIFTED, "Disclosure:", "AD |"),
        (PR, "follow", PR_PINTEREST, "Bloglovin'", "Pinterest")))
    assert_groups_reworded(SET, (
        (GG, "dated", "MARCH", " EDT"),
        (GG, "affiliate", "when you buy through links", "independently select"),
        (SW, "dated", "Published ", " GMT"),
        (EC, "date", "/20", " à "),
        (BN, "ipryeok", ".", "년"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$119 a year" in on(CC, "prime", d(2018, 5, 11))
    assert "$99 a year" in on(CC, "prime", d(2018, 5, 10))
    for day, price in ((d(2016, 6, 20), "$15"), (d(2018, 6, 20), "$18"),
                       (d(2020, 6, 20), "$20")):
        assert f"12 issues for {price}." in on(GG, "issue", day), day
    for day in every_day():
        assert ("8%" in on(LB, "kakaku", day)) == (day < LB_TAX)
    prices = {m[1] for t in group_lines(SET, GG, "issue")
              if (m := re.search(r"for (\$\d+)\.", norm(t)))}
    assert prices == {"$15", "$18", "$20"}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (BN, "sajin", r"[\uac00-\ud7a3]"), (BN, "jeojakgwon", r"[\uac00-\ud7a3]"),
        (LB, "awasete", r"[\u3040-\u30ff]"), (LB, "kokoku", r"[\u4e00-\u9fff]"),
        (ZV, "reklama", r"[\u0400-\u04ff]"), (ZV, "chitayte", r"[\u0400-\u04ff]"),
        (EC, "lire", r"[À-ÿ]"), (SM, "pubblicita", r"À"), (RB, "reproduccion", r"[áéíóúñ]"),
        (EY, "tambien", r"é")))
    assert any(t.endswith("BST") for t in group_lines(SET, SW, "dated"))
    assert any(t.endswith("GMT") for t in group_lines(SET, SW, "dated"))
    assert any("年" in t for t in group_lines(SET, LB, "hiduke"))
    assert any(re.search(r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
                         r"октября|ноября|декабря)", t) for t in group_lines(SET, ZV, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{GG}/dated", f"{GG}/byline", f"{GG}/related", f"{GG}/kicker",
                         f"{GG}/shop", f"{GG}/photo", f"{GG}/copyright", f"{GG}/prices",
                         f"{SW}/dated", f"{SW}/byline", f"{SW}/pictures", f"{EC}/date",
                         f"{EC}/credit"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{GG}/programs", f"{GG}/advert", f"{SW}/comments", f"{SW}/ipso", f"{EC}/editeur",
        f"{SM}/registrazione"))
    assert_carried_share(docs, GG, [
        ("dated", 0.8, 0.98), ("related", 0.4, 0.75), ("shop", 0.65, 0.92),
        ("correction", 0.0, 0.1), ("prices", 0.15, 0.45), ("affiliate", 0.4, 0.7)])
    assert_carried_share(docs, SW, [("byline", 0.6, 0.88), ("horoscope", 0.05, 0.28),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{GG}/shop", f"{CC}/buy"):
        assert max(per_doc(docs, fam)) == 3, fam
    for fam in (f"{GG}/related", f"{SW}/pictures", f"{EC}/publicite", f"{ZV}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((GG, "photo"), (SW, "gallery"), (EC, "diaporama"),
                               (SM, "galleria"), (BN, "gwanggo"), (LB, "kokoku"),
                               (RB, "publicidad"), (EY, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (GG, "correction", 16), (SW, "update"), (EC, "erratum"), (SM, "rettifica"),
        (RB, "fe-de-errores"), (BN, "jeongjeong"), (LB, "teisei"), (ZV, "ispravlenie"),
        (RC, "editors-note"), (CC, "update"), (PR, "edit"), (EY, "aclaracion")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{GG}/related", "RELATED: "), (f"{SW}/read-more", "READ MORE: "),
        (f"{EC}/lire", "À lire aussi : "), (f"{SM}/leggi", "Leggi anche: "),
        (f"{ZV}/chitayte", "Читайте также: "), (f"{LB}/awasete", "あわせて読みたい：")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (GG, "advert", "Advertisement · Story continues below"), (EC, "publicite", "Publicité"),
        (SM, "pubblicita", "PUBBLICITÀ"), (RB, "publicidad", "Publicidad"),
        (BN, "gwanggo", "광고"), (LB, "kokoku", "広告"), (ZV, "reklama", "Реклама"),
        (ZV, "vozrast", "18+"), (RC, "nav", "‹ Previous | Next ›"),
        (EY, "publicidad", "PUBLICIDAD")))
    assert_group_values_from_pool(SET, (
        (GG, "kicker", "kicker"), (SW, "kicker", "kicker"), (EC, "rubrique", "rubrique"),
        (SM, "categoria", "categoria"), (RB, "seccion", "seccion"),
        (LB, "kategori", "kategori"), (ZV, "rubrika", "rubrika")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (GG, "advert", "Advertisement · Story continues below"),
        (RC, "nav", "‹ Previous | Next ›"),
        (ZV, "vozrast", "18+"),
        (EC, "publicite", "Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        GG: (["programs", "copyright"], 2),
        SW: (["comments", "ipso", "copyright"], 2),
        EC: (["editeur", "droits"], 2),
        SM: (["registrazione", "copyright"], 2),
        RB: (["reproduccion", "copyright"], 2),
        BN: (["jeojakgwon", "deungnok", "cheongsonyeon"], 3),
        LB: (["mudan", "copyright"], 2),
        ZV: (["perepechatka", "smi", "vozrast", "copyright"], 3),
        RC: (["agencies", "copyright"], 2),
        CC: (["associates", "copyright"], 2)})


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
