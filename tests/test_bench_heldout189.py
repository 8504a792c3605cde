"""The held-back-189 template set (`tests.bench.heldout_templates_189`): its localised dates
(printed day by day in British and American English, Italian, German with a club's two-digit
years, Vietnamese with the formal press-release date and GMT+7, Thai with the Buddhist-era
year and Dutch, several changing form on the day of a redesign), the lines that turn every
day (a bike-share's system status, "last updated"), every week (a weekly's issue, to each
Wednesday), every fortnight (Vietnam's petrol price) and every month (a monthly's issue, club
nights, a Stammtisch), the model years that prices roll over to (each autumn, on a motor
show's opening day, a club's season from November), the prices, ranges, fees and passes that
change over the years, the road-safety notices, the notices it rewords by date, the
calendars some notices follow (the TT, Motorcycle Live, EICMA, Motor Bike Expo, the Mugello
Grand Prix, Intermot, the Motorbeurs Utrecht, the Bangkok Motor Show and the Motor Expo,
Songkran's and New Year's dangerous days, Tết, Vietnam's holidays, Bike to Work Day, Election
Day, rallies, blessings, season openers, toy runs, the pandemic), the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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
from tests.bench.heldout_templates_189 import (
    BT_LINE,
    BT_REDESIGN,
    EICMA,
    ELECTION_DAYS,
    FIRST_DAY,
    HELMET_FINES,
    KW_KIT,
    KW_NEWSLETTER,
    KW_REDESIGN,
    LAST_DAY,
    LM_CITIES,
    LM_FLEET,
    LM_HELMETS,
    LM_PRICES,
    LM_SCOOTERS,
    MC_GDPR,
    MC_REDESIGN,
    MF_BEITRAG,
    MF_REDESIGN,
    MOTOR_BIKE_EXPO,
    MOTOR_EXPO,
    MOTOR_SHOW,
    MOTORBEURS,
    MOTORCYCLE_LIVE,
    MUGELLO,
    PC_ECOBONUS,
    PC_NEWSLETTER,
    PC_REDESIGN,
    SM_MODELS,
    SM_PIN,
    SM_REDESIGN,
    SN_GDPR,
    SN_REDESIGN,
    TET,
    TR_PASSES,
    TR_REDESIGN,
    TR_SPONSOR,
    TT,
    ULEZ,
    WR_REDESIGN,
    WR_SUBS,
    XH_LICENCE,
    XH_REDESIGN,
    XH_ZALO,
    ZD_NEWSLETTER,
    ZD_REDESIGN,
    be_year,
    bt_model_year,
    dots,
    fortnight_start,
    kw_issue,
    mc_raduno,
    model_year,
    next_nth,
    ron95,
    tr_in_season,
    wednesday_of,
    wr_rally,
    zd_issue,
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

SET = "held-back-189"
SITES = ("Kneedown Weekly", "Pieghe & Cordoli", "Zweirad-Depesche", "Xế Hai Bánh",
         "บิ๊กไบค์ไทม์", "Snor & Brom", "Lumo", "Twin Rivers Bike Share", "Wyvern Riders MCC",
         "Sao Mai EV", "Moto Club Tre Valli", "Motorradfreunde Hunsrück")
KW, PC, ZD, XH = ("kneedownweekly.co.uk", "piegheecordoli.it", "zweirad-depesche.de",
                  "xehaibanh.vn")
BT, SN, LM, TR = ("bigbiketime.co.th", "snorenbrom.nl", "lumomobility.com",
                  "twinriversbikeshare.org")
WR, SM, MC, MF = ("wyvernriders.org.uk", "saomaiev.vn", "motoclubtrevalli.it",
                  "mf-hunsrueck.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((KW, "dated"), (PC, "data"), (ZD, "datum"), (XH, "ngay"), (BT, "wanthi"),
         (SN, "datum"), (LM, "dateline"), (TR, "posted"), (WR, "posted"), (SM, "ngay"),
         (MC, "data"), (MF, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((TR, "status"), (SN, "bijgewerkt"))
# The notices that follow calendars, and their wording on a quiet day.
QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
BANNERS = {
    (KW, "notice"): "Get the Kneedown Weekly newsletter in your inbox every Friday",
    (PC, "avviso"): "Iscriviti alla newsletter di Pieghe & Cordoli",
    (ZD, "hinweis"): "Jeden Donnerstag: Tests, Touren und Termine im Newsletter. Jetzt "
                     "anmelden",
    (XH, "thongbao"): "Theo dõi Xế Hai Bánh trên Facebook và YouTube",
    (BT, "plodphai"): "สวมหมวกกันน็อกทุกครั้งที่ขับขี่ เพื่อความปลอดภัยของตัวคุณเอง",
    (BT, "prakat"): "ติดตามข่าวรถใหม่ได้ทางเพจเฟซบุ๊กบิ๊กไบค์ไทม์",
    (SN, "nieuwsbrief"): "Meld je aan voor de gratis nieuwsbrief van Snor & Brom",
    (LM, "notice"): "Download the Lumo app for iOS and Android",
    (TR, "events"): "Follow us for station updates and free-ride days",
    (WR, "diary"): "Membership is open to all riders: join online or at any club night",
    (SM, "daily"): "Tìm đại lý Sao Mai EV gần nhất tại saomaiev.vn/dai-ly",
    (MC, "avvisi"): "Ci trovi ogni venerdì sera in sede, via Roma 18, Clusone",
    (MF, "termine"): "Gäste sind bei allen Ausfahrten herzlich willkommen.",
}
# Amounts in force from given days.
TABLES = ((LM, "pricing", LM_PRICES), (LM, "fleet", LM_FLEET), (TR, "passes", TR_PASSES),
          (WR, "subs", WR_SUBS), (SM, "gia", SM_MODELS), (MF, "beitrag", MF_BEITRAG))
# The lines that name the model year (or season) on sale, and the month-day it rolls over.
MODEL_YEARS = ((KW, "model-year", "10-01"), (PC, "listino", "09-01"), (XH, "giaxe", "09-01"),
               (SN, "prijzen", "10-01"), (MC, "tessera", "11-01"))

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + tuple(BANNERS) + tuple(
        (domain, family) for domain, family, _ in TABLES) + tuple(
        (domain, family) for domain, family, _ in MODEL_YEARS) + (
        (KW, "issue"), (ZD, "heft"), (ZD, "preise"), (XH, "giaxang"), (BT, "raka"),
        (LM, "about"), (WR, "clubnight"), (MF, "stammtisch")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 11, 18), d(2018, 4, 13), d(2019, 6, 15),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert wednesday_of(d(2019, 6, 23)) == wednesday_of(d(2019, 6, 19)) == d(2019, 6, 19)
    assert wednesday_of(d(2019, 6, 18)) == d(2019, 6, 12)
    assert next_nth(d(2019, 6, 6), 3, 1) == d(2019, 6, 6)
    assert next_nth(d(2019, 6, 7), 3, 1) == d(2019, 7, 4)
    assert next_nth(d(2019, 12, 14), 4, 2) == d(2020, 1, 10)
    assert fortnight_start(d(2020, 6, 19)) == d(2020, 6, 16)
    assert fortnight_start(d(2020, 6, 15)) == d(2020, 6, 1)
    assert model_year(d(2019, 9, 30), "10-01") == 2019 and model_year(d(2019, 10, 1),
                                                                        "10-01") == 2020
    assert be_year(2019) == 2562 and dots(17590) == "17.590"
    assert bt_model_year(d(2018, 11, 27)) == 2561 and bt_model_year(d(2018, 11, 28)) == 2562
    assert kw_issue(d(2015, 1, 7)) == (3001, d(2015, 1, 7))
    assert kw_issue(d(2015, 1, 20)) == (3002, d(2015, 1, 14))
    assert zd_issue(d(2019, 6, 26)) == (7, 2019, d(2019, 6, 26))
    assert zd_issue(d(2019, 6, 25)) == (6, 2019, d(2019, 5, 29))
    assert zd_issue(d(2019, 12, 30)) == (1, 2020, d(2019, 12, 25))
    assert tr_in_season(d(2019, 4, 1)) and tr_in_season(d(2019, 11, 15))
    assert not tr_in_season(d(2019, 11, 16)) and not tr_in_season(d(2020, 3, 31))
    assert wr_rally(2019) == d(2019, 7, 14) and mc_raduno(2019) == d(2019, 6, 30)
    assert 10_000 < ron95(d(2020, 5, 1)) < 13_000 < 20_000 < ron95(d(2018, 10, 16))


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KW, "dated", old, "Sat 5 Mar 2016")
    full(KW, "dated", new, rf"Updated: 19 June 2020 · {clock}")
    full(KW, "issue", new, r"On sale now: Kneedown Weekly issue \d{4}, out Wednesday 17 June")
    full(PC, "data", old, rf"05/03/2016 - {clock}")
    full(PC, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(ZD, "datum", old, r"05\.03\.2016")
    full(ZD, "datum", new, rf"Veröffentlicht am 19\. Juni 2020, {clock} Uhr")
    full(ZD, "heft", new, r"Die Zweirad-Depesche 06/2020 ist seit 27\. Mai im Handel\.")
    full(XH, "ngay", old, rf"05/03/2016 {clock}")
    full(XH, "ngay", new, rf"Thứ Sáu, 19/6/2020, {clock} \(GMT\+7\)")
    full(XH, "giaxang", new, r"Giá xăng RON 95 từ 15h ngày 16/6/2020: \d\d\.\d\d0 đồng/lít")
    full(BT, "wanthi", old, r"5 มี\.ค\. 2559")
    full(BT, "wanthi", new, rf"อัปเดต วันศุกร์ที่ 19 มิถุนายน 2563 เวลา {clock} น\.")
    full(SN, "datum", old, "05-03-2016")
    full(SN, "datum", new, rf"vr 19 jun 2020 om {clock}")
    full(SN, "bijgewerkt", new, r"Dit artikel is voor het laatst bijgewerkt op 19 juni 2020\.")
    full(LM, "dateline", old, r"\w+, 5 March 2016 –")
    full(LM, "dateline", new, r"\w+ — June 19, 2020:")
    full(LM, "embargo", new, r"Embargoed until 00:01 CET, Friday 19 June 2020")
    full(TR, "posted", old, "Posted on March 5, 2016")
    full(TR, "posted", new, "June 19, 2020")
    full(TR, "posted", d(2019, 9, 3), r"Sept\. 3, 2019")
    full(TR, "status", new, r"System status for Friday, June 19: all stations open\.")
    full(TR, "status", winter, r"System status for Monday, Dec\. 7: closed for the season\. "
                               r"Bikes return April 1\.")
    full(WR, "posted", old, "Posted by Ada Brook on 5 March 2016")
    full(WR, "posted", new, "Fri 19 Jun 2020")
    full(WR, "clubnight", d(2019, 6, 19), r"Next club night: Thursday 4 July, 8pm at The "
                                          r"Drovers Arms, Kempsey\. New riders welcome\.")
    full(SM, "ngay", old, r"[^,]+, ngày 05 tháng 03 năm 2016")
    full(SM, "ngay", new, r"[^,]+, 19/6/2020")
    full(MC, "data", old, "5/3/2016")
    full(MC, "data", new, "Pubblicato il venerdì 19 giugno 2020")
    full(MF, "datum", old, r"05\.03\.16")
    full(MF, "datum", new, r"Freitag, 19\. Juni 2020")
    full(MF, "stammtisch", d(2019, 6, 19), "Nächster Stammtisch: Freitag, 12. Juli, ab 19:30 "
                                           "Uhr im Gasthaus „Zur Linde“, Kastellaun")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The system status names the weekday and the day, not the year: it turns every day.
    assert len(changes(TR, "status")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[1:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(KW, "dated", day).startswith("Updated") == (day >= KW_REDESIGN)
        assert ("ore" in on(PC, "data", day)) == (day >= PC_REDESIGN)
        assert ("Uhr" in on(ZD, "datum", day)) == (day >= ZD_REDESIGN)
        assert ("GMT+7" in on(XH, "ngay", day)) == (day >= XH_REDESIGN)
        assert on(BT, "wanthi", day).startswith("อัปเดต") == (day >= BT_REDESIGN)
        assert str(be_year(day.year)) in on(BT, "wanthi", day)
        assert (" om " in on(SN, "datum", day)) == (day >= SN_REDESIGN)
        assert on(LM, "dateline", day).endswith(":") == (day >= LM_SCOOTERS)
        assert on(TR, "posted", day).startswith("Posted") == (day < TR_REDESIGN)
        assert on(WR, "posted", day).startswith("Posted by") == (day < WR_REDESIGN)
        assert ("tháng" in on(SM, "ngay", day)) == (day < SM_REDESIGN)
        assert on(MC, "data", day).startswith("Pubblicato") == (day >= MC_REDESIGN)
        assert ("," in on(MF, "datum", day)) == (day >= MF_REDESIGN)
        status = on(TR, "status", day)
        assert ("closed for the season" in status) == (not tr_in_season(day)), day
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_fortnight_and_month() -> None:
    weekly = changes(KW, "issue")
    assert len(weekly) >= 310 and all(day.weekday() == 2 for day in weekly)
    numbers = found(KW, "issue", r"issue (\d+)")
    assert len(numbers) == len(weekly) + 1
    fortnightly = changes(XH, "giaxang")
    assert fortnightly == {day for day in every_day() if day.day in (1, 16)} - {FIRST_DAY}
    prices = [int(m[1].replace(".", "")) for t in group_lines(SET, XH, "giaxang")
              if (m := re.search(r": ([\d.]+) đồng", norm(t)))]
    assert prices and all(10_000 <= p <= 24_000 for p in prices) and len(set(prices)) >= 5
    monthly = changes(ZD, "heft")
    assert len(monthly) == 72 and all(day.weekday() == 2 and (day + 7 * one).month != day.month
                                      for day in monthly)
    clubs = changes(WR, "clubnight")
    assert len(clubs) >= 60
    assert all((day - one).weekday() == 3 and (day - one).day <= 7 for day in clubs
               if day not in (d(2020, 3, 20), d(2020, 8, 1)))
    stammtisch = changes(MF, "stammtisch")
    assert all((day - one) == nth_weekday((day - one).year, (day - one).month, 4, 2)
               for day in stammtisch if day not in (d(2020, 3, 14), d(2020, 6, 13)))
    assert len(stammtisch) >= 60


def test_model_years_roll_over() -> None:
    for domain, family, md in MODEL_YEARS:
        assert changes(domain, family) == {iso(f"{y}-{md}") for y in range(2015, 2021)}, (
            domain, family)
        for y in range(2015, 2021):
            day = iso(f"{y}-{md}")
            assert str(y) in on(domain, family, day - one), (domain, family, y)
            assert str(y + 1) in on(domain, family, day), (domain, family, y)
    assert changes(ZD, "preise") == {d(y, 10, 1) for y in range(2015, 2021)} | {d(2020, 7, 1)}
    assert "19 %" in on(ZD, "preise", d(2020, 6, 30)) and "16 %" in on(ZD, "preise",
                                                                      d(2020, 7, 1))
    assert "19 %" in on(ZD, "preise", LAST_DAY) and "Modelljahr 2021" in on(ZD, "preise",
                                                                           LAST_DAY)
    expo = {iso(a) for a, _ in MOTOR_EXPO if "2015" <= a[:4] <= "2020"}
    assert changes(BT, "raka") == expo
    assert "2562" in on(BT, "raka", d(2019, 6, 1)) and "2563" in on(BT, "raka", d(2020, 1, 1))


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in BANNERS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for first, last in TT:
        assert f"Isle of Man TT {first[:4]}" in on(KW, "notice", iso(first))
        assert f"Isle of Man TT {first[:4]}" in on(KW, "notice", iso(last))
    assert "no TT this year" in on(KW, "notice", d(2020, 6, 5))
    assert "Lockdown" in on(KW, "notice", d(2020, 4, 1))
    for first, _ in MOTORCYCLE_LIVE:
        assert f"Motorcycle Live {first[:4]}" in on(KW, "notice", iso(first))
    for first, _ in EICMA:
        assert f"EICMA {first[:4]}" in on(KW, "notice", iso(first))
        assert f"EICMA {first[:4]}" in on(PC, "avviso", iso(first))
    assert found(KW, "notice", r"(clocks go back)") == {"clocks go back"}
    for day in MUGELLO:
        assert f"GP d'Italia {day[:4]} al Mugello" in on(PC, "avviso", iso(day))
    for first, _ in MOTOR_BIKE_EXPO:
        assert f"Motor Bike Expo {first[:4]}" in on(PC, "avviso", iso(first))
    assert "#iorestoacasa" in on(PC, "avviso", d(2020, 4, 1))
    assert "Fase 2" in on(PC, "avviso", d(2020, 5, 4))
    assert found(ZD, "hinweis", r"Intermot (\d{4}) in Köln") == {"2016", "2018"}
    assert "fällt aus" in on(ZD, "hinweis", d(2020, 10, 6))
    assert "E-Scooter" in on(ZD, "hinweis", d(2019, 6, 15))
    assert "Tirol" in on(ZD, "hinweis", d(2020, 6, 15))
    assert found(ZD, "hinweis", r"Saisonstart (\d{4})") == {str(y) for y in range(2015, 2021)}
    for y, (day, name) in TET.items():
        if y <= 2020:
            assert f"Xuân {name}" in on(XH, "thongbao", iso(day)), y
            assert f"Nghỉ Tết {name}" in on(SM, "daily", iso(day)), y
        assert f"30/4 - 1/5/{y}" in on(XH, "thongbao", d(y, 4, 30)) or y == 2021
        assert f"2/9/{y}" in on(XH, "thongbao", d(y, 9, 2)) or y == 2021
    assert "Giãn cách" in on(XH, "thongbao", d(2020, 4, 10))
    assert "22/4/2020" in on(SM, "daily", d(2020, 4, 10))
    for y in range(2015, 2021):
        assert f"สงกรานต์ {be_year(y)}" in on(BT, "plodphai", d(y, 4, 13)), y
        assert f"ปีใหม่ {be_year(y + 1)}" in on(BT, "plodphai", d(y, 12, 31)), y
        assert f"ปีใหม่ {be_year(y)}" in on(BT, "plodphai", d(y, 1, 3)), y
        assert "สงกรานต์" not in on(BT, "plodphai", d(y, 4, 18)), y
        bike_to_work = nth_weekday(y, 5, 4, 3)
        assert f"Bike to Work Day {y}" in on(TR, "events", bike_to_work) or y == 2020
    for first, _ in MOTOR_SHOW:
        assert f"บางกอก มอเตอร์โชว์ {be_year(int(first[:4]))}" in on(BT, "prakat", iso(first))
    for first, _ in MOTOR_EXPO[1:]:
        assert f"มอเตอร์ เอ็กซ์โป {be_year(int(first[:4]))}" in on(BT, "prakat", iso(first))
    assert "โควิด" in on(BT, "prakat", d(2020, 4, 13))
    for first, _ in MOTORBEURS:
        assert f"Motorbeurs Utrecht {first[:4]}" in on(SN, "nieuwsbrief", iso(first))
    assert "Corona" in on(SN, "nieuwsbrief", d(2020, 4, 1))
    assert "Wintertijd" in on(SN, "nieuwsbrief", d(2019, 10, 27))
    assert "healthcare workers" in on(LM, "notice", d(2020, 4, 1))
    assert found(LM, "notice", r"New Year's Eve (\d{4})") == {"2018", "2019", "2020"}
    for day in ELECTION_DAYS:
        assert f"VOTE{day[2:4]}" in on(TR, "events", iso(day))
    assert "essential workers" in on(TR, "events", d(2020, 5, 15))
    for y in range(2015, 2020):
        assert f"Wyvern Rally {y}" in on(WR, "diary", wr_rally(y)), y
        assert f"Toy Run {y}" in on(WR, "diary", nth_weekday(y, 12, 6, 2)), y
        assert f"Benedizione delle moto {y}" in on(MC, "avvisi", nth_weekday(y, 4, 6, 3)), y
        assert f"Anlassen {y}" in on(MF, "termine", nth_weekday(y, 4, 6, 1)), y
        assert f"Abschlussfahrt {y}" in on(MF, "termine", nth_weekday(y, 10, 6, 1)), y
    assert "cancelled" in on(WR, "diary", d(2020, 7, 12))
    assert "suspended" in on(WR, "diary", d(2020, 5, 1))
    assert found(MC, "avvisi", r"(\d+)° Raduno") == {str(y - 1995) for y in range(2015, 2020)}
    assert "annullato" in on(MC, "avvisi", mc_raduno(2020))
    assert "Corona" in on(MF, "termine", d(2020, 4, 5))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (KW, "byline", KW_REDESIGN, "Words: {author}", "{snapper}"),
        (KW, "test-bike", KW_KIT, "supplied by", "Rider kit"),
        (KW, "notice", KW_NEWSLETTER, "every Friday", "Friday Fix"),
        (KW, "london", ULEZ, "Congestion Charge", "£12.50"),
        (PC, "autore", PC_REDESIGN, "di {author}", "{fotografo}"),
        (PC, "avviso", PC_NEWSLETTER, "Iscriviti", "giovedì"),
        (PC, "ecobonus", PC_ECOBONUS[0], "Regione", "Ecobonus 2019"),
        (PC, "ecobonus", PC_ECOBONUS[1], "Ecobonus 2019", "4.000"),
        (ZD, "autor", ZD_REDESIGN, "Ein Beitrag", "Bilder"),
        (ZD, "hinweis", ZD_NEWSLETTER, "Jetzt anmelden", "abbestellbar"),
        (XH, "thongbao", XH_ZALO, "Facebook", "Zalo"),
        (XH, "mubaohiem", HELMET_FINES, "cài quai", "400.000 - 600.000"),
        (XH, "giayphep", XH_LICENCE, "38/GP-TTĐT", "215/GP-BTTTT"),
        (BT, "phukhian", BT_REDESIGN, "เรื่อง: {author}", "{phap}"),
        (BT, "prakat", BT_LINE, "เฟซบุ๊ก", "@bigbiketime"),
        (SN, "regels", SN_REDESIGN, "fietspad", "rijbaan"),
        (SN, "nieuwsbrief", SN_GDPR, "gratis", "Afmelden"),
        (LM, "release", LM_SCOOTERS, "PRESS RELEASE", "Newsroom"),
        (LM, "safety", LM_SCOOTERS, "brakes", "pavements"),
        (LM, "safety", LM_HELMETS, "pavements", "helmet"),
        (LM, "photo", LM_SCOOTERS, "bikes", "e-scooters"),
        (LM, "about", LM_SCOOTERS, "dockless", "e-scooters"),
        (TR, "sponsor", TR_SPONSOR, "Northstar", "Lakeland"),
        (SM, "pin", SM_PIN[0], "Bảo hành", "350.000"),
        (SM, "pin", SM_PIN[1], "350.000", "300.000"),
        (MC, "privacy", MC_GDPR, "196/2003", "GDPR")))
    assert_groups_reworded(SET, (
        (KW, "dated", " 20", "Updated: "),
        (PC, "data", " - ", ", ore "),
        (KW, "byline", "Words: ", " · Pictures: "),
        (ZD, "datum", ".", "Uhr"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    cities = {iso(start) for start, _ in LM_CITIES if iso(start) > FIRST_DAY}
    assert changes(LM, "about") == cities
    assert "in 63 cities across 11 countries" in on(LM, "about", d(2020, 3, 1))
    assert "in 55 cities" in on(LM, "about", d(2020, 4, 1))  # pulled out in the pandemic
    assert "€0.25 a minute" in on(LM, "pricing", LAST_DAY)
    assert "60 km" in on(LM, "fleet", LAST_DAY) and "30 km" in on(LM, "fleet", d(2019, 1, 1))
    assert "100 km" in on(SM, "gia", LAST_DAY) and "60 km" in on(SM, "gia", FIRST_DAY)
    assert "£28 joint" in on(WR, "subs", LAST_DAY)
    assert "$95 a year" in on(TR, "passes", d(2019, 4, 1))
    fmi = found(MC, "tessera", r"Member (\d+) euro")
    assert fmi == {"45", "50", "55"}
    kinds = {m[1] for t in group_lines(SET, LM, "pricing")
             if (m := re.search(r"(€0\.\d\d|30 minutes)", norm(t)))}
    assert len(kinds) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (XH, "quangcao", r"[\u1ea0-\u1ef9]"), (XH, "anh", r"[\u1ea0-\u1ef9]"),
        (SM, "tcbc", r"[ÔÁ]"), (SM, "gia", r"[đồ]"),
        (BT, "khosana", r"[\u0e00-\u0e7f]"), (BT, "plodphai", r"[\u0e00-\u0e7f]"),
        (BT, "wanthi", r"[\u0e00-\u0e7f]"), (ZD, "testmaschine", r"ü"),
        (PC, "pubblicita", r"à"), (SN, "testrit", r"\bwerd\b")))
    assert any("พ.ร.บ." in t for t in group_lines(SET, BT, "raka"))
    assert any("(GMT+7)" in t for t in group_lines(SET, XH, "ngay"))
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", norm(t))
               for t in group_lines(SET, XH, "ngay"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{KW}/dated", f"{KW}/byline", f"{KW}/related", f"{KW}/kicker",
                         f"{KW}/test-bike", f"{KW}/tested", f"{KW}/copyright", f"{KW}/issue",
                         f"{PC}/data", f"{PC}/leggi", f"{PC}/autore", f"{ZD}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{KW}/publisher", f"{KW}/copyright", f"{PC}/testata", f"{PC}/copyright",
        f"{ZD}/impressum", f"{XH}/banquyen"))
    assert_carried_share(docs, KW, [
        ("dated", 0.85, 1.0), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("issue", 0.12, 0.4), ("notice", 0.15, 0.45), ("london", 0.0, 0.2)])
    assert_carried_share(docs, PC, [("data", 0.75, 0.97), ("leggi", 0.2, 0.5),
                                    ("errata", 0.0, 0.12)])
    for fam in (f"{KW}/related", f"{KW}/advert", f"{PC}/pubblicita", f"{ZD}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((KW, "tested"), (PC, "prova"), (ZD, "testmaschine"),
                               (XH, "anh"), (BT, "rotthodsob"), (SN, "testrit"),
                               (LM, "photo"), (WR, "rideout")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (KW, "correction", 16), (PC, "errata"), (ZD, "korrektur"), (XH, "dinhchinh"),
        (BT, "kaekhai"), (SN, "rectificatie"), (LM, "correction"), (TR, "correction"),
        (WR, "amended"), (SM, "dinhchinh")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KW}/related", "RELATED | "), (f"{PC}/leggi", "Leggi anche: "),
        (f"{ZD}/auch", "Auch interessant: "), (f"{XH}/xemthem", "Xem thêm: "),
        (f"{BT}/kiaokhong", "อ่านข่าวที่เกี่ยวข้อง: "), (f"{SN}/lees", "Lees ook: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (KW, "advert", "ADVERTISEMENT"), (PC, "pubblicita", "Pubblicità"),
        (ZD, "anzeige", "ANZEIGE"), (XH, "quangcao", "Quảng cáo"), (BT, "khosana", "โฆษณา"),
        (SN, "advertentie", "Advertentie"), (LM, "ends", "###"),
        (SM, "tcbc", "THÔNG CÁO BÁO CHÍ")))
    assert_group_values_from_pool(SET, (
        (KW, "kicker", "kicker"), (PC, "rubrica", "rubrica"), (ZD, "rubrik", "rubrik"),
        (XH, "chuyenmuc", "chuyenmuc"), (BT, "muad", "muad"), (SN, "rubriek", "rubriek")))
    # The writer's bare name closes a Vietnamese article.
    authors = {norm(t) for t in group_lines(SET, XH, "tacgia")}
    assert len(authors) >= 5 and all(len(a.split()) == 2 for a in authors)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KW, "advert", "ADVERTISEMENT"),
        (PC, "pubblicita", "Pubblicità"),
        (ZD, "anzeige", "ANZEIGE")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        KW: (["publisher", "copyright"], 2),
        PC: (["testata", "copyright"], 2),
        ZD: (["impressum", "copyright"], 2),
        XH: (["tacgia", "banquyen", "giayphep"], 3),
        SN: (["colofon", "copyright"], 2),
        LM: (["ends", "about", "media"], 3),
        TR: (["contact", "nonprofit"], 2),
        SM: (["gioithieu", "lienhe"], 2)})


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
