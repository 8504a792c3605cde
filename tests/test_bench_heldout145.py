"""The held-back-145 template set (`tests.bench.heldout_templates_145`): its localised dates
(printed day by day in English with British summer and winter time and UTC, Dutch, Bokmål,
Nynorsk, Greek with genitive months, Chinese, Brazilian and European Portuguese and Tagalog,
several changing form on the day of a redesign), the lines that turn every day (tides, cruise
calls, the Greek ports' sailing bans and strikes, the dollar's close, a dry-bulk index), every
week (bunker prices with IMO 2020's fuels, a container freight index, the salmon price by
week number, Philippine diesel moves, Urk auction prices, casualties logged), every month
or quarter (vessels tracked, container moves, port throughput), the calendars some notices
follow (shipping shows, fishing fairs, the IMO 2020 countdown, Lofotfisket, the Spring
Festival, the summer fishing ban, Orthodox Easter, Carnaval, Semana Santa, Undas, typhoons
and storms, Vlaggetjesdag, Brexit, 17 May, Santo Cristo, Black Friday, the pandemic), the
quotas, dues, prices and editors that change over the years, the lines in several
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

from tests.bench.heldout_calendar import carnival_tuesday, easter, orthodox_easter
from tests.bench.heldout_templates_145 import (
    AD_METERED,
    AD_NEWSLETTER,
    AD_REDESIGN,
    BD_REDESIGN,
    BD_SOCIAL,
    CC_REDESIGN,
    CC_WHATSAPP,
    COD_QUOTA,
    FIRST_DAY,
    FISH_FAIRS,
    GR_STRIKES,
    HG_POLICE,
    HG_REDESIGN,
    HG_WECHAT,
    IMO_2020,
    KF_APP,
    KF_EDITOR,
    KF_PLUS,
    KF_REDESIGN,
    LAST_DAY,
    M2,
    ND_GNEWS,
    ND_REDESIGN,
    NH_AVGIFT,
    NH_CANCELLED,
    NH_REDESIGN,
    PA_REDESIGN,
    PA_TUP,
    SHOWS,
    SM_APP,
    SM_HAVENGELD,
    SM_REDESIGN,
    SM_STORMS,
    SPRING_FESTIVAL,
    TC_ARCHIVE,
    TC_DISCLAIMER,
    TC_REDESIGN,
    TYPHOONS,
    VN_DIGITAAL,
    VN_REDESIGN,
    VP_APP,
    VP_DISCLAIMER,
    VP_PRO,
    VP_REDESIGN,
    black_friday,
    business_day,
    cruise_season,
    gale,
    havendag,
    last_weekday_on_or_before,
    santo_cristo,
    semana_do_mar,
    sm_release,
    summer_time,
    throughput,
    tides,
    vlaggetjesdag,
    week_no,
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

SET = "held-back-145"
SITES = ("Anchorline Daily", "Havenbedrijf Scheldemond", "Kystfiskeren", "Ναυτιλιακός Δρόμος",
         "航港周刊", "VesselPulse", "Cais & Carga", "Balitang Dagat", "Tideline Casualty Review",
         "Vissersnieuws", "Nordfjord Hamn", "Portos do Atlântico")
AD, SM, KF, ND = ("anchorlinedaily.com", "scheldemondport.nl", "kystfiskeren.no",
                  "naftiliakosdromos.gr")
HG, VP, CC, BD = ("hanggangzhoukan.cn", "vesselpulse.com", "caisecarga.com.br",
                  "balitangdagat.ph")
TC, VN, NH, PA = ("tidelinecasualty.co.uk", "vissersnieuws.nl", "nordfjordhamn.no",
                  "portosdoatlantico.pt")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((AD, "dated"), (SM, "datum"), (KF, "dato"), (ND, "imerominia"), (HG, "riqi"),
         (VP, "dated"), (CC, "data"), (BD, "petsa"), (TC, "dated"), (VN, "datum"),
         (NH, "dato"), (PA, "data"))
# The lines that name the day they are printed on (without the year).
EVERY_DAY = ((SM, "getij"), (ND, "limania"), (NH, "anlop"), (PA, "mares"))
# Market lines quoting the last business day's close.
CLOSES = ((AD, "index"), (CC, "dolar"))
# Weekly lines and the weekday they turn on.
WEEKLY = ((AD, "bunkers", 4), (KF, "laks", 2), (HG, "yunjia", 4), (BD, "krudo", 1),
          (TC, "weekly", 0), (VN, "afslag", 4))
# The notices that follow calendars.
BANNERS = ((AD, "notice"), (SM, "melding"), (KF, "melding"), (ND, "akolouthiste"),
           (HG, "tishi"), (VP, "app"), (CC, "aviso"), (BD, "paalala"), (VN, "melding"),
           (NH, "merknad"), (PA, "aviso"))
# Amounts in force from given days.
TABLES = ((SM, "havengeld", SM_HAVENGELD), (KF, "kvote", COD_QUOTA), (VP, "pro", VP_PRO),
          (NH, "avgift", NH_AVGIFT), (PA, "tup", PA_TUP))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    AD: "Sign up to Anchorline Daily's free morning newsletter",
    SM: "Volg de scheepvaartberichten van Havenbedrijf Scheldemond op Twitter",
    KF: "Få siste nytt fra fiskeriene – last ned Kystfiskeren-appen",
    ND: "Ακολουθήστε μας στο Facebook και στο Twitter",
    HG: "扫描二维码，关注航港周刊微信公众号",
    VP: "Download the VesselPulse app for iOS and Android",
    CC: "Receba as notícias do Cais & Carga no seu e-mail",
    BD: "I-like ang Balitang Dagat sa Facebook para sa pinakabagong balitang pandagat",
    VN: "Neem een abonnement op Vissersnieuws: elke vrijdag op de mat",
    NH: "Abonner på anløpslista vår på e-post",
    PA: "Siga os Portos do Atlântico no Facebook",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + CLOSES + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (AD, "paywall"), (SM, "overslag"), (KF, "abonnent"), (VP, "tracked"),
        (CC, "movimentacao"), (CC, "assinante")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert not summer_time(d(2019, 10, 27)) and summer_time(d(2019, 10, 26))
    assert last_weekday_on_or_before(d(2019, 6, 23), 4) == d(2019, 6, 21)
    assert last_weekday_on_or_before(d(2019, 6, 21), 4) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 23)) == business_day(d(2019, 6, 22)) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert week_no(d(2016, 1, 3)) == 53 and week_no(d(2020, 6, 19)) == 25
    assert [sm_release(2019, m) for m in (1, 4)] == [d(2019, 1, 17), d(2019, 4, 18)]
    assert havendag(2019) == d(2019, 9, 14) and vlaggetjesdag(2018) == d(2018, 6, 9)
    assert santo_cristo(2019) == d(2019, 5, 26) and semana_do_mar(2020) == d(2020, 8, 2)
    assert black_friday(2019) == d(2019, 11, 29) and orthodox_easter(2020) == d(2020, 4, 19)
    assert throughput(2019, 4) == 75.3 and throughput(2019, 1) < throughput(2019, 2)
    assert cruise_season(d(2018, 4, 15)) and not cruise_season(d(2018, 10, 16))


def test_tides_follow_the_moon() -> None:
    times = []
    heights = []
    for k in range(60):
        day = d(2019, 3, 1) + k * one
        waters = tides(day, 95.0, 2.25, 0.32)
        assert 1 <= len(waters) <= 2 and all(0 <= t < 1440 for t, _ in waters)
        times += [k * 1440 + t for t, _ in waters]
        heights.append(max(h for _, h in waters))
    gaps = {b - a for a, b in zip(times, times[1:], strict=False)}
    assert gaps <= {int(M2) - 1, int(M2), int(M2) + 1}
    assert max(heights) - min(heights) > 0.45  # springs and neaps
    lows = tides(d(2019, 3, 1), 10.0 + M2 / 2, 0.45, -0.25)
    assert all(h < 1.0 for _, h in lows)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AD, "dated", old, "05 Mar 2016")
    full(AD, "dated", new, rf"Friday 19 June 2020 {clock} BST")
    full(AD, "dated", winter, rf"Monday 7 December 2020 {clock} GMT")
    full(AD, "index", old, r"Dry bulk index: [\d,]+ \([+-]\d+\) at the London close, Fri 4 Mar")
    full(AD, "bunkers", old, r"Bunkers, Rotterdam \(week to 4 Mar\): IFO380 \$\d+/t · MGO "
                             r"\$\d+/t")
    full(AD, "bunkers", new, r"Bunkers, Rotterdam \(week to 19 Jun\): VLSFO \$\d+/t · HSFO "
                             r"\$\d+/t · MGO \$\d+/t")
    full(SM, "datum", old, "05-03-2016")
    full(SM, "datum", new, "Vrijdag 19 juni 2020")
    full(SM, "getij", new, r"Hoogwater Vlissingen 19 juni: \d\d:\d\d \(NAP \+\d,\d\d m\)"
                           r"( en \d\d:\d\d \(NAP \+\d,\d\d m\))?")
    full(SM, "overslag", new, r"Overslag eerste kwartaal 2020: \d+,\d miljoen ton \(-?\d+,\d% "
                              r"t\.o\.v\. dezelfde periode in 2019\)")
    full(SM, "overslag", old, r"Overslag 2015: 70,2 miljoen ton \(1,0% t\.o\.v\. 2014\)")
    full(KF, "dato", old, rf"Publisert 05\.03\.2016 kl\. {clock}")
    full(KF, "dato", new, rf"Publisert fredag 19\. juni 2020 kl\. {clock}")
    full(KF, "laks", new, r"Laksepris uke 24: \d\d,\d\d kr/kg \(fersk laks, 3–6 kg, eksport\)")
    full(ND, "imerominia", old, rf"05/03/2016 - {clock}")
    full(ND, "imerominia", new, rf"Παρασκευή 19 Ιουνίου 2020, {clock}")
    full(HG, "riqi", old, rf"2016-03-05 {clock}")
    full(HG, "riqi", new, rf"发布时间：2020年06月19日 星期五 {clock}")
    full(HG, "yunjia", new, r"集装箱运价综合指数（6月19日）：\d+\.\d\d点，环比[+-]\d+\.\d%")
    full(VP, "dated", old, "Posted on March 5, 2016")
    full(VP, "dated", new, rf"Jun 19, 2020 · {clock} UTC")
    full(VP, "position", new, rf"Position received Jun 19, 2020 {clock} UTC via "
                              r"(terrestrial|satellite) AIS")
    full(CC, "data", old, rf"05/03/2016 às {clock}")
    full(CC, "data", new, rf"Publicado em sexta-feira, 19 de junho de 2020, às {clock}")
    full(CC, "dolar", old, r"Dólar comercial \(fechamento de 04/03\): R\$ \d,\d{4}")
    full(CC, "movimentacao", new, r"Movimentação de contêineres nos portos associados em abril "
                                  r"de 2020: \d{3}\.\d{3} TEUs \(-?\d+,\d% sobre abril de 2019\)")
    full(BD, "petsa", old, "Marso 5, 2016")
    full(BD, "petsa", new, rf"Biyernes, Hunyo 19, 2020 \| {clock}")
    full(BD, "krudo", new, r"Presyo ng diesel simula Martes, Hunyo 16: ((taas-presyo|rollback) "
                           r"na ₱\d\.\d\d kada litro|walang galaw)")
    full(TC, "dated", old, "Reported 05 MAR 2016")
    full(TC, "dated", new, rf"Friday 19 June 2020, {clock} UTC")
    full(TC, "weekly", new, r"Casualties logged in week 24 of 2020: \d\d \(total losses: \d\)")
    full(VN, "datum", old, "zaterdag 5 maart 2016")
    full(VN, "datum", new, rf"19-06-2020 {clock}")
    full(VN, "afslag", new, r"Afslag Urk, week 25: tong € \d+,\d\d/kg, schol € \d,\d\d/kg "
                            r"\(gemiddeld\)")
    full(NH, "dato", old, "5. mars 2016")
    full(NH, "dato", new, "Publisert fredag 19. juni 2020")
    full(NH, "anlop", old, r"Ingen cruiseanløp i dag, laurdag 5\. mars\. Sesongen startar 15\. "
                           r"april\.")
    full(PA, "data", old, "05-03-2016")
    full(PA, "data", new, "sexta-feira, 19 de junho de 2020")
    full(PA, "mares", new, r"Marés em Ponta Delgada \(19/06\): preia-mar \d\dh\d\d \(\d,\d m\)"
                           r"( e \d\dh\d\d \(\d,\d m\))?; baixa-mar \d\dh\d\d \(\d,\d m\)"
                           r"( e \d\dh\d\d \(\d,\d m\))?")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("{time}" in on(AD, "dated", day)) == (day >= AD_REDESIGN)
        assert on(SM, "datum", day)[0].isalpha() == (day >= SM_REDESIGN)
        assert bool(re.search("[a-zø]+dag ", on(KF, "dato", day))) == (day >= KF_REDESIGN)
        assert ("/" in on(ND, "imerominia", day)) == (day < ND_REDESIGN)
        assert on(HG, "riqi", day).startswith("发布时间") == (day >= HG_REDESIGN)
        assert on(VP, "dated", day).startswith("Posted on") == (day < VP_REDESIGN)
        assert on(CC, "data", day).startswith("Publicado em") == (day >= CC_REDESIGN)
        assert ("|" in on(BD, "petsa", day)) == (day >= BD_REDESIGN)
        assert on(TC, "dated", day).startswith("Reported") == (day < TC_REDESIGN)
        assert ("{time}" in on(VN, "datum", day)) == (day >= VN_REDESIGN)
        assert on(NH, "dato", day).startswith("Publisert") == (day >= NH_REDESIGN)
        assert (", " in on(PA, "data", day)) == (day >= PA_REDESIGN)
        if day >= AD_REDESIGN:
            assert on(AD, "dated", day).endswith("BST" if summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:6]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day() -> None:
    days = set(every_day()[1:])
    for domain, family in EVERY_DAY:
        assert changes(domain, family) == days, (domain, family)
    weekdays = {day for day in days if day.weekday() < 5}
    for domain, family in CLOSES:
        assert changes(domain, family) == weekdays, (domain, family)
    strikes = gales = 0
    for day in every_day():
        port = on(ND, "limania", day)
        if day.isoformat() in GR_STRIKES:
            assert "απεργία" in port, day
            strikes += 1
        elif gale(day):
            assert port.startswith("Απαγορευτικό απόπλου"), day
            gales += 1
        else:
            assert port.startswith("Κανονικά"), day
        cruise = on(NH, "anlop", day)
        if day.year == 2020 and day >= NH_CANCELLED:
            assert cruise.endswith("avlyste"), day
        elif not cruise_season(day):
            assert cruise.endswith("Sesongen startar 15. april."), day
    assert strikes == len(GR_STRIKES) and 150 <= gales <= 600
    assert len(found(NH, "anlop", r"^Cruiseanløp i dag, .*: (\d) skip")) >= 2
    rates = [float(m[1].replace(",", ".")) for t in group_lines(SET, CC, "dolar")
             if (m := re.search(r"R\$ (\d,\d{4})", norm(t)))]
    assert rates and all(2.5 <= r <= 6.2 for r in rates)


def test_lines_that_turn_by_week_month_and_quarter() -> None:
    for domain, family, weekday in WEEKLY:
        weekly = changes(domain, family)
        extra = {IMO_2020} if family == "bunkers" else set()
        assert len(weekly) >= 300, (domain, family)
        assert all(day.weekday() == weekday for day in weekly - extra), (domain, family)
    assert IMO_2020 in changes(AD, "bunkers")
    assert "IFO380" in on(AD, "bunkers", IMO_2020 - one) and "VLSFO" in on(AD, "bunkers",
                                                                           IMO_2020)
    bunkers = [norm(t) for t in group_lines(SET, AD, "bunkers")]
    assert any("IFO380" in t for t in bunkers) and any("VLSFO" in t for t in bunkers)
    for day in every_day():
        if day.weekday() == 2 and day.year > 2015:
            assert f"uke {week_no(day - 9 * one)}:" in on(KF, "laks", day)
    moves = found(BD, "krudo", r"(taas-presyo|rollback|walang galaw)")
    assert {"taas-presyo", "rollback"} <= moves
    monthly = changes(VP, "tracked")
    assert len(monthly) >= 68 and all(day.day == 1 for day in monthly)
    moved = changes(CC, "movimentacao")
    assert len(moved) >= 70 and all(day.day == 20 for day in moved)
    assert changes(SM, "overslag") == {sm_release(y, m) for y in range(2015, 2021)
                                       for m in (1, 4, 7, 10)}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, name in SHOWS:
        assert name in on(AD, "notice", iso(first)) and name in on(AD, "notice", iso(last))
    assert found(AD, "notice", r"starts in (\d+) day") == {str(n) for n in range(1, 32)}
    assert "starts in 1 day" in on(AD, "notice", d(2019, 12, 31))
    assert "IMO 2020 is here" in on(AD, "notice", d(2020, 1, 3))
    assert "port restrictions" in on(AD, "notice", d(2020, 4, 1))
    assert "crew change" in on(AD, "notice", d(2020, 7, 1))
    for first, _, name in SM_STORMS:
        assert f"Storm {name}" in on(SM, "melding", iso(first))
    for y in range(2015, 2021):
        assert ("gaan niet door" in on(SM, "melding", havendag(y))) == (y == 2020)
        assert "Havendagen" in on(SM, "melding", havendag(y)), y
        assert "Kerst" in on(SM, "melding", d(y, 12, 24)), y
        assert f"{y}年春节" in on(HG, "tishi", iso(SPRING_FESTIVAL[y]) - 3 * one), y
        assert f"{y}年伏季休渔" in on(HG, "tishi", d(y, 5, 1)), y
        assert f"{y}年国庆" in on(HG, "tishi", d(y, 10, 1)), y
        assert f"Black Friday {y}" in on(VP, "app", black_friday(y)), y
        assert f"Carnaval {y}" in on(CC, "aviso", carnival_tuesday(y)), y
        assert f"Pasko {y}" in on(BD, "paalala", d(y, 12, 30)), y
        assert f"Semana do Mar {y}" in on(PA, "aviso", semana_do_mar(y) + 2 * one), y
        assert f"Natal e Ano Novo {y}" in on(PA, "aviso", d(y, 12, 25)), y
        assert f"Jul og nyttår {y}/{y + 1}" in on(NH, "merknad", d(y, 12, 24)), y
        assert ("gaat niet door" in on(VN, "melding", vlaggetjesdag(y))) == (y == 2020)
        assert f"Vlaggetjesdag {y}" in on(VN, "melding", vlaggetjesdag(y)), y
        if y < 2020:  # the pandemic's notices win in 2020
            assert f"Lofotfisket {y}" in on(KF, "melding", d(y, 3, 15)), y
            assert f"Πάσχα {y}" in on(ND, "akolouthiste", orthodox_easter(y)), y
            assert f"Δεκαπενταύγουστος {y}" in on(ND, "akolouthiste", d(y, 8, 15)), y
            assert f"Semana Santa {y}" in on(BD, "paalala", easter(y)), y
            assert f"Araw ng Marino {y}" in on(BD, "paalala", d(y, 6, 25)), y
            assert f"Undas {y}" in on(BD, "paalala", d(y, 11, 1)), y
            assert f"17. mai {y}" in on(NH, "merknad", d(y, 5, 17)), y
            assert f"Santo Cristo {y}" in on(PA, "aviso", santo_cristo(y)), y
    for first, _, name in FISH_FAIRS:
        assert name in on(KF, "melding", iso(first))
    assert "avlyst" in on(KF, "melding", d(2020, 8, 19))
    assert "Koronakrisen" in on(KF, "melding", d(2020, 3, 15))
    assert "Ποσειδώνια 2018" in on(ND, "akolouthiste", d(2018, 6, 6))
    assert "μάσκα" in on(ND, "akolouthiste", d(2020, 8, 15))
    assert "2020年春节" in on(HG, "tishi", d(2020, 1, 20))
    assert "船员换班" in on(HG, "tishi", d(2020, 2, 1))
    assert "scrubbers" in on(VP, "app", d(2019, 12, 10))
    assert "COVID-19" in on(VP, "app", d(2020, 6, 1))
    assert "caminhoneiros" in on(CC, "aviso", d(2018, 5, 25))
    assert "Covid-19" in on(CC, "aviso", d(2020, 4, 1))
    for first, _, name in TYPHOONS:
        assert f"Bagyong {name}" in on(BD, "paalala", iso(first))
    assert "ECQ" in on(BD, "paalala", d(2020, 4, 10))
    assert "Bagyong Rolly" in on(BD, "paalala", d(2020, 11, 1))
    assert "pulsvisserij" in on(VN, "melding", d(2018, 1, 16))
    assert "no-deal" in on(VN, "melding", d(2019, 4, 1))
    assert "Brexit-akkoord" in on(VN, "melding", d(2020, 12, 28))
    assert "Koronaviruset" in on(NH, "merknad", d(2020, 5, 17))
    assert "Estado de emergência" in on(PA, "aviso", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AD, "byline", AD_REDESIGN, "By {author}", "{author_beat}"),
        (AD, "paywall", AD_METERED, "This article is for", "Log in"),
        (AD, "notice", AD_NEWSLETTER, "free morning newsletter", "Morning Watch"),
        (SM, "melding", SM_APP, "Twitter", "haven-app"),
        (KF, "byline", KF_REDESIGN, "{author}", "Tekst:"),
        (KF, "abonnent", KF_PLUS, "bare for abonnenter", "Kystfiskeren+"),
        (KF, "melding", KF_APP, "last ned", "Facebook"),
        (KF, "copyright", KF_EDITOR, "Arne Solheim", "Kari Myrvang"),
        (ND, "akolouthiste", ND_GNEWS, "Twitter", "Google News"),
        (HG, "tishi", HG_WECHAT, "扫描二维码", "每天早知道"),
        (HG, "icp", HG_POLICE, "号-1", "公网安备"),
        (VP, "disclaimer", VP_DISCLAIMER, "broadcast by the ships", "Not to be used"),
        (VP, "app", VP_APP, "iOS and Android", "Track any ship"),
        (CC, "aviso", CC_WHATSAPP, "e-mail", "WhatsApp"),
        (CC, "assinante", CC_REDESIGN, "Conteúdo exclusivo", "Assine"),
        (BD, "paalala", BD_SOCIAL, "I-like", "Viber"),
        (TC, "disclaimer", TC_DISCLAIMER, "no liability", "provisional"),
        (TC, "subscriber", TC_ARCHIVE, "Full casualty histories", "60,000+"),
        (VN, "melding", VN_DIGITAAL, "elke vrijdag", "donderdagavond"),
        (NH, "merknad", NH_REDESIGN, "Abonner", "kvar veke"),
        (PA, "aviso", PA_REDESIGN, "Facebook", "LinkedIn")))
    assert_groups_reworded(SET, (
        (AD, "dated", " 20", " GMT"),
        (AD, "byline", "By ", " · "),
        (SM, "datum", "-20", "aart"),
        (TC, "disclaimer", "no liability", "provisional"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, value in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if iso(start) > FIRST_DAY:
                assert value in on(domain, family, iso(start)), (domain, start)
    assert d(2016, 1, 1) not in changes(KF, "kvote")  # the cod quota stood still in 2016
    assert d(2020, 1, 1) not in changes(NH, "avgift")  # the dues were frozen in 2020
    assert "885 600" in on(KF, "kvote", LAST_DAY)
    assert changes(AD, "paywall") == {AD_METERED, d(2017, 1, 1), d(2019, 1, 1), d(2020, 4, 1)}
    assert "£45" in on(AD, "paywall", d(2020, 6, 1)) and "£35" in on(AD, "paywall", QUIET)
    assert changes(KF, "abonnent") == {KF_PLUS, d(2018, 1, 1), d(2019, 1, 1), d(2020, 1, 1)}
    assert "169 kr" in on(KF, "abonnent", KF_PLUS)
    assert changes(CC, "assinante") == {CC_REDESIGN, d(2019, 7, 1), d(2020, 7, 1)}
    assert "R$ 29,90" in on(CC, "assinante", d(2020, 8, 1))
    quotas = {m[1] for t in group_lines(SET, KF, "kvote")
              if (m := re.search(r"i år: ([\d ]+) tonn", norm(t)))}
    assert len(quotas) >= 3


def test_several_languages_and_scripts() -> None:
    greek, han = r"[\u0370-\u03ff]", r"[\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (ND, "limania", greek), (ND, "anadimosiefsi", greek), (ND, "diafimisi", greek),
        (HG, "bianji", han), (HG, "shengming", han), (HG, "guanggao", han),
        (KF, "presse", r"[æøå]|presseskikk"), (NH, "isps", r"[æøå]"),
        (NH, "kontakt", r"[æøå]|hamnevakta"),
        (SM, "noot", r"^Noot "), (VN, "colofon", r"verschijnt|wekelijks"),
        (CC, "reproducao", r"[çãéá]"), (PA, "contacto", r"[çãéá]"),
        (BD, "karapatan", r"karapatan|nakalaan"), (BD, "ulat", r"^Ulat ni ")))
    nynorsk = {m[1] for t in group_lines(SET, NH, "dato")
               if (m := re.search(r"(måndag|tysdag|laurdag|sundag)", t))}
    assert nynorsk
    assert any(re.search(r"[Α-Ω]", t) for t in group_lines(SET, ND, "imerominia"))
    assert any(re.search(r"^\d\d/", t) for t in group_lines(SET, ND, "imerominia"))
    assert any(t.endswith("BST") for t in group_lines(SET, AD, "dated"))
    assert any("星期" in t for t in group_lines(SET, HG, "riqi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AD}/dated", f"{AD}/byline", f"{AD}/read-also", f"{AD}/sector",
                         f"{AD}/caption", f"{AD}/copyright", f"{AD}/bunkers", f"{SM}/datum",
                         f"{SM}/getij", f"{SM}/soort", f"{KF}/dato", f"{KF}/les-ogsa"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AD}/publisher", f"{SM}/noot", f"{SM}/contact", f"{SM}/over", f"{KF}/presse",
        f"{ND}/anadimosiefsi"))
    assert_carried_share(docs, AD, [
        ("dated", 0.8, 0.99), ("read-also", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("bunkers", 0.08, 0.35), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, SM, [("noot", 0.3, 0.7), ("contact", 0.3, 0.7),
                                    ("rectificatie", 0.0, 0.12)])
    for style, family in ((AD, "read-also"), (AD, "advert"), (KF, "annonse"),
                          (ND, "diafimisi"), (CC, "publicidade"), (BD, "advert")):
        assert max(per_doc(group_docs(SET, style), f"/{family}")) == 2, (style, family)
    assert_once_per_page(SET, ((AD, "caption"), (SM, "schip"), (KF, "fartoy"), (ND, "ploio"),
                               (HG, "chuanbo"), (VP, "vessel"), (CC, "navio"), (BD, "barko"),
                               (TC, "position"), (VN, "kotter"), (NH, "skip"),
                               (PA, "navio")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AD, "correction", 16), (SM, "rectificatie"), (KF, "rettelse"), (ND, "diorthosi"),
        (HG, "gengzheng"), (VP, "update", 7), (CC, "errata"), (BD, "pagwawasto"),
        (TC, "amended"), (VN, "correctie"), (NH, "retting"), (PA, "retificacao")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{AD}/read-also", "Read also: "), (f"{SM}/lees-ook", "Lees ook: "),
        (f"{KF}/les-ogsa", "LES OGSÅ: "), (f"{ND}/diavaste", "Διαβάστε επίσης: "),
        (f"{HG}/yuedu", "相关阅读："), (f"{VP}/related", "Related: "),
        (f"{CC}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AD, "advert", "ADVERTISEMENT"), (KF, "annonse", "ANNONSE"),
        (ND, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"), (HG, "guanggao", "广告"),
        (CC, "publicidade", "PUBLICIDADE"), (BD, "advert", "ADVERTISEMENT"),
        (VN, "advertentie", "Advertentie"),
        (SM, "noot", "Noot voor de redactie, niet voor publicatie:")))
    assert_group_values_from_pool(SET, (
        (AD, "sector", "sector"), (SM, "soort", "soort"), (KF, "stikk", "stikk"),
        (ND, "katigoria", "katigoria"), (HG, "lanmu", "lanmu"), (VP, "tag", "tag"),
        (CC, "editoria", "editoria"), (BD, "seksiyon", "seksiyon"), (TC, "heading", "heading"),
        (VN, "rubriek", "rubriek"), (PA, "tipo", "tipo")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (AD, "advert", "ADVERTISEMENT"),
        (ND, "anadimosiefsi", "Η αναδημοσίευση του άρθρου επιτρέπεται μόνο με ενεργό "
                              "σύνδεσμο προς την πηγή."),
        (SM, "noot", "Noot voor de redactie, niet voor publicatie:")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        AD: (["publisher", "copyright"], 2),
        SM: (["noot", "contact", "over", "copyright"], 3),
        KF: (["presse", "copyright"], 2),
        ND: (["anadimosiefsi", "copyright"], 2),
        HG: (["bianji", "shengming", "banquan", "icp"], 3),
        CC: (["reproducao", "copyright"], 2),
        TC: (["disclaimer", "subscriber", "contact", "copyright"], 3),
        VN: (["colofon", "copyright"], 2),
        NH: (["isps", "kontakt", "org"], 2),
        PA: (["contacto", "copyright"], 2)})


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
