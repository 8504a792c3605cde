"""The held-back-102 template set (`tests.bench.heldout_templates_102`): its localised dates
(printed day by day in Spanish, Italian, Portuguese, Catalan, Maltese, Basque, Galician,
French, Corsican, Sardinian and Arabic, several changing form on the day of a redesign, a
weekly by its issue), the lines that turn every day, week or month (the Euribor, the Lotto's
draws, fuel prices, the Ordizia market, the tides, the weather and the wind, the fire danger,
the snow, the liturgical Sunday, the hour the fast breaks in Ramadan), the seasons, the
notices it rewords by date, the calendars some notices follow (votes and run-offs,
referendums, a vote put off, fires, storms, an earthquake, an eruption, the 2020 lockdowns,
national days with their counts, Holy Week and the Feria, San Gennaro, Sant Jordi, Sao Joao,
the Letras Galegas, the Korrika, Sant'Agata, the Eids, events called off in 2020), the
amounts in its appeals and prices, the lines in several languages and scripts, the variation
it promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_102 import (
    CO_REDESIGN,
    DN_REDESIGN,
    EID_ADHA,
    EID_FITR,
    FIRST_DAY,
    GI_REDESIGN,
    GL_REDESIGN,
    LAST_DAY,
    LETRAS,
    MT_REDESIGN,
    NA_REDESIGN,
    PO_REDESIGN,
    RAMADAN,
    SA_REDESIGN,
    SE_REDESIGN,
    catalan_de,
    comma,
    corsica_diesel,
    ct_issue,
    euribor,
    feria,
    fire_danger,
    fuel_pt,
    girona_temperatures,
    iftar,
    interpolate,
    liturgical_sunday,
    lotto_draw,
    made_up,
    malta_wind,
    ordizia_prices,
    ramadan_day,
    roman,
    snow,
    summer_time,
    tides,
    week_from,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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
    wording_changes,
    wording_on,
)

SET = "held-back-102"
SITES = ("El Correo del Guadalquivir", "Gazzetta Partenopea", "Correio da Ribeira",
         "Diari del Ter", "L-Aħbar tal-Port", "Itsasaldeko Berriak", "Xornal de Arousa",
         "Voce dell'Etna", "Isula Infurmazione", "Cronache di Barbagia", "Ressò de les Valls",
         "Puente del Estrecho")
SE, NA, PO, GI = ("correoguadalquivir.es", "gazzettapartenopea.it", "correiodaribeira.pt",
                  "diaridelter.cat")
MT, DN, GL, CT = ("ahbartalport.com.mt", "itsasaldea.eus", "xornaldearousa.gal",
                  "vocedelletna.it")
CO, SA, AD, AL = ("isulainfo.corsica", "cronachedibarbagia.it", "ressodelesvalls.ad",
                  "puentedelestrecho.org")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SE, "fecha"), (NA, "data"), (PO, "data"), (GI, "data"), (MT, "data"), (DN, "data"),
         (GL, "data"), (CT, "data"), (CO, "data"), (SA, "data"), (AD, "data"), (AL, "fecha"))
# The lines that turn every day, every week, on draw days, every month or in a season.
PERIODIC = ((SE, "euribor"), (NA, "lotto"), (PO, "combustiveis"), (GI, "temps"), (MT, "temp"),
            (DN, "azoka"), (GL, "mareas"), (CT, "numero"), (CT, "liturgia"), (CO, "gazole"),
            (SA, "incendi"), (AD, "neu"), (AL, "ramadan"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((SE, "aviso"), (NA, "avviso"), (PO, "aviso"), (GI, "avis"), (MT, "avviz"),
           (DN, "oharra"), (GL, "aviso"), (CT, "avviso"), (CO, "avisu"), (SA, "avvisu"),
           (AD, "avis"), (AL, "avisos"))
SEASONAL = ((SE, "temporada"), (NA, "stagione"), (PO, "epoca"), (GI, "temporada"),
            (MT, "stagun"), (DN, "garaia"), (GL, "tempada"), (CT, "sostegno"),
            (CO, "stagione"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    SE: "Síguenos en Twitter: @correoguadalq",
    NA: "Seguici su Facebook e Instagram: Gazzetta Partenopea",
    PO: "Siga-nos no Facebook: /correiodaribeira",
    GI: "Segueix-nos a Twitter: @diaridelter",
    MT: "Segwina fuq Facebook: L-Aħbar tal-Port",
    DN: "Jarrai gaitzazu Twitterren: @itsasaldea",
    GL: "Síguenos en Facebook: Xornal de Arousa",
    CT: "Seguici su Facebook: Voce dell'Etna",
    CO: "Suivez-nous sur Facebook : Isula Infurmazione",
    SA: "Metti mi piace alla nostra pagina Facebook: Cronache di Barbagia",
    AD: "Segueix-nos a Instagram: @ressodelesvalls",
    AL: "Cita previa de extranjería: pídela por internet, es gratuita; nunca pagues a "
        "intermediarios",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)
YEARS = {str(y) for y in range(2015, 2021)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def numbers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\d+", text)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 26), d(2018, 3, 10), d(2019, 4, 14),
        d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert roman(13) == "XIII" and roman(34) == "XXXIV"
    assert comma(1.2995, 3) == "1,300" and comma(2.5, 1) == "2,5"
    assert catalan_de(3) == "de març" and catalan_de(4) == "d'abril"
    assert catalan_de(8) == "d'agost" and catalan_de(10) == "d'octubre"
    points = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert interpolate(d(2015, 1, 6), points) == 5.0 and interpolate(d(2016, 1, 1), points) == 10
    assert week_from(d(2019, 6, 23), 2) == d(2019, 6, 19) == week_from(d(2019, 6, 19), 2)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert feria(2015) == (d(2015, 4, 20), d(2015, 4, 26))
    assert feria(2018) == (d(2018, 4, 14), d(2018, 4, 21)) and feria(2020) is None
    assert ct_issue(d(2016, 3, 5)) == (29, 9, d(2016, 2, 28))
    assert summer_time(d(2019, 6, 1)) and not summer_time(d(2019, 12, 1))
    assert ramadan_day(d(2019, 5, 6)) == 1 and ramadan_day(d(2019, 6, 3)) == 29
    assert ramadan_day(d(2019, 6, 4)) is None and ramadan_day(d(2016, 7, 5)) == 30
    assert snow(d(2018, 7, 1)) is None and snow(d(2018, 1, 10)) is not None
    assert fire_danger(d(2018, 1, 10)) is None and fire_danger(d(2018, 8, 10)) in (
        "media", "alta", "estrema")
    for y in range(2015, 2021):
        first, eid = (dt.date.fromisoformat(RAMADAN[y]), dt.date.fromisoformat(EID_FITR[y]))
        assert 29 <= (eid - first).days <= 30, y
        assert (dt.date.fromisoformat(EID_ADHA[y]) - eid).days in (67, 68, 69), y
    for day in every_day():
        draw, lotto = lotto_draw(day)
        assert draw.weekday() in (1, 3, 5) and 0 <= (day - draw).days <= 2
        assert len(set(lotto)) == 5 and all(1 <= n <= 90 for n in lotto)
        assert fuel_pt(day) == fuel_pt(week_from(day, 0))
        diesel, petrol = fuel_pt(day)
        assert 1.0 <= diesel <= 1.5 and diesel + 0.19 < petrol < diesel + 0.25
        assert euribor(day) == euribor(day.replace(day=1)) and -0.52 <= euribor(day) <= 0.34
        assert corsica_diesel(day) == corsica_diesel(day.replace(day=1))
        assert ordizia_prices(day) == ordizia_prices(week_from(day, 2))
        high, low = girona_temperatures(day)
        assert 9 <= high <= 35 and 10 <= high - low <= 14
        wind, force, sea = malta_wind(day)
        assert 1 <= force <= 7 and (sea == "qawwi") == (force >= 6)
        highs, lows = tides(day)
        assert highs and lows and all(0 <= t < 1440 for t in highs + lows)
        year, number, sunday = ct_issue(day)
        assert sunday.weekday() == 6 and year == sunday.year - 1987 and 1 <= number <= 53
    # the tides come back about 50 minutes later each day
    assert tides(d(2015, 1, 2))[0][0] - tides(d(2015, 1, 1))[0][0] == 50
    assert euribor(d(2015, 2, 1)) > 0.2 and euribor(d(2020, 12, 1)) < -0.4
    assert "21:" in f"{iftar(d(2019, 6, 21)) // 60}:" and 17 <= iftar(d(2019, 12, 21)) // 60 <= 18


def test_the_liturgical_year() -> None:
    assert liturgical_sunday(d(2019, 3, 10)) == "I Domenica di Quaresima"
    assert liturgical_sunday(d(2016, 11, 20)) == "Nostro Signore Gesù Cristo Re dell'Universo"
    assert liturgical_sunday(d(2017, 7, 2)) == "XIII Domenica del Tempo Ordinario"
    assert liturgical_sunday(d(2018, 1, 14)) == "II Domenica del Tempo Ordinario"
    assert liturgical_sunday(d(2017, 12, 24)) == "IV Domenica di Avvento"
    assert liturgical_sunday(d(2016, 12, 25)) == "Natale del Signore"
    assert liturgical_sunday(d(2019, 1, 6)) == "Epifania del Signore"
    assert liturgical_sunday(d(2020, 2, 2)) == "Presentazione del Signore"
    assert liturgical_sunday(d(2016, 5, 8)) == "Ascensione del Signore"
    for y in range(2015, 2021):
        assert liturgical_sunday(easter(y)) == "Pasqua di Risurrezione"
        assert liturgical_sunday(easter(y) + 49 * one) == "Pentecoste"
    ordinary = set()
    for day in every_day():
        if day.weekday() == 6:
            m = re.fullmatch(r"([IVX]+) Domenica del Tempo Ordinario", liturgical_sunday(day))
            if m:
                ordinary.add(m[1])
    assert {roman(n) for n in range(2, 34)} - ordinary <= {"I", "IX"} and "I" not in ordinary
    assert len(changes(CT, "liturgia")) >= 300
    assert all(day.weekday() == 6 for day in changes(CT, "liturgia"))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SE, "fecha", old, "Sábado, 5 de marzo de 2016")
    full(SE, "fecha", new, r"21 jun 2019 - \d\d:\d\d h")
    full(SE, "euribor", new, r"📈 Euríbor a 12 meses, media de mayo: -0,\d{3} %")
    full(NA, "data", old, "Sabato 5 marzo 2016")
    full(NA, "data", new, r"Aggiornato il 21 giugno 2019 alle \d\d:\d\d")
    full(NA, "lotto", new, r"🎱 Lotto, estrazione di giovedì 20 giugno: ruota di Napoli "
                           r"\d+ - \d+ - \d+ - \d+ - \d+")
    full(PO, "data", old, "5 de março de 2016, sábado")
    full(PO, "data", new, r"Publicado a 21/06/2019, às \d\d:\d\d")
    full(PO, "combustiveis", new, r"⛽ Preços médios desta semana: gasóleo 1,\d{3} €/l, "
                                  r"gasolina 95 1,\d{3} €/l")
    full(GI, "data", old, "dissabte, 5 de març de 2016")
    full(GI, "data", d(2016, 4, 21), "dijous, 21 d'abril de 2016")
    full(GI, "data", new, r"Girona · 21\.06\.2019 · \d\d:\d\d")
    full(GI, "temps", new, r"🌡️ El temps a Girona avui: màxima \d\d °C, mínima -?\d+ °C")
    full(MT, "data", old, "Is-Sibt, 5 ta' Marzu 2016")
    full(MT, "data", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(MT, "temp", new, r"🌬️ It-temp illum: riħ \w+ forza [1-7], baħar [a-z ]+")
    full(DN, "data", old, "2016ko martxoaren 5a, larunbata")
    full(DN, "data", new, r"2019/06/21 · \d\d:\d\d")
    full(DN, "azoka", new, r"🧀 Ordiziako azoka: Idiazabal gazta \d\d,\d\d €/kg, babarrunak "
                           r"\d,\d\d €/kg")
    full(GL, "data", old, "Vilagarcía, 5 de marzo de 2016")
    full(GL, "data", new, r"Venres, 21/06/2019 ás \d\d:\d\d")
    full(GL, "mareas", new, r"🌊 Mareas hoxe en Vilagarcía: preamar \d\d:\d\d( e \d\d:\d\d)?; "
                            r"baixamar \d\d:\d\d( e \d\d:\d\d)?")
    full(CT, "numero", old, "Settimanale · anno 29, n. 9 · domenica 28 febbraio 2016")
    full(CT, "data", old, "Pubblicato il 5 marzo 2016")
    full(CT, "liturgia", old, "✝️ Il Vangelo di domenica: III Domenica di Quaresima")
    full(CO, "data", old, "samedi 5 mars 2016")
    full(CO, "data", new, r"venneri 21 di ghjugnu 2019 · \d\d:\d\d")
    full(CO, "gazole", new, r"⛽ Prix moyen du gazole en Corse en juin : 1,\d{3} €/l")
    full(SA, "data", old, "Nuoro, 5 marzo 2016")
    full(SA, "data", new, "chenàbura 21 de làmpadas 2019")
    full(SA, "incendi", new, r"🔥 Bollettino di oggi: pericolo di incendio (bassa|media|alta|"
                             r"estrema) in Barbagia")
    full(AD, "data", old, "Andorra la Vella, 5 de març del 2016")
    full(AD, "neu", d(2019, 1, 21), r"⛷️ Estat de la neu avui: \d+-\d+ cm de gruix, \d+ pistes "
                                    r"obertes")
    full(AL, "fecha", old, "Almería, 5 de marzo de 2016 · 5 مارس 2016")
    full(AL, "ramadan", d(2019, 5, 20), r"🌙 Ramadán 2019, día 15: ruptura del ayuno en "
                                        r"Almería a las 21:\d\d · رمضان كريم")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert (" de " in on(SE, "fecha", day)) == (day < SE_REDESIGN)
        assert on(NA, "data", day).startswith("Aggiornato") == (day >= NA_REDESIGN)
        assert on(PO, "data", day).startswith("Publicado a") == (day >= PO_REDESIGN)
        assert on(GI, "data", day).startswith("Girona · ") == (day >= GI_REDESIGN)
        assert (" ta' " in on(MT, "data", day)) == (day < MT_REDESIGN)
        assert ("ko " in on(DN, "data", day)) == (day < DN_REDESIGN)
        assert on(GL, "data", day).startswith("Vilagarcía") == (day < GL_REDESIGN)
        assert (" di " in on(CO, "data", day)) == (day >= CO_REDESIGN)
        assert on(SA, "data", day).startswith("Nuoro") == (day < SA_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((SE, "euribor"), (CO, "gazole")):
        turned = changes(domain, family)
        assert 60 <= len(turned) <= 71 and all(day.day == 1 for day in turned), domain
    turned = changes(NA, "lotto")
    assert len(turned) >= 900 and {day.weekday() for day in turned} == {1, 3, 5}
    for domain, family, weekday in ((PO, "combustiveis", 0), (DN, "azoka", 2),
                                    (CT, "numero", 6)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    assert len(changes(GL, "mareas")) == len(every_day()) - 1
    assert len(changes(GI, "temps")) >= 1800 and len(changes(MT, "temp")) >= 1800
    fire = changes(SA, "incendi")
    assert len(fire) >= 300 and all(6 <= day.month <= 10 for day in fire)
    assert all("Campagna antincendio chiusa" in on(SA, "incendi", d(y, 12, 1))
               for y in range(2015, 2021))
    ski = changes(AD, "neu")
    assert len(ski) >= 600 and not any(5 <= day.month <= 11 for day in ski)
    fast = changes(AL, "ramadan")
    assert all(day.month in (4, 5, 6, 7) for day in fast)
    assert len(fast) >= 170  # about 30 days a year, six years
    for y, first in RAMADAN.items():
        day = dt.date.fromisoformat(first)
        assert f"Ramadán {y}, día 1:" in on(AL, "ramadan", day)
        assert "Horarios de oración" in on(AL, "ramadan", day - one)
        assert "Horarios de oración" in on(AL, "ramadan", dt.date.fromisoformat(EID_FITR[y]))
    for day in every_day():
        assert comma(euribor(day), 3) in on(SE, "euribor", day)
        assert comma(fuel_pt(day)[0], 3) in on(PO, "combustiveis", day)
        assert " - ".join(str(n) for n in lotto_draw(day)[1]) in on(NA, "lotto", day)
    assert "-0," in on(SE, "euribor", d(2018, 6, 1)) and "0,3" in on(SE, "euribor",
                                                                     d(2015, 1, 1))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "naranjas" in on(SE, "temporada", d(y, 2, 1))
        assert "calor" in on(SE, "temporada", d(y, 7, 1))
        assert "Vesuvio" in on(NA, "stagione", d(y, 7, 1))
        assert "presepi" in on(NA, "stagione", d(y, 12, 1))
        assert "Sentieri" in on(NA, "stagione", d(y, 3, 1))
        assert "balnear" in on(PO, "epoca", d(y, 6, 15))
        assert "incêndios" in on(PO, "epoca", d(y, 8, 1))
        assert "marítima" in on(PO, "epoca", d(y, 1, 15))
        assert "bolets" in on(GI, "temporada", d(y, 10, 15))
        assert "festi" in on(MT, "stagun", d(y, 8, 1)) and "Milied" in on(MT, "stagun",
                                                                         d(y, 12, 1))
        assert "Txotx" in on(DN, "garaia", d(y, 2, 1))
        assert "incendios" in on(GL, "tempada", d(y, 8, 1))
        assert "8xmille" in on(CT, "sostegno", d(y, 5, 1))
        assert "offerta" in on(CT, "sostegno", d(y, 10, 1))
        assert "Vizzavona" in on(CO, "stagione", d(y, 1, 15))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = YEARS
    # Seville: eight votes, the state of alarm, Andalusia Day, Holy Week, the Feria, Corpus
    assert "20D" in on(SE, "aviso", d(2015, 12, 18)) and "10N" in on(SE, "aviso",
                                                                     d(2019, 11, 9))
    assert "andaluzas" in on(SE, "aviso", d(2018, 11, 30))
    assert "alarma" in on(SE, "aviso", d(2020, 4, 10))
    assert counts_in(SE, "aviso", r"(\d+) años del referéndum") == {str(n)
                                                                    for n in range(35, 41)}
    assert counts_in(SE, "aviso", r"Semana Santa (\d{4})") == years - {"2020"}
    assert counts_in(SE, "aviso", r"Feria de Abril (\d{4})") == years - {"2020"}
    assert "Feria" in on(SE, "aviso", d(2017, 4, 29)) and "Feria" in on(SE, "aviso",
                                                                       d(2016, 4, 17))
    assert "Feria" not in on(SE, "aviso", d(2016, 4, 18))
    assert "Corpus" in on(SE, "aviso", easter(2019) + 60 * one)
    # Naples: the votes, lockdown, Maradona, San Gennaro's three days, the counts
    assert "Ballottaggio" in on(NA, "avviso", d(2016, 6, 18))
    assert "Referendum" in on(NA, "avviso", d(2016, 12, 1))
    assert "resto a casa" in on(NA, "avviso", d(2020, 4, 1))
    assert "Maradona" in on(NA, "avviso", d(2020, 11, 27))
    for day in (d(2017, 9, 19), d(2017, 5, 6), d(2017, 12, 16)):
        assert "San Gennaro" in on(NA, "avviso", day), day
    assert counts_in(NA, "avviso", r"(\d+)° anniversario della Liberazione") == {
        str(n) for n in range(70, 75)}  # 2020's: the lockdown
    assert counts_in(NA, "avviso", r"Repubblica: (\d+) anni") == {
        str(n) for n in range(71, 75)}  # 2015's and 2016's: the regional and the city votes
    assert counts_in(NA, "avviso", r"Giornate di Napoli: (\d+) anni") == {
        str(n) for n in range(72, 78)}
    # Porto: the votes, Euro 2016, the fires, Leslie, the emergency, Sao Joao
    assert "campeão" in on(PO, "aviso", d(2016, 7, 11))
    assert "Pedrógão" in on(PO, "aviso", d(2017, 6, 20))
    assert "Incêndios" in on(PO, "aviso", d(2017, 10, 17))
    assert "Leslie" in on(PO, "aviso", d(2018, 10, 14))
    assert "emergência" in on(PO, "aviso", d(2020, 4, 1))
    assert counts_in(PO, "aviso", r"(\d+) anos do 25 de Abril") == {
        str(n) for n in range(41, 46)}  # 2020's: the emergency
    assert counts_in(PO, "aviso", r"São João (\d{4})") == years - {
        "2017", "2020"}  # 2017's: Pedrógão's mourning
    assert "não há São João" in on(PO, "aviso", d(2020, 6, 23))
    # Girona: the referendum, the road blocks, Gloria, the feasts (first)
    assert "1 d'octubre" in on(GI, "avis", d(2017, 9, 30))
    assert "AP-7" in on(GI, "avis", d(2019, 10, 16))
    assert "Gloria" in on(GI, "avis", d(2020, 1, 21))
    assert counts_in(GI, "avis", r"Diada Nacional de Catalunya (\d{4})") == years
    assert counts_in(GI, "avis", r"Sant Jordi (\d{4}):") == years
    assert "a casa" in on(GI, "avis", d(2020, 4, 23))
    assert counts_in(GI, "avis", r"Temps de Flors (\d{4}): horaris") == years - {"2020"}
    assert counts_in(GI, "avis", r"Fires de Sant Narcís (\d{4})") == years - {"2020"}
    assert "Enguany no hi ha Fires" in on(GI, "avis", d(2020, 10, 29))
    # Valletta: the referendum, CHOGM, the votes, V18, the counts, the carnival
    assert "kaċċa" in on(MT, "avviz", d(2015, 4, 9))
    assert "CHOGM" in on(MT, "avviz", d(2015, 11, 27))
    assert "Valletta 2018" in on(MT, "avviz", d(2018, 1, 20))
    assert counts_in(MT, "avviz", r"Indipendenza: (\d+) sena") == {str(n) for n in range(51, 57)}
    assert counts_in(MT, "avviz", r"Ħelsien: (\d+) sena") == {str(n) for n in range(36, 41)}
    assert counts_in(MT, "avviz", r"Karnival ta' Malta (\d{4})") == years
    # Donostia: the Korrikas, ETA's end, two Basque votes, the feasts
    assert counts_in(DN, "oharra", r"(\d+)\. Korrika") == {"19", "20", "21"}
    assert "Armagabetze" in on(DN, "oharra", d(2017, 4, 8))
    assert "Legebiltzarrerako" in on(DN, "oharra", d(2020, 7, 10))
    assert counts_in(DN, "oharra", r"Aste Nagusia (\d{4})") == years - {"2020"}
    assert "Aurten ez dago" in on(DN, "oharra", d(2020, 8, 15))
    assert counts_in(DN, "oharra", r"Zinemaldia (\d{4})") == years
    assert counts_in(DN, "oharra", r"Aberri Eguna (\d{4})") == years - {"2020"}
    # Arousa: the fires, the vote put off, the Letters' honorees, the festivals
    assert "lumes" in on(GL, "aviso", d(2017, 10, 16))
    assert "aprazadas" in on(GL, "aviso", d(2020, 4, 5))
    for y in range(2015, 2020):
        assert LETRAS[y] in on(GL, "aviso", d(y, 5, 17)), y
    assert counts_in(GL, "aviso", r"Festa do Albariño (\d{4})") == years - {"2020"}
    assert "Sen Festa do Albariño" in on(GL, "aviso", d(2020, 8, 2))
    assert counts_in(GL, "aviso", r"Festa do Marisco (\d{4})") == years - {"2020"}
    # Catania: Etna, the pope, the earthquake, the Masses, Sant'Agata
    assert "Etna" in on(CT, "avviso", d(2015, 12, 4))
    assert "Papa" in on(CT, "avviso", d(2018, 9, 12))
    assert "Fleri" in on(CT, "avviso", d(2019, 1, 15))
    assert "streaming" in on(CT, "avviso", d(2020, 4, 12))
    assert counts_in(CT, "avviso", r"Sant'Agata (\d{4})") == years
    # Bastia: two rounds of four votes, the visit, the rally, the Festa di a Nazione
    assert "2e tour" in on(CO, "avisu", d(2017, 12, 8)) and "1er tour" in on(CO, "avisu",
                                                                             d(2015, 12, 4))
    assert "Cunfinamentu" in on(CO, "avisu", d(2020, 4, 1))
    assert counts_in(CO, "avisu", r"Tour de Corse (\d{4})") == years - {"2020"}
    assert {day.year for day in every_day() if day.month == 12 and day.day == 8
            and "Nazione" in on(CO, "avisu", day)} == {2016, 2018, 2019, 2020}
    # Nuoro: the votes, the lockdown, Sa Die's count, the Redentore
    assert "Regionali" in on(SA, "avvisu", d(2019, 2, 22))
    assert "Abbarrade" in on(SA, "avvisu", d(2020, 4, 1))
    assert counts_in(SA, "avvisu", r"Sardigna: (\d+) annos") == {str(n) for n in range(221, 226)}
    assert counts_in(SA, "avvisu", r"Redentore (\d{4})") == years
    assert "niente sfilata" in on(SA, "avvisu", d(2020, 8, 30))
    # Andorra: the votes, the races, Constitution Day's count
    assert "Tour" in on(AD, "avis", d(2016, 7, 10)) and "Vuelta" in on(AD, "avis",
                                                                      d(2019, 9, 1))
    assert counts_in(AD, "avis", r"Constitució: (\d+) anys") == {str(n) for n in range(22, 27)}
    # Almeria: the Eids (over the state of alarm), the municipal votes
    assert counts_in(AL, "avisos", r"Eid al-Fitr (\d{4})") == years
    assert counts_in(AL, "avisos", r"Eid al-Adha (\d{4})") == years
    assert "marroquí" in on(AL, "avisos", d(2019, 5, 20))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SE, "firma", SE_REDESIGN, "| Sevilla", "Por {author}"),
        (SE, "suscripcion", d(2017, 10, 2), "6,99", "9,99"),
        (SE, "suscripcion", d(2020, 5, 4), "9,99 € al mes", "primer mes"),
        (SE, "derechos", SE_REDESIGN, "S.L.", "Reservados"),
        (SE, "aviso", d(2019, 3, 4), "Twitter", "newsletter"),
        (NA, "autore", NA_REDESIGN, "di {author}", "Articolo"),
        (NA, "abbonamento", d(2017, 1, 9), "4,99", "5,99"),
        (NA, "abbonamento", d(2020, 3, 16), "5,99 € al mese", "tre mesi"),
        (NA, "copyright", d(2019, 1, 7), "© {year} Gazzetta", "Tribunale"),
        (PO, "autor", PO_REDESIGN, "Texto:", "Jornalista"),
        (PO, "assinatura", PO_REDESIGN, "4,90", "5,90"),
        (PO, "assinatura", d(2020, 9, 1), "por mês", "59 €"),
        (GI, "signatura", GI_REDESIGN, "· Girona", "Redacció"),
        (GI, "subscripcio", d(2019, 1, 7), "6 €", "8 €"),
        (MT, "kittieb", MT_REDESIGN, "Kitba", "Ġurnalist"),
        (MT, "abbonament", d(2019, 1, 2), "€4", "€5"),
        (MT, "abbonament", d(2020, 6, 1), "fix-xahar", "fis-sena"),
        (DN, "egilea", DN_REDESIGN, "| Donostia", "Testua"),
        (DN, "bazkide", d(2019, 9, 2), "5 euro", "6 euro"),
        (GL, "sinatura", GL_REDESIGN, "{author}", "· Xornal"),
        (GL, "apoio", d(2020, 1, 7), "achega", "subscrición"),
        (CT, "autore", d(2019, 2, 5), "A cura di", "Testo di"),
        (CT, "abbonamento", d(2018, 1, 7), "30 euro", "35 euro"),
        (CO, "autore", CO_REDESIGN, "Par ", "Scrittu da"),
        (CO, "abbunamentu", d(2019, 1, 7), "5 €", "6 €"),
        (SA, "autore", SA_REDESIGN, "Servizio di", "Nùgoro"),
        (SA, "sostegno", d(2019, 10, 1), "abbonati", "PayPal"),
        (AD, "autor", d(2019, 9, 8), "{author}", "Andorra la Vella"),
        (AD, "aportacio", d(2020, 1, 7), "aportació", "3 €"),
        (AL, "cuota", d(2019, 1, 1), "15 €", "20 €"),
        (AL, "avisos", d(2019, 3, 4), "Cita previa", "WhatsApp")))
    assert_groups_reworded(SET, (
        (SE, "fecha", " de ", " h"),
        (NA, "data", " 20", "Aggiornato il"),
        (PO, "data", ", ", "Publicado a"),
        (GI, "data", " de ", "Girona · "),
        (SE, "firma", "| Sevilla", "Por "),
    ))


def test_several_languages_and_scripts() -> None:
    maltese = r"[ĠġĦħĊċŻż]"
    basque = r"\b(?:astelehena|asteartea|asteazkena|osteguna|ostirala|larunbata|igandea)\b"
    corsican = r"\b(?:luni|marti|mercuri|ghjovi|venneri|sabbatu|dumenica)\b"
    sardinian = r"\b(?:lunis|martis|mércuris|giòbia|chenàbura|sàbadu|domìniga)\b"
    arabic = r"[\u0600-\u06ff]"
    assert any(re.search(maltese, t) for t in group_lines(SET, MT, "data"))
    assert all(re.search(maltese, t) for t in group_lines(SET, MT, "temp"))
    assert any(re.search(basque, t) for t in group_lines(SET, DN, "data"))
    assert any(re.search(corsican, t) for t in group_lines(SET, CO, "data"))
    assert any(re.search(sardinian, t) for t in group_lines(SET, SA, "data"))
    assert all(re.search(arabic, t) for t in group_lines(SET, AL, "fecha"))
    assert all(re.search(arabic, t) for t in group_lines(SET, AL, "tambien"))
    assert all(re.search(arabic, t) for t in group_lines(SET, AL, "clases"))
    assert any(" d'" in t for t in group_lines(SET, GI, "data") + group_lines(SET, AD, "data"))
    assert all(" del 20" in t for t in group_lines(SET, AD, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SE}/fecha", f"{SE}/firma", f"{SE}/relacionada", f"{SE}/seccion",
                         f"{SE}/euribor", f"{SE}/derechos", f"{NA}/data", f"{NA}/leggi",
                         f"{NA}/sezione", f"{NA}/lotto", f"{PO}/data", f"{PO}/combustiveis"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SE}/trafico", f"{SE}/reproduccion", f"{SE}/anuncio", f"{NA}/riproduzione",
        f"{PO}/estatuto", f"{PO}/lusa", f"{GI}/reproduccio", f"{MT}/kummenti"))
    assert_carried_share(docs, SE, [
        ("fecha", 0.7, 0.97), ("derechos", 0.3, 0.6), ("relacionada", 0.4, 0.75),
        ("trafico", 0.0, 0.1), ("aviso", 0.15, 0.45)])
    assert_carried_share(docs, NA, [("data", 0.65, 0.93), ("riproduzione", 0.1, 0.4)])
    for fam in (f"{SE}/relacionada", f"{NA}/leggi", f"{PO}/leia"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{SE}/foto", f"{NA}/foto", f"{PO}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((SE, "foto"), (SE, "anuncio"), (NA, "foto"), (PO, "foto"),
                               (GI, "foto"), (MT, "ritratt"), (DN, "argazkia"), (GL, "foto"),
                               (CT, "vedi"), (CT, "foto"), (CO, "leghje"), (CO, "photo"),
                               (SA, "leghe"), (AD, "mes"), (AL, "tambien")))
    sources = {m[1] for t in group_lines(SET, SE, "fuente")
               if (m := re.fullmatch(r"Fuente: (.+)", norm(t)))}
    assert sources and sources <= pool(SET, SE, "agencia")


def test_amounts_in_appeals_and_prices() -> None:
    prices = {y: on(SE, "suscripcion", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "6,99" in prices[2015] and "9,99" in prices[2018] and "1 €" in prices[2020]
    assert "4,99" in on(NA, "abbonamento", d(2016, 1, 1))
    assert "4,90" in on(PO, "assinatura", d(2016, 1, 1))
    assert "59 €" in on(PO, "assinatura", d(2020, 12, 1))
    assert "80 €" in on(GI, "subscripcio", d(2020, 1, 1))
    assert "€50" in on(MT, "abbonament", d(2020, 12, 1))
    assert "6 euro" in on(DN, "bazkide", d(2020, 1, 1))
    assert "3 €" in on(GL, "apoio", d(2020, 6, 1))
    assert "sostenitore 60 euro" in on(CT, "abbonamento", d(2019, 1, 1))
    assert "60 € par an" in on(CO, "abbunamentu", d(2020, 1, 1))
    assert "20 € al año" in on(AL, "cuota", d(2020, 1, 1))
    seen = {m[1] for t in group_lines(SET, SE, "suscripcion")
            if (m := re.search(r"(\d,\d\d) € al mes", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SE, "trafico"), (NA, "metro"), (PO, "metro"), (GI, "obres"), (MT, "vapur"),
        (DN, "trena"), (GL, "auga"), (CT, "ritardo"), (CO, "trenu"), (SA, "acqua"),
        (AD, "frontera"), (AL, "horario")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SE}/relacionada", "Noticia relacionada: "), (f"{NA}/leggi", "Leggi anche → "),
        (f"{PO}/leia", "LEIA TAMBÉM | "), (f"{GI}/llegeix", "Llegeix també: "),
        (f"{MT}/aqra", "Aqra wkoll: "), (f"{DN}/gaiari", "Gai honi buruz: "),
        (f"{GL}/le-tamen", "Le tamén: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (SE, "anuncio", "Continúa tras el anuncio"),
        (NA, "riproduzione", "© RIPRODUZIONE RISERVATA"),
        (PO, "lusa", "* Com Lusa"),
        (PO, "estatuto", "Estatuto editorial · Ficha técnica · Contactos · Política de "
                         "privacidade"),
        (DN, "lizentzia", "Eduki hau Creative Commons BY-SA 4.0 lizentziapean argitaratu da."),
        (CT, "ripresa", "Gli articoli possono essere ripresi citando la fonte e l'autore.")))
    for style, family, pattern, pool_name in (
            (SE, "seccion", r"^(.+)$", "seccion"),
            (SE, "foto", r"^\(Foto: (.+)\)$", "foto"),
            (NA, "sezione", r"^(.+)$", "sezione"),
            (NA, "luogo", r"^(.+) –$", "citta"),
            (NA, "foto", r"^\(foto (.+)\)$", "foto"),
            (PO, "seccao", r"^(.+)$", "seccao"),
            (GI, "seccio", r"^(.+)$", "seccio"),
            (MT, "taqsima", r"^(.+)$", "taqsima"),
            (MT, "ritratt", r"^Ritratt: (.+)$", "ritratt"),
            (DN, "atala", r"^(.+)$", "atala"),
            (GL, "seccion", r"^(.+)$", "seccion"),
            (CT, "rubrica", r"^(.+)$", "rubrica")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NA, "riproduzione", "© RIPRODUZIONE RISERVATA"),
        (SE, "reproduccion", "Queda prohibida la reproducción de este contenido en servicios "
                             "de recortes de prensa sin autorización expresa (art. 32.1 LPI)."),
        (PO, "estatuto", "Estatuto editorial · Ficha técnica · Contactos · Política de "
                         "privacidade")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SE: (["suscripcion", "derechos", "reproduccion"], 2),
        NA: (["abbonamento", "copyright", "riproduzione"], 2),
        PO: (["assinatura", "direitos", "estatuto"], 2),
        GI: (["subscripcio", "drets", "reproduccio"], 2),
        MT: (["abbonament", "drittijiet", "kummenti"], 2),
        DN: (["bazkide", "lizentzia", "kooperatiba"], 2),
        GL: (["apoio", "dereitos"], 2),
        CT: (["abbonamento", "ripresa", "redazione"], 2),
        CO: (["abbunamentu", "dritti"], 2),
        SA: (["sostegno", "copyright"], 1),
        AD: (["aportacio", "drets"], 1),
        AL: (["cuota", "clases", "registro"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert SE in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
