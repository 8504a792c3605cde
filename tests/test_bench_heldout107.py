"""The held-back-107 template set (`tests.bench.heldout_templates_107`): its localised dates
(printed day by day in Brazilian and African Portuguese, Chinese, Kriol, Tetum, Japanese and
English, several changing form on the day of a redesign, a weekly by its issue number), the
lines that turn every day, week or month (the real, the kwanza with its 2018 float, the
metical, the escudo and the pataca on working days, the tide and a river's level every day, a
radio's programme by weekday, the price of petrol every month), the dobra's redenomination,
the seasons of rains, cacimbo, gravana, cyclones, typhoons, fires and snow, the notices it
rewords by date, the calendars some notices follow (votes and run-offs, an impeachment, the
put-off municipal votes of 2020, a strike, a water crisis, an outbreak, an oil spill, cyclones,
typhoons, casinos shut, states of emergency, national days with their counts, carnivals by
Easter, the Galo da Madrugada, Sao Joao, Kola San Jon, the Auto de Floripes, the Cairé, a
Cirio, the Lunar New Year, the dragon boats, the Grand Prix, the Tanabata and the immigration's
anniversary, events called off in 2020), the amounts in its appeals and prices, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, thanksgiving
from tests.bench.heldout_templates_107 import (
    AO_REDESIGN,
    CP_REDESIGN,
    CV_REDESIGN,
    FIRST_DAY,
    GRAND_PRIX,
    GW_PROGRAMMES,
    GW_REDESIGN,
    JP_REDESIGN,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    MO_REDESIGN,
    MZ_REDESIGN,
    NEW_DOBRA,
    PE_REDESIGN,
    PIX_LAUNCH,
    TL_REDESIGN,
    ZODIAC,
    aoa_rate,
    brl_rate,
    broken_line,
    comma,
    cve_rate,
    high_tide,
    jp_issue,
    made_up,
    mop_rate,
    mzn_rate,
    petrol_cents,
    river_level,
    working_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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

SET = "held-back-107"
SITES = ("Gazeta Campineira", "Jornal Kianda", "Voz do Índico", "蓮島日報", "Achada Notícias",
         "Portal Capibaribe", "Rádio Bandim", "Ossobó Notícias", "Tais Diariu", "リベルダーデ週報",
         "Tapajós em Pauta", "Brazuca Mass")
CP, AO, MZ, MO = ("gazetacampineira.com.br", "jornalkianda.co.ao", "vozdoindico.co.mz",
                  "lintouyatpou.com.mo")
CV, PE, GW, ST = ("achadanoticias.cv", "portalcapibaribe.com.br", "radiobandim.gw",
                  "ossobonoticias.st")
TL, JP, SA, US = ("taisdiariu.tl", "liberdadeshuho.com.br", "tapajosempauta.com.br",
                  "brazucamass.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CP, "data"), (AO, "data"), (MZ, "data"), (MO, "riqi"), (CV, "data"), (PE, "data"),
         (GW, "data"), (ST, "data"), (TL, "data"), (JP, "hizuke"), (SA, "data"), (US, "data"))
# The lines that turn every day, every week, on working days or every month.
PERIODIC = ((CP, "dolar"), (AO, "cambio"), (MZ, "metical"), (MO, "huilu"), (CV, "cambio"),
            (PE, "mare"), (GW, "aos"), (TL, "gazolina"), (JP, "gou"), (JP, "kawase"),
            (SA, "rio"), (US, "cambio"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CP, "aviso"), (AO, "aviso"), (MZ, "aviso"), (MO, "gaoshi"), (CV, "aviso"),
           (PE, "aviso"), (GW, "aviso"), (ST, "aviso"), (TL, "avizu"), (JP, "oshirase"),
           (SA, "aviso"), (US, "aviso"))
SEASONAL = ((CP, "tempo"), (AO, "epoca"), (MZ, "epoca"), (MO, "jijie"), (CV, "epoca"),
            (PE, "epoca"), (GW, "epoca"), (ST, "epoca"), (TL, "tempu"), (JP, "kisetsu"),
            (SA, "epoca"), (US, "estacao"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 4, 28)
FIRST_WORDINGS = {
    CP: "Siga a Gazeta Campineira no Facebook e no Instagram",
    AO: "Siga-nos no Facebook: Jornal Kianda",
    MZ: "Siga a Voz do Índico no Facebook e no Twitter",
    MO: "歡迎讚好本報 Facebook 專頁",
    CV: "Sigi-nu na Facebook: Achada Notícias",
    PE: "Siga o Portal Capibaribe no Instagram",
    GW: "Manda bu anunsiu pa SMS: 955 000 000",
    ST: "Siga a Ossobó Notícias no Facebook",
    TL: "Tuir ami iha Facebook: Tais Diariu",
    JP: "フェイスブックで最新ニュースを配信中",
    SA: "Curta o Tapajós em Pauta no Facebook",
    US: "Curta a Brazuca Mass no Facebook",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 4, 16), d(2017, 8, 23), d(2018, 1, 1), d(2019, 3, 20),
        d(2019, 10, 15), d(2020, 4, 11), d(2020, 11, 16), LAST_DAY))


def test_helpers() -> None:
    assert comma(3.456) == "3,46" and comma(2.5, 1) == "2,5"
    points = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert broken_line(d(2015, 1, 6), points) == 5.0
    assert broken_line(d(2014, 1, 1), points) == 0 and broken_line(d(2016, 1, 1), points) == 10
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert jp_issue(d(2016, 3, 5)) == (jp_issue(d(2016, 3, 4))[0], d(2016, 3, 4))
    assert jp_issue(d(2016, 3, 11))[0] == jp_issue(d(2016, 3, 10))[0] + 1
    for day in every_day():
        work = working_day(day)
        assert brl_rate(day) == brl_rate(work) and aoa_rate(day) == aoa_rate(work)
        assert mzn_rate(day) == mzn_rate(work) and cve_rate(day) == cve_rate(work)
        assert mop_rate(day) == mop_rate(work)
        assert petrol_cents(day) == petrol_cents(day.replace(day=1))
        assert 2.6 <= brl_rate(day) <= 5.95 and 100 <= aoa_rate(day) <= 670
        assert 33 <= mzn_rate(day) <= 79 and 87 <= cve_rate(day) <= 106
        assert 7.97 <= mop_rate(day) <= 8.1 and 88 <= petrol_cents(day) <= 128
        assert -0.5 <= river_level(day) <= 8 and 1.7 <= high_tide(day)[2] <= 2.7
        assert 0 <= high_tide(day)[0] <= 12
        number, friday = jp_issue(day)
        assert friday.weekday() == 4 and 0 <= (day - friday).days < 7 and number > 1000
    assert 165 <= aoa_rate(d(2017, 6, 1)) <= 167 and aoa_rate(d(2019, 12, 20)) > 450
    assert brl_rate(d(2020, 5, 13)) > 5.5 > 3.5 > brl_rate(d(2017, 6, 1))
    assert mzn_rate(d(2016, 10, 14)) > 75 > 62 > mzn_rate(d(2018, 6, 1))
    assert river_level(d(2019, 5, 15)) > 7 > 2 > river_level(d(2019, 11, 15))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 12, 27)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CP, "data", old, "Campinas, sábado, 5 de março de 2016")
    full(CP, "data", new, r"Publicado em 27/12/2019 às \d\d:\d\d")
    full(CP, "dolar", new, r"💵 Dólar comercial hoje: R\$ 4,\d\d \(venda\)")
    full(AO, "data", old, "Luanda, sábado, 5 de Março de 2016")
    full(AO, "data", new, r"27\.12\.2019 \| \d\d:\d\d")
    full(AO, "cambio", new, r"Câmbio BNA \(referência\): 1 USD = 4\d\d,\d{3} Kz")
    full(MZ, "data", old, "Maputo, Sábado, 5 de Março de 2016")
    full(MZ, "data", new, r"Actualizado: 27 Dez 2019, \d\d:\d\d")
    full(MZ, "metical", new, r"Câmbio do dia: 1 USD = 6\d,\d\d MT")
    full(MO, "riqi", old, "2016年3月5日 星期六")
    full(MO, "riqi", new, r"2019-12-27 \d\d:\d\d")
    full(MO, "huilu", new, r"美元兌澳門元：8\.0\d{3}")
    full(CV, "data", old, "Sábado, 5 Março 2016")
    full(CV, "data", new, r"27/12/2019 · \d\d:\d\d")
    full(CV, "cambio", new, r"Câmbio BCV: 1 dólar = 9\d,\d\d escudos")
    full(PE, "data", old, r"Publicado em 05/03/2016, às \d\d:\d\d")
    full(PE, "data", new, r"sex, 27/12/2019 - \d\d:\d\d")
    full(PE, "mare", new, r"🌊 Tábua de marés \(Porto do Recife\): preamar às \d\dh\d\d, "
                          r"[12],\d m")
    full(GW, "data", old, "Bissau, 5 de março de 2016")
    full(GW, "data", new, r"Sesta-fera, 27\.12\.2019")
    full(GW, "aos", new, r"📻 Aós na Rádio Bandim \(sesta-fera\): Gumbé ku tina")
    full(ST, "data", old, "São Tomé, 5 de Março de 2016")
    full(ST, "data", new, r"Sexta, 27 Dez 2019 \d\d:\d\d")
    full(TL, "data", old, "Dili, Sábadu, 5 Marsu 2016")
    full(TL, "data", new, r"27/12/2019 · \d\d:\d\d · Dili")
    full(TL, "gazolina", new, r"⛽ Presu gazolina fulan Dezembru: US\$ 1,\d\d kada litru")
    full(JP, "hizuke", old, "2016年3月5日（土）")
    full(JP, "hizuke", new, r"2019/12/27 \d\d:\d\d")
    full(JP, "gou", old, r"第\d{4}号 2016年3月4日（金曜日）")
    full(JP, "kawase", new, r"【為替】1ドル＝4\.\d\dレアル")
    full(SA, "data", old, r"Santarém \(PA\), 5 de março de 2016")
    full(SA, "rio", new, r"🌊 Nível do rio Tapajós hoje: -?\d,\d\d m \(Porto de Santarém\)")
    full(US, "data", old, r"5 de março de 2016 \| March 5, 2016")
    full(US, "cambio", new, r"💱 Dólar hoje: US\$ 1 = R\$ 4,\d\d")
    full(CP, "autor", d(2019, 1, 3), r"Ada Brook — (repórter|editor de Cidades|colaborador|"
                                     r"repórter especial|estagiário sob supervisão)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(CP, "data", day).startswith("Publicado") == (day >= CP_REDESIGN)
        assert on(AO, "data", day).startswith("Luanda") == (day < AO_REDESIGN)
        assert on(MZ, "data", day).startswith("Actualizado") == (day >= MZ_REDESIGN)
        assert on(MO, "riqi", day).startswith(f"{day.year}年") == (day < MO_REDESIGN)
        assert (" · " in on(CV, "data", day)) == (day >= CV_REDESIGN)
        assert on(PE, "data", day).startswith("Publicado") == (day < PE_REDESIGN)
        assert on(GW, "data", day).startswith("Bissau") == (day < GW_REDESIGN)
        assert on(ST, "data", day).startswith("São Tomé") == (day < NEW_DOBRA)
        assert on(TL, "data", day).startswith("Dili") == (day < TL_REDESIGN)
        assert ("年" in on(JP, "hizuke", day)) == (day < JP_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((CP, "dolar"), (AO, "cambio"), (MZ, "metical"), (MO, "huilu"),
                           (CV, "cambio"), (JP, "kawase"), (US, "cambio")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    assert len(changes(PE, "mare")) == len(every_day()) - 1
    assert len(changes(SA, "rio")) >= 2000
    assert len(changes(GW, "aos")) == len(every_day()) - 1
    assert {on(GW, "aos", day).partition("): ")[2] for day in every_day()} == set(
        GW_PROGRAMMES)
    turned = changes(JP, "gou")
    assert len(turned) >= 300 and all(day.weekday() == 4 for day in turned)
    turned = changes(TL, "gazolina")
    assert 55 <= len(turned) <= 71 and all(day.day == 1 for day in turned)
    for day in every_day():
        assert f"R$ {comma(brl_rate(day))}" in on(CP, "dolar", day)
        assert f"R$ {comma(brl_rate(day))}" in on(US, "cambio", day)
        assert f"＝{brl_rate(day):.2f}" in on(JP, "kawase", day)
        assert comma(aoa_rate(day), 3) in on(AO, "cambio", day)
        assert comma(petrol_cents(day) / 100) in on(TL, "gazolina", day)
        assert f"{high_tide(day)[0]:02d}h{high_tide(day)[1]:02d}" in on(PE, "mare", day)
    assert "= 10" in on(AO, "cambio", d(2015, 1, 5)) and "= 16" in on(AO, "cambio",
                                                                        d(2017, 6, 5))
    assert "= 3" in on(AO, "cambio", d(2019, 1, 7)) and "= 6" in on(AO, "cambio",
                                                                      d(2020, 11, 2))


def test_the_new_dobra() -> None:
    for day in every_day():
        assert ("24.500" in on(ST, "cambio", day)) == (day < NEW_DOBRA)
        assert ("150.000" in on(ST, "assinatura", day)) == (day < NEW_DOBRA)
    assert "175 dobras" in on(ST, "assinatura", d(2020, 6, 1))
    assert_reworded_on(SET, ((ST, "cambio", NEW_DOBRA, "24.500", "24,5"),
                             (ST, "assinatura", NEW_DOBRA, "150.000", "150 dobras")))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Tempo seco" in on(CP, "tempo", d(y, 8, 20))
        assert "Inverno" in on(CP, "tempo", d(y, 7, 1)) and "chuvas" in on(CP, "tempo",
                                                                           d(y, 1, 10))
        assert "Cacimbo" in on(AO, "epoca", d(y, 7, 1))
        assert "chuvas" in on(AO, "epoca", d(y, 12, 1))
        assert "ciclónica" in on(MZ, "epoca", d(y, 2, 1))
        assert "fresca" in on(MZ, "epoca", d(y, 7, 1))
        assert "颱風" in on(MO, "jijie", d(y, 8, 1)) and "回南天" in on(MO, "jijie", d(y, 3, 1))
        assert "乾燥" in on(MO, "jijie", d(y, 12, 1))
        assert "azáguas" in on(CV, "epoca", d(y, 9, 1)) and "Bruma" in on(CV, "epoca",
                                                                         d(y, 1, 10))
        assert "Quadra chuvosa" in on(PE, "epoca", d(y, 6, 1))
        assert "tubarão" in on(PE, "epoca", d(y, 12, 1))
        assert "caju" in on(GW, "epoca", d(y, 5, 1)) and "tchuba" in on(GW, "epoca",
                                                                        d(y, 8, 1))
        assert "Gravana" in on(ST, "epoca", d(y, 7, 1))
        assert "Gravanito" in on(ST, "epoca", d(y, 12, 25))
        assert "chuvas" in on(ST, "epoca", d(y, 3, 1))
        assert "udan" in on(TL, "tempu", d(y, 1, 10)) and "bailoron" in on(TL, "tempu",
                                                                           d(y, 8, 1))
        assert "冬" in on(JP, "kisetsu", d(y, 7, 1)) and "夏" in on(JP, "kisetsu", d(y, 1, 10))
        assert "queimadas" in on(SA, "epoca", d(y, 10, 1))
        assert "Inverno amazônico" in on(SA, "epoca", d(y, 3, 1))
        assert "neve" in on(US, "estacao", d(y, 1, 10)) and "Verão" in on(US, "estacao",
                                                                         d(y, 7, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Campinas: the water crisis, the impeachment, the strike, the put-off municipal votes
    assert "Crise hídrica" in on(CP, "aviso", d(2015, 2, 10))
    assert "Câmara vota" in on(CP, "aviso", d(2016, 4, 17))
    assert "Senado" in on(CP, "aviso", d(2016, 8, 30))
    assert "caminhoneiros" in on(CP, "aviso", d(2018, 5, 25))
    assert "Segundo turno 2018" in on(CP, "aviso", d(2018, 10, 27))
    assert "adiadas" in on(CP, "aviso", d(2020, 11, 14))
    assert "adiadas" not in on(CP, "aviso", d(2020, 10, 4))
    assert counts_in(CP, "aviso", r"Carnaval (\d{4})") == years - {"2015"}  # the water crisis
    assert counts_in(CP, "aviso", r"Campinas (\d+) anos") == {str(n) for n in range(241, 247)}
    assert counts_in(CP, "aviso", r"(\d+) anos da Independência") == {
        str(n) for n in range(193, 199)}
    # Luanda: yellow fever, the vote, the emergency and calamity, Independence's count
    assert "Febre amarela" in on(AO, "aviso", d(2016, 3, 1))
    assert "Eleições Gerais 2017" in on(AO, "aviso", d(2017, 8, 25))
    assert "emergência" in on(AO, "aviso", d(2020, 4, 20))
    assert "calamidade" in on(AO, "aviso", d(2020, 6, 20))
    assert counts_in(AO, "aviso", r"(\d+) anos de Independência") == {
        str(n) for n in range(40, 46)} - {"43"}  # 2018's: the police operation
    assert counts_in(AO, "aviso", r"Dia da Paz: (\d+) anos") == {
        str(n) for n in range(13, 18)} - {"14"}  # 2016's: yellow fever; 2020's: the emergency
    assert counts_in(AO, "aviso", r"Carnaval de Luanda (\d{4})") == years - {"2016"}
    # Maputo: Idai, Kenneth, two votes, the emergency hides Independence's 45th
    assert "Idai" in on(MZ, "aviso", d(2019, 3, 20)) and "Kenneth" in on(MZ, "aviso",
                                                                         d(2019, 4, 27))
    assert "Autárquicas 2018" in on(MZ, "aviso", d(2018, 10, 12))
    assert counts_in(MZ, "aviso", r"(\d+) anos de Independência") == {
        str(n) for n in range(40, 45)}
    assert counts_in(MZ, "aviso", r"Reconciliação: (\d+) anos") == {
        str(n) for n in range(23, 29)} - {"26"}  # 2018's: the municipal vote
    assert counts_in(MZ, "aviso", r"celebra (\d+) anos") == {str(n) for n in range(128, 134)}
    # Macau: the typhoons, the votes, the casinos, the handover, the animals, the Grand Prix
    assert "天鴿" in on(MO, "gaoshi", d(2017, 8, 25)) and "山竹" in on(MO, "gaoshi",
                                                                     d(2018, 9, 16))
    assert "娛樂場暫停營業" in on(MO, "gaoshi", d(2020, 2, 10))
    assert "立法會選舉" in on(MO, "gaoshi", d(2017, 9, 15))
    assert counts_in(MO, "gaoshi", r"回歸祖國(\d+)周年") == {str(n) for n in range(16, 22)}
    for y, day in LUNAR_NEW_YEAR.items():
        assert f"{ZODIAC[y]}年大吉" in on(MO, "gaoshi", dt.date.fromisoformat(day)), y
    assert counts_in(MO, "gaoshi", r"第(\d+)屆澳門格蘭披治") == {str(n) for n in range(62, 68)}
    assert "取消" in on(MO, "gaoshi", d(2020, 6, 25))
    assert all(dt.date.fromisoformat(day).weekday() == 6 for day in GRAND_PRIX.values())
    # Praia: four votes, the emergency in Kriolu, Kola San Jon (not held in 2020)
    assert "Presidenciais 2016" in on(CV, "aviso", d(2016, 10, 1))
    assert "fika na kasa" in on(CV, "aviso", d(2020, 4, 15))
    assert counts_in(CV, "aviso", r"Kola San Jon (\d{4})") == years - {"2020"}
    assert "Sem Kola San Jon" in on(CV, "aviso", d(2020, 6, 24))
    assert counts_in(CV, "aviso", r"(\d+) anos de Independência") == {
        str(n) for n in range(40, 46)}
    assert counts_in(CV, "aviso", r"Democracia: (\d+) anos") == {str(n) for n in range(24, 30)}
    # Recife: the Galo, the oil, the birthday, the Data Magna from 2017, Sao Joao
    for y in range(2015, 2021):
        galo = carnival_tuesday(y) - dt.timedelta(days=3)
        assert f"Galo da Madrugada {y}" in on(PE, "aviso", galo), y
    assert "óleo" in on(PE, "aviso", d(2019, 11, 1))
    assert counts_in(PE, "aviso", r"Recife (\d+) anos") == {str(n) for n in range(478, 484)}
    assert counts_in(PE, "aviso", r"Data Magna de Pernambuco: (\d+) anos") == {
        str(n) for n in range(200, 204)}
    assert counts_in(PE, "aviso", r"São João (\d{4}):") == years - {"2020"}
    assert "sem festa" in on(PE, "aviso", d(2020, 6, 22))
    # Bissau: three votes, Independence's and Pidjiguiti's counts
    assert "segunda volta" in on(GW, "aviso", d(2019, 12, 28))
    assert counts_in(GW, "aviso", r"(\d+) anos di independénsia") == {
        str(n) for n in range(42, 48)}
    assert counts_in(GW, "aviso", r"Pidjiguiti: (\d+) anos") == {str(n) for n in range(56, 62)}
    assert "Stadu di emerjénsia" in on(GW, "aviso", d(2020, 5, 1))
    # Sao Tome: the run-off, Batepa's count, the Floripes (put off in 2020)
    assert "segunda volta" in on(ST, "aviso", d(2016, 8, 6))
    assert counts_in(ST, "aviso", r"Batepá: (\d+) anos") == {str(n) for n in range(62, 68)}
    assert counts_in(ST, "aviso", r"Auto de Floripes (\d{4})") == years - {"2020"}
    # Dili: three votes, four days with their counts
    assert "antesipada" in on(TL, "avizu", d(2018, 5, 11))
    assert counts_in(TL, "avizu", r"Restaurasaun Independénsia: tinan (\d+)") == {
        str(n) for n in range(13, 18)}  # 2020's: the state of emergency
    assert counts_in(TL, "avizu", r"Konsulta Populár: tinan (\d+)") == {
        str(n) for n in range(16, 22)}
    assert counts_in(TL, "avizu", r"Santa Cruz: tinan (\d+)") == {str(n) for n in range(24, 30)}
    # Liberdade: the immigration's count, the princess, the festival (called off in 2020)
    assert counts_in(JP, "oshirase", r"日本移民(\d+)周年") == {
        str(n) for n in range(107, 112)}  # 2020's: the stay-at-home
    assert "眞子" in on(JP, "oshirase", d(2018, 7, 20))
    assert counts_in(JP, "oshirase", r"日本祭り(\d{4})") == years - {
        "2018", "2020"}  # 2018's: the princess's visit
    assert counts_in(JP, "oshirase", r"七夕祭り(\d{4})") == years - {"2020"}
    assert "中止" in on(JP, "oshirase", d(2020, 7, 17))
    # Santarem: the 2019 fire, the birthday's count, the Cairé (called off in 2020)
    assert "Incêndio" in on(SA, "aviso", d(2019, 9, 20))
    assert counts_in(SA, "aviso", r"Santarém (\d+) anos") == {
        str(n) for n in range(354, 360)} - {"359"}  # 2020's: the isolation
    assert counts_in(SA, "aviso", r"Çairé (\d{4})") == years - {"2019", "2020"}  # the fire
    # Framingham: the votes abroad, Thanksgiving
    assert "Boston" in on(US, "aviso", d(2018, 10, 5))
    for y in range(2015, 2021):
        assert "Thanksgiving" in on(US, "aviso", thanksgiving(y)), y
    assert "Election Day" in on(US, "aviso", d(2020, 11, 3))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CP, "autor", CP_REDESIGN, "Por {author}", "{cargo}"),
        (CP, "assinatura", d(2017, 3, 1), "R$ 19,90", "R$ 24,90"),
        (CP, "assinatura", d(2020, 1, 6), "R$ 24,90", "R$ 29,90"),
        (CP, "aviso", d(2019, 4, 1), "Facebook", "WhatsApp"),
        (AO, "autor", AO_REDESIGN, "Texto:", "| Jornal Kianda"),
        (AO, "preco", d(2016, 1, 4), "150 Kz", "200 Kz"),
        (AO, "preco", d(2019, 1, 7), "200 Kz", "300 Kz"),
        (MZ, "autor", MZ_REDESIGN, "Por {author}", "Redacção"),
        (MZ, "assinatura", d(2017, 1, 2), "6.000 MT", "7.500 MT"),
        (MZ, "assinatura", d(2020, 3, 2), "7.500 MT", "500 MT por mês"),
        (MO, "jizhe", d(2017, 1, 3), "本報記者", "【本報訊】"),
        (MO, "jizhe", MO_REDESIGN, "【本報訊】", "記者："),
        (MO, "dingyue", d(2018, 1, 2), "澳門元120", "澳門元150"),
        (MO, "gaoshi", d(2018, 9, 3), "Facebook", "微信"),
        (CV, "autor", CV_REDESIGN, "Por {author}", "/ Achada Notícias"),
        (CV, "apoio", d(2020, 6, 1), "independente", "vinti4"),
        (PE, "autor", PE_REDESIGN, "Por {author}", "do Portal Capibaribe"),
        (PE, "apoio", PIX_LAUNCH, "assine", "Pix"),
        (GW, "frequencia", d(2017, 5, 2), "94.3 FM · Bissau", "99.1"),
        (GW, "jornalista", d(2019, 3, 4), "Texto:", "Rádio Bandim"),
        (GW, "apoio", d(2019, 6, 3), "comunitária", "Orange Money"),
        (TL, "autor", TL_REDESIGN, "Jornalista:", "Hakerek"),
        (TL, "apoiu", d(2020, 2, 3), "Apoia", "transferénsia"),
        (JP, "kisha", JP_REDESIGN, "文＝", "文・写真＝"),
        (JP, "kodoku", d(2017, 1, 6), "R$ 240", "R$ 280"),
        (JP, "kodoku", d(2020, 1, 3), "R$ 280", "R$ 320"),
        (SA, "autor", d(2019, 6, 22), "Por {author}", "Reportagem:"),
        (SA, "apoio", PIX_LAUNCH, "Amazônia", "Pix"),
        (US, "autor", d(2019, 9, 7), "Por {author}", "Por / By"),
        (US, "apoio", d(2020, 1, 6), "Anuncie", "US$ 5"),
        (US, "aviso", d(2018, 5, 7), "Facebook", "WhatsApp")))
    assert_groups_reworded(SET, (
        (CP, "data", "Campinas, ", "Publicado em "),
        (AO, "data", "Luanda, ", " | "),
        (MZ, "data", "Maputo, ", "Actualizado: "),
        (MO, "riqi", "星期", "-"),
        (CP, "autor", "Por ", " — "),
    ))


def test_several_languages_and_scripts() -> None:
    han = r"[\u4e00-\u9fff]"
    kana = r"[\u3040-\u30ff]"
    assert_groups_in_script(SET, ((MO, "jizhe", han), (MO, "lanmu", han), (MO, "huilu", han),
                                  (MO, "banquan", han), (JP, "gou", han),
                                  (JP, "chosakuken", kana), (JP, "kawase", kana)))
    kriol = r"\b(?:sigunda|tersa|kuarta|kinta|sesta)-fera\b|\b(?:sábadu|dumingu)\b"
    tetum = r"\b(?:Janeiru|Fevereiru|Marsu|Abríl|Maiu|Juñu|Jullu|Agostu|Setembru|Outubru|" \
            r"Novembru|Dezembru)\b"
    assert all(re.search(kriol, t, re.I) for t in group_lines(SET, GW, "aos"))
    assert any(re.search(kriol, t, re.I) for t in group_lines(SET, GW, "data"))
    assert any(re.search(tetum, t) for t in group_lines(SET, TL, "data"))
    assert all(re.search(tetum, t) for t in group_lines(SET, TL, "gazolina"))
    months = r"\b(?:Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|" \
             r"Outubro|Novembro|Dezembro)\b"
    assert any(re.search(months, t) for t in group_lines(SET, AO, "data"))
    assert not any(re.search(months, t) for t in group_lines(SET, CP, "data"))
    assert all(" | " in t and " de " in t for t in group_lines(SET, US, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CP}/data", f"{CP}/autor", f"{CP}/leia", f"{CP}/editoria",
                         f"{CP}/dolar", f"{CP}/direitos", f"{AO}/data", f"{AO}/veja",
                         f"{AO}/rubrica", f"{AO}/cambio", f"{MZ}/data", f"{MZ}/metical"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CP}/errata", f"{CP}/lei", f"{CP}/continua", f"{AO}/morada", f"{MZ}/reproducao",
        f"{MO}/dizhi", f"{CV}/citacao"))
    assert_carried_share(docs, CP, [
        ("data", 0.7, 0.97), ("direitos", 0.3, 0.6), ("leia", 0.4, 0.75),
        ("errata", 0.0, 0.1), ("aviso", 0.15, 0.45)])
    assert_carried_share(docs, AO, [("data", 0.65, 0.93), ("luz", 0.0, 0.12)])
    for fam in (f"{CP}/leia", f"{AO}/veja", f"{MZ}/leia"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CP}/foto", f"{AO}/foto", f"{MZ}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CP, "foto"), (CP, "continua"), (AO, "foto"), (MZ, "foto"),
                               (MO, "tupian"), (CV, "leia"), (CV, "foto"), (PE, "publicidade"),
                               (PE, "foto"), (GW, "obi"), (ST, "leia"), (TL, "lee"),
                               (JP, "kanren"), (SA, "relacionada"), (US, "veja")))
    roles = {m[1] for t in group_lines(SET, CP, "autor")
             if (m := re.fullmatch(r"[^—]+ — (.+)", norm(t)))}
    assert roles and roles <= pool(SET, CP, "cargo")


def test_amounts_in_appeals_and_prices() -> None:
    prices = {y: on(AO, "preco", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "150 Kz" in prices[2015] and "200 Kz" in prices[2017] and "300 Kz" in prices[2020]
    assert "R$ 19,90" in on(CP, "assinatura", d(2016, 6, 1))
    assert "R$ 29,90" in on(CP, "assinatura", d(2020, 6, 1))
    assert "澳門元60" in on(MO, "dingyue", d(2020, 8, 1))
    assert "US$ 5" in on(US, "apoio", d(2020, 6, 1))
    assert "200 escudos" in on(CV, "apoio", d(2020, 7, 1))
    assert "Pix" not in on(PE, "apoio", PIX_LAUNCH - one)
    seen = {m[1] for t in group_lines(SET, CP, "assinatura")
            if (m := re.search(r"R\$ (\d+,\d\d)", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CP, "errata"), (AO, "luz"), (MZ, "agua"), (MO, "fenglu"), (CV, "corte"),
        (PE, "falta"), (GW, "korenti"), (ST, "energia"), (TL, "eletrisidade"), (JP, "hakko"),
        (SA, "desligamento"), (US, "neve")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CP}/leia", "LEIA TAMBÉM: "), (f"{AO}/veja", "VEJA TAMBÉM: "),
        (f"{MZ}/leia", "Leia mais: "), (f"{MO}/yanshen", "延伸閱讀："),
        (f"{CV}/leia", "Leia também: "), (f"{PE}/veja", "Veja também: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (CP, "continua", "Continua após a publicidade"),
        (PE, "publicidade", "PUBLICIDADE"),
        (CP, "lei", "É proibida a reprodução deste conteúdo sem autorização prévia (Lei "
                    "9.610/98)."),
        (AO, "morada", "Redacção: Rua Rainha Ginga, n.º 00, Luanda · Tel.: +244 222 000 000"),
        (MZ, "reproducao", "A reprodução dos conteúdos só é permitida com citação da fonte e "
                           "ligação para o original."),
        (MO, "dizhi", "地址：澳門新馬路00號 · 電話：(853) 2800 0000")))
    for style, family, pattern, pool_name in (
            (CP, "editoria", r"^(.+)$", "editoria"),
            (CP, "local", r"^(.+) \(SP\) —$", "cidade"),
            (AO, "rubrica", r"^(.+)$", "rubrica"),
            (AO, "local", r"^(.+) –$", "provincia"),
            (MZ, "editoria", r"^(.+)$", "editoria"),
            (MZ, "local", r"^\((.+)\)$", "provincia"),
            (MO, "lanmu", r"^(.+)$", "lanmu"),
            (MO, "tupian", r"^圖片來源：(.+)$", "tupian"),
            (CV, "seccao", r"^(.+)$", "seccao"),
            (PE, "chapeu", r"^(.+)$", "chapeu"),
            (ST, "rubrica", r"^(.+)$", "rubrica"),
            (TL, "rubrika", r"^(.+)$", "rubrika"),
            (JP, "shashin", r"^写真提供＝(.+)$", "shashin")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CP, "lei", "É proibida a reprodução deste conteúdo sem autorização prévia (Lei "
                    "9.610/98)."),
        (AO, "morada", "Redacção: Rua Rainha Ginga, n.º 00, Luanda · Tel.: +244 222 000 000"),
        (MZ, "reproducao", "A reprodução dos conteúdos só é permitida com citação da fonte e "
                           "ligação para o original.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CP: (["assinatura", "direitos", "lei"], 2), AO: (["preco", "direitos", "morada"], 2),
        MZ: (["assinatura", "direitos", "reproducao"], 2),
        MO: (["dingyue", "banquan", "dizhi"], 2), CV: (["apoio", "direitos", "citacao"], 2),
        PE: (["apoio", "direitos"], 2), GW: (["apoio", "direitos"], 2),
        ST: (["assinatura", "direitos"], 2), TL: (["apoiu", "direitu"], 2),
        JP: (["kodoku", "chosakuken"], 2), SA: (["apoio", "direitos"], 1),
        US: (["apoio", "direitos"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CP in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
