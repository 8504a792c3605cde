"""The held-back-211 template set (`tests.bench.heldout_templates_211`): its localised dates
(printed day by day in British and American English, Italian, Greek, Romanian, Japanese with
the Heisei and Reiwa eras, and Tamil, several changing form on the day of a redesign), the
lines that turn every day, week and month ("figures checked on", a club's Thursday meeting,
Greek pension paydays, chapter and club meetings on the second Tuesday, first Saturday and
third Wednesday, a magazine's latest issue), the pension rates, allowances, dues and fund
rates that change over the years, the calendars some notices follow (Winter Fuel Payments,
the quattordicesima and the 730 campaign, 5x1000 season, Greek capital controls, elections
and Orthodox Easter, 1 October, Respect for the Aged Day, the era change, the annual
mustering, Pongal, Pensioners' Day, Medicare open enrollment, Loneliness Awareness Week, the
Festa dei Nonni, a fund's general meeting, the pandemic), the rewordings on their days, the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

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
from typing import Any

from tests.bench.heldout_calendar import orthodox_easter
from tests.bench.heldout_templates_211 import (
    AC_BOSHU,
    AC_HALT,
    AC_REDESIGN,
    AC_SAGI,
    AJUTOR_DECES,
    AKAVILAI,
    AP_PANDEMIC,
    AP_REDESIGN,
    AP_SEDIU,
    COLA,
    COTIZATIE,
    DEADLINE_730,
    DOBANDA,
    ED_PREZZO,
    ED_REDESIGN,
    ELECTION_DAYS,
    FIRST_DAY,
    FP_LICENZA,
    FP_REDESIGN,
    FP_SPORTELLO,
    FP_TESSERA,
    GREEK_VOTES,
    HOKENRYO,
    INDEMNIZATIE,
    KA_AMKA,
    KA_CLOSED,
    KA_REDESIGN,
    KISO_NENKIN,
    KU_NHIS,
    KU_PANDEMIC,
    KU_REDESIGN,
    KU_SANTHA,
    LAST_DAY,
    LL_COLD_CALLS,
    LL_OFFER,
    LL_REDESIGN,
    MINIMO_INPS,
    NENKAIHI,
    PART_B,
    PEREQUAZIONE,
    PUNCT_PENSIE,
    RB_CANCELED,
    RB_DUES,
    RB_REDESIGN,
    RB_ZOOM,
    REIWA,
    SS_EFKA,
    SS_MINIMUM,
    SS_NEWSLETTER,
    SS_REDESIGN,
    ST_ASK,
    ST_REDESIGN,
    ST_REGULATOR,
    STATE_PENSION,
    YS_HOURS,
    YS_OFFER,
    YS_REDESIGN,
    YS_SAGI,
    ap_date,
    first_saturday,
    general_meeting,
    greek_payday,
    keiro_no_hi,
    loneliness_week,
    next_monthly,
    on_or_after,
    second_tuesday,
    third_wednesday,
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
    group_docs,
    group_lines,
    mostly,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-211"
SITES = ("Later Life Monthly", "FPU Pensionati", "Σύνταξη Σήμερα",
         "Asociația Pensionarilor Târnava", "ゆとり生活", "ஓய்வூதியர் குரல்",
         "Riverbend Retired Educators Association", "The Silver Thread", "Età d'Oro",
         "ΚΑΠΗ Δήμου Ακρωτηρίου", "あさひ台市老人クラブ連合会", "CAR Pensionari Valea Lungă")
LL, FP, SS, AP = ("laterlifemonthly.co.uk", "fpu-pensionati.it", "syntaxisimera.gr",
                  "pensionaritarnava.ro")
YS, KU, RB, ST = ("yutoriseikatsu.jp", "oyvuthiyarkural.org", "riverbendrea.org",
                  "silverthread.org.uk")
ED, KA, AC, CP = ("etadoro.it", "kapi-akrotiriou.gr", "asahidai-rc.jp", "carp-valealunga.ro")

d = dt.date
one = dt.timedelta(days=1)
LAST_ARTICLE_DAY = d(2020, 12, 31)  # the last day `wording_changes` walks

# The dates printed day by day (every one from the first day).
DAILY = ((LL, "dated"), (FP, "data"), (SS, "imerominia"), (AP, "data"), (YS, "date"),
         (KU, "thethi"), (RB, "dated"), (ST, "dated"), (ED, "data"), (KA, "date"),
         (AC, "date"), (CP, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((LL, "checked"),)
# The lines that turn each week or month.
PERIODIC = ((AP, "club"), (SS, "pliromi"), (RB, "meeting"), (KU, "koottam"), (YS, "issue"),
            (AC, "reikai"))
# The notices that follow calendars.
BANNERS = ((LL, "notice"), (LL, "helpline"), (FP, "avviso"), (SS, "enimerosi"),
           (AP, "program"), (YS, "oshirase"), (KU, "arivippu"), (RB, "notice"),
           (ST, "helpline"), (ED, "avviso"), (KA, "orario"), (AC, "oshirase"), (CP, "program"))
# Amounts in force from given days.
TABLES = ((LL, "pension-rates", STATE_PENSION), (FP, "minimo", MINIMO_INPS),
          (SS, "elaxisti", SS_MINIMUM), (AP, "punct", PUNCT_PENSIE),
          (AP, "indemnizatie", INDEMNIZATIE), (AP, "cotizatie", COTIZATIE),
          (YS, "nenkin", KISO_NENKIN), (YS, "hokenryo", HOKENRYO), (KU, "akavilai", AKAVILAI),
          (RB, "cola", COLA), (RB, "part-b", PART_B), (ED, "perequazione", PEREQUAZIONE),
          (AC, "nenkaihi", NENKAIHI), (CP, "dobanda", DOBANDA),
          (CP, "ajutor-deces", AJUTOR_DECES))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (LL, "notice"): "Subscribe to Later Life Monthly: your first three issues for £3",
    (LL, "helpline"): "Money questions? Call our readers' helpline on 0306 999 0271, Monday "
                      "to Friday, 10am to 4pm.",
    (FP, "avviso"): "Iscriviti a FPU Pensionati: chiedi alla lega più vicina a casa tua",
    (SS, "enimerosi"): "Ακολουθήστε το Σύνταξη Σήμερα στο Facebook για όλα τα νέα των "
                       "συνταξιούχων",
    (AP, "program"): "Sediul asociației este deschis de luni până vineri, între orele 9 și 13.",
    (YS, "oshirase"): "定期購読のお申し込みは、お電話またはハガキで承ります",
    (KU, "arivippu"): "சங்க உறுப்பினர் சந்தா: ஆண்டுக்கு ₹100, ஆயுள் உறுப்பினர் ₹1,000",
    (RB, "notice"): "Not a member yet? Dues are $20 a year. Join online or at any chapter "
                    "meeting.",
    (ST, "helpline"): "Free, confidential and open 24 hours a day: call The Silver Thread on "
                      "0808 157 0412.",
    (ED, "avviso"): "Abbonati a Età d'Oro: 11 numeri a 25 euro",
    (KA, "orario"): "Τα ΚΑΠΗ λειτουργούν Δευτέρα έως Παρασκευή, 08:00–13:30 και 17:30–20:30.",
    (AC, "oshirase"): "お問い合わせは事務局（平日9時〜16時）まで",
    (CP, "program"): "Program cu publicul: luni–vineri, 8:00–14:00. Casieria închide la 13:30.",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def shown(value: Any) -> list[str]:
    """The parts of a table's value a wording prints."""
    if isinstance(value, tuple):
        return [part for part in value if part]
    return [value.partition(",")[0] if value.endswith("frozen") else value]


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + PERIODIC + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((FP, "cinque-per-mille"),
                                                             (AC, "kenko")), (
        FIRST_DAY, QUIET, d(2015, 7, 6), d(2016, 3, 5), d(2017, 4, 1), d(2018, 9, 3),
        d(2019, 5, 1), d(2020, 4, 19), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert wareki(d(2016, 3, 5)) == "平成28年" and wareki(d(2019, 4, 30)) == "平成31年"
    assert wareki(REIWA) == "令和元年" and wareki(d(2020, 1, 1)) == "令和2年"
    assert greek_payday(2020, 7) == d(2020, 6, 26)
    assert greek_payday(2016, 1) == d(2015, 12, 25)  # the 26th was a Saturday
    assert greek_payday(2017, 4) == d(2017, 3, 24)  # the 26th was a Sunday
    assert next_monthly(d(2019, 6, 12), second_tuesday, skip=(7, 8)) == d(2019, 9, 10)
    assert next_monthly(d(2016, 3, 5), first_saturday) == d(2016, 3, 5)
    assert next_monthly(d(2016, 3, 17), third_wednesday) == d(2016, 4, 20)
    assert on_or_after(d(2016, 3, 5), 3) == d(2016, 3, 10) and on_or_after(d(2016, 3, 10), 3) \
        == d(2016, 3, 10)
    assert [keiro_no_hi(y) for y in (2019, 2020)] == [d(2019, 9, 16), d(2020, 9, 21)]
    assert loneliness_week(2018) == d(2018, 6, 11) and general_meeting(2019) == d(2019, 4, 27)
    assert ap_date(d(2019, 9, 10)) == "Sept. 10" and ap_date(d(2019, 3, 8)) == "March 8"
    assert orthodox_easter(2020) == d(2020, 4, 19)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LL, "dated", old, "05 March 2016")
    full(LL, "dated", new, r"Updated 19th June 2020 · \d+ min read")
    full(LL, "checked", new, r"Figures checked on 19 Jun 2020\. Rates and allowances change: "
                             r"see GOV\.UK for the latest\.")
    full(FP, "data", old, "Pubblicato: 05 Marzo 2016")
    full(FP, "data", new, "venerdì 19 giugno 2020")
    full(SS, "imerominia", old, rf"05/03/2016 - {clock}")
    full(SS, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020, {clock}")
    full(SS, "pliromi", new, "Πληρωμή συντάξεων Ιουλίου 2020: Παρασκευή 26 Ιουνίου")
    full(AP, "data", old, r"05\.03\.2016")
    full(AP, "data", new, "vineri, 19 iunie 2020")
    full(AP, "club", old, "Întâlnirea săptămânală a clubului: joi, 10 martie, ora 10:00, la "
                          "sediul asociației")
    full(YS, "date", old, r"2016\.03\.05")
    full(YS, "date", d(2018, 6, 1), "平成30年6月1日（金）")
    full(YS, "date", REIWA, "令和元年5月1日（水）")
    full(YS, "date", new, "令和2年6月19日（金）")
    full(YS, "issue", new, "最新号 2020年7月号 好評発売中（毎月15日発売）")
    full(KU, "thethi", old, "05-03-2016")
    full(KU, "thethi", new, "வெள்ளிக்கிழமை, 19 ஜூன் 2020")
    full(KU, "koottam", old, "மாதாந்திரக் கூட்டம்: 5 மார்ச் 2016, சனிக்கிழமை காலை 10 மணி, சங்க "
                             "அலுவலகம்")
    full(RB, "dated", old, "Posted on March 5, 2016")
    full(RB, "dated", new, "Friday, June 19, 2020")
    full(RB, "dated", d(2020, 12, 7), r"Monday, Dec\. 7, 2020")
    full(RB, "meeting", old, r"Next chapter meeting: Tuesday, March 8, 10 a\.m\., Riverbend "
                             r"Public Library, Community Room B")
    full(RB, "meeting", d(2019, 6, 20), r"No chapter meetings in July and August\. We meet "
                                        r"again Tuesday, Sept\. 10\.")
    full(ST, "dated", old, r"Posted: 05\.03\.2016")
    full(ST, "dated", new, "19 June 2020")
    full(ED, "data", old, "5 marzo 2016")
    full(ED, "data", new, rf"Ultimo aggiornamento: 19/06/2020 ore {clock}")
    full(KA, "date", old, "Δημοσιεύθηκε: 05/03/2016")
    full(KA, "date", new, "19 Ιουνίου 2020")
    full(AC, "date", old, "掲載日：2016年3月5日")
    full(AC, "date", new, "2020/06/19 更新")
    full(AC, "reikai", old, "次回定例会：3月16日（水）午前10時〜 あさひ台市民会館2階")
    full(AC, "reikai", d(2020, 8, 5), "8月の定例会はお休みです。次回は9月16日（水）です")
    full(AC, "reikai", d(2020, 10, 1), "次回定例会：10月21日（水）午前10時〜 あさひ台市民会館2階"
                                       "　※マスクを着用してご参加ください")
    full(CP, "data", new, r"Publicat la 19\.06\.2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(LL, "dated", day).startswith("Updated") == (day >= LL_REDESIGN)
        assert on(FP, "data", day).startswith("Pubblicato") == (day < FP_REDESIGN)
        assert (" - " in on(SS, "imerominia", day)) == (day < SS_REDESIGN)
        assert ("," in on(AP, "data", day)) == (day >= AP_REDESIGN)
        assert ("年" in on(YS, "date", day)) == (day >= YS_REDESIGN)
        assert ("令和" in on(YS, "date", day)) == (day >= REIWA)
        assert ("கிழமை" in on(KU, "thethi", day)) == (day >= KU_REDESIGN)
        assert on(RB, "dated", day).startswith("Posted") == (day < RB_REDESIGN)
        assert on(ST, "dated", day).startswith("Posted") == (day < ST_REDESIGN)
        assert on(ED, "data", day).startswith("Ultimo") == (day >= ED_REDESIGN)
        assert on(KA, "date", day).startswith("Δημοσιεύθηκε") == (day < KA_REDESIGN)
        assert on(AC, "date", day).endswith("更新") == (day >= AC_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    weekly = changes(AP, "club")
    assert AP_PANDEMIC in weekly and len(weekly) >= 250
    assert all(day.weekday() == 4 for day in weekly if day < AP_PANDEMIC)
    assert "vacanță în august" in on(AP, "club", d(2018, 8, 10))
    paydays = {greek_payday(y, m) + one for y in range(2015, 2022) for m in range(1, 13)}
    assert changes(SS, "pliromi") == {day for day in paydays if FIRST_DAY < day <= LAST_ARTICLE_DAY}
    meetings = {second_tuesday(y, m) + one for y in range(2015, 2021) for m in range(1, 13)
                if m not in (7, 8)}
    septembers = {d(y, 9, 1) for y in range(2015, 2021)}
    turns = changes(RB, "meeting")
    assert {day for day in turns if day < RB_CANCELED} <= meetings | septembers
    assert RB_CANCELED in turns and RB_ZOOM in turns and len(turns) >= 50
    assert changes(KU, "koottam") == {first_saturday(y, m) + one for y in range(2015, 2021)
                                      for m in range(1, 13)
                                      if first_saturday(y, m) + one < KU_PANDEMIC} | {KU_PANDEMIC}
    assert changes(YS, "issue") == {d(y, m, 15) for y in range(2015, 2021) for m in range(1, 13)}
    club = changes(AC, "reikai")
    assert {day for day in club if day < AC_HALT[0]} <= {
        third_wednesday(y, m) + one for y in range(2015, 2021) for m in range(1, 13)} | septembers
    assert set(AC_HALT) <= club and len(club) >= 55


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    assert "Pension freedoms" in on(LL, "notice", d(2015, 4, 6))
    assert "State Pension age reaches 66" in on(LL, "notice", d(2020, 10, 6))
    assert "seven days a week" in on(LL, "helpline", d(2020, 5, 1))
    assert "seven days a week" not in on(LL, "helpline", d(2020, 10, 1))
    for y in range(2015, 2021):
        assert f"Winter Fuel Payment {y}" in on(LL, "notice", d(y, 11, 7)), y
        assert f"Christmas {y}" in on(LL, "notice", d(y, 12, 10)), y
        assert f"Quattordicesima {y}" in on(FP, "avviso", d(y, 7, 1)), y
        assert f"Medicare open enrollment runs Oct. 15 to Dec. 7, {y}" in on(RB, "notice",
                                                                              d(y, 10, 16)), y
        assert f"Alone at Christmas {y}" in on(ST, "helpline", d(y, 12, 25)), y
        week = loneliness_week(y)
        assert f"Loneliness Awareness Week {y}" in on(ST, "helpline", week + 3 * one), y
        assert "Festa dei Nonni" in on(ED, "avviso", d(y, 10, 1)), y
        assert f"Estate {y}" in on(ED, "avviso", d(y, 8, 1)), y
        assert f"9月{keiro_no_hi(y).day}日" in on(YS, "oshirase", keiro_no_hi(y)), y
        assert f"{y}年度 敬老会" in on(AC, "oshirase", keiro_no_hi(y)), y
        assert f"{y}年12月28日" in on(YS, "oshirase", d(y, 12, 30)), y
        assert "事務局をお休み" in on(AC, "oshirase", d(y, 12, 30)), y
        assert f"1 Octombrie {y}" in on(AP, "program", d(y, 9, 28)), y
        assert f"La mulți ani {y + 1}" in on(AP, "program", d(y, 12, 25)), y
        assert f"La mulți ani {y}" in on(AP, "program", d(y, 1, 5)) or y == 2015, y
        assert f"ஆண்டு நேர்காணல் {y}" in on(KU, "arivippu", d(y, 5, 15)), y
        assert f"ஓய்வூதியர் தினம் {y}" in on(KU, "arivippu", d(y, 12, 17)), y
        assert "பொங்கல்" in on(KU, "arivippu", d(y, 1, 15)), y
        assert f"Casieria este închisă între 24 decembrie {y}" in on(CP, "program",
                                                                     d(y, 12, 28)), y
        if y < 2020:  # the pandemic's notices win in 2020
            assert f"Modello 730/{y}" in on(FP, "avviso", d(y, 6, 1)), y
            easter = orthodox_easter(y)
            assert f"Πάσχα {y}" in on(SS, "enimerosi", easter), y
            assert f"Paști {y}" in on(AP, "program", easter), y
            assert f"Πάσχα {y}" in on(KA, "orario", easter), y
            assert "Θερινό" in on(KA, "orario", d(y, 7, 1)), y
            assert "17:30" in on(KA, "orario", d(y, 11, 1)), y
            assert f"aprilie {y}" in on(CP, "program", general_meeting(y)), y
    assert f"entro il {iso(DEADLINE_730[2020]).day} settembre" in on(FP, "avviso", d(2020, 9, 1))
    assert "Κλειστές τράπεζες" in on(SS, "enimerosi", d(2015, 7, 6))
    for day, name in GREEK_VOTES:
        assert f"Εκλογές {name}" in on(SS, "enimerosi", iso(day)), day
    assert "#ΜένουμεΣπίτι" in on(SS, "enimerosi", orthodox_easter(2020))
    assert "stării de urgență" in on(AP, "program", orthodox_easter(2020))
    assert "κορωνοϊού" in on(KA, "orario", KA_CLOSED) and "κορωνοϊού" in on(KA, "orario",
                                                                            d(2020, 12, 1))
    assert "「令和」" in on(YS, "oshirase", d(2019, 4, 10))
    assert "緊急事態宣言" in on(YS, "oshirase", d(2020, 5, 1))
    assert "行事はすべて中止" in on(AC, "oshirase", d(2020, 4, 1))
    assert "செப்டம்பர் 30 வரை நீட்டிப்பு" in on(KU, "arivippu", d(2020, 8, 1))
    for day in ELECTION_DAYS:
        assert f"Nov. {iso(day).day}" in on(RB, "notice", iso(day)), day
    assert "check on a neighbor" in on(RB, "notice", d(2020, 4, 15))
    assert "Staying at home?" in on(ST, "helpline", d(2020, 5, 1))
    assert "Quota 100" in on(ED, "avviso", d(2019, 2, 1))
    assert "#iorestoacasa" in on(ED, "avviso", d(2020, 4, 1))
    assert "programare telefonică" in on(CP, "program", general_meeting(2020))
    assert changes(FP, "cinque-per-mille") == {d(y, m, dd) for y in range(2015, 2021)
                                               for m, dd in ((3, 15), (10, 31))}
    assert "5x1000" in on(FP, "cinque-per-mille", d(2018, 5, 1))
    assert "熱中症" in on(AC, "kenko", d(2019, 8, 1)) and "インフルエンザ" in on(AC, "kenko",
                                                                            d(2019, 1, 10))
    assert found(SS, "enimerosi", r"Πάσχα (\d{4})") == {str(y) for y in range(2015, 2020)}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LL, "byline", LL_REDESIGN, "By {author}", "Words:"),
        (LL, "scam", LL_COLD_CALLS, "bank details", "cold calls"),
        (LL, "notice", LL_OFFER, "first three issues", "letterbox"),
        (FP, "firma", FP_REDESIGN, "A cura", "{author}"),
        (FP, "sportello", FP_SPORTELLO, "su appuntamento", "patronato"),
        (FP, "avviso", FP_TESSERA, "lega più vicina", "Rinnova"),
        (FP, "licenza", FP_LICENZA, "diritti riservati", "Creative Commons"),
        (SS, "apopoiisi", SS_EFKA, "ταμείου", "e-ΕΦΚΑ"),
        (SS, "enimerosi", SS_NEWSLETTER, "Facebook", "newsletter"),
        (AP, "program", AP_SEDIU, "între orele", "marțea"),
        (YS, "sagi", YS_SAGI, "還付金", "キャッシュカード"),
        (YS, "oshirase", YS_OFFER, "ハガキ", "半額"),
        (YS, "denwa", YS_HOURS, "17時", "土日祝"),
        (KU, "arivippu", KU_SANTHA, "₹100", "₹150"),
        (KU, "kaappeedu", KU_NHIS, "₹150", "₹350"),
        (RB, "byline", RB_REDESIGN, "By {author}", "{author_beat}"),
        (RB, "notice", RB_DUES, "$20", "$25"),
        (ST, "donate", ST_ASK, "£10", "£12"),
        (ST, "standards", ST_REGULATOR, "Institute", "Fundraising Regulator"),
        (ED, "avviso", ED_PREZZO, "25 euro", "29 euro"),
        (KA, "eggrafi", KA_AMKA, "αστυνομική σας", "ΑΜΚΑ"),
        (AC, "sagi", AC_SAGI, "息子", "キャッシュカード"),
        (AC, "boshu", AC_BOSHU, "どなたでも", "見学")))
    assert_groups_reworded(SET, (
        (LL, "dated", " 20", "Updated "),
        (LL, "byline", "By ", "Words: "),
        (FP, "data", "Pubblicato: ", "2"),
        (SS, "imerominia", " - ", ", "),
        (YS, "date", ".", "年"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= LAST_ARTICLE_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if any(iso(start) < iso(later) <= FIRST_DAY for later, _ in table):
                continue  # replaced before the first article date
            text = on(domain, family, max(iso(start), FIRST_DAY))
            assert all(part in text for part in shown(value)), (domain, start, text)
    assert "£175.20" in on(LL, "pension-rates", d(2020, 6, 1))
    assert "new State Pension" not in on(LL, "pension-rates", d(2016, 4, 5))
    assert "new State Pension" in on(LL, "pension-rates", d(2016, 4, 6))
    assert "1.442 lei" in on(AP, "punct", d(2020, 10, 1))
    assert "1 iulie 2017" in on(AP, "punct", d(2018, 1, 1))
    assert "ஜூன் 2021 வரை" in on(KU, "akavilai", d(2020, 5, 1))
    assert "for 2016: 0.0%" in on(RB, "cola", d(2016, 6, 1))
    assert "2019年度" in on(YS, "nenkin", d(2019, 5, 1))
    assert "Εθνική σύνταξη" in on(SS, "elaxisti", d(2016, 6, 1))
    values = {m[1] for t in group_lines(SET, AP, "punct")
              if (m := re.search(r"pensie: ([\d.,]+) lei", norm(t)))}
    assert len(values) >= 3


def test_several_languages_and_scripts() -> None:
    greek, japanese, tamil = r"[\u0370-\u03ff]", r"[\u3040-\u30ff\u4e00-\u9fff]", r"[\u0b80-\u0bff]"
    assert_groups_in_script(SET, (
        (SS, "apopoiisi", greek), (SS, "diafimisi", greek), (KA, "iatreio", greek),
        (YS, "kokoku", japanese), (YS, "sagi", japanese), (AC, "kenko", japanese),
        (KU, "vilambaram", tamil), (KU, "akavilai", tamil),
        (AP, "atentie", r"[ăâîșț]"), (CP, "membri", r"[ăâîșț]"),
        (FP, "sportello", r"[àèéìòù]"), (ED, "pubblicita", r"[àèéìòù]")))
    dates = group_lines(SET, YS, "date")
    assert any("令和" in t for t in dates) and any("平成" in t for t in dates)
    assert any(re.fullmatch(r"\d{4}\.\d\d\.\d\d", t) for t in dates)
    thethi = group_lines(SET, KU, "thethi")
    assert any("கிழமை" in t for t in thethi) and any(re.fullmatch(r"[\d-]+", t) for t in thethi)
    assert any(re.search(r"\b(Sept|Oct|Nov|Dec|Jan|Feb|Aug)\. ", t)
               for t in group_lines(SET, RB, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LL}/dated", f"{LL}/byline", f"{LL}/also-like", f"{LL}/kicker",
                         f"{LL}/copyright", f"{LL}/checked", f"{FP}/data", f"{FP}/leggi",
                         f"{SS}/imerominia", f"{SS}/diavaste"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LL}/advice", f"{LL}/publisher", f"{LL}/copyright", f"{FP}/sede", f"{FP}/truffe",
        f"{SS}/copyright"))
    assert_carried_share(docs, LL, [
        ("dated", 0.85, 0.99), ("also-like", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("scam", 0.05, 0.3), ("notice", 0.15, 0.45), ("checked", 0.15, 0.45)])
    assert_carried_share(docs, FP, [("data", 0.75, 0.97), ("errata", 0.0, 0.12)])
    for fam in (f"{LL}/also-like", f"{LL}/advert", f"{SS}/diafimisi"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LL, "photo"), (FP, "allegato"), (SS, "pigi"), (KU, "arasanai"),
                               (ST, "see-also"), (KA, "iatreio")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LL, "correction", 16), (FP, "errata"), (SS, "diorthosi"), (AP, "erata"),
        (YS, "teisei"), (KU, "thiruththam", 6), (RB, "correction"), (ST, "update"),
        (ED, "errata"), (KA, "enimerosi"), (CP, "eroare")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LL}/also-like", "You might also like: "), (f"{FP}/leggi", "LEGGI ANCHE: "),
        (f"{SS}/diavaste", "Διαβάστε επίσης: "), (f"{AP}/citeste", "Citește și: "),
        (f"{YS}/kanren", "関連記事：")))
    shares = own_title_lines(group_docs(SET, ST), "/share")
    assert shares
    mostly([f"{norm(line)}|{norm(title)}" for title, line in shares],
           r"^Share this story: (.*)\|\1$")


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LL, "advert", "ADVERTISEMENT"), (SS, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"), (YS, "kokoku", "広告"),
        (KU, "vilambaram", "விளம்பரம்"), (ED, "pubblicita", "Pubblicità"),
        (KA, "anakoinosi", "Ανακοίνωση")))
    assert_group_values_from_pool(SET, (
        (LL, "kicker", "kicker"), (FP, "categoria", "categoria"), (SS, "katigoria", "katigoria"),
        (AP, "rubrica", "rubrica"), (YS, "category", "category"), (KU, "pirivu", "pirivu"),
        (ED, "rubrica", "rubrica")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LL, "advert", "ADVERTISEMENT"),
        (SS, "apopoiisi", "Οι πληροφορίες έχουν ενημερωτικό χαρακτήρα και δεν υποκαθιστούν την "
                          "απάντηση του e-ΕΦΚΑ."),
        (FP, "allegato", "📎 Scarica il documento completo (PDF)")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LL: (["advice", "publisher", "copyright"], 3),
        FP: (["sede", "licenza"], 2),
        SS: (["apopoiisi", "sxolia", "copyright"], 2),
        AP: (["program", "contact", "inregistrare"], 3),
        YS: (["denwa", "copyright"], 2),
        KU: (["thodarbu", "copyright"], 2),
        RB: (["newsletter", "address", "disclaimer", "copyright"], 2),
        ST: (["standards", "charity", "company"], 2),
        ED: (["testata", "copyright"], 2),
        KA: (["dimos", "epikoinonia"], 2),
        AC: (["jimukyoku", "jusho", "copyright"], 3),
        CP: (["legal", "contact"], 2)})


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
