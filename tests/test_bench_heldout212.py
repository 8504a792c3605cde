"""The held-back-212 template set (`tests.bench.heldout_templates_212`): its localised dates
(printed day by day in English with AP-style months, US Eastern time and Australian standard
and daylight time, German, Spanish, Swedish, European and Brazilian Portuguese and Hebrew with
the Hebrew year turning at Rosh Hashanah, several changing form on the day of a redesign), the
lines that turn every day and week (ONCE's draw, a podcast's episode), the calendars the
appeals and notices follow (awareness days, elections, Purple Tuesday, Carnival, Almedalen,
Rosh Hashanah and Passover, IRS seasons, the pandemic), the benefit rates that change over
the years, the notices reworded between 2015 and 2020, the lines in several languages and
scripts, the variation it promises, its multi-line blocks (event access information among
them) and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday, nth_weekday
from tests.bench.heldout_templates_212 import (
    AH_BOLETIN,
    AH_REDESIGN,
    ALMEDALEN,
    AM_REDESIGN,
    AP_REDESIGN,
    BPC,
    BT_BITV,
    BT_REDESIGN,
    BT_SPENDE,
    DSP,
    ES_ELECTIONS,
    FIRST_DAY,
    HEBREW_YEARS,
    IJ_HASHTAG,
    IJ_REDESIGN,
    IJ_WHATSAPP,
    IL_ELECTIONS,
    IRS_SEASONS,
    KH_REDESIGN,
    KH_REGULATIONS,
    KH_WHATSAPP,
    KITZBA,
    LAST_DAY,
    LOREG_REFORM,
    NF_OFFICE,
    NF_REDESIGN,
    OD_APPEAL,
    OD_HELPLINE,
    OD_REDESIGN,
    OD_STATEMENT,
    PASSOVER,
    PENSAO,
    PIP_RATES,
    PNC,
    PRISBASBELOPP,
    PURPLE_TUESDAYS,
    REGELSATZ,
    ROSH_HASHANAH,
    RR_NEWSLETTER,
    RR_PODCAST,
    RR_REDESIGN,
    SD_REDESIGN,
    SD_SOCIAL,
    SSI_RATES,
    TS_AVGIFT,
    TS_REDESIGN,
    UK_ELECTIONS,
    WS_CORONA,
    WS_REDESIGN,
    australian_daylight_time,
    hebrew_year,
    podcast_episode,
    third_thursday_of_may,
    uprating_monday,
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

SET = "held-back-212"
SITES = ("Open Door Disability", "Ramp Report", "Bundesverband Teilhabe", "Accesible Hoy",
         "Inclusão Já", "Tillgängligt Sverige", "קול השוויון", "Access Matters",
         "Signpost Deaf News", "Northfield Center for Independent Living",
         "Associação Portuguesa pela Inclusão", "Stadt Weißenau")
OD, RR, BT, AH = ("opendoordisability.org.uk", "rampreport.com", "teilhabe-verband.de",
                  "accesiblehoy.es")
IJ, TS, KH, AM = ("inclusaoja.com.br", "tillgangligt.se", "kolhashivyon.org.il",
                  "accessmatters.org.au")
SD, NF, AP, WS = ("signpostdeaf.co.uk", "northfieldcil.org", "apinclusao.pt", "weissenau.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((OD, "dated"), (RR, "dated"), (BT, "datum"), (AH, "fecha"), (IJ, "data"),
         (TS, "datum"), (KH, "taarikh"), (AM, "dated"), (SD, "dated"), (NF, "posted"),
         (AP, "data"), (WS, "datum"))
# The lines that turn every day or every week.
TURNING = ((AH, "once"), (RR, "podcast"))
# The notices that follow calendars.
BANNERS = ((OD, "appeal"), (RR, "newsletter"), (BT, "spende"), (AH, "aviso"), (IJ, "aviso"),
           (TS, "notis"), (KH, "hodaa"), (AM, "ndis"), (SD, "notice"), (NF, "notice"),
           (AP, "aviso"), (WS, "hinweis"))
# Benefit rates in force from given days.
TABLES = ((OD, "pip", PIP_RATES), (RR, "ssi", SSI_RATES), (BT, "regelsatz", REGELSATZ),
          (AH, "pnc", PNC), (IJ, "bpc", BPC), (TS, "prisbasbelopp", PRISBASBELOPP),
          (KH, "kitzba", KITZBA), (AM, "dsp", DSP), (AP, "pensao", PENSAO))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    OD: "Donate today and help us fight for a fairer society",
    RR: "Get Ramp Report in your inbox every Tuesday",
    BT: "Unterstützen Sie unsere Arbeit mit Ihrer Spende.",
    AH: "Suscríbete a nuestro boletín semanal",
    IJ: "Receba as notícias do Inclusão Já no seu e-mail",
    TS: "Bli medlem och gör skillnad – det kostar 200 kronor om året",
    KH: "הצטרפו לרשימת התפוצה שלנו וקבלו עדכונים על זכויות",
    AM: "Questions about the NDIS? Call our advocacy line on 1300 555 017",
    SD: "Follow us on Facebook for signed news every weekday",
    NF: "Membership is free for people with disabilities. Join us today!",
    AP: "Torne-se sócio e apoie a inclusão de todas as pessoas",
    WS: "Alle Termine des Inklusionsbeirats finden Sie im Veranstaltungskalender.",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 21), d(2018, 7, 5), d(2019, 12, 3),
        d(2020, 2, 1), d(2020, 9, 20), LAST_DAY))


def test_helpers() -> None:
    assert [uprating_monday(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 4, 6), d(2016, 4, 11), d(2019, 4, 8), d(2020, 4, 6)]
    assert third_thursday_of_may(2017) == d(2017, 5, 18) == RR_REDESIGN
    assert australian_daylight_time(d(2020, 1, 15)) and not australian_daylight_time(
        d(2020, 6, 19))
    assert australian_daylight_time(d(2019, 10, 6)) and not australian_daylight_time(
        d(2019, 10, 5))
    assert hebrew_year(d(2017, 9, 20)) == 'תשע"ז' and hebrew_year(d(2017, 9, 21)) == 'תשע"ח'
    assert hebrew_year(d(2015, 1, 1)) == 'תשע"ה' and hebrew_year(LAST_DAY) == 'תשפ"א'
    assert podcast_episode(RR_PODCAST - one) == 0 and podcast_episode(RR_PODCAST) == 1
    assert podcast_episode(RR_PODCAST + 7 * one) == 2 and RR_PODCAST.weekday() == 1
    assert carnival_tuesday(2017) == d(2017, 2, 28)


def test_localised_dates_and_times() -> None:
    old, new, summer = d(2016, 3, 5), d(2020, 6, 19), d(2020, 1, 15)  # Sat, Fri, Wed
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(OD, "dated", old, "Posted 5 Mar 2016")
    full(OD, "dated", new, "Last updated: Friday 19 June 2020")
    full(RR, "dated", old, "March 5, 2016")
    full(RR, "dated", d(2016, 9, 5), r"Sept\. 5, 2016")
    full(RR, "dated", new, r"Updated June 19, 2020 \d{1,2}:\d\d [AP]M ET")
    full(BT, "datum", old, r"05\.03\.2016")
    full(BT, "datum", new, "Veröffentlicht am 19. Juni 2020")
    full(AH, "fecha", old, "Madrid, 5 de marzo de 2016")
    full(AH, "fecha", new, rf"Actualizado el 19/6/2020 a las {clock}")
    full(AH, "once", old, "Cupón Fin de Semana de la ONCE del sábado 5 de marzo: consulta el "
                          "número premiado")
    full(AH, "once", new, "Cuponazo de la ONCE del viernes 19 de junio: consulta el número "
                          "premiado")
    full(IJ, "data", old, rf"05/03/2016 - {clock}")
    full(IJ, "data", new, rf"Publicado em 19 de junho de 2020, às {clock}")
    full(TS, "datum", old, "Publicerad 2016-03-05")
    full(TS, "datum", new, "Publicerad fredag 19 juni 2020")
    full(KH, "taarikh", old, r"05\.03\.16")
    full(KH, "taarikh", new, 'יום שישי, 19 ביוני 2020 \\| תש"ף')
    full(KH, "taarikh", d(2020, 9, 19), 'שבת, 19 בספטמבר 2020 \\| תשפ"א')
    full(AM, "dated", old, "5/3/2016")
    full(AM, "dated", new, rf"19 June 2020 · {clock} AEST")
    full(AM, "dated", summer, rf"15 January 2020 · {clock} AEDT")
    full(SD, "dated", old, "5 Mar 2016")
    full(SD, "dated", new, "Friday 19 June 2020")
    full(NF, "posted", old, "Posted on March 5, 2016")
    full(NF, "posted", new, "Friday, June 19, 2020")
    full(AP, "data", old, "05-03-2016")
    full(AP, "data", new, "Publicado a 19 de junho de 2020")
    full(WS, "datum", old, r"Meldung vom 05\.03\.2016")
    full(WS, "datum", new, r"Meldung vom 19\. Juni 2020")
    full(RR, "podcast", new, r"🎙️ New this week: Ramp Report Podcast episode 233, with a full "
                             r"transcript")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(OD, "dated", day).startswith("Last updated") == (day >= OD_REDESIGN)
        assert on(RR, "dated", day).startswith("Updated") == (day >= RR_REDESIGN)
        assert on(BT, "datum", day).startswith("Veröffentlicht") == (day >= BT_REDESIGN)
        assert on(AH, "fecha", day).startswith("Actualizado") == (day >= AH_REDESIGN)
        assert on(IJ, "data", day).startswith("Publicado em") == (day >= IJ_REDESIGN)
        assert ("-" in on(TS, "datum", day)) == (day < TS_REDESIGN)
        assert ("|" in on(KH, "taarikh", day)) == (day >= KH_REDESIGN)
        assert ("AE" in on(AM, "dated", day)) == (day >= AM_REDESIGN)
        assert on(SD, "dated", day).endswith(str(day.year))
        assert (day.strftime("%A") in on(SD, "dated", day)) == (day >= SD_REDESIGN)
        assert on(NF, "posted", day).startswith("Posted on") == (day < NF_REDESIGN)
        assert on(AP, "data", day).startswith("Publicado a") == (day >= AP_REDESIGN)
        assert ("." in on(WS, "datum", day)[-8:-5]) == (day < WS_REDESIGN)
        if day >= KH_REDESIGN:
            assert on(KH, "taarikh", day).endswith(hebrew_year(day))
        if day >= AM_REDESIGN:
            zone = "AEDT" if australian_daylight_time(day) else "AEST"
            assert on(AM, "dated", day).endswith(zone)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_week() -> None:
    assert len(changes(AH, "once")) == len(every_day()) - 1
    for day in (d(2017, 1, 2), d(2017, 1, 5), d(2017, 1, 6), d(2017, 1, 7), d(2017, 1, 8)):
        draw = on(AH, "once", day)
        assert draw.startswith(("Cupón Diario", "Cupón Diario", "Cupón Diario", "Cupón Diario",
                                "Cuponazo", "Cupón Fin de Semana",
                                "Cupón Fin de Semana")[day.weekday()]), draw
    weekly = changes(RR, "podcast")
    assert len(weekly) >= 250 and all(day.weekday() == 1 for day in weekly)
    assert RR_PODCAST in weekly
    assert found(RR, "podcast", r"episode (\d+),") == {
        str(n) for n in range(1, podcast_episode(d(2020, 12, 31)) + 1)}
    # The Hebrew year the date line prints from the 2017 redesign turns at Rosh Hashanah.
    turns = {day for day in changes(KH, "taarikh") if day > KH_REDESIGN and on(
        KH, "taarikh", day).split("| ")[1] != on(KH, "taarikh", day - one).split("| ")[1]}
    assert turns == {iso(ROSH_HASHANAH[y]) for y in (2018, 2019, 2020)}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day in UK_ELECTIONS:
        assert "General election on" in on(OD, "appeal", iso(day)), day
    for day in PURPLE_TUESDAYS:
        assert f"Purple Tuesday, {iso(day).day} November" in on(OD, "appeal", iso(day)), day
    assert "Disability History Month 2016" in on(OD, "appeal", d(2016, 12, 1))
    assert "Christmas appeal 2018" in on(OD, "appeal", d(2018, 12, 27))
    assert "Coronavirus" in on(OD, "appeal", d(2020, 4, 1))
    assert found(RR, "newsletter", r"The ADA turns (\d+)") == {str(n) for n in range(25, 31)}
    for y in range(2015, 2020):
        assert f"Awareness Day {y}" in on(RR, "newsletter", third_thursday_of_may(y)), y
        assert f"Awareness Month {y}" in on(RR, "newsletter", d(y, 10, 15)), y
        assert f"5. Mai {y}" in on(BT, "spende", d(y, 5, 5)), y
        if y != 2016:  # the BTHG's vote wins in December 2016
            assert f"3. Dezember {y}" in on(BT, "spende", d(y, 12, 3)), y
        assert f"Carnaval {y}" in on(IJ, "aviso", carnival_tuesday(y)), y
        assert f"21 de setembro de {y}" in on(IJ, "aviso", d(y, 9, 21)), y
        assert f"3 december {y}" in on(TS, "notis", d(y, 12, 3)), y
        assert f"{y - 2003} years since BSL" in on(SD, "notice", d(y, 3, 18)), y
        assert f"Deaf Awareness Week {y}" in on(SD, "notice", nth_weekday(y, 5, 0, 1)), y
        assert f"Registration Day {y}" in on(NF, "notice", nth_weekday(y, 9, 1, 4)), y
        assert f"People with Disability {y}" in on(AM, "ndis", d(y, 12, 3)), y
    assert "COVID-19" in on(RR, "newsletter", d(2020, 5, 21))
    assert "BTHG" in on(BT, "spende", d(2016, 12, 1))
    assert "Vollbetreuung" in on(BT, "spende", d(2019, 5, 20))
    for day in ES_ELECTIONS:
        wording = on(AH, "aviso", iso(day))
        assert ("por primera vez" in wording) == (iso(day) >= LOREG_REFORM), day
    assert "Estado de alarma" in on(AH, "aviso", d(2020, 4, 1))
    assert "Lei Brasileira de Inclusão" in on(IJ, "aviso", d(2016, 1, 2))
    assert "Paralimpíada" in on(IJ, "aviso", d(2016, 9, 10))
    for y, first, last in ALMEDALEN:
        assert f"Almedalen {y}" in on(TS, "notis", iso(first)) and f"Almedalen {y}" in on(
            TS, "notis", iso(last))
    assert "inställd" in on(TS, "notis", d(2020, 7, 1))
    assert "9 september" in on(TS, "notis", d(2018, 9, 5))
    for y in range(2015, 2021):
        assert HEBREW_YEARS[y] in on(KH, "hodaa", iso(ROSH_HASHANAH[y])), y
        if y != 2020:  # the pandemic's notice wins at Passover 2020
            assert "פסח" in on(KH, "hodaa", iso(PASSOVER[y])), y
    for day in IL_ELECTIONS:
        assert "בחירות" in on(KH, "hodaa", iso(day)), day
    assert "קורונה" in on(KH, "hodaa", iso(PASSOVER[2020]))
    assert "NDIS full scheme" in on(AM, "ndis", d(2016, 7, 5))
    assert "Federal election on 2 July" in on(AM, "ndis", d(2016, 7, 1))
    assert "Royal Commission" in on(AM, "ndis", d(2019, 4, 10))
    assert found(NF, "notice", r"ADA's (\d+)th") == {str(n) for n in range(25, 30)}
    assert "closed to walk-ins" in on(NF, "notice", d(2020, 7, 20))
    for y, first, last in IRS_SEASONS:
        assert f"IRS de {y - 1}" in on(AP, "aviso", iso(last)), y
        if y != 2020:  # the state of emergency's notice wins in April 2020
            assert f"IRS de {y - 1}" in on(AP, "aviso", iso(first)), y
    assert "Estado de emergência" in on(AP, "aviso", d(2020, 4, 15))
    assert "Kommunalwahl" in on(WS, "hinweis", d(2019, 5, 20))
    assert found(WS, "hinweis", r"5\. Mai (\d{4})") == {str(y) for y in range(2015, 2021)}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (OD, "byline", OD_REDESIGN, "By {author}", "{author_beat}"),
        (OD, "easy-read", OD_REDESIGN, "(PDF)", "Read this page"),
        (OD, "appeal", OD_APPEAL, "fairer society", "£10"),
        (OD, "helpline", OD_HELPLINE, "Monday to Friday", "seven days"),
        (OD, "accessibility", OD_STATEMENT, "another format", "WCAG"),
        (RR, "byline", RR_REDESIGN, "By {author}", "{author_handle}"),
        (RR, "audio", RR_REDESIGN, "Audio version", "{read_min}"),
        (RR, "newsletter", RR_NEWSLETTER, "inbox", "screen-reader"),
        (BT, "leichte-sprache", BT_REDESIGN, "Diesen Text gibt es", "einfach erklärt"),
        (BT, "spende", BT_SPENDE, "Unterstützen Sie", "Jeder Euro"),
        (BT, "barrierefreiheit", BT_BITV, "Hinweise", "Erklärung"),
        (AH, "aviso", AH_BOLETIN, "boletín semanal", "Cada viernes"),
        (IJ, "descricao", IJ_HASHTAG, "#PraCegoVer", "#ParaTodosVerem"),
        (IJ, "aviso", IJ_WHATSAPP, "e-mail", "WhatsApp"),
        (TS, "notis", TS_AVGIFT, "200 kronor", "250 kronor"),
        (TS, "tillganglighet", TS_REDESIGN, "Om webbplatsens", "digital offentlig service"),
        (KH, "hodaa", KH_WHATSAPP, "רשימת התפוצה", "ווטסאפ"),
        (KH, "hatzhara", KH_REGULATIONS, "אנו פועלים", "הצהרת נגישות"),
        (SD, "bsl", SD_REDESIGN, "Watch this story", "subtitles"),
        (SD, "notice", SD_SOCIAL, "Follow us", "YouTube"),
        (NF, "asl", NF_OFFICE, "CART", "Zoom"),
        (WS, "sprechzeiten", WS_CORONA, "dienstags", "telefonisch")))
    assert_groups_reworded(SET, (
        (OD, "dated", "Posted ", "Last updated: "),
        (RR, "dated", ", 20", "Updated "),
        (OD, "byline", "By ", "Written by "),
        (BT, "datum", ".20", "Veröffentlicht am "),
    ))


def test_benefit_rates_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if iso(start) >= FIRST_DAY:
                assert value in on(domain, family, iso(start)), (domain, start)
    assert changes(OD, "pip") == {uprating_monday(y) for y in range(2015, 2021)}
    assert "£89.15" in on(OD, "pip", d(2020, 4, 6)) and "£87.65" in on(OD, "pip", d(2020, 4, 5))
    assert "380,90" in on(AH, "pnc", d(2018, 7, 5)) and "2018" in on(AH, "pnc", d(2018, 7, 5))
    assert "R$ 1.045,00" in on(IJ, "bpc", d(2020, 2, 1))
    assert "unchanged on 20 September 2020" in on(AM, "dsp", d(2020, 10, 1))
    assert {day.day for day in changes(AM, "dsp")} == {20}
    assert on(AP, "pensao", d(2017, 9, 30)).startswith("Pensão social de invalidez")
    assert on(AP, "pensao", AP_REDESIGN).startswith("Prestação Social para a Inclusão")
    amounts = {m[1] for t in group_lines(SET, OD, "pip") if (m := re.search(r"£(\d+\.\d\d)",
                                                                           norm(t)))}
    assert len(amounts) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KH, "haazana", r"[\u0590-\u05ff]"), (KH, "truma", r"[\u0590-\u05ff]"),
        (KH, "taarikh", r"[0-9]"), (BT, "dgs", r"[äöüß]"), (AH, "lse", r"[áéíóúñ]"),
        (IJ, "comentarios", r"[ãçéêá]"), (TS, "lattlast", r"[åäö]"),
        (AP, "lgp", r"[áíê]"), (WS, "dolmetsch", r"[äöüß]")))
    assert any(re.search(r"[\u0590-\u05ff]", t) for t in group_lines(SET, KH, "taarikh"))
    assert any(t.endswith("AEDT") for t in group_lines(SET, AM, "dated"))
    assert any(t.endswith("AEST") for t in group_lines(SET, AM, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{OD}/dated", f"{OD}/byline", f"{OD}/related", f"{OD}/topic",
                         f"{OD}/image", f"{OD}/copyright", f"{RR}/dated",
                         f"{RR}/kicker", f"{RR}/alt", f"{BT}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{OD}/charity", f"{OD}/easy-read", f"{RR}/nonprofit", f"{RR}/accessibility",
        f"{BT}/register", f"{BT}/konto"))
    assert_carried_share(docs, OD, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("pip", 0.05, 0.3), ("appeal", 0.2, 0.5)])
    assert_carried_share(docs, RR, [("kicker", 0.4, 0.7), ("advert", 0.4, 0.75),
                                    ("plain", 0.0, 0.2), ("correction", 0.0, 0.12)])
    for fam in (f"{OD}/related", f"{RR}/advert", f"{AH}/publicidad", f"{IJ}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((OD, "image"), (RR, "alt"), (BT, "interessant"), (AH, "lse"),
                               (IJ, "descricao"), (TS, "las-ocksa"), (KH, "od"),
                               (AM, "read-next"), (SD, "more"), (AP, "veja")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (OD, "correction"), (RR, "correction"), (BT, "korrektur"), (AH, "rectificacion"),
        (IJ, "errata"), (TS, "rattelse"), (KH, "tikun"), (AM, "correction"),
        (SD, "correction"), (NF, "correction"), (AP, "errata"), (WS, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{OD}/related", "Related: "), (f"{RR}/related", "RELATED: "),
        (f"{BT}/interessant", "Das könnte Sie auch interessieren: "),
        (f"{AH}/interesar", "Te puede interesar: "), (f"{IJ}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (RR, "advert", "ADVERTISEMENT"), (AH, "publicidad", "Publicidad"),
        (IJ, "publicidade", "Publicidade"), (TS, "lyssna", "Lyssna"),
        (KH, "haazana", "להאזנה לכתבה"), (AP, "ouvir", "Ouvir notícia"),
        (WS, "leichte-sprache", "Leichte Sprache"), (BT, "vorlesen", "Text vorlesen lassen")))
    assert_group_values_from_pool(SET, (
        (OD, "topic", "topic"), (RR, "kicker", "tag"), (BT, "rubrik", "rubrik"),
        (AH, "seccion", "seccion"), (IJ, "editoria", "editoria"),
        (KH, "kategoria", "kategoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (RR, "advert", "ADVERTISEMENT"),
        (AM, "country", "We acknowledge the Traditional Owners of the land where we live and "
                        "work, and pay our respects to Elders past and present."),
        (TS, "lyssna", "Lyssna"),
        (BT, "vorlesen", "Text vorlesen lassen")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        OD: (["charity", "copyright"], 2),
        RR: (["nonprofit", "accessibility", "copyright"], 2),
        BT: (["register", "copyright"], 2),
        AH: (["reproduccion", "copyright"], 2),
        IJ: (["comentarios", "copyright"], 2),
        KH: (["truma", "amuta", "copyright"], 2),
        AM: (["support", "country", "copyright"], 2),
        SD: (["story", "copyright"], 2),
        NF: (["venue", "asl", "fragrance", "request"], 3),
        AP: (["ipss", "copyright"], 2),
        WS: (["ort", "dolmetsch", "anmeldung"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + TURNING[:1]:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
