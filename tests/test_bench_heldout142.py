"""The held-back-142 template set (`tests.bench.heldout_templates_142`): its localised dates
(printed day by day in English with British summer and winter time, German, Italian, Czech,
Turkish, Portuguese and Thai with the Buddhist-era year, several changing form on the day of
a redesign), the fuel prices that turn every day, on the pump's change days and every week,
the monthly lines (Italy's registrations, a dealer's offer), the next round of a club
championship, the calendars some notices follow (motor shows, rallies, the Monza Grand Prix,
plate changes, vignettes, MTV instalments, the bayrams, Songkran and the New Year, Carnival,
IPVA, Easter and Christmas, the 2020 lockdowns), the seasonal winter-tyre notices, the
rewordings (NEDC to WLTP, test-car lines, FCA authorisation), the amounts that change over
the years, the lines in several languages and scripts, the variation it promises, its
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
from functools import cache, partial

from tests.bench.heldout_calendar import carnival_tuesday, easter
from tests.bench.heldout_templates_142 import (
    AB_BONUS,
    AC_APP,
    AC_REDESIGN,
    AK_APP,
    AL_REDESIGN,
    AP_NEWSLETTER,
    AP_REDESIGN,
    BANGKOK,
    BARUM,
    BOLOGNA,
    DAKAR,
    DH_NOTIFICATIONS,
    DH_REDESIGN,
    E_VIGNETTE,
    ECOBONUS,
    ESSEN,
    FIRST_DAY,
    GENEVA,
    GENEVA_CANCELLED,
    GOODWOOD,
    HM_APR,
    HM_FCA,
    HM_REDESIGN,
    HM_STOCK,
    IAA,
    IM_NEWSLETTER,
    IM_REDESIGN,
    KURBAN_BAYRAMI,
    LAST_DAY,
    LONDON_SHOW,
    MILLE_MIGLIA,
    MONZA,
    MOTOR_EXPO,
    MTV_RISE,
    PARIS,
    QUOTA,
    RALI_PORTUGAL,
    RAMAZAN_BAYRAMI,
    RE_POLICY,
    RE_REDESIGN,
    RE_VIDEOS,
    RR_NEWSLETTER,
    RR_POLICY,
    RR_REDESIGN,
    SAO_PAULO,
    VED,
    VP_NEWSLETTER,
    VP_REDESIGN,
    WLTP_ALL_CARS,
    YW_REDESIGN,
    YW_YOUTUBE,
    british_summer_time,
    comma,
    dotted,
    month_end,
    next_round,
    on_or_before,
    plate,
    pump_change_day,
    pump_prices_tr,
    registrations,
    rounds,
    thai_year,
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
    wording_on,
)

SET = "held-back-142"
SITES = ("Roadtest Review", "AutoPraxis", "In Marcia", "Volant a plyn", "Direksiyon Haber",
         "Roda e Estrada", "ยานยนต์วันนี้", "Harcourt Motor Group", "Apex Line",
         "Automóvel Clube do Minho", "Autohaus Brenner Gruppe", "Autoklub Vysočina")
RR, AP, IM, VP = ("roadtestreview.co.uk", "autopraxis-magazin.de", "inmarcia.it",
                  "volantaplyn.cz")
DH, RE, YW, HM = ("direksiyonhaber.com.tr", "rodaeestrada.com.br", "yanyonwanni.com",
                  "harcourtmotorgroup.co.uk")
AL, AC, AB, AK = ("apexline.co.uk", "acminho.pt", "autohaus-brenner.de", "autoklubvysocina.cz")

d = dt.date
one = dt.timedelta(days=1)
YEARS = range(2015, 2021)

# The dates printed day by day (every one from the first day).
DAILY = ((RR, "dated"), (AP, "datum"), (IM, "data"), (VP, "datum"), (DH, "tarih"),
         (RE, "data"), (YW, "wanthi"), (HM, "dated"), (AL, "dated"), (AC, "data"),
         (AB, "datum"), (AK, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((YW, "namman"),)
# The weekly fuel prices and the weekday they are dated to (Monday 0).
WEEKLY = ((AP, "sprit", 2), (VP, "ceny", 0), (RE, "anp", 5), (AC, "precos", 0))
# The notices that follow calendars.
BANNERS = ((RR, "notice"), (AP, "hinweis"), (IM, "avviso"), (VP, "upozorneni"),
           (DH, "duyuru"), (RE, "aviso"), (YW, "prakat"), (HM, "banner"), (AL, "live"),
           (AC, "aviso"), (AB, "oeffnung"), (AK, "znamka"))
# Amounts in force from given days.
TABLES = ((RR, "ved", VED), (DH, "mtv", MTV_RISE), (HM, "apr", HM_APR), (AC, "quota", QUOTA),
          (IM, "incentivi", ECOBONUS), (AB, "bonus", AB_BONUS))
SEASONAL = ((IM, "gomme"), (DH, "kis"), (AK, "pneu"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    RR: "Subscribe to Roadtest Review magazine: your first three issues for £3",
    AP: "AutoPraxis im Abo: zwölf Ausgaben frei Haus und eine Prämie dazu",
    IM: "Iscriviti alla newsletter di In Marcia",
    VP: "Sledujte Volant a plyn na Facebooku a Instagramu",
    DH: "Son dakika otomobil haberleri için bizi Twitter'da takip edin",
    RE: "Curta a página do Roda e Estrada no Facebook",
    YW: "กดติดตามเพจยานยนต์วันนี้ เพื่อไม่พลาดข่าวรถใหม่",
    HM: "Browse more than 1,200 approved used cars across our 14 dealerships",
    AL: "Results, points tables and the full calendar are on our championship page",
    AC: "Siga o Automóvel Clube do Minho nas redes sociais",
    AB: "Unsere Serviceannahme ist Montag bis Freitag ab 7 Uhr für Sie da.",
    AK: "Členové klubu mají slevu na technickou kontrolu v partnerských stanicích.",
}

on = partial(wording_on, SET)


@cache
def changes(domain: str, family: str) -> frozenset[dt.date]:
    """The days from 2015 to 2020 whose wording of the family differs from the day
    before's."""
    return frozenset(day for day in every_day()
                     if on(domain, family, day) != on(domain, family, day - one))


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + SEASONAL + tuple(
        (domain, family) for domain, family, _ in TABLES) + tuple(
        (domain, family) for domain, family, _ in WEEKLY) + (
        (IM, "mercato"), (DH, "akaryakit"), (HM, "offer"), (AL, "next")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 12), d(2018, 9, 1), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 13), LAST_DAY))


