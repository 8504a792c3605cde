"""The held-back-44 template set (`tests.bench.heldout_templates_44`): its localised dates
(eleven printed day by day, two changing form on the day of a redesign, one in
Arabic-Indic digits, one with a two-digit year), the notices it rewords by date, the
calendars some notices follow, the variation it promises and its multi-line blocks actually
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_44 import (
    AR_DAILY,
    ARABIC_DIGITS,
    ARABIC_MONTHS,
    ARABIC_WEEKDAYS,
    BR_REDESIGN,
    CY_DAILY,
    DEEPAVALI_TN,
    EG_DAILY,
    EID_FITR_EG,
    FRENCH_MONTHS,
    HEBREW_WEEKDAYS,
    HU_LONG,
    HUNGARIAN_MONTHS,
    HUNGARIAN_WEEKDAYS,
    IL_DAILY,
    KURBAN_BAYRAMI,
    LAST_DAY,
    ORTHODOX_EASTER,
    PESACH,
    PONGAL,
    PORTUGUESE_MONTHS,
    PORTUGUESE_WEEKDAYS,
    PRIME_DAYS,
    QC_DAILY,
    RAMADAN_EG,
    RAMAZAN_BAYRAMI,
    ROSH_HASHANA,
    SPANISH_MONTHS,
    SPANISH_WEEKDAYS,
    TA_DAILY,
    TAMIL_MONTHS,
    TR_DAILY,
    TURKISH_MONTHS,
    TURKISH_WEEKDAYS,
    UA_DAILY,
    UKRAINIAN_MONTHS,
    WELSH_MONTHS,
    WELSH_WEEKDAYS,
    YEARS,
    arabic_indic,
    black_friday,
    carnival_tuesday,
    easter,
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

SET = "held-back-44"
SITES = ("Diário do Capibaribe", "Ege Haber Hattı", "بوابة الثغر", "Західний вісник",
         "El Ribereño", "L'Écho du Magog", "வைகை செய்தி", "Thrifty Tech Lab",
         "Tiszántúli Hírlap", "Sovereign Inquiry", "חיפה היום", "Llais yr Ardal")
BR, TR, EG, UA = ("diariodocapibaribe.com.br", "egehaberhatti.com.tr", "bawabatalthaghr.com",
                  "zakhidnyivisnyk.com.ua")
AR, QC, TA, US = ("elribereno.com.ar", "lechodumagog.ca", "vaigaiseithi.com",
                  "thriftytechlab.com")
HU, GP, IL, CY = ("tiszantulihirlap.hu", "sovereigninquiry.org", "haifahayom.co.il",
                  "llaisyrardal.cymru")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# The daily dates: (domain, family, first day, the wording before it (None: a wording per
# day from the start), a pattern whose groups wd, dd, mm, yy (y2: two digits) are the
# weekday, the day, the month (a name, or a number if `months` is None) and the year,
# weekdays, months). Egypt's is matched with its Arabic-Indic digits as ASCII ones.
DAILY = (
    (BR, "data", BR_REDESIGN, None,
     rf"(?P<wd>{_alt(PORTUGUESE_WEEKDAYS)}), (?P<dd>1º|\d{{1,2}}) de "
     rf"(?P<mm>{_alt(PORTUGUESE_MONTHS)}) de (?P<yy>\d{{4}})", PORTUGUESE_WEEKDAYS,
     PORTUGUESE_MONTHS),
    (TR, "tarih", TR_DAILY, "{date_de} - {time}",
     rf"(?P<dd>\d{{1,2}}) (?P<mm>{_alt(TURKISH_MONTHS)}) (?P<yy>\d{{4}}) "
     rf"(?P<wd>{_alt(TURKISH_WEEKDAYS)}) \{{time\}}", TURKISH_WEEKDAYS, TURKISH_MONTHS),
    (EG, "tarikh", EG_DAILY, "{date_iso} {time}",
     rf"(?P<wd>{_alt(ARABIC_WEEKDAYS)})، (?P<dd>\d{{1,2}}) (?P<mm>{_alt(ARABIC_MONTHS)}) "
     rf"(?P<yy>\d{{4}}) - \{{time\}}", ARABIC_WEEKDAYS, ARABIC_MONTHS),
    (UA, "data", UA_DAILY, "{date_de}, {time}",
     rf"(?P<dd>\d{{1,2}}) (?P<mm>{_alt(UKRAINIAN_MONTHS)}) (?P<yy>\d{{4}}) р\., \{{time\}}",
     None, UKRAINIAN_MONTHS),
    (AR, "fecha", AR_DAILY, "{date_es}",
     rf"(?P<wd>{_alt(SPANISH_WEEKDAYS)}) (?P<dd>\d{{1,2}}) de (?P<mm>{_alt(SPANISH_MONTHS)}) "
     rf"de (?P<yy>\d{{4}})", SPANISH_WEEKDAYS, SPANISH_MONTHS),
    (QC, "publie", QC_DAILY, "Publié le {date_fr}",
     rf"Publié le (?P<dd>1er|\d{{1,2}}) (?P<mm>{_alt(FRENCH_MONTHS)}) (?P<yy>\d{{4}}) à "
     rf"\{{time\}}", None, FRENCH_MONTHS),
    (TA, "padhivu", TA_DAILY, "Published: {date_long} {time12} IST",
     rf"பதிவு: (?P<mm>{_alt(TAMIL_MONTHS)}) (?P<dd>\d\d), (?P<yy>\d{{4}}) \{{time12\}}",
     None, TAMIL_MONTHS),
    (HU, "datum", HU_LONG, None,
     rf"(?P<yy>\d{{4}})\. (?P<mm>{_alt(HUNGARIAN_MONTHS)}) (?P<dd>\d{{1,2}})\., "
     rf"(?P<wd>{_alt(HUNGARIAN_WEEKDAYS)}) \{{time\}}", HUNGARIAN_WEEKDAYS, HUNGARIAN_MONTHS),
    (IL, "pursam", IL_DAILY, "פורסם: {date_de} {time}",
     rf"פורסם: (?P<wd>{_alt(HEBREW_WEEKDAYS)}), (?P<dd>\d\d)\.(?P<mm>\d\d)\.(?P<y2>\d\d), "
     rf"\{{time\}}", HEBREW_WEEKDAYS, None),
    (CY, "dyddiad", CY_DAILY, "{date_dmy}",
     rf"(?P<wd>{_alt(WELSH_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(WELSH_MONTHS)}) "
     rf"(?P<yy>\d{{4}})", WELSH_WEEKDAYS, WELSH_MONTHS),
)
# The two sites whose numeric dates before a redesign are also printed day by day.
EARLY = {BR: r"Publicado em (\d\d)/(\d\d)/(\d{4}) às \{time\}",
         HU: r"(\d{4})\.(\d\d)\.(\d\d)\. \{time\}"}


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BR, "data", old, r"Publicado em 05/03/2016 às \d\d:\d\d")
    full(BR, "data", new, r"sexta-feira, 21 de junho de 2019")
    full(BR, "data", d(2019, 6, 1), r"sábado, 1º de junho de 2019")
    full(BR, "autor", new, r"Ada Brook / Diário do Capibaribe")
    full(TR, "tarih", old, r"05\.03\.2016 - \d\d:\d\d")
    full(TR, "tarih", new, r"21 Haziran 2019 Cuma \d\d:\d\d")
    full(TR, "muhabir", new, r"Ada Brook / [A-Za-zÇçĞğİıÖöŞşÜü]+")
    full(EG, "tarikh", d(2015, 6, 1), r"2015-06-01 \d\d:\d\d")
    full(EG, "tarikh", new, r"الجمعة، ٢١ يونيو ٢٠١٩ - \d\d:\d\d")
    full(EG, "hoquq", new, r"جميع الحقوق محفوظة لبوابة الثغر © ٢٠١٩")
    full(UA, "data", old, r"05\.03\.2016, \d\d:\d\d")
    full(UA, "data", new, r"21 червня 2019 р\., \d\d:\d\d")
    full(AR, "fecha", d(2015, 6, 1), r"1 de junio de 2015")
    full(AR, "fecha", new, r"Viernes 21 de Junio de 2019")
    full(AR, "autor", new, r"Por Ada Brook \| @abrook")
    full(QC, "publie", old, r"Publié le 5 mars 2016")
    full(QC, "publie", new, r"Publié le 21 juin 2019 à \d\d:\d\d")
    full(QC, "publie", d(2019, 6, 1), r"Publié le 1er juin 2019 à \d\d:\d\d")
    full(TA, "padhivu", old, r"Published: March 5, 2016 \d{1,2}:\d\d [AP]M IST")
    full(TA, "padhivu", d(2019, 6, 3), r"பதிவு: ஜூன் 03, 2019 \d{1,2}:\d\d [AP]M")
    full(US, "byline", old, r"By Ada Brook last updated March 5, 2016")
    full(US, "byline", new, r"Ada Brook · Jun 21, 2019 · \d+ min read")
    full(HU, "datum", old, r"2016\.03\.05\. \d\d:\d\d")
    full(HU, "datum", new, r"2019\. június 21\., péntek \d\d:\d\d")
    full(GP, "dated", old, r"March 5, 2016")
    full(GP, "dated", new, r"Sovereign Inquiry, June 21, 2019")
    full(IL, "pursam", old, r"פורסם: 05\.03\.2016 \d\d:\d\d")
    full(IL, "pursam", new, r"פורסם: יום ו', 21\.06\.19, \d\d:\d\d")
    full(IL, "pursam", d(2019, 6, 22), r"פורסם: שבת, 22\.06\.19, \d\d:\d\d")
    full(CY, "dyddiad", old, r"5 March 2016")
    full(CY, "dyddiad", new, r"Dydd Gwener, 21 Mehefin 2019")
    full(CY, "gan", new, r"Gan / By Ada Brook")


def _day_of(dd: str) -> int:
    return int(dd.removesuffix("º").removesuffix("er"))


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Ten families hold a wording per day: walking every day from 2015 to 2020, each prints
    that day's own date in its language (Arabic-Indic digits, a two-digit year, "1º" and
    "1er" where the site prints them), changing form on the day of its rewording."""
    for domain, family, since, before, *_ in DAILY:
        first = d(2015, 1, 1) if before is None else since
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY
                                                                             - first).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                if before is not None:
                    assert text == before, (domain, day, text)
                else:
                    m = re.fullmatch(EARLY[domain], text)
                    assert m, (domain, day, text)
                    parts = [int(g) for g in m.groups()]
                    want = ([day.day, day.month, day.year] if domain == BR
                            else [day.year, day.month, day.day])
                    assert parts == want, (domain, day, text)
                continue
            if domain == EG:
                assert not re.search(r"[0-9]", text.replace("{time}", "")), (day, text)
                text = ascii_digits(text, ARABIC_DIGITS)
            m = re.fullmatch(pattern, text)
            assert m, (domain, day, text)
            if weekdays is not None:
                assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            month = int(m["mm"]) if months is None else months.index(m["mm"]) + 1
            assert month == day.month, (domain, day, text)
            assert _day_of(m["dd"]) == day.day, (domain, day, text)
            if m["dd"] in ("1º", "1er") or day.day == 1:
                assert m["dd"] == {BR: "1º", QC: "1er"}.get(domain, m["dd"]), (domain, text)
            if domain == IL:
                assert int(m["y2"]) == day.year % 100 and len(m["y2"]) == 2, (day, text)
            else:
                assert int(m["yy"]) == day.year, (domain, day, text)
    for names in (PORTUGUESE_WEEKDAYS, TURKISH_WEEKDAYS, ARABIC_WEEKDAYS, SPANISH_WEEKDAYS,
                  HUNGARIAN_WEEKDAYS, HEBREW_WEEKDAYS, WELSH_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (PORTUGUESE_MONTHS, TURKISH_MONTHS, ARABIC_MONTHS, UKRAINIAN_MONTHS,
                   SPANISH_MONTHS, FRENCH_MONTHS, TAMIL_MONTHS, HUNGARIAN_MONTHS, WELSH_MONTHS):
        assert len(set(months)) == 12


def test_yearly_lines_in_arabic_indic_digits() -> None:
    for day in every_day():
        assert template(SET, EG, "hoquq", day).endswith(arabic_indic(day.year)), day
    assert arabic_indic(2019) == "٢٠١٩" and arabic_indic("46") == "٤٦"


def test_calendars() -> None:
    assert [easter(y) for y in YEARS] == [
        d(2015, 4, 5), d(2016, 3, 27), d(2017, 4, 16), d(2018, 4, 1), d(2019, 4, 21),
        d(2020, 4, 12)]
    assert [carnival_tuesday(y) for y in YEARS] == [
        d(2015, 2, 17), d(2016, 2, 9), d(2017, 2, 28), d(2018, 2, 13), d(2019, 3, 5),
        d(2020, 2, 25)]
    assert [black_friday(y) for y in YEARS] == [
        d(2015, 11, 27), d(2016, 11, 25), d(2017, 11, 24), d(2018, 11, 23), d(2019, 11, 29),
        d(2020, 11, 27)]
    for table in (ORTHODOX_EASTER, RAMAZAN_BAYRAMI, KURBAN_BAYRAMI, RAMADAN_EG, EID_FITR_EG,
                  PONGAL, DEEPAVALI_TN, ROSH_HASHANA, PESACH):
        assert all(d.fromisoformat(table[y]).year == y for y in YEARS)
    assert all(d.fromisoformat(ORTHODOX_EASTER[y]).weekday() == 6 for y in YEARS)
    sales = [(d.fromisoformat(a), d.fromisoformat(b)) for a, b in PRIME_DAYS]
    assert [a.year for a, _ in sales] == list(YEARS) and all(a <= b for a, b in sales)


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        carnival = template(SET, BR, "whatsapp", carnival_tuesday(y))
        assert carnival.startswith(f"🎭 Carnaval {y}"), (y, carnival)
        assert not template(SET, BR, "whatsapp", carnival_tuesday(y) + 2 * one).startswith("🎭")
        joao = template(SET, BR, "whatsapp", d(y, 6, 24))
        assert joao.startswith("🔥") and ("em casa" in joao) == (y == 2020), (y, joao)
        ramazan = template(SET, TR, "takip", d.fromisoformat(RAMAZAN_BAYRAMI[y]))
        assert ramazan.startswith("🌙") == (y != 2020), (y, ramazan)  # the stay-at-home weeks
        assert template(SET, TR, "takip", d.fromisoformat(KURBAN_BAYRAMI[y])).startswith("🕌")
        republic = template(SET, TR, "takip", d(y, 10, 29))
        assert (republic == f"🇹🇷 Cumhuriyetimizin {y - 1923}. yılı kutlu olsun!") == (
            y != 2015), (y, republic)  # the November 2015 election
        assert template(SET, TR, "takip", d(y, 7, 15)).startswith("🇹🇷 15 Temmuz") == (
            y >= 2017), y
        ramadan = template(SET, EG, "tabi", d.fromisoformat(RAMADAN_EG[y]))
        assert ramadan.startswith("🌙 رمضان") == (y != 2020), (y, ramadan)  # the curfew
        assert template(SET, EG, "tabi", d(y, 10, 6)).endswith(
            f"الـ{arabic_indic(y - 1973)} لنصر أكتوبر المجيد")
        pascha = template(SET, UA, "pidpys", d.fromisoformat(ORTHODOX_EASTER[y]))
        assert pascha.startswith("✝️") == (y != 2020), (y, pascha)  # the quarantine
        assert template(SET, UA, "pidpys", d(y, 1, 7)).startswith("🎄")
        assert template(SET, UA, "pidpys", d(y, 8, 24)) == (
            f"🇺🇦 З {y - 1991}-ю річницею Незалежності, Україно!")
        flag = template(SET, AR, "newsletter", d(y, 6, 20))
        assert flag.startswith("🇦🇷") and ("sin público" in flag) == (y == 2020), (y, flag)
        assert template(SET, QC, "infolettre", d(y, 6, 24)).startswith("⚜️")
        assert template(SET, TA, "pin", d.fromisoformat(PONGAL[y])).startswith("🌾")
        new_year = template(SET, TA, "pin", d(y, 4, 14))
        assert new_year.startswith("🌼") == (y < 2019), (y, new_year)  # a vote, the lockdown
        assert template(SET, TA, "pin", d.fromisoformat(DEEPAVALI_TN[y])).startswith("🪔")
        bf = template(SET, US, "notice", black_friday(y))
        assert bf.startswith(f"🛍️ Black Friday and Cyber Monday {y}"), (y, bf)
        assert template(SET, US, "notice", black_friday(y) + 3 * one).startswith("🛍️")
        assert not template(SET, US, "notice", black_friday(y) + 4 * one).startswith("🛍️")
        march = template(SET, HU, "kovesse", d(y, 3, 15))
        assert march.startswith("🇭🇺") and ("elmaradnak" in march) == (y == 2020), (y, march)
        carnival = template(SET, HU, "kovesse", d(y, 8, 20))
        assert carnival.startswith("🌸") and ("elmarad" in carnival) == (y == 2020)
        new_year = template(SET, IL, "follow", d.fromisoformat(ROSH_HASHANA[y]))
        assert new_year.startswith("🍎") == (y != 2020), (y, new_year)  # the second lockdown
        passover = template(SET, IL, "follow", d.fromisoformat(PESACH[y]))
        assert passover.startswith("🍷") == (y != 2020), (y, passover)  # the first lockdown
        assert template(SET, CY, "hysbys", d(y, 3, 1)).startswith("🏴")
    for first, last in PRIME_DAYS:
        assert template(SET, US, "notice", d.fromisoformat(first)).startswith(
            f"🛒 Prime Day {first[:4]}")
        assert template(SET, US, "notice", d.fromisoformat(last)).startswith("🛒")
        assert not template(SET, US, "notice", d.fromisoformat(last) + one).startswith("🛒")
    # emergencies and votes on their days, the everyday notice again after
    for domain, family, day, start in (
            (BR, "whatsapp", d(2020, 4, 1), "😷"), (BR, "whatsapp", d(2018, 10, 28), "🗳️"),
            (BR, "whatsapp", d(2016, 10, 2), "🗳️"), (TR, "takip", d(2020, 4, 1), "😷"),
            (TR, "takip", d(2017, 4, 16), "🗳️"), (TR, "takip", d(2020, 11, 2), "🆘"),
            (EG, "tabi", d(2020, 4, 1), "😷"), (EG, "tabi", d(2018, 3, 27), "🗳️"),
            (UA, "pidpys", d(2020, 4, 1), "😷"), (UA, "pidpys", d(2019, 4, 21), "🗳️"),
            (AR, "newsletter", d(2020, 4, 1), "😷"), (AR, "newsletter", d(2019, 8, 11), "🗳️"),
            (QC, "infolettre", d(2020, 4, 1), "😷"), (QC, "infolettre", d(2018, 10, 1), "🗳️"),
            (TA, "pin", d(2020, 4, 1), "😷"), (TA, "pin", d(2018, 11, 16), "🌀"),
            (TA, "pin", d(2019, 5, 23), "🗳️"), (US, "notice", d(2020, 4, 1), "😷"),
            (HU, "kovesse", d(2020, 4, 1), "😷"), (HU, "kovesse", d(2018, 4, 8), "🗳️"),
            (IL, "follow", d(2020, 4, 1), "😷"), (IL, "follow", d(2019, 9, 17), "🗳️"),
            (IL, "follow", d(2016, 11, 25), "🔥"), (CY, "hysbys", d(2020, 4, 1), "😷"),
            (CY, "hysbys", d(2019, 12, 12), "🗳️")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 8, 25)).startswith(start), domain


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (BR, "leia", "LEIA TAMBÉM: ", "Veja também: "),
        (BR, "autor", "Por ", " / "),
        (TR, "ilgili", "İLGİLİ HABER: ", "İlginizi Çekebilir: "),
        (TR, "muhabir", "Haber: ", " / "),
        (EG, "aqra", "اقرأ أيضًا: ", "اقرأ أيضا.. "),
        (EG, "katib", "كتب: ", " - "),
        (UA, "chytaite", "Читайте також: ", "Читайте також ➡️ "),
        (UA, "avtor", "Автор: ", ", «"),
        (AR, "mira", "Mirá también: ", "Leé también: "),
        (AR, "autor", "Escrito por ", "Por "),
        (QC, "alire", "À lire aussi : ", "À LIRE AUSSI ► "),
        (TA, "melum", "மேலும் படிக்க: ", "இதையும் படிங்க: "),
        (HU, "kapcsolodo", "Kapcsolódó cikk: ", "Ez is érdekelheti: "),
        (HU, "szerzo", "Szerző: ", " | "),
        (IL, "od", "עוד באתר: ", "כתבות נוספות: "),
    ))
    for domain, family, day, old, new in (
            (BR, "whatsapp", d(2017, 4, 3), "Facebook", "WhatsApp"),
            (BR, "cookies", d(2020, 9, 18), "melhorar", "LGPD"),
            (TR, "takip", d(2018, 11, 5), "Twitter", "Google Haberler"),
            (TR, "cerez", d(2018, 1, 15), "çerezler", "KVKK"),
            (TR, "kunye", d(2019, 5, 6), "Serkan", "Derya"),
            (EG, "tabi", d(2019, 10, 1), "فيسبوك", "تليجرام"),
            (UA, "pidpys", d(2018, 6, 4), "нашу сторінку", "Telegram"),
            (AR, "suscripcion", d(2018, 9, 3), "$99", "$199"),
            (AR, "suscripcion", d(2020, 1, 6), "$199", "$349"),
            (AR, "staff", d(2017, 8, 1), "Director:", "Directora:"),
            (QC, "auteur", d(2018, 9, 4), "Par ", " | "),
            (QC, "financement", d(2019, 4, 1), "Fonds du Canada", "Initiative"),
            (QC, "don", d(2020, 4, 1), "Magog.", "reçu fiscal"),
            (TA, "pin", d(2019, 6, 3), "ஃபேஸ்புக்", "டெலிகிராம்"),
            (TA, "nirubar", d(2019, 1, 2), "எழுதியவர்", " | "),
            (US, "affiliate", d(2019, 1, 7), "supported by", "Here's how"),
            (US, "comments", d(2019, 3, 4), "JavaScript", "closed"),
            (US, "menu", d(2020, 1, 1), "Terms of Use", "Do Not Sell"),
            (US, "copyright", d(2020, 8, 3), "LLC", "Brightline"),
            (HU, "elofizetes", d(2020, 2, 3), "990", "1290"),
            (GP, "donate", d(2019, 3, 4), "one-time", "no government"),
            (GP, "follow", d(2018, 6, 4), "Facebook", "Instagram"),
            (GP, "follow", d(2020, 9, 7), "Instagram", "suppressed"),
            (IL, "follow", d(2018, 5, 7), "הפייסבוק", "הווטסאפ"),
            (IL, "katav", d(2019, 5, 6), "מאת", " | "),
            (CY, "cefnogi", d(2020, 4, 6), "aelod.", "£3")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BR}/data", f"{TR}/tarih", f"{EG}/tarikh", f"{UA}/data",
                         f"{BR}/leia", f"{TR}/ilgili", f"{BR}/autor", f"{TR}/guncelleme",
                         f"{BR}/atualizado", f"{EG}/aqra", f"{UA}/chytaite"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BR}/comentarios", f"{BR}/reproducao", f"{TR}/yasal", f"{TR}/yorum",
        f"{EG}/taliqat", f"{UA}/pomylka", f"{UA}/dzherelo"))
    assert_carried_share(docs, BR, [
        ("editoria", 0.18, 0.45), ("atualizado", 0.2, 0.5), ("chuva", 0.0, 0.12),
        ("data", 0.75, 0.97), ("publicidade", 0.25, 0.8)])
    assert_carried_share(docs, TR, [("tarih", 0.7, 0.99), ("devam", 0.12, 0.4),
                                    ("uyari", 0.0, 0.12)])
    for fam in (f"{BR}/publicidade", f"{BR}/leia", f"{TR}/reklam", f"{TR}/ilgili",
                f"{EG}/ilan", f"{EG}/aqra", f"{UA}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((TR, "devam"), (AR, "segui"), (US, "prices"), (GP, "image"),
                               (CY, "hysbyseb")))
    for style, family in ((QC, "pc"), (QC, "financement")):
        carried = sum(any(label_family(line.label) == family for line in doc.lines)
                      for doc in group_docs(SET, style))
        assert carried <= 0.25 * len(group_docs(SET, style)), (style, family)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BR, "chuva"), (TR, "uyari"), (EG, "nawa"), (UA, "svitlo"), (AR, "bajante"),
        (QC, "tempete"), (TA, "vellam"), (US, "expired"), (HU, "hoseg"), (GP, "note"),
        (IL, "yam"), (CY, "ffordd")))


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
            (BR, "publicidade", "PUBLICIDADE"),
            (BR, "reproducao", "É proibida a reprodução total ou parcial deste conteúdo sem "
                               "autorização prévia."),
            (TR, "reklam", "Reklam"),
            (EG, "ilan", "إعلان")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{GP}/related", "Related: "),
        (f"{CY}/darllen", "Darllenwch hefyd: "),
    ))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{BR}/leia", ("LEIA TAMBÉM: ", "Veja também: ")),
                          (f"{TR}/ilgili", ("İLGİLİ HABER: ", "İlginizi Çekebilir: ")),
                          (f"{EG}/aqra", ("اقرأ أيضًا: ", "اقرأ أيضا.. ")),
                          (f"{UA}/chytaite", ("Читайте також: ", "Читайте також ➡️ ")),
                          (f"{QC}/alire", ("À lire aussi : ", "À LIRE AUSSI ► "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith((f"{BR}/leia", f"{TR}/ilgili", f"{EG}/aqra",
                                    f"{UA}/chytaite", f"{GP}/related")):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_names_and_places_in_bylines() -> None:
    fams = by_family(planted_docs(SET))
    for fam, pool_name, old, new in (
            (f"{EG}/katib", "katib", r"كتب: (.+)", r"(.+) - بوابة الثغر"),
            (f"{UA}/avtor", "avtor", r"Автор: (.+)", r"(.+), «Західний вісник»")):
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.75 * len(names), (
                fam, pattern)
    for style, family, pool_name, pattern in (
            (TR, "muhabir", "ilce", r".+ / (.+)"),
            (HU, "szerzo", "szerzo", r"(?:Szerző: )?(.+?)(?: \| .+)?"),
            (TA, "nirubar", "nirubar", r"(?:எழுதியவர்: )?(.+?)(?: \| .+)?"),
            (IL, "katav", "katav", r"(?:מאת )?(.+?)(?: \| .+)?")):
        values = pool(SET, style, pool_name)
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.fullmatch(pattern, norm(t)))]
        assert found and sum(v in values for v in found) >= 0.75 * len(found), (style, family)


