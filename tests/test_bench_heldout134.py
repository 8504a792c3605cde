"""The held-back-134 template set (`tests.bench.heldout_templates_134`): its localised dates
(printed day by day in British and American English with the AP's month abbreviations,
German, French, Italian, Czech with genitive months, Japanese with the Heisei and Reiwa era
years, Spanish and Mexican Spanish, several changing form on a redesign day), the lines that
turn every day, week, month and theatre season (tonight's picks, a museum's hours today, a
festival countdown, German cinema starts, the Italian album chart, a month's culture tips,
the season), the calendars some notices follow (the Fringe, the Oliviers, the Berlinale and
the Oscars, the rentrée, the Goncourt, Livre Paris, Sanremo, Museum Day, the Tokyo film
festival, Svět knihy, Karlovy Vary, the festival's own days, American holidays, the FILs,
World Book Day, the Salone and the Strega, summer breaks, the closures of 2020), the prices,
memberships, sponsors and editions that change over the years, the rewordings on their days,
the lines in several languages and scripts, the variation it promises, its multi-line
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
from tests.bench.heldout_templates_134 import (
    BERLINALE,
    CT_KAKAKU,
    CT_LINE,
    CT_REDESIGN,
    FIL_GDL,
    FIL_MINERIA,
    FIRST_DAY,
    FRINGE,
    GONCOURT,
    HM_ADMISSION,
    HM_CLOSED,
    HM_REDESIGN,
    HM_REOPEN,
    KO_GDPR,
    KO_PREDPLATNE,
    KO_REDESIGN,
    KVIFF,
    LAST_DAY,
    LB_PLUS,
    LB_PLUS_PRICE,
    LB_REDESIGN,
    LIVRE_PARIS,
    LT_SCONTO,
    MV_BOLETIN,
    MV_CLOSED,
    MV_REDESIGN,
    MV_TARIFAS,
    NP_NOMINATIVI,
    NP_REDESIGN,
    OLIVIERS,
    OSCARS,
    PT_LETTRE,
    PT_LIBRAIRES,
    PT_REDESIGN,
    REIWA,
    RENTREE,
    SALONE,
    SANREMO,
    SL_MEMBER_PRICE,
    SL_MEMBERS,
    SL_REDESIGN,
    STREGA,
    SVET_KNIHY,
    THEATRES_CLOSE,
    TIFF,
    TK_FERIEN,
    TK_KARTEN,
    TS_REDESIGN,
    WF_FESTIVALS,
    WF_FRIENDS,
    WF_REDESIGN,
    WF_SPONSORS,
    WF_TICKETS,
    chart_week,
    era,
    festival_days,
    friday_of,
    season,
    thursday_of,
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

SET = "held-back-134"
SITES = ("Stagelight Review", "Leinwandblick", "La Page Tournée", "Note di Passaggio",
         "Museo de Bellas Artes de Valdeoro", "シネマ手帖", "Kulturní Obzor",
         "Wyebridge Literary Festival", "Halvorsen Museum", "Tinta Suelta", "Libri in Tasca",
         "Theater am Kornmarkt")
SL, LB, PT, NP = ("stagelightreview.co.uk", "leinwandblick.de", "lapagetournee.fr",
                  "notedipassaggio.it")
MV, CT, KO, WF = ("museovaldeoro.es", "cinematecho.jp", "kulturniobzor.cz",
                  "wyebridgefestival.org.uk")
HM, TS, LT, TK = ("halvorsenmuseum.org", "tintasuelta.mx", "libriintasca.it",
                  "theater-kornmarkt.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SL, "dated"), (LB, "datum"), (PT, "date"), (NP, "data"), (MV, "fecha"),
         (CT, "hizuke"), (KO, "datum"), (WF, "dated"), (HM, "dated"), (TS, "fecha"),
         (LT, "data"), (TK, "datum"))
# The lines that name the day they are printed on, or count the days.
EVERY_DAY = ((SL, "tonight"), (MV, "hoy"), (WF, "countdown"))
# The notices that follow calendars.
BANNERS = ((SL, "support"), (LB, "hinweis"), (PT, "lettre"), (NP, "avviso"), (MV, "aviso"),
           (CT, "oshirase"), (KO, "upozorneni"), (HM, "notice"), (TS, "aviso"),
           (LT, "avviso"), (TK, "kasse"))
# Amounts in force from given days.
TABLES = ((MV, "tarifas", MV_TARIFAS), (CT, "kakaku", CT_KAKAKU), (KO, "podpora", KO_PREDPLATNE),
          (WF, "tickets", WF_TICKETS), (WF, "friends", WF_FRIENDS), (WF, "sponsor", WF_SPONSORS),
          (HM, "admission", HM_ADMISSION), (LT, "sconto", LT_SCONTO), (TK, "karten", TK_KARTEN))
# The lines that turn each week, month or season.
PERIODIC = ((LB, "kinostart"), (NP, "classifica"), (KO, "tipy"), (TK, "spielzeit"),
            (WF, "edition"))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    SL: "Enjoyed this review? Help us keep theatre criticism independent.",
    LB: "Jeden Donnerstag die Kinostarts der Woche: jetzt den Leinwandblick-Newsletter "
        "abonnieren",
    PT: "Recevez chaque dimanche notre sélection de livres",
    NP: "Seguici su Instagram e ascolta le nostre playlist su Spotify",
    MV: "Suscríbete al boletín del museo",
    CT: "シネマ手帖の公式Twitterで最新情報をお届けしています",
    KO: "Sledujte Kulturní Obzor na Facebooku",
    HM: "Plan your visit at halvorsenmuseum.org",
    TS: "Suscríbete a nuestro boletín semanal",
    LT: "Iscriviti alla newsletter: un libro consigliato ogni settimana",
    TK: "Theaterkasse: Dienstag bis Freitag 10–18 Uhr, Samstag 10–13 Uhr",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + PERIODIC + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 10, 25), d(2019, 5, 1),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert thursday_of(d(2019, 3, 7)) == thursday_of(d(2019, 3, 13)) == d(2019, 3, 7)
    assert friday_of(d(2020, 6, 21)) == d(2020, 6, 19) and friday_of(d(2020, 6, 18)) == d(
        2020, 6, 12)
    assert chart_week(d(2020, 6, 19)) == (2020, 24) and chart_week(d(2021, 1, 8)) == (2020, 53)
    assert era(d(2019, 4, 30)) == "平成31年" and era(REIWA) == "令和元年"
    assert era(d(2020, 1, 1)) == "令和2年" and era(d(2015, 6, 1)) == "平成27年"
    assert season(d(2019, 7, 31)) == "2018/19" and season(d(2019, 8, 1)) == "2019/20"
    assert festival_days(2020) == (d(2020, 5, 25), d(2020, 5, 31))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SL, "dated", old, "Posted: 05/03/2016")
    full(SL, "dated", new, rf"Fri 19 June 2020 · {clock}")
    full(SL, "tonight", old, "Tonight, Saturday 5 March: our critics' pick of shows with "
                             "tickets still available")
    full(SL, "tonight", new, "Tonight, Friday 19 June: our pick of theatre to stream at home")
    full(LB, "datum", old, r"05\.03\.2016")
    full(LB, "datum", new, r"Freitag, 19\. Juni 2020")
    full(LB, "kinostart", new, r"Neu im Kino ab Donnerstag, 18\. Juni 2020: alle Starts der "
                               r"Woche")
    full(PT, "date", old, "Publié le 5 mars 2016")
    full(PT, "date", new, r"Vendredi 19 juin 2020 · \d+ min de lecture")
    full(NP, "data", old, "05/03/2016")
    full(NP, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(NP, "classifica", new, "📊 Classifica FIMI album: settimana 24 del 2020")
    full(MV, "fecha", old, "05/03/2016")
    full(MV, "fecha", new, "Viernes, 19 de junio de 2020")
    full(MV, "hoy", old, "Hoy, sábado 5 de marzo: abierto de 10:00 a 20:00.")
    full(MV, "hoy", d(2016, 3, 6), "Hoy, domingo 6 de marzo: abierto de 10:00 a 15:00. "
                                   "Entrada gratuita.")
    full(MV, "hoy", d(2016, 3, 7), "Hoy, lunes 7 de marzo, el museo está cerrado.")
    full(MV, "hoy", new, "Hoy, viernes 19 de junio: abierto de 10:00 a 19:00, con cita previa.")
    full(CT, "hizuke", old, "2016/03/05")
    full(CT, "hizuke", d(2018, 12, 1), rf"2018年（平成30年）12月1日（土） {clock}")
    full(CT, "hizuke", REIWA, rf"2019年（令和元年）5月1日（水） {clock}")
    full(CT, "hizuke", new, rf"2020年（令和2年）6月19日（金） {clock}")
    full(KO, "datum", old, r"5\. 3\. 2016")
    full(KO, "datum", new, rf"pátek 19\. června 2020, {clock}")
    full(KO, "tipy", new, "Kulturní tipy na červen 2020: výstavy, premiéry, koncerty")
    full(WF, "dated", old, "Posted on 5 March 2016")
    full(WF, "dated", new, r"News \| 19 Jun 2020")
    full(WF, "countdown", new, f"{(d(2021, 5, 27) - new).days} days to go until the "
                               f"Festival 2021")
    full(WF, "countdown", d(2020, 5, 27), "Day 3 of 7 of Wyebridge Digital 2020: today's "
                                          "events are on the programme page")
    full(WF, "countdown", d(2019, 5, 22), "1 day to go until the Festival 2019")
    full(WF, "edition", old, "The 29th Wyebridge Literary Festival runs from 26 May to 5 June "
                             "2016.")
    full(WF, "edition", d(2020, 3, 1), "The 33rd Wyebridge Literary Festival takes place "
                                       "online from 25 to 31 May 2020.")
    full(WF, "edition", new, "The 34th Wyebridge Literary Festival runs from 27 May to 6 June "
                             "2021.")
    full(HM, "dated", old, "March 5, 2016")
    full(HM, "dated", new, "June 19, 2020")
    full(HM, "dated", d(2019, 9, 3), r"Sept\. 3, 2019")
    full(TS, "fecha", old, "marzo 5, 2016")
    full(TS, "fecha", new, "viernes 19 de junio de 2020")
    full(LT, "data", new, "19 giugno 2020")
    full(TK, "datum", new, r"19\.06\.2020")
    full(TK, "spielzeit", new, "Spielzeit 2019/20")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The lines of EVERY_DAY name no year: they turn every day, but a day of 2015 and one of
    # 2020 may read alike.
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SL, "dated", day).startswith("Posted") == (day < SL_REDESIGN)
        assert ("." in on(LB, "datum", day)[:3]) == (day < LB_REDESIGN)
        assert on(PT, "date", day).startswith("Publié") == (day < PT_REDESIGN)
        assert ("ore" in on(NP, "data", day)) == (day >= NP_REDESIGN)
        assert ("," in on(MV, "fecha", day)) == (day >= MV_REDESIGN)
        assert ("年" in on(CT, "hizuke", day)) == (day >= CT_REDESIGN)
        assert ("令和" in on(CT, "hizuke", day)) == (day >= REIWA >= CT_REDESIGN)
        assert (on(KO, "datum", day)[0].isdigit()) == (day < KO_REDESIGN)
        assert on(WF, "dated", day).startswith("Posted") == (day < WF_REDESIGN)
        assert ("Sept." in on(HM, "dated", day)) == (day >= HM_REDESIGN and day.month == 9)
        assert (" de " in on(TS, "fecha", day)) == (day >= TS_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_month_and_season() -> None:
    for domain, family in EVERY_DAY:
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    for day in every_day():
        hoy = on(MV, "hoy", day)
        if MV_CLOSED[0] <= day <= MV_CLOSED[1]:
            assert "hasta nuevo aviso" in hoy, day
        elif day.weekday() == 0 or (day.month, day.day) == (12, 25):
            assert hoy.endswith("el museo está cerrado."), day
        assert ("stream" in on(SL, "tonight", day)) == (day >= THEATRES_CLOSE)
    weekly = changes(LB, "kinostart")
    assert len(weekly) >= 300 and all(day.weekday() == 3 for day in weekly)
    charts = changes(NP, "classifica")
    assert len(charts) >= 300 and all(day.weekday() == 4 for day in charts)
    assert changes(KO, "tipy") == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)
                                   } - {FIRST_DAY}
    assert changes(TK, "spielzeit") == {d(y, 8, 1) for y in range(2015, 2021)}
    assert changes(WF, "edition") == {festival_days(y)[1] + one for y in range(2015, 2021)}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, (_, last) in FRINGE.items():
        assert f"Edinburgh Fringe {y}" in on(SL, "support", iso(last)), y
    for y, day in OLIVIERS.items():
        assert f"Olivier Awards {y}" in on(SL, "support", iso(day)), y
    assert "Theatres are dark" in on(SL, "support", LAST_DAY)
    for y, (first, _) in BERLINALE.items():
        assert f"{y - 1950}. Berlinale" in on(LB, "hinweis", iso(first)), y
        assert f"Oscars {y}" in on(LB, "hinweis", iso(OSCARS[y])), y
    assert "Kinos sind geschlossen" in on(LB, "hinweis", d(2020, 4, 1))
    assert "Kinos wieder zu" in on(LB, "hinweis", d(2020, 12, 1))
    for y, count in RENTREE.items():
        assert f"Rentrée littéraire {y} : {count} romans" in on(PT, "lettre", d(y, 9, 1)), y
        assert f"Prix Goncourt {y}" in on(PT, "lettre", iso(GONCOURT[y])), y
    for y, (first, _) in LIVRE_PARIS.items():
        name = "Salon du livre de Paris" if y == 2015 else "Livre Paris"
        assert f"{name} {y}" in on(PT, "lettre", iso(first)), y
    assert "click & collect" in on(PT, "lettre", d(2020, 4, 1))
    for y, (first, _) in SANREMO.items():
        assert f"Sanremo {y}" in on(NP, "avviso", iso(first)), y
        if y < 2020:
            assert f"Primo Maggio {y}" in on(NP, "avviso", d(y, 5, 1)), y
            assert f"Día Internacional de los Museos {y}" in on(MV, "aviso", d(y, 5, 18)), y
        assert f"Navidad {y}" in on(MV, "aviso", d(y, 12, 25)), y
        assert f"第{y - 1987}回東京国際映画祭" in on(CT, "oshirase", iso(TIFF[y][0])), y
        assert f"{y}年末から{y + 1}年始" in on(CT, "oshirase", d(y, 12, 31)), y
        assert f"Thanksgiving Day, Nov. {thanksgiving(y).day}, {y}" in on(
            HM, "notice", thanksgiving(y)), y
        assert f"Christmas Day {y}" in on(HM, "notice", d(y, 12, 25)), y
        assert f"FIL Guadalajara {y}" in on(TS, "aviso", iso(FIL_GDL[y][0])), y
        assert f"Minería {y}" in on(TS, "aviso", iso(FIL_MINERIA[y][0])), y
        assert f"Premio Strega {y}" in on(LT, "avviso", iso(STREGA[y])), y
    assert "Concerti rinviati" in on(NP, "avviso", d(2020, 5, 1))
    assert "estado de alarma" in on(MV, "aviso", d(2020, 4, 1))
    assert "Reabrimos" in on(MV, "aviso", d(2020, 6, 10))
    assert "緊急事態宣言" in on(CT, "oshirase", d(2020, 4, 20))
    for y, (first, _) in SVET_KNIHY.items():
        assert f"Svět knihy Praha {y}" in on(KO, "upozorneni", iso(first)), y
        assert f"{y - 1965}. MFF Karlovy Vary" in on(KO, "upozorneni", iso(KVIFF[y][0])), y
    assert "zavřené" in on(KO, "upozorneni", d(2020, 4, 1))
    assert "opět omezen" in on(KO, "upozorneni", LAST_DAY)
    assert "temporarily closed" in on(HM, "notice", HM_CLOSED[1])
    assert on(HM, "notice", HM_REOPEN) == FIRST_WORDINGS[HM]
    assert "edición virtual" in on(TS, "aviso", iso(FIL_GDL[2020][0]))
    for y in range(2015, 2020):
        assert "Día Internacional del Libro" in on(TS, "aviso", d(y, 4, 23)), y
        assert "Theaterferien" in on(TK, "kasse", iso(TK_FERIEN[y][0])), y
        assert f"Salone Internazionale del Libro di Torino {y}" in on(LT, "avviso",
                                                                      iso(SALONE[y][0])), y
    assert "SalTo Extra" in on(LT, "avviso", iso(SALONE[2020][0]))
    assert "Librerie chiuse" in on(LT, "avviso", d(2020, 4, 13))
    assert on(LT, "avviso", d(2020, 4, 14)) == FIRST_WORDINGS[LT]  # bookshops reopened
    assert "ruht" in on(TK, "kasse", d(2020, 5, 1)) and "erneut" in on(TK, "kasse", LAST_DAY)
    for y, (first, last) in WF_FESTIVALS.items():
        if y < 2021:
            assert on(WF, "countdown", iso(first)).startswith("Day 1 of"), y
            assert on(WF, "countdown", iso(last) + one).endswith(f"{y + 1}"), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SL, "byline", SL_REDESIGN, "Review by", "{author_beat}"),
        (SL, "rating", SL_REDESIGN, "/5", "{stars}"),
        (SL, "spoilers", SL_REDESIGN, "contains spoilers", "Spoiler alert"),
        (SL, "support", SL_MEMBERS, "Enjoyed", "£3"),
        (SL, "support", SL_MEMBER_PRICE, "£3", "£4"),
        (LB, "spoiler", LB_REDESIGN, "Achtung", "Spoilerwarnung"),
        (LB, "hinweis", LB_PLUS, "Newsletter", "3,99"),
        (LB, "hinweis", LB_PLUS_PRICE, "3,99", "4,99"),
        (PT, "acheter", PT_LIBRAIRES, "Amazon", "indépendant"),
        (PT, "lettre", PT_LETTRE, "Recevez", "coups de cœur"),
        (NP, "biglietti", NP_NOMINATIVI, "disponibili", "nominativi"),
        (MV, "horario", d(2020, 6, 9), "Lunes cerrado", "cita previa"),
        (MV, "aviso", MV_BOLETIN, "Suscríbete", "cada mes"),
        (CT, "oshirase", CT_LINE, "Twitter", "LINE"),
        (KO, "autor", KO_REDESIGN, "Autor:", "Text:"),
        (KO, "upozorneni", KO_GDPR, "Facebooku", "GDPR"),
        (HM, "hours", HM_REOPEN, "Tuesday", "Timed-entry")))
    assert_groups_reworded(SET, (
        (SL, "dated", "Posted: ", " · "),
        (SL, "byline", "Review by ", ", "),
        (LB, "datum", ".20", ". "),
        (PT, "date", "Publié le", "lecture"),
        (PT, "acheter", "Amazon", "indépendant"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "1,900円（税込・消費税10%）" in on(CT, "kakaku", LAST_DAY)
    assert "5%" in on(LT, "sconto", d(2020, 3, 25)) and "15%" in on(LT, "sconto", d(2020, 3, 24))
    assert "free online" in on(WF, "tickets", d(2020, 5, 27))
    prices = {m[1] for t in group_lines(SET, MV, "tarifas")
              if (m := re.search(r"general: (\d) €", norm(t)))}
    assert len(prices) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (CT, "kategori", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (CT, "kanren", r"【関連記事】"), (CT, "sakuhin", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (KO, "ctete", r"[ěščřžůú]"), (KO, "copyright", r"[ěščřžůúá]"),
        (PT, "decouvrir", r"[éèàç]"), (LB, "affiliate", r"[äöüß]"),
        (NP, "pubblicita", r"[àèìòù]"), (MV, "imagenes", r"[áéíóúñ]"),
        (TS, "afiliados", r"[áéíóúñ]"), (LT, "acquista", "👉"), (SL, "copyright", "©")))
    assert any(re.search(r"[★☆]", t) for t in group_lines(SET, SL, "rating"))
    assert any("/5" in t for t in group_lines(SET, SL, "rating"))
    assert any("年" in t for t in group_lines(SET, CT, "hizuke"))
    assert any(re.search(r"[ěščřžůáíéý]", t) for t in group_lines(SET, KO, "datum"))
    assert {"令和元年", "令和2年", "平成30年"} <= {
        m[0] for day in every_day() if (m := re.search(r"(平成|令和)\S*?年", on(CT, "hizuke",
                                                                           day)))}


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SL}/dated", f"{SL}/byline", f"{SL}/read-more", f"{SL}/genre",
                         f"{SL}/listing", f"{SL}/runtime", f"{SL}/copyright", f"{SL}/photo",
                         f"{LB}/datum", f"{LB}/filmdaten", f"{LB}/mehr", f"{PT}/fiche"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SL}/commission", f"{SL}/advert", f"{LB}/affiliate", f"{LB}/impressum",
        f"{PT}/reproduction", f"{NP}/variazioni"))
    assert_carried_share(docs, SL, [
        ("dated", 0.8, 0.98), ("read-more", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("tonight", 0.06, 0.28), ("support", 0.15, 0.5), ("listing", 0.4, 0.7),
        ("spoilers", 0.0, 0.15)])
    assert_carried_share(docs, LB, [("datum", 0.75, 1.0), ("spoiler", 0.0, 0.25),
                                    ("korrektur", -0.01, 0.12)])
    for fam in (f"{SL}/read-more", f"{SL}/advert", f"{LB}/anzeige", f"{PT}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SL, "photo"), (LB, "bild"), (NP, "foto"), (MV, "imagen"),
                               (CT, "kokoku"), (WF, "venue"), (HM, "image"), (TS, "comprar")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SL, "correction", 16), (LB, "korrektur"), (PT, "erratum"), (NP, "rettifica"),
        (MV, "rectificacion"), (CT, "teisei"), (KO, "oprava"), (WF, "correction"),
        (HM, "correction"), (TS, "erratas"), (LT, "errata"), (TK, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SL}/read-more", "Read more: "), (f"{LB}/mehr", "Mehr zum Thema: "),
        (f"{PT}/decouvrir", "À découvrir aussi : "), (f"{NP}/leggi", "Leggi anche: "),
        (f"{CT}/kanren", "【関連記事】")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SL, "advert", "Advertisement"), (LB, "anzeige", "Anzeige"),
        (PT, "publicite", "Publicité"), (NP, "pubblicita", "Pubblicità"),
        (CT, "kokoku", "広告"), (KO, "reklama", "Reklama"), (HM, "hashes", "###"),
        (HM, "release", "PRESS RELEASE"), (CT, "kokai", "全国公開中")))
    assert_group_values_from_pool(SET, (
        (SL, "genre", "genre"), (LB, "rubrik", "rubrik"), (PT, "rubrique", "rubrique"),
        (NP, "sezione", "sezione"), (MV, "seccion", "seccion"), (CT, "kategori", "kategori"),
        (KO, "rubrika", "rubrika"), (TS, "seccion", "seccion")))
    stars = {norm(t) for t in group_lines(SET, SL, "rating") if "★" in t}
    assert stars and all(len(t) == 5 for t in stars)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SL, "advert", "Advertisement"),
        (SL, "commission", "We may earn a commission if you book tickets through links on "
                           "this page."),
        (LB, "anzeige", "Anzeige"),
        (PT, "publicite", "Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SL: (["listing", "runtime"], 2),
        LB: (["filmdaten", "verleih"], 2),
        PT: (["acheter", "commission"], 2),
        NP: (["copyright", "testata"], 2),
        MV: (["prensa", "imagenes", "copyright"], 2),
        CT: (["sakuhin", "kokai"], 2),
        KO: (["copyright", "prevzeti"], 2),
        WF: (["sponsor", "charity"], 2),
        HM: (["hashes", "about", "media"], 3),
        TS: (["ficha", "afiliados"], 2)})
    assert_group_blocks_stay_together(SET, {
        LB: (["impressum", "copyright"], 2),
        CT: (["mudan", "copyright"], 2),
        TK: (["foerderer", "copyright"], 2)})


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
