"""The held-back-146 template set (`tests.bench.heldout_templates_146`): its issue numbers
that turn every week (and stay put in each letter's breaks), its localised dates (printed day
by day in English, Spanish, German, French, Portuguese, Russian with genitive months and
Hindi, most changing form on the day of a redesign), the lines that turn every day (a
members' count "as of" the day, a November fund drive, a serial's next chapter) and every
month (subscriber and member counts), the appeals reworded over the years (Patreon or Tipeee
to paid subscriptions, Patreon to Boosty, UPI, Pix, Cafecito, the GDPR day), the calendars
some notices follow (sales and anniversaries, elections, Sant Jordi and Reyes, Carnival,
Hindi Diwas, the World Book Fair, Diwali, the non/fiction fair, NaNoWriMo, Hacktoberfest,
Advent of Code, summer and New Year breaks, the 2020 lockdowns), the prices that rise over
the years, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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
from functools import cache, partial

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_146 import (
    ASPO,
    BC_CAFECITO,
    BC_CUOTA,
    BC_ELECCIONES,
    BC_REDESIGN,
    BF_ABONNEMENT,
    BF_LAUNCH,
    BF_PRICES,
    BF_REDESIGN,
    CP_LAUNCH,
    CP_PAGO,
    CP_PIX,
    CP_PRICES,
    CP_REDESIGN,
    DEEPAVALI,
    ELEICOES,
    ESTADO_DE_ALARMA,
    FIRST_DAY,
    FN_GDPR,
    FN_GOALS,
    FN_REACHED,
    FN_REDESIGN,
    IE_AHEAD,
    IE_REDESIGN,
    IE_VOTE,
    KK_DSGVO,
    KK_PRICES,
    KK_STEADY,
    KT_REDESIGN,
    KT_UPI,
    LAST_DAY,
    LM_LAUNCH,
    LM_PAID,
    LM_PRICES,
    LM_REDESIGN,
    ML_LAUNCH,
    ML_PRICES,
    ML_REDESIGN,
    NON_FICTION,
    PS_LAUNCH,
    PS_PAID,
    PS_PRICES,
    PS_REDESIGN,
    PUSTAK_MELA,
    SAMOIZOLYATSIYA,
    SN_LAUNCH,
    SN_SPONSOR,
    UK_VOTES,
    ZP_LAUNCH,
    ZP_REDESIGN,
    ZP_SUPPORT,
    bf_break,
    black_friday,
    cp_break,
    fn_raised,
    ie_hiatus,
    ie_next,
    ie_posting_day,
    issue_days,
    kk_members,
    lm_issue,
    ml_break,
    no_break,
    ps_break,
    zp_back,
    zp_break,
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
    own_title_lines,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_matches,
    wording_on,
)

SET = "held-back-146"
SITES = ("The Long Margin", "La Página Suelta", "Kiezkolumne", "Le Billet du Faubourg",
         "Cartas do Planalto", "Заметки на полях", "कलम कथा", "Field Notes Collective",
         "Ink & Embers", "Bitácora Común", "The Mossbank Letter", "Stack Notes")
LM, PS, KK, BF = ("thelongmargin.com", "lapaginasuelta.es", "kiezkolumne.de",
                  "billetdufaubourg.fr")
CP, ZP, KT, FN = ("cartasdoplanalto.com.br", "zametkinapolyah.ru", "kalamkatha.in",
                  "fieldnotescollective.org")
IE, BC, ML, SN = ("inkandembers.com", "bitacoracomun.com.ar", "mossbankletter.co.uk",
                  "stacknotes.io")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LM, "dated"), (PS, "fecha"), (KK, "datum"), (BF, "date"), (CP, "data"),
         (ZP, "data"), (KT, "dinank"), (FN, "posted"), (IE, "posted"), (BC, "fecha"),
         (ML, "dated"))
# The lines that name the day they are printed on.
EVERY_DAY = ((KK, "stand"),)
# The issue numbers: (domain, family, launch, weekday, break).
WEEKLY = ((LM, "issue", LM_LAUNCH, 1, no_break), (PS, "numero", PS_LAUNCH, 6, ps_break),
          (BF, "numero", BF_LAUNCH, 4, bf_break), (CP, "edicao", CP_LAUNCH, 0, cp_break),
          (ZP, "vypusk", ZP_LAUNCH, 3, zp_break), (ML, "issue", ML_LAUNCH, 3, ml_break),
          (SN, "issue", SN_LAUNCH, 2, no_break))
# The counts published on the first of each month (and the days their price changes).
MONTHLY = ((LM, "readers", ()), (ML, "members", ML_PRICES), (SN, "cta", SN_SPONSOR))
# The notices that follow calendars.
BANNERS = ((LM, "thanks"), (PS, "aviso"), (KK, "aufruf"), (BF, "appel"), (CP, "apoio"),
           (ZP, "obyavlenie"), (KT, "suchna"), (IE, "notice"), (BC, "aviso"), (ML, "notice"),
           (SN, "notice"))
# Amounts in force from given days.
TABLES = ((LM, "paywall", LM_PRICES), (PS, "muro", PS_PRICES),
          (KK, "bezahlschranke", KK_PRICES), (BF, "reserve", BF_PRICES),
          (CP, "exclusivo", CP_PRICES), (ZP, "podderzhka", ZP_SUPPORT),
          (IE, "patreon", IE_AHEAD))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    LM: "Thanks for reading The Long Margin! Subscribe for free to get new posts by email.",
    PS: "Si te ha gustado, reenvíala a alguien a quien también pueda gustarle.",
    KK: "Gefällt dir die Kiezkolumne? Erzähl es deinen Nachbarinnen und Nachbarn.",
    BF: "Le Billet du Faubourg vit grâce à ses lecteurs : soutenez-le sur Tipeee.",
    CP: "Gostou desta carta? Encaminhe para quem acompanha Brasília.",
    ZP: "Пересылайте рассылку друзьям: так она и растёт.",
    KT: "अपनी रचनाएँ भेजें: rachnayen@kalamkatha.in",
    IE: "New chapters every Tuesday and Friday.",
    BC: "Seguinos en Twitter y en Instagram.",
    ML: "Free for everyone, every Thursday.",
    SN: "Stack Notes is free, forever. Forward it to a friend.",
}

on = partial(wording_on, SET)


@cache
def changes(domain: str, family: str) -> frozenset[dt.date]:
    """The days from 2015 to 2020 whose wording of the family differs from the day
    before's."""
    return frozenset(day for day in every_day()
                     if on(domain, family, day) != on(domain, family, day - one))


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, *_ in WEEKLY + MONTHLY + TABLES) + (
        (BF, "acces"), (KT, "sahyog"), (FN, "drive"), (IE, "next"), (BC, "banca")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 5, 15), d(2018, 9, 4), d(2019, 11, 20),
        d(2020, 4, 1), d(2020, 11, 29), LAST_DAY))


