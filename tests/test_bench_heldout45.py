"""The held-back-45 template set (`tests.bench.heldout_templates_45`): its localised dates
(ten printed day by day, in the Gregorian, Solar Hijri, Japanese era, Minguo and Ethiopian
calendars, one in Persian digits), the notices it rewords by date, the calendars some
notices follow, the variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles have few articles of
their own (the generator's Zipf sizes), so several checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_45 import (
    AMHARIC_WEEKDAYS,
    CHINESE_WEEKDAYS,
    DE_DAILY,
    EID_FITR_TZ,
    ET_DAILY,
    ETHIOPIAN_MONTHS,
    GERMAN_WEEKDAYS,
    GR_DAILY,
    GREEK_MONTHS,
    GREEK_WEEKDAYS,
    IR_DAILY,
    JAPANESE_WEEKDAYS,
    JP_DAILY,
    KOREAN_WEEKDAYS,
    KR_DAILY,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    MID_AUTUMN,
    NOWRUZ,
    ORTHODOX_EASTER,
    PERSIAN_DIGITS,
    PERSIAN_MONTHS,
    PERSIAN_WEEKDAYS,
    PL_DAILY,
    POLISH_MONTHS,
    POLISH_WEEKDAYS,
    RO_DAILY,
    ROMANIAN_MONTHS,
    ROMANIAN_WEEKDAYS,
    SWAHILI_MONTHS,
    SWAHILI_WEEKDAYS,
    TW_DAILY,
    TZ_DAILY,
    YEARS,
    easter,
    ethiopian,
    japanese_era,
    persian_digits,
    roc_year,
    solar_hijri,
    thanksgiving,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
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

SET = "held-back-45"
SITES = ("Gazeta Podwawelska", "پیک زاینده", "영산강신문", "信濃川新報", "Ammertaler Anzeiger",
         "Θερμαϊκός Παλμός", "濁水溪報", "The Wattle Pantry", "Ziarul de Someș",
         "Commons Ledger", "Sauti ya Pwani", "ጣና ዜና")
PL, IR, KR, JP = ("gazetapodwawelska.pl", "peykezayandeh.ir", "yeongsangangnews.co.kr",
                  "shinanogawa-shimpo.jp")
DE, GR, TW, AU = ("ammertaler-anzeiger.de", "thermaikospalmos.gr", "zhuoshuixi.com.tw",
                  "wattlepantry.com.au")
RO, US, TZ, ET = ("ziaruldesomes.ro", "commonsledger.org", "sautiyapwani.co.tz",
                  "tanazena.com.et")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month (a name, or a number if `months` is
# None) and the year in the site's calendar, the weekdays, the months, the calendar: a
# function from a day to its (year, month, day), None for the Gregorian one).
DAILY = (
    (PL, "data", PL_DAILY, "{date_de}, {time}",
     rf"(?P<wd>{_alt(POLISH_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(POLISH_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) r\., \{{time\}}", POLISH_WEEKDAYS, POLISH_MONTHS, None),
    (IR, "tarikh", IR_DAILY, "{date_iso} {time}",
     rf"تاریخ انتشار: (?P<wd>{_alt(PERSIAN_WEEKDAYS)}) (?P<dd>\d{{1,2}}) "
     rf"(?P<mm>{_alt(PERSIAN_MONTHS)}) (?P<yy>\d{{4}}) - \{{time\}}", PERSIAN_WEEKDAYS,
     PERSIAN_MONTHS, solar_hijri),
    (KR, "seungin", KR_DAILY, "기사입력 {date_iso} {time}",
     rf"승인 (?P<yy>\d{{4}})\.(?P<mm>\d\d)\.(?P<dd>\d\d)\((?P<wd>{_alt(KOREAN_WEEKDAYS)})\) "
     rf"\{{time\}}", KOREAN_WEEKDAYS, None, None),
    (JP, "haishin", JP_DAILY, "{date_iso} {time}",
     rf"(?P<era>平成|令和)(?P<yy>元|\d{{1,2}})年(?P<mm>\d{{1,2}})月(?P<dd>\d{{1,2}})日"
     rf"（(?P<wd>{_alt(JAPANESE_WEEKDAYS)})） \{{time\}}配信", JAPANESE_WEEKDAYS, None, None),
    (DE, "datum", DE_DAILY, "{date_de} {time} Uhr",
     rf"(?P<wd>{_alt(GERMAN_WEEKDAYS)}), (?P<dd>\d\d)\.(?P<mm>\d\d)\.(?P<yy>\d{{4}}) "
     rf"\| \{{time\}} Uhr", GERMAN_WEEKDAYS, None, None),
    (GR, "imerominia", GR_DAILY, "{date_de} {time}",
     rf"(?P<wd>{_alt(GREEK_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(GREEK_MONTHS)}) "
     rf"(?P<yy>\d{{4}}), \{{time\}}", GREEK_WEEKDAYS, GREEK_MONTHS, None),
    (TW, "riqi", TW_DAILY, "{date_iso} {time}",
     rf"(?P<yy>\d{{3}})年(?P<mm>\d{{1,2}})月(?P<dd>\d{{1,2}})日 "
     rf"(?P<wd>{_alt(CHINESE_WEEKDAYS)}) \{{time\}}", CHINESE_WEEKDAYS, None, None),
    (RO, "data", RO_DAILY, "{date_de} {time}",
     rf"(?P<wd>{_alt(ROMANIAN_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(ROMANIAN_MONTHS)}) "
     rf"(?P<yy>\d{{4}}), \{{time\}}", ROMANIAN_WEEKDAYS, ROMANIAN_MONTHS, None),
    (TZ, "tarehe", TZ_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(SWAHILI_WEEKDAYS)}), (?P<mm>{_alt(SWAHILI_MONTHS)}) "
     rf"(?P<dd>\d{{1,2}}), (?P<yy>\d{{4}})", SWAHILI_WEEKDAYS, SWAHILI_MONTHS, None),
    (ET, "qen", ET_DAILY, "{date_long}",
     rf"(?P<wd>{_alt(AMHARIC_WEEKDAYS)}) (?P<mm>{_alt(ETHIOPIAN_MONTHS)}) (?P<dd>\d{{1,2}}) "
     rf"ቀን (?P<yy>\d{{4}}) ዓ\.ም", AMHARIC_WEEKDAYS, ETHIOPIAN_MONTHS, ethiopian),
)


def test_localised_dates_and_times() -> None:
    old, new = d(2015, 3, 5), d(2019, 6, 21)  # a Thursday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PL, "data", old, r"05\.03\.2015, \d\d:\d\d")
    full(PL, "data", new, r"piątek, 21 czerwca 2019 r\., \d\d:\d\d")
    full(PL, "autor", new, r"Ada Brook oprac\.")
    full(IR, "tarikh", old, r"2015-03-05 \d\d:\d\d")
    full(IR, "tarikh", new, r"تاریخ انتشار: جمعه ۳۱ خرداد ۱۳۹۸ - \d\d:\d\d")
    full(IR, "hoquq", new, r"کلیه حقوق این سایت متعلق به پیک زاینده است\. © ۱۳۹۸")
    full(KR, "seungin", old, r"기사입력 2015-03-05 \d\d:\d\d")
    full(KR, "seungin", new, r"승인 2019\.06\.21\(금\) \d\d:\d\d")
    full(JP, "haishin", old, r"2015-03-05 \d\d:\d\d")
    full(JP, "haishin", new, r"令和元年6月21日（金） \d\d:\d\d配信")
    full(JP, "haishin", d(2019, 4, 30), r"平成31年4月30日（火） \d\d:\d\d配信")
    full(JP, "haishin", d(2020, 1, 6), r"令和2年1月6日（月） \d\d:\d\d配信")
    full(DE, "datum", old, r"05\.03\.2015 \d\d:\d\d Uhr")
    full(DE, "datum", new, r"Fr\., 21\.06\.2019 \| \d\d:\d\d Uhr")
    full(GR, "imerominia", new, r"Παρασκευή, 21 Ιουνίου 2019, \d\d:\d\d")
    full(GR, "syntaktis", new, r"[^ ]+ - Θερμαϊκός Παλμός|.+ - Θερμαϊκός Παλμός")
    full(TW, "riqi", old, r"2015-03-05 \d\d:\d\d")
    full(TW, "riqi", new, r"108年6月21日 星期五 \d\d:\d\d")
    full(AU, "published", new, r"Published: June 21, 2019")
    full(RO, "data", new, r"vineri, 21 iunie 2019, \d\d:\d\d")
    full(RO, "autor", new, r"de Ada Brook")
    full(US, "published", new, r"Published on June 21, 2019")
    full(TZ, "tarehe", old, r"March 5, 2015")
    full(TZ, "tarehe", new, r"Ijumaa, Juni 21, 2019")
    full(ET, "qen", old, r"March 5, 2015")
    full(ET, "qen", new, r"ዓርብ ሰኔ 14 ቀን 2011 ዓ\.ም")


def test_calendars() -> None:
    assert [easter(y) for y in YEARS] == [
        d(2015, 4, 5), d(2016, 3, 27), d(2017, 4, 16), d(2018, 4, 1), d(2019, 4, 21),
        d(2020, 4, 12)]
    assert [thanksgiving(y) for y in YEARS] == [
        d(2015, 11, 26), d(2016, 11, 24), d(2017, 11, 23), d(2018, 11, 22), d(2019, 11, 28),
        d(2020, 11, 26)]
    for table in (ORTHODOX_EASTER, LUNAR_NEW_YEAR, MID_AUTUMN, EID_FITR_TZ):
        assert all(d.fromisoformat(table[y]).year == y for y in YEARS)
    assert all(d.fromisoformat(ORTHODOX_EASTER[y]).weekday() == 6 for y in YEARS)
    # Solar Hijri: known days, then every day one after the other, months of 31, 30, 29/30
    for day, want in ((d(2016, 3, 20), (1395, 1, 1)), (d(2019, 2, 11), (1397, 11, 22)),
                      (d(2019, 12, 21), (1398, 9, 30)), (d(2019, 6, 21), (1398, 3, 31)),
                      (d(2020, 3, 19), (1398, 12, 29)), (d(2017, 3, 20), (1395, 12, 30)),
                      (d(2018, 9, 23), (1397, 7, 1))):
        assert solar_hijri(day) == want, (day, solar_hijri(day))
    # Ethiopian: Enkutatash, Genna (Tahsas 29), Meskel (Meskerem 17) and Pagume
    for day, want in ((d(2018, 9, 11), (2011, 1, 1)), (d(2019, 9, 12), (2012, 1, 1)),
                      (d(2019, 1, 7), (2011, 4, 29)), (d(2018, 9, 27), (2011, 1, 17)),
                      (d(2019, 9, 11), (2011, 13, 6)), (d(2020, 9, 10), (2012, 13, 5)),
                      (d(2016, 1, 8), (2008, 4, 29))):
        assert ethiopian(day) == want, (day, ethiopian(day))
    for convert in (solar_hijri, ethiopian):
        previous = convert(d(2015, 1, 1))
        for day in every_day()[1:]:
            y, m, dd = convert(day)
            py, pm, pd = previous
            assert (y, m, dd) in ((py, pm, pd + 1), (py, pm + 1, 1), (py + 1, 1, 1)), day
            assert dd <= (31 if convert is solar_hijri and m <= 6 else 30), day
            if (y, m) != (py, pm):
                month_len = pd
                if convert is solar_hijri:
                    assert month_len == (31 if pm <= 6 else 30 if pm < 12 else month_len)
                    assert pm != 12 or month_len in (29, 30)
                else:
                    assert month_len == 30 if pm < 13 else month_len in (5, 6), day
            previous = (y, m, dd)
    assert [solar_hijri(d.fromisoformat(NOWRUZ[y])) for y in range(1394, 1400)] == [
        (y, 1, 1) for y in range(1394, 1400)]
    assert japanese_era(d(2015, 1, 1)) == "平成27年" and japanese_era(d(2019, 4, 30)) == "平成31年"
    assert japanese_era(d(2019, 5, 1)) == "令和元年" and japanese_era(d(2020, 12, 31)) == "令和2年"
    assert roc_year(d(2017, 1, 1)) == 106 and roc_year(d(2020, 6, 1)) == 109
    assert persian_digits(1398) == "۱۳۹۸" and ascii_digits("۱۳۹۸", PERSIAN_DIGITS) == "1398"


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Ten families hold a wording per day: walking every day from 2015 to 2020, each prints
    that day's own date in its calendar and language (Persian digits, the Japanese era with
    "元年", the Minguo year, the Ethiopian date), changing form on the day of its
    rewording."""
    for domain, family, since, *_ in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY
                                                                             - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months, calendar in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            if domain == IR:
                assert not re.search(r"[0-9]", text.replace("{time}", "")), (day, text)
                text = ascii_digits(text, PERSIAN_DIGITS)
            m = re.fullmatch(pattern, text)
            assert m, (domain, day, text)
            assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            month = int(m["mm"]) if months is None else months.index(m["mm"]) + 1
            if domain == JP:
                year = 1 if m["yy"] == "元" else int(m["yy"])
                assert m["era"] + str(year) == japanese_era(day).replace("元", "1")[:-1], day
                assert (m["yy"] == "元") == (day.year == 2019 and day >= d(2019, 5, 1)), day
                want = (day.month, day.day)
                assert (month, int(m["dd"])) == want, (day, text)
                continue
            got = (int(m["yy"]), month, int(m["dd"]))
            if calendar is not None:
                assert got == calendar(day), (domain, day, text)
            elif domain == TW:
                assert got == (day.year - 1911, day.month, day.day), (day, text)
            else:
                assert got == (day.year, day.month, day.day), (domain, day, text)
    for names in (POLISH_WEEKDAYS, PERSIAN_WEEKDAYS, KOREAN_WEEKDAYS, JAPANESE_WEEKDAYS,
                  GERMAN_WEEKDAYS, GREEK_WEEKDAYS, CHINESE_WEEKDAYS, ROMANIAN_WEEKDAYS,
                  SWAHILI_WEEKDAYS, AMHARIC_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (POLISH_MONTHS, PERSIAN_MONTHS, GREEK_MONTHS, ROMANIAN_MONTHS,
                   SWAHILI_MONTHS):
        assert len(set(months)) == 12
    assert len(set(ETHIOPIAN_MONTHS)) == 13


def test_yearly_lines_in_their_calendars() -> None:
    for day in every_day():
        year = solar_hijri(day)[0]
        assert template(SET, IR, "hoquq", day).endswith(persian_digits(year)), day


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, PL, "obserwuj", easter(y)).startswith("🐣") == (y != 2020), y
        saints = template(SET, PL, "obserwuj", d(y, 11, 1))
        assert saints.startswith("🕯️") and ("zamknięte" in saints) == (y == 2020), (y, saints)
        assert template(SET, PL, "obserwuj", d(y, 11, 11)) == (
            f"🇵🇱 {y - 1918}. rocznica odzyskania niepodległości")
        nowruz = template(SET, IR, "donbal", d.fromisoformat(NOWRUZ[y - 621]))
        assert nowruz == f"🌷 نوروز {persian_digits(y - 621)} بر شما خجسته باد", (y, nowruz)
        assert template(SET, KR, "kakao", d.fromisoformat(LUNAR_NEW_YEAR[y])).startswith("🧧")
        chuseok = template(SET, KR, "kakao", d.fromisoformat(MID_AUTUMN[y]))
        assert chuseok.startswith("🌕") and ("고향" in chuseok) == (y == 2020), (y, chuseok)
        may = template(SET, KR, "kakao", d(y, 5, 18))
        assert may.startswith(f"5·18민주화운동 {y - 1980}주년"), (y, may)
        assert template(SET, JP, "follow", d(y, 1, 2)).startswith("🎍")
        assert template(SET, DE, "newsletter", d(y, 12, 10)).startswith("🎄")
        assert not template(SET, DE, "newsletter", d(y, 12, 26)).startswith("🎄")
        pascha = template(SET, GR, "akolouthiste", d.fromisoformat(ORTHODOX_EASTER[y]))
        assert pascha.startswith("🕯️") == (y != 2020), (y, pascha)  # the lockdown
        assert template(SET, TW, "line", d.fromisoformat(LUNAR_NEW_YEAR[y])).startswith("🧧")
        assert template(SET, TW, "line", d.fromisoformat(MID_AUTUMN[y])).startswith("🌕")
        assert template(SET, AU, "newsletter", d(y, 12, 20)).startswith(f"🎄 The {y}")
        giving = template(SET, US, "newsletter", thanksgiving(y) + 5 * one)
        assert giving.startswith("💚 It's Giving Tuesday"), (y, giving)
        assert template(SET, US, "newsletter", d(y, 12, 31)).startswith(f"💚 Our {y}")
        national = template(SET, RO, "urmariti", d(y, 12, 1))
        assert (national == f"🇷🇴 La mulți ani, România! {y - 1918} de ani de la Marea Unire"
                ) == (y != 2020), (y, national)  # the December 2020 vote
        assert template(SET, TZ, "tufuate", d(y, 12, 9)) == (
            f"🇹🇿 Miaka {y - 1961} ya Uhuru wa Tanzania Bara")
        eid = template(SET, TZ, "tufuate", d.fromisoformat(EID_FITR_TZ[y]))
        assert eid.startswith("🌙") == (y != 2020), (y, eid)  # the hand-washing weeks
        assert template(SET, ET, "teketatelu", d(y, 1, 7)).startswith("🎄")
        enkutatash = template(SET, ET, "teketatelu", d(y, 9, 12))
        assert enkutatash.startswith(f"🌼 እንኳን ለ{y - 7} ዓ.ም"), (y, enkutatash)
        assert template(SET, ET, "teketatelu", d(y, 9, 27)).startswith("✝️")
    for domain, family, day, start in (
            (PL, "obserwuj", d(2020, 4, 1), "😷"), (PL, "obserwuj", d(2015, 5, 24), "🗳️"),
            (IR, "donbal", d(2020, 4, 1), "😷"), (IR, "donbal", d(2017, 5, 19), "🗳️"),
            (KR, "kakao", d(2020, 3, 1), "😷"), (KR, "kakao", d(2020, 8, 10), "🌧️"),
            (JP, "follow", d(2019, 4, 15), "新元号"), (JP, "follow", d(2020, 5, 1), "😷"),
            (DE, "newsletter", d(2018, 10, 14), "🗳️"), (DE, "newsletter", d(2020, 4, 1), "😷"),
            (GR, "akolouthiste", d(2015, 7, 5), "🗳️"), (TW, "line", d(2016, 9, 27), "🌀"),
            (TW, "line", d(2020, 4, 1), "😷"), (AU, "newsletter", d(2020, 1, 10), "🔥"),
            (AU, "newsletter", d(2020, 4, 1), "🏠"), (RO, "urmariti", d(2019, 11, 24), "🗳️"),
            (US, "newsletter", d(2020, 10, 25), "🗳️"), (TZ, "tufuate", d(2020, 10, 28), "🗳️"),
            (ET, "teketatelu", d(2016, 10, 10), "⚠️"), (ET, "teketatelu", d(2020, 5, 1), "😷")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 8, 25)).startswith(start), domain


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (PL, "czytaj", "Czytaj także: ", "ZOBACZ TEŻ: "),
        (PL, "autor", "Autor: ", " oprac."),
        (IR, "bekhanid", "بیشتر بخوانید: ", "بخوانید: "),
        (KR, "gwallyeon", "관련기사: ", "▶ 함께 보면 좋은 기사: "),
        (JP, "kanren", "【関連記事】", "あわせて読みたい："),
        (DE, "lesen", "Lesen Sie auch: ", "Auch interessant: "),
        (DE, "autor", "Von ", " ("),
        (GR, "diavaste", "Διαβάστε επίσης: ", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ "),
        (TW, "jizhe", "報導", "文／"),
        (RO, "citeste", "Citește și: ", "CITEȘTE ȘI ► "),
        (TZ, "soma", "SOMA PIA: ", "Habari zinazohusiana: "),
    ))
    for domain, family, day, old, new in (
            (PL, "obserwuj", d(2019, 1, 14), "Facebooku", "Google News"),
            (PL, "cookies", d(2018, 5, 25), "cookies.", "RODO"),
            (PL, "prenumerata", d(2020, 3, 2), "19,90", "24,90"),
            (IR, "donbal", d(2018, 5, 1), "تلگرام", "سروش"),
            (KR, "kakao", d(2017, 6, 1), "페이스북", "카카오톡"),
            (JP, "follow", d(2019, 7, 1), "Twitter", "LINE"),
            (DE, "plus", d(2020, 1, 13), "0,99", "AA+"),
            (GR, "akolouthiste", d(2019, 2, 4), "Facebook", "Google News"),
            (TW, "line", d(2016, 10, 3), "粉絲專頁", "LINE"),
            (AU, "disclosure", d(2018, 7, 2), "disclosure policy", "Amazon Associate"),
            (AU, "jump", d(2017, 3, 6), "Print", "Jump to Recipe"),
            (AU, "tag", d(2019, 8, 5), "Instagram!", "Pinterest"),
            (RO, "cookies", d(2018, 5, 25), "cookie-uri", "GDPR"),
            (US, "license", d(2017, 1, 9), "permission", "Creative Commons"),
            (US, "donate", d(2018, 11, 26), "Independent media", "corporate money"),
            (US, "social", d(2020, 6, 1), "Facebook", "algorithms"),
            (TZ, "tufuate", d(2018, 9, 3), "Instagram", "WhatsApp"),
            (TZ, "gazeti", d(2019, 7, 1), "500", "700"),
            (ET, "teketatelu", d(2018, 4, 2), "ፌስቡክ", "ቴሌግራም"),
            (ET, "zegabi", d(2019, 9, 12), "ዘጋቢ", " | ")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PL}/data", f"{IR}/tarikh", f"{KR}/seungin", f"{JP}/haishin",
                         f"{PL}/czytaj", f"{IR}/kod", f"{KR}/gija", f"{PL}/autor",
                         f"{IR}/bekhanid", f"{KR}/gwallyeon", f"{JP}/kanren",
                         f"{PL}/galeria"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PL}/komentarze", f"{PL}/przedruk", f"{IR}/nazar", f"{KR}/mudan", f"{KR}/balhaeng",
        f"{JP}/tensai", f"{JP}/kaiin"))
    for fam in (f"{PL}/reklama", f"{PL}/czytaj", f"{IR}/bekhanid", f"{KR}/gwanggo",
                f"{KR}/gwallyeon", f"{JP}/kanren", f"{DE}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PL, "galeria"), (DE, "thema"), (AU, "pin"), (US, "support"),
                               (ET, "mastawekia")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PL, "smog"), (IR, "ab"), (KR, "misemeonji"), (JP, "yuki"), (DE, "sperrung"),
        (GR, "kafsonas"), (TW, "jiujia"), (AU, "tested"), (RO, "trafic"), (US, "correction"),
        (TZ, "mafuriko"), (ET, "mebrat")))


