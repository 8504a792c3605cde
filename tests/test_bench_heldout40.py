"""The held-back-40 template set (`tests.bench.heldout_templates_40`): its localised dates
(nine printed day by day, two in their script's own numerals, one year first, one on the
Coptic calendar, one on the Shahenshahi calendar, one with the day of the year), the
quarterly issues and reading windows, the church's fasts and feasts, the fire seasons, the
set subjects, the notices it rewords by date, the calendars some notices follow, the
variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back
set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.bench.heldout_templates_40 import (
    ADLAM_DIGITS,
    ADLAM_MONTHS,
    ADLAM_WEEKDAYS,
    BO_DAILY,
    CK_DAILY,
    CO_BOOKING,
    CO_CLOSED,
    CO_DAILY,
    COPTIC_MONTHS,
    EASTER_ORTHODOX,
    EID_ADHA,
    EID_FITR,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FF_DAILY,
    FIRE_DANGER_PERIODS,
    GATHAS,
    KR_DAILY,
    KRIO_MONTHS,
    KRIO_WEEKDAYS,
    LAST_DAY,
    LU_DAILY,
    LUO_MONTHS,
    LUO_WEEKDAYS,
    MAH,
    NAVROZ_1389,
    OL_CHIKI_DIGITS,
    PA_DAILY,
    PS_ZOOM,
    RAROTONGAN_MONTHS,
    RAROTONGAN_WEEKDAYS,
    ROJ,
    SA_DAILY,
    SANTALI_MONTHS,
    SANTALI_WEEKDAYS,
    TOTAL_FIRE_BANS,
    TS_DAILY,
    TSONGA_MONTHS,
    TSONGA_WEEKDAYS,
    YEARS,
    adlam,
    clock_change,
    coptic,
    coptic_date,
    issue,
    ol_chiki,
    reading_window,
    shahenshahi,
    shahenshahi_date,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_sister_sites_share,
    assert_values_from_pool,
    assert_variants_drop_site_names,
    assert_varied,
    bodies,
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-40"
SITES = ("ᱫᱤᱥᱚᱢ ᱠᱷᱚᱵᱚᱨ", "𞤑𞤢𞤦𞤢𞥄𞤪𞤵 𞤂𞤢𞤦𞤫", "Mahungu ya Giyani", "Weche Nam", "Salone Nyuz",
         "Te Reo o Araura", "St Mina Coptic Orthodox Church", "The Baug Bulletin",
         "The Lintel Review", "Sallowness Bird Observatory", "Bellbird Creek Fire Brigade",
         "Wrenford Photographic Society")
SA, FF, TS, LU = ("disomkhobor.in", "kabaarulabe.com", "mahunguyagiyani.co.za",
                  "wechenam.co.ke")
KR, CK, CO, PA = ("salonenyuz.com", "araura.co.ck", "stminaperth.org.au", "baugbulletin.in")
LR, BO, FB, PS = ("lintelreview.co.uk", "sallownessbirdobs.org.uk", "bellbirdcreekfire.org.au",
                  "wrenfordphoto.org.uk")
ASCII = "0123456789"

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def _digit(digits: str) -> str:
    return f"[{re.escape(digits)}]"


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month name and the year, weekdays, months,
# the numerals the day and the year are printed in).
DAILY = (
    (SA, "tarikh", SA_DAILY, "{date_long} | {time}",
     rf"(?P<wd>{_alt(SANTALI_WEEKDAYS)}), (?P<dd>{_digit(OL_CHIKI_DIGITS)}{{1,2}}) "
     rf"(?P<mm>{_alt(SANTALI_MONTHS)}) (?P<yy>{_digit(OL_CHIKI_DIGITS)}{{4}}) \| \{{time\}}",
     SANTALI_WEEKDAYS, SANTALI_MONTHS, OL_CHIKI_DIGITS),
    (FF, "nyalaande", FF_DAILY, "{date_dmy} {time}",
     rf"(?P<wd>{_alt(ADLAM_WEEKDAYS)}) (?P<dd>{_digit(ADLAM_DIGITS)}{{1,2}}) "
     rf"(?P<mm>{_alt(ADLAM_MONTHS)})⹁ (?P<yy>{_digit(ADLAM_DIGITS)}{{4}})",
     ADLAM_WEEKDAYS, ADLAM_MONTHS, ADLAM_DIGITS),
    (TS, "siku", TS_DAILY, "{date_iso} {time}",
     rf"(?P<yy>\d{{4}}) (?P<mm>{_alt(TSONGA_MONTHS)}) (?P<dd>\d{{1,2}}), "
     rf"(?P<wd>{_alt(TSONGA_WEEKDAYS)}) · \{{time\}}", TSONGA_WEEKDAYS, TSONGA_MONTHS, ASCII),
    (LU, "tarik", LU_DAILY, "{date_dmy}",
     rf"(?P<wd>{_alt(LUO_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(LUO_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) · sa \{{time\}}", LUO_WEEKDAYS, LUO_MONTHS, ASCII),
    (KR, "de", KR_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(KRIO_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(KRIO_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", KRIO_WEEKDAYS, KRIO_MONTHS, ASCII),
    (CK, "ra", CK_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(RAROTONGAN_WEEKDAYS)}), (?P<dd>\d{{1,2}}) "
     rf"(?P<mm>{_alt(RAROTONGAN_MONTHS)}) (?P<yy>\d{{4}}) · \{{time\}} CKT",
     RAROTONGAN_WEEKDAYS, RAROTONGAN_MONTHS, ASCII),
    (CO, "dated", CO_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(ENGLISH_WEEKDAYS)}) (?P<dd>\d{{1,2}}) (?P<mm>{_alt(ENGLISH_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) · (?P<cm>{_alt(COPTIC_MONTHS)}) (?P<cd>\d{{1,2}}), (?P<cy>\d{{4}}) "
     rf"A\.M\.", ENGLISH_WEEKDAYS, ENGLISH_MONTHS, ASCII),
    (PA, "dated", PA_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(ENGLISH_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(ENGLISH_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) · (?:Roj (?P<roj>{_alt(ROJ)}), Mah (?P<mah>{_alt(MAH)})|Gatha "
     rf"(?P<gatha>{_alt(GATHAS)})), (?P<zy>\d{{4}}) Y\.Z\.", ENGLISH_WEEKDAYS, ENGLISH_MONTHS,
     ASCII),
    (BO, "log", BO_DAILY, "{date_long}",
     rf"Daily log · (?P<wd>{_alt(ENGLISH_WEEKDAYS)}) (?P<dd>\d{{1,2}}) "
     rf"(?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<yy>\d{{4}}) · day (?P<doy>\d{{1,3}})",
     ENGLISH_WEEKDAYS, ENGLISH_MONTHS, ASCII),
)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SA, "tarikh", new, r"ᱡᱟᱹᱨᱩᱢ, ᱒᱑ ᱡᱩᱱ ᱒᱐᱑᱙ \| \d\d:\d\d")
    full(SA, "olij", old, r"ᱚᱞᱤᱡ: \S+ \S+")
    full(SA, "olij", new, r"\S+ ᱠᱷᱚᱱ \S+ \S+")
    full(FF, "nyalaande", new, r"𞤃𞤢𞤱𞤲𞤣𞤫 𞥒𞥑 𞤑𞤮𞤪𞤧𞤮⹁ 𞥒𞥐𞥑𞥙")
    full(FF, "nyalaande", old, r"5 March 2016 \d\d:\d\d")
    full(FF, "winndiido", new, r".+⹁ 𞤳𞤢 \S+")
    full(TS, "siku", new, r"2019 Khotavuxika 21, Ravuntlhanu · \d\d:\d\d")
    full(TS, "siku", d(2019, 12, 2), r"2019 N’wendzamhala 2, Musumbhunuku · \d\d:\d\d")
    full(TS, "hi", new, r"Xiviko xa \S+ \S+, \S+")
    full(LU, "tarik", new, r"Tich Abich, 21 Dwe mar Auchiel 2019 · sa \d\d:\d\d")
    full(LU, "tarik", d(2019, 11, 5), r"Tich Ariyo, 5 Dwe mar Apar gi achiel 2019 · sa "
                                      r"\d\d:\d\d")
    full(LU, "ondiko", new, r".+, Jandik Weche Nam")
    full(KR, "de", new, r"Fraide, 21 Jun 2019")
    full(KR, "de", d(2019, 8, 4), r"Sɔnde, 4 Ɔgɔs 2019")
    full(KR, "rayt", old, r"Na .+ rayt am")
    full(KR, "rayt", new, r".+, Salone Nyuz Ripɔta")
    full(CK, "ra", new, r"Varaire, 21 Tiūnu 2019 · \d\d:\d\d CKT")
    full(CK, "na", new, r"Tātaia e \S+ \S+, \S+")
    full(CO, "dated", new, r"Friday 21 June 2019 · Paoni 14, 1735 A\.M\.")
    full(CO, "dated", d(2019, 9, 11), r"Wednesday 11 September 2019 · Pi Kogi Enavot 6, 1735 "
                                      r"A\.M\.")
    full(CO, "posted", new, r"Ada Brook, for the Church Office")
    full(PA, "dated", new, r"Friday, 21 June 2019 · Roj Adar, Mah Bahman, 1388 Y\.Z\.")
    full(PA, "dated", d(2019, 8, 14), r"Wednesday, 14 August 2019 · Gatha Spentomad, 1388 "
                                      r"Y\.Z\.")
    full(PA, "by", new, r"Ada Brook \| Baug Bulletin Correspondent")
    full(LR, "issue", new, r"Issue 38 · Summer 2019")
    full(LR, "issue", d(2020, 1, 5), r"Issue 40 · Winter 2019–20")
    full(LR, "posted", new, r"Ada Brook, Poetry Editor · .+")
    full(BO, "log", new, r"Daily log · Friday 21 June 2019 · day 172")
    full(BO, "log", d(2020, 12, 31), r"Daily log · Thursday 31 December 2020 · day 366")
    full(BO, "observers", new, r"Log compiled by Ada Brook \(warden\)")
    full(FB, "posted", new, r"Posted \S+ .+ by Ada Brook, Brigade Secretary")
    full(PS, "posted", new, r"\S+ .+ · posted by Ada Brook, Programme Secretary")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Nine families hold a wording per day: walking every day from 2015 to 2020, each
    prints that day's own date in its language and numerals (with the Coptic date, the
    Shahenshahi date or the day of the year beside some), changing form on the day of its
    rewording."""
    for domain, family, since, *_ in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months, digits in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            m = re.fullmatch(pattern, text)
            assert m, (domain, day, text)
            assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            assert (int(ascii_digits(m["dd"], digits)), months.index(m["mm"]) + 1,
                    int(ascii_digits(m["yy"], digits))) == (day.day, day.month, day.year), (
                domain, day, text)
            if domain == CO:
                assert (int(m["cy"]), COPTIC_MONTHS.index(m["cm"]) + 1, int(m["cd"])) == (
                    coptic(day)), (day, text)
            if domain == PA:
                year, month, n = shahenshahi(day)
                assert int(m["zy"]) == year, (day, text)
                if month == 0:
                    assert m["gatha"] == GATHAS[n - 1], (day, text)
                else:
                    assert (m["roj"], m["mah"]) == (ROJ[n - 1], MAH[month - 1]), (day, text)
            if domain == BO:
                assert int(m["doy"]) == day.timetuple().tm_yday, (day, text)
    for names in (SANTALI_WEEKDAYS, ADLAM_WEEKDAYS, TSONGA_WEEKDAYS, LUO_WEEKDAYS,
                  KRIO_WEEKDAYS, RAROTONGAN_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (SANTALI_MONTHS, ADLAM_MONTHS, TSONGA_MONTHS, LUO_MONTHS, KRIO_MONTHS,
                   RAROTONGAN_MONTHS):
        assert len(set(months)) == 12
    assert len(set(OL_CHIKI_DIGITS)) == len(set(ADLAM_DIGITS)) == 10
    assert len(set(ROJ)) == 30 and len(set(MAH)) == 12 and len(set(GATHAS)) == 5
    assert len(set(COPTIC_MONTHS)) == 13


def test_names_and_numerals_are_the_cldr_ones() -> None:
    """The Santali, Adlam, Xitsonga and Dholuo names are CLDR's (Dholuo's November with the
    "Apar" CLDR drops), and so are the Ol Chiki and Adlam numerals."""
    babel = pytest.importorskip("babel")
    for code, weekdays, months in (("sat", SANTALI_WEEKDAYS, SANTALI_MONTHS),
                                   ("ff_Adlm", ADLAM_WEEKDAYS, ADLAM_MONTHS),
                                   ("ts", TSONGA_WEEKDAYS, TSONGA_MONTHS),
                                   ("luo", LUO_WEEKDAYS, LUO_MONTHS)):
        locale = babel.Locale.parse(code)
        assert weekdays == tuple(locale.days["format"]["wide"][i] for i in range(7)), code
        cldr = [locale.months["format"]["wide"][i] for i in range(1, 13)]
        if code == "luo":
            assert cldr[10] == "Dwe mar gi achiel"
            cldr[10] = "Dwe mar Apar gi achiel"
        assert months == tuple(cldr), code
    assert ol_chiki(2019) == "᱒᱐᱑᱙" and adlam("21") == "𞥒𞥑"
    assert [ord(c) for c in OL_CHIKI_DIGITS] == list(range(0x1C50, 0x1C5A))
    assert [ord(c) for c in ADLAM_DIGITS] == list(range(0x1E950, 0x1E95A))


def test_coptic_calendar() -> None:
    # Nayrouz, 1 Thout: 11 September, 12 September before a Gregorian leap year
    assert coptic(d(2018, 9, 11)) == (1735, 1, 1) and coptic(d(2019, 9, 12)) == (1736, 1, 1)
    assert coptic(d(2019, 9, 11)) == (1735, 13, 6) and coptic(d(2020, 9, 11)) == (1737, 1, 1)
    assert coptic(d(2015, 9, 12)) == (1732, 1, 1) and coptic(d(2016, 9, 11)) == (1733, 1, 1)
    # the Nativity on 7 January: 29 Koiak, or 28 Koiak after a Coptic leap year
    assert coptic(d(2019, 1, 7)) == (1735, 4, 29) and coptic(d(2020, 1, 7)) == (1736, 4, 28)
    # the Fast of the Virgin, 1 to 15 Mesori, is 7 to 21 August
    assert coptic(d(2019, 8, 7)) == (1735, 12, 1) and coptic(d(2019, 8, 21)) == (1735, 12, 15)
    assert coptic_date(d(2019, 6, 21)) == "Paoni 14, 1735 A.M."
    for day in every_day():
        year, month, n = coptic(day)
        nxt = coptic(day + one)
        if month == 13:
            assert 1 <= n <= 6
        else:
            assert 1 <= month <= 12 and 1 <= n <= 30
        assert nxt[2] == n + 1 or nxt[2] == 1, (day, year, month, n)
    # Easter by the Julian computus, a Sunday
    for y, iso in EASTER_ORTHODOX.items():
        a, b, c = y % 4, y % 7, y % 19
        e = (19 * c + 15) % 30
        f = (2 * a + 4 * b - e + 34) % 7
        julian = d(y, (e + f + 114) // 31, (e + f + 114) % 31 + 1)
        assert d.fromisoformat(iso) == julian + dt.timedelta(days=13)
        assert d.fromisoformat(iso).weekday() == 6


def test_coptic_fasts_and_feasts() -> None:
    for y in YEARS:
        easter = d.fromisoformat(EASTER_ORTHODOX[y])
        assert template(SET, CO, "season", easter).startswith("☦️ Ⲡⲭ̅ⲥ̅ ⲁϥⲧⲱⲛϥ!")
        assert template(SET, CO, "season", easter + 49 * one).startswith("☦️")
        assert not template(SET, CO, "season", easter + 50 * one).startswith("☦️")
        assert template(SET, CO, "season", easter - 55 * one) == "🕯️ Great Lent, day 1 of 55."
        assert template(SET, CO, "season", easter - 8 * one) == "🕯️ Great Lent, day 48 of 55."
        assert template(SET, CO, "season", easter - one).startswith("✝️ Holy Week")
        assert template(SET, CO, "season", easter - 69 * one).startswith("🐋")
        assert template(SET, CO, "season", d(y, 8, 14)).startswith("The Fast of the Virgin")
        assert template(SET, CO, "season", d(y, 1, 7)).startswith("🎄 Christ is born!")
        nayrouz = next(d(y, 9, k) for k in (11, 12) if coptic(d(y, 9, k))[1:] == (1, 1))
        assert template(SET, CO, "season", nayrouz) == (
            f"🌴 Happy Nayrouz! The Coptic New Year {coptic(nayrouz)[0]} A.M. · عيد نيروز سعيد")
        assert template(SET, CO, "season", d(y, 12, 6)) == (
            "The Nativity Fast: 32 days to the Feast of the Nativity on 7 January.")
        assert template(SET, CO, "season", d(y, 10, 15)) == (
            "Wednesdays and Fridays are days of fasting.")
    assert template(SET, CO, "liturgy", CO_CLOSED).startswith("⛪ The church is closed")
    assert template(SET, CO, "liturgy", CO_BOOKING).startswith("⛪ Liturgies by booking")
    assert template(SET, CO, "liturgy", d(2020, 12, 15)).startswith("⛪ Liturgies by booking")
    assert template(SET, CO, "liturgy", CO_CLOSED - one).startswith("Divine Liturgy")


def test_shahenshahi_calendar() -> None:
    assert shahenshahi(NAVROZ_1389) == (1389, 1, 1)
    assert shahenshahi_date(d(2019, 6, 21)) == "Roj Adar, Mah Bahman, 1388 Y.Z."
    # no leap year: Navroz comes a day earlier after each 29 February
    navroz = {y: next(day for day in every_day()
                      if day.year == y and shahenshahi(day)[1:] == (1, 1))
              for y in (2015, 2016, 2017, 2018, 2019, 2020)}
    assert navroz == {2015: d(2015, 8, 18), 2016: d(2016, 8, 17), 2017: d(2017, 8, 17),
                      2018: d(2018, 8, 17), 2019: d(2019, 8, 17), 2020: d(2020, 8, 16)}
    assert [shahenshahi(day)[0] for day in navroz.values()] == list(range(1385, 1391))
    assert PA_DAILY == navroz[2016]
    for y, day in navroz.items():
        assert shahenshahi(day - one) == (day.year + 1388 - 2019, 0, 5), y
        assert template(SET, PA, "days", day - one).startswith("🙏 Pateti")
        assert f"Saal Mubarak {shahenshahi(day)[0]} Y.Z." in template(SET, PA, "days", day)
        assert template(SET, PA, "days", day + 5 * one) == "🎂 Khordad Sal Mubarak!"
        assert template(SET, PA, "days", day - 10 * one) == (
            "🕯️ Muktad, the Farvardegan days: day 1 of 10.")
        assert template(SET, PA, "days", day - 2 * one) == (
            "🕯️ Muktad, the Farvardegan days: day 9 of 10.")
        assert template(SET, PA, "days", d(y, 3, 21)) == "🌷 Jamshedi Navroz Mubarak!"
        # Zarthost no Diso: Roj Khorshed, Mah Dae, the 281st day of the year
        if y < 2020:
            assert template(SET, PA, "days", day + 280 * one).startswith("🙏 Zarthost no Diso")
    assert template(SET, PA, "days", d(2019, 6, 21)).startswith("Send your navjote")


def test_issues_windows_and_subjects() -> None:
    assert issue(d(2010, 3, 1)) == (1, "Spring 2010")
    assert issue(d(2019, 2, 28)) == (36, "Winter 2018–19")
    assert issue(d(2019, 12, 1)) == (40, "Winter 2019–20")
    issues = {template(SET, LR, "issue", day) for day in every_day()}
    assert len(issues) == 6 * 4 + 1  # the winter of 2014-15 first
    assert reading_window(d(2019, 2, 14)) == (d(2019, 1, 1), d(2019, 2, 14))
    assert reading_window(d(2019, 2, 15)) is None and reading_window(d(2019, 8, 20)) is None
    assert reading_window(d(2020, 8, 20)) == (d(2020, 7, 1), d(2020, 8, 31))
    assert template(SET, LR, "window", d(2019, 7, 1)) == (
        "✍️ Submissions are open until 15 August: 45 days left.")
    assert template(SET, LR, "window", d(2019, 8, 14)).endswith("1 day left.")
    assert template(SET, LR, "window", d(2019, 8, 15)) == (
        "✍️ Submissions close tonight at midnight.")
    assert template(SET, LR, "window", d(2019, 8, 16)).endswith("opens on 1 January.")
    assert template(SET, LR, "window", d(2019, 3, 1)).endswith("opens on 1 July.")
    assert "(extended this year)" in template(SET, LR, "window", d(2020, 8, 1))
    for y in YEARS:
        assert "Reflections" in template(SET, PS, "subject", d(y, 10, 15))
        assert template(SET, PS, "subject", d(y, 7, 15)).startswith("Summer programme")
        assert template(SET, PS, "subject", d(y, 12, 10)).startswith("📷 December")
        assert template(SET, PS, "subject", d(y, 1, 1)).startswith(
            "📷 Set subject for January: Monochrome.")


def test_fire_seasons() -> None:
    for first, last in FIRE_DANGER_PERIODS:
        assert first.weekday() == 0 and first.month == 11 and last.month == 5
    for ban in TOTAL_FIRE_BANS:
        assert any(first <= ban <= last for first, last in FIRE_DANGER_PERIODS), ban
        assert template(SET, FB, "period", ban).startswith("⛔ TOTAL FIRE BAN")
        assert not template(SET, FB, "period", ban + one).startswith("⛔")
    assert template(SET, FB, "period", d(2019, 11, 5)) == (
        "The Fire Danger Period starts on Monday 18 November: finish burning off before then.")
    assert template(SET, FB, "period", d(2019, 11, 18)).startswith("🔥 The Fire Danger Period "
                                                                  "is in force")
    assert template(SET, FB, "period", d(2019, 7, 1)).startswith("The Fire Danger Period has "
                                                                 "ended")
    assert clock_change(2019, 4) == d(2019, 4, 7) and clock_change(2019, 10) == d(2019, 10, 6)
    for y in YEARS:
        for m in (4, 10):
            sunday = clock_change(y, m)
            assert sunday.weekday() == 6 and sunday.day <= 7
            for day in (sunday - one, sunday, sunday + one):
                assert template(SET, FB, "prepare", day).startswith("⏰"), day
            assert not template(SET, FB, "prepare", sunday + 2 * one).startswith("⏰")
    assert template(SET, FB, "training", d(2020, 4, 14)).startswith("Training is online")
    assert template(SET, FB, "training", d(2020, 7, 14)).startswith("Training is on Tuesdays")
    assert template(SET, PS, "welcome", PS_ZOOM).startswith("Club nights are on Zoom")


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, SA, "juraw", d(y, 6, 30)).startswith(f"🏹 {ol_chiki(y - 1855)} ")
        assert ol_chiki(y - 2000) in template(SET, SA, "juraw", d(y, 11, 15))
        assert template(SET, SA, "juraw", d(y, 1, 12)).startswith("🐂")
        fitr, adha = d.fromisoformat(EID_FITR[y]), d.fromisoformat(EID_ADHA[y])
        assert template(SET, FF, "tokkee", fitr).startswith("🌙")
        assert template(SET, FF, "tokkee", adha).startswith("🐏")
        assert template(SET, FF, "tokkee", d(y, 10, 2)).endswith(adlam(y - 1958))
        assert template(SET, KR, "fala", fitr).startswith("🌙 Appi Pray Dé")
        assert template(SET, KR, "fala", d(y, 4, 27)).endswith(f"rich {y - 1961} ia.")
        assert f"malembe ya {y - 1994} " in template(SET, TS, "landzela", d(y, 4, 27))
        assert template(SET, TS, "landzela", d(y, 9, 24)).startswith("🥁")
        assert template(SET, LU, "luwa", d(y, 6, 1)).endswith(f"higni {y - 1963} mar loch")
        assert template(SET, LU, "luwa", d(y, 12, 12)).endswith(f"Higni {y - 1963} mar thuolo")
        assert template(SET, LU, "luwa", d(y, 12, 25)) == "🎄 Nyasi mar Krismas maber!"
        assert f"{y - 1965} years of self-government" in template(SET, CK, "meitaki",
                                                                 d(y, 8, 4))
        assert template(SET, CK, "meitaki", d(y, 7, 28)).startswith("🌺")
        assert f"{y - 1821} years since" in template(SET, CK, "meitaki", d(y, 10, 26))
        assert template(SET, CK, "tutaka", d(y, 3, 15)).startswith("🧹 Tūtaka")
        assert template(SET, CK, "tutaka", d(y, 9, 15)).startswith("🧹 Tūtaka")
        assert template(SET, CK, "tutaka", d(y, 6, 15)).startswith("Tūtaka results")
        assert template(SET, BO, "hostel", d(y, 6, 1)).startswith("🏠")
        assert template(SET, BO, "hostel", d(y, 12, 1)).startswith("The hostel is closed")
        assert template(SET, BO, "hostel", d(y, 2, 1)).startswith("The hostel is closed")
    # emergencies and votes on their days, the everyday notice again after
    for domain, family, day, start in (
            (SA, "khobor", d(2020, 4, 1), "😷"), (SA, "khobor", d(2019, 12, 20), "🗳️"),
            (FF, "kabaaru", d(2015, 5, 1), "⚠️"), (FF, "kabaaru", d(2020, 10, 18), "🗳️"),
            (TS, "mahungu", d(2019, 5, 8), "🗳️"), (TS, "mahungu", d(2020, 4, 1), "😷"),
            (LU, "wach", d(2017, 8, 8), "🗳️"), (LU, "wach", d(2020, 5, 1), "😷"),
            (KR, "alat", d(2017, 8, 20), "🕯️"), (KR, "alat", d(2018, 3, 31), "🗳️"),
            (CK, "tip", d(2018, 6, 14), "🗳️"), (CK, "tip", d(2020, 4, 1), "😷")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert template(SET, domain, family, d(2020, 12, 15)).startswith("📞"), domain


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (SA, "juraw", "ᱯᱷᱮᱥᱵᱩᱠ ᱨᱮ", "ᱭᱩᱴᱭᱩᱵ"),
        (SA, "goro", "UPI ᱛᱮ", "Paytm"),
        (FF, "wallu", "Orange Money", "MTN MoMo"),
        (TS, "landzela", "eka Facebook", "na Twitter"),
        (TS, "seketela", "R20", "R25"),
        (LU, "luwa", "e Facebook", "kod Twitter"),
        (KR, "sopot", "Orange Money 076", "Afrimoney"),
        (CK, "print", "$2 at", "$2.50"),
    ))
    for domain, family, day, old, new in (
            (FF, "tokkee", d(2018, 3, 1), "Facebook", "WhatsApp"),
            (LU, "konywa", d(2019, 10, 1), "522 733.", "Airtel Money"),
            (KR, "fala", d(2016, 5, 1), "na Facebook", "WhatsApp"),
            (CK, "meitaki", d(2019, 2, 1), "on Facebook.", "Instagram"),
            (CO, "giving", d(2019, 4, 28), "3062. Thank", "tap and go"),
            (PA, "price", d(2019, 8, 17), "₹10", "₹12"),
            (LR, "fee", d(2019, 1, 1), "£25", "£30"),
            (LR, "subscribe", d(2019, 6, 1), "£24", "£26"),
            (BO, "friends", d(2019, 4, 1), "£15", "£18"),
            (PS, "subs", d(2019, 9, 1), "£45", "£50")):
        assert old in template(SET, domain, family, day - one), (domain, family)
        assert new in template(SET, domain, family, day), (domain, family)
        assert new not in template(SET, domain, family, day - one), (domain, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SA}/tarikh", f"{FF}/nyalaande", f"{TS}/siku", f"{LU}/tarik",
                         f"{SA}/arho", f"{FF}/janngu", f"{SA}/teg", f"{FF}/konngi",
                         f"{SA}/parhaw", f"{FF}/yiaama"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SA}/copyright", f"{FF}/miijo", f"{TS}/mavonelo", f"{LU}/paro", f"{KR}/koment"))
    assert_carried_share(docs, SA, [
        ("hatin", 0.18, 0.45), ("parhaw", 0.22, 0.5), ("hati", 0.0, 0.12),
        ("tarikh", 0.75, 0.97), ("bijnapon", 0.55, 0.85)])
    assert_carried_share(docs, FF, [("senndu", 0.12, 0.4), ("nyalaande", 0.7, 0.99)])
    for fam in (f"{SA}/bijnapon", f"{SA}/arho", f"{FF}/jeeygol", f"{FF}/janngu",
                f"{TS}/vuxavisi", f"{TS}/hlaya", f"{LU}/landruok", f"{LU}/som"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CO, "prayer"), (BO, "ringed"), (FB, "incident"), (PS, "judge")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SA, "hati"), (FF, "jayngol"), (TS, "kuhisa"), (LU, "yamo"), (KR, "lait"),
        (CK, "flight"), (CO, "carpark"), (PA, "monsoon"), (LR, "bookfair"), (BO, "rarity"),
        (FB, "tree"), (PS, "exhibition")))


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
            (FF, "miijo", "𞤏𞤭𞤲𞥆𞤣𞤵 𞤥𞤭𞥅𞤶𞤮 𞤥𞤢𞥄 𞤫 𞤼𞤫𞤣𞥆𞤵𞤲𞤺𞤢𞤤. 𞤑𞤮 𞤻𞤭𞤽𞤢𞥄𞤯𞤭 𞤬𞤮𞤬 𞤥𞤮𞤥𞤼𞤫𞤼𞤫."),
            (TS, "mavonelo", "Tsala mavonelo ya wena hi xichavo. Marito yo biha ma ta "
             "susiwa."),
            (KR, "koment", "Rayt yu kɔmɛnt wit rɛspɛkt. Wi nɔ go pablish swɛ ɔ lay.")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    first_title = bodies(SET, 1)[0].title
    assert rendered(SET, FF, "senndu", d(2018, 7, 9)) == f"𞤅𞤫𞤲𞥆𞤣𞤵 𞤯𞤵𞤥: {first_title}"
    assert rendered(SET, TS, "avelana", d(2018, 7, 9)) == f"Avelana: {first_title}"
    assert rendered(SET, KR, "sheb", d(2018, 7, 9)) == f"Sheb dis stori: {first_title}"
    for style, family in ((FF, "/senndu"), (TS, "/avelana"), (KR, "/sheb")):
        own = own_title_lines(group_docs(SET, style), family)
        assert own and sum(norm(text).endswith(title) for title, text in own) >= 0.6 * len(own)
    assert_links_to_other_titles(docs, fams, (
        (f"{SA}/arho", "ᱟᱨ ᱦᱚᱸ ᱯᱟᱲᱦᱟᱣ ᱢᱮ: "),
        (f"{FF}/janngu", "𞤔𞤢𞤲𞥆𞤺𞤵 𞤳𞤢𞤣𞤭: "),
        (f"{TS}/hlaya", "Hlaya na swona: "),
        (f"{LU}/som", "Som bende: "),
        (f"{KR}/rid", "Rid ɔlsɔ: "),
    ))


