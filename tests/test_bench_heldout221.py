"""The held-back-221 template set (`tests.bench.heldout_templates_221`): its localised dates
(printed day by day in English, German, Polish with the genitive month, Turkish, Swahili and
Bengali in Bengali digits with the Bangla calendar date after its 2019 revision, several
changing form on the day of a redesign), the lines that turn every day, working day, week
and month (rates correct as at, exchange rates by each country's working week, a numbered
Polish rate table, a savings bank's Monday conditions, a credit union's monthly dividends, a
pension scheme's next pay day), the rate lines that change on the central banks' decision
days, the amounts that change over the years, the calendars the branch-hours, fraud and
appeal notices follow (bank holidays, federal holidays, Carnival and Corpus Christi, All
Saints', the bayrams, the Eids and Ramadan, Tanzania's and Kenya's holidays and polling days,
AGMs, storms, application windows, the pandemic), the notices reworded on their days, the
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
from functools import partial

from tests.bench.heldout_calendar import easter, thanksgiving
from tests.bench.heldout_templates_221 import (
    AP_COLD_CALLING,
    AP_REDESIGN,
    AUTO_ENROLMENT,
    BANK_RATE,
    BD_ADHA,
    BD_FITR,
    BD_RAMADAN,
    BN_PL_REDESIGN,
    BN_REVISION,
    BP_AMANA,
    BP_APP,
    BP_PLC,
    BP_REDESIGN,
    CENTENARY_HOLIDAY,
    CP_REDESIGN,
    CP_ZELLE,
    EY_REDESIGN,
    FIRST_DAY,
    FSCS,
    HIJRI,
    HM_AGM,
    HM_APP,
    HM_REDESIGN,
    HM_TAKE_FIVE,
    HOECHSTRECHNUNGSZINS,
    IRA_LIMITS,
    ISA_ALLOWANCE,
    KE_ELECTIONS,
    KURBAN_BAYRAMI,
    LAST_DAY,
    LIFETIME_ALLOWANCE,
    MS_APP,
    MS_FDR,
    MS_INCENTIVE,
    NBP_RATE,
    PENSION_INCREASE,
    PL_CAPITAL,
    PRIME,
    RAMAZAN_BAYRAMI,
    RENTENANPASSUNG,
    RIESTER,
    RV_GESCHAEFT,
    RV_REDESIGN,
    SACCO_AGM,
    SACCO_GAWIO,
    SK_APPLE,
    SK_EINSIG,
    SK_MOBIL,
    SK_REDESIGN,
    STORMS,
    TCMB_RATE,
    TP_IDD,
    TP_REDESIGN,
    TP_RODO,
    TP_RZECZNIK,
    TS_REDESIGN,
    TZ_ELECTIONS,
    YB_QR,
    YB_REDESIGN,
    bangla_date,
    bn,
    pension_payday,
    polish_holidays,
    polish_working_days,
    tr_money,
    uk_bank_holidays,
    us_holidays,
    weltspartag,
)
from tests.heldout_checks import (
    ascii_digits,
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

SET = "held-back-221"
SITES = ("Harbourmere Building Society", "Stadtsparkasse Lindenau", "Bank Nadwiślański",
         "Yıldız Bank", "Cedar Prairie Credit Union", "Benki ya Pwani", "মেঘনা সঞ্চয় ব্যাংক",
         "Rheinauer Versicherung", "Ashgrove Pension Scheme", "TUW Podhale",
         "Ege Yaşam ve Emeklilik", "Tumaini Sacco")
HM, SK, NB, YB = ("harbourmere.co.uk", "ssk-lindenau.de", "banknadwislanski.pl",
                  "yildizbank.com.tr")
CP, BP, MS, RV = ("cedarprairiecu.org", "benkiyapwani.co.tz", "meghnasanchay.com.bd",
                  "rheinauer-versicherung.de")
AP, TP, EY, TM = ("ashgrovepensions.org.uk", "tuwpodhale.pl", "egeyasam.com.tr",
                  "tumainisacco.co.ke")
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((HM, "dated"), (SK, "datum"), (NB, "data"), (YB, "tarih"), (CP, "dated"),
         (BP, "tarehe"), (MS, "tarikh"), (RV, "datum"), (AP, "dated"), (TP, "data"),
         (EY, "tarih"), (TM, "tarehe"))
# The lines that name the day they are printed on, and those of the last working day.
EVERY_DAY = ((HM, "rates-correct"),)
WORKING_DAYS = ((NB, "kursy"), (YB, "kur"), (BP, "fedha"), (MS, "hor"))
# The notices that follow calendars.
BANNERS = ((HM, "branches"), (HM, "fraud"), (HM, "vote"), (SK, "oeffnung"),
           (SK, "sicherheit"), (NB, "placowki"), (NB, "bezpieczenstwo"), (NB, "wniosek"),
           (YB, "sube"), (YB, "uyari"), (CP, "holiday"), (CP, "fraud"), (BP, "sikukuu"),
           (BP, "utapeli"), (MS, "chhuti"), (MS, "satarkata"), (RV, "service"), (AP, "scam"),
           (AP, "helpline"), (TP, "zglos"), (EY, "hizmet"), (TM, "matangazo"))
# Amounts and rates in force from given days (each a new value).
TABLES = ((HM, "fscs", FSCS), (HM, "isa", ISA_ALLOWANCE), (NB, "stopa", NBP_RATE),
          (NB, "nota", PL_CAPITAL), (YB, "politika", TCMB_RATE), (CP, "prime", PRIME),
          (BP, "amana", BP_AMANA), (MS, "fdr", MS_FDR), (RV, "garantiezins", HOECHSTRECHNUNGSZINS),
          (RV, "rente", RENTENANPASSUNG), (RV, "riester", RIESTER),
          (AP, "increase", PENSION_INCREASE), (AP, "minimums", AUTO_ENROLMENT),
          (AP, "allowance", LIFETIME_ALLOWANCE))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (HM, "branches"): "Branch opening hours: Monday to Friday 9am to 5pm, Saturday 9am to 12 "
                      "noon",
    (HM, "fraud"): "We will never call or email you to ask for your full password or PIN.",
    (SK, "oeffnung"): "Alle Filialen und Öffnungszeiten finden Sie unter "
                      "ssk-lindenau.de/filialen",
    (NB, "placowki"): "Placówki Banku czynne od poniedziałku do piątku w godz. 8:00–17:00",
    (YB, "sube"): "Şubelerimiz hafta içi 09:00-17:00 saatleri arasında hizmet vermektedir.",
    (CP, "holiday"): "Branch hours: Monday–Friday 9 a.m.–5 p.m., Saturday 9 a.m.–noon",
    (BP, "sikukuu"): "Matawi yetu yanafunguliwa Jumatatu hadi Ijumaa, saa 2:30 asubuhi hadi "
                     "saa 10:00 jioni.",
    (MS, "chhuti"): "ব্যাংকের শাখাসমূহ রবিবার থেকে বৃহস্পতিবার সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত খোলা "
                    "থাকে।",
    (RV, "service"): "Schaden melden? Rund um die Uhr unter 0800 555 3030 oder online.",
    (AP, "helpline"): "Our helpline is open Monday to Friday, 9am to 5pm.",
    (TM, "matangazo"): "Jiunge na Tumaini Sacco leo: ada ya uanachama ni KSh 1,000 tu.",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WORKING_DAYS + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (HM, "bank-rate"), (SK, "konditionen"), (CP, "dividends"), (CP, "ira"),
        (AP, "payday"), (EY, "katki"), (TM, "gawio"), (RV, "ueber"), (MS, "sotto")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 11, 12), d(2019, 4, 14),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert bangla_date(d(2019, 4, 14)) == (1, 0, 1426)
    assert bangla_date(d(2019, 12, 16)) == (1, 8, 1426)  # Victory Day, 1 Poush
    assert bangla_date(d(2020, 2, 21)) == (8, 10, 1426)  # 8 Falgun
    assert bangla_date(d(2020, 3, 26)) == (12, 11, 1426)  # 12 Choitro, a leap year
    assert bangla_date(d(2018, 4, 13)) == (30, 11, 1424)
    assert bangla_date(d(2016, 4, 13)) == (30, 11, 1422)  # Falgun of 31 days before it
    assert bangla_date(d(2017, 2, 21)) == (9, 10, 1423)
    assert bn(2019) == "২০১৯" and tr_money(5332.5) == "5.332,50"
    assert weltspartag(2016) == d(2016, 10, 28) and weltspartag(2017) == d(2017, 10, 30)
    assert CENTENARY_HOLIDAY in polish_holidays(2018)
    assert CENTENARY_HOLIDAY not in polish_working_days(2018)
    assert easter(2017) + 60 * one in polish_holidays(2017)  # Corpus Christi
    assert 248 <= len(polish_working_days(2016)) <= 254
    assert pension_payday(2017, 10) == d(2017, 10, 27)
    assert pension_payday(2019, 12) == d(2019, 12, 20)
    assert (d(2017, 1, 2), "New Year's Day") in us_holidays(2017)
    assert (thanksgiving(2018), "Thanksgiving Day") in us_holidays(2018)
    assert (d(2020, 5, 8), "Early May bank holiday") in uk_bank_holidays(2020)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HM, "dated", old, "Posted on 05/03/2016")
    full(HM, "dated", new, "Friday 19 June 2020")
    full(HM, "rates-correct", new, r"Interest rates correct as at 19 June 2020\.")
    full(SK, "datum", old, r"05\.03\.2016")
    full(SK, "datum", new, r"Freitag, 19\. Juni 2020")
    full(SK, "konditionen", new, r"Konditionen Stand 15\.06\.2020: Sparkassenbrief 3 Jahre "
                                 r"\d,\d\d % p\. a\.")
    full(NB, "data", old, r"05\.03\.2016")
    full(NB, "data", new, r"piątek, 19 czerwca 2020 r\.")
    full(NB, "kursy", old, r"Kursy walut z dnia 04\.03\.2016 \(tabela nr 44/2016\)")
    full(YB, "tarih", old, r"05\.03\.2016")
    full(YB, "tarih", new, rf"19 Haziran 2020 Cuma, {clock}")
    full(YB, "kur", old, r"Döviz satış kurları \(04\.03\.2016, 10:00\): USD \d,\d{4} · "
                         r"EUR \d,\d{4}")
    full(CP, "dated", old, "Posted 03/05/2016")
    full(CP, "dated", new, "June 19, 2020")
    full(CP, "dividends", new, r"Dividend rates effective June 1, 2020: 12-month share "
                               r"certificate \d\.\d\d% APY\*")
    full(BP, "tarehe", old, "05/03/2016")
    full(BP, "tarehe", new, "Imechapishwa: Ijumaa, 19 Juni 2020")
    full(BP, "fedha", old, r"Viwango vya fedha za kigeni \(04/03/2016\): USD kununua "
                           r"2,\d{3} · kuuza 2,\d{3}")
    full(MS, "tarikh", old, "ঢাকা, ৫ মার্চ ২০১৬")
    full(MS, "tarikh", new, r"শুক্রবার, ৫ আষাঢ় ১৪২৭ বঙ্গাব্দ \| ১৯ জুন ২০২০")
    full(MS, "hor", new, r"আজকের বিনিময় হার \(১৮-০৬-২০২০\): মার্কিন ডলার ক্রয় [০-৯]{2}\.[০-৯]{2}, "
                         r"বিক্রয় [০-৯]{2}\.[০-৯]{2}")
    full(MS, "sotto", new, "© ২০২০ মেঘনা সঞ্চয় ব্যাংক লিমিটেড। সর্বস্বত্ব সংরক্ষিত।")
    full(RV, "datum", old, r"Köln, 5\. März 2016")
    full(RV, "datum", new, r"Köln, Freitag, 19\.06\.2020")
    full(AP, "dated", old, "5 March 2016")
    full(AP, "dated", new, "Last updated: 19/06/2020")
    full(AP, "payday", new, "Next pension payment date: Friday 26 June 2020")
    full(TP, "data", old, "Opublikowano: 5 marca 2016")
    full(TP, "data", new, r"19\.06\.2020 \| Aktualności")
    full(EY, "tarih", old, "05/03/2016")
    full(EY, "tarih", new, "Yayın tarihi: 19 Haziran 2020")
    full(TM, "tarehe", old, r"Tarehe: 05\.03\.2016")
    full(TM, "tarehe", new, "Ijumaa, 19 Juni 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(HM, "dated", day).startswith("Posted") == (day < HM_REDESIGN)
        assert ("," in on(SK, "datum", day)) == (day >= SK_REDESIGN)
        assert on(NB, "data", day).endswith(" r.") == (day >= BN_PL_REDESIGN)
        assert ("{time}" in on(YB, "tarih", day)) == (day >= YB_REDESIGN)
        assert on(CP, "dated", day).startswith("Posted") == (day < CP_REDESIGN)
        assert on(BP, "tarehe", day).startswith("Imechapishwa") == (day >= BP_REDESIGN)
        assert ("বঙ্গাব্দ" in on(MS, "tarikh", day)) == (day >= BN_REVISION)
        assert not re.search(r"[0-9]", on(MS, "tarikh", day))
        assert on(RV, "datum", day).count(",") == (2 if day >= RV_REDESIGN else 1)
        assert on(AP, "dated", day).startswith("Last updated") == (day >= AP_REDESIGN)
        assert on(TP, "data", day).startswith("Opublikowano") == (day < TP_REDESIGN)
        assert on(EY, "tarih", day).startswith("Yayın") == (day >= EY_REDESIGN)
        assert on(TM, "tarehe", day).startswith("Tarehe") == (day < TS_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_bangla_calendar_dates() -> None:
    months = found(MS, "tarikh", r"[০-৯]+ (\S+) [০-৯]+ বঙ্গাব্দ")
    assert len(months) == 12
    assert "১ বৈশাখ ১৪২৬" in on(MS, "tarikh", BN_REVISION)
    assert "১ পৌষ ১৪২৬" in on(MS, "tarikh", d(2019, 12, 16))
    assert "৮ ফাল্গুন ১৪২৬" in on(MS, "tarikh", d(2020, 2, 21))
    assert "১ বৈশাখ ১৪২৭" in on(MS, "tarikh", d(2020, 4, 14))
    assert any("বঙ্গাব্দ" in t for t in group_lines(SET, MS, "tarikh"))


def test_lines_that_turn_by_working_day_week_and_month() -> None:
    pl = changes(NB, "kursy")
    assert pl == {day for day in every_day()[1:]
                  if day in polish_working_days(day.year)}
    assert "tabela nr 1/2016" in on(NB, "kursy", d(2016, 1, 4))
    assert on(NB, "kursy", CENTENARY_HOLIDAY) == on(NB, "kursy", d(2018, 11, 9))
    assert "z dnia 31.12.2015" in on(NB, "kursy", d(2016, 1, 1))
    assert all(day.weekday() < 5 for day in changes(YB, "kur"))
    assert all(day.weekday() < 5 for day in changes(BP, "fedha"))
    assert all(day.weekday() not in (4, 5) for day in changes(MS, "hor"))
    assert len(changes(MS, "hor")) >= 1400
    weekly = changes(SK, "konditionen")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    monthly = changes(CP, "dividends")
    assert len(monthly) >= 60 and all(day.day == 1 for day in monthly)
    paydays = changes(AP, "payday")
    assert len(paydays) == 72
    assert all(day - one == pension_payday((day - one).year, (day - one).month)
               for day in paydays)
    lira = [float(m[1].replace(",", ".")) for t in group_lines(SET, YB, "kur")
            if (m := re.search(r"USD (\d,\d{4})", norm(t)))]
    assert lira and min(lira) < 3 and max(lira) > 5
    taka = [float(ascii_digits(m[1], BENGALI_DIGITS)) for t in group_lines(SET, MS, "hor")
            if (m := re.search(r"ক্রয় ([০-৯.]+)", norm(t)))]
    assert taka and all(76 < v < 86 for v in taka)


def test_rate_lines_follow_the_decision_days() -> None:
    assert changes(HM, "bank-rate") == {iso(start) for start, _ in BANK_RATE
                                        if iso(start) > FIRST_DAY}
    assert "Bank Rate: 0.10% (since 19 March 2020)" in on(HM, "bank-rate", LAST_DAY)
    assert "Bank Rate: 0.50% (since 5 March 2009)" in on(HM, "bank-rate", QUIET)
    assert "0,10%" in on(NB, "stopa", d(2020, 6, 1)) and "2,00%" in on(NB, "stopa", QUIET)
    assert "%24,00" in on(YB, "politika", d(2019, 1, 1))
    assert "%8,25" in on(YB, "politika", FIRST_DAY)
    assert "3.25%" in on(CP, "prime", QUIET) and "5.50%" in on(CP, "prime", d(2019, 1, 1))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
    assert "£75,000" in on(HM, "fscs", d(2016, 6, 1)) and "£85,000" in on(HM, "fscs", QUIET)
    assert "£20,000" in on(HM, "isa", d(2017, 4, 6))
    assert "no increase" in on(AP, "increase", d(2016, 5, 1))
    assert "3.0%" in on(AP, "increase", d(2018, 5, 1))
    assert "8% in total" in on(AP, "minimums", d(2019, 4, 6))
    assert "0,90 %" in on(RV, "garantiezins", d(2017, 1, 1))
    assert "175 Euro" in on(RV, "riester", d(2018, 1, 1))
    assert changes(CP, "ira") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "$6,000" in on(CP, "ira", d(2019, 5, 1)) and "$5,500" in on(CP, "ira", d(2018, 5, 1))
    assert IRA_LIMITS[2020][1] in on(CP, "ira", d(2020, 5, 1))
    assert changes(EY, "katki") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "5.332,50 TL" in on(EY, "katki", d(2017, 6, 1))
    assert "8.829,00 TL" in on(EY, "katki", d(2020, 6, 1))
    assert changes(TM, "gawio") == {iso(start) for start, _ in SACCO_GAWIO
                                    if iso(start) > FIRST_DAY}
    assert "mwaka 2019: 10%" in on(TM, "gawio", d(2020, 10, 1))
    assert changes(RV, "ueber") == {iso(start) for start, _ in RV_GESCHAEFT
                                    if iso(start) > FIRST_DAY}
    assert changes(MS, "sotto") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "৬.০০%" in on(MS, "fdr", d(2020, 4, 1))
    capital = {m[1] for t in group_lines(SET, NB, "nota")
               if (m := re.search(r"zakładowy ([\d ]+) zł", norm(t)))}
    assert capital == {"120 500 000", "135 250 000"}


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y in range(2015, 2021):
        good_friday = easter(y) - 2 * one
        if y < 2020:
            assert f"Easter {y}" in on(HM, "branches", good_friday), y
            assert f"Rosenmontag, {(easter(y) - 48 * one).day}." in on(
                SK, "oeffnung", easter(y) - 48 * one), y
            assert "Fronleichnam" in on(SK, "oeffnung", easter(y) + 60 * one), y
            assert "Boże Ciało" in on(NB, "placowki", easter(y) + 60 * one), y
        assert "bank holiday" in on(HM, "branches", d(y, 8, 31) - (d(y, 8, 31).weekday()) * one)
        assert f"Christmas {y}" in on(HM, "branches", d(y, 12, 24)), y
        assert f"24. und 31. Dezember {y}" in on(SK, "oeffnung", d(y, 12, 24)), y
        assert "Weltspartag" in on(SK, "oeffnung", weltspartag(y)), y
        assert f"1 listopada {y}" in on(NB, "placowki", d(y, 10, 31)), y
        assert f"24 i 31 grudnia {y}" in on(NB, "placowki", d(y, 12, 20)), y
        assert f"Ramazan Bayramı ({HIJRI[y]})" in on(YB, "sube", iso(RAMAZAN_BAYRAMI[y])), y
        assert f"Kurban Bayramı ({HIJRI[y]})" in on(YB, "sube", iso(KURBAN_BAYRAMI[y])), y
        assert "Kurban bağışı" in on(YB, "uyari", iso(KURBAN_BAYRAMI[y]) - 3 * one), y
        assert "Thanksgiving Day" in on(CP, "holiday", thanksgiving(y)), y
        assert "Sabasaba" in on(BP, "sikukuu", d(y, 7, 7)), y
        assert "Nanenane" in on(BP, "sikukuu", d(y, 8, 8)), y
        assert f"Christmas {y}" in on(AP, "helpline", d(y, 12, 20)), y
        assert "Kfz-Versicherung wechseln" in on(RV, "service", d(y, 11, 15)), y
        assert f"30. November {y}" in on(RV, "service", d(y, 11, 30)), y
        assert "Sikukuu ya Jamhuri" in on(TM, "matangazo", d(y, 12, 12)), y
        assert "ব্যাংক হলিডে" in on(MS, "chhuti", d(y, 12, 31)), y
        if y < 2020:
            assert "ঈদুল ফিতর" in on(MS, "chhuti", iso(BD_FITR[y])), y
            assert "ঈদুল আজহা" in on(MS, "chhuti", iso(BD_ADHA[y])), y
            assert "রমজান" in on(MS, "chhuti", iso(BD_RAMADAN[y]) + one), y
            assert "ব্যাংক হলিডে" in on(MS, "chhuti", d(y, 7, 1)), y
            assert "জাল নোট" in on(MS, "satarkata", iso(BD_FITR[y]) - 3 * one), y
            assert "Tax season" in on(CP, "fraud", d(y, 3, 1)), y
            assert f"AGM {y}" in on(HM, "vote", iso(HM_AGM[y]) - 10 * one), y
            assert f"AGM) {y}" in on(TM, "matangazo", iso(SACCO_AGM[y])), y
            assert f"sezon {y}" in on(TP, "zglos", d(y, 3, 15)), y
    assert found(YB, "sube", r"\((14\d\d)\)") == {str(h) for h in HIJRI.values()}
    assert found(MS, "chhuti", r"ঈদুল ফিতর ([০-৯]+)") == {bn(h) for h in HIJRI.values()}
    assert "Coronavirus" in on(HM, "branches", d(2020, 5, 8))
    assert "Early May bank holiday: our branches are closed on Monday 7 May" in on(
        HM, "branches", d(2018, 5, 7))
    assert "12 listopada 2018" in on(NB, "placowki", CENTENARY_HOLIDAY)
    assert "Rodzina 500+" in on(NB, "wniosek", d(2016, 4, 15))
    assert "każde dziecko" in on(NB, "wniosek", d(2019, 7, 1))
    assert found(NB, "wniosek", r"rok szkolny (\d{4})/") == {"2018", "2019", "2020"}
    assert "PSD2" in on(SK, "sicherheit", d(2019, 9, 14))
    assert "PSD2" in on(NB, "bezpieczenstwo", d(2019, 9, 14))
    assert "Coronavirus" in on(SK, "sicherheit", d(2020, 4, 1))
    assert "Weltspartag 2020" in on(SK, "oeffnung", weltspartag(2020))
    assert "Corona" in on(SK, "oeffnung", d(2020, 4, 1))
    assert "Stimulus" in on(CP, "fraud", d(2020, 5, 1))
    assert "lobbies" in on(CP, "holiday", d(2020, 4, 1))
    assert "Memorial Day" in on(CP, "holiday", d(2019, 5, 27))
    assert "Independence Day" in on(CP, "holiday", d(2020, 7, 3))
    for day in TZ_ELECTIONS:
        assert "Uchaguzi Mkuu" in on(BP, "sikukuu", day), day
    for day in KE_ELECTIONS:
        assert "uchaguzi" in on(TM, "matangazo", day), day
    assert "corona" in on(BP, "utapeli", d(2020, 4, 1))
    assert "imeahirishwa" in on(TM, "matangazo", d(2020, 3, 28))
    assert "সাধারণ ছুটি" in on(MS, "chhuti", d(2020, 4, 15))
    assert "online" in on(HM, "vote", d(2020, 7, 1))
    assert "coronavirus" in on(HM, "fraud", d(2020, 4, 1))
    assert "fake parcel" in on(HM, "fraud", d(2018, 12, 10))
    for first, last, name in STORMS:
        assert name in on(RV, "service", iso(first)) and name in on(RV, "service", iso(last))
    assert "Nawałnice" in on(TP, "zglos", d(2017, 8, 20))
    assert "cold calling" in on(AP, "scam", AP_COLD_CALLING)
    assert "coronavirus" in on(AP, "scam", d(2020, 5, 1))
    assert "bayram" not in on(EY, "hizmet", QUIET).lower()
    assert "Ramazan Bayramınız" in on(EY, "hizmet", iso(RAMAZAN_BAYRAMI[2018]))
    assert "Kurban Bayramınız" in on(EY, "hizmet", iso(KURBAN_BAYRAMI[2019]))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HM, "byline", HM_REDESIGN, "By {author}", "{author_beat}"),
        (HM, "related", HM_REDESIGN, "Related:", "You might also like:"),
        (HM, "app", HM_APP, "online banking", "app"),
        (HM, "fraud", HM_TAKE_FIVE, "full password", "Take Five"),
        (SK, "einlagen", SK_EINSIG, "Haftungsverbund", "Institutssicherungssystem"),
        (SK, "app", SK_MOBIL, "immer im Blick", "Android"),
        (SK, "app", SK_APPLE, "Android", "Apple Pay"),
        (NB, "bfg", d(2016, 10, 9), "obowiązkowego", "100 000 euro"),
        (YB, "mobil", YB_QR, "her an", "QR"),
        (CP, "app", CP_ZELLE, "Deposit checks", "Zelle"),
        (BP, "simu", BP_APP, "*150*55#", "Pakua"),
        (BP, "haki", BP_PLC, "Limited", "PLC"),
        (MS, "app", MS_APP, "ইন্টারনেট", "অ্যাপ"),
        (MS, "remittance", MS_INCENTIVE, "দেশ গড়ায়", "২%"),
        (TP, "rzecznik", TP_RZECZNIK, "Ubezpieczonych", "Finansowego"),
        (TP, "dane", TP_RODO, "ustawą", "RODO"),
        (TP, "owu", TP_IDD, "Szczegóły", "IPID"),
        (TP, "ppk", d(2019, 1, 2), "grupowe", "250 osób"),
        (EY, "oks", d(2017, 1, 1), "1.000 ve üzeri", "250-999")))
    assert_groups_reworded(SET, (
        (HM, "dated", "Posted on", "20"),
        (HM, "byline", "By ", "Written by"),
        (SK, "datum", ".20", ", "),
        (NB, "data", ".20", " r."),
    ))
    ppk = found(TP, "ppk", r"co najmniej (\d+) osób")
    assert ppk == {"250", "50", "20"}
    assert len(found(EY, "oks", r"itibaren ([\d.-]+) ")) == 5


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (MS, "songbad", r"[\u0980-\u09ff]"), (MS, "satarkata", r"[\u0980-\u09ff]"),
        (MS, "niyontrok", r"[\u0980-\u09ff]"), (YB, "tmsf", r"[ğışçöü]"),
        (EY, "getiri", r"[ğışçöü]"), (NB, "bezpieczenstwo", r"[ąęłńóśźż]"),
        (TP, "rzecznik", r"[ąęłńóśźż]"), (RV, "hinweis", r"[äöüß]"),
        (RV, "bafin", r"[äöüß]"), (BP, "leseni", r"leseni|inasimamiwa"),
        (TM, "sasra", r"akiba|mikopo")))
    assert all(not re.search(r"[0-9]", t) for t in group_lines(SET, MS, "hor"))
    assert any(re.search(r"[০-৯]", t) for t in group_lines(SET, MS, "tarikh"))
    assert any("বঙ্গাব্দ" in t for t in group_lines(SET, MS, "tarikh"))
    assert any(re.search(r"(Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili)", t)
               for t in group_lines(SET, BP, "tarehe"))
    assert any(re.search(r"(czerwca|lipca|września|października)", t)
               for t in group_lines(SET, NB, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HM}/dated", f"{HM}/byline", f"{HM}/related", f"{HM}/category",
                         f"{HM}/rates-correct", f"{SK}/datum", f"{SK}/rubrik", f"{NB}/data",
                         f"{NB}/kategoria", f"{YB}/tarih"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HM}/authorised", f"{HM}/office", f"{HM}/repossessed", f"{SK}/impressum",
        f"{NB}/bfg", f"{YB}/tmsf", f"{CP}/disclosure"))
    assert_carried_share(docs, HM, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("rates-correct", 0.3, 0.6), ("authorised", 0.35, 0.65), ("bank-rate", 0.05, 0.3)])
    assert_carried_share(docs, SK, [("datum", 0.75, 0.95), ("korrektur", 0.0, 0.12)])
    for fam in (f"{HM}/related", f"{NB}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HM, "isa"), (SK, "foto"), (NB, "rrso"), (YB, "ilgili"),
                               (CP, "also"), (BP, "simu"), (MS, "app"), (TM, "mpesa")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HM, "correction", 16), (SK, "korrektur"), (NB, "sprostowanie"), (YB, "duzeltme"),
        (CP, "correction"), (BP, "marekebisho"), (MS, "songshodhon"), (RV, "berichtigung"),
        (AP, "update"), (TP, "sprostowanie"), (EY, "duzeltme"), (TM, "marekebisho")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SK}/interessant", "Das könnte Sie auch interessieren: "),
        (f"{NB}/czytaj", "Czytaj także: "), (f"{YB}/ilgili", "İlgili haber: "),
        (f"{CP}/also", "You may also like: "), (f"{BP}/soma", "Soma pia: "),
        (f"{MS}/aro", "আরও পড়ুন: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (NB, "reklama", "REKLAMA"), (BP, "tangazo", "TANGAZO"),
        (MS, "songbad", "সংবাদ বিজ্ঞপ্তি"), (CP, "ncua", "Federally insured by NCUA."),
        (CP, "housing", "Equal Housing Opportunity")))
    assert_group_values_from_pool(SET, (
        (HM, "category", "category"), (SK, "rubrik", "rubrik"), (NB, "kategoria", "kategoria"),
        (YB, "kategori", "kategori"), (CP, "category", "category"), (BP, "kundi", "kundi"),
        (MS, "bibhag", "bibhag"), (RV, "rubrik", "rubrik"), (TP, "kategoria", "kategoria")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NB, "reklama", "REKLAMA"),
        (CP, "ncua", "Federally insured by NCUA."),
        (CP, "housing", "Equal Housing Opportunity")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HM: (["authorised", "office"], 2),
        SK: (["impressum", "copyright"], 2),
        NB: (["nota", "copyright"], 2),
        YB: (["sicil", "telif"], 2),
        CP: (["routing", "ncua", "housing", "copyright"], 3),
        BP: (["leseni", "huduma", "haki"], 2),
        MS: (["niyontrok", "callcenter", "sotto"], 3),
        RV: (["ueber", "pressekontakt"], 2),
        AP: (["regulator", "trustee", "copyright"], 3),
        TP: (["knf", "stopka", "copyright"], 2),
        EY: (["unvan", "telif"], 2),
        TM: (["sasra", "mawasiliano", "haki"], 2)})


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
