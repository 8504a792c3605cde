"""The held-back-163 template set (`tests.bench.heldout_templates_163`): its localised dates
(printed day by day in English, Portuguese, Spanish, Russian, Vietnamese and Hindi, several
changing form on the day of a redesign, Mexico City's renaming or a switch of newswire), the
price tickers and rate lines that turn every day, business day, week and dekad (savings APYs,
crypto market cap and bitcoin, the Ibovespa and the real, the rouble, the FIX and CETES, gold,
silver and fuel in rupees, the dong, the UF), the policy rates that change on decision days,
the amounts that change over the years (contribution limits, deposit insurance, APRs, CAT,
CAE and TAEG examples, client and branch counts), the calendars some notices follow (tax
seasons, Black Friday, halvings, Budgets, Tết, Buen Fin, the 2020 pandemic), the rewordings,
the lines in several languages and scripts, the variation it promises, its multi-line blocks
and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, thanksgiving
from tests.bench.heldout_templates_163 import (
    AKSHAYA_TRITIYA,
    AS_DISCLAIMER,
    AS_NEWSLETTER,
    AS_REDESIGN,
    BA_CONDUSEF,
    BA_REDESIGN,
    BANXICO,
    BC_CVM598,
    BC_FGC,
    BC_REDESIGN,
    BC_TELEGRAM,
    BUDGETS,
    BUEN_FIN,
    CA_REDESIGN,
    CA_TAXAS,
    CAT,
    CC_COMMISSION,
    CC_EMAIL,
    CC_FCA,
    CC_REDESIGN,
    CDMX,
    CF_CMF,
    CF_REDESIGN,
    DAILY_FUEL,
    DEPOSIT_CAP,
    DV_ASV,
    DV_NEWSLETTER,
    DV_REDESIGN,
    DV_REGISTERED,
    FIRST_DAY,
    FSCS,
    FUEL_FREEZE,
    HALVINGS,
    IR_2020_EXTENDED,
    IR_SEASONS,
    ITR_DEADLINES,
    KEY_RATE,
    KM_APY,
    KM_BANK_SWITCH,
    KM_REDESIGN,
    KM_USERS,
    KM_WIRE,
    KV_LAW,
    KV_REDESIGN,
    KV_TELEGRAM_BLOCK,
    LAST_DAY,
    NDFL_2020,
    PA_DISCLOSURE,
    PA_NEWSLETTER,
    PA_REDESIGN,
    REP_APR,
    REPO,
    SELIC,
    SH_DEPOSIT_INSURANCE,
    SH_EKYC,
    SH_REDESIGN,
    SH_SCAM,
    SMALL_SAVINGS,
    SS_DISCLAIMER,
    SS_EVENTS,
    SS_REDESIGN,
    SS_TELEGRAM,
    TAX_DAYS,
    TET,
    ap_date,
    business_day,
    comma_amount,
    credit_cost,
    dekad_start,
    fuel_revision,
    halving_countdown,
    lakh_amount,
    ru_amount,
    signed,
    top_apy,
    tuesday_of,
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
    wording_on,
)

SET = "held-back-163"
SITES = ("The Penny Almanac", "Satoshi Street", "Bolso Cheio", "Денежный вопрос",
         "Banco del Altiplano", "अर्थ साथी", "Compare Cove", "Sông Hàn Bank", "Kestrel",
         "ComparaFácil", "Криптовед", "Caixa Atlântica")
PA, SS, BC, DV = ("pennyalmanac.com", "satoshistreet.com", "bolsocheio.com.br",
                  "dengivopros.ru")
BA, AS, CC, SH = ("bancoaltiplano.com.mx", "arthsaathi.in", "comparecove.co.uk",
                  "songhanbank.com.vn")
KM, CF, KV, CA = ("kestrelmoney.com", "comparafacil.cl", "kriptoved.ru", "caixaatlantica.pt")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PA, "dated"), (SS, "dated"), (BC, "data"), (DV, "data"), (BA, "lugar"),
         (AS, "dinank"), (CC, "dated"), (SH, "ngay"), (KM, "dated"), (KM, "dateline"),
         (CF, "fecha"), (KV, "data"), (CA, "data"))
# The tickers and rate lines that name the day they are printed on.
EVERY_DAY = ((PA, "apy"), (DV, "kurs"), (AS, "bhav"), (CC, "checked"), (SH, "tygia"),
             (CF, "indicadores"), (KV, "kurs"))
# The notices that follow calendars.
BANNERS = ((PA, "notice"), (SS, "notice"), (BC, "chamada"), (DV, "anons"), (BA, "aviso"),
           (AS, "suchna"), (CC, "notice"), (SH, "thongbao"), (KM, "notice"), (CF, "aviso"),
           (KV, "telegram"), (CA, "aviso"))
# Amounts in force from given days.
TABLES = ((CC, "rep-apr", REP_APR), (CC, "fscs", FSCS), (SH, "laisuat", DEPOSIT_CAP),
          (KM, "apy", KM_APY), (KM, "about", KM_USERS), (CA, "taeg", CA_TAXAS))
# Rates set on the central banks' decision days.
DECISIONS = ((BC, "selic", SELIC), (DV, "stavka", KEY_RATE), (AS, "repo", REPO),
             (AS, "bachat", SMALL_SAVINGS), (BA, "cat", CAT))
# Market lines that do not name the day.
MARKETS = ((SS, "market"), (BC, "mercado"), (BA, "indicadores"), (BA, "cetes"),
           (DV, "dekada"), (AS, "petrol"))

QUIET = d(2015, 2, 3)  # a day none of the notices but Kestrel's turns for an event
FIRST_WORDINGS = {
    PA: "Join 50,000 readers and get our free weekly money newsletter",
    SS: "Follow Satoshi Street on Twitter for breaking crypto news",
    BC: "Receba nossas dicas de finanças por e-mail: cadastre-se grátis",
    DV: "Подписывайтесь на «Денежный вопрос» в социальных сетях",
    BA: "Consulta más comunicados en bancoaltiplano.com.mx/sala-de-prensa",
    AS: "अर्थ साथी ऐप डाउनलोड करें और पाएं पैसे से जुड़ी हर ख़बर",
    CC: "Compare energy, broadband, insurance and credit cards in minutes",
    SH: "Tải ứng dụng của Sông Hàn Bank để giao dịch mọi lúc, mọi nơi",
    CF: "Compara créditos, seguros y cuentas en minutos, gratis",
    KV: "Подписывайтесь на Криптовед в Telegram",
    CA: "Siga a Caixa Atlântica no Facebook e no LinkedIn",
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


def table_days(table: tuple[tuple[str, str], ...]) -> set[dt.date]:
    """The days in 2015-2020 a table's value changes on."""
    return {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + MARKETS + tuple(
        (domain, family) for domain, family, _ in TABLES + DECISIONS) + (
        (PA, "limits"), (BA, "ipab"), (BA, "acerca"), (CF, "cae"), (CA, "sobre")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 16), d(2018, 4, 2), d(2019, 9, 14),
        d(2020, 3, 18), d(2020, 11, 16), LAST_DAY))


