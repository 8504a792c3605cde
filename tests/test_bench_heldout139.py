"""The held-back-139 template set (`tests.bench.heldout_templates_139`): its localised dates
(printed day by day in American AP style, British and Canadian English with the French beside
it, German, French, Polish, Korean, Ukrainian and Portuguese, several changing form on the day
of a redesign or a change of newswire), the lines that turn every day, week and month (the
Ukrainian front's situation report, release numbers, a base paper's Thursday edition, a
magazine's Wednesday issue, a veterans' post's next meeting), the calendars some notices
follow (the Army's birthday, Memorial and Veterans Days, defence shows, national armed-forces
days counted by year, the Armistice and its centenary, the Poppy Appeal, Brazil's enlistment
window, the pandemic), the budgets, pay, dues and head counts that change over the years,
the lines in several languages and scripts, photo credits with ranks, the "views expressed"
lines, the variation the set promises, its multi-line blocks and the hard negatives of its
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

from tests.bench.heldout_calendar import last_weekday, nth_weekday, ordinal
from tests.bench.heldout_templates_139 import (
    ADEX,
    AJ_CHANNEL,
    AJ_COPYRIGHT,
    AJ_KAKAO,
    AJ_REDESIGN,
    AUSA,
    BD_GDPR,
    BD_REDESIGN,
    BUDGET_ARMEES,
    BUDZET_MON,
    CD_STAFF,
    CD_WIRE,
    CR_DUES,
    CR_REDESIGN,
    DEFENCE_SHOWS,
    DF_REDESIGN,
    DF_TELEGRAM,
    EINZELPLAN_14,
    FD_LETTRE,
    FD_REDESIGN,
    FIRST_DAY,
    GUKBANG_YESAN,
    HS_APP,
    HS_CIRCULATION,
    HS_DISCLAIMER,
    HS_REDESIGN,
    KL_RATES,
    KL_REDESIGN,
    KONTRAKT,
    LAAD,
    LAST_DAY,
    LR_REDESIGN,
    MEMBERSHIP,
    MSC,
    MSPO,
    OV_CEASEFIRE,
    OV_GREETING,
    OV_JFO,
    OV_REDESIGN,
    OV_TELEGRAM,
    TAG_DER_BUNDESWEHR,
    TM_REDESIGN,
    TM_WOT,
    UK_BUDGET,
    WR_EPAPER,
    WR_REDESIGN,
    ap_date,
    bd_issue,
    business_days,
    cd_release,
    next_meeting,
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
    mostly,
    norm,
    per_doc,
    planted_docs,
    pool_in_order,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-139"
SITES = ("The Hollister Sentinel", "Bastion Defence Review", "Wehrtechnik-Report",
         "Le Fil Défense", "Tarcza i Miecz", "안보저널", "Оборонний вісник", "Defesa em Foco",
         "The Loamshire Regiment Association", "Cedar Ridge Veterans Post 212",
         "Calder Dynamics", "The Kestrel Lake Beacon")
HS, BD, WR, FD = ("hollistersentinel.com", "bastiondefence.com", "wehrtechnik-report.de",
                  "lefildefense.fr")
TM, AJ, OV, DF = ("tarczaimiecz.pl", "anbojournal.co.kr", "oboronvisnyk.com.ua",
                  "defesaemfoco.com.br")
LR, CR, CD, KL = ("loamshireregiment.org.uk", "cedarridgepost212.org", "calderdynamics.com",
                  "kestrellakebeacon.ca")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((HS, "dated"), (BD, "dated"), (WR, "datum"), (FD, "date"), (TM, "data"),
         (AJ, "ipryeok"), (OV, "data"), (DF, "data"), (LR, "dated"), (CR, "dated"),
         (CD, "dateline"), (KL, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((OV, "zvedennia"),)
# The notices that follow calendars.
BANNERS = ((HS, "notice"), (BD, "notice"), (WR, "hinweis"), (FD, "lettre"), (TM, "werbunek"),
           (AJ, "gongji"), (OV, "podii"), (DF, "aviso"), (LR, "notice"), (CR, "notice"),
           (CD, "events"), (KL, "notice"))
# Amounts in force from given days.
TABLES = ((HS, "circulation", HS_CIRCULATION), (BD, "budget", UK_BUDGET),
          (WR, "haushalt", EINZELPLAN_14), (FD, "budget", BUDGET_ARMEES),
          (TM, "budzet", BUDZET_MON), (AJ, "yesan", GUKBANG_YESAN), (OV, "kontrakt", KONTRAKT),
          (LR, "membership", MEMBERSHIP), (CR, "dues", CR_DUES), (CD, "about", CD_STAFF),
          (KL, "rates", KL_RATES))
# The lines that turn by week, month or working day.
TURNING = ((HS, "edition"), (BD, "issue"), (CR, "meeting"), (CD, "number"),
           (DF, "alistamento"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
YEARS_SEEN = range(2015, 2021)  # the years of the article dates
FIRST_WORDINGS = {
    HS: "Like Fort Hollister on Facebook for installation news and weather closures",
    BD: "Get the Bastion Daily Brief in your inbox every weekday morning",
    WR: "Der Wehrtechnik-Report erscheint zehnmal im Jahr – jetzt kostenloses Probeheft "
        "bestellen",
    FD: "Abonnez-vous gratuitement à notre lettre quotidienne",
    TM: "Chcesz zostać żołnierzem? Zapytaj w najbliższej WKU.",
    AJ: "안보저널 뉴스레터를 구독하시면 주요 기사를 이메일로 보내 드립니다",
    OV: "Приєднуйтеся до нашої сторінки у Facebook",
    DF: "Receba as notícias do Defesa em Foco pelo WhatsApp",
    LR: "Served with the Loamshires? Join the Association and keep in touch with old comrades.",
    CR: "Our canteen is open to members and their guests Wednesday through Sunday from 3 p.m.",
    CD: "Follow Calder Dynamics on LinkedIn and Twitter",
    KL: "Send your unit news and photos to the editor by Wednesday noon. / Envoyez vos "
        "nouvelles à la rédaction avant mercredi midi.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + TURNING + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 12), d(2018, 4, 30), d(2018, 11, 11),
        d(2019, 10, 1), d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert [ap_date(d(2019, m, 5)) for m in (1, 3, 6, 9)] == [
        "Jan. 5, 2019", "March 5, 2019", "June 5, 2019", "Sept. 5, 2019"]
    assert weekday_on_or_before(d(2020, 6, 19), 3) == d(2020, 6, 18)
    assert weekday_on_or_before(d(2020, 6, 18), 3) == d(2020, 6, 18)
    assert next_meeting(d(2020, 6, 9)) == d(2020, 6, 9)
    assert next_meeting(d(2020, 6, 10)) == d(2020, 7, 14)
    assert next_meeting(d(2019, 12, 11)) == d(2020, 1, 14)
    assert business_days(d(2020, 1, 1)) == 1 and business_days(d(2020, 1, 5)) == 3
    assert business_days(d(2019, 12, 31)) == 261
    assert bd_issue(d(2020, 6, 19))[1] == d(2020, 6, 17)
    assert bd_issue(d(2020, 6, 24))[0] == bd_issue(d(2020, 6, 23))[0] + 1
    assert cd_release(d(2019, 1, 1)) == "19-001" and cd_release(d(2019, 12, 31)) == "19-131"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HS, "dated", old, "Posted: March 5, 2016")
    full(HS, "dated", d(2016, 9, 5), r"Posted: Sept\. 5, 2016")
    full(HS, "dated", new, r"Friday, June 19, 2020 \| \d{1,2}:\d\d [AP]M")
    full(HS, "edition", new, "From the print edition of Thursday, June 18, 2020: free at the "
                             "PX, the commissary and the libraries")
    full(BD, "dated", old, "5 March 2016")
    full(BD, "dated", new, rf"Updated 19 Jun 2020, {clock}")
    full(BD, "issue", new, rf"In print: Issue {bd_issue(new)[0]:,}, 17 June 2020")
    full(WR, "datum", old, r"05\.03\.2016")
    full(WR, "datum", new, r"Freitag, 19\. Juni 2020")
    full(FD, "date", old, "5 mars 2016")
    full(FD, "date", new, rf"Publié le ven\. 19 juin 2020 à {clock}")
    full(TM, "data", old, rf"05\.03\.2016, {clock}")
    full(TM, "data", new, rf"Opublikowano: piątek, 19 czerwca 2020 r\., godz\. {clock}")
    full(AJ, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(AJ, "ipryeok", new, rf"기사입력 2020년 6월 19일\(금\) {clock}")
    full(OV, "data", old, rf"05\.03\.2016 \| {clock}")
    full(OV, "data", new, "19 червня 2020, п’ятниця")
    full(OV, "zvedennia", old, r"Ситуація в зоні АТО станом на 05\.03\.2016")
    full(OV, "zvedennia", new, r"Ситуація в районі ООС станом на 19\.06\.2020")
    full(OV, "zvedennia", d(2020, 8, 1), r"Ситуація в районі ООС станом на 01\.08\.2020: діє "
                                         r"режим припинення вогню")
    full(DF, "data", old, rf"05/03/2016 às {clock}")
    full(DF, "data", new, "sexta-feira, 19 de junho de 2020")
    full(LR, "dated", old, "Posted on 5 March 2016")
    full(LR, "dated", new, "19th June 2020")
    full(CR, "dated", old, "March 5, 2016")
    full(CR, "dated", new, "Posted 6/19/2020")
    full(CR, "meeting", new, "Next post meeting: Tuesday, July 14, 7 p.m., at the post home")
    full(CD, "dateline", old, "HUNTSVILLE, Ala., March 5, 2016 /PRNewswire/ --")
    full(CD, "dateline", new, r"HUNTSVILLE, Ala\.--\(BUSINESS WIRE\)--June 19, 2020--")
    full(CD, "number", new, f"Release No. {cd_release(new)}")
    full(KL, "dated", old, "March 5, 2016")
    full(KL, "dated", new, "June 19, 2020 / le 19 juin 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The situation report names the day: it turns every day.
    assert len(changes(OV, "zvedennia")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(HS, "dated", day).startswith("Posted") == (day < HS_REDESIGN)
        assert on(BD, "dated", day).startswith("Updated") == (day >= BD_REDESIGN)
        assert ("," in on(WR, "datum", day)) == (day >= WR_REDESIGN)
        assert on(FD, "date", day).startswith("Publié") == (day >= FD_REDESIGN)
        assert on(TM, "data", day).startswith("Opublikowano") == (day >= TM_REDESIGN)
        assert on(AJ, "ipryeok", day).startswith("기사입력") == (day >= AJ_REDESIGN)
        assert ("|" in on(OV, "data", day)) == (day < OV_REDESIGN)
        assert ("às" in on(DF, "data", day)) == (day < DF_REDESIGN)
        assert on(LR, "dated", day).startswith("Posted") == (day < LR_REDESIGN)
        assert on(CR, "dated", day).startswith("Posted") == (day >= CR_REDESIGN)
        assert ("PRNewswire" in on(CD, "dateline", day)) == (day < CD_WIRE)
        assert (" / le " in on(KL, "dated", day)) == (day >= KL_REDESIGN)
        assert ("АТО" in on(OV, "zvedennia", day)) == (day < OV_JFO)
        assert ("припинення" in on(OV, "zvedennia", day)) == (day >= OV_CEASEFIRE)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_month_and_working_day() -> None:
    thursdays = changes(HS, "edition")
    assert len(thursdays) >= 300 and all(day.weekday() == 3 for day in thursdays)
    wednesdays = changes(BD, "issue")
    assert len(wednesdays) >= 300 and all(day.weekday() == 2 for day in wednesdays)
    issues = sorted(int(m[1].replace(",", "")) for t in group_lines(SET, BD, "issue")
                    if (m := re.search(r"Issue ([\d,]+),", norm(t))))
    assert issues and bd_issue(d(2015, 1, 1))[0] <= issues[0] <= issues[-1] <= bd_issue(
        d(2020, 12, 31))[0]
    meetings = changes(CR, "meeting")
    assert len(meetings) >= 70
    assert all(day.weekday() == 2 and 9 <= day.day <= 15 for day in meetings)
    releases = changes(CD, "number")
    assert all(day.weekday() < 5 or (day.month, day.day) == (1, 1) for day in releases)
    for y in YEARS_SEEN:
        in_year = [day for day in releases if day.year == y]
        assert 125 <= len(in_year) <= 135, y
        assert f"Release No. {y % 100:02d}-001" == on(CD, "number", d(y, 1, 1))
    numbers = {norm(t) for t in group_lines(SET, CD, "number")}
    assert len(numbers) >= 5



def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in YEARS_SEEN:
        memorial = last_weekday(y, 5, 0)
        if y < 2020:  # the pandemic's notices win in 2020's spring
            assert f"Happy {ordinal(y - 1775)} birthday, U.S. Army" in on(HS, "notice",
                                                                          d(y, 6, 14))
            assert f"Memorial Day {y}" in on(HS, "notice", memorial)
            assert f"Memorial Day {y}" in on(CR, "notice", memorial)
            assert f"Flag Day {y}" in on(CR, "notice", d(y, 6, 14))
            assert f"Battle of the Atlantic Sunday {y}" in on(KL, "notice",
                                                              nth_weekday(y, 5, 6, 1))
        assert f"Veterans Day {y}" in on(HS, "notice", d(y, 11, 11))
        assert f"Veterans Day {y}" in on(CR, "notice", d(y, 11, 11))
        assert f"{ordinal(y - 1941)} anniversary" in on(CR, "notice", d(y, 12, 7))
        assert f"Remembrance Day {y}" in on(KL, "notice", d(y, 11, 11))
        assert f"Battle of Britain ceremony {y}" in on(KL, "notice", nth_weekday(y, 9, 6, 3))
        assert f"건군 {y - 1948}주년 국군의 날" in on(AJ, "gongji", d(y, 10, 1))
        assert f"제{y - 1955}회 현충일" in on(AJ, "gongji", d(y, 6, 6))
        assert f"6·25전쟁 {y - 1950}주년" in on(AJ, "gongji", d(y, 6, 25))
        assert f"День захисника України {y}" in on(OV, "podii", d(y, 10, 14))
        assert f"{y - 1991}-та річниця Збройних Сил" in on(OV, "podii", d(y, 12, 6))
        assert f"День Незалежності {y}" in on(OV, "podii", d(y, 8, 24))
        afd = last_weekday(y, 6, 5)
        if y != 2016:  # the Somme's centenary wins in 2016
            assert f"Armed Forces Day {y}: march with the Association on Saturday " \
                   f"{afd.day} June" in on(LR, "notice", afd)
        if y != 2018:  # the centenaries and the intervention win in 2018
            assert f"Poppy Appeal {y}" in on(LR, "notice", d(y, 11, 11))
            assert f"Poppy Appeal {y}" in on(LR, "notice", d(y, 10, 24))
            assert f"11 novembre {y}" in on(FD, "lettre", d(y, 11, 11))
            assert f"Narodowe Święto Niepodległości {y}" in on(TM, "werbunek", d(y, 11, 11))
            assert f"Święto Wojska Polskiego {y}" in on(TM, "werbunek", d(y, 8, 15))
            assert f"Dia do Soldado {y}" in on(DF, "aviso", d(y, 8, 25))
        if y < 2020:
            assert f"Défilé du 14 juillet {y}" in on(FD, "lettre", d(y, 7, 14))
    assert "Armistice 100" in on(LR, "notice", d(2018, 11, 11))
    assert "Centenaire de l'Armistice" in on(FD, "lettre", d(2018, 11, 11))
    assert "100. rocznica" in on(TM, "werbunek", d(2018, 11, 11))
    assert "Wielka Defilada" in on(TM, "werbunek", d(2018, 8, 15))
    assert "Intervenção federal" in on(DF, "aviso", d(2018, 8, 25))
    assert "sans défilé" in on(FD, "lettre", d(2020, 7, 14))
    assert "lapse in appropriations" in on(HS, "notice", d(2018, 1, 21))
    assert "COVID-19" in on(HS, "notice", d(2020, 6, 14))
    assert "Somme 100" in on(LR, "notice", d(2016, 7, 1))
    assert "D-Day 75" in on(LR, "notice", d(2019, 6, 6))
    assert "VE Day 75" in on(LR, "notice", d(2020, 5, 8))
    assert "suspended" in on(LR, "notice", d(2020, 4, 1))
    for first, last, name in DEFENCE_SHOWS:
        assert name in on(BD, "notice", iso(first)) and name in on(BD, "notice", iso(last))
    assert "SDSR 2015" in on(BD, "notice", d(2015, 11, 23))
    assert "Coronavirus and defence" in on(BD, "notice", d(2020, 4, 1))
    for first, last in MSC:
        assert f"Sicherheitskonferenz {first[:4]}" in on(WR, "hinweis", iso(last))
    assert found(WR, "hinweis", r"Tag der Bundeswehr (\d{4})") == {
        str(y) for y in TAG_DER_BUNDESWEHR}
    assert "60 Jahre Bundeswehr" in on(WR, "hinweis", d(2015, 11, 12))
    assert "Weißbuch" in on(WR, "hinweis", d(2016, 7, 15))
    assert "Eurosatory 2018" in on(FD, "lettre", d(2018, 6, 12))
    assert "Sentinelle" in on(FD, "lettre", d(2015, 1, 20))
    assert "Résilience" in on(FD, "lettre", d(2020, 4, 1))
    for first, last in MSPO:
        assert f"MSPO {first[:4]}" in on(TM, "werbunek", iso(first))
        assert f"MSPO {first[:4]}" in on(TM, "werbunek", iso(last))
    assert "Anakonda-16" in on(TM, "werbunek", d(2016, 6, 10))
    assert "Szczyt NATO" in on(TM, "werbunek", d(2016, 7, 8))
    assert "Odporna" in on(TM, "werbunek", d(2020, 4, 1))
    for first, _ in ADEX:
        assert f"서울 ADEX {first[:4]}" in on(AJ, "gongji", iso(first))
    assert "남북정상회담" in on(AJ, "gongji", d(2018, 4, 27))
    assert "코로나19" in on(AJ, "gongji", d(2020, 3, 1))
    assert "Операція об’єднаних сил" in on(OV, "podii", d(2018, 5, 1))
    assert "Карантин" in on(OV, "podii", d(2020, 4, 1))
    for first, last in LAAD:
        assert f"LAAD {first[:4]}" in on(DF, "aviso", iso(last))
    assert found(DF, "aviso", r"Dia do Exército Brasileiro (\d{4})") == {
        "2015", "2016", "2017", "2019"}
    assert "Operação Covid-19" in on(DF, "aviso", d(2020, 4, 19))
    for first, _ in AUSA:
        assert f"AUSA {first[:4]}" in on(CD, "events", iso(first))
    assert "virtual" in on(CD, "events", d(2020, 10, 13))
    assert found(CD, "events", r"the (\d{4}) Space Symposium") == {str(y) for y in range(2015,
                                                                                        2020)}
    assert "Canada 150" in on(KL, "notice", d(2017, 7, 1))
    assert "essential" in on(KL, "notice", d(2020, 5, 3))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HS, "byline", HS_REDESIGN, "By {author}", "Story by"),
        (HS, "disclaimer", HS_DISCLAIMER, "Civilian Enterprise", "unofficial"),
        (HS, "notice", HS_APP, "Facebook", "app"),
        (BD, "byline", BD_REDESIGN, "By {author}", "{author_beat}"),
        (BD, "premium", BD_REDESIGN, "subscribers only", "Bastion Pro"),
        (BD, "notice", BD_GDPR[0], "inbox", "confirm"),
        (BD, "notice", BD_GDPR[1], "confirm", "6am"),
        (WR, "hinweis", WR_EPAPER, "Probeheft", "E-Paper"),
        (FD, "lettre", FD_LETTRE, "notre lettre quotidienne", "7 h"),
        (TM, "werbunek", TM_WOT, "WKU.", "Obrony Terytorialnej"),
        (AJ, "gongji", AJ_KAKAO, "뉴스레터", "플러스친구"),
        (AJ, "gongji", AJ_CHANNEL, "플러스친구", "카카오톡 채널"),
        (AJ, "jeonjae", AJ_COPYRIGHT, "ⓒ", "저작권자"),
        (OV, "gaslo", OV_GREETING, "перемоги", "Слава Україні"),
        (OV, "podii", OV_TELEGRAM, "Facebook", "Telegram"),
        (OV, "zvedennia", OV_JFO, "АТО", "ООС")))
    # The Brazilian appeal changed during the federal intervention's long notice.
    assert "WhatsApp" in on(DF, "aviso", d(2018, 2, 15))
    assert "Telegram" in on(DF, "aviso", d(2019, 1, 2)) and DF_TELEGRAM < d(2019, 1, 2)
    assert_groups_reworded(SET, (
        (HS, "dated", "Posted: ", " | "),
        (HS, "byline", "By ", "Story by "),
        (BD, "dated", " 20", "Updated "),
        (WR, "datum", ".", ", "),
        (OV, "zvedennia", "АТО", "ООС"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£41.5bn" in on(BD, "budget", d(2020, 4, 1))
    assert "45,65" in on(WR, "haushalt", d(2020, 6, 1))
    assert "50조" in on(AJ, "yesan", d(2020, 6, 1))
    assert "2021 dues: $40" in on(CR, "dues", d(2020, 12, 1))
    windows = {d(y, 1, 2) for y in YEARS_SEEN} | {d(y, 7, 1) for y in range(2015, 2020)} | {
        d(2020, 10, 1)}
    assert changes(DF, "alistamento") == windows
    for y in YEARS_SEEN:
        assert f"nascidos em {y - 18}" in on(DF, "alistamento", d(y, 3, 1))
        assert "terminou" in on(DF, "alistamento", d(y, 11, 1))
    assert "30 de setembro" in on(DF, "alistamento", d(2020, 8, 1))
    assert "terminou" in on(DF, "alistamento", d(2019, 8, 1))


def test_several_languages_and_scripts() -> None:
    hangul, cyrillic = r"[\uac00-\ud7a3]", r"[\u0400-\u04ff]"
    assert_groups_in_script(SET, (
        (AJ, "ipryeok", hangul), (AJ, "jeonjae", hangul), (AJ, "gongji", hangul),
        (AJ, "gwanggo", hangul), (OV, "zvedennia", cyrillic), (OV, "dumka", cyrillic),
        (OV, "posylannia", cyrillic), (OV, "foto", cyrillic),
        (TM, "opinie", r"[ąćęłńóśźż]"), (WR, "meinung", r"[äöüß]"),
        (FD, "reproduction", r"[éèàùê]"), (DF, "opinioes", r"[ãçéáõ]"),
        (KL, "avis", r"[éè]")))
    assert any(re.search(cyrillic, t) for t in group_lines(SET, OV, "data"))
    assert any(re.fullmatch(r"[\d.]+ \| \d\d:\d\d", t) for t in group_lines(SET, OV, "data"))
    assert any(" / le " in t for t in group_lines(SET, KL, "dated"))


def test_photo_credits_carry_ranks() -> None:
    def ranks(domain: str, name: str) -> str:
        return "|".join(re.escape(r) for r in pool_in_order(SET, domain, name))

    mostly(group_lines(SET, HS, "photo"), rf"^\(U\.S\. Army photo by ({ranks(HS, 'rank')}) ",
           0.85)
    mostly(group_lines(SET, WR, "foto"), rf"^Foto: Bundeswehr/({ranks(WR, 'dienstgrad')}) ",
           0.85)
    mostly(group_lines(SET, TM, "foto"), rf"^Fot\. ({ranks(TM, 'stopien')}) ", 0.85)
    mostly(group_lines(SET, OV, "foto"), rf"^Фото: ({ranks(OV, 'zvannia')}) ", 0.85)
    mostly(group_lines(SET, DF, "foto"), rf"^Foto: ({ranks(DF, 'posto')}) ", 0.85)
    mostly(group_lines(SET, LR, "photo"), rf"^Photo courtesy of ({ranks(LR, 'rank_uk')}) "
                                          r"\(retd\) ", 0.85)
    mostly(group_lines(SET, KL, "photo"), rf"^Photo: ({ranks(KL, 'rank_ca')}) ", 0.85)
    mostly(group_lines(SET, HS, "byline"), r"^By |^Story by .+ Public Affairs$", 0.85)
    clearances = [norm(t) for t in group_lines(SET, CD, "clearance")]
    assert clearances and len(set(clearances)) >= 0.8 * len(clearances)
    mostly(clearances, r"case no\. \d{6}\.$", 0.9)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HS}/dated", f"{HS}/byline", f"{HS}/related", f"{HS}/kicker",
                         f"{HS}/photo", f"{HS}/edition", f"{BD}/dated", f"{BD}/byline",
                         f"{BD}/contract", f"{WR}/datum", f"{WR}/foto", f"{FD}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HS}/advertising", f"{HS}/publisher", f"{HS}/disclaimer", f"{BD}/copyright",
        f"{BD}/views", f"{WR}/meinung"))
    assert_carried_share(docs, HS, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.75), ("photo", 0.5, 0.8),
        ("correction", 0.0, 0.1), ("edition", 0.06, 0.3), ("recruit", 0.0, 0.15),
        ("disclaimer", 0.3, 0.6)])
    assert_carried_share(docs, BD, [("dated", 0.8, 0.98), ("advert", 0.35, 0.7),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{HS}/related", f"{HS}/photo", f"{BD}/related", f"{BD}/advert",
                f"{WR}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HS, "dateline"), (BD, "contract"), (WR, "foto"),
                               (FD, "credit"), (TM, "foto"), (AJ, "sajin"), (DF, "foto"),
                               (LR, "photo"), (CR, "photo"), (CD, "program"), (KL, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HS, "correction", 16), (BD, "correction"), (WR, "korrektur"), (FD, "erratum"),
        (TM, "sprostowanie"), (AJ, "bareul"), (OV, "vypravlennia"), (DF, "errata"),
        (LR, "update"), (CR, "correction"), (CD, "correction"), (KL, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HS}/related", "Related: "), (f"{BD}/related", "Related coverage: "),
        (f"{WR}/mehr", "Mehr zum Thema: "), (f"{FD}/sujet", "Sur le même sujet : ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BD, "advert", "ADVERTISEMENT"), (WR, "anzeige", "Anzeige"),
        (FD, "publicite", "PUBLICITÉ"), (TM, "reklama", "REKLAMA"), (AJ, "gwanggo", "광고"),
        (DF, "publicidade", "Publicidade"), (CD, "ends", "###"),
        (HS, "dateline", "FORT HOLLISTER, Texas —"), (LR, "remember", "We will remember them.")))
    assert_group_values_from_pool(SET, (
        (HS, "kicker", "kicker"), (BD, "sector", "sector"), (WR, "rubrik", "rubrik"),
        (FD, "rubrique", "rubrique"), (TM, "kategoria", "kategoria"), (AJ, "bunya", "bunya"),
        (OV, "rubryka", "rubryka"), (DF, "editoria", "editoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HS, "dateline", "FORT HOLLISTER, Texas —"),
        (BD, "advert", "ADVERTISEMENT"),
        (WR, "meinung", "Namentlich gekennzeichnete Beiträge geben nicht zwingend die Meinung "
                        "der Redaktion wieder.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HS: (["disclaimer", "advertising", "publisher", "circulation"], 3),
        BD: (["views", "copyright"], 2),
        WR: (["impressum", "copyright"], 2),
        FD: (["reproduction", "copyright"], 2),
        AJ: (["jebo", "jeonjae"], 2),
        OV: (["posylannia", "copyright"], 2),
        LR: (["welfare", "views", "charity"], 2),
        CR: (["tax", "address"], 2),
        CD: (["ends", "about", "forward", "media"], 3),
        KL: (["opinions", "avis", "published"], 2)})


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
