"""The held-back-209 template set (`tests.bench.heldout_templates_209`): its localised dates
(printed day by day in English with American daylight time, Czech with the genitive month,
Portuguese, Spanish, Persian in the Solar Hijri calendar and Persian digits, Japanese with the
Heisei and Reiwa eras, several changing form on the day of a redesign), the lines that turn
every day, week and month (the moon in six languages, the solar wind, launch countdowns in
English and Czech, tonight's observing hours, a planetarium's sessions, the sky of the week,
public viewing Saturdays, club meetings, dark-sky outings by the new moon), the calendars
some notices follow (eclipses, transits, Perseids, Tanabata, Nowruz, World Space Week,
Researchers' Nights, Heritage Day, Christmas holidays, the 2020 closures), the admission
prices and membership dues that change by year, season and fiscal year, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the
hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_209 import (
    AC_ALARM,
    AC_DUES,
    AC_REDESIGN,
    AC_WHATSAPP,
    CR_ADMISSION,
    CR_ECLIPSE,
    CR_HOTLINE,
    CR_MEMBERSHIP,
    CR_REDESIGN,
    CR_SUSPENDED,
    CS_BOLETIN,
    CS_REDESIGN,
    FIRST_DAY,
    HB_ADMISSION,
    HB_CLOSED,
    HB_FACEBOOK,
    HB_REDESIGN,
    HT_MAGAZINE,
    HT_REDESIGN,
    KS_DUES,
    KS_PAUSE,
    KS_REDESIGN,
    KS_ZOOM,
    LAST_DAY,
    LAUNCHES,
    NE_INSTAGRAM,
    NE_REDESIGN,
    NOWRUZ,
    OC_REDESIGN,
    OC_WHATSAPP,
    OD_DISCLOSURE,
    OD_NEWSLETTER,
    OD_REDESIGN,
    PA_CLOSED,
    PA_REDESIGN,
    PA_TICKETS,
    SK_DUES,
    SK_GDPR,
    SK_GO_NO_GO,
    SK_REDESIGN,
    SK_VISITORS,
    SR_DARUJME,
    SR_REDESIGN,
    ac_outing,
    dni,
    eu_summer,
    fa,
    fa_date,
    hb_closed,
    jalali,
    japanese_era,
    moon_age,
    moon_lit,
    moon_phase,
    next_launch,
    next_new_moon,
    sk_meeting_day,
    us_daylight,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-209"
SITES = ("Orbit Dispatch", "Hvězdárna Březina", "Olhar Celeste", "نجوم امروز", "星空通信",
         "Cielo Sur", "Skyhaven Astronomical Society", "Cobalt Ridge Observatory",
         "Agrupación Astronómica de Cazorla", "Planetário do Atlântico", "Startovní rampa",
         "北空天文同好会")
OD, HB, OC, NE = ("orbitdispatch.com", "hvezdarna-brezina.cz", "olharceleste.com.br",
                  "nojumemrooz.ir")
HT, CS, SK, CR = ("hoshizora-tsushin.jp", "cielosur.cl", "skyhavenastro.org",
                  "cobaltridgeobs.org")
AC, PA, SR, KS = ("astrocazorla.org", "planetarioatlantico.pt", "startovnirampa.cz",
                  "kitanosora-tenmon.jp")
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((OD, "dated"), (HB, "datum"), (OC, "data"), (NE, "tarikh"), (HT, "hizuke"),
         (CS, "fecha"), (SK, "posted"), (CR, "dated"), (AC, "publicado"), (PA, "data"),
         (SR, "datum"), (KS, "toukou"))
# The lines worded for each day (the moon, the solar wind, countdowns, hours, sessions).
EVERY_DAY = ((OD, "solar"), (OD, "countdown"), (HB, "dnes"), (HB, "mesic"), (OC, "lua"),
             (NE, "mah"), (HT, "getsurei"), (CS, "cielo"), (SK, "moon"), (PA, "sessoes"),
             (SR, "start"))
MOONS = EVERY_DAY[3:9]
# The notices that follow calendars.
BANNERS = ((OD, "newsletter"), (HB, "program"), (OC, "aviso"), (NE, "kanal"),
           (HT, "oshirase"), (CS, "aviso"), (SK, "weather"), (PA, "aviso"))
# Lines that turn by week or month.
TURNING = ((OC, "semana"), (CR, "public-night"), (SK, "meeting"), (KS, "reikai"),
           (AC, "salida"))
# Amounts in force from given days.
TABLES = ((HB, "vstupne", HB_ADMISSION), (SK, "dues", SK_DUES), (CR, "admission", CR_ADMISSION),
          (CR, "membership", CR_MEMBERSHIP), (PA, "bilhetes", PA_TICKETS))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    OD: "Get every launch in your inbox: sign up for the Liftoff newsletter",
    HB: "Aktuální program najdete v kalendáři akcí.",
    OC: "Assine a newsletter do Olhar Celeste e receba as novidades do céu.",
    NE: "برای دریافت تازه‌ترین اخبار نجوم به کانال تلگرام نجوم امروز بپیوندید",
    HT: "最新記事の更新情報はTwitterでお届けしています",
    CS: "Síguenos en redes sociales para no perderte ningún fenómeno astronómico",
    SK: "Observing evenings go ahead only when the sky is clear. Check here after 4pm on the "
        "day for a go or no-go.",
    PA: "Siga o Planetário do Atlântico no Facebook e no Instagram.",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + TURNING + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (NE, "hoghugh"), (AC, "cuota"), (KS, "nenkaihi")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 8, 21), d(2018, 3, 21), d(2019, 7, 2),
        d(2020, 4, 1), d(2020, 12, 14), LAST_DAY))


def test_helpers() -> None:
    assert jalali(d(2018, 3, 21)) == (1397, 1, 1) and jalali(d(2018, 3, 20)) == (1396, 12, 29)
    assert jalali(d(2019, 12, 26)) == (1398, 10, 5) and jalali(d(2016, 5, 9)) == (1395, 2, 20)
    assert fa(1397) == "۱۳۹۷" and fa_date(d(2018, 7, 27)) == "۵ مرداد ۱۳۹۷"
    assert all(jalali(iso(day))[1:] == (1, 1) for day in NOWRUZ.values())
    assert japanese_era(d(2019, 4, 30)) == "平成31年" and japanese_era(d(2019, 5, 1)) == "令和元年"
    assert japanese_era(d(2016, 3, 5)) == "平成28年" and japanese_era(d(2020, 1, 1)) == "令和2年"
    # Mean phases fall within a day of the real ones: the new moons of the 2017 and 2019
    # eclipses, the full moons of the 2018 and 2019 lunar eclipses.
    for day in (d(2017, 8, 21), d(2019, 7, 2), d(2020, 12, 14)):
        assert abs(next_new_moon(day - one) - day) <= one, day
    for day in (d(2018, 7, 27), d(2019, 1, 20)):
        assert moon_phase(day) == 4 and moon_lit(day) >= 97, day
    assert moon_phase(d(2019, 7, 2)) == 0 and moon_lit(d(2019, 7, 2)) <= 2
    assert all(0 <= moon_age(day) < 29.54 for day in (FIRST_DAY, LAST_DAY))
    saturday, moon = ac_outing(d(2016, 3, 1))
    assert saturday == d(2016, 3, 5) and abs((moon - saturday).days) <= 3
    assert [dni(n) for n in (1, 2, 4, 5, 21)] == ["1 den", "2 dny", "4 dny", "5 dní", "21 dní"]
    assert us_daylight(d(2019, 3, 10)) and not us_daylight(d(2019, 3, 9))
    assert not us_daylight(d(2019, 11, 3)) and us_daylight(d(2019, 11, 2))
    assert eu_summer(d(2019, 3, 31)) and not eu_summer(d(2019, 10, 27))
    assert next_launch(d(2018, 2, 1)) == (5, "Falcon Heavy", "Demo flight")
    assert next_launch(LAST_DAY)[2] == "Transporter-1"
    assert sk_meeting_day(2019, 8) is None and sk_meeting_day(2019, 9) == d(2019, 9, 12)
    assert hb_closed(d(2020, 4, 1)) and not hb_closed(d(2020, 7, 1))


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(OD, "dated", old, "Mar 5, 2016")
    full(OD, "dated", new, rf"Friday, June 19, 2020 · {clock12} EDT")
    full(OD, "dated", winter, rf"Monday, December 7, 2020 · {clock12} EST")
    full(OD, "countdown", d(2020, 5, 28), "🚀 Next launch: Falcon 9 · Crew Dragon Demo-2 — T-2 "
                                          "days")
    full(OD, "countdown", d(2020, 5, 29), "🚀 Next launch: Falcon 9 · Crew Dragon Demo-2 — T-1 "
                                          "day")
    full(OD, "countdown", d(2020, 5, 30), "🚀 Launch day: Falcon 9 · Crew Dragon Demo-2. Watch "
                                          "it live with us")
    full(OD, "solar", new, r"Solar wind: \d{3} km/s · density \d+\.\d protons/cm³ · Kp index \d")
    full(HB, "datum", old, r"5\. 3\. 2016")
    full(HB, "datum", new, r"pátek 19\. června 2020")
    full(HB, "dnes", new, r"Dnes \(pátek 19\. 6\.\) pozorování oblohy od 22:00, pouze za "
                          r"jasného počasí\.")
    full(HB, "dnes", winter, r"Dnes \(pondělí 7\. 12\.\) je hvězdárna pro veřejnost zavřená\. "
                             r"Otevíráme v úterý\.")
    full(HB, "mesic", new, r"Měsíc dnes: [a-zěščřžýáíéůúň ]+, osvětleno \d+ %")
    full(OC, "data", old, rf"05/03/2016 - {clock}")
    full(OC, "data", new, rf"Publicado em sexta-feira, 19 de junho de 2020, às {clock}")
    full(OC, "semana", new, "🔭 Céu da semana, de 15/6 a 21/6: veja o que observar")
    full(NE, "tarikh", old, "تاریخ انتشار: ۱۳۹۴/۱۲/۱۵")
    full(NE, "tarikh", new, "جمعه ۳۰ خرداد ۱۳۹۹")
    full(NE, "hoghugh", new, "تمامی حقوق مادی و معنوی این سایت متعلق به نجوم امروز است. © ۱۳۹۹")
    full(HT, "hizuke", old, r"2016\.03\.05")
    full(HT, "hizuke", new, "令和2年6月19日（金）")
    full(HT, "hizuke", d(2018, 6, 19), "平成30年6月19日（火）")
    full(HT, "getsurei", new, r"今日の月齢：\d{1,2}\.\d（.+）")
    full(CS, "fecha", old, rf"05-03-2016 \| {clock}")
    full(CS, "fecha", new, rf"Viernes 19 de junio de 2020 \| {clock} hrs\.")
    full(SK, "posted", old, "Posted on 5 March 2016 by Ada Brook")
    full(SK, "posted", new, "Friday 19 June 2020 · Ada Brook")
    full(SK, "meeting", old, r"Next meeting: Thursday 10 March, 7\.30pm, Skyhaven Village "
                             r"Hall\. Visitors welcome \(£3\)\.")
    full(CR, "dated", old, "03/05/2016")
    full(CR, "dated", new, "Jun 19, 2020 · Observatory News")
    full(CR, "public-night", old, r"🔭 Public viewing: Saturday, March 5 · gates open 7:00 "
                                  r"p\.m\. · weather permitting")
    full(AC, "publicado", old, "Publicado el 5 marzo, 2016 por Ada Brook")
    full(AC, "publicado", new, r"viernes, 19 de junio de 2020 \| Ada Brook")
    full(PA, "data", old, r"05\.03\.2016")
    full(PA, "data", new, "19 de junho de 2020")
    full(PA, "sessoes", old, r"Sessões de hoje \(sábado\): 15h00, 16h30 e 18h00")
    full(SR, "datum", old, rf"5\. 3\. 2016, {clock}")
    full(SR, "datum", new, r"Publikováno 19\. června 2020")
    full(SR, "start", d(2020, 11, 12), r"Nejbližší sledovaný start: Falcon 9 \(Crew-1\) za 3 dny")
    full(KS, "toukou", old, "2016年3月5日")
    full(KS, "toukou", new, "投稿日：2020年6月19日（金）")
    full(KS, "reikai", old, "次回定例会：3月19日（土）19:00〜 北空市民会館 第2会議室")
    full(KS, "reikai", new, "次回定例会：6月20日（土）19:00〜 オンライン（Zoom）")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(OD, "dated", day).endswith(("EDT", "EST")) == (day >= OD_REDESIGN)
        if day >= OD_REDESIGN:
            assert on(OD, "dated", day).endswith("EDT" if us_daylight(day) else "EST")
        assert ("ledna" in on(HB, "datum", day)) == (day >= HB_REDESIGN and day.month == 1)
        assert on(OC, "data", day).startswith("Publicado") == (day >= OC_REDESIGN)
        assert on(NE, "tarikh", day).startswith("تاریخ انتشار") == (day < NE_REDESIGN)
        assert fa(jalali(day)[0]) in on(NE, "tarikh", day)
        assert not re.search(r"[0-9]", on(NE, "tarikh", day))
        assert ("年" in on(HT, "hizuke", day)) == (day >= HT_REDESIGN)
        if day >= HT_REDESIGN:
            assert on(HT, "hizuke", day).startswith(japanese_era(day))
        assert on(CS, "fecha", day).endswith("hrs.") == (day >= CS_REDESIGN)
        assert on(SK, "posted", day).startswith("Posted on") == (day < SK_REDESIGN)
        assert on(CR, "dated", day).endswith("Observatory News") == (day >= CR_REDESIGN)
        assert on(AC, "publicado", day).startswith("Publicado el") == (day < AC_REDESIGN)
        assert ("de" in on(PA, "data", day)) == (day >= PA_REDESIGN)
        assert on(SR, "datum", day).startswith("Publikováno") == (day >= SR_REDESIGN)
        assert on(KS, "toukou", day).startswith("投稿日") == (day >= KS_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    assert any("令和元年" in t for t in seen[(HT, "hizuke")])
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day() -> None:
    assert len(changes(OD, "solar")) == len(every_day()) - 1
    assert len(changes(OD, "countdown")) == len(every_day()) - 1
    assert len(changes(SR, "start")) == len(every_day()) - 1
    for key in MOONS:
        assert len(changes(*key)) >= 0.9 * len(every_day()), key
    launch_days = {iso(day) for day, _, _ in LAUNCHES}
    for day in every_day():
        countdown = on(OD, "countdown", day)
        assert countdown.startswith("🚀 Launch day") == (day in launch_days), day
        assert on(SR, "start", day).startswith("Dnes startuje") == (day in launch_days), day
        tonight = on(HB, "dnes", day)
        if hb_closed(day):
            assert "uzavřena" in tonight, day
        elif day.weekday() in (0, 6):
            assert "zavřená" in tonight, day
        else:
            assert ("19:00" in tonight) == (not eu_summer(day)), day
        sessions = on(PA, "sessoes", day)
        if PA_CLOSED[0] <= day <= PA_CLOSED[1]:
            assert "temporariamente" in sessions, day
        elif day.weekday() == 0:
            assert "encerrado" in sessions, day
        else:
            assert "Sessões de hoje" in sessions, day
    assert found(OD, "countdown", r"T-(\d+) day") >= {str(n) for n in range(1, 60)}
    assert {"1 den", "2 dny", "5 dní"} <= found(SR, "start", r"za (\d+ \w+)$")
    phases = found(SK, "moon", r"Moon tonight: ([a-z ]+),")
    assert phases == {"new moon", "waxing crescent", "first quarter", "waxing gibbous",
                      "full moon", "waning gibbous", "last quarter", "waning crescent"}
    lit = {int(ascii_digits(m, PERSIAN)) for m in found(NE, "mah", r"، (\S+) درصد")}
    assert min(lit) == 0 and max(lit) == 100
    kp = [int(m[1]) for t in group_lines(SET, OD, "solar") if (m := re.search(r"Kp index (\d)", t))]
    assert kp and all(0 <= k <= 5 for k in kp)


def test_lines_that_turn_by_week_and_month() -> None:
    weekly = changes(OC, "semana")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    public = changes(CR, "public-night")
    assert len(public) >= 100 and all(day.weekday() == 6 or day in (
        CR_SUSPENDED, CR_ECLIPSE - 7 * one, CR_ECLIPSE + one) for day in public)
    for y in range(2015, 2020):
        assert "resumes" in on(CR, "public-night", d(y, 1, 15)), y
        assert "gates open 8:30 p.m." in on(CR, "public-night", d(y, 7, 10)), y
    assert "Eclipse Monday" in on(CR, "public-night", CR_ECLIPSE)
    assert "suspended" in on(CR, "public-night", d(2020, 7, 1))
    meetings = changes(SK, "meeting")
    assert len(meetings) >= 60
    assert all(day - one == sk_meeting_day(day.year, day.month) for day in meetings)
    assert "August" not in found(SK, "meeting", r"Thursday \d+ (\w+),")
    assert "(£3)" in on(SK, "meeting", SK_VISITORS - 30 * one)
    assert "Zoom" in on(SK, "meeting", d(2020, 4, 1)) and "(£4)" in on(SK, "meeting",
                                                                      d(2019, 6, 1))
    reikai = changes(KS, "reikai")
    assert len(reikai) >= 70 and all((day - one).weekday() == 5 for day in reikai)
    assert "Zoom" in on(KS, "reikai", KS_ZOOM) and "Zoom" not in on(KS, "reikai",
                                                                    KS_ZOOM - 30 * one)
    outings = changes(AC, "salida")
    assert len(outings) >= 70
    for day in every_day()[::11]:
        text = on(AC, "salida", day)
        if AC_ALARM[0] <= day <= AC_ALARM[1]:
            assert "estado de alarma" in text, day
        elif text.startswith("Próxima salida"):
            saturday, moon = ac_outing(day)
            assert f"sábado {saturday.day} de" in text and f"el día {moon.day})" in text, day
    assert found(AC, "salida", r"Perseidas (\d{4})") == {str(y) for y in range(2015, 2021)}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    assert "Pluto" in on(OD, "newsletter", d(2015, 7, 14))
    assert "Great American Eclipse" in on(OD, "newsletter", CR_ECLIPSE)
    assert "Cassini" in on(OD, "newsletter", d(2017, 9, 15))
    assert "InSight" in on(OD, "newsletter", d(2018, 11, 26))
    assert "Demo-2" in on(OD, "newsletter", d(2020, 5, 30))
    assert "great conjunction" in on(OD, "newsletter", d(2020, 12, 21))
    assert found(HB, "program", r"Perseidy (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert found(HB, "program", r"Noc vědců (\d{4})") == {str(y) for y in range(2015, 2020)}
    bases = {FIRST_WORDINGS[HB], on(HB, "program", HB_FACEBOOK)}
    for day, word in ((d(2015, 3, 20), "Slunce"), (d(2016, 5, 9), "Merkuru"),
                      (d(2018, 7, 27), "Mars"), (d(2019, 1, 21), "Měsíce"),
                      (d(2019, 11, 11), "Merkuru"), (d(2020, 12, 21), "konjunkce")):
        assert word in on(HB, "program", day) and on(HB, "program", day) not in bases, day
    for first, last in HB_CLOSED:
        assert "uzavřena" in on(HB, "program", first) and "uzavřena" in on(HB, "program", last)
    assert "2 de julho" in on(OC, "aviso", d(2019, 7, 2))
    assert "14 de dezembro" in on(OC, "aviso", d(2020, 12, 14))
    assert "27 de julho" in on(OC, "aviso", d(2018, 7, 27))
    for y, day in NOWRUZ.items():
        assert f"نوروز {fa(y - 621)}" in on(NE, "kanal", iso(day)), y
        assert "هفته جهانی فضا" in on(NE, "kanal", d(y, 10, 6)), y
    assert "۵ دی ۱۳۹۸" in on(NE, "kanal", d(2019, 12, 26))
    assert "۵ مرداد ۱۳۹۷" in on(NE, "kanal", d(2018, 7, 27))
    for y in range(2015, 2021):
        assert f"{y}年7月7日" in on(HT, "oshirase", d(y, 7, 7)), y
        assert f"ペルセウス座流星群{y}" in on(HT, "oshirase", d(y, 8, 12)), y
        assert f"ふたご座流星群{y}" in on(HT, "oshirase", d(y, 12, 14)), y
        assert f"Férias de Natal {y}" in on(PA, "aviso", d(y, 12, 27)), y
    assert "皆既月食" in on(HT, "oshirase", d(2018, 1, 31))
    assert "タッチダウン" in on(HT, "oshirase", d(2019, 2, 22))
    assert "カプセル帰還" in on(HT, "oshirase", d(2020, 12, 6))
    assert found(CS, "aviso", r"Día del Patrimonio (\d{4})") == {str(y) for y in range(2015,
                                                                                         2020)}
    assert "La Higuera" in on(CS, "aviso", d(2019, 7, 2))
    assert "Araucanía" in on(CS, "aviso", d(2020, 12, 14))
    assert "pandemia" in on(CS, "aviso", d(2020, 5, 1))
    assert "suspended" in on(SK, "weather", d(2020, 4, 1))
    assert found(PA, "aviso", r"Investigadores (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "Encerrado" in on(PA, "aviso", d(2020, 4, 1))
    assert "Reabrimos" in on(PA, "aviso", d(2020, 8, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (OD, "byline", OD_REDESIGN, "By {author}", "{author_beat}"),
        (OD, "newsletter", OD_NEWSLETTER, "sign up for the Liftoff", "every Sunday"),
        (OD, "disclosure", OD_DISCLOSURE, "may earn a commission", "supported by its readers"),
        (HB, "autor", HB_REDESIGN, "Autor:", "foto:"),
        (HB, "program", HB_FACEBOOK, "Aktuální program", "Facebooku"),
        (OC, "autor", OC_REDESIGN, "Por {author}", "Edição"),
        (OC, "aviso", OC_WHATSAPP, "newsletter", "WhatsApp"),
        (NE, "nevisande", NE_REDESIGN, "نویسنده", "ترجمه"),
        (NE, "kanal", NE_INSTAGRAM, "تلگرام", "اینستاگرام"),
        (HT, "oshirase", HT_MAGAZINE, "Twitter", "メールマガジン"),
        (CS, "aviso", CS_BOLETIN, "redes sociales", "boletín"),
        (SK, "weather", SK_GO_NO_GO, "Check here", "Facebook"),
        (SK, "privacy", SK_GDPR, "never shared", "GDPR"),
        (CR, "hotline", CR_HOTLINE, "Cloudy?", "Clear Sky Chart"),
        (AC, "tiempo", AC_WHATSAPP, "por correo", "WhatsApp"),
        (SR, "podpora", SR_DARUJME, "Líbí se vám", "Darujme.cz"),
        (KS, "kanbou", KS_PAUSE, "晴天時", "中止")))
    assert_groups_reworded(SET, (
        (OD, "dated", ", 20", " EDT"),
        (OD, "byline", "By ", ", "),
        (HB, "datum", ". 20", "ří"),
        (NE, "tarikh", "تاریخ انتشار", "شنبه"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert changes(SK, "dues") == {d(y, 9, 1) for y in range(2015, 2021)}
    assert "juniors free" in on(SK, "dues", d(2020, 10, 1))
    assert changes(AC, "cuota") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert "2021: 40 €" in on(AC, "cuota", LAST_DAY)
    for y in range(2015, 2021):
        assert f"{y}: {AC_DUES[y][0]} €" in on(AC, "cuota", d(y, 6, 1)), y
        assert f"（{y}年度）" in on(KS, "nenkaihi", d(y, 6, 1)), y
        assert f"（{y - 1}年度）" in on(KS, "nenkaihi", d(y, 3, 31)), y
    assert changes(KS, "nenkaihi") == {d(y, 4, 1) for y in range(2015, 2021)}
    assert "無料" in on(KS, "nenkaihi", d(2020, 6, 1)) and dict(KS_DUES)["2017-04-01"][1] in on(
        KS, "nenkaihi", d(2017, 4, 1))
    assert changes(NE, "hoghugh") == {iso(day) for day in NOWRUZ.values() if iso(day) > FIRST_DAY}
    prices = {m[1] for t in group_lines(SET, HB, "vstupne")
              if (m := re.search(r"dospělí (\d+) Kč", norm(t)))}
    assert len(prices) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (NE, "tarikh", r"[\u0600-\u06ff]"), (NE, "bishtar", r"[\u0600-\u06ff]"),
        (NE, "naghl", r"[\u0600-\u06ff]"), (HT, "hizuke", r"[0-9]"),
        (HT, "mudan", r"[\u3040-\u30ff\u4e00-\u9fff]"), (HT, "kanren", r"[\u4e00-\u9fff]"),
        (KS, "reikai", r"[\u4e00-\u9fff]"), (HB, "adresa", r"[ěščřžýáíéů]"),
        (SR, "licence", r"[ěščřžýáíéů]"), (OC, "reproducao", r"[ãçéíóú]"),
        (PA, "aviso", r"[ãçéêáíóú]"), (CS, "copyright", r"[áéíóúñ]"),
        (AC, "socio", r"[¿áéíóúñ]")))
    assert any(re.search(r"[۰-۹]", t) for t in group_lines(SET, NE, "tarikh"))
    assert not any(re.search(r"[0-9]", t) for t in group_lines(SET, NE, "tarikh"))
    assert any("令和" in t for t in group_lines(SET, HT, "hizuke"))
    assert any("平成" in t for t in group_lines(SET, HT, "hizuke"))
    assert any(t.endswith("EST") for t in group_lines(SET, OD, "dated"))
    assert any(t.endswith("EDT") for t in group_lines(SET, OD, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{OD}/dated", f"{OD}/byline", f"{OD}/related", f"{OD}/kicker",
                         f"{OD}/credit", f"{OD}/copyright", f"{OD}/topics", f"{HB}/datum",
                         f"{HB}/take", f"{OC}/data", f"{NE}/tarikh"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{OD}/copyright", f"{OD}/disclosure", f"{HB}/adresa", f"{HB}/kontakt",
        f"{OC}/reproducao", f"{OC}/direitos"))
    assert_carried_share(docs, OD, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("solar", 0.04, 0.25), ("livestream", 0.0, 0.15), ("newsletter", 0.15, 0.5)])
    assert_carried_share(docs, HB, [("datum", 0.7, 0.97), ("adresa", 0.2, 0.6),
                                    ("oprava", 0.0, 0.15)])
    for fam in (f"{OD}/related", f"{OD}/advert", f"{OC}/leia", f"{OC}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((OD, "credit"), (HB, "foto"), (OC, "credito"), (NE, "tasvir"),
                               (HT, "gazou"), (CS, "credito"), (SK, "image")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (OD, "correction", 16), (HB, "oprava"), (OC, "errata"), (NE, "eslah"),
        (HT, "teisei"), (CS, "erratas"), (SK, "cancelled"), (CR, "canceled"),
        (AC, "correccion"), (PA, "correcao"), (SR, "oprava"), (KS, "teisei")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{OD}/related", "Related: "), (f"{HB}/take", "Přečtěte si také: "),
        (f"{OC}/leia", "Leia também: "), (f"{NE}/bishtar", "بیشتر بخوانید: "),
        (f"{HT}/kanren", "関連記事："), (f"{CS}/interesar", "Te puede interesar: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (OD, "advert", "Advertisement"), (OC, "publicidade", "Publicidade"),
        (NE, "tabligh", "تبلیغات"), (HT, "sponsor", "スポンサーリンク"),
        (CS, "publicidad", "Publicidad"), (SK, "clear-skies", "Clear skies!"),
        (AC, "comparte", "Comparte esto:"), (PA, "partilhar", "Partilhar:")))
    assert_group_values_from_pool(SET, (
        (OD, "kicker", "kicker"), (HB, "rubrika", "rubrika"), (OC, "editoria", "editoria"),
        (NE, "dasteh", "dasteh"), (HT, "bunrui", "bunrui"), (CS, "seccion", "seccion"),
        (SK, "category", "category"), (KS, "satsuei", "satsuei")))
    credits = {norm(t).removeprefix("(Image credit: ").removesuffix(")")
               for t in group_lines(SET, OD, "credit")}
    assert len(credits & pool(SET, OD, "credit")) >= 4
    images = {norm(t).removeprefix("Image: ") for t in group_lines(SET, SK, "image")}
    assert len(images & pool(SET, SK, "imaging")) >= 3


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (OD, "advert", "Advertisement"),
        (OC, "publicidade", "Publicidade"),
        (SK, "clear-skies", "Clear skies!"),
        (NE, "naghl", "نقل مطالب با ذکر منبع آزاد است.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HB: (["adresa", "kontakt", "zrizovatel", "copyright"], 3),
        OC: (["reproducao", "direitos"], 2),
        NE: (["naghl", "hoghugh"], 2),
        HT: (["mudan", "copyright"], 2),
        SK: (["clear-skies", "charity", "affiliated", "privacy"], 3),
        CR: (["nonprofit", "donate", "copyright"], 2),
        PA: (["morada", "contactos", "partilhar", "copyright"], 3),
        KS: (["nyukai", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY[:2]:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
