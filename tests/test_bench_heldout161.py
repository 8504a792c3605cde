"""The held-back-161 template set (`tests.bench.heldout_templates_161`): its localised dates
(printed day by day in English with Eastern daylight and standard time, German, French with
"1er", Spanish with Mexico City's renamed dateline, Portuguese and Japanese with the Heisei
and Reiwa eras, several changing form on the day of a redesign), the lines that turn every
day and month (time limits suspended in Spain counted day by day, the French lawyers' strike
counted day by day, countdowns to Brazil's new Code of Civil Procedure, to the Japanese bar
exam and to Japan's revised Civil Code, a bulletin's volume and number, a newsletter's
number, a submission deadline), the calendars some notices follow (the Supreme Court's
terms and opinion seasons, confirmation hearings, CLE and continuing-education deadlines,
Spain's non-working August and Brazil's forensic recess, US federal holidays, Brexit, the
GDPR, the pandemic), the attorney-advertising, not-legal-advice and privacy lines reworded
on their days, the prices, fees, rates and values that change over the years, the lines in
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

from tests.bench.heldout_templates_161 import (
    AF_ASESORAMIENTO,
    AF_PRECIO,
    AF_REDESIGN,
    AGOSTO_HABIL,
    ALARMA,
    BB_GATE,
    BB_NEWSLETTER,
    BB_REDESIGN,
    CDMX,
    CNJ_SUSPENSAO,
    CR_RATES,
    CR_REDESIGN,
    CR_REMOTE,
    CR_SERVING,
    FIRST_DAY,
    GDPR_DAY,
    HC_DISCLAIMER,
    HC_OFFICES,
    HC_REDESIGN,
    HEARINGS,
    HS_KAIIN,
    HS_LINE,
    HS_MENSEKI,
    HS_REDESIGN,
    JF_ASSINATURA,
    JF_INFORMATIVO,
    JF_REDESIGN,
    LAST_DAY,
    LD_ABONNES,
    LD_CONSULTATION,
    LD_QUOTIDIENNE,
    LD_REDESIGN,
    LGPD,
    MINPO_KOFU,
    MINPO_SEKO,
    NOVO_CPC,
    PL_REDESIGN,
    RB_HINWEIS,
    RB_PLUS,
    RB_REDESIGN,
    RC_DUES,
    RC_REDESIGN,
    REIWA,
    SHIHO_SHIKEN,
    SHIKEN_ENKI,
    SRA_BADGE,
    STRIKE_AVOCATS,
    UMA,
    federal_holidays,
    first_monday_of_october,
    fr_day,
    newsletter_no,
    observed,
    recesso,
    us_daylight,
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

SET = "held-back-161"
SITES = ("Bench & Briefs", "Halloran Crane", "RechtsBlick", "La Lettre du Droit",
         "Actualidad Forense", "Jornal do Foro", "法律新報", "Cascade Court Reporting",
         "Ridge County Bar Association", "Pemberton Lacey", "Ochoa Bernal",
         "桜坂総合法律事務所")
BB, HC, RB, LD = ("benchandbriefs.com", "hallorancrane.com", "rechtsblick.de",
                  "lettredudroit.fr")
AF, JF, HS, CR = ("actualidadforense.es", "jornaldoforo.com.br", "horitsushimpo.jp",
                  "cascadereporting.com")
RC, PL, OB, SZ = ("ridgecountybar.org", "pembertonlacey.co.uk", "ochoabernal.com.mx",
                  "sakurazaka-law.jp")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((BB, "dated"), (HC, "dated"), (RB, "datum"), (LD, "date"), (AF, "fecha"),
         (JF, "data"), (HS, "hizuke"), (CR, "posted"), (RC, "dated"), (PL, "dated"),
         (OB, "lugar"), (SZ, "hizuke"))
# The lines worded day by day that turn on some days only (counts, months, calendars).
BY_DAY = ((LD, "alerte"), (AF, "plazos"), (JF, "prazos"), (HS, "shiken"), (RC, "issue"),
          (RC, "dues"), (RC, "deadline"), (OB, "uma"), (SZ, "gou"), (SZ, "sekou"))
# The notices that follow calendars.
BANNERS = ((BB, "docket"), (HC, "banner"), (RB, "hinweis"), (LD, "formation"),
           (CR, "schedule"), (RC, "mcle"), (PL, "banner"), (OB, "aviso"))
# Amounts (and lists) in force from given days.
TABLES = ((BB, "gate", BB_GATE), (HC, "offices", HC_OFFICES), (RB, "plus", RB_PLUS),
          (LD, "abonnes", LD_ABONNES), (AF, "suscripcion", AF_PRECIO),
          (JF, "assine", JF_ASSINATURA), (HS, "kaiin", HS_KAIIN), (CR, "rates", CR_RATES),
          (CR, "serving", CR_SERVING))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (BB, "docket"): "Get The Morning Docket, our free daily newsletter",
    (HC, "banner"): "Subscribe to Halloran Crane insights and event invitations",
    (RB, "hinweis"): "Der RechtsBlick-Newsletter: jeden Morgen kostenlos ins Postfach",
    (LD, "formation"): "Formation continue : nos webinaires sont validés au titre de la "
                       "formation des avocats",
    (CR, "schedule"): "Schedule a deposition: (503) 555-0187 or "
                      "calendar@cascadereporting.com",
    (RC, "mcle"): "Need CLE credits? The Bar's on-demand library has more than 200 approved "
                  "programs.",
    (PL, "banner"): "Sign up to receive Pemberton Lacey briefings by email",
    (OB, "aviso"): "Suscríbase a los boletines de Ochoa Bernal Abogados",
    (LD, "alerte"): "Recevez La Lettre du Droit chaque lundi dans votre boîte mail",
    (AF, "plazos"): "Calcule sus plazos procesales con el calendario de días hábiles de 2015",
    (JF, "prazos"): "Consulte os prazos com o calendário forense de 2015",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def numbers(first: int, last: int) -> set[str]:
    return {str(n) for n in range(first, last + 1)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 10, 2), d(2018, 5, 25), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 8, 20), d(2020, 12, 24), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert us_daylight(d(2019, 11, 2)) and not us_daylight(d(2019, 11, 3))
    assert wareki(d(2019, 4, 30)) == "平成31年" and wareki(REIWA) == "令和元年"
    assert wareki(d(2015, 1, 1)) == "平成27年" and wareki(d(2020, 6, 1)) == "令和2年"
    assert fr_day(d(2020, 6, 1)) == "1er" and fr_day(d(2020, 6, 2)) == "2"
    assert observed(d(2017, 1, 1)) == d(2017, 1, 2) and observed(d(2015, 7, 4)) == d(2015, 7, 3)
    assert dict((name, day) for day, name in federal_holidays(2019))["Thanksgiving"] == d(
        2019, 11, 28)
    assert [first_monday_of_october(y) for y in (2015, 2018, 2020)] == [
        d(2015, 10, 5), d(2018, 10, 1), d(2020, 10, 5)]
    assert recesso(d(2016, 1, 10)) is None
    assert recesso(d(2015, 12, 22)) == (d(2015, 12, 20), d(2016, 1, 6))
    assert recesso(d(2017, 1, 15)) == (d(2016, 12, 20), d(2017, 1, 20))
    assert newsletter_no(d(2012, 4, 30)) == 1 and newsletter_no(d(2020, 6, 19)) == 99


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BB, "dated", old, "March 5, 2016")
    full(BB, "dated", new, r"Updated June 19, 2020 at \d{1,2}:\d\d [AP]M EDT")
    full(BB, "dated", winter, r"Updated December 7, 2020 at \d{1,2}:\d\d [AP]M EST")
    full(HC, "dated", old, "March 5, 2016")
    full(HC, "dated", d(2016, 9, 5), r"Sept\. 5, 2016")
    full(HC, "dated", new, "Friday, June 19, 2020")
    full(RB, "datum", old, r"05\.03\.2016")
    full(RB, "datum", new, rf"Fr\., 19\.06\.2020, {clock} Uhr")
    full(LD, "date", old, "Publié le 05/03/2016")
    full(LD, "date", new, rf"Le vendredi 19 juin 2020 à {clock}")
    full(LD, "date", d(2020, 6, 1), rf"Le lundi 1er juin 2020 à {clock}")
    full(AF, "fecha", old, "05/03/2016")
    full(AF, "fecha", new, rf"Viernes, 19 de junio de 2020 · {clock} h")
    full(JF, "data", old, rf"05/03/2016 {clock}")
    full(JF, "data", new, rf"sexta-feira, 19 de junho de 2020, {clock}")
    full(HS, "hizuke", old, "2016/03/05")
    full(HS, "hizuke", d(2018, 6, 19), rf"平成30年6月19日（火） {clock}")
    full(HS, "hizuke", d(2019, 4, 30), rf"平成31年4月30日（火） {clock}")
    full(HS, "hizuke", REIWA, rf"令和元年5月1日（水） {clock}")
    full(HS, "hizuke", new, rf"令和2年6月19日（金） {clock}")
    full(CR, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(CR, "posted", new, r"Jun 19, 2020 · [A-Z][a-z]+( [A-Z][a-z]+)?")
    full(RC, "issue", old, "Bar Bulletin · March 2016")
    full(RC, "issue", new, r"The Bulletin \| Vol\. 71, No\. 6")
    full(RC, "dated", new, "June 19, 2020")
    full(PL, "dated", old, "5 March 2016")
    full(PL, "dated", new, "Published: 19 Jun 2020")
    full(OB, "lugar", d(2016, 1, 28), r"México, D\.F\., a 28 de enero de 2016")
    full(OB, "lugar", CDMX, "Ciudad de México, a 29 de enero de 2016")
    full(SZ, "gou", new, "ニュースレター Vol.99（2020年6月号）")
    full(SZ, "hizuke", new, "2020年6月19日")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(BB, "dated", day).startswith("Updated") == (day >= BB_REDESIGN)
        dated = on(HC, "dated", day)
        if day >= HC_REDESIGN:
            assert dated.split(",")[0] in WEEKDAY_NAMES, day
        else:
            assert dated.split(" ")[0] in MONTH_FORMS, day
        assert on(RC, "issue", day).startswith("The Bulletin") == (day >= RC_REDESIGN)
        assert ("Uhr" in on(RB, "datum", day)) == (day >= RB_REDESIGN)
        assert on(LD, "date", day).startswith("Publié") == (day < LD_REDESIGN)
        assert ("·" in on(AF, "fecha", day)) == (day >= AF_REDESIGN)
        assert ("feira" in on(JF, "data", day) or "," in on(JF, "data", day)) == (
            day >= JF_REDESIGN)
        hizuke = on(HS, "hizuke", day)
        assert ("/" in hizuke) == (day < HS_REDESIGN)
        if day >= HS_REDESIGN:
            assert hizuke.startswith("令和" if day >= REIWA else "平成"), day
        assert on(CR, "posted", day).startswith("Posted") == (day < CR_REDESIGN)
        assert on(PL, "dated", day).startswith("Published") == (day >= PL_REDESIGN)
        assert on(OB, "lugar", day).startswith("Ciudad") == (day >= CDMX)
        if day >= BB_REDESIGN:
            assert on(BB, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_FORMS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
               "Nov.", "Dec.")


def test_lines_counted_day_by_day() -> None:
    start, end = ALARMA
    assert found(AF, "plazos", r"\(día (\d+)\)") == numbers(1, (end - start).days + 1)
    start, end = STRIKE_AVOCATS
    assert found(LD, "alerte", r"jour (\d+),") == numbers(1, (end - start).days + 1)
    assert found(JF, "prazos", r"Faltam (\d+) dias") == numbers(1, 60)
    assert "entra em vigor hoje" in on(JF, "prazos", NOVO_CPC)
    assert found(SZ, "sekou", r"あと(\d+)日") == numbers(1, (MINPO_SEKO - MINPO_KOFU).days)
    countdown = found(HS, "shiken", r"司法試験まであと(\d+)日")
    assert numbers(1, 120) <= countdown
    for (domain, family), (first, last) in (((AF, "plazos"), ALARMA),
                                            ((LD, "alerte"), STRIKE_AVOCATS)):
        turned = {day for day in changes(domain, family) if first < day <= last}
        assert turned == {first + k * one for k in range(1, (last - first).days + 1)}, family


def test_lines_that_turn_by_month_and_year() -> None:
    firsts = {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {FIRST_DAY}
    assert changes(RC, "issue") == firsts
    assert changes(SZ, "gou") == firsts
    assert changes(RC, "deadline") == {d(y, m, 11) for y in range(2015, 2021)
                                       for m in range(1, 13)}
    assert changes(RC, "dues") == {d(y, 7, 1) for y in range(2015, 2021)}
    assert "frozen" in on(RC, "dues", d(2020, 9, 1)) and "frozen" not in on(RC, "dues",
                                                                             d(2019, 9, 1))
    for y, (senior, junior) in RC_DUES.items():
        if y >= 2015:
            assert f"{senior} for members admitted five years or more, {junior}" in on(
                RC, "dues", d(y, 8, 1)), y
    assert "July issue are due June 10" in on(RC, "deadline", d(2019, 6, 10))
    assert "August issue are due July 10" in on(RC, "deadline", d(2019, 6, 11))
    assert "January issue are due December 10" in on(RC, "deadline", d(2019, 11, 20))


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y in range(2015, 2021):
        opening = first_monday_of_october(y)
        assert f"October Term {y} opens Monday, October {opening.day}" in on(BB, "docket",
                                                                             opening), y
        if y < 2020:
            assert "Opinion season" in on(BB, "docket", d(y, 6, 25)), y
        assert f"Fortbildungsjahr {y}" in on(RB, "hinweis", d(y, 12, 10)), y
        assert f"Formation continue {y} :" in on(LD, "formation", d(y, 12, 15)), y
        assert f"Formation continue {y - 1} :" in on(LD, "formation", d(y, 1, 20)), y
        for day, name in federal_holidays(y):
            assert f"closed {day:%A}, {day:%B} {day.day} for {name}" in on(CR, "schedule",
                                                                           day), day
        assert f"complete your {y} CLE credits" in on(RC, "mcle", d(y, 12, 1)), y
        assert f"Last call: {y - 1} CLE" in on(RC, "mcle", d(y, 1, 31)), y
    assert "Opinion season" in on(BB, "docket", d(2020, 7, 8))
    assert "COVID-19 and the courts" in on(BB, "docket", d(2020, 6, 25))
    for first, last, name in HEARINGS:
        assert name in on(BB, "docket", iso(first)) and name in on(BB, "docket", iso(last))
    assert "Tax Cuts and Jobs Act" in on(HC, "banner", d(2018, 1, 1))
    assert "GDPR" in on(HC, "banner", d(2018, 5, 20))
    assert "October 31 deadline" in on(HC, "banner", d(2019, 10, 31))
    assert "CCPA" in on(HC, "banner", d(2020, 1, 1))
    assert "COVID-19 Resource Center" in on(HC, "banner", LAST_DAY)
    assert "Essen" in on(RB, "hinweis", d(2016, 9, 14))
    assert "Leipzig" in on(RB, "hinweis", d(2018, 9, 27))
    assert "beA" in on(RB, "hinweis", d(2018, 1, 1)) and "beA" in on(RB, "hinweis",
                                                                     d(2017, 12, 20))
    assert "DSGVO" in on(RB, "hinweis", GDPR_DAY)
    assert "Corona" in on(RB, "hinweis", d(2020, 4, 1))
    assert "Ordonnances Macron" in on(LD, "alerte", d(2017, 9, 25))
    assert "RGPD" in on(LD, "alerte", GDPR_DAY)
    assert "Confinement" in on(LD, "alerte", d(2020, 4, 1))
    assert "Late fee: $75" in on(RC, "mcle", d(2016, 1, 15))
    assert "Late fee: $100" in on(RC, "mcle", d(2018, 1, 15))
    assert "Late fee: $150" in on(RC, "mcle", d(2021, 1, 5))
    assert "online" in on(RC, "mcle", d(2020, 5, 1))
    assert "voted to leave" in on(PL, "banner", d(2016, 6, 24))
    assert "Article 50" in on(PL, "banner", d(2017, 4, 1))
    assert "no-deal" in on(PL, "banner", d(2019, 3, 29))
    assert "Coronavirus" in on(PL, "banner", d(2020, 6, 1))
    assert "transition period ends" in on(PL, "banner", d(2020, 12, 31))
    assert "Reforma laboral" in on(OB, "aviso", d(2019, 5, 2))
    assert "T-MEC" in on(OB, "aviso", d(2020, 7, 1))


def test_time_limits_follow_the_courts_calendars() -> None:
    for y in range(2015, 2021):
        assert "Hoy, 24 de diciembre" in on(AF, "plazos", d(y, 12, 24)), y
        assert "Hoy, 31 de diciembre" in on(AF, "plazos", d(y, 12, 31)), y
        assert "Agosto es inhábil" in on(AF, "plazos", d(y, 8, 5)), y
        if y < 2020:
            assert "Agosto es inhábil" in on(AF, "plazos", d(y, 8, 25)), y
            assert str(y) in on(AF, "plazos", d(y, 3, 20)), y
        assert f"calendário forense de {y}" in on(JF, "prazos", d(y, 7, 1)), y
        if y >= 2017:
            assert f"a 20 de janeiro de {y}" in on(JF, "prazos", d(y, 1, 15)), y
        first, last = (iso(s) for s in SHIHO_SHIKEN[y])
        assert "実施中" in on(HS, "shiken", first) and "実施中" in on(HS, "shiken", last), y
        if y < 2020:
            assert on(HS, "shiken", first - one) == f"{y}年司法試験まであと1日"
    assert "11 a 31 son hábiles" in on(AF, "plazos", AGOSTO_HABIL[0])
    assert "suspendidos (día 1)" in on(AF, "plazos", ALARMA[0])
    assert "a 6 de janeiro de 2016" in on(JF, "prazos", d(2015, 12, 22))
    assert "calendário forense de 2016" in on(JF, "prazos", d(2016, 1, 10))
    assert "Resolução CNJ" in on(JF, "prazos", CNJ_SUSPENSAO[0])
    assert "延期" in on(HS, "shiken", SHIKEN_ENKI) and "延期" not in on(HS, "shiken",
                                                                      SHIKEN_ENKI - one)
    assert on(SZ, "sekou", MINPO_SEKO) == "改正民法（債権法）は2020年4月1日に施行されました"


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (BB, "byline", BB_REDESIGN, "By {author}", "{author_beat}"),
        (BB, "docket", BB_NEWSLETTER, "free daily newsletter", "7 a.m."),
        (HC, "advertising", HC_REDESIGN, "ATTORNEY ADVERTISING", "Prior results"),
        (HC, "authors", HC_REDESIGN, "Authors:", "Contacts:"),
        (HC, "disclaimer", HC_DISCLAIMER, "general information only", "attorney-client"),
        (HC, "privacy", GDPR_DAY, "reply to this email", "Privacy Notice"),
        (RB, "autor", RB_REDESIGN, "Von {author}", "Redaktion"),
        (RB, "rechtsberatung", RB_HINWEIS, "ersetzt keine Rechtsberatung", "Rechtsanwältin"),
        (LD, "consultation", LD_CONSULTATION, "ne constitue pas", "d'ordre général"),
        (LD, "alerte", LD_QUOTIDIENNE, "chaque lundi", "quotidienne"),
        (AF, "asesoramiento", AF_ASESORAMIENTO, "meramente informativo", "abogado colegiado"),
        (AF, "datos", GDPR_DAY, "bajas@", "Responsable del tratamiento"),
        (JF, "informativo", JF_INFORMATIVO, "consulta a um advogado", "OAB"),
        (JF, "cookies", LGPD, "termos de uso", "LGPD"),
        (HS, "menseki", HS_MENSEKI, "法的助言", "弁護士にご相談"),
        (HS, "merumaga", HS_LINE, "メールマガジン", "LINE"),
        (CR, "schedule", CR_REMOTE, "Schedule a deposition", "Remote depositions"),
        (PL, "sra", SRA_BADGE, "SRA number", "digital badge"),
        (OB, "lugar", CDMX, "D.F.", "Ciudad de México")))
    assert_groups_reworded(SET, (
        (BB, "dated", ", 20", "Updated "),
        (HC, "advertising", "ATTORNEY ADVERTISING", "Prior results"),
        (HC, "disclaimer", "general information only", "attorney-client"),
        (RB, "datum", ".", "Uhr"),
        (LD, "date", "Publié le", " à "),
    ))


def test_amounts_change_over_the_years() -> None:
    last = every_day()[-1]
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= last}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "16 % MwSt." in on(RB, "plus", d(2020, 7, 1)) and "19 %" in on(RB, "plus",
                                                                          d(2020, 6, 30))
    assert "19 % MwSt." in on(RB, "plus", LAST_DAY)
    assert "1,620円" in on(HS, "kaiin", d(2019, 9, 30)) and "1,650円" in on(HS, "kaiin",
                                                                          d(2019, 10, 1))
    assert changes(OB, "uma") == {iso(start) for start, _ in UMA}
    for start, value in UMA:
        assert f"${value}" in on(OB, "uma", iso(start)), start
    assert "Salario mínimo" in on(OB, "uma", d(2016, 1, 27))
    assert "1 € le premier mois" in on(LD, "abonnes", LD_REDESIGN)
    gates = {m[1] for t in group_lines(SET, BB, "gate") if (m := re.search(r"\$(\d+\.\d\d)",
                                                                         norm(t)))}
    assert len(gates) >= 2


def test_several_languages_and_scripts() -> None:
    japanese = r"[\u3040-\u30ff\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (HS, "kokoku", japanese), (HS, "menseki", japanese), (SZ, "menseki", japanese),
        (SZ, "hizuke", japanese), (RB, "plus", r"[äöüß€]"), (LD, "reproduction", r"[éèàê]"),
        (AF, "asesoramiento", r"[áéíóúñ]"), (JF, "informativo", r"[ãçéêóúá]")))
    hizuke = group_lines(SET, HS, "hizuke")
    assert any(t.startswith("平成") for t in hizuke) and any(t.startswith("令和")
                                                             for t in hizuke)
    assert any(re.fullmatch(r"\d{4}/\d\d/\d\d", norm(t)) for t in hizuke)
    assert any(t.endswith("EDT") for t in group_lines(SET, BB, "dated"))
    assert any(t.endswith("EST") for t in group_lines(SET, BB, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BB}/dated", f"{BB}/byline", f"{BB}/related", f"{BB}/kicker",
                         f"{BB}/case", f"{BB}/copyright", f"{HC}/dated", f"{HC}/authors",
                         f"{RB}/datum", f"{LD}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BB}/publisher", f"{BB}/opinion", f"{HC}/llp", f"{HC}/disclaimer",
        f"{RB}/impressum", f"{RB}/rechtsberatung"))
    assert_carried_share(docs, BB, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("gate", 0.15, 0.45), ("docket", 0.15, 0.45)])
    assert_carried_share(docs, HC, [("advertising", 0.55, 0.85), ("disclaimer", 0.6, 0.9),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{BB}/related", f"{BB}/advert", f"{RB}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((BB, "case"), (HC, "webinar"), (RB, "entscheidung"),
                               (LD, "reference"), (AF, "resolucion"), (JF, "processo"),
                               (HS, "jiken"), (CR, "realtime"), (RC, "upcoming"),
                               (OB, "norma")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BB, "correction", 16), (HC, "update"), (RB, "korrektur"), (LD, "erratum"),
        (AF, "rectificacion"), (JF, "errata"), (HS, "teisei"), (CR, "update"),
        (RC, "correction"), (PL, "update"), (OB, "erratas"), (SZ, "teisei")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{BB}/related", "Related: "), (f"{RB}/mehr", "Mehr zum Thema: "),
        (f"{LD}/lire", "À lire aussi : "), (f"{AF}/relacionada", "Noticia relacionada: "),
        (f"{JF}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BB, "advert", "Advertisement"), (RB, "anzeige", "Anzeige"),
        (LD, "publicite", "Publicité"), (AF, "publicidad", "Publicidad"),
        (JF, "publicidade", "Publicidade"), (HS, "kokoku", "広告")))
    assert_group_values_from_pool(SET, (
        (BB, "kicker", "kicker"), (HC, "kind", "kind"), (RB, "rubrik", "rubrik"),
        (LD, "rubrique", "rubrique"), (AF, "seccion", "seccion"), (JF, "editoria", "editoria"),
        (HS, "kategori", "kategori"), (PL, "kind", "kind"), (OB, "tipo", "tipo")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (BB, "advert", "Advertisement"),
        (RB, "anzeige", "Anzeige"),
        (HC, "disclaimer", "This publication is provided for general information purposes "
                           "only. It does not constitute legal advice or create an "
                           "attorney-client relationship.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        BB: (["docket", "publisher", "copyright"], 2),
        HC: (["practice", "disclaimer", "privacy", "offices", "copyright", "llp"], 4),
        RB: (["rechtsberatung", "hinweis", "impressum", "copyright"], 3),
        LD: (["consultation", "formation", "reproduction", "copyright"], 3),
        AF: (["asesoramiento", "datos", "copyright"], 2),
        JF: (["informativo", "cookies", "copyright"], 2),
        HS: (["menseki", "merumaga", "copyright"], 2),
        CR: (["rates", "certified", "serving", "tags", "copyright"], 3),
        RC: (["dues", "views", "referral", "deadline", "copyright"], 2),
        PL: (["substitute", "sra", "registered", "copyright"], 3),
        OB: (["uma", "asesoria", "privacidad", "contacto", "copyright"], 3),
        SZ: (["menseki", "haishin", "shozoku", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
