"""The held-back-127 template set (`tests.bench.heldout_templates_127`): its localised dates
(printed day by day in English with US Eastern, Pacific, Central European and British summer
and winter time, Japanese with the Heisei and Reiwa eras, Korean, Chinese, Brazilian
Portuguese, Polish and Russian, several changing form on the day of a redesign), the lines
that turn each week (esports schedules and results, the LPL week) or every two weeks (League
of Legends patches), the Dota 2 versions by patch day, the anime seasons, the amounts that
change over the years (Japan's consumption tax, Brazilian prices, subscriptions and RRPs),
the notices reworded by date and the calendars some follow (E3, The Game Awards, the Tokyo
Game Show, Worlds, The International, IEM Katowice, Cyberpunk 2077's delays, Comiket, ...),
the lines in several languages and scripts, the variation it promises, its multi-line blocks
and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own, so most
checks look at a style together with its renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_templates_127 import (
    AW_REDESIGN,
    CYBERPUNK,
    DJ_REDESIGN,
    DOTA_PATCHES,
    DX_REDESIGN,
    FIRST_DAY,
    GK_REDESIGN,
    GN_REDESIGN,
    GP_REDESIGN,
    ID_REDESIGN,
    JP_TAX_RISE,
    JZ_PRECO,
    JZ_REDESIGN,
    KD_REDESIGN,
    LAST_DAY,
    PV_REDESIGN,
    REIWA,
    SD_REDESIGN,
    eu_summer_time,
    japanese_era,
    lol_patch,
    lpl_week,
    us_summer_time,
    week_events,
    week_of,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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
    wording_on,
)

SET = "held-back-127"
SITES = ("Pixel Vanguard", "ゲーム回廊", "Arena Weekly", "Joga Zona", "GraczePlus",
         "Игровой дом", "게임나루", "动漫星途", "Sakura Dispatch", "KeyDeal Watch", "マンガ街道",
         "电竞圈")
PV, GK, AW, JZ = "pixelvanguard.com", "gamekairo.jp", "arenaweekly.gg", "jogazona.com.br"
GP, ID, GN, DX = "graczeplus.pl", "igrovoydom.ru", "gamenaru.co.kr", "dongmanxingtu.cn"
SD, KD, MK, DJ = ("sakuradispatch.com", "keydealwatch.co.uk", "mangakaidou.jp",
                  "dianjingquan.com")

d = dt.date
one = dt.timedelta(days=1)

DAILY = ((PV, "dated"), (GK, "hizuke"), (AW, "dated"), (JZ, "data"), (GP, "data"),
         (ID, "data"), (GN, "nalja"), (DX, "riqi"), (SD, "dated"), (KD, "checked"),
         (MK, "hizuke"), (DJ, "riqi"))
WEEKLY = ((AW, "this-week"), (AW, "results"), (DJ, "saicheng"))
PATCHES = ((AW, "patch"), (GN, "patch"), (DJ, "banben"))
BANNERS = ((PV, "notice"), (GK, "tsuchi"), (AW, "notice"), (JZ, "aviso"), (GP, "komunikat"),
           (ID, "podpiska"), (GN, "jebo"), (DX, "gonggao"), (SD, "notice"), (KD, "notice"),
           (MK, "oshirase"), (DJ, "gonggao"))
REDESIGNS = ((PV, "dated", PV_REDESIGN), (GK, "hizuke", GK_REDESIGN),
             (AW, "dated", AW_REDESIGN), (JZ, "data", JZ_REDESIGN), (GP, "data", GP_REDESIGN),
             (ID, "data", ID_REDESIGN), (GN, "nalja", GN_REDESIGN), (DX, "riqi", DX_REDESIGN),
             (SD, "dated", SD_REDESIGN), (KD, "checked", KD_REDESIGN),
             (MK, "hizuke", REIWA), (DJ, "riqi", DJ_REDESIGN))
QUIET = d(2015, 2, 2)

on = partial(wording_on, SET)


def changes(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording differs from the day before's."""
    return {day for day in every_day()
            if on(domain, family, day) != on(domain, family, day - one)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + WEEKLY + PATCHES + BANNERS + (
        (ID, "patch"), (GK, "zei"), (MK, "zei"), (JZ, "preco"), (KD, "rrp"),
        (KD, "subscription"), (DX, "xinfan"), (SD, "season")), (
        FIRST_DAY, QUIET, d(2016, 6, 14), d(2017, 6, 11), d(2019, 4, 30), d(2019, 5, 1),
        d(2019, 10, 1), d(2020, 11, 10), LAST_DAY))