def test_helpers() -> None:
    assert lm_issue(LM_LAUNCH) == 1 and lm_issue(LM_LAUNCH - one) == 0
    assert black_friday(2019) == d(2019, 11, 29) and black_friday(2020) == d(2020, 11, 27)
    assert zp_back(2020) == d(2020, 1, 16) and zp_back(2019) == d(2019, 1, 17)
    assert cp_break(d(2020, 2, 24)) and not cp_break(d(2020, 3, 2))
    assert carnival_tuesday(2018) == d(2018, 2, 13)
    assert ie_next(d(2020, 6, 19)) == d(2020, 6, 22) and ie_next(d(2016, 3, 5)) == d(2016, 3, 8)
    assert ie_next(d(2019, 12, 24)) == d(2020, 1, 6)
    for y in FN_GOALS:
        assert fn_raised(d(y, 11, 30)) == round(FN_GOALS[y] * FN_REACHED[y], -1)
    for redesign, weekday in ((LM_REDESIGN, 1), (PS_REDESIGN, 6), (ZP_REDESIGN, 3),
                              (ML_REDESIGN, 3), (CP_REDESIGN, 0), (BF_REDESIGN, 4)):
        assert redesign.weekday() == weekday, redesign  # relaunched on an issue day


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday and a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LM, "dated", old, "Mar 5, 2016")
    full(LM, "dated", new, r"Friday, June 19, 2020 · \d+ min read")
    full(LM, "issue", old, r"Issue #\d+")
    full(LM, "issue", new, r"The Long Margin · No\. \d+")
    full(LM, "readers", new, r"Join \d\d,\d{3} readers who get The Long Margin every Tuesday\.")
    full(PS, "fecha", old, "05/03/2016")
    full(PS, "fecha", new, "Viernes, 19 de junio de 2020")
    full(KK, "datum", old, r"05\.03\.2016")
    full(KK, "datum", new, r"Veröffentlicht am 19\. Juni 2020 · Lesezeit \d+ Min\.")
    full(KK, "stand", old, r"Stand 05\.03\.2016: \d{3} Leserinnen und Leser unterstützen die "
                           r"Kiezkolumne per Dauerauftrag\.")
    full(KK, "stand", new, r"Stand 19\.06\.2020: 2\.\d{3} Mitglieder finanzieren die "
                           r"Kiezkolumne\.")
    full(BF, "date", old, "Publié le 05/03/2016")
    full(BF, "date", new, r"Vendredi 19 juin 2020 · lecture \d+ min")
    full(BF, "acces", new, r"Ce billet est en accès libre grâce aux \d \d{3} abonnés qui font "
                           r"vivre Le Billet du Faubourg\.")
    full(CP, "data", old, "Publicado em 05/03/2016")
    full(CP, "data", new, "Sexta-feira, 19 de junho de 2020")
    full(ZP, "data", old, r"05\.03\.2016")
    full(ZP, "data", new, r"19 июня 2020 г\. · \d+ мин чтения")
    full(ZP, "vypusk", new, r"Выпуск \d+ · Заметки на полях")
    full(KT, "dinank", old, "5 मार्च 2016")
    full(KT, "dinank", new, "प्रकाशित: शुक्रवार, 19 जून 2020")
    full(FN, "posted", old, "Posted by Ada Brook on March 5, 2016")
    full(FN, "posted", new, "Ada Brook · 19 Jun 2020")
    full(IE, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(IE, "posted", new, "June 19, 2020 · Book 4")
    full(IE, "next", old, "Next chapter: Tuesday 8 March")
    full(IE, "next", new, "Next chapter: Monday 22 June")
    full(BC, "fecha", old, "Publicado el 05/03/2016")
    full(BC, "fecha", new, "viernes 19 de junio de 2020")
    full(ML, "dated", old, "05/03/2016")
    full(ML, "dated", new, "Friday 19 June 2020")
    full(ML, "members", new, r"The Mossbank Letter is paid for by 1,\d{3} members\. Join them "
                             r"from £4 a month\.")
    full(SN, "issue", new, r"Stack Notes #\d+ · Jun 17, 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(LM, "dated", day).endswith("min read") == (day >= LM_REDESIGN)
        assert on(PS, "fecha", day)[0].isupper() == (day >= PS_REDESIGN)
        assert on(KK, "datum", day).startswith("Veröffentlicht") == (day >= KK_STEADY)
        assert on(BF, "date", day).startswith("Publié") == (day < BF_REDESIGN)
        assert on(CP, "data", day).startswith("Publicado") == (day < CP_REDESIGN)
        assert ("мин чтения" in on(ZP, "data", day)) == (day >= ZP_REDESIGN)
        assert on(KT, "dinank", day).startswith("प्रकाशित") == (day >= KT_REDESIGN)
        assert on(FN, "posted", day).startswith("Posted by") == (day < FN_REDESIGN)
        assert on(IE, "posted", day).startswith("Posted on") == (day < IE_REDESIGN)
        assert on(BC, "fecha", day).startswith("Publicado") == (day < BC_REDESIGN)
        assert on(ML, "dated", day).startswith(day.strftime("%A")) == (day >= ML_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_issue_numbers_turn_every_week_but_not_in_breaks() -> None:
    first, last = every_day()[1], every_day()[-1]
    for domain, family, launch, weekday, skip in WEEKLY:
        out = {day for day in issue_days(launch, weekday, skip) if first <= day <= last}
        assert changes(domain, family) == out, (domain, family)
        assert all(day.weekday() == weekday for day in out), domain
        numbers = [int(m[1]) for day in sorted(out)
                   if (m := re.search(r"(\d+)", on(domain, family, day)))]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), domain
    assert not any(day.month == 8 for day in changes(PS, "numero"))
    assert not any((7, 14) <= (day.month, day.day) <= (8, 31) for day in changes(BF, "numero"))
    assert not any(carnival_tuesday(day.year) - day == one for day in changes(CP, "edicao"))
    assert not any(day.month == 1 and day.day <= 10 for day in changes(ZP, "vypusk"))
    assert not any((day.month, day.day) >= (12, 20) for day in changes(ML, "issue"))
    # A year of letters: 2019 began and ended on a Tuesday; fewer with a long break.
    assert len([day for day in changes(LM, "issue") if day.year == 2019]) == 53
    # 52 Fridays in 2019 less the seven from 19 July to 30 August.
    assert len([day for day in changes(BF, "numero") if day.year == 2019]) == 45


def test_lines_that_turn_by_day_and_month() -> None:
    assert changes(KK, "stand") == frozenset(every_day()[1:])
    assert kk_members(d(2020, 6, 1)) > 2 * kk_members(d(2017, 5, 1))
    drive = changes(FN, "drive")
    assert {day for day in drive if day.month == 11} == {
        d(y, 11, k) for y in range(2015, 2021) for k in range(1, 31)}
    assert drive - {day for day in drive if day.month == 11} == {
        d(y, 12, 1) for y in range(2015, 2021)}
    assert "$7,500" in on(FN, "drive", d(2020, 11, 3)) and "Day 3 of" in on(FN, "drive",
                                                                             d(2020, 11, 3))
    for domain, family, table in MONTHLY:
        days = changes(domain, family)
        prices = {iso(start) for start, _ in table}
        assert len(days) >= 60 and all(day.day == 1 or day in prices for day in days), family
    assert changes(BF, "acces") <= {BF_ABONNEMENT} | {day for day in every_day() if day.day == 1}
    nexts = changes(IE, "next")
    for day in every_day()[1:]:
        if ie_posting_day(day) and not ie_hiatus(day - one):
            assert day in nexts, day
        elif not ie_hiatus(day) and not ie_hiatus(day - one):
            assert day not in nexts, day
        if ie_hiatus(day):
            assert "resume" in on(IE, "next", day), day


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2017, 2021):
        assert f"Black Friday {y}" in on(LM, "thanks", black_friday(y) + 3 * one), y
    assert found(LM, "thanks", r"turns (\d+) this week") == {"4", "5", "6"}
    assert "Election week 2020" in on(LM, "thanks", d(2020, 11, 6))
    assert "unlocked" in on(LM, "thanks", d(2020, 4, 1))
    for y in range(2015, 2020):
        assert f"Día del Libro {y}" in on(PS, "aviso", d(y, 4, 23)), y
    assert "estado de alarma" in on(PS, "aviso", ESTADO_DE_ALARMA[1])
    assert "domingo 6 de septiembre" in on(PS, "aviso", d(2020, 8, 31))
    assert "Reyes 2020" in on(PS, "aviso", d(2020, 1, 6))
    assert "Abgeordnetenhauswahl am 18. September" in on(KK, "aufruf", d(2016, 9, 10))
    assert "Bundestagswahl am 24. September" in on(KK, "aufruf", d(2017, 9, 24))
    assert "Sommerpause" in on(KK, "aufruf", d(2019, 8, 16))
    assert "Jahresendaktion 2018" in on(KK, "aufruf", d(2018, 12, 31))
    assert "Corona" in on(KK, "aufruf", d(2020, 4, 1))
    assert "second tour" in on(BF, "appel", d(2017, 5, 7))
    assert "vendredi 4 septembre" in on(BF, "appel", d(2020, 8, 1))
    assert found(BF, "appel", r"31 décembre (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "Confinement" in on(BF, "appel", d(2020, 4, 20))
    for y, (first, second) in ELEICOES.items():
        assert f"Eleições {y}" in on(CP, "apoio", iso(first)), y
        assert f"Eleições {y}" in on(CP, "apoio", iso(second)), y
    assert found(CP, "apoio", r"Carnaval (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "Câmara" in on(CP, "apoio", d(2016, 4, 17)) and "Senado" in on(CP, "apoio",
                                                                          d(2016, 8, 31))
    for y, (first, _) in NON_FICTION.items():
        assert f"non/fiction {y}" in on(ZP, "obyavlenie", iso(first)), y
        assert f"выпуск — {zp_back(y + 1).day} января" in on(ZP, "obyavlenie", d(y, 12, 31))
    assert "архив" in on(ZP, "obyavlenie", SAMOIZOLYATSIYA[0])
    for y in range(2015, 2021):
        assert f"पुस्तक मेला {y}" in on(KT, "suchna", iso(PUSTAK_MELA[y][0])), y
        assert f"दीपावली विशेषांक {y}" in on(KT, "suchna", iso(DEEPAVALI[y])), y
        assert f"हिंदी दिवस {y}" in on(KT, "suchna", d(y, 9, 14)), y
        assert f"NaNoWriMo {y}" in on(IE, "notice", d(y, 11, 15)), y
        assert f"Hacktoberfest {y}" in on(SN, "notice", d(y, 10, 15)), y
        assert f"Advent of Code {y}" in on(SN, "notice", d(y, 12, 1)), y
    assert "लॉकडाउन" in on(KT, "suchna", d(2020, 4, 1))
    assert found(IE, "notice", r"turns (\d+) on Halloween") == {str(k) for k in range(1, 7)}
    for day, _ in BC_ELECCIONES:
        assert "escrutinio" in on(BC, "aviso", iso(day)), day
    assert "Mundial 2018" in on(BC, "aviso", d(2018, 7, 1))
    assert "Cuarentena" in on(BC, "aviso", ASPO[1]) and "Cuarentena" not in on(
        BC, "aviso", ASPO[1] + one)
    for day in UK_VOTES:
        assert f"Thursday {iso(day).day} {iso(day):%B}" in on(ML, "notice", iso(day)), day
    assert "Back on Thursday 7 January" in on(ML, "notice", d(2020, 12, 25))
    assert "Lockdown" in on(ML, "notice", d(2020, 5, 7))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LM, "byline", LM_REDESIGN, "{author}", "Written by"),
        (LM, "free-note", LM_PAID, "public", "free for everyone"),
        (LM, "thanks", LM_PAID, "get new posts", "support my work"),
        (LM, "paywall", LM_PAID, "Patreon", "$5 a month"),
        (PS, "gratis", PS_PAID, "gratuita", "suscripción"),
        (PS, "aviso", PS_PAID, "reenvíala", "suscriptor de pago"),
        (KK, "frei", KK_STEADY, "zugänglich.", "Mitglieder"),
        (KK, "stand", KK_STEADY, "Dauerauftrag", "Mitglieder finanzieren"),
        (KK, "impressum", KK_DSGVO, "Datenschutz ·", "Cookie-Einstellungen"),
        (BF, "appel", BF_ABONNEMENT, "Tipeee", "abonnés"),
        (BF, "acces", BF_ABONNEMENT, "libre.", "abonnés"),
        (CP, "aberto", CP_PAGO, "leitores", "assinantes"),
        (CP, "exclusivo", CP_PAGO, "Apoia.se", "R$ 12,90"),
        (KT, "sahyog", KT_UPI, "पाठकों के सहयोग", "UPI"),
        (FN, "policy", FN_GDPR, "stay on topic", "privacy policy"),
        (IE, "vote", IE_VOTE, "Top Web Fiction", "Royal Road"),
        (IE, "notice", IE_REDESIGN, "Tuesday and Friday", "Monday, Wednesday and Friday"),
        (BC, "banca", BC_CAFECITO, "Bancá", "cafecito")))
    assert "Pix" not in on(CP, "apoio", CP_PIX - one)
    assert "Pix" in on(CP, "apoio", d(2020, 12, 1))
    assert_groups_reworded(SET, (
        (LM, "dated", ", 20", "min read"),
        (PS, "numero", "Número ", "nº "),
        (KK, "datum", ".20", "Veröffentlicht"),
        (LM, "free-note", "public", "free for everyone"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "Boosty, от 250 ₽" in on(ZP, "podderzhka", LAST_DAY)
    assert changes(KT, "sahyog") == {KT_UPI, d(2019, 4, 1)}
    assert "₹101" in on(KT, "sahyog", d(2020, 1, 1)) and "₹51" in on(KT, "sahyog", QUIET)
    assert changes(BC, "banca") == {d(y, 1, 1) for y in range(2016, 2021)} | {BC_CAFECITO}
    cuotas = [int(m[1]) for start, _ in BC_CUOTA
              if (m := re.search(r"\$ (\d+)", on(BC, "banca", max(iso(start), FIRST_DAY))))]
    assert cuotas == sorted(cuotas) and len(set(cuotas)) == 6
    assert "£3" in on(ML, "members", d(2019, 4, 3)) and "£4" in on(ML, "members", d(2019, 4, 4))
    assert "$900" in on(SN, "cta", d(2020, 6, 1)) and "$250" in on(SN, "cta", QUIET)
    amounts = {m[1] for t in group_lines(SET, LM, "paywall") if (m := re.search(r"(\$\d)", t))}
    assert len(amounts) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (ZP, "podpisatsya", r"[\u0400-\u04ff]"), (ZP, "otkryt", r"[\u0400-\u04ff]"),
        (KT, "lekhak", r"[\u0900-\u097f]"), (KT, "tippani", r"[\u0900-\u097f]"),
        (KK, "teilen", r"Teilen"), (KK, "frei", r"[äöüß]"),
        (PS, "suscribete", r"[íé]"), (BF, "partager", r"Partager"),
        (CP, "comentarios", r"[áéíóúçã]"), (BC, "compartir", r"[íé]")))
    assert any(re.search(r"[а-я]{3}", t) for t in group_lines(SET, ZP, "data"))
    assert any(t.startswith("प्रकाशित") for t in group_lines(SET, KT, "dinank"))
    assert any("Patreon, от $" in t for t in group_lines(SET, ZP, "podderzhka"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LM}/dated", f"{LM}/issue", f"{LM}/previously", f"{LM}/byline",
                         f"{LM}/address", f"{LM}/readers", f"{PS}/fecha", f"{PS}/numero",
                         f"{PS}/lee", f"{KK}/datum", f"{KK}/stand", f"{KK}/kommentare"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LM}/address", f"{LM}/unsubscribe", f"{PS}/licencia", f"{KK}/teilen",
        f"{BF}/partager", f"{ZP}/podelitsya"))
    assert_carried_share(docs, LM, [
        ("dated", 0.85, 0.99), ("issue", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("paywall", 0.05, 0.28), ("thanks", 0.45, 0.75)])
    assert_carried_share(docs, PS, [("fecha", 0.8, 0.98), ("errata", 0.0, 0.12)])
    for fam in (f"{LM}/subscribe", f"{PS}/suscribete", f"{KK}/mitglied", f"{BF}/soutenir"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LM, "previously"), (PS, "lee"), (KT, "padhein"),
                               (FN, "related"), (ML, "business"), (SN, "sponsor"),
                               (IE, "warning")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LM, "correction", 16), (PS, "errata"), (KK, "korrektur"), (BF, "erratum"),
        (CP, "errata"), (ZP, "ispravlenie"), (KT, "sudhar"), (FN, "update"), (IE, "edit"),
        (BC, "fe-de-erratas"), (ML, "correction"), (SN, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LM}/previously", "Previously: "), (f"{PS}/lee", "Lee también: "),
        (f"{KK}/lesenswert", "Auch lesenswert: "), (f"{BF}/lire", "À lire aussi : "),
        (f"{ZP}/chitayte", "Читайте также: ")))
    thoughts = own_title_lines(docs, f"{IE}/thoughts")
    assert thoughts and sum(re.fullmatch(rf"\d+ thoughts on “{re.escape(title)}”", line)
                            is not None for title, line in thoughts) >= 0.85 * len(thoughts)


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LM, "subscribe", "Subscribe now"), (PS, "suscribete", "Suscríbete"),
        (KK, "mitglied", "Jetzt Mitglied werden"), (BF, "soutenir", "Je soutiens"),
        (CP, "assine", "Assine"), (ZP, "podpisatsya", "Подписаться"),
        (KT, "subscribe", "सब्सक्राइब करें"), (IE, "nav-top", "Previous Chapter · Next Chapter")))
    assert_group_values_from_pool(SET, (
        (KK, "rubrik", "rubrik"), (KT, "vidha", "vidha"), (BC, "seccion", "seccion")))
    sponsors = {norm(t).removeprefix("Sponsored by ") for t in group_lines(SET, SN, "sponsor")}
    assert len(sponsors) >= 3


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LM, "subscribe", "Subscribe now"),
        (KK, "teilen", "Teilen: Facebook · Twitter · WhatsApp · E-Mail"),
        (PS, "suscribete", "Suscríbete")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LM: (["comment", "address", "unsubscribe"], 3),
        PS: (["comenta", "licencia", "baja"], 2),
        KK: (["teilen", "kommentare", "impressum"], 3),
        BF: (["partager", "commentaires", "mentions"], 2),
        CP: (["compartilhe", "comentarios", "cancelar"], 2),
        ZP: (["podelitsya", "kommentarii", "otpisatsya"], 2),
        KT: (["share", "tippani", "copyright"], 2),
        FN: (["share", "licence"], 2),
        BC: (["comentarios", "compartir", "licencia"], 2),
        ML: (["reply", "address", "unsubscribe"], 2),
        SN: (["rss", "unsubscribe"], 2)})


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
