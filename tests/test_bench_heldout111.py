"""The held-back-111 template set (`tests.bench.heldout_templates_111`): its localised dates
(printed day by day in Polish, Czech, Slovak, Hungarian, Estonian, Latvian, Lithuanian,
Russian, Rusyn in Cyrillic and Kashubian, several changing form on the day of a redesign), the
lines that turn every day, week or month or on working days (the central bank's euro rate,
the air quality, the river's level, sunrise and sunset, name days, the border queue, a word
of the day, weekly editions, a monthly heating price and a monthly's issue), the seasons, the
notices it rewords by date, the calendars some notices follow (the region's votes and second
rounds, a referendum, an election that did not take place, a closed border crossing, the
2018 gatherings, a capital of culture, the 2020 emergencies, quarantines, curfews and mass
testing, national and restoration days with their counts, the Great Orchestra's finals,
Easter and Orthodox Easter, Orthodox Christmas, Midsummer, Victory Day, song festivals,
Kaziuki, the Grand Prix, a marathon, a flood's anniversary, Rusyn language day, Kashubian
Unity Day, events called off in 2020), the amounts in its appeals and prices, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, last_weekday, nth_weekday, orthodox_easter
from tests.bench.heldout_templates_111 import (
    BORDER_SHUT,
    CZ_REDESIGN,
    EE_REDESIGN,
    FIRST_DAY,
    FLOOR_END,
    GP_BRNO,
    HS_REDESIGN,
    HU_REDESIGN,
    KA_REDESIGN,
    KASHUBIAN_WORDS,
    LAST_DAY,
    LATVIAN_NAMES,
    LT_REDESIGN,
    LV_REDESIGN,
    NV_REDESIGN,
    PL_REDESIGN,
    PV_REDESIGN,
    RS_REDESIGN,
    SK_REDESIGN,
    WOSP,
    air_quality,
    border_queue,
    czk_rate,
    heating_price,
    hs_issue,
    latest,
    name_days,
    number_in_year,
    pm10,
    pv_issue,
    sk_issue,
    summer_time,
    sun_times,
    tisza_level,
    word_of_the_day,
    working_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-111"
SITES = ("Głos Nadwarciański", "Jihomoravský večerník", "Východniar", "Tiszamenti Napló",
         "Emajõe Sõnumid", "Dienvidkurzemes Vēstis", "Pamario žinios", "Нарвский берег",
         "Vágdunai Hírnök", "Echo Wileńszczyzny", "Голос з Бескид", "Gwiôzda Kaszëb")
PL, CZ, SK, HU = ("glosnadwarcia.pl", "jmvecernik.cz", "vychodniar.sk", "tiszamentinaplo.hu")
EE, LV, LT, NV = ("emajoesonumid.ee", "dkvestis.lv", "pamariozinios.lt", "narvabereg.ee")
HS, PV, RS, KA = ("vagdunaihirnok.sk", "echowilenszczyzny.lt", "holoszbeskyd.sk",
                  "gwiozdakaszeb.pl")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PL, "data"), (CZ, "datum"), (SK, "datum"), (HU, "datum"), (EE, "kuupaev"),
         (LV, "datums"), (LT, "data"), (NV, "data"), (HS, "datum"), (PV, "data"),
         (RS, "datum"), (KA, "datum"))
# The lines that turn every day, on working days, every week or every month.
PERIODIC = ((PL, "powietrze"), (CZ, "kurz"), (SK, "tyzdennik"), (HU, "vizallas"),
            (EE, "paike"), (LV, "varda-dienas"), (LT, "siluma"), (NV, "ochered"),
            (HS, "lapszam"), (PV, "wydanie"), (RS, "chislo"), (KA, "slowo"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PL, "komunikat"), (CZ, "upozorneni"), (SK, "oznam"), (HU, "figyelem"),
           (EE, "teade"), (LV, "pazinojums"), (LT, "pranesimas"), (NV, "obyavlenie"),
           (HS, "ertesites"), (PV, "komunikat"), (RS, "oholoshenie"), (KA, "wiadomosc"))
SEASONAL = ((PL, "sezon"), (CZ, "obdobi"), (SK, "sezona"), (HU, "evszak"), (EE, "aastaaeg"),
            (LV, "gadalaiks"), (LT, "sezonas"), (NV, "sezon"), (HS, "evszak"), (PV, "pora"),
            (RS, "pora"), (KA, "czas"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    PL: "Polub nas na Facebooku i bądź na bieżąco z wiadomościami z regionu",
    CZ: "Sledujte nás na Facebooku a Twitteru",
    SK: "Sledujte nás na Facebooku a Instagrame",
    HU: "Kövessen minket a Facebookon is!",
    EE: "Meeldi meile Facebookis ja saa uudised esimesena",
    LV: "Seko mums Facebook un Twitter!",
    LT: "Sekite mus „Facebook“ ir būkite pirmi, sužinoję naujienas",
    NV: "Читайте нас во ВКонтакте и на Facebook",
    HS: "Lájkolja Facebook-oldalunkat, hogy ne maradjon le semmiről",
    PV: "Polub nasz profil na Facebooku",
    RS: "Слїдуйте нас на Facebooku",
    KA: "Dołączë do nas na Facebookù | Dołącz do nas na Facebooku",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def numbers(first: int, last: int) -> set[str]:
    """The whole numbers from `first` to `last` as text."""
    return {str(n) for n in range(first, last + 1)}


YEARS = {str(y) for y in range(2015, 2021)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 6), d(2018, 3, 10), d(2019, 4, 30),
        d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert air_quality(20) == "bardzo dobra" and air_quality(21) == "dobra"
    assert air_quality(111) == "zła" and air_quality(151) == "bardzo zła"
    assert working_day(d(2019, 6, 22)) == d(2019, 6, 21) == working_day(d(2019, 6, 23))
    assert working_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert not summer_time(d(2019, 10, 27)) and summer_time(d(2019, 10, 26))
    assert sun_times(d(2019, 6, 21)) < sun_times(d(2019, 12, 21))  # earlier sunrise
    assert sun_times(d(2019, 6, 21))[1] > "22:00" and sun_times(d(2019, 12, 21))[1] < "16:00"
    assert number_in_year(d(2019, 1, 7)) == 1 and number_in_year(d(2019, 1, 8)) == 2
    assert name_days(d(2016, 6, 21)) == name_days(d(2019, 6, 21))
    assert word_of_the_day(d(2019, 6, 21)) != word_of_the_day(d(2019, 6, 22))
    for day in every_day():
        assert name_days(day) != name_days(day + one)
        assert set(name_days(day)) <= set(LATVIAN_NAMES) and len(set(name_days(day))) == 3
        assert heating_price(day) == heating_price(day.replace(day=1))
        assert 8 <= pm10(day) and -200 < tisza_level(day) < 600
        rise, sunset = sun_times(day)
        assert "02:30" < rise < "09:30" and "15:00" < sunset < "23:00", day
        assert (border_queue(day) <= 60) == (day >= BORDER_SHUT)
        if day < FLOOR_END:
            assert czk_rate(day) >= 27.0
        assert czk_rate(day) == czk_rate(working_day(day))
        assert sk_issue(day)[1].weekday() == 1 and day - sk_issue(day)[1] < 7 * one
        volume, number, wednesday = hs_issue(day)
        assert wednesday.weekday() == 2 and volume == wednesday.year - 1990 and number <= 53
        number, total, thursday = pv_issue(day)
        assert thursday.weekday() == 3 and 1 <= number <= 53
        assert pv_issue(day + 7 * one)[1] == total + 1
    assert min(czk_rate(day) for day in every_day() if day >= FLOOR_END) < 26


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PL, "data", old, r"05\.03\.2016, \d\d:\d\d")
    full(PL, "data", new, r"Piątek, 21 czerwca 2019, \d\d:\d\d")
    full(PL, "powietrze", new, r"🌫️ Jakość powietrza w Poznaniu 21\.06: [a-zł ]+ \(PM10 "
                               r"\d+ µg/m³\)")
    full(CZ, "datum", old, r"05\.03\.2016 \d\d:\d\d")
    full(CZ, "datum", new, r"pátek 21\. června 2019, \d\d:\d\d")
    full(CZ, "kurz", old, r"💶 Kurz ČNB k 4\. 3\. 2016: 1 EUR = 27,\d{3} Kč")
    full(CZ, "kurz", new, r"💶 Kurz ČNB k 21\. 6\. 2019: 1 EUR = 2\d,\d{3} Kč")
    full(SK, "datum", old, r"5\. 3\. 2016 \d\d:\d\d")
    full(SK, "datum", new, r"Piatok, 21\. júna 2019")
    full(SK, "tyzdennik", new, r"📰 Týždenník č\. 25/2019 je v predaji od utorka 18\. 6\.")
    full(HU, "datum", old, r"2016\.03\.05\. \d\d:\d\d")
    full(HU, "datum", new, "2019. június 21., péntek")
    full(HU, "vizallas", new, r"🌊 A Tisza vízállása Szegednél június 21-i mérés szerint: "
                              r"-?\d+ cm")
    full(HU, "vizallas", d(2019, 7, 1), r"🌊 A Tisza vízállása Szegednél július 1-jei mérés "
                                        r"szerint: -?\d+ cm")
    full(EE, "kuupaev", old, r"05\.03\.2016 \d\d:\d\d")
    full(EE, "kuupaev", new, "Reede, 21. juuni 2019")
    full(EE, "paike", new, r"🌅 Täna, 21\. juuni: päike tõuseb Tartus kell 0\d:\d\d ja loojub "
                           r"kell 22:\d\d")
    full(LV, "datums", old, r"05\.03\.2016\. \d\d:\d\d")
    full(LV, "datums", new, "Piektdiena, 2019. gada 21. jūnijs")
    full(LV, "varda-dienas", new, r"🎂 Vārda dienu šodien svin: \w+, \w+, \w+")
    full(LT, "data", old, r"2016-03-05 \d\d:\d\d")
    full(LT, "data", new, "2019 m. birželio 21 d., penktadienis")
    full(LT, "siluma", new, r"🔥 Šilumos kaina Klaipėdoje birželio mėn\.: \d,\d\d ct/kWh su "
                            r"PVM")
    full(NV, "data", old, "Суббота, 5 марта 2016")
    full(NV, "data", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(NV, "ochered", new, r"🚗 Граница в Нарве 21\.06: в очереди на выезд \d+ легковых "
                             r"машин")
    full(HS, "datum", old, r"2016\.03\.05\.")
    full(HS, "datum", new, "Péntek, 2019. június 21.")
    full(HS, "lapszam", new, r"📰 29\. évfolyam, 25\. szám, 2019\. június 19\.")
    full(PV, "data", old, "2016-03-05")
    full(PV, "data", new, "21 czerwca 2019")
    full(PV, "wydanie", new, r"🗞️ Nr 25 \(\d{4}\), 20–26 czerwca 2019")
    full(PV, "wydanie", d(2019, 7, 1), r"🗞️ Nr 26 \(\d{4}\), 27 czerwca – 3 lipca 2019")
    full(PV, "wydanie", d(2019, 1, 1), r"🗞️ Nr 52 \(\d{4}\), 27 grudnia 2018 – 2 stycznia "
                                       r"2019")
    full(RS, "datum", old, r"05\.03\.2016")
    full(RS, "datum", new, "21. юна 2019, пятніця")
    full(RS, "chislo", new, "📖 Чісло 6/2019, річник 29")
    full(KA, "datum", old, r"05\.03\.2016")
    full(KA, "datum", new, "Piątk, 21 czerwińca 2019")
    full(KA, "slowo", new, r"📖 Słowò dnia 21\.06: \S+ \(pl\. \S+\)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert bool(re.match(r"\d\d\.", on(PL, "data", day))) == (day < PL_REDESIGN)
        assert bool(re.match(r"\d\d\.", on(CZ, "datum", day))) == (day < CZ_REDESIGN)
        assert ("{time}" in on(SK, "datum", day)) == (day < SK_REDESIGN)
        assert bool(re.match(r"\d{4}\.\d\d", on(HU, "datum", day))) == (day < HU_REDESIGN)
        assert ("{time}" in on(EE, "kuupaev", day)) == (day < EE_REDESIGN)
        assert (" gada " in on(LV, "datums", day)) == (day >= LV_REDESIGN)
        assert (" m. " in on(LT, "data", day)) == (day >= LT_REDESIGN)
        assert ("{time}" in on(NV, "data", day)) == (day >= NV_REDESIGN)
        assert bool(re.match(r"\d{4}\.\d\d", on(HS, "datum", day))) == (day < HS_REDESIGN)
        assert (on(PV, "data", day) == day.isoformat()) == (day < PV_REDESIGN)
        assert bool(re.search("[а-яї]", on(RS, "datum", day))) == (day >= RS_REDESIGN)
        assert bool(re.match(r"\d\d\.", on(KA, "datum", day))) == (day < KA_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((PL, "powietrze"), (HU, "vizallas"), (EE, "paike"),
                           (LV, "varda-dienas"), (NV, "ochered"), (KA, "slowo")):
        assert len(changes(domain, family)) == len(every_day()) - 1, domain
    turned = changes(CZ, "kurz")
    assert all(day.weekday() < 5 for day in turned)
    assert len(turned) == sum(day.weekday() < 5 for day in every_day()) - 1
    for domain, family, weekday in ((SK, "tyzdennik", 1), (HS, "lapszam", 2),
                                    (PV, "wydanie", 3)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    for domain, family in ((LT, "siluma"), (RS, "chislo")):
        turned = changes(domain, family)
        assert len(turned) == 71 and all(day.day == 1 for day in turned), domain
    for day in every_day():
        assert f"PM10 {pm10(day)} " in on(PL, "powietrze", day)
        assert f": {tisza_level(day)} cm" in on(HU, "vizallas", day)
        rise, sunset = sun_times(day)
        assert f"kell {rise} ja loojub kell {sunset}" in on(EE, "paike", day)
        assert ", ".join(name_days(day)) in on(LV, "varda-dienas", day)
        assert f"выезд {border_queue(day)} " in on(NV, "ochered", day)
        assert word_of_the_day(day)[0] in on(KA, "slowo", day)
        assert f"{czk_rate(day):.3f}".replace(".", ",") in on(CZ, "kurz", day)
        assert f"{heating_price(day):.2f}".replace(".", ",") in on(LT, "siluma", day)
        assert f"č. {sk_issue(day)[0]}/" in on(SK, "tyzdennik", day)
    assert {word_of_the_day(day) for day in every_day()} == set(KASHUBIAN_WORDS)
    assert {n for day in every_day() for n in name_days(day)} == set(LATVIAN_NAMES)
    words = {m[1] for day in every_day()
             if (m := re.search(r": ([a-zł ]+) \(PM10", on(PL, "powietrze", day)))}
    assert {"bardzo dobra", "dobra", "umiarkowana", "dostateczna"} <= words


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "lodowiska" in on(PL, "sezon", d(y, 1, 20))
        assert "kąpieliska" in on(PL, "sezon", d(y, 7, 15))
        assert "grzewczy" in on(PL, "sezon", d(y, 11, 1))
        assert "Koupaliště" in on(CZ, "obdobi", d(y, 7, 1))
        assert "Vánoční" in on(CZ, "obdobi", d(y, 12, 5))
        assert "Kúpaliská" in on(SK, "sezona", d(y, 7, 1))
        assert "Szúnyoggyérítés" in on(HU, "evszak", d(y, 6, 1))
        assert "Paprikaszezon" in on(HU, "evszak", d(y, 9, 20))
        assert "supelrand" in on(EE, "aastaaeg", d(y, 7, 1))
        assert "Talv" in on(EE, "aastaaeg", d(y, 1, 15))
        assert "pludmalē" in on(LV, "gadalaiks", d(y, 7, 1))
        assert "Maudymosi" in on(LT, "sezonas", d(y, 7, 1))
        assert "Šildymo" in on(LT, "sezonas", d(y, 1, 15))
        assert "клещей" in on(NV, "sezon", d(y, 5, 1))
        assert "Отопительный" in on(NV, "sezon", d(y, 12, 1))
        assert "Strandszezon" in on(HS, "evszak", d(y, 7, 1))
        assert "polskich szkołach" in on(PV, "pora", d(y, 9, 1))
        assert "табор" in on(RS, "pora", d(y, 7, 1))
        assert "Dyktando" in on(KA, "czas", d(y, 11, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    # Poznan: nine votes, the election that did not take place, the pandemic, the feasts
    for day in ("2015-05-10", "2015-05-24", "2015-10-25", "2018-10-21", "2018-11-04",
                "2019-05-26", "2019-10-13", "2020-06-28", "2020-07-12"):
        assert "Wybory" in on(PL, "komunikat", iso(day)) or "wyborów" in on(
            PL, "komunikat", iso(day)), day
    assert "nie odbędą" in on(PL, "komunikat", d(2020, 5, 9))
    assert "Koronawirus" in on(PL, "komunikat", d(2020, 4, 1))
    assert "czerwonej strefie" in on(PL, "komunikat", d(2020, 12, 1))
    assert counts_in(PL, "komunikat", r"(\d+)\. Finał WOŚP") == numbers(23, 28)
    for y, day in WOSP.items():
        assert "WOŚP" in on(PL, "komunikat", iso(day)), y
    assert counts_in(PL, "komunikat", r"(\d+)\. rocznica uchwalenia") == numbers(224, 228)
    assert counts_in(PL, "komunikat", r"(\d+)\. rocznica odzyskania") == {"97", "98", "99",
                                                                          "101", "102"}
    assert "100-lecie" in on(PL, "komunikat", d(2018, 11, 11))
    assert "bez zgromadzeń" in on(PL, "komunikat", d(2020, 11, 11))
    for y in range(2015, 2020):
        assert "Wielkanoc" in on(PL, "komunikat", easter(y)), y
        assert "Wszystkich Świętych" in on(PL, "komunikat", d(y, 10, 30)), y
    # Brno: six votes, two states of emergency, the Grand Prix, the founding, the revolution
    for day in ("2017-10-21", "2018-01-13", "2018-01-27", "2018-10-06", "2019-05-25",
                "2020-10-03"):
        assert "vol" in on(CZ, "upozorneni", iso(day)).lower(), day
    assert "z auta" in on(CZ, "upozorneni", d(2020, 10, 1))
    assert "Nouzový stav" in on(CZ, "upozorneni", d(2020, 4, 1))
    assert "Znovu nouzový" in on(CZ, "upozorneni", d(2020, 12, 1))
    assert counts_in(CZ, "upozorneni", r"Velká cena (\d{4})") == YEARS - {"2020"}
    for y, day in GP_BRNO.items():
        assert "Velká cena" in on(CZ, "upozorneni", iso(day)), y
    assert "bez diváků" in on(CZ, "upozorneni", d(2020, 8, 9))
    assert counts_in(CZ, "upozorneni", r"státu: (\d+) let") == numbers(97, 101)
    assert counts_in(CZ, "upozorneni", r"(\d+) let od sametové") == numbers(26, 30)
    # Kosice: eight votes, the gatherings, the emergency, testing, the days, the marathon
    for day in ("2016-03-05", "2017-11-04", "2018-11-10", "2019-03-16", "2019-03-30",
                "2019-05-25", "2020-02-29"):
        assert "voľby" in on(SK, "oznam", iso(day)).lower(), day
    assert "Za slušné Slovensko" in on(SK, "oznam", d(2018, 3, 9))
    assert "Núdzový" in on(SK, "oznam", d(2020, 4, 1))
    assert "testovanie" in on(SK, "oznam", d(2020, 10, 31))
    assert "Obmedzenie pohybu" in on(SK, "oznam", d(2020, 12, 1))
    assert counts_in(SK, "oznam", r"republiky: (\d+)\. výročie") == numbers(22, 27)
    assert counts_in(SK, "oznam", r"(\d+)\. výročie Slovenského") == numbers(71, 76)
    assert counts_in(SK, "oznam", r"(\d+)\. Medzinárodný maratón mieru:") == numbers(92, 96)
    assert "virtuálne" in on(SK, "oznam", nth_weekday(2020, 10, 6, 1))
    # Szeged: the border, the referendum, three votes, the state of danger, the curfew
    assert "röszkei" in on(HU, "figyelem", d(2015, 9, 16))
    assert "Népszavazás" in on(HU, "figyelem", d(2016, 10, 2))
    for day in ("2018-04-08", "2019-05-26", "2019-10-13"):
        assert "választás" in on(HU, "figyelem", iso(day)), day
    assert "Veszélyhelyzet" in on(HU, "figyelem", d(2020, 4, 1))
    assert "Kijárási tilalom" in on(HU, "figyelem", d(2020, 12, 1))
    assert counts_in(HU, "figyelem", r"(\d+) éve pusztította") == numbers(136, 141)
    assert counts_in(HU, "figyelem", r"(\d+) éve tört ki a forradalom") == numbers(167, 171)
    assert "elmaradnak" in on(HU, "figyelem", d(2020, 3, 15))
    assert counts_in(HU, "figyelem", r"(\d+) éve tört ki az 1956") == numbers(59, 64)
    assert all("tűzijáték" in on(HU, "figyelem", d(y, 8, 20)) for y in range(2015, 2021))
    # Tartu: four votes, the song festival, the capital of culture, the emergency, the days
    for day in ("2015-03-01", "2017-10-15", "2019-03-03", "2019-05-26"):
        assert "valimised" in on(EE, "teade", iso(day)), day
    assert "laulupidu" in on(EE, "teade", d(2019, 7, 5))
    assert "kultuuripealinn" in on(EE, "teade", d(2019, 8, 30))
    assert "Eriolukord" in on(EE, "teade", d(2020, 4, 1))
    assert counts_in(EE, "teade", r"Vabariik (\d+):") == numbers(97, 102)
    assert all("jaanipäeva" in on(EE, "teade", d(y, 6, 24)) for y in range(2015, 2021))
    # Liepaja: three votes, the song festival, two emergencies, the days and Ligo
    for day in ("2017-06-03", "2018-10-06", "2019-05-25"):
        assert "vēlēšanas" in on(LV, "pazinojums", iso(day)), day
    assert "Dziesmu" in on(LV, "pazinojums", d(2018, 7, 5))
    assert "Ārkārtējā" in on(LV, "pazinojums", d(2020, 4, 1))
    assert "Atkal" in on(LV, "pazinojums", d(2020, 12, 1))
    assert counts_in(LV, "pazinojums", r"(\d+) gadi kopš") == numbers(25, 29)
    assert counts_in(LV, "pazinojums", r"Latvijai (\d+)!") == numbers(97, 101)
    assert all("Līgo" in on(LV, "pazinojums", d(y, 6, 23)) for y in range(2015, 2021))
    # Klaipeda: eight votes, two quarantines, the restoration days, Jonines, the sea festival
    for day in ("2016-10-09", "2016-10-23", "2019-03-03", "2019-03-17", "2019-05-12",
                "2019-05-26", "2020-10-11", "2020-10-25"):
        assert "rinkim" in on(LT, "pranesimas", iso(day)), day
    assert "automobilio" in on(LT, "pranesimas", d(2020, 10, 10))
    assert "Karantinas" in on(LT, "pranesimas", d(2020, 4, 1))
    assert "Vėl karantinas" in on(LT, "pranesimas", d(2020, 12, 1))
    assert counts_in(LT, "pranesimas", r"(\d+) metai nuo Lietuvos") == numbers(97, 102)
    assert counts_in(LT, "pranesimas", r"(\d+) metai nuo Nepriklausomybės") == numbers(25, 30)
    assert counts_in(LT, "pranesimas", r"Jūros šventė (\d{4})") == YEARS
    for y in range(2015, 2021):
        assert "Jūros šventė" in on(LT, "pranesimas", last_weekday(y, 7, 6)), y
    # Narva: four votes, the emergency, the two Christmases' Orthodox one, Easter, Victory Day
    for day in ("2015-03-01", "2017-10-15", "2019-03-03", "2019-05-26"):
        assert "Выборы" in on(NV, "obyavlenie", iso(day)), day
    assert "Чрезвычайное" in on(NV, "obyavlenie", d(2020, 4, 1))
    assert all("Рождеством" in on(NV, "obyavlenie", d(y, 1, 7)) for y in range(2015, 2021))
    for y in range(2015, 2020):
        assert "воскресе" in on(NV, "obyavlenie", orthodox_easter(y)), y
    assert orthodox_easter(2019) == d(2019, 4, 28) and orthodox_easter(2016) == d(2016, 5, 1)
    assert counts_in(NV, "obyavlenie", r"(\d+)-я годовщина Эстонской") == numbers(97, 102)
    assert counts_in(NV, "obyavlenie", r"(\d+)-я годовщина Победы") == numbers(70, 74)
    assert "без массовых" in on(NV, "obyavlenie", d(2020, 5, 9))
    # Vah and Danube: seven Slovak votes, the emergency, testing, the Hungarian days
    for day in ("2016-03-05", "2017-11-04", "2018-11-10", "2019-03-16", "2019-03-30",
                "2019-05-25", "2020-02-29"):
        assert "választás" in on(HS, "ertesites", iso(day)).lower(), day
    assert "Rendkívüli" in on(HS, "ertesites", d(2020, 4, 1))
    assert "tesztelés" in on(HS, "ertesites", d(2020, 10, 31))
    assert counts_in(HS, "ertesites", r"(\d+) éve tört ki") == numbers(167, 172)
    assert counts_in(HS, "ertesites", r"Városnapok (\d{4})") == YEARS - {"2020"}
    assert "elmaradnak" in on(HS, "ertesites", d(2020, 4, 25))
    assert counts_in(HS, "ertesites", r"forradalom (\d+)\. évfordulóján") == numbers(59, 64)
    # Vilnius region: four votes, two quarantines, Kaziuki, the days and All Saints
    for day in ("2016-10-09", "2019-03-03", "2019-05-12", "2020-10-11"):
        assert "Wybory" in on(PV, "komunikat", iso(day)), day
    assert "Kwarantanna" in on(PV, "komunikat", d(2020, 4, 1))
    assert "Ponowna" in on(PV, "komunikat", d(2020, 12, 1))
    assert counts_in(PV, "komunikat", r"Kaziuki (\d{4})") == YEARS
    assert counts_in(PV, "komunikat", r"16 Lutego: (\d+)\.") == numbers(97, 102)
    assert counts_in(PV, "komunikat", r"3 Maja: (\d+)\.") == numbers(224, 228)
    assert counts_in(PV, "komunikat", r"(\d+)\. rocznica odzyskania") == numbers(97, 101)
    assert all("Rossie" in on(PV, "komunikat", d(y, 11, 1)) for y in range(2015, 2021))
    # Presov: three votes, the emergency, Christmas, the language day, Easter, the festival
    for day in ("2016-03-05", "2019-03-16", "2020-02-29"):
        assert "выборы" in on(RS, "oholoshenie", iso(day)), day
    assert "Міморіадна" in on(RS, "oholoshenie", d(2020, 4, 1))
    assert all("рождає" in on(RS, "oholoshenie", d(y, 1, 7)) for y in range(2015, 2021))
    assert counts_in(RS, "oholoshenie", r"языка: (\d+) років") == numbers(20, 25)
    assert "воскрес" in on(RS, "oholoshenie", orthodox_easter(2018))
    assert counts_in(RS, "oholoshenie", r"Свиднику (\d{4})") == YEARS - {"2020"}
    assert "не буде" in on(RS, "oholoshenie", nth_weekday(2020, 6, 5, 3))
    # Kartuzy: four votes, the epidemic, Unity Day, Easter, the gathering, Christmas
    for day in ("2015-10-25", "2018-10-21", "2019-10-13", "2020-06-28"):
        assert "Wybory" in on(KA, "wiadomosc", iso(day)), day
    assert "Epidemia" in on(KA, "wiadomosc", d(2020, 4, 1))
    assert counts_in(KA, "wiadomosc", r"(\d+)\. Dzéń Jednotë") == numbers(5, 9)
    assert counts_in(KA, "wiadomosc", r"Kaszubów (\d{4}):") == YEARS - {"2020"}
    assert "nie odbędzie" in on(KA, "wiadomosc", nth_weekday(2020, 7, 5, 1))
    assert all("Gòdów" in on(KA, "wiadomosc", d(y, 12, 24)) for y in range(2015, 2021))
    assert "Jastrów" in on(KA, "wiadomosc", easter(2017))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PL, "autor", PL_REDESIGN, "Autor:", "| Głos"),
        (PL, "komunikat", d(2019, 9, 2), "Polub", "newsletter"),
        (PL, "prenumerata", d(2017, 1, 2), "39,90 zł", "44,90 zł"),
        (PL, "prenumerata", d(2019, 3, 4), "44,90 zł", "19,99 zł"),
        (CZ, "autor", CZ_REDESIGN, "{author}", "Autor:"),
        (CZ, "upozorneni", d(2019, 9, 2), "Facebooku", "podcast"),
        (CZ, "predplatne", d(2018, 1, 2), "249 Kč", "279 Kč"),
        (CZ, "predplatne", d(2020, 1, 2), "279 Kč", "99 Kč"),
        (SK, "autor", SK_REDESIGN, "Autor:", "redaktor"),
        (SK, "oznam", d(2019, 1, 7), "Instagrame", "newslettera"),
        (SK, "podpora", d(2018, 1, 15), "nezávislú", "2 % z dane"),
        (SK, "predplatne", d(2018, 7, 1), "6,90 €", "7,50 €"),
        (SK, "predplatne", d(2020, 1, 1), "7,50 €", "7,90 €"),
        (HU, "szerzo", HU_REDESIGN, "Szerző:", "| Tiszamenti"),
        (HU, "figyelem", d(2019, 2, 4), "Facebookon", "hírlevelünkre"),
        (HU, "elofizetes", d(2017, 1, 1), "2990 Ft", "3290 Ft"),
        (HU, "elofizetes", d(2019, 7, 1), "3290 Ft", "3690 Ft"),
        (EE, "autor", EE_REDESIGN, "{author}", "ajakirjanik"),
        (EE, "teade", d(2019, 9, 16), "Facebookis", "uudiskiri"),
        (EE, "tellimus", d(2018, 1, 1), "12,50 €", "13,90 €"),
        (EE, "tellimus", d(2020, 1, 1), "13,90 €", "15,90 €"),
        (LV, "autors", LV_REDESIGN, "Autors:", "žurnālists"),
        (LV, "pazinojums", d(2019, 5, 13), "Twitter", "e-pastā"),
        (LV, "abonements", d(2018, 1, 1), "8,50 €", "9,20 €"),
        (LV, "abonements", d(2020, 1, 1), "9,20 €", "9,90 €"),
        (LT, "autorius", LT_REDESIGN, "Autorius:", "„Pamario"),
        (LT, "pranesimas", d(2019, 10, 1), "Facebook", "naujienlaiškį"),
        (LT, "prenumerata", d(2018, 1, 1), "6,90 Eur", "7,50 Eur"),
        (LT, "prenumerata", d(2020, 3, 2), "7,50 Eur", "2,99 Eur"),
        (NV, "avtor", NV_REDESIGN, "Автор:", "«Нарвский"),
        (NV, "obyavlenie", d(2018, 9, 3), "ВКонтакте", "Telegram"),
        (NV, "podpiska", d(2018, 1, 1), "4,90 €", "5,50 €"),
        (NV, "podpiska", d(2020, 1, 1), "5,50 €", "5,90 €"),
        (HS, "szerzo", HS_REDESIGN, "{author}", "Írta:"),
        (HS, "ertesites", d(2019, 4, 1), "Facebook", "Hírlevelünkben"),
        (HS, "ado", d(2019, 1, 15), "lapunkat", "nyomtatványt"),
        (HS, "ar", d(2018, 1, 1), "0,60 €", "0,70 €"),
        (PV, "autor", PV_REDESIGN, "{author}", "Tekst:"),
        (PV, "komunikat", d(2019, 1, 7), "Facebooku", "Newsletter"),
        (PV, "wsparcie", d(2019, 1, 20), "Wspieraj", "FR0512"),
        (PV, "prenumerata", d(2019, 1, 1), "3,50 €", "3,90 €"),
        (RS, "avtor", RS_REDESIGN, "Автор:", "Написав:"),
        (RS, "oholoshenie", d(2019, 6, 1), "Facebooku", "новинкы"),
        (RS, "pidpora", d(2018, 1, 15), "Підпорте", "Даруйте"),
        (RS, "predplata", d(2019, 1, 1), "12 €", "15 €"),
        (KA, "autor", KA_REDESIGN, "Napisôł:", "Tekst:"),
        (KA, "wiadomosc", d(2018, 9, 1), "Facebookù", "newsletter"),
        (KA, "procent", d(2019, 1, 10), "stowarzyszeniu", "cel szczegółowy"),
        (KA, "skladka", d(2019, 1, 1), "30 zł", "40 zł")))
    assert_groups_reworded(SET, (
        (PL, "autor", "Autor: ", " | "),
        (CZ, "datum", ".20", ". "),
        (SK, "datum", ". 20", "a 20"),
        (HU, "datum", ".0", ", "),
        (EE, "kuupaev", ".20", ", "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (NV, "obyavlenie", r"[а-яё]"), (NV, "chitayte", r"[а-яё]"),
        (RS, "oholoshenie", r"[а-яіїєґ]"), (RS, "avtor", r"[А-Яа-я]")))
    assert_groups_in_scripts(SET, (
        (PL, "komunikat", (r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]",)),
        (CZ, "upozorneni", (r"[áčďéěíňóřšťúůýž]",)),
        (HU, "figyelem", (r"[áéíóöőúüű]",)), (LT, "pranesimas", (r"[ąčęėįšųūž]",))),
        share=0.8)
    assert any(re.search("[а-я]", t) for t in group_lines(SET, NV, "data"))
    assert any(re.search("[а-яї]", t) for t in group_lines(SET, RS, "datum"))
    assert any(re.search("[ëòôã]", t) for t in group_lines(SET, KA, "datum"))
    assert all(" | " in t for t in group_lines(SET, KA, "czytaj"))
    assert all(re.fullmatch(r"Loe seda artiklit ka eesti keeles", norm(t))
               for t in group_lines(SET, NV, "eesti-keeles"))
    estonian = r"\b(?:jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|" \
               r"oktoober|november|detsember)\b"
    assert any(re.search(estonian, t) for t in group_lines(SET, EE, "kuupaev"))
    slovak = r"\b(?:januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|" \
             r"októbra|novembra|decembra)\b"
    assert any(re.search(slovak, t) for t in group_lines(SET, SK, "datum"))
    assert any(re.search("[őűö]", t) for t in group_lines(SET, HS, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PL}/data", f"{PL}/autor", f"{PL}/czytaj", f"{PL}/dzial",
                         f"{PL}/fot", f"{PL}/zrodlo", f"{PL}/prawa", f"{PL}/miasto",
                         f"{CZ}/datum", f"{CZ}/prectete", f"{CZ}/autor", f"{SK}/datum",
                         f"{SK}/precitajte", f"{HU}/datum", f"{HU}/erdekelheti"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PL}/redakcja", f"{PL}/zakaz", f"{PL}/reklama", f"{CZ}/redakce", f"{CZ}/zakaz",
        f"{SK}/redakcia", f"{SK}/reprodukcia", f"{HU}/kiado", f"{HU}/felhasznalas"))
    assert_carried_share(docs, PL, [
        ("data", 0.7, 0.97), ("prawa", 0.25, 0.6), ("czytaj", 0.3, 0.75),
        ("sprostowanie", 0.0, 0.1), ("komunikat", 0.15, 0.5)])
    assert_carried_share(docs, CZ, [("datum", 0.7, 0.97), ("oprava", 0.0, 0.15)])
    for fam in (f"{PL}/czytaj", f"{CZ}/prectete", f"{SK}/precitajte", f"{HU}/erdekelheti"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PL}/fot", f"{CZ}/foto", f"{SK}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PL, "fot"), (PL, "reklama"), (CZ, "foto"), (SK, "foto"),
                               (HU, "foto"), (EE, "foto"), (LV, "foto"), (LT, "nuotrauka"),
                               (NV, "foto"), (HS, "kapcsolodo"), (HS, "foto"),
                               (PV, "zobacz"), (PV, "fot"), (RS, "chitajte"), (RS, "foto"),
                               (KA, "czytaj"), (KA, "fot")))


def test_amounts_in_appeals_and_prices() -> None:
    assert "39,90 zł" in on(PL, "prenumerata", d(2016, 6, 1))
    assert "1 zł" in on(PL, "prenumerata", d(2020, 6, 1))
    assert "299 Kč" in on(CZ, "predplatne", d(2020, 6, 1))
    assert "2,99 €" in on(SK, "predplatne", d(2020, 6, 1))
    assert "1490 Ft/hó" in on(HU, "elofizetes", d(2020, 6, 1))
    assert "5,99 €" in on(EE, "tellimus", d(2020, 6, 1))
    assert "3,99 €" in on(LV, "abonements", d(2020, 6, 1))
    assert "pirmas mėnuo nemokamai" in on(LT, "prenumerata", d(2020, 6, 1))
    assert "2,50 €" in on(NV, "podpiska", d(2020, 6, 1))
    assert "16 €" in on(HS, "ar", d(2019, 6, 1)) and "2%" in on(HS, "ado", d(2016, 6, 1))
    assert "e-wydanie 2 €" in on(PV, "prenumerata", d(2020, 6, 1))
    assert "2 %" in on(RS, "pidpora", d(2016, 6, 1))
    assert "uczniowie 10 zł" in on(KA, "skladka", d(2020, 6, 1))
    assert "KRS" in on(KA, "procent", d(2016, 6, 1))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PL, "sprostowanie"), (CZ, "oprava"), (SK, "doplnene"), (HU, "helyesbites"),
        (EE, "parandus"), (LV, "labojums"), (LT, "patikslinimas"), (NV, "popravka"),
        (HS, "pontositas"), (PV, "sprostowanie"), (RS, "spravlinia"), (KA, "odwolane")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PL}/czytaj", "Czytaj także: "), (f"{CZ}/prectete", "Přečtěte si také: "),
        (f"{SK}/precitajte", "Prečítajte si aj: "), (f"{HU}/erdekelheti", "Ez is "
                                                                          "érdekelheti: "),
        (f"{EE}/loe", "Loe ka: "), (f"{LV}/lasi", "Lasi arī: "),
        (f"{LT}/skaitykite", "Skaitykite taip pat: "), (f"{NV}/chitayte", "Читайте также: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (PL, "reklama", "REKLAMA"),
        (PL, "zakaz", "Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy jest "
                      "zabronione."),
        (CZ, "zakaz", "Publikování nebo další šíření obsahu je bez písemného souhlasu "
                      "vydavatele zakázáno."),
        (SK, "reprodukcia", "Akékoľvek použitie obsahu bez súhlasu vydavateľa je zakázané."),
        (HU, "felhasznalas", "A honlapon megjelenő tartalmak a kiadó engedélye nélkül nem "
                             "használhatók fel."),
        (EE, "kasutamine", "Materjalide kasutamine on lubatud ainult toimetuse loal."),
        (LV, "parpublicesana", "Pārpublicēšanas gadījumā atsauce uz avotu obligāta."),
        (LT, "kopijuoti", "Kopijuoti ir platinti be redakcijos sutikimo draudžiama."),
        (NV, "perepechatka", "При перепечатке ссылка на источник обязательна."),
        (HS, "nyilvantartas", "Nyilvántartási szám: EV 0000/08"),
        (RS, "evidencia", "Евід. чісло EV 0000/09")))
    assert_group_values_from_pool(SET, (
        (PL, "dzial", "dzial"), (CZ, "rubrika", "rubrika"), (SK, "rubrika", "rubrika"),
        (HU, "rovat", "rovat"), (EE, "rubriik", "rubriik"), (LV, "sadala", "sadala"),
        (LT, "rubrika", "rubrika"), (NV, "rubrika", "rubrika"), (HS, "rovat", "rovat"),
        (PV, "dzial", "dzial"), (RS, "rubryka", "rubryka")))
    for style, family, pattern, pool_name in (
            (PL, "fot", r"^Fot\. (.+)$", "fot"),
            (PL, "miasto", r"^(.+) –$", "miasto"),
            (CZ, "foto", r"^Foto: (.+)$", "foto"),
            (SK, "foto", r"^Foto: (.+)$", "foto"),
            (SK, "obec", r"^(.+)\.$", "obec")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    for style, family, prefix, pool_name in (
            (PL, "zrodlo", "Źródło: ", "zrodlo"), (CZ, "zdroj", "Zdroj: ", "zdroj"),
            (SK, "zdroj", "Zdroj: ", "zdroj"), (HU, "forras", "Forrás: ", "forras"),
            (EE, "allikas", "Allikas: ", "allikas"), (LV, "avots", "Avots: ", "avots"),
            (LT, "saltinis", "Šaltinis: ", "saltinis")):
        lists = [norm(t).removeprefix(prefix) for t in group_lines(SET, style, family)
                 if norm(t).startswith(prefix)]
        assert lists, (style, family)
        named = [name for text in lists for name in text.split(", ")]
        assert sum(n in pool(SET, style, pool_name) for n in named) >= 0.9 * len(named), style


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PL, "zakaz", "Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy jest "
                      "zabronione."),
        (CZ, "zakaz", "Publikování nebo další šíření obsahu je bez písemného souhlasu "
                      "vydavatele zakázáno."),
        (SK, "reprodukcia", "Akékoľvek použitie obsahu bez súhlasu vydavateľa je zakázané."),
        (HU, "felhasznalas", "A honlapon megjelenő tartalmak a kiadó engedélye nélkül nem "
                             "használhatók fel.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PL: (["redakcja", "prawa", "zakaz"], 3),
        CZ: (["redakce", "copyright", "zakaz"], 3),
        SK: (["redakcia", "copyright", "reprodukcia"], 3),
        HU: (["kiado", "copyright", "felhasznalas"], 2),
        EE: (["toimetus", "oigused", "kasutamine"], 2),
        LV: (["redakcija", "tiesibas", "parpublicesana"], 2),
        LT: (["redakcija", "teises", "kopijuoti"], 2),
        NV: (["redaktsiya", "prava", "perepechatka"], 2),
        HS: (["kiado", "copyright", "nyilvantartas"], 2),
        PV: (["redakcja", "prawa", "projekt"], 2),
        RS: (["vydavatel", "pravo", "evidencia"], 2),
        KA: (["wydawca", "dofinansowanie", "prawa"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PL in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    assert latest(FIRST_DAY, 3) == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
