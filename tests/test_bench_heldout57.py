"""The held-back-57 template set (`tests.bench.heldout_templates_57`): its localised dates
(printed day by day, some in a script's own digits, some changing form on the day of a
redesign), the notices it rewords by date, the calendars some notices follow (anniversaries
with their counts, days on a weekday of a month, movable feasts, votes, storms and
epidemics, a festival called off), the per-weekday plate rota, the exchange rate, the lines
in several languages and scripts, the variation it promises, its multi-line blocks and the
hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own, so most
checks look at a style together with its renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_templates_57 import (
    AL_REDESIGN,
    AW_REDESIGN,
    CR_PLATES,
    CR_REDESIGN,
    FIRST_DAY,
    KH_REDESIGN,
    KHMER_MONTHS,
    KHMER_ZERO,
    LAST_DAY,
    MM_UNICODE,
    MYANMAR_ZERO,
    SOMALI_MONTHS,
    TIGRINYA_MONTHS,
    bermuda_day,
    cr_plates,
    cup_match,
    digits,
    easter,
    nth_weekday,
    ordinal,
)
from tests.heldout_checks import (
    ascii_digits,
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
)

SET = "held-back-57"
SITES = ("Zani i Drinit", "មេគង្គថ្មី", "Chindwin News", "Codka Jubba", "Voz de Nicoya",
         "ሓዳስ ዓንሰባ", "Damagaram Info", "Crow Lane Courier", "Balkan habarlary",
         "Notisia Dushi", "Deanu Áigi", "Sokehs Weekly")
AL, KH, MM, SO = ("zaniidrinit.al", "mekongthmey.com.kh", "chindwinnews.com.mm",
                  "codkajubba.so")
CR, ER, NE, BM = ("vozdenicoya.cr", "hadasanseba.er", "damagaraminfo.ne",
                  "crowlanecourier.bm")
TM, AW, NO, FM = ("balkanhabarlary.tm", "notisiadushi.aw", "deanuaigi.no", "sokehsweekly.fm")

d = dt.date
one = dt.timedelta(days=1)

DAILY = ((AL, "data"), (KH, "kalbarichheth"), (MM, "yetswe"), (SO, "taariikh"),
         (CR, "fecha"), (ER, "elet"), (TM, "sene"), (AW, "fecha"), (NO, "almmuhuvvon"))
BANNERS = ((AL, "ndiqni"), (KH, "tamdan"), (MM, "follow"), (SO, "ogeysiis"), (CR, "aviso"),
           (ER, "notice"), (NE, "suivez"), (BM, "notice"), (TM, "yzarlan"), (AW, "sigui"),
           (NO, "cuovo"), (FM, "notice"))
QUIET = d(2016, 2, 17)

KHMER = r"[\u1780-\u17ff]"
MYANMAR = r"[\u1000-\u109f]"
ETHIOPIC = r"[\u1200-\u137f]"
LATIN = r"[A-Za-z]"


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 4, 19), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [easter(y) for y in (2016, 2019, 2020)] == [d(2016, 3, 27), d(2019, 4, 21),
                                                       d(2020, 4, 12)]
    assert cup_match(2019) == d(2019, 8, 1) and cup_match(2020) is None
    assert bermuda_day(2017) == d(2017, 5, 24) and bermuda_day(2019) == d(2019, 5, 31)
    assert nth_weekday(2019, 4, 6, -1) == d(2019, 4, 28)
    assert nth_weekday(2019, 8, 6, 2) == d(2019, 8, 11)
    assert [ordinal(n) for n in (31, 32, 33, 34)] == ["31st", "32nd", "33rd", "34th"]
    assert digits(2019, KHMER_ZERO) == "២០១៩" and digits(7, MYANMAR_ZERO, 2) == "၀၇"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AL, "data", old, r"Publikuar më 5 mars 2016, \d\d:\d\d")
    full(AL, "data", new, r"Përditësuar: 21\.06\.2019 \| ora \d\d:\d\d")
    full(KH, "kalbarichheth", old, "ថ្ងៃសៅរ៍ ទី៥ ខែមីនា ឆ្នាំ២០១៦")
    full(KH, "kalbarichheth", new, r"២១/០៦/២០១៩ \d\d:\d\d")
    full(MM, "yetswe", new, "၂၁ ဇွန် ၂၀၁၉")
    full(SO, "taariikh", new, "Jimco, 21 Juun 2019")
    full(CR, "fecha", old, "Nicoya, 5 de marzo de 2016")
    full(CR, "fecha", new, r"21/06/2019 \| \d{1,2}:\d\d [AP]M")
    full(ER, "elet", new, "ዓርቢ 21 ሰነ 2019")
    full(TM, "sene", new, "21-nji iýun 2019 ý.")
    full(AW, "fecha", old, "Djasabra 5 di mart 2016")
    full(AW, "fecha", new, "21-06-2019")
    full(NO, "almmuhuvvon", new, r"Almmuhuvvon 21\. geassemánu 2019 dii\. \d\d:\d\d")
    full(NE, "publie", new, r"Publié le 21 juin 2019 à \d\d:\d\d")
    full(BM, "published", new, r"Published Jun 21, 2019 at \d{1,2}:\d\d [AP]M")
    full(FM, "date", new, "Friday, June 21, 2019")
    assert SOMALI_MONTHS[6] == "Luulyo" and TIGRINYA_MONTHS[0] == "ጥሪ"
    assert KHMER_MONTHS[11] == "ធ្នូ"


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    khmer = "".join(chr(ord(KHMER_ZERO) + k) for k in range(10))
    myanmar = "".join(chr(ord(MYANMAR_ZERO) + k) for k in range(10))
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        kh = ascii_digits(on(KH, "kalbarichheth", day), khmer)
        if day < KH_REDESIGN:
            assert f"ទី{day.day} ខែ{KHMER_MONTHS[day.month - 1]} ឆ្នាំ{day.year}" in kh, kh
        else:
            assert kh == f"{day:%d/%m/%Y} {{time}}", kh
        mm = ascii_digits(on(MM, "yetswe", day), myanmar)
        assert mm.startswith(f"{day.day} ") and mm.endswith(f" {day.year}"), mm
        assert not re.search(r"[0-9]", on(MM, "yetswe", day))
        assert on(AL, "data", day).startswith("Përditësuar") == (day >= AL_REDESIGN)
        assert on(CR, "fecha", day).startswith("Nicoya, ") == (day < CR_REDESIGN)
        if day < CR_REDESIGN and day.month == 9:
            assert "setiembre" in on(CR, "fecha", day), day
        assert on(AW, "fecha", day)[0].isupper() == (day < AW_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (AL, "ndiqni", QUIET, "Na ndiqni në Facebook dhe Instagram"),
        (AL, "ndiqni", d(2019, 2, 1), "Bashkohu me kanalin tonë në Viber për lajmet e fundit"),
        (AL, "ndiqni", d(2017, 11, 28), "🇦🇱 Gëzuar 28 Nëntorin! 105 vjet Pavarësi"),
        (AL, "ndiqni", d(2019, 12, 5), "Tërmeti: numrat e emergjencës dhe pikat e "
                                       "grumbullimit të ndihmave"),
        (KH, "tamdan", d(2019, 4, 15), "🎉 សួស្តីឆ្នាំថ្មី ប្រពៃណីជាតិខ្មែរ!"),
        (KH, "tamdan", d(2019, 11, 10), "🚣 ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប"),
        (KH, "tamdan", d(2018, 7, 29), "🗳️ ការបោះឆ្នោតជ្រើសតាំងតំណាងរាស្ត្រ ឆ្នាំ២០១៨"),
        (MM, "follow", d(2019, 4, 14), "💦 သင်္ကြန်အကြိုနေ့မှ နှစ်ဆန်းတစ်ရက်နေ့အထိ "
                                       "ရုံးပိတ်ရက်များ"),
        (MM, "follow", d(2018, 1, 4), "🇲🇲 ၇၀ နှစ်မြောက် လွတ်လပ်ရေးနေ့"),
        (SO, "ogeysiis", d(2019, 7, 1), "🇸🇴 1da Luulyo: 59 sano kadib midnimada"),
        (SO, "ogeysiis", d(2017, 4, 3), "Abaaraha: sida aad u caawin karto qoysaska "
                                        "barakacay"),
        (CR, "aviso", d(2019, 7, 25), "🎉 195 años de la Anexión del Partido de Nicoya"),
        (CR, "aviso", d(2020, 6, 10), "🚗 Restricción vehicular hoy: placas terminadas en 5 "
                                      "y 6"),
        (ER, "notice", d(2019, 5, 24), "🇪🇷 28ይ ዓመት መዓልቲ ናጽነት"),
        (NE, "suivez", d(2019, 8, 11), "🐏 Bonne fête de Tabaski ! Barka da Sallah"),
        (NE, "suivez", d(2018, 8, 3), "🇳🇪 58e anniversaire de l'indépendance"),
        (BM, "notice", d(2019, 8, 1), "🏏 Cup Match 2019: ferries, buses and road closures"),
        (BM, "notice", d(2020, 7, 30), "Got a story? Email newsroom@crowlanecourier.bm"),
        (BM, "notice", d(2019, 5, 31), "🏃 Bermuda Day: half marathon and parade route"),
        (TM, "yzarlan", d(2017, 10, 27), "🇹🇲 Garaşsyzlygyň 26 ýyllygy gutly bolsun!"),
        (TM, "yzarlan", d(2018, 9, 27), "🇹🇲 Garaşsyzlygyň 27 ýyllygy gutly bolsun!"),
        (TM, "yzarlan", d(2018, 10, 27), "Habarlarymyzy Instagram-da yzarlaň"),
        (TM, "yzarlan", d(2019, 8, 11), "🍈 Türkmen bakja baýramy"),
        (AW, "sigui", d(2019, 3, 3), "🎭 Gran Marcha di Carnaval 2019: ruta y caminda cerá"),
        (AW, "sigui", d(2018, 1, 1), "🎆 Bon aña! 32 aña di Status Aparte"),
        (NO, "cuovo", d(2019, 2, 6), "🟥🟦🟩🟨 Buorre sámi álbmotbeaivi!"),
        (FM, "notice", d(2017, 11, 3), "🇫🇲 Happy 31st FSM Independence Day!"),
        (FM, "notice", d(2020, 11, 3), "🇫🇲 Happy 34th FSM Independence Day!"),
        (FM, "notice", d(2020, 12, 1), "🛂 FSM borders remain closed: repatriation flight "
                                       "updates"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    assert not any("អុំទូក" in on(KH, "tamdan", day) for day in every_day()
                   if day.year == 2020)
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)


def test_the_plate_rota() -> None:
    for day in every_day():
        text = on(CR, "aviso", day)
        rota = cr_plates(day)
        if rota is None:
            assert "placas" not in text and not CR_PLATES[0] <= day <= CR_PLATES[1]
            continue
        if "años" in text:  # the annexation and independence days win over the rota
            continue
        assert text == rota
        if day.weekday() < 5:
            assert text.startswith("🚗 Restricción vehicular hoy"), day
        else:
            assert text.endswith("pares" if day.weekday() == 5 else "impares"), day


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AL, "lexo", d(2019, 4, 8), "LEXO EDHE", "Lexo më shumë"),
        (AL, "riprodhim", d(2019, 1, 1), "Ndalohet", "Të gjitha"),
        (SO, "evc", d(2019, 2, 4), "madax-bannaan", "e-Dahab"),
        (CR, "sinpe", d(2020, 4, 6), "¿Le gusta", "cualquier monto"),
        (ER, "english", d(2018, 9, 17), "ጽሓፉ", "English"),
        (NE, "par", d(2018, 1, 8), "Par {", "Daga"),
        (NE, "lire", d(2018, 1, 8), "Lire aussi :", "Karanta kuma"),
        (BM, "comments", d(2018, 2, 5), "moderated", "48 hours"),
        (NO, "doaimmaheaddji", d(2019, 8, 12), "Máret", "Niillas"),
        (FM, "subscribe", d(2018, 1, 15), "$40", "$45")))
    assert on(MM, "font", MM_UNICODE - one) == "Unicode | Zawgyi"
    assert on(MM, "font", MM_UNICODE) == "Unicode"
    assert_groups_reworded(SET, (
        (AL, "data", "Publikuar më ", "Përditësuar: "),
        (AL, "lexo", "LEXO EDHE: ", "Lexo më shumë: "),
        (KH, "tamdan", "Like", "Telegram"),
    ))


def test_exchange_rate() -> None:
    rates = [m[1] for day in every_day()
             if (m := re.fullmatch(r"💵 អត្រាប្តូរប្រាក់ថ្ងៃនេះ៖ 1 ដុល្លារ = (\d,\d{3}) រៀល",
                                   on(KH, "atra", day)))]
    assert len(rates) == len(every_day()) and len(set(rates)) >= 8
    seen = {m[0] for t in group_lines(SET, KH, "atra") if (m := re.search(r"\d,\d{3}", t))}
    assert len(seen) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((KH, "doy", KHMER), (KH, "rokhsaset", KHMER),
                                  (MM, "yetswe", MYANMAR), (MM, "thadin", MYANMAR),
                                  (ER, "elet", ETHIOPIC), (ER, "tsehafi", ETHIOPIC)))
    for style, family, scripts in ((KH, "tamdan", (KHMER, LATIN)),
                                   (MM, "font", (LATIN,))):
        lines = group_lines(SET, style, family)
        assert lines and sum(all(re.search(s, t) for s in scripts) for t in lines) >= (
            0.5 * len(lines)), family
    assert re.search(LATIN, on(ER, "english", d(2019, 1, 1)))
    assert re.search(ETHIOPIC, on(ER, "english", d(2017, 1, 1)))
    lire = [norm(t) for t in group_lines(SET, NE, "lire")]
    assert any("Karanta kuma" in t for t in lire)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AL}/data", f"{AL}/lexo", f"{AL}/autori", f"{AL}/etiketa",
                         f"{KH}/kalbarichheth", f"{KH}/anbanthem", f"{MM}/yetswe",
                         f"{SO}/taariikh", f"{SO}/akhriso", f"{CR}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AL}/reklama", f"{KH}/pheanichakam", f"{MM}/kyawnya", f"{SO}/xayeysiis",
        f"{CR}/publicidad", f"{AL}/riprodhim", f"{KH}/rokhsaset"))
    assert_carried_share(docs, AL, [
        ("data", 0.65, 0.95), ("ndiqni", 0.15, 0.45), ("energjia", 0.0, 0.1)])
    for fam in (f"{AL}/lexo", f"{KH}/anbanthem"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{AL}/reklama", f"{MM}/kyawnya"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((AL, "foto"), (CR, "publicidad"), (BM, "photo"),
                               (NO, "govva"), (NE, "credit")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AL, "energjia"), (KH, "edc"), (MM, "yeikyi"), (SO, "badda"), (CR, "incendio"),
        (ER, "wai"), (NE, "criquets"), (BM, "causeway"), (TM, "tozan"), (AW, "tormenta"),
        (NO, "geaidnu"), (FM, "outage")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KH}/anbanthem", "អានបន្ថែម៖ "), (f"{MM}/hsetsat", "ဆက်စပ်သတင်း - "),
        (f"{SO}/akhriso", "Akhriso sidoo kale: "), (f"{ER}/anbibu", "ተወሳኺ ኣንብቡ: ")))
    titles = {doc.lines[0].text for doc in docs}
    lexo = [norm(t) for t in fams[f"{AL}/lexo"]]
    assert lexo and all(t.startswith(("LEXO EDHE: ", "Lexo më shumë: ")) for t in lexo)
    assert {t.partition(": ")[2] for t in lexo} & titles


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AL, "reklama", "Reklama"), (KH, "pheanichakam", "ពាណិជ្ជកម្ម"),
        (MM, "kyawnya", "ကြော်ငြာ"), (SO, "xayeysiis", "XAYEYSIIS"),
        (CR, "publicidad", "Publicidad"), (NE, "pub", "PUBLICITÉ"),
        (BM, "related-head", "Related stories")))
    for style, family, pattern, pool_name in (
            (AL, "burimi", r"^Burimi: (.+)$", "burim"),
            (KH, "prophop", r"^ប្រភព៖ (.+)$", "prophop"),
            (MM, "dattpon", r"^ဓာတ်ပုံ - (.+)$", "dattpon"),
            (SO, "dateline", r"^(\S+) \(", "magaalo"),
            (CR, "corresponsal", r"^Corresponsal en (.+)$", "canton"),
            (FM, "dateline", r"^(.+) —$", "capital")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = [item for t in group_lines(SET, AL, "etiketa")
            for item in norm(t).removeprefix("Etiketa: ").split(", ")]
    assert tags and sum(i in pool(SET, AL, "etiketa") for i in tags) >= 0.9 * len(tags)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CR: (["fecha", "por", "corresponsal"], 2), BM: (["related-head", "related-item"], 2),
        NO: (["copyright", "doaimmaheaddji"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert AL in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
