"""The held-back-130 template set (`tests.bench.heldout_templates_130`): its localised dates
(printed day by day in English with American and British summer and winter time and AP month
abbreviations, German, Spanish, Norwegian, Arabic with its switch to Arabic-Indic digits,
Chinese and Portuguese, several changing form on the day of a redesign), the lines that turn
every trading day, day, week and month (oil settlements, the Spanish day-ahead price, embargo
lines, the carbon price, the rig count, the coal index, the wind share, a newsletter's issue
number, the Mauna Loa reading, Brazil's tariff flag, the Emirates' fuel prices), the
conference calendars and the calendars some notices follow (OPEC, the COPs, climate strikes,
Ramadan, the Spring Festival and the Two Sessions, Brazil's daylight saving time, Earth
Overshoot Day, nesting season, 811 Day, the pandemic, ...), the levies, tariffs, bills and
memberships that change over the years, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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

from tests.bench.heldout_templates_130 import (
    ADIPEC,
    ARENDALSUKA,
    CERAWEEK,
    CFD_ROUNDS,
    CL_NEWSLETTER,
    CL_PRO,
    CL_REDESIGN,
    COPS,
    CR_BILLS,
    CR_CUSTOMERS,
    CR_REDESIGN,
    DL_APP,
    DL_REDESIGN,
    DST_END,
    DST_START,
    E_WORLD,
    EA_NEWSLETTER,
    EA_PLUS,
    EA_REDESIGN,
    EEG_UMLAGE,
    EP_REDESIGN,
    EP_WHATSAPP,
    FIRST_DAY,
    FLAGS,
    FM_GDPR,
    FM_MEMBERSHIP,
    FM_RESERVES,
    GENERA,
    LAST_DAY,
    NK_DIGITS,
    NK_TELEGRAM,
    NL_CRISIS,
    NL_REDESIGN,
    ONS,
    OPEC_MEETINGS,
    OVERSHOOT,
    RAMADAN,
    RH_NEWSLETTER,
    RH_RD244,
    RH_REDESIGN,
    RH_SUN_TAX_GONE,
    SN_MORGEN,
    SN_REDESIGN,
    SNEC,
    SPRING_FESTIVAL,
    TB_REDESIGN,
    TFO,
    TWO_SESSIONS,
    UAE_PRICES,
    UW_BEITRAG,
    UW_REDESIGN,
    WINDEUROPE,
    WTI_NEGATIVE,
    arabic_digits,
    brent,
    co2_ppm,
    comma,
    issue_of,
    last_settlement,
    month_before,
    on_or_before,
    trading_day,
    uk_summer_time,
    us_summer_time,
    wti,
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
    group_docs,
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

SET = "held-back-130"
SITES = ("Crudeline", "Energiemarkt Aktuell", "Renovables Hoy", "The Northern Ledger",
         "Sokkelnytt", "نفط الخليج", "电力观察网", "Energia em Pauta", "Fen and Marsh Trust",
         "Cascade Ridge Power", "Umweltforum Weser-Ems", "The Turbine Brief")
CL, EA, RH, NL = ("crudeline.com", "energiemarkt-aktuell.de", "renovableshoy.es",
                  "northernledger.co.uk")
SN, NK, DL, EP = ("sokkelnytt.no", "naftalkhaleej.com", "dianliguancha.cn",
                  "energiaempauta.com.br")
FM, CR, UW, TB = ("fenandmarsh.org.uk", "cascaderidgepower.com", "umweltforum-weser-ems.de",
                  "turbinebrief.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CL, "dated"), (EA, "datum"), (RH, "fecha"), (NL, "dated"), (SN, "dato"),
         (NK, "tarikh"), (DL, "meta"), (EP, "data"), (FM, "posted"), (CR, "dateline"),
         (UW, "ort"))
# The lines that name the day they are printed on.
EVERY_DAY = ((RH, "omie"), (NL, "amended"), (FM, "embargo"), (UW, "sperrfrist"))
# The lines that name the last trading day's settlement.
TRADING = ((CL, "market"), (SN, "brent"), (NK, "barmil"))
# The lines that turn every week, and the weekday they turn on.
WEEKLY = ((CL, "rigs", 4), (EA, "carbon", 4), (DL, "meizhi", 2), (TB, "share", 0),
          (TB, "issue", 3))
# The notices that follow calendars.
BANNERS = ((CL, "notice"), (EA, "hinweis"), (RH, "boletin"), (NL, "banner"),
           (SN, "nyhetsbrev"), (NK, "tanbih"), (DL, "gonggao"), (EP, "aviso"), (FM, "appeal"),
           (CR, "notice"), (UW, "hinweis"), (TB, "event"))
# Amounts in force from given days (the first day's value from the oldest day).
TABLES = ((CR, "bill", CR_BILLS), (CR, "about", CR_CUSTOMERS), (SN, "tfo", TFO),
          (FM, "membership", FM_MEMBERSHIP), (FM, "notes", FM_RESERVES),
          (UW, "beitrag", UW_BEITRAG))

QUIET = d(2015, 11, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CL: "Get Morning Barrel, Crudeline's free weekday newsletter, at 6am Central",
    EA: "Den Newsletter von Energiemarkt Aktuell kostenlos abonnieren",
    RH: "Suscríbete gratis a nuestro boletín diario",
    NL: "Sign up to Greenline, our weekly environment newsletter",
    SN: "Abonner på Sokkelnytts nyhetsbrev – gratis hver morgen",
    NK: "تابعوا نفط الخليج على تويتر",
    DL: "扫描二维码，关注电力观察网微信公众号",
    EP: "Receba as notícias do Energia em Pauta no seu e-mail",
    FM: "Help protect wetland wildlife: donate today",
    CR: "Sign up for outage alerts by text or email at cascaderidgepower.com/alerts",
    UW: "Werden Sie Mitglied: umweltforum-weser-ems.de/mitmachen",
    TB: "Know someone who'd like the Brief? Forward it: they can sign up at turbinebrief.com",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + TRADING + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (EA, "umlage"), (NL, "carbon"), (NK, "wuqud"), (EP, "bandeira")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 11, 13), d(2018, 5, 25), d(2019, 12, 20),
        d(2020, 4, 21), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert not us_summer_time(d(2019, 11, 3)) and us_summer_time(d(2019, 11, 2))
    assert uk_summer_time(d(2019, 3, 31)) and not uk_summer_time(d(2019, 3, 30))
    assert last_settlement(d(2019, 6, 24)) == d(2019, 6, 21)  # Monday: Friday's
    assert last_settlement(d(2019, 12, 26)) == d(2019, 12, 24)
    assert last_settlement(d(2020, 1, 2)) == d(2019, 12, 31)
    assert not trading_day(d(2019, 12, 25)) and trading_day(d(2019, 12, 24))
    assert on_or_before(d(2019, 6, 23), 4) == on_or_before(d(2019, 6, 21), 4) == d(2019, 6, 21)
    assert month_before(d(2020, 1, 10)) == (2019, 12) and month_before(d(2020, 3, 1), 2) == (
        2020, 1)
    assert arabic_digits(2018) == "٢٠١٨" and arabic_digits("42.19") == "٤٢٫١٩"
    assert comma(6.5) == "6,50" and comma(24.873, 1) == "24,9"
    assert issue_of(d(2012, 1, 5)) == (1, d(2012, 1, 5))
    assert issue_of(d(2019, 6, 26)) == issue_of(d(2019, 6, 20))
    assert issue_of(d(2019, 6, 27))[0] == issue_of(d(2019, 6, 26))[0] + 1
    assert wti(WTI_NEGATIVE) == -37.63
    trading = [day for day in every_day() if trading_day(day)]
    assert all(15 < brent(day) < 95 for day in trading)
    assert all(wti(day) < brent(day) for day in trading)
    assert 398 < co2_ppm(2015, 1) < co2_ppm(2020, 1) < 415
    assert co2_ppm(2019, 5) > co2_ppm(2019, 9)  # the seasonal swing


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CL, "dated", old, rf"5 Mar 2016 \| {clock} GMT")
    full(CL, "dated", new, r"Friday, June 19, 2020 · \d{1,2}:\d\d [AP]M CDT")
    full(CL, "dated", winter, r"Monday, December 7, 2020 · \d{1,2}:\d\d [AP]M CST")
    full(CL, "market", new, r"Brent \$\d\d\.\d\d · WTI \$\d\d\.\d\d \(front-month settle, "
                            r"Thu Jun 18\)")
    full(CL, "market", d(2020, 4, 21), r"Brent \$\d\d\.\d\d · WTI -\$37\.63 \(front-month "
                                       r"settle, Mon Apr 20\)")
    full(CL, "rigs", new, r"US rig count: \d{3} in the week to Friday Jun 19 \([+-]\d+ on the "
                          r"week\)\. Source: Baker Hughes")
    full(EA, "datum", old, r"Veröffentlicht am 05\.03\.2016")
    full(EA, "datum", new, rf"Freitag, 19\. Juni 2020, {clock} Uhr · Lesezeit \d+ Min\.")
    full(EA, "carbon", new, r"CO₂-Preis \(EUA, Dezember-Kontrakt\): \d\d,\d\d €/t zum "
                            r"Wochenschluss am 19\.06\. \(\+?-?\d+,\d % zur Vorwoche\)")
    full(RH, "fecha", old, "5 marzo, 2016")
    full(RH, "fecha", new, rf"Viernes, 19 de junio de 2020 · {clock} h")
    full(RH, "omie", new, r"Precio medio del mercado diario \(OMIE\) para el viernes 19 de "
                          r"junio: \d\d,\d\d €/MWh")
    full(NL, "dated", old, rf"Sat 5 Mar 2016 {clock} GMT")
    full(NL, "dated", new, rf"First published on Friday 19 June 2020, {clock} BST")
    full(NL, "dated", winter, rf"First published on Monday 7 December 2020, {clock} GMT")
    full(NL, "carbon", new, r"Carbon dioxide in the atmosphere: 4\d\d\.\d\d ppm in May 2020 "
                            r"\(a year earlier: 4\d\d\.\d\d ppm\)\. Data: NOAA, Mauna Loa")
    full(SN, "dato", old, rf"Publisert 05\.03\.2016 {clock}")
    full(SN, "dato", new, rf"Publisert fredag 19\. juni 2020 kl\. {clock}")
    full(SN, "brent", new, r"Brent: \d\d,\d\d dollar fatet ved stengetid torsdag")
    full(NK, "tarikh", old, "5 مارس 2016")
    full(NK, "tarikh", new, "الجمعة ١٩ يونيو ٢٠٢٠")
    full(NK, "barmil", new, r"خام برنت: [٠-٩]+٫[٠-٩]{2} دولار للبرميل عند التسوية يوم الخميس")
    full(DL, "meta", old, rf"2016-03-05 {clock}　来源：\S+")
    full(DL, "meta", new, rf"2020年06月19日 {clock} 星期五　来源：\S+")
    full(DL, "meizhi", new, r"环渤海动力煤价格指数（5500大卡）：\d{3}元/吨（6月17日），环比"
                            r"(持平|上涨\d+元/吨|下跌\d+元/吨)")
    full(EP, "data", old, rf"Publicado em 05/03/2016 - {clock}")
    full(EP, "data", new, rf"19 de junho de 2020 \| Atualizado às {clock}")
    full(EP, "bandeira", new, r"Bandeira tarifária de junho de 2020: verde \(sem cobrança "
                              r"extra\)")
    full(EP, "bandeira", winter, r"Bandeira tarifária de dezembro de 2020: vermelha patamar 2 "
                                 r"\(R\$ 6,243 a cada 100 kWh consumidos\)")
    full(FM, "posted", old, "Posted on 5 March 2016")
    full(FM, "posted", new, "News · 19 Jun 2020")
    full(FM, "embargo", new, "EMBARGOED UNTIL 00:01 BST, FRIDAY 19 JUNE 2020")
    full(FM, "embargo", winter, "EMBARGOED UNTIL 00:01 GMT, MONDAY 7 DECEMBER 2020")
    full(CR, "dateline", old, "YAKIMA, Wash., March 5, 2016 —")
    full(CR, "dateline", d(2016, 9, 5), "YAKIMA, Wash., Sept. 5, 2016 —")
    full(CR, "dateline", new, "Yakima, Washington · Friday, June 19, 2020")
    full(UW, "ort", old, r"Oldenburg, 05\.03\.2016")
    full(UW, "ort", new, "Oldenburg, 19. Juni 2020")
    full(UW, "sperrfrist", new, rf"SPERRFRIST: Freitag, 19\. Juni 2020, {clock} Uhr")
    full(TB, "issue", old, r"Issue 218 · Thursday 3 March 2016")
    full(TB, "issue", new, r"The Turbine Brief #442 \| 18 Jun 2020")
    full(TB, "share", new, r"Wind and solar supplied \d+\.\d% of Great Britain's electricity "
                           r"in the week to Sunday 14 June\. Data: National Grid ESO")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("GMT" in on(CL, "dated", day)) == (day < CL_REDESIGN)
        if day >= CL_REDESIGN:
            assert on(CL, "dated", day).endswith("CDT" if us_summer_time(day) else "CST")
        assert ("Uhr" in on(EA, "datum", day)) == (day >= EA_REDESIGN)
        assert (" de " in on(RH, "fecha", day)) == (day >= RH_REDESIGN)
        assert on(NL, "dated", day).startswith("First published") == (day >= NL_REDESIGN)
        assert on(NL, "dated", day).endswith("BST" if uk_summer_time(day) else "GMT")
        assert ("kl." in on(SN, "dato", day)) == (day >= SN_REDESIGN)
        assert bool(re.search(r"[0-9]", on(NK, "tarikh", day))) == (day < NK_DIGITS)
        assert ("星期" in on(DL, "meta", day)) == (day >= DL_REDESIGN)
        assert on(EP, "data", day).startswith("Publicado") == (day < EP_REDESIGN)
        assert on(FM, "posted", day).startswith("News") == (day >= FM_GDPR)
        assert on(CR, "dateline", day).startswith("YAKIMA") == (day < CR_REDESIGN)
        assert ("." in on(UW, "ort", day)[-8:]) == (day < UW_REDESIGN)
        assert on(TB, "issue", day).startswith("Issue") == (day < TB_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_trading_day_week_and_month() -> None:
    for domain, family in TRADING:
        days = changes(domain, family)
        assert days == {day for day in every_day()[1:] if trading_day(day - one)}, family
    for domain, family, weekday in WEEKLY:
        days = changes(domain, family)
        assert len(days) >= 300 and all(day.weekday() == weekday for day in days), family
    numbers = [int(found) for day in every_day() if day.weekday() == 3
               for found in re.findall(r"(?:Issue |#)(\d+)", on(TB, "issue", day))]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert len(changes(RH, "omie")) == len(every_day()) - 1
    assert changes(NL, "carbon") == {d(y, m, 5) for y in range(2015, 2021)
                                     for m in range(1, 13)}
    assert changes(EP, "bandeira") == {d(y, m, 1) for y in range(2015, 2021)  # and the
                                       for m in range(1, 13)} - {d(2015, 1, 1)} | {  # red
                                           d(2015, 3, 2)}  # surcharge's rise in March 2015
    fuel = changes(NK, "wuqud")
    assert fuel == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)
                    if d(y, m, 1) >= UAE_PRICES}
    assert "١٫٧٢" in on(NK, "wuqud", UAE_PRICES - one)
    rigs = [int(m[1].replace(",", "")) for t in group_lines(SET, CL, "rigs")
            if (m := re.search(r"count: ([\d,]+)", norm(t)))]
    assert rigs and all(200 < r < 1900 for r in rigs)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last in CERAWEEK:
        assert f"CERAWeek {first[:4]}" in on(CL, "notice", iso(last)), first
    assert "cancelled" in on(CL, "notice", d(2020, 3, 2))
    for day in OPEC_MEETINGS:
        if not d(2020, 3, 9) <= iso(day) <= d(2020, 4, 8):
            assert "OPEC meets" in on(CL, "notice", iso(day)), day
        assert "أوبك" in on(NK, "tanbih", iso(day)) or "حرب" in on(NK, "tanbih", iso(day))
    assert "Hurricane Harvey" in on(CL, "notice", d(2017, 8, 30))
    assert "WTI below zero" in on(CL, "notice", d(2020, 4, 21))
    assert "price war" in on(CL, "notice", d(2020, 3, 20))
    for y, (first, last) in ADIPEC.items():
        for day in (iso(first), iso(last)):
            assert f"أديبك {arabic_digits(y)}" in on(NK, "tanbih", day), y
    for y, (first, eid, hijri) in RAMADAN.items():
        if y != 2020:
            assert arabic_digits(hijri) in on(NK, "tanbih", iso(first)), y
            assert "رمضان" not in on(NK, "tanbih", iso(eid)), y
    for first, last in E_WORLD:
        assert f"E-world {first[:4]}" in on(EA, "hinweis", iso(first))
        assert f"E-world {first[:4]}" in on(EA, "hinweis", iso(last))
    for y in range(2015, 2020):
        assert f"EEG-Umlage {y + 1}" in on(EA, "hinweis", d(y, 10, 15)), y
    assert "Kohlekommission" in on(EA, "hinweis", d(2019, 1, 28))
    assert "Kohleausstiegsgesetz" in on(EA, "hinweis", d(2020, 7, 5))
    assert found(RH, "boletin", r"Genera (\d{4})") == {first[:4] for first, _ in GENERA}
    assert "COP25" in on(RH, "boletin", d(2019, 12, 5))
    assert "Estado de alarma" in on(RH, "boletin", d(2020, 4, 1))
    assert len(found(RH, "boletin", r"Subasta de renovables del (\d+ de \w+)")) == 3
    for n, city, first, last in COPS:
        assert f"COP{n} in {city}" in on(NL, "banner", iso(first)), n
        assert f"COP{n} in {city}" in on(NL, "banner", iso(last)), n
    assert found(NL, "banner", r"climate strike on \w+ (\d+ \w+)") == {
        "15 March", "24 May", "20 September", "29 November"}
    assert "Extinction Rebellion" in on(NL, "banner", d(2019, 4, 20))
    assert "postponed" in on(NL, "banner", d(2020, 4, 2))
    assert found(SN, "nyhetsbrev", r"ONS (\d{4}) i Stavanger") == {f[:4] for f, _ in ONS}
    assert found(SN, "nyhetsbrev", r"Arendalsuka (\d{4})") == {str(y) for y in ARENDALSUKA}
    assert "Johan Sverdrup" in on(SN, "nyhetsbrev", d(2019, 10, 6))
    assert "avlyst" in on(SN, "nyhetsbrev", d(2020, 8, 25))
    for y, day in SPRING_FESTIVAL.items():
        if y != 2020:
            assert f"{y}年春节" in on(DL, "gonggao", iso(day)), y
    for y, (first, last) in TWO_SESSIONS.items():
        assert f"{y}年全国两会" in on(DL, "gonggao", iso(first)), y
        assert f"{y}年全国两会" in on(DL, "gonggao", iso(last)), y
    for y, (first, last) in SNEC.items():
        assert f"SNEC {y}" in on(DL, "gonggao", iso(first)), y
        assert f"SNEC {y}" in on(DL, "gonggao", iso(last)), y
    assert "碳排放权" in on(DL, "gonggao", d(2017, 12, 20))
    assert "疫情" in on(DL, "gonggao", d(2020, 3, 1))
    for day in list(DST_START.values())[1:]:
        assert "Horário de verão começa" in on(EP, "aviso", iso(day) - one), day
    for day in DST_END.values():
        assert "Fim do horário de verão" in on(EP, "aviso", iso(day)), day
    assert "Acabou o horário de verão" in on(EP, "aviso", d(2019, 4, 26))
    assert "Amapá" in on(EP, "aviso", d(2020, 11, 10))
    assert "Leilão A-6" in on(EP, "aviso", d(2019, 10, 17))
    for y in range(2015, 2021):
        assert "Nesting season" in on(FM, "appeal", d(y, 5, 1)) or y == 2020
        assert ("Nesting season" in on(FM, "appeal", d(y, 7, 31))) == (y != 2020), y
        assert "Nesting season" not in on(FM, "appeal", d(y, 8, 1)), y
        assert f"Christmas {y}" in on(FM, "appeal", d(y, 12, 24)), y
        assert f"World Wetlands Day {y}" in on(FM, "appeal", d(y, 2, 2)), y
        assert "811" in on(CR, "notice", d(y, 8, 11)) or y == 2020
        assert f"winter {y}–{y + 1}" in on(CR, "notice", d(y, 10, 1)) or y == 2020
        assert f"Erdüberlastungstag {y}" in on(UW, "hinweis", iso(OVERSHOOT[y])), y
    assert "closed until further notice" in on(FM, "appeal", d(2020, 4, 1))
    assert "Winter storm" in on(CR, "notice", d(2019, 2, 10))
    assert "Wildfire" in on(CR, "notice", d(2020, 9, 9))
    assert "Klimastreik" in on(UW, "hinweis", d(2019, 9, 20))
    for first, last, name in WINDEUROPE:
        assert name in on(TB, "event", iso(first)), name
        assert name in on(TB, "event", iso(last)), name
        assert name not in on(TB, "event", iso(last) + one), name
    for day, name in CFD_ROUNDS:
        assert f"the {name} allocation round" in on(TB, "event", iso(day)), day


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CL, "byline", CL_REDESIGN, "By {author}", "{author_beat}"),
        (CL, "pro", CL_PRO, "Subscriber exclusive", "Crudeline Pro"),
        (CL, "notice", CL_NEWSLETTER, "at 6am Central", "opening bell"),
        (EA, "autor", EA_REDESIGN, "Von {author}", "Autor:"),
        (EA, "plus", EA_PLUS, "EA+ Artikel", "Abonnenten"),
        (EA, "hinweis", EA_NEWSLETTER, "kostenlos abonnieren", "Morgenbrief"),
        (RH, "firma", RH_REDESIGN, "Por {author}", "Redacción"),
        (RH, "autoconsumo", RH_SUN_TAX_GONE, "sigue en vigor", "suprime"),
        (RH, "autoconsumo", RH_RD244, "suprime", "244/2019"),
        (RH, "boletin", RH_NEWSLETTER, "boletín diario", "cada mañana"),
        (NL, "desk", NL_CRISIS, "Environment |", "Climate crisis |"),
        (NL, "byline", NL_REDESIGN, "{author}", "{author_beat}"),
        (NL, "funding", NL_CRISIS, "environment coverage", "climate crisis reporting"),
        (NL, "banner", NL_CRISIS, "weekly environment newsletter", "every Friday"),
        (SN, "byline", SN_REDESIGN, "Av {author}", "Tekst:"),
        (SN, "nyhetsbrev", SN_MORGEN, "gratis hver morgen", "klokka sju"),
        (NK, "tanbih", NK_TELEGRAM, "تويتر", "تيليغرام"),
        (DL, "gonggao", DL_APP, "微信公众号", "APP"),
        (EP, "aviso", EP_WHATSAPP, "e-mail", "WhatsApp"),
        (FM, "newsletter", FM_GDPR, "e-newsletter", "change your mind"),
        (CR, "outage", CR_REDESIGN, "cascaderidgepower.com/outages", "OUT to 64055"),
    ))
    assert_groups_reworded(SET, (
        (CL, "dated", " GMT", "· "),
        (CL, "byline", "By ", " | "),
        (EA, "datum", "Veröffentlicht am", "Uhr"),
        (RH, "fecha", ", 20", " de "),
        (NL, "dated", " 20", "First published"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        first = [value for start, value in table if iso(start) <= FIRST_DAY][-1]
        assert first in on(domain, family, FIRST_DAY), domain
        for start, value in table:
            if iso(start) > FIRST_DAY:
                assert value in on(domain, family, iso(start)), (domain, start)
                assert value not in on(domain, family, iso(start) - one), (domain, start)
    assert changes(EA, "umlage") == {d(y, 1, 1) for y in range(2016, 2021)}
    for y in range(2015, 2021):
        assert f"{EEG_UMLAGE[y]} ct/kWh (Vorjahr: {EEG_UMLAGE[y - 1]}" in on(EA, "umlage",
                                                                             d(y, 6, 1))
    assert "6,500" in on(EA, "umlage", LAST_DAY)
    assert "sem cobrança" in on(EP, "bandeira", d(2016, 6, 1)) and FLAGS[2016][5] == "V"
    assert "R$ 5,50" in on(EP, "bandeira", d(2015, 6, 1))
    assert "R$ 3,00" in on(EP, "bandeira", d(2015, 2, 1))
    assert "R$ 5,00" in on(EP, "bandeira", d(2018, 7, 1))
    assert "R$ 4,169" in on(EP, "bandeira", d(2019, 8, 1))
    costs = found(EP, "bandeira", r"R\$ ([\d,]+)")
    assert len(costs) >= 8
    eua = [float(m[1].replace(",", ".")) for t in group_lines(SET, EA, "carbon")
           if (m := re.search(r": (\d+,\d\d) €/t", norm(t)))]
    assert eua and all(4 < p < 36 for p in eua)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (NK, "tarikh", r"[\u0600-\u06ff]"), (NK, "iqra", r"[\u0600-\u06ff]"),
        (NK, "huquq", r"[\u0600-\u06ff]"), (DL, "meta", r"[\u4e00-\u9fff]"),
        (DL, "xiangguan", r"[\u4e00-\u9fff]"), (DL, "bianji", r"[\u4e00-\u9fff]"),
        (SN, "dato", r"Publisert"), (SN, "presse", r"[æøå]"), (EA, "anzeige", r"Anzeige"),
        (EA, "impressum", r"[äöüß]"), (RH, "provisional", r"[áéíóúñ]"),
        (EP, "reproducao", r"[ãçáéêõ]"), (UW, "rueckfragen", r"[äöüß]")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, NK, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, NK, "tarikh"))
    assert any("星期" in t for t in group_lines(SET, DL, "meta"))
    assert any(t.endswith(("CDT", "CST")) for t in group_lines(SET, CL, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CL}/dated", f"{CL}/byline", f"{CL}/related", f"{CL}/kicker",
                         f"{CL}/chart", f"{CL}/copyright", f"{CL}/market", f"{CL}/rigs",
                         f"{EA}/datum", f"{EA}/carbon", f"{EA}/grafik", f"{RH}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CL}/publisher", f"{CL}/copyright", f"{CL}/advice", f"{EA}/impressum",
        f"{EA}/copyright", f"{RH}/opiniones"))
    assert_carried_share(docs, CL, [
        ("dated", 0.82, 0.99), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("market", 0.18, 0.45), ("copyright", 0.35, 0.65), ("pro", 0.04, 0.22)])
    assert_carried_share(docs, EA, [("datum", 0.75, 0.97), ("anzeige", 0.35, 0.7),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{CL}/related", f"{CL}/advert", f"{EA}/anzeige", f"{RH}/publicidad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CL, "chart"), (EA, "grafik"), (RH, "foto"), (NL, "photo"),
                               (SN, "kilde"), (NK, "masdar"), (DL, "xiangguan"),
                               (EP, "foto"), (FM, "image"), (CR, "outage"), (UW, "foto"),
                               (TB, "data")))
    mid = sum(line.label.endswith(("/related", "/advert", "/chart")) for doc in docs
              for line in doc.lines)
    assert mid >= 150


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CL, "correction", 14), (EA, "korrektur"), (RH, "erratas"), (NL, "amended"),
        (SN, "rettelse"), (NK, "tashih"), (DL, "gengzheng"), (EP, "correcao"),
        (FM, "update"), (CR, "correction"), (UW, "korrektur"), (TB, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CL}/related", "Related: "), (f"{EA}/lesen", "Lesen Sie auch: "),
        (f"{RH}/interesar", "Te puede interesar: "), (f"{NL}/more", "More on this story: ")))
    own = [(doc.lines[0].text, line.text) for doc in group_docs(SET, DL) for line in doc.lines
           if line.label.endswith("/yuanbiaoti")]
    assert own and all(norm(text).endswith(norm(title)) for title, text in own)


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CL, "advert", "Advertisement"), (EA, "anzeige", "Anzeige"),
        (RH, "publicidad", "Publicidad"), (SN, "annonse", "ANNONSE"), (NK, "ilan", "إعلان"),
        (DL, "guanggao", "广告"), (EP, "publicidade", "PUBLICIDADE"), (CR, "hashes", "###"),
        (CR, "release", "NEWS RELEASE"), (UW, "pm", "Pressemitteilung")))
    assert_group_values_from_pool(SET, (
        (CL, "kicker", "kicker"), (EA, "rubrik", "rubrik"), (RH, "seccion", "seccion"),
        (SN, "seksjon", "seksjon"), (EP, "editoria", "editoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CL, "advert", "Advertisement"),
        (CL, "advice", "Prices and assessments are for information only and are not "
                       "investment advice."),
        (EA, "anzeige", "Anzeige"),
        (RH, "provisional", "Los precios del mercado mayorista son provisionales hasta su "
                            "liquidación definitiva.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CL: (["publisher", "copyright"], 2),
        EA: (["impressum", "copyright"], 2),
        RH: (["provisional", "opiniones", "copyright"], 2),
        NL: (["comments", "copyright"], 2),
        SN: (["tips", "redaktor", "presse", "copyright"], 3),
        DL: (["bianji", "mianze"], 2),
        FM: (["ends", "notes", "media", "charity"], 2),
        CR: (["about", "safe-harbor", "hashes"], 2),
        UW: (["rueckfragen", "spenden", "verband"], 2),
        TB: (["unsubscribe", "address", "copyright"], 2)})


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