def test_one_origin_per_page() -> None:
    """The research site's origin line and copyright line name the same origin."""
    origins = pool(SET, GP, "origin")
    seen = 0
    for doc in group_docs(SET, GP):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        at = re.fullmatch(r"The original source of this article is (.+)", lines.get("origin", ""))
        by = re.fullmatch(r"Copyright © .+?, (.+), \d{4}", lines.get("copyright", ""))
        if at and by and at[1] in origins and by[1] in origins:
            assert at[1] == by[1], (lines["origin"], lines["copyright"])
            seen += 1
    assert seen >= 3, seen


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (BR, "publicidade", "PUBLICIDADE"), (TR, "reklam", "Reklam"),
        (TR, "devam", "Haberin Devamı"), (EG, "ilan", "إعلان"), (UA, "reklama", "Реклама"),
        (AR, "publicidad", "Publicidad"), (AR, "segui", "Seguí leyendo"),
        (QC, "publicite", "PUBLICITÉ"), (QC, "pc", "Avec La Presse Canadienne"),
        (TA, "vilambaram", "விளம்பரம்"), (US, "view", "View Deal"),
        (HU, "hirdetes", "Hirdetés"), (HU, "megosztas", "Megosztás"),
        (IL, "pirsomet", "פרסומת"), (CY, "iaith", "Cymraeg | English"),
        (CY, "hysbyseb", "Hysbyseb / Advertisement")))
    assert_values_from_pool(SET, fams, ((f"{BR}/editoria", "editoria"),
                                        (f"{TR}/kategori", "kategori"),
                                        (f"{EG}/qism", "qism")))
    assert_group_values_from_pool(SET, ((UA, "rubryka", "rubryka"), (AR, "seccion", "seccion"),
                                        (QC, "rubrique", "rubrique"), (TA, "pirivu", "pirivu"),
                                        (HU, "rovat", "rovat"), (IL, "mador", "mador"),
                                        (QC, "photo", "photo")))
    for style, family, pool_name in ((EG, "wasom", "tag"), (UA, "teh", "teg"),
                                     (TA, "tag", "tag"), (HU, "cimkek", "cimke"),
                                     (IL, "tagit", "tag"), (GP, "theme", "theme")):
        values = pool(SET, style, pool_name)
        lists = [norm(t).partition(": ")[2] for t in group_lines(SET, style, family)]
        items = [item for t in lists for item in t.split(", ")]
        assert items and sum(i in values for i in items) >= 0.75 * len(items), (style, family)
    for letters, fam in (("ãçéí", f"{BR}/data"), ("ğışç", f"{TR}/tarih"),
                         ("٠١٢٣٤٥٦٧٨٩", f"{EG}/tarikh"), ("ячю", f"{UA}/data"),
                         ("áéí", f"{AR}/fecha"), ("ûéà", f"{QC}/publie"),
                         ("ஜனவ", f"{TA}/padhivu"), ("·", f"{US}/menu"),
                         ("áéő", f"{HU}/datum"), ("פורסם", f"{IL}/pursam"),
                         ("/", f"{CY}/hysbyseb"), ("👁", f"{UA}/perehliady")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        BR: (["copyright", "reproducao"], 2),
        TR: (["copyright", "kunye"], 2),
        HU: (["copyright", "kiado"], 2),
        GP: (["region", "theme"], 2)})
    assert_group_blocks_stay_together(SET, {GP: (["origin", "copyright"], 2),
                                            CY: (["ymateb", "ebost", "sylw"], 2)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
