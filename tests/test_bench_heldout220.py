"""The held-back-220 template set (`tests.bench.heldout_templates_220`): its localised dates
(printed day by day in English with British ordinals and AP-style abbreviations, French,
Spanish, Georgian, Japanese with the Heisei era turned Reiwa, and Amharic in the Ethiopian
calendar, several changing form on the day of a redesign), the lines that turn every day,
week and month (the Colombian coffee price on business days, the tea market's day, the "C"
contract at Friday's close, a fine-wine index), the vintage and harvest lines, the
drink-responsibly and age notices, the calendars some notices follow (wine fairs, en
primeur week, the Beaujolais nouveau and the Hospices de Beaune, beer festivals, coffee fairs,
the eighty-eighth night, the Ethiopian feasts, the rtveli, Holy Week, the lockdowns), the
prices, taxes and harvest figures that change over the years, the lines in several
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

from tests.bench.heldout_calendar import easter, orthodox_easter
from tests.bench.heldout_templates_220 import (
    AUCTION,
    BB_DAILY,
    BB_REDESIGN,
    BB_STORY_BY,
    BEER_DUTY,
    BEER_TAX,
    BUNA_EXPORT,
    BV_ENVIO,
    BV_REDESIGN,
    BZ_REDESIGN,
    BZ_TELEGRAM,
    CBC,
    CJ_REDESIGN,
    CJ_TWITTER,
    CL_REDESIGN,
    CT_LINE,
    CT_SHASHIN,
    EKSPORTI,
    EN_PRIMEUR,
    FIRST_DAY,
    GABF,
    GBBF,
    GDPR_DAY,
    GM_INSTAGRAM,
    GM_REDESIGN,
    GO_BOLETIN,
    GO_REDESIGN,
    HATSU_TORIHIKI,
    HB_REDESIGN,
    HILL_STRIKE,
    ICHIBANCHA,
    LAST_DAY,
    PH_LOCKDOWN,
    PH_REDESIGN,
    PH_REOPEN,
    PRODUCCION,
    RC_LETTRE,
    RC_REDESIGN,
    REIWA,
    RENDEMENT,
    RTVELI,
    SMALL_BREWER_FET,
    TARIF,
    TAX_10,
    UK_UNITS,
    VENDANGES,
    VL_BULLETIN,
    VL_PRO,
    VL_REDESIGN,
    VRAC,
    WINE_DUTY,
    WINE_FAIRS,
    YEARS,
    beaujolais_nouveau,
    carga_price,
    enkutatash,
    ethiopian,
    ethiopian_day,
    friday_close,
    hachijuhachiya,
    hospices_de_beaune,
    last_business_day,
    meskel,
    new_wine_festival,
    timket,
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
    mostly,
    norm,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-220"
SITES = ("The Vintage Ledger", "La Revue des Chais", "Brewers Beacon", "Grano de Oro",
         "茶草通信", "ቡና ዜና", "ღვინის მაცნე", "クラフトビール時間", "Champagne Lefort-Aubry",
         "Phulbari Heights", "Bodegas Valdecierzo", "Hollowbeck Brewery")
VL, RC, BB, GO = ("vintageledger.co.uk", "revuedeschais.fr", "brewersbeacon.com",
                  "revistagranodeoro.com.co")
CT, BZ, GM, CJ = ("chagusa-tsushin.jp", "bunazena.com.et", "ghvinismatsne.ge",
                  "craftbeer-jikan.jp")
CL, PH, BV, HB = ("champagne-lefort-aubry.fr", "phulbariheights.com", "bodegasvaldecierzo.es",
                  "hollowbeckbrewery.co.uk")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((VL, "dated"), (RC, "date"), (BB, "dateline"), (GO, "fecha"), (CT, "hizuke"),
         (BZ, "qen"), (GM, "tarighi"), (CJ, "hizuke"), (CL, "date"), (PH, "dated"),
         (BV, "fecha"), (HB, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((CT, "chakyo"),)
# The notices that follow calendars.
BANNERS = ((VL, "notice"), (RC, "lettre"), (BB, "notice"), (GO, "boletin"), (CT, "oshirase"),
           (BZ, "masawesha"), (GM, "shetyobineba"), (CJ, "event"), (CL, "caveau"),
           (BV, "visitas"), (HB, "news"))
# Amounts in force from given days.
TABLES = ((VL, "duty", WINE_DUTY), (RC, "vrac", VRAC), (BB, "excise", SMALL_BREWER_FET),
          (GO, "produccion", PRODUCCION), (CT, "tanka", ICHIBANCHA),
          (BZ, "export", BUNA_EXPORT), (GM, "eksporti", EKSPORTI), (CL, "tarif", TARIF),
          (CL, "rendement", RENDEMENT), (PH, "auction", AUCTION), (HB, "duty", BEER_DUTY))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    VL: "Sign up to the Ledger Bulletin, free every weekday",
    RC: "Recevez chaque lundi notre lettre d'information",
    BB: "Get the Brewers Beacon Daily in your inbox",
    GO: "Suscríbase a nuestro boletín semanal",
    CT: "茶草通信のメールマガジン（毎週金曜配信）の登録はこちら",
    BZ: "ዜናዎቻችንን በፌስቡክ ገጻችን ይከታተሉ",
    GM: "გამოიწერეთ ჩვენი ყოველკვირეული ბიულეტენი",
    CJ: "メールマガジンでイベント情報をお届けします",
    CL: "Le caveau est ouvert du lundi au samedi, de 9 h à 12 h et de 14 h à 18 h.",
    BV: "Visitas a la bodega: de martes a domingo, con reserva previa.",
    HB: "Find our beers in pubs across the Dales and in our taproom.",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (VL, "index"), (GO, "precio"), (GO, "bolsa"), (GO, "temporada"), (GM, "rtveli"),
        (PH, "flush"), (BB, "hop-price")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 9, 11), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert ethiopian(d(2015, 9, 12)) == (2008, 1, 1) and ethiopian(d(2015, 9, 11)) == (2007,
                                                                                       13, 6)
    assert ethiopian(d(2020, 9, 11)) == (2013, 1, 1) and ethiopian(d(2020, 3, 12)) == (2012,
                                                                                       7, 3)
    assert [enkutatash(y).day for y in range(2015, 2021)] == [12, 11, 11, 11, 12, 11]
    assert [meskel(y).day for y in range(2015, 2021)] == [28, 27, 27, 27, 28, 27]
    assert timket(2019) == d(2019, 1, 19) and timket(2020) == d(2020, 1, 20)
    assert ethiopian_day(2012, 4, 28) == d(2020, 1, 7)
    assert wareki(d(2019, 4, 30)) == "平成31年" and wareki(REIWA) == "令和元年"
    assert wareki(d(2015, 1, 1)) == "平成27年" and wareki(d(2020, 6, 1)) == "令和2年"
    assert [hachijuhachiya(y).day for y in range(2015, 2021)] == [2, 1, 2, 2, 2, 1]
    assert beaujolais_nouveau(2019) == d(2019, 11, 21) and hospices_de_beaune(2018) == d(
        2018, 11, 18)
    assert new_wine_festival(2017) == GM_REDESIGN and new_wine_festival(2020) is None
    assert last_business_day(d(2020, 6, 21)) == d(2020, 6, 19) == last_business_day(
        d(2020, 6, 19))
    assert friday_close(d(2020, 6, 19)) == d(2020, 6, 12) == friday_close(d(2020, 6, 18))
    assert carga_price(d(2020, 6, 1)) > 1.5 * carga_price(d(2018, 10, 1))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(VL, "dated", old, "Saturday 5th March 2016")
    full(VL, "dated", d(2016, 3, 22), "Tuesday 22nd March 2016")
    full(VL, "dated", new, r"19 June 2020 \| \d+ min read")
    full(VL, "index", new, r"Ledger 100 fine-wine index, May 2020: \d{3}\.\d \([+-]\d\.\d% on "
                           r"the month\)")
    full(RC, "date", old, "Le 5 mars 2016")
    full(RC, "date", new, f"Vendredi 19 juin 2020 – {clock}")
    full(BB, "dateline", old, "March 5, 2016")
    full(BB, "dateline", d(2019, 9, 12), f"Thursday, Sept. 12, 2019 · {clock12} ET")
    full(GO, "fecha", old, "Bogotá, 5 de marzo de 2016")
    full(GO, "fecha", new, rf"viernes 19 de junio de 2020 \| {clock}")
    full(GO, "precio", d(2020, 6, 21), r"Precio interno de referencia del viernes 19 de junio: "
                                       r"\$ 1\.\d{3}\.000 por carga de 125 kg")
    full(GO, "bolsa", new, r"Contrato C en Nueva York, cierre del viernes 12 de junio: "
                           r"\d{2,3},\d\d centavos de dólar por libra")
    full(CT, "hizuke", old, "投稿日：平成28年3月5日")
    full(CT, "hizuke", new, "投稿日：令和2年6月19日（金）")
    full(CT, "chakyo", new, "6月19日の茶況：二番茶の取引")
    full(BZ, "qen", old, "የካቲት 26 ቀን 2008 ዓ.ም.")
    full(BZ, "qen", new, r"ዓርብ፣ ሰኔ 12 ቀን 2012 ዓ\.ም\. \(19/06/2020\)")
    full(GM, "tarighi", old, r"05\.03\.2016")
    full(GM, "tarighi", new, f"პარასკევი, 19 ივნისი 2020, {clock}")
    full(CJ, "hizuke", old, r"2016\.03\.05")
    full(CJ, "hizuke", new, f"2020年6月19日（金） {clock}")
    full(CL, "date", old, "Publié le 5 mars 2016")
    full(CL, "date", new, "19.06.2020 — Journal de la maison")
    full(PH, "dated", old, "Posted on March 5, 2016")
    full(PH, "dated", new, "19 June 2020 · From the garden")
    full(BV, "fecha", old, "5 marzo, 2016")
    full(BV, "fecha", new, "19/06/2020")
    full(HB, "dated", old, "5 March 2016")
    full(HB, "dated", new, r"19\.06\.20")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The tea market's day names the month and the day, not the year: it turns every day.
    assert len(changes(CT, "chakyo")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("min read" in on(VL, "dated", day)) == (day >= VL_REDESIGN)
        assert on(RC, "date", day).startswith("Le ") == (day < RC_REDESIGN)
        assert ("ET" in on(BB, "dateline", day)) == (day >= BB_REDESIGN)
        assert on(GO, "fecha", day).startswith("Bogotá") == (day < GO_REDESIGN)
        assert ("令和" in on(CT, "hizuke", day)) == ("（" in on(CT, "hizuke", day)) == (
            day >= REIWA)
        assert ("(" in on(BZ, "qen", day)) == (day >= BZ_REDESIGN)
        assert str(ethiopian(day)[0]) in on(BZ, "qen", day)
        assert bool(re.search("[\u10d0-\u10ff]", on(GM, "tarighi", day))) == (day >= GM_REDESIGN)
        assert ("年" in on(CJ, "hizuke", day)) == (day >= CJ_REDESIGN)
        assert on(CL, "date", day).startswith("Publié") == (day < CL_REDESIGN)
        assert on(PH, "dated", day).startswith("Posted") == (day < PH_REDESIGN)
        assert ("," in on(BV, "fecha", day)) == (day < BV_REDESIGN)
        assert (len(on(HB, "dated", day)) == 8) == (day >= HB_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    daily = changes(GO, "precio")
    assert daily == {day for day in every_day() if day.weekday() < 5} - {FIRST_DAY}
    weekly = changes(GO, "bolsa")
    assert len(weekly) >= 300 and all(day.weekday() == 5 for day in weekly)
    monthly = changes(VL, "index")
    assert len(monthly) >= 70 and all(day.day == 5 for day in monthly)
    cents = [float(m[1].replace(",", ".")) for t in group_lines(SET, GO, "bolsa")
             if (m := re.search(r"(\d+,\d\d) centavos", norm(t)))]
    assert cents and all(85 <= c <= 180 for c in cents)
    for y, day in HATSU_TORIHIKI.items():
        assert on(CT, "chakyo", iso(day)).endswith("一番茶の取引"), y
        assert on(CT, "chakyo", iso(day) - one).endswith("平常取引"), y
    assert changes(BB, "hop-price") == {d(y, 12, 15) for y in range(2015, 2021)}


def test_vintage_and_harvest_lines() -> None:
    for y, (rkatsiteli, saperavi, tonnes) in RTVELI.items():
        if y >= 2015:
            assert f"რქაწითელი — {rkatsiteli}" in on(GM, "rtveli", d(y, 9, 1)), y
            assert f"საფერავი — {saperavi}" in on(GM, "rtveli", d(y, 10, 24)), y
            assert f"{tonnes} ათასი ტონა" in on(GM, "rtveli", d(y, 10, 25)), y
    assert changes(GM, "rtveli") == {d(y, m, dd) for y in YEARS for m, dd in ((9, 1),
                                                                                (10, 25))}
    first, last = HILL_STRIKE
    assert "hill strike" in on(PH, "flush", first) and "hill strike" in on(PH, "flush", last)
    assert "monsoon flush 2017" in on(PH, "flush", last + one)
    assert "lockdown" in on(PH, "flush", d(2020, 4, 1))
    assert found(PH, "flush", r"(first|second|monsoon|autumn) flush") == {
        "first", "second", "monsoon", "autumn"}
    assert "mitaca" in on(GO, "temporada", d(2019, 5, 1))
    assert "cosecha principal" in on(GO, "temporada", d(2019, 11, 1))
    for y, day in VENDANGES.items():
        assert f"Vendanges {y}" in on(CL, "caveau", iso(day)), y
    assert_group_values_from_pool(SET, ((VL, "kicker", "kicker"), (RC, "rubrique", "rubrique"),
                                        (GO, "seccion", "seccion"), (CT, "kategori", "kategori"),
                                        (BZ, "kifil", "kifil"), (GM, "rubrika", "rubrika")))
    notes = [norm(t) for t in group_lines(SET, VL, "tasting-note")]
    mostly(notes, r"^Tasted by .+ · \d\d/100 · Drink (now|20\d\d)-20\d\d$", 0.9)
    assert {m[1] for t in group_lines(SET, RC, "degustation")
            if (m := re.search(r"– ([\d,]+/20) –", t))} >= {"16/20", "17/20"}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, name in WINE_FAIRS:
        assert name in on(VL, "notice", iso(first)) and name in on(VL, "notice", iso(last))
    for y, (first, _) in EN_PRIMEUR.items():
        assert f"Bordeaux {y - 1} en primeur" in on(VL, "notice", iso(first)), y
        assert f"Primeurs {y - 1}" in on(RC, "lettre", iso(first)), y
    assert "Lockdown" in on(VL, "notice", d(2020, 5, 1))
    for y in YEARS:
        assert f"Beaujolais nouveau {y}" in on(RC, "lettre", beaujolais_nouveau(y)) or y == 2020
        assert f"Hospices de Beaune {y}" in on(RC, "lettre", hospices_de_beaune(y)) or y == 2020
        assert f"Día Internacional del Café {y}" in on(GO, "boletin", d(y, 10, 1))
        assert f"{y}年ゴールデンウィーク" in on(CJ, "event", d(y, 5, 3)) or y == 2020
        assert f"Christmas {y}" in on(HB, "news", d(y, 12, 10))
        if y < 2020:
            assert f"八十八夜は{hachijuhachiya(y).month}月{hachijuhachiya(y).day}日" in on(
                CT, "oshirase", hachijuhachiya(y)), y
            assert f"Semana Santa {y}" in on(BV, "visitas", easter(y)), y
            assert "ትንሣኤ" in on(BZ, "masawesha", orthodox_easter(y)), y
        assert f"San Mateo {y}" in on(BV, "visitas", d(y, 9, 21))
        assert f"Vendimia {y}" in on(BV, "visitas", d(y, 10, 10))
        assert f"რთველი {y}" in on(GM, "shetyobineba", d(y, 10, 1))
        assert "መስቀሉ" in on(BZ, "masawesha", meskel(y))
        assert "ጥምቀት" in on(BZ, "masawesha", timket(y))
        assert "ገና" in on(BZ, "masawesha", d(y, 1, 7))
        new_year = enkutatash(y)
        assert f"እንኳን ለ{ethiopian(new_year)[0]} ዓ.ም." in on(BZ, "masawesha", new_year), y
    assert "ኮቪድ" in on(BZ, "masawesha", orthodox_easter(2020))
    for y, day in HATSU_TORIHIKI.items():
        assert f"{y}年産新茶の初取引" in on(CT, "oshirase", iso(day)), y
    for first, last, name in CBC:
        assert name in on(BB, "notice", iso(first)) and name in on(BB, "notice", iso(last))
    for _, last, name in GABF:
        assert name in on(BB, "notice", iso(last)), name
    assert "CBC 2020 is canceled" in on(BB, "notice", d(2020, 4, 8))
    assert "taproom closures" in on(BB, "notice", d(2020, 4, 20))
    for first, _ in GBBF:
        assert f"Great British Beer Festival {first[:4]}" in on(HB, "news", iso(first))
    assert found(GM, "shetyobineba", r"ახალი ღვინის ფესტივალი (\d{4})") == {
        str(y) for y in range(2015, 2020)}
    assert "საგანგებო" in on(GM, "shetyobineba", d(2020, 4, 1))
    assert "緊急事態宣言" in on(CJ, "event", d(2020, 5, 3))
    assert "Confinement" in on(RC, "lettre", d(2020, 11, 19))
    assert "Confinement" in on(CL, "caveau", d(2020, 4, 1))
    assert "Estado de alarma" in on(BV, "visitas", d(2020, 4, 12))
    assert "Taproom closed" in on(HB, "news", d(2020, 5, 1))
    assert "Cuarentena" in on(GO, "boletin", d(2020, 5, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (VL, "byline", VL_REDESIGN, "By {author}", "Words:"),
        (VL, "pro", VL_PRO, "This article", "🔒"),
        (VL, "notice", VL_BULLETIN, "free every weekday", "by 8am"),
        (VL, "drinkaware", UK_UNITS, "Please enjoy", "14 units"),
        (RC, "auteur", RC_REDESIGN, "Par {author}", "Photo"),
        (RC, "lettre", RC_LETTRE, "chaque lundi", "chaque matin"),
        (BB, "byline", BB_STORY_BY, "By {author}", "Story by"),
        (BB, "notice", BB_DAILY, "in your inbox", "6 a.m. ET"),
        (GO, "boletin", GO_BOLETIN, "semanal", "cada mañana"),
        (CT, "shippitsu", CT_SHASHIN, "文：", "写真"),
        (CT, "oshirase", CT_LINE, "メールマガジン", "LINE"),
        (CT, "zeikomi", TAX_10, "すべて税込", "軽減税率"),
        (BZ, "masawesha", BZ_TELEGRAM, "ፌስቡክ", "ቴሌግራም"),
        (GM, "shetyobineba", GM_INSTAGRAM, "ბიულეტენი", "ინსტაგრამ"),
        (CJ, "event", CJ_TWITTER, "メールマガジン", "Twitter"),
        (CJ, "zeikomi", TAX_10, "8%", "10%"),
        (PH, "shipping", PH_LOCKDOWN, "$50", "lockdown"),
        (PH, "shipping", PH_REOPEN, "lockdown", "$60"),
        (BV, "envio", BV_ENVIO, "60 €", "6 botellas"),
        (HB, "mailing-list", GDPR_DAY, "tap takeovers", "privacy notice")))
    assert_groups_reworded(SET, (
        (VL, "dated", "th ", "min read"),
        (VL, "byline", "By ", "Words: "),
        (RC, "date", "Le ", "– "),
        (BB, "dateline", "20", " ET"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value.split(":")[-1] in on(domain, family, max(iso(start), FIRST_DAY)), (
                domain, start)
    assert "now permanent" in on(BB, "excise", LAST_DAY)
    assert "$3.50" in on(BB, "excise", d(2018, 1, 1)) and "$7" in on(BB, "excise",
                                                                    d(2017, 12, 31))
    assert changes(CJ, "shuzei") == {BEER_TAX} and "ビール70円" in on(CJ, "shuzei", BEER_TAX)
    assert changes(BV, "anada") == {d(y, 3, 1) for y in range(2015, 2021)}
    assert "2019: «Excelente»" in on(BV, "anada", d(2020, 6, 1))
    assert "8 000 kg/ha" in on(CL, "rendement", d(2020, 9, 1))
    assert "በ2012 በጀት ዓመት" in on(BZ, "export", d(2020, 8, 1))
    prices = {m[1] for t in group_lines(SET, VL, "duty") if (m := re.search(r"(£[\d.]+)",
                                                                           norm(t)))}
    assert len(prices) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (BZ, "kifil", r"[\u1200-\u137f]"), (BZ, "mastaweqia", r"[\u1200-\u137f]"),
        (BZ, "qen", r"[\u1200-\u137f]"), (GM, "avtori", r"[\u10d0-\u10ff]"),
        (GM, "reklama", r"[\u10d0-\u10ff]"), (CT, "kanren", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (CJ, "inshu", r"[\u3040-\u30ff\u4e00-\u9fff]"), (RC, "loi-evin", r"[éà]"),
        (GO, "fecha", r"[áéíóúñ]|\d"), (BV, "moderacion", r"[áéíóúñ]")))
    assert any("令和" in t for t in group_lines(SET, CT, "hizuke"))
    assert any("平成" in t for t in group_lines(SET, CT, "hizuke"))
    assert any("ዓ.ም." in t and "(" in t for t in group_lines(SET, BZ, "qen"))
    assert any(t.endswith("ET") for t in group_lines(SET, BB, "dateline"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{VL}/dated", f"{VL}/byline", f"{VL}/related", f"{VL}/kicker",
                         f"{VL}/tasting-note", f"{VL}/copyright", f"{VL}/price", f"{RC}/date",
                         f"{RC}/degustation", f"{RC}/auteur", f"{BB}/dateline"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{VL}/publisher", f"{VL}/copyright", f"{VL}/drinkaware", f"{RC}/loi-evin",
        f"{RC}/copyright", f"{BB}/about"))
    assert_carried_share(docs, VL, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("index", 0.06, 0.3), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, RC, [("loi-evin", 0.3, 0.7), ("erratum", 0.0, 0.12)])
    for fam in (f"{VL}/related", f"{VL}/advert", f"{VL}/tasting-note", f"{RC}/pub"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((VL, "price"), (RC, "lire"), (BB, "hops"), (GO, "puntaje"),
                               (CT, "hinshu"), (BZ, "buna"), (GM, "jishi"), (CJ, "style")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (VL, "correction", 16), (RC, "erratum"), (BB, "correction"), (GO, "fe-de-erratas"),
        (CT, "teisei"), (BZ, "mastekakeya"), (GM, "shesworeba"), (CJ, "teisei"),
        (CL, "maj"), (PH, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{VL}/related", "Related: "), (f"{RC}/lire", "Lire aussi – "),
        (f"{BB}/related", "RELATED: "), (f"{GO}/lea", "Lea también: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (VL, "advert", "Advertisement"), (RC, "pub", "Publicité"),
        (BB, "advert", "ADVERTISEMENT"), (GO, "publicidad", "Publicidad"),
        (CT, "kokoku", "広告"), (BZ, "mastaweqia", "ማስታወቂያ"), (GM, "reklama", "რეკლამა"),
        (CJ, "pr", "PR"), (BB, "responsibly", "Please enjoy responsibly.")))
    assert_group_values_from_pool(SET, ((BB, "kicker", "kicker"),
                                        (CJ, "kategori", "kategori")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (VL, "advert", "Advertisement"),
        (RC, "loi-evin", "L'abus d'alcool est dangereux pour la santé, à consommer avec "
                         "modération."),
        (BB, "responsibly", "Please enjoy responsibly.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        VL: (["drinkaware", "publisher", "copyright"], 2),
        RC: (["loi-evin", "mineurs", "copyright"], 2),
        BB: (["responsibly", "about", "copyright"], 2),
        CT: (["hakko", "copyright"], 2),
        BZ: (["adrasha", "copyright"], 2),
        GM: (["gafrtkhileba", "asaki", "copyright"], 2),
        CJ: (["inshu", "ninshin", "copyright"], 2),
        CL: (["loi-evin", "age", "adresse", "partager"], 2),
        BV: (["moderacion", "menores", "empresa"], 2)})


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
