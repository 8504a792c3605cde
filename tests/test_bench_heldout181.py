"""The held-back-181 template set (`tests.bench.heldout_templates_181`): its localised dates
(printed day by day in British English with summer and winter time, American English,
French, German, Japanese with the imperial era turned Reiwa, Chinese and Swedish, several
changing form on the day of a redesign), the lines that turn every trading day (spot gold
and silver, the Napoléon's price), every week (a trade weekly's and a Swedish calendar's
count of sales), every month (a postal auction's closing day, Deutsche Post's first day of
issue, a hôtel des ventes' next sale) and with each sale (an auction house's numbered next
auction, postponed in 2020), the calendars some notices follow (art fairs, coin and stamp
shows, Philatelic Week and the new era, the Lunar New Year, Chinese and Hong Kong sale
seasons, Swedish Christmas and summer auctions, Sweden's banknote and coin changeover, the
lockdowns), the premiums, taxes, postage and subscription amounts that change over the
years, the lines in several languages and scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import last_weekday, nth_weekday
from tests.bench.heldout_templates_181 import (
    BR_REDESIGN,
    CHANGEOVER,
    CK_APP,
    CK_REDESIGN,
    CK_YONGJIN,
    CONSUMPTION_TAX,
    CS_LINE,
    CS_REDESIGN,
    CV_EMAIL,
    CV_PREMIUM,
    CV_REDESIGN,
    FAIRS,
    FIRST_DAY,
    FUN_SHOWS,
    HC_PREMIUM,
    HC_REDESIGN,
    HC_SALES,
    HP_DIGITAL,
    HP_LOCKDOWN,
    HP_PREMIUM,
    HP_REDESIGN,
    HV_FRAIS,
    HV_LOCKDOWNS,
    HV_REDESIGN,
    KS_CORONA,
    KS_NYHETSBREV,
    KS_PROVISION,
    KS_REDESIGN,
    LAST_DAY,
    LH_AUFGELD,
    LH_POSTPONED,
    LH_PRESSE,
    LH_REDESIGN,
    PN_FRAIS,
    PN_LETTRE,
    PN_REDESIGN,
    PORTO,
    PR_CATALOGUE,
    PR_PREMIUM,
    PR_REDESIGN,
    REIWA,
    ROYAL_MAIL,
    SM_FRAKT,
    SM_OPPET,
    SM_REDESIGN,
    SPRING_FESTIVAL,
    WORLDS_FAIRS,
    british_summer_time,
    first_day_of_issue,
    hk_sales,
    lindenhof_auctions,
    napoleon,
    next_sale,
    postal_auction,
    sindelfingen,
    spot,
    stampex,
    trading_day,
    wareki,
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

SET = "held-back-181"
SITES = ("Hammer Price Weekly", "Le Petit Numismate", "Kunstauktionen Lindenhof",
         "コレクターズ新報", "藏市快讯", "Klubbslaget", "Coin Value Monitor",
         "Penny Red Philatelic", "Hôtel des Ventes du Val de Loire", "Briefmarken-Rundschau",
         "Harbour Crest Auctions", "Sundsvalls Mynthandel")
HP, PN, LH, CS = ("hammerpriceweekly.co.uk", "lepetitnumismate.fr", "lindenhof-auktionen.de",
                  "collectors-shinpo.jp")
CK, KS, CV, PR = ("cangshikuaixun.cn", "klubbslaget.se", "coinvaluemonitor.com",
                  "pennyredphilatelic.co.uk")
HV, BR, HC, SM = ("hdv-valdeloire.fr", "briefmarken-rundschau.de", "harbourcrest.com.hk",
                  "sundsvallsmynt.se")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((HP, "dated"), (PN, "date"), (LH, "datum"), (CS, "hizuke"), (CK, "riqi"),
         (KS, "datum"), (CV, "dated"), (PR, "dated"), (HV, "date"), (BR, "datum"),
         (HC, "dateline"), (SM, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((CS, "genzai"),)
# The lines that turn every trading day, week, month or sale.
TRADING = ((PN, "cours"), (CV, "spot"))
WEEKLY = ((HP, "week"), (KS, "vecka"))
MONTHLY = ((PR, "closing"), (BR, "ausgabe"), (HV, "prochaine"), (LH, "naechste"))
# The notices that follow calendars.
BANNERS = ((HP, "subscribe"), (PN, "lettre"), (CS, "oshirase"), (CK, "tishi"),
           (KS, "nyhetsbrev"), (CV, "shows"), (PR, "notice"), (BR, "hinweis"), (HC, "notice"),
           (SM, "info"))
# Amounts in force from given days.
TABLES = ((HP, "hammer", HP_PREMIUM), (LH, "aufgeld", LH_AUFGELD),
          (CS, "rakusatsu", CONSUMPTION_TAX), (CK, "yongjin", CK_YONGJIN),
          (KS, "provision", KS_PROVISION), (CV, "premium", CV_PREMIUM),
          (PR, "realised", PR_PREMIUM), (PR, "postage", ROYAL_MAIL),
          (PR, "catalogue", PR_CATALOGUE), (HV, "frais", HV_FRAIS), (BR, "porto", PORTO),
          (HC, "premium", HC_PREMIUM), (HC, "about", HC_SALES), (SM, "frakt", SM_FRAKT))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    HP: "Subscribe to Hammer Price Weekly: 50 issues a year, delivered every Tuesday",
    PN: "Recevez gratuitement chaque mois la lettre « Le Petit Numismate »",
    CS: "メールマガジン「コレクターズ新報」の購読は無料です",
    CK: "关注藏市快讯微信公众号，每日获取拍卖资讯",
    KS: "Prenumerera på Klubbslagets nyhetsbrev – varje torsdag",
    CV: "Get our free price-guide email every week",
    PR: "Visit our shop at 14 Market Hill, open Tuesday to Saturday",
    BR: "Die Briefmarken-Rundschau erscheint monatlich – jetzt abonnieren",
    HC: "Follow Harbour Crest Auctions on WeChat and Instagram for sale news",
    SM: "Vi köper och säljer mynt, sedlar och medaljer – välkommen in!",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def months() -> list[tuple[int, int]]:
    return [(y, m) for y in range(2015, 2021) for m in range(1, 13)]


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + TRADING + WEEKLY + MONTHLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((LH, "katalog"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 7, 1), d(2018, 3, 10), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert british_summer_time(d(2019, 3, 31)) and not british_summer_time(d(2019, 3, 30))
    assert not british_summer_time(d(2019, 10, 27))
    assert trading_day(d(2019, 6, 23)) == trading_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert trading_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert [wareki(d(2015, 1, 1)), wareki(d(2019, 4, 30)), wareki(d(2019, 5, 1)),
            wareki(d(2020, 6, 19))] == ["平成27年", "平成31年", "令和元年", "令和2年"]
    assert postal_auction(d(2015, 1, 27)) == (d(2015, 1, 27), 181)
    assert postal_auction(d(2015, 1, 28)) == (d(2015, 2, 24), 182)
    assert postal_auction(d(2020, 12, 30)) == (d(2021, 1, 26), 253)
    assert first_day_of_issue(d(2016, 4, 7)) == d(2016, 4, 7)
    assert first_day_of_issue(d(2016, 4, 8)) == d(2016, 5, 5)
    assert next_sale(d(2016, 7, 10)) == d(2016, 9, 10)  # no sale in August
    assert next_sale(d(2016, 3, 12)) == d(2016, 3, 12)
    sales = lindenhof_auctions()
    assert [n for _, n in sales] == list(range(206, 206 + len(sales)))
    assert all(day.weekday() == 4 for day, _ in sales)
    assert LH_POSTPONED[0] not in dict(sales) and LH_POSTPONED[1] in dict(sales)
    assert [stampex(2017, 2), stampex(2019, 9)] == [d(2017, 2, 15), d(2019, 9, 18)]
    assert sindelfingen(2019) == d(2019, 10, 31) and hk_sales(2018, 4) == d(2018, 4, 6)
    assert napoleon(d(2020, 8, 6)) > 1.3 * napoleon(d(2015, 12, 15))
    assert spot(d(2020, 8, 6))[0] > 2000 and spot(d(2020, 3, 18))[1] < 12.5


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HP, "dated", old, "Saturday, 5 March 2016")
    full(HP, "dated", new, rf"19 Jun 2020 \| Updated {clock} BST")
    full(HP, "dated", winter, rf"7 Dec 2020 \| Updated {clock} GMT")
    full(HP, "week", winter, r"Auction calendar: \d+ sales listed for the week beginning "
                             r"Monday 7 December")
    full(HP, "week", d(2020, 4, 19), r"Auction calendar: \d+ online-only sales listed for the "
                                     r"week beginning Monday 13 April")
    full(PN, "date", old, "Le 05/03/2016")
    full(PN, "date", new, rf"ven\. 19 juin 2020 · {clock}")
    full(PN, "cours", old, r"Cours du Napoléon 20 F : \d{3},\d\d € \(cotation du vendredi 4 "
                           r"mars 2016\)")
    full(LH, "datum", old, r"Stand: 05\.03\.2016")
    full(LH, "datum", new, r"Freitag, 19\. Juni 2020")
    full(LH, "naechste", new, r"Nächste Auktion: 226\. Kunstauktion am 19\. Juni 2020 – "
                              r"Vorbesichtigung ab 13\. Juni \(verschoben vom 20\. März\)")
    full(CS, "hizuke", old, "2016/03/05")
    full(CS, "hizuke", new, rf"2020年6月19日（金）{clock}")
    full(CS, "genzai", old, "※この記事の情報は平成28年3月5日現在のものです。")
    full(CS, "genzai", new, "※この記事の情報は令和2年6月19日現在のものです。")
    full(CK, "riqi", old, rf"2016-03-05 {clock}")
    full(CK, "riqi", new, rf"2020年06月19日 星期五 {clock}")
    full(KS, "datum", old, "5 mar 2016")
    full(KS, "datum", new, rf"Publicerad fredag 19 juni 2020 kl\. {clock}")
    full(KS, "vecka", winter, r"Auktionskalendern vecka 50: \d+ auktioner i hela landet")
    full(CV, "dated", old, "March 5, 2016")
    full(CV, "dated", new, r"Updated Fri, Jun 19, 2020 · \d{1,2}:\d\d [AP]M ET")
    full(CV, "spot", old, r"Spot gold \$1,\d{3}\.\d\d · silver \$\d\d\.\d\d \(New York close, "
                          r"3/4/16\)")
    full(PR, "dated", old, "05/03/2016")
    full(PR, "dated", new, "Friday 19th June 2020")
    full(PR, "closing", new, "Postal Auction 246 closes Tuesday 30th June 2020 at 5pm")
    full(HV, "date", old, "Actualité du 05/03/2016")
    full(HV, "date", new, "vendredi 19 juin 2020")
    full(HV, "prochaine", old, "Prochaine vente : samedi 12 mars 2016, Tableaux anciens et "
                               "modernes")
    full(BR, "datum", old, r"5\.3\.2016")
    full(BR, "datum", new, r"Fr\., 19\. Juni 2020")
    full(BR, "ausgabe", new, r"Nächster Erstausgabetag der Deutschen Post: Donnerstag, 2\. "
                             r"Juli 2020")
    full(HC, "dateline", old, "HONG KONG, 5 March 2016 –")
    full(HC, "dateline", new, r"香港 Hong Kong \| 2020年6月19日")
    full(SM, "datum", old, "5 mars 2016")
    full(SM, "datum", new, "Publicerad 19/6 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("Updated" in on(HP, "dated", day)) == (day >= HP_REDESIGN)
        assert on(PN, "date", day).startswith("Le ") == (day < PN_REDESIGN)
        assert on(LH, "datum", day).startswith("Stand:") == (day < LH_REDESIGN)
        assert ("年" in on(CS, "hizuke", day)) == (day >= CS_REDESIGN)
        assert ("令和" in on(CS, "genzai", day)) == (day >= REIWA)
        assert ("星期" in on(CK, "riqi", day)) == (day >= CK_REDESIGN)
        assert on(KS, "datum", day).startswith("Publicerad") == (day >= KS_REDESIGN)
        assert on(CV, "dated", day).startswith("Updated") == (day >= CV_REDESIGN)
        assert (ordinal_in(on(PR, "dated", day))) == (day >= PR_REDESIGN)
        assert on(HV, "date", day).startswith("Actualité") == (day < HV_REDESIGN)
        assert ("Uhr" not in on(BR, "datum", day)) and (
            ("," in on(BR, "datum", day)) == (day >= BR_REDESIGN))
        assert on(HC, "dateline", day).startswith("HONG KONG") == (day < HC_REDESIGN)
        assert on(SM, "datum", day).startswith("Publicerad") == (day >= SM_REDESIGN)
        if day >= HP_REDESIGN:
            assert on(HP, "dated", day).endswith("BST" if british_summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def ordinal_in(text: str) -> bool:
    return bool(re.search(r"\d(st|nd|rd|th) ", text))


def test_lines_that_turn_by_trading_day_week_month_and_sale() -> None:
    days = every_day()
    weekdays = {day for day in days[1:] if day.weekday() < 5}
    for domain, family in TRADING:
        assert changes(domain, family) == weekdays, (domain, family)
    mondays = {day for day in days[1:] if day.weekday() == 0}
    for domain, family in WEEKLY:
        assert changes(domain, family) == mondays, (domain, family)
    assert "online-only" in on(HP, "week", d(2020, 4, 15))
    assert "online-only" not in on(HP, "week", HP_LOCKDOWN[1] + 7 * one)
    assert "endast online" in on(KS, "vecka", KS_CORONA[0])
    assert all(f"vecka {day.isocalendar()[1]}:" in on(KS, "vecka", day) for day in mondays)
    assert changes(PR, "closing") == {last_weekday(y, m, 1) + one for y, m in months()
                                      if last_weekday(y, m, 1) + one <= days[-1]}
    assert changes(BR, "ausgabe") == {nth_weekday(y, m, 3, 1) + one for y, m in months()}
    prochaine = changes(HV, "prochaine")
    assert {day for day in prochaine if day.year < 2020} == {
        nth_weekday(y, m, 5, 2) + one for y, m in months() if y < 2020 and m != 8}
    for first, last in HV_LOCKDOWNS:
        assert on(HV, "prochaine", first) != on(HV, "prochaine", first - one)
        assert "samedi" not in on(HV, "prochaine", first) or "huis clos" in on(
            HV, "prochaine", last)
        assert "huis clos" not in on(HV, "prochaine", last + one)
    assert "suspendues" in on(HV, "prochaine", d(2020, 4, 1))
    assert "huis clos" in on(HV, "prochaine", d(2020, 11, 10))
    sales = [(day, nr) for day, nr in lindenhof_auctions() if day <= days[-1]]
    assert changes(LH, "naechste") == {day + one for day, _ in sales} | {
        LH_POSTPONED[0] - 13 * one}
    for day, nr in sales:
        assert f"{nr}. Kunstauktion am {day.day}. " in on(LH, "naechste", day)
        assert f"{nr}. Kunstauktion" not in on(LH, "naechste", day + one)
    prices = [float(m[1].replace(",", "")) for t in group_lines(SET, CV, "spot")
              if (m := re.search(r"gold \$([\d,]+\.\d\d)", norm(t)))]
    assert prices and all(1000 <= p <= 2150 for p in prices)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, name in FAIRS:
        assert name in on(HP, "subscribe", iso(first)) and name in on(HP, "subscribe",
                                                                      iso(last))
    assert "lockdown listings" in on(HP, "subscribe", d(2020, 4, 15))
    assert "reopen" in on(HP, "subscribe", d(2020, 8, 1))
    for y in range(2015, 2021):
        spring_fair = nth_weekday(y, 3, 6, 2)
        assert f"dimanche {spring_fair.day} mars {y}" in on(PN, "lettre", spring_fair), y
        festival, zodiac = SPRING_FESTIVAL[y]
        assert f"{zodiac}年春节" in on(CK, "tishi", iso(festival)), y
        assert f"Happy Lunar New Year {y}" in on(HC, "notice", iso(festival)), y
        assert f"{y}秋拍季" in on(CK, "tishi", d(y, 11, 20)), y
        assert f"Julauktioner {y}" in on(KS, "nyhetsbrev", d(y, 12, 5)), y
        assert f"Spring Stampex {y}" in on(PR, "notice", stampex(y, 2)), y
        assert f"Autumn Sales {y}" in on(HC, "notice", hk_sales(y, 10)), y
        if y < 2020:
            assert f"Journées numismatiques {y}" in on(PN, "lettre", nth_weekday(y, 6, 5, 1))
            assert f"{y}春拍季" in on(CK, "tishi", d(y, 5, 20)), y
            assert f"Sommarauktioner {y}" in on(KS, "nyhetsbrev", d(y, 7, 10)), y
            assert f"Autumn Stampex {y}" in on(PR, "notice", stampex(y, 9)), y
            assert f"Spring Sales {y}" in on(HC, "notice", hk_sales(y, 4)), y
            assert f"Sindelfingen vom {sindelfingen(y).day}. Oktober" in on(
                BR, "hinweis", sindelfingen(y)), y
        if y < 2019:
            assert f"切手趣味週間（{y}年" in on(CS, "oshirase", d(y, 4, 22)), y
        if y <= 2019:
            assert f"コイン・コンヴェンション{y}" in on(CS, "oshirase", d(y, 5, 1)), y
        if y >= 2017:
            assert f"Julstängt {y}" in on(SM, "info", d(y, 12, 24)), y
    assert "annulées" in on(PN, "lettre", d(2020, 6, 6))
    assert "令和" in on(CS, "oshirase", d(2019, 4, 20))
    assert "中止" in on(CS, "oshirase", d(2020, 4, 22))
    assert "延期举行" in on(CK, "tishi", d(2020, 5, 20))
    assert "延期至7月" in on(CK, "tishi", d(2020, 7, 15))
    assert "tidsbokning" in on(KS, "nyhetsbrev", d(2020, 7, 10))
    for first, last, city in FUN_SHOWS + WORLDS_FAIRS:
        if iso(first) <= LAST_DAY:
            assert city in on(CV, "shows", iso(first)) and city in on(CV, "shows", iso(last))
    assert "postponed" in on(CV, "shows", d(2020, 5, 1))
    assert "Pittsburgh is cancelled" in on(CV, "shows", d(2020, 8, 11))
    assert "Europhilex" in on(PR, "notice", d(2015, 5, 13))
    assert "London 2020 is postponed" in on(PR, "notice", d(2020, 3, 21))
    assert "shop is closed" in on(PR, "notice", d(2020, 4, 1))
    assert "Autumn Stampex 2020 is cancelled" in on(PR, "notice", stampex(2020, 9))
    assert "fällt aus" in on(BR, "hinweis", sindelfingen(2020))
    assert "postponed to July" in on(HC, "notice", hk_sales(2020, 4))
    for first, last, text in CHANGEOVER:
        assert on(SM, "info", iso(first)) == text and on(SM, "info", iso(last)) == text
    assert on(SM, "info", d(2016, 12, 24)) == CHANGEOVER[2][2]  # the changeover wins


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HP, "byline", HP_REDESIGN, "By {author}", "{author_beat}"),
        (HP, "subscriber", HP_REDESIGN, "Subscriber article", "🔒"),
        (HP, "subscribe", HP_DIGITAL, "50 issues", "digital edition"),
        (PN, "lettre", PN_LETTRE, "chaque mois", "chaque mercredi"),
        (PN, "frais", PN_FRAIS, "compris.", "de 18 à 25 %"),
        (LH, "pm", LH_PRESSE, "Pressemitteilung", "Presseinformation"),
        (CS, "kisha", CS_REDESIGN, "文：", "取材"),
        (CS, "oshirase", CS_LINE, "メールマガジン", "LINE"),
        (CK, "tishi", CK_APP, "微信公众号", "APP"),
        (KS, "av", d(2019, 2, 1), "Av {author}", "Text:"),
        (KS, "nyhetsbrev", KS_NYHETSBREV, "varje torsdag", "inkorgen"),
        (CV, "shows", CV_EMAIL, "every week", "every Tuesday"),
        (SM, "oppet", SM_OPPET, "lördag", "avstånd")))
    assert_groups_reworded(SET, (
        (HP, "dated", "day, ", "Updated"),
        (PN, "date", "Le ", " · "),
        (LH, "datum", "Stand:", ". "),
        (CS, "hizuke", "/", "年"),
        (HP, "byline", "By ", " | "),
    ))


def test_amounts_change_over_the_years() -> None:
    last = every_day()[-1]
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= last}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "16 % MwSt" in on(LH, "aufgeld", d(2020, 9, 1))
    assert "19 % MwSt" in on(LH, "aufgeld", d(2021, 1, 1))
    assert "19 % MwSt" in on(LH, "aufgeld", d(2020, 6, 30))
    assert "16.2" in on(CS, "rakusatsu", d(2019, 9, 30))
    assert "16.5" in on(CS, "rakusatsu", d(2019, 10, 1))
    assert "63p" in on(PR, "postage", FIRST_DAY.replace(month=4))
    assert "76p" in on(PR, "postage", d(2020, 6, 1))
    assert "0,80 €" in on(BR, "porto", d(2019, 7, 1)) and "0,70 €" in on(BR, "porto",
                                                                       d(2019, 6, 30))
    assert "44,40 €" in on(BR, "hinweis", d(2019, 7, 2))
    assert changes(LH, "katalog") == {d(2018, 1, 1), d(2020, 7, 1)}
    rates = {m[1] for t in group_lines(SET, HP, "hammer")
             if (m := re.search(r"typically ([\d.-]+%)", norm(t)))}
    assert len(rates) >= 2


def test_several_languages_and_scripts() -> None:
    kana_kanji = r"[\u3040-\u30ff\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (CS, "kategori", kana_kanji), (CS, "mudan", kana_kanji), (CS, "genzai", kana_kanji),
        (CK, "lanmu", r"[\u4e00-\u9fff]"), (CK, "mianze", r"[\u4e00-\u9fff]"),
        (HC, "estimates", r"[\u4e00-\u9fff]"), (HC, "media", r"[\u4e00-\u9fff]"),
        (LH, "bedingungen", r"[äöüÄÖÜß]"), (BR, "porto", r"[€]"), (PN, "indicatif", r"[éèàù]"),
        (HV, "exposition", r"[éèàù]"), (KS, "las", r"[åäö]"), (SM, "moms", r"[åäö]")))
    assert any("平成" in t for t in group_lines(SET, CS, "genzai"))
    assert any("令和" in t for t in group_lines(SET, CS, "genzai"))
    assert any(t.endswith("BST") for t in group_lines(SET, HP, "dated"))
    assert any("星期" in t for t in group_lines(SET, CK, "riqi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HP}/dated", f"{HP}/byline", f"{HP}/see-also", f"{HP}/kicker",
                         f"{HP}/caption", f"{HP}/copyright", f"{HP}/week", f"{PN}/date",
                         f"{PN}/cours", f"{LH}/datum", f"{LH}/los", f"{CS}/hizuke",
                         f"{CK}/paipin"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HP}/publisher", f"{HP}/directory", f"{PN}/indicatif", f"{PN}/reproduction",
        f"{LH}/bedingungen", f"{LH}/kontakt", f"{CK}/mianze"))
    assert_carried_share(docs, HP, [
        ("dated", 0.82, 0.99), ("see-also", 0.28, 0.52), ("correction", 0.0, 0.1),
        ("week", 0.1, 0.32), ("subscribe", 0.18, 0.45), ("directory", 0.03, 0.2)])
    assert_carried_share(docs, PN, [("date", 0.75, 0.97), ("publicite", 0.4, 0.65),
                                    ("erratum", 0.0, 0.12)])
    for fam in (f"{HP}/advert", f"{PN}/publicite", f"{CS}/sponsor", f"{KS}/annons",
                f"{CV}/ad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HP, "caption"), (HP, "see-also"), (PN, "piece"), (LH, "los"),
                               (LH, "zuschlag"), (CS, "hyoka"), (CK, "paipin"),
                               (CK, "chengjiao"), (KS, "utrop"), (KS, "bud"), (CV, "mintage"),
                               (PR, "illustrated"), (HV, "lot"), (HV, "adjuge"), (BR, "abb"),
                               (HC, "lot"), (HC, "sold"), (SM, "artikel")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HP, "correction", 16), (PN, "erratum"), (LH, "korrektur"), (CS, "teisei"),
        (CK, "gengzheng"), (KS, "rattelse"), (CV, "correction"), (PR, "correction"),
        (HV, "rectificatif"), (BR, "korrektur"), (HC, "correction"), (SM, "rattelse")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HP}/see-also", "See also: "), (f"{PN}/lire", "À lire également : "),
        (f"{CS}/kanren", "【関連記事】"), (f"{CK}/xiangguan", "相关阅读："),
        (f"{KS}/las", "Läs också: "), (f"{CV}/related", "Related: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (HP, "advert", "ADVERTISEMENT"), (PN, "publicite", "Publicité"),
        (CS, "sponsor", "スポンサーリンク"), (CK, "guanggao", "广告"), (KS, "annons", "Annons"),
        (CV, "ad", "ADVERTISEMENT"), (BR, "anzeige", "Anzeige"), (HC, "ends", "– ENDS –"),
        (HV, "vente", "Ventes aux enchères publiques")))
    assert_group_values_from_pool(SET, (
        (HP, "kicker", "kicker"), (PN, "rubrique", "rubrique"), (CS, "kategori", "kategori"),
        (CK, "lanmu", "lanmu"), (BR, "rubrik", "rubrik")))
    lots = {m[1] for t in group_lines(SET, LH, "los") if (m := re.match(r"Los (\d+):",
                                                                         norm(t)))}
    estimates = {m[1] for t in group_lines(SET, HV, "lot")
                 if (m := re.search(r"Estimation : ([\d /]+) €", norm(t)))}
    assert len(lots) >= 4 and len(estimates) >= 3


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HP, "advert", "ADVERTISEMENT"),
        (PN, "indicatif", "Les cotes sont données à titre indicatif, pour des exemplaires en "
                          "état SUP."),
        (CS, "sponsor", "スポンサーリンク")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HP: (["publisher", "copyright"], 2),
        PN: (["reproduction", "copyright"], 2),
        LH: (["bedingungen", "kontakt", "copyright"], 3),
        CS: (["mudan", "copyright"], 2),
        CK: (["mianze", "bianji", "banquan"], 3),
        KS: (["tips", "copyright"], 2),
        CV: (["affiliate", "copyright"], 2),
        PR: (["members", "contact", "copyright"], 2),
        BR: (["impressum", "copyright"], 2),
        HC: (["ends", "about", "media", "copyright"], 3)})


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
    for domain, family in TRADING:
        assert on(domain, family, LAST_DAY) == on(domain, family, LAST_DAY - 2 * one)  # Sun
