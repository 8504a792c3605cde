"""The held-back-159 template set (`tests.bench.heldout_templates_159`): its localised dates
(printed day by day in English in American, AP and British orders, French, Italian, German,
Spanish, Portuguese before and after the spelling reform and Georgian, several changing form
on the day of a redesign), the lines that turn every week (a newsletter's issue, the bulk
price of Bordeaux, the malting-barley price with its harvest year), the calendars the notices
follow (wine and beer fairs, Beaujolais nouveau, Vinitaly, Oktoberfest, the Tag des Deutschen
Bieres, the Día de la Tapa, Orthodox Easter, the rtveli, a competition's season, a brewery's
anniversary, Christmas order deadlines, the pandemic), the amounts that change over the years
(duties, wages, VAT, grape prices, fees, a vintage on sale), taproom hours by season, the
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
from functools import cache, partial

from tests.bench.heldout_calendar import nth_weekday, orthodox_easter, thanksgiving
from tests.bench.heldout_templates_159 import (
    BA_AFORO,
    BA_ENVIO,
    BEER_FESTIVAL,
    BIERABSATZ,
    BRAUBEVIALE,
    CC_AUTEUR,
    CC_LETTRE,
    CC_REDESIGN,
    CL_NEWSLETTER,
    CL_REDESIGN,
    CL_UNITS,
    ESSENCIA,
    FB_REDESIGN,
    FERIA_DEL_CABALLO,
    FIRST_DAY,
    FITUR,
    GABF,
    GC_FEES,
    GC_PARTNER,
    GC_REDESIGN,
    GM_GAPRTKHILEBA,
    GM_INSTAGRAM,
    GM_REDESIGN,
    GROWLERS,
    GUTSRIESLING,
    HD_BOLETIN,
    HD_MENORES,
    HD_REDESIGN,
    IC_NEWSLETTER,
    IC_REDESIGN,
    IC_RESPONSABILE,
    LAST_DAY,
    LONDON_WINE_FAIR,
    MINIMUM_WAGE,
    MWST,
    OKTOBERFEST,
    PRIMEURS,
    PROWEIN,
    RKATSITELI,
    SMI,
    SN_NEWSLETTER,
    SN_REDESIGN,
    SUMMER_HOURS,
    TW_REDESIGN,
    VINEXPO,
    VINITALY,
    VM_NEWSLETTER,
    VM_REDESIGN,
    WINE_DUTY,
    WINTER_HOURS,
    WK_REDESIGN,
    anniversary,
    dia_de_la_tapa,
    euro,
    hoffest,
    issue_number,
    new_wine_festival,
    sherry_week,
    third_thursday_of_november,
    thursday_of,
    vintage_on_sale,
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
    wording_matches,
    wording_on,
)

SET = "held-back-159"
SITES = ("The Cellar Ledger", "Le Courrier des Chais", "Tapster Weekly", "Il Calice",
         "Sudhaus-Nachrichten", "Hostelería al Día", "Vinho & Mesa", "ღვინის მაცნე",
         "Global Cask Awards", "Foghorn Brewing Co.", "Bodegas Albariza", "Weingut Kellerbach")
CL, CC, TW, IC = ("cellarledger.com", "courrierdeschais.fr", "tapsterweekly.co.uk",
                  "ilcalice.it")
SN, HD, VM, GM = ("sudhaus-nachrichten.de", "hosteleriaaldia.es", "vinhoemesa.pt",
                  "ghvinismacne.ge")
GC, FB, BA, WK = ("globalcaskawards.com", "foghornbrewing.com", "bodegasalbariza.es",
                  "weingut-kellerbach.de")

d = dt.date
one = dt.timedelta(days=1)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The dates printed day by day (every one from the first day).
DAILY = ((CL, "dated"), (CC, "date"), (TW, "dated"), (IC, "data"), (SN, "datum"),
         (HD, "fecha"), (VM, "data"), (GM, "tarighi"), (GC, "dated"), (FB, "posted"),
         (BA, "fecha"), (WK, "datum"))
# The lines that turn every week.
WEEKLY = ((CC, "vrac", 0), (TW, "issue", 3), (SN, "gerste", 0))  # and the weekday they turn
# The notices that follow calendars.
BANNERS = ((CL, "notice"), (CC, "lettre"), (TW, "notice"), (IC, "avviso"), (SN, "hinweis"),
           (HD, "aviso"), (VM, "agenda"), (GM, "shetkobineba"), (FB, "upcoming"),
           (BA, "tienda"), (WK, "hinweis"))
# Amounts in force from given days.
TABLES = ((CL, "duty", WINE_DUTY), (TW, "wage", MINIMUM_WAGE), (SN, "absatz", BIERABSATZ),
          (HD, "smi", SMI), (GM, "pasi", RKATSITELI), (GC, "fee", GC_FEES),
          (FB, "growler", GROWLERS), (WK, "mwst", MWST))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CL: "Get Ledger Daily: the wine and spirits trade's news in your inbox at 7am",
    CC: "Inscrivez-vous à notre lettre quotidienne : l'actualité du vignoble chaque matin",
    TW: "Forward this to a colleague: they can sign up free at tapsterweekly.co.uk",
    IC: "Iscriviti alla newsletter: ogni venerdì le novità dal vigneto",
    SN: "Den Newsletter der Sudhaus-Nachrichten kostenlos abonnieren",
    HD: "Suscríbete gratis a nuestro boletín diario de hostelería",
    VM: "Subscreva a nossa newsletter e receba as novidades do vinho todas as sextas-feiras",
    GM: "გამოიწერეთ ჩვენი სიახლეები ფეისბუქზე",
    FB: "Follow us on Instagram @foghornbrewing for release news",
    BA: "Envío gratuito en pedidos desde 60 € (península)",
    WK: "Unser Weinbrief erscheint viermal im Jahr – jetzt anmelden",
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
    assert_look_ups_agree(SET, DAILY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (GC, "stage"), (FB, "hours"), (WK, "gutswein")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 4, 23), d(2018, 4, 23), d(2019, 11, 21),
        d(2020, 4, 19), d(2020, 8, 10), LAST_DAY))


def test_helpers() -> None:
    assert [third_thursday_of_november(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 11, 19), d(2016, 11, 17), d(2019, 11, 21), d(2020, 11, 19)]
    assert thursday_of(d(2019, 6, 23)) == thursday_of(d(2019, 6, 20)) == d(2019, 6, 20)
    assert issue_number(d(2015, 1, 1)) == 300 and issue_number(d(2015, 1, 7)) == 300
    assert issue_number(d(2015, 1, 8)) == 301 and issue_number(d(2016, 1, 1)) == 352
    assert dia_de_la_tapa(2015) is None and dia_de_la_tapa(2016) == d(2016, 6, 16)
    assert new_wine_festival(2020) is None and new_wine_festival(2019) == d(2019, 5, 11)
    assert hoffest(2020) is None and hoffest(2018) == anniversary(2018) == d(2018, 6, 9)
    assert sherry_week(2019) == d(2019, 11, 4)
    assert vintage_on_sale(d(2018, 2, 28)) == 2016 and vintage_on_sale(d(2018, 3, 1)) == 2017
    assert euro(1250.4) == "1 250" and euro(980) == "980"


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CL, "dated", old, "March 5, 2016")
    full(CL, "dated", new, "Friday, 19 June 2020")
    full(CC, "date", old, "5 mars 2016")
    full(CC, "date", new, rf"vendredi 19 juin 2020, mis à jour à {clock}")
    full(TW, "dated", old, "Posted 05/03/2016")
    full(TW, "dated", new, "Friday 19th June 2020")
    full(TW, "dated", d(2020, 6, 22), "Monday 22nd June 2020")
    full(IC, "data", old, "5 Marzo 2016")
    full(IC, "data", new, "Venerdì 19 giugno 2020")
    full(SN, "datum", old, "5. März 2016")
    full(SN, "datum", new, rf"Fr\., 19\.06\.2020 \| {clock} Uhr")
    full(HD, "fecha", old, rf"05-03-2016 {clock}")
    full(HD, "fecha", new, "viernes, 19 de junio de 2020")
    full(VM, "data", old, "5 de Março de 2016")
    full(VM, "data", new, "Sexta-feira, 19 de junho de 2020")
    full(GM, "tarighi", old, r"05\.03\.2016")
    full(GM, "tarighi", new, rf"პარასკევი, 19 ივნისი 2020, {clock}")
    full(GC, "dated", old, "Posted on 05/03/2016")
    full(GC, "dated", new, "19 June 2020")
    full(FB, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(FB, "posted", new, "June 19, 2020")
    full(FB, "posted", d(2019, 9, 3), r"Sept\. 3, 2019")
    full(BA, "fecha", old, "5 marzo, 2016")
    full(WK, "datum", old, r"05\.03\.2016")
    full(WK, "datum", new, "Eintrag vom 19. Juni 2020")
    full(CC, "vrac", new, r"Cours du vrac : bordeaux rouge générique à (\d )?\d{3} € le "
                          r"tonneau \(semaine 25\)")
    full(TW, "issue", new, rf"From issue {issue_number(new)} of Tapster Weekly, out Thursday "
                           rf"18 June")
    full(SN, "gerste", new, r"Braugerste \(Ernte 2019\): \d{3} €/t, KW 25/2020")
    full(WK, "gutswein", new, r"Unser aktueller Gutsriesling: 2019er Riesling trocken, 12,0 % "
                              r"vol, 8,90 € \(0,75 l\)")
    full(GM, "pasi", new, "რთველის ფასი: რქაწითელი — 0,85 ლარი კილოგრამზე")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(CL, "dated", day).startswith(WEEKDAYS) == (day >= CL_REDESIGN)
        assert ("mis à jour" in on(CC, "date", day)) == (day >= CC_REDESIGN)
        assert on(TW, "dated", day).startswith("Posted") == (day < TW_REDESIGN)
        assert on(IC, "data", day)[0].isdigit() == (day < IC_REDESIGN)
        assert ("Uhr" in on(SN, "datum", day)) == (day >= SN_REDESIGN)
        assert on(HD, "fecha", day)[0].isdigit() == (day < HD_REDESIGN)
        assert on(VM, "data", day)[0].isdigit() == (day < VM_REDESIGN)
        assert on(GM, "tarighi", day)[0].isdigit() == (day < GM_REDESIGN)
        assert on(GC, "dated", day).startswith("Posted") == (day < GC_REDESIGN)
        assert on(FB, "posted", day).startswith("Posted") == (day < FB_REDESIGN)
        assert on(WK, "datum", day).startswith("Eintrag") == (day >= WK_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    # Portuguese month names lose their capital with the spelling reform.
    assert "Março" in on(VM, "data", d(2016, 3, 5)) and "março" in on(VM, "data", d(2017, 3, 5))
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_week() -> None:
    for domain, family, weekday in WEEKLY:
        days = changes(domain, family)
        assert len(days) >= 300 and all(day.weekday() == weekday for day in days), family
    assert found(SN, "gerste", r"Ernte (\d{4})") == {str(y) for y in range(2014, 2021)}
    assert "Ernte 2017" in on(SN, "gerste", d(2018, 7, 30))
    assert "Ernte 2018" in on(SN, "gerste", d(2018, 8, 6))
    # The last issue of 2020 is out on Thursday 31 December.
    assert found(TW, "issue", r"issue (\d+) ") == {str(n) for n in range(300, 614)}
    prices = [int(m[1].replace(" ", "")) for t in group_lines(SET, CC, "vrac")
              if (m := re.search(r"à ([\d ]+) €", norm(t)))]
    assert prices and all(900 <= p <= 1550 for p in prices) and len(set(prices)) >= 5
    barley = [int(m[1]) for t in group_lines(SET, SN, "gerste")
              if (m := re.search(r"(\d+) €/t", norm(t)))]
    assert barley and all(180 <= p <= 255 for p in barley)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # The British trade paper: the fairs, Dry January and the pandemic.
    for first, last in PROWEIN:
        assert f"ProWein {first[:4]}" in on(CL, "notice", iso(last))
    for first, _ in LONDON_WINE_FAIR:
        assert f"London Wine Fair {first[:4]}" in on(CL, "notice", iso(first))
    for y in range(2015, 2021):
        assert f"Dry January {y}" in on(CL, "notice", d(y, 1, 15)), y
    assert "ProWein 2020 is cancelled" in on(CL, "notice", d(2020, 3, 5))
    assert "Coronavirus" in on(CL, "notice", d(2020, 5, 20))
    # The French trade paper: primeurs, Vinexpo, Beaujolais, harvest, tariffs, lockdown.
    for first, last in PRIMEURS + VINEXPO:
        assert first[:4] in on(CC, "lettre", iso(first)) and first[:4] in on(CC, "lettre",
                                                                             iso(last))
    for y in range(2015, 2021):
        day = third_thursday_of_november(y)
        assert f"Beaujolais nouveau {y} : il arrive le jeudi {day.day}" in on(CC, "lettre",
                                                                             day - 3 * one)
        assert f"Vendanges {y}" in on(CC, "lettre", d(y, 9, 20))
    assert "Taxe Trump" in on(CC, "lettre", d(2019, 10, 18))
    assert "Confinement" in on(CC, "lettre", d(2020, 4, 1))
    # The pub newsletter: the beer festival, St Patrick's Day and the pandemic's phases.
    for first, _ in BEER_FESTIVAL:
        assert f"Great British Beer Festival {first[:4]}" in on(TW, "notice", iso(first))
    for y in range(2015, 2020):
        assert f"St Patrick's Day {y}" in on(TW, "notice", d(y, 3, 12)), y
    for day, text in ((d(2020, 4, 1), "closed by law"), (d(2020, 7, 4), "Reopening"),
                      (d(2020, 8, 10), "Eat Out to Help Out"), (d(2020, 10, 1), "curfew"),
                      (d(2020, 11, 10), "Lockdown two"), (d(2020, 12, 31), "Tiers")):
        assert text in on(TW, "notice", day), day
    # The Italian magazine: Vinitaly, Calici di Stelle, the vendemmia, the lockdown.
    for first, _ in VINITALY:
        assert f"Vinitaly {first[:4]}" in on(IC, "avviso", iso(first))
    for y in range(2015, 2021):
        assert f"Calici di Stelle {y}" in on(IC, "avviso", d(y, 8, 10)), y
        assert f"Vendemmia {y}" in on(IC, "avviso", d(y, 9, 20)), y
    assert "Covid-19" in on(IC, "avviso", d(2020, 4, 10))
    # The German brewing site: the Reinheitsgebot, the fairs, Oktoberfest, the lockdowns.
    assert found(SN, "hinweis", r"(\d+) Jahre Reinheitsgebot") == {
        str(y - 1516) for y in range(2015, 2020)}  # in 2020 the lockdown's notice wins
    assert "Gastronomie geschlossen" in on(SN, "hinweis", d(2020, 4, 23))
    assert "500 Jahre Reinheitsgebot" in on(SN, "hinweis", d(2016, 4, 23))
    for first, _, name in BRAUBEVIALE:
        assert name in on(SN, "hinweis", iso(first))
    for y, (_, last) in OKTOBERFEST.items():
        assert f"Oktoberfest {y}" in on(SN, "hinweis", iso(last)), y
    assert "Keine Wiesn 2020" in on(SN, "hinweis", d(2020, 9, 25))
    assert "Lockdown light" in on(SN, "hinweis", d(2020, 12, 1))
    # The Spanish newsletter: FITUR, the Día de la Tapa, the state of alarm, the curfew.
    for first, _ in FITUR:
        assert f"FITUR {first[:4]}" in on(HD, "aviso", iso(first))
    for y in range(2016, 2020):
        day = dia_de_la_tapa(y)
        assert day and f"Día Mundial de la Tapa {y}: jueves {day.day}" in on(HD, "aviso", day)
    assert "Estado de alarma" in on(HD, "aviso", d(2020, 6, 18))  # the alarm wins in 2020
    assert "Toque de queda" in on(HD, "aviso", d(2020, 11, 1))
    # The Portuguese magazine: Essência do Vinho, the vindimas, São Martinho.
    for first, _ in ESSENCIA:
        assert f"Essência do Vinho {first[:4]}" in on(VM, "agenda", iso(first))
    for y in range(2015, 2021):
        assert f"São Martinho {y}" in on(VM, "agenda", d(y, 11, 11)), y
        assert f"Vindimas {y}" in on(VM, "agenda", d(y, 9, 10)), y
    assert "emergência" in on(VM, "agenda", d(2020, 4, 1))
    # The Georgian site: Orthodox Easter, the New Wine Festival, the rtveli, the emergency.
    for y in range(2015, 2020):
        assert "ქრისტე აღსდგა" in on(GM, "shetkobineba", orthodox_easter(y)), y
        festival = new_wine_festival(y)
        assert festival and f"ფესტივალი {y} — {festival.day} მაისს" in on(
            GM, "shetkobineba", festival), y
    for y in range(2015, 2021):
        assert f"რთველი {y}" in on(GM, "shetkobineba", d(y, 9, 20)), y
    assert "კორონავირუსი" in on(GM, "shetkobineba", orthodox_easter(2020))
    # The brewery: Thanksgiving, its anniversary, the Great American Beer Festival.
    for y in range(2015, 2021):
        assert "Thanksgiving" in on(FB, "upcoming", thanksgiving(y)), y
    for y in range(2015, 2020):
        assert (f"{y - 2012}{'rd' if y == 2015 else 'th'} birthday, Saturday June "
                f"{anniversary(y).day}") in on(FB, "upcoming", anniversary(y)), y
    assert "8th birthday party is off" in on(FB, "upcoming", anniversary(2020))
    for y, (first, _) in GABF.items():
        assert f"Great American Beer Festival {y}" in on(FB, "upcoming", iso(first)), y
    assert "goes online" in on(FB, "upcoming", d(2020, 10, 16))
    # The bodega: the Feria, the vendimia, Sherry Week, Christmas, the state of alarm.
    for y, (first, _) in FERIA_DEL_CABALLO.items():
        assert f"Feria del Caballo {y}" in on(BA, "tienda", iso(first)), y
    for y in range(2015, 2021):
        assert f"Fiestas de la Vendimia {y}" in on(BA, "tienda", d(y, 9, 5)), y
        assert f"International Sherry Week {y}" in on(BA, "tienda", sherry_week(y)), y
        assert f"Pedidos de Navidad {y}" in on(BA, "tienda", d(y, 12, 18)), y
        assert f"Navidad {y}" not in on(BA, "tienda", d(y, 12, 19)), y
    assert "estado de alarma" in on(BA, "tienda", d(2020, 5, 9))
    # The winery: the Hoffest, the harvest, Christmas orders, the lockdown.
    for y in range(2015, 2020):
        day = hoffest(y)
        assert day and f"Hoffest am {day.day}. und {day.day + 1}. Juni {y}" in on(
            WK, "hinweis", day), y
    assert "Hoffest fällt 2020 leider aus" in on(WK, "hinweis", nth_weekday(2020, 6, 5, 2))
    for y in range(2015, 2021):
        assert f"Lese {y}" in on(WK, "hinweis", d(y, 10, 1)), y
        assert f"15. Dezember {y}" in on(WK, "hinweis", d(y, 12, 10)), y
    assert "Hofladen geschlossen" in on(WK, "hinweis", d(2020, 4, 1))


def test_a_competitions_season_and_a_taprooms_hours() -> None:
    for y in range(2015, 2021):
        assert on(GC, "stage", d(y, 1, 5)) == f"The {y - 1} results are out: see every medal "\
                                              f"winner"
        assert f"Entries for the {y} Global Cask Awards are open" in on(GC, "stage",
                                                                        d(y, 2, 1))
        assert f"entries for {y} close on 15 April" in on(GC, "stage", d(y, 3, 10))
    for y in range(2015, 2020):
        assert f"Judging for {y} is under way: results on 10 June" in on(GC, "stage",
                                                                         d(y, 5, 1))
        assert f"The {y} results are out" in on(GC, "stage", d(y, 6, 10))
    assert "postponed to September" in on(GC, "stage", d(2020, 5, 1))
    assert "socially distanced" in on(GC, "stage", d(2020, 9, 1))
    assert "The 2020 results are out" in on(GC, "stage", d(2020, 10, 15))
    assert changes(FB, "hours") == {d(y, m, 1) for y in range(2015, 2020) for m in (5, 11)} | {
        d(2020, 3, 17), d(2020, 6, 12), d(2020, 11, 18)}
    assert on(FB, "hours", d(2019, 7, 4)) == SUMMER_HOURS
    assert on(FB, "hours", d(2020, 1, 15)) == WINTER_HOURS
    assert "curbside" in on(FB, "hours", d(2020, 12, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CL, "byline", CL_REDESIGN, "By {author}", "{author_beat}"),
        (CL, "premium", CL_REDESIGN, "Subscriber-only", "Ledger Pro"),
        (CL, "notice", CL_NEWSLETTER, "inbox at 7am", "every weekday morning"),
        (CL, "drinkaware", CL_UNITS, "Please enjoy", "14 units"),
        (CC, "auteur", CC_AUTEUR, "Par {author}", "{read_min} min de lecture"),
        (CC, "lettre", CC_LETTRE, "chaque matin", "6 h 30"),
        (IC, "avviso", IC_NEWSLETTER, "Iscriviti alla newsletter", "degustazioni"),
        (IC, "responsabile", IC_RESPONSABILE, "Bevi responsabilmente.", "cultura"),
        (SN, "hinweis", SN_NEWSLETTER, "kostenlos", "Jeden Dienstag"),
        (HD, "autor", HD_REDESIGN, "Por {author}", "Escrito por"),
        (HD, "aviso", HD_BOLETIN, "Suscríbete", "cada mañana"),
        (HD, "consumo", HD_MENORES, "responsable.", "menores de 18"),
        (VM, "agenda", VM_NEWSLETTER, "sextas-feiras", "duas vezes"),
        (GM, "shetkobineba", GM_INSTAGRAM, "ფეისბუქზე", "ინსტაგრამზე"),
        (GM, "gaprtkhileba", GM_GAPRTKHILEBA, "თქვენი", "18 წლამდე"),
        (GC, "partner", GC_PARTNER, "Oakridge", "Stillhouse"),
        (BA, "tienda", BA_ENVIO, "60 €", "75 €"),
        (BA, "visitas", BA_AFORO, "de lunes a sábado", "aforo reducido")))
    assert_groups_reworded(SET, (
        (CL, "byline", "By ", "Editor"),
        (CL, "drinkaware", "Please enjoy", "14 units"),
        (CC, "date", " 201", "mis à jour"),
        (VM, "autor", "Por ", "Texto de "),
        (HD, "consumo", "responsable.", "menores"),
    ))


def test_amounts_change_over_the_years() -> None:
    last = d(2020, 12, 31)
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= last}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if iso(start) <= LAST_DAY:
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£2.16" in on(CL, "duty", d(2018, 6, 1)) and "£2.05" in on(CL, "duty", d(2016, 6, 1))
    assert "£7.20" in on(TW, "wage", d(2016, 4, 1)) and "£6.70" in on(TW, "wage",
                                                                      d(2016, 3, 31))
    assert "National Living Wage" in on(TW, "wage", LAST_DAY)
    assert "900,00" in on(HD, "smi", d(2020, 2, 4)) and "950,00" in on(HD, "smi",
                                                                     d(2020, 2, 5))
    assert "£295" in on(GC, "fee", d(2020, 12, 1)) and "£315" in on(GC, "fee", d(2020, 6, 1))
    assert "16 %" in on(WK, "mwst", d(2020, 8, 1)) and "19 %" in on(WK, "mwst", LAST_DAY)
    assert "19 %" in on(WK, "mwst", d(2020, 6, 30))
    assert changes(WK, "gutswein") == {d(y, 3, 1) for y in range(2015, 2021)}
    for y in range(2015, 2021):
        assert f"{y - 1}er Riesling" in on(WK, "gutswein", d(y, 3, 1))
        assert GUTSRIESLING[y - 1] in on(WK, "gutswein", d(y, 3, 1))
    assert found(GM, "pasi", r"— ([\d,]+) ლარი") == {v for _, v in RKATSITELI}
    assert "2019: 92,2" in on(SN, "absatz", d(2020, 6, 1))


def test_several_languages_and_scripts() -> None:
    georgian = r"[\u10d0-\u10ff]"
    assert_groups_in_script(SET, (
        (GM, "rubrika", georgian), (GM, "avtori", georgian), (GM, "aseve", georgian),
        (GM, "reklama", georgian), (GM, "gaprtkhileba", georgian), (GM, "tskaro", georgian),
        (GM, "pasi", georgian), (SN, "jugendschutz", r"[äöüß]"), (CC, "evin", r"[éèàù]"),
        (IC, "pubblicita", r"à"), (HD, "legal", r"[áéíóúñ]"), (VM, "moderacao", r"[áçã]"),
        (BA, "moderacion", r"ó")))
    assert any("Março" in t for t in group_lines(SET, VM, "data"))
    assert any(re.search(r"\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|"
                         r"setembro|outubro|novembro|dezembro)\b", t)
               for t in group_lines(SET, VM, "data"))
    assert any(re.search(georgian, t) for t in group_lines(SET, GM, "tarighi"))
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", t) for t in group_lines(SET, GM, "tarighi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CL}/dated", f"{CL}/byline", f"{CL}/related", f"{CL}/kicker",
                         f"{CL}/photo", f"{CL}/score", f"{CL}/copyright", f"{CC}/date",
                         f"{CC}/auteur", f"{CC}/lire", f"{TW}/dated"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CL}/publisher", f"{CL}/drinkaware", f"{CC}/evin", f"{CC}/reproduction",
        f"{TW}/unsubscribe", f"{TW}/address"))
    assert_carried_share(docs, CL, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("duty", 0.03, 0.25), ("notice", 0.15, 0.5), ("copyright", 0.3, 0.6)])
    assert_carried_share(docs, CC, [("date", 0.75, 0.99), ("evin", 0.3, 0.6),
                                    ("erratum", 0.0, 0.15)])
    for fam in (f"{CL}/related", f"{CL}/advert", f"{CC}/lire", f"{CC}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CL, "photo"), (CC, "credit"), (TW, "sponsor"), (SN, "foto"),
                               (HD, "publicidad"), (VM, "publicidade"), (GM, "reklama"),
                               (FB, "pouring")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CL, "correction", 16), (CC, "erratum"), (TW, "update"), (IC, "errata"),
        (SN, "korrektur"), (HD, "fe-de-erratas"), (VM, "correcao"), (GM, "shesworeba"),
        (GC, "correction"), (FB, "update"), (BA, "rectificacion")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CL}/related", "Related: "), (f"{CC}/lire", "À lire également : "),
        (f"{TW}/also", "You might also like: "), (f"{IC}/leggi", "Leggi anche: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CL, "advert", "ADVERTISEMENT"), (CC, "publicite", "PUBLICITÉ"),
        (IC, "pubblicita", "Pubblicità"), (SN, "anzeige", "ANZEIGE"),
        (HD, "publicidad", "Publicidad"), (VM, "publicidade", "Publicidade"),
        (GM, "reklama", "რეკლამა")))
    assert_group_values_from_pool(SET, (
        (CL, "kicker", "kicker"), (CC, "rubrique", "rubrique"), (IC, "categoria", "categoria"),
        (SN, "rubrik", "rubrik"), (HD, "seccion", "seccion"), (VM, "categoria", "categoria"),
        (GM, "rubrika", "rubrika"), (GC, "kicker", "kicker")))
    beers = {norm(t).removeprefix("Now pouring: ") for t in group_lines(SET, FB, "pouring")}
    assert beers and all(re.search(r"· \d\.\d% ABV$", b) for b in beers)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CL, "advert", "ADVERTISEMENT"),
        (CC, "evin", "L'abus d'alcool est dangereux pour la santé, à consommer avec "
                     "modération."),
        (CL, "drinkaware", "The UK Chief Medical Officers advise drinking no more than 14 "
                           "units a week. For the facts: drinkaware.co.uk")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CL: (["publisher", "copyright"], 2),
        CC: (["reproduction", "copyright"], 2),
        TW: (["unsubscribe", "address", "copyright"], 2),
        IC: (["denominazione", "annata", "grado", "prezzo", "voto"], 3),
        SN: (["impressum", "copyright"], 2),
        HD: (["contacto", "legal", "copyright"], 2),
        VM: (["regiao", "castas", "teor", "preco"], 3),
        GM: (["copyright", "tskaro"], 2),
        GC: (["blind", "artwork", "partner", "copyright"], 2),
        BA: (["direccion", "copyright"], 2),
        WK: (["teilen", "kontakt", "copyright"], 2)})


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
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
    for domain, family, _ in WEEKLY:
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
