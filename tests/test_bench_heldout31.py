"""The held-back-31 template set (`tests.bench.heldout_templates_31`): its localised dates
(some printed day by day, in two calendars on one site, with the Javanese market week on
another, high water at a causeway day by day, a monastery's next moon day, fuel prices month
by month, a project's latest release), the notices it rewords by date, the calendars some
notices follow, the variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-31's first run scored 97.93%; it has been studied since). The
checks every held-back set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_31 import (
    BAND_RESULTS,
    EASTER_WESTERN,
    ETHIOPIAN_MONTHS_OR,
    FIRST_DAY,
    FUEL_MEAN,
    FUEL_SPECIAL,
    GSOC_DEADLINE,
    IRREECHA,
    JAVANESE_MONTHS,
    JAVANESE_WEEKDAYS,
    JV_BYLINE,
    JV_DAILY,
    JV_SOCIAL,
    KABYLE_MONTHS,
    KABYLE_WEEKDAYS,
    KB_APP,
    KB_BYLINE,
    KB_DAILY,
    KB_SOCIAL,
    KG_BYLINE,
    KG_DAILY,
    KG_ERAS,
    KG_SOCIAL,
    KURS_KG,
    KYRGYZ_MONTHS,
    KYRGYZ_WEEKDAYS,
    LAST_DAY,
    MART_TOPS,
    OC_BYLINE,
    OC_DAILY,
    OC_PRICE,
    OC_SOCIAL,
    OCCITAN_MONTHS,
    OCCITAN_WEEKDAYS,
    OR_BYLINE,
    OR_DAILY,
    OR_SOCIAL,
    OROMO_MONTHS,
    OROMO_WEEKDAYS,
    PAP_DAILY,
    PAP_SOCIAL,
    PAP_SOURCE,
    PAPIAMENTU_MONTHS,
    PAPIAMENTU_WEEKDAYS,
    PASARAN,
    PYCON_SPRINTS,
    PYTHONS,
    RELEASES,
    SCORES,
    SURA,
    VERSES,
    YEARS,
    amazigh_year,
    bst,
    civic_holiday,
    ethiopian,
    ethiopian_day,
    ethiopian_new_year,
    fuel_prices,
    glengarry_games,
    independence_years_kg,
    javanese_year,
    kathina_day,
    latest_release,
    moon_days,
    pasaran,
    regatta_day,
    vassa_days,
    vesak_day,
    violet_sunday,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_marked,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_reworded,
    assert_sister_sites_share,
    assert_values_from_pool,
    assert_variants_drop_site_names,
    assert_varied,
    bodies,
    by_family,
    every_day,
    group_docs,
    group_lines,
    mostly,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    pool_in_order,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-31"
SITES = ("Түштүк Жаңырыгы", "Warta Sembada", "Taɣect n Jerjer", "Sagalee Adaamaa", "Ferrule",
         "Lo Vent d'Autan", "Eko di Otrobanda", "Drumlough Livestock Mart",
         "Ambervale Buddhist Monastery", "Rideau Lakes Pipe Band",
         "Marshland Harriers Speedway", "Holmsey Island Trust")
KG, JV, KB, ORO = ("tushtuk.kg", "wartasembada.id", "taghectjerjer.dz", "sagaleeadaamaa.com")
OSS, OC, PAP = ("ferrule-project.org", "loventdautan.org", "ekodiotrobanda.cw")
MART, VIHARA, BAND = ("drumloughmart.co.uk", "ambervalevihara.org.uk", "rideaulakespipeband.ca")
SPEEDWAY, ISLAND = ("marshlandharriers.co.uk", "holmseyisland.org.uk")
CYRILLIC = r"[\u0400-\u04ff]"
KYRGYZ_LETTERS = "[ңөүҢӨҮ]"
JAVANESE_SCRIPT = r"[\ua980-\ua9df]"
TIFINAGH = r"[\u2d30-\u2d7f]"
ETHIOPIC = r"[\u1200-\u137f]"
JAVANESE = (r"\b(?:Sugeng|Waca|uga|Pariwara|Gabung|karo|lan|ing|Rungokna|saben|Komentar|"
            r"panulise|Aja|nyoblos|Kirim|pawarta|Diwaca|kaping|Panulis|Pawarta|warsa|"
            r"ambal|Tetep|omah|Lindhu|krasa|Redaksi)\b")
KABYLE = (r"[ɣɛḍṛẓčǧḥṣṭƐƔḌ]|\b(?:Taqbaylit|Adellel|Amaru|Tawlaft|Tifranin|Iwenniten|"
          r"Agbur|Aseggas|iseggasen|Sader)\b")
OROMO = (r"\b(?:Afaan|Oromoo|Beeksisa|Kanas|dubbisaa|Suuraa|Barreessaa|Gabaasaa|irraa|"
         r"Yeroo|dubbifame|hordofaa|Baga|nagaan|geessan|Odeeffannoo|bilbilaa|Sagantaa|"
         r"keenya|Yaada|keessan|Labsii|Harka|Filannoo|Mirgi|fi|irratti)\b|[a-z]'[a-z]|"
         r"(?:aa|ee|ii|oo|uu)")
OCCITAN = (r"[èòàíóú]|\b(?:Occitan|Reclama|Legir|tanben|Acuèlh|Tèxt|lectura|sosten|lenga|"
           r"Seguissètz|Eleccions|letra|comentaris|Redaccion|Sostenètz|reservats|Publicat)\b")
PAPIAMENTU = (r"[üèòù]|\b(?:Anunsio|Lesa|tambe|Potrèt|Skibí|Fuente|Sigui|riba|Tin|notisia|"
              r"Komentario|Kambio|fiho|Kontakto|Bon|Pasku|Dia|di|Keda|kas|Tene)\b")
MONTHS_KG = "|".join(KYRGYZ_MONTHS)
MONTHS_JV = "|".join(JAVANESE_MONTHS)
MONTHS_KB = "|".join(KABYLE_MONTHS)
MONTHS_OR = "|".join(OROMO_MONTHS)
MONTHS_ET = "|".join(ETHIOPIAN_MONTHS_OR)
MONTHS_OC = "|".join(OCCITAN_MONTHS)
MONTHS_PAP = "|".join(PAPIAMENTU_MONTHS)

d = dt.date
one = dt.timedelta(days=1)
SYNODIC = 29.530588853  # days
NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)  # a mean new moon (UTC)
ETHIOPIAN_NEW_YEARS = {2007: d(2014, 9, 11), 2008: d(2015, 9, 12), 2009: d(2016, 9, 11),
                       2010: d(2017, 9, 11), 2011: d(2018, 9, 11), 2012: d(2019, 9, 12),
                       2013: d(2020, 9, 11)}  # 1 Meskerem, as published


def moon_age(day: dt.date) -> float:
    """Days since the last mean new moon at noon UTC on `day` (0 to 29.53)."""
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return (noon - NEW_MOON).total_seconds() / 86400 % SYNODIC


def to_ethiopian(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` from the published new year days (not the module's own
    arithmetic): months of 30 days from 1 Meskerem."""
    year = max(y for y, first in ETHIOPIAN_NEW_YEARS.items() if first <= day)
    offset = (day - ETHIOPIAN_NEW_YEARS[year]).days
    return year, offset // 30 + 1, offset % 30 + 1


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KG, "kun", old, r"05\.03\.2016 \d\d:\d\d")
    full(KG, "kun", new, r"Жума, 21-июнь, 2019-ж\.")
    full(KG, "kun", d(2019, 6, 17), r"Дүйшөмбү, 17-июнь, 2019-ж\.")
    full(KG, "avtor", old, r"Автор: \S+ \S+")
    full(KG, "avtor", new, r"Материалды \S+ \S+ даярдады\.")
    full(KG, "okuldu", old, r"Окулду: \d{1,3}")
    full(JV, "tanggal", old, r"Sabtu, 5 Maret 2016")
    full(JV, "tanggal", new, r"Jemuwah Pahing, 21 Juni 2019 \| \d\d:\d\d WIB")
    full(JV, "tanggal", d(2019, 6, 23), r"Ngahad Wage, 23 Juni 2019 \| \d\d:\d\d WIB")
    full(JV, "panulis", old, r"Panulis: \w+ \w+")
    full(JV, "panulis", new, r"Pawarta: \w+ \w+ · Editor: \w+ \w+")
    full(JV, "diwaca", old, r"Diwaca \d{1,3} kaping")
    full(KB, "azemz", old, r"5 mars 2016 – \d\d:\d\d")
    full(KB, "azemz", new, r"Sḍisass, 21 Yunyu 2019 – \d\d:\d\d")
    full(KB, "azemz", d(2019, 8, 4), r"Yanass, 4 Ɣuct 2019 – \d\d:\d\d")
    full(KB, "amaru", old, r"Amaru: \w+ \w+ \w+|Amaru: \w+ \w+")
    full(KB, "amaru", new, r"[\w ]+ — [\wɛẓ ]+")
    full(ORO, "guyyaa", old, r"5 March 2016")
    full(ORO, "guyyaa", new, r"Jimaata, 21 Waxabajjii 2019 ALA · 14 Waxabajjii 2011 ALI")
    full(ORO, "guyyaa", d(2019, 9, 12), r"Kamiisa, 12 Fulbaana 2019 ALA · 1 Fulbaana 2012 ALI")
    full(ORO, "guyyaa", d(2019, 9, 11), r"Roobii, 11 Fulbaana 2019 ALA · 6 Qaammee 2011 ALI")
    full(ORO, "barreessaa", old, r"Barreessaa: \w+ \w+")
    full(ORO, "barreessaa", new, r"Gabaasaa keenya \w+ \w+, \w+ irraa")
    full(ORO, "dubbifame", old, r"Yeroo \d{1,3} dubbifame")
    full(OSS, "posted", old, r"Posted on March 5, 2016 by Ada Brook")
    full(OSS, "posted", new, r"2019-06-21 · Ada Brook · \d+ min read")
    full(OSS, "release", old, r"📦 Latest release: 1\.4\.0 \(18 January 2016\)")
    full(OSS, "release", new, r"📦 Latest release: 2\.2\.0 \(21 January 2019\)")
    full(OC, "data", old, r"5 mars 2016")
    full(OC, "data", new, r"Publicat lo divendres 21 de junh de 2019")
    full(OC, "data", d(2019, 8, 2), r"Publicat lo divendres 2 d'agost de 2019")
    full(OC, "data", d(2019, 10, 2), r"Publicat lo dimècres 2 d'octòbre de 2019")
    full(OC, "autor", old, r"Tèxt de [\w-]+ \w+")
    full(OC, "autor", new, r"[\w-]+ \w+ · \d+ min de lectura")
    full(PAP, "fecha", old, r"05-03-2016")
    full(PAP, "fecha", new, r"Djabièrnè, 21 di yüni 2019")
    full(PAP, "autor", old, r"Skibí pa: \w+ \w+")
    full(PAP, "autor", new, r"\w+ \w+ · Fuente: [\wò ]+")
    full(PAP, "gasolin", old, r"⛽ Preis for di 1 di mart 2016: gasolin NAf\. \d,\d\d · disel "
         r"NAf\. \d,\d\d pa liter")
    full(MART, "posted", old, r"5 March 2016")
    full(MART, "posted", new, r"Sale report · Friday 21 June 2019")
    full(VIHARA, "posted", old, r"March 5, 2016")
    full(VIHARA, "posted", new, r"Posted by the (?:Abbot|guest monk|lay steward) · Friday 21 "
         r"June 2019")
    full(VIHARA, "moonday", old, r"🌑 Next moon day: Tuesday 8 March \(new moon\)")
    full(BAND, "posted", old, r"Posted Mar 5, 2016 by Ada Brook")
    full(BAND, "posted", new, r"Friday, June 21, 2019")
    full(SPEEDWAY, "posted", old, r"5 March 2016")
    full(SPEEDWAY, "posted", new, r"Meeting report · Friday 21 June 2019")
    full(ISLAND, "posted", old, r"5 March 2016")
    full(ISLAND, "posted", new, r"Island news · 21 June 2019 · Ada Brook")
    full(ISLAND, "tide", old, r"🌊 High water today: \d\d:\d\d and \d\d:\d\d \(GMT\)\. Do not "
         r"cross from two hours before until three hours after\.")
    full(ISLAND, "tide", new, r"🌊 High water today: \d\d:\d\d and \d\d:\d\d \(BST\)\. .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Seven families hold a wording per day (six a date no slot prints, one the day's high
    waters): walking every day from 2015 to 2020, each date prints that day's own date
    (day, month, year and weekday) in its language, changing form on the day of its
    rewording; the Javanese market week steps through its five days in order; the Ethiopian
    date starts each year on its new year and steps one day at a time through twelve months
    of 30 days and Pagume of five or six; Occitan elides "de" before a vowel."""
    for domain, family, since in ((KG, "kun", KG_DAILY), (JV, "tanggal", JV_DAILY),
                                  (KB, "azemz", KB_DAILY), (ORO, "guyyaa", OR_DAILY),
                                  (OC, "data", OC_DAILY), (PAP, "fecha", FIRST_DAY),
                                  (ISLAND, "tide", FIRST_DAY)):
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    market: str | None = None
    eth: tuple[int, int, int] | None = None
    pagume: dict[int, int] = {}
    for day in every_day():
        date = (day.day, day.month, day.year)
        kg = template(SET, KG, "kun", day)
        if day < KG_DAILY:
            assert kg == "{date_de} {time}", (day, kg)
        else:
            m = re.fullmatch(rf"(\w+), (\d{{1,2}})-({MONTHS_KG}), (\d{{4}})-ж\.", kg)
            assert m and KYRGYZ_WEEKDAYS.index(m[1]) == day.weekday(), (day, kg)
            assert (int(m[2]), KYRGYZ_MONTHS.index(m[3]) + 1, int(m[4])) == date, (day, kg)

        jv = template(SET, JV, "tanggal", day)
        if day < JV_DAILY:
            assert jv == "{date_id}", (day, jv)
        else:
            m = re.fullmatch(rf"(\w+) (\w+), (\d{{1,2}}) ({MONTHS_JV}) (\d{{4}}) \| "
                             r"\{time\} WIB", jv)
            assert m and JAVANESE_WEEKDAYS.index(m[1]) == day.weekday(), (day, jv)
            assert (int(m[3]), JAVANESE_MONTHS.index(m[4]) + 1, int(m[5])) == date, (day, jv)
            if market is not None:
                assert PASARAN.index(m[2]) == (PASARAN.index(market) + 1) % 5, (day, jv)
            market = m[2]

        kb = template(SET, KB, "azemz", day)
        if day < KB_DAILY:
            assert kb == "{date_fr} – {time}", (day, kb)
        else:
            m = re.fullmatch(rf"(\w+), (\d{{1,2}}) ({MONTHS_KB}) (\d{{4}}) – \{{time\}}", kb)
            assert m and KABYLE_WEEKDAYS.index(m[1]) == day.weekday(), (day, kb)
            assert (int(m[2]), KABYLE_MONTHS.index(m[3]) + 1, int(m[4])) == date, (day, kb)

        oro = template(SET, ORO, "guyyaa", day)
        if day < OR_DAILY:
            assert oro == "{date_dmy}", (day, oro)
        else:
            m = re.fullmatch(rf"(\w+), (\d{{1,2}}) ({MONTHS_OR}) (\d{{4}}) ALA · (\d{{1,2}}) "
                             rf"({MONTHS_ET}) (\d{{4}}) ALI", oro)
            assert m and OROMO_WEEKDAYS.index(m[1]) == day.weekday(), (day, oro)
            assert (int(m[2]), OROMO_MONTHS.index(m[3]) + 1, int(m[4])) == date, (day, oro)
            now = (int(m[7]), ETHIOPIAN_MONTHS_OR.index(m[6]) + 1, int(m[5]))
            assert now == to_ethiopian(day), (day, oro)
            if eth is not None:
                year, month, dd = eth
                if now[1:] == (1, 1):
                    assert now[0] == year + 1 and month == 13 and dd in (5, 6), (day, oro)
                    pagume[year] = dd
                elif now[2] == 1:
                    assert now == (year, month + 1, 1) and dd == 30, (day, oro)
                else:
                    assert now == (year, month, dd + 1), (day, oro)
            eth = now

        oc = template(SET, OC, "data", day)
        if day < OC_DAILY:
            assert oc == "{date_fr}", (day, oc)
        else:
            m = re.fullmatch(rf"Publicat lo (\w+) (\d{{1,2}}) (?:de |d')({MONTHS_OC}) de "
                             r"(\d{4})", oc)
            assert m and OCCITAN_WEEKDAYS.index(m[1]) == day.weekday(), (day, oc)
            assert (int(m[2]), OCCITAN_MONTHS.index(m[3]) + 1, int(m[4])) == date, (day, oc)
            assert (" d'" in oc) == (m[3][0] in "aeiou"), oc

        pap = template(SET, PAP, "fecha", day)
        if day < PAP_DAILY:
            assert pap == f"{day.day:02d}-{day.month:02d}-{day.year}", (day, pap)
        else:
            m = re.fullmatch(rf"(\w+), (\d{{1,2}}) di ({MONTHS_PAP}) (\d{{4}})", pap)
            assert m and PAPIAMENTU_WEEKDAYS.index(m[1].lower()) == day.weekday(), (day, pap)
            assert (int(m[2]), PAPIAMENTU_MONTHS.index(m[3]) + 1, int(m[4])) == date, pap
    assert pagume == {2009: 5, 2010: 5, 2011: 6, 2012: 5}, pagume
    for names in (KYRGYZ_WEEKDAYS, JAVANESE_WEEKDAYS, KABYLE_WEEKDAYS, OROMO_WEEKDAYS,
                  OCCITAN_WEEKDAYS, PAPIAMENTU_WEEKDAYS):
        assert len(set(names)) == 7
    assert (KYRGYZ_WEEKDAYS[4], JAVANESE_WEEKDAYS[4], KABYLE_WEEKDAYS[4], OROMO_WEEKDAYS[4],
            OCCITAN_WEEKDAYS[4], PAPIAMENTU_WEEKDAYS[4]) == (
        "Жума", "Jemuwah", "Sḍisass", "Jimaata", "divendres", "djabièrnè")
    for months in (KYRGYZ_MONTHS, JAVANESE_MONTHS, KABYLE_MONTHS, OROMO_MONTHS,
                   OCCITAN_MONTHS, PAPIAMENTU_MONTHS):
        assert len(set(months)) == 12
    assert len(set(ETHIOPIAN_MONTHS_OR)) == 13 and len(set(PASARAN)) == 5


def test_ethiopian_calendar_and_market_week_keep_their_known_days() -> None:
    """The Ethiopian calendar opens its years on the published new year days (12 September
    before a Gregorian leap year), keeps Christmas on 7 January (29 Tahsas, or 28 in the
    year after a 12 September new year) and Adwa on 2 March (23 Yekatit); the Javanese
    market week puts the proclamation on Jemuwah Legi and two known days on Selasa Wage."""
    for ey, first in ETHIOPIAN_NEW_YEARS.items():
        assert ethiopian_new_year(ey) == first and ethiopian(first) == (ey, 1, 1), ey
        assert ethiopian(first - one)[1:] == (13, 6 if first.day == 12 else 5) or ey == 2007
    for y in YEARS:
        genna = ethiopian(d(y, 1, 7))
        assert genna[1:] == (4, 28 if ethiopian_new_year(y - 8).day == 12 else 29), (y, genna)
        assert ethiopian(d(y, 3, 2))[1:] == (6, 23), y
        assert ethiopian_day(y - 8, 6, 23) == d(y, 3, 2), y
        assert ethiopian(d(y, 9, 27) if y not in (2015, 2019) else d(y, 9, 28))[1:] == (1, 17)
    for day, weekday, market in ((d(1945, 8, 17), 4, "Legi"), (d(1989, 3, 7), 1, "Wage"),
                                 (d(2020, 2, 18), 1, "Wage")):
        assert day.weekday() == weekday and pasaran(day) == market, day


def test_fuel_prices_change_month_by_month() -> None:
    """The fuel line holds one wording per month: on the first of each month it names that
    month in Papiamentu with the month's prices, gasoline about its year's mean (2020's fall
    aside) and diesel about 45 cents below it."""
    wordings = style_by_domain(SET)[PAP].family("gasolin").wordings
    assert len(wordings) == 6 * 12 + 1
    seen = []
    for y in YEARS:
        for m in range(1, 13):
            first = d(y, m, 1)
            text = template(SET, PAP, "gasolin", first)
            assert text == template(SET, PAP, "gasolin", first + 20 * one), first
            got = re.fullmatch(rf"⛽ Preis for di 1 di ({MONTHS_PAP}) (\d{{4}}): gasolin NAf\. "
                               r"(\d),(\d\d) · disel NAf\. (\d),(\d\d) pa liter", text)
            assert got, text
            assert (PAPIAMENTU_MONTHS.index(got[1]) + 1, int(got[2])) == (m, y), text
            gasoline, diesel = int(got[3] + got[4]) / 100, int(got[5] + got[6]) / 100
            assert (gasoline, diesel) == fuel_prices(y, m), text
            if (y, m) in FUEL_SPECIAL:
                assert gasoline == FUEL_SPECIAL[(y, m)] < FUEL_MEAN[y] - 0.2, text
            else:
                assert abs(gasoline - FUEL_MEAN[y]) <= 0.095, text
            assert 0.4 <= gasoline - diesel <= 0.5 and 1.2 <= gasoline <= 2.5, text
            seen.append(gasoline)
    assert len(set(seen)) > 30


def test_high_water_moves_with_the_tide() -> None:
    """The causeway line prints each day's one or two high waters in local time: every high
    water comes 12 hours 25 minutes after the one before (to the minute, in GMT), a day has
    one when a high water falls near midnight, and the zone is BST exactly from the last
    Sunday of March to the day before the last Sunday of October."""
    previous: dt.datetime | None = None
    singles = 0
    for day in every_day():
        text = template(SET, ISLAND, "tide", day)
        m = re.fullmatch(r"🌊 High water today: (\d\d:\d\d)(?: and (\d\d:\d\d))? \((GMT|BST)\)\. "
                         r"Do not cross from two hours before until three hours after\.", text)
        assert m, (day, text)
        summer = m[3] == "BST"
        march, october = (max(d(day.year, mm, k) for k in range(25, 32)
                              if d(day.year, mm, k).weekday() == 6) for mm in (3, 10))
        assert summer == (march <= day < october) == bst(day), day
        singles += m[2] is None
        for hhmm in filter(None, (m[1], m[2])):
            local = dt.datetime.combine(day, dt.time.fromisoformat(hhmm))
            utc = local - dt.timedelta(hours=1 if summer else 0)
            if previous is not None:
                gap = (utc - previous).total_seconds() / 60
                assert 744 <= gap <= 746, (day, text, gap)
            previous = utc
    assert 100 <= singles <= 200, singles


def test_moon_days_and_releases_follow_their_calendars() -> None:
    """The monastery's moon-day line names the next moon day (the day itself on one), a
    quarter of a mean lunation apart, each on the day its phase's moon age falls; the
    project's release line names the newest release out, its day and version rising."""
    names = {"🌑": ("new moon", 0.0), "🌓": ("half moon", SYNODIC / 4),
             "🌕": ("full moon", SYNODIC / 2), "🌗": ("half moon", 3 * SYNODIC / 4)}
    for day in every_day():
        text = template(SET, VIHARA, "moonday", day)
        symbol = text[0]
        name, age = names[symbol]
        if text.startswith(f"{symbol} Today"):
            when = day
            assert f"({name})" in text, text
        else:
            m = re.fullmatch(rf"{symbol} Next moon day: (\w+) (\d{{1,2}}) (\w+) \({name}\)", text)
            assert m, (day, text)
            month = dt.datetime.strptime(m[3], "%B").month
            when = d(day.year + (month < day.month), month, int(m[2]))
            assert when.strftime("%A") == m[1] and day < when <= day + 8 * one, (day, text)
        gap = (moon_age(when) - age + SYNODIC / 2) % SYNODIC - SYNODIC / 2
        assert abs(gap) <= 0.51, (day, text, gap)
    phases = moon_days()
    assert all(6 <= (b[0] - a[0]).days <= 9 and b[1] == (a[1] + 1) % 4
               for a, b in zip(phases, phases[1:], strict=False))
    versions = [tuple(int(x) for x in v.split(".")) for v, _ in RELEASES]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert [r for _, r in RELEASES] == sorted(r for _, r in RELEASES)
    for version, released in RELEASES[1:]:
        day = dt.date.fromisoformat(released)
        assert latest_release(day) == (version, day)
        text = template(SET, OSS, "release", day)
        assert text == f"📦 Latest release: {version} ({day.day} {day:%B %Y})", text
        assert template(SET, OSS, "release", day - one) != text
    assert [s for s, _ in PYTHONS][1:] == sorted(s for s, _ in PYTHONS[1:])


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    says(KG, "avtor", (KG_BYLINE - one, "Автор: "), (KG_BYLINE, " даярдады."))
    never(KG, "avtor", KG_BYLINE, "Автор")
    says(KG, "mayram", (KG_SOCIAL - one, "Facebook жана Instagram"), (KG_SOCIAL, "Telegram"))
    says(KG, "shailoo", (d(2015, 9, 19), "0777 550 143"), (d(2015, 9, 20), "Жогорку Кеңешке"),
         (d(2015, 10, 5), "0777 550 143"), (d(2016, 12, 11), "референдум"),
         (d(2017, 10, 15), "Президенттик"), (d(2017, 10, 16), "0777 550 143"),
         (d(2020, 3, 22), "өзгөчө абал"), (d(2020, 5, 11), "0777 550 143"),
         (d(2020, 10, 4), "4-октябрь"), (d(2020, 10, 6), "жокко чыгарды"),
         (d(2020, 10, 20), "0777 550 143"), (d(2020, 12, 27), "10-январь"),
         (d(2021, 1, 10), "10-январь"))
    for start, era in KG_ERAS:
        says(KG, "kurs", (d.fromisoformat(start), "💱 Доллар — "))
        assert template(SET, KG, "kurs", d.fromisoformat(start)) == "{" + era + "}"
    assert template(SET, KG, "kurs", d(2015, 6, 1)) == "{kurs_a}"
    says(JV, "panulis", (JV_BYLINE - one, "Panulis: "), (JV_BYLINE, "Editor: "))
    says(JV, "mengeti", (JV_SOCIAL - one, "Facebook lan Instagram"), (JV_SOCIAL, "YouTube"))
    never(JV, "mengeti", JV_SOCIAL - one, "YouTube")
    says(JV, "kabar", (d(2017, 1, 31), "0812 2550 143"), (d(2017, 2, 1), "Pilkada"),
         (d(2017, 2, 16), "0812 2550 143"), (d(2018, 5, 21), "Waspada"),
         (d(2018, 6, 21), "0812 2550 143"), (d(2019, 4, 17), "Pemilu"),
         (d(2020, 3, 23), "masker"), (d(2020, 6, 8), "0812 2550 143"),
         (d(2020, 11, 5), "Siaga"), (d(2020, 12, 9), "Sleman, Bantul"),
         (d(2020, 12, 10), "0812 2550 143"))
    says(KB, "amaru", (KB_BYLINE - one, "Amaru: "), (KB_BYLINE, " — "))
    says(KB, "tameghra", (KB_SOCIAL - one, "Facebook d YouTube"), (KB_SOCIAL, "Instagram"))
    says(KB, "asnas", (KB_APP - one, "m.taghectjerjer.dz"), (KB_APP, "Google Play"))
    says(KB, "tifranin", (d(2017, 4, 19), "0550 55 01 43"), (d(2017, 4, 20), "APN"),
         (d(2017, 5, 5), "0550 55 01 43"), (d(2017, 11, 23), "tɣiwanin"),
         (d(2019, 2, 22), "silmiya"), (d(2019, 4, 3), "0550 55 01 43"),
         (d(2019, 12, 12), "uselway"), (d(2020, 3, 23), "Qqimet"),
         (d(2020, 6, 14), "0550 55 01 43"), (d(2020, 11, 1), "tmendawt"),
         (d(2020, 11, 2), "0550 55 01 43"))
    says(ORO, "barreessaa", (OR_BYLINE - one, "Barreessaa: "), (OR_BYLINE, " irraa"))
    says(ORO, "ayyaana", (OR_SOCIAL - one, "Facebook fi YouTube"), (OR_SOCIAL, "Telegram"))
    says(ORO, "filannoo", (d(2015, 5, 9), "0911 55 01 43"), (d(2015, 5, 24), "Caamsaa 24"),
         (d(2015, 5, 25), "0911 55 01 43"), (d(2016, 10, 9), "Koomaand Poostii"),
         (d(2017, 8, 4), "Koomaand Poostii"), (d(2017, 8, 5), "0911 55 01 43"),
         (d(2018, 2, 16), "lammaffaa"), (d(2018, 6, 6), "0911 55 01 43"),
         (d(2020, 4, 8), "haguuggii"), (d(2020, 12, 31), "haguuggii"))
    says(OSS, "posted", (d(2018, 5, 31), "Posted on "), (d(2018, 6, 1), " min read"))
    says(OSS, "install", (d(2017, 5, 1), "--upgrade"), (d(2017, 5, 2), "conda-forge"))
    for start, versions in PYTHONS[1:]:
        says(OSS, "pythons", (d.fromisoformat(start), versions))
    never(OSS, "pythons", d(2020, 1, 6), "2.7")
    says(OSS, "chat", (d(2016, 2, 29), "IRC"), (d(2016, 3, 1), "Gitter"),
         (d(2018, 9, 3), "Discourse"), (d(2020, 11, 2), "Matrix"))
    says(OSS, "sponsor", (d(2019, 6, 2), "fiscally sponsored"), (d(2019, 6, 3), "Open Collective"))
    says(OSS, "coc", (d(2016, 5, 15), "kind and patient"), (d(2016, 5, 16), "Code of Conduct"))
    says(OSS, "ci", (d(2020, 11, 1), "Travis CI"), (d(2020, 11, 2), "GitHub Actions"))
    says(OC, "autor", (OC_BYLINE - one, "Tèxt de "), (OC_BYLINE, "min de lectura"))
    says(OC, "festas", (OC_SOCIAL - one, "Facebook e Twitter"), (OC_SOCIAL, "Instagram"))
    says(OC, "abonament", (OC_PRICE - one, "30 €"), (OC_PRICE, "36 €"))
    says(OC, "region", (d(2015, 12, 31), "Region Miègjorn-Pirenèus"),
         (d(2016, 1, 1), "Lengadòc-Rosselhon-Miègjorn-Pirenèus"),
         (d(2016, 9, 29), "Lengadòc-Rosselhon"), (OC_DAILY, "Occitània / Pirenèus-Mediterranèa"))
    says(OC, "eleccions", (d(2015, 11, 28), "letra setmanièra"), (d(2015, 12, 13), "regionalas"),
         (d(2015, 12, 14), "letra setmanièra"), (d(2017, 5, 7), "presidenciala"),
         (d(2017, 6, 18), "legislativas"), (d(2019, 5, 26), "europèas"),
         (d(2020, 3, 15), "municipalas"), (d(2020, 3, 17), "Demoratz"),
         (d(2020, 5, 11), "letra setmanièra"), (d(2020, 6, 28), "Segond torn"),
         (d(2020, 10, 30), "tornarmai"), (d(2020, 12, 15), "letra setmanièra"))
    says(PAP, "autor", (PAP_SOURCE - one, "Skibí pa: "), (PAP_SOURCE, "Fuente: "))
    says(PAP, "fiesta", (PAP_SOCIAL - one, "riba Facebook."), (PAP_SOCIAL, "Instagram"))
    says(PAP, "elekshon", (d(2016, 10, 13), "550 1430"), (d(2016, 10, 28), "28 di òktober"),
         (d(2016, 10, 29), "550 1430"), (d(2017, 4, 28), "28 di aprel"),
         (d(2020, 3, 30), "Keda na kas"), (d(2020, 5, 4), "distansia"),
         (d(2020, 12, 31), "distansia"))
    says(MART, "saledays", (d(2020, 3, 23), "every Tuesday"), (d(2020, 3, 24), "closed doors"),
         (d(2020, 6, 15), "Online bidding"), (d(2020, 12, 31), "Online bidding"))
    says(MART, "commission", (d(2019, 3, 31), "2.5%"), (d(2019, 4, 1), "2.75%"))
    says(MART, "border", (d(2020, 11, 30), "euro payments"), (d(2020, 12, 1), "1 January 2021"))
    says(VIHARA, "meal", (d(2020, 3, 19), "10.30am"), (d(2020, 3, 20), "paused"),
         (d(2020, 7, 4), "at the gate"))
    says(VIHARA, "sitting", (d(2020, 3, 22), "all welcome"), (d(2020, 3, 23), "Zoom"))
    says(BAND, "practice", (d(2020, 3, 12), "Legion hall"), (d(2020, 3, 13), "cancelled"),
         (d(2020, 7, 7), "parking lot"), (d(2020, 10, 6), "Zoom"))
    says(BAND, "fees", (d(2018, 12, 31), "$150"), (d(2019, 1, 1), "$180"))
    says(BAND, "grade", (d(2017, 12, 31), "grade 4"), (d(2018, 1, 1), "grade 3"))
    says(SPEEDWAY, "admission", (d(2018, 2, 28), "£16"), (d(2018, 3, 1), "£17"))
    says(SPEEDWAY, "programme", (d(2019, 2, 28), "£3 "), (d(2019, 3, 1), "£3.50"))
    says(SPEEDWAY, "season", (d(2020, 3, 16), "Season tickets"), (d(2020, 3, 17), "postponed"),
         (d(2020, 6, 2), "cancelled"), (d(2020, 12, 31), "cancelled"))
    says(ISLAND, "parking", (d(2019, 3, 31), "£4"), (d(2019, 4, 1), "£5"))
    says(ISLAND, "shop", (d(2020, 3, 23), "every day"), (d(2020, 3, 24), "islanders only"),
         (d(2020, 7, 4), "every day"))
    says(ISLAND, "posted", (d(2018, 8, 31), "2018"), (d(2018, 9, 1), "Island news · "))


