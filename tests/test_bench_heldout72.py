"""The held-back-72 template set (`tests.bench.heldout_templates_72`): its localised dates
(printed day by day, datelines among them, most changing form on the day of a redesign), the
lines that turn with the week, the fortnight, the month, the day or the weekday (the next
ferry sailing, a weekly millet price, a weekly dollar price, a weekly exchange rate, fuel
prices set twice a month, the coming community work day, a cashew campaign's yearly price,
an evening radio programme, the day of Ramadan), the notices it rewords by date, the
calendars and seasons some notices follow (national days with their counts, Islamic feasts,
carnival, festivals in odd or even years, a remembrance week, votes, run-offs, referendums,
a postponed election, the 2020 epidemic), the lines in several languages, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_templates_72 import (
    BF_REDESIGN,
    CASHEW,
    CD_REDESIGN,
    CF_REDESIGN,
    EID_AL_FITR,
    FIRST_DAY,
    FRENCH_MONTHS,
    FRENCH_WEEKDAYS,
    GH_REDESIGN,
    GH_WINDOWS,
    GM_PROGRAMMES,
    GW_REDESIGN,
    HAUSA_MONTHS,
    HAUSA_WEEKDAYS,
    KINYARWANDA_MONTHS,
    KINYARWANDA_WEEKDAYS,
    LAST_DAY,
    ML_REDESIGN,
    NG_REDESIGN,
    PORTUGUESE_MONTHS,
    RAMADAN_START,
    RW_REDESIGN,
    SN_FERRY_STOP,
    SN_REDESIGN,
    TG_REDESIGN,
    UMUGANDA_PAUSE,
    cd_rate,
    gh_petrol,
    gh_window,
    ml_millet,
    ng_dollar,
    nth_fr,
    ramadan_day,
    sn_next_sailing,
    umuganda_day,
    week_start,
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
    wording_on,
)

SET = "held-back-72"
SITES = ("Kassoumay Infos", "Ségou Kunafoni", "Jaridar Tumbi", "Tshopo Actu", "Savannah Echo",
         "Birunga Amakuru", "Le Plateau Togolais", "Tënë ti Berbérati", "Voz de Cacheu",
         "Sya Infos", "Kerewan Community Radio", "Dja River Ape Refuge")
SN, ML, NG, CD = ("kassoumayinfos.sn", "segoukunafoni.ml", "jaridartumbi.ng", "tshopoactu.cd")
GH, RW, TG, CF = ("savannahecho.com.gh", "birungaamakuru.rw", "plateautogolais.tg",
                  "teneberberati.cf")
GW, BF, GM, CM = ("vozdecacheu.gw", "syainfos.bf", "kerewanfm.gm", "djariverapes.cm")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((SN, "date"), (ML, "date"), (NG, "kwanan-wata"), (CD, "date"), (GH, "dated"),
         (RW, "itariki"), (TG, "date"), (CF, "date"), (GW, "data"), (BF, "date"))

# The families that change with the seasons, the weeks, the fortnights or the days.
PERIODIC = ((SN, "bateau"), (ML, "foire"), (NG, "kasuwa"), (CD, "taux"), (GH, "fuel"),
            (GH, "weather"), (RW, "umuganda"), (TG, "campagne"), (CF, "saison"),
            (GW, "caju"), (GM, "onair"), (CM, "visits"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((SN, "avis"), (ML, "avis"), (NG, "sanarwa"), (CD, "avis"), (GH, "notice"),
           (RW, "itangazo"), (TG, "avis"), (CF, "avis"), (GW, "aviso"), (BF, "avis"),
           (GM, "notice"), (CM, "adopt"))

# Each notice's first standing wording, shown on a day none of them turns for an event,
# before any of them was reworded.
QUIET = d(2016, 4, 20)
FIRST_WORDINGS = {
    SN: "Retrouvez Kassoumay Infos sur Facebook et Twitter",
    ML: "Suivez-nous sur Facebook et Twitter",
    NG: "Ku biyo mu a Facebook da Twitter",
    CD: "Bolanda biso na Facebook mpe na Twitter",
    GH: "Send your stories and pictures to newsdesk@{domain}",
    RW: "Dukurikire kuri Twitter na Facebook",
    TG: "Abonnez-vous à notre lettre d'information",
    CF: "Bara ala ! Suivez-nous sur Facebook",
    GW: "Siga-nos no Facebook",
    BF: "Likez notre page Facebook",
    GM: "Send your announcements and death notices to the studio before 5 pm",
    CM: "Adopt an orphan chimpanzee: from 15 euros a month",
}

HAUSA_HOOKED = r"[ɓɗƙ]|'y"
EWE = r"[ɔɛɖ]"
SANGO = r"[ëä]"
FRENCH = r"[éèàçêô]"
PORTUGUESE = r"[ãçáéíó]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 4, 16), d(2018, 3, 4), d(2019, 5, 20), d(2020, 4, 20),
        LAST_DAY))


def test_calendar_helpers() -> None:
    assert week_start(d(2019, 6, 23)) == d(2019, 6, 17) == week_start(d(2019, 6, 17))
    assert [nth_fr(n) for n in (1, 2, 60)] == ["1er", "2e", "60e"]
    assert ramadan_day(d(2019, 5, 6)) == 1 and ramadan_day(d(2019, 6, 3)) == 29
    assert ramadan_day(d(2019, 6, 4)) is None and ramadan_day(d(2019, 5, 5)) is None
    assert sn_next_sailing(d(2019, 6, 21)) == d(2019, 6, 23)  # a Friday, then the Sunday
    assert sn_next_sailing(d(2019, 6, 20)) == d(2019, 6, 20)  # a Thursday
    assert sn_next_sailing(d(2019, 6, 24)) == d(2019, 6, 27)
    prices = {ml_millet(d(2019, 1, 7) + 7 * k * one) for k in range(52)}
    assert len(prices) >= 10 and all(150 <= p <= 290 and p % 5 == 0 for p in prices)
    assert ng_dollar(d(2015, 6, 1)) < 250 < 350 < ng_dollar(d(2018, 6, 4)) < ng_dollar(
        d(2020, 10, 5))
    assert cd_rate(d(2015, 1, 5)) < 950 and 1800 < cd_rate(d(2020, 12, 28)) < 1950
    assert gh_window(d(2015, 6, 10)) == d(2015, 6, 1) and gh_window(GH_WINDOWS) == GH_WINDOWS
    assert gh_window(d(2019, 6, 15)) == d(2019, 6, 1) and gh_window(d(2019, 6, 30)) == d(
        2019, 6, 16)
    assert re.fullmatch(r"\d\.\d\d", gh_petrol(d(2019, 6, 16)))
    assert umuganda_day(d(2019, 6, 21)) == d(2019, 6, 29) == umuganda_day(d(2019, 6, 29))
    assert umuganda_day(d(2019, 6, 30)) == d(2019, 7, 27)
    assert umuganda_day(d(2019, 12, 30)) == d(2020, 1, 25)
    assert [d.fromisoformat(CASHEW[y][0]).month for y in range(2015, 2021)].count(4) == 4


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SN, "date", old, "Samedi 5 mars 2016")
    full(SN, "date", new, r"Publié le 19/06/2020 à \d\d:\d\d")
    full(ML, "date", old, "Ségou, le 5 mars 2016")
    full(ML, "date", new, r"Vendredi 19\.06\.2020 \| \d\d:\d\d")
    full(NG, "kwanan-wata", old, "Asabar, 5 ga Maris, 2016")
    full(NG, "kwanan-wata", new, r"An wallafa: 19/06/2020 \| \d\d:\d\d")
    full(CD, "date", old, "Kisangani, samedi 5 mars 2016")
    full(CD, "date", new, r"19-06-2020 à \d\d:\d\d \(heure de Kisangani\)")
    full(GH, "dated", old, "Saturday, March 5, 2016")
    full(GH, "dated", new, r"Published 19\.06\.2020, \d\d:\d\d GMT")
    full(RW, "itariki", old, "Ku wa Gatandatu, tariki ya 5 Werurwe 2016")
    full(RW, "itariki", new, r"Byatangajwe: 19/06/2020 saa \d\d:\d\d")
    full(TG, "date", old, r"Samedi 5 mars 2016 · \d\d:\d\d")
    full(TG, "date", new, r"MAJ 19/06/2020 - \d\d:\d\d")
    full(CF, "date", d(2015, 3, 5), "Berbérati, le 5 mars 2015")
    full(CF, "date", new, r"19/06/2020 \d\d:\d\d")
    full(GW, "data", old, "sábado, 5 de março de 2016")
    full(GW, "data", new, r"Publicado a 19\.06\.2020, às \d\d:\d\d")
    full(BF, "date", old, "05 mars 2016")
    full(BF, "date", new, r"Le vendredi 19 juin 2020 à \d\d:\d\d")
    full(GM, "posted", old, "Posted Mar 5, 2016 by .+")
    full(GM, "posted", new, r".+ \| 19 June 2020")
    full(CM, "notes", old, "Field notes · .+ · March 5, 2016")
    full(CM, "notes", new, r"✍️ .+, (head keeper|vet|volunteer) — 19 June 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        month, wd = FRENCH_MONTHS[day.month - 1], FRENCH_WEEKDAYS[day.weekday()]
        sn = on(SN, "date", day)
        assert (sn == f"{wd.capitalize()} {day.day} {month} {day.year}") == (
            day < SN_REDESIGN), sn
        ml = on(ML, "date", day)
        assert (ml == f"Ségou, le {day.day} {month} {day.year}") == (day < ML_REDESIGN), ml
        assert (f"{day:%d.%m.%Y}" in ml) == (day >= ML_REDESIGN), ml
        ng = on(NG, "kwanan-wata", day)
        assert (ng == f"{HAUSA_WEEKDAYS[day.weekday()]}, {day.day} ga "
                      f"{HAUSA_MONTHS[day.month - 1]}, {day.year}") == (day < NG_REDESIGN), ng
        cd = on(CD, "date", day)
        assert cd.startswith("Kisangani, ") == (day < CD_REDESIGN), cd
        gh = on(GH, "dated", day)
        assert (f", {day.year}" in gh) == (day < GH_REDESIGN), gh
        rw = on(RW, "itariki", day)
        if day < RW_REDESIGN:
            assert rw == (f"{KINYARWANDA_WEEKDAYS[day.weekday()]}, tariki ya {day.day} "
                          f"{KINYARWANDA_MONTHS[day.month - 1]} {day.year}"), rw
        else:
            assert rw == f"Byatangajwe: {day:%d/%m/%Y} saa {{time}}", rw
        tg = on(TG, "date", day)
        assert tg.startswith("MAJ ") == (day >= TG_REDESIGN), tg
        cf = on(CF, "date", day)
        assert cf.startswith("Berbérati, le ") == (day < CF_REDESIGN), cf
        gw = on(GW, "data", day)
        assert (f" de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}" in gw) == (
            day < GW_REDESIGN), gw
        bf = on(BF, "date", day)
        assert (bf == f"{day.day:02d} {month} {day.year}") == (day < BF_REDESIGN), bf
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_with_the_week_and_the_day() -> None:
    for day in every_day():
        ferry = on(SN, "bateau", day)
        if SN_FERRY_STOP[0] <= day < SN_FERRY_STOP[1]:
            assert "suspendue" in ferry, (day, ferry)
        else:
            sail = sn_next_sailing(day)
            assert f" {sail.day} {FRENCH_MONTHS[sail.month - 1]}," in ferry, (day, ferry)
        foire = on(ML, "foire", day)
        assert ("Sunkalo, tile" in foire) == (ramadan_day(day) is not None), (day, foire)
        if ramadan_day(day) is None:
            assert f"mil à {ml_millet(week_start(day))} FCFA" in foire, (day, foire)
            assert f"₦{ng_dollar(week_start(day))}" in on(NG, "kasuwa", day)
        assert on(CD, "taux", day).endswith(f"= {cd_rate(week_start(day))} FC")
        assert f"GH₵{gh_petrol(gh_window(day))} a litre" in on(GH, "fuel", day)
        umuganda = on(RW, "umuganda", day)
        if UMUGANDA_PAUSE[0] <= day < UMUGANDA_PAUSE[1]:
            assert "wasubitswe" in umuganda
        else:
            assert f"tariki ya {umuganda_day(day).day}," in umuganda, (day, umuganda)
        onair = on(GM, "onair", day)
        assert ("Ramadan Special" in onair) == (ramadan_day(day) is not None), onair
        if ramadan_day(day) is None:
            assert onair.endswith(GM_PROGRAMMES[day.weekday()]), onair
    ferries = {on(SN, "bateau", day) for day in every_day()}
    assert len(ferries) > 300
    windows = {on(GH, "fuel", day) for day in every_day() if day >= GH_WINDOWS}
    assert 120 <= len(windows) <= 140  # two windows a month
    fasts = days_with(NG, "kasuwa", "Azumi rana ta 1:")
    assert fasts == {d.fromisoformat(RAMADAN_START[y]) for y in range(2015, 2021)}
    assert d.fromisoformat(EID_AL_FITR[2019]) in days_with(ML, "foire", "mil à")


def test_cashew_campaign_and_seasons() -> None:
    for y, (opening, price) in CASHEW.items():
        first = d.fromisoformat(opening)
        assert f"{price} FCFA/kg" not in on(GW, "caju", first - one)
        assert on(GW, "caju", first).endswith(f"{y}: preço de referência {price} FCFA/kg")
        assert on(GW, "caju", d(y, 10, 1)).startswith(f"🌰 Campanha de caju {y + 1}:")
    assert "Harmattan" in on(GH, "weather", d(2019, 1, 10))
    assert "Rains" in on(GH, "weather", d(2019, 7, 10))
    assert "Dry season" in on(CM, "visits", d(2020, 1, 5))
    assert "Long rains" in on(CM, "visits", d(2019, 9, 5))
    assert "ouverte" in on(TG, "campagne", d(2018, 12, 1))
    assert "pluies" in on(CF, "saison", d(2018, 6, 1))


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    for domain, family, pattern, counts in (
            (SN, "avis", r"indépendance : (\d+)e anniversaire",
             {"55", "56", "57", "58", "59"}),  # 2020's was lost to the curfew
            (ML, "avis", r"Festival sur le Niger : (\d+)e édition",
             {"11", "12", "13", "14", "15", "16"}),
            (NG, "sanarwa", r"cika shekara (\d+)", {"55", "56", "57", "58", "59", "60"}),
            (CD, "avis", r"30 juin : (\d+) ans",
             {"55", "56", "57", "58", "59"}),  # 2020's was lost to the emergency
            (GH, "notice", r"Ghana at (\d+)", {"58", "59", "60", "61", "62", "63"}),
            (RW, "itangazo", r"Kwibuka(\d+)", {"21", "22", "23", "24", "25", "26"}),
            (TG, "avis", r"27 avril : (\d+) ans",
             {"56", "57", "58", "59"}),  # lost to a vote's results and to the curfew
            (CF, "avis", r"Fête nationale : (\d+) ans", {"57", "58", "59", "60", "61", "62"}),
            (GW, "aviso", r"Independência: (\d+) anos", {"42", "43", "44", "45", "46", "47"}),
            (GM, "notice", r"Independence Day: (\d+) years",
             {"50", "51", "52", "53", "54", "55"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)
    assert days_with(RW, "itangazo", "Kwibuka25") == {d(2019, 4, 7) + k * one
                                                       for k in range(7)}
    assert d(2020, 4, 10) in days_with(RW, "itangazo", "Kwibuka26")  # over the lockdown
    assert days_with(NG, "sanarwa", "An dage zaben") == {d(2019, 2, 16) + k * one
                                                         for k in range(7)}
    assert {day.year for day in days_with(BF, "avis", "SNC")} == {2016, 2018, 2020}
    assert {day.year for day in days_with(BF, "avis", "Fespaco")} == {2015, 2017, 2019}
    assert days_with(BF, "avis", "annulée") and days_with(TG, "avis", "Pas d'Evala")
    carnival = days_with(GW, "aviso", "Carnaval")
    assert d(2018, 2, 13) in carnival and d(2020, 2, 25) in carnival and len(carnival) == 22
    assert d(2019, 3, 5) in days_with(GW, "aviso", "Legislativas")  # the vote won over it
    assert {day.year for day in days_with(CM, "adopt", "World Chimpanzee Day")} == {
        2018, 2019}  # 2020's was lost to the closure
    assert d(2020, 5, 20) in days_with(CM, "adopt", "Closed to visitors")  # won over the day
    assert days_with(ML, "avis", "Situation à Bamako")


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SN, "signature", d(2017, 10, 2), "Par {author}", "correspondant à"),
        (SN, "alire", d(2019, 3, 11), "À lire aussi", "LIRE AUSSI >>"),
        (SN, "emission", d(2019, 9, 2), "à 7 h sur", "7 h 30"),
        (SN, "droits", d(2020, 1, 13), "© {year} Kassoumay", "autorisation écrite"),
        (SN, "editeur", d(2018, 9, 3), "Ibrahima Sagna", "Awa Diédhiou"),
        (ML, "auteur", d(2017, 5, 2), "{author}", "Photos : {author2}"),
        (ML, "droits", d(2019, 11, 4), "© {year} Ségou", "mention de la source"),
        (NG, "marubuci", d(2018, 1, 8), "Daga {author}", "Gyara: {author2}"),
        (NG, "karanta", d(2019, 10, 1), "Karanta kuma", "Ku karanta"),
        (NG, "shiri", d(2018, 4, 2), "kowace safiya", "6:30"),
        (NG, "hakkin", d(2020, 2, 3), "© {year} Jaridar", "hakkin mallaka"),
        (CD, "auteur", d(2018, 11, 5), "Par {author}", "✒️"),
        (CD, "lire", d(2018, 3, 19), "Lire aussi", "Sur le même sujet"),
        (CD, "droits", d(2020, 1, 6), "© {year} Tshopo", "citer la source"),
        (GH, "byline", d(2019, 1, 14), "By {author}", "{author_beat}"),
        (GH, "alsoread", d(2018, 7, 2), "ALSO READ", "Related"),
        (GH, "rights", d(2019, 7, 1), "© {year} Savannah", "without permission"),
        (RW, "umwanditsi", d(2019, 2, 4), "Yanditswe na", "Amafoto"),
        (RW, "soma", d(2019, 9, 2), "Soma nanone", "Inkuru bijyanye"),
        (RW, "uburenganzira", d(2020, 2, 3), "© {year} Birunga", "Uburenganzira"),
        (TG, "auteur", d(2018, 6, 4), "Rédigé par", "{author_beat}"),
        (TG, "droits", d(2017, 9, 4), "© {year} Le Plateau", "Reproduction interdite"),
        (CF, "auteur", d(2019, 4, 1), "Par {author}", "avec {author2}"),
        (CF, "tene", d(2018, 2, 5), "Tënë nde", "À lire également"),
        (CF, "droits", d(2020, 8, 13), "© {year} Tënë", "Tous droits"),
        (GW, "autor", d(2018, 5, 7), "Por {author}", "Texto e fotos"),
        (GW, "leia", d(2019, 2, 4), "Leia também", "Mais notícias"),
        (GW, "direitos", d(2017, 11, 6), "© {year} Voz", "Proibida"),
        (BF, "auteur", d(2019, 1, 7), "{author}", "Correspondance particulière"),
        (BF, "droits", d(2018, 1, 8), "© {year} Sya", "Reprise autorisée"),
        (GM, "posted", d(2019, 3, 4), "Posted", "{author} | "),
        (GM, "rights", d(2020, 2, 18), "© {year} Kerewan", "volunteers"),
        (CM, "notes", d(2018, 5, 7), "Field notes", "{author_beat}"),
        (CM, "rights", d(2019, 1, 21), "© {year} Dja", "East Region")))
    assert_groups_reworded(SET, (
        (SN, "date", "Publié le", " 20"),
        (SN, "alire", "À lire aussi", "LIRE AUSSI >>"),
        (SN, "signature", "Par ", "correspondant à"),
        (ML, "date", "Ségou, le ", " | "),
        (NG, "kwanan-wata", " ga ", "An wallafa"),
    ))


def test_several_languages() -> None:
    assert_groups_in_script(SET, ((SN, "date", r"[a-zé]"), (ML, "inice", "bisimila"),
                                  (NG, "kwanan-wata", r"Litinin|Talata|Laraba|Alhamis|Jumma"
                                                      r"|Asabar|Lahadi|An wallafa"),
                                  (CD, "mbote", "Mbote"), (GH, "dasiba", "Dasiba"),
                                  (RW, "soma", r"Soma|Inkuru"), (TG, "woezo", EWE),
                                  (CF, "langue", SANGO), (GW, "leia", PORTUGUESE),
                                  (BF, "inisogoma", "ɔ"), (GM, "ibediya", "ñ"),
                                  (CM, "bienvenue", "Bienvenue")))
    hausa = {on(NG, "kasuwa", day) for day in every_day()} | {
        on(NG, "sanarwa", day) for day in every_day()}
    assert any(re.search(HAUSA_HOOKED, t) for t in hausa)
    assert any("Noel malamu" in on(CD, "avis", day) for day in every_day())
    assert any("Blunya nyuie" in on(TG, "avis", day) for day in every_day())
    assert any("Bon Natal pa tudu" in on(GW, "aviso", day) for day in every_day())
    assert any(re.search(FRENCH, on(CM, "adopt", day)) for day in every_day())


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SN}/date", f"{SN}/alire", f"{SN}/signature", f"{SN}/bateau",
                         f"{SN}/credit", f"{ML}/date", f"{ML}/voir", f"{ML}/foire",
                         f"{NG}/kwanan-wata", f"{NG}/karanta"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SN}/commentaires", f"{SN}/editeur", f"{SN}/droits", f"{ML}/editeur",
        f"{ML}/droits", f"{NG}/mawallafi", f"{NG}/hakkin"))
    assert_carried_share(docs, SN, [
        ("date", 0.65, 0.95), ("avis", 0.15, 0.45), ("alire", 0.4, 0.75),
        ("delestage", 0.0, 0.1)])
    assert_carried_share(docs, ML, [("date", 0.65, 0.95), ("crue", 0.0, 0.12)])
    for fam in (f"{SN}/alire", f"{ML}/voir", f"{NG}/karanta"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{SN}/pub", f"{SN}/credit", f"{ML}/annonce"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((SN, "credit"), (NG, "hoto"), (GH, "pic"), (GM, "photo"),
                               (CM, "photo")))
    localities = [norm(t).rpartition("correspondant à ")[2]
                  for t in group_lines(SET, SN, "signature") if "correspondant à" in t]
    assert localities and sum(v in pool(SET, SN, "localite") for v in localities) >= (
        0.9 * len(localities))
    pairs = [norm(t).removeprefix("Rahoton ").split(" | Gyara: ")
             for t in group_lines(SET, NG, "marubuci") if "Gyara" in t]
    assert pairs and any(len(p) == 2 and p[0] != p[1] for p in pairs)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SN, "delestage"), (ML, "crue"), (NG, "gobara"), (CD, "snel"), (GH, "flood"),
        (RW, "inkangu"), (TG, "eboulement"), (CF, "pont"), (GW, "energia"), (BF, "eau"),
        (GM, "offair"), (CM, "elephants")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{ML}/voir", "Voir aussi : "), (f"{TG}/lire", "LIRE AUSSI ► "),
(f"{GM}/listen", "Listen again: "),
        (f"{CM}/forest", "From the forest: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{SN}/alire", ("À lire aussi : ", "📌 LIRE AUSSI >> ")),
                          (f"{NG}/karanta", ("Karanta kuma: ", "👉 Ku karanta: ")),
                          (f"{CD}/lire", ("Lire aussi : ", "➡️ Sur le même sujet : ")),
                          (f"{GH}/alsoread", ("ALSO READ: ", "▶ Related: ")),
                          (f"{RW}/soma", ("Soma nanone: ", "📖 Inkuru bijyanye: ")),
                          (f"{CF}/tene", ("Tënë nde : ", "À lire également : ")),
                          (f"{GW}/leia", ("Leia também: ", "👉 Mais notícias: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.rpartition("/")[2] in ("alire", "karanta", "lire", "alsoread",
                                                  "soma", "tene", "leia"):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SN, "pub", "PUBLICITÉ"), (ML, "annonce", "Annonce"), (NG, "talla", "Talla"),
        (CD, "pub", "Espace publicitaire"), (GH, "advert", "- Advertisement -"),
        (RW, "kwamamaza", "Kwamamaza"), (TG, "pub", "Publicité"), (CF, "annonce", "Annonce"),
        (CF, "langue", "Français | Sängö"), (GW, "publicidade", "Publicidade"),
        (BF, "pub", "-- Pub --"),
        (RW, "rmc", "Umunyamuryango w'Urwego rw'Abanyamakuru Bigenzura (RMC)"),
        (GM, "licence", "Licensed community broadcaster · 101.1 FM North Bank Region")))
    assert_group_values_from_pool(SET, (
        (SN, "rubrique", "rubrique"), (ML, "rubrique", "rubrique"), (NG, "sashe", "sashe"),
        (CD, "rubrique", "rubrique"), (GH, "desk", "desk"), (RW, "icyiciro", "icyiciro"),
        (TG, "rubrique", "rubrique"), (CF, "rubrique", "rubrique"), (GW, "seccao", "seccao"),
        (GM, "kind", "kind"), (CM, "kind", "kind")))
    for style, family, pattern, pool_name in (
            (SN, "credit", r"^Crédit photo : (.+)$", "credit"),
            (NG, "hoto", r"^Hoto: (.+)$", "hoto"),
            (GH, "pic", r"^Photo credit: (.+)$", "credit"),
            (GH, "byline", r"^By .+, (.+)$", "beat"),
            (GM, "photo", r"^Photo: (.+)$", "photo"),
            (CM, "photo", r"^📷 (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SN, "pub", "PUBLICITÉ"),
        (ML, "annonce", "Annonce"), (NG, "talla", "Talla"),
        (CD, "pub", "Espace publicitaire"), (GH, "advert", "- Advertisement -"),
        (RW, "kwamamaza", "Kwamamaza"), (TG, "pub", "Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SN: (["droits", "editeur"], 2), ML: (["droits", "editeur"], 2),
        NG: (["hakkin", "mawallafi"], 2), CD: (["droits", "redaction"], 2),
        GH: (["rights", "publisher"], 2), RW: (["uburenganzira", "rmc"], 2),
        TG: (["droits", "editeur"], 2), CF: (["droits", "editeur"], 2),
        GW: (["direitos", "ficha"], 2), BF: (["droits", "editeur"], 2),
        GM: (["rights", "licence"], 2), CM: (["rights", "registered"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert SN in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
