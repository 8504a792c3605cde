"""The held-back-182 template set (`tests.bench.heldout_templates_182`): its localised dates
(printed day by day in Spanish, Haitian Creole beside English, Vietnamese, Korean, Chinese,
Polish, Tagalog and AP-style English, several changing form on the day of a redesign), the
lines that turn every business day (dollars to pesos, won, zloty and yuan, the gold price),
every week (the Philippine peso, a community calendar) and every month (the mobile
consulate's next visit, the monthly issue), the calendars some notices follow (the Lunar New
Year with its year names, Chuseok and the Mid-Autumn Festival, Black April and Sa-i-gu
anniversaries, Haitian Flag Day and the 12 January anniversary, TPS and DACA, American and
overseas votes, the 3 May parade, Fat Thursday, Dyngus Day, Pulaski Day, Philippine
Independence Day, Simbang Gabi, tax seasons, the census and the pandemic), the fees and prices
that change over the years, the translated-by and partnership credits, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import easter, nth_weekday, ordinal
from tests.bench.heldout_templates_182 import (
    CA_REGISTRATION,
    CAN_CHI,
    CONSULADO_CITIES,
    ELECTION_DAYS,
    FIRST_DAY,
    FZ_COPYRIGHT,
    GANJI,
    KP_EWYDANIE,
    KP_PACZKI,
    KP_REDESIGN,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    LV_REDESIGN,
    LV_REMESAS,
    LV_TRADUCCION,
    LV_WHATSAPP,
    MD_COPYRIGHT,
    MD_FEES,
    MD_KAKAO,
    MD_REDESIGN,
    MID_AUTUMN,
    NN_COLLAB,
    NN_LANGS,
    NN_REDESIGN,
    NV_FEES,
    NV_RADIO,
    NV_REDESIGN,
    NV_TRANSLATION,
    PH_SUBSCRIPTION,
    POLISH_VOTES,
    QS_APP,
    QS_REDESIGN,
    SHENGXIAO_S,
    SHENGXIAO_T,
    TAX_DAYS,
    TK_BOX,
    TK_REDESIGN,
    VX_RAOVAT,
    VX_REDESIGN,
    VX_SOURCES,
    VX_TV,
    business_day,
    consulado_visit,
    first_saturday_of_may,
    ktown_festival,
    monday_of,
    pulaski_parade,
    through,
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

SET = "held-back-182"
SITES = ("La Voz del Valle Central", "Nouvèl Dyaspora", "Viễn Xứ Nhật Báo", "미주동포신문",
         "灣區僑聲", "Kurier Polonijny", "Tinig Kababayan", "New Neighbors News Service",
         "El Heraldo Latino de Carolina", "The Polonia Herald", "法拉盛周刊", "Ktown Weekly")
LV, NV, VX, MD = ("lavozdelvallecentral.com", "nouveldyaspora.com", "vienxunhatbao.com",
                  "mijudongpo.com")
QS, KP, TK, NN = ("bayqiaosheng.com", "kurierpolonijny.com", "tinigkababayan.com",
                  "newneighborsnews.org")
HL, PH, FZ, KW = ("heraldolatinonc.com", "poloniaherald.com", "flushingzhoukan.com",
                  "ktownweeklyenglish.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LV, "fecha"), (NV, "dat"), (VX, "ngay"), (MD, "date"), (QS, "riqi"), (KP, "data"),
         (TK, "petsa"), (NN, "dated"), (HL, "fecha"), (PH, "dated"), (FZ, "riqi"),
         (KW, "dated"))
# The rates that turn every business day.
BUSINESS = ((LV, "envio"), (VX, "giavang"), (MD, "exchange"), (KP, "kurs"), (FZ, "huilv"))
# The lines that turn every Monday.
WEEKLY = ((QS, "huodong"), (TK, "palitan"))
# The notices that follow calendars.
BANNERS = ((LV, "aviso"), (NV, "avi"), (VX, "thongbao"), (MD, "notice"), (QS, "tongzhi"),
           (KP, "ogloszenie"), (TK, "paalala"), (NN, "donate"), (HL, "temporada"),
           (PH, "notice"), (FZ, "weixin"), (KW, "notice"))
# Amounts in force from given days.
TABLES = ((NV, "lajan", NV_FEES), (VX, "raovat", VX_RAOVAT), (MD, "subscribe", MD_FEES),
          (KP, "paczki", KP_PACZKI), (TK, "balikbayan", TK_BOX),
          (PH, "subscription", PH_SUBSCRIPTION))

QUIET = d(2015, 6, 1)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    LV: "Síganos en Facebook y reciba las noticias de su comunidad",
    NV: "Abòne ak bilten Nouvèl Dyaspora chak vandredi",
    VX: "Mời quý độc giả theo dõi Viễn Xứ Nhật Báo trên Facebook",
    MD: "미주동포신문 페이스북 페이지에 '좋아요'를 눌러주세요",
    QS: "歡迎關注灣區僑聲微信公眾號",
    KP: "Zapraszamy do prenumeraty wydania drukowanego",
    TK: "Like us on Facebook for community news and events",
    NN: "New Neighbors News Service is a nonprofit newsroom. Support our work.",
    HL: "Anúnciese en El Heraldo Latino de Carolina: llame al (919) 555-0133",
    PH: "Subscribe to The Polonia Herald: 12 issues a year, mailed to your door",
    FZ: "扫码关注法拉盛周刊微信公众号",
    KW: "Follow us on Instagram and KakaoTalk for daily Koreatown news",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def numbers(domain: str, family: str, pattern: str) -> list[float]:
    """The number `pattern` finds in each of the family's lines in the style's group."""
    return [float(m[1].replace(",", "")) for t in group_lines(SET, domain, family)
            if (m := re.search(pattern, norm(t)))]


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BUSINESS + WEEKLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((HL, "consulado"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 15), d(2018, 5, 18), d(2019, 2, 5),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert business_day(d(2019, 6, 23)) == business_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert monday_of(d(2020, 6, 21)) == monday_of(d(2020, 6, 15)) == d(2020, 6, 15)
    assert consulado_visit(d(2016, 3, 5)) == consulado_visit(d(2016, 3, 12)) == d(2016, 3, 12)
    assert consulado_visit(d(2016, 3, 13)) == d(2016, 4, 9)
    assert consulado_visit(d(2019, 12, 15)) == d(2020, 1, 11)
    assert first_saturday_of_may(2017) == KP_REDESIGN
    assert pulaski_parade(2019) == d(2019, 10, 6) and pulaski_parade(2020) is None
    assert ktown_festival(2018) == d(2018, 10, 6) and ktown_festival(2020) is None
    assert easter(2019) - 52 * one == d(2019, 2, 28)  # Fat Thursday
    assert through(d(2010, 1, 1), (("2015-01-01", 1.0), ("2015-01-11", 2.0))) == 1.0
    assert through(d(2015, 1, 6), (("2015-01-01", 1.0), ("2015-01-11", 2.0))) == 1.5
    for y in LUNAR_NEW_YEAR:
        assert iso(LUNAR_NEW_YEAR[y]).month in (1, 2) and iso(MID_AUTUMN[y]).month in (9, 10)
    assert all(iso(day).weekday() == 5 for day, _ in POLISH_VOTES)
    assert all(iso(day).weekday() == 1 for day in ELECTION_DAYS.values())


def test_localised_dates_and_rates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LV, "fecha", old, "Marzo 5, 2016")
    full(LV, "fecha", new, rf"Publicado el viernes 19 de junio de 2020 a las {clock12}")
    full(LV, "envio", new, r"💵 Envíe dinero a México con Remesas del Sol: hoy 1 dólar = "
                           r"2\d\.\d\d pesos\. Cobro en efectivo en más de 20 mil puntos\.")
    full(NV, "dat", old, "5 mas 2016")
    full(NV, "dat", new, "Pibliye vandredi 19 jen 2020 · Published Friday, June 19, 2020")
    full(VX, "ngay", old, "05/03/2016")
    full(VX, "ngay", new, rf"Cập nhật: Thứ Sáu, ngày 19 tháng 6 năm 2020, {clock}")
    full(VX, "giavang", new, r"Giá vàng thế giới ngày 19/6/2020: \$1,\d{3}\.\d\d một ounce")
    full(MD, "date", old, rf"입력 2016\.03\.05 {clock}")
    full(MD, "date", new, rf"2020년 6월 19일 \(금\) {clock}")
    full(MD, "exchange", new, r"오늘의 환율\(6월 19일 기준\): 1달러 = 1,\d{3}\.\d\d원")
    full(QS, "riqi", old, "2016年3月5日")
    full(QS, "riqi", new, rf"更新時間：2020年6月19日（星期五） {clock}")
    full(QS, "huodong", new, "本週社區活動（6月15日至6月21日）：請見本報社區版")
    full(KP, "data", old, r"05\.03\.2016")
    full(KP, "data", new, rf"piątek, 19 czerwca 2020, godz\. {clock}")
    full(KP, "kurs", old, r"Kurs średni NBP z 04\.03\.2016: 1 USD = [34],\d{4} zł")
    full(TK, "petsa", old, "March 5, 2016")
    full(TK, "petsa", new, "Biyernes, Hunyo 19, 2020")
    full(TK, "palitan", new, r"Palitan ngayong linggo \(Hunyo 15\): \$1 = ₱\d\d\.\d\d")
    full(NN, "dated", old, "March 5, 2016")
    full(NN, "dated", d(2016, 9, 5), "Sept. 5, 2016")
    full(NN, "dated", new, rf"Published June 19, 2020 · Updated {clock12} PT")
    full(HL, "fecha", old, "Publicado: 03/05/2016")
    full(HL, "fecha", new, r"Actualizado el 19 de junio de 2020 \| Updated June 19, 2020")
    full(HL, "consulado", old, "🇲🇽 Consulado sobre Ruedas: próxima visita el sábado 12 de "
                               "marzo en Charlotte")
    full(PH, "dated", new, "From the June 2020 issue · Posted June 19, 2020")
    full(FZ, "riqi", new, rf"发布时间：2020-06-19 {clock}")
    full(FZ, "huilv", new, r"今日汇率：1美元兑7\.\d{4}元人民币")
    full(KW, "dated", new, "FRIDAY, JUNE 19, 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(LV, "fecha", day).startswith("Publicado") == (day >= LV_REDESIGN)
        assert ("Published" in on(NV, "dat", day)) == (day >= NV_REDESIGN)
        assert on(VX, "ngay", day).startswith("Cập nhật") == (day >= VX_REDESIGN)
        assert on(MD, "date", day).startswith("입력") == (day < MD_REDESIGN)
        assert on(QS, "riqi", day).startswith("更新時間") == (day >= QS_REDESIGN)
        assert ("godz." in on(KP, "data", day)) == (day >= KP_REDESIGN)
        assert on(TK, "petsa", day).startswith(("Lunes", "Martes", "Miyerkules", "Huwebes",
                                                "Biyernes", "Sabado", "Linggo")) == (
            day >= TK_REDESIGN)
        assert on(NN, "dated", day).startswith("Published") == (day >= NN_REDESIGN)
        assert on(HL, "fecha", day).startswith("Actualizado") == (day >= d(2019, 5, 5))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_business_day_week_and_month() -> None:
    for key in BUSINESS:
        turned = changes(*key)
        assert len(turned) >= 1300 and all(day.weekday() < 5 for day in turned), key
    for key in WEEKLY:
        assert changes(*key) == {day for day in every_day() if day.weekday() == 0}, key
    visits = changes(HL, "consulado") - {d(2020, 3, 15), d(2020, 9, 1)}
    assert len(visits) >= 60 and all(day.weekday() == 6 and 8 <= day.day <= 15
                                     for day in visits)
    assert "suspendidas" in on(HL, "consulado", d(2020, 5, 1))
    cities = found(HL, "consulado", r" en (\w+)$")
    assert cities == set(CONSULADO_CITIES)
    assert len(found(PH, "dated", r"From the (\w+ \d{4}) issue")) == 72
    for domain, family, pattern, low, high in (
            (LV, "envio", r"= ([\d.]+) pesos", 14, 26), (VX, "giavang", r"\$([\d,.]+) ", 1000,
                                                                      2100),
            (MD, "exchange", r"= ([\d,.]+)원", 1000, 1320), (TK, "palitan", r"₱([\d.]+)", 43,
                                                                            55)):
        values = numbers(domain, family, pattern)
        assert len(set(values)) >= 5 and all(low <= v <= high for v in values), family
    yuan = [float(v) for v in found(FZ, "huilv", r"兑([\d.]+)元")]
    assert len(yuan) >= 1000 and all(6.1 <= v <= 7.25 for v in yuan)
    assert "Primer envío" in on(LV, "envio", LV_REMESAS - one)
    assert "Cobro en efectivo" in on(LV, "envio", LV_REMESAS)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        tet, chuseok = iso(LUNAR_NEW_YEAR[y]), iso(MID_AUTUMN[y])
        assert f"Día de Muertos {y}" in on(LV, "aviso", d(y, 11, 1)), y
        assert f"{y - 2010} an depi 12 janvye 2010" in on(NV, "avi", d(y, 1, 12)), y
        assert f"Bòn ane {y}" in on(NV, "avi", d(y, 1, 1)), y
        assert CAN_CHI[y] in on(VX, "thongbao", tet - 7 * one), y
        assert f"{y}{SHENGXIAO_T[y]}年" in on(QS, "tongzhi", tet + 7 * one), y
        assert f"{y}{SHENGXIAO_S[y]}年春节" in on(FZ, "weixin", tet), y
        assert f"{y} 추석" in on(MD, "notice", chuseok), y
        assert f"Happy Chuseok {y}" in on(KW, "notice", chuseok), y
        assert f"Tłusty Czwartek {(easter(y) - 52 * one).day}" in on(KP, "ogloszenie",
                                                                     easter(y) - 52 * one), y
        assert f"Świąt Bożego Narodzenia {y}" in on(KP, "ogloszenie", d(y, 12, 24)), y
        assert "Filipino American History Month" in on(TK, "paalala", d(y, 10, 15)), y
        assert f"Simbang Gabi {y}" in on(TK, "paalala", d(y, 12, 20)), y
        assert f"Dec. 31, {y}" in on(NN, "donate", d(y, 12, 1)), y
        assert f"Dyngus Day {y}" in on(PH, "notice", easter(y) + one), y
        assert f"Dec. 24-26, {y}" in on(PH, "notice", d(y, 12, 24)), y
        assert f"Sa-i-gu, {y - 1992} years on" in on(KW, "notice", d(y, 4, 29)), y
        if y < 2020:  # the pandemic's notices win in the spring of 2020
            assert f"drapo {y}" in on(NV, "avi", d(y, 5, 18)), y
            assert f"Tưởng niệm {y - 1975} năm" in on(VX, "thongbao", d(y, 4, 30)), y
            assert f"{ordinal(y - 1898)} Philippine Independence Day" in on(
                TK, "paalala", d(y, 6, 12)), y
            assert f"Parada 3 Maja {y}" in on(KP, "ogloszenie", first_saturday_of_may(y)), y
            assert f"Pulaski Day Parade {y}" in on(PH, "notice", pulaski_parade(y)), y
            assert f"{y}年中秋節" in on(QS, "tongzhi", chuseok), y
            assert f"Koreatown festival weekend {y}" in on(KW, "notice", ktown_festival(y)), y
        if y not in (2017, 2020):  # Korean votes abroad and the pandemic win
            assert f"4·29 폭동 {y - 1992}주년" in on(MD, "notice", d(y, 4, 29)), y
        if y != 2020:
            assert GANJI[y] in on(MD, "notice", iso(LUNAR_NEW_YEAR[y])), y
        assert f"Impuestos {y}" in on(HL, "temporada", d(y, 2, 15)), y
        assert f"{iso(TAX_DAYS[y]).day} de" in on(HL, "temporada", d(y, 2, 15)), y
    assert "재외선거" in on(MD, "notice", iso(LUNAR_NEW_YEAR[2020]))
    assert "대통령선거" in on(MD, "notice", d(2017, 4, 29))
    assert "15 de julio" in on(HL, "temporada", d(2020, 6, 1))
    assert "Florence" in on(HL, "temporada", d(2018, 9, 15))
    assert "Dyngus Day 2020 celebrations are cancelled" in on(PH, "notice", d(2020, 4, 13))
    assert "odwołana" in on(KP, "ogloszenie", d(2020, 5, 2))
    for day, name in POLISH_VOTES:
        assert f"{name} {day[:4]}: w USA głosujemy w sobotę" in on(KP, "ogloszenie", iso(day))
    assert "korespondencyjnie" in on(KP, "ogloszenie", d(2020, 6, 20))
    for y, deadline in CA_REGISTRATION.items():
        assert f"antes del {iso(deadline).day} de octubre" in on(LV, "aviso", iso(deadline))
        election = iso(ELECTION_DAYS[y])
        assert f"Vote el martes {election.day} de noviembre de {y}" in on(LV, "aviso",
                                                                          election)
        assert f"Bầu cử ngày {election.month}/{election.day}/{y}" in on(VX, "thongbao",
                                                                        election)
        assert f"{y}年{election.month}月{election.day}日大選" in on(QS, "tongzhi", election)
        assert f"Our {y} voter guides" in on(NN, "donate", d(y, 10, 15))
    assert "DACA" in on(LV, "aviso", d(2017, 9, 10)) and "DACA" in on(LV, "aviso",
                                                                       d(2020, 6, 25))
    assert "Censo 2020" in on(LV, "aviso", d(2020, 8, 1))
    assert "Coronavirus" in on(LV, "aviso", d(2020, 4, 1))
    assert "Matthew" in on(NV, "avi", d(2016, 10, 10))
    assert "22 jiyè 2019" in on(NV, "avi", d(2017, 11, 25))
    assert "人口普查" in on(QS, "tongzhi", d(2020, 7, 1)) and "人口普查" in on(FZ, "weixin",
                                                                           d(2020, 7, 1))
    assert "暂停" in on(FZ, "weixin", d(2020, 4, 15))
    assert "Census 2020" in on(NN, "donate", d(2020, 5, 1))
    assert "Abril 13 hanggang Mayo 13, 2019" in on(TK, "paalala", d(2019, 5, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LV, "autor", LV_REDESIGN, "Por {author}", "{author_beat}"),
        (LV, "traduccion", LV_TRADUCCION, "Traducido del inglés", "Read this story in English"),
        (LV, "aviso", LV_WHATSAPP, "Facebook", "WhatsApp"),
        (NV, "ote", NV_REDESIGN, "Pa {author}", "Pa / By"),
        (NV, "tradiksyon", NV_TRANSLATION, "Tradiksyon kreyòl", "Translated from the English"),
        (NV, "avi", NV_RADIO, "bilten", "radyo"),
        (VX, "biendich", VX_SOURCES, "lược dịch", "Theo {nguon}"),
        (VX, "thongbao", VX_TV, "Facebook", "YouTube"),
        (MD, "notice", MD_KAKAO, "페이스북", "카카오톡"),
        (MD, "copyright", MD_COPYRIGHT, "무단전재", "크롤링"),
        (QS, "tongzhi", QS_APP, "微信", "App"),
        (KP, "ogloszenie", KP_EWYDANIE, "wydania drukowanego", "E-wydanie"),
        (TK, "ni", TK_REDESIGN, "By {author}", "Ni {author}"),
        (NN, "byline", NN_REDESIGN, "By {author}", "{author2}"),
        (NN, "languages", NN_LANGS, "Español | Tiếng Việt", "Kreyòl"),
        (NN, "partnership", NN_COLLAB, "This article was", "reporting collaborative"),
        (FZ, "banquan", FZ_COPYRIGHT, "版权所有", "转载请注明出处")))
    assert "Like us" in on(TK, "paalala", d(2016, 8, 1))
    assert "I-follow" in on(TK, "paalala", d(2017, 8, 1))
    assert_groups_reworded(SET, (
        (LV, "fecha", ", 20", "Publicado el "),
        (NV, "dat", " 20", "Published "),
        (LV, "autor", "Por ", " · "),
        (NN, "partnership", "This article was produced", "reporting collaborative"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            text = on(domain, family, max(iso(start), FIRST_DAY))
            assert value in text or (value == "$0" and "san frè" in text), (domain, start)
    assert "$0" not in on(NV, "lajan", d(2020, 5, 1))
    assert "$7.99" in on(NV, "lajan", d(2017, 1, 1))
    assert "$1,89" in on(KP, "paczki", LAST_DAY) and "$1,39" in on(KP, "paczki", FIRST_DAY)
    assert "$144" in on(MD, "subscribe", d(2020, 1, 1))


def test_translated_by_and_partnership_credits() -> None:
    for domain, family, prefix in ((LV, "traduccion", "Tradu"), (NV, "tradiksyon", "Tradiksyon"),
                                   (VX, "biendich", ""), (MD, "translated", "이 기사는"),
                                   (QS, "fanyi", "本文由"), (KP, "tlumaczenie", "Tłumaczenie"),
                                   (TK, "isinalin", "Isinalin"), (NN, "translated",
                                                                  "Translated into"),
                                   (FZ, "bianyi", "编译"), (KW, "translated", "Translated")):
        lines = [norm(t) for t in group_lines(SET, domain, family)]
        assert lines and all(t.startswith(prefix) for t in lines), (domain, family)
    partners = pool(SET, NN, "partner")
    lines = [norm(t) for t in group_lines(SET, NN, "partnership")]
    assert len(lines) >= 10
    assert all(any(p in t for p in partners) for t in lines)
    assert any(", " in t.partition(" with ")[2].partition(" as part")[0] for t in lines)
    languages = {m[1] for t in group_lines(SET, NN, "translated")
                 if (m := re.match(r"Translated into ([\w ]+) by", norm(t)))}
    assert len(languages) >= 4 and languages <= pool(SET, NN, "language")
    assert group_lines(SET, LV, "alianza") and group_lines(SET, QS, "hezuo")


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (VX, "xemthem", r"[ăâđêôơư]"), (VX, "banquyen", r"[ạảấầẩậắằẳặẹẻẽếềểễệịọỏốồổộớờởợụủứừửữự]"),
        (MD, "related", r"[\uac00-\ud7af]"), (MD, "ad", r"[\uac00-\ud7af]"),
        (QS, "yanshen", r"[\u4e00-\u9fff]"), (QS, "riqi", r"[\u4e00-\u9fff]"),
        (FZ, "tuijian", r"[\u4e00-\u9fff]"), (KP, "prawa", r"[ąćęłńóśźż]"),
        (NV, "dwa", r"[òè]"), (LV, "lea", r"[áéíóúñ]"), (TK, "basahin", r"BASAHIN")))
    assert "權" in rendered(SET, QS, "banquan", d(2019, 1, 1))  # traditional
    assert "权" in rendered(SET, FZ, "banquan", d(2019, 1, 1))  # simplified
    assert any("Published" in t for t in group_lines(SET, NV, "dat"))
    assert any("한국어" in t for t in group_lines(SET, KW, "edition"))
    assert any("Wieczne" in t for t in group_lines(SET, PH, "prayer"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LV}/fecha", f"{LV}/autor", f"{LV}/lea", f"{LV}/seccion",
                         f"{LV}/foto", f"{LV}/derechos", f"{LV}/envio", f"{NV}/dat",
                         f"{NV}/ote", f"{NV}/li-tou", f"{VX}/ngay", f"{VX}/tacgia"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LV}/cabecera", f"{LV}/direccion", f"{LV}/fe-de-erratas", f"{NV}/lang",
        f"{NV}/adres", f"{NV}/kalandriye", f"{VX}/toasoan", f"{VX}/tienganh"))
    assert_carried_share(docs, LV, [
        ("fecha", 0.8, 0.98), ("lea", 0.2, 0.5), ("publicidad", 0.45, 0.75),
        ("fe-de-erratas", 0.0, 0.1), ("envio", 0.08, 0.35), ("aviso", 0.15, 0.5)])
    assert_carried_share(docs, NV, [("dat", 0.7, 0.97), ("dwa", 0.25, 0.55),
                                    ("koreksyon", 0.0, 0.12)])
    for fam in (f"{LV}/publicidad", f"{NV}/piblisite", f"{VX}/quangcao", f"{MD}/ad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LV, "lea"), (LV, "foto"), (LV, "envio"), (NV, "lajan"),
                               (VX, "raovat"), (QS, "huodong"), (KP, "paczki"),
                               (TK, "balikbayan"), (HL, "calendario"), (PH, "ad")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LV, "fe-de-erratas", 16), (NV, "koreksyon"), (VX, "caochinh"), (MD, "correction"),
        (QS, "gengzheng"), (KP, "sprostowanie"), (TK, "pagwawasto"), (NN, "correction"),
        (HL, "correccion"), (PH, "correction"), (PH, "prayer"), (FZ, "gengzheng"),
        (KW, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LV}/lea", "Lea también: "), (f"{NV}/li-tou", "Li tou: "),
        (f"{VX}/xemthem", "Xem thêm: "), (f"{MD}/related", "관련기사: "),
        (f"{QS}/yanshen", "延伸閱讀："), (f"{KP}/czytaj", "Czytaj także: "),
        (f"{TK}/basahin", "BASAHIN DIN: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LV, "publicidad", "Publicidad"), (NV, "piblisite", "Piblisite"),
        (VX, "quangcao", "Quảng Cáo"), (MD, "ad", "[광고]"), (QS, "guanggao", "廣告"),
        (KP, "reklama", "REKLAMA"), (TK, "anunsyo", "Advertisement"), (KW, "ad", "[AD]")))
    assert_group_values_from_pool(SET, (
        (LV, "seccion", "seccion"), (NV, "ribrik", "ribrik"), (VX, "muc", "muc"),
        (MD, "section", "section"), (QS, "lanmu", "lanmu"), (KP, "dzial", "dzial"),
        (TK, "seksyon", "seksyon"), (NN, "kicker", "kicker")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LV, "publicidad", "Publicidad"),
        (NV, "lang", "🇭🇹 Li atik sa a an kreyòl | 🇺🇸 Read this article in English"),
        (VX, "quangcao", "Quảng Cáo")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LV: (["alianza", "direccion", "derechos"], 2),
        NV: (["kalandriye", "adres", "dwa"], 2),
        VX: (["toasoan", "banquyen"], 2),
        MD: (["tips", "subscribe", "copyright"], 2),
        QS: (["dizhi", "banquan"], 2),
        KP: (["redakcja", "prawa"], 2),
        TK: (["opisina", "karapatan"], 2),
        NN: (["partnership", "translated", "republish", "contact"], 3),
        PH: (["subscription", "copyright"], 2)})


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
    assert nth_weekday(2021, 1, 5, 2) == d(2021, 1, 9)
