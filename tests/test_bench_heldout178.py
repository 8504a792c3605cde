"""The held-back-178 template set (`tests.bench.heldout_templates_178`): its wire datelines and
release stamps localised day by day (English with AP abbreviations and Eastern time, German
with MEZ and MESZ, French with "1er", Spanish, Japanese eras from Heisei to Reiwa and then
Western years, Portuguese before and after the new spelling), several changing form on the
day of a redesign; the lines that turn every trading day (the CAC 40 close, a share price),
week (the most-read list's calendar week), month (a wire's client count) and quarter (a
customer count); the next-event lines that follow financial calendars; the notices that
follow calendars (US market holidays, Euronext closures, Carnival, trade fairs, a user
conference, earnings dates after an IPO, Golden Week, year-end and summer closures, the new
era, general meetings, dividends, the pandemic); the disclaimers and exchange lines reworded
by regulation, renamings and an IPO; the figures that change on results days; the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import carnival_tuesday, easter
from tests.bench.heldout_templates_178 import (
    AK_SEIREKI,
    AK_STAFF,
    CM_MAR,
    CM_UK_MAR,
    FF_GROWTH,
    FF_REDESIGN,
    FF_URD,
    FIRST_DAY,
    FORGEWORLD,
    FV_B3,
    FV_PROFILE,
    FV_REDESIGN,
    HANNOVER_MESSE,
    IAA,
    KZ_FEES,
    KZ_REDESIGN,
    LAST_DAY,
    LV_AG,
    LV_AO,
    LV_CAPACITY,
    LV_MAR,
    MN_AP_STYLE,
    MN_REACH,
    MN_VIEW,
    NQ_COVID,
    NQ_SHARES,
    NQ_TSX,
    PDAC,
    PT_MAR,
    PT_ORIGINAL,
    PT_REDESIGN,
    REIWA,
    RH_GENDER,
    RH_PROFILE,
    RH_REDESIGN,
    RH_SOCIAL,
    SPS,
    TF_IPO,
    VN_CNMV,
    VN_DIVIDENDOS,
    VN_IBEX,
    VN_JUNTAS,
    VN_PROFILE,
    VN_REDESIGN,
    VRIC,
    cm_branches,
    cm_events,
    eastern_summer,
    era_year,
    european_summer,
    fr_day,
    fv_calls,
    kz_users,
    nyse_holidays,
    previous_weekday,
    tf_customers,
    tf_reports,
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
    wording_on,
)

SET = "held-back-178"
SITES = ("Meridian Newswire", "Presseticker", "キズナPR", "Fil Info Finance", "Vientonorte",
         "Ferrovale", "Caldermoor", "Northquill", "Tallyforge", "Reinholt", "青葉化成",
         "Lusoventos")
MN, PT, KZ, FF = "meridiannewswire.com", "presseticker.de", "kizunapr.jp", "filinfofinance.fr"
VN, FV, CM, NQ = "vientonorte.es", "ferrovale.com.br", "caldermoor.co.uk", "northquillresources.com"
TF, RH, AK, LV = "tallyforge.com", "reinholt.de", "aobakasei.co.jp", "lusoventos.pt"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((MN, "dateline"), (MN, "released"), (PT, "datum"), (KZ, "hizuke"), (FF, "publie"),
         (FF, "lieu"), (VN, "fecha"), (FV, "data"), (CM, "released"), (NQ, "dateline"),
         (TF, "dated"), (RH, "datum"), (AK, "hizuke"), (LV, "data"))
# The lines that give the previous trading day's close.
TRADING = ((FF, "cac"), (CM, "price"))
# The notices that follow calendars.
BANNERS = ((MN, "notice"), (PT, "hinweis"), (KZ, "oshirase"), (FF, "bourse"), (VN, "agenda"),
           (FV, "aviso"), (NQ, "events"), (TF, "banner"), (RH, "hinweis"), (AK, "oshirase"),
           (LV, "ag"))
# Figures and fees in force from given days.
TABLES = ((KZ, "ryokin", KZ_FEES), (VN, "sobre", VN_PROFILE), (FV, "sobre", FV_PROFILE),
          (CM, "about", cm_branches()), (NQ, "shares", NQ_SHARES), (RH, "ueber", RH_PROFILE),
          (AK, "gaiyou", AK_STAFF), (LV, "sobre", LV_CAPACITY))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    MN: "Send your news with Meridian Newswire and reach more than 4,000 newsrooms.",
    PT: "Presseticker-Newsletter: die wichtigsten Meldungen des Tages, jeden Morgen um 7 Uhr",
    KZ: f"キズナPRの利用企業数が{kz_users(QUIET):,}社を突破しました",
    FF: "Recevez chaque soir la lettre de Fil Info Finance",
    VN: "Sigue la actualidad de Vientonorte en LinkedIn y Twitter",
    FV: "Cadastre-se para receber os comunicados da Ferrovale por e-mail",
    NQ: "Sign up for Northquill news releases at northquillresources.com",
    TF: "Follow Tallyforge on Twitter and LinkedIn for product news",
    RH: "Folgen Sie Reinholt auf Xing und Twitter",
    AK: "IRメール配信サービスのご登録はこちら",
    LV: "Subscreva os alertas de comunicados da Lusoventos",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def in_2015_to_2020(day: dt.date) -> bool:
    return d(2015, 1, 2) <= day <= d(2020, 12, 31)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TRADING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (PT, "kw"), (FV, "teleconf"), (CM, "next-event"), (TF, "about"), (CM, "inside")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 5), d(2018, 4, 19), d(2019, 5, 1),
        d(2019, 12, 20), d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert eastern_summer(d(2019, 3, 10)) and not eastern_summer(d(2019, 3, 9))
    assert not eastern_summer(d(2019, 11, 3)) and eastern_summer(d(2019, 11, 2))
    assert european_summer(d(2019, 3, 31)) and not european_summer(d(2019, 3, 30))
    assert previous_weekday(d(2020, 6, 22)) == d(2020, 6, 19)  # Monday: Friday's close
    assert previous_weekday(d(2020, 6, 19)) == d(2020, 6, 18)
    assert [fr_day(n) for n in (1, 2, 21)] == ["1er", "2", "21"]
    assert [era_year(day) for day in (d(2016, 3, 5), d(2019, 4, 30), d(2019, 5, 1),
                                      d(2020, 6, 1))] == ["平成28年", "平成31年", "令和元年",
                                                          "令和2年"]
    days = dict(nyse_holidays(2016))
    assert days[d(2016, 12, 26)] == "Christmas Day" and days[d(2016, 3, 25)] == "Good Friday"
    assert d(2017, 1, 2) in dict(nyse_holidays(2017))
    assert not [day for day, _ in nyse_holidays(2022) if day.month == 1 and day.day < 3]
    assert d(2018, 12, 5) in dict(nyse_holidays(2018))
    assert fv_calls()[0] == (d(2015, 3, 5), "4T14")
    assert tf_reports()[0][0] == d(2018, 6, 6)
    assert all(day > TF_IPO for day, _ in tf_reports())
    assert cm_events()[0] == (d(2015, 3, 17), "Full-year results")
    users = [kz_users(day) for day in every_day()]
    assert users == sorted(users) and users[0] == 9000 and users[-1] > 50000
    assert tf_customers(TF_IPO) > tf_customers(TF_IPO - one)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MN, "dateline", old, r"[A-Z][A-Za-z ,]+, March 5, 2016 /Meridian Newswire/ --")
    full(MN, "dateline", d(2019, 9, 3), r"[A-Z][A-Za-z ,]+, Sept\. 3, 2019 /Meridian "
                                        r"Newswire/ --")
    full(MN, "released", old, rf"Mar 5, 2016, {clock} ET")
    full(MN, "released", new, rf"Jun 19, 2020, {clock12} EDT")
    full(MN, "released", winter, rf"Dec 7, 2020, {clock12} EST")
    full(PT, "datum", old, rf"05\.03\.2016 – {clock}")
    full(PT, "datum", new, rf"Freitag, 19\. Juni 2020, {clock} Uhr MESZ")
    full(PT, "datum", winter, rf"Montag, 7\. Dezember 2020, {clock} Uhr MEZ")
    full(PT, "kw", new, "Meistgelesen in KW 25/2020")
    full(PT, "kw", d(2021, 1, 3), "Meistgelesen in KW 53/2020")
    full(KZ, "hizuke", old, rf"2016年3月5日 {clock}")
    full(KZ, "hizuke", new, rf"2020年6月19日（金）{clock}")
    full(FF, "publie", old, rf"Publié le 05/03/2016 à {clock}")
    full(FF, "publie", new, rf"Mis en ligne le vendredi 19 juin 2020 à {clock}")
    full(FF, "publie", d(2019, 6, 1), rf"Mis en ligne le samedi 1er juin 2019 à {clock}")
    full(FF, "lieu", d(2019, 6, 1), r"[A-Z][a-z]+, le 1er juin 2019")
    full(FF, "cac", new, r"CAC 40 : \d \d\d\d,\d\d pts \([+-]\d,\d\d %\) – clôture du "
                         r"18/06/2020")
    full(FF, "cac", winter, r"CAC 40 : \d \d\d\d,\d\d pts \([+-]\d,\d\d %\) – clôture du "
                            r"04/12/2020")
    full(VN, "fecha", old, "Madrid, 5 de marzo de 2016")
    full(VN, "fecha", new, rf"Viernes, 19 de junio de 2020 · {clock} h")
    full(FV, "data", old, "São Paulo, 5 de março de 2016 –")
    full(FV, "data", new, "São Paulo, 19/06/2020 –")
    full(FV, "teleconf", new, r"Teleconferência de resultados do 2T20: quinta-feira, 13 de "
                              r"agosto de 2020, às 11h \(horário de Brasília\)")
    full(CM, "released", old, rf"Released {clock} 05-Mar-2016")
    full(CM, "price", new, r"Share price: \d{3}\.\d\dp \([+-]\d\.\d\d%\) · close 18 Jun 2020")
    full(CM, "next-event", new, "Next event: Half-year results, 1 September 2020")
    full(NQ, "dateline", old, "Vancouver, British Columbia – March 5, 2016 –")
    full(NQ, "dateline", new, "VANCOUVER, BC, June 19, 2020 –")
    full(TF, "dated", old, "March 5, 2016")
    full(TF, "dated", new, rf"Jun 19, 2020 · {clock12} ET")
    full(RH, "datum", old, "München, 5. März 2016")
    full(RH, "datum", new, r"München, 19\.06\.2020")
    full(AK, "hizuke", old, "平成28年3月5日")
    full(AK, "hizuke", d(2019, 4, 30), "平成31年4月30日")
    full(AK, "hizuke", d(2019, 5, 1), "令和元年5月1日")
    full(AK, "hizuke", d(2020, 3, 31), "令和2年3月31日")
    full(AK, "hizuke", new, "2020年6月19日")
    full(LV, "data", old, "Lisboa, 5 de Março de 2016")
    full(LV, "data", new, "Lisboa, 19 de junho de 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        month = day.strftime("%B")
        dateline = on(MN, "dateline", day)
        if day < MN_AP_STYLE or month in ("March", "April", "May", "June", "July"):
            assert f" {month} {day.day}," in dateline, day
        else:
            assert f" {month[:3]}{'t' if month == 'September' else ''}. {day.day}," in dateline
        released = on(MN, "released", day)
        if day < MN_AP_STYLE:
            assert released.endswith(" ET"), day
        else:
            assert released.endswith("EDT" if eastern_summer(day) else "EST"), day
        datum = on(PT, "datum", day)
        assert ("Uhr" in datum) == (day >= PT_REDESIGN)
        if day >= PT_REDESIGN:
            assert datum.endswith("MESZ" if european_summer(day) else " MEZ"), day
        assert ("（" in on(KZ, "hizuke", day)) == (day >= KZ_REDESIGN)
        assert on(FF, "publie", day).startswith("Mis en ligne") == (day >= FF_REDESIGN)
        assert ("1er" in on(FF, "lieu", day)) == (day.day == 1)
        assert on(VN, "fecha", day).startswith("Madrid") == (day < VN_REDESIGN)
        assert ("/" in on(FV, "data", day)) == (day >= FV_REDESIGN)
        assert on(NQ, "dateline", day).startswith("VANCOUVER") == (day >= NQ_TSX)
        assert ("·" in on(TF, "dated", day)) == (day >= TF_IPO)
        assert (". " in on(RH, "datum", day)) == (day < RH_REDESIGN)
        hizuke = on(AK, "hizuke", day)
        assert hizuke.startswith("平成") == (day < REIWA)
        assert hizuke.startswith("令和") == (REIWA <= day < AK_SEIREKI)
        assert hizuke.startswith("令和元年") == (REIWA <= day < d(2020, 1, 1))
        lisboa = on(LV, "data", day)
        assert (f" de {lisboa.split(' de ')[1]}".islower()) == (day >= LV_AO), day
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_trading_day_week_month_and_quarter() -> None:
    trading = {day for day in every_day() if day.weekday() in (1, 2, 3, 4, 5)}
    for domain, family in TRADING:
        assert changes(domain, family) == trading - {FIRST_DAY}, (domain, family)
    assert changes(PT, "kw") == {day for day in every_day() if day.weekday() == 0}
    months = {day for day in every_day() if day.day == 1 and day != FIRST_DAY}
    assert {day for day in every_day() if kz_users(day) != kz_users(day - one)} == months
    quarters = {day for day in months if day.month in (1, 4, 7, 10)}
    assert changes(TF, "about") == quarters | {TF_IPO}
    cac = [float(m[1].replace(" ", "").replace(",", ".")) for t in group_lines(SET, FF, "cac")
           if (m := re.search(r"CAC 40 : ([\d ]+,\d\d) pts", norm(t)))]
    assert cac and all(3600 <= c <= 6300 for c in cac) and len(set(cac)) >= 5
    prices = [float(m[1]) for t in group_lines(SET, CM, "price")
              if (m := re.search(r"(\d+\.\d\d)p", norm(t)))]
    assert prices and all(170 <= p <= 470 for p in prices)


def test_next_event_lines_follow_the_financial_calendars() -> None:
    assert changes(FV, "teleconf") == {c + one for c, _ in fv_calls() if in_2015_to_2020(c + one)}
    assert changes(CM, "next-event") == {c + one for c, _ in cm_events()
                                         if in_2015_to_2020(c + one)}
    for call, label in fv_calls():
        if in_2015_to_2020(call):
            assert f"do {label}:" in on(FV, "teleconf", call), call
    assert "Annual General Meeting" in on(CM, "next-event", d(2017, 4, 1))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        for day, name in nyse_holidays(y):
            assert name in on(MN, "notice", day) and name in on(MN, "notice", day - one), day
    assert "COVID-19" in on(MN, "notice", d(2020, 4, 15))
    assert "Memorial Day" in on(MN, "notice", d(2020, 5, 25))  # the market holiday wins
    for first, _ in HANNOVER_MESSE:
        assert f"Hannover Messe {first[:4]}" in on(PT, "hinweis", iso(first))
        assert f"Hannover Messe {first[:4]}" in on(RH, "hinweis", iso(first) - 10 * one)
    for first, last, name in IAA:
        assert f"{name} {first[:4]}" in on(PT, "hinweis", iso(last))
    for first, _ in SPS:
        assert f"SPS {first[:4]}" in on(RH, "hinweis", iso(first))
    assert "Coronavirus" in on(PT, "hinweis", d(2020, 4, 1))
    assert "abgesagt" in on(RH, "hinweis", d(2020, 4, 1))
    assert "SPS 2020" in on(RH, "hinweis", d(2020, 11, 20))
    for y in range(2015, 2021):
        assert f"{y}年12月29日" in on(KZ, "oshirase", d(y, 12, 30)), y
        assert f"{y}年12月29日" in on(AK, "oshirase", d(y, 12, 30)), y
        assert f"{y}年8月11日" in on(AK, "oshirase", d(y, 8, 12)), y
        if y != 2020:
            assert "通常どおり配信" in on(KZ, "oshirase", d(y, 5, 3)), y
            assert "決算発表予定日" in on(AK, "oshirase", d(y, 5, 5)), y
        assert "第2四半期決算発表予定日" in on(AK, "oshirase", d(y, 11, 1)), y
        friday = easter(y) - 2 * one
        assert f"Vendredi saint {friday.day}" in on(FF, "bourse", friday), y
        assert "lundi de Pâques" in on(FF, "bourse", easter(y) + one), y
        assert "Carnaval" in on(FV, "aviso", carnival_tuesday(y)), y
        assert f"Junta General de Accionistas {y}" in on(VN, "agenda", iso(VN_JUNTAS[y]))
        pay, amount = VN_DIVIDENDOS[y]
        assert f"{amount} euros" in on(VN, "agenda", iso(pay)), y
        assert f"Assembleia Geral Anual {y}" in on(LV, "ag", iso(LV_AG[y])), y
    assert "10連休" in on(KZ, "oshirase", d(2019, 5, 1))
    assert "令和" in on(KZ, "oshirase", d(2019, 4, 10))
    assert "緊急事態宣言" in on(KZ, "oshirase", d(2020, 5, 3))  # the emergency wins
    assert "在宅勤務" in on(AK, "oshirase", d(2020, 5, 5))
    assert "1er mai 2017" in on(FF, "bourse", d(2017, 5, 1))
    assert "les 25 et 26 décembre 2017" in on(FF, "bourse", d(2017, 12, 26))
    assert "le 26 décembre 2016" in on(FF, "bourse", d(2016, 12, 26))
    assert "BM&FBOVESPA" in on(FV, "aviso", carnival_tuesday(2017))
    assert "na B3" in on(FV, "aviso", carnival_tuesday(2018))
    assert "COVID-19" in on(FV, "aviso", d(2020, 5, 1))
    assert "telemáticos" in on(VN, "agenda", d(2020, 7, 1))
    assert "telemáticos" in on(LV, "ag", d(2020, 5, 20))
    assert "de Abril" in on(LV, "ag", iso(LV_AG[2016])) and "de abril" in on(
        LV, "ag", iso(LV_AG[2017]))
    for first, _ in PDAC:
        assert f"PDAC {first[:4]}" in on(NQ, "events", iso(first))
    for first, _ in VRIC:
        assert "Vancouver Resource Investment Conference" in on(NQ, "events", iso(first))
    assert "virtual site tour" in on(NQ, "events", d(2020, 5, 1))
    for day, what in tf_reports():
        if day.year <= 2020:
            assert what in on(TF, "banner", day) and "after market close" in on(TF, "banner",
                                                                               day), day
    assert not any("will report" in on(TF, "banner", day) for day in every_day()
                   if day < TF_IPO)
    for first, _ in FORGEWORLD:
        assert f"ForgeWorld {first[:4]}" in on(TF, "banner", iso(first))
    assert "goes virtual" in on(TF, "banner", d(2020, 10, 13))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MN, "view", MN_VIEW, "To view the original", "View original content"),
        (MN, "notice", MN_REACH, "4,000 newsrooms", "6,500"),
        (PT, "adhoc", PT_MAR, "§ 15 WpHG", "596/2014"),
        (PT, "original", PT_ORIGINAL, "Original-Content von:", "Originalinhalt von"),
        (PT, "hinweis", PT_REDESIGN, "jeden Morgen", "werktags"),
        (KZ, "haishin", KZ_REDESIGN, "配信元：キズナPR", "提供元"),
        (FF, "cotation", FF_GROWTH, "Alternext", "Euronext Growth"),
        (FF, "avertissement", FF_URD, "document de référence", "enregistrement universel"),
        (FF, "bourse", FF_REDESIGN, "chaque soir", "Alertes e-mail"),
        (VN, "cnmv", VN_CNMV, "Hecho relevante", "Otra información"),
        (VN, "cotiza", VN_IBEX, "IBEX Medium Cap", "IBEX 35"),
        (VN, "agenda", VN_REDESIGN, "LinkedIn", "alertas"),
        (FV, "ticker", FV_B3, "BM&FBOVESPA", "B3:"),
        (FV, "novo-mercado", FV_B3, "BM&FBOVESPA", "da B3"),
        (FV, "aviso", FV_REDESIGN, "e-mail", "app"),
        (CM, "inside", CM_MAR, "contains inside information.", "Article 7"),
        (CM, "inside", CM_UK_MAR, "596/2014.", "Withdrawal"),
        (NQ, "tickers", NQ_TSX, "TSX-V", "TSX: NQR"),
        (NQ, "exchange", NQ_TSX, "Venture", "Toronto Stock Exchange"),
        (NQ, "forward-looking", NQ_COVID, "materially.", "COVID-19"),
        (TF, "safe-harbor", TF_IPO, "unreleased", "Private Securities Litigation Reform Act"),
        (TF, "ir", TF_IPO, "Press kit", "Investor contact"),
        (TF, "banner", TF_IPO, "Twitter", "investors.tallyforge.com"),
        (RH, "ansprechpartner", RH_GENDER, "Ansprechpartner für", "Ansprechpartner*in"),
        (RH, "hinweis", RH_SOCIAL, "Xing", "LinkedIn"),
        (LV, "tipo", LV_MAR, "Facto relevante", "Informação privilegiada"),
        (LV, "declaracoes", LV_AO, "prospectivas", "prospetivas")))
    assert_groups_reworded(SET, (
        (MN, "view", "To view the original", "View original content"),
        (PT, "datum", " – ", "Uhr"),
        (FF, "cotation", "Alternext", "Euronext Growth"),
        (AK, "hizuke", "平成", "令和"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            parts = value if isinstance(value, tuple) else (value,)
            wording = on(domain, family, max(iso(start), FIRST_DAY))
            assert all(str(p) in wording for p in parts), (domain, start)
    assert "33,000円（税込）" in on(KZ, "ryokin", d(2019, 10, 1))
    assert "32,400円（税込）" in on(KZ, "ryokin", d(2019, 9, 30))
    assert "4.610 MW" in on(VN, "sobre", d(2020, 6, 1))
    assert "207 builders'" in on(CM, "about", d(2020, 6, 1))
    assert "158,113,205" in on(NQ, "shares", d(2020, 12, 1))
    counts = {m[1] for t in group_lines(SET, TF, "about")
              if (m := re.search(r"more than ([\d,]+) finance", norm(t)))}
    assert len(counts) >= 3


def test_several_languages_and_scripts() -> None:
    kana_kanji = r"[\u3040-\u30ff\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (KZ, "hizuke", r"\d+年\d+月\d+日"), (KZ, "shohyo", kana_kanji),
        (KZ, "kaisha", kana_kanji), (AK, "chui", kana_kanji), (AK, "hizuke", r"年.*月.*日"),
        (PT, "verantwortlich", r"[äöüß]"), (RH, "download", r"[äöüß]"),
        (FF, "cotation", r"[éèà]"), (VN, "imagenes", r"[áéíóúñ]"),
        (FV, "valores", r"[ãçõ]"), (LV, "ri", r"[ãç]")))
    assert any("令和" in t for t in group_lines(SET, AK, "hizuke"))
    assert any("平成" in t for t in group_lines(SET, AK, "hizuke"))
    assert any(t.endswith("EDT") for t in group_lines(SET, MN, "released"))
    assert any(t.endswith("MESZ") for t in group_lines(SET, PT, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MN}/dateline", f"{MN}/released", f"{MN}/provided",
                         f"{MN}/source", f"{MN}/also", f"{MN}/view", f"{PT}/datum",
                         f"{PT}/kontakt", f"{PT}/mehr", f"{KZ}/hizuke", f"{KZ}/kaisha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MN}/share", f"{MN}/disclaimer", f"{PT}/verantwortlich", f"{PT}/boersen",
        f"{PT}/ende"))
    assert_carried_share(docs, MN, [
        ("dateline", 0.8, 0.98), ("source", 0.75, 0.95), ("correction", 0.0, 0.1),
        ("notice", 0.15, 0.45)])
    assert_carried_share(docs, PT, [("original", 0.68, 0.9), ("kw", 0.08, 0.3),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{PT}/mehr", f"{KZ}/kanren", f"{FF}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((MN, "photo"), (KZ, "gazo"), (FV, "leia"), (CM, "website"),
                               (NQ, "figure"), (TF, "related"), (RH, "bild"), (AK, "shashin"),
                               (LV, "parque")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MN, "correction", 16), (PT, "korrektur"), (KZ, "teisei"), (FF, "erratum"),
        (VN, "fe-de-erratas"), (FV, "errata"), (CM, "correction"), (NQ, "correction"),
        (TF, "correction"), (RH, "korrektur"), (AK, "teisei"), (LV, "errata")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MN}/also", "Also from this source: "), (f"{PT}/mehr", "Mehr zum Thema: "),
        (f"{KZ}/kanren", "関連リリース："), (f"{FF}/lire", "À lire aussi : "),
        (f"{VN}/interesar", "Te puede interesar: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (MN, "share", "Share this article"), (PT, "anzeige", "Anzeige"),
        (FF, "publicite", "Publicité"), (CM, "end", "END"), (AK, "ijo", "以上"),
        (RH, "pi", "Presseinformation"), (KZ, "shosai", "企業プレスリリース詳細へ"),
        (NQ, "board", "ON BEHALF OF THE BOARD OF DIRECTORS")))
    assert_group_values_from_pool(SET, (
        (PT, "rubrik", "rubrik"), (FF, "type", "type"), (VN, "seccion", "seccion"),
        (FV, "tipo", "tipo"), (CM, "category", "category"), (CM, "code", "code")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (MN, "share", "Share this article"),
        (PT, "verantwortlich", "Für den Inhalt der Mitteilung ist allein der Emittent "
                               "verantwortlich."),
        (KZ, "shohyo", "※記載されている会社名・商品名・サービス名は、各社の商標または"
                       "登録商標です。")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        MN: (["provided", "released", "share", "ticker", "correction", "dateline"], 4),
        PT: (["ende", "emittent", "boersen", "verantwortlich", "kontakt", "original"], 3),
        KZ: (["shosai", "toiawase", "shohyo", "sozai", "haishin"], 3),
        FF: (["apropos", "cotation", "contact", "presse"], 3),
        VN: (["sobre", "cotiza", "contacto"], 2),
        FV: (["sobre", "novo-mercado", "ri", "imprensa"], 3),
        CM: (["enquiries", "company-contact", "pr-contact", "about", "next-event", "end",
              "code"], 4),
        NQ: (["qp", "qaqc", "board", "signed"], 3),
        RH: (["ueber", "aussagen", "ansprechpartner"], 2),
        AK: (["ijo", "toiawase", "chui"], 2),
        LV: (["sobre", "ri", "declaracoes"], 2)})


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
