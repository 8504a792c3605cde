"""The held-back-179 template set (`tests.bench.heldout_templates_179`): its localised dates
(printed day by day in German, Austrian German with "Jänner", Swiss German, Upper Sorbian,
Romansh and Low German, several changing form on the day of a redesign), the lines that turn
every day, week and month (weather, the Rhine gauge, the tides, dpa-infocom ids, a weekly's
edition, an e-paper's calendar week, a monthly's issue), the calendars some notices follow
(elections and votes of Germany, Austria, Switzerland, South Tyrol and Liechtenstein,
carnival, the Oktoberfest, the Salzburg Festival, the Sorbian and Engadin customs, the Biike
fires, Christmas markets, the 2020 lockdowns), the prices that change over the years, the
lines in several languages, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_179 import (
    AR_ABO,
    AR_FORUM,
    AR_NEWSLETTER,
    AR_PLUS,
    AR_REDESIGN,
    AW_HAUSHALTE,
    AW_REDESIGN,
    BK_APP,
    BK_REDESIGN,
    DB_REDESIGN,
    DB_SUPPORT,
    DB_TELEGRAM,
    DB_WHATSAPP,
    DPA_IDS,
    ET_ABO,
    ET_NEWSLETTER,
    ET_REDESIGN,
    FESTSPIELE,
    FIRST_DAY,
    GT_LESERREPORTER,
    GT_PREISE,
    GT_REDESIGN,
    GT_SDA,
    IP_ABO,
    IP_EPAPER,
    IP_REDESIGN,
    LAST_DAY,
    LH_ABO,
    LH_NEWSLETTER,
    LH_REDESIGN,
    MAIS,
    MJESACY,
    NT_ABO,
    NT_APP,
    NT_PLUS,
    NT_REDESIGN,
    NT_VERLAG,
    NT_WHATSAPP,
    PR_REDESIGN,
    SWISS_ELECTIONS,
    SWISS_VOTES,
    SZ_ABO,
    SZ_EPAPER,
    SZ_REDESIGN,
    WIESN,
    WK_KUR,
    WK_REDESIGN,
    high_waters,
    hsb_date,
    kirtag,
    rhine_gauge,
    rm_date,
    skimarathon,
    thursday_of,
    wednesday_of,
    weiberfastnacht,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_scripts,
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
    style_by_domain,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-179"
SITES = ("Nordheider Tageblatt", "Alpen-Rundschau", "Glattaler Tagblatt", "Etschtaler Tagblatt",
         "Domstadt-Bote", "Ampertaler Wochenblatt", "Bezirkskurier", "Lausitzer Heimatblatt",
         "Saminatal-Zeitung", "Inntaler Post", "Pielachtal-Rundschau", "Wattenkieker")
NT, AR, GT, ET = ("nordheider-tageblatt.de", "alpenrundschau.at", "glattaler.ch",
                  "etschtaler.it")
DB, AW, BK, LH = ("domstadt-bote.koeln", "ampertaler-wochenblatt.de", "bezirkskurier.at",
                  "lausitzer-heimatblatt.de")
SZ, IP, PR, WK = ("saminatal-zeitung.li", "inntaler-post.ch", "pielachtal-rundschau.at",
                  "wattenkieker.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((NT, "datum"), (AR, "datum"), (GT, "datum"), (ET, "datum"), (DB, "datum"),
         (BK, "datum"), (LH, "datum"), (LH, "datum-serbsce"), (SZ, "datum"), (IP, "datum"),
         (IP, "data"), (PR, "datum"), (WK, "datum"), (WK, "platt"))
# The lines that turn every day without a full date.
EVERY_DAY = ((NT, "wetter"), (DB, "pegel"), (WK, "tide"))
# The notices that follow calendars.
BANNERS = ((NT, "hinweis"), (AR, "hinweis"), (GT, "abstimmung"), (ET, "hinweis"),
           (DB, "hinweis"), (AW, "fest"), (BK, "hinweis"), (LH, "hinweis"), (SZ, "hinweis"),
           (IP, "hinweis"), (PR, "hinweis"), (WK, "hinweis"))
# Prices in force from given days.
TABLES = ((AR, "abo", AR_ABO), (GT, "preise", GT_PREISE), (ET, "abo", ET_ABO),
          (DB, "unterstuetzen", DB_SUPPORT), (LH, "abo", LH_ABO), (SZ, "abo", SZ_ABO),
          (IP, "abo", IP_ABO), (WK, "kurabgabe", WK_KUR))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    NT: "Das Tageblatt als E-Paper: jeden Morgen ab 4 Uhr auf Tablet und Smartphone lesen",
    AR: "Die Alpen-Rundschau als E-Paper: die Ausgabe von morgen schon ab 22 Uhr lesen",
    GT: "Newsletter abonnieren: das Glattaler Tagblatt jeden Abend in Ihrem Postfach",
    ET: "Die Etschtaler Tagblatt-App: Südtirol-Nachrichten für iOS und Android",
    DB: "Nachrichten aus allen Kölner Veedeln – jeden Tag aktuell",
    AW: "Das Ampertaler Wochenblatt – jeden Mittwoch kostenlos in über 38.000 Haushalten",
    BK: "Alle Nachrichten aus Ihrem Bezirk – jede Woche neu und kostenlos",
    LH: "Das Heimatblatt gibt es auch als E-Paper – für Abonnenten ohne Aufpreis",
    SZ: "Die Saminatal-Zeitung erscheint von Dienstag bis Samstag",
    IP: "Die Inntaler Post erscheint dienstags, donnerstags und samstags",
    PR: "Ihre Meinung ist uns wichtig: leserbriefe@pielachtal-rundschau.at",
    WK: "Nachrichten von Deich und Dörfern – jeden Tag neu",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (NT, "dpa"), (NT, "abo"), (AW, "ausgabe"), (BK, "epaper"), (PR, "ausgabe")), (
        FIRST_DAY, QUIET, d(2016, 9, 15), d(2017, 11, 6), d(2018, 9, 22), d(2019, 2, 28),
        d(2020, 4, 12), d(2020, 11, 11), LAST_DAY))


def test_helpers() -> None:
    assert weiberfastnacht(2019) == DB_REDESIGN == d(2019, 2, 28)
    assert weiberfastnacht(2020) == d(2020, 2, 20) and weiberfastnacht(2017) == d(2017, 2, 23)
    assert wednesday_of(d(2020, 6, 19)) == d(2020, 6, 17) == wednesday_of(d(2020, 6, 17))
    assert thursday_of(d(2020, 6, 17)) == d(2020, 6, 11)
    assert rm_date(d(2020, 6, 19)) == "venderdi, ils 19 da zercladur 2020"
    assert rm_date(d(2019, 4, 2)) == "mardi, ils 2 d'avrigl 2019"
    assert rm_date(d(2018, 10, 7)) == "dumengia, ils 7 d'october 2018"
    assert hsb_date(d(2018, 3, 1)) == "štwórtk, 1. měrca 2018"
    assert skimarathon(2019) == d(2019, 3, 10) and skimarathon(2020) is None
    assert kirtag(2018) == d(2018, 9, 9) and kirtag(2020) is None
    assert high_waters(FIRST_DAY) == ["02:17", "14:42"]
    assert high_waters(d(2015, 1, 2)) == ["03:07", "15:32"]
    for day in every_day()[::7]:
        assert 1 <= len(high_waters(day)) <= 2
        assert 0.7 <= rhine_gauge(day) <= 9.0
    assert rhine_gauge(d(2018, 1, 8)) > 8 and rhine_gauge(d(2018, 10, 23)) < 1.1


def test_localised_dates_and_times() -> None:
    old, new, jan = d(2016, 3, 5), d(2020, 6, 19), d(2020, 1, 13)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(NT, "datum", old, rf"05\.03\.2016, {clock} Uhr")
    full(NT, "datum", new, "Freitag, 19. Juni 2020")
    full(NT, "wetter", new, r"Wetter am Freitag, 19\. Juni: [\w ,]+, -?\d+ bis -?\d+ Grad")
    full(NT, "dpa", new, r"dpa-infocom, dpa:200619-99-\d{6}/2")
    full(NT, "dpa", old, "© dpa-infocom GmbH")
    full(AR, "datum", d(2016, 1, 13), rf"13\. Jänner 2016, {clock}")
    full(AR, "datum", jan, rf"Montag, 13\. Jänner 2020 · {clock} Uhr")
    full(GT, "datum", old, r"Publiziert: 05\.03\.2016")
    full(GT, "datum", new, rf"19\.06\.20, {clock} Uhr")
    full(ET, "datum", old, rf"05\.03\.2016 \| {clock}")
    full(ET, "datum", new, rf"Freitag, 19\. Juni 2020 \| {clock} Uhr")
    full(DB, "datum", old, rf"05\.03\.2016 – {clock}")
    full(DB, "datum", new, "Freitag, 19. Juni 2020")
    full(DB, "pegel", new, r"Rheinpegel Köln am 19\.06\.: \d,\d\d m")
    full(AW, "ausgabe", old, r"Ausgabe 9/2016")
    full(AW, "ausgabe", new, r"Ausgabe KW 25 · Mittwoch, 17\. Juni 2020")
    full(BK, "datum", old, r"05\.03\.2016")
    full(BK, "datum", jan, rf"13\. Jänner 2020, {clock} Uhr")
    full(BK, "epaper", new, r"E-Paper: Die Ausgabe KW 25/20 jetzt online durchblättern")
    full(LH, "datum", new, rf"Freitag, 19\. Juni 2020, {clock} Uhr")
    full(LH, "datum-serbsce", new, "pjatk, 19. junija 2020")
    full(LH, "datum-serbsce", old, "sobota, 5. měrca 2016")
    full(SZ, "datum", old, r"05\.03\.2016")
    full(SZ, "datum", new, "Freitag, 19. Juni 2020")
    full(IP, "datum", new, rf"Freitag, 19\. Juni 2020, {clock}")
    full(IP, "data", old, "sonda, ils 5 da mars 2016")
    full(PR, "datum", jan, "13. Jänner 2020")
    full(PR, "ausgabe", jan, "Pielachtal-Rundschau · Ausgabe Jänner 2020")
    full(WK, "datum", old, "Samstag, 5. März 2016")
    full(WK, "platt", new, "Moin! Hüüt is Freedag, de 19. Juni 2020.")
    full(WK, "tide", new, r"Hochwasser Dagebüll am 19\.06\.: \d\d:\d\d( und \d\d:\d\d)? Uhr")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(NT, "datum", day).endswith("Uhr") == (day < NT_REDESIGN)
        assert ("Uhr" in on(AR, "datum", day)) == (day >= AR_REDESIGN)
        assert ("Jänner" in on(AR, "datum", day)) == (day.month == 1)
        assert on(GT, "datum", day).startswith("Publiziert") == (day < GT_REDESIGN)
        assert ("Uhr" in on(ET, "datum", day)) == (day >= ET_REDESIGN)
        assert ("–" in on(DB, "datum", day)) == (day < DB_REDESIGN)
        assert ("Uhr" in on(BK, "datum", day)) == (day >= BK_REDESIGN)
        assert ("Uhr" in on(LH, "datum", day)) == (day >= LH_REDESIGN)
        assert ("," in on(SZ, "datum", day)) == (day >= SZ_REDESIGN)
        assert ("," in on(IP, "datum", day)) == (day >= IP_REDESIGN)
        assert ("." in on(PR, "datum", day)[3:]) == (day < PR_REDESIGN)
        assert ("," in on(WK, "datum", day)) == (day >= WK_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    dpa = changes(NT, "dpa")
    assert min(dpa) == DPA_IDS and len(dpa) == (d(2020, 12, 31) - DPA_IDS).days + 1
    weekly = changes(AW, "ausgabe")
    assert len(weekly) >= 300 and all(day.weekday() == 2 for day in weekly)
    epaper = changes(BK, "epaper")
    assert len(epaper) >= 300 and all(day.weekday() == 3 for day in epaper)
    monthly = changes(PR, "ausgabe")
    assert monthly == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {
        FIRST_DAY}
    for day in every_day()[::11]:
        assert f"{day:%y%m%d}" in on(NT, "dpa", day) or day < DPA_IDS
        assert re.search(r"\d\d:\d\d", on(WK, "tide", day))
    temps = [int(m[1]) for t in group_lines(SET, NT, "wetter")
             if (m := re.search(r"bis (-?\d+) Grad", norm(t)))]
    assert temps and min(temps) < 8 < 20 < max(temps)


def test_notices_follow_the_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    for vote in SWISS_VOTES:
        assert f"vom {iso(vote).day}. " in on(GT, "abstimmung", iso(vote)), vote
    for day in SWISS_ELECTIONS:
        assert "Eidgenössische Wahlen" in on(GT, "abstimmung", iso(day))
    assert "ausserordentliche Lage" in on(GT, "abstimmung", d(2020, 5, 17))
    assert "verschoben" in on(AR, "hinweis", d(2016, 9, 15))
    assert "Wiederholung der Stichwahl" in on(AR, "hinweis", d(2016, 12, 4))
    for y, (first, last) in FESTSPIELE.items():
        assert "Festspiel" in on(AR, "hinweis", iso(first)) and "Festspiel" in on(
            AR, "hinweis", iso(last)), y
    assert "Lockdown" in on(AR, "hinweis", d(2020, 11, 20))
    assert "116 Gemeinden" in on(ET, "hinweis", d(2018, 10, 21))
    assert "Verfassungsreferendum" in on(ET, "hinweis", d(2016, 12, 1))
    for y in range(2015, 2021):
        assert "Christkindlmarkt" in on(ET, "hinweis", d(y, 12, 10)), y
        assert f"Straßenkarneval {y}" in on(DB, "hinweis", weiberfastnacht(y)), y
        assert "Sessionsauftakt" in on(DB, "hinweis", d(y, 11, 11)), y
        assert f"Frohe Weihnachten {y}" in on(NT, "hinweis", d(y, 12, 24)), y
        assert f"Ptači kwas {y}" in on(LH, "hinweis", d(y, 1, 25)), y
        assert "Osterreiten" in on(LH, "hinweis", easter(y)), y
        assert "Staatsfeiertag" in on(SZ, "hinweis", d(y, 8, 15)), y
        assert f"Chalandamarz {y}" in on(IP, "hinweis", d(y, 3, 1)), y
        assert f"Biikebrennen {y}" in on(WK, "hinweis", d(y, 2, 21)), y
    assert "abgesagt" in on(ET, "hinweis", d(2020, 12, 10))
    assert "Kein Sessionsauftakt" in on(DB, "hinweis", d(2020, 11, 11))
    assert "abgesagt" in on(LH, "hinweis", easter(2020))
    assert "Kein Volksfest" in on(SZ, "hinweis", d(2020, 8, 15))
    for y, (first, last, price) in WIESN.items():
        assert f"Wiesn {y}" in on(AW, "fest", iso(first)) and price in on(AW, "fest", iso(last))
    assert "Keine Wiesn 2020" in on(AW, "fest", d(2020, 9, 26))
    for y in range(2015, 2020):
        assert f"Maibaumaufstellen {y}" in on(AW, "fest", d(y, 4, 30)), y
        marathon = skimarathon(y)
        assert marathon and f"Skimarathon {y}" in on(IP, "hinweis", marathon), y
        fair = kirtag(y)
        assert fair and f"Dirndlkirtag {y}" in on(PR, "hinweis", fair), y
    assert "abgesagt" in on(IP, "hinweis", d(2020, 3, 5))
    assert "Kommunalwahl 2020" in on(AW, "fest", d(2020, 3, 25))
    assert "Gemeinderatswahlen 2020" in on(BK, "hinweis", d(2020, 1, 26))
    assert "300 Jahre" in on(SZ, "hinweis", d(2019, 1, 23))
    assert "Landtagswahlen 2017" in on(SZ, "hinweis", d(2017, 1, 30))
    assert "Sachsen und Brandenburg" in on(LH, "hinweis", d(2019, 9, 1))
    assert "Inseln und Halligen" in on(WK, "hinweis", d(2020, 4, 1))
    assert "Liveblog" in on(NT, "hinweis", d(2020, 4, 1))
    assert "Vorgezogene Landtagswahl" in on(NT, "hinweis", d(2017, 10, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (NT, "lokal", NT_REDESIGN, "Lokales", "Landkreis"),
        (NT, "autor", NT_REDESIGN, "Von {author}", "Ein Artikel"),
        (NT, "plus", NT_PLUS, "Nur für", "NT+"),
        (NT, "lesen", NT_REDESIGN, "Lesen Sie auch", "Auch interessant"),
        (NT, "leserreporter", NT_WHATSAPP, "leserreporter@", "WhatsApp"),
        (NT, "abo", NT_PLUS, "30 Tage", "NT+"),
        (NT, "hinweis", NT_APP, "Tablet", "App"),
        (NT, "copyright", NT_VERLAG, "Alle Rechte", "Genehmigung des Verlags"),
        (AR, "bezirk", AR_REDESIGN, "{bezirk}", "Lokal"),
        (AR, "premium", AR_PLUS, "Premium", "AR+"),
        (AR, "forum", AR_FORUM, "Nutzungsbedingungen", "sachlich"),
        (AR, "hinweis", AR_NEWSLETTER, "E-Paper", "Newsletter"),
        (GT, "gemeinde", GT_REDESIGN, "{gemeinde}", "Region"),
        (GT, "autor", GT_REDESIGN, "{author}", "Text:"),
        (GT, "agentur", GT_SDA, "(sda)", "Keystone-SDA"),
        (GT, "leserreporter", GT_LESERREPORTER, "leserreporter@", "50 Franken"),
        (GT, "abstimmung", GT_REDESIGN, "Newsletter", "App"),
        (ET, "hinweis", ET_NEWSLETTER, "App", "Frühnewsletter"),
        (DB, "veedel", DB_REDESIGN, "{veedel}", "Veedel:"),
        (DB, "messenger", DB_WHATSAPP, "Facebook", "WhatsApp"),
        (DB, "messenger", DB_TELEGRAM, "WhatsApp", "Telegram"),
        (AW, "autor", AW_REDESIGN, "Von", "Text und Fotos"),
        (AW, "vereine", d(2016, 4, 1), "Foto an", "Redaktionsschluss"),
        (AW, "fest", AW_HAUSHALTE, "38.000", "41.000"),
        (BK, "hinweis", BK_APP, "jede Woche", "App"),
        (LH, "hinweis", LH_NEWSLETTER, "E-Paper", "Newsletter"),
        (SZ, "hinweis", SZ_EPAPER, "Dienstag bis Samstag", "E-Paper"),
        (IP, "hinweis", IP_EPAPER, "samstags", "Vorabend")))
    assert_groups_reworded(SET, (
        (NT, "datum", "Uhr", "Juni"),
        (NT, "lesen", "Lesen Sie auch: ", "Auch interessant: "),
        (AR, "datum", ", ", " · "),
        (GT, "agentur", "(sda)", "(Keystone-SDA)"),
    ))


def test_prices_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert changes(NT, "abo") == {iso(start) for start, _ in NT_ABO}
    assert "9,90 €" in on(NT, "abo", d(2020, 12, 1)) and "6,90 €" in on(NT, "abo", d(2017, 3, 1))
    assert "Fr. 459.–" in on(GT, "preise", d(2020, 6, 1))
    prices = [float(price.replace(",", ".")) for _, (_, _, price) in sorted(WIESN.items())]
    assert prices == sorted(prices) and len(set(prices)) == len(prices)
    amounts = {m[1] for t in group_lines(SET, NT, "abo")
               if (m := re.search(r"danach (\d,\d\d) €", norm(t)))}
    assert len(amounts) >= 2


def test_several_languages_and_spellings() -> None:
    # Small edits may drop a word or double a space: most lines, not all, keep every mark.
    assert_groups_in_scripts(SET, (
        (ET, "zweisprachig", (r"Italienisch", r"italiano")), (ET, "werbung", (r"Pubblicità",)),
        (ET, "copyright", (r"vorbehalten", r"diritti\s+riservati")),
        (LH, "datum-serbsce", (r"^[a-zčšžěćźłóńw]+,", r"\d\.\s+[a-zě]+a\s+\d{4}$")),
        (LH, "citajce", (r"^Čitajće\s+tež: ",)), (IP, "data", (r"\bils\s+\d+\s+(da |d')",)),
        (IP, "copyright", (r"Tut\s+ils\s+dretgs",)), (IP, "legiai", (r"^Legiai\s+era: ",)),
        (WK, "platt", (r"^Moin!\s+Hüüt\s+is\s",)),
        (BK, "gefaellt", (r"^\d+\s+Personen\s+gefällt\s+das$",)),
        (PR, "einschaltung", (r"^Entgeltliche\s+Einschaltung$",))), share=0.75)
    assert any("Jänner" in t for t in group_lines(SET, AR, "datum"))
    assert all(any(f" {month} " in t or f"'{month} " in t for month in MAIS)
               for t in map(norm, group_lines(SET, IP, "data")))
    assert all(any(f" {month} " in t for month in MJESACY)
               for t in map(norm, group_lines(SET, LH, "datum-serbsce")))
    # Swiss and Liechtenstein spelling: no "ß" in any wording of the three styles.
    for domain in (GT, SZ, IP):
        for fam in style_by_domain(SET)[domain].families:
            for _, text in fam.wordings:
                assert "ß" not in text, (domain, fam.name, text)
    assert "ß" in on(DB, "hinweis", weiberfastnacht(2018))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{NT}/datum", f"{NT}/autor", f"{NT}/lesen", f"{NT}/lokal",
                         f"{NT}/foto", f"{NT}/copyright", f"{NT}/quelle", f"{AR}/datum",
                         f"{AR}/bezirk", f"{AR}/mehr", f"{GT}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{NT}/impressum", f"{NT}/korrektur", f"{AR}/impressum", f"{AR}/copyright",
        f"{AR}/forum", f"{GT}/copyright", f"{GT}/impressum"))
    assert_carried_share(docs, NT, [
        ("datum", 0.85, 0.98), ("lesen", 0.5, 0.8), ("korrektur", 0.0, 0.1),
        ("wetter", 0.07, 0.25), ("hinweis", 0.2, 0.42), ("dpa", 0.05, 0.2)])
    assert_carried_share(docs, AR, [("datum", 0.8, 0.97), ("premium", 0.1, 0.32),
                                    ("seelsorge", 0.0, 0.12)])
    for fam in (f"{NT}/lesen", f"{NT}/anzeige", f"{AR}/mehr", f"{AR}/werbung"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((NT, "foto"), (AR, "bild"), (GT, "bild"), (ET, "lesen"),
                               (DB, "auch"), (BK, "werbung"), (LH, "lesen"), (IP, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (NT, "korrektur", 20), (AR, "redaktion"), (GT, "berichtigung"),
        (ET, "richtigstellung"), (DB, "update"), (AW, "korrektur"), (BK, "korrektur"),
        (LH, "korrektur"), (SZ, "berichtigung"), (IP, "korrektur"), (PR, "korrektur"),
        (WK, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{AR}/mehr", "Mehr zum Thema: "), (f"{GT}/mehr", "Das könnte Sie auch interessieren: "),
        (f"{ET}/lesen", "Lesen Sie auch: "), (f"{DB}/auch", "Auch interessant: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (NT, "anzeige", "Anzeige"), (AR, "werbung", "Werbung"),
        (ET, "werbung", "Werbung · Pubblicità"), (AW, "anzeige", "Anzeige"),
        (IP, "inserat", "Inserat"), (GT, "abo", "Abo+")))
    assert_group_values_from_pool(SET, (
        (AW, "gemeinde", "gemeinde"), (LH, "ort", "ort"), (SZ, "gemeinde", "gemeinde"),
        (IP, "vischnanca", "vischnanca"), (PR, "gemeinde", "gemeinde"), (WK, "ort", "ort")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NT, "anzeige", "Anzeige"),
        (AR, "werbung", "Werbung"),
        (GT, "kommentar", "Diskutieren Sie mit: Bitte halten Sie sich an unsere Netiquette.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        NT: (["impressum", "copyright"], 2),
        AR: (["impressum", "copyright"], 2),
        GT: (["impressum", "copyright"], 2),
        ET: (["impressum", "copyright"], 2),
        AW: (["impressum", "copyright"], 2),
        LH: (["impressum", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY + ((NT, "dpa"),):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
