"""The held-back-206 template set (`tests.bench.heldout_templates_206`): its localised dates
(printed day by day in British, American AP-style and Australian English with AEST and AEDT,
Dutch, Lithuanian, Turkish, Chinese and Spanish, several changing form on the day of a
redesign), the lines that turn every day, week and month (a vessel schedule, a berth
schedule, a currency and diesel ticker, a Brexit countdown whose deadline moves, container
freight indexes, diesel prices, fuel and bunker surcharges, a road freight index), the tariff
and customs-deadline notices by date, the calendars some notices follow (Chinese New Year and
National Day, the Import Expo, China Maritime Day, the Bayrams, Operation Paso del Estrecho,
Roadcheck and Brake Safety Week, World Port Days, the Sea Festival, Dutch, Lithuanian,
American and Australian holidays, the pandemic), the amounts that change over the years,
the lines in several languages and scripts, the variation it promises, its multi-line blocks
and the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_206 import (
    ACCESS_CHARGE,
    BK_LANGUAGES,
    BK_REDESIGN,
    BK_TAS,
    BRAKE_WEEK,
    BREXIT_DEADLINES,
    CC_HEADER,
    CC_REDESIGN,
    CP_NEWSLETTER,
    CP_PREMIUM,
    CP_REDESIGN,
    FIRST_DAY,
    FW_EXPO,
    FW_JOBS,
    FW_NEWSLETTER,
    FW_REDESIGN,
    GH_ICP,
    GH_REDESIGN,
    GH_VIDEO,
    HL_NEWSLETTER,
    HL_PREMIUM,
    HL_REDESIGN,
    HT_REDESIGN,
    IMPORT_EXPO,
    KURBAN_BAYRAMI,
    KZ_REDESIGN,
    KZ_SOCIAL,
    LAST_DAY,
    LH_NEWSLETTER,
    LH_REDESIGN,
    LJ_REDESIGN,
    LJ_TELEGRAM,
    LOW_SULPHUR,
    MPF,
    PW_REDESIGN,
    RAMAZAN_BAYRAMI,
    ROADCHECK,
    TARIFF_DEADLINES,
    VM_FEES,
    VM_REDESIGN,
    ap_date,
    australian_summer_time,
    brexit_target,
    comma,
    fair_opening,
    last_weekday_on_or_before,
    lt_date,
    month_reported,
    sea_festival,
    spring_festival,
    us_holidays,
    world_port_days,
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

SET = "held-back-206"
SITES = ("Freightline Weekly", "Havenlijn", "港航网", "Long Haul Ledger", "Crónica Portuaria",
         "Lojistik Hattı", "Krovinių žinios", "Calloway Customs Brokerage", "Port of Wellesley",
         "Vandermeulen Douane-expediteurs", "Baltijos krovos terminalas", "海通达国际物流")
FW, HL, GH, LH = ("freightlineweekly.co.uk", "havenlijn.nl", "ganghangwang.cn",
                  "longhaulledger.com")
CP, LJ, KZ, CC = ("cronicaportuaria.es", "lojistikhatti.com.tr", "kroviniuzinios.lt",
                  "callowaycustoms.com")
PW, VM, BK, HT = ("portofwellesley.com.au", "vandermeulen-douane.nl", "bkterminalas.lt",
                  "haitongda56.com")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((FW, "dated"), (HL, "datum"), (GH, "riqi"), (LH, "dated"), (CP, "fecha"),
         (LJ, "tarih"), (KZ, "data"), (CC, "dated"), (PW, "dated"), (VM, "datum"),
         (BK, "data"), (HT, "riqi"))
# The lines that name the day they are printed on (the countdown stops with 2020).
EVERY_DAY = ((LJ, "piyasa"), (PW, "schedule"), (BK, "laivai"), (VM, "brexit"))
# The lines that turn each week (on the weekday, Monday 0) and each month (on the day).
WEEKLY = ((FW, "index", 3), (HL, "diesel", 0), (GH, "yunjia", 4), (LH, "diesel", 0))
MONTHLY = ((FW, "diesel", 5), (LH, "surcharge", 1), (CP, "gasoleo", 10), (LJ, "endeks", 3),
           (KZ, "kuras", 3), (HT, "baf", 1))
# Amounts in force from given days.
TABLES = ((FW, "jobs", FW_JOBS), (HL, "premium", HL_PREMIUM), (CC, "mpf", MPF),
          (PW, "charge", ACCESS_CHARGE), (VM, "tarieven", VM_FEES))

QUIET = d(2015, 3, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (FW, "notice"): "Get Freightline Daily in your inbox every weekday morning: sign up free",
    (HL, "melding"): "Meld u aan voor de gratis nieuwsbrief van Havenlijn",
    (GH, "tishi"): "扫码关注港航网微信公众号，每日航运资讯早知道",
    (LH, "notice"): "Sign up for Ledger Daily: trucking news in your inbox every weekday",
    (CP, "aviso"): "Suscríbase gratis a nuestro boletín diario de noticias",
    (LJ, "duyuru"): "Son dakika lojistik haberleri için e-bültenimize abone olun",
    (KZ, "pranesimas"): "Užsisakykite savaitinį naujienlaiškį ir gaukite svarbiausias "
                        "logistikos naujienas",
    (CC, "tariff"): "Questions about this advisory? Contact your Calloway account "
                    "representative.",
    (CC, "closure"): "Office hours: Monday to Friday, 8:00 a.m. to 6:00 p.m. Eastern.",
    (PW, "hours"): "Truck marshalling area open 24 hours, 7 days.",
    (VM, "kantoor"): "Ons kantoor is op werkdagen bereikbaar van 7.30 tot 18.00 uur.",
    (BK, "vartai"): "Terminalo vartai dirba visą parą, septynias dienas per savaitę.",
    (HT, "tongzhi"): "如需订舱或报关，请联系您的专属客服。",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + tuple(FIRST_WORDINGS) + tuple(
        (domain, family) for domain, family, _ in WEEKLY + MONTHLY + TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 7, 6), d(2019, 10, 30),
        d(2020, 1, 25), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert australian_summer_time(d(2019, 10, 6)) and not australian_summer_time(d(2019, 10, 5))
    assert australian_summer_time(d(2020, 4, 4)) and not australian_summer_time(d(2020, 4, 5))
    assert month_reported(d(2019, 1, 5), 5) == (2018, 12)
    assert month_reported(d(2019, 1, 4), 5) == (2018, 11)
    assert last_weekday_on_or_before(d(2019, 6, 23), 3) == d(2019, 6, 20)
    assert last_weekday_on_or_before(d(2019, 6, 20), 3) == d(2019, 6, 20)
    assert ap_date(d(2019, 9, 9)) == "Sept. 9, 2019" and ap_date(d(2017, 6, 1)) == "June 1, 2017"
    assert lt_date(d(2019, 6, 21)) == "2019 m. birželio 21 d." and comma(1.5) == "1,50"
    assert brexit_target(d(2019, 3, 21)) == d(2019, 3, 29)
    assert brexit_target(d(2019, 3, 22)) == d(2019, 4, 12)
    assert brexit_target(d(2019, 10, 30)) == d(2020, 1, 31)
    assert [world_port_days(y) for y in (2017, 2019)] == [d(2017, 9, 1), d(2019, 9, 6)]
    assert sea_festival(2019) == d(2019, 7, 26) and fair_opening(2018) == d(2018, 5, 8)
    assert all(spring_festival(y).month in (1, 2) for y in range(2015, 2022))


def test_localised_dates_and_times() -> None:
    old, new, summer = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FW, "dated", old, "5 Mar 2016")
    full(FW, "dated", new, rf"Updated Friday 19 June 2020, {clock}")
    full(HL, "datum", old, "05-03-2016")
    full(HL, "datum", new, rf"Gepubliceerd: vrijdag 19 juni 2020, {clock}")
    full(GH, "riqi", old, rf"发布时间：2016-03-05 {clock}")
    full(GH, "riqi", new, rf"2020年06月19日 {clock} 星期五")
    full(LH, "dated", old, "March 5, 2016")
    full(LH, "dated", d(2017, 9, 9), "Sept. 9, 2017")
    full(LH, "dated", new, r"Updated \d{1,2}:\d\d (AM|PM) ET · Friday, June 19, 2020")
    full(CP, "fecha", old, "05/03/2016")
    full(CP, "fecha", new, rf"Viernes, 19 de junio de 2020, {clock}")
    full(LJ, "tarih", old, r"05\.03\.2016")
    full(LJ, "tarih", new, rf"Güncelleme: 19 Haziran 2020 Cuma, {clock}")
    full(KZ, "data", old, rf"2016-03-05 {clock}")
    full(KZ, "data", new, rf"Paskelbta: 2020 m\. birželio 19 d\., {clock}")
    full(CC, "dated", old, "Posted 03/05/2016")
    full(CC, "dated", new, "June 19, 2020")
    full(PW, "dated", old, "5 March 2016")
    full(PW, "dated", new, rf"Friday 19 Jun 2020, {clock} AEST")
    full(PW, "dated", summer, rf"Monday 7 Dec 2020, {clock} AEDT")
    full(VM, "datum", old, "Geplaatst op 5 maart 2016")
    full(VM, "datum", new, "19-06-2020")
    full(BK, "data", old, "2016-03-05")
    full(BK, "data", new, r"2020 m\. birželio 19 d\.")
    full(HT, "riqi", old, "发布日期：2016-03-05")
    full(HT, "riqi", new, "发布时间：2020年6月19日")
    full(LJ, "piyasa", new, r"Piyasalar \(19\.06\): Dolar \d,\d{4} · Euro \d,\d{4} · Motorin "
                            r"\d,\d\d TL")
    full(PW, "schedule", new, r"Vessel schedule correct as at 06:00 on 19 June 2020\. Times "
                              r"are subject to change\.")
    full(BK, "laivai", new, "Laivų atvykimo grafikas atnaujintas 2020-06-19 07:00")
    full(VM, "brexit", new, r"Nog 195 dagen tot het einde van de overgangsperiode \(31 "
                            r"december 2020\)")
    full(FW, "index", new, r"Freightline Container Index, Shanghai–Rotterdam: \$[\d,]+ per "
                           r"40ft in the week to 18 Jun \([+-]\d+\.\d%\)")
    full(HL, "diesel", new, r"Adviesprijs diesel week 25: € 1,\d{3} per liter")
    full(GH, "yunjia", new, r"港航集装箱运价综合指数（6月19日）：[\d,]+\.\d\d点，环比(上涨|下跌)"
                            r"\d+\.\d%")
    full(LH, "diesel", new, r"Diesel: \$2\.\d{3}/gal U\.S\. average for the week of June 15, "
                            r"(up|down) \d+\.\d¢ \(Source: EIA\)")
    full(FW, "diesel", new, r"Fuel watch: UK pump diesel averaged \d{3}\.\dp a litre in May "
                            r"2020")
    full(LH, "surcharge", new, r"Ledger fuel surcharge for June 2020: \d+\.\d¢ per mile "
                               r"\(\$1\.25 base, 6 mpg\)")
    full(CP, "gasoleo", new, r"Revisión por gasóleo \(mayo de 2020\): [+−]\d,\d\d % sobre el "
                             r"precio del porte")
    full(LJ, "endeks", new, r"Lojistik Hattı Navlun Endeksi \(Mayıs 2020\): İstanbul–Almanya "
                            r"komple tır ortalama \d\.\d{3} Euro")
    full(KZ, "kuras", new, r"Vidutinė dyzelino kaina 2020 m\. gegužės mėn\.: \d,\d\d Eur/l")
    full(HT, "baf", new, r"2020年6月低硫燃油附加费（LSS）：美西线 USD \d+/40'HQ，欧洲线 USD "
                         r"\d+/40'HQ")
    full(HT, "baf", old, r"2016年3月燃油附加费（BAF）：美西线 USD \d+/40'HQ，欧洲线 USD \d+/40'HQ")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(FW, "dated", day).startswith("Updated") == (day >= FW_REDESIGN)
        assert on(HL, "datum", day).startswith("Gepubliceerd") == (day >= HL_REDESIGN)
        assert ("星期" in on(GH, "riqi", day)) == (day >= GH_REDESIGN)
        assert on(LH, "dated", day).startswith("Updated") == (day >= LH_REDESIGN)
        assert ("de" in on(CP, "fecha", day)) == (day >= CP_REDESIGN)
        assert on(LJ, "tarih", day).startswith("Güncelleme") == (day >= LJ_REDESIGN)
        assert on(KZ, "data", day).startswith("Paskelbta") == (day >= KZ_REDESIGN)
        assert on(CC, "dated", day).startswith("Posted") == (day < CC_REDESIGN)
        assert ("{time}" in on(PW, "dated", day)) == (day >= PW_REDESIGN)
        assert on(VM, "datum", day).startswith("Geplaatst") == (day < VM_REDESIGN)
        assert ("m." in on(BK, "data", day)) == (day >= BK_REDESIGN)
        assert on(HT, "riqi", day).startswith("发布时间") == (day >= HT_REDESIGN)
        if day >= PW_REDESIGN:
            assert on(PW, "dated", day).endswith("AEDT" if australian_summer_time(day)
                                                 else "AEST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    for domain, family, weekday in WEEKLY:
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == weekday for day in weekly), family
    for domain, family, published in MONTHLY:
        monthly = changes(domain, family)
        assert len(monthly) >= 70 and all(day.day == published for day in monthly), family
    assert changes(HT, "baf") == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)
                                  } - {d(2015, 1, 1)}
    boxes = [float(m[1].replace(",", "")) for t in group_lines(SET, FW, "index")
             if (m := re.search(r"\$([\d,]+) per 40ft", norm(t)))]
    assert boxes and all(400 <= b <= 6500 for b in boxes)
    assert found(LH, "diesel", r"\$(\d)\.") == {"1", "2", "3"}
    assert found(LJ, "piyasa", r"Dolar (\d),") >= {"2", "3", "5", "6", "8"}


def test_brexit_countdown_moves_with_each_deadline() -> None:
    assert on(VM, "brexit", d(2015, 6, 23)) == ("Nog 366 dagen tot het Brexit-referendum van 23 "
                                                "juni 2016")
    assert on(VM, "brexit", d(2016, 6, 23)).startswith("Vandaag stemt")
    assert on(VM, "brexit", d(2017, 3, 28)).startswith("278 dagen na")
    assert on(VM, "brexit", d(2019, 3, 21)) == "Nog 8 dagen tot de Brexit (29 maart 2019)"
    assert on(VM, "brexit", d(2019, 3, 22)) == "Nog 21 dagen tot de Brexit (12 april 2019)"
    assert on(VM, "brexit", d(2019, 4, 11)).endswith("(31 oktober 2019)")
    assert on(VM, "brexit", d(2019, 10, 30)).endswith("(31 januari 2020)")
    assert on(VM, "brexit", d(2020, 1, 31)) == "Vandaag verlaat het VK de Europese Unie"
    assert on(VM, "brexit", d(2020, 12, 31)) == "Vandaag eindigt de Brexit-overgangsperiode"
    assert "derde land" in on(VM, "brexit", d(2021, 1, 5))


def test_tariff_and_customs_deadlines() -> None:
    for first, last, text in TARIFF_DEADLINES:
        for day in (iso(first), min(iso(last), LAST_DAY)):
            assert text in on(CC, "tariff", day), (first, day)
        assert text not in on(CC, "tariff", iso(first) - one)
    assert found(CC, "tariff", r"(List \w+)") == {"List 1", "List 2", "List 3", "List 4A"}
    for first, last, deadline in BREXIT_DEADLINES:
        assert deadline in on(FW, "notice", iso(first)) and deadline in on(FW, "notice",
                                                                           iso(last))
    assert "transition ends" in on(FW, "notice", d(2020, 12, 31))
    assert "31 oktober" in on(HL, "melding", d(2019, 10, 20))
    assert "1 januari 2021" in on(HL, "melding", d(2020, 12, 20))
    assert "Brexit" in on(CP, "aviso", d(2020, 12, 20))
    tariffs = found(HT, "tongzhi", r"加征(\d+%)关税")
    assert tariffs == {"25%", "10%", "15%"}
    assert "5月10日" in on(HT, "tongzhi", d(2019, 5, 8))


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y in range(2015, 2021):
        if y < 2020:
            assert f"Freight Forward Live {y}" in on(FW, "notice", FW_EXPO[y])
            assert f"{y}年春节" in on(GH, "tishi", spring_festival(y)), y
            assert f"Feria Logística del Mediterráneo {y}" in on(CP, "aviso", fair_opening(y))
            assert f"Easter {y}" in on(PW, "hours", easter(y) - 2 * one), y
            assert f"Anzac Day {y}" in on(PW, "hours", d(y, 4, 25)), y
        assert f"Freightline Awards {y}" in on(FW, "notice", d(y, 9, 15))
        assert f"Wereldhavendagen {y}" in on(HL, "melding", world_port_days(y))
        assert f"{y}年“中国航海日”" in on(GH, "tishi", d(y, 7, 11))
        first, last = ROADCHECK[y]
        assert f"Roadcheck {y}" in on(LH, "notice", iso(first)) and f"Roadcheck {y}" in on(
            LH, "notice", iso(last))
        assert f"Brake Safety Week {y}" in on(LH, "notice", iso(BRAKE_WEEK[y][0]))
        assert f"Paso del Estrecho {y}" in on(CP, "aviso", d(y, 7, 15))
        assert f"Ramazan Bayramı {y}" in on(LJ, "duyuru", iso(RAMAZAN_BAYRAMI[y]))
        assert f"Kurban Bayramı {y}" in on(LJ, "duyuru", iso(KURBAN_BAYRAMI[y]) + 3 * one)
        assert f"Jūros šventė {y}" in on(KZ, "pranesimas", sea_festival(y))
        assert f"{y + 1} metų" in on(KZ, "pranesimas", d(y, 12, 25))
        for day, name in us_holidays(y):
            assert f"{name}, " in on(CC, "closure", day), (y, name)
        assert f"Christmas {y}" in on(PW, "hours", d(y, 12, 25))
        for day, name in ((easter(y) + one, "Tweede Paasdag"), (d(y, 4, 27), "Koningsdag"),
                          (easter(y) + 39 * one, "Hemelvaartsdag"),
                          (easter(y) + 50 * one, "Tweede Pinksterdag"), (d(y, 12, 25), "Kerst")):
            assert f"{name} {y}" in on(VM, "kantoor", day), (y, name)
        for day, name in ((d(y, 2, 16), "Vasario 16"), (d(y, 3, 11), "Kovo 11"),
                          (d(y, 6, 24), "Joninių"), (d(y, 7, 6), "Liepos 6")):
            assert name in on(BK, "vartai", day) or y == 2020 and day.month == 3, (y, name)
        assert f"{y}年春节放假通知" in on(HT, "tongzhi", spring_festival(y))
        assert f"{y}年国庆节放假通知" in on(HT, "tongzhi", d(y, 10, 1))
    assert thanksgiving(2019) == d(2019, 11, 28)
    assert "Wereldhavendagen 2020 gaan online" in on(HL, "melding", world_port_days(2020))
    assert "suspendida" in on(CP, "aviso", d(2020, 7, 15))
    assert "Conflicto de la estiba" in on(CP, "aviso", d(2017, 6, 20))
    assert "Estado de alarma" in on(CP, "aviso", d(2020, 4, 1))
    assert "Coronavirus" in on(FW, "notice", d(2020, 6, 9))
    assert "疫情" in on(GH, "tishi", d(2020, 2, 1)) and "疫情" in on(HT, "tongzhi", d(2020, 3, 1))
    for year, first, _, nth in IMPORT_EXPO:
        assert f"{nth}中国国际进口博览会" in on(GH, "tishi", iso(first)), year
    assert "10月1日至8日" in on(HT, "tongzhi", d(2020, 10, 1))
    assert "10月1日至7日" in on(HT, "tongzhi", d(2019, 10, 1))
    assert "ELD mandate" in on(LH, "notice", d(2017, 12, 10))
    assert "Out-of-service" in on(LH, "notice", d(2018, 3, 25))
    assert "hours-of-service rules" in on(LH, "notice", d(2020, 9, 20))
    assert "Sept. 9-11" in on(LH, "notice", d(2020, 9, 9))
    assert "Koronavirüs" in on(LJ, "duyuru", d(2020, 4, 1))
    assert "Mobilumo paketo" in on(KZ, "pranesimas", d(2020, 7, 9))
    assert "Karantinas" in on(KZ, "pranesimas", d(2020, 4, 1))
    assert "COVID-19" in on(PW, "hours", d(2020, 4, 25))
    assert "Karantino" in on(BK, "vartai", d(2020, 3, 20))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FW, "byline", FW_REDESIGN, "By {author}", "{author_beat}"),
        (FW, "notice", FW_NEWSLETTER, "every weekday morning", "40,000"),
        (HL, "melding", HL_NEWSLETTER, "gratis nieuwsbrief", "7.00 uur"),
        (GH, "tishi", GH_VIDEO, "微信公众号，", "视频号"),
        (GH, "banquan", GH_ICP, "沪ICP备12034567号", "号-1"),
        (LH, "byline", LH_REDESIGN, "By {author}", "{author_beat}"),
        (LH, "notice", LH_NEWSLETTER, "Sign up for Ledger Daily", "owner-operators"),
        (CP, "firma", CP_REDESIGN, "Por {author}", "{ciudad}"),
        (CP, "exclusivo", CP_PREMIUM, "Contenido exclusivo", "Premium"),
        (CP, "aviso", CP_NEWSLETTER, "boletín diario", "7:00"),
        (LJ, "duyuru", LJ_TELEGRAM, "e-bültenimize", "Telegram"),
        (KZ, "pranesimas", KZ_SOCIAL, "naujienlaiškį", "LinkedIn"),
        (CC, "advisory", CC_HEADER, "CLIENT ADVISORY", "Trade Compliance"),
        (BK, "vairuotojams", BK_TAS, "be išankstinės", "TAS"),
        (HT, "baf", LOW_SULPHUR, "BAF", "LSS")))
    assert on(BK, "kalbos", BK_LANGUAGES - one) == "LT | EN | RU"
    assert on(BK, "kalbos", BK_LANGUAGES) == "LT | EN"
    assert_groups_reworded(SET, (
        (FW, "dated", " 20", "Updated "),
        (HL, "datum", "-20", "Gepubliceerd"),
        (GH, "riqi", "发布时间", "星期"),
        (FW, "byline", "By ", ", "),
        (LJ, "tarih", ".20", "Güncelleme"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for i, (start, value) in enumerate(table):
            if i + 1 < len(table) and iso(table[i + 1][0]) <= FIRST_DAY:
                continue  # replaced before the first day
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£125" in on(FW, "jobs", d(2020, 6, 1)) and "£95" in on(FW, "jobs", d(2016, 6, 1))
    assert "$27.23" in on(CC, "mpf", d(2020, 10, 1)) and "FY2020" in on(CC, "mpf",
                                                                       d(2020, 9, 30))
    assert "$10.15" in on(PW, "charge", d(2020, 7, 1))
    assert "39,50" in on(VM, "tarieven", d(2020, 1, 1))
    surcharges = {m[1] for t in group_lines(SET, LH, "surcharge")
                  if (m := re.search(r": (\d+\.\d)¢", norm(t)))}
    assert len(surcharges) >= 5
    assert len(found(CP, "gasoleo", r"\): ([+−]\d,\d\d) %")) >= 40


def test_several_languages_and_scripts() -> None:
    han, lithuanian = r"[\u4e00-\u9fff]", r"[ąčęėįšųūž]"
    assert_groups_in_script(SET, (
        (GH, "laiyuan", han), (GH, "bianji", han), (GH, "riqi", han), (HT, "kefu", han),
        (HT, "riqi", han), (LJ, "yasal", r"[çğışöüİ]"), (LJ, "ilan", r"[çğışöüİ]"),
        (KZ, "kopijuoti", lithuanian), (KZ, "data", r"\d"), (BK, "vartai", lithuanian),
        (CP, "copyright", r"[áéíóúñ]"), (CP, "aviso", r"[áéíóúñ]"),
        (HL, "copyright", r"rechten"), (VM, "rechten", r"ontleend")))
    assert any("AEDT" in t for t in group_lines(SET, PW, "dated"))
    assert any("AEST" in t for t in group_lines(SET, PW, "dated"))
    assert any("Sept." in t or "Aug." in t for t in group_lines(SET, LH, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FW}/dated", f"{FW}/byline", f"{FW}/read-more", f"{FW}/kicker",
                         f"{FW}/photo", f"{FW}/topics", f"{FW}/copyright", f"{FW}/index",
                         f"{HL}/datum", f"{HL}/lees-ook", f"{GH}/riqi", f"{GH}/laiyuan"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FW}/publisher", f"{FW}/copyright", f"{HL}/reageren", f"{HL}/copyright",
        f"{GH}/mianze", f"{LH}/copyright"))
    assert_carried_share(docs, FW, [
        ("dated", 0.8, 0.98), ("read-more", 0.5, 0.85), ("correction", 0.0, 0.1),
        ("index", 0.08, 0.35), ("notice", 0.15, 0.5), ("jobs", 0.02, 0.2)])
    assert_carried_share(docs, HL, [("datum", 0.8, 0.98), ("copyright", 0.3, 0.6),
                                    ("correctie", 0.0, 0.12)])
    for fam in (f"{FW}/read-more", f"{FW}/advert", f"{HL}/lees-ook", f"{HL}/advertentie"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((FW, "photo"), (HL, "foto"), (GH, "tupian"), (LH, "hiring"),
                               (CP, "foto"), (LJ, "reklam"), (KZ, "reklama"), (CC, "heading"),
                               (PW, "berth"), (BK, "krantine"), (HT, "hangxian")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FW, "correction", 16), (HL, "correctie"), (GH, "jiuzheng"), (LH, "correction"),
        (CP, "fe-de-errores"), (LJ, "duzeltme"), (KZ, "patikslinimas"), (CC, "update"),
        (PW, "update"), (VM, "correctie"), (BK, "patikslinimas"), (HT, "gengzheng")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FW}/read-more", "READ MORE: "), (f"{HL}/lees-ook", "Lees ook: "),
        (f"{GH}/xiangguan", "相关阅读："), (f"{LH}/related", "Related: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (FW, "advert", "Advertisement"), (HL, "advertentie", "Advertentie"),
        (GH, "guanggao", "广告"), (LH, "advert", "ADVERTISEMENT"),
        (CP, "publicidad", "Publicidad"), (LJ, "reklam", "Reklam"), (KZ, "reklama", "Reklama"),
        (PW, "ends", "ENDS")))
    assert_group_values_from_pool(SET, (
        (FW, "kicker", "kicker"), (HL, "rubriek", "rubriek"), (GH, "lanmu", "lanmu"),
        (LH, "category", "category"), (CP, "seccion", "seccion"), (LJ, "kategori", "kategori"),
        (KZ, "rubrika", "rubrika"), (PW, "kind", "kind"), (VM, "soort", "soort"),
        (HT, "leixing", "leixing")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (FW, "advert", "Advertisement"),
        (HL, "advertentie", "Advertentie"),
        (LH, "advert", "ADVERTISEMENT")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FW: (["publisher", "copyright"], 2),
        HL: (["reageren", "copyright"], 2),
        GH: (["bianji", "mianze", "banquan"], 3),
        LH: (["copyright", "terms"], 2),
        CP: (["editorial", "copyright"], 2),
        LJ: (["kaynak", "yasal", "telif"], 2),
        KZ: (["saltinis", "kopijuoti", "teises"], 2),
        CC: (["disclaimer", "licence", "distribution"], 2),
        PW: (["ends", "media", "country", "copyright"], 3),
        VM: (["rechten", "contact", "aeo"], 2),
        BK: (["english", "kontaktai", "copyright"], 2),
        HT: (["kefu", "weixin", "banquan"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY[:3]:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