def test_helpers() -> None:
    assert british_summer_time(d(2019, 3, 31)) and not british_summer_time(d(2019, 3, 30))
    assert not british_summer_time(d(2020, 10, 25))
    assert on_or_before(d(2020, 6, 19), 2) == d(2020, 6, 17)
    assert on_or_before(d(2020, 6, 17), 2) == d(2020, 6, 17)
    assert month_end(d(2016, 2, 3)) == d(2016, 2, 29) and month_end(d(2019, 12, 31)) == d(
        2019, 12, 31)
    assert (plate(2017, 3), plate(2017, 9), plate(2020, 9)) == ("17", "67", "70")
    assert thai_year(2019) == 2562 and comma(1.2849, 3) == "1,285"
    assert dotted(163543) == "163.543"
    assert rounds(2016)[0] == (d(2016, 4, 3), "Brands Hatch Indy")
    assert rounds(2016)[4][0] == d(2016, 6, 26)  # the last Sunday of June
    assert len(rounds(2019)) == 10 and len(rounds(2020)) == 8
    assert next_round(d(2020, 6, 19)) == (1, d(2020, 8, 2), "Brands Hatch Indy")
    assert next_round(d(2020, 11, 9))[1] == rounds(2021)[0][0]
    assert registrations(2020, 4) < 0.05 * registrations(2019, 4)
    prices = pump_prices_tr()
    moves = [day for day in every_day()[1:] if prices[day] != prices[day - one]]
    assert moves and all(pump_change_day(day) for day in moves)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(RR, "dated", old, rf"5 March 2016 \| {clock}")
    full(RR, "dated", new, rf"Updated Fri, 19 Jun 2020 {clock} BST")
    full(RR, "dated", winter, rf"Updated Mon, 7 Dec 2020 {clock} GMT")
    full(AP, "datum", old, rf"05\.03\.2016 – {clock}")
    full(AP, "datum", new, "veröffentlicht am 19. Juni 2020")
    full(AP, "sprit", new, r"Spritpreise im Bundesschnitt \(Stand: Mittwoch, 17\.06\.\): "
                           r"Super E10 1,\d{3} €, Diesel 1,\d{3} €")
    full(IM, "data", old, rf"05/03/2016 - {clock}")
    full(IM, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(IM, "mercato", new, r"Mercato auto Italia a maggio 2020: \d\d\.\d{3} "
                             r"immatricolazioni \(-\d\d,\d% sullo stesso mese del 2019\)")
    full(IM, "mercato", d(2016, 5, 2), r"Mercato auto Italia ad aprile 2016: \d{3}\.\d{3} "
                                       r"immatricolazioni \(\+\d+,\d% sullo stesso mese del "
                                       r"2015\)")
    full(VP, "datum", old, r"5\. 3\. 2016")
    full(VP, "datum", new, rf"Publikováno: pátek 19\. června 2020 {clock}")
    full(VP, "ceny", new, r"Průměrné ceny pohonných hmot k pondělí 15\. 6\.: Natural 95 "
                          r"\d\d,\d\d Kč/l, nafta \d\d,\d\d Kč/l")
    full(DH, "tarih", old, rf"05\.03\.2016 {clock}")
    full(DH, "tarih", new, rf"19 Haziran 2020 Cuma, {clock}")
    full(DH, "akaryakit", new, r"Akaryakıt fiyatları \(İstanbul Avrupa Yakası\): benzin "
                               r"\d,\d\d TL, motorin \d,\d\d TL · son değişiklik "
                               r"\d\d\.0[56]\.2020")
    full(RE, "data", old, rf"Publicado em 05/03/2016 - {clock}")
    full(RE, "data", new, "sexta-feira, 19 de junho de 2020")
    full(RE, "anp", new, r"⛽ Gasolina comum: R\$ \d,\d{3} por litro na média nacional "
                         r"\(ANP, semana até 13/06\)")
    full(YW, "wanthi", old, "5 มี.ค. 59")
    full(YW, "wanthi", new, rf"19 มิถุนายน 2563 \| {clock} น\.")
    full(YW, "namman", new, r"ราคาน้ำมันวันนี้ \(19 มิ\.ย\. 63\): แก๊สโซฮอล์ 95 ลิตรละ "
                            r"\d\d\.\d\d บาท")
    full(HM, "dated", old, "Posted on 5th March 2016")
    full(HM, "dated", new, r"News \| 19/06/2020")
    full(HM, "offer", new, r"Offer available on orders placed between 1 and 30 June 2020, "
                           r"subject to status and availability\.")
    full(AL, "dated", old, rf"05 Mar 16 · {clock}")
    full(AL, "dated", new, "Friday 19 June 2020")
    full(AL, "next", old, "Next round: Round 1, Brands Hatch Indy, 2-3 April 2016")
    full(AL, "next", new, "Next round: Round 1, Brands Hatch Indy, 1-2 August 2020")
    full(AL, "next", winter, r"Next round: Round 1, Brands Hatch Indy, 3-4 April 2021 "
                             r"\(provisional\)")
    full(AC, "data", old, "05-03-2016")
    full(AC, "data", new, "19 de junho de 2020")
    full(AC, "precos", new, r"Preços médios desta semana \(desde segunda-feira, 15/06\): "
                            r"gasolina 95 1,\d{3} €/l · gasóleo 1,\d{3} €/l")
    full(AB, "datum", old, "Rosenheim, den 5. März 2016")
    full(AK, "datum", new, r"V Jihlavě dne 19\. 6\. 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(RR, "dated", day).startswith("Updated") == (day >= RR_REDESIGN)
        assert on(AP, "datum", day).startswith("veröffentlicht") == (day >= AP_REDESIGN)
        assert ("ore" in on(IM, "data", day)) == (day >= IM_REDESIGN)
        assert on(VP, "datum", day).startswith("Publikováno") == (day >= VP_REDESIGN)
        assert (not on(DH, "tarih", day)[2] == ".") == (day >= DH_REDESIGN)
        assert on(RE, "data", day).startswith("Publicado") == (day < RE_REDESIGN)
        assert ("|" in on(YW, "wanthi", day)) == (day >= YW_REDESIGN)
        assert on(HM, "dated", day).startswith("News") == (day >= HM_REDESIGN)
        assert ("·" in on(AL, "dated", day)) == (day < AL_REDESIGN)
        assert ("de" in on(AC, "data", day).split()) == (day >= AC_REDESIGN)
        wanthi = on(YW, "wanthi", day)
        assert (str(thai_year(day.year)) in wanthi) == (day >= YW_REDESIGN)
        assert wanthi.split(" ")[2].endswith(str(thai_year(day.year))[-2:])
        if day >= RR_REDESIGN:
            assert on(RR, "dated", day).endswith("BST" if british_summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    assert len(changes(YW, "namman")) == len(every_day()) - 1
    for domain, family, weekday in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == weekday for day in weekly), family
    for domain, family in ((IM, "mercato"), (HM, "offer")):
        monthly = changes(domain, family)
        assert len(monthly) == 71 and all(day.day == 1 for day in monthly), family
    pumps = changes(DH, "akaryakit")
    assert len(pumps) >= 150 and all(pump_change_day(day) for day in pumps)
    # The next round moves on the Monday after each round, and next season's opener stops
    # being provisional on New Year's Day.
    raced = {sunday + one for y in YEARS for sunday, _ in rounds(y)}
    assert changes(AL, "next") == raced | {d(y, 1, 1) for y in YEARS[1:]}
    sprit = [float(m[1].replace(",", ".")) for t in group_lines(SET, AP, "sprit")
             if (m := re.search(r"E10 (\d,\d{3}) €", norm(t)))]
    assert sprit and all(1.05 <= p <= 1.6 for p in sprit)
    # The 2020 VAT cut: the E10 price falls on its first Wednesday.
    before, after = (float(re.search(r"E10 (\d,\d{3})", on(AP, "sprit", day))[1]
                           .replace(",", ".")) for day in (d(2020, 6, 30), d(2020, 7, 1)))
    assert after < before
    mercato = {day.month: on(IM, "mercato", day) for day in (d(2020, m, 1) for m in (4, 5))}
    assert "a marzo 2020" in mercato[4] and "(-8" in mercato[4]
    assert "ad aprile 2020" in mercato[5] and "(-9" in mercato[5]


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for table, name in ((GENEVA, "Geneva motor show"), (IAA, "Frankfurt motor show"),
                        (PARIS, "Paris motor show"), (GOODWOOD, "Goodwood Festival of Speed"),
                        (LONDON_SHOW, "London motor show")):
        for y, (first, last) in table.items():
            assert f"{name} {y}" in on(RR, "notice", iso(first)), (name, y)
            assert f"{name} {y}" in on(RR, "notice", iso(last)), (name, y)
    assert "Geneva 2020 is off" in on(RR, "notice", GENEVA_CANCELLED)
    assert "Lockdown" in on(RR, "notice", d(2020, 4, 1))
    assert "No Festival of Speed" in on(RR, "notice", d(2020, 7, 10))
    for y in IAA:
        assert f"IAA {y}" in on(AP, "hinweis", iso(IAA[y][0])), y
    for y in GENEVA:
        assert f"Genfer Autosalon {y}" in on(AP, "hinweis", iso(GENEVA[y][1])), y
        assert f"Salone di Ginevra {y}" in on(IM, "avviso", iso(GENEVA[y][0])), y
    for y in ESSEN:
        assert f"Essen Motor Show {y}" in on(AP, "hinweis", iso(ESSEN[y][0])), y
    assert "abgesagt" in on(AP, "hinweis", d(2020, 3, 5))
    assert "annullato" in on(IM, "avviso", d(2020, 3, 5))
    assert "Diesel-Fahrverbote" in on(AP, "hinweis", d(2018, 3, 1))
    assert "Corona" in on(AP, "hinweis", d(2020, 4, 1))
    assert "Mehrwertsteuer" in on(AP, "hinweis", d(2020, 7, 1))
    for y, day in MONZA.items():
        assert f"Gran Premio d'Italia {y}" in on(IM, "avviso", iso(day)), y
    for y, (first, _) in MILLE_MIGLIA.items():
        assert f"Mille Miglia {y}" in on(IM, "avviso", iso(first)), y
    for y, (first, _) in BOLOGNA.items():
        assert f"Motor Show di Bologna {y}" in on(IM, "avviso", iso(first)), y
    assert "lockdown" in on(IM, "avviso", d(2020, 4, 1))
    for y in YEARS:
        assert f"Rallye Dakar {y}" in on(VP, "upozorneni", iso(DAKAR[y][0])), y
        assert f"Barum Czech Rally Zlín {y}" in on(VP, "upozorneni", iso(BARUM[y][1])), y
        assert f"na rok {y + 1}" in on(VP, "upozorneni", d(y, 11, 28)), y
        assert f"Kurban Bayramı {y}" in on(DH, "duyuru", iso(KURBAN_BAYRAMI[y])), y
        assert f"MTV {y} ilk taksit" in on(DH, "duyuru", d(y, 1, 15)), y
        assert f"MTV {y} ikinci taksit" in on(DH, "duyuru", d(y, 7, 12)), y
        assert f"IPVA {y}" in on(RE, "aviso", d(y, 1, 15)), y
        assert f"Carnaval {y}" in on(RE, "aviso", carnival_tuesday(y)), y
        assert f"บางกอก อินเตอร์เนชั่นแนล มอเตอร์โชว์ {thai_year(y)}" in on(
            YW, "prakat", iso(BANGKOK[y][0])), y
        assert f"มอเตอร์ เอ็กซ์โป {thai_year(y)}" in on(YW, "prakat", iso(MOTOR_EXPO[y][0])), y
        assert f"ปีใหม่ {thai_year(y + 1)}" in on(YW, "prakat", d(y, 12, 31)), y
        for m in (3, 9):
            assert f"new {plate(y, m)}-plate arrives" in on(HM, "banner", d(y, m - 1, 20))
            assert f"new {plate(y, m)}-plate is here" in on(HM, "banner", d(y, m, 10))
        assert f"Operação Natal e Ano Novo {y}/{y + 1}" in on(AC, "aviso", d(y, 12, 25)), y
        assert "Winterreifen" in on(AB, "oeffnung", d(y, 10, 15)), y
        for k, (sunday, circuit) in enumerate(rounds(y), start=1):
            assert f"Round {k} at {circuit}" in on(AL, "live", sunday - one), (y, k)
        if y < 2020:
            assert f"Ramazan Bayramı {y}" in on(DH, "duyuru", iso(RAMAZAN_BAYRAMI[y])), y
            assert f"สงกรานต์ {thai_year(y)}" in on(YW, "prakat", d(y, 4, 13)), y
            assert f"Christmas {y}" in on(HM, "banner", d(y, 12, 22)), y
            assert f"Operação Páscoa {y}" in on(AC, "aviso", easter(y)), y
            assert "Sommerreifen" in on(AB, "oeffnung", easter(y) + 2 * one), y
            assert f"24. Dezember {y}" in on(AB, "oeffnung", d(y, 12, 27)), y
            assert f"Dálniční známka {y + 1}" in on(AK, "znamka", d(y, 12, 15)), y
            assert f"Dálniční známka {y}" in on(AK, "znamka", d(y, 1, 15)), y
            assert f"Rali de Portugal {y}" in on(AC, "aviso", iso(RALI_PORTUGAL[y][0])), y
    for y, (first, _) in SAO_PAULO.items():
        assert f"Salão do Automóvel {y}" in on(RE, "aviso", iso(first)), y
    assert "Sem Salão em 2020" in on(RE, "aviso", d(2020, 11, 10))
    assert "caminhoneiros" in on(RE, "aviso", d(2018, 5, 25))
    assert "Quarentena" in on(RE, "aviso", d(2020, 4, 1))
    assert "Koronavirus" in on(VP, "upozorneni", d(2020, 4, 1))
    assert "İstanbul Park" in on(DH, "duyuru", d(2020, 11, 13))
    assert "Sokağa çıkma" in on(DH, "duyuru", d(2020, 5, 24))  # the curfews win over the bayram
    assert "showrooms are closed" in on(HM, "banner", d(2020, 4, 1))
    assert "reopened" in on(HM, "banner", d(2020, 6, 15))
    assert "click and collect" in on(HM, "banner", d(2020, 11, 20))
    assert "Season on hold" in on(AL, "live", d(2020, 5, 2))
    assert "cancelado" in on(AC, "aviso", d(2020, 5, 20))
    assert "Estado de emergência" in on(AC, "aviso", easter(2020))
    assert "Corona" in on(AB, "oeffnung", d(2020, 4, 14))
    assert "Lockdown" in on(AB, "oeffnung", d(2020, 12, 27))
    assert "elektronická" in on(AK, "znamka", E_VIGNETTE)


def test_seasonal_notices() -> None:
    assert changes(IM, "gomme") == {d(y, m, day) for y in YEARS
                                    for m, day in ((4, 16), (5, 16), (11, 15))}
    assert changes(DH, "kis") == {d(y, m, 1) for y in YEARS for m in (4, 5, 12)}
    assert changes(AK, "pneu") == {d(y, m, 1) for y in YEARS for m in (4, 11)}
    for y in YEARS:
        assert "15 novembre" in on(IM, "gomme", d(y, 1, 10)), y
        assert "16 aprile" in on(IM, "gomme", d(y, 4, 20)), y
        assert "1 Aralık" in on(DH, "kis", d(y, 12, 10)), y
        assert "sona erdi" in on(DH, "kis", d(y, 4, 10)), y
        assert "1. listopadu" in on(AK, "pneu", d(y, 2, 10)), y
        assert "letní" in on(AK, "pneu", d(y, 6, 10)), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (RR, "byline", RR_REDESIGN, "By {author}", "Pictures"),
        (RR, "economy", WLTP_ALL_CARS, "NEDC", "WLTP"),
        (RR, "supplied", RR_POLICY, "supplied the car", "lent by their makers"),
        (RR, "notice", RR_NEWSLETTER, "first three issues", "newsletter"),
        (AP, "autor", AP_REDESIGN, "Von {author}", "| AutoPraxis"),
        (AP, "envkv", WLTP_ALL_CARS, "(NEFZ)", "WLTP"),
        (AP, "hinweis", AP_NEWSLETTER, "im Abo", "Newsletter"),
        (IM, "autore", IM_REDESIGN, "di {author}", "Articolo"),
        (IM, "consumi", WLTP_ALL_CARS, "NEDC", "WLTP"),
        (IM, "avviso", IM_NEWSLETTER, "Iscriviti alla newsletter", "Ogni venerdì"),
        (VP, "upozorneni", VP_NEWSLETTER, "Facebooku", "newsletter"),
        (DH, "duyuru", DH_NOTIFICATIONS, "Twitter", "Bildirimleri"),
        (RE, "cedido", RE_POLICY, "cedido", "emprestados"),
        (RE, "aviso", RE_VIDEOS, "Facebook", "vídeo"),
        (YW, "phukhian", YW_REDESIGN, "เรื่อง: ", "เรื่อง/ภาพ"),
        (YW, "prakat", YW_YOUTUBE, "เพจ", "YouTube"),
        (HM, "fca", HM_FCA, "interim permission", "authorised and regulated"),
        (HM, "economy", WLTP_ALL_CARS, "NEDC", "WLTP"),
        (HM, "banner", HM_STOCK, "1,200", "1,600"),
        (AC, "socio", AC_APP, "Assistência em viagem 24", "app"),
        (AK, "asistence", AK_APP, "800 150 150", "aplikaci")))
    assert_groups_reworded(SET, (
        (RR, "dated", " | ", "Updated "),
        (AP, "datum", " – ", "veröffentlicht "),
        (HM, "dated", "Posted on ", "News | "),
        (RR, "byline", "By ", "Pictures: "),
        (AP, "envkv", "(NEFZ)", "WLTP"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
    assert "CO2 band" in on(RR, "ved", d(2017, 3, 31))
    assert "£140 a year" in on(RR, "ved", d(2017, 4, 1))
    assert "£325" in on(RR, "ved", LAST_DAY)
    assert "%23,73" in on(DH, "mtv", d(2019, 6, 1))
    assert "4.9% APR" in on(HM, "apr", d(2020, 6, 1))
    assert "40 €" in on(AC, "quota", d(2020, 6, 1))
    assert "non prevede" in on(IM, "incentivi", d(2019, 2, 28))
    assert "10.000 euro" in on(IM, "incentivi", d(2020, 8, 1))
    assert "Innovationsprämie" in on(AB, "bonus", d(2020, 7, 8))
    assert "6.000 Euro" in on(AB, "bonus", d(2020, 7, 7))
    aprs = {m[1] for t in group_lines(SET, HM, "apr")
            if (m := re.search(r"([\d.]+)% APR", norm(t)))}
    assert len(aprs) >= 3


def test_prices_and_specs_from_pools() -> None:
    for style, family, prefix, suffix, pool_name in (
            (RR, "price", "Price as tested: ", "", "price"),
            (RR, "spec", "Engine: ", "", "spec"),
            (IM, "prezzo", "Prezzo di listino: da ", " euro chiavi in mano", "prezzo"),
            (VP, "cena", "Cena testovaného vozu: ", " Kč", "cena"),
            (RE, "preco", "Preço sugerido: R$ ", "", "preco"),
            (YW, "rakha", "ราคาจำหน่าย ", " บาท", "rakha"),
            (AP, "envkv", "", " (NEFZ)", "envkv")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        values = [t.removeprefix(prefix).removesuffix(suffix) for t in lines
                  if t.startswith(prefix) and t.endswith(suffix)]
        assert len(values) >= 0.3 * len(lines) and lines, (style, family)
        assert sum(v in pool(SET, style, pool_name) for v in values) >= 0.9 * len(values), (
            style, family)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (YW, "muad", r"[\u0e00-\u0e7f]"), (YW, "namman", r"[\u0e00-\u0e7f]"),
        (DH, "telif", r"[çğışöü]"), (VP, "sireni", r"[áčěíšůž]"),
        (AP, "dat", r"[äöüß]"), (RE, "direitos", r"[ãçáéíóú]"),
        (AC, "dica", r"[óáãçé]"), (AB, "irrtum", r"[äöü]"), (AK, "tz", r"[áčěíšůž]")))
    assert any(t.endswith("BST") for t in group_lines(SET, RR, "dated"))
    assert any(t.endswith("GMT") for t in group_lines(SET, RR, "dated"))
    assert any("มี.ค." in t or "เม.ย." in t or "ก.ค." in t for t in group_lines(SET, YW,
                                                                             "wanthi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{RR}/dated", f"{RR}/byline", f"{RR}/read-next", f"{RR}/kicker",
                         f"{RR}/price", f"{RR}/spec", f"{RR}/copyright", f"{AP}/datum",
                         f"{AP}/envkv", f"{IM}/data", f"{VP}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{RR}/recall", f"{RR}/supplied", f"{AP}/testwagen", f"{AP}/dat", f"{AP}/impressum",
        f"{IM}/editore"))
    assert_carried_share(docs, RR, [
        ("dated", 0.8, 0.98), ("read-next", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("notice", 0.15, 0.5), ("copyright", 0.3, 0.6), ("recall", 0.0, 0.2)])
    assert_carried_share(docs, AP, [("datum", 0.75, 0.98), ("envkv", 0.3, 0.6),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{RR}/read-next", f"{RR}/advert", f"{AP}/anzeige", f"{IM}/pubblicita"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((RR, "recall"), (AP, "foto"), (IM, "galleria"), (VP, "foto"),
                               (YW, "khopkhun"), (HM, "pictured"), (AL, "photo"),
                               (AC, "dica")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (RR, "correction", 16), (AP, "korrektur"), (IM, "rettifica"), (VP, "oprava"),
        (DH, "duzeltme"), (RE, "errata"), (YW, "update"), (HM, "update"),
        (AL, "correction"), (AC, "correcao"), (AB, "korrektur"), (AK, "oprava")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{RR}/read-next", "Read next: "), (f"{AP}/mehr", "Mehr zum Thema: "),
        (f"{IM}/leggi", "Leggi anche: "), (f"{VP}/ctete", "Čtěte také: "),
        (f"{DH}/ilgili", "İlgili Haber: "), (f"{RE}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (RR, "advert", "ADVERTISEMENT"), (AP, "anzeige", "ANZEIGE"),
        (IM, "pubblicita", "Pubblicità"), (VP, "reklama", "Reklama"), (DH, "reklam", "REKLAM"),
        (RE, "publicidade", "PUBLICIDADE"), (YW, "khosana", "โฆษณา"), (HM, "ends", "- ENDS -"),
        (IM, "riproduzione", "© Riproduzione riservata"), (AB, "pi", "Presseinformation"),
        (AK, "tz", "Tisková zpráva")))
    assert_group_values_from_pool(SET, (
        (RR, "kicker", "kicker"), (AP, "rubrik", "rubrik"), (IM, "sezione", "sezione"),
        (VP, "rubrika", "rubrika"), (DH, "kategori", "kategori"), (RE, "editoria", "editoria"),
        (YW, "muad", "muad"), (HM, "branch", "branch"), (AL, "series", "series"),
        (AC, "categoria", "categoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (RR, "advert", "ADVERTISEMENT"),
        (AP, "testwagen", "Den Testwagen hat uns der Hersteller für die Dauer des Tests zur "
                          "Verfügung gestellt."),
        (IM, "riproduzione", "© Riproduzione riservata")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        RR: (["price", "spec", "economy"], 3),
        AP: (["envkv", "dat"], 2),
        IM: (["prezzo", "consumi"], 2),
        VP: (["copyright", "sireni"], 2),
        DH: (["telif", "copyright"], 2),
        RE: (["preco", "consumo"], 2),
        YW: (["rakha", "ecosticker"], 2),
        HM: (["ends", "contact", "company"], 2),
        AL: (["independent", "copyright"], 2),
        AC: (["morada", "copyright"], 2),
        AB: (["kontakt", "copyright"], 2),
        AK: (["kontakt", "copyright"], 2)})


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
