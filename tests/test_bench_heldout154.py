"""The held-back-154 template set (`tests.bench.heldout_templates_154`): its localised dates
(printed day by day in English with British, American and Australian orders, Russian with
genitive months and Moscow time, German, Dutch, Spanish, Hungarian year first and Tamil,
several changing form on the day of a redesign), the lines that turn every day (crossword
numbers with their Sunday and prize series, "solution tomorrow"), every week (prize-puzzle
closing dates, club nights, a play-by-email turn deadline), every fortnight (a bridge
competition's round), every month (FIDE rating lists, First Saturday tournaments, a
newsletter's issue) and every quarter (rating lists), the tournament banners and the
calendars some notices follow (Tata Steel, Candidates, Olympiads, World Cups, title matches,
Superfinals, Moscow Opens, Easter opens and drives, Christmas drives and blitzes, Book Day,
Pongal, Puthandu, Deepavali, the Hungarian 1% offering, club dues, congresses, AGMs, the
pandemic), the seasons that turn each August or September, the entry fees, prizes and other
amounts that change over the years, the diagram and deal captions, the lines in several
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
from tests.bench.heldout_templates_154 import (
    BV_AFDRACHT,
    BV_PAASDRIVE,
    BV_REDESIGN,
    CR_KEY,
    CR_PRIZE,
    CR_REDESIGN,
    CU_KATTANAM,
    CU_REDESIGN,
    CU_YOUTUBE,
    DEEPAVALI,
    FIRST_DAY,
    FP_INTERACTIVO,
    FP_PREMIO,
    FP_REDESIGN,
    HB_CONGRESS,
    HB_REDESIGN,
    HB_TABLE_MONEY,
    HR_AUFLOESUNG,
    HR_PREIS,
    HR_REDESIGN,
    KS_ALERTS,
    KS_EVENTS,
    KS_NEWSLETTER,
    KS_REDESIGN,
    LAST_DAY,
    MOSCOW_OPENS,
    SH_NYILT,
    SH_REDESIGN,
    SM_FEES,
    SM_REDESIGN,
    STAMPS,
    SUPERFINALS,
    SV_PODPISKA,
    SV_REDESIGN,
    SV_TELEGRAM,
    WB_DSGVO,
    WB_OPEN,
    WB_REDESIGN,
    WV_BEDRAG,
    WV_REDESIGN,
    crucigrama_no,
    cryptic_no,
    last_weekday_by,
    newsletter_no,
    next_first_saturday,
    next_weekday,
    quarter_start,
    queens_birthday,
    season_of,
    sunday_no,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-154"
SITES = ("Kingside Chess", "Шахматный вестник", "Schachbezirk Weserbergland",
         "The Crossword Room", "Bridgedistrict Vallei en Eem", "El Faro de Poniente",
         "Sakkhíradó", "சதுரங்க உலகம்", "Slowmove Games Club", "Harbourside Bridge Club",
         "Damvereniging Het Witte Veld", "Havelländer Rundschau")
KS, SV, WB, CR = ("kingsidechess.com", "shakhvestnik.ru", "schach-weserbergland.de",
                  "thecrosswordroom.co.uk")
BV, FP, SH, CU = ("bridgevallei-eem.nl", "elfarodeponiente.es", "sakkhirado.hu",
                  "chathurangaulagam.com")
SM, HB, WV, HR = ("slowmove.org", "harboursidebridge.org.au", "dvhetwitteveld.nl",
                  "havellaender-rundschau.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((KS, "dated"), (SV, "data"), (WB, "datum"), (CR, "dated"), (BV, "datum"),
         (FP, "fecha"), (SH, "datum"), (CU, "thethi"), (SM, "dated"), (HB, "posted"),
         (WV, "datum"), (HR, "datum"))
# The lines that turn every day.
EVERY_DAY = ((CR, "puzzle"), (FP, "numero"), (FP, "solucion"))
# The lines that turn once a week, on the given weekday (Monday 0).
WEEKLY = ((CR, "prize", 5), (WB, "spielabend", 5), (FP, "concurso", 5),
          (SM, "deadline", 0), (WV, "clubavond", 2), (HR, "gewinnspiel", 5))
# The lines that turn on the first of each month, and of each quarter.
MONTHLY = ((KS, "ratings"), (SV, "reyting"), (SH, "elo"), (CU, "tharavarisai"))
QUARTERLY = ((WB, "dwz"), (SM, "ratings"), (WV, "rating"))
# The notices that follow calendars.
BANNERS = ((KS, "live"), (SV, "banner"), (WB, "termine"), (BV, "agenda"), (FP, "aviso"),
           (SH, "nevezes"), (SH, "tamogatas"), (CU, "arivippu"), (SM, "dues"),
           (HB, "events"))
# Amounts in force from given days.
TABLES = ((SV, "podpiska", SV_PODPISKA), (BV, "afdracht", BV_AFDRACHT),
          (CU, "kattanam", CU_KATTANAM), (SM, "fees", SM_FEES), (SM, "postage", STAMPS),
          (HB, "table-money", HB_TABLE_MONEY))

QUIET = d(2015, 2, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (KS, "live"): "Get our round-by-round alerts for the big events",
    (SV, "banner"): "Смотрите прямые трансляции партий на нашем сайте",
    (WB, "termine"): "Termine und Ausschreibungen finden Sie im Bezirkskalender.",
    (BV, "agenda"): "Bekijk de districtsagenda voor alle drives en cursussen",
    (FP, "aviso"): "Descargue la app de El Faro de Poniente y juegue a los pasatiempos en su "
                   "móvil",
    (SH, "nevezes"): "Versenynaptár és nevezés: sakkhirado.hu/versenynaptar",
    (SH, "tamogatas"): "Támogassa munkánkat: Sakkhíradó Alapítvány, számlaszám "
                       "11700000-20345678",
    (CU, "arivippu"): "உடனுக்குடன் செய்திகளுக்கு எங்கள் வாட்ஸ்அப் குழுவில் இணையுங்கள்",
    (SM, "dues"): "New here? Join the Slowmove Games Club: email play is free",
    (HB, "events"): "Congresses, workshops and club events: see the calendar on the "
                    "noticeboard",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + MONTHLY + QUARTERLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (WB, "saison"), (BV, "competitie"), (SH, "first-saturday"), (HB, "issue"),
        (WB, "ausschreibung"), (WV, "contributie")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 7, 3), d(2018, 11, 9), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    # 1 January 2015 was a Thursday: no weekday cryptic on Sunday the 4th.
    assert [cryptic_no(d(2015, 1, k)) for k in (1, 2, 3, 5)] == [26452, 26453, 26454, 26455]
    assert cryptic_no(d(2015, 1, 12)) == 26455 + 6
    assert sunday_no(d(2015, 1, 4)) == 2741 and sunday_no(d(2015, 1, 11)) == 2742
    assert crucigrama_no(d(2015, 1, 2)) == crucigrama_no(FIRST_DAY) + 1
    assert next_first_saturday(d(2019, 6, 1)) == d(2019, 6, 1)
    assert next_first_saturday(d(2019, 6, 2)) == d(2019, 7, 6)
    assert next_first_saturday(d(2019, 12, 9)) == d(2020, 1, 4)
    assert quarter_start(d(2019, 6, 30)) == d(2019, 4, 1)
    assert quarter_start(d(2019, 7, 1)) == d(2019, 7, 1)
    assert [newsletter_no(d(y, m, 5)) for y, m in ((2015, 2), (2015, 12), (2016, 2))] == [
        118, 128, 129]
    assert season_of(d(2018, 7, 31), 8) == 2017 and season_of(d(2018, 8, 1), 8) == 2018
    assert next_weekday(d(2019, 6, 21), 4) == d(2019, 6, 21)  # a Friday
    assert next_weekday(d(2019, 6, 22), 4) == d(2019, 6, 28)
    assert last_weekday_by(d(2019, 6, 21), 5) == d(2019, 6, 15)
    assert queens_birthday(2019) == d(2019, 6, 10) and queens_birthday(2020) == d(2020, 6, 8)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KS, "dated", old, "Mar 5, 2016")
    full(KS, "dated", new, rf"Published Friday, 19 June 2020 · {clock} GMT")
    full(KS, "ratings", new, r"Ratings quoted are from the FIDE list of 1 June 2020\.")
    full(SV, "data", old, rf"05\.03\.2016, {clock}")
    full(SV, "data", new, rf"пятница, 19 июня 2020 г\., {clock} МСК")
    full(SV, "reyting", new, r"Рейтинги указаны по листу ФИДЕ на 1 июня 2020 г\.")
    full(WB, "datum", old, r"Veröffentlicht am 05\.03\.2016")
    full(WB, "datum", new, rf"Freitag, 19\. Juni 2020 · {clock} Uhr")
    full(WB, "spielabend", d(2019, 6, 19), r"Nächster Spielabend: Freitag, 21\.06\.2019, ab "
                                           r"19:30 Uhr im Vereinsheim Hameln-Nord")
    full(WB, "dwz", new, r"Wertungszahlen nach der DWZ-Liste vom 01\.04\.2020")
    full(CR, "dated", old, "5 March 2016")
    full(CR, "dated", new, "Friday 19 June 2020")
    full(CR, "puzzle", new, rf"Cryptic crossword No {cryptic_no(new):,}")
    full(CR, "puzzle", old, rf"Prize cryptic No {cryptic_no(old):,}")
    full(CR, "puzzle", d(2016, 3, 6), rf"Sunday cryptic No {sunday_no(d(2016, 3, 6)):,}")
    full(BV, "datum", old, "05-03-2016")
    full(BV, "datum", new, "Geplaatst op vrijdag 19 juni 2020")
    full(FP, "fecha", old, "Sábado, 5 de marzo de 2016")
    full(FP, "fecha", new, rf"Actualizado el 19/06/2020 a las {clock} h")
    full(FP, "numero", new, rf"Crucigrama n\.º {crucigrama_no(new) // 1000}\."
                            rf"{crucigrama_no(new) % 1000:03d}")
    full(SH, "datum", old, rf"2016\.03\.05\. {clock}")
    full(SH, "datum", new, rf"Közzétéve: 2020\. június 19\., péntek {clock}")
    full(SH, "elo", new, r"Az Élő-pontszámok a FIDE 2020\. június 1-jei listája szerint "
                         r"szerepelnek\.")
    full(CU, "thethi", old, "5 மார்ச் 2016")
    full(CU, "thethi", new, rf"வெளியிடப்பட்டது: வெள்ளி, 19 ஜூன் 2020, {clock} IST")
    full(SM, "dated", old, "2016-03-05")
    full(SM, "dated", new, "June 19, 2020 · Turn bulletin")
    full(SM, "deadline", d(2019, 6, 19), "Next turn deadline: Sunday, June 23, 2019, 23:59 GMT")
    full(HB, "posted", old, "Posted 5/3/2016")
    full(HB, "posted", new, "Friday 19 June 2020")
    full(HB, "issue", new, rf"Newsletter No\. {newsletter_no(new)} · June 2020")
    full(WV, "datum", old, "5 maart 2016")
    full(WV, "datum", new, rf"vrijdag 19 juni 2020, {clock}")
    full(WV, "clubavond", d(2019, 6, 19), "Volgende clubavond: dinsdag 25 juni, vanaf 19.30 "
                                          "uur in buurthuis De Linde")
    full(HR, "datum", old, rf"05\.03\.2016, {clock} Uhr")
    full(HR, "datum", new, r"Aktualisiert am 19\.06\.2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(KS, "dated", day).startswith("Published") == (day >= KS_REDESIGN)
        assert ("МСК" in on(SV, "data", day)) == (day >= SV_REDESIGN)
        assert on(WB, "datum", day).startswith("Veröffentlicht") == (day < WB_REDESIGN)
        assert on(CR, "dated", day)[0].isdigit() == (day < CR_REDESIGN)
        assert on(BV, "datum", day).startswith("Geplaatst op") == (day >= BV_REDESIGN)
        assert on(FP, "fecha", day).startswith("Actualizado") == (day >= FP_REDESIGN)
        assert on(SH, "datum", day).startswith("Közzétéve") == (day >= SH_REDESIGN)
        assert on(CU, "thethi", day).startswith("வெளியிடப்பட்டது") == (day >= CU_REDESIGN)
        assert on(SM, "dated", day).endswith("Turn bulletin") == (day >= SM_REDESIGN)
        assert on(HB, "posted", day).startswith("Posted") == (day < HB_REDESIGN)
        assert on(WV, "datum", day)[0].isdigit() == (day < WV_REDESIGN)
        assert on(HR, "datum", day).startswith("Aktualisiert") == (day >= HR_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_puzzle_numbers_count_the_days() -> None:
    numbers = {int(m[1].replace(",", "")) for t in group_lines(SET, CR, "puzzle")
               if (m := re.fullmatch(r"(?:Cryptic crossword|Prize cryptic) No ([\d,]+)",
                                     norm(t)))}
    assert len(numbers) >= 20 and all(26452 <= n <= 26452 + 1900 for n in numbers)
    assert any(norm(t).startswith("Sunday cryptic") for t in group_lines(SET, CR, "puzzle"))
    for day in every_day():
        text = on(CR, "puzzle", day)
        assert text.startswith("Sunday") == (day.weekday() == 6), day
        assert text.startswith("Prize") == (day.weekday() == 5), day
        assert f"n.º {crucigrama_no(day) // 1000}.{crucigrama_no(day) % 1000:03d}" in on(
            FP, "solucion", day)
    # 313 weeks from a Thursday to a Thursday: six puzzles a week.
    assert cryptic_no(d(2020, 12, 31)) - cryptic_no(FIRST_DAY) == 6 * 313


def test_lines_that_turn_by_week_fortnight_month_and_quarter() -> None:
    pandemic = {d(2020, 3, 13), d(2020, 3, 14), d(2020, 6, 1), d(2020, 6, 5), d(2020, 7, 1),
                d(2020, 10, 14), d(2020, 11, 2), d(2020, 12, 21), d(2021, 1, 4)}
    for domain, family, weekday in WEEKLY:
        days = changes(domain, family)
        assert len(days) >= 200, (domain, family)
        # The holiday break of the turn deadlines and the draughts club's summer break also
        # start and end on the line's weekday; only the closures of 2020 turn it on others.
        odd = {day for day in days if day.weekday() != weekday} - pandemic
        assert not odd, (domain, family, odd)
    assert "Holiday break" in on(SM, "deadline", d(2018, 12, 27))
    assert "Zomerstop" in on(WV, "clubavond", d(2018, 8, 1))
    for domain, family in MONTHLY:
        assert changes(domain, family) == {d(y, m, 1) for y in range(2015, 2021)
                                           for m in range(1, 13)} - {FIRST_DAY}, family
    for domain, family in QUARTERLY:
        assert changes(domain, family) == {d(y, m, 1) for y in range(2015, 2021)
                                           for m in (1, 4, 7, 10)} - {FIRST_DAY}, family
    saturdays = changes(SH, "first-saturday")
    assert {day - one for day in saturdays if day.year < 2020} == {
        nth_weekday(y, m, 5, 1) for y in range(2015, 2020) for m in range(1, 13)} - {
        nth_weekday(2014, 12, 5, 1)}
    assert "szünetelnek" in on(SH, "first-saturday", d(2020, 5, 2))
    issues = changes(HB, "issue")
    assert issues == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {
        FIRST_DAY}
    assert on(HB, "issue", d(2018, 1, 20)).startswith("Summer break")
    rounds = found(BV, "competitie", r"ronde (\d+)\.")
    assert rounds == {str(n) for n in range(1, 15)}
    # A round a fortnight: the standing turns every 14 days in the autumn.
    autumn = sorted(day for day in changes(BV, "competitie") if d(2017, 9, 12) <= day
                    <= d(2017, 12, 31))
    assert [(b - a).days for a, b in zip(autumn, autumn[1:], strict=False)] == [14] * (
        len(autumn) - 1) and len(autumn) >= 7
    assert "eindstand" in on(BV, "competitie", d(2018, 5, 10))
    assert "Zomerbridge" in on(BV, "competitie", d(2018, 7, 10))
    assert "afgebroken" in on(BV, "competitie", d(2020, 4, 1))


def test_seasons_turn_each_august_and_september() -> None:
    assert changes(WB, "saison") == {d(y, 8, 1) for y in range(2015, 2021)} | {
        d(2020, 3, 13)}
    assert on(WB, "saison", d(2018, 7, 31)).endswith("2017/18")
    assert on(WB, "saison", d(2018, 8, 1)).endswith("2018/19")
    assert "abgebrochen" in on(WB, "saison", d(2020, 5, 1))
    assert changes(WV, "contributie") == {d(y, 9, 1) for y in range(2015, 2021)}
    for y in range(2015, 2021):
        senior, jeugd = WV_BEDRAG[y]
        assert f"{y}-{y + 1}: € {senior} (jeugd € {jeugd})" in on(WV, "contributie",
                                                                   d(y, 10, 1))
        assert "Zomerstop" in on(WV, "clubavond", d(y, 7, 15)) or y == 2020
        start = nth_weekday(y, 9, 0, 2)
        if y < 2020:
            assert f"begint op maandag {start.day} september" in on(BV, "competitie",
                                                                   start - one)


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    for first, last, name in KS_EVENTS:
        assert name in on(KS, "live", iso(first)) and name in on(KS, "live", iso(last))
        assert name not in on(KS, "live", iso(last) + one)
    assert "suspended" in on(KS, "live", d(2020, 4, 10))
    for first, last in SUPERFINALS:
        assert f"Суперфинал чемпионата России {first[:4]}" in on(SV, "banner", iso(last))
    for first, _ in MOSCOW_OPENS:
        assert f"Moscow Open {first[:4]}" in on(SV, "banner", iso(first))
    assert "Екатеринбурге" in on(SV, "banner", d(2020, 3, 20))
    assert "онлайн" in on(SV, "banner", d(2020, 5, 1))
    for y in range(2015, 2021):
        sunday = easter(y)
        thursday = sunday - 3 * one
        if y < 2020:
            text = on(WB, "termine", sunday)
            assert f"Osteropen {y}" in text and f"{thursday.day:02d}.{thursday.month:02d}." in (
                text)
            assert f"Paasdrive {y}" in on(BV, "agenda", sunday + one)
            assert f"€ {BV_PAASDRIVE[y]} per paar" in on(BV, "agenda", sunday)
            kerst = nth_weekday(y, 12, 5, 2)
            assert f"Kerstdrive {y} op zaterdag {kerst.day} december" in on(BV, "agenda",
                                                                            kerst)
            blitz = nth_weekday(y, 12, 4, 3)
            assert f"Weihnachtsblitz {y}: Freitag, {blitz.day}. Dezember" in on(
                WB, "termine", blitz)
            assert f"nevezési díj {SH_NYILT[y]} Ft" in on(SH, "nevezes", d(y, 6, 15))
            congress = queens_birthday(y)
            text = on(HB, "events", congress)
            assert f"Winter Congress {y}" in text and f"${HB_CONGRESS[y]}" in text
        assert f"Día del Libro {y}" in on(FP, "aviso", d(y, 4, 23)) or y == 2020
        assert f"Especial Navidad {y}" in on(FP, "aviso", d(y, 12, 28))
        assert f"Határidő: {y}. május 20." in on(SH, "tamogatas", d(y, 5, 20))
        assert "1%" not in on(SH, "tamogatas", d(y, 5, 21))
        assert f"பொங்கல் நல்வாழ்த்துகள் {y}" in on(CU, "arivippu", d(y, 1, 14)) or y == 2020
        assert "புத்தாண்டு" in on(CU, "arivippu", d(y, 4, 14)) or y == 2020
        assert "தீபாவளி" in on(CU, "arivippu", iso(DEEPAVALI[y]))
        assert f"dues for {y + 1}" in on(SM, "dues", d(y, 12, 15))
        assert f"dues for {y}" in on(SM, "dues", d(y, 1, 31))
        agm = nth_weekday(y, 8, 5, 3)
        assert f"Saturday {agm.day} August {y}" in on(HB, "events", agm)
        assert "Christmas party" in on(HB, "events", d(y, 12, 1))
    assert "abgesagt" in on(WB, "termine", d(2020, 4, 10))
    assert "StepBridge" in on(BV, "agenda", d(2020, 4, 13))
    assert "opnieuw stil" in on(BV, "agenda", d(2020, 12, 12))
    assert "QuédateEnCasa" in on(FP, "aviso", d(2020, 4, 23))
    assert "elmarad" in on(SH, "nevezes", d(2020, 6, 1))
    assert "Batumi" in on(SH, "nevezes", d(2018, 10, 1))
    assert "ஊரடங்கு" in on(CU, "arivippu", d(2020, 4, 14))
    assert "doubled" in on(SM, "dues", d(2020, 5, 1))
    assert "RealBridge" in on(HB, "events", d(2020, 6, 8))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (KS, "byline", KS_REDESIGN, "By {author}", "{author_beat}"),
        (KS, "newsletter", KS_NEWSLETTER, "weekly newsletter", "every Monday"),
        (KS, "live", KS_ALERTS, "round-by-round alerts", "notifications"),
        (SV, "avtor", SV_REDESIGN, "Автор:", "Фото:"),
        (SV, "banner", SV_TELEGRAM, "трансляции", "Telegram"),
        (WB, "termine", WB_REDESIGN, "Bezirkskalender", "Kalender-Abo"),
        (WB, "einwilligung", WB_DSGVO, "einverstanden", "DSGVO"),
        (CR, "blogger", CR_REDESIGN, "Blogged by", "Solved and blogged"),
        (CR, "key", CR_KEY, "underlined", "in bold"),
        (FP, "aviso", FP_INTERACTIVO, "Descargue la app", "interactivos"),
        (CU, "arivippu", CU_YOUTUBE, "வாட்ஸ்அப்", "யூடியூப்"),
        (HB, "sessions", d(2020, 3, 17), "Monday 12.30 pm", "RealBridge"),
        (HB, "sessions", d(2020, 7, 6), "RealBridge", "COVID-safe"),
        (HR, "aufloesung", HR_AUFLOESUNG, "nächsten Ausgabe", "E-Paper")))
    assert_groups_reworded(SET, (
        (KS, "dated", ", 20", "Published "),
        (SV, "data", ".20", "МСК"),
        (WB, "datum", "Veröffentlicht am", "Uhr"),
        (KS, "byline", "By ", ", "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert changes(WB, "ausschreibung") == {d(y, 1, 1) for y in range(2016, 2021)}
    for y, (start, youth, prize) in WB_OPEN.items():
        text = on(WB, "ausschreibung", d(y, 6, 1))
        assert f"Startgeld: {start} € (Jugendliche {youth} €)" in text and f"{prize} €" in text
    prizes = found(CR, "prize", r"(£\d+) in book tokens")
    assert prizes == {value for _, value in CR_PRIZE}
    assert "£30" in on(CR, "prize", d(2017, 4, 1)) and "£25" in on(CR, "prize", d(2017, 3, 31))
    assert found(FP, "concurso", r"Premio: ([^.]+)\.") == {value for _, value in FP_PREMIO}
    assert found(HR, "gewinnspiel", r"zu gewinnen: (.+)$") == {value for _, value in HR_PREIS}
    assert "47¢" in on(SM, "postage", d(2016, 6, 1)) and "55¢" in on(SM, "postage",
                                                                   d(2020, 6, 1))
    assert "suspendido" in on(FP, "concurso", d(2020, 4, 1))


def test_diagram_and_deal_captions() -> None:
    dealers = {"N": ("Noord", "North"), "E": ("Oost", "East"), "S": ("Zuid", "South"),
               "W": ("West", "West")}
    vulnerable = "-NEBNEB-EB-NB-NE"  # boards 1-16: none, N-S, E-W, both

    def check(board: int, dealer: str, vul: str) -> None:
        assert any(dealer == name for name in dealers["NESW"[(board - 1) % 4]]), board
        want = vulnerable[(board - 1) % 16]
        got = {"Niemand": "-", "Nil": "-", "Noord-Zuid": "N", "N-S": "N", "Oost-West": "E",
               "E-W": "E", "Allen": "B", "All": "B"}[vul]
        assert got == want, (board, vul)

    for text in pool(SET, BV, "spel"):
        m = re.fullmatch(r"Spel (\d+) · Gever (\w+) · (\S+) kwetsbaar", text)
        assert m, text
        check(int(m[1]), m[2], m[3])
    for text in pool(SET, HB, "hand"):
        m = re.fullmatch(r"Board (\d+) · Dealer (\w+) · (\S+) vul", text)
        assert m, text
        check(int(m[1]), m[2], m[3])
    for style, family in ((KS, "diagram"), (BV, "spel")):
        lines = [norm(t) for t in group_lines(SET, style, family)]  # a dropped word aside
        assert lines and sum(t in pool(SET, style, family) for t in lines) >= 0.9 * len(lines)
    assert all(re.search(r"\d+\.\.\.|\d+\.[KQRBN]|\d+\.g4|to play", t)
               for t in pool(SET, KS, "diagram"))
    assert all(re.search(r"[ЛКФС]|Мат|Белые", t) for t in pool(SET, SV, "diagramma"))
    assert max(per_doc(planted_docs(SET), f"{KS}/diagram")) == 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SV, "rubrika", r"[\u0400-\u04ff]"), (SV, "perepechatka", r"[\u0400-\u04ff]"),
        (SV, "reklama", r"^Реклама$"), (CU, "pirivu", r"[\u0b80-\u0bff]"),
        (CU, "vidai", r"[\u0b80-\u0bff]"), (CU, "thethi", r"[\u0b80-\u0bff]"),
        (SH, "megfejtes", r"[áéíóöőúüű]"), (SH, "datum", r"\d{4}\."),
        (WB, "gewaehr", r"[äöüß]"), (FP, "copyright", r"[áéíóúñ]"), (HR, "teilnahme", r"[äöüß]"),
        (BV, "disclaimer", r"\b(?:de|kunnen|worden)\b"), (WV, "notatie", r"\bschuifzet\b")))
    assert any("МСК" in t for t in group_lines(SET, SV, "data"))
    assert any("IST" in t for t in group_lines(SET, CU, "thethi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{KS}/dated", f"{KS}/byline", f"{KS}/related", f"{KS}/kicker",
                         f"{KS}/diagram", f"{KS}/copyright", f"{KS}/ratings", f"{SV}/data",
                         f"{SV}/prosmotry", f"{SV}/chitayte", f"{WB}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{KS}/notation", f"{KS}/replay", f"{SV}/perepechatka", f"{SV}/mnenie",
        f"{WB}/gewaehr", f"{WB}/verband"))
    assert_carried_share(docs, KS, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("ratings", 0.12, 0.4), ("live", 0.12, 0.4)])
    assert_carried_share(docs, SV, [("vozrast", 0.35, 0.65), ("data", 0.8, 0.98),
                                    ("ispravlenie", 0.0, 0.12)])
    for fam in (f"{KS}/related", f"{KS}/advert", f"{SV}/reklama", f"{FP}/publicidad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((KS, "photo"), (SV, "diagramma"), (WB, "partie"),
                               (CR, "solver"), (FP, "problema"), (SH, "allas"),
                               (CU, "puthir"), (SM, "game"), (HB, "hand"), (WV, "stelling")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (KS, "correction"), (SV, "ispravlenie"), (WB, "korrektur"), (CR, "correction"),
        (BV, "rectificatie"), (FP, "erratas"), (SH, "helyesbites"), (CU, "thiruththam"),
        (SM, "correction"), (HB, "correction"), (WV, "rectificatie"), (HR, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KS}/related", "Related: "), (f"{SV}/chitayte", "Читайте также: "),
        (f"{CR}/previous", "Previous puzzle: "), (f"{FP}/interesar", "Te puede interesar: "),
        (f"{SH}/kapcsolodo", "Kapcsolódó cikk: "), (f"{CU}/ithaiyum", "இதையும் படிக்க: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (KS, "advert", "Advertisement"), (SV, "reklama", "Реклама"), (SV, "vozrast", "16+"),
        (WB, "anzeige", "Anzeige"), (CR, "advert", "Advertisement"),
        (FP, "publicidad", "Publicidad"), (SH, "hirdetes", "Hirdetés"),
        (CU, "vilambaram", "விளம்பரம்"), (CU, "vidai", "விடை அடுத்த வாரம்")))
    assert_group_values_from_pool(SET, (
        (KS, "kicker", "kicker"), (SV, "rubrika", "rubrika"), (WB, "rubrik", "rubrik"),
        (BV, "categorie", "categorie"), (FP, "seccion", "seccion"), (SH, "rovat", "rovat"),
        (CU, "pirivu", "pirivu"), (HR, "ressort", "ressort")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KS, "advert", "Advertisement"),
        (SV, "vozrast", "16+"),
        (WB, "gewaehr", "Alle Ergebnisse und Tabellen ohne Gewähr.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        KS: (["newsletter", "copyright"], 2),
        SV: (["perepechatka", "mnenie", "vozrast"], 3),
        WB: (["verband", "copyright"], 2),
        CR: (["comments", "copyright"], 2),
        BV: (["disclaimer", "contact", "copyright"], 3),
        FP: (["concurso", "bases", "copyright"], 2),
        SM: (["forum", "copyright"], 2),
        HB: (["partners", "association"], 2)})


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