def western_easter(y: int) -> dt.date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = y % 19, y // 100, y % 100
    dd, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - dd - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    return dt.date(y, month, (h + ll - 7 * m + 114) % 31 + 1)


def test_calendar_constants_are_the_real_days() -> None:
    """Easter matches its computus; 1 Sura one to three days after a new moon, about eleven
    days earlier each year; Irreecha on a Sunday after Meskel; the votes on their weekdays;
    the computed days on their days."""
    for y in YEARS:
        assert dt.date.fromisoformat(EASTER_WESTERN[y]) == western_easter(y), y
        sura = dt.date.fromisoformat(SURA[y])
        assert 0.5 <= moon_age(sura) <= 3.0, sura
        irreecha = dt.date.fromisoformat(IRREECHA[y])
        assert irreecha.weekday() == 6 and d(y, 9, 28) <= irreecha <= d(y, 10, 7), irreecha
        deadline = dt.date.fromisoformat(GSOC_DEADLINE[y])
        assert d(y, 3, 25) <= deadline <= d(y, 4, 9), deadline
    suras = [dt.date.fromisoformat(SURA[y]) for y in YEARS]
    for before, after in zip(suras, suras[1:], strict=False):
        assert 353 <= (after - before).days <= 356, after
    assert [javanese_year(y) for y in YEARS] == list(range(1949, 1955))
    for _, first, last in PYCON_SPRINTS.values():
        assert (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days == 3
    for day in (d(2015, 10, 4), d(2016, 12, 11), d(2017, 10, 15), d(2020, 10, 4),
                d(2021, 1, 10), d(2015, 5, 24), d(2015, 12, 6), d(2015, 12, 13),
                d(2017, 4, 23), d(2017, 5, 7), d(2017, 6, 11), d(2017, 6, 18), d(2019, 5, 26),
                d(2020, 3, 15), d(2020, 6, 28), d(2020, 11, 1)):
        assert day.weekday() == 6, day  # Sunday votes
    for day in (d(2017, 2, 15), d(2019, 4, 17), d(2020, 12, 9)):
        assert day.weekday() == 2, day  # Indonesia votes on Wednesdays
    for day in (d(2017, 5, 4), d(2017, 11, 23), d(2019, 12, 12)):
        assert day.weekday() == 3, day  # Algeria on Thursdays
    for day in (d(2016, 10, 28), d(2017, 4, 28)):
        assert day.weekday() == 4, day  # Curaçao on Fridays
    assert d(2019, 2, 22).weekday() == 4  # the first Friday march
    assert violet_sunday(2019) == d(2019, 2, 3) and violet_sunday(2020) == d(2020, 2, 2)
    assert glengarry_games(2016) == (d(2016, 7, 29), d(2016, 7, 30))
    assert glengarry_games(2019) == (d(2019, 8, 2), d(2019, 8, 3))
    assert civic_holiday(2015) == d(2015, 8, 3) and regatta_day(2019) == d(2019, 8, 10)
    assert vassa_days(2015)[0] == d(2015, 8, 1) and vassa_days(2020)[0] == d(2020, 7, 6)
    assert independence_years_kg(2016) == 25 and amazigh_year(2018) == 2968


def test_seasons_and_years_follow_their_calendars() -> None:
    """The notices that change every year do so on their own calendars: Ak Kalpak Day (from
    2016), Nooruz, Victory Day (since 1945), Independence Day (since 1991), the State
    Language Day and the New Year; the regency's (since 1916) and the city's (since 1756)
    anniversaries, Independence Day (since 1945), 1 Sura with the Javanese year and the New
    Year; Yennayer with the Amazigh year, the Berber Spring (since 1980), Independence Day
    (since 1962) and 1 November (since 1954); Timkat, Adwa (since 1896), the Ethiopian New
    Year, Meskel and Irreecha; the Violet festival, Saint John's fires and Christmas; the
    Gran Marcha, Seú, King's Day, Flag Day, Tula (since 1795), Curaçao Day (since 2010) and
    Christmas; Google Summer of Code, PyCon sprints and Hacktoberfest; the mart's seasons;
    Vesak, the Rains Retreat and Kathina, the winter retreat; Burns Night, Tartan Day, the
    Glengarry games and Remembrance Day; the speedway season; St Cuthbert's Day, Good Friday,
    the regatta, Christmas and the birds' and seals' seasons."""
    def window(domain: str, family: str, first: dt.date, last: dt.date) -> tuple[str, str]:
        """The wordings the day before `first`, on `first` and `last`, and the day after
        `last`: the same before and after, and the same on the first and last day (these
        notices have no slots, so their templates are their texts)."""
        out = [template(SET, domain, family, day) for day in (first - one, first, last, last + one)]
        assert out[0] == out[3] and out[1] == out[2] and out[0] != out[1], (domain, out)
        assert "{" not in out[0] + out[1], (domain, family)
        return out[0], out[1]

    def only(domain: str, family: str, first: dt.date, last: dt.date, words: str) -> None:
        """`words` on `first` and `last` but not the day before nor the day after (another
        notice may follow at once)."""
        held = [words in template(SET, domain, family, day)
                for day in (first - one, first, last, last + one)]
        assert held == [False, True, True, False], (domain, family, first, words)

    def steps(domain: str, family: str, *changes: tuple[dt.date, str]) -> None:
        """Each (day, words): the wording changes on that day, to one saying `words`."""
        for day, words in changes:
            before, after = (template(SET, domain, family, x) for x in (day - one, day))
            assert before != after and words in after, (domain, family, day, after)

    for y in YEARS:
        if y >= 2016:
            base, text = window(KG, "mayram", d(y, 3, 4), d(y, 3, 5))
            assert "Ак калпак" in text and "Facebook" in base, text
        else:
            assert "Ак калпак" not in template(SET, KG, "mayram", d(y, 3, 5))
        base, text = window(KG, "mayram", d(y, 3, 20), d(y, 3, 22))
        assert "Нооруз" in text, text
        base, text = window(KG, "mayram", d(y, 5, 8), d(y, 5, 9))
        assert f"Жеңиштин {y - 1945} жылдыгы" in text, text
        base, text = window(KG, "mayram", d(y, 8, 30), d(y, 8, 31))
        assert f"Эгемендүүлүктүн {y - 1991} жылдыгы" in text, text
        base, text = window(KG, "mayram", d(y, 9, 22), d(y, 9, 23))
        assert "Мамлекеттик тил" in text, text
        base, text = window(KG, "mayram", d(y, 12, 28), d(y + 1, 1, 1))
        assert "Жаңы жыл" in text, text

        base, text = window(JV, "mengeti", d(y, 5, 14), d(y, 5, 16))
        assert f"Sleman kaping {y - 1916}" in text and "Gabung" in base, text
        only(JV, "mengeti", d(y, 8, 16), d(y, 8, 18), f"Indonesia kaping {y - 1945}!")
        sura = dt.date.fromisoformat(SURA[y])
        only(JV, "mengeti", sura - one, sura + one, f"1 Sura {javanese_year(y)} Jawa")
        base, text = window(JV, "mengeti", d(y, 10, 6), d(y, 10, 8))
        assert f"Yogyakarta kaping {y - 1756}" in text, text
        base, text = window(JV, "mengeti", d(y, 12, 31), d(y + 1, 1, 1))
        assert f"warsa enggal {y + 1}" in text, text

        base, text = window(KB, "tameghra", d(y, 1, 11), d(y, 1, 13))
        assert f"Aseggas ameggaz {y + 950}" in text and ("usgunfu" in text) == (y >= 2018)
        base, text = window(KB, "tameghra", d(y, 4, 19), d(y, 4, 21))
        assert f"{y - 1980} iseggasen" in text, text
        base, text = window(KB, "tameghra", d(y, 7, 4), d(y, 7, 5))
        assert f"{y - 1962} iseggasen n tlelli" in text, text
        base, text = window(KB, "tameghra", d(y, 10, 31), d(y, 11, 1))
        assert f"1954: {y - 1954} iseggasen" in text, text

        timkat = ethiopian_day(y - 8, 5, 11)
        assert timkat in (d(y, 1, 19), d(y, 1, 20)), timkat
        base, text = window(ORO, "ayyaana", timkat - one, timkat + one)
        assert "Cuuphaa" in text and "Facebook" in base, text
        base, text = window(ORO, "ayyaana", d(y, 3, 1), d(y, 3, 2))
        assert f"Adwaa {y - 1896}ffaa" in text, text
        new_year = ethiopian_new_year(y - 7)
        base, text = window(ORO, "ayyaana", new_year - one, new_year + one)
        assert f"Bara Haaraa {y - 7} " in text and ethiopian(new_year) == (y - 7, 1, 1), text
        meskel = ethiopian_day(y - 7, 1, 17)
        only(ORO, "ayyaana", meskel - one, meskel, "Masqalaa")  # Irreecha may follow at once
        irreecha = dt.date.fromisoformat(IRREECHA[y])
        only(ORO, "ayyaana", irreecha - 2 * one, irreecha, "Irreech")
        text = template(SET, ORO, "ayyaana", irreecha)
        assert ("Baga Ayyaana Irreechaa" in text) == (y != 2020), text

        sunday = violet_sunday(y)
        assert sunday.weekday() == 6 and sunday.day <= 7 and sunday.month == 2, sunday
        base, text = window(OC, "festas", sunday - 6 * one, sunday)
        assert f"dimenge {sunday.day} de febrièr" in text and "Facebook" in base, text
        base, text = window(OC, "festas", d(y, 6, 20), d(y, 6, 24))
        assert ("23 de junh" in text) == (y != 2020) and "Sant Joan" in text, text
        base, text = window(OC, "festas", d(y, 12, 20), d(y + 1, 1, 2))
        assert "Bon Nadal" in text, text

        easter = dt.date.fromisoformat(EASTER_WESTERN[y])
        marcha = easter - 49 * one
        assert marcha.weekday() == 6 and marcha.month in (2, 3), marcha
        base, text = window(PAP, "fiesta", marcha - 3 * one, marcha + 2 * one)
        assert f"djadumingu {marcha.day} di {PAPIAMENTU_MONTHS[marcha.month - 1]}" in text
        base, text = window(PAP, "fiesta", easter - one, easter + one)
        assert ("kosecha" in text) == (y != 2020) and "Seú" in text, text
        base, text = window(PAP, "fiesta", d(y, 4, 26), d(y, 4, 27))
        assert "Dia di Rey" in text, text
        base, text = window(PAP, "fiesta", d(y, 7, 1), d(y, 7, 2))
        assert "Bandera" in text, text
        base, text = window(PAP, "fiesta", d(y, 8, 16), d(y, 8, 17))
        assert f"{y - 1795} aña di e lucha di Tula" in text, text
        base, text = window(PAP, "fiesta", d(y, 10, 9), d(y, 10, 10))
        assert f"{y - 2010} aña komo pais" in text, text
        base, text = window(PAP, "fiesta", d(y, 12, 20), d(y + 1, 1, 1))
        assert "Bon Pasku" in text, text

        deadline = dt.date.fromisoformat(GSOC_DEADLINE[y])
        base, text = window(OSS, "calendar", deadline - 21 * one, deadline)
        assert f"Summer of Code {y}: student applications close {deadline.day} " in text
        if y in PYCON_SPRINTS:
            city, first, last = PYCON_SPRINTS[y]
            start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
            base, text = window(OSS, "calendar", start - 14 * one, end)
            assert f"PyCon US in {city}, {start.day}–{end.day} " in text, text
        base, text = window(OSS, "calendar", d(y, 10, 1), d(y, 10, 31))
        assert "Hacktoberfest" in text and ("topic" in text) == (y == 2020), text
        assert ("five pull requests" in text) == (y == 2018), text

        steps(MART, "seasons", (d(y, 1, 6), "Pedigree"), (d(y, 8, 1), "Breeding sheep"),
              (d(y, 10, 1), "Weanling"), (d(y, 12, 22), "No sales over Christmas"))

        vesak = vesak_day(y)
        assert vesak.month == 5 and vesak.day <= 29, vesak
        base, text = window(VIHARA, "calendar", vesak - 10 * one, vesak)
        assert (f"{vesak:%A} {vesak.day} May" in text) == (y != 2020) and "Vesak" in text
        start, pavarana = vassa_days(y)
        assert start.month in (7, 8) and pavarana.month in (9, 10, 11), (start, pavarana)
        assert 87 <= (pavarana - start).days <= 89, (start, pavarana)
        steps(VIHARA, "calendar", (start, f"until {pavarana.day} {pavarana:%B}"),
              (pavarana + one, "Kathina"))
        assert (template(SET, VIHARA, "calendar", start)
                == template(SET, VIHARA, "calendar", pavarana))
        assert "Visitors" in template(SET, VIHARA, "calendar", start - one)
        kathina = kathina_day(y)
        assert kathina.weekday() == 6 and 7 <= (kathina - pavarana).days <= 13, kathina
        assert ("Kathina: Sunday" in template(SET, VIHARA, "calendar", kathina)) == (y != 2020)
        assert "Visitors" in template(SET, VIHARA, "calendar", kathina + one)
        steps(VIHARA, "winter", (d(y, 1, 1), "Winter retreat"), (d(y, 4, 1), "Overnight guests"))

        base, text = window(BAND, "calendar", d(y, 1, 10), d(y, 1, 25))
        assert "Burns Night" in text and "wedding" in base, text
        base, text = window(BAND, "calendar", d(y, 3, 30), d(y, 4, 6))
        assert "Tartan Day" in text, text
        friday, saturday = glengarry_games(y)
        assert friday.weekday() == 4 and saturday == civic_holiday(y) - 2 * one, friday
        base, text = window(BAND, "calendar", saturday - 14 * one, saturday)
        assert (f"{friday.day}" in text and "Come and cheer" in text) == (y != 2020), text
        base, text = window(BAND, "calendar", d(y, 11, 1), d(y, 11, 11))
        assert ("10.45am" in text) == (y != 2020) and "Remembrance" in text, text

        if y != 2020:
            steps(SPEEDWAY, "season", (d(y, 1, 10), "Season tickets"),
                  (d(y, 3, 20), "season is on"), (d(y, 10, 25), "Thank you"))

        base, text = window(ISLAND, "calendar", d(y, 3, 18), d(y, 3, 20))
        assert "St Cuthbert" in text and "Volunteers" in base, text
        good_friday = easter - 2 * one
        base, text = window(ISLAND, "calendar", good_friday - 3 * one, good_friday)
        assert ("barefoot" in text) == (y != 2020) and "Good Friday" in text, text
        regatta = regatta_day(y)
        assert regatta.weekday() == 5 and 8 <= regatta.day <= 14, regatta
        base, text = window(ISLAND, "calendar", regatta - 10 * one, regatta)
        assert (f"Saturday {regatta.day} August" in text) == (y != 2020), text
        base, text = window(ISLAND, "calendar", d(y, 12, 18), d(y, 12, 26))
        assert "Carols" in text, text
        steps(ISLAND, "wildlife", (d(y, 4, 1), "Ground-nesting"), (d(y, 8, 1), "Dogs are"),
              (d(y, 10, 15), "Seal pupping"))


def test_calendar_notices_show_only_near_their_days() -> None:
    """Walking every day from 2015 to 2020: Nooruz only from 20 to 22 March; Yennayer only
    from 11 to 13 January; the Ethiopian New Year only from the day before it to the day
    after; the Rains Retreat only between its full moons; the winter retreat only from
    January to March; weanling sales only from October to 21 December; the seals only from
    15 October to the end of the year; Hacktoberfest only in October."""
    retreats = [vassa_days(y) for y in YEARS]
    new_years = [ethiopian_new_year(ey) for ey in range(2008, 2014)]
    for day in every_day():
        md = (day.month, day.day)
        assert ((3, 20) <= md <= (3, 22)) == ("Нооруз" in template(SET, KG, "mayram", day)), day
        assert ((1, 11) <= md <= (1, 13)) == ("Yennayer" in template(SET, KB, "tameghra", day)), day
        near = any(n - one <= day <= n + one for n in new_years)
        assert near == ("Bara Haaraa" in template(SET, ORO, "ayyaana", day)), day
        vassa = any(start <= day <= end for start, end in retreats)
        assert vassa == ("Rains Retreat" in template(SET, VIHARA, "calendar", day)), day
        assert (day.month <= 3) == ("Winter retreat" in template(SET, VIHARA, "winter", day)), day
        weanlings = (10, 1) <= md <= (12, 21)
        assert weanlings == ("Weanling" in template(SET, MART, "seasons", day)), day
        seals = md >= (10, 15)
        assert seals == ("Seal" in template(SET, ISLAND, "wildlife", day)), day
        assert (day.month == 10) == ("Hacktoberfest" in template(SET, OSS, "calendar", day)), day


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts and pools change the text
    assert_varied(fams, (
        f"{KG}/kun", f"{KG}/avtor", f"{KG}/bolum", f"{KG}/okuldu", f"{KG}/okunuz",
        f"{KG}/suroot", f"{KG}/tegder", f"{KG}/copyright", f"{JV}/tanggal", f"{JV}/panulis",
        f"{JV}/rubrik", f"{JV}/waca", f"{JV}/diwaca", f"{JV}/copyright", f"{KB}/azemz",
        f"{KB}/amaru", f"{KB}/ghar", f"{ORO}/guyyaa", f"{ORO}/barreessaa", f"{ORO}/dubbisaa",
        f"{OSS}/posted", f"{OC}/data", f"{OC}/autor", f"{PAP}/fecha"))
    for style, family, want in ((KG, "kurs", 4), (KB, "ahric", 4), (KB, "tawlaft", 4),
                                (ORO, "kutaa", 4), (ORO, "suuraa", 4), (OSS, "kind", 4),
                                (OSS, "tags", 5), (OSS, "release", 3), (OC, "rubrica", 4),
                                (OC, "cami", 4), (OC, "foto", 4), (PAP, "seccion", 3),
                                (PAP, "gasolin", 4), (PAP, "autor", 5), (MART, "posted", 5),
                                (MART, "top", 4), (MART, "entries", 3), (VIHARA, "posted", 5),
                                (VIHARA, "moonday", 5), (BAND, "posted", 5), (BAND, "result", 3),
                                (SPEEDWAY, "posted", 5), (SPEEDWAY, "score", 3),
                                (SPEEDWAY, "readnext", 3), (ISLAND, "posted", 5),
                                (ISLAND, "tide", 5)):
        # small pools on a few dozen articles: `want` distinct texts
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    assert_reworded(fams, (
        (f"{KG}/kun", ".20", "-ж."),
        (f"{KG}/avtor", "Автор: ", " даярдады."),
        (f"{JV}/panulis", "Panulis: ", "Editor: "),
        (f"{KB}/amaru", "Amaru: ", " — "),
        (f"{ORO}/barreessaa", "Barreessaa: ", " irraa"),
        (f"{OSS}/posted", "Posted on ", " min read")))
    for fam, old, new in ((f"{JV}/tanggal", r"^\w+, \d{1,2} \w+ \d{4}$", r" WIB$"),
                          (f"{KB}/azemz", r"^\d{1,2} \w+ \d{4} – ", r"^\w+, \d"),
                          (f"{ORO}/guyyaa", r"^\d{1,2} [A-Z][a-z]+ \d{4}$", r" ALI$")):
        texts = [norm(t) for t in fams[fam]]  # the date slot's form, then the daily one
        assert any(re.search(old, t) for t in texts), fam
        assert any(re.search(new, t) for t in texts), fam
    assert_groups_reworded(SET, (
        (OC, "data", " 20", "Publicat lo "),
        (OC, "autor", "Tèxt de ", " min de lectura"),
        (PAP, "fecha", "-20", " di "),
        (PAP, "autor", "Skibí pa: ", "Fuente: "),
        (MART, "posted", " 20", "Sale report"),
        (VIHARA, "posted", ", 20", "Posted by "),
        (BAND, "posted", "Posted ", "day, "),
        (SPEEDWAY, "posted", " 20", "Meeting report"),
        (ISLAND, "posted", " 20", "Island news"),
        (KB, "asnas", "m.", "Google Play"),
        (OSS, "install", "--upgrade", "conda")))
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        f"{KG}/komment", f"{KG}/kochuruu", f"{JV}/komentar", f"{JV}/uyon", f"{KB}/iwenniten",
        f"{KB}/izerfan", f"{ORO}/yaada", f"{ORO}/raadiyoo", f"{OC}/comentaris",
        f"{PAP}/komentario"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, KG, [
        ("bolum", 0.18, 0.45), ("okuldu", 0.3, 0.6), ("kurs", 0.05, 0.3),
        ("sel", 0.0, 0.12), ("kun", 0.75, 0.97), ("jarnama", 0.55, 0.85)])
    assert_carried_share(docs, JV, [("rubrik", 0.15, 0.5), ("tanggal", 0.7, 0.99)])
    # a mid-body insert can occur twice in one article
    for fam in (f"{KG}/jarnama", f"{KG}/okunuz", f"{JV}/pariwara", f"{JV}/waca",
                f"{KB}/adellel", f"{KB}/ghar", f"{ORO}/beeksisa", f"{ORO}/dubbisaa"):
        assert max(per_doc(docs, fam)) == 2, fam
    # pool inserts of the small publishers occur at most once an article
    assert_once_per_page(SET, ((MART, "top"), (BAND, "result"), (BAND, "tune"),
                               (SPEEDWAY, "score"), (VIHARA, "verse")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    """The rare lines (a mudflow, an earthquake, snow on a pass, a flood, a security notice,
    a wind warning, high waves, snow at the mart, a flooded ford, a heat warning, a rain-off,
    a stranded car): on a few pages of their style's group, never on most. The largest group
    is large enough for its line to occur, on at most a tenth of its pages; on the smaller
    groups, at least three do."""
    small = 0
    for style, family, most in ((KG, "sel", 17), (JV, "lindhu", 10), (KB, "adfel", 8),
                                (ORO, "lolaa", 7), (OSS, "security", 6), (OC, "autan", 5),
                                (PAP, "ola", 5), (MART, "snow", 5), (VIHARA, "ford", 4),
                                (BAND, "heat", 4), (SPEEDWAY, "rain", 4),
                                (ISLAND, "stranded", 4)):
        docs = group_docs(SET, style)
        carried = sum(any(label_family(line.label) == family for line in doc.lines)
                      for doc in docs)
        assert carried <= most, (style, family, carried)
        if len(docs) >= 150:  # a group large enough for a share of 4% to show
            assert 1 <= carried <= max(1, 0.1 * len(docs)), (style, family, carried)
        else:
            small += carried
    assert small >= 3


def test_sister_sites_share_network_lines() -> None:
    """Lines that do not name the site stay the same on a style's renamed variants: comment
    rules in five languages, a Javanese radio line, a code of conduct, a washing rule, an
    address, a learners' line, a line on second halves and a block heading occur, word for
    word, on more than one publisher of the group."""
    assert_sister_sites_share(SET, (
            (KG, "komment", "Комментарийлер окурмандардын пикири. Кордогон жана кемсинткен "
             "сөздөр өчүрүлөт."),
            (JV, "uyon", "🎶 Rungokna uyon-uyon saben Setu malem ing 99,1 FM."),
            (KB, "iwenniten", "Iwenniten ttwaɣran send ad d-ffɣen. Awal n dir ad yettwakkes."),
            (ORO, "yaada", "Yaada keessan kabajaan barreessaa; arrabsoon ni haqama."),
            (OSS, "coc", "Everyone in our spaces is expected to follow the Code of Conduct."),
            (OC, "comentaris", "Los comentaris son moderats. Escrivètz en occitan o en francés, "
             "amb respècte."),
            (MART, "wash", "All lorries and trailers must be washed and disinfected before "
             "leaving the yard."),
            (VIHARA, "visit", "Ambervale, Holne, Newton Abbot, Devon TQ13 7RU · 01364 555 143"),
            (BAND, "learners", "New pipers and drummers welcome: free lessons for beginners, "
             "chanters and sticks on loan."),
            (SPEEDWAY, "juniors", "Second halves: junior and novice races after the main "
             "meeting."),
            (ISLAND, "contact-head", "Trust office")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: a breadcrumb
    first_title = bodies(SET, 1)[0].title
    crumb = rendered(SET, OC, "cami", d(2018, 7, 9))
    m = re.fullmatch(r"Acuèlh › Actualitat › (.+)", crumb)
    assert m and m[1] == first_title
    own = own_title_lines(group_docs(SET, OC), "/cami")
    assert own and sum(norm(text).endswith(f" › {title}") for title, text in own) >= 0.6 * len(
        own)  # small edits aside (a dropped word)
    # other articles' titles: "read also" links
    assert_links_to_other_titles(docs, fams, (
        (f"{KG}/okunuz", "Ошондой эле окуңуз: "),
        (f"{JV}/waca", "Waca uga: "),
        (f"{KB}/ghar", "Ɣer daɣen: "),
        (f"{ORO}/dubbisaa", "Kanas dubbisaa: "),
        (f"{OC}/legir", "Legir tanben: "),
        (f"{PAP}/lesa", "Lesa tambe: "),
    ))
    # a read-next link on the small speedway group: another article's title
    titles = {doc.lines[0].text for doc in docs}
    for doc in group_docs(SET, SPEEDWAY):
        for line in doc.lines:
            if label_family(line.label) == "readnext":
                assert not line.text.endswith(doc.lines[0].text), line.text
    links = [norm(t).removeprefix("Read next: ") for t in group_lines(SET, SPEEDWAY, "readnext")]
    assert links and sum(t in titles for t in links) >= 0.6 * len(links)


def test_names_at_line_start() -> None:
    fams = by_family(planted_docs(SET))

    def both(fam: str, pool_name: str, old: str, new: str) -> None:
        """`old` and `new`: each wording as a regex whose group 1 is the writer's name."""
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        olds = [m[1] for t in texts if (m := re.fullmatch(old, t))]
        news = [m[1] for t in texts if (m := re.fullmatch(new, t))]
        assert olds and sum(t in writers for t in olds) >= 0.75 * len(olds), fam
        assert news and sum(t in writers for t in news) >= 0.75 * len(news), fam

    both(f"{KG}/avtor", "jazuuchu", r"Автор: (.+)", r"Материалды (.+) даярдады\.")
    both(f"{JV}/panulis", "panulis", r"Panulis: (.+)", r"Pawarta: (.+) · Editor: .+")
    both(f"{KB}/amaru", "amaru", r"Amaru: (.+)", r"(.+) — .+")
    both(f"{ORO}/barreessaa", "barreessaa", r"Barreessaa: (.+)",
         r"Gabaasaa keenya (.+), \w+ irraa")
    # editors, towns and sources after the name
    for fam, pattern, pool_name in ((f"{JV}/panulis", r"Pawarta: .+ · Editor: (.+)", "editor"),
                                    (f"{KB}/amaru", r".+ — (.+)", "tamdint"),
                                    (f"{ORO}/barreessaa", r"Gabaasaa keenya .+, (\w+) irraa",
                                     "magaalaa")):
        found = [m[1] for t in fams[fam] if (m := re.fullmatch(pattern, norm(t)))]
        places = pool(SET, fam.partition("/")[0], pool_name)
        assert found and sum(p in places for p in found) >= 0.75 * len(found), fam
    # Occitan and Papiamentu (smaller groups): a name after a label, then a name first
    for style, family, pool_name, old, new in (
            (OC, "autor", "autor", r"Tèxt de (.+)", r"(.+) · \d+ min de lectura"),
            (PAP, "autor", "autor", r"Skibí pa: (.+)", r"(.+) · Fuente: .+")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        writers = pool(SET, style, pool_name)
        olds = [m[1] for t in lines if (m := re.fullmatch(old, t))]
        news = [m[1] for t in lines if (m := re.fullmatch(new, t))]
        assert olds and sum(w in writers for w in olds) >= 0.75 * len(olds), style
        assert news and sum(w in writers for w in news) >= 0.75 * len(news), style
    sources = [m[1] for t in group_lines(SET, PAP, "autor")
               if (m := re.fullmatch(r".+ · Fuente: (.+)", norm(t)))]
    assert sources and sum(s in pool(SET, PAP, "fuente") for s in sources) >= 0.75 * len(sources)
    # names in their scripts and letters
    assert all(re.fullmatch(CYRILLIC + "+ " + CYRILLIC + "+", w)
               for w in pool(SET, KG, "jazuuchu"))
    assert sum(bool(re.search(KYRGYZ_LETTERS, w)) for w in pool(SET, KG, "jazuuchu")) >= 2
    assert sum(bool(re.search("[èàí]", w)) for w in pool(SET, OC, "autor")) >= 4
    assert any("ɛ" in w for w in pool(SET, KB, "tamdint"))
    assert all(re.search("(?:aa|ee|ii|oo|uu)", w) for w in pool(SET, ORO, "barreessaa"))
    # staff roles, riders and scores mid-line
    roles = pool(SET, VIHARA, "beat")
    held = [m[1] for t in group_lines(SET, VIHARA, "posted")
            if (m := re.fullmatch(r"Posted by (.+) · \w+ \d{1,2} \w+ \d{4}", norm(t)))]
    assert held and sum(r in roles for r in held) >= 0.75 * len(held)
    mostly([norm(t) for t in group_lines(SET, SPEEDWAY, "score")],
           r"^🏍️ Harriers \d\d [A-Z]\w+ [A-Z]\w+ \d\d · top scorer: [A-Z]\w+ [A-Z]\w+ \d+\+\d$")
    mostly([norm(t) for t in group_lines(SET, BAND, "result")],
           r"^🏆 \w+, Grade \d: \d\w\w overall \(piping \d\w\w, drumming \d\w\w, ensemble "
           r"\d\w\w\)$")
    mostly([norm(t) for t in group_lines(SET, ISLAND, "posted")],
           r"(?:^\d{1,2} \w+ \d{4}|· [A-Z]\w+ [A-Z]\w+)$")


def test_bare_lines_scripts_symbols_and_amounts() -> None:
    fams = by_family(planted_docs(SET))
    # bare lines: ad labels (one word, too short for small edits), block headings, switches
    for fam, bare in ((f"{KG}/jarnama", "Жарнама"), (f"{JV}/pariwara", "Pariwara"),
                      (f"{KB}/adellel", "Adellel"), (f"{ORO}/beeksisa", "Beeksisa")):
        assert set(fams[fam]) == {bare}, fam
    assert_groups_mostly_bare(SET, (
        (OC, "reclama", "Reclama"),
        (PAP, "anunsio", "Anunsio"),
        (KG, "til", "Кыргызча | Русча"),
        (JV, "aksara", "ꦱꦸꦒꦼꦁꦫꦮꦸꦃ · Sugeng rawuh"),
        (KB, "tutlayt", "Taqbaylit | ⵜⴰⵇⴱⴰⵢⵍⵉⵜ | Français"),
        (ORO, "afaan", "Afaan Oromoo | አማርኛ | English"),
        (OC, "lenga", "Occitan | Français"),
        (JV, "redaksi-head", "Redaksi"),
        (OC, "redaccion-head", "Redaccion"),
        (PAP, "kontakto-head", "Kontakto"),
        (MART, "office-head", "Mart office"),
        (VIHARA, "visit-head", "Finding us"),
        (BAND, "contact-head", "Pipe Major"),
        (SPEEDWAY, "stadium-head", "Stadium"),
        (ISLAND, "contact-head", "Trust office")))
    assert_values_from_pool(SET, fams, ((f"{KG}/bolum", "bolum"), (f"{JV}/rubrik", "rubrik")))
    assert_group_values_from_pool(SET, ((KB, "ahric", "ahric"), (ORO, "kutaa", "kutaa"),
                                        (OSS, "kind", "kind"), (OC, "rubrica", "rubrica"),
                                        (PAP, "seccion", "seccion"), (MART, "sale", "sale"),
                                        (SPEEDWAY, "fixture", "fixture")))
    # pools that name the site (renamed on the variants): the site as written
    for fam, pool_name, prefix in ((f"{KG}/suroot", "suroot", "Сүрөт: "),
                                   (f"{JV}/foto", "sumber", "Foto: ")):
        texts = [norm(t).removeprefix(prefix) for t in fams[fam]]
        items = {norm(item) for item in pool(SET, fam.partition("/")[0], pool_name)}
        assert texts and sum(t in items for t in texts) >= 0.75 * len(texts), fam
    for style, family, pool_names, prefix in (
            (KG, "kurs", tuple(KURS_KG), ""), (KB, "tawlaft", ("tawlaft",), "Tawlaft: "),
            (ORO, "suuraa", ("madda",), "Suuraa: "), (OC, "foto", ("font",), "Fòto: "),
            (PAP, "potret", ("fuente",), "Potrèt: "), (MART, "top", ("top",), ""),
            (MART, "entries", ("entries",), ""), (BAND, "result", ("result",), ""),
            (SPEEDWAY, "score", ("score",), "")):
        # a handful of lines on the small groups: most of them (small edits aside)
        group = [norm(t).removeprefix(prefix) for t in group_lines(SET, style, family)]
        items = {norm(item) for name in pool_names for item in pool(SET, style, name)}
        assert group and sum(t in items for t in group) >= 0.6 * len(group), (style, family)
    # tag lists: one or more of the pool's tags
    for style, family, pool_name, prefix in ((KG, "tegder", "tegder", "Тегдер: "),
                                             (OSS, "tags", "tags", "Tags: ")):
        lists = [norm(t) for t in group_lines(SET, style, family)]
        tags = pool(SET, style, pool_name)
        whole = [t for t in lists if t.startswith(prefix) and all(
            x in tags for x in t.removeprefix(prefix).split(", "))]
        assert lists and len(whole) >= 0.6 * len(lists), style
    # scripts and languages
    for family in ("til", "bolum", "avtor", "jarnama", "okunuz", "suroot", "tegder", "mayram",
                   "shailoo", "komment", "kochuruu", "copyright"):
        mostly(fams[f"{KG}/{family}"], CYRILLIC + "{3}", 0.9)
    for family in ("okunuz", "mayram", "shailoo", "komment", "kochuruu", "copyright"):
        mostly(fams[f"{KG}/{family}"], KYRGYZ_LETTERS, 0.9)
    for family in ("panulis", "diwaca", "waca", "mengeti", "kabar", "uyon", "komentar",
                   "redaksi-head"):
        mostly(fams[f"{JV}/{family}"], JAVANESE, 0.85)
    assert all(re.search(JAVANESE_SCRIPT + "{5}", t) for t in fams[f"{JV}/aksara"])
    for family in ("tutlayt", "amaru", "adellel", "ghar", "tawlaft", "tameghra", "iwenniten",
                   "izerfan", "copyright"):
        mostly(fams[f"{KB}/{family}"], KABYLE, 0.85)
    assert all(re.search(TIFINAGH + "{5}", norm(t)) for t in fams[f"{KB}/tutlayt"])
    for family in ("afaan", "beeksisa", "dubbisaa", "suuraa", "barreessaa", "dubbifame",
                   "ayyaana", "filannoo", "raadiyoo", "yaada", "copyright"):
        mostly(fams[f"{ORO}/{family}"], OROMO, 0.85)
    assert all(re.search(ETHIOPIC + "{4}", t) for t in fams[f"{ORO}/afaan"])
    for family in ("lenga", "reclama", "legir", "foto", "region", "festas", "eleccions",
                   "comentaris", "redaccion-head", "copyright"):
        mostly(group_lines(SET, OC, family), OCCITAN, 0.85)
    for family in ("anunsio", "lesa", "potret", "fiesta", "elekshon", "kambio",
                   "kontakto-head"):
        mostly(group_lines(SET, PAP, family), PAPIAMENTU, 0.85)
    assert "ta'a" in rendered(SET, ORO, "ayyaana", d(2020, 10, 4))  # a glottal apostrophe
    assert "ǧ" in rendered(SET, KB, "tifranin", d(2019, 3, 1))
    # symbols and emoji
    assert_groups_marked(SET, ((KG, "kurs", "💱 "), (PAP, "gasolin", "⛽ "),
                               (OSS, "release", "📦 "), (MART, "entries", "🐄 "),
                               (BAND, "result", "🏆 "), (BAND, "tune", "🎵 "),
                               (SPEEDWAY, "score", "🏍️ "), (ISLAND, "tide", "🌊 ")))
    mostly([norm(t) for t in group_lines(SET, MART, "top")], r"^(?:🐂|🐑) ")
    for domain, family, day, mark in (
            (KG, "mayram", d(2019, 3, 5), "🎩 "), (KG, "mayram", d(2019, 3, 21), "🌷 "),
            (KG, "mayram", d(2019, 8, 31), "🇰🇬 "), (KG, "shailoo", d(2017, 10, 10), "🗳️ "),
            (KG, "shailoo", d(2020, 4, 1), "😷 "), (JV, "mengeti", d(2019, 8, 17), "🇮🇩 "),
            (JV, "mengeti", d(2019, 9, 1), "🌙 "), (JV, "kabar", d(2018, 6, 1), "🌋 "),
            (KB, "tameghra", d(2019, 1, 12), "🌾 "), (KB, "tameghra", d(2019, 4, 20), "✊ "),
            (KB, "tameghra", d(2019, 7, 5), "🇩🇿 "), (KB, "tifranin", d(2019, 12, 5), "🗳️ "),
            (ORO, "ayyaana", d(2019, 1, 19), "💧 "), (ORO, "ayyaana", d(2019, 3, 2), "🇪🇹 "),
            (ORO, "ayyaana", d(2019, 9, 12), "🌼 "), (ORO, "ayyaana", d(2019, 10, 6), "🌿 "),
            (ORO, "filannoo", d(2020, 5, 1), "😷 "), (OSS, "calendar", d(2019, 10, 5), "🎃 "),
            (OSS, "calendar", d(2019, 4, 1), "☀️ "), (OSS, "calendar", d(2019, 5, 1), "🏃 "),
            (OC, "festas", d(2019, 2, 3), "💜 "), (OC, "festas", d(2019, 6, 23), "🔥 "),
            (OC, "eleccions", d(2019, 5, 20), "🗳️ "), (PAP, "fiesta", d(2019, 3, 3), "🎭 "),
            (PAP, "fiesta", d(2019, 4, 22), "🌽 "), (PAP, "fiesta", d(2019, 10, 10), "🇨🇼 "),
            (MART, "seasons", d(2019, 8, 10), "🐑 "), (MART, "seasons", d(2019, 11, 1), "🐮 "),
            (VIHARA, "calendar", d(2019, 5, 19), "🪷 "), (VIHARA, "calendar", d(2019, 8, 1), "🏮 "),
            (VIHARA, "calendar", d(2019, 10, 15), "🧵 "), (BAND, "calendar", d(2019, 1, 20), "🥃 "),
            (BAND, "calendar", d(2019, 8, 1), "🏴 "), (BAND, "calendar", d(2019, 11, 5), "🌺 "),
            (SPEEDWAY, "season", d(2019, 6, 1), "🏁 "),
            (ISLAND, "calendar", d(2019, 3, 20), "⛪ "), (ISLAND, "calendar", d(2019, 8, 5), "⛵ "),
            (ISLAND, "wildlife", d(2019, 11, 1), "🦭 ")):
        assert rendered(SET, domain, family, day).startswith(mark), (domain, family, day)
    # phones in their countries' formats
    for style, family, phone in ((JV, "redaksi", "(0274) 555 143"),
                                 (OC, "redaccion", "05 61 55 01 43"),
                                 (PAP, "kontakto", "+599 9 555 0143"),
                                 (MART, "office", "028 8755 0143"),
                                 (VIHARA, "visit", "01364 555 143"),
                                 (BAND, "contact", "613 555 0143"),
                                 (SPEEDWAY, "stadium", "01945 555 143"),
                                 (ISLAND, "contact", "01289 555 143")):
        assert any(phone in norm(t) for t in group_lines(SET, style, family)), (style, family)
    for domain, family, phone in ((KG, "shailoo", "0777 550 143"),
                                  (JV, "kabar", "0812 2550 143"),
                                  (KB, "tifranin", "0550 55 01 43"),
                                  (ORO, "filannoo", "0911 55 01 43"),
                                  (PAP, "elekshon", "+599 9 550 1430")):
        assert phone in rendered(SET, domain, family, d(2016, 3, 1)), (domain, family)
    # versions
    versions = {m[1] for t in group_lines(SET, OSS, "release")
                if (m := re.search(r"Latest release: (\S+) ", norm(t)))}
    assert len(versions) >= 3 and versions <= {v for v, _ in RELEASES}, versions
    pythons = {m[1] for t in group_lines(SET, OSS, "pythons")
               if (m := re.search(r"versions: (.+)\.$", norm(t)))}
    assert len(pythons) >= 3 and pythons <= {v for _, v in PYTHONS}, pythons
    assert_reworded(fams, ((f"{KG}/mayram", "Instagram’да", "Telegram"),))


def test_printed_dates_are_real_dates() -> None:
    """The dates printed by slots or day by day are valid calendar dates in range, and the
    weekdays printed beside a date are their own."""
    for style, family, pattern, fmt, want in (
            (KG, "kun", r"^(\d\d\.\d\d\.\d{4}) \d\d:\d\d$", "%d.%m.%Y", 5),
            (PAP, "fecha", r"^(\d\d-\d\d-\d{4})$", "%d-%m-%Y", 3),
            (OSS, "posted", r"^(\d{4}-\d\d-\d\d) · ", "%Y-%m-%d", 3),
            (VIHARA, "posted", r"^([A-Z][a-z]+ \d{1,2}, \d{4})$", "%B %d, %Y", 3)):
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.search(pattern, norm(t)))]
        assert len(found) >= want, (style, family, pattern)
        for text in found:
            day = dt.datetime.strptime(text, fmt).date()
            assert d(2015, 1, 1) <= day <= d(2021, 1, 5), (style, text)
    checked = 0
    for style, family, pattern, fmt in (
            (MART, "posted", r"^Sale report · ([A-Z][a-z]+day) (\d{1,2} [A-Z][a-z]+ \d{4})$",
             "%d %B %Y"),
            (SPEEDWAY, "posted", r"^Meeting report · ([A-Z][a-z]+day) (\d{1,2} [A-Z][a-z]+ "
             r"\d{4})$", "%d %B %Y"),
            (BAND, "posted", r"^([A-Z][a-z]+day), ([A-Z][a-z]+ \d{1,2}, \d{4})$", "%B %d, %Y"),
            (VIHARA, "posted", r"^Posted by .+ · ([A-Z][a-z]+day) (\d{1,2} [A-Z][a-z]+ \d{4})$",
             "%d %B %Y")):
        for text in group_lines(SET, style, family):
            if m := re.search(pattern, norm(text)):
                day = dt.datetime.strptime(m[2], fmt).date()
                assert day.strftime("%A") == m[1], text
                checked += 1
    assert checked >= 20
    weekdays = 0
    for style, family, pattern, names, months in (
            (KG, "kun", rf"(\w+), (\d{{1,2}})-({MONTHS_KG}), (\d{{4}})-ж\.", KYRGYZ_WEEKDAYS,
             KYRGYZ_MONTHS),
            (JV, "tanggal", rf"(\w+) \w+, (\d{{1,2}}) ({MONTHS_JV}) (\d{{4}}) \| .+",
             JAVANESE_WEEKDAYS, JAVANESE_MONTHS),
            (KB, "azemz", rf"(\w+), (\d{{1,2}}) ({MONTHS_KB}) (\d{{4}}) – .+", KABYLE_WEEKDAYS,
             KABYLE_MONTHS),
            (ORO, "guyyaa", rf"(\w+), (\d{{1,2}}) ({MONTHS_OR}) (\d{{4}}) ALA · .+",
             OROMO_WEEKDAYS, OROMO_MONTHS),
            (OC, "data", rf"Publicat lo (\w+) (\d{{1,2}}) (?:de |d')({MONTHS_OC}) de (\d{{4}})",
             OCCITAN_WEEKDAYS, OCCITAN_MONTHS)):
        for text in group_lines(SET, style, family):
            if m := re.fullmatch(pattern, norm(text)):
                day = d(int(m[4]), months.index(m[3]) + 1, int(m[2]))
                assert names.index(m[1]) == day.weekday() and day <= d(2021, 1, 5), text
                weekdays += 1
    assert weekdays >= 100
    markets = 0
    for text in group_lines(SET, JV, "tanggal"):
        m = re.fullmatch(rf"\w+ (\w+), (\d{{1,2}}) ({MONTHS_JV}) (\d{{4}}) \| .+", norm(text))
        if m:
            day = d(int(m[4]), JAVANESE_MONTHS.index(m[3]) + 1, int(m[2]))
            assert pasaran(day) == m[1], text
            markets += 1
    ethiopian_seen = 0
    for text in group_lines(SET, ORO, "guyyaa"):
        m = re.fullmatch(rf"\w+, (\d{{1,2}}) ({MONTHS_OR}) (\d{{4}}) ALA · (\d{{1,2}}) "
                         rf"({MONTHS_ET}) (\d{{4}}) ALI", norm(text))
        if m:
            day = d(int(m[3]), OROMO_MONTHS.index(m[2]) + 1, int(m[1]))
            assert to_ethiopian(day) == (int(m[6]), ETHIOPIAN_MONTHS_OR.index(m[5]) + 1,
                                         int(m[4])), text
            ethiopian_seen += 1
    assert markets >= 20 and ethiopian_seen >= 10


def test_sector_figures_are_plausible() -> None:
    """Som rates (the dollar below the euro, a rouble about a som, the dollar dearer by
    era), mart tops whose totals make their prices a kilo (cattle 120-300p, lambs 400-550p),
    a meeting's 90 points with a top scorer's points and bonus within a rider's 15, pipe band
    placings, verses of the Dhammapada; subscriptions, commissions, admissions, programmes,
    parking and memberships that only rise."""
    means = []
    for era in ("kurs_a", *(e for _, e in KG_ERAS)):
        rates = KURS_KG[era]
        assert all(usd < eur < 1.5 * usd and 0.8 < rub < 1.4 for usd, eur, rub in rates), era
        means.append(sum(usd for usd, _, _ in rates) / len(rates))
        for line in pool_in_order(SET, KG, era):
            m = re.fullmatch(r"💱 Доллар — (\d\d),(\d\d) · Евро — (\d{2,3}),(\d\d) · Рубль — "
                             r"(\d),(\d\d) сом", line)
            assert m and 55 < int(m[1]) < 90 and int(m[1]) < int(m[3]), line
    assert means == sorted(means), means
    for line, (kind, kg, pence) in zip(pool_in_order(SET, MART, "top"), MART_TOPS, strict=True):
        m = re.fullmatch(r"(🐂|🐑) ([\w ]+): (\d+) kg £([\d,]+(?:\.\d\d)?) \((\d+)p/kg\)", line)
        assert m and m[2] == kind and int(m[3]) == kg, line
        total = float(m[4].replace(",", ""))
        assert abs(total * 100 / kg - int(m[5])) <= 0.5 and abs(int(m[5]) - pence) <= 3, line
        if kg >= 100:
            assert m[1] == "🐂" and total % 5 == 0 and 120 <= pence <= 300, line
        else:
            assert m[1] == "🐑" and 400 <= pence <= 550 and total * 2 == int(total * 2), line
    for line, (opponents, home, rider, points, bonus) in zip(pool_in_order(SET, SPEEDWAY, "score"),
                                                             SCORES, strict=True):
        m = re.fullmatch(r"🏍️ Harriers (\d+) (.+) (\d+) · top scorer: (.+) (\d+)\+(\d+)", line)
        assert m and int(m[1]) + int(m[3]) == 90 and m[2] == opponents, line
        assert 3 <= int(m[5]) and int(m[5]) + int(m[6]) <= 15 and m[4] == rider, line
        assert (int(m[5]), int(m[6]), int(m[1])) == (points, bonus, home), line
    for line in BAND_RESULTS:
        places = [int(x) for x in re.findall(r"(\d)(?:st|nd|rd|th)", line)]
        overall, parts = places[0], places[1:]
        assert len(parts) == 3 and min(parts) <= overall <= max(parts), line
    assert all(re.search(r"— Dhammapada \d+$", v) and v.startswith("“") for v in VERSES)
    for domain, family, pattern, dates in (
            (OC, "abonament", r"(\d+) €", (d(2016, 1, 1), d(2020, 1, 1))),
            (MART, "commission", r"cattle ([\d.]+)%", (d(2016, 1, 1), d(2020, 1, 1))),
            (SPEEDWAY, "admission", r"adults £(\d+)", (d(2016, 1, 1), d(2020, 1, 1))),
            (SPEEDWAY, "programme", r"£([\d.]+)", (d(2016, 1, 1), d(2020, 1, 1))),
            (ISLAND, "parking", r"£(\d+)", (d(2016, 1, 1), d(2020, 1, 1))),
            (BAND, "fees", r"\$(\d+) a year", (d(2016, 1, 1), d(2020, 1, 1)))):
        prices = [re.search(pattern, rendered(SET, domain, family, day)) for day in dates]
        values = [float(m[1]) for m in prices if m]
        assert len(values) == len(dates) and values == sorted(set(values)), (domain, values)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    """Each line of a block has its own share, so an article carries some or all of them,
    always adjacent and in the block's order; some article of the style's group carries at
    least two of them."""
    assert_group_blocks_stay_together(SET, {
        JV: (["redaksi-head", "redaksi"], 2),
        OC: (["redaccion-head", "redaccion"], 2),
        PAP: (["kontakto-head", "kontakto"], 2),
        MART: (["office-head", "office"], 2),
        BAND: (["contact-head", "contact"], 2),
        SPEEDWAY: (["stadium-head", "stadium"], 2),
        ISLAND: (["contact-head", "contact"], 2)})


def test_first_and_last_days() -> None:
    """The set's day walks cover every article date and its syndicated copies."""
    assert FIRST_DAY == d(2015, 1, 1) and LAST_DAY >= d(2021, 1, 5)
    for domain, family in ((KG, "kun"), (JV, "tanggal"), (ORO, "guyyaa"), (ISLAND, "tide")):
        assert (template(SET, domain, family, LAST_DAY)
                != template(SET, domain, family, LAST_DAY - one))