def test_helpers() -> None:
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert us_summer_time(d(2019, 11, 2)) and not us_summer_time(d(2019, 11, 3))
    assert eu_summer_time(d(2019, 3, 31)) and not eu_summer_time(d(2019, 10, 27))
    assert lol_patch(d(2015, 1, 13)) == "4.24" and lol_patch(d(2015, 1, 14)) == "5.1"
    assert lol_patch(d(2020, 6, 19)).startswith("10.") and lol_patch(d(2020, 12, 20)) == "10.24"
    assert japanese_era(d(2019, 4, 30)) == "平成31年4月30日"
    assert japanese_era(d(2019, 5, 1)) == "令和元年5月1日"
    assert japanese_era(d(2020, 6, 19)) == "令和2年6月19日"
    assert week_of(d(2019, 6, 23)) == d(2019, 6, 17)
    assert "The International" in week_events(d(2018, 8, 20))
    assert week_events(d(2015, 1, 5)) == []
    assert lpl_week(d(2019, 1, 16)) == "LPL2019春季赛第1周"
    assert lpl_week(d(2019, 12, 1)) == "LPL休赛期"


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PV, "dated", old, "Posted Mar 5, 2016")
    full(PV, "dated", new, rf"Updated Friday, June 19, 2020 {clock12} EDT")
    full(PV, "dated", winter, rf"Updated Monday, December 7, 2020 {clock12} EST")
    full(GK, "hizuke", old, rf"2016/03/05 {clock}")
    full(GK, "hizuke", new, rf"2020年6月19日\(金\) {clock}")
    full(AW, "dated", old, "Mar 5, 2016")
    full(AW, "dated", new, rf"19 June 2020 · {clock} CEST")
    full(AW, "dated", winter, rf"7 December 2020 · {clock} CET")
    full(AW, "this-week", new, r"📅 This week \(Jun 15–Jun 21\): regional league play")
    full(AW, "this-week", d(2018, 8, 22), r"📅 This week \(Aug 20–Aug 26\): The International")
    full(AW, "patch", new, r"Played on patch 10\.1\d")
    full(JZ, "data", old, rf"05/03/2016 - {clock}")
    full(JZ, "data", new, rf"Publicado em 19 de junho de 2020, às {clock}")
    full(GP, "data", old, rf"05\.03\.2016, {clock}")
    full(GP, "data", new, rf"piątek, 19 czerwca 2020, {clock}")
    full(ID, "data", old, rf"05\.03\.2016 {clock}")
    full(ID, "data", new, rf"19 июня 2020, пятница, {clock}")
    full(ID, "patch", new, r"Актуальная версия Dota 2: 7\.26")
    full(GN, "nalja", old, rf"기사입력 2016-03-05 {clock}")
    full(GN, "nalja", new, rf"승인 2020\.06\.19 {clock} \(금\)")
    full(DX, "riqi", old, rf"2016-03-05 {clock}")
    full(DX, "riqi", new, rf"2020年06月19日 {clock} 星期五")
    full(DX, "xinfan", new, r"📺 2020年4月新番导视")
    full(SD, "dated", old, "March 5, 2016")
    full(SD, "dated", new, rf"Fri, Jun 19, 2020 · {clock12} PDT")
    full(SD, "season", new, r"🌸 Part of our Spring 2020 anime season coverage")
    full(KD, "checked", old, "Prices checked 05/03/2016")
    full(KD, "checked", new, rf"Prices last checked 19 June 2020, {clock} BST")
    full(KD, "checked", winter, rf"Prices last checked 7 December 2020, {clock} GMT")
    full(MK, "hizuke", old, "平成28年3月5日")
    full(MK, "hizuke", new, "令和2年6月19日")
    full(DJ, "riqi", old, rf"2016-03-05 {clock}")
    full(DJ, "riqi", new, rf"2020/6/19 {clock} 发布")
    full(DJ, "saicheng", new, r"本周赛程：LPL2020夏季赛第\d周")


