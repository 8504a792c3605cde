"""The held-back-184 template set (`tests.bench.heldout_templates_184`): its localised air
dates (printed day by day in American English with Central standard and daylight time,
British English, Spanish of Spain with CET and CEST and of Mexico, German, French with
"1er", Brazilian and European Portuguese, Dutch and Flemish, several changing form on the
day of a redesign), the episode numbers that turn every week or fortnight (and the series
that restart each year), the running times and "available until" dates that turn every day,
the transcript, listen-on and subscribe notices reworded on their days, the calendars some
notices follow (fund drives, Giving Tuesday, Thanksgiving, election nights, lockdowns,
Carnival, the World Cup, Koningsdag, Sinterklaas, the Fête de la musique, São João, Día de
Muertos, the Chaos Communication Congress, the Edinburgh Fringe, Christmas and year-end
shows), the membership and fee amounts that change over the years, the pools, the
multi-line credits blocks, the variation it promises and the hard negatives of its corpus
actually occur.

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

from tests.bench.heldout_calendar import (
    carnival_tuesday,
    last_weekday,
    nth_weekday,
    thanksgiving,
)
from tests.bench.heldout_templates_184 import (
    CONGRESS,
    CP_APOIO,
    CP_AUTO,
    CP_LAUNCH,
    CP_REDESIGN,
    CP_SPOTIFY,
    ELECCIONES_ES,
    ELEICOES_BR,
    ELEICOES_PT,
    FIRST_DAY,
    FRINGE,
    HAFENGEBURTSTAG,
    INTOCHT,
    KK_LAUNCH,
    KK_REDESIGN,
    KK_STEUN,
    KP_AUTO,
    KP_REDESIGN,
    KP_SCHEDULE,
    KS_APPS,
    KS_AUTO,
    KS_LAUNCH,
    KS_MASTODON,
    KS_REDESIGN,
    KS_SUPPORT,
    LAST_DAY,
    LI_LAUNCH,
    LI_LOCKDOWN,
    LI_PATREON,
    LI_REDESIGN,
    LT_APPLE,
    LT_AUTO,
    LT_GOOGLE,
    LT_LAUNCH,
    LT_PLUS,
    LT_REDESIGN,
    LT_SPOTIFY,
    OC_AUTO,
    OC_PODCAST,
    OC_REDESIGN,
    OK_APP,
    OK_APPS,
    OK_AUTO,
    OK_REDESIGN,
    RM_AUTO,
    RM_PODCAST,
    RM_REDESIGN,
    RM_SPOTIFY,
    RM_WHATSAPP,
    RR_AUTO,
    RR_REDESIGN,
    RUNDFUNKBEITRAG,
    SR_AUTO,
    SR_HORARIO,
    SR_PODCAST,
    SR_REDESIGN,
    US_ELECTIONS,
    WN_APPS,
    WN_AUTO,
    WN_REDESIGN,
    WN_TELEMEDIEN,
    YEARS,
    clock,
    drive_days,
    episode,
    eu_summer,
    french_day,
    giving_tuesday,
    us_summer,
    years_on,
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

SET = "held-back-184"
SITES = ("Long Table Audio", "Kestrel Public Radio", "Radio Meseta", "Welle Nordhafen",
         "Ondes Claires", "Café com Prosa", "Omroep Kustlicht", "The Lock-In",
         "Sobremesa Radio", "Kabelsalat", "Rádio Ribeira", "Klankkast")
LT, KP, RM, WN = ("longtableaudio.com", "kestrelradio.org", "radiomeseta.es",
                  "wellenordhafen.de")
OC, CP, OK, LI = ("ondesclaires.fr", "cafecomprosa.com.br", "omroepkustlicht.nl",
                  "lockinpodcast.co.uk")
SR, KS, RR, KK = ("sobremesaradio.mx", "kabelsalat-podcast.de", "radioribeira.pt",
                  "klankkast.be")

d = dt.date
one = dt.timedelta(days=1)

# The air dates printed day by day (every one from the first day).
DAILY = ((KP, "dated"), (RM, "fecha"), (WN, "datum"), (OC, "date"), (OK, "datum"),
         (SR, "fecha"), (RR, "data"))
# The episode lines: (style, family, launch, days between episodes, redesign day).
EPISODES = ((LT, "episode", LT_LAUNCH, 7, LT_REDESIGN),
            (CP, "episodio", CP_LAUNCH, 7, CP_REDESIGN),
            (LI, "episode", LI_LAUNCH, 7, LI_REDESIGN),
            (KS, "folge", KS_LAUNCH, 14, KS_REDESIGN),
            (KK, "aflevering", KK_LAUNCH, 7, KK_REDESIGN))
# The running times of the day's programme or segment, and "available until".
EVERY_DAY = ((RM, "duracion"), (WN, "dauer"), (OC, "duree"), (OK, "luister"),
             (WN, "verfuegbar"))
# The notices that follow calendars.
BANNERS = ((LT, "notice"), (KP, "support"), (RM, "aviso"), (WN, "hinweis"), (OC, "grille"),
           (CP, "calendario"), (OK, "agenda"), (LI, "live"), (SR, "aviso"), (KS, "hinweis"),
           (RR, "aviso"))
# Amounts in force from given days.
TABLES = ((LT, "membership", LT_PLUS), (WN, "beitrag", RUNDFUNKBEITRAG),
          (CP, "apoie", CP_APOIO), (LI, "patreon", LI_PATREON),
          (KS, "unterstuetzen", KS_SUPPORT), (KK, "steun", KK_STEUN))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    LT: "New episodes every Monday. Subscribe so you never miss one.",
    KP: "Kestrel Public Radio is listener-supported. Become a sustaining member for $5 a "
        "month.",
    RM: "Radio Meseta: en el 98.4 FM, en la app y en radiomeseta.es",
    WN: "Welle Nordhafen hören: UKW 94,2 · DAB+ · Livestream",
    OC: "Ondes Claires, la radio des idées, sur le 92.7 FM et en DAB+",
    CP: "Episódios novos toda sexta-feira",
    OK: "Omroep Kustlicht: radio op 105,3 FM en via DAB+",
    LI: "Got a question for the quiz round? Email quiz@lockinpodcast.co.uk",
    SR: "Sobremesa Radio: la plática de después de comer",
    KS: "Neue Folge alle zwei Wochen, immer dienstags.",
    RR: "Rádio Ribeira, 97.1 FM: a rádio do vale",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, *_ in EPISODES + TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 24), d(2018, 9, 10), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert episode(d(2012, 9, 3), LT_LAUNCH, 7) == (1, d(2012, 9, 3))
    assert episode(d(2012, 9, 16), LT_LAUNCH, 7) == (2, d(2012, 9, 10))
    assert episode(d(2011, 4, 18), KS_LAUNCH, 14) == (1, d(2011, 4, 5))
    assert episode(d(2011, 4, 19), KS_LAUNCH, 14) == (2, d(2011, 4, 19))
    assert [launch.weekday() for _, _, launch, _, _ in EPISODES] == [0, 4, 3, 1, 2]
    assert clock(3 * 3600 + 4 * 60 + 5, hours=True) == "3:04:05" and clock(3725) == "62:05"
    assert us_summer(d(2019, 3, 10)) and not us_summer(d(2019, 3, 9))
    assert not us_summer(d(2019, 11, 3)) and us_summer(d(2019, 11, 2))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 3, 30))
    assert not eu_summer(d(2019, 10, 27)) and eu_summer(d(2019, 10, 26))
    assert years_on(d(2016, 2, 29), 1) == d(2017, 2, 28) and years_on(d(2019, 6, 3), 2) == d(
        2021, 6, 3)
    assert french_day(d(2019, 10, 1)) == "1er" and french_day(d(2019, 10, 2)) == "2"
    assert giving_tuesday(2019) == d(2019, 12, 3) and giving_tuesday(2016) == d(2016, 11, 29)
    assert [first for first, _, _ in drive_days(2018)] == [d(2018, 3, 6), d(2018, 10, 2)]
    assert all(iso(day).weekday() == 5 for day in INTOCHT)


def test_localised_dates_and_times() -> None:
    old, new, winter, first = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7), d(2019, 10, 1)
    hm, hm12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LT, "episode", old, r"Episode \d+ \| 2/29/2016 \| \d\d:\d\d")
    full(LT, "episode", new, r"EPISODE \d+ · June 15, 2020 · \d\d:\d\d")
    full(KP, "dated", old, "Originally aired March 5, 2016")
    full(KP, "dated", new, rf"Published June 19, 2020 at {hm12} CDT")
    full(KP, "dated", winter, rf"Published December 7, 2020 at {hm12} CST")
    full(RM, "fecha", old, rf"05/03/2016 - {hm}")
    full(RM, "fecha", new, rf"Viernes, 19 de junio de 2020 · {hm} h CEST")
    full(RM, "fecha", winter, rf"Lunes, 7 de diciembre de 2020 · {hm} h CET")
    full(RM, "duracion", new, r"Duración: [12]:\d\d:\d\d")
    full(WN, "datum", old, r"Sendung vom 05\.03\.2016")
    full(WN, "datum", new, rf"Freitag, 19\.06\.2020, {hm} Uhr")
    full(WN, "dauer", new, r"Dauer: \d+:\d\d Min\.")
    full(WN, "verfuegbar", old, r"Audio verfügbar bis 05\.03\.2017")
    full(WN, "verfuegbar", new, r"Audio verfügbar bis 19\.06\.2022")
    full(OC, "date", old, "Émission du 05/03/2016")
    full(OC, "date", new, "Vendredi 19 juin 2020")
    full(OC, "date", first, "Mardi 1er octobre 2019")
    full(OC, "duree", new, r"\d\d min")
    full(CP, "episodio", old, r"#\d+ – 04/03/2016")
    full(CP, "episodio", new, r"Episódio \d+ · 19 de junho de 2020 · \dh\d\dmin")
    full(OK, "datum", old, rf"05-03-2016 {hm}")
    full(OK, "datum", new, rf"vr 19 jun 2020, {hm}")
    full(OK, "luister", new, r"Beluister het fragment \(\d+:\d\d\)")
    full(LI, "episode", old, r"Episode \d+ – 3 March 2016")
    full(LI, "episode", new, "Series 7, episode 25 · 18 Jun 2020")
    full(SR, "fecha", old, "Ciudad de México, 5 de marzo de 2016")
    full(SR, "fecha", new, rf"Viernes 19/06/2020 · {hm} h \(tiempo del centro\)")
    full(KS, "folge", old, r"KS\d{3} – Folge vom \d\d\.0[23]\.2016")
    full(KS, "folge", new, r"KS\d{3} · \d+\. Juni 2020 · Laufzeit [123]:\d\d:\d\d")
    full(RR, "data", old, rf"05-03-2016 \| {hm}")
    full(RR, "data", new, rf"19 de junho de 2020, {hm}")
    full(KK, "aflevering", old, r"Aflevering \d+ – 2 maart 2016")
    full(KK, "aflevering", new, r"#\d+ · wo 17 juni 2020 · \d+ min")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[-1:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(KP, "dated", day).startswith("Published") == (day >= KP_REDESIGN)
        if day >= KP_REDESIGN:
            assert on(KP, "dated", day).endswith("CDT" if us_summer(day) else "CST")
        if day >= RM_REDESIGN:
            assert on(RM, "fecha", day).endswith("CEST" if eu_summer(day) else "CET")
        else:
            assert on(RM, "fecha", day).endswith(" - {time}")
        assert ("Uhr" in on(WN, "datum", day)) == (day >= WN_REDESIGN)
        assert on(OC, "date", day).startswith("Émission") == (day < OC_REDESIGN)
        assert ("1er" in on(OC, "date", day)) == (day >= OC_REDESIGN and day.day == 1)
        assert on(OK, "datum", day)[:2].isalpha() == (day >= OK_REDESIGN)
        assert on(SR, "fecha", day).startswith("Ciudad de México") == (day < SR_REDESIGN)
        assert (" de " in on(RR, "data", day)) == (day >= RR_REDESIGN)
    for key, texts in seen.items():  # a year on from 28 and 29 February is the same day
        assert len(texts) == len(every_day()) - 2 * (key == (WN, "verfuegbar")), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_episode_numbers_turn_every_week() -> None:
    for style, family, launch, every, redesign in EPISODES:
        turned = sorted(changes(style, family))
        assert all((day - launch).days % every == 0 for day in turned), style
        assert len(turned) >= 6 * 365 // every - 2, style
        numbers = [int(re.search(r"(?:#|Episode |EPISODE |Episódio |KS|Aflevering )(\d+)",
                                 on(style, family, day))[1])
                   for day in turned if day < redesign or style != LI]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), style
        assert on(style, family, redesign) != on(style, family, redesign - one)
    # The pub podcast's series and episode within the series restart each January.
    assert on(LI, "episode", LI_REDESIGN).startswith("Series 6, episode 2 ·")
    assert on(LI, "episode", nth_weekday(2020, 1, 3, 1)).startswith("Series 7, episode 1 ·")
    assert on(LI, "episode", d(2019, 12, 26)).startswith("Series 6, episode 52")
    # Running times belong to the episode: the same all week.
    assert on(LT, "episode", d(2019, 5, 6)) == on(LT, "episode", d(2019, 5, 12))


def test_running_times_and_available_until_turn_every_day() -> None:
    for style, family in EVERY_DAY:
        assert len(changes(style, family)) >= 0.8 * len(every_day()), (style, family)
    leap_days = {d(2016, 2, 29), d(2020, 2, 29)}
    assert changes(WN, "verfuegbar") == set(every_day()[1:]) - leap_days
    for day in every_day():
        years = 1 if day < WN_TELEMEDIEN else 2
        until = years_on(day, years)
        assert on(WN, "verfuegbar", day).endswith(f"{until.day:02d}.{until.month:02d}."
                                                  f"{until.year}")
    lengths = [int(m[1]) for t in group_lines(SET, OC, "duree") if (m := re.match(r"(\d+)", t))]
    assert lengths and min(lengths) >= 24 and max(lengths) <= 59


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in YEARS:
        assert "Thanksgiving" in on(LT, "notice", thanksgiving(y)), y
        assert f"Best of {y}" in on(LT, "notice", d(y, 12, 20)), y
        for first, end, season in drive_days(y):
            assert f"{season} Fund Drive" in on(KP, "support", first), (y, season)
            assert f"{season} Fund Drive" in on(KP, "support", end - one), (y, season)
        assert "Giving Tuesday" in on(KP, "support", giving_tuesday(y)), y
        assert f"Campanadas {y + 1}" in on(RM, "aviso", d(y, 12, 28)), y
        assert f"Verano {y}" in on(RM, "aviso", d(y, 7, 15)), y
        assert f"Weihnachtswunschkonzert {y}" in on(WN, "hinweis", d(y, 12, 22)), y
        assert f"Fête de la musique {y}" in on(OC, "grille", d(y, 6, 21)), y
        back = last_weekday(y, 8, 0)
        assert f"retour le lundi {back.day} août" in on(OC, "grille", back - one), y
        assert "pause" not in on(OC, "grille", back), y
        assert f"Carnaval {y}" in on(CP, "calendario", carnival_tuesday(y)), y
        assert f"janeiro de {y + 1}" in on(CP, "calendario", d(y, 12, 28)), y
        assert f"Kustlicht Top 500 van {y}" in on(OK, "agenda", d(y, 12, 27)), y
        assert f"{y} Christmas special" in on(LI, "live", d(y, 12, 20)), y
        assert f"Día de Muertos {y}" in on(SR, "aviso", d(y, 11, 1)), y
        assert f"São João {y}" in on(RR, "aviso", d(y, 6, 23)), y
        assert "Sommerpause" in on(KS, "hinweis", d(y, 8, 1)), y
        if y < 2020:
            assert f"Koningsdag {y}" in on(OK, "agenda", d(y, 4, 27)), y
    for day in US_ELECTIONS:
        assert "Election night" in on(LT, "notice", iso(day)), day
        assert "Election night" in on(KP, "support", iso(day)), day
    for day in ELECCIONES_ES:
        assert f"Noche electoral del {iso(day).day} de" in on(RM, "aviso", iso(day)), day
    for day, name in ELEICOES_BR.items():
        assert name in on(CP, "calendario", iso(day)), day
    for day, name in ELEICOES_PT.items():
        assert name in on(RR, "aviso", iso(day)), day
    for first, last in HAFENGEBURTSTAG:
        assert f"Hafengeburtstag {first[:4]}" in on(WN, "hinweis", iso(first)), first
        assert f"Hafengeburtstag {first[:4]}" in on(WN, "hinweis", iso(last)), first
    for day in INTOCHT:
        assert f"zaterdag {iso(day).day} november" in on(OK, "agenda", iso(day)), day
    for first, last in FRINGE:
        assert f"Edinburgh Fringe {first[:4]}" in on(LI, "live", iso(last)), first
    assert "Fringe" not in on(LI, "live", d(2020, 8, 15))
    assert found(KS, "hinweis", r"auf dem (\d\dC3)") == {name for _, name, _ in CONGRESS}
    assert "rC3" in on(KS, "hinweis", d(2020, 12, 27))
    assert "Copa 2018" in on(CP, "calendario", d(2018, 6, 20))
    assert "Bundestagswahl 2017" in on(WN, "hinweis", d(2017, 9, 24))
    assert "Bürgerschaftswahl 2020" in on(WN, "hinweis", d(2020, 2, 23))
    assert "Présidentielle, second tour" in on(OC, "grille", d(2017, 5, 7))
    assert "Tweede Kamerverkiezingen" in on(OK, "agenda", d(2017, 3, 15))
    assert "Sismo del 19 de septiembre" in on(SR, "aviso", d(2017, 9, 25))
    assert "Elección 2018" in on(SR, "aviso", d(2018, 7, 1))
    for domain, family, day, word in (
            (LT, "notice", d(2020, 4, 1), "closets"), (KP, "support", d(2020, 4, 1), "COVID"),
            (RM, "aviso", d(2020, 4, 10), "#YoMeQuedoEnCasa"),
            (WN, "hinweis", d(2020, 4, 1), "Coronavirus"), (OC, "grille", d(2020, 4, 1),
                                                            "Confinement"),
            (OC, "grille", d(2020, 11, 20), "Reconfinement"), (CP, "calendario",
                                                               d(2020, 4, 1), "de casa"),
            (OK, "agenda", d(2020, 4, 27), "Coronavirus"), (LI, "live", d(2020, 4, 1),
                                                            "pubs are shut"),
            (SR, "aviso", d(2020, 4, 1), "Quédate en casa"),
            (RR, "aviso", d(2020, 4, 1), "Estado de emergência")):
        assert word in on(domain, family, day), (domain, family)
    # The amount in the station's appeal rises each July of 2017 and 2019.
    assert "$6 a month" in on(KP, "support", d(2018, 2, 1))
    assert "$8 a month" in on(KP, "support", d(2020, 2, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LT, "hosts", LT_REDESIGN, "Hosted by {author}", "Produced by"),
        (LT, "listen", LT_APPLE, "iTunes", "Apple Podcasts"),
        (LT, "listen", LT_GOOGLE, "Stitcher", "Google Podcasts"),
        (LT, "listen", LT_SPOTIFY, "Subscribe:", "Spotify"),
        (LT, "transcript", LT_AUTO, "transcription service", "generated automatically"),
        (LT, "notice", LT_REDESIGN, "never miss", "bonus episodes"),
        (KP, "byline", KP_REDESIGN, "By {author}", "| Kestrel"),
        (KP, "airs", KP_SCHEDULE, "High Plains Morning", "90.5 FM"),
        (KP, "transcript", KP_AUTO, "rush transcript", "created by computer"),
        (RM, "escucha", RM_SPOTIFY, "iVoox y en", "Spotify"),
        (RM, "escucha", RM_PODCAST, "Escúchalo", "Suscríbete"),
        (RM, "transcripcion", RM_AUTO, "Resumen", "generada automáticamente"),
        (RM, "participa", RM_WHATSAPP, "llámanos", "WhatsApp"),
        (WN, "autor", WN_REDESIGN, "Von {author}", "Ein Beitrag"),
        (WN, "podcast", WN_APPS, "iTunes", "Spotify"),
        (WN, "transkript", WN_AUTO, "gesprochene Wort", "automatisch erstellt"),
        (OC, "ecouter", OC_PODCAST, "Télécharger", "S'abonner"),
        (OC, "transcription", OC_AUTO, "extraits", "générée automatiquement"),
        (OC, "realisation", OC_REDESIGN, "{author2}", "Prise de son"),
        (CP, "ouca", CP_SPOTIFY, "iTunes", "Spotify"),
        (CP, "transcricao", CP_AUTO, "voluntários", "gerada automaticamente"),
        (CP, "calendario", CP_REDESIGN, "Episódios novos", "agregador"),
        (OK, "abonneer", OK_APPS, "iTunes", "Spotify"),
        (OK, "tip", OK_APP, "Heb je een tip", "app naar"),
        (OK, "transcriptie", OK_AUTO, "samenvatting", "automatisch gegenereerd"),
        (LI, "recorded", LI_LOCKDOWN, "{pub}", "remotely"),
        (SR, "emision", SR_HORARIO, "14:00", "Facebook Live"),
        (SR, "transcripcion", SR_AUTO, "estenográfica", "automática"),
        (SR, "escuchanos", SR_PODCAST, "iTunes", "Spotify"),
        (KS, "abonnieren", KS_APPS, "iTunes", "Spotify"),
        (KS, "transkript", KS_AUTO, "auf Anfrage", "Spracherkennung"),
        (KS, "kontakt", KS_MASTODON, "Twitter", "Mastodon"),
        (RR, "transcricao", RR_AUTO, "revista", "automática"),
        (KK, "luister", KK_REDESIGN, "iTunes", "Spotify")))
    assert_groups_reworded(SET, (
        (LT, "episode", "Episode ", "EPISODE "),
        (KP, "dated", "Originally aired", "Published "),
        (RM, "fecha", " - ", " de "),
        (WN, "datum", "Sendung vom", "Uhr"),
        (KP, "byline", "By ", " | "),
        (LT, "listen", "Subscribe:", "Listen on"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "iTunes" in on(LT, "membership", d(2017, 2, 28))
    assert "$4.99" in on(LT, "membership", d(2017, 3, 1))
    assert "17,98" not in on(WN, "beitrag", d(2015, 4, 1)) and "17,98" in on(WN, "beitrag",
                                                                             d(2015, 3, 31))
    assert "Apoia.se a partir de R$ 10" in on(CP, "apoie", d(2020, 6, 1))
    assert "Flattr" in on(KS, "unterstuetzen", d(2017, 5, 1))
    supports = {m[1] for t in group_lines(SET, LT, "membership")
                if (m := re.search(r"(\$\d\.\d\d)", norm(t)))}
    assert supports == {"$4.99", "$5.99"}


def test_several_languages() -> None:
    assert_groups_in_script(SET, (
        (RM, "transcripcion", r"[áéíóúñ]"), (WN, "verfuegbar", r"ü"),
        (OC, "realisation", r"é"), (CP, "transcricao", r"ç"), (RR, "oica", r"ç"),
        (SR, "transcripcion", r"[áéíóú]"), (KS, "unterstuetzen", r"ü"),
        (LI, "copyright", r"©")))
    assert any("CEST" in t for t in group_lines(SET, RM, "fecha"))
    assert any(t.endswith("CST") for t in group_lines(SET, KP, "dated"))
    assert any(t.startswith("Émission du") for t in group_lines(SET, OC, "date"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LT}/episode", f"{LT}/hosts", f"{LT}/listen-next", f"{LT}/show",
                         f"{LT}/sponsor", f"{LT}/copyright", f"{KP}/dated", f"{KP}/related",
                         f"{RM}/fecha", f"{RM}/duracion", f"{WN}/verfuegbar"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LT}/contact", f"{LT}/copyright", f"{KP}/copyright", f"{RM}/legal",
        f"{RM}/copyright", f"{WN}/impressum"))
    assert_carried_share(docs, LT, [
        ("episode", 0.75, 0.95), ("listen-next", 0.45, 0.72), ("correction", 0.0, 0.1),
        ("transcript", 0.2, 0.5), ("promo", 0.08, 0.35)])
    assert_carried_share(docs, KP, [("dated", 0.8, 0.98), ("public-file", 0.02, 0.22),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{LT}/listen-next", f"{LT}/ad-break", f"{KP}/related", f"{RM}/te-puede",
                f"{WN}/mehr"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LT, "sponsor"), (KP, "underwriting"), (RM, "patrocinio"),
                               (WN, "gast"), (OC, "musique"), (CP, "oferecimento"),
                               (LI, "timestamp"), (KS, "kapitel")))
    stamps = group_lines(SET, LI, "timestamp")
    assert stamps and all(re.fullmatch(r"\[00:\d\d:\d\d\]", norm(t)) for t in stamps)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LT, "correction", 16), (KP, "correction"), (RM, "fe-de-errores"), (WN, "korrektur"),
        (OC, "erratum"), (CP, "errata"), (OK, "correctie"), (LI, "correction"),
        (SR, "fe-de-erratas"), (KS, "korrektur"), (RR, "errata"), (KK, "correctie")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LT}/listen-next", "Listen next: "), (f"{KP}/related", "Related: "),
        (f"{RM}/te-puede", "Te puede interesar: "), (f"{WN}/mehr", "Mehr zum Thema: "),
        (f"{OC}/a-ecouter", "À écouter aussi : "), (f"{CP}/ouca-tambem", "Ouça também: "),
        (f"{OK}/lees-ook", "Lees ook: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LT, "ad-break", "[AD BREAK]"), (RM, "publicidad", "Publicidad"),
        (OK, "advertentie", "Advertentie"), (KS, "shownotes", "Shownotes")))
    # Pools that name no site (a renamed variant keeps them word for word).
    assert_group_values_from_pool(SET, (
        (LT, "show", "show"), (KP, "program", "program"), (WN, "sendung", "sendung"),
        (OK, "programma", "programma"), (KS, "kapitel", "kapitel"),
        (RR, "programa", "programa")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LT, "ad-break", "[AD BREAK]"),
        (RM, "publicidad", "Publicidad"),
        (CP, "licenca", "Este podcast é distribuído sob a licença Creative Commons BY-NC-SA "
                        "4.0.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LT: (["credits", "contact", "copyright"], 3),
        KP: (["copyright", "public-file"], 2),
        RM: (["legal", "copyright"], 2),
        WN: (["impressum", "copyright"], 2),
        OC: (["production", "realisation", "copyright"], 3),
        CP: (["edicao", "contato", "licenca"], 3),
        OK: (["colofon", "copyright"], 2),
        LI: (["music", "copyright"], 2),
        SR: (["privacidad", "copyright"], 2),
        KS: (["kontakt", "lizenz"], 2),
        RR: (["estatuto", "copyright"], 2),
        KK: (["credits", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY[-1:]:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
