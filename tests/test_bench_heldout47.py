"""The held-back-47 template set (`tests.bench.heldout_templates_47`): its calendars (the
tabular Hijri, the Jalali, the Ethiopian and the Republic of China years, the Orthodox
Easter, ISO week numbers, summer time), its localised dates printed day by day (some
changing form on the day of a redesign), the notices that follow a calendar or turn for
votes and emergencies, the notices it rewords by date, the variation it promises and its
multi-line block actually occur.

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
from tests.bench.heldout_templates_47 import (
    AT_DAILY,
    AUSTRIAN_MONTHS,
    CAT_DAILY,
    CATALAN_MONTHS,
    ETHIOPIAN_MONTHS,
    GR_DAILY,
    GREEK_MONTHS,
    HIJRI_MONTHS,
    JALALI_MONTHS,
    JO_DAILY,
    LAST_DAY,
    LEVANT_MONTHS,
    QC_DAILY,
    TR_REDESIGN,
    TURKISH_MONTHS,
    TW_ROC,
    YEARS,
    ethiopian,
    eu_summer_time,
    hijri,
    jalali,
    minguo,
    orthodox_easter,
    persian,
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
    assert_values_from_pool,
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
    template,
)

SET = "held-back-47"
SITES = ("Boğaziçi Gündem", "Murtaler Rundschau", "البلقاء نيوز", "濁水日報", "خبرگزاری زاگرس",
         "Θεσσαλική Ματιά", "ChainPulse", "L'Écho du Bas-Saint-Laurent", "ጣና ዜና",
         "La Mirada del Tenes", "Hällsjö kommun", "კახეთის ამბები")
TR, AT, JO, TW = ("bogazicigundem.com.tr", "murtalerrundschau.at", "albalqanews.jo",
                  "zhuoshuiribao.com.tw")
IR, GR, CR, QC = ("khabarzagros.ir", "thessalikimatia.gr", "chainpulse.news",
                  "echobassaintlaurent.ca")
ET, CA, SE, GE = ("tanazena.com.et", "lamiradadeltenes.cat", "hallsjo.se", "kakhetisambebi.ge")

d = dt.date
one = dt.timedelta(days=1)

# The daily dates: (domain, family, first day of the daily wording, a check of a day's
# wording).
DAILY = (
    (TR, "guncelleme"), (AT, "datum"), (JO, "tarikh"), (TW, "riqi"), (IR, "enteshar"),
    (GR, "imerominia"), (QC, "publie"), (ET, "ken"), (CA, "data"), (GE, "tarighi"),
)


def test_calendars() -> None:
    assert [orthodox_easter(y) for y in YEARS] == [
        d(2015, 4, 12), d(2016, 5, 1), d(2017, 4, 16), d(2018, 4, 8), d(2019, 4, 28),
        d(2020, 4, 19)]
    assert [jalali(d(y, 3, 21 if y != 2020 else 20)) for y in (2018, 2019, 2020)] == [
        (1397, 1, 1), (1398, 1, 1), (1399, 1, 1)]
    assert jalali(d(2018, 3, 20)) == (1396, 12, 29)
    assert ethiopian(d(2018, 9, 11)) == (2011, 1, 1)
    assert ethiopian(d(2015, 9, 12)) == (2008, 1, 1) and ethiopian(d(2015, 9, 11)) == (
        2007, 13, 6)
    assert ethiopian(d(2019, 1, 7)) == (2011, 4, 29)  # Genna
    assert ethiopian(d(2018, 9, 27)) == (2011, 1, 17)  # Meskel
    assert hijri(d(2018, 6, 15)) == (1439, 10, 1)
    assert hijri(d(2018, 5, 16)) == (1439, 9, 1)
    assert minguo(2018) == 107
    assert persian(1397) == "۱۳۹۷" and ascii_digits(persian(1397), "۰۱۲۳۴۵۶۷۸۹") == "1397"
    assert eu_summer_time(d(2018, 7, 1)) and not eu_summer_time(d(2018, 12, 1))
    assert eu_summer_time(d(2018, 3, 25)) and not eu_summer_time(d(2018, 3, 24))


def test_daily_dates_change_every_day() -> None:
    days = every_day()
    for domain, family in DAILY:
        first = {TR: None, AT: AT_DAILY, JO: None, TW: None, IR: None, GR: None,
                 QC: QC_DAILY, ET: None, CA: CAT_DAILY, GE: None}[domain]
        texts = [template(SET, domain, family, day) for day in days
                 if first is None or day >= first]
        assert len(set(texts)) == len(texts), (domain, family)


def test_date_forms() -> None:
    day = d(2018, 3, 12)
    assert template(SET, TR, "guncelleme", TR_REDESIGN - one).startswith("Güncelleme: ")
    assert template(SET, TR, "guncelleme", day) == "12 Mart 2018 Pazartesi {time}"
    assert TURKISH_MONTHS[2] in template(SET, TR, "guncelleme", day)
    assert template(SET, AT, "datum", d(2018, 1, 15)) == (
        f"Mo., 15. {AUSTRIAN_MONTHS[0]} 2018, {{time}} Uhr (MEZ)")
    assert template(SET, AT, "datum", d(2018, 7, 2)).endswith("(MESZ)")
    assert template(SET, AT, "datum", AT_DAILY - one) == "{date_de}, {time} Uhr"
    jo = template(SET, JO, "tarikh", d(2018, 3, 11))
    assert HIJRI_MONTHS[5] in jo and "1439 هـ" in jo and f"11 {LEVANT_MONTHS[2]} 2018" in jo
    assert "هـ" not in template(SET, JO, "tarikh", JO_DAILY - one)
    assert template(SET, TW, "riqi", TW_ROC - one) == "2017/12/31 {time}"
    assert template(SET, TW, "riqi", day) == "中華民國107年3月12日（星期一）{time}"
    ir = template(SET, IR, "enteshar", day)
    assert ir == f"تاریخ انتشار: دوشنبه ۲۱ {JALALI_MONTHS[11]} ۱۳۹۶ - {{time}}"
    assert template(SET, GR, "imerominia", GR_DAILY - one) == "20/09/2015 - {time}"
    assert template(SET, GR, "imerominia", day) == (
        f"Δευτέρα, 12 {GREEK_MONTHS[2]} 2018, {{time}}")
    assert template(SET, QC, "publie", d(2018, 3, 1)) == "Publié le 1er mars 2018 à {time}"
    assert template(SET, ET, "ken", day) == f"ሰኞ፣ {ETHIOPIAN_MONTHS[6]} 3 ቀን 2010 ዓ.ም."
    assert template(SET, CA, "data", d(2018, 4, 1)) == (
        f"diumenge, 1 {CATALAN_MONTHS[3]} de 2018, {{time}} h")
    assert "d'abril" in template(SET, CA, "data", d(2018, 4, 1))
    assert template(SET, SE, "vecka", d(2015, 12, 31)) == "Nyheter vecka 53, 2015"
    assert template(SET, SE, "vecka", d(2019, 12, 30)) == "Nyheter vecka 1, 2020"
    assert template(SET, GE, "tarighi", day) == "12 მარტი, 2018 {time}"
    assert rendered(SET, IR, "kod", day).startswith("کد خبر: ")


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        republic = template(SET, TR, "takip", d(y, 10, 29))
        assert republic == f"🇹🇷 Cumhuriyetimizin {y - 1923}. yılı kutlu olsun!" or (
            y == 2015 and republic.startswith("🗳️"))  # the November 2015 vote wins
        assert template(SET, TW, "genzong", d(y, 10, 10)) == f"🇹🇼 中華民國{y - 1911}年國慶日快樂"
        easter = template(SET, GR, "akolouthiste", orthodox_easter(y))
        assert easter.startswith("🕯️") and ("τηλεόρασης" in easter) == (y == 2020)
        assert template(SET, GE, "gamoiwere", orthodox_easter(y)).startswith(
            "🕯️" if y != 2020 else "😷")  # the 2020 state of emergency wins
        assert template(SET, GE, "gamoiwere", d(y, 5, 26)) == (
            f"🇬🇪 გილოცავთ დამოუკიდებლობის დღის {y - 1918} წლისთავს!")
        assert template(SET, GE, "gamoiwere", d(y, 9, 20)).startswith(f"🍇 რთველი {y}")
        assert template(SET, CA, "segueix", d(y, 4, 23)).startswith(
            "🌹" if y != 2020 else "😷")  # the 2020 lockdown wins
        assert template(SET, QC, "infolettre", d(y, 6, 24)).startswith("⚜️")
        if y != 2020:
            assert template(SET, AT, "newsletter", d(y, 10, 26)).startswith("🇦🇹")
        new_year = next(day for day in every_day() if ethiopian(day)[1:] == (1, 1)
                        and day.year == y)
        assert template(SET, ET, "telegram", new_year) == (
            f"🌼 እንኳን ለ{ethiopian(new_year)[0]} ዓ.ም. አዲስ ዓመት በሰላም አደረሳችሁ")
    for day in every_day():
        hy, hm, hd = hijri(day)
        text = template(SET, JO, "tabiuna", day)
        if hm == 9 and not text.startswith(("🗳️", "😷", "📢", "🇯🇴")):
            assert text == f"🌙 رمضان كريم - إمساكية رمضان {hy} لعمّان والمحافظات", day
        jy, jm, jd = jalali(day)
        if jm == 1 and jd == 1 and day.year != 2020:  # the 2020 epidemic line wins
            assert template(SET, IR, "kanal", day) == f"🌷 نوروز {persian(jy)} بر شما مبارک باد"
    assert template(SET, IR, "kanal", d(2019, 2, 11)) == (
        "🇮🇷 ۴۰مین سالگرد پیروزی شکوهمند انقلاب اسلامی")
    assert template(SET, CR, "countdown", d(2020, 5, 1)) == "⏳ 10 days until the Bitcoin halving"
    assert template(SET, CR, "countdown", d(2020, 5, 11)) == "⛏️ The Bitcoin halving is today"
    assert template(SET, CR, "countdown", d(2016, 7, 8)) == "⏳ 1 days until the Bitcoin halving"
    assert template(SET, CR, "countdown", d(2018, 1, 1)).startswith("⛏️ Live prices")
    for domain, family, day, start in (
            (TR, "takip", d(2016, 7, 16), "🇹🇷 15 Temmuz"), (TR, "takip", d(2019, 6, 23), "🗳️"),
            (TR, "takip", d(2020, 4, 1), "😷"), (AT, "newsletter", d(2019, 5, 20), "📹"),
            (AT, "newsletter", d(2016, 12, 4), "🗳️"), (JO, "tabiuna", d(2020, 4, 1), "😷"),
            (TW, "genzong", d(2020, 1, 11), "🗳️"), (IR, "kanal", d(2017, 11, 20), "⚠️"),
            (GR, "akolouthiste", d(2015, 7, 5), "🗳️"), (GR, "akolouthiste", d(2020, 9, 20),
                                                          "🌊"),
            (QC, "infolettre", d(2018, 10, 1), "🗳️"), (ET, "telegram", d(2016, 10, 10), "⚠️"),
            (CA, "segueix", d(2017, 10, 1), "🗳️"), (SE, "prenumerera", d(2018, 7, 20), "🔥"),
            (GE, "gamoiwere", d(2018, 11, 28), "🗳️")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2017, 3, 1)).startswith(start), domain


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (TR, "ilgili", "İlgili Haber: ", "İlginizi Çekebilir: "),
        (JO, "iqra", "اقرأ أيضاً: ", "ذات صلة: "),
        (TW, "xiangguan", "相關新聞：", "延伸閱讀："),
        (GR, "diavaste", "Διαβάστε επίσης: ", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: "),
    ))
    for domain, family, day, old, new in (
            (TR, "muhabir", d(2018, 1, 8), "Haber Merkezi", " - "),
            (TR, "cerez", d(2016, 4, 7), "devam", "KVKK"),
            (TR, "takip", d(2019, 11, 4), "Twitter", "Google Haberler"),
            (AT, "von", d(2018, 6, 4), "Von ", "Redaktion"),
            (AT, "abo", d(2019, 3, 11), "Digital-Abo", "Plus-Angebot"),
            (JO, "murasil", d(2017, 9, 4), "البلقاء نيوز", "{author}"),
            (TW, "genzong", d(2019, 6, 3), "粉絲專頁", "LINE"),
            (GR, "mitroo", d(2019, 7, 1), "Ένωσης", "Μητρώο"),
            (GR, "syntaktis", d(2017, 1, 9), "Του ", "Συντάκτης"),
            (CR, "notadvice", d(2018, 1, 22), "Do your own", "volatile"),
            (CR, "join", d(2017, 11, 6), "Twitter", "Telegram"),
            (QC, "alire", d(2018, 1, 8), "À lire aussi :", "À LIRE AUSSI >"),
            (ET, "temari", d(2018, 4, 2), "ተዛማጅ", "ተጨማሪ"),
            (CA, "suport", d(2020, 3, 16), "té un cost", "més que mai"),
            (SE, "oppettider", d(2017, 10, 2), "8-16.", "7.30"),
            (GE, "donori", d(2017, 9, 1), "Open Society", "ევროკავშირის")):
        before, after = (template(SET, domain, family, day - one),
                         template(SET, domain, family, day))
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)


def test_read_more_shortened_at_nowruz() -> None:
    day = d(2017, 3, 21)
    assert template(SET, IR, "bekhanid", day - one) == "بیشتر بخوانید: {other_title}"
    assert template(SET, IR, "bekhanid", day) == "بخوانید: {other_title}"
    assert jalali(day) == (1396, 1, 1)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{TR}/guncelleme", f"{AT}/datum", f"{JO}/tarikh", f"{TW}/riqi",
                         f"{TR}/ilgili", f"{AT}/thema", f"{TW}/jizhe", f"{IR}/enteshar"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{TR}/yorum", f"{TR}/ajanshak", f"{AT}/posting", f"{JO}/taaliq", f"{JO}/naql",
        f"{TW}/zhuanzai", f"{IR}/naghl"))
    for fam in (f"{TR}/reklam", f"{TR}/ilgili", f"{AT}/anzeige", f"{AT}/thema",
                f"{JO}/ilan", f"{JO}/iqra", f"{TW}/guanggao"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CR, "sponsored"), (GR, "diafimisi"), (SE, "dela")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (TR, "elektrik"), (AT, "sperre"), (JO, "thulooj"), (TW, "tingshui"),
        (IR, "gardokhak"), (GR, "kairos"), (CR, "outage"), (QC, "traversier"),
        (ET, "mebrat"), (CA, "transit"), (SE, "vatten"), (GE, "setkva")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, ((f"{AT}/thema", "Mehr zum Thema: "),
                                              (f"{CR}/alsoread", "Also read: ")))


def test_one_origin_per_page() -> None:
    origins = pool(SET, CR, "origin")
    seen = 0
    for doc in group_docs(SET, CR):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        named = {m[1] for family, pattern in (
            ("firstapp", r"This story first appeared on (.+) and is republished under a "
                         r"content-sharing agreement\."),
            ("source", r"Source: (.+)")) if (m := re.fullmatch(pattern, lines.get(family, "")))
            and m[1] in origins}
        if named:
            assert len(named) == 1, named
            seen += 1
    assert seen >= 3


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (TR, "reklam", "Reklam"), (AT, "anzeige", "Anzeige"), (JO, "ilan", "إعلان"),
        (TW, "guanggao", "廣告"), (IR, "entehayepayam", "انتهای پیام"),
        (GR, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"), (CR, "sponsored", "Sponsored"),
        (QC, "pub", "Publicité"), (ET, "mastawekia", "ማስታወቂያ"),
        (CA, "publicitat", "Publicitat"), (SE, "lyssna", "Lyssna"), (GE, "reklama", "რეკლამა")))
    assert_values_from_pool(SET, fams, ((f"{TR}/kicker", "kicker"), (f"{AT}/region", "region"),
                                        (f"{JO}/qism", "qism")))
    assert_group_values_from_pool(SET, ((TW, "lanmu", "lanmu"), (GR, "katigoria", "katigoria"),
                                        (CR, "kicker", "kicker"), (QC, "rubrique", "rubrique"),
                                        (ET, "kifil", "kifil"), (CA, "seccio", "seccio"),
                                        (GE, "kategoria", "kategoria")))
    values = pool(SET, CR, "tag")
    items = [i for t in group_lines(SET, CR, "tags")
             for i in norm(t).partition(": ")[2].split(", ")]
    assert items and sum(i in values for i in items) >= 0.75 * len(items)
    cities = pool(SET, TW, "chengshi")
    found = [m[1] for t in group_lines(SET, TW, "jizhe")
             if (m := re.fullmatch(r"〔記者.+／(.+)報導〕", norm(t)))]
    assert found and sum(c in cities for c in found) >= 0.75 * len(found)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SE: (["uppdaterad", "sidansvarig", "kontakt", "oppettider"], 3)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
