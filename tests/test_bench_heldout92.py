"""The held-back-92 template set (`tests.bench.heldout_templates_92`): its localised dates
(printed day by day in twelve languages, Serbian in both scripts, several changing form or
script on the day of a redesign, two weeklies by their issue), the lines that turn every day
or every week (central banks' rates on working days, the Tisza's level, the weather, the sea,
the avalanche danger in winter, a radio's programme), the seasons of heating, ferries,
skiing and the 1% appeal, the notices it rewords by date, the calendars some notices follow
(votes and run-offs, referendums, postponed votes, capital controls, the 2020 states of
emergency, earthquakes, the visa waiver, a country's new name, Western and Orthodox Easter,
national days with their counts, a national day moved in 2020, a tilting contest, festivals
called off or moved in 2020), the amounts in its appeals and prices, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import easter, orthodox_easter
from tests.bench.heldout_templates_92 import (
    BG_REDESIGN,
    FIRST_DAY,
    GR_REDESIGN,
    HU_REDESIGN,
    LAST_DAY,
    MK_REDESIGN,
    PL_REDESIGN,
    RO_REDESIGN,
    SERBIAN_WEEKDAYS,
    SK_REDESIGN,
    SR_REDESIGN,
    UA_DEVALUED,
    UA_REDESIGN,
    alka,
    avalanche,
    bg_dollar,
    by_month,
    decimal_comma,
    io_heat,
    made_up,
    pl_issue,
    progress,
    ro_euro,
    sk_issue,
    split_sea,
    sr_euro,
    tisza_level,
    ua_dollar,
    week_from,
    working_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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
    wording_changes,
    wording_on,
)

SET = "held-back-92"
SITES = ("Gazeta de Someș", "Bački dnevnik", "Tiszai Hírlap", "Ηπειρωτική Φωνή",
         "Тримонциум Днес", "Splitska bura", "NEPA", "Tygodnik Spod Giewontu",
         "Закарпатський погляд", "Радио Пелистер", "Horehronský týždeň", "Zëri i Lumbardhit")
RO, SR, HU, GR = ("gazetadesomes.ro", "backidnevnik.rs", "tiszaihirlap.hu",
                  "ipeirotikifoni.gr")
BG, HR, BA, PL = ("trimontiumdnes.bg", "splitskabura.hr", "nepa.ba",
                  "tygodnikspodgiewontu.pl")
UA, MK, SK, KS = ("zpohliad.com.ua", "radiopelister.mk", "horehronskytyzden.sk",
                  "zeriilumbardhit.net")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((RO, "data"), (SR, "datum"), (HU, "datum"), (GR, "imerominia"), (BG, "data"),
         (HR, "datum"), (BA, "dateline"), (PL, "data"), (UA, "data"), (MK, "datum"),
         (SK, "datum"), (KS, "data"))
# The lines that turn every day, every week or on working days.
PERIODIC = ((RO, "curs"), (SR, "kurs"), (HU, "tisza"), (GR, "kairos"), (BG, "kurs"),
            (HR, "more"), (PL, "numer"), (PL, "gory"), (UA, "kurs"), (MK, "programa"),
            (SK, "cislo"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((RO, "anunt"), (SR, "obavestenje"), (HU, "kozlemeny"), (GR, "anakoinosi"),
           (BG, "suobshtenie"), (HR, "obavijest"), (BA, "dezurni"), (PL, "ogloszenie"),
           (UA, "ogoloshennia"), (MK, "frekvencija"), (SK, "oznam"), (KS, "njoftim"))
SEASONAL = ((RO, "caldura"), (HU, "szja"), (HR, "trajekti"), (SK, "lyzovanie"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    RO: "Urmăriți Gazeta de Someș și pe Facebook",
    SR: "Пратите нас на Фејсбуку и Твитеру: Bački dnevnik",
    HU: "Kövesse a Tiszai Hírlapot a Facebookon is!",
    GR: "Ακολουθήστε την Ηπειρωτική Φωνή στο Facebook",
    BG: "Харесайте страницата ни във Фейсбук: Тримонциум Днес",
    HR: "Lajkajte Splitsku buru na Facebooku",
    BA: "Dežurni urednik NEPA: 036 000 000, 0-24",
    PL: "Polub nas na Facebooku: Tygodnik Spod Giewontu",
    UA: "Приєднуйтесь до нас у Facebook: Закарпатський погляд",
    MK: "Радио Пелистер на 97,3 MHz: вести на секој полн час",
    SK: "Horehronský týždeň nájdete aj na Facebooku",
    KS: "Na ndiqni në Facebook: Zëri i Lumbardhit",
}

CYRILLIC, GREEK = r"[\u0400-\u04FF]", r"[\u0370-\u03FF]"
SERBIAN_CYRILLIC = r"[ђјљњћџ]"  # letters Serbian (and Macedonian) Cyrillic has, Bulgarian lacks
MACEDONIAN = r"[ѓќѕ]"
UKRAINIAN = r"[іїєґ]"
BULGARIAN = r"[ъщ]"
ROMANIAN = r"[ăâîșț]"
HUNGARIAN = r"[őűáé]"
POLISH = r"[ąęłńśźż]"
SLOVAK = r"[ľĺŕôä]"
ALBANIAN = r"[ëç]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def numbers(first: int, last: int) -> set[str]:
    """The whole numbers from `first` to `last`, as text."""
    return {str(n) for n in range(first, last + 1)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2015, 7, 1), d(2016, 3, 5), d(2017, 10, 23), d(2018, 12, 1),
        d(2019, 2, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert decimal_comma(4.45123, 4) == "4,4512" and decimal_comma(1.7, 5) == "1,70000"
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert progress(FIRST_DAY) == 0 and progress(LAST_DAY) == 1
    assert [alka(y) for y in (2015, 2018, 2020)] == [d(2015, 8, 2), d(2018, 8, 5),
                                                     d(2020, 8, 2)]
    assert orthodox_easter(2019) == d(2019, 4, 28) and easter(2019) == d(2019, 4, 21)
    for day in every_day():
        assert ro_euro(day) == ro_euro(working_day(day))
        assert sr_euro(day) == sr_euro(working_day(day))
        assert bg_dollar(day) == bg_dollar(working_day(day))
        assert ua_dollar(day) == ua_dollar(working_day(day))
        assert 4.3 < ro_euro(day) < 4.9 and 117 < sr_euro(day) < 123
        assert 1.55 < bg_dollar(day) < 1.85 and 15 < ua_dollar(day) < 28
        assert (ua_dollar(day) < 16) == (working_day(day) < UA_DEVALUED)
        assert -200 <= tisza_level(day) <= 650 and -5 <= io_heat(day) <= 34
        assert 12 <= split_sea(day) <= 27
        assert (avalanche(day) is None) == (5 <= day.month <= 11)
        running, number, tuesday = pl_issue(day)
        assert tuesday.weekday() == 1 and 1 <= number <= 53
        assert pl_issue(day + 7 * one)[0] == running + 1
        volume, issue, monday = sk_issue(day)
        assert monday.weekday() == 0 and volume == monday.year - 1990 and 1 <= issue <= 53
    assert ro_euro(d(2020, 12, 1)) > ro_euro(d(2015, 2, 2)) + 0.3
    assert sr_euro(d(2020, 12, 1)) < sr_euro(d(2015, 2, 2)) - 3
    assert by_month(d(2019, 3, 1), tuple(range(12)), "k", 0) == 2
    assert pl_issue(d(2015, 1, 6))[:2] == (1150, 1)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(RO, "data", old, "Cluj-Napoca, sâmbătă, 5 martie 2016")
    full(RO, "data", new, r"Publicat vineri, 19\.06\.2020, ora \d\d:\d\d")
    full(SR, "datum", old, r"Нови Сад, субота, 5\. март 2016\.")
    full(SR, "datum", new, r"petak, 19\.06\.2020\. u \d\d:\d\d")
    full(HU, "datum", old, r"Szeged, 2016\. március 5\., szombat")
    full(HU, "datum", new, r"2020\.06\.19\. \d\d:\d\d")
    full(GR, "imerominia", old, "Σάββατο, 5 Μαρτίου 2016")
    full(GR, "imerominia", new, r"19/06/2020 - \d\d:\d\d")
    full(BG, "data", old, "събота, 5 март 2016 г.")
    full(BG, "data", new, r"19\.06\.2020 \| \d\d:\d\d ч\.")
    full(HR, "datum", old, r"subota, 5\. ožujka 2016\.")
    full(HR, "datum", new, r"Objavljeno: 19\.06\.2020\. u \d\d:\d\d")
    full(BA, "dateline", old, r"[A-ZĆČŠŽ ]+, 5\. marta 2016\. \(NEPA\) -")
    full(BA, "dateline", new, r"[A-ZĆČŠŽ ]+, 19\.06\.2020\. \d\d:\d\d \(NEPA\)")
    full(PL, "numer", old, r"Nr 9 \(1210\) · wtorek, 1 marca 2016")
    full(PL, "data", old, "Zakopane, sobota, 5 marca 2016")
    full(PL, "data", new, r"19\.06\.2020, \d\d:\d\d")
    full(UA, "data", old, "Ужгород, субота, 5 березня 2016")
    full(UA, "data", new, r"19 червня 2020, \d\d:\d\d")
    full(MK, "datum", old, "Битола, сабота, 5 март 2016")
    full(MK, "datum", new, r"19\.06\.2020 · \d\d:\d\d")
    full(SK, "cislo", old, r"Ročník 26 · číslo 9 · pondelok 29\. februára 2016")
    full(SK, "datum", old, r"Brezno, sobota 5\. marca 2016")
    full(SK, "datum", new, r"19\. 6\. 2020, \d\d:\d\d")
    full(KS, "data", old, "Prizren, e shtunë, 5 mars 2016")
    full(RO, "curs", new, r"💶 Curs BNR: 1 EUR = 4,\d{4} lei")
    full(SR, "kurs", old, r"💱 Средњи курс НБС: 1 евро = 12\d,\d{4} динара")
    full(SR, "kurs", new, r"💱 Srednji kurs NBS: 1 EUR = 11\d,\d{4} RSD")
    full(BG, "kurs", new, r"💵 Курс на БНБ: 1 щатски долар = 1,\d{5} лв\.")
    full(UA, "kurs", new, r"💵 Офіційний курс НБУ: 1 USD = 2\d,\d{4} грн")
    full(HU, "tisza", new, r"🌊 A Tisza vízállása Szegednél ma reggel: -?\d+ cm")
    full(MK, "programa", new, r"📻 Денес во програмата: „Хроника на регионот“ во \d\d?:00 "
                              r"часот")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(RO, "data", day).startswith("Cluj-Napoca") == (day < RO_REDESIGN)
        sr = on(SR, "datum", day)
        assert bool(re.search(CYRILLIC, sr)) == (day < SR_REDESIGN), sr
        if day < SR_REDESIGN:
            assert SERBIAN_WEEKDAYS[day.weekday()] in sr
        assert on(HU, "datum", day).startswith("Szeged") == (day < HU_REDESIGN)
        assert bool(re.search(GREEK, on(GR, "imerominia", day))) == (day < GR_REDESIGN)
        assert on(BG, "data", day).endswith(" г.") == (day < BG_REDESIGN)
        assert on(BA, "dateline", day).startswith("{grad}, ")
        assert on(PL, "data", day).startswith("Zakopane") == (day < PL_REDESIGN)
        assert on(UA, "data", day).startswith("Ужгород") == (day < UA_REDESIGN)
        assert on(MK, "datum", day).startswith("Битола") == (day < MK_REDESIGN)
        assert on(SK, "datum", day).startswith("Brezno") == (day < SK_REDESIGN)
        assert f" {day.year}" in on(KS, "data", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    towns = {m[1] for t in group_lines(SET, BA, "dateline")
             if (m := re.match(r"([A-ZĆČŠŽ ]+), ", norm(t)))}
    assert len(towns) >= 3 and towns <= pool(SET, BA, "grad")


def test_lines_that_turn_every_day_or_week() -> None:
    for domain, family in ((RO, "curs"), (SR, "kurs"), (BG, "kurs"), (UA, "kurs")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    for domain, family in ((HU, "tisza"), (GR, "kairos"), (MK, "programa")):
        assert len(changes(domain, family)) >= 1500, domain
    assert len(changes(HR, "more")) >= 700
    assert len({on(HU, "tisza", day) for day in every_day()}) >= 300
    for domain, family, weekday in ((PL, "numer", 1), (SK, "cislo", 0)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    # the Tisza runs low in autumn and high in spring
    levels = {m: [tisza_level(day) for day in every_day() if day.month == m] for m in (4, 10)}
    assert min(levels[4]) > max(levels[10])
    assert any("-" in on(HU, "tisza", day) for day in every_day())
    # the avalanche danger in winter, the summit's temperature the rest of the year
    for y in range(2015, 2021):
        assert "Zagrożenie lawinowe" in on(PL, "gory", d(y, 2, 1))
        assert "Kasprowy Wierch" in on(PL, "gory", d(y, 7, 1))
    degrees = counts_in(PL, "gory", r"(\d)\. stopień")
    assert degrees == {"1", "2", "3", "4"}
    # the radio's programme by the weekday
    shows = {re.search(r"„(.+)“", on(MK, "programa", day))[1] for day in every_day()}
    assert len(shows) == 7
    assert "Спортска сабота" in on(MK, "programa", d(2018, 6, 2))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "încălzire" in on(RO, "caldura", d(y, 11, 1))
        assert "încheiat" in on(RO, "caldura", d(y, 7, 1))
        assert "határideje május 20" in on(HU, "szja", d(y, 3, 1))
        assert "Köszönjük" in on(HU, "szja", d(y, 6, 1))
        assert "Ljetni" in on(HR, "trajekti", d(y, 7, 1))
        assert "Zimski" in on(HR, "trajekti", d(y, 1, 15))
        assert "aktuálne podmienky" in on(SK, "lyzovanie", d(y, 1, 15))
        assert "Letná sezóna" in on(SK, "lyzovanie", d(y, 7, 15))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    # Cluj: the Union days, the centenary, TIFF (moved in 2020), Colectiv, the emergency
    assert counts_in(RO, "anunt", r"Principatelor: (\d+) de ani") == numbers(156, 161)
    assert counts_in(RO, "anunt", r"1 Decembrie: (\d+) de ani") == numbers(97, 102) - {"100"}
    assert "Centenarul" in on(RO, "anunt", d(2018, 12, 1))
    assert counts_in(RO, "anunt", r"ediția a (\d+)-a") == numbers(14, 19)
    assert "aer liber" in on(RO, "anunt", d(2020, 8, 1))
    assert "Colectiv" in on(RO, "anunt", d(2015, 11, 1))
    assert "Stare de urgență" in on(RO, "anunt", d(2020, 4, 19))  # Easter under lockdown
    assert "Paște" in on(RO, "anunt", orthodox_easter(2019))
    assert "turul al II-lea" in on(RO, "anunt", d(2019, 11, 24))
    assert "două zile" in on(RO, "anunt", d(2018, 10, 7))
    # Novi Sad: Statehood Day's count, EXIT (none in 2020), the postponed vote, both scripts
    assert counts_in(SR, "obavestenje", r"(\d+) (?:година од|godina od)") == numbers(211, 216)
    assert counts_in(SR, "obavestenje", r"EXIT (\d{4})") == numbers(2015, 2019)
    assert "odloženi" in on(SR, "obavestenje", d(2020, 6, 18))
    assert "Vanredno stanje" in on(SR, "obavestenje", d(2020, 4, 1))
    assert "Христос воскресе" in on(SR, "obavestenje", orthodox_easter(2016))
    assert "Hristos vaskrse" in on(SR, "obavestenje", orthodox_easter(2019))
    # Szeged: the revolutions' counts (2020's March day under the state of danger)
    assert counts_in(HU, "kozlemeny", r"forradalom (\d+)\. évfordulója") == numbers(167, 171)
    assert counts_in(HU, "kozlemeny", r"(\d+) éve tört ki") == numbers(59, 64)
    assert counts_in(HU, "kozlemeny", r"Játékok (\d{4})") == numbers(2015, 2019)
    assert "Népszavazás" in on(HU, "kozlemeny", d(2016, 10, 1))
    assert "Újra veszélyhelyzet" in on(HU, "kozlemeny", d(2020, 12, 24))
    # Ioannina: the referendum inside the capital controls, OXI's count, no parade in 2020
    assert "Δημοψήφισμα" in on(GR, "anakoinosi", d(2015, 7, 3))
    assert "Capital controls" in on(GR, "anakoinosi", d(2015, 6, 29))
    assert "Capital controls" in on(GR, "anakoinosi", d(2015, 7, 10))
    assert counts_in(GR, "anakoinosi", r"(\d+) χρόνια από το ΟΧΙ") == numbers(75, 79)
    assert "χωρίς παρελάσεις" in on(GR, "anakoinosi", d(2020, 10, 28))
    assert counts_in(GR, "anakoinosi", r"(\d+) χρόνια από την απελευθέρωση") == numbers(
        102, 107)
    assert "Ανάσταση" in on(GR, "anakoinosi", orthodox_easter(2018))
    assert "Β' γύρος" in on(GR, "anakoinosi", d(2019, 6, 1))
    # Plovdiv: Liberation and Unification with their counts, Baba Marta, the run-offs
    assert counts_in(BG, "suobshtenie", r"(\d+) години от Освобождението") == numbers(137, 142)
    assert counts_in(BG, "suobshtenie", r"(\d+) години от Съединението") == numbers(130, 135)
    assert "Баба Марта" in on(BG, "suobshtenie", d(2017, 3, 1))
    assert "Балотаж за президент" in on(BG, "suobshtenie", d(2016, 11, 13))
    assert "Извънредно положение" in on(BG, "suobshtenie", d(2020, 4, 1))
    # Split: Statehood Day moved in 2020, the tilting contest's and the victory's counts
    for y in range(2015, 2020):
        assert "Dan državnosti" in on(HR, "obavijest", d(y, 6, 25))
        assert "Dan državnosti" not in on(HR, "obavijest", d(y, 5, 30))
    assert "Dan državnosti! (2020)" in on(HR, "obavijest", d(2020, 5, 30))
    assert "Dan državnosti" not in on(HR, "obavijest", d(2020, 6, 25))
    assert counts_in(HR, "obavijest", r"(\d+)\. Sinjska alka") == numbers(300, 305)
    assert counts_in(HR, "obavijest", r"(\d+)\. obljetnica Oluje") == numbers(20, 25)
    assert "Potres u Zagrebu" in on(HR, "obavijest", d(2020, 3, 25))
    assert "Petrinje" in on(HR, "obavijest", d(2021, 1, 5))
    assert "Sveti Duje" in on(HR, "obavijest", d(2018, 5, 7))
    # Mostar: Srebrenica's count, the film festival (online in 2020), Bajram, the postponed vote
    assert counts_in(BA, "dezurni", r"(\d+)\. godišnjica genocida") == numbers(20, 25)
    assert counts_in(BA, "dezurni", r"(\d+)\. Sarajevo Film Festival") == numbers(21, 26)
    assert "online" in on(BA, "dezurni", d(2020, 8, 15))
    assert "Bajram" in on(BA, "dezurni", d(2019, 6, 4))
    assert "odgođeni" in on(BA, "dezurni", d(2020, 11, 14))
    assert "Mostar bira" in on(BA, "dezurni", d(2020, 12, 20))
    # Zakopane: the vote called off, the ski jumping, the folk festival's count
    assert "nie odbędą się" in on(PL, "ogloszenie", d(2020, 5, 8))
    assert counts_in(PL, "ogloszenie", r"skokach narciarskich (\d{4})") == numbers(2015, 2020)
    assert counts_in(PL, "ogloszenie", r"(\d+)\. Międzynarodowy Festiwal") == numbers(48, 52)
    assert counts_in(PL, "ogloszenie", r"(\d+)\. rocznica odzyskania") == numbers(97, 102)
    assert "Wielkanocnych" in on(PL, "ogloszenie", easter(2017))
    # Uzhhorod: the visa waiver, the sakura (none in 2020), the Hungarian day in Hungarian
    assert "Безвіз" in on(UA, "ogoloshennia", d(2017, 6, 12))
    assert counts_in(UA, "ogoloshennia", r"Сакура фест (\d{4})") == numbers(2015, 2019)
    assert "Március 15." in on(UA, "ogoloshennia", d(2018, 3, 15))
    assert counts_in(UA, "ogoloshennia", r"(\d+)-та річниця") == numbers(24, 29)
    assert "Карантин" in on(UA, "ogoloshennia", d(2020, 4, 19))
    # Bitola: the referendum, the new name, the national days' counts, the postponed vote
    assert "Референдум" in on(MK, "frekvencija", d(2018, 9, 30))
    assert "Северна Македонија" in on(MK, "frekvencija", MK_REDESIGN)
    assert counts_in(MK, "frekvencija", r"Илинден: (\d+) години") == numbers(112, 117)
    assert counts_in(MK, "frekvencija", r"(\d+) години независност") == numbers(24, 29)
    assert "одложени" in on(MK, "frekvencija", d(2020, 7, 14))
    assert counts_in(MK, "frekvencija", r"Манаки“ (\d{4})") == numbers(2015, 2020)
    # Brezno: the uprising's count, the folk festival (none in 2020), the mass testing
    assert counts_in(SK, "oznam", r"(\d+)\. výročie SNP") == numbers(71, 76)
    assert counts_in(SK, "oznam", r"Poľanou (\d{4})") == numbers(2015, 2019)
    assert "testovanie" in on(SK, "oznam", d(2020, 11, 1))
    # Prizren: Independence and the Flag Day (2019's in the earthquake's notice), DokuFest
    assert counts_in(KS, "njoftim", r"(\d+) vjet pavarësi") == numbers(7, 12)
    assert counts_in(KS, "njoftim", r"Flamurit! (\d+) vjet") == numbers(103, 108) - {"107"}
    assert "Tërmeti" in on(KS, "njoftim", d(2019, 11, 28))
    assert counts_in(KS, "njoftim", r"edicioni i (\d+)-të") == numbers(14, 18)
    assert "Bayramınız" in on(KS, "njoftim", d(2018, 6, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (RO, "autor", RO_REDESIGN, "Autor:", "de {author}"),
        (RO, "citeste", d(2019, 3, 4), "Citește și:", "CITEȘTE ȘI"),
        (RO, "abonament", d(2017, 1, 9), "15 lei", "19 lei"),
        (RO, "abonament", d(2020, 1, 6), "19 lei", "25 lei"),
        (RO, "drepturi", d(2018, 5, 25), "Toate drepturile", "link activ"),
        (RO, "anunt", d(2019, 9, 2), "Facebook", "newsletterul"),
        (SR, "pise", SR_REDESIGN, "Пише:", "Autor:"),
        (SR, "procitajte", SR_REDESIGN, "Прочитајте", "Pročitajte"),
        (SR, "cena", SR_REDESIGN, "Цена", "Cena primerka: 40"),
        (SR, "cena", d(2018, 3, 1), "40 dinara", "50 dinara"),
        (SR, "podrska", d(2019, 10, 7), "Подржите", "{dinara}"),
        (SR, "prava", SR_REDESIGN, "Сва права", "Sva prava"),
        (HU, "irta", HU_REDESIGN, "Írta:", "| Tiszai Hírlap"),
        (HU, "olvasta", d(2016, 9, 5), "Ezt is olvasta", "Kapcsolódó:"),
        (HU, "elofizetes", d(2017, 7, 3), "1490 Ft", "1990 Ft"),
        (HU, "elofizetes", d(2019, 2, 4), "1990 Ft", "2490 Ft"),
        (GR, "grafei", GR_REDESIGN, "Γράφει:", "| Ηπειρωτική Φωνή"),
        (GR, "fotografia", d(2018, 9, 3), "Φωτογραφία:", "Φωτ.:"),
        (GR, "timi", d(2017, 1, 2), "1,00 €", "1,20 €"),
        (GR, "timi", d(2020, 2, 3), "1,20 €", "1,50 €"),
        (GR, "stirixi", d(2019, 1, 14), "Στηρίξτε", "{evro} €"),
        (BG, "avtor", d(2018, 4, 2), "Автор:", "Репортаж"),
        (BG, "stolitsa", d(2020, 1, 1), "Европейска столица", "наследството"),
        (BG, "daritel", d(2017, 11, 6), "Подкрепете", "{leva} лв."),
        (BG, "suobshtenie", BG_REDESIGN, "Фейсбук", "Viber"),
        (HR, "pise", d(2016, 10, 3), "Piše:", "Autor:"),
        (HR, "klub", d(2019, 5, 7), "Podržite", "Kluba Bure"),
        (HR, "obavijest", d(2018, 2, 5), "Facebooku", "Viberu"),
        (BA, "dezurni", d(2019, 4, 1), "0-24", "WhatsApp"),
        (BA, "pretplata", d(2017, 9, 4), "izvora.", "marketing@"),
        (PL, "tekst", PL_REDESIGN, "Tekst:", "/ Tygodnik"),
        (PL, "cena", d(2018, 1, 9), "3,50 zł", "4,00 zł"),
        (PL, "ogloszenie", d(2019, 6, 3), "Facebooku", "newsletter"),
        (UA, "pidtrymka", d(2018, 3, 5), "Закарпаття.", "Patreon"),
        (UA, "pidtrymka", d(2020, 4, 6), "Patreon", "monobank"),
        (UA, "ogoloshennia", d(2018, 10, 1), "Facebook", "Telegram"),
        (MK, "frekvencija", d(2016, 11, 7), "MHz: вести", "во живо"),
        (MK, "taksa", d(2017, 9, 1), "такса", "буџетот"),
        (SK, "autor", SK_REDESIGN, "Text:", "Autor:"),
        (SK, "cena", d(2018, 1, 8), "0,60 €", "0,70 €"),
        (SK, "oznam", d(2019, 2, 4), "Facebooku", "tip na správu"),
        (KS, "nga", d(2018, 2, 17), "Nga:", "Raportoi:"),
        (KS, "perkrahje", d(2019, 6, 3), "pavarur", "{euro} euro")))
    assert_groups_reworded(SET, (
        (RO, "data", "Cluj-Napoca,", "Publicat "),
        (RO, "autor", "Autor:", "de "),
        (RO, "drepturi", "Toate drepturile", "link activ"),
        (SR, "datum", "Нови Сад", " u "),
        (SR, "procitajte", "Прочитајте још:", "Pročitajte još:"),
        (HU, "olvasta", "Ezt is olvasta", "Kapcsolódó:"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (RO, "caldura", ROMANIAN), (SR, "rubrika", CYRILLIC),
        (HU, "jogok", HUNGARIAN), (GR, "imerominia", GREEK + "|/"), (GR, "dikaiomata", GREEK),
        (BG, "prava", CYRILLIC), (BG, "tsitirane", BULGARIAN), (HR, "preuzimanje", "ž|đ"),
        (PL, "prawa", POLISH), (UA, "vykorystannia", UKRAINIAN), (MK, "prava", CYRILLIC),
        (MK, "servis", CYRILLIC), (SK, "prava", SLOVAK + "|ý"), (KS, "te-drejtat", ALBANIAN)))
    for style, family, script in ((SR, "datum", CYRILLIC), (SR, "pise", CYRILLIC)):
        lines = group_lines(SET, style, family)
        assert any(re.search(script, t) for t in lines), (style, family)
        assert any(not re.search(script, t) for t in lines), (style, family)
    assert "Magyar hírek" in pool(SET, UA, "rubryka")
    assert re.search(HUNGARIAN, on(UA, "ogoloshennia", d(2017, 3, 15)))
    assert re.search(MACEDONIAN, on(MK, "taksa", QUIET))
    assert re.search(MACEDONIAN, on(MK, "frekvencija", orthodox_easter(2018)))
    assert re.search(SERBIAN_CYRILLIC, on(SR, "obavestenje", QUIET))
    assert re.search(r"[ğı]", on(KS, "njoftim", d(2019, 6, 4)))  # the Turkish greeting
    assert "Dobro došli" in on(KS, "pershendetje", QUIET)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{RO}/data", f"{RO}/autor", f"{RO}/citeste", f"{RO}/rubrica",
                         f"{RO}/curs", f"{RO}/anunt", f"{RO}/foto", f"{SR}/datum",
                         f"{SR}/pise", f"{SR}/procitajte", f"{SR}/kurs", f"{HU}/datum",
                         f"{HU}/olvasta", f"{HU}/tisza"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{RO}/redactia", f"{RO}/apa", f"{RO}/publicitate", f"{HU}/jogok", f"{HU}/szerkesztoseg",
        f"{HU}/nyomtatott", f"{GR}/dikaiomata", f"{SR}/most"))
    assert_carried_share(docs, RO, [
        ("data", 0.65, 0.95), ("anunt", 0.15, 0.45), ("citeste", 0.4, 0.75),
        ("apa", 0.0, 0.1), ("publicitate", 0.0, 0.2)])
    assert_carried_share(docs, SR, [("datum", 0.6, 0.9), ("obavestenje", 0.15, 0.45)])
    for fam in (f"{RO}/citeste", f"{SR}/procitajte", f"{HU}/olvasta"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{RO}/foto", f"{SR}/foto", f"{HU}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((RO, "foto"), (RO, "publicitate"), (SR, "foto"), (HU, "foto"),
                               (GR, "fotografia"), (BG, "snimka"), (HR, "foto"), (HR, "oglas"),
                               (BA, "foto"), (PL, "fot"), (UA, "foto"), (MK, "foto"),
                               (SK, "precitajte"), (SK, "foto"), (KS, "lexo")))
    signed = [norm(t) for t in group_lines(SET, BA, "kraj")]
    assert signed and all(re.fullmatch(r"\(kraj\) [a-z]{2}/[a-z]{2}", t) for t in signed)
    initials = {t.removeprefix("(kraj) ") for t in signed}
    assert len(initials) >= 3 and initials <= pool(SET, BA, "inicijali")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (SR, "podrska", r"sa (\S+) dinara", "dinara"),
            (GR, "stirixi", r"με (\d+) €", "evro"),
            (BG, "daritel", r"Дарете (\d+) лв\.", "leva"),
            (UA, "pidtrymka", r"від (\d+) грн", "hryven"),
            (KS, "perkrahje", r"me (\d+) euro", "euro")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert set(amounts) <= pool(SET, style, pool_name), (style, family)
        if style in (SR, GR, BG):
            assert amounts, (style, family)
    prices = {y: on(RO, "abonament", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "15 lei" in prices[2016] and "19 lei" in prices[2018] and "250 lei" in prices[2020]
    assert "14.400 dinara" in on(SR, "cena", d(2019, 1, 1))
    assert "2490 Ft" in on(HU, "elofizetes", d(2020, 1, 1))
    assert "4,90 €" in on(GR, "timi", d(2020, 6, 1))
    assert "20 kuna" in on(HR, "klub", d(2020, 1, 1))
    assert "8% VAT" in on(PL, "cena", d(2016, 1, 1))
    assert "0,70 €" in on(SK, "cena", d(2019, 1, 1))
    seen = {m[1] for t in group_lines(SET, RO, "abonament")
            if (m := re.search(r"(\d+) lei pe lună", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (RO, "apa"), (SR, "most"), (HU, "hid"), (GR, "dromos"), (BG, "voda"),
        (HR, "katamaran"), (BA, "korekcija"), (PL, "droga"), (UA, "svitlo"), (MK, "prekin"),
        (SK, "cesta"), (KS, "rryma")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{GR}/diavaste", "Διαβάστε επίσης: "), (f"{BG}/procheti", "Прочетете още: "),
        (f"{HR}/procitajte", "Pročitajte i: "), (f"{BA}/vezane", "Vezane vijesti: "),
        (f"{PL}/czytaj", "Czytaj także: "), (f"{UA}/chytaite", "Читайте також: "),
        (f"{MK}/procitajte", "Прочитајте и: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{RO}/citeste", ("Citește și: ", "CITEȘTE ȘI ➔ ")),
                          (f"{SR}/procitajte", ("Прочитајте још: ", "Pročitajte još: ")),
                          (f"{HU}/olvasta", ("Ezt is olvasta már? ", "Kapcsolódó: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (RO, "publicitate", "Publicitate"),
        (HR, "oglas", "Oglas"),
        (HU, "nyomtatott", "A cikk a Tiszai Hírlap nyomtatott kiadásában is megjelent."),
        (GR, "entypi", "Το άρθρο δημοσιεύθηκε στην έντυπη έκδοση της εφημερίδας."),
        (BG, "tsitirane", "При използване на материали от сайта позоваването с активен линк е "
                          "задължително."),
        (HR, "preuzimanje", "Zabranjeno preuzimanje sadržaja bez navođenja izvora i poveznice "
                            "na članak."),
        (BA, "kurs", "Kurs CBBiH: 1 EUR = 1,955830 KM (fiksni)")))
    for style, family, pattern, pool_name in (
            (RO, "rubrica", r"^(.+)$", "rubrica"),
            (RO, "foto", r"^Foto: (.+)$", "foto"),
            (SR, "rubrika", r"^(.+)$", "rubrika"),
            (SR, "agencija", r"^Извор: (.+)$", "agencija"),
            (HU, "rovat", r"^(.+)$", "rovat"),
            (GR, "stili", r"^(.+)$", "stili"),
            (GR, "pigi", r"^Πηγή: (.+)$", "pigi"),
            (BG, "rubrika", r"^(.+)$", "rubrika"),
            (HR, "rubrika", r"^(.+)$", "rubrika"),
            (BA, "oznaka", r"^(.+)$", "oznaka"),
            (PL, "dzial", r"^(.+)$", "dzial"),
            (UA, "rubryka", r"^(.+)$", "rubryka"),
            (MK, "izvor", r"^Извор: (.+)$", "agencija")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (RO, "redactia", "Redacția: str. Memorandumului nr. 00, Cluj-Napoca · tel. 0264 000 000"),
        (HU, "szerkesztoseg", "Szerkesztőség: 6720 Szeged, Kárász u. 00. · Telefon: "
                              "62/000-000"),
        (RO, "publicitate", "Publicitate")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        RO: (["abonament", "drepturi", "redactia"], 3), SR: (["cena", "podrska", "prava"], 2),
        HU: (["elofizetes", "jogok", "szerkesztoseg"], 2),
        GR: (["timi", "stirixi", "dikaiomata"], 2), BG: (["daritel", "tsitirane", "prava"], 2),
        HR: (["klub", "preuzimanje", "prava"], 2), BA: (["pretplata", "prava"], 2),
        PL: (["cena", "prawa"], 2), UA: (["pidtrymka", "vykorystannia"], 1),
        MK: (["taksa", "servis", "prava"], 2), SK: (["cena", "prava"], 1),
        KS: (["perkrahje", "te-drejtat"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert RO in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
