"""The held-back-135 template set (`tests.bench.heldout_templates_135`): its localised dates
(printed day by day in British and American English, German, Polish, Turkish, Arabic with the
tabular Hijri date, Indonesian with WIB and Dutch, several changing form on the day of a
redesign), the lines that turn every week, month and quarter (a print issue, asking prices,
weekly deals, house sales, cost and price indices, construction output, an issue number, the
next planning committee), the calendars some notices follow (Budgets, trade fairs, the
Biennale and architecture prizes, Bayrams, Ramadan and the Eids, National and Independence
Days, pre-election periods, the nitrogen ruling, lockdowns), the rates, limits and taxes that
change over the years, the lines in several languages and scripts, the variation it
promises, its multi-line blocks (project fact boxes, imprints, legal lines) and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import nth_weekday
from tests.bench.heldout_templates_135 import (
    AQ_APP,
    AQ_REDESIGN,
    BANK_RATE,
    BAU_FAIRS,
    BI_RATE,
    BI_RENAMED,
    BIENNALES,
    BP_BTW,
    BP_REDESIGN,
    BR_NEWSLETTER,
    BR_REDESIGN,
    BUDGETS,
    EG_BILDIRIM,
    EG_KVKK,
    EG_REDESIGN,
    EID_ADHA,
    EID_FITR,
    EM_ACCESSIBLE,
    EM_DMPO,
    EM_GDPR,
    EM_REMOTE,
    FB_REDESIGN,
    FIRST_DAY,
    IDUL_FITRI,
    KONUT_FAIZI,
    KURBAN_BAYRAMI,
    LAST_DAY,
    MINDESTLOHN_BAU,
    NHG_GRENS,
    PK_REDESIGN,
    PL_NEWSLETTER,
    PL_REDESIGN,
    PLACA_MINIMALNA,
    PM_REDESIGN,
    PM_WEEKLY,
    PRE_ELECTION,
    PRITZKER,
    RAMADAN,
    RAMAZAN_BAYRAMI,
    RETT_DAY,
    RM_PLUS,
    RM_REDESIGN,
    RM_RODO,
    STIRLING,
    STOPA_NBP,
    SW_REDESIGN,
    SW_SHOWS,
    VAT_15,
    VAT_DAY,
    WB_HOAI,
    WB_REDESIGN,
    YEARS,
    committee_days,
    hijri,
    issue_number,
    monthly,
    thousands,
    weekday_on_or_before,
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

SET = "held-back-135"
SITES = ("Propertyline", "BauRundschau", "Rynek Mieszkań 24", "Plinth", "Emlak Gündemi",
         "أخبار العقار", "Properti Kini", "Bouwpost", "Eastmere District Council", "SiteWire",
         "Fundament", "Wettbewerbsblatt")
PL, BR, RM, PM = ("propertylinenews.co.uk", "baurundschau.de", "rynekmieszkan24.pl",
                  "plinthmagazine.com")
EG, AQ, PK, BP = ("emlakgundemi.com.tr", "akhbaraliqar.com", "propertikini.co.id",
                  "bouwpost.nl")
EM, SW, FB, WB = ("eastmere.gov.uk", "sitewirenews.com", "fundament-budownictwo.pl",
                  "wettbewerbsblatt.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PL, "dated"), (BR, "datum"), (RM, "data"), (PM, "dated"), (EG, "tarih"),
         (AQ, "tarikh"), (PK, "tanggal"), (BP, "datum"), (EM, "dated"), (SW, "dated"),
         (FB, "data"), (WB, "datum"))
# Lines that turn every week, month or quarter.
PERIODIC = ((PL, "asking"), (BR, "ausgabe"), (BR, "baupreis"), (RM, "cena"), (PM, "issue"),
            (EG, "satis"), (AQ, "safaqat"), (EM, "committee"), (SW, "cci"), (FB, "gus"))
# The notices that follow calendars.
BANNERS = ((PL, "notice"), (BR, "hinweis"), (RM, "program"), (PM, "notice"), (EG, "duyuru"),
           (AQ, "tanbih"), (PK, "info"), (BP, "melding"), (EM, "notice"), (SW, "notice"))
# Rates, limits and wages in force from given days.
TABLES = ((PL, "bank-rate", BANK_RATE), (BR, "mindestlohn", MINDESTLOHN_BAU),
          (RM, "stopa", STOPA_NBP), (EG, "faiz", KONUT_FAIZI), (PK, "suku-bunga", BI_RATE),
          (BP, "nhg", NHG_GRENS), (FB, "placa", PLACA_MINIMALNA))

QUIET = d(2015, 2, 24)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PL: "Get our weekly property newsletter: sign up free",
    BR: "Den BauRundschau-Newsletter kostenlos abonnieren",
    RM: "Sprawdź, czy kwalifikujesz się do programu Mieszkanie dla Młodych",
    PM: "Subscribe to Plinth in print and online",
    EG: "Emlak Gündemi'ni Google Haberler'de takip edin",
    AQ: "تابعوا آخر أخبار العقار عبر حساباتنا في تويتر وسناب شات",
    PK: "Ikuti berita properti terkini Properti Kini di Google News",
    BP: "Ontvang de Bouwpost-nieuwsbrief elke werkdag gratis in je mailbox",
    EM: "Sign up to the council's eNews for planning updates in your ward",
    SW: "Get SiteWire Daily in your inbox every weekday morning",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((AQ, "dariba"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert hijri(d(2016, 3, 5)) == (1437, 5, 25)
    assert hijri(d(2020, 4, 24)) == (1441, 9, 1)
    assert [hijri(iso(day))[0] for day in RAMADAN.values()] == list(range(1436, 1442))
    assert weekday_on_or_before(d(2019, 6, 23), 4) == d(2019, 6, 21)
    assert weekday_on_or_before(d(2019, 6, 21), 4) == d(2019, 6, 21)
    assert monthly(d(2019, 3, 15), lambda y, m: d(y, m, 16), lag=1) == (2019, 1)
    assert monthly(d(2019, 3, 16), lambda y, m: d(y, m, 16), lag=1) == (2019, 2)
    assert monthly(d(2019, 1, 3), lambda y, m: d(y, m, 20)) == (2018, 12)
    assert issue_number(2015, 1) == 61 and issue_number(2020, 12) == 132
    assert thousands(1234567, ".") == "1.234.567" and thousands(9812, " ") == "9 812"
    days = committee_days()
    assert all(day.weekday() == 2 and day.day <= 7 and day.month != 8 for day in days)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PL, "dated", old, "Posted on 5th March 2016")
    full(PL, "dated", d(2017, 3, 22), "Posted on 22nd March 2017")
    full(PL, "dated", d(2017, 3, 12), "Posted on 12th March 2017")
    full(PL, "dated", new, rf"Fri 19 Jun 2020 · {clock}")
    full(PL, "asking", new, r"Average asking price, June 2020: £\d{3},\d{3} \([+-]\d+\.\d% "
                            r"year on year\)")
    full(BR, "datum", old, r"05\.03\.2016")
    full(BR, "datum", new, rf"Veröffentlicht: 19\. Juni 2020, {clock} Uhr")
    full(BR, "ausgabe", new, r"Aus der Printausgabe 25/2020 vom 19\.06\.2020")
    full(BR, "baupreis", new, r"Baupreisindex Wohngebäude \(2015 = 100\): 1\d\d,\d im 1\. "
                              r"Quartal 2020 \([+-]\d,\d % zum Vorjahresquartal\)")
    full(RM, "data", old, rf"05\.03\.2016, {clock}")
    full(RM, "data", new, rf"piątek, 19 czerwca 2020 r\., godz\. {clock}")
    full(RM, "cena", new, r"Średnia cena ofertowa mieszkań w Warszawie: \d\d \d{3} zł/m² "
                          r"\(tydzień do 14\.06\)")
    full(PM, "dated", old, "March 5, 2016")
    full(PM, "dated", new, r"Friday 19\.06\.20")
    full(PM, "issue", new, r"From the June 2020 issue of Plinth \(no\. 126\)")
    full(EG, "tarih", old, rf"05\.03\.2016 {clock}")
    full(EG, "tarih", new, rf"Yayınlanma: 19 Haziran 2020 Cuma {clock}")
    full(EG, "satis", new, r"TÜİK: 2020 Mayıs ayında \d\d\.\d{3} konut satıldı \(yıllık "
                          r"%-\d\d,\d\)")
    full(AQ, "tarikh", old, "السبت 5 مارس 2016")
    full(AQ, "tarikh", new, "الجمعة 27 شوال 1441 هـ الموافق 19 يونيو 2020 م")
    full(AQ, "safaqat", new, r"مؤشر الصفقات العقارية للأسبوع المنتهي الخميس 11 يونيو: \d+ "
                             r"صفقة بقيمة \d+\.\d مليار ريال")
    full(PK, "tanggal", old, rf"05/03/2016, {clock} WIB")
    full(PK, "tanggal", new, rf"Jumat, 19 Juni 2020 \| {clock} WIB")
    full(BP, "datum", old, "05-03-2016")
    full(BP, "datum", new, rf"vr 19 jun 2020 om {clock}")
    full(EM, "dated", new, "Published: 19 June 2020")
    full(EM, "dated", d(2020, 10, 1), "Page last updated: 1 October 2020")
    full(EM, "committee", new, "Next Planning Committee: Wednesday 1 July 2020, 7pm, held "
                               "remotely and streamed live online")
    full(SW, "dated", old, "03/05/2016")
    full(SW, "dated", new, r"June 19, 2020 at \d{1,2}:\d\d [AP]M ET")
    full(SW, "dated", d(2019, 9, 4), r"Sept\. 4, 2019 at \d{1,2}:\d\d [AP]M ET")
    full(SW, "cci", new, r"Construction Cost Index, May 2020: 11,\d{3}\.\d\d \([+-]\d\.\d% "
                         r"year over year\)")
    full(FB, "data", old, "Data publikacji: 2016-03-05")
    full(FB, "data", new, "19 czerwca 2020")
    full(FB, "gus", new, r"GUS: produkcja budowlano-montażowa w kwietniu 2020 r\.: "
                         r"[+-]\d+,\d% r/r")
    full(WB, "datum", old, r"Eingestellt am 05\.03\.2016")
    full(WB, "datum", new, "19. Juni 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PL, "dated", day).startswith("Posted on") == (day < PL_REDESIGN)
        assert ("Uhr" in on(BR, "datum", day)) == (day >= BR_REDESIGN)
        assert ("godz." in on(RM, "data", day)) == (day >= RM_REDESIGN)
        assert ("," in on(PM, "dated", day)) == (day < PM_REDESIGN)
        assert on(EG, "tarih", day).startswith("Yayınlanma") == (day >= EG_REDESIGN)
        assert ("الموافق" in on(AQ, "tarikh", day)) == (day >= AQ_REDESIGN)
        assert ("|" in on(PK, "tanggal", day)) == (day >= PK_REDESIGN)
        assert (" om " in on(BP, "datum", day)) == (day >= BP_REDESIGN)
        assert on(EM, "dated", day).startswith("Published") == (day < EM_ACCESSIBLE)
        assert (" ET" in on(SW, "dated", day)) == (day >= SW_REDESIGN)
        assert on(FB, "data", day).startswith("Data publikacji") == (day < FB_REDESIGN)
        assert on(WB, "datum", day).startswith("Eingestellt") == (day < WB_REDESIGN)
        if day >= AQ_REDESIGN:
            hy, _, hd = hijri(day)
            assert on(AQ, "tarikh", day).split()[1] == str(hd) and f"{hy} هـ" in on(
                AQ, "tarikh", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_month_and_quarter() -> None:
    fridays = changes(BR, "ausgabe")
    assert len(fridays) >= 300 and all(day.weekday() == 4 for day in fridays)
    assert found(BR, "ausgabe", r"Printausgabe (\d+)/2016") == {str(n) for n in range(1, 54)}
    mondays = changes(RM, "cena")
    assert len(mondays) >= 300 and all(day.weekday() == 0 for day in mondays)
    saturdays = changes(AQ, "safaqat")
    assert len(saturdays) >= 300 and all(day.weekday() == 5 for day in saturdays)
    assert changes(PL, "asking") == {nth_weekday(y, m, 0, 3) for y in YEARS
                                     for m in range(1, 13)}
    assert changes(PM, "issue") == {d(y, m, 1) for y in YEARS for m in range(1, 13)} - {
        FIRST_DAY}
    assert changes(EG, "satis") == {d(y, m, 16) for y in YEARS for m in range(1, 13)}
    assert changes(SW, "cci") == {d(y, m, 20) for y in YEARS for m in range(1, 13)}
    assert changes(FB, "gus") == {d(y, m, 22) for y in YEARS for m in range(1, 13)}
    assert changes(BR, "baupreis") == {d(y, m, 10) for y in YEARS for m in (2, 5, 8, 11)}
    meetings = [day for day in committee_days() if FIRST_DAY <= day < d(2020, 12, 31)]
    assert changes(EM, "committee") == {day + one for day in meetings}
    assert "August" not in "".join(on(EM, "committee", day) for day in every_day())
    assert ("remotely" in on(EM, "committee", d(2020, 3, 5))) is False
    assert "remotely" in on(EM, "committee", EM_REMOTE)
    sales = [int(m[1].replace(".", "")) for t in group_lines(SET, EG, "satis")
             if (m := re.search(r"ayında ([\d.]+) konut", norm(t)))]
    assert sales and all(30_000 <= n <= 250_000 for n in sales)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day, name in BUDGETS:
        if iso(day) < d(2020, 3, 23):
            assert name in on(PL, "notice", iso(day)), day
    assert "lockdown" in on(PL, "notice", d(2020, 4, 1))
    for first, last, name in BAU_FAIRS:
        assert name in on(BR, "hinweis", iso(first)) and name in on(BR, "hinweis", iso(last))
    assert "Corona" in on(BR, "hinweis", d(2020, 4, 1))
    assert found(RM, "program", r"nabór wniosków na (\d{4})") == {"2016", "2017", "2018"}
    assert "Wakacje kredytowe" in on(RM, "program", d(2020, 5, 1))
    for first, _, y in BIENNALES:
        assert f"Biennale {y}" in on(PM, "notice", iso(first)), y
    assert found(PM, "notice", r"Pritzker Prize (\d{4})") == {str(y) for y in PRITZKER}
    assert found(PM, "notice", r"Stirling Prize (\d{4})") == {str(y) for y in STIRLING}
    assert "put off" in on(PM, "notice", d(2020, 5, 20))
    for y in YEARS:
        assert f"Ramazan Bayramınız mübarek olsun ({y})" in on(EG, "duyuru",
                                                                iso(RAMAZAN_BAYRAMI[y]))
        assert f"Kurban Bayramınız mübarek olsun ({y})" in on(EG, "duyuru",
                                                               iso(KURBAN_BAYRAMI[y]))
        assert f"{y - 1923}. yıl dönümü" in on(EG, "duyuru", d(y, 10, 29))
        hy = str(hijri(iso(RAMADAN[y]))[0])
        if y < 2020:
            assert "رمضان كريم" in on(AQ, "tanbih", iso(RAMADAN[y]) + 3 * one), y
            assert hy in on(AQ, "tanbih", iso(RAMADAN[y]) + 3 * one), y
        assert f"عيد فطر مبارك {hy}هـ" in on(AQ, "tanbih", iso(EID_FITR[y])), y
        assert "عيد أضحى مبارك" in on(AQ, "tanbih", iso(EID_ADHA[y])), y
        # Eid al-Adha fell on National Day in 2015: the Eid's greeting wins from the eve.
        assert f"اليوم الوطني السعودي {y}" in on(AQ, "tanbih", d(y, 9, 21 if y == 2015 else 23))
        assert f"Idul Fitri {hy} H" in on(PK, "info", iso(IDUL_FITRI[y])), y
        assert f"ke-{y - 1945}" in on(PK, "info", d(y, 8, 17)), y
        if y < 2020:  # the pandemic's notice wins in May 2020
            assert f"Construction Safety Week {y}" in on(SW, "notice", nth_weekday(y, 5, 0, 1))
    assert "Evde kal" in on(EG, "duyuru", d(2020, 4, 10))
    assert "منع التجول" in on(AQ, "tanbih", d(2020, 4, 1))
    assert "PSBB" in on(PK, "info", d(2020, 5, 1))
    assert found(BP, "melding", r"Bouwbeurs (\d{4})") == {"2015", "2017"}
    assert "Stikstofuitspraak" in on(BP, "melding", d(2019, 10, 1))
    assert "PFAS" in on(BP, "melding", d(2019, 12, 25))
    assert "Samen veilig doorwerken" in on(BP, "melding", d(2020, 4, 1))
    for first, last, what in PRE_ELECTION:
        assert what in on(EM, "notice", iso(first)) and what in on(EM, "notice", iso(last))
        assert "Pre-election" not in on(EM, "notice", iso(last) + one)
    assert found(EM, "notice", r"Christmas (\d{4})") == {str(y) for y in YEARS}
    for first, last, name in SW_SHOWS:
        assert name in on(SW, "notice", iso(first)) and name in on(SW, "notice", iso(last))
    assert "essential" in on(SW, "notice", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PL, "byline", PL_REDESIGN, "By {author}", "Words by"),
        (PL, "notice", PL_NEWSLETTER, "sign up free", "The Move"),
        (PL, "stamp-duty", d(2016, 4, 1), "calculator", "3% stamp duty surcharge"),
        (PL, "stamp-duty", d(2017, 11, 22), "surcharge", "First-time buyers"),
        (PL, "stamp-duty", d(2020, 7, 8), "First-time buyers", "holiday"),
        (BR, "autor", BR_REDESIGN, "Von {author}", "Autor:"),
        (BR, "hinweis", BR_NEWSLETTER, "kostenlos abonnieren", "Jeden Freitag"),
        (RM, "program", RM_PLUS, "Mieszkanie dla Młodych", "Mieszkanie Plus"),
        (RM, "rodo", RM_RODO, "cookies", "Administratorem"),
        (PM, "byline", PM_REDESIGN, "Words:", "Text by"),
        (PM, "photo", PM_REDESIGN, "Photo:", "Photography:"),
        (PM, "notice", PM_WEEKLY, "Subscribe to Plinth", "Plinth Weekly"),
        (PM, "members", d(2019, 2, 1), "for Plinth subscribers", "Plinth Members"),
        (EG, "kvkk", EG_KVKK, "çerezler", "KVKK"),
        (EG, "duyuru", EG_BILDIRIM, "Google Haberler", "bildirimlere"),
        (AQ, "dariba", VAT_DAY, "تقديرية", "(5%)"),
        (AQ, "dariba", VAT_15, "(5%)", "(15%)"),
        (AQ, "dariba", RETT_DAY, "(15%)", "التصرفات العقارية"),
        (AQ, "tanbih", AQ_APP, "تويتر", "تطبيق"),
        (PK, "penulis", PK_REDESIGN, "Penulis: {author}", "Editor:"),
        (PK, "suku-bunga", BI_RENAMED, "BI Rate", "7-Day Reverse Repo"),
        (BP, "btw", BP_BTW, "6%", "9%"),
        (EM, "order", EM_DMPO, "Order 2010", "Order 2015"),
        (EM, "privacy", EM_GDPR, "made available", "privacy notice"),
        (EM, "formats", EM_ACCESSIBLE, "large print", "accessibility statement"),
        (WB, "hoai", WB_HOAI, "Mindestsätzen", "EuGH")))
    assert_groups_reworded(SET, (
        (PL, "dated", "Posted on", " · "),
        (PL, "byline", "By ", "Words by "),
        (BR, "datum", ".20", "Uhr"),
        (RM, "data", ".20", "godz."),
        (PM, "photo", "Photo: ", "Photography: "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        in_force = [start for start, _ in table if iso(start) <= FIRST_DAY][-1]
        for start, value in table:
            if start >= in_force:
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "0.1%" in on(PL, "bank-rate", d(2020, 6, 1))
    assert "0.5%" in on(PL, "bank-rate", d(2016, 8, 3))
    assert "0,64" in on(EG, "faiz", d(2020, 7, 1))
    assert "€ 310.000" in on(BP, "nhg", d(2020, 6, 1))
    assert changes(AQ, "dariba") == {VAT_DAY, VAT_15, RETT_DAY}
    assert changes(BP, "btw") == {BP_BTW}
    asking = [int(m[1].replace(",", "")) for t in group_lines(SET, PL, "asking")
              if (m := re.search(r"£([\d,]+)", norm(t)))]
    assert len(set(asking)) >= 8 and all(250_000 <= a <= 340_000 for a in asking)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (AQ, "tarikh", r"[\u0600-\u06ff]"), (AQ, "ikhla", r"[\u0600-\u06ff]"),
        (AQ, "iqra", r"[\u0600-\u06ff]"), (RM, "oferta", r"[ąćęłńóśźż]"),
        (FB, "prawa", r"[ąćęłńóśźż]"), (EG, "yasal", r"[çğıöşüİ]"),
        (BR, "datum", r"[0-9]"), (WB, "gewaehr", r"[äöüß]"), (PK, "harga", r"sewaktu"),
        (BP, "ontleend", r"ontleend")))
    assert any("هـ" in t for t in group_lines(SET, AQ, "tarikh"))
    assert any("WIB" in t for t in group_lines(SET, PK, "tanggal"))
    assert any(re.search(r"(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. ", t)
               for t in group_lines(SET, SW, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PL}/dated", f"{PL}/byline", f"{PL}/related", f"{PL}/kicker",
                         f"{PL}/copyright", f"{PL}/asking", f"{BR}/datum", f"{BR}/vergabe",
                         f"{BR}/foto", f"{RM}/data", f"{RM}/czytaj"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PL}/publisher", f"{PL}/guide", f"{BR}/impressum", f"{RM}/oferta",
        f"{PM}/copyright", f"{EG}/yasal"))
    assert_carried_share(docs, PL, [
        ("dated", 0.82, 0.99), ("related", 0.5, 0.85), ("correction", 0.0, 0.1),
        ("sponsored", 0.0, 0.12), ("asking", 0.1, 0.35), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, BR, [("datum", 0.75, 0.97), ("anzeige", 0.4, 0.75),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{PL}/related", f"{PL}/advert", f"{BR}/anzeige", f"{RM}/czytaj"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PL, "sponsored"), (BR, "foto"), (RM, "reklama"),
                               (EG, "reklam"), (AQ, "ilan"), (PK, "iklan"),
                               (BP, "aanbesteding"), (EM, "reference"), (SW, "bid")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PL, "correction", 16), (PL, "sponsored", 16), (BR, "korrektur"),
        (RM, "sprostowanie"), (PM, "correction"), (EG, "duzeltme"), (AQ, "tashih"),
        (PK, "ralat"), (BP, "rectificatie"), (EM, "update"), (SW, "correction"),
        (FB, "sprostowanie"), (WB, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PL}/related", "Related: "), (f"{BR}/interessant", "Auch interessant: "),
        (f"{RM}/czytaj", "Czytaj także: "), (f"{PM}/see-also", "See also: "),
        (f"{EG}/ilginizi", "İlginizi çekebilir: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PL, "advert", "Advertisement"), (BR, "anzeige", "Anzeige"), (RM, "reklama", "REKLAMA"),
        (EG, "reklam", "Reklam"), (AQ, "ilan", "إعلان"), (PK, "iklan", "Iklan"),
        (BP, "advertentie", "Advertentie"), (PM, "facts", "Project data")))
    assert_group_values_from_pool(SET, (
        (PL, "kicker", "kicker"), (BR, "rubrik", "rubrik"), (RM, "kategoria", "kategoria"),
        (PM, "kind", "kind"), (EG, "kategori", "kategori"), (AQ, "qism", "qism"),
        (PK, "kanal", "kanal"), (BP, "rubriek", "rubriek")))


def test_fact_boxes_and_credits() -> None:
    for family, prefix in (("architect", "Architect: "), ("client", "Client: "),
                           ("contractor", "Main contractor: ")):
        values = {norm(t).removeprefix(prefix) for t in group_lines(SET, PM, family)}
        assert len(values) >= 3, family
    areas = {m[1] for t in group_lines(SET, PM, "area")
             if (m := re.search(r": ([\d,]+) m²", t))}
    assert len(areas) >= 3
    assert all(" for " in t for t in group_lines(SET, PM, "render"))
    assert len({m[1] for t in group_lines(SET, EM, "reference")
                if (m := re.search(r"EM/(\d{4})/", t))}) >= 3
    assert all(re.search(r"TenderNed \d{6}\)$", norm(t))
               for t in group_lines(SET, BP, "aanbesteding"))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PL, "advert", "Advertisement"),
        (PL, "guide", "Prices and figures quoted are a guide only and were correct at the "
                      "time of writing."),
        (BR, "anzeige", "Anzeige")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PL: (["publisher", "copyright"], 2),
        BR: (["impressum", "copyright"], 2),
        RM: (["rodo", "prawa"], 2),
        PM: (["facts", "architect", "client", "area", "contractor"], 3),
        EG: (["yasal", "kvkk", "copyright"], 2),
        AQ: (["ikhla", "huquq"], 2),
        PK: (["copyright", "pedoman"], 2),
        BP: (["ontleend", "copyright"], 2),
        EM: (["formats", "copyright"], 2),
        WB: (["gewaehr", "copyright"], 2)})


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