def test_sister_sites_share_network_lines() -> None:
    for style, family, text in (
            (PL, "reklama", "REKLAMA"),
            (PL, "copyright", None),
            (IR, "entha", "انتهای پیام/"),
            (KR, "gwanggo", "광고")):
        publishers = {doc.publisher for doc in group_docs(SET, style) for line in doc.lines
                      if label_family(line.label) == family
                      and (text is None or norm(line.text) == text)}
        assert len(publishers) >= 2, (style, family, publishers)


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{TW}/yanshen", "延伸閱讀："),
        (f"{AU}/also", "You might also like: "),
        (f"{US}/related", "Related: "),
    ))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{PL}/czytaj", ("Czytaj także: ", "ZOBACZ TEŻ: ")),
                          (f"{IR}/bekhanid", ("بیشتر بخوانید: ", "بخوانید: ")),
                          (f"{KR}/gwallyeon", ("관련기사: ", "▶ 함께 보면 좋은 기사: ")),
                          (f"{JP}/kanren", ("【関連記事】", "あわせて読みたい：")),
                          (f"{DE}/lesen", ("Lesen Sie auch: ", "Auch interessant: ")),
                          (f"{GR}/diavaste", ("Διαβάστε επίσης: ", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith((f"{PL}/czytaj", f"{IR}/bekhanid", f"{KR}/gwallyeon",
                                    f"{JP}/kanren", f"{DE}/lesen", f"{GR}/diavaste")):
                assert not line.text.endswith(doc.lines[0].text), line.text
    own = 0
    for doc in group_docs(SET, US):
        for line in doc.lines:
            if label_family(line.label) == "share":
                assert doc.lines[0].text in line.text or len(norm(line.text)) < 40, line.text
                own += doc.lines[0].text in line.text
    assert own >= 3, own


def test_names_and_places_in_bylines() -> None:
    for style, family, pool_name, pattern in (
            (TZ, "na", "mwandishi", r"(?:Na )?(.+?)(?: \| .+)?"),
            (ET, "zegabi", "zegabi", r"(?:ዘጋቢ: )?(.+?)(?: \| .+)?"),
            (KR, "gija", "gija", r"(.+?) 기자 .+"),
            (TW, "jizhe", "jizhe", r"(?:記者|文／)(.{3})(?:／.+)?"),
            (GR, "syntaktis", "syntaktis", r"(.+)"),
            (DE, "autor", "kuerzel", r".+ \((.+)\)")):
        values = pool(SET, style, pool_name)
        if style == GR:
            values |= {f"{n} - Θερμαϊκός Παλμός" for n in pool(SET, GR, "onoma")}
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.fullmatch(pattern, norm(t)))]
        assert found and sum(v in values for v in found) >= 0.6 * len(found), (style, family)


