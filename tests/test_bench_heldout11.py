"""The held-back-11 template set (`tests.bench.heldout_templates_11`): its localised dates,
the notices it rewords by date, the variation it promises and its multi-line blocks actually
occur.

Runs on made-up bodies, not on ../shared/data. The checks every held-back set shares (every
wording renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.bench.heldout_templates_11 import heldout11_styles
from tests.heldout_checks import (
    assert_blocks_stay_together,
    assert_carried_share,
    assert_more_texts_than_wordings,
    assert_varied,
    by_family,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
)

SET = "held-back-11"


def test_localised_dates_and_times() -> None:
    dk_old = rendered(SET, "skivebugten.dk", "dato", dt.date(2016, 3, 5))
    assert re.fullmatch(r"05\.03\.2016 kl\. \d\d\.\d\d", dk_old), dk_old
    dk_new = rendered(SET, "skivebugten.dk", "dato", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Publiceret 21\.06\.2019 kl\. \d\d\.\d\d", dk_new), dk_new
    hr_old = rendered(SET, "jadranskivjesnik.hr", "objavljeno", dt.date(2016, 3, 5))
    assert re.fullmatch(r"Objavljeno: 05\.03\.2016\. u \d\d:\d\d", hr_old), hr_old
    hr_new = rendered(SET, "jadranskivjesnik.hr", "objavljeno", dt.date(2018, 6, 21))
    assert re.fullmatch(r"Objavljeno 21\.06\.2018\. u (\d\d:\d\d) · Zadnja izmjena "
                        r"21\.06\.2018\. u \1", hr_new), hr_new
    cy_old = rendered(SET, "llaisycwm.cymru", "cyhoeddwyd", dt.date(2017, 3, 5))
    assert cy_old == "Cyhoeddwyd / Published: 05/03/2017", cy_old
    cy_new = rendered(SET, "llaisycwm.cymru", "cyhoeddwyd", dt.date(2019, 11, 30))
    assert re.fullmatch(r"Cyhoeddwyd / Published: 30/11/2019, \d\d:\d\d", cy_new), cy_new
    th_old = rendered(SET, "chaophrayatimes.co.th", "published", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Published: 21 June 2017 at \d\d:\d\d", th_old), th_old
    th_new = rendered(SET, "chaophrayatimes.co.th", "published", dt.date(2019, 6, 21))
    assert re.fullmatch(r"PUBLISHED : 21 June 2019 at \d\d:\d\d \| UPDATED : 21 June 2019",
                        th_new), th_new
    mt = rendered(SET, "grandharbourmail.com.mt", "dateline", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Wednesday, 21 June 2017, \d\d:\d\d", mt), mt
    gh = rendered(SET, "osubusiness.com.gh", "date", dt.date(2018, 6, 21))
    assert re.fullmatch(r"Thursday, June 21, 2018 \| \d{1,2}:\d\d [AP]M", gh), gh
    f1 = rendered(SET, "apexandkerb.com", "writer", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Ada Brook \| Jun 21, 2017, \d\d:\d\d UTC", f1), f1
    trust = rendered(SET, "northmoorwildlife.org.uk", "date", dt.date(2019, 6, 21))
    assert trust == "Friday 21 June 2019", trust


def test_notices_follow_their_dates() -> None:
    park = "sableridgepark.gov"
    for day, fee in ((dt.date(2015, 8, 1), "$25"), (dt.date(2017, 8, 1), "$30"),
                     (dt.date(2019, 8, 1), "$35")):
        text = rendered(SET, park, "fees", day)
        assert text.startswith(f"Park entrance fee: {fee} per private vehicle"), (day, text)
    for day, words in ((dt.date(2018, 12, 1), "Weather and road conditions"),
                       (dt.date(2019, 1, 10), "lapse in federal appropriations"),
                       (dt.date(2019, 2, 1), "Weather and road conditions"),
                       (dt.date(2020, 4, 15), "temporarily closed to all visitors"),
                       (dt.date(2020, 7, 4), "reopening in phases")):
        text = rendered(SET, park, "conditions", day)
        assert words in text, (day, text)
    assert "100 years" in rendered(SET, park, "about", dt.date(2016, 8, 25))
    assert "100 years" not in rendered(SET, park, "about", dt.date(2017, 8, 25))
    # the Big Lottery Fund became The National Lottery Community Fund in January 2019
    assert "Big Lottery Fund" in rendered(SET, "llaisycwm.cymru", "cyllid", dt.date(2018, 12, 1))
    assert "Community Fund" in rendered(SET, "llaisycwm.cymru", "cyllid", dt.date(2019, 3, 1))
    taproom = [rendered(SET, "hollowoakbrewing.com", "hours", dt.date(2020, m, 1))
               for m in (2, 4, 7)]
    assert taproom[0].startswith("Taproom hours:")
    assert "Curbside pickup" in taproom[1] and "patio seating" in taproom[2]
    zoom = rendered(SET, "ardennelaw.edu", "workshops", dt.date(2020, 9, 1))
    assert "Zoom" in zoom
    assert "B.E. 2562" in rendered(SET, "chaophrayatimes.co.th", "footer", dt.date(2019, 6, 1))
    assert "B.E. 2562" not in rendered(SET, "chaophrayatimes.co.th", "footer",
                                       dt.date(2019, 5, 1))


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    assert_varied(fams, ("skivebugten.dk/dato", "skivebugten.dk/byline",
                         "skivebugten.dk/laes-ogsaa", "skivebugten.dk/foto",
                         "jadranskivjesnik.hr/objavljeno", "jadranskivjesnik.hr/procitajte",
                         "jadranskivjesnik.hr/tecaj", "chaophrayatimes.co.th/published",
                         "chaophrayatimes.co.th/markets", "chaophrayatimes.co.th/search",
                         "grandharbourmail.com.mt/dateline", "osubusiness.com.gh/date",
                         "apexandkerb.com/writer", "sableridgepark.gov/release-date",
                         "llaisycwm.cymru/cyhoeddwyd", "ardennelaw.edu/posted"))
    # notices reworded between years: both wordings occur
    kolofon = set(fams["skivebugten.dk/kolofon"])
    assert any("ophavsret" in t for t in kolofon)
    assert any("privatlivspolitik" in t for t in kolofon)
    komentari = set(fams["jadranskivjesnik.hr/komentari"])
    assert any(t.startswith("Komentari su") for t in komentari)
    assert any("Facebook profila" in t for t in komentari)
    abonnement = set(fams["skivebugten.dk/abonnement"])
    assert any("279 kr." in t for t in abonnement) and any("1 kr." in t for t in abonnement)
    comments = set(fams["grandharbourmail.com.mt/comments"])
    assert any("abusive" in t for t in comments) and any("moderated" in t for t in comments)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "skivebugten.dk/abonnement", "jadranskivjesnik.hr/komentari",
        "grandharbourmail.com.mt/comments", "grandharbourmail.com.mt/support",
        "chaophrayatimes.co.th/social", "osubusiness.com.gh/disclaimer",
        "osubusiness.com.gh/social", "jadranskivjesnik.hr/pratite"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, "skivebugten.dk", [
        ("ritzau", 0.05, 0.4), ("sektion", 0.15, 0.45), ("dato", 0.8, 0.98),
        ("annonce", 0.85, 1.0)])
    assert_carried_share(docs, "jadranskivjesnik.hr", [
        ("tecaj", 0.03, 0.3), ("hina", 0.05, 0.4), ("oglas", 0.8, 1.0)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("skivebugten.dk/annonce", "jadranskivjesnik.hr/oglas",
                "chaophrayatimes.co.th/advertisement", "skivebugten.dk/laes-ogsaa",
                "osubusiness.com.gh/also-read", "apexandkerb.com/photo"):
        assert max(per_doc(docs, fam)) >= 2, fam
    for fam in ("skivebugten.dk/annonce", "jadranskivjesnik.hr/oglas"):
        assert 3 in per_doc(docs, fam), fam
    # the article's own title: a law citation, a crossword comment count
    for fam in ("ardennelaw.edu/cite", "thegriddiaries.com/comments"):
        own = own_title_lines(docs, fam)
        assert own and sum(title in text for title, text in own) >= 0.9 * len(own), fam
    assert all(re.fullmatch(r"\d+ thoughts on “.+”", t)
               for t in fams["thegriddiaries.com/comments"])
    # other articles' titles: "see also" inserts
    titles = {d.lines[0].text for d in docs}
    for fam, prefix in (("skivebugten.dk/laes-ogsaa", "Læs også: "),
                        ("jadranskivjesnik.hr/procitajte", "Pročitajte još: "),
                        ("chaophrayatimes.co.th/related", "Related: "),
                        ("grandharbourmail.com.mt/read-also", "Read also: "),
                        ("osubusiness.com.gh/also-read", "ALSO READ: "),
                        ("apexandkerb.com/more", "MORE: "),
                        ("llaisycwm.cymru/darllen-mwy", "Darllen mwy / Read more: ")):
        assert fams[fam] and all(t.startswith(prefix) for t in fams[fam]), fam
        assert {t.removeprefix(prefix) for t in fams[fam]} & titles, fam
    # names at the start of lines
    assert fams["apexandkerb.com/writer"] and all(
        t.split()[0][0].isupper() and not t.startswith("By ")
        for t in fams["apexandkerb.com/writer"])
    assert any(t.endswith(" / Jadranski Vjesnik") and not t.startswith("Autor")
               for t in fams["jadranskivjesnik.hr/autor"])
    beats = pool(SET, "grandharbourmail.com.mt", "beat")
    assert any(t.partition(", ")[2] in beats and not t.startswith("by ")
               for t in fams["grandharbourmail.com.mt/byline"])
    assert any(t.endswith(" | Business Desk") for t in fams["osubusiness.com.gh/byline"])
    assert any(t.endswith(" at Ardenne Law School.") and " is " in t
               for t in fams["ardennelaw.edu/bio"])
    # bare lines: ad labels, wire tags, markers, a language switch, kickers, a wire credit
    for fam, bare in (("skivebugten.dk/annonce", "Annonce"),
                      ("jadranskivjesnik.hr/oglas", "Oglas"),
                      ("chaophrayatimes.co.th/advertisement", "Advertisement"),
                      ("skivebugten.dk/ritzau", "/ritzau/"),
                      ("jadranskivjesnik.hr/hina", "(Hina)"),
                      ("sableridgepark.gov/end", "-NPS-"),
                      ("hollowoakbrewing.com/cheers", "Cheers!")):
        assert set(fams[fam]) == {bare}, fam
    ads = fams["osubusiness.com.gh/advertisement"]
    assert ads.count("- Advertisement -") >= 0.8 * len(ads)
    assert set(fams["llaisycwm.cymru/iaith"]) <= {"Cymraeg | English", "Cymraeg  | English",
                                                  "Cymraeg |  English"}
    for fam, domain, pool_name in (("skivebugten.dk/sektion", "skivebugten.dk", "sektion"),
                                   ("chaophrayatimes.co.th/wire", "chaophrayatimes.co.th", "wire"),
                                   ("apexandkerb.com/series", "apexandkerb.com", "series"),
                                   ("llaisycwm.cymru/adran", "llaisycwm.cymru", "adran")):
        assert fams[fam] and set(fams[fam]) <= pool(SET, domain, pool_name), fam
    # Danish, Croatian, Thai, Maltese and Welsh words, symbols and emoji
    assert any("▲" in t or "▼" in t for t in fams["chaophrayatimes.co.th/markets"])
    assert any(re.search(r"[\u0e00-\u0e7f]{5}", t) for t in fams["chaophrayatimes.co.th/thai"])
    assert any("bil-Malti" in t for t in fams["grandharbourmail.com.mt/maltese"])
    assert all(t.startswith("Gan / By ") for t in fams["llaisycwm.cymru/gan"])
    assert any(" kn" in t and "EUR" in t for t in fams["jadranskivjesnik.hr/tecaj"])
    assert all(t.startswith("GSE-CI ") and "USD/GHS" in t for t in fams["osubusiness.com.gh/gse"])
    assert set(fams["apexandkerb.com/next-head"]) == {"🏁 Next race"}
    assert all(t.startswith("📷 ") for t in fams["apexandkerb.com/photo"])
    assert all(t.startswith("⚠ Alert: ") for t in fams["sableridgepark.gov/alert"])
    assert all(t.startswith("🍺 ") for t in fams["hollowoakbrewing.com/beer-name"])
    assert all(re.search(r"\d+\.\d% ABV · \d+ IBU$", t)
               for t in fams["hollowoakbrewing.com/beer-style"])
    assert any(t.endswith("✏️") for t in fams["thegriddiaries.com/signoff"])
    assert any("©" in t for t in fams["northmoorwildlife.org.uk/photo"])
    ssrn = fams["ardennelaw.edu/ssrn"]
    assert ssrn and all(re.search(r"abstract_id=\d{6}$", t) for t in ssrn)


def test_renamed_variants_carry_their_own_site_name() -> None:
    docs = planted_docs(SET)
    originals = {s.domain: s.site for s in heldout11_styles()}
    variants = [d for d in docs if d.publisher not in originals]
    assert len({d.publisher for d in variants}) == 28
    seen = 0
    for doc in variants:
        for line in doc.lines:
            if line.is_boilerplate:
                seen += 1
                for site in ("Skivebugtens Dagblad", "Jadranski Vjesnik", "Chao Phraya Times",
                             "Grand Harbour Mail", "Osu Business Review",
                             "Sable Ridge National Park", "Northmoor Wildlife Trust"):
                    assert site not in line.text, (doc.publisher, line.text)
    assert seen > 500


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "osubusiness.com.gh": (["gse", "commodities"], 2),
        "apexandkerb.com": (["next-head", "next-event", "next-sessions"], 2),
        "sableridgepark.gov": (["contact-name", "contact-phone"], 2),
        "thegriddiaries.com": (["constructor", "difficulty", "solve"], 3),
        "hollowoakbrewing.com": (["beer-name", "beer-style", "beer-where"], 2),
        "northmoorwildlife.org.uk": (["reserve-head", "reserve-name", "reserve-access"], 2),
    })