def test_dates_printed_day_by_day_change_form_on_redesign_days() -> None:
    for domain, family, day in REDESIGNS:
        before, after = on(domain, family, day - one), on(domain, family, day)
        assert before != after and template(SET, domain, family, day) == after
        assert changes(domain, family) == set(every_day()[1:]), (domain, family)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)


def test_lines_that_turn_each_week_or_fortnight() -> None:
    for domain, family in WEEKLY:
        days = changes(domain, family)
        assert days and all(day.weekday() == 0 for day in days), (domain, family)
    assert len(changes(AW, "results")) > 250
    assert len(changes(AW, "this-week")) > 250
    for domain, family in PATCHES:
        days = changes(domain, family)
        assert 130 <= len(days) <= 150 and all(day.weekday() == 2 for day in days)
    assert {iso for iso, _ in DOTA_PATCHES if iso >= "2015-01-02"} == {
        day.isoformat() for day in changes(ID, "patch")}
    quarters = {d(y, m, 1) for y in range(2015, 2021) for m in (1, 4, 7, 10)}
    assert changes(DX, "xinfan") == quarters  # the autumn 2014 guide until New Year's Day
    assert changes(SD, "season") == quarters - {FIRST_DAY}
    assert_varied(by_family(planted_docs(SET)), (f"{AW}/this-week", f"{AW}/results"))