def test_one_origin_per_page() -> None:
    """The republishing site's "by" line and its origin line name the same outlet."""
    origins = pool(SET, US, "origin")
    seen = 0
    for doc in group_docs(SET, US):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        by = re.fullmatch(r"by (.+)", lines.get("by", ""))
        at = re.fullmatch(r"This article originally appeared on (.+)\.", lines.get("origin", ""))
        if at and by and at[1] in origins and by[1] in origins:
            assert at[1] == by[1], (lines["by"], lines["origin"])
            seen += 1
    assert seen >= 3, seen


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (PL, "reklama", "REKLAMA"), (IR, "agahi", "آگهی"), (IR, "entha", "انتهای پیام/"),
        (KR, "gwanggo", "광고"), (JP, "pr", "PR"), (DE, "anzeige", "Anzeige"),
        (DE, "thema", "Mehr zum Thema"), (GR, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"),
        (TW, "guanggao", "廣告"), (AU, "ad", "ADVERTISEMENT"), (AU, "pin", "Pin it for later!"),
        (AU, "reply", "Leave a Reply"), (RO, "publicitate", "Publicitate"),
        (US, "support", "Support our work: donate today"), (TZ, "tangazo", "TANGAZO"),
        (ET, "mastawekia", "ማስታወቂያ")))
    assert_group_values_from_pool(SET, ((PL, "dzial", "dzial"), (KR, "bumun", "bumun"),
                                        (JP, "genre", "genre"), (DE, "ort", "ort"),
                                        (GR, "katigoria", "katigoria"), (TW, "pindao", "pindao"),
                                        (RO, "sectiune", "sectiune"), (TZ, "kundi", "kundi")))
    for style, family, pool_name in ((IR, "barchasb", "barchasb"),
                                     (GR, "etiketes", "etiketa")):
        values = pool(SET, style, pool_name)
        lists = [norm(t).partition(": ")[2] for t in group_lines(SET, style, family)]
        items = [item for t in lists for item in t.split(", ")]
        assert items and sum(i in values for i in items) >= 0.75 * len(items), (style, family)
    for letters, fam in (("ąęłśż", f"{PL}/data"), (PERSIAN_DIGITS, f"{IR}/tarikh"),
                         ("승인", f"{KR}/seungin"), ("令和平成", f"{JP}/haishin"),
                         ("Uhr", f"{DE}/datum"), ("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", f"{GR}/imerominia"),
                         ("星期", f"{TW}/riqi"), ("ăâîșț", f"{RO}/data"),
                         ("Juma", f"{TZ}/tarehe"), ("ዓ.ም", f"{ET}/qen")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PL: (["copyright", "przedruk"], 2),
        KR: (["mudan", "balhaeng"], 2),
        TW: (["zhuanzai", "shezhang", "copyright"], 2),
        AU: (["reply", "required", "rate"], 2)})
    assert_group_blocks_stay_together(SET, {US: (["origin", "license"], 2),
                                            RO: (["copyright", "preluare"], 2)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
