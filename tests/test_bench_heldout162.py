"""The held-back-162 template set (`tests.bench.heldout_templates_162`): its localised dates
(printed day by day in English with American daylight and standard time, German, Italian,
Polish with genitive month names, Arabic with the Hijri date in Arabic-Indic digits, Thai
with the Buddhist-era year and Korean with the weekday, several changing form on the day of
a redesign), the lines that turn every day, week and month (a timetable-change countdown,
scheduled departures to each Monday, monthly passengers, a fuel surcharge), the strike,
storm and works banners by date, the calendars some notices follow (Ramadan and the Hajj by
the Hijri calendar, Seollal and Chuseok, Songkran, All Saints, Easter, timetable changes,
IATA seasons, trade shows, the pandemic), the fares, taxes and counts that change over the
years, the lines in several languages and scripts, the variation it promises, its
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

from tests.bench.heldout_calendar import easter, last_weekday
from tests.bench.heldout_templates_162 import (
    AC_APP,
    AC_PARCHEGGIO,
    AC_REDESIGN,
    AC_SCIOPERI,
    AJ_INSTAGRAM,
    AJ_REDESIGN,
    AJ_VAT,
    AW_NEWSLETTER,
    AW_PRO,
    AW_REDESIGN,
    AW_SHOWS,
    CA_ALERTS,
    CA_DESTINATIONS,
    CA_FARES,
    CA_REDESIGN,
    CHUSEOK,
    FB_REDESIGN,
    FB_STREIKS,
    FB_WEBSITE,
    FB_ZIELE,
    FERIEN,
    FIRST_DAY,
    HN_APP,
    HN_FLEET,
    HN_REDESIGN,
    LAST_DAY,
    MS_FARES,
    MS_LINE,
    MS_REDESIGN,
    NE_PRIVACY,
    NE_REDESIGN,
    NE_WHATSAPP,
    SEOLLAL,
    TV_BIGLIETTO,
    TV_REDESIGN,
    TV_SCIOPERI,
    TW_REDESIGN,
    TW_RODO,
    WB_APP,
    WB_BAU,
    WB_FORMULAR,
    WB_MONATSKARTE,
    WB_REDESIGN,
    WB_STREIKS,
    ZL_BILETY,
    ZL_REDESIGN,
    arabic,
    be_year,
    december_change,
    departures,
    hijri,
    last_month,
    monday_of,
    passeggeri,
    surcharge_step,
    us_daylight,
    value_on,
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
    wording_matches,
    wording_on,
)

SET = "held-back-162"
SITES = ("AeroWire Daily", "Weserland-Bahn", "Aeroporto di Carsola", "Torowisko.pl",
         "أجنحة نيوز", "Northgate Echo", "하늘항공", "เมโทรสยาม", "Trasporti Valmarina",
         "Flughafen Bergfeld", "ZTM Lesznów", "Corrib Air")
AW, WB, AC, TW = ("aerowiredaily.com", "weserlandbahn.de", "aeroportocarsola.it",
                  "torowisko.pl")
AJ, NE, HN, MS = ("ajnihanews.com", "northgateecho.co.uk", "haneulair.co.kr",
                  "metrosiam.co.th")
TV, FB, ZL, CA = ("valmarinabus.it", "flughafen-bergfeld.de", "ztmlesznow.pl", "corribair.ie")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((AW, "dated"), (WB, "datum"), (AC, "data"), (TW, "data"), (AJ, "tarikh"),
         (NE, "updated"), (HN, "nalja"), (MS, "wanthi"), (TV, "data"), (FB, "datum"),
         (ZL, "data"), (CA, "dated"))
# The lines worked out day by day whose text turns on given days only.
TURNING = ((AW, "schedules"), (WB, "fahrplan"), (AC, "traffico"), (TW, "utk"),
           (AJ, "tanbih"), (HN, "yuryu"), (FB, "zahlen"))
# The notices that follow calendars.
BANNERS = ((AW, "notice"), (WB, "banner"), (AC, "avviso"), (TW, "rozklad"), (NE, "banner"),
           (HN, "gonji"), (MS, "sathana"), (TV, "avviso"), (FB, "hinweis"), (ZL, "rozklad"),
           (CA, "banner"))
# Amounts in force from given days.
TABLES = ((WB, "preis", WB_MONATSKARTE), (AC, "parcheggio", AC_PARCHEGGIO),
          (MS, "khaduaysan", MS_FARES), (TV, "biglietto", TV_BIGLIETTO),
          (ZL, "bilety", ZL_BILETY), (CA, "fares", CA_FARES), (CA, "about", CA_DESTINATIONS),
          (HN, "sogae", HN_FLEET))

YEARS_ALL = range(2015, 2021)
QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    AW: "Get AeroWire Daily in your inbox every weekday morning.",
    WB: "Aktuelle Störungen und Baustellen: weserlandbahn.de/verkehrslage",
    AC: "Prima di partire verifica lo stato del tuo volo con la compagnia aerea",
    TW: "Przed podróżą sprawdź aktualny rozkład jazdy u przewoźnika",
    NE: "Travel news for roads, rail and flights across the North East",
    HN: "하늘항공 회원으로 가입하면 모바일 탑승권과 포인트 적립을 이용할 수 있습니다",
    MS: "ตรวจสอบสถานะการเดินรถก่อนออกเดินทางได้ที่แอปพลิเคชันเมโทรสยาม",
    TV: "Orari e percorsi aggiornati su valmarinabus.it",
    FB: "Bitte seien Sie spätestens zwei Stunden vor Abflug am Terminal.",
    ZL: "Rozkłady jazdy i planer podróży: ztmlesznow.pl/rozklady",
    CA: "Book direct at corribair.ie for our lowest fares",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((FB, "flugplan"), (AJ, "dariba")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2018, 9, 12),
        d(2019, 12, 15), d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert not us_daylight(d(2019, 11, 3)) and us_daylight(d(2019, 11, 2))
    assert [december_change(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 12, 13), d(2016, 12, 11), d(2019, 12, 15), d(2020, 12, 13)]
    assert hijri(AJ_REDESIGN) == (1440, 1, 1) and hijri(d(2015, 6, 18)) == (1436, 9, 1)
    assert hijri(d(2020, 4, 24))[:2] == (1441, 9)
    assert be_year(2019) == 2562 and arabic(1440) == "١٤٤٠"
    assert last_month(d(2019, 3, 10), 10) == (2019, 2) and last_month(d(2019, 1, 9), 10) == (
        2018, 11)
    assert monday_of(d(2019, 6, 23)) == monday_of(d(2019, 6, 17)) == d(2019, 6, 17)
    assert departures(d(2020, 4, 20)) < 0.5 * departures(d(2019, 4, 22))
    assert passeggeri(2020, 4) < 0.05 * passeggeri(2019, 4)
    assert surcharge_step(2016, 3) == 0 and surcharge_step(2018, 11) >= 8
    assert surcharge_step(2020, 6) == 0


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AW, "dated", old, r"March 5, 2016")
    full(AW, "dated", d(2016, 9, 13), r"Sept\. 13, 2016")
    full(AW, "dated", new, rf"Friday, June 19, 2020 \| {clock12} EDT")
    full(AW, "dated", winter, rf"Monday, December 7, 2020 \| {clock12} EST")
    full(AW, "schedules", new, r"Schedules, week of June 15: [\d,]+ U\.S\. departures filed "
                               r"\(-\d\d\.\d% year over year\)")
    full(WB, "datum", old, r"05\.03\.2016")
    full(WB, "datum", new, rf"Veröffentlicht am 19\. Juni 2020 um {clock} Uhr")
    full(AC, "data", old, "05/03/2016")
    full(AC, "data", new, rf"Venerdì 19 giugno 2020, ore {clock}")
    full(AC, "traffico", new, r"Traffico di maggio 2020: [\d.]+ passeggeri \(−\d\d,\d% "
                              r"rispetto a maggio 2019\)")
    full(TW, "data", old, rf"05\.03\.2016, {clock}")
    full(TW, "data", new, r"piątek, 19 czerwca 2020 r\.")
    full(TW, "utk", new, r"Dane UTK: w kwietniu 2020 r\. koleje przewiozły \d+,\d mln "
                         r"pasażerów \(−\d\d,\d% r/r\)")
    full(AJ, "tarikh", old, "5 مارس 2016")
    full(AJ, "tarikh", new, "الجمعة ٢٧ شوال ١٤٤١ هـ الموافق ١٩ يونيو ٢٠٢٠ م")
    full(NE, "updated", old, rf"Last updated: Saturday 5 March 2016, {clock}")
    full(NE, "updated", new, rf"Updated {clock} · 19 Jun 2020")
    full(HN, "nalja", old, "2016.03.05")
    full(HN, "nalja", new, r"등록일 2020년 6월 19일\(금\)")
    full(HN, "yuryu", d(2018, 11, 5), r"2018년 11월 발권 국제선 유류할증료: "
                                      r"\d+단계, 편도 [\d,]+원 ~ [\d,]+원")
    full(MS, "wanthi", old, "5 มี.ค. 2559")
    full(MS, "wanthi", new, rf"อัปเดตล่าสุด 19 มิ\.ย\. 63 \| {clock} น\.")
    full(TV, "data", old, "5 marzo 2016")
    full(TV, "data", new, rf"Pubblicato: 19/06/2020 {clock}")
    full(FB, "datum", old, r"Bergfeld, 05\.03\.2016")
    full(FB, "datum", new, r"Pressemitteilung vom 19\. Juni 2020")
    full(FB, "zahlen", new, r"Verkehrszahlen Mai 2020: [\d.]+ Fluggäste \(−\d\d,\d % zum "
                            r"Vorjahresmonat\)")
    full(ZL, "data", old, r"Data publikacji: 05\.03\.2016")
    full(ZL, "data", new, rf"opublikowano 19 czerwca 2020 r\., godz\. {clock}")
    full(CA, "dated", old, "Galway, 5 March 2016")
    full(CA, "dated", new, "Friday 19 June 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("|" in on(AW, "dated", day)) == (day >= AW_REDESIGN)
        if day >= AW_REDESIGN:
            assert on(AW, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
        assert on(WB, "datum", day).startswith("Veröffentlicht") == (day >= WB_REDESIGN)
        assert ("ore" in on(AC, "data", day)) == (day >= AC_REDESIGN)
        assert on(TW, "data", day).endswith(" r.") == (day >= TW_REDESIGN)
        assert ("هـ" in on(AJ, "tarikh", day)) == (day >= AJ_REDESIGN)
        assert bool(re.search(r"[0-9]", on(AJ, "tarikh", day))) == (day < AJ_REDESIGN)
        assert on(NE, "updated", day).startswith("Last") == (day < NE_REDESIGN)
        assert on(HN, "nalja", day).startswith("등록일") == (day >= HN_REDESIGN)
        assert on(MS, "wanthi", day).startswith("อัปเดต") == (day >= MS_REDESIGN)
        assert str(be_year(day.year) % 100) in on(MS, "wanthi", day)
        assert on(TV, "data", day).startswith("Pubblicato") == (day >= TV_REDESIGN)
        assert on(FB, "datum", day).startswith("Pressemitteilung") == (day >= FB_REDESIGN)
        assert on(ZL, "data", day).startswith("opublikowano") == (day >= ZL_REDESIGN)
        assert on(CA, "dated", day).startswith("Galway") == (day < CA_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_hijri_dates_and_their_calendar() -> None:
    hijri_years = set()
    for day in every_day():
        hy, hm, hd = hijri(day)
        text = on(AJ, "tarikh", day)
        if day >= AJ_REDESIGN:
            assert text.startswith(f"{arabic(hd)} ", text.index(" ") + 1), text
            assert f" {arabic(hy)} هـ" in text
        notice = on(AJ, "tanbih", day)
        if day.year < 2020:
            if hm == 9:
                assert f"رمضان {hy}" in notice, day
                hijri_years.add(hy)
            elif (hm, hd) in ((11, 20), (12, 9)):
                assert f"موسم حج {hy}" in notice, day
            elif hm in (1, 4, 7):
                assert notice == "تحقق من حالة رحلتك قبل التوجه إلى المطار", day
    assert hijri_years == set(range(1436, 1441))
    assert "تعليق" in on(AJ, "tanbih", d(2020, 4, 26))  # Ramadan 1441: flights suspended
    assert "الكمامة" in on(AJ, "tanbih", d(2020, 7, 30))


def test_lines_that_turn_by_day_week_and_month() -> None:
    weekly = changes(AW, "schedules")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    assert changes(AC, "traffico") == {day for day in every_day() if day.day == 10}
    assert changes(TW, "utk") == {day for day in every_day() if day.day == 28}
    assert changes(FB, "zahlen") == {day for day in every_day() if day.day == 8}
    surcharge = changes(HN, "yuryu")
    assert len(surcharge) >= 60 and all(day.day == 1 for day in surcharge)
    steps = found(HN, "yuryu", r"(\d+)단계")
    assert len(steps) >= 5 and "미부과" in on(HN, "yuryu", d(2016, 4, 5))
    shares = {m[1] for t in group_lines(SET, AW, "schedules")
              if (m := re.search(r"filed \(([+-]\d+\.\d)%", norm(t)))}
    assert len(shares) >= 5
    for y in YEARS_ALL:
        change = december_change(y)
        assert on(WB, "fahrplan", change) == f"Heute tritt der Fahrplan {y + 1} in Kraft."
        assert on(WB, "fahrplan", change - one).startswith("Morgen")
        for left in range(2, 22):
            assert on(WB, "fahrplan", change - left * one).startswith(f"Noch {left} Tage"), y
        assert "Fahrplanwechsel" not in on(WB, "fahrplan", change - 22 * one)
    countdown = {day for day in changes(WB, "fahrplan")
                 if 0 <= (december_change(day.year) - day).days <= 21}
    assert len(countdown) == 6 * 22


def test_strike_storm_and_works_banners_by_date() -> None:
    for first, last, union in WB_STREIKS:
        text = on(WB, "banner", iso(first) - 2 * one)
        assert union in text and f"{iso(last).day}. " in text, first
        assert union in on(WB, "banner", iso(last))
    assert "Montag, 10. Dezember 2018" in on(WB, "banner", d(2018, 12, 10))
    assert "Xavier" in on(WB, "banner", d(2017, 10, 5))
    for first, last, where in WB_BAU:
        assert where in on(WB, "banner", iso(first) - 7 * one)
        assert where in on(WB, "banner", iso(last))
    assert "Maskenpflicht" in on(WB, "banner", d(2020, 10, 1))
    for day in AC_SCIOPERI:
        strike = iso(day)
        for when in (strike - 5 * one, strike):
            assert f"{strike.day} " in on(AC, "avviso", when) and "Sciopero" in on(
                AC, "avviso", when), day
    assert "Pista chiusa" in on(AC, "avviso", d(2019, 9, 1))
    for day, hours in TV_SCIOPERI:
        strike = iso(day)
        if strike < d(2020, 3, 12) or strike > d(2020, 5, 17):
            assert f"Sciopero di {hours} ore" in on(TV, "avviso", strike), day
            assert f" {strike.day} " in on(TV, "avviso", strike - 4 * one), day
    for day in FB_STREIKS:
        strike = iso(day)
        assert f"{strike.day}. " in on(FB, "hinweis", strike - 2 * one) and "Warnstreik" in on(
            FB, "hinweis", strike), day
    assert "Beast from the East" in on(NE, "banner", d(2018, 3, 1))
    assert "Gatwick" in on(NE, "banner", d(2018, 12, 20))
    assert "Northern" in on(NE, "banner", d(2018, 6, 1))
    assert "Storm Ciara" in on(NE, "banner", d(2020, 2, 9))
    assert "Storm Ophelia" in on(CA, "banner", d(2017, 10, 16))
    assert "suspended" in on(CA, "banner", d(2020, 5, 1))


def test_notices_follow_the_calendars() -> None:
    for domain, family in BANNERS:
        if domain in FIRST_WORDINGS:
            assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    for first, last, name, city in AW_SHOWS:
        assert f"{name}, {city}" in on(AW, "notice", iso(first))
        assert name in on(AW, "notice", iso(last)) or name == "World Routes 2019"  # Thomas Cook
    assert "shutdown" in on(AW, "notice", d(2019, 1, 10))
    assert "Thomas Cook" in on(AW, "notice", d(2019, 9, 30))
    for y in YEARS_ALL:
        change = december_change(y)
        if y < 2020:
            assert f"od {change.day} grudnia {y}" in on(TW, "rozklad", change - 7 * one), y
            assert f"Wszystkich Świętych {y}" in on(TW, "rozklad", d(y, 11, 1)), y
            assert f"Wszystkich Świętych {y}" in on(ZL, "rozklad", d(y, 10, 30)), y
            assert f"Wigilia i Boże Narodzenie {y}" in on(ZL, "rozklad", d(y, 12, 24)), y
            assert f"Wielkanoc {y}" in on(ZL, "rozklad", easter(y)), y
            assert "Dzień bez Samochodu" in on(ZL, "rozklad", d(y, 9, 22)), y
        march = last_weekday(y, 3, 6)  # the IATA summer season's first day
        assert on(FB, "flugplan", march).startswith(f"Sommerflugplan {y}: {FB_ZIELE[y][0]} ")
        october = last_weekday(y, 10, 6)
        assert on(FB, "flugplan", october).startswith(f"Winterflugplan {y}/")
        assert on(FB, "flugplan", october - one).startswith("Sommerflugplan")
        assert f"Sommerferien {y}" in on(FB, "hinweis", iso(FERIEN[y])) or y == 2020
        assert f"Capodanno {y + 1}" in on(TV, "avviso", d(y, 12, 31)), y
        assert f"คืนข้ามปี {be_year(y)}" in on(MS, "sathana", d(y, 12, 30)) or y == 2020
        if y != 2020:
            assert f"สงกรานต์ {be_year(y)}" in on(MS, "sathana", d(y, 4, 13)), y
    assert changes(FB, "flugplan") == {last_weekday(y, m, 6) for y in YEARS_ALL
                                       for m in (3, 10)}
    assert "Korekta rozkładu" in on(TW, "rozklad", d(2019, 3, 10))
    assert "połowa" in on(TW, "rozklad", d(2020, 4, 15))
    assert "Sommerferien 2020" in on(FB, "hinweis", iso(FERIEN[2020]))
    for day in SEOLLAL:
        assert f"{day[:4]}년 설 연휴" in on(HN, "gonji", iso(day)), day
    for day in CHUSEOK:
        assert f"{day[:4]}년 추석 연휴" in on(HN, "gonji", iso(day)) or day.startswith("2020")
    assert "제2여객터미널" in on(HN, "gonji", d(2018, 1, 18))
    assert "메르스" in on(HN, "gonji", d(2015, 6, 20))
    assert "마스크" in on(HN, "gonji", d(2020, 10, 1))
    assert "เคอร์ฟิว" in on(MS, "sathana", d(2020, 4, 13))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AW, "byline", AW_REDESIGN, "By {author}", "{author_beat}"),
        (AW, "pro", AW_PRO, "available to", "Subscriber exclusive"),
        (AW, "notice", AW_NEWSLETTER, "every weekday morning", "6 a.m."),
        (AW, "copyright", AW_REDESIGN, "All rights reserved", "Terms of Use"),
        (WB, "fahrgastrechte", WB_FORMULAR, "erstatten wir", "online"),
        (AC, "avviso", AC_APP, "compagnia aerea", "app"),
        (TW, "autor", TW_REDESIGN, "Autor:", "Torowisko.pl"),
        (TW, "newsletter", TW_RODO, "bądź na bieżąco", "RODO"),
        (AJ, "tawasul", AJ_INSTAGRAM, "حسابنا", "إنستغرام"),
        (NE, "live", NE_REDESIGN, "LIVE", "UPDATES"),
        (NE, "banner", NE_WHATSAPP, "Travel news", "Send us"),
        (NE, "newsletter", NE_PRIVACY, "sign up here", "privacy notice"),
        (HN, "hwagin", HN_APP, "바뀔 수", "출도착 조회"),
        (MS, "social", MS_LINE, "ทวิตเตอร์", "LINE"),
        (TV, "avviso", d(2018, 4, 3), "Orari e percorsi", "tempo reale"),
        (FB, "flugstatus", FB_WEBSITE, "Fluggesellschaft", "/abflug"),
        (CA, "status", CA_ALERTS, "Always check", "alerts by text")))
    assert on(WB, "fahrplan", WB_APP - 30 * one).startswith("Fahrplanauskunft")
    assert on(WB, "fahrplan", WB_APP).startswith("📱")
    assert_groups_reworded(SET, (
        (AW, "dated", ", 20", "|"),
        (WB, "datum", ".20", "Uhr"),
        (AW, "byline", "By ", " | "),
        (AC, "data", "/20", "ore"),
        (TW, "data", ".20", " r."),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if FIRST_DAY <= iso(start) <= LAST_DAY:
                assert value in on(domain, family, iso(start)), (domain, start)
        assert value_on(FIRST_DAY, table) in on(domain, family, FIRST_DAY), domain
    assert "191,70" in on(WB, "preis", d(2020, 7, 1)) and "195,30" in on(WB, "preis",
                                                                       d(2020, 6, 30))
    assert "196,80" in on(WB, "preis", LAST_DAY)
    assert changes(AJ, "dariba") == {iso(start) for start, _ in AJ_VAT[1:]}
    assert "لا تشمل" in on(AJ, "dariba", d(2017, 6, 1))
    assert "5%" in on(AJ, "dariba", d(2019, 6, 1)) and "15%" in on(AJ, "dariba", d(2020, 7, 1))
    assert "15대" in on(HN, "sogae", d(2015, 6, 1)) and "31대" in on(HN, "sogae", d(2020, 6, 1))
    fares = {m[1] for t in group_lines(SET, CA, "fares") if (m := re.search(r"€([\d.]+)",
                                                                           norm(t)))}
    assert len(fares) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (AJ, "tarikh", r"[\u0600-\u06ff]"), (AJ, "naql", r"[\u0600-\u06ff]"),
        (AJ, "ilan", r"[\u0600-\u06ff]"), (HN, "nalja", r"\d"), (HN, "bodo", r"[\uac00-\ud7a3]"),
        (HN, "hwagin", r"[\uac00-\ud7a3]"), (MS, "wanthi", r"[\u0e00-\u0e7f]"),
        (MS, "khothot", r"[\u0e00-\u0e7f]"), (WB, "vorbehalt", r"[Ääöüß]"),
        (TW, "kopiowanie", r"[ąćęłńóśźż]"), (ZL, "infolinia", r"[ąćęłńóśźż]"),
        (AC, "liquidi", r"[a-z]")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, AJ, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, AJ, "tarikh"))
    assert any(t.endswith("EST") for t in group_lines(SET, AW, "dated"))
    assert any(t.endswith("EDT") for t in group_lines(SET, AW, "dated"))
    assert any("น." in t for t in group_lines(SET, MS, "wanthi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AW}/dated", f"{AW}/byline", f"{AW}/related", f"{AW}/channel",
                         f"{AW}/route", f"{AW}/copyright", f"{AW}/schedules", f"{WB}/datum",
                         f"{WB}/gilt", f"{AC}/data", f"{AC}/collegamento"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AW}/reprints", f"{AW}/copyright", f"{WB}/firma", f"{WB}/telefon",
        f"{AC}/ufficio", f"{AC}/liquidi", f"{TW}/kopiowanie"))
    assert_carried_share(docs, AW, [
        ("dated", 0.82, 0.99), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("schedules", 0.08, 0.3), ("notice", 0.15, 0.45), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, WB, [("datum", 0.78, 0.99), ("kontakt", 0.3, 0.6),
                                    ("korrektur", 0.0, 0.12)])
    for fam in (f"{AW}/related", f"{AW}/advertisement", f"{TW}/czytaj", f"{TW}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((AW, "route"), (WB, "sev"), (AC, "collegamento"),
                               (TW, "zdjecie"), (AJ, "khatt"), (HN, "noseon"),
                               (MS, "sathani"), (TV, "linee")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AW, "correction", 16), (WB, "korrektur"), (AC, "rettifica"), (TW, "sprostowanie"),
        (AJ, "tashih"), (NE, "correction"), (HN, "jeongjeong"), (MS, "kaekhai"),
        (TV, "rettifica"), (FB, "korrektur"), (ZL, "aktualizacja"), (CA, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{AW}/related", "Related: "), (f"{AC}/leggi", "Leggi anche: "),
        (f"{TW}/czytaj", "Czytaj także: "), (f"{AJ}/iqra", "اقرأ أيضاً: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AW, "advertisement", "ADVERTISEMENT"), (TW, "reklama", "REKLAMA"),
        (AC, "pubblicita", "Pubblicità"), (AJ, "ilan", "إعلان"), (HN, "kkeut", "# # #"),
        (WB, "kontakt", "Pressekontakt:"), (NE, "show-more", "Show more updates"),
        (ZL, "komunikat", "Komunikat"), (CA, "ends", "– Ends –")))
    assert_group_values_from_pool(SET, (
        (AW, "channel", "channel"), (WB, "rubrik", "rubrik"), (AC, "sezione", "sezione"),
        (TW, "kategoria", "kategoria"), (AJ, "qism", "qism"), (MS, "muad", "muad")))
    routes = {norm(t).removeprefix("Route: ") for t in group_lines(SET, AW, "route")}
    assert routes and len(routes & pool(SET, AW, "route")) >= 4
    lines = [norm(t).removeprefix("Gilt für: ") for t in group_lines(SET, WB, "gilt")]
    assert any(", " in t for t in lines)
    listed = sum(set(t.split(", ")) <= pool(SET, WB, "linien") for t in lines)
    assert listed >= 0.9 * len(lines)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (AW, "advertisement", "ADVERTISEMENT"),
        (WB, "vorbehalt", "Änderungen vorbehalten."),
        (AC, "liquidi", "Nel bagaglio a mano sono ammessi liquidi solo in contenitori da "
                        "massimo 100 ml, in una busta trasparente da un litro.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        AW: (["reprints", "copyright"], 2),
        WB: (["vorbehalt", "kontakt", "firma", "telefon"], 3),
        AC: (["ufficio", "recapiti", "copyright"], 3),
        TW: (["prawa", "kopiowanie"], 2),
        AJ: (["huquq", "naql"], 2),
        NE: (["show-more", "copyright"], 2),
        HN: (["kkeut", "sogae", "munui"], 3),
        MS: (["callcenter", "copyright"], 2),
        TV: (["numero-verde", "copyright"], 2),
        FB: (["ueber", "pressekontakt"], 2),
        ZL: (["przepraszamy", "infolinia", "copyright"], 2),
        CA: (["ends", "about", "media"], 2)})


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
