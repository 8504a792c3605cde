"""The held-back-203 template set (`tests.bench.heldout_templates_203`): its localised dates
(printed day by day in English, French, Spanish, Korean, Persian with the Solar Hijri date and
its switch to Persian digits, and Polish with genitive months, several changing form on the
day of a redesign), the lines that turn every day and week (showtimes for the day, festival
countdowns, the Día del Espectador, Korea's Culture Day, the French programme week from
Wednesday, the Polish repertoire week from Friday), the accreditation and call-for-entries
notices that follow a festival's year, the festival and awards calendars some notices follow
(Cannes, Venice, London, the Oscars and BAFTAs, San Sebastián, Málaga, the Goyas, Busan and
Jeonju, Fajr, Nowruz, Ashura, Gdynia, New Horizons, the Printemps and Fête du cinéma, the
Fiesta del Cine, the 2020 closures), the ticket prices and passes that change over the
years, the lines in several languages and scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import thanksgiving
from tests.bench.heldout_templates_203 import (
    ASHURA,
    BAFTAS,
    BC_BOLETIN,
    BC_PASE,
    BC_REDESIGN,
    BUSAN,
    CA_CLOSED,
    CA_ESPECTADOR,
    CA_REDESIGN,
    CANNES,
    CF_DISTANCING,
    CF_REDESIGN,
    CF_YOGEUM,
    CM_COPYRIGHT,
    CM_REDESIGN,
    CM_SCREENING,
    ECRANS,
    EL_PASS,
    EL_REDESIGN,
    EL_REGION,
    FAJR,
    FAJR_ORDINALS,
    FETE,
    FIESTA_DEL_CINE,
    FIRST_DAY,
    GDPR_DAY,
    GDYNIA,
    GOYAS,
    HF_LAND,
    HF_PASSES,
    HF_REDESIGN,
    HF_SPONSOR,
    HIFF,
    JEONJU,
    KP_PATRONITE,
    KP_POKAZ,
    KP_REDESIGN,
    KZ_CENY,
    KZ_CLOSED,
    KZ_ONLINE,
    KZ_REDESIGN,
    KZ_WTORKI,
    LAST_DAY,
    LFF,
    MAHHA,
    MALAGA,
    NEW_HORIZONS,
    NZ_BELIT,
    NZ_CLOSED,
    NZ_INSTAGRAM,
    NZ_REDESIGN,
    OSCARS,
    PRINTEMPS,
    RI_APP,
    RI_CLOSED,
    RI_REDESIGN,
    RI_TARIFS,
    RV_NEWSLETTER,
    RV_REDESIGN,
    RV_SCREENING,
    SAN_SEBASTIAN,
    ST_CLOSED,
    ST_PRICES,
    ST_REDESIGN,
    ST_TUESDAY,
    VENICE,
    culture_day,
    fa,
    jalali,
    last_of_week,
    next_of_week,
)
from tests.heldout_checks import (
    ascii_digits,
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

SET = "held-back-203"
SITES = ("Reel Verdict", "Starlite Cinemas", "씨네마루", "Cinémas Rivage", "نمای نزدیک",
         "Kino Zorza", "Butaca Crítica", "Harbourlight International Film Festival",
         "Écrans de Loire", "씨네포레", "Cines Albor", "Kadr po kadrze")
RV, ST, CM, RI = ("reelverdict.co.uk", "starlitecinemas.com", "cinemaru.co.kr",
                  "cinemasrivage.fr")
NZ, KZ, BC, HF = ("namayenazdik.ir", "kinozorza.pl", "butacacritica.es",
                  "harbourlightfilmfest.org")
EL, CF, CA, KP = ("ecransdeloire.fr", "cineforet.co.kr", "cinesalbor.es", "kadrpokadrze.pl")
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((RV, "dated"), (ST, "dated"), (CM, "ipryeok"), (RI, "date"), (NZ, "tarikh"),
         (KZ, "data"), (BC, "fecha"), (HF, "dated"), (EL, "date"), (CF, "deungrok"),
         (CA, "fecha"), (KP, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((ST, "showtimes"),)
# The lines that turn on the days of a calendar (countdowns, festival years, weeks).
TURNING = ((CM, "dday"), (RI, "semaine"), (KZ, "repertuar"), (HF, "countdown"),
           (HF, "accreditation"), (HF, "submissions"), (EL, "compte"), (EL, "accreditation"),
           (EL, "appel"), (CF, "munhwa"), (CA, "espectador"))
# The notices that follow calendars.
BANNERS = ((RV, "notice"), (ST, "notice"), (RI, "evenement"), (NZ, "elan"),
           (KZ, "ogloszenie"), (BC, "aviso"), (CA, "fiesta"), (KP, "festiwal"))
# Amounts in force from given days.
TABLES = ((RI, "tarifs", RI_TARIFS), (NZ, "belit", NZ_BELIT), (KZ, "ceny", KZ_CENY),
          (KZ, "tanie-wtorki", KZ_WTORKI), (ST, "tuesday", ST_TUESDAY),
          (EL, "pass", EL_PASS), (CF, "yogeum", CF_YOGEUM))

QUIET = d(2015, 4, 14)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    RV: "Get the Reel Verdict newsletter: every new release, reviewed",
    ST: "Skip the line: buy your tickets online at starlitecinemas.com",
    RI: "Réservez vos places en ligne, sans frais de réservation",
    NZ: "کانال تلگرام نمای نزدیک را دنبال کنید",
    KZ: "Rezerwacje biletów: kasa kina, tel. 42 630 15 15",
    BC: "Síguenos en Twitter y en Instagram",
    CA: "Compra tus entradas en la web sin gastos de gestión",
    KP: "Nowe recenzje w każdy piątek",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (ST, "prices"), (HF, "passes")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 4, 12), d(2018, 5, 25), d(2019, 10, 3),
        d(2020, 4, 1), d(2020, 11, 18), LAST_DAY))


def test_helpers() -> None:
    assert jalali(d(2019, 3, 21)) == (1398, 1, 1) and jalali(d(2020, 3, 20)) == (1399, 1, 1)
    assert jalali(d(2017, 3, 20)) == (1395, 12, 30) and jalali(d(2018, 12, 22)) == (1397, 10, 1)
    assert fa(1398) == "۱۳۹۸" and fa(5, 2) == "۰۵"
    assert [culture_day(2019, m) for m in (1, 7)] == [d(2019, 1, 30), d(2019, 7, 31)]
    assert last_of_week(d(2019, 6, 23), 2) == d(2019, 6, 19) == last_of_week(d(2019, 6, 19), 2)
    assert next_of_week(d(2019, 6, 20), 2) == d(2019, 6, 26)
    assert all(iso(a).weekday() == 3 for a, _ in HIFF.values())  # opens on a Thursday
    assert all(iso(a).weekday() == 2 for a, _ in ECRANS.values())  # and on a Wednesday


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # Saturday, Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(RV, "dated", old, r"05\.03\.16")
    full(RV, "dated", new, rf"Published 19 June 2020 · Updated {clock}")
    full(ST, "dated", old, "Posted on 03/05/2016")
    full(ST, "dated", new, "June 19, 2020")
    full(ST, "showtimes", d(2019, 6, 21), r"Showtimes for Friday, June 21: [\d:APM, ]+")
    full(CM, "ipryeok", old, rf"입력 2016\.03\.05 {clock}")
    full(CM, "ipryeok", new, rf"기사입력 2020년 06월 19일 \(금\) {clock}")
    full(RI, "date", old, "Publié le 05/03/2016")
    full(RI, "date", new, "Vendredi 19 juin 2020")
    full(RI, "semaine", d(2019, 6, 21), "Programme de la semaine du mercredi 19 au mardi 25 "
                                         "juin")
    full(RI, "semaine", d(2019, 8, 2), "Programme de la semaine du mercredi 31 juillet au "
                                        "mardi 6 août")
    full(NZ, "tarikh", old, rf"تاریخ انتشار: 1394/12/15 - {clock}")
    full(NZ, "tarikh", new, "جمعه ۳۰ خرداد ۱۳۹۹")
    full(KZ, "data", old, r"05\.03\.2016")
    full(KZ, "data", new, "piątek, 19 czerwca 2020")
    full(KZ, "repertuar", d(2019, 9, 30), "Repertuar od piątku 27 września do czwartku 3 "
                                           "października")
    full(BC, "fecha", old, "05/03/2016")
    full(BC, "fecha", new, "viernes 19 de junio de 2020")
    full(HF, "dated", old, "March 5, 2016")
    full(HF, "dated", new, "Friday, June 19, 2020")
    full(EL, "date", old, "5 mars 2016")
    full(EL, "date", new, "Publié le vendredi 19 juin 2020")
    full(CF, "deungrok", old, "등록일 2016-03-05")
    full(CF, "deungrok", new, r"2020\.06\.19 \(금\)")
    full(CA, "fecha", old, "5 de marzo de 2016")
    full(CA, "fecha", new, "Actualizado: 19/06/2020")
    full(CA, "espectador", d(2019, 6, 19), "Hoy es miércoles, Día del Espectador: todas las "
                                           "sesiones a 5,90 €")
    full(CA, "espectador", d(2016, 3, 5), "Próximo Día del Espectador: miércoles 9 de marzo, "
                                          "entradas a 4,90 €")
    full(KP, "data", old, "5 marca 2016")
    full(KP, "data", new, r"Opublikowano: 19\.06\.2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(RV, "dated", day).startswith("Published") == (day >= RV_REDESIGN)
        assert on(ST, "dated", day).startswith("Posted") == (day < ST_REDESIGN)
        assert on(CM, "ipryeok", day).startswith("기사입력") == (day >= CM_REDESIGN)
        assert on(RI, "date", day).startswith("Publié") == (day < RI_REDESIGN)
        assert bool(re.search(r"[0-9]", on(NZ, "tarikh", day))) == (day < NZ_REDESIGN)
        jy, jm, jd = jalali(day)
        if day < NZ_REDESIGN:
            assert f"{jy}/{jm:02d}/{jd:02d}" in on(NZ, "tarikh", day)
        else:
            text = ascii_digits(on(NZ, "tarikh", day), PERSIAN_DIGITS)
            assert text.endswith(f" {jd} {MAHHA[jm - 1]} {jy}"), (day, text)
        assert ("," in on(KZ, "data", day)) == (day >= KZ_REDESIGN)
        assert ("de" in on(BC, "fecha", day).split()) == (day >= BC_REDESIGN)
        assert on(HF, "dated", day).count(",") == 1 + (day >= HF_REDESIGN)
        assert on(EL, "date", day).startswith("Publié") == (day >= EL_REDESIGN)
        assert on(CF, "deungrok", day).startswith("등록일") == (day < CF_REDESIGN)
        assert on(CA, "fecha", day).startswith("Actualizado") == (day >= CA_REDESIGN)
        assert on(KP, "data", day).startswith("Opublikowano") == (day >= KP_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_week() -> None:
    closed = (iso(ST_CLOSED[0]), iso(ST_CLOSED[1]))
    for day in every_day():
        showtimes = on(ST, "showtimes", day)
        assert f"{day:%A}, {day:%B} {day.day}" in showtimes
        assert showtimes.startswith("No showtimes") == (closed[0] <= day <= closed[1])
        espectador = on(CA, "espectador", day)
        if not iso(CA_CLOSED[0]) <= day <= iso(CA_CLOSED[1]):
            assert espectador.startswith("Hoy") == (day.weekday() == 2), day
            price = [v for start, v in CA_ESPECTADOR if iso(start) <= day][-1]
            assert espectador.endswith(price), day
        munhwa = on(CF, "munhwa", day)
        assert munhwa.startswith("오늘은") == (day == culture_day(day.year, day.month))
    # The showtimes name the day: a wording for every day.
    assert len(changes(ST, "showtimes")) == len(every_day()) - 1
    # The French programme week turns each Wednesday, the Polish repertoire each Friday,
    # apart from the 2020 closures.
    weekly = changes(RI, "semaine")
    assert all(day.weekday() == 2 for day in weekly if not any(
        iso(a) <= day <= iso(b, ) + one for a, b in RI_CLOSED))
    assert len(weekly) >= 280
    repertuar = changes(KZ, "repertuar")
    assert all(day.weekday() == 4 for day in repertuar if not any(
        iso(a) <= day <= iso(b) + one for a, b in KZ_CLOSED))
    assert len(repertuar) >= 280
    assert "nieczynne" in on(KZ, "repertuar", d(2020, 4, 3))
    assert "fermés" in on(RI, "semaine", d(2020, 4, 3))
    # Culture Day: every last Wednesday of a month, announced the week before.
    for y in range(2015, 2021):
        for m in range(1, 13):
            cday = culture_day(y, m)
            assert f"{cday.day}일(수)" in on(CF, "munhwa", cday - 3 * one), cday


def test_festival_countdowns_and_accreditation() -> None:
    for y in range(2015, 2021):
        first, last = iso(HIFF[y][0]), iso(HIFF[y][1])
        ed = y - 2015 + 35
        assert on(HF, "countdown", first - 30 * one).startswith(f"30 days to go until the {ed}th")
        assert on(HF, "countdown", first - one).startswith("Tomorrow")
        assert on(HF, "countdown", last).startswith(f"Festival day {(last - first).days + 1}")
        assert on(HF, "countdown", first - 90 * one).startswith(f"Save the date: HIFF {y}")
        assert "is open until" in on(HF, "accreditation", d(y, 7, 1))
        assert "has closed" in on(HF, "accreditation", first)
        assert f"HIFF {y + 1} opens June 1" in on(HF, "accreditation", last + one)
        assert f"HIFF {y} are open: early-bird" in on(HF, "submissions", d(y, 2, 1))
        assert f"HIFF {y + 1} open January 15" in on(HF, "submissions", d(y, 9, 1))
        ecrans = iso(ECRANS[y][0])
        assert on(EL, "compte", ecrans - 12 * one).startswith(f"J-12 : le {y - 2015 + 21}e")
        assert on(EL, "compte", ecrans).startswith("Festival : jour 1")
        assert "demandes ouvertes" in on(EL, "accreditation", d(y, 10, 1))
        assert f"{y + 1} ouvriront" in on(EL, "accreditation", iso(ECRANS[y][1]) + one)
        assert f"Appel à films {y} : inscriptions" in on(EL, "appel", d(y, 4, 1))
        busan = iso(BUSAN[y][0])
        assert on(CM, "dday", busan - 7 * one) == f"제{y - 2015 + 20}회 부산국제영화제 개막 D-7"
        assert "1일차" in on(CM, "dday", busan)
        assert "전주국제영화제 개막 D-3" in on(CM, "dday", iso(JEONJU[y][0]) - 3 * one)
    assert "September 1" in on(HF, "accreditation", d(2020, 8, 20))  # the online edition
    # A countdown turns every day before the festival.
    days = changes(HF, "countdown")
    assert {iso(HIFF[2019][0]) - k * one for k in range(0, 60)} <= days
    assert found(CM, "dday", r"D-(\d+)") == {str(n) for n in range(1, 31)}
    assert found(EL, "compte", r"J-(\d+)") == {str(n) for n in range(2, 46)} | {"1"}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, (first, last) in CANNES.items():
        assert f"Cannes {y}" in on(RV, "notice", iso(first)) and f"Cannes {y}" in on(
            RV, "notice", iso(last))
    assert found(RV, "notice", r"Cannes (\d{4})") == {str(y) for y in range(2015, 2020)}
    for y in range(2015, 2021):
        assert f"Venice {y}" in on(RV, "notice", iso(VENICE[y][0])), y
        assert f"London Film Festival {y}" in on(RV, "notice", iso(LFF[y][1])), y
        assert f"Oscars {y}" in on(RV, "notice", iso(OSCARS[y])), y
        assert f"BAFTAs {y}" in on(RV, "notice", iso(BAFTAS[y])), y
        assert f"San Sebastián {y}" in on(BC, "aviso", iso(SAN_SEBASTIAN[y][0])), y
        assert f"Premios Goya {y}" in on(BC, "aviso", iso(GOYAS[y])), y
        assert FAJR_ORDINALS[y] in on(NZ, "elan", iso(FAJR[y][0])), y
        assert f"{y - 1975}. FPFF" in on(KP, "festiwal", iso(GDYNIA[y][0])), y
        assert f"{y - 2000}. MFF Nowe Horyzonty" in on(KP, "festiwal", iso(NEW_HORIZONS[y][1]))
        if y < 2020:
            assert f"Málaga {y}" in on(BC, "aviso", iso(MALAGA[y][0])), y
            assert f"Printemps du cinéma du {iso(PRINTEMPS[y][0]).day}" in on(
                RI, "evenement", iso(PRINTEMPS[y][0])), y
            assert f"Fête du cinéma {y}" in on(RI, "evenement", iso(FETE[y][1])), y
            assert "Fiesta del Cine" in on(CA, "fiesta", iso(FIESTA_DEL_CINE[y][0])), y
            assert "Summer Movie Camp" in on(ST, "notice", d(y, 7, 15)), y
            assert "Kino Letnie" in on(KZ, "ogloszenie", d(y, 8, 1)), y
            assert f"{y - 1975}. Festiwal Polskich" in on(KZ, "ogloszenie", iso(GDYNIA[y][1]))
            assert "عاشورا" in on(NZ, "elan", iso(ASHURA[y])), y
            assert "اکران نوروزی" in on(NZ, "elan", d(y, 3, 25)), y
        assert "Thanksgiving" in on(ST, "notice", thanksgiving(y)), y
        assert f"Christmas Day {y}" in on(ST, "notice", d(y, 12, 25)), y
    assert found(NZ, "elan", r"اکران نوروزی (\S+):") == {fa(y) for y in range(1394, 1399)}
    assert "عاشورا" in on(NZ, "elan", iso(ASHURA[2020]))
    # 2020: the closures and reopenings of each country's cinemas.
    assert "closed" in on(RV, "notice", d(2020, 4, 1))
    assert "closed again" in on(RV, "notice", d(2020, 11, 20))
    assert "temporarily closed" in on(ST, "notice", d(2020, 5, 1))
    assert "Welcome back" in on(ST, "notice", iso(ST_CLOSED[1]) + one)
    assert "Fermeture" in on(RI, "evenement", d(2020, 4, 1))
    assert "Réouverture" in on(RI, "evenement", d(2020, 7, 1))
    assert "Confinement" in on(RI, "evenement", iso(RI_CLOSED[1][0]))
    assert "تعطیل" in on(NZ, "elan", iso(NZ_CLOSED[0]))
    assert "nieczynne" in on(KZ, "ogloszenie", iso(KZ_CLOSED[0][0]))
    assert "znów zamknięte" in on(KZ, "ogloszenie", d(2020, 12, 10))  # not Gdynia's online days
    assert "estado de alarma" in on(BC, "aviso", d(2020, 4, 1))
    assert "Reabrimos" in on(CA, "fiesta", d(2020, 7, 1))
    assert "estado de alarma" in on(CA, "espectador", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (RV, "byline", RV_REDESIGN, "Reviewed by", "Words by"),
        (RV, "related", RV_REDESIGN, "Read our review", "You might also like"),
        (RV, "screening", RV_SCREENING, "press screening.", "UK distributor"),
        (RV, "affiliate", RV_REDESIGN, "local cinema", "affiliate commission"),
        (RV, "notice", RV_NEWSLETTER, "every new release", "Friday Reel"),
        (ST, "notice", ST_REDESIGN, "Skip the line", "app"),
        (CM, "gija", CM_REDESIGN, "{author} 기자", "사진"),
        (CM, "sisa", CM_SCREENING, "언론배급시사회", "배급사가 마련한"),
        (CM, "copyright", CM_COPYRIGHT, "All rights reserved", "무단전재"),
        (RI, "evenement", RI_APP, "sans frais", "appli"),
        (RI, "cookies", GDPR_DAY, "mesurer son audience", "consentement"),
        (NZ, "ekran", NZ_REDESIGN, "اکران رسانه‌ای", "اصحاب رسانه"),
        (NZ, "elan", NZ_INSTAGRAM, "تلگرام", "اینستاگرام"),
        (KZ, "ogloszenie", KZ_ONLINE, "kasa kina", "online"),
        (KZ, "rodo", GDPR_DAY, "cookies", "danych osobowych"),
        (BC, "pase", BC_PASE, "tras el pase", "distribuidora"),
        (BC, "aviso", BC_BOLETIN, "Twitter", "boletín"),
        (HF, "sponsor", HF_SPONSOR, "Atlantic Mutual", "Tidewater"),
        (HF, "about", HF_LAND, "RR0001", "unceded"),
        (EL, "partenaires", EL_REGION, "Région Centre et", "Centre-Val de Loire"),
        (CF, "ipjang", CF_DISTANCING, "쾌적한", "띄어앉기"),
        (KP, "pokaz", KP_POKAZ, "obejrzałem", "dystrybutora"),
        (KP, "wsparcie", KP_PATRONITE, "Facebooku", "Patronite")))
    assert_groups_reworded(SET, (
        (RV, "dated", ".", "Published "),
        (ST, "dated", "Posted on ", ", 20"),
        (RV, "byline", "Reviewed by ", "Words by "),
        (CM, "ipryeok", "입력 ", "기사입력 "),
        (NZ, "tarikh", "تاریخ انتشار", "۱۳"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    for domain, family, table in ((ST, "prices", ST_PRICES), (HF, "passes", HF_PASSES)):
        assert changes(domain, family) == {iso(s) for s, _ in table if iso(s) > FIRST_DAY}
        for start, values in table:
            text = on(domain, family, max(iso(start), FIRST_DAY))
            assert all(f"${v} " in text + " " for v in values), (domain, start)
    assert "$99" in on(HF, "passes", d(2020, 9, 17))  # the online edition
    assert "édition en ligne" in on(EL, "pass", d(2020, 11, 18))
    assert "۲۵ هزار تومان" in on(NZ, "belit", LAST_DAY)
    prices = {m[1] for t in group_lines(SET, RI, "tarifs")
              if (m := re.search(r"Plein tarif ([\d,]+) €", norm(t)))}
    assert len(prices) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (CM, "bunryu", r"[\uac00-\ud7a3]"), (CM, "ipryeok", r"[\uac00-\ud7a3]"),
        (CF, "byeongyeong", r"[\uac00-\ud7a3]"), (CF, "munhwa", r"[\uac00-\ud7a3]"),
        (NZ, "sotun", r"[\u0600-\u06ff]"), (NZ, "naghl", r"[\u0600-\u06ff]"),
        (KZ, "adres", r"[łąęśćżźńó]"), (KP, "pokaz", r"[łąęśćżźńó]"),
        (RI, "horaires", r"[éèàù]"), (EL, "date", r"[a-zé]"),
        (BC, "pase", r"[áéíóúñ]"), (CA, "sujeto", r"[áéíóúñ]")))
    assert any(re.search(r"[۰-۹]", t) for t in group_lines(SET, NZ, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, NZ, "tarikh"))
    assert any(re.search(r"\([월화수목금토일]\)", t) for t in group_lines(SET, CM, "ipryeok"))
    assert any(t.startswith("J-") for t in group_lines(SET, EL, "compte"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{RV}/dated", f"{RV}/byline", f"{RV}/related", f"{RV}/kicker",
                         f"{RV}/stars", f"{RV}/factfile", f"{RV}/copyright", f"{ST}/dated",
                         f"{ST}/showtimes", f"{ST}/rating", f"{CM}/ipryeok", f"{CM}/deungeup"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{RV}/about", f"{RV}/copyright", f"{ST}/subject", f"{ST}/captions", f"{RV}/advert",
        f"{CM}/jebo", f"{RI}/horaires"))
    assert_carried_share(docs, RV, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("notice", 0.15, 0.5), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, ST, [("dated", 0.8, 0.98), ("showtimes", 0.2, 0.5),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{RV}/related", f"{RV}/advert", f"{CM}/gwanryeon", f"{RI}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((RV, "trailer"), (ST, "theaters"), (CM, "gwanggo"),
                               (RI, "seances"), (KZ, "seanse"), (NZ, "tabligh"),
                               (HF, "screening"), (CA, "sesiones")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (RV, "correction", 16), (ST, "update"), (CM, "jeongjeong"), (RI, "erratum"),
        (NZ, "eslah"), (KZ, "sprostowanie"), (BC, "erratas"), (HF, "change"),
        (EL, "rectificatif"), (CF, "annae"), (CA, "aviso"), (KP, "errata")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CM}/gwanryeon", "▶ 관련기사: "), (f"{NZ}/bishtar", "بیشتر بخوانید: "),
        (f"{BC}/interesar", "Te puede interesar: "), (f"{KP}/zobacz", "Zobacz też: ")))
    related = [norm(t) for t in fams[f"{RV}/related"]]
    assert any(t.startswith("Read our review: ") for t in related)
    assert any(t.startswith("You might also like: ") for t in related)


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (RV, "advert", "Advertisement"), (RV, "trailer", "▶ Watch the trailer"),
        (CM, "gwanggo", "광고"), (RI, "publicite", "Publicité"), (NZ, "tabligh", "تبلیغات"),
        (EL, "vostf", "En VOSTF"), (KP, "reklama", "Reklama"), (BC, "publicidad",
                                                               "Publicidad")))
    assert_group_values_from_pool(SET, (
        (RV, "kicker", "kicker"), (RV, "stars", "stars"), (ST, "category", "category"),
        (CM, "bunryu", "bunryu"), (RI, "rubrique", "rubrique"), (NZ, "sotun", "sotun"),
        (KZ, "kategoria", "kategoria"), (BC, "seccion", "seccion"), (HF, "kicker", "kicker"),
        (EL, "rubrique", "rubrique"), (CF, "deungeup", "deungeup")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (RV, "advert", "Advertisement"),
        (ST, "subject", "Showtimes subject to change."),
        (CM, "gwanggo", "광고")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        RV: (["about", "copyright"], 2),
        ST: (["subject", "copyright"], 2),
        CM: (["jebo", "copyright"], 2),
        RI: (["cookies", "mentions"], 2),
        NZ: (["tamas", "naghl"], 2),
        KZ: (["adres", "copyright"], 2),
        HF: (["about", "media", "copyright"], 2),
        EL: (["contact", "copyright"], 2),
        CF: (["byeongyeong", "hoesa", "copyright"], 2),
        CA: (["sujeto", "empresa", "copyright"], 2)})


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
