"""The held-back-112 template set (`tests.bench.heldout_templates_112`): its localised dates
(printed day by day in English, French, Hausa, Yoruba with its traditional and numbered
months, Wolof, Bambara with N'Ko digits and Twi weekdays, several changing form on the day
of a redesign), the lines that turn every day, every weekday, every week or by campaign (the
naira's rate, a lottery's draw, prayer times, an issue number, a proverb, radio programmes,
the Niger's level, market prices, a round-up, cocoa and groundnut prices), the seasons, the
notices it rewords by date, the calendars some notices follow (votes, a postponed election,
a referendum, an internet cut, attacks, a coup, curfews and lockdowns, load-shedding,
football titles, independence, national, youth and democracy days with their counts,
Ramadan, Korite, Tabaski, the Magal, the Maouloud, Easter, Christmas, Osun Osogbo,
Akwasidae, Farmers' Day, fact-checking day), the amounts in its appeals and prices, the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_112 import (
    CI_REDESIGN,
    CM_REDESIGN,
    COCOA,
    FIRST_DAY,
    FW_REDESIGN,
    GC_REDESIGN,
    GH_REDESIGN,
    GROUNDNUT,
    HA_REDESIGN,
    KORITE,
    LAST_DAY,
    MAGAL,
    MAOULOUD,
    ML_REDESIGN,
    NAIRA_BANDS,
    NG_REDESIGN,
    NKO_ZERO,
    NLA_DRAWS,
    OSUN_OSOGBO,
    PROVERBS,
    RAMADAN,
    SG_REDESIGN,
    SL_REDESIGN,
    SN_REDESIGN,
    TABASKI,
    TABASKI_SN,
    YO_REDESIGN,
    YORUBA_OLD_MONTHS,
    akwasidae,
    dawanau_prices,
    issue_number,
    latest,
    naira_rate,
    nko,
    prayer_times,
    proverb,
    river_level,
    roundup_number,
    segou_prices,
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

SET = "held-back-112"
SITES = ("Eko Daily Times", "The Osu Observer", "Dakar Matin", "Lagune Info",
         "Le Pont – The Bridge", "Muryar Arewa", "Le Djoliba", "Ìròyìn Òkè-Ògùn",
         "Garden City FM", "Saloum FM", "Segu Kunnafoni", "FactWatch Abuja")
NG, GH, SN, CI = ("ekodailytimes.com.ng", "osuobserver.com.gh", "dakarmatin.sn",
                  "lagune-info.ci")
CM, HA, ML, YO = ("lepont-thebridge.cm", "muryararewa.com.ng", "ledjoliba.ml",
                  "iroyinokeogun.com.ng")
GC, SL, SG, FW = ("gardencityfm.com.gh", "saloumfm.sn", "segukunnafoni.ml", "factwatch.org.ng")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((NG, "dated"), (GH, "dated"), (SN, "date"), (CI, "date"), (CM, "dated"),
         (HA, "kwanan-wata"), (ML, "date"), (YO, "ojo"), (GC, "dated"), (SL, "date"),
         (SG, "don"), (FW, "dated"))
# The lines that turn every day, every weekday, every week or by campaign.
PERIODIC = ((NG, "naira"), (GH, "draw"), (SN, "priere"), (CI, "cacao"), (CM, "issue"),
            (HA, "kasuwa"), (ML, "fleuve"), (YO, "owe"), (GC, "on-air"), (SL, "programme"),
            (SL, "arachide"), (SG, "sugu"), (FW, "roundup"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((NG, "notice"), (GH, "notice"), (SN, "avis"), (CI, "avis"), (CM, "notice"),
           (HA, "sanarwa"), (ML, "avis"), (YO, "ikede"), (GC, "notice"), (SL, "avis"),
           (SG, "kibaru"), (FW, "notice"))
SEASONAL = ((ML, "saison"), (SL, "saison"), (SG, "waati"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 1, 20)
FIRST_WORDINGS = {
    NG: "Follow us on Twitter @EkoDailyTimes and like our Facebook page",
    GH: "Like us on Facebook and follow @OsuObserver on Twitter",
    SN: "Suivez Dakar Matin sur Facebook et Twitter",
    CI: "Suivez-nous sur Facebook : Lagune Info",
    CM: "Follow us | Suivez-nous : @LePontTheBridge",
    HA: "Ku biyo mu a Facebook da Twitter",
    ML: "Suivez Le Djoliba sur Facebook",
    YO: "Ẹ tẹ̀lé wa lórí Facebook àti Twitter",
    GC: "Call or WhatsApp the studio on 020 000 0000",
    SL: "Dégluleen Saloum FM ci 100.0 FM",
    SG: "Aw ye an tugu Facebook kan",
    FW: "Follow @FactWatchNG on Twitter for our latest checks",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def numbers(first: int, last: int) -> set[str]:
    return {str(n) for n in range(first, last + 1)}


YEARS = {str(y) for y in range(2015, 2021)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 5), d(2017, 2, 6), d(2018, 8, 22), d(2019, 2, 20),
        d(2019, 6, 21), d(2020, 4, 12), d(2020, 8, 20), d(2020, 10, 25), LAST_DAY))


def test_helpers() -> None:
    assert latest(d(2019, 6, 23), 0) == d(2019, 6, 17) == latest(d(2019, 6, 17), 0)
    assert issue_number(d(2015, 1, 1)) == 1801 and issue_number(d(2015, 1, 5)) == 1803
    assert issue_number(d(2015, 1, 3)) == issue_number(d(2015, 1, 4)) == 1802
    assert nko(2019) == "".join(chr(ord(NKO_ZERO) + int(c)) for c in "2019")
    assert akwasidae()[0] == d(2015, 1, 18) and all(day.weekday() == 6 for day in akwasidae())
    assert {b - a for a, b in zip(akwasidae(), akwasidae()[1:], strict=False)} == {42 * one}
    fajar_jan, _, _, _, gee_jan = prayer_times(d(2016, 1, 15))
    fajar_jun, _, _, timis_jun, _ = prayer_times(d(2016, 6, 21))
    assert fajar_jun < fajar_jan and "05:00" < fajar_jun < "06:40" and timis_jun > "19:00"
    assert "19:30" < gee_jan < "20:30"
    assert max(river_level(d(2018, 9, k)) for k in range(1, 30)) > 400
    assert min(river_level(d(2018, 4, k)) for k in range(1, 30)) < 120
    for day in every_day():
        band = [rate for start, rate in NAIRA_BANDS if start <= day.isoformat()][-1]
        assert abs(naira_rate(day) - band) <= 4
        assert dawanau_prices(day) == dawanau_prices(latest(day, 0))
        assert segou_prices(day) == segou_prices(latest(day, 0))
        assert river_level(day) == river_level(latest(day, 0))
        assert roundup_number(day + 7 * one) == roundup_number(day) + 1
        assert proverb(day) != proverb(day + one)
        assert issue_number(day + one) == issue_number(day) + ((day + one).weekday() < 5)
    assert roundup_number(d(2015, 1, 2)) == 41
    assert naira_rate(d(2016, 10, 3)) > 440 and naira_rate(d(2018, 6, 1)) < 370


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(NG, "dated", old, r"Published March 5, 2016 \| \d{1,2}:\d\d (AM|PM)")
    full(NG, "dated", new, "Friday, 21 June 2019")
    full(NG, "naira", new, r"💱 Naira at the parallel market, 21/6: ₦3[56]\d to \$1")
    full(GH, "dated", old, "Sat, 5 Mar 2016")
    full(GH, "dated", new, r"21\.06\.2019 \| \d\d:\d\d GMT")
    full(GH, "draw", new, r"🎱 Tonight's NLA draw \(Friday\): Friday Bonanza")
    full(SN, "date", old, r"Publié le samedi 5 mars 2016 à \d\d:\d\d")
    full(SN, "date", new, r"21/06/2019 - \d\d:\d\d")
    full(SN, "priere", new, r"🕌 Heures de prière à Dakar \(vendredi 21 juin\) : Fajar "
                            r"0\d:\d\d · Tisbar 1\d:\d\d · Takusaan 1\d:\d\d · Timis "
                            r"1\d:\d\d · Gee 2\d:\d\d")
    full(CI, "date", old, "Publié le 05-03-2016")
    full(CI, "date", new, r"Vendredi 21 juin 2019 \| Mis à jour à \d\d:\d\d")
    full(CI, "dateline", new, r"[A-Z][\w-]+, le 21 juin 2019 \(Lagune Info\) –")
    full(CM, "dated", old, r"5 mars 2016 \| March 5, 2016")
    full(CM, "dated", new, r"Friday, 21/06/2019 · \d\d:\d\d")
    full(CM, "issue", new, r"📰 Issue No\. (\d{4}) \| Édition N° \1")
    full(HA, "kwanan-wata", old, "Asabar, 5 ga Maris, 2016")
    full(HA, "kwanan-wata", new, r"21/06/2019 \| \d\d:\d\d")
    full(HA, "kasuwa", new, r"🌾 Kasuwar Dawanau, makon 17 ga Yuni: buhun masara ₦\d+,\d00, "
                            r"buhun shinkafa ₦\d+,\d00")
    full(ML, "date", old, "Bamako, le 5 mars 2016")
    full(ML, "date", new, r"Vendredi 21 juin 2019 - \d\d:\d\d")
    full(ML, "fleuve", new, r"🌊 Cote du fleuve Niger à Bamako \(relevé du lundi 17 juin\) : "
                            r"\d{2,3} cm")
    full(YO, "ojo", old, "Ọjọ́ Àbámẹ́ta, 5 Ẹrẹ̀nà, 2016")
    full(YO, "ojo", new, "21 Oṣù Kẹfà, 2019")
    full(YO, "owe", new, r"📜 Òwe ọjọ́ òní \(21/6\): .+\.")
    full(GC, "dated", old, r"March 5, 2016 \d{1,2}:\d\d (AM|PM)")
    full(GC, "dated", new, "21 Jun 2019")
    full(GC, "on-air", new, r"🎙️ On air today, Friday \(Fiada\): .+Friday Highlife Party.+")
    full(SL, "date", old, "Samedi 5 mars 2016")
    full(SL, "date", new, "Àjjuma 21/06/2019")
    full(SL, "programme", old, r"📻 Tey, Gaawu : xibaar yi ci wolof 7h, journal en français "
                               r"12h, Làmb \(lutte\) 18h")
    full(SG, "don", old, "Sibiri 5 Marisikalo 2016")
    full(SG, "don", new, "21.06.2019 · ߂߁.߀߆.߂߀߁߉ – Ségou")
    full(SG, "sugu", new, r"🛒 Segu sugu ba, Ntɛnɛ 17 Zuwɛnkalo : malo \d{3} FCFA/kg, ɲɔ "
                          r"\d{3} FCFA/kg")
    full(FW, "dated", old, "March 5, 2016")
    full(FW, "dated", new, "Published 21/06/2019")
    full(FW, "roundup", new, r"🧾 Fact-check round-up No\. \d{3}, week ending June 21")
    full(NG, "byline", new, r".+, (Lagos|Abuja|Port Harcourt|Kano|Ibadan|Enugu|Benin)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(NG, "dated", day).startswith("Published") == (day < NG_REDESIGN)
        assert on(GH, "dated", day).endswith("GMT") == (day >= GH_REDESIGN)
        assert on(SN, "date", day).startswith("Publié le") == (day < SN_REDESIGN)
        assert on(CI, "date", day).startswith("Publié le") == (day < CI_REDESIGN)
        assert (" | " in on(CM, "dated", day)) == (day < CM_REDESIGN)
        assert (" ga " in on(HA, "kwanan-wata", day)) == (day < HA_REDESIGN)
        assert on(ML, "date", day).startswith("Bamako, le") == (day < ML_REDESIGN)
        assert any(m in on(YO, "ojo", day) for m in YORUBA_OLD_MONTHS) == (day < YO_REDESIGN)
        assert ("{time12}" in on(GC, "dated", day)) == (day < GC_REDESIGN)
        assert ("/" in on(SL, "date", day)) == (day >= SL_REDESIGN)
        assert on(SG, "don", day).endswith("Ségou") == (day >= SG_REDESIGN)
        assert on(FW, "dated", day).startswith("Published") == (day >= FW_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_campaign() -> None:
    for domain, family in ((NG, "naira"), (GH, "draw"), (SN, "priere"), (YO, "owe"),
                           (GC, "on-air"), (SL, "programme")):
        assert len(changes(domain, family)) == len(every_day()) - 1, domain
    turned = changes(CM, "issue")
    assert turned == {day for day in every_day() if day.weekday() < 5} - {FIRST_DAY}
    for domain, family, weekday in ((HA, "kasuwa", 0), (ML, "fleuve", 0), (SG, "sugu", 0),
                                    (FW, "roundup", 4)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    assert changes(CI, "cacao") == {iso(start) for start, *_ in COCOA[1:]
                                    if iso(start) <= d(2020, 12, 31)}
    assert changes(SL, "arachide") == {iso(start) for start, *_ in GROUNDNUT[1:]}
    for day in every_day():
        assert f"₦{naira_rate(day)} to $1" in on(NG, "naira", day)
        assert NLA_DRAWS[day.weekday()] in on(GH, "draw", day)
        assert " · ".join(("Fajar " + prayer_times(day)[0], "Tisbar " + prayer_times(day)[1])
                          ) in on(SN, "priere", day)
        assert proverb(day) in on(YO, "owe", day)
        assert f"{river_level(day)} cm" in on(ML, "fleuve", day)
        assert f"No. {roundup_number(day)}," in on(FW, "roundup", day)
    assert {p for day in every_day() for p in PROVERBS if p in on(YO, "owe", day)} == set(
        PROVERBS)
    assert {on(GH, "draw", day).rpartition(": ")[2] for day in every_day()} == set(NLA_DRAWS)
    prices = counts_in(CI, "cacao", r"garanti ([\d ]+) FCFA")
    assert prices == {"850", "1 000", "1 100", "700", "750", "825"}
    assert counts_in(SL, "arachide", r"producteur (\d+) FCFA") == {"200", "210", "250"}


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "chaleurs" in on(ML, "saison", d(y, 4, 20))
        assert "Hivernage" in on(ML, "saison", d(y, 8, 1))
        assert "Harmattan" in on(ML, "saison", d(y, 1, 10))
        assert "Nawet" in on(SL, "saison", d(y, 8, 15)) and "Lolli" in on(SL, "saison",
                                                                            d(y, 11, 1))
        assert "Noor" in on(SL, "saison", d(y, 4, 1))
        assert "Samiya" in on(SG, "waati", d(y, 8, 1)) and "Nɛnɛ" in on(SG, "waati",
                                                                       d(y, 1, 15))
    for domain, family in SEASONAL:
        assert len({on(domain, family, day) for day in every_day()}) == 3, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 8, domain
    # Lagos: two elections postponed, the lockdown, #EndSARS, Independence, Democracy Day
    assert "INEC moves" in on(NG, "notice", d(2015, 2, 10))
    assert "Elections 2015" in on(NG, "notice", d(2015, 3, 29))
    assert "postpones" in on(NG, "notice", d(2019, 2, 18))
    assert "Elections 2019" in on(NG, "notice", d(2019, 2, 23))
    assert "Governorship" in on(NG, "notice", d(2019, 3, 9))
    assert "lockdown" in on(NG, "notice", d(2020, 4, 15))
    assert "Curfew" in on(NG, "notice", d(2020, 10, 21))
    assert counts_in(NG, "notice", r"Happy (\d+)\w\w Independence") == numbers(55, 60)
    for y in range(2015, 2021):
        day = d(y, 5, 29) if y < 2019 else d(y, 6, 12)
        assert "Democracy Day" in on(NG, "notice", day), y
        assert "Season's greetings" in on(NG, "notice", d(y, 12, 25)), y
    # Accra: load-shedding, two elections, the Year of Return, the lockdown, Farmers' Day
    assert "Dumsor" in on(GH, "notice", d(2015, 10, 1))
    assert "Election 2016" in on(GH, "notice", d(2016, 12, 8))
    assert "Election 2020" in on(GH, "notice", d(2020, 12, 5))
    assert "Year of Return" in on(GH, "notice", d(2019, 12, 20))
    assert "lockdown" in on(GH, "notice", d(2020, 4, 1))
    # (the load-shedding banner stands over Independence Day 2016)
    assert counts_in(GH, "notice", r"Happy (\d+)\w\w Independence") == numbers(58, 63) - {
        "59"}
    # (and over Farmers' Day 2015)
    assert counts_in(GH, "notice", r"Farmers' Day (\d{4})") == YEARS - {"2015"}
    for y in range(2016, 2020):
        assert "Farmers' Day" in on(GH, "notice", nth_weekday(y, 12, 4, 1)), y
    # Dakar: the referendum, two votes, the curfew, the Magal, Tabaski, Korite, Independence
    assert "Référendum" in on(SN, "avis", d(2016, 3, 20))
    assert "Législatives 2017" in on(SN, "avis", d(2017, 7, 30))
    assert "Présidentielle 2019" in on(SN, "avis", d(2019, 2, 26))
    assert "Couvre-feu" in on(SN, "avis", d(2020, 5, 24))
    for y in range(2015, 2021):
        assert "Magal" in on(SN, "avis", iso(MAGAL[y])), y
        assert "Tabaski" in on(SN, "avis", iso(TABASKI_SN[y])), y
    for y in range(2015, 2020):
        assert "Korité" in on(SN, "avis", iso(KORITE[y])), y
    assert counts_in(SN, "avis", r"(\d+)e anniversaire") == numbers(55, 59)
    assert "pas de défilé" in on(SN, "avis", d(2020, 4, 4))
    # Abidjan: the title, five votes, Grand-Bassam, the curfew, Independence, Tabaski
    assert "Éléphants" in on(CI, "avis", d(2015, 2, 10))
    assert "Grand-Bassam" in on(CI, "avis", d(2016, 3, 14))
    for day in ("2015-10-25", "2016-10-30", "2016-12-18", "2020-10-31"):
        assert "résultats" in on(CI, "avis", iso(day)), day
    assert "Couvre-feu" in on(CI, "avis", d(2020, 4, 20))
    assert counts_in(CI, "avis", r"(\d+)e anniversaire") == numbers(55, 60)
    for y in range(2015, 2021):
        assert "Tabaski" in on(CI, "avis", iso(TABASKI[y])), y
        assert "Noël" in on(CI, "avis", d(y, 12, 25)), y
    # Yaounde: the football inside the internet cut, two votes, the closures, the days
    assert "Internet cut" in on(CM, "notice", d(2017, 3, 1))
    assert "Indomitable Lions" in on(CM, "notice", d(2017, 2, 6))
    assert "Presidential election" in on(CM, "notice", d(2018, 10, 20))
    assert "municipal" in on(CM, "notice", d(2020, 2, 9))
    assert "Borders closed" in on(CM, "notice", d(2020, 4, 1))
    assert counts_in(CM, "notice", r"(\d+)\w\w National Day") == numbers(43, 47)
    assert "without a parade" in on(CM, "notice", d(2020, 5, 20))
    assert counts_in(CM, "notice", r"(\d+)\w\w Youth Day") == numbers(49, 54) - {"51"}
    # Kano: two elections, the lockdown, Ramadan, both Sallahs, Independence
    assert "Zaben 2015" in on(HA, "sanarwa", d(2015, 3, 28))
    assert "Zaben 2019" in on(HA, "sanarwa", d(2019, 2, 25))
    assert "Dokar hana fita" in on(HA, "sanarwa", d(2020, 5, 24))
    for y in range(2015, 2020):
        assert "Ramadan" in on(HA, "sanarwa", iso(RAMADAN[y]) + 3 * one), y
        assert "Barka da Sallah" in on(HA, "sanarwa", iso(KORITE[y])), y
    for y in range(2015, 2021):
        assert "Babbar Sallah" in on(HA, "sanarwa", iso(TABASKI[y])), y
    assert counts_in(HA, "sanarwa", r"shekara (\d+)") == numbers(55, 60)
    # Bamako: the state of emergency, four rounds, two curfews, Independence, the feasts
    assert "Radisson" in on(ML, "avis", d(2015, 11, 25))
    assert "premier tour" in on(ML, "avis", d(2018, 7, 29))
    assert "second tour" in on(ML, "avis", d(2018, 8, 12))
    assert "Législatives, second tour" in on(ML, "avis", d(2020, 4, 19))
    assert "Couvre-feu de 21h" in on(ML, "avis", d(2020, 5, 1))
    assert "18 août" in on(ML, "avis", d(2020, 8, 25))
    assert counts_in(ML, "avis", r"(\d+)e anniversaire") == numbers(55, 60)
    for y in range(2015, 2021):
        assert "Tabaski" in on(ML, "avis", iso(TABASKI[y])), y
        assert "Ramadan" in on(ML, "avis", iso(KORITE[y])), y
        assert "Maouloud" in on(ML, "avis", iso(MAOULOUD[y])), y
    # Ibadan: four polls, the lockdown, Osun Osogbo, Ileya, Easter, Christmas
    assert "Ìdìbò gbogbogbò 2019" in on(YO, "ikede", d(2019, 2, 23))
    assert "Ìdìbò gómìnà 2015" in on(YO, "ikede", d(2015, 4, 10))
    assert "dúró sílé" in on(YO, "ikede", d(2020, 4, 12))
    assert counts_in(YO, "ikede", r"Òṣogbo (\d{4})") == YEARS
    for y in range(2015, 2021):
        assert "Òṣogbo" in on(YO, "ikede", iso(OSUN_OSOGBO[y])), y
        assert "Iléyá" in on(YO, "ikede", iso(TABASKI[y])), y
        assert "Kérésìmesì" in on(YO, "ikede", d(y, 12, 25)), y
    for y in range(2015, 2020):
        assert "Àjíǹde" in on(YO, "ikede", easter(y)), y
    # Kumasi: Akwasidae every 42 days, two elections, the lockdown, Independence, Christmas
    shown = [day for day in akwasidae() if day.year <= 2020
             and "Akwasidae" in on(GC, "notice", day)]
    assert len(shown) >= 48
    assert all("Akwasidae" not in on(GC, "notice", day + 2 * one) for day in akwasidae()
               if day.year <= 2020)
    assert "Election 2016" in on(GC, "notice", d(2016, 12, 7))
    assert "lockdown" in on(GC, "notice", d(2020, 4, 10))
    assert counts_in(GC, "notice", r"Happy (\d+)\w\w Independence") == numbers(58, 63)
    assert all("Afehyia pa" in on(GC, "notice", d(y, 12, 25)) for y in range(2015, 2021))
    # Kaolack: two votes, the curfew, the Magal, the Gamou, Tabaski, Korite
    assert "Législatives" in on(SL, "avis", d(2017, 7, 29))
    assert "Présidentielle" in on(SL, "avis", d(2019, 2, 25))
    assert "raxasleen" in on(SL, "avis", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "Magal" in on(SL, "avis", iso(MAGAL[y])), y
        assert "Gamou" in on(SL, "avis", iso(MAOULOUD[y])), y
        assert "Tabaski" in on(SL, "avis", iso(TABASKI_SN[y])), y
    # Segou: the two rounds, hand-washing, the coup's curfew, the feasts, Independence
    assert "Kalata" in on(SG, "kibaru", d(2018, 8, 12))
    assert "safunɛ" in on(SG, "kibaru", d(2020, 4, 1))
    assert "Couvre-feu" in on(SG, "kibaru", d(2020, 8, 30))
    assert counts_in(SG, "kibaru", r"san (\d+)nan") == numbers(55, 60)
    for y in range(2015, 2021):
        assert "Seli ba" in on(SG, "kibaru", iso(TABASKI[y])), y
        assert "Sunkalo" in on(SG, "kibaru", iso(KORITE[y])), y
    # Abuja: the election desk, the pandemic, #EndSARS, fact-checking day, Independence
    assert "Election fact-check" in on(FW, "notice", d(2019, 2, 20))
    assert "voice note" in on(FW, "notice", d(2020, 5, 1))
    assert "#EndSARS" in on(FW, "notice", d(2020, 10, 20))
    assert all(("Fact-Checking Day" in on(FW, "notice", d(y, 4, 2))) == (2017 <= y <= 2019)
               for y in range(2015, 2021))  # first held in 2017; the pandemic's in 2020
    assert counts_in(FW, "notice", r"Nigeria at (\d+)") == numbers(55, 60)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (NG, "byline", NG_REDESIGN, "By {author}", "{bureau}"),
        (NG, "epaper", d(2017, 1, 2), "₦1,500", "₦2,000"),
        (NG, "epaper", d(2020, 1, 6), "₦2,000", "₦2,500"),
        (NG, "notice", d(2019, 3, 4), "Twitter", "WhatsApp"),
        (GH, "byline", GH_REDESIGN, "Written by", "| The Osu Observer"),
        (GH, "notice", d(2019, 1, 7), "Facebook", "Telegram"),
        (SN, "auteur", SN_REDESIGN, "Par {author}", "(Dakar Matin)"),
        (SN, "abonnement", d(2018, 1, 1), "1 500", "2 000"),
        (SN, "avis", d(2018, 6, 1), "Facebook", "WhatsApp"),
        (CI, "auteur", CI_REDESIGN, "Par {author}", "| Lagune Info"),
        (CI, "epaper", d(2019, 1, 2), "200 FCFA", "300 FCFA"),
        (CI, "avis", d(2018, 9, 3), "Facebook", "newsletter"),
        (CM, "byline", CM_REDESIGN, "By / Par", "{ville}"),
        (CM, "club", d(2019, 1, 1), "10 000", "12 000"),
        (CM, "notice", d(2019, 3, 4), "@LePontTheBridge", "WhatsApp"),
        (HA, "marubuci", HA_REDESIGN, "Daga {author}", "{birni}"),
        (HA, "sanarwa", d(2019, 6, 10), "Facebook", "WhatsApp"),
        (ML, "auteur", ML_REDESIGN, "Par {author}", "/ Le Djoliba"),
        (ML, "abonnement", d(2019, 1, 2), "25 000", "30 000"),
        (ML, "avis", d(2019, 1, 21), "Facebook", "WhatsApp"),
        (YO, "onkowe", YO_REDESIGN, "Láti ọwọ́", "Ìbàdàn"),
        (YO, "ikede", YO_REDESIGN, "Facebook", "WhatsApp"),
        (GC, "byline", GC_REDESIGN, "Story by:", "Garden City FM News"),
        (GC, "listen", d(2018, 8, 1), "and online", "TuneIn"),
        (GC, "notice", d(2019, 3, 6), "Call or WhatsApp", "app"),
        (SL, "auteur", SL_REDESIGN, "Par {author}", "Xibaar yi"),
        (SL, "soutien", d(2019, 6, 3), "Orange Money au", "Wave"),
        (SL, "avis", SL_REDESIGN, "Dégluleen", "WhatsApp"),
        (SG, "kibaru", d(2019, 10, 1), "Facebook", "WhatsApp"),
        (FW, "byline", FW_REDESIGN, "Fact-checked by", "Researcher:"),
        (FW, "donate", d(2019, 1, 7), "donate ₦2,000 today", "₦10,000"),
        (FW, "donate", d(2020, 3, 30), "₦10,000", "virus"),
        (FW, "about", d(2018, 7, 2), "non-partisan", "IFCN")))
    assert_groups_reworded(SET, (
        (NG, "dated", "Published ", "day, "),
        (NG, "byline", "By ", ", "),
        (GH, "dated", "Mar", "GMT"),
        (SN, "date", "Publié le", " - "),
        (CI, "date", "Publié le", "Mis à jour"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (HA, "hakki", r"ƙ"), (HA, "gyara", r"[ƙ]"),
        (YO, "ojo", r"[ẹọṣẸỌṢàáèéìíòóùú]"), (YO, "ikede", r"[ẹọṣẸỌṢàáèéìíòóùú]"),
        (SG, "sugu", r"[ɛɔɲ]"), (SL, "programme", r"\b(?:Tey|xibaar)\b"),
        (GC, "on-air", r"\((?:Dwoada|Benada|Wukuada|Yawoada|Fiada|Memeneda|Kwasiada)\)")))
    assert any(re.search("[\u07c0-\u07c9]", t) for t in group_lines(SET, SG, "don"))
    assert any(re.search(r"\b(?:Ntɛnɛ|Tarata|Araba|Alamisa|Juma|Sibiri|Kari)\b", t)
               for t in group_lines(SET, SG, "don"))
    hausa = r"\b(?:Litinin|Talata|Laraba|Alhamis|Juma'a|Asabar|Lahadi)\b"
    assert any(re.search(hausa, t) for t in group_lines(SET, HA, "kwanan-wata"))
    wolof = r"\b(?:Altine|Talaata|Àllarba|Alxamis|Àjjuma|Gaawu|Dibéer)\b"
    assert any(re.search(wolof, t) for t in group_lines(SET, SL, "date"))
    assert all(" | " in t or "|" in t for t in group_lines(SET, CM, "reproduction"))
    french = r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|" \
             r"novembre|décembre)\b"
    assert any(re.search(french, t) for t in group_lines(SET, SN, "date"))
    assert any("Oṣù" in t for t in group_lines(SET, YO, "ojo"))
    assert any("Jërëjëf" in t for t in group_lines(SET, SN, "jerejef"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{NG}/dated", f"{NG}/byline", f"{NG}/read-also", f"{NG}/kicker",
                         f"{NG}/naira", f"{NG}/copyright", f"{GH}/dated", f"{GH}/also-read",
                         f"{GH}/byline", f"{GH}/source", f"{SN}/date", f"{SN}/lire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{NG}/advert", f"{NG}/tips", f"{NG}/reproduction", f"{GH}/disclaimer",
        f"{GH}/advertise", f"{SN}/droits", f"{SN}/jerejef", f"{CI}/droits", f"{CI}/editeur"))
    assert_carried_share(docs, NG, [
        ("dated", 0.7, 0.97), ("copyright", 0.2, 0.5), ("read-also", 0.3, 0.7),
        ("correction", 0.0, 0.1), ("notice", 0.15, 0.5), ("advert", 0.1, 0.45)])
    assert_carried_share(docs, GH, [("dated", 0.65, 0.95), ("correction", 0.0, 0.15)])
    for fam in (f"{NG}/read-also", f"{SN}/lire", f"{HA}/karanta"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{NG}/photo", f"{GH}/photo", f"{SN}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((NG, "photo"), (NG, "advert"), (GH, "also-read"),
                               (GH, "photo"), (SN, "photo"), (CI, "lire"), (CI, "credit"),
                               (CM, "read-also"), (CM, "photo"), (HA, "hoto"), (ML, "lire"),
                               (ML, "photo"), (YO, "ka-eyi"), (YO, "aworan"),
                               (GC, "also-read"), (GC, "photo"), (SL, "jangal"),
                               (SG, "kalan"), (FW, "related")))
    towns = {m[1] for t in group_lines(SET, CM, "byline")
             if (m := re.fullmatch(r".+ in (.+)", norm(t)))}
    assert towns and towns <= pool(SET, CM, "ville")
    towns = {m[1] for t in group_lines(SET, CI, "dateline")
             if (m := re.fullmatch(r"(.+), le \d.+", norm(t)))}
    assert towns and towns <= pool(SET, CI, "ville")


def test_amounts_in_appeals_and_prices() -> None:
    assert "₦1,500" in on(NG, "epaper", d(2016, 6, 1))
    assert "₦25,000 a year" in on(NG, "epaper", d(2020, 6, 1))
    assert "1 500 FCFA" in on(SN, "abonnement", d(2017, 6, 1))
    assert "20 000 FCFA par an" in on(SN, "abonnement", d(2019, 6, 1))
    assert "200 FCFA le numéro" in on(CI, "epaper", d(2016, 1, 1))
    assert "6 000 FCFA par mois" in on(CI, "epaper", d(2020, 1, 1))
    assert "10 000 FCFA" in on(CM, "club", d(2016, 1, 1))
    assert "12 000 FCFA" in on(CM, "club", d(2020, 1, 1))
    assert "25 000 FCFA" in on(ML, "abonnement", d(2017, 1, 1))
    assert "30 000 FCFA" in on(ML, "abonnement", d(2020, 1, 1))
    assert "₦2,000 today" in on(FW, "donate", d(2018, 1, 1))
    assert "₦2,000, ₦5,000 or ₦10,000" in on(FW, "donate", d(2019, 6, 1))
    assert "₦5,000 to keep" in on(FW, "donate", d(2020, 6, 1))
    assert "Wave" in on(SL, "soutien", d(2020, 1, 1)) and "Wave" not in on(SL, "soutien",
                                                                           d(2018, 1, 1))
    maize = {int(m[1].replace(",", "")) for t in group_lines(SET, HA, "kasuwa")
             if (m := re.search(r"masara ₦([\d,]+)", norm(t)))}
    assert maize and all(6000 <= n <= 15500 for n in maize)
    rates = {int(m[1]) for t in group_lines(SET, NG, "naira")
             if (m := re.search(r"₦(\d+) to", norm(t)))}
    assert rates and min(rates) < 260 and max(rates) > 440


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (NG, "correction"), (GH, "correction"), (SN, "rectificatif"), (CI, "rectificatif"),
        (CM, "correction"), (HA, "gyara"), (ML, "rectificatif"), (YO, "atunse"),
        (GC, "correction"), (SL, "emetteur"), (SG, "rectificatif"), (FW, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{NG}/read-also", "READ ALSO: "), (f"{GH}/also-read", "Also read: "),
        (f"{SN}/lire", "Lire aussi : "), (f"{CI}/lire", "Lire aussi >> "),
        (f"{CM}/read-also", "Read also | Lire aussi : "),
        (f"{HA}/karanta", "Karanta kuma: "), (f"{ML}/lire", "Lire également : "),
        (f"{YO}/ka-eyi", "Ẹ ka èyí náà: "), (f"{GC}/also-read", "ALSO READ: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (NG, "advert", "Advertisement"),
        (NG, "tips", "Got a story? Email tips@ekodailytimes.com.ng"),
        (CM, "reproduction", "Reproduction prohibited without permission | Reproduction "
                             "interdite sans autorisation"),
        (CI, "droits", "Reproduction interdite sauf autorisation de la rédaction."),
        (HA, "talla", "Don tallata hajarku, a kira 0800 000 0000"),
        (YO, "ipolowo", "Fún ìpolówó ọjà, ẹ pè wá lórí 0800 000 0000"),
        (GC, "phone-in", "Join the conversation: call 032 000 0000 or text 1400"),
        (SL, "membre", "Membre de l'Union des radios associatives et communautaires du "
                       "Sénégal"),
        (FW, "methodology", "How we rate claims: read our methodology.")))
    assert_group_values_from_pool(SET, (
        (NG, "kicker", "kicker"), (GH, "kicker", "kicker"), (SN, "rubrique", "rubrique"),
        (CI, "rubrique", "rubrique"), (CM, "rubrique", "rubrique"), (HA, "rukuni", "rukuni"),
        (ML, "rubrique", "rubrique"), (YO, "eka", "eka"), (GC, "kicker", "kicker"),
        (FW, "verdict", "verdict")))
    for style, family, pattern, pool_name in (
            (NG, "photo", r"^Photo: (.+)$", "photo"),
            (GC, "aired", r"^This story was first aired on (.+)\.$", "show"),
            (HA, "marubuci", r"^Daga .+, (.+)$", "birni")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NG, "advert", "Advertisement"),
        (CI, "droits", "Reproduction interdite sauf autorisation de la rédaction."),
        (CM, "reproduction", "Reproduction prohibited without permission | Reproduction "
                             "interdite sans autorisation")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        NG: (["tips", "reproduction", "copyright"], 3),
        GH: (["disclaimer", "advertise", "copyright"], 2),
        SN: (["jerejef", "droits", "copyright"], 2),
        CI: (["editeur", "droits", "copyright"], 3),
        CM: (["publisher", "reproduction", "copyright"], 2),
        HA: (["raayi", "talla", "hakki"], 2),
        ML: (["adresse", "droits"], 2),
        YO: (["ipolowo", "eto"], 2),
        GC: (["listen", "phone-in", "copyright"], 2),
        SL: (["membre", "copyright"], 2),
        SG: (["deme", "appui", "copyright"], 2),
        FW: (["about", "licence", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert NG in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
