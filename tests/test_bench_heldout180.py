"""The held-back-180 template set (`tests.bench.heldout_templates_180`): its localised dates
(printed day by day in English with American, British and Australian summer and winter time,
Russian with Moscow time, Chinese and Korean with the weekday, Portuguese and Italian,
several changing form on the day of a redesign), the lines that turn every day, week and
month (end-of-support countdowns, the LGPD countdown, a reader poll, Patch Tuesday, the
month's rollout of Microsoft updates, monthly webinars), the "patch now" banners and the
calendars some notices follow (emergencies from WannaCry to SolarWinds, RSA Conference,
Black Hat and DEF CON, Infosecurity Europe, Positive Hack Days, China's cybersecurity week,
Korea's information-security day, Black Friday, the income-tax deadline, Safer Internet Day,
SysAdmin Day, the 1024 day, New Year holidays, laws coming into force, the pandemic), the
amounts that change over the years (bug bounties, PGP keys, end-of-maintenance releases,
tracked threat groups, users, an attack count, academy cohorts), the CVE, CVSS and ATT&CK
lines, the lines in several languages and scripts, the variation it promises, its
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

from tests.bench.heldout_calendar import last_weekday, thanksgiving
from tests.bench.heldout_templates_180 import (
    AQ_POLICE_FILING,
    AQ_REDESIGN,
    AQ_REPRINT,
    ATTACK_SUBTECHNIQUES,
    BG_ESSENTIAL_EIGHT,
    BG_NDB,
    CG_REDESIGN,
    CG_TELEGRAM,
    CN_BOUNTY,
    CN_END_OF_MAINTENANCE,
    CN_PORTAL,
    CS_OBSERVATORY,
    CS_REDESIGN,
    CVSS_31,
    END_OF_SUPPORT,
    FIRST_DAY,
    GF_GROUPS,
    GF_REDESIGN,
    HACKER_SUMMER_CAMP,
    IB_AGE_MARK,
    IB_REDESIGN,
    IB_TELEGRAM,
    INFOSECURITY_EUROPE,
    LAST_DAY,
    LGPD_IN_FORCE,
    LGPD_SENATE,
    PHDAYS,
    RSA_CONFERENCE,
    SAFER_INTERNET_DAY,
    SD_REDESIGN,
    SECURITY_WEEK,
    SS_REDESIGN,
    SS_SUPPORT,
    SS_USERS,
    SW_REDESIGN,
    TAX_DEADLINES,
    TL_EMERGENCIES,
    TL_NEWSLETTER,
    TL_REDESIGN,
    YL_REDESIGN,
    YL_REWARDS,
    academy_cohort,
    au_daylight,
    eu_summer,
    infosec_day,
    last_patch_tuesday,
    last_thursday,
    next_patch_tuesday,
    patch_tuesday,
    psirt_key,
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
    wording_matches,
    wording_on,
)

SET = "held-back-180"
SITES = ("Threat Ledger", "ИнфоБезОбзор", "安全哨", "Corvane Networks", "시큐어데일리",
         "CiberGuarda", "Sysadmin Weekly", "CyberSentinella", "Greyfell Security", "云岭科技",
         "Северин Софт", "Bluegum IT")
TL, IB, AQ, CN = "threatledger.com", "infobezobzor.ru", "anquanshao.cn", "corvane.com"
SD, CG, SW, CS = ("securedaily.co.kr", "ciberguarda.com.br", "sysadminweekly.co.uk",
                  "cybersentinella.it")
GF, YL, SS, BG = "greyfell.io", "yunlingtech.cn", "severinsoft.ru", "bluegumit.com.au"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((TL, "dated"), (IB, "data"), (AQ, "riqi"), (CN, "published"), (SD, "ipryeok"),
         (CG, "data"), (SW, "dated"), (CS, "data"), (GF, "dated"), (YL, "fabu"),
         (SS, "dateline"), (BG, "dated"))
# The notices that follow calendars.
BANNERS = ((TL, "alert"), (TL, "newsletter"), (IB, "kanal"), (AQ, "guanzhu"), (SD, "haengsa"),
           (CG, "alerta"), (SW, "events"), (CS, "eventi"), (GF, "webinar"), (YL, "huodong"),
           (SS, "vebinar"))
# Amounts in force from given days.
TABLES = ((CN, "maintenance", CN_END_OF_MAINTENANCE), (CN, "bounty", CN_BOUNTY),
          (GF, "about", GF_GROUPS), (YL, "jiangli", YL_REWARDS), (SS, "podderzhka", SS_SUPPORT),
          (SS, "o-kompanii", SS_USERS))
# Lines that turn on their own schedule (a day, a week, a month, a year).
TURNING = ((SW, "countdown"), (CG, "lgpd"), (SW, "patch-tuesday"), (SW, "poll"),
           (BG, "rollout"), (CG, "webinar"), (CN, "pgp"), (CS, "osservatorio"),
           (SD, "academy"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (TL, "newsletter"): "Get the Threat Ledger Daily newsletter in your inbox",
    (IB, "kanal"): "Следите за новостями ИнфоБезОбзор во «ВКонтакте» и в Twitter",
    (AQ, "guanzhu"): "关注安全哨微信公众号，获取第一手漏洞预警",
    (SD, "haengsa"): "시큐어데일리 뉴스레터를 구독하고 주요 보안 소식을 받아보세요",
    (CG, "alerta"): "Receba nossos alertas de golpes por e-mail",
    (SW, "events"): "Sign up to the Sysadmin Weekly newsletter: every Friday, free",
    (CS, "eventi"): "Iscriviti alla newsletter di CyberSentinella: ogni lunedì le notizie "
                    "della settimana",
    (YL, "huodong"): "关注“云岭科技安全中心”公众号，第一时间获取安全公告",
}

on = partial(wording_on, SET)


def changes(domain: str, family: str, first: dt.date | None = None,
            last: dt.date | None = None) -> set[dt.date]:
    """The days from 2015 to 2020 (or from `first` to `last`) whose wording of the family
    differs from the day before's."""
    return {day for day in every_day() if (first is None or first <= day)
            and (last is None or day <= last)
            and on(domain, family, day) != on(domain, family, day - one)}


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS + TURNING + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 5, 12), d(2018, 8, 14), d(2019, 6, 17),
        d(2020, 1, 14), d(2020, 9, 18), d(2020, 12, 31), LAST_DAY))


