"""The held-back-224 template set (`tests.bench.heldout_templates_224`): its localised dates
(printed day by day in English, French, Belgian French, German, Austrian German with
"Jänner", Greek with the months in the genitive, Hindi and Tagalog, several changing form on
the day of a redesign), the lines that turn every day, week, month and year (meals served so
far in Indian digit grouping, the Christmas and holiday appeal thermometers, "Stand:", the
parcels given out and the items a warehouse is short of, food rescued, meals served, tonnes
distributed, rough sleepers counted), the distribution hours by season with their closures,
the gift-aid and tax notices reworded or changing amounts, the calendars some notices follow
(national collections, harvest festivals, Thanksgiving and #GivingTuesday, Hunger Action
Month, Orthodox Easter and Lent, the Dekapentavgoustos, Diwali, winter blanket drives,
Noche Buena, typhoons, Belgian winter campaigns by number, the pandemic), the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import orthodox_easter, thanksgiving
from tests.bench.heldout_templates_224 import (
    AS_CASH,
    AS_FCRA,
    AS_MEAL,
    AS_REDESIGN,
    AT_REDESIGN,
    AT_VOLUNTEERS,
    BA_BENEVOLES,
    BA_REDESIGN,
    COLLECTES,
    DIWALI,
    FA_REDESIGN,
    FIRST_DAY,
    HH_BED,
    HH_GOALS,
    HH_REDESIGN,
    HR_GOALS,
    HR_MEALS,
    HR_REDESIGN,
    HR_VOLUNTEER,
    KP_GCASH,
    KP_MEAL,
    KP_REDESIGN,
    KP_STORMS,
    KP_VOLUNTEER,
    LAST_DAY,
    LT_APPEAL,
    LT_GIFT_AID,
    LT_REDESIGN,
    LT_SHORT,
    PLAFOND_COLUCHE,
    PRINTEMPS,
    RICHTSATZ,
    ROUGH_SLEEPING,
    SA_REDESIGN,
    SA_SIXTY,
    SM_MELDUNG,
    SM_REDESIGN,
    TW_BELEG,
    TW_EHRENAMT,
    TW_REDESIGN,
    as_served,
    dotted,
    giving_tuesday,
    hh_appeal_year,
    hh_raised,
    hr_raised,
    lakh,
    monday_of,
    sa_campaign,
    saturday_of,
    value_on,
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
    wording_matches,
    wording_on,
)

SET = "held-back-224"
SITES = ("The Larder Trust", "Banque Alimentaire du Val d'Orne", "Tafel Weserbergland",
         "Harvest Ridge Food Bank", "Αλληλεγγύη Θερμαϊκού", "अन्नपूर्णा सेवा न्यास",
         "Kusina ng Pag-asa", "Hearth & Home", "Solidarité Alimentaire Liège",
         "Sozialmarkt Süd", "Φιλόπτωχος Αγίας Σοφίας", "St Columba's Aid")
LT, BA, TW, HR = ("lardertrust.org.uk", "ba-valdorne.fr", "tafel-weserbergland.de",
                  "harvestridgefoodbank.org")
AT, AS, KP, HH = ("allilegyi-thermaikou.gr", "annapurnaseva.org.in", "kusinangpagasa.org",
                  "hearthandhome.org.uk")
SA, SM, FA, SC = ("solidarite-alimentaire.be", "sozialmarkt-sued.at",
                  "filoptoxos-agiasofias.gr", "stcolumbasaid.ie")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LT, "dated"), (BA, "date"), (TW, "datum"), (HR, "dated"), (AT, "imerominia"),
         (AS, "dinank"), (KP, "petsa"), (HH, "dated"), (SA, "date"), (SM, "datum"),
         (FA, "imerominia"), (SC, "dated"))
# The lines that change every day.
EVERY_DAY = ((AS, "thali"), (SM, "stand"))
# The notices that follow calendars, and their wording on a quiet day.
BANNERS = {
    LT: ("appeal", "Donate today: £15 could keep a food bank shelf stocked for a week."),
    BA: ("collecte", "Devenez bénévole : une demi-journée par mois suffit pour nous aider."),
    TW: ("hinweis", "Wir suchen ehrenamtliche Fahrerinnen und Fahrer für unsere Kühlwagen."),
    HR: ("notice", "Volunteer with us: warehouse shifts Monday through Saturday"),
    AT: ("anakoinosi", "Γίνε εθελοντής στο κοινωνικό παντοπωλείο: τηλ. 2310 555 120"),
    AS: ("appeal", "अन्नदान करें: ₹30 में एक व्यक्ति को भरपेट भोजन"),
    KP: ("abiso", "Maging volunteer: tuwing Sabado ng umaga sa aming kusina sa Tondo"),
    HH: ("volunteer", "Volunteer with us: roles at our day centres all year round"),
    FA: ("demata", "Δεχόμαστε τρόφιμα, ρούχα και είδη πρώτης ανάγκης κάθε πρωί στο γραφείο "
                   "της ενορίας"),
    SC: ("appeal", "Need help, or want to volunteer? Contact your local branch on "
                   "01 555 0471."),
}
HOURS = ((BA, "horaires"), (TW, "ausgabe"), (AT, "programma"), (SM, "oeffnung"),
         (FA, "syssitio"))
# Amounts in force from given days.
TABLES = ((BA, "reduction", PLAFOND_COLUCHE), (HR, "meals", HR_MEALS),
          (KP, "halaga", KP_MEAL), (SM, "grenze", RICHTSATZ))
WEEKLY = ((LT, "weekly", 0), (LT, "shortage", 0), (TW, "woche", 5), (AT, "anagkes", 0),
          (KP, "linggo", 0))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    cases = DAILY + EVERY_DAY + tuple((dom, fam) for dom, (fam, _) in BANNERS.items())
    cases += HOURS + tuple((dom, fam) for dom, fam, _ in TABLES)
    cases += tuple((dom, fam) for dom, fam, _ in WEEKLY)
    cases += ((BA, "bilan"), (HR, "drive"), (HH, "appeal"), (HH, "count"), (SA, "campagne"))
    assert_look_ups_agree(SET, cases, (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 11, 24), d(2018, 12, 3), d(2019, 10, 27),
        d(2020, 4, 1), d(2020, 11, 30), LAST_DAY))


def test_helpers() -> None:
    assert lakh(4820530) == "48,20,530" and lakh(999) == "999" and lakh(1000) == "1,000"
    assert lakh(31200000) == "3,12,00,000" and dotted(12480) == "12.480"
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert saturday_of(d(2019, 6, 21)) == d(2019, 6, 15) and saturday_of(d(2019, 6, 22)) == d(
        2019, 6, 22)
    assert [giving_tuesday(y) for y in (2015, 2018, 2020)] == [
        d(2015, 12, 1), d(2018, 11, 27), d(2020, 12, 1)]
    assert sa_campaign(d(2015, 11, 2)) == 21 and sa_campaign(d(2016, 3, 31)) == 21
    assert sa_campaign(d(2016, 4, 1)) is None and sa_campaign(d(2020, 12, 1)) == 26
    assert hh_appeal_year(d(2021, 1, 6)) == 2020 and hh_appeal_year(d(2021, 1, 7)) is None
    assert hh_appeal_year(d(2016, 11, 14)) is None and hh_appeal_year(d(2016, 11, 15)) == 2016
    assert value_on(d(2014, 1, 1), HR_MEALS) == "3" and value_on(d(2019, 7, 1), HR_MEALS) == "5"
    served = [as_served(day) for day in every_day()]
    assert all(b > a for a, b in zip(served, served[1:], strict=False))
    assert orthodox_easter(2018) == AT_REDESIGN


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LT, "dated", old, "Posted on 5th March 2016")
    full(LT, "dated", d(2018, 3, 22), "Posted on 22nd March 2018")
    full(LT, "dated", new, "Fri 19 June 2020")
    full(BA, "date", old, "Publié le 05/03/2016")
    full(BA, "date", new, rf"Mis en ligne le vendredi 19 juin 2020 à {clock}")
    full(BA, "bilan", new, r"En mai 2020 : \d+,\d tonnes de denrées distribuées à nos 46 "
                           r"associations partenaires\.")
    full(TW, "datum", old, r"05\.03\.2016")
    full(TW, "datum", new, rf"Veröffentlicht am 19\. Juni 2020 um {clock} Uhr")
    full(TW, "woche", new, r"Diese Woche \(bis 13\.06\.\) gerettet: \d+,\d Tonnen Lebensmittel "
                           r"aus 38 Märkten")
    full(HR, "dated", old, "Mar 5, 2016")
    full(HR, "dated", new, "Friday, June 19, 2020")
    full(AT, "imerominia", old, "05/03/2016")
    full(AT, "imerominia", new, rf"Παρασκευή 19 Ιουνίου 2020, {clock}")
    full(AS, "dinank", old, "5 मार्च 2016")
    full(AS, "dinank", new, "प्रकाशित: शुक्रवार, 19 जून 2020")
    full(AS, "thali", new, r"अब तक परोसी गई थालियाँ: \d{1,2},\d\d,\d\d\d")
    full(KP, "petsa", old, "Marso 5, 2016")
    full(KP, "petsa", new, r"Biyernes, Hunyo 19, 2020 \| \d{1,2}:\d\d [AP]M")
    full(HH, "dated", old, "5 March 2016")
    full(HH, "dated", new, r"19 Jun 2020 · \d+ min read")
    full(SA, "date", old, rf"05/03/2016 - {clock}")
    full(SA, "date", new, "Publié le vendredi 19 juin 2020")
    full(SM, "datum", d(2016, 1, 5), "5. Jänner 2016")
    full(SM, "datum", old, "5. März 2016")
    full(SM, "datum", new, rf"19\.06\.2020, {clock}")
    full(SM, "stand", new, r"Stand: 19\.06\.2020")
    full(FA, "imerominia", old, "Σάββατο, 5 Μαρτίου 2016")
    full(FA, "imerominia", new, r"19\.6\.2020")
    full(SC, "dated", new, "19 June 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(LT, "dated", day).startswith("Posted") == (day < LT_REDESIGN)
        assert on(BA, "date", day).startswith("Mis en ligne") == (day >= BA_REDESIGN)
        assert ("Uhr" in on(TW, "datum", day)) == (day >= TW_REDESIGN)
        assert on(HR, "dated", day).startswith(tuple(f"{w}," for w in (
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"))) == (day >= HR_REDESIGN)
        assert ("/" in on(AT, "imerominia", day)) == (day < AT_REDESIGN)
        assert on(AS, "dinank", day).startswith("प्रकाशित") == (day >= AS_REDESIGN)
        assert ("|" in on(KP, "petsa", day)) == (day >= KP_REDESIGN)
        assert ("min read" in on(HH, "dated", day)) == (day >= HH_REDESIGN)
        assert on(SA, "date", day).startswith("Publié") == (day >= SA_REDESIGN)
        assert ("Jänner" in on(SM, "datum", day)) == (day < SM_REDESIGN and day.month == 1)
        assert (", " in on(FA, "imerominia", day)) == (day < FA_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_month_and_year() -> None:
    for domain, family in EVERY_DAY:
        assert len(changes(domain, family)) == len(every_day()) - 1, family
    for domain, family, weekday in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 280 and all(day.weekday() == weekday for day in weekly), family
    monthly = changes(BA, "bilan")
    assert len(monthly) >= 70 and all(day.day == 10 for day in monthly)
    assert changes(HH, "count") == {iso(start) for start, _, _ in ROUGH_SLEEPING[1:]}
    assert "10,726" in on(HH, "count", d(2020, 7, 1)) and "2019/20" in on(HH, "count",
                                                                        d(2020, 7, 1))
    items = [m[1] for t in group_lines(SET, LT, "shortage")
             if (m := re.search(r"running low on: (.*)\.$", norm(t)))]
    assert items and all(set(s.split(", ")) <= set(LT_SHORT) for s in items)
    assert len(set(items)) >= 8
    parcels = [int(m[1].replace(",", "")) for t in group_lines(SET, LT, "weekly")
               if (m := re.search(r"gave out ([\d,]+) emergency", norm(t)))]
    assert parcels and all(4000 <= p <= 30000 for p in parcels)


def test_appeal_thermometers_count_day_by_day() -> None:
    for y, goal in HR_GOALS.items():
        first, last = d(y, 11, 1), d(y, 12, 31)
        assert f"${hr_raised(first):,} raised of our ${goal:,} goal" in on(HR, "drive", first)
        assert hr_raised(last) >= goal and "Holiday Meal Drive" not in on(HR, "drive",
                                                                          last + one)
    for y, goal in HH_GOALS.items():
        if y >= 2015:
            day = d(y, 11, 15)
            assert f"£{hh_raised(day):,} raised" in on(HH, "appeal", day)
            assert f"£{goal:,} target" in on(HH, "appeal", day)
            assert "Christmas Appeal" not in on(HH, "appeal", day - one)
    drive = changes(HR, "drive")
    assert {day.month for day in drive} == {1, 11, 12}
    assert sum(day.month == 12 for day in drive) >= 6 * 30
    assert "Christmas Appeal 2014" in on(HH, "appeal", FIRST_DAY)
    for start, value in HH_BED:
        if iso(start) > FIRST_DAY:
            assert value in on(HH, "appeal", iso(start))


def test_hours_turn_by_season_and_closures() -> None:
    for y in range(2015, 2020):
        assert "Winterzeiten" in on(TW, "ausgabe", d(y, 2, 1))
        assert "14–16 Uhr" in on(TW, "ausgabe", d(y, 6, 1))
        assert f"wieder ab 4. Januar {y + 1}" in on(TW, "ausgabe", d(y, 12, 28))
        assert f"1er au 21 août {y}" in on(BA, "horaires", d(y, 8, 10))
        assert f"janvier {y + 1}" in on(BA, "horaires", d(y, 12, 30))
        assert f"Αυγούστου {y}" in on(AT, "programma", d(y, 8, 15))
        assert f"6. Jänner {y + 1}" in on(SM, "oeffnung", d(y, 12, 24))
        easter = orthodox_easter(y)
        assert f"Σαρακοστή {y}" in on(FA, "syssitio", easter - 48 * one)
        assert f"Σαρακοστή {y}" not in on(FA, "syssitio", easter - 49 * one)
        assert "Δεκαπενταύγουστος" in on(FA, "syssitio", d(y, 8, 15))
    for domain, family in HOURS:
        assert len(set(found(domain, family, r"^(.*)$"))) >= 3, family
    assert "Terminvergabe" in on(TW, "ausgabe", LAST_DAY)
    assert "ραντεβού" in on(AT, "programma", d(2020, 4, 1))
    assert "FFP2" in on(SM, "oeffnung", d(2020, 11, 20))


def test_notices_follow_the_calendars() -> None:
    for domain, (family, text) in BANNERS.items():
        assert on(domain, family, QUIET) == text, domain
    for y, (first, when) in COLLECTES.items():
        assert when in on(BA, "collecte", iso(first)), y
    for y, day in PRINTEMPS.items():
        assert f"Collecte de printemps {y}" in on(BA, "collecte", iso(day)), y
    assert "annulée" in on(BA, "collecte", d(2020, 3, 13))
    for y in range(2015, 2021):
        assert f"Christmas {y}" in on(LT, "appeal", d(y, 12, 20)), y
        assert f"Turkey Drive {y}" in on(HR, "notice", d(y, 11, 5)), y
        assert f"#GivingTuesday is {giving_tuesday(y):%B} {giving_tuesday(y).day}" in on(
            HR, "notice", giving_tuesday(y)), y
        assert f"Turkey Drive {y}" not in on(HR, "notice", thanksgiving(y))
        assert f"Weihnachtspäckchen {y}" in on(TW, "hinweis", d(y, 12, 1)), y
        assert f"Πασχαλινή συλλογή τροφίμων {y}" in on(AT, "anakoinosi",
                                                      orthodox_easter(y) - 3 * one) or (
            y == 2020), y  # the lockdown's notice wins at Easter 2020
        assert "Πασχαλινή" not in on(AT, "anakoinosi", orthodox_easter(y) - 2 * one)
        assert f"दीपावली {y}" in on(AS, "appeal", iso(DIWALI[y])), y
        assert f"शीतलहर {y}–{str(y + 1)[2:]}" in on(AS, "appeal", d(y, 12, 31)), y
        assert f"Noche Buena para sa Lahat {y}" in on(KP, "abiso", d(y, 12, 24)), y
        assert f"Christmas Appeal {y}" in on(SC, "appeal", d(y, 12, 1)), y
        assert f"Christmas centres {y}" in on(HH, "volunteer", d(y, 11, 1)), y
        assert f"Δέματα αγάπης Χριστουγέννων {y}" in on(FA, "demata", d(y, 12, 20)), y
        assert f"Πασχαλινά δέματα αγάπης {y}" in on(FA, "demata", orthodox_easter(y) - one)
        if y < 2020:
            assert f"Harvest {y}" in on(LT, "appeal", d(y, 10, 1)), y
            assert "Hunger Action Month" in on(HR, "notice", d(y, 9, 15)), y
            assert f"Back to school {y}" in on(SC, "appeal", d(y, 8, 15)), y
    for first, _, name in KP_STORMS:
        assert name in on(KP, "abiso", iso(first)), name
    assert "Taal" in on(KP, "abiso", d(2020, 1, 20)) and "ECQ" in on(KP, "abiso", d(2020, 4, 1))
    assert "Aufnahmestopp" in on(TW, "hinweis", d(2016, 5, 1))
    assert "Coronavirus" in on(LT, "appeal", d(2020, 4, 1))
    assert "drive-thru" in on(HR, "notice", d(2020, 4, 1))
    assert "πυρόπληκτους" in on(AT, "anakoinosi", d(2018, 8, 1))
    assert "लॉकडाउन" in on(AS, "appeal", d(2020, 4, 1))
    assert found(SA, "campagne", r"^(\d+)e campagne") == {str(n) for n in range(20, 27)}
    assert "Campagne d'été" in on(SA, "campagne", d(2017, 7, 1))
    assert "Confinement" in on(SA, "campagne", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LT, "byline", LT_REDESIGN, "By {author}", "{author_beat}"),
        (LT, "gift-aid", LT_GIFT_AID, "tick the Gift Aid box", "Gift Aid adds 25p"),
        (BA, "collecte", BA_BENEVOLES, "demi-journée", "140 bénévoles"),
        (TW, "autor", TW_REDESIGN, "Von {author}", "Text und Foto"),
        (TW, "hinweis", TW_EHRENAMT, "Kühlwagen", "Ehrenamt bei der Tafel"),
        (TW, "beleg", TW_BELEG, "200 Euro", "300 Euro"),
        (HR, "notice", HR_VOLUNTEER, "warehouse shifts", "900 meals"),
        (AT, "anakoinosi", AT_VOLUNTEERS, "τηλ.", "online"),
        (AS, "kar", AS_CASH, "₹10,000", "₹2,000"),
        (AS, "fcra", AS_FCRA, "अलग खाते", "SBI"),
        (KP, "abiso", KP_VOLUNTEER, "Tondo", "website"),
        (KP, "bayad", KP_GCASH, "BDO Savings", "GCash"),
        (SA, "reduction", SA_SIXTY, "45 %", "60 %"),
        (SM, "absetzbar", SM_MELDUNG, "Reg.-Nr.", "Geburtsdatum")))
    assert_groups_reworded(SET, (
        (LT, "dated", "Posted on", "20"),
        (BA, "date", "Publié le", "Mis en ligne"),
        (LT, "byline", "By ", "Written by"),
        (TW, "datum", ".", "Uhr"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "1 000 €" in on(BA, "reduction", d(2020, 8, 1)) and "552 €" in on(
        BA, "reduction", d(2020, 7, 30))
    for (_, value), day in zip(LT_APPEAL, (QUIET, d(2018, 5, 1), d(2020, 7, 5)), strict=True):
        assert value in on(LT, "appeal", day), day  # on days no event turns the appeal
    for start, value in AS_MEAL:
        assert value in on(AS, "appeal", max(iso(start), QUIET)), start
    meals = {m[1] for t in group_lines(SET, HR, "meals")
             if (m := re.search(r"provide (\d) meals", norm(t)))}
    assert len(meals) >= 2
    assert found(KP, "linggo", r"sa (\d+) feeding center") == {str(n) for n in range(9, 16)}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (AT, "katigoria", r"[\u0370-\u03ff]"), (AT, "anagkes", r"[\u0370-\u03ff]"),
        (AS, "shreni", r"[\u0900-\u097f]"), (AS, "appeal", r"[\u0900-\u097f]"),
        (TW, "impressum", r"[ü]"), (BA, "reduction", r"[éèàù]"),
        (KP, "halaga", r"₱"), (FA, "iban", r"[\u0370-\u03ff]")))
    assert any("Jänner" in t for t in group_lines(SET, SM, "datum"))
    assert any(re.search(r": \d\d,\d\d,\d{3}$", t) for t in group_lines(SET, AS, "thali"))
    assert any(re.search(r"(Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo), ", t)
               for t in group_lines(SET, KP, "petsa"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LT}/dated", f"{LT}/byline", f"{LT}/related", f"{LT}/category",
                         f"{LT}/photo", f"{LT}/copyright", f"{LT}/shortage", f"{BA}/date",
                         f"{BA}/lire", f"{TW}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LT}/nearest", f"{LT}/charity", f"{BA}/association", f"{BA}/reseau",
        f"{TW}/konto", f"{TW}/impressum"))
    assert_carried_share(docs, LT, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("weekly", 0.08, 0.35), ("appeal", 0.25, 0.55), ("copyright", 0.85, 0.99)])
    assert_carried_share(docs, BA, [("date", 0.7, 0.95), ("erratum", 0.0, 0.12)])
    for fam in (f"{LT}/related", f"{HR}/donate"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LT, "photo"), (BA, "lire"), (TW, "foto"), (AT, "diavaste"),
                               (AS, "yeh-bhi"), (KP, "basahin"), (HH, "read-next"),
                               (SA, "point")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LT, "correction", 16), (BA, "erratum"), (TW, "korrektur"), (HR, "correction"),
        (AT, "diorthosi"), (AS, "sudhar"), (KP, "pagwawasto"), (HH, "correction"),
        (SA, "rectificatif"), (SM, "korrektur"), (FA, "diorthosi"), (SC, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LT}/related", "Related: "), (f"{BA}/lire", "À lire aussi : "),
        (f"{TW}/lesen", "Lesen Sie auch: "), (f"{AS}/yeh-bhi", "यह भी पढ़ें: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (HR, "donate", "DONATE NOW"), (HH, "ends", "ENDS"), (SC, "donate", "Donate now")))
    assert_group_values_from_pool(SET, (
        (LT, "category", "category"), (BA, "rubrique", "rubrique"), (TW, "rubrik", "rubrik"),
        (AT, "katigoria", "katigoria"), (AS, "shreni", "shreni")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LT, "nearest", "Need help? Find your nearest food bank and ask about a referral."),
        (HR, "help", "Need food? Call 2-1-1 or use our pantry locator to find help near "
                     "you."),
        (HH, "ends", "ENDS"),
        (HR, "donate", "DONATE NOW")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LT: (["nearest", "charity", "copyright"], 2),
        BA: (["reseau", "association", "copyright"], 2),
        TW: (["konto", "impressum", "copyright"], 3),
        HR: (["nonprofit", "equal", "copyright"], 2),
        AT: (["iban", "copyright"], 2),
        AS: (["sampark", "copyright"], 2),
        KP: (["bayad", "sec", "copyright"], 2),
        HH: (["ends", "about", "press", "copyright"], 2),
        SA: (["compte", "copyright"], 2),
        SM: (["konto", "impressum"], 2),
        FA: (["iban", "copyright"], 2)})


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
