"""The held-back-219 template set (`tests.bench.heldout_templates_219`): its localised dates
(printed day by day in English, German, Italian, Chinese with the Minguo year turned the
Gregorian one, Brazilian and European Portuguese, and Hebrew, several changing form on the day
of a redesign), the embargo lines worded for the day and for the week's journal day (with
summer and winter time), the press-release numbers counting up through each year, the
notices that follow the academic calendars (open days, Clearing, UCAS, graduations,
Girls'Day, application deadlines, the medical admissions test, 5 per mille, gaokao,
anniversaries counted by year, Enem and Sisu, the 2015 strike, Pesach and Rosh Hashana, Giving
Tuesday, the access competition, the Researchers' Night, Venice's flood, O-Week, Cyclone
Debbie, the pandemic), the fees, rankings and staff numbers that change over the years, the
funding lines reworded, the lines in several languages and scripts, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import thanksgiving
from tests.bench.heldout_templates_219 import (
    ACESSO,
    ACQUA_ALTA,
    CC_REDESIGN,
    CC_RESPECT,
    CO_FUNDING,
    CO_REDESIGN,
    CO_STAFF,
    CV_MUR,
    CV_REDESIGN,
    DICHIARAZIONE,
    ENEM,
    ENEM_FEES,
    FIRST_DAY,
    FM_GENDER,
    FM_OPEN_DAYS,
    FM_STAFF,
    GIRLS_DAY,
    HEBREW_YEARS,
    HF_BARRIEREFREI,
    HF_DSGVO,
    HF_EXZELLENZ,
    HF_REDESIGN,
    IR_REDESIGN,
    LAST_DAY,
    MEDICINA,
    MESES,
    NH_FEES,
    NH_FOUNDED,
    NH_GONGAN,
    NH_REDESIGN,
    NO_TAX_AREA,
    PESACH,
    PROPINAS,
    QS_RANKS,
    RESULTS_DAYS,
    ROSH_HASHANA,
    SEMESTERBEITRAG,
    SH_REDESIGN,
    SH_TUITION,
    SISU,
    STUDENT_CONTRIBUTION,
    UK_FEES,
    VI_REDESIGN,
    VS_FCT_CODES,
    VS_REDESIGN,
    WX_PRESS,
    WX_REDESIGN,
    WX_UKRI,
    XK_FOUNDED,
    XK_REDESIGN,
    academic_year,
    cc_open_day,
    hochschulinfotag,
    minguo,
    on_or_after,
    release_number,
    researchers_night,
    summer_time,
    us_daylight,
    wx_graduation,
    wx_open_days,
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

SET = "held-back-219"
SITES = ("University of Wrexford", "Universität Hohenfels",
         "Università degli Studi di Castelvecchio", "南湖大学",
         "Universidade Federal do Vale do Itapoã", "אוניברסיטת השרון",
         "Cascade Institute for Ocean Science", "Universidade do Vale do Sado",
         "Istituto di Ricerca sulle Acque Lagunari", "國立溪口大學", "Coral Coast University",
         "Forschungszentrum Moorland")
WX, HF, CV, NH = ("wrexford.ac.uk", "uni-hohenfels.de", "unicastelvecchio.it", "nanhu.edu.cn")
VI, SH, CO, VS = ("ufvi.br", "usharon.ac.il", "cascadeocean.org", "uvsado.pt")
IR, XK, CC, FM = ("iral.it", "xikou.edu.tw", "coralcoast.edu.au", "fz-moorland.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WX, "dated"), (HF, "datum"), (CV, "data"), (NH, "shijian"), (VI, "publicado"),
         (SH, "taarich"), (CO, "dateline"), (VS, "data"), (IR, "data"), (XK, "riqi"),
         (CC, "dated"), (FM, "datum"))
# The embargo lines worded for the day they are printed on.
EVERY_DAY = ((WX, "embargo"), (HF, "sperrfrist"), (SH, "embargo"))
# The embargo lines worded for the week's journal day: (style, family, the day they turn).
WEEKLY = ((CO, "embargo", 4), (IR, "embargo", 3), (FM, "sperrfrist", 3))
# The notices that follow calendars.
BANNERS = ((WX, "study"), (HF, "hinweis"), (CV, "avviso"), (NH, "tongzhi"), (VI, "aviso"),
           (SH, "moed"), (CO, "give"), (VS, "candidaturas"), (IR, "notte"), (XK, "gonggao"),
           (CC, "events"), (FM, "hinweis"))
# Amounts in force from given days.
TABLES = ((WX, "fees", UK_FEES), (WX, "notes", QS_RANKS), (HF, "beitrag", SEMESTERBEITRAG),
          (CV, "tasse", NO_TAX_AREA), (NH, "xuefei", NH_FEES), (VI, "inscricao", ENEM_FEES),
          (SH, "schar", SH_TUITION), (CO, "about", CO_STAFF), (VS, "propinas", PROPINAS),
          (CC, "contribution", STUDENT_CONTRIBUTION), (FM, "ueber", FM_STAFF))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WX: "Find out more about studying with us: wrexford.ac.uk/study",
    HF: "Neuigkeiten aus der Universität Hohenfels: jetzt den Newsletter abonnieren",
    CV: "Segui l'Ateneo su Facebook, Twitter e YouTube",
    NH: "欢迎关注南湖大学官方微信公众号",
    VI: "Acompanhe a UFVI nas redes sociais",
    SH: "הירשמו לניוזלטר של אוניברסיטת השרון",
    CO: "Support ocean science: cascadeocean.org/give",
    VS: "Siga a Universidade do Vale do Sado no Facebook e no Instagram",
    IR: "Iscriviti alla newsletter dell'IRAL",
    XK: "歡迎按讚追蹤國立溪口大學 Facebook 粉絲專頁",
    CC: "Keep up with Coral Coast University on Facebook and Instagram",
    FM: "Folgen Sie uns auf Twitter: @fzmoorland",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (HF, "nummer"), (XK, "xuezafei")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 10, 2), d(2018, 9, 24), d(2019, 11, 14),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert on_or_after(d(2019, 6, 20), 3) == d(2019, 6, 20)
    assert on_or_after(d(2019, 6, 21), 3) == d(2019, 6, 27)
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert not us_daylight(d(2019, 11, 3)) and us_daylight(d(2019, 11, 2))
    assert academic_year(d(2018, 7, 31), 8) == 2017 and academic_year(d(2018, 8, 1), 8) == 2018
    assert minguo(2018) == 107
    assert release_number(d(2019, 1, 1)) == 1 and 225 <= release_number(d(2019, 12, 31)) <= 231
    assert wx_open_days(2019) == (d(2019, 6, 28), d(2019, 6, 29), d(2019, 9, 14))
    assert wx_graduation(2018) == d(2018, 7, 9)
    assert hochschulinfotag(2018) == d(2018, 11, 14)
    assert researchers_night(2019) == d(2019, 9, 27) and researchers_night(2020).month == 11
    assert cc_open_day(2017) == d(2017, 8, 13)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WX, "dated", old, "Posted on 5 March 2016")
    full(WX, "dated", new, r"Friday 19 June 2020 · \d+ min read")
    full(WX, "embargo", new, "EMBARGOED UNTIL 00:01 BST ON FRIDAY 19 JUNE 2020")
    full(WX, "embargo", winter, "EMBARGOED UNTIL 00:01 GMT ON MONDAY 7 DECEMBER 2020")
    full(HF, "nummer", old, rf"Pressemitteilung Nr\. {release_number(old)}/2016")
    full(HF, "datum", old, r"05\.03\.2016")
    full(HF, "datum", new, r"Veröffentlicht am 19\. Juni 2020 \| Lesezeit: \d+ Min\.")
    full(HF, "sperrfrist", new, r"SPERRFRIST: Freitag, 19\.06\.2020, 15:00 Uhr")
    full(CV, "data", old, "05/03/2016")
    full(CV, "data", new, "Pubblicato il venerdì 19 giugno 2020")
    full(NH, "shijian", old, "发布时间：2016-03-05")
    full(NH, "shijian", new, rf"2020年06月19日 星期五 {clock}")
    full(VI, "publicado", old, rf"Publicado: Sábado, 05 de Março de 2016, {clock}")
    full(VI, "publicado", new, rf"Publicado em 19/06/2020 às {clock}")
    full(SH, "taarich", old, "05/03/2016")
    full(SH, "taarich", new, "יום שישי, 19 ביוני 2020")
    full(SH, "embargo", new, "אמברגו: לא לפרסום לפני יום שישי, 19.06.2020, בשעה 18:00")
    full(CO, "dateline", old, "SEATTLE, Wash. — March 5, 2016 —")
    full(CO, "dateline", new, r"SEATTLE \(June 19, 2020\) —")
    full(CO, "embargo", new, "EMBARGOED until Thursday, June 25, 2020, 2 p.m. EDT")
    full(CO, "embargo", winter, "EMBARGOED until Thursday, December 10, 2020, 2 p.m. EST")
    full(VS, "data", old, "05 Março 2016")
    full(VS, "data", new, "19 de junho de 2020")
    full(IR, "data", old, "Venezia, 5 marzo 2016")
    full(IR, "data", new, "Venezia, venerdì 19 giugno 2020")
    full(IR, "embargo", new, r"Sotto embargo fino alle ore 17:00 \(ora italiana\) di "
                             r"mercoledì 24 giugno 2020")
    full(XK, "riqi", old, "發布日期：105-03-05")
    full(XK, "riqi", new, "更新日期：2020/06/19")
    full(CC, "dated", old, "5 March 2016")
    full(CC, "dated", new, "Published Friday 19 June 2020")
    full(FM, "datum", new, r"Husum, 19\.06\.2020")
    full(FM, "sperrfrist", new, "Sperrfrist: Mittwoch, 24. Juni 2020, 17:00 Uhr MESZ")
    full(FM, "sperrfrist", winter, "Sperrfrist: Mittwoch, 9. Dezember 2020, 17:00 Uhr MEZ")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WX, "dated", day).startswith("Posted on") == (day < WX_REDESIGN)
        assert on(WX, "embargo", day).startswith(
            "EMBARGOED UNTIL 00:01 " + ("BST" if summer_time(day) else "GMT"))
        assert on(HF, "datum", day).startswith("Veröffentlicht") == (day >= HF_REDESIGN)
        assert on(CV, "data", day).startswith("Pubblicato") == (day >= CV_REDESIGN)
        assert on(NH, "shijian", day).startswith("发布时间") == (day < NH_REDESIGN)
        assert on(VI, "publicado", day).startswith("Publicado em") == (day >= VI_REDESIGN)
        assert on(SH, "taarich", day).startswith("יום") == (day >= SH_REDESIGN)
        assert on(CO, "dateline", day).startswith("SEATTLE, Wash.") == (day < CO_REDESIGN)
        assert (" de " in on(VS, "data", day)) == (day >= VS_REDESIGN)
        assert ("ì " in on(IR, "data", day) or "sabato" in on(IR, "data", day)
                or "domenica" in on(IR, "data", day)) == (day >= IR_REDESIGN)
        riqi = on(XK, "riqi", day)
        assert riqi.startswith("發布日期") == (day < XK_REDESIGN)
        assert (f"{minguo(day.year)}-" in riqi) == (day < XK_REDESIGN)
        assert on(CC, "dated", day).startswith("Published") == (day >= CC_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_embargo_lines_turn_each_week() -> None:
    for domain, family, turn in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == turn for day in weekly), domain
    for day in every_day()[::5]:
        thursday = on_or_after(day, 3)
        assert f"{thursday:%B} {thursday.day}, {thursday.year}" in on(CO, "embargo", day)
        assert on(CO, "embargo", day).endswith("EDT" if us_daylight(thursday) else "EST")
        wednesday = on_or_after(day, 2)
        assert on(FM, "sperrfrist", day).endswith("MESZ" if summer_time(wednesday) else " MEZ")
        assert f"mercoledì {wednesday.day} " in on(IR, "embargo", day)


def test_press_release_numbers_count_up_through_each_year() -> None:
    numbers = {day: int(re.search(r"Nr\. (\d+)/", on(HF, "nummer", day))[1])
               for day in every_day()}
    for day, number in numbers.items():
        assert on(HF, "nummer", day).endswith(f"/{day.year}")
        if day.month == 1 and day.day == 1:
            assert number == 1
        elif day > FIRST_DAY:
            assert number - numbers[day - one] in (0, 1), day
    assert max(numbers.values()) >= 225
    assert 0.5 * len(every_day()) < len(changes(HF, "nummer")) < 0.75 * len(every_day())


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        friday, saturday, autumn = wx_open_days(y)
        assert f"Open days {friday.day} and {saturday.day} June {y}" in on(WX, "study", friday)
        assert f"Saturday {autumn.day} September {y}" in on(WX, "study", autumn)
        assert f"Clearing {y}" in on(WX, "study", iso(RESULTS_DAYS[y]) + 3 * one)
        assert f"UCAS deadline 15 January {y}" in on(WX, "study", d(y, 1, 10))
        assert f"Hochschulinformationstag am {hochschulinfotag(y).day}. November {y}" in on(
            HF, "hinweis", hochschulinfotag(y)) or y == 2020
        assert f"Bewerbungsschluss 15. Juli {y}" in on(HF, "hinweis", d(y, 7, 10)) or y == 2020
        assert f"Test di ammissione a Medicina e Chirurgia {y}" in on(CV, "avviso",
                                                                      iso(MEDICINA[y]))
        deadline = iso(DICHIARAZIONE[y])
        assert f"5 per mille {y}" in on(CV, "avviso", deadline), y
        assert f"建校{y - NH_FOUNDED}周年" in on(NH, "tongzhi", d(y, 10, 18))
        first, second = ENEM[y]
        assert f"Enem {y}: provas em {iso(first).day} e {iso(second).day}" in on(
            VI, "aviso", iso(first) - 2 * one) or y == 2020
        assert f"Sisu {y}" in on(VI, "aviso", iso(SISU[y][0]))
        assert f"שנת {HEBREW_YEARS[y]}" in on(SH, "moed", iso(ROSH_HASHANA[y]))
        assert f"#GivingTuesday {y}" in on(CO, "give", thanksgiving(y) + 5 * one)
        assert f"Concurso Nacional de Acesso {y}" in on(VS, "candidaturas", iso(ACESSO[y][0]))
        night = researchers_night(y)
        assert f"Notte Europea dei Ricercatori {y}: venerdì {night.day}" in on(IR, "notte",
                                                                                 night)
        assert f"{y - XK_FOUNDED}週年校慶" in on(XK, "gonggao", d(y, 11, 11))
        assert f"Open Day, Sunday {cc_open_day(y).day} August {y}" in on(CC, "events",
                                                                          cc_open_day(y))
        assert f"Congratulations to our {y} graduates" in on(CC, "events", d(y, 12, 12))
    for y in range(2015, 2020):
        assert f"Class of {y}" in on(WX, "study", wx_graduation(y))
        assert "Girls'Day" in on(HF, "hinweis", iso(GIRLS_DAY[y]))
        assert f"{y}届本科生毕业典礼" in on(NH, "tongzhi", d(y, 6, 22))
        assert f"{y}年本科招生咨询热线" in on(NH, "tongzhi", d(y, 7, 1))
        assert f"Open Day {y}" in on(CV, "avviso", d(y, 3, 14)) or y == 2020
        assert "יום פתוח" in on(SH, "moed", d(y, 12, 5))
        assert f"Dia Aberto {y}" in on(VS, "candidaturas", d(y, 4, 14))
        assert f"O-Week {y}" in on(CC, "events", d(y, 2, 24))
    for y, day in PESACH.items():
        if y < 2020:
            assert "חג פסח שמח" in on(SH, "moed", iso(day)) and HEBREW_YEARS[y - 1] in on(
                SH, "moed", iso(day))
    assert "Virtual Open Day" in on(CC, "events", cc_open_day(2020))
    assert "join us online" in on(WX, "study", wx_open_days(2020)[1])
    assert "postponed" in on(WX, "study", wx_graduation(2020))
    assert "UCAS deadline 29 January 2021" in on(WX, "study", d(2021, 1, 5))
    assert "COVID-19" in on(WX, "study", d(2020, 5, 1))
    assert "20. August 2020" in on(HF, "hinweis", d(2020, 8, 1))
    assert "digital" in on(HF, "hinweis", d(2020, 4, 20))
    assert "高考延期" in on(NH, "tongzhi", d(2020, 7, 20))
    assert "疫情防控" in on(NH, "tongzhi", d(2020, 3, 1))
    assert "Greve" in on(VI, "aviso", d(2015, 7, 1))
    assert "Enem 2020: provas em 17 e 24 de janeiro" in on(VI, "aviso", LAST_DAY)
    assert "Ensino Remoto" in on(VI, "aviso", d(2020, 10, 1))
    assert "למידה מרחוק" in on(SH, "moed", d(2020, 4, 1))
    assert "הסגר השני" in on(SH, "moed", d(2020, 10, 20))
    assert "de 7 de agosto a 23 de agosto" in on(VS, "candidaturas", d(2020, 8, 10))
    assert "Covid-19" in on(VS, "candidaturas", d(2020, 4, 15))
    assert "Acqua alta" in on(IR, "notte", iso(ACQUA_ALTA[0]))
    assert "27 novembre" in on(IR, "notte", d(2020, 11, 27))
    assert "Cyclone Debbie" in on(CC, "events", d(2017, 3, 29))
    assert "World Oceans Day 2019" in on(CO, "give", d(2019, 6, 8))
    assert "December 31, 2018" in on(CO, "give", d(2018, 12, 20))
    assert "in port" in on(CO, "give", d(2020, 5, 1))
    assert "防疫期間" in on(XK, "gonggao", d(2020, 4, 1))
    for day in FM_OPEN_DAYS:
        assert "Tag der offenen Tür" in on(FM, "hinweis", iso(day))
    assert "digital" in on(FM, "hinweis", iso(FM_OPEN_DAYS[-1]))
    assert found(FM, "hinweis", r"Weltmoortag (\d{4})") == {str(y) for y in range(2015, 2020)}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WX, "byline", WX_REDESIGN, "By {author}", "Press Office"),
        (WX, "funding", WX_UKRI, "funded by the {council}", "UK Research and Innovation"),
        (WX, "press", WX_PRESS, "please contact", "out of hours"),
        (WX, "study", d(2017, 2, 1), "Find out more", "Thinking about university"),
        (HF, "foerderung", HF_EXZELLENZ, "fördert die Arbeiten", "Exzellenzstrategie"),
        (HF, "links", HF_DSGVO, "Datenschutz ·", "Datenschutzerklärung"),
        (HF, "links", HF_BARRIEREFREI, "Datenschutzerklärung", "Barrierefreiheit"),
        (CV, "finanziamento", CV_MUR, "(MIUR)", "(MUR)"),
        (NH, "banquan", NH_GONGAN, "党委宣传部", "公网安备"),
        (VI, "transparencia", VI_REDESIGN, "Pública", "gov.br"),
        (CO, "funding", CO_FUNDING, "supported by", "Ocean Exploration"),
        (VS, "fct", VS_FCT_CODES, "{uid}", "{uidb}"),
        (VS, "cookies", d(2018, 5, 25), "melhorar", "RGPD"),
        (CC, "country", CC_RESPECT, "Traditional Owners", "Elders past"),
        (FM, "ueber", FM_GENDER, "Mitarbeiterinnen", "Beschäftigte")))
    assert_groups_reworded(SET, (
        (WX, "dated", "Posted on ", "min read"),
        (HF, "datum", ".20", "Veröffentlicht am"),
        (WX, "byline", "By ", "Press Office"),
        (NH, "shijian", "发布时间", "星期"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
    assert "£9,000" in on(WX, "fees", d(2016, 8, 31)) and "£9,250" in on(WX, "fees",
                                                                          d(2016, 9, 1))
    assert "2017/18" in on(WX, "fees", d(2016, 9, 1))
    assert "133rd" in on(WX, "notes", d(2019, 1, 1))
    assert "Sommersemester 2021: 318,40" in on(HF, "beitrag", LAST_DAY)
    assert "13.000" not in on(CV, "tasse", d(2017, 7, 31))
    assert "13.000" in on(CV, "tasse", d(2017, 8, 1)) and "20.000" in on(CV, "tasse",
                                                                         d(2020, 8, 1))
    assert "5500元" in on(NH, "xuefei", d(2018, 6, 1))
    assert "R$ 82,00" in on(VI, "inscricao", d(2018, 6, 1))
    assert 'תש"ף: 10,468' in on(SH, "schar", d(2019, 12, 1))
    assert "730" in on(CO, "about", d(2020, 6, 1))
    assert "697,00" in on(VS, "propinas", d(2020, 9, 1))
    assert "871,52" in on(VS, "propinas", d(2019, 9, 1))
    assert "$11,155" in on(CC, "contribution", d(2020, 3, 1))
    assert "rund 510 Beschäftigte" in on(FM, "ueber", d(2020, 3, 1))
    assert changes(XK, "xuezafei") == {d(y, 8, 1) for y in range(2015, 2021)}
    assert "109學年度" in on(XK, "xuezafei", d(2020, 8, 1))
    fees = {m[1] for t in group_lines(SET, WX, "fees")
            if (m := re.search(r"starting in (\d{4}/\d\d)", norm(t)))}
    assert len(fees) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SH, "hoda", r"[\u0590-\u05ff]"), (SH, "dovrut", r"[\u0590-\u05ff]"),
        (NH, "bianji", r"[\u4e00-\u9fff]"), (NH, "laiyuan", r"[\u4e00-\u9fff]"),
        (XK, "riqi", r"[\u4e00-\u9fff]"), (XK, "lianluo", r"[\u4e00-\u9fff]"),
        (HF, "kontakt", r"[äöüÄÖÜß]"), (CV, "finanziamento", r"[àèéìòù]"),
        (VI, "ascom", r"[ãçáéíóú]"), (VS, "fct", r"[ãçáéíóú]")))
    assert any("發布日期" in t for t in group_lines(SET, XK, "riqi"))
    assert any("更新日期" in t for t in group_lines(SET, XK, "riqi"))
    embargoes = group_lines(SET, WX, "embargo")
    assert any(" BST ON " in t for t in embargoes) and any(" GMT ON " in t for t in embargoes)
    months = "|".join(m.capitalize() for m in MESES)
    assert any(re.search(rf"de ({months}) de", t) for t in group_lines(SET, VI, "publicado"))
    assert any(re.fullmatch(rf"\d\d ({months}) \d{{4}}", norm(t))
               for t in group_lines(SET, VS, "data"))
    assert any(re.fullmatch(rf"\d+ de ({months.lower()}) de \d{{4}}", norm(t))
               for t in group_lines(SET, VS, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WX}/dated", f"{WX}/byline", f"{WX}/related", f"{WX}/topic",
                         f"{WX}/credit", f"{WX}/funding", f"{HF}/datum", f"{HF}/nummer",
                         f"{HF}/ansprechpartner", f"{CV}/data", f"{NH}/shijian"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WX}/company", f"{WX}/press", f"{WX}/ends", f"{HF}/kontakt", f"{HF}/links",
        f"{CV}/ufficio"))
    assert_carried_share(docs, WX, [
        ("dated", 0.82, 0.99), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("embargo", 0.03, 0.25), ("study", 0.15, 0.5)])
    assert_carried_share(docs, HF, [("datum", 0.75, 0.97), ("kontakt", 0.3, 0.6),
                                    ("sperrfrist", 0.0, 0.15)])
    for fam in (f"{WX}/related", f"{CV}/leggi", f"{VI}/leia"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WX, "credit"), (HF, "foto"), (CV, "foto"), (NH, "xiangguan"),
                               (SH, "kria"), (CO, "photo"), (VS, "ler"), (IR, "foto"),
                               (XK, "yanshen"), (CC, "related"), (VI, "galeria"),
                               (SH, "video")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WX, "correction", 16), (HF, "korrektur"), (CV, "rettifica"), (NH, "gengzheng"),
        (VI, "errata"), (SH, "tikun"), (CO, "correction"), (VS, "correcao"),
        (IR, "correzione"), (XK, "gengzheng"), (CC, "correction"), (FM, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WX}/related", "Related story: "), (f"{HF}/auch", "Das könnte Sie auch "
                                                            "interessieren: "),
        (f"{CV}/leggi", "Leggi anche: "), (f"{NH}/xiangguan", "相关阅读："),
        (f"{VI}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (WX, "ends", "ENDS"), (CO, "hash", "###"), (CO, "release", "NEWS RELEASE"),
        (CV, "comunicato", "Comunicato stampa"), (SH, "hoda", "הודעה לעיתונות"),
        (NH, "dayin", "【打印本页】【关闭窗口】"), (IR, "comunicato", "COMUNICATO STAMPA"),
        (FM, "presseinfo", "Presseinformation")))
    assert_group_values_from_pool(SET, (
        (WX, "topic", "topic"), (CV, "area", "area"), (NH, "lanmu", "lanmu"),
        (VI, "categoria", "categoria"), (VS, "categoria", "categoria"),
        (CC, "category", "category")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NH, "dayin", "【打印本页】【关闭窗口】"),
        (CO, "hash", "###"),
        (HF, "links", "Impressum · Datenschutz · Kontakt"),
        (CC, "cricos", "CRICOS Provider Code: 00117J · TEQSA Provider ID: PRV12045")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WX: (["ends", "notes", "press", "company"], 3),
        HF: (["publikation", "ansprechpartner", "kontakt"], 3),
        CV: (["ufficio", "copyright"], 2),
        NH: (["dayin", "banquan"], 2),
        VI: (["ascom", "endereco"], 2),
        SH: (["dovrut", "zchuyot"], 2),
        CO: (["hash", "about", "copyright"], 2),
        VS: (["contacto", "copyright"], 2),
        IR: (["referente", "stampa"], 2),
        XK: (["lianluo", "banquan"], 2),
        CC: (["media", "cricos"], 2),
        FM: (["wissenschaft", "presse", "ueber"], 2)})


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
