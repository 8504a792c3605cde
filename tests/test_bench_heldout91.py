"""The held-back-91 template set (`tests.bench.heldout_templates_91`): its localised dates
(printed day by day in twelve languages, most changing form on the day of a redesign, one with
the Japanese era turning on 1 May 2019, one with the law as of each day, three by a weekly's
or a monthly's issue), the lines that turn on trading days, market days or every week (a stock
index, soybean prices, the Baltic Dry Index, Brent and Urals crude, the pig price, the flu
bulletin, a tea auction) or every season (a support price), the seasons of harvests, manure
bans, typhoons, winter roads, ferries, sowing and rains, the notices it rewords by date, the
calendars some notices follow (votes and run-offs, a referendum, capital controls, strikes,
sanctions, a typhoon, the sulphur cap, the 2020 lockdowns, court deadlines, tax deadlines,
trade fairs, Ramadan, Orthodox Easter, Spring Festival, Singles' Day, national days with
their counts), the prices, the lines in several languages and scripts, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import last_weekday, nth_weekday, orthodox_easter
from tests.bench.heldout_templates_91 import (
    ADIPEC,
    AE_REDESIGN,
    AGRISHOW,
    BR_REDESIGN,
    CN_REDESIGN,
    DE_RELAUNCH,
    ES_REDESIGN,
    FIRST_DAY,
    FR_REDESIGN,
    GR_REDESIGN,
    IN_REDESIGN,
    JP_REDESIGN,
    JP_REIWA,
    KE_REDESIGN,
    LAST_DAY,
    OPEC_MEETINGS,
    PL_RODO,
    RAMADAN,
    RU_REDESIGN,
    WHEAT_MSP,
    ae_brent,
    br_soy,
    cn_index,
    comma,
    de_issue,
    de_pig,
    fr_flu,
    gr_issue,
    in_soybean,
    jp_bdi,
    ke_issue,
    ke_sale,
    made_up,
    mandi_day,
    marine_day,
    oil_workers_day,
    ru_urals,
    trend,
    wareki,
    week_from,
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

SET = "held-back-91"
SITES = ("Pengcheng Tech", "Campo Forte", "Hofbote Westfalen", "Praxis Santé",
         "Kobe Kaiun Shimbun", "Gaceta Forense", "Taqa Digest", "Promysel", "Nautilia Piraeus",
         "Malwa Krishi Darpan", "Biuletyn Podatnika", "Chai Growers Journal")
CN, BR, DE, FR = "pengchengtech.cn", "campoforte.com.br", "hofbote-westfalen.de", "praxis-sante.fr"
JP, ES, AE, RU = "kobekaiun.jp", "gacetaforense.es", "taqadigest.ae", "promysel72.ru"
GR, IN, PL, KE = ("nautiliapiraeus.gr", "malwakrishidarpan.in", "biuletynpodatnika.pl",
                  "chaigrowers.or.ke")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CN, "shijian"), (BR, "data"), (DE, "datum"), (FR, "publie"), (JP, "hiduke"),
         (ES, "fecha"), (AE, "tarikh"), (RU, "data"), (GR, "imerominia"), (IN, "dinank"),
         (PL, "data"), (PL, "stan"), (KE, "dateline"))
# The lines that turn on trading or market days, every week, every month or every season.
PERIODIC = ((CN, "zhishu"), (BR, "cotacao"), (DE, "ausgabe"), (DE, "schwein"), (FR, "grippe"),
            (JP, "bdi"), (AE, "brent"), (RU, "urals"), (GR, "fyllo"), (IN, "mandi"),
            (IN, "msp"), (KE, "issue"), (KE, "auction"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CN, "tongzhi"), (BR, "aviso"), (DE, "hinweis"), (FR, "info"), (JP, "oshirase"),
           (ES, "aviso"), (AE, "tanbih"), (RU, "soobshchenie"), (GR, "anakoinosi"),
           (IN, "suchna"), (PL, "terminy"), (KE, "notice"))
SEASONAL = ((BR, "calendario"), (DE, "guelle"), (JP, "kisho"), (RU, "zimnik"),
            (GR, "dromologia"), (IN, "fasal"), (KE, "rains"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    CN: "关注 Pengcheng Tech 微信公众号，每天早上看科技",
    BR: "Siga o Campo Forte no Instagram e no Facebook",
    DE: "Hofbote Westfalen auf Facebook: Jetzt Fan werden!",
    FR: "Suivez Praxis Santé sur Twitter et LinkedIn",
    JP: "Kobe Kaiun Shimbun 公式ツイッターをフォローしてください",
    ES: "Síguenos en LinkedIn y Twitter: Gaceta Forense",
    AE: "تابعوا Taqa Digest على تويتر ولينكدإن",
    RU: "Присоединяйтесь к Promysel во ВКонтакте",
    GR: "Ακολουθήστε τη Nautilia Piraeus στο Facebook",
    IN: "फेसबुक पर जुड़ें: Malwa Krishi Darpan",
    PL: "Zapisz się do bezpłatnego newslettera Biuletyn Podatnika",
    KE: "Members: bring your questions to your factory's annual meeting",
}

HAN, KANA = r"[\u4E00-\u9FFF]", r"[\u3040-\u30FF]"
ARABIC, CYRILLIC, GREEK = r"[\u0600-\u06FF]", r"[\u0400-\u04FF]", r"[\u0370-\u03FF]"
DEVANAGARI = r"[\u0900-\u097F]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 3), d(2018, 3, 10), d(2019, 5, 1),
        d(2019, 8, 10), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    # the Japanese era
    assert wareki(d(2016, 3, 5)) == "平成28年" and wareki(d(2019, 4, 30)) == "平成31年"
    assert wareki(JP_REIWA) == "令和元年" and wareki(d(2020, 1, 1)) == "令和2年"
    # weeks, working days, market days, issues
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert mandi_day(d(2019, 6, 23)) == d(2019, 6, 22) and mandi_day(d(2019, 6, 24)) == d(
        2019, 6, 24)
    assert de_issue(d(2016, 3, 5)) == (9, d(2016, 3, 3))
    assert de_issue(d(2019, 1, 3)) == (1, d(2019, 1, 3)) and de_issue(d(2019, 1, 2))[0] == 52
    assert gr_issue(d(2015, 1, 2)) == (1001, d(2015, 1, 2))
    assert gr_issue(d(2016, 3, 5)) == (1062, d(2016, 3, 4))
    assert ke_issue(d(2015, 1, 20)) == (41, d(2015, 1, 1)) and ke_issue(d(2020, 12, 31))[0] == 112
    assert ke_sale(d(2019, 1, 1))[:2] == (1, d(2019, 1, 1))
    assert ke_sale(d(2019, 1, 7))[:2] == (1, d(2019, 1, 1))
    assert marine_day(2020) == d(2020, 7, 23) and marine_day(2019) == d(2019, 7, 15)
    assert oil_workers_day(2018) == d(2018, 9, 2)
    assert comma(87.5) == "87,50" and comma(1.456) == "1,46"
    assert trend(d(2014, 1, 1), (("2015-01-01", 1.0), ("2015-01-11", 2.0))) == 1.0
    assert trend(d(2015, 1, 6), (("2015-01-01", 1.0), ("2015-01-11", 2.0))) == 1.5
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    # the flu bulletin: out every Wednesday, paused from May to September
    assert fr_flu(d(2019, 7, 4))[1] is None
    assert fr_flu(d(2018, 1, 20))[1] in range(4, 14)
    assert fr_flu(d(2018, 11, 20))[1] == 0
    for day in every_day():
        assert cn_index(day) == cn_index(working_day(day)) and 1000 < cn_index(day) < 4200
        assert br_soy(day) == br_soy(working_day(day)) and 60 < br_soy(day) < 170
        assert de_pig(day) == de_pig(week_from(day, 2)) and 1.1 < de_pig(day) < 2.1
        index, change = jp_bdi(day)
        assert jp_bdi(working_day(day)) == (index, change) and 250 < index < 2700
        assert ae_brent(day) == ae_brent(working_day(day)) and 16 <= ae_brent(day) < 90
        assert ru_urals(day) == ru_urals(working_day(day)) and 10 <= ru_urals(day) < 87
        assert in_soybean(day) == in_soybean(mandi_day(day)) and in_soybean(day) % 5 == 0
        number, tuesday, price = ke_sale(day)
        assert tuesday.weekday() == 1 and 1 <= number <= 53 and 1.7 < price < 3.4
        assert fr_flu(day) == fr_flu(week_from(day, 2))
    assert br_soy(d(2020, 11, 2)) > 2 * br_soy(d(2015, 2, 2))
    assert de_pig(d(2020, 12, 1)) < de_pig(d(2020, 9, 2)) - 0.2  # swine fever in Germany
    assert ae_brent(d(2020, 4, 21)) < 25 < ae_brent(d(2018, 10, 3))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CN, "shijian", old, "2016年03月05日 星期六")
    full(CN, "shijian", new, r"2019-06-21 \d\d:\d\d · 周五")
    full(CN, "zhishu", new, r"📈 创业板指今日收盘：\d{4}\.\d\d 点")
    full(BR, "data", old, "Ribeirão Preto, 5 de março de 2016")
    full(BR, "data", new, r"Publicado em 21/06/2019 às \d\d:\d\d")
    full(BR, "cotacao", new, r"🌱 Soja disponível em Paranaguá: R\$ \d{2,3},\d\d a saca de 60 kg")
    full(DE, "datum", old, r"Münster, 05\.03\.2016")
    full(DE, "datum", new, r"Freitag, 21\. Juni 2019, \d\d:\d\d Uhr")
    full(DE, "ausgabe", old, "Ausgabe 9/2016 · Donnerstag, 3. März 2016")
    full(DE, "schwein", new, r"🐖 Vereinigungspreis Schlachtschweine: [12],\d\d €/kg SG")
    full(DE, "von", new, r".+, (Redaktion \w+|Marktredaktion|Redaktion Betrieb und Recht)")
    full(FR, "publie", old, "Publié le 5 mars 2016")
    full(FR, "publie", d(2016, 3, 1), "Publié le 1er mars 2016")
    full(FR, "publie", new, r"Publié le vendredi 21 juin 2019 à \d\d:\d\d")
    full(FR, "grippe", d(2018, 1, 20), r"🤧 Bulletin grippe, semaine 3 : \d+ régions en phase "
                                       r"épidémique")
    full(JP, "hiduke", old, "平成28年3月5日（土）")
    full(JP, "hiduke", d(2019, 4, 30), "2019年（平成31年）4月30日 火曜日")
    full(JP, "hiduke", new, "2019年（令和元年）6月21日 金曜日")
    full(JP, "bdi", new, r"📈 バルチック海運指数（BDI）：[\d,]+（前日比 [+-]\d+）")
    full(ES, "fecha", old, "Madrid, 5 de marzo de 2016")
    full(ES, "fecha", new, r"Viernes, 21 de junio de 2019 · \d\d:\d\d")
    full(AE, "tarikh", old, "دبي، 5 مارس 2016")
    full(AE, "tarikh", new, r"الجمعة 21 يونيو 2019 - \d\d:\d\d بتوقيت الإمارات")
    full(AE, "brent", new, r"🛢️ خام برنت عند الإغلاق: \d\d\.\d\d دولار للبرميل")
    full(RU, "data", old, "Тюмень, 5 марта 2016")
    full(RU, "data", new, r"пятница, 21 июня 2019, \d\d:\d\d")
    full(RU, "urals", new, r"🛢️ Urals: \$\d\d,\d\d за баррель")
    full(GR, "imerominia", old, "Πειραιάς, 5 Μαρτίου 2016")
    full(GR, "imerominia", new, r"Παρασκευή, 21\.06\.2019 \d\d:\d\d")
    full(GR, "fyllo", old, "Φύλλο 1062 · Παρασκευή 4 Μαρτίου 2016")
    full(IN, "dinank", old, "इंदौर, 5 मार्च 2016")
    full(IN, "dinank", new, r"शुक्रवार, 21 जून 2019 \| \d\d:\d\d IST")
    full(IN, "mandi", new, r"📊 इंदौर मंडी: सोयाबीन ₹\d,\d{3} प्रति क्विंटल")
    full(PL, "data", old, "Kraków, 5 marca 2016 r.")
    full(PL, "data", new, "piątek, 21 czerwca 2019")
    full(PL, "stan", old, r"Stan prawny na dzień 05\.03\.2016 r\.")
    full(KE, "dateline", old, "Kericho, 5 March 2016")
    full(KE, "dateline", new, "Friday, June 21, 2019")
    full(KE, "issue", old, "Issue 55 · March 2016")
    full(KE, "auction", new, r"☕ Mombasa auction, Sale No\. 25: average US\$ \d\.\d\d per kg")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert ("星期" in on(CN, "shijian", day)) == (day < CN_REDESIGN)
        assert on(BR, "data", day).startswith("Ribeirão Preto") == (day < BR_REDESIGN)
        assert on(DE, "datum", day).startswith("Münster") == (day < DE_RELAUNCH)
        assert (" à " in on(FR, "publie", day)) == (day >= FR_REDESIGN)
        jp = on(JP, "hiduke", day)
        assert ("曜日" in jp) == (day >= JP_REDESIGN) and ("令和" in jp) == (day >= JP_REIWA)
        assert jp.count(wareki(day)) == 1
        assert on(ES, "fecha", day).startswith("Madrid") == (day < ES_REDESIGN)
        assert on(AE, "tarikh", day).startswith("دبي") == (day < AE_REDESIGN)
        assert on(RU, "data", day).startswith("Тюмень") == (day < RU_REDESIGN)
        assert on(GR, "imerominia", day).startswith("Πειραιάς") == (day < GR_REDESIGN)
        assert on(IN, "dinank", day).startswith("इंदौर") == (day < IN_REDESIGN)
        assert on(PL, "data", day).startswith("Kraków") == (day < PL_RODO)
        assert on(PL, "stan", day).endswith(f"{day:%d.%m.%Y} r.")
        assert on(KE, "dateline", day).startswith("Kericho") == (day < KE_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_on_trading_days_weeks_months_and_seasons() -> None:
    for domain, family in ((CN, "zhishu"), (BR, "cotacao"), (JP, "bdi"), (AE, "brent"),
                           (RU, "urals")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    mandi = changes(IN, "mandi")
    assert len(mandi) >= 1200 and all(day.weekday() != 6 for day in mandi)
    for domain, family, weekday, most in ((DE, "ausgabe", 3, 320), (DE, "schwein", 2, 320),
                                          (FR, "grippe", 2, 320), (GR, "fyllo", 4, 320),
                                          (KE, "auction", 1, 320)):
        turned = changes(domain, family)
        assert 150 <= len(turned) <= most, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    monthly = changes(KE, "issue")
    assert len(monthly) == 71 and all(day.day == 1 for day in monthly)
    # the flu bulletin keeps one wording from May to September
    for y in range(2015, 2021):
        assert len({on(FR, "grippe", d(y, m, 15)) for m in range(5, 10)}) == 1
        assert "pas d'épidémie" in on(FR, "grippe", d(y, 11, 10))
    assert "régions en phase épidémique" in on(FR, "grippe", d(2017, 1, 20))
    # the wheat support price rises on the day each season's price is announced
    assert changes(IN, "msp") == {iso(day) for day, _ in WHEAT_MSP[1:]}
    prices = [int(m[1].replace(",", "")) for day in sorted(changes(IN, "msp"))
              if (m := re.search(r"₹([\d,]+)", on(IN, "msp", day)))]
    assert prices == sorted(prices) and len(prices) == 6


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "moagem" in on(BR, "calendario", d(y, 5, 1))
        assert "vazio sanitário" in on(BR, "calendario", d(y, 7, 1))
        assert "plantio" in on(BR, "calendario", d(y, 10, 1))
        assert "entressafra" in on(BR, "calendario", d(y, 1, 15))
        assert "Sperrfrist:" in on(DE, "guelle", d(y, 12, 1))
        assert "Sperrfrist vorbei" in on(DE, "guelle", d(y, 3, 1))
        assert "Erntezeit" in on(DE, "guelle", d(y, 8, 1))
        assert "台風" in on(JP, "kisho", d(y, 8, 1)) and "季節風" in on(JP, "kisho", d(y, 1, 15))
        assert "открыты" in on(RU, "zimnik", d(y, 2, 1))
        assert "закрыты" in on(RU, "zimnik", d(y, 6, 1))
        assert "Ледовые" in on(RU, "zimnik", d(y, 11, 15))
        assert "Θερινά" in on(GR, "dromologia", d(y, 5, 15))
        assert "Μελτέμια" in on(GR, "dromologia", d(y, 8, 1))
        assert "Χειμερινά" in on(GR, "dromologia", d(y, 1, 15))
        assert "रबी उपार्जन" in on(IN, "fasal", d(y, 4, 1))
        assert "खरीफ" in on(IN, "fasal", d(y, 7, 1))
        assert "रबी बुवाई" in on(IN, "fasal", d(y, 11, 1))
        assert "frost" in on(KE, "rains", d(y, 2, 1))
        assert "Long rains" in on(KE, "rains", d(y, 4, 15))
        assert "Cold season" in on(KE, "rains", d(y, 7, 15))
        assert "Short rains" in on(KE, "rains", d(y, 11, 15))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Shenzhen: Spring Festival, the sales, the fair, the anniversaries, the year's news
    assert counts_in(CN, "tongzhi", r"🧧 (\d{4}) 春节") == years
    assert counts_in(CN, "tongzhi", r"🛒 (\d{4}) 年 618") == years
    assert counts_in(CN, "tongzhi", r"第(\d+)个双十一") == {str(n) for n in range(7, 13)}
    assert counts_in(CN, "tongzhi", r"第(\d+)届高交会") == {str(n) for n in range(17, 23)}
    assert counts_in(CN, "tongzhi", r"建立 (\d+) 周年") == {str(n) for n in range(35, 41)}
    assert counts_in(CN, "tongzhi", r"成立 (\d+) 周年") == {str(n) for n in range(66, 72)}
    assert "中兴通讯" in on(CN, "tongzhi", d(2018, 4, 20))
    assert "实体清单" in on(CN, "tongzhi", d(2019, 5, 20))
    assert "科创板" in on(CN, "tongzhi", d(2019, 7, 22))
    assert "疫情" in on(CN, "tongzhi", d(2020, 1, 25))
    assert "A股" in on(CN, "tongzhi", d(2015, 7, 1))
    # Ribeirão Preto: Agrishow with its count (called off in 2020), strikes and votes
    assert counts_in(BR, "aviso", r"Começa a (\d+)ª Agrishow") == {str(n) for n in range(22, 27)}
    for day in AGRISHOW.values():
        assert "Agrishow" in on(BR, "aviso", iso(day))
    assert "cancelada" in on(BR, "aviso", d(2020, 4, 27))
    assert "Dia do Agricultor" in on(BR, "aviso", d(2019, 7, 28))
    assert "caminhoneiros" in on(BR, "aviso", d(2018, 5, 25))
    assert "Carne Fraca" in on(BR, "aviso", d(2017, 3, 20))
    assert "Segundo turno" in on(BR, "aviso", d(2018, 10, 25))
    assert "adiadas" in on(BR, "aviso", d(2020, 11, 12))
    assert "Quarentena" in on(BR, "aviso", d(2020, 4, 1))
    # Münster: the Grüne Woche's count, Agritechnica every other year, harvest festival
    assert counts_in(DE, "hinweis", r"🌻 (\d+)\. Internationale") == {
        str(n) for n in range(80, 86)}
    assert counts_in(DE, "hinweis", r"Agritechnica (\d{4})") == {"2015", "2017", "2019"}
    for y in range(2015, 2021):
        assert "Erntedank" in on(DE, "hinweis", nth_weekday(y, 10, 6, 1))
    assert "Schweinepest" in on(DE, "hinweis", d(2020, 9, 20))
    assert "Kommunalwahl" in on(DE, "hinweis", d(2020, 9, 8))
    assert "Berlin am 26. November" in on(DE, "hinweis", d(2019, 11, 26))
    assert "Saisonarbeitskräfte" in on(DE, "hinweis", d(2020, 4, 1))
    assert "Bundestagswahl" in on(DE, "hinweis", d(2017, 9, 20))
    # Paris: Pink October, the smoke-free month's count, World AIDS Day, the lockdowns
    assert counts_in(FR, "info", r"Octobre rose (\d{4})") == years
    assert counts_in(FR, "info", r"Mois sans tabac \d{4} : (\S+) édition") == {
        "1re", "2e", "3e", "4e"}  # 2020's month fell in the second lockdown
    for y in range(2015, 2020):
        assert "sida" in on(FR, "info", d(y, 12, 1))
    assert "Onze vaccins" in on(FR, "info", d(2018, 1, 5))
    assert "Reconfinement" in on(FR, "info", d(2020, 11, 15))
    assert "Ségur" in on(FR, "info", d(2020, 7, 15))
    assert "Second tour" in on(FR, "info", d(2017, 5, 3))
    # Kobe: Marine Day (moved in 2020), Sea Japan, the era, the shipping news
    for y in range(2015, 2021):
        assert f"{y}年 海の日" in on(JP, "oshirase", marine_day(y) - one)
    assert counts_in(JP, "oshirase", r"Sea Japan (\d{4})") == {"2016", "2018"}
    assert "韓進海運" in on(JP, "oshirase", d(2016, 9, 1))
    assert "開港150年" in on(JP, "oshirase", d(2017, 1, 2))
    assert "台風21号" in on(JP, "oshirase", d(2018, 9, 5))
    assert "令和" in on(JP, "oshirase", JP_REIWA)
    assert "SOx" in on(JP, "oshirase", d(2020, 1, 1))
    assert "ダイヤモンド・プリンセス" in on(JP, "oshirase", d(2020, 2, 10))
    assert "緊急事態宣言" in on(JP, "oshirase", d(2020, 5, 1))
    # Madrid: the judicial August (made working days in 2020), December, the Constitution
    for y in range(2015, 2020):
        assert "Agosto inhábil" in on(ES, "aviso", d(y, 8, 15))
        assert "24 de diciembre" in on(ES, "aviso", d(y, 12, 24))
        assert "31 de diciembre" in on(ES, "aviso", d(y, 12, 31))
    assert "Agosto inhábil" in on(ES, "aviso", d(2020, 8, 5))
    assert "son hábiles" in on(ES, "aviso", d(2020, 8, 15))
    assert "plazos procesales suspendidos" in on(ES, "aviso", d(2020, 4, 15))
    assert "se reanudan" in on(ES, "aviso", d(2020, 6, 5))
    assert counts_in(ES, "aviso", r"Constitución: (\d+) años") == {str(n) for n in range(37, 43)}
    assert "LexNET" in on(ES, "aviso", d(2016, 1, 10))
    assert "procés" in on(ES, "aviso", d(2019, 10, 15))
    assert "10-N" in on(ES, "aviso", d(2019, 11, 8))
    # Dubai: OPEC's meetings, Ramadan as announced in the UAE, ADIPEC, National Day
    for day in OPEC_MEETINGS:
        assert "اجتماع أوبك في فيينا" in on(AE, "tanbih", iso(day))
    for day in RAMADAN.values():
        assert "رمضان كريم" in on(AE, "tanbih", iso(day) + 10 * one)
    assert counts_in(AE, "tanbih", r"أديبك (\d{4}) في") == years - {"2020"}
    assert "افتراضيًا" in on(AE, "tanbih", iso(ADIPEC[2020]))
    assert counts_in(AE, "tanbih", r"الوطني الـ(\d+)") == {  # 2020's: OPEC+ met
        str(n) for n in range(44, 49)}
    assert "الجزائر" in on(AE, "tanbih", d(2016, 9, 29))
    assert "أبقيق" in on(AE, "tanbih", d(2019, 9, 15))
    assert "دون الصفر" in on(AE, "tanbih", d(2020, 4, 21))
    assert "أكبر خفض" in on(AE, "tanbih", d(2020, 4, 12))
    # Tyumen: the oil workers' day, the region's and Victory's counts, the 2020 news
    assert counts_in(RU, "soobshchenie", r"промышленности, (\d{4})!") == years
    for y in range(2015, 2021):
        assert "нефтяной" in on(RU, "soobshchenie", oil_workers_day(y))
    assert counts_in(RU, "soobshchenie", r"Тюменской области — (\d+) лет") == {
        str(n) for n in range(71, 77)}
    assert counts_in(RU, "soobshchenie", r"(\d+)-летие") == {str(n) for n in range(70, 75)}
    assert "24 июня" in on(RU, "soobshchenie", d(2020, 6, 24))
    assert "самоизоляции" in on(RU, "soobshchenie", d(2020, 4, 15))
    assert "Норильске" in on(RU, "soobshchenie", d(2020, 6, 5))
    assert "Конституцию" in on(RU, "soobshchenie", d(2020, 6, 28))
    assert "ОПЕК+" in on(RU, "soobshchenie", d(2016, 12, 11))
    # Piraeus: Orthodox Easter, Posidonia (put off in 2020), the referendum and controls
    for y in range(2015, 2020):
        assert f"Καλό Πάσχα {y}" in on(GR, "anakoinosi", orthodox_easter(y))
        assert "Αγίου Νικολάου" in on(GR, "anakoinosi", d(y, 12, 6))
    assert counts_in(GR, "anakoinosi", r"Ποσειδώνια (\d{4}):") == {"2016", "2018"}
    assert "αναβάλλονται" in on(GR, "anakoinosi", d(2020, 6, 2))
    assert counts_in(GR, "anakoinosi", r"Μαρτίου: (\d+) χρόνια") == {
        str(n) for n in range(194, 199)}  # 2020's fell in the lockdown
    assert "Δημοψήφισμα" in on(GR, "anakoinosi", d(2015, 7, 3))
    assert "Έλεγχοι κεφαλαίων" in on(GR, "anakoinosi", d(2015, 7, 10))
    assert "COSCO" in on(GR, "anakoinosi", d(2016, 8, 12))
    assert "Δεύτερο lockdown" in on(GR, "anakoinosi", d(2020, 12, 20))
    # Indore: the state's day, demonetisation, the agitation, the votes, the protests
    assert counts_in(IN, "suchna", r"स्थापना दिवस: (\d+) वर्ष") == {  # 2017's: the scheme
        str(n) for n in range(59, 65)} - {"61"}
    for y in range(2015, 2020):
        assert "किसान दिवस" in on(IN, "suchna", d(y, 12, 23))
    assert "नोटबंदी" in on(IN, "suchna", d(2016, 11, 15))
    assert "मंदसौर" in on(IN, "suchna", d(2017, 6, 6))
    assert "भावांतर" in on(IN, "suchna", d(2017, 11, 1))
    assert "नतीजे" in on(IN, "suchna", d(2018, 12, 11))
    assert "पीएम-किसान" in on(IN, "suchna", d(2019, 2, 25))
    assert "दिल्ली की सीमाओं" in on(IN, "suchna", d(2020, 12, 10))
    # Kraków: the tax deadlines (2020's PIT month fell in the relief package), new duties
    assert counts_in(PL, "terminy", r"PIT za (\d{4}) r\.") == {str(y) for y in range(2014, 2019)}
    assert counts_in(PL, "terminy", r"CIT-8 za (\d{4}) r\.") == {str(y) for y in range(2014, 2020)}
    assert "mikroprzedsiębiorców" in on(PL, "terminy", d(2018, 1, 2))
    assert "RODO" in on(PL, "terminy", PL_RODO)
    assert "obowiązkowy split payment" in on(PL, "terminy", d(2019, 11, 1))
    assert "JPK_V7" in on(PL, "terminy", d(2020, 10, 1))
    assert "Tarcza" in on(PL, "terminy", d(2020, 4, 15))
    assert "II tura" in on(PL, "terminy", d(2020, 7, 10))
    # Kericho: the AGM (put off in 2020), Madaraka and Jamhuri with their counts
    assert counts_in(KE, "notice", r"Association AGM (\d{4})") == years - {"2020"}
    for y in range(2015, 2020):
        assert "AGM" in on(KE, "notice", last_weekday(y, 3, 5))
        if y != 2017:  # the fresh presidential election's week
            assert "Mashujaa" in on(KE, "notice", d(y, 10, 20))
    assert "postponed" in on(KE, "notice", d(2020, 3, 23))
    assert counts_in(KE, "notice", r"Happy (\d+)(?:st|nd|rd|th) Madaraka") == {
        str(n) for n in range(52, 57)}  # 2020's fell in the curfew
    assert counts_in(KE, "notice", r"Happy (\d+)(?:st|nd|rd|th) Jamhuri") == {
        str(n) for n in range(52, 58)}
    assert "General election" in on(KE, "notice", d(2017, 8, 5))
    assert "26 October" in on(KE, "notice", d(2017, 10, 26))
    assert "Curfew" in on(KE, "notice", d(2020, 4, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CN, "zuozhe", CN_REDESIGN, "作者：", "文 | "),
        (CN, "zhuanzai", d(2019, 1, 1), "注明出处", "违者必究"),
        (CN, "huiyuan", d(2019, 11, 11), "¥198", "¥258"),
        (BR, "por", BR_REDESIGN, "Por {author}", "de Ribeirão Preto"),
        (BR, "leia", BR_REDESIGN, "Leia também", "LEIA TAMBÉM"),
        (BR, "assinatura", d(2017, 8, 1), "9,90", "12,90"),
        (BR, "assinatura", d(2020, 2, 3), "12,90", "16,90"),
        (BR, "direitos", d(2018, 1, 1), "Todos os direitos", "proibida"),
        (BR, "aviso", d(2019, 3, 11), "Instagram", "WhatsApp"),
        (DE, "von", DE_RELAUNCH, "Von {author}", "{author_beat}"),
        (DE, "foto", DE_RELAUNCH, "Foto: {author2}", "/Hofbote"),
        (DE, "abo", d(2017, 1, 1), "61,90", "64,50"),
        (DE, "abo", d(2020, 1, 1), "64,50", "67,80"),
        (DE, "rechte", d(2018, 5, 25), "Alle Rechte", "Vervielfältigung"),
        (DE, "hinweis", d(2019, 10, 1), "Facebook", "WhatsApp"),
        (FR, "par", FR_REDESIGN, "Par {author}", "{author_beat}"),
        (FR, "abonnement", d(2019, 1, 1), "179 €", "199 €"),
        (FR, "droits", d(2019, 1, 1), "Tous droits", "Reproduction interdite"),
        (FR, "info", d(2018, 9, 3), "Twitter", "lettre"),
        (JP, "kisha", JP_REDESIGN, "（{author}）", "記者："),
        (JP, "kodoku", d(2019, 10, 1), "4,320円", "4,400円"),
        (ES, "firma", ES_REDESIGN, "Por {author}", "{author_beat}"),
        (ES, "lea", ES_REDESIGN, "Lea también", "Te puede interesar"),
        (ES, "suscripcion", d(2019, 1, 7), "19 €", "24 €"),
        (ES, "derechos", ES_REDESIGN, "Todos los derechos", "Prohibida"),
        (ES, "aviso", d(2019, 2, 4), "LinkedIn", "boletín"),
        (AE, "katib", AE_REDESIGN, "بقلم", "- دبي"),
        (AE, "ishtirak", d(2018, 1, 1), "1,500", "1,575"),
        (AE, "tanbih", d(2019, 3, 3), "تويتر", "النشرة الصباحية"),
        (RU, "avtor", RU_REDESIGN, "Автор:", "Текст:"),
        (RU, "podpiska", d(2019, 1, 1), "1 800", "1 830"),
        (RU, "soobshchenie", d(2019, 3, 4), "ВКонтакте", "Telegram"),
        (GR, "grafei", GR_REDESIGN, "Γράφει", "Ρεπορτάζ"),
        (GR, "syndromi", d(2016, 6, 1), "120 €", "124 €"),
        (GR, "anakoinosi", d(2019, 4, 1), "Facebook", "newsletter"),
        (IN, "report", IN_REDESIGN, "| इंदौर", "रिपोर्ट:"),
        (IN, "suchna", d(2019, 6, 3), "फेसबुक", "व्हाट्सएप"),
        (PL, "autor", d(2019, 1, 2), "Autor:", "{author_beat}"),
        (PL, "prenumerata", d(2019, 1, 2), "299 zł", "349 zł"),
        (KE, "byline", KE_REDESIGN, "By {author}", "| Kericho"),
        (KE, "membership", d(2019, 1, 2), "KSh 500", "KSh 1,000"),
        (KE, "notice", d(2018, 7, 2), "annual meeting", "SMS")))
    # base wordings turned on a day a feast or an event hid them
    assert "微信公众号" in on(CN, "tongzhi", d(2019, 6, 15))
    assert "App" in on(CN, "tongzhi", d(2019, 6, 19))
    assert "ツイッター" in on(JP, "oshirase", d(2018, 7, 14))
    assert "メールマガジン" in on(JP, "oshirase", d(2018, 7, 17))
    assert "zapisz się do" in on(PL, "terminy", d(2018, 5, 19)).lower()
    assert "potwierdź" in on(PL, "terminy", d(2018, 6, 1))
    assert_groups_reworded(SET, (
        (CN, "shijian", "星期", " · 周"),
        (CN, "zuozhe", "作者：", "文 | "),
        (CN, "zhuanzai", "注明出处", "违者必究"),
        (BR, "data", "Ribeirão Preto,", "Publicado em"),
        (DE, "datum", "Münster,", " Uhr"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (CN, "shijian", r"\d"), (CN, "bianji", HAN), (CN, "beian", HAN),
        (BR, "direitos", "direitos|reprodução"), (DE, "rechte", "Rechte|Vervielfältigung"),
        (FR, "liens", "intérêts"), (JP, "hiduke", HAN), (JP, "tensai", KANA),
        (JP, "kisho", KANA), (ES, "informativo", "asesoramiento"), (AE, "tarikh", ARABIC),
        (AE, "huquq", ARABIC), (RU, "data", CYRILLIC), (RU, "perepechatka", CYRILLIC),
        (GR, "imerominia", GREEK), (GR, "dikaiomata", GREEK), (IN, "dinank", DEVANAGARI),
        (IN, "adhikar", DEVANAGARI), (PL, "prawa", "zastrzeżone"), (KE, "habari", "Habari")))
    latin_sites = [t for t in group_lines(SET, AE, "huquq") if re.search("[A-Za-z]", t)]
    assert latin_sites  # the site's Latin name in an Arabic line
    assert re.search(HAN, on(CN, "tongzhi", QUIET)) and re.search(KANA, on(JP, "oshirase",
                                                                            QUIET))
    assert re.search(GREEK, on(GR, "anakoinosi", QUIET))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CN}/shijian", f"{CN}/zuozhe", f"{CN}/xiangguan", f"{CN}/lanmu",
                         f"{CN}/zhishu", f"{CN}/tongzhi", f"{CN}/laiyuan", f"{CN}/bianji",
                         f"{BR}/data", f"{BR}/cotacao", f"{BR}/leia", f"{DE}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CN}/shengming", f"{CN}/beian", f"{CN}/weihu", f"{BR}/endereco", f"{BR}/newsletter",
        f"{DE}/anzeigen", f"{DE}/print", f"{FR}/liens", f"{FR}/reserve"))
    assert_carried_share(docs, CN, [
        ("shijian", 0.65, 0.95), ("tongzhi", 0.15, 0.45), ("xiangguan", 0.4, 0.75),
        ("weihu", 0.0, 0.1), ("beian", 0.1, 0.4)])
    assert_carried_share(docs, BR, [("data", 0.6, 0.95), ("aviso", 0.1, 0.5)])
    for fam in (f"{CN}/xiangguan", f"{BR}/leia", f"{DE}/lesen"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CN}/tupian", f"{BR}/foto", f"{DE}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CN, "tupian"), (BR, "foto"), (DE, "foto"), (FR, "credit"),
                               (JP, "shashin"), (ES, "foto"), (AE, "sura"), (RU, "foto"),
                               (GR, "diavaste"), (GR, "fotografia"), (IN, "photo"),
                               (PL, "czytaj"), (KE, "also")))
    for style, family in ((DE, "von"), (FR, "par"), (ES, "firma"), (PL, "autor")):
        sep = " · " if style == ES else ", "
        beats = {t.rpartition(sep)[2] for t in map(norm, group_lines(SET, style, family))
                 if sep in t}
        assert beats and sum(b in pool(SET, style, "beat") for b in beats) >= 0.8 * len(
            beats), (style, beats)


def test_prices_in_appeals_and_subscriptions() -> None:
    assert "¥198" in on(CN, "huiyuan", d(2018, 1, 1))
    assert "¥258" in on(CN, "huiyuan", d(2020, 1, 1))
    prices = {y: on(BR, "assinatura", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "9,90" in prices[2016] and "12,90" in prices[2018] and "16,90" in prices[2020]
    assert "61,90 €" in on(DE, "abo", d(2016, 6, 1)) and "E-Paper" in on(DE, "abo",
                                                                          d(2020, 6, 1))
    assert "internes 59 €" in on(FR, "abonnement", d(2017, 6, 1))
    assert "4,320円" in on(JP, "kodoku", d(2019, 9, 30))
    assert "240 € al año" in on(ES, "suscripcion", d(2020, 1, 1))
    assert "ضريبة القيمة المضافة" in on(AE, "ishtirak", d(2018, 1, 2))
    assert "НДС 20%" in on(RU, "podpiska", d(2019, 6, 1))
    assert "ΦΠΑ 24%" in on(GR, "syndromi", d(2016, 6, 2))
    assert "₹1,450" in on(IN, "msp", d(2015, 6, 1)) and "₹1,975" in on(IN, "msp", d(2020, 10, 1))
    assert "12 wydań" in on(PL, "prenumerata", d(2019, 6, 1))
    assert "M-Pesa" in on(KE, "membership", d(2020, 1, 1))
    seen = {m[1] for t in group_lines(SET, BR, "assinatura")
            if (m := re.search(r"R\$ (\d+,\d\d)", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CN, "weihu"), (BR, "geada"), (DE, "gefluegel"), (FR, "rupture"), (JP, "nomu"),
        (ES, "lexnet"), (AE, "atal"), (RU, "metel"), (GR, "apagoreutiko"), (IN, "ole"),
        (PL, "awaria"), (KE, "hail")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CN}/xiangguan", "相关阅读："), (f"{DE}/lesen", "Lesen Sie auch: "),
        (f"{FR}/lire", "Lire aussi : "), (f"{JP}/kanren", "関連記事："),
        (f"{AE}/iqra", "اقرأ أيضًا: "), (f"{RU}/chitaite", "Читайте также: "),
        (f"{IN}/padhein", "यह भी पढ़ें: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{BR}/leia", ("Leia também: ", "LEIA TAMBÉM: ")),
                          (f"{ES}/lea", ("Lea también: ", "Te puede interesar: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
        assert {p for p in prefixes if any(t.startswith(p) for t in texts)} == set(prefixes)


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (CN, "shengming", "声明：本文仅代表作者本人观点，不构成任何投资建议。"),
        (FR, "reserve", "Article réservé aux professionnels de santé"),
        (DE, "print", "Dieser Beitrag erschien zuerst in der Printausgabe."),
        (ES, "papel", "Este artículo se publicó originalmente en la edición en papel."),
        (RU, "vozrast", "18+"),
        (GR, "entypo", "Δημοσιεύθηκε στην έντυπη έκδοση της Παρασκευής."),
        (KE, "habari", "Habari za shambani! News from the tea farms")))
    for style, family, pattern, pool_name in (
            (CN, "lanmu", r"^(.+)$", "lanmu"),
            (CN, "laiyuan", r"^来源：(.+)$", "laiyuan"),
            (CN, "tupian", r"^图片来源：(.+)$", "tupian"),
            (BR, "editoria", r"^(.+)$", "editoria"),
            (BR, "foto", r"^Foto: (.+)$", "foto"),
            (DE, "rubrik", r"^(.+)$", "rubrik"),
            (FR, "rubrique", r"^(.+)$", "rubrique"),
            (FR, "credit", r"^Crédit photo : (.+)$", "credit"),
            (FR, "source", r"^Source : (.+)$", "source"),
            (JP, "bumon", r"^(.+)$", "bumon"),
            (JP, "kyoten", r"^【(.+)】$", "kyoten"),
            (JP, "shashin", r"^写真：(.+)$", "shashin"),
            (ES, "seccion", r"^(.+)$", "seccion"),
            (ES, "fuente", r"^Fuente: (.+)$", "fuente"),
            (AE, "qism", r"^(.+)$", "qism"),
            (AE, "masdar", r"^المصدر: (.+)$", "masdar"),
            (RU, "rubrika", r"^(.+)$", "rubrika"),
            (RU, "foto", r"^Фото: (.+)$", "foto"),
            (GR, "katigoria", r"^(.+)$", "katigoria"),
            (IN, "shreni", r"^(.+)$", "shreni"),
            (PL, "kategoria", r"^(.+)$", "kategoria"),
            (PL, "podstawa", r"^Podstawa prawna: (.+)$", "podstawa")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CN, "beian", "粤ICP备00000000号-1 · 粤公网安备 44030502000000号"),
        (BR, "endereco", "Redação: Rua Garibaldi, 0000, Centro, Ribeirão Preto (SP) · "
                         "(16) 0000-0000"),
        (DE, "anzeigen", "Anzeigenschluss ist Freitag, 12 Uhr, für die Ausgabe der folgenden "
                         "Woche."),
        (FR, "liens", "Liens d'intérêts : l'auteur déclare n'avoir aucun lien d'intérêts en "
                      "rapport avec cet article.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CN: (["shengming", "zhuanzai", "huiyuan", "beian"], 3),
        BR: (["newsletter", "assinatura", "direitos", "endereco"], 3),
        DE: (["print", "abo", "anzeigen", "rechte"], 2),
        FR: (["liens", "abonnement", "droits"], 2), JP: (["kodoku", "tensai", "honsha"], 2),
        ES: (["papel", "suscripcion", "informativo", "derechos"], 2),
        AE: (["ishtirak", "ikhla", "huquq"], 2),
        RU: (["podpiska", "svidetelstvo", "vozrast", "perepechatka"], 2),
        GR: (["entypo", "syndromi", "dikaiomata"], 2), IN: (["msp", "asvikaran", "adhikar"], 2),
        PL: (["prenumerata", "zastrzezenie", "prawa"], 2),
        KE: (["membership", "views", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CN in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
