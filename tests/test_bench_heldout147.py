"""The held-back-147 template set (`tests.bench.heldout_templates_147`): its localised dates
(printed day by day in English with Perth time, American and Sydney summer and winter time
and British summer time, Spanish, Portuguese, French, Russian with Moscow time, Indonesian
with WIB and Afrikaans, several changing form on the day of a redesign), the price strips
and price-table lines that turn every trading day and keep Friday's close over the weekend
(WTI below zero on its day), the lines that turn every week (the rig count, gold in Canadian
dollars, Brazil's diesel survey, the uranium prices and the issue number) and every month
(Indonesia's coal reference price, South Africa's petrol price, the uranium long-term
price), the calendars some notices follow (PDAC, Diggers & Dealers, OPEC, hurricanes, LME
Week, England's bank holidays and Christmas, the ASX's holidays, Expomin and Exponor, the
ANP's rounds, Québec Mines and a holiday break, Metal-Expo, SPIEF and the New Year, Lebaran
and independence day, load-shedding and lockdown levels, Mining Indaba, the WNA symposium,
the pandemic), the notices reworded over the years, the amounts that change (a budget's
copper reference price, a land package, rig counts, uranium prices), the lines in several
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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_147 import (
    ANP_ROUNDS,
    BEURTKRAG,
    BF_ALERTS,
    BF_AUTHORISED,
    BF_NOT_ADVICE,
    BF_REDESIGN,
    BP_REDESIGN,
    BP_TELEGRAM,
    CK_COVID,
    CK_LAND,
    CK_NEW_QP,
    CK_OTCQX,
    CK_REDESIGN,
    DIGGERS,
    EM_NUMERIQUE,
    EM_REDESIGN,
    EXPOMIN,
    EXPONOR,
    FIRST_DAY,
    FQ_IOSCO,
    FQ_REDESIGN,
    HURRICANES,
    INDABA,
    LAST_DAY,
    LEBARAN,
    LME_WEEK,
    MD_REDESIGN,
    MD_WHATSAPP,
    METALL_EXPO,
    MM_ADVIES,
    MM_REDESIGN,
    MM_WHATSAPP,
    MR_RECOMMENDATION,
    MR_REDESIGN,
    MR_TELEGRAM,
    OPEC,
    OW_ADVICE,
    OW_DAILY,
    OW_REDESIGN,
    PDAC,
    PMEF,
    PW_COVID,
    PW_PRO,
    PW_REDESIGN,
    QUEBEC_MINES,
    REFERENCIA_COBRE,
    TK_REDESIGN,
    TK_TELEGRAM,
    VLAKKE,
    WNA,
    WTI_BELOW_ZERO,
    asx_holidays,
    change,
    christmas_resume,
    first_issue,
    friday_of,
    hba_day,
    issue,
    num,
    pct,
    petrol_day,
    price,
    sydney_summer_time,
    trading_day,
    uk_bank_holidays,
    uk_summer_time,
    us_summer_time,
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

SET = "held-back-147"
SITES = ("Orebody Weekly", "Petrowire", "Ferroquote", "Minería al Día", "Bourse Feed",
         "Boletim do Petróleo", "L'Écho minier", "Металлорынок", "TambangKini", "Myn & Mark",
         "Copperknoll Resources", "Yellowcake Weekly")
OW, PW, FQ, MD = ("orebodyweekly.com.au", "petrowire.com", "ferroquote.co.uk",
                  "mineriaaldia.cl")
BF, BP, EM, MR = ("boursefeed.com.au", "boletimdopetroleo.com.br", "echominier.ca",
                  "metallorynok.ru")
TK, MM, CK, YW = ("tambangkini.co.id", "mynenmark.co.za", "copperknoll.com",
                  "yellowcakeweekly.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((OW, "dated"), (PW, "dateline"), (FQ, "dated"), (MD, "fecha"), (BF, "released"),
         (BP, "data"), (EM, "date"), (MR, "data"), (TK, "tanggal"), (MM, "datum"),
         (CK, "dateline"))
# The price lines that turn every trading day and keep Friday's close over the weekend.
TRADING = ((OW, "strip"), (PW, "prices"), (FQ, "lme-cu"), (FQ, "lme-al"), (FQ, "lme-ni"),
           (FQ, "lme-zn"), (MD, "cobre"), (MD, "dolar"), (BP, "cotacoes"), (MR, "kurs"),
           (MR, "urals"), (TK, "kurs"), (MM, "markte"))
# The lines that turn every week, on the given weekday.
WEEKLY = ((PW, "rigs", 4), (EM, "or", 4), (BP, "diesel", 5), (YW, "issue", 4),
          (YW, "spot", 4), (YW, "conversion", 4))
# The notices that follow calendars.
BANNERS = ((OW, "notice"), (PW, "alert"), (FQ, "schedule"), (MD, "aviso"), (BF, "notice"),
           (BP, "aviso"), (EM, "avis"), (MR, "podpiska"), (TK, "pengumuman"),
           (MM, "kennisgewing"), (YW, "subscribe"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    OW: "Get the Orebody Weekly newsletter in your inbox every Monday",
    PW: "Get Petrowire releases by email as they cross the wire",
    FQ: "Assessments are published each London business day at 16:30.",
    MD: "Suscríbete gratis a nuestro boletín diario",
    BF: "Get announcements for your watchlist by email",
    BP: "Receba o Boletim do Petróleo no seu e-mail",
    EM: "Abonnez-vous à notre infolettre hebdomadaire",
    MR: "Подписывайтесь на наш канал в Яндекс.Дзене",
    TK: "Ikuti berita tambang terbaru di Google News",
    MM: "Teken in op ons gratis nuusbrief",
    YW: "Subscribe for the full weekly price report and term contract tables",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TRADING + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY) + (
        (TK, "hba"), (MM, "brandstof"), (YW, "term"), (MD, "referencia"), (CK, "about")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 20), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert trading_day(d(2019, 6, 23)) == trading_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert friday_of(d(2019, 6, 20)) == d(2019, 6, 14)
    assert [christmas_resume(y) for y in (2015, 2016, 2017, 2019, 2020)] == [
        d(2015, 12, 29), d(2016, 12, 28), d(2017, 12, 27), d(2019, 12, 27), d(2020, 12, 29)]
    assert (d(2020, 5, 8), "early May bank holiday") in uk_bank_holidays(2020)
    assert (d(2015, 1, 26), "Australia Day") in asx_holidays(2015)
    assert (d(2020, 1, 27), "Australia Day") in asx_holidays(2020)  # the 26th is a Sunday
    assert not any(name == "Anzac Day" for _, name in asx_holidays(2020))  # a Saturday
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert uk_summer_time(d(2019, 3, 31)) and not uk_summer_time(d(2019, 3, 30))
    assert sydney_summer_time(d(2019, 1, 5)) and not sydney_summer_time(d(2019, 7, 5))
    assert hba_day(2020, 2) == d(2020, 2, 3) and hba_day(2020, 6, ) == d(2020, 6, 1)
    assert petrol_day(2019, 5) == d(2019, 5, 1) and petrol_day(2020, 6) == d(2020, 6, 3)
    assert first_issue(2019) == d(2019, 1, 9)
    assert issue(d(2008, 1, 11)) == 2
    assert num(12345.678, 2) == "12,345.68" and num(12345.678, 2, ".", ",") == "12.345,68"
    assert num(17432.4, 0, " ") == "17 432"
    assert change(6123.5, 6100) == "+23.50" and change(1, 1.25) == "-0.25"
    assert pct(101, 100) == "+1.0%" and pct(99, 100, ",") == "-1,0%"
    assert price("wti", WTI_BELOW_ZERO[0]) < 0 < price("wti", WTI_BELOW_ZERO[0] + one)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"
    city = r"[A-Z][A-Za-z ,]+"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(OW, "dated", old, "05/03/2016")
    full(OW, "dated", new, rf"Friday, 19 June 2020 · {clock} AWST")
    full(OW, "strip", new, r"Gold A\$[\d,]+/oz · Iron ore US\$\d+\.\d\d/t · Nickel US\$[\d,]+/t")
    full(PW, "dateline", old, rf"{city}, March 5, 2016 /Petrowire/ --")
    full(PW, "dateline", new, rf"{city} · Fri Jun 19, 2020 {clock12} EDT")
    full(PW, "dateline", winter, rf"{city} · Mon Dec 7, 2020 {clock12} EST")
    full(PW, "prices", new, r"Brent \$\d+\.\d\d \([+-]\d+\.\d%\) \| WTI \$\d+\.\d\d "
                            r"\([+-]\d+\.\d\d\) \| Henry Hub \$\d\.\d{3}")
    full(PW, "prices", WTI_BELOW_ZERO[0], r"Brent .* \| WTI -\$37\.63 \(-\d+\.\d\d\) \| .*")
    full(PW, "rigs", new, r"U\.S\. rig count, week to Jun 19: \d{3} \([+-]\d+ on the week\)")
    full(FQ, "dated", old, rf"05-Mar-2016 {clock} GMT")
    full(FQ, "dated", d(2017, 6, 21), rf"21-Jun-2017 {clock} BST")
    full(FQ, "dated", new, rf"Published 19 June 2020 · {clock} London")
    full(FQ, "lme-cu", new, r"Copper \(LME 3M\) \| \$\d,\d{3}\.\d\d/t \| [+-][\d,]+\.\d\d")
    full(FQ, "lme-ni", new, r"Nickel \(LME 3M\) \| \$1\d,\d{3}\.\d\d/t \| [+-][\d,]+\.\d\d")
    full(MD, "fecha", old, rf"05-03-2016 \| {clock}")
    full(MD, "fecha", new, "Viernes 19 de junio de 2020")
    full(MD, "cobre", new, r"Cobre BML: US\$ \d,\d{4} la libra \([+-]\d+,\d%\)")
    full(MD, "dolar", new, r"Dólar observado: \$ \d{3},\d\d")
    full(BF, "released", old, rf"Released 05/03/2016 {clock} AEDT")
    full(BF, "released", new, rf"19 Jun 2020 · {clock12} AEST")
    full(BP, "data", old, rf"05/03/2016 às {clock}")
    full(BP, "data", new, rf"Publicado em 19 de junho de 2020, às {clock}")
    full(BP, "cotacoes", new, r"Brent: US\$ \d\d,\d\d \| Dólar: R\$ \d,\d{4} \| PETR4: R\$ "
                              r"\d\d,\d\d")
    full(BP, "diesel", new, r"Diesel S10 nas bombas \(ANP, 07/06 a 13/06\): R\$ \d,\d{3}/litro")
    full(EM, "date", old, "Publié le 5 mars 2016")
    full(EM, "date", new, rf"Publié le vendredi 19 juin 2020 à {clock}")
    full(EM, "or", new, r"Or : 2 \d{3} \$ CA l'once \(vendredi 19 juin\)")
    full(MR, "data", old, rf"05\.03\.2016 {clock}")
    full(MR, "data", new, rf"19 июня 2020, {clock} МСК")
    full(MR, "kurs", new, r"Курс ЦБ РФ на 22\.06\.2020: \$1 = \d\d,\d{4} руб\., €1 = \d\d,\d{4} "
                          r"руб\.")
    full(MR, "urals", new, r"Urals: \$\d\d,\d\d/барр\. · Brent: \$\d\d,\d\d/барр\.")
    full(TK, "tanggal", old, rf"Sabtu, 05/03/2016 {clock} WIB")
    full(TK, "tanggal", new, rf"Jumat, 19 Juni 2020 \| {clock} WIB")
    full(TK, "kurs", new, r"Kurs JISDOR: Rp1\d\.\d{3} per dolar AS")
    full(TK, "hba", new, r"HBA Juni 2020: US\$\d\d,\d\d per ton")
    full(MM, "datum", old, "5 Maart 2016")
    full(MM, "datum", new, rf"Vrydag 19 Junie 2020 om {clock}")
    full(MM, "markte", new, r"Goud: R\d\d \d{3}/ons \| Platinum: R\d\d \d{3}/ons \| R/\$: "
                            r"\d\d,\d\d")
    full(MM, "brandstof", new, r"Petrol \(95, binneland\) vanaf 3 Junie: R\d\d,\d\d per liter")
    full(CK, "dateline", old, "VANCOUVER, British Columbia, March 5, 2016 – Copperknoll "
                              "Resources Corp.")
    full(CK, "dateline", new, r"Vancouver, B\.C\. – June 19, 2020 – Copperknoll Resources "
                              r"Corp\. \(TSX-V: CKR\)")
    full(YW, "issue", new, rf"Issue {issue(new)} · week ending June 19, 2020")
    full(YW, "spot", new, r"Spot U3O8: US\$\d\d\.\d\d/lb \(([+-]\d\.\d\d|unch\.)\)")
    full(YW, "term", new, r"Long-term price, end of May: US\$\d\d\.\d0/lb")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("AWST" in on(OW, "dated", day)) == (day >= OW_REDESIGN)
        assert ("/Petrowire/" in on(PW, "dateline", day)) == (day < PW_REDESIGN)
        assert on(FQ, "dated", day).startswith("Published") == (day >= FQ_REDESIGN)
        assert ("|" in on(MD, "fecha", day)) == (day < MD_REDESIGN)
        assert on(BF, "released", day).startswith("Released") == (day < BF_REDESIGN)
        assert on(BP, "data", day).startswith("Publicado") == (day >= BP_REDESIGN)
        assert ("à {time}" in on(EM, "date", day)) == (day >= EM_REDESIGN)
        assert ("МСК" in on(MR, "data", day)) == (day >= MR_REDESIGN)
        assert ("/" in on(TK, "tanggal", day)) == (day < TK_REDESIGN)
        assert (" om " in on(MM, "datum", day)) == (day >= MM_REDESIGN)
        assert on(CK, "dateline", day).startswith("VANCOUVER") == (day < CK_REDESIGN)
        if day >= PW_REDESIGN:
            assert on(PW, "dateline", day).endswith("EDT" if us_summer_time(day) else "EST")
        if day < FQ_REDESIGN:
            assert on(FQ, "dated", day).endswith("BST" if uk_summer_time(day) else "GMT")
        assert on(BF, "released", day).endswith("AEDT" if sydney_summer_time(day) else "AEST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_price_lines_turn_every_trading_day() -> None:
    weekdays = {day for day in every_day() if day.weekday() < 5}
    for domain, family in TRADING:
        turned = changes(domain, family)
        assert turned <= weekdays, (domain, family)
        assert len(turned) >= 0.95 * len(weekdays), (domain, family)
    for day in every_day():
        if day.weekday() == 5:
            for domain, family in TRADING:
                assert on(domain, family, day) == on(domain, family, day + one)
                assert on(domain, family, day) == on(domain, family, day - one)
    assert "WTI -$37.63" in on(PW, "prices", WTI_BELOW_ZERO[0])
    assert sum("WTI -$" in on(PW, "prices", day) for day in every_day()) == 1
    for domain, family in TRADING[:3]:
        assert len({norm(t) for t in group_lines(SET, domain, family)}) >= 5, family


def test_lines_that_turn_by_week_and_month() -> None:
    for domain, family, weekday in WEEKLY:
        turned = changes(domain, family)
        assert turned and all(day.weekday() == weekday for day in turned), (domain, family)
        assert len(turned) >= 200, (domain, family)
    assert len(changes(YW, "issue")) == len({friday_of(day) for day in every_day()}) - 1
    numbers = [int(m[1]) for day in every_day() if day.weekday() == 4
               if (m := re.match(r"Issue (\d+)", on(YW, "issue", day)))]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert changes(TK, "hba") == {hba_day(y, m) for y in range(2015, 2021)
                                  for m in range(1, 13)} - {d(2015, 1, 1)}
    assert changes(MM, "brandstof") == {petrol_day(y, m) for y in range(2015, 2021)
                                        for m in range(1, 13)}
    term = changes(YW, "term")
    assert len(term) >= 40 and all(day.day == 1 for day in term)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, y in DIGGERS:
        assert f"Diggers & Dealers {y}" in on(OW, "notice", iso(first)), y
        assert f"Diggers & Dealers {y}" in on(OW, "notice", iso(last)), y
    assert "postponed" in on(OW, "notice", d(2020, 8, 4))
    assert found(OW, "notice", r"PDAC (\d{4})") == {y for _, _, y in PDAC}
    assert "hard border" in on(OW, "notice", d(2020, 5, 1))
    for day, where in OPEC:
        assert "OPEC" in on(PW, "alert", iso(day)), day
        assert ("video" in on(PW, "alert", iso(day))) == (where == "video"), day
    for first, last, name in HURRICANES:
        assert f"Hurricane {name}" in on(PW, "alert", iso(first)), name
        assert f"Hurricane {name}" in on(PW, "alert", iso(last)), name
    assert "below zero" in on(PW, "alert", WTI_BELOW_ZERO[0])
    for y in range(2015, 2021):
        for day, name in uk_bank_holidays(y):
            if name != "Easter Monday":
                assert "No assessments" in on(FQ, "schedule", day), day
        assert f"Easter Monday {(easter(y) + one).day}" in on(FQ, "schedule", easter(y))
        resume = christmas_resume(y)
        assert f"Christmas {y}" in on(FQ, "schedule", d(y, 12, 25))
        assert f"published on {resume:%A} {resume.day} December" in on(FQ, "schedule",
                                                                        d(y, 12, 24))
        assert "Christmas" not in on(FQ, "schedule", resume)
        for day, name in asx_holidays(y):
            assert f"({name})" in on(BF, "notice", day), day
        assert f"Día del Minero {y}" in on(MD, "aviso", d(y, 8, 10)), y
        assert f"Fiestas Patrias {y}" in on(MD, "aviso", d(y, 9, 18)), y
        back = first_issue(y + 1)
        assert f"retour le {back.day} janvier {y + 1}" in on(EM, "avis", d(y, 12, 25)), y
        assert "relâche" not in on(EM, "avis", back)
        assert f"С Новым {y} годом" in on(MR, "podpiska", d(y, 1, 1)), y
        day, hijri = LEBARAN[y]
        assert f"Idulfitri {hijri} H" in on(TK, "pengumuman", iso(day)), y
        assert f"ke-{y - 1945}" in on(TK, "pengumuman", d(y, 8, 17)), y
    for first, _, y in LME_WEEK:
        assert f"LME Week {y}" in on(FQ, "schedule", iso(first)), y
    for first, _, name in EXPOMIN + EXPONOR:
        assert name in on(MD, "aviso", iso(first)), name
    assert "Contingencia" in on(MD, "aviso", d(2019, 10, 25))
    assert "Covid-19" in on(MD, "aviso", d(2020, 5, 1))
    assert "relief" in on(BF, "notice", d(2020, 7, 1))
    for day, name in ANP_ROUNDS:
        assert name in on(BP, "aviso", iso(day)), day
    assert "caminhoneiros" in on(BP, "aviso", d(2018, 5, 25))
    for first, _, name in QUEBEC_MINES:
        assert name in on(EM, "avis", iso(first)), name
    assert "15 avril" in on(EM, "avis", d(2020, 4, 1))
    for _, last, y in METALL_EXPO:
        assert f"Металл-Экспо’{y[2:]}" in on(MR, "podpiska", iso(last)), y
    for first, _, y in PMEF:
        assert f"ПМЭФ-{y}" in on(MR, "podpiska", iso(first)), y
    assert "ОПЕК+" in on(MR, "podpiska", d(2016, 12, 10))
    assert "nikel" in on(TK, "pengumuman", d(2020, 1, 1))
    assert "PSBB" in on(TK, "pengumuman", d(2020, 5, 1))
    for first, last, stage in BEURTKRAG:
        assert f"fase {stage}" in on(MM, "kennisgewing", iso(last)), first
    for first, _, level in VLAKKE:
        assert f"vlak {level}" in on(MM, "kennisgewing", iso(first)), first
    for first, _, y in INDABA:
        assert f"Mining Indaba {y}" in on(MM, "kennisgewing", iso(first)), y
    for first, _, y in WNA:
        assert f"WNA Symposium {y}" in on(YW, "subscribe", iso(first)), y
    assert "Cigar Lake" in on(YW, "subscribe", d(2020, 6, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (OW, "byline", OW_REDESIGN, "By {author}", "{author_beat}"),
        (OW, "premium", OW_REDESIGN, "Subscriber exclusive", "Premium"),
        (OW, "notice", OW_DAILY, "every Monday", "Orebody Daily"),
        (OW, "advice", OW_ADVICE, "not financial product advice", "General advice only"),
        (PW, "alert", PW_PRO, "as they cross the wire", "Petrowire Pro"),
        (PW, "fls-text", PW_COVID, "drilling results", "COVID-19"),
        (FQ, "byline", FQ_REDESIGN, "By {author}", "editing by"),
        (FQ, "methodology", FQ_IOSCO, "available on request", "IOSCO"),
        (MD, "autor", MD_REDESIGN, "Por {author}", "| Minería al Día"),
        (MD, "aviso", MD_WHATSAPP, "boletín diario", "WhatsApp"),
        (BF, "sensitive", BF_REDESIGN, "Price sensitive", "●"),
        (BF, "notice", BF_ALERTS, "by email", "price-sensitive alerts"),
        (BF, "authorised", BF_AUTHORISED, "Company Secretary", "authorised for release"),
        (BF, "not-advice", BF_NOT_ADVICE, "verify them.", "investment advice"),
        (BP, "autor", BP_REDESIGN, "Por {author}", "do Rio"),
        (BP, "aviso", BP_TELEGRAM, "e-mail", "Telegram"),
        (EM, "auteur", EM_REDESIGN, "{author}", "Par "),
        (EM, "avis", EM_NUMERIQUE, "infolettre", "version numérique"),
        (MR, "podpiska", MR_TELEGRAM, "Яндекс", "Telegram"),
        (MR, "rekomendaciya", MR_RECOMMENDATION, "Информация", "индивидуальной"),
        (TK, "penulis", TK_REDESIGN, "Penulis", "Editor"),
        (TK, "pengumuman", TK_TELEGRAM, "Google News", "Telegram"),
        (MM, "advies", MM_ADVIES, "slegs vir inligting", "gemagtigde"),
        (MM, "kennisgewing", MM_WHATSAPP, "nuusbrief", "WhatsApp"),
        (CK, "listing", CK_OTCQX, "OTCQB", "OTCQX"),
        (CK, "qp", CK_NEW_QP, "Ellen Marchetti", "Rajiv Okafor"),
        (CK, "fls", CK_COVID, "drilling, that", "COVID-19")))
    assert_groups_reworded(SET, (
        (OW, "dated", "/20", "AWST"),
        (PW, "dateline", "/Petrowire/", " · "),
        (OW, "byline", "By ", " · "),
        (FQ, "dated", "-20", "Published "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in ((MD, "referencia", REFERENCIA_COBRE), (CK, "about", CK_LAND)):
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert rendered(SET, MR, "copyright", d(2017, 6, 21)).startswith("© 2003–2017 ")
    assert rendered(SET, MR, "copyright", d(2020, 6, 21)).startswith("© 2003–2020 ")

    def rigs(year: int) -> list[int]:
        return [int(m[1]) for day in every_day() if day.year == year and day.weekday() == 4
                if (m := re.search(r": (\d+) \(", on(PW, "rigs", day)))]

    assert max(rigs(2020)[26:]) < 0.7 * min(rigs(2019))
    assert any("(unch.)" in on(YW, "spot", day) for day in every_day())
    spot = {day: float(re.search(r"US\$([\d.]+)", on(YW, "spot", day))[1])
            for day in (d(2016, 11, 25), d(2020, 5, 22))}
    assert spot[d(2016, 11, 25)] < 22 < 30 < spot[d(2020, 5, 22)]
    gold = [int(re.sub(r"\D", "", re.search(r"A\$([\d,]+)", on(OW, "strip", d(y, 6, 3)))[1]))
            for y in range(2015, 2021)]
    assert gold[-1] > 1.4 * gold[0]
    texts = group_lines(SET, CK, "about")
    assert len({m[1] for t in texts if (m := re.search(r"holding ([\d,]+) hectares", t))}) >= 2


def test_several_languages_and_scripts() -> None:
    cyrillic = r"[\u0400-\u04ff]"
    assert_groups_in_script(SET, (
        (MR, "rubrika", cyrillic), (MR, "istochnik", cyrillic), (MR, "kurs", cyrillic),
        (MR, "rekomendaciya", cyrillic), (MR, "chitayte", cyrillic), (MR, "smi", cyrillic),
        (MD, "reproduccion", r"[áéíóúñ]"), (BP, "reproducao", r"[ãçéó]"),
        (EM, "bourse", r"[éèàô]"), (MM, "advies", r"[ëê]"), (TK, "disclaimer", r"\bsaham\b"),
        (TK, "tanggal", r"\bWIB$"), (MD, "dolar", r"Dólar")))
    assert any(t.endswith("EST") for t in group_lines(SET, PW, "dateline"))
    assert any(t.endswith("EDT") for t in group_lines(SET, PW, "dateline"))
    assert any("МСК" in t for t in group_lines(SET, MR, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{OW}/dated", f"{OW}/byline", f"{OW}/read-next", f"{OW}/kicker",
                         f"{OW}/caption", f"{OW}/codes", f"{OW}/copyright", f"{OW}/strip",
                         f"{PW}/dateline", f"{PW}/source", f"{PW}/tickers", f"{PW}/original",
                         f"{FQ}/dated", f"{FQ}/assessment"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{OW}/publisher", f"{OW}/copyright", f"{OW}/advice", f"{PW}/fls-text",
        f"{PW}/fls-head", f"{FQ}/methodology", f"{FQ}/not-advice"))
    assert_carried_share(docs, OW, [
        ("dated", 0.8, 0.98), ("read-next", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("strip", 0.12, 0.4), ("notice", 0.15, 0.45), ("disclosure", 0.03, 0.25)])
    assert_carried_share(docs, PW, [("dateline", 0.8, 0.98), ("source", 0.45, 0.75),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{OW}/read-next", f"{OW}/advert", f"{MD}/publicidad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((OW, "caption"), (PW, "related"), (FQ, "assessment"),
                               (MD, "foto"), (BP, "foto"), (EM, "lire"), (MR, "chitayte"),
                               (TK, "iklan"), (MM, "lees"), (YW, "previously")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (OW, "correction", 16), (PW, "correction"), (FQ, "correction"), (MD, "erratas"),
        (BF, "halt"), (BF, "correction"), (BP, "correcao"), (EM, "erratum"),
        (MR, "ispravlenie"), (TK, "ralat"), (MM, "regstelling"), (CK, "correction"),
        (YW, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{OW}/read-next", "Read next: "), (f"{PW}/related", "Related: "),
        (f"{MD}/lee", "Lee también: "), (f"{BP}/leia", "Leia também: "),
        (f"{EM}/lire", "À lire aussi : "), (f"{MR}/chitayte", "Читайте также: "),
        (f"{TK}/baca", "Baca juga: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (OW, "advert", "Advertisement"), (MD, "publicidad", "PUBLICIDAD"),
        (BP, "publicidade", "PUBLICIDADE"), (EM, "publicite", "Publicité"),
        (MR, "reklama", "Реклама"), (TK, "iklan", "ADVERTISEMENT"),
        (MM, "advertensie", "Advertensie"), (PW, "ends", "###"), (MR, "vozrast", "18+"),
        (CK, "highlights", "Highlights"), (FQ, "table-head", "Metal | Price | Change"),
        (BF, "ends", "-ENDS-"), (CK, "on-behalf", "ON BEHALF OF THE BOARD")))
    assert_group_values_from_pool(SET, (
        (OW, "kicker", "kicker"), (MD, "seccion", "seccion"), (BP, "editoria", "editoria"),
        (EM, "rubrique", "rubrique"), (MR, "rubrika", "rubrika"), (TK, "kanal", "kanal"),
        (MM, "afdeling", "afdeling")))
    for style, family, prefix, pool_name in (
            (BP, "acoes", "Empresas citadas (B3): ", "acoes"),
            (MR, "tikery", "Тикеры на Мосбирже: ", "tikery"),
            (MM, "jse", "JSE-kodes: ", "jse"),
            (OW, "codes", "Companies in this story: ASX ", "asx")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        whole = [t for t in lines if t.startswith(prefix)]  # small edits aside
        assert lines and len(whole) >= 0.9 * len(lines), (style, family)
        codes = {c for t in whole for c in t.removeprefix(prefix).split(", ")}
        assert codes <= pool(SET, style, pool_name), (style, family)
    codes = {norm(t) for t in group_lines(SET, OW, "codes")}
    assert any("," in t for t in codes) and any("," not in t for t in codes)
    holes = {m[1] for t in group_lines(SET, CK, "intercept") if (m := re.match(r"Hole (\S+):",
                                                                             norm(t)))}
    assert len(holes) >= 3


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (OW, "advert", "Advertisement"),
        (PW, "ends", "###"),
        (FQ, "not-advice", "Our prices are published for information only and are not "
                           "investment advice."),
        (MR, "vozrast", "18+")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        OW: (["advice", "disclosure", "publisher", "copyright"], 3),
        PW: (["fls-head", "fls-text", "contact", "source", "ends"], 4),
        FQ: (["table-head", "lme-cu", "lme-al", "lme-ni", "lme-zn"], 3),
        MD: (["reproduccion", "editorial"], 2),
        BF: (["competent-head", "competent", "fls", "ends"], 3),
        BP: (["reproducao", "direitos"], 2),
        EM: (["personne-qualifiee", "enonces", "bourse"], 2),
        MR: (["copyright", "smi", "vozrast"], 3),
        TK: (["redaksi", "hak-cipta"], 2),
        MM: (["adres", "kopiereg"], 2),
        CK: (["on-behalf", "signed", "contact"], 3),
        YW: (["spot", "conversion", "term"], 2)})


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
    for domain, family in DAILY + TRADING:
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
