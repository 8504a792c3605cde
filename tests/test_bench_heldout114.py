"""The held-back-114 template set (`tests.bench.heldout_templates_114`): its localised dates
(printed day by day in Spanish with the summer and winter time, German with the season,
English, Hindi with Devanagari digits, Korean, Japanese, Arabic with Arabic-Indic digits,
Italian, French, Portuguese, Russian and Irish, several changing form on the day of a
redesign), the lines that turn every day, week or month (a league's round with its sponsor,
a club shop's hours, a training schedule, a Tour de France countdown and stage, a club
lotto's draw and jackpot, podcasts, bulletins, schedules, supplements, editions and a
monthly magazine), the seasons, the notices it rewords by date, the calendars some notices
follow (votes, World Cups, the Ashes, the Euro, the Africa Cup, the Worlds, the IPL, Grands
Prix, Paris-Roubaix, the All-Ireland finals, Carnival, Holi, Diwali, Seollal and Chuseok,
Ramadan and the Eids, national days and clubs' birthdays with their counts, the 2020
suspensions and lockdowns), the amounts in its appeals and prices, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_114 import (
    BR_REDESIGN,
    CHUSEOK,
    DE_REDESIGN,
    DIWALI,
    EG_REDESIGN,
    EID_ADHA_EG,
    EID_FITR_EG,
    ES_REDESIGN,
    ES_SPONSOR,
    FIRST_DAY,
    FOOTBALL_FINAL,
    FR_REDESIGN,
    GB_REDESIGN,
    HOLI,
    HURLING_FINAL,
    IE_REDESIGN,
    IN_REDESIGN,
    IPL,
    IT_REDESIGN,
    J1_OPENING,
    JP_REDESIGN,
    KR_REDESIGN,
    LALIGA_PAUSE,
    LAST_DAY,
    LOTTO_START,
    LOTTO_STEP,
    MONZA,
    RAMADAN_EG,
    ROUBAIX,
    RU_REDESIGN,
    SEASON_TICKET,
    SEOLLAL,
    TOUR,
    box_episode,
    bulletin_number,
    edition_number,
    latest,
    league_round,
    lotto_draws,
    lotto_on,
    magazine_number,
    podcast_episode,
    season_label,
    shop_hours,
    summer_time,
    supplement_number,
    tour_stage,
    training,
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

SET = "held-back-114"
SITES = ("Diario Goleada", "SV Wiesental 1911", "Wealdshire County Cricket Club",
         "क्रिकेट दर्पण", "이스포츠나우", "湊ユナイテッドFC", "كورة النيل", "Il Cordolo",
         "Cols & Vallées", "Várzea em Foco", "ХК «Кедр»", "CLG Baile an Tobair")
ES, DE, GB, IN = ("diariogoleada.es", "svwiesental.de", "wealdshirecricket.co.uk",
                  "cricketdarpan.in")
KR, JP, EG, IT = ("esportsnow.co.kr", "minato-united.jp", "koranile.com", "ilcordolo.it")
FR, BR, RU, IE = ("colsetvallees.fr", "varzeaemfoco.com.br", "hc-kedr.ru",
                  "clgbaileantobair.ie")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((ES, "fecha"), (DE, "datum"), (GB, "dated"), (IN, "tithi"), (KR, "nalja"),
         (JP, "hizuke"), (EG, "tarikh"), (IT, "data"), (FR, "date"), (BR, "data"),
         (RU, "data"), (IE, "data"))
# The lines that turn every day, every week, every month or every season.
PERIODIC = ((ES, "jornada"), (DE, "fanshop"), (DE, "podcast"), (GB, "bulletin"),
            (IN, "patrika"), (KR, "iljeong"), (JP, "renshu"), (EG, "mulhaq"), (IT, "podcast"),
            (FR, "tour"), (FR, "kiosque"), (BR, "edicao"), (RU, "abonement"), (IE, "lotto"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((ES, "aviso"), (DE, "hinweis"), (GB, "notice"), (IN, "suchna"), (KR, "allim"),
           (JP, "oshirase"), (EG, "ilan"), (IT, "avviso"), (FR, "avis"), (BR, "aviso"),
           (RU, "obyavlenie"), (IE, "fogra"))
SEASONAL = ((DE, "saison"), (GB, "season"), (KR, "sijeun"), (JP, "kisetsu"), (FR, "cols"),
            (RU, "sezon"), (IE, "seasons"))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    ES: "Síguenos en Twitter, Facebook e Instagram: @DiarioGoleada",
    DE: "Folgt uns auf Facebook, Instagram und Twitter: @svwiesental",
    GB: "Follow us on Twitter and Instagram: @WealdshireCCC",
    IN: "हमें फ़ेसबुक, ट्विटर और यूट्यूब पर फ़ॉलो करें",
    KR: "이스포츠나우 유튜브 채널을 구독해 주세요",
    JP: "クラブ公式Twitter・Instagramで最新情報をお届けしています",
    EG: "تابعونا على فيسبوك وتويتر وإنستجرام",
    IT: "Seguici su Facebook, Instagram e Telegram",
    FR: "Rejoignez-nous sur Facebook et sur Strava",
    BR: "Curta a página do Várzea em Foco no Facebook",
    RU: "Подписывайтесь на клуб во ВКонтакте и в Instagram",
    IE: "Lean muid ar Facebook | Follow us on Facebook",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 24), d(2017, 8, 18), d(2018, 7, 7), d(2019, 4, 14),
        d(2019, 6, 21), d(2020, 4, 11), d(2020, 6, 12), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert summer_time(d(2019, 10, 26)) and not summer_time(d(2019, 10, 27))
    assert season_label(d(2019, 6, 30)) == "2018/19" and season_label(d(2019, 7, 1)) == "2019/20"
    assert league_round(d(2018, 8, 13)) == 1 and league_round(d(2018, 8, 20)) == 2
    assert league_round(d(2018, 6, 20)) is None and league_round(d(2020, 4, 1)) == 0
    assert league_round(d(2019, 5, 19)) == 38 and league_round(d(2020, 7, 19)) == 38
    assert shop_hours(d(2019, 6, 23)) is None and shop_hours(d(2019, 12, 25)) is None
    assert shop_hours(carnival_tuesday(2019) - one) is None
    assert shop_hours(d(2019, 6, 22)) == "10–14 Uhr" and shop_hours(d(2019, 12, 21)) == "10–18 Uhr"
    assert training(d(2019, 12, 20)) == training(d(2020, 1, 10)) and "オフ" in training(d(2019,
                                                                                        1, 3))
    assert training(d(2019, 6, 17)) == "オフ" and "非公開" in training(d(2019, 6, 20))
    assert tour_stage(d(2019, 7, 6)) == 1 and tour_stage(d(2019, 7, 15)) == 0
    assert tour_stage(d(2019, 7, 16)) == 10 and tour_stage(d(2019, 7, 28)) == 21
    assert tour_stage(d(2019, 7, 5)) is None and tour_stage(d(2019, 7, 29)) is None
    assert tour_stage(d(2020, 9, 20)) == 21
    for day in every_day():
        assert latest(day, 0) <= day < latest(day, 0) + 7 * one
        assert podcast_episode(day + 7 * one) == podcast_episode(day) + 1
        assert box_episode(day + 7 * one) == box_episode(day) + 1
        assert bulletin_number(day + 7 * one) == bulletin_number(day) + 1
        assert supplement_number(day + 7 * one) == supplement_number(day) + 1
        assert edition_number(day + 7 * one) == edition_number(day) + 1
    assert magazine_number(d(2015, 1, 20)) == 188 and magazine_number(d(2020, 12, 1)) == 259
    draws = lotto_draws()
    assert len(draws) >= 310 and 3 <= sum(won for _, won, _ in draws) <= 30
    for (_, _, before), (numbers, won, jackpot) in zip(draws, draws[1:], strict=False):
        assert len(set(numbers)) == 4 and all(1 <= n <= 28 for n in numbers)
        assert jackpot == (LOTTO_START if won else before + LOTTO_STEP)
    assert lotto_on(d(2019, 6, 23)) != lotto_on(d(2019, 6, 22))
    assert lotto_on(d(2019, 6, 23)) == lotto_on(d(2019, 6, 29))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(ES, "fecha", old, r"05/03/2016 - \d\d:\d\dh")
    full(ES, "fecha", new, r"Actualizado viernes, 21 junio 2019, \d\d:\d\d CEST")
    full(ES, "fecha", d(2019, 12, 2), r"Actualizado lunes, 2 diciembre 2019, \d\d:\d\d CET")
    full(ES, "jornada", old, r"⚽ Liga BBVA · Jornada \d+")
    full(ES, "jornada", new, "⚽ LaLiga Santander · Pretemporada y mercado de fichajes")
    full(DE, "datum", old, r"05\.03\.2016, \d\d:\d\d Uhr")
    full(DE, "datum", new, r"Freitag, 21\. Juni 2019 · Saison 2018/19")
    full(DE, "fanshop", old, r"🛍️ Fanshop am Stadion heute \(Samstag\) geöffnet: 10–14 Uhr")
    full(GB, "dated", old, "Posted on 05/03/2016")
    full(GB, "dated", new, "Friday 21 June 2019")
    full(GB, "bulletin", new, r"Members' Bulletin No\. \d{3}, Friday 21 June 2019")
    full(IN, "tithi", old, "नई दिल्ली, 5 मार्च 2016")
    full(IN, "tithi", new, "अपडेटेड: शुक्रवार, २१ जून २०१९")
    full(IN, "patrika", new, r"मासिक पत्रिका 'बाउंसर': वर्ष ११, अंक ६ \(जून २०१९\)")
    full(KR, "nalja", old, r"입력 2016\.03\.05 \d\d:\d\d")
    full(KR, "nalja", new, r"기사입력 2019년 6월 21일\(금\) \d\d:\d\d")
    full(KR, "iljeong", new, r"📅 이번 주 e스포츠 경기 일정 \(6월 17일~6월 23일\)")
    full(JP, "hizuke", old, "2016/03/05")
    full(JP, "hizuke", new, "2019.06.21（金）")
    full(JP, "renshu", new, "⚽ 本日6/21（金）の練習：10:00〜（公開）")
    full(EG, "tarikh", old, "القاهرة - السبت 5 مارس 2016")
    full(EG, "tarikh", new, "الجمعة، ٢١ يونيو ٢٠١٩")
    full(EG, "mulhaq", new, r"📰 الملحق الأسبوعي - العدد [٠-٩]{3}")
    full(IT, "data", old, "5 marzo 2016")
    full(IT, "data", new, r"Venerdì 21 giugno 2019 - ore \d\d:\d\d")
    full(FR, "date", old, r"Publié le 05/03/2016 à \d\d:\d\d")
    full(FR, "date", new, "Vendredi 21 juin 2019")
    full(FR, "tour", new, "⏳ Grand Départ 2019 : Bruxelles, J-15")
    full(FR, "tour", d(2019, 7, 20), r"🟡 Tour de France 2019 : étape 14 aujourd'hui, .+")
    full(BR, "data", old, r"05/03/2016 - \d\d:\d\d")
    full(BR, "data", new, "Sexta-feira, 21 de junho de 2019")
    full(BR, "edicao", new, r"Edição nº \d{3} – semana de 15/6 a 21/6")
    full(RU, "data", old, r"05\.03\.2016")
    full(RU, "data", new, r"21 июня 2019, \d\d:\d\d")
    full(RU, "abonement", new, "🎫 Абонементы на сезон 2018/19: от 5 200 руб.")
    full(IE, "data", old, "5 Márta 2016")
    full(IE, "data", new, "Dé hAoine 21/06/2019")
    full(IE, "lotto", new, r"🎟️ Crannchur / Club Lotto: \d+, \d+, \d+, \d+\. (No jackpot "
                           r"winner|Jackpot won)\. Next jackpot €\d+,\d00")
    full(GB, "byline", new, r".+, (Media Manager|Digital Content Officer|Club Historian)")
    full(ES, "firma", new, r".+ \| (Madrid|Barcelona|Valencia|Sevilla|Bilbao)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(ES, "fecha", day).startswith("Actualizado") == (day >= ES_REDESIGN)
        assert on(DE, "datum", day).endswith("Uhr") == (day < DE_REDESIGN)
        assert on(GB, "dated", day).startswith("Posted on") == (day < GB_REDESIGN)
        assert on(IN, "tithi", day).startswith("नई दिल्ली") == (day < IN_REDESIGN)
        assert on(KR, "nalja", day).startswith("기사입력") == (day >= KR_REDESIGN)
        assert ("（" in on(JP, "hizuke", day)) == (day >= JP_REDESIGN)
        assert on(EG, "tarikh", day).startswith("القاهرة") == (day < EG_REDESIGN)
        assert (" - ore " in on(IT, "data", day)) == (day >= IT_REDESIGN)
        assert on(FR, "date", day).startswith("Publié le") == (day < FR_REDESIGN)
        assert (" de " in on(BR, "data", day)) == (day >= BR_REDESIGN)
        assert ("{time}" in on(RU, "data", day)) == (day >= RU_REDESIGN)
        assert on(IE, "data", day).startswith("D") == (day >= IE_REDESIGN)
        if day >= ES_REDESIGN:
            assert on(ES, "fecha", day).endswith(" CEST") == summer_time(day)
        if day >= DE_REDESIGN:
            assert on(DE, "datum", day).endswith(season_label(day))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((DE, "fanshop"), (JP, "renshu")):
        assert len(changes(domain, family)) >= 1000, domain
    for domain, family, weekday in ((DE, "podcast", 1), (GB, "bulletin", 4),
                                    (KR, "iljeong", 0), (EG, "mulhaq", 3), (IT, "podcast", 0),
                                    (BR, "edicao", 5), (IE, "lotto", 6)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    for domain, family in ((IN, "patrika"), (FR, "kiosque")):
        turned = changes(domain, family)
        assert len(turned) == 71 and all(day.day == 1 for day in turned), domain
    turned = changes(RU, "abonement")
    assert {(day.month, day.day) for day in turned} == {(7, 1)} and len(turned) >= 4
    rounds = changes(ES, "jornada")
    assert sum(day.weekday() == 0 for day in rounds) >= 150
    assert sum(day.weekday() != 0 and not LALIGA_PAUSE[0] <= day <= d(2020, 7, 20)
               for day in rounds) <= 8  # the days after each season's end, the new sponsor
    for day in every_day():
        hours = shop_hours(day)
        assert (hours or "geschlossen") in on(DE, "fanshop", day)
        assert training(day) in on(JP, "renshu", day)
        assert f"No. {bulletin_number(day)}," in on(GB, "bulletin", day)
        assert f"Folge {podcast_episode(day)}:" in on(DE, "podcast", day)
        assert f"n° {magazine_number(day)}" in on(FR, "kiosque", day)
        assert f"nº {edition_number(day)} " in on(BR, "edicao", day)
        assert f"€{lotto_on(day)[2]:,}" in on(IE, "lotto", day)
        stage = tour_stage(day)
        if stage:
            assert f"étape {stage} " in on(FR, "tour", day)
        number = league_round(day)
        if number:
            assert on(ES, "jornada", day).endswith(f"Jornada {number}")
    assert {m for m in counts_in(FR, "tour", r"Grand Départ \d{4} : ([^,]+),")} == {
        town for _, town in TOUR.values()}
    assert counts_in(FR, "tour", r"étape (\d+) ") == {str(n) for n in range(1, 22)}
    assert counts_in(FR, "tour", r"J-(\d+)$") == {str(n) for n in range(1, 31)}
    assert counts_in(ES, "jornada", r"Jornada (\d+)") == {str(n) for n in range(1, 39)}
    assert "Competición suspendida" in on(ES, "jornada", d(2020, 4, 20))
    assert all(on(RU, "abonement", d(y, 8, 1)).count(SEASON_TICKET[season_label(d(y, 8, 1))])
               for y in range(2015, 2021))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Winterpause" in on(DE, "saison", d(y, 12, 28))
        assert "Sommervorbereitung" in on(DE, "saison", d(y, 7, 10))
        assert "gates open" in on(GB, "season", d(y, 5, 1))
        assert "Winter nets" in on(GB, "season", d(y, 10, 15))
        assert "서머" in on(KR, "sijeun", d(y, 7, 1)) and "스프링" in on(KR, "sijeun",
                                                                       d(y, 2, 1))
        assert "熱中症" in on(JP, "kisetsu", d(y, 8, 10))
        assert "ouverts" in on(FR, "cols", d(y, 7, 1)) and "fermés" in on(FR, "cols",
                                                                          d(y, 1, 10))
        assert "Плей-офф" in on(RU, "sezon", d(y, 3, 10))
        assert "Cúl Camp" in on(IE, "seasons", d(y, 7, 10))
    for domain, family in SEASONAL:
        assert len(changes(domain, family)) >= 18, (domain, family)


def test_notices_follow_the_regions_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Goleada: four general elections, the Euro, the World Cup, the 2020 pause and restart
    for day in ("2015-12-20", "2016-06-26", "2019-04-28", "2019-11-10"):
        assert "noche electoral" in on(ES, "aviso", iso(day)), day
    assert "Eurocopa" in on(ES, "aviso", d(2016, 6, 15))
    assert "Mundial" in on(ES, "aviso", d(2018, 7, 1))
    assert "se para" in on(ES, "aviso", d(2020, 4, 1))
    assert "Vuelve LaLiga" in on(ES, "aviso", d(2020, 6, 20))
    assert all("Reyes" in on(ES, "aviso", d(y, 1, 5)) for y in range(2015, 2021))
    assert counts_in(ES, "aviso", r"Feliz (\d{4}):") == {str(y) for y in range(2016, 2022)}
    # Wiesental: the 2020 suspension, empty stadiums, Rosenmontag, birthdays, meetings
    assert "ruht" in on(DE, "hinweis", d(2020, 4, 1))
    assert "Geisterspiele" in on(DE, "hinweis", d(2020, 6, 1))
    assert "ohne Zuschauer" in on(DE, "hinweis", d(2020, 12, 1))
    for y in range(2015, 2021):
        assert "Rosenmontag" in on(DE, "hinweis", carnival_tuesday(y) - one), y
    assert counts_in(DE, "hinweis", r"zum (\d+)\. Geburtstag") == {
        str(n) for n in range(104, 110)}
    assert "verschoben" in on(DE, "hinweis", d(2020, 11, 25))
    assert "Mitgliederversammlung 2018" in on(DE, "hinweis", d(2018, 11, 20))
    # Wealdshire: the Ashes, the World Cup win, the 2020 closure, Christmas, renewals
    assert "Ashes 2015" in on(GB, "notice", d(2015, 8, 1))
    assert "Ashes 2019" in on(GB, "notice", d(2019, 8, 20))
    assert "World Cup" in on(GB, "notice", d(2019, 7, 16))
    assert "postponed" in on(GB, "notice", d(2020, 5, 1))
    assert "renewals" not in on(GB, "notice", d(2020, 3, 20))  # the closure wins
    assert "behind closed doors" in on(GB, "notice", d(2020, 8, 20))
    assert all("24 December" in on(GB, "notice", d(y, 12, 26)) for y in range(2015, 2021))
    assert counts_in(GB, "notice", r"renewals for (\d{4})") == {str(y) for y in range(2015,
                                                                                        2021)}
    # Cricket Darpan: the IPL by its dates, World Cups, the lockdown, festivals, the count
    for y, (first, last) in IPL.items():
        assert f"आईपीएल {y}" in on(IN, "suchna", iso(first)), y
        assert f"आईपीएल {y}" in on(IN, "suchna", iso(last)), y
    assert "यूएई" in on(IN, "suchna", d(2020, 10, 1))
    assert "विश्व कप 2015" in on(IN, "suchna", d(2015, 3, 1))
    assert "टी20" in on(IN, "suchna", d(2016, 3, 24))  # the cup wins over Holi
    assert "विश्व कप 2019" in on(IN, "suchna", d(2019, 6, 16))
    assert "लॉकडाउन" in on(IN, "suchna", d(2020, 4, 20))
    assert "लोकसभा" in on(IN, "suchna", d(2019, 5, 23))
    for y, day in HOLI.items():
        if y not in (2015, 2016):  # the World Cups of 2015 and 2016 win over Holi
            assert "होली" in on(IN, "suchna", iso(day)), y
    for y, day in DIWALI.items():
        assert "दीपावली" in on(IN, "suchna", iso(day)), y
    assert counts_in(IN, "suchna", r"(\d+)वें स्वतंत्रता") == {str(n) for n in range(69, 75)}
    # e-sports: four votes, the 2018 Worlds, the 2020 online matches, the holidays
    for day in ("2016-04-13", "2017-05-09", "2018-06-13", "2020-04-15"):
        assert "투표" in on(KR, "allim", iso(day)), day
    assert "롤드컵" in on(KR, "allim", d(2018, 10, 20))
    assert "무관중" in on(KR, "allim", d(2020, 6, 1))
    for y in range(2015, 2021):
        assert "설" in on(KR, "allim", iso(SEOLLAL[y])), y
        assert "한가위" in on(KR, "allim", iso(CHUSEOK[y])), y
    # Minato: the openings, the 2020 postponement, remote matches, anniversaries, New Year
    for y, day in J1_OPENING.items():
        assert f"{y}シーズン開幕" in on(JP, "oshirase", iso(day) - 2 * one), y
    assert "延期" in on(JP, "oshirase", d(2020, 5, 1))
    assert "リモートマッチ" in on(JP, "oshirase", d(2020, 7, 5))
    assert "入場者数" in on(JP, "oshirase", d(2020, 9, 1))
    assert counts_in(JP, "oshirase", r"創設(\d+)周年") == {str(n) for n in range(20, 26)}
    assert all("年末年始" in on(JP, "oshirase", d(y, 12, 30)) for y in range(2015, 2020))
    # Kora Nile: votes, the World Cup, the Africa Cup, 2020, Ramadan, the Eids, October
    assert "الرئاسية" in on(EG, "ilan", d(2018, 3, 27))
    assert "الاستفتاء" in on(EG, "ilan", d(2019, 4, 21))
    assert "روسيا" in on(EG, "ilan", d(2018, 6, 20))
    assert "أمم أفريقيا" in on(EG, "ilan", d(2019, 7, 1))
    assert "كورونا" in on(EG, "ilan", d(2020, 6, 10))
    assert "بدون جمهور" in on(EG, "ilan", d(2020, 8, 20))
    for y in range(2015, 2021):  # the feasts break into the World Cup and the 2020 stop
        assert "رمضان" in on(EG, "ilan", iso(RAMADAN_EG[y]) + 3 * one), y
        assert "فطر" in on(EG, "ilan", iso(EID_FITR_EG[y])), y
        assert "أضحى" in on(EG, "ilan", iso(EID_ADHA_EG[y])), y
    assert counts_in(EG, "ilan", r"الذكرى الـ(\d+)") == {str(n) for n in range(42, 48)}
    # Il Cordolo: votes, the lockdown, Monza, the 2020 Grands Prix, Mugello, EICMA
    assert "Referendum" in on(IT, "avviso", d(2016, 12, 4))
    assert "Elezioni" in on(IT, "avviso", d(2018, 3, 3))
    assert "#iorestoacasa" in on(IT, "avviso", d(2020, 4, 1))
    for y, day in MONZA.items():
        assert f"Gran Premio d'Italia {y} a Monza" in on(IT, "avviso", iso(day)), y
    assert "Toscana" in on(IT, "avviso", d(2020, 9, 12))
    assert "Imola" in on(IT, "avviso", d(2020, 10, 30))
    assert "cancellato" in on(IT, "avviso", d(2020, 5, 28))
    assert "Mugello" in on(IT, "avviso", d(2017, 6, 4))
    assert counts_in(IT, "avviso", r"EICMA (\d{4})") == {str(y) for y in range(2015, 2020)}
    # Cols & Vallées: the presidential vote, lockdowns, the easing, Paris-Roubaix
    assert "premier tour" in on(FR, "avis", d(2017, 4, 22))
    assert "second tour" in on(FR, "avis", d(2017, 5, 7))
    assert "Confinement" in on(FR, "avis", d(2020, 4, 1))
    assert "Reconfinement" in on(FR, "avis", d(2020, 11, 10))
    assert "20 km" in on(FR, "avis", d(2020, 12, 1))
    for y, day in ROUBAIX.items():
        assert "Paris-Roubaix" in on(FR, "avis", iso(day)), y
    assert "annulé" in on(FR, "avis", d(2020, 10, 24))
    # Várzea em Foco: six votes, Brazil's match days, the Copa América, 2020, Carnival
    for day in ("2016-10-02", "2016-10-30", "2018-10-07", "2018-10-28", "2020-11-15",
                "2020-11-29"):
        assert "eleição" in on(BR, "aviso", iso(day)), day
    assert "Dia de jogo" in on(BR, "aviso", d(2018, 7, 6))
    assert "Dia de jogo" not in on(BR, "aviso", d(2018, 7, 7))
    assert "Copa América" in on(BR, "aviso", d(2019, 6, 20))
    assert "suspensos" in on(BR, "aviso", d(2020, 7, 1))
    assert all("Carnaval" in on(BR, "aviso", carnival_tuesday(y)) for y in range(2015, 2021))
    # Kedr: two votes, the 2020 vote inside the season's early end, Victory Day, birthdays
    assert "Государственную думу" in on(RU, "obyavlenie", d(2016, 9, 17))
    assert "Президента" in on(RU, "obyavlenie", d(2018, 3, 18))
    assert "досрочно" in on(RU, "obyavlenie", d(2020, 4, 15))
    assert "Конституцию" in on(RU, "obyavlenie", d(2020, 6, 28))
    assert "досрочно" in on(RU, "obyavlenie", d(2020, 7, 2))
    assert counts_in(RU, "obyavlenie", r"(\d+) лет Великой") == {str(n) for n in range(70, 76)}
    assert counts_in(RU, "obyavlenie", r"Клубу (\d+) лет") == {str(n) for n in range(56, 62)}
    assert all("Новым годом" in on(RU, "obyavlenie", d(y, 12, 31)) for y in range(2015, 2021))
    # Baile an Tobair: 2020, St Patrick's Day, the finals, Christmas
    assert "suspended" in on(IE, "fogra", d(2020, 4, 1))
    assert "Training is back" in on(IE, "fogra", d(2020, 8, 1))
    assert "Level 5" in on(IE, "fogra", d(2020, 11, 1))
    assert all("Pádraig" in on(IE, "fogra", d(y, 3, 17)) for y in range(2015, 2021))
    for y in range(2015, 2021):
        assert f"Hurling Final {y}" in on(IE, "fogra", iso(HURLING_FINAL[y])), y
        assert f"Football Final {y}" in on(IE, "fogra", iso(FOOTBALL_FINAL[y])), y
    assert all("Nollaig" in on(IE, "fogra", d(y, 12, 25)) for y in range(2015, 2021))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (ES, "firma", ES_REDESIGN, "{author}", "{ciudad}"),
        (ES, "aviso", d(2018, 2, 5), "Twitter", "app"),
        (ES, "club", d(2019, 10, 1), "gratis", "4,99 €"),
        (ES, "club", d(2020, 9, 1), "4,99 €", "5,99 €"),
        (ES, "jornada", ES_SPONSOR, "Liga BBVA", "LaLiga Santander"),
        (DE, "text", DE_REDESIGN, "Text:", "Medien und Kommunikation"),
        (DE, "hinweis", d(2017, 8, 1), "Facebook", "Vereins-App"),
        (DE, "mitglied", d(2019, 1, 1), "60 €", "66 €"),
        (GB, "byline", GB_REDESIGN, "By {author}", "{role}"),
        (GB, "notice", d(2018, 3, 1), "Twitter", "e-newsletter"),
        (GB, "live", d(2017, 4, 7), "Listen live", "Watch live"),
        (GB, "membership", d(2017, 10, 1), "£195", "£205"),
        (GB, "membership", d(2019, 10, 1), "£205", "£220"),
        (IN, "reporter", IN_REDESIGN, "{author}", "रिपोर्ट:"),
        (IN, "suchna", d(2019, 1, 15), "फ़ेसबुक", "ऐप"),
        (IN, "sadasyata", d(2018, 4, 1), "₹299", "₹349"),
        (IN, "sadasyata", d(2020, 4, 1), "₹349", "₹399"),
        (KR, "gija", KR_REDESIGN, "news@", "[이스포츠나우"),
        (KR, "allim", d(2019, 4, 1), "유튜브", "카카오톡"),
        (JP, "oshirase", d(2018, 2, 1), "Twitter", "LINE"),
        (JP, "fanclub", d(2019, 1, 1), "3,000円", "3,500円"),
        (EG, "ilan", d(2018, 9, 1), "فيسبوك", "تطبيق"),
        (EG, "risail", d(2019, 1, 1), "3 جنيهات", "5 جنيهات"),
        (IT, "avviso", d(2019, 2, 4), "Facebook", "newsletter"),
        (IT, "abbonamento", d(2018, 1, 1), "39 euro", "44 euro"),
        (IT, "abbonamento", d(2020, 6, 1), "44 euro", "digitale"),
        (FR, "avis", d(2019, 3, 1), "Strava", "newsletter"),
        (FR, "abonnement", d(2017, 1, 1), "49 €", "52 €"),
        (FR, "abonnement", d(2019, 9, 1), "52 €", "55 €"),
        (BR, "por", BR_REDESIGN, "Por {author}", "Reportagem:"),
        (BR, "aviso", d(2018, 5, 1), "Facebook", "WhatsApp"),
        (BR, "assinatura", d(2018, 1, 1), "R$ 60", "R$ 72"),
        (BR, "assinatura", d(2020, 7, 1), "impressa", "digital"),
        (RU, "obyavlenie", d(2019, 9, 1), "ВКонтакте", "приложении"),
        (IE, "fogra", d(2018, 1, 8), "Facebook", "app"),
        (IE, "ballraiocht", d(2019, 1, 1), "€60", "€70")))
    assert_groups_reworded(SET, (
        (ES, "fecha", " - ", "Actualizado"),
        (DE, "datum", " Uhr", "· Saison"),
        (DE, "text", "Text: ", "Medien und Kommunikation"),
        (GB, "dated", "Posted on", "day "),
        (IN, "tithi", "नई दिल्ली", "अपडेटेड"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (IN, "tithi", r"[\u0900-\u097f]"), (IN, "suchna", r"[\u0900-\u097f]"),
        (KR, "nalja", r"[\uac00-\ud7a3]"), (KR, "jeojakgwon", r"[\uac00-\ud7a3]"),
        (JP, "oshirase", r"[\u3040-\u30ff\u4e00-\u9fff]"), (JP, "renshu", r"[\u3040-\u30ff]"),
        (EG, "tarikh", r"[\u0600-\u06ff]"), (EG, "ilan", r"[\u0600-\u06ff]"),
        (RU, "data", r"[а-яё0-9]"), (RU, "obyavlenie", r"[а-яё]")))
    assert any(re.search("[٠-٩]", t) for t in group_lines(SET, EG, "tarikh"))
    assert any(re.search("[०-९]", t) for t in group_lines(SET, IN, "tithi"))
    irish = r"\b(?:Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Fómhair|" \
            r"Samhain|Nollaig|Dé|Déardaoin)\b"
    assert all(re.search(irish, t) for t in group_lines(SET, IE, "data"))
    assert all(" | " in t for t in group_lines(SET, IE, "ballraiocht"))
    german = r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|" \
             r"November|Dezember)\b"
    assert any(re.search(german, t) for t in group_lines(SET, DE, "datum"))
    assert any("CEST" in t for t in group_lines(SET, ES, "fecha"))
    assert any(re.search(r"\bCET$", t) for t in group_lines(SET, ES, "fecha"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{ES}/fecha", f"{ES}/firma", f"{ES}/interesar", f"{ES}/seccion",
                         f"{ES}/jornada", f"{ES}/derechos", f"{DE}/datum", f"{DE}/mehr",
                         f"{DE}/text", f"{GB}/dated", f"{GB}/read-more", f"{IN}/tithi"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{ES}/reproduccion", f"{DE}/partner", f"{DE}/anschrift", f"{GB}/address",
        f"{GB}/registered", f"{IN}/sampark", f"{EG}/naql", f"{FR}/reproduction"))
    assert_carried_share(docs, ES, [
        ("fecha", 0.7, 0.97), ("derechos", 0.25, 0.55), ("interesar", 0.4, 0.75),
        ("fe-de-errores", 0.0, 0.1), ("aviso", 0.15, 0.5), ("directo", 0.0, 0.12)])
    assert_carried_share(docs, DE, [("datum", 0.7, 0.97), ("anstoss", 0.0, 0.15)])
    for fam in (f"{ES}/interesar", f"{DE}/mehr"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{ES}/foto", f"{DE}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((ES, "foto"), (DE, "foto"), (GB, "picture"), (IN, "photo"),
                               (KR, "gwallyeon"), (KR, "sajin"), (JP, "kanren"),
                               (JP, "shashin"), (EG, "sura"), (IT, "foto"), (FR, "credit"),
                               (BR, "foto"), (RU, "po-teme"), (RU, "foto"), (IE, "leigh")))
    cities = {m[1] for t in group_lines(SET, ES, "firma")
              if (m := re.fullmatch(r"[^|]+ \| (.+)", norm(t)))}
    assert cities and cities <= pool(SET, ES, "ciudad")


def test_amounts_in_appeals_and_prices() -> None:
    assert "5,99 €" in on(ES, "club", d(2020, 10, 1))
    assert "30 €" in on(DE, "mitglied", d(2016, 1, 1)) and "33 €" in on(DE, "mitglied",
                                                                          d(2020, 1, 1))
    assert "£170" in on(GB, "membership", d(2016, 1, 1))
    assert "£190" in on(GB, "membership", d(2020, 1, 1))
    assert "₹699" in on(IN, "sadasyata", d(2020, 6, 1))
    assert "1,500円" in on(JP, "fanclub", d(2020, 1, 1))
    assert "5 جنيهات" in on(EG, "risail", d(2020, 1, 1))
    assert "2,99 euro" in on(IT, "abbonamento", d(2020, 7, 1))
    assert "version numérique" in on(FR, "abonnement", d(2020, 1, 1))
    assert "R$ 4,90" in on(BR, "assinatura", d(2020, 8, 1))
    assert "€140" in on(IE, "ballraiocht", d(2020, 1, 1))
    assert counts_in(RU, "abonement", r"от ([\d ]+) руб") == set(SEASON_TICKET.values())
    fanclub = [norm(t) for t in group_lines(SET, JP, "fanclub")]
    assert {m[1] for t in fanclub if (m := re.search(r"ファンクラブ(\d{4})", t))} >= {"2016",
                                                                                    "2019"}
    jackpots = {int(m[1].replace(",", "")) for t in group_lines(SET, IE, "lotto")
                if (m := re.search(r"€([\d,]+)$", norm(t)))}
    assert jackpots and all(j >= LOTTO_START and j % LOTTO_STEP == 0 for j in jackpots)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (ES, "fe-de-errores"), (ES, "directo", 12), (ES, "impresa", 18), (DE, "anstoss"),
        (GB, "rain"), (IN, "sudhar"), (KR, "jeongjeong"), (JP, "teisei"), (EG, "tashih"),
        (IT, "errata"), (FR, "rectificatif"), (BR, "errata"), (RU, "popravka"),
        (IE, "pairc")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{ES}/interesar", "Te puede interesar: "), (f"{DE}/mehr", "Mehr zum Thema: "),
        (f"{GB}/read-more", "READ MORE: "), (f"{IN}/ye-bhi", "ये भी पढ़ें: "),
        (f"{KR}/gwallyeon", "관련기사: "), (f"{JP}/kanren", "【関連】"),
        (f"{EG}/iqra", "اقرأ أيضا.. "), (f"{IT}/leggi", "LEGGI ANCHE: "),
        (f"{FR}/lire", "LIRE AUSSI. ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (ES, "reproduccion", "Queda prohibida la reproducción total o parcial de este "
                             "contenido sin autorización expresa."),
        (DE, "partner", "Hauptsponsor: Brauerei Lindenhof · Ausrüster: Kreuzer Sport"),
        (GB, "registered", "Registered under the Co-operative and Community Benefit "
                           "Societies Act, no. 00000R"),
        (EG, "naql", "يُمنع النقل أو الاقتباس دون ذكر المصدر"),
        (IT, "riproduzione", "© RIPRODUZIONE RISERVATA"),
        (FR, "reproduction", "Toute reproduction, même partielle, est interdite sans "
                             "autorisation."),
        (RU, "vozrast", "6+")))
    assert_group_values_from_pool(SET, (
        (ES, "seccion", "seccion"), (DE, "rubrik", "rubrik"), (GB, "kicker", "kicker"),
        (IN, "shreni", "shreni"), (KR, "bunryu", "bunryu"), (JP, "kategori", "kategori"),
        (EG, "qism", "qism"), (IT, "serie", "serie"), (FR, "rubrique", "rubrique"),
        (BR, "editoria", "editoria"), (RU, "rubrika", "rubrika")))
    for style, family, pattern, pool_name in (
            (ES, "foto", r"^Foto: (.+)$", "agencia"),
            (ES, "fuente", r"^Con información de (.+)$", "agencia"),
            (DE, "foto", r"^Foto: (.+)$", "foto"),
            (GB, "picture", r"^Picture: (.+)$", "picture"),
            (IN, "photo", r"^फोटो: (.+)$", "photo"),
            (IN, "srot", r"^स्रोत: (.+)$", "srot"),
            (KR, "sajin", r"^사진=(.+)$", "sajin"),
            (EG, "masdar", r"^المصدر: (.+)$", "masdar"),
            (RU, "istochnik", r"^Источник: (.+)$", "istochnik")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (ES, "reproduccion", "Queda prohibida la reproducción total o parcial de este "
                             "contenido sin autorización expresa."),
        (DE, "partner", "Hauptsponsor: Brauerei Lindenhof · Ausrüster: Kreuzer Sport"),
        (GB, "registered", "Registered under the Co-operative and Community Benefit "
                           "Societies Act, no. 00000R"),
        (IT, "riproduzione", "© RIPRODUZIONE RISERVATA")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        ES: (["reproduccion", "derechos"], 2),
        DE: (["partner", "anschrift", "copyright"], 3),
        GB: (["address", "registered", "copyright"], 3),
        IN: (["sampark", "adhikar"], 2),
        KR: (["jebo", "deungrok", "jeojakgwon"], 3),
        JP: (["partner", "jimukyoku", "copyright"], 2),
        EG: (["naql", "huquq"], 2),
        IT: (["riproduzione", "testata", "copyright"], 2),
        FR: (["reproduction", "droits"], 2),
        BR: (["anuncie", "direitos"], 2),
        RU: (["adres", "vozrast", "prava"], 2),
        IE: (["urraitheoir", "cearta"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert ES in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
