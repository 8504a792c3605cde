"""The held-back-165 template set (`tests.bench.heldout_templates_165`): its localised dates
(printed day by day in British and American English, German, French, Swedish, Romanian,
Tagalog and Malay, several changing form on the day of a redesign), the "apply by" and
closing-date lines worded from the day of the post, the lines that turn every day, week and
month (open jobs, the euro rate on working days, jobless claims each Thursday, an average
advertised salary, a district's unemployment rate), the calendars some notices follow
(January job hunting, results days, apprenticeship starts, summer jobs, open enrollment, job
fairs, disability employment week, Ramadan and Hari Raya, Chinese New Year, Merdeka,
Christmas closures, American holidays, the overtime rules, the pandemic), the minimum wages,
ceilings and limits that change over the years, the lines in several languages, the
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

from tests.bench.heldout_calendar import ordinal
from tests.bench.heldout_templates_165 import (
    AKASSA,
    ARAW,
    BULAN,
    BUWAN,
    CL_ALERT,
    CL_CV,
    CL_REDESIGN,
    CNY,
    CONFERENCES,
    FIRST_DAY,
    GAJI_MINIMUM,
    HARI,
    IA_REDESIGN,
    IE_WAGE,
    JA_CV,
    JA_REDESIGN,
    JC_REDESIGN,
    JS_GDPR,
    JS_REDESIGN,
    JW_ALARM,
    JW_CV,
    JW_RELAUNCH,
    KK_REDESIGN,
    KK_TELEGRAM,
    KR_REDESIGN,
    KR_REOPEN,
    LAST_DAY,
    LR_REDESIGN,
    MINDESTLOHN,
    MOIS,
    MONTHS,
    NCR_WAGE,
    PASS,
    PAYROLL,
    POSTING,
    RAMADAN,
    REGELBEDARF,
    RESULTS_DAYS,
    RM_NEWSLETTER,
    RM_REDESIGN,
    SALARIUL_MINIM,
    SMIC,
    TN_REDESIGN,
    TN_VIBER,
    UK_WAGE,
    WL_NEWSLETTER,
    WL_REDESIGN,
    ZILE,
    blue_monday,
    bursa,
    closures,
    decimal_comma,
    disability_week,
    jobmesse,
    release_day,
    thousands,
    thursday_of,
    working_day,
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
    wording_on,
)

SET = "held-back-165"
SITES = ("CareerLane", "Workforce Ledger", "Jobwerk", "RH Matin", "Jobbspanaren", "Joburi Azi",
         "Trabaho Ngayon", "Kerjaya Kini", "Intérim Atout", "Lanigan Recruitment",
         "Jobcenter Kreis Wettertal", "Kettle River Works")
CL, WL, JW, RM = "careerlane.co.uk", "workforceledger.com", "jobwerk.de", "rhmatin.fr"
JS, JA, TN, KK = ("jobbspanaren.se", "joburiazi.ro", "trabahongayon.com.ph",
                  "kerjayakini.com.my")
IA, LR, JC, KR = ("interimatout.fr", "laniganrecruitment.ie", "jobcenter-wettertal.de",
                  "kettleriverworks.org")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CL, "dated"), (WL, "dated"), (JW, "datum"), (RM, "date"), (JS, "datum"),
         (JA, "data"), (TN, "petsa"), (KK, "tarikh"), (IA, "date"), (LR, "posted"),
         (JC, "datum"), (KR, "dated"))
# The apply-by and closing days, worded from the day of the post: (family, days after).
APPLY_BY = ((TN, "huling-araw", 15), (KK, "tutup", 21), (IA, "postulez", 10),
            (LR, "closing", 14), (KR, "apply", 10))
# The notices that follow calendars.
BANNERS = ((CL, "alert"), (WL, "newsletter"), (JW, "jobalarm"), (RM, "newsletter"),
           (JS, "bevakning"), (JA, "alerte"), (TN, "abiso"), (KK, "saluran"), (IA, "bandeau"),
           (LR, "notice"), (JC, "hinweis"), (KR, "hours"))
# Amounts in force from given days.
TABLES = ((CL, "wage", UK_WAGE), (WL, "payroll", PAYROLL), (WL, "posting", POSTING),
          (JW, "mindestlohn", MINDESTLOHN), (RM, "pass", PASS), (JS, "akassa", AKASSA),
          (JA, "salariu", SALARIUL_MINIM), (TN, "sahod", NCR_WAGE), (KK, "gaji", GAJI_MINIMUM),
          (IA, "smic", SMIC), (LR, "wage", IE_WAGE), (JC, "regelbedarf", REGELBEDARF))
# The lines that turn by day, week or month.
TURNING = ((JS, "just-nu"), (JA, "curs"), (WL, "claims"), (CL, "salary"), (JC, "quote"))

QUIET = d(2015, 9, 22)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CL: "Create a free job alert and get new jobs by email",
    WL: "Get Workforce Ledger's HR Daily in your inbox",
    JW: "Jobs per E-Mail: Jetzt kostenlosen Job-Alarm einrichten",
    RM: "Inscrivez-vous à la newsletter quotidienne de RH Matin",
    JS: "Skapa en jobbevakning och få nya jobb direkt i mejlen",
    JA: "Primește joburi noi pe e-mail: activează alertele Joburi Azi",
    TN: "I-like ang aming Facebook page para sa pinakabagong job openings",
    KK: "Ikuti Kerjaya Kini di Facebook untuk kerja kosong terkini",
    IA: "Retrouvez toutes nos offres sur l'appli Intérim Atout",
    LR: "Follow us on LinkedIn for the latest roles",
    JC: "Termine vereinbaren Sie bequem online oder telefonisch.",
    KR: "Visit a job center Monday to Friday, 8 a.m. to 4:30 p.m.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS + TURNING + tuple(
        (domain, family) for domain, family, _ in APPLY_BY) + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 8, 17), d(2018, 4, 6), d(2019, 10, 21),
        d(2020, 3, 28), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert working_day(d(2019, 6, 23)) == working_day(d(2019, 6, 21)) == d(2019, 6, 21)
    assert working_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert thursday_of(d(2020, 3, 28)) == thursday_of(d(2020, 3, 26)) == d(2020, 3, 26)
    assert blue_monday(2019) == d(2019, 1, 21) and bursa(2019) == d(2019, 4, 26)
    assert jobmesse(2019) == d(2019, 3, 9) and disability_week(2019) == d(2019, 11, 18)
    assert release_day(2020, 3) == d(2020, 3, 26)
    assert all(iso(day).weekday() == 3 for day in RESULTS_DAYS)
    assert (d(2016, 12, 26), "Christmas") in closures(2016)
    assert (d(2020, 7, 3), "Independence Day") in closures(2020)
    assert thousands(41203, " ") == "41 203" and decimal_comma(4.5, 2) == "4,50"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CL, "dated", old, "Last updated: 5 Mar 2016")
    full(CL, "dated", new, r"Updated Fri 19 June 2020 · \d+ min read")
    full(CL, "salary", new, r"Average advertised salary on CareerLane, May 2020: £[\d,]+ "
                            r"\([+-]\d+\.\d% year on year\)")
    full(WL, "dated", old, "March 5, 2016")
    full(WL, "dated", new, rf"Published June 19, 2020 · Updated {clock12} ET")
    full(WL, "dated", d(2019, 9, 3), rf"Published Sept\. 3, 2019 · Updated {clock12} ET")
    full(WL, "claims", new, r"Initial jobless claims: [\d,]+,000 in the week ending June 13, "
                            r"2020 \(seasonally adjusted\)")
    full(JW, "datum", old, r"05\.03\.2016")
    full(JW, "datum", new, r"Aktualisiert am 19\. Juni 2020 · Lesezeit \d+ Min\.")
    full(RM, "date", old, "5 mars 2016")
    full(RM, "date", new, rf"Publié le vendredi 19 juin 2020 à {clock}")
    full(JS, "datum", old, "5 mars 2016")
    full(JS, "datum", new, rf"Publicerad 19 juni 2020 kl\. {clock}")
    full(JS, "just-nu", new, r"Just nu: \d\d \d\d\d lediga jobb på Jobbspanaren")
    full(JA, "data", old, rf"05\.03\.2016, {clock}")
    full(JA, "data", new, "vineri, 19 iunie 2020")
    full(JA, "curs", old, r"Curs BNR 04\.03\.2016: 1 EUR = 4,\d{4} lei")
    full(TN, "petsa", old, "Marso 5, 2016")
    full(TN, "petsa", new, rf"Biyernes, Hunyo 19, 2020 \| {clock12}")
    full(TN, "huling-araw", new, "Huling araw ng pag-apply: Hulyo 4, 2020")
    full(KK, "tarikh", old, "5 Mac 2016")
    full(KK, "tarikh", new, rf"Jumaat, 19 Jun 2020 \| {clock12}")
    full(KK, "tutup", new, "Tarikh tutup permohonan: 10 Julai 2020")
    full(IA, "date", old, "Actualité du 05/03/2016")
    full(IA, "date", new, "Publiée le 19 juin 2020")
    full(IA, "postulez", new, "Postulez avant le 29 juin 2020")
    full(LR, "posted", old, "Posted on 5th March 2016")
    full(LR, "posted", new, "Posted 19 Jun 2020")
    full(LR, "closing", new, "Closing date: 3rd July 2020")
    full(JC, "datum", old, r"Wettenau, 05\.03\.2016")
    full(JC, "datum", new, r"Pressemitteilung vom 19\. Juni 2020")
    full(JC, "quote", new, r"Arbeitslosenquote im Mai 2020: \d,\d Prozent")
    full(KR, "dated", old, "Posted on March 5, 2016")
    full(KR, "dated", new, "Friday, June 19, 2020")
    full(KR, "apply", new, "Apply by June 29, 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    keys = DAILY + tuple((domain, family) for domain, family, _ in APPLY_BY)
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in keys}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        assert on(CL, "dated", day).startswith("Updated") == (day >= CL_REDESIGN)
        assert on(WL, "dated", day).startswith("Published") == (day >= WL_REDESIGN)
        assert on(JW, "datum", day).startswith("Aktualisiert") == (day >= JW_RELAUNCH)
        assert on(RM, "date", day).startswith("Publié") == (day >= RM_REDESIGN)
        assert on(JS, "datum", day).startswith("Publicerad") == (day >= JS_REDESIGN)
        assert on(JA, "data", day).startswith(ZILE[wd]) == (day >= JA_REDESIGN)
        assert on(TN, "petsa", day).startswith(ARAW[wd]) == (day >= TN_REDESIGN)
        assert on(KK, "tarikh", day).startswith(HARI[wd]) == (day >= KK_REDESIGN)
        assert on(IA, "date", day).startswith("Publiée") == (day >= IA_REDESIGN)
        assert on(LR, "posted", day).startswith("Posted on") == (day < LR_REDESIGN)
        assert on(JC, "datum", day).startswith("Pressemitteilung") == (day >= JC_REDESIGN)
        assert on(KR, "dated", day).startswith("Posted on") == (day < KR_REDESIGN)
        last = {days: day + days * one for days in (10, 14, 15, 21)}
        assert on(TN, "huling-araw", day).endswith(
            f"{BUWAN[last[15].month - 1]} {last[15].day}, {last[15].year}")
        assert on(KK, "tutup", day).endswith(
            f"{last[21].day} {BULAN[last[21].month - 1]} {last[21].year}")
        assert on(IA, "postulez", day).endswith(
            f"{last[10].day} {MOIS[last[10].month - 1]} {last[10].year}")
        assert on(LR, "closing", day).endswith(
            f"{ordinal(last[14].day)} {MONTHS[last[14].month - 1]} {last[14].year}")
        assert on(KR, "apply", day).endswith(
            f"{MONTHS[last[10].month - 1]} {last[10].day}, {last[10].year}")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4] + (APPLY_BY[3][:2],):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    days = every_day()
    assert len(changes(JS, "just-nu")) >= 0.95 * len(days)
    assert changes(JA, "curs") == {day for day in days if day.weekday() < 5 and day > FIRST_DAY}
    weekly = changes(WL, "claims")
    assert len(weekly) >= 300 and all(day.weekday() == 3 for day in weekly)
    monthly = changes(CL, "salary")
    assert len(monthly) >= 70 and all(day.day == 6 for day in monthly)
    assert changes(JC, "quote") == {release_day(y, m) for y in range(2015, 2021)
                                    for m in range(1, 13)}
    spike = int(re.search(r"claims: ([\d,]+) ", on(WL, "claims", d(2020, 4, 2)))[1]
                .replace(",", ""))
    calm = int(re.search(r"claims: ([\d,]+) ", on(WL, "claims", d(2019, 4, 4)))[1]
               .replace(",", ""))
    assert spike > 6_000_000 and 180_000 < calm < 260_000
    rates = [float(m[1].replace(",", ".")) for t in group_lines(SET, JA, "curs")
             if (m := re.search(r"= (4,\d{4}) lei", norm(t)))]
    assert rates and all(4.4 <= r <= 4.9 for r in rates)
    for day in (d(2016, 3, 5), d(2016, 3, 6)):  # the weekend shows Friday's fixing
        assert "Curs BNR 04.03.2016" in on(JA, "curs", day)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day in RESULTS_DAYS:
        assert f"A-level results day {day[:4]}" in on(CL, "alert", iso(day)), day
    for y in range(2015, 2021):
        assert f"start your {y} search" in on(CL, "alert", blue_monday(y)), y
        assert f"Open enrollment {y}" in on(WL, "newsletter", d(y, 11, 15)), y
        assert f"Ausbildungsstart {y}" in on(JW, "jobalarm", d(y, 8, 1)), y
        assert f"Jobwechsel {y + 1}" in on(JW, "jobalarm", d(y, 12, 31)), y
        assert f"Sommarjobb {y}" in on(JS, "bevakning", d(y, 3, 1)), y
        assert "God jul" in on(JS, "bevakning", d(y, 12, 24)), y
        assert "Pasko" in on(TN, "abiso", d(y, 12, 20)), y
        assert f"Semaine pour l'emploi des personnes handicapées {y}" in on(
            IA, "bandeau", disability_week(y)), y
        assert "reopen on Monday" in on(LR, "notice", d(y, 12, 20)), y
        assert f"ke-{y - 1957}" in on(KK, "saluran", d(y, 8, 31)), y
        assert f"Tahun Baru Cina {y}" in on(KK, "saluran", iso(CNY[y])), y
        first, raya, hijri = RAMADAN[y]
        assert f"Salam Ramadan {hijri}H" in on(KK, "saluran", iso(first)), y
        assert f"Aidilfitri {hijri}H" in on(KK, "saluran", iso(raya)), y
        for day, name in closures(y):
            if not d(2020, 3, 17) <= day <= d(2020, 6, 30):
                assert f"for {name}." in on(KR, "hours", day), (y, name)
    for y, (day, city) in CONFERENCES.items():
        assert f"Ledger Live {y} in {city}" in on(WL, "newsletter", iso(day)), y
    for y in range(2015, 2020):
        assert f"Bursa generală a locurilor de muncă {y}" in on(JA, "alerte", bursa(y)), y
        assert f"pentru absolvenți {y}" in on(JA, "alerte", d(y, 10, 1) + (
            (4 - d(y, 10, 1).weekday()) % 7 + 14) * one), y
        assert f"Araw ng Paggawa {y}" in on(TN, "abiso", d(y, 5, 1)), y
        assert f"Kalayaan Job Fair {y}" in on(TN, "abiso", d(y, 6, 12)), y
        assert f"Jobs d'été {y}" in on(IA, "bandeau", d(y, 5, 1)), y
        assert f"Jobmesse am {jobmesse(y).day}. März {y}" in on(JC, "hinweis", jobmesse(y)), y
    assert "overtime rule takes effect" in on(WL, "newsletter", d(2016, 6, 1))
    assert "blocked" in on(WL, "newsletter", d(2016, 12, 1))
    assert "$684" in on(WL, "newsletter", d(2019, 12, 15))
    assert "Key workers" in on(CL, "alert", d(2020, 4, 1))
    assert "Kickstart" in on(CL, "alert", d(2020, 10, 1))
    assert "Ordonnances" in on(RM, "newsletter", d(2017, 9, 15))
    assert "Prélèvement à la source" in on(RM, "newsletter", d(2019, 1, 15))
    for y in (2019, 2020):
        assert f"égalité femmes-hommes {y}" in on(RM, "newsletter", d(y, 2, 20))
    for domain, family, text in (
            (WL, "newsletter", "COVID-19"), (JW, "jobalarm", "Kurzarbeit"),
            (RM, "newsletter", "activité partielle"), (JS, "bevakning", "Korttids"),
            (JA, "alerte", "Stare de urgență"), (TN, "abiso", "ECQ"), (KK, "saluran", "PKP:"),
            (IA, "bandeau", "Confinement"), (JC, "hinweis", "Corona"),
            (KR, "hours", "walk-in")):
        assert text in on(domain, family, d(2020, 4, 1)), domain
    assert "Starea de alertă" in on(JA, "alerte", d(2020, 6, 1))
    assert "PKPB" in on(KK, "saluran", d(2020, 6, 1))
    assert "video call" in on(LR, "notice", d(2020, 6, 1))
    assert "8 a.m." in on(KR, "hours", d(2019, 8, 12))
    assert "appointment" in on(KR, "hours", d(2020, 8, 12))
    assert "appointment" in on(KR, "hours", KR_REOPEN + 7 * one)
    assert "appointment" not in on(KR, "hours", KR_REOPEN - 7 * one)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CL, "byline", CL_REDESIGN, "Written by", "{author_beat}"),
        (CL, "cv-upload", CL_CV, "let recruiters", "60 seconds"),
        (CL, "alert", CL_ALERT, "Create a free", "Never miss"),
        (WL, "byline", WL_REDESIGN, "By {author}", "{author_beat}"),
        (WL, "newsletter", WL_NEWSLETTER, "in your inbox", "80,000"),
        (JW, "autor", JW_RELAUNCH, "Von", "Ein Beitrag"),
        (JW, "lebenslauf", JW_CV, "gefunden", "12.000"),
        (JW, "jobalarm", JW_ALARM, "E-Mail", "30 Sekunden"),
        (RM, "abonnes", RM_REDESIGN, "Article réservé", "Premium"),
        (RM, "auteur", RM_REDESIGN, "Par {author}", "{author_beat}"),
        (RM, "newsletter", RM_NEWSLETTER, "quotidienne", "7 h"),
        (JS, "av", JS_REDESIGN, "Av ", "Text:"),
        (JS, "cookies", JS_GDPR, "kakor", "GDPR"),
        (JA, "cv", JA_CV, "Încarcă", "Angajatorii"),
        (TN, "abiso", TN_VIBER, "Facebook", "Viber"),
        (KK, "saluran", KK_TELEGRAM, "Facebook", "Telegram")))
    assert_groups_reworded(SET, (
        (CL, "dated", "Last updated", "min read"),
        (WL, "dated", ", 20", "Published "),
        (JW, "datum", ".", "Aktualisiert"),
        (CL, "byline", "Written by ", "By "),
    ))


def test_amounts_change_over_the_years() -> None:
    last = every_day()[-1]
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= last}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            text = on(domain, family, max(iso(start), FIRST_DAY))
            assert all(part in text for part in value.split("|")), (domain, start)
    assert "£6.50" in on(CL, "wage", FIRST_DAY) and "£8.72" in on(CL, "wage", last)
    assert "National Living Wage" in on(CL, "wage", d(2016, 4, 1))
    assert "2021 payroll limits" in on(WL, "payroll", LAST_DAY)
    assert "free for 60 days" in on(WL, "posting", d(2020, 5, 1))
    assert "41 136" in on(RM, "pass", LAST_DAY) and "2021" in on(RM, "pass", LAST_DAY)
    assert "1 200 kronor" in on(JS, "akassa", d(2020, 4, 13))
    assert "680 kronor" in on(JS, "akassa", d(2015, 9, 6))
    assert "de la 1 mai 2016" in on(JA, "salariu", d(2016, 6, 1))
    assert "NCR-22" in on(TN, "sahod", last) and "₱481" in on(TN, "sahod", d(2016, 1, 1))
    assert "RM1,100 di seluruh negara" in on(KK, "gaji", d(2019, 6, 1))
    assert "€10.10" in on(LR, "wage", d(2020, 2, 1)) and "€9.80" in on(LR, "wage",
                                                                       d(2020, 1, 31))
    salaries = [int(m[1].replace(",", "")) for t in group_lines(SET, CL, "salary")
                if (m := re.search(r"£([\d,]+)", norm(t)))]
    assert salaries and all(30_000 <= s <= 36_000 for s in salaries)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (JW, "rechtlich", r"Rechtsberatung|Gewähr"), (RM, "reproduction", r"réservés|strictement"),
        (JS, "cookies", r"[åäö]"), (JA, "citeste", r"[ăâîșț]"),
        (TN, "paalala", r"\b(ang|ng|sa)\b"), (KK, "amaran", r"\b(kepada|dengan)\b"),
        (IA, "diversite", r"[éà]"), (JC, "kontakt", r"^Pressekontakt")))
    assert any("₱" in t for t in group_lines(SET, TN, "sahod") + [on(TN, "sahod", QUIET)])
    assert any(re.search(r"Sept\.|Aug\.|Oct\.", t) for t in group_lines(SET, WL, "dated"))
    assert any(t.startswith(tuple(ZILE)) for t in group_lines(SET, JA, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CL}/dated", f"{CL}/byline", f"{CL}/related", f"{CL}/kicker",
                         f"{CL}/jobs", f"{CL}/copyright", f"{WL}/dated", f"{WL}/related",
                         f"{WL}/byline", f"{JW}/datum", f"{JW}/stellen"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CL}/disclaimer", f"{CL}/checked", f"{WL}/legal", f"{JW}/rechtlich",
        f"{CL}/copyright", f"{WL}/copyright"))
    assert_carried_share(docs, CL, [
        ("dated", 0.8, 0.98), ("related", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("salary", 0.06, 0.3), ("alert", 0.2, 0.5), ("checked", 0.04, 0.25)])
    assert_carried_share(docs, WL, [("byline", 0.55, 0.85), ("sponsored", 0.0, 0.15)])
    for fam in (f"{CL}/related", f"{CL}/advert", f"{WL}/related", f"{WL}/advert",
                f"{JW}/anzeige", f"{RM}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CL, "jobs"), (CL, "cv-upload"), (WL, "webinar"),
                               (JW, "stellen"), (RM, "fiche"), (JS, "cv"), (JA, "oras"),
                               (TN, "resume"), (KK, "iklan"), (IA, "poste"), (LR, "salary"),
                               (KR, "event")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CL, "correction", 16), (WL, "note"), (JW, "korrektur"), (RM, "rectificatif"),
        (JS, "rattelse"), (JA, "erata"), (TN, "pagwawasto"), (KK, "pembetulan"),
        (IA, "erratum"), (LR, "correction"), (JC, "korrektur"), (KR, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CL}/related", "Related: "), (f"{WL}/related", "RELATED: "),
        (f"{JW}/auch", "Auch interessant: "), (f"{RM}/lire", "À lire aussi : ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CL, "advert", "Advertisement"), (WL, "advert", "ADVERTISEMENT"),
        (JW, "anzeige", "Anzeige"), (RM, "publicite", "Publicité"), (JS, "annons", "Annons"),
        (JA, "publicitate", "Publicitate"), (TN, "advertisement", "ADVERTISEMENT"),
        (KK, "iklan", "IKLAN"), (JC, "pm", "Pressemitteilung")))
    assert_group_values_from_pool(SET, (
        (CL, "kicker", "kicker"), (WL, "kicker", "kicker"), (JW, "rubrik", "rubrik"),
        (RM, "rubrique", "rubrique")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CL, "advert", "Advertisement"),
        (WL, "legal", "This article is for informational purposes and is not legal advice."),
        (JW, "rechtlich", "Dieser Ratgeber ersetzt keine individuelle Rechtsberatung. Alle "
                          "Angaben ohne Gewähr.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CL: (["disclaimer", "copyright"], 2),
        WL: (["legal", "posting", "copyright"], 2),
        JW: (["rechtlich", "copyright"], 2),
        RM: (["reproduction", "copyright"], 2),
        JS: (["cookies", "copyright"], 2),
        TN: (["paalala", "copyright"], 2),
        KK: (["amaran", "copyright"], 2),
        IA: (["diversite", "copyright"], 2),
        LR: (["register", "licence", "equality", "copyright"], 3),
        JC: (["anhang", "chancen", "kontakt", "copyright"], 2),
        KR: (["eo", "funding", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + tuple((domain, family) for domain, family, _ in APPLY_BY):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
