"""The held-back-59 template set (`tests.bench.heldout_templates_59`): its localised dates
(printed day by day, one beside the Hijri date, one with the Japanese era, one with the
Bikram Sambat year, one in a script's own digits, some changing form on the day of a
redesign), the notices it rewords by date, the calendars and seasons some notices follow
(anniversaries with their counts, days on a weekday of a month, movable feasts, votes,
storms and epidemics, holidays dropped or called off), the per-weekday outing rota, the
monthly exchange rate and the fortnightly fuel prices, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_59 import (
    ARABIC_MONTHS,
    AS_SAMOAN,
    BS_NEW_YEAR,
    DEVANAGARI_ZERO,
    FIRST_DAY,
    GQ_REDESIGN,
    HIJRI_MONTHS,
    LAST_DAY,
    LY_HIJRI,
    MQ_REDESIGN,
    NEPALI_MONTHS,
    PA_FUEL_START,
    PA_ROTA,
    REIWA,
    SAMOAN_MONTHS,
    bs_year,
    digits,
    easter,
    hijri,
    jounen_kweyol,
    ly_rate,
    nth_weekday,
    ordinal,
    pa_fuel,
    pa_outings,
    spicemas,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_in_scripts,
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
    wording_on,
    wordings_by_start,
)

SET = "held-back-59"
SITES = ("صدى الصابري", "沖縄うみかぜ新聞", "कमला आवाज", "Ouémé Actu", "Ecos del Wele",
         "Eco del Barú", "The Kombo Standard", "The Pitons Voice", "Grand Etang Times",
         "Le Courrier du Lamentin", "Pago Bay Post", "Anibare Bulletin")
LY, JP, NP, BJ = ("sadaalsabri.ly", "umikaze-okinawa.jp", "kamalaawaz.com.np", "ouemeactu.bj")
GQ, PA, GM, LC = ("ecosdelwele.gq", "ecodelbaru.com.pa", "kombostandard.gm", "pitonsvoice.lc")
GD, MQ, AS, NR = ("grandetangtimes.gd", "courrierdulamentin.mq", "pagobaypost.as",
                  "anibarebulletin.nr")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((LY, "tarikh"), (JP, "hizuke"), (NP, "miti"), (GQ, "fecha"), (MQ, "date"),
         (AS, "aso"))

# The families that change with the seasons, the months or the fortnights.
PERIODIC = ((LY, "dolar"), (JP, "kisetsu"), (PA, "combustible"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((LY, "tabiouna"), (JP, "oshirase"), (NP, "suchana"), (BJ, "suivez"), (GQ, "aviso"),
           (PA, "aviso"), (GM, "notice"), (LC, "notice"), (GD, "notice"), (MQ, "lettre"),
           (AS, "notice"), (NR, "notice"))

# A day no notice of the set turns for an event on.
QUIET = d(2016, 3, 30)

ARABIC = r"[\u0600-\u06ff]"
DEVANAGARI = r"[\u0900-\u097f]"
JAPANESE = r"[\u3040-\u30ff\u4e00-\u9fff]"
LATIN = r"[A-Za-z]"
DEVANAGARI_DIGITS = "".join(chr(ord(DEVANAGARI_ZERO) + k) for k in range(10))


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2019, 4, 30), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [easter(y) for y in (2016, 2019, 2020)] == [d(2016, 3, 27), d(2019, 4, 21),
                                                       d(2020, 4, 12)]
    assert nth_weekday(2019, 10, 6, 2) == d(2019, 10, 13)
    assert [jounen_kweyol(y) for y in (2018, 2019)] == [d(2018, 10, 28), d(2019, 10, 27)]
    assert [spicemas(y) for y in (2017, 2019, 2020)] == [d(2017, 8, 14), d(2019, 8, 12), None]
    assert [ordinal(n) for n in (40, 41, 51, 52, 53)] == ["40th", "41st", "51st", "52nd",
                                                          "53rd"]
    assert hijri(d(2019, 6, 21))[:2] == (1440, 10) and hijri(d(2020, 8, 25))[0] == 1442
    assert digits(2076, DEVANAGARI_ZERO) == "२०७६" and digits(7, DEVANAGARI_ZERO, 2) == "०७"
    assert [bs_year(day) for day in (d(2015, 1, 1), d(2015, 4, 14), d(2016, 4, 12),
                                     d(2016, 4, 13), d(2020, 12, 31), d(2021, 1, 5))] == [
        2071, 2072, 2072, 2073, 2077, 2077]
    assert PA_FUEL_START.weekday() == 4 and PA_ROTA[0].weekday() == 2


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LY, "tarikh", old, "السبت 5 مارس 2016")
    full(LY, "tarikh", new, "الجمعة 17 شوال 1440 هـ - 21 يونيو 2019 م")
    full(JP, "hizuke", old, r"2016年（平成28年）3月5日（土） \d\d:\d\d")
    full(JP, "hizuke", new, r"2019年（令和元年）6月21日（金） \d\d:\d\d")
    full(JP, "hizuke", d(2020, 2, 3), r"2020年（令和2年）2月3日（月） \d\d:\d\d")
    full(NP, "miti", old, "वि.सं. २०७२ · शनिदिन, ५ मार्च २०१६")
    full(NP, "miti", new, "वि.सं. २०७६ · शुक्रदिन, २१ जुन २०१९")
    full(BJ, "date", old, r"Publié le 5 mars 2016 à \d\dh\d\d")
    full(BJ, "date", new, r"Mis à jour le 21 juin 2019 à \d\dh\d\d")
    full(GQ, "fecha", old, "Bata, sábado 5 de marzo de 2016")
    full(GQ, "fecha", new, r"Actualizado: 21/06/2019 – \d\d:\d\d")
    full(PA, "fecha", new, r"21 de junio de 2019, \d\d:\d\d")
    full(GM, "date", new, "Friday 21 June 2019")
    full(LC, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(LC, "posted", new, r"Posted on June 21, 2019 by Ada Brook · \d+ min read")
    full(GD, "date", old, "Mar 5, 2016")
    full(GD, "date", new, r"Jun 21, 2019 · \d{1,2}:\d\d [AP]M")
    full(MQ, "date", old, "Mis en ligne le samedi 5 mars 2016")
    full(MQ, "date", new, r"21/06/2019 · \d\d:\d\d")
    full(AS, "aso", old, "Saturday, March 5, 2016")
    full(AS, "aso", new, "Aso Faraile, 21 Iuni 2019")
    full(NR, "date", new, "Yaren, 21 June 2019")
    assert HIJRI_MONTHS[8] == "رمضان" and ARABIC_MONTHS[5] == "يونيو"
    assert NEPALI_MONTHS[5] == "जुन" and SAMOAN_MONTHS[7] == "Aokuso"


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        ly = on(LY, "tarikh", day)
        gregorian = f"{day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}"
        if day < LY_HIJRI:
            assert ly.endswith(f" {gregorian}") and "هـ" not in ly, ly
        else:
            hy, hm, hd = hijri(day)
            assert f" {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ - {gregorian} م" in ly, ly
        jp = on(JP, "hizuke", day)
        assert jp.startswith(f"{day.year}年（") and f"）{day.month}月{day.day}日（" in jp, jp
        assert ("令和" in jp) == (day >= REIWA) and ("平成" in jp) == (day < REIWA), jp
        np_ = ascii_digits(on(NP, "miti", day), DEVANAGARI_DIGITS)
        assert np_.startswith(f"वि.सं. {bs_year(day)} · "), np_
        assert np_.endswith(f", {day.day} {NEPALI_MONTHS[day.month - 1]} {day.year}"), np_
        assert not re.search(r"[0-9]", on(NP, "miti", day))
        assert on(GQ, "fecha", day).startswith("Bata, ") == (day < GQ_REDESIGN)
        assert on(MQ, "date", day).startswith("Mis en ligne le ") == (day < MQ_REDESIGN)
        assert on(AS, "aso", day).startswith("Aso ") == (day >= AS_SAMOAN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_the_era_and_the_bikram_sambat_year() -> None:
    assert "平成31年）4月30日" in on(JP, "hizuke", REIWA - one)
    assert "令和元年）5月1日" in on(JP, "hizuke", REIWA)
    assert "令和元年）12月31日" in on(JP, "hizuke", d(2019, 12, 31))
    assert "令和2年）1月1日" in on(JP, "hizuke", d(2020, 1, 1))
    for year, first in BS_NEW_YEAR.items():
        day = d.fromisoformat(first)
        before = ascii_digits(on(NP, "miti", day - one), DEVANAGARI_DIGITS)
        after = ascii_digits(on(NP, "miti", day), DEVANAGARI_DIGITS)
        assert before.startswith(f"वि.सं. {year + 56} ") and after.startswith(
            f"वि.सं. {year + 57} "), (before, after)
        greeting = f"नव वर्ष {digits(year + 57, DEVANAGARI_ZERO)} केर शुभकामना"
        lockdown = "😷 लकडाउन: घरे मे रहू, सुरक्षित रहू"
        assert on(NP, "suchana", day) == (lockdown if year == 2020 else greeting), year
    eras = [norm(t) for t in group_lines(SET, JP, "hizuke")]
    assert any("平成" in t for t in eras) and any("令和" in t for t in eras)


def test_seasons_months_and_fortnights() -> None:
    assert "台風" in on(JP, "kisetsu", d(2019, 8, 1))
    assert "梅雨" in on(JP, "kisetsu", d(2019, 6, 1))
    assert "購読" in on(JP, "kisetsu", d(2019, 12, 1))
    assert "購読" in on(JP, "kisetsu", d(2019, 5, 9))
    rates = []
    for day in every_day():
        m = re.fullmatch(r"💵 الدولار في السوق الموازية اليوم: (\d\.\d\d) دينار",
                         on(LY, "dolar", day))
        assert m, day
        rates.append(float(m[1]))
    assert 1.9 <= min(rates) < 2.0 and 9.0 < max(rates) <= 9.2
    assert len(set(rates)) >= 60
    starts, _ = wordings_by_start(SET, LY, "dolar")
    assert all(start.endswith("-01") for start in starts[1:]) and len(starts) == 73
    assert ly_rate(d(2017, 12, 15)) == "💵 الدولار في السوق الموازية اليوم: 9.20 دينار"
    prices = set()
    for day in every_day():
        text = on(PA, "combustible", day)
        m = re.fullmatch(r"⛽ Precios tope en Chiriquí: gasolina de 91 B/\. (\d\.\d\d) · "
                         r"diésel B/\. (\d\.\d\d) el galón", text)
        assert m and 1.5 < float(m[2]) < float(m[1]) + 0.1 < 4.5, text
        prices.add(m[1])
        assert text == pa_fuel(day)
    assert len(prices) >= 80
    starts, _ = wordings_by_start(SET, PA, "combustible")
    fridays = [d.fromisoformat(s) for s in starts[1:]]
    assert all(day.weekday() == 4 and (day - PA_FUEL_START).days % 14 == 0 for day in fridays)
    for style, family, pattern in ((LY, "dolar", r"\d\.\d\d دينار"),
                                   (PA, "combustible", r"B/\. \d\.\d\d"),
                                   (JP, "kisetsu", r"^.")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (LY, "tabiouna", QUIET, "تابعونا على فيسبوك وتويتر"),
        (LY, "tabiouna", d(2019, 3, 1), "انضموا إلى قناتنا على تيليغرام لمتابعة آخر الأخبار"),
        (LY, "tabiouna", d(2019, 5, 20), "🌙 رمضان كريم: مواعيد الإمساك والإفطار في بنغازي"),
        (LY, "tabiouna", d(2019, 6, 5), "عيد فطر مبارك، كل عام وأنتم بخير"),
        (LY, "tabiouna", d(2018, 8, 21), "🐑 عيد أضحى مبارك"),
        (LY, "tabiouna", d(2019, 12, 24), "🇱🇾 الذكرى 68 لاستقلال ليبيا"),
        (LY, "tabiouna", d(2016, 2, 17), "الذكرى 5 لثورة السابع عشر من فبراير"),
        (LY, "tabiouna", d(2020, 5, 1), "😷 حظر التجول: المواعيد والاستثناءات في بنغازي"),
        (JP, "oshirase", d(2018, 6, 23), "🕊️ 慰霊の日：沖縄戦の組織的戦闘終結から73年"),
        (JP, "oshirase", d(2017, 5, 15), "本土復帰45年の日を迎えました"),
        (JP, "oshirase", d(2019, 10, 12), "那覇大綱挽2019：交通規制のお知らせ"),
        (JP, "oshirase", d(2019, 11, 10), "🔥 首里城火災：再建支援の募金受け付けのお知らせ"),
        (JP, "oshirase", d(2018, 9, 29), "🌀 台風24号：停電・交通情報まとめ"),
        (JP, "oshirase", d(2018, 10, 1), "🗳️ 知事選2018：開票速報はこちら"),
        (JP, "oshirase", d(2019, 9, 18), "9月18日は「しまくとぅばの日」 ゆたしくうにげーさびら"),
        (JP, "oshirase", d(2020, 1, 10), "公式アプリなら号外・速報をプッシュ通知でお知らせ"),
        (NP, "suchana", d(2015, 5, 10), "⚠️ भूकम्प: राहत आ उद्धारक जानकारी"),
        (NP, "suchana", d(2019, 11, 2), "🌅 छठि पावनिक हार्दिक शुभकामना"),
        (NP, "suchana", d(2019, 12, 1), "💐 विवाह पञ्चमी २०१९: जानकी मन्दिर मे विवाहोत्सव"),
        (NP, "suchana", d(2018, 9, 20), "संविधान दिवस: ३ वर्ष"),
        (NP, "suchana", d(2017, 12, 10), "🗳️ प्रतिनिधि सभा आ प्रदेश सभा: मतगणना लाइभ"),
        (NP, "suchana", d(2020, 5, 1), "😷 लकडाउन: घरे मे रहू, सुरक्षित रहू"),
        (BJ, "suivez", d(2019, 1, 9), "🥁 Bonne fête des religions endogènes, bonne fête du "
                                      "Vodun !"),
        (BJ, "suivez", d(2020, 8, 1), "🇧🇯 60e anniversaire de l'indépendance du Bénin"),
        (BJ, "suivez", d(2019, 8, 12), "🐑 Bonne fête de Tabaski à tous nos lecteurs"),
        (BJ, "suivez", d(2016, 3, 18), "🗳️ Second tour : les résultats commune par commune"),
        (BJ, "suivez", d(2020, 4, 15), "😷 Cordon sanitaire : les communes concernées et les "
                                       "mesures"),
        (GQ, "aviso", d(2015, 2, 1), "⚽ CAN 2015: calendario de partidos en Bata, Malabo, "
                                     "Ebebiyín y Mongomo"),
        (GQ, "aviso", d(2018, 10, 12), "🇬🇶 50 aniversario de la independencia"),
        (GQ, "aviso", d(2019, 12, 25), "🎄 ¡Feliz Navidad! Gracias por acompañarnos todo el "
                                       "año"),
        (PA, "aviso", d(2019, 3, 5), "🎭 Carnavales 2019: operativos en Boquete, Dolega y "
                                     "Bugaba"),
        (PA, "aviso", d(2018, 3, 15), "🐄 Feria Internacional de David 2018: programa y "
                                      "precios"),
        (PA, "aviso", d(2017, 1, 15), "🌺 Feria de las Flores y del Café 2017 en Boquete: "
                                      "horarios y transporte"),
        (PA, "aviso", d(2018, 11, 3), "🇵🇦 Fiestas patrias: 115 años de la separación de "
                                      "Colombia"),
        (PA, "aviso", d(2016, 6, 26), "🚢 Inauguración del Canal ampliado: transmisión en "
                                      "vivo"),
        (PA, "aviso", d(2019, 6, 1), "Únete a nuestro grupo de WhatsApp y recibe las "
                                     "noticias de Chiriquí"),
        (GM, "notice", d(2019, 2, 18), "🇬🇲 Happy 54th Independence Anniversary, The Gambia!"),
        (GM, "notice", d(2017, 1, 10), "Political impasse: live updates and travel advice"),
        (GM, "notice", d(2019, 8, 12), "🐏 Tobaski Mubarak! Safe travels upcountry"),
        (GM, "notice", d(2018, 6, 15), "Koriteh Mubarak from all of us"),
        (GM, "notice", d(2016, 7, 22), "22 July: public holiday, our offices are closed"),
        (GM, "notice", d(2017, 7, 22), "Follow us on Facebook and Twitter for breaking news"),
        (GM, "notice", d(2018, 7, 22), "Join our WhatsApp broadcast list: text JOIN to 300 "
                                       "0000"),
        (LC, "notice", d(2019, 2, 22), "🇱🇨 Happy 40th Independence Anniversary, Saint "
                                       "Lucia!"),
        (LC, "notice", d(2019, 10, 27), "Jounen Kwéyòl 2019: Bèl fèt! Celebrations across "
                                        "the island"),
        (LC, "notice", d(2018, 7, 17), "🎉 Carnival 2018: parade route and road closures"),
        (GD, "notice", d(2019, 8, 12), "🎭 Spicemas 2019: J'Ouvert and Pageant route, road "
                                       "closures"),
        (GD, "notice", d(2018, 2, 7), "🇬🇩 44 years of Independence: Happy Independence, "
                                      "Grenada!"),
        (GD, "notice", d(2017, 6, 29), "🐟 Fisherman's Birthday: celebrations in Gouyave "
                                       "tonight"),
        (MQ, "lettre", d(2018, 5, 22), "22 Mai : 170e anniversaire de l'abolition de "
                                       "l'esclavage"),
        (MQ, "lettre", d(2019, 3, 6), "🎭 Carnaval 2019 : parcours des vidés et déviations"),
        (MQ, "lettre", d(2018, 8, 1), "⛵ Tour des Yoles 2018 : étapes et horaires"),
        (AS, "notice", d(2019, 4, 17), "🇦🇸 Flag Day: 119 years"),
        (AS, "notice", d(2020, 4, 17), "🇦🇸 Flag Day: 120 years"),
        (AS, "notice", d(2019, 10, 13), "White Sunday: Manuia le Aso Sā o Tamaiti!"),
        (AS, "notice", d(2018, 2, 10), "🌀 Cyclone Gita: shelters, power and water updates"),
        (AS, "notice", d(2020, 12, 1), "😷 COVID-19 emergency: the borders stay closed"),
        (NR, "notice", d(2018, 1, 31), "🇳🇷 Independence Day: 50 years"),
        (NR, "notice", d(2019, 10, 26), "Angam Day: celebrating our people"),
        (NR, "notice", d(2018, 9, 5), "🌏 Pacific Islands Forum in Nauru: road closures and "
                                      "events"),
        (NR, "notice", d(2020, 10, 1), "😷 Borders closed: quarantine rules for returning "
                                       "residents"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_holidays_dropped_or_called_off() -> None:
    years = {day.year for day in every_day() if "22 July" in on(GM, "notice", day)}
    assert years == {2015, 2016}
    for domain, family, word in ((JP, "oshirase", "那覇大綱挽"), (GD, "notice", "Spicemas"),
                                 (LC, "notice", "Carnival"), (MQ, "lettre", "Tour des Yoles"),
                                 (PA, "aviso", "Feria Internacional")):
        years = {day.year for day in every_day() if word in on(domain, family, day)}
        assert years == {2015, 2016, 2017, 2018, 2019}, (domain, family, years)


def test_the_outing_rota() -> None:
    sundays = 0
    for day in every_day():
        text = on(PA, "aviso", day)
        rota = pa_outings(day)
        if rota is None:
            assert "pueden salir" not in text and "nadie sale" not in text
            assert not PA_ROTA[0] <= day <= PA_ROTA[1]
            continue
        assert text == rota, day
        if day.weekday() == 6:
            sundays += 1
            assert text.endswith("nadie sale"), day
        else:
            assert ("las mujeres" in text) == (day.weekday() in (0, 2, 4)), day
            assert ("los hombres" in text) == (day.weekday() in (1, 3, 5)), day
    assert sundays == 10
    assert on(PA, "aviso", PA_ROTA[0] - one) == "😷 Cuarentena total: quédate en casa"


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LY, "katib", d(2019, 3, 4), "كتب: ", "تقرير: "),
        (LY, "huquq", d(2019, 1, 1), "جميع الحقوق", "يُمنع النسخ"),
        (JP, "kanren", d(2018, 7, 2), "【関連記事】", "▶あわせて読みたい："),
        (JP, "copyright", d(2017, 4, 3), "All Rights", "{year}"),
        (NP, "eho", d(2018, 8, 17), "ईहो पढ़ू: ", "सम्बन्धित समाचार: "),
        (NP, "sampadak", d(2018, 7, 17), "रामनारायण", "सुनीता"),
        (BJ, "date", d(2018, 2, 5), "Publié le", "Mis à jour le"),
        (BJ, "momo", d(2020, 6, 1), "MTN Mobile Money", "{montant} FCFA"),
        (BJ, "droits", d(2019, 4, 1), "Tous droits", "Toute reproduction"),
        (GQ, "por", d(2019, 2, 4), "Por {", "Fotos: "),
        (PA, "derechos", d(2020, 1, 6), "Todos los derechos", "Se prohíbe"),
        (GM, "support", d(2019, 7, 1), "Africell Money", "QMoney"),
        (LC, "posted", d(2017, 6, 5), "{author}", "min read"),
        (LC, "tips", d(2018, 10, 1), "Email", "WhatsApp"),
        (GD, "date", d(2018, 1, 15), "{date_short}", "{time12}"),
        (AS, "tusia", d(2017, 4, 17), "Story by", "Tusia e")))
    assert_groups_reworded(SET, (
        (LY, "katib", "كتب: ", "تقرير: "),
        (LY, "tarikh", "هـ", " 20"),
        (JP, "kanren", "【関連記事】", "▶あわせて読みたい："),
        (NP, "eho", "ईहो पढ़ू: ", "सम्बन्धित समाचार: "),
        (BJ, "date", "Publié le ", "Mis à jour le "),
        (GQ, "fecha", "Bata, ", "Actualizado: "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((LY, "tarikh", ARABIC), (LY, "katib", ARABIC),
                                  (LY, "iqra", ARABIC), (LY, "huquq", ARABIC),
                                  (JP, "hizuke", JAPANESE), (JP, "kanren", JAPANESE),
                                  (JP, "tensai", JAPANESE), (NP, "miti", DEVANAGARI),
                                  (NP, "eho", DEVANAGARI), (NP, "swatwa", DEVANAGARI)))
    assert_groups_in_scripts(SET, ((JP, "copyright", (JAPANESE, LATIN)),
                                   (NP, "lekhak", (DEVANAGARI, LATIN)),
                                   (LY, "katib", (ARABIC, LATIN))), share=0.9)
    for style, family, words in ((BJ, "awanu", ("Awanu",)), (GQ, "mbolo", ("Mbolo",)),
                                 (GM, "jerejef", ("Jërëjëf", "Abaraka")),
                                 (LC, "mesi", ("Mèsi",)), (MQ, "annou", ("An nou ay",)),
                                 (AS, "faafetai", ("Faafetai",)), (NR, "tubwa", ("Tubwa",)),
                                 (JP, "nifee", ("にふぇーでーびる",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)
    assert on(LC, "notice", jounen_kweyol(2019)).startswith("Jounen Kwéyòl 2019: Bèl fèt!")
    assert "Ekamawir omo!" in on(NR, "notice", QUIET) and "Talofa!" in on(AS, "notice", QUIET)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LY}/tarikh", f"{LY}/iqra", f"{LY}/katib", f"{LY}/wasm",
                         f"{LY}/dateline", f"{LY}/dolar", f"{JP}/hizuke", f"{JP}/kanren",
                         f"{JP}/bun", f"{NP}/miti", f"{NP}/eho", f"{NP}/lekhak",
                         f"{BJ}/date", f"{BJ}/lire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LY}/ilan", f"{LY}/huquq", f"{JP}/kokoku", f"{JP}/tensai", f"{NP}/vigyapan",
        f"{NP}/darta", f"{BJ}/haac", f"{BJ}/awanu"))
    assert_carried_share(docs, LY, [
        ("tarikh", 0.65, 0.95), ("tabiouna", 0.15, 0.45), ("iqra", 0.45, 0.85),
        ("kahraba", 0.0, 0.1)])
    assert_carried_share(docs, JP, [("hizuke", 0.65, 0.95), ("tsunami", 0.0, 0.12)])
    for fam in (f"{LY}/iqra", f"{JP}/kanren", f"{NP}/eho"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{LY}/ilan", f"{JP}/kokoku", f"{LY}/sura"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((LY, "sura"), (JP, "shashin"), (BJ, "credit"), (GQ, "foto"),
                               (PA, "foto"), (MQ, "lire")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LY, "kahraba"), (JP, "tsunami"), (NP, "badhi"), (BJ, "crue"), (GQ, "apagon"),
        (PA, "rio"), (GM, "ferry"), (LC, "seas"), (GD, "storm"), (MQ, "volcan"),
        (AS, "surf"), (NR, "fuel")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LY}/iqra", "اقرأ أيضاً: "), (f"{BJ}/lire", "À lire aussi >> "),
        (f"{GQ}/lea", "Lea también ➜ "), (f"{PA}/interesa", "TE PUEDE INTERESAR: "),
        (f"{GM}/also", "ALSO READ: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{JP}/kanren", ("【関連記事】", "▶あわせて読みたい：")),
                          (f"{NP}/eho", ("ईहो पढ़ू: ", "सम्बन्धित समाचार: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    for style, family, prefix in ((GD, "related-link", "» "), (LC, "related", "RELATED: "),
                                  (MQ, "lire", "À lire également : ")):
        texts = [norm(t) for t in group_lines(SET, style, family)]
        assert texts and sum(t.removeprefix(prefix) in titles for t in texts) >= (
            0.8 * len(texts)), (style, family)
    families = {"kanren", "eho", "related-link", "related", "lire"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LY, "ilan", "إعلان"), (JP, "kokoku", "広告"), (NP, "vigyapan", "विज्ञापन"),
        (BJ, "pub", "Publicité"), (GQ, "anuncio", "— Anuncio —"),
        (GD, "related", "Related posts:")))
    for style, family, pattern, pool_name in (
            (LY, "dateline", r"^(.+) – ", "madina"),
            (LY, "masdar", r"^المصدر: (.+)$", "masdar"),
            (NP, "lekhak", r" / (.+)$", "jila"),
            (BJ, "correspondance", r"^Correspondance particulière, (.+)$", "departement"),
            (GQ, "desde", r"^Desde (.+), para ", "distrito"),
            (PA, "por", r" \| (.+)$", "distrito"),
            (GM, "dateline", r"^(.+) –$", "town"),
            (GD, "release", r"^Press release from (.+)$", "source")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    docs = planted_docs(SET)
    fams = by_family(docs)
    for fam, pattern, pool_name in ((f"{LY}/sura", r"^📷 الصورة: (.+)$", "sura"),
                                    (f"{BJ}/credit", r"^Photo : (.+)$", "credit"),
                                    (f"{PA}/foto", r"^📸 Foto: (.+)$", "foto"),
                                    (f"{JP}/shashin", r"^【写真】(.+)$", "shashin")):
        values = [m[1] for t in fams[fam] if (m := re.search(pattern, norm(t)))]
        domain = fam.partition("/")[0]
        assert values and sum(v in pool(SET, domain, pool_name) for v in values) >= (
            0.9 * len(values)), fam
    for style, family, prefix, pool_name in ((LY, "wasm", "الوسوم: ", "wasm"),
                                             (JP, "tag", "タグ：", "tag"),
                                             (NP, "tag", "टैग: ", "tag"),
                                             (NR, "water", "🚰 Water deliveries this week: ",
                                              "district")):
        items = [item for t in group_lines(SET, style, family)
                 for item in norm(t).removeprefix(prefix).split(", ")]
        assert items and sum(i in pool(SET, style, pool_name) for i in items) >= (
            0.9 * len(items)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LY, "ilan", "إعلان"), (JP, "tensai", "本紙掲載の記事・写真の無断転載を禁じます"),
        (NP, "darta", "सूचना विभाग दर्ता नं. ४१२/०७१-७२ · प्रेस काउन्सिल नेपालमे सूचीकृत")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        JP: (["tensai", "copyright"], 2), NP: (["sampadak", "darta"], 2),
        GD: (["related", "related-link"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert LY in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
