"""The held-back-103 template set (`tests.bench.heldout_templates_103`): its localised dates
(printed day by day in Turkish, Romanian, Greek, Ukrainian, Bulgarian, Georgian and Crimean
Tatar, several changing form on the day of a redesign, a daily by its year and issue number, a
weekly by its issue), the lines that turn every day, week or season (the lira, the leu, the
hryvnia, the lev, the lari, sterling and the Moldovan leu on working days, Nicosia's high,
the sea at Varna in summer, the duty pharmacy, the iftar time in Ramadan, the tea price), the
seasons of beaches, storms, fires, tea, anchovies, harvests and ski slopes, the notices it
rewords by date, the calendars some notices follow (votes, snap and re-run ones, a postponed
one, referendums, a coup attempt, martial law, curfews, lockdowns, closed crossings,
earthquakes, a fire, a club fire's mourning, protests, talks, Brexit's deadlines, national days
with their counts, the two Bayrams, Orthodox Easter, Green Monday, Kataklysmos, Martisor, Baba
Marta, Trifon Zarezan, Hidirellez, Wine Day, the deportation's remembrance, events called off
in 2020), the amounts in its appeals and prices, the lines in several languages and scripts,
the variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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

from tests.bench.heldout_calendar import orthodox_easter
from tests.bench.heldout_templates_103 import (
    AQ_REDESIGN,
    BP_PHARMACIES,
    BP_REDESIGN,
    BT_REDESIGN,
    CD_REDESIGN,
    CF_REDESIGN,
    EP_REDESIGN,
    FIRST_DAY,
    GP_REDESIGN,
    KURBAN_BAYRAMI,
    LAST_DAY,
    PH_REDESIGN,
    PT_REDESIGN,
    RAMADAN,
    RAMAZAN_BAYRAMI,
    ak_issue,
    along,
    bgn_rate,
    bp_issue,
    comma,
    dotted,
    duty_pharmacy,
    gbp_eur,
    gel_rate,
    green_monday,
    iftar_time,
    in_ramadan,
    kataklysmos,
    made_up,
    mdl_rate,
    nicosia_high,
    ron_rate,
    sea_temperature,
    try_rate,
    uah_rate,
    week_from,
    wine_day,
    working_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-103"
SITES = ("Galata Postası", "Curierul Dâmboviței", "Πρωινός Ταχυδρόμος", "Південна хвиля",
         "Черноморски фар", "ბათუმის ტალღა", "Beşparmak Postası", "Ecoul Prutului",
         "Yayla Haber", "The Akamas Courier", "Aqmescit Sesi", "Болградски глас")
IS, RO, NI, OD = ("galatapostasi.com.tr", "curieruldambovitei.ro", "proinostaxydromos.com.cy",
                  "pivdennakhvylia.com.ua")
VA, BA, LE, CA = ("chernomorskifar.bg", "batumistalgha.ge", "besparmakpostasi.com",
                  "ecoulprutului.md")
RI, PA, QT, BO = ("rizeyaylahaber.com", "akamascourier.com", "aqmescitsesi.org",
                  "bolgradskiglas.org.ua")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((IS, "tarih"), (RO, "data"), (NI, "imerominia"), (OD, "data"), (VA, "data"),
         (BA, "tarighi"), (LE, "tarih"), (CA, "data"), (RI, "tarih"), (QT, "tarih"),
         (BO, "data"))
# The lines that turn every day, every week, on working days or every season.
PERIODIC = ((IS, "piyasa"), (RO, "curs"), (NI, "kairos"), (OD, "kurs"), (VA, "kurs"),
            (VA, "more"), (BA, "kursi"), (LE, "sayi"), (LE, "eczane"), (LE, "doviz"),
            (CA, "curs"), (RI, "vakit"), (RI, "cay"), (PA, "issue"), (PA, "sterling"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((IS, "duyuru"), (RO, "anunt"), (NI, "anakoinosi"), (OD, "ogoloshennia"),
           (VA, "suobshtenie"), (BA, "gantskhadeba"), (LE, "duyuru"), (CA, "anunt"),
           (RI, "duyuru"), (PA, "notice"), (QT, "ilan"), (BO, "obyava"))
SEASONAL = ((IS, "mevsim"), (RO, "vreme"), (NI, "epochi"), (OD, "sezon"), (BA, "sezoni"),
            (CA, "sezon"), (RI, "mevsim"), (PA, "season"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    IS: "Galata Postası'nı Twitter ve Facebook'ta takip edin",
    RO: "Urmărește Curierul Dâmboviței pe Facebook",
    NI: "Ακολουθήστε μας στο Facebook και στο Twitter: Πρωινός Ταχυδρόμος",
    OD: "Читайте нас у Facebook: Південна хвиля",
    VA: "Харесайте страницата на „Черноморски фар“ във Facebook",
    BA: "გამოგვყევით Facebook-ზე: ბათუმის ტალღა",
    LE: "Beşparmak Postası'nı Facebook'ta beğenin",
    CA: "Urmăriți Ecoul Prutului pe Facebook și Odnoklassniki",
    RI: "Yayla Haber'i Facebook'ta takip edin",
    PA: "Like The Akamas Courier on Facebook for island news",
    QT: "Bizni Facebook'ta oquñız · Читайте нас у Facebook",
    BO: "Следете „Болградски глас“ във Facebook и Одноклассники",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def numbers(first: int, last: int) -> set[str]:
    """The whole numbers from `first` to `last`, as text."""
    return {str(n) for n in range(first, last + 1)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 7, 17), d(2017, 4, 14), d(2018, 8, 13), d(2019, 5, 20),
        d(2019, 11, 24), d(2020, 4, 19), d(2020, 10, 31), LAST_DAY))


def test_helpers() -> None:
    assert comma(2.97221) == "2,9722" and comma(1.5, 2) == "1,50" and dotted(9561) == "9.561"
    knots = (("2015-01-01", 0.0), ("2015-01-11", 10.0))
    assert along(knots, d(2015, 1, 6)) == 5.0
    assert along(knots, d(2014, 1, 1)) == 0.0 and along(knots, d(2016, 1, 1)) == 10.0
    assert week_from(d(2016, 3, 5), 4) == d(2016, 3, 4) == week_from(d(2016, 3, 4), 4)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    assert green_monday(2018) == d(2018, 2, 19) and kataklysmos(2020) == d(2020, 6, 8)
    assert orthodox_easter(2019) == d(2019, 4, 28)
    assert [wine_day(y) for y in (2016, 2019)] == [d(2016, 10, 1), d(2019, 10, 5)]
    assert bp_issue(d(1990, 1, 1)) == (1, 1) and bp_issue(d(2016, 3, 5)) == (27, 9561)
    assert ak_issue(d(2016, 3, 5)) == (636, d(2016, 3, 4))
    assert in_ramadan(d(2018, 6, 1)) and not in_ramadan(d(2018, 6, 15))
    for y in range(2015, 2021):
        start, feast = d.fromisoformat(RAMADAN[y]), d.fromisoformat(RAMAZAN_BAYRAMI[y])
        assert 29 <= (feast - start).days <= 30 and in_ramadan(start)
        assert 67 <= (d.fromisoformat(KURBAN_BAYRAMI[y]) - feast).days <= 69
    assert len(set(BP_PHARMACIES)) == len(BP_PHARMACIES)
    for day in every_day():
        work = working_day(day)
        assert try_rate(day) == try_rate(work) and ron_rate(day) == ron_rate(work)
        assert uah_rate(day) == uah_rate(work) and bgn_rate(day) == bgn_rate(work)
        assert gel_rate(day) == gel_rate(work) and mdl_rate(day) == mdl_rate(work)
        assert gbp_eur(day) == gbp_eur(work)
        usd, eur, gbp = try_rate(day)
        assert 2.3 <= usd <= 8.6 and usd < eur < 10.5 and usd < gbp < 11.6
        assert 4.45 <= ron_rate(day) <= 4.9 and 15.7 <= uah_rate(day) <= 30.1
        assert 1.55 <= bgn_rate(day) <= 1.9 and 1.84 <= gel_rate(day) <= 3.3
        assert 15.4 <= mdl_rate(day)[1] <= 20.2 and 1.0 <= gbp_eur(day) <= 1.5
        assert 13 <= nicosia_high(day) <= 41
        assert duty_pharmacy(day) != duty_pharmacy(day - one)
        number, friday = ak_issue(day)
        assert friday.weekday() == 4 and 0 <= (day - friday).days < 7
        if 6 <= day.month <= 9:
            assert 17 <= sea_temperature(day) <= 27
    assert try_rate(d(2018, 8, 13))[0] > 6.5 > try_rate(d(2018, 6, 1))[0]  # the 2018 fall
    assert uah_rate(d(2015, 2, 25)) > 29 and uah_rate(d(2015, 1, 5)) < 17
    assert gbp_eur(d(2015, 11, 2)) > 1.35 > 1.2 > gbp_eur(d(2019, 8, 9))
    assert iftar_time(d(2016, 6, 20))[:3] == "19:" and iftar_time(d(2020, 12, 1))[:3] == "16:"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(IS, "tarih", old, r"5 Mart 2016 Cumartesi, \d\d:\d\d")
    full(IS, "tarih", new, r"21\.06\.2019 \| Güncelleme: \d\d:\d\d")
    full(IS, "piyasa", new, r"💱 Piyasalar: Dolar 5,\d{4} · Euro 6,\d{4}")
    full(RO, "data", old, "sâmbătă, 5 martie 2016")
    full(RO, "data", new, r"Publicat: 21\.06\.2019, ora \d\d:\d\d")
    full(RO, "curs", new, r"Curs BNR: 1 EUR = 4,\d{4} lei")
    full(NI, "imerominia", old, "Σάββατο, 5 Μαρτίου 2016")
    full(NI, "imerominia", new, r"21/06/2019 - \d\d:\d\d")
    full(NI, "kairos", new, r"☀️ Λευκωσία σήμερα: μέγιστη 3\d°C")
    full(OD, "data", old, "5 березня 2016, субота")
    full(OD, "data", new, r"21\.06\.2019 о \d\d:\d\d")
    full(OD, "kurs", new, r"Курс НБУ: 1 USD = 2\d,\d{4} грн")
    full(VA, "data", old, "05 март 2016, събота")
    full(VA, "data", new, r"21\.06\.2019 г\., \d\d:\d\d ч\.")
    full(VA, "kurs", new, r"БНБ: 1 USD = 1,\d{4} лв\.")
    full(VA, "more", old, "🏖️ Плажен сезон 2016: откриване на 1 юни")
    full(VA, "more", new, r"🌊 Температура на морската вода във Варна днес: \d\d°C")
    full(VA, "more", d(2016, 11, 5), "🏖️ Плажен сезон 2017: откриване на 1 юни")
    full(BA, "tarighi", old, "შაბათი, 5 მარტი, 2016")
    full(BA, "tarighi", new, r"21\.06\.2019 / \d\d:\d\d")
    full(BA, "kursi", new, r"💱 ეროვნული ბანკის კურსი: 1 USD = 2\.\d{4} ₾")
    full(LE, "sayi", old, r"Yıl: 27 · Sayı: 9\.561")
    full(LE, "tarih", old, "Lefkoşa, 5 Mart 2016")
    full(LE, "tarih", new, r"21/06/2019 Cuma \d\d:\d\d")
    full(LE, "doviz", new, r"Döviz: Sterlin \d,\d{4} · Euro \d,\d{4} · Dolar 5,\d{4}")
    full(CA, "data", old, "Cahul, 5 martie 2016")
    full(CA, "data", new, r"Vineri, 21\.06\.2019 · \d\d:\d\d")
    full(CA, "curs", new, r"Curs BNM: 1 EUR = 1\d,\d{4} lei · 1 USD = 1\d,\d{4} lei")
    full(RI, "tarih", old, "Rize - 5 Mart 2016")
    full(RI, "vakit", d(2018, 6, 1), r"🌙 Rize'de bugün iftar saati: 19:\d\d")
    full(PA, "issue", old, "Issue 636 · Friday 4 March 2016")
    full(PA, "sterling", new, r"💷 Sterling today: £1 = €1\.\d{4}")
    full(QT, "tarih", old, "5 mart 2016, cumaertesi")
    full(QT, "tarih", new, "21.06.2019 · 21 червня")
    full(BO, "data", old, "Болград, 5 март 2016 г.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert ("Güncelleme" in on(IS, "tarih", day)) == (day >= GP_REDESIGN)
        assert on(RO, "data", day).startswith("Publicat") == (day >= CD_REDESIGN)
        assert (" - " in on(NI, "imerominia", day)) == (day >= PT_REDESIGN)
        assert (" о " in on(OD, "data", day)) == (day >= PH_REDESIGN)
        assert (" г., " in on(VA, "data", day)) == (day >= CF_REDESIGN)
        assert (" / " in on(BA, "tarighi", day)) == (day >= BT_REDESIGN)
        assert on(LE, "tarih", day).startswith("Lefkoşa") == (day < BP_REDESIGN)
        assert on(CA, "data", day).startswith("Cahul") == (day < EP_REDESIGN)
        assert ("червня" in on(QT, "tarih", day) or day.month != 6) or day < AQ_REDESIGN
        assert bool(re.search("[а-яі]", on(QT, "tarih", day))) == (day >= AQ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_season() -> None:
    for domain, family in ((IS, "piyasa"), (RO, "curs"), (OD, "kurs"), (VA, "kurs"),
                           (BA, "kursi"), (LE, "doviz"), (CA, "curs"), (PA, "sterling")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    for domain, family in ((LE, "sayi"), (LE, "eczane")):
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    assert len(changes(NI, "kairos")) >= 1500  # a whole degree: some days as the day before
    assert {on(LE, "eczane", day).partition(": ")[2] for day in every_day()} == set(
        BP_PHARMACIES)
    sea = changes(VA, "more")
    assert all(6 <= day.month <= 10 for day in sea) and len(sea) >= 300
    assert len({on(VA, "more", day) for day in every_day() if day.month in (1, 2, 3)}) == 6
    turned = changes(PA, "issue")
    assert len(turned) >= 300 and all(day.weekday() == 4 for day in turned)
    iftar = changes(RI, "vakit")
    assert 90 <= len(iftar) <= 190 and all(in_ramadan(day) or in_ramadan(day - one)
                                            for day in iftar)
    tea = changes(RI, "cay")
    assert len(tea) == 6 and all(day.month == 5 for day in tea)
    for day in every_day():
        usd, eur, gbp = try_rate(day)
        assert f"Dolar {comma(usd)}" in on(IS, "piyasa", day)
        assert f"Sterlin {comma(gbp)}" in on(LE, "doviz", day)
        assert comma(ron_rate(day)) in on(RO, "curs", day)
        assert comma(uah_rate(day)) in on(OD, "kurs", day)
        assert f"{gel_rate(day):.4f}" in on(BA, "kursi", day)
        assert f"{nicosia_high(day)}°C" in on(NI, "kairos", day)
        assert dotted(bp_issue(day)[1]) in on(LE, "sayi", day)
        assert f"Issue {ak_issue(day)[0]:,}" in on(PA, "issue", day)
        assert ("iftar" in on(RI, "vakit", day)) == in_ramadan(day)
    assert "Dolar 2," in on(IS, "piyasa", d(2015, 1, 5))
    assert re.search("Dolar [78],", on(IS, "piyasa", d(2020, 12, 1)))
    assert "= 3" in on(OD, "kurs", d(2015, 2, 25)) or "= 29," in on(OD, "kurs", d(2015, 2, 25))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "sona erdi" in on(IS, "mevsim", d(y, 6, 1))
        assert "sürüyor" in on(IS, "mevsim", d(y, 1, 15))
        assert "caniculă" in on(RO, "vreme", d(y, 7, 20))
        assert "ninsoare" in on(RO, "vreme", d(y, 1, 20))
        assert "Καύσωνας" in on(NI, "epochi", d(y, 7, 20))
        assert "Αντιπυρική" in on(NI, "epochi", d(y, 5, 20))
        assert "Χειμώνας" in on(NI, "epochi", d(y, 12, 20))
        assert "Пляжний" in on(OD, "sezon", d(y, 7, 1))
        assert "шторми" in on(OD, "sezon", d(y, 11, 1))
        assert "საკურორტო" in on(BA, "sezoni", d(y, 7, 1))
        assert "სარფის" in on(BA, "sezoni", d(y, 10, 1))
        assert "სათხილამურო" in on(BA, "sezoni", d(y, 2, 1))
        assert "viei" in on(CA, "sezon", d(y, 9, 20))
        assert "Polei" in on(CA, "sezon", d(y, 1, 10))
        assert "Hamsi sezonu açıldı" in on(RI, "mevsim", d(y, 9, 15))
        assert "av yasağı" in on(RI, "mevsim", d(y, 5, 1))
        assert "çay hasadı" in on(RI, "mevsim", d(y, 7, 1))
        assert "heyelan" in on(RI, "mevsim", d(y, 12, 1))
        assert "Fire season" in on(PA, "season", d(y, 8, 1))
        assert "rains" in on(PA, "season", d(y, 1, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Istanbul: the votes and the re-run, the coup attempt, the earthquakes, the curfews
    assert "1 Kasım" in on(IS, "duyuru", d(2015, 10, 30))
    assert "darbe" in on(IS, "duyuru", d(2016, 7, 18))
    assert "halkoylaması" in on(IS, "duyuru", d(2017, 4, 15))
    assert "yenilendi" in on(IS, "duyuru", d(2019, 6, 22))
    assert "Elazığ" in on(IS, "duyuru", d(2020, 1, 28))
    assert "İzmir" in on(IS, "duyuru", d(2020, 11, 1))
    assert "sokağa çıkma" in on(IS, "duyuru", d(2020, 5, 24))  # the curfew over the Bayram
    assert counts_in(IS, "duyuru", r"Cumhuriyetimizin (\d+)\. yılı") == numbers(
        93, 97)  # 2015's: the snap vote
    assert counts_in(IS, "duyuru", r"vefatının (\d+)\. yılında") == numbers(77, 82)
    assert counts_in(IS, "duyuru", r"Birlik Günü: (\d+)\. yıl") == numbers(1, 4)
    for y, day in KURBAN_BAYRAMI.items():
        assert "Kurban" in on(IS, "duyuru", d.fromisoformat(day)), y
    # Bucharest: the mourning, the protests, the votes, the Union's counts, Easter
    assert "Colectiv" in on(RO, "anunt", d(2015, 11, 1))
    assert "Piața Victoriei" in on(RO, "anunt", d(2017, 2, 5))
    assert "familie" in on(RO, "anunt", d(2018, 10, 6))
    assert "turul al II-lea" in on(RO, "anunt", d(2019, 11, 23))
    assert "urgență" in on(RO, "anunt", d(2020, 4, 1))
    assert counts_in(RO, "anunt", r"A (\d+)-a aniversare") == numbers(97, 102)
    assert counts_in(RO, "anunt", r"Principatelor: (\d+) de ani") == numbers(156, 161)
    assert counts_in(RO, "anunt", r"Paște fericit (\d{4})") == years - {"2020"}  # emergency
    # Nicosia: the votes, the Solea fire, Crans-Montana, the lockdown, the feasts
    assert "β' γύρος" in on(NI, "anakoinosi", d(2018, 2, 3))
    assert "Σολέα" in on(NI, "anakoinosi", d(2016, 6, 20))
    assert "Κραν Μοντανά" in on(NI, "anakoinosi", d(2017, 7, 1))
    assert "8998" in on(NI, "anakoinosi", d(2020, 4, 19))  # Easter under the lockdown
    assert counts_in(NI, "anakoinosi", r"(\d+) χρόνια Κυπριακής") == numbers(55, 60)
    assert counts_in(NI, "anakoinosi", r"25η Μαρτίου: (\d+) χρόνια") == numbers(194, 198)
    assert counts_in(NI, "anakoinosi", r"Καλό Πάσχα (\d{4})") == years - {"2020"}
    assert counts_in(NI, "anakoinosi", r"Κατακλυσμός (\d{4})") == years - {"2016"}  # fire
    for y in range(2015, 2021):
        assert "Καθαρά Δευτέρα" in on(NI, "anakoinosi", green_monday(y)), y
    # Odesa: martial law, the votes, the quarantines, the counts
    assert "воєнний стан" in on(OD, "ogoloshennia", d(2018, 12, 1))
    assert "Другий тур виборів міського" in on(OD, "ogoloshennia", d(2015, 11, 14))
    assert "вихідного дня" in on(OD, "ogoloshennia", d(2020, 11, 20))
    assert counts_in(OD, "ogoloshennia", r"Незалежності! (\d+)-та") == numbers(24, 29)
    assert counts_in(OD, "ogoloshennia", r"Одесі — (\d+)!") == numbers(221, 226)
    assert counts_in(OD, "ogoloshennia", r"(\d+)-та річниця визволення") == numbers(71, 75)
    assert "Гуморина" in on(OD, "ogoloshennia", d(2018, 4, 1))
    # Varna: the votes, the summit, the emergency, the protests, the counts
    assert "Балотаж" in on(VA, "suobshtenie", d(2015, 10, 31))
    assert "Турция" in on(VA, "suobshtenie", d(2018, 3, 26))
    assert "Протестите" in on(VA, "suobshtenie", d(2020, 9, 6))
    assert counts_in(VA, "suobshtenie", r"(\d+) години от Освобождението") == numbers(137, 142)
    assert counts_in(VA, "suobshtenie", r"(\d+) години от Съединението") == numbers(130, 134)
    assert counts_in(VA, "suobshtenie", r"(\d+) години независимост") == numbers(107, 112)
    assert "Баба Марта" in on(VA, "suobshtenie", d(2019, 3, 1))
    assert "Варна!" in on(VA, "suobshtenie", d(2017, 8, 15))
    # Batumi: the votes and run-offs, the protests, the emergency, the counts
    assert "მეორე ტური" in on(BA, "gantskhadeba", d(2018, 11, 27))
    assert "საპროტესტო" in on(BA, "gantskhadeba", d(2019, 6, 25))
    assert "კომენდანტის" in on(BA, "gantskhadeba", d(2020, 4, 9))
    assert counts_in(BA, "gantskhadeba", r"დამოუკიდებლობის დღე: (\d+)") == numbers(97, 102)
    assert counts_in(BA, "gantskhadeba", r"9 აპრილი: (\d+)") == numbers(26, 30)
    assert "შობას" in on(BA, "gantskhadeba", d(2017, 1, 7))
    # North Nicosia: the votes, the vote put off, the crossings, Varosha, the counts
    assert "ertelendi" in on(LE, "duyuru", d(2020, 4, 1))
    assert "geçiş kapıları" in on(LE, "duyuru", d(2020, 3, 10))
    assert "Maraş" in on(LE, "duyuru", d(2020, 10, 8))
    assert "ikinci tur" in on(LE, "duyuru", d(2020, 10, 17))
    assert counts_in(LE, "duyuru", r"Özgürlük Bayramı: (\d+)\. yıl") == numbers(41, 46)
    assert counts_in(LE, "duyuru", r"kuruluşunun (\d+)\. yıl") == numbers(32, 37)
    # Cahul: the votes, the emergency, Independence's count, Wine Day (not held in 2020)
    assert "Turul doi pentru primăria" in on(CA, "anunt", d(2015, 6, 27))
    assert "referendum" in on(CA, "anunt", d(2019, 2, 23))
    assert counts_in(CA, "anunt", r"(\d+) de ani de independență") == numbers(24, 29)
    assert counts_in(CA, "anunt", r"Vinului (\d{4}):") == years - {"2020"}
    assert "nu se mai ține" in on(CA, "anunt", wine_day(2020))
    assert "Limba noastră" in on(CA, "anunt", d(2016, 8, 31))
    # Rize: the liberation's and the Republic's counts, the fairs (not held in 2020)
    assert counts_in(RI, "duyuru", r"kurtuluşunun (\d+)\. yılı") == numbers(97, 102)
    assert counts_in(RI, "duyuru", r"kutlu olsun: (\d+)\. yıl") == numbers(
        93, 97)  # 2015's: the snap vote
    assert counts_in(RI, "duyuru", r"Yayla şenlikleri (\d{4})") == years - {"2020"}
    assert "seyahat izni" in on(RI, "duyuru", d(2020, 4, 20))
    # Paphos: the UK's votes, Brexit's deadlines, the culture capital, the carnival
    assert "EU referendum" in on(PA, "notice", d(2016, 6, 22))
    assert "31 October" in on(PA, "notice", d(2019, 10, 25))
    assert "leaves the EU" in on(PA, "notice", d(2020, 1, 31))
    assert "Pafos 2017" in on(PA, "notice", d(2017, 1, 28))
    assert "Migration" in on(PA, "notice", d(2020, 11, 15))
    assert "Christmas" in on(PA, "notice", d(2020, 12, 24))  # the feast breaks in
    assert counts_in(PA, "notice", r"Paphos Carnival (\d{4})") == years
    assert "Kalo Pascha" in on(PA, "notice", orthodox_easter(2020))
    # Kyiv: the blockade, the Mejlis ban, the deportation's count, the feasts
    assert "blokadası" in on(QT, "ilan", d(2015, 10, 1))
    assert "Meclisi" in on(QT, "ilan", d(2016, 4, 28))
    assert counts_in(QT, "ilan", r"sürgünlikniñ (\d+) yılı") == numbers(71, 75)
    assert counts_in(QT, "ilan", r"Hıdırellez (\d{4})") == years - {"2020"}  # quarantine
    assert "Oraza" in on(QT, "ilan", d(2019, 6, 4))
    # Bolhrad: martial law, the votes, Liberation's count, Trifon Zarezan
    assert "Военно положение" in on(BO, "obyava", d(2018, 12, 10))
    assert counts_in(BO, "obyava", r"(\d+) години от Освобождението") == numbers(137, 142)
    assert counts_in(BO, "obyava", r"Трифон Зарезан (\d{4})") == years


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (IS, "muhabir", GP_REDESIGN, "Haber: {author}", "| Galata"),
        (IS, "e-gazete", d(2017, 1, 2), "9,90", "14,90"),
        (IS, "e-gazete", d(2019, 1, 7), "14,90", "199 TL"),
        (IS, "haklar", d(2017, 1, 2), "saklıdır.", "çoğaltılamaz"),
        (IS, "duyuru", d(2019, 4, 15), "Twitter", "WhatsApp"),
        (RO, "autor", CD_REDESIGN, "de {author}", "Autor:"),
        (RO, "sustine", d(2018, 3, 1), "independent", "15 lei"),
        (RO, "anunt", d(2019, 3, 4), "Facebook", "newsletter"),
        (NI, "syntaktis", PT_REDESIGN, "Του", "Γράφει"),
        (NI, "syndromi", d(2017, 9, 4), "€1,50", "€6,99"),
        (NI, "syndromi", d(2020, 1, 8), "€6,99", "€79"),
        (NI, "anakoinosi", d(2019, 6, 3), "Twitter", "Viber"),
        (OD, "avtor", PH_REDESIGN, "Автор:", "Текст:"),
        (OD, "pidtrymka", d(2019, 2, 1), "незалежну", "100 грн"),
        (OD, "ogoloshennia", d(2018, 11, 5), "Facebook", "Telegram"),
        (VA, "avtor", CF_REDESIGN, "Автор:", "Текст и снимки"),
        (VA, "suobshtenie", d(2019, 6, 1), "Facebook", "Viber"),
        (BA, "avtori", BT_REDESIGN, "ავტორი:", "მოამზადა"),
        (BA, "gantskhadeba", d(2019, 9, 2), "Facebook", "ბიულეტენი"),
        (LE, "yazar", BP_REDESIGN, "Haber Merkezi", "Yazan:"),
        (LE, "abonelik", d(2018, 10, 1), "40 TL", "60 TL"),
        (LE, "abonelik", d(2020, 1, 2), "60 TL", "90 TL"),
        (LE, "duyuru", d(2018, 3, 5), "Facebook", "Instagram"),
        (CA, "autor", EP_REDESIGN, "Autor:", "Reporter:"),
        (CA, "donatie", d(2019, 1, 14), "presa locală", "card"),
        (CA, "anunt", d(2019, 10, 1), "Facebook", "Telegram"),
        (RI, "muhabir", d(2018, 3, 7), "Muhabir:", "/ Yayla Haber"),
        (RI, "duyuru", d(2019, 5, 20), "Facebook", "YouTube"),
        (RI, "cay", d(2018, 5, 14), "2,13", "2,65"),
        (PA, "byline", d(2017, 1, 28), "By {author}", "Words:"),
        (PA, "friends", d(2018, 9, 7), "kiosk", "€4 a month"),
        (QT, "muellif", AQ_REDESIGN, "Müellif: {author}", "Автор"),
        (QT, "yardim", d(2019, 5, 18), "кожна гривня", "{grivna} грн"),
        (BO, "avtor", d(2019, 3, 3), "Автор:", "Текст:"),
        (BO, "podkrepa", d(2018, 2, 14), "читателите", "50 грн")))
    assert_groups_reworded(SET, (
        (IS, "tarih", "Cumartesi, ", "Güncelleme: "),
        (RO, "data", "martie", "Publicat: "),
        (NI, "imerominia", "Μαρτίου", " - "),
        (OD, "data", "березня", " о "),
        (IS, "muhabir", "Haber: ", " | "),
    ))


def test_several_languages_and_scripts() -> None:
    greek, cyrillic, georgian = r"[\u0370-\u03ff]", r"[\u0400-\u04ff]", r"[\u10d0-\u10ff]"
    assert_groups_in_script(SET, (
        (NI, "imerominia", r"^(?:[\u0370-\u03ff]|\d\d/\d\d/\d{4} - )"),
        (NI, "diavaste", greek), (OD, "chytaite", cyrillic), (VA, "procheti", cyrillic),
        (BA, "tsaikitkhet", georgian), (BA, "avtori", georgian), (BO, "chetete", cyrillic)))
    tatar = r"\b(?:bazar ertesi|salı|çarşenbe|cumaaqşamı|cuma|cumaertesi|bazar)$"
    assert any(re.search(tatar, t) for t in group_lines(SET, QT, "tarih"))
    assert any(re.search(cyrillic, t) for t in group_lines(SET, QT, "tarih"))
    assert all(re.search(cyrillic, t) and re.search("[ñğ]", t)
               for t in group_lines(SET, QT, "kopiya"))
    georgian_days = r"(?:ორშაბათი|სამშაბათი|ოთხშაბათი|ხუთშაბათი|პარასკევი|შაბათი|კვირა)"
    assert any(re.match(georgian_days, t) for t in group_lines(SET, BA, "tarighi"))
    assert all(re.search(cyrillic, t) for t in group_lines(SET, CA, "rusa"))
    assert any(re.search("[şğıİ]", t) for t in group_lines(SET, IS, "tarih"))
    assert any(re.search("[ăâîșț]", t) for t in group_lines(SET, RO, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{IS}/tarih", f"{IS}/muhabir", f"{IS}/ilginizi", f"{IS}/kategori",
                         f"{IS}/piyasa", f"{IS}/haklar", f"{IS}/kaynak", f"{RO}/data",
                         f"{RO}/citeste", f"{RO}/rubrica", f"{RO}/curs", f"{NI}/imerominia",
                         f"{NI}/kairos"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{IS}/duzeltme", f"{IS}/alinti", f"{IS}/reklam", f"{RO}/preluare",
        f"{RO}/publicitate", f"{NI}/dieuthynsi", f"{OD}/peredruk"))
    assert_carried_share(docs, IS, [
        ("tarih", 0.7, 0.97), ("haklar", 0.3, 0.6), ("ilginizi", 0.4, 0.75),
        ("duzeltme", 0.0, 0.1), ("duyuru", 0.15, 0.45)])
    assert_carried_share(docs, RO, [("data", 0.65, 0.93), ("publicitate", 0.0, 0.2)])
    for fam in (f"{IS}/ilginizi", f"{RO}/citeste", f"{NI}/diavaste"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{IS}/foto", f"{RO}/foto", f"{NI}/fotografia"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((IS, "foto"), (IS, "reklam"), (RO, "foto"), (RO, "publicitate"),
                               (NI, "fotografia"), (OD, "foto"), (VA, "snimka"), (BA, "foto"),
                               (LE, "okuyun"), (CA, "cititi"), (RI, "goz-atin"),
                               (PA, "read-more"), (QT, "oqunuz"), (BO, "chetete")))


def test_amounts_in_appeals_and_prices() -> None:
    amounts = [m[1] for t in group_lines(SET, QT, "yardim")
               if (m := re.search(r"нас: (\d+) грн", norm(t)))]
    assert amounts and set(amounts) <= pool(SET, QT, "grivna")
    assert "9,90" in on(IS, "e-gazete", d(2015, 6, 1)) and "19,90" in on(IS, "e-gazete",
                                                                        d(2020, 6, 1))
    assert "40 TL" in on(LE, "abonelik", d(2016, 1, 1)) and "90 TL" in on(LE, "abonelik",
                                                                         d(2020, 6, 1))
    assert "€1,50" in on(NI, "syndromi", d(2016, 1, 1))
    assert "15 lei" in on(RO, "sustine", d(2019, 1, 1))
    assert "€4 a month" in on(PA, "friends", d(2020, 1, 1))
    tea = [m[1] for y in range(2015, 2021)
           if (m := re.search(r"kilogramı ([\d,]+) TL", on(RI, "cay", d(y, 8, 1))))]
    assert len(tea) == 6 and [float(p.replace(",", ".")) for p in tea] == sorted(
        float(p.replace(",", ".")) for p in tea)
    seen = {m[1] for t in group_lines(SET, IS, "e-gazete")
            if (m := re.search(r"aylık ([\d,]+) TL", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (IS, "duzeltme"), (RO, "trafic"), (NI, "kleisimo"), (OD, "voda"), (VA, "parno"),
        (BA, "tsqali"), (LE, "elektrik"), (CA, "gaz"), (RI, "yol"), (PA, "water"),
        (QT, "efir"), (BO, "voda")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{IS}/ilginizi", "İlginizi çekebilir: "), (f"{RO}/citeste", "Citește și: "),
        (f"{NI}/diavaste", "Διαβάστε επίσης: "), (f"{OD}/chytaite", "Читайте також: "),
        (f"{VA}/procheti", "Прочетете още: "), (f"{BA}/tsaikitkhet", "ასევე წაიკითხეთ: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (IS, "reklam", "Reklam"),
        (RO, "publicitate", "Publicitate"),
        (NI, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"),
        (VA, "reklama", "Реклама"),
        (BA, "ena", "Читать на русском · Read in English"),
        (CA, "rusa", "Эта новость доступна и на русском языке"),
        (IS, "alinti", "Haberlerimizden alıntı yapılırken kaynak gösterilmesi ve habere "
                       "bağlantı verilmesi zorunludur."),
        (OD, "peredruk", "Передрук матеріалів дозволено лише з активним посиланням на "
                         "джерело.")))
    for style, family, pattern, pool_name in (
            (IS, "kategori", r"^(.+)$", "kategori"),
            (IS, "sehir", r"^(.+) -$", "sehir"),
            (IS, "kaynak", r"^Kaynak: (.+)$", "ajans"),
            (RO, "rubrica", r"^(.+)$", "rubrica"),
            (RO, "foto", r"^Foto: (.+)$", "foto"),
            (RO, "preluat", r"^Articol preluat de la partenerii noștri de la (.+)$",
             "partener"),
            (NI, "enotita", r"^(.+)$", "enotita"),
            (NI, "topos", r"^(.+)\.$", "poli"),
            (OD, "rubryka", r"^(.+)$", "rubryka"),
            (OD, "dzherelo", r"^Джерело: (.+)$", "dzherelo"),
            (VA, "rubrika", r"^(.+)$", "rubrika"),
            (BA, "rubrika", r"^(.+)$", "rubrika"),
            (PA, "dateline", r"^(.+):$", "area")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (IS, "alinti", "Haberlerimizden alıntı yapılırken kaynak gösterilmesi ve habere "
                       "bağlantı verilmesi zorunludur."),
        (RO, "preluare", "Preluarea conținutului este permisă doar în limita a 500 de "
                         "caractere, cu link către articolul original."),
        (NI, "dieuthynsi", "Λεωφόρος Μακαρίου 00, 1065 Λευκωσία · Τηλ. 22 000000")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        IS: (["e-gazete", "haklar", "alinti"], 2), RO: (["sustine", "drepturi", "preluare"], 2),
        NI: (["syndromi", "dikaiomata", "dieuthynsi"], 2),
        OD: (["pidtrymka", "prava", "peredruk"], 2),
        VA: (["byuletin", "prava", "tsitirane"], 2), BA: (["uflebebi", "tsitireba"], 2),
        LE: (["abonelik", "haklar"], 2), CA: (["donatie", "drepturi", "reproducere"], 2),
        RI: (["haklar", "alinti"], 2), PA: (["friends", "copyright", "office"], 2),
        QT: (["yardim", "aqlar", "kopiya"], 2), BO: (["podkrepa", "prava"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert IS in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
