"""The held-back-128 template set (`tests.bench.heldout_templates_128`): its localised dates
(printed day by day in English with British summer and winter time and UTC, German, French,
Spanish, Arabic with its switch to Arabic-Indic digits, Hindi and Thai with the Buddhist-era
year, several changing form on the day of a redesign), the lines that turn every day, week
and month (service status, "information correct at time of publishing", the jet-fuel price,
an airport's passenger numbers), the service-disruption and timetable-change notices by date,
the calendars some notices follow (air shows, strikes, timetable changes, Ramadan, the Hajj
season, Diwali and Chhath, Songkran, American holidays, Holy Week, the pandemic), the fares,
taxes and fleet sizes that change over the years, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_calendar import thanksgiving
from tests.bench.heldout_templates_128 import (
    AA_REDESIGN,
    AIR_SHOWS,
    APD_LONG_HAUL,
    ARAFAH,
    CHHATH,
    CV_ECOCONTRIBUTION,
    CV_NEWSLETTER,
    CV_REDESIGN,
    DIWALI,
    FARE_RISES,
    FIRST_DAY,
    FM_LINE,
    FM_REDESIGN,
    HA_MASKS,
    HA_REDESIGN,
    LAST_DAY,
    LK_NEWSLETTER,
    LK_REDESIGN,
    LUFTVERKEHRSTEUER,
    MAY_CHANGES,
    NR_APP,
    NR_DELAY_REPAY,
    NR_REDESIGN,
    NR_STRIKES,
    PENSION_STRIKE,
    RAIL_BUDGETS,
    RAMADAN,
    RD_REDESIGN,
    RD_TELEGRAM,
    SB_NEWSLETTER,
    SB_REDESIGN,
    TS_REDESIGN,
    TV_REDESIGN,
    VL_TARIF,
    WA_APP,
    WA_DIGITS,
    arabic,
    be_year,
    european_timetable_change,
    friday_of,
    passengers,
    sncf_strike_days,
    summer_time,
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

SET = "held-back-128"
SITES = ("Skyline Briefing", "Northlink Rail", "Luftfahrt-Kurier", "Carnet de Vol",
         "Transportes Urbanos de Sierramar", "طيران الواحة", "रेल दर्पण", "ฟ้าใหม่นิวส์",
         "Harrowfield Airport", "Tri-Valley Transit", "Aurora Atlantic",
         "Verkehrsverbund Lahn-Taunus")
SB, NR, LK, CV = ("skylinebriefing.com", "northlinkrail.co.uk", "luftfahrt-kurier.de",
                  "carnetdevol.fr")
TS, WA, RD, FM = ("tusierramar.es", "wahaairways.ae", "raildarpan.in", "fahmainews.com")
HA, TV, AA, VL = ("harrowfieldairport.co.uk", "trivalleytransit.org", "auroraatlantic.com",
                  "vlt-verkehr.de")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SB, "dated"), (NR, "dated"), (LK, "datum"), (CV, "date"), (TS, "fecha"),
         (WA, "dateline"), (RD, "dinank"), (FM, "wanthi"), (HA, "dated"), (TV, "dated"),
         (AA, "dated"), (VL, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((NR, "status"), (NR, "correct"), (FM, "khomun"), (TV, "accurate"))
# The notices that follow calendars.
BANNERS = ((SB, "notice"), (NR, "notice"), (LK, "hinweis"), (CV, "newsletter"),
           (TS, "aviso"), (WA, "tanbih"), (RD, "suchna"), (FM, "prakat"), (TV, "alert"),
           (VL, "hinweis"))
# Amounts in force from given days.
TABLES = ((NR, "fares", FARE_RISES), (LK, "steuer", LUFTVERKEHRSTEUER),
          (AA, "fares", APD_LONG_HAUL))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    SB: "Sign up for Skyline Daily, our free morning briefing",
    NR: "Plan your journey and buy tickets at northlinkrail.co.uk",
    LK: "Den Luftfahrt-Kurier-Newsletter jetzt kostenlos abonnieren",
    CV: "Recevez notre lettre d'information chaque vendredi",
    TS: "Consulta horarios y tiempos de paso en la app TUS Sierramar",
    WA: "احجز رحلتك عبر موقعنا الإلكتروني أو مكاتب طيران الواحة",
    RD: "रेल दर्पण के व्हाट्सऐप ग्रुप से जुड़ें",
    FM: "ติดตามข่าวการบินได้ทางเพจเฟซบุ๊กฟ้าใหม่นิวส์",
    TV: "Sign up for Rider Alerts by text or email",
    VL: "Fahrplanauskunft rund um die Uhr: www.vlt-verkehr.de",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (SB, "jet-fuel"), (HA, "pax"), (HA, "notes"), (CV, "trafic"), (WA, "ustul")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert friday_of(d(2019, 6, 23)) == friday_of(d(2019, 6, 21)) == d(2019, 6, 21)
    assert friday_of(d(2019, 6, 20)) == d(2019, 6, 14)
    assert [european_timetable_change(y) for y in (2015, 2016, 2019, 2020)] == [
        d(2015, 12, 13), d(2016, 12, 11), d(2019, 12, 15), d(2020, 12, 13)]
    assert be_year(2019) == 2562 and arabic(2018) == "٢٠١٨" and arabic("6.2") == "٦٫٢"
    pairs = sncf_strike_days()
    assert pairs[0] == (d(2018, 4, 3), d(2018, 4, 4))
    assert pairs[-1] == (d(2018, 6, 27), d(2018, 6, 28)) and len(pairs) == 18
    assert passengers(2020, 4) < 0.05 * passengers(2019, 4)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SB, "dated", old, "5 Mar 2016")
    full(SB, "dated", new, rf"Published Friday 19 June 2020 · {clock} UTC")
    full(SB, "jet-fuel", new, r"Jet fuel: \$\d\d\.\d\d/bbl in the week to 19 Jun "
                              r"\([+-]\d+\.\d% on the week\)")
    full(NR, "dated", old, "Posted 05/03/2016")
    full(NR, "dated", new, rf"Friday 19 June 2020, {clock} BST")
    full(NR, "dated", winter, rf"Monday 7 December 2020, {clock} GMT")
    full(NR, "correct", new, r"Information correct at time of publishing \(19/06/2020\)\.")
    full(LK, "datum", old, r"05\.03\.2016")
    full(LK, "datum", new, rf"Freitag, 19\. Juni 2020, {clock} Uhr")
    full(CV, "date", old, rf"Publié le 05/03/2016 à {clock}")
    full(CV, "date", new, rf"Mis à jour le vendredi 19 juin 2020 à {clock}")
    full(TS, "fecha", old, "05/03/2016")
    full(TS, "fecha", new, rf"Publicado el viernes 19 de junio de 2020, {clock} h")
    full(WA, "dateline", old, "دبي، 5 مارس 2016")
    full(WA, "dateline", new, "دبي، الجمعة ١٩ يونيو ٢٠٢٠")
    full(RD, "dinank", old, "5 मार्च 2016")
    full(RD, "dinank", new, rf"अपडेटेड: शुक्रवार, 19 जून 2020, {clock} IST")
    full(FM, "wanthi", old, "5/03/2559")
    full(FM, "wanthi", new, rf"วันศุกร์ที่ 19 มิถุนายน พ\.ศ\. 2563 เวลา {clock} น\.")
    full(FM, "khomun", new, "ข้อมูล ณ วันที่ 19 มิถุนายน 2563 อาจมีการเปลี่ยนแปลง")
    full(HA, "dated", old, "5 March 2016")
    full(HA, "dated", new, "Media centre · 19 June 2020")
    full(HA, "pax", new, r"Passengers in May 2020: [\d,]+ \(-\d\d\.\d% on May 2019\)")
    full(TV, "dated", old, "Posted 03/05/2016")
    full(TV, "dated", new, "Friday, June 19, 2020")
    full(TV, "accurate", new, r"This information was accurate as of June 19, 2020\.")
    full(AA, "dated", old, "LONDON, March 5, 2016 –")
    full(AA, "dated", new, "London, 19 June 2020:")
    full(VL, "datum", new, r"Limburg, 19\.06\.2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The service status names the weekday and the day, not the year: it turns every day.
    assert len(changes(NR, "status")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[1:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SB, "dated", day).startswith("Published") == (day >= SB_REDESIGN)
        assert on(NR, "dated", day).startswith("Posted") == (day < NR_REDESIGN)
        assert ("Uhr" in on(LK, "datum", day)) == (day >= LK_REDESIGN)
        assert on(CV, "date", day).startswith("Mis à jour") == (day >= CV_REDESIGN)
        assert on(TS, "fecha", day).startswith("Publicado") == (day >= TS_REDESIGN)
        assert bool(re.search(r"[0-9]", on(WA, "dateline", day))) == (day < WA_DIGITS)
        assert on(RD, "dinank", day).startswith("अपडेटेड") == (day >= RD_REDESIGN)
        assert ("พ.ศ." in on(FM, "wanthi", day)) == (day >= FM_REDESIGN)
        assert str(be_year(day.year)) in on(FM, "wanthi", day)
        assert on(HA, "dated", day).startswith("Media centre") == (day >= HA_REDESIGN)
        assert on(TV, "dated", day).startswith("Posted") == (day < TV_REDESIGN)
        assert on(AA, "dated", day).startswith("LONDON") == (day < AA_REDESIGN)
        if day >= NR_REDESIGN:
            assert on(NR, "dated", day).endswith("BST" if summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for day in every_day():
        status = on(NR, "status", day)
        if (day.month, day.day) in ((12, 25), (12, 26)):
            assert status.startswith("🚫 No"), day
        elif day.isoformat() in NR_STRIKES:
            assert "Industrial action" in status, day
        assert f"{day:%A} {day.day} {day:%B}" in status
    weekly = changes(SB, "jet-fuel")
    assert len(weekly) >= 300 and all(day.weekday() == 4 for day in weekly)
    monthly = changes(HA, "pax")
    assert len(monthly) >= 70 and all(day.day == 12 for day in monthly)
    fuel = [float(m[1]) for t in group_lines(SET, SB, "jet-fuel")
            if (m := re.search(r"\$(\d+\.\d\d)/bbl", norm(t)))]
    assert fuel and all(15 <= f <= 105 for f in fuel)
    notes = changes(HA, "notes")
    assert notes == {d(y, 1, 20) for y in range(2015, 2021)}


def test_disruption_and_timetable_notices_by_date() -> None:
    for first, second in sncf_strike_days():
        assert f"les {first.day} et {second.day}" in on(CV, "trafic", first - 2 * one)
        assert "Grève SNCF" in on(CV, "trafic", second)
    start, end = PENSION_STRIKE
    assert found(CV, "trafic", r"jour (\d+),") == {str(n) for n in range(1, (end - start).days
                                                                         + 2)}
    assert "Confinement" in on(CV, "trafic", d(2020, 4, 1))
    for y in range(2015, 2021):
        may, december = iso(MAY_CHANGES[y]), european_timetable_change(y)
        for day in (may, december)[y == 2020:]:  # the pandemic's notice wins in May 2020
            assert f"New timetable from Sunday {day.day} {day:%B} {y}" in on(NR, "notice",
                                                                             day - 7 * one)
        if y < 2020:
            assert "New timetable" in on(NR, "notice", may), y
        assert f"Fahrplanwechsel am {december.day}. Dezember {y}" in on(VL, "hinweis", december)
        assert f"Christmas {y}" in on(NR, "notice", d(y, 12, 27))
        assert f"+{VL_TARIF[y]} %" in on(VL, "hinweis", d(y, 1, 5)), y
    assert "essential" in on(NR, "notice", d(2020, 5, 17))
    assert "Face coverings" in on(NR, "notice", d(2020, 7, 1))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for first, last, name in AIR_SHOWS:
        if iso(first) < d(2020, 3, 11):
            assert name in on(SB, "notice", iso(first)) and name in on(SB, "notice", iso(last))
    assert "737 MAX" in on(SB, "notice", d(2019, 3, 20))
    assert "Farnborough is cancelled" in on(SB, "notice", d(2020, 7, 21))
    assert "Air Berlin" in on(LK, "hinweis", d(2017, 9, 1))
    assert "BER" in on(LK, "hinweis", d(2020, 10, 31))
    assert found(CV, "newsletter", r"Salon du Bourget (\d{4})") == {"2015", "2017", "2019"}
    assert found(TS, "aviso", r"Semana Santa (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "Estado de alarma" in on(TS, "aviso", d(2020, 4, 10))
    assert "mascarilla" in on(TS, "aviso", d(2020, 6, 1))
    for y, (first, eid, hijri) in RAMADAN.items():
        if y < 2020:
            assert arabic(hijri) in on(WA, "tanbih", iso(first)), y
            assert "عيد فطر" in on(WA, "tanbih", iso(eid)), y
            assert "موسم الحج" in on(WA, "tanbih", iso(ARAFAH[y])), y
    assert "تعليق" in on(WA, "tanbih", iso(RAMADAN[2020][0]))
    assert "موسم الحج" in on(WA, "tanbih", iso(ARAFAH[2020]))
    for day, name in RAIL_BUDGETS.items():
        assert name in on(RD, "suchna", iso(day)), day
    for y in range(2015, 2021):
        assert f"छठ {y}" in on(RD, "suchna", iso(DIWALI[y])), y
        assert f"छठ {y}" in on(RD, "suchna", iso(CHHATH[y])), y
        assert f"สงกรานต์ {be_year(y)}" in on(FM, "prakat", d(y, 4, 13)) or y == 2020
        assert f"ปีใหม่ {be_year(y + 1)}" in on(FM, "prakat", d(y, 12, 31)), y
        assert f"Thanksgiving Day {y}" in on(TV, "alert", thanksgiving(y)), y
    assert "कुंभ 2019" in on(RD, "suchna", d(2019, 2, 10))
    assert "लॉकडाउन" in on(RD, "suchna", d(2020, 4, 1))
    assert "กพท." in on(FM, "prakat", d(2020, 4, 13))
    assert "free fares" in on(TV, "alert", d(2020, 7, 4))
    assert "Independence Day 2019" in on(TV, "alert", d(2019, 7, 4))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SB, "byline", SB_REDESIGN, "By {author}", "{author_beat}"),
        (SB, "premium", SB_REDESIGN, "Subscriber content", "Premium"),
        (SB, "notice", SB_NEWSLETTER, "free morning briefing", "60,000"),
        (NR, "notice", NR_APP, "Plan your journey", "no booking fees"),
        (NR, "delay-repay", NR_DELAY_REPAY, "30 minutes", "15 minutes"),
        (LK, "autor", LK_REDESIGN, "Von {author}", "Fotos"),
        (LK, "hinweis", LK_NEWSLETTER, "jetzt kostenlos", "Jeden Morgen"),
        (CV, "newsletter", CV_NEWSLETTER, "chaque vendredi", "Bons plans"),
        (CV, "taxe", CV_ECOCONTRIBUTION, "1,13 € par", "éco-contribution"),
        (WA, "tanbih", WA_APP, "مكاتب", "تطبيق"),
        (RD, "suchna", RD_TELEGRAM, "व्हाट्सऐप", "टेलीग्राम"),
        (FM, "prakat", FM_LINE, "เฟซบุ๊ก", "LINE"),
        (HA, "airline", HA_MASKS, "Flight times", "Face coverings")))
    assert_groups_reworded(SET, (
        (SB, "dated", " 20", "Published "),
        (NR, "dated", "Posted ", "20"),
        (SB, "byline", "By ", ", "),
        (LK, "datum", ".", "Uhr"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "2.7%" in on(NR, "fares", LAST_DAY)  # the 2021 rise was put off
    assert "12,90" in on(LK, "steuer", d(2020, 4, 1)) and "7,50" in on(LK, "steuer",
                                                                      d(2020, 3, 31))
    assert changes(TS, "tarifas") == {d(y, 1, 1) for y in range(2017, 2021)}
    assert "1,40 €" in on(TS, "tarifas", d(2020, 6, 1))
    assert changes(TV, "fares") == {d(2017, 7, 1), d(2019, 7, 1)}
    assert changes(WA, "ustul") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert arabic(43) in on(WA, "ustul", d(2020, 6, 1))
    assert changes(AA, "about") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert changes(RD, "platform") == {d(2015, 4, 1), d(2020, 3, 17)}
    shares = {m[1] for t in group_lines(SET, NR, "fares")
              if (m := re.search(r"average of ([\d.]+)%", norm(t)))}
    assert len(shares) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (WA, "bayan", r"[\u0600-\u06ff]"), (WA, "sahih", r"[\u0600-\u06ff]"),
        (RD, "pushti", r"[\u0900-\u097f]"), (RD, "vigyapan", r"[\u0900-\u097f]"),
        (FM, "muad", r"[\u0e00-\u0e7f]"), (FM, "khomun", r"[\u0e00-\u0e7f]"),
        (LK, "gewaehr", r"[äöüß]"), (CV, "indicatif", r"[éèàù]"),
        (TS, "sujeto", r"[áéíóúñ]")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, WA, "dateline"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, WA, "dateline"))
    assert any(t.endswith("BST") for t in group_lines(SET, NR, "dated"))
    assert any("พ.ศ." in t for t in group_lines(SET, FM, "wanthi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SB}/dated", f"{SB}/byline", f"{SB}/read-more", f"{SB}/kicker",
                         f"{SB}/caption", f"{SB}/copyright", f"{SB}/jet-fuel", f"{NR}/dated",
                         f"{NR}/correct", f"{NR}/caption", f"{LK}/datum"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SB}/publisher", f"{SB}/copyright", f"{NR}/notes", f"{NR}/media", f"{LK}/gewaehr",
        f"{CV}/indicatif"))
    assert_carried_share(docs, SB, [
        ("dated", 0.8, 0.98), ("read-more", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("jet-fuel", 0.08, 0.35), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, NR, [("correct", 0.35, 0.65), ("ends", 0.4, 0.7),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{SB}/read-more", f"{SB}/advert", f"{LK}/anzeige", f"{CV}/publicite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SB, "caption"), (NR, "caption"), (LK, "bild"), (CV, "ligne"),
                               (TS, "lineas"), (WA, "rahla"), (RD, "gaadi"), (FM, "khosana")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SB, "correction", 16), (NR, "update"), (LK, "korrektur"), (CV, "erratum"),
        (TS, "rectificacion"), (WA, "tashih"), (RD, "sudhar"), (FM, "kaekhai"),
        (HA, "update"), (TV, "correction"), (AA, "correction"), (VL, "korrektur")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SB}/read-more", "Read more: "), (f"{LK}/lesen", "Lesen Sie auch: "),
        (f"{CV}/lire", "À lire aussi : "), (f"{RD}/yeh-bhi", "यह भी पढ़ें: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SB, "advert", "Advertisement"), (LK, "anzeige", "Anzeige"),
        (CV, "publicite", "Publicité"), (RD, "vigyapan", "विज्ञापन"), (NR, "ends", "ENDS"),
        (WA, "intaha", "-انتهى-"), (FM, "khosana", "โฆษณา")))
    assert_group_values_from_pool(SET, (
        (SB, "kicker", "kicker"), (NR, "category", "category"), (LK, "rubrik", "rubrik"),
        (CV, "rubrique", "rubrique"), (TS, "seccion", "seccion"), (RD, "shreni", "shreni"),
        (FM, "muad", "muad")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SB, "advert", "Advertisement"),
        (NR, "ends", "ENDS"),
        (LK, "gewaehr", "Alle Angaben ohne Gewähr. Flugpläne und Preise können sich "
                        "kurzfristig ändern.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SB: (["publisher", "copyright"], 2),
        NR: (["ends", "notes", "media", "company"], 3),
        LK: (["impressum", "copyright"], 2),
        CV: (["reproduction", "copyright"], 2),
        TS: (["atencion", "copyright"], 2),
        WA: (["intaha", "nabdha", "ilam", "huquq"], 3),
        HA: (["ends", "notes", "media", "copyright"], 3),
        AA: (["ends", "about", "media", "copyright"], 2),
        VL: (["gewaehr", "kontakt", "copyright"], 2)})


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