def test_notices_follow_the_calendars() -> None:
    assert "E3 2017" in on(PV, "notice", d(2017, 6, 13))
    assert "E3 2020 is cancelled" in on(PV, "notice", d(2020, 3, 15))
    assert "The Game Awards 2019" in on(PV, "notice", d(2019, 12, 12))
    assert "東京ゲームショウ2018" in on(GK, "tsuchi", d(2018, 9, 20))
    assert "オンライン" in on(GK, "tsuchi", d(2020, 9, 23))
    assert "年末年始" in on(GK, "tsuchi", d(2018, 12, 31))
    assert "Worlds 2019 final" in on(AW, "notice", d(2019, 11, 9))
    assert "The International 9" in on(AW, "notice", d(2019, 8, 22))
    assert "COVID-19" in on(AW, "notice", d(2020, 4, 1))
    assert "Brasil Game Show 2019" in on(JZ, "aviso", d(2019, 10, 9))
    assert "Black Friday 2018" in on(JZ, "aviso", d(2018, 11, 23))
    assert "IEM Katowice 2019" in on(GP, "komunikat", d(2019, 2, 20))
    assert "Poznań Game Arena 2017" in on(GP, "komunikat", d(2017, 10, 27))
    for first, last, text in CYBERPUNK:
        assert on(GP, "komunikat", dt.date.fromisoformat(first)) == text
        assert on(GP, "komunikat", dt.date.fromisoformat(last)) == text
    assert "ИгроМир 2018" in on(ID, "podpiska", d(2018, 10, 4))
    assert "отменён" in on(ID, "podpiska", d(2020, 4, 20))
    assert "지스타 2019" in on(GN, "jebo", d(2019, 11, 14))
    assert "추석" in on(GN, "jebo", d(2017, 10, 4))
    assert "ChinaJoy" in on(DX, "gonggao", d(2018, 8, 3))
    assert "春节" in on(DX, "gonggao", d(2019, 2, 5))
    assert "Anime Expo 2018" in on(SD, "notice", d(2018, 7, 5))
    assert "Comiket 95" in on(SD, "notice", d(2018, 12, 30))
    assert "Kyoto Animation" in on(SD, "notice", d(2019, 7, 25))
    assert "Black Friday 2020" in on(KD, "notice", d(2020, 11, 27))
    assert "Steam Summer Sale 2017" in on(KD, "notice", d(2017, 6, 25))
    assert "コミックマーケット97" in on(MK, "oshirase", d(2019, 12, 30))
    assert "ゴールデンウィーク" in on(MK, "oshirase", d(2018, 5, 3))
    assert "2017全球总决赛" in on(DJ, "gonggao", d(2017, 11, 4))
    for domain, family in BANNERS:
        assert len(changes(domain, family)) >= 8, (domain, family)
        assert on(domain, family, QUIET) == template(SET, domain, family, d(2014, 6, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PV, "affiliate", d(2018, 3, 1), "small share of sales", "affiliate commission"),
        (PV, "byline", PV_REDESIGN, "By {author}", "{author_beat}"),
        (AW, "gambling", d(2018, 5, 1), "BeGambleAware.org", "T&Cs apply"),
        (JZ, "afiliado", d(2018, 7, 1), "links de afiliados", "comissão"),
        (GP, "klucze", d(2019, 2, 1), "partnerskimi", "kluczami"),
        (SD, "affiliate", d(2019, 4, 1), "qualifying purchases", "BookWalker"),
        (DX, "icp", d(2019, 3, 1), "号-1", "公网安备"),
        (KD, "disclosure", d(2016, 4, 1), "may earn", "funded by"),
        (KD, "disclosure", d(2019, 6, 1), "funded by", "Independent price comparison")))
    assert_groups_reworded(SET, (
        (PV, "affiliate", "small share of sales", "affiliate commission"),
        (PV, "dated", "Posted", "Updated"), (KD, "disclosure", "funded by", "Independent"),
        (MK, "hizuke", "平成", "令和"), (GK, "zei", "（8%）", "（10%）")))


def test_amounts_change_over_the_years() -> None:
    assert changes(GK, "zei") == changes(MK, "zei") == {JP_TAX_RISE}
    assert "8%" in on(GK, "zei", JP_TAX_RISE - one) and "10%" in on(GK, "zei", JP_TAX_RISE)
    assert {day.isoformat() for day in changes(JZ, "preco")} == {
        start for start, _ in JZ_PRECO[1:]}
    assert "R$ 199,90" in on(JZ, "preco", QUIET) and "R$ 349,90" in on(JZ, "preco", LAST_DAY)
    assert changes(KD, "subscription") == {d(2017, 6, 1), d(2019, 6, 9)}
    assert "£3.99" in on(KD, "subscription", QUIET)
    assert "£10.99" in on(KD, "subscription", LAST_DAY)
    assert changes(KD, "rrp") == {d(2020, 11, 10)}
    assert "£69.99" in on(KD, "rrp", LAST_DAY) and "£49.99" in on(KD, "rrp", QUIET)


