"""The held-back-108 template set (`tests.bench.heldout_templates_108`): its localised dates
(printed day by day in Russian, Belarusian, Tatar, Uzbek in Cyrillic then Latin script,
Kyrgyz, Bashkir, Sakha, Tajik and with Chechen weekdays, several changing form on the day of a
redesign, four by a paper's issue), the lines that turn every day, week or twice a week (the
central banks' rates on working days, the Belarusian rouble's redenomination, the tenge's
float, the sum freed, Yakutsk's temperatures, issue numbers and a print run), the seasons of
ticks, heating, mudflows, avalanches, smog, heat, cold, river crossings, winter roads, fields
and subscription campaigns, the notices it rewords by date, the calendars some notices follow
(votes, an annulled one, referendums, states of emergency, self-isolation, quarantines, a
summit, the World Cup, a dam, a mourning, Victory Day and its parade put off, republic,
independence, constitution, capital and city days with their counts, Nauryz, Navruz, the
Eids, Sabantuy, Ysyakh, Radunitsa, Freedom Day, language days), the amounts in its prices, the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import nth_weekday, orthodox_easter
from tests.bench.heldout_templates_108 import (
    BA_REDESIGN,
    BY_ERIP,
    BY_REDESIGN,
    BY_TELEGRAM,
    CE_REDESIGN,
    DENOMINATION,
    FIRST_DAY,
    KG_REDESIGN,
    KZ_CAPITAL,
    KZ_LATIN,
    KZ_REDESIGN,
    LAST_DAY,
    NZ_REDESIGN,
    SA_REDESIGN,
    TJ_REDESIGN,
    TT_REDESIGN,
    UR_REDESIGN,
    UR_RIGHTS,
    UR_TELEGRAM,
    UZ_LATIN,
    along,
    ba_issue,
    byn_usd,
    comma,
    issue_of,
    kgs_usd,
    kzt_usd,
    made_up,
    nz_issue,
    print_run,
    rub_eur,
    rub_usd,
    spaced,
    tj_issue,
    tjs_usd,
    twice_weekly,
    uzs_usd,
    week_from,
    working_day,
    yakutsk_temperature,
    ysyakh,
    za_issue,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-108"
SITES = ("Уральская летопись", "Менскі веснік", "Алатауский курьер", "Казан таңы",
         "Chorsu yangiliklari", "Чуй-Инфо", "Ҡарлығас", "Якутский меридиан",
         "Душанбинский вестник", "Сунжа-Инфо", "Над Нёманам", "Заозёрские вести")
UR, BY, KZ, TT = "uralletopis.ru", "menskivesnik.by", "alataukurier.kz", "kazantany.ru"
UZ, KG, BA, SA = "chorsuyangilik.uz", "chuyinfo.kg", "karlygas.ru", "yakmeridian.ru"
TJ, CE, NZ, ZA = "dushvestnik.tj", "sunzhainfo.ru", "nadnemanam.by", "zaozerskievesti.ru"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day with their year (every one from the first day).
DAILY = ((UR, "data"), (BY, "data"), (KZ, "data"), (TT, "data"), (UZ, "sana"), (KG, "data"),
         (KG, "kun"), (BA, "data"), (SA, "data"), (SA, "kuun"), (TJ, "data"), (TJ, "sana"),
         (CE, "data"), (NZ, "data"))
# The datelines printed with the day and the month, without the year.
DATELINES = ((UR, "gorod"), (KG, "shaar"))
# The lines that turn every day, on working days, every week or twice a week.
RATES = ((UR, "kurs"), (BY, "kurs"), (KZ, "kurs"), (TT, "kurs"), (UZ, "kurs"), (KG, "kurs"),
         (TJ, "kurs"))
ISSUES = ((BA, "han", 3), (BA, "basyldy", 3), (TJ, "nomer", 3), (ZA, "nomer", 4),
          (ZA, "tirazh", 4))
PERIODIC = RATES + ((SA, "pogoda"), (NZ, "numar")) + tuple(i[:2] for i in ISSUES)
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((UR, "uvedomlenie"), (BY, "abvestka"), (KZ, "habarlama"), (TT, "beldereu"),
           (UZ, "elon"), (KG, "kabar"), (BA, "iglan"), (SA, "obyavlenie"), (TJ, "obyavlenie"),
           (CE, "obyavlenie"), (NZ, "abvestka"), (ZA, "obyavleniya"))
SEASONAL = ((UR, "sezon"), (BY, "sezon"), (KZ, "sezon"), (UZ, "mavsum"), (KG, "sezon"),
            (BA, "yazylyu"), (SA, "pereprava"), (SA, "aktirovka"), (TJ, "sezon"),
            (NZ, "polya"), (NZ, "podpiska"), (ZA, "zimnik"), (ZA, "podpiska"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    UR: "Подписывайтесь на нас во «ВКонтакте» и «Одноклассниках»",
    BY: "Далучайцеся да нас у Фэйсбуку і ВКантакце",
    KZ: "Мы в Facebook и Instagram: подписывайтесь",
    TT: "Безне «ВКонтакте»да укыгыз",
    UZ: "Бизни Facebook ва Одноклассникида кузатинг",
    KG: "Читайте нас в Facebook и «Одноклассниках»",
    BA: "Беҙҙе «ВКонтакте»-ла күҙәтегеҙ",
    SA: "Подписывайтесь на нас в Instagram",
    TJ: "Мы в Facebook: присоединяйтесь",
    CE: "Подписывайтесь на наш Instagram",
    NZ: "Мы в «Одноклассниках»: ищите нашу районку",
    ZA: "Объявления и поздравления принимаем в редакции и по телефону 8 (818) 000-00-00",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def numbers(first: int, last: int) -> set[str]:
    """The whole numbers from `first` to `last` (both included), as text."""
    return {str(n) for n in range(first, last + 1)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + DATELINES + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2015, 8, 20), d(2016, 7, 1), d(2017, 9, 5), d(2018, 6, 20),
        d(2018, 9, 1), d(2019, 3, 23), d(2020, 5, 9), d(2020, 10, 7), LAST_DAY))


def test_helpers() -> None:
    assert comma(64.456) == "64,46" and comma(2.01, 4) == "2,0100"
    assert spaced(20180) == "20 180" and spaced(8100, 2) == "8 100,00" and spaced(950) == "950"
    points = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert along(d(2015, 1, 6), points) == 5.0
    assert along(d(2014, 1, 1), points) == 0.0 and along(d(2016, 1, 1), points) == 10
    assert week_from(d(2019, 6, 23), 3) == d(2019, 6, 20) == week_from(d(2019, 6, 20), 3)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert issue_of(d(2016, 3, 5), 3, 1456) == ba_issue(d(2016, 3, 5)) == (9, 1517,
                                                                            d(2016, 3, 3))
    assert tj_issue(d(2016, 3, 5)) == (9, 773, d(2016, 3, 3))
    assert za_issue(d(2016, 3, 5)) == (10, 11264, d(2016, 3, 4))
    assert twice_weekly(d(2015, 1, 10), (2, 5), 9012) == nz_issue(d(2015, 1, 10)) == (
        3, 9014, d(2015, 1, 10))
    assert nz_issue(d(2016, 3, 5)) == (19, 9134, d(2016, 3, 5))
    assert nz_issue(d(2016, 3, 8)) == (19, 9134, d(2016, 3, 5))  # a Tuesday
    assert [ysyakh(y) for y in range(2015, 2021)] == [
        d(2015, 6, 20), d(2016, 6, 25), d(2017, 6, 24), d(2018, 6, 23), d(2019, 6, 22),
        d(2020, 6, 20)]
    for day in every_day():
        work = working_day(day)
        for rate in (rub_usd, rub_eur, byn_usd, kzt_usd, uzs_usd, kgs_usd, tjs_usd):
            assert rate(day) == rate(work), rate
        assert 49 <= rub_usd(day) <= 84 and 53 <= rub_eur(day) <= 98
        assert 1.18 <= byn_usd(day) <= 2.65 and 180 <= kzt_usd(day) <= 450
        assert 2400 <= uzs_usd(day) <= 10_520 and 58.5 <= kgs_usd(day) <= 84.5
        assert 5.3 <= tjs_usd(day) <= 11.35
        low, high = yakutsk_temperature(day)
        assert -50 <= low < high <= 33
        assert print_run(day) == print_run(za_issue(day)[2]) and 2100 <= print_run(day) <= 3200
        for number, _, out in (ba_issue(day), tj_issue(day), za_issue(day), nz_issue(day)):
            assert out <= day and 1 <= number <= 106
    assert kzt_usd(d(2015, 8, 19)) < 190 < 250 < kzt_usd(d(2015, 8, 20))  # the float
    assert uzs_usd(d(2017, 9, 4)) < 4300 < 8000 < uzs_usd(d(2017, 9, 5))  # the sum freed
    assert rub_usd(d(2016, 1, 22)) > 80 and rub_usd(d(2017, 6, 1)) < 58
    assert max(high for _, high in map(yakutsk_temperature, (
        d(2017, 1, k) for k in range(1, 32)))) <= -25
    assert min(low for low, _ in map(yakutsk_temperature, (
        d(2017, 7, k) for k in range(1, 32)))) >= 5


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(UR, "data", old, "5 марта 2016, суббота")
    full(UR, "data", new, r"21\.06\.2019 \d\d:\d\d")
    full(UR, "gorod", new, r"[А-ЯЁ -]+, 21 июня\.")
    full(UR, "kurs", new, r"Курс ЦБ: \$ 6\d,\d\d ₽ · € 7\d,\d\d ₽")
    full(BY, "data", old, "Субота, 5 сакавіка 2016")
    full(BY, "data", new, r"21 чэрвеня 2019, \d\d:\d\d")
    full(BY, "kurs", old, r"Афіцыйны курс: 1 USD = 2\d \d{3} BYR")
    full(BY, "kurs", new, r"Афіцыйны курс: 1 USD = 2,\d{4} BYN")
    full(KZ, "data", old, "Суббота, 5 марта 2016")
    full(KZ, "data", new, r"21 июня 2019, \d\d:\d\d")
    full(KZ, "kurs", new, r"Официальный курс Нацбанка РК: 1 USD = 3\d\d,\d\d тг")
    full(TT, "data", old, "5 март 2016, шимбә")
    full(TT, "data", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(TT, "kurs", new, r"Үзәк банк курсы: 1 доллар — 6\d,\d\d сум")
    full(UZ, "sana", old, "2016 йил 5 март, шанба")
    full(UZ, "sana", new, r"21-iyun, 2019-yil, juma \| \d\d:\d\d")
    full(UZ, "kurs", old, r"МБ курси: 1 АҚШ доллари = 2 \d{3},\d\d сўм")
    full(UZ, "kurs", new, r"MB kursi: 1 AQSH dollari = [89] \d{3},\d\d so‘m")
    full(KG, "data", old, "5 марта 2016, суббота")
    full(KG, "data", new, r"Опубликовано: 21\.06\.2019 \d\d:\d\d")
    full(KG, "kun", old, "2016-жыл, 5-март, ишемби")
    full(KG, "shaar", new, r"[А-Я -]+, 21 июн — Чуй-Инфо\.")
    full(KG, "kurs", new, r"Учетный курс НБКР: \$1 = 69,\d{4} сом")
    full(BA, "han", old, r"№ 9 \(1517\) · 3 март 2016, кесаҙна")
    full(BA, "data", old, "5 март 2016 йыл, шәмбе")
    full(BA, "data", new, r"21\.06\.2019 · \d\d:\d\d")
    full(BA, "basyldy", old, "Мәҡәлә гәзиттең 9-се һанында баҫылды.")
    full(SA, "data", old, "5 марта 2016, суббота")
    full(SA, "data", new, r"21\.06\.2019, \d\d:\d\d")
    full(SA, "kuun", old, "2016 с. кулун тутар 5 к., субуота")
    full(SA, "pogoda", new, r"🌡️ Якутск сегодня: от \+\d+ до \+\d+ °C")
    full(SA, "pogoda", d(2016, 1, 15), r"🌡️ Якутск сегодня: от −\d+ до −\d+ °C")
    full(TJ, "nomer", old, r"№ 9 \(773\) от 3 марта 2016 г\.")
    full(TJ, "data", old, "Суббота, 5 марта 2016")
    full(TJ, "data", new, r"21 июня 2019 \| \d\d:\d\d")
    full(TJ, "sana", old, "Шанбе, 5 март 2016")
    full(TJ, "kurs", new, r"Курс НБТ: 1 доллар США = 9,\d{4} сомони")
    full(CE, "data", old, "5 марта 2016 г.")
    full(CE, "data", new, "ПӀераска, 21 июня 2019")
    full(NZ, "numar", old, r"№ 19 \(9 134\) · субота, 5 сакавіка 2016")
    full(NZ, "data", old, "05.03.2016")
    full(NZ, "data", new, r"21 июня 2019, \d\d:\d\d")
    full(ZA, "nomer", old, r"№ 10 \(11 264\) · пятница, 4 марта 2016 года")
    full(ZA, "tirazh", old, r"Тираж \d{4}\. Заказ № 264\. Подписано в печать 03\.03\.2016 в "
                            r"15:00")
    full(KZ, "avtor", d(2019, 1, 3), r".+, (корреспондент|обозреватель|собкор по Алматинской "
                                     r"области|редактор отдела экономики)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + DATELINES}
    for day in every_day():
        for key in DAILY + DATELINES:
            seen[key].add(on(*key, day))
        assert ("{time}" in on(UR, "data", day)) == (day >= UR_REDESIGN)
        assert on(BY, "data", day)[0].isupper() == (day < BY_REDESIGN)
        assert (", {time}" in on(KZ, "data", day)) == (day >= KZ_REDESIGN)
        assert (" | " in on(TT, "data", day)) == (day >= TT_REDESIGN)
        assert ("-yil" in on(UZ, "sana", day)) == (day >= UZ_LATIN)
        assert on(KG, "data", day).startswith("Опубликовано") == (day >= KG_REDESIGN)
        assert (" йыл, " in on(BA, "data", day)) == (day < BA_REDESIGN)
        assert ("{time}" in on(SA, "data", day)) == (day >= SA_REDESIGN)
        assert ("{time}" in on(TJ, "data", day)) == (day >= TJ_REDESIGN)
        assert on(CE, "data", day).endswith(" г.") == (day < CE_REDESIGN)
        assert ("{time}" in on(NZ, "data", day)) == (day >= NZ_REDESIGN)
    for key in DAILY:
        assert len(seen[key]) == len(every_day()), key
    for key in DATELINES:
        assert len(seen[key]) == 366, key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_twice_a_week() -> None:
    for domain, family in RATES:
        turned = changes(domain, family) - {UZ_LATIN}  # a Saturday: the script changed
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    assert len(changes(SA, "pogoda")) >= 2000  # every day, weekends too
    for domain, family, weekday in ISSUES:
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), (
            domain, family)
    turned = changes(NZ, "numar")
    assert len(turned) >= 600 and {day.weekday() for day in turned} == {2, 5}
    for day in every_day():
        assert comma(rub_usd(day)) in on(UR, "kurs", day)
        assert comma(rub_usd(day)) in on(TT, "kurs", day)
        assert comma(kzt_usd(day)) in on(KZ, "kurs", day)
        assert spaced(uzs_usd(day), 2) in on(UZ, "kurs", day)
        assert ("BYN" in on(BY, "kurs", day)) == (day >= DENOMINATION)
        assert f"Тираж {print_run(day)}." in on(ZA, "tirazh", day)
    assert "= 18" in on(KZ, "kurs", d(2015, 8, 19)) and "= 25" in on(KZ, "kurs",
                                                                     d(2015, 8, 20))
    assert "= 4 2" in on(UZ, "kurs", d(2017, 9, 4)) and "= 8 1" in on(UZ, "kurs",
                                                                      d(2017, 9, 5))
    assert re.search(r"= 20 \d{3} BYR$", on(BY, "kurs", d(2016, 6, 30)))
    assert re.search(r"= [12],\d{4} BYN$", on(BY, "kurs", d(2016, 7, 1)))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Клещевой" in on(UR, "sezon", d(y, 5, 1))
        assert "Отопительный" in on(UR, "sezon", d(y, 1, 15))
        assert "лясоў" in on(BY, "sezon", d(y, 5, 1)) and "Грыбны" in on(BY, "sezon",
                                                                         d(y, 9, 1))
        assert "Селеопасный" in on(KZ, "sezon", d(y, 7, 1))
        assert "Отопительный" in on(KZ, "sezon", d(y, 12, 1))
        assert "issiq" in on(UZ, "mavsum", d(y, 7, 1)) or y < 2019
        assert "иссиқ" in on(UZ, "mavsum", d(y, 7, 1)) or y > 2018
        assert "🔥" in on(UZ, "mavsum", d(y, 1, 10))
        assert "Лавиноопасный" in on(KG, "sezon", d(y, 4, 1))
        assert "Смог" in on(KG, "sezon", d(y, 12, 1))
        assert f"{y} йылдың 2-се" in on(BA, "yazylyu", d(y, 5, 1))
        assert f"{y + 1} йылдың 1-се" in on(BA, "yazylyu", d(y, 10, 1))
        assert "Ледовая" in on(SA, "pereprava", d(y, 2, 1))
        assert "Ледоход" in on(SA, "pereprava", d(y, 5, 10))
        assert "Паромная" in on(SA, "pereprava", d(y, 8, 1))
        assert "Ледостав" in on(SA, "pereprava", d(y, 11, 10))
        assert "Актированные" in on(SA, "aktirovka", d(y, 1, 10))
        assert "селей" in on(TJ, "sezon", d(y, 5, 1)) and "графику" in on(TJ, "sezon",
                                                                         d(y, 1, 10))
        assert f"сев-{y}" in on(NZ, "polya", d(y, 4, 20))
        assert f"Уборочная-{y}" in on(NZ, "polya", d(y, 8, 10))
        assert f"II полугодие {y}" in on(NZ, "podpiska", d(y, 5, 1))
        assert f"I полугодие {y + 1}" in on(NZ, "podpiska", d(y, 10, 1))
        assert "Зимник открыт" in on(ZA, "zimnik", d(y, 2, 1))
        assert "распутица" in on(ZA, "zimnik", d(y, 4, 20))
        assert f"второе полугодие {y}" in on(ZA, "podpiska", d(y, 5, 1))
        assert f"первое полугодие {y + 1}" in on(ZA, "podpiska", d(y, 10, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 32, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Yekaterinburg: the votes, the World Cup, self-isolation, the parade put off
    assert counts_in(UR, "uvedomlenie", r"(\d+) лет Победы") == numbers(70, 75)
    assert "парад перенесён" in on(UR, "uvedomlenie", d(2020, 5, 9))
    assert "Парад Победы 24 июня" in on(UR, "uvedomlenie", d(2020, 6, 23))
    assert counts_in(UR, "uvedomlenie", r"Екатеринбургу (\d+) лет") == numbers(292, 296)
    assert "без массовых" in on(UR, "uvedomlenie", nth_weekday(2020, 8, 5, 3))
    assert counts_in(UR, "uvedomlenie", r"С наступающим (\d{4})") == numbers(2016, 2021)
    assert "Чемпионат мира" in on(UR, "uvedomlenie", d(2018, 6, 20))
    assert "самоизоляции" in on(UR, "uvedomlenie", d(2020, 5, 1))
    assert "Конституцию" in on(UR, "uvedomlenie", d(2020, 6, 28))
    assert "три дня" in on(UR, "uvedomlenie", d(2020, 9, 11))
    assert "губернатора" in on(UR, "uvedomlenie", d(2017, 9, 8))
    # Minsk: Freedom Day, Independence, Radunitsa, the written language's towns, 2020
    assert counts_in(BY, "abvestka", r"Дзень Волі: (\d+) гадоў") == numbers(97, 102)
    assert counts_in(BY, "abvestka", r"(\d+) гадоў з дня вызвалення") == numbers(71, 76) - {
        "72"}  # 2016's: the redenomination
    assert counts_in(BY, "abvestka", r"пісьменства (\d{4}) у") == years
    assert "Слоніме" in on(BY, "abvestka", d(2019, 9, 1))
    for y in range(2015, 2021):
        assert "Радаўніца" in on(BY, "abvestka", orthodox_easter(y) + 9 * one), y
    assert "Дэнамінацыя" in on(BY, "abvestka", d(2016, 7, 1))
    assert "VPN" in on(BY, "abvestka", d(2020, 8, 12))
    assert "да 8 жніўня" in on(BY, "abvestka", d(2020, 8, 6))
    # Almaty: three votes, the float, the capital's new name, the emergency, the holidays
    assert counts_in(KZ, "habarlama", r"(\d+) лет Независимости") == numbers(24, 29)
    assert counts_in(KZ, "habarlama", r"Основному закону (\d+) лет") == numbers(21, 25)
    # 2015's: the float
    assert counts_in(KZ, "habarlama", r"День столицы: (\d+) лет") == numbers(17, 22)
    assert "свободном плавании" in on(KZ, "habarlama", d(2015, 8, 25))
    assert "Нур-Султан" in on(KZ, "habarlama", d(2019, 3, 25))
    assert "Внеочередные" in on(KZ, "habarlama", d(2019, 6, 8))
    assert "Режим ЧП" in on(KZ, "habarlama", d(2020, 3, 22))  # no Nauryz greeting in 2020
    assert "Наурыз" in on(KZ, "habarlama", d(2018, 3, 22))
    # Kazan: the Bayrams, Sabantuy (the 2018 one in the World Cup, online in 2020)
    assert counts_in(TT, "beldereu", r"Казан Сабан туе (\d{4})") == years - {"2018", "2020"}
    assert "онлайн" in on(TT, "beldereu", d(2020, 6, 20))
    assert "Дөнья чемпионаты" in on(TT, "beldereu", d(2018, 6, 23))
    assert counts_in(TT, "beldereu", r"Тукайның тууына (\d+) ел") == numbers(129, 133)
    assert counts_in(TT, "beldereu", r"Республикасы көне: (\d+) ел") == numbers(25, 30)
    assert "Корбан" in on(TT, "beldereu", d(2019, 8, 11))
    assert "Ураза" in on(TT, "beldereu", d(2019, 6, 4))
    # Tashkent: the mourning, the freed rate, Sardoba, the holidays in their year's script
    assert counts_in(UZ, "elon", r"Мустақиллик куни: (\d+) йил") == numbers(24, 26)
    assert counts_in(UZ, "elon", r"Mustaqillik kuni: (\d+) yil") == numbers(27, 29)
    assert "мотам" in on(UZ, "elon", d(2016, 9, 4))
    assert "эркинлаштирилди" in on(UZ, "elon", d(2017, 9, 10))
    assert "Sardoba" in on(UZ, "elon", d(2020, 5, 5))
    assert "Karantin" in on(UZ, "elon", d(2020, 5, 24))  # no Eid greeting in 2020
    assert "Navro‘z" in on(UZ, "elon", d(2020, 3, 21))
    assert "Наврўз" in on(UZ, "elon", d(2018, 3, 21))
    assert "Қурбон" in on(UZ, "elon", d(2018, 8, 22))
    # Bishkek: an annulled vote, the emergencies, the Nomad Games, the 2021 snap vote
    assert counts_in(KG, "kabar", r"(\d+) лет Независимости") == numbers(24, 29)
    assert counts_in(KG, "kabar", r"(\d+) лет со дня Апрельской") == numbers(5, 9)
    assert "недействительными" in on(KG, "kabar", d(2020, 10, 7))
    assert "Чрезвычайное положение" in on(KG, "kabar", d(2020, 10, 15))
    assert "Досрочные" in on(KG, "kabar", d(2021, 1, 5))
    assert "кочевников" in on(KG, "kabar", d(2016, 9, 5))
    assert "Чолпон-Аты" in on(KG, "kabar", d(2018, 9, 5))
    assert "Референдум" in on(KG, "kabar", d(2016, 12, 10))
    assert "Орозо" in on(KG, "kabar", d(2020, 5, 24))
    # Ufa: the summits, the votes, the Republic's Day
    assert counts_in(BA, "iglan", r"суверенитетҡа (\d+) йыл") == numbers(25, 30)
    assert "ШОС" in on(BA, "iglan", d(2015, 7, 8))
    assert "Башлығын" in on(BA, "iglan", d(2019, 9, 5))
    # Yakutsk: Ysyakh (called off in 2020), the Republic's Day, the native language
    assert counts_in(SA, "obyavlenie", r"Ысыах Туймаады (\d{4}):") == years - {"2020"}
    assert "отменён" in on(SA, "obyavlenie", d(2020, 6, 19))
    assert counts_in(SA, "obyavlenie", r"Якутия\): (\d+) лет") == numbers(93, 97)
    assert "Төрөөбүт тыл" in on(SA, "obyavlenie", d(2017, 2, 13))
    assert "главы Якутии" in on(SA, "obyavlenie", d(2018, 9, 7))
    # Dushanbe: four votes, a referendum, the national days
    assert counts_in(TJ, "obyavlenie", r"(\d+) лет миру") == numbers(18, 22)
    assert counts_in(TJ, "obyavlenie", r"(\d+) лет Независимости") == numbers(24, 29)
    assert counts_in(TJ, "obyavlenie", r"День Конституции: (\d+) лет") == numbers(21, 26)
    assert "референдум" in on(TJ, "obyavlenie", d(2016, 5, 20))
    assert "Президента" in on(TJ, "obyavlenie", d(2020, 10, 9))
    assert "Наврӯз" in on(TJ, "obyavlenie", d(2018, 3, 23))
    # Grozny: the Eids, the deportation's and the Constitution's counts, Women's Day
    assert counts_in(CE, "obyavlenie", r"(\d+) лет со дня депортации") == numbers(71, 76)
    assert counts_in(CE, "obyavlenie", r"Республики: (\d+) лет") == numbers(12, 17)
    assert "Марха дал" in on(CE, "obyavlenie", d(2018, 6, 16))
    assert "чеченской женщины" in on(CE, "obyavlenie", nth_weekday(2019, 9, 6, 3))
    assert "Въезд" in on(CE, "obyavlenie", d(2020, 5, 24))
    # Grodno: five votes, Independence, the written language's towns, November 7
    assert counts_in(NZ, "abvestka", r"(\d+) лет освобождения") == numbers(71, 76)
    assert counts_in(NZ, "abvestka", r"письменности (\d{4}) в") == years
    assert "Щучине" in on(NZ, "abvestka", d(2015, 9, 6))
    assert "Октябрьской" in on(NZ, "abvestka", d(2017, 11, 7))
    assert "4 августа" in on(NZ, "abvestka", d(2020, 8, 6))
    # Arkhangelsk region: Victory Day (not in 2020's self-isolation), the farmers' day
    assert counts_in(ZA, "obyavleniya", r"Победы! (\d+) лет") == numbers(70, 74)
    assert "сельского хозяйства" in on(ZA, "obyavleniya", nth_weekday(2018, 10, 6, 2))
    assert "губернатора" in on(ZA, "obyavleniya", d(2020, 9, 12))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (UR, "avtor", UR_REDESIGN, "Автор:", "Текст:"),
        (UR, "podpiska", d(2017, 1, 9), "199 ₽", "249 ₽"),
        (UR, "podpiska", d(2019, 1, 9), "249 ₽", "2990 ₽"),
        (UR, "kopirayt", UR_RIGHTS, "Все права", "1000 знаков"),
        (UR, "uvedomlenie", UR_TELEGRAM, "ВКонтакте", "Telegram"),
        (BY, "autar", BY_REDESIGN, "Аўтар:", "| Менскі веснік"),
        (BY, "danat", BY_ERIP, "ахвяраваны", "АРІП"),
        (BY, "abvestka", BY_TELEGRAM, "Фэйсбуку", "Telegram"),
        (BY, "kurs", DENOMINATION, "BYR", "BYN"),
        (KZ, "til", KZ_LATIN, "Қаз | Рус", "Qaz"),
        (KZ, "avtor", KZ_REDESIGN, "Автор:", "{dolzhnost}"),
        (KZ, "gorod", KZ_CAPITAL, "{gorod}", "{gorod_ns}"),
        (KZ, "podpiska", d(2017, 1, 3), "1 850", "2 100"),
        (KZ, "podpiska", d(2020, 1, 3), "2 100", "990"),
        (KZ, "habarlama", d(2018, 9, 3), "Facebook", "Telegram"),
        (TT, "avtor", TT_REDESIGN, "Автор:", "Хәбәрче:"),
        (TT, "yazylu", d(2017, 7, 1), "540", "612"),
        (TT, "yazylu", d(2019, 7, 1), "612", "690"),
        (TT, "beldereu", d(2019, 2, 4), "ВКонтакте", "Telegram"),
        (UZ, "muallif", UZ_LATIN, "Муаллиф", "Muallif"),
        (UZ, "oqing", UZ_LATIN, "Шунингдек", "Shuningdek"),
        (UZ, "kurs", UZ_LATIN, "сўм", "so‘m"),
        (UZ, "huquq", UZ_LATIN, "Материаллардан", "Materiallardan"),
        (KG, "podderzhka", d(2019, 9, 2), "независимую", "Patreon"),
        (KG, "kabar", d(2018, 4, 2), "Facebook", "WhatsApp"),
        (BA, "avtor", BA_REDESIGN, "әҙерләне", "Автор:"),
        (BA, "iglan", d(2019, 3, 4), "ВКонтакте", "Telegram"),
        (SA, "avtor", SA_REDESIGN, "Автор:", "Текст:"),
        (SA, "obyavlenie", d(2018, 10, 1), "Instagram", "WhatsApp"),
        (TJ, "tsena", d(2017, 1, 5), "2 сомони", "3 сомони"),
        (TJ, "tsena", d(2020, 1, 2), "3 сомони", "150 сомони"),
        (TJ, "obyavlenie", d(2019, 3, 4), "Facebook", "Telegram"),
        (CE, "avtor", CE_REDESIGN, "Автор:", "Корреспондент:"),
        (CE, "obyavlenie", d(2019, 1, 14), "Instagram", "Telegram"),
        (NZ, "avtor", NZ_REDESIGN, "{author}", "Текст:"),
        (NZ, "abvestka", d(2019, 1, 2), "Одноклассниках", "Instagram"),
        (ZA, "avtor", d(2018, 11, 4), "{author}", "Текст и фото"),
        (ZA, "obyavleniya", d(2019, 6, 3), "по телефону", "WhatsApp")))
    for style, family, old, new in (
            (UR, "data", r"^\d+ [а-я]+ \d{4}, [а-я]+$", r"^\d\d\.\d\d\.\d{4} \d\d:\d\d$"),
            (BY, "data", r"^[А-ЯЎІ][а-яўі]+, \d+ [а-яўі]+ \d{4}$", r", \d\d:\d\d$"),
            (KZ, "avtor", r"^Автор: ", r"^[^,]+, [а-я]"),
            (UZ, "sana", r"^\d{4} йил", r"-yil, ")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert any(re.search(old, t) for t in lines), (style, family)
        assert any(re.search(new, t) for t in lines), (style, family)


def test_several_languages_and_scripts() -> None:
    belarusian = r"\b(?:студзеня|лютага|сакавіка|красавіка|мая|чэрвеня|ліпеня|жніўня|верасня|" \
                 r"кастрычніка|лістапада|снежня)\b"
    tatar = r"(?:дүшәмбе|сишәмбе|чәршәмбе|пәнҗешәмбе|җомга|шимбә|якшәмбе)"
    bashkir = r"(?:дүшәмбе|шишәмбе|шаршамбы|кесаҙна|йома|шәмбе|йәкшәмбе)"
    sakha = r"(?:бэнидиэнньик|оптуорунньук|сэрэдэ|чэппиэр|бээтинсэ|субуота|баскыһыанньа)"
    kyrgyz = r"(?:дүйшөмбү|шейшемби|шаршемби|бейшемби|жума|ишемби|жекшемби)$"
    tajik = r"^(?:Душанбе|Сешанбе|Чоршанбе|Панҷшанбе|Ҷумъа|Шанбе|Якшанбе), "
    uzbek_latin = r"(?:dushanba|seshanba|chorshanba|payshanba|juma|shanba|yakshanba)"
    uzbek_cyrillic = r"(?:душанба|сешанба|чоршанба|пайшанба|жума|шанба|якшанба)$"
    assert all(re.search(belarusian, t) for t in group_lines(SET, BY, "data"))
    assert any(re.search(tatar, t) for t in group_lines(SET, TT, "data"))
    assert all(re.search(bashkir, t) for t in group_lines(SET, BA, "han"))
    assert all(re.search(sakha, t) for t in group_lines(SET, SA, "kuun"))
    assert all(re.search(kyrgyz, t) for t in group_lines(SET, KG, "kun"))
    assert all(re.search(tajik, t) for t in group_lines(SET, TJ, "sana"))
    assert any(re.search(uzbek_latin, t) for t in group_lines(SET, UZ, "sana"))
    assert any(re.search(uzbek_cyrillic, t) for t in group_lines(SET, UZ, "sana"))
    assert any("Ӏ" in t for t in group_lines(SET, CE, "data"))
    assert any("Ҡ" in t or "ҡ" in t for t in group_lines(SET, BA, "hoquq"))
    assert all(re.search(belarusian, t) for t in group_lines(SET, NZ, "numar"))
    assert any(re.search(r"[а-я]", t) for t in group_lines(SET, NZ, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{UR}/data", f"{UR}/avtor", f"{UR}/chitayte", f"{UR}/rubrika",
                         f"{UR}/kurs", f"{UR}/kopirayt", f"{UR}/foto", f"{BY}/data",
                         f"{BY}/chytajce", f"{BY}/rubryka", f"{BY}/kurs", f"{KZ}/data",
                         f"{KZ}/kurs"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{UR}/oshibka", f"{UR}/zapreshchena", f"{UR}/svidetelstvo", f"{BY}/mierkavanni",
        f"{KZ}/mnenie", f"{KZ}/svidetelstvo", f"{TT}/khokuk"))
    assert_carried_share(docs, UR, [
        ("data", 0.7, 0.97), ("kopirayt", 0.3, 0.6), ("chitayte", 0.4, 0.75),
        ("dopolnyaetsya", 0.0, 0.1), ("uvedomlenie", 0.15, 0.45)])
    assert_carried_share(docs, BY, [("data", 0.65, 0.93), ("tekhrabota", 0.0, 0.15)])
    for fam in (f"{UR}/chitayte", f"{BY}/chytajce", f"{KZ}/chitayte"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{UR}/foto", f"{BY}/fota", f"{KZ}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((UR, "foto"), (BY, "fota"), (KZ, "foto"), (TT, "foto"),
                               (UZ, "surat"), (UZ, "reklama"), (KG, "ranee"), (BA, "uqygyz"),
                               (SA, "po-teme"), (SA, "reklama"), (TJ, "po-teme"),
                               (CE, "chitayte"), (NZ, "chitayte")))
    roles = {m[1] for t in group_lines(SET, KZ, "avtor")
             if (m := re.fullmatch(r"[^,]+, (.+)", norm(t)))}
    assert roles and roles <= pool(SET, KZ, "dolzhnost")


def test_amounts_in_appeals_and_prices() -> None:
    assert "199 ₽" in on(UR, "podpiska", d(2015, 6, 1))
    assert "2990 ₽" in on(UR, "podpiska", d(2020, 6, 1))
    assert "1 850 тг" in on(KZ, "podpiska", d(2016, 6, 1))
    assert "990 тг" in on(KZ, "podpiska", d(2020, 6, 1))
    assert "ад 5 рублёў" in on(BY, "danat", d(2020, 6, 1))
    assert "$2 в месяц" in on(KG, "podderzhka", d(2020, 6, 1))
    assert "Цена: 2 сомони" == on(TJ, "tsena", d(2016, 6, 1))
    prices = [re.search(r"— ([\d ,]+) руб\.", on(NZ, "podpiska", d(y, 5, 1)))[1]
              for y in range(2015, 2021)]
    assert prices[0] == "150 000" and prices[1] == "168 000"  # old roubles, then new ones
    assert prices[2:] == ["18,90", "21,00", "23,40", "25,80"]
    assert "16,80 руб." in on(NZ, "podpiska", d(2016, 10, 1))  # the campaign after it
    za = [int(re.search(r"— (\d+) ₽", on(ZA, "podpiska", d(y, 5, 1)))[1])
          for y in range(2015, 2021)]
    assert za == sorted(za) and len(set(za)) == 6
    ba = {m[1] for t in group_lines(SET, BA, "yazylyu")
          if (m := re.search(r"6 айға (\d+) һум", norm(t)))}
    assert len(ba) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (UR, "dopolnyaetsya"), (BY, "tekhrabota"), (KZ, "obnovleno"), (TT, "tekhnik"),
        (UZ, "tuzatish"), (KG, "obnovleno"), (BA, "hunlap"), (SA, "svet"), (TJ, "vyydet"),
        (CE, "test"), (NZ, "vyjdzie"), (ZA, "prazdnik")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{UR}/chitayte", "Читайте также: "), (f"{BY}/chytajce", "Чытайце таксама: "),
        (f"{KZ}/chitayte", "Читайте также: "), (f"{TT}/ukygyz", "Шулай ук укыгыз: "),
        (f"{KG}/ranee", "Ранее сообщалось: ")))
    links = [norm(t) for t in group_lines(SET, UZ, "oqing")]
    assert links and all(t.startswith(("Шунингдек ўқинг: ", "Shuningdek o‘qing: "))
                         for t in links)


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (UR, "oshibka", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"),
        (BY, "mierkavanni", "Меркаванне аўтара можа не супадаць з пазіцыяй рэдакцыі."),
        (KZ, "mnenie", "Мнение автора может не совпадать с позицией редакции."),
        (SA, "reklama", "Реклама"),
        (CE, "ssylka", "При использовании материалов ссылка на источник обязательна."),
        (NZ, "reklama", "За содержание рекламы редакция ответственности не несёт."),
        (ZA, "reklama", "Редакция не несёт ответственности за содержание рекламных "
                        "объявлений.")))
    assert_group_values_from_pool(SET, ((UR, "rubrika", "rubrika"), (BY, "rubryka", "rubryka"),
                                        (KZ, "rubrika", "rubrika"), (TT, "bulek", "bulek"),
                                        (UZ, "rukn", "rukn"), (KG, "rubrika", "rubrika")))
    for style, family, pattern, pool_names in (
            (UR, "gorod", r"^(.+), \d+ [а-я]+\.$", ("gorod",)),
            (UR, "foto", r"^Фото: (.+)$", ("istochnik",)),
            (BY, "fota", r"^Фота: (.+)$", ("foto",)),
            (KZ, "gorod", r"^(.+) —$", ("gorod", "gorod_ns")),
            (KG, "shaar", r"^(.+), \d+ [а-я]+ — Чуй-Инфо\.$", ("shaar",)),
            (KG, "istochnik", r"^Источник: (.+)$", ("istochnik",)),
            (CE, "istochnik", r"^Источник: (.+)$", ("istochnik",))):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        allowed = set().union(*(pool(SET, style, name) for name in pool_names))
        assert values and sum(v in allowed for v in values) >= 0.9 * len(values), (style,
                                                                                 family)
    capitals = {m[1] for t in group_lines(SET, KZ, "gorod") if (m := re.search(r"^(.+) —$", t))}
    assert "НУР-СУЛТАН" in capitals or "АСТАНА" in capitals


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KZ, "mnenie", "Мнение автора может не совпадать с позицией редакции."),
        (BY, "mierkavanni", "Меркаванне аўтара можа не супадаць з пазіцыяй рэдакцыі."),
        (UR, "oshibka", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        UR: (["podpiska", "svidetelstvo", "kopirayt"], 2),
        BY: (["danat", "mierkavanni", "pravy"], 2),
        KZ: (["podpiska", "mnenie", "kopirayt", "svidetelstvo"], 2),
        TT: (["yazylu", "yash", "khokuk"], 2), UZ: (["huquq", "guvohnoma"], 2),
        KG: (["podderzhka", "perepechatka", "mnenie", "kopirayt"], 2),
        BA: (["hoquq", "adres"], 1), TJ: (["tsena", "kopirayt", "registratsiya"], 2),
        CE: (["pravo", "ssylka", "smi"], 2), NZ: (["reklama", "uchrediteli", "kopirayt"], 2),
        ZA: (["reklama", "tirazh", "kopirayt"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert UR in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
