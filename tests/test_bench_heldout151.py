"""The held-back-151 template set (`tests.bench.heldout_templates_151`): its localised dates
(printed day by day in American, British and Irish English, Dutch with and without the ISO
week, German, Irish, Italian, Greek with its months in the genitive and Spanish, most
changing form on the day of a redesign), the lines that turn every day (counts of new
notices), every week (a parish's Sunday collection) and every fortnight (a village paper's
copy deadline), the notices that follow the calendars of mourning and of the papers
(Memorial and Veterans Days, 4 May, All Souls' and All Saints', Totensonntag, Orthodox Easter
and the Saturdays of Souls, Holy Week, St Patrick's Day, the cemetery Sunday, Mothering
Sunday, Remembrance Sunday, King's Day, St Nicholas' arrival) and the 2020 limits on
mourners, the fees and prices that change over the years, the rewordings on their days,
the lines in several languages and scripts, the pools, blocks, rare families and renamed
variants it promises, and the hard negatives of its corpus actually occur.

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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_calendar import easter, last_weekday, orthodox_easter
from tests.bench.heldout_templates_151 import (
    AP_REDESIGN,
    AP_REGISTER,
    AP_TARIEF,
    CB_REDESIGN,
    CU_CONDOLENCE,
    CU_FEES,
    CU_REDESIGN,
    CU_WEBCAM,
    EC_CONDOLENCIAS,
    EC_FLORES,
    EC_REDESIGN,
    EC_TARIFA,
    EV_ALERTS,
    EV_FLOWERS,
    EV_GUESTBOOK,
    EV_REDESIGN,
    FIRST_DAY,
    HW_LIVESTREAM,
    HW_NOTIFY,
    HW_REDESIGN,
    KL_REDESIGN,
    KL_TARIEF,
    KV_REDESIGN,
    KV_SYLLYPITIRIA,
    KV_TIMES,
    LAST_DAY,
    MOURNERS,
    NL_CORDOGLIO,
    NL_REDESIGN,
    NL_TARIFFE,
    PW_PRICES,
    PW_REDESIGN,
    TN_KONDOLENZ,
    TN_PREISE,
    TN_REDESIGN,
    WH_PRICES,
    WH_REDESIGN,
    collection,
    copy_deadline,
    hope_for_the_holidays,
    mothering_sunday,
    remembrance_sunday,
    saturdays_of_souls,
    sinterklaas_arrival,
    sunday_before,
    totensonntag,
    volkstrauertag,
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
    group_docs,
    group_lines,
    mostly_full,
    norm,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-151"
SITES = ("Evergreen Tributes", "Afscheidsplein", "Trauer am Niederrhein", "Cuimhne",
         "Necrologie Lariane", "Κηδείες Βορείου Ελλάδος", "Esquelas del Cantábrico",
         "Westmorven Herald", "Hollis-Ward Funeral Home", "Paróiste Chill Bhreacáin",
         "Paroikia Weekly", "Dorpsblad De Klepel")
EV, AP, TN, CU = ("evergreentributes.com", "afscheidsplein.nl", "trauer-niederrhein.de",
                  "cuimhne.ie")
NL, KV, EC, WH = ("necrologielariane.it", "kideiesvoreiou.gr", "esquelasdelcantabrico.es",
                  "westmorvenherald.co.uk")
HW, CB, PW, KL = ("holliswardfuneral.com", "cillbhreacain.ie", "paroikiaweekly.com.au",
                  "deklepel-online.nl")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((EV, "published"), (AP, "geplaatst"), (TN, "datum"), (CU, "dated"), (NL, "data"),
         (KV, "imerominia"), (EC, "fecha"), (WH, "dated"), (HW, "dated"), (CB, "data"),
         (PW, "dated"), (KL, "datum"))
# The lines that count the day's new notices.
EVERY_DAY = ((EV, "today"), (AP, "vandaag"), (TN, "heute"), (KV, "simera"))
# The notices that follow calendars.
BANNERS = ((EV, "notice"), (AP, "melding"), (TN, "hinweis"), (CU, "guidance"),
           (NL, "avviso"), (KV, "anakoinosi"), (EC, "aviso"), (WH, "messages"),
           (WH, "deadline"), (HW, "aftercare"), (CB, "nuacht"), (PW, "calendar"),
           (KL, "melding"))
# Prices and fees in force from given days.
TABLES = ((EV, "flowers", EV_FLOWERS), (AP, "tarief", AP_TARIEF), (TN, "preise", TN_PREISE),
          (CU, "fee", CU_FEES), (NL, "tariffa", NL_TARIFFE), (KV, "timi", KV_TIMES),
          (EC, "flores", EC_FLORES), (EC, "tarifa", EC_TARIFA), (WH, "prices", WH_PRICES),
          (PW, "price", PW_PRICES), (KL, "tarief", KL_TARIEF))

QUIET = d(2015, 2, 24)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (EV, "notice"): "Get obituary alerts by email for your town",
    (AP, "melding"): "Ontvang een e-mail bij nieuwe berichten uit uw woonplaats",
    (TN, "hinweis"): "Kostenlos: der Trauer-Newsletter für Ihren Ort",
    (CU, "guidance"): "Notices are placed by funeral directors on behalf of families.",
    (NL, "avviso"): "Ricevi ogni mattina i necrologi del tuo paese",
    (KV, "anakoinosi"): "Ενημερωθείτε για τις κηδείες της περιοχής σας με email",
    (EC, "aviso"): "Suscríbase a las esquelas de su localidad",
    (WH, "messages"): "Share your family news: births, marriages, anniversaries and deaths",
    (WH, "deadline"): "Deadline for Thursday's paper: Tuesday, 4pm.",
    (HW, "aftercare"): "Our aftercare team is here for you: call (555) 014-2290",
    (CB, "nuacht"): "Fógraí don nuachtlitir chuig oifig an pharóiste roimh mheán lae "
                    "Déardaoin.",
    (PW, "calendar"): "Subscribe to Paroikia Weekly: print and digital editions",
    (KL, "melding"): "Bezorgklachten? Bel 0513 555 217",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (CB, "bailiuchan"), (KL, "kopij")), (
        FIRST_DAY, QUIET, d(2016, 11, 20), d(2017, 10, 2), d(2018, 4, 8), d(2019, 11, 2),
        d(2020, 3, 24), d(2020, 12, 1), LAST_DAY))


def test_helpers() -> None:
    assert [totensonntag(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 11, 22), d(2016, 11, 20), d(2019, 11, 24), d(2020, 11, 22)]
    assert volkstrauertag(2018) == d(2018, 11, 18)
    assert orthodox_easter(2018) == KV_REDESIGN == d(2018, 4, 8)
    assert saturdays_of_souls(2018) == (d(2018, 2, 10), d(2018, 5, 26))
    assert mothering_sunday(2019) == d(2019, 3, 31) and remembrance_sunday(2018) == d(2018, 11,
                                                                                       11)
    assert hope_for_the_holidays(2019) == d(2019, 12, 5)
    assert sinterklaas_arrival(2019) == d(2019, 11, 16)
    assert sunday_before(d(2019, 6, 23)) == d(2019, 6, 16)
    assert sunday_before(d(2019, 6, 24)) == d(2019, 6, 23)
    assert copy_deadline(d(2015, 1, 9)) == d(2015, 1, 9)
    assert copy_deadline(d(2015, 1, 10)) == d(2015, 1, 23)
    assert all(copy_deadline(day).weekday() == 4 and 0 <= (copy_deadline(day) - day).days < 14
               for day in every_day()[10:60])
    lockdown = [collection(d(2020, 4, 5) + 7 * k * one) for k in range(8)]
    before = [collection(d(2019, 4, 7) + 7 * k * one) for k in range(8)]
    assert max(lockdown) < 500 < min(before)  # the churches were shut


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday and a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(EV, "published", old, r"Published in the [A-Z][\w -]+ on March 5, 2016\.")
    full(EV, "published", d(2017, 9, 4), r"Published in the [\w -]+ on Sept\. 4, 2017\.")
    full(EV, "published", new, r"Published Friday, June 19, 2020 in the [A-Z][\w -]+")
    full(EV, "today", new, r"\d+ new obituaries today, Friday, June 19")
    full(AP, "geplaatst", old, "Geplaatst op 05-03-2016")
    full(AP, "geplaatst", new, rf"Geplaatst op vrijdag 19 juni 2020 om {clock}")
    full(AP, "vandaag", new, r"Vandaag, vrijdag 19 juni: \d+ nieuwe familieberichten")
    full(TN, "datum", old, r"Erschienen am 05\.03\.2016")
    full(TN, "datum", new, r"Veröffentlicht am Freitag, 19\. Juni 2020")
    full(TN, "heute", new, r"Heute \d+ neue Traueranzeigen \(19\.06\.\)")
    full(CU, "dated", old, "Published: Saturday 5th March 2016")
    full(CU, "dated", d(2016, 3, 22), "Published: Tuesday 22nd March 2016")
    full(CU, "dated", new, rf"Fri 19 Jun 2020 · {clock}")
    full(NL, "data", old, "05/03/2016")
    full(NL, "data", new, rf"Pubblicato venerdì 19 giugno 2020, ore {clock}")
    full(KV, "imerominia", old, "05/03/2016")
    full(KV, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020 {clock}")
    full(KV, "simera", new, r"Σήμερα, Παρασκευή 19 Ιουνίου: \d+ αγγελίες")
    full(EC, "fecha", old, "05/03/2016")
    full(EC, "fecha", new, "Publicada el viernes, 19 de junio de 2020")
    full(WH, "dated", old, "Published 05/03/2016")
    full(WH, "dated", new, "Friday 19 June 2020 · Family Announcements")
    full(HW, "dated", old, "Posted on 3/5/2016")
    full(HW, "dated", new, "Obituary posted June 19, 2020")
    full(CB, "data", old, "05/03/2016")
    full(CB, "data", new, "Dé hAoine, 19 Meitheamh 2020")
    full(CB, "bailiuchan", new, r"Bailiúchán an Domhnaigh \(14 Meitheamh\): €[\d,]+\. Go raibh "
                                r"maith agaibh\.")
    full(PW, "dated", old, "Saturday 5 March 2016")
    full(PW, "dated", new, "19 June 2020 · 19 Ιουνίου 2020")
    full(KL, "datum", d(2015, 3, 5), "05-03-2015")
    full(KL, "datum", new, "Week 25 · vrijdag 19 juni 2020")
    assert copy_deadline(new) == new  # a Friday the copy is due
    full(KL, "kopij", new, "Kopij voor het volgende nummer inleveren vóór vrijdag 19 juni, "
                           "12.00 uur")
    full(KL, "kopij", new + one, "Kopij voor het volgende nummer inleveren vóór vrijdag 3 "
                                 "juli, 12.00 uur")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(EV, "published", day).startswith("Published in") == (day < EV_REDESIGN)
        assert ("om {time}" in on(AP, "geplaatst", day)) == (day >= AP_REDESIGN)
        assert on(TN, "datum", day).startswith("Erschienen") == (day < TN_REDESIGN)
        assert on(CU, "dated", day).startswith("Published:") == (day < CU_REDESIGN)
        assert on(NL, "data", day).startswith("Pubblicato") == (day >= NL_REDESIGN)
        assert bool(re.search(r"[\u0370-\u03ff]", on(KV, "imerominia", day))) == (
            day >= KV_REDESIGN)
        assert on(EC, "fecha", day).startswith("Publicada") == (day >= EC_REDESIGN)
        assert on(WH, "dated", day).startswith("Published") == (day < WH_REDESIGN)
        assert on(HW, "dated", day).startswith("Obituary") == (day >= HW_REDESIGN)
        assert on(CB, "data", day).startswith("Dé") == (day >= CB_REDESIGN)
        assert ("·" in on(PW, "dated", day)) == (day >= PW_REDESIGN)
        assert on(KL, "datum", day).startswith("Week") == (day >= KL_REDESIGN)
        if day >= KL_REDESIGN:
            assert on(KL, "datum", day).startswith(f"Week {day.isocalendar()[1]} ·")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_fortnight() -> None:
    for domain, family in EVERY_DAY:
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    weekly = changes(CB, "bailiuchan")
    assert len(weekly) >= 300 and all(day.weekday() == 6 for day in weekly)
    fortnightly = changes(KL, "kopij")
    assert 150 <= len(fortnightly) <= 160 and all(day.weekday() == 5 for day in fortnightly)
    counts = [int(m[1]) for t in group_lines(SET, EV, "today")
              if (m := re.match(r"(\d+) new", norm(t)))]
    assert counts and len(set(counts)) >= 5 and all(50 <= n <= 700 for n in counts)
    euro = [int(m[1].replace(",", "")) for t in group_lines(SET, CB, "bailiuchan")
            if (m := re.search(r"€([\d,]+)", norm(t)))]
    assert euro and all(100 <= e <= 3000 for e in euro)


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y in range(2015, 2021):
        assert f"Veterans Day {y}" in on(EV, "notice", d(y, 11, 11)), y
        assert f"4 mei {y}" in on(AP, "melding", d(y, 5, 4)), y
        assert f"Allerzielen {y}" in on(AP, "melding", d(y, 11, 2)), y
        ts, vt = totensonntag(y), volkstrauertag(y)
        assert f"Totensonntag, {ts.day}. November {y}" in on(TN, "hinweis", ts), y
        assert f"Volkstrauertag, {vt.day}. November {y}" in on(TN, "hinweis", vt), y
        assert f"Allerheiligen {y}" in on(TN, "hinweis", d(y, 11, 1)), y
        assert f"2 novembre {y}" in on(NL, "avviso", d(y, 11, 2)), y
        assert f"Ferragosto {y}" in on(NL, "avviso", d(y, 8, 15)), y
        assert f"Todos los Santos {y}" in on(EC, "aviso", d(y, 11, 1)), y
        assert f"Remembrance Sunday, {remembrance_sunday(y).day} November {y}" in on(
            WH, "messages", remembrance_sunday(y)), y
        assert f"Valentine's messages {y}" in on(WH, "messages", d(y, 2, 1)), y
        assert f"Christmas and New Year {y}" in on(WH, "deadline", d(y, 12, 20)), y
        assert f"Hope for the Holidays {y}" in on(HW, "aftercare", hope_for_the_holidays(y))
        assert "Mí na Samhna" in on(CB, "nuacht", d(y, 11, 15)), y
        assert f"Sinterklaas komt op zaterdag {sinterklaas_arrival(y).day}" in on(
            KL, "melding", sinterklaas_arrival(y)), y
        if y < 2020:
            assert f"Memorial Day {y}" in on(EV, "notice", last_weekday(y, 5, 0)), y
            assert f"Lá Fhéile Pádraig {y}" in on(CB, "nuacht", d(y, 3, 17)), y
            assert f"Koningsdag {y}" in on(KL, "melding", d(y, 4, 27)), y
            assert f"Semana Santa {y}" in on(EC, "aviso", easter(y) - 2 * one), y
            assert f"Mothering Sunday, {mothering_sunday(y).day}" in on(
                WH, "messages", mothering_sunday(y) - 7 * one), y
            pascha = orthodox_easter(y)
            assert f"Καλό Πάσχα {y}" in on(KV, "anakoinosi", pascha), y
            assert f"Happy Easter {y}" in on(PW, "calendar", pascha), y
            for saturday in saturdays_of_souls(y):
                assert "Ψυχοσάββατο" in on(KV, "anakoinosi", saturday), (y, saturday)
    souls = {day for day in every_day() if "Ψυχοσάββατο" in on(KV, "anakoinosi", day)}
    assert len(souls) >= 40
    assert "Greek Independence Day" in on(PW, "calendar", d(2019, 3, 25))
    assert "Domhnach na Reilige, 14 Iúil 2019" in on(CB, "nuacht", d(2019, 7, 14))


def test_the_pandemics_limits_on_funerals() -> None:
    for first, last, n in MOURNERS:
        for day in (iso(first), iso(last)):
            assert f"limited to {n} mourners" in on(CU, "guidance", day), day
    assert "mourners" not in on(CU, "guidance", d(2020, 3, 23))
    assert "sospese" in on(NL, "avviso", d(2020, 4, 1))
    assert "15 persone" in on(NL, "avviso", d(2020, 5, 20))
    assert "velatorios quedan suspendidos" in on(EC, "aviso", d(2020, 3, 20))
    assert "tres familiares" in on(EC, "aviso", d(2020, 4, 20))
    assert "10 άτομα" in on(KV, "anakoinosi", d(2020, 4, 1))
    assert "Trauerfeiern" in on(TN, "hinweis", d(2020, 4, 1))
    assert "kleine kring" in on(AP, "melding", d(2020, 4, 1))
    assert "livestream" in on(EV, "notice", d(2020, 5, 25))  # the pandemic wins Memorial Day
    assert "Victoria" in on(PW, "calendar", d(2020, 8, 1))
    assert "ceamara" in on(CB, "nuacht", d(2020, 4, 12))
    assert "corona" in on(KL, "melding", d(2020, 4, 27))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (EV, "guestbook", EV_GUESTBOOK, "Sign the Guest Book", "share a memory"),
        (EV, "guestbook", EV_REDESIGN, "share a memory", "{count} entries"),
        (EV, "notice", EV_ALERTS, "by email for your town", "Never miss"),
        (AP, "register", AP_REGISTER, "Schrijf een condoleance", "condoleanceregister"),
        (TN, "kondolenz", TN_KONDOLENZ, "Eintrag", "Anteilnahme"),
        (CU, "condolences", CU_CONDOLENCE, "Leave a message", "book of condolence"),
        (CU, "webcam", CU_WEBCAM, "may be viewed", "cannot attend"),
        (NL, "cordoglio", NL_CORDOGLIO, "Esprimi", "consegneremo"),
        (KV, "syllypitiria", KV_SYLLYPITIRIA, "Στείλτε", "Γράψτε"),
        (EC, "condolencias", EC_CONDOLENCIAS, "Envíe sus", "Deje su mensaje"),
        (HW, "livestream", HW_LIVESTREAM, "webcast", "COVID-19"),
        (HW, "notify", HW_NOTIFY, "Receive notifications", "email or text")))
    assert_groups_reworded(SET, (
        (EV, "published", "Published in", "Published "),
        (EV, "guestbook", "Sign the Guest Book", "share a memory"),
        (AP, "geplaatst", "-", " om "),
        (CU, "dated", "Published:", "·"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$59.99" in on(EV, "flowers", LAST_DAY) and "$39.99" in on(EV, "flowers",
                                                                      FIRST_DAY)
    assert "€40" in on(CU, "fee", d(2020, 6, 1)) and "€25" in on(CU, "fee", d(2016, 6, 1))
    assert "3,80" in on(NL, "tariffa", d(2020, 6, 1))
    prices = {m[1] for t in group_lines(SET, EV, "flowers") if (m := re.search(
        r"from (\$\d+\.\d\d)", norm(t)))}
    assert len(prices) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KV, "imerominia", r"[0-9]"), (KV, "grafeio", r"[\u0370-\u03ff]"),
        (KV, "stefania", r"[\u0370-\u03ff]"), (KV, "keri", r"[\u0370-\u03ff]"),
        (PW, "eternal", r"[\u0370-\u03ff]"), (PW, "kicker", r"Κηδείες"),
        (TN, "kerze", r"ü"), (NL, "pubblicita", r"à"),
        (EC, "velatorio", r"[áéíóúñ]|Capilla"), (CB, "marbh", r"[áéíóú]"),
        (CU, "blessing", r"^Ar "), (AP, "opdracht", r"familie|uitvaartverzorger")))
    assert any(re.search(r"[\u0370-\u03ff]", t) for t in group_lines(SET, KV, "imerominia"))
    assert any(re.search(r"Meitheamh|Bealtaine|Samhain|Nollaig|Eanáir|Feabhra|Márta|Aibreán|"
                         r"Iúil|Lúnasa|Fómhair", t) for t in group_lines(SET, CB, "data"))
    blessings = group_lines(SET, CU, "blessing")
    mostly_full(blessings, r"Ar dheis Dé go raibh a h?anam dílis\.")
    assert {"a anam", "a hanam"} <= {m[1] for t in blessings
                                     if (m := re.search(r"(a h?anam)", t))}


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{EV}/published", f"{EV}/today", f"{EV}/candles", f"{EV}/more",
                         f"{EV}/home", f"{EV}/lieu", f"{EV}/copyright", f"{AP}/geplaatst",
                         f"{AP}/krant", f"{AP}/uitvaart", f"{TN}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{EV}/paid", f"{EV}/copyright", f"{EV}/advert", f"{AP}/opdracht", f"{AP}/kaarsje",
        f"{TN}/angehoerige"))
    assert_carried_share(docs, EV, [
        ("published", 0.8, 0.98), ("advert", 0.45, 0.75), ("correction", 0.0, 0.1),
        ("today", 0.08, 0.35), ("guestbook", 0.4, 0.7), ("flowers", 0.35, 0.65)])
    for fam in (f"{EV}/advert", f"{EV}/flowers", f"{AP}/advertentie", f"{TN}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    for style, fam in ((NL, "pubblicita"), (KV, "diafimisi"), (WH, "advert")):
        counts = [sum(label_family(line.label) == fam for line in doc.lines)
                  for doc in group_docs(SET, style)]
        assert max(counts) == 2 and counts.count(1) > counts.count(2), (style, fam)
    assert_once_per_page(SET, ((EV, "lieu"), (EV, "more"), (AP, "kaarsje"), (TN, "spende"),
                               (CU, "reposing"), (CU, "advert"), (NL, "rosario"),
                               (EC, "velatorio"), (HW, "visitation")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (EV, "correction", 16), (AP, "rectificatie"), (TN, "korrektur"), (CU, "update"),
        (CU, "months-mind"), (NL, "errata"), (KV, "diorthosi"), (EC, "rectificacion"),
        (WH, "correction"), (HW, "correction"), (CB, "ceartuchan"), (PW, "correction"),
        (KL, "rectificatie")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{EV}/more", "More obituaries: "), (f"{AP}/lees-ook", "Lees ook: "),
        (f"{NL}/leggi", "Leggi anche: ")))


def test_slots_and_pools() -> None:
    assert_group_values_from_pool(SET, (
        (EV, "kicker", "kicker"), (AP, "soort", "soort"), (TN, "rubrik", "rubrik"),
        (NL, "tipo", "tipo"), (KV, "katigoria", "katigoria"), (EC, "tipo", "tipo"),
        (WH, "kind", "kind"), (KL, "rubriek", "rubriek")))
    mostly_full(group_lines(SET, CU, "reposing"),
                r"Reposing at .+, \w+ on \w+ from \dpm to \dpm\.")
    times = {m[1] for t in group_lines(SET, HW, "visitation")
             if (m := re.search(r", (\d+:\d\d to \d+:\d\d [ap]\.m\.),", norm(t)))}
    assert len(times) >= 2
    refs = {norm(t) for t in group_lines(SET, WH, "ref")}
    assert len(refs) >= 5 and all(re.fullmatch(r"Notice ref\. WH\d{6}", t) for t in refs
                                  if t.startswith("Notice ref."))


def test_bare_lines() -> None:
    assert_groups_mostly_bare(SET, (
        (EV, "advert", "ADVERTISEMENT"), (AP, "advertentie", "Advertentie"),
        (TN, "anzeige", "Anzeige"), (TN, "kerze", "Gedenkkerze anzünden"),
        (NL, "pubblicita", "Pubblicità"), (NL, "lumino", "Accendi un lumino"),
        (KV, "diafimisi", "Διαφήμιση"), (EC, "publicidad", "Publicidad"),
        (EC, "dep", "D. E. P."), (WH, "advert", "Advertisement"),
        (CU, "house", "House private, please.")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (EV, "advert", "ADVERTISEMENT"),
        (AP, "kaarsje", "🕯️ Steek een kaarsje aan"),
        (TN, "angehoerige", "Diese Anzeige wurde von den Angehörigen aufgegeben.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        EV: (["paid", "copyright"], 2),
        AP: (["opdracht", "copyright"], 2),
        TN: (["angehoerige", "copyright"], 2),
        EC: (["legal", "copyright"], 2),
        WH: (["paid", "copyright"], 2),
        HW: (["license", "copyright"], 2),
        CB: (["sagart", "cearta"], 2),
        KL: (["redactie", "copyright"], 2)})


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
