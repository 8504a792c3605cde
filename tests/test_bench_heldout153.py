"""The held-back-153 template set (`tests.bench.heldout_templates_153`): its localised dates
(printed day by day in English with Australian daylight saving, French, Japanese with the
Reiwa era, Spanish, Brazilian and European Portuguese, Hindi and Afrikaans, several changing
form on the day of a redesign), the lines that turn every day (the feature meeting and its
going, the Quinté+, the JRA track condition, the Kerala draw, prices correct at the day),
every draw (winning numbers, jackpots that roll over and reset, Mega-Sena draw numbers) and
every week (a naps table, a tipster's running profit), the calendars some notices follow
(racing festivals and classics, Christmas and bumper draws, the 2020 suspensions), the
amounts that change over the years, the rewordings on their days, the lines in several
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

from tests.bench.heldout_templates_153 import (
    ARC,
    ARIMA,
    CAULFIELD_CUP,
    CHELTENHAM,
    CONFINEMENT_COURSES,
    DD_HELP,
    DD_REDESIGN,
    DERBY,
    DURBAN_JULY,
    EH_REDESIGN,
    EUROMILLIONS_DAYS,
    EUROMILLIONS_STARS,
    EVEREST,
    EW_DISCLOSURE,
    EW_OFFERS,
    EW_REDESIGN,
    FC_HELP,
    FC_REDESIGN,
    FIRST_DAY,
    GOLDEN_SLIPPER,
    GRAND_NATIONAL,
    GRAVAMEN,
    INPERKING,
    JAPAN_CUP,
    KERALA,
    KERALA_PAUSE,
    KH_ANZEN,
    KH_LINE,
    KH_PRICE,
    KH_REDESIGN,
    LAST_DAY,
    LF_REDESIGN,
    LH_DISCLAIMER,
    LH_REDESIGN,
    LH_TELEGRAM,
    LOTTO_DAYS,
    LT_ABONNEMENT,
    LT_REDESIGN,
    LT_RISQUES,
    MEGA_DAYS,
    MEGA_MILLIONS_PRICE,
    MEGA_PRICE,
    MET,
    MUKANKYAKU,
    NACIONAL,
    ONAM,
    PELLEGRINI,
    PK_HULP,
    PK_REDESIGN,
    PK_WHATSAPP,
    POWERBALL_DAYS,
    POWERBALL_MATRIX,
    PP_BUDGET,
    PP_NEWSLETTER,
    PP_PLUS,
    PP_REDESIGN,
    PP_SAFER,
    PRIMITIVA_DAYS,
    PRIX_AMERIQUE,
    RACING_SUSPENDED,
    REIWA,
    ROYAL_ASCOT,
    RS_JUEGO_SEGURO,
    RS_REDESIGN,
    SC_MODERACAO,
    SC_REDESIGN,
    SC_ZAP,
    SORTEOS_SUSPENDIDOS,
    TAX_RISE,
    TDS,
    TOKYO_YUSHUN,
    VIRADA,
    XMAS,
    YEARS,
    daylight_saving,
    euromillions_jackpots,
    jra_race_day,
    kerala_draw,
    mega_jackpots,
    mega_number,
    melbourne_cup,
    powerball_jackpots,
    reiwa_year,
    saturday_of,
    sunday_of,
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

SET = "held-back-153"
# The sites' names, without the article some of them print before it ("The Paddock Post").
SITES = ("Paddock Post", "Turf Matin", "はやみ競馬新聞", "Resultados del Sorteo", "Sorte Certa",
         "लॉटरी खबर", "Perdekoerant", "Each Way Edge", "Form Central", "DrawDesk", "Fija Turf",
         "Euromilhões Hoje")
PP, LT, KH, RS = ("paddockpost.co.uk", "leturfmatin.fr", "keiba-hayami.jp",
                  "resultadosdelsorteo.es")
SC, LH, PK, EW = ("sortecerta.com.br", "lotterykhabar.in", "perdekoerant.co.za",
                  "eachwayedge.co.uk")
FC, DD, LF, EH = ("formcentral.com.au", "drawdesk.com", "lafijaturf.com.ar",
                  "euromilhoeshoje.pt")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PP, "dated"), (LT, "date"), (KH, "hiduke"), (RS, "fecha"), (SC, "data"),
         (LH, "dinank"), (PK, "datum"), (EW, "dated"), (FC, "dated"), (DD, "dated"),
         (LF, "fecha"), (EH, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((LH, "draw"), (EW, "odds"))
# The lines that turn on each draw day (the last draw's numbers) or the day after (the next
# draw's jackpot).
ON_DRAW_DAYS = ((RS, "combinacion", PRIMITIVA_DAYS), (PK, "lotto", LOTTO_DAYS),
                (DD, "numbers", POWERBALL_DAYS), (EH, "chave", EUROMILLIONS_DAYS))
AFTER_DRAW_DAYS = ((RS, "bote", EUROMILLIONS_DAYS), (SC, "concurso", MEGA_DAYS),
                   (SC, "estimativa", MEGA_DAYS), (DD, "next", POWERBALL_DAYS),
                   (EH, "jackpot", EUROMILLIONS_DAYS))
# The notices that follow calendars.
BANNERS = ((PP, "notice"), (LT, "calendrier"), (KH, "oshirase"), (RS, "aviso"), (SC, "aviso"),
           (LH, "suchna"), (PK, "kalender"), (FC, "carnival"), (LF, "gp"))
# Amounts in force from given days.
TABLES = ((PP, "plus", PP_PLUS), (LT, "abonnement", LT_ABONNEMENT), (KH, "kakaku", KH_PRICE),
          (RS, "gravamen", GRAVAMEN), (SC, "preco", MEGA_PRICE), (LH, "tds", TDS),
          (EW, "offer", EW_OFFERS), (DD, "prices", MEGA_MILLIONS_PRICE))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PP: "Get our tips before the first race: sign up for the free Paddock Post newsletter",
    LT: "Recevez nos pronostics chaque matin : inscrivez-vous à la newsletter Le Turf Matin",
    KH: "はやみ競馬新聞の予想はメールマガジンでも配信しています",
    RS: "Comprueba tu décimo o tu boleto en nuestro buscador de premios",
    SC: "Receba os resultados por e-mail: cadastre-se grátis",
    LH: "ताज़ा रिज़ल्ट के लिए हमारा व्हाट्सऐप नंबर सेव करें",
    PK: "Kry ons Saterdag-wenke elke Vrydag gratis in jou e-pos",
    FC: "Download the Form Central app for every field, every state",
    LF: "Seguinos en las redes para recibir la fija del día",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def in_years(days: tuple[dt.date, ...], shift: int = 0) -> set[dt.date]:
    """The `days` moved on by `shift` days that fall from 2015 to 2020 (not on 1 January
    2015, which has no day before in the walk)."""
    return {day + shift * one for day in days} & set(every_day()[1:])


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in ON_DRAW_DAYS + AFTER_DRAW_DAYS + TABLES) + (
        (PP, "feature"), (PP, "naps"), (LT, "quinte"), (KH, "baba"), (PK, "baantoestand"),
        (EW, "profit")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 12, 24), d(2018, 10, 5), d(2019, 5, 1),
        d(2019, 12, 20), d(2020, 4, 4), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert reiwa_year(d(2019, 5, 1)) == "令和元年" and reiwa_year(d(2020, 1, 1)) == "令和2年"
    assert saturday_of(d(2019, 6, 23)) == saturday_of(d(2019, 6, 22)) == d(2019, 6, 22)
    assert sunday_of(d(2019, 6, 22)) == d(2019, 6, 16)
    assert [melbourne_cup(y) for y in (2015, 2016, 2018, 2020)] == [
        d(2015, 11, 3), d(2016, 11, 1), d(2018, 11, 6), d(2020, 11, 3)]
    assert daylight_saving(d(2019, 1, 10)) and not daylight_saving(d(2019, 7, 10))
    assert not daylight_saving(d(2019, 4, 7)) and daylight_saving(d(2019, 10, 6))
    assert jra_race_day(d(2019, 6, 22)) and not jra_race_day(d(2019, 6, 21))
    assert not jra_race_day(d(2016, 1, 2))
    assert kerala_draw(d(2015, 1, 5)) == "विन-विन W-290"
    assert kerala_draw(d(2015, 1, 12)) == "विन-विन W-291"
    assert kerala_draw(d(2020, 4, 6)) is None
    assert [iso(DURBAN_JULY[y]) for y in (2015, 2017, 2018)] == [
        d(2015, 7, 4), d(2017, 7, 1), d(2018, 7, 7)]
    assert all(day.weekday() in (0, 3, 5) for day in PRIMITIVA_DAYS)
    assert not any(SORTEOS_SUSPENDIDOS[0] <= day.isoformat() <= SORTEOS_SUSPENDIDOS[1]
                   for day in PRIMITIVA_DAYS)
    assert {d(y, 12, 31) for y in range(2015, 2021)} <= set(MEGA_DAYS)
    draws = [day for day in MEGA_DAYS if FIRST_DAY <= day <= LAST_DAY]
    assert [mega_number(day) for day in draws] == list(range(mega_number(draws[0]),
                                                             mega_number(draws[0]) + len(draws)))


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PP, "dated", old, "Sat 5 Mar 2016")
    full(PP, "dated", new, rf"19 June 2020 · Updated {clock}")
    full(LT, "date", old, rf"Mis en ligne le 05\.03\.16 - {clock}")
    full(LT, "date", new, rf"Vendredi 19 juin 2020, {clock}")
    full(LT, "quinte", old, r"Quinté\+ du samedi 5 mars : Prix [^,]+, [^,]+, R1C\d, "
                            r"départ 13h50")
    full(KH, "hiduke", old, rf"2016\.03\.05 {clock}")
    full(KH, "hiduke", d(2018, 3, 5), rf"2018年3月5日\(月\) {clock}")
    full(KH, "hiduke", new, rf"2020年\(令和2年\)6月19日\(金\) {clock}")
    full(KH, "baba", new, r"次回の中央競馬は6月20日\(土\)開催")
    full(KH, "baba", old, r"3月5日\(土\) \S+ 天候：\S+ 芝：\S+ ダート：\S+")
    full(RS, "fecha", old, rf"05/03/2016 {clock}")
    full(RS, "fecha", new, rf"Actualizado: viernes, 19 de junio de 2020 - {clock}")
    full(RS, "combinacion", old, r"La Primitiva del sábado 5 de marzo: (\d\d - ){5}\d\d · "
                                 r"C \d+ · R \d")
    full(SC, "data", old, rf"05/03/2016 às {clock}")
    full(SC, "data", new, rf"Atualizado em 19 de junho de 2020, sexta-feira, às {clock}")
    full(SC, "concurso", old, r"Próximo concurso da Mega-Sena: 1\.\d{3}, sábado, 05/03, às 20h")
    full(LH, "dinank", old, "05-03-2016")
    full(LH, "dinank", new, rf"प्रकाशित: 19 जून 2020, शुक्रवार, {clock}")
    full(LH, "draw", old, r"आज का ड्रॉ \(5 मार्च, शनिवार\): केरल कारुण्य KR-\d+, दोपहर 3 बजे")
    full(LH, "draw", d(2020, 6, 19), r"आज \(19 जून\) कोई ड्रॉ नहीं: .*")
    full(PK, "datum", old, "2016-03-05")
    full(PK, "datum", new, rf"Vrydag 19 Junie 2020 om {clock}")
    full(PK, "lotto", new, r"Lotto-uitslag, Woensdag 17 Junie: (\d\d ){6}\+ \d\d")
    full(EW, "dated", old, "March 5, 2016")
    full(EW, "dated", new, "19th June 2020")
    full(EW, "odds", new, rf"Odds correct as of {clock} on 19/06/20; please check them before "
                          r"you bet\.")
    full(EW, "profit", new, r"Running total since January 2015: [+-]\d+\.\d points \(to Sunday "
                            r"14th June\)")
    full(FC, "dated", old, "05/03/2016")
    full(FC, "dated", new, rf"Friday 19 June 2020 {clock} AEST")
    full(FC, "dated", winter, rf"Monday 7 December 2020 {clock} AEDT")
    full(DD, "dated", old, r"Mar 5, 2016 \| \d{1,2}:\d\d [AP]M")
    full(DD, "dated", new, r"Updated: Friday, June 19, 2020, \d{1,2}:\d\d [AP]M ET")
    full(DD, "next", new, r"Next Powerball drawing: Sat, Jun 20 · Estimated jackpot "
                          r"\$\d+(\.\d\d)? (Million|Billion)")
    full(LF, "fecha", old, "Sábado, 5 de marzo de 2016")
    full(LF, "fecha", new, rf"19\.06\.2020 · {clock} hs")
    full(EH, "data", old, "sábado, 5 de março de 2016")
    full(EH, "data", new, rf"19-06-2020 {clock}")
    full(EH, "chave", new, r"Chave do Euromilhões de sexta-feira, 19/06: (\d+ - ){4}\d+ \+ "
                           r"estrelas \d+ e \d+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PP, "dated", day).endswith(f"{day.year}") == (day < PP_REDESIGN)
        assert on(LT, "date", day).startswith("Mis en ligne") == (day < LT_REDESIGN)
        hiduke = on(KH, "hiduke", day)
        assert ("年" in hiduke) == (day >= KH_REDESIGN) and ("令和" in hiduke) == (day >= REIWA)
        assert on(RS, "fecha", day).startswith("Actualizado") == (day >= RS_REDESIGN)
        assert on(SC, "data", day).startswith("Atualizado") == (day >= SC_REDESIGN)
        assert on(LH, "dinank", day).startswith("प्रकाशित") == (day >= LH_REDESIGN)
        assert ("om {time}" in on(PK, "datum", day)) == (day >= PK_REDESIGN)
        assert bool(re.search(r"\d(st|nd|rd|th) ", on(EW, "dated", day))) == (
            day >= EW_REDESIGN)
        fc = on(FC, "dated", day)
        assert ("AE" in fc) == (day >= FC_REDESIGN)
        if day >= FC_REDESIGN:
            assert fc.endswith("AEDT" if daylight_saving(day) else "AEST"), day
        assert on(DD, "dated", day).startswith("Updated") == (day >= DD_REDESIGN)
        assert ("hs" in on(LF, "fecha", day)) == (day >= LF_REDESIGN)
        assert ("{time}" in on(EH, "data", day)) == (day >= EH_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day() -> None:
    suspended = {day for day in every_day()
                 if RACING_SUSPENDED[0] <= day.isoformat() <= RACING_SUSPENDED[1]}
    assert changes(PP, "feature") == set(every_day()[1:]) - suspended | {min(suspended)}
    confined = {day for day in every_day()
                if CONFINEMENT_COURSES[0] <= day.isoformat() <= CONFINEMENT_COURSES[1]}
    assert changes(LT, "quinte") == set(every_day()[1:]) - confined | {min(confined)}
    for day in every_day():
        feature = on(PP, "feature", day)
        assert feature.startswith("No racing") == (day in suspended), day
        if "going Standard" in feature:
            assert day.month in (11, 12, 1, 2) and re.search(
                "Lingfield|Wolverhampton|Kempton", feature), day
        quinte = on(LT, "quinte", day)
        assert quinte.startswith("Pas de Quinté+") == (day in confined), day
        if day.month == 8 and day not in confined:
            assert re.search("Deauville|Clairefontaine|Enghien", quinte), day
        baba = on(KH, "baba", day)
        assert ("天候" in baba) == jra_race_day(day) and ("次回" in baba) != jra_race_day(day)
        draw = on(LH, "draw", day)
        paused = KERALA_PAUSE[0] <= day.isoformat() <= KERALA_PAUSE[1]
        assert ("लॉकडाउन" in draw) == paused
        if not paused:
            assert KERALA[day.weekday()][0] in draw, day
        assert ("opgeskort" in on(PK, "baantoestand", day)) == (
            INPERKING[0] <= day.isoformat() <= INPERKING[1])
    numbers = [int(m[1]) for day in every_day() if day.weekday() == 0
               and (m := re.search(r"W-(\d+)", on(LH, "draw", day)))]
    steps = Counter(b - a for a, b in zip(numbers, numbers[1:], strict=False))
    assert set(steps) == {1} and len(numbers) > 290


def test_lines_that_turn_by_draw_and_week() -> None:
    for domain, family, days in ON_DRAW_DAYS:
        assert changes(domain, family) == in_years(days), (domain, family)
    for domain, family, days in AFTER_DRAW_DAYS:
        assert changes(domain, family) == in_years(days, 1), (domain, family)
    naps = changes(PP, "naps")
    assert len(naps) >= 300 and all(day.weekday() == 5 for day in naps)
    profit = changes(EW, "profit")
    assert len(profit) >= 300 and all(day.weekday() == 6 for day in profit)
    # Powerball's 2015 matrix change and EuroMillions' twelfth star.
    before = [on(DD, "numbers", day) for day in every_day() if day < POWERBALL_MATRIX]
    after = [on(DD, "numbers", day) for day in every_day() if day >= POWERBALL_MATRIX]
    assert max(int(n) for t in before for n in re.findall(r"\d\d(?= -|,)", t)) <= 59
    assert max(int(n) for t in after for n in re.findall(r"\d\d(?= -|,)", t)) > 59
    stars = {day >= EUROMILLIONS_STARS: set() for day in (FIRST_DAY, LAST_DAY)}
    for day in every_day():
        m = re.search(r"estrelas (\d+) e (\d+)", on(EH, "chave", day))
        assert m
        stars[day >= EUROMILLIONS_STARS] |= {int(m[1]), int(m[2])}
    assert max(stars[False]) == 11 and max(stars[True]) == 12


def test_jackpots_roll_over_and_reset() -> None:
    for jackpots, lowest, highest in ((euromillions_jackpots(), 15, 200),
                                      (powerball_jackpots(), 40, 2000),
                                      (mega_jackpots(), 3, 400)):
        values = [v for day, v in sorted(jackpots.items()) if FIRST_DAY <= day <= LAST_DAY]
        assert min(values) >= lowest and max(values) <= highest
        resets = sum(b < a for a, b in zip(values, values[1:], strict=False))
        assert 15 <= resets < len(values) / 3
        assert len(set(values)) >= 60
    assert max(euromillions_jackpots().values()) >= 150
    for draw in EUROMILLIONS_DAYS[10:20]:
        amount = f"{euromillions_jackpots()[draw]:.0f} millones"
        assert amount in on(RS, "bote", draw)
        assert amount.replace("millones", "milhões") in on(EH, "jackpot", draw)
    for y, amount in VIRADA.items():
        assert f"R$ {amount} milhões" in on(SC, "estimativa", d(y, 12, 31)), y
        assert "Mega da Virada" in on(SC, "concurso", d(y, 12, 31)), y


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, first in CHELTENHAM.items():
        for k in range(4):
            assert f"Cheltenham Festival {y}, day {k + 1} of 4" in on(PP, "notice",
                                                                      iso(first) + k * one)
        assert "ante-post guide" in on(PP, "notice", iso(first) - 3 * one)
    for y, day in GRAND_NATIONAL.items():
        assert f"Grand National {y}" in on(PP, "notice", iso(day)), y
    for y, day in ROYAL_ASCOT.items():
        assert f"Royal Ascot {y}" in on(PP, "notice", iso(day) + 4 * one), y
    for y, day in DERBY.items():
        assert f"The Derby {y}" in on(PP, "notice", iso(day)), y
    assert "Virtual Grand National" in on(PP, "notice", d(2020, 4, 4))
    assert "suspended" in on(PP, "notice", d(2020, 4, 20))
    assert "behind closed doors" in on(PP, "notice", d(2020, 6, 5))
    for y, day in PRIX_AMERIQUE.items():
        assert f"Prix d'Amérique {y}" in on(LT, "calendrier", iso(day)), y
    for y, (day, lieu) in ARC.items():
        assert f"Triomphe {y} à {lieu} :" in on(LT, "calendrier", iso(day)), y
    assert "Courses suspendues" in on(LT, "calendrier", d(2020, 4, 1))
    assert "huis clos" in on(LT, "calendrier", d(2020, 5, 20))
    for y, day in TOKYO_YUSHUN.items():
        assert f"第{y - 1933}回日本ダービー" in on(KH, "oshirase", iso(day)), y
    assert "第82回日本ダービー" in on(KH, "oshirase", d(2015, 5, 31))
    for y, day in JAPAN_CUP.items():
        assert f"第{y - 1980}回ジャパンカップ" in on(KH, "oshirase", iso(day)), y
    for y, day in ARIMA.items():
        assert f"第{y - 1955}回有馬記念" in on(KH, "oshirase", iso(day)), y
    assert "無観客" in on(KH, "oshirase", iso(MUKANKYAKU[0]))
    assert "無観客" in on(KH, "oshirase", d(2020, 8, 1))
    countdown = {day for day in every_day() if (day.month, day.day) >= (11, 2)
                 and (day.month, day.day) <= (12, 22)}
    assert countdown <= changes(RS, "aviso")
    for y in YEARS:
        assert "faltan 21 días" in on(RS, "aviso", d(y, 12, 1))
        assert "mañana" in on(RS, "aviso", d(y, 12, 21))
        assert "Hoy, Sorteo Extraordinario" in on(RS, "aviso", d(y, 12, 22))
        assert f"Niño {y + 1}" in on(RS, "aviso", d(y, 12, 28)), y
        assert f"Mega da Virada {y}: prêmio estimado de R$ {VIRADA[y]}" in on(
            SC, "aviso", d(y, 12, 1)), y
        assert f"resultado da Mega da Virada {y}" in on(SC, "aviso", d(y + 1, 1, 2)) or (
            y == 2020), y
        assert "Durban July" in on(PK, "kalender", iso(DURBAN_JULY[y])), y
        assert f"Die Met {y}" in on(PK, "kalender", iso(MET[y])), y
        assert f"Melbourne Cup Carnival {y}" in on(FC, "carnival", melbourne_cup(y)), y
        assert f"Gran Premio Nacional {y}" in on(LF, "gp", iso(NACIONAL[y])), y
        assert f"Carlos Pellegrini {y}" in on(LF, "gp", iso(PELLEGRINI[y])), y
        assert f"Golden Slipper {y}" in on(FC, "carnival", iso(GOLDEN_SLIPPER[y])), y
    assert "Niño 2016" in on(RS, "aviso", d(2016, 1, 4))
    assert "estado de alarma" in on(RS, "aviso", d(2020, 4, 15))
    assert "lotéricas" in on(SC, "aviso", d(2020, 4, 15))
    for y, (day, crore) in ONAM.items():
        assert f"तिरुवोणम बंपर {y}" in on(LH, "suchna", iso(day)), y
        assert f"₹{crore} करोड़" in on(LH, "suchna", iso(day)), y
    for y, (day, crore) in XMAS.items():
        assert f"बंपर {y}-{(y + 1) % 100}: पहला इनाम ₹{crore} करोड़" in on(LH, "suchna", iso(day))
    assert "स्थगित" in on(LH, "suchna", d(2020, 4, 15))
    assert "sonder toeskouers" in on(PK, "kalender", iso(DURBAN_JULY[2020]))
    assert "sonder toeskouers" not in on(PK, "kalender", iso(DURBAN_JULY[2019]))
    assert "opgeskort" in on(PK, "kalender", d(2020, 4, 15))
    for y, day in CAULFIELD_CUP.items():
        expected = "The Everest" if y in (2019, 2020) else f"Caulfield Cup {y}"
        assert expected in on(FC, "carnival", iso(day)), y
    for y, day in EVEREST.items():
        assert f"The Everest {y}" in on(FC, "carnival", iso(day)), y
    assert "Derby Day, Saturday 3 November" in on(FC, "carnival", d(2018, 10, 30))
    assert "no crowds" in on(FC, "carnival", d(2020, 11, 3))
    assert "suspendida" in on(LF, "gp", d(2020, 5, 1))



def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PP, "byline", PP_REDESIGN, "By {author}", "{author_beat}"),
        (PP, "gamble", PP_BUDGET, "Please bet responsibly", "Set a budget"),
        (PP, "gamble", PP_SAFER, "Set a budget", "Take time to think"),
        (PP, "notice", PP_NEWSLETTER, "sign up for the free", "Morning Line"),
        (LT, "auteur", LT_REDESIGN, "Par {author}", "{author_beat}"),
        (LT, "risques", LT_RISQUES, "Parier comporte", "peuvent devenir"),
        (KH, "kisha", KH_REDESIGN, "文：", "／はやみ競馬新聞"),
        (KH, "baken", KH_ANZEN, "20歳以上の方", "のめり込み"),
        (KH, "oshirase", KH_LINE, "メールマガジン", "LINE"),
        (RS, "responsable", RS_JUEGO_SEGURO, "Prohibida", "Juego seguro"),
        (SC, "autor", SC_REDESIGN, "Por {author}", "redação"),
        (SC, "responsavel", SC_MODERACAO, "Jogue com", "Aposte com moderação"),
        (SC, "aviso", SC_ZAP, "e-mail", "WhatsApp"),
        (LH, "asweekaran", LH_DISCLAIMER, "केवल जानकारी", "अस्वीकरण"),
        (LH, "suchna", LH_TELEGRAM, "व्हाट्सऐप", "टेलीग्राम"),
        (PK, "dobbel", PK_HULP, "Wed verantwoordelik", "Ken jou perke"),
        (PK, "kalender", PK_WHATSAPP, "e-pos", "WhatsApp"),
        (EW, "posted", EW_REDESIGN, "Posted by", "Tips by"),
        (EW, "disclosure", EW_DISCLOSURE, "contains affiliate links", "commission"),
        (FC, "gamble", FC_HELP, "Please gamble responsibly", "costing you"),
        (DD, "helpline", DD_HELP, "You must be 18", "Play within your means")))
    assert_groups_reworded(SET, (
        (PP, "dated", " 20", "Updated"),
        (LT, "date", "Mis en ligne", "2"),
        (PP, "byline", "By ", ", "),
        (PP, "gamble", "Please bet", "Set a budget"),
        (KH, "hiduke", ".", "年"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "510円" in on(KH, "kakaku", TAX_RISE) and "500円" in on(KH, "kakaku",
                                                                  TAX_RISE - one)
    assert "40.000 €" in on(RS, "gravamen", d(2020, 6, 1))
    assert "R$ 4,50" in on(SC, "preco", LAST_DAY)
    assert "31.2%" in on(LH, "tds", d(2019, 1, 1)) and "30.9%" in on(LH, "tds",
                                                                     d(2018, 3, 31))
    assert "Mega Millions $2" in on(DD, "prices", d(2017, 10, 28))
    prizes = {m[1] for day in every_day()
              if (m := re.search(r"₹(\d+) करोड़", on(LH, "suchna", day)))}
    assert {"8", "10", "12"} <= prizes


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KH, "kubun", r"[\u3040-\u30ff\u4e00-\u9fff]|POG"),
        (KH, "baken", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (KH, "tensai", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (LH, "daava", r"[\u0900-\u097f]"), (LH, "zimmedari", r"[\u0900-\u097f]"),
        (LH, "dinank", r"\d"),
        (LT, "risques", r"[éèàù]"), (RS, "plazo", r"[áéíóúñ]"), (SC, "prazo", r"[ãçêéó]"),
        (PK, "kopiereg", r"Alle|regte|voorbehou")))
    assert any(re.search(r"[\u0900-\u097f]", t) for t in group_lines(SET, LH, "dinank"))
    assert any("令和" in t for t in group_lines(SET, KH, "hiduke"))
    assert any(re.search(r"AE[DS]T$", t) for t in group_lines(SET, FC, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PP}/dated", f"{PP}/byline", f"{PP}/more", f"{PP}/kicker",
                         f"{PP}/racecard", f"{PP}/copyright", f"{PP}/feature", f"{LT}/date",
                         f"{LT}/quinte", f"{LT}/course", f"{KH}/hiduke", f"{KH}/shutsuba"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PP}/company", f"{LT}/mineurs", f"{LT}/rapports", f"{RS}/plazo", f"{RS}/oficial",
        f"{SC}/prazo"))
    assert_carried_share(docs, PP, [
        ("dated", 0.8, 0.98), ("more", 0.25, 0.55), ("correction", 0.0, 0.1),
        ("naps", 0.08, 0.35), ("notice", 0.15, 0.5), ("gamble", 0.4, 0.7)])
    assert_carried_share(docs, LT, [("risques", 0.4, 0.7), ("erratum", 0.0, 0.12)])
    for fam in ("/racecard", "/advert", "/publicite", "/sponsor", "/publicidade", "/ad",
                "/advertensie"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PP, "more"), (LT, "lire"), (KH, "kanren"), (RS, "interesar"),
                               (LH, "padhein"), (PK, "lees"), (DD, "related"), (EW, "stake")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PP, "correction", 16), (LT, "erratum"), (KH, "teisei"), (RS, "rectificacion"),
        (SC, "correcao"), (LH, "sudhar"), (PK, "regstelling"), (EW, "update"),
        (FC, "correction"), (DD, "correction"), (LF, "rectificacion"), (EH, "correcao")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PP}/more", "More racing: "), (f"{LT}/lire", "Lire aussi — "),
        (f"{KH}/kanren", "【関連記事】"), (f"{RS}/interesar", "Te puede interesar | "),
        (f"{SC}/leia", "Leia também >> "), (f"{LH}/padhein", "ये भी पढ़ें- ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PP, "advert", "Advertisement"), (LT, "publicite", "— Publicité —"),
        (KH, "sponsor", "スポンサーリンク"), (RS, "publicidad", "PUBLICIDAD"),
        (SC, "publicidade", "CONTINUA APÓS A PUBLICIDADE"), (LH, "ad", "ADVERTISEMENT"),
        (PK, "advertensie", "Advertensie"), (DD, "advert", "ADVERTISEMENT")))
    assert_group_values_from_pool(SET, (
        (PP, "kicker", "kicker"), (LT, "rubrique", "rubrique"), (KH, "kubun", "kubun"),
        (RS, "seccion", "seccion"), (SC, "jogo", "jogo"), (LH, "shreni", "shreni"),
        (PK, "afdeling", "afdeling")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PP, "advert", "Advertisement"),
        (LT, "mineurs", "Les paris hippiques sont interdits aux mineurs."),
        (RS, "oficial", "Resultados sin validez oficial: compruébalos siempre con la lista "
                        "oficial del sorteo."),
        (KH, "sponsor", "スポンサーリンク")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PP: (["gamble", "company", "copyright"], 3),
        LT: (["risques", "mineurs"], 2),
        KH: (["copyright", "tensai"], 2),
        RS: (["oficial", "responsable"], 2),
        SC: (["prazo", "ir", "responsavel"], 2),
        PK: (["dobbel", "kalender", "adres", "kopiereg"], 2),
        EW: (["gamble", "share", "comments", "copyright"], 3),
        FC: (["gamble", "carnival", "copyright"], 2),
        DD: (["claim", "unofficial", "helpline", "copyright"], 3),
        EH: (["selo", "prazo", "moderacao", "copyright"], 2)})


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