def test_helpers() -> None:
    assert business_day(d(2019, 6, 23)) == business_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert tuesday_of(d(2020, 6, 19)) == tuesday_of(d(2020, 6, 16)) == d(2020, 6, 16)
    assert [dekad_start(d(2020, 2, k)) for k in (1, 10, 11, 20, 21, 29)] == [
        d(2020, 2, 1), d(2020, 2, 1), d(2020, 2, 11), d(2020, 2, 11), d(2020, 2, 21),
        d(2020, 2, 21)]
    assert lakh_amount(5620000) == "56,20,000" and lakh_amount(31600) == "31,600"
    assert lakh_amount(950) == "950"
    assert comma_amount(23160, 0) == "23.160" and comma_amount(4103.5, 2) == "4.103,50"
    assert ru_amount(501310.4, 0) == "501 310" and ru_amount(64.1234, 4) == "64,1234"
    assert signed(1.234) == "+1.23%" and signed(-0.5, True) == "−0,50%"
    assert ap_date(d(2017, 9, 5)) == "Sept. 5, 2017" and ap_date(d(2016, 3, 3)) == (
        "March 3, 2016")
    assert 3_900_000 < credit_cost(23.9) < 4_300_000
    assert "in 10 days" in (halving_countdown(HALVINGS[1] - 10 * one) or "")
    assert "today" in (halving_countdown(HALVINGS[0]) or "")
    assert halving_countdown(HALVINGS[1] + one) is None
    assert fuel_revision(d(2016, 3, 5)) == d(2016, 3, 1)
    assert fuel_revision(d(2016, 3, 20)) == d(2016, 3, 16)
    assert fuel_revision(d(2020, 5, 1)) == FUEL_FREEZE[0] - one
    assert top_apy(d(2019, 6, 17)) == top_apy(d(2019, 6, 23))  # moves weekly at most


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PA, "dated", old, "Posted on March 5, 2016")
    full(PA, "dated", new, "Updated June 19, 2020")
    full(PA, "dated", d(2020, 9, 8), r"Updated Sept\. 8, 2020")
    full(PA, "apy", new, r"Best savings rate we found today: \d\.\d\d% APY \(as of June 19, "
                         r"2020\)")
    full(PA, "limits", new, r"2020 contribution limits: 401\(k\) \$19,500 \(plus \$6,500 "
                            r"catch-up at 50\+\) · IRA \$6,000")
    full(SS, "dated", old, rf"March 5, 2016 \| {clock12}")
    full(SS, "dated", new, rf"Updated: Jun 19, 2020 at {clock} UTC")
    full(SS, "market", new, r"Total crypto market cap: \$\d{3}\.\dB · BTC dominance: "
                            r"\d\d\.\d%")
    full(BC, "data", old, rf"05/03/2016 às {clock}")
    full(BC, "data", new, "sexta-feira, 19 de junho de 2020")
    full(BC, "mercado", new, r"Ibovespa: \d{2,3}\.\d{3} pts \([+−]\d,\d\d%\) · Dólar: R\$ "
                             r"\d,\d{4} \([+−]\d,\d\d%\)")
    full(BC, "selic", new, "Taxa Selic: 2,25% ao ano, definida pelo Copom em 17/06/2020")
    full(BC, "poupanca", new, r"Rendimento da poupança: 70% da Selic \+ TR, ou 1,5\d% ao ano")
    full(DV, "data", old, rf"05\.03\.2016 {clock}")
    full(DV, "data", new, "19 июня 2020, пятница")
    full(DV, "kurs", new, r"Курс ЦБ на 19\.06\.2020: доллар \d\d,\d{4} ₽, евро \d\d,\d{4} ₽")
    full(DV, "stavka", new, "Ключевая ставка Банка России — 5,5% годовых \\(с 27 апреля 2020 "
                            "года\\)")
    full(DV, "dekada", new, r"Средняя максимальная ставка топ-10 банков по вкладам: \d,\d{3}% "
                            r"\(II декада июня 2020\)")
    full(BA, "lugar", d(2015, 6, 10), r"México, D\.F\., a 10 de junio de 2015\.–")
    full(BA, "lugar", old, r"Ciudad de México, a 5 de marzo de 2016\.–")
    full(BA, "lugar", new, "Ciudad de México, viernes 19 de junio de 2020")
    full(BA, "indicadores", new, r"Tipo de cambio FIX: \$2\d\.\d{4} por dólar · Tasa objetivo "
                                 r"de Banxico: 5\.50%")
    full(BA, "cetes", new, r"CETES a 28 días: \d\.\d\d% \(subasta del 16 de junio de 2020\)")
    full(BA, "cat", new, r"Tarjeta de Crédito Clásica: CAT PROMEDIO 47\.8% sin IVA\. Para fines "
                         r"informativos y de comparación\. Fecha de cálculo: 1 de junio de "
                         r"2020\. Vigencia al 30 de noviembre de 2020\.")
    full(AS, "dinank", old, "5 मार्च 2016")
    full(AS, "dinank", new, rf"प्रकाशित: शुक्रवार, 19 जून 2020, {clock} IST")
    full(AS, "bhav", new, r"आज का भाव \(19 जून 2020\): सोना 24 कैरेट ₹\d\d,\d\d0/10 ग्राम, "
                          r"चांदी ₹\d\d,\d\d0/किलो")
    full(AS, "petrol", old, r"दिल्ली में पेट्रोल ₹\d\d\.\d\d और डीज़ल ₹\d\d\.\d\d प्रति लीटर \(1 "
                            r"मार्च से लागू\)")
    full(AS, "petrol", new, r"आज \(19 जून 2020\) दिल्ली में पेट्रोल ₹\d\d\.\d\d, डीज़ल "
                            r"₹\d\d\.\d\d प्रति लीटर")
    full(CC, "dated", old, "Last updated: 5 March 2016")
    full(CC, "dated", new, r"Updated 19 Jun 2020 · \d+ min read")
    full(CC, "checked", new, r"Rates checked on Friday 19 June 2020\.")
    full(SH, "ngay", old, "05/03/2016")
    full(SH, "ngay", new, rf"Thứ Sáu, 19/06/2020 {clock} \(GMT\+7\)")
    full(SH, "tygia", new, r"Tỷ giá USD/VND bán ra ngày 19/06/2020: 23\.\d\d0 đồng")
    full(KM, "dated", old, "March 5, 2016")
    full(KM, "dated", new, r"Jun 19, 2020 · \d+ min read")
    full(KM, "dateline", old, "SAN FRANCISCO, March 5, 2016 /PRNewswire/ --")
    full(KM, "dateline", new, r"SAN FRANCISCO--\(BUSINESS WIRE\)--June 19, 2020--")
    full(CF, "fecha", old, "Actualizado el 5 de marzo de 2016")
    full(CF, "fecha", new, r"19 jun\. 2020")
    full(CF, "indicadores", new, r"UF al 19 de junio: \$28\.\d{3},\d\d · Dólar observado: "
                                 r"\$\d{3},\d\d")
    full(CF, "cae", new, r"Ejemplo: crédito de consumo de \$3\.000\.000 en 36 cuotas, CAE "
                         r"22,7%, costo total del crédito \$\d\.\d{3}\.\d{3}\.")
    full(KV, "data", old, rf"05\.03\.2016 в {clock}")
    full(KV, "data", new, "19 июня 2020 г.")
    full(KV, "kurs", new, r"Bitcoin на 19\.06\.2020: \d \d{3} \$ \(\d{3} \d{3} ₽\)")
    full(CA, "data", old, "05-03-2016")
    full(CA, "data", new, "Lisboa, 19 de junho de 2020")
    full(CA, "taeg", new, r"Exemplo para um crédito pessoal de 5\.000 € a 60 meses: TAN fixa de "
                          r"7,250%, TAEG de 9,3%, MTIC de 6\.\d{3},\d\d €\.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PA, "dated", day).startswith("Posted on") == (day < PA_REDESIGN)
        assert on(SS, "dated", day).endswith("UTC") == (day >= SS_REDESIGN)
        assert ("às" in on(BC, "data", day)) == (day < BC_REDESIGN)
        assert bool(re.match(r"\d\d\.\d\d\.", on(DV, "data", day))) == (day < DV_REDESIGN)
        assert ("D.F." in on(BA, "lugar", day)) == (day < CDMX)
        assert on(BA, "lugar", day).endswith(".–") == (day < BA_REDESIGN)
        assert on(AS, "dinank", day).startswith("प्रकाशित") == (day >= AS_REDESIGN)
        assert on(CC, "dated", day).startswith("Last updated") == (day < CC_REDESIGN)
        assert ("GMT+7" in on(SH, "ngay", day)) == (day >= SH_REDESIGN)
        assert ("min read" in on(KM, "dated", day)) == (day >= KM_REDESIGN)
        assert ("PRNewswire" in on(KM, "dateline", day)) == (day < KM_WIRE)
        assert on(CF, "fecha", day).startswith("Actualizado") == (day < CF_REDESIGN)
        assert (" в " in on(KV, "data", day)) == (day < KV_REDESIGN)
        assert on(CA, "data", day).startswith("Lisboa") == (day >= CA_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:6]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_markets_turn_by_day_business_day_week_and_dekad() -> None:
    days = every_day()
    weekdays = {day for day in days if day.weekday() < 5}
    assert len(changes(SS, "market")) >= 0.95 * len(days)
    for family in ("mercado",):
        moved = changes(BC, family)
        assert moved <= weekdays and len(moved) >= 0.95 * len(weekdays)
    assert changes(BA, "indicadores") <= weekdays
    assert len(changes(BA, "indicadores")) >= 0.95 * len(weekdays)
    weekly = changes(BA, "cetes")
    assert len(weekly) >= 300 and all(day.weekday() == 1 for day in weekly)
    dekads = changes(DV, "dekada")
    assert len(dekads) >= 200 and all(day.day in (1, 11, 21) for day in dekads)
    fuel = changes(AS, "petrol")
    assert all(day.day in (1, 16) for day in fuel if day < DAILY_FUEL)
    assert len([day for day in fuel if day < DAILY_FUEL]) >= 55
    assert {day for day in days if day >= DAILY_FUEL} <= fuel  # it names the day from then
    frozen = {on(AS, "petrol", day).split(")")[-1] for day in days
              if FUEL_FREEZE[0] <= day <= FUEL_FREEZE[1]}
    assert len(frozen) == 1  # the prices stood still, only the date turned
    apy = {float(m[1]) for t in group_lines(SET, PA, "apy")
           if (m := re.search(r"(\d\.\d\d)% APY", norm(t)))}
    assert len(apy) >= 5 and all(0.6 <= v <= 2.6 for v in apy)
    btc = [int(m[1].replace(" ", "")) for day in every_day()[::30]
           if (m := re.search(r": ([\d ]+) \$", on(KV, "kurs", day)))]
    assert len(btc) >= 70 and min(btc) < 400 and max(btc) > 15000


def test_rates_change_on_decision_days() -> None:
    for domain, family, table in DECISIONS:
        assert changes(domain, family) == table_days(table), (domain, family)
    for start, value in SELIC:
        assert f"{value}% ao ano" in on(BC, "selic", max(iso(start), FIRST_DAY))
    assert "0,5% ao mês" in on(BC, "poupanca", d(2017, 9, 5))
    assert "70% da Selic" in on(BC, "poupanca", d(2017, 9, 6))
    assert changes(BC, "poupanca") == {day for day in table_days(SELIC) if day >= d(2017, 9, 6)}
    for start, value in BANXICO:
        if iso(start) > FIRST_DAY:
            assert f"Banxico: {value}%" in on(BA, "indicadores", iso(start)), start
    assert "10,5% годовых (с 14 июня 2016 года)" in on(DV, "stavka", d(2016, 8, 1))
    assert "PPF 7.1%, सुकन्या समृद्धि 7.6%" in on(AS, "bachat", d(2020, 4, 1))
    assert "4.40%" in on(AS, "repo", d(2020, 4, 1))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    assert on(KM, "notice", d(2015, 6, 3)) == "Get paid up to two days early with direct deposit."
    for y in range(2015, 2021):
        tax = iso(TAX_DAYS[y])
        if y < 2020:
            assert f"Tax Day is {ap_date(tax)}" in on(PA, "notice", tax), y
        assert f"Black Friday {y}" in on(PA, "notice", thanksgiving(y) + one), y
        if y < 2020:  # Pix's launch wins in November 2020
            assert f"Black Friday {y}" in on(BC, "chamada", thanksgiving(y) + one), y
        assert f"13º salário: a segunda parcela cai até 20 de dezembro de {y}" in on(
            BC, "chamada", d(y, 12, 5)), y
        assert f"праздники {y + 1}" in on(DV, "anons", d(y, 12, 31)), y
        assert f"El Buen Fin {y}" in on(BA, "aviso", iso(BUEN_FIN[y][0])), y
        assert "12 de diciembre" in on(BA, "aviso", d(y, 12, 12)), y
        assert f"🎄 Spreading the cost of Christmas {y}" in on(CC, "notice", d(y, 12, 10)), y
        assert f"Tết Nguyên đán {y}" in on(SH, "thongbao", iso(TET[y])), y
        assert f"30/4 – 1/5/{y}" in on(SH, "thongbao", d(y, 4, 30)), y
        assert f"Quốc khánh 2/9/{y}" in on(SH, "thongbao", d(y, 9, 2)), y
        assert f"Tax refund season {y}" in on(KM, "notice", d(y, 2, 15)), y
        assert "December 25" in on(KM, "notice", d(y, 12, 24)), y
        assert f"Operación Renta {y}" in on(CF, "aviso", d(y, 4, 15)), y
        assert f"Fiestas Patrias {y}" in on(CF, "aviso", d(y, 9, 18)), y
        if y < 2020:
            assert f"Semana Santa {y}" in on(BA, "aviso", easter(y) - 2 * one), y
            assert f"IR {y}" in on(BC, "chamada", iso(IR_SEASONS[y][1])), y
            assert f"3-НДФЛ за {y - 1} год" in on(DV, "anons", d(y, 4, 15)), y
            assert f"अक्षय तृतीया {y}" in on(AS, "suchna", iso(AKSHAYA_TRITIYA[y])), y
    for y in (2018, 2019):
        assert f"IRS {y}" in on(CA, "aviso", d(y, 6, 15)), y
    assert "Tax Day moved to July 15, 2020" in on(PA, "notice", d(2020, 6, 1))
    assert "stimulus" in on(PA, "notice", d(2020, 4, 20))
    for first, last, text in SS_EVENTS:
        assert text in on(SS, "notice", iso(first)) and text in on(SS, "notice", iso(last))
    assert "in 10 days" in on(SS, "notice", HALVINGS[1] - 10 * one)
    assert "in 5 days" in on(SS, "notice", HALVINGS[0] - 5 * one)
    assert "today" in on(SS, "notice", HALVINGS[1])
    assert "30 de abril" in on(BC, "chamada", IR_2020_EXTENDED - one)
    assert "prorrogado até 30 de junho" in on(BC, "chamada", d(2020, 6, 10))
    assert "Pix já está no ar" in on(BC, "chamada", d(2020, 11, 16))
    assert "Auxílio emergencial" in on(BC, "chamada", d(2020, 4, 20))
    assert "30 июля" in on(DV, "anons", d(2020, 6, 1)) and NDFL_2020 == d(2020, 4, 1)
    assert "Нерабочие дни" in on(DV, "anons", d(2020, 4, 15))
    assert "contingencia" in on(BA, "aviso", easter(2020) - 2 * one)
    for day, name in BUDGETS.items():
        assert name in on(AS, "suchna", iso(day)), day
    for day in ITR_DEADLINES.values():
        assert "ITR" in on(AS, "suchna", iso(day)), day
    assert "नोटबंदी" in on(AS, "suchna", d(2016, 11, 20))
    assert "31 अगस्त तक बढ़ा" in on(AS, "suchna", d(2020, 7, 1))
    assert "PPI" in on(CC, "notice", d(2019, 7, 1))
    assert "Payment holidays" in on(CC, "notice", d(2020, 5, 1))
    assert "Giãn cách" in on(SH, "thongbao", d(2020, 4, 10))
    assert "Economic Impact Payment" in on(KM, "notice", d(2020, 5, 1))
    assert "AFP" in on(CF, "aviso", d(2020, 8, 1)) and "Horarios" in on(CF, "aviso",
                                                                         d(2019, 10, 25))
    assert changes(KV, "telegram") == set(KV_TELEGRAM_BLOCK)
    assert "autenticação forte" in on(CA, "aviso", d(2019, 9, 1))
    assert "Moratória" in on(CA, "aviso", d(2020, 6, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PA, "byline", PA_REDESIGN, "by {author}", "CFP"),
        (PA, "disclosure", PA_DISCLOSURE, "Please read", "at no cost"),
        (PA, "disclosure", PA_REDESIGN, "at no cost", "Advertiser Disclosure"),
        (PA, "notice", PA_NEWSLETTER, "50,000 readers", "Almanac Weekly"),
        (SS, "byline", SS_REDESIGN, "By {author}", "min read"),
        (SS, "disclaimer", SS_DISCLAIMER, "author's own", "not investment advice"),
        (SS, "notice", SS_TELEGRAM, "Twitter", "Telegram"),
        (BC, "autor", BC_REDESIGN, "Por {author}", "Leitura"),
        (BC, "fgc", BC_FGC, "por instituição", "limite global"),
        (BC, "aviso", BC_REDESIGN, "caráter informativo", "Rentabilidade passada"),
        (BC, "analista", BC_CVM598, "483/2010", "598/2018"),
        (BC, "chamada", BC_TELEGRAM, "e-mail", "Telegram"),
        (DV, "avtor", DV_REDESIGN, "Автор: {author}", "Эксперт"),
        (DV, "asv", DV_ASV, "в одном банке", "10 млн"),
        (DV, "ne-rekomendaciya", DV_REDESIGN, "Информация не", "Доходность"),
        (DV, "svidetelstvo", DV_REGISTERED, "не является", "ФС77"),
        (DV, "anons", DV_NEWSLETTER, "социальных сетях", "рассылку"),
        (BA, "condusef", BA_CONDUSEF, "01 800", "CONDUSEF: 800"),
        (AS, "salah", AS_DISCLAIMER, "न समझें", "ज़िम्मेदार"),
        (AS, "suchna", AS_NEWSLETTER, "ऐप", "न्यूज़लेटर"),
        (CC, "author", CC_REDESIGN, "Written by", "{author_beat}"),
        (CC, "commission", CC_COMMISSION, "We may earn", "How we make money"),
        (CC, "fca", CC_FCA, "interim permission", "FRN"),
        (CC, "notice", CC_EMAIL, "in minutes", "Monday email"),
        (SH, "baohiem", SH_DEPOSIT_INSURANCE, "50 triệu", "75 triệu"),
        (SH, "otp", SH_SCAM, "hoặc tin nhắn", "Cảnh giác"),
        (SH, "thongbao", SH_EKYC, "mọi lúc", "5 phút"),
        (KM, "not-a-bank", KM_BANK_SWITCH, "Harlan County", "Prairie First"),
        (KM, "card", KM_BANK_SWITCH, "Harlan County", "Prairie First"),
        (CF, "garantia", CF_CMF, "sbif", "cmfchile"),
        (KV, "riski", KV_LAW, "актив. Материал", "259-ФЗ")))
    assert_groups_reworded(SET, (
        (PA, "dated", "Posted on ", "Updated "),
        (PA, "disclosure", "Please read", "Advertiser Disclosure"),
        (SS, "disclaimer", "author's own", "not investment advice"),
        (BC, "aviso", "caráter informativo", "Rentabilidade passada"),
        (DV, "svidetelstvo", "ФС77", "ФС77"),
        (BA, "lugar", "a ", "viernes"),
        (CC, "fca", "interim", "FRN"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        assert changes(domain, family) == table_days(table), (domain, family)
    jan = {d(y, 1, 1) for y in range(2016, 2021)}
    assert changes(PA, "limits") == jan
    assert changes(BA, "ipab") == jan and changes(CF, "cae") == jan
    assert changes(SH, "gioithieu") == jan
    assert changes(BA, "acerca") == {d(y, 2, 20) for y in range(2015, 2021)}
    assert changes(CA, "sobre") == {d(y, 3, 1) for y in range(2015, 2021)}
    assert "$18,000" in on(PA, "limits", d(2017, 6, 1))
    assert "$19,500" in on(PA, "limits", d(2020, 6, 1))
    assert "£75,000" in on(CC, "fscs", d(2016, 6, 1)) and "£85,000" in on(CC, "fscs",
                                                                         d(2017, 6, 1))
    assert "4%/năm" in on(SH, "laisuat", d(2020, 10, 1))
    assert "$2,560,000 pesos en 2020" in on(BA, "ipab", d(2020, 6, 1))
    costs = {m[1] for t in group_lines(SET, CF, "cae")
             if (m := re.search(r"CAE (\d\d,\d)%", norm(t)))}
    assert len(costs) >= 3
    users = {m[1] for t in group_lines(SET, KM, "about")
             if (m := re.search(r"more than ([\d,]+(?: million)?) ", norm(t)))}
    assert len(users) >= 3


def test_several_languages_and_scripts() -> None:
    cyrillic, devanagari = r"[\u0400-\u04ff]", r"[\u0900-\u097f]"
    assert_groups_in_script(SET, (
        (DV, "reklama", cyrillic), (DV, "ne-rekomendaciya", cyrillic), (KV, "riski", cyrillic),
        (AS, "mf-jokhim", devanagari), (AS, "vigyapan", devanagari), (AS, "dinank", devanagari),
        (SH, "otp", r"[ăâđêôơưạảấầậếềệịọỏốồộớờợụủứừự]"), (SH, "hotline", r"[đêôơưạảếệọứ]"),
        (BC, "aviso", r"[ãçéêóú]"), (BA, "fraude", r"[áéíóúñ]"), (CA, "registo", r"[ãçéóí]"),
        (CF, "garantia", r"[áéíóúñ]")))
    assert any("D.F." in t for t in group_lines(SET, BA, "lugar"))
    assert any("Ciudad de México" in t for t in group_lines(SET, BA, "lugar"))
    assert any("₽" in t for t in group_lines(SET, KV, "kurs"))
    assert any("₹" in t for t in group_lines(SET, AS, "bhav"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PA}/dated", f"{PA}/byline", f"{PA}/related", f"{PA}/kicker",
                         f"{PA}/comments", f"{PA}/about-author", f"{PA}/copyright",
                         f"{SS}/dated", f"{SS}/tags", f"{SS}/chart", f"{SS}/holdings",
                         f"{BC}/data", f"{DV}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PA}/not-advice", f"{PA}/disclosure", f"{SS}/disclaimer", f"{BC}/aviso",
        f"{DV}/ssylka", f"{BA}/contacto"))
    assert_carried_share(docs, PA, [
        ("dated", 0.8, 0.98), ("related", 0.55, 0.85), ("editors-note", 0.0, 0.1),
        ("apy", 0.08, 0.35), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, SS, [("disclaimer", 0.4, 0.7), ("paid", 0.0, 0.14)])
    for fam in (f"{PA}/related", f"{PA}/advert", f"{SS}/also-read", f"{SS}/advert",
                f"{BC}/leia", f"{BC}/publicidade", f"{DV}/reklama", f"{AS}/vigyapan"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SS, "chart"), (SS, "image"), (BC, "fgc"), (DV, "chitaite"),
                               (BA, "foto"), (AS, "ye-bhi"), (CC, "rep-apr"), (CC, "sponsored"),
                               (SH, "xemthem"), (KM, "apy")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PA, "editors-note", 16), (SS, "correction"), (BC, "errata"), (DV, "ispravlenie"),
        (BA, "erratas"), (AS, "sudhar"), (CC, "update"), (SH, "dinhchinh"),
        (KM, "correction"), (CF, "erratas"), (KV, "ispravlenie"), (CA, "errata")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PA}/related", "Related: "), (f"{SS}/also-read", "Also Read: "),
        (f"{BC}/leia", "Leia também: "), (f"{DV}/chitaite", "Читайте также: "),
        (f"{AS}/ye-bhi", "ये भी पढ़ें: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PA, "advert", "ADVERTISEMENT"), (SS, "advert", "– Advertisement –"),
        (BC, "publicidade", "Publicidade"), (DV, "reklama", "Реклама"), (DV, "vozrast", "18+"),
        (AS, "vigyapan", "विज्ञापन"), (BA, "tipo", "Comunicado de prensa"),
        (CC, "sponsored", "Sponsored"), (CA, "comunicado", "Comunicado de Imprensa")))
    assert_group_values_from_pool(SET, (
        (PA, "kicker", "kicker"), (BC, "editoria", "editoria"), (DV, "rubrika", "rubrika"),
        (AS, "shreni", "shreni"), (SH, "chuyenmuc", "chuyenmuc"), (KM, "kicker", "kicker")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PA, "advert", "ADVERTISEMENT"),
        (BC, "publicidade", "Publicidade"),
        (DV, "vozrast", "18+")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PA: (["not-advice", "about-author", "comments", "copyright"], 3),
        DV: (["svidetelstvo", "ssylka", "copyright"], 2),
        BA: (["acerca", "contacto", "copyright"], 2),
        CC: (["fca", "company", "copyright"], 2),
        SH: (["gioithieu", "hotline", "giayphep", "copyright"], 2),
        KM: (["about", "media", "forward", "copyright"], 2),
        CA: (["sobre", "contactos", "registo", "fgd", "copyright"], 2)})


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
