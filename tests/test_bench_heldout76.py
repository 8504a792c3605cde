"""The held-back-76 template set (`tests.bench.heldout_templates_76`): its localised dates
(printed day by day, one in two calendars, one by market days, several changing language or
form on the day of a redesign, "1er" and "1ye" on the first of a month), the lines that turn
with the week or the day (a market price, a river gauge, the homes with power back), the
notices it rewords by date, the calendars some notices follow (votes and the postponed ones,
a telecoms blackout, hurricanes and storms, lockdowns and the 2020 epidemic, the fast and the
feasts, carnival, pilgrimages, independence and emancipation days with their counts,
festivals called off in 2020), the amounts in its appeals, the lines in several languages,
the variation it promises, its multi-line blocks and the hard negatives of its corpus
actually occur.

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

from tests.bench.heldout_templates_76 import (
    BQ_REDESIGN,
    CG_REDESIGN,
    FIRST_DAY,
    HA_REDESIGN,
    HAUSA_WEEKDAYS,
    HIJRI_MONTHS_HAUSA,
    HT_REDESIGN,
    IGBO_MARKET_DAYS,
    KREYOL_WEEKDAYS,
    LAST_DAY,
    OC_REDESIGN,
    PAPIAMENTU_WEEKDAYS,
    PR_GRID_BACK,
    PR_MARIA,
    PR_REDESIGN,
    SN_REDESIGN,
    WOLOF_WEEKDAYS,
    YO_REDESIGN,
    YORUBA_WEEKDAYS,
    cg_river_level,
    ha_millet_price,
    hijri,
    market_day,
    pr_power_share,
    toneless,
    week_start,
)
from tests.heldout_checks import (
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
)

SET = "held-back-76"
SITES = ("El Faro de Mayagüez", "Sakkwato Yau", "Ìròyìn Ẹ̀gbá", "Poto-Poto Matin",
         "Nouvèl Gonayiv", "Kayoor Xibaar", "Makeni Tok", "Boneiru Awe",
         "Ochanja Traders' Association", "Ecos de Bata", "Salybia Community Notes",
         "Statia Heritage Notes")
PR, HA, YO, CG = ("farodemayaguez.com", "sakkwatoyau.ng", "iroyinegba.com.ng",
                  "potopotomatin.cg")
HT, SN, SL, BQ = ("nouvelgonayiv.ht", "kayoorxibaar.sn", "makenitok.sl", "boneiruawe.com")
OC, GQ, DM, SX = ("ochanjatraders.org.ng", "ecosdebata.gq", "salybianotes.dm",
                  "statiaheritage.org")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((PR, "fecha"), (HA, "kwanan-wata"), (YO, "ojo"), (CG, "date"), (HT, "dat"),
         (SN, "tey"), (BQ, "fecha"), (OC, "ahia"))

# The families that turn with the week or with a disaster's aftermath.
PERIODIC = ((PR, "energia"), (HA, "farashi"), (CG, "fleuve"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PR, "boletin"), (HA, "sanarwa"), (YO, "ikede"), (CG, "annonce"), (HT, "avi"),
           (SN, "avis"), (SL, "notice"), (BQ, "avis"), (OC, "notice"), (GQ, "aviso"),
           (DM, "notice"), (SX, "notice"))

# Each notice's first standing wording, on a day none of them turns for an event, before
# any of them was reworded.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    PR: "Suscríbete a nuestro boletín y recibe las noticias del Oeste cada mañana",
    HA: "Ku biyo mu a shafinmu na Facebook domin samun labarai da dumi-dumi",
    YO: "Tẹ̀lé wa lórí Facebook àti Twitter fún ìròyìn tuntun",
    CG: "Suivez-nous sur Facebook : Poto-Poto Matin",
    HT: "Voye nouvèl zòn ou sou WhatsApp: +509 3700 0000",
    SN: "Likez notre page Facebook pour suivre l'actualité du Kayoor",
    SL: "Got a story? Call or WhatsApp our newsroom: +232 76 000 000",
    BQ: "Sigui nos riba Facebook: Boneiru Awe",
    OC: "Members: the monthly levy is due on the last Eke of the month",
    GQ: "Envíenos sus noticias del Litoral a redaccion@ecosdebata.gq",
    DM: "Council meetings are on the first Monday of the month at the Salybia office",
    SX: "The museum is open Monday to Friday, 9 am to 5 pm",
}

TONE_MARKS = "\u0300\u0301\u0323"  # grave, acute, dot below (combining)
YORUBA = r"[ẹọṣẸỌṢ]|[\u0300\u0301\u0323]|[àáèéìíòóùú]"
HAUSA_HOOKS = r"[ƙɗɓƘƊƁ]"
IGBO = r"[ụọịỤỌỊ]"
KRIO = r"[ɛɔ]"
KREYOL = r"[òè]"
WOLOF = r"[àëéñ]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 3, 22), d(2017, 9, 20), d(2017, 12, 1),
        d(2019, 2, 16), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert hijri(d(2016, 10, 3)) == (1438, 1, 1) and hijri(d(2016, 10, 2)) == (1437, 12, 29)
    assert hijri(d(2020, 4, 24)) == (1441, 9, 1)  # the tabular first of Ramadan
    assert hijri(d(2019, 6, 21)) == (1440, 10, 17)
    years = {hijri(day)[0] for day in every_day()}
    assert years == set(range(1436, 1443))
    assert toneless("Ọjọ́ Àbámẹ́ta") == "Ojo Abameta" and toneless("Ẹ̀gbá") == "Egba"
    assert [market_day(FIRST_DAY + k * one) for k in range(5)] == [
        "Eke", "Orie", "Afọ", "Nkwọ", "Eke"]
    assert all(market_day(day) == market_day(day + 4 * one) for day in every_day()[:60])
    assert week_start(d(2019, 6, 21)) == d(2019, 6, 17) == week_start(d(2019, 6, 17))
    shares = [pr_power_share(PR_MARIA + k * one) for k in range(1, (PR_GRID_BACK - PR_MARIA).days)]
    assert shares == sorted(shares) and shares[0] < 5 and 99 < shares[-1] < 100
    for day in every_day():
        assert ha_millet_price(day) == ha_millet_price(week_start(day))
        assert cg_river_level(day) == cg_river_level(week_start(day))
    assert ha_millet_price(d(2020, 6, 1)) > ha_millet_price(d(2015, 6, 1)) + 8000
    december = [cg_river_level(day) for day in every_day() if day.month == 12]
    august = [cg_river_level(day) for day in every_day() if day.month == 8]
    assert min(december) > max(august)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PR, "fecha", old, "sábado, 5 de marzo de 2016")
    full(PR, "fecha", new, r"21 de junio de 2019 - \d\d?:\d\d [AP]M")
    full(HA, "kwanan-wata", old, r"Asabar, 5 ga Maris, 2016 \| 25 Jimada Ula, 1437 BH")
    full(HA, "kwanan-wata", new, r"An wallafa: 21/06/2019 ƙarfe \d\d:\d\d")
    full(YO, "ojo", old, "Ojo Abameta, Erena 5, 2016")
    full(YO, "ojo", new, "Ọjọ́ Ẹtì, 21 Òkúdu 2019")
    full(CG, "date", old, "Brazzaville, le samedi 5 mars 2016")
    full(CG, "date", d(2017, 4, 1), "Brazzaville, le samedi 1er avril 2017")
    full(CG, "date", d(2020, 6, 19), r"Mis à jour le 19/06/2020 à \d\d:\d\d")
    full(HT, "dat", old, "Gonaïves, samedi 5 mars 2016")
    full(HT, "dat", d(2016, 10, 1), "Gonaïves, samedi 1er octobre 2016")
    full(HT, "dat", new, "Vandredi 21 jen 2019")
    full(HT, "dat", d(2019, 6, 1), "Samdi 1ye jen 2019")
    full(SN, "tey", old, "Samedi 5 mars 2016")
    full(SN, "tey", new, "Tey, Àjjuma 21 juin 2019")
    full(BQ, "fecha", old, "zaterdag 5 maart 2016")
    full(BQ, "fecha", new, "Djabièrnè, 21 di yüni 2019")
    full(OC, "ahia", old, r"Taa bụ (Eke|Orie|Afọ|Nkwọ) · Saturday, 5 March 2016")
    full(OC, "ahia", new, r"Ụbọchị (Eke|Orie|Afọ|Nkwọ) · 21/06/2019")
    full(SL, "dateline", old, "MAKENI, 5 March 2016")
    full(SL, "dateline", new, "Makeni, Bombali District — Friday 21 June 2019")
    full(GQ, "fecha", old, "Bata, 5 de marzo de 2016")
    full(GQ, "fecha", new, "21 de junio de 2019 \\| Bata, Litoral")
    full(DM, "posted", new, "Posted Friday 21 June 2019 by .+")
    full(SX, "posted", old, "Mar 5, 2016 — .+")
    full(SX, "posted", new, "Door/By .+, 21 June 2019")
    full(SL, "byline", new, "By .+, (Bombali|Tonkolili) correspondent|By .+, (sports desk|"
                            "health reporter)")
    full(CG, "auteur", new, r"Un article de .+ · \d+ min de lecture")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        pr = on(PR, "fecha", day)
        assert pr.startswith(("lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                              "domingo")) == (day < PR_REDESIGN), pr
        ha = on(HA, "kwanan-wata", day)
        if day < HA_REDESIGN:
            hy, hm, hd = hijri(day)
            assert ha.startswith(HAUSA_WEEKDAYS[wd] + ", "), ha
            assert ha.endswith(f"| {hd} {HIJRI_MONTHS_HAUSA[hm - 1]}, {hy} BH"), ha
        else:
            assert ha == f"An wallafa: {day:%d/%m/%Y} ƙarfe {{time}}", ha
        yo = on(YO, "ojo", day)
        assert yo.startswith(YORUBA_WEEKDAYS[wd] if day >= YO_REDESIGN
                             else toneless(YORUBA_WEEKDAYS[wd])), yo
        assert (toneless(yo) == yo) == (day < YO_REDESIGN), yo
        cg = on(CG, "date", day)
        assert cg.startswith("Brazzaville, le ") == (day < CG_REDESIGN), cg
        assert (" 1er " in cg) == (day.day == 1 and day < CG_REDESIGN), cg
        ht = on(HT, "dat", day)
        assert ht.startswith("Gonaïves, ") == (day < HT_REDESIGN), ht
        if day >= HT_REDESIGN:
            assert ht.startswith(KREYOL_WEEKDAYS[wd].capitalize() + " "), ht
            assert (" 1ye " in ht) == (day.day == 1), ht
        sn = on(SN, "tey", day)
        assert sn.startswith(f"Tey, {WOLOF_WEEKDAYS[wd]} ") == (day >= SN_REDESIGN), sn
        bq = on(BQ, "fecha", day)
        assert bq.startswith(PAPIAMENTU_WEEKDAYS[wd].capitalize() + ", ") == (
            day >= BQ_REDESIGN), bq
        oc = on(OC, "ahia", day)
        assert market_day(day) in oc and oc.startswith("Ụbọchị ") == (day >= OC_REDESIGN), oc
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    days = Counter(re.search("|".join(IGBO_MARKET_DAYS), t)[0]
                   for t in group_lines(SET, OC, "ahia"))
    assert len(days) >= 3


def test_lines_that_turn_with_the_week_and_the_aftermath() -> None:
    power = days_with(PR, "energia", "% de los clientes con servicio")
    assert min(power) == PR_MARIA + one and max(power) == PR_GRID_BACK - one
    assert len({on(PR, "energia", day) for day in power}) >= 200
    assert on(PR, "energia", d(2018, 1, 1)).startswith("💡 Energía en el Oeste hoy: ")
    assert re.search(r"\d,\d %", on(PR, "energia", d(2018, 1, 1)))
    assert "Temblores" in on(PR, "energia", d(2020, 1, 20))
    assert on(PR, "energia", d(2016, 1, 1)) == on(PR, "energia", d(2020, 6, 1))
    prices = {day for day in every_day()
              if on(HA, "farashi", day) != on(HA, "farashi", day - one)}
    assert prices and all(day.weekday() == 0 for day in prices) and len(prices) >= 200
    assert f"₦{ha_millet_price(d(2019, 6, 21)):,}" in on(HA, "farashi", d(2019, 6, 21))
    assert re.search(r"₦\d{1,2},\d{3}$", on(HA, "farashi", d(2019, 6, 21)))
    levels = {day for day in every_day()
              if on(CG, "fleuve", day) != on(CG, "fleuve", day - one)}
    assert levels and all(day.weekday() == 0 for day in levels)
    assert re.search(r": \d,\d\d m à", on(CG, "fleuve", d(2019, 6, 21)))
    for domain, family in PERIODIC:
        assert len({on(domain, family, day) for day in every_day()}) >= 150, (domain, family)


def test_notices_follow_their_calendars() -> None:
    # the hurricane notices outranked the Lares revolt's 149th and Dominica's 39th
    # independence day in 2017, the 2020 curfews Senegal's and Sierra Leone's
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    for domain, family, pattern, counts in (
            (PR, "boletin", r"(\d+) años del Grito", {"147", "148", "150", "151", "152"}),
            (HA, "sanarwa", r"shekara (\d+)", {"55", "56", "57", "58", "59", "60"}),
            (YO, "ikede", r"ọdún (\d+)", {"55", "56", "57", "58", "59", "60"}),
            (CG, "annonce", r"(\d+) ans de souveraineté", {"55", "56", "57", "58", "59", "60"}),
            (HT, "avi", r"(\d+)yèm anivèsè", {"211", "212", "213", "214", "215", "216"}),
            (SN, "avis", r"indépendance : (\d+) ans", {"55", "56", "57", "58", "59"}),
            (SL, "notice", r"Salone at (\d+)", {"54", "55", "56", "57", "58"}),
            (GQ, "aviso", r"(\d+) años de independencia", {"47", "48", "49", "50", "51",
                                                           "52"}),
            (DM, "notice", r"Dominica: (\d+) years", {"37", "38", "40", "41", "42"}),
            (SX, "notice", r"Statia Day: (\d+) years", {"239", "240", "241", "242", "243",
                                                        "244"}),
            (SX, "notice", r"Emancipation Day: (\d+) years", {"152", "153", "154", "155",
                                                              "156", "157"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)
    # votes that were put off: the notice turns on the day they were postponed
    assert on(HA, "sanarwa", d(2019, 2, 15)).endswith("16 ga Fabrairu")
    assert "An ɗage zaɓe" in on(HA, "sanarwa", d(2019, 2, 16))
    assert "sakamako kai tsaye" in on(HA, "sanarwa", d(2019, 2, 23))
    assert "ɗage zaɓe da makonni" in on(HA, "sanarwa", d(2015, 2, 10))
    assert "sún ìdìbò" in on(YO, "ikede", d(2019, 2, 18))
    assert "postponed" in on(SL, "notice", d(2018, 3, 27))
    assert "Run-off: results" in on(SL, "notice", d(2018, 3, 31))
    assert "ranvwaye" in on(HT, "avi", d(2016, 1, 20))
    assert "Primarias suspendidas" in on(PR, "boletin", d(2020, 8, 12))
    # the telecoms blackout after the 2016 vote in Brazzaville
    blackout = days_with(CG, "annonce", "📵")
    assert blackout == {d(2016, 3, 21), d(2016, 3, 22), d(2016, 3, 23), d(2016, 3, 24)}
    assert "Présidentielle 2016" in on(CG, "annonce", d(2016, 3, 20))
    # the fast and the feasts
    assert "azumi" in on(HA, "sanarwa", d(2017, 6, 10))
    assert "Ƙarama" in on(HA, "sanarwa", d(2017, 6, 25))
    assert "Babba" in on(HA, "sanarwa", d(2018, 8, 22))
    assert "Korona" in on(HA, "sanarwa", d(2020, 4, 1))
    assert "azumi" in on(HA, "sanarwa", d(2020, 5, 1))  # the lockdown notice ended first
    assert "Grand Magal de Touba 2018" in on(SN, "avis", d(2018, 10, 28))
    assert "Gamou" in on(SN, "avis", d(2019, 11, 8))
    assert "Tabaski" in on(SN, "avis", d(2016, 9, 12))
    assert "Korité" in on(SN, "avis", d(2019, 6, 4))
    assert "Òjúde Ọba ní" in on(YO, "ikede", d(2019, 8, 13))
    assert "Kò ní sí Òjúde" in on(YO, "ikede", d(2020, 8, 2))
    assert "Souvenans" in on(HT, "avi", d(2017, 4, 16))
    assert "Kanaval 2018" in on(HT, "avi", d(2018, 2, 13))
    assert "Peyi lòk" in on(HT, "avi", d(2019, 10, 1))
    assert "Matthew" in on(HT, "avi", d(2016, 10, 5))
    assert "Huracán María" in on(PR, "boletin", d(2017, 10, 1))
    assert "Candelaria" in on(PR, "boletin", d(2019, 2, 1))
    assert "Ebola lockdown" in on(SL, "notice", d(2015, 9, 19))
    assert "Regent mudslide" in on(SL, "notice", d(2017, 8, 20))
    assert "no ta tuma lugá" in on(BQ, "avis", d(2020, 4, 30))
    assert "programa den kaya" in on(BQ, "avis", d(2019, 4, 30))
    assert "Iri ji" in on(OC, "notice", d(2018, 8, 15))
    assert "30 May" in on(OC, "notice", d(2017, 5, 29))
    assert "CAN 2015" in on(GQ, "aviso", d(2015, 2, 1))
    assert "Jounen Kwéyòl" in on(DM, "notice", d(2019, 10, 25))
    assert "Hurricane Maria" in on(DM, "notice", d(2017, 10, 1))
    assert "gesloten" in on(SX, "notice", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PR, "autor", d(2018, 6, 4), "Por {author}", "{author_beat}"),
        (PR, "lee", d(2019, 8, 5), "Lee también", "TE PUEDE INTERESAR"),
        (PR, "apoyo", d(2020, 4, 6), "Apoya el periodismo", "pandemia"),
        (PR, "derechos", d(2018, 1, 8), "© {year} El Faro", "Prohibida"),
        (HA, "marubuci", d(2017, 1, 9), "Daga {author}", "Rahoton"),
        (HA, "karanta", d(2019, 3, 25), "Karanta kuma", "Ku karanta"),
        (HA, "hakki", d(2019, 1, 7), "© {year} Sakkwato Yau", "haƙƙoƙin"),
        (YO, "onkowe", d(2017, 5, 29), "Lati owo", "Láti ọwọ́"),
        (YO, "ekaa", d(2017, 5, 29), "E tun ka", "Ẹ tún ka"),
        (YO, "ekaa", d(2019, 10, 1), "Ẹ tún ka", "📖"),
        (YO, "eto", d(2020, 2, 3), "© {year} Ìròyìn Ẹ̀gbá", "ìpamọ́"),
        (CG, "auteur", d(2018, 2, 5), "Par {author}", "min de lecture"),
        (CG, "lire", d(2020, 2, 10), "Lire aussi", "Tángá lisusu"),
        (CG, "droits", d(2016, 9, 5), "© {year} Poto-Poto", "reproduction interdite"),
        (HT, "ote", d(2018, 1, 1), "Par {author}", "Yon atik"),
        (HT, "li", d(2018, 1, 1), "Lire aussi", "LI TOU"),
        (HT, "koute", d(2019, 6, 3), "chak jou a 6è", "a 6è30"),
        (HT, "dwa", d(2018, 1, 1), "© {year} Nouvèl Gonayiv", "Tout dwa"),
        (SN, "auteur", d(2017, 10, 2), "Par {author}", "Correspondant"),
        (SN, "jang", d(2019, 4, 4), "À lire aussi", "Jàng it"),
        (SN, "droits", d(2020, 1, 6), "© {year} Kayoor Xibaar", "Reproduction interdite"),
        (SL, "dateline", d(2018, 4, 16), "MAKENI, ", "Bombali District"),
        (SL, "byline", d(2018, 4, 16), "By {author}", "{author_beat}"),
        (SL, "rid", d(2019, 11, 4), "READ ALSO", "Una rid dis bak"),
        (SL, "radio", d(2019, 1, 7), "every Saturday", "every Sunday"),
        (SL, "rights", d(2017, 6, 5), "© {year} Makeni Tok", "No copying"),
        (BQ, "outor", d(2018, 9, 6), "Door {author}", "Skirbí pa"),
        (BQ, "lesa", d(2018, 9, 6), "Lees ook", "Lesa tambe"),
        (BQ, "derecho", d(2017, 1, 2), "© {year} Boneiru Awe", "Tur derecho"),
        (OC, "posted", d(2018, 3, 5), "Posted by", "{author_beat}"),
        (OC, "dues", d(2018, 1, 2), "₦5,000", "₦7,500"),
        (OC, "dues", d(2020, 1, 2), "₦7,500", "₦10,000"),
        (OC, "rights", d(2017, 7, 3), "Association", "Reg. No."),
        (GQ, "fecha", d(2018, 10, 12), "Bata, {date_es}", "| Bata, Litoral"),
        (GQ, "autor", d(2018, 10, 12), "Texto: ", "Texto y fotos"),
        (GQ, "derechos", d(2018, 10, 12), "© {year} Ecos de Bata", "Prohibida"),
        (DM, "posted", d(2018, 11, 5), "{date_long} | ", "Posted {weekday}"),
        (DM, "rights", d(2019, 1, 7), "© {year} Salybia", "Commonwealth of Dominica"),
        (SX, "posted", d(2018, 2, 7), "{date_short}", "Door/By"),
        (SX, "rights", d(2019, 5, 6), "© {year} Statia", "Oranjestad")))
    assert_groups_reworded(SET, (
        (PR, "fecha", "de 2016", " - "),
        (PR, "lee", "Lee también", "TE PUEDE INTERESAR"),
        (HA, "kwanan-wata", " BH", "An wallafa"),
        (YO, "ojo", "Ojo ", "Ọjọ́"),
        (CG, "date", "Brazzaville, le", "Mis à jour"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((YO, "ojo", r"\d"), (YO, "adiresi", YORUBA),
                                  (YO, "ipolowo", "ÌPOLÓWÓ"), (YO, "aworan", YORUBA),
                                  (HA, "karanta", "[Kk]aranta"), (HA, "adireshi", "Sakkwato"),
                                  (OC, "ahia", "bụ|Ụbọchị"), (OC, "daalu", IGBO),
                                  (SL, "tenki", KRIO), (HT, "piblisite", "PIBLISITE"),
                                  (SN, "jerejef", WOLOF), (BQ, "redakshon", "Kaya")))
    assert_groups_in_scripts(SET, (
        (YO, "onkowe", ("owo|ọwọ́",)),
        (CG, "mbote", ("Mbote na bino", "Bienvenue")),
        (BQ, "bonbini", ("Bon bini", "korant digital")),
        (GQ, "mbolo", ("Mbolo", "Bienvenidos")),
        (DM, "bonjou", ("Bonjou tout moun", "Good morning")),
        (BQ, "bekendmaking", ("Bekendmaking", "Publikashon")),
        (SX, "funder", ("Met steun", "With support")),
    ), share=0.5)
    toned = [t for t in group_lines(SET, YO, "ojo") if toneless(t) != t]
    bare = [t for t in group_lines(SET, YO, "ojo") if toneless(t) == t]
    assert toned and bare
    assert any(re.search(HAUSA_HOOKS, t) for t in group_lines(SET, HA, "kwanan-wata"))
    assert any(c in on(YO, "ikede", QUIET) for c in TONE_MARKS)
    assert re.search(KREYOL, on(HT, "avi", d(2019, 10, 1)))
    assert re.search("ñ|ë", on(SN, "avis", d(2019, 6, 4)) + on(SN, "avis", d(2016, 9, 12)))
    assert "Lingala" not in on(CG, "annonce", d(2020, 4, 10)) and "bótikala" in on(
        CG, "annonce", d(2020, 4, 10))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PR}/fecha", f"{PR}/lee", f"{PR}/autor", f"{PR}/seccion",
                         f"{PR}/foto", f"{HA}/kwanan-wata", f"{HA}/karanta", f"{HA}/marubuci",
                         f"{YO}/ojo", f"{YO}/ekaa"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PR}/editora", f"{PR}/derechos", f"{PR}/comentarios", f"{HA}/adireshi",
        f"{HA}/hakki", f"{YO}/adiresi", f"{YO}/eto"))
    assert_carried_share(docs, PR, [
        ("fecha", 0.65, 0.95), ("boletin", 0.15, 0.45), ("lee", 0.4, 0.75),
        ("correccion", 0.0, 0.1)])
    assert_carried_share(docs, HA, [("kwanan-wata", 0.65, 0.95), ("sanarwa", 0.15, 0.45)])
    for fam in (f"{PR}/lee", f"{HA}/karanta", f"{YO}/ekaa"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PR}/foto", f"{HA}/talla", f"{HA}/hoto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PR, "foto"), (HA, "hoto"), (YO, "aworan"), (CG, "photo"),
                               (HT, "foto"), (SN, "photo"), (SL, "photo"), (BQ, "potret"),
                               (OC, "photo"), (DM, "photo"), (SX, "photo")))
    beats = {m[1] for t in group_lines(SET, PR, "autor")
             if (m := re.fullmatch(r"Por .+ \| (.+)", norm(t)))}
    assert len(beats) >= 2 and beats <= pool(SET, PR, "beat")


def test_amounts_in_appeals_and_dues() -> None:
    for style, family, pattern, pool_name in (
            (PR, "apoyo", r"aporta \$(\d+) al mes", "aporte"),
            (YO, "atileyin", r"fi ₦([\d,]+) ránṣẹ́", "owo"),
            (CG, "soutien", r"envoyez (\d+\u00a0000) FCFA", "montant"),
            (SL, "support", r"send Le ([\d,]+) by", "leones")):
        amounts = [m[1] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
        assert len(group_lines(SET, style, family)) - len(amounts) <= 2, (style, family)
    dues = {day.year: on(OC, "dues", day) for day in (d(2016, 6, 1), d(2018, 6, 1),
                                                       d(2019, 6, 1), d(2020, 6, 1))}
    assert "₦5,000" in dues[2016] and "₦7,500" in dues[2018] and "₦7,500" in dues[2019]
    assert "₦10,000" in dues[2020] and "January 2020" in dues[2020]


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PR, "correccion"), (HA, "ambaliya"), (YO, "omiyale"), (CG, "delestage"),
        (HT, "inondasyon"), (SN, "coupure"), (SL, "bridge"), (BQ, "tormenta"), (OC, "fire"),
        (GQ, "agua"), (DM, "landslide"), (SX, "path")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{OC}/guo", "Gụọkwa: "), (f"{GQ}/vease", "Véase también: "),
        (f"{SX}/lees", "Lees ook / Read also: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{PR}/lee", ("Lee también: ", "➡️ TE PUEDE INTERESAR: ")),
                          (f"{HA}/karanta", ("Karanta kuma: ", "👉 Ku karanta: ")),
                          (f"{YO}/ekaa", ("E tun ka: ", "Ẹ tún ka: ", "📖 Ẹ tún ka: ")),
                          (f"{CG}/lire", ("Lire aussi : ", "Tángá lisusu ▸ ")),
                          (f"{HT}/li", ("Lire aussi : ", "LI TOU ➜ ")),
                          (f"{SN}/jang", ("À lire aussi : ", "Jàng it ▸ ")),
                          (f"{SL}/rid", ("READ ALSO: ", "Una rid dis bak: ")),
                          (f"{BQ}/lesa", ("Lees ook: ", "Lesa tambe: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (HA, "talla", "TALLA"), (YO, "ipolowo", "ÌPOLÓWÓ"), (HT, "piblisite", "— PIBLISITE —"),
        (SN, "pub", "Publicité"), (SL, "tenki", "Tɛnki fɔ rid!"),
        (YO, "english", "Read this story in English ›"),
        (PR, "comentarios", "Los comentarios son responsabilidad de sus autores y no "
                            "reflejan la opinión de este medio."),
        (OC, "daalu", "Daalụ nụ! Ka ahịa gaa nke ọma."),
        (DM, "mesi", "Mèsi anpil for reading and sharing")))
    for style, family, pattern, pool_name in (
            (PR, "seccion", r"^(.+)$", "seccion"),
            (PR, "foto", r"^\(Foto: (.+)\)$", "foto"),
            (HA, "sashe", r"^(.+)$", "sashe"),
            (HA, "hoto", r"^Hoto: (.+)$", "hoto"),
            (YO, "abala", r"^(.+)$", "abala"),
            (YO, "aworan", r"^Àwòrán: (.+)$", "aworan"),
            (CG, "rubrique", r"^(.+)$", "rubrique"),
            (CG, "photo", r"^© Photo : (.+)$", "photo"),
            (CG, "source", r"^Source : (.+)$", "source"),
            (HT, "ribrik", r"^(.+)$", "ribrik"),
            (HT, "foto", r"^Foto: (.+)$", "foto"),
            (SN, "rubrique", r"^(.+)$", "rubrique"),
            (SN, "photo", r"^\(Photo (.+)\)$", "photo"),
            (SN, "auteur", r"^.+ \(Correspondant à (.+)\)$", "ville"),
            (SL, "desk", r"^(.+)$", "desk"),
            (SL, "photo", r"^Photo: (.+)$", "photo"),
            (SL, "firstpub", r"^This story first appeared on (.+) and is republished", "partner"),
            (BQ, "rubrika", r"^(.+)$", "rubrika"),
            (BQ, "potret", r"^Potret: (.+)$", "potret"),
            (OC, "udi", r"^(.+)$", "udi"),
            (OC, "photo", r"^Photo: (.+)$", "photo"),
            (GQ, "seccion", r"^(.+)$", "seccion"),
            (GQ, "fuente", r"^Fuente: (.+)$", "fuente"),
            (DM, "kind", r"^(.+)$", "kind"),
            (DM, "photo", r"^Photo: (.+)$", "photo"),
            (SX, "kind", r"^(.+)$", "kind"),
            (SX, "photo", r"^Foto/Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HA, "talla", "TALLA"), (YO, "ipolowo", "ÌPOLÓWÓ"),
        (PR, "comentarios", "Los comentarios son responsabilidad de sus autores y no "
                            "reflejan la opinión de este medio."),
        (HT, "piblisite", "— PIBLISITE —"), (SN, "pub", "Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PR: (["comentarios", "derechos", "editora", "correccion"], 3),
        HA: (["raayi", "hakki", "adireshi"], 2), YO: (["atileyin", "eto", "adiresi"], 2),
        CG: (["soutien", "droits", "editeur"], 2), HT: (["dwa", "adres"], 2),
        SN: (["jerejef", "droits", "contact"], 2), SL: (["rights", "funder"], 2),
        BQ: (["derecho", "redakshon"], 2), OC: (["rights", "office"], 2),
        GQ: (["derechos", "equipo"], 2), DM: (["rights", "volunteers"], 2),
        SX: (["rights", "funder"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PR in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
