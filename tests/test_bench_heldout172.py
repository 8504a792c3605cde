"""The held-back-172 template set (`tests.bench.heldout_templates_172`): its localised dates
(printed day by day in English in British and American order, German, Polish and Czech with
genitive months, Brazilian and European Portuguese and Korean, several changing form on the
day of a redesign), the lines that turn every day, week, month and quarter ("prices correct
at the time of writing", American mortgage rates, garden calendars, Czech mortgage rates,
the Euribor, Warsaw's price per square metre), the calendars some notices follow (the clocks
going back, boiler servicing, frost, Black Friday, Thanksgiving, the spring market, Seollal
and Chuseok, the rainy season, Easter and Whitsun, Mother's and Father's Day, the IMI
instalment, student lets, the Clean Air programme, the 2020 lockdowns), the amounts that
change over the years (the energy price cap, German VAT, the NBP and Bank of Korea rates,
the Czech property transfer tax), the disclosures and notices reworded between 2015 and
2020, the listing slots from pools, the lines in six languages and three scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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

from tests.bench.heldout_calendar import easter, last_weekday, nth_weekday, thanksgiving
from tests.bench.heldout_templates_172 import (
    BOK,
    CA_AFILIADOS,
    CA_REDESIGN,
    CHUSEOK,
    DAN_Z_NABYTI,
    FIRST_DAY,
    GK_REDESIGN,
    GK_RELIABLE,
    IS_AFFILIATE,
    IS_REDESIGN,
    KW_OFERTA,
    KW_REDESIGN,
    LAST_DAY,
    LD_REDESIGN,
    MWST,
    NBP,
    OJ_GUIDELINES,
    OJ_REDESIGN,
    PL_AFFILIATE,
    PL_EMAIL,
    PL_PART_P,
    PL_REDESIGN,
    PRICE_CAP,
    RD_NABIDKA,
    RD_REDESIGN,
    RM_AFILIACJA,
    RM_REDESIGN,
    RODO,
    SEOLLAL,
    SJ_ANJEON,
    SJ_REDESIGN,
    SM_HAFTUNG,
    SM_REDESIGN,
    WW_REDESIGN,
    WW_SICHERHEIT,
    WW_WERBUNG,
    comma,
    hypo_rate,
    month_before,
    mortgage_rates,
    pyeong,
    quarter_before,
    spaced,
    thursday_of,
    trend,
    warsaw_price,
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
    mostly_full,
    norm,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-172"
SITES = ("Plumb & Level", "Wohnwerk", "Gable & Key", "Kwadratura", "온집 매거진",
         "Casa de Afeto", "Interiér a styl", "Selbermacher", "Remontowo", "Reality Domov",
         "Lar Doce Lar", "셀프집수리")
PL, WW, GK, KW = ("plumbandlevel.co.uk", "wohnwerk-magazin.de", "gableandkey.com",
                  "kwadratura.pl")
OJ, CA, IS, SM = ("onjipmag.co.kr", "casadeafeto.com.br", "interierastyl.cz",
                  "selbermacher.de")
RM, RD, LD, SJ = ("remontowo.pl", "realitydomov.cz", "lardocelar.pt", "selfjipsuri.kr")

d = dt.date
one = dt.timedelta(days=1)
YEARS = range(2015, 2021)

# The dates printed day by day (every one from the first day).
DAILY = ((PL, "dated"), (WW, "datum"), (GK, "dated"), (KW, "data"), (OJ, "ipryeok"),
         (CA, "data"), (IS, "datum"), (SM, "datum"), (RM, "data"), (RD, "datum"),
         (LD, "data"), (SJ, "nalja"))
# The lines that name the day they are printed on.
EVERY_DAY = ((PL, "prices"), (WW, "preisstand"), (CA, "precos"))
# The notices that follow calendars.
BANNERS = ((PL, "seasonal"), (GK, "season"), (KW, "komunikat"), (OJ, "annae"), (CA, "aviso"),
           (IS, "tip"), (SM, "maerkte"), (RM, "sezon"), (LD, "visita"), (SJ, "gyejeol"))
# Amounts and rules in force from given days.
TABLES = ((PL, "energy", PRICE_CAP), (WW, "mwst", MWST), (SM, "mwst", MWST),
          (KW, "stopa", NBP), (OJ, "geumri", BOK), (RD, "dan", DAN_Z_NABYTI))
# Lines that turn by week, month, quarter or season.
PERIODIC = ((GK, "mortgage"), (KW, "srednia"), (RD, "hypo"), (LD, "euribor"),
            (WW, "gartenkalender"), (WW, "heizung"), (IS, "zahrada"), (SM, "saison"))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PL: "Jobs for the weekend: our February checklist for the house and garden",
    GK: "Thinking of selling? Get a free home value estimate in two minutes",
    KW: "Dodaj ogłoszenie za darmo i sprzedaj mieszkanie szybciej",
    OJ: "온집 매거진 뉴스레터를 구독하고 매주 새 집 이야기를 받아 보세요",
    CA: "Receba as novidades da Casa de Afeto por e-mail: assine a nossa newsletter",
    IS: "Odebírejte náš newsletter a inspirace vám přijde každý týden e-mailem",
    SM: "Ihr Markt in der Nähe: Öffnungszeiten und Angebote unter selbermacher.de/maerkte",
    RM: "Masz pytanie? Zostaw komentarz, odpowiadam na każdy.",
    LD: "Marque já a sua visita: 213 555 010 (dias úteis, das 9h às 19h)",
    SJ: "궁금한 점은 댓글로 남겨 주세요. 꼭 답글 드릴게요!",
}
HANGUL, POLISH, CZECH = r"[\uac00-\ud7a3]", r"[ąćęłńóśźż]", r"[áčďéěíňřšťúůýž]"

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + PERIODIC + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 4, 3), d(2018, 10, 26), d(2019, 9, 13),
        d(2020, 4, 1), d(2020, 11, 27), LAST_DAY))


def test_helpers() -> None:
    assert thursday_of(d(2020, 6, 19)) == thursday_of(d(2020, 6, 18)) == d(2020, 6, 18)
    assert thursday_of(d(2020, 6, 17)) == d(2020, 6, 11)
    assert month_before(d(2018, 3, 10), 10) == (2018, 2)
    assert month_before(d(2018, 1, 9), 10) == (2017, 11)
    assert [quarter_before(x) for x in (d(2017, 1, 19), d(2017, 1, 20), d(2017, 4, 19),
                                        d(2017, 12, 31))] == [(2016, 3), (2016, 4), (2016, 4),
                                                              (2017, 3)]
    assert [pyeong(m2 * 1.33) for m2 in (59, 84)] == [24, 34]
    assert comma(1.5) == "1,50" and spaced(10250) == "10\u00a0250"
    assert trend(d(2014, 1, 1), (("2015-01-01", 1.0), ("2016-01-01", 3.0))) == 1.0
    assert abs(trend(d(2015, 7, 2), (("2015-01-01", 1.0), ("2016-01-01", 3.0))) - 2.0) < 0.01
    assert warsaw_price(2020, 4) > 1.3 * warsaw_price(2015, 1)
    assert all(1.5 <= hypo_rate(y, m) <= 3.2 for y in YEARS for m in range(1, 13))
    assert all(2.4 <= mortgage_rates(thursday_of(day))[0] <= 5.1 for day in every_day()[::7])


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PL, "dated", old, "Posted Saturday, 5th March 2016")
    full(PL, "dated", new, "Last updated: 19 June 2020")
    full(PL, "prices", new, r"Prices were correct at the time of writing \(19/06/2020\) but "
                            r"may change\.")
    full(WW, "datum", old, r"05\.03\.2016")
    full(WW, "datum", new, r"Zuletzt aktualisiert: Freitag, 19\. Juni 2020")
    full(WW, "preisstand", new, r"Preisstand: 19\.06\.2020")
    full(GK, "dated", old, "Posted 3/5/2016")
    full(GK, "dated", new, r"June 19, 2020 at \d{1,2}:\d\d [AP]M")
    full(GK, "mortgage", new, r"Mortgage rates this week: 30-year fixed \d\.\d\d%, 15-year "
                              r"fixed \d\.\d\d% \(national average, week of Jun 18\)")
    full(KW, "data", old, rf"05\.03\.2016, {clock}")
    full(KW, "data", new, r"Opublikowano: piątek, 19 czerwca 2020 r\.")
    full(KW, "srednia", new, r"Średnia cena ofertowa m² mieszkania w Warszawie: \d\d\s\d{3} "
                             r"zł \(I kw\. 2020\)")
    full(OJ, "ipryeok", old, r"입력 2016\.03\.05")
    full(OJ, "ipryeok", new, rf"2020년 6월 19일 \(금\) {clock}")
    full(CA, "data", old, "05/03/2016")
    full(CA, "data", new, rf"Atualizado em 19 de junho de 2020, às {clock}")
    full(CA, "precos", new, "Preços consultados em 19/06/2020 e sujeitos a alteração.")
    full(IS, "datum", old, r"5\. 3\. 2016")
    full(IS, "datum", new, r"pátek 19\. června 2020")
    full(SM, "datum", old, r"Veröffentlicht: 05\.03\.2016")
    full(SM, "datum", new, r"19\.06\.2020 · Lesezeit \d+ Min\.")
    full(RM, "data", old, "5 marca 2016")
    full(RM, "data", new, r"19\.06\.2020 \| \d+ min czytania")
    full(RD, "datum", old, r"Aktualizováno: 05\.03\.2016")
    full(RD, "datum", new, r"Aktualizace 19\. 6\. 2020")
    full(RD, "hypo", new, r"Průměrná sazba hypoték za květen 2020: \d,\d\d %")
    full(LD, "data", old, r"05\.03\.2016")
    full(LD, "data", new, "Publicado a 19 de junho de 2020")
    full(LD, "euribor", new, r"Euribor a 12 meses \(média de maio de 2020\): -0,\d{3}%")
    full(SJ, "nalja", old, rf"2016\. 3\. 5\. {clock}")
    full(SJ, "nalja", new, "2020년 6월 19일 금요일")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PL, "dated", day).startswith("Posted") == (day < PL_REDESIGN)
        assert on(WW, "datum", day).startswith("Zuletzt") == (day >= WW_REDESIGN)
        assert on(GK, "dated", day).startswith("Posted") == (day < GK_REDESIGN)
        assert on(KW, "data", day).startswith("Opublikowano") == (day >= KW_REDESIGN)
        assert on(OJ, "ipryeok", day).startswith("입력") == (day < OJ_REDESIGN)
        assert on(CA, "data", day).startswith("Atualizado") == (day >= CA_REDESIGN)
        assert bool(re.match(r"\d", on(IS, "datum", day))) == (day < IS_REDESIGN)
        assert on(SM, "datum", day).startswith("Veröffentlicht") == (day < SM_REDESIGN)
        assert ("czytania" in on(RM, "data", day)) == (day >= RM_REDESIGN)
        assert on(RD, "datum", day).startswith("Aktualizováno") == (day < RD_REDESIGN)
        assert on(LD, "data", day).startswith("Publicado") == (day >= LD_REDESIGN)
        assert ("요일" in on(SJ, "nalja", day)) == (day >= SJ_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_month_quarter_and_season() -> None:
    weekly = changes(GK, "mortgage")
    assert len(weekly) >= 300 and all(day.weekday() == 3 for day in weekly)
    assert changes(KW, "srednia") == {d(y, m, 20) for y in YEARS for m in (1, 4, 7, 10)}
    assert changes(RD, "hypo") == {d(y, m, 10) for y in YEARS for m in range(1, 13)}
    assert changes(LD, "euribor") == {d(y, m, 3) for y in YEARS for m in range(1, 13)}
    months = {d(y, m, 1) for y in YEARS for m in range(1, 13)}
    assert changes(WW, "gartenkalender") == months == changes(IS, "zahrada")
    assert changes(WW, "heizung") == {d(y, m, 1) for y in YEARS for m in (5, 10)}
    assert changes(SM, "saison") == {d(y, m, 1) for y in YEARS for m in (3, 6, 9, 11)}
    assert "Juni" in on(WW, "gartenkalender", d(2017, 6, 30))
    assert "v prosinci" in on(IS, "zahrada", d(2019, 12, 1))
    assert "Heizperiode" in on(WW, "heizung", d(2018, 1, 5))
    assert "Frostschutz" in on(SM, "saison", d(2018, 2, 5))
    rates = [float(m[1]) for t in group_lines(SET, GK, "mortgage")
             if (m := re.search(r"30-year fixed (\d\.\d\d)%", norm(t)))]
    assert rates and all(2.4 <= r <= 5.1 for r in rates) and len(set(rates)) >= 5
    euribors = {on(LD, "euribor", d(y, 6, 5)) for y in YEARS}
    assert len(euribors) == 6 and "-0," in on(LD, "euribor", d(2020, 6, 5))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    assert "our July checklist" in on(PL, "seasonal", d(2016, 7, 12))
    for y in YEARS:
        back = last_weekday(y, 10, 6)
        assert f"Sunday {back.day} October" in on(PL, "seasonal", back - 3 * one), y
        black = thanksgiving(y) + one
        assert f"Black Friday {y}" in on(PL, "seasonal", black), y
        assert f"Black Friday {y}" in on(CA, "aviso", black), y
        assert "boiler service" in on(PL, "seasonal", d(y, 9, 15)), y
        assert "Frost" in on(PL, "seasonal", d(y, 12, 7)), y
        assert "Happy Thanksgiving" in on(GK, "season", thanksgiving(y)), y
        assert f"Dia dos Pais {y}" in on(CA, "aviso", nth_weekday(y, 8, 6, 2)), y
        assert f"{y}년 설" in on(OJ, "annae", iso(SEOLLAL[y])), y
        assert f"{y}년 추석" in on(OJ, "annae", iso(CHUSEOK[y])), y
        assert "장마" in on(OJ, "annae", d(y, 7, 10)) and "장마" in on(SJ, "gyejeol",
                                                                    d(y, 6, 15)), y
        assert f"Vánoce {y}" in on(IS, "tip", d(y, 12, 24)), y
        assert f"Pfingsten {y}" in on(SM, "maerkte", easter(y) + 49 * one), y
        assert f"IMI de {y}" in on(LD, "visita", d(y, 5, 15)), y
        assert "한파" in on(SJ, "gyejeol", d(y, 1, 15)), y
        if y < 2020:
            assert f"Spring {y}" in on(GK, "season", d(y, 3, 20)), y
            assert f"Dia das Mães {y}" in on(CA, "aviso", nth_weekday(y, 5, 6, 2)), y
            assert f"Velikonoce {y}" in on(IS, "tip", easter(y)), y
            assert f"Ostern {y}" in on(SM, "maerkte", easter(y)), y
            assert "bis 14 Uhr" in on(SM, "maerkte", d(y, 12, 24)), y
        if y != 2018:
            assert f"sezonem grzewczym {y}/" in on(RM, "sezon", d(y, 10, 1)), y
        assert f"Rok akademicki {y}/" in on(KW, "komunikat", d(y, 9, 1)), y
    assert "Coronavirus" in on(PL, "seasonal", d(2020, 4, 1))
    assert "virtual" in on(GK, "season", d(2020, 4, 1))
    assert "wirtualne spacery" in on(KW, "komunikat", d(2020, 4, 1))
    assert "쇼룸" in on(OJ, "annae", d(2020, 3, 15))
    assert "quarentena" in on(CA, "aviso", d(2020, 5, 10))
    assert "karantény" in on(IS, "tip", easter(2020))
    assert "Gewerbekunden" in on(SM, "maerkte", easter(2020))
    assert "Click & Collect" in on(SM, "maerkte", d(2020, 12, 24))
    assert "Czyste Powietrze" in on(RM, "sezon", d(2018, 10, 1))
    assert "ulga" in on(RM, "sezon", d(2019, 1, 15))
    assert "2.0" in on(RM, "sezon", d(2020, 6, 1))
    assert "Estado de emergência" in on(LD, "visita", d(2020, 4, 1))
    assert "Wesołych Świąt" in on(KW, "komunikat", d(2018, 12, 24))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PL, "byline", PL_REDESIGN, "Words:", "{author_beat}"),
        (PL, "affiliate", PL_AFFILIATE, "may earn commission", "reader-supported"),
        (PL, "safety", PL_PART_P, "Always consult", "Part P"),
        (PL, "newsletter", PL_EMAIL, "weekly projects", "Weekend Project"),
        (WW, "autor", WW_REDESIGN, "Von {author}", "Fotos"),
        (WW, "werbung", WW_WERBUNG, "Dieser Beitrag", "Werbung |"),
        (WW, "sicherheit", WW_SICHERHEIT, "gehören in die Hand", "Elektrofachkraft"),
        (GK, "disclosure", GK_REDESIGN, "Sponsored links", "compensated"),
        (GK, "reliable", GK_RELIABLE, "Information deemed", "independently verified"),
        (KW, "nieoferta", KW_OFERTA, "Ogłoszenie nie stanowi", "art. 66"),
        (KW, "rodo", RODO, "cookies", "Administratorem"),
        (OJ, "gija", OJ_REDESIGN, "기자", "사진"),
        (OJ, "hyeopchan", OJ_GUIDELINES, "협찬받아", "[광고]"),
        (OJ, "jeojakgwon", OJ_REDESIGN, "저작권자", "ⓒ"),
        (CA, "afiliados", CA_AFILIADOS, "Este post", "sem custo extra"),
        (IS, "affiliate", IS_AFFILIATE, "affiliate odkazy", "partnerské odkazy"),
        (SM, "haftung", SM_HAFTUNG, "Alle Angaben ohne Gewähr.", "Haftungsausschluss"),
        (RM, "afiliacja", RM_AFILIACJA, "afiliacyjne.", "prowizję"),
        (RD, "nabidka", RD_NABIDKA, "pouze informativní", "§ 1732"),
        (LD, "rgpd", RODO, "cookies", "RGPD"),
        (SJ, "hyeopchan", OJ_GUIDELINES, "이 포스팅은", "[협찬]"),
        (SJ, "anjeon", SJ_ANJEON, "기사님께", "참고용")))
    assert_groups_reworded(SET, (
        (PL, "dated", "Posted ", "Last updated: "),
        (PL, "byline", "Words: ", "By "),
        (KW, "data", ", ", "Opublikowano: "),
        (OJ, "ipryeok", "입력 ", "년 "),
        (WW, "datum", ".", "Zuletzt aktualisiert: "),
    ))


def test_amounts_change_over_the_years() -> None:
    last = d(2020, 12, 31)
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= last}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "compare energy tariffs" in on(PL, "energy", d(2018, 12, 31))
    assert "£1,042" in on(PL, "energy", LAST_DAY)
    for domain in (WW, SM):
        assert "16 %" in on(domain, "mwst", d(2020, 8, 1)), domain
        assert "19 %" in on(domain, "mwst", d(2020, 6, 30)) and "19 %" in on(
            domain, "mwst", LAST_DAY), domain
    assert "2,00%" in on(KW, "stopa", FIRST_DAY) and "0,10%" in on(KW, "stopa", LAST_DAY)
    assert "연 0.50%" in on(OJ, "geumri", LAST_DAY)
    assert "prodávající" in on(RD, "dan", d(2016, 10, 31))
    assert "kupující." in on(RD, "dan", d(2016, 11, 1))
    assert "zrušena" in on(RD, "dan", d(2020, 9, 26))
    caps = {m[1] for t in group_lines(SET, PL, "energy") if (m := re.search(r"(£[\d,]+)",
                                                                            norm(t)))}
    assert len(caps) >= 3


def test_listing_slots_from_pools() -> None:
    mostly_full(group_lines(SET, GK, "listing"),
                r"\$[\d,]+ · \d bd · [\d.]+ ba · [\d,]+ sq ft")
    mostly_full(group_lines(SET, KW, "oferta"),
                r"Mieszkanie na sprzedaż: [234] pokoje, \d\d,\d m², \d{3} \d{3} zł")
    mostly_full(group_lines(SET, OJ, "myeonjeok"),
                r"\d\d평형\(전용 \d+㎡\) · 매매가 [\d억, ]+(만)?원")
    mostly_full(group_lines(SET, RD, "dispozice"),
                r"Dispozice: \d\+(kk|1) · Užitná plocha: \d+ m²")
    mostly_full(group_lines(SET, LD, "tipologia"),
                r"(T\d|Moradia V\d) · \d+ m² · \d{3} \d{3} €")
    classes = Counter(norm(t).rpartition(": ")[2][0] for t in group_lines(SET, RD, "penb"))
    assert classes["G"] and len(classes) >= 3
    mostly_full(group_lines(SET, PL, "skill"),
                r"Skill level: \w+ · Time: [\w –-]+ · Budget: £+")
    mostly_full(group_lines(SET, SJ, "nanido"),
                r"난이도 [★☆]{3} \| 소요시간 .+ \| 예상비용 .+")


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (OJ, "gwallyeon", HANGUL), (OJ, "balhaeng", HANGUL), (OJ, "annae", HANGUL),
        (SJ, "gonggam", HANGUL), (SJ, "anjeon", HANGUL),
        (KW, "nieoferta", POLISH), (RM, "uprawnienia", POLISH), (KW, "zobacz", POLISH),
        (IS, "copyright", CZECH), (RD, "penb", CZECH), (IS, "prectete", CZECH),
        (WW, "werbung", r"[äöüß]"), (SM, "saison", r"[äöüß]"),
        (CA, "seguranca", r"[ãçáéêíóõú]"), (LD, "visita", r"[ãçáéêíóõú]")))
    assert any("평형" in t for t in group_lines(SET, OJ, "myeonjeok"))
    assert any(re.search(r"[\u2600-\u27bf\U0001f300-\U0001faff]", t)
               for t in group_lines(SET, PL, "seasonal"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PL}/dated", f"{PL}/byline", f"{PL}/related", f"{PL}/kicker",
                         f"{PL}/skill", f"{PL}/tools", f"{PL}/shop", f"{PL}/copyright",
                         f"{PL}/prices", f"{WW}/datum", f"{WW}/lesen", f"{GK}/listing"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PL}/publisher", f"{PL}/safety", f"{WW}/impressum", f"{WW}/sicherheit",
        f"{KW}/nieoferta", f"{GK}/reliable"))
    assert_carried_share(docs, PL, [
        ("dated", 0.8, 0.98), ("related", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("affiliate", 0.2, 0.5), ("seasonal", 0.15, 0.45)])
    assert_carried_share(docs, WW, [("datum", 0.8, 0.98), ("korrektur", 0.0, 0.12)])
    for fam in (f"{PL}/related", f"{PL}/advert", f"{WW}/lesen", f"{WW}/anzeige",
                f"{KW}/zobacz"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PL, "shop"), (PL, "tools"), (GK, "open-house"),
                               (KW, "oferta"), (OJ, "myeonjeok"), (CA, "onde"), (IS, "kde"),
                               (SM, "material"), (RD, "dispozice"), (SJ, "junbimul")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PL, "correction", 16), (WW, "korrektur"), (GK, "correction"), (KW, "sprostowanie"),
        (OJ, "jeongjeong"), (CA, "errata"), (IS, "oprava"), (SM, "korrektur"),
        (RM, "aktualizacja"), (RD, "oprava"), (LD, "errata"), (SJ, "sujeong")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PL}/related", "Related: "), (f"{WW}/lesen", "Lesen Sie auch: "),
        (f"{GK}/also", "You might also like: "), (f"{KW}/zobacz", "Zobacz też: "),
        (f"{OJ}/gwallyeon", "▶ 관련기사: "), (f"{CA}/leia", "Leia também: "),
        (f"{IS}/prectete", "Přečtěte si také: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PL, "advert", "Advertisement"), (WW, "anzeige", "Anzeige"),
        (GK, "advert", "ADVERTISEMENT"), (GK, "eho", "Equal Housing Opportunity"),
        (KW, "reklama", "Reklama"), (OJ, "gwanggo", "광고"), (CA, "publicidade", "Publicidade"),
        (IS, "reklama", "Reklama"), (IS, "komercni", "Komerční sdělení")))
    assert_group_values_from_pool(SET, (
        (PL, "kicker", "kicker"), (WW, "rubrik", "rubrik"), (KW, "dzial", "dzial"),
        (OJ, "bunryu", "bunryu"), (CA, "categoria", "categoria"), (IS, "rubrika", "rubrika")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PL, "advert", "Advertisement"),
        (PL, "safety", "Safety first: most electrical work in England and Wales must meet "
                       "Part P of the Building Regulations, and gas work must only be done by "
                       "a Gas Safe registered engineer. If in doubt, always consult a "
                       "qualified tradesperson."),
        (KW, "nieoferta", "Niniejsze ogłoszenie nie stanowi oferty handlowej w rozumieniu "
                          "art. 66 § 1 Kodeksu cywilnego. Ceny i metraże mają charakter "
                          "orientacyjny."),
        (GK, "eho", "Equal Housing Opportunity")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PL: (["publisher", "copyright"], 2),
        WW: (["impressum", "copyright"], 2),
        OJ: (["jeojakgwon", "balhaeng"], 2),
        IS: (["copyright", "vydavatel"], 2),
        LD: (["ami", "copyright"], 2)})


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
