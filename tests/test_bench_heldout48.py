"""The held-back-48 template set (`tests.bench.heldout_templates_48`): its localised dates
(printed day by day, some changing form on the day of a redesign, one with daylight time,
one an ordinal, one in Bengali numerals, one a wire dateline with a city slot), the weekly
heading that follows a school's terms, the notices it rewords by date, the calendars some
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
from tests.bench.heldout_templates_48 import (
    AP_MONTHS,
    ARABIC_WEEKDAYS,
    BENGALI_DIGITS,
    BENGALI_MONTHS,
    CA_DAILY,
    EID_FITR_TR,
    ENGLISH_MONTHS,
    LAST_DAY,
    LEVANT_MONTHS,
    PORTUGUESE_MONTHS,
    PORTUGUESE_WEEKDAYS,
    QC_REDESIGN,
    SPANISH_MONTHS,
    SPANISH_WEEKDAYS,
    TR_DAILY,
    TURKISH_MONTHS,
    TURKISH_WEEKDAYS,
    YEARS,
    canada_summer_time,
    easter,
    nth_weekday,
    ordinal,
    school_week,
    to_digits,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
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

SET = "held-back-48"
SITES = ("Thompson Valley Herald", "Mzansi Ledger", "Counterpoint Observatory",
         "Ecos del Paraná", "Uludağ Sesi", "PresslineDirect", "পদ্মার বার্তা", "صدى الشمال",
         "Ville de Saint-Aurèle", "Bluegrass Progressive", "Kingsmead Primary School",
         "Blog do Ivan Fontes")
CA, ZA, AN, AR = ("thompsonvalleyherald.ca", "mzansiledger.co.za", "counterpointobservatory.org",
                  "ecosdelparana.com.ar")
TR, WI, BD, JO = ("uludagsesi.com.tr", "presslinedirect.com", "padmarbarta.com",
                  "sadaalshamal.jo")
QC, WP, SC, BR = ("ville-saint-aurele.qc.ca", "bluegrassprogressive.com",
                  "kingsmeadprimary.cheshire.sch.uk", "blogdoivanfontes.blogspot.com")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day: (domain, family, first day of the daily wording).
DAILY = ((CA, "published", d(2015, 1, 1)), (ZA, "dated", d(2017, 7, 3)),
         (AN, "siteline", d(2015, 1, 1)), (AR, "fecha", d(2016, 3, 1)),
         (TR, "yayin", d(2015, 1, 1)), (WI, "dateline", d(2015, 1, 1)),
         (BD, "prokash", d(2016, 4, 14)), (JO, "tarikh", d(2015, 1, 1)),
         (QC, "publie", d(2015, 1, 1)), (BR, "data", d(2015, 1, 1)))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CA, "published", old, r"Posted: Saturday, March 5, 2016")
    full(CA, "published", new, r"Published June 21, 2019 at \d{1,2}:\d\d [AP]M PDT")
    full(CA, "published", d(2019, 12, 2), r"Published Dec\. 2, 2019 at .+ PST")
    full(ZA, "dated", new, r"21 June 2019 \| \d\d:\d\d SAST")
    full(ZA, "dated", d(2019, 6, 2), r"02 June 2019 \| \d\d:\d\d SAST")
    full(AN, "siteline", old, r"Counterpoint Observatory, March 05, 2016")
    full(AN, "siteline", new, r"Counterpoint Observatory, June 21st, 2019")
    full(AR, "fecha", new, r"Viernes 21 de junio de 2019 \| \d\d:\d\d")
    full(TR, "yayin", old, r"Yayınlanma: 05\.03\.2016 - \d\d:\d\d")
    full(TR, "yayin", new, r"21 Haziran 2019 Cuma \d\d:\d\d")
    full(WI, "dateline", new, r"[A-Z ,a-z]+, June 21, 2019 \(PresslineDirect\) --")
    full(BD, "prokash", new, r"প্রকাশিত: ২১ জুন ২০১৯, শুক্রবার \d\d:\d\d")
    full(JO, "tarikh", old, r"5/3/2016 \d\d:\d\d")
    full(JO, "tarikh", new, r"الجمعة، 21 حزيران 2019 - \d\d:\d\d")
    full(QC, "publie", d(2016, 3, 1), r"Publié le 1er mars 2016")
    full(QC, "publie", new, r"Publié le 2019-06-21")
    full(BR, "data", new, r"sexta-feira, 21 de junho de 2019")
    full(WP, "posted", new, r"Posted on .+ by Ada Brook")
    full(WP, "posted", d(2019, 9, 2), r"on .+ by Ada Brook")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for domain, family, first in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY
                                                                             - first).days
    for day in every_day():
        md = f"{ENGLISH_MONTHS[day.month - 1]}"
        zone = "PDT" if canada_summer_time(day) else "PST"
        ca = template(SET, CA, "published", day)
        if day >= CA_DAILY:
            assert ca == (f"Published {AP_MONTHS[day.month - 1]} {day.day}, {day.year} at "
                          f"{{time12}} {zone}"), (day, ca)
        else:
            assert ca.startswith("Posted: ") and f"{md} {day.day}, {day.year}" in ca
        if day >= d(2017, 7, 3):
            assert template(SET, ZA, "dated", day) == (
                f"{day.day:02d} {md} {day.year} | {{time}} SAST")
        an = template(SET, AN, "siteline", day)
        assert an.endswith(f", {day.year}") and md in an
        if day >= d(2017, 3, 6):
            assert f" {ordinal(day.day)}, " in an, an
        if day >= d(2016, 3, 1):
            assert template(SET, AR, "fecha", day) == (
                f"{SPANISH_WEEKDAYS[day.weekday()]} {day.day} de {SPANISH_MONTHS[day.month - 1]}"
                f" de {day.year} | {{time}}")
        tr = template(SET, TR, "yayin", day)
        if day >= TR_DAILY:
            assert tr == (f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year} "
                          f"{TURKISH_WEEKDAYS[day.weekday()]} {{time}}"), tr
        else:
            assert tr == f"Yayınlanma: {day:%d.%m.%Y} - {{time}}", tr
        assert template(SET, WI, "dateline", day) == (
            f"{{city}}, {AP_MONTHS[day.month - 1]} {day.day}, {day.year} (PresslineDirect) --")
        if day >= d(2016, 4, 14):
            bd = template(SET, BD, "prokash", day)
            assert (f" {to_digits(day.day, BENGALI_DIGITS)} {BENGALI_MONTHS[day.month - 1]} "
                    f"{to_digits(day.year, BENGALI_DIGITS)}, ") in bd, bd
        jo = template(SET, JO, "tarikh", day)
        if day >= d(2017, 1, 1):
            assert jo.startswith(f"{ARABIC_WEEKDAYS[day.weekday()]}، {day.day} "
                                 f"{LEVANT_MONTHS[day.month - 1]} {day.year}"), jo
        else:
            assert jo == f"{day.day}/{day.month}/{day.year} {{time}}", jo
        qc = template(SET, QC, "publie", day)
        assert (qc == f"Publié le {day.isoformat()}") == (day >= QC_REDESIGN), qc
        assert template(SET, BR, "data", day) == (
            f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")


def test_school_weeks_follow_the_terms() -> None:
    for y in YEARS:
        autumn = d(y, 9, 3) + dt.timedelta(days=(0 - d(y, 9, 3).weekday()) % 7)
        assert school_week(autumn) == f"Newsletter · Autumn Term {y}, Week 1"
        assert school_week(autumn + 7 * one) == f"Newsletter · Autumn Term {y}, Week 2"
        assert school_week(autumn - one) == f"Newsletter · Holiday edition, {y}"
        summer = easter(y) + 15 * one
        assert school_week(summer + 20 * one) == f"Newsletter · Summer Term {y}, Week 3"
        assert school_week(d(y, 8, 10)) == f"Newsletter · Holiday edition, {y}"
        assert template(SET, SC, "heading", autumn + 3 * one) == school_week(autumn)
    headings = {norm(t) for t in group_lines(SET, SC, "heading")}
    assert len(headings) >= 5


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, CA, "newsletter", d(y, 7, 1)).startswith("🍁")
        assert template(SET, ZA, "whatsapp", d(y, 9, 24)).startswith("🇿🇦 Happy Heritage")
        freedom = template(SET, ZA, "whatsapp", d(y, 4, 27))
        assert (freedom == f"🇿🇦 Freedom Day: {y - 1994} years of democracy") == (y != 2020)
        assert template(SET, AR, "whatsapp", d(y, 6, 20)).startswith("🇦🇷")
        republic = template(SET, TR, "takip", d(y, 10, 29))  # a vote in 2015 wins
        assert (republic == f"🇹🇷 Cumhuriyetimizin {y - 1923}. yılı kutlu olsun!") == (
            y != 2015), republic
        eid = template(SET, TR, "takip", d.fromisoformat(EID_FITR_TR[y]))
        assert eid.startswith("🌙") == (y != 2020), eid  # the 2020 restrictions win
        assert template(SET, BD, "follow", d(y, 2, 21)).startswith("🌺")
        assert template(SET, BD, "follow", d(y, 12, 16)).startswith("🇧🇩")
        jo = template(SET, JO, "follow", d(y, 5, 25))  # the 2020 curfews win
        assert jo.startswith(f"🇯🇴 عيد الاستقلال الـ{y - 1946}") == (y != 2020), jo
        assert template(SET, QC, "infolettre", d(y, 6, 24)).startswith("⚜️") == (y != 2020)
        book = nth_weekday(y, 3, 3, 1)
        assert template(SET, SC, "diary", book).startswith("📚") or y == 2018
        assert template(SET, SC, "diary", nth_weekday(y, 11, 4, 3)).startswith("🐻")
    for domain, family, day, start in (
            (CA, "newsletter", d(2015, 10, 19), "🗳️"), (CA, "newsletter", d(2017, 8, 1), "🔥"),
            (CA, "newsletter", d(2020, 4, 1), "😷"), (ZA, "whatsapp", d(2019, 5, 8), "🗳️"),
            (ZA, "whatsapp", d(2019, 12, 10), "⚡"), (ZA, "whatsapp", d(2020, 4, 1), "😷"),
            (AR, "whatsapp", d(2015, 11, 22), "🗳️"), (AR, "whatsapp", d(2020, 4, 1), "😷"),
            (TR, "takip", d(2017, 4, 16), "🗳️"), (TR, "takip", d(2020, 4, 1), "😷"),
            (BD, "follow", d(2018, 12, 30), "🗳️"), (BD, "follow", d(2020, 5, 20), "😷"),
            (JO, "follow", d(2016, 9, 20), "🗳️"), (JO, "follow", d(2020, 4, 1), "😷"),
            (QC, "infolettre", d(2017, 11, 5), "🗳️"), (QC, "infolettre", d(2019, 4, 20), "🌊"),
            (WP, "donate", d(2019, 11, 5), "🗳️"), (SC, "diary", d(2018, 2, 28), "❄️"),
            (SC, "diary", d(2020, 4, 1), "🏠"), (BR, "grupo", d(2018, 10, 28), "🗳️"),
            (BR, "grupo", d(2020, 4, 1), "😷")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 9, 1)).startswith(start), domain


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (CA, "readmore", "READ MORE: ", "SEE ALSO: "),
        (ZA, "alsoread", "ALSO READ | ", "READ NEXT: "),
        (ZA, "byline", "By ", "Written by "),
        (AR, "interesar", "Te puede interesar: ", "Leé también: "),
        (TR, "ilgili", "İlginizi Çekebilir: ", "Bunu da okuyun: "),
        (BD, "aro", "আরও পড়ুন: ", "আরও পড়ুন ➤ "),
        (JO, "iqra", "اقرأ أيضاً: ", "اقرأ المزيد: "),
    ))
    for domain, family, day, old, new in (
            (CA, "byline", d(2019, 1, 14), "Herald staff", "nothing"),
            (CA, "comments", d(2019, 5, 1), "moderated", "letter to the editor"),
            (ZA, "presscode", d(2016, 9, 1), "Ombudsman", "Press Council"),
            (ZA, "whatsapp", d(2019, 7, 1), "060 555", "071 555"),
            (AN, "note", d(2018, 6, 4), "email lists", "Telegram"),
            (AN, "note", d(2020, 6, 1), "Telegram", "mailing list"),
            (AN, "donate", d(2019, 1, 14), "donation", "member"),
            (AR, "comentarios", d(2018, 8, 1), "autores.", "sanciones"),
            (TR, "takip", d(2017, 9, 11), "Facebook", "Google News"),
            (WI, "view", d(2018, 3, 5), "content:", "multimedia"),
            (WI, "copyright", d(2019, 7, 1), "Copyright ©", "Holdings"),
            (BD, "follow", d(2018, 6, 1), "লাইক", "ইউটিউব"),
            (JO, "follow", d(2019, 3, 1), "فيسبوك", "تلغرام"),
            (QC, "source", d(2019, 1, 7), "Service des", "Division"),
            (QC, "partager", d(2018, 4, 16), "Imprimer", "nothing"),
            (WP, "donate", d(2018, 4, 2), "PayPal", "Patreon"),
            (WP, "policy", d(2017, 2, 1), "attacks.", "moderation"),
            (SC, "messages", d(2018, 9, 3), "text", "app"),
            (SC, "dinner", d(2019, 4, 23), "£2.30", "£2.40"),
            (SC, "safeguarding", d(2019, 9, 2), "Whitfield", "Okafor"),
            (SC, "ofsted", d(2016, 6, 20), "Requires Improvement", "Good (2016)"),
            (BR, "grupo", d(2018, 3, 1), "WhatsApp", "Telegram")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert (new in after) or (new == "nothing" and old not in after), (domain, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CA}/published", f"{ZA}/dated", f"{AN}/siteline", f"{CA}/readmore",
                         f"{CA}/byline", f"{ZA}/alsoread", f"{AN}/region", f"{AN}/theme"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CA}/tip", f"{CA}/lji", f"{ZA}/presscode", f"{AN}/disclaimer", f"{AN}/fairuse"))
    assert_carried_share(docs, CA, [
        ("kicker", 0.18, 0.45), ("published", 0.75, 0.97), ("ad", 0.25, 0.8),
        ("smoke", 0.0, 0.12)])
    assert_carried_share(docs, ZA, [("dated", 0.75, 0.97), ("water", 0.0, 0.12)])
    for fam in (f"{CA}/ad", f"{CA}/readmore", f"{ZA}/ad", f"{ZA}/alsoread"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CA, "photo"), (AN, "featured"), (WI, "photolink"), (WP, "more")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CA, "smoke"), (ZA, "water"), (AN, "server"), (AR, "corte"), (TR, "deprem"),
        (WI, "correction"), (BD, "bojropat"), (JO, "thulooj"), (QC, "ebullition"),
        (WP, "maintenance"), (SC, "snow"), (BR, "fora")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{CA}/readmore", ("READ MORE: ", "SEE ALSO: ")),
                          (f"{ZA}/alsoread", ("ALSO READ | ", "READ NEXT: ")),
                          (f"{AR}/interesar", ("Te puede interesar: ", "Leé también: ")),
                          (f"{TR}/ilgili", ("İlginizi Çekebilir: ", "Bunu da okuyun: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith((f"{CA}/readmore", f"{ZA}/alsoread", f"{AR}/interesar",
                                    f"{TR}/ilgili")):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_one_origin_per_page() -> None:
    """The aggregator's source and copyright lines name the same origin on a page."""
    origins = pool(SET, AN, "origin")
    seen = 0
    for doc in group_docs(SET, AN):
        lines = {label_family(line.label): norm(line.text) for line in doc.lines
                 if line.is_boilerplate}
        named = set()
        if m := re.fullmatch(r"The original source of this article is (.+)",
                             lines.get("source", "")):
            named.add(m[1])
        if m := re.fullmatch(r"Copyright © .+?, (.+), \d{4}", lines.get("copyright", "")):
            named.add(m[1])
        named &= origins
        if named:
            assert len(named) == 1, named
            seen += 1
    assert seen >= 3


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CA, "ad", "Story continues below advertisement"), (ZA, "ad", "- Advertisement -"),
        (AR, "publicidad", "PUBLICIDAD"), (TR, "reklam", "Reklam"), (BD, "bigyapon", "বিজ্ঞাপন"),
        (JO, "ilan", "إعلان"), (WI, "mediacontact", "Media Contact:"), (WI, "endmark", "# # #"),
        (QC, "trente", "- 30 -"), (WP, "sharethis", "Share this:"), (WP, "likethis", "Like this:"),
        (WP, "loading", "Loading..."), (WP, "related", "Related"),
        (SC, "dear", "Dear Parents and Carers,"), (SC, "regards", "Kind regards,"),
        (BR, "postar", "Postar um comentário")))
    assert_group_values_from_pool(SET, (
        (CA, "kicker", "kicker"), (AR, "seccion", "seccion"), (TR, "kategori", "kategori"),
        (BD, "bibhag", "bibhag"), (JO, "qism", "qism"), (QC, "genre", "genre"),
        (WI, "contact", "contact"), (WI, "contactmail", "contactmail")))
    for style, family, pool_name in ((AN, "region", "region"), (AN, "theme", "theme"),
                                     (TR, "etiketler", "etiket"), (BD, "tag", "tag"),
                                     (WP, "tagged", "tag"), (BR, "marcadores", "marcador")):
        values = pool(SET, style, pool_name)
        lists = [re.sub(r"^(?:[^:]+: |Tagged )", "", norm(t))
                 for t in group_lines(SET, style, family)]
        items = [item for t in lists for item in t.split(", ")]
        assert items and sum(i in values for i in items) >= 0.75 * len(items), (style, family)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WI: (["mediacontact", "contact", "contactmail"], 3),
        SC: (["regards", "signed"], 2),
        WP: (["leavereply", "emailnote"], 2)})
    assert_group_blocks_stay_together(SET, {
        WP: (["sharethis", "sharebuttons", "likethis", "loading", "related"], 4)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, _ in DAILY:
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
