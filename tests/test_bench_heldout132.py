"""The held-back-132 template set (`tests.bench.heldout_templates_132`): its localised dates
(printed day by day in English with American Eastern and Australian Eastern standard and
daylight time, German, French, Portuguese, Russian with Moscow time, Hindi with IST, Chinese
and Korean with the weekday, each changing form on the day of a redesign), the lines that
turn every day ("prices checked on") and every week (the sponsor of the week, the dollar in
reais to the Friday, a newsletter's issue number each Thursday but over Christmas), the
release and version line that follows a project's releases, the calendars some notices
follow (the trade's shows and conferences, sales seasons, holidays, Programmers' Day, the
GDPR and the LGPD, Telegram's block in Russia, India's demonetisation and app ban, the
pandemic), the disclosures and comment policies it rewords by date, the amounts that change
over the years (a membership price, German VAT in 2020, India's GST on phones, reader and
member counts), the lines in several languages and scripts, the variation it promises, its
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

from tests.bench.heldout_calendar import carnival_tuesday, thanksgiving
from tests.bench.heldout_templates_132 import (
    APPLE_EVENTS,
    BN_NEWSLETTER,
    BN_REDESIGN,
    CEBIT,
    CES,
    CHUSEOK,
    CL_COMMENTS,
    CL_DISCLOSURE,
    CL_NEWSLETTER,
    CL_PLUS,
    CL_REDESIGN,
    CLICK_FRENZY,
    DIWALI,
    FIRST_DAY,
    FOSDEM,
    GAMESCOM,
    GOOGLE_IO,
    GP_GST,
    GP_REDESIGN,
    IFA,
    JK_APP,
    JK_REDESIGN,
    JK_ZHUANZAI,
    KB_REDESIGN,
    LAST_DAY,
    LD_DISCORD,
    LD_FORUM,
    LD_MINORS,
    LD_REDESIGN,
    LONDON_TECH_WEEK,
    MWST,
    PHONE_GST,
    RS_LGPD,
    RS_NEWSLETTER,
    RS_REDESIGN,
    RW_GDPR,
    RW_READERS,
    SEOLLAL,
    SH_COC,
    SH_MEMBERS,
    SH_REDESIGN,
    SLUSH,
    SOLDES,
    SPRING_FESTIVAL,
    TELEGRAM_BLOCK,
    TS_GOOGLE_NEWS,
    TS_REDESIGN,
    TT_AFFILIATE,
    TT_NEWSLETTER,
    TT_REDESIGN,
    VIVATECH,
    WEB_SUMMIT,
    WWDC,
    ZN_AFFILIE,
    ZN_NEWSLETTER,
    ZN_REDESIGN,
    dolar,
    eastern_zone,
    issue_days,
    issue_on,
    lark_releases,
    larkconf,
    programmers_day,
    sydney_zone,
    weekday_on_or_before,
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

SET = "held-back-132"
SITES = ("Circuit Ledger", "TechnikTakt", "StackHarbor", "Zap Numérique", "Radar Startup",
         "Кодовая база", "极客前哨", "टेक संवाद", "바이트노트", "LarkDB", "Runway Weekly",
         "Gizmo Paddock")
CL, TT, SH, ZN = ("circuitledger.com", "techniktakt.de", "stackharbor.io", "zapnumerique.fr")
RS, KB, JK, TS = ("radarstartup.com.br", "kodobaza.ru", "jikeqianshao.com", "techsamvad.in")
BN, LD, RW, GP = ("bytenote.kr", "larkdb.org", "runwayweekly.co", "gizmopaddock.com.au")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CL, "dated"), (TT, "datum"), (SH, "dated"), (ZN, "date"), (RS, "data"),
         (KB, "data"), (JK, "riqi"), (TS, "tarikh"), (BN, "ipryeok"), (LD, "posted"),
         (GP, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((TT, "preise"), (ZN, "prix"))
# The lines that turn once a week, and the weekday they turn on (Monday 0).
WEEKLY = ((SH, "sponsor", 0), (RS, "dolar", 4), (RW, "issue", 3))
# The notices that follow calendars.
BANNERS = ((CL, "newsletter"), (TT, "hinweis"), (SH, "promo"), (ZN, "lettre"),
           (RS, "newsletter"), (KB, "podpiska"), (JK, "gonggao"), (TS, "soochna"),
           (BN, "gongji"), (LD, "events"), (RW, "events"), (GP, "sales"))
# Amounts in force from given days.
TABLES = ((CL, "plus", CL_PLUS), (TT, "mwst", MWST), (SH, "members", SH_MEMBERS),
          (TS, "gst", PHONE_GST), (RW, "readers", RW_READERS))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CL: "Get the Circuit Ledger Daily Digest in your inbox every weekday. Sign up",
    TT: "TechnikTakt bei Facebook und Twitter folgen",
    SH: "Write for StackHarbor: share what you learned this week",
    ZN: "Suivez Zap Numérique sur Twitter et Facebook",
    RS: "Receba as notícias do Radar Startup por e-mail",
    KB: "Подписывайтесь на наш канал в Telegram: @kodobaza",
    JK: "关注极客前哨微信公众号，获取最新科技资讯",
    TS: "टेक संवाद के YouTube चैनल को सब्सक्राइब करें",
    BN: "바이트노트 페이스북 페이지에서 더 많은 소식을 만나보세요",
    LD: "Follow @larkdb for release announcements",
    RW: "Got a tip or a round to announce? Just hit reply.",
    GP: "Follow Gizmo Paddock on Instagram for unboxings",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + ((LD, "latest"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 16), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert eastern_zone(d(2019, 3, 10)) == "EDT" and eastern_zone(d(2019, 3, 9)) == "EST"
    assert eastern_zone(d(2019, 11, 2)) == "EDT" and eastern_zone(d(2019, 11, 3)) == "EST"
    assert sydney_zone(d(2019, 10, 6)) == "AEDT" and sydney_zone(d(2019, 10, 5)) == "AEST"
    assert sydney_zone(d(2019, 4, 6)) == "AEDT" and sydney_zone(d(2019, 4, 7)) == "AEST"
    assert programmers_day(2019) == d(2019, 9, 13) and programmers_day(2020) == d(2020, 9, 12)
    assert weekday_on_or_before(d(2020, 6, 21), 4) == d(2020, 6, 19)
    assert weekday_on_or_before(d(2020, 6, 19), 4) == d(2020, 6, 19)
    assert larkconf(2019) == d(2019, 10, 10)
    days = issue_days()
    assert days[0] == d(2013, 9, 5) and all(day.weekday() == 3 for day in days)
    assert not any((day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 3)
                   for day in days)
    number, sent = issue_on(d(2020, 6, 19))
    assert sent == d(2020, 6, 18) and issue_on(sent) == (number, sent)
    assert issue_on(sent - one) == (number - 1, sent - 7 * one)
    releases = lark_releases()
    assert [day for day, _ in releases] == sorted(day for day, _ in releases)
    assert len({v for _, v in releases}) == len(releases)
    assert {v for _, v in releases if v.endswith(".0")} == {f"{m}.0" for _, m in LD_MINORS}
    assert all(3.5 <= dolar(day) <= 6.2 for day in (d(2016, 1, 22), d(2020, 5, 15)))
    assert dolar(d(2015, 1, 2)) < 3


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CL, "dated", old, rf"Mar 5, 2016, {clock12} ET")
    full(CL, "dated", new, rf"Updated Friday, June 19, 2020, {clock12} EDT")
    full(CL, "dated", winter, rf"Updated Monday, December 7, 2020, {clock12} EST")
    full(TT, "datum", old, rf"05\.03\.2016, {clock} Uhr")
    full(TT, "datum", new, rf"Fr\., 19\.06\.2020 – {clock} Uhr")
    full(TT, "preise", new, r"Preise zuletzt geprüft am 19\.06\.2020\. Alle Angaben ohne "
                            r"Gewähr\.")
    full(SH, "dated", old, r"2016-03-05 · \d+ min read")
    full(SH, "dated", new, r"Posted on Jun 19, 2020 • \d+ min read")
    full(SH, "sponsor", new, r"Sponsor of the week of 15 Jun: [\w ]+, [\w ,]+")
    full(ZN, "date", old, rf"Publié le 05/03/16 à {clock}")
    full(ZN, "date", new, rf"Le vendredi 19 juin 2020 à {clock}")
    full(ZN, "prix", new, r"Prix constatés le 19/06/2020, susceptibles d'évoluer\.")
    full(RS, "data", old, rf"05/03/2016 - {clock}")
    full(RS, "data", new, rf"Publicado em 19 de junho de 2020 às {clock}")
    full(RS, "dolar", new, r"Dólar comercial: R\$ 5,\d\d no fechamento de sexta-feira "
                           r"\(19/06\), [+−]\d+,\d% na semana")
    full(KB, "data", old, rf"5 марта 2016 в {clock}")
    full(KB, "data", new, rf"пятница, 19 июня 2020, {clock} МСК")
    full(JK, "riqi", old, rf"2016-03-05 {clock}")
    full(JK, "riqi", new, rf"2020年6月19日 星期五 {clock}")
    full(TS, "tarikh", old, "05-03-2016")
    full(TS, "tarikh", new, rf"प्रकाशित: 19 जून 2020, {clock12} IST")
    full(BN, "ipryeok", old, rf"등록 2016-03-05 {clock}")
    full(BN, "ipryeok", new, rf"입력 2020\.06\.19 \(금\) {clock}")
    full(LD, "posted", old, "Posted on 2016-03-05 by Ada Brook")
    full(LD, "posted", new, "Ada Brook · June 19, 2020")
    full(LD, "latest", new, r"Latest stable release: LarkDB 3\.2\.\d+ \(2020-0[56]-\d\d\)")
    full(RW, "issue", new, r"Runway Weekly · Issue #\d+ · 18 June 2020")
    full(GP, "dated", old, "05/03/2016")
    full(GP, "dated", new, rf"19 June 2020 · {clock12} AEST")
    full(GP, "dated", winter, rf"7 December 2020 · {clock12} AEDT")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(CL, "dated", day).startswith("Updated") == (day >= CL_REDESIGN)
        assert ("–" in on(TT, "datum", day)) == (day >= TT_REDESIGN)
        assert on(SH, "dated", day).startswith("Posted") == (day >= SH_REDESIGN)
        assert on(ZN, "date", day).startswith("Publié") == (day < ZN_REDESIGN)
        assert on(RS, "data", day).startswith("Publicado") == (day >= RS_REDESIGN)
        assert on(KB, "data", day).endswith("МСК") == (day >= KB_REDESIGN)
        assert ("年" in on(JK, "riqi", day)) == (day >= JK_REDESIGN)
        assert on(TS, "tarikh", day).startswith("प्रकाशित") == (day >= TS_REDESIGN)
        assert on(BN, "ipryeok", day).startswith("입력") == (day >= BN_REDESIGN)
        assert on(LD, "posted", day).startswith("Posted") == (day < LD_REDESIGN)
        assert ("{time12}" in on(GP, "dated", day)) == (day >= GP_REDESIGN)
        if day >= CL_REDESIGN:
            assert on(CL, "dated", day).endswith(eastern_zone(day))
        if day >= GP_REDESIGN:
            assert on(GP, "dated", day).endswith(sydney_zone(day))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    zones = {m[1] for t in group_lines(SET, CL, "dated") if (m := re.search(r" (E[DS]T)$", t))}
    assert zones == {"EDT", "EST"}


def test_lines_that_turn_every_week() -> None:
    for domain, family, weekday in WEEKLY:
        weekly = changes(domain, family)
        assert all(day.weekday() == weekday for day in weekly), (domain, family)
    assert len(changes(SH, "sponsor")) == len(changes(RS, "dolar")) == 313
    issues = {day for day in issue_days() if d(2015, 1, 2) <= day <= d(2020, 12, 31)}
    assert changes(RW, "issue") == issues and 300 <= len(issues) < 313
    for y in range(2016, 2021):  # the first issue of a year follows the last of the year before
        first = min(day for day in issue_days() if day.year == y)
        last = max(day for day in issue_days() if day.year == y - 1)
        assert issue_on(first)[0] == issue_on(last)[0] + 1
        assert on(RW, "issue", d(y - 1, 12, 31)) == on(RW, "issue", last)
    sponsors = found(SH, "sponsor", r": ([\w ]+),")
    assert len(sponsors) >= 5
    rates = [float(m[1].replace(",", ".")) for t in group_lines(SET, RS, "dolar")
             if (m := re.search(r"R\$ (\d,\d\d)", norm(t)))]
    assert rates and all(2.5 <= r <= 6.2 for r in rates) and max(rates) - min(rates) > 0.5
    numbers = {int(m[1]) for t in group_lines(SET, RW, "issue")
               if (m := re.search(r"#(\d+)", t))}
    assert len(numbers) >= 10


def test_release_lines_follow_the_releases() -> None:
    releases = lark_releases()
    days = {iso(day) for day, _ in releases if FIRST_DAY < iso(day) <= d(2020, 12, 31)}
    assert changes(LD, "latest") == days and len(days) >= 40
    for day, version in releases:
        if iso(day) >= FIRST_DAY:
            assert on(LD, "latest", iso(day)).endswith(f"LarkDB {version} ({day})")
    assert "LarkDB 3.0.0 (2019-06-25)" in on(LD, "latest", LD_REDESIGN)
    minors = found(LD, "latest", r"LarkDB (\d+\.\d+)\.")
    assert {"1.7", "2.0", "3.0", "3.2"} <= minors
    lines = group_lines(SET, LD, "latest")
    assert len({re.sub(r"\.\d+ \(.*", "", norm(t)) for t in lines}) >= 4


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        assert f"CES {y}" in on(CL, "newsletter", iso(CES[y][0])), y
        assert f"WWDC {y}" in on(CL, "newsletter", iso(WWDC[y])), y
        assert f"Black Friday {y}" in on(CL, "newsletter", thanksgiving(y) + one), y
        assert f"Black Friday {y}" in on(ZN, "lettre", thanksgiving(y) + one), y
        assert f"IFA {y}" in on(TT, "hinweis", iso(IFA[y][0])), y
        assert f"gamescom {y}" in on(TT, "hinweis", iso(GAMESCOM[y][1])), y
        assert f"Hacktoberfest {y}" in on(SH, "promo", d(y, 10, 15)), y
        assert f"Advent of Code {y}" in on(SH, "promo", d(y, 12, 10)), y
        hiver, ete = SOLDES[y]
        assert f"Soldes d'hiver {y}" in on(ZN, "lettre", iso(hiver)), y
        assert f"Soldes d'été {y}" in on(ZN, "lettre", iso(ete)), y
        assert f"Carnaval {y}" in on(RS, "newsletter", carnival_tuesday(y)), y
        assert f"С Днём программиста! 256-й день {y}" in on(KB, "podpiska",
                                                            programmers_day(y)), y
        assert f"9 января {y}" in on(KB, "podpiska", d(y, 1, 4)), y
        assert f"{y}年春节" in on(JK, "gonggao", iso(SPRING_FESTIVAL[y])) or y == 2020
        assert f"{y} 双十一" in on(JK, "gonggao", d(y, 11, 11)), y
        assert f"{y} 618" in on(JK, "gonggao", d(y, 6, 18)), y
        assert f"फेस्टिव सेल {y}" in on(TS, "soochna", iso(DIWALI[y]) - 10 * one), y
        assert f"{y}년 설" in on(BN, "gongji", iso(SEOLLAL[y])), y
        assert f"{y}년 추석" in on(BN, "gongji", iso(CHUSEOK[y])), y
        assert f"FOSDEM {y}" in on(LD, "events", iso(FOSDEM[y][0])), y
        assert f"LarkConf {y}" in on(LD, "events", larkconf(y)), y
        assert f"London Tech Week {y}" in on(RW, "events", iso(LONDON_TECH_WEEK[y][0])) or (
            y == 2020)
        assert f"EOFY sales {y}" in on(GP, "sales", d(y, 6, 25)), y
        assert f"Click Frenzy {y}" in on(GP, "sales", iso(CLICK_FRENZY[y])), y
        assert f"Boxing Day {y}" in on(GP, "sales", d(y, 12, 26)), y
    for day in APPLE_EVENTS:
        assert f"Apple's {iso(day):%B %Y} event" in on(CL, "newsletter", iso(day)), day
    for y, (first, _) in GOOGLE_IO.items():
        assert f"Google I/O {y}" in on(CL, "newsletter", iso(first)), y
    for y, (first, _) in CEBIT.items():
        assert f"CeBIT {y}" in on(TT, "hinweis", iso(first)), y
    for y, (first, _) in VIVATECH.items():
        assert f"VivaTech {y}" in on(ZN, "lettre", iso(first)), y
    for y, (first, _) in WEB_SUMMIT.items():
        assert f"Web Summit {y}" in on(RS, "newsletter", iso(first)), y
    for y, (first, _) in SLUSH.items():
        assert f"Slush {y}" in on(RW, "events", iso(first)), y
    assert "London Tech Week 2020 is virtual" in on(RW, "events", d(2020, 9, 7))
    assert "IFA 2020 Special Edition" in on(TT, "hinweis", d(2020, 9, 3))
    assert "DSGVO" in on(TT, "hinweis", d(2018, 5, 25))
    assert "Mehrwertsteuer sinkt" in on(TT, "hinweis", d(2020, 7, 1))
    assert "LGPD" in on(RS, "newsletter", RS_LGPD)
    assert "Confinement" in on(ZN, "lettre", d(2020, 4, 1))
    assert "Нерабочие дни" in on(KB, "podpiska", d(2020, 4, 20))
    assert "抗击疫情" in on(JK, "gonggao", d(2020, 3, 1))
    assert "नोटबंदी" in on(TS, "soochna", d(2016, 11, 20))
    assert "59 चीनी ऐप्स" in on(TS, "soochna", d(2020, 7, 1))
    assert "Jio" in on(TS, "soochna", d(2016, 9, 5))
    assert "5G" in on(BN, "gongji", BN_REDESIGN)
    assert "Brexit" in on(RW, "events", d(2016, 6, 24))
    assert "Bushfire" in on(GP, "sales", d(2020, 1, 10))
    assert "Working from home" in on(CL, "newsletter", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    blocked, unblocked = TELEGRAM_BLOCK
    assert_reworded_on(SET, (
        (CL, "byline", CL_REDESIGN, "By {author}", "{author_handle}"),
        (CL, "newsletter", CL_NEWSLETTER, "Daily Digest", "Daily Circuit"),
        (CL, "affiliate", CL_DISCLOSURE, "small commission", "independently"),
        (CL, "comments", CL_COMMENTS, "moderated", "14 days"),
        (TT, "autor", TT_REDESIGN, "von {author}", "Ein Artikel"),
        (TT, "hinweis", TT_NEWSLETTER, "Facebook", "Newsletter"),
        (TT, "affiliate", TT_AFFILIATE, "Links mit *", "Transparenz"),
        (SH, "promo", SH_REDESIGN, "Write for", "hard way"),
        (SH, "coc", SH_COC, "Be nice", "Code of Conduct"),
        (ZN, "auteur", ZN_REDESIGN, "Par {author}", "{author_beat}"),
        (ZN, "lettre", ZN_NEWSLETTER, "Twitter", "newsletter"),
        (ZN, "affilie", ZN_AFFILIE, "liens affiliés", "commission"),
        (RS, "newsletter", RS_NEWSLETTER, "por e-mail", "rodadas"),
        (RS, "privacidade", RS_LGPD, "termos de uso", "LGPD"),
        (KB, "podpiska", blocked, "Telegram", "ВКонтакте"),
        (KB, "podpiska", unblocked, "ВКонтакте", "снова доступен"),
        (JK, "gonggao", JK_APP, "公众号", "App"),
        (JK, "zhuanzai", JK_ZHUANZAI, "禁止转载", "联系授权"),
        (TS, "soochna", TS_GOOGLE_NEWS, "YouTube", "Google News"),
        (BN, "gongji", BN_NEWSLETTER, "페이스북", "뉴스레터"),
        (LD, "community", LD_FORUM, "Freenode", "forum"),
        (LD, "community", LD_DISCORD, "forum at", "Discord"),
        (LD, "license", LD_REDESIGN, "BSD", "Apache"),
        (RW, "unsubscribe", RW_GDPR, "signed up", "privacy notice"),
        (GP, "gst", GP_GST, "include GST.", "overseas")))
    assert_groups_reworded(SET, (
        (CL, "dated", " ET", "Updated "),
        (TT, "datum", ", ", " – "),
        (CL, "byline", "By ", " | @"),
        (SH, "dated", " · ", "Posted on "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if iso(start) >= FIRST_DAY:
                assert value in on(domain, family, iso(start)), (domain, start)
    assert "16 % MwSt." in on(TT, "mwst", d(2020, 7, 1))
    assert "19 % MwSt." in on(TT, "mwst", d(2020, 6, 30))
    assert "19 % MwSt." in on(TT, "mwst", d(2021, 1, 1))
    assert "$5.99" in on(CL, "plus", LAST_DAY) and "$3.99" in on(CL, "plus", FIRST_DAY)
    assert "18%" in on(TS, "gst", d(2020, 4, 1)) and "12%" in on(TS, "gst", d(2020, 3, 31))
    members = found(SH, "members", r"community of ([\d,]+)")
    assert len(members) == 6
    readers = {m[1] for t in group_lines(SET, RW, "readers")
               if (m := re.search(r"Join ([\d,]+)", norm(t)))}
    assert len(readers) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KB, "data", r"[а-я]"), (KB, "pravila", r"[А-Яа-я]"), (KB, "reklama", r"Реклама"),
        (TS, "disclaimer", r"[\u0900-\u097f]"), (TS, "vigyapan", r"[\u0900-\u097f]"),
        (JK, "fengxian", r"[\u4e00-\u9fff]"), (JK, "guanggao", r"[\u4e00-\u9fff]"),
        (BN, "gija", r"[\uac00-\ud7a3]"), (BN, "jeojakgwon", r"[\uac00-\ud7a3]"),
        (TT, "netiquette", r"[äöüß]"), (ZN, "charte", r"[éèàù]"),
        (RS, "aviso", r"[áéíóúçãõ]")))
    assert any("星期" in t for t in group_lines(SET, JK, "riqi"))
    assert any("МСК" in t for t in group_lines(SET, KB, "data"))
    assert any(t.endswith("IST") for t in group_lines(SET, TS, "tarikh"))
    assert any("(" in t for t in group_lines(SET, BN, "ipryeok"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CL}/dated", f"{CL}/byline", f"{CL}/related", f"{CL}/kicker",
                         f"{CL}/deal", f"{CL}/copyright", f"{TT}/datum", f"{TT}/rubrik",
                         f"{TT}/preise", f"{SH}/dated", f"{SH}/tags", f"{SH}/reactions"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CL}/publisher", f"{CL}/advert", f"{CL}/update", f"{TT}/netiquette",
        f"{TT}/impressum", f"{SH}/crosspost"))
    assert_carried_share(docs, CL, [
        ("dated", 0.82, 0.99), ("related", 0.5, 0.85), ("correction", 0.0, 0.1),
        ("affiliate", 0.15, 0.45), ("newsletter", 0.15, 0.45)])
    assert_carried_share(docs, TT, [("datum", 0.75, 0.97), ("preise", 0.1, 0.4),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{CL}/related", f"{CL}/advert", f"{TT}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert max(per_doc(docs, f"{SH}/copy")) == 3
    assert_once_per_page(SET, ((CL, "deal"), (TT, "auch"), (ZN, "bonplan"), (RS, "rodada"),
                               (KB, "kod"), (JK, "rongzi"), (TS, "keemat"), (BN, "tuja"),
                               (GP, "score")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CL, "correction", 16), (TT, "korrektur"), (SH, "edited"), (ZN, "erratum"),
        (RS, "errata"), (KB, "ispravleno"), (JK, "gengzheng"), (TS, "sudhar"),
        (BN, "jeongjeong"), (LD, "errata"), (RW, "correction"), (GP, "update")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CL}/related", "Related: "), (f"{TT}/auch", "Auch interessant: "),
        (f"{ZN}/lire", "À lire aussi : "), (f"{RS}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CL, "advert", "Advertisement"), (TT, "anzeige", "Anzeige"),
        (SH, "copy", "Copy code"), (ZN, "publicite", "Publicité"),
        (RS, "publicidade", "Publicidade"), (KB, "reklama", "Реклама"), (KB, "vozrast", "18+"),
        (JK, "guanggao", "广告"), (TS, "vigyapan", "विज्ञापन"), (BN, "gwanggo", "광고")))
    assert_group_values_from_pool(SET, (
        (CL, "kicker", "kicker"), (TT, "rubrik", "rubrik"), (ZN, "rubrique", "rubrique"),
        (RS, "editoria", "editoria"),
        (KB, "rubrika", "rubrika"), (JK, "lanmu", "lanmu"), (TS, "shreni", "shreni"),
        (BN, "bunya", "bunya"), (LD, "category", "category")))
    for style, family in ((CL, "deal"), (ZN, "bonplan")):  # long lines: some small edits
        lines = [norm(t) for t in group_lines(SET, style, family)]
        values = pool(SET, style, family)
        assert lines and sum(t in values for t in lines) >= 0.85 * len(lines), family
        assert len(set(lines) & values) >= 3, family


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CL, "advert", "Advertisement"),
        (SH, "copy", "Copy code"),
        (TT, "netiquette", "Kommentare werden vor der Freischaltung geprüft. Bitte haltet euch "
                           "an unsere Netiquette.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CL: (["publisher", "copyright"], 2),
        TT: (["impressum", "copyright"], 2),
        ZN: (["reproduction", "copyright"], 2),
        KB: (["smi", "vozrast", "copyright"], 3),
        JK: (["icp", "copyright"], 2),
        BN: (["jebo", "jeojakgwon"], 2),
        LD: (["license", "copyright"], 2),
        RW: (["disclaimer", "unsubscribe", "address"], 3)})


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