def test_helpers() -> None:
    assert patch_tuesday(2020, 6) == d(2020, 6, 9) and patch_tuesday(2017, 5) == d(2017, 5, 9)
    assert last_patch_tuesday(d(2020, 6, 8)) == d(2020, 5, 12)
    assert last_patch_tuesday(d(2020, 6, 9)) == d(2020, 6, 9)
    assert last_patch_tuesday(d(2015, 1, 5)) == d(2014, 12, 9)
    assert next_patch_tuesday(d(2020, 6, 9)) == d(2020, 7, 14)
    assert next_patch_tuesday(d(2020, 12, 20)) == d(2021, 1, 12)
    assert us_daylight(d(2020, 3, 8)) and not us_daylight(d(2020, 3, 7))
    assert not us_daylight(d(2020, 11, 1)) and us_daylight(d(2020, 10, 31))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 3, 30))
    assert au_daylight(d(2020, 10, 4)) and not au_daylight(d(2020, 10, 3))
    assert au_daylight(d(2020, 4, 4)) and not au_daylight(d(2020, 4, 5))
    assert infosec_day(2018) == SD_REDESIGN == d(2018, 7, 11)
    assert academy_cohort(d(2015, 1, 1)) == 6 and academy_cohort(d(2015, 3, 1)) == 7
    assert academy_cohort(d(2020, 9, 1)) == 18 == academy_cohort(d(2021, 1, 10))
    assert last_thursday(2020, 6) == d(2020, 6, 25)
    assert len({psirt_key(y) for y in range(2015, 2022)}) == 7


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(TL, "dated", old, "Mar 5, 2016")
    full(TL, "dated", new, r"June 19, 2020 at \d{1,2}:\d\d [AP]M EDT")
    full(TL, "dated", winter, r"December 7, 2020 at \d{1,2}:\d\d [AP]M EST")
    full(TL, "alert", new, "Next Patch Tuesday: July 14")
    full(IB, "data", old, rf"05\.03\.2016 {clock}")
    full(IB, "data", new, rf"Пятница, 19 июня 2020, {clock} МСК")
    full(AQ, "riqi", old, rf"2016-03-05 {clock}")
    full(AQ, "riqi", new, rf"2020年06月19日 星期五 {clock}")
    full(CN, "published", old, rf"Published: 2016-03-05 {clock} UTC")
    full(CN, "published", new, rf"First published: 19 Jun 2020 \| {clock} UTC")
    full(CN, "advisory-id", new, r"Advisory ID: CVN-SA-2020-\d{3}")
    full(CN, "pgp", new, rf"Encrypt reports with the PSIRT PGP key {psirt_key(2020)} "
                         r"\(valid 2020\)\.")
    full(SD, "ipryeok", old, rf"입력 : 2016-03-05 {clock}")
    full(SD, "ipryeok", new, rf"기사입력 2020\.06\.19 \(금\) {clock}")
    full(SD, "academy", new, "시큐어데일리 아카데미 화이트해커 양성과정 제17기 수강생 모집")
    full(CG, "data", old, rf"05/03/2016 às {clock}")
    full(CG, "data", new, "sexta-feira, 19 de junho de 2020")
    full(CG, "lgpd", new, r"Faltam 318 dias para a LGPD entrar em vigor \(3 de maio de 2021\)")
    full(CG, "webinar", new, r"Webinar gratuito do CiberGuarda: quinta-feira, 25 de junho, "
                             r"às 19h\. Inscreva-se")
    full(SW, "dated", old, "05/03/2016")
    full(SW, "dated", new, rf"Friday 19 June 2020, {clock} BST")
    full(SW, "dated", winter, rf"Monday 7 December 2020, {clock} GMT")
    full(SW, "countdown", new, r"⏳ Office 2010 and Exchange 2010 leaves support in 116 days "
                               r"\(13 October 2020\)\. Is your estate ready\?")
    full(SW, "patch-tuesday", new, "This month's Patch Tuesday: Tuesday 9 June")
    full(SW, "poll", new, r"Reader poll, week of 15 Jun: .+\? Vote now")
    full(CS, "data", old, "5 marzo 2016")
    full(CS, "data", new, rf"Venerdì 19 giugno 2020, ore {clock}")
    full(CS, "osservatorio", new, r"Osservatorio CyberSentinella: 1538 attacchi gravi censiti "
                                  r"nel 2019 \(\+8,3% sul 2018\)")
    full(GF, "dated", old, "March 5, 2016")
    full(GF, "dated", new, r"June 19, 2020 · \d+ min read")
    full(GF, "webinar", new, r"Live threat briefing: Wednesday, July 1 at 11:00 EDT\. "
                             r"Register now")
    full(YL, "fabu", old, "发布日期：2016-03-05")
    full(YL, "fabu", new, "发布时间：2020年6月19日")
    full(SS, "dateline", old, "Москва, 5 марта 2016 г. —")
    full(SS, "dateline", new, r"19\.06\.2020 \| Новости компании")
    full(SS, "vebinar", new, "Вебинар для партнёров: 9 июля, 11:00 МСК. Регистрация")
    full(BG, "dated", old, rf"5 March 2016, {clock} AEDT")
    full(BG, "dated", new, rf"19 June 2020, {clock} AEST")
    full(BG, "rollout", new, r"Patch status: Microsoft's June 2020 updates, released 10 Jun, "
                             r"roll out to clients from 17 Jun")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert (" at " in on(TL, "dated", day)) == (day >= TL_REDESIGN)
        assert on(IB, "data", day).endswith("МСК") == (day >= IB_REDESIGN)
        assert ("星期" in on(AQ, "riqi", day)) == (day >= AQ_REDESIGN)
        assert on(CN, "published", day).startswith("First") == (day >= CN_PORTAL)
        assert on(SD, "ipryeok", day).startswith("기사입력") == (day >= SD_REDESIGN)
        assert ("às" in on(CG, "data", day)) == (day < CG_REDESIGN)
        assert on(SW, "dated", day)[0].isalpha() == (day >= SW_REDESIGN)
        assert (", ore " in on(CS, "data", day)) == (day >= CS_REDESIGN)
        assert ("min read" in on(GF, "dated", day)) == (day >= GF_REDESIGN)
        assert on(YL, "fabu", day).startswith("发布时间") == (day >= YL_REDESIGN)
        assert on(SS, "dateline", day).startswith("Москва") == (day < SS_REDESIGN)
        if day >= TL_REDESIGN:
            assert on(TL, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
        if day >= SW_REDESIGN:
            assert on(SW, "dated", day).endswith("BST" if eu_summer(day) else "GMT")
        assert on(BG, "dated", day).endswith("AEDT" if au_daylight(day) else "AEST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:6]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_countdowns_turn_every_day() -> None:
    assert changes(SW, "countdown", last=d(2020, 12, 31)) == set(every_day()) - {FIRST_DAY}
    for end, product in END_OF_SUPPORT:
        assert on(SW, "countdown", end - one).startswith(f"⏳ {product} leaves support in "
                                                          f"1 day ("), product
        assert "leaves support today" in on(SW, "countdown", end), product
    assert "Windows 7 and Server 2008 R2 leaves support in 365 days" in on(
        SW, "countdown", d(2019, 1, 14))
    assert "Flash Player is dead" in on(SW, "countdown", LAST_DAY)
    lgpd = changes(CG, "lgpd")
    assert {d(2018, 8, 15) + k * one for k in range((LGPD_SENATE - d(2018, 8, 15)).days)} <= lgpd
    assert lgpd - {d(2018, 8, 15) + k * one for k in range(
        (LGPD_SENATE - d(2018, 8, 15)).days)} == {LGPD_SENATE, LGPD_IN_FORCE}
    assert "Faltam 550 dias" in on(CG, "lgpd", d(2018, 8, 15))
    targets = found(CG, "lgpd", r"\((\d+ de \w+ de \d{4})\)")
    assert targets == {"16 de fevereiro de 2020", "16 de agosto de 2020", "3 de maio de 2021"}
    assert "em vigor desde" in on(CG, "lgpd", LAST_DAY)


def test_lines_that_turn_by_week_month_and_year() -> None:
    weekly = changes(SW, "poll")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    assert changes(SW, "patch-tuesday") == {
        d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {FIRST_DAY}
    rollout = changes(BG, "rollout")
    assert rollout == {patch_tuesday(y, m) + one for y in range(2015, 2021)
                       for m in range(1, 13)}
    webinar = changes(CG, "webinar")
    assert d(2017, 3, 1) in webinar
    for day in webinar - {d(2017, 3, 1)}:
        assert day - one == last_thursday((day - one).year, (day - one).month), day
    assert len(webinar) == 46  # March 2017 to November 2020 (December's turns in 2021)
    assert changes(CN, "pgp") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert changes(CS, "osservatorio") == {d(y, 3, 15) for y in range(2015, 2021)}
    assert changes(SD, "academy") == {d(y, m, 1) for y in range(2015, 2021) for m in (3, 9)}
    assert found(SD, "academy", r"제(\d+)기") == {str(n) for n in range(6, 19)}
    counts = {int(m[1]) for t in group_lines(SET, CS, "osservatorio")
              if (m := re.search(r": (\d+) attacchi", norm(t)))}
    assert counts and counts <= set(CS_OBSERVATORY.values())


def test_patch_now_banners_and_patch_tuesdays() -> None:
    emergencies = [(iso(first), iso(last), text) for first, last, text in TL_EMERGENCIES]
    for first, last, text in emergencies:
        assert on(TL, "alert", first) == text == on(TL, "alert", last)
        assert on(TL, "alert", last + one) != text or last == LAST_DAY
    covered = {first + k * one for first, last, _ in emergencies
               for k in range((last - first).days + 1)}
    roundups = 0
    for y in range(2015, 2021):
        for m in range(1, 13):
            pt = patch_tuesday(y, m)
            if pt not in covered:
                roundups += 1
                assert on(TL, "alert", pt).startswith(f"Patch Tuesday, {pt:%B} {y}:"), pt
            if pt - one not in covered:
                assert on(TL, "alert", pt - one) == f"Next Patch Tuesday: {pt:%B} {pt.day}"
    assert roundups >= 65
    assert "Patch now: BlueKeep" in on(TL, "alert", patch_tuesday(2019, 5))
    assert "SolarWinds" in on(TL, "alert", LAST_DAY)


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y, (first, last) in RSA_CONFERENCE.items():
        assert f"RSA Conference {y}" in on(TL, "newsletter", iso(first)), y
        assert f"RSA Conference {y}" in on(GF, "webinar", iso(first) - 14 * one), y
        assert f"RSA Conference {y}" in on(GF, "webinar", iso(last)), y
    for y, (first, last) in HACKER_SUMMER_CAMP.items():
        assert f"Black Hat and DEF CON {y}" in on(TL, "newsletter", iso(last)), y
        assert f"Black Hat USA {y}" in on(GF, "webinar", iso(first)), y
    for y in range(2015, 2021):
        assert f"Cybersecurity Awareness Month: our {y}" in on(TL, "newsletter", d(y, 10, 31))
        assert f"Ottobre {y}" in on(CS, "eventi", d(y, 10, 1)), y
        assert f"Safer Internet Day {y}" in on(CS, "eventi", iso(SAFER_INTERNET_DAY[y])), y
        assert f"{y}年国家网络安全宣传周" in on(AQ, "guanzhu", iso(SECURITY_WEEK[y][0])), y
        assert f"{y}年国家网络安全宣传周" in on(YL, "huodong", iso(SECURITY_WEEK[y][1])), y
        assert f"{y} 1024 白帽节" in on(YL, "huodong", d(y, 10, 24)), y
        assert f"제{y - 2011}회 정보보호의 날" in on(SD, "haengsa", infosec_day(y)), y
        assert f"Black Friday {y}" in on(CG, "alerta", thanksgiving(y) + one), y
        assert f"Imposto de Renda {y}" in on(CG, "alerta", iso(TAX_DEADLINES[y])), y
        assert f"SysAdmin Day {y}" in on(SW, "events", last_weekday(y, 7, 4)), y
        assert f"Change-freeze season {y}" in on(SW, "events", d(y, 12, 20)), y
        assert f"С Новым {y + 1} годом" in on(SS, "vebinar", d(y, 12, 31)), y
        assert f"С Новым {y + 1} годом" in on(SS, "vebinar", d(y + 1, 1, 8)), y
    for y, (first, _) in PHDAYS.items():
        assert f"Positive Hack Days {y}" in on(IB, "kanal", iso(first)), y
    for y, (first, _) in INFOSECURITY_EUROPE.items():
        assert f"Infosecurity Europe {y}" in on(SW, "events", iso(first)), y
    assert "The Standoff 2020" in on(IB, "kanal", d(2020, 11, 12))
    assert "WannaCry" in on(IB, "kanal", d(2017, 5, 15))
    assert "187-ФЗ" in on(IB, "kanal", d(2018, 1, 1))
    assert "Нерабочие дни" in on(IB, "kanal", d(2020, 4, 15))
    assert "网络安全法" in on(AQ, "guanzhu", d(2017, 6, 1))
    assert "等保2.0" in on(AQ, "guanzhu", d(2019, 12, 1))
    assert "密码法" in on(AQ, "guanzhu", d(2020, 1, 1))
    assert "远程办公" in on(AQ, "guanzhu", d(2020, 2, 15))
    assert "워너크라이" in on(SD, "haengsa", d(2017, 5, 15))
    assert "데이터 3법" in on(SD, "haengsa", d(2020, 8, 5))
    assert "coronavírus" in on(CG, "alerta", d(2020, 4, 1))
    assert "virtual roundtables" in on(SW, "events", d(2020, 6, 3))
    assert "#iorestoacasa" in on(CS, "eventi", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (TL, "byline", TL_REDESIGN, "Written by", "min read"),
        (TL, "newsletter", TL_NEWSLETTER, "in your inbox", "before 8 a.m."),
        (IB, "kanal", IB_TELEGRAM, "ВКонтакте", "Telegram"),
        (IB, "vozrast", IB_AGE_MARK, "16 лет", "18+"),
        (AQ, "zhuanzai", AQ_REPRINT, "转载请注明出处", "未经授权禁止转载"),
        (AQ, "beian", AQ_POLICE_FILING, "京ICP备", "京公网安备"),
        (CN, "cvss", CVSS_31, "v3.0", "v3.1"),
        (SD, "jeonjae", SD_REDESIGN, "<저작권자", "Copyright ©"),
        (CG, "autor", CG_REDESIGN, "Por {author}", "da redação"),
        (CG, "alerta", CG_TELEGRAM, "por e-mail", "Telegram"),
        (CS, "privacy", CS_REDESIGN, "196/2003", "2016/679"),
        (GF, "attack", ATTACK_SUBTECHNIQUES, "attack_old", "{attack_list}"),
        (BG, "breach", BG_NDB, "Suspect a data breach?", "OAIC"),
        (BG, "mitigation", BG_ESSENTIAL_EIGHT, "Top 4", "Essential Eight")))
    assert_groups_reworded(SET, (
        (TL, "dated", ", 20", " at "),
        (TL, "byline", "Written by ", " min read"),
        (IB, "data", ".", "МСК"),
        (CN, "cvss", "v3.0", "v3.1"),
        (GF, "attack", "T1193", ".001"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$25,000" in on(CN, "bounty", LAST_DAY) and "$5,000" in on(CN, "bounty", FIRST_DAY)
    assert "50000 元" in on(YL, "jiangli", d(2019, 10, 24))
    assert "более 40 млн" in on(SS, "o-kompanii", d(2020, 6, 1))
    assert "380 threat groups" in on(GF, "about", d(2020, 6, 1))
    bounties = {m[1] for t in group_lines(SET, CN, "bounty") if (m := re.search(
        r"up to (\$[\d,]+)", norm(t)))}
    assert len(bounties) >= 2
    keys = {m[1] for t in group_lines(SET, CN, "pgp") if (m := re.search(r"key (0x\w+)", t))}
    assert len(keys) >= 4 and keys <= {psirt_key(y) for y in range(2015, 2021)}


def test_cve_and_severity_lines() -> None:
    for style, family, year_at in ((TL, "cve", r"CVE-(\d{4})-\d{4,5}"),
                                   (AQ, "bianhao", r"CVE-(\d{4})-\d{4,5}"),
                                   (CN, "cve", r"CVE-(\d{4})-\d{4,5}"),
                                   (CS, "gravita", r"CVE-(\d{4})-\d{4,5}")):
        years = {m[1] for t in group_lines(SET, style, family) if (m := re.search(year_at, t))}
        assert len(years) >= 3, (style, family)
    severities = [norm(t) for t in group_lines(SET, TL, "severity")]
    assert severities and all(re.fullmatch(r"Severity: (Critical|High|Medium) \(CVSS "
                                            r"\d+\.\d\)", t) for t in severities)
    scores = [norm(t) for t in group_lines(SET, CN, "cvss")]
    assert any("v3.0" in t for t in scores) and any("v3.1" in t for t in scores)
    ids = set(group_lines(SET, CN, "advisory-id"))
    assert len(ids) >= 20


def test_several_languages_and_scripts() -> None:
    cyrillic, han, hangul = r"[\u0400-\u04ff]", r"[\u4e00-\u9fff]", r"[\uac00-\ud7a3]"
    assert_groups_in_script(SET, (
        (IB, "reklama", cyrillic), (IB, "perepechatka", cyrillic), (IB, "avtor", cyrillic),
        (AQ, "shengming", han), (AQ, "guanggao", han), (AQ, "riqi", r"[0-9]"),
        (SD, "gwanggo", hangul), (SD, "gija", hangul), (YL, "mianze", han),
        (YL, "zhixie", han), (SS, "smi", cyrillic), (SS, "o-kompanii", cyrillic),
        (CG, "direitos", r"[áéíóúçãõ]"), (CS, "aggiornate", r"[àèéìòù]")))
    assert any("星期" in t for t in group_lines(SET, AQ, "riqi"))
    assert any("(" in t for t in group_lines(SET, SD, "ipryeok"))
    assert any(t.endswith("AEDT") for t in group_lines(SET, BG, "dated"))
    assert any(t.endswith("AEST") for t in group_lines(SET, BG, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{TL}/dated", f"{TL}/byline", f"{TL}/related", f"{TL}/kicker",
                         f"{TL}/cve", f"{TL}/severity", f"{TL}/copyright", f"{IB}/data",
                         f"{IB}/chitayte", f"{IB}/avtor", f"{AQ}/riqi", f"{AQ}/bianji",
                         f"{CN}/advisory-id", f"{CN}/credit"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{TL}/tip", f"{TL}/about", f"{IB}/perepechatka", f"{AQ}/shengming",
        f"{CN}/disclaimer", f"{CN}/exploitation"))
    assert_carried_share(docs, TL, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("alert", 0.12, 0.4), ("newsletter", 0.15, 0.45)])
    assert_carried_share(docs, IB, [("data", 0.8, 0.98), ("reklama", 0.35, 0.7),
                                    ("bdu", 0.05, 0.3)])
    for fam in (f"{TL}/related", f"{TL}/advert", f"{IB}/reklama", f"{AQ}/yuedu"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((TL, "cve"), (TL, "severity"), (IB, "opasnost"),
                               (AQ, "bianhao"), (CN, "products"), (SD, "gwallyeon"),
                               (CG, "leia"), (SW, "sponsored"), (GF, "hash"), (YL, "chanpin"),
                               (SS, "produkt"), (BG, "manager")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (TL, "correction", 16), (TL, "update", 18), (IB, "ispravlenie"), (AQ, "gengzheng"),
        (CN, "amended"), (SD, "jeongjeong", 7), (CG, "errata"), (SW, "correction"),
        (CS, "rettifica"), (GF, "update"), (YL, "gengxin"), (SS, "ispravlenie"),
        (BG, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{TL}/related", "Related: "), (f"{IB}/chitayte", "Читайте также: "),
        (f"{AQ}/yuedu", "相关阅读："), (f"{SD}/gwallyeon", "[관련기사] "),
        (f"{CG}/leia", "Leia também: "), (f"{SW}/see-also", "See also: "),
        (f"{CS}/leggi", "Leggi anche: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (TL, "advert", "Advertisement"), (IB, "reklama", "Реклама"), (AQ, "guanggao", "广告"),
        (SD, "gwanggo", "광고"), (CG, "publicidade", "Publicidade"),
        (CS, "pubblicita", "Pubblicità"), (GF, "tlp", "TLP:WHITE"),
        (SS, "press", "Пресс-релиз"), (CN, "status", "Status: Final"),
        (BG, "bulletin", "Client bulletin")))
    assert_group_values_from_pool(SET, (
        (TL, "kicker", "kicker"), (IB, "rubrika", "rubrika"), (AQ, "lanmu", "lanmu"),
        (SD, "bunya", "bunya"), (CG, "editoria", "editoria"), (SW, "channel", "channel"),
        (CS, "categoria", "categoria"), (GF, "category", "category")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (TL, "advert", "Advertisement"),
        (IB, "reklama", "Реклама"),
        (CN, "workaround", "Workarounds: none. Customers should upgrade to a fixed release.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        TL: (["about", "copyright"], 2),
        IB: (["vozrast", "smi", "copyright"], 3),
        AQ: (["beian", "copyright"], 2),
        CN: (["disclaimer", "revision", "copyright"], 3),
        SD: (["jeonjae", "balhaeng"], 2),
        CG: (["direitos", "empresa"], 2),
        SW: (["contact", "company"], 2),
        CS: (["testata", "copyright"], 2),
        GF: (["about", "copyright"], 2),
        YL: (["mianze", "copyright"], 2),
        SS: (["o-kompanii", "smi"], 2),
        BG: (["service-desk", "unsubscribe", "copyright"], 2)})


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
    for domain, family in TURNING + BANNERS:
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
