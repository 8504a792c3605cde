"""The held-back-86 template set (`tests.bench.heldout_templates_86`): its localised dates
(printed day by day in French, Hausa with the Hijri date, Yoruba, Twi, Igbo with the four-day
market week, Krio, Bambara with N'ko digits, Mooré and Ewe, several changing form or language
on the day of a redesign, one with the US clocks), the lines that turn every week or every
working day (two weeklies' issue numbers, grain prices at a Kano market, the cedi's, the
naira's and the Liberian dollar's rates), the seasons (cocoa campaigns, rainy and dry seasons,
the harmattan, the Niger's flood), the notices it rewords by date, the calendars some notices
follow (votes, postponed ones and a referendum called off, a coup and a putsch, attacks, a
mudslide, Ebola declared over, the 2020 lockdowns and curfews, Ramadan, the Sallahs and the
Maulud, Easter, the Akwasidae every 42 days, FESPACO and SIAO in alternate years, festivals,
national days with their counts, Democracy Day moved and July 22nd dropped), the amounts in
its appeals and prices, the lines in several languages and scripts, the variation it
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

from tests.bench.heldout_calendar import easter, nth_weekday
from tests.bench.heldout_templates_86 import (
    BF_REDESIGN,
    BJ_REDESIGN,
    CI_REDESIGN,
    EID_ADHA,
    EID_FITR,
    EWE_WEEKDAYS,
    FIRST_DAY,
    GH_REDESIGN,
    HIJRI_MONTHS,
    IG_REDESIGN,
    IGBO_MARKET_DAYS,
    KRIO_WEEKDAYS,
    LAST_DAY,
    LR_INAUGURATION,
    ML_BAMANAN,
    MOORE_WEEKDAYS,
    NG_REDESIGN,
    NKO_ZERO,
    SL_REDESIGN,
    TG_REDESIGN,
    TWI_WEEKDAYS,
    YO_REDESIGN,
    YORUBA_WEEKDAYS,
    akwasidae_days,
    business_day,
    cedi_rate,
    dawanau_maize,
    drift,
    figure,
    french_day,
    grouped,
    hijri,
    igbo_market_day,
    lrd_rate,
    naira_parallel,
    sl_issue,
    us_central_daylight,
    week_start,
    yo_issue,
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

SET = "held-back-86"
SITES = ("Le Lagunaire", "Rediyo Kurmi", "Àkéde Olúyọ̀lé", "Kumasi Nsɛm", "Ụmụnna Online",
         "The Bong Beacon", "Salone Tɔk", "The Kombo Star", "Radio Fasokan", "Kibar Laafi",
         "Abɔmɛ Xó", "Kpalimé Nyadzɔdzɔwo")
CI, NG, YO, GH = ("lelagunaire.ci", "rediyokurmi.com.ng", "akedeoluyole.com",
                  "kumasinsem.com.gh")
IG, LR, SL, GM = ("umunnaonline.com", "bongbeacon.com.lr", "salonetok.sl", "kombostar.gm")
ML, BF, BJ, TG = ("radiofasokan.ml", "kibarlaafi.bf", "abomexo.bj", "kpalimenya.tg")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CI, "date"), (NG, "kwanan"), (YO, "ojo"), (GH, "date"), (IG, "posted"),
         (LR, "date"), (SL, "de"), (ML, "date"), (BF, "date"), (BJ, "date"), (TG, "date"))
# The lines that turn every week or every working day.
PERIODIC = ((NG, "kasuwa"), (YO, "eda"), (GH, "forex"), (IG, "naira"), (LR, "cbl"),
            (SL, "nomba"))
# The lines that change with the seasons.
SEASONAL = ((CI, "cacao"), (LR, "season"), (ML, "saison"), (BF, "saison"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CI, "avis"), (NG, "sanarwa"), (YO, "ikede"), (GH, "notice"), (IG, "notice"),
           (LR, "notice"), (SL, "notis"), (GM, "notice"), (ML, "avis"), (BF, "avis"),
           (BJ, "avis"), (TG, "avis"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    CI: "Suivez Le Lagunaire sur Facebook et Twitter",
    NG: "Ku biyo mu a Facebook: Rediyo Kurmi",
    YO: "Ẹ dara pọ̀ mọ́ wa lórí Facebook: Àkéde Olúyọ̀lé",
    GH: "Like Kumasi Nsɛm on Facebook and follow us on Twitter",
    IG: "Follow Ụmụnna Online on Facebook and Twitter",
    LR: "Like The Bong Beacon on Facebook",
    SL: "Salone Tɔk de kam out ɛvri Tyuzde. Bay yu kɔpi na di vɛnda.",
    GM: "The Kombo Star is out every Friday. Get your copy from your vendor.",
    ML: "Radio Fasokan, 100.7 FM : la voix des paysans de Ségou",
    BF: "Kibar Laafi : les nouvelles du Burkina en mooré et en français",
    BJ: "Suivez Abɔmɛ Xó sur Facebook",
    TG: "Kpalimé Nyadzɔdzɔwo : l'actualité du Kloto en éwé et en français",
}

YORUBA = r"[ẹọṣ]|\u0300|\u0301"
HAUSA_HOOKED = r"[ƙɗɓ]"
OPEN_VOWELS = r"[ɛɔ]"
NKO = r"[\u07c0-\u07ff]"
ARABIC = r"[\u0600-\u06ff]"
NKO_DIGITS = "".join(chr(ord(NKO_ZERO) + k) for k in range(10))

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + SEASONAL + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 3, 14), d(2017, 9, 22), d(2018, 1, 22), d(2018, 8, 7),
        d(2019, 2, 20), d(2020, 4, 20), d(2020, 10, 22), LAST_DAY))


def test_helpers() -> None:
    assert hijri(d(2017, 9, 22)) == (1439, 1, 1)
    assert hijri(d(2020, 5, 24)) == (1441, 10, 1)  # the end of Ramadan 1441
    assert hijri(d(2019, 8, 11))[1:] in ((12, 9), (12, 10), (12, 11))
    for day in every_day():
        year, month, mday = hijri(day)
        following = hijri(day + one)
        assert following in ((year, month, mday + 1), (year, month + 1, 1), (year + 1, 1, 1))
        assert 1 <= mday <= 30
        assert igbo_market_day(day + 4 * one) == igbo_market_day(day)
        assert igbo_market_day(day + one) != igbo_market_day(day)
        assert dawanau_maize(day) == dawanau_maize(week_start(day))
        assert cedi_rate(day) == cedi_rate(week_start(day))
        assert naira_parallel(day) == naira_parallel(week_start(day))
        assert lrd_rate(day) == lrd_rate(business_day(day))
        number, thursday = yo_issue(day)
        assert thursday.weekday() == 3 and 0 <= (day - thursday).days < 7
        assert yo_issue(day + 7 * one)[0] == number + 1
        number, tuesday = sl_issue(day)
        assert tuesday.weekday() == 1 and 0 <= (day - tuesday).days < 7
    assert [igbo_market_day(FIRST_DAY + k * one) for k in range(4)] == [
        "Afọ", "Nkwọ", "Eke", "Orie"]
    assert set(IGBO_MARKET_DAYS) == {igbo_market_day(FIRST_DAY + k * one) for k in range(4)}
    adae = akwasidae_days()
    assert len(adae) >= 50 and all(day.weekday() == 6 for day in adae)
    assert all((b - a).days == 42 for a, b in zip(adae, adae[1:], strict=False))
    assert us_central_daylight(d(2016, 3, 13)) and not us_central_daylight(d(2016, 3, 12))
    assert us_central_daylight(d(2016, 11, 5)) and not us_central_daylight(d(2016, 11, 6))
    assert week_start(d(2019, 6, 23)) == d(2019, 6, 17)
    assert week_start(d(2019, 6, 23), 3) == d(2019, 6, 20)
    assert business_day(d(2019, 6, 22)) == business_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert grouped(12500) == "12,500" and grouped(1000, " ") == "1 000"
    assert french_day(1) == "1er" and french_day(21) == "21"
    assert drift(d(2010, 1, 1), (("2015-01-01", 1.0), ("2016-01-01", 3.0))) == 1.0
    assert drift(d(2015, 1, 6), (("2015-01-01", 1.0), ("2015-01-11", 3.0))) == 2.0
    assert figure(d(2017, 1, 1), "k", 1, 3) == figure(d(2017, 1, 1), "k", 1, 3)
    assert naira_parallel(d(2017, 2, 20)) > 450 > 300 > naira_parallel(d(2015, 6, 1))
    assert cedi_rate(d(2020, 11, 30)) > cedi_rate(d(2015, 2, 2)) + 2
    assert lrd_rate(d(2019, 10, 1)) > 2 * lrd_rate(d(2015, 1, 5))
    assert dawanau_maize(d(2017, 5, 1)) > dawanau_maize(d(2015, 1, 5)) + 5000


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CI, "date", old, "Abidjan, le samedi 5 mars 2016")
    full(CI, "date", d(2017, 6, 1), "Abidjan, le jeudi 1er juin 2017")
    full(CI, "date", new, r"Publié le 21/06/2019 à \d\d:\d\d")
    full(NG, "kwanan", old, "Kano, Asabar, 5 ga Maris, 2016")
    full(NG, "kwanan", NG_REDESIGN, "Juma'a 22/9/2017 · 1 Muharram 1439 BH")
    full(NG, "kwanan", new, r"Juma'a 21/6/2019 · \d{1,2} Shawwal 1440 BH")
    full(YO, "ojo", old, "Ọjọ́ Àbámẹ́ta, 5 Ẹrẹ̀nà, 2016")
    full(YO, "ojo", new, r"Ọjọ́ Ẹtì 21/6/2019 \(Friday\)")
    full(YO, "eda", d(2015, 1, 1), "Ẹ̀dà 612 · 1 Ṣẹ́rẹ́, 2015")
    full(YO, "eda", d(2015, 1, 14), "Ẹ̀dà 613 · 8 Ṣẹ́rẹ́, 2015")
    full(GH, "date", old, r"Kumasi \| Saturday, March 5, 2016")
    full(GH, "date", new, r"Fiada, Ayɛwohomumu 21, 2019 · \d\d:\d\d")
    full(IG, "posted", old, r"Posted on March 5, 2016 at \d{1,2}:\d\d [AP]M CST")
    full(IG, "posted", d(2016, 6, 1), r"Posted on June 1, 2016 at \d{1,2}:\d\d [AP]M CDT")
    full(IG, "posted", new, "Fraịdee, 21 Jun 2019 · Ụbọchị (Eke|Orie|Afọ|Nkwọ)")
    full(LR, "date", old, "Saturday, March 5, 2016")
    full(LR, "date", new, r"Jun 21, 2019 at \d{1,2}:\d\d [AP]M GMT")
    full(SL, "de", old, "Freetown, Saturday 5 March 2016")
    full(SL, "de", new, "Fraide, 21 Jun 2019")
    full(SL, "nomba", d(2015, 1, 1), r"Vol\. 6 No\. 300 · Tuesday 30/12/2014")
    full(GM, "date", old, "Saturday, 5 March 2016")
    full(GM, "date", new, r"21 June 2019 \| Banjul")
    full(ML, "date", old, "Ségou, le samedi 5 mars 2016")
    full(ML, "date", new, "Juma, zuwɛnkalo tile 21, 2019 · ߂߁/߆/߂߀߁߉")
    full(BF, "date", old, "Ouagadougou, samedi 5 mars 2016")
    full(BF, "date", new, "Arzũma, 21 juin 2019 · Wagadgo")
    full(BJ, "date", old, "Abomey, le 5 mars 2016")
    full(BJ, "date", new, r"21\.06\.2019 · Agbomɛ")
    full(TG, "date", old, "Kpalimé, le 5 mars 2016")
    full(TG, "date", new, "Fiɖa, Masa 21, 2019")
    full(CI, "auteur", new, r"Par .+, (journaliste|correspondant régional|envoyé spécial|"
                            r"stagiaire)")
    full(IG, "byline", new, r"By .+, (Houston|London|Enugu|Owerri|Atlanta)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        assert on(CI, "date", day).startswith("Abidjan") == (day < CI_REDESIGN)
        ng = on(NG, "kwanan", day)
        assert ng.startswith("Kano") == (day < NG_REDESIGN), ng
        if day >= NG_REDESIGN:
            year, month, mday = hijri(day)
            assert ng.endswith(f"· {mday} {HIJRI_MONTHS[month - 1]} {year} BH"), ng
        assert on(YO, "ojo", day).startswith(YORUBA_WEEKDAYS[wd])
        assert ("(" in on(YO, "ojo", day)) == (day >= YO_REDESIGN)
        assert on(GH, "date", day).startswith(TWI_WEEKDAYS[wd]) == (day >= GH_REDESIGN)
        ig = on(IG, "posted", day)
        assert ig.endswith(igbo_market_day(day)) == (day >= IG_REDESIGN), ig
        if day < IG_REDESIGN:
            assert ig.endswith("CDT" if us_central_daylight(day) else "CST"), ig
        assert ("GMT" in on(LR, "date", day)) == (day >= LR_INAUGURATION)
        assert on(SL, "de", day).startswith(KRIO_WEEKDAYS[wd]) == (day >= SL_REDESIGN)
        ml = on(ML, "date", day)
        assert bool(re.search(NKO, ml)) == (day >= ML_BAMANAN), ml
        if day >= ML_BAMANAN:
            assert ascii_digits(ml.rpartition(" · ")[2], NKO_DIGITS) == (
                f"{day.day}/{day.month}/{day.year}"), ml
        assert on(BF, "date", day).startswith(MOORE_WEEKDAYS[wd]) == (day >= BF_REDESIGN)
        assert on(BJ, "date", day).startswith("Abomey") == (day < BJ_REDESIGN)
        assert on(TG, "date", day).startswith(EWE_WEEKDAYS[wd]) == (day >= TG_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_week_or_working_day() -> None:
    for domain, family, weekday in ((NG, "kasuwa", 0), (GH, "forex", 0), (IG, "naira", 0),
                                    (YO, "eda", 3), (SL, "nomba", 1)):
        changes = {day for day in every_day()
                   if on(domain, family, day) != on(domain, family, day - one)}
        assert len(changes) >= 150, (domain, family)
        assert all(day.weekday() == weekday for day in changes), (domain, family)
    cbl = {day for day in every_day() if on(LR, "cbl", day) != on(LR, "cbl", day - one)}
    assert len(cbl) >= 1000 and all(day.weekday() < 5 for day in cbl)
    assert re.fullmatch(r"💱 CBL exchange rate today: US\$1 = L\$\d{2,3}\.\d\d",
                        on(LR, "cbl", d(2018, 5, 2)))
    assert re.fullmatch(r"🌽 Kasuwar Dawanau a wannan mako: buhun masara ₦\d{1,2},\d{3}, "
                        r"buhun gero ₦\d{1,2},\d{3}", on(NG, "kasuwa", d(2018, 5, 2)))
    assert re.fullmatch(r"💱 Forex this week: US\$1 = GH₵\d\.\d\d \(interbank, buying\)",
                        on(GH, "forex", d(2018, 5, 2)))
    assert f"₦{naira_parallel(d(2017, 2, 20))} " in on(IG, "naira", d(2017, 2, 22))


def test_the_seasons() -> None:
    cocoa = {y: on(CI, "cacao", d(y, 12, 1)) for y in range(2015, 2021)}
    assert "1 000 FCFA" in cocoa[2015] and "1 100 FCFA" in cocoa[2016]
    assert "825 FCFA" in cocoa[2019] and "1 000 FCFA" in cocoa[2020]
    assert "intermédiaire 2017" in on(CI, "cacao", d(2017, 5, 1))
    assert "700 FCFA" in on(CI, "cacao", d(2017, 5, 1))
    assert "850 FCFA" in on(CI, "cacao", FIRST_DAY)
    assert len({on(CI, "cacao", day) for day in every_day()}) == 9
    for y in range(2015, 2021):
        assert "Rainy season" in on(LR, "season", d(y, 7, 1))
        assert "Dry season" in on(LR, "season", d(y, 1, 15))
        assert "Crue du Niger" in on(ML, "saison", d(y, 10, 1))
        assert "Hivernage" in on(ML, "saison", d(y, 7, 1))
        assert "Récolte du riz" in on(ML, "saison", d(y, 12, 1))
        assert "Saison sèche" in on(ML, "saison", d(y, 3, 1))
        assert "Harmattan" in on(BF, "saison", d(y, 1, 10))
        assert "Forte chaleur" in on(BF, "saison", d(y, 4, 10))
        assert "Saison des pluies" in on(BF, "saison", d(y, 8, 10))
    assert len({on(ML, "saison", day) for day in every_day()}) == 4
    assert len({on(BF, "saison", day) for day in every_day()}) == 3


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 4, domain
    # Abidjan: the Nations Cup, votes, an attack, mutinies, the 2020 curfew, the counts
    assert "champions d'Afrique" in on(CI, "avis", d(2015, 2, 10))
    assert "Grand-Bassam" in on(CI, "avis", d(2016, 3, 14))
    assert "Référendum" in on(CI, "avis", d(2016, 10, 28))
    assert "Mutinerie" in on(CI, "avis", d(2017, 1, 8))
    assert "Francophonie" in on(CI, "avis", d(2017, 7, 25))
    assert "Couvre-feu" in on(CI, "avis", d(2020, 4, 1))
    assert "Grand Abidjan isolé" in on(CI, "avis", d(2020, 6, 1))
    assert "Présidentielle 2020" in on(CI, "avis", d(2020, 10, 30))
    assert counts_in(CI, "avis", r"(\d+)e anniversaire") == {str(n) for n in range(55, 61)}
    assert counts_in(CI, "avis", r"Tabaski (\d{4})") == {str(y) for y in range(2015, 2021)}
    # Kano: two postponements, the Sallahs (no Durbar in 2020), Ramadan and the Maulud
    assert "dage zaben 14 ga Fabrairu" in on(NG, "sanarwa", d(2015, 2, 10))
    assert "dage zabe zuwa 23" in on(NG, "sanarwa", d(2019, 2, 17))
    assert "cike gurbi" in on(NG, "sanarwa", d(2019, 3, 22))
    assert "Dokar hana fita" in on(NG, "sanarwa", d(2020, 4, 20))
    for y in range(2015, 2020):
        assert f"Durbar a Kano, {y}" in on(NG, "sanarwa", d.fromisoformat(EID_FITR[y]))
    assert "Babu hawan Sallah" in on(NG, "sanarwa", d(2020, 5, 24))
    assert "رمضان كريم" in on(NG, "sanarwa", d(2018, 5, 17))
    assert "Babbar Sallah, 2018" in on(NG, "sanarwa", d.fromisoformat(EID_ADHA[2018]))
    assert "Mauludin" in on(NG, "sanarwa", d(2017, 12, 1))
    assert counts_in(NG, "sanarwa", r"shekara (\d+)") == {str(n) for n in range(55, 61)}
    assert on(NG, "sanarwa", d(2020, 2, 1)).startswith("📲 Saurari")
    # Ibadan: Democracy Day moved, the Olubadan, Easter, the #EndSARS curfew
    for y in range(2015, 2019):
        assert "Àwa-arawa" in on(YO, "ikede", d(y, 5, 29))
        assert "Àwa-arawa" not in on(YO, "ikede", d(y, 6, 12))
    for y in (2019, 2020):
        assert "Àwa-arawa" in on(YO, "ikede", d(y, 6, 12))
        assert "Àwa-arawa" not in on(YO, "ikede", d(y, 5, 29))
    assert "Ọlọ́bàdàn" in on(YO, "ikede", d(2016, 3, 4))
    assert counts_in(YO, "ikede", r"Àjíǹde (\d{4})") == {  # 2020's fell in the lockdown
        str(y) for y in range(2015, 2020)}
    assert "Ìséde" in on(YO, "ikede", easter(2020))
    assert "Àjíǹde 2019" in on(YO, "ikede", easter(2019))
    assert "#EndSARS" in on(YO, "ikede", d(2020, 10, 22))
    assert counts_in(YO, "ikede", r"pé ọdún (\d+)") == {str(n) for n in range(55, 61)}
    # Kumasi: the Akwasidae every 42 days, a referendum called off, Otumfuo@20
    for day in akwasidae_days():
        if day <= d(2020, 12, 31):
            text = on(GH, "notice", day)
            assert "Akwasidae" in text or "🗳️" in text or "😷" in text, (day, text)
    assert "no public durbar" in on(GH, "notice", akwasidae_days()[-2])
    assert "Otumfuo sits in state" in on(GH, "notice", akwasidae_days()[3])
    assert "called off" in on(GH, "notice", d(2019, 12, 10))
    assert "Otumfuo@20" in on(GH, "notice", d(2019, 4, 27))
    assert counts_in(GH, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(58, 64)}
    for y in (2015, 2017, 2018):  # 2016's, 2019's and 2020's fell in the votes' notices
        assert f"Farmers' Day {y}" in on(GH, "notice", nth_weekday(y, 12, 4, 1))
    assert counts_in(GH, "notice", r"Farmers' Day (\d{4})") == {"2015", "2017", "2018"}
    assert "Election 2020" in on(GH, "notice", nth_weekday(2020, 12, 4, 1))
    # Houston: Igbo Day, the New Yam festivals, the sit-at-home, #EndSARS
    assert "Igbo Day" in on(IG, "notice", d(2018, 9, 29))
    assert counts_in(IG, "notice", r"Iri Ji (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "Sit-at-home" in on(IG, "notice", d(2017, 5, 30))
    assert "#EndSARS" in on(IG, "notice", d(2020, 10, 17))
    assert counts_in(IG, "notice", r"Nigeria at (\d+)") == {str(n) for n in range(55, 61)}
    # Gbarnga: Ebola declared over twice, a run-off held up in court, the holidays
    assert "free of Ebola" in on(LR, "notice", d(2015, 5, 10))
    assert "free again" in on(LR, "notice", d(2016, 6, 10))
    assert "Supreme Court" in on(LR, "notice", d(2017, 11, 8))
    assert "Run-off election" in on(LR, "notice", d(2017, 12, 24))
    assert "Inauguration Day" in on(LR, "notice", d(2018, 1, 22))
    assert "referendum" in on(LR, "notice", d(2020, 12, 5))
    assert counts_in(LR, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(168, 174)}
    for y in range(2015, 2021):
        assert "Decoration Day" in on(LR, "notice", nth_weekday(y, 3, 2, 2))
        if y < 2020:  # 2020's fell in the state of emergency
            assert "Fast and Prayer" in on(LR, "notice", nth_weekday(y, 4, 4, 2))
        assert f"Thanksgiving Day {y}" in on(LR, "notice", nth_weekday(y, 11, 3, 1))
    # Freetown: Ebola over, the mudslide, a run-off put back, the 2020 lockdown and curfew
    assert "Ebola dɔn dɔn" in on(SL, "notis", d(2015, 11, 8))
    assert "Mudslide" in on(SL, "notis", d(2017, 8, 16))
    assert "Kɔt stɔp" in on(SL, "notis", d(2018, 3, 25))
    assert "Tri de lɔkdaun" in on(SL, "notis", d(2020, 4, 6))
    assert "Kɔfyu" in on(SL, "notis", d(2020, 5, 6))
    assert counts_in(SL, "notis", r"Salone (\d+) ia") == {  # 2020's fell in the curfew
        str(n) for n in range(54, 59)}
    # The Gambia: the impasse, July 22nd until 2016, Koriteh and Tobaski
    assert "impasse" in on(GM, "notice", d(2016, 12, 25))
    assert "sworn in in Dakar" in on(GM, "notice", d(2017, 1, 19))
    assert "Welcome home" in on(GM, "notice", d(2017, 1, 27))
    assert "TRRC" in on(GM, "notice", d(2019, 1, 8))
    assert "July 22nd" in on(GM, "notice", d(2016, 7, 22))
    assert not days_with(GM, "notice", "July 22nd") & set(every_day()[730:])
    assert counts_in(GM, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(50, 56)}
    assert "Koriteh" in on(GM, "notice", d(2019, 6, 4))
    assert "Tobaski" in on(GM, "notice", d(2019, 8, 11))
    # Ségou: a postponed referendum, the 2020 coup, the river festival's editions
    assert "référendum constitutionnel est reporté" in on(ML, "avis", d(2017, 7, 1))
    assert "démission du président" in on(ML, "avis", d(2020, 8, 20))
    assert counts_in(ML, "avis", r"(\d+)e édition") == {str(n) for n in range(11, 17)}
    assert counts_in(ML, "avis", r"(\d+)e anniversaire") == {str(n) for n in range(55, 61)}
    # Ouagadougou: the putsch, attacks, FESPACO in odd years and SIAO in even ones
    assert "Putsch" in on(BF, "avis", d(2015, 9, 20))
    assert "Kwame Nkrumah" in on(BF, "avis", d(2017, 8, 14))
    assert counts_in(BF, "avis", r"FESPACO (\d{4})") == {"2015", "2017", "2019"}
    assert counts_in(BF, "avis", r"(\d+)e édition") == {"24", "25", "26"}
    assert counts_in(BF, "avis", r"SIAO (\d{4})") == {"2016", "2018"}
    assert counts_in(BF, "avis", r"Fête nationale : (\d+)e") == {str(n) for n in range(57, 63)}
    # Abomey and Kpalimé
    assert counts_in(BJ, "avis", r"Fête du Vodun (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "internet coupé" in on(BJ, "avis", d(2019, 4, 27))
    assert "Cordon sanitaire" in on(BJ, "avis", d(2020, 4, 15))
    assert counts_in(TG, "avis", r"Agbogboza (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "internet coupé" in on(TG, "avis", d(2017, 9, 10))
    assert counts_in(TG, "avis", r"(\d+) ans d'indépendance") == {  # 2015's fell in the
        str(n) for n in range(56, 60)}  # vote's notice, 2020's in the curfew


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CI, "auteur", d(2018, 8, 7), "Par {author}", "{author_beat}"),
        (CI, "lire", d(2018, 8, 7), "Lire aussi", "À LIRE AUSSI"),
        (CI, "abonnement", d(2018, 1, 2), "200 FCFA", "300 FCFA"),
        (CI, "abonnement", d(2019, 10, 1), "300 FCFA", "Mobile Money"),
        (CI, "droits", d(2017, 6, 1), "Tous droits", "même partielle"),
        (CI, "cacao", d(2016, 10, 1), "1 000 FCFA", "1 100 FCFA"),
        (CI, "cacao", d(2017, 4, 1), "1 100 FCFA", "700 FCFA"),
        (NG, "marubuci", d(2017, 9, 22), "Daga {author}", "Rahoton"),
        (NG, "karanta", d(2017, 9, 22), "Karanta kuma", "Ku karanta"),
        (NG, "saurara", d(2020, 1, 6), "Labaran Yamma", "danna nan"),
        (NG, "hakki", d(2019, 1, 1), "Duk hakkin", "Haƙƙin"),
        (YO, "onkowe", d(2018, 10, 1), "Láti ọwọ́", "Akọ̀ròyìn"),
        (YO, "owo", d(2017, 1, 5), "₦100", "₦150"),
        (YO, "owo", d(2020, 2, 6), "₦150", "₦200"),
        (GH, "byline", d(2019, 3, 6), "By {author}", "Written by"),
        (GH, "also-read", d(2017, 7, 3), "ALSO READ", "READ ALSO"),
        (GH, "momo", d(2019, 9, 2), "Support independent", "GH₵{ghs}"),
        (IG, "byline", d(2017, 9, 29), "By {author}", "{author_beat}"),
        (IG, "related", d(2018, 3, 5), "Related:", "Gụọ kwa"),
        (IG, "membership", d(2018, 1, 8), "$3.99", "$4.99"),
        (IG, "membership", d(2020, 1, 6), "$4.99", "$5.99"),
        (LR, "byline", d(2018, 1, 22), "By {author}", "{author_beat}"),
        (LR, "price", d(2017, 1, 3), "L$40", "L$50"),
        (LR, "price", d(2019, 7, 2), "L$50", "L$100"),
        (SL, "rayta", d(2018, 4, 27), "By {author}", "rayt am"),
        (SL, "prays", d(2017, 1, 3), "Le 2,000", "Le 3,000"),
        (SL, "prays", d(2019, 10, 1), "Le 3,000", "Le 5,000"),
        (GM, "date", d(2017, 2, 18), "{weekday}", "| Banjul"),
        (GM, "byline", d(2017, 2, 18), "By {author}", "{author_beat}"),
        (GM, "price", d(2018, 7, 6), "D15", "D20"),
        (GM, "donate", d(2019, 11, 1), "call 700 0000", "QMoney"),
        (ML, "auteur", d(2018, 9, 22), "Par {author}", "Sɛbɛnnikɛla"),
        (ML, "lamen", d(2018, 9, 22), "Écoutez ce reportage", "A lamɛn"),
        (BF, "auteur", d(2017, 12, 11), "Par {author}", "Gʋlsda"),
        (TG, "auteur", d(2018, 4, 27), "Par {author}", "Ŋlɔla")))
    assert_groups_reworded(SET, (
        (CI, "date", "Abidjan, le", "Publié le"),
        (CI, "lire", "Lire aussi", "À LIRE AUSSI"),
        (NG, "kwanan", "Kano, ", " BH"),
        (NG, "karanta", "Karanta kuma", "Ku karanta"),
        (YO, "ojo", ", 20", ")"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (YO, "ese", YORUBA), (YO, "eto", YORUBA), (YO, "ojo", YORUBA), (YO, "eda", YORUBA),
        (GH, "yeda", "Yɛda mo ase"), (IG, "daalu", "Daalụ"), (SL, "tenki", OPEN_VOWELS),
        (SL, "rayt", "Ɔl|rizav"), (GM, "jerejef", "Jërëjëf"), (ML, "ini-ce", NKO),
        (BF, "barka", "wʋsgo"), (BJ, "akpe", "Akpé nú mi"), (TG, "akpe", "Akpe na mi"),
        (TG, "woezo", "Woezɔ"), (NG, "adireshi", "Adireshi")))
    hooked = [t for t in group_lines(SET, NG, "hakki") if re.search(HAUSA_HOOKED, t)]
    assert hooked
    hijri_dates = [t for t in group_lines(SET, NG, "kwanan") if " BH" in t]
    assert hijri_dates
    twi = [t for t in group_lines(SET, GH, "date") if re.search(OPEN_VOWELS, t)]
    assert twi
    krio = [t for t in group_lines(SET, SL, "de") if not t.startswith("Freetown")]
    assert krio
    nko = [t for t in group_lines(SET, ML, "date") if re.search(NKO, t)]
    assert nko
    market = [t for t in group_lines(SET, IG, "posted") if "Ụbọchị" in t]
    assert market
    assert re.search(ARABIC, on(NG, "sanarwa", d(2019, 5, 6)))
    assert re.search(OPEN_VOWELS, on(SL, "notis", QUIET))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CI}/date", f"{CI}/auteur", f"{CI}/lire", f"{CI}/rubrique",
                         f"{CI}/avis", f"{CI}/cacao", f"{NG}/kwanan", f"{NG}/karanta",
                         f"{NG}/shashe", f"{NG}/kasuwa", f"{YO}/ojo", f"{YO}/eda"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CI}/siege", f"{CI}/droits", f"{CI}/abonnement", f"{NG}/adireshi", f"{NG}/hakki",
        f"{NG}/tallafi", f"{YO}/adiresi", f"{YO}/ese", f"{YO}/eto"))
    assert_carried_share(docs, CI, [
        ("date", 0.65, 0.95), ("avis", 0.15, 0.45), ("lire", 0.4, 0.75),
        ("cie", 0.0, 0.1), ("cacao", 0.05, 0.3)])
    assert_carried_share(docs, NG, [("kwanan", 0.6, 0.9), ("sanarwa", 0.15, 0.45)])
    for fam in (f"{CI}/lire", f"{NG}/karanta"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CI}/photo", f"{NG}/hoto", f"{YO}/aworan"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CI, "photo"), (NG, "hoto"), (NG, "saurara"), (YO, "aworan"),
                               (GH, "photo"), (IG, "photo"), (LR, "photo"), (SL, "foto"),
                               (GM, "photo"), (ML, "lamen")))
    photos = {norm(t) for t in fams[f"{CI}/photo"]}
    assert photos and photos <= pool(SET, CI, "photo")
    beats = {m[1] for t in group_lines(SET, LR, "byline")
             if (m := re.fullmatch(r"[^,]+, (.+)", norm(t)))}
    assert beats and beats <= pool(SET, LR, "beat")
    roles = {m[1] for t in group_lines(SET, GM, "byline")
             if (m := re.fullmatch(r"By [^,]+, (.+)", norm(t)))}
    assert roles and roles <= pool(SET, GM, "beat")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (NG, "tallafi", r"₦([\d,]+) ne", "ngn"),
            (GM, "donate", r"send D(\d+)", "gmd")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
    prices = {y: on(CI, "abonnement", d(y, 6, 1)) for y in range(2015, 2021)}
    assert "200 FCFA" in prices[2016] and "300 FCFA" in prices[2018]
    assert "3 000 FCFA par mois" in prices[2020]
    assert "₦100" in on(YO, "owo", d(2016, 6, 1)) and "₦200" in on(YO, "owo", d(2020, 6, 1))
    assert "$3.99" in on(IG, "membership", d(2017, 6, 1))
    assert "$5.99" in on(IG, "membership", d(2020, 6, 1))
    assert "L$100" in on(LR, "price", d(2020, 6, 1))
    assert "Le 5,000" in on(SL, "prays", d(2020, 6, 1))
    assert "D20" in on(GM, "price", d(2019, 6, 1))
    assert "GH₵{ghs} on MoMo" in on(GH, "momo", d(2020, 6, 1))
    assert re.fullmatch(r"Enjoyed this story\? Support us with GH₵(5|10|20) on MoMo: 024 000 "
                        r"0000", rendered(SET, GH, "momo", d(2020, 6, 1)))
    seen = {m[1] for t in group_lines(SET, CI, "cacao")
            if (m := re.search(r"garanti ([\d ]+) FCFA", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CI, "cie"), (NG, "wuta"), (YO, "atunse"), (GH, "dumsor"), (IG, "correction"),
        (LR, "road"), (SL, "lait"), (GM, "nawec"), (ML, "edm"), (BF, "sonabel"),
        (BJ, "sbee"), (TG, "route")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{YO}/katun", "Ẹ tún ka: "), (f"{LR}/also-read", "Also Read: "),
        (f"{SL}/rid-mo", "Rid mɔ: "), (f"{GM}/read-also", "READ ALSO: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{CI}/lire", ("Lire aussi : ", "À LIRE AUSSI ▶ ")),
                          (f"{NG}/karanta", ("Karanta kuma: ", "Ku karanta: ")),
                          (f"{GH}/also-read", ("ALSO READ: ", "READ ALSO ➡ ")),
                          (f"{IG}/related", ("Related: ", "Gụọ kwa: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (CI, "siege", "Siège : Abidjan-Plateau · 01 BP 0000 Abidjan 01 · Tél. : (+225) 20 00 "
                      "00 00"),
        (NG, "adireshi", "Adireshi: Titin Zoo, Kano · Waya: 0800 000 0001"),
        (YO, "ese", "Ẹ ṣé púpọ̀ fún kíkà wa! Ẹ pín ìròyìn yìí fún àwọn ẹbí àti ọ̀rẹ́ yín."),
        (GH, "comments", "Comments are moderated. Insults, tribal remarks and fake news will "
                         "be deleted."),
        (IG, "disclaimer", "Views expressed by contributors are their own and do not "
                           "necessarily reflect ours."),
        (LR, "tips", "Got a story from your town or clan? Call or text 0777 000 000."),
        (SL, "tenki", "Tɛnki fɔ rid! Shɛb dis wit yu fambul ɛn yu padi dɛn."),
        (ML, "station", "Radio communautaire membre de l'URTEL · Ségou, Mali")))
    for style, family, pattern, pool_name in (
            (CI, "rubrique", r"^(.+)$", "rubrique"),
            (CI, "source", r"^Source : (.+)$", "source"),
            (NG, "shashe", r"^(.+)$", "shashe"),
            (YO, "abala", r"^(.+)$", "abala"),
            (GH, "kicker", r"^(.+)$", "kicker"),
            (IG, "kicker", r"^(.+)$", "kicker"),
            (IG, "crosspost", r"^This article first appeared on (.+)\.$", "partner"),
            (LR, "dateline", r"^(.+), Bong County –$", "town"),
            (GM, "dateline", r"^(.+) –$", "town"),
            (ML, "cercle", r"^(.+)$", "cercle")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NG, "adireshi", "Adireshi: Titin Zoo, Kano · Waya: 0800 000 0001"),
        (YO, "adiresi", "Ọ́fíìsì: Ring Road, Ìbàdàn · Fóònù: 0800 000 0003"),
        (GH, "comments", "Comments are moderated. Insults, tribal remarks and fake news will "
                         "be deleted."),
        (SL, "adres", "Ɔfis: Siaka Stevens Street, Freetown · Tɛl: +232 00 000 001")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CI: (["abonnement", "droits", "siege"], 3),
        NG: (["tallafi", "hakki", "adireshi"], 2),
        YO: (["owo", "ese", "eto", "adiresi"], 2),
        GH: (["comments", "yeda", "momo", "copyright"], 2),
        IG: (["membership", "daalu", "disclaimer", "copyright"], 2),
        LR: (["price", "tips", "copyright"], 2),
        SL: (["prays", "tenki", "rayt", "adres"], 2),
        GM: (["price", "jerejef", "donate", "copyright"], 2),
        ML: (["ini-ce", "station", "droits"], 2),
        BF: (["barka", "droits"], 1), BJ: (["akpe", "droits"], 2),
        TG: (["akpe", "droits"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CI in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
