"""The held-back-167 template set (`tests.bench.heldout_templates_167`): its localised dates
(printed day by day in English with British summer and winter time and American Eastern
time, Dutch, Danish, Greek, Hebrew and Spanish, several changing form on the day of a
redesign), the lines that turn every day (prices accurate as of, price checked on, two
shopping centres' opening hours for the day), every week (a Dutch bonus week, a Danish offer
paper, Israeli deals), every two weeks (a Greek leaflet), every four weeks (a basket index),
every month (Greek retail volume) and every quarter (Dutch online spending), the sale
banners and opening-hours notices that follow the calendars of shopping (Black Friday,
Cyber Monday, Prime Day, the American sale weekends, the Spanish and Greek sales, open
Sundays, Easter and Orthodox Easter, Koningsdag, Store Bededag, Grundlovsdag, the Jewish
holidays with their Hebrew years, Christmas, the capital controls and the lockdowns), the
loyalty appeals and other notices it rewords by date, the prices and amounts that change
over the years, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, orthodox_easter, thanksgiving
from tests.bench.heldout_templates_167 import (
    CH_AFILIADO,
    CH_REDESIGN,
    CH_TELEGRAM,
    CLUB_FEE,
    EM_APP,
    EM_KATASTIMATA,
    EM_LEAFLET_START,
    EM_REDESIGN,
    FC_KAMERA,
    FC_KLUB,
    FC_LOCKDOWNS,
    FC_REDESIGN,
    FIRST_DAY,
    FPA,
    KM_APP,
    KM_BUTIKKER,
    KM_REDESIGN,
    LA_PARKING,
    LA_REDESIGN,
    LAST_DAY,
    LOCKDOWNS_ENGLAND,
    LS_NEWSLETTER,
    LS_REDESIGN,
    MAAM,
    PAY_FLOOR,
    PESACH,
    PRIME_DAYS,
    ROSH_HASHANAH,
    ST_APP,
    ST_REDESIGN,
    ST_SAKIT,
    TR_NEWSLETTER,
    TR_PRO,
    TR_REDESIGN,
    TW_APP,
    TW_DISCLOSURE,
    TW_REDESIGN,
    VM_APP,
    VM_REDESIGN,
    VM_TAS,
    VM_WINKELS,
    WC_BAGS,
    WC_GIFT_CARD,
    WC_PARKING,
    WC_REDESIGN,
    WP_LIVE,
    WP_NIEUWSBRIEF,
    WP_REDESIGN,
    bank_holidays,
    basket_period_end,
    black_friday,
    clean_monday,
    cyber_monday,
    danish_holidays,
    koningsdag,
    open_sundays,
    quarter_published,
    store_bededag,
    summer_time,
    turnover,
    us_daylight_time,
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
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-167"
SITES = ("Till Roll", "Thriftwise", "Versmarkt", "Chollazos", "Kvikmarked", "Λιανική Σήμερα",
         "סל טרי", "Los Almendros", "Whitlow Centre", "Webwinkelpraat", "Fjordcentret",
         "Ελαιώνας Market")
TR, TW, VM, CH = ("tillroll.co.uk", "thriftwisedeals.com", "versmarkt.nl", "chollazos.es")
KM, LS, ST, LA = ("kvikmarked.dk", "lianikisimera.gr", "saltari.co.il", "ccalmendros.es")
WC, WP, FC, EM = ("whitlowcentre.co.uk", "webwinkelpraat.nl", "fjordcentret.dk",
                  "elaionas-market.gr")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((TR, "dated"), (TW, "posted"), (VM, "datum"), (CH, "publicado"), (KM, "dato"),
         (LS, "hmeromhnia"), (ST, "taarich"), (LA, "fecha"), (WC, "dated"), (WP, "datum"),
         (FC, "dato"), (EM, "hmeromhnia"))
# The lines that name the day they are printed on.
EVERY_DAY = ((TW, "prices"), (CH, "comprobado"), (WC, "today"), (FC, "idag"))
# The offer weeks and the weekday each starts on.
WEEKLY = ((VM, "bonusweek", 0), (KM, "avis", 4), (ST, "mivtza", 6))
# The notices that follow calendars.
BANNERS = ((TR, "notice"), (TW, "banner"), (VM, "openingstijden"), (CH, "campana"),
           (KM, "aabningstider"), (LS, "banner"), (ST, "chag"), (LA, "horario"),
           (LA, "campana"), (WP, "banner"), (EM, "wrario"))
# Amounts in force from given days.
TABLES = ((TR, "pay", PAY_FLOOR), (TW, "club", CLUB_FEE), (VM, "over", VM_WINKELS),
          (KM, "om", KM_BUTIKKER), (ST, "maam", MAAM), (LA, "parking", LA_PARKING),
          (WC, "parking", WC_PARKING), (EM, "fpa", FPA), (EM, "sxetika", EM_KATASTIMATA))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (TR, "notice"): "Get the Till Roll Daily newsletter: retail news before the shops open",
    (TW, "banner"): "Get the best deals in your inbox every morning",
    (VM, "openingstijden"): "Kijk voor de openingstijden van jouw winkel op "
                            "versmarkt.nl/winkels",
    (CH, "campana"): "Suscríbete al boletín y recibe los mejores chollos del día",
    (KM, "aabningstider"): "Se din butiks åbningstider på kvikmarked.dk/butikker",
    (LS, "banner"): "Ακολουθήστε τη Λιανική Σήμερα στο Facebook και στο LinkedIn",
    (ST, "chag"): "סניפי הרשת סגורים בשבת ובחגי ישראל",
    (LA, "horario"): "Horario: tiendas de lunes a sábado de 10:00 a 22:00. Restauración y "
                     "cines, hasta la 1:00.",
    (LA, "campana"): "Síguenos en Instagram y entérate antes que nadie",
    (WP, "banner"): "Meld je aan voor de gratis nieuwsbrief van Webwinkelpraat",
    (EM, "wrario"): "Ωράριο καταστημάτων: Δευτέρα – Παρασκευή 8:00 – 21:00, Σάββατο 8:00 – "
                    "20:00",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + (
        (TR, "basket"), (LS, "tziros"), (WP, "kwartaal"), (WP, "live"), (EM, "fylladio")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 4, 6), d(2019, 11, 29),
        d(2020, 4, 1), d(2020, 11, 27), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert us_daylight_time(d(2019, 3, 10)) and not us_daylight_time(d(2019, 3, 9))
    assert not us_daylight_time(d(2019, 11, 3)) and us_daylight_time(d(2019, 11, 2))
    assert black_friday(2019) == d(2019, 11, 29) and cyber_monday(2019) == d(2019, 12, 2)
    assert koningsdag(2014) == d(2014, 4, 26) and koningsdag(2019) == d(2019, 4, 27)
    assert store_bededag(2019) == d(2019, 5, 17) and store_bededag(2020) == d(2020, 5, 8)
    assert clean_monday(2019) == d(2019, 3, 11) and orthodox_easter(2019) == d(2019, 4, 28)
    assert week_start(d(2020, 6, 19), 0) == d(2020, 6, 15)
    assert week_start(d(2020, 6, 19), 4) == d(2020, 6, 19)
    assert week_start(d(2020, 6, 19), 6) == d(2020, 6, 14)
    assert basket_period_end(d(2015, 1, 26)) == d(2014, 12, 28)
    assert basket_period_end(d(2015, 1, 27)) == d(2015, 1, 25)
    assert quarter_published(2019, 4) == d(2020, 2, 20)
    assert quarter_published(2020, 1) == d(2020, 5, 20)
    assert open_sundays(2019)[0] == d(2019, 1, 13) and d(2019, 12, 22) in open_sundays(2019)
    assert d(2020, 5, 8) in bank_holidays(2020) and d(2020, 5, 4) not in bank_holidays(2020)
    assert d(2016, 12, 27) in bank_holidays(2016)
    assert danish_holidays(2019)[d(2019, 5, 17)] == "store bededag"
    assert turnover(2020, 4) < -15 < 0 < turnover(2019, 4)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(TR, "dated", old, "5 March 2016")
    full(TR, "dated", new, rf"Friday 19 June 2020 · {clock} BST")
    full(TR, "dated", winter, rf"Monday 7 December 2020 · {clock} GMT")
    full(TR, "basket", new, r"Till Roll Basket Index: £\d\d\.\d\d for 40 everyday items in "
                            r"the four weeks to 7 June \([+-]\d+\.\d% on a year\)")
    full(TW, "posted", old, "Posted 3/5/16")
    full(TW, "posted", new, r"Jun 19, 2020 at \d{1,2}:\d\d (AM|PM) EDT")
    full(TW, "posted", winter, r"Dec 7, 2020 at \d{1,2}:\d\d (AM|PM) EST")
    full(TW, "prices", new, r"Prices and availability were accurate as of June 19, 2020 and "
                            r"are subject to change\.")
    full(VM, "datum", old, "Houten, 5 maart 2016")
    full(VM, "datum", new, rf"Gepubliceerd op vrijdag 19 juni 2020 om {clock}")
    full(VM, "bonusweek", old, "Bonusweek 9: aanbiedingen geldig van maandag 29 februari t/m "
                               "zondag 6 maart 2016")
    full(VM, "bonusweek", new, "Bonusweek 25: aanbiedingen geldig van maandag 15 t/m zondag "
                               "21 juni 2020")
    full(CH, "publicado", old, rf"Publicado el 05/03/2016 a las {clock}")
    full(CH, "publicado", new, rf"viernes, 19 de junio de 2020 · {clock}")
    full(CH, "comprobado", new, r"Precio comprobado el 19 de junio de 2020\. Los precios y la "
                                r"disponibilidad pueden cambiar en cualquier momento\.")
    full(KM, "dato", old, r"5\. marts 2016")
    full(KM, "dato", new, rf"Udgivet fredag den 19\. juni 2020 kl\. {clock}")
    full(KM, "avis", old, r"Tilbudsavis uge 9: tilbuddene gælder fra fredag den 4\. til og "
                          r"med torsdag den 10\. marts")
    full(LS, "hmeromhnia", old, r"05\.03\.2016")
    full(LS, "hmeromhnia", new, rf"Παρασκευή, 19 Ιουνίου 2020, {clock}")
    full(LS, "tziros", new, r"Όγκος λιανικών πωλήσεων Μάρτιος 2020: -\d+,\d% σε ετήσια βάση")
    full(ST, "taarich", old, "05/03/2016")
    full(ST, "taarich", new, "יום שישי, 19 ביוני 2020")
    full(ST, "mivtza", new, r"המבצעים בתוקף מ-14\.6 עד 19\.6\.20 או עד גמר המלאי")
    full(LA, "fecha", old, "05/03/2016")
    full(LA, "fecha", new, "Publicado el viernes 19 de junio de 2020")
    full(WC, "dated", old, "Posted on 5th March 2016")
    full(WC, "dated", new, "19 June 2020")
    full(WC, "today", new, "Open today, Friday 19 June: 9am – 6pm")
    full(WC, "today", winter, "Open today, Monday 7 December: 9am – 9pm")
    full(WP, "datum", old, "5 mrt 2016")
    full(WP, "datum", new, rf"vrijdag 19 juni 2020, {clock}")
    full(WP, "kwartaal", new, r"Online bestedingen Q1 2020: € \d+,\d\d miljard \([+-]\d+% op "
                              r"jaarbasis\)")
    full(WP, "live", new, "Webwinkelpraat Live: donderdag 14 januari 2021, online")
    full(FC, "dato", old, r"Opslået den 05\.03\.2016")
    full(FC, "dato", new, r"fredag 19\. juni 2020")
    full(FC, "idag", old, r"Åbent i dag, lørdag den 5\. marts: 10-17")
    full(FC, "idag", new, r"Åbent i dag, fredag den 19\. juni: 10-19")
    full(EM, "hmeromhnia", old, r"Λάρισα, 05\.03\.2016")
    full(EM, "hmeromhnia", new, "Λάρισα, Παρασκευή 19 Ιουνίου 2020")
    full(EM, "fylladio", new, "Οι προσφορές του φυλλαδίου ισχύουν από 8/6/2020 έως 20/6/2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[:2]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("·" in on(TR, "dated", day)) == (day >= TR_REDESIGN)
        assert on(TW, "posted", day).startswith("Posted") == (day < TW_REDESIGN)
        assert on(VM, "datum", day).startswith("Gepubliceerd") == (day >= VM_REDESIGN)
        assert on(CH, "publicado", day).startswith("Publicado") == (day < CH_REDESIGN)
        assert on(KM, "dato", day).startswith("Udgivet") == (day >= KM_REDESIGN)
        assert ("," in on(LS, "hmeromhnia", day)) == (day >= LS_REDESIGN)
        assert ("/" in on(ST, "taarich", day)) == (day < ST_REDESIGN)
        assert on(LA, "fecha", day).startswith("Publicado") == (day >= LA_REDESIGN)
        assert on(WC, "dated", day).startswith("Posted on") == (day < WC_REDESIGN)
        assert ("," in on(WP, "datum", day)) == (day >= WP_REDESIGN)
        assert on(FC, "dato", day).startswith("Opslået") == (day < FC_REDESIGN)
        assert ("." in on(EM, "hmeromhnia", day)) == (day < EM_REDESIGN)
        if day >= TR_REDESIGN:
            assert on(TR, "dated", day).endswith("BST" if summer_time(day) else "GMT")
        if day >= TW_REDESIGN:
            assert on(TW, "posted", day).endswith("EDT" if us_daylight_time(day) else "EST")
        for domain, family in EVERY_DAY[2:]:  # the opening hours name the day, not the year
            text = on(domain, family, day)
            assert str(day.day) in text, (domain, day, text)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_opening_hours_of_the_day() -> None:
    lockdown = {day for first, last in LOCKDOWNS_ENGLAND for day in every_day()
                if first <= day <= last}
    for day in every_day():
        text = on(WC, "today", day)
        assert f"{day.day} {day:%B}" in text
        if day in lockdown:
            assert "only essential stores" in text, day
        elif (day.month, day.day) == (12, 25) or day == easter(day.year):
            assert text.startswith("Closed today"), day
        elif day in bank_holidays(day.year) or (day.month, day.day) == (1, 1):
            assert "10am – 5pm" in text, day
        elif day.weekday() == 6 and day.month != 12:
            assert text.endswith("10.30am – 4.30pm"), day
        elif day.weekday() == 3 and day.month != 12:
            assert "late night Thursday" in text, day
        dk = on(FC, "idag", day)
        if any(first <= day <= last for first, last in FC_LOCKDOWNS):
            assert "centret er lukket" in dk, day
        elif day in danish_holidays(day.year):
            assert dk.startswith("Lukket i dag"), day
        elif (day.month, day.day) in ((6, 5), (12, 24), (12, 31)):
            assert dk.endswith("10-12" if day.month == 6 else "9-14"), day
        elif day.weekday() == 5:
            assert dk.endswith("10-17" if day.day <= 7 else "10-15"), day
        elif day.weekday() == 6:
            assert dk.startswith("Søndagsåbent" if day.month == 12 else "Lukket"), day
    assert on(FC, "idag", d(2019, 6, 5)).endswith("10-12")
    assert on(FC, "idag", d(2019, 12, 24)).endswith("9-14")
    assert "Boxing Day" in on(WC, "today", d(2019, 12, 26))
    assert "Christmas Eve): 8am – 4pm" in on(WC, "today", d(2017, 12, 24))  # a Sunday


def test_lines_that_turn_by_week_fortnight_month_and_quarter() -> None:
    for domain, family, weekday in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 310 and all(day.weekday() == weekday for day in weekly), family
    for day in every_day()[::5]:
        monday = week_start(day, 0)
        assert on(VM, "bonusweek", day).startswith(f"Bonusweek {monday.isocalendar()[1]}:")
    fortnights = sorted(changes(EM, "fylladio"))
    assert fortnights[0] == EM_LEAFLET_START + 14 * one * 1
    assert all((b - a).days == 14 and b.weekday() == 0
               for a, b in zip(fortnights, fortnights[1:], strict=False))
    basket = sorted(changes(TR, "basket"))
    assert len(basket) >= 75 and all(day.weekday() == 1 for day in basket)
    assert all((b - a).days == 28 for a, b in zip(basket, basket[1:], strict=False))
    monthly = changes(LS, "tziros")
    assert len(monthly) == 72 and all(day.day == 28 for day in monthly)
    assert "Απρίλιος 2020: -" in on(LS, "tziros", d(2020, 6, 28))
    assert changes(WP, "kwartaal") == {quarter_published(y, q) for y in range(2014, 2021)
                                       for q in range(1, 5)
                                       if FIRST_DAY < quarter_published(y, q) <= d(2020, 12, 31)}
    assert changes(WP, "live") == {iso(day) + one for day in WP_LIVE[:-1]}
    prices = [float(m[1]) for t in group_lines(SET, TR, "basket")
              if (m := re.search(r"£(\d+\.\d\d)", norm(t)))]
    assert prices and all(50 <= p <= 70 for p in prices)


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y in range(2015, 2021):
        bf = black_friday(y)
        assert f"Black Friday {y}" in on(TR, "notice", bf) or y == 2020, y
        assert f"Black Friday {y}" in on(TW, "banner", bf), y
        assert f"Black Friday {y}" in on(TW, "banner", thanksgiving(y)), y
        assert f"Cyber Monday {y}" in on(TW, "banner", cyber_monday(y)), y
        assert f"Black Friday {y}" in on(CH, "campana", cyber_monday(y)), y
        assert f"Black Friday {y}" in on(LS, "banner", bf) or y == 2020, y
        assert f"Black Friday {y}" in on(LA, "campana", bf), y
        assert f"Piekseizoen {y}" in on(WP, "banner", bf), y
        assert f"11.11 {y}" in on(WP, "banner", d(y, 11, 11)), y
        first, _ = PRIME_DAYS[y]
        assert f"Prime Day {y}" in on(TW, "banner", iso(first)), y
        assert f"Prime Day {y}" in on(CH, "campana", iso(first)) or y == 2020, y
        assert f"Christmas trading {y - 1}" in on(TR, "notice", d(y, 1, 10)), y
        assert f"Rebajas de invierno {y}" in on(CH, "campana", d(y, 1, 7)), y
        assert f"Rebajas de verano {y}" in on(LA, "campana", d(y, 7, 15)), y
        for sunday in open_sundays(y):
            assert f"Este domingo, {sunday.day} de" in on(LA, "horario", sunday) or (
                y == 2020 and sunday.month < 7), sunday
        e = easter(y)
        assert f"Pasen {y}" in on(VM, "openingstijden", e) or y == 2020, y
        assert f"Koningsdag {koningsdag(y).day} april" in on(
            VM, "openingstijden", koningsdag(y)) or y == 2020, y
        assert "Pinksteren" in on(VM, "openingstijden", e + 49 * one) or y == 2020, y
        assert f"Kerst {y}" in on(VM, "openingstijden", d(y, 12, 24)), y
        assert "Store bededag" in on(KM, "aabningstider", store_bededag(y)) or y == 2020, y
        assert "Grundlovsdag" in on(KM, "aabningstider", d(y, 6, 5)) or y == 2020 or (
            d(y, 6, 5) == e + 50 * one), y  # Whit Monday in 2017
        assert f"Jul {y}" in on(KM, "aabningstider", d(y, 12, 24)), y
        assert f"Nytår {y + 1}" in on(KM, "aabningstider", d(y, 12, 31)), y
        assert f"Πάσχα {y}" in on(LS, "banner", orthodox_easter(y)) or y == 2020, y
        assert f"Μεγάλη Εβδομάδα {y}" in on(EM, "wrario", orthodox_easter(y) - 2 * one) or (
            y == 2020), y
        assert "Καθαρά Δευτέρα" in on(EM, "wrario", clean_monday(y)), y
        assert "15 Αυγούστου" in on(EM, "wrario", d(y, 8, 15)), y
        rh, rh_year = ROSH_HASHANAH[y]
        assert f"ערב ראש השנה {rh_year}" in on(ST, "chag", iso(rh) - one), y
        assert "יום הכיפורים" in on(ST, "chag", iso(rh) + 8 * one), y
        assert "סוכות" in on(ST, "chag", iso(rh) + 13 * one), y
        pesach, pesach_year = PESACH[y]
        assert f"ערב פסח {pesach_year}" in on(ST, "chag", iso(pesach) - one) or y == 2020, y
    assert found(LS, "banner", r"Χειμερινές εκπτώσεις (\d{4})") == {str(y) for y in
                                                                      range(2015, 2021)}
    assert "Δευτέρα 13 Ιανουαρίου" in on(LS, "banner", d(2020, 1, 13))
    assert "Κυριακή 19 Ιανουαρίου" in on(LS, "banner", d(2020, 1, 13))
    assert "Capital controls" in on(LS, "banner", d(2015, 7, 10))
    assert "click away" in on(LS, "banner", d(2020, 11, 20))
    assert "Presidents' Day sales 2018" in on(TW, "banner", d(2018, 2, 19))
    assert "Memorial Day sales 2019" in on(TW, "banner", d(2019, 5, 27))
    assert "Labor Day sales 2017" in on(TW, "banner", d(2017, 9, 4))
    assert "Back to school 2016" in on(TW, "banner", d(2016, 8, 10))
    assert "toilet paper" in on(TW, "banner", d(2020, 4, 1))
    assert "Brexit" in on(TR, "notice", d(2016, 6, 30))
    assert "Coronavirus" in on(TR, "notice", d(2020, 4, 1))
    assert "Lockdown two" in on(TR, "notice", d(2020, 11, 20))
    assert "Awards 2018" in on(TR, "notice", d(2018, 6, 1))
    assert "Reyes 2020" in on(CH, "campana", d(2019, 12, 30))
    assert "Estado de alarma" in on(CH, "campana", d(2020, 4, 1))
    assert "1,5 meter" in on(VM, "openingstijden", d(2020, 4, 12))
    assert "mondkapje" in on(VM, "openingstijden", d(2020, 12, 5))
    assert "Hold afstand" in on(KM, "aabningstider", d(2020, 4, 12))
    assert "Estado de alarma" in on(LA, "horario", d(2020, 4, 1))
    assert "Aforo" in on(LA, "horario", d(2020, 9, 1))
    assert "Este domingo, 13 de diciembre" in on(LA, "horario", d(2020, 12, 13))
    assert "Coronacrisis" in on(WP, "banner", d(2020, 4, 1))
    assert "מרחק" in on(ST, "chag", d(2020, 4, 1))
    assert "Έκτακτα μέτρα" in on(EM, "wrario", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (TR, "byline", TR_REDESIGN, "By {author}", "{author_beat}"),
        (TR, "premium", TR_PRO, "Subscriber article", "Till Roll Pro"),
        (TR, "notice", TR_NEWSLETTER, "before the shops open", "6.30am"),
        (TW, "disclosure", TW_DISCLOSURE, "links on our site", "affiliate links"),
        (TW, "banner", TW_APP, "inbox", "Thriftwise app"),
        (VM, "spaar", VM_APP, "zegel", "in de app"),
        (VM, "tas", VM_TAS, "eigen boodschappentas", "25 cent"),
        (VM, "openingstijden", VM_REDESIGN, "versmarkt.nl/winkels", "Versmarkt-app"),
        (CH, "afiliado", CH_AFILIADO, "Enlace de afiliado", "tú pagas lo mismo"),
        (CH, "campana", CH_TELEGRAM, "boletín", "Telegram"),
        (KM, "medlem", KM_APP, "bonus på dine indkøb", "Kvikmarked-appen"),
        (KM, "aabningstider", KM_REDESIGN, "kvikmarked.dk/butikker", "Kvikmarked-appen"),
        (LS, "banner", LS_NEWSLETTER, "Facebook", "email"),
        (ST, "moadon", ST_APP, "5% הנחה", "אפליקציית"),
        (ST, "sakit", ST_SAKIT, "רב-פעמית", "10 אגורות"),
        (LA, "campana", LA_REDESIGN, "Instagram", "app Los Almendros"),
        (WC, "bags", WC_BAGS, "recycling", "5p"),
        (WC, "gift-card", WC_GIFT_CARD, "60 stores", "70 stores"),
        (WP, "banner", WP_NIEUWSBRIEF, "gratis nieuwsbrief", "Elke werkdag"),
        (FC, "parkering", FC_KAMERA, "husk P-skiven", "Kameraer"),
        (FC, "klub", FC_KLUB, "nyhedsbrev", "i appen"),
        (EM, "karta", EM_APP, "κάρτα Ελαιώνας Market Plus", "εφαρμογή")))
    assert_groups_reworded(SET, (
        (TR, "dated", " 20", " · "),
        (TW, "posted", "Posted ", " at "),
        (TR, "byline", "By ", " | "),
        (VM, "datum", "Houten, ", "Gepubliceerd op "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            shown = value.split(" / ")[0]
            assert shown in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£6.50" in on(TR, "pay", d(2015, 9, 30)) and "£8.72" in on(TR, "pay", LAST_DAY)
    assert "National Living Wage" in on(TR, "pay", d(2016, 4, 1))
    assert "$55" in on(TW, "club", d(2017, 5, 31)) and "$60" in on(TW, "club", d(2017, 6, 1))
    assert 'מע"מ 18%' in on(ST, "maam", d(2015, 9, 30))
    assert 'מע"מ 17%' in on(ST, "maam", d(2015, 10, 1))
    assert "ΦΠΑ 23%" in on(EM, "fpa", d(2016, 5, 31)) and "ΦΠΑ 24%" in on(EM, "fpa",
                                                                          d(2016, 6, 1))
    assert "free for up to 3 hours" in on(WC, "parking", d(2020, 7, 1))
    assert "671 supermarkten" in on(VM, "over", d(2020, 6, 1))
    assert "11.900 medarbejdere" in on(KM, "om", d(2020, 6, 1))
    stores = {m[1] for t in group_lines(SET, VM, "over")
              if (m := re.search(r"heeft (\d+) supermarkten", norm(t)))}
    assert len(stores) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (LS, "diafhmish", r"^[\u0370-\u03ff]+$"), (LS, "copyright", r"[\u0370-\u03ff]"),
        (EM, "exanthlhsh", r"[\u0370-\u03ff]"), (EM, "hmeromhnia", r"[\u0370-\u03ff]"),
        (ST, "melai", r"^[\u0590-\u05ff ]+$"), (ST, "taarich", r"[0-9]"),
        (ST, "mivtza", r"[\u0590-\u05ff]"), (KM, "lager", r"æ"), (FC, "idag", r"i dag"),
        (VM, "voorbehoud", r"voorbehouden"), (WP, "advertentie", r"^Advertentie$"),
        (CH, "minimo", r"í"), (LA, "sorteo", r"[áéíóúñ]")))
    assert any(re.search(r"[\u0590-\u05ff]", t) for t in group_lines(SET, ST, "taarich"))
    assert any(t.endswith("BST") for t in group_lines(SET, TR, "dated"))
    assert any(t.endswith("EST") for t in group_lines(SET, TW, "posted"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{TR}/dated", f"{TR}/byline", f"{TR}/read-more", f"{TR}/kicker",
                         f"{TR}/photo", f"{TR}/copyright", f"{TR}/basket", f"{TW}/posted",
                         f"{TW}/prices", f"{TW}/store", f"{TW}/comments", f"{VM}/datum",
                         f"{VM}/bonusweek"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{TR}/publisher", f"{TR}/advert", f"{TW}/errors", f"{TW}/expired", f"{VM}/noot",
        f"{VM}/pers", f"{VM}/alcohol"))
    assert_carried_share(docs, TR, [
        ("dated", 0.8, 0.98), ("read-more", 0.45, 0.8), ("clarification", 0.0, 0.1),
        ("basket", 0.08, 0.35), ("notice", 0.15, 0.5), ("jobs", 0.02, 0.2)])
    assert_carried_share(docs, TW, [("prices", 0.45, 0.75), ("expired", 0.03, 0.25),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{TR}/read-more", f"{TR}/advert", f"{TW}/more", f"{LS}/diafhmish"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((TR, "photo"), (TW, "coupon"), (VM, "opop"), (CH, "cupon"),
                               (KM, "lager"), (ST, "melai"), (LA, "tienda"), (WC, "store"),
                               (WP, "lees-ook"), (FC, "butik"), (EM, "exanthlhsh")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (TR, "clarification", 16), (TW, "update"), (VM, "correctie"), (CH, "actualizacion", 8),
        (KM, "rettelse"), (LS, "diorthwsh"), (ST, "tikun"), (LA, "rectificacion"),
        (WC, "update"), (WP, "correctie"), (FC, "rettelse"), (EM, "diorthwsh")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{TR}/read-more", "Read more: "), (f"{TW}/more", "More deals like this: "),
        (f"{CH}/relacionados", "Te puede interesar: "),
        (f"{LS}/diavaste", "Διαβάστε επίσης: "), (f"{WP}/lees-ook", "Lees ook: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (TR, "advert", "Advertisement"), (VM, "opop", "OP=OP"),
        (KM, "lager", "Så længe lager haves."), (LS, "diafhmish", "ΔΙΑΦΗΜΙΣΗ"),
        (ST, "melai", "עד גמר המלאי"), (CH, "minimo", "Precio mínimo histórico"),
        (EM, "exanthlhsh", "Έως εξαντλήσεως των αποθεμάτων."),
        (WP, "advertentie", "Advertentie"), (VM, "persbericht", "Persbericht"),
        (KM, "pressemeddelelse", "Pressemeddelelse"), (EM, "deltio", "ΔΕΛΤΙΟ ΤΥΠΟΥ")))
    assert_group_values_from_pool(SET, (
        (TR, "kicker", "kicker"), (TW, "flag", "flag"), (CH, "categoria", "categoria"),
        (LS, "kathgoria", "kathgoria"), (ST, "kategoria", "kategoria"),
        (LA, "seccion", "seccion"), (WP, "rubriek", "rubriek")))
    coupons = {m[1] for t in group_lines(SET, TW, "coupon")
               if (m := re.search(r"code (\S+) at", t))}
    assert len(coupons) >= 4


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (TR, "advert", "Advertisement"),
        (TW, "errors", "We are not responsible for pricing errors on retailers' sites."),
        (VM, "voorbehoud", "Prijswijzigingen en zetfouten voorbehouden.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        TR: (["publisher", "copyright"], 2),
        VM: (["einde", "noot", "pers", "over"], 3),
        KM: (["om", "kontakt"], 2),
        LS: (["ekdoths", "copyright"], 2),
        ST: (["dover", "zchuyot"], 2),
        LA: (["direccion", "copyright"], 2),
        WC: (["address", "contact", "copyright"], 2),
        WP: (["uitgever", "copyright"], 2),
        FC: (["kontakt", "copyright"], 1),
        EM: (["sxetika", "grafeio", "copyright"], 2)})


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
