"""The held-back-55 template set (`tests.bench.heldout_templates_55`): its localised dates
(printed day by day, one beside the tabular Hijri date, one beside the Amazigh date on the
Julian calendar, one with its time zone turning with summer time, one with the Tuvan
numbered months), the issue number that grows each day, the crawling exchange rate, the
redenominated currency, the fuel price changed and changed back, the notices it rewords by
date, the calendars and seasons some notices follow (votes, storms, the 2020 epidemic,
Ramadan and the Eids, a lunar new year, carnival, national days with their counts and
ordinals), the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles have few articles of
their own (the generator's Zipf sizes), so several checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_55 import (
    AMAZIGH_MONTHS,
    BH_FIRST_ISSUE,
    BH_VAT,
    EC_LOC,
    EC_REDESIGN,
    EID_FITR_GULF,
    FIRST_DAY,
    GI_RATES,
    HIJRI_MONTHS,
    LAST_DAY,
    MA_PRESS_CODE,
    MA_TIFINAGH,
    NI_CRAWL,
    RAMADAN_GULF,
    SHAGAA,
    ST_DOBRA,
    TUVAN_MONTHS,
    agbogboza,
    amazigh_year,
    bh_issue,
    cest,
    cordobas,
    hijri,
    julian,
    mardi_gras,
    nth_weekday,
    ordinal,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_in_scripts,
    assert_groups_mostly_bare,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    template,
    wording_on,
    wordings_by_start,
)

SET = "held-back-55"
SITES = ("La Crónica del Estero", "أصداء المحرق", "Tifawin Souss", "The Levanter Post",
         "Тываның үнү", "Voz de la Costa Caribe", "Le Courrier de Basse-Terre", "Ecos do Ôbo",
         "Karthala Hebdo", "Le Messager de Kpalimé", "Ngerulmud Observer", "The Stanley Wind")
EC, BH, MA, GI = ("cronicadelestero.com.ec", "asdaamuharraq.bh", "tifawinsouss.ma",
                  "levanterpost.gi")
TY, NI, GP, ST = ("tyvanyn-unu.ru", "vozcostacaribe.com.ni", "courrierbasseterre.gp",
                  "ecosdoobo.st")
KM, TG, PW, FK = ("karthalahebdo.km", "messagerkpalime.tg", "ngerulmudobserver.pw",
                  "stanleywind.co.fk")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((EC, "fecha"), (BH, "tarikh"), (BH, "adad"), (MA, "tarikh"), (GI, "date"),
         (TY, "data"), (NI, "cambio"), (GP, "publie"), (ST, "data"), (KM, "date"),
         (TG, "date"), (PW, "date"), (FK, "date"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((EC, "aviso"), (BH, "tabiouna"), (MA, "tabiouna"), (GI, "briefing"),
           (TY, "podpiska"), (NI, "siguenos"), (GP, "alerte"), (ST, "siga"), (KM, "kiosque"),
           (TG, "woezo"), (PW, "notice"), (FK, "notice"))

# A day no notice of the set turns for an event on.
QUIET = d(2016, 3, 10)


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 19), d(2018, 11, 24), d(2020, 3, 20), LAST_DAY))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(EC, "fecha", old, r"Guayaquil, sábado 5 de marzo de 2016")
    full(EC, "fecha", new, r"21/06/2019 · \d\d:\d\d · Guayaquil")
    full(EC, "por", old, r"Por Ada Brook \| [A-Z][a-zó]+")
    full(EC, "por", new, r"Ada Brook · Redacción [A-Z][a-zó]+")
    full(BH, "tarikh", old, r"السبت 5 مارس 2016م - 25 جمادى الأولى 1437هـ")
    full(BH, "tarikh", new, r"الجمعة 21 يونيو 2019م - 17 شوال 1440هـ")
    full(BH, "adad", new, rf"العدد {(new - BH_FIRST_ISSUE).days + 1}")
    full(BH, "kataba", new, r"كتب: Ada Brook")
    full(MA, "tarikh", old, r"السبت 5 مارس 2016")
    full(MA, "tarikh", new, r"الجمعة 21 يونيو 2019 \| 8 ⵢⵓⵏⵢⵓ 2969")
    full(MA, "tarikh", d(2018, 8, 20), r"الإثنين 20 غشت 2018 \| 7 ⵖⵓⵛⵜ 2968")
    full(MA, "biqalam", new, r"بقلم: Ada Brook")
    full(GI, "date", old, r"Sat, 5 Mar 2016 – \d\d:\d\d CET")
    full(GI, "date", new, r"Fri, 21 Jun 2019 – \d\d:\d\d CEST")
    full(GI, "byline", new, r"Written by Ada Brook")
    full(TY, "data", old, r"5 марта 2016 · 2016 чылдың үш айның 5")
    full(TY, "data", d(2019, 11, 21), r"21 ноября 2019 · 2019 чылдың он бир айның 21")
    full(TY, "vremya", new, r"\d\d:\d\d \(\d\d:\d\d мск\)")
    full(NI, "lugar", new, r"[A-Za-z ]+, RACC[NS] \| 21 de junio de 2019")
    full(GP, "publie", old, r"Publié le samedi 5 mars 2016 à \d\d:\d\d")
    full(GP, "maj", new, r"Mis à jour le 21 juin 2019 à \d\d:\d\d")
    full(ST, "data", old, r"São Tomé, 5 de Março de 2016")
    full(ST, "por", old, r"Por Ada Brook")
    full(ST, "por", new, r"Texto: Ada Brook")
    full(KM, "date", new, r"Moroni, le vendredi 21 juin 2019 / 17 شوال 1440")
    full(TG, "date", new, r"Kpalimé, le 21/06/2019")
    full(PW, "date", new, r"Friday, June 21, 2019 \| Koror, Republic of Palau")
    full(FK, "date", new, r"Friday 21 June 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for day in every_day():
        assert f"{day.day} " in on(EC, "fecha", day) or (
            on(EC, "fecha", day).startswith(f"{day.day:02d}/{day.month:02d}/{day.year}"))
        hy, hm, hd = hijri(day)
        assert on(BH, "tarikh", day).endswith(f"{hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ")
        assert on(KM, "date", day).endswith(f"/ {hd} {HIJRI_MONTHS[hm - 1]} {hy}")
        assert on(BH, "adad", day) == f"العدد {bh_issue(day)}"
        ma = on(MA, "tarikh", day)
        assert ("|" in ma) == (day >= MA_TIFINAGH), day
        if day >= MA_TIFINAGH:
            j = julian(day)
            assert ma.endswith(f"| {j.day} {AMAZIGH_MONTHS[j.month - 1]} {amazigh_year(day)}")
        assert on(GI, "date", day).endswith("CEST" if cest(day) else "CET")
        assert f" {TUVAN_MONTHS[day.month - 1]} айның {day.day}" in on(TY, "data", day)
        assert on(TG, "date", day) == f"Kpalimé, le {day:%d/%m/%Y}"
        assert on(FK, "date", day).endswith(f" {day.day} {day:%B} {day.year}")
    for domain, family in DAILY:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) == len(every_day()), (domain, family)
    issues = [bh_issue(day) for day in every_day()]
    assert issues == list(range(issues[0], issues[0] + len(issues)))


def test_calendar_helpers() -> None:
    assert hijri(d(2019, 3, 12)) == (1440, 7, 5)
    assert hijri(d(2020, 4, 24)) == (1441, 9, 1)
    # The sites' Ramadan and Eid days are within a day of the tabular calendar's.
    for days, month in ((RAMADAN_GULF, 9), (EID_FITR_GULF, 10)):
        for y, day in days.items():
            _, m, dd = hijri(d.fromisoformat(day))
            assert (m, dd) in ((month - 1, 29), (month - 1, 30), (month, 1), (month, 2)), y
    # Every Hijri month has 29 or 30 days, and the days run on without a gap.
    lengths: Counter[tuple[int, int]] = Counter(hijri(day)[:2] for day in every_day())
    assert set(list(lengths.values())[1:-1]) <= {29, 30}
    assert julian(d(2019, 1, 14)) == d(2019, 1, 1)
    assert amazigh_year(d(2019, 1, 13)) == 2968 and amazigh_year(d(2019, 1, 14)) == 2969
    assert not cest(d(2019, 3, 30)) and cest(d(2019, 3, 31)) and not cest(d(2019, 10, 27))
    assert mardi_gras(2019) == d(2019, 3, 5) and mardi_gras(2020) == d(2020, 2, 25)
    assert all(agbogboza(y).weekday() == 5 and agbogboza(y).day <= 7 for y in range(2015, 2021))
    assert nth_weekday(2019, 3, 6, -1) == d(2019, 3, 31)
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 38)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "38th"]


def test_notices_follow_their_calendars() -> None:
    checks = (
        (EC, "aviso", d(2016, 4, 20), "Terremoto 7,8"),
        (EC, "aviso", d(2017, 2, 19), "Elecciones 2017"),
        (EC, "aviso", d(2019, 3, 24), "Seccionales 2019"),
        (EC, "aviso", d(2020, 4, 10), "toque de queda"),
        (EC, "aviso", d(2018, 7, 25), "Guayaquil cumple 483 años"),
        (EC, "aviso", d(2019, 10, 9), "199 años de la Independencia"),
        (EC, "aviso", mardi_gras(2018), "Feriado de Carnaval 2018"),
        (EC, "aviso", d(2016, 3, 10), "Síguenos en Twitter: @CronicaEstero"),
        (EC, "aviso", d(2018, 3, 10), "Síguenos en Twitter e Instagram"),
        (BH, "tabiouna", d(2018, 11, 24), "الانتخابات النيابية"),
        (BH, "tabiouna", d(2019, 5, 20), "رمضان كريم"),
        (BH, "tabiouna", d(2019, 6, 4), "عيدكم مبارك"),
        (BH, "tabiouna", d(2018, 8, 21), "عيد أضحى مبارك"),
        (BH, "tabiouna", d(2019, 12, 16), "العيد الوطني المجيد الـ48"),
        (BH, "tabiouna", d(2020, 4, 2), "فيروس كورونا"),
        (MA, "tabiouna", d(2019, 1, 13), "ⴰⵙⴳⴳⵯⴰⵙ ⴰⵎⴰⵢⵏⵓ 2969"),
        (MA, "tabiouna", d(2016, 10, 7), "الانتخابات التشريعية"),
        (MA, "tabiouna", d(2018, 7, 30), "الذكرى 19 لعيد العرش"),
        (MA, "tabiouna", d(2020, 11, 6), "الذكرى 45 للمسيرة الخضراء"),
        (MA, "tabiouna", d(2016, 3, 10), "Suivez Tifawin Souss sur Facebook"),
        (MA, "tabiouna", d(2019, 3, 10), "ⴹⴼⵕ ⵜⵉⴼⴰⵡⵉⵏ ⵙⵓⵙ"),
        (GI, "briefing", d(2016, 6, 24), "EU referendum"),
        (GI, "briefing", d(2019, 10, 17), "General Election 2019"),
        (GI, "briefing", d(2020, 1, 31), "Brexit day"),
        (GI, "briefing", d(2020, 4, 10), "Stay home"),
        (GI, "briefing", d(2020, 12, 31), "New Year's Eve agreement"),
        (GI, "briefing", d(2017, 9, 10), "50 years since the 1967 referendum"),
        (TY, "podpiska", d.fromisoformat(SHAGAA[2019]), "Шагаа-биле"),
        (TY, "podpiska", d(2020, 8, 15), "Наадым-2020 · 99 лет"),
        (TY, "podpiska", d(2020, 7, 1), "поправкам к Конституции"),
        (TY, "podpiska", d(2016, 3, 10), "vk.com/tyvanyn_unu"),
        (TY, "podpiska", d(2019, 3, 10), "Telegram"),
        (NI, "siguenos", d(2016, 11, 25), "Huracán Otto"),
        (NI, "siguenos", d(2020, 11, 17), "Eta e Iota"),
        (NI, "siguenos", d(2018, 5, 15), "Palo de Mayo 2018"),
        (GP, "alerte", d(2017, 9, 19), "Ouragan Maria"),
        (GP, "alerte", mardi_gras(2019), "Carnaval 2019"),
        (GP, "alerte", d(2018, 5, 27), "170 ans de l'abolition"),
        (GP, "alerte", d(2016, 3, 10), "lettre d'information"),
        (GP, "alerte", d(2019, 3, 10), "WhatsApp"),
        (ST, "siga", d(2020, 7, 12), "45.º aniversário"),
        (ST, "siga", d(2018, 2, 3), "65 anos do Massacre de Batepá"),
        (ST, "siga", d(2017, 8, 15), "Auto de Floripes"),
        (ST, "siga", d(2018, 10, 7), "Legislativas"),
        (KM, "kiosque", d(2018, 7, 30), "Référendum"),
        (KM, "kiosque", d(2019, 7, 6), "44 ans d'indépendance"),
        (KM, "kiosque", d(2019, 8, 10), "grands mariages 2019"),
        (KM, "kiosque", d(2017, 6, 10), "Ramadan Mubarak"),
        (TG, "woezo", d(2020, 4, 27), "60e anniversaire"),
        (TG, "woezo", agbogboza(2018), "Agbogbo-za 2018"),
        (TG, "woezo", d(2020, 2, 22), "Présidentielle 2020"),
        (PW, "notice", d(2019, 7, 9), "Happy 38th Constitution Day"),
        (PW, "notice", d(2020, 10, 1), "26 years of the Republic"),
        (PW, "notice", d(2020, 11, 5), "General Election 2020"),
        (PW, "notice", d(2020, 5, 1), "Borders closed"),
        (FK, "notice", d(2017, 6, 14), "the 35th anniversary"),
        (FK, "notice", d(2019, 12, 8), "105 years since the Battle"),
        (FK, "notice", d(2018, 12, 26), "Christmas Races 2018"),
        (FK, "notice", d(2020, 11, 12), "Mine clearance complete"),
    )
    for domain, family, day, words in checks:
        assert words in on(domain, family, day), (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        assert len(wordings_by_start(SET, domain, family)[0]) >= 10, (domain, family)
        texts = {on(domain, family, day) for day in every_day()}
        assert on(domain, family, QUIET) in texts and len(texts) >= 6, (domain, family)


def test_notices_that_follow_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Veda de langosta" in on(NI, "veda", d(y, 4, 10))
        assert "Abierta" in on(NI, "veda", d(y, 9, 10))
        assert "Temporada invernal" in on(EC, "invierno", d(y, 2, 10))
        assert "Temporada invernal" not in on(EC, "invierno", d(y, 8, 10))
        assert "🔥" in on(TY, "otoplenie", d(y, 1, 10)) and "☀️" in on(TY, "otoplenie",
                                                                       d(y, 7, 10))
        assert "Sargasses" in on(GP, "saison", d(y, 5, 1))
        assert "Saison cyclonique" in on(GP, "saison", d(y, 9, 1))
        assert "Intercampagne" in on(TG, "campagne", d(y, 6, 1))
        assert "Ouverture" in on(TG, "campagne", d(y, 11, 1))
        june, december = on(BH, "salat", d(y, 6, 15)), on(BH, "salat", d(y, 12, 15))
        assert "الفجر 3:12" in june and "الفجر 4:45" in december
    prayer = {on(BH, "salat", day) for day in every_day()}
    assert len(prayer) == 12


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (EC, "por", EC_REDESIGN, "Por ", "Redacción"),
        (EC, "lea", EC_REDESIGN, "Lea también", "► Te puede interesar"),
        (EC, "defensor", EC_LOC, "Defensora de las audiencias", "lectores@"),
        (BH, "ishtirak", BH_VAT, "36 ديناراً", "ضريبة القيمة المضافة"),
        (MA, "qanun", MA_PRESS_CODE, "ملف التصريح", "88.13"),
        (ST, "cambio", ST_DOBRA, "24.500,00 Dbs", "24,50 STN"),
        (ST, "preco", ST_DOBRA, "25.000 Dbs", "25 STN"),
        (ST, "voos", d(2019, 4, 1), "STP Airways", "euroAtlantic"),
        (KM, "prix", d(2019, 1, 7), "300 KMF", "400 KMF"),
        (PW, "visitors", d(2017, 12, 7), "respect our reefs", "Palau Pledge"),
        (PW, "visitors", d(2020, 1, 1), "Palau Pledge", "sunscreen"),
        (FK, "flights", d(2020, 3, 20), "every Saturday", "suspended")))
    for style, family, old, new in (
            (EC, "lea", "Lea también", "► Te puede interesar"), (ST, "cambio", "Dbs", "STN"),
            (BH, "ishtirak", "36 ديناراً", "37.800")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert any(old in t for t in lines) and any(new in t for t in lines), (style, family)


def test_exchange_rates_and_prices() -> None:
    # The córdoba crawls down against the dollar every day: 5% a year, then 3%.
    rates = [cordobas(day) for day in every_day()]
    assert all(a < b for a, b in zip(rates, rates[1:], strict=False))
    assert 26.5 < rates[0] < 26.7 and 34 < rates[-1] < 35.5
    year = dt.timedelta(days=365)
    assert abs(cordobas(d(2018, 1, 1)) / cordobas(d(2018, 1, 1) - year) - 1.05) < 1e-9
    assert abs(cordobas(NI_CRAWL + year) / cordobas(NI_CRAWL) - 1.03) < 1e-9
    for day in every_day():
        assert re.fullmatch(r"💵 Tipo de cambio oficial BCN: C\$ \d\d\.\d{4} por US\$ 1",
                            on(NI, "cambio", day))
    # The fuel price: raised on 3 October 2019, restored eleven days later, banded in 2020.
    assert "$1,48" in on(EC, "combustible", d(2019, 10, 2))
    assert "$2,30" in on(EC, "combustible", d(2019, 10, 3))
    assert "$1,48" in on(EC, "combustible", d(2019, 10, 14))
    bands = {on(EC, "combustible", day) for day in every_day() if day >= d(2020, 7, 12)}
    assert len(bands) == 6 and all("Banda de precios" in t for t in bands)
    # Sterling in euros: a wording per rate, the referendum's fall.
    starts = [start for start, _ in GI_RATES]
    assert starts == sorted(starts)
    assert "€1.30" in on(GI, "sterling", d(2016, 6, 23))
    assert "€1.22" in on(GI, "sterling", d(2016, 6, 24))
    texts = [norm(t) for t in group_lines(SET, GI, "sterling")]
    assert len({re.search(r"€(\d\.\d\d)", t)[1] for t in texts if "€" in t}) >= 5


def test_several_languages_and_scripts() -> None:
    arabic, tifinagh, cyrillic, latin = (r"[\u0600-\u06ff]", r"[\u2d30-\u2d7f]",
                                         r"[\u0400-\u04ff]", r"[A-Za-z]")
    assert_groups_in_script(SET, ((BH, "tarikh", arabic), (BH, "kataba", arabic),
                                  (BH, "huquq", arabic), (MA, "tarikh", arabic),
                                  (MA, "biqalam", arabic), (TY, "data", cyrillic),
                                  (TY, "svidetelstvo", cyrillic), (KM, "date", arabic)))
    assert_groups_in_scripts(SET, ((MA, "masthead", (tifinagh, arabic)),
                                   (MA, "tanmmirt", (tifinagh, arabic, latin)),
                                   (KM, "date", (arabic, latin)),
                                   (TY, "ekii", (cyrillic,))))
    dated = [norm(t) for t in group_lines(SET, MA, "tarikh")]
    assert any(re.search(tifinagh, t) for t in dated) and any(
        not re.search(tifinagh, t) for t in dated)
    for style, family, words in ((TY, "chettirdim", ("Четтирдим", "Спасибо")),
                                 (TY, "ekii", ("Экии",)),
                                 (NI, "tingki", ("Tingki pali", "Tanks")),
                                 (NI, "kriol", ("fram di Coast",)),
                                 (GP, "mesi", ("Mèsi",)), (GP, "bonjou", ("Bonjou",)),
                                 (ST, "desu", ("Dêsu pagá", "Obrigado")),
                                 (KM, "marahaba", ("Marahaba", "Merci")),
                                 (TG, "akpe", ("Akpe", "Merci")),
                                 (PW, "sulang", ("Sulang",)), (PW, "alii", ("Alii",)),
                                 (GI, "llanito", ("Ya tu sabes",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.75 * len(lines)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{EC}/fecha", f"{EC}/lea", f"{EC}/por", f"{EC}/aviso",
                         f"{BH}/tarikh", f"{BH}/adad", f"{BH}/iqra", f"{MA}/tarikh",
                         f"{GI}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{EC}/comentarios", f"{EC}/derechos", f"{EC}/whatsapp", f"{BH}/unwan",
        f"{MA}/taaliq", f"{GI}/office"))
    assert_carried_share(docs, EC, [
        ("fecha", 0.72, 0.97), ("aviso", 0.2, 0.5), ("lea", 0.4, 0.65),
        ("aguaje", 0.0, 0.1)])
    assert_carried_share(docs, BH, [("tarikh", 0.65, 0.95), ("ghubar", 0.0, 0.12)])
    for fam in (f"{EC}/lea", f"{BH}/iqra"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{EC}/foto", f"{BH}/ilan"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((MA, "iqra"), (GI, "alsoread"), (NI, "lee"), (ST, "leia"),
                               (KM, "rubrique"), (PW, "also"), (FK, "also")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (EC, "aguaje"), (BH, "ghubar"), (MA, "indhar"), (GI, "macaques"), (TY, "led"),
        (NI, "vuelos"), (GP, "soufriere"), (ST, "emae"), (KM, "bateau"), (TG, "travaux"),
        (PW, "typhoon"), (FK, "penguins")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    links = ((f"{EC}/lea", ("Lea también: ", "► Te puede interesar: ")),
             (f"{BH}/iqra", ("اقرأ أيضاً: ",)),
             (f"{MA}/iqra", ("⇐ اقرأ أيضا: ",)),
             (f"{GI}/alsoread", ("Also read ➔ ",)),
             (f"{TY}/chitayte", ("Читайте также: ",)),
             (f"{NI}/lee", ("Lee además ➤ ",)),
             (f"{GP}/alire", ("À lire aussi ➞ ",)),
             (f"{ST}/leia", ("Leia também ▸ ",)))
    for fam, prefixes in links:
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = set()
        for t in texts:
            for prefix in prefixes:
                if t.startswith(prefix):
                    linked.add(t.removeprefix(prefix))
                    break
        assert linked & titles, fam
    families = {fam.partition("/")[2] for fam, _ in links} | {
        "rubrique", "lire", "also"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BH, "ilan", "مساحة إعلانية"), (MA, "ichhar", "— إشهار —"),
        (MA, "francais", "Version française ▸"), (GI, "advert", "Advertisement"),
        (TY, "vozrast", "18+"), (TG, "pub", "Publicité"),
        (PW, "sulang", "Sulang for reading!"), (GP, "bonjou", "Bonjou tout moun !")))
    publicidad = [norm(t) for t in group_lines(SET, EC, "publicidad")]
    assert "PUBLICIDAD" in publicidad and "- Publicidad -" in publicidad
    assert_group_values_from_pool(SET, (
        (EC, "seccion", "seccion"), (BH, "qism", "qism"), (GI, "kicker", "kicker"),
        (TY, "vremya", "vremya"), (TG, "rubrique", "rubrique")))
    for style, family, pattern, pool_name in (
            (EC, "foto", r"^Foto: (.+) / ", "foto"), (MA, "madina", r"^(.+) –$", "madina"),
            (GI, "pic", r"^Pic: (.+)$", "pic"), (NI, "lugar", r"^(.+) \| ", "lugar"),
            (GP, "par", r", à (.+)$", "commune"), (KM, "par", r"correspondant à (.+)$", "ile"),
            (FK, "camp", r"^From Camp: (.+)$", "settlement")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    for style, family, prefix, pool_name in ((TY, "tegi", "Теги: ", "teg"),
                                             (GP, "motscles", "Mots-clés : ", "motcle")):
        items = [i for t in group_lines(SET, style, family)
                 for i in norm(t).removeprefix(prefix).split(", ")]
        assert items and sum(i in pool(SET, style, pool_name) for i in items) >= 0.9 * len(
            items), (style, family)


def test_beats_follow_the_writer() -> None:
    """The beat under a byline is the writer's: a writer keeps one beat."""
    beats: dict[tuple[str, str], set[str]] = {}
    for doc in group_docs(SET, GI):
        names = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        if "byline" in names and "beat" in names:
            beats.setdefault((doc.publisher, names["byline"]), set()).add(names["beat"])
    assert len(beats) >= 3
    assert sum(len(v) == 1 for v in beats.values()) >= 0.75 * len(beats)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        GI: (["byline", "beat"], 2), BH: (["huquq", "unwan"], 2),
        MA: (["idaa", "qanun", "huquq"], 3), TY: (["vozrast", "svidetelstvo", "ssylka"], 3),
        PW: (["editor", "copyright"], 2), KM: (["marahaba", "abonnement", "annonces"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert EC in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
