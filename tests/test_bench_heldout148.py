"""The held-back-148 template set (`tests.bench.heldout_templates_148`): its localised dates
(printed day by day in English with British ordinals and Australian summer and winter time,
French, Spanish, Arabic with the Hijri date added on a redesign day, Bengali with the Bangla
calendar's date, Ukrainian and Swahili, several changing form on the day of a redesign), the
lines that turn every week, fortnight, month and day (situation-report numbers, reporting
periods and next-report days, funding shares, a monthly bulletin's number and cut-off date, a
fundraising counter), the emergency appeals by date and the calendars of giving (Ramadan and
the Eid sacrifice by the Hijri calendar, winter campaigns, Giving Tuesday, St Nicholas,
Advent, the end of the Australian financial year, the French wealth-tax seasons, Bangladesh's
national days, Kenya's elections), the amounts that change over the years, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_148 import (
    BP_BLANKET,
    BP_CONSENT,
    BP_EMERGENCIES,
    BP_REDESIGN,
    COLUCHE,
    FIRST_DAY,
    FL_QR,
    FL_TWINT,
    GH_EFAWATEER,
    GH_HIJRI,
    GH_IFTAR,
    GH_UDHIYA,
    HF_AID_MATCH,
    HF_CONSENT,
    HF_COST,
    HF_COUNTRIES,
    HF_EMERGENCIES,
    HF_GIFT_AID,
    HF_NAMES,
    HF_REDESIGN,
    LAST_DAY,
    MA_CFDI,
    MA_CONSENT,
    MA_REDESIGN,
    MA_SCHOOL,
    MA_SPEI,
    MA_SPONSOR,
    PU_NEED,
    PU_REDESIGN,
    PU_SUBSCRIBE,
    SC_EMERGENCIES,
    SC_REDESIGN,
    SN_CONSENT,
    SN_GOALS,
    SN_HELP,
    SN_IBAN,
    SN_REDESIGN,
    SR_FIRST,
    SR_FORTNIGHTLY,
    SR_PARTNERS,
    SR_REQUIRED,
    SR_SUBSCRIBE,
    TE_MENSUEL,
    TE_PRENOMS,
    TE_REDESIGN,
    TE_URGENCES,
    TU_PAYBILL,
    TU_REDESIGN,
    WX_GRANTS,
    WX_PROPOSALS,
    WX_REDESIGN,
    bangla_date,
    bn,
    bulletin,
    first_advent,
    giving_tuesday,
    hijri,
    raised,
    sitrep,
    sydney_summer_time,
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

SET = "held-back-148"
SITES = ("Hearthfield Relief", "Terres d'Entraide", "Sahel Crisis Response",
         "Fundación Manos Abiertas", "هيئة الغوث للإغاثة والتنمية", "আলোর পথ ফাউন্ডেশন",
         "БФ «Світло надії»", "Tumaini Foundation", "The Wexmoor Foundation",
         "Southern Cross Aid", "Puente Humanitario", "Fondation Lémanique pour l'enfance")
HF, TE, SR, MA = ("hearthfieldrelief.org.uk", "terresdentraide.org", "sahelcrisisresponse.org",
                  "fundacionmanosabiertas.org.mx")
GH, BP, SN, TU = ("ghawthrelief.org", "alorpath.org.bd", "svitlonadii.org.ua",
                  "tumainifoundation.or.ke")
WX, SC, PU, FL = ("wexmoorfoundation.org", "southerncrossaid.org.au",
                  "puentehumanitario.org.co", "fondation-lemanique.ch")

d = dt.date
one = dt.timedelta(days=1)
YEARS_TESTED = range(2015, 2021)

# The dates printed day by day (every one from the first day).
DAILY = ((HF, "dated"), (TE, "date"), (MA, "fecha"), (GH, "tarikh"), (BP, "tarikh"),
         (SN, "data"), (TU, "tarehe"), (WX, "dated"), (SC, "dated"), (FL, "date"))
# The lines that turn every day without being a date line.
EVERY_DAY = ((SN, "zbir"),)
# The lines that turn by report, by month or by day of a calendar.
PERIODIC = ((SR, "title"), (SR, "period"), (SR, "next"), (SR, "funding"), (PU, "boletin"),
            (PU, "corte"), (GH, "hamla"), (BP, "daan"), (BP, "dibosh"), (BP, "copyright"))
# The notices that follow calendars.
BANNERS = ((HF, "appeal"), (TE, "urgence"), (TE, "impot"), (MA, "campana"), (SN, "dopomoha"),
           (TU, "changia"), (WX, "banner"), (SC, "appeal"), (PU, "alerta"), (FL, "agenda"))
# Amounts in force from given days.
TABLES = ((HF, "notes", HF_COUNTRIES), (TE, "fiscal", COLUCHE), (MA, "padrino", MA_SPONSOR),
          (WX, "grants", WX_GRANTS), (PU, "cifras", PU_NEED))

QUIET = d(2015, 3, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    TE: ("urgence", "Soutenez nos actions sur le terrain : faites un don"),
    MA: ("campana", "Dona en línea con tarjeta o en efectivo en tiendas OXXO"),
    WX: ("banner", "Sign up for Wexmoor Notes, our quarterly newsletter."),
    SC: ("appeal", "Give monthly and help communities plan for the future."),
    PU: ("alerta", "Alertas y actualizaciones en puentehumanitario.org.co"),
    FL: ("agenda", "Suivez-nous sur Facebook et Instagram"),
    GH: ("hamla", "تبرّع الآن عبر موقعنا الإلكتروني أو في أحد فروعنا"),
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def hijri_first(year: int, month: int) -> dt.date:
    """The first day of Hijri `month` of `year` in 2015-2020."""
    return next(day for day in every_day() if hijri(day) == (year, month, 1))


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + PERIODIC + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 19), d(2018, 1, 4), d(2019, 11, 5),
        d(2020, 4, 24), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert hijri(d(2017, 5, 27)) == (1438, 9, 1) and hijri(d(2016, 10, 3)) == (1438, 1, 1)
    assert bangla_date(d(2016, 4, 14)) == (1423, 1, 1)
    assert bangla_date(d(2016, 4, 13)) == (1422, 12, 30)
    assert bangla_date(d(2017, 2, 21)) == (1423, 11, 9)  # Ekushey: 9 Falgun
    assert bangla_date(d(2016, 12, 16)) == (1423, 9, 2)
    assert bangla_date(d(2020, 2, 29))[1:] == (11, 17) and bangla_date(d(2020, 3, 1)) == (
        1426, 11, 18)
    assert bn(2016) == "২০১৬"
    assert sitrep(SR_FIRST) == (1, SR_FIRST, 7) and sitrep(FIRST_DAY) == (31, FIRST_DAY, 7)
    assert sitrep(d(2017, 12, 30)) == (187, d(2017, 12, 28), 7)
    assert sitrep(SR_FORTNIGHTLY) == (188, SR_FORTNIGHTLY, 14)
    assert sitrep(d(2018, 1, 17)) == (188, SR_FORTNIGHTLY, 14)
    assert sitrep(d(2018, 1, 18))[0] == 189
    assert bulletin(d(2013, 2, 1)) == (1, 2013, 1) and bulletin(d(2016, 1, 31)) == (36, 2015, 12)
    assert [first_advent(y) for y in (2016, 2017, 2020)] == [d(2016, 11, 27), d(2017, 12, 3),
                                                             d(2020, 11, 29)]
    assert giving_tuesday(2019) == d(2019, 12, 3) and giving_tuesday(2017) == d(2017, 11, 28)
    assert sydney_summer_time(d(2019, 10, 6)) and not sydney_summer_time(d(2019, 10, 5))
    assert sydney_summer_time(d(2020, 4, 4)) and not sydney_summer_time(d(2020, 4, 5))
    for y in YEARS_TESTED:
        totals = [raised(d(y, 1, 1) + k * one) for k in range(365)]
        assert totals == sorted(totals) and len(set(totals)) == 365
        assert 0.85 * SN_GOALS[y] < totals[-1] < SN_GOALS[y]


def test_localised_dates_and_times() -> None:
    old, new, summer = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HF, "dated", old, "Posted on 5th March 2016")
    full(HF, "dated", d(2016, 3, 22), "Posted on 22nd March 2016")
    full(HF, "dated", new, r"19 Jun 2020 · [A-Z][a-z]+( [A-Z][a-z]+)?")
    full(TE, "date", old, "Publié le 05/03/2016")
    full(TE, "date", new, rf"Mis en ligne le 19 juin 2020 à {clock}")
    full(SR, "title", old, r"Sahel Crisis — Situation Report No\. 92 \| 3 March 2016")
    full(SR, "title", new, "SITUATION REPORT #252 · 18 June 2020")
    full(SR, "period", old, "Reporting period: 26 February – 3 March 2016")
    full(SR, "period", new, "Reporting period: 5–18 June 2020")
    full(SR, "period", d(2016, 1, 1), "Reporting period: 25–31 December 2015")
    full(SR, "period", d(2016, 1, 7), "Reporting period: 1–7 January 2016")
    full(SR, "period", d(2015, 1, 7), "Reporting period: 26 December 2014 – 1 January 2015")
    full(SR, "next", old, r"The next situation report will be issued on or around 10 March "
                          r"2016\.")
    full(SR, "next", new, r"The next situation report will be issued on or around 2 July "
                          r"2020\.")
    full(SR, "funding", new, r"Funding: US\$ 1,297 million required, \d\d% funded \(as of 31 "
                             r"May 2020\)")
    full(MA, "fecha", old, "marzo 5, 2016")
    full(MA, "fecha", new, rf"Viernes 19 de junio de 2020 \| {clock} hrs")
    full(GH, "tarikh", old, "عمّان – 5 آذار 2016")
    full(GH, "tarikh", new, "عمّان – الجمعة 27 شوال 1441 هـ الموافق 19 حزيران 2020 م")
    full(BP, "tarikh", old, "প্রকাশিত: ৫ মার্চ ২০১৬")
    full(BP, "tarikh", new, r"প্রকাশিত: শুক্রবার, ১৯ জুন ২০২০ \| ৫ আষাঢ় ১৪২৭ বঙ্গাব্দ")
    full(SN, "data", old, r"05\.03\.2016")
    full(SN, "data", new, "Пʼятниця, 19 червня 2020")
    full(SN, "zbir", new, "Збір 2020: зібрано 1 0\\d\\d \\d\\d0 грн з 2 000 000 грн")
    full(TU, "tarehe", old, "Imechapishwa: 5 Machi 2016")
    full(TU, "tarehe", new, rf"Ijumaa, 19 Juni 2020 · {clock} EAT")
    full(WX, "dated", old, "March 5, 2016")
    full(WX, "dated", new, r"Jun 19, 2020 · \d+ min read")
    full(SC, "dated", old, "Media release · 5 March 2016")
    full(SC, "dated", new, rf"19 June 2020, {clock} AEST")
    full(SC, "dated", summer, rf"7 December 2020, {clock} AEDT")
    full(PU, "boletin", old, r"Boletín humanitario n\.º 38 \| febrero de 2016")
    full(PU, "boletin", new, "Boletín Humanitario Mensual · Número 89 · Mayo 2020")
    full(PU, "corte", old, "Fecha de corte: 29 de febrero de 2016")
    full(FL, "date", old, "Genève, le 5 mars 2016")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(HF, "dated", day).startswith("Posted on") == (day < HF_REDESIGN)
        assert on(TE, "date", day).startswith("Mis en ligne") == (day >= TE_REDESIGN)
        assert ("hrs" in on(MA, "fecha", day)) == (day >= MA_REDESIGN)
        assert ("هـ" in on(GH, "tarikh", day)) == (day >= GH_HIJRI)
        assert ("বঙ্গাব্দ" in on(BP, "tarikh", day)) == (day >= BP_REDESIGN)
        assert not re.search(r"[0-9]", on(BP, "tarikh", day))
        assert bool(re.fullmatch(r"[\d.]+", on(SN, "data", day))) == (day < SN_REDESIGN)
        assert on(TU, "tarehe", day).startswith("Imechapishwa") == (day < TU_REDESIGN)
        assert ("min read" in on(WX, "dated", day)) == (day >= WX_REDESIGN)
        assert on(SC, "dated", day).startswith("Media release") == (day < SC_REDESIGN)
        if day >= SC_REDESIGN:
            assert on(SC, "dated", day).endswith("AEDT" if sydney_summer_time(day) else "AEST")
        assert on(SR, "title", day).startswith("SITUATION") == (day >= SR_FORTNIGHTLY)
        assert on(PU, "boletin", day).startswith("Boletín Humanitario Mensual") == (
            day >= PU_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_report_month_and_day() -> None:
    weekly = {day for day in changes(SR, "title") if day < SR_FORTNIGHTLY}
    fortnightly = {day for day in changes(SR, "title") if day >= SR_FORTNIGHTLY}
    assert all(day.weekday() == 3 for day in weekly | fortnightly)
    assert len(weekly) == (SR_FORTNIGHTLY - d(2015, 1, 8)).days // 7
    assert all((day - SR_FORTNIGHTLY).days % 14 == 0 for day in fortnightly)
    assert len(fortnightly) == (d(2020, 12, 31) - SR_FORTNIGHTLY).days // 14 + 1
    assert changes(SR, "period") == changes(SR, "next") == changes(SR, "title")
    numbers = sorted(int(n) for n in found(SR, "title", r"(?:No\. |#)(\d+)"))
    assert numbers == list(range(numbers[0], numbers[-1] + 1)) and numbers[0] == 31
    month_starts = {d(y, m, 1) for y in YEARS_TESTED for m in range(1, 13)} - {FIRST_DAY}
    assert changes(PU, "boletin") == month_starts == changes(PU, "corte")
    launches = {iso(start) for start, _ in SR_REQUIRED if iso(start) > FIRST_DAY}
    assert changes(SR, "funding") == month_starts | launches
    shares = [int(m[1]) for t in group_lines(SET, SR, "funding")
              if (m := re.search(r"(\d+)% funded", norm(t)))]
    assert shares and min(shares) <= 10 and max(shares) >= 40
    for y in YEARS_TESTED:
        assert " 1% funded (as of 31 January" in on(SR, "funding", d(y, 2, 1)), y
        assert re.search(r" [5-7]\d% funded \(as of 31 December", on(SR, "funding", d(y, 1, 1)))
    assert len(changes(SN, "zbir")) == len(every_day()) - 1
    assert changes(BP, "copyright") == {d(y, 1, 1) for y in range(2016, 2021)}


def test_appeals_follow_the_calendars() -> None:
    for domain, (family, text) in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, domain
    for first, last, text in HF_EMERGENCIES:
        assert on(HF, "appeal", iso(first)) == on(HF, "appeal", iso(last)) == text
    assert "by 14 February 2018" in on(HF, "appeal", d(2018, 1, 10))
    assert "UK Aid Match" in on(HF, "appeal", iso(HF_AID_MATCH[1][0]))
    for first, _, text in TE_URGENCES:
        assert on(TE, "urgence", iso(first)) == f"URGENCE · {text}"
    assert found(TE, "impot", r"^(ISF|IFI) (\d{4})") == {"ISF", "IFI"}
    for y in YEARS_TESTED:
        wealth = on(TE, "impot", d(y, 5, 20))
        assert wealth.startswith(f"{'IFI' if y >= 2018 else 'ISF'} {y}"), y
        assert f"Jusqu'au 31 décembre {y}" in on(TE, "impot", d(y, 12, 15))
        assert f"Día del Niño {y}" in on(MA, "campana", d(y, 4, 25)) or y == 2020
        assert f"${MA_SCHOOL[y]}" in on(MA, "campana", d(y, 8, 10))
        assert f"Navidad {y}" in on(MA, "campana", d(y, 12, 10))
        assert f"Open call {y}" in on(WX, "banner", d(y, 4, 15)) or y == 2020
        assert f"#GivingTuesday {y}" in on(WX, "banner", giving_tuesday(y))
        assert f"30 June {y}" in on(SC, "appeal", d(y, 6, 15))
        assert f"Avent {y}" in on(FL, "agenda", first_advent(y))
        assert f"20 novembre {y}" in on(FL, "agenda", d(y, 11, 20))
        assert "Миколая" in on(SN, "dopomoha", d(y, 12, 15))
        assert f"до школи {y}" in on(SN, "dopomoha", d(y, 8, 25)) or y == 2020
        if y >= 2016:
            assert f"#ЩедрийВівторок {y}" in on(SN, "dopomoha", giving_tuesday(y))
    assert "Prélèvement à la source" in on(TE, "impot", d(2019, 1, 15))
    assert "#FuerzaMéxico" in on(MA, "campana", d(2017, 10, 1))
    assert "30 ans" in on(FL, "agenda", d(2019, 11, 20))
    assert "30 ans" not in on(FL, "agenda", d(2018, 11, 20))
    assert "Bushfire" in on(SC, "appeal", d(2019, 12, 10))
    for first, _, text in SC_EMERGENCIES:
        assert on(SC, "appeal", iso(first)) == text
    assert "Карантин" in on(SN, "dopomoha", d(2020, 4, 1))
    assert "Повінь" in on(SN, "dopomoha", d(2020, 7, 1))
    assert "uchaguzi" in on(TU, "changia", d(2017, 8, 8))
    assert "marudio" in on(TU, "changia", d(2017, 10, 26))
    assert "Ukame" in on(TU, "changia", d(2017, 3, 1))
    assert "Nzige" in on(TU, "changia", d(2020, 2, 15))
    assert "Plebiscito" in on(PU, "alerta", d(2016, 10, 2))
    assert "Mocoa" in on(PU, "alerta", d(2017, 4, 10))
    assert "Iota" in on(PU, "alerta", d(2020, 11, 20))


def test_appeals_follow_the_hijri_and_bangla_calendars() -> None:
    for year in range(1436, 1442):
        first = hijri_first(year, 9)
        assert f"حملة رمضان {year} هـ" in on(GH, "hamla", first), year
        assert f"{GH_IFTAR[year]} دينار" in on(GH, "hamla", first), year
        sacrifice = hijri_first(year, 12)
        assert f"{GH_UDHIYA[year]} ديناراً" in on(GH, "hamla", sacrifice), year
        assert "الأضاحي" not in on(GH, "hamla", sacrifice + 12 * one), year
    assert "الشتاء" in on(GH, "hamla", d(2016, 1, 10))
    assert "خلّيك بالبيت" in on(GH, "hamla", d(2020, 4, 1))
    for first, last, name in BP_EMERGENCIES:
        assert name in on(BP, "daan", iso(first)) and name in on(BP, "daan", iso(last))
    for year in (1436, 1439):  # Ramadans with no emergency
        assert f"রমজান {bn(year)}" in on(BP, "daan", hijri_first(year, 9) + 3 * one)
    for y in range(2015, 2020):
        assert f"{BP_BLANKET[y]} টাকায় একটি কম্বল" in on(BP, "daan", d(y, 12, 20)) or y in (
            2017, 2019), y
        assert "একুশে" in on(BP, "dibosh", d(y, 2, 21))
        assert "স্বাধীনতা" in on(BP, "dibosh", d(y, 3, 26))
        assert f"শুভ নববর্ষ {bn(y - 593)}" in on(BP, "dibosh", d(y, 4, 14))
        assert "বিজয়" in on(BP, "dibosh", d(y, 12, 16))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HF, "byline", HF_REDESIGN, "By {author}", "{author_beat}"),
        (HF, "photo", HF_CONSENT, "Relief", "informed consent"),
        (HF, "names", HF_NAMES, "Names have", "*Some names"),
        (HF, "gift-aid", HF_GIFT_AID, "25p", "25% more"),
        (TE, "credit", TE_PRENOMS, "©", "avec l'accord"),
        (TE, "prenoms", TE_PRENOMS, "modifiés.", "anonymat"),
        (TE, "urgence", TE_MENSUEL, "faites un don", "don mensuel"),
        (SR, "produced", SR_PARTNERS, "in collaboration", "Burkina Faso"),
        (SR, "subscribe", SR_SUBSCRIBE, "e-mail", "/subscribe"),
        (MA, "autor", MA_REDESIGN, "Por {author}", "min de lectura"),
        (MA, "foto", MA_CONSENT, "Foto", "autorización"),
        (MA, "deducible", MA_CFDI, "Solicita tu recibo.", "CFDI"),
        (MA, "campana", MA_SPEI, "en efectivo", "SPEI"),
        (GH, "hamla", GH_EFAWATEER, "فروعنا", "إي فواتيركم"),
        (BP, "chobi", BP_CONSENT, "ছবি", "সম্মতি"),
        (SN, "foto", SN_CONSENT, "Фото", "за згодою"),
        (SN, "rekvizyty", SN_IBAN, "МФО", "IBAN"),
        (WX, "byline", WX_REDESIGN, "Posted by", "{author_beat}"),
        (WX, "proposals", WX_PROPOSALS, "does not accept", "Learn how"),
        (PU, "suscripcion", PU_SUBSCRIBE, "escriba", "Suscríbase"),
        (FL, "don", FL_TWINT, "CCP", "TWINT"),
        (FL, "don", FL_QR, "par TWINT", "QR-facture")))
    assert_groups_reworded(SET, (
        (HF, "dated", "Posted on ", " · "),
        (HF, "byline", "By ", ", "),
        (TE, "date", "Publié le", "Mis en ligne"),
        (SR, "title", "Situation Report No.", "SITUATION REPORT #"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "1 000 €" in on(TE, "fiscal", d(2020, 7, 31)) and "546 €" in on(TE, "fiscal",
                                                                          d(2020, 7, 30))
    for start, value in HF_COST:
        day = max(iso(start), QUIET)
        assert on(HF, "appeal", day).startswith(f"{value} could give"), start
    for start, value in SN_HELP:
        day = max(iso(start), QUIET)
        assert on(SN, "dopomoha", day).startswith(f"Допомогти: {value} грн"), start
    for start, value in TU_PAYBILL:
        day = max(iso(start), QUIET)
        assert f"KSh {value} " in on(TU, "changia", day), start
    for start, value in SR_REQUIRED:
        if iso(start) > FIRST_DAY:
            assert f"US$ {value} million" in on(SR, "funding", iso(start)), start
    assert changes(SR, "figures") == {iso(s) for s, _ in SR_REQUIRED[1:-1]}
    goals = {m[1] for t in group_lines(SET, SN, "zbir") if (m := re.search(r"з ([\d ]+) грн",
                                                                          norm(t)))}
    assert len(goals) >= 3
    costs = {m[1] for t in group_lines(SET, HF, "appeal") if (m := re.match(r"(£\d+) could",
                                                                         norm(t)))}
    assert len(costs) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (GH, "asma", r"[\u0600-\u06ff]"), (GH, "tasjil", r"[\u0600-\u06ff]"),
        (GH, "tarikh", r"[\u0600-\u06ff]"), (BP, "naam", r"[\u0980-\u09ff]"),
        (BP, "tarikh", r"[\u0980-\u09ff]"), (BP, "ngo", r"[\u0980-\u09ff]"),
        (SN, "imena", r"[\u0400-\u04ff]"), (SN, "data", r"[0-9]"),
        (TU, "majina", "yamebadilishwa"), (TE, "prenoms", r"[éè]"), (MA, "nombres", r"[ñ]"),
        (FL, "zewo", r"[éè]"), (PU, "boletin", "[Bb]olet[ií]n")))
    assert any("هـ" in t for t in group_lines(SET, GH, "tarikh"))
    assert any("الموافق" not in t for t in group_lines(SET, GH, "tarikh"))
    assert any("বঙ্গাব্দ" in t for t in group_lines(SET, BP, "tarikh"))
    assert any(re.search("[\u0400-\u04ff]", t) for t in group_lines(SET, SN, "data"))
    assert any(re.search(r"(Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili)", t)
               for t in group_lines(SET, TU, "tarehe"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HF}/dated", f"{HF}/byline", f"{HF}/related", f"{HF}/kind",
                         f"{HF}/photo", f"{HF}/appeal", f"{HF}/notes", f"{TE}/date",
                         f"{TE}/lire", f"{TE}/credit", f"{SR}/title", f"{SR}/period",
                         f"{SR}/contact", f"{MA}/fecha"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HF}/charity", f"{HF}/media", f"{TE}/contact", f"{TE}/apropos", f"{SR}/map",
        f"{SR}/contact-head"))
    assert_carried_share(docs, HF, [
        ("dated", 0.8, 0.98), ("related", 0.4, 0.75), ("correction", 0.0, 0.1),
        ("names", 0.08, 0.35), ("charity", 0.3, 0.6)])
    assert_carried_share(docs, TE, [("date", 0.78, 0.97), ("don", 0.12, 0.4),
                                    ("erratum", 0.0, 0.12)])
    for fam in (f"{HF}/related", f"{HF}/donate", f"{TE}/lire", f"{SR}/sector",
                f"{MA}/interesar"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HF, "photo"), (TE, "credit"), (MA, "foto"), (GH, "sura"),
                               (BP, "chobi"), (SN, "foto"), (TU, "picha"), (SR, "map")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HF, "correction", 16), (TE, "erratum"), (SR, "correction"), (MA, "erratas"),
        (GH, "tashih"), (BP, "songshodhon"), (SN, "vypravlennia"), (TU, "marekebisho"),
        (WX, "editors-note"), (SC, "correction"), (PU, "correccion"), (FL, "rectificatif")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HF}/related", "Related: "), (f"{TE}/lire", "► Lire aussi : "),
        (f"{MA}/interesar", "Te puede interesar: "), (f"{SR}/see-also", "See also: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (HF, "donate", "Donate now"), (HF, "ends", "— ENDS —"), (TE, "don", "Je fais un don"),
        (SR, "highlights", "HIGHLIGHTS"), (SC, "release", "MEDIA RELEASE"),
        (BP, "protinidhi", "নিজস্ব প্রতিবেদক"), (GH, "idad", "إعداد: المكتب الإعلامي"),
        (FL, "communique", "Communiqué de presse")))
    assert_group_values_from_pool(SET, (
        (HF, "kind", "kind"), (TE, "rubrique", "rubrique"), (SR, "sector", "sector"),
        (MA, "categoria", "categoria"), (GH, "qism", "qism"), (BP, "bibhag", "bibhag"),
        (SN, "rubryka", "rubryka"), (TU, "kundi", "kundi"), (WX, "topic", "topic")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HF, "donate", "Donate now"),
        (HF, "ends", "— ENDS —"),
        (TE, "don", "Je fais un don"),
        (SR, "highlights", "HIGHLIGHTS"),
        (SR, "contact-head", "For further information, please contact:")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HF: (["ends", "notes", "media", "charity"], 3),
        TE: (["contact", "apropos", "copyright"], 2),
        SR: (["contact-head", "contact"], 2),
        MA: (["deducible", "privacidad", "copyright"], 2),
        GH: (["tasjil", "hisab", "ilam", "huquq"], 2),
        BP: (["ngo", "jogajog", "copyright"], 2),
        SN: (["rekvizyty", "reiestr", "zmi", "copyright"], 2),
        TU: (["usajili", "mawasiliano", "english", "hakimiliki"], 2),
        SC: (["ends", "media", "acfid", "abn"], 2)})


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
