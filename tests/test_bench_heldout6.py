"""The held-back-6 template set (`tests.bench.heldout_templates_6`): its localised dates, the
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

SET = "held-back-6"


def test_localised_dates_and_times() -> None:
    dutch_old = rendered(SET, "noorderdagblad.nl", "datum", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21-06-17, \d\d:\d\d", dutch_old), dutch_old
    dutch_new = rendered(SET, "noorderdagblad.nl", "datum", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Gepubliceerd op 21-06-2019 om \d\d:\d\d", dutch_new), dutch_new
    greek_old = rendered(SET, "aigaiosimera.gr", "date", dt.date(2016, 6, 21))
    assert re.fullmatch(r"21/06/2016 \u2022 \d\d:\d\d", greek_old), greek_old
    greek_new = rendered(SET, "aigaiosimera.gr", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(
        r"\u0395\u03bd\u03b7\u03bc\u03b5\u03c1\u03ce\u03b8\u03b7\u03ba\u03b5: 21/06/2017, "
        r"\d\d:\d\d", greek_new), greek_new
    gulf_old = rendered(SET, "creekline.ae", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Published: Wed 21 June 2017, \d{1,2}:\d\d [AP]M", gulf_old), gulf_old
    gulf_new = rendered(SET, "creekline.ae", "date", dt.date(2019, 7, 5))
    assert re.fullmatch(r"Last updated: Fri 05 Jul 2019, \d\d:\d\d GST", gulf_new), gulf_new
    nigerian = rendered(SET, "lagosclarion.com.ng", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Friday, June 21, 2019 \| \d{1,2}:\d\d [AP]M WAT", nigerian), nigerian


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    assert_varied(fams, ("noorderdagblad.nl/datum", "noorderdagblad.nl/lees-ook",
                         "noorderdagblad.nl/auteur", "lagosclarion.com.ng/byline",
                         "aigaiosimera.gr/date", "creekline.ae/markets", "creekline.ae/byline",
                         "yarrabendstandard.com.au/updated", "halyardpress.com/ref"))
    # notices reworded between years: both wordings occur
    dates = fams["noorderdagblad.nl/datum"]
    assert any(re.fullmatch(r"\d\d-\d\d-\d\d, \d\d:\d\d", t) for t in dates)
    assert any(re.fullmatch(r"Gepubliceerd op \d\d-\d\d-\d{4} om \d\d:\d\d", t) for t in dates)
    copyright_nl = set(fams["noorderdagblad.nl/copyright"])
    assert any("dataminingvoorbehoud" in t for t in copyright_nl)
    assert any(t.endswith("Alle rechten voorbehouden.") for t in copyright_nl)
    social = set(fams["lagosclarion.com.ng/social"])
    assert any(t.startswith("Follow us") for t in social)
    assert any("WhatsApp" in t for t in social)
    cookies = {t for f, ts in fams.items() if f.endswith("/cookies") for t in ts}
    assert any(t.startswith("We use cookies") for t in cookies)
    assert any(t.startswith("This site uses essential cookies") for t in cookies)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "noorderdagblad.nl/nieuwsbrief", "lagosclarion.com.ng/moderation",
        "lagosclarion.com.ng/advertorial", "aigaiosimera.gr/copyright", "creekline.ae/arabic",
        "creekline.ae/copyright"))
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "noorderdagblad.nl", [
        ("advertentie", 0.6, 0.92), ("nieuwsbrief", 0.12, 0.45), ("regio", 0.28, 0.62)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("noorderdagblad.nl/advertentie", "yarrabendstandard.com.au/advertisement"):
        assert max(per_doc(docs, fam)) >= 2, fam
    # the article's own title (a PDF download line) and other articles' titles
    own = own_title_lines(docs, "lindaleam.com/download")
    assert own and all(title in text for title, text in own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Lees ook: ") for t in fams["noorderdagblad.nl/lees-ook"]}
    assert also & titles
    # names at the start of lines
    for fam in ("thirdfusiliers.org.uk/signoff", "creekline.ae/byline",
                "lindaleam.com/manager"):
        assert fams[fam] and all(t.split()[0][0].isupper() and "," in t for t in fams[fam]), fam
    assert any(not t.startswith("By ") for t in fams["lagosclarion.com.ng/byline"])
    # Greek and Arabic lines, symbols and emoji
    assert any("\u0394\u0399\u0391\u03a6\u0397\u039c\u0399\u03a3\u0397" == t
               for t in fams["aigaiosimera.gr/ad"])
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in t) for t in fams["creekline.ae/arabic"])
    assert any(t.startswith("\u26f0\ufe0f ") for t in fams["moelwynmrt.org.uk/emergency"])
    # the web agency's footer: the same lines on three small charities' sites
    for sister in ("calderbanklaw.org.uk", "thirdfusiliers.org.uk"):
        assert set(fams["moelwynmrt.org.uk/web-credit"]) & set(fams[f"{sister}/web-credit"])
        assert set(fams["moelwynmrt.org.uk/cookies"]) & set(fams[f"{sister}/cookies"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/web-credit")}) >= 4


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "cardboardcabinet.net": (["designer", "publisher", "players"], 3),
        "chainlinecycling.com": (["spec-head", "spec-frame", "spec-group", "spec-price"], 3),
        "moelwynmrt.org.uk": (["team", "hours", "agencies"], 2),
    })
