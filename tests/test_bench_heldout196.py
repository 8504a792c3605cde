"""The held-back-196 template set (`tests.bench.heldout_templates_196`): its localised dates
(printed day by day in British and American English, Spanish from Spain and Argentina,
Swedish, Maltese, Filipino and Bengali with Bengali digits and the Bangla date, several
changing form on the day of a redesign), the lines that turn every day, week and month (a
strike fund's running total, strike-ballot countdowns and strike days, weekly produce
prices and member offers, monthly registered unemployment), the calendars some notices
follow (ballots, strikes, bargaining rounds, May Days, budgets, branch meetings and
assemblies, members' meetings,
co-operative days, anniversaries, Eids, holidays, the pandemic), the dues, wages, fares and
dividends that change over the years, the lines in several languages and scripts, the
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

from tests.bench.heldout_calendar import nth_or_last_weekday, nth_weekday
from tests.bench.heldout_templates_196 import (
    BG_FEE,
    BM_DO174,
    BM_REDESIGN,
    BP_EDITOR,
    BP_REDESIGN,
    EID_ADHA,
    EID_FITR,
    FE_REDESIGN,
    FIRST_DAY,
    FW_ACT,
    FW_BALLOTS,
    FW_NEW_GS,
    FW_REDESIGN,
    FW_STRIKES,
    GP_NEW_GS,
    GP_ONLINE,
    GP_REDESIGN,
    JEEP_FARE,
    KK_ATERBARING,
    KK_REDESIGN,
    LAST_DAY,
    MALTA_BUDGETS,
    MONOTRIBUTO,
    NCR_WAGE,
    PC_DIVIDEND,
    PC_GDPR,
    PC_REDESIGN,
    SF_JANUS,
    SF_REDESIGN,
    SF_SUBSCRIPTION,
    SMI,
    SR_REDESIGN,
    SR_WAGE,
    SU_ONLINE,
    SU_REDESIGN,
    TIGIL_PASADA,
    TK_MODERNIZATION,
    TK_REDESIGN,
    bangla_date,
    bm_assembly,
    bn,
    fw_branch_meeting,
    midsummer_eve,
    monday_of,
    second_working_day,
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
    pool_in_order,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-196"
SITES = ("Fairwork Union", "The Shopfloor Dispatch", "Sindicato Unitario del Levante",
         "Bruksposten", "Għaqda Ħaddiema tal-Port", "Boses Manggagawa", "শ্রমিক বার্তা",
         "Pennine Co-operative Society", "Federación de Cooperativas de Trabajo del Sur",
         "Konsumföreningen Klarälven", "Koperattiva Bdiewa Għawdxin",
         "Kooperatiba ng mga Tsuper ng Timog")
FW, SF, SU, BP = ("fairworkunion.org.uk", "shopfloordispatch.com", "sul-sindicato.es",
                  "bruksposten.se")
GP, BM, SR, PC = ("ghaqdaport.org.mt", "bosesmanggagawa.org.ph", "sromikbarta.org.bd",
                  "penninecoop.coop")
FE, KK, BG, TK = ("fecotrasur.org.ar", "konsumklaralven.se", "bdiewaghawdxin.com.mt",
                  "tsuperkoop.org.ph")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((FW, "dated"), (SF, "dated"), (SU, "fecha"), (BP, "datum"), (GP, "data"),
         (BM, "petsa"), (SR, "tarikh"), (PC, "dated"), (FE, "fecha"), (KK, "datum"),
         (BG, "data"), (TK, "petsa"))
# The lines that name the day they are printed on.
EVERY_DAY = ((SF, "fund"),)
# The notices that follow calendars.
BANNERS = ((FW, "banner"), (SF, "banner"), (SU, "convocatoria"), (BP, "puff"), (GP, "avviz"),
           (BM, "panawagan"), (SR, "ahoban"), (PC, "notice"), (FE, "aviso"), (KK, "puff"),
           (BG, "avviz"), (TK, "abiso"))
# Amounts in force from given days.
TABLES = ((SF, "subscribe", SF_SUBSCRIPTION), (SU, "smi", SMI), (BM, "sahod", NCR_WAGE),
          (FE, "monotributo", MONOTRIBUTO), (TK, "pasahe", JEEP_FARE))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    FW: "Your union, your voice: find your workplace rep today",
    SF: "Get The Shopfloor Dispatch in your inbox every Friday",
    SU: "Afíliate al Sindicato Unitario del Levante: juntos somos más fuertes",
    BP: "Prenumerera på vårt nyhetsbrev – det kommer varje torsdag",
    GP: "Issieħeb fl-Għaqda Ħaddiema tal-Port: ċempel 2124 5580",
    BM: "Sumapi sa unyon! I-text ang SUMAPI sa 0917 555 0142",
    SR: "শ্রমিক বার্তার খবর পেতে আমাদের ফেসবুক পেজে যুক্ত হোন",
    PC: "Not a member yet? Join for £1 and share in our profits",
    FE: "Sumate: asociá tu cooperativa a la Federación",
    KK: "Bli medlem – insatsen är bara 100 kronor",
    BG: "Il-ħanut tal-Koperattiva fix-Xewkija jiftaħ mit-Tnejn sas-Sibt, 7:00–13:00",
    TK: "Maging kasapi ng kooperatiba: ₱500 na share capital, puwedeng hulugan",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (FW, "join"), (FW, "imprint"), (SU, "paro"), (SU, "cuota"), (KK, "vecka"),
        (BG, "prezzijiet"), (PC, "dividend"), (KK, "aterbaring")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 10, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    # Bangladesh's Bangla calendar: Falgun 8 on 21 February and Poush 1 on 16 December
    # only from the 1426 revision; Falgun of 31 days in a leap year before it.
    assert bangla_date(d(2019, 2, 21)) == (9, 11, 1425)
    assert bangla_date(d(2020, 2, 21)) == (8, 11, 1426)
    assert bangla_date(d(2018, 12, 16)) == (2, 9, 1425)
    assert bangla_date(d(2019, 12, 16)) == (1, 9, 1426)
    assert bangla_date(d(2020, 3, 26)) == (12, 12, 1426)
    assert bangla_date(d(2019, 4, 13)) == (30, 12, 1425)
    assert bangla_date(d(2019, 4, 14)) == (1, 1, 1426)
    assert bangla_date(d(2016, 3, 14)) == (31, 11, 1422)
    assert bangla_date(d(2016, 3, 15)) == (1, 12, 1422)
    assert bn(2019) == "২০১৯" and bn("8,000") == "৮,০০০"
    assert second_working_day(2020, 2) == d(2020, 2, 4)
    assert second_working_day(2019, 6) == d(2019, 6, 4)
    assert midsummer_eve(2019) == d(2019, 6, 21) and midsummer_eve(2020) == d(2020, 6, 19)
    assert monday_of(d(2020, 6, 21)) == monday_of(d(2020, 6, 15)) == d(2020, 6, 15)
    # the Trade Union Act's 50% turnout: every ballot closing after March 2017 met it
    assert all(int(turnout) >= 50 for _, closes, _, _, turnout in FW_BALLOTS
               if iso(closes) > FW_ACT)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FW, "dated", old, "Posted on 05/03/2016")
    full(FW, "dated", new, "Friday 19 June 2020")
    full(SF, "dated", old, "March 5, 2016")
    full(SF, "dated", new, "Published Friday, June 19, 2020")
    full(SF, "dated", d(2020, 9, 3), r"Published Thursday, Sept\. 3, 2020")
    full(SF, "fund", new, r"2020 Solidarity Fund: \$[\d,]+ from [\d,]+ readers as of June 19\. "
                          r"Chip in to support striking workers\.")
    full(SU, "fecha", old, "Publicado: 05/03/2016")
    full(SU, "fecha", new, rf"viernes, 19 de junio de 2020 · {clock}")
    full(SU, "paro", new, r"Paro registrado en la Comunitat Valenciana, mayo de 2020: "
                          r"\d{3}\.\d{3} personas")
    full(SU, "paro", d(2020, 6, 1), r"Paro registrado en la Comunitat Valenciana, abril de "
                                    r"2020: \d{3}\.\d{3} personas")
    full(BP, "datum", old, "5 mars 2016")
    full(BP, "datum", new, rf"Publicerad fredag 19 juni 2020 kl\. {clock}")
    full(GP, "data", old, "05/03/2016")
    full(GP, "data", new, "Il-Ġimgħa, 19 ta' Ġunju 2020")
    full(BM, "petsa", old, "Marso 5, 2016")
    full(BM, "petsa", new, r"Biyernes, Hunyo 19, 2020 \| \d{1,2}:\d\d [AP]M")
    full(SR, "tarikh", old, "৫ মার্চ ২০১৬")
    full(SR, "tarikh", new, r"শুক্রবার, ১৯ জুন ২০২০ \| ৫ আষাঢ় ১৪২৭ বঙ্গাব্দ")
    full(PC, "dated", old, "Posted on 5th March 2016")
    full(PC, "dated", d(2017, 3, 22), "Posted on 22nd March 2017")
    full(PC, "dated", new, r"19\.06\.2020")
    full(FE, "fecha", old, "05/03/2016")
    full(FE, "fecha", new, "Viernes 19 de junio de 2020")
    full(KK, "datum", old, "2016-03-05")
    full(KK, "datum", new, "19 juni 2020")
    full(KK, "vecka", new, r"Veckans medlemspris v\. 25: .+")
    full(BG, "data", new, "19 ta' Ġunju 2020")
    full(BG, "prezzijiet", new, r"Prezzijiet tal-ġimgħa li bdiet 15 ta' Ġunju 2020: tadam "
                                r"€\d\.\d\d/kg · patata €\d\.\d\d/kg · basal €\d\.\d\d/kg")
    full(TK, "petsa", old, "03/05/2016")
    full(TK, "petsa", new, "Inilathala noong Hunyo 19, 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(FW, "dated", day).startswith("Posted on") == (day < FW_REDESIGN)
        assert on(SF, "dated", day).startswith("Published") == (day >= SF_REDESIGN)
        assert on(SU, "fecha", day).startswith("Publicado") == (day < SU_REDESIGN)
        assert on(BP, "datum", day).startswith("Publicerad") == (day >= BP_REDESIGN)
        assert ("ta'" in on(GP, "data", day)) == (day >= GP_REDESIGN)
        assert ("|" in on(BM, "petsa", day)) == (day >= BM_REDESIGN)
        assert ("বঙ্গাব্দ" in on(SR, "tarikh", day)) == (day >= SR_REDESIGN)
        assert not re.search(r"[0-9]", on(SR, "tarikh", day))
        assert on(PC, "dated", day).startswith("Posted on") == (day < PC_REDESIGN)
        assert (" de " in on(FE, "fecha", day)) == (day >= FE_REDESIGN)
        assert bool(re.fullmatch(r"\d{4}-\d\d-\d\d", on(KK, "datum", day))) == (
            day < KK_REDESIGN)
        assert on(TK, "petsa", day).startswith("Inilathala") == (day >= TK_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    assert len(changes(SF, "fund")) == len(every_day()) - 1
    totals = {day: int(m[1].replace(",", "")) for day in (d(2018, 12, 31), d(2019, 1, 1),
                                                          d(2019, 12, 31))
              if (m := re.search(r"\$([\d,]+)", on(SF, "fund", day)))}
    assert totals[d(2019, 1, 1)] < 1000 < totals[d(2018, 12, 31)]
    assert totals[d(2019, 12, 31)] > 50_000
    for family in ("vecka",):
        weekly = changes(KK, family)
        assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    weekly = changes(BG, "prezzijiet")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    assert changes(SU, "paro") == {second_working_day(day.year, day.month)
                                   for day in every_day() if day.day == 1} - {FIRST_DAY}
    people = [int(m[1].replace(".", "")) for t in group_lines(SET, SU, "paro")
              if (m := re.search(r"(\d{3}\.\d{3}) personas", norm(t)))]
    assert people and all(300_000 < n < 560_000 for n in people)
    weeks = found(KK, "vecka", r"v\. (\d+):")
    assert weeks == {str(n) for n in range(1, 54)}


def test_ballots_and_strikes_counted_day_by_day() -> None:
    for opens, closes, who, yes, turnout in FW_BALLOTS:
        first, last = iso(opens), iso(closes)
        assert f"{(last - first).days} days left" in on(FW, "banner", first), who
        assert "1 day left" in on(FW, "banner", last - one)
        assert "today is the last day" in on(FW, "banner", last)
        assert f"{yes}% voted yes on a {turnout}% turnout" in on(FW, "banner", last + 3 * one)
        days = {day for day in changes(FW, "banner") if first <= day <= last}
        assert len(days) == (last - first).days + 1, who
    for first_day, last_day, who in FW_STRIKES:
        first, last = iso(first_day), iso(last_day)
        total = (last - first).days + 1
        assert f"{who} on strike: day 1 of {total}" in on(FW, "banner", first)
        assert f"day {total} of {total}" in on(FW, "banner", last)
        assert f"{who} strike from {first.day}" in on(FW, "banner", first - 3 * one)
    assert "Coronavirus" in on(FW, "banner", d(2020, 4, 1))
    both = on(SF, "banner", d(2019, 10, 20))
    assert "UAW members at GM, day 35" in both
    assert "Chicago teachers and school staff, day 4" in both
    assert "Verizon workers (CWA and IBEW), day 1" in on(SF, "banner", d(2016, 4, 13))
    assert "West Virginia teachers, day 13" in on(SF, "banner", d(2018, 3, 6))
    assert found(SF, "banner", r"UAW members at GM, day (\d+)") == {str(n) for n in range(1, 41)}
    assert "April 6-8, 2018" in on(SF, "banner", d(2018, 2, 1))
    assert "cancelled" in on(SF, "banner", d(2020, 3, 20))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    assert "8M 2018" in on(SU, "convocatoria", d(2018, 3, 8))
    assert "8M 2019" in on(SU, "convocatoria", d(2019, 3, 8))
    assert "Pensiones dignas" in on(SU, "convocatoria", d(2018, 2, 19))
    assert "Pensiones dignas" in on(SU, "convocatoria", d(2018, 3, 12))
    assert "Estado de alarma" in on(SU, "convocatoria", d(2020, 4, 1))
    assert "balcones" in on(SU, "convocatoria", d(2020, 5, 1))
    assert "pausas" in on(BP, "puff", d(2020, 4, 2))
    assert "5,4 procent" in on(BP, "puff", d(2020, 11, 1))
    assert "6,5 procent" in on(BP, "puff", d(2017, 4, 5))
    assert "digitalt" in on(BP, "puff", d(2020, 5, 1))
    assert "Corona" in on(BP, "puff", d(2020, 5, 20))
    for y in range(2015, 2021):
        may_day = d(y, 5, 1)
        assert f"Mayo Uno {y}" in on(BM, "panawagan", may_day), y
        assert f"SONA {y}" in on(BM, "panawagan", nth_weekday(y, 7, 0, 4)), y
        assert f"Araw ni Bonifacio {y}" in on(BM, "panawagan", d(y, 11, 30)), y
        assert f"Il-Baġit {y + 1}" in on(GP, "avviz", iso(MALTA_BUDGETS[y])), y
        assert f"তাজরীন অগ্নিকাণ্ডের {bn(y - 2012)} বছর" in on(SR, "ahoban", d(y, 11, 24)), y
        assert f"ঈদুল আজহা {bn(y)}" in on(SR, "ahoban", iso(EID_ADHA[y]) - one), y
        assert f"Julafton {y}" in on(KK, "puff", d(y, 12, 20)), y
        assert "magħluq" in on(BG, "avviz", d(y, 12, 24)), y
        if y == 2020:
            continue
        assert f"1º de Mayo {y}" in on(SU, "convocatoria", may_day), y
        assert f"1 maj {y}" in on(BP, "puff", may_day), y
        assert f"Jum il-Ħaddiem {y}" in on(GP, "avviz", may_day), y
        assert f"মে দিবস {bn(y)}" in on(SR, "ahoban", may_day), y
        assert f"রানা প্লাজা ধসের {bn(y - 2013)} বছর" in on(SR, "ahoban", d(y, 4, 24)), y
        assert f"ঈদুল ফিতর {bn(y)}" in on(SR, "ahoban", iso(EID_FITR[y]) - one), y
        assert f"1° de Mayo {y}" in on(FE, "aviso", may_day), y
        coop_day = nth_weekday(y, 7, 5, 1)
        assert f"Cooperativas {y}" in on(FE, "aviso", coop_day), y
        assert f"Co-operatives Fortnight {y}" in on(PC, "notice", coop_day), y
        agm = nth_weekday(y, 4, 5, 2)
        assert f"Saturday {agm.day} April {y}" in on(PC, "notice", agm), y
        assert f"Saturday {nth_weekday(y, 10, 5, 2).day} October {y}" in on(
            PC, "notice", nth_weekday(y, 10, 5, 2)), y
        stamma = iso(KK_ATERBARING[y - 2014][0])
        assert f"föreningsstämman torsdag {stamma.day} april {y}" in on(KK, "puff", stamma)
        assert f"Midsommarafton {midsummer_eve(y).day} juni" in on(KK, "puff", midsummer_eve(y))
        sunday = nth_or_last_weekday(y, 3, 6, -1)
        assert "Laqgħa Ġenerali Annwali" in on(BG, "avviz", sunday), y
        assert f"L-Imnarja {y}" in on(BG, "avviz", d(y, 6, 29)), y
    assert found(PC, "notice", r"Board elections (\d{4})") == {"2016", "2018", "2020"}
    assert "privacy notice" in on(PC, "notice", d(2018, 5, 25))
    assert "postponed" in on(PC, "notice", d(2020, 5, 1))
    assert "online" in on(PC, "notice", d(2020, 9, 1))
    assert "করোনাকালে" in on(SR, "ahoban", d(2020, 4, 24))
    assert "ECQ" in on(BM, "panawagan", d(2020, 4, 1))
    assert "Mayo Uno 2020: Online" in on(BM, "panawagan", d(2020, 5, 1))
    assert "COVID-19" in on(GP, "avviz", d(2020, 5, 1))
    assert "ASPO" in on(FE, "aviso", d(2020, 7, 4))
    assert "riskgrupper" in on(KK, "puff", d(2020, 6, 19))
    assert "2020 flyttas" in on(KK, "puff", d(2020, 4, 1))
    for first, last, when in TIGIL_PASADA:
        assert when in on(TK, "abiso", iso(first)) and when in on(TK, "abiso", iso(last))
    assert "ECQ" in on(TK, "abiso", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FW, "byline", FW_REDESIGN, "By {author}", "{author_beat}"),
        (FW, "banner", FW_ACT, "Your union", "Ballots are by post"),
        (FW, "banner", FW_REDESIGN, "Ballots are by post", "Moved house"),
        (FW, "imprint", FW_NEW_GS, "Maureen Calloway", "Dev Sahota"),
        (FW, "join", FW_REDESIGN, "Join Fairwork Union today", "five minutes"),
        (SF, "byline", SF_REDESIGN, "by {author}", "{author_handle}"),
        (SF, "banner", SF_JANUS, "Get The Shopfloor", "After Janus"),
        (SU, "autoria", SU_REDESIGN, "Por {author}", "Gabinete"),
        (SU, "convocatoria", SU_ONLINE, "juntos somos", "en línea"),
        (BP, "utgivare", BP_EDITOR, "Eva Lindqvist", "Mats Ohlin"),
        (BP, "puff", BP_REDESIGN, "Prenumerera", "i mejlen"),
        (GP, "segretarju", GP_NEW_GS, "Mario Caruana Spiteri", "Rita Attard Borg"),
        (GP, "avviz", GP_ONLINE, "ċempel", "online"),
        (BM, "panawagan", BM_DO174, "Sumapi", "ENDO"),
        (SR, "mojuri", SR_WAGE, "৫,৩০০", "৮,০০০"),
        (BG, "shubija", BG_FEE, "€25", "€30"),
        (TK, "abiso", TK_MODERNIZATION, "share capital", "PUV modernization")))
    assert "Join for £1" in on(PC, "notice", PC_GDPR - 8 * one)
    assert "Join online for £1" in on(PC, "notice", d(2018, 6, 16))
    assert_groups_reworded(SET, (
        (FW, "dated", "Posted on", "day "),
        (SF, "byline", "by ", "By "),
        (SU, "fecha", "Publicado", " de "),
        (BP, "utgivare", "Lindqvist", "Ohlin"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for (start, value), (after, _) in zip(table, table[1:] + (("9999-12-31", ""),),
                                              strict=True):
            if iso(after) > FIRST_DAY:  # in force on some day of the set's period
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    januaries = {d(y, 1, 1) for y in range(2016, 2021)}
    for domain, family in ((SU, "cuota"), (BP, "avgift"), (GP, "cola"), (SR, "sotto")):
        assert changes(domain, family) == januaries, (domain, family)
    assert changes(FW, "join") == {d(y, 4, 1) for y in range(2015, 2020)} | {FW_REDESIGN}
    assert "£2.81 a week" in on(FW, "join", d(2020, 6, 1))  # frozen in the pandemic
    assert changes(PC, "dividend") == {iso(a) for a, _ in PC_DIVIDEND if iso(a) > FIRST_DAY}
    assert "Members' dividend for 2019: 1p" in on(PC, "dividend", d(2020, 9, 12))
    assert changes(PC, "community-fund") == {d(y, 2, 1) for y in range(2015, 2021)}
    assert changes(KK, "aterbaring") == {iso(a) for a, _ in KK_ATERBARING if iso(a) > FIRST_DAY}
    assert changes(SR, "mojuri") == {SR_WAGE}
    assert changes(BM, "sahod") == {d(2015, 4, 4), d(2016, 6, 2), d(2017, 10, 5),
                                    d(2018, 11, 22)}
    assert "900,00" in on(SU, "smi", d(2019, 6, 1)) and "735,90" in on(SU, "smi", d(2018, 12, 26))
    fares = {norm(t).split(": ")[1].split(" ")[0] for t in group_lines(SET, TK, "pasahe")}
    assert len(fares) >= 2
    assert found(TK, "pasahe", r"(₱[\d.]+)") == {"₱8.00", "₱7.50", "₱7.00", "₱9.00", "₱10.00"}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SR, "tarikh", r"[\u0980-\u09ff]"), (SR, "protibedok", r"[\u0980-\u09ff]"),
        (SR, "ahoban", r"[\u0980-\u09ff]"), (SR, "sotto", r"[০-৯]"),
        (GP, "stqarrija", r"Ħ"), (GP, "drittijiet", r"[ħġċż]"), (BG, "data", r"ta'|ta’"),
        (BP, "utgivare", r"[åäö]"), (KK, "org", r"ö"), (SU, "cuota", r"ó"),
        (FE, "licencia", r"[áé]"), (BM, "sahod", r"₱"), (TK, "pasahe", r"₱")))
    assert any("বঙ্গাব্দ" in t for t in group_lines(SET, SR, "tarikh"))
    assert any("ফাল্গুন" in t or "চৈত্র" in t or "বৈশাখ" in t
               for t in group_lines(SET, SR, "tarikh"))
    assert any(t.startswith("This statement") for t in group_lines(SET, GP, "ingliz"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FW}/dated", f"{FW}/byline", f"{FW}/see-also", f"{FW}/sector",
                         f"{FW}/picture", f"{FW}/copyright", f"{SF}/dated", f"{SF}/kicker",
                         f"{SF}/byline", f"{SU}/fecha", f"{BP}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FW}/press", f"{FW}/listed", f"{SF}/reprint", f"{SU}/contacto", f"{BP}/utges",
        f"{GP}/kuntatt"))
    assert_carried_share(docs, FW, [
        ("dated", 0.8, 0.98), ("see-also", 0.45, 0.7), ("correction", 0.0, 0.1),
        ("banner", 0.15, 0.45), ("helpline", 0.03, 0.25)])
    assert_carried_share(docs, SF, [("dated", 0.75, 0.98), ("byline", 0.6, 0.88),
                                    ("union-bug", 0.07, 0.35)])
    for fam in (f"{FW}/see-also", f"{SF}/related", f"{BP}/annons", f"{BM}/basahin"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((FW, "picture"), (SF, "advert"), (SU, "foto"), (GP, "ritratt"),
                               (BM, "larawan"), (SR, "chobi"), (PC, "funeral"), (FE, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FW, "correction", 16), (SF, "correction"), (SU, "rectificacion"), (BP, "rattelse"),
        (GP, "korrezzjoni"), (BM, "pagtutuwid"), (SR, "songsodhon"), (PC, "update"),
        (FE, "fe-de-erratas"), (KK, "rattelse"), (BG, "korrezzjoni"), (TK, "pagtutuwid")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FW}/see-also", "See also: "), (f"{SF}/related", "RELATED: "),
        (f"{SU}/lee", "Lee también: "), (f"{BP}/las-ocksa", "Läs också: "),
        (f"{BM}/basahin", "BASAHIN: "), (f"{SR}/aro-porun", "আরও পড়ুন: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SF, "advert", "— Advertisement —"), (BP, "annons", "ANNONS"),
        (SR, "bigyapon", "বিজ্ঞাপন"), (GP, "stqarrija", "STQARRIJA GĦALL-ISTAMPA")))
    assert_group_values_from_pool(SET, (
        (FW, "sector", "sector"), (SF, "kicker", "kicker"), (SU, "seccion", "seccion"),
        (BP, "vinjett", "vinjett"), (BM, "kategorya", "kategorya"),
        (SR, "protibedok", "protibedok"), (PC, "category", "category"),
        (FE, "volanta", "volanta")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (BP, "annons", "ANNONS"),
        (SR, "protibedok", "নিজস্ব প্রতিবেদক"),
        (GP, "stqarrija", "STQARRIJA GĦALL-ISTAMPA"),
        (BM, "kontak", "Para sa media: Liza Mendoza, tagapagsalita, 0998 555 2741"),
        (SF, "advert", "— Advertisement —")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FW: (["press", "imprint", "listed", "copyright"], 3),
        SF: (["reprint", "union-bug", "copyright"], 2),
        SU: (["contacto", "pie"], 2),
        BP: (["utgivare", "utges", "copyright"], 2),
        GP: (["segretarju", "kuntatt", "drittijiet"], 2),
        BM: (["pahayag", "kontak", "karapatang-ari"], 2),
        SR: (["sompadok", "thikana", "sotto"], 2),
        PC: (["registered", "copyright"], 2),
        FE: (["inaes", "licencia", "contacto"], 2),
        KK: (["medlemsservice", "org"], 2),
        BG: (["kuntatt", "drittijiet"], 2),
        TK: (["cda", "karapatan"], 2)})


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


def test_branch_meetings_follow_their_calendar() -> None:
    meetings = {fw_branch_meeting(day) for day in every_day()}
    assert all(m.weekday() == 1 and 8 <= m.day <= 14 and m.month != 8 for m in meetings)
    assert changes(FW, "branch") == {m + one for m in meetings if m < d(2020, 12, 31)}
    assert "Tuesday 13 September 2016" in on(FW, "branch", d(2016, 7, 13))
    assert found(FW, "branch", r"Next \{branch\} branch meeting: Tuesday \d+ (\w+)") == {
        "January", "February", "March", "April", "May", "June", "July", "September", "October",
        "November", "December"}
    assemblies = {bm_assembly(day) for day in every_day()}
    assert all(a.weekday() == 5 and a.day >= 22 for a in assemblies)
    assert "Sabado, Marso 30, 2019" in on(BM, "pulong", d(2019, 3, 24))
    assert "Walang pulong" in on(BM, "pulong", d(2020, 4, 25))
    assert "Hulyo 25, 2020" in on(BM, "pulong", d(2020, 7, 1))
    lines = [norm(t) for t in group_lines(SET, FW, "branch")]
    assert lines and {t.split("Next ")[1].split(" branch")[0] for t in lines} <= set(
        pool_in_order(SET, FW, "branch"))
