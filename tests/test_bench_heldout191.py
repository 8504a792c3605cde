"""The held-back-191 template set (`tests.bench.heldout_templates_191`): its localised dates
(printed day by day in English, German, Japanese with the Reiwa era, Polish with the months
in the genitive, Portuguese and Finnish, several changing form on the day of a redesign),
the lines that turn every day, week and month (band conditions, the dollar rate, the
filament of the week, the ISO week, a newsletter's volume and issue, a bulletin's number,
the next club meeting and OV evening), the contest, show and closure calendars some notices
follow, the firmware and slicer releases, dues and fees that change over the years, the
rewordings on their days, the lines in several languages and scripts, the variation it
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

from tests.bench.heldout_calendar import thanksgiving
from tests.bench.heldout_templates_191 import (
    ARDUINO_IDE,
    BK_MEETINGS,
    BK_REDESIGN,
    BK_SKLADKA,
    CURA,
    DENPA_RIYORYO,
    FIRST_DAY,
    GITEKI_TOKUREI,
    HAM_FAIR,
    HAM_RADIO,
    HAMVENTION,
    JS_JASENMAKSU,
    JS_REDESIGN,
    LAST_DAY,
    LL_AFFILIATE,
    LL_REDESIGN,
    MAKER_FAIRE_BAY,
    MAKER_FAIRE_HANNOVER,
    MAKER_FAIRE_TOKYO,
    MARLIN,
    ML_AFFILIATE,
    ML_RENEWAL,
    ML_YOUTUBE,
    MR_REDESIGN,
    OM_CUPOM,
    OM_DESPACHO,
    OM_REDESIGN,
    OV_DMR,
    PL_JASENMAKSU,
    RA_COVID,
    RA_DUES,
    RA_NET_MOVED,
    RA_REDESIGN,
    RA_REMOTE_EXAMS,
    RC_QUOTA,
    RC_REDESIGN,
    SS_FTC,
    SS_PATREON,
    SS_REDESIGN,
    SW_RELAUNCH,
    TASMOTA,
    TCT_SHOW,
    TRAFICOM,
    business_day,
    club_meeting,
    dollar,
    full_weekend,
    juhannusaatto,
    ov_abend,
    reiwa,
    solar,
    week_of,
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

SET = "held-back-191"
SITES = ("Solder & Sprocket", "Ridgeline Amateur Radio Club", "Schaltwerk Magazin",
         "ものづくりラボ通信", "Beskidzki Klub Krótkofalowców", "Oficina Maker",
         "Järvi-Suomen Radioamatöörit", "Layer Line", "Ortsverband Wesertal", "みなと無線クラブ",
         "Rádio Clube do Mondego", "Pajalabra")
SS, RA, SW, ML = ("solderandsprocket.com", "ridgelinearc.org", "schaltwerk-magazin.de",
                  "monozukuri-lab.jp")
BK, OM, JS, LL = ("bkkbeskidy.pl", "oficinamaker.com.br", "jsra.fi", "layerline.co.uk")
OV, MR, RC, PL = ("ov-wesertal.de", "minato-radio.jp", "rcmondego.pt", "pajalabra.fi")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SS, "dated"), (RA, "dated"), (SW, "datum"), (ML, "hiduke"), (BK, "data"),
         (OM, "data"), (JS, "pvm"), (LL, "dated"), (OV, "datum"), (MR, "hiduke"),
         (RC, "data"), (PL, "pvm"))
# The lines that name the day they are printed on.
EVERY_DAY = ((RA, "conditions"), (OM, "dolar"))
# The lines that turn every week or month.
PERIODIC = ((LL, "filament"), (PL, "viikko"), (RA, "masthead"), (RC, "boletim"),
            (RA, "meeting"), (OV, "ovabend"))
# The notices that follow calendars.
BANNERS = ((SS, "support"), (RA, "contests"), (RA, "net"), (SW, "hinweis"),
           (ML, "oshirase"), (BK, "zawody"), (BK, "spotkania"), (OM, "cupom"),
           (JS, "kilpailut"), (JS, "kerhoilta"), (LL, "newsletter"), (OV, "termine"),
           (MR, "contest"), (MR, "reikai"), (RC, "agenda"), (PL, "aukiolo"))
# Versions and amounts in force from given days.
TABLES = ((SS, "toolchain", ARDUINO_IDE), (SW, "firmware", TASMOTA), (ML, "firmware", MARLIN),
          (LL, "slicer", CURA), (RA, "dues", RA_DUES), (BK, "skladka", BK_SKLADKA),
          (JS, "jasenmaksu", JS_JASENMAKSU), (MR, "denpa", DENPA_RIYORYO),
          (RC, "quota", RC_QUOTA), (PL, "jasenmaksu", PL_JASENMAKSU))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (SS, "support"): "Like what we do? Support Solder & Sprocket on Patreon.",
    (RA, "contests"): "Contests, hamfests and club events: see the calendar on the Events "
                      "page.",
    (SW, "hinweis"): "Kein Projekt mehr verpassen: jetzt den kostenlosen Newsletter "
                     "abonnieren",
    (ML, "oshirase"): "ブログの更新情報はTwitterでお知らせしています。",
    (BK, "zawody"): "Kalendarz zawodów krótkofalarskich: zakładka „Zawody”",
    (OM, "cupom"): "Use o cupom OFICINA5 e ganhe 5% de desconto na loja parceira.",
    (JS, "kilpailut"): "Tulevat kilpailut ja tapahtumat: katso kerhon kalenteri",
    (LL, "newsletter"): "Get our weekly print digest in your inbox: sign up free",
    (OV, "termine"): "Termine, Conteste und Fielddays: siehe OV-Kalender",
    (MR, "contest"): "コンテスト・イベント情報はクラブのカレンダーをご覧ください。",
    (RC, "agenda"): "Consulte a agenda de concursos e atividades do clube.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + PERIODIC + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 24), d(2018, 8, 24), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 12, 27), LAST_DAY))


def test_helpers() -> None:
    assert [full_weekend(y, 6, 4) for y in (2015, 2019, 2020)] == [
        d(2015, 6, 27), d(2019, 6, 22), d(2020, 6, 27)]
    assert full_weekend(2018, 11, -1) == d(2018, 11, 24)
    assert full_weekend(2020, 10, -1) == d(2020, 10, 24)  # 31 October 2020 was a Saturday
    assert full_weekend(2019, 4, 1) == d(2019, 4, 6)
    assert club_meeting(d(2017, 6, 8)) == d(2017, 6, 8)
    assert club_meeting(d(2017, 6, 9)) == d(2017, 7, 13)
    assert club_meeting(d(2017, 12, 20)) == d(2018, 1, 11)
    assert ov_abend(d(2016, 3, 5)) == d(2016, 4, 1) and ov_abend(d(2016, 3, 4)) == d(2016, 3, 4)
    assert [juhannusaatto(y) for y in (2015, 2017, 2020)] == [
        d(2015, 6, 19), d(2017, 6, 23), d(2020, 6, 19)]
    assert reiwa(d(2019, 4, 30)) == "平成31年" and reiwa(d(2019, 5, 1)) == "令和元年"
    assert reiwa(d(2020, 1, 1)) == "令和2年"
    assert business_day(d(2020, 6, 21)) == business_day(d(2020, 6, 19)) == d(2020, 6, 19)
    assert week_of(d(2020, 6, 21)) == d(2020, 6, 15)
    for day in every_day()[::37]:
        flux, a, k = solar(day)
        assert 60 <= flux <= 160 and 1 <= a <= 13 and 0 <= k <= 5
    assert 5.0 < dollar(d(2020, 5, 14)) < 6.5 and 2.5 < dollar(d(2015, 1, 2)) < 2.8


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SS, "dated", old, "Mar 5, 2016")
    full(SS, "dated", new, r"Posted on Friday, June 19, 2020 · \d+ min read")
    full(RA, "dated", old, "Posted 03/05/2016")
    full(RA, "dated", new, "Friday, June 19, 2020")
    full(RA, "masthead", new, "The Relay · Vol. 31, No. 6 · June 2020")
    full(RA, "meeting", old, "Next meeting: Thursday, March 10, 7:00 p.m., Fire Station 3 "
                             "community room")
    full(RA, "meeting", new, r"Next meeting: Thursday, July 9, 7:00 p\.m\., online \(Zoom "
                             r"link in the members' email\)")
    full(RA, "conditions", new, r"Band conditions for Jun 19: SFI \d+, A-index \d+, "
                                r"K-index \d")
    full(SW, "datum", old, r"05\.03\.2016")
    full(SW, "datum", new, r"Freitag, 19\. Juni 2020 · Lesezeit \d+ Min\.")
    full(ML, "hiduke", old, "投稿日：2016年3月5日")
    full(ML, "hiduke", new, "公開日：2020/06/19（金）")
    full(BK, "data", old, r"05\.03\.2016")
    full(BK, "data", new, rf"piątek, 19 czerwca 2020, {clock}")
    full(OM, "data", old, "05/03/2016")
    full(OM, "data", new, rf"Publicado em 19 de junho de 2020 às {clock}")
    full(OM, "dolar", new, r"Dólar comercial hoje \(19/06\): R\$ [45],\d\d")
    full(JS, "pvm", old, r"5\.3\.2016")
    full(JS, "pvm", new, rf"perjantai 19\.6\.2020 klo {clock}")
    full(LL, "dated", old, "5 March 2016")
    full(LL, "dated", new, "Friday 19 June 2020")
    full(LL, "filament", new, r"Filament of the week \(w/c 15 Jun\): [\w -]+")
    full(OV, "datum", old, r"05\.03\.2016")
    full(OV, "ovabend", old, "Nächster OV-Abend: Freitag, 1. April 2016, 19:30 Uhr, "
                             "Gasthaus Zur Linde")
    full(OV, "ovabend", new, "Nächster OV-Abend: Freitag, 3. Juli 2020, 19:30 Uhr – als "
                             "Videokonferenz")
    full(MR, "hiduke", old, "2016年3月5日（土）")
    full(MR, "hiduke", new, "令和2年6月19日（金）")
    full(MR, "hiduke", d(2019, 5, 1), "令和元年5月1日（水）")
    full(RC, "data", old, "05/03/2016")
    full(RC, "data", new, "sexta-feira, 19 de junho de 2020")
    full(RC, "boletim", new, "Boletim n.º 198 · junho de 2020")
    full(PL, "pvm", old, r"5\.3\.2016")
    full(PL, "viikko", old, "Viikko 9/2016")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # Band conditions and the dollar rate name the day and month, not the year: they turn
    # every day.
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SS, "dated", day).startswith("Posted on") == (day >= SS_REDESIGN)
        assert on(RA, "dated", day).startswith("Posted") == (day < RA_REDESIGN)
        assert ("Lesezeit" in on(SW, "datum", day)) == (day >= SW_RELAUNCH)
        assert on(ML, "hiduke", day).startswith("公開日") == (day >= ML_RENEWAL)
        assert ("," in on(BK, "data", day)) == (day >= BK_REDESIGN)
        assert on(OM, "data", day).startswith("Publicado") == (day >= OM_REDESIGN)
        assert ("klo" in on(JS, "pvm", day)) == (day >= JS_REDESIGN)
        assert on(LL, "dated", day)[0].isalpha() == (day >= LL_REDESIGN)
        assert on(MR, "hiduke", day).startswith("令和") == (day >= MR_REDESIGN)
        assert ("feira" in on(RC, "data", day) or "sábado" in on(RC, "data", day)
                or "domingo" in on(RC, "data", day)) == (day >= RC_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    for domain, family in ((LL, "filament"), (PL, "viikko")):
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly), family
    for domain, family in ((RA, "masthead"), (RC, "boletim")):
        assert changes(domain, family) == {d(y, m, 1) for y in range(2015, 2021)
                                           for m in range(1, 13)} - {FIRST_DAY}, family
    meetings = changes(RA, "meeting")
    assert len(meetings) >= 70 and all(day - one == club_meeting(day - one)
                                       for day in meetings)
    evenings = changes(OV, "ovabend")
    assert len(evenings) >= 70 and all((day - one).weekday() == 4 and (day - one).day <= 7
                                       for day in evenings - {d(2020, 3, 13)})
    # The dollar rate is fixed on weekdays: a weekend prints Friday's rate.
    for day in every_day()[::11]:
        if day.weekday() == 5:
            rate = on(OM, "dolar", day).rpartition(" ")[2]
            assert rate == on(OM, "dolar", day - one).rpartition(" ")[2]
            assert rate == on(OM, "dolar", day + one).rpartition(" ")[2]
    assert found(LL, "filament", r": (.+)$") >= {"TPU 95A in black", "wood-fill PLA"}
    july = [on(RA, "meeting", d(y, 7, 1)) for y in range(2015, 2020)]
    assert all(t.startswith("No meeting in July") for t in july)
    flux = [int(m[1]) for t in group_lines(SET, RA, "conditions")
            if (m := re.search(r"SFI (\d+)", norm(t)))]
    assert flux and all(55 <= f <= 160 for f in flux)


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for first, _ in MAKER_FAIRE_BAY:
        assert f"Maker Faire Bay Area {first[:4]}" in on(SS, "support", iso(first))
    assert "cancelled" in on(SS, "support", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert f"Black Friday {y}" in on(SS, "support", thanksgiving(y) + one)
        assert f"Black Friday {y}" in on(OM, "cupom", thanksgiving(y) + one)
        assert f"ARRL Field Day {y}" in on(RA, "contests", full_weekend(y, 6, 4)), y
        assert f"SP DX Contest {y}" in on(BK, "zawody", full_weekend(y, 4, 1)), y
        assert f"Niepodległości {y}" in on(BK, "zawody", d(y, 11, 11)), y
        assert "SAC CW" in on(JS, "kilpailut", full_weekend(y, 9, 3)), y
        assert "SAC SSB" in on(JS, "kilpailut", full_weekend(y, 10, 2)), y
        assert f"26.12.{y}" in on(JS, "kilpailut", d(y, 12, 26)), y
        assert f"WAG-Contest {y}" in on(OV, "termine", full_weekend(y, 10, 3)), y
        assert f"Weihnachtswettbewerb am 26. Dezember {y}" in on(OV, "termine", d(y, 12, 26))
        assert f"ALL JAコンテスト{y}" in on(MR, "contest", full_weekend(y, 4, -1)), y
        assert f"フィールドデーコンテスト{y}" in on(MR, "contest", full_weekend(y, 8, 1)), y
        assert f"JOTA {y}" in on(RC, "agenda", full_weekend(y, 10, 3)), y
        assert f"Dia Mundial do Radioamador: estação CS5RCM ativa no castelo, {y}" in on(
            RC, "agenda", d(y, 4, 18))
        assert f"Concurso Dia de Portugal {y}" in on(RC, "agenda", d(y, 6, 10))
        assert f"Semana do Consumidor {y}" in on(OM, "cupom", d(y, 3, 15))
        assert "gift guide" in on(LL, "newsletter", d(y, 12, 7))
        assert "Juhannusviikolla" in on(PL, "aukiolo", juhannusaatto(y)) or y == 2020
        assert f"21.12.{y}–6.1.{y + 1}" in on(PL, "aukiolo", d(y, 12, 28))
        if y < 2020:
            assert "kesätauolla" in on(JS, "kerhoilta", d(y, 7, 10))
            assert f"{y - 1983}C3" in on(SW, "hinweis", d(y, 12, 27))
        for m, mode in ((10, "SSB"), (11, "CW")):
            assert f"CQ World Wide DX Contest {mode}" in on(RA, "contests",
                                                            full_weekend(y, m, -1))
    assert "operate from home" in on(RA, "contests", d(2020, 6, 27))
    for first, _, _ in HAMVENTION:
        assert f"Hamvention {first[:4]}" in on(RA, "contests", iso(first) - 7 * one)
    assert "Hamvention 2020 is cancelled" in on(RA, "contests", d(2020, 5, 1))
    for first, last in MAKER_FAIRE_HANNOVER:
        assert f"Maker Faire Hannover {first[:4]}" in on(SW, "hinweis", iso(last))
    assert "fällt aus" in on(SW, "hinweis", d(2020, 6, 1))
    assert "rC3" in on(SW, "hinweis", d(2020, 12, 28))
    for first, _ in MAKER_FAIRE_TOKYO:
        assert f"Maker Faire Tokyo {first[:4]}" in on(ML, "oshirase", iso(first))
    for first, _ in TCT_SHOW:
        assert f"TCT Show {first[:4]}" in on(LL, "newsletter", iso(first))
    assert "off this year" in on(LL, "newsletter", d(2020, 9, 20))
    for first, _ in HAM_RADIO:
        assert f"HAM RADIO {first[:4]}" in on(OV, "termine", iso(first))
    assert "WORLDWIDE" in on(OV, "termine", d(2020, 6, 26))
    for first, last in HAM_FAIR:
        assert f"ハムフェア{first[:4]}" in on(MR, "contest", iso(last))
    assert "ハムフェア2020は中止" in on(MR, "contest", d(2020, 8, 22))
    assert "daily check-in net" in on(RA, "net", d(2020, 4, 1))
    assert "zawieszone" in on(BK, "spotkania", d(2020, 4, 1))
    assert "koronaviruksen" in on(JS, "kerhoilta", d(2020, 7, 10))
    assert "中止" in on(MR, "reikai", d(2020, 12, 1))
    assert "koronarajoitusten" in on(PL, "aukiolo", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SS, "byline", SS_REDESIGN, "by {author}", "Words and photos"),
        (SS, "affiliate", SS_FTC, "may contain", "Disclosure"),
        (SS, "licence", SS_REDESIGN, "MIT licensed", "CC BY-SA"),
        (SS, "support", SS_PATREON, "Like what we do", "reader-supported"),
        (RA, "net", RA_NET_MOVED, "Tuesdays", "Thursdays"),
        (RA, "net", RA_COVID, "Thursdays", "daily"),
        (RA, "exams", d(2016, 1, 1), "$14", "$15"),
        (RA, "exams", RA_REMOTE_EXAMS, "second Saturday", "remotely"),
        (SW, "autor", SW_RELAUNCH, "Von", "Text und Fotos"),
        (SW, "affiliate", SW_RELAUNCH, "Kaufen Sie", "Kaufst du"),
        (ML, "koukoku", ML_AFFILIATE, "参加者です", "含まれています"),
        (ML, "oshirase", ML_YOUTUBE, "Twitter", "YouTube"),
        (ML, "giteki", GITEKI_TOKUREI, "違反になるおそれ", "特例制度"),
        (ML, "copyright", d(2016, 1, 1), "© {year}", "2015-"),
        (BK, "spotkania", BK_MEETINGS, "każdy czwartek", "wtorki i czwartki"),
        (OM, "cupom", OM_CUPOM, "OFICINA5", "OFICINA10"),
        (OM, "importacao", OM_DESPACHO, "mais ICMS.", "despacho postal"),
        (JS, "tutkinto", TRAFICOM, "Viestintäviraston", "Traficomin"),
        (LL, "commission", LL_AFFILIATE, "may earn commission", "Here's how it works"),
        (OV, "relais", OV_DMR, "Ablage", "DMR")))
    assert_groups_reworded(SET, (
        (SS, "dated", ", 20", "Posted on"),
        (SS, "byline", "by ", "Words and photos"),
        (RA, "dated", "Posted", "day, "),
        (SW, "datum", ".20", "Lesezeit"),
    ))


def test_versions_and_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "1.0.6" in on(SS, "toolchain", FIRST_DAY) and "1.8.13" in on(SS, "toolchain",
                                                                        LAST_DAY)
    assert "ESP Easy" in on(SW, "firmware", d(2016, 6, 1))
    assert "300円" in on(MR, "denpa", d(2019, 10, 1)) and "500円" in on(MR, "denpa",
                                                                      d(2019, 9, 30))
    versions = {m[1] for t in group_lines(SET, SS, "toolchain")
                if (m := re.search(r"IDE ([\d.]+)\.$", norm(t)))}
    assert len(versions) >= 5


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (ML, "hiduke", r"[\u3040-\u30ff\u4e00-\u9fff]"), (ML, "sponsor", r"[\u30a0-\u30ff]"),
        (MR, "kisha", r"[\u4e00-\u9fff]"), (MR, "hiduke", r"[年月日]"),
        (BK, "copyright", r"[łóż]"), (JS, "tutkinto", r"[äö]"), (PL, "laser", r"[äö]"),
        (SW, "impressum", r"[äöüß]"), (OM, "afiliado", r"[ãçõ]"), (RC, "rede", r"[àáçã]")))
    assert any(t.startswith("令和") for t in group_lines(SET, MR, "hiduke"))
    assert any(re.search(r"czerwca|lipca|sierpnia|września|października|listopada|grudnia"
                         r"|stycznia|lutego|marca|kwietnia|maja", t)
               for t in group_lines(SET, BK, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SS}/dated", f"{SS}/byline", f"{SS}/related", f"{SS}/kicker",
                         f"{SS}/parts", f"{SS}/comments", f"{SS}/copyright",
                         f"{SS}/difficulty", f"{RA}/dated", f"{RA}/byline",
                         f"{RA}/masthead", f"{SW}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SS}/mains", f"{SS}/copyright", f"{RA}/affiliated", f"{RA}/signoff",
        f"{SW}/impressum", f"{ML}/giteki", f"{BK}/runda"))
    assert_carried_share(docs, SS, [
        ("dated", 0.8, 0.98), ("byline", 0.55, 0.85), ("related", 0.2, 0.5),
        ("advert", 0.35, 0.65), ("update", 0.0, 0.1), ("mains", 0.0, 0.15)])
    assert_carried_share(docs, RA, [("signoff", 0.3, 0.7), ("correction", 0.0, 0.12)])
    for fam in (f"{SS}/advert", f"{SW}/anzeige", f"{ML}/sponsor", f"{OM}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SS, "parts"), (SS, "related"), (RA, "conditions"),
                               (SW, "bauteile"), (ML, "settei"), (OM, "materiais"),
                               (LL, "settings"), (MR, "qsl")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SS, "update", 16), (RA, "correction"), (SW, "korrektur"), (ML, "teisei"),
        (BK, "sprostowanie"), (OM, "atualizacao"), (JS, "korjaus"), (LL, "update"),
        (OV, "korrektur"), (MR, "teisei"), (RC, "correcao"), (PL, "korjaus")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SS}/related", "Related: "), (f"{SW}/lesetipp", "Lesetipp: "),
        (f"{ML}/awasete", "あわせて読みたい："), (f"{BK}/czytaj", "Czytaj także: "),
        (f"{OM}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SS, "advert", "Advertisement"), (SW, "anzeige", "Anzeige"),
        (ML, "sponsor", "スポンサーリンク"), (OM, "publicidade", "Publicidade"),
        (RA, "signoff", "73 de W9RLA"), (ML, "share", "この記事をシェアする")))
    assert_group_values_from_pool(SET, (
        (SS, "kicker", "kicker"), (SW, "rubrik", "rubrik"), (ML, "kategori", "kategori"),
        (BK, "kategoria", "kategoria"), (OM, "categoria", "categoria"),
        (JS, "luokka", "luokka"), (LL, "category", "category")))
    calls = set(pool_calls := ("KD9CQR", "N9HVX", "W9TJM", "KC9UOB", "AB9LS", "K9FEZ",
                               "KE9PWA", "WB9NZO"))
    assert pool_calls and all(norm(t).rpartition(" ")[2] in calls
                              for t in group_lines(SET, RA, "byline"))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SS, "advert", "Advertisement"),
        (SW, "anzeige", "Anzeige"),
        (ML, "sponsor", "スポンサーリンク"),
        (RA, "signoff", "73 de W9RLA")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SS: (["licence", "copyright"], 2),
        RA: (["net", "exams", "dues", "affiliated", "signoff"], 3),
        SW: (["impressum", "copyright"], 2),
        ML: (["share", "copyright"], 2),
        BK: (["pozdrowienia", "copyright"], 2),
        JS: (["terveiset", "yhdistys"], 2),
        OV: (["gruss", "dok"], 2),
        RC: (["despedida", "copyright"], 2)})


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
