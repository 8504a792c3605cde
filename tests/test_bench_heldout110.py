"""The held-back-110 template set (`tests.bench.heldout_templates_110`): its localised dates
(printed day by day in German, English, French, Japanese by its eras, Spanish, Portuguese,
Korean, Arabic with Arabic-Indic digits, Russian, Hindi with Devanagari digits, Swahili and
Welsh, several changing form on the day of a redesign), the lines that turn every day, week or
month (a press release's number, a pharmacy on duty, a canteen's menu, the tides, a museum's
hours, weekly round-ups, letters and issues, monthly bulletins), the seasons, the notices it
rewords by date, the calendars some notices follow (votes, strikes, a snowstorm, a dam
collapse, an eclipse, a lunar mission, lockdowns and curfews, exams, open days, science nights
and festivals, commencement, Giving Tuesday, Carnival, Holy Week, a patron saint's fair,
Seollal and Chuseok, Ramadan and the Eids, Diwali, national, science and victory days with
their counts, the Eisteddfod, events called off in 2020), the amounts in its appeals and
prices, the lines in several languages and scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import carnival_tuesday, easter, nth_weekday, thanksgiving
from tests.bench.heldout_templates_110 import (
    BR_REDESIGN,
    CENTER_EXAM,
    CHUSEOK,
    CY_REDESIGN,
    DE_REDESIGN,
    DIWALI,
    EID_FITR_JO,
    EISTEDDFOD,
    ENEM,
    ES_REDESIGN,
    FETE_SCIENCE,
    FIRST_DAY,
    FR_REDESIGN,
    IN_REDESIGN,
    JO_REDESIGN,
    JP_REDESIGN,
    KE_REDESIGN,
    KR_REDESIGN,
    LAST_DAY,
    PHARMACIES,
    RAMADAN_JO,
    REIWA,
    RU_REDESIGN,
    SEOLLAL,
    US_REDESIGN,
    bulletin_number,
    era,
    high_tides,
    latest,
    letter_number,
    menu,
    newsletter_number,
    opening_hours,
    pharmacy_on_duty,
    press_number,
    ru_issue,
    trends_number,
    working_days_in_year,
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
    wording_on,
)

SET = "held-back-110"
SITES = ("Universität Sandhorst", "Tallgrass State University",
         "Observatoire alpin des glaciers et du climat", "杜の都工科大学",
         "Ayuntamiento de Sotorrío", "Universidade Federal do Alto Paraopeba",
         "한빛과학기술연구원", "جامعة تلال عمّان", "Академическая неделя", "अवध विज्ञान परिषद",
         "Pwani Asili Trust", "Amgueddfa Dyffryn Teifi")
DE, US, FR, JP = ("uni-sandhorst.de", "tallgrassstate.edu", "oagc.fr",
                  "morinomiyako-tech.ac.jp")
ES, BR, KR, JO = ("sotorrio.es", "ufapeb.edu.br", "hanbitsti.re.kr", "ahu.edu.jo")
RU, IN, KE, CY = ("akadnedelya.ru", "awadhvigyan.org.in", "pwaniasili.or.ke",
                  "amgueddfateifi.cymru")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((DE, "dated"), (US, "dated"), (FR, "date"), (JP, "hizuke"), (ES, "fecha"),
         (BR, "data"), (KR, "nalja"), (KR, "bodo"), (JO, "tarikh"), (RU, "data"),
         (IN, "tithi"), (KE, "tarehe"), (CY, "dyddiad"))
# The lines that turn every day, every week or every month.
PERIODIC = ((US, "roundup"), (FR, "lettre"), (JP, "gakuho"), (ES, "farmacia"),
            (BR, "cardapio"), (KR, "donghyang"), (JO, "nashra"), (RU, "vypusk"), (IN, "ank"),
            (KE, "maji"), (CY, "oriau"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((DE, "hinweis"), (US, "notice"), (FR, "avis"), (JP, "oshirase"), (ES, "aviso"),
           (BR, "aviso"), (KR, "allim"), (JO, "ilan"), (RU, "obyavlenie"), (IN, "suchna"),
           (KE, "tangazo"), (CY, "hysbysiad"))
SEASONAL = ((DE, "semester"), (FR, "saison"), (JP, "kisetsu"), (ES, "temporada"),
            (BR, "semestre"), (KR, "gyejeol"), (JO, "fasl"), (RU, "sezon"), (IN, "mausam"),
            (KE, "msimu"), (CY, "tymor"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    DE: "Folgen Sie der Universität Sandhorst auf Twitter und Instagram",
    US: "Follow @TallgrassState on Twitter, Facebook and Instagram",
    FR: "Suivez l'Observatoire sur Twitter : @OAGC_glaciers",
    JP: "公式Twitterとフェイスブックで最新情報を発信しています",
    ES: "Síguenos en Facebook, Twitter e Instagram: @AytoSotorrio",
    BR: "Acompanhe a universidade no Instagram, no Facebook e no YouTube",
    KR: "연구원 소식을 페이스북과 블로그에서 만나 보세요",
    JO: "تابعوا أخبار الجامعة على فيسبوك وتويتر",
    RU: "Подписывайтесь на нашу группу во ВКонтакте",
    IN: "हमें फ़ेसबुक और ट्विटर पर फ़ॉलो करें",
    KE: "Tufuate kwenye Facebook na Twitter: @PwaniAsiliTrust",
    CY: "Dilynwch ni ar Facebook | Follow us on Facebook",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


YEARS = {str(y) for y in range(2015, 2021)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 26), d(2018, 3, 10), d(2019, 4, 30),
        REIWA, d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert era(d(2016, 3, 5)) == "平成28年" and era(d(2019, 4, 30)) == "平成31年"
    assert era(REIWA) == "令和元年" and era(d(2020, 6, 1)) == "令和2年"
    assert latest(d(2019, 6, 23), 0) == d(2019, 6, 17) == latest(d(2019, 6, 17), 0)
    assert working_days_in_year(d(2019, 1, 4)) == 4 and working_days_in_year(d(2019, 1, 6)) == 4
    assert press_number(d(2017, 1, 2)) == 1
    assert press_number(d(2017, 12, 29)) == 1 + 260 * 3 // 5
    assert pharmacy_on_duty(d(2018, 5, 1)) != pharmacy_on_duty(d(2018, 5, 2))
    assert pharmacy_on_duty(d(2018, 5, 1)) == pharmacy_on_duty(d(2018, 5, 7))
    assert menu(d(2019, 6, 22)) is None and menu(d(2019, 6, 23)) is None
    assert menu(d(2019, 6, 17)) != menu(d(2019, 6, 24))  # a two-week cycle
    assert opening_hours(d(2019, 6, 17)) is None  # a Monday
    assert opening_hours(d(2019, 1, 15)) is None and opening_hours(d(2019, 6, 18))  # Tuesdays
    assert opening_hours(d(2019, 6, 23)) == "11:00–16:00"
    for day in every_day():
        tides = high_tides(day)
        assert 1 <= len(tides) <= 2 and tides != high_tides(day + one)
        assert press_number(day) <= press_number(day + one) or day.month == 12
        number, total, thursday = ru_issue(day)
        assert thursday.weekday() == 3 and 1 <= number <= 53 and day - thursday < 7 * one
        assert letter_number(day + 7 * one) == letter_number(day) + 1
        assert trends_number(day + 7 * one) == trends_number(day) + 1
        assert newsletter_number(day + 7 * one) == newsletter_number(day) + 1
        assert ru_issue(day + 7 * one)[1] == total + 1
    assert bulletin_number(d(2015, 1, 20)) == 301 and bulletin_number(d(2020, 12, 1)) == 372


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DE, "dated", old, r"Pressemitteilung Nr\. \d\d/2016 vom 05\.03\.2016")
    full(DE, "dated", new, r"21\. Juni 2019 · Nr\. \d\d/2019")
    full(US, "dated", old, "March 5, 2016")
    full(US, "dated", new, r"Friday, Jun\. 21, 2019")
    full(US, "roundup", new, "Research Roundup, week of June 17, 2019: grants, awards and new "
                             "papers")
    full(FR, "date", old, "Publié le 05/03/2016")
    full(FR, "date", new, "Vendredi 21 juin 2019")
    full(FR, "lettre", new, r"La Lettre de l'Observatoire n° \d{3} – 20 juin 2019")
    full(JP, "hizuke", old, "掲載日：2016年03月05日")
    full(JP, "hizuke", d(2018, 6, 1), "平成30年6月1日（金）")
    full(JP, "hizuke", new, "令和元年6月21日（金）")
    full(JP, "gakuho", new, r"学報「杜の風」第\d{3}号（2019年6月1日発行）")
    full(ES, "fecha", old, "Sotorrío, 05/03/2016")
    full(ES, "fecha", new, "Viernes, 21 de junio de 2019")
    full(ES, "farmacia", new, r"💊 Farmacia de guardia \(viernes 21\): Farmacia .+")
    full(BR, "data", old, r"Publicado em 05/03/2016 às \d\d:\d\d")
    full(BR, "data", new, r"Publicado: Sexta, 21 de junho de 2019, \d\d:\d\d")
    full(BR, "cardapio", old, r"🍽️ Restaurante Universitário fechado hoje \(sábado\)")
    full(BR, "cardapio", new, r"🍽️ Cardápio do RU hoje \(sexta-feira\): arroz, feijão, .+")
    full(KR, "nalja", old, "등록일 2016-03-05")
    full(KR, "nalja", new, r"2019\. 6\. 21\.\(금\) \d\d:\d\d")
    full(KR, "bodo", new, r"이 보도자료는 2019년 6월 21일\(금\) 조간부터 보도해 주시기 바랍니다\.")
    full(KR, "donghyang", new, r"주간 과학기술 동향 제\d{3}호 \(6월 17일 발행\)")
    full(JO, "tarikh", old, "عمّان - السبت 5 آذار 2016")
    full(JO, "tarikh", new, "الجمعة، ٢١ حزيران ٢٠١٩")
    full(JO, "nashra", new, r"النشرة الأسبوعية للجامعة - العدد \d{3}")
    full(RU, "data", old, r"Опубликовано 05\.03\.2016")
    full(RU, "data", new, r"21 июня 2019 г\., \d\d:\d\d")
    full(RU, "vypusk", old, r"№ 9 \(\d{4}\) от 3 марта 2016 г\.")
    full(IN, "tithi", old, "लखनऊ, 5 मार्च 2016")
    full(IN, "tithi", new, "शुक्रवार, २१ जून २०१९")
    full(IN, "ank", new, r"विज्ञान दर्पण: वर्ष १३, अंक ६ \(जून २०१९\)")
    full(KE, "tarehe", old, "Jumamosi, 5 Machi 2016")
    full(KE, "tarehe", new, "21/06/2019 · Mombasa")
    full(KE, "maji", new, r"🌊 Maji kujaa Mombasa Ijumaa: \d\d:\d\d( na \d\d:\d\d)?")
    full(CY, "dyddiad", old, r"5 Mawrth 2016 \| 5 March 2016")
    full(CY, "dyddiad", new, "Dydd Gwener 21.06.2019 / Friday")
    full(CY, "oriau", old, r"🕙 Ar agor heddiw \(Dydd Sadwrn\) 10:00–15:30 \| Open today "
                           r"\(Saturday\) 10:00–15:30")
    full(CY, "oriau", d(2019, 6, 17), r"🕙 Ar gau heddiw \(Dydd Llun\) \| Closed today "
                                      r"\(Monday\)")
    full(US, "byline", d(2019, 1, 3), r"Story by .+, (University Communications|Research "
                                      r"Communications|College of Agriculture|College of "
                                      r"Engineering|Extension Communications)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(DE, "dated", day).startswith("Pressemitteilung") == (day < DE_REDESIGN)
        assert ("day, " in on(US, "dated", day)) == (day >= US_REDESIGN)
        assert on(FR, "date", day).startswith("Publié le") == (day < FR_REDESIGN)
        assert on(JP, "hizuke", day).startswith("掲載日") == (day < JP_REDESIGN)
        assert on(JP, "hizuke", day).startswith("令和") == (day >= REIWA)
        assert on(JP, "hizuke", day).startswith("平成") == (JP_REDESIGN <= day < REIWA)
        assert on(ES, "fecha", day).startswith("Sotorrío") == (day < ES_REDESIGN)
        assert on(BR, "data", day).startswith("Publicado em") == (day < BR_REDESIGN)
        assert on(KR, "nalja", day).startswith("등록일") == (day < KR_REDESIGN)
        assert on(JO, "tarikh", day).startswith("عمّان") == (day < JO_REDESIGN)
        assert on(RU, "data", day).startswith("Опубликовано") == (day < RU_REDESIGN)
        assert on(IN, "tithi", day).startswith("लखनऊ") == (day < IN_REDESIGN)
        assert on(KE, "tarehe", day).endswith("Mombasa") == (day >= KE_REDESIGN)
        assert on(CY, "dyddiad", day).startswith("Dydd") == (day >= CY_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((ES, "farmacia"), (BR, "cardapio"), (KE, "maji"), (CY, "oriau")):
        assert len(changes(domain, family)) == len(every_day()) - 1, domain
    for domain, family, weekday in ((US, "roundup", 0), (FR, "lettre", 3),
                                    (KR, "donghyang", 0), (JO, "nashra", 6),
                                    (RU, "vypusk", 3)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    for domain, family in ((JP, "gakuho"), (IN, "ank")):
        turned = changes(domain, family)
        assert len(turned) == 71 and all(day.day == 1 for day in turned), domain
    for day in every_day():
        assert pharmacy_on_duty(day) in on(ES, "farmacia", day)
        assert (menu(day) or "fechado") in on(BR, "cardapio", day)
        assert " na ".join(high_tides(day)) in on(KE, "maji", day)
        assert (opening_hours(day) or "Ar gau") in on(CY, "oriau", day)
        assert f"n° {letter_number(day)} " in on(FR, "lettre", day)
        assert f"{press_number(day)}/{day.year}" in on(DE, "dated", day)
    assert {p for day in every_day() for p in PHARMACIES if p in on(ES, "farmacia", day)} == set(
        PHARMACIES)
    winter_sundays = [day for day in every_day() if day.weekday() == 6 and day.month == 1]
    assert all("Ar gau" in on(CY, "oriau", day) for day in winter_sundays)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Wintersemester bis" in on(DE, "semester", d(y, 7, 1))
        assert "Hiver" in on(FR, "saison", d(y, 1, 10)) and "Campagne" in on(FR, "saison",
                                                                               d(y, 8, 1))
        assert "熱中症" in on(JP, "kisetsu", d(y, 8, 1)) and "凍結" in on(JP, "kisetsu",
                                                                       d(y, 1, 20))
        assert "Piscinas" in on(ES, "temporada", d(y, 7, 1))
        assert "Navidad" in on(ES, "temporada", d(y, 12, 20))
        assert "2º semestre" in on(BR, "semestre", d(y, 9, 1))
        assert "여름철" in on(KR, "gyejeol", d(y, 8, 1))
        assert "الصيفي" in on(JO, "fasl", d(y, 7, 1))
        assert "клещи" in on(RU, "sezon", d(y, 5, 1)) and "Зима" in on(RU, "sezon",
                                                                       d(y, 1, 15))
        assert "मानसून" in on(IN, "mausam", d(y, 8, 1)) and "कोहरा" in on(IN, "mausam",
                                                                       d(y, 12, 20))
        assert "Masika" in on(KE, "msimu", d(y, 5, 1)) and "Vuli" in on(KE, "msimu",
                                                                        d(y, 11, 1))
        assert "Gwyliau'r haf" in on(CY, "tymor", d(y, 8, 1))
        assert "Nadolig" in on(CY, "tymor", d(y, 12, 5))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    # Sandhorst: two votes, the pandemic terms, the science night, the open day, the birthday
    assert "Bundestagswahl" in on(DE, "hinweis", d(2017, 9, 20))
    assert "Europawahl" in on(DE, "hinweis", d(2019, 5, 25))
    assert "digital" in on(DE, "hinweis", d(2020, 5, 5))
    assert counts_in(DE, "hinweis", r"(\d+)\. Lange Nacht") == {str(n) for n in range(11, 16)}
    assert "fällt" in on(DE, "hinweis", d(2020, 6, 20))
    assert counts_in(DE, "hinweis", r"Hochschulinformationstag (\d{4})") == YEARS
    assert counts_in(DE, "hinweis", r"(\d+) Jahre Universität") == {
        str(n) for n in range(44, 50)}
    # Prairie Bend: the eclipse, the blizzard, commencement (postponed in 2020), Giving Tuesday
    assert "Eclipse" in on(US, "notice", d(2017, 8, 21))
    assert "blizzard" in on(US, "notice", d(2019, 3, 14))
    assert "online" in on(US, "notice", d(2020, 4, 1))
    assert counts_in(US, "notice", r"Commencement (\d{4})") == YEARS - {"2020"}
    assert "postponed" in on(US, "notice", nth_weekday(2020, 5, 5, 2))
    assert counts_in(US, "notice", r"Giving Tuesday (\d{4})") == YEARS
    for y in range(2015, 2021):
        assert "Giving Tuesday" in on(US, "notice", thanksgiving(y) + 5 * one)
    assert counts_in(US, "notice", r"Homecoming (\d{4})") == YEARS - {"2020"}
    # Grenoble: COP21, the strike, two lockdowns, the festival, the night (online in 2020)
    assert "COP21" in on(FR, "avis", d(2015, 12, 5))
    assert "Mouvement social" in on(FR, "avis", d(2019, 12, 10))
    assert "Confinement" in on(FR, "avis", d(2020, 4, 1))
    assert "Reconfinement" in on(FR, "avis", d(2020, 11, 15))
    assert counts_in(FR, "avis", r"Fête de la science (\d{4})") == YEARS
    for y, (first, last) in FETE_SCIENCE.items():
        assert f"science {y}" in on(FR, "avis", iso(first)) and f"science {y}" in on(
            FR, "avis", iso(last))
    assert counts_in(FR, "avis", r"chercheurs (\d{4})") == YEARS
    assert "en ligne" in on(FR, "avis", d(2020, 11, 27))
    # Sendai: the entrance exam, the earthquake's count, the open campus, the festival
    for y, day in CENTER_EXAM.items():
        assert "センター試験" in on(JP, "oshirase", iso(day)), y
    assert counts_in(JP, "oshirase", r"東日本大震災から(\d+)年") == {str(n) for n in range(4, 10)}
    assert counts_in(JP, "oshirase", r"オープンキャンパス(\d{4})") == YEARS - {"2020"}
    assert counts_in(JP, "oshirase", r"第(\d+)回工大祭") == {str(n) for n in range(53, 58)}
    assert "オンライン" in on(JP, "oshirase", nth_weekday(2020, 10, 5, 4))
    assert "年末年始" in on(JP, "oshirase", d(2016, 1, 2))
    assert "緊急事態宣言" in on(JP, "oshirase", d(2020, 5, 1))
    # Sotorrío: six votes, the state of alarm, the Kings, Holy Week, San Roque
    for day in ("2015-05-24", "2015-12-20", "2016-06-26", "2019-04-28", "2019-05-26",
                "2019-11-10"):
        assert "Elecciones" in on(ES, "aviso", iso(day)), day
    assert "europeas" in on(ES, "aviso", d(2019, 5, 25))
    assert "Estado de alarma" in on(ES, "aviso", d(2020, 4, 12))
    assert counts_in(ES, "aviso", r"Cabalgata de Reyes (\d{4})") == YEARS
    assert counts_in(ES, "aviso", r"Semana Santa (\d{4})") == YEARS - {"2020"}
    assert counts_in(ES, "aviso", r"Fiestas de San Roque (\d{4}):") == YEARS - {"2020"}
    assert "suspendidas" in on(ES, "aviso", d(2020, 8, 16))
    # Alto Paraopeba: the strike, the dam, the votes, Carnival, Enem, the science week
    assert "Greve" in on(BR, "aviso", d(2015, 7, 1))
    assert "Brumadinho" in on(BR, "aviso", d(2019, 2, 1))
    assert "Eleições" in on(BR, "aviso", d(2018, 10, 28))
    assert "Eleições" in on(BR, "aviso", d(2020, 11, 14))
    assert "remota" in on(BR, "aviso", d(2020, 6, 1))
    for y in range(2015, 2021):
        assert "Carnaval" in on(BR, "aviso", carnival_tuesday(y)), y
    assert counts_in(BR, "aviso", r"Enem (\d{4})") == set(map(str, ENEM))
    assert counts_in(BR, "aviso", r"Tecnologia (\d{4})") == YEARS - {"2020"}
    # Daejeon: four votes, the closure, Science Day's and Hangul Day's counts, the holidays
    for day in ("2016-04-13", "2017-05-09", "2018-06-13", "2020-04-15"):
        assert "선거" in on(KR, "allim", iso(day)), day
    assert "과학관 운영" in on(KR, "allim", d(2020, 3, 10))
    assert counts_in(KR, "allim", r"제(\d+)회 과학의 날") == {str(n) for n in range(48, 53)}
    assert counts_in(KR, "allim", r"(\d+)돌 한글날") == {str(n) for n in range(569, 575)}
    for y in range(2015, 2021):
        assert "설 연휴" in on(KR, "allim", iso(SEOLLAL[y])), y
        assert "추석 연휴" in on(KR, "allim", iso(CHUSEOK[y])), y
    # Amman: the snowstorm, two votes, distance learning, Independence, Ramadan, the Eids
    assert "المنخفض" in on(JO, "ilan", d(2015, 1, 8))
    assert "الانتخابات" in on(JO, "ilan", d(2016, 9, 20))
    assert "الانتخابات" in on(JO, "ilan", d(2020, 11, 10))
    assert "عن بُعد" in on(JO, "ilan", d(2020, 4, 1))
    assert counts_in(JO, "ilan", r"الاستقلال الـ(\d+)") == {str(n) for n in range(69, 74)}
    for y in range(2015, 2020):
        assert "رمضان" in on(JO, "ilan", iso(RAMADAN_JO[y]) + 3 * one), y
        assert "الفطر" in on(JO, "ilan", iso(EID_FITR_JO[y])), y
    assert "الأضحى" in on(JO, "ilan", d(2017, 9, 1))
    # Akademgorodok: votes, the isolation, Science Day, Victory Day, the Branch's count
    assert "Государственную думу" in on(RU, "obyavlenie", d(2016, 9, 18))
    assert "президента" in on(RU, "obyavlenie", d(2018, 3, 16))
    assert "самоизоляции" in on(RU, "obyavlenie", d(2020, 4, 15))
    assert "Конституции" in on(RU, "obyavlenie", d(2020, 6, 28))
    assert "городской совет" in on(RU, "obyavlenie", d(2020, 9, 12))
    assert counts_in(RU, "obyavlenie", r"(\d+) лет со дня") == {str(n) for n in range(70, 75)}
    assert "перенесён" in on(RU, "obyavlenie", d(2020, 5, 9))
    assert counts_in(RU, "obyavlenie", r"(\d+) лет Сибирскому") == {
        str(n) for n in range(58, 64)}
    assert all("День российской науки" in on(RU, "obyavlenie", d(y, 2, 8))
               for y in range(2015, 2021))
    # Lucknow: two votes, the lunar mission, two eclipses, the lockdown, the festivals
    assert "विधानसभा" in on(IN, "suchna", d(2017, 2, 18))
    assert "लोकसभा" in on(IN, "suchna", d(2019, 5, 6))
    assert "प्रक्षेपण" in on(IN, "suchna", d(2019, 7, 22))
    assert "विक्रम" in on(IN, "suchna", d(2019, 9, 6))
    assert "सूर्यग्रहण" in on(IN, "suchna", d(2019, 12, 26))
    assert "सूर्यग्रहण" in on(IN, "suchna", d(2020, 6, 21))
    assert "लॉकडाउन" in on(IN, "suchna", d(2020, 4, 14))
    assert counts_in(IN, "suchna", r"खोज के (\d+) वर्ष") == {str(n) for n in range(87, 93)}
    assert "पखवाड़ा" in on(IN, "suchna", d(2018, 9, 25))
    for y, day in DIWALI.items():
        assert "दीपावली" in on(IN, "suchna", iso(day)), y
    # Mombasa: two votes, the plastic-bag ban, the curfew, the national days
    assert "Uchaguzi Mkuu" in on(KE, "tangazo", d(2017, 8, 8))
    assert "marudio" in on(KE, "tangazo", d(2017, 10, 25))
    assert "plastiki" in on(KE, "tangazo", d(2017, 9, 10))
    assert "Kafyu" in on(KE, "tangazo", d(2020, 6, 1))
    assert counts_in(KE, "tangazo", r"miaka (\d+) ya uhuru") == {str(n) for n in range(52, 57)}
    assert "Mazingira" in on(KE, "tangazo", d(2019, 6, 5))
    assert "Madaraka" in on(KE, "tangazo", d(2016, 6, 1))
    # Teifi: the closures of 2020, St David's Day, the Eisteddfod by its town, Christmas
    assert "ar gau" in on(CY, "hysbysiad", d(2020, 5, 1))
    assert "Open again" in on(CY, "hysbysiad", d(2020, 9, 1))
    assert "Firebreak" in on(CY, "hysbysiad", d(2020, 11, 1))
    assert "level 4" in on(CY, "hysbysiad", d(2020, 12, 30))
    assert all("Dewi" in on(CY, "hysbysiad", d(y, 3, 1)) for y in range(2015, 2021))
    for y, (first, place) in EISTEDDFOD.items():
        assert (place or "AmGen") in on(CY, "hysbysiad", iso(first) + 2 * one), y
    assert "Rhagfyr" in on(CY, "hysbysiad", d(2018, 12, 25))
    assert easter(2020) == d(2020, 4, 12)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DE, "autor", DE_REDESIGN, "Von {author}", "Stabsstelle"),
        (DE, "ueber", d(2017, 10, 1), "16.000", "17.500"),
        (DE, "hinweis", d(2018, 10, 15), "Twitter", "Newsletter"),
        (US, "byline", US_REDESIGN, "By {author}", "Story by"),
        (US, "giving", d(2020, 3, 23), "every dollar", "Emergency"),
        (US, "notice", d(2019, 1, 14), "Twitter", "inbox"),
        (FR, "auteur", FR_REDESIGN, "Par {author}", "Service communication"),
        (FR, "reutilisation", d(2018, 1, 2), "Reproduction", "Creative Commons"),
        (FR, "avis", d(2019, 9, 2), "Twitter", "Abonnez"),
        (JP, "kiji", JP_REDESIGN, "記事：", "取材・文"),
        (JP, "oshirase", d(2018, 10, 1), "Twitter", "メールマガジン"),
        (ES, "aviso", d(2018, 3, 5), "Facebook", "app"),
        (BR, "texto", d(2019, 3, 11), "Fotos:", "Edição:"),
        (BR, "ouvidoria", d(2020, 1, 2), "e-OUV", "Fala.BR"),
        (BR, "aviso", d(2018, 4, 2), "YouTube", "Telegram"),
        (KR, "damdang", KR_REDESIGN, "선임연구원", "홍보실"),
        (JO, "kataba", JO_REDESIGN, "كتب", "إعلام الجامعة"),
        (JO, "ilan", d(2019, 9, 1), "فيسبوك", "تطبيق"),
        (RU, "avtor", RU_REDESIGN, "{author}", "Текст:"),
        (RU, "podpiska", d(2017, 1, 1), "120 руб.", "150 руб."),
        (RU, "podpiska", d(2019, 7, 1), "150 руб.", "180 руб."),
        (IN, "lekhak", IN_REDESIGN, "लेखक:", "विज्ञान संचारक"),
        (IN, "sadasyata", d(2018, 4, 1), "₹200", "₹250"),
        (IN, "sadasyata", d(2020, 4, 1), "₹250", "₹300"),
        (KE, "mwandishi", KE_REDESIGN, "Na {author}", "Imeandikwa"),
        (KE, "changia", d(2018, 1, 2), "uhifadhi wa pwani", "{kiasi}"),
        (KE, "changia", d(2020, 4, 1), "{kiasi}", "dharura"),
        (KE, "uanachama", d(2019, 1, 1), "1,000", "1,500"),
        (CY, "rhodd", d(2017, 4, 3), "Free entry", "Gift Aid"),
        (CY, "cyfeillion", d(2019, 4, 1), "£15", "£18"),
        (CY, "hysbysiad", d(2018, 9, 3), "Facebook", "Newsletter")))
    assert "페이스북" in on(KR, "allim", d(2019, 4, 1))
    assert "뉴스레터" in on(KR, "allim", d(2019, 4, 23))
    assert_groups_reworded(SET, (
        (DE, "dated", "Pressemitteilung Nr.", " · Nr. "),
        (DE, "autor", "Von ", "Stabsstelle"),
        (BR, "data", "Publicado em", "Publicado: "),
        (JP, "hizuke", "掲載日", "（"),
        (ES, "fecha", "Sotorrío, ", " de "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (JP, "hizuke", r"[年月日]"), (JP, "oshirase", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (KR, "nalja", r"[\uac00-\ud7a3]"), (KR, "munui", r"[\uac00-\ud7a3]"),
        (JO, "tarikh", r"[\u0600-\u06ff]"), (JO, "ilan", r"[\u0600-\u06ff]"),
        (RU, "data", r"[а-яё]"), (RU, "obyavlenie", r"[а-яё]"),
        (IN, "tithi", r"[\u0900-\u097f]"), (IN, "suchna", r"[\u0900-\u097f]")))
    assert any(re.search("[٠-٩]", t) for t in group_lines(SET, JO, "tarikh"))
    assert any(re.search("[०-९]", t) for t in group_lines(SET, IN, "tithi"))
    swahili = r"\b(?:Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili)\b"
    assert any(re.search(swahili, t) for t in group_lines(SET, KE, "tarehe"))
    welsh = r"\b(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|" \
            r"Tachwedd|Rhagfyr|Dydd)\b"
    assert all(re.search(welsh, t) for t in group_lines(SET, CY, "dyddiad"))
    assert all(" | " in t for t in group_lines(SET, CY, "elusen"))
    german = r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|" \
             r"November|Dezember)\b"
    assert any(re.search(german, t) for t in group_lines(SET, DE, "dated"))
    assert any("令和" in t for t in group_lines(SET, JP, "hizuke"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DE}/dated", f"{DE}/autor", f"{DE}/lesen", f"{DE}/rubrik",
                         f"{DE}/original", f"{DE}/copyright", f"{US}/dated", f"{US}/related",
                         f"{US}/byline", f"{US}/funding", f"{FR}/date", f"{FR}/lire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DE}/kontakt", f"{DE}/telefon", f"{DE}/idw", f"{US}/eeo", f"{US}/about",
        f"{FR}/contact", f"{FR}/don", f"{JP}/toiawase", f"{JP}/mail"))
    assert_carried_share(docs, DE, [
        ("dated", 0.7, 0.97), ("copyright", 0.15, 0.5), ("lesen", 0.3, 0.7),
        ("korrektur", 0.0, 0.1), ("hinweis", 0.15, 0.5)])
    assert_carried_share(docs, US, [("dated", 0.7, 0.97), ("editors-note", 0.0, 0.15)])
    for fam in (f"{DE}/lesen", f"{US}/related", f"{FR}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{DE}/bild", f"{US}/photo", f"{FR}/credit"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((DE, "bild"), (US, "photo"), (FR, "credit"), (JP, "kanren"),
                               (JP, "shashin"), (ES, "interesar"), (ES, "foto"), (BR, "foto"),
                               (KR, "gwallyeon"), (KR, "sajin"), (RU, "foto"),
                               (IN, "yah-bhi"), (IN, "chitra"), (KE, "soma"), (KE, "picha"),
                               (CY, "gweler")))
    offices = {m[1] for t in group_lines(SET, US, "byline")
               if (m := re.fullmatch(r"Story by [^,]+, (.+)", norm(t)))}
    assert offices and offices <= pool(SET, US, "office")


def test_amounts_in_appeals_and_prices() -> None:
    amounts = [m[1] for t in group_lines(SET, KE, "changia")
               if (m := re.search(r"kuanzia KSh ([\d,]+) ", norm(t)))]
    assert all(a in pool(SET, KE, "kiasi") for a in amounts)
    assert "KSh 1,000" in on(KE, "uanachama", d(2016, 1, 1))
    assert "KSh 1,500" in on(KE, "uanachama", d(2020, 1, 1))
    assert "₹200" in on(IN, "sadasyata", d(2017, 6, 1))
    assert "₹300" in on(IN, "sadasyata", d(2020, 6, 1))
    assert "120 руб." in on(RU, "podpiska", d(2016, 6, 1))
    assert "180 руб." in on(RU, "podpiska", d(2020, 6, 1))
    assert "£15" in on(CY, "cyfeillion", d(2016, 6, 1)) and "£18" in on(CY, "cyfeillion",
                                                                       d(2020, 6, 1))
    assert "25p" in on(CY, "rhodd", d(2018, 1, 1))
    assert "$25, $50 or $100" in on(US, "giving", d(2020, 6, 1))
    assert "66 %" in on(FR, "don", d(2018, 1, 1))
    funders = {m[1] for t in group_lines(SET, US, "funding")
               if (m := re.search(r"supported by (.+) \(award", norm(t)))}
    assert funders and funders <= pool(SET, US, "funder")


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (DE, "korrektur"), (US, "editors-note"), (US, "embargo", 12), (FR, "rectificatif"),
        (JP, "teisei"), (ES, "corte"), (BR, "errata"), (KR, "jeongjeong"), (JO, "taswib"),
        (RU, "popravka"), (IN, "bhool-sudhar"), (KE, "marekebisho"), (CY, "llifogydd")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DE}/lesen", "Lesen Sie auch: "), (f"{US}/related", "RELATED: "),
        (f"{FR}/lire", "À lire aussi : "), (f"{JP}/kanren", "関連記事："),
        (f"{ES}/interesar", "También te puede interesar: "), (f"{BR}/leia", "Leia também: "),
        (f"{KR}/gwallyeon", "관련기사: "), (f"{JO}/iqra", "اقرأ أيضاً: "),
        (f"{RU}/chitayte", "Читайте также: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (DE, "idw", "Diese Meldung ist auch im Informationsdienst Wissenschaft erschienen."),
        (US, "eeo", "An equal opportunity, affirmative action institution."),
        (JP, "toiawase", "【本件に関するお問い合わせ】"),
        (ES, "reutilizacion", "Se permite la reutilización de los contenidos citando la "
                              "fuente, conforme a la Ley 37/2007."),
        (BR, "ascom", "Diretoria de Comunicação Social"),
        (BR, "licenca", "Conteúdo liberado para reprodução com citação da fonte (licença CC "
                        "BY-ND 3.0)."),
        (KR, "gongongnuri", "공공누리 제1유형: 출처를 밝히면 자유롭게 이용할 수 있습니다."),
        (JO, "dairat", "دائرة العلاقات العامة والإعلام"),
        (RU, "vozrast", "16+"),
        (RU, "svidetelstvo", "Свидетельство о регистрации СМИ ПИ № ТУ 54-00000")))
    assert_group_values_from_pool(SET, (
        (DE, "rubrik", "rubrik"), (US, "kicker", "kicker"), (FR, "rubrique", "rubrique"),
        (JP, "kubun", "kubun"), (ES, "area", "area"), (BR, "editoria", "editoria"),
        (KR, "bunryu", "bunryu"), (JO, "tasnif", "tasnif"), (RU, "rubrika", "rubrika"),
        (IN, "shreni", "shreni")))
    for style, family, pattern, pool_name in (
            (DE, "bild", r"^Foto: (.+)$", "bild"),
            (DE, "original", r"\. ([^.]+), DOI: ", "journal"),
            (FR, "credit", r"^© [^/]+ / (.+)$", "credit"),
            (FR, "reference", r"», (.+), \d{4}\.$", "revue"),
            (JP, "shashin", r"^（写真提供：(.+)）$", "teikyo"),
            (JP, "ronbun", r"^【論文情報】(.+)（\d{4}年）", "zasshi"),
            (ES, "foto", r"^Foto: (.+)$", "foto"),
            (RU, "istochnik", r"^Источник: пресс-служба (.+)$", "institut"),
            (IN, "srot", r"^स्रोत: (.+)$", "srot")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DE, "idw", "Diese Meldung ist auch im Informationsdienst Wissenschaft erschienen."),
        (DE, "kontakt", "Pressekontakt: Stabsstelle Kommunikation und Marketing"),
        (US, "eeo", "An equal opportunity, affirmative action institution."),
        (JP, "toiawase", "【本件に関するお問い合わせ】")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DE: (["ueber", "kontakt", "telefon", "idw", "copyright"], 3),
        US: (["media-contact", "about", "eeo", "copyright"], 3),
        FR: (["contact", "droits", "reutilisation"], 2),
        JP: (["toiawase", "koho", "mail", "chosakuken"], 3),
        ES: (["sede", "atencion", "direccion", "reutilizacion", "derechos"], 3),
        BR: (["ascom", "endereco", "licenca"], 2),
        KR: (["munui", "gongongnuri", "jeojakgwon"], 2),
        JO: (["dairat", "hatif", "huquq", "naql"], 2),
        RU: (["svidetelstvo", "adres", "prava", "vozrast"], 2),
        IN: (["sampark", "adhikar"], 2),
        KE: (["kuhusu", "anwani", "haki"], 2),
        CY: (["elusen", "hawlfraint"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert DE in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
