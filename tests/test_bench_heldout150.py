"""The held-back-150 template set (`tests.bench.heldout_templates_150`): its localised dates
(printed day by day in English with American Pacific and British summer and winter time,
Korean and Japanese with the weekday, Spanish with Spain's summer and winter time,
Portuguese, Hindi and Turkish, several changing form on the day of a redesign), the lines
that turn every day, week and month (Korea's music show of the day and daily box office,
Turkey's ratings, the weekend box office, the chart week and its tracking week moved to
Friday-Thursday, Japan's weekly ranking, the week's releases, novela summaries and new
streaming titles, the Mexican chart's ISO week, what leaves streaming next month), the
festival and awards banners and the calendars they follow, the amounts that change over the
years, the lines in several languages and scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, last_weekday, nth_weekday
from tests.bench.heldout_templates_150 import (
    AM_REDESIGN,
    AM_SUBSCRIPTION,
    AM_TICKETS,
    BB_REDESIGN,
    BB_YOUTUBE,
    BBB,
    BIFF,
    BLUE_DRAGON,
    CANNES,
    CG_REDESIGN,
    CHART_RULES,
    CHUSEOK,
    CINEMA_GST,
    DIGITAL_TAX,
    DIWALI,
    DR_GOOGLE,
    DR_REDESIGN,
    EID,
    EMMYS,
    FD_REDESIGN,
    FD_YOUTUBE,
    FILMFARE,
    FIRST_DAY,
    FUJI_ROCK,
    GLASTONBURY,
    GOLDEN_DISC,
    GOYA,
    GRAMMYS,
    HALLS_SHUT,
    HL_ARCHIVE,
    HL_DATA,
    HL_REDESIGN,
    IVA_CINE,
    KURBAN_BAYRAMI,
    LAST_DAY,
    LATIN_GRAMMYS,
    MAMA,
    MUSIC_SHOWS,
    MW_AFFILIATE,
    MW_NEWSLETTER,
    MW_REDESIGN,
    MW_SPOILERS,
    NETFLIX_STANDARD,
    ON_COMBINED,
    ON_LINE,
    ON_REDESIGN,
    OSCARS,
    PS_AFILIADOS,
    PS_BOLETIN,
    PS_REDESIGN,
    RAMAZAN_BAYRAMI,
    RELEASE_DAY,
    RESALE_LAW,
    ROCK_IN_RIO,
    SAN_SEBASTIAN,
    SEOLLAL,
    SS_DISCLOSURE,
    SS_REDESIGN,
    TAX_RISE,
    THEATERS_DARK,
    TICKET_PRICES,
    TL_METHOD,
    TL_REDESIGN,
    TP_REDESIGN,
    TP_WHATSAPP,
    between,
    chart_tuesday,
    en_span,
    eu_summer_time,
    kohaku,
    ordinal_en,
    reading_weekend,
    tracking_week,
    us_daylight_time,
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

SET = "held-back-150"
SITES = ("Marquee Wire", "Hitlist Weekly", "별빛뉴스", "オトナビ", "Pantalla Sur", "Telinha Plus",
         "फिल्मी धुन", "Dizi Rehberi", "Amplifier Magazine", "StreamScout", "Top Latino MX",
         "시네마길")
MW, HL, BB, ON = "marqueewire.com", "hitlistweekly.com", "byeolbitnews.co.kr", "otonavi.jp"
PS, TP, FD, DR = "pantallasur.es", "telinhaplus.com.br", "filmidhun.in", "dizirehberi.com.tr"
AM, SS, TL, CG = "amplifiermag.co.uk", "streamscout.com", "toplatinomx.com", "cinemagil.co.kr"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((MW, "dated"), (HL, "dated"), (BB, "ipryeok"), (ON, "hizuke"), (PS, "fecha"),
         (TP, "data"), (FD, "tithi"), (DR, "tarih"), (AM, "dated"), (SS, "dated"),
         (TL, "fecha"), (CG, "ipryeok"))
# The lines that name the day they are printed on (or the day before).
EVERY_DAY = ((BB, "eumbang"), (DR, "reyting"), (CG, "boxoffice"))
# The lines that turn each week, on the weekday given, and the family's style.
WEEKLY = ((MW, "box-office", 4), (HL, "chart-week", 1), (ON, "ranking", 1),
          (PS, "estrenos", 0), (TP, "resumo", 6), (FD, "release", 5), (SS, "this-week", 0),
          (TL, "semana", 0))
# The notices that follow calendars.
BANNERS = ((MW, "newsletter"), (HL, "notice"), (BB, "banner"), (ON, "banner"), (PS, "aviso"),
           (TP, "aviso"), (FD, "suchna"), (DR, "duyuru"), (AM, "festivals"), (TL, "nota"),
           (CG, "banner"))
# Amounts in force from given days.
TABLES = ((HL, "rules", CHART_RULES), (PS, "iva", IVA_CINE), (FD, "gst", CINEMA_GST),
          (AM, "subscribe", AM_SUBSCRIPTION), (CG, "gwallamryo", TICKET_PRICES))

QUIET = d(2015, 5, 12)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    MW: "Get Marquee Wire's daily headlines delivered to your inbox",
    HL: "New charts every Tuesday.",
    BB: "별빛뉴스 페이스북 페이지에 '좋아요'를 눌러주세요",
    ON: "オトナビ公式Twitterで最新ニュースをチェック",
    PS: "Suscríbete a nuestro boletín semanal de estrenos",
    TP: "Siga a Telinha Plus no Instagram e no Twitter",
    FD: "फिल्मी धुन को फेसबुक पर फॉलो करें",
    DR: "Dizi Rehberi'ni Facebook ve Twitter'da takip edin",
    AM: "Never miss an issue: subscribe to Amplifier Magazine",
    TL: "Sigue la lista cada lunes en nuestras redes sociales",
    CG: "시네마길 뉴스레터를 구독하세요",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY) + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (SS, "leaving"), (SS, "prices"), (TP, "ingresso"), (AM, "glastonbury")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 12, 19), d(2019, 10, 1),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight_time(d(2019, 3, 10)) and not us_daylight_time(d(2019, 3, 9))
    assert not us_daylight_time(d(2019, 11, 3)) and us_daylight_time(d(2019, 11, 2))
    assert eu_summer_time(d(2019, 3, 31)) and not eu_summer_time(d(2019, 3, 30))
    assert chart_tuesday(d(2019, 6, 24)) == chart_tuesday(d(2019, 6, 18)) == d(2019, 6, 18)
    assert tracking_week(d(2015, 7, 14)) == (d(2015, 7, 6), d(2015, 7, 12))
    assert tracking_week(RELEASE_DAY) == (d(2015, 7, 10), d(2015, 7, 16))
    assert reading_weekend(2019) == (d(2019, 8, 23), d(2019, 8, 25))
    assert en_span(d(2020, 6, 28), d(2020, 7, 2)) == "Jun 28–Jul 2"
    assert between(d(2020, 6, 29), d(2020, 7, 5), ("x",) * 5 + ("junio", "julio"), "al") == (
        "29 de junio al 5 de julio")
    assert [ordinal_en(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st"]
    assert "第66回" in kohaku(2015) and "平成最後" in kohaku(2018) and "第71回" in kohaku(2020)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MW, "dated", old, rf"Mar 5, 2016 {clock12} PT")
    full(MW, "dated", new, rf"June 19, 2020 {clock12} PDT")
    full(MW, "dated", winter, rf"December 7, 2020 {clock12} PST")
    full(MW, "box-office", old, "Box office: weekend of Mar 4–6, 2016")
    full(HL, "dated", old, "3/5/2016")
    full(HL, "dated", new, rf"Jun\. 19, 2020, {clock12} ET")
    full(HL, "chart-week", new, "Chart dated June 20, 2020 · tracking week Fri Jun 5 – Thu "
                                "Jun 11")
    full(BB, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(BB, "ipryeok", new, rf"기사입력 2020\.06\.19\.\(금\) {clock}")
    full(BB, "eumbang", old, "오늘의 음악방송 · 3월 5일\\(토\\) MBC 쇼! 음악중심")
    full(BB, "eumbang", winter, "오늘의 음악방송 · 12월 7일\\(월\\) 편성 없음")
    full(ON, "hizuke", old, rf"2016年3月5日 {clock}")
    full(ON, "hizuke", new, rf"2020年6月19日（金）{clock} 配信")
    full(ON, "ranking", old, "週間シングルランキング（2016年3月7日付）")
    full(PS, "fecha", old, rf"05/03/2016 - {clock}")
    full(PS, "fecha", new, rf"Actualizado: viernes, 19 jun\. 2020, {clock} CEST")
    full(PS, "fecha", winter, rf"Actualizado: lunes, 7 dic\. 2020, {clock} CET")
    full(PS, "estrenos", winter, "Estrenos en cines del viernes 11 de diciembre")
    full(TP, "data", old, rf"05/03/2016 - {clock}")
    full(TP, "data", new, rf"Atualizado em 19 de junho de 2020, sexta-feira, às {clock}")
    full(TP, "resumo", old, "Resumo das novelas: capítulos de 29 de fevereiro a 5 de março")
    full(FD, "tithi", old, "प्रकाशित: 5 मार्च 2016")
    full(FD, "tithi", new, rf"शुक्रवार, 19 जून 2020 {clock} \(IST\)")
    full(FD, "release", old, "इस शुक्रवार \\(11 मार्च\\) सिनेमाघरों में रिलीज़ हो रही फिल्में")
    full(DR, "tarih", old, rf"05\.03\.2016 {clock}")
    full(DR, "tarih", new, rf"Güncelleme: 19 Haziran 2020 Cuma {clock}")
    full(DR, "reyting", winter, "6 Aralık Pazar reyting sonuçları: Total, AB ve ABC1 "
                                "sıralaması")
    full(AM, "dated", old, "Saturday 5th March 2016")
    full(AM, "dated", new, rf"19 Jun 2020, {clock} BST")
    full(AM, "dated", winter, rf"7 Dec 2020, {clock} GMT")
    full(SS, "dated", old, "Updated Mar 5, 2016")
    full(SS, "dated", new, rf"Updated June 19, 2020 · {clock12} ET")
    full(SS, "this-week", old, "New on streaming this week: Feb 29–Mar 6, 2016")
    full(SS, "leaving", new, "Leaving streaming in June 2020: last chance to watch")
    full(TL, "semana", winter, "Lista de la semana 49/2020: del 30 de noviembre al 6 de "
                               "diciembre")
    full(TL, "fecha", old, "5 de marzo de 2016")
    full(TL, "fecha", new, rf"Viernes 19/06/2020 · {clock} h \(hora del centro\)")
    full(CG, "ipryeok", old, rf"2016-03-05 {clock}")
    full(CG, "ipryeok", new, rf"2020년 6월 19일 \(금\) {clock}")
    full(CG, "boxoffice", new, "일일 박스오피스 \\(6월 18일 기준, 영화관입장권 통합전산망\\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # Today's music show, yesterday's ratings and box office name the day, not the year:
    # they turn every day.
    for domain, family in EVERY_DAY:
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(MW, "dated", day).endswith(" PT") == (day < MW_REDESIGN)
        if day >= MW_REDESIGN:
            assert on(MW, "dated", day).endswith("PDT" if us_daylight_time(day) else "PST")
        assert on(HL, "dated", day).endswith(" ET") == (day >= HL_REDESIGN)
        assert on(BB, "ipryeok", day).startswith("기사입력") == (day >= BB_REDESIGN)
        assert ("配信" in on(ON, "hizuke", day)) == (day >= ON_REDESIGN)
        assert on(PS, "fecha", day).startswith("Actualizado") == (day >= PS_REDESIGN)
        assert on(TP, "data", day).startswith("Atualizado") == (day >= TP_REDESIGN)
        assert on(FD, "tithi", day).startswith("प्रकाशित") == (day < FD_REDESIGN)
        assert on(DR, "tarih", day).startswith("Güncelleme") == (day >= DR_REDESIGN)
        assert on(AM, "dated", day).endswith(("BST", "GMT")) == (day >= AM_REDESIGN)
        assert ("·" in on(SS, "dated", day)) == (day >= SS_REDESIGN)
        assert ("hora del centro" in on(TL, "fecha", day)) == (day >= TL_REDESIGN)
        assert ("년" in on(CG, "ipryeok", day)) == (day >= CG_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for domain, family, weekday in WEEKLY:
        turns = changes(domain, family)
        assert len(turns) >= 240, (domain, family)
        odd = {day for day in turns if day.weekday() != weekday}
        if family == "ranking":  # the combined ranking starts on a Wednesday
            assert odd == {ON_COMBINED}
        else:
            assert not odd, (domain, family, sorted(odd)[:3])
    dark = {day for day in changes(MW, "box-office")} & {
        THEATERS_DARK[0] + k * one for k in range(1, (THEATERS_DARK[1] - THEATERS_DARK[0]).days)}
    assert not dark  # no new weekend while theaters were dark
    leaving = changes(SS, "leaving")
    assert len(leaving) == 72 and all(day.day == 20 for day in leaving)
    for day in every_day():
        show = MUSIC_SHOWS[day.weekday()]
        assert (show or "편성 없음") in on(BB, "eumbang", day)
        yesterday = day - one
        assert on(DR, "reyting", day).startswith(f"{yesterday.day} ")
        assert f"{yesterday.month}월 {yesterday.day}일 기준" in on(CG, "boxoffice", day)
    assert "무관중" in on(BB, "eumbang", d(2020, 6, 19))
    assert "무관중" not in on(BB, "eumbang", d(2019, 6, 21))
    assert "reprises" in on(TP, "resumo", d(2020, 5, 5))
    assert "ओटीटी" in on(FD, "release", d(2020, 6, 1))
    assert "plataformas" in on(PS, "estrenos", d(2020, 4, 1))


def test_chart_week_moved_to_friday_on_global_release_day() -> None:
    before, after = on(HL, "chart-week", RELEASE_DAY - one), on(HL, "chart-week", RELEASE_DAY)
    assert "tracking week Mon Jul 6 – Sun Jul 12" in before
    assert "tracking week Fri Jul 10 – Thu Jul 16" in after
    for day in every_day():
        text = on(HL, "chart-week", day)
        assert ("Fri " in text and "Thu " in text) == (day >= RELEASE_DAY), day
    assert on(ON, "ranking", ON_COMBINED).startswith("週間合算")
    assert not on(ON, "ranking", ON_COMBINED - one).startswith("週間合算")


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        assert f"Oscars {y}: full coverage of the {y - 1928}th" in on(MW, "newsletter",
                                                                       iso(OSCARS[y])), y
        assert f"Emmys {y}" in on(MW, "newsletter", iso(EMMYS[y])), y
        assert f"Grammys {y}" in on(HL, "notice", iso(GRAMMYS[y])), y
        labor = nth_weekday(y, 9, 0, 1)
        assert "Because of Labor Day" in on(HL, "notice", labor), y
        assert "Because of Memorial Day" in on(HL, "notice", last_weekday(y, 5, 0)), y
        assert f"Year-End Charts of {y}" in on(HL, "notice", d(y, 12, 10)), y
        assert f"{y} MAMA" in on(BB, "banner", iso(MAMA[y])), y
        assert f"제{y - 1985}회 골든디스크" in on(BB, "banner", iso(GOLDEN_DISC[y])), y
        assert kohaku(y) == on(ON, "banner", d(y, 12, 31)), y
        assert f"{y - 1986}.ª edición" in on(PS, "aviso", iso(GOYA[y])), y
        assert f"Carnaval {y}" in on(TP, "aviso", carnival_tuesday(y)), y
        assert f"Ramazan Bayramı {y}" in on(DR, "duyuru", iso(RAMAZAN_BAYRAMI[y])), y
        assert f"Kurban Bayramı {y}" in on(DR, "duyuru", iso(KURBAN_BAYRAMI[y])), y
        assert f"Latin Grammy {y}" in on(TL, "nota", iso(LATIN_GRAMMYS[y])), y
        assert "la lista regresa" in on(TL, "nota", d(y, 12, 31)), y
        assert f"제{y - 1995}회 부산국제영화제" in on(CG, "banner", iso(BIFF[y][0])), y
        if y < 2020:
            assert "Sezon finali" in on(DR, "duyuru", d(y, 6, 29)), y
            assert f"Reading & Leeds {y}" in on(AM, "festivals", reading_weekend(y)[0]), y
            assert f"ईद {y}" in on(FD, "suchna", iso(EID[y])), y
            assert f"फिल्मफेयर अवॉर्ड्स {y}" in on(FD, "suchna", iso(FILMFARE[y])), y
            assert "설 연휴" in on(CG, "banner", iso(SEOLLAL[y])), y
        assert "한가위" in on(BB, "banner", iso(CHUSEOK[y])), y
        assert f"दिवाली {y}" in on(FD, "suchna", iso(DIWALI[y])), y
    for y, (first, _) in CANNES.items():
        assert f"Cannes {y}" in on(MW, "newsletter", iso(first)), y
    for y, (first, _) in FUJI_ROCK.items():
        assert f"FUJI ROCK FESTIVAL '{y % 100}" in on(ON, "banner", iso(first)), y
    for y, (first, _) in SAN_SEBASTIAN.items():
        assert f"{y - 1952}.ª edición" in on(PS, "aviso", iso(first)), y
    for n, (first, last) in BBB.items():
        assert f"BBB{n}" in on(TP, "aviso", iso(first)) and f"BBB{n}" in on(TP, "aviso",
                                                                            iso(last)), n
    for y, (first, _) in ROCK_IN_RIO.items():
        assert f"Rock in Rio {y}" in on(TP, "aviso", iso(first)), y
    for y, (first, _) in GLASTONBURY.items():
        assert f"Glastonbury {y}: live" in on(AM, "festivals", iso(first)), y
    for y, day in BLUE_DRAGON.items():
        assert f"제{y - 1979}회 청룡영화상" in on(CG, "banner", iso(day)), y
    assert "fallow" in on(AM, "festivals", d(2018, 6, 22))
    assert "Gigs cancelled" in on(AM, "festivals", d(2020, 8, 28))  # no Reading in 2020
    assert "令和" in on(ON, "banner", d(2019, 4, 20))
    assert "公演中止" in on(ON, "banner", d(2020, 4, 1))
    assert "FUJI ROCK" not in on(ON, "banner", d(2020, 7, 24))  # no Fuji Rock in 2020
    assert "Hollywood and the coronavirus" in on(MW, "newsletter", d(2020, 5, 15))
    assert "Cannes" not in on(MW, "newsletter", d(2020, 5, 15))
    assert "Estado de alarma" in on(PS, "aviso", d(2020, 4, 15))
    assert "BBB20" in on(TP, "aviso", d(2020, 4, 1)) and "Gravações" in on(TP, "aviso",
                                                                           d(2020, 5, 1))
    assert "सिनेमाघर बंद" in on(FD, "suchna", iso(EID[2020]))
    assert "Koronavirüs" in on(DR, "duyuru", d(2020, 4, 15))
    assert "2020-2021 yeni sezon" in on(DR, "duyuru", d(2020, 9, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MW, "byline", MW_REDESIGN, "By {author}", "{author_handle}"),
        (MW, "spoiler", MW_SPOILERS, "Spoiler alert", "[This story"),
        (MW, "affiliate", MW_AFFILIATE, "may receive", "affiliate commission"),
        (MW, "newsletter", MW_NEWSLETTER, "daily headlines", "Sign up for"),
        (HL, "archive", HL_ARCHIVE, "Browse every chart", "subscribers only"),
        (HL, "data", HL_DATA, "Tallyhouse Music.", "MRQ Data"),
        (BB, "jeojakgwon", BB_REDESIGN, "<저작권자", "& byeolbitnews.co.kr"),
        (BB, "banner", BB_YOUTUBE, "페이스북", "유튜브"),
        (ON, "zei", TAX_RISE, "8%", "10%"),
        (ON, "tenbai", RESALE_LAW, "ご遠慮ください", "不正転売禁止法"),
        (ON, "banner", ON_LINE, "Twitter", "LINE"),
        (PS, "afiliados", PS_AFILIADOS, "puede recibir", "Enlaces de afiliado"),
        (PS, "aviso", PS_BOLETIN, "boletín semanal", "Cada jueves"),
        (TP, "aviso", TP_WHATSAPP, "Instagram", "WhatsApp"),
        (FD, "suchna", FD_YOUTUBE, "फेसबुक", "यूट्यूब"),
        (DR, "vergi", DIGITAL_TAX, "%18 KDV dahildir", "dijital hizmet vergisi"),
        (DR, "duyuru", DR_GOOGLE, "Facebook", "Google Haberler"),
        (AM, "words", AM_REDESIGN, "Words: {author}", "Photos"),
        (AM, "tickets", AM_TICKETS, "ticketing partner", "commission"),
        (SS, "disclosure", SS_DISCLOSURE, "may earn a commission", "reader-supported"),
        (TL, "metodo", TL_METHOD, "120 ciudades", "plataformas digitales")))
    assert_groups_reworded(SET, (
        (MW, "dated", " PT", "PDT"),
        (MW, "byline", "By ", " · @"),
        (BB, "ipryeok", "입력 ", "기사입력"),
        (HL, "chart-week", "Chart dated", "Fri "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    prices = changes(SS, "prices")
    assert prices == {iso(start) for start, _ in NETFLIX_STANDARD[1:]} | {SS_REDESIGN}
    assert "$13.99" in on(SS, "prices", LAST_DAY) and "$8.99" in on(SS, "prices", FIRST_DAY)
    assert "Disney+" in on(SS, "prices", SS_REDESIGN)
    assert "Disney+" not in on(SS, "prices", SS_REDESIGN - one)
    assert changes(TP, "ingresso") == {d(2017, 4, 6), d(2019, 4, 11)}
    assert "R$ 525,00" in on(TP, "ingresso", d(2020, 1, 1))
    assert found(AM, "glastonbury", r"(£\d+)") == {"£225", "£228", "£238", "£248", "£265"}
    assert "fallow" in on(AM, "glastonbury", d(2018, 1, 1))
    assert "cancelled" in on(AM, "glastonbury", d(2020, 6, 1))
    assert "10 %" in on(PS, "iva", d(2018, 7, 5)) and "21 %" in on(PS, "iva", d(2018, 7, 4))
    assert "28%" in on(FD, "gst", d(2018, 6, 1)) and "12%" in on(FD, "gst", d(2019, 6, 1))
    assert "video streams" in on(HL, "rules", d(2020, 1, 3))
    shares = {m[1] for t in group_lines(SET, HL, "rules")
              if (m := re.search(r"How the charts work: ([\d,]+)", norm(t)))}
    assert shares == {"1,500", "1,250"}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (BB, "masthead", r"[\uac00-\ud7a3]"), (BB, "jeojakgwon", r"[\uac00-\ud7a3]"),
        (CG, "boxoffice", r"[\uac00-\ud7a3]"), (ON, "hizuke", r"[年月日]"),
        (ON, "sponsor", r"[\u30a0-\u30ff]"), (ON, "tensai", r"[\u4e00-\u9fff]"),
        (FD, "aankde", r"[\u0900-\u097f]"), (FD, "vigyapan", r"[\u0900-\u097f]"),
        (PS, "legal", r"[áéíóúñ]"), (TP, "reproducao", r"[ãçéó]"),
        (DR, "akis", r"[çğışöü]"), (TL, "escucha", r"[úñ]")))
    assert any(t.endswith("CEST") for t in group_lines(SET, PS, "fecha"))
    assert any("配信" in t for t in group_lines(SET, ON, "hizuke"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MW}/dated", f"{MW}/byline", f"{MW}/related", f"{MW}/kicker",
                         f"{MW}/copyright", f"{MW}/box-office", f"{HL}/dated",
                         f"{HL}/chart-week", f"{HL}/move", f"{BB}/ipryeok", f"{BB}/sajin"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MW}/owner", f"{MW}/copyright", f"{HL}/trademark", f"{HL}/copyright",
        f"{BB}/jebo", f"{ON}/tensai"))
    assert_carried_share(docs, MW, [
        ("dated", 0.82, 0.99), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("spoiler", 0.02, 0.16), ("newsletter", 0.2, 0.5)])
    assert_carried_share(docs, HL, [("chart-week", 0.6, 0.9), ("copyright", 0.25, 0.55),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{MW}/related", f"{MW}/advert", f"{TP}/leia", f"{TP}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HL, "move"), (BB, "sajin"), (ON, "satsuei"), (PS, "donde"),
                               (FD, "rating"), (TP, "horario"), (SS, "where"), (TL, "movimiento")))


def test_spoilers_where_to_watch_and_episode_guides() -> None:
    spoilers = [norm(t) for style, family in ((MW, "spoiler"), (PS, "spoiler"), (TP, "spoiler"),
                                              (DR, "spoiler"))
                for t in group_lines(SET, style, family)]
    assert len(spoilers) >= 10 and all(re.search(r"(?i)spoiler", t) for t in spoilers)
    where = [norm(t) for t in group_lines(SET, SS, "where") + group_lines(SET, PS, "donde")]
    assert where and any("," in t for t in where)
    episodes = {norm(t) for t in group_lines(SET, SS, "episode") + group_lines(SET, DR, "bolum")}
    assert len(episodes) >= 3 and any("Season" in t for t in episodes)
    assert any("Bölüm" in t for t in episodes)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MW, "correction", 16), (HL, "correction"), (BB, "jeongjeong"), (ON, "teisei"),
        (PS, "erratas"), (TP, "errata"), (FD, "sudhar"), (DR, "duzeltme"),
        (AM, "correction"), (SS, "correction"), (TL, "erratas"), (CG, "jeongjeong")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MW}/related", "Related: "), (f"{HL}/see-also", "See also: "),
        (f"{BB}/gwallyeon", "[관련기사] "), (f"{ON}/kanren", "【関連記事】"),
        (f"{PS}/interesar", "Te puede interesar: "), (f"{TP}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (MW, "advert", "Advertisement"), (HL, "advert", "ADVERTISEMENT"),
        (BB, "gwanggo", "광고"), (ON, "sponsor", "スポンサーリンク"),
        (PS, "publicidad", "Publicidad"), (TP, "publicidade", "Publicidade"),
        (FD, "vigyapan", "विज्ञापन"), (DR, "reklam", "Reklam")))
    assert_group_values_from_pool(SET, (
        (MW, "kicker", "kicker"), (ON, "kategori", "kategori"), (PS, "seccion", "seccion"),
        (TP, "editoria", "editoria"), (FD, "shreni", "shreni"), (DR, "kategori", "kategori"),
        (AM, "section", "section"), (TL, "movimiento", "movimiento")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (MW, "advert", "Advertisement"),
        (HL, "advert", "ADVERTISEMENT"),
        (ON, "sponsor", "スポンサーリンク"),
        (PS, "legal", "Aviso legal · Política de privacidad · Política de cookies · Contacto"),
        (SS, "availability", "Availability and prices are accurate as of publication and may "
                             "change.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        MW: (["owner", "copyright"], 2),
        HL: (["trademark", "copyright"], 2),
        ON: (["tensai", "copyright"], 2),
        PS: (["legal", "copyright"], 2),
        TP: (["copyright", "reproducao"], 2),
        DR: (["telif", "kaynak"], 2),
        AM: (["company", "address"], 2)})


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
    assert HALLS_SHUT[0] < HALLS_SHUT[1]
