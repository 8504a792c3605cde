"""The held-back-126 template set (`tests.bench.heldout_templates_126`): its localised dates
(printed day by day in English with British summer and winter time, West African, Indian and
UTC times, German, Spanish with summer and winter time, Turkish, Korean and Vietnamese,
several changing form on the day of a redesign), the price tickers that turn every day
(bitcoin and ether in dollars, won and pesos, SJC gold), the market lines that turn every
business day (naira, NSE, BIST 100 with its lost zeros, lira, Sensex and Nifty, FTSE,
sterling and gold, Euribor, deposit rates, mortgage rates, Vietnam's central rate,
Argentina's dollars), the policy rates that change on the central banks' decision days, the
halving countdown, the "rates correct as of" lines, the notices it rewords by date, the
calendars some notices follow (tax-year ends and filing deadlines, Budgets, price caps,
halvings, Consensus, forks, Korea's and Vietnam's holidays and tax months, Turkey's bayrams
and votes, Nigeria's and Argentina's votes, exchange controls, Brexit, the pandemic), the
amounts that change over the years (allowances, contribution limits, the share of losing CFD
accounts each quarter, the solidarity dollar's surcharges), the lines in several languages
and scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_templates_126 import (
    BIST_ZEROS,
    BOE_RATE,
    BOK_RATE,
    BR_APP,
    BR_KRIPTO,
    BR_REDESIGN,
    CBN_MPR,
    CHUSEOK,
    CL_ALERTS,
    CL_DISCLAIMER,
    CL_REDESIGN,
    CP_PERCEPCION,
    CP_REDESIGN,
    CP_SOLIDARIO,
    CP_TELEGRAM,
    DHANTERAS,
    DN_NEWSLETTER,
    DN_REDESIGN,
    ECB_RATES,
    ETH_TRADED,
    FED_RANGE,
    FIRST_DAY,
    GK_NEWSLETTER,
    GK_REDESIGN,
    GK_WERBUNG,
    GRUNDFREIBETRAG,
    HALVINGS,
    HM_ESMA,
    HM_MIFID,
    HM_REDESIGN,
    ISA_ALLOWANCE,
    ITR_DEADLINES,
    KP_NAVER,
    KP_REDESIGN,
    KURBAN_BAYRAMI,
    LAST_DAY,
    LIMITS_401K,
    LIMITS_IRA,
    LOSING_ACCOUNTS,
    LUNAR_NEW_YEAR,
    MM_REDESIGN,
    MM_REFERRAL,
    NM_REDESIGN,
    NM_WHATSAPP,
    PW_AFFILIATE,
    PW_EMAIL,
    PW_REDESIGN,
    RAMAZAN_BAYRAMI,
    RBI_REPO,
    RENTA,
    RH_ALERTS,
    RH_DISCLOSURE,
    RH_REDESIGN,
    TAX_DAY,
    TC_CENTRAL,
    TC_LICENSE,
    TC_REDESIGN,
    TC_TIEN_AO,
    TCMB_RATE,
    TURKISH_VOTES,
    UK_BUDGETS,
    UNION_BUDGETS,
    bist100,
    business_day,
    curve,
    democracy_day,
    dotted,
    signed,
    stepped,
    summer_time,
    week_of,
    wobble,
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

SET = "held-back-126"
SITES = ("Pennywise Guide", "CoinLantern", "Geldkompass", "Dinero Claro", "NaijaMoney Desk",
         "Borsa Rehberi", "MoneyMitra", "경제플러스", "Tài Chính Mỗi Ngày", "RateHarbor",
         "Harbourside Markets", "CriptoPampa")
PW, CL, GK, DN = ("pennywiseguide.co.uk", "coinlantern.com", "geldkompass.de",
                  "dineroclaro.es")
NM, BR, MM, KP = ("naijamoneydesk.com.ng", "borsarehberi.com.tr", "moneymitra.in",
                  "kyungjaeplus.co.kr")
TC, RH, HM, CP = ("taichinhmoingay.vn", "rateharbor.com", "harboursidemarkets.co.uk",
                  "criptopampa.com.ar")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PW, "dated"), (CL, "dated"), (GK, "datum"), (DN, "fecha"), (NM, "dated"),
         (BR, "tarih"), (MM, "dated"), (KP, "nalja"), (TC, "ngay"), (RH, "dated"),
         (HM, "dated"), (CP, "fecha"))
# The lines that turn every day: crypto and gold tickers, "as of" lines, the countdown.
EVERY_DAY = ((CL, "ticker"), (KP, "sise"), (TC, "giavang"), (CP, "btc-ars"),
             (PW, "rates-correct"), (RH, "apy"))
# The lines that turn every business day.
MARKETS = ((GK, "zinsen"), (DN, "euribor"), (NM, "naira"), (NM, "nse"), (BR, "piyasa"),
           (MM, "markets"), (TC, "tygia"), (RH, "mortgage"), (HM, "levels"), (CP, "dolar"))
# The policy rates, by the central banks' decision days.
POLICY = ((PW, "base-rate", BOE_RATE), (GK, "ezb", ECB_RATES), (NM, "mpr", CBN_MPR),
          (BR, "faiz", TCMB_RATE), (MM, "repo", RBI_REPO), (KP, "gijun", BOK_RATE),
          (RH, "fed", FED_RANGE))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PW, "notice"), (CL, "notice"), (GK, "hinweis"), (DN, "aviso"), (NM, "notice"),
           (BR, "duyuru"), (MM, "notice"), (KP, "jebo"), (TC, "thongbao"), (RH, "notice"),
           (HM, "notice"), (CP, "aviso"))

QUIET = d(2015, 2, 2)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PW: "Get our free weekly Money Tips email: deals, guides and scam warnings",
    CL: "Get The Daily Block, our newsletter: the crypto stories that matter, every weekday",
    GK: "Newsletter: Jede Woche die besten Spartipps – kostenlos",
    DN: "Suscríbete gratis a nuestra newsletter de ahorro",
    NM: "Join our Telegram channel for market updates",
    BR: "Bizi Twitter ve YouTube'da takip edin",
    MM: "Subscribe to MoneyMitra on YouTube for weekly money tips",
    KP: "경제플러스 카카오톡 채널을 추가하고 주요 뉴스를 받아보세요",
    TC: "Theo dõi Tài Chính Mỗi Ngày trên Facebook và Zalo",
    RH: "Compare rates from 100+ banks and lenders, free",
    HM: "Practise risk-free: open a demo account with £10,000 of virtual funds",
    CP: "Seguinos en Twitter e Instagram",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def years(*span: int) -> set[str]:
    return {str(y) for y in range(*span)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + MARKETS + BANNERS + tuple(
        (domain, family) for domain, family, _ in POLICY) + (
        (CL, "halving"), (HM, "risk"), (RH, "limits"), (PW, "top-rate")), (
        d(2015, 1, 1), QUIET, d(2016, 3, 5), d(2016, 7, 9), d(2018, 4, 6), d(2019, 3, 31),
        d(2019, 6, 22), d(2020, 5, 11), d(2020, 7, 27), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert summer_time(d(2019, 10, 26)) and not summer_time(d(2019, 10, 27))
    assert business_day(d(2019, 6, 22)) == business_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert dotted(3285.4) == "3.285,40" and dotted(-0.1234, 3) == "-0,123"
    assert dotted(21896.4, 0) == "21.896"
    assert signed(2.314) == "+2.31%" and signed(-0.8) == "-0.80%"
    anchors = (("2019-01-01", 10.0), ("2019-01-11", 20.0))
    assert curve(d(2018, 6, 1), anchors) == 10.0 and curve(d(2019, 6, 1), anchors) == 20.0
    assert curve(d(2019, 1, 6), anchors) == 15.0
    assert stepped(d(2016, 8, 3), BOE_RATE)[1].startswith("0.5%")
    assert stepped(d(2016, 8, 4), BOE_RATE)[1].startswith("0.25%")
    assert week_of(d(2019, 6, 23)) == week_of(d(2019, 6, 17)) == d(2019, 6, 17)
    assert democracy_day(2018) == d(2018, 5, 29) and democracy_day(2019) == d(2019, 6, 12)
    assert bist100(BIST_ZEROS - 3 * one) > 50_000 and bist100(BIST_ZEROS) < 2_000
    values = [wobble(day, "k") for day in every_day()[:400]]
    assert all(-1 <= v <= 1 for v in values) and len(set(values)) > 390
    for day in every_day():
        assert business_day(day).weekday() < 5 and day - business_day(day) <= 2 * one


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PW, "dated", old, "Last updated: 5 Mar 2016")
    full(PW, "dated", new, rf"Updated Friday 19 June 2020, {clock} BST")
    full(PW, "dated", winter, rf"Updated Monday 7 December 2020, {clock} GMT")
    full(PW, "top-rate", new, r"📌 This week's top easy-access savings rate: 1\.\d\d% AER "
                              r"\(week of 15 June\)")
    full(PW, "rates-correct", new, "Rates correct as of 19 June 2020; providers can pull "
                                   "deals without notice.")
    full(CL, "dated", old, rf"Mar 5, 2016 at {clock} UTC")
    full(CL, "dated", new, rf"Updated June 19, 2020, {clock12} UTC")
    full(CL, "ticker", d(2015, 3, 2), r"BTC \$\d{3}\.\d\d \([+-]\d+\.\d\d%\)")
    full(CL, "ticker", new, r"BTC \$\d\d?,\d{3}\.\d\d \([+-]\d+\.\d\d%\) · ETH \$\d{3}\.\d\d "
                            r"\([+-]\d+\.\d\d%\)")
    full(GK, "datum", old, r"Stand: 05\.03\.2016")
    full(GK, "datum", new, rf"Aktualisiert: Freitag, 19\. Juni 2020, {clock} Uhr")
    full(GK, "zinsen", d(2020, 6, 21), r"Bester Tagesgeldzins am 19\.06\.2020: 0,\d\d % p\. a\. "
                                       r"· Festgeld 2 Jahre: [01],\d\d % p\. a\.")
    full(DN, "fecha", old, "05/03/2016")
    full(DN, "fecha", new, rf"Actualizado el viernes, 19 de junio de 2020 a las {clock} h "
                           r"\(CEST\)")
    full(DN, "fecha", winter, rf"Actualizado el lunes, 7 de diciembre de 2020 a las {clock} h "
                              r"\(CET\)")
    full(DN, "euribor", d(2019, 6, 23), r"Euríbor a 12 meses hoy \(21/06\): -0,\d{3} %")
    full(NM, "dated", old, "March 5, 2016")
    full(NM, "dated", new, rf"Published Friday, 19 June 2020 at {clock12} WAT")
    full(NM, "naira", old, r"Naira: N1\d\d\.\d\d/\$1 \(CBN official\) · N\d{3}/\$1 \(parallel "
                           r"market\)")
    full(NM, "naira", new, r"Naira closes at N3\d\d\.\d\d/\$1 at the I&E window; N\d{3}/\$1 on "
                           r"the parallel market")
    full(NM, "nse", new, r"NSE All-Share Index: \d\d,\d{3}\.\d\d \([+-]\d\.\d\d%\)")
    full(BR, "tarih", old, rf"05\.03\.2016 {clock}")
    full(BR, "tarih", new, rf"19 Haziran 2020, Cuma - {clock}")
    full(BR, "piyasa", new, r"BIST 100 \d{3}\.\d{3},\d\d · Dolar/TL \d,\d{4} · Euro/TL "
                            r"\d,\d{4} · Gram altın \d{3},\d\d TL")
    full(BR, "piyasa", winter, r"BIST 100 1\.\d{3},\d\d · Dolar/TL \d,\d{4} · Euro/TL \d,\d{4} "
                               r"· Gram altın \d{3},\d\d TL")
    full(MM, "dated", old, rf"Mar 5, 2016, {clock12} IST")
    full(MM, "dated", new, rf"Last Updated: 19 Jun 2020, {clock12} IST")
    full(MM, "markets", d(2020, 6, 20), r"Sensex \d\d,\d{3}\.\d\d · Nifty 50 \d\d?,\d{3}\.\d\d "
                                        r"\(at close, 19 Jun\)")
    full(KP, "nalja", old, rf"입력 2016\.03\.05 {clock}")
    full(KP, "nalja", new, rf"2020년 06월 19일 \(금\) {clock}")
    full(KP, "sise", new, r"비트코인 \d{2},\d{3},000원 \([+-]\d+\.\d\d%\) · 이더리움 "
                          r"\d{3},\d{2}0원 \([+-]\d+\.\d\d%\)")
    full(KP, "gijun", new, r"한국은행 기준금리 연 0\.50% \(2020\.5\.28 결정\)")
    full(TC, "ngay", old, rf"05/03/2016 {clock}")
    full(TC, "ngay", new, rf"Thứ Sáu, 19/06/2020 {clock} \(GMT\+7\)")
    full(TC, "giavang", new, r"Giá vàng SJC hôm nay \(19/06\): mua \d\d,\d\d - bán \d\d,\d\d "
                             r"triệu đồng/lượng")
    full(TC, "tygia", d(2015, 6, 1), r"Tỷ giá bình quân liên ngân hàng USD/VND: 21\.673 đồng")
    full(TC, "tygia", new, r"Tỷ giá trung tâm USD/VND hôm nay \(19/06\): 23\.\d{3} đồng")
    full(RH, "dated", old, "March 5, 2016")
    full(RH, "dated", new, "Last updated on Friday, June 19, 2020")
    full(RH, "mortgage", d(2020, 6, 21), r"Today's average 30-year fixed mortgage rate: "
                                         r"[23]\.\d\d% \(Jun 19\)")
    full(RH, "apy", new, r"APYs accurate as of June 19, 2020\.")
    full(HM, "dated", old, rf"05 Mar 2016 \| {clock} GMT")
    full(HM, "dated", new, rf"Friday 19 June 2020, {clock} BST")
    full(HM, "levels", new, r"FTSE 100 \d,\d{3}\.\d · GBP/USD 1\.\d{4} · Gold \$1,\d{3}")
    full(CP, "fecha", old, "5 marzo, 2016")
    full(CP, "fecha", new, rf"19/06/2020 · {clock} hs")
    full(CP, "dolar", old, r"Dólar oficial \$ 1\d,\d\d · Dólar blue \$ 1\d,\d\d")
    full(CP, "dolar", new, r"Dólar oficial \$ \d\d,\d\d · Dólar blue \$ 1\d\d,\d\d · Dólar "
                           r"solidario \$ \d\d,\d\d")
    full(CP, "btc-ars", new, r"Bitcoin hoy: \$ 1\.\d{3}\.\d{3} \([+-]\d+,\d\d%\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(PW, "dated", day).startswith("Last updated") == (day < PW_REDESIGN)
        assert on(CL, "dated", day).startswith("Updated") == (day >= CL_REDESIGN)
        assert on(GK, "datum", day).startswith("Stand") == (day < GK_REDESIGN)
        assert on(DN, "fecha", day).startswith("Actualizado") == (day >= DN_REDESIGN)
        assert on(NM, "dated", day).startswith("Published") == (day >= NM_REDESIGN)
        assert (" - " in on(BR, "tarih", day)) == (day >= BR_REDESIGN)
        assert on(MM, "dated", day).startswith("Last Updated") == (day >= MM_REDESIGN)
        assert on(KP, "nalja", day).startswith("입력") == (day < KP_REDESIGN)
        assert on(TC, "ngay", day).endswith("(GMT+7)") == (day >= TC_REDESIGN)
        assert on(RH, "dated", day).startswith("Last updated") == (day >= RH_REDESIGN)
        assert ("|" in on(HM, "dated", day)) == (day < HM_REDESIGN)
        assert ("hs" in on(CP, "fecha", day)) == (day >= CP_REDESIGN)
        zone = "BST" if summer_time(day) else "GMT"
        assert on(HM, "dated", day).endswith(zone), day
        if day >= PW_REDESIGN:
            assert on(PW, "dated", day).endswith(zone), day
        if day >= DN_REDESIGN:
            assert on(DN, "fecha", day).endswith("(CEST)" if summer_time(day) else "(CET)")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day() -> None:
    for domain, family in EVERY_DAY:
        # Every day but the first, whose wording is also the one before any article.
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    for day in every_day():
        assert ("ETH" in on(CL, "ticker", day)) == (day >= ETH_TRADED)
        assert ("이더리움" in on(KP, "sise", day)) == (day >= ETH_TRADED)
        when = f"{day.day} {day:%B} {day.year}"
        assert f"as of {when};" in on(PW, "rates-correct", day)
        assert on(RH, "apy", day).endswith(f"{day:%B} {day.day}, {day.year}.")
        assert f"({day.day:02d}/{day.month:02d})" in on(TC, "giavang", day)
    # The halving countdown: a wording per day, down to each halving, then the new reward.
    assert len(changes(CL, "halving")) >= 1900
    for halving, (old, new) in zip(HALVINGS, (("25", "12.5"), ("12.5", "6.25")), strict=True):
        assert on(CL, "halving", halving - 10 * one).startswith("⛏️ Next halving in 10 days")
        assert f"from {old} to {new} BTC" in on(CL, "halving", halving - one)
        assert "in 1 day:" in on(CL, "halving", halving - one)
        assert on(CL, "halving", halving) == f"⛏️ Halving day: the block reward is now {new} BTC"
    assert "12.5 to 6.25" in on(CL, "halving", HALVINGS[0] + one)
    # The week's top savings rate turns each Monday.
    weekly = changes(PW, "top-rate")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    for day in every_day():
        monday = week_of(day)
        assert f"(week of {monday.day} {monday:%B})" in on(PW, "top-rate", day)
    aer = [float(m[1]) for t in group_lines(SET, PW, "top-rate")
           if (m := re.search(r": (\d\.\d\d)% AER", norm(t)))]
    assert aer and all(0.5 <= r <= 1.7 for r in aer)
    assert on(CL, "halving", d(2020, 9, 1)) == on(CL, "halving", LAST_DAY)
    left = counts_in(CL, "halving", r"Next halving in (\d+) day")
    assert {"1", str((HALVINGS[0] - FIRST_DAY).days),
            str((HALVINGS[1] - HALVINGS[0]).days - 1)} <= left
    # Crypto quotes are in range of their year's prices.
    btc = [float(m[1].replace(",", "")) for t in group_lines(SET, CL, "ticker")
           if (m := re.search(r"BTC \$([\d,]+\.\d\d)", norm(t)))]
    assert btc and all(150 <= b <= 40_000 for b in btc)
    gold = [float(m[1].replace(",", ".")) for t in group_lines(SET, TC, "giavang")
            if (m := re.search(r"bán (\d\d,\d\d)", norm(t)))]
    assert gold and all(30 <= g <= 62 for g in gold)


def test_lines_that_turn_every_business_day() -> None:
    for domain, family in MARKETS:
        turned = changes(domain, family)
        assert all(day.weekday() < 5 for day in turned), domain
        for day in every_day():
            if day.weekday() >= 5:
                assert on(domain, family, day) == on(domain, family, business_day(day))
        if (domain, family) != (TC, "tygia"):
            assert len(turned) >= 1500, domain
    # Vietnam's rate is a band fixed by the State Bank in 2015, then a daily central rate.
    assert {day for day in changes(TC, "tygia") if day < TC_CENTRAL} == {
        d(2015, 5, 7), d(2015, 8, 12)}
    assert len({day for day in changes(TC, "tygia") if day >= TC_CENTRAL}) >= 1200
    assert "trung tâm" in on(TC, "tygia", TC_CENTRAL)
    assert "liên ngân hàng" in on(TC, "tygia", TC_CENTRAL - one)
    # Nigeria: the official rate, then the investors' window from its first day.
    assert "CBN official" in on(NM, "naira", NM_REDESIGN - one)
    assert "I&E window" in on(NM, "naira", NM_REDESIGN)
    # BIST 100 lost two zeros on 27 July 2020.
    assert re.match(r"BIST 100 \d{3}\.\d{3},", on(BR, "piyasa", BIST_ZEROS - 3 * one))
    assert re.match(r"BIST 100 1\.\d{3},", on(BR, "piyasa", BIST_ZEROS))
    # Argentina: the solidarity dollar from the PAIS tax, 30% then 65% over the official.
    for day, factor in ((CP_SOLIDARIO + 3 * one, 1.3), (CP_PERCEPCION + one, 1.65)):
        m = re.search(r"oficial \$ ([\d.,]+) .* solidario \$ ([\d.,]+)", on(CP, "dolar", day))
        assert m, day
        official, solidario = (float(x.replace(".", "").replace(",", ".")) for x in m.groups())
        assert abs(solidario / official - factor) < 0.01, day
    assert "solidario" not in on(CP, "dolar", CP_SOLIDARIO - 3 * one)


def test_policy_rates_change_on_decision_days() -> None:
    for domain, family, table in POLICY:
        decisions = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == decisions, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "0.1% (cut on 19 March 2020)" in on(PW, "base-rate", d(2020, 12, 1))
    assert "−0,50 %" in on(GK, "ezb", d(2019, 9, 18))
    assert on(BR, "faiz", d(2018, 9, 13)) == "TCMB politika faizi: %24,00"
    assert "4.00%" in on(MM, "repo", d(2020, 6, 1))
    assert "연 1.50%" in on(KP, "gijun", d(2018, 1, 1))
    assert "0%-0.25% (since March 15, 2020)" in on(RH, "fed", d(2020, 4, 1))
    assert "11.5%" in on(NM, "mpr", d(2020, 10, 1))
    rates = {m[1] for t in group_lines(SET, PW, "base-rate")
             if (m := re.search(r"rate: ([\d.]+)%", norm(t)))}
    assert len(rates) >= 3


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Pennywise Guide: tax-year ends with the ISA allowance, Self Assessment, Budgets, ...
    for y in range(2015, 2021):
        line = on(PW, "notice", d(y, 4, 5))
        assert f"{y - 1}/{y % 100:02d} tax year" in line and ISA_ALLOWANCE[y - 1] in line, y
        assert f"by 31 January {y}" in on(PW, "notice", d(y, 1, 31)), y
    assert counts_in(PW, "notice", r"£([\d,]+) ISA") == {"15,000", "15,240", "20,000"}
    for day, kind in UK_BUDGETS.items():
        assert kind in on(PW, "notice", iso(day)), day
    assert "EU referendum" in on(PW, "notice", d(2016, 6, 30))
    assert "Coronavirus" in on(PW, "notice", d(2020, 5, 1))
    assert counts_in(PW, "notice", r"price cap changes on (\d+ \w+ \d{4})") == {
        "1 January 2019", "1 April 2019", "1 October 2019", "1 April 2020", "1 October 2020"}
    assert "tax year ends" in on(PW, "notice", d(2019, 3, 24))  # and again after the cap's
    assert "tax year ends" in on(PW, "notice", d(2019, 4, 2))
    # CoinLantern: halvings, the DAO, forks, futures, the white paper, Consensus, Pizza Day
    for halving in HALVINGS:
        assert "Halving week" in on(CL, "notice", halving), halving
    assert "DAO" in on(CL, "notice", d(2016, 6, 20))
    assert "hard fork" in on(CL, "notice", d(2016, 7, 20))
    assert "Bitcoin Cash" in on(CL, "notice", d(2017, 8, 1))
    assert "futures" in on(CL, "notice", d(2017, 12, 18))
    assert "white paper" in on(CL, "notice", d(2018, 10, 31))
    assert "Crypto crash" in on(CL, "notice", d(2020, 3, 13))
    assert "beacon chain" in on(CL, "notice", d(2020, 12, 1))
    assert counts_in(CL, "notice", r"Consensus (\d{4})") == years(2016, 2020)
    pizza = counts_in(CL, "notice", r"Pizza Day: (\d+) years")
    assert pizza == {str(n) for n in range(5, 11)} - {"7"}  # Consensus 2017 wins that day
    # Geldkompass: Grundfreibetrag, the deadlines moved from May to July, the year's end
    for y in range(2015, 2021):
        assert GRUNDFREIBETRAG[y] in on(GK, "hinweis", d(y, 1, 15)), y
        deadline = d(y, 5, 31) if y <= 2018 else d(y, 7, 31)
        assert f"Steuererklärung {y - 1}" in on(GK, "hinweis", deadline), y
        assert "Freistellungsauftrag" in on(GK, "hinweis", d(y, 12, 20)), y
    assert counts_in(GK, "hinweis", r"bis zum (\d+\. \w+) \d{4}") == {"31. Mai", "31. Juli"}
    assert "Corona" in on(GK, "hinweis", d(2020, 4, 1))
    assert "Mehrwertsteuer" in on(GK, "hinweis", d(2020, 7, 1))
    # Dinero Claro: the Renta campaigns, pension plans, rulings, the state of alarm
    for y, (first, last) in RENTA.items():
        if y < 2020:  # the state of alarm wins over the 2020 campaign
            assert f"Renta {y - 1}" in on(DN, "aviso", iso(first)), y
            assert f"Renta {y - 1}" in on(DN, "aviso", iso(last)), y
            assert "Renta" not in on(DN, "aviso", iso(last) + one), y
    assert "Estado de alarma" in on(DN, "aviso", iso(RENTA[2020][0]))
    assert "Renta 2019" in on(DN, "aviso", iso(RENTA[2020][1]))
    assert counts_in(DN, "aviso", r"desgrava en la Renta (\d{4})") == years(2015, 2020)
    assert "2.000" in on(DN, "aviso", d(2020, 12, 20))
    assert "Cláusulas suelo" in on(DN, "aviso", d(2017, 1, 10))
    assert "IRPH" in on(DN, "aviso", d(2020, 3, 5))
    # NaijaMoney Desk: two elections, the float, the lockdown, the exchange's holidays
    assert "Election 2015" in on(NM, "notice", d(2015, 3, 28))
    assert "Election 2019" in on(NM, "notice", d(2019, 2, 23))
    assert "floats the naira" in on(NM, "notice", d(2016, 6, 20))
    assert "Lockdown" in on(NM, "notice", d(2020, 4, 15))
    for y in range(2015, 2021):
        assert "Democracy Day" in on(NM, "notice", democracy_day(y)), y
        assert "Independence Day" in on(NM, "notice", d(y, 10, 1)), y
    assert "Democracy Day" not in on(NM, "notice", d(2019, 5, 29))
    assert "Wednesday, 12 June" in on(NM, "notice", d(2019, 6, 12))
    # Borsa Rehberi: votes, the coup attempt, the lira shock, the bayrams, the zeros
    for day, kind in TURKISH_VOTES.items():
        assert kind in on(BR, "duyuru", iso(day)), day
    assert "Darbe" in on(BR, "duyuru", d(2016, 7, 18))
    assert "Kur şoku" in on(BR, "duyuru", d(2018, 8, 13))
    assert "iki sıfır" in on(BR, "duyuru", BIST_ZEROS)
    for y in range(2015, 2021):
        if y != 2020:  # the 2020 measures win over that Eid
            assert "Ramazan" in on(BR, "duyuru", iso(RAMAZAN_BAYRAMI[y])), y
        if y != 2018:  # the lira shock wins over the 2018 Eid
            assert "Kurban" in on(BR, "duyuru", iso(KURBAN_BAYRAMI[y])), y
    # MoneyMitra: Budgets, demonetisation, GST, the moratorium, 80C, ITR, Dhanteras
    for day, kind in UNION_BUDGETS.items():
        assert kind in on(MM, "notice", iso(day)), day
    assert "₹500" in on(MM, "notice", d(2016, 11, 20))
    assert "GST" in on(MM, "notice", d(2017, 6, 28))
    assert "moratorium" in on(MM, "notice", d(2020, 5, 1))
    assert counts_in(MM, "notice", r"FY (\d{4}-\d\d) ends") == {
        f"{y - 1}-{y % 100:02d}" for y in range(2015, 2021)}
    for ay, last in ITR_DEADLINES.items():
        assert f"AY {ay}" in on(MM, "notice", iso(last)), ay
    assert "10 January 2021" in on(MM, "notice", d(2021, 1, 1))
    for y in range(2015, 2021):
        assert "Dhanteras" in on(MM, "notice", iso(DHANTERAS[y])), y
    # 경제플러스: the crackdown, the real-name rule, Seollal and Chuseok, settlement, tax
    assert "실명제" in on(KP, "jebo", d(2018, 1, 30))
    assert "특별대책" in on(KP, "jebo", d(2017, 12, 20))
    assert "코로나19" in on(KP, "jebo", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert f"{y}년 설" in on(KP, "jebo", iso(LUNAR_NEW_YEAR[y])), y
        assert f"{y}년 추석" in on(KP, "jebo", iso(CHUSEOK[y])), y
        assert f"{y - 1}년 귀속 연말정산" in on(KP, "jebo", d(y, 1, 15)), y
    assert counts_in(KP, "jebo", r"(\d{4})년 귀속 종합소득세") == years(2014, 2019)  # not
    # in 2020: the pandemic notice runs to 31 May
    # Tài Chính Mỗi Ngày: Tết with the year's name, the God of Wealth day, tax, distancing
    for y in range(2015, 2021):
        assert f"Xuân {y}" not in on(TC, "thongbao", iso(LUNAR_NEW_YEAR[y]))
        assert f" {y}" in on(TC, "thongbao", iso(LUNAR_NEW_YEAR[y])), y
        assert "Thần Tài" in on(TC, "thongbao", iso(LUNAR_NEW_YEAR[y]) + 9 * one), y
    assert counts_in(TC, "thongbao", r"Xuân (\S+ \S+) \d{4}") == {
        "Ất Mùi", "Bính Thân", "Đinh Dậu", "Mậu Tuất", "Kỷ Hợi", "Canh Tý"}
    assert counts_in(TC, "thongbao", r"cá nhân năm (\d{4})") == years(2014, 2019)
    assert "Cách ly" in on(TC, "thongbao", d(2020, 4, 10))
    # RateHarbor: Tax Day (moved in 2020), the CARES Act, open enrollment
    for y, day in TAX_DAY.items():
        assert f"Tax Day {y}" in on(RH, "notice", iso(day)), y
    assert "moved to July 15" in on(RH, "notice", d(2020, 7, 10))
    assert "Tax Day" not in on(RH, "notice", d(2020, 4, 15))
    assert "CARES Act" in on(RH, "notice", d(2020, 4, 15))
    assert counts_in(RH, "notice", r"Open enrollment for (\d{4})") == years(2018, 2022)
    # Harbourside Markets: the referendum, Brexit's deadlines, elections, volatility, holidays
    assert "EU referendum" in on(HM, "notice", d(2016, 6, 23))
    assert "Article 50" in on(HM, "notice", d(2019, 3, 29))
    assert "31 October" in on(HM, "notice", d(2019, 10, 31))
    assert "transition" in on(HM, "notice", d(2020, 12, 31))
    assert "election 2017" in on(HM, "notice", d(2017, 6, 8))
    assert "election 2019" in on(HM, "notice", d(2019, 12, 12))
    assert "volatility" in on(HM, "notice", d(2020, 3, 16))
    assert counts_in(HM, "notice", r"Christmas and New Year (\d{4})") == years(2015, 2020)
    # CriptoPampa: the halvings, five votes, controls lifted and back, the surcharges
    for halving in HALVINGS:
        assert "Halving" in on(CP, "aviso", halving), halving
    assert counts_in(CP, "aviso", r"(PASO 2019|Balotaje 2015|legislativas 2017)") == {
        "PASO 2019", "Balotaje 2015", "legislativas 2017"}
    assert "Fin del cepo" in on(CP, "aviso", d(2015, 12, 17))
    assert "Vuelve el cepo" in on(CP, "aviso", d(2019, 9, 5))
    assert "impuesto PAIS" in on(CP, "aviso", CP_SOLIDARIO)
    assert "35%" in on(CP, "aviso", CP_PERCEPCION)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PW, "byline", PW_REDESIGN, "By {author}", "Fact-checked"),
        (PW, "affiliate", PW_AFFILIATE, "affiliate links", "editorially independent"),
        (PW, "notice", PW_EMAIL, "free weekly", "1.2 million"),
        (CL, "byline", CL_REDESIGN, "By {author}", "Edited by"),
        (CL, "not-advice", CL_DISCLAIMER, "for information only", "do your own research"),
        (CL, "notice", CL_ALERTS, "The Daily Block", "alerts"),
        (GK, "autor", GK_REDESIGN, "Von", "Fachlich geprüft"),
        (GK, "werbehinweis", GK_WERBUNG, "Werbelink", "Affiliate-Links"),
        (GK, "hinweis", GK_NEWSLETTER, "Jede Woche", "500.000 Leser"),
        (DN, "autor", DN_REDESIGN, "Por {author}", "Revisado por"),
        (DN, "registro", DN_REDESIGN, "comparador independiente", "Banco de España"),
        (DN, "aviso", DN_NEWSLETTER, "Suscríbete gratis", "Cada lunes"),
        (NM, "notice", NM_WHATSAPP, "Telegram", "WhatsApp"),
        (BR, "kripto", BR_KRIPTO, "yasal bir düzenlemeye", "tamamını kaybedebilirsiniz"),
        (BR, "duyuru", BR_APP, "Twitter", "mobil uygulamamızı"),
        (MM, "referral", MM_REFERRAL, "referral fee", "partners"),
        (KP, "tuja", KP_REDESIGN, "투자 참고용", "권유하지 않습니다"),
        (KP, "jeojakkwon", KP_REDESIGN, "<저작권자", "www.kyungjaeplus.co.kr"),
        (KP, "jebo", KP_NAVER, "카카오톡", "네이버"),
        (TC, "khuyencao", TC_TIEN_AO, "tham khảo", "tiền ảo"),
        (TC, "giayphep", TC_LICENSE, "214/GP-BTTTT", "88/GP-BTTTT"),
        (RH, "byline", RH_REDESIGN, "Written by {author}", "CFP®"),
        (RH, "disclosure", RH_DISCLOSURE, "is paid by", "advertising-supported"),
        (RH, "notice", RH_ALERTS, "Compare rates", "rate alert"),
        (HM, "mifid", HM_MIFID, "general market information", "marketing communication"),
        (HM, "risk", HM_ESMA, "Spread bets", "76% of retail investor accounts"),
        (CP, "aviso", CP_TELEGRAM, "Twitter", "Telegram")))
    # MoneyMitra's newsletter line starts on the GST day, after a week of GST notices.
    assert "YouTube" in on(MM, "notice", MM_REDESIGN - 10 * one)
    assert "GST" in on(MM, "notice", MM_REDESIGN - one)
    assert "Money Mantra" in on(MM, "notice", MM_REDESIGN)
    assert_groups_reworded(SET, (
        (PW, "dated", "Last updated:", "Updated "),
        (PW, "affiliate", "affiliate links", "editorially independent"),
        (PW, "byline", "By ", "Fact-checked by"),
        (GK, "datum", "Stand:", "Aktualisiert:"),
        (CL, "not-advice", "for information only", "do your own research"),
        (HM, "risk", "Spread bets", "retail investor accounts"),
    ))


def test_amounts_change_over_the_years() -> None:
    # The share of losing CFD accounts, updated each quarter after ESMA's rules came in.
    quarters = {day for day in changes(HM, "risk")}
    assert quarters == {iso(start) for start, _ in LOSING_ACCOUNTS}
    for start, share in LOSING_ACCOUNTS:
        assert f"{share}% of retail investor accounts" in on(HM, "risk", iso(start))
    shares = {m[1] for t in group_lines(SET, HM, "risk")
              if (m := re.search(r"(\d\d)% of retail", norm(t)))}
    assert len(shares) >= 3
    # Contribution limits each January; allowances by tax year.
    assert changes(RH, "limits") == {d(y, 1, 1) for y in range(2016, 2021)}
    for y in range(2015, 2021):
        line = on(RH, "limits", d(y, 6, 1))
        assert f"{y} contribution" in line and f"${LIMITS_401K[y]}" in line
        assert f"${LIMITS_IRA[y]}" in line
    assert "2020 contribution" in on(RH, "limits", LAST_DAY)
    assert [ISA_ALLOWANCE[y] for y in (2014, 2016, 2017)] == ["15,000", "15,240", "20,000"]
    # Prices in range of their years.
    naira = [float(m[1].replace(",", "")) for t in group_lines(SET, NM, "naira")
             if (m := re.search(r"N([\d,]+\.\d\d)/\$1", norm(t)))]
    assert naira and all(170 <= n <= 400 for n in naira)
    dollars = [float(m[1].replace(",", ".")) for t in group_lines(SET, BR, "piyasa")
               if (m := re.search(r"Dolar/TL (\d,\d{4})", norm(t)))]
    assert dollars and all(2.2 <= x <= 8.7 for x in dollars)
    assert re.search(r"Dolar/TL 2,", on(BR, "piyasa", d(2015, 3, 2)))
    assert re.search(r"Dolar/TL [78],", on(BR, "piyasa", d(2020, 10, 1)))
    euribor = [float(m[1].replace(",", ".")) for day in every_day()
               if (m := re.search(r": (-?\d,\d{3}) %", on(DN, "euribor", day)))]
    assert max(euribor) < 0.34 and min(euribor) > -0.52
    assert on(DN, "euribor", d(2015, 3, 2)).endswith(" %") and "-" not in on(
        DN, "euribor", d(2015, 3, 2))
    assert "-0," in on(DN, "euribor", d(2017, 6, 1))
    mortgage = [float(m[1]) for t in group_lines(SET, RH, "mortgage")
                if (m := re.search(r"rate: (\d\.\d\d)%", norm(t)))]
    assert mortgage and all(2.5 <= r <= 5.1 for r in mortgage)
    assert "£10,000" in on(HM, "notice", QUIET)
    assert "801 Euro" in on(GK, "hinweis", d(2019, 12, 20))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KP, "nalja", r"\d"), (KP, "tuja", r"[\uac00-\ud7a3]"), (KP, "gija", r"[\uac00-\ud7a3]"),
        (KP, "bunya", r"[\uac00-\ud7a3]"), (TC, "khuyencao", r"[ảạếệđơưốờữấầ]"),
        (TC, "chuyenmuc", r"[A-Z]"), (BR, "uyari", r"[çğıöşü]"), (BR, "kategori", r"[A-Z]"),
        (GK, "werbehinweis", r"[äöüß]"), (DN, "asesoramiento", r"[áéíóúñ]"),
        (CP, "riesgo", r"[áéíóúñ]")))
    assert any("년" in t for t in group_lines(SET, KP, "nalja"))
    assert any(t.startswith("입력") for t in group_lines(SET, KP, "nalja"))
    assert any("(GMT+7)" in t for t in group_lines(SET, TC, "ngay"))
    assert any(t.endswith("BST") for t in group_lines(SET, PW, "dated"))
    assert any(t.endswith("GMT") for t in group_lines(SET, HM, "dated"))
    assert any(t.endswith("WAT") for t in group_lines(SET, NM, "dated"))
    aylar = "|".join(("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
                      "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"))
    assert any(re.search(aylar, t) for t in group_lines(SET, BR, "tarih"))
    assert all(re.search(r"\d", t) and "TL" in t for t in group_lines(SET, BR, "piyasa"))
    assert all("원" in t for t in group_lines(SET, KP, "sise"))
    assert all("triệu đồng/lượng" in t for t in group_lines(SET, TC, "giavang"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PW}/dated", f"{PW}/byline", f"{PW}/read-more",
                         f"{PW}/rates-correct", f"{PW}/kicker", f"{PW}/copyright",
                         f"{PW}/base-rate", f"{CL}/dated", f"{CL}/ticker", f"{CL}/halving",
                         f"{CL}/read-more", f"{GK}/datum", f"{GK}/zinsen"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PW}/not-advice", f"{PW}/regulator", f"{CL}/editorial", f"{GK}/anlageberatung",
        f"{GK}/unabhaengig", f"{DN}/asesoramiento", f"{NM}/disclaimer"))
    assert_carried_share(docs, PW, [
        ("dated", 0.8, 0.98), ("affiliate", 0.75, 0.95), ("read-more", 0.45, 0.8),
        ("correction", 0.0, 0.1), ("base-rate", 0.12, 0.4), ("notice", 0.15, 0.5),
        ("rates-correct", 0.15, 0.45)])
    assert_carried_share(docs, CL, [("not-advice", 0.55, 0.85), ("sponsored", 0.01, 0.25),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{PW}/read-more", f"{PW}/advert", f"{CL}/read-more", f"{GK}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PW}/rates-correct", f"{CL}/chart", f"{CL}/sponsored"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PW, "rates-correct"), (CL, "chart"), (GK, "zinsen"),
                               (DN, "tae"), (NM, "advert"), (MM, "advert"), (KP, "gwanggo"),
                               (TC, "quangcao"), (HM, "see-also"), (CP, "tambien"),
                               (CP, "glosario")))
    holdings = [norm(t).removeprefix("Disclosure: ") for t in group_lines(SET, CL, "disclosure")]
    assert holdings and sum(h in pool(SET, CL, "holding") for h in holdings) >= (
        0.9 * len(holdings))
    analysts = [m[1] for t in group_lines(SET, HM, "analyst")
                if (m := re.fullmatch(r"By [^,]+, (.+)", norm(t)))]
    assert analysts and set(analysts) <= pool(SET, HM, "beat")


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PW, "correction", 16), (CL, "correction"), (GK, "korrektur"), (DN, "fe-de-erratas"),
        (NM, "correction"), (BR, "duzeltme"), (MM, "update"), (KP, "jeongjeong"),
        (TC, "dinhchinh"), (RH, "correction"), (HM, "amended"), (CP, "fe-de-erratas")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PW}/read-more", "Read more: "), (f"{CL}/read-more", "READ MORE: "),
        (f"{GK}/auch", "Auch interessant: "), (f"{DN}/te-puede", "Te puede interesar: "),
        (f"{NM}/also-read", "ALSO READ: "), (f"{BR}/goz-atin", "Bu habere de göz atın: "),
        (f"{MM}/also-read", "Also Read | "), (f"{KP}/gwallyeon", "[관련기사] "),
        (f"{TC}/xemthem", "Xem thêm: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (PW, "advert", "Advertisement"), (GK, "anzeige", "Anzeige"),
        (DN, "publicidad", "Publicidad"), (BR, "reklam", "Reklam"), (KP, "gwanggo", "광고"),
        (TC, "quangcao", "Quảng cáo"), (MM, "advert", "ADVERTISEMENT"),
        (CP, "riesgo", "Las criptomonedas son activos de alto riesgo. Este contenido es "
                       "informativo y no es una recomendación de inversión."),
        (BR, "uyari", "Bu sayfadaki bilgi, yorum ve tavsiyeler yatırım danışmanlığı kapsamında "
                      "değildir; yatırım kararlarınızı kendi risk ve getiri tercihlerinize göre "
                      "vermelisiniz.")))
    assert_group_values_from_pool(SET, (
        (PW, "kicker", "kicker"), (CL, "kicker", "kicker"), (GK, "rubrik", "rubrik"),
        (DN, "seccion", "seccion"), (NM, "kicker", "kicker"), (BR, "kategori", "kategori"),
        (MM, "kicker", "kicker"), (KP, "bunya", "bunya"), (TC, "chuyenmuc", "chuyenmuc"),
        (TC, "phongvien", "phongvien")))
    for style, family, pattern, pool_name in (
            (CL, "sponsored", r" on (.+)$", "exchange"),
            (CL, "chart", r"Source: (.+)$", "chart"),
            (DN, "tae", r"importe de (\S+) euros", "importe"),
            (BR, "gecikme", r"Kaynak: (.+)$", "veri"),
            (KP, "gija", r"^(\S+) 기자$", "gija"),
            (TC, "nguon", r"^Nguồn: (.+)$", "nguon"),
            (HM, "chart", r"^Chart: (.+), daily", "instrument"),
            (CP, "glosario", r"¿Qué es (.+)\?", "termino")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PW, "advert", "Advertisement"),
        (PW, "not-advice", "This guide is general information, not personal financial advice. "
                           "If you're not sure what's right for you, speak to a regulated "
                           "adviser."),
        (CL, "not-advice", "Not investment advice. Crypto assets are highly volatile and you "
                           "could lose everything you put in; do your own research."),
        (GK, "anzeige", "Anzeige")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PW: (["regulator", "copyright"], 2),
        CL: (["editorial", "copyright"], 2),
        GK: (["unabhaengig", "impressum", "copyright"], 2),
        DN: (["registro", "copyright"], 2),
        NM: (["advertorial", "copyright"], 2),
        BR: (["kurum", "telif"], 2),
        MM: (["grievance", "copyright"], 2),
        KP: (["balhaeng", "jeojakkwon"], 2),
        TC: (["giayphep", "banquyen"], 2),
        RH: (["fdic", "copyright"], 1),
        HM: (["fca", "copyright"], 2),
        CP: (["comunidad", "copyright"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PW in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    assert set(RENTA) == set(range(2015, 2021)) == set(TAX_DAY) == set(DHANTERAS)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
