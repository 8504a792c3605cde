"""The held-back-175 template set (`tests.bench.heldout_templates_175`): its localised dates
(printed day by day in Ukrainian, Russian, Georgian, Azerbaijani, Uzbek in Cyrillic then
Latin, Armenian, English and Kazakh, several changing form on the day of a redesign, Kazakh
datelines turning from Astana to Nur-Sultan), the agency and bilingual datelines, the lines
that turn every day, business day and week (official exchange rates with a weekend keeping
Friday's, the manat's devaluations and peg, the tenge's float and the sum's liberalisation,
the Azeri Light price, Kharkiv's weather, a weekly's issue numbers), the amounts that change
over the years (MRP and minimum wages, metro fares, subscription and membership prices), the
rewordings of reprint notes, registration lines and social appeals on their days, the
calendars some notices follow (elections, independence days, Nauryz and Novruz, the Orthodox
Easter, the bayrams and hayits, April 24, EXPO-2017, the Karabakh wars, subscription
campaigns, the 2020 emergencies), the lines in several languages and scripts, the variation
it promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import orthodox_easter
from tests.bench.heldout_templates_175 import (
    AL_LINK,
    AL_REDESIGN,
    AL_TELEGRAM,
    AL_YOUTUBE,
    AZ_VOTES,
    AZN_FIRST_DEVALUATION,
    AZN_FLOAT,
    AZN_PEG,
    BT_LICENCE,
    BT_REDESIGN,
    BT_YOUTUBE,
    ET_LINK,
    ET_PRICES,
    ET_REDESIGN,
    ET_TELEGRAM,
    FIRST_DAY,
    GE_VOTES,
    HW_LANGUAGES,
    HW_REDESIGN,
    HW_TELEGRAM,
    KZ_MRP,
    KZ_VOTES,
    LAST_DAY,
    METRO_FARES,
    MP_LINK,
    MP_REDESIGN,
    MP_YOUTUBE,
    NUR_SULTAN,
    PS_FIRST_ISSUE,
    PS_PRICES,
    PS_REDESIGN,
    PS_REFORM,
    PS_TELEGRAM,
    QURBAN,
    RAMAZAN,
    SC_CC,
    SC_PRICES,
    SC_REDESIGN,
    SL_LANGUAGE,
    SL_LINK,
    SL_REDESIGN,
    SL_TELEGRAM,
    SL_VK_BLOCKED,
    SV_LATIN,
    SV_LINK,
    SV_MINISTRIES,
    SV_REDESIGN,
    SV_SOCIAL,
    UA_ELECTIONS,
    UV_EDITOR,
    UV_LINKS,
    UV_REDESIGN,
    UV_TELEGRAM,
    UZ_LATIN,
    UZ_WAGE,
    UZS_LIBERALISED,
    VY_TELEGRAM,
    XX_LINK,
    XX_REDESIGN,
    XX_TELEGRAM,
    capital,
    fixing_day,
    in_force,
    issue_numbers,
    issue_thursday,
    kharkiv_weather,
    manat,
    signed,
    years_ru,
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

SET = "held-back-175"
SITES = ("Український вісник", "Степной Вестник", "მტკვარი პრესი", "Xəzər Xəbər",
         "Vodiy Yangiliklari", "Արարատ Լուր", "Слобожанские ведомости", "Steppe Courier",
         "Поділля сьогодні", "Ертіс таңы", "ბათუმის ტალღა", "Hayk Wire")
UV, SV, MP, XX = ("ukrvisnyk.com.ua", "stepnoyvestnik.kz", "mtkvaripress.ge", "xazarxabar.az")
VY, AL, SL, SC = ("vodiyyangiliklari.uz", "araratlur.am", "slobvedomosti.com.ua",
                  "steppecourier.com")
PS, ET, BT, HW = ("podillyasogodni.com.ua", "ertistany.kz", "batumistalga.ge", "haykwire.am")

d = dt.date
one = dt.timedelta(days=1)
GEORGIAN, ARMENIAN = r"[\u10d0-\u10ff]", r"[\u0531-\u058a]"
CYRILLIC, KAZAKH, UKRAINIAN = r"[\u0400-\u04ff]", r"[әғқңөұүһі]", r"[іїєґ]"
AZERBAIJANI = r"[əğışçöü]"

# The dates printed day by day with the year (every day's its own).
DAILY = ((UV, "data"), (UV, "kurs"), (SV, "kurs"), (MP, "tarighi"), (MP, "kursi"),
         (XX, "tarix"), (XX, "mezenne"), (VY, "sana"), (VY, "kurs"), (AL, "amsativ"),
         (AL, "poxarjeq"), (SL, "data"), (SC, "dated"), (SC, "rates"), (PS, "data"),
         (ET, "kuni"), (ET, "dateline"), (BT, "tarighi"), (HW, "dated"), (HW, "rates"))
# The datelines and lines that name the day without the year: they turn every day.
EVERY_DAY = ((SV, "dateline"), (XX, "dateline"), (AL, "dateline"), (SL, "pogoda"),
             (HW, "dateline"))
# The notices that follow calendars.
BANNERS = ((UV, "zaklyk"), (SV, "social"), (MP, "mimartva"), (XX, "sosial"),
           (VY, "telegram"), (AL, "hetevek"), (SL, "podpiska"), (SC, "support"),
           (PS, "peredplata"), (ET, "zhazylu"), (BT, "eteri"), (HW, "follow"))
# Amounts and names in force from given days.
TABLES = ((SV, "mrp", KZ_MRP), (SV, "registratsiya", SV_MINISTRIES), (SL, "metro", METRO_FARES))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    UV: "Стежте за нашими новинами у Facebook",
    SV: "Следите за новостями в Facebook и ВКонтакте",
    MP: "შემოგვიერთდით Facebook-ზე",
    XX: "Bizi Facebook-da izləyin",
    VY: "Янгиликларни Facebook саҳифамизда кузатинг",
    AL: "Հետևեք մեզ Facebook-ում",
    SL: "Присоединяйтесь к нам в Facebook и ВКонтакте",
    SC: "Sign up for our weekly Central Asia newsletter",
    PS: "Передплатний індекс 61234. Передплатити газету можна в усіх відділеннях Укрпошти.",
    ET: "«Ертіс таңы» газетіне жазылу индексі — 65432",
    BT: "ახალი ამბები ყოველდღე 19:00 და 21:00 საათზე",
    HW: "Follow Hayk Wire on Twitter",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def number(text: str, pattern: str) -> float:
    """The number `pattern`'s first group finds in `text` (spaces and a decimal comma
    allowed)."""
    m = re.search(pattern, text)
    assert m, (pattern, text)
    return float(m[1].replace(" ", "").replace(",", "."))


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (XX, "neft"), (PS, "nomer"), (VY, "ish-haqi")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 5), d(2018, 10, 21), d(2019, 3, 23),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert fixing_day(d(2019, 6, 22)) == fixing_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert fixing_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert [years_ru(n) for n in (21, 24, 25, 29, 12)] == ["21 год", "24 года", "25 лет",
                                                           "29 лет", "12 лет"]
    assert capital(NUR_SULTAN - one) == "АСТАНА" and capital(NUR_SULTAN) == "НУР-СУЛТАН"
    assert manat(AZN_FIRST_DEVALUATION - one) == 0.7844 and manat(AZN_FIRST_DEVALUATION) == 1.05
    assert 1.4 < manat(AZN_FLOAT) < 1.7 and manat(AZN_PEG) == manat(LAST_DAY) == 1.7
    assert issue_thursday(d(2020, 6, 19)) == issue_thursday(d(2020, 6, 24)) == d(2020, 6, 18)
    assert issue_numbers(d(2015, 1, 1)) == (1, PS_FIRST_ISSUE)
    assert issue_numbers(d(2020, 6, 19)) == (25, PS_FIRST_ISSUE + (d(2020, 6, 18)
                                                                   - d(2015, 1, 1)).days // 7)
    assert [signed(t) for t in (5, 0, -3)] == ["+5", "0", "−3"]
    assert orthodox_easter(2018) == d(2018, 4, 8)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday and a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(UV, "data", old, rf"05\.03\.2016 {clock}")
    full(UV, "data", new, rf"19 червня 2020, {clock}")
    full(UV, "kurs", new, r"Курс НБУ на 19\.06\.2020: долар — 2\d,\d{4} грн, євро — "
                          r"\d\d,\d{4} грн")
    full(SV, "dateline", old, "АСТАНА. 5 марта. /Степной Вестник/ –")
    full(SV, "dateline", new, "НУР-СУЛТАН, 19 июня 2020 — Степной Вестник")
    full(SV, "kurs", new, r"Курс Нацбанка РК на 19\.06\.2020: \$1 — 4\d\d,\d\d ₸, €1 — "
                          r"\d{3},\d\d ₸")
    full(MP, "tarighi", old, rf"{clock} / 05\.03\.2016")
    full(MP, "tarighi", new, rf"19 ივნისი, 2020, პარასკევი {clock}")
    full(MP, "kursi", new, r"ეროვნული ბანკის ოფიციალური კურსი 19\.06\.2020: 1 USD = "
                           r"3\.\d{4} ₾, 1 EUR = 3\.\d{4} ₾")
    full(XX, "tarix", old, rf"05\.03\.2016 \| {clock}")
    full(XX, "tarix", new, rf"19 iyun 2020, {clock}")
    full(XX, "dateline", new, r"(Bakı|Gəncə|Sumqayıt|Lənkəran|Şəki)\. 19 iyun\. Xəzər Xəbər\.")
    full(XX, "mezenne", new, r"Mərkəzi Bankın rəsmi məzənnəsi \(19\.06\.2020\): 1 USD = "
                             r"1\.7000 AZN, 1 EUR = 1\.\d{4} AZN")
    full(XX, "neft", new, r"Azeri Light nefti: 1 barel — \d\d\.\d\d dollar")
    full(VY, "sana", old, rf"5 март 2016 й\., {clock}")
    full(VY, "sana", new, "19-iyun 2020-yil, juma")
    full(VY, "kurs", old, r"Марказий банк курси \(05\.03\.2016\): 1 АҚШ доллари — 2 \d{3},\d\d "
                          r"сўм")
    full(VY, "kurs", new, r"Markaziy bank kursi \(19\.06\.2020\): 1 AQSH dollari — "
                          r"\d{1,2} \d{3},\d\d so'm")
    full(AL, "amsativ", old, rf"05\.03\.2016 \| {clock}")
    full(AL, "amsativ", new, rf"19 հունիսի 2020թ\., {clock}")
    full(AL, "dateline", new, "ԵՐԵՎԱՆ, 19 հունիսի, Արարատ Լուր։")
    full(AL, "poxarjeq", new, r"ԿԲ փոխարժեքը \(19\.06\.2020\)՝ 1 USD = 4\d\d\.\d\d դրամ, "
                              r"1 EUR = \d{3}\.\d\d դրամ, 1 RUB = \d\.\d\d դրամ")
    full(SL, "data", old, rf"5 марта 2016 в {clock}")
    full(SL, "data", new, rf"Пятница, 19 июня 2020, {clock}")
    full(SL, "pogoda", new, r"Погода в Харькове на 19 июня: днём [+−]?\d+…[+−]?\d+ °C, ночью "
                            r"[+−]?\d+…[+−]?\d+ °C")
    full(SC, "dated", old, "March 5, 2016")
    full(SC, "dated", new, rf"19 June 2020 · {clock} ALMT")
    full(SC, "rates", new, r"Official rates, Jun 19: \$1 = \d{3}\.\d\d tenge · \d{1,2},\d{3}\.\d\d "
                           r"sum · \d\d\.\d\d som")
    full(PS, "data", old, r"05\.03\.2016")
    full(PS, "data", new, "19 червня 2020 р.")
    full(PS, "nomer", new, r"«Поділля сьогодні» № 25 \(\d{5}\) від 18 червня 2020 р\.")
    full(ET, "kuni", old, "2016 жылғы 5 наурыз")
    full(ET, "kuni", new, "19 маусым 2020, жұма")
    full(ET, "dateline", new, r"Өскемен / Усть-Каменогорск, 19\.06\.2020")
    full(BT, "tarighi", old, "05/03/2016")
    full(BT, "tarighi", new, rf"ბათუმი, 19 ივნისი 2020, {clock}")
    full(HW, "dateline", old, r"YEREVAN, MARCH 5\. /Hayk Wire/\.")
    full(HW, "dateline", new, r"YEREVAN, June 19\. /Hayk Wire/\.")
    full(HW, "dated", new, rf"{clock}, 19 June 2020")
    full(HW, "rates", new, r"CBA rates \(19\.06\.2020\): USD 4\d\d\.\d\d · EUR \d{3}\.\d\d · "
                           r"RUB \d\.\d\d AMD")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        for key in EVERY_DAY:
            assert day == FIRST_DAY or on(*key, day) != on(*key, day - one), (key, day)
        assert ("." in on(UV, "data", day)) == (day < UV_REDESIGN)
        assert ("/Степной Вестник/" in on(SV, "dateline", day)) == (day < SV_REDESIGN)
        assert on(SV, "dateline", day).startswith(capital(day))
        assert on(MP, "tarighi", day).startswith("{time}") == (day < MP_REDESIGN)
        assert ("|" in on(XX, "tarix", day)) == (day < XX_REDESIGN)
        assert bool(re.search(CYRILLIC, on(VY, "sana", day))) == (day < UZ_LATIN)
        assert bool(re.search(CYRILLIC, on(VY, "kurs", day))) == (day < UZ_LATIN)
        assert ("|" in on(AL, "amsativ", day)) == (day < AL_REDESIGN)
        assert (" в {time}" in on(SL, "data", day)) == (day < SL_REDESIGN)
        assert ("ALMT" in on(SC, "dated", day)) == (day >= SC_REDESIGN)
        assert on(PS, "data", day).endswith(" р.") == (day >= PS_REDESIGN)
        assert ("жылғы" in on(ET, "kuni", day)) == (day < ET_REDESIGN)
        assert on(BT, "tarighi", day).startswith("ბათუმი") == (day >= BT_REDESIGN)
        assert bool(re.search(r"YEREVAN, [A-Z]{3,}", on(HW, "dateline", day))) == (
            day < HW_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4] + EVERY_DAY[:2]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_rates_turn_by_business_day() -> None:
    def usd(text: str) -> float:
        return number(text, r"(?:долар —|\$1 —|1 USD =|dollari —|доллари —) (\d[\d ]*[,.]\d+)")

    for friday in (d(2016, 3, 4), d(2018, 6, 22), d(2020, 11, 6)):
        for domain, family in ((UV, "kurs"), (SV, "kurs"), (MP, "kursi"), (VY, "kurs"),
                               (AL, "poxarjeq")):
            rate = usd(on(domain, family, friday))
            assert usd(on(domain, family, friday + one)) == rate, (domain, friday)
            assert usd(on(domain, family, friday + 2 * one)) == rate, (domain, friday)
        assert on(XX, "neft", friday) == on(XX, "neft", friday + 2 * one)
    oil = changes(XX, "neft")
    assert len(oil) >= 1000 and all(day.weekday() < 5 for day in oil)
    assert usd(on(UV, "kurs", d(2015, 1, 5))) < 17 and usd(on(UV, "kurs", d(2015, 2, 26))) > 28
    assert usd(on(SV, "kurs", d(2015, 8, 19))) < 200 < 250 < usd(on(SV, "kurs", d(2015, 8, 21)))
    assert usd(on(VY, "kurs", UZS_LIBERALISED - one)) < 4300 < 8000 < usd(
        on(VY, "kurs", UZS_LIBERALISED))
    for day in every_day():
        text = on(XX, "mezenne", day)
        if day < AZN_FIRST_DEVALUATION:
            assert "1 USD = 0.7844 AZN" in text, day
        elif day < AZN_FLOAT:
            assert "1 USD = 1.0500 AZN" in text, day
        elif day >= AZN_PEG:
            assert "1 USD = 1.7000 AZN" in text, day
        else:
            assert 1.4 < usd(text) < 1.85, day
    for texts, low, high in ((group_lines(SET, MP, "kursi"), 1.8, 3.4),
                             (group_lines(SET, AL, "poxarjeq"), 460, 540)):
        rates = [usd(norm(t)) for t in texts]
        assert rates and all(low < r < high for r in rates)


def test_lines_that_turn_by_day_and_week() -> None:
    summer = [kharkiv_weather(d(y, 7, 15))[1] for y in range(2015, 2021)]
    winter = [kharkiv_weather(d(y, 1, 15))[1] for y in range(2015, 2021)]
    assert sum(summer) / 6 > sum(winter) / 6 + 15
    for day in every_day():
        high1, high2, low1, low2 = kharkiv_weather(day)
        assert high1 < high2 and low1 < low2 and low2 < high2
    weekly = changes(PS, "nomer")
    assert 300 <= len(weekly) <= 320 and all(day.weekday() == 3 for day in weekly)
    running = found(PS, "nomer", r"\((\d+)\)")
    assert len(running) == len(weekly) + 1
    for y in range(2015, 2021):
        first = min(day for day in weekly | {FIRST_DAY} if day.year == y)
        assert on(PS, "nomer", first).startswith("«Поділля сьогодні» № 1 ("), y


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (UV, "avtor", UV_EDITOR, "Автор: {author}", "Редактор"),
        (UV, "zaklyk", UV_TELEGRAM, "Facebook", "Telegram"),
        (UV, "peredruk", UV_LINKS[0], "обов’язкове", "Передрук"),
        (UV, "peredruk", UV_LINKS[1], "Передрук", "першого абзацу"),
        (SV, "yazyk", SV_LATIN, "ҚАЗ | РУС", "QAZ"),
        (SV, "social", SV_SOCIAL, "ВКонтакте", "Telegram"),
        (SV, "ssylka", SV_LINK, "Степной Вестник обязательна", "гиперссылка"),
        (SV, "registratsiya", iso(SV_MINISTRIES[1][0]), "инвестициям", "коммуникаций"),
        (SV, "registratsiya", iso(SV_MINISTRIES[2][0]), "коммуникаций", "общественного"),
        (SV, "dateline", NUR_SULTAN, "АСТАНА", "НУР-СУЛТАН"),
        (MP, "mimartva", MP_YOUTUBE, "Facebook", "YouTube"),
        (MP, "gamoqeneba", MP_LINK, "წყაროს", "ბმულის"),
        (XX, "istinad", XX_LINK, "istinad mütləqdir", "hiperlink"),
        (XX, "sosial", XX_TELEGRAM, "Facebook", "Telegram"),
        (VY, "sana", UZ_LATIN, "й.", "-yil"),
        (VY, "muallif", UZ_LATIN, "Муаллиф", "Muallif"),
        (VY, "shuningdek", UZ_LATIN, "Шунингдек", "Shuningdek"),
        (VY, "foydalanish", UZ_LATIN, "ҳавола", "giperhavola"),
        (VY, "telegram", VY_TELEGRAM, "Facebook", "Telegram"),
        (VY, "telegram", UZ_LATIN, "каналимизда", "kanalimizda"),
        (VY, "ish-haqi", UZ_LATIN, "сўм", "so'm"),
        (AL, "hetevek", AL_YOUTUBE, "Facebook", "YouTube"),
        (AL, "hetevek", AL_TELEGRAM, "YouTube", "Telegram"),
        (AL, "artatpum", AL_LINK, "պարտադիր", "ակտիվ հղմամբ"),
        (SL, "yazyk", SL_LANGUAGE, "Русская версия", "Українська"),
        (SL, "podpiska", SL_VK_BLOCKED, "ВКонтакте", "Instagram"),
        (SL, "podpiska", SL_TELEGRAM, "Instagram", "Telegram"),
        (SL, "ssylka", SL_LINK, "запрещена", "гиперссылки"),
        (SC, "republish", SC_CC, "All rights reserved", "Creative Commons"),
        (SC, "support", iso(SC_PRICES[0][0]), "newsletter", "$5"),
        (SC, "support", iso(SC_PRICES[1][0]), "$5", "$6"),
        (SC, "dateline", d(2019, 3, 23), "{city}", "{city_new}"),
        (PS, "zasnovnyk", PS_REFORM, "обласна рада", "реформовано"),
        (PS, "sotsmerezhi", PS_TELEGRAM, "Facebook", "Telegram"),
        (ET, "aleumet", ET_TELEGRAM, "Instagram", "Telegram"),
        (ET, "koshirme", ET_LINK, "көшіріп", "гиперссылка"),
        (BT, "youtube", BT_YOUTUBE, "გამოიწერეთ ჩვენი", "ზარი"),
        (BT, "licenzia", BT_LICENCE, "ლიცენზია", "ავტორიზებული"),
        (HW, "languages", HW_LANGUAGES, "also available", "Հայերեն"),
        (HW, "follow", HW_TELEGRAM, "Twitter", "Telegram"),
        (HW, "dateline", HW_REDESIGN, "DECEMBER", "January")))
    assert_groups_reworded(SET, (
        (UV, "peredruk", "обов’язкове", "першого абзацу"),
        (SV, "dateline", "АСТАНА", "НУР-СУЛТАН"),
        (VY, "sana", " й.", "-yil"),
        (UV, "data", ".201", ", "),
        (SV, "registratsiya", "коммуникаций", "общественного развития"),
    ))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day, name in UA_ELECTIONS:
        assert name in on(UV, "zaklyk", iso(day)), day
    for day, name in KZ_VOTES:
        assert name in on(SV, "social", iso(day)), day
    for day, name in GE_VOTES:
        assert name in on(MP, "mimartva", iso(day)), day
    for day, name in AZ_VOTES:
        assert name in on(XX, "sosial", iso(day)), day
    for y in range(2015, 2021):
        easter = orthodox_easter(y)
        if y < 2020:  # the quarantine's and the emergency's notices win in 2020
            assert f"{y - 1991}-а річниця" in on(UV, "zaklyk", d(y, 8, 24)), y
            assert "Христос Воскрес!" in on(UV, "zaklyk", easter), y
            assert "ქრისტე აღსდგა" in on(MP, "mimartva", easter), y
            assert "Христос Воскресе" in on(SL, "podpiska", easter), y
            assert "Ramazan bayramınız" in on(XX, "sosial", iso(RAMAZAN[y])), y
            assert "Наурыз мейрамы" in on(ET, "zhazylu", d(y, 3, 22)), y
        if y < 2019:  # Nazarbayev's resignation wins in 2019, the emergency in 2020
            assert "Наурыз мейрамы құтты болсын! С праздником Наурыз!" == on(
                SV, "social", d(y, 3, 22)), y
        assert f"Казахстан! {years_ru(y - 1991)}" in on(SV, "social", d(y, 12, 16)), y
        assert f"({y - 1918} წელი)" in on(MP, "mimartva", d(y, 5, 26)), y
        assert "Novruz" in on(XX, "sosial", d(y, 3, 20)), y
        assert "Qurban bayramınız" in on(XX, "sosial", iso(QURBAN[y])), y
        assert f"23–24 августа {y}" in on(SL, "podpiska", d(y, 8, 24)), y
        assert "Անկախության օր" in on(AL, "hetevek", d(y, 9, 21)), y
        assert f"передплата на {y + 1} рік" in on(PS, "peredplata", d(y, 9, 1)), y
        assert f"{PS_PRICES[y + 1]} грн" in on(PS, "peredplata", d(y, 12, 20)), y
        assert on(PS, "peredplata", d(y, 12, 21)) == FIRST_WORDINGS[PS]
        assert f"друге півріччя {y}" in on(PS, "peredplata", d(y, 6, 15)), y
        assert f"{y + 1} жылға жазылу" in on(ET, "zhazylu", d(y, 10, 1)), y
        assert f"{ET_PRICES[y + 1]} теңге" in on(ET, "zhazylu", d(y, 12, 25)), y
        assert "Тәуелсіздік" in on(ET, "zhazylu", d(y, 12, 16)), y
        assert f"ზაფხული {y}" in on(BT, "eteri", d(y, 6, 1)) and f"ზაფხული {y}" in on(
            BT, "eteri", d(y, 9, 15)), y
        assert on(BT, "eteri", d(y, 9, 16)) == FIRST_WORDINGS[BT]
    for y in (2015, 2016, 2017, 2019):  # the revolution wins in 2018, the emergency in 2020
        assert f"({y - 1915}-րդ տարելից)" in on(AL, "hetevek", d(y, 4, 24)), y
        assert f"April 24: {y - 1915} years" in on(HW, "follow", d(y, 4, 24)), y
    assert "Наврўз байрами" in on(VY, "telegram", d(2018, 3, 21))
    assert "Navro'z bayrami" in on(VY, "telegram", d(2019, 3, 21))
    assert "(26 йил)" in on(VY, "telegram", d(2017, 9, 1))
    assert "(29 yil)" in on(VY, "telegram", d(2020, 9, 1))
    assert "Karantin" in on(VY, "telegram", d(2020, 4, 1))
    assert "EXPO-2017" in on(SV, "social", d(2017, 7, 1))
    assert "Отставка Назарбаева" in on(SV, "social", d(2019, 3, 20))
    assert "Режим ЧП" in on(SV, "social", d(2020, 4, 1))
    assert "წყალდიდობა" in on(MP, "mimartva", d(2015, 6, 15))
    assert "Avropa Oyunlarının" in on(XX, "sosial", d(2015, 6, 20))
    assert "Formula 1" in on(XX, "sosial", d(2018, 4, 28))
    assert "Vətən müharibəsi" in on(XX, "sosial", d(2020, 10, 1))
    assert "Zəfər" in on(XX, "sosial", d(2020, 11, 15))
    assert "Ղարաբաղյան ճակատ" in on(AL, "hetevek", d(2016, 4, 3))
    assert "Երևանի փողոցներից" in on(AL, "hetevek", d(2018, 4, 24))
    assert "Ռազմական դրություն" in on(AL, "hetevek", d(2020, 10, 1))
    assert "Martial law" in on(HW, "follow", d(2020, 10, 1))
    assert "Kyrgyzstan in crisis" in on(SC, "support", d(2020, 10, 10))
    assert "Kazakhstan's snap presidential election" in on(SC, "support", d(2019, 6, 9))
    assert "Карантин в Харькове" in on(SL, "podpiska", d(2020, 4, 1))
    assert "Адаптивний карантин" in on(UV, "zaklyk", d(2020, 7, 1))
    assert "საკათედრო" in on(BT, "eteri", orthodox_easter(2019))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            day = max(iso(start), FIRST_DAY)
            if in_force(day, table) != value:  # superseded before the first day
                continue
            assert all(part in on(domain, family, day) for part in value.split(" · ")), start
    wage_days = {iso(start) for start, _ in UZ_WAGE if iso(start) > FIRST_DAY}
    assert changes(VY, "ish-haqi") == wage_days | {UZ_LATIN}
    assert "634 880 so'm" in on(VY, "ish-haqi", d(2019, 8, 1))
    assert "2 651 тенге" in on(SV, "mrp", d(2020, 6, 1))
    assert "8 грн" in on(SL, "metro", LAST_DAY)
    assert found(PS, "peredplata", r"— (\d+) грн") == set(PS_PRICES.values())
    assert found(ET, "zhazylu", r"айға — ([\d ]+) теңге") == set(ET_PRICES.values())
    assert found(SC, "support", r"from (\$\d) a month") == {"$5", "$6"}
    mrp = {m[1] for t in group_lines(SET, SV, "mrp")
           if (m := re.search(r"МРП составляет ([\d ]+) тенге", norm(t)))}
    assert len(mrp) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (UV, "pomylka", UKRAINIAN), (UV, "peredruk", CYRILLIC), (SV, "oshibka", CYRILLIC),
        (MP, "avtori", GEORGIAN), (MP, "kursi", GEORGIAN), (BT, "youtube", GEORGIAN),
        (XX, "istinad", AZERBAIJANI), (XX, "dateline", AZERBAIJANI),
        (AL, "heghinak", ARMENIAN), (AL, "poxarjeq", ARMENIAN), (ET, "kuni", KAZAKH),
        (ET, "zhazylu", KAZAKH), (PS, "zasnovnyk", UKRAINIAN)))
    sana = group_lines(SET, VY, "sana")
    assert any(re.search(CYRILLIC, t) for t in sana) and any("-yil" in t for t in sana)
    assert all("Өскемен" in t and "Усть-Каменогорск" in t for t in group_lines(SET, ET,
                                                                             "dateline"))
    bilingual = on(ET, "koshirme", d(2019, 1, 1))
    assert "гиперсілтеме міндетті" in bilingual and "гиперссылка на" in bilingual
    assert re.search(KAZAKH, on(SV, "social", d(2016, 3, 22)))
    assert "Հայերեն" in on(HW, "languages", LAST_DAY) and "Русский" in on(HW, "languages",
                                                                          LAST_DAY)
    assert any("НУР-СУЛТАН" in t for t in group_lines(SET, SV, "dateline"))
    assert any("АСТАНА" in t for t in group_lines(SET, SV, "dateline"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{UV}/data", f"{UV}/avtor", f"{UV}/chytajte", f"{UV}/kurs",
                         f"{UV}/tegy", f"{UV}/foto", f"{UV}/rubryka", f"{SV}/dateline",
                         f"{SV}/kurs", f"{MP}/tarighi", f"{MP}/kursi", f"{XX}/dateline",
                         f"{XX}/tarix"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{UV}/pomylka", f"{UV}/peredruk", f"{SV}/oshibka", f"{SV}/ssylka",
        f"{MP}/gamoqeneba", f"{XX}/istinad"))
    assert_carried_share(docs, UV, [
        ("data", 0.8, 0.98), ("chytajte", 0.55, 0.85), ("vypravlennya", 0.0, 0.1),
        ("kurs", 0.18, 0.45), ("zaklyk", 0.2, 0.5)])
    assert_carried_share(docs, SV, [("dateline", 0.75, 0.95), ("mrp", 0.04, 0.3),
                                    ("popravka", 0.0, 0.12)])
    for fam in (f"{UV}/chytajte", f"{UV}/reklama", f"{SV}/chitayte", f"{MP}/aseve",
                f"{XX}/oxu"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((UV, "foto"), (SV, "foto"), (MP, "foto"), (XX, "foto"),
                               (VY, "foto"), (AL, "lusankar"), (SL, "foto"), (SC, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (UV, "vypravlennya", 16), (SV, "popravka"), (MP, "shesworeba"), (XX, "duzelis"),
        (VY, "tuzatish"), (AL, "ughghum"), (SL, "ispravlenie"), (SC, "correction"),
        (PS, "vypravlennya"), (ET, "tuzetu"), (BT, "shesworeba"), (HW, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{UV}/chytajte", "Читайте також: "), (f"{SV}/chitayte", "Читайте также: "),
        (f"{MP}/aseve", "ასევე წაიკითხეთ: "), (f"{XX}/oxu", "Oxu: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (UV, "reklama", "Реклама"), (MP, "reklama", "რეკლამა"), (XX, "reklam", "Reklam"),
        (AL, "govazd", "Գովազդ"), (SL, "reklama", "Реклама")))
    assert_group_values_from_pool(SET, (
        (UV, "rubryka", "rubryka"), (SV, "rubrika", "rubrika"), (MP, "rubrika", "rubrika"),
        (XX, "bolme", "bolme"), (VY, "rukn", "rukn"), (AL, "bazhin", "bazhin"),
        (SL, "rubrika", "rubrika"), (SC, "region", "region")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (UV, "pomylka", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter"),
        (UV, "reklama", "Реклама"),
        (XX, "reklam", "Reklam")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        UV: (["pomylka", "peredruk", "copyright"], 3),
        SV: (["ssylka", "oshibka", "registratsiya", "copyright"], 3),
        MP: (["gamoqeneba", "copyright"], 2),
        VY: (["foydalanish", "copyright"], 2),
        AL: (["artatpum", "copyright"], 2),
        SL: (["oshibka", "ssylka", "copyright"], 2),
        SC: (["reporting", "support", "republish", "copyright"], 2),
        PS: (["zasnovnyk", "copyright"], 2),
        ET: (["koshirme", "copyright"], 2),
        BT: (["ambavi", "licenzia", "copyright"], 2),
        HW: (["reprint", "copyright"], 2)})


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
