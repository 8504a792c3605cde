"""The held-back-222 template set (`tests.bench.heldout_templates_222`): its localised dates
(printed day by day in English with British and Irish summer time, ordinals and AP-style
months, French, Irish, Japanese with the Heisei and Reiwa eras, Spanish and Swedish, several
changing form on the day of a redesign), the lines that turn every day and every week (the
going, the odds, the Quinté+, the era-dated race card, the Argentine meetings, a dog weekly's
issue date, the V75, a tipster's running total), the betting notices and other lines
reworded over the years, the calendars some notices follow (the Cheltenham Festival, Royal
Ascot, the Grand National, the Prix d'Amérique, the Arc and its venues, the Japanese Derby,
Japan Cup and Arima Kinen, Elitloppet, the Irish festivals, the Carlos Pellegrini, the Irish
horse fairs and shows, Crufts, championship and club shows with their closing dates for
entries, the pandemic), the fees and prices that change over the years, the lines in several
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

from tests.bench.heldout_calendar import easter, last_weekday, nth_weekday
from tests.bench.heldout_templates_222 import (
    ARIMA,
    BR_AVGIFT,
    BR_PANDEMIC,
    BR_REDESIGN,
    CA_CUOTA,
    CA_REDESIGN,
    CC_REDESIGN,
    CHELTENHAM,
    CRUFTS,
    DERBY_JP,
    DUBLIN_HORSE_SHOW,
    FESTIVAL_DAYS,
    FIRST_DAY,
    FL_GAMBLE,
    FL_PODCAST,
    FL_REDESIGN,
    FR_GAMBLE_FUN,
    FR_GAMBLE_THINK,
    FR_NEWSLETTER,
    FR_REDESIGN,
    GDPR,
    GRAND_NATIONAL,
    HRI_PRIZE,
    LAST_DAY,
    LONGCHAMP_CLOSED,
    LOPDGDD,
    PT_ANJ,
    PT_NEWSLETTER,
    PT_REDESIGN,
    PUNCHESTOWN,
    REIWA,
    ROYAL_ASCOT,
    SC_REDESIGN,
    SC_SOCIAL,
    SC_TAILLE,
    SP_DEPOSIT_LIMIT,
    SP_LICENSING,
    SP_PLUS,
    SP_REDESIGN,
    SR_APP,
    SR_REDESIGN,
    SR_SUBSCRIPTION,
    TH_MENORES,
    TH_REDESIGN,
    TH_SUSCRIPCION,
    TH_WHATSAPP,
    TS_ADDICTION,
    TS_PREMIUM,
    TS_REDESIGN,
    TS_YOUTUBE,
    TW_REDESIGN,
    arc_venue,
    canina_shows,
    championship_shows,
    club_shows,
    era,
    friday_from,
    lucia_saturday,
    naps,
    saturday_from,
    summer_time,
    sunday_of,
    tw_shows,
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

SET = "held-back-222"
SITES = ("The Furlong Report", "Piste et Turf", "ターフ速報", "Show Ring Weekly", "Sulkyposten",
         "Fetlock", "La Tribuna Hípica", "Scéala an Chapaill", "Club Canin du Val de Loire",
         "Tidewater Hunter Jumper Association", "Sociedad Canina del Cantábrico",
         "Björkåsens Ridklubb")
FR, PT, TS, SR = ("furlongreport.co.uk", "pisteetturf.fr", "turf-sokuho.jp",
                  "showringweekly.co.uk")
SP, FL, TH, SC = ("sulkyposten.se", "fetlock.ie", "latribunahipica.com.ar", "scealachapaill.ie")
CC, TW, CA, BR = ("clubcaninvaldeloire.fr", "tidewaterhunterjumper.org", "caninacantabrico.es",
                  "bjorkasensridklubb.se")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day; the dog weekly's by week
# before its redesign).
DAILY = ((FR, "dated"), (PT, "date"), (TS, "hizuke"), (SR, "dated"), (SP, "datum"),
         (FL, "dated"), (TH, "fecha"), (SC, "data"), (CC, "date"), (TW, "dated"),
         (CA, "fecha"), (BR, "datum"))
# The lines that name the day they are printed on (with the year, or without it).
EVERY_DAY = ((FR, "odds"), (TS, "shutsuba"))
TURN_DAILY = ((FR, "going"), (PT, "quinte"), (TH, "reunion"))
# The notices that follow calendars.
BANNERS = ((FR, "notice"), (PT, "newsletter"), (TS, "oshirase"), (SR, "notice"),
           (SP, "notis"), (FL, "notice"), (TH, "aviso"), (SC, "aonach"), (CC, "calendrier"),
           (CA, "inscripciones"), (BR, "kalender"))
# Amounts in force from given days.
TABLES = ((SR, "subscription", SR_SUBSCRIPTION), (TS, "premium", TS_PREMIUM),
          (FL, "prize", HRI_PRIZE), (TH, "suscripcion", TH_SUSCRIPCION),
          (SC, "taille", SC_TAILLE), (CA, "cuota", CA_CUOTA), (BR, "avgift", BR_AVGIFT))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    FR: "Get The Furlong Report's free tips email every morning",
    PT: "Recevez chaque matin nos pronostics gratuits par e-mail",
    TS: "ターフ速報の最新ニュースはTwitterでも配信中",
    SR: "Subscribe to Show Ring Weekly and never miss a result",
    SP: "Prenumerera på Sulkyposten – första månaden för en krona",
    FL: "Follow Fetlock on Twitter for every result as it happens",
    TH: "Seguinos en Twitter, Facebook e Instagram",
    SC: "Cláraigh le haghaidh ár nuachtlitir sheachtainiúil",
    CC: "Retrouvez le calendrier complet des manifestations du club sur notre site",
    CA: "Consulta el calendario de exposiciones en nuestra web",
    BR: "Se hela aktivitetskalendern på vår hemsida",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + TURN_DAILY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (FR, "naps"), (SR, "entries"), (SP, "omgang"), (TW, "next-show"), (TW, "membership"),
        (CC, "cotisation")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 3, 14), d(2018, 4, 6), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert sunday_of(d(2020, 6, 19)) == d(2020, 6, 14) == sunday_of(d(2020, 6, 14))
    assert saturday_from(d(2020, 6, 19)) == d(2020, 6, 20) == saturday_from(d(2020, 6, 20))
    assert friday_from(d(2016, 3, 5)) == d(2016, 3, 11)
    assert [lucia_saturday(y) for y in (2015, 2019, 2020)] == [d(2015, 12, 12), d(2019, 12, 7),
                                                               d(2020, 12, 12)]
    assert era(d(2019, 4, 30)) == "平成31年" and era(REIWA) == "令和元年"
    assert era(d(2015, 1, 1)) == "平成27年" and era(d(2020, 1, 1)) == "令和2年"
    assert [arc_venue(y) for y in range(2015, 2021)] == [
        "Longchamp", "Chantilly", "Chantilly", "ParisLongchamp", "ParisLongchamp",
        "ParisLongchamp"]
    # The running total starts afresh with each year's first Sunday: one week's result.
    assert all(abs(naps(sunday_of(d(y, 1, 7)))) <= 7.6 for y in range(2015, 2021))
    assert len({naps(sunday_of(d(2019, 12, 31)) - k * 7 * one) for k in range(10)}) == 10
    for table in (CHELTENHAM, ROYAL_ASCOT, PUNCHESTOWN):
        assert all(iso(day).weekday() == 1 for day in table.values())
    assert all(iso(day).weekday() == 5 for day in GRAND_NATIONAL.values())
    assert all(iso(day).weekday() == 3 for day in CRUFTS.values())
    assert all(iso(day).weekday() == 6 for day in [*DERBY_JP.values(), *ARIMA.values()])
    assert all(iso(day).weekday() == 2 for day in DUBLIN_HORSE_SHOW.values())
    assert [day.month for day, _ in championship_shows(2019)] == [5, 6, 8, 9, 12]
    assert [day for day, _ in tw_shows(2020)][:2] == [d(2020, 3, 14), d(2020, 4, 11)]


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FR, "dated", old, rf"5 March 2016 · {clock}")
    full(FR, "dated", new, rf"Last updated: {clock} BST, Friday, 19 June 2020")
    full(FR, "dated", winter, rf"Last updated: {clock} GMT, Monday, 7 December 2020")
    full(FR, "going", new, r"Going, Friday 19 June: [A-Z][a-z]+ (Firm|Good to Firm|Good|Good "
                           r"to Soft); [A-Za-z ]+ \(AW\) Standard( to Slow)?")
    full(FR, "going", winter, r"Going, Monday 7 December: [A-Z][a-z]+ (Good|Good to Soft|Soft|"
                              r"Heavy); [A-Za-z ]+ \(AW\) Standard( to Slow)?")
    full(FR, "odds", new, rf"Odds correct at {clock} on 19/06/2020 and subject to change\.")
    full(FR, "naps", new, r"Naps table: our tipster is [+-]\d+\.\d\d pts to a £1 level stake "
                          r"for 2020, to Sunday 14 Jun")
    full(PT, "date", old, rf"Le 05/03/2016 à {clock}")
    full(PT, "date", new, rf"Publié le vendredi 19 juin 2020 à {clock}")
    full(PT, "quinte", old, r"Quinté\+ du samedi 5 mars : Prix [^,]+ à [A-Za-zé-]+, départ "
                            r"\d\dh\d\d")
    full(PT, "quinte", new, r"Quinté\+ du vendredi 19 juin : Prix [^,]+ à [A-Za-zé-]+, départ "
                            r"\d\dh\d\d")
    full(TS, "hizuke", old, rf"2016/03/05 {clock}")
    full(TS, "hizuke", new, rf"2020年6月19日\(金\) {clock}")
    full(TS, "shutsuba", old, rf"出馬表・オッズは平成28年3月5日 {clock}現在のものです")
    full(TS, "shutsuba", REIWA, rf"出馬表・オッズは令和元年5月1日 {clock}現在のものです")
    full(TS, "shutsuba", new, rf"出馬表・オッズは令和2年6月19日 {clock}現在のものです")
    full(SR, "dated", old, "Issue dated Friday 11 March 2016")
    full(SR, "dated", new, r"Posted on 19 June 2020 at \d{1,2}:\d\d [AP]M")
    full(SR, "entries", old, r"Next championship show: Northern Counties Championship Show, 14 "
                             r"May\. Postal entries close 9 April, online entries 13 April\.")
    full(SP, "datum", old, rf"Publicerad 2016-03-05 {clock}")
    full(SP, "datum", new, rf"Publicerad fredag 19 juni 2020 kl\. {clock}")
    full(SP, "omgang", new, r"V75 lördag 20 juni: [A-ZÅÄÖ][a-zåäö]+( – jackpot!)?")
    full(FL, "dated", old, "5th March 2016")
    full(FL, "dated", new, rf"Fri 19 Jun 2020, {clock} IST")
    full(FL, "dated", winter, rf"Mon 7 Dec 2020, {clock} GMT")
    full(TH, "fecha", old, "05/03/2016")
    full(TH, "fecha", new, rf"Viernes 19 de junio de 2020 \| {clock}")
    full(TH, "reunion", old, r"Reuniones del sábado 5/3: San Isidro, 1ª carrera \d\d\.\d\d h")
    full(TH, "reunion", new, "Reuniones del viernes 19/6: sin actividad, carreras suspendidas "
                             "por el aislamiento")
    full(SC, "data", old, "5/3/2016")
    full(SC, "data", new, "Dé hAoine, 19 Meitheamh 2020")
    full(CC, "date", old, "Publié le 05/03/2016")
    full(CC, "date", new, "Actualité du 19 juin 2020")
    full(CC, "cotisation", new, "Cotisation 2020 : 32 € \\(individuelle\\), 42 € \\(couple\\)")
    full(TW, "dated", old, "Posted on March 5, 2016")
    full(TW, "dated", new, "June 19, 2020 · News")
    full(TW, "dated", d(2020, 9, 14), "Sept. 14, 2020 · News")
    full(TW, "next-show", new, "Next show: Red, White & Blue, July 11-12 at Tidewater "
                               "Equestrian Center. Entries close June 29. Masks are required "
                               "on the grounds.")
    full(CA, "fecha", old, "Santander, 5 de marzo de 2016")
    full(CA, "fecha", new, r"19\.06\.2020 \| Noticias")
    full(BR, "datum", old, "2016-03-05")
    full(BR, "datum", new, "Publicerad 19 juni 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    days = every_day()
    for key in TURN_DAILY:  # the weekday and the day, not the year: they turn every day
        assert len(changes(*key)) == len(days) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY
                                             if key != (SR, "dated")}
    for day in days:
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(FR, "dated", day).startswith("Last updated") == (day >= FR_REDESIGN)
        assert on(PT, "date", day).startswith("Publié le") == (day >= PT_REDESIGN)
        assert ("年" in on(TS, "hizuke", day)) == (day >= TS_REDESIGN)
        assert on(TS, "shutsuba", day).startswith("出馬表・オッズは令和") == (day >= REIWA)
        assert on(SR, "dated", day).startswith("Posted on") == (day >= SR_REDESIGN)
        assert ("kl." in on(SP, "datum", day)) == (day >= SP_REDESIGN)
        assert on(FL, "dated", day)[0].isdigit() == (day < FL_REDESIGN)
        assert ("|" in on(TH, "fecha", day)) == (day >= TH_REDESIGN)
        assert ("/" in on(SC, "data", day)) == (day < SC_REDESIGN)
        assert on(CC, "date", day).startswith("Actualité") == (day >= CC_REDESIGN)
        assert on(TW, "dated", day).startswith("Posted on") == (day < TW_REDESIGN)
        assert on(CA, "fecha", day).startswith("Santander") == (day < CA_REDESIGN)
        assert on(BR, "datum", day).startswith("Publicerad") == (day >= BR_REDESIGN)
        if day >= FR_REDESIGN:
            assert ("BST" in on(FR, "dated", day)) == summer_time(day)
        if day >= FL_REDESIGN:
            assert on(FL, "dated", day).endswith("IST" if summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(days), key
    for style, family in DAILY[:6]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_week() -> None:
    sundays = {day for day in every_day() if day.weekday() == 6 and day > FIRST_DAY}
    assert changes(SP, "omgang") == sundays  # the coming Saturday's V75
    assert changes(FR, "naps") == sundays  # the running total to the last Sunday
    weekly = {day for day in changes(SR, "dated") if day < SR_REDESIGN}
    assert weekly and all(day.weekday() == 5 for day in weekly)  # the next Friday's issue
    tracks = found(SP, "omgang", r": ([^ ]+)")
    assert {"Solvalla", "Åby", "Jägersro"} <= tracks and len(tracks) >= 12
    assert found(SP, "omgang", r"(jackpot)") == {"jackpot"}
    totals = [float(m[1]) for t in group_lines(SET, FR, "naps")
              if (m := re.search(r"is ([+-]\d+\.\d\d) pts", norm(t)))]
    assert totals and min(totals) < 0 < max(totals)
    for day in every_day():
        going = on(FR, "going", day)
        if (day.month, day.day) in ((12, 24), (12, 25)):
            assert going.endswith("no racing today."), day
        elif d(2020, 3, 18) <= day <= d(2020, 5, 31):
            assert "suspended" in going, day
        else:
            assert "(AW) Standard" in going, day
        quinte = on(PT, "quinte", day)
        if "ParisLongchamp" in quinte:
            assert day >= LONGCHAMP_CLOSED[1], day
        elif "à Longchamp" in quinte:
            assert day < LONGCHAMP_CLOSED[0], day
        if day == last_weekday(day.year, 1, 6):
            assert "Prix d'Amérique à Vincennes" in quinte, day
        assert ("sin actividad" in on(TH, "reunion", day)) == (
            d(2020, 3, 20) <= day <= d(2020, 9, 30) or (day.month, day.day) in ((12, 25),
                                                                                 (1, 1)))
    assert found(PT, "quinte", r" à ([A-Za-z-]+),") >= {"Vincennes", "Deauville", "Chantilly",
                                                         "Longchamp", "ParisLongchamp"}


def test_entries_close_before_the_shows() -> None:
    for y in range(2015, 2020):
        shows = championship_shows(y)
        first, name = shows[0]
        assert "Postal entries close" in on(SR, "entries", first - 40 * one), y
        for day, name in shows:  # unless an earlier show is still to come
            assert any(f"{name}, {day.day} " in on(SR, "entries", day - k * one)
                       and "Postal entries have closed" in on(SR, "entries", day - k * one)
                       for k in range(31, 35)), name
            assert on(SR, "entries", day).endswith("Entries have closed."), name
        for day, name in club_shows(y):
            assert "clôture des engagements" in on(CC, "calendrier", day - 30 * one), name
            assert "engagements clos" in on(CC, "calendrier", day - 5 * one), name
        for day, name in canina_shows(y):
            assert "cierre de inscripciones" in on(CA, "inscripciones", day - 30 * one), name
            assert "inscripciones cerradas" in on(CA, "inscripciones", day - 5 * one), name
        lucia = lucia_saturday(y)
        assert "anmälan senast" in on(BR, "kalender", lucia - 10 * one), y
        assert "anmälan är stängd" in on(BR, "kalender", lucia - 2 * one), y
        for saturday, name in tw_shows(y):
            assert f"Next show: {name}" in on(TW, "next-show", saturday), name
            assert "Entries close" in on(TW, "next-show", saturday - 12 * one), name
            assert "Entries are closed" in on(TW, "next-show", saturday - 11 * one), name
    assert "cancelled for the rest of 2020" in on(SR, "entries", d(2020, 7, 1))
    assert "Northern Counties" in on(SR, "entries", d(2021, 1, 5))
    assert "suspended" in on(TW, "next-show", d(2020, 4, 15))
    assert "Masks" in on(TW, "next-show", d(2020, 6, 2))
    assert "suspendues" in on(CC, "calendrier", d(2020, 6, 1))
    assert "aplazadas" in on(CA, "inscripciones", d(2020, 7, 20))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        tuesday = iso(CHELTENHAM[y])
        assert "starts on Tuesday" in on(FR, "notice", tuesday - one)
        for k in range(4):
            assert (f"Cheltenham Festival {y}, day {k + 1}, {FESTIVAL_DAYS[k]}"
                    in on(FR, "notice", tuesday + k * one))
        for k in range(5):
            assert f"Royal Ascot {y}" in on(FR, "notice", iso(ROYAL_ASCOT[y]) + k * one)
            assert f"day {k + 1} of 5" in on(FR, "notice", iso(ROYAL_ASCOT[y]) + k * one)
        assert f"Prix d'Amérique {y}" in on(PT, "newsletter", last_weekday(y, 1, 6))
        arc = nth_weekday(y, 10, 6, 1)
        assert f"Arc de Triomphe {y} à {arc_venue(y)}" in on(PT, "newsletter", arc)
        assert f"第{y - 1933}回日本ダービー" in on(TS, "oshirase", iso(DERBY_JP[y]))
        assert f"第{y - 1955}回有馬記念" in on(TS, "oshirase", iso(ARIMA[y]))
        assert f"第{y - 1980}回ジャパンカップ" in on(TS, "oshirase", last_weekday(y, 11, 6))
        assert f"Crufts {y}, day 4 of 4" in on(SR, "notice", iso(CRUFTS[y]) + 3 * one)
        assert f"Elitloppet {y}" in on(SP, "notis", last_weekday(y, 5, 6))
        assert f"Svenskt Travderby {y}" in on(SP, "notis", nth_weekday(y, 9, 6, 1))
        galway = last_weekday(y, 7, 0)
        assert f"Galway Races {y}" in on(FL, "notice", galway + 6 * one)
        assert "day 7 of 7" in on(FL, "notice", galway + 6 * one)
        assert f"Christmas Festival {y}, day 4" in on(FL, "notice", d(y, 12, 29))
        assert f"Carlos Pellegrini {y}" in on(TH, "aviso", nth_weekday(y, 12, 5, 2))
    for y in range(2015, 2020):
        assert f"Grand National {y}" in on(FR, "notice", iso(GRAND_NATIONAL[y]))
        assert f"Irish Grand National {y}" in on(FL, "notice", easter(y) + one)
        assert f"Punchestown Festival {y}, day 5" in on(FL, "notice", iso(PUNCHESTOWN[y])
                                                        + 4 * one)
        assert f"Gran Premio Nacional {y}" in on(TH, "aviso", nth_weekday(y, 10, 5, 3))
        assert f"Spancilhill, 23 Meitheamh {y}" in on(SC, "aonach", d(y, 6, 23))
        assert f"Bhaile Átha Cliath {y}" in on(SC, "aonach", iso(DUBLIN_HORSE_SHOW[y]))
        assert f"Chonamara {y}" in on(SC, "aonach", nth_weekday(y, 8, 3, 3))
        assert f"Sluaighe {y}" in on(SC, "aonach", nth_weekday(y, 10, 6, 1))
    assert found(SR, "notice", r"Discover Dogs (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert found(FL, "notice", r"Dublin Racing Festival (\d{4})") == {"2018", "2019", "2020"}
    assert "Virtual Grand National" in on(FR, "notice", d(2020, 4, 2))
    assert "suspended" in on(FR, "notice", d(2020, 4, 20))
    assert "behind closed doors, day 1" in on(FR, "notice", iso(ROYAL_ASCOT[2020]))
    assert "confinement" in on(PT, "newsletter", d(2020, 4, 1))
    assert "huis clos" in on(PT, "newsletter", d(2020, 5, 20))
    assert "無観客" in on(TS, "oshirase", d(2020, 4, 1))
    assert "指定席" in on(TS, "oshirase", d(2020, 11, 3))
    assert "utan publik" in on(SP, "notis", d(2020, 7, 1))
    assert "suspended" in on(FL, "notice", d(2020, 4, 20))
    assert "closed doors" in on(FL, "notice", d(2020, 7, 28))
    assert "suspendida" in on(TH, "aviso", d(2020, 6, 1))
    assert "COVID-19" in on(SC, "aonach", d(2020, 8, 5))
    assert "Shows are cancelled" in on(SR, "notice", d(2020, 5, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FR, "byline", FR_REDESIGN, "By {author}", "{author_beat}"),
        (FR, "gamble", FR_GAMBLE_FUN, "Please gamble responsibly", "When the fun stops"),
        (FR, "gamble", FR_GAMBLE_THINK, "When the fun stops", "Take time to think"),
        (FR, "notice", FR_NEWSLETTER, "free tips email", "First Past The Post"),
        (PT, "partenaire", PT_ANJ, "l'ARJEL", "(ANJ)"),
        (PT, "newsletter", PT_NEWSLETTER, "chaque matin nos", "boîte mail"),
        (TS, "baken", TS_ADDICTION, "馬券は20歳になってから。", "のめり込み"),
        (TS, "oshirase", TS_YOUTUBE, "Twitter", "YouTube"),
        (SR, "notice", SR_APP, "never miss a result", "the Show Ring Weekly app"),
        (SP, "spel", SP_LICENSING, "Spela med måtta", "Stödlinjen"),
        (SP, "spel", SP_DEPOSIT_LIMIT, "Stödlinjen.se", "insättningsgräns"),
        (SP, "notis", SP_PLUS, "en krona", "99 kr"),
        (FL, "gamble", FL_GAMBLE, "bet responsibly", "gamblingcare.ie"),
        (FL, "notice", FL_PODCAST, "Twitter", "podcast"),
        (TH, "juego", TH_MENORES, "perjudicial para la salud.", "menores"),
        (TH, "aviso", TH_WHATSAPP, "Twitter", "WhatsApp"),
        (SC, "aonach", SC_SOCIAL, "nuachtlitir", "Facebook"),
        (CC, "donnees", GDPR, "Informatique et Libertés", "RGPD"),
        (CA, "datos", GDPR, "LOPD 15/1999", "(RGPD)"),
        (CA, "datos", LOPDGDD, "(RGPD)", "3/2018"),
        (BR, "kalender", BR_PANDEMIC, "aktivitetskalendern", "Folkhälsomyndighetens")))
    assert_groups_reworded(SET, (
        (FR, "dated", " · ", "Last updated"),
        (FR, "gamble", "Please gamble responsibly", "When the fun stops"),
        (PT, "date", "Le ", "Publié le"),
        (TS, "hizuke", "/", "年"),
        (SR, "dated", "Issue dated", "Posted on"),
        (SP, "datum", "-", "kl."),
        (SP, "spel", "Spela med måtta", "Stödlinjen"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "月額550円" in on(TS, "premium", d(2019, 10, 1))
    assert "月額540円" in on(TS, "premium", d(2019, 9, 30))
    assert "€48.5m" in on(FL, "prize", d(2020, 7, 1))
    assert changes(TW, "membership") == {d(y, 12, 1) for y in range(2015, 2021)}
    assert "2021 membership: Adult $65 · Junior $50" in on(TW, "membership", d(2020, 12, 1))
    assert "2020 membership" in on(TW, "membership", d(2020, 11, 30))
    assert changes(CC, "cotisation") == {d(y, 1, 1) for y in range(2016, 2021)}
    prices = {m[1] for t in group_lines(SET, TH, "suscripcion")
              if (m := re.search(r"\$ ([\d.]+)", norm(t)))}
    assert len(prices) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (TS, "kanren", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (TS, "chui", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (TS, "sponsor", r"[\u30a0-\u30ff]"),
        (SC, "leigh", r"[áéíóú]"), (SC, "maoiniu", r"[áéíóú]"),
        (SP, "notis", r"[åäöÅÄÖ]"), (BR, "forsakring", r"[åäö]"),
        (PT, "reserve", r"[éèàù]"), (CC, "affiliation", r"[éèàù]"),
        (TH, "lee", r"[áéíóúñ]"), (CA, "fecha", r"\d")))
    assert any("令和元年" in t for t in group_lines(SET, TS, "shutsuba"))
    assert any("平成" in t for t in group_lines(SET, TS, "shutsuba"))
    assert any(t.endswith("IST") for t in group_lines(SET, FL, "dated"))
    assert any(re.search(r"(Sept|Oct|Nov|Dec|Jan|Feb|Aug)\. ", t)
               for t in group_lines(SET, TW, "dated"))
    assert any(t.startswith("Dé") for t in group_lines(SET, SC, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FR}/dated", f"{FR}/byline", f"{FR}/read-more", f"{FR}/kicker",
                         f"{FR}/racecard", f"{FR}/tip", f"{FR}/odds", f"{FR}/going",
                         f"{PT}/date", f"{PT}/quinte", f"{PT}/selection", f"{TS}/hizuke"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FR}/publisher", f"{FR}/copyright", f"{PT}/reserve", f"{PT}/mentions",
        f"{TS}/chui", f"{SR}/letters"))
    assert_carried_share(docs, FR, [
        ("dated", 0.8, 0.98), ("read-more", 0.3, 0.62), ("correction", 0.0, 0.1),
        ("going", 0.12, 0.4), ("gamble", 0.4, 0.7), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, PT, [("avertissement", 0.35, 0.65), ("erratum", 0.0, 0.12)])
    for fam in (f"{FR}/advert", f"{PT}/publicite", f"{TS}/sponsor", f"{SP}/annons"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((FR, "racecard"), (FR, "read-more"), (PT, "selection"),
                               (TS, "kanren"), (SR, "bis"), (SP, "foto"), (FL, "related"),
                               (TH, "lee"), (SC, "fogra")))
    for text in group_lines(SET, TS, "kekka"):
        assert text.startswith("【レース結果】") and text.endswith("（G1）"), text
    results = [norm(t) for t in group_lines(SET, FL, "result")]
    assert results and sum(bool(re.fullmatch(r"RESULT: .+ \d+\.\d\d: 1 .+ \(.+\), 2 .+, 3 .+",
                                             t)) for t in results) >= 0.9 * len(results)
    warnings = {norm(t) for t in group_lines(SET, PT, "avertissement")}
    assert len({t[:40] for t in warnings}) >= 3  # the regulator's warnings take turns


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FR, "correction", 16), (PT, "erratum"), (TS, "teisei"), (SR, "correction"),
        (SP, "rattelse"), (FL, "correction"), (TH, "fe-de-erratas"), (SC, "ceartuchan"),
        (CC, "rectificatif"), (TW, "correction"), (CA, "correccion"), (BR, "rattelse")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FR}/read-more", "READ MORE: "), (f"{PT}/lire", "À lire aussi : "),
        (f"{TS}/kanren", "【関連記事】"), (f"{SP}/las-mer", "Läs mer: "),
        (f"{FL}/related", "Related: "), (f"{TH}/lee", "Leé también: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (FR, "advert", "Advertisement"), (PT, "publicite", "Publicité"),
        (TS, "sponsor", "スポンサーリンク"), (SP, "annons", "Annons"),
        (FL, "advert", "ADVERTISEMENT"), (TH, "publicidad", "PUBLICIDAD"),
        (SC, "fogra", "Fógra")))
    assert_group_values_from_pool(SET, (
        (FR, "kicker", "kicker"), (PT, "rubrique", "rubrique"), (TS, "kategori", "kategori"),
        (SR, "section", "section"), (SP, "avdelning", "avdelning"),
        (TH, "seccion", "seccion")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (FR, "advert", "Advertisement"),
        (FR, "gamble", "18+ | When the fun stops, stop | BeGambleAware.org"),
        (PT, "reserve", "Sous réserve de la liste officielle des partants et des rapports "
                        "définitifs."),
        (TS, "sponsor", "スポンサーリンク")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FR: (["publisher", "copyright"], 2),
        PT: (["mentions", "copyright"], 2),
        SR: (["letters", "publisher", "copyright"], 2),
        FL: (["company", "copyright"], 2),
        TH: (["director", "copyright"], 2),
        TW: (["nonprofit", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY + TURN_DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
