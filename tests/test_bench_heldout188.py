"""The held-back-188 template set (`tests.bench.heldout_templates_188`): its localised dates
(printed day by day in English, Japanese with the Reiwa era, French with "1er", Spanish,
Korean and Russian, several changing form on the day of a redesign), the lines that turn
every day, week and month (a fandom roundup, convention and Comiket countdowns, the
on-sale Wednesday of new comics, the week's new manga volumes, a scanlation group's server
costs), the calendars some notices follow (Comic-Cons, Free Comic Book Day, Comiket,
Angoulême, Japan Expo, the Barcelona shows, Sant Jordi, Worldcon, the Hugo finalists,
Eastercon, Comic Con Russia, Cosmonautics Day, Seollal and Chuseok, El Buen Fin, Golden
Week, the year-end, the 2020 shutdown and lockdowns), the prices and memberships that
change over the years, the lines in several languages and scripts, the variation it
promises, its credit blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_188 import (
    ANGOULEME,
    BE_ABONNEMENT,
    BE_AFFILIATION,
    BE_REDESIGN,
    BUEN_FIN,
    C98_CANCELLED,
    CG_ENVIO,
    CG_PRECIO,
    CG_REDESIGN,
    CG_STORE,
    CHUSEOK,
    COMIC_CON_RUSSIA,
    COMIKET,
    EMERGENCY,
    FIRST_DAY,
    GW_PATREON,
    GW_REDESIGN,
    HK_SOURYOU,
    HUGO_FINALISTS,
    JAPAN_EXPO,
    KK_BADGES,
    KK_CANCELLED,
    KK_REDESIGN,
    KN_AFFILIATE,
    KN_LINE,
    LAST_DAY,
    NEW_YORK,
    PG_AFFILIATE,
    PG_NEWSLETTER,
    PG_REDESIGN,
    PK_REDESIGN,
    PK_TELEGRAM,
    PK_TSENA,
    PL_DISCORD,
    PL_OFFICIAL,
    PL_REDESIGN,
    PM_REDESIGN,
    REIWA,
    SALON_COMIC,
    SALON_MANGA,
    SAN_DIEGO,
    SEOLLAL,
    SHUTDOWN,
    SUPPORTING,
    TAX_RISE,
    VV_REDESIGN,
    VV_SOCIAL,
    WB_REDESIGN,
    WORLDCON,
    free_comic_book_day,
    japanese_year,
    kitsunekon_days,
    le_jour,
    monday_of,
    noise,
    server_goal,
    wednesday_from,
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

SET = "held-back-188"
SITES = ("Panel & Gutter Daily", "コマナビ", "Bulle d'encre", "The Gravity Well",
         "Viñetas al Vuelo", "웹툰봄", "Планета комиксов", "Paper Lantern Scans", "Kitsunekon",
         "Planète Koma", "Capítulo Geek", "星屑堂")
PG, KN, BE, GW = "panelgutterdaily.com", "komanavi.jp", "bulledencre.fr", "thegravitywell.org"
VV, WB, PK, PL = ("vinetasalvuelo.es", "webtoonbom.co.kr", "planetakomiksov.ru",
                  "paperlanternscans.com")
KK, PM, CG, HK = "kitsunekon.org", "planetekoma.fr", "capitulogeek.com.mx", "hoshikuzudo.jp"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PG, "dated"), (KN, "hizuke"), (BE, "date"), (GW, "dated"), (VV, "fecha"),
         (WB, "nalja"), (PK, "data"), (PL, "posted"), (KK, "posted"), (PM, "date"),
         (CG, "fecha"), (HK, "hizuke"))
# The lines that name the day, or count the days to an event, on the day they are printed.
EVERY_DAY = ((GW, "roundup"), (KK, "countdown"))
# The notices that follow calendars.
BANNERS = ((PG, "notice"), (KN, "oshirase"), (BE, "annonce"), (GW, "notice"), (VV, "aviso"),
           (WB, "allim"), (PK, "anons"), (PM, "infos"), (CG, "tienda"), (HK, "hassou"))
# Amounts in force from given days.
TABLES = ((BE, "abonnement", BE_ABONNEMENT), (GW, "supporting", SUPPORTING),
          (PK, "tsena", PK_TSENA), (KK, "badges", KK_BADGES), (CG, "precio", CG_PRECIO),
          (HK, "souryou", HK_SOURYOU))

QUIET = d(2015, 2, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PG: "Get the Panel & Gutter Daily newsletter every weekday morning",
    KN: "コマナビ公式Twitterで最新情報をお届けしています",
    BE: "Suivez Bulle d'encre sur Facebook, Twitter et Instagram",
    GW: "The Gravity Well is a free fanzine. Send news and letters of comment to the editor.",
    VV: "Síguenos en Twitter y Facebook",
    WB: "웹툰봄 뉴스레터를 구독하고 매주 새 연재 소식을 받아보세요",
    PK: "Подписывайтесь на нашу группу ВКонтакте",
    PM: "Planète Koma, l'actu manga et anime au quotidien",
    CG: "Consíguelo en nuestra tienda en línea con envío a todo México.",
    HK: "星屑堂のお知らせはメールマガジンでもお届けしています",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (PG, "on-sale"), (KN, "shinkan"), (PL, "server")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 7, 20), d(2018, 4, 6), d(2019, 5, 1),
        d(2019, 12, 29), d(2020, 4, 15), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert wednesday_from(d(2019, 6, 19)) == d(2019, 6, 19)
    assert wednesday_from(d(2019, 6, 20)) == d(2019, 6, 26)
    assert monday_of(d(2019, 6, 23)) == monday_of(d(2019, 6, 17)) == d(2019, 6, 17)
    assert le_jour(d(2020, 9, 1)) == "1er" and le_jour(d(2020, 9, 2)) == "2"
    assert japanese_year(d(2019, 4, 30)) == "2019年（平成31年）"
    assert japanese_year(d(2019, 5, 1)) == "2019年（令和元年）"
    assert japanese_year(d(2020, 1, 1)) == "2020年（令和2年）"
    assert [free_comic_book_day(y) for y in (2015, 2016, 2019)] == [
        d(2015, 5, 2), d(2016, 5, 7), d(2019, 5, 4)]
    assert kitsunekon_days(2019) == (d(2019, 6, 21), d(2019, 6, 23))
    assert [server_goal(d(y, 6, 1)) for y in (2016, 2017, 2019)] == [60, 90, 150]
    assert all(0 <= noise(day, "k") <= 1 for day in (FIRST_DAY, LAST_DAY))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday and a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PG, "dated", old, "March 5, 2016")
    full(PG, "dated", new, r"Friday, June 19, 2020 \d{1,2}:\d\d [AP]M ET")
    full(PG, "on-sale", new, "New Comic Book Day: Wednesday, June 24, 2020")
    full(PG, "on-sale", d(2020, 4, 15), "No new comics this week: distribution to comic shops "
                                        "is paused.")
    full(KN, "hizuke", old, rf"2016/03/05 {clock}")
    full(KN, "hizuke", new, rf"2020年（令和2年）6月19日（金） {clock}配信")
    full(KN, "hizuke", REIWA, rf"2019年（令和元年）5月1日（水） {clock}配信")
    full(KN, "shinkan", new, "【今週の新刊】6月15日（月）～6月21日（日）発売の"
                             "コミックスをまとめてチェック")
    full(BE, "date", old, "Publié le 05/03/2016")
    full(BE, "date", new, rf"Mis en ligne le vendredi 19 juin 2020 à {clock}")
    full(BE, "date", d(2020, 9, 1), rf"Mis en ligne le mardi 1er septembre 2020 à {clock}")
    full(GW, "dated", old, "5 March 2016")
    full(GW, "dated", new, "Posted on Friday 19 June 2020")
    full(GW, "roundup", new, "Fandom roundup for Friday 19 June")
    full(VV, "fecha", old, "05/03/2016")
    full(VV, "fecha", new, rf"Viernes, 19 de junio de 2020 · {clock}")
    full(WB, "nalja", old, rf"2016\.03\.05 {clock}")
    full(WB, "nalja", new, rf"입력 2020년 6월 19일\(금\) {clock}")
    full(PK, "data", old, "5 марта 2016")
    full(PK, "data", new, rf"Пятница, 19 июня 2020, {clock}")
    full(PL, "posted", old, "Posted on March 5, 2016")
    full(PL, "posted", new, rf"Released 2020-06-19 · {clock} UTC")
    full(PL, "server", new, r"Server costs for June 2020: \$\d+ of \$150 raised\.( Thank you!)?")
    full(KK, "posted", old, "Posted 3/5/2016")
    full(KK, "posted", new, "June 19, 2020")
    full(KK, "countdown", old, "104 days until Kitsunekon 2016!")
    full(KK, "countdown", new, "Kitsunekon 2020 is cancelled. We'll see you in 2021!")
    full(PM, "date", old, r"05\.03\.2016")
    full(PM, "date", new, "le vendredi 19 juin 2020")
    full(CG, "fecha", old, "5/3/2016")
    full(CG, "fecha", new, "Viernes 19 de junio, 2020")
    full(HK, "hizuke", old, r"2016\.03\.05")
    full(HK, "hizuke", new, "2020年6月19日（金）更新")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The roundup names the weekday and the day, not the year: it turns every day.
    assert len(changes(GW, "roundup")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PG, "dated", day).endswith("ET") == (day >= PG_REDESIGN)
        assert on(KN, "hizuke", day).endswith("配信") == (day >= REIWA)
        assert ("令和" in on(KN, "hizuke", day)) == (day >= REIWA)
        assert on(BE, "date", day).startswith("Mis en ligne") == (day >= BE_REDESIGN)
        assert on(GW, "dated", day).startswith("Posted on") == (day >= GW_REDESIGN)
        assert ("de" in on(VV, "fecha", day)) == (day >= VV_REDESIGN)
        assert on(WB, "nalja", day).startswith("입력") == (day >= WB_REDESIGN)
        assert ("," in on(PK, "data", day)) == (day >= PK_REDESIGN)
        assert on(PL, "posted", day).startswith("Released") == (day >= PL_REDESIGN)
        assert on(KK, "posted", day).startswith("Posted") == (day < KK_REDESIGN)
        assert on(PM, "date", day).startswith("le ") == (day >= PM_REDESIGN)
        assert ("/" in on(CG, "fecha", day)) == (day < CG_REDESIGN)
        assert on(HK, "hizuke", day).endswith("更新") == (day >= TAX_RISE)
        if day.day == 1 and day >= BE_REDESIGN:
            assert " 1er " in on(BE, "date", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    weekly = changes(PG, "on-sale") - {SHUTDOWN[0], SHUTDOWN[1] + one}
    assert len(weekly) >= 300 and all(day.weekday() == 3 for day in weekly)
    mondays = changes(KN, "shinkan")
    assert len(mondays) >= 300 and all(day.weekday() == 0 for day in mondays)
    monthly = changes(PL, "server")
    assert len(monthly) >= 65 and all(day.day == 1 for day in monthly)
    countdown = changes(KK, "countdown")
    cancelled = {day for day in every_day() if KK_CANCELLED < day < d(2020, 7, 1)}
    assert countdown == set(every_day()[1:]) - cancelled - {
        day for y in range(2015, 2020) for day in (kitsunekon_days(y)[0] + one,
                                                   kitsunekon_days(y)[1])}
    raised = {m[1] for t in group_lines(SET, PL, "server")
              if (m := re.search(r"\$(\d+) of", norm(t)))}
    assert len(raised) >= 2


def test_convention_countdowns_and_comiket() -> None:
    for n, first, last in COMIKET:
        start, end = iso(first), iso(last)
        assert f"コミックマーケット{n}まであと30日" in on(KN, "oshirase", start - 30 * one)
        assert f"コミックマーケット{n}まであと1日" in on(KN, "oshirase", start - one)
        assert f"コミックマーケット{n}開催中" in on(KN, "oshirase", end)
    assert "98は" in on(KN, "oshirase", d(2020, 4, 15)) and C98_CANCELLED[0] == d(2020, 3, 27)
    assert "2015年12月28日～2016年1月4日" in on(KN, "oshirase", d(2016, 1, 2))
    for y, (name, first, last) in WORLDCON.items():
        start = iso(first)
        assert on(GW, "notice", start - 30 * one).startswith(f"🚀 30 days to {name}"), y
        assert on(GW, "notice", start - one) == f"🚀 1 day to {name}, the {y} Worldcon", y
        assert f"{name} is on now" in on(GW, "notice", iso(last)), y
    assert "online this year" in on(GW, "notice", d(2020, 7, 30))
    for y in range(2015, 2020):
        first, last = kitsunekon_days(y)
        assert on(KK, "countdown", first - one) == f"1 day until Kitsunekon {y}!"
        assert "happening now" in on(KK, "countdown", last)
        assert on(KK, "countdown", last + one).endswith(f"Kitsunekon {y + 1}!")
    assert on(KK, "countdown", d(2020, 7, 1)).endswith("Kitsunekon 2021!")


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        sdcc = "Comic-Con@Home" if y == 2020 else "San Diego Comic-Con"
        assert f"{sdcc} {y}" in on(PG, "notice", SAN_DIEGO[y][0]), y
        assert f"Comic Con {y}" in on(PG, "notice", NEW_YORK[y][1]) or y == 2020
        assert f"Festival d'Angoulême {y}" in on(BE, "annonce", ANGOULEME[y][0]), y
        hugo = [on(GW, "notice", iso(HUGO_FINALISTS[y]) + k * one) for k in range(14)]
        assert any(f"The {y} Hugo Award finalists" in t for t in hugo), y
        assert "Eastercon" in on(GW, "notice", easter(y) - 2 * one), y
        assert "설 연휴" in on(WB, "allim", iso(SEOLLAL[y])), y
        assert "추석 연휴" in on(WB, "allim", iso(CHUSEOK[y])), y
        assert f"С Новым {y + 1} годом" in on(PK, "anons", d(y, 12, 31)), y
        assert f"El Buen Fin {y}" in on(CG, "tienda", BUEN_FIN[y][0]), y
        assert "年末年始" in on(HK, "hassou", d(y, 12, 25)), y
    for y in range(2015, 2020):
        day = free_comic_book_day(y)
        assert f"Saturday, May {day.day}" in on(PG, "notice", day), y
        assert f"Salón del Cómic de Barcelona {y}" in on(VV, "aviso", SALON_COMIC[y][1]), y
        assert f"Salón del Manga de Barcelona {y}" in on(VV, "aviso", SALON_MANGA[y][0]), y
        assert f"Sant Jordi {y}" in on(VV, "aviso", d(y, 4, 23)), y
        assert f"Comic Con Russia {y}" in on(PK, "anons", COMIC_CON_RUSSIA[y][0]), y
        assert "День космонавтики" in on(PK, "anons", d(y, 4, 12)), y
        assert f"Japan Expo {y}" in on(PM, "infos", JAPAN_EXPO[y][0]), y
        assert "ゴールデンウィーク" in on(HK, "hassou", d(y, 5, 1)), y
    assert "du 29 janvier au 1er février" in on(BE, "annonce", d(2015, 1, 29))
    assert "29 сентября – 2 октября" in on(PK, "anons", d(2016, 9, 29))
    assert "Eastercon 2020 is cancelled" in on(GW, "notice", d(2020, 4, 10))
    assert "No new comics" in on(PG, "on-sale", d(2020, 5, 1))
    assert "support yours" in on(PG, "notice", d(2020, 4, 15))
    assert "spread over the summer" in on(PG, "notice", d(2020, 8, 20))
    assert "Confinement" in on(BE, "annonce", d(2020, 4, 1))
    assert "click & collect" in on(BE, "annonce", d(2020, 11, 10))
    assert "Estado de alarma" in on(VV, "aviso", d(2020, 4, 23))
    assert "온라인" in on(WB, "allim", d(2020, 8, 15))
    assert "отменён" in on(PK, "anons", d(2020, 9, 1))
    assert "annulée" in on(PM, "infos", d(2020, 6, 1))
    assert "緊急事態宣言" in on(HK, "hassou", d(2020, 5, 1)) and EMERGENCY[0] == d(2020, 4, 7)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PG, "byline", PG_REDESIGN, "By {author}", "min read"),
        (PG, "spoiler", d(2018, 3, 1), "SPOILER WARNING", "Spoilers ahead"),
        (PG, "affiliate", PG_AFFILIATE, "may earn a commission", "small commission"),
        (PG, "notice", PG_NEWSLETTER, "every weekday", "Pull List"),
        (KN, "raita", REIWA, "文：", "編集部）"),
        (KN, "affiliate", KN_AFFILIATE, "アフィリエイト", "還元"),
        (KN, "oshirase", KN_LINE, "Twitter", "LINE"),
        (BE, "affiliation", BE_AFFILIATION, "perçoit", "Liens affiliés"),
        (GW, "byline", GW_REDESIGN, "By {author}", "Filed by"),
        (GW, "donate", GW_PATREON, "volunteers", "Patreon"),
        (VV, "aviso", VV_SOCIAL, "Twitter y Facebook", "Instagram"),
        (WB, "bulbeop", WB_REDESIGN, "봐주세요", "불법"),
        (PK, "avtor", PK_REDESIGN, "Автор:", "Текст:"),
        (PK, "anons", PK_TELEGRAM, "ВКонтакте", "Telegram"),
        (PL, "official", PL_OFFICIAL, "Please support", "licensed"),
        (PL, "chat", PL_DISCORD, "IRC", "Discord"),
        (KK, "poster", KK_REDESIGN, "Staff", "Communications"),
        (CG, "tienda", CG_STORE, "Consíguelo", "Capítulo Geek"),
        (HK, "zei", TAX_RISE, "8%", "10%")))
    assert_groups_reworded(SET, (
        (PG, "dated", " 20", " ET"),
        (KN, "hizuke", "/", "配信"),
        (BE, "date", "Publié", "Mis en ligne"),
        (WB, "bulbeop", "봐주세요", "불법"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "NZ$75" in on(GW, "supporting", d(2020, 1, 1))
    assert "€35" in on(GW, "supporting", d(2017, 1, 1))
    assert "$70 at the door" in on(KK, "badges", d(2019, 12, 1))
    assert "refunded" in on(KK, "badges", d(2020, 6, 1))
    for start, value in CG_ENVIO:
        assert f"${value}" in on(CG, "tienda", iso(start) + 60 * one), start
    assert "（税込）" in on(HK, "souryou", TAX_RISE)
    prices = {m[1] for t in group_lines(SET, CG, "precio")
              if (m := re.search(r"\$(\d+) MXN", norm(t)))}
    assert prices and prices <= {value for _, value in CG_PRECIO}


def test_several_languages_and_scripts() -> None:
    kana, hangul, cyrillic = r"[\u3040-\u30ff]", r"[\uac00-\ud7af]", r"[\u0400-\u04ff]"
    assert_groups_in_script(SET, (
        (KN, "netabare", kana), (KN, "sponsor", kana), (HK, "chui", kana),
        (WB, "gija", hangul), (WB, "jeojakgwon", hangul), (WB, "nalja", r"[0-9]"),
        (PK, "chitaite", cyrillic), (PK, "reklama", cyrillic), (PK, "perevod", cyrillic),
        (PK, "kupit", cyrillic), (WB, "choesinhwa", hangul), (KN, "store", kana),
        (BE, "reproduction", r"[éèàù]"), (VV, "spoiler", r"[¡áéíóúñ]"),
        (PM, "fiche", r"[ÉéèàÈ]")))
    assert any("令和" in t for t in group_lines(SET, KN, "hizuke"))
    assert any("입력" in t for t in group_lines(SET, WB, "nalja"))
    assert any(re.search(r"[а-я]+, \d", t) for t in group_lines(SET, PK, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PG}/dated", f"{PG}/byline", f"{PG}/related", f"{PG}/kicker",
                         f"{PG}/cover", f"{PG}/copyright", f"{PG}/on-sale", f"{PG}/spoiler",
                         f"{KN}/hizuke", f"{KN}/kanren", f"{KN}/credit", f"{KN}/shinkan",
                         f"{BE}/date", f"{BE}/album"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PG}/trademarks", f"{PG}/copyright", f"{PG}/affiliate", f"{BE}/reproduction",
        f"{BE}/affiliation", f"{KN}/netabare"))
    assert_carried_share(docs, PG, [
        ("dated", 0.8, 0.98), ("related", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("on-sale", 0.08, 0.35), ("notice", 0.15, 0.5), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, KN, [("hizuke", 0.8, 0.98), ("kanren", 0.45, 0.8),
                                    ("teisei", 0.0, 0.12)])
    for fam in (f"{PG}/related", f"{PG}/advert", f"{KN}/kanren", f"{KN}/sponsor",
                f"{BE}/lire", f"{BE}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PG, "cover"), (KN, "credit"), (BE, "album"), (GW, "hat-tip"),
                               (VV, "creditos"), (WB, "yeonjae"), (PK, "perevod"),
                               (PL, "raws"), (KN, "store"), (PM, "boutique")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PG, "correction", 16), (KN, "teisei"), (BE, "erratum", 10), (GW, "correction"),
        (VV, "fe-de-erratas"), (WB, "jeongjeong"), (PK, "popravka"), (PL, "dropped"),
        (KK, "update"), (PM, "erratum"), (CG, "correccion"), (HK, "owabi")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PG}/related", "Related: "), (f"{KN}/kanren", "関連記事："),
        (f"{BE}/lire", "À lire aussi : "), (f"{GW}/more", "More news: "),
        (f"{VV}/interesar", "Te puede interesar: "), (f"{WB}/gwanryeon", "▶ 관련기사: "),
        (f"{PK}/chitaite", "Читайте также: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PG, "advert", "Advertisement"), (KN, "sponsor", "スポンサーリンク"),
        (BE, "publicite", "Publicité"), (WB, "gwanggo", "광고"), (PK, "reklama", "Реклама"),
        (VV, "publicidad", "Publicidad"), (KN, "store", "▶ 電子書籍ストアで試し読み・購入する"),
        (PM, "boutique", "🛒 Commander ce tome chez notre libraire partenaire")))
    assert_group_values_from_pool(SET, (
        (PG, "kicker", "kicker"), (KN, "bunrui", "bunrui"), (BE, "rubrique", "rubrique"),
        (VV, "seccion", "seccion"), (PK, "vozrast", "vozrast"), (HK, "joutai", "joutai")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PG, "advert", "Advertisement"),
        (PG, "trademarks", "All characters and artwork are ™ and © their respective owners."),
        (KN, "sponsor", "スポンサーリンク"),
        (BE, "publicite", "Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_credit_and_footer_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PG: (["trademarks", "copyright"], 2),
        BE: (["reproduction", "copyright"], 2),
        PL: (["translation", "proofreading", "typesetting"], 3),
        KK: (["nonprofit", "copyright"], 2),
        HK: (["chui", "zei", "souryou"], 2)})


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
