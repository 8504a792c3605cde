"""The held-back-199 template set (`tests.bench.heldout_templates_199`): its "posted on" dates
localised and printed day by day (English, Polish, Arabic with its switch to Arabic-Indic
digits, Urdu, Romanian and Hungarian, several changing form on the day of a redesign), the
lines that turn every day, business day, week and month (the BNR euro rate, "prices as of",
the ads posted last week, the average asking price of a used car), the calendars the banners
follow (Black Friday in its American and Romanian dates, White Friday, Christmas posting
days, Easter and Orthodox Easter, Ramadan, the Eids and the qurbani markets, national days,
11.11, tyre seasons, back to school, the December pause on pet adverts, the 2020 lockdowns),
the notices reworded over the years (safety tips, verification banners, app appeals, GDPR,
pet-sale rules, the environmental stamp), the amounts that change (minimum wages, VAT, stamp
prices, sales-tax states, base rates, subsidies, ad prices), the listing IDs, prices and
"Report this ad" lines inside the body, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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
from tests.bench.heldout_templates_199 import (
    AU_REDESIGN,
    AU_TIMBRU,
    AV_APP,
    AV_REDESIGN,
    AV_SAFETY,
    BM_REDESIGN,
    CSOK,
    DK_APP,
    DK_APPGALLERY,
    DK_ID,
    DK_REDESIGN,
    DK_SAFETY,
    EG_VAT,
    FACILITATOR_STATES,
    FIRST_DAY,
    FOREVER_STAMP,
    HIJRI_PK,
    HIJRI_SA,
    HU_BASE_RATE,
    HU_NEW_HOMES_VAT,
    HU_WAGES,
    LAST_DAY,
    LAST_SECOND_CLASS,
    MG_REDESIGN,
    MW_APP,
    MW_FEATURED,
    MW_REDESIGN,
    MW_WALLETS,
    PRIORITY_BY,
    RO_BLACK_FRIDAY,
    RO_MIN_WAGE,
    SA_VAT,
    SY_APP,
    SY_REDESIGN,
    SY_SAFETY,
    SY_VERIFIED,
    TB_ANPC,
    TB_APP,
    TB_REDESIGN,
    TB_SAFETY,
    TG_APP,
    TG_BLIK,
    TG_COURIER,
    TG_PROMO,
    TG_REDESIGN,
    TG_RODO,
    TG_VERIFIED,
    TW_CHAT,
    TW_GUARANTEE,
    TW_REDESIGN,
    WW_LICENCES,
    WW_LUCYS_LAW,
    ads_last_week,
    arabic,
    average_price,
    black_friday,
    business_day,
    eur_ron,
    monday_of,
    spaced,
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
    assert_values_from_pool,
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
    wording_matches,
    wording_on,
)

SET = "held-back-199"
SITES = ("Swapyard", "Targowisko24", "دكانك", "Tradewell", "منڈی والا", "TârgulBun",
         "Apróvilág", "MotoGiełda", "بيتك مصر", "Wag & Whisker", "AutoVitrina", "Lakáspiac")
SY, TG, DK, TW = "swapyard.co.uk", "targowisko24.pl", "dukkanak.com", "tradewell.com"
MW, TB, AV, MG = "mandiwala.pk", "targulbun.ro", "aprovilag.hu", "motogielda.pl"
BM, WW, AU, LP = "beitakmasr.com", "wagandwhisker.co.uk", "autovitrina.ro", "lakaspiac.hu"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SY, "dated"), (TG, "data"), (DK, "tarikh"), (TW, "updated"), (MW, "tareekh"),
         (TB, "data"), (AV, "datum"), (MG, "data"), (BM, "tarikh"), (WW, "posted"),
         (AU, "data"), (LP, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((LP, "allapot"),)
# The notices that follow calendars, and their wording on a day no event turns them.
BANNERS = {
    SY: ("banner", "Got something to sell? Posting an ad on Swapyard is free"),
    TG: ("baner", "Masz coś do sprzedania? Dodaj ogłoszenie za darmo"),
    DK: ("tanbih", "أضف إعلانك مجاناً على دكانك وبِع أسرع"),
    TW: ("notice", "New to selling? Start with our seller checklist"),
    MW: ("elaan", "اپنا اشتہار مفت لگائیں اور جلدی بیچیں"),
    TB: ("banner", "Ai ceva de vândut? Adaugă un anunț gratuit pe TârgulBun"),
    AV: ("figyelem", "Adjon fel hirdetést ingyen, akár pár perc alatt!"),
    MG: ("sezon", "Sprawdź historię auta po numerze VIN, zanim pojedziesz je obejrzeć"),
    BM: ("tanweeh", "اعرض وحدتك مجاناً على بيتك مصر"),
    WW: ("checklist", "Thinking of getting a pet? Read our buyer's checklist first"),
}
QUIET = d(2015, 2, 3)  # a day none of the banners turns for an event
# Amounts in force from given days.
TABLES = ((TG, "wyroznij", TG_PROMO), (DK, "dariba", SA_VAT), (TW, "stamp", FOREVER_STAMP),
          (TW, "tax", FACILITATOR_STATES), (MW, "numayan", MW_FEATURED),
          (TB, "salariu", RO_MIN_WAGE), (AV, "berek", HU_WAGES), (BM, "dariba", EG_VAT),
          (LP, "alapkamat", HU_BASE_RATE), (LP, "afa", HU_NEW_HOMES_VAT), (LP, "csok", CSOK))

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + tuple(
        (domain, family) for domain, (family, _) in BANNERS.items()) + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (SY, "weekly"), (TB, "curs"), (MG, "srednia"), (AU, "rabla")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 5, 25), d(2019, 11, 8),
        d(2020, 4, 1), d(2020, 7, 31), LAST_DAY))


def test_helpers() -> None:
    assert all(-1 <= wobble(day, "x") <= 1 for day in every_day()[:50])
    assert wobble(d(2017, 1, 1), "a") == wobble(d(2017, 1, 1), "a") != wobble(d(2017, 1, 1),
                                                                                "b")
    assert business_day(d(2019, 6, 23)) == business_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert business_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) and monday_of(d(2019, 6, 24)) == d(
        2019, 6, 24)
    assert [black_friday(y) for y in (2015, 2018, 2020)] == [d(2015, 11, 27), d(2018, 11, 23),
                                                              d(2020, 11, 27)]
    assert arabic("45,000") == "٤٥٬٠٠٠" and arabic(2019) == "٢٠١٩"
    assert spaced(1250000) == "1 250 000"
    assert all(4.4 < eur_ron(day) < 4.9 for day in every_day()[::30])
    assert average_price(2020, 4) < average_price(2020, 2) < average_price(2020, 12)
    assert ads_last_week(d(2020, 4, 13)) < 0.6 * ads_last_week(d(2020, 2, 3))
    assert all(iso(p[0]) <= iso(s[0]) for p, s in zip(HIJRI_SA.values(), HIJRI_PK.values(),
                                                      strict=True))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SY, "dated", old, "Posted on 05/03/2016")
    full(SY, "dated", new, rf"Posted on Friday 19 June 2020 at {clock}")
    full(SY, "weekly", new, r"[\d,]+ ads were posted on Swapyard in the week to 14 June")
    full(TG, "data", old, r"Dodano: 05\.03\.2016")
    full(TG, "data", new, rf"Opublikowano: piątek, 19 czerwca 2020 r\., {clock}")
    full(DK, "tarikh", old, "نُشر في 5 مارس 2016")
    full(DK, "tarikh", new, "نُشر يوم الجمعة ١٩ يونيو ٢٠٢٠م")
    full(TW, "updated", old, "Updated Mar 5, 2016")
    full(TW, "updated", new, "Last updated on June 19, 2020")
    full(MW, "tareekh", old, "شائع شدہ: 5 مارچ 2016")
    full(MW, "tareekh", new, rf"جمعہ، 19 جون 2020، {clock}")
    full(TB, "data", old, r"Publicat: 05\.03\.2016")
    full(TB, "data", new, rf"Publicat vineri, 19 iunie 2020, {clock}")
    full(TB, "curs", old, r"Curs BNR 04\.03\.2016: 1 EUR = 4,\d{4} lei")
    full(TB, "curs", new, r"Curs BNR 19\.06\.2020: 1 EUR = 4,8\d{3} lei")
    full(AV, "datum", old, r"Feladva: 2016\.03\.05\.")
    full(AV, "datum", new, rf"2020\. június 19\., péntek {clock}")
    full(MG, "data", old, rf"05\.03\.2016, {clock}")
    full(MG, "data", new, "19 czerwca 2020")
    full(MG, "srednia", new, r"Średnia cena ofert samochodów osobowych \(maj 2020\): "
                             r"\d\d \d00 zł")
    full(MG, "srednia", d(2020, 6, 3), r".*\(kwiecień 2020\).*")
    full(MG, "srednia", d(2020, 1, 4), r".*\(listopad 2019\).*")
    full(BM, "tarikh", old, "القاهرة في ٥/٣/٢٠١٦")
    full(BM, "tarikh", new, "آخر تحديث: الجمعة ١٩ يونيو ٢٠٢٠")
    full(WW, "posted", old, "Posted 5 Mar 2016")
    full(AU, "data", old, rf"05/03/2016 {clock}")
    full(AU, "data", new, r"Actualizat: 19 iun\. 2020")
    full(LP, "datum", new, r"2020\. június 19\.")
    full(LP, "allapot", new, r"A hirdetési árak 2020\. június 19-i állapotot tükröznek\.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SY, "dated", day).endswith("{time}") == (day >= SY_REDESIGN)
        assert on(TG, "data", day).startswith("Opublikowano") == (day >= TG_REDESIGN)
        assert bool(re.search(r"[0-9]", on(DK, "tarikh", day))) == (day < DK_REDESIGN)
        assert on(TW, "updated", day).startswith("Last") == (day >= TW_REDESIGN)
        assert on(MW, "tareekh", day).startswith("شائع") == (day < MW_REDESIGN)
        assert on(TB, "data", day).startswith("Publicat:") == (day < TB_REDESIGN)
        assert on(AV, "datum", day).startswith("Feladva") == (day < AV_REDESIGN)
        assert on(MG, "data", day).endswith("{time}") == (day < MG_REDESIGN)
        assert on(BM, "tarikh", day).startswith("آخر تحديث") == (day >= BM_REDESIGN)
        assert on(AU, "data", day).startswith("Actualizat") == (day >= AU_REDESIGN)
        assert not re.search(r"[0-9]", on(BM, "tarikh", day))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:3]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_business_day_week_and_month() -> None:
    weekdays = {day for day in every_day() if day.weekday() < 5 and day > FIRST_DAY}
    assert changes(TB, "curs") == weekdays
    assert changes(SY, "weekly") == {day for day in every_day()
                                     if day.weekday() == 0 and day > FIRST_DAY}
    assert changes(MG, "srednia") == {day for day in every_day() if day.day == 5}
    assert changes(LP, "allapot") == set(every_day()[1:])
    rates = [float(m[1].replace(",", ".")) for t in group_lines(SET, TB, "curs")
             if (m := re.search(r"= (\d,\d{4}) lei", norm(t)))]
    assert rates and all(4.4 < r < 4.9 for r in rates)
    weekly = {m[1] for t in group_lines(SET, SY, "weekly")
              if (m := re.search(r"^([\d,]+) ads", norm(t)))}
    assert len(weekly) >= 5


def test_notices_follow_the_calendars() -> None:
    for domain, (family, text) in BANNERS.items():
        assert on(domain, family, QUIET) == text, domain
    for y in range(2015, 2021):
        last = LAST_SECOND_CLASS[y]
        if y < 2020:
            assert f"Christmas {y}" in on(SY, "banner", d(y, 12, last)), y
            assert f"{last} December" in on(SY, "banner", d(y, 12, 1)), y
            assert f"Easter {y}" in on(SY, "banner", easter(y)), y
            assert f"Black Week {y}" in on(TG, "baner", black_friday(y)), y
            assert f"Wielkanoc {y}" in on(TG, "baner", easter(y) - 3 * one), y
            assert f"Black Friday {y}" in on(TB, "banner", iso(RO_BLACK_FRIDAY[y])), y
            assert f"Paște {y}" in on(TB, "banner", orthodox_easter(y)), y
            assert f"Húsvét {y}" in on(AV, "figyelem", easter(y)), y
            assert f"Iskolakezdés {y}" in on(AV, "figyelem", d(y, 8, 25)), y
            assert f"Sezon na opony zimowe {y}" in on(MG, "sezon", d(y, 11, 1)), y
            first, fitr, adha, hijri = HIJRI_SA[y]
            assert arabic(hijri) in on(DK, "tanbih", iso(first) + 5 * one), y
            assert "عيد فطر" in on(DK, "tanbih", iso(fitr)), y
            assert "الأضحى" in on(DK, "tanbih", iso(adha)), y
            assert "رمضان كريم" in on(BM, "tanweeh", iso(first) + 5 * one), y
            first, fitr, adha, hijri = HIJRI_PK[y]
            assert f"{hijri}ھ" in on(MW, "elaan", iso(first) + 5 * one), y
            assert "عید مبارک" in on(MW, "elaan", iso(fitr)), y
            assert f"قربانی کے جانور {y}" in on(MW, "elaan", iso(adha) - 10 * one), y
        assert f"Cyber Week {y}" in on(TW, "notice", black_friday(y)), y
        assert f"Christmas {y}" in on(SY, "banner", d(y, 12, 28)), y
        assert f"Święta {y}" in on(TG, "baner", d(y, 12, 20)), y
        assert f"Crăciun {y}" in on(TB, "banner", d(y, 12, 20)), y
        assert f"Karácsony {y}" in on(AV, "figyelem", d(y, 12, 20)), y
        assert f"From 15 December {y} to 2 January {y + 1}" in on(WW, "checklist",
                                                                  d(y, 12, 20)), y
        assert f"December {PRIORITY_BY[y]} for USPS" in on(TW, "notice", d(y, 12, 10)), y
        assert f"الجمعة البيضاء {arabic(y)}" in on(DK, "tanbih", black_friday(y)), y
    # 2015's National Day fell in the week of Eid al-Adha, whose notice won.
    assert found(DK, "tanbih", r"اليوم الوطني (\S+):") == {arabic(n) for n in range(86, 91)}
    assert found(MW, "elaan", r"جشنِ آزادی (\d{4})") == {"2015", "2016", "2019", "2020"}
    assert found(MW, "elaan", r"11\.11 سیل (\d{4})") == {"2017", "2018", "2019", "2020"}
    assert "From 15 December 2018" in on(WW, "checklist", d(2019, 1, 2))
    assert on(WW, "checklist", d(2019, 1, 3)) == BANNERS[WW][1]
    assert "Programul Rabla 2019" in on(AU, "rabla", d(2019, 6, 1))
    assert "2019" not in on(AU, "rabla", d(2019, 12, 15))
    for domain, family, word in ((SY, "banner", "Coronavirus"), (TG, "baner", "Koronawirus"),
                                 (DK, "tanbih", "منع التجول"), (TW, "notice", "COVID-19"),
                                 (MW, "elaan", "لاک ڈاؤن"), (TB, "banner", "Stare de urgență"),
                                 (AV, "figyelem", "Veszélyhelyzet"), (MG, "sezon", "wideo"),
                                 (BM, "tanweeh", "حظر التجول"), (WW, "checklist", "lockdown")):
        assert word in on(domain, family, d(2020, 4, 1)), domain


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SY, "byline", SY_REDESIGN, "By {author}", "Written by"),
        (SY, "verified", SY_VERIFIED, "Trusted seller", "phone number checked"),
        (SY, "safety", SY_SAFETY, "bank transfer", "through a link"),
        (SY, "banner", SY_APP, "Posting an ad on Swapyard is free", "Snap it"),
        (TG, "konto", TG_VERIFIED, "Użytkownik od", "Sprawdzony sprzedawca"),
        (TG, "bezpieczenstwo", TG_BLIK, "z góry", "BLIK"),
        (TG, "bezpieczenstwo", TG_COURIER, "BLIK", "kuriera"),
        (TG, "prywatnosc", TG_RODO, "cookies", "RODO"),
        (TG, "baner", TG_APP, "za darmo", "aplikację"),
        (DK, "katib", DK_REDESIGN, "بقلم: {author}", "فريق محتوى"),
        (DK, "muwathaq", DK_ID, "برقم الجوال", "بالهوية الوطنية"),
        (DK, "aman", DK_SAFETY, "مكان عام", "رمز التحقق"),
        (DK, "tatbiq", DK_APPGALLERY, "Google Play", "AppGallery"),
        (DK, "tanbih", DK_APP, "مجاناً", "تطبيق"),
        (TW, "guarantee", TW_GUARANTEE, "Buyer Protection", "Money Back"),
        (TW, "contact", TW_CHAT, "Contact us", "Chat with us"),
        (MW, "hoshiyar", MW_WALLETS, "چیز دیکھے بغیر", "جاز کیش"),
        (MW, "elaan", MW_APP, "مفت", "ایپ"),
        (TB, "siguranta", TB_SAFETY, "Western Union", "cardului"),
        (TB, "anpc", TB_ANPC, "www.anpc.ro", "Soluționarea"),
        (TB, "banner", TB_APP, "gratuit", "aplicația"),
        (AV, "biztonsag", AV_SAFETY, "személyesen", "csalók"),
        (AV, "figyelem", AV_APP, "ingyen", "alkalmazást"),
        (WW, "licence", WW_LICENCES, "local council", "licence number"),
        (WW, "direct", WW_LUCYS_LAW, "mother", "Lucy's Law"),
        (AU, "timbru", AU_TIMBRU, "nu includ", "eliminat"),
        (LP, "csok", d(2015, 7, 1), "érdeklődjön", "CSOK")))
    assert_groups_reworded(SET, (
        (SY, "dated", "/", " at "),
        (TG, "data", "Dodano", "Opublikowano"),
        (DK, "tarikh", "نُشر في", "نُشر يوم"),
        (TW, "updated", "Updated ", "Last updated"),
        (SY, "safety", "bank transfer", "through a link"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
    for domain, family, table in ((TG, "wyroznij", TG_PROMO), (TW, "stamp", FOREVER_STAMP),
                                  (TB, "salariu", RO_MIN_WAGE), (LP, "alapkamat",
                                                                 HU_BASE_RATE)):
        for start, value in table:
            if start < FIRST_DAY.isoformat() and any(
                    s <= FIRST_DAY.isoformat() for s, _ in table if s > start):
                continue  # superseded before the first article
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "٥٪" in on(DK, "dariba", d(2019, 1, 1)) and "١٥٪" in on(DK, "dariba",
                                                                   d(2020, 7, 1))
    assert "٪" not in on(DK, "dariba", d(2017, 12, 31))
    assert "١٣٪" in on(BM, "dariba", d(2017, 1, 1)) and "١٤٪" in on(BM, "dariba",
                                                                    d(2018, 1, 1))
    assert "25 states" in on(TW, "tax", d(2019, 8, 1))
    assert "responsible" in on(TW, "tax", d(2018, 9, 30))
    assert "650 روپے" in on(MW, "numayan", d(2020, 6, 1))
    assert "161 000" in on(AV, "berek", d(2020, 6, 1)) and "210 600" in on(AV, "berek",
                                                                           d(2020, 6, 1))
    assert "5%" in on(LP, "afa", d(2018, 1, 1)) and "2023" in on(LP, "afa", d(2020, 1, 1))
    assert "0,60%" in on(LP, "alapkamat", d(2020, 12, 1))
    assert "falusi" in on(LP, "csok", d(2019, 7, 1))


def test_several_languages_and_scripts() -> None:
    arabic_script = r"[\u0600-\u06ff]"
    urdu_letters = r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06cc\u06d2]"
    assert_groups_in_script(SET, (
        (DK, "aman", arabic_script), (DK, "iblagh", arabic_script),
        (MW, "shikayat", urdu_letters), (MW, "hoshiyar", urdu_letters),
        (MW, "tareekh", arabic_script), (BM, "arboun", arabic_script),
        (TG, "bezpieczenstwo", r"[ąćęłńóśźż]"), (MG, "data", r"[0-9]"),
        (TB, "siguranta", r"[ăâîșț]"), (AV, "biztonsag", r"[áéíóöőúüű]"),
        (AU, "timbru", r"[ăâîșț]")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, DK, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, DK, "tarikh"))
    assert any("r.," in t for t in group_lines(SET, TG, "data"))
    assert any(re.search(r"\d{4}\. \w+ \d+\., \w+", t) for t in group_lines(SET, AV, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SY}/dated", f"{SY}/byline", f"{SY}/related", f"{SY}/kicker",
                         f"{SY}/ad-id", f"{SY}/price", f"{SY}/copyright", f"{TG}/data",
                         f"{TG}/id", f"{TG}/cena", f"{DK}/tarikh", f"{DK}/raqm"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SY}/company", f"{SY}/report", f"{SY}/advert", f"{TG}/spolka", f"{TG}/zglos",
        f"{DK}/sijil"))
    assert_carried_share(docs, SY, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("weekly", 0.06, 0.3), ("banner", 0.15, 0.5), ("copyright", 0.3, 0.6)])
    assert_carried_share(docs, TG, [("data", 0.75, 0.98), ("reklama", 0.35, 0.7),
                                    ("sprostowanie", 0.0, 0.12)])
    for fam in (f"{SY}/related", f"{SY}/report", f"{TG}/reklama",
                f"{DK}/iblagh"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SY, "verified"), (TG, "czytaj"), (DK, "iqra"),
                               (MW, "parhen"), (TB, "citeste"), (AV, "kapcsolodo"),
                               (MG, "numer"), (BM, "code"), (WW, "ref"), (AU, "cod"),
                               (LP, "azonosito")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SY, "correction", 16), (TG, "sprostowanie"), (DK, "tashih"), (TW, "update"),
        (MW, "tasheeh"), (TB, "corectie"), (AV, "helyesbites"), (MG, "errata"),
        (BM, "tashih"), (WW, "correction"), (AU, "corectie"), (LP, "helyesbites")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SY}/related", "Related: "), (f"{TG}/czytaj", "Czytaj także: "),
        (f"{DK}/iqra", "اقرأ أيضاً: "), (f"{TB}/citeste", "Citește și: ")))


def test_listing_lines_bare_lines_and_pools() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_groups_mostly_bare(SET, (
        (SY, "advert", "Advertisement"), (SY, "report", "Report this ad"),
        (TG, "reklama", "Reklama"), (TG, "zglos", "Zgłoś ogłoszenie"),
        (DK, "ilan", "إعلان"), (DK, "iblagh", "أبلغ عن هذا الإعلان"),
        (MW, "ishtihar", "اشتہار"), (TB, "publicitate", "Publicitate"),
        (AV, "hirdetes", "Hirdetés"), (MG, "reklama", "REKLAMA")))
    assert_group_values_from_pool(SET, (
        (TG, "dzial", "dzial"), (TW, "crumb", "crumb"), (MW, "zumra", "zumra"),
        (MG, "dzial", "dzial")))
    # The kickers that name the site are checked on the site itself (a renamed variant
    # prints its own name).
    assert_values_from_pool(SET, fams, ((f"{SY}/kicker", "kicker"), (f"{DK}/qism", "qism"),
                                        (f"{TB}/rubrica", "rubrica"), (f"{AV}/rovat", "rovat")))
    for style, family, pattern in ((SY, "ad-id", r"Ad ID: \d{6}"),
                                   (TG, "id", r"ID ogłoszenia: \d{6}"),
                                   (DK, "raqm", r"رقم الإعلان: \d{6}"),
                                   (MW, "number", r"اشتہار نمبر: \d{6}"),
                                   (TB, "id", r"ID anunț: \d{6}"),
                                   (AV, "kod", r"Hirdetéskód: \d{6}")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(bool(re.fullmatch(pattern, t)) for t in lines) >= 0.9 * len(lines)
        assert len(set(lines)) >= 0.8 * len(lines), (style, family)
    sources = {norm(t).removeprefix("Źródło: ") for t in group_lines(SET, MG, "zrodlo")}
    assert any(", " in t for t in sources) and any(", " not in t for t in sources)
    assert any("Samar" in t for t in sources)
    credits = {norm(t) for t in group_lines(SET, SY, "photo")}
    assert {"Image: Getty Images", "Image: supplied by the seller"} <= credits
    prices = {norm(t) for t in group_lines(SET, SY, "price")}
    assert {"Price: Free to collector", "Price: £45"} <= prices


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SY, "report", "Report this ad"),
        (TG, "zglos", "Zgłoś ogłoszenie"),
        (DK, "iblagh", "أبلغ عن هذا الإعلان")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SY: (["company", "copyright"], 2),
        TG: (["prywatnosc", "spolka", "copyright"], 2),
        DK: (["tatbiq", "sijil", "huquq"], 2),
        TW: (["helpful", "contact", "copyright"], 3),
        TB: (["anpc", "firma", "copyright"], 2),
        AV: (["impresszum", "copyright"], 2),
        BM: (["khat", "huquq"], 1),
        WW: (["standards", "copyright"], 1)})


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
