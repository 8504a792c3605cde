"""The held-back-149 template set (`tests.bench.heldout_templates_149`): its localised dates
(printed day by day in American English with Eastern and Pacific daylight or standard time,
British English, Australian English with AEST and AEDT, Polish with its genitive months,
German, Italian, Argentinian and Mexican Spanish, Afrikaans and Filipino, several changing
form on the day of a redesign), the lines that turn every day, week and month (a jail's
population, a blotter's week, a Crime Stoppers branch's running totals), the calendars the
notices follow (American holidays and safety days, the turning of the clocks and Drug Take
Back Days, Poland's "Znicz" patrols and safe holidays, Germany's burglary-protection day and
New Year's Eve, Italy's summer exodus and colour zones, Argentina's electoral blackouts,
South Africa's lockdown alert levels and 16 Days of Activism, the Philippines' gun bans,
Undas, Christmas and quarantine levels, International Missing Children's Day, Australia's
double demerits, Mexico's electoral blackouts, the 2020 pandemic), the notices reworded on
their days (presumed-innocent notes, the mugshot policy, call-in numbers), the rewards and
prices that change over the years, the lines in several languages, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_149 import (
    AC_INNOCENT,
    AC_MUGSHOTS,
    AC_NEWSLETTER,
    AC_REDESIGN,
    AC_REWARD,
    CB_911,
    CB_REDESIGN,
    CS_ONLINE,
    CS_REDESIGN,
    CS_REWARD,
    ELECCIONES_AR,
    FIRST_DAY,
    GN_112,
    GN_ALARM,
    GN_REDESIGN,
    GUN_BANS,
    KZ_112,
    KZ_KMZB,
    KZ_REDESIGN,
    LAST_DAY,
    MIESIACE,
    PP_APP,
    PP_LEVELS,
    PP_REDESIGN,
    PP_WHATSAPP,
    QUARANTINE,
    SW_REDESIGN,
    SW_STOP,
    TAKE_BACK_DAYS,
    TB_911,
    TB_REDESIGN,
    VACACIONES_INVIERNO,
    VEDAS,
    VP_NOTIFICACIONES,
    VP_RECOMPENSA,
    VP_REDESIGN,
    VP_WHATSAPP,
    VS_NUE,
    VS_PRESUNZIONE,
    VS_REDESIGN,
    VS_TELEGRAM,
    VS_WHATSAPP,
    WM_ALERTS,
    WM_EMAIL,
    WM_POSTERS,
    WM_REDESIGN,
    WT_REDESIGN,
    WT_WHATSAPP,
    ap_date,
    burglary_day,
    crime_stoppers_totals,
    jail_population,
    national_night_out,
    nsw_daylight,
    queens_birthday,
    take_back_days,
    us_daylight,
    week_ending,
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

SET = "held-back-149"
SITES = ("Ashbourne Courier", "Gazeta Nadwarciańska", "Werrataler Anzeiger",
         "La Voce del Sannio", "La Voz del Paraná", "Platteland Pos", "Tanod Balita",
         "SafeWatch Alerts", "Waymark", "Coast Crime Stoppers",
         "Comisión de Búsqueda de Personas de Sierra Verde",
         "Komenda Powiatowa Policji w Zarzeczu")
AC, GN, WT, VS = ("ashbournecourier.com", "gazetanadwarcianska.pl", "werrataler-anzeiger.de",
                  "vocedelsannio.it")
VP, PP, TB, SW = ("vozdelparana.com.ar", "plattelandpos.co.za", "tanodbalita.com",
                  "safewatchalerts.com")
WM, CS, CB, KZ = ("waymarkmissing.org.uk", "coastcrimestoppers.org.au", "cbp-sierraverde.gob.mx",
                  "kpp-zarzecze.pl")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((AC, "dated"), (GN, "data"), (WT, "datum"), (VS, "data"), (VP, "fecha"),
         (PP, "datum"), (TB, "petsa"), (SW, "issued"), (WM, "issued"), (CS, "dated"),
         (CB, "fecha"), (KZ, "data"))
# The lines that name the day they are printed on.
EVERY_DAY = ((AC, "jail"),)
# The notices that follow calendars.
BANNERS = ((AC, "notice"), (GN, "komunikat"), (WT, "hinweis"), (VS, "avviso"), (VP, "aviso"),
           (PP, "kennisgewing"), (TB, "paalala"), (SW, "banner"), (WM, "banner"),
           (CS, "banner"), (CB, "aviso"), (KZ, "komunikat"))
# Amounts in force from given days.
TABLES = ((AC, "tips", AC_REWARD), (VP, "recompensa", VP_RECOMPENSA),
          (WM, "posters", WM_POSTERS), (CS, "reward", CS_REWARD))

QUIET = d(2015, 3, 24)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    AC: "Get the Ashbourne Courier's Crime & Courts newsletter in your inbox every weekday",
    GN: "Polub nas na Facebooku i bądź na bieżąco z wydarzeniami z regionu",
    WT: "Blaulicht-Newsletter: die Polizeimeldungen aus dem Werratal jeden Abend per E-Mail",
    VS: "Iscriviti alla newsletter: la cronaca del Sannio ogni sera nella tua casella",
    VP: "Suscribite al newsletter de Policiales y recibí las noticias cada mañana",
    PP: "Volg Platteland Pos op Facebook vir die jongste misdaadnuus",
    TB: "I-like at i-follow ang Tanod Balita sa Facebook para sa mga pinakabagong balita",
    SW: "Download the SafeWatch Alerts app for iPhone and Android",
    WM: "Sign up for missing-person alerts in your area",
    CS: "Follow us on Facebook to see this week's wanted list",
    CB: "Difunde esta ficha en tus redes sociales. Compartir también es buscar.",
    KZ: "Sprawdź, kto jest Twoim dzielnicowym",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((AC, "log-week"),
                                                             (CS, "totals")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 10, 1), d(2018, 8, 13), d(2019, 11, 5),
        d(2020, 4, 1), d(2020, 12, 30), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert us_daylight(d(2019, 11, 2)) and not us_daylight(d(2019, 11, 3))
    assert nsw_daylight(d(2017, 10, 1)) and not nsw_daylight(d(2017, 9, 30))
    assert nsw_daylight(d(2018, 3, 31)) and not nsw_daylight(d(2018, 4, 1))
    assert ap_date(d(2016, 9, 5)) == "Sept. 5, 2016" and ap_date(d(2016, 3, 5)) == (
        "March 5, 2016")
    assert week_ending(d(2020, 6, 19)) == week_ending(d(2020, 6, 15)) == d(2020, 6, 14)
    assert week_ending(d(2020, 6, 14)) == d(2020, 6, 7)
    assert national_night_out(2019) == d(2019, 8, 6)
    assert take_back_days(2019) == [d(2019, 4, 27), d(2019, 10, 26)]
    assert take_back_days(2020) == [d(2020, 10, 24)] and len(take_back_days(2015)) == 1
    assert all(iso(day).weekday() == 5 for day in TAKE_BACK_DAYS)
    assert burglary_day(2019) == d(2019, 10, 27) and queens_birthday(2019) == d(2019, 6, 10)
    assert jail_population(d(2020, 5, 15)) < 0.8 * jail_population(d(2019, 6, 1))
    assert crime_stoppers_totals(2020, 5)[0] > crime_stoppers_totals(2015, 5)[0] + 900


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d (AM|PM)"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AC, "dated", old, "Posted March 5, 2016")
    full(AC, "dated", d(2016, 9, 5), r"Posted Sept\. 5, 2016")
    full(AC, "dated", new, rf"Updated {clock12} EDT Friday, June 19, 2020")
    full(AC, "dated", winter, rf"Updated {clock12} EST Monday, December 7, 2020")
    full(AC, "jail", new, r"County jail population as of 6/19/2020: \d{3} \(rated capacity "
                          r"480\)")
    full(AC, "log-week", new, "Police log for the week ending Sunday, June 14")
    full(GN, "data", old, rf"05\.03\.2016 {clock}")
    full(GN, "data", new, rf"piątek, 19 czerwca 2020, {clock}")
    full(WT, "datum", old, rf"05\.03\.16, {clock} Uhr")
    full(WT, "datum", new, rf"Freitag, 19\. Juni 2020, {clock} Uhr")
    full(VS, "data", old, rf"05/03/2016 - {clock}")
    full(VS, "data", new, rf"venerdì 19 giugno 2020 \| {clock}")
    full(VP, "fecha", old, "05/03/2016")
    full(VP, "fecha", new, rf"Viernes, 19 de junio de 2020 · {clock}")
    full(PP, "datum", old, "05 Mrt 2016")
    full(PP, "datum", new, rf"Vrydag, 19 Junie 2020 om {clock}")
    full(TB, "petsa", old, "Marso 5, 2016")
    full(TB, "petsa", new, rf"Biyernes, Hunyo 19, 2020 \| {clock12}")
    full(SW, "issued", old, rf"Issued 3/5/2016 {clock12}")
    full(SW, "issued", new, rf"Friday, Jun 19, 2020, {clock12} PDT")
    full(SW, "issued", winter, rf"Monday, Dec 7, 2020, {clock12} PST")
    full(WM, "issued", old, "Appeal issued 05/03/2016")
    full(WM, "issued", new, "Appeal date: Friday 19 June 2020")
    full(CS, "dated", old, "5/03/2016")
    full(CS, "dated", new, rf"Friday 19 June 2020, {clock} AEST")
    full(CS, "dated", winter, rf"Monday 7 December 2020, {clock} AEDT")
    full(CS, "totals", new, r"Since 1989: [\d,]+ arrests and [\d,]+ charges from community "
                            r"information \(to the end of May 2020\)")
    full(CB, "fecha", old, "Fecha de publicación: 05/03/2016")
    full(CB, "fecha", new, "Sierra Verde, a 19 de junio de 2020")
    full(KZ, "data", old, r"Data publikacji 05\.03\.2016")
    full(KZ, "data", new, "Opublikowano: 19 czerwca 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(AC, "dated", day).startswith("Posted") == (day < AC_REDESIGN)
        assert bool(re.match(r"\d\d\.", on(GN, "data", day))) == (day < GN_REDESIGN)
        assert on(WT, "datum", day)[0].isdigit() == (day < WT_REDESIGN)
        assert on(VS, "data", day)[0].isdigit() == (day < VS_REDESIGN)
        assert on(VP, "fecha", day)[0].isdigit() == (day < VP_REDESIGN)
        assert on(PP, "datum", day)[0].isdigit() == (day < PP_REDESIGN)
        assert ("|" in on(TB, "petsa", day)) == (day >= TB_REDESIGN)
        assert on(SW, "issued", day).startswith("Issued") == (day < SW_REDESIGN)
        assert on(WM, "issued", day).startswith("Appeal issued") == (day < WM_REDESIGN)
        assert ("AE" in on(CS, "dated", day)) == (day >= CS_REDESIGN)
        assert on(CB, "fecha", day).startswith("Fecha") == (day < CB_REDESIGN)
        assert on(KZ, "data", day).startswith("Data publikacji") == (day < KZ_REDESIGN)
        if day >= AC_REDESIGN:
            assert ("EDT" in on(AC, "dated", day)) == us_daylight(day)
        if day >= SW_REDESIGN:
            assert on(SW, "issued", day).endswith("PDT" if us_daylight(day) else "PST")
        if day >= CS_REDESIGN:
            assert on(CS, "dated", day).endswith("AEDT" if nsw_daylight(day) else "AEST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    assert any(m in t for t in group_lines(SET, GN, "data") for m in MIESIACE)


def test_lines_that_turn_by_day_week_and_month() -> None:
    assert len(changes(AC, "jail")) == len(every_day()) - 1
    weekly = changes(AC, "log-week")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    monthly = changes(CS, "totals")
    assert len(monthly) == 71 and all(day.day == 1 for day in monthly)
    counts = [int(m[1]) for t in group_lines(SET, AC, "jail")
              if (m := re.search(r": (\d+) \(", norm(t)))]
    assert counts and all(280 <= c <= 470 for c in counts)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        assert f"July 4, {y}" in on(AC, "notice", d(y, 7, 4)), y
        nno = national_night_out(y)
        assert f"Aug. {nno.day}:" in on(AC, "notice", nno), y
        assert f"Halloween {y}" in on(AC, "notice", d(y, 10, 31)), y
        assert f"New Year's Day {y + 1}" in on(AC, "notice", d(y, 12, 25)), y
        assert f"Bezpieczne wakacje {y}" in on(GN, "komunikat", d(y, 7, 15)), y
        assert f"{burglary_day(y).day}. Oktober {y}" in on(WT, "hinweis", burglary_day(y))
        assert f"Esodo estivo {y}" in on(VS, "avviso", d(y, 8, 10)), y
        assert f"Capodanno {y + 1}" in on(VS, "avviso", d(y, 12, 31)), y
        assert f"Fiestas {y}" in on(VP, "aviso", d(y, 12, 25)), y
        assert f"Undas {y}" in on(TB, "paalala", d(y, 11, 1)), y
        assert f"Ligtas Paskuhan {y}" in on(TB, "paalala", d(y, 12, 25)), y
        for day in take_back_days(y):
            assert f"Saturday, {day:%B} {day.day}" in on(SW, "banner", day), day
        fall = nth_weekday(y, 11, 6, 1)
        assert f"fall back Sunday, Nov. {fall.day}" in on(SW, "banner", fall), y
        assert f"Christmas {y} is hard" in on(WM, "banner", d(y, 12, 20)), y
        assert f"Christmas and New Year {y}-{(y + 1) % 100:02d}" in on(CS, "banner",
                                                                       d(y, 12, 25)), y
        assert f"30 de agosto de {y}" in on(CB, "aviso", d(y, 8, 30)), y
        assert f"Akcja „Znicz” {y}" in on(KZ, "komunikat", d(y, 11, 1)), y
        assert f"Bezpieczne ferie {y}" in on(KZ, "komunikat", d(y, 2, 1)), y
        if y < 2020:
            assert f"Akcja „Znicz” {y}" in on(GN, "komunikat", d(y, 11, 1)), y
            assert f"Silvester {y}" in on(WT, "hinweis", d(y, 12, 31)), y
            assert f"16 Dae van Aktivisme {y}" in on(PP, "kennisgewing", d(y, 12, 1)), y
            assert f"Feestyd {y}" in on(PP, "kennisgewing", d(y, 12, 20)), y
            assert f"Missing Children's Day, 25 May {y}" in on(WM, "banner", d(y, 5, 25)), y
            assert f"Easter {y}" in on(CS, "banner", easter(y)), y
            assert f"Queen's Birthday long weekend {y}" in on(CS, "banner", queens_birthday(y))
    assert "Take Back" not in on(SW, "banner", last_weekday(2020, 4, 5))
    assert sum("Take Back" in on(SW, "banner", day) for day in every_day()) == 7 * len(
        TAKE_BACK_DAYS)
    assert "curfew" in on(AC, "notice", d(2020, 6, 3))
    assert "coronavirus" in on(AC, "notice", d(2020, 4, 1))
    assert "strefie czerwonej" in on(GN, "komunikat", d(2020, 11, 1))
    assert "Harter Lockdown" in on(WT, "hinweis", d(2020, 12, 31))
    assert "autocertificazione" in on(VS, "avviso", d(2020, 4, 1))
    assert "zona rossa" in on(VS, "avviso", d(2020, 11, 20))
    assert "zona arancione" in on(VS, "avviso", d(2020, 12, 10))
    for day in ELECCIONES_AR:
        vote = iso(day)
        for shown in (vote - 2 * one, vote):
            assert f"domingo {vote.day} de" in on(VP, "aviso", shown), day
        assert "Veda" not in on(VP, "aviso", vote + one), day
    for y, (first, last) in VACACIONES_INVIERNO.items():
        assert f"invierno {y}" in on(VP, "aviso", iso(f"{y}-{first}")), y
        assert f"invierno {y}" in on(VP, "aviso", iso(f"{y}-{last}")), y
    assert "Aislamiento obligatorio" in on(VP, "aviso", d(2020, 7, 15))
    for start, name in PP_LEVELS:
        assert name in on(PP, "kennisgewing", iso(start)), start
    assert "vlak 1" in on(PP, "kennisgewing", d(2020, 12, 1))
    for first, last, y in GUN_BANS:
        assert f"Halalan {y}" in on(TB, "paalala", iso(first))
        assert f"Halalan {y}" in on(TB, "paalala", iso(last))
        assert f"Halalan {y}" not in on(TB, "paalala", iso(last) + one)
    for start, level in QUARANTINE:
        assert f"{level} sa Metro Manila" in on(TB, "paalala", iso(start)), start
    assert "Undas 2020" in on(TB, "paalala", d(2020, 11, 1))
    for first, last in VEDAS:
        for day in (iso(first), iso(last)):
            assert "veda electoral" in on(CB, "aviso", day), day
    assert "Sana Distancia" in on(CB, "aviso", d(2020, 4, 15))
    assert "#zostańwdomu" in on(KZ, "komunikat", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AC, "byline", AC_REDESIGN, "By {author}", "{author_beat}"),
        (AC, "innocent", AC_INNOCENT, "presumed innocent until", "not a conviction"),
        (AC, "mugshots", AC_MUGSHOTS, "public records", "no longer publishes"),
        (AC, "notice", AC_NEWSLETTER, "newsletter", "$1 a week"),
        (GN, "autor", GN_REDESIGN, "{author}", "Autor:"),
        (GN, "apel", GN_112, "997", "alarmowym 112"),
        (GN, "alarm", GN_ALARM, "Byłeś świadkiem", "SMS-em"),
        (WT, "autor", WT_REDESIGN, "Von {author}", "Redaktion Blaulicht"),
        (WT, "plus", WT_REDESIGN, "Exklusiv", "W+"),
        (WT, "hinweis", WT_WHATSAPP, "Newsletter", "WhatsApp"),
        (VS, "autore", VS_REDESIGN, "di {author}", "Di {author}"),
        (VS, "presunzione", VS_PRESUNZIONE, "vale la presunzione", "articolo 27"),
        (VS, "segnalazioni", VS_WHATSAPP, "redazione@", "WhatsApp"),
        (VS, "emergenza", VS_NUE, "113", "Numero unico europeo"),
        (VS, "avviso", VS_TELEGRAM, "newsletter", "Telegram"),
        (VP, "autor", VP_REDESIGN, "Por {author}", "Escrito por"),
        (VP, "whatsapp", VP_WHATSAPP, "redaccion@", "WhatsApp"),
        (VP, "aviso", VP_NOTIFICACIONES, "newsletter", "notificaciones"),
        (PP, "skrywer", PP_REDESIGN, "Deur {author}", "{author_beat}"),
        (PP, "misdaadstop", PP_APP, "skakel. Alle", "MySAPD"),
        (PP, "kennisgewing", PP_WHATSAPP, "Facebook", "WhatsApp"),
        (TB, "awtor", TB_REDESIGN, "Ni {author}", "Ulat ni"),
        (TB, "hotline", TB_911, "hotline 117", "Emergency 911"),
        (SW, "level", SW_REDESIGN, "{level}", "Alert level:"),
        (SW, "stop", SW_STOP, "Msg & data", "HELP for help"),
        (SW, "banner", SW_REDESIGN, "Download", "second ZIP"),
        (WM, "helpline", WM_EMAIL, "our free helpline", "help@"),
        (WM, "removal", WM_REDESIGN, "take down", "privacy notice"),
        (WM, "banner", WM_ALERTS, "Sign up", "Join our appeal alerts"),
        (CS, "call", CS_ONLINE, "310.", "report online"),
        (CB, "telefono", CB_911, "066", "911"),
        (KZ, "mapa", KZ_KMZB, "dzielnicowemu", "Krajowej Mapie"),
        (KZ, "alarmowy", KZ_112, "997", "W nagłych")))
    assert "Facebooku" in on(GN, "komunikat", d(2017, 3, 1))
    assert "aplikację" in on(GN, "komunikat", d(2017, 9, 20))
    assert_groups_reworded(SET, (
        (AC, "dated", "Posted ", "Updated "),
        (AC, "innocent", "presumed innocent until", "not a conviction"),
        (GN, "apel", "997", "alarmowym 112"),
        (TB, "hotline", "117", "Emergency 911"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$5,000" in on(AC, "tips", LAST_DAY) and "$2,500" in on(AC, "tips",
                                                                   d(2020, 8, 31))
    assert "$ 2.000.000" in on(VP, "recompensa", d(2020, 6, 1))
    assert on(WM, "posters", d(2020, 3, 31)).startswith("£6")
    rewards = {m[1] for t in group_lines(SET, AC, "tips")
               if (m := re.search(r"up to (\$[\d,]+)\.", norm(t)))}
    assert len(rewards) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (GN, "prawo-prasowe", r"[ąęłńóśźż]"), (KZ, "mapa", r"[ąęłńóśźż]"),
        (WT, "unschuld", r"[äöüß]"), (VS, "pubblicita", r"À"),
        (VP, "inocencia", r"[áéíóúñ]"), (CB, "telefono", r"[áéíóúñ]"),
        (PP, "onskuldig", r"'n"), (PP, "kopiereg", r"regte voorbehou"),
        (TB, "inosente", r"\bng\b"), (TB, "hotline", r"\bsa\b")))
    assert any(t.startswith("Issued by: SAPS") for t in group_lines(SET, PP, "uitgereik"))
    assert any("EDT" in t for t in group_lines(SET, AC, "dated"))
    assert any(re.search(r"\b(Sept|Oct|Nov|Dec|Jan|Feb|Aug)\. \d", t)
               for t in group_lines(SET, AC, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AC}/dated", f"{AC}/byline", f"{AC}/related", f"{AC}/desk",
                         f"{AC}/case-no", f"{AC}/copyright", f"{AC}/jail", f"{AC}/log-week",
                         f"{GN}/data", f"{GN}/czytaj", f"{GN}/fot", f"{WT}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AC}/log-source", f"{AC}/innocent", f"{AC}/expunge", f"{GN}/prawo-prasowe",
        f"{GN}/komentarze", f"{WT}/unschuld", f"{VS}/presunzione"))
    assert_carried_share(docs, AC, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("log-week", 0.1, 0.4), ("innocent", 0.4, 0.7)])
    assert_carried_share(docs, GN, [("data", 0.75, 0.98), ("reklama", 0.3, 0.7),
                                    ("sprostowanie", 0.0, 0.12)])
    for fam in (f"{AC}/related", f"{AC}/advert", f"{GN}/czytaj", f"{GN}/reklama",
                f"{WT}/auch", f"{WT}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((AC, "case-no"), (GN, "fot"), (WT, "symbolfoto"),
                               (VS, "foto"), (VP, "foto"), (PP, "advertensie"),
                               (TB, "larawan"), (SW, "incident"), (WM, "police-ref"),
                               (CS, "event-no"), (CB, "folio")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AC, "correction", 16), (GN, "sprostowanie"), (WT, "korrektur"), (WT, "namen"),
        (VS, "rettifica"), (VP, "fe-de-erratas"), (PP, "regstelling"), (TB, "pagtatama"),
        (SW, "test"), (WM, "found"), (CS, "correction"), (CB, "actualizacion"),
        (KZ, "zmiana")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{AC}/related", "RELATED: "), (f"{GN}/czytaj", "Czytaj także: "),
        (f"{WT}/auch", "Auch interessant: "), (f"{VS}/leggi", "LEGGI ANCHE: "),
        (f"{VP}/interesar", "Te puede interesar: "), (f"{PP}/lees-ook", "Lees ook: "),
        (f"{TB}/basahin", "BASAHIN: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AC, "advert", "ADVERTISEMENT"), (GN, "reklama", "REKLAMA"), (WT, "anzeige", "ANZEIGE"),
        (VS, "pubblicita", "PUBBLICITÀ"), (VP, "publicidad", "PUBLICIDAD"),
        (PP, "advertensie", "Advertensie"), (TB, "advertisement", "ADVERTISEMENT"),
        (KZ, "powrot", "Powrót"), (VS, "riproduzione", "© Riproduzione riservata")))
    assert_group_values_from_pool(SET, (
        (AC, "desk", "desk"), (GN, "rubryka", "rubryka"), (WT, "rubrik", "rubrik"),
        (VS, "sezione", "sezione"), (VP, "seccion", "seccion"), (PP, "afdeling", "afdeling"),
        (TB, "seksyon", "seksyon"), (WM, "status", "status"), (CS, "kicker", "kicker"),
        (CS, "region", "region"), (CB, "cartel", "cartel"), (CB, "protocolo", "protocolo")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (AC, "advert", "ADVERTISEMENT"),
        (VS, "riproduzione", "© Riproduzione riservata"),
        (WT, "unschuld", "Für alle Beschuldigten gilt bis zu einer rechtskräftigen "
                         "Verurteilung die Unschuldsvermutung.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        AC: (["innocent", "mugshots", "expunge", "copyright"], 3),
        GN: (["prawo-prasowe", "komentarze"], 2),
        VS: (["testata", "riproduzione"], 2),
        PP: (["kommentaar", "kopiereg"], 2),
        WM: (["call", "share", "helpline"], 3),
        CS: (["charity", "copyright"], 2),
        CB: (["comision", "privacidad"], 2),
        KZ: (["autor", "publikujacy", "rzecznik", "powrot"], 3)})


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
