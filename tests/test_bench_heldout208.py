"""The held-back-208 template set (`tests.bench.heldout_templates_208`): its localised dates
(printed day by day in English, French, Portuguese before and after the 1990 spelling
agreement, Lithuanian, Thai with the Buddhist-era year and Kazakh, several changing form on
the day of a redesign or of Astana's renaming), the lines that turn every day, week and month
(a "today" line, alternate-week bin collections, a consular exchange rate), the opening hours
turned by each country's public-holiday closures (Portugal's restored holidays, Vėlinės from
2020, the Thai lunar holidays, Qurban ait), the election and census notices and the other
calendars the notices follow, the fees and amounts that change over the years (some first
shown in euros and litas), the lines in several languages and scripts, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_208 import (
    AEK,
    CANTINE,
    COUNCIL_TAX,
    EMOLUMENTOS,
    FIRST_DAY,
    FP_ENVOI,
    FP_MEAE,
    FP_RDV_EN_LIGNE,
    FP_REDESIGN,
    FP_REGISTRE,
    HW_NEWSLETTER,
    HW_POLLS,
    HW_REDESIGN,
    IE_FEES,
    IE_NEWSLETTER,
    IE_PASSPORT_ONLINE,
    IE_REDESIGN,
    IE_VOTES,
    IMI,
    KA_LATYN,
    KA_REDESIGN,
    KA_TELEGRAM,
    KE_FEES,
    KE_REDESIGN,
    KE_VISAFREE,
    KZ_VOTES,
    LAST_DAY,
    LE_EKONSULATAS,
    LE_FEES,
    LE_VOTES,
    LOY_KRATHONG,
    MAKHA_BUCHA,
    MAYORS,
    NUR_SULTAN,
    PASSPORT_TENGE,
    PL_AGENDAMENTO,
    PL_RECENSEAMENTO,
    PL_REDESIGN,
    PM_NAUJIENLAISKIS,
    PM_REDESIGN,
    PM_VOTES,
    QURBAN_AIT,
    RINKLIAVA,
    SA_LETTRE,
    SA_REDESIGN,
    SA_REU,
    SA_RGAA,
    SA_VOTES,
    TE_LINE,
    TE_REDESIGN,
    TS_KHAYA,
    TS_REDESIGN,
    VV_AO90,
    VV_NEWSLETTER,
    VV_REDESIGN,
    VV_VOTES,
    be_year,
    in_force,
    kazakh_holidays,
    lithuanian_holidays,
    on_a_weekday,
    portuguese_holidays,
    recensement_days,
    thai_holidays,
    wobble,
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

SET = "held-back-208"
SITES = ("Harwell Borough Council", "Ville de Saint-Aubin-des-Prés",
         "Município de Vila Verde do Mar", "Pamario rajono savivaldybė",
         "Embassy of Ireland, Portugal", "Consulat général de France à Porto",
         "Consulado-Geral de Portugal em Lyon", "สถานเอกอัครราชทูตไทย ประจำสาธารณรัฐคาซัคสถาน",
         "เทศบาลเมืองท่าทราย", "Көктерек ауданының әкімдігі",
         "Қазақстан Республикасының Литва Республикасындағы Елшілігі",
         "Lietuvos Respublikos ambasada Kazachstane")
HW, SA, VV, PM = ("harwell.gov.uk", "saintaubin-des-pres.fr", "cm-vilaverdedomar.pt",
                  "pamariosav.lt")
IE, FP, PL, TE = ("irishembassylisbon.org", "consulfrance-porto.org",
                  "consuladoportugal-lyon.fr", "thaiembassy-kz.org")
TS, KA, KE, LE = ("thasaicity.go.th", "kokterek-akimat.kz", "qazelshilik-vilnius.lt",
                  "ambasada-kazachstane.lt")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((HW, "dated"), (SA, "date"), (VV, "data"), (PM, "data"), (IE, "dated"), (FP, "date"),
         (PL, "data"), (TE, "wanthi"), (TS, "wanthi"), (KA, "kuni"), (KE, "kuni"), (LE, "data"))
# The notices that follow calendars, and their text on a day none turns for an event.
QUIET = d(2015, 6, 16)
BANNERS = {
    (HW, "notice"): "Sign up for email updates from Harwell Borough Council",
    (SA, "scrutin"): "Inscriptions sur les listes électorales jusqu'au 31 décembre, en mairie "
                     "ou en ligne",
    (SA, "horaires"): "Accueil de la mairie : du lundi au vendredi de 8 h 30 à 12 h et de "
                      "13 h 30 à 17 h 30, le samedi de 9 h à 12 h (état civil)",
    (VV, "aviso"): "Subscreva a newsletter municipal e receba as novidades do concelho",
    (VV, "atendimento"): "Balcão Único de Atendimento: de segunda a sexta-feira, das 9h00 às "
                         "16h00",
    (PM, "rinkimai"): "Sekite savivaldybės naujienas socialiniame tinkle „Facebook“",
    (PM, "darbo-laikas"): "Administracijos darbo laikas: I–IV 8.00–17.00, V 8.00–15.45, pietų "
                          "pertrauka 12.00–12.45",
    (IE, "notice"): "Follow the Embassy on Twitter for news and travel advice",
    (IE, "hours"): "Public office: Monday to Friday, 10.00 to 12.30. Closed on Irish and "
                   "Portuguese public holidays.",
    (FP, "elections"): "Pensez à vous inscrire au registre des Français établis hors de France",
    (FP, "fermeture"): "Accueil du public du lundi au vendredi de 9 h à 12 h 30, sauf jours "
                       "fériés français et portugais",
    (PL, "aviso"): "Marcações para atendimento pelo telefone ou por e-mail",
    (PL, "feriados"): "Atendimento ao público: de segunda a sexta-feira, das 9h00 às 15h00",
    (TE, "prakat"): "ติดตามข่าวสารสถานเอกอัครราชทูตฯ ได้ทางเฟซบุ๊ก",
    (TE, "wela"): "เวลาทำการฝ่ายกงสุล: วันจันทร์–ศุกร์ 09.30–12.00 น. (ยื่นเอกสาร) และ "
                  "14.00–16.00 น. (รับเอกสาร)",
    (TS, "prakat"): "ร้องเรียน/ร้องทุกข์ ได้ที่ศูนย์ดำรงธรรมเทศบาล โทร. 0 3400 0000",
    (TS, "phasi"): "ชำระภาษีท้องถิ่นได้ที่กองคลัง เทศบาลเมืองท่าทราย ในวันและเวลาราชการ",
    (TS, "wela"): "เปิดให้บริการ วันจันทร์–ศุกร์ 08.30–16.30 น. ไม่เว้นช่วงพักกลางวัน",
    (KA, "habarlandyru"): "Аудан жаңалықтарын Facebook парақшамыздан оқыңыз",
    (KA, "zhumys"): "Әкімдіктің жұмыс уақыты: дүйсенбі–жұма 9:00–18:30, түскі үзіліс "
                    "13:00–14:30",
    (KE, "sailau"): "Елшіліктің Facebook парақшасына жазылыңыз",
    (KE, "konsul"): "Консулдық бөлім: дүйсенбі, сейсенбі, бейсенбі, жұма 9:30–12:30 (құжат "
                    "қабылдау)",
    (LE, "rinkimai"): "Registruokitės konsulinėms paslaugoms telefonu",
    (LE, "konsulinis"): "Konsulinis skyrius lankytojus priima antradieniais ir "
                        "ketvirtadieniais 10.00–12.00",
}
# Amounts in force from given days (a value a string).
TABLES = ((HW, "council-tax", COUNCIL_TAX), (SA, "cantine", CANTINE), (VV, "imi", IMI),
          (IE, "fees", IE_FEES), (FP, "droits", FP_ENVOI), (PL, "emolumentos", EMOLUMENTOS),
          (TE, "nangsue", PASSPORT_TENGE), (TS, "khaya", TS_KHAYA), (KE, "alym", KE_FEES))

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + tuple(BANNERS) + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (HW, "bins"), (HW, "mayor"), (TE, "atra"), (KA, "bugin"), (KA, "aek"),
        (PM, "rinkliava"), (LE, "mokesciai"), (FP, "ministere")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 5, 25), d(2018, 9, 24), d(2019, 3, 23),
        d(2020, 4, 1), d(2020, 11, 2), LAST_DAY))


def test_helpers() -> None:
    assert be_year(2019) == 2562
    assert recensement_days(2018) == (d(2018, 1, 18), d(2018, 2, 24))
    assert all(recensement_days(y)[0].weekday() == 3 and recensement_days(y)[1].weekday() == 5
               for y in range(2015, 2021))
    assert in_force(d(2017, 3, 31), COUNCIL_TAX).startswith("£1,561.88")
    assert in_force(d(2017, 4, 1), COUNCIL_TAX).startswith("£1,617.54")
    names = {y: {n for _, _, n in portuguese_holidays(y)} for y in (2015, 2016)}
    assert "Corpo de Deus" not in names[2015] and "Corpo de Deus" in names[2016]
    assert "Vėlinės" in {n for _, _, n in lithuanian_holidays(2020)}
    assert "Vėlinės" not in {n for _, _, n in lithuanian_holidays(2019)}
    assert "วันเฉลิมพระชนมพรรษา ร.10" in {n for _, _, n in thai_holidays(2017)}
    assert "วันเฉลิมพระชนมพรรษา ร.10" not in {n for _, _, n in thai_holidays(2016)}
    assert (iso(QURBAN_AIT[2018]), iso(QURBAN_AIT[2018]), "Құрбан айт") in kazakh_holidays(2018)
    assert all(-1 <= wobble(day, "x") <= 1 for day in (FIRST_DAY, LAST_DAY))


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HW, "dated", old, "Published: 05/03/2016")
    full(HW, "dated", new, "Published on Friday 19 June 2020")
    full(SA, "date", old, "Publié le 05/03/2016")
    full(SA, "date", new, "Mis en ligne le vendredi 19 juin 2020")
    full(SA, "date", d(2020, 5, 1), "Mis en ligne le vendredi 1er mai 2020")
    full(VV, "data", old, "Publicado em 5 de Março de 2016")
    full(VV, "data", d(2017, 6, 19), "Publicado em 19 de junho de 2017")
    full(VV, "data", new, rf"19-06-2020 · {clock}")
    full(PM, "data", old, "2016-03-05")
    full(PM, "data", new, rf"2020 m\. birželio 19 d\. {clock}")
    full(IE, "dated", old, "05/03/2016")
    full(IE, "dated", new, "19 June 2020")
    full(FP, "date", old, "Dernière modification : 05/03/2016")
    full(FP, "date", new, "Publié le vendredi 19 juin 2020")
    full(PL, "data", old, r"Lyon, 05\.03\.2016")
    full(PL, "data", new, "Publicado em sexta-feira, 19 de junho de 2020")
    full(TE, "wanthi", old, r"กรุงอัสตานา, 5 มี\.ค\. 2559")
    full(TE, "wanthi", new, "กรุงนูร์-ซุลตาน, วันศุกร์ที่ 19 มิถุนายน 2563")
    full(TE, "atra", new, r"อัตราแลกเปลี่ยนค่าธรรมเนียมกงสุลเดือนมิถุนายน 2563: 100 บาท = "
                          r"1,\d\d\d เทงเก")
    full(TS, "wanthi", old, "05/03/2559")
    full(TS, "wanthi", new, rf"วันที่ 19 มิถุนายน 2563 เวลา {clock} น\.")
    full(KA, "kuni", old, r"05\.03\.2016")
    full(KA, "kuni", new, rf"19 маусым 2020 ж\., {clock}")
    full(KA, "bugin", new, "Бүгін: жұма, 2020 жылғы 19 маусым")
    full(KE, "kuni", old, r"Вильнюс, 05\.03\.2016")
    full(KE, "kuni", new, r"Вильнюс қ\., 19 маусым 2020 ж\.")
    full(LE, "data", old, "Astana, 2016-03-05")
    full(LE, "data", new, "Nur Sultanas, 2020-06-19")
    full(HW, "bins", new, r"Bin collections this week \(from Monday 15 June\): (blue|green) "
                          r"bin \((recycling|general waste)\) and food caddy")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + ((KA, "bugin"),)}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(HW, "dated", day).startswith("Published on") == (day >= HW_REDESIGN)
        assert on(SA, "date", day).startswith("Mis en ligne") == (day >= SA_REDESIGN)
        vv = on(VV, "data", day)
        assert vv.startswith("Publicado") == (day < VV_REDESIGN)
        if day < VV_REDESIGN:
            month = vv.split(" de ")[1]
            assert (month != month.lower()) == (day < VV_AO90), day
        assert (" m. " in on(PM, "data", day)) == (day >= PM_REDESIGN)
        assert ("/" in on(IE, "dated", day)) == (day < IE_REDESIGN)
        assert on(FP, "date", day).startswith("Publié") == (day >= FP_REDESIGN)
        assert on(PL, "data", day).startswith("Publicado") == (day >= PL_REDESIGN)
        assert ("วันที่" in on(TS, "wanthi", day)) == (day >= TS_REDESIGN)
        assert str(be_year(day.year)) in on(TE, "wanthi", day)
        assert ("ที่ " in on(TE, "wanthi", day)) == (day >= TE_REDESIGN)
        assert ("นูร์-ซุลตาน" in on(TE, "wanthi", day)) == (day >= NUR_SULTAN)
        assert on(LE, "data", day).startswith("Nur Sultanas") == (day >= NUR_SULTAN)
        assert ("ж." in on(KA, "kuni", day)) == (day >= KA_REDESIGN)
        assert ("қ.," in on(KE, "kuni", day)) == (day >= KE_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_month() -> None:
    weekly = changes(HW, "bins")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    kinds = [on(HW, "bins", day).endswith("(recycling) and food caddy")
             for day in sorted(weekly)]
    assert all(a != b for a, b in zip(kinds, kinds[1:], strict=False))
    monthly = changes(TE, "atra")
    assert len(monthly) >= 70 and all(day.day == 1 for day in monthly)
    rates = [int(m[1].replace(",", "")) for t in group_lines(SET, TE, "atra")
             if (m := re.search(r"= ([\d,]+) เทงเก", norm(t)))]
    assert rates and all(500 <= r <= 1500 for r in rates)
    assert int(found(TE, "atra", r"เดือนมกราคม 2559: 100 บาท = ([\d,]+)").pop().replace(
        ",", "")) > 900  # after the tenge's devaluation
    assert changes(TE, "copyright") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert changes(FP, "ministere") == {FP_MEAE}


def test_holiday_closures() -> None:
    def closed(domain: str, family: str, day: dt.date, text: str, days: int = 1) -> bool:
        """The closure shows on `day`, the first of a holiday of `days` days, unless the
        holiday falls on a weekend (no notice then)."""
        shown = text in on(domain, family, day)
        return shown == on_a_weekday(day, day + (days - 1) * one)

    for y in range(2015, 2020):
        assert closed(VV, "atendimento", d(y, 6, 10), "Dia de Portugal"), y
        assert closed(VV, "atendimento", d(y, 6, 29), "São Pedro"), y
        assert closed(VV, "atendimento", easter(y) - 47 * one, "Tolerância de ponto"), y
        if y >= 2016 and d(y, 10, 5).weekday() < 5:
            assert "Implantação da República" in on(VV, "atendimento", d(y, 10, 5)), y
        if y == 2015:  # the four suspended holidays: no closure
            for day in (easter(y) + 60 * one, d(y, 10, 5), d(y, 11, 1), d(y, 12, 1)):
                assert "encerrados" not in on(VV, "atendimento", day), day
        else:
            assert closed(VV, "atendimento", easter(y) + 60 * one, "Corpo de Deus"), y
        assert closed(IE, "hours", d(y, 3, 17), "St Patrick's Day"), y
        assert closed(IE, "hours", d(y, 6, 13), "Santo António"), y
        assert closed(SA, "horaires", d(y, 7, 14), "fête nationale"), y
        assert closed(SA, "horaires", easter(y) + 39 * one, "pont de l'Ascension"), y
        assert closed(FP, "fermeture", d(y, 6, 24), "Saint-Jean"), y
        assert closed(PL, "feriados", d(y, 7, 14), "feriado nacional francês"), y
        assert closed(PM, "darbo-laikas", d(y, 7, 6), "Valstybės diena"), y
        assert closed(TE, "wela", iso(MAKHA_BUCHA[y]), "วันมาฆบูชา"), y
        assert closed(TE, "wela", d(y, 3, 21), "วันนาอูรึซ", 3), y
        assert closed(TS, "wela", d(y, 4, 13), "วันสงกรานต์", 3), y
        assert closed(KA, "zhumys", iso(QURBAN_AIT[y]), "Құрбан айт"), y
        assert closed(KA, "zhumys", d(y, 3, 21), "21–23 наурыз", 3), y
        assert closed(KE, "konsul", d(y, 2, 16), "Литва"), y
        assert closed(LE, "konsulinis", d(y, 12, 16), "nepriklausomybės", 2), y
    assert "Vėlinės" in on(PM, "darbo-laikas", d(2020, 11, 2))  # a Monday
    assert on(PM, "darbo-laikas", d(2019, 11, 2)) == BANNERS[PM, "darbo-laikas"]
    assert "วันคล้ายวันสวรรคต" in on(TS, "wela", d(2017, 10, 13))  # a Friday
    assert on(TS, "wela", d(2019, 10, 13)) == BANNERS[TS, "wela"]  # a Sunday: no notice
    assert on(TS, "wela", d(2016, 10, 13)) == BANNERS[TS, "wela"]
    assert "สงกรานต์" not in on(TS, "wela", d(2020, 4, 13))
    assert "25 and 26 December 2017" in on(IE, "hours", d(2017, 12, 26))
    # the pandemic's notices win over the holidays
    assert "Confinement" in on(SA, "horaires", d(2020, 4, 13))
    assert "marcação" in on(VV, "atendimento", d(2020, 6, 10))
    assert "Karantinas" in on(PM, "darbo-laikas", d(2020, 12, 24))


def test_election_and_census_notices() -> None:
    for day, name in HW_POLLS:
        assert "Pre-election period" in on(HW, "notice", iso(day)), day
        assert name in on(HW, "notice", iso(day) - 14 * one) or day == "2019-05-23"
        if day != "2019-05-02":  # the European election's period runs on
            assert "Pre-election" not in on(HW, "notice", iso(day) + one), day
    assert "postponed" in on(HW, "notice", d(2020, 3, 20))
    assert "COVID-19" in on(HW, "notice", d(2020, 6, 1))
    assert "Christmas and New Year 2018" in on(HW, "notice", d(2019, 1, 3))
    assert "Annual canvass 2016" in on(HW, "notice", d(2016, 8, 1))
    for first, second, name in SA_VOTES:
        assert name in on(SA, "scrutin", iso(second or first)), name
    for y in range(2015, 2021):
        start, end = recensement_days(y)
        assert f"Recensement {y}" in on(SA, "scrutin", start), y
        assert f"du {start.day} janvier au {end.day} février" in on(SA, "scrutin", end), y
    assert "reporté" in on(SA, "scrutin", d(2020, 4, 15))
    assert "28 juin" in on(SA, "scrutin", d(2020, 6, 28))
    assert "2022" in on(SA, "scrutin", d(2020, 12, 15))
    for day, _, name in VV_VOTES:
        assert name in on(VV, "aviso", iso(day)), day
    assert "canceladas" in on(VV, "aviso", d(2020, 6, 25))
    assert found(VV, "aviso", r"Festas de São Pedro (\d{4}):") == {
        str(y) for y in range(2015, 2020)}
    for first, second, name in PM_VOTES:
        assert name in on(PM, "rinkimai", iso(first)) and name in on(PM, "rinkimai",
                                                                     iso(second)), first
    for day, _ in IE_VOTES:
        assert "not entitled to vote" in on(IE, "notice", iso(day)), day
    assert "Census 2016" in on(IE, "notice", d(2016, 4, 20))
    assert "St Patrick's Day 2019" in on(IE, "notice", d(2019, 3, 12))
    assert "pas de vote par internet" in on(FP, "elections", d(2017, 6, 4))
    assert "reportées à mai 2021" in on(FP, "elections", d(2020, 4, 1))
    assert "23 e 24 de janeiro" in on(PL, "aviso", d(2016, 1, 23))
    assert "automaticamente" in on(PL, "aviso", PL_RECENSEAMENTO)
    assert "ถวายความอาลัย" in on(TE, "prakat", d(2016, 10, 20))
    assert "บรมราชาภิเษก" in on(TE, "prakat", d(2019, 5, 4))
    assert "เลือกตั้งนอกราชอาณาจักร" in on(TE, "prakat", d(2019, 3, 10))
    assert "ประชามติ" in on(TS, "prakat", d(2016, 8, 7))
    assert "ภาษีที่ดินและสิ่งปลูกสร้าง" in on(TS, "phasi", d(2020, 8, 31))
    assert found(TS, "phasi", r"ภาษีป้าย ปี (\d{4})") == {str(be_year(y)) for y in
                                                          range(2015, 2020)}
    for y, day in LOY_KRATHONG.items():
        if y != 2020:
            assert f"ลอยกระทง ประจำปี {be_year(y)}" in on(TS, "prakat", iso(day)), y
    for day, name in KZ_VOTES[:3]:
        assert name in on(KA, "habarlandyru", iso(day)), day
        assert "сайлау учаскесі" in on(KE, "sailau", iso(day)), day
    assert "2021 жылға" in on(KA, "habarlandyru", d(2020, 5, 15))
    assert "EXPO-2017" in on(KE, "sailau", d(2017, 7, 1))
    assert "Нұр-Сұлтан" in on(KE, "sailau", d(2019, 3, 25))
    for first, _, name in LE_VOTES:
        assert name in on(LE, "rinkimai", iso(first)), first
    assert "pilietybės" in on(LE, "rinkimai", d(2019, 5, 12))


def test_notices_follow_the_calendars_and_rest_on_a_quiet_day() -> None:
    for (domain, family), text in BANNERS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
        assert len(changes(domain, family)) >= 6, (domain, family)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HW, "byline", HW_REDESIGN, "Communications Team", "press office"),
        (SA, "lettre", SA_LETTRE, "chaque mois", "hebdomadaire"),
        (SA, "copyright", SA_RGAA, "Plan du site", "Accessibilité"),
        (VV, "privacidade", d(2018, 5, 25), "Política de privacidade", "RGPD"),
        (IE, "passport", IE_PASSPORT_ONLINE, "registered post", "Passport Online"),
        (FP, "rdv", FP_RDV_EN_LIGNE, "par téléphone", "en ligne"),
        (FP, "rdv", d(2020, 6, 2), "en ligne", "masque"),
        (FP, "ministere", FP_MEAE, "Développement international", "l'Europe"),
        (KA, "til", KA_LATYN, "Қазақша | Русский", "Qazaqsha"),
        (KE, "viza", KE_VISAFREE, "виза қажет", "визасыз"),
        (LE, "adresas", NUR_SULTAN, "Astana", "Nur Sultanas")))
    # banners reworded under their events (on a quiet day after the change)
    for domain, family, day, old, new in (
            (HW, "notice", HW_NEWSLETTER, "email updates", "e-newsletter"),
            (SA, "scrutin", SA_REU, "31 décembre", "toute l'année"),
            (VV, "aviso", VV_NEWSLETTER, "Subscreva", "Receba"),
            (PM, "rinkimai", PM_NAUJIENLAISKIS, "Facebook", "naujienlaiškį"),
            (IE, "notice", IE_NEWSLETTER, "Twitter", "newsletter"),
            (FP, "elections", FP_REGISTRE, "Pensez", "en ligne"),
            (PL, "aviso", PL_AGENDAMENTO, "telefone", "online"),
            (TE, "prakat", TE_LINE, "เฟซบุ๊ก", "LINE"),
            (KA, "habarlandyru", KA_TELEGRAM, "Facebook", "Telegram"),
            (LE, "rinkimai", LE_EKONSULATAS, "telefonu", "e. konsulato")):
        assert old in on(domain, family, day - 60 * one) or old in on(domain, family, QUIET)
        assert any(new in on(domain, family, day + k * one) for k in range(0, 60)), family
        assert not any(new in on(domain, family, day - k * one) for k in range(1, 60)), family
    assert_groups_reworded(SET, (
        (HW, "dated", "Published: ", "Published on "),
        (SA, "date", "Publié le", "Mis en ligne le"),
        (HW, "byline", "Posted by", "From: "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    # the mayor of each civic year; none made in 2020
    assert changes(HW, "mayor") == {iso(start) for start, _ in MAYORS[1:]}
    assert "Helen Marsh" in on(HW, "mayor", d(2020, 12, 1))
    # euros and litas side by side to the end of June 2015
    for domain, family, table in ((PM, "rinkliava", RINKLIAVA), (LE, "mokesciai", LE_FEES)):
        assert changes(domain, family) == {iso(s) for s, _ in table if iso(s) > FIRST_DAY}
        assert " Lt)" in on(domain, family, d(2015, 6, 30)), domain
        assert " Lt" not in on(domain, family, d(2015, 7, 1)), domain
    assert "60,08 Lt" in on(PM, "rinkliava", d(2015, 3, 1))
    assert changes(KA, "aek") == {iso(s) for s, _ in AEK if iso(s) > FIRST_DAY}
    assert "2 778" in on(KA, "aek", d(2020, 4, 1)) and "2 651" in on(KA, "aek", d(2020, 3, 31))
    assert "42 500" in on(KA, "aek", d(2019, 1, 1))
    band_d = {m[1] for t in group_lines(SET, HW, "council-tax")
              if (m := re.search(r"Band D (£[\d,.]+)", norm(t)))}
    assert len(band_d) >= 3


def test_several_languages_and_scripts() -> None:
    thai, kazakh = r"[\u0e00-\u0e7f]", r"[әғқңөұүһі]"
    assert_groups_in_script(SET, (
        (TE, "muad", thai), (TE, "wela", thai), (TS, "praphet", thai), (TS, "thiyu", thai),
        (KA, "bolim", r"[а-яА-Я]"), (KA, "zhumys", kazakh), (KE, "konsul", kazakh),
        (KE, "shughyl", kazakh),
        (PM, "dalintis", r"[ąčęėįšųūž]"), (PM, "registras", r"[ąčęėįšųūž]"),
        (LE, "budintis", r"[ąčęėįšųūž]"),
        (VV, "morada", r"[ãçéêíóú]"), (PL, "emergencia", r"[ãçéêíóú]"),
        (SA, "adresse", r"[éèàôç]"), (FP, "fermeture", r"[éèàôç]")))
    assert any("Qazaqsha" in t for t in group_lines(SET, KA, "til"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HW}/dated", f"{HW}/category", f"{HW}/related", f"{HW}/copyright",
                         f"{HW}/notice", f"{HW}/bins", f"{SA}/date", f"{SA}/rubrique",
                         f"{SA}/lire", f"{VV}/data", f"{VV}/categoria", f"{PM}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HW}/media", f"{HW}/address", f"{HW}/report", f"{SA}/adresse", f"{VV}/morada",
        f"{PM}/kontaktai", f"{PM}/registras"))
    assert_carried_share(docs, HW, [
        ("dated", 0.8, 0.98), ("helpful", 0.35, 0.65), ("correction", 0.0, 0.1),
        ("bins", 0.05, 0.3), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, SA, [("date", 0.8, 0.99), ("erratum", 0.0, 0.12)])
    assert max(per_doc(docs, f"{HW}/advert")) == 2
    assert_once_per_page(SET, ((HW, "mayor"), (SA, "credit"), (VV, "foto"), (PM, "nuotr"),
                               (PL, "permanencia"), (TE, "phap"), (KA, "egov")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HW, "correction", 16), (SA, "erratum"), (VV, "correcao"), (PM, "patikslinta"),
        (IE, "correction"), (FP, "erratum"), (PL, "retificacao"), (TE, "kaekhai"),
        (TS, "kaekhai"), (KA, "tuzetu"), (KE, "tuzetu"), (LE, "patikslinta")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HW}/related", "Related news: "), (f"{SA}/lire", "À lire aussi : "),
        (f"{VV}/veja", "Veja também: "), (f"{PM}/skaitykite", "Skaitykite taip pat: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (HW, "advert", "Advertisement"), (HW, "ends", "ENDS"),
        (HW, "helpful", "Was this page helpful? Yes / No"),
        (SA, "auteur", "Service communication")))
    assert_group_values_from_pool(SET, (
        (HW, "category", "category"), (SA, "rubrique", "rubrique"),
        (VV, "categoria", "categoria"), (PM, "rubrika", "rubrika"), (PM, "nuotr", "nuotr"),
        (IE, "topic", "topic"), (FP, "rubrique", "rubrique"), (TE, "muad", "muad"),
        (TS, "praphet", "praphet"), (KA, "bolim", "bolim")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HW, "helpful", "Was this page helpful? Yes / No"),
        (HW, "advert", "Advertisement"),
        (VV, "partilhar", "Partilhar: Facebook · Twitter · E-mail"),
        (PM, "dalintis", "Dalintis: Facebook | Twitter | El. paštas")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HW: (["ends", "media", "address", "copyright"], 3),
        SA: (["adresse", "copyright"], 2),
        VV: (["morada", "privacidade", "copyright"], 2),
        PM: (["kontaktai", "registras", "copyright"], 2),
        IE: (["address", "emergency", "disclaimer"], 2),
        FP: (["adresse", "urgence", "ministere"], 2),
        PL: (["morada", "emergencia", "copyright"], 2),
        TE: (["thiyu", "chukchoen", "copyright"], 2),
        KA: (["mekenzhai", "senim", "copyright"], 2),
        KE: (["mekenzhai", "shughyl", "copyright"], 2),
        LE: (["adresas", "budintis", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + ((KA, "bugin"),):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
