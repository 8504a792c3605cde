"""The held-back-125 template set (`tests.bench.heldout_templates_125`): its localised dates
(printed day by day in American English with Eastern standard or daylight time, British
English with GMT or BST, Indian and Nigerian English, French with "1er", German, Spanish,
Portuguese and Polish with genitive months, several changing form on the day of a redesign),
the case-number, docket and citation lines printed with the day's date or year, the lines that
turn every business day or every week (a cause list with its vacations, a gazette's edition
number with its year in Roman numerals, a court round-up, an ISO-week overview, a clinic's
next Thursday), the term calendars (the October Term, decision season and summer recess, the
High Court's sittings and vacations, the Indian Supreme Court's vacations, Spain's August,
Brazil's recess before and after the 2015 Code, France's judicial vacations, Nigeria's annual
vacation and legal year), the exams, conferences, verdicts, hearings, elections and 2020
closures some notices follow, the income limit that follows the poverty guidelines, the
notices it rewords by date, the amounts in its prices and appeals, the variation it promises,
its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, easter, last_weekday, thanksgiving
from tests.bench.heldout_templates_125 import (
    AW_COMMENTS,
    AW_REDESIGN,
    CLAT,
    DL_NEWSLETTER,
    DL_PAYWALL,
    DL_REDESIGN,
    DL_TIPS,
    DO_REDESIGN,
    EE_BOLETIN,
    EE_REDESIGN,
    EGZAMIN,
    FIRST_DAY,
    HW_CLE,
    HW_HOUSTON,
    HW_REDESIGN,
    INCOME_LIMIT_UPDATED,
    IR_HOURS,
    IR_REDESIGN,
    IR_RODO,
    LAST_DAY,
    LAST_OPINION_DAY,
    LP_FORMATION,
    LP_LETTRE,
    LP_PAYWALL,
    LP_REDESIGN,
    LR_PRESS,
    LR_REDESIGN,
    LR_WHATSAPP,
    MV_CLINICS_PAUSED,
    MV_HELP,
    MV_REDESIGN,
    NBA_AGC,
    NV_REDESIGN,
    NV_TELEGRAM,
    NV_VIRTUAL,
    PF_REDESIGN,
    PF_WHATSAPP,
    RB_FAO,
    RB_NEWSLETTER,
    RB_REDESIGN,
    RENTREE_CASSATION,
    SC_SUMMER_VACATION,
    VERDICTS,
    business_day,
    corpus_christi,
    dotted,
    first_monday_of_october,
    income_limit,
    legal_term,
    new_legal_year,
    october_term,
    pro_bono_week,
    publishes,
    roman,
    spring_bank_holiday,
    training_cycle,
    uk_summer_time,
    us_summer_time,
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
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-125"
SITES = ("The Docket Ledger", "Assize Wire", "Nyaya Varta", "La Lettre du Palais",
         "Rechtsblick", "Lagos Law Reporter", "El Estrado", "Pauta Forense", "Harlan Whitcomb",
         "Mesa Valley Legal Aid", "Okręgowa Izba Radców Prawnych w Brzezinach",
         "Rio Claro do Sul")
DL, AW, NV, LP = ("docketledger.com", "assizewire.co.uk", "nyayavarta.in", "lettredupalais.fr")
RB, LR, EE, PF = ("rechtsblick.de", "lagoslawreporter.com.ng", "elestrado.es",
                  "pautaforense.com.br")
HW, MV, IR, DO = ("harlanwhitcomb.com", "mesavalleylegalaid.org", "oirp-brzeziny.pl",
                  "rioclarodosul.rs.gov.br")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((DL, "dated"), (AW, "dated"), (NV, "dated"), (LP, "date"), (RB, "datum"),
         (LR, "dated"), (EE, "fecha"), (PF, "data"), (HW, "dated"), (MV, "dated"),
         (IR, "data"), (DO, "data"))
# The decision and citation lines printed with the day's date.
DECISIONS = ((LP, "decision"), (RB, "az"), (RB, "zitiervorschlag"), (EE, "resolucion"),
             (IR, "wyrok"))
# The lines that turn every business day, every publication day or every week.
TURNING = ((NV, "cause-list"), (DO, "edicao"), (AW, "week"), (RB, "wochenueberblick"),
           (MV, "clinic"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((DL, "notice"), (DL, "scotus"), (AW, "term"), (NV, "notice"), (LP, "agenda"),
           (RB, "hinweis"), (LR, "notice"), (EE, "aviso"), (PF, "aviso"), (HW, "resources"),
           (MV, "alert"), (MV, "eligibility"), (IR, "cykl"), (DO, "expediente"))

QUIET = d(2015, 11, 4)  # a Wednesday none of the calendar notices turns for
FIRST_WORDINGS = {
    (DL, "notice"): "Sign up for The Docket Ledger's free morning newsletter",
    (NV, "notice"): "Follow Nyaya Varta on Twitter for live updates from the courts",
    (LP, "agenda"): "Recevez chaque matin la lettre d'information de La Lettre du Palais",
    (RB, "hinweis"): "Folgen Sie Rechtsblick auf Twitter",
    (LR, "notice"): "Like our Facebook page for daily legal news",
    (EE, "aviso"): "Síguenos en Twitter y LinkedIn",
    (PF, "aviso"): "Receba as notícias do Pauta Forense no seu e-mail",
    (HW, "resources"): "Subscribe to receive Harlan Whitcomb client alerts by e-mail.",
    (MV, "alert"): "Follow Mesa Valley Legal Aid on Facebook for clinic dates and updates.",
    (IR, "cykl"): "Doskonalenie zawodowe radców prawnych: cykl szkoleniowy 2015–2017",
    (DO, "expediente"): "Atendimento ao público: segunda a sexta-feira, das 8h às 17h",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def years(*span: int) -> set[str]:
    return {str(y) for y in range(*span)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + DECISIONS + TURNING + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 3, 18), d(2017, 8, 24), d(2017, 10, 2), d(2018, 5, 25),
        d(2018, 10, 1), d(2019, 2, 23), d(2019, 6, 22), d(2020, 3, 23), d(2020, 8, 11),
        LAST_DAY))


def test_helpers() -> None:
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert us_summer_time(d(2019, 11, 2)) and not us_summer_time(d(2019, 11, 3))
    assert uk_summer_time(d(2019, 3, 31)) and not uk_summer_time(d(2019, 3, 30))
    assert uk_summer_time(d(2019, 10, 26)) and not uk_summer_time(d(2019, 10, 27))
    assert [first_monday_of_october(y) for y in (2015, 2017, 2020)] == [
        d(2015, 10, 5), d(2017, 10, 2), d(2020, 10, 5)]
    assert october_term(d(2018, 6, 27)) == 2017 and october_term(d(2018, 10, 1)) == 2018
    assert spring_bank_holiday(2016) == d(2016, 5, 30)
    assert legal_term(d(2019, 1, 10)) == ("Christmas vacation", False)
    assert legal_term(d(2019, 1, 11)) == ("Hilary", True)
    assert legal_term(d(2019, 4, 17)) == ("Hilary", True)  # the Wednesday before Easter
    assert legal_term(d(2019, 4, 18)) == ("Easter vacation", False)
    assert legal_term(d(2019, 4, 22)) == ("Easter vacation", False)  # Easter Monday
    assert legal_term(d(2019, 4, 23)) == ("Easter", True)
    assert legal_term(d(2019, 5, 24)) == ("Easter", True)
    assert legal_term(d(2019, 5, 27)) == ("Whitsun vacation", False)
    assert legal_term(d(2019, 5, 28)) == ("Trinity", True)
    assert legal_term(d(2019, 8, 1)) == ("Long vacation", False)
    assert legal_term(d(2019, 10, 1)) == ("Michaelmas", True)
    assert legal_term(d(2019, 12, 22)) == ("Christmas vacation", False)
    assert business_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert [roman(n) for n in (4, 7, 9, 12, 14)] == ["IV", "VII", "IX", "XII", "XIV"]
    assert dotted(2345) == "2.345" and dotted(987) == "987"
    assert corpus_christi(2019) == d(2019, 6, 20)
    assert not publishes(carnival_tuesday(2019)) and not publishes(d(2019, 6, 22))
    assert publishes(d(2019, 6, 21)) and not publishes(d(2019, 12, 25))
    assert [income_limit(y) for y in range(2014, 2021)] == [
        29_813, 30_313, 30_375, 30_750, 31_375, 32_188, 32_750]
    assert pro_bono_week(2017) == d(2017, 10, 22) and pro_bono_week(2019) == d(2019, 10, 20)
    assert training_cycle(d(2017, 12, 31)) == (2015, 2017)
    assert training_cycle(d(2018, 1, 1)) == (2018, 2020)
    assert new_legal_year(2019) == d(2019, 9, 16)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2015, 3, 1), d(2019, 6, 21), d(2019, 12, 2)  # Sun, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(DL, "dated", old, rf"March 1, 2015, {clock12} EST")
    full(DL, "dated", d(2016, 7, 4), rf"July 4, 2016, {clock12} EDT")
    full(DL, "dated", new, rf"Fri, June 21, 2019 · {clock12} ET")
    full(DL, "dated", d(2019, 9, 3), rf"Tue, Sept\. 3, 2019 · {clock12} ET")
    full(DL, "docket", new, r"Docket: U\.S\. Court of Appeals for the [\w. ]+ Circuit, No\. "
                            r"19-\d+")
    full(AW, "dated", old, rf"1 March 2015 {clock}")
    full(AW, "dated", new, rf"Friday 21 June 2019 {clock} BST")
    full(AW, "dated", winter, rf"Monday 2 December 2019 {clock} GMT")
    full(AW, "week", new, r"Court round-up for the week beginning Monday 17 June 2019: every "
                          r"verdict and sentence from our reporters")
    full(NV, "dated", old, rf"1 Mar 2015 {clock12}")
    full(NV, "dated", new, rf"Friday, 21 June 2019 at {clock12} IST")
    full(NV, "cause-list", d(2019, 3, 3), r"Supreme Court cause list, Friday 1 March: "
                                          r"[\d,]{3,5} matters before 1\d benches")
    full(NV, "cause-list", d(2020, 9, 1), r"Supreme Court cause list \(virtual hearings\), "
                                          r"Tuesday 1 September: \d{2,3} matters before \d "
                                          r"benches")
    full(LP, "date", old, "1er mars 2015")
    full(LP, "date", new, rf"Publié le vendredi 21 juin 2019 à {clock}")
    full(LP, "decision", d(2019, 7, 1), r"[^,]+(, [^,]+)?, 1er juillet 2019, n° \d{6}")
    full(RB, "datum", old, r"01\.03\.2015")
    full(RB, "datum", new, "Freitag, 21. Juni 2019")
    full(RB, "az", new, r"[^,]+, (Urt|Beschl)\. v\. 21\.06\.2019, Az\. [\w ]+ \d+/19")
    full(RB, "zitiervorschlag", new, r"Zitiervorschlag: Ada Brook, .+, in: Rechtsblick, "
                                     r"21\.06\.2019")
    full(RB, "wochenueberblick", d(2016, 1, 3), r"Rechtsblick-Wochenüberblick KW 53/2015: die "
                                                r"Urteile der Woche")
    full(LR, "dated", old, "March 1, 2015")
    full(LR, "dated", new, rf"Friday, 21 June 2019 \| {clock12} WAT")
    full(LR, "suit-no", new, r"Suit No: [A-Z/]+/\d+/2019")
    full(EE, "fecha", old, "01/03/2015")
    full(EE, "fecha", new, rf"viernes 21 de junio de 2019, {clock} h")
    full(EE, "resolucion", new, r"\w+( \w+)? \d+/2019, de 21 de junio")
    full(EE, "ecli", new, r"ECLI:ES:TS:2019:\d+")
    full(PF, "data", old, rf"01/03/2015 {clock}")
    full(PF, "data", new, rf"sexta-feira, 21 de junho de 2019, às {clock}")
    full(PF, "processo", new, r"Processo: 0\d{6}-\d\d\.2019\.\d\.\d\d\.\d{4}")
    full(HW, "dated", old, r"03\.01\.2015")
    full(HW, "dated", new, "June 21, 2019")
    full(MV, "dated", old, "Posted on March 1, 2015 by Ada Brook")
    full(MV, "dated", new, r"Jun 21, 2019 · [\w ]+")
    full(MV, "clinic", d(2015, 3, 1), r"Free walk-in legal clinic this Thursday, March 5, "
                                      r"1–4 p\.m\., at the \w+ County Courthouse")
    full(MV, "eligibility", new, r"Who qualifies: households with income up to 125% of the "
                                 r"federal poverty guidelines \(\$32,188 a year for a family "
                                 r"of four\)\.")
    full(IR, "data", old, r"01\.03\.2015")
    full(IR, "data", new, "piątek, 21 czerwca 2019 r.")
    full(IR, "wyrok", new, r"Wyrok z dnia 21 czerwca 2019 r\., sygn\. akt [\w ]+ \d+/19")
    full(DO, "data", old, r"Publicado em 01/03/2015")
    full(DO, "data", new, "Sexta-feira, 21 de junho de 2019")
    full(DO, "edicao", d(2019, 6, 22), r"Diário Oficial Eletrônico · Ano XI · Edição nº "
                                       r"\d\.\d{3}")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + DECISIONS[:4]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(DL, "dated", day).endswith(" ET") == (day >= DL_REDESIGN)
        assert on(AW, "dated", day)[0].isdigit() == (day < AW_REDESIGN)
        assert on(NV, "dated", day).endswith("IST") == (day >= NV_REDESIGN)
        assert on(LP, "date", day).startswith("Publié") == (day >= LP_REDESIGN)
        assert on(RB, "datum", day)[0].isdigit() == (day < RB_REDESIGN)
        assert on(LR, "dated", day).endswith("WAT") == (day >= LR_REDESIGN)
        assert ("/" in on(EE, "fecha", day)) == (day < EE_REDESIGN)
        assert ("às" in on(PF, "data", day)) == (day >= PF_REDESIGN)
        assert on(HW, "dated", day)[0].isdigit() == (day < HW_REDESIGN)
        assert on(MV, "dated", day).startswith("Posted") == (day < MV_REDESIGN)
        assert on(IR, "data", day).endswith(" r.") == (day >= IR_REDESIGN)
        assert on(DO, "data", day).startswith("Publicado") == (day < DO_REDESIGN)
        if day < DL_REDESIGN:
            assert on(DL, "dated", day).endswith("EDT" if us_summer_time(day) else "EST")
        if day >= AW_REDESIGN:
            assert on(AW, "dated", day).endswith("BST" if uk_summer_time(day) else "GMT")
        first = on(LP, "date", day)
        assert (" 1er " in f" {first} ") == (day.day == 1), day
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_case_numbers_dockets_and_citations() -> None:
    for day in every_day():
        assert f"No. {day:%y}-{{count}}" in on(DL, "docket", day)
        assert f" v. {day.day:02d}.{day.month:02d}.{day.year}, Az. " in on(RB, "az", day)
        assert on(RB, "az", day).endswith(f"/{day:%y}")
        assert on(RB, "zitiervorschlag", day).endswith(
            f"{day.day:02d}.{day.month:02d}.{day.year}")
        assert f"/{day.year}, de {day.day} de " in on(EE, "resolucion", day)
        assert on(IR, "wyrok", day).endswith(f"/{day:%y}")
    assert changes(DL, "docket") == {d(y, 1, 1) for y in range(2016, 2021)}  # a new year
    # Dockets, suit numbers, case numbers and unified numbers as each country prints them.
    checks = (
        (DL, "docket", r"^Docket: (.+), No\. \d\d-\d+$", "court"),
        (LR, "suit-no", r"^Suit No: (.+)/\d+/20\d\d$", "suit"),
        (NV, "case-no", r"^Case No\.: (.+) No\. \d+ of 20\d\d$", "case_type"),
        (NV, "case-title", r"^Case Title: (.+)$", "case"),
        (NV, "coram", r"^(?:Coram|Bench): (.+)$", "bench"),
        (NV, "read-judgment", r"^Click here to read(?:/download)? the (\w+)$", "doc"),
        (LP, "decision", r"^(.+), (?:1er|\d+) \w+ 20\d\d, n° \d{6}$", "juridiction"),
        (RB, "az", r"^([^,]+), (?:Urt|Beschl)\.", "gericht"),
        (RB, "az", r"Az\. (.+) \d+/\d\d$", "senat"),
        (EE, "resolucion", r"^(.+) \d+/20\d\d, de ", "tribunal"),
        (PF, "processo", r"^Processo: 0\d{6}-(\d\d)\.", "dv"),
        (PF, "processo", r"\.20\d\d\.(\d\.\d\d)\.", "tr"),
        (IR, "wyrok", r"sygn\. akt (.+) \d+/\d\d$", "sygn"),
        (DO, "ato", r"^Ato publicado: (.+) nº \d+/20\d\d$", "ato"))
    for style, family, pattern, pool_name in checks:
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    citations = [norm(t) for t in group_lines(SET, NV, "citation")]
    assert citations and all(re.fullmatch(r"Citation: 20\d\d NV \(SC\) \d+", t)
                             for t in citations if "  " not in t)
    # The citation suggestion names the article's own title.
    cites = own_title_lines(group_docs(SET, RB), "/zitiervorschlag")
    assert cites and sum(f", {title}, in: " in text for title, text in cites) >= (
        0.9 * len(cites))


def test_lines_that_turn_every_business_day_or_week() -> None:
    def vacation(day: dt.date) -> str:
        first, last = SC_SUMMER_VACATION[day.year]
        if iso(first) <= day <= iso(last):
            return "summer"
        return "winter" if (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (
            1, 1) else ""

    cause = changes(NV, "cause-list")
    assert len(cause) >= 1200 and sum(day.weekday() >= 5 for day in cause) <= 20
    for day in every_day():
        text = on(NV, "cause-list", day)
        if vacation(day) == "summer":
            assert text.startswith("Supreme Court summer vacation"), day
        elif vacation(day) == "winter":
            assert text.startswith("Supreme Court winter break"), day
            assert re.search(r"reopens on (Monday|Tuesday|Wednesday|Thursday|Friday) \d",
                             text), day
        else:
            assert ("virtual" in text) == (business_day(day) >= NV_VIRTUAL), day
            if day.weekday() >= 5 and not vacation(business_day(day)):
                assert text == on(NV, "cause-list", business_day(day))
    # The gazette's edition number: up by one each publication day, its year in Roman.
    numbers = [int(m[1].replace(".", "")) for day in every_day()
               if (m := re.search(r"nº ([\d.]+)$", on(DO, "edicao", day)))]
    assert numbers == sorted(numbers) and numbers[-1] - numbers[0] == sum(
        publishes(day) for day in every_day()[1:])
    assert changes(DO, "edicao") == {day for day in every_day()[1:] if publishes(day)}
    assert counts_in(DO, "edicao", r"Ano ([IVX]+) ") == {"VI", "VII", "VIII", "IX", "X", "XI",
                                                         "XII"}
    # Weekly: the round-up on Mondays, the overview by ISO week, the clinic on Fridays.
    assert all(day.weekday() == 0 for day in changes(AW, "week"))
    assert len(changes(AW, "week")) >= 300
    assert all(day.weekday() == 0 for day in changes(RB, "wochenueberblick"))
    assert counts_in(RB, "wochenueberblick", r"KW (53)/") == {"53"}
    clinic = changes(MV, "clinic")
    assert all(day.weekday() == 4 for day in clinic - {MV_CLINICS_PAUSED})
    assert "paused" in on(MV, "clinic", MV_CLINICS_PAUSED)


def test_term_calendars() -> None:
    # The Supreme Court: the term, decision season and the summer recess.
    for y, last in LAST_OPINION_DAY.items():
        assert "Decision season" in on(DL, "scotus", iso(last)), y
        assert "summer recess" in on(DL, "scotus", iso(last) + one), y
        assert f"October Term {y} opens on Monday" in on(DL, "scotus", iso(last) + one), y
        assert f"October Term {y} is under way" in on(DL, "scotus",
                                                      first_monday_of_october(y)), y
        assert f"October Term {y - 1} is under way" in on(DL, "scotus", d(y, 5, 31)), y
    assert counts_in(DL, "scotus", r"October Term (\d{4}) is under way") == years(2014, 2021)
    # The High Court's sittings and vacations, turned by the 2020 remote hearings.
    assert counts_in(AW, "term", r"^High Court sittings: (\w+) term") == {
        "Hilary", "Easter", "Trinity", "Michaelmas"}
    assert counts_in(AW, "term", r"^(.+ vacation):") == {
        "Christmas vacation", "Easter vacation", "Whitsun vacation", "Long vacation"}
    for y in range(2015, 2021):
        if y < 2020:  # the remote hearings win over Easter 2020
            assert "Hilary term" in on(AW, "term", easter(y) - 4 * one), y
            assert "Easter vacation" in on(AW, "term", easter(y) - 3 * one), y
        assert "Long vacation" in on(AW, "term", d(y, 8, 15)), y
        assert f"Michaelmas term {y}" in on(AW, "term", d(y, 10, 1)), y
    assert "coronavirus" in on(AW, "term", d(2020, 5, 1))
    assert "Trinity term 2020" in on(AW, "term", d(2020, 7, 1))
    # Spain's August: inhábil, but from the 11th hábil in 2020.
    for y in range(2015, 2020):
        assert f"Agosto de {y} es inhábil" in on(EE, "aviso", d(y, 8, 20)), y
    assert "solo hasta el día 10" in on(EE, "aviso", d(2020, 8, 10))
    assert "16/2020" in on(EE, "aviso", d(2020, 8, 11))
    assert "Estado de alarma" in on(EE, "aviso", d(2020, 4, 1))
    assert counts_in(EE, "aviso", r"Año Judicial (\d{4})-") == years(2015, 2021)
    # Brazil: the recess to 6 January before the 2015 Code, to 20 January after; the STF.
    assert "a 6 de janeiro de 2015" in on(PF, "aviso", d(2015, 1, 6))
    assert "a 6 de janeiro de 2016" in on(PF, "aviso", d(2015, 12, 20))
    assert on(PF, "aviso", d(2016, 1, 10)) == FIRST_WORDINGS[(PF, "aviso")]
    for y in range(2016, 2020):
        assert f"a 20 de janeiro de {y + 1}" in on(PF, "aviso", d(y + 1, 1, 20)), y
    assert counts_in(PF, "aviso", r"Férias coletivas no STF (\d{4})") == years(2015, 2021)
    assert counts_in(PF, "aviso", r": (\d+) anos dos cursos jurídicos") == {
        str(n) for n in range(188, 194)}
    # France's judicial vacations, Nigeria's annual vacation.
    assert counts_in(LP, "agenda", r"Vacations judiciaires (\d{4})") == years(2015, 2021)
    assert counts_in(LR, "notice", r"Annual vacation (\d{4})") == years(2015, 2021)
    # India: the summer vacations, the winter breaks (in the cause list).
    for y, (first, last) in SC_SUMMER_VACATION.items():
        assert on(NV, "cause-list", iso(first)).startswith("Supreme Court summer vacation"), y
        assert not on(NV, "cause-list", iso(first) - one).startswith("Supreme Court summer")
        assert not on(NV, "cause-list", iso(last) + one).startswith("Supreme Court summer")


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    # The Docket Ledger: hearings, the shutdown, 2020, the bar exams.
    assert "Gorsuch" in on(DL, "notice", d(2017, 3, 21))
    assert "Kavanaugh confirmation" in on(DL, "notice", d(2018, 9, 5))
    assert "Ford testify" in on(DL, "notice", d(2018, 9, 27))
    assert "Barrett" in on(DL, "notice", d(2020, 10, 13))
    assert "shutdown" in on(DL, "notice", d(2019, 1, 10))
    assert "COVID-19" in on(DL, "notice", d(2020, 4, 1))
    assert counts_in(DL, "notice", r"The February (\d{4}) bar exam") == years(2015, 2021)
    assert counts_in(DL, "notice", r"The July (\d{4}) bar exam") == years(2015, 2020)
    assert "October 2020 remote bar exam" in on(DL, "notice", d(2020, 10, 5))
    for y in range(2015, 2020):
        assert "bar exam" in on(DL, "notice", last_weekday(y, 7, 1)), y
    # Nyaya Varta: the verdicts, the virtual courts, CLAT.
    for day, name in VERDICTS:
        assert f"{name} verdict" in on(NV, "notice", iso(day)), name
        assert f"{name} verdict" in on(NV, "notice", iso(day) + one), name
    assert "Virtual courts" in on(NV, "notice", d(2020, 4, 15))
    for y, day in CLAT.items():
        assert f"CLAT {y}" in on(NV, "notice", iso(day)), y
    # La Lettre du Palais: the strike, 2020, the opening hearing, the CRFPA.
    assert "Grève des avocats" in on(LP, "agenda", d(2020, 1, 20))
    assert "plan de continuation" in on(LP, "agenda", d(2020, 4, 1))
    for y, day in RENTREE_CASSATION.items():
        if y != 2020:  # the lawyers' strike wins over the 2020 hearing
            assert f"Cour de cassation {y}" in on(LP, "agenda", iso(day)), y
    assert "Grève" in on(LP, "agenda", iso(RENTREE_CASSATION[2020]))
    assert counts_in(LP, "agenda", r"CRFPA (\d{4})") == years(2015, 2021)
    # Rechtsblick: the GDPR, the beA outage (it wins over the 2018 Anwaltstag), the meetings.
    assert "DSGVO" in on(RB, "hinweis", d(2018, 5, 25))
    assert "beA offline" in on(RB, "hinweis", d(2018, 1, 15))
    assert "beA offline" in on(RB, "hinweis", d(2018, 6, 7))
    assert counts_in(RB, "hinweis", r"Anwaltstag (\d{4})") == years(2015, 2020) - {"2018"}
    assert "71. Deutscher Juristentag" in on(RB, "hinweis", d(2016, 9, 14))
    assert "72. Deutscher Juristentag" in on(RB, "hinweis", d(2018, 9, 27))
    assert "Corona" in on(RB, "hinweis", d(2020, 4, 1))
    # Lagos Law Reporter: 2020, the votes, the AGC, the legal year, the fees.
    assert "COVID-19" in on(LR, "notice", d(2020, 4, 1))
    assert "#EndSARS" in on(LR, "notice", d(2020, 10, 20))
    assert "Presidential election 2015" in on(LR, "notice", d(2015, 3, 28))
    assert "postpones" in on(LR, "notice", d(2019, 2, 17))
    assert "Presidential election 2019" in on(LR, "notice", d(2019, 2, 23))
    for y, (first, _, city) in NBA_AGC.items():
        assert (city or "virtual") in on(LR, "notice", iso(first)), y
    assert counts_in(LR, "notice", r"New legal year (\d{4})/") == years(2015, 2021)
    fees = counts_in(LR, "notice", r"Reminder: (\d{4}) Bar Practising Fees")
    assert fees == years(2015, 2021)
    assert "Presidential election 2015" in on(LR, "notice", d(2015, 3, 27))  # wins over fees
    # Pauta Forense: the new Code, 2020, Lawyers' Day, the votes.
    assert "Novo CPC" in on(PF, "aviso", d(2016, 3, 15))
    assert "313/2020" in on(PF, "aviso", d(2020, 4, 1))
    assert counts_in(PF, "aviso", r"Eleições (\d{4}):") == {"2016", "2018", "2020"}
    assert "2º turno" in on(PF, "aviso", d(2018, 10, 28))
    # Harlan Whitcomb: tax reform, the GDPR, the CCPA, the 2020 resource center.
    assert "Tax Cuts" in on(HW, "resources", d(2018, 1, 2))
    assert "GDPR" in on(HW, "resources", d(2018, 5, 1))
    assert "CCPA" in on(HW, "resources", d(2019, 12, 1))
    assert "COVID-19 Resource Center" in on(HW, "resources", d(2020, 9, 1))
    # Mesa Valley Legal Aid: DACA, the moratoria, closures, weeks, taxes.
    assert "DACA" in on(MV, "alert", d(2017, 9, 20))
    assert "Eviction moratorium" in on(MV, "alert", d(2020, 5, 1))
    assert "CDC eviction order" in on(MV, "alert", thanksgiving(2020))  # wins over Thanksgiving
    for y in range(2015, 2020):
        assert "Thanksgiving" in on(MV, "alert", thanksgiving(y)), y
        assert "#GivingTuesday" in on(MV, "alert", thanksgiving(y) + 5 * one), y
        assert f"Pro Bono {y}" in on(MV, "alert", pro_bono_week(y) + 3 * one), y
        assert "through April 15" in on(MV, "alert", d(y, 3, 1)), y
    assert "Martin Luther King" in on(MV, "alert", d(2019, 1, 21))
    assert "July 15 this year" in on(MV, "alert", d(2020, 3, 1))
    # The Polish bar: the exams (moved in 2020), the cycles' ends, 2020, Christmas.
    for y, (first, _) in EGZAMIN.items():
        assert f"Egzamin radcowski {y}" in on(IR, "cykl", iso(first)), y
    assert "cykl szkoleniowy 2015–2017; wymagane" in on(IR, "cykl", d(2017, 12, 24))
    assert "cykl szkoleniowy 2018–2020; wymagane" in on(IR, "cykl", d(2020, 12, 1))
    assert "Wesołych Świąt" in on(IR, "cykl", d(2018, 12, 24))
    assert on(IR, "cykl", d(2019, 2, 1)).endswith("2018–2020")
    assert "zdalnie" in on(IR, "cykl", d(2020, 4, 1))
    # The gazette: Carnival, Corpus Christi (not in the 2020 emergency), anniversaries.
    for y in range(2015, 2021):
        assert f"Carnaval {y}" in on(DO, "expediente", carnival_tuesday(y)), y
        if y != 2020:
            assert f"Corpus Christi {y}" in on(DO, "expediente", corpus_christi(y)), y
    assert "emergência" in on(DO, "expediente", corpus_christi(2020))
    # The 2020 emergency decree wins over the 61st anniversary.
    assert counts_in(DO, "expediente", r"celebra (\d+) anos") == {str(n) for n in
                                                                  range(56, 61)}
    assert counts_in(DO, "expediente", r"Eleições municipais (\d{4})") == {"2016", "2020"}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (DL, "byline", DL_REDESIGN, "By {author}", "{author_beat} reporter"),
        (DL, "paywall", DL_PAYWALL, "Subscribers only", "14-day free trial"),
        (DL, "tips", DL_TIPS, "Have a tip?", "Signal"),
        (AW, "byline", AW_REDESIGN, "Court Reporter", "at {court}"),
        (AW, "comments", AW_COMMENTS, "Comments are closed", "switched off"),
        (NV, "byline", NV_REDESIGN, "By {author}", "News Network"),
        (NV, "coram", NV_REDESIGN, "Coram:", "Bench:"),
        (NV, "read-judgment", NV_REDESIGN, "read/download", "read the"),
        (NV, "notice", NV_TELEGRAM, "Twitter", "Telegram"),
        (NV, "premium", d(2020, 1, 1), "₹499", "₹999"),
        (LP, "abonnes", LP_PAYWALL, "Cet article est réservé", "Déjà abonné"),
        (LP, "formation", LP_FORMATION, "peut être validé", "quiz"),
        (LP, "agenda", LP_LETTRE, "Recevez", "du matin"),
        (LP, "tarif", d(2019, 1, 7), "9 €", "12 €"),
        (RB, "autor", RB_REDESIGN, "von {author}", "Ein Beitrag von"),
        (RB, "plus", d(2020, 2, 1), "9,90 €", "12,90 €"),
        (RB, "hinweis", RB_NEWSLETTER, "Twitter", "Newsletter"),
        (RB, "fao", RB_FAO, "angerechnet", "Lernerfolgskontrolle"),
        (LR, "byline", LR_REDESIGN, "By {author}", "{city}"),
        (LR, "notice", LR_WHATSAPP, "Facebook", "WhatsApp"),
        (LR, "press", LR_PRESS, "Send judgments", "Have a judgment"),
        (EE, "aviso", EE_BOLETIN, "Twitter", "El Estrado al Día"),
        (EE, "suscripcion", d(2020, 2, 1), "4,99 €", "5,99 €"),
        (PF, "aviso", PF_WHATSAPP, "e-mail", "WhatsApp"),
        (PF, "assine", d(2019, 1, 2), "R$ 19,90", "R$ 29,90"),
        (HW, "authors", HW_REDESIGN, "Authors:", "Related Professionals:"),
        (HW, "disclaimer", HW_REDESIGN, "general informational purposes",
         "attorney-client relationship"),
        (HW, "cle", HW_CLE, "Areas of Professional Practice", "pending"),
        (HW, "offices", HW_HOUSTON, "Chicago | London", "Houston"),
        (MV, "not-advice", MV_HELP, "Laws change often", "apply online"),
        (MV, "espanol", MV_HELP, "¿Habla español?", "¿Necesita ayuda legal?"),
        (MV, "donate", d(2019, 1, 2), "$50", "$75"),
        (IR, "autor", IR_REDESIGN, "Autor:", "Opracowanie: r.pr."),
        (IR, "punkty", IR_REDESIGN, "Udział w szkoleniu", "radca prawny uzyskuje"),
        (IR, "rodo", IR_RODO, "regulaminie", "RODO"),
        (IR, "biuro", IR_HOURS, "04 12", "czynne"),
        (IR, "cykl", d(2018, 1, 1), "2015–2017", "2018–2020"),
        (DO, "validade", DO_REDESIGN, "não substitui", "ICP-Brasil"),
        (DO, "expediente", d(2018, 7, 2), "das 8h às 17h", "horário corrido")))
    # Two new wordings start inside a calendar's event: the shutdown, the tax season.
    assert "free morning newsletter" in on(DL, "notice", DL_NEWSLETTER - 20 * one)
    assert "shutdown" in on(DL, "notice", DL_NEWSLETTER)
    assert "Morning Docket" in on(DL, "notice", d(2019, 1, 26))
    assert "Facebook" in on(MV, "alert", MV_HELP - 40 * one)
    assert "Know Your Rights" in on(MV, "alert", d(2018, 4, 16))
    assert_groups_reworded(SET, (
        (DL, "dated", " EST", " ET"),
        (DL, "byline", "By ", " reporter"),
        (RB, "datum", ".20", "tag, "),
        (NV, "read-judgment", "read/download", "read the"),
        (HW, "disclaimer", "informational purposes", "attorney-client"),
    ))


def test_amounts_in_prices_appeals_and_limits() -> None:
    for y, day in INCOME_LIMIT_UPDATED.items():
        assert f"${income_limit(y):,} a year" in on(MV, "eligibility", iso(day)), y
        assert f"${income_limit(y - 1):,} a year" in on(MV, "eligibility", iso(day) - one), y
    limits = {int(m[1].replace(",", "")) for t in group_lines(SET, MV, "eligibility")
              if (m := re.search(r"\$([\d,]+) a year", norm(t)))}
    assert limits and all(29_000 < n < 33_000 for n in limits)
    assert len(changes(MV, "eligibility")) == 6
    assert "₹999" in on(NV, "premium", d(2020, 6, 1)) and "₹499" in on(NV, "premium",
                                                                       d(2019, 6, 1))
    assert "12 €" in on(LP, "tarif", d(2019, 6, 1))
    assert "12,90 €" in on(RB, "plus", d(2020, 6, 1))
    assert "5,99 €" in on(EE, "suscripcion", d(2020, 6, 1))
    assert "R$ 29,90" in on(PF, "assine", d(2019, 6, 1))
    assert "$75" in on(MV, "donate", d(2020, 6, 1))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (LP, "date", r"\d"), (LP, "abonnes", r"[éèàç]"), (RB, "datum", r"\d"),
        (RB, "hinweis", r"[a-zäöüß]"), (EE, "aviso", r"[a-záéíóúñ¡¿]"),
        (PF, "aviso", r"[a-zãõçáéíóú]"), (IR, "cykl", r"[ąćęłńóśźż]"),
        (IR, "punkty", r"punkt"), (DO, "validade", r"[ãõçáéíóú]"),
        (MV, "espanol", r"¿")))
    polish = "|".join(("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                       "sierpnia", "września", "października", "listopada", "grudnia"))
    assert any(re.search(polish, t) for t in group_lines(SET, IR, "data"))
    assert any(t.endswith("EDT") for t in group_lines(SET, DL, "dated"))
    assert any(t.endswith("EST") for t in group_lines(SET, DL, "dated"))
    assert any(t.endswith(" ET") for t in group_lines(SET, DL, "dated"))
    assert any(t.endswith("BST") for t in group_lines(SET, AW, "dated"))
    assert any(t.startswith("Publié le") for t in group_lines(SET, LP, "date"))
    assert any(re.search(r"^\w+, \d+\. \w+ \d{4}$", t) for t in group_lines(SET, RB, "datum"))
    assert any("às" in t for t in group_lines(SET, PF, "data"))
    assert all(norm(t).startswith("Zitiervorschlag: ")
               for t in group_lines(SET, RB, "zitiervorschlag"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{DL}/dated", f"{DL}/byline", f"{DL}/related", f"{DL}/docket",
                         f"{DL}/editing", f"{DL}/practice", f"{DL}/copyright", f"{AW}/dated",
                         f"{AW}/byline", f"{AW}/desk", f"{NV}/dated", f"{NV}/case-no",
                         f"{NV}/citation", f"{LP}/decision", f"{RB}/az"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{DL}/reprints", f"{DL}/tips", f"{AW}/comments", f"{AW}/licensing",
        f"{NV}/read-judgment", f"{LR}/disclaimer", f"{RB}/keine-beratung",
        f"{HW}/disclaimer"))
    assert_carried_share(docs, DL, [
        ("dated", 0.8, 0.98), ("byline", 0.55, 0.85), ("related", 0.45, 0.75),
        ("correction", 0.0, 0.1), ("scotus", 0.08, 0.3), ("paywall", 0.1, 0.32)])
    assert_carried_share(docs, AW, [("dated", 0.7, 0.97), ("clarification", 0.0, 0.15)])
    for fam in (f"{DL}/related", f"{AW}/read-more", f"{NV}/also-read"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{DL}/paywall", f"{AW}/advert"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((DL, "paywall"), (AW, "advert"), (LP, "abonnes"),
                               (RB, "plus"), (EE, "publicidad"), (PF, "publicidade"),
                               (HW, "insight"), (MV, "read-more"), (DO, "leia")))
    editing = [norm(t) for t in group_lines(SET, DL, "editing")]
    assert editing and sum(bool(re.fullmatch(r"--Editing by .+\.", t))
                           for t in editing) >= 0.9 * len(editing)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AW, "clarification"), (NV, "correction"), (LP, "rectificatif"),
        (RB, "korrektur"), (LR, "correction"), (EE, "fe-de-errores"), (PF, "errata"),
        (HW, "update"), (MV, "update"), (IR, "sprostowanie"), (DO, "errata"),
        (DL, "correction", 12)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DL}/related", "Related: "), (f"{AW}/read-more", "Read more: "),
        (f"{NV}/also-read", "Also Read - "), (f"{LP}/lire", "À lire aussi : "),
        (f"{RB}/mehr", "Mehr auf Rechtsblick: "), (f"{LR}/read-also", "READ ALSO: "),
        (f"{EE}/interesar", "Te puede interesar: "), (f"{PF}/leia", "Leia também: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (AW, "advert", "Advertisement"), (RB, "anzeige", "Anzeige"),
        (LR, "advert", "Advertisement"), (EE, "publicidad", "Publicidad"),
        (PF, "publicidade", "PUBLICIDADE"), (HW, "advertising", "Attorney Advertising"),
        (HW, "pdf", "Download PDF"),
        (HW, "prior-results", "Prior results do not guarantee a similar outcome."),
        (NV, "views", "Views are personal.")))
    assert_group_values_from_pool(SET, (
        (DL, "practice", "practice"), (AW, "desk", "desk"), (NV, "kicker", "kicker"),
        (LP, "rubrique", "rubrique"), (RB, "rubrik", "rubrik"), (LR, "category", "category"),
        (EE, "seccion", "seccion"), (PF, "editoria", "editoria"), (HW, "kind", "kind"),
        (MV, "topic", "topic"), (IR, "kategoria", "kategoria"),
        (DO, "secretaria", "secretaria")))
    for style, family, pattern, pool_name in (
            (DL, "byline", r" · (\S+) reporter$", "beat"),
            (AW, "byline", r", at (.+)$", "court"),
            (LP, "source", r"^Source : (.+)$", "source"),
            (PF, "fonte", r"^Fonte: (.+)$", "fonte"),
            (LR, "byline", r"^By .+, (.+)$", "city"),
            (MV, "clinic", r"at the (\w+) County Courthouse$", "county"),
            (IR, "punkty", r"(?:: |uzyskuje )(.+?)\.?$", "pkt")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        # A small edit (a dropped word) may hit one of a small group's few lines.
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.8 * len(values)), (style, family)
    practices = [norm(t).removeprefix("Related Practices: ")
                 for t in group_lines(SET, HW, "practices")]
    assert practices and all(set(p.split(", ")) <= pool(SET, HW, "practice")
                             for p in practices if "  " not in p)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HW, "prior-results", "Prior results do not guarantee a similar outcome."),
        (RB, "keine-beratung", "Hinweis: Dieser Beitrag ersetzt keine Rechtsberatung im "
                               "Einzelfall."),
        (LP, "abonnes", "Cet article est réservé aux abonnés."),
        (NV, "read-judgment", "Click here to read/download the judgment"),
        (DO, "validade", "Os atos oficiais só têm validade na edição assinada digitalmente "
                         "com certificado ICP-Brasil."),
        (LR, "advert", "Advertisement")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        DL: (["reprints", "copyright"], 2),
        AW: (["licensing", "copyright"], 2),
        NV: (["views", "copyright"], 2),
        LP: (["avertissement", "droits"], 2),
        RB: (["keine-beratung", "copyright"], 2),
        LR: (["disclaimer", "press", "copyright"], 2),
        EE: (["aviso-legal", "derechos"], 2),
        PF: (["processo", "fonte"], 2),
        HW: (["offices", "copyright"], 2),
        MV: (["funder", "copyright"], 2),
        IR: (["rodo", "copyright"], 2),
        DO: (["ouvidoria", "instituido"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert DL in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    assert set(SC_SUMMER_VACATION) == set(range(2015, 2021)) == set(CLAT) == set(EGZAMIN)
    for domain, family in DAILY + DECISIONS:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
