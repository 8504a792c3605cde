"""The held-back-10 template set (`tests.bench.heldout_templates_10`): its localised dates,
the variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data. The checks every held-back set shares (every
wording renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.bench.heldout_templates_10 import heldout10_styles
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

SET = "held-back-10"


def test_localised_dates_and_times() -> None:
    hu_old = rendered(SET, "alfoldihirmondo.hu", "datum", dt.date(2017, 3, 5))
    assert re.fullmatch(r"2017\.03\.05\. \d\d:\d\d", hu_old), hu_old
    hu_new = rendered(SET, "alfoldihirmondo.hu", "datum", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Utolsó frissítés: 2019\.06\.21\. \d\d:\d\d", hu_new), hu_new
    pt = rendered(SET, "gazetadomondego.pt", "data", dt.date(2017, 3, 5))
    assert re.fullmatch(r"05-03-2017 \d\d:\d\d", pt), pt
    # the paper adopts the 1990 spelling agreement in 2017: "Actualizado" loses its c
    pt_old = rendered(SET, "gazetadomondego.pt", "atualizado", dt.date(2016, 6, 21))
    assert re.fullmatch(r"Actualizado a 21-06-2016, \d\d:\d\d", pt_old), pt_old
    pt_new = rendered(SET, "gazetadomondego.pt", "atualizado", dt.date(2018, 6, 21))
    assert re.fullmatch(r"Atualizado a 21-06-2018, \d\d:\d\d", pt_new), pt_new
    iceland_old = rendered(SET, "vesturfari.is", "birt", dt.date(2016, 6, 21))
    assert re.fullmatch(r"21\.06\.2016 kl\. \d\d:\d\d", iceland_old), iceland_old
    iceland_new = rendered(SET, "vesturfari.is", "birt", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Birt: 21\.06\.2019 kl\. \d\d:\d\d · Uppfært: 21\.06\.2019",
                        iceland_new), iceland_new
    chile_old = rendered(SET, "mineriaaustral.cl", "fecha", dt.date(2017, 6, 21))
    assert chile_old == "Publicado el 21 de junio de 2017", chile_old
    chile_new = rendered(SET, "mineriaaustral.cl", "fecha", dt.date(2019, 6, 21))
    assert re.fullmatch(r"21 de junio de 2019 \| \d\d:\d\d hrs", chile_new), chile_new
    manila = rendered(SET, "luzonledger.com.ph", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"June 21, 2017 - \d{1,2}:\d\d [AP]M", manila), manila
    senate = rendered(SET, "mnsenatecaucus.org", "date", dt.date(2017, 6, 21))
    assert senate == "Wednesday, June 21, 2017", senate
    bank = rendered(SET, "quarryhillcoop.com", "rates-note", dt.date(2017, 6, 21))
    assert bank.startswith("*Annual Percentage Yield accurate as of 06/21/2017. "), bank
    fanzine = rendered(SET, "upthebraes.co.uk", "posted", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Ada Brook \| 21 June 2017 \| \d+ Comments", fanzine), fanzine


def test_streaming_notice_names_the_legislature_of_its_biennium() -> None:
    for day, legislature in ((dt.date(2016, 6, 1), "89th"), (dt.date(2017, 1, 2), "89th"),
                             (dt.date(2018, 6, 1), "90th"), (dt.date(2020, 6, 1), "91st")):
        text = rendered(SET, "mnsenatecaucus.org", "session", day)
        assert f" of the {legislature} Legislature " in text, (day, text)


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    assert_varied(fams, ("luzonledger.com.ph/date", "luzonledger.com.ph/read",
                         "alfoldihirmondo.hu/datum", "alfoldihirmondo.hu/kapcsolodo",
                         "gazetadomondego.pt/data", "gazetadomondego.pt/leia",
                         "gazetadomondego.pt/shortlink", "mineriaaustral.cl/fecha",
                         "vesturfari.is/birt", "mnsenatecaucus.org/date",
                         "lanternfishgames.com/posted", "lanternfishgames.com/patch-size",
                         "upthebraes.co.uk/posted", "quarryhillcoop.com/posted"))
    # notices reworded between years: both wordings occur
    acordo = set(fams["gazetadomondego.pt/acordo"])
    assert any("não segue" in t for t in acordo)
    assert any("ao abrigo" in t for t in acordo)
    imprint = set(fams["alfoldihirmondo.hu/impresszum"])
    assert any("átvétele" in t for t in imprint)
    assert any("Süti" in t for t in imprint)
    disclaimer = set(fams["luzonledger.com.ph/disclaimer"])
    assert any(t.startswith("Disclaimer: ") for t in disclaimer)
    assert any(t.startswith("Reader comments are moderated.") for t in disclaimer)
    editor = set(fams["vesturfari.is/ritstjori"])
    assert "Ritstjóri og ábyrgðarmaður: Halldóra Sæmundsdóttir" in editor
    assert any("Einar Bragi Kristinsson" in t for t in editor)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "luzonledger.com.ph/tagalog", "alfoldihirmondo.hu/tamogatas",
        "gazetadomondego.pt/acordo", "vesturfari.is/utgefandi", "upthebraes.co.uk/disclaimer",
        "hvastro.org/league", "greyhavendiocese.org/safe", "cedarrunrescue.org/nonprofit",
        "luzonledger.com.ph/disclaimer", "alfoldihirmondo.hu/impresszum"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, "luzonledger.com.ph", [
        ("markets", 0.03, 0.25), ("tagalog", 0.05, 0.3), ("read-next-head", 0.18, 0.45),
        ("advertisement", 0.82, 0.99)])
    assert_carried_share(docs, "alfoldihirmondo.hu", [
        ("mti", 0.04, 0.35), ("piac", 0.03, 0.3), ("hirdetes", 0.8, 1.0)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("luzonledger.com.ph/advertisement", "alfoldihirmondo.hu/hirdetes",
                "vesturfari.is/mynd", "gazetadomondego.pt/leia"):
        assert max(per_doc(docs, fam)) >= 2, fam
    for fam in ("luzonledger.com.ph/advertisement", "alfoldihirmondo.hu/hirdetes"):
        assert 3 in per_doc(docs, fam), fam
    # the article's own title: a game's forum link, a fanzine's comments line
    for fam in ("lanternfishgames.com/discuss", "upthebraes.co.uk/comments"):
        own = own_title_lines(docs, fam)
        assert own and sum(title in text for title, text in own) >= 0.9 * len(own), fam
    # other articles' titles: "see also" inserts and a bare title under "Read Next"
    titles = {d.lines[0].text for d in docs}
    for fam, prefix in (("luzonledger.com.ph/read", "READ: "),
                        ("alfoldihirmondo.hu/kapcsolodo", "Kapcsolódó: "),
                        ("gazetadomondego.pt/leia", "Leia também: "),
                        ("mineriaaustral.cl/interesar", "Te puede interesar: "),
                        ("vesturfari.is/sja-einnig", "Sjá einnig: ")):
        assert {t.removeprefix(prefix) for t in fams[fam]} & titles, fam
    next_titles = [(d.lines[0].text, line.text) for d in docs for line in d.lines
                   if line.label.endswith("luzonledger.com.ph/read-next-title")]
    assert len(next_titles) >= 20
    assert sum(text in titles and text != own for own, text in next_titles) >= 0.9 * len(
        next_titles)
    # names at the start of lines
    for fam in ("lanternfishgames.com/posted", "upthebraes.co.uk/posted"):
        assert fams[fam] and all(t.split()[0][0].isupper() and not t.startswith("By ")
                                 for t in fams[fam]), fam
    assert any(t.endswith(" skrifar") for t in fams["vesturfari.is/hofundur"])
    assert any(re.fullmatch(r"[A-Z]\w+ [A-Z]\w+ - Reporter / +@[a-z]+", t)
               for t in fams["luzonledger.com.ph/byline"])
    assert any(t.endswith(" | Periodista Minería Austral") for t in fams["mineriaaustral.cl/autor"])
    assert all(t.startswith("Sen. ") for t in fams["mnsenatecaucus.org/about"])
    # bare lines: ad labels, markers, kickers, initials, a hashtag
    for fam, bare in (("luzonledger.com.ph/advertisement", "ADVERTISEMENT"),
                      ("alfoldihirmondo.hu/hirdetes", "Hirdetés"),
                      ("gazetadomondego.pt/publicidade", "PUBLICIDADE"),
                      ("mineriaaustral.cl/publicidad", "Publicidad"),
                      ("vesturfari.is/auglysing", "Auglýsing"),
                      ("mnsenatecaucus.org/end", "###"),
                      ("mnsenatecaucus.org/release", "FOR IMMEDIATE RELEASE"),
                      ("alfoldihirmondo.hu/mti", "(MTI)")):
        assert set(fams[fam]) == {bare}, fam
    assert all(re.fullmatch(r"/[a-z]{2,3}", t) for t in fams["luzonledger.com.ph/initials"])
    assert len(set(fams["luzonledger.com.ph/initials"])) >= 4
    assert set(fams["upthebraes.co.uk/kicker"]) <= pool(SET, "upthebraes.co.uk", "competition")
    # Tagalog, Icelandic and Portuguese words, symbols and emoji
    assert any("Filipino" in t and t.startswith("Basahin") for t in
               fams["luzonledger.com.ph/tagalog"])
    assert any("▲" in t or "▼" in t for t in fams["luzonledger.com.ph/markets"])
    assert all("₱" in t for t in fams["luzonledger.com.ph/markets"])
    assert all(t.startswith("🎮 Patch ") for t in fams["lanternfishgames.com/patch-version"])
    assert all(t.startswith("🐾 Meet ") for t in fams["cedarrunrescue.org/pet-head"])
    assert any(t.startswith("✝ ") for t in fams["greyhavendiocese.org/calendar-head"])
    assert any("⚽" in t for t in fams["upthebraes.co.uk/follow"])
    assert any("Ísafjörður" in t for t in fams["vesturfari.is/utgefandi"])


def test_renamed_variants_carry_their_own_site_name() -> None:
    docs = planted_docs(SET)
    originals = {s.domain: s.site for s in heldout10_styles()}
    variants = [d for d in docs if d.publisher not in originals]
    assert len({d.publisher for d in variants}) == 28
    seen = 0
    for doc in variants:
        for line in doc.lines:
            if line.is_boilerplate:
                seen += 1
                for site in ("The Luzon Ledger", "Alföldi Hírmondó", "Gazeta do Mondego",
                             "Minnesota Senate Majority Caucus", "Cedar Run Animal Rescue"):
                    assert site not in line.text, (doc.publisher, line.text)
    assert seen > 500


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "luzonledger.com.ph": (["read-next-head", "read-next-title"], 2),
        "mineriaaustral.cl": (["precios-head", "precios-cobre", "precios-oro"], 2),
        "vesturfari.is": (["utgefandi", "ritstjori"], 2),
        "mnsenatecaucus.org": (["contact-name", "contact-phone"], 2),
        "lanternfishgames.com": (["patch-version", "patch-platforms", "patch-size"], 3),
        "greyhavendiocese.org": (["calendar-head", "calendar-item"], 1),
        "quarryhillcoop.com": (["rates-head", "rates-cd", "rates-mortgage", "rates-note"], 3),
        "upthebraes.co.uk": (["ft-head", "ft-score", "ft-att"], 2),
        "hvastro.org": (["party-head", "party-when", "party-weather"], 2),
        "cedarrunrescue.org": (["pet-head", "pet-info", "pet-fee"], 2),
    })
