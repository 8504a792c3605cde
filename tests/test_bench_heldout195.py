"""The held-back-195 template set (`tests.bench.heldout_templates_195`): its localised dates
(printed day by day in English with AP-style months and ordinals, Brazilian Portuguese,
Russian, Korean, Chinese and Turkish, several changing form on the opening day of a games
show), the lines that turn every day, week and fortnight (tournament countdowns, "prices
checked", scheduled maintenance, the Epic Games Store's free game, a live game's version and
season, Brasília's summer time), the calendars some notices follow (E3, Gamescom, The Game
Awards, the Brasil Game Show, IgroMir, G-Star, ChinaJoy, the Worlds finals, Steam's sales,
Prime Day, Black Friday, the Lunar New Year and Chuseok, in-game events, the console
launches, the pandemic), the platform pools, ratings, prices and VAT rates that change over
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_calendar import thanksgiving
from tests.bench.heldout_templates_195 import (
    BGS,
    BR_SUMMER_TIME,
    BY_HWAKRYUL,
    BY_REDESIGN,
    CHINAJOY,
    CHUSEOK,
    E3,
    EPIC_FREE,
    FIRST_DAY,
    FIYAT,
    GAME_AWARDS,
    GAMESCOM,
    GSTAR,
    HF_BUILDS,
    IGROMIR,
    JP_COPIA,
    JP_DISCORD,
    JP_REDESIGN,
    KP_AUTHOR,
    KP_REDESIGN,
    KP_TELEGRAM,
    LAST_DAY,
    LC_DISCORD,
    LC_GAMBLING,
    LC_REDESIGN,
    LD_AFFILIATE,
    LD_REDESIGN,
    LUNAR_NEW_YEAR,
    MAJORS,
    NDS,
    NEXT_GEN,
    OK_DISCORD,
    OK_KVKK,
    OK_REDESIGN,
    PP_COPYRIGHT,
    PP_DISCORD,
    PP_REDESIGN,
    PRECO,
    PRIME_DAY,
    RIO_POSTPONED,
    RL_AFFILIATE,
    RL_DISCORD,
    RL_REDESIGN,
    RL_REVIEWS,
    SH_ESRB,
    SH_PLATFORMS,
    SH_REDESIGN,
    SHENGXIAO,
    STEAM_SALES,
    SUBSCRIPTIONS,
    SWITCH_LAUNCH,
    TELEGRAM_BLOCK,
    TG_REDESIGN,
    WORLDS_FINALS,
    YQ_BEIAN,
    YQ_BILIBILI,
    YQ_REDESIGN,
    YQ_SHENGMING,
    YQ_SHENPI,
    after,
    brasilia_summer_time,
    on_or_after,
    patch_of,
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
    group_docs,
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

SET = "held-back-195"
SITES = ("Respawn Ledger", "The Last Circle", "Jogatina Plena", "Киберпульт", "판교플레이",
         "游戏前线", "Oyun Kulesi", "Stormhaven", "Loot Drop Deals", "Torcida Gamer",
         "Hollow Fern Games", "별빛연대기")
RL, LC, JP, KP = ("respawnledger.com", "lastcircle.gg", "jogatinaplena.com.br", "kiberpult.ru")
PP, YQ, OK, SH = ("pangyoplay.co.kr", "youxiqianxian.com", "oyunkulesi.com",
                  "stormhavengames.com")
LD, TG, HF, BY = ("lootdropdeals.com", "torcidagamer.com.br", "hollowferngames.com",
                  "byeolbit-chronicle.co.kr")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((RL, "dated"), (LC, "dated"), (JP, "data"), (KP, "data"), (PP, "ipryeok"),
         (YQ, "shijian"), (OK, "tarih"), (SH, "posted"), (LD, "dated"), (TG, "data"),
         (HF, "dated"), (BY, "deungrok"))
# The lines that turn every day without printing the year.
EVERY_DAY = ((LD, "checked"), (TG, "contagem"))
# The notices that follow calendars.
BANNERS = ((RL, "newsletter"), (LC, "community"), (JP, "comunidade"), (KP, "podpiska"),
           (PP, "gongji"), (YQ, "guanzhu"), (OK, "duyuru"), (SH, "social"), (LD, "banner"),
           (BY, "gogaek"))
# Amounts, ratings and platforms in force from given days.
TABLES = ((JP, "preco", PRECO), (KP, "ceny", NDS), (OK, "fiyat", FIYAT),
          (SH, "rating", SH_ESRB), (SH, "platforms", SH_PLATFORMS),
          (LD, "subscriptions", SUBSCRIPTIONS), (HF, "build", HF_BUILDS))
# The lines that turn by the week or the fortnight, and the countdowns.
TURNING = ((SH, "version"), (SH, "maintenance"), (LD, "epic"), (BY, "jeomgeom"),
           (LC, "countdown"), (TG, "fuso"), (HF, "store"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    RL: "Get the Respawn Ledger newsletter in your inbox every weekday",
    LC: "Follow The Last Circle on Twitter for live scores",
    JP: "Siga o Jogatina Plena no Facebook e no Twitter",
    KP: "Подписывайтесь на Киберпульт во «ВКонтакте»",
    PP: "판교플레이 유튜브 채널을 구독하세요",
    YQ: "关注游戏前线微信公众号，获取最新游戏资讯",
    OK: "Haftanın indirimleri için e-bültenimize abone olun",
    SH: "Follow Stormhaven on Twitter for server status updates.",
    LD: "Deals are updated daily: bookmark this page.",
    BY: "고객센터 운영시간: 평일 10:00~19:00 (주말 및 공휴일 휴무)",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + TURNING + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 13), d(2018, 4, 16), d(2019, 8, 20),
        d(2020, 3, 31), d(2020, 11, 10), LAST_DAY))


def test_helpers() -> None:
    assert on_or_after(d(2019, 6, 18), 1) == d(2019, 6, 18)  # a Tuesday
    assert on_or_after(d(2019, 6, 19), 1) == d(2019, 6, 25)
    assert after(d(2019, 6, 20), 3) == d(2019, 6, 27) and after(d(2019, 6, 19), 3) == d(
        2019, 6, 20)
    assert patch_of(d(2015, 1, 6)) == (1, 0) and patch_of(d(2015, 1, 20)) == (1, 1)
    assert patch_of(d(2015, 1, 6) + 140 * one) == (2, 0)
    assert brasilia_summer_time(d(2018, 1, 1)) and not brasilia_summer_time(d(2019, 11, 10))
    assert brasilia_summer_time(d(2018, 11, 4)) and not brasilia_summer_time(d(2018, 11, 3))
    assert EPIC_FREE.weekday() == 3 and thanksgiving(2019) == d(2019, 11, 28)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(RL, "dated", old, rf"March 5, 2016 {clock12} ET")
    full(RL, "dated", d(2016, 9, 7), rf"Sept\. 7, 2016 {clock12} ET")
    full(RL, "dated", new, "Published Friday, Jun 19, 2020")
    full(LC, "dated", old, rf"05/03/2016 {clock}")
    full(LC, "dated", new, "Updated 19th June 2020")
    full(LC, "dated", d(2020, 6, 22), "Updated 22nd June 2020")
    full(JP, "data", old, rf"Publicado em 05/03/2016 às {clock}")
    full(JP, "data", new, "sexta-feira, 19 de junho de 2020")
    full(KP, "data", old, rf"05\.03\.2016 {clock}")
    full(KP, "data", new, "19 июня 2020, пятница")
    full(PP, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(PP, "ipryeok", new, rf"기사입력 2020년 6월 19일 \(금\) {clock}")
    full(YQ, "shijian", old, rf"2016-03-05 {clock}")
    full(YQ, "shijian", new, rf"发布时间：2020年6月19日 星期五 {clock}")
    full(OK, "tarih", old, rf"05\.03\.2016 - {clock}")
    full(OK, "tarih", new, rf"Güncelleme: 19 Haziran 2020 Cuma, {clock}")
    full(SH, "posted", old, "March 5, 2016")
    full(SH, "posted", new, rf"Posted Jun 19, 2020 · {clock12} PT")
    full(LD, "dated", old, "March 5, 2016")
    full(LD, "dated", new, "Updated June 19, 2020")
    full(LD, "checked", new, rf"Prices checked Friday, June 19 at {clock12} ET and may "
                             rf"change\.")
    full(TG, "data", old, rf"05/03/2016 às {clock}")
    full(TG, "data", new, rf"19 jun 2020 • {clock}")
    full(HF, "dated", new, "19 June 2020")
    full(BY, "deungrok", old, r"2016\.03\.05")
    full(BY, "deungrok", new, rf"등록일 2020-06-19 {clock}")
    full(SH, "maintenance", new, r"Scheduled maintenance: Tuesday, June 23, 5:00–7:00 AM PT\. "
                                 r"Servers will be unavailable\.")
    full(BY, "jeomgeom", new, r"정기점검: 6월 25일\(목\) 오전 6시 ~ 오전 10시 \(점검 시간은 "
                              r"변동될 수 있습니다\)")
    full(TG, "contagem", new, "Faltam 134 dias para a final do Mundial de LoL 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(RL, "dated", day).startswith("Published") == (day >= RL_REDESIGN)
        assert on(LC, "dated", day).startswith("Updated") == (day >= LC_REDESIGN)
        assert on(JP, "data", day).startswith("Publicado") == (day < JP_REDESIGN)
        assert bool(re.search(r"[а-я]", on(KP, "data", day))) == (day >= KP_REDESIGN)
        assert on(PP, "ipryeok", day).startswith("기사입력") == (day >= PP_REDESIGN)
        assert on(YQ, "shijian", day).startswith("发布时间") == (day >= YQ_REDESIGN)
        assert on(OK, "tarih", day).startswith("Güncelleme") == (day >= OK_REDESIGN)
        assert on(SH, "posted", day).startswith("Posted") == (day >= SH_REDESIGN)
        assert on(LD, "dated", day).startswith("Updated") == (day >= LD_REDESIGN)
        assert ("•" in on(TG, "data", day)) == (day >= TG_REDESIGN)
        assert on(BY, "deungrok", day).startswith("등록일") == (day >= BY_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_fortnight() -> None:
    weekly = changes(SH, "maintenance")
    assert len(weekly) >= 300 and all(day.weekday() == 2 for day in weekly)
    weekly = changes(BY, "jeomgeom")
    assert len(weekly) >= 300 and all(day.weekday() == 4 for day in weekly)
    epic = sorted(changes(LD, "epic"))
    assert epic[0] == EPIC_FREE and all(day.weekday() == 3 for day in epic)
    assert len(epic) >= 100
    assert "Thursday, December 20, 11am ET" in on(LD, "epic", EPIC_FREE)
    fortnightly = sorted(changes(SH, "version"))
    assert all(b - a == 14 * one for a, b in zip(fortnightly, fortnightly[1:], strict=False))
    assert all(day.weekday() == 1 for day in fortnightly)
    seasons = found(SH, "version", r"Season (\d+)")
    assert seasons == {str(n) for n in range(1, len(seasons) + 1)} and len(seasons) >= 15
    assert changes(TG, "fuso") == {iso(day) for pair in BR_SUMMER_TIME for day in pair
                                   if iso(day) > FIRST_DAY}
    assert "UTC−2" in on(TG, "fuso", d(2018, 12, 1)) and "UTC−3" in on(TG, "fuso",
                                                                      d(2019, 12, 1))
    versions = [m[1] for t in group_lines(SET, SH, "version")
                if (m := re.search(r"Season (\d+)", norm(t)))]
    assert len(set(versions)) >= 4


def test_tournament_countdowns() -> None:
    countdown = changes(LC, "countdown")
    assert max(countdown) == RIO_POSTPONED
    assert len(countdown) == (RIO_POSTPONED - FIRST_DAY).days
    for first, last, name in MAJORS:
        if "Rio" in name:
            continue
        assert on(LC, "countdown", iso(first) - one).endswith(f"{name} starts tomorrow") or (
            "LIVE" in on(LC, "countdown", iso(first) - one)), name
        text = on(LC, "countdown", iso(first))
        days = (iso(last) - iso(first)).days + 1
        assert text == f"🔴 LIVE NOW: {name}, day 1 of {days}" or "LIVE" in text, name
    assert on(LC, "countdown", d(2019, 8, 25)).startswith("🔴 LIVE NOW: The International 2019")
    assert "ESL One Rio Major 2020 starts in" in on(LC, "countdown", d(2020, 3, 30))
    assert "No Major" in on(LC, "countdown", d(2020, 5, 11))
    for y, final in WORLDS_FINALS.items():
        if y <= 2020:
            assert on(TG, "contagem", iso(final)) == f"É hoje: final do Mundial de LoL {y}"
            assert on(TG, "contagem", iso(final) - one) == (
                f"Falta 1 dia para a final do Mundial de LoL {y}")
            assert on(TG, "contagem", iso(final) + one).endswith(f"LoL {y + 1}")
    assert found(TG, "contagem", r"LoL (\d{4})") == {str(y) for y in range(2015, 2022)}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, (first, last) in E3.items():
        assert f"E3 {y}" in on(RL, "newsletter", iso(first) - 3 * one), y
        assert f"E3 {y}" in on(RL, "newsletter", iso(last)), y
    for y, (first, _) in GAMESCOM.items():
        assert f"Gamescom {y}" in on(RL, "newsletter", iso(first)), y
    for y, day in GAME_AWARDS.items():
        assert f"The Game Awards {y}" in on(RL, "newsletter", iso(day)), y
    assert "E3 2020 is cancelled" in on(RL, "newsletter", d(2020, 6, 9))
    assert "PS5" in on(RL, "newsletter", NEXT_GEN)
    assert "online" in on(LC, "community", d(2020, 4, 1))
    for y, (first, _) in BGS.items():
        assert f"BGS {y}" in on(JP, "comunidade", iso(first)), y
    assert "BGS 2020 foi adiada" in on(JP, "comunidade", d(2020, 10, 10))
    for y in range(2015, 2021):
        assert f"Black Friday {y}" in on(JP, "comunidade", thanksgiving(y) + one), y
        assert f"Black Friday {y}" in on(LD, "banner", thanksgiving(y) + one), y
        assert f"Prime Day {y}" in on(LD, "banner", iso(PRIME_DAY[y])), y
        assert f"Nightfall {y}" in on(SH, "social", d(y, 10, 31)), y
        assert f"Winterfest {y}" in on(SH, "social", d(y, 12, 24)), y
        assert f"Stormhaven turns {y - 2014}" in on(SH, "social", d(y, 3, 25)), y
        assert f"до 8 января {y} года" in on(KP, "podpiska", d(y, 1, 5)), y
        assert f"{SHENGXIAO[y]}年快乐" in on(YQ, "guanzhu", iso(LUNAR_NEW_YEAR[y])), y
        assert "설 연휴" in on(BY, "gogaek", iso(LUNAR_NEW_YEAR[y])), y
        eve, morrow = iso(CHUSEOK[y]) - one, iso(CHUSEOK[y]) + one
        assert (f"추석 연휴 고객센터 휴무: {eve.month}월 {eve.day}일 ~ {morrow.month}월 "
                f"{morrow.day}일") == on(BY, "gogaek", eve - 2 * one), y
        assert f"ChinaJoy {y}" in on(YQ, "guanzhu", iso(CHINAJOY[y][0])), y
        assert f"{y}英雄联盟全球总决赛" in on(YQ, "guanzhu", iso(WORLDS_FINALS[y])), y
        assert f"지스타 {y}" in on(PP, "gongji", iso(GSTAR[y][0])), y
    for y, (first, _) in IGROMIR.items():
        assert f"ИгроМир {y}" in on(KP, "podpiska", iso(first)), y
    assert "ИгроМир 2020 не состоится" in on(KP, "podpiska", d(2020, 10, 1))
    assert "TI9" in on(YQ, "guanzhu", d(2019, 8, 20))
    assert "宅家" in on(YQ, "guanzhu", d(2020, 3, 1))
    assert "롤드컵 2018" in on(PP, "gongji", d(2018, 10, 15))
    for first, last, season in STEAM_SALES:
        y = first[:4]
        word = "Yaz" if season == "summer" else "Kış"
        assert f"Steam {word} İndirimi {y}" in on(OK, "duyuru", iso(last)), first
        assert f"Steam {season.capitalize()} Sale {y}" in on(LD, "banner", iso(first)), first
        if iso(first) >= d(2017, 3, 2):
            assert "% off in the Steam" in on(HF, "store", iso(first)), first
    assert "40% off" in on(HF, "store", d(2019, 12, 25))
    assert "20% off" in on(HF, "store", d(2017, 6, 25))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (RL, "byline", RL_REDESIGN, "By {author}", "{author_handle}"),
        (RL, "affiliate", RL_AFFILIATE, "affiliate links", "Here's how it works"),
        (RL, "review-copy", RL_REVIEWS, "A review copy", "review policy"),
        (RL, "newsletter", RL_DISCORD, "newsletter", "Discord"),
        (RL, "platforms", SWITCH_LAUNCH, "{old_platform_list}", "{platform_list}"),
        (RL, "platforms", NEXT_GEN, "{platform_list}", "{new_platform_list}"),
        (LC, "byline", LC_REDESIGN, "Written by", "{author_beat}"),
        (LC, "community", LC_DISCORD, "Twitter", "Discord"),
        (LC, "gambling", LC_GAMBLING, "Please gamble", "When the fun stops"),
        (JP, "autor", JP_REDESIGN, "Por {author}", "Edição"),
        (JP, "comunidade", JP_DISCORD, "Facebook", "Discord"),
        (JP, "copia", JP_COPIA, "Cópia de análise", "{plataforma}"),
        (KP, "avtor", KP_AUTHOR, "Автор:", "Текст:"),
        (KP, "podpiska", KP_TELEGRAM, "ВКонтакте", "Telegram"),
        (KP, "podpiska", TELEGRAM_BLOCK[0], "Telegram", "Одноклассниках"),
        (KP, "podpiska", TELEGRAM_BLOCK[1], "Одноклассниках", "VPN"),
        (PP, "gija", PP_REDESIGN, "{author} 기자", "[판교플레이"),
        (PP, "jeojakgwon", PP_COPYRIGHT, "All rights", "무단전재"),
        (PP, "gongji", PP_DISCORD, "유튜브", "디스코드"),
        (YQ, "zuozhe", YQ_REDESIGN, "作者", "责任编辑"),
        (YQ, "shengming", YQ_SHENGMING, "转载请注明出处", "未经授权"),
        (YQ, "guanzhu", YQ_BILIBILI, "获取最新", "B站"),
        (YQ, "beian", YQ_BEIAN, "沪ICP备", "公网安备"),
        (OK, "duyuru", OK_DISCORD, "e-bülten", "Discord"),
        (OK, "cerez", OK_KVKK, "çerezler", "KVKK"),
        (LD, "affiliate", LD_AFFILIATE, "earns a commission", "independent"),
        (BY, "hwakryul", BY_HWAKRYUL, "게임 내 상점에서", "확률 공개 페이지")))
    assert_groups_reworded(SET, (
        (RL, "dated", " ET", "Published "),
        (RL, "byline", "By ", " · @"),
        (LC, "dated", "/", "Updated "),
        (JP, "data", "Publicado em", " de "),
        (PP, "jeojakgwon", "All rights", "무단전재"),
    ))


def test_amounts_ratings_and_platforms_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "Includes Random Items" in on(SH, "rating", LAST_DAY)
    assert "In-Game Purchases" not in on(SH, "rating", d(2018, 4, 15))
    assert "18%" in on(KP, "ceny", d(2018, 6, 1)) and "20%" in on(KP, "ceny", d(2019, 6, 1))
    assert "dijital hizmet vergisi" in on(OK, "fiyat", d(2020, 3, 1))
    assert "Game Pass Ultimate" in on(LD, "subscriptions", d(2020, 1, 1))
    assert changes(RL, "platforms") == {SWITCH_LAUNCH, NEXT_GEN}
    assert changes(YQ, "banhao") == set(YQ_SHENPI)
    for domain, family, first, name in ((YQ, "banhao", YQ_SHENPI[1], "shenpi"),
                                        (RL, "review-copy", RL_REVIEWS, "review_platform")):
        assert "{" + name + "}" in on(domain, family, first), (domain, family)
    licences = {norm(t).removeprefix("审批文号：") for t in group_lines(SET, YQ, "banhao")}
    assert licences and licences <= (pool(SET, YQ, "shenpi_old") | pool(SET, YQ, "shenpi_mid")
                                     | pool(SET, YQ, "shenpi"))
    assert changes(HF, "store") >= {iso("2017-03-02"), iso("2019-09-12"), iso("2020-05-21")}


def test_platform_lines_follow_the_consoles_of_their_day() -> None:
    pools = ((NEXT_GEN, "new_platform"), (SWITCH_LAUNCH, "platform"), (d(2000, 1, 1),
                                                                        "old_platform"))
    checked = 0
    for doc in group_docs(SET, RL):
        day = d(*map(int, re.search(r"/(\d{4})/(\d\d)/(\d\d)/", doc.url).groups()))
        allowed = next(pool(SET, RL, name) for first, name in pools if day >= first)
        for line in doc.lines:
            if label_family(line.label) == "platforms":
                items = norm(line.text).removeprefix("Platforms: ").split(", ")
                assert set(items) <= allowed or len(items) == 1, (day, line.text)
                checked += 1
    assert checked >= 20
    lines = group_lines(SET, RL, "platforms")
    assert any("Switch" in t for t in lines) and any("Wii U" in t or "3DS" in t or "Vita" in t
                                                     for t in lines)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KP, "rubrika", r"[а-яА-Я]"), (KP, "smi", r"[а-яА-Я]"), (KP, "reklama", r"[а-я]"),
        (PP, "seksyeon", r"[\uac00-\ud7a3]"), (PP, "gija", r"[\uac00-\ud7a3]"),
        (YQ, "lanmu", r"[\u4e00-\u9fff]"), (YQ, "jiankang", r"[\u4e00-\u9fff]"),
        (BY, "insa", r"[\uac00-\ud7a3]"), (BY, "gogaek", r"[\uac00-\ud7a3]"),
        (OK, "telif", r"[ğüşıöçİ]"), (JP, "direitos", r"[áçãéõ]"),
        (TG, "fuso", r"[áí]")))
    assert any(re.search(r"[а-я]", t) for t in group_lines(SET, KP, "data"))
    assert any(re.fullmatch(r"[\d.: ]+", norm(t)) for t in group_lines(SET, KP, "data"))
    assert any("星期" in t for t in group_lines(SET, YQ, "shijian"))
    assert any(re.search(r"\((?:[월화수목금토일])\)", t) for t in group_lines(SET, PP,
                                                                             "ipryeok"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{RL}/dated", f"{RL}/byline", f"{RL}/related", f"{RL}/kicker",
                         f"{RL}/platforms", f"{RL}/copyright", f"{RL}/verdict",
                         f"{RL}/review-copy", f"{LC}/dated", f"{LC}/byline", f"{LC}/countdown",
                         f"{LC}/game", f"{JP}/data", f"{KP}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{RL}/about", f"{RL}/advert", f"{RL}/spoilers", f"{LC}/company", f"{LC}/odds",
        f"{JP}/afiliado"))
    assert_carried_share(docs, RL, [
        ("dated", 0.8, 0.98), ("byline", 0.55, 0.85), ("related", 0.3, 0.6),
        ("correction", 0.0, 0.1), ("spoilers", 0.0, 0.15), ("newsletter", 0.15, 0.45),
        ("platforms", 0.2, 0.5)])
    assert_carried_share(docs, LC, [("dated", 0.8, 0.98), ("countdown", 0.15, 0.45),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{RL}/advert", f"{JP}/publicidade", f"{KP}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((RL, "related"), (LC, "read-more"), (PP, "gwallyeon"),
                               (YQ, "xiangguan"), (PP, "gwanggo"), (OK, "kutu"),
                               (SH, "known-issue"), (LD, "stores"), (TG, "assista")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (RL, "correction", 16), (RL, "spoilers", 20), (LC, "correction"), (JP, "errata"),
        (KP, "ispravlenie"), (PP, "jeongjeong"), (YQ, "gengzheng"), (OK, "duzeltme"),
        (SH, "edit"), (LD, "expired"), (TG, "correcao"), (BY, "sujeong")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{RL}/related", "Related: "), (f"{LC}/read-more", "READ MORE: "),
        (f"{JP}/leia", "Leia também: "), (f"{KP}/chitaite", "Читайте также: "),
        (f"{PP}/gwallyeon", "[관련기사] "), (f"{YQ}/xiangguan", "相关阅读：")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (RL, "advert", "Advertisement"), (JP, "publicidade", "Publicidade"),
        (KP, "reklama", "Реклама"), (KP, "vozrast", "18+"), (PP, "gwanggo", "광고"),
        (OK, "reklam", "Reklam"), (BY, "gamsa", "감사합니다.")))
    assert_group_values_from_pool(SET, (
        (RL, "kicker", "kicker"), (LC, "game", "game"), (JP, "editoria", "editoria"),
        (KP, "rubrika", "rubrika"), (PP, "seksyeon", "seksyeon"), (YQ, "lanmu", "lanmu"),
        (OK, "kategori", "kategori"), (SH, "category", "category"),
        (TG, "modalidade", "modalidade"), (HF, "kind", "kind"), (BY, "malmeori", "malmeori")))
    verdicts = {norm(t).removeprefix("Verdict: ") for t in group_lines(SET, RL, "verdict")}
    assert verdicts and verdicts <= pool(SET, RL, "verdict")
    stores = {s for t in group_lines(SET, LD, "stores")
              for s in norm(t).removeprefix("Buy it at: ").split(", ")}
    assert stores and stores <= pool(SET, LD, "store")


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (RL, "advert", "Advertisement"),
        (KP, "vozrast", "18+"),
        (LC, "odds", "Odds courtesy of our betting partner, correct at the time of "
                     "publishing."),
        (LC, "gambling", "18+. Please gamble responsibly. BeGambleAware.org"),
        (SH, "feedback", "Share your feedback on the official forums or in #patch-feedback "
                         "on our Discord."),
        (HF, "discord", "Come and say hi on our Discord: discord.gg/mossbound")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        RL: (["about", "copyright"], 2),
        LC: (["copyright", "company"], 2),
        KP: (["smi", "copyright", "vozrast"], 3),
        PP: (["jebo", "cheongsonyeon", "jeojakgwon"], 2),
        YQ: (["jiankang", "beian", "banquan"], 2),
        OK: (["cerez", "telif"], 2),
        SH: (["rating", "legal"], 2),
        LD: (["disclaimer", "copyright"], 2),
        HF: (["press", "legal"], 2),
        BY: (["deunggeup", "saeopja"], 2)})


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
