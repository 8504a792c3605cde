"""The held-back-166 template set (`tests.bench.heldout_templates_166`): its localised dates
(printed day by day in English with American Eastern and Central European summer and winter
time, Japanese with the weekday in kanji and the Heisei era turned Reiwa, Korean, Brazilian
Portuguese, Russian and Finnish, several changing form on the day of a redesign), the lines
that turn every day, week and fortnight ("prices accurate at the time of publishing", the
dollar in reais, a numbered devlog, an esports league's week, the patch version and the next
patch), the calendars some notices follow (E3, Gamescom, The Game Awards, Black Friday, Tokyo
Game Show, Golden Week, G-STAR, the LCK splits and Worlds, Seollal and Chuseok, Brasil Game
Show, Carnival, IgroMir, the Steam sales, Assembly, Midsummer, The International, the CS:GO
Majors, TwitchCon and Subtember, an online game's seasons and events, a Kickstarter and two
launches), the rewordings on their days, the amounts that change over the years, the lines in
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

from tests.bench.heldout_calendar import carnival_tuesday, thanksgiving
from tests.bench.heldout_templates_166 import (
    APOIO,
    BGS,
    BW_DISCORD,
    BW_EARLY_ACCESS,
    BW_LAUNCH,
    BW_SALES,
    CD_AFFILIATE,
    CD_NEWSLETTER,
    CD_REDESIGN,
    CD_REVIEWS,
    CHUSEOK,
    CP_MEMBERS,
    CP_REDESIGN,
    E3,
    FIRST_DAY,
    GA_REDESIGN,
    GA_YOUTUBE,
    GAME_AWARDS,
    GSTAR,
    IGROMIR,
    IV_DISCORD,
    IV_IN_GAME_PURCHASES,
    IV_REDESIGN,
    JC_DISCORD,
    JC_REDESIGN,
    JC_REVIEWS,
    KP_REDESIGN,
    KP_TELEGRAM,
    LAST_DAY,
    LCK,
    MAJORS,
    MIXER_CLOSED,
    PK_DISCORD,
    PK_REDESIGN,
    PK_REVIEWS,
    PRIME_GAMING,
    PW_REDESIGN,
    PW_YOUTUBE,
    REIWA,
    SEOLLAL,
    SHOHIZEI,
    SK_KEYS,
    SK_REDESIGN,
    SK_TELEGRAM,
    STEAM_SUMMER,
    TGS,
    THE_INTERNATIONAL,
    TILAUS,
    TWITCHCON,
    VP_ONLINE,
    VP_PRIZES,
    VP_REDESIGN,
    WORLDS,
    business_day,
    devlog_number,
    dolar,
    eu_summer,
    japanese_era_date,
    juhannusaatto,
    league_seasons,
    next_patch,
    patch_days,
    patch_on,
    season_on,
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

SET = "held-back-166"
SITES = ("Checkpoint Dispatch", "ゲームアンテナ通信", "플레이위크", "Jogada Crítica", "Сохранёнка",
         "Pelikaista", "Ironveil Online", "Brasswing Studio", "Киберпульс", "Chatpile",
         "Vantage Pro League", "ミカドソフト")
CD, GA, PW, JC = ("checkpointdispatch.com", "gameantenna.jp", "playweek.co.kr",
                  "jogadacritica.com.br")
SK, PK, IV, BW = ("sokhranenka.ru", "pelikaista.fi", "ironveil-online.com",
                  "brasswingstudio.com")
KP, CP, VP, MK = ("kiberpuls.ru", "chatpile.gg", "vantageproleague.com", "mikadosoft.co.jp")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CD, "dated"), (GA, "hizuke"), (PW, "ipryeok"), (JC, "data"), (SK, "data"),
         (PK, "pvm"), (IV, "dated"), (BW, "posted"), (KP, "data"), (CP, "dated"),
         (VP, "dated"), (MK, "hizuke"))
# Lines that turn more often than notices do, but not every day.
TURNING = ((JC, "cotacao"), (IV, "patch"), (IV, "next-patch"), (BW, "devlog"),
           (VP, "schedule"), (VP, "prize"))
# The notices that follow calendars.
BANNERS = ((CD, "notice"), (GA, "oshirase"), (PW, "banner"), (JC, "aviso"), (SK, "podpiska"),
           (PK, "ilmoitus"), (IV, "banner"), (BW, "wishlist"), (KP, "turnir"), (CP, "banner"))
# Amounts in force from given days.
TABLES = ((GA, "zei", SHOHIZEI), (JC, "apoio", APOIO), (PK, "tilaa", TILAUS),
          (CP, "discord", CP_MEMBERS))

QUIET = d(2015, 5, 12)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CD: "Get the Checkpoint Dispatch newsletter in your inbox every weekday",
    GA: "ゲームアンテナ通信の最新情報は公式Twitterでチェック！",
    PW: "플레이위크 페이스북 페이지를 구독하고 게임 소식을 받아보세요",
    JC: "Curta a Jogada Crítica no Facebook e siga a gente no Twitter",
    SK: "Подписывайтесь на сообщество «Сохранёнка» во ВКонтакте: новости игр каждый день",
    PK: "Seuraa Pelikaista-sivustoa Facebookissa ja Twitterissä",
    BW: "Wishlist Lanterns of Vell on Steam – it really helps a small studio like ours!",
    KP: "Расписание матчей и результаты — в разделе «Матчи»",
    CP: "Submit your stream for our weekly Spotlight",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((CD, "prices"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 12), d(2018, 9, 20), d(2019, 5, 1),
        d(2019, 10, 1), d(2020, 8, 10), d(2020, 12, 24), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert us_daylight(d(2019, 11, 2)) and not us_daylight(d(2019, 11, 3))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 10, 27))
    assert [juhannusaatto(y) for y in (2015, 2019, 2020)] == [
        d(2015, 6, 19), d(2019, 6, 21), d(2020, 6, 19)]
    assert business_day(d(2019, 6, 23)) == business_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert japanese_era_date(d(2019, 4, 30)) == "平成31年4月30日"
    assert japanese_era_date(REIWA) == "令和元年5月1日"
    assert japanese_era_date(d(2020, 1, 2)) == "令和2年1月2日"
    days = [day for day, _ in patch_days()]
    assert all(day.weekday() == 2 for day in days)
    assert patch_on(d(2015, 1, 14)) == (d(2015, 1, 14), "5.1")
    assert patch_on(d(2015, 1, 13))[1].startswith("4.")
    assert next_patch(d(2020, 12, 20)) == d(2021, 1, 13)
    assert season_on(d(2015, 2, 1)) == 9 and season_on(d(2020, 12, 31)) == 32
    assert devlog_number(d(2014, 8, 1)) == 1 and devlog_number(d(2014, 8, 7)) == 1
    assert devlog_number(d(2014, 8, 8)) == 2
    seasons = dict(league_seasons())
    assert seasons[3] == d(2015, 2, 5) and seasons[14] == d(2020, 9, 3)
    assert all(start.weekday() == 3 for start in seasons.values())
    assert 2.5 < dolar(d(2015, 1, 2)) < 2.8 and 5.5 < dolar(d(2020, 5, 14)) < 6.1


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"
    clock12 = r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CD, "dated", old, rf"Mar 5, 2016 {clock12}")
    full(CD, "dated", new, rf"Updated Friday, June 19, 2020, {clock12} EDT")
    full(CD, "dated", winter, rf"Updated Monday, December 7, 2020, {clock12} EST")
    full(CD, "prices", new, r"Prices were accurate at the time of publishing \(Jun 19, 2020\) "
                            r"and may change\.")
    full(GA, "hizuke", old, rf"2016/03/05 {clock}")
    full(GA, "hizuke", new, rf"2020年6月19日（金） {clock}")
    full(PW, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(PW, "ipryeok", new, rf"기사입력 2020년 6월 19일 \(금\) {clock}")
    full(JC, "data", old, rf"05/03/2016 {clock}")
    full(JC, "data", new, rf"Atualizado em sexta-feira, 19 de junho de 2020, às {clock}")
    full(JC, "cotacao", d(2020, 6, 21), r"Preços em dólar convertidos pela cotação de "
                                        r"19/06/2020 \(US\$ 1 = R\$ \d,\d\d\), sem impostos\.")
    full(SK, "data", old, rf"05\.03\.2016 {clock}")
    full(SK, "data", new, rf"19 июня 2020, пятница, {clock}")
    full(PK, "pvm", old, r"5\.3\.2016")
    full(PK, "pvm", new, r"Julkaistu perjantai 19\.6\.2020")
    full(IV, "dated", old, "Posted 3/5/2016")
    full(IV, "dated", new, "June 19, 2020 · Game Updates")
    full(IV, "patch", new, r"Patch 10\.12 Notes")
    full(IV, "next-patch", new, r"The next patch is planned for Wednesday, June 24\. Dates can "
                                r"change\.")
    full(BW, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(BW, "posted", new, "19 Jun 2020 · Ada Brook")
    full(BW, "devlog", new, r"Devlog #308")
    full(KP, "data", old, rf"05\.03\.2016 в {clock}")
    full(KP, "data", new, rf"19 июня 2020 года, {clock} МСК")
    full(CP, "dated", old, "Mar 5, 2016")
    full(CP, "dated", new, "Friday, June 19, 2020")
    full(VP, "dated", old, "5 March 2016")
    full(VP, "dated", new, rf"Friday 19 June 2020, {clock} CEST")
    full(VP, "dated", winter, rf"Monday 7 December 2020, {clock} CET")
    full(VP, "schedule", d(2020, 3, 1), r"Season 13 · Week 4: matches every Thursday and "
                                        r"Sunday from 18:00 CET")
    full(VP, "schedule", d(2020, 3, 12), r"Season 13 · Week 6 \(online\): matches every "
                                         r"Thursday and Sunday from 18:00 CET")
    full(VP, "schedule", new, r"Off-season · Season 14 starts Thursday 3 September 2020")
    full(MK, "hizuke", old, "平成28年3月5日")
    full(MK, "hizuke", new, "令和2年6月19日")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + ((CD, "prices"),)}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(CD, "dated", day).startswith("Updated") == (day >= CD_REDESIGN)
        assert ("（" in on(GA, "hizuke", day)) == (day >= GA_REDESIGN)
        assert on(PW, "ipryeok", day).startswith("기사입력") == (day >= PW_REDESIGN)
        assert on(JC, "data", day).startswith("Atualizado") == (day >= JC_REDESIGN)
        assert ("." in on(SK, "data", day)) == (day < SK_REDESIGN)
        assert on(PK, "pvm", day).startswith("Julkaistu") == (day >= PK_REDESIGN)
        assert on(IV, "dated", day).startswith("Posted") == (day < IV_REDESIGN)
        assert on(BW, "posted", day).startswith("Posted") == (day < BW_LAUNCH)
        assert on(KP, "data", day).endswith("МСК") == (day >= KP_REDESIGN)
        assert ("," in on(CP, "dated", day).split(" ")[0]) == (day >= CP_REDESIGN)
        assert ("{time}" in on(VP, "dated", day)) == (day >= VP_REDESIGN)
        assert on(MK, "hizuke", day).startswith("令和") == (day >= REIWA)
        if day >= CD_REDESIGN:
            assert on(CD, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
        if day >= VP_REDESIGN:
            assert on(VP, "dated", day).endswith("CEST" if eu_summer(day) else "CET")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_fortnight() -> None:
    rate = changes(JC, "cotacao")
    assert rate == {day for day in every_day() if day.weekday() < 5} - {FIRST_DAY}
    patches = changes(IV, "patch")
    assert patches == {day for day, _ in patch_days() if FIRST_DAY < day <= d(2020, 12, 31)}
    assert all(b - a == 14 * one for a, b in zip(sorted(patches), sorted(patches)[1:],
                                                   strict=False) if a.year == b.year)
    assert changes(IV, "next-patch") == {day for day in patches}
    weekly = changes(BW, "devlog")
    assert len(weekly) >= 310 and all(day.weekday() == 4 for day in weekly)
    assert found(BW, "devlog", r"#(\d+)") == {
        str(n) for n in range(devlog_number(FIRST_DAY), devlog_number(d(2020, 12, 31)) + 1)}
    league = changes(VP, "schedule")
    assert all(day.weekday() == 3 for day in league)
    assert found(VP, "schedule", r"Week (\d)") == {str(w) for w in range(1, 9)}
    assert found(VP, "schedule", r"Season (\d+) Playoffs") == {str(s) for s in range(3, 15)}
    assert changes(VP, "prize") == {start for n, start in league_seasons()
                                    if FIRST_DAY < start <= d(2020, 12, 31)}
    for n, start in league_seasons():
        if FIRST_DAY <= start <= LAST_DAY:
            assert on(VP, "prize", start) == f"Season {n} prize pool: ${VP_PRIZES[n]}"
    reais = [float(m[1].replace(",", ".")) for t in group_lines(SET, JC, "cotacao")
             if (m := re.search(r"R\$ (\d,\d\d)", norm(t)))]
    assert reais and all(2.5 <= r <= 6.1 for r in reais)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, year in E3:
        assert f"E3 {year}" in on(CD, "notice", iso(first)), year
        assert f"E3 {year}" in on(CD, "notice", iso(last)), year
    assert "No E3 this year" in on(CD, "notice", d(2020, 6, 10))
    assert "Gamescom 2020 goes digital" in on(CD, "notice", d(2020, 8, 28))
    for y, day in GAME_AWARDS.items():
        assert f"The Game Awards {y}" in on(CD, "notice", iso(day)), y
        assert f"Black Friday {y}" in on(CD, "notice", thanksgiving(y) + one), y
        assert f"Black Friday {y}" in on(JC, "aviso", thanksgiving(y) + one), y
    for first, _, year in TGS:
        assert f"東京ゲームショウ{year}" in on(GA, "oshirase", iso(first)), year
    for y in range(2015, 2021):
        assert f"{y}年ゴールデンウィーク" in on(GA, "oshirase", d(y, 5, 3)), y
        assert f"{y}年12月29日" in on(GA, "oshirase", d(y, 12, 30)), y
        assert f"{y}년 설 연휴" in on(PW, "banner", iso(SEOLLAL[y])), y
        assert f"{y}년 추석" in on(PW, "banner", iso(CHUSEOK[y])), y
        assert f"Carnaval {y}" in on(JC, "aviso", carnival_tuesday(y)), y
        assert f"С Новым {y} годом" in on(SK, "podpiska", d(y, 1, 3)), y
        assert f"Hyvää juhannusta {y}" in on(PK, "ilmoitus", juhannusaatto(y)), y
        assert f"Hyvää joulua {y}" in on(PK, "ilmoitus", d(y, 12, 24)), y
        assert f"Harvest of Shadows {y}" in on(IV, "banner", d(y, 10, 31)), y
        assert f"Frostfall Festival {y}" in on(IV, "banner", d(y, 12, 31)), y
        assert f"turns {y - 2013}" in on(IV, "banner", d(y, 3, 20)), y
    for _, last, year in GSTAR:
        assert "지스타" in on(PW, "banner", iso(last)) and year in on(PW, "banner", iso(last))
    for first, last, year in WORLDS:
        if iso(first) > iso(CHUSEOK[int(year)]) + 2 * one:
            assert f"{year} 롤드컵" in on(PW, "banner", iso(first)), year
        assert f"{year} 롤드컵" in on(PW, "banner", iso(last)), year
    assert found(PW, "banner", r"LCK (\d{4} \S+)") == {name for _, _, name in LCK}
    for first, _, year in BGS:
        assert f"BGS {year}" in on(JC, "aviso", iso(first)), year
    assert "quarentena" in on(JC, "aviso", d(2020, 4, 15))
    for _, last, year in IGROMIR:
        assert f"ИгроМир {year}" in on(SK, "podpiska", iso(last)), year
    assert "отменён" in on(SK, "podpiska", d(2020, 8, 1))
    for first, _, year in STEAM_SUMMER:
        assert f"распродажа Steam {year}" in on(SK, "podpiska", iso(first)), year
    assert "verkossa" in on(PK, "ilmoitus", d(2020, 8, 1))
    assert "Kickstarter" in on(BW, "wishlist", d(2016, 3, 15))
    for first, _, pct in BW_SALES:
        if iso(first) <= d(2020, 12, 31):
            assert f"{pct}% off" in on(BW, "wishlist", iso(first)), first
    for first, last, year, prize in THE_INTERNATIONAL:
        assert f"The International {year}" in on(KP, "turnir", iso(last)), year
        assert prize in on(KP, "turnir", iso(first)), year
    assert found(KP, "turnir", r"— (.+): сетка") == {name for _, _, name in MAJORS}
    assert "онлайн" in on(KP, "turnir", d(2020, 4, 1))
    for first, _, name in TWITCHCON:
        assert name in on(CP, "banner", iso(first)), name
    assert found(CP, "banner", r"Subtember (\d{4})") == {"2018", "2019", "2020"}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CD, "byline", CD_REDESIGN, "By {author}", "{author_beat}"),
        (CD, "affiliate", CD_AFFILIATE, "affiliate links", "supported by its readers"),
        (CD, "reviewed", CD_REVIEWS, "Review copy", "with a code"),
        (CD, "notice", CD_NEWSLETTER, "every weekday", "Checkpoint Daily"),
        (GA, "kisha", GA_REDESIGN, "文：", "編集部"),
        (GA, "oshirase", GA_YOUTUBE, "Twitter", "YouTube"),
        (PW, "gija", PW_REDESIGN, "기자", "news@"),
        (PW, "jeojak", PW_REDESIGN, "저작권자", "Copyright"),
        (PW, "banner", PW_YOUTUBE, "페이스북", "유튜브"),
        (JC, "autor", JC_REDESIGN, "Por {author}", "{author_handle}"),
        (JC, "copia", JC_REVIEWS, "Cópia digital", "{plataforma}"),
        (JC, "aviso", JC_DISCORD, "Facebook", "Discord"),
        (SK, "avtor", SK_REDESIGN, "Автор", "Текст"),
        (SK, "ekzemplyar", SK_KEYS, "издателем", "Ключ"),
        (SK, "podpiska", SK_TELEGRAM, "ВКонтакте", "Telegram"),
        (PK, "teksti", PK_REDESIGN, "Teksti", "Kuvat"),
        (PK, "arvostelukappale", PK_REVIEWS, "maahantuojalta", "{alusta}"),
        (PK, "ilmoitus", PK_DISCORD, "Facebookissa", "Discord"),
        (IV, "bug-report", IV_DISCORD, "forums", "Discord"),
        (IV, "rating", IV_IN_GAME_PURCHASES, "not rated", "In-Game Purchases"),
        (BW, "social", BW_DISCORD, "Twitter", "Discord"),
        (BW, "wishlist", BW_EARLY_ACCESS, "Wishlist", "Early Access"),
        (BW, "wishlist", BW_LAUNCH, "Early Access", "1.0"),
        (KP, "soobshchestvo", KP_TELEGRAM, "ВКонтакте", "Telegram"),
        (CP, "prime", PRIME_GAMING, "Twitch Prime", "Prime Gaming"),
        (CP, "platforms", MIXER_CLOSED, "Mixer", "Facebook Gaming"),
        (VP, "watch", VP_REDESIGN, "twitch.tv", "YouTube")))
    assert_groups_reworded(SET, (
        (CD, "dated", " 20", "Updated "),
        (CD, "byline", "By ", " | "),
        (GA, "hizuke", "/", "年"),
        (PW, "jeojak", "저작권자", "Copyright"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "消費税8%" in on(GA, "zei", d(2019, 9, 30))
    assert "消費税10%" in on(GA, "zei", d(2019, 10, 1))
    assert "R$ 10" in on(JC, "apoio", d(2020, 6, 1))
    assert "69 €" in on(PK, "tilaa", d(2020, 6, 1))
    assert found(CP, "discord", r"Join ([\d,]+)\+") == {v for _, v in CP_MEMBERS}
    assert found(BW, "wishlist", r"is (\d+)% off") == {p for _, _, p in BW_SALES}
    assert found(VP, "prize", r"\$([\d,]+)") >= {"50,000", "200,000", "175,000"}
    prizes = {m[1] for t in group_lines(SET, VP, "prize") if (m := re.search(r"\$([\d,]+)",
                                                                             norm(t)))}
    assert len(prizes) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (GA, "sponsor", r"[\u30a0-\u30ff]"), (GA, "kanren", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (PW, "jebo", r"[\uac00-\ud7a3]"), (PW, "gwanggo", r"[\uac00-\ud7a3]"),
        (SK, "opechatka", r"[а-яё]"), (KP, "chitayte", r"[а-яё]"),
        (MK, "ijo", r"[\u4e00-\u9fff]"), (MK, "shohyo", r"[\u3040-\u30ff]"),
        (PK, "pegi", r"ä"), (JC, "classificacao", r"[çã]"), (JC, "reproducao", r"É")))
    assert any(t.startswith("令和") for t in group_lines(SET, MK, "hizuke"))
    assert any(t.startswith("平成") for t in group_lines(SET, MK, "hizuke"))
    assert any(t.endswith("EDT") for t in group_lines(SET, CD, "dated"))
    assert any(re.search(r"（[月火水木金土日]）", t) for t in group_lines(SET, GA, "hizuke"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CD}/dated", f"{CD}/byline", f"{CD}/related", f"{CD}/kicker",
                         f"{CD}/platforms", f"{CD}/copyright", f"{GA}/hizuke", f"{GA}/kanren",
                         f"{GA}/kisha", f"{PW}/ipryeok", f"{JC}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CD}/publisher", f"{CD}/affiliate", f"{CD}/copyright", f"{GA}/kaihatsu",
        f"{PW}/deungrok", f"{PW}/jeojak"))
    assert_carried_share(docs, CD, [
        ("dated", 0.82, 0.99), ("related", 0.55, 0.85), ("update", 0.0, 0.1),
        ("trailer", 0.04, 0.25), ("notice", 0.15, 0.45), ("copyright", 0.35, 0.65)])
    assert_carried_share(docs, GA, [("hizuke", 0.8, 0.98), ("kanren", 0.45, 0.8)])
    for fam in (f"{CD}/related", f"{CD}/advert", f"{GA}/kanren", f"{GA}/sponsor",
                f"{SK}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CD, "trailer"), (GA, "kenri"), (PW, "sajin"), (JC, "imagem"),
                               (KP, "stavki"), (CP, "schedule"), (VP, "standings"),
                               (IV, "heading")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CD, "update", 16), (GA, "teisei"), (PW, "jeongjeong"), (JC, "errata"),
        (SK, "ispravlenie"), (PK, "korjaus"), (IV, "hotfix"), (BW, "edit"),
        (KP, "ispravleno"), (CP, "update"), (VP, "correction"), (MK, "teisei")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CD}/related", "Related: "), (f"{GA}/kanren", "【関連記事】"),
        (f"{PW}/gwanryeon", "[관련기사] "), (f"{JC}/leia", "Leia também: "),
        (f"{SK}/chitayte", "Читайте также: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CD, "advert", "Advertisement"), (GA, "sponsor", "スポンサーリンク"),
        (PW, "gwanggo", "광고"), (JC, "publicidade", "Publicidade"), (SK, "reklama", "Реклама"),
        (SK, "znak", "18+"), (PK, "mainos", "Mainos"), (IV, "dev-note", "Developer note"),
        (IV, "fixes", "Bug Fixes"), (MK, "ijo", "以上"), (MK, "kakui", "報道関係者各位")))
    assert_group_values_from_pool(SET, (
        (CD, "kicker", "kicker"), (GA, "bunrui", "bunrui"), (PW, "bunryu", "bunryu"),
        (JC, "editoria", "editoria"), (SK, "rubrika", "rubrika"), (PK, "osasto", "osasto"),
        (IV, "heading", "heading"), (KP, "razdel", "razdel")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CD, "advert", "Advertisement"),
        (SK, "znak", "18+"),
        (GA, "sponsor", "スポンサーリンク"),
        (MK, "ijo", "以上")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CD: (["publisher", "copyright"], 2),
        GA: (["kishu", "kakaku", "cero", "zei"], 3),
        PW: (["jebo", "deungrok", "jeojak"], 3),
        JC: (["reproducao", "copyright"], 2),
        SK: (["smi", "znak", "copyright"], 2),
        PK: (["julkaisija", "copyright"], 2),
        BW: (["game", "company"], 2),
        VP: (["about", "media", "copyright"], 2),
        MK: (["gaiyo", "taitoru", "kishu", "kakaku", "cero"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + ((CD, "prices"),):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
    assert VP_ONLINE < d(2020, 4, 1)
