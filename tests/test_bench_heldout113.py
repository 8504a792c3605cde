"""The held-back-113 template set (`tests.bench.heldout_templates_113`): its localised dates
(printed day by day in German, English, French, Japanese by its eras, Chinese, Portuguese,
Gujarati with Gujarati digits, Arabic with Arabic-Indic digits, Russian, Nigerian and New
Zealand English and Vietnamese, each changing form on the day of a redesign), the lines that
turn on each trading day (index closes, futures, soybeans, Brent, the rouble's rates), every
day (gold in Saigon), every week (the crop progress report in season), every other week (a
dairy auction), every month (a barometer, an outlook) and every season (a milk price
forecast), the seasons, the notices it rewords by date, the calendars some notices follow
(votes, a postponed election, trade disputes and deals, crashes, taxes, an era's name,
strikes, protests, floods, lockdowns and curfews, exchange holidays, the Spring Festival, Tet,
Diwali's session and the Vikram Samvat year, Ramadan and the Eids, budgets, fairs, forums and
field days, national days with their counts, events called off in 2020), the amounts in its
prices, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, easter, thanksgiving
from tests.bench.heldout_templates_113 import (
    AE_REDESIGN,
    ASI,
    BR_REDESIGN,
    BRENT,
    CAC,
    CN_REDESIGN,
    CORN,
    DAX,
    DE_REDESIGN,
    EID_FITR,
    FIRST_DAY,
    FR_REDESIGN,
    GDT,
    GDT_FIRST,
    GOLD,
    GU_REDESIGN,
    JP_REDESIGN,
    JP_TAX,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    NG_REDESIGN,
    NIKKEI,
    NZ_REDESIGN,
    RAMADAN,
    REIWA,
    RU_REDESIGN,
    SENSEX,
    SOJA,
    SSE,
    US_REDESIGN,
    USD_RUB,
    VN_REDESIGN,
    ae_open,
    barometer_number,
    br_open,
    bushel,
    cn_open,
    crop_season,
    dairy_season,
    de_open,
    diwali,
    era,
    fr_open,
    gdt_day,
    gdt_event,
    grouped,
    gu_open,
    gujarati,
    jp_open,
    latest,
    ng_open,
    ru_rate_day,
    signed,
    us_open,
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

SET = "held-back-113"
SITES = ("Finanzkurier Rhein-Main", "Heartland Commodity Wire", "Le Courrier des Affaires",
         "浪速経済新聞", "申江财经", "Agromercado Paraná", "વેપાર દર્પણ", "أسواق الخليج اليوم",
         "Деловой вестник", "Lagos Commerce Journal", "Thương Trường Sài Gòn",
         "Waikato Dairy Trader")
DE, US, FR, JP = ("finanzkurier-main.de", "heartlandcommoditywire.com", "courrier-affaires.fr",
                  "naniwa-keizai.co.jp")
CN, BR, GU, AE = ("sjcaijing.com.cn", "agromercadopr.com.br", "vepardarpan.in",
                  "aswaqalkhaleej.ae")
RU, NG, VN, NZ = ("delovoyvestnik.ru", "lagoscommercejournal.com.ng", "thuongtruongsaigon.vn",
                  "dairytrader.co.nz")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((DE, "dated"), (US, "dateline"), (FR, "date"), (JP, "hizuke"), (CN, "riqi"),
         (BR, "data"), (GU, "tarikh"), (AE, "tarikh"), (RU, "data"), (NG, "dated"),
         (VN, "ngay"), (NZ, "dated"))
# The lines that turn on each trading day, with the days they trade on.
TRADING = ((DE, "dax", de_open), (US, "close", us_open), (FR, "cac", fr_open),
           (JP, "nikkei", jp_open), (CN, "hushi", cn_open), (BR, "soja", br_open),
           (GU, "sensex", gu_open), (AE, "naft", ae_open), (RU, "kurs", ru_rate_day),
           (NG, "asi", ng_open))
# The other lines that turn every day, week, fortnight, month or season.
PERIODIC = ((VN, "vang"), (US, "progress"), (NZ, "gdt"), (FR, "barometre"), (US, "outlook"),
            (NZ, "forecast"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((DE, "hinweis"), (US, "notice"), (FR, "avis"), (JP, "oshirase"), (CN, "gonggao"),
           (BR, "aviso"), (GU, "suchna"), (AE, "ilan"), (RU, "obyavlenie"), (NG, "notice"),
           (VN, "thongbao"), (NZ, "notice"))
SEASONAL = ((DE, "berichtssaison"), (FR, "saison"), (JP, "kisetsu"), (CN, "jijie"),
            (BR, "safra"), (GU, "mosam"), (AE, "mawsim"), (RU, "sezon"), (NG, "season"),
            (VN, "mua"), (NZ, "season"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    DE: "Folgen Sie der Redaktion auf Twitter: @FinanzkurierRM",
    US: "Follow @HeartlandWire on Twitter for the closing bell",
    FR: "Suivez-nous sur LinkedIn et sur Twitter",
    JP: "公式Twitterでも最新の経済ニュースを発信しています",
    CN: "关注申江财经微信公众号，获取盘后深度解读",
    BR: "Siga o Agromercado no Instagram e no Facebook",
    GU: "અમને ફેસબુક અને ટ્વિટર પર ફોલો કરો",
    AE: "تابعونا على تويتر وإنستغرام",
    RU: "Читайте нас в Яндекс.Дзене",
    NG: "Follow us on Twitter @LagosCommerce",
    VN: "Theo dõi Thương Trường Sài Gòn trên Facebook và Zalo",
    NZ: "Like us on Facebook for the auction results",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


YEARS = {str(y) for y in range(2015, 2021)}


def test_look_ups_agree_with_the_generator() -> None:
    cases = DAILY + tuple((dom, fam) for dom, fam, _ in TRADING) + PERIODIC + BANNERS + SEASONAL
    assert_look_ups_agree(SET, cases, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 26), d(2018, 3, 10), d(2019, 4, 30),
        REIWA, d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert era(d(2016, 3, 5)) == "平成28年" and era(d(2019, 4, 30)) == "平成31年"
    assert era(REIWA) == "令和元年" and era(d(2020, 6, 1)) == "令和2年"
    assert latest(d(2019, 6, 23), 0) == d(2019, 6, 17) == latest(d(2019, 6, 17), 0)
    assert bushel(3.8475) == "$3.84¾" and bushel(10.125) == "$10.12½" and bushel(4.0) == "$4.00"
    assert grouped(12345.678, 2, ".", ",") == "12.345,68"
    assert grouped(2408.4, 0, ",", ".") == "2,408"
    assert signed(0.5, ",") == "+0,50" and signed(-1.25) == "-1.25"
    assert gujarati(2019) == "૨૦૧૯"
    assert not de_open(easter(2019) - 2 * one) and not de_open(d(2019, 12, 24))
    assert de_open(d(2019, 6, 21)) and not de_open(d(2019, 6, 22))
    assert not us_open(thanksgiving(2018)) and us_open(thanksgiving(2018) + one)
    assert not fr_open(easter(2018) + one)
    assert not jp_open(d(2020, 1, 2)) and jp_open(d(2020, 1, 6))
    assert not cn_open(iso(LUNAR_NEW_YEAR[2019])) and not cn_open(d(2020, 2, 2))
    assert cn_open(d(2020, 2, 3)) and not cn_open(d(2018, 10, 5))
    assert not br_open(carnival_tuesday(2017)) and br_open(carnival_tuesday(2017) + one)
    assert gu_open(diwali(2019) - 2 * one) and not gu_open(diwali(2018) + one)
    assert not ae_open(d(2019, 12, 25)) and ae_open(d(2019, 12, 24))
    assert not ru_rate_day(d(2019, 6, 17)) and ru_rate_day(d(2019, 6, 22))
    assert not ru_rate_day(d(2019, 1, 5))
    assert not ng_open(d(2019, 6, 12)) and ng_open(d(2018, 6, 12))
    assert gdt_day(GDT_FIRST) and not gdt_day(GDT_FIRST + 7 * one)
    assert gdt_day(GDT_FIRST + 14 * one) and gdt_event(GDT_FIRST) == 129
    assert dairy_season(d(2019, 5, 31)) == 2018 and dairy_season(d(2019, 6, 1)) == 2019
    assert barometer_number(d(2015, 1, 20)) == 88 and barometer_number(d(2020, 12, 1)) == 159
    assert crop_season(d(2019, 4, 1)) and not crop_season(d(2019, 3, 31))
    assert not crop_season(d(2019, 12, 2)) and crop_season(d(2019, 12, 1))  # a Monday, a Sunday
    for market, is_open in ((DAX, de_open), (CORN, us_open), (CAC, fr_open), (NIKKEI, jp_open),
                            (SSE, cn_open), (SOJA, br_open), (SENSEX, gu_open),
                            (BRENT, ae_open), (USD_RUB, ru_rate_day), (ASI, ng_open),
                            (GDT, gdt_day)):
        levels = [level for level, _ in market.closes.values()]
        assert min(levels) > 0.6 * levels[0] and max(levels) < 1.6 * levels[0]
        for day in (d(2016, 3, 5), d(2019, 6, 23), d(2020, 12, 25)):
            close = market.on(day)[0]
            assert close <= day and is_open(close)
            assert not any(is_open(close + k * one) for k in range(1, (day - close).days + 1))
    for day in every_day():
        assert gdt_event(day + 14 * one) == gdt_event(day) + 1
        assert GOLD.on(day)[0] == day


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DE, "dated", old, r"Frankfurt, 05\.03\.2016, \d\d:\d\d Uhr")
    full(DE, "dated", new, r"Freitag, 21\. Juni 2019 · \d\d:\d\d Uhr")
    full(DE, "dax", old, r"DAX \(Xetra-Schluss Freitag, 04\.03\.\): \d{1,2}\.\d{3},\d\d "
                         r"Punkte, [+-]\d,\d\d %")
    full(US, "dateline", old, "CHICAGO, March 5, 2016")
    full(US, "dateline", new, r"Updated Friday, June 21, 2019 at \d{1,2}:\d\d [AP]M CT")
    full(US, "close", old, r"CBOT close, Fri\. March 4: corn \$\d\.\d\d[¼½¾]?, soybeans "
                           r"\$\d+\.\d\d[¼½¾]?, wheat \$\d\.\d\d[¼½¾]?")
    full(US, "progress", new, "🌽 Crop Progress, week ending June 16: planting, condition and "
                              "harvest by state")
    full(FR, "date", old, r"Publié le 05/03/2016 à \d\d:\d\d")
    full(FR, "date", new, r"Le vendredi 21 juin 2019 à \d\d:\d\d")
    full(FR, "cac", new, r"CAC 40 \(clôture du vendredi 21 juin\) : \d \d{3},\d\d points "
                         r"\([+-]\d,\d\d %\)")
    full(FR, "barometre", new, "Baromètre des PME n° 141 – juin 2019 : moral des dirigeants, "
                               "trésorerie, embauches")
    full(JP, "hizuke", old, r"2016/03/05 \d\d:\d\d")
    full(JP, "hizuke", d(2018, 6, 1), r"平成30年6月1日（金）\d\d:\d\d更新")
    full(JP, "hizuke", new, r"令和元年6月21日（金）\d\d:\d\d更新")
    full(JP, "nikkei", new, r"日経平均（6月21日終値）\d\d,\d{3}円\d\d銭"
                            r"（前日比[+-][\d,]+円\d\d銭）")
    full(CN, "riqi", old, r"2016-03-05 \d\d:\d\d")
    full(CN, "riqi", new, r"2019年06月21日 \d\d:\d\d 星期五")
    full(CN, "hushi", old, r"沪指3月4日收报\d{4}\.\d\d点，[涨跌]\d\.\d\d%")
    full(BR, "data", old, r"05/03/2016 \d\d:\d\d")
    full(BR, "data", d(2019, 7, 5), r"Sexta-feira, 5 de julho de 2019 · Atualizado às "
                                    r"\d\d:\d\d")
    full(BR, "soja", new, r"🌱 Soja em Paranaguá \(21/06\): R\$ \d\d,\d\d a saca de 60 kg "
                          r"\([+-]\d,\d\d%\)")
    full(GU, "tarikh", old, "અમદાવાદ, 5 માર્ચ 2016")
    full(GU, "tarikh", new, "શુક્રવાર, ૨૧ જૂન ૨૦૧૯")
    full(GU, "sensex", new, r"📈 સેન્સેક્સ \(21 જૂન બંધ\): \d\d,\d{3}\.\d\d \([+-]\d\.\d\d%\)")
    full(AE, "tarikh", old, "دبي - السبت 5 مارس 2016")
    full(AE, "tarikh", new, "الجمعة، ٢١ يونيو ٢٠١٩")
    full(AE, "naft", new, r"🛢️ خام برنت \(إغلاق الجمعة 21 يونيو\): \d\d\.\d\d دولار للبرميل "
                          r"\([+-]\d\.\d\d%\)")
    full(RU, "data", old, r"05\.03\.2016, \d\d:\d\d")
    full(RU, "data", new, r"Пятница, 21 июня 2019, \d\d:\d\d")
    full(RU, "kurs", d(2019, 6, 24), r"💱 Курсы ЦБ на 22\.06: доллар — \d\d,\d\d руб\., евро — "
                                     r"\d\d,\d\d руб\.")
    full(NG, "dated", old, "March 5, 2016")
    full(NG, "dated", new, r"Friday, 21 June 2019 \| \d{1,2}:\d\d [AP]M")
    full(NG, "asi", old, r"NSE All-Share Index, Friday's close: \d\d,\d{3}\.\d\d points "
                         r"\([+-]\d\.\d\d%\)")
    full(VN, "ngay", old, r"05/03/2016 \d\d:\d\d")
    full(VN, "ngay", new, r"Thứ Sáu, 21/6/2019, \d\d:\d\d \(GMT\+7\)")
    full(VN, "vang", d(2019, 6, 23), r"🪙 Giá vàng SJC chủ nhật 23/6: mua \d\d,\d\d – bán "
                                     r"\d\d,\d\d triệu đồng/lượng")
    full(NZ, "dated", old, "5 March 2016")
    full(NZ, "dated", new, "Fri 21 Jun 2019")
    full(NZ, "gdt", new, r"🥛 GDT event \d{3} \(18 Jun\): index [+-]\d\.\d\d%, average "
                         r"US\$\d,\d{3}/t")
    full(NZ, "forecast", new, r"Farmgate milk price forecast for 2019/20: \$7\.00–\$7\.30 "
                              r"per kgMS")
    full(US, "byline", d(2019, 1, 3), r"By .+, (Market Analyst|Senior Grain Analyst|Livestock "
                                      r"Editor|Washington Correspondent)")
    full(JP, "kisha", d(2019, 1, 3), r".+（(大阪経済部|証券部|国際部|京都支局)）")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(DE, "dated", day).startswith("Frankfurt") == (day < DE_REDESIGN)
        assert on(US, "dateline", day).startswith("CHICAGO") == (day < US_REDESIGN)
        assert on(FR, "date", day).startswith("Publié le") == (day < FR_REDESIGN)
        assert ("/" in on(JP, "hizuke", day)) == (day < JP_REDESIGN)
        assert on(JP, "hizuke", day).startswith("令和") == (day >= REIWA)
        assert on(JP, "hizuke", day).startswith("平成") == (JP_REDESIGN <= day < REIWA)
        assert ("年" in on(CN, "riqi", day)) == (day >= CN_REDESIGN)
        assert ("Atualizado" in on(BR, "data", day)) == (day >= BR_REDESIGN)
        assert on(GU, "tarikh", day).startswith("અમદાવાદ") == (day < GU_REDESIGN)
        assert on(AE, "tarikh", day).startswith("دبي") == (day < AE_REDESIGN)
        assert on(RU, "data", day)[0].isdigit() == (day < RU_REDESIGN)
        assert ("|" in on(NG, "dated", day)) == (day >= NG_REDESIGN)
        assert on(VN, "ngay", day).startswith(("Thứ", "Chủ")) == (day >= VN_REDESIGN)
        assert on(NZ, "dated", day)[0].isdigit() == (day < NZ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_on_trading_days() -> None:
    for domain, family, is_open in TRADING:
        turned = changes(domain, family)
        assert turned == {day for day in every_day()[1:] if is_open(day)}, domain
        assert 1400 <= len(turned) <= 1600, domain
    closes = {day for day in every_day() if us_open(day)}
    assert not closes & {thanksgiving(y) for y in range(2015, 2021)}
    assert not {day for day in every_day() if de_open(day)} & {
        easter(y) - 2 * one for y in range(2015, 2021)}


def test_lines_that_turn_every_day_week_fortnight_month_or_season() -> None:
    assert len(changes(VN, "vang")) == len(every_day()) - 1
    progress = changes(US, "progress")
    assert progress and all(day.weekday() == 0 for day in progress)
    assert all(4 <= day.month <= 12 for day in progress)
    assert 6 * 30 <= len(progress) <= 6 * 36
    auctions = changes(NZ, "gdt")
    assert all(gdt_day(day) for day in auctions) and 150 <= len(auctions) <= 160
    for domain, family in ((FR, "barometre"), (US, "outlook")):
        turned = changes(domain, family)
        assert len(turned) == 71 and all(day.day == 1 for day in turned), domain
    assert changes(NZ, "forecast") == {d(y, 6, 1) for y in range(2015, 2021)}
    for day in every_day():
        assert f"n° {barometer_number(day)} " in on(FR, "barometre", day)
        assert f"event {gdt_event(day)} " in on(NZ, "gdt", day)
        if not crop_season(day):
            assert "returns" in on(US, "progress", day)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Hauptversammlungen" in on(DE, "berichtssaison", d(y, 5, 1))
        assert "Soldes d'été" in on(FR, "saison", d(y, 7, 1))
        assert "ボーナス" in on(JP, "kisetsu", d(y, 7, 1))
        assert "年末商戦" in on(JP, "kisetsu", d(y, 12, 20))
        assert "半年报" in on(CN, "jijie", d(y, 8, 1))
        assert "safrinha" in on(BR, "safra", d(y, 7, 1))
        assert "vazio sanitário" in on(BR, "safra", d(y, 10, 1))
        assert "કપાસ" in on(GU, "mosam", d(y, 11, 1)) and "ચોમાસું" in on(GU, "mosam",
                                                                           d(y, 8, 1))
        assert "الصيف" in on(AE, "mawsim", d(y, 7, 1))
        assert "Дивидендный" in on(RU, "sezon", d(y, 6, 1))
        assert "Dividend" in on(NG, "season", d(y, 5, 1))
        assert "Tết" in on(VN, "mua", d(y, 1, 20))
        assert "Calving" in on(NZ, "season", d(y, 8, 1))
        assert "Autumn" in on(NZ, "season", d(y, 4, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    # Frankfurt: the Brexit vote, a federal election, the crash, a scandal, the closures
    assert "Brexit" in on(DE, "hinweis", d(2016, 6, 23))
    assert "Bundestagswahl" in on(DE, "hinweis", d(2017, 9, 22))
    assert "Corona" in on(DE, "hinweis", d(2020, 3, 20))
    assert "Bilanzskandal" in on(DE, "hinweis", d(2020, 6, 25))
    assert counts_in(DE, "hinweis", r"(\d+) Jahre Börsenplatz") == {
        str(n) for n in range(430, 436)}
    for y in range(2015, 2020):
        assert "Karfreitag" in on(DE, "hinweis", easter(y) - 2 * one), y
    for y in range(2015, 2021):
        assert "Weltspartag" in on(DE, "hinweis", d(y, 10, 30)), y
        assert "Zwischen den Jahren" in on(DE, "hinweis", d(y, 12, 27)), y
    # Chicago: two elections, trade, floods, plants, a derecho, the holidays, the farm show
    assert "Election Day" in on(US, "notice", d(2016, 11, 8))
    assert "Tariffs" in on(US, "notice", d(2018, 7, 15))
    assert "Missouri" in on(US, "notice", d(2019, 4, 1))
    assert "phase one" in on(US, "notice", d(2020, 1, 15))
    assert "Packing" in on(US, "notice", d(2020, 5, 1))
    assert "Derecho" in on(US, "notice", d(2020, 8, 15))
    assert "Election 2020" in on(US, "notice", d(2020, 11, 5))
    for y in range(2015, 2021):
        assert "Thanksgiving" in on(US, "notice", thanksgiving(y)), y
        if y != 2019:  # the floods' notice holds over Easter 2019
            assert "Good Friday" in on(US, "notice", easter(y) - 2 * one), y
    # (the 2018 show falls in the trade dispute's notice)
    assert counts_in(US, "notice", r"Farm Progress Show (\d{4})") == YEARS - {"2018", "2020"}
    assert "virtual" in on(US, "notice", d(2020, 9, 1))
    assert "Boone" in on(US, "notice", d(2016, 8, 30))
    # Paris: the vote's two rounds, protests, a strike, two lockdowns, sales, the farm show
    assert "premier tour" in on(FR, "avis", d(2017, 4, 22))
    assert "second tour" in on(FR, "avis", d(2017, 5, 5))
    assert "Gilets jaunes" in on(FR, "avis", d(2018, 12, 1))
    assert "Grève" in on(FR, "avis", d(2019, 12, 20))
    assert "Confinement" in on(FR, "avis", d(2020, 4, 1))
    assert "Reconfinement" in on(FR, "avis", d(2020, 11, 15))
    assert "LinkedIn" in on(FR, "avis", d(2018, 11, 10))
    assert "inscription" in on(FR, "avis", d(2019, 1, 20))
    assert counts_in(FR, "avis", r"Soldes d'hiver (\d{4})") == YEARS - {"2020"}
    assert counts_in(FR, "avis", r"(\d+)e Salon") == {str(n) for n in range(52, 58)}
    for y in range(2015, 2020):
        assert "Vendredi saint" in on(FR, "avis", easter(y) - 2 * one), y
    # Osaka: the Expo, the era's name, the summit, the tax, the emergency, meetings, New Year
    assert "大阪開催" in on(JP, "oshirase", d(2018, 11, 25))
    assert "令和" in on(JP, "oshirase", d(2019, 4, 3))
    assert "G20" in on(JP, "oshirase", d(2019, 6, 28))
    assert "消費税" in on(JP, "oshirase", d(2019, 9, 20))
    assert "緊急事態" in on(JP, "oshirase", d(2020, 4, 20))
    assert counts_in(JP, "oshirase", r"株主総会シーズン(\d{4})") == YEARS
    assert "年末年始" in on(JP, "oshirase", d(2016, 1, 2))
    # Shanghai: the slump, the circuit breaker, trade, the new board, the epidemic, holidays
    assert "A股剧烈" in on(CN, "gonggao", d(2015, 7, 8))
    assert "熔断" in on(CN, "gonggao", d(2016, 1, 6))
    assert "贸易摩擦" in on(CN, "gonggao", d(2018, 7, 10))
    assert "科创板" in on(CN, "gonggao", d(2019, 7, 25))
    assert "疫情" in on(CN, "gonggao", d(2020, 2, 15))
    assert counts_in(CN, "gonggao", r"(\d{4})年春节") == YEARS
    assert counts_in(CN, "gonggao", r"双十一(\d{4})") == YEARS
    assert counts_in(CN, "gonggao", r"第(\d+)届中国国际进口博览会") == {"1", "2", "3"}
    for y in range(2015, 2021):
        assert "国庆" in on(CN, "gonggao", d(y, 10, 3)), y
    # Londrina: the truckers, the votes, the pandemic, Carnival, the crop plan, the fairs
    assert "caminhoneiros" in on(BR, "aviso", d(2018, 5, 25))
    assert "Eleições 2018" in on(BR, "aviso", d(2018, 10, 5))
    assert "Segundo turno" in on(BR, "aviso", d(2018, 10, 27))
    assert "Pandemia" in on(BR, "aviso", d(2020, 5, 15))
    for y in range(2015, 2021):
        assert "Carnaval" in on(BR, "aviso", carnival_tuesday(y)), y
    assert counts_in(BR, "aviso", r"Plano Safra (\d{4})/") == YEARS
    assert "2019/20" in on(BR, "aviso", d(2019, 6, 20))
    assert counts_in(BR, "aviso", r"(\d+)º Show Rural") == {str(n) for n in range(27, 33)}
    assert counts_in(BR, "aviso", r"ExpoLondrina (\d{4}):") == YEARS - {"2020"}
    assert "cancelada" in on(BR, "aviso", d(2020, 4, 5))
    # Ahmedabad: demonetisation, the tax, the votes, lockdown, budgets, Diwali, the new year
    assert "નોટો રદ" in on(GU, "suchna", d(2016, 11, 20))
    assert "જીએસટી" in on(GU, "suchna", d(2017, 7, 1))
    assert "વિધાનસભા" in on(GU, "suchna", d(2017, 12, 12))
    assert "ગુજરાતમાં મતદાન" in on(GU, "suchna", d(2019, 4, 20))
    assert "પરિણામ" in on(GU, "suchna", d(2019, 5, 23))
    assert "લૉકડાઉન" in on(GU, "suchna", d(2020, 4, 10))
    assert "વોટ્સએપ" in on(GU, "suchna", d(2019, 1, 25))
    assert counts_in(GU, "suchna", r"બજેટ (\d{4})") == YEARS
    assert "બજેટ 2019" in on(GU, "suchna", d(2019, 7, 5))
    for y in range(2015, 2021):
        assert "મુહૂર્ત" in on(GU, "suchna", diwali(y)), y
        assert f"સંવત {gujarati(y + 57)}" in on(GU, "suchna", diwali(y) + one), y
        assert "ઉત્તરાયણ" in on(GU, "suchna", d(y, 1, 14)), y
    assert counts_in(GU, "suchna", r"સમિટ (\d{4})") == {"2015", "2017", "2019"}
    # Dubai: the tax, a listing, the cut, the crash, the Expo, the epidemic, the holidays
    assert "ضريبة" in on(AE, "ilan", d(2017, 12, 20))
    assert "أرامكو" in on(AE, "ilan", d(2019, 12, 11))
    assert "أوبك+" in on(AE, "ilan", d(2020, 4, 10))
    assert "دون الصفر" in on(AE, "ilan", d(2020, 4, 21))
    assert "إكسبو" in on(AE, "ilan", d(2020, 5, 5))
    assert "كورونا" in on(AE, "ilan", d(2020, 4, 1))
    assert counts_in(AE, "ilan", r"الوطني الـ(\d+)") == {str(n) for n in range(44, 50)}
    for y in range(2015, 2020):
        assert "رمضان" in on(AE, "ilan", iso(RAMADAN[y]) + 3 * one), y
        assert "فطر" in on(AE, "ilan", iso(EID_FITR[y])), y
    assert "أضحى" in on(AE, "ilan", d(2017, 9, 1))
    # Moscow: two votes, sanctions, the crash, the idle days, the forum, the holidays
    assert "Госдуму" in on(RU, "obyavlenie", d(2016, 9, 15))
    assert "президента" in on(RU, "obyavlenie", d(2018, 3, 16))
    assert "санкции" in on(RU, "obyavlenie", d(2018, 4, 15))
    assert "Обвал" in on(RU, "obyavlenie", d(2020, 3, 15))
    assert "Нерабочие" in on(RU, "obyavlenie", d(2020, 4, 15))
    assert "Конституции" in on(RU, "obyavlenie", d(2020, 6, 28))
    assert counts_in(RU, "obyavlenie", r"ПМЭФ-(\d{4}):") == YEARS - {"2020"}
    assert "не состоится" in on(RU, "obyavlenie", d(2020, 6, 3))
    assert all("финансиста" in on(RU, "obyavlenie", d(y, 9, 8)) for y in range(2015, 2021))
    assert "Новым годом" in on(RU, "obyavlenie", d(2016, 1, 3))
    # Lagos: two elections (one postponed), recession, fuel, lockdown, curfew, the holidays
    assert "General elections" in on(NG, "notice", d(2015, 3, 27))
    assert "recession" in on(NG, "notice", d(2017, 9, 7))
    assert "Fuel" in on(NG, "notice", d(2017, 12, 25))
    assert "on Saturday" in on(NG, "notice", d(2019, 2, 12))
    assert "postponed" in on(NG, "notice", d(2019, 2, 18))
    assert "collation" in on(NG, "notice", d(2019, 2, 25))
    assert "Lockdown" in on(NG, "notice", d(2020, 4, 15))
    assert "Curfew" in on(NG, "notice", d(2020, 10, 25))
    assert counts_in(NG, "notice", r"Happy (\d+)th") == {str(n) for n in range(55, 61)}
    for y in range(2015, 2021):
        assert "Eid" in on(NG, "notice", iso(EID_FITR[y])), y
    assert "Democracy Day" in on(NG, "notice", d(2019, 6, 12))
    assert "Democracy Day" in on(NG, "notice", d(2020, 6, 12))
    assert "Democracy Day" not in on(NG, "notice", d(2018, 6, 12))
    # Saigon: the vote, two agreements, swine fever, distancing, Tet, the holidays
    assert "Bầu cử" in on(VN, "thongbao", d(2016, 5, 20))
    assert "CPTPP" in on(VN, "thongbao", d(2019, 1, 14))
    assert "lợn" in on(VN, "thongbao", d(2019, 3, 20))
    assert "Giãn cách" in on(VN, "thongbao", d(2020, 4, 10))
    assert "EVFTA" in on(VN, "thongbao", d(2020, 8, 1))
    assert counts_in(VN, "thongbao", r"năm mới (\d{4})") == YEARS
    for y in range(2015, 2021):
        assert "30/4" in on(VN, "thongbao", d(y, 4, 30)), y
    assert counts_in(VN, "thongbao", r"Kỷ niệm (\d+) năm") == {str(n) for n in range(70, 76)}
    # Hamilton: an earthquake, two elections, a disease, the alert levels, field days
    assert "Kaikōura" in on(NZ, "notice", d(2016, 11, 20))
    assert "Election 2017" in on(NZ, "notice", d(2017, 9, 20))
    assert "Mycoplasma" in on(NZ, "notice", d(2018, 6, 1))
    assert "Alert levels" in on(NZ, "notice", d(2020, 4, 10))
    assert "Election 2020" in on(NZ, "notice", d(2020, 10, 15))
    assert counts_in(NZ, "notice", r"Fieldays (\d{4}) at") == YEARS - {"2020"}
    assert "online" in on(NZ, "notice", d(2020, 7, 19))
    for y in (2015, 2016, 2017, 2019, 2020):
        assert "Moving day" in on(NZ, "notice", d(y, 6, 1)), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DE, "autor", DE_REDESIGN, "Von {author}", "Ressort"),
        (DE, "abo", d(2017, 1, 1), "9,90 €", "12,90 €"),
        (DE, "abo", d(2019, 7, 1), "12,90 €", "14,90 €"),
        (DE, "hinweis", d(2019, 2, 4), "Twitter", "Börsenbrief"),
        (US, "byline", US_REDESIGN, "By {author}", "{role}"),
        (US, "pro", d(2018, 1, 1), "$29.95", "$34.95"),
        (US, "pro", d(2020, 1, 1), "$34.95", "$399"),
        (US, "notice", d(2018, 6, 4), "Twitter", "Morning Bid"),
        (FR, "auteur", FR_REDESIGN, "Par {author}", "{desk}"),
        (FR, "abonnement", FR_REDESIGN, "15 €", "19 €"),
        (FR, "abonnement", d(2020, 9, 1), "19 €", "21 €"),
        (JP, "kisha", JP_REDESIGN, "（{author}）", "{bu}"),
        (JP, "koudoku", JP_TAX, "3,000円", "3,056円"),
        (JP, "oshirase", d(2019, 11, 1), "Twitter", "メールマガジン"),
        (CN, "zuozhe", CN_REDESIGN, "作者", "记者"),
        (CN, "gonggao", d(2019, 6, 3), "微信", "APP"),
        (BR, "autor", BR_REDESIGN, "Por {author}", "de Londrina"),
        (BR, "assinatura", d(2018, 7, 1), "29,90", "34,90"),
        (BR, "assinatura", d(2020, 7, 1), "34,90", "399"),
        (BR, "aviso", d(2018, 3, 5), "Instagram", "WhatsApp"),
        (GU, "lekhak", GU_REDESIGN, "{author}", "અહેવાલ"),
        (GU, "lavajam", d(2018, 4, 1), "1,200", "1,500"),
        (GU, "lavajam", d(2020, 4, 1), "1,500", "1,800"),
        (AE, "kataba", AE_REDESIGN, "كتب", "دبي -"),
        (AE, "ishtirak", AE_REDESIGN, "365", "383"),
        (AE, "ilan", d(2019, 3, 3), "تويتر", "تطبيق"),
        (RU, "avtor", RU_REDESIGN, "{author}", "Текст:"),
        (RU, "podpiska", d(2017, 1, 1), "299", "399"),
        (RU, "podpiska", d(2019, 9, 1), "399", "499"),
        (RU, "obyavlenie", d(2018, 6, 1), "Дзене", "Telegram"),
        (NG, "byline", NG_REDESIGN, "By {author}", "| Lagos"),
        (NG, "subscribe", d(2018, 1, 1), "₦15,000", "₦20,000"),
        (NG, "subscribe", d(2020, 7, 1), "₦20,000", "₦25,000"),
        (NG, "notice", d(2018, 9, 3), "Twitter", "WhatsApp"),
        (VN, "tacgia", VN_REDESIGN, "{author}", "Bài và ảnh"),
        (VN, "giabao", d(2018, 1, 1), "6.000", "8.000"),
        (VN, "giabao", d(2020, 1, 1), "8.000 đồng/số", "50.000"),
        (VN, "thongbao", d(2019, 10, 1), "Facebook", "email"),
        (NZ, "subscription", NZ_REDESIGN, "$95", "$110"),
        (NZ, "notice", d(2019, 6, 3), "Facebook", "GDT wrap")))
    assert_groups_reworded(SET, (
        (DE, "dated", "Frankfurt, ", " · "),
        (DE, "autor", "Von ", "Ressort"),
        (US, "dateline", "CHICAGO, ", "Updated "),
        (JP, "hizuke", "/", "（"),
        (FR, "date", "Publié le", "Le "),
    ))


def test_several_languages_and_scripts() -> None:
    han = r"[\u3040-\u30ff\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (JP, "oshirase", han), (JP, "kubun", han), (CN, "gonggao", han), (CN, "bianji", han),
        (GU, "tarikh", r"[\u0a80-\u0aff]"), (GU, "suchna", r"[\u0a80-\u0aff]"),
        (AE, "tarikh", r"[\u0600-\u06ff]"), (AE, "ilan", r"[\u0600-\u06ff]"),
        (RU, "obyavlenie", r"[а-яё]"), (RU, "kurs", r"[а-яё]"),
        (VN, "thongbao", r"[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửữựỳỵỷỹ]")))
    assert any(re.search("[٠-٩]", t) for t in group_lines(SET, AE, "tarikh"))
    assert any(re.search("[૦-૯]", t) for t in group_lines(SET, GU, "tarikh"))
    assert any("令和" in t for t in group_lines(SET, JP, "hizuke"))
    assert any("星期" in t for t in group_lines(SET, CN, "riqi"))
    german = r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|" \
             r"November|Dezember)\b"
    assert any(re.search(german, t) for t in group_lines(SET, DE, "dated"))
    portuguese = r"\b(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|" \
                 r"outubro|novembro|dezembro)\b"
    assert any(re.search(portuguese, t) for t in group_lines(SET, BR, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DE}/dated", f"{DE}/autor", f"{DE}/lesen", f"{DE}/rubrik",
                         f"{DE}/dax", f"{DE}/copyright", f"{US}/dateline", f"{US}/related",
                         f"{US}/byline", f"{US}/close", f"{FR}/date", f"{FR}/lire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DE}/anlage", f"{DE}/kursdaten", f"{DE}/impressum", f"{US}/risk", f"{US}/delay",
        f"{US}/about", f"{FR}/conseil", f"{FR}/reproduction", f"{JP}/tensai",
        f"{JP}/menseki"))
    assert_carried_share(docs, DE, [
        ("dated", 0.7, 0.97), ("copyright", 0.15, 0.5), ("lesen", 0.3, 0.7),
        ("korrektur", 0.0, 0.1), ("hinweis", 0.15, 0.5), ("dax", 0.15, 0.45)])
    assert_carried_share(docs, US, [("dateline", 0.7, 0.97), ("correction", 0.0, 0.15)])
    for fam in (f"{DE}/lesen", f"{US}/related", f"{FR}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{DE}/bild", f"{US}/photo", f"{FR}/credit"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((DE, "bild"), (US, "photo"), (FR, "credit"), (JP, "shashin"),
                               (CN, "tupian"), (BR, "foto"), (GU, "tasvir"), (AE, "sura"),
                               (RU, "foto"), (NG, "photo"), (VN, "anh"), (NZ, "see-also")))
    roles = {m[1] for t in group_lines(SET, US, "byline")
             if (m := re.fullmatch(r"By [^,]+, (.+)", norm(t)))}
    assert roles and roles <= pool(SET, US, "role")
    desks = {m[1] for t in group_lines(SET, FR, "auteur")
             if (m := re.fullmatch(r"[^,]+, (.+)", norm(t)))}
    assert desks and desks <= pool(SET, FR, "desk")


def test_amounts_in_prices() -> None:
    assert "9,90 €" in on(DE, "abo", d(2016, 6, 1)) and "14,90 €" in on(DE, "abo",
                                                                        d(2020, 6, 1))
    assert "$29.95" in on(US, "pro", d(2016, 6, 1)) and "$39.95" in on(US, "pro", d(2020, 6, 1))
    assert "15 €" in on(FR, "abonnement", d(2016, 6, 1))
    assert "21 €" in on(FR, "abonnement", d(2020, 12, 1))
    assert "3,000円" in on(JP, "koudoku", d(2019, 9, 30))
    assert "3,056円" in on(JP, "koudoku", d(2019, 10, 1))
    assert "R$ 29,90" in on(BR, "assinatura", d(2016, 6, 1))
    assert "R$ 399" in on(BR, "assinatura", d(2020, 8, 1))
    assert "₹1,200" in on(GU, "lavajam", d(2017, 6, 1))
    assert "₹1,800" in on(GU, "lavajam", d(2020, 6, 1))
    assert "365" in on(AE, "ishtirak", d(2017, 6, 1))
    assert "383" in on(AE, "ishtirak", d(2018, 6, 1))
    assert "299 руб." in on(RU, "podpiska", d(2016, 6, 1))
    assert "499 руб." in on(RU, "podpiska", d(2020, 6, 1))
    assert "₦15,000" in on(NG, "subscribe", d(2016, 6, 1))
    assert "₦25,000" in on(NG, "subscribe", d(2020, 8, 1))
    assert "6.000 đồng" in on(VN, "giabao", d(2016, 6, 1))
    assert "$95" in on(NZ, "subscription", d(2017, 6, 1))
    assert "$110" in on(NZ, "subscription", d(2019, 6, 1))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (DE, "korrektur"), (US, "correction"), (FR, "rectificatif"), (JP, "teisei"),
        (CN, "gengzheng"), (BR, "errata"), (GU, "sudharo"), (AE, "taswib"),
        (RU, "popravka"), (NG, "correction"), (VN, "dinhchinh"), (NZ, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DE}/lesen", "Lesen Sie auch: "), (f"{US}/related", "RELATED: "),
        (f"{FR}/lire", "À lire aussi : "), (f"{JP}/kanren", "関連記事："),
        (f"{CN}/xiangguan", "相关阅读："), (f"{BR}/leia", "Leia também: "),
        (f"{GU}/vancho", "આ પણ વાંચો: "), (f"{AE}/iqra", "اقرأ أيضاً: "),
        (f"{RU}/chitayte", "Читайте также: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (DE, "kursdaten", "Kursdaten mindestens 15 Minuten verzögert, ohne Gewähr."),
        (US, "risk", "Trading futures and options involves substantial risk of loss and is "
                     "not suitable for all investors."),
        (FR, "conseil", "Les informations publiées ne constituent pas un conseil en "
                        "investissement."),
        (JP, "tensai", "掲載記事・写真の無断転載を禁じます。"),
        (CN, "fengxian", "投资有风险，入市须谨慎。"),
        (BR, "cotacoes", "Cotações de referência, sujeitas a alteração sem aviso prévio."),
        (GU, "salah", "નોંધ: અહીં આપેલી માહિતી માત્ર જાણકારી માટે છે, રોકાણની સલાહ નથી."),
        (AE, "naql", "يُمنع النقل أو الاقتباس دون إذن مسبق."),
        (RU, "vozrast", "18+"),
        (NG, "rights", "All rights reserved. This material may not be reproduced without "
                       "written permission."),
        (VN, "giayphep", "Giấy phép số 000/GP-BTTTT"),
        (NZ, "indicative", "Prices are indicative only: check with your processor before you "
                           "make decisions.")))
    assert_group_values_from_pool(SET, (
        (DE, "rubrik", "rubrik"), (US, "kicker", "kicker"), (FR, "rubrique", "rubrique"),
        (JP, "kubun", "kubun"), (CN, "lanmu", "lanmu"), (BR, "editoria", "editoria"),
        (GU, "vibhag", "vibhag"), (AE, "qism", "qism"), (RU, "rubrika", "rubrika"),
        (NG, "kicker", "kicker"), (VN, "chuyenmuc", "chuyenmuc")))
    for style, family, pattern, pool_name in (
            (DE, "bild", r"^Foto: (.+)$", "bild"),
            (US, "photo", r"^Photo: (.+)$", "photo"),
            (FR, "credit", r"^© (.+)$", "credit"),
            (FR, "source", r"^Source : (.+)$", "source"),
            (JP, "shashin", r"^（写真：(.+)）$", "shashin"),
            (CN, "tupian", r"^（图片来源：(.+)）$", "tupian"),
            (BR, "fonte", r"^Fonte: (.+)$", "fonte"),
            (AE, "masdar", r"^المصدر: (.+)$", "masdar"),
            (RU, "istochnik", r"^Источник: (.+)$", "istochnik"),
            (VN, "nguon", r"^Nguồn: (.+)$", "nguon")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (DE, "kursdaten", "Kursdaten mindestens 15 Minuten verzögert, ohne Gewähr."),
        (DE, "anlage", "Hinweis: Dieser Artikel ist keine Anlageberatung und keine "
                       "Aufforderung zum Kauf oder Verkauf von Wertpapieren."),
        (US, "risk", "Trading futures and options involves substantial risk of loss and is "
                     "not suitable for all investors."),
        (JP, "tensai", "掲載記事・写真の無断転載を禁じます。")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DE: (["anlage", "interessen", "kursdaten", "impressum", "copyright"], 3),
        US: (["risk", "delay", "about", "newsroom", "copyright"], 3),
        FR: (["conseil", "societe", "reproduction", "droits"], 3),
        JP: (["menseki", "dokusha", "tensai", "chosakuken"], 3),
        CN: (["mianze", "fengxian", "banquan", "jubao", "beian"], 3),
        BR: (["cotacoes", "endereco", "reproducao", "copyright"], 2),
        GU: (["salah", "sampark", "hakk"], 2),
        AE: (["tanwih", "tawasul", "huquq", "naql"], 2),
        RU: (["svidetelstvo", "adres", "prava", "vozrast"], 2),
        NG: (["address", "rights", "copyright"], 2),
        VN: (["giayphep", "toasoan", "banquyen"], 2),
        NZ: (["indicative", "postal", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert DE in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
