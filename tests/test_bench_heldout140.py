"""The held-back-140 template set (`tests.bench.heldout_templates_140`): its localised dates
(printed day by day in English with ordinals, American order and capitals, German, Spanish,
Italian, Hindi with its switch to Devanagari digits, Swedish and Afrikaans, several changing
form on the day of a redesign), the lines that turn every day, week and month (a press
release's embargo, the wool auction's price, the next membership meeting and the next
Stammtisch), the calendars its notices follow (ballots and strikes, register-to-vote deadlines
and polling days, campaign fortnights, reflection days and election silence, May Day, wage
rounds, India's general strikes, the 2x1000 season, the Labor Day picnic, Co-operatives
Fortnight, living-wage weeks and Budget days, an annual general meeting, the pandemic), the
dues, wages, seats and bonuses that change over the years, the imprints reworded when the
agent or the address changed, the lines in several languages and scripts, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_140 import (
    AU_BALLOTS,
    AU_DUES,
    AU_JOIN,
    AU_OFFICE,
    AU_REDESIGN,
    AU_STRIKES,
    CC_CUOTAS,
    CC_LIMITE,
    CC_REDESIGN,
    CC_SIMPATIZANTE,
    DE_VOTES,
    ES_VOTES,
    FB_CORONA,
    FIRST_DAY,
    FP_MOVE,
    IG_ONLINE,
    IG_REDESIGN,
    IG_VISDP,
    IT_VOTES,
    KK_AANLYN,
    KK_AJV,
    KK_BONUS,
    KK_REDESIGN,
    KK_TAK,
    LAST_DAY,
    LIVING_WAGE,
    LO_BOOKS_ONLINE,
    LO_DUES,
    LO_REDESIGN,
    LO_ZOOM,
    MF_ABOUT,
    MF_ADVICE,
    MF_REDESIGN,
    MIN_WAGE,
    MINDESTLOHN,
    NATIONAL_LIVING_WAGE,
    NC_AGENT,
    NC_CHIP_IN,
    NC_FEES,
    NC_MOVE,
    NC_REDESIGN,
    NC_SEATS,
    SA_HADTAL,
    SA_ONLINE,
    SA_REDESIGN,
    SC_REDESIGN,
    SC_SEDE,
    SF_AKASSA_STEG,
    SF_AKASSA_TILLFALLIG,
    SF_AVGIFT,
    SF_REDESIGN,
    SF_UTGIVARE,
    TU_ACT_THRESHOLD,
    TUC_CONGRESS,
    UK_VOTES,
    US_ELECTIONS,
    WOOL_STOP,
    coops_day,
    deva,
    first_thursday,
    labor_day,
    next_on_or_after,
    second_tuesday,
    wednesday_of,
    wool_price,
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

SET = "held-back-140"
SITES = ("Alliance Union", "New Commons", "IG Werk und Energie", "Compromiso Ciudadano",
         "Sinistra Civica", "श्रमिक आवाज़", "Servicefacket", "Local 1187", "Karoo Koöperasie",
         "Marches Co-operative Federation", "Fair Pay Now", "Freie Bürgerliste Lindenbach")
AU, NC, IG, CC = ("allianceunion.org.uk", "newcommons.org.uk", "igwerk.de",
                  "compromisociudadano.es")
SC, SA, SF, LO = ("sinistracivica.it", "shramikawaaz.in", "servicefacket.se", "local1187.org")
KK, MF, FP, FB = ("karookoop.co.za", "marchesfederation.coop", "fairpaynow.org.uk",
                  "fbl-lindenbach.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((AU, "dated"), (NC, "dated"), (IG, "datum"), (CC, "fecha"), (SC, "data"),
         (SA, "dinank"), (SF, "datum"), (LO, "dated"), (KK, "datum"), (MF, "dated"),
         (FP, "dated"), (FB, "datum"))
# The lines that name the next day, week's auction or month's meeting.
EVERY_DAY = ((NC, "embargo"),)
WEEKLY = ((KK, "wol"),)
MONTHLY = ((LO, "meeting"), (FB, "termin"))
# The notices that follow calendars.
BANNERS = ((AU, "banner"), (NC, "donate"), (IG, "aktion"), (CC, "campana"), (SC, "avviso"),
           (SA, "suchna"), (SF, "kalender"), (LO, "banner"), (KK, "kennisgewing"),
           (MF, "banner"), (FP, "banner"), (FB, "wahl"))
# Amounts in force from given days.
TABLES = ((AU, "dues", AU_DUES), (NC, "notes", NC_SEATS), (NC, "join", NC_FEES),
          (IG, "mindestlohn", MINDESTLOHN), (CC, "cuota", CC_CUOTAS), (SA, "vetan", MIN_WAGE),
          (SF, "avgift", SF_AVGIFT), (LO, "dues", LO_DUES), (KK, "bonus", KK_BONUS),
          (MF, "about", MF_ABOUT), (FP, "rates", LIVING_WAGE),
          (FP, "statutory", NATIONAL_LIVING_WAGE))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    AU: "Stronger together: join Alliance Union today",
    NC: "Donate to New Commons: every pound funds our campaigns",
    IG: "Gemeinsam sind wir stark: Jetzt Mitglied werden",
    CC: "Afíliate a Compromiso Ciudadano y decide con nosotros",
    SC: "Tesseramento 2015: iscriviti o rinnova la tessera di Sinistra Civica",
    SA: "यूनियन से जुड़ने के लिए अपने ज़िला कार्यालय से संपर्क करें",
    SF: "Bli medlem i Servicefacket – de tre första månaderna för halva priset",
    LO: "Out of work? Sign the books at the hall, Monday to Friday 7 to 9 a.m.",
    KK: "Word 'n lid van Karoo Koöperasie en deel in die jaarlikse bonus",
    MF: "Starting a co-op? Our development team gives free advice",
    FP: "Sign up for campaign updates from Fair Pay Now",
    FB: "Machen Sie mit: Freie Bürgerliste Lindenbach – jede Stimme und jede Idee zählt!",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + MONTHLY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 8), d(2018, 4, 28), d(2019, 11, 10),
        d(2020, 4, 1), d(2020, 9, 20), LAST_DAY))


def test_helpers() -> None:
    assert second_tuesday(2016, 3) == d(2016, 3, 8) and first_thursday(2020, 7) == d(2020, 7, 2)
    assert next_on_or_after(d(2016, 3, 8), second_tuesday) == d(2016, 3, 8)
    assert next_on_or_after(d(2016, 3, 9), second_tuesday) == d(2016, 4, 12)
    assert next_on_or_after(d(2016, 12, 30), first_thursday) == d(2017, 1, 5)
    assert wednesday_of(d(2020, 6, 19)) == wednesday_of(d(2020, 6, 17)) == d(2020, 6, 17)
    assert wednesday_of(d(2020, 6, 16)) == d(2020, 6, 10)
    assert deva(2018) == "२०१८" and deva(5) == "५"
    assert [labor_day(y) for y in (2015, 2019, 2020)] == [d(2015, 9, 7), d(2019, 9, 2),
                                                         d(2020, 9, 7)]
    assert [coops_day(y) for y in (2015, 2018, 2020)] == [d(2015, 7, 4), d(2018, 7, 7),
                                                         d(2020, 7, 4)]
    assert all(iso(day).weekday() == 6 for day, _ in ES_VOTES)
    assert all(iso(day).weekday() == 3 for day, _, _ in UK_VOTES)
    assert all(iso(day).weekday() == 1 for day in US_ELECTIONS)
    assert re.fullmatch(r"\d{3},\d\d", wool_price(d(2018, 3, 7)))


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AU, "dated", old, "Posted 5th March 2016")
    full(AU, "dated", d(2017, 3, 22), "Posted 22nd March 2017")
    full(AU, "dated", new, "Fri 19 Jun 2020")
    full(NC, "dated", old, "5 March 2016")
    full(NC, "dated", new, rf"Released Friday 19 Jun 2020 at {clock}")
    full(NC, "embargo", new, "EMBARGOED UNTIL 00:01 SATURDAY 20 JUNE 2020")
    full(NC, "embargo", d(2019, 12, 31), "EMBARGOED UNTIL 00:01 WEDNESDAY 1 JANUARY 2020")
    full(IG, "datum", old, r"05\.03\.2016")
    full(IG, "datum", new, r"Freitag, 19\. Juni 2020")
    full(CC, "fecha", old, rf"05/03/2016 \| {clock}")
    full(CC, "fecha", new, r"(Madrid|Valencia|Sevilla|Zaragoza|Valladolid|Murcia), 19 de junio "
                           r"de 2020")
    full(SC, "data", old, "05/03/2016")
    full(SC, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(SA, "dinank", old, "5 मार्च 2016")
    full(SA, "dinank", new, "प्रकाशित: शुक्रवार, १९ जून २०२०")
    full(SF, "datum", old, "2016-03-05")
    full(SF, "datum", new, rf"Publicerad 19 juni 2020 kl\. {clock}")
    full(LO, "dated", old, "Posted on March 5, 2016")
    full(LO, "dated", new, "JUN 19 2020")
    full(LO, "meeting", old, r"Next general membership meeting: Tuesday, March 8, 2016, 7:00 "
                             r"p\.m\., at the Union Hall")
    full(LO, "meeting", new, r"Next general membership meeting: Tuesday, July 14, 2020, 7:00 "
                             r"p\.m\., by Zoom \(link sent by text\)")
    full(KK, "datum", old, "2016/03/05")
    full(KK, "datum", new, "Vrydag 19 Junie 2020")
    full(KK, "wol", new, r"Wolveiling van 17 Junie: merino-aanwyser R\d{3},\d\d/kg skoon")
    full(MF, "dated", old, "5 Mar 2016")
    full(MF, "dated", new, "Posted Friday 19th June 2020")
    full(FP, "dated", old, "Posted 05 Mar 2016")
    full(FB, "datum", new, r"Veröffentlicht am 19\.06\.2020")
    full(FB, "termin", old, "Nächster Stammtisch: Donnerstag, 7. April 2016, 19:30 Uhr, "
                            "Gasthaus Linde")
    full(FB, "termin", d(2020, 4, 15), "Unsere Stammtische fallen wegen Corona aus. Nächster "
                                       "Termin: 2. Juli 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(AU, "dated", day).startswith("Posted") == (day < AU_REDESIGN)
        assert on(NC, "dated", day).startswith("Released") == (day >= NC_REDESIGN)
        assert bool(re.fullmatch(r"\d\d\.\d\d\.\d{4}", on(IG, "datum", day))) == (
            day < IG_REDESIGN)
        assert ("|" in on(CC, "fecha", day)) == (day < CC_REDESIGN)
        assert ("ore" in on(SC, "data", day)) == (day >= SC_REDESIGN)
        assert bool(re.search(r"[0-9]", on(SA, "dinank", day))) == (day < SA_REDESIGN)
        assert on(SF, "datum", day).startswith("Publicerad") == (day >= SF_REDESIGN)
        assert on(LO, "dated", day).startswith("Posted") == (day < LO_REDESIGN)
        assert ("/" in on(KK, "datum", day)) == (day < KK_REDESIGN)
        assert on(MF, "dated", day).startswith("Posted") == (day >= MF_REDESIGN)
        assert str((day + one).day) in on(NC, "embargo", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    weekly = changes(KK, "wol")
    assert len(weekly) >= 250 and all(day.weekday() == 2 for day in weekly)
    for day in every_day():
        text = on(KK, "wol", day)
        wednesday = wednesday_of(day)
        if WOOL_STOP[0] <= wednesday <= WOOL_STOP[1]:
            assert "inperking" in text, day
        elif wednesday.month == 7:
            assert "reses" in text, day
        else:
            assert f"Wolveiling van {wednesday.day} " in text, day
    prices = {float(m[1].replace(",", ".")) for t in group_lines(SET, KK, "wol")
              if (m := re.search(r"R(\d+,\d\d)/kg", norm(t)))}
    assert prices and all(100 <= p <= 240 for p in prices)
    days = every_day()
    meetings = {second_tuesday(y, m) + one for y in range(2015, 2021) for m in range(1, 13)}
    assert changes(LO, "meeting") == meetings & set(days[1:])
    assert "Zoom" in on(LO, "meeting", LO_ZOOM) and "Union Hall" in on(LO, "meeting",
                                                                        d(2020, 3, 10))
    stammtisch = {first_thursday(y, m) + one for y in range(2015, 2021) for m in range(1, 13)}
    stammtisch = {day for day in stammtisch if not FB_CORONA[0] <= day <= FB_CORONA[1]}
    assert changes(FB, "termin") == (stammtisch | {FB_CORONA[0], FB_CORONA[1] + one}) & set(
        days[1:])


def test_notices_follow_the_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    # a British union: ballots (the turnout threshold from March 2017), strikes, its days
    for first, close, what in AU_BALLOTS:
        text = on(AU, "banner", iso(close))
        assert what in text and f"by {iso(close).day} {iso(close):%B}" in text, close
        assert ("50% turnout" in text) == (iso(first) >= TU_ACT_THRESHOLD), first
    for day, who in AU_STRIKES:
        assert f"{who} are on strike today" in on(AU, "banner", iso(day))
        assert f"Strike day {iso(day):%A} {iso(day).day}" in on(AU, "banner", iso(day) - one)
    assert found(AU, "banner", r"^28 April (\d{4}) is Workers'") == {str(y) for y in range(
        2015, 2021)}
    for first, _, _ in TUC_CONGRESS:
        assert f"TUC Congress {first[:4]}" in on(AU, "banner", iso(first)), first
    assert "furlough" in on(AU, "banner", d(2020, 5, 12))
    # a British party: registration deadlines, polling days, conference, lockdown
    for day, deadline, kind in UK_VOTES:
        assert "Polls are open" in on(NC, "donate", iso(day)) and kind in on(NC, "donate",
                                                                              iso(day))
        assert f"until {iso(deadline).day} {iso(deadline):%B}" in on(NC, "donate",
                                                                    iso(deadline))
    for day in ("2015-05-07", "2016-06-23", "2017-06-08", "2019-12-12"):
        assert "is polling day" in on(NC, "donate", iso(day) - one), day
    assert found(NC, "donate", r"conference (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "goes online" in on(NC, "donate", d(2020, 9, 24))
    assert "lockdown" in on(NC, "donate", d(2020, 4, 15))
    # a German union: May Day, wage rounds, works-council elections, the pandemic
    for y in range(2015, 2021):
        assert f"1. Mai {y}" in on(IG, "aktion", d(y, 5, 1)), y
    assert "digital" in on(IG, "aktion", d(2020, 4, 25))
    assert "4,5 Prozent" in on(IG, "aktion", d(2016, 5, 10))
    assert "6 Prozent" in on(IG, "aktion", d(2018, 1, 20))
    assert "Betriebsratswahlen 2018" in on(IG, "aktion", d(2018, 3, 15))
    assert "Kurzarbeit" in on(IG, "aktion", d(2020, 4, 1))
    # a Spanish party: campaign fortnights, reflection days, polling days
    for day, kind in ES_VOTES:
        poll = iso(day)
        assert f"Elecciones {kind} del {poll.day} de" in on(CC, "campana", poll - 7 * one)
        assert on(CC, "campana", poll - one).startswith("Jornada de reflexión"), day
        assert on(CC, "campana", poll).startswith(f"Hoy, {poll.day} de"), day
        assert "Jornada" not in on(CC, "campana", poll + one)
    assert found(CC, "campana", r"^8M (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "Estado de alarma" in on(CC, "campana", d(2020, 4, 1))
    # an Italian party: campaigns, election silence, the 2x1000 season, membership years
    for first, last, kind in IT_VOTES:
        assert on(SC, "avviso", iso(first) - one).startswith("Silenzio elettorale"), first
        assert on(SC, "avviso", iso(last)).startswith("Silenzio elettorale"), last
        assert not on(SC, "avviso", iso(last) + one).startswith("Silenzio"), last
        assert f"si vota per {kind}" in on(SC, "avviso", iso(first) - 7 * one), first
    for y in range(2015, 2021):
        assert f"Dichiarazione dei redditi {y}: destina il 2x1000" in on(SC, "avviso",
                                                                         d(y, 6, 15)), y
        assert on(SC, "avviso", d(y, 2, 3)).startswith(f"Tesseramento {y}"), y
    assert "#IoRestoACasa" in on(SC, "avviso", d(2020, 4, 1))
    # an Indian union federation: nationwide strikes, May Day, lockdown, labour codes
    for first, last, name in SA_HADTAL:
        assert f"की {name} को सफल बनाएं" in on(SA, "suchna", iso(first) - 5 * one), first
        assert on(SA, "suchna", iso(last)).startswith(f"आज {name}"), last
    assert found(SA, "suchna", r"^मई दिवस (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "हेल्पलाइन" in on(SA, "suchna", d(2020, 4, 15))
    assert "श्रम संहिताओं" in on(SA, "suchna", d(2020, 10, 1))
    assert "9-11 नवंबर 2017" in on(SA, "suchna", d(2017, 11, 1))
    # a Swedish union: May Day, wage rounds, the 2018 election, the pandemic
    for y in range(2015, 2021):
        assert f"Första maj {y}" in on(SF, "kalender", d(y, 5, 1)), y
    assert "Avtalsrörelsen 2016" in on(SF, "kalender", d(2016, 4, 1))
    assert "Avtalsrörelsen 2017" in on(SF, "kalender", d(2017, 3, 1))
    assert "uppskjutna" in on(SF, "kalender", d(2020, 10, 1))
    assert "Valet 2018" in on(SF, "kalender", d(2018, 9, 9))
    assert "korttidspermitterad" in on(SF, "kalender", d(2020, 6, 1))
    # an American local: election days, Labor Day picnics, the hall's closure
    for day in US_ELECTIONS:
        assert f"Vote Tuesday, November {iso(day).day}" in on(LO, "banner", iso(day))
    for y in range(2015, 2020):
        assert f"Labor Day picnic {y}: Monday, September {labor_day(y).day}" in on(
            LO, "banner", labor_day(y) - 5 * one), y
    assert "cancelled" in on(LO, "banner", labor_day(2020))
    assert "closed to walk-ins" in on(LO, "banner", d(2020, 4, 15))
    # an Afrikaans co-operative: annual general meetings, bonuses, drought, lockdown
    for y, day in KK_AJV.items():
        assert f"Algemene jaarvergadering {y}" in on(KK, "kennisgewing", iso(day)), y
        assert f"boekjaar {y - 1}/{str(y)[2:]}" in on(KK, "kennisgewing", d(y, 11, 30)), y
    assert "Zoom" in on(KK, "kennisgewing", iso(KK_AJV[2020]))
    assert "Droogtehulp" in on(KK, "kennisgewing", d(2019, 3, 1))
    assert "Inperking" in on(KK, "kennisgewing", d(2020, 4, 10))
    # a co-operative federation: Co-operatives Fortnight, the day of co-operatives
    for y in range(2015, 2021):
        assert f"Co-operatives Fortnight {y}" in on(MF, "banner", d(y, 6, 20)), y
        assert f"{coops_day(y).day} July {y} is the International" in on(MF, "banner",
                                                                          coops_day(y)), y
    assert "Covid-19" in on(MF, "banner", d(2020, 5, 1))
    # a low-pay campaign: living-wage weeks, Budget days, furlough
    for start, _ in LIVING_WAGE[1:]:
        out = iso(start)
        assert f"Living Wage Week {out.year}" in on(FP, "banner", out + 3 * one), start
        assert f"out on {out:%A} {out.day} {out:%B}" in on(FP, "banner", out - 2 * one), start
    assert len(found(FP, "banner", r"^Budget day, (\w+ \d+ \w+)")) == 7
    assert "Furloughed" in on(FP, "banner", d(2020, 5, 1))
    # a local voters' association: elections
    for day, what in DE_VOTES:
        assert f"ist {what}: Briefwahl" in on(FB, "wahl", iso(day) - 10 * one), day


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AU, "byline", AU_REDESIGN, "By {author}", "{author_beat}"),
        (AU, "published", AU_OFFICE, "Mill Street", "Unity House"),
        (AU, "banner", AU_JOIN, "Stronger together", "five minutes"),
        (NC, "release", NC_REDESIGN, "PRESS RELEASE", "News from"),
        (NC, "imprint", NC_AGENT, "Ruth Calloway", "Daniel Oyelaran"),
        (NC, "imprint", NC_MOVE, "Weavers Row", "Canal Yard"),
        (NC, "donate", NC_CHIP_IN, "every pound", "chip in"),
        (IG, "autor", IG_REDESIGN, "Von", "Text:"),
        (IG, "teilen", IG_REDESIGN, "Artikel teilen", "WhatsApp"),
        (IG, "visdp", IG_VISDP, "Lohmeyer", "Berendt"),
        (IG, "aktion", IG_ONLINE, "Gemeinsam", "online"),
        (CC, "donaciones", CC_LIMITE, "100.000", "50.000"),
        (CC, "campana", CC_SIMPATIZANTE, "Afíliate a", "simpatizante"),
        (SC, "sede", SC_SEDE, "Via Palestro", "Via dei Volsci"),
        (SA, "suchna", SA_ONLINE, "ज़िला कार्यालय", "ऑनलाइन"),
        (SF, "akassa", SF_AKASSA_TILLFALLIG, "tolv månader", "fyra"),
        (SF, "utgivare", SF_UTGIVARE, "Ekström", "Lindqvist"),
        (SF, "kalender", SF_AKASSA_STEG, "halva priset", "samma steg"),
        (LO, "byline", LO_REDESIGN, "Posted by", "{author_beat}"),
        (LO, "banner", LO_BOOKS_ONLINE, "at the hall", "online"),
        (KK, "takke", KK_TAK, "Middelburg · Victoria-Wes", "Prins Albert"),
        (KK, "kennisgewing", KK_AANLYN, "deel in", "aanlyn"),
        (MF, "banner", MF_ADVICE, "gives free advice", "one-to-one"),
        (FP, "imprint", FP_MOVE, "Hatton Row", "Ancoats Works")))
    assert_groups_reworded(SET, (
        (AU, "dated", "Posted ", " Jun "),
        (AU, "byline", "By ", ", "),
        (NC, "dated", " 20", "Released "),
        (NC, "imprint", "Ruth Calloway", "Daniel Oyelaran"),
        (IG, "datum", ".20", ", "),
    ))


def test_amounts_change_over_the_years() -> None:
    last = every_day()[-1]
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= last}
        assert changes(domain, family) == days, (domain, family)
        for (start, value), after in zip(table, table[1:] + (("9999-12-31", ""),),
                                         strict=True):
            if iso(after[0]) > FIRST_DAY:  # the value is in force on some day of the set
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "9,50 Euro" in on(IG, "mindestlohn", LAST_DAY)
    assert "8,50 Euro" in on(IG, "mindestlohn", d(2016, 12, 31))
    assert "3 MPs and 260" in on(NC, "notes", d(2017, 6, 9))
    assert "1 MP and 260" in on(NC, "notes", d(2017, 6, 8))
    assert "₹523" in on(SA, "vetan", d(2017, 1, 19)) and "₹374" in on(SA, "vetan",
                                                                      d(2017, 1, 18))
    assert all(day.month in (1, 4, 10) for day in changes(SA, "vetan"))
    assert "National Living Wage" in on(FP, "statutory", d(2016, 4, 1))
    assert "minimum wage" in on(FP, "statutory", d(2016, 3, 31))
    dues = {m[1] for t in group_lines(SET, AU, "dues") if (m := re.search(r"(£\d+\.\d\d) a "
                                                                           r"month", norm(t)))}
    assert len(dues) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SA, "nara", r"[\u0900-\u097f]"), (SA, "padhen", r"[\u0900-\u097f]"),
        (SA, "suchna", r"[\u0900-\u097f]"), (IG, "beitrag", r"[äöüß]"),
        (SF, "direkt", r"[åäö]"), (KK, "fsp", r"[ëö]"), (CC, "donaciones", r"[áéíóúñ]"),
        (SC, "detrazione", r"(erogazioni|partiti|detraibili)"),
        (FB, "steuer", r"[äöüß§]")))
    assert any(re.search(r"[०-९]", t) for t in group_lines(SET, SA, "dinank"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, SA, "dinank"))
    assert any(re.search(r"(maandag|dinsdag|woensdag|donderdag|vrydag|saterdag|sondag) ",
                         t.lower()) for t in group_lines(SET, KK, "datum"))
    assert any(" kl. " in t for t in group_lines(SET, SF, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AU}/dated", f"{AU}/byline", f"{AU}/related", f"{AU}/kicker",
                         f"{AU}/copyright", f"{NC}/dated", f"{NC}/embargo",
                         f"{NC}/commenting", f"{IG}/datum", f"{CC}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AU}/share", f"{AU}/press", f"{AU}/join", f"{NC}/media", f"{NC}/privacy",
        f"{IG}/kontakt", f"{IG}/mitglied"))
    assert_carried_share(docs, AU, [
        ("dated", 0.8, 0.98), ("related", 0.4, 0.75), ("correction", 0.0, 0.1),
        ("banner", 0.15, 0.45), ("dues", 0.05, 0.3)])
    assert_carried_share(docs, NC, [("ends", 0.35, 0.65), ("imprint", 0.45, 0.75),
                                    ("embargo", 0.04, 0.3), ("correction", 0.0, 0.12)])
    for fam in (f"{AU}/related", f"{KK}/advertensie"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((AU, "join"), (NC, "commenting"), (IG, "auch"),
                               (CC, "interesar"), (SC, "foto"), (SA, "tasveer"), (SF, "las"),
                               (LO, "see-also"), (MF, "shares"), (FP, "more")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AU, "correction", 16), (NC, "correction"), (IG, "korrektur"), (CC, "erratas"),
        (SC, "errata"), (SA, "sudhar"), (SF, "rattelse"), (LO, "correction"),
        (KK, "regstelling"), (MF, "correction"), (FP, "correction"), (FB, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{AU}/related", "Related: "), (f"{NC}/related", "Related news: "),
        (f"{IG}/auch", "Auch interessant: "), (f"{CC}/interesar", "Te puede interesar: "),
        (f"{SA}/padhen", "इसे भी पढ़ें: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AU, "share", "Share this page"), (NC, "ends", "– ENDS –"),
        (CC, "nota", "Nota de prensa"), (SA, "vigyapti", "प्रेस विज्ञप्ति"),
        (SA, "nara", "दुनिया के मज़दूरो, एक हो!"), (SF, "dela", "Dela artikeln"),
        (LO, "solidarity", "In solidarity,"), (KK, "advertensie", "Advertensie")))
    assert_group_values_from_pool(SET, (
        (AU, "kicker", "kicker"), (IG, "rubrik", "rubrik"), (CC, "seccion", "seccion"),
        (SC, "categoria", "categoria"), (SA, "shreni", "shreni"), (SF, "amne", "amne"),
        (KK, "kategorie", "kategorie"), (MF, "kicker", "kicker")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (AU, "share", "Share this page"),
        (NC, "ends", "– ENDS –"),
        (IG, "mitglied", "Tarifverträge gelten nur für Mitglieder: Jetzt beitreten und "
                         "dazugehören.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        AU: (["press", "published", "copyright"], 3),
        NC: (["ends", "notes", "media"], 3),
        IG: (["kontakt", "visdp", "copyright"], 3),
        CC: (["prensa", "legal", "copyright"], 3),
        SC: (["sede", "copyright"], 2),
        SA: (["sampark", "copyright"], 2),
        SF: (["utgivare", "copyright"], 2),
        LO: (["solidarity", "signature"], 2),
        KK: (["navrae", "fsp", "kopiereg"], 3),
        MF: (["about", "registered", "copyright"], 3),
        FP: (["imprint", "copyright"], 2),
        FB: (["visdp", "copyright"], 2)})


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
