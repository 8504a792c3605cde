"""The held-back-58 template set (`tests.bench.heldout_templates_58`): its localised dates
(printed day by day, some in a script's own digits, some changing form on the day of a
redesign), the notices it rewords by date, the calendars and seasons some notices follow
(anniversaries with their counts, days on a weekday of a month, movable feasts, votes, storms
and epidemics), the monthly exchange rate, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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
from tests.bench.heldout_templates_58 import (
    BENGALI_MONTHS,
    BENGALI_ZERO,
    CHAKMA_ZERO,
    DJ_ARABIC,
    FIRST_DAY,
    HN_REDESIGN,
    LAST_DAY,
    ML_CAPS,
    RM_REDESIGN,
    SD_REDESIGN,
    SINDHI_MONTHS,
    bermuda_day,
    cup_match,
    digits,
    first_sunday_of_december,
    gospel_day,
    hijri,
    kadooment_day,
    ordinal,
    semana_morazanica,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_in_scripts,
    assert_groups_mostly_bare,
    assert_groups_reworded,
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
    wordings_by_start,
)

SET = "held-back-58"
SITES = ("Diario del Valle de Sula", "L'Écho de l'Estuaire", "পাহাড় টাইমস", "Horn Quotidien",
         "The Pinewood Tribune", "لاڙڪاڻي جي خبر", "Boci di Aruba", "Hamilton Harbour Daily",
         "Coral Stone Report", "L'Écho du Phare", "Sokehs Ridge News", "Funafuti Fou")
HN, GA, RM, DJ = ("diariodelvalledesula.hn", "lechodelestuaire.ga", "pahartimes24.com",
                  "hornquotidien.dj")
ML, SD, AW, BM = ("pinewoodtribune.in", "larkanajikhabar.pk", "bocidiaruba.aw",
                  "hamiltonharbourdaily.bm")
BB, PM, FM, TV = ("coralstonereport.bb", "lechoduphare.pm", "sokehsridgenews.fm",
                  "funafutifou.tv")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((HN, "fecha"), (RM, "tarikh"), (DJ, "date"), (SD, "tareekh"), (AW, "fecha"))

# The families that change with the seasons or the months (a wording from each change).
SEASONAL = ((HN, "cambio"), (RM, "kaptai"), (DJ, "chaleur"), (ML, "dateline"),
            (PM, "traversee"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((HN, "aviso"), (GA, "alerte"), (RM, "notice"), (DJ, "reseaux"), (ML, "notice"),
           (SD, "notice"), (AW, "aviso"), (BM, "notice"), (BB, "notice"), (PM, "abonnement"),
           (FM, "notice"), (TV, "notice"))

# A day no notice of the set turns for an event on.
QUIET = d(2016, 2, 17)

ARABIC = r"[\u0600-\u06ff]"
BENGALI = r"[\u0980-\u09ff]"
CHAKMA = r"[\U00011100-\U0001114f]"
LATIN = r"[A-Za-z]"


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + SEASONAL + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 4, 19), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [cup_match(y) for y in (2017, 2019, 2020)] == [d(2017, 8, 3), d(2019, 8, 1), None]
    assert bermuda_day(2017) == d(2017, 5, 24) and bermuda_day(2018) == d(2018, 5, 25)
    assert bermuda_day(2019).weekday() == 4 and bermuda_day(2019) == d(2019, 5, 31)
    assert kadooment_day(2019) == d(2019, 8, 5) and kadooment_day(2020) is None
    assert gospel_day(2019) == d(2019, 5, 13)
    assert semana_morazanica(2019) == d(2019, 10, 7)
    assert first_sunday_of_december(2019) == d(2019, 12, 1)
    assert first_sunday_of_december(2018) == d(2018, 12, 2)
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 52)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "52nd"]
    assert hijri(d(2019, 6, 21))[0] == 1440 and hijri(d(2020, 8, 25))[0] == 1442
    assert digits(2019, CHAKMA_ZERO) == "\U00011138\U00011136\U00011137\U0001113f"
    assert digits(7, BENGALI_ZERO, 2) == "০৭"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HN, "fecha", old, "San Pedro Sula, sábado 5 de marzo de 2016")
    full(HN, "fecha", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(GA, "date", new, r"Libreville, le 21 juin 2019 \(\d\d:\d\d\)")
    full(RM, "tarikh", old, "প্রকাশিত: শনিবার, ৫ মার্চ ২০১৬")
    text = rendered(SET, RM, "tarikh", new)
    chakma = "".join(chr(ord(CHAKMA_ZERO) + k) for k in range(10))
    assert ascii_digits(text, chakma).endswith(" · 21.06.2019"), text
    assert text.startswith("শুক্রবার, ২১ জুন ২০১৯ · "), text
    full(DJ, "date", old, "Djibouti, le samedi 5 mars 2016")
    full(DJ, "date", new, "Djibouti, le vendredi 21 juin 2019 – جيبوتي، 21 يونيو 2019")
    full(SD, "tareekh", old, "ڇنڇر 5 مارچ 2016")
    full(SD, "tareekh", new, "جمعو 21 جون 2019 / 1440 هه")
    full(AW, "fecha", new, "Diabierna 21 di juni 2019")
    full(BM, "published", old, r"Published Mar 5, 2016 \d{1,2}:\d\d [AP]M")
    full(BM, "published", new, r"Published Jun 21, 2019 \d{1,2}:\d\d [AP]M \(Updated "
                               r"\d{1,2}:\d\d [AP]M\)")
    full(BB, "date", new, "June 21, 2019")
    full(PM, "publie", new, "Publié le 21 juin 2019")
    full(FM, "date", new, "Kaselehlie! · Friday, June 21, 2019")
    full(TV, "date", new, "21 June 2019")
    full(ML, "dateline", old, r"(Shillong|Tura|Jowai|Nongpoh|Williamnagar|Nongstoin), Mar 5:")
    full(ML, "dateline", new, r"[A-Z]+, Jun 21:")
    assert SINDHI_MONTHS[6] == "جولاءِ" and BENGALI_MONTHS[7] == "আগস্ট"


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    bengali = "".join(chr(ord(BENGALI_ZERO) + k) for k in range(10))
    chakma = "".join(chr(ord(CHAKMA_ZERO) + k) for k in range(10))
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        rm = ascii_digits(ascii_digits(on(RM, "tarikh", day), bengali), chakma)
        assert f" {day.day} {BENGALI_MONTHS[day.month - 1]} {day.year}" in rm, rm
        assert rm.endswith(f" · {day:%d.%m.%Y}") == (day >= RM_REDESIGN), rm
        assert on(HN, "fecha", day).startswith("San Pedro Sula, ") == (day < HN_REDESIGN)
        assert ("جيبوتي" in on(DJ, "date", day)) == (day >= DJ_ARABIC)
        assert on(SD, "tareekh", day).endswith("هه") == (day >= SD_REDESIGN)
        assert on(ML, "dateline", day).startswith("{town_caps}") == (day >= ML_CAPS)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_seasons_and_months() -> None:
    assert "hiver" in on(PM, "traversee", d(2019, 1, 10))
    assert "été" in on(PM, "traversee", d(2019, 7, 10))
    assert "hiver" in on(PM, "traversee", d(2019, 10, 15))
    assert "été" in on(PM, "traversee", d(2019, 5, 15))
    assert "Saison chaude" in on(DJ, "chaleur", d(2018, 7, 1))
    assert "Saison fraîche" in on(DJ, "chaleur", d(2018, 12, 1))
    assert "পানি কম" in on(RM, "kaptai", d(2018, 3, 1))
    assert "পানি কম" not in on(RM, "kaptai", d(2018, 8, 1))
    for domain, family in SEASONAL:
        starts, _ = wordings_by_start(SET, domain, family)
        assert len(starts) >= 10, (domain, family)
    for style, family in ((PM, "traversee"), (DJ, "chaleur")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (HN, "aviso", QUIET, "Síguenos en Facebook, Twitter e Instagram"),
        (HN, "aviso", d(2019, 8, 1), "Únete a nuestro canal de Telegram y recibe las noticias "
                                     "del Valle de Sula"),
        (HN, "aviso", d(2018, 6, 20), "🎡 Feria Juniana 2018: programa y carnaval"),
        (HN, "aviso", d(2019, 9, 15), "🇭🇳 198 años de independencia: desfiles patrios"),
        (HN, "aviso", d(2017, 11, 28), "🗳️ Elecciones generales 2017: resultados del TSE en "
                                       "vivo"),
        (HN, "aviso", d(2020, 11, 10), "🌀 Eta e Iota: albergues y números de emergencia en "
                                       "el Valle de Sula"),
        (HN, "aviso", d(2019, 10, 9), "🏖️ Feriado Morazánico 2019: operativos y playas"),
        (GA, "alerte", d(2019, 8, 17), "🇬🇦 59e anniversaire de l'indépendance"),
        (GA, "alerte", d(2016, 9, 10), "Crise post-électorale : le point sur la situation à "
                                       "Libreville"),
        (GA, "alerte", d(2018, 12, 31), "Bonne année 2019 à tous nos lecteurs !"),
        (RM, "notice", d(2017, 12, 2), "পার্বত্য চুক্তির ২০ বছর পূর্তি"),
        (RM, "notice", d(2019, 12, 16), "🇧🇩 মহান বিজয় দিবস: ৪৮ বছর"),
        (RM, "notice", d(2019, 4, 13), "🌸 বিজু-সাংগ্রাই-বৈসুক উৎসবের শুভেচ্ছা · Ju ju!"),
        (DJ, "reseaux", d(2017, 6, 27), "🇩🇯 Fête de l'Indépendance : 40e anniversaire"),
        (DJ, "reseaux", d(2019, 5, 20), "🌙 Ramadan Kariim · رمضان كريم : horaires de l'iftar "
                                        "à Djibouti-ville"),
        (DJ, "reseaux", d(2020, 4, 1), "😷 Confinement : restez chez vous · Guriga joog"),
        (ML, "notice", d(2019, 1, 21), "Happy Statehood Day! Meghalaya turns 47"),
        (ML, "notice", d(2018, 4, 13), "Shad Suk Mynsiem: Khublei Shibun to all"),
        (ML, "notice", d(2019, 3, 1), "WhatsApp your news tips to 98630 00000"),
        (SD, "notice", d(2019, 12, 1), "🧢 سنڌي ٽوپي ۽ اجرڪ جو ڏينهن مبارڪ"),
        (SD, "notice", d(2017, 12, 27), "10 ورسي: گڙهي خدا بخش ۾ جلسو"),
        (AW, "aviso", d(2016, 3, 18), "🇦🇼 Dia di Himno y Bandera: 40 aña"),
        (AW, "aviso", d(2019, 3, 3), "🎭 Gran Marcha di Carnaval 2019: ruta y cierre di caya"),
        (BM, "notice", d(2019, 8, 1), "🏏 Cup Match 2019: St George's v Somerset, live scores"),
        (BM, "notice", d(2020, 7, 30), "Get breaking news alerts: download our free app"),
        (BM, "notice", d(2018, 5, 25), "🏃 Bermuda Day: parade route and half-marathon"),
        (BM, "notice", d(2018, 5, 24), "Get breaking news alerts: download our free app"),
        (BB, "notice", d(2016, 11, 30), "🇧🇧 Happy 50th Independence Anniversary, Barbados!"),
        (BB, "notice", d(2019, 8, 5), "🎉 Crop Over 2019: Grand Kadooment route and road "
                                      "closures"),
        (BB, "notice", d(2020, 8, 3), "Got a story? WhatsApp the newsroom at 246 555 0101"),
        (PM, "abonnement", d(2018, 8, 14), "🇪🇸 Fête basque 2018 : force basque et pelote au "
                                           "fronton Zazpiak Bat"),
        (FM, "notice", d(2019, 5, 10), "FSM Constitution Day: 40th anniversary"),
        (FM, "notice", d(2018, 9, 11), "Pohnpei Liberation Day: 73 years"),
        (FM, "notice", d(2020, 11, 3), "😷 COVID-19: FSM borders closed to incoming "
                                       "travellers"),
        (TV, "notice", d(2018, 10, 2), "🇹🇻 Independence Day: 40 years"),
        (TV, "notice", d(2019, 5, 13), "Te Aso Tala Lelei: Gospel Day"),
        (TV, "notice", d(2015, 3, 15), "🌀 Cyclone Pam: relief for Nui, Nukufetau and Vaitupu"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:5])


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HN, "redaccion", d(2019, 1, 7), "Redacción: ", "Por: "),
        (HN, "lea", d(2018, 9, 3), "LEA ADEMÁS: ", "Le puede interesar: "),
        (HN, "derechos", d(2018, 1, 1), "Todos los derechos", "Prohibida"),
        (GA, "soutien", d(2019, 2, 4), "faites un don", "Moov Money"),
        (DJ, "droits", d(2019, 6, 3), "Tous droits réservés", "Toute reproduction"),
        (AW, "lesa", d(2018, 2, 5), "Lesa tambe: ", "LESA TAMBE » "),
        (BM, "published", d(2016, 5, 2), "{time12}", "(Updated"),
        (BM, "comments", d(2018, 6, 4), "moderated", "switched off"),
        (PM, "par", d(2018, 9, 3), "{author}", "la rédaction"),
        (TV, "flights", d(2017, 7, 3), "Fiji Airways", "Saturdays")))
    assert_groups_reworded(SET, (
        (HN, "lea", "LEA ADEMÁS: ", "Le puede interesar: "),
        (HN, "redaccion", "Redacción: ", "Por: "),
        (HN, "fecha", "San Pedro Sula, ", " | "),
        (RM, "tarikh", "প্রকাশিত: ", " · "),
        (AW, "lesa", "Lesa tambe: ", "LESA TAMBE » "),
    ))


def test_exchange_rates() -> None:
    rates = [float(m[1]) for day in every_day()
             if (m := re.fullmatch(r"💵 Tipo de cambio de referencia: L (\d\d\.\d{4}) por "
                                   r"US\$ 1", on(HN, "cambio", day)))]
    assert len(rates) == len(every_day()) and 21 < min(rates) < max(rates) < 25
    assert len(set(rates)) == 72
    seen = {m[0] for t in group_lines(SET, HN, "cambio")
            if (m := re.search(r"L \d\d\.\d{4}", norm(t)))}
    assert len(seen) >= 3
    amounts = [m[1] for t in group_lines(SET, GA, "soutien")
               if (m := re.search(r"L'Écho : (.+) FCFA", norm(t)))]
    assert not amounts or set(amounts) <= pool(SET, GA, "montant")


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((RM, "tarikh", BENGALI), (RM, "aro", BENGALI),
                                  (RM, "swotto", BENGALI), (SD, "tareekh", ARABIC),
                                  (SD, "report", ARABIC), (SD, "parho", ARABIC),
                                  (SD, "ishtihar", ARABIC)))
    assert_groups_in_scripts(SET, ((RM, "juju", (BENGALI, LATIN)),
                                   (DJ, "mahadsanid", (ARABIC, LATIN))))
    assert re.search(CHAKMA, on(RM, "tarikh", d(2019, 1, 1)))
    assert not re.search(CHAKMA, on(RM, "tarikh", d(2017, 1, 1)))
    assert re.search(ARABIC, on(DJ, "date", d(2019, 1, 1)))
    for style, family, words in ((AW, "danki", ("Danki",)), (ML, "khublei", ("Khublei",)),
                                 (GA, "akiba", ("Akiba",)), (FM, "kalahngan", ("Kalahngan",)),
                                 (TV, "fakafetai", ("Fakafetai",)),
                                 (BB, "bajan", ("Wunna",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HN}/fecha", f"{HN}/lea", f"{HN}/redaccion", f"{HN}/temas",
                         f"{HN}/cambio", f"{GA}/date", f"{GA}/lire", f"{GA}/par",
                         f"{RM}/tarikh", f"{RM}/aro", f"{DJ}/date", f"{DJ}/lire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HN}/agencia", f"{HN}/publicidad", f"{GA}/akiba", f"{GA}/droits", f"{RM}/juju"))
    assert_carried_share(docs, HN, [
        ("fecha", 0.65, 0.95), ("aviso", 0.15, 0.45), ("lea", 0.45, 0.85),
        ("sismo", 0.0, 0.1)])
    assert_carried_share(docs, GA, [("date", 0.55, 0.85), ("inondation", 0.0, 0.12)])
    for fam in (f"{HN}/lea", f"{GA}/lire", f"{RM}/aro"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{HN}/foto", f"{HN}/publicidad"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((HN, "foto"), (GA, "credit"), (RM, "bigyapon"), (BM, "photo"),
                               (PM, "voir"), (AW, "potret")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HN, "sismo"), (GA, "inondation"), (RM, "pahardhos"), (DJ, "poussiere"),
        (ML, "roadblock"), (SD, "garmi"), (AW, "corriente"), (BM, "ferry"), (BB, "sargassum"),
        (PM, "blizzard"), (FM, "typhoon"), (TV, "kingtide")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    links = ((f"{HN}/lea", ("LEA ADEMÁS: ", "Le puede interesar: ")),
             (f"{GA}/lire", ("À LIRE AUSSI ⇒ ",)),
             (f"{RM}/aro", ("আরও পড়ুন: ",)),
             (f"{DJ}/lire", ("Lire également : ",)),
             (f"{ML}/also", ("Also Read | ",)),
             (f"{SD}/parho", ("هي به پڙهو: ",)))
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
    bare = [norm(t) for t in group_lines(SET, BM, "related-title")]
    assert bare and sum(t in titles for t in bare) >= 0.9 * len(bare)
    families = {fam.partition("/")[2] for fam, _ in links} | {
        "lesa", "related-title", "read-also", "voir"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (HN, "publicidad", "- Publicidad -"), (RM, "bigyapon", "বিজ্ঞাপন"),
        (ML, "advt", "ADVT"), (SD, "ishtihar", "اشتهار"), (AW, "anuncio", "ANUNCIO"),
        (BM, "related", "Related Stories"), (BB, "article-by", "Article by"),
        (BB, "sponsored", "Sponsored")))
    for style, family, pattern, pool_name in (
            (HN, "seccion", r"^(.+)$", "seccion"),
            (HN, "foto", r"^Foto: (.+)$", "foto"),
            (HN, "agencia", r"^Con información de (.+)$", "agencia"),
            (GA, "correspondant", r"^De notre correspondant à (.+)$", "ville"),
            (GA, "credit", r"^© Crédit photo : (.+)$", "credit"),
            (RM, "protinidhi", r"^(.+) প্রতিনিধি$", "jela"),
            (DJ, "source", r"^Source : (.+)$", "source"),
            (ML, "byline", r"^(.+)$", "by"),
            (BM, "photo", r"^Photograph by (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    for style, family, prefix, pool_name in ((HN, "temas", "Temas: ", "tema"),
                                             (SD, "tag", "ٽيگ: ", "tag")):
        tags = [item for t in group_lines(SET, style, family)
                for item in norm(t).removeprefix(prefix).split(", ")]
        assert tags and sum(i in pool(SET, style, pool_name) for i in tags) >= 0.9 * len(tags)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        ML: (["imprint", "imprint-address"], 2), BM: (["related", "related-title"], 2),
        BB: (["article-by", "writer"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert HN in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
