"""The held-back-49 template set (`tests.bench.heldout_templates_49`): its localised dates
(printed day by day, some changing form on the day of a redesign, one beside the
arithmetic Hijri date, one with the zone Namibia dropped in 2017, two on adjacent lines in
two languages), the numbers it prints day by day (an indexed unit of account, an issue
number, a carnival countdown), the notices it rewords by date (one only in its letters),
the calendars some notices follow, the variation it promises and its multi-line blocks
actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles have few articles of
their own (the generator's Zipf sizes), so several checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_49 import (
    ARABIC_WEEKDAYS,
    BE_REDESIGN,
    BO_DAILY,
    BT_DAILY,
    CY_DAILY,
    DEPOSITS,
    DUTCH_MONTHS,
    DUTCH_WEEKDAYS,
    ENGLISH_MONTHS,
    FIRST_DAY,
    FRENCH_MONTHS,
    FRENCH_WEEKDAYS,
    GERMAN_MONTHS,
    GERMAN_WEEKDAYS,
    GREEK_MONTHS,
    GREEK_WEEKDAYS,
    GULF_MONTHS,
    HIJRI_MONTHS,
    LAST_DAY,
    MD_COMMA,
    MD_DAILY,
    MO_SPELLING,
    NA_CAT,
    OM_HIJRI,
    PORTUGUESE_MONTHS,
    ROMANIAN_MONTHS,
    SPANISH_MONTHS,
    SPANISH_WEEKDAYS,
    SR_DAILY,
    SR_RATES,
    TT_CANCELLED,
    YEARS,
    carnival_monday,
    cedilla,
    easter,
    hijri,
    nth_weekday,
    om_issue,
    ordinal,
    orthodox_easter,
    tt_countdown,
    tt_registration,
    ufv,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-49"
SITES = ("La Gazette de Meuse", "ظفار اليوم", "La Voz del Tunari", "Vocea Răutului",
         "Südwester Kurier", "Littoral Echo", "Gazeta da Praia Grande", "Druk Sentinel",
         "Copperbelt Echo", "De Paramaribo Courant", "Κοινότητα Άνω Πλατανιάς",
         "Tribal Tide Mas")
BE, OM, BO, MD = ("gazettedemeuse.be", "dhofaralyoum.om", "vozdeltunari.com.bo",
                  "vocearautului.md")
NA, CM, MO, BT = ("suedwesterkurier.com.na", "littoralecho.cm", "gazetapraiagrande.mo",
                  "druksentinel.bt")
ZM, SR, CY, TT = ("copperbeltecho.co.zm", "paramaribocourant.sr", "anoplatania.org.cy",
                  "tribaltidemas.tt")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((BE, "publie"), (OM, "tarikh"), (OM, "adad"), (BO, "fecha"), (BO, "cotizacion"),
         (MD, "data"), (NA, "datum"), (CM, "date-fr"), (CM, "date-en"), (MO, "data"),
         (BT, "dated"), (SR, "datum"), (CY, "imerominia"))


@cache
def _by_day(domain: str, family: str) -> dict[str, str]:
    return dict(style_by_domain(SET)[domain].family(family).wordings)


def daily(domain: str, family: str, day: dt.date) -> str:
    """The wording of a family printed day by day on `day` (a look-up, for day walks)."""
    if day == FIRST_DAY:
        return template(SET, domain, family, day)
    return _by_day(domain, family)[day.isoformat()]


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BE, "publie", old, r"Publié le 05/03/2016 à \d\d:\d\d")
    full(BE, "publie", new, r"Mis en ligne le vendredi 21 juin 2019 à \d\d:\d\d")
    full(BE, "publie", d(2019, 3, 1), r"Mis en ligne le vendredi 1er mars 2019 à \d\d:\d\d")
    full(OM, "tarikh", old, r"السبت، 5 مارس 2016")
    full(OM, "tarikh", new, r"الجمعة 17 شوال 1440هـ - 21 يونيو 2019م")
    full(OM, "adad", FIRST_DAY, r"السنة 10 - العدد 3150")
    full(OM, "adad", d(2015, 1, 3), r"السنة 10 - العدد 3151")
    full(BO, "fecha", old, r"Publicado: 05/03/2016 - \d\d:\d\d")
    full(BO, "fecha", new, r"viernes, 21 de junio de 2019 - \d\d:\d\d")
    full(BO, "cotizacion", new, r"Dólar: Bs 6,86 compra · Bs 6,96 venta \| UFV: 2,\d{5}")
    full(MD, "data", old, r"05\.03\.2016, \d\d:\d\d")
    full(MD, "data", new, r"21 iunie 2019, \d\d:\d\d")
    full(NA, "datum", old, r"Samstag, 5\. März 2016 \| \d\d:\d\d WAST")
    full(NA, "datum", d(2016, 6, 21), r"Dienstag, 21\. Juni 2016 \| \d\d:\d\d WAT")
    full(NA, "datum", new, r"Freitag, 21\. Juni 2019 \| \d\d:\d\d CAT")
    city = "(?:Douala|Yaoundé|Buea|Limbé|Bafoussam|Kribi)"
    full(CM, "date-fr", new, rf"{city}, le 21 juin 2019")
    full(CM, "date-fr", d(2019, 3, 1), rf"{city}, le 1er mars 2019")
    full(CM, "date-en", new, rf"{city}, 21st June, 2019")
    full(CM, "date-en", d(2019, 3, 2), rf"{city}, 2nd March, 2019")
    full(MO, "data", d(2015, 3, 5), r"5 de Março de 2015 · \d\d:\d\d")
    full(MO, "data", new, r"21 de junho de 2019 · \d\d:\d\d")
    full(BT, "dated", old, r"5 March, 2016")
    full(BT, "dated", new, r"Fri, Jun 21, 2019")
    full(SR, "datum", old, r"05-03-2016 \d\d:\d\d")
    full(SR, "datum", new, r"vrijdag 21 juni 2019 \d\d:\d\d")
    full(CY, "imerominia", old, r"05/03/2016")
    full(CY, "imerominia", new, r"Παρασκευή, 21 Ιουνίου 2019")
    full(ZM, "posted", old, r"By Ada Brook - 5 March 2016")
    full(ZM, "posted", new, r"Ada Brook — 21 June 2019")
    full(TT, "posted", new, r"June 21, 2019 · Band News")


def test_calendars() -> None:
    for y, md in ((2015, "04-05"), (2016, "03-27"), (2017, "04-16"), (2018, "04-01"),
                  (2019, "04-21"), (2020, "04-12")):
        assert easter(y) == d.fromisoformat(f"{y}-{md}")
    for y, md in ((2015, "04-12"), (2016, "05-01"), (2017, "04-16"), (2018, "04-08"),
                  (2019, "04-28"), (2020, "04-19")):
        assert orthodox_easter(y) == d.fromisoformat(f"{y}-{md}")
    for y, md in ((2015, "02-16"), (2016, "02-08"), (2017, "02-27"), (2018, "02-12"),
                  (2019, "03-04"), (2020, "02-24")):
        assert carnival_monday(y) == d.fromisoformat(f"{y}-{md}")
    # The arithmetic Hijri calendar: the first of Ramadan 1440 and of Muharram 1437, the
    # first of Shawwal 1441; months of 29 or 30 days, one after the other.
    assert hijri(d(2019, 5, 6)) == (1440, 9, 1)
    assert hijri(d(2015, 10, 15)) == (1437, 1, 1)
    assert hijri(d(2020, 5, 24)) == (1441, 10, 1)
    previous = hijri(FIRST_DAY)
    for day in every_day()[1:]:
        y, m, dd = hijri(day)
        if dd == 1:
            assert previous[2] in (29, 30) and (m == previous[1] % 12 + 1), (day, previous)
            assert y == previous[0] + (m == 1)
        else:
            assert (y, m, dd) == (previous[0], previous[1], previous[2] + 1), day
        previous = (y, m, dd)


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for domain, family in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY
                                                                             - FIRST_DAY).days
    last_ufv, last_issue = 0.0, om_issue(FIRST_DAY)
    for day in every_day():
        wd, m, y = day.weekday(), day.month, day.year
        dd = "1er" if day.day == 1 else str(day.day)
        be = daily(BE, "publie", day)
        if day >= BE_REDESIGN:
            assert be == (f"Mis en ligne le {FRENCH_WEEKDAYS[wd]} {dd} {FRENCH_MONTHS[m - 1]} "
                          f"{y} à {{time}}"), be
        else:
            assert be == f"Publié le {day:%d/%m/%Y} à {{time}}", be
        om = daily(OM, "tarikh", day)
        gregorian = f"{day.day} {GULF_MONTHS[m - 1]} {y}"
        if day >= OM_HIJRI:
            hy, hm, hd = hijri(day)
            assert om == (f"{ARABIC_WEEKDAYS[wd]} {hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ - "
                          f"{gregorian}م"), om
        else:
            assert om == f"{ARABIC_WEEKDAYS[wd]}، {gregorian}", om
        issue = om_issue(day)
        if day > FIRST_DAY:
            assert issue == last_issue + (wd != 4), day  # no paper on Fridays
        assert daily(OM, "adad", day) == f"السنة {y - 2005} - العدد {issue}"
        last_issue = issue
        bo = daily(BO, "fecha", day)
        if day >= BO_DAILY:
            assert bo == (f"{SPANISH_WEEKDAYS[wd]}, {day.day} de {SPANISH_MONTHS[m - 1]} de "
                          f"{y} - {{time}}"), bo
        else:
            assert bo == f"Publicado: {day:%d/%m/%Y} - {{time}}", bo
        value = float(ufv(day).replace(",", "."))
        assert value > last_ufv and daily(BO, "cotizacion", day).endswith(f"UFV: {ufv(day)}")
        last_ufv = value
        md = daily(MD, "data", day)
        assert md == (f"{day.day} {ROMANIAN_MONTHS[m - 1]} {y}, {{time}}" if day >= MD_DAILY
                      else f"{day:%d.%m.%Y}, {{time}}"), md
        winter = nth_weekday(y, 4, 6, 1) <= day < nth_weekday(y, 9, 6, 1)
        zone = "CAT" if day >= NA_CAT else "WAT" if winter else "WAST"
        assert daily(NA, "datum", day) == (f"{GERMAN_WEEKDAYS[wd]}, {day.day}. "
                                           f"{GERMAN_MONTHS[m - 1]} {y} | {{time}} {zone}")
        assert daily(CM, "date-fr", day) == f"{{ville}}, le {dd} {FRENCH_MONTHS[m - 1]} {y}"
        assert daily(CM, "date-en", day) == (f"{{ville}}, {ordinal(day.day)} "
                                             f"{ENGLISH_MONTHS[m - 1]}, {y}")
        month = PORTUGUESE_MONTHS[m - 1]
        assert daily(MO, "data", day) == (
            f"{day.day} de {month if day >= MO_SPELLING else month.capitalize()} de {y} · "
            f"{{time}}")
        bt = daily(BT, "dated", day)
        if day >= BT_DAILY:
            assert bt == f"{day:%a}, {ENGLISH_MONTHS[m - 1][:3]} {day.day}, {y}", bt
        else:
            assert bt == f"{day.day} {ENGLISH_MONTHS[m - 1]}, {y}", bt
        sr = daily(SR, "datum", day)
        assert sr == (f"{DUTCH_WEEKDAYS[wd]} {day.day} {DUTCH_MONTHS[m - 1]} {y} {{time}}"
                      if day >= SR_DAILY else f"{day:%d-%m-%Y} {{time}}"), sr
        cy = daily(CY, "imerominia", day)
        assert cy == (f"{GREEK_WEEKDAYS[wd]}, {day.day} {GREEK_MONTHS[m - 1]} {y}"
                      if day >= CY_DAILY else f"{day:%d/%m/%Y}"), cy


def test_carnival_countdown_and_season() -> None:
    for y in YEARS:
        monday = carnival_monday(y)
        assert tt_countdown(monday - one) == f"🥁 1 day to Carnival {y}!"
        assert tt_countdown(monday) == "🎉 It's Carnival Monday! Play yourself!"
        assert tt_countdown(monday + one) == "🎉 It's Carnival Tuesday! Play yourself!"
        left = (carnival_monday(y + 1) - monday - 2 * one).days
        assert tt_countdown(monday + 2 * one) == f"🥁 {left} days to Carnival {y + 1}!"
        assert easter(y) - dt.timedelta(days=50) == monday - 2 * one  # the Oruro Saturday
        if y < 2020:
            assert tt_registration(d(y, 12, 1)) == (
                f"📝 Registration for Carnival {y + 1} is open: a TT${DEPOSITS[y + 1]} "
                f"deposit secures your costume.")
        assert tt_registration(monday - 3 * one).startswith(f"Registration for Carnival {y} "
                                                            f"is closed.")
        assert tt_registration(monday + 2 * one).startswith(f"Thank you for playing mas with "
                                                            f"us in {y}!")
    deposits = [int(DEPOSITS[y].replace(",", "")) for y in sorted(DEPOSITS)]
    assert deposits == sorted(deposits) and len(set(deposits)) >= 5
    for day in every_day():
        assert template(SET, TT, "countdown", day) == tt_countdown(day)
        assert template(SET, TT, "registration", day) == tt_registration(day)
        if FIRST_DAY < day < TT_CANCELLED:
            assert tt_countdown(day) != tt_countdown(day - one)
    assert template(SET, TT, "countdown", d(2020, 12, 1)).startswith("Carnival 2021 is "
                                                                      "cancelled")
    texts = {norm(t) for t in group_lines(SET, TT, "countdown")}
    assert len(texts) >= 5 and all(re.search(r"Carnival (?:20\d\d|Monday|Tuesday)", t)
                                   for t in texts)


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        aout = template(SET, BE, "newsletter", d(y, 8, 15))
        assert aout.startswith("🎉" if y != 2020 else "🚫"), aout
        assert template(SET, OM, "follow", d(y, 11, 18)).startswith(f"🇴🇲 العيد الوطني "
                                                                    f"الـ{y - 1970}")
        nahda = template(SET, OM, "follow", d(y, 7, 23))
        assert nahda.startswith("🇴🇲 ذكرى يوم النهضة") == (y < 2020), nahda
        fitr = {2015: d(2015, 7, 17), 2016: d(2016, 7, 6), 2017: d(2017, 6, 26),
                2018: d(2018, 6, 15), 2019: d(2019, 6, 5), 2020: d(2020, 5, 24)}[y]
        assert template(SET, OM, "follow", fitr).startswith("🌙") == (y != 2020)
        khareef = template(SET, OM, "khareef", d(y, 7, 15))
        assert khareef.startswith("🌧️" if y != 2020 else "🚫"), khareef
        assert template(SET, OM, "khareef", d(y, 10, 1)).startswith("دليل ظفار")
        oruro = easter(y) - dt.timedelta(days=50)
        assert template(SET, BO, "grupo", oruro).startswith("🎭")
        assert template(SET, BO, "grupo", d(y, 8, 15)).startswith("🙏") == (y != 2020)
        assert f"{y - 1991} de ani" in template(SET, MD, "follow", d(y, 8, 27))
        martisor = template(SET, MD, "follow", d(y, 3, 1))
        assert martisor.startswith("🌸")
        assert ("Mărţişor" in martisor) == (y <= 2017), martisor  # typed before March 6
        assert template(SET, MD, "follow", orthodox_easter(y)).startswith("🥚") == (y != 2020)
        blajini = template(SET, MD, "follow", orthodox_easter(y) + 8 * one)
        assert blajini.startswith("🕯️") == (y != 2020), blajini
        assert template(SET, NA, "follow", d(y, 3, 21)) == (
            f"🇳🇦 {y - 1990} Jahre Unabhängigkeit: Alles Gute, Namibia!")
        assert template(SET, CM, "groupe-fr", d(y, 5, 20)) == (
            f"🇨🇲 Bonne {y - 1972}e fête de l'Unité !")
        assert template(SET, CM, "groupe-en", d(y, 5, 20)) == (
            f"🇨🇲 Happy {ordinal(y - 1972)} National Day!")
        assert template(SET, CM, "groupe-en", d(y, 2, 11)).startswith("🎉") == (y != 2017)
        lunar = template(SET, MO, "follow", d.fromisoformat(
            {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
             2019: "2019-02-05", 2020: "2020-01-25"}[y]))
        assert lunar.startswith("🧧") == (y != 2020), lunar
        assert template(SET, MO, "follow", d(y, 12, 20)) == f"🇲🇴 {y - 1999}.º aniversário da RAEM"
        assert ordinal(y - 1980) in template(SET, BT, "follow", d(y, 2, 22))
        assert template(SET, BT, "follow", d(y, 12, 17)).endswith(
            f"Happy {ordinal(y - 1907)} National Day!")
        independence = template(SET, ZM, "support", d(y, 10, 24))
        assert (independence == f"🇿🇲 Happy {ordinal(y - 1964)} Independence Anniversary, "
                                f"Zambia!") == (y != 2019), independence  # load-shedding
        assert template(SET, SR, "follow", d(y, 7, 1)) == (
            f"✊🏾 Keti Koti: {y - 1863} jaar afschaffing van de slavernij")
        assert template(SET, SR, "follow", d(y, 11, 25)).startswith("🇸🇷")
        cy_easter = template(SET, CY, "anakoinoseis", orthodox_easter(y) - one)
        assert cy_easter.startswith("🕯️") == (y != 2020), cy_easter
        flood = template(SET, CY, "anakoinoseis", orthodox_easter(y) + 50 * one)
        assert flood.startswith("🌊") == (y not in (2016, 2020)), flood  # a fire, a lockdown
        cherry = template(SET, CY, "anakoinoseis", nth_weekday(y, 6, 5, 2))
        assert cherry.startswith("🍒") == (y != 2020), cherry
        assert template(SET, CY, "anakoinoseis", d(y, 10, 1)) == (
            f"🇨🇾 {y - 1960}η επέτειος της Κυπριακής Ανεξαρτησίας")
    for y, sunday in ((2015, 22), (2016, 20), (2017, 19), (2018, 18), (2019, 17), (2020, 22)):
        assert template(SET, MO, "follow", d(y, 11, sunday - 3)).startswith(f"🏁 {y - 1953}.º")
    for y, losar in ((2017, d(2017, 2, 27)), (2020, d(2020, 2, 24))):
        assert template(SET, BT, "follow", losar).startswith("ལོ་གསར་"), y
    for domain, family, day, start in (
            (BE, "newsletter", d(2016, 3, 25), "⚫"), (BE, "newsletter", d(2018, 10, 14), "🗳️"),
            (BE, "newsletter", d(2020, 4, 1), "😷"), (BE, "newsletter", d(2020, 11, 1), "😷"),
            (OM, "follow", d(2015, 10, 25), "🗳️"), (OM, "follow", d(2018, 5, 25), "🌀"),
            (OM, "follow", d(2020, 2, 1), "🖤"), (OM, "follow", d(2020, 4, 1), "😷"),
            (BO, "grupo", d(2016, 2, 21), "🗳️"), (BO, "grupo", d(2019, 11, 10), "⚠️"),
            (BO, "grupo", d(2020, 5, 1), "😷"), (MD, "follow", d(2016, 11, 13), "🗳️"),
            (MD, "follow", d(2019, 2, 24), "🗳️"), (MD, "follow", d(2020, 4, 1), "😷"),
            (NA, "follow", d(2019, 5, 20), "🌵"), (NA, "follow", d(2020, 4, 1), "😷"),
            (CM, "groupe-fr", d(2017, 3, 1), "⚠️"), (CM, "groupe-en", d(2017, 2, 8), "🏆"),
            (CM, "groupe-en", d(2018, 10, 7), "🗳️"), (MO, "follow", d(2017, 8, 24), "🌀"),
            (MO, "follow", d(2018, 9, 16), "🌀"), (MO, "follow", d(2020, 2, 10), "😷"),
            (BT, "follow", d(2018, 10, 18), "🗳️"), (BT, "follow", d(2020, 8, 20), "😷"),
            (BT, "follow", d(2020, 12, 31), "😷"), (ZM, "support", d(2018, 1, 20), "⚠️"),
            (ZM, "support", d(2019, 8, 1), "⚡"), (ZM, "support", d(2016, 8, 11), "🗳️"),
            (SR, "follow", d(2020, 5, 25), "🗳️"), (SR, "follow", d(2020, 4, 1), "😷"),
            (CY, "anakoinoseis", d(2016, 6, 20), "🔥"),
            (CY, "anakoinoseis", d(2016, 12, 10), "🗳️"),
            (CY, "anakoinoseis", d(2020, 4, 1), "😷")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 10, 1)).startswith(start), domain
    # the French and English lines of the Cameroonian site follow the same calendar
    fr, en = (style_by_domain(SET)[CM].family(f).wordings for f in ("groupe-fr", "groupe-en"))
    assert [s for s, _ in fr] == [s for s, _ in en] and len(fr) > 20


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (OM, "talie", "طالع أيضاً: ", "ذات صلة: "),
        (OM, "katib", "كتب - ", "متابعة: "),
        (BO, "lea", "Lea también: ", "LE PUEDE INTERESAR: "),
        (BO, "fuente", "Con información de ", "Fuente: "),
        (MD, "citeste", "Citeşte şi: ", "CITEȘTE ȘI: "),
        (MD, "follow", "Abonaţi-vă", "Abonați-vă"),
        (MD, "preluare", "sursei şi a", "sursei și a"),
        (NA, "lesen", "Lesen Sie auch: ", "Auch interessant: "),
        (CM, "lire", "LIRE AUSSI / READ ALSO : ", "À lire / Read : "),
        (MO, "veja", "VEJA TAMBÉM › ", "Relacionado: "),
        (ZM, "posted", "By ", " — "),
        (SR, "lees", "Lees ook: ", "LEES OOK ► "),
    ))
    for domain, family, day, old, new in (
            (BE, "abonnes", d(2019, 1, 7), "abonnés.", "1 €"),
            (BE, "commentaires", d(2017, 6, 1), "modérés", "abonné"),
            (OM, "follow", d(2018, 7, 1), "الواتساب", "إنستغرام"),
            (OM, "katib", d(2018, 9, 2), "كتب", "متابعة"),
            (BO, "grupo", d(2018, 10, 1), "WhatsApp", "Telegram"),
            (BO, "comentarios", d(2018, 6, 4), "comentarios.", "Ley 045"),
            (MD, "follow", MD_COMMA, "ştiri", "știri"),
            (MD, "follow", d(2019, 6, 3), "Facebook", "Telegram"),
            (MD, "donatie", d(2019, 9, 2), "50 de lei", "100 de lei"),
            (MD, "citeste", d(2018, 11, 19), "Citește și", "CITEȘTE ȘI"),
            (NA, "follow", d(2018, 4, 3), "WhatsApp", "Instagram"),
            (NA, "epaper", d(2019, 1, 1), "N$ 120", "N$ 145"),
            (MO, "follow", d(2019, 5, 6), "newsletter", "WeChat"),
            (BT, "follow", d(2019, 7, 1), "WeChat", "Telegram"),
            (BT, "epaper", d(2019, 1, 1), "Nu 100", "Nu 150"),
            (ZM, "support", d(2019, 3, 1), "any amount", "K20"),
            (ZM, "related", d(2019, 4, 1), "RELATED", "You may also like"),
            (SR, "follow", d(2018, 3, 5), "Facebook", "WhatsApp"),
            (SR, "koers", d(2020, 9, 24), "7,52", "14,29"),
            (CY, "nero", d(2019, 4, 1), "Τρίτη", "JCC"),
            (CY, "koinotarchis", d(2017, 1, 2), "Χαραλάμπους", "Κωνσταντίνου"),
            (TT, "mascamp", d(2018, 8, 6), "Ariapita", "Rosalino")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)
    rates = [float(rate.replace(",", ".")) for _, rate in SR_RATES]
    assert rates == sorted(rates)


def test_cedilla_letters_before_the_switch_and_comma_letters_after() -> None:
    assert cedilla("Citește și Mărțișor") == "Citeşte şi Mărţişor"
    for fam in style_by_domain(SET)[MD].families:
        if fam.name == "data":
            continue
        for start, text in fam.wordings:
            typed_before = start < MD_COMMA.isoformat()
            assert not any(c in text for c in ("șțȘȚ" if typed_before else "şţŞŢ")), (
                fam.name, start, text)
    lines = [norm(t) for t in group_lines(SET, MD, "preluare")]
    assert any("ş" in t for t in lines) and any("ș" in t for t in lines)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BE}/publie", f"{OM}/tarikh", f"{OM}/adad", f"{BO}/fecha",
                         f"{BO}/cotizacion", f"{MD}/data", f"{BE}/auteur", f"{BE}/lireaussi",
                         f"{MD}/vizualizari", f"{OM}/dateline"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BE}/erreur", f"{BE}/commentaires", f"{BE}/conseil", f"{OM}/taaliqat",
        f"{BO}/direccion", f"{MD}/preluare", f"{NA}/impressum", f"{BO}/comentarios"))
    assert_carried_share(docs, BE, [
        ("rubrique", 0.18, 0.45), ("publie", 0.75, 0.97), ("pub", 0.25, 0.8),
        ("alerte", 0.0, 0.12)])
    assert_carried_share(docs, OM, [("tarikh", 0.75, 0.97), ("tanbih", 0.0, 0.12)])
    for fam in (f"{BE}/pub", f"{BE}/lireaussi", f"{OM}/ilan", f"{BO}/publicidad"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((BE, "photo"), (OM, "taswir"), (MO, "pub"), (CY, "synimmeno"),
                               (BT, "alsoread")))
    counters = [norm(t) for t in group_lines(SET, MD, "vizualizari")]
    assert counters and all(re.fullmatch(r"👁 \d+ vizualizări", t) for t in counters)
    assert len(set(counters)) >= 5


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BE, "alerte"), (OM, "tanbih"), (BO, "corte"), (MD, "polei"), (NA, "unwetter"),
        (CM, "delestage"), (MO, "sinal"), (BT, "roadblock"), (ZM, "breaking"), (SR, "stroom"),
        (CY, "fotia"), (TT, "closed")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    links = ((f"{BE}/lireaussi", ("Lire aussi : ",)), (f"{BE}/conseil-titre", ("» ",)),
             (f"{OM}/talie", ("طالع أيضاً: ", "ذات صلة: ")),
             (f"{BO}/lea", ("Lea también: ", "LE PUEDE INTERESAR: ")),
             (f"{MD}/citeste", ("Citeşte şi: ", "Citește și: ", "CITEȘTE ȘI: ")),
             (f"{NA}/lesen", ("Lesen Sie auch: ", "Auch interessant: ")),
             (f"{CM}/lire", ("LIRE AUSSI / READ ALSO : ", "À lire / Read : ")),
             (f"{MO}/veja", ("VEJA TAMBÉM › ", "Relacionado: ")),
             (f"{ZM}/related", ("RELATED: ", "You may also like: ")),
             (f"{SR}/lees", ("Lees ook: ", "LEES OOK ► ")),
             (f"{ZM}/previous-title", ("",)))
    for fam, prefixes in links:
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = set()
        for t in texts:
            for prefix in prefixes:
                if t.startswith(prefix):
                    linked.add(t.removeprefix(prefix))
        assert linked & titles, fam
    families = {fam.partition("/")[2] for fam, _ in links}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text
    bare = [norm(t) for t in group_lines(SET, ZM, "previous-title")]
    assert bare and sum(t in titles for t in bare) >= 0.75 * len(bare)


def test_one_city_per_page() -> None:
    """The French and English datelines of the Cameroonian site name the same city."""
    cities = pool(SET, CM, "ville")
    both = 0
    for doc in group_docs(SET, CM):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        if "date-fr" in lines and "date-en" in lines:
            fr, en = lines["date-fr"].partition(",")[0], lines["date-en"].partition(",")[0]
            assert fr == en and fr in cities, (fr, en)
            both += 1
    assert both >= 5


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BE, "pub", "Publicité"), (BE, "redaction", "Rédaction en ligne"),
        (BE, "belga", "(Belga)"), (BE, "conseil", "La rédaction vous conseille"),
        (OM, "ilan", "مساحة إعلانية"), (BO, "publicidad", "Publicidad"),
        (MD, "limba", "RO | RU"), (MD, "publicitate", "Publicitate"),
        (NA, "anzeige", "ANZEIGE"), (CM, "pub", "PUBLICITÉ / ADVERTISEMENT"),
        (MO, "lusa", "Com Lusa"), (MO, "pub", "Publicidade · 廣告"), (BT, "ad", "Advertisement"),
        (ZM, "ad", "ADVERTISEMENT"), (ZM, "previous", "Previous article"),
        (ZM, "leavereply", "LEAVE A REPLY"), (ZM, "entercomment", "Please enter your comment!"),
        (SR, "advertentie", "Advertentie"),
        (CY, "ekmerous", "Εκ μέρους του Κοινοτικού Συμβουλίου"),
        (TT, "moreinfo", "For more info:")))
    assert_group_values_from_pool(SET, (
        (BE, "rubrique", "rubrique"), (OM, "qism", "qism"), (BO, "seccion", "seccion"),
        (MD, "rubrica", "rubrica"), (NA, "ressort", "ressort"), (CM, "rubrique", "rubrique"),
        (MO, "seccao", "seccao"), (BT, "section", "section"), (ZM, "category", "category"),
        (SR, "rubriek", "rubriek"), (CY, "eidos", "eidos"), (TT, "tag", "tag")))
    for style, family, pattern, pools in (
            (OM, "dateline", r"(.+) - (.+):", ("madina", "wakala")),
            (BT, "byline", r".+ \| (.+)", ("dzongkhag",)),
            (NA, "autor", r"Von .+, (.+)", ("ort",)),
            (NA, "agentur", r"\((.+)/.+\)", ("agentur",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        own = [m.groups() for t in lines if (m := re.fullmatch(pattern, t))]
        assert lines and len(own) >= 0.75 * len(lines), (style, family)
        for values in own:
            for value, name in zip(values, pools, strict=True):
                # a renamed variant's agency pool names the variant, not the site
                assert value in pool(SET, style, name) or name == "wakala", (style, value)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        ZM: (["leavereply", "entercomment", "entername", "bademail"], 3),
        CY: (["ekmerous", "koinotarchis"], 2),
        TT: (["moreinfo", "whatsapp", "email"], 2),
        CM: (["date-fr", "date-en"], 2),
        BE: (["conseil", "conseil-titre"], 2)})
    assert_group_blocks_stay_together(SET, {
        ZM: (["previous", "previous-title"], 2),
        CM: (["groupe-fr", "groupe-en"], 2)})
    assert_group_blocks_stay_together(SET, {CM: (["copyright-fr", "copyright-en"], 2)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
