"""The held-back-53 template set (`tests.bench.heldout_templates_53`): its localised dates
(printed day by day, some changing form on the day of a redesign, one a database's default
date string padded with spaces, one with the year since a republic's foundation turning each
3 September, some in Urdu, Meitei Mayek and N'Ko numerals), the notices it rewords by date,
by year and by season, the calendars some notices follow (anniversaries with their counts
and ordinals, movable feasts, votes, a recount counted day by day, curfews, blockades and
storms), the power restoration counted week by week, the number-plate bans that rotate by
weekday and half-year, the heads of state who change each half-year, the amounts it prints
(an exchange rate, a currency split in two markets, a currency pegged to the euro, fuel
prices through a blockade, parish rates), the lines in two languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles have few articles of
their own (the generator's Zipf sizes), so several checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_53 import (
    ARABIC_MONTHS,
    ARABIC_WEEKDAYS,
    BAIA_DAS_GATAS,
    CI_DONATE,
    CI_FOLLOW,
    CI_REDESIGN,
    CO_PAYWALL,
    CO_PLATE_PAIRS,
    CO_QUARANTINE,
    CO_REDESIGN,
    CO_TRM,
    CO_WHATSAPP,
    CV_EURUSD,
    CV_FOLLOW,
    CV_PEG,
    CV_REDESIGN,
    DIWALI_GY,
    EID_ADHA_GY,
    EID_ADHA_IN,
    EID_ADHA_YE,
    EID_FITR_IN,
    EID_FITR_YE,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FIRST_DAY,
    FRENCH_MONTHS,
    GERMAN_WEEKDAYS_SHORT,
    GILBERTESE_MONTHS,
    GY_BYLINE,
    GY_PRICE,
    GY_RECOUNT,
    GY_TIPS,
    ITALIAN_MONTHS,
    ITALIAN_WEEKDAYS,
    JE_CLOSED,
    JE_NEWSLETTER,
    JE_RATES,
    JE_REOPENED,
    KI_FOLLOW,
    KI_PRICE,
    KORITE_CI,
    KS_APP,
    KS_EPAPER,
    KS_REDESIGN,
    KS_UT,
    LAST_DAY,
    LI_APP,
    LI_VORSTEHER,
    MEITEI_DIGITS,
    MEITEI_WEEKDAYS,
    MN_BLOCKADE,
    MN_FOLLOW,
    MN_REDESIGN,
    NKO_DIGITS,
    PHAGWAH_GY,
    PORTUGUESE_MONTHS,
    PORTUGUESE_WEEKDAYS_SHORT,
    PR_BLACKOUT,
    PR_BYLINE,
    PR_DONATE,
    PR_FOLLOW,
    PR_MARIA,
    PR_REDESIGN,
    PR_RESTORED,
    RAMADAN_YE,
    SM_COOKIE,
    SM_DIRECTOR,
    SM_FOLLOW,
    SM_GDPR,
    SM_REDESIGN,
    SM_REGENTS,
    SPANISH_MONTHS,
    SPANISH_WEEKDAYS,
    TABASKI_CI,
    URDU_DIGITS,
    URDU_MONTHS,
    URDU_WEEKDAYS,
    YAOSHANG,
    YE_APP,
    YE_RATES,
    YE_REDESIGN,
    YE_SPLIT,
    YE_SPLIT_RATES,
    YEARS,
    battle_of_flowers,
    carnival_tuesday,
    co_plates,
    cv_usd,
    dfr,
    funkensonntag,
    medieval_days,
    ordinal,
    ordinal_fr,
    pr_power,
    sql_date,
    thanksgiving,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
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
    style_by_domain,
    template,
)

SET = "held-back-53"
SITES = ("The Vitasta Herald", "Vitasta Herald", "La Ceiba de Santander", "المعلا برس",
         "Sureño al Día", "The Demerara Beacon", "Demerara Beacon", "La Voce del Titano",
         "Vento de Monte Cara", "Échos du Denguélé", "Loktak Tribune", "Vingtaine Voice",
         "Te Itoi", "Schaaner Dorfspiegel")
KS, CO, YE, PR = ("vitastaherald.com", "laceibadesantander.com.co", "muallapress.net",
                  "surenoaldia.com")
GY, SM, CV, CI = ("demerarabeacon.gy", "vocedeltitano.sm", "ventodemontecara.cv",
                  "echosdudenguele.ci")
MN, JE, KI, LI = ("loktaktribune.in", "vingtainevoice.je", "teitoi.ki",
                  "dorfspiegel-schaan.li")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day, each day's wording its own (every one from the first day).
DAILY = ((KS, "urdu-date"), (KS, "published"), (KS, "place"), (CO, "fecha"), (YE, "tarikh"),
         (PR, "fecha"), (GY, "date"), (SM, "data"), (SM, "comunicato"), (CV, "data"),
         (CI, "date"), (CI, "nko-date"), (MN, "masthead"), (MN, "dateline"), (KI, "date"),
         (LI, "datum"))
# Families with a wording per day that repeats (a weekly figure, a weekday's rule, a season).
DAY_BY_DAY = DAILY + ((CO, "pico"), (PR, "energia"))

# A day no notice of the set turns for an event on.
QUIET = d(2016, 6, 10)


@cache
def _by_day(domain: str, family: str) -> dict[str, str]:
    return dict(style_by_domain(SET)[domain].family(family).wordings)


def daily(domain: str, family: str, day: dt.date) -> str:
    """The wording of a family printed day by day on `day` (a look-up, for day walks)."""
    return _by_day(domain, family)["2000-01-01" if day == FIRST_DAY else day.isoformat()]


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KS, "published", old, r"Publish Date: Mar  5 2016 [ \d]\d:\d\d[AP]M")
    full(KS, "published", new, r"Updated: Fri, 21 Jun 2019, \d{1,2}:\d\d [AP]M IST")
    full(KS, "place", new, r"[A-Z][a-z]+, June 21:")
    full(KS, "urdu-date", new, r"جمعہ، ۲۱ جون ۲۰۱۹ء")
    full(KS, "edition", new, r"Jammu & Kashmir \| [A-Z][a-z]+")
    full(KS, "edition", d(2019, 11, 1), r"J&K \(UT\) \| [A-Z][a-z]+")
    full(CO, "fecha", old, r"Marzo 5 de 2016 - \d{1,2}:\d\d [ap]\. m\.")
    full(CO, "fecha", new, r"21 de junio 2019 , \d\d:\d\d [ap]\. m\.")
    full(CO, "autor", new, r"Por Ada Brook - @abrook")
    full(YE, "tarikh", old, r"السبت 05 مارس 2016 - \d\d:\d\d (صباحاً|مساءً)")
    full(YE, "tarikh", new, r"نُشر في: 2019-06-21 \| \d\d:\d\d")
    full(YE, "khas", new, r"\S+ - «المعلا برس» - (خاص|متابعات|تقرير)")
    full(PR, "fecha", old, r"sábado, 5 de marzo de 2016 - \d{1,2}:\d\d [AP]M")
    full(PR, "fecha", new, r"Publicado: 06/21/2019 \d{1,2}:\d\d [AP]M")
    full(GY, "date", new, r"Jun 21, 2019 [A-Z][a-z]+")
    full(SM, "data", old, r"Sabato 5 marzo 2016")
    full(SM, "data", d(2016, 3, 1), r"Martedì 1° marzo 2016")
    full(SM, "data", new, r"21 Giu 2019 \| \d\d:\d\d")
    full(SM, "comunicato", new, r"COMUNICATO STAMPA — San Marino, 21 giugno 2019/1718 d\.F\.R\.")
    full(SM, "comunicato", d(2019, 9, 3), r"COMUNICATO STAMPA — San Marino, 3 settembre "
                                          r"2019/1719 d\.F\.R\.")
    full(SM, "comunicato", d(2020, 4, 1), r"COMUNICATO STAMPA — San Marino, 1° aprile "
                                          r"2020/1719 d\.F\.R\.")
    full(CV, "data", old, r"Publicado em 05/03/2016, às \d{1,2}h\d\d")
    full(CV, "data", new, r"Sexta, 21 Junho 2019 \d\d:\d\d")
    full(CI, "date", d(2016, 3, 5), r"05/03/16 à \d\d:\d\d")
    full(CI, "date", new, r"Mis en ligne le 21 juin 2019 \| \d\d:\d\d GMT")
    full(CI, "date", d(2019, 6, 1), r"Mis en ligne le 1er juin 2019 \| \d\d:\d\d GMT")
    full(CI, "nko-date", new, r"ߒߞߏ \| ߂߁\.߆\.߂߀߁߉")
    full(MN, "masthead", new, r"Eerai, June 21, 2019 \| ꯲꯱\.꯶\.꯲꯰꯱꯹")
    full(MN, "dateline", old, r"[A-Z]+, Mar 5 :")
    full(MN, "dateline", new, r"[A-Z]+ \| JUNE 21, 2019")
    full(JE, "posted", old, r"Posted on 5 March 2016 by Ada Brook")
    full(JE, "posted", new, r"Friday, 21 June 2019 · Ada Brook")
    full(KI, "date", new, r"21 Tune 2019 / 21 June 2019")
    full(KI, "dateline", new, r"[A-Z]+, 21 June 2019")
    full(LI, "datum", old, r"Sa, 5\.3\.2016")
    full(LI, "datum", new, r"Fr, 21\.6\.2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for domain, family in DAY_BY_DAY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY
                                                                             - FIRST_DAY).days
    for day in every_day():
        wd, m, dd = day.weekday(), day.month - 1, day.day
        ks = daily(KS, "published", day)
        if day < KS_REDESIGN:
            assert ks == f"Publish Date: {sql_date(day)} {{sqltime}}", ks
        else:
            assert ks == (f"Updated: {ENGLISH_WEEKDAYS[wd][:3]}, {dd} {ENGLISH_MONTHS[m][:3]} "
                          f"{day.year}, {{time12}} IST"), ks
        assert daily(KS, "place", day) == f"{{jagah}}, {ENGLISH_MONTHS[m]} {dd}:"
        urdu = daily(KS, "urdu-date", day)
        assert urdu.startswith(URDU_WEEKDAYS[wd] + "، ") and URDU_MONTHS[m] in urdu, urdu
        assert ascii_digits(urdu, URDU_DIGITS).endswith(f" {dd} {URDU_MONTHS[m]} {day.year}ء")
        co = daily(CO, "fecha", day)
        if day < CO_REDESIGN:
            assert co == f"{SPANISH_MONTHS[m].capitalize()} {dd} de {day.year} - {{hora}}", co
        else:
            assert co == f"{dd} de {SPANISH_MONTHS[m]} {day.year} , {{hora2}}", co
        ye = daily(YE, "tarikh", day)
        if day < YE_REDESIGN:
            assert ye == (f"{ARABIC_WEEKDAYS[wd]} {dd:02d} {ARABIC_MONTHS[m]} {day.year} - "
                          f"{{waqt}}"), ye
        else:
            assert ye == f"نُشر في: {day:%Y-%m-%d} | {{time}}", ye
        pr = daily(PR, "fecha", day)
        if day < PR_REDESIGN:
            assert pr == (f"{SPANISH_WEEKDAYS[wd]}, {dd} de {SPANISH_MONTHS[m]} de {day.year} - "
                          f"{{time12}}"), pr
        else:
            assert pr == f"Publicado: {day:%m/%d/%Y} {{time12}}", pr
        assert daily(GY, "date", day) == (f"{ENGLISH_MONTHS[m][:3]} {dd}, {day.year} "
                                          f"{{kategory}}")
        sm = daily(SM, "data", day)
        first = "1°" if dd == 1 else str(dd)
        if day < SM_REDESIGN:
            assert sm == (f"{ITALIAN_WEEKDAYS[wd].capitalize()} {first} {ITALIAN_MONTHS[m]} "
                          f"{day.year}"), sm
        else:
            assert sm == f"{dd} {ITALIAN_MONTHS[m][:3].capitalize()} {day.year} | {{time}}", sm
        assert daily(SM, "comunicato", day) == (
            f"COMUNICATO STAMPA — San Marino, {first} {ITALIAN_MONTHS[m]} {day.year}/{dfr(day)} "
            f"d.F.R.")
        cv = daily(CV, "data", day)
        if day < CV_REDESIGN:
            assert cv == f"Publicado em {day:%d/%m/%Y}, às {{hora}}", cv
        else:
            assert cv == (f"{PORTUGUESE_WEEKDAYS_SHORT[wd]}, {dd} {PORTUGUESE_MONTHS[m]} "
                          f"{day.year} {{time}}"), cv
        ci = daily(CI, "date", day)
        if day < CI_REDESIGN:
            assert ci == f"{day:%d/%m/%y} à {{time}}", ci
        else:
            assert ci == (f"Mis en ligne le {'1er' if dd == 1 else dd} {FRENCH_MONTHS[m]} "
                          f"{day.year} | {{time}} GMT"), ci
        nko = daily(CI, "nko-date", day)
        assert ascii_digits(nko, NKO_DIGITS) == f"ߒߞߏ | {dd}.{day.month}.{day.year}", nko
        masthead = daily(MN, "masthead", day)
        assert ascii_digits(masthead, MEITEI_DIGITS) == (
            f"{MEITEI_WEEKDAYS[wd]}, {ENGLISH_MONTHS[m]} {dd}, {day.year} | "
            f"{dd}.{day.month}.{day.year}"), masthead
        mn = daily(MN, "dateline", day)
        if day < MN_REDESIGN:
            assert mn == f"{{town}}, {ENGLISH_MONTHS[m][:3]} {dd} :", mn
        else:
            assert mn == f"{{town}} | {ENGLISH_MONTHS[m].upper()} {dd}, {day.year}", mn
        assert daily(KI, "date", day) == (f"{dd} {GILBERTESE_MONTHS[m]} {day.year} / {dd} "
                                          f"{ENGLISH_MONTHS[m]} {day.year}")
        assert daily(LI, "datum", day) == (f"{GERMAN_WEEKDAYS_SHORT[wd]}, {dd}.{day.month}."
                                           f"{day.year}")
    for domain, family in DAY_BY_DAY:  # the look-up agrees with the generator's choice
        for day in (d(2015, 1, 1), d(2017, 9, 20), d(2018, 2, 12), d(2020, 12, 31)):
            assert daily(domain, family, day) == template(SET, domain, family, day)


def test_database_dates_pad_one_digit_days_and_hours_with_a_space() -> None:
    assert sql_date(d(2016, 3, 5)) == "Mar  5 2016" and sql_date(d(2016, 3, 15)) == (
        "Mar 15 2016")
    lines = [t for t in group_lines(SET, KS, "published") if t.startswith("Publish Date: ")]
    pattern = r"Publish Date: [A-Z][a-z]{2} [ \d]\d \d{4} [ \d]\d:\d\d[AP]M"
    assert lines and sum(bool(re.fullmatch(pattern, t)) for t in lines) >= 0.9 * len(lines)
    assert any(re.search(r" {2}\d \d{4} ", t) for t in lines)  # a one-digit day
    assert any(re.search(r"\d{4} {2}\d:", t) for t in lines)  # a one-digit hour
    assert any("IST" in t for t in group_lines(SET, KS, "published"))
    spaced = [t for t in group_lines(SET, CO, "fecha") if " , " in t]
    assert spaced and all(re.search(r" , \d\d:\d\d [ap]\. m\.$", norm(t)) for t in spaced)


def test_numerals_in_other_scripts() -> None:
    for family, digits in (("urdu-date", URDU_DIGITS),):
        for t in group_lines(SET, KS, family):
            assert not re.search("[0-9]", t) and any(c in digits for c in t), t
    nko = group_lines(SET, CI, "nko-date")
    assert nko and all(not re.search("[0-9]", t) and any(c in NKO_DIGITS for c in t)
                       for t in nko)
    masthead = group_lines(SET, MN, "masthead")
    assert masthead and all(any(c in MEITEI_DIGITS for c in t) for t in masthead)
    for t in masthead:  # the Meitei Mayek date repeats the English one
        m = re.fullmatch(r"\w+, (\w+) (\d+), (\d{4}) \| (.+)", norm(t))
        assert m, t
        day, month, year = ascii_digits(m[4], MEITEI_DIGITS).split(".")
        assert (m[1], m[2], m[3]) == (ENGLISH_MONTHS[int(month) - 1], day, year), t


def test_the_republics_year_turns_each_3_september() -> None:
    assert [dfr(day) for day in (d(2015, 1, 1), d(2015, 9, 2), d(2015, 9, 3), d(2016, 9, 2),
                                 d(2019, 6, 21), d(2019, 9, 3), d(2020, 12, 31))] == [
        1714, 1714, 1715, 1715, 1718, 1719, 1720]
    turns = [day for day in every_day()[1:] if dfr(day) != dfr(day - one)]
    assert turns == [d(y, 9, 3) for y in YEARS]
    for y in YEARS:
        feast = template(SET, SM, "seguici", d(y, 9, 3))
        assert feast.startswith(f"🇸🇲 Buona Festa di San Marino! {dfr(d(y, 9, 3)) - 1}° "), feast
    shown = {m[1] for t in group_lines(SET, SM, "comunicato")
             if (m := re.search(r"/(\d{4}) d\.F\.R\.$", norm(t)))}
    assert len(shown) >= 3


def test_the_captains_regent_change_each_half_year() -> None:
    texts = [template(SET, SM, "reggenza", day) for day in every_day()]
    changes = [day for day, before, after in zip(every_day()[1:], texts, texts[1:],
                                                  strict=False) if before != after]
    assert changes == [d(y, m, 1) for y in YEARS for m in (4, 10)]
    for day, text in zip(every_day(), texts, strict=True):
        start = max(s for s, _, _ in SM_REGENTS if s <= day.isoformat())
        _, first, second = next(r for r in SM_REGENTS if r[0] == start)
        assert text.endswith(f"Ecc.mi Capitani Reggenti {first} e {second}"), text
        begin = d.fromisoformat(start)
        assert f"1° {ITALIAN_MONTHS[begin.month - 1]} {begin.year} – 1° " in text, text
    names = {p for _, a, b in SM_REGENTS for p in (a, b)}
    assert len(names) == 2 * len(SM_REGENTS)


def test_number_plate_bans_rotate() -> None:
    assert sorted(n for pair in CO_PLATE_PAIRS for n in pair) == list(range(10))
    for day in every_day():
        text = daily(CO, "pico", day)
        plates = co_plates(day)
        if CO_QUARANTINE[0] <= day < CO_QUARANTINE[1]:
            assert "suspendido" in text, (day, text)
        elif plates is None:
            assert day.weekday() >= 5 and text == "🚗 Hoy no hay pico y placa en Bucaramanga"
        else:
            assert text.endswith(f"placas terminadas en {plates[0]} y {plates[1]}"), text
    for monday in (d(2016, 2, 1), d(2018, 8, 6)):  # a half-year's week bans every ending once
        week = [co_plates(monday + k * one) for k in range(5)]
        assert sorted(n for pair in week for n in pair) == list(range(10))
    assert co_plates(d(2016, 2, 1)) != co_plates(d(2016, 8, 1))  # two Mondays, next half-year
    assert len({norm(t) for t in group_lines(SET, CO, "pico")}) >= 4


def test_power_restored_week_by_week() -> None:
    days = [PR_MARIA + k * one for k in range((PR_RESTORED - PR_MARIA).days)]
    shares = [pr_power(day) for day in days]
    assert shares[0] == 0 and shares[-1] == 99 and shares == sorted(shares)
    for day in days:
        text = daily(PR, "energia", day)
        if PR_BLACKOUT[0] <= day < PR_BLACKOUT[1]:
            assert text.startswith("⚡ Apagón general"), text
        else:
            assert text == f"⚡ Clientes de la AEE con servicio eléctrico: {pr_power(day)}%"
        assert pr_power(day) == pr_power(day - dt.timedelta(days=day.weekday()))  # weekly
    assert len(set(shares)) >= 20
    assert daily(PR, "energia", PR_RESTORED).startswith("⚡ La AEE da por restablecido")
    for day, start in ((d(2016, 7, 1), "🌀 Temporada"), (d(2016, 12, 15), "📻"),
                       (d(2017, 9, 6), "🌀 Huracán Irma"), (d(2017, 9, 19), "🌀 Huracán María"),
                       (d(2019, 7, 1), "🌀 Temporada"), (d(2020, 1, 10), "🌎 Terremotos"),
                       (d(2020, 3, 1), "📻")):
        assert daily(PR, "energia", day).startswith(start), (day, start)
    assert any("%" in t for t in group_lines(SET, PR, "energia"))


def test_the_recount_is_counted_day_by_day() -> None:
    day, k = GY_RECOUNT[0], 1
    while day < GY_RECOUNT[1]:
        assert template(SET, GY, "notice", day).startswith(f"🗳️ National recount, Day {k}: ")
        day, k = day + one, k + 1
    assert k - 1 == 34
    assert template(SET, GY, "notice", GY_RECOUNT[0] - one).startswith("🗳️ Elections 2020:")
    assert template(SET, GY, "notice", GY_RECOUNT[1]).startswith("⚖️ Elections 2020:")


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        fitr = template(SET, KS, "follow", d.fromisoformat(EID_FITR_IN[y]))  # 2020: lockdown
        assert fitr.startswith("🌙 Eid Mubarak") == (y != 2020), fitr
        adha = template(SET, KS, "follow", d.fromisoformat(EID_ADHA_IN[y]))  # 2019: blockade
        assert adha.startswith("🐑 Eid-ul-Adha Mubarak") == (y != 2019), adha
        assert template(SET, CO, "siganos", d(y, 7, 20)) == (
            f"🇨🇴 20 de Julio: {y - 1810} años del Grito de Independencia")
        assert template(SET, CO, "siganos", d(y, 9, 15)).startswith(f"🎡 Feria Bonita {y}")
        assert template(SET, CO, "siganos", d(y, 12, 7)) == "🕯️ ¡Feliz Noche de Velitas!"
        assert template(SET, YE, "tabiouna", d(y, 10, 14)) == (
            f"🇾🇪 الذكرى الـ{y - 1963} لثورة 14 أكتوبر المجيدة")
        assert template(SET, YE, "tabiouna", d(y, 11, 30)).startswith(
            f"🇾🇪 الذكرى الـ{y - 1967} لعيد الاستقلال")
        ramadan = template(SET, YE, "tabiouna", d.fromisoformat(RAMADAN_YE[y]))
        assert (ramadan == "🌙 رمضان كريم") == (y not in (2017, 2020)), ramadan
        fitr = template(SET, YE, "tabiouna", d.fromisoformat(EID_FITR_YE[y]))
        assert fitr.startswith("🌙 عيد فطر مبارك") == (y not in (2017, 2020)), fitr
        adha = template(SET, YE, "tabiouna", d.fromisoformat(EID_ADHA_YE[y]))
        assert adha.startswith("🐑 عيد أضحى مبارك") == (y != 2019), adha
        assert template(SET, PR, "siguenos", d(y, 1, 6)) == "👑 ¡Feliz Día de Reyes!"
        assert template(SET, PR, "siguenos", carnival_tuesday(y)) == (
            f"🎭 Carnaval Ponceño {y}: desfiles y vejigantes")
        assert template(SET, PR, "siguenos", thanksgiving(y)).startswith("🦃")
        assert thanksgiving(y).weekday() == 3 and 22 <= thanksgiving(y).day <= 28
        assert template(SET, PR, "siguenos", d(y, 9, 23)) == f"🇵🇷 Grito de Lares: {y - 1868} años"
        assert template(SET, GY, "notice", d(y, 2, 23)) == (
            f"🇬🇾 Happy Mashramani! {ordinal(y - 1970)} Republic Anniversary")
        for md, start in (("05-26", f"🇬🇾 Happy {ordinal(y - 1966)} Independence"),
                          ("08-01", f"✊🏾 Emancipation Day: {y - 1838} years"),
                          ("05-05", f"🪷 Arrival Day: {y - 1838} years")):
            text = template(SET, GY, "notice", d.fromisoformat(f"{y}-{md}"))
            assert text.startswith(start) == (y != 2020), text  # the 2020 elections win
        phagwah = template(SET, GY, "notice", d.fromisoformat(PHAGWAH_GY[y]))
        assert (phagwah == "🎨 Happy Phagwah!") == (y != 2020), phagwah
        assert template(SET, GY, "notice", d.fromisoformat(DIWALI_GY[y])) == "🪔 Happy Diwali!"
        eid = template(SET, GY, "notice", d.fromisoformat(EID_ADHA_GY[y]))
        assert (eid == "🌙 Eid ul-Adha Mubarak!") == (y != 2020), eid
        assert template(SET, SM, "seguici", d(y, 2, 5)) == (
            f"🎺 Festa di Sant'Agata: {y - 1740} anni dalla liberazione della Repubblica")
        arengo = template(SET, SM, "seguici", d(y, 3, 25))  # 2020: the decrees win
        assert (arengo == f"🏛️ Anniversario dell'Arengo: {y - 1906} anni") == (y != 2020)
        april = template(SET, SM, "seguici", d(y, 4, 1))
        assert april.startswith("🎖️ Oggi l'insediamento") == (y != 2020), april
        assert template(SET, SM, "seguici", d(y, 10, 1)).startswith("🎖️ Oggi l'insediamento")
        medieval = template(SET, SM, "seguici", medieval_days(y) + 2 * one)
        assert medieval.startswith(f"🏰 Giornate Medioevali {y}") == (y != 2020), medieval
        assert medieval_days(y).weekday() == 4 and (medieval_days(y) + 2 * one).month == 7
        assert template(SET, CV, "siga", carnival_tuesday(y)).startswith(
            f"🎭 Carnaval do Mindelo {y}")
        assert template(SET, CV, "siga", d(y, 7, 5)) == (
            f"🇨🇻 5 de Julho: {y - 1975} anos de Independência Nacional")
        assert template(SET, CV, "siga", d(y, 6, 24)).startswith("🥁 Kola San Jon!")
        assert template(SET, CV, "siga", d(y, 1, 20)).startswith(
            f"🕊️ Dia dos Heróis Nacionais: {y - 1973} anos")
        if y in BAIA_DAS_GATAS:
            assert template(SET, CV, "siga", d.fromisoformat(BAIA_DAS_GATAS[y])) == (
                f"🎶 Festival da Baía das Gatas {y}")
        assert template(SET, CI, "suivez", d(y, 8, 7)) == (
            f"🇨🇮 7 août : {ordinal_fr(y - 1960)} anniversaire de l'indépendance")
        assert template(SET, CI, "suivez", d.fromisoformat(TABASKI_CI[y])).startswith("🐑")
        assert template(SET, CI, "suivez", d.fromisoformat(KORITE_CI[y])).startswith("🌙")
        statehood = template(SET, MN, "notice", d(y, 1, 21))  # 2017: the blockade wins
        assert (statehood == f"🎉 Happy {ordinal(y - 1972)} Statehood Day, Manipur!") == (
            y != 2017), statehood
        khongjom = template(SET, MN, "notice", d(y, 4, 23))  # 2019 vote, 2020 lockdown
        assert khongjom.startswith(f"⚔️ {ordinal(y - 1891)} Khongjom Day") == (
            y not in (2019, 2020)), khongjom
        assert template(SET, MN, "notice", d(y, 8, 13)) == (
            f"🕯️ Patriots' Day: {y - 1891} years since 13 August 1891")
        assert template(SET, MN, "notice", d.fromisoformat(YAOSHANG[y]) + 4 * one) == (
            f"🎨 Happy Yaoshang {y}!")
        liberation = template(SET, JE, "notice", d(y, 5, 9))  # 2020: the closure wins
        assert (liberation == f"🇯🇪 Happy Liberation Day! {y - 1945} years since 9 May "
                              f"1945") == (y != 2020), liberation
        flowers = template(SET, JE, "notice", battle_of_flowers(y))
        assert flowers.startswith(f"🌸 Battle of Flowers {y}") == (y != 2020), flowers
        assert battle_of_flowers(y).weekday() == 3 and 8 <= battle_of_flowers(y).day <= 14
        assert template(SET, JE, "notice", d(y, 12, 25)).startswith("🎄 Bouon Noué!")
        assert template(SET, KI, "notice", d(y, 7, 12)) == (
            f"🇰🇮 Happy {ordinal(y - 1979)} Independence Anniversary! Mauri, Kiribati!")
        christmas = template(SET, KI, "notice", d(y, 12, 25))  # 2015: the election wins
        assert christmas.startswith("🎄 Merry Christmas!") == (y != 2015), christmas
        assert template(SET, LI, "folgen", d(y, 8, 15)).startswith("🇱🇮 Wir wünschen")
        assert template(SET, LI, "folgen", funkensonntag(y)).startswith("🔥 Funkensonntag")
        assert funkensonntag(y).weekday() == 6
        assert template(SET, LI, "folgen", d(y, 1, 23)) == (
            f"🇱🇮 {y - 1719} Jahre Fürstentum Liechtenstein")
    for domain, family, day, start in (
            (KS, "follow", d(2016, 8, 1), "⚠️"), (KS, "follow", d(2018, 12, 1), "🗳️"),
            (KS, "follow", d(2019, 5, 1), "🗳️"), (KS, "follow", d(2019, 11, 1), "📵"),
            (KS, "follow", d(2020, 4, 15), "😷"), (KS, "follow", d(2020, 12, 10), "🗳️"),
            (CO, "siganos", d(2015, 10, 25), "🗳️"), (CO, "siganos", d(2016, 10, 2), "🗳️"),
            (CO, "siganos", d(2018, 6, 17), "🗳️"), (CO, "siganos", d(2019, 11, 25), "📢"),
            (CO, "siganos", d(2020, 4, 15), "😷"), (CO, "siganos", d(2020, 7, 3), "🛍️"),
            (YE, "tabiouna", d(2015, 11, 3), "🌀"), (YE, "tabiouna", d(2017, 6, 1), "🦠"),
            (YE, "tabiouna", d(2018, 1, 30), "⚠️"), (YE, "tabiouna", d(2018, 5, 25), "🌀"),
            (YE, "tabiouna", d(2019, 8, 10), "⚠️"), (YE, "tabiouna", d(2019, 11, 5), "📝"),
            (YE, "tabiouna", d(2020, 4, 25), "🌊"), (YE, "tabiouna", d(2020, 6, 1), "😷"),
            (PR, "siguenos", d(2016, 11, 8), "🗳️"), (PR, "siguenos", d(2019, 7, 20), "📢"),
            (PR, "siguenos", d(2020, 4, 1), "😷"), (PR, "siguenos", d(2020, 8, 10), "🗳️"),
            (GY, "notice", d(2015, 5, 11), "🗳️"), (GY, "notice", d(2018, 12, 22), "🏛️"),
            (GY, "notice", d(2019, 12, 21), "🛢️"), (GY, "notice", d(2020, 3, 2), "🗳️"),
            (GY, "notice", d(2020, 7, 1), "⚖️"), (GY, "notice", d(2020, 8, 5), "🇬🇾"),
            (SM, "seguici", d(2016, 11, 20), "🗳️"), (SM, "seguici", d(2016, 12, 4), "🗳️"),
            (SM, "seguici", d(2019, 12, 8), "🗳️"), (SM, "seguici", d(2020, 4, 15), "😷"),
            (CV, "siga", d(2016, 3, 20), "🗳️"), (CV, "siga", d(2016, 10, 2), "🗳️"),
            (CV, "siga", d(2020, 4, 15), "😷"), (CV, "siga", d(2020, 10, 25), "🗳️"),
            (CI, "suivez", d(2015, 2, 10), "🏆"), (CI, "suivez", d(2016, 10, 30), "🗳️"),
            (CI, "suivez", d(2017, 1, 8), "⚠️"), (CI, "suivez", d(2017, 5, 14), "⚠️"),
            (CI, "suivez", d(2020, 4, 15), "😷"), (CI, "suivez", d(2020, 10, 31), "🗳️"),
            (MN, "notice", d(2017, 1, 1), "⚠️"), (MN, "notice", d(2017, 3, 4), "🗳️"),
            (MN, "notice", d(2019, 4, 11), "🗳️"), (MN, "notice", d(2019, 12, 12), "📜"),
            (MN, "notice", d(2020, 4, 15), "😷"), (JE, "notice", d(2018, 5, 16), "🗳️"),
            (JE, "notice", d(2020, 4, 15), "🏠"), (KI, "notice", d(2016, 1, 1), "🗳️"),
            (KI, "notice", d(2019, 9, 22), "🤝"), (KI, "notice", d(2020, 4, 1), "😷"),
            (KI, "notice", d(2020, 4, 14), "🗳️"), (KI, "notice", d(2020, 5, 15), "😷"),
            (KI, "notice", d(2020, 6, 22), "🗳️"), (LI, "folgen", d(2017, 2, 5), "🗳️"),
            (LI, "folgen", d(2019, 3, 24), "🗳️"), (LI, "folgen", d(2020, 4, 15), "😷")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, QUIET).startswith(start), (domain, family)


def test_notices_that_follow_the_seasons() -> None:
    for y in YEARS:
        assert template(SET, KS, "highway", d(y, 1, 20)).startswith("❄️ Mughal Road closed")
        assert template(SET, KS, "highway", d(y, 7, 1)).startswith("🚗 Mughal Road open")
        assert template(SET, KS, "highway", d(y, 12, 20)).startswith("❄️")
        assert "Srinagar, the summer capital" in template(SET, KS, "darbar", d(y, 7, 1))
        assert "Jammu, the winter capital" in template(SET, KS, "darbar", d(y, 12, 1))
        assert "Jammu, the winter capital" in template(SET, KS, "darbar", d(y, 2, 1))
        assert "first Visite" in template(SET, JE, "branchage", d(y, 6, 15))
        assert "Second Branchage" in template(SET, JE, "branchage", d(y, 8, 1))
        assert "season is over" in template(SET, JE, "branchage", d(y, 10, 1))
        assert "season is over" in template(SET, JE, "branchage", d(y, 2, 1))
        assert "jeden Montag" in template(SET, LI, "gruen", d(y, 7, 1))
        assert "im Winter" in template(SET, LI, "gruen", d(y, 12, 20))
        assert "im Winter" in template(SET, LI, "gruen", d(y, 2, 1))
    for y in (2015, 2016, 2019):
        assert template(SET, PR, "energia", d(y, 7, 1)).startswith("🌀 Temporada de huracanes")
        assert template(SET, PR, "energia", d(y, 12, 15)).startswith("📻")
    shown = {norm(t) for style, family in ((KS, "highway"), (KS, "darbar"), (JE, "branchage"),
                                           (LI, "gruen")) for t in group_lines(SET, style, family)}
    assert len(shown) >= 6
    statuses = [m[1] for t in group_lines(SET, KS, "highway")
                if (m := re.search(r"NH-44: (.+)$", norm(t)))]
    assert statuses and set(statuses) <= pool(SET, KS, "nh")


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (KS, "alsoread", "Also Read: ", "ALSO READ | "),
        (KS, "byline", "Posted by: ", "By "),
        (KS, "published", "Publish Date: ", " IST"),
        (CO, "lea", "Lea también: ", "Le puede interesar: "),
        (CO, "autor", "Por: ", " - @"),
        (CO, "fecha", " de 20", " , "),
        (YE, "tala", "طالع أيضاً: ", "🔗 ذات صلة: "),
        (YE, "tarikh", " - ", "نُشر في: "),
        (PR, "lee", "Lee también: ", "También te puede interesar: "),
        (PR, "fecha", " de 20", "Publicado: "),
        (GY, "seealso", "SEE ALSO: ", "► Related: "),
        (SM, "leggi", "LEGGI ANCHE: ", "👉 Leggi anche ➜ "),
        (CV, "autor", "Por ", "Reportagem de "),
        (CI, "lire", "LIRE AUSSI - ", "👉 Lire aussi : "),
        (CI, "date", " à ", "Mis en ligne le "),
        (MN, "dateline", " :", " | "),
        (JE, "posted", "Posted on ", " · "),
    ))
    for domain, family, day, old, new in (
            (KS, "edition", KS_UT, "Jammu & Kashmir", "J&K (UT)"),
            (KS, "follow", KS_APP, "Facebook", "app"),
            (KS, "epaper", KS_EPAPER, "print edition", "₹150"),
            (CO, "siganos", CO_WHATSAPP, "Facebook", "WhatsApp"),
            (CO, "registro", CO_PAYWALL, "Regístrese", "suscriptores"),
            (YE, "tabiouna", YE_APP, "فيسبوك", "تطبيق"),
            (YE, "sarf", YE_SPLIT, "شراء", "صنعاء"),
            (PR, "autor", PR_BYLINE, "Por {author}", "/ Sureño al Día"),
            (PR, "donar", PR_DONATE, "Anúnciate", "ATH Móvil"),
            (PR, "siguenos", PR_FOLLOW, "Facebook", "WhatsApp"),
            (GY, "tips", GY_TIPS, "Call our newsroom", "WhatsApp"),
            (GY, "notice", GY_TIPS, "Facebook", "app"),
            (GY, "print", GY_PRICE, "G$100", "G$120"),
            (GY, "byline", GY_BYLINE, "By {author}", "Written by"),
            (SM, "seguici", SM_FOLLOW, "Facebook", "Telegram"),
            (SM, "cookie", SM_COOKIE, "Privacy", "cookie"),
            (SM, "cookie", SM_GDPR, "terze parti", "2016/679"),
            (SM, "direttore", SM_DIRECTOR, "Marcello Ugolini", "Chiara Giardi"),
            (SM, "autore", SM_REDESIGN, "di {author}", "A cura di"),
            (CV, "siga", CV_FOLLOW, "Facebook", "WhatsApp"),
            (CI, "suivez", CI_FOLLOW, "Facebook", "WhatsApp"),
            (CI, "soutien", CI_DONATE, "annonces", "Orange Money"),
            (CI, "par", CI_REDESIGN, "Par {author}", "correspondant à"),
            (MN, "notice", MN_FOLLOW, "Facebook", "WhatsApp"),
            (MN, "fuel", MN_BLOCKADE[0], "Rs 64.80", "blockade"),
            (MN, "fuel", d(2017, 3, 20), "blockade", "Rs 71.30"),
            (JE, "notice", JE_NEWSLETTER, "Pick up", "email"),
            (JE, "opening", JE_CLOSED, "9am – 5pm", "closed"),
            (JE, "opening", JE_REOPENED, "closed", "appointment"),
            (KI, "notice", KI_FOLLOW, "Facebook", "1440 AM"),
            (KI, "print", KI_PRICE, "A$1 ", "A$1.50"),
            (LI, "folgen", LI_APP, "Newsletter", "Gemeinde-App"),
            (LI, "abo", LI_APP, "CHF 40.–", "CHF 45.–"),
            (LI, "vorsteher", LI_VORSTEHER, "Markus Wanger", "Petra Frick")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)


def test_notices_reworded_by_year() -> None:
    for y in YEARS:
        assert f"rates for {y}:" in template(SET, JE, "rates", d(y, 3, 1))
        assert f"rates for {y - 1}:" in template(SET, JE, "rates", d(y, 2, 28))
    rates = [JE_RATES[y] for y in sorted(JE_RATES)]
    assert rates == sorted(rates, key=lambda r: (float(r[0]), float(r[1])))
    shown = {m[1] for t in group_lines(SET, JE, "rates")
             if (m := re.search(r"rates for (\d{4}):", norm(t)))}
    assert len(shown) >= 3


def test_amounts_in_lines() -> None:
    trm = [float(rate.replace(".", "").replace(",", ".")) for _, rate in CO_TRM]
    assert len(set(trm)) == len(trm) and 2300 < min(trm) and max(trm) < 4200
    assert max(trm) == trm[[s for s, _ in CO_TRM].index("2020-04-01")]  # the pandemic's peak
    for start, rate in CO_TRM:
        day = FIRST_DAY if start == "2000-01-01" else d.fromisoformat(start)
        assert template(SET, CO, "trm", day) == f"💵 Dólar TRM: ${rate}"
    assert all(re.fullmatch(r"💵 Dólar TRM: \$\d\.\d{3},\d\d", norm(t))
               for t in group_lines(SET, CO, "trm"))
    for _, buy, sell, sar_buy, sar_sell in YE_RATES:
        assert buy < sell and sar_buy < sar_sell and 3.6 < buy / sar_buy < 3.9
    dollars = [buy for _, buy, _, _, _ in YE_RATES]
    assert max(dollars) == 750 and dollars[-1] / dollars[0] > 2.5
    for _, aden, aden_sar, sanaa, sanaa_sar in YE_SPLIT_RATES:
        assert aden > sanaa and aden_sar > sanaa_sar
    assert YE_SPLIT_RATES[-1][1] > max(dollars)
    assert "صنعاء" not in template(SET, YE, "sarf", YE_SPLIT - one)
    pegged = {t.split(" | ")[0] for t in (template(SET, CV, "cambio", d.fromisoformat(s))
                                          for s, _ in CV_EURUSD[1:])}
    assert pegged == {f"💶 Câmbio: 1 EUR = {CV_PEG} CVE"}
    for _, rate in CV_EURUSD:
        assert abs(float(cv_usd(rate).replace(",", ".")) * rate - 110.265) < 0.01
    assert len({cv_usd(rate) for _, rate in CV_EURUSD}) >= 10
    for day in every_day():
        text = template(SET, MN, "fuel", day) if day.day == 1 else None
        if text is None:
            continue
        if MN_BLOCKADE[0] <= day < d(2017, 3, 20):
            assert "Rs 250" in text, text
        else:
            price = float(re.search(r"Rs (\d+\.\d\d) a litre", text)[1])
            assert 60 < price < 90, text
    cambio = [re.fullmatch(r"Cambio rates today: US\$1 = G\$(\d+) buying / G\$(\d+) selling",
                           norm(t)) for t in group_lines(SET, GY, "cambio")]
    matched = [m for m in cambio if m]  # small edits aside
    assert len(matched) >= 0.75 * len(cambio) and all(int(m[1]) < int(m[2]) for m in matched)
    prices = {m[1] for t in group_lines(SET, LI, "abo") if (m := re.search(r"CHF (\d+)\.–", t))}
    assert prices and prices <= {"40", "45"}


def test_two_languages_or_scripts_on_one_line() -> None:
    latin, arabic = r"[A-Za-z]", r"[\u0600-\u06ff]"
    nko, meitei = r"[\u07c0-\u07ff]", r"[\uabc0-\uabff]"
    for style, family, scripts in (
            (KS, "urdu", (latin, arabic)), (CI, "langue", (latin, nko)),
            (CI, "merci", (latin, nko)), (MN, "lang", (latin, meitei)),
            (MN, "address", (latin, meitei))):
        lines = group_lines(SET, style, family)
        assert lines and all(all(re.search(s, t) for s in scripts) for t in lines), family
    for day in (d.fromisoformat(EID_FITR_IN[2018]), d.fromisoformat(EID_ADHA_IN[2017])):
        text = template(SET, KS, "follow", day)
        assert re.search(latin, text) and re.search(arabic, text), text
    for y in YEARS:
        text = daily(KI, "date", d(y, 9, 1))
        assert "Tebetembwa" in text and "September" in text, text
    assert "Kam na bane n tekeraoi" in template(SET, KI, "notice", d(2018, 12, 25))
    assert "Bouon Noué" in template(SET, JE, "notice", d(2018, 12, 25))
    assert "Sambè sambè" in template(SET, CI, "suivez", d.fromisoformat(TABASKI_CI[2018]))
    assert "عید مبارک" in template(SET, KS, "follow", d.fromisoformat(EID_FITR_IN[2018]))
    assert "Assemblée" in style_by_domain(SET)[JE].family("assembly-body").wording(QUIET)
    assert "ß" not in "".join(w for f in style_by_domain(SET)[LI].families for _, w in f.wordings)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{KS}/published", f"{KS}/place", f"{KS}/alsoread", f"{KS}/byline",
                         f"{CO}/fecha", f"{CO}/lea", f"{CO}/autor", f"{YE}/tarikh",
                         f"{YE}/tala", f"{PR}/fecha", f"{GY}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{KS}/disclaimer", f"{KS}/rni", f"{CO}/comentarios", f"{CO}/derechos",
        f"{YE}/tanwih", f"{YE}/huquq", f"{PR}/derechos"))
    assert_carried_share(docs, KS, [
        ("published", 0.7, 0.92), ("alsoread", 0.45, 0.72), ("urdu", 0.1, 0.3),
        ("powercut", 0.0, 0.1)])
    assert_carried_share(docs, CO, [("fecha", 0.75, 0.97), ("agua", 0.0, 0.12)])
    for fam in (f"{KS}/alsoread", f"{CO}/lea", f"{YE}/tala"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{KS}/advt", f"{CO}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((KS, "photo"), (CO, "foto"), (PR, "foto"), (GY, "photo"),
                               (SM, "foto"), (MN, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (KS, "powercut"), (CO, "agua"), (YE, "wuqud"), (PR, "marejadas"), (GY, "flood"),
        (SM, "neve"), (CV, "bruma"), (CI, "frontiere"), (MN, "bandh"), (JE, "tides"),
        (KI, "kingtide"), (LI, "rhein")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    links = ((f"{KS}/alsoread", ("Also Read: ", "ALSO READ | ")),
             (f"{CO}/lea", ("Lea también: ", "Le puede interesar: ")),
             (f"{YE}/tala", ("طالع أيضاً: ", "🔗 ذات صلة: ")),
             (f"{PR}/lee", ("Lee también: ", "También te puede interesar: ")),
             (f"{GY}/seealso", ("SEE ALSO: ", "► Related: ")),
             (f"{SM}/leggi", ("LEGGI ANCHE: ", "👉 Leggi anche ➜ ")),
             (f"{CV}/leia", ("LEIA MAIS >> ",)),
             (f"{CI}/lire", ("LIRE AUSSI - ", "👉 Lire aussi : ")))
    for fam, prefixes in links:
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = set()
        for t in texts:
            for prefix in prefixes:
                if t.startswith(prefix):
                    linked.add(t.removeprefix(prefix))
        assert linked & titles, fam
    families = {fam.partition("/")[2] for fam, _ in links} | {"seealso", "more", "mehr"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text
    for style, family, prefix in ((MN, "seealso", "➤ Also see: "), (KI, "more", "MORE: "),
                                  (LI, "mehr", "Mehr zum Thema: ")):
        texts = [norm(t) for t in group_lines(SET, style, family)]
        assert texts and sum(t.startswith(prefix) and t.removeprefix(prefix) in titles
                             for t in texts) >= 0.75 * len(texts), (style, family)


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (KS, "advt", "Advertisement"), (KS, "urdu", "اردو میں پڑھیں | Read in Urdu"),
        (KS, "rni", "RNI Regn. No. JKENG/2008/25417"), (CO, "publicidad", "Publicidad"),
        (YE, "ilan", "مساحة إعلانية"), (PR, "anuncio", "Anuncio"),
        (PR, "idioma", "Español | English"), (GY, "ad", "ADVERTISEMENT"),
        (SM, "pubblicita", "– Pubblicità –"), (CV, "pub", "Publicidade"),
        (CI, "pub", "Publicité"), (CI, "langue", "Français | ߒߞߏ"),
        (MN, "lang", "English | ꯃꯩꯇꯩꯂꯣꯟ"), (MN, "repimg", "Representational image"),
        (JE, "assembly-head", "Paroisse de St Ouën — Assemblée Paroissiale"),
        (KI, "lang", "Te taetae ni Kiribati | English"),
        (LI, "kundmachung", "Amtliche Kundmachung"), (LI, "fuer", "Für die Gemeindevorstehung:")))
    assert_group_values_from_pool(SET, (
        (KS, "desk", "desk"), (CO, "seccion", "seccion"), (YE, "qism", "qism"),
        (CV, "ilha", "ilha"), (CI, "sigle", "sigle"), (MN, "reporter", "reporter"),
        (LI, "rubrik", "rubrik")))
    for style, family, pattern, pool_name in (
            (KS, "place", r"^(.+), [A-Z][a-z]+ \d+:$", "jagah"),
            (MN, "dateline", r"^([A-Z]+)[, |]", "town"),
            (KI, "dateline", r"^([A-Z]+), ", "place"),
            (YE, "khas", r"^(\S+) - ", "madina"),
            (YE, "khas", r" - (\S+)$", "naw"),
            (JE, "vingtaine", r"^Vingtaine: (.+)$", "vingtaine"),
            (SM, "fonte", r"^Fonte: (.+)$", "fonte"),
            (KI, "crosspost", r"first appeared on (.+) and is", "origin")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.75 * len(values)), (style, family)
    items = [item for t in group_lines(SET, CO, "temas")
             for item in norm(t).removeprefix("Temas: ").split(", ")]
    assert items and sum(i in pool(SET, CO, "tema") for i in items) >= 0.75 * len(items)


def test_a_correspondent_keeps_one_town() -> None:
    """The Ivorian byline names the town each writer covers (the generator's beat slot)."""
    towns: dict[str, set[str]] = {}
    for t in group_lines(SET, CI, "par"):
        if m := re.fullmatch(r"Par (\S+ \S+), correspondant à (.+)", t):
            towns.setdefault(m[1], set()).add(m[2])
    assert len(towns) >= 3
    assert all(len(v) == 1 for v in towns.values())
    assert set().union(*towns.values()) <= pool(SET, CI, "beat")


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
        (KS, "rni", "RNI Regn. No. JKENG/2008/25417"),
        (KS, "advt", "Advertisement"),
        (CO, "publicidad", "Publicidad")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        JE: (["hall", "opening", "phone"], 2),
        SM: (["registrazione", "direttore", "copyright"], 2),
        LI: (["fuer", "vorsteher"], 2)})
    assert_group_blocks_stay_together(SET, {JE: (["assembly-head", "assembly-body"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert KS in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
    for domain, family in DAY_BY_DAY:
        assert template(SET, domain, family, LAST_DAY) == daily(domain, family, LAST_DAY)
