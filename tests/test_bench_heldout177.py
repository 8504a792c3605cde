"""The held-back-177 template set (`tests.bench.heldout_templates_177`): its localised dates
(printed day by day in English, Dutch in its Netherlands and Flemish forms, German, Welsh
beside English, Irish and Estonian, several changing form on the day of a redesign), the
lines that turn every day, week, month, quarter and membership year (a search room's hours
for the day, the archive piece of the week, the next lecture and Stammtisch, the journals'
latest issues, the Flemish dues), the closure and event notices that follow calendars
(bank and public holidays, King's Day, Ascension Day, Rosenmontag, the Tag der Archive,
stocktaking closures, the National Eisteddfod, Heritage Week, Seachtain na Gaeilge,
Erfgoeddag, Open Monumentendag, Museum Night, Estonian Independence Day, the pandemic), the
notices reworded between 2015 and 2020, the fees and subscriptions that change over the
years, the lines in several languages, the pools, blocks, rare families and variants of its
corpus, and its hard negatives actually occur.

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

from tests.bench.heldout_calendar import easter, nth_weekday, thanksgiving
from tests.bench.heldout_templates_177 import (
    BT_APPOINTMENTS,
    BT_CYFEILLION,
    BT_REDESIGN,
    BT_STANDARDS,
    CM_BALLRAIOCHT,
    CM_LECTURES_OFF,
    CM_NEWSLETTER,
    CM_REDESIGN,
    EISTEDDFOD,
    EMERGENCY,
    ERFGOEDDAG,
    FIRST_DAY,
    FN_BEITRAG,
    FN_DSGVO,
    FN_PAUSE,
    FN_REDESIGN,
    GL_FREE,
    GL_REDESIGN,
    HERITAGE_OPEN_DAYS,
    HERITAGE_WEEK,
    LAST_DAY,
    LIDGELD,
    MF_FEDERATION,
    MF_GDPR,
    MF_MEMBERSHIP,
    MF_REDESIGN,
    MONATE,
    MUSEUM_NIGHT,
    OW_AVG,
    OW_REDESIGN,
    OW_VU,
    PK_REDESIGN,
    PK_SELTS,
    RZ_AVG,
    RZ_HOURS,
    RZ_REDESIGN,
    RZ_VRIENDEN,
    SW_FOERDER,
    SW_REDESIGN,
    SW_REPRO,
    TAG_DER_ARCHIVE,
    VS_LIIKMEMAKS,
    VS_NEWSLETTER,
    VS_REDESIGN,
    WA_ADOPT,
    WA_BOOKING,
    WA_CLOSED,
    WA_LATE_NIGHT_ENDS,
    WA_REDESIGN,
    WX_ANCESTRY,
    WX_FRIENDS,
    WX_REDESIGN,
    english_bank_holidays,
    irish_bank_holidays,
    journal_issue,
    koningsdag,
    lidgeld_year,
    next_meeting,
    revision,
    stocktaking,
    tijdschrift,
    us_holidays,
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

SET = "held-back-177"
SITES = ("Wealdshire Archives", "Regionaal Archief Zuidwaard", "Stadtarchiv Wendelsheim",
         "Archifau Bro Teifi", "Marchfield Family History Society", "Paekalda Keskraamatukogu",
         "Cumann Staire Chnoc na Móna", "Heemkundige Kring Oud-Wervelde",
         "Wexley Public Library", "Verein für Familienforschung Oberes Nahetal",
         "Vooremaa Kodu-uurijate Selts", "Glenmore Libraries")
WA, RZ, SW, BT = ("wealdshirearchives.org.uk", "regionaalarchiefzuidwaard.nl",
                  "stadtarchiv-wendelsheim.de", "archifaubroteifi.cymru")
MF, PK, CM, OW = ("marchfieldfhs.org.uk", "paekaldakrk.ee", "stairchnocnamona.ie",
                  "hkoudwervelde.be")
WX, FN, VS, GL = ("wexleylibrary.org", "familienforschung-nahetal.de", "vooremaaselts.ee",
                  "glenmorelibraries.ie")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WA, "dated"), (RZ, "datum"), (SW, "datum"), (BT, "dyddiad"), (MF, "dated"),
         (PK, "kuupaev"), (CM, "data"), (OW, "datum"), (WX, "dated"), (FN, "datum"),
         (VS, "kuupaev"), (GL, "dated"))
# The lines that turn every week, month, quarter or membership year.
TURNING = ((WA, "searchroom"), (RZ, "week"), (CM, "leacht"), (FN, "stammtisch"),
           (MF, "journal"), (OW, "tijdschrift"), (OW, "lidgeld"))
# The notices that follow calendars.
BANNERS = ((WA, "notice"), (RZ, "studiezaal"), (SW, "lesesaal"), (BT, "hysbysiad"),
           (MF, "helpdesk"), (PK, "lahtiolek"), (CM, "fograi"), (OW, "docu"), (WX, "hours"),
           (VS, "teated"), (GL, "hours"))
# Amounts in force from given days.
TABLES = ((WA, "adopt", WA_ADOPT), (RZ, "vrienden", RZ_VRIENDEN), (SW, "gebuehren", SW_REPRO),
          (SW, "foerderverein", SW_FOERDER), (BT, "cyfeillion", BT_CYFEILLION),
          (MF, "membership", MF_MEMBERSHIP), (PK, "selts", PK_SELTS),
          (CM, "ballraiocht", CM_BALLRAIOCHT), (WX, "friends", WX_FRIENDS),
          (FN, "beitrag", FN_BEITRAG), (VS, "liikmemaks", VS_LIIKMEMAKS))

QUIET = d(2015, 6, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    WA: "Planning a visit? There is no need to book, but ordering documents in advance saves "
        "you time.",
    RZ: "Studiezaal: dinsdag t/m vrijdag 9.00–17.00 uur en elke eerste zaterdag van de maand "
        "10.00–14.00 uur.",
    SW: "Lesesaal: Di–Do 9–16 Uhr, Fr 9–12 Uhr. Bitte melden Sie Ihren Besuch vorher an.",
    BT: "Ystafell chwilio ar agor dydd Mawrth i ddydd Gwener, 9.30–4.30 | Search room open "
        "Tuesday to Friday, 9.30–4.30",
    MF: "Our research help desk is open every Wednesday, 10am–1pm, at Marchfield Central "
        "Library.",
    PK: "Suvine lahtiolekuaeg (1. juuni – 31. august): E–R 10–18, L–P suletud.",
    CM: "Lean an cumann ar Facebook le nuacht faoi léachtaí agus turais.",
    OW: "Ons documentatiecentrum is open op woensdag van 14 tot 17 uur en op afspraak.",
    WX: "Library hours: Mon–Thu 9am–8pm, Fri–Sat 9am–5pm, Sun 1–5pm.",
    VS: "Seltsi koosolekud toimuvad iga kuu esimesel kolmapäeval kell 18 raamatukogu saalis.",
    GL: "Opening hours | Uaireanta oscailte: Monday to Saturday, 10am–5pm",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 2, 8), d(2017, 10, 2), d(2018, 4, 27), d(2019, 8, 5),
        d(2020, 3, 20), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert stocktaking(2019) == (d(2019, 11, 4), d(2019, 11, 15))
    assert revision(2018) == (d(2018, 8, 13), d(2018, 8, 24))
    assert english_bank_holidays(2020)[d(2020, 5, 8)] == "bank holiday"
    assert english_bank_holidays(2019)[d(2019, 4, 19)] == "Good Friday"
    assert [koningsdag(y) for y in (2014, 2019, 2025)] == [d(2014, 4, 26), d(2019, 4, 27),
                                                            d(2025, 4, 26)]
    assert irish_bank_holidays(2019)[d(2019, 3, 18)] == "St Patrick's Day"
    assert irish_bank_holidays(2018)[d(2018, 3, 19)] == "St Patrick's Day"
    assert irish_bank_holidays(2020)[d(2020, 10, 26)] == "October bank holiday"
    assert (d(2015, 7, 3), "Independence Day") in us_holidays(2015)
    assert (d(2021, 7, 5), "Independence Day") in us_holidays(2021)
    assert journal_issue(d(2015, 2, 28)) == (127, 2014, 12)
    assert journal_issue(d(2020, 6, 1)) == (149, 2020, 6)
    assert tijdschrift(d(2019, 3, 31)) == (43, 1) and tijdschrift(d(2019, 10, 1)) == (43, 4)
    assert lidgeld_year(d(2016, 9, 30)) == 2016 and lidgeld_year(d(2016, 10, 1)) == 2017
    assert next_meeting(d(2019, 5, 15), 1, 2, (5, 9)) == d(2019, 9, 10)
    assert next_meeting(d(2019, 9, 10), 1, 2, (5, 9)) == d(2019, 9, 10)


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, text: str) -> None:
        assert rendered(SET, domain, family, day) == text, (domain, family)

    full(WA, "dated", old, "Posted on 5 March 2016")
    full(WA, "dated", new, "Friday 19 June 2020")
    full(WA, "searchroom", old, "Searchroom today, Saturday 5 March: open 9.30am–1pm.")
    full(WA, "searchroom", new, "Searchroom today, Friday 19 June: closed until further "
                                "notice.")
    full(RZ, "datum", old, "Geplaatst op 05-03-2016")
    full(RZ, "datum", new, "vrijdag 19 juni 2020")
    full(RZ, "week", new, "Archiefstuk van de week · week 25, 2020")
    full(SW, "datum", old, "05.03.2016")
    full(SW, "datum", new, "Veröffentlicht am Freitag, 19. Juni 2020")
    full(BT, "dyddiad", old, "5 Mawrth 2016")
    full(BT, "dyddiad", new, "Dydd Gwener 19 Mehefin 2020 | Friday 19 June 2020")
    full(MF, "dated", old, "Posted 05/03/2016")
    full(MF, "dated", new, "Friday 19th June 2020")
    full(MF, "journal", new, "From Marchfield Roots no. 149, June 2020")
    full(PK, "kuupaev", old, "05.03.2016")
    full(PK, "kuupaev", new, "reede, 19. juuni 2020")
    full(CM, "data", old, "5/3/2016")
    full(CM, "data", new, "Dé hAoine, 19 Meitheamh 2020")
    full(CM, "leacht", old, "An chéad léacht eile: Dé Máirt, 8 Márta 2016, ag 8 i.n. san "
                            "Ionad Pobail.")
    full(OW, "datum", old, "5/03/2016")
    full(OW, "datum", new, "vr 19 jun 2020")
    full(OW, "tijdschrift", new, "Verschenen in ons tijdschrift Wervels Erfgoed, jg. 44, nr. 2")
    full(WX, "dated", old, "Posted on March 5, 2016")
    full(WX, "dated", new, "Fri, Jun 19, 2020")
    full(FN, "datum", old, "Beitrag vom 05.03.2016")
    full(FN, "datum", new, "19. Juni 2020")
    full(FN, "stammtisch", new, "Nächster Online-Stammtisch per Zoom: Donnerstag, 9. Juli "
                                "2020, 19 Uhr")
    full(VS, "kuupaev", old, "Postitatud 5.03.2016")
    full(VS, "kuupaev", new, "19. juuni 2020")
    full(GL, "dated", old, "Posted: 05/03/2016")
    full(GL, "dated", new, "19 June 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The search room's line names the weekday and the day, not the year: it turns every day.
    assert len(changes(WA, "searchroom")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WA, "dated", day).startswith("Posted") == (day < WA_REDESIGN)
        assert on(RZ, "datum", day).startswith("Geplaatst") == (day < RZ_REDESIGN)
        assert on(SW, "datum", day).startswith("Veröffentlicht") == (day >= SW_REDESIGN)
        assert (" | " in on(BT, "dyddiad", day)) == (day >= BT_REDESIGN)
        assert on(MF, "dated", day).startswith("Posted") == (day < MF_REDESIGN)
        assert ("," in on(PK, "kuupaev", day)) == (day >= PK_REDESIGN)
        assert ("/" in on(CM, "data", day)) == (day < CM_REDESIGN)
        assert ("/" in on(OW, "datum", day)) == (day < OW_REDESIGN)
        assert on(WX, "dated", day).startswith("Posted") == (day < WX_REDESIGN)
        assert on(FN, "datum", day).startswith("Beitrag vom") == (day < FN_REDESIGN)
        assert on(VS, "kuupaev", day).startswith("Postitatud") == (day < VS_REDESIGN)
        assert on(GL, "dated", day).startswith("Posted") == (day < GL_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_search_room_hours_for_the_day() -> None:
    for day in every_day():
        text = on(WA, "searchroom", day)
        if WA_CLOSED[0] <= day < WA_CLOSED[1]:
            assert "until further notice" in text, day
        elif (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1):
            assert "Christmas and New Year" in text, day
        elif day in english_bank_holidays(day.year):
            assert "closed (" in text, day
        elif stocktaking(day.year)[0] <= day <= stocktaking(day.year)[1]:
            assert "stocktaking" in text, day
        elif day.weekday() in (0, 6):
            assert text.endswith("closed."), day
        elif day.weekday() == 3 and day < WA_LATE_NIGHT_ENDS:
            assert "late opening" in text, day
        elif day.weekday() == 5 and day < WA_CLOSED[0]:
            assert ("9.30am–1pm" in text) == (day.day <= 7), day
        assert text.startswith(f"Searchroom today, {day:%A} {day.day} {day:%B}:")
    assert "late opening" not in " ".join(on(WA, "searchroom", d(2019, 1, 3) + k * one)
                                          for k in range(300))
    assert on(WA, "searchroom", d(2020, 9, 1)).endswith("open by appointment, 10am–4pm.")
    assert "Christmas" in on(WA, "searchroom", d(2018, 12, 27))


def test_lines_that_turn_by_week_month_quarter_and_year() -> None:
    weekly = changes(RZ, "week")
    assert len(weekly) >= 310 and all(day.weekday() == 0 for day in weekly)
    quarterly = {d(y, m, 1) for y in range(2015, 2021) for m in (3, 6, 9, 12)}
    assert changes(MF, "journal") == quarterly
    assert changes(OW, "tijdschrift") == {d(y, m, 1) for y in range(2015, 2021)
                                          for m in (1, 4, 7, 10)} - {FIRST_DAY}
    assert changes(OW, "lidgeld") == {d(y, 10, 1) for y in range(2015, 2021)}
    for y in range(2015, 2021):
        assert f"Lidgeld {y + 1}: € {LIDGELD[y + 1]}," in on(OW, "lidgeld", d(y, 10, 1))
        assert f"Lidgeld {y}: € {LIDGELD[y]}," in on(OW, "lidgeld", d(y, 9, 30))
    lectures = found(CM, "leacht", r"Dé Máirt, (\d+ \w+(?: \w+)? \d{4})")
    assert len(lectures) >= 45
    months = {"Eanáir": 1, "Feabhra": 2, "Márta": 3, "Aibreán": 4, "Bealtaine": 5,
              "Meán Fómhair": 9, "Deireadh Fómhair": 10, "Samhain": 11, "Nollaig": 12}
    for text in lectures:
        day, rest = text.split(" ", 1)
        month, year = rest.rsplit(" ", 1)
        assert nth_weekday(int(year), months[month], 1, 2) == d(int(year), months[month],
                                                                 int(day)), text
    assert on(CM, "leacht", d(2019, 7, 1)).startswith("Sos an tsamhraidh")
    assert "10 Meán Fómhair 2019" in on(CM, "leacht", d(2019, 5, 15))
    assert "COVID-19" in on(CM, "leacht", CM_LECTURES_OFF[0])
    assert "ar Zoom" in on(CM, "leacht", CM_LECTURES_OFF[1])
    meetings = found(FN, "stammtisch", r"Donnerstag, (\d+\. \w+ \d{4})")
    assert len(meetings) >= 60
    for text in meetings:
        day, month, year = text.split(" ")
        m = MONATE.index(month) + 1
        assert m != 8 and nth_weekday(int(year), m, 3, 2) == d(int(year), m,
                                                               int(day[:-1])), text
    assert "fällt" in on(FN, "stammtisch", FN_PAUSE[0])
    assert "Online-Stammtisch" in on(FN, "stammtisch", FN_PAUSE[1])


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        assert f"24 December {y}" in on(WA, "notice", d(y, 12, 10)), y
        first, last = stocktaking(y)
        assert f"from {first.day} to {last.day} November {y}" in on(WA, "notice", first), y
        assert f"24 december {y}" in on(RZ, "studiezaal", d(y, 12, 20)), y
        monument = nth_weekday(y, 9, 5, 2)
        assert f"Open Monumentendag {y}" in on(RZ, "studiezaal", monument), y
        rosenmontag = easter(y) - 48 * one
        assert "Rosenmontag" in on(SW, "lesesaal", rosenmontag), y
        assert f"August {y}" in on(SW, "lesesaal", revision(y)[0]), y
        assert f"Dezember {y}" in on(SW, "lesesaal", d(y, 12, 23)), y
        assert f"24 Rhagfyr {y}" in on(BT, "hysbysiad", d(y, 12, 28)), y
        assert f"AGM {y}" in on(MF, "helpdesk", nth_weekday(y, 10, 5, 2)), y
        assert f"{y - 1918}. aastapäeval" in on(PK, "lahtiolek", d(y, 2, 24)), y
        assert "jaanipäeva" in on(PK, "lahtiolek", d(y, 6, 23)), y
        assert f"Raamatukogupäevad {y}" in on(PK, "lahtiolek", d(y, 10, 22)), y
        assert f"Seachtain na Gaeilge {y}" in on(CM, "fograi", d(y, 3, 10)), y
        assert f"Open Monumentendag {nth_weekday(y, 9, 6, 2).day} september {y}" in on(
            OW, "docu", nth_weekday(y, 9, 6, 2)), y
        tg = thanksgiving(y)
        assert f"November {tg.day} and Friday" in on(WX, "hours", tg), y
        assert "Sign-up Month" in on(WX, "hours", d(y, 9, 20)), y
        assert f"December {y}" in on(GL, "hours", d(y, 12, 24)), y
    for y in range(2015, 2020):
        assert f"april {y}, is de studiezaal gesloten" in on(RZ, "studiezaal", koningsdag(y))
        assert "Hemelvaartsdag" in on(RZ, "studiezaal", easter(y) + 39 * one), y
        assert f"Fair {y}" in on(MF, "helpdesk", nth_weekday(y, 4, 5, 3)), y
        assert "Dydd Gŵyl Dewi" in on(BT, "hysbysiad", d(y, 3, 1)), y
        for day, name in irish_bank_holidays(y).items():
            assert f"({name})" in on(GL, "hours", day), (y, name)
        for day, name in us_holidays(y):
            assert f"for {name}" in on(WX, "hours", day), (y, name)
    assert "100. aastapäeval" in on(PK, "lahtiolek", d(2018, 2, 24))
    assert "Monday 18 March (St Patrick's Day)" in on(GL, "hours", d(2019, 3, 18))
    assert "Friday, July 3 for Independence Day" in on(WX, "hours", d(2015, 7, 1))
    for first, last in HERITAGE_OPEN_DAYS[:5]:
        assert f"Heritage Open Days {first[:4]}" in on(WA, "notice", iso(last))
    for day in TAG_DER_ARCHIVE:
        assert f"Tag der Archive am {iso(day).day}. März" in on(SW, "lesesaal", iso(day))
    for first, last, place, _ in EISTEDDFOD:
        assert f"{place} {first[:4]}" in on(BT, "hysbysiad", iso(last)), place
    assert "AmGen" in on(BT, "hysbysiad", d(2020, 8, 5))
    for first, last in HERITAGE_WEEK:
        for day in (iso(first), iso(last)):
            assert f"Seachtain na hOidhreachta {first[:4]}" in on(CM, "fograi", day)
    assert "ar líne" in on(CM, "fograi", d(2020, 8, 20))
    assert "1916" in on(CM, "fograi", d(2016, 4, 24))
    for day in ERFGOEDDAG:
        assert f"Erfgoeddag zondag {iso(day).day} april" in on(OW, "docu", iso(day))
    for day in MUSEUM_NIGHT:
        assert f"Muuseumiöö {iso(day).day}." in on(VS, "teated", iso(day))
    assert "EV100" in on(VS, "teated", d(2018, 2, 20))
    # The pandemic.
    assert "closed until further notice" in on(WA, "notice", d(2020, 4, 1))
    assert "coronavirus" in on(RZ, "studiezaal", koningsdag(2020))
    assert "Corona" in on(SW, "lesesaal", d(2020, 4, 1))
    assert "COVID-19" in on(BT, "hysbysiad", d(2020, 4, 1))
    assert "suspended" in on(MF, "helpdesk", d(2020, 4, 18))
    assert "Zoom" in on(MF, "helpdesk", d(2020, 10, 10))
    assert "Eriolukorra" in on(PK, "lahtiolek", EMERGENCY[0])
    assert "taas avatud" in on(PK, "lahtiolek", EMERGENCY[1] + one)
    assert "gesloten tot en met 30 juni" in on(OW, "docu", d(2020, 4, 26))
    assert "Curbside" in on(WX, "hours", d(2020, 4, 1))
    assert "Eriolukorra" in on(VS, "teated", d(2020, 4, 1))
    assert "dúnta" in on(GL, "hours", d(2020, 4, 13))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WA, "byline", WA_REDESIGN, "Posted by", "{author_beat}"),
        (WA, "notice", WA_BOOKING, "no need to book", "48 hours"),
        (WA, "notice", WA_CLOSED[1], "until further notice", "appointment only"),
        (RZ, "nieuwsbrief", RZ_AVG, "maandelijkse", "AVG"),
        (RZ, "studiezaal", RZ_HOURS, "eerste zaterdag", "alleen op afspraak"),
        (SW, "autor", SW_REDESIGN, "Text: {author}", "Foto: {foto}"),
        (BT, "awdur", BT_REDESIGN, "Gan {author}", "Gan / By"),
        (BT, "iaith", BT_STANDARDS, "ar gael yn Saesneg", "gohebiaeth yn Gymraeg"),
        (BT, "hysbysiad", BT_APPOINTMENTS, "COVID-19", "apwyntiad"),
        (MF, "privacy", MF_GDPR, "third parties", "GDPR"),
        (MF, "charity", MF_FEDERATION, "Federation of Family History Societies",
         "Family History Federation"),
        (CM, "fograi", CM_NEWSLETTER, "Facebook", "nuachtlitir"),
        (OW, "privacy", OW_AVG, "enkel gebruikt", "AVG"),
        (OW, "vu", OW_VU, "Marc De Smet", "Annick Vandamme"),
        (WX, "ancestry", WX_ANCESTRY, "any library computer", "from home"),
        (FN, "datenschutz", FN_DSGVO, "vertraulich", "DSGVO"),
        (VS, "teated", VS_NEWSLETTER, "koosolekud", "Uudiskirjaga"),
        (GL, "membership", GL_FREE, "€3 a year", "free for everyone")))
    assert_groups_reworded(SET, (
        (WA, "dated", "Posted on", "day "),
        (WA, "byline", "Posted by", ", "),
        (RZ, "datum", "Geplaatst op", "dag "),
        (SW, "datum", ".20", "Veröffentlicht am"),
        (BT, "dyddiad", " 20", " | "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£30" in on(WA, "adopt", d(2020, 6, 1)) and "£20" in on(WA, "adopt", d(2017, 6, 1))
    assert "€ 17,50" in on(RZ, "vrienden", d(2018, 1, 1))
    assert "0,80 €" in on(SW, "gebuehren", d(2020, 1, 1))
    amounts = {m[1] for t in group_lines(SET, MF, "membership")
               if (m := re.search(r"Membership: (£\d+)", norm(t)))}
    assert len(amounts) >= 2


def test_several_languages() -> None:
    assert_groups_in_script(SET, (
        (RZ, "gedigitaliseerd", r"\bvan\b"), (OW, "lidgeld", r"storten"),
        (SW, "foerderverein", r"Förderverein"), (FN, "datenschutz", r"[äöüß]|Daten"),
        (BT, "cyfeillion", r"â"), (BT, "rhannu", r"Rhannu"),
        (CM, "coipcheart", r"Gach ceart"), (CM, "bearla", r"mBéarla"),
        (PK, "selts", r"õ"), (VS, "digi", r"ü"), (GL, "membership", r"membership|ballraíocht")))
    assert any("|" in t for t in group_lines(SET, BT, "dyddiad"))
    assert any(re.search(r"Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)", t)
               for t in group_lines(SET, BT, "dyddiad"))
    assert any(re.search(r"\bDé|Déardaoin", t) for t in group_lines(SET, CM, "data"))
    assert any(re.search(r"päev", t) for t in group_lines(SET, PK, "kuupaev"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WA}/dated", f"{WA}/byline", f"{WA}/reference", f"{WA}/category",
                         f"{WA}/image", f"{WA}/also", f"{WA}/copyright", f"{WA}/searchroom",
                         f"{RZ}/datum", f"{RZ}/bron", f"{RZ}/gelezen", f"{SW}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WA}/friends", f"{WA}/digitised", f"{RZ}/nieuwsbrief", f"{RZ}/gedigitaliseerd",
        f"{SW}/foerderverein", f"{BT}/iaith", f"{MF}/charity"))
    assert_carried_share(docs, WA, [
        ("dated", 0.8, 0.98), ("share", 0.35, 0.65), ("correction", 0.0, 0.1),
        ("searchroom", 0.15, 0.45), ("digitised", 0.04, 0.3), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, RZ, [("datum", 0.8, 0.98), ("week", 0.0, 0.25),
                                    ("correctie", 0.0, 0.12)])
    for fam in (f"{WA}/reference", f"{SW}/signatur"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WA, "image"), (RZ, "bron"), (SW, "abb"), (BT, "cyfeirnod"),
                               (MF, "interests"), (PK, "viide"), (CM, "foinse"),
                               (OW, "bron"), (WX, "callno")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WA, "correction", 16), (RZ, "correctie"), (SW, "korrektur"), (BT, "cywiriad"),
        (MF, "correction"), (PK, "parandus"), (CM, "ceartuchan"), (OW, "rechtzetting"),
        (WX, "correction"), (FN, "korrektur"), (VS, "parandus"), (GL, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WA}/also", "You may also like: "), (f"{RZ}/lees-ook", "Lees ook: "),
        (f"{SW}/siehe", "Siehe auch: "), (f"{BT}/darllen", "Darllen mwy / Read more: "),
        (f"{PK}/loe-ka", "Loe ka: "), (f"{CM}/leigh", "Léigh freisin: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (WA, "share", "Share this:"), (SW, "nach-oben", "Nach oben"),
        (BT, "rhannu", "Rhannu / Share"), (MF, "back", "« Back to news"),
        (PK, "jaga", "Jaga: Facebook · Twitter · E-post"), (CM, "roinn", "Roinn é seo"),
        (WX, "comments", "Comments are closed."), (GL, "share", "Share | Roinn")))
    assert_group_values_from_pool(SET, (
        (WA, "category", "category"), (RZ, "rubriek", "rubriek"), (SW, "rubrik", "rubrik"),
        (BT, "categori", "categori"), (PK, "rubriik", "rubriik"), (CM, "rannog", "rannog")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WA, "share", "Share this:"),
        (SW, "nach-oben", "Nach oben"),
        (BT, "rhannu", "Rhannu / Share")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WA: (["digitised", "notice", "adopt", "friends", "share", "copyright"], 3),
        RZ: (["studiezaal", "gedigitaliseerd", "nieuwsbrief", "vrienden", "gelezen",
              "copyright"], 3),
        SW: (["lesesaal", "digitalisat", "gebuehren", "foerderverein", "nach-oben",
              "copyright"], 3),
        BT: (["iaith", "hysbysiad", "digido", "cyfeillion", "rhannu", "hawlfraint"], 3),
        MF: (["helpdesk", "membership", "gift-aid", "privacy", "charity", "back"], 3),
        PK: (["lahtiolek", "digiteeritud", "selts", "jaga", "copyright"], 2),
        CM: (["fograi", "ballraiocht", "bearla", "roinn", "coipcheart"], 2),
        OW: (["docu", "lidgeld", "privacy", "vu", "copyright"], 2),
        WX: (["ancestry", "tags", "ask", "friends", "comments", "copyright"], 2),
        FN: (["beitrag", "spenden", "datenschutz", "copyright"], 2),
        VS: (["teated", "liikmemaks", "digi", "copyright"], 2),
        GL: (["digitised", "membership", "share", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + TURNING[:1]:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
