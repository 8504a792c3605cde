"""The held-back-186 template set (`tests.bench.heldout_templates_186`): its localised dates
(printed day by day in English with British ordinals, French, Italian, Turkish, Hindi and
Portuguese, several changing form on the day of a redesign), the lines that turn every day,
week and lunation (the Moon's phase and sign, the panchang's tithi and Vikram Samvat year,
the card and the thought of the day, the Mercury-retrograde countdown, weekly horoscopes,
the coming new or full moon), the calendars the banners follow (Mercury retrogrades,
eclipses, yearly horoscopes, sabbats, Navratri, Diwali, Ramadan and the Bayram, Carnival,
Valentine's days, Saint Anthony, Yoga Day, Guru Purnima, the 2020 lockdowns), the
consultation prices and fees that change over the years, the disclaimers reworded, the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_186 import (
    AB_DISCLAIMER,
    AB_NEWSLETTER,
    AB_REDESIGN,
    AB_VOYANCE,
    CO_CONSULTO,
    CO_DISCLAIMER,
    CO_REDESIGN,
    CO_TELEGRAM,
    DIWALI,
    FF_JETON,
    FF_KVKK,
    FF_REDESIGN,
    FIRST_DAY,
    GD_LETTER,
    GD_PHONE,
    GD_READING,
    GD_REDESIGN,
    GURU_PURNIMA,
    JS_DISCLAIMER,
    JS_KUNDLI,
    JS_REDESIGN,
    JS_YOUTUBE,
    LAST_DAY,
    LUNAR_ECLIPSES,
    MERCURY_RETRO,
    MM_CIRCLE,
    MM_DISCLAIMER,
    MM_REDESIGN,
    PA_DISCLAIMER,
    PA_REDESIGN,
    PA_TARO,
    PA_WHATSAPP,
    PT_CONSULTAS,
    RAMAZAN,
    SABBATS,
    SHARAD_NAVRATRI,
    SOLAR_ECLIPSES,
    SP_899,
    SP_CARTA,
    SP_REDESIGN,
    SS2_REDESIGN,
    SS_DISCLAIMER,
    SS_NEWSLETTER,
    SS_PSYCHIC,
    SS_REDESIGN,
    YP_FEES,
    YR_APP,
    YR_DISCLAIMER,
    YR_KAHVE,
    YR_REDESIGN,
    elongation,
    illuminated,
    lunations,
    monday_of,
    moon_sign,
    next_lunation,
    next_retro,
    phase,
    retro_on,
    tithi,
    vikram_samvat,
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

SET = "held-back-186"
SITES = ("Stars and Signs Daily", "Astro Boussole", "Il Cielo di Oggi", "Yıldız Rehberi",
         "ज्योतिष सागर", "Portal dos Astros", "The Gilded Deck", "Gilded Deck",
         "Mindful Moon Collective", "Stella Polare Cartomanzia", "Signos & Sinais",
         "Fal Fincanı", "योग पथ")
SS, AB, CO, YR = ("starsandsignsdaily.com", "astroboussole.fr", "cielodioggi.it",
                  "yildizrehberi.com.tr")
JS, PA, GD, MM = ("jyotishsagar.in", "portaldosastros.com.br", "gildeddeck.co.uk",
                  "mindfulmooncollective.com")
SP, SN, FF, YP = ("stellapolarecartomanzia.it", "signosesinais.pt", "falfincani.com.tr",
                  "yogpath.org.in")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SS, "dated"), (AB, "date"), (CO, "data"), (YR, "tarih"), (JS, "dinank"),
         (PA, "data"), (GD, "posted"), (MM, "dated"), (SP, "data"), (SN, "data"),
         (FF, "tarih"), (YP, "dinank"))
# The lines worked out for the day they are printed on.
EVERY_DAY = ((SS, "sky"), (AB, "lune"), (CO, "luna"), (YR, "ay"), (JS, "panchang"),
             (PA, "lua"), (GD, "card"), (YP, "vichar"))
WEEKLY = ((CO, "settimana"), (YR, "haftalik"), (SN, "semana"))
# The notices that follow calendars.
BANNERS = ((SS, "newsletter"), (AB, "newsletter"), (CO, "avviso"), (YR, "duyuru"),
           (JS, "suchna"), (PA, "aviso"), (GD, "letter"), (MM, "letter"), (SP, "promo"),
           (SN, "aviso"), (FF, "duyuru"), (YP, "sandesh"))
# Amounts in force from given days.
TABLES = ((SS, "psychic", SS_PSYCHIC), (AB, "voyance", AB_VOYANCE), (CO, "consulto", CO_CONSULTO),
          (YR, "kahve", YR_KAHVE), (JS, "kundli", JS_KUNDLI), (PA, "consulta", PA_TARO),
          (GD, "book", GD_READING), (GD, "phone", GD_PHONE), (MM, "circle", MM_CIRCLE),
          (SP, "numero", SP_899), (SP, "carta", SP_CARTA), (SN, "consultas", PT_CONSULTAS),
          (FF, "jeton", FF_JETON), (YP, "shulk", YP_FEES))

QUIET = d(2015, 3, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    SS: "Get your daily horoscope in your inbox every morning. Sign up free.",
    AB: "Recevez votre horoscope chaque matin par e-mail",
    CO: "Ricevi l'oroscopo ogni mattina: iscriviti alla newsletter",
    YR: "Günlük burç yorumunuzu kaçırmamak için bildirimlere izin verin",
    JS: "रोज़ का राशिफल पाने के लिए ज्योतिष सागर का ऐप डाउनलोड करें",
    PA: "Receba o horóscopo do dia no seu e-mail",
    GD: "Join the Gilded Deck circle: a free monthly spread in your inbox",
    MM: "Sign up for our weekly moon letter",
    SP: "Primo consulto? Chiedi il bonus di benvenuto all'operatore",
    SN: "Subscreva a nossa newsletter e receba o horóscopo todas as semanas",
    FF: "Fincanının fotoğrafını çek, falın 30 dakikada gelsin",
    YP: "हर रविवार सुबह 6 बजे निःशुल्क ध्यान सत्र में आप सादर आमंत्रित हैं",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (SS, "retrograde"), (MM, "next-moon")), (
        FIRST_DAY, QUIET, d(2016, 3, 9), d(2017, 6, 21), d(2018, 3, 20), d(2019, 10, 27),
        d(2020, 4, 1), d(2020, 12, 14), LAST_DAY))


def test_the_sky_worked_out_by_day() -> None:
    for text in SOLAR_ECLIPSES:  # a solar eclipse falls at new moon: Amavasya in India
        day = iso(text)
        assert phase(day) == 0 and illuminated(day) <= 2, day
        assert tithi(day) in (28, 29, 0), day
    for text in LUNAR_ECLIPSES:  # a lunar eclipse at full moon: Purnima
        day = iso(text)
        assert phase(day) == 4 and illuminated(day) >= 98, day
        assert tithi(day) in (13, 14, 15), day
    for day_text in DIWALI.values():  # Lakshmi Puja falls on the Amavasya of Kartika
        assert tithi(iso(day_text)) in (27, 28, 29, 0), day_text
    for day_text in GURU_PURNIMA.values():
        assert tithi(iso(day_text)) in (13, 14, 15), day_text
    assert moon_sign(d(2016, 3, 23)) == 6  # the March 2016 full moon was in Libra
    assert 170 <= elongation(d(2016, 3, 23)) <= 190
    in_years = [(day, kind) for day, kind in lunations() if FIRST_DAY <= day < d(2021, 1, 1)]
    news = [day for day, kind in in_years if kind == "New"]
    fulls = [day for day, kind in in_years if kind == "Full"]
    assert len(news) in (74, 75) and len(fulls) in (74, 75)
    assert {iso(t) for t in SOLAR_ECLIPSES} <= set(news)
    assert next_lunation(d(2016, 3, 10)) == (d(2016, 3, 23), "Full")
    assert vikram_samvat(d(2017, 3, 27)) == 2073 and vikram_samvat(d(2017, 3, 28)) == 2074
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert retro_on(d(2017, 1, 1)) == (d(2016, 12, 19), d(2017, 1, 8))
    assert retro_on(d(2017, 1, 8)) is None and next_retro(d(2017, 1, 8)) == d(2017, 4, 9)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SS, "dated", old, r"Posted March 5, 2016 at \d{1,2}:\d\d [AP]M")
    full(SS, "dated", new, "Updated Friday, June 19, 2020")
    full(AB, "date", old, "Samedi 5 mars 2016")
    full(AB, "date", new, rf"Le 19\.06\.2020 – {clock}")
    full(CO, "data", old, "5 marzo 2016")
    full(CO, "data", new, rf"Venerdì 19 giugno 2020 - {clock}")
    full(CO, "settimana", old, "Oroscopo della settimana dal 29 febbraio al 6 marzo 2016")
    full(CO, "settimana", d(2019, 7, 10), "Oroscopo della settimana dall'8 al 14 luglio 2019")
    full(CO, "settimana", d(2019, 12, 31), "Oroscopo della settimana dal 30 dicembre 2019 al "
                                           "5 gennaio 2020")
    full(YR, "tarih", old, rf"05\.03\.2016 - {clock}")
    full(YR, "tarih", new, rf"Güncelleme: 19 Haziran 2020 Cuma {clock}")
    full(YR, "haftalik", new, "Haftalık burç yorumları: 15 Haziran - 21 Haziran 2020")
    full(JS, "dinank", old, "5 मार्च 2016")
    full(JS, "dinank", new, r"प्रकाशित: 19 जून 2020 \| शुक्रवार")
    full(JS, "panchang", d(2019, 10, 27), "आज का पंचांग: कृष्ण पक्ष (चतुर्दशी|अमावस्या), विक्रम "
                                          "संवत 2076 \\| चंद्रमा (कन्या|तुला) राशि में")
    full(PA, "data", old, rf"05/03/2016 às {clock}")
    full(PA, "data", new, "Atualizado em 19 de junho de 2020")
    full(GD, "posted", old, "Posted on 5th March 2016")
    full(GD, "posted", d(2017, 10, 22), "Posted on 22nd October 2017")
    full(GD, "posted", new, "Friday 19 June 2020")
    full(MM, "dated", old, "March 5, 2016")
    full(MM, "dated", new, r"JUNE 19, 2020 · \d+ min read")
    full(SP, "data", old, "Pubblicato il 05/03/2016")
    full(SP, "data", new, "venerdì 19 giugno 2020")
    full(SN, "data", old, "5 de março de 2016")
    full(SN, "data", new, rf"19-06-2020 {clock}")
    full(SN, "semana", new, "Horóscopo semanal de 15 de junho a 21 de junho")
    full(FF, "tarih", old, "5 Mart 2016")
    full(FF, "tarih", new, "Cuma, 19 Haziran 2020")
    full(YP, "dinank", new, "19 जून 2020")
    full(SS, "sky", d(2016, 3, 23), "🌕 Today's sky: Full Moon in Libra · 100% illuminated")
    full(AB, "lune", d(2016, 3, 23), "Lune du jour : Pleine lune en Balance \\(100 %\\)")
    full(CO, "luna", d(2016, 3, 23), "La Luna oggi: Luna piena in Bilancia")
    full(YR, "ay", d(2016, 3, 23), "🌙 Ay bugün Terazi burcunda")
    full(PA, "lua", d(2016, 3, 24), "🌙 Lua de hoje: Lua Cheia em (Libra|Escorpião)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SS, "dated", day).startswith("Updated") == (day >= SS_REDESIGN)
        assert on(AB, "date", day).startswith("Le ") == (day >= AB_REDESIGN)
        assert ("{time}" in on(CO, "data", day)) == (day >= CO_REDESIGN)
        assert on(YR, "tarih", day).startswith("Güncelleme") == (day >= YR_REDESIGN)
        assert on(JS, "dinank", day).startswith("प्रकाशित") == (day >= JS_REDESIGN)
        assert on(PA, "data", day).startswith("Atualizado") == (day >= PA_REDESIGN)
        assert on(GD, "posted", day).startswith("Posted on") == (day < GD_REDESIGN)
        assert ("min read" in on(MM, "dated", day)) == (day >= MM_REDESIGN)
        assert on(SP, "data", day).startswith("Pubblicato") == (day < SP_REDESIGN)
        assert ("{time}" in on(SN, "data", day)) == (day >= SS2_REDESIGN)
        assert ("," in on(FF, "tarih", day)) == (day >= FF_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_lunation() -> None:
    days = len(every_day())
    for domain, family in EVERY_DAY:
        # The Moon changes sign every two or three days, its phase and share every day.
        assert len(changes(domain, family)) >= 0.4 * days, (domain, family)
    assert len(changes(SS, "sky")) >= 0.9 * days and len(changes(JS, "panchang")) >= 0.9 * days
    for domain, family in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly), domain
    retro = changes(SS, "retrograde")
    for first, direct in MERCURY_RETRO[1:-2]:
        span = {iso(first) + k * one for k in range((iso(direct) - iso(first)).days + 1)}
        assert span <= retro, first
    assert "day 1 of 24" in on(SS, "retrograde", d(2016, 4, 28))
    assert "Next retrograde: April 9, 2017" in on(SS, "retrograde", d(2017, 1, 20))
    moons = changes(MM, "next-moon")
    assert moons == {day + one for day, _ in lunations() if FIRST_DAY <= day < d(2020, 12, 31)}
    assert found(JS, "panchang", r"विक्रम संवत (\d{4})") == {str(y) for y in range(2071, 2078)}
    cards = {re.sub(r", (upright|reversed)$", "", t.split(": ", 1)[1])
             for t in (on(GD, "card", day) for day in every_day())}
    assert len(cards) == 22
    assert len({on(YP, "vichar", day) for day in every_day()}) == 10


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, _ in MERCURY_RETRO[1:-1]:
        day = iso(first) + 2 * one
        if day.month != 12 and (day.month, day.day) > (1, 10):  # the yearly horoscope's
            assert "Mercury retrograde survival guide" in on(SS, "newsletter", day) or (
                "eclipse" in on(SS, "newsletter", day)), first
            assert "Mercure rétrograde" in on(AB, "newsletter", day) or (
                d(2020, 3, 17) <= day <= d(2020, 5, 10)), first
            assert "Mercúrio retrógrado" in on(PA, "aviso", day) or day.month in (2, 6), first
    for text in SOLAR_ECLIPSES + LUNAR_ECLIPSES:
        day = iso(text)
        assert "eclipse" in on(SS, "newsletter", day), day
        assert "ग्रहण" in on(JS, "suchna", day), day
        assert "Eclipse portal" in on(MM, "letter", day), day
    assert "lunar eclipse" in on(SS, "newsletter", d(2018, 7, 27))
    assert "सूर्य ग्रहण 26 दिसंबर 2019" in on(JS, "suchna", d(2019, 12, 24))
    for y in range(2015, 2021):
        assert f"Your {y + 1} horoscope" in on(SS, "newsletter", d(y, 12, 5)), y
        assert f"Horoscope {y + 1}" in on(AB, "newsletter", d(y, 12, 20)), y
        assert f"Oroscopo {y + 1}" in on(CO, "avviso", d(y, 12, 20)), y
        assert f"Previsões {y + 1}" in on(PA, "aviso", d(y, 12, 20)), y
        assert f"Horóscopo {y + 1}" in on(SN, "aviso", d(y, 12, 20)), y
        assert f"Carnaval {y}" in on(PA, "aviso", carnival_tuesday(y)), y
        assert f"Dia dos Namorados {y}" in on(PA, "aviso", d(y, 6, 12)), y
        assert f"Santo António {y}" in on(SN, "aviso", d(y, 6, 13)), y
        assert f"San Valentino {y}" in on(SP, "promo", d(y, 2, 14)), y
        assert f"Sevgililer Günü {y}" in on(FF, "duyuru", d(y, 2, 14)), y
        assert f"Le carte per il {y + 1}" in on(SP, "promo", d(y, 12, 31)), y
        assert f"{y + 1} senin için" in on(FF, "duyuru", d(y, 12, 31)), y
        assert f"Set your intentions for {y + 1}" in on(MM, "letter", d(y, 12, 31)) or (
            "eclipse" in on(MM, "letter", d(y, 12, 31))), y
        first, bayram = RAMAZAN[y]
        assert f"{y} Ramazan" in on(YR, "duyuru", iso(first)), y
        assert "İyi bayramlar" in on(YR, "duyuru", iso(bayram)), y
        assert f"शारदीय नवरात्रि {y}" in on(JS, "suchna", iso(SHARAD_NAVRATRI[y])), y
        assert f"दिवाली {y}" in on(JS, "suchna", iso(DIWALI[y])), y
        assert f"मकर संक्रांति {y}" in on(JS, "suchna", d(y, 1, 14)) or y == 2019, y
        assert f"गुरु पूर्णिमा {y}" in on(YP, "sandesh", iso(GURU_PURNIMA[y])) or y == 2020, y
        assert f"अंतरराष्ट्रीय योग दिवस {y}" in on(YP, "sandesh", d(y, 6, 21)) or y == 2020, y
        for md, name in SABBATS:
            assert f"{name} falls on" in on(GD, "letter", iso(f"{y}-{md}")), (y, name)
    assert "सूर्य ग्रहण 6 जनवरी 2019" in on(JS, "suchna", d(2019, 1, 5))
    assert "Confinement" in on(AB, "newsletter", d(2020, 4, 1))
    assert "#iorestoacasa" in on(CO, "avviso", d(2020, 4, 1))
    assert "Fique em casa" in on(SN, "aviso", d(2020, 4, 1))
    assert "लॉकडाउन" in on(YP, "sandesh", d(2020, 6, 21))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SS, "byline", SS_REDESIGN, "By {author}", "{author_beat}"),
        (SS, "entertainment", SS_DISCLAIMER, "purposes only.", "professional advice"),
        (SS, "newsletter", SS_NEWSLETTER, "every morning", "tomorrow's"),
        (AB, "auteur", AB_REDESIGN, "Par {author}", "astrologue"),
        (AB, "divertissement", AB_DISCLAIMER, "à titre indicatif", "médecin"),
        (AB, "newsletter", AB_NEWSLETTER, "chaque matin par", "inscrivez-vous"),
        (CO, "firma", CO_REDESIGN, "di {author}", "A cura di"),
        (CO, "intrattenimento", CO_DISCLAIMER, "carattere", "professionista"),
        (CO, "avviso", CO_TELEGRAM, "newsletter", "Telegram"),
        (YR, "yazar", YR_REDESIGN, "{author}", "Yazar:"),
        (YR, "uyari", YR_DISCLAIMER, "genel niteliktedir", "fal içerikleri"),
        (YR, "duyuru", YR_APP, "bildirimlere", "Uygulamamızı"),
        (JS, "asvikaran", JS_DISCLAIMER, "पुष्टि", "विशेषज्ञ"),
        (JS, "suchna", JS_YOUTUBE, "ऐप", "यूट्यूब"),
        (PA, "autor", PA_REDESIGN, "Por {author}", "| Portal dos Astros"),
        (PA, "entretenimento", PA_DISCLAIMER, "O horóscopo", "simpatias"),
        (PA, "aviso", PA_WHATSAPP, "e-mail", "WhatsApp"),
        (GD, "letter", GD_LETTER, "monthly spread", "every new moon"),
        (MM, "medical", MM_DISCLAIMER, "not medical advice.", "licensed"),
        (FF, "gizlilik", FF_KVKK, "Gizlilik", "KVKK"),
        (GD, "phone", iso("2015-07-01"), "BT landline", "access charge"),
        (AB, "voyance", iso("2015-10-01"), "TTC/min", "Service 0,80 €/min + prix appel")))
    assert_groups_reworded(SET, (
        (SS, "dated", "Posted ", "Updated "),
        (SS, "byline", "By ", " · "),
        (AB, "date", "di", "Le "),
        (CO, "data", " 20", " - "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "24,90 TL" in on(YR, "kahve", d(2018, 9, 1)) and "14,90 TL" in on(YR, "kahve",
                                                                             d(2018, 8, 31))
    assert "₹2,100" in on(JS, "kundli", d(2020, 12, 1))
    assert "£1.80 per minute" in on(GD, "phone", d(2020, 1, 1))
    assert "Zoom" in on(MM, "circle", d(2020, 3, 16)) and "$25" in on(MM, "circle",
                                                                     d(2020, 3, 15))
    prices = {m[1] for t in group_lines(SET, SS, "psychic")
              if (m := re.search(r"then (\$[\d.]+) a minute", norm(t)))}
    assert len(prices) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (JS, "asvikaran", r"[\u0900-\u097f]"), (JS, "panchang", r"[\u0900-\u097f]"),
        (JS, "vigyapan", r"[\u0900-\u097f]"), (YP, "savdhani", r"[\u0900-\u097f]"),
        (YR, "uyari", r"[ğışİçöü]"), (FF, "eglence", r"[ğışçöü]"),
        (AB, "divertissement", r"[éèàê]"), (CO, "data", r"[a-z]"),
        (PA, "entretenimento", r"[áãçéó]"), (SN, "ludico", r"[áãçéú]")))
    panchang = group_lines(SET, JS, "panchang")
    assert any("शुक्ल पक्ष" in t for t in panchang) and any("कृष्ण पक्ष" in t for t in panchang)
    assert any(re.search(r"(1st|2nd|3rd|\dth) ", t) for t in group_lines(SET, GD, "posted"))
    assert any(t.startswith("🌙 Ay bugün") for t in group_lines(SET, YR, "ay"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SS}/dated", f"{SS}/byline", f"{SS}/read-next", f"{SS}/kicker",
                         f"{SS}/signbox", f"{SS}/copyright", f"{SS}/sky", f"{AB}/date",
                         f"{AB}/decouvrir", f"{CO}/data", f"{CO}/leggi"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SS}/publisher", f"{SS}/copyright", f"{SS}/advert", f"{AB}/editeur",
        f"{AB}/copyright", f"{CO}/testata", f"{CO}/copyright"))
    assert_carried_share(docs, SS, [
        ("dated", 0.8, 0.98), ("read-next", 0.5, 0.85), ("editors-note", 0.0, 0.1),
        ("retrograde", 0.05, 0.3), ("entertainment", 0.4, 0.7)])
    assert_carried_share(docs, AB, [("date", 0.7, 0.97), ("sponsorise", 0.0, 0.15)])
    for fam in (f"{SS}/read-next", f"{SS}/advert", f"{AB}/publicite", f"{CO}/pubblicita"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SS, "signbox"), (AB, "voyance"), (CO, "luna"), (YR, "burc"),
                               (JS, "shubh"), (PA, "consulta"), (GD, "deck"), (MM, "code")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SS, "editors-note", 16), (AB, "erratum"), (CO, "rettifica"), (YR, "duzeltme"),
        (JS, "sanshodhan"), (PA, "errata"), (GD, "update"), (MM, "correction"),
        (SP, "aggiornamento"), (SN, "errata"), (FF, "duzeltme"), (YP, "sudhar")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SS}/read-next", "Read next: "), (f"{AB}/decouvrir", "➜ À découvrir aussi : "),
        (f"{CO}/leggi", "LEGGI ANCHE: "), (f"{YR}/ilginizi", "İlginizi çekebilir: "),
        (f"{JS}/ye-bhi", "ये भी पढ़ें - "), (f"{PA}/leia", "Leia também: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SS, "advert", "Advertisement"), (AB, "publicite", "PUBLICITÉ"),
        (CO, "pubblicita", "Pubblicità"), (YR, "reklam", "Reklam"), (JS, "vigyapan", "विज्ञापन"),
        (PA, "publicidade", "Publicidade"), (SN, "pub", "PUB")))
    assert_group_values_from_pool(SET, (
        (SS, "kicker", "kicker"), (SS, "signbox", "signbox"), (AB, "rubrique", "rubrique"),
        (CO, "categoria", "categoria"), (YR, "kategori", "kategori"),
        (JS, "shreni", "shreni"), (PA, "editoria", "editoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SS, "advert", "Advertisement"),
        (AB, "publicite", "PUBLICITÉ"),
        (CO, "pubblicita", "Pubblicità")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SS: (["publisher", "copyright"], 2),
        AB: (["editeur", "copyright"], 2),
        CO: (["testata", "copyright"], 2),
        YR: (["kunye", "telif"], 2),
        PA: (["expediente", "copyright"], 2),
        GD: (["tags", "comments", "letter", "copyright"], 3),
        SP: (["gestore", "copyright"], 2),
        SN: (["copyright", "estatuto"], 1),
        YP: (["sampark", "copyright"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
    for domain, family in DAILY + EVERY_DAY + WEEKLY:
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
