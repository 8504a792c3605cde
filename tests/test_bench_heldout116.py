"""The held-back-116 template set (`tests.bench.heldout_templates_116`): its localised dates
(printed day by day in Bokmål, Swedish, Danish, Finnish, Icelandic, English with Russian,
Nynorsk, Faroese, Northern Sámi, Greenlandic with Danish, Åland Swedish and Kven with
Norwegian, each changing form on the day of a redesign), the lines that turn every day, week
or month (an electricity price, the sun over Kiruna, a northern lights forecast, a border
rate, two ferries, a quiz, a crossword, papers by their week and number, a monthly), the
seasons, the notices it rewords by date, the calendars some notices follow (votes, the Euro
and the World Cup, the Arctic Winter Games, the 2020 lockdowns and the closed border,
national days with their counts, Easter, Great Prayer Day, midsummer, the first day of
summer, Þorri, Ólavsøka, the Kven people's day, Lucia and Christmas), the amounts in its
appeals and prices, the lines in several languages and scripts, the variation it promises,
its multi-line blocks and the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_116 import (
    AX_REDESIGN,
    BA_REDESIGN,
    DK_REDESIGN,
    FI_REDESIGN,
    FIRST_DAY,
    FO_REDESIGN,
    GL_REDESIGN,
    IS_REDESIGN,
    KV_REDESIGN,
    LAST_DAY,
    NN_REDESIGN,
    NO_REDESIGN,
    SA_REDESIGN,
    SE_REDESIGN,
    aurora,
    bondadagur,
    border_rate,
    crossword_number,
    ferry_first,
    ferry_times,
    first_day_of_summer,
    great_prayer_day,
    iso_week,
    issue_in_year,
    latest,
    midsummer_eve,
    paper_number,
    quiz_number,
    spot_price,
    summer_time,
    sun_over_kiruna,
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
    wording_changes,
    wording_on,
)

SET = "held-back-116"
SITES = ("Dagsposten", "Malmfältsbladet", "Thybo Tidende", "Kainuun Vartija", "Fréttaveitan",
         "Barents Crossing", "Sogneposten", "Oyggjarnar", "Čuovga", "Tusaataq",
         "Skärgårdsbladet", "Jäämeren Viesti")
NO, SE, DK, FI = "dagsposten.no", "malmfaltsbladet.se", "thybotidende.dk", "kainuunvartija.fi"
IS, BA, NN, FO = "frettaveitan.is", "barentscrossing.no", "sogneposten.no", "oyggjarnar.fo"
SA, GL, AX, KV = "cuovga.no", "tusaataq.gl", "skargardsbladet.ax", "jaamerenviesti.no"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day), and each one's redesign.
DAILY = ((NO, "dato"), (SE, "datum"), (DK, "dato"), (FI, "pvm"), (IS, "dagsetning"),
         (BA, "dated"), (NN, "dato"), (FO, "dagfesting"), (SA, "beaivi"), (GL, "ulloq"),
         (AX, "datum"), (KV, "paiva"))
REDESIGNS = (NO_REDESIGN, SE_REDESIGN, DK_REDESIGN, FI_REDESIGN, IS_REDESIGN, BA_REDESIGN,
             NN_REDESIGN, FO_REDESIGN, SA_REDESIGN, GL_REDESIGN, AX_REDESIGN, KV_REDESIGN)
# The lines that turn every day, every week, twice a week or every month.
PERIODIC = ((NO, "strom"), (NO, "quiz"), (SE, "solen"), (DK, "uge"), (FI, "ristikko"),
            (IS, "nordurljos"), (BA, "rate"), (NN, "ferje"), (NN, "veke"), (FO, "smyril"),
            (GL, "normu"), (AX, "nummer"), (KV, "lehti"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((NO, "varsel"), (SE, "meddelande"), (DK, "meddelelse"), (FI, "tiedote"),
           (IS, "tilkynning"), (BA, "notice"), (NN, "melding"), (FO, "frabodan"),
           (SA, "diedihus"), (GL, "nalunaarut"), (AX, "meddelande"), (KV, "tiedote"))
SEASONAL = ((NO, "sesong"), (SE, "sasong"), (DK, "saeson"), (FI, "kausi"), (IS, "arstid"),
            (BA, "season"), (NN, "sesong"), (FO, "arstid"), (SA, "jahkodat"),
            (GL, "ukiup-ilaa"), (AX, "sasong"))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    NO: "Følg Dagsposten på Facebook og Twitter",
    SE: "Följ Malmfältsbladet på Facebook och Instagram",
    DK: "Synes godt om Thybo Tidende på Facebook",
    FI: "Seuraa meitä Facebookissa ja Instagramissa",
    IS: "Fylgstu með okkur á Facebook",
    BA: "Follow Barents Crossing on Facebook and Twitter",
    NN: "Lik Sogneposten på Facebook",
    FO: "Fylg okkum á Facebook",
    SA: "Čuovo min Facebookas | Følg oss på Facebook",
    GL: "Facebookimi malinnaagit | Følg os på Facebook",
    AX: "Gilla Skärgårdsbladet på Facebook",
    KV: "Seuraa meitä Facebookissa | Følg oss på Facebook",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)
YEARS = range(2015, 2021)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 24), d(2016, 6, 20), d(2017, 9, 11), d(2018, 6, 22),
        d(2019, 6, 5), d(2020, 4, 11), d(2020, 6, 12), d(2020, 10, 25), LAST_DAY))


def test_helpers() -> None:
    assert [midsummer_eve(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 6, 19), d(2016, 6, 24), d(2019, 6, 21), d(2020, 6, 19)]
    assert first_day_of_summer(2019) == d(2019, 4, 25)
    assert first_day_of_summer(2018) == d(2018, 4, 19)
    assert bondadagur(2019) == d(2019, 1, 25) and bondadagur(2020) == d(2020, 1, 24)
    assert great_prayer_day(2019) == d(2019, 5, 17) and great_prayer_day(2020) == d(2020, 5, 8)
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert sun_over_kiruna(d(2019, 12, 21)) == "night"
    assert sun_over_kiruna(d(2019, 6, 21)) == "sun"
    rise, set_ = sun_over_kiruna(d(2019, 3, 20))
    assert "05:30" < rise < "06:30" and "17:30" < set_ < "18:30"
    for y in YEARS:
        dark = [day for day in every_day() if day.year == y
                and sun_over_kiruna(day) == "night"]
        light = [day for day in every_day() if day.year == y and sun_over_kiruna(day) == "sun"]
        assert 15 <= len(dark) <= 35 and 40 <= len(light) <= 60, y
        assert all(day.month in (1, 12) for day in dark)
        assert all(day.month in (5, 6, 7) for day in light)
    assert ferry_first(d(2019, 5, 17)) == ("07.30", "heilagdagsrute")
    assert ferry_first(easter(2019)) == ("07.30", "sundagsrute")
    assert ferry_first(d(2019, 7, 3)) == ("05.00", "sommarrute")
    assert ferry_first(d(2019, 9, 3)) == ("05.30", "kvardagsrute")
    assert ferry_times(d(2019, 7, 29)) is None and ferry_times(d(2019, 7, 28)) is not None
    assert paper_number(d(2019, 1, 1)) == (1, 2019) and paper_number(d(2019, 1, 4)) == (2, 2019)
    assert paper_number(d(2020, 1, 2)) == paper_number(d(2019, 12, 31))
    assert issue_in_year(d(2019, 1, 2)) == (52, 2018)
    assert issue_in_year(d(2019, 1, 3)) == (1, 2019)
    for day in every_day():
        assert latest(day, 0) <= day < latest(day, 0) + 7 * one
        assert quiz_number(day + 7 * one) == quiz_number(day) + 1
        assert crossword_number(day + 7 * one) == crossword_number(day) + 1
        assert 0.5 <= spot_price(day) <= 56 and 6.5 <= border_rate(day) <= 8.8
        assert (aurora(day) is None) == (5 <= day.month <= 8)
    assert max(spot_price(day) for day in every_day() if day.year == 2020) < 26


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 2, 7)  # a Saturday, a Friday after every redesign

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    def exact(domain: str, family: str, day: dt.date, want: str) -> None:
        assert rendered(SET, domain, family, day) == want, (domain, family)

    full(NO, "dato", old, r"Publisert 05\.03\.2016 kl\. \d\d:\d\d")
    full(NO, "dato", new, r"Publisert: fredag 7\. februar 2020 kl\. \d\d:\d\d")
    full(NO, "strom", old, r"⚡ Strømprisen i morgen, Oslo \(NO1\): \d+,\d øre/kWh i snitt")
    full(NO, "quiz", new, r"🧠 Ukens nyhetsquiz nr\. \d{3}: hvor godt har du fulgt med\?")
    full(SE, "datum", old, r"Publicerad 5 mars 2016 kl\. \d\d:\d\d")
    full(SE, "datum", new, r"Uppdaterad fredag 7/2 2020 \d\d:\d\d")
    full(SE, "solen", old, r"☀️ Solen i Kiruna i dag: upp 0\d:\d\d, ner 1\d:\d\d")
    exact(SE, "solen", d(2019, 12, 20), "🌑 Mörkertid: solen går inte upp över Kiruna i dag")
    exact(SE, "solen", d(2019, 6, 20), "🌞 Midnattssol: solen går inte ner över Kiruna i dag")
    full(DK, "dato", old, r"Offentliggjort 5\. marts 2016, kl\. \d\d:\d\d")
    full(DK, "dato", new, r"fredag d\. 7\. februar 2020 · \d\d:\d\d")
    exact(DK, "uge", new, "Thybo Tidende · uge 6 · 137. årgang")
    full(FI, "pvm", old, r"5\.3\.2016 \d\d:\d\d")
    full(FI, "pvm", new, r"Julkaistu perjantaina 7\.2\.2020 klo \d\d:\d\d")
    full(FI, "ristikko", new, r"✏️ Viikon ristikko nro \d{4} on julkaistu: .+")
    full(IS, "dagsetning", old, r"5\.3\.2016 \| \d\d:\d\d")
    full(IS, "dagsetning", new, r"Föstudagur 7\. febrúar 2020 kl\. \d\d:\d\d")
    full(IS, "nordurljos", new, r"🌌 Norðurljósaspá kvöldsins: \d af 9")
    exact(IS, "nordurljos", d(2019, 6, 21), "☀️ Norðurljósaspáin hefst aftur í september: "
                                            "næturnar eru of bjartar")
    exact(BA, "dated", old, "05.03.2016")
    exact(BA, "dated", new, "7 February 2020 · 7 февраля 2020")
    full(BA, "rate", new, r"💱 Today's border rate: 1 NOK = \d\.\d\d RUB")
    full(NN, "dato", old, r"Publisert 05\.03\.2016 \d\d:\d\d")
    exact(NN, "dato", new, "Publisert fredag 7. februar 2020")
    exact(NN, "ferje", old, "⛴️ Ferja Mannheller–Fodnes i dag (laurdag): første avgang kl. "
                            "06.30, laurdagsrute")
    exact(NN, "veke", new, "📰 Sogneposten veke 6: e-avisa er ute torsdag")
    full(FO, "dagfesting", old, r"05\.03\.2016 - \d\d:\d\d")
    exact(FO, "dagfesting", new, "Fríggjadagur 7. februar 2020")
    exact(FO, "smyril", old, "⛴️ Smyril í dag (leygardagur): úr Tórshavn kl. 09.00 og 15.30")
    exact(SA, "beaivi", old, "5.3.2016")
    exact(SA, "beaivi", new, "bearjadat 7. guovvamánnu 2020")
    exact(GL, "ulloq", old, "5. marts 2016")
    exact(GL, "ulloq", new, "tallimanngorneq 7. februaari 2020 | fredag")
    exact(GL, "normu", new, "Aviisi nr. 6/2020 | Avis nr. 6/2020")
    full(AX, "datum", old, r"5\.3\.2016 \d\d:\d\d")
    exact(AX, "datum", new, "Publicerad fredag 7 februari 2020")
    exact(AX, "nummer", new, "Skärgårdsbladet nr 11/2020")
    exact(KV, "paiva", old, "5.3.2016")
    exact(KV, "paiva", new, "perjantai | fredag 7.2.2020")
    exact(KV, "lehti", new, "Lehti nro 2/2020 · helmikuu | Avis nr. 2/2020")
    full(NO, "byline", new, r".+, (journalist|politisk reporter|økonomijournalist|"
                            r"utenriksmedarbeider|kommentator|sportsjournalist)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(NO, "dato", day).startswith("Publisert:") == (day >= NO_REDESIGN)
        assert on(SE, "datum", day).startswith("Uppdaterad") == (day >= SE_REDESIGN)
        assert on(DK, "dato", day).startswith("Offentliggjort") == (day < DK_REDESIGN)
        assert on(FI, "pvm", day).startswith("Julkaistu") == (day >= FI_REDESIGN)
        assert on(IS, "dagsetning", day).endswith("| {time}") == (day < IS_REDESIGN)
        assert ("·" in on(BA, "dated", day)) == (day >= BA_REDESIGN)
        assert on(NN, "dato", day).endswith("{time}") == (day < NN_REDESIGN)
        assert on(FO, "dagfesting", day).endswith("{time}") == (day < FO_REDESIGN)
        assert ("mánnu" in on(SA, "beaivi", day)) == (day >= SA_REDESIGN)
        assert (" | " in on(GL, "ulloq", day)) == (day >= GL_REDESIGN)
        assert on(AX, "datum", day).startswith("Publicerad") == (day >= AX_REDESIGN)
        assert (" | " in on(KV, "paiva", day)) == (day >= KV_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((NO, "strom"), (BA, "rate"), (SE, "solen")):
        assert len(changes(domain, family)) >= 1500, domain
    assert len(changes(IS, "nordurljos")) >= 800
    assert len(changes(NN, "ferje")) >= 1500 and len(changes(FO, "smyril")) >= 1500
    for domain, family, weekday in ((NO, "quiz", 4), (FI, "ristikko", 5), (NN, "veke", 3),
                                    (GL, "normu", 3)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    turned = changes(DK, "uge")
    assert len(turned) >= 300 and all(day.weekday() == 0 or (day.month, day.day) == (1, 1)
                                      for day in turned)
    turned = changes(AX, "nummer")
    assert len(turned) >= 600 and {day.weekday() for day in turned} == {1, 4}
    turned = changes(KV, "lehti")
    assert len(turned) == 71 and all(day.day == 1 for day in turned)
    for day in every_day():
        assert f"nr. {quiz_number(day)}:" in on(NO, "quiz", day)
        assert f"nro {crossword_number(day)} " in on(FI, "ristikko", day)
        assert f"{spot_price(day):.1f}".replace(".", ",") in on(NO, "strom", day)
        assert f"{border_rate(day):.2f} RUB" in on(BA, "rate", day)
        assert f"kl. {ferry_first(day)[0]}," in on(NN, "ferje", day)
        assert f"uge {iso_week(day)} " in on(DK, "uge", day)
        n, y = paper_number(day)
        assert on(AX, "nummer", day).endswith(f"nr {n}/{y}")
        n, y = issue_in_year(day)
        assert on(GL, "normu", day).startswith(f"Aviisi nr. {n}/{y} ")
        if isinstance(sun := sun_over_kiruna(day), tuple):
            assert f"upp {sun[0]}, ner {sun[1]}" in on(SE, "solen", day)
    assert counts_in(DK, "uge", r"(\d+)\. årgang") == {str(y - 1883) for y in YEARS}
    assert counts_in(KV, "lehti", r"nro (\d+)/") == {str(m) for m in range(1, 13)}
    assert counts_in(IS, "nordurljos", r"(\d) af 9") == {str(k) for k in range(10)}
    assert "halgidagsferðaætlan" in on(FO, "smyril", d(2019, 7, 29))
    assert "heilagdagsrute" in on(NN, "ferje", d(2018, 5, 17))


def test_the_seasons() -> None:
    for y in YEARS:
        assert "Vinterferie" in on(NO, "sesong", d(y, 3, 1))
        assert "Julekalenderen" in on(NO, "sesong", d(y, 12, 10))
        assert "Midnattssolens" in on(SE, "sasong", d(y, 6, 20))
        assert "Surfsæsonen" in on(DK, "saeson", d(y, 4, 1))
        assert "Sienisyksy" in on(FI, "kausi", d(y, 9, 1))
        assert "Jólasveinarnir" in on(IS, "arstid", d(y, 12, 20))
        assert "Polar night" in on(BA, "season", d(y, 12, 1))
        assert "Fruktblomstringa" in on(NN, "sesong", d(y, 5, 10))
        assert "Lundin" in on(FO, "arstid", d(y, 6, 1))
        assert "Giđđajohtin" in on(SA, "jahkodat", d(y, 4, 20))
        assert "Čakčajohtin" in on(SA, "jahkodat", d(y, 10, 1))
        assert "Tuttunniarneq" in on(GL, "ukiup-ilaa", d(y, 8, 10))
        assert "sommartidtabellen" in on(AX, "sasong", d(y, 7, 1))
    for domain, family in SEASONAL:
        assert len(changes(domain, family)) >= 18, (domain, family)


def test_notices_follow_the_regions_calendars() -> None:  # noqa: C901 - one region per block
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Dagsposten: three votes, 2020, Constitution Day, Easter's crime serial, Christmas
    assert "Kommunevalget 2015" in on(NO, "varsel", d(2015, 9, 14))
    assert "Stortingsvalget 2017" in on(NO, "varsel", d(2017, 9, 10))
    assert "2019" in on(NO, "varsel", d(2019, 9, 9))
    assert "Koronaviruset" in on(NO, "varsel", d(2020, 5, 17))  # the virus wins
    assert counts_in(NO, "varsel", r"fyller (\d+) år") == {str(y - 1814) for y in range(2015,
                                                                                       2020)}
    for y in range(2015, 2020):
        assert "Påskekrim" in on(NO, "varsel", easter(y) - 2 * one), y
    assert all("God jul" in on(NO, "varsel", d(y, 12, 25)) for y in YEARS)
    # Malmfältsbladet: two votes, 2020, midsummer, the national day, Lucia, the festival
    assert "Valet 2018" in on(SE, "meddelande", d(2018, 9, 9))
    assert "EU-valet" in on(SE, "meddelande", d(2019, 5, 24))
    assert "Coronaviruset" in on(SE, "meddelande", d(2020, 8, 1))
    for y in range(2015, 2020):
        assert "midsommar" in on(SE, "meddelande", midsummer_eve(y)), y
        assert "nationaldag" in on(SE, "meddelande", d(y, 6, 6)), y
        assert f"Snöfestivalen {y}" in on(SE, "meddelande", latest(d(y, 1, 31), 3)), y
    assert all("Lucia" in on(SE, "meddelande", d(y, 12, 13)) for y in YEARS)
    # Thybo Tidende: four votes (one on Constitution Day), 2020, the Queen, the feasts
    assert "Folketingsvalg 2015" in on(DK, "meddelelse", d(2015, 6, 18))
    assert "Kommunalvalg 2017" in on(DK, "meddelelse", d(2017, 11, 20))
    assert "Europa-Parlamentsvalg" in on(DK, "meddelelse", d(2019, 5, 26))
    assert "Folketingsvalg 2019" in on(DK, "meddelelse", d(2019, 6, 5))
    assert "grundlovsdag" in on(DK, "meddelelse", d(2018, 6, 5))
    assert "Coronavirus" in on(DK, "meddelelse", d(2020, 4, 16))
    assert counts_in(DK, "meddelelse", r"fylder (\d+) år") == {str(n) for n in range(75, 80)}
    assert all("Sankt Hans" in on(DK, "meddelelse", d(y, 6, 23)) for y in YEARS)
    for y in range(2015, 2020):  # the 2020 free articles win
        assert "Store bededag" in on(DK, "meddelelse", great_prayer_day(y) - one), y
    # Kainuun Vartija: five votes, 2020, Independence Day (Finland 100), midsummer, May Day
    for day, word in (("2015-04-19", "Eduskuntavaalit 2015"), ("2017-04-09", "Kuntavaalit"),
                      ("2018-01-28", "Presidentinvaali"), ("2019-04-14", "Eduskuntavaalit "
                                                                         "2019"),
                      ("2019-05-26", "Europarlamenttivaalit")):
        assert word in on(FI, "tiedote", iso(day)), day
    assert "Koronaepidemia" in on(FI, "tiedote", d(2020, 5, 1))
    assert "Suomi 100" in on(FI, "tiedote", d(2017, 12, 6))
    assert counts_in(FI, "tiedote", r"Hyvää (\d+)\. itsen") == {"98", "99", "101", "102",
                                                                "103"}
    assert all("juhannusta" in on(FI, "tiedote", midsummer_eve(y)) for y in YEARS)
    assert all("vappua" in on(FI, "tiedote", d(y, 5, 1)) for y in range(2015, 2020))
    # Fréttaveitan: four votes, the Euro, the World Cup, 2020, the feasts
    assert "Forsetakosningar 2016" in on(IS, "tilkynning", d(2016, 6, 24))
    assert "EM í Frakklandi" in on(IS, "tilkynning", d(2016, 6, 30))
    assert "Alþingiskosningar 2016" in on(IS, "tilkynning", d(2016, 10, 29))
    assert "Alþingiskosningar 2017" in on(IS, "tilkynning", d(2017, 10, 28))
    assert "HM í Rússlandi" in on(IS, "tilkynning", d(2018, 6, 22))
    assert "Samkomubann" in on(IS, "tilkynning", d(2020, 4, 1))
    assert "Forsetakosningar 2020" in on(IS, "tilkynning", d(2020, 6, 27))
    assert counts_in(IS, "tilkynning", r"Lýðveldið er (\d+) ára") == {str(y - 1944)
                                                                     for y in YEARS}
    for y in YEARS:
        assert "sumar" in on(IS, "tilkynning", first_day_of_summer(y)), y
        assert "bóndadaginn" in on(IS, "tilkynning", bondadagur(y)), y
        assert "jól" in on(IS, "tilkynning", d(y, 12, 25)), y
    # Barents Crossing: four votes, the closed border, liberation, the festival
    assert "Duma" in on(BA, "notice", d(2016, 9, 18))
    assert "Norway votes" in on(BA, "notice", d(2017, 9, 10))
    assert "presidential" in on(BA, "notice", d(2018, 3, 18))
    assert "closed" in on(BA, "notice", d(2020, 5, 1))
    assert "constitutional" in on(BA, "notice", d(2020, 7, 1))
    assert "closed" in on(BA, "notice", d(2020, 7, 3))
    assert counts_in(BA, "notice", r"(\d+) years since the liberation") == {
        str(y - 1944) for y in range(2015, 2020)}
    assert counts_in(BA, "notice", r"Spektakel (\d{4})") == {str(y) for y in YEARS}
    # Sogneposten: three votes, 2020, Constitution Day, St John's Eve, Christmas
    assert "Kommunevalet 2015" in on(NN, "melding", d(2015, 9, 13))
    assert "Stortingsvalet" in on(NN, "melding", d(2017, 9, 11))
    assert "Korona" in on(NN, "melding", d(2020, 5, 17))
    for y in YEARS:
        assert "jonsok" in on(NN, "melding", d(y, 6, 23)), y
        assert "God jul" in on(NN, "melding", d(y, 12, 24)), y
    assert all("17. mai" in on(NN, "melding", d(y, 5, 16)) for y in range(2015, 2020))
    # Oyggjarnar: four votes, 2020, Flag Day, Ólavsøka, Christmas
    for day in ("2015-06-18", "2019-06-05"):
        assert "Fólkatingsval" in on(FO, "frabodan", iso(day)), day
    for day in ("2015-09-01", "2019-08-31"):
        assert "Løgtingsval" in on(FO, "frabodan", iso(day)), day
    assert "Koronavirus" in on(FO, "frabodan", d(2020, 4, 25))
    assert counts_in(FO, "frabodan", r"veitt í (\d+) ár") == {str(n) for n in range(75, 80)}
    assert all("Ólavsøku" in on(FO, "frabodan", d(y, 7, 29)) for y in YEARS)
    # Čuovga: two Sámi parliament votes, 2020, the national day (its centenary), Easter
    assert "Ruoŧa" in on(SA, "diedihus", d(2017, 5, 20))
    assert "Sámediggeválga 2017" in on(SA, "diedihus", d(2017, 9, 8))
    assert "Tråante 2017" in on(SA, "diedihus", d(2017, 2, 6))
    assert counts_in(SA, "diedihus", r"! (\d+) jagi") == {"98", "99", "101", "102", "103"}
    for y in range(2015, 2020):
        assert f"Beassášfestivála {y}" in on(SA, "diedihus", easter(y) - 3 * one), y
    assert "Koronavirus" in on(SA, "diedihus", easter(2020))
    # Tusaataq: three votes, the Arctic Winter Games, 2020, home rule, the national day
    assert "Kommunalvalg 2017" in on(GL, "nalunaarut", d(2017, 4, 4))
    assert "Inatsisartut" in on(GL, "nalunaarut", d(2018, 4, 20))
    assert "Folketingsvalg 2019" in on(GL, "nalunaarut", d(2019, 6, 5))
    assert "Arctic Winter Games" in on(GL, "nalunaarut", d(2016, 3, 10))
    assert "Coronavirus" in on(GL, "nalunaarut", d(2020, 5, 1))
    assert counts_in(GL, "nalunaarut", r"Hjemmestyret (\d+) år") == {str(y - 1979) for y in
                                                                      range(2015, 2020)}
    assert all("nationaldag" in on(GL, "nalunaarut", d(y, 6, 21)) for y in YEARS)
    # Skärgårdsbladet: four votes, 2020, Autonomy Day, midsummer
    for day in ("2015-04-19", "2019-04-14"):
        assert "Riksdagsvalet" in on(AX, "meddelande", iso(day)), day
    for day in ("2015-10-18", "2019-10-20"):
        assert "Lagtings- och kommunalvalet" in on(AX, "meddelande", iso(day)), day
    assert "landskapsregeringens" in on(AX, "meddelande", d(2020, 4, 1))
    assert counts_in(AX, "meddelande", r"! (\d+) år av självstyrelse") == {
        str(y - 1922) for y in YEARS}
    assert all("midsommar" in on(AX, "meddelande", midsummer_eve(y)) for y in YEARS)
    # Jäämeren Viesti: three votes, 2020, the Kven people's day, Christmas
    assert "Stortingsvalget 2017" in on(KV, "tiedote", d(2017, 9, 11))
    assert "avlyst" in on(KV, "tiedote", d(2020, 4, 1))
    assert all("kvenfolkets dag" in on(KV, "tiedote", d(y, 3, 16)) for y in range(2015, 2020))
    assert all("joulua" in on(KV, "tiedote", d(y, 12, 22)) for y in YEARS)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (NO, "byline", NO_REDESIGN, "{author}", "{author_beat}"),
        (NO, "varsel", d(2017, 5, 2), "Facebook", "appen"),
        (NO, "abonnement", d(2018, 1, 1), "199 kr", "229 kr"),
        (NO, "abonnement", d(2020, 1, 1), "229 kr", "249 kr"),
        (NO, "redaktor", d(2019, 6, 1), "Haugland", "Sandnes"),
        (SE, "byline", SE_REDESIGN, "Text:", "| Malmfältsbladet"),
        (SE, "meddelande", d(2017, 2, 1), "Facebook", "nyhetsbrev"),
        (SE, "prenumeration", d(2018, 1, 1), "99 kr", "119 kr"),
        (SE, "prenumeration", d(2020, 1, 1), "119 kr", "139 kr"),
        (SE, "utgivare", d(2019, 1, 1), "Lantto", "Niemi"),
        (DK, "af", DK_REDESIGN, "Af {author}", "Foto:"),
        (DK, "meddelelse", d(2018, 4, 3), "Facebook", "nyhedsbrevet"),
        (DK, "abonnement", d(2018, 1, 1), "99 kr.", "149 kr."),
        (DK, "abonnement", d(2020, 3, 1), "149 kr.", "169 kr."),
        (FI, "toimittaja", FI_REDESIGN, "{author}", "Teksti:"),
        (FI, "tiedote", d(2017, 9, 1), "Facebookissa", "sovellus"),
        (FI, "tilaus", d(2018, 1, 1), "9,90 €", "12,90 €"),
        (FI, "tilaus", d(2020, 1, 1), "12,90 €", "14,90 €"),
        (IS, "hofundur", IS_REDESIGN, "skrifar", "Höfundur:"),
        (IS, "tilkynning", d(2018, 2, 1), "Facebook", "póstlistann"),
        (IS, "askrift", d(2019, 1, 1), "2.990 kr.", "3.490 kr."),
        (BA, "byline", BA_REDESIGN, "By {author}", "Kirkenes"),
        (BA, "notice", d(2017, 11, 3), "Facebook", "newsletter"),
        (BA, "edition", d(2016, 2, 17), "Norwegian", "русском"),
        (BA, "support", d(2019, 3, 1), "100 NOK", "150 NOK"),
        (BA, "copyright", BA_REDESIGN, "reserved.", "Все права"),
        (NN, "tekst", NN_REDESIGN, "Tekst:", "Tekst og foto:"),
        (NN, "melding", d(2018, 8, 15), "Facebook", "appen"),
        (NN, "abonnement", d(2019, 1, 1), "149 kr", "169 kr"),
        (NN, "abonnement", d(2020, 6, 1), "169 kr", "189 kr"),
        (FO, "hovundur", FO_REDESIGN, "Skrivað av", "Tekstur:"),
        (FO, "frabodan", d(2018, 5, 2), "Facebook", "appina"),
        (FO, "haldari", d(2019, 1, 1), "95 kr.", "125 kr."),
        (SA, "calli", SA_REDESIGN, "{author}", "Govva:"),
        (SA, "diedihus", d(2018, 9, 7), "Facebookas", "podkástta"),
        (SA, "doarjja", d(2019, 2, 6), "100 kr.", "120 kr."),
        (GL, "nalunaarut", d(2019, 3, 1), "Facebook", "digitalt"),
        (GL, "pisiniarneq", d(2019, 1, 1), "1.100 kr.", "1.250 kr."),
        (AX, "text", AX_REDESIGN, "Text:", "| Skärgårdsbladet"),
        (AX, "meddelande", d(2018, 1, 15), "Facebook", "app"),
        (AX, "prenumeration", d(2018, 1, 1), "139 €", "149 €"),
        (AX, "prenumeration", d(2020, 1, 1), "149 €", "9,90 €"),
        (KV, "tiedote", d(2019, 1, 7), "Facebook", "podkast"),
        (KV, "tilaus", d(2019, 1, 1), "450 kr", "520 kr")))
    assert_groups_reworded(SET, (
        (NO, "dato", "Publisert 0", "Publisert: "),
        (SE, "datum", "Publicerad", "Uppdaterad"),
        (DK, "dato", "Offentliggjort", " d. "),
        (BA, "copyright", "reserved.", "Все права"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (BA, "chitayte", r"[а-яё]"), (IS, "tilkynning", r"[a-záðéíóúýþæö]"),
        (SA, "darogillii", r"[áčđŋšŧž]"), (FO, "hovundur", r"[a-z]")))
    assert any(re.search("[а-яё]", t) for t in group_lines(SET, BA, "dated"))
    assert any(re.search("[а-яё]", t) for t in group_lines(SET, BA, "edition"))
    icelandic = r"\b(?:janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|" \
                r"nóvember|desember)\b"
    assert any(re.search(icelandic, t) for t in group_lines(SET, IS, "dagsetning"))
    assert any(re.search("[þð]", t) for t in group_lines(SET, IS, "nordurljos"))
    sami = r"\b(?:ođđajagemánnu|guovvamánnu|njukčamánnu|cuoŋománnu|miessemánnu|" \
           r"geassemánnu|suoidnemánnu|borgemánnu|čakčamánnu|golggotmánnu|skábmamánnu|" \
           r"juovlamánnu)\b"
    assert any(re.search(sami, t) for t in group_lines(SET, SA, "beaivi"))
    greenlandic = r"\b(?:ataasinngorneq|marlunngorneq|pingasunngorneq|sisamanngorneq|" \
                  r"tallimanngorneq|arfininngorneq|sapaat)\b"
    assert any(re.search(greenlandic, t) for t in group_lines(SET, GL, "ulloq"))
    nynorsk = r"\((?:måndag|tysdag|onsdag|torsdag|fredag|laurdag|sundag)\)"
    assert all(re.search(nynorsk, t) for t in group_lines(SET, NN, "ferje"))
    faroese = r"\((?:mánadagur|týsdagur|mikudagur|hósdagur|fríggjadagur|leygardagur|" \
              r"sunnudagur)\)"
    assert all(re.search(faroese, t) for t in group_lines(SET, FO, "smyril"))
    for style, family in ((SA, "diedihus"), (GL, "nalunaarut"), (KV, "tiedote"),
                          (GL, "immikkoortoq"), (KV, "tilaus")):
        lines = group_lines(SET, style, family)
        assert lines and sum(" | " in t for t in lines) >= 0.9 * len(lines), (style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{NO}/dato", f"{NO}/byline", f"{NO}/les-ogsa", f"{NO}/stikktittel",
                         f"{NO}/foto", f"{NO}/copyright", f"{SE}/datum", f"{SE}/las-aven",
                         f"{SE}/byline", f"{DK}/dato", f"{DK}/laes-ogsaa", f"{FI}/pvm"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{NO}/presse", f"{NO}/redaktor", f"{SE}/upphovsratt", f"{SE}/tips",
        f"{DK}/gengivelse", f"{DK}/adresse", f"{FI}/jsn", f"{BA}/liability"))
    assert_carried_share(docs, NO, [
        ("dato", 0.7, 0.97), ("copyright", 0.25, 0.55), ("les-ogsa", 0.4, 0.75),
        ("rettelse", 0.0, 0.1), ("varsel", 0.15, 0.5), ("direkte", 0.0, 0.12)])
    assert_carried_share(docs, SE, [("datum", 0.7, 0.97), ("rattelse", 0.0, 0.15)])
    for fam in (f"{NO}/les-ogsa", f"{SE}/las-aven"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{NO}/foto", f"{SE}/bild"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((NO, "foto"), (SE, "bild"), (DK, "foto"), (FI, "kuva"),
                               (IS, "mynd"), (BA, "photo"), (BA, "chitayte"), (NN, "foto"),
                               (FO, "mynd"), (SA, "govva"), (GL, "atuaruk"), (GL, "assi"),
                               (AX, "las-ocksa"), (AX, "foto"), (KV, "lue-kans")))


def test_amounts_in_appeals_and_prices() -> None:
    assert "249 kr" in on(NO, "abonnement", d(2020, 6, 1))
    assert "139 kr/mån" in on(SE, "prenumeration", d(2020, 6, 1))
    assert "169 kr./md." in on(DK, "abonnement", d(2020, 6, 1))
    assert "14,90 €" in on(FI, "tilaus", d(2020, 6, 1))
    assert "3.490 kr." in on(IS, "askrift", d(2020, 6, 1))
    assert "1.000 kr." in on(IS, "styrkja", d(2020, 6, 1))
    assert "150 NOK" in on(BA, "support", d(2020, 6, 1))
    assert "349 kr/mnd" in on(NN, "abonnement", d(2020, 6, 1))
    assert "125 kr." in on(FO, "haldari", d(2020, 6, 1))
    assert "120 kr." in on(SA, "doarjja", d(2020, 6, 1))
    assert "1.250 kr." in on(GL, "pisiniarneq", d(2020, 6, 1))
    assert "9,90 €" in on(AX, "prenumeration", d(2020, 6, 1))
    assert "520 kr" in on(KV, "tilaus", d(2020, 6, 1))
    prices = {float(m[1].replace(",", ".")) for t in group_lines(SET, NO, "strom")
              if (m := re.search(r"(\d+,\d) øre", norm(t)))}
    assert len(prices) >= 10 and all(0.5 <= p <= 56 for p in prices)
    rates = {float(m[1]) for t in group_lines(SET, BA, "rate")
             if (m := re.search(r"= (\d\.\d\d) RUB", norm(t)))}
    assert len(rates) >= 3 and all(6.5 <= r <= 8.8 for r in rates)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (NO, "rettelse"), (NO, "direkte", 14), (SE, "rattelse"), (DK, "rettelse"),
        (FI, "oikaisu"), (IS, "leidretting"), (BA, "correction"), (NN, "retting"),
        (FO, "rattleiding"), (SA, "divvun"), (GL, "iluarsiineq"), (AX, "rattelse"),
        (KV, "korjaus")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{NO}/les-ogsa", "LES OGSÅ: "), (f"{SE}/las-aven", "Läs även: "),
        (f"{DK}/laes-ogsaa", "LÆS OGSÅ: "), (f"{FI}/lue-myos", "LUE MYÖS: "),
        (f"{IS}/sja-einnig", "Sjá einnig: "), (f"{BA}/related", "Related: "),
        (f"{NN}/les-og", "Les òg: "), (f"{FO}/les-eisini", "Les eisini: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (NO, "presse", "Vi følger Vær Varsom-plakaten og Redaktørplakaten. Mener du vi har "
                       "brutt god presseskikk, kan du klage til PFU."),
        (SE, "upphovsratt", "Allt material på sajten är skyddat enligt lagen om "
                            "upphovsrätt."),
        (DK, "gengivelse", "Gengivelse af artikler og billeder, helt eller delvis, kræver "
                           "skriftlig aftale med redaktionen."),
        (FI, "jsn", "Noudatamme Journalistin ohjeita. Hyvää journalistista tapaa valvoo "
                    "Julkisen sanan neuvosto."),
        (BA, "liability", "The editor-in-chief is responsible for all content under the "
                          "Norwegian Media Liability Act."),
        (SA, "darogillii", "Artihkal lea maiddái dárogillii | Saken finnes også på norsk")))
    assert_group_values_from_pool(SET, (
        (NO, "stikktittel", "stikk"), (SE, "vinjett", "vinjett"), (DK, "rubrik", "rubrik"),
        (FI, "osasto", "osasto"), (IS, "flokkur", "flokkur"), (BA, "kicker", "kicker"),
        (NN, "stikkord", "stikkord"), (FO, "bolkur", "bolkur"),
        (SA, "rubrihkka", "rubrihkka"), (GL, "immikkoortoq", "immikkoortoq"),
        (AX, "avdelning", "avdelning")))
    for style, family, pattern, pool_name in (
            (NO, "foto", r"^Foto: (.+)$", "foto"),
            (NO, "byra", r"^Saken er oppdatert med opplysninger fra (.+)\.$", "byra"),
            (SE, "bild", r"^Bild: (.+)$", "bild"),
            (SE, "kalla", r"^Artikeln bygger delvis på uppgifter från (.+)\.$", "kalla"),
            (DK, "foto", r"^Foto: (.+)$", "foto"),
            (DK, "kilde", r"^Kilde: (.+)$", "kilde"),
            (FI, "kuva", r"^Kuva: (.+)$", "kuva"),
            (IS, "heimild", r"^Heimild: (.+)$", "heimild")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NO, "presse", "Vi følger Vær Varsom-plakaten og Redaktørplakaten. Mener du vi har "
                       "brutt god presseskikk, kan du klage til PFU."),
        (SE, "upphovsratt", "Allt material på sajten är skyddat enligt lagen om "
                            "upphovsrätt."),
        (DK, "gengivelse", "Gengivelse af artikler og billeder, helt eller delvis, kræver "
                           "skriftlig aftale med redaktionen."),
        (FI, "jsn", "Noudatamme Journalistin ohjeita. Hyvää journalistista tapaa valvoo "
                    "Julkisen sanan neuvosto.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        NO: (["presse", "redaktor", "copyright"], 3),
        SE: (["utgivare", "tips", "upphovsratt", "copyright"], 3),
        DK: (["chefredaktor", "adresse", "gengivelse", "copyright"], 3),
        FI: (["paatoimittaja", "jsn", "copyright"], 3),
        IS: (["ritstjori", "copyright"], 2),
        BA: (["liability", "copyright"], 2),
        NN: (["redaktor", "lla", "copyright"], 2),
        FO: (["ritstjori", "copyright"], 2),
        SA: (["doaimmaheaddji", "copyright"], 2),
        GL: (["aaqqissuisoq", "copyright"], 2),
        AX: (["utgivare", "copyright"], 2),
        KV: (["tuki", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert NO in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    assert all(r.year in range(2016, 2020) for r in REDESIGNS)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