def test_several_languages_and_scripts() -> None:
    kana, hangul, han = r"[\u3040-\u30ff]", r"[\uac00-\ud7a3]", r"[\u4e00-\u9fff]"
    cyrillic = r"[\u0400-\u04ff]"
    assert_groups_in_script(SET, (
        (GK, "kaihatsu", kana), (GK, "tsuchi", kana), (MK, "netabare", kana),
        (GN, "jeojakgwon", hangul), (GN, "gija", hangul), (DX, "banquan", han),
        (DJ, "jiankang", han), (ID, "smi", cyrillic), (ID, "chitayte", cyrillic),
        (GP, "data", r"\d"), (JZ, "classind", r"ç")))
    assert any(re.search(r"[ąęółśżźćń]", t) for t in group_lines(SET, GP, "data"))
    assert any(re.search(cyrillic, t) for t in group_lines(SET, ID, "data"))
    assert any("星期" in t for t in group_lines(SET, DX, "riqi"))
    assert any(t.endswith("CEST") for t in group_lines(SET, AW, "dated"))
    assert any(re.search(r"[AP]M E[DS]T$", t) for t in group_lines(SET, PV, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PV}/dated", f"{PV}/byline", f"{PV}/read-more", f"{PV}/platforms",
                         f"{PV}/kicker", f"{PV}/copyright", f"{GK}/hizuke", f"{GK}/taio",
                         f"{AW}/dated", f"{AW}/related", f"{JZ}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{GK}/kenri", f"{GK}/copyright", f"{GK}/kaihatsu", f"{ID}/smi", f"{ID}/copyright"))
    assert_carried_share(docs, PV, [
        ("dated", 0.8, 0.98), ("affiliate", 0.45, 0.75), ("read-more", 0.45, 0.8),
        ("correction", 0.0, 0.1), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, GK, [("hizuke", 0.8, 0.98), ("teisei", 0.0, 0.12)])
    for fam in (f"{PV}/read-more", f"{PV}/advert", f"{GK}/kanren", f"{AW}/related"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PV, "release"), (AW, "watch"), (AW, "patch"), (JZ, "preco"),
                               (SD, "stream"), (MK, "kanren"), (DJ, "zhibo")))
    for style, family, pattern, pool_name in (
            (PV, "esrb", r"^ESRB rating: (.+)$", "esrb"),
            (GK, "cero", r"^CERO：(.+)$", "cero"),
            (JZ, "classind", r"^Classificação indicativa: (.+)$", "classind"),
            (GP, "pegi", r"^PEGI (\d+)$", "pegi"),
            (GN, "deunggeup", r"등급: (.+)$", "deunggeup"),
            (AW, "watch", r"^Watch live: (.+)$", "stream"),
            (SD, "stream", r"Stream it on (.+)$", "service"),
            (DX, "bofang", r"正版播放平台：(.+)$", "pingtai")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PV, "correction", 16), (GK, "teisei"), (AW, "correction"), (JZ, "errata"),
        (GP, "sprostowanie"), (ID, "ispravlenie"), (GN, "jeongjeong"), (DX, "gengzheng"),
        (SD, "correction"), (KD, "correction"), (MK, "teisei"), (DJ, "gengzheng")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    assert_links_to_other_titles(docs, by_family(docs), (
        (f"{PV}/read-more", "Read more: "), (f"{GK}/kanren", "【関連記事】"),
        (f"{AW}/related", "Related: "), (f"{JZ}/leia", "Leia também: "),
        (f"{GP}/zobacz", "Zobacz też: "), (f"{ID}/chitayte", "Читайте также: "),
        (f"{GN}/gwanryeon", "[관련기사] ")))


def test_bare_lines_and_sister_sites() -> None:
    assert_groups_mostly_bare(SET, (
        (PV, "advert", "Advertisement"), (GK, "kokoku", "広告"), (JZ, "publicidade",
                                                                "Publicidade"),
        (GP, "reklama", "REKLAMA"), (ID, "reklama", "Реклама"), (ID, "vozrast", "18+"),
        (GN, "gwanggo", "광고"), (GK, "kaihatsu", "※画像は開発中のものです。")))
    assert_sister_sites_share(SET, (
        (PV, "advert", "Advertisement"), (GK, "kaihatsu", "※画像は開発中のものです。"),
        (ID, "vozrast", "18+")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PV: (["score", "review-copy"], 2),
        GK: (["kenri", "copyright"], 2),
        GP: (["ocena", "kopia"], 2),
        ID: (["smi", "copyright"], 2),
        GN: (["cheongsonyeon", "jeojakgwon"], 2),
        DX: (["banquan", "icp"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10
