"""The held-back-170 template set (`tests.bench.heldout_templates_170`): its localised dates
(printed day by day in English with ordinals, German, French with "1er", Italian, Dutch and
Japanese with the Heisei and Reiwa eras, several changing form on the day of a redesign),
the lines that turn every day, three times a week, every week, month and quarter (a
self-assessment countdown, "figures correct as of", a paper's issue, a bulletin's issue,
Dutch funding ratios, the next German tax due date, a client letter's edition, the average
Italian motor premium), the rates, allowances and prices that change over the years, the
calendars some notices follow (storms, the Ogden reviews, GDPR, IDD, Budgets, tax-year ends
and filing deadlines, auto-enrolment steps, DKM, the Rendez-vous de Septembre, Prinsjesdag,
Golden Week and New Year closures, the new era, Easter and Christmas office hours, CPD years
and exam bookings, the pandemic), the rewordings on their days, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import easter, nth_weekday
from tests.bench.heldout_templates_170 import (
    AD_FEE,
    AD_REDESIGN,
    AO_NEWSLETTER,
    AO_REDESIGN,
    AR_NEWSLETTER,
    AR_REDESIGN,
    AUTO_ENROLMENT,
    BANK_RATE,
    BBG_WEST,
    CH_NEWSLETTER,
    CH_REDESIGN,
    CL_CPD_QUIZ,
    CL_NEWSLETTERS,
    CL_REDESIGN,
    CMI_MODEL,
    DC_REDESIGN,
    DC_WEEKLY,
    DECLARATION,
    DKM,
    FIRST_DAY,
    FONDS_EUROS,
    GARANTIEZINS,
    GRUNDFREIBETRAG,
    HF_REDESIGN,
    HF_SATURDAYS,
    HK_DIGITAL,
    HK_PRICE,
    HK_REDESIGN,
    IPT,
    KH_REDESIGN,
    KH_XING,
    LAST_DAY,
    MONTE_CARLO,
    MP_DDA,
    MP_PFU,
    MP_REDESIGN,
    OGDEN,
    PASS,
    PB_NEWSLETTER,
    PB_REDESIGN,
    PN_MAPS,
    PN_REDESIGN,
    PN_WEEKLY,
    REIWA,
    SCADENZE_730,
    SHINKOKU_END,
    STANDARD_RATE,
    UK_BUDGETS,
    ad_issue,
    cl_awards_close,
    era,
    fr_day,
    funding_ratio,
    issue_number,
    next_tax_due,
    rc_quarter,
    sa_deadline,
    tax_due,
    tax_year,
    weekend_to_monday,
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

SET = "held-back-170"
SITES = ("Cover Ledger", "Debit & Credit", "Assekuranz-Report", "Le Courtier Hebdo",
         "PensioenBode", "保険経済新報", "Assicurare Oggi", "Pension Brief",
         "The Actuarial Digest", "Harlow & Finch", "Steuerkanzlei Hollweg & Partner",
         "Marceau Patrimoine")
CL, DC, AR, CH = ("coverledger.co.uk", "debitandcredit.co.uk", "assekuranz-report.de",
                  "courtierhebdo.fr")
PB, HK, AO, PN = ("pensioenbode.nl", "hokenkeizai.jp", "assicurareoggi.it",
                  "pensionbrief.co.uk")
AD, HF, KH, MP = ("actuarialdigest.org", "harlowfinch.co.uk", "kanzlei-hollweg.de",
                  "marceau-patrimoine.fr")

d = dt.date
one = dt.timedelta(days=1)
JAPANESE = r"[\u3040-\u30ff\u4e00-\u9fff]"

# The dates printed day by day (every one from the first day).
DAILY = ((CL, "dated"), (DC, "dated"), (AR, "datum"), (CH, "date"), (PB, "datum"),
         (HK, "hizuke"), (AO, "data"), (PN, "dated"), (AD, "dated"), (HF, "dated"),
         (KH, "datum"), (MP, "date"))
# The lines that name the day they are printed on.
EVERY_DAY = ((DC, "countdown"), (PN, "correct"))
# The notices that follow calendars.
BANNERS = ((CL, "bulletin"), (DC, "events"), (AR, "hinweis"), (CH, "newsletter"),
           (PB, "melding"), (HK, "oshirase"), (AO, "avviso"), (PN, "notice"), (AD, "cpd"),
           (HF, "hours"), (KH, "aktuell"), (MP, "calendrier"))
# Amounts in force from given days.
TABLES = ((AR, "garantiezins", GARANTIEZINS), (AR, "bbg", BBG_WEST),
          (CH, "fonds-euros", FONDS_EUROS), (CH, "pass", PASS), (HK, "yotei", STANDARD_RATE),
          (HK, "koudoku", HK_PRICE), (AD, "cmi", CMI_MODEL), (AD, "membership", AD_FEE),
          (HF, "ipt", IPT), (KH, "grundfreibetrag", GRUNDFREIBETRAG))
# Lines that turn on days of their own (a week's, a month's, a quarter's).
TURNING = ((CL, "rates"), (DC, "rates"), (PB, "dekkingsgraad"), (PB, "aow"), (HK, "gou"),
           (AO, "rcauto"), (PN, "allowances"), (AD, "issue"), (KH, "termin"), (KH, "ausgabe"),
           (KH, "frist"), (DC, "mtd"))

QUIET = d(2015, 2, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CL: "Register free for Cover Ledger's daily news alerts",
    DC: "Sign up for the Debit & Credit weekly technical update",
    AR: "Den Assekuranz-Report-Newsletter kostenlos bestellen",
    CH: "Recevez chaque lundi notre lettre d'information",
    PB: "Abonneer je op de gratis nieuwsbrief van PensioenBode",
    HK: "本紙の定期購読のお申し込みはこちらから",
    AO: "Iscriviti alla newsletter di Assicurare Oggi",
    PN: "Subscribe to the Pension Brief weekly email",
    AD: "Reading the Digest can count towards your CPD: record it in your CPD log.",
    HF: "Office hours: Mon–Fri 9am–5pm, Sat 9am–12pm",
    KH: "Aktuelle Steuernachrichten finden Sie auch in unserem Mandantenportal.",
    MP: "Suivez l'actualité du cabinet sur LinkedIn",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + TURNING + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 4, 6), d(2017, 6, 1), d(2018, 10, 1), d(2019, 5, 1),
        d(2020, 3, 19), d(2020, 11, 16), LAST_DAY))


def test_helpers() -> None:
    assert tax_year(d(2018, 4, 5)) == "2017/18" and tax_year(d(2018, 4, 6)) == "2018/19"
    assert tax_year(d(2020, 1, 31)) == "2019/20"
    assert fr_day(1) == "1er" and fr_day(21) == "21"
    assert sa_deadline(d(2019, 1, 31)) == d(2019, 1, 31)
    assert sa_deadline(d(2019, 2, 1)) == sa_deadline(d(2019, 12, 31)) == d(2020, 1, 31)
    assert weekend_to_monday(d(2016, 9, 10)) == d(2016, 9, 12)
    assert weekend_to_monday(d(2016, 9, 9)) == d(2016, 9, 9)
    assert tax_due(2016, 9) == d(2016, 9, 12) and tax_due(2017, 6) == d(2017, 6, 12)
    assert next_tax_due(d(2016, 9, 12)) == d(2016, 9, 12)
    assert next_tax_due(d(2016, 9, 13)) == d(2016, 10, 10)
    assert next_tax_due(d(2019, 12, 11)) == d(2020, 1, 10)
    assert era(d(2017, 4, 1)) == "平成29年" and era(d(2019, 4, 30)) == "平成31年"
    assert era(REIWA) == "令和元年" and era(d(2020, 1, 1)) == "令和2年"
    assert issue_number(d(2015, 1, 2)) == 9801 and issue_number(d(2015, 1, 4)) == 9801
    assert issue_number(d(2015, 1, 5)) == 9802 and issue_number(d(2015, 1, 7)) == 9803
    assert issue_number(d(2015, 1, 9)) == 9804
    assert ad_issue(d(2015, 1, 7)) == 212 and ad_issue(d(2015, 1, 8)) == 213
    assert rc_quarter(d(2016, 2, 14)) == (2015, 3) and rc_quarter(d(2016, 2, 15)) == (2015, 4)
    assert rc_quarter(d(2016, 5, 15)) == (2016, 1) and rc_quarter(d(2016, 12, 1)) == (2016, 3)
    assert [cl_awards_close(y) for y in (2016, 2019)] == [d(2016, 4, 29), d(2019, 4, 26)]
    assert 85 < funding_ratio(2020, 3) < 93 < funding_ratio(2017, 12)


def test_localised_dates_and_times() -> None:
    old, new, first = d(2016, 3, 5), d(2020, 6, 19), d(2020, 6, 1)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CL, "dated", old, "05 Mar 2016")
    full(CL, "dated", new, rf"Friday, 19 June 2020 · {clock}")
    full(CL, "rates", new, r"Key rates: Bank Rate 0\.1% · IPT 12% · Ogden discount rate "
                           r"-0\.25%")
    full(DC, "dated", old, "Posted: 05/03/2016")
    full(DC, "dated", new, r"Friday 19th June 2020 · \d+ min read")
    full(DC, "dated", first, r"Monday 1st June 2020 · \d+ min read")
    full(DC, "countdown", new, r"⏰ 226 days to the 31 January 2021 self-assessment deadline "
                               r"\(2019/20 returns\)")
    full(DC, "countdown", d(2020, 1, 30), r"⏰ 1 day to the 31 January 2020 self-assessment "
                                          r"deadline \(2018/19 returns\)")
    full(DC, "countdown", d(2020, 1, 31), r"⏰ Self-assessment deadline today: file 2018/19 "
                                          r"returns by midnight")
    full(AR, "datum", old, r"Veröffentlicht am 05\.03\.2016")
    full(AR, "datum", new, rf"19\.06\.2020 · {clock} Uhr · Lesezeit \d+ Min\.")
    full(CH, "date", d(2016, 3, 1), "Publié le 1er mars 2016")
    full(CH, "date", first, rf"Lundi 1er juin 2020 · {clock}")
    full(CH, "date", new, rf"Vendredi 19 juin 2020 · {clock}")
    full(PB, "datum", old, "5 maart 2016")
    full(PB, "datum", new, rf"Gepubliceerd op vrijdag 19 juni 2020 om {clock}")
    full(PB, "dekkingsgraad", new, r"Gemiddelde dekkingsgraad pensioenfondsen eind mei 2020: "
                                   r"\d\d,\d%")
    full(HK, "hizuke", old, "2016/03/05")
    full(HK, "hizuke", d(2019, 4, 30), "2019年（平成31年）4月30日（火）")
    full(HK, "hizuke", REIWA, "2019年（令和元年）5月1日（水）")
    full(HK, "hizuke", new, "2020年（令和2年）6月19日（金）")
    full(HK, "gou", new, r"本紙掲載号：第10,\d\d\d号")
    full(AO, "data", old, "05/03/2016")
    full(AO, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(AO, "rcauto", new, r"Premio medio RC auto: \d\d\d euro \(1° trimestre 2020, "
                            r"rilevazione IVASS\)")
    full(PN, "dated", old, "5/3/2016")
    full(PN, "dated", new, "Friday 19 June 2020")
    full(PN, "correct", new, r"Figures correct as of 19 June 2020; rates and allowances can "
                             r"change\.")
    full(AD, "dated", old, "Posted on 5 March 2016")
    full(AD, "dated", new, "2020-06-19")
    full(AD, "issue", new, r"Issue 497 · week 25, 2020")
    full(HF, "dated", old, r"Posted on March 5, 2016 by Ada Brook")
    full(HF, "dated", new, "19 June 2020")
    full(KH, "datum", old, r"Stand: 05\.03\.2016")
    full(KH, "datum", new, r"Beitrag vom 19\. Juni 2020")
    full(KH, "termin", new, r"Nächster Steuertermin: Freitag, 10\.07\.2020 \(Umsatzsteuer, "
                            r"Lohnsteuer\)")
    full(KH, "termin", d(2020, 6, 5), r"Nächster Steuertermin: Mittwoch, 10\.06\.2020 "
                                      r"\(Umsatzsteuer, Lohnsteuer, Einkommen- und "
                                      r"Körperschaftsteuer-Vorauszahlung\)")
    full(KH, "ausgabe", new, "Mandanten-Rundschreiben Juni 2020")
    full(MP, "date", old, "Article du 05/03/2016")
    full(MP, "date", first, "Mis en ligne le 1er juin 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("·" in on(CL, "dated", day)) == (day >= CL_REDESIGN)
        assert on(DC, "dated", day).startswith("Posted") == (day < DC_REDESIGN)
        assert on(AR, "datum", day).startswith("Veröffentlicht") == (day < AR_REDESIGN)
        assert on(CH, "date", day).startswith("Publié") == (day < CH_REDESIGN)
        assert on(PB, "datum", day).startswith("Gepubliceerd") == (day >= PB_REDESIGN)
        assert ("/" in on(HK, "hizuke", day)) == (day < HK_REDESIGN)
        assert ("令和" in on(HK, "hizuke", day)) == (day >= REIWA)
        assert ("ore" in on(AO, "data", day)) == (day >= AO_REDESIGN)
        assert ("/" in on(PN, "dated", day)) == (day < PN_REDESIGN)
        assert on(AD, "dated", day).startswith("Posted") == (day < AD_REDESIGN)
        assert ("{author}" in on(HF, "dated", day)) == (day < HF_REDESIGN)
        assert on(KH, "datum", day).startswith("Stand") == (day < KH_REDESIGN)
        assert on(MP, "date", day).startswith("Article du") == (day < MP_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_month_and_quarter() -> None:
    for day in every_day():
        countdown = on(DC, "countdown", day)
        left = (sa_deadline(day) - day).days
        assert (f"⏰ {left} day" in countdown) if left else ("today" in countdown), day
        assert f"{day.day} {day:%B} {day.year}" in on(PN, "correct", day)
    issues = changes(HK, "gou")
    assert len(issues) >= 930 and {day.weekday() for day in issues} == {0, 2, 4}
    weekly = changes(AD, "issue")
    assert len(weekly) >= 310 and {day.weekday() for day in weekly} == {3}
    assert changes(PB, "dekkingsgraad") == {d(y, m, 15) for y in range(2015, 2021)
                                            for m in range(1, 13)}
    assert changes(AO, "rcauto") == {d(y, m, 15) for y in range(2015, 2021)
                                     for m in (2, 5, 8, 11)}
    assert changes(KH, "termin") == {tax_due(y, m) + one for y in range(2015, 2021)
                                     for m in range(1, 13)}
    assert changes(KH, "ausgabe") == {d(y, m, 1) for y in range(2015, 2021)
                                      for m in range(1, 13)} - {FIRST_DAY}
    ratios = [float(m[1].replace(",", ".")) for t in group_lines(SET, PB, "dekkingsgraad")
              if (m := re.search(r": (\d+,\d)%", norm(t)))]
    assert ratios and all(80 <= r <= 120 for r in ratios) and len(set(ratios)) >= 5
    premiums = {m[1] for t in group_lines(SET, AO, "rcauto")
                if (m := re.search(r"auto: (\d+) euro", norm(t)))}
    assert len(premiums) >= 3


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2020):
        assert f"Claims Awards {y}: entries close on" in on(CL, "bulletin", cl_awards_close(y))
    assert "Storm Desmond" in on(CL, "bulletin", d(2015, 12, 10))
    assert "-0.75%" in on(CL, "bulletin", d(2017, 3, 20))
    assert "-0.25%" in on(CL, "bulletin", d(2019, 8, 5))
    assert "GDPR" in on(CL, "bulletin", d(2018, 5, 25))
    assert "IDD applies" in on(CL, "bulletin", d(2018, 9, 30))
    assert "test case" in on(CL, "bulletin", d(2020, 9, 15))
    assert "Supreme Court" in on(CL, "bulletin", d(2020, 11, 18))
    for day, name in UK_BUDGETS.items():
        assert name in on(DC, "events", iso(day)), day
        assert name in on(PN, "notice", iso(day)), day
    assert "furlough" in on(DC, "events", d(2020, 5, 1))
    for y, (first, last) in DKM.items():
        assert f"DKM {y}" in on(AR, "hinweis", iso(first)) and f"DKM {y}" in on(
            AR, "hinweis", iso(last)), y
    assert "digital" in on(AR, "hinweis", d(2020, 10, 27))
    assert "IDD ab 23. Februar" in on(AR, "hinweis", AR_REDESIGN)
    assert "Friederike" in on(AR, "hinweis", d(2018, 1, 20))
    for y, first in MONTE_CARLO.items():
        assert f"Rendez-vous de Septembre {y}" in on(CH, "newsletter", iso(first)), y
    assert found(CH, "newsletter", r"Septembre (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "Loi Pacte" in on(CH, "newsletter", CH_REDESIGN)
    assert "Irma" in on(CH, "newsletter", d(2017, 9, 20))
    assert "1er décembre 2020" in on(CH, "newsletter", d(2020, 11, 20))
    for y in range(2015, 2021):
        assert f"Prinsjesdag {y}" in on(PB, "melding", nth_weekday(y, 9, 1, 3)), y
        assert f"{y}年12月29日" in on(HK, "oshirase", d(y, 12, 29)), y
        assert f"{y}年12月29日" in on(HK, "oshirase", d(y + 1, 1, 4)), y
        end = iso(SHINKOKU_END[y])
        assert f"{end.month}月{end.day}日まで" in on(HK, "oshirase", end), y
        assert f"Dichiarazione 730/{y}" in on(AO, "avviso", iso(SCADENZE_730[y])), y
        assert f"Self-assessment deadline 31 January {y}" in on(PN, "notice", d(y, 1, 31))
        assert f"31 August {y}" in on(AD, "cpd", d(y, 8, 31)), y
        assert f"April {y} exams" in on(AD, "cpd", d(y, 1, 31)), y
        assert f"September {y} exams" in on(AD, "cpd", d(y, 7, 15)), y
        assert f"Christmas {y}" in on(HF, "hours", d(y, 12, 24)), y
        assert f"24.12.{y}" in on(KH, "aktuell", d(y, 12, 24)), y
        assert f"Déclaration de revenus {y}" in on(MP, "calendrier", iso(DECLARATION[y]))
        assert f"{'PER' if y >= 2019 else 'PERP'} :" in on(MP, "calendrier", d(y, 12, 5))
        if y < 2020:
            assert f"{y}年5月3日" in on(HK, "oshirase", d(y, 5, 3)), y
            assert f"Easter {y}" in on(HF, "hours", easter(y) - 2 * one), y
    assert "4月16日まで" in on(HK, "oshirase", d(2020, 4, 1))
    assert "令和" in on(HK, "oshirase", d(2019, 4, 10))
    assert "IDD in vigore" in on(AO, "avviso", AO_REDESIGN)
    assert "Covid-19" in on(AO, "avviso", d(2020, 4, 1))
    assert "2015/16 tax year" in on(PN, "notice", d(2016, 4, 5))
    assert "2017/18 tax year" in on(PN, "notice", d(2018, 3, 16))
    for y, rate in AUTO_ENROLMENT.items():
        assert f"rise to {rate} on 6 April {y}" in on(PN, "notice", d(y, 4, 6)), y
    assert "Pension freedoms" in on(PN, "notice", d(2015, 4, 6))
    assert "online" in on(AD, "cpd", d(2020, 4, 1))
    assert "working from home" in on(HF, "hours", d(2020, 4, 10))
    assert "Soforthilfen" in on(KH, "aktuell", d(2020, 4, 1))
    assert "16 %" in on(KH, "aktuell", d(2020, 7, 1))
    assert "Seit 1. Januar 2021" in on(KH, "aktuell", LAST_DAY)
    assert "Prélèvement à la source" in on(MP, "calendrier", d(2019, 1, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CL, "byline", CL_REDESIGN, "By {author}", "{author_beat}"),
        (CL, "access", CL_REDESIGN, "Premium article", "🔒"),
        (CL, "cpd", CL_CPD_QUIZ, "unstructured", "three questions"),
        (CL, "bulletin", CL_NEWSLETTERS, "Register free for", "Pick your newsletters"),
        (DC, "byline", DC_REDESIGN, "by {author}", "Written by"),
        (DC, "cpd", DC_REDESIGN, "verifiable", "{read_min}"),
        (DC, "mtd", d(2017, 7, 13), "April 2018", "1 April 2019"),
        (DC, "mtd", d(2020, 7, 21), "is live", "April 2022"),
        (DC, "events", DC_WEEKLY, "weekly technical update", "Every Monday"),
        (AR, "autor", AR_REDESIGN, "von {author}", "Autor:"),
        (AR, "hinweis", AR_NEWSLETTER, "kostenlos bestellen", "Montag bis Freitag"),
        (CH, "auteur", CH_REDESIGN, "Par {author}", "| Le Courtier Hebdo"),
        (CH, "newsletter", CH_NEWSLETTER, "chaque lundi", "Chaque matin"),
        (PB, "door", PB_REDESIGN, "Door {author}", "leestijd"),
        (PB, "melding", PB_NEWSLETTER, "gratis nieuwsbrief", "Elke werkdag"),
        (HK, "oshirase", HK_DIGITAL, "定期購読", "電子版"),
        (AO, "autore", AO_REDESIGN, "di {author}", "Redazione"),
        (AO, "avviso", AO_NEWSLETTER, "Iscriviti alla", "Ogni mattina"),
        (PN, "not-advice", PN_MAPS, "Pension Wise", "Money and Pensions Service"),
        (PN, "notice", PN_WEEKLY, "weekly email", "every Friday"),
        (HF, "fca", HF_REDESIGN, "trading name", "Firm Reference Number"),
        (HF, "hours", HF_SATURDAYS, "Sat 9am", "Monday to Friday"),
        (KH, "aktuell", KH_XING, "Mandantenportal", "XING"),
        (MP, "fiscalite", MP_PFU, "4 600", "prélèvement forfaitaire unique"),
        (MP, "reclamation", MP_DDA, "adresse du cabinet", "médiateur")))
    assert_groups_reworded(SET, (
        (CL, "byline", "By ", " | "),
        (DC, "dated", "Posted: ", "min read"),
        (AR, "datum", "Veröffentlicht am", "Lesezeit"),
        (HK, "hizuke", "/", "令和"),
        (HF, "fca", "trading name", "Firm Reference Number"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for i, (start, value) in enumerate(table):
            if i + 1 < len(table) and iso(table[i + 1][0]) <= FIRST_DAY:
                continue  # superseded before the first day
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    rate_days = {iso(start) for table in (IPT, OGDEN, BANK_RATE) for start, _ in table
                 if iso(start) > FIRST_DAY}
    assert changes(CL, "rates") == rate_days
    assert "Bank Rate 0.25% · IPT 10% · Ogden discount rate 2.5%" in on(CL, "rates",
                                                                         d(2016, 12, 1))
    assert changes(DC, "rates") == {d(y, 4, 6) for y in range(2015, 2021)} | {
        d(2015, 4, 1), d(2016, 4, 1), d(2017, 4, 1)}
    assert "£11,850 · VAT threshold £85,000 · corporation tax 19%" in on(DC, "rates",
                                                                        d(2018, 5, 1))
    assert changes(PN, "allowances") == {d(y, 4, 6) for y in range(2015, 2021)}
    assert "Basic State Pension £115.95" in on(PN, "allowances", d(2016, 4, 5))
    assert "New State Pension £155.65" in on(PN, "allowances", d(2016, 4, 6))
    assert changes(PB, "aow") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "66 jaar en 4 maanden" in on(PB, "aow", d(2020, 6, 1))
    assert changes(KH, "frist") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "31. Juli 2019" in on(KH, "frist", d(2019, 3, 1))
    assert "31. Mai 2018" in on(KH, "frist", d(2018, 3, 1))
    assert "3,300円" in on(HK, "koudoku", d(2019, 10, 1))
    assert "3,240円" in on(HK, "koudoku", d(2019, 9, 30))
    rates = {m[1] for t in group_lines(SET, CL, "rates")
             if (m := re.search(r"IPT ([\d.]+%)", norm(t)))}
    assert len(rates) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (HK, "tensai", JAPANESE), (HK, "oshirase", JAPANESE), (HK, "hizuke", r"\d"),
        (AR, "keine-beratung", r"[äöüß]"), (KH, "hinweis", r"[äöüß]"),
        (CH, "droits", r"[éèàùç]"), (MP, "risque", r"[éèàù]"), (AO, "pubblicita", r"[àèéìòù]"),
        (PB, "disclaimer", r"ontleend")))
    assert any("令和" in t for t in group_lines(SET, HK, "hizuke"))
    assert any("平成" in t for t in group_lines(SET, HK, "hizuke"))
    assert any(re.search(r"\d(st|nd|rd|th) ", t) for t in group_lines(SET, DC, "dated"))
    assert any("\u00a0€" in t for t in group_lines(SET, CH, "pass"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CL}/dated", f"{CL}/byline", f"{CL}/read-more", f"{CL}/kicker",
                         f"{CL}/copyright", f"{DC}/dated", f"{DC}/countdown", f"{DC}/topic",
                         f"{DC}/related", f"{AR}/datum", f"{AR}/rubrik", f"{CH}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CL}/publisher", f"{CL}/copyright", f"{CL}/cpd", f"{DC}/not-advice",
        f"{AR}/keine-beratung", f"{CH}/droits"))
    assert_carried_share(docs, CL, [
        ("dated", 0.8, 0.98), ("read-more", 0.5, 0.8), ("clarification", 0.0, 0.1),
        ("rates", 0.08, 0.35), ("bulletin", 0.15, 0.5), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, DC, [("countdown", 0.1, 0.45), ("dated", 0.75, 1.0)])
    for fam in (f"{CL}/read-more", f"{CL}/advert", f"{AR}/anzeige", f"{CH}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CL, "kicker"), (DC, "related"), (AR, "quelle"),
                               (HK, "kanren"), (AO, "leggi"), (PB, "lees-ook"), (MP, "rdv")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CL, "clarification", 16), (DC, "correction"), (AR, "korrektur"), (CH, "erratum"),
        (PB, "rectificatie"), (HK, "teisei"), (AO, "errata"), (PN, "correction"),
        (AD, "erratum"), (HF, "correction"), (KH, "korrektur"), (MP, "mise-a-jour")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CL}/read-more", "READ MORE: "), (f"{DC}/related", "Related: "),
        (f"{AR}/mehr", "Mehr zum Thema: "), (f"{CH}/sujet", "Sur le même sujet : "),
        (f"{PB}/lees-ook", "Lees ook: "), (f"{HK}/kanren", "関連記事：")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CL, "advert", "ADVERTISEMENT"), (AR, "anzeige", "Anzeige"),
        (CH, "publicite", "Publicité"), (PB, "advertentie", "Advertentie"),
        (HK, "kokoku", "広告"), (AO, "pubblicita", "Pubblicità"),
        (HF, "share", "Share this post")))
    assert_group_values_from_pool(SET, (
        (CL, "kicker", "kicker"), (DC, "topic", "topic"), (AR, "rubrik", "rubrik"),
        (CH, "rubrique", "rubrique"), (PB, "categorie", "categorie"),
        (AO, "sezione", "sezione")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CL, "advert", "ADVERTISEMENT"),
        (DC, "not-advice", "This article is general information, not professional advice. "
                           "Always check the latest HMRC guidance before acting."),
        (AR, "anzeige", "Anzeige"),
        (HK, "tensai", "記事・写真・図表の無断転載を禁じます。")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CL: (["publisher", "copyright"], 2),
        AR: (["impressum", "copyright"], 2),
        CH: (["droits", "copyright"], 2),
        PB: (["disclaimer", "copyright"], 2),
        HK: (["tensai", "copyright"], 2),
        AO: (["testata", "direttore", "editore", "copyright"], 3),
        PN: (["past-performance", "not-advice"], 2),
        AD: (["views", "membership", "copyright"], 2),
        HF: (["complaints", "fca", "company"], 2),
        KH: (["hinweis", "kontakt", "berufsrecht"], 2),
        MP: (["risque", "reclamation", "orias", "copyright"], 2)})


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