def test_names_in_bylines() -> None:
    fams = by_family(planted_docs(SET))
    for fam, pool_name, old, new in (
            (f"{SA}/olij", "olij", r"ᱚᱞᱤᱡ: (.+)", r"\S+ ᱠᱷᱚᱱ (.+)"),
            (f"{FF}/winndiido", "winndiido", r"𞤏𞤭𞤲𞥆𞤣𞤭𞥅𞤯𞤮: (.+)", r"(.+)⹁ 𞤳𞤢 \S+"),
            (f"{TS}/hi", "mutsari", r"Hi (.+)", r"Xiviko xa (.+), \S+"),
            (f"{LU}/ondiko", "jandiko", r"Ondiko gi (.+)", r"(.+), Jandik Weche Nam")):
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.75 * len(names), (
                fam, pattern)
    places = pool(SET, SA, "than")
    found = [m[1] for t in fams[f"{SA}/olij"] if (m := re.fullmatch(r"(\S+) ᱠᱷᱚᱱ .+", norm(t)))]
    assert found and sum(t in places for t in found) >= 0.75 * len(found)


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (SA, "bijnapon", "ᱵᱤᱡᱧᱟᱯᱚᱱ"), (FF, "jeeygol", "𞤔𞤫𞥅𞤴𞤺𞤮𞤤"), (TS, "vuxavisi", "Vuxavisi"),
        (LU, "landruok", "Landruok"), (KR, "advatisment", "ADVATISMƐNT"),
        (CK, "advert", "Advertisement"), (CK, "kiaorana", "Kia orana!"),
        (PA, "ad", "Advertisement"), (CO, "office-head", "Church office"),
        (PA, "office-head", "Our office"), (LR, "subscribe-head", "Subscribe"),
        (LR, "archive", "From the archive"), (BO, "visit-head", "Visiting"),
        (FB, "station-head", "Our station"), (PS, "nights-head", "Club nights")))
    assert_values_from_pool(SET, fams, ((f"{SA}/hatin", "hatin"), (f"{FF}/fannu", "fannu"),
                                        (f"{TS}/xiyenge", "xiyenge")))
    assert_group_values_from_pool(SET, ((LU, "bath", "bath"), (KR, "seksion", "seksion"),
                                        (CK, "tuanga", "tuanga"), (CO, "reading", "reading"),
                                        (BO, "highlight", "highlight"),
                                        (FB, "incident", "incident"), (PS, "judge", "judge")))
    places = {norm(t) for t in group_lines(SET, KR, "ples")}
    assert places and places <= {f"{p} —" for p in pool(SET, KR, "ples")}
    tags = [norm(t).removeprefix("ᱴᱮᱜ: ") for t in fams[f"{SA}/teg"]]
    assert tags and all(tags)
    for letters, style, family in ((OL_CHIKI_DIGITS, SA, "tarikh"), (ADLAM_DIGITS, FF,
                                                                      "nyalaande"),
                                   ("ɔɛƐƆ", KR, "de"), ("āūʻ", CK, "ra")):
        texts = group_lines(SET, style, family)
        assert any(c in "".join(texts) for c in letters), (style, family)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CO: (["office-head", "office"], 2),
        PA: (["office-head", "office"], 2),
        LR: (["subscribe-head", "subscribe"], 2),
        BO: (["visit-head", "visit"], 1),
        FB: (["station-head", "station"], 1),
        PS: (["nights-head", "nights"], 1)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
