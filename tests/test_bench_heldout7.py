"""The held-back-7 template set (`tests.bench.heldout_templates_7`): its localised dates, the
variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data. The checks every held-back set shares (every
wording renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.heldout_checks import (
    assert_blocks_stay_together,
    assert_carried_share,
    assert_more_texts_than_wordings,
    assert_varied,
    by_family,
    own_title_lines,
    per_doc,
    planted_docs,
    rendered,
)

SET = "held-back-7"


def test_localised_dates_and_times() -> None:
    czech_old = rendered(SET, "podhorskydenik.cz", "datum", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21\.06\.2017 \d\d:\d\d", czech_old), czech_old
    czech_new = rendered(SET, "podhorskydenik.cz", "datum", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Publikováno 21\.06\.2019, \d\d:\d\d", czech_new), czech_new
    turkish = rendered(SET, "karadenizsabah.com.tr", "tarih", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Giriş: 21\.06\.2017 - \d\d:\d\d", turkish), turkish
    vn_old = rendered(SET, "redrivertimes.vn", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21/06/2017 \d\d:\d\d GMT\+7", vn_old), vn_old
    vn_new = rendered(SET, "redrivertimes.vn", "date", dt.date(2019, 7, 5))
    assert re.fullmatch(r"Last updated: July 5, 2019 \| \d{1,2}:\d\d [AP]M \(GMT\+7\)",
                        vn_new), vn_new
    pgn = rendered(SET, "zugzwangtimes.com", "pgn-date", dt.date(2018, 3, 9))
    assert pgn == '[Date "2018.03.09"]', pgn
    fiji = rendered(SET, "lagoonbroadcasting.com.fj", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Friday 21 June 2019 \| \d{1,2}:\d\d [AP]M FJT", fiji), fiji


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    assert_varied(fams, ("podhorskydenik.cz/datum", "podhorskydenik.cz/ctete",
                         "podhorskydenik.cz/diskuse", "karadenizsabah.com.tr/tarih",
                         "karadenizsabah.com.tr/ilgili", "redrivertimes.vn/date",
                         "redrivertimes.vn/vietnamese", "leewardbeacon.ag/date",
                         "rotundareport.org/byline", "fstopalmanac.com/exif"))
    # notices reworded between years: both wordings occur
    dates = fams["podhorskydenik.cz/datum"]
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", t) for t in dates)
    assert any(t.startswith("Publikováno ") for t in dates)
    licence = set(fams["redrivertimes.vn/licence"])
    assert any("548/GP-BTTTT" in t for t in licence)
    assert any("312/GP-BTTTT" in t for t in licence)
    takip = set(fams["karadenizsabah.com.tr/takip"])
    assert any("Instagram" in t for t in takip)
    assert any("Google Haberler" in t for t in takip)
    hours = set(fams["millrace.coop/hours"])
    assert any("Open daily" in t for t in hours)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "podhorskydenik.cz/tip", "karadenizsabah.com.tr/yorum", "leewardbeacon.ag/whatsapp",
        "redrivertimes.vn/hotline", "rotundareport.org/newsletter",
        "furlongandform.co.uk/helpline"))
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "podhorskydenik.cz", [
        ("reklama", 0.6, 0.92), ("tip", 0.07, 0.35), ("rubrika", 0.33, 0.67)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("podhorskydenik.cz/reklama", "leewardbeacon.ag/advert"):
        assert max(per_doc(docs, fam)) >= 2, fam
    # the article's own title (a discussion link) and other articles' titles
    own = own_title_lines(docs, "podhorskydenik.cz/diskuse")
    assert own and sum(title in text for title, text in own) >= 0.9 * len(own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Čtěte také: ") for t in fams["podhorskydenik.cz/ctete"]}
    assert also & titles
    # names at the start of lines
    for fam in ("rotundareport.org/byline", "millrace.coop/signoff"):
        assert fams[fam] and all(t.split()[0][0].isupper() and not t.startswith("By ")
                                 for t in fams[fam]), fam
    assert any(not t.startswith("Reporter: ")
               for t in fams["lagoonbroadcasting.com.fj/reporter"])
    # Czech, Turkish and Vietnamese lines, symbols and emoji
    assert "Reklama" in fams["podhorskydenik.cz/reklama"]
    assert any(t.startswith("İLGİLİ HABER: ") for t in fams["karadenizsabah.com.tr/ilgili"])
    assert any("tiếng Việt" in t for t in fams["redrivertimes.vn/vietnamese"])
    assert any(t.startswith("\u26a0\ufe0f ") for t in fams["lagoonbroadcasting.com.fj/cyclone"])
    # the statehouse bureau's network block: the same lines on the bureau and the county paper
    for fam in ("network", "contact"):
        assert set(fams[f"rotundareport.org/{fam}"]) & set(fams[f"osagevalleycourier.com/{fam}"])


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "rotundareport.org": (["bill-head", "bill", "sponsor", "status"], 3),
        "fstopalmanac.com": (["glance-head", "glance-sensor", "glance-mount",
                              "glance-sealing"], 3),
        "zugzwangtimes.com": (["pgn-event", "pgn-site", "pgn-date", "pgn-result"], 3),
        # the county paper prints the bureau's block only under the bureau's stories
        "osagevalleycourier.com": (["network", "contact"], 1),
    })
