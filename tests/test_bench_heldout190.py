"""The held-back-190 template set (`tests.bench.heldout_templates_190`): its localised dates
(printed day by day in British and American English, German, French with "1er", Korean with
the weekday, Norwegian and Spanish, several changing form on the day of a redesign), the
lines that turn every day, week and month (an ombudsman's answer-by date, a mediator's
fifteen-day date, a recall register's running count, a recall portal's weekly count, the
French gas tariffs, a Korean agency's monthly complaints), the scam-warning banners and
helpline hours that follow the calendars of consumers (Black Friday, the sales, tax
deadlines, Seollal and Chuseok, Easter, summer hours, Christmas closures, the pandemic), the
"not legal advice" notices reworded over the years, the amounts that change by year (the
energy price cap, fees, dues, an award limit), the lines in several languages and scripts,
the variation it promises, its multi-line blocks and the hard negatives of its corpus
actually occur.

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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_190 import (
    AJ_JUNGJI,
    AJ_REDESIGN,
    CHUSEOK,
    CL_AVISO,
    CL_CUOTA,
    CL_REDESIGN,
    CO_BLOCTEL,
    CO_CONSEIL,
    CO_REDESIGN,
    FD_ADVICE,
    FD_ALERTS,
    FD_HELPLINE,
    FD_MEMBERSHIP,
    FD_REDESIGN,
    FIRST_DAY,
    FN_GEBYR,
    FN_LAW,
    FN_REDESIGN,
    HN_ONLINE,
    HN_REDESIGN,
    LAST_DAY,
    MC_CLOSED,
    MC_REDESIGN,
    MR_ORDONNANCE,
    PB_LIMIT,
    PB_PHONES,
    PB_PUBLISHED,
    PB_REDESIGN,
    PRICE_CAP,
    RR2_APP,
    RR2_QUELLE,
    RR2_REDESIGN,
    RR_HOURS,
    RR_REDESIGN,
    RR_REFUND,
    SEOLLAL,
    VB_CORONA,
    VB_ENTGELT,
    VB_HINWEIS,
    VB_PHISHING,
    VB_REDESIGN,
    black_friday,
    complaints,
    fr_day,
    ko_day,
    mondays_so_far,
    no_day,
    recalls_listed,
    soldes,
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

SET = "held-back-190"
SITES = ("Fair Deal Watch", "Recall Register", "Verbraucherberatung Mittelrhein",
         "Conso Vigilance", "한누리소비자원", "Forbrukernemnda Nord", "Consumidores del Levante",
         "Payments & Banking Ombudsman", "Rückruf-Radar",
         "Marlow County Office of Consumer Affairs", "Médiation Conso Rhône", "제품안전알리미")
FD, RR, VB, CO = ("fairdealwatch.co.uk", "recallregister.org.uk", "vb-mittelrhein.de",
                  "consovigilance.fr")
HN, FN, CL, PB = ("hanurisobija.or.kr", "forbrukernemndanord.no", "consumidoresdellevante.org",
                  "pbombudsman.org.uk")
RK, MC, MR, AJ = ("rueckruf-radar.de", "marlowcountyconsumer.gov", "mediation-conso-rhone.fr",
                  "anjeonalrimi.kr")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((FD, "dated"), (RR, "notified"), (VB, "stand"), (CO, "date"), (HN, "deungnok"),
         (FN, "dato"), (CL, "fecha"), (RK, "datum"), (MC, "dated"), (MR, "avis"),
         (AJ, "gesi"))
# The lines that name a day worked out from the day they are printed on.
EVERY_DAY = ((PB, "accept"), (MR, "delai"))
# The notices that follow calendars.
BANNERS = ((FD, "alert"), (RR, "helpline"), (VB, "warnung"), (CO, "bandeau"),
           (HN, "gyeongbo"), (FN, "telefontid"), (CL, "alerta"), (MC, "season"),
           (MR, "horaires"), (AJ, "annae"))
# Amounts in force from given days.
TABLES = ((FD, "price-cap", PRICE_CAP), (FD, "membership", FD_MEMBERSHIP),
          (VB, "entgelt", VB_ENTGELT), (FN, "gebyr", FN_GEBYR), (CL, "cuota", CL_CUOTA),
          (PB, "limit", PB_LIMIT))
# The lines that turn each week or month.
PERIODIC = ((RR, "count"), (RK, "woche"), (CO, "gaz"), (HN, "tonggye"))

QUIET = d(2015, 5, 5)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    FD: "Think you've been scammed? Tell us what happened and we'll help you act fast",
    RR: "Recall helpline: 0808 196 4420, Monday to Friday 9am–5pm",
    VB: "Abzocke am Telefon? Melden Sie unerwünschte Werbeanrufe bei uns.",
    CO: "Bons plans, rappels, arnaques : recevez notre lettre chaque mardi",
    HN: "소비자 피해가 생기면 국번없이 1372 소비자상담센터에 상담하세요",
    FN: "Telefontid: mandag–fredag kl. 09.00–15.00",
    CL: "¿Tienes un problema con una empresa? Te ayudamos a reclamar",
    MC: "Report a scam: call our hotline or file a complaint online",
    MR: "Accueil téléphonique : du lundi au vendredi, de 9 h à 12 h 30",
    AJ: "리콜 정보는 매일 오후 6시에 갱신됩니다",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + PERIODIC + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((CL, "horario"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 27), LAST_DAY))


def test_helpers() -> None:
    assert [soldes(y)[0][0] for y in range(2015, 2021)] == [
        d(2015, 1, 7), d(2016, 1, 6), d(2017, 1, 11), d(2018, 1, 10), d(2019, 1, 9),
        d(2020, 1, 8)]
    assert [soldes(y)[1][0] for y in range(2015, 2021)] == [
        d(2015, 6, 24), d(2016, 6, 22), d(2017, 6, 28), d(2018, 6, 27), d(2019, 6, 26),
        d(2020, 7, 15)]
    assert soldes(2019)[0][1] == d(2019, 2, 19) and soldes(2020)[0][1] == d(2020, 2, 4)
    assert soldes(2020)[1][1] == d(2020, 8, 11)
    assert [black_friday(y) for y in (2015, 2019, 2020)] == [d(2015, 11, 27), d(2019, 11, 29),
                                                             d(2020, 11, 27)]
    assert fr_day(d(2019, 3, 1)) == "1er mars 2019" and fr_day(d(2019, 8, 15)) == "15 août 2019"
    assert no_day(d(2018, 5, 17)) == "17. mai 2018"
    assert ko_day(d(2019, 2, 5)) == "2019년 2월 5일(화)"
    assert mondays_so_far(d(2018, 1, 1)) == 1 and mondays_so_far(d(2019, 1, 6)) == 0
    assert mondays_so_far(d(2019, 1, 7)) == 1 and mondays_so_far(d(2020, 12, 31)) == 52
    assert recalls_listed(2019, 0) == 0 < recalls_listed(2019, 1) < recalls_listed(2019, 2)
    assert all(52_000 <= complaints(y, m) <= 79_000 for y in range(2014, 2021)
               for m in range(1, 13))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday and a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FD, "dated", old, "05/03/2016")
    full(FD, "dated", new, r"Last updated 19 June 2020, \d{1,2}:\d\d [AP]M")
    full(RR, "notified", old, "Notified: 05/03/2016")
    full(RR, "notified", new, "Date notified: Friday 19 June 2020")
    full(RR, "count", new, r"Recalls and safety warnings listed in 2020 so far: \d{2,3}")
    full(VB, "stand", old, r"Stand: 05\.03\.2016")
    full(VB, "stand", new, r"Stand: Freitag, 19\. Juni 2020")
    full(CO, "date", old, rf"Le 05/03/2016 à {clock}")
    full(CO, "date", new, rf"vendredi 19 juin 2020, mis à jour à {clock}")
    full(CO, "date", d(2019, 3, 1), rf"vendredi 1er mars 2019, mis à jour à {clock}")
    full(CO, "gaz", new, r"Tarifs réglementés du gaz au 1er juin 2020 : ([+-]\d,\d %|inchangés)")
    full(HN, "deungnok", old, rf"입력 2016\.03\.05 {clock}")
    full(HN, "deungnok", new, rf"등록일 2020년 6월 19일\(금\) {clock}")
    full(HN, "tonggye", new, r"2020년 5월 소비자상담 접수 \d\d,\d\d\d건 \(전년 동월 대비 "
                             r"[+-]\d+\.\d%\)")
    full(HN, "tonggye", d(2020, 6, 9), r"2020년 4월 .*")
    full(FN, "dato", old, r"Avgjort 05\.03\.2016")
    full(FN, "dato", new, r"Vedtak fattet fredag 19\. juni 2020")
    full(CL, "fecha", old, "Publicado el 5/3/2016")
    full(CL, "fecha", new, "viernes, 19 de junio de 2020")
    full(PB, "accept", new, r"Under the rules of the Payments & Banking Ombudsman, I'm "
                            r"required to ask (Mr|Mrs|Ms|Miss) .+ to accept or reject my "
                            r"decision before 17 July 2020\.")
    full(RK, "datum", old, rf"Veröffentlicht: 05\.03\.2016, {clock} Uhr")
    full(RK, "datum", new, rf"Fr\., 19\. Juni 2020 · {clock} Uhr")
    full(RK, "woche", new, r"Rückrufe der Vorwoche \(KW 24/2020\): \d+")
    full(MC, "dated", old, r"MARLOW, Ind\. \(March 5, 2016\) –")
    full(MC, "dated", d(2017, 9, 12), r"MARLOW, Ind\. \(Sept\. 12, 2017\) –")
    full(MC, "dated", new, "Posted Friday, June 19, 2020")
    full(MR, "avis", new, "Avis rendu le 19 juin 2020")
    full(MR, "avis", d(2019, 3, 1), "Avis rendu le 1er mars 2019")
    full(MR, "delai", d(2019, 2, 14), r"Les parties disposent de quinze jours, soit jusqu'au "
                                      r"1er mars 2019, pour faire connaître leur décision au "
                                      r"médiateur\.")
    full(AJ, "gesi", old, "게시일: 2016-03-05")
    full(AJ, "gesi", new, r"게시일 2020\. 6\. 19\.\(금\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(FD, "dated", day).startswith("Last updated") == (day >= FD_REDESIGN)
        assert on(RR, "notified", day).startswith("Date notified") == (day >= RR_REDESIGN)
        assert ("," in on(VB, "stand", day)) == (day >= VB_REDESIGN)
        assert on(CO, "date", day).startswith("Le ") == (day < CO_REDESIGN)
        assert on(HN, "deungnok", day).startswith("등록일") == (day >= HN_REDESIGN)
        assert on(FN, "dato", day).startswith("Vedtak") == (day >= FN_REDESIGN)
        assert on(CL, "fecha", day).startswith("Publicado") == (day < CL_REDESIGN)
        assert on(RK, "datum", day).startswith("Veröffentlicht") == (day < RR2_REDESIGN)
        assert on(MC, "dated", day).startswith("MARLOW") == (day < MC_REDESIGN)
        assert on(AJ, "gesi", day).startswith("게시일:") == (day < AJ_REDESIGN)
        assert ("1er " in on(MR, "avis", day)) == (day.day == 1)
        later = day + 28 * one
        assert on(PB, "accept", day).endswith(f"{later.day} {later:%B} {later.year}.")
        assert fr_day(day + 15 * one) in on(MR, "delai", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    weekly = changes(RR, "count")
    assert len(weekly) >= 300
    assert all(day.weekday() == 0 or (day.month, day.day) == (1, 1) for day in weekly)
    for day in every_day():
        if day.weekday() == 0 and (day.month, day.day) != (1, 1):
            before = int(on(RR, "count", day - one).rpartition(" ")[2])
            assert int(on(RR, "count", day).rpartition(" ")[2]) > before, day
    assert changes(RK, "woche") == {day for day in every_day() if day.weekday() == 0}
    weeks = found(RK, "woche", r"KW (\d+)/")
    assert weeks == {str(w) for w in range(1, 54)}
    months = {day for day in every_day() if day.day == 1 and day > FIRST_DAY}
    assert changes(CO, "gaz") == months
    assert changes(HN, "tonggye") == {day for day in every_day() if day.day == 10}
    assert len(found(CO, "gaz", r": (.+)$")) >= 30


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        friday = black_friday(y)
        assert f"Black Friday {y}" in on(FD, "alert", friday), y
        assert f"Black Friday {y}" in on(VB, "warnung", friday), y
        assert f"Black Friday {y}" in on(CL, "alerta", friday), y
        assert f"Holiday shopping {y}" in on(MC, "season", d(y, 12, 24)), y
        assert "Tax season" not in on(MC, "season", d(y, 12, 26)), y
        assert f"Tax return deadline {y}" in on(FD, "alert", d(y, 1, 31)), y
        for name, (first, last) in zip(("hiver", "été"), soldes(y), strict=True):
            assert f"Soldes d'{name} {y}" in on(CO, "bandeau", first), (y, name)
            assert f"Soldes d'{name} {y}" in on(CO, "bandeau", last), (y, name)
        seollal, chuseok = iso(SEOLLAL[y]), iso(CHUSEOK[y])
        assert f"{y} 설 명절" in on(HN, "gyeongbo", seollal), y
        assert f"{y} 추석 명절" in on(HN, "gyeongbo", chuseok), y
        assert f"{y} 설 연휴" in on(AJ, "annae", seollal - 7 * one), y
        assert f"{y} 추석 연휴" in on(AJ, "annae", chuseok + one), y
        assert f"Sommertid {y}" in on(FN, "telefontid", d(y, 8, 15)), y
        assert "Sommertid" not in on(FN, "telefontid", d(y, 8, 16)), y
        assert f"julestengt fra 24. desember {y}" in on(FN, "telefontid", d(y, 12, 31)), y
        assert f"closed from 24 December {y}" in on(RR, "helpline", d(y, 12, 24)), y
        assert f"Fermeture estivale du 1er au 21 août {y}" in on(MR, "horaires", d(y, 8, 21))
        assert f"Rebajas de verano {y}" in on(CL, "alerta", d(y, 7, 31)), y
        assert "Strom oder Gas" in on(VB, "warnung", d(y, 1, 19)), y
        if y != 2020:  # the pandemic's notice wins at Easter 2020
            assert f"Påsken {y}" in on(FN, "telefontid", easter(y) - 3 * one), y
            assert f"Rebajas de invierno {y}" in on(CL, "alerta", d(y, 1, 7)), y
            assert f"Tax season {y}" in on(MC, "season", d(y, 4, 18)), y
            assert "Tax season" not in on(MC, "season", d(y, 4, 19)), y
    assert found(FN, "telefontid", r"skjærtorsdag (\d+\. \w+)") == {
        "2. april", "24. mars", "13. april", "29. mars", "18. april"}
    assert "Tax season 2020" in on(MC, "season", d(2020, 7, 15))
    assert "Economic Impact" in on(MC, "season", d(2020, 5, 1))
    assert "Koronaviruset" in on(FN, "telefontid", d(2020, 4, 9))
    assert "Coronavirus" in on(FD, "alert", d(2020, 4, 1))
    assert "Mehrwertsteuer" in on(VB, "warnung", d(2020, 7, 15))
    assert "마스크" in on(HN, "gyeongbo", d(2020, 3, 2))
    assert "Confinement" in on(CO, "bandeau", d(2020, 4, 1))
    assert "Confinement" in on(MR, "horaires", d(2020, 4, 1))
    assert "Estado de alarma" in on(CL, "alerta", d(2020, 4, 1))
    assert on(CL, "horario", d(2020, 4, 1)).startswith("Durante el estado de alarma")
    for y in range(2015, 2021):
        assert on(CL, "horario", d(y, 7, 1)).startswith("Horario de verano"), y
        assert on(CL, "horario", d(y, 9, 1)).startswith("Horario de atención"), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FD, "byline", FD_REDESIGN, "By {author}", "{author_beat}"),
        (FD, "not-advice", FD_ADVICE, "general guidance", "qualified adviser"),
        (FD, "alert", FD_ALERTS, "Tell us what happened", "every Friday"),
        (FD, "helpline", FD_HELPLINE, "8.30am", "work from home"),
        (RR, "reference", RR_REDESIGN, "PSR/", "Recall ref."),
        (RR, "stop-using", RR_REFUND, "where you", "don't need a receipt"),
        (RR, "helpline", RR_HOURS, "9am–5pm", "Saturday"),
        (VB, "warnung", VB_PHISHING, "Werbeanrufe", "Phishing-Radar"),
        (VB, "rechtsberatung", VB_HINWEIS, "individuelle", "sorgfältig"),
        (VB, "telefon", VB_CORONA, "Mo–Do", "geschlossen"),
        (CO, "bloctel", CO_BLOCTEL, "Pacitel", "Bloctel"),
        (CO, "conseil", CO_CONSEIL, "visée informative", "juriste"),
        (HN, "sangdam", HN_ONLINE, "18:00)", "온라인 상담"),
        (FN, "bindende", FN_LAW, "fire uker", "én måned"),
        (CL, "autor", CL_REDESIGN, "Redacción", "Por "),
        (CL, "asesoramiento", CL_AVISO, "orientativa", "servicio jurídico"),
        (PB, "final", PB_REDESIGN, "Ombudsman's", "Final decision"),
        (PB, "published", PB_PUBLISHED, "name removed", "precedent"),
        (PB, "phones", PB_PHONES, "8pm", "online form"),
        (RK, "app", RR2_APP, "Facebook", "App"),
        (RK, "gewaehr", RR2_QUELLE, "bzw.", "Landesbehörde"),
        (MC, "hotline", MC_CLOSED, "8:30 a.m.", "walk-in"),
        (MR, "gratuit", MR_ORDONNANCE, "Le recours", "L. 612-1"),
        (AJ, "jungji", AJ_JUNGJI, "즉시", "무상")))
    assert_groups_reworded(SET, (
        (FD, "dated", "/20", "Last updated "),
        (RR, "notified", "Notified: ", "Date notified: "),
        (VB, "stand", ".20", ", "),
        (CO, "date", "Le ", "mis à jour"),
        (FD, "not-advice", "general guidance", "qualified adviser"),
        (FN, "bindende", "fire uker", "én måned"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "aren't capped" in on(FD, "price-cap", d(2018, 12, 31))
    assert "£1,042" in on(FD, "price-cap", LAST_DAY)
    assert "£150,000" in on(PB, "limit", d(2019, 3, 31))
    assert "£350,000" in on(PB, "limit", d(2019, 4, 1))
    caps = {m[1] for t in group_lines(SET, FD, "price-cap")
            if (m := re.search(r"cap: (£[\d,]+)", norm(t)))}
    assert len(caps) >= 3
    fees = {m[1] for t in group_lines(SET, VB, "entgelt")
            if (m := re.search(r": (\d+) Euro", norm(t)))}
    assert len(fees) >= 2


def test_several_languages_and_scripts() -> None:
    hangul = r"[\uac00-\ud7a3]"
    assert_groups_in_script(SET, (
        (HN, "bunryu", hangul), (HN, "beopryul", hangul), (HN, "gyeongbo", hangul),
        (AJ, "jungji", hangul), (AJ, "munui", hangul),
        (FN, "bindende", r"[æøå]"), (FN, "anonym", r"[æøå]"),
        (VB, "foerderung", r"[äöüß]"), (RK, "rueckgabe", r"[äöüß]"),
        (CO, "conseil", r"[éèàùç]"), (MR, "lie", r"[éèàùç]"),
        (CL, "registro", r"[áéíóúñ]")))
    assert any("(" in t and re.search(hangul, t) for t in group_lines(SET, HN, "deungnok"))
    assert any("mis à jour à" in t for t in group_lines(SET, CO, "date"))
    assert any(re.search(r"\d{4}년 \d{1,2}월", t) for t in group_lines(SET, HN, "tonggye"))
    assert any(re.search(r"\((Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d", t)
               for t in group_lines(SET, MC, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FD}/dated", f"{FD}/byline", f"{FD}/related", f"{FD}/kicker",
                         f"{FD}/rights", f"{FD}/copyright", f"{RR}/notified", f"{RR}/reference",
                         f"{RR}/hazard", f"{RR}/count", f"{VB}/stand", f"{VB}/rubrik",
                         f"{CO}/date", f"{HN}/damdang", f"{FN}/sak"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FD}/charity", f"{FD}/not-advice", f"{RR}/supplied", f"{RR}/stop-using",
        f"{VB}/foerderung", f"{CO}/conseil"))
    assert_carried_share(docs, FD, [
        ("dated", 0.8, 0.98), ("related", 0.3, 0.6), ("correction", 0.0, 0.1),
        ("alert", 0.15, 0.45), ("price-cap", 0.05, 0.3)])
    assert_carried_share(docs, RR, [("notified", 0.75, 0.95), ("count", 0.1, 0.32),
                                    ("update", 0.0, 0.1)])
    assert max(per_doc(docs, f"{CO}/publicite")) == 2
    assert max(per_doc(docs, f"{RK}/anzeige")) <= 2
    assert_once_per_page(SET, ((FD, "rights"), (FD, "related"), (FD, "newsletter"),
                               (RR, "category"), (VB, "musterbrief"), (CO, "rappel"),
                               (FN, "vurdering"), (PB, "decided"), (HN, "baro")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FD, "correction"), (RR, "update"), (VB, "korrektur"), (CO, "erratum"),
        (HN, "jeongjeong"), (FN, "rettelse"), (CL, "rectificacion"), (PB, "note"),
        (RK, "korrektur"), (MC, "correction"), (MR, "erratum"), (AJ, "jeongjeong")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FD}/related", "Related: "), (f"{VB}/lesen", "Lesen Sie auch: "),
        (f"{CO}/lire", "À lire aussi : "), (f"{HN}/gwallyeon", "관련기사: "),
        (f"{CL}/interesar", "Te puede interesar: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CO, "publicite", "Publicité"), (RK, "anzeige", "Anzeige"), (MC, "end", "###"),
        (PB, "role", "Ombudsman"), (FN, "vurdering", "Nemndas vurdering"),
        (PB, "happened", "What happened"), (HN, "baro", "▶ 피해구제 신청 바로가기")))
    assert_group_values_from_pool(SET, (
        (FD, "kicker", "kicker"), (RR, "notice", "notice"), (VB, "rubrik", "rubrik"),
        (CO, "rubrique", "rubrique"), (HN, "bunryu", "bunryu"), (CL, "seccion", "seccion"),
        (MC, "kind", "kind")))
    sources = {norm(t).removeprefix("Source : ") for t in group_lines(SET, CO, "source")}
    assert sources and sources <= {"RappelConso", "DGCCRF", "le fabricant", "l'enseigne",
                                   "l’enseigne", "AFP"}
    risks = {norm(t).removeprefix("Risk level: ") for t in group_lines(SET, RR, "risk")}
    assert risks <= {"Serious", "High", "Medium", "Low"} and len(risks) >= 3
    outcomes = {norm(t) for t in group_lines(SET, FN, "resultat")}
    assert len(outcomes) >= 3 and all(t.startswith("Resultat: ") for t in outcomes)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (FD, "not-advice", "This guide explains your rights in general terms. It isn't legal "
                           "advice: for help with your own case, talk to a qualified "
                           "adviser."),
        (RR, "risk", "Risk level: Serious"),
        (VB, "rechtsberatung", "Die Informationen in diesem Beitrag sind sorgfältig "
                               "recherchiert, ersetzen aber keine persönliche "
                               "Rechtsberatung."),
        (CO, "publicite", "Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FD: (["charity", "copyright"], 2),
        RR: (["about", "copyright"], 2),
        VB: (["foerderung", "copyright"], 2),
        CO: (["reproduction", "copyright"], 2),
        HN: (["jeojakgwon", "juso"], 2),
        FN: (["adresse", "personvern"], 2),
        CL: (["registro", "copyright"], 2),
        PB: (["accept", "name", "role"], 3),
        RK: (["gewaehr", "copyright"], 2),
        MC: (["end", "media"], 2),
        MR: (["referencement", "copyright"], 2),
        AJ: (["jaryo", "copyright"], 2)})


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
