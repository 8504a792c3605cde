"""The held-back-41 template set (`tests.bench.heldout_templates_41`): its localised dates
(twelve printed day by day, two with the arithmetic Hijri date, one with the Japanese era
year, one a wire dateline with a city slot), the notices it rewords by date, the calendars
some notices follow (a year-end drive counting up), the variation it promises and its
multi-line blocks actually occur.

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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_41 import (
    AP_MONTHS,
    AR_DAILY,
    ARABIC_WEEKDAYS,
    BUEN_FIN,
    DE_DAILY,
    DE_LINKS,
    DIWALI,
    EID_ADHA_JO,
    EID_FITR_JO,
    ENGLISH_MONTHS,
    FR_DAILY,
    FRENCH_MONTHS,
    FRENCH_WEEKDAYS,
    GERMAN_MONTHS,
    GERMAN_WEEKDAYS,
    HI_DAILY,
    HI_LINKS,
    HIJRI_MONTHS_AR,
    HIJRI_MONTHS_ID,
    HINDI_MONTHS,
    HINDI_WEEKDAYS,
    HOLI,
    ID_DAILY,
    IDUL_FITRI,
    INDONESIAN_MONTHS,
    INDONESIAN_WEEKDAYS,
    JA_DAILY,
    JAPANESE_WEEKDAYS,
    LAST_DAY,
    LEVANTINE_MONTHS,
    MID_AUTUMN,
    MP_DAILY,
    MP_GOAL,
    MX_DAILY,
    NBSP,
    PORTUGUESE_WEEKDAYS,
    PT_DAILY,
    RAMADAN_ID,
    RAMADAN_JO,
    REIWA,
    RU_DAILY,
    RUSSIAN_MONTHS,
    SPANISH_MONTHS,
    SPANISH_WEEKDAYS,
    SPRING_FESTIVAL,
    WI_DAILY,
    YEARS,
    ZH_DAILY,
    ZODIAC,
    beaujolais_day,
    era_year,
    french_day,
    fund_drive,
    hijri,
    kirmes_start,
)
from tests.heldout_checks import (
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

SET = "held-back-41"
SITES = ("El Eco Tapatío", "Le Courrier Rhodanien", "Hellweger Abendblatt", "Камский вестник",
         "صوت الشمال", "Kabar Celebes", "मालवा मेल", "甬江在线", "はままつ暮らし日記",
         "East African Wire", "Meridian Policy Watch", "Município de Ribacôa")
MX, FR, DE, RU = ("ecotapatio.com.mx", "courrier-rhodanien.fr", "hellweger-abendblatt.de",
                  "kamvestnik.ru")
AR, ID, HI, ZH = ("sawtalshamal.net", "kabarcelebes.id", "malwamail.in", "ycjnews.cn")
JA, WI, MP, PT = ("hamakura-blog.jp", "eawire.co.ke", "meridianwatch.org", "cm-ribacoa.pt")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month (a name, or a number when months is
# None) and the year (some lines print no weekday or no year), weekdays, months).
DAILY = (
    (MX, "fecha", MX_DAILY, "{date_es} - {time}",
     rf"\{{municipio\}}, Jal\. · (?P<wd>{_alt(SPANISH_WEEKDAYS)}) (?P<dd>\d{{1,2}}) de "
     rf"(?P<mm>{_alt(SPANISH_MONTHS)}) de (?P<yy>\d{{4}}) · \{{time\}} h",
     SPANISH_WEEKDAYS, SPANISH_MONTHS),
    (FR, "publie", FR_DAILY, "Publié le {date_fr} à {time}",
     rf"Le (?P<wd>{_alt(FRENCH_WEEKDAYS)}) (?P<dd>1er|\d{{1,2}}) (?P<mm>{_alt(FRENCH_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) à \{{time\}}", FRENCH_WEEKDAYS, FRENCH_MONTHS),
    (DE, "datum", DE_DAILY, "{date_de}, {time} Uhr",
     rf"(?P<wd>{_alt(GERMAN_WEEKDAYS)}), (?P<dd>\d{{1,2}})\. (?P<mm>{_alt(GERMAN_MONTHS)}) "
     rf"(?P<yy>\d{{4}}), \{{time\}} Uhr", GERMAN_WEEKDAYS, GERMAN_MONTHS),
    (RU, "data", RU_DAILY, "{date_de} {time}",
     rf"(?P<dd>\d{{1,2}}) (?P<mm>{_alt(RUSSIAN_MONTHS)}) (?P<yy>\d{{4}}), \{{time\}}",
     None, RUSSIAN_MONTHS),
    (AR, "tarikh", AR_DAILY, "{date_iso} {time}",
     rf"(?P<wd>{_alt(ARABIC_WEEKDAYS)})، (?P<dd>\d{{1,2}}) (?P<mm>{_alt(LEVANTINE_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) - (?P<hd>\d{{1,2}}) (?P<hm>{_alt(HIJRI_MONTHS_AR)}) (?P<hy>\d{{4}}) هـ",
     ARABIC_WEEKDAYS, LEVANTINE_MONTHS),
    (ID, "waktu", ID_DAILY, "{date_id} | {time} WITA",
     rf"(?P<wd>{_alt(INDONESIAN_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(INDONESIAN_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) / (?P<hd>\d{{1,2}}) (?P<hm>{_alt(HIJRI_MONTHS_ID)}) (?P<hy>\d{{4}}) H",
     INDONESIAN_WEEKDAYS, INDONESIAN_MONTHS),
    (HI, "tithi", HI_DAILY, "Publish Date: {date_short} {time12} (IST)",
     rf"(?P<wd>{_alt(HINDI_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(HINDI_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) \| \{{time\}} IST", HINDI_WEEKDAYS, HINDI_MONTHS),
    (ZH, "shijian", ZH_DAILY, "{date_iso} {time}",
     r"(?P<yy>\d{4})年(?P<mm>\d\d)月(?P<dd>\d\d)日 \{time\}\u3000来源：\{laiyuan\}", None, None),
    (JA, "toukou", JA_DAILY, "{date_iso}",
     rf"投稿日：(?P<yy>\d{{4}})年（(?P<era>(?:平成|令和)(?:元|\d{{1,2}})年)）(?P<mm>\d{{1,2}})月"
     rf"(?P<dd>\d{{1,2}})日（(?P<wd>{_alt(JAPANESE_WEEKDAYS)})）", JAPANESE_WEEKDAYS, None),
    (WI, "dateline", WI_DAILY, "{city} (EAW)",
     rf"\{{city\}}, (?P<mm>{_alt(AP_MONTHS)}) (?P<dd>\d{{1,2}}) \(EAW\)", None, AP_MONTHS),
    (MP, "dated", MP_DAILY, "{date_long}",
     rf"Meridian Policy Watch, (?P<mm>{_alt(ENGLISH_MONTHS)}) (?P<dd>\d{{1,2}}), "
     rf"(?P<yy>\d{{4}})", None, ENGLISH_MONTHS),
    (PT, "data", PT_DAILY, "{date_iso}",
     rf"Publicado a (?P<dd>\d\d)-(?P<mm>\d\d)-(?P<yy>\d{{4}}) "
     rf"\((?P<wd>{_alt(PORTUGUESE_WEEKDAYS)})\)", PORTUGUESE_WEEKDAYS, None),
)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MX, "fecha", old, r"5 de marzo de 2016 - \d\d:\d\d")
    full(MX, "fecha", new, r".+, Jal\. · viernes 21 de junio de 2019 · \d\d:\d\d h")
    full(MX, "por", old, r"Por: .+")
    full(MX, "por", new, r".+ / El Eco Tapatío")
    full(FR, "publie", new, r"Le vendredi 21 juin 2019 à \d\d:\d\d")
    full(FR, "publie", d(2019, 8, 1), r"Le jeudi 1er août 2019 à \d\d:\d\d")
    full(FR, "lire", new, f"À lire aussi{NBSP}: .+")
    full(DE, "datum", old, r"05\.03\.2016, \d\d:\d\d Uhr")
    full(DE, "datum", new, r"Freitag, 21\. Juni 2019, \d\d:\d\d Uhr")
    full(DE, "von", new, r".+ \| Redaktion \S+")
    full(RU, "data", new, r"21 июня 2019, \d\d:\d\d")
    full(RU, "avtor", new, r"Текст: \S+ \S+")
    full(AR, "tarikh", new, r"الجمعة، 21 حزيران 2019 - 17 شوال 1440 هـ")
    full(AR, "katib", new, r".+ - صوت الشمال")
    full(ID, "waktu", new, r"Jum'at, 21 Juni 2019 / 17 Syawal 1440 H")
    full(ID, "waktu", old, r"Sabtu, 5 Maret 2016 \| \d\d:\d\d WITA")
    full(ID, "penulis", new, r"Reporter: .+ \| Editor: .+")
    full(HI, "tithi", old, r"Publish Date: Mar 5, 2016 \d{1,2}:\d\d [AP]M \(IST\)")
    full(HI, "tithi", new, r"शुक्रवार, 21 जून 2019 \| \d\d:\d\d IST")
    full(ZH, "shijian", new, r"2019年06月21日 \d\d:\d\d\u3000来源：\S+")
    full(ZH, "bianji", new, r"编辑：\S+\u3000审核：\S+\u3000终审：\S+")
    full(JA, "toukou", new, r"投稿日：2019年（令和元年）6月21日（金）")
    full(JA, "toukou", d(2019, 4, 30), r"投稿日：2019年（平成31年）4月30日（火）")
    full(JA, "kaita", new, r"Ada Brook｜浜松生まれ浜松育ち。.+")
    full(WI, "dateline", new, r"[A-Z ]+, June 21 \(EAW\)")
    full(WI, "dateline", d(2019, 9, 6), r"[A-Z ]+, Sept\. 6 \(EAW\)")
    full(WI, "credit", new, r"\(Reporting by Ada Brook in [A-Za-z ]+; Additional reporting by "
                           r"[A-Za-z ]+; Editing by [A-Za-z ]+\)")
    full(MP, "dated", new, r"Meridian Policy Watch, June 21, 2019")
    full(MP, "copyright", new, r"Copyright © Ada Brook, .+, 2019")
    full(PT, "data", new, r"Publicado a 21-06-2019 \(sexta-feira\)")
    full(PT, "data", old, r"2016-03-05")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Twelve families hold a wording per day: walking every day from 2015 to 2020, each
    prints that day's own date in its language (with the Hijri date and the era year where
    the site prints them), changing form on the day of its rewording."""
    for domain, family, since, *_ in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            m = re.fullmatch(pattern, text)
            assert m, (domain, day, text)
            if weekdays is not None:
                assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            month = int(m["mm"]) if months is None else months.index(m["mm"]) + 1
            assert (int(m["dd"].removesuffix("er")), month) == (day.day, day.month), (
                domain, day, text)
            if "yy" in m.groupdict():
                assert int(m["yy"]) == day.year, (domain, day, text)
            if domain in (AR, ID):
                names = HIJRI_MONTHS_AR if domain == AR else HIJRI_MONTHS_ID
                assert (int(m["hy"]), names.index(m["hm"]) + 1, int(m["hd"])) == hijri(day), (
                    domain, day, text)
            if domain == JA:
                assert m["era"] == era_year(day), (day, text)
            if domain == FR:
                assert (m["dd"] == "1er") == (day.day == 1), (day, text)
    for names in (SPANISH_WEEKDAYS, FRENCH_WEEKDAYS, GERMAN_WEEKDAYS, ARABIC_WEEKDAYS,
                  INDONESIAN_WEEKDAYS, HINDI_WEEKDAYS, JAPANESE_WEEKDAYS, PORTUGUESE_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (SPANISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, RUSSIAN_MONTHS,
                   LEVANTINE_MONTHS, HIJRI_MONTHS_AR, INDONESIAN_MONTHS, HIJRI_MONTHS_ID,
                   HINDI_MONTHS, AP_MONTHS, ENGLISH_MONTHS):
        assert len(set(months)) == 12


def test_hijri_calendar() -> None:
    """The arithmetic Hijri calendar: days run on one by one through months of 29 or 30
    days and years of 354 or 355; its Ramadan starts within a day of the announced one, and
    the Hijri years are the real ones."""
    previous = hijri(d(2014, 12, 31))
    lengths: dict[tuple[int, int], int] = {}
    years: dict[int, int] = {}
    for day in every_day():
        y, m, dd = hijri(day)
        if dd == 1:
            assert (y, m) == ((previous[0], previous[1] + 1) if previous[1] < 12
                              else (previous[0] + 1, 1)), day
            lengths[previous[:2]] = previous[2]
        else:
            assert (y, m, dd) == (previous[0], previous[1], previous[2] + 1), day
        years[y] = years.get(y, 0) + 1
        previous = (y, m, dd)
    assert set(list(lengths.values())[1:]) == {29, 30}
    assert all(years[y] in (354, 355) for y in range(1437, 1442))
    for table in (RAMADAN_JO, RAMADAN_ID):
        for y in YEARS:
            start = d.fromisoformat(table[y])
            assert any(hijri(start + k * one)[1:] == (9, 1) for k in (-1, 0, 1)), y
            assert hijri(start + one)[0] == y - 579
    for table in (EID_FITR_JO, IDUL_FITRI):
        for y in YEARS:
            fitr = d.fromisoformat(table[y])
            assert any(hijri(fitr + k * one)[1:] == (10, 1) for k in (-1, 0, 1)), y
    for y in YEARS:
        adha = d.fromisoformat(EID_ADHA_JO[y])
        assert any(hijri(adha + k * one)[1:] == (12, 10) for k in (-1, 0, 1)), y


def test_era_days_and_calendars() -> None:
    assert era_year(d(2016, 4, 1)) == "平成28年" and era_year(d(2019, 4, 30)) == "平成31年"
    assert era_year(REIWA) == "令和元年" and era_year(d(2020, 1, 1)) == "令和2年"
    assert french_day(1) == "1er" and french_day(21) == "21"
    assert [beaujolais_day(y) for y in YEARS] == [
        d(2015, 11, 19), d(2016, 11, 17), d(2017, 11, 16), d(2018, 11, 15), d(2019, 11, 21),
        d(2020, 11, 19)]
    assert [kirmes_start(y) for y in YEARS] == [
        d(2015, 11, 4), d(2016, 11, 2), d(2017, 11, 8), d(2018, 11, 7), d(2019, 11, 6),
        d(2020, 11, 4)]
    assert all(kirmes_start(y).weekday() == 2 and kirmes_start(y).day > 1 for y in YEARS)
    for table in (SPRING_FESTIVAL, MID_AUTUMN, HOLI, DIWALI, RAMADAN_JO, EID_FITR_JO,
                  EID_ADHA_JO, RAMADAN_ID, IDUL_FITRI):
        assert all(d.fromisoformat(table[y]).year == y for y in YEARS)
    assert all(d.fromisoformat(a) <= d.fromisoformat(b) and d.fromisoformat(a).month == 11
               for a, b in BUEN_FIN.values())
    # the year-end drive counts up through December and reaches its goal on the 31st
    assert fund_drive(d(2019, 11, 30)).startswith("Subscribe to our free newsletter")
    assert fund_drive(d(2019, 12, 1)) == (f"⏳ Year-end appeal: 10% of our ${MP_GOAL:,} goal "
                                          f"raised. Every gift counts.")
    assert "97%" in fund_drive(d(2019, 12, 30))
    assert fund_drive(d(2019, 12, 31)).startswith("🎉 Our 2019 year-end appeal reached")
    assert fund_drive(d(2020, 1, 1)) == fund_drive(d(2019, 11, 30))
    drives = {template(SET, MP, "drive", day) for day in every_day()}
    assert len(drives) == 1 + 30 + 6  # the years share their 1-30 December lines


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, MX, "siguenos", d(y, 9, 15)) == (
            f"🇲🇽 ¡Viva México! {y - 1810} años del Grito de Independencia")
        assert template(SET, MX, "siguenos", d(y, 10, 12)).startswith("🙏 Romería")
        assert ("en línea" in template(SET, MX, "siguenos", d(y, 10, 12))) == (y == 2020)
        assert template(SET, MX, "siguenos", d(y, 11, 2)).startswith("💀")
        first, last = (d.fromisoformat(t) for t in BUEN_FIN[y])
        assert template(SET, MX, "siguenos", last).startswith("🛍️")
        assert not template(SET, MX, "siguenos", last + one).startswith("🛍️")
        assert template(SET, FR, "suivez", beaujolais_day(y)).startswith("🍷")
        assert not template(SET, FR, "suivez", beaujolais_day(y) - one).startswith("🍷")
        kirmes = template(SET, DE, "termine", kirmes_start(y))
        assert kirmes.startswith("🎡") and ("fällt aus" in kirmes) == (y == 2020)
        assert template(SET, RU, "podpiska", d(y, 5, 9)) == f"🎖️ {y - 1945} лет Великой Победе!"
        assert template(SET, RU, "podpiska", d(y, 12, 31)) == "🎄 С Новым годом!"
        ramadan = d.fromisoformat(RAMADAN_JO[y])
        assert template(SET, AR, "tabiuna", ramadan + 3 * one) == (
            f"🌙 مبارك عليكم شهر رمضان {y - 579} هـ")
        assert template(SET, AR, "tabiuna", d.fromisoformat(EID_FITR_JO[y])).startswith("🎉")
        assert template(SET, AR, "tabiuna", d.fromisoformat(EID_ADHA_JO[y])).startswith("🐑")
        independence = template(SET, AR, "tabiuna", d(y, 5, 25))
        if y in (2015, 2016, 2017):
            assert independence == f"🇯🇴 عيد الاستقلال الـ{y - 1946} للمملكة"
        else:  # Ramadan or the Eid fell on it
            assert independence.startswith(("🌙", "🎉")), y
        assert template(SET, ID, "google", d(y, 8, 17)) == (
            f"🇮🇩 Dirgahayu Republik Indonesia ke-{y - 1945}")
        assert template(SET, ID, "google", d(y, 11, 9)).endswith(f"ke-{y - 1607}")
        fitri = template(SET, ID, "google", d.fromisoformat(IDUL_FITRI[y]))
        assert fitri.startswith(f"Selamat Hari Raya Idul Fitri {y - 579} H"), y
        assert template(SET, ID, "google", d.fromisoformat(RAMADAN_ID[y])).startswith("🌙")
        assert template(SET, HI, "follow", d(y, 8, 15)).startswith(f"🇮🇳 {y - 1946}वें")
        holi = d.fromisoformat(HOLI[y])
        assert template(SET, HI, "follow", holi).startswith("🎨 होली")
        assert template(SET, HI, "follow", holi + 4 * one).startswith("🎨 रंगपंचमी")
        assert template(SET, HI, "follow", d.fromisoformat(DIWALI[y])) == "🪔 शुभ दीपावली!"
        spring = d.fromisoformat(SPRING_FESTIVAL[y])
        assert template(SET, ZH, "guanzhu", spring) == f"🧧 恭贺新春，{ZODIAC[y]}年大吉！"
        assert template(SET, ZH, "guanzhu", spring - one).startswith("🧧")
        assert not template(SET, ZH, "guanzhu", spring + 7 * one).startswith("🧧")
        assert template(SET, ZH, "guanzhu", d(y, 10, 3)).endswith(f"成立{y - 1949}周年")
        moon = template(SET, ZH, "guanzhu", d.fromisoformat(MID_AUTUMN[y]))
        assert moon.startswith("🥮") == (y not in (2017, 2020)), y  # in the National Day week
        assert template(SET, JA, "follow", d(y, 1, 2)).startswith("🎍")
        assert template(SET, JA, "follow", d(y, 5, 4)).startswith("🪁") == (y != 2020)
        assert template(SET, PT, "aviso", d(y, 9, 8)).startswith("Feriado municipal")
    assert template(SET, JA, "follow", d(2019, 5, 1)).startswith("㊗️")
    assert template(SET, FR, "suivez", d(2015, 12, 8)).startswith("🕯️")
    assert template(SET, FR, "suivez", d(2018, 12, 6)).startswith("✨")
    assert not template(SET, FR, "suivez", d(2020, 12, 6)).startswith("✨")
    # emergencies and votes on their days, the everyday notice again after
    for domain, family, day, start in (
            (MX, "denuncia", d(2020, 4, 1), "😷"), (MX, "denuncia", d(2018, 6, 25), "🗳️"),
            (FR, "info", d(2020, 4, 1), "😷"), (FR, "info", d(2017, 4, 23), "🗳️"),
            (DE, "termine", d(2020, 4, 1), "😷"), (DE, "termine", d(2017, 9, 24), "🗳️"),
            (RU, "novost", d(2020, 4, 15), "😷"), (RU, "novost", d(2018, 3, 18), "🗳️"),
            (AR, "khabar", d(2020, 4, 1), "😷"), (AR, "khabar", d(2016, 9, 20), "🗳️"),
            (ID, "informasi", d(2020, 5, 1), "😷"), (ID, "informasi", d(2019, 4, 17), "🗳️"),
            (HI, "khabar", d(2020, 4, 1), "😷"), (HI, "khabar", d(2018, 11, 28), "🗳️"),
            (ZH, "rexian", d(2020, 2, 1), "😷"), (ZH, "rexian", d(2019, 8, 10), "🌀"),
            (JA, "follow", d(2020, 4, 20), "😷"), (WI, "follow", d(2020, 4, 1), "😷"),
            (WI, "follow", d(2017, 8, 8), "🗳️"), (PT, "aviso", d(2020, 4, 1), "😷"),
            (PT, "aviso", d(2017, 10, 1), "🗳️")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 8, 20)).startswith(start), domain
    # the state of emergency notice stays to the end
    assert template(SET, PT, "aviso", LAST_DAY).startswith("😷 Estado de emergência")


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (MX, "por", "Por: ", " / "),
        (MX, "siguenos", "Facebook y Twitter", "Instagram"),
        (FR, "par", "Par ", " - "),
        (FR, "suivez", "Facebook et Twitter", "Instagram"),
        (DE, "lesen", "Lesen Sie auch: ", "Auch interessant: "),
        (DE, "von", "Von ", "| Redaktion "),
        (RU, "avtor", "Автор: ", "Текст: "),
        (RU, "smi", "77-58841", "77-72106"),
        (AR, "katib", "كتب: ", " - "),
        (ID, "penulis", "Penulis: ", "Reporter: "),
        (ID, "menu", "Redaksi | Pedoman Media Siber | Tentang Kami", "Info Iklan"),
        (HI, "padhen", "यह भी पढ़ें: ", "ये भी पढ़ें- "),
        (ZH, "bianji", "责任编辑", "终审"),
        (ZH, "beian", "浙ICP备15023871号", "公网安备"),
        (WI, "credit", "(Reporting by", "Additional reporting"),
    ))
    for domain, family, day, old, new in (
            (MX, "boletin", d(2019, 7, 1), "en tu correo.", "Telegram"),
            (FR, "abo", d(2019, 2, 1), "premier mois", "9,99 €"),
            (DE, "abo", d(2019, 4, 1), "0,99 €", "9,90 €"),
            (DE, "newsletter", d(2019, 9, 1), "per E-Mail.", "WhatsApp"),
            (RU, "podpiska", d(2018, 5, 1), "Одноклассниках", "Telegram"),
            (AR, "tabiuna", d(2019, 3, 1), "وتويتر", "تلغرام"),
            (ID, "google", d(2019, 10, 1), "Google News", "Telegram"),
            (HI, "edited", d(2020, 1, 1), "Edited By: ", "संपादन: "),
            (HI, "app", d(2019, 6, 1), "डाउनलोड करें", "₹99"),
            (HI, "follow", d(2018, 4, 1), "फेसबुक और ट्विटर", "यूट्यूब"),
            (ZH, "guanzhu", d(2018, 9, 1), "微信公众号", "抖音号"),
            (JA, "follow", d(2018, 4, 1), "Twitterで", "Instagram"),
            (WI, "published", d(2018, 7, 1), "Published ", "Last updated "),
            (WI, "follow", d(2017, 4, 1), "on Twitter", "LinkedIn"),
            (MP, "donate", d(2018, 4, 1), "of any amount.", "PayPal"),
            (MP, "donate", d(2020, 4, 1), "PayPal", "monthly supporter from $5"),
            (PT, "fundos", d(2016, 1, 1), "QREN", "Portugal 2020")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)
    assert template(SET, DE, "lesen", DE_LINKS - one).startswith("Lesen Sie auch")
    assert template(SET, HI, "padhen", HI_LINKS).startswith("ये भी पढ़ें-")


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MX}/fecha", f"{FR}/publie", f"{DE}/datum", f"{RU}/data",
                         f"{AR}/tarikh", f"{MX}/interesar", f"{FR}/lire", f"{MX}/por",
                         f"{FR}/maj", f"{RU}/prosmotry", f"{DE}/aktualisiert"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MX}/copyright", f"{FR}/copyright", f"{DE}/copyright", f"{RU}/oshibka",
        f"{RU}/ssylka", f"{AR}/taaliq"))
    assert_carried_share(docs, MX, [
        ("seccion", 0.18, 0.45), ("lectura", 0.18, 0.45), ("tormenta", 0.0, 0.12),
        ("fecha", 0.75, 0.97), ("publicidad", 0.55, 0.85), ("comentarios", 0.18, 0.45)])
    assert_carried_share(docs, FR, [("abonnes", 0.08, 0.35), ("publie", 0.7, 0.99),
                                    ("afp", 0.02, 0.25)])
    for fam in (f"{MX}/publicidad", f"{MX}/interesar", f"{FR}/pub", f"{FR}/lire",
                f"{DE}/anzeige", f"{DE}/lesen", f"{RU}/reklama", f"{RU}/chitaite"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((ID, "scroll"), (WI, "related"), (MP, "featured"),
                               (PT, "consulte"), (ZH, "tupian")))
    # the religious disclaimer sits on a few pages only
    carried = sum(any(label_family(line.label) == "disclaimer" for line in doc.lines)
                  for doc in group_docs(SET, HI))
    assert carried <= 0.2 * len(group_docs(SET, HI))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MX, "tormenta"), (FR, "pollution"), (DE, "unwetter"), (RU, "veter"), (AR, "dabab"),
        (ID, "rob"), (HI, "jal"), (ZH, "dafeng"), (JA, "ooame"), (WI, "corrects"),
        (MP, "note"), (PT, "incendio")))


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
            (RU, "oshibka", "Нашли ошибку? Выделите фрагмент текста и нажмите Ctrl+Enter"),
            (AR, "taaliq", "التعليقات المنشورة تعبّر عن آراء أصحابها ولا تعبّر بالضرورة عن رأي "
                           "الموقع"),
            (MX, "publicidad", "PUBLICIDAD")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    first_title = bodies(SET, 1)[0].title
    assert rendered(SET, AR, "sharik", d(2018, 7, 9)) == f"شارك الخبر: {first_title}"
    assert rendered(SET, PT, "partilhar", d(2018, 7, 9)) == f"Partilhar por e-mail: {first_title}"
    for style, family in ((AR, "/sharik"), (PT, "/partilhar")):
        own = own_title_lines(group_docs(SET, style), family)
        assert own and sum(norm(text).endswith(title) for title, text in own) >= 0.6 * len(own)
    assert_links_to_other_titles(docs, fams, (
        (f"{MX}/interesar", "Te puede interesar: "),
        (f"{FR}/lire", "À lire aussi : "),
        (f"{RU}/chitaite", "Читайте также: "),
        (f"{AR}/iqra", "اقرأ أيضاً: "),
        (f"{ID}/baca", "Baca Juga: "),
    ))
    # read-also links whose prefix changed: either prefix, then another article's title
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{DE}/lesen", ("Lesen Sie auch: ", "Auch interessant: ")),
                          (f"{HI}/padhen", ("यह भी पढ़ें: ", "ये भी पढ़ें- "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam


def test_names_in_bylines() -> None:
    fams = by_family(planted_docs(SET))
    for fam, pool_name, old, new in (
            (f"{MX}/por", "reportero", r"Por: (.+)", r"(.+) / El Eco Tapatío"),
            (f"{FR}/par", "auteur", r"Par (.+)", r"(.+) - Le Courrier Rhodanien"),
            (f"{DE}/von", "autor", r"Von (.+)", r"(.+) \| Redaktion \S+"),
            (f"{RU}/avtor", "avtor", r"Автор: (.+)", r"Текст: (.+)"),
            (f"{AR}/katib", "katib", r"كتب: (.+)", r"(.+) - صوت الشمال")):
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.75 * len(names), (
                fam, pattern)
    places = pool(SET, DE, "ort")
    found = [m[1] for t in fams[f"{DE}/von"] if (m := re.fullmatch(r".+ \| Redaktion (\S+)",
                                                                   norm(t)))]
    assert found and sum(t in places for t in found) >= 0.75 * len(found)
    # the wire's dateline city and its credit's editor come from the wire's pools
    cities, editors = pool(SET, WI, "city"), pool(SET, WI, "editor")
    datelines = [norm(t) for t in group_lines(SET, WI, "dateline")]
    found = [m[1] for t in datelines if (m := re.match(r"([A-Z ]+?),? (?:\(|[A-Z][a-z])", t))]
    assert found and sum(c in cities for c in found) >= 0.75 * len(found)
    credits = [norm(t) for t in group_lines(SET, WI, "credit")]
    found = [m[1] for t in credits if (m := re.search(r"Editing by ([^)]+)\)$", t))]
    assert found and sum(e in editors for e in found) >= 0.75 * len(found)


def test_origin_block_names_one_origin() -> None:
    """The cross-posting site's origin block: the copyright line names the same origin as
    the line above it, with the article's author and year."""
    origins = pool(SET, MP, "origin")
    seen = 0
    for doc in group_docs(SET, MP):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        if "source" in lines and "copyright" in lines:
            m = re.fullmatch(r"The original source of this article is (.+)", lines["source"])
            if m and m[1] in origins:
                assert f", {m[1]}, " in lines["copyright"], (lines["source"], lines["copyright"])
                seen += 1
    assert seen >= 3


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (MX, "publicidad", "PUBLICIDAD"), (FR, "pub", "Publicité"), (DE, "anzeige", "Anzeige"),
        (RU, "reklama", "Реклама"), (RU, "vozrast", "18+"), (AR, "ilan", "إعلان"),
        (ID, "advertisement", "ADVERTISEMENT"), (HI, "vigyapan", "विज्ञापन"),
        (ZH, "guanggao", "广告"), (JA, "sponsor", "スポンサーリンク"),
        (JA, "mura", "にほんブログ村"),
        (JA, "kaita-head", "この記事を書いた人"), (WI, "ad", "Advertisement"),
        (MP, "translate", "Select Language ▼"),
        (PT, "ferramentas", "Imprimir | Enviar por e-mail | Voltar"),
        (PT, "gabinete", "Gabinete de Comunicação e Relações Públicas")))
    assert_values_from_pool(SET, fams, ((f"{MX}/seccion", "seccion"),
                                        (f"{FR}/rubrique", "rubrique"),
                                        (f"{DE}/ressort", "ressort")))
    assert_group_values_from_pool(SET, ((RU, "rubrika", "rubrika"), (AR, "qism", "qism"),
                                        (ID, "kanal", "kanal"), (HI, "shreni", "shreni"),
                                        (ZH, "lanmu", "lanmu"), (WI, "kicker", "kicker")))
    for family, pool_name in (("region", "region"), ("theme", "theme")):
        values = pool(SET, MP, pool_name)
        lists = [norm(t).partition(": ")[2] for t in group_lines(SET, MP, family)]
        items = [item for t in lists for item in t.split(", ")]
        assert items and sum(i in values for i in items) >= 0.75 * len(items), family
    sources = pool(SET, ZH, "laiyuan")
    found = [m[1] for t in group_lines(SET, ZH, "shijian")
             if (m := re.search(r"来源：(\S+)$", norm(t)))]
    assert found and sum(s in sources for s in found) >= 0.75 * len(found)
    for letters, fam in (("éûè", f"{FR}/publie"), ("абвгдежзиклмнопрстуфхцчшщыьэюя",
                                                    f"{RU}/data"),
                         ("هـ", f"{AR}/tarikh"), ("年月日", f"{ZH}/shijian"),
                         ("平令", f"{JA}/toukou"), ("'", f"{ID}/waktu"),
                         ("\u00a0", f"{FR}/lire"), ("\u3000", f"{ZH}/bianji")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        ZH: (["beian", "jubao", "copyright"], 2),
        PT: (["gabinete", "morada", "contacto"], 2),
        MP: (["source", "copyright"], 2),
        JA: (["ranking", "mura"], 2)})
    assert_group_blocks_stay_together(SET, {JA: (["kaita-head", "kaita"], 2)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
