"""The held-back-4 template set (`tests.bench.heldout_templates_4`): its localised dates, the
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
    assert_varied,
    by_family,
    own_title_lines,
    per_doc,
    planted_docs,
    rendered,
)

SET = "held-back-4"


def test_localised_dates_and_times() -> None:
    day = dt.date(2017, 6, 21)
    italian = rendered(SET, "gazzettadivalmora.it", "data", dt.date(2018, 6, 21))
    assert re.fullmatch(r"Pubblicato il 21/06/2018 alle ore \d\d:\d\d", italian), italian
    swedish = rendered(SET, "kustposten.se", "publicerad", day)
    assert re.fullmatch(r"Publicerad 2017-06-21 kl\. \d\d\.\d\d", swedish), swedish
    polish = rendered(SET, "nadwarcie24.pl", "data", day)
    assert re.fullmatch(r"21\.06\.2017, \d\d:\d\d", polish), polish


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    assert_varied(fams, ("gazzettadivalmora.it/data", "gazzettadivalmora.it/leggi-anche",
                         "hashpoint.news/byline", "hashpoint.news/ticker", "nadwarcie24.pl/data",
                         "kustposten.se/publicerad", "lindenvalleyhealth.org/date"))
    # notices reworded between years: both wordings occur
    data = fams["gazzettadivalmora.it/data"]
    assert any(t.startswith("Pubblicato il") for t in data)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} ore \d\d:\d\d", t) for t in data)
    risk = set(fams["hashpoint.news/risk"])
    assert any(t.startswith("Cryptocurrencies are volatile") for t in risk)
    assert any(t.startswith("Digital assets carry") for t in risk)
    # small edits: a fixed notice is not always byte-identical
    assert len(set(fams["gazzettadivalmora.it/riproduzione"])) > 1
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "gazzettadivalmora.it",
                         [("pubblicita", 0.5, 0.95), ("segnalazioni", 0.08, 0.45)])
    # a mid-body insert can occur twice in one article
    assert 2 in per_doc(docs, "gazzettadivalmora.it/pubblicita")
    # the article's own title (a comment-count heading) and other articles' titles
    own = own_title_lines(docs, "muddledmum.co.uk/comments")
    assert own and any(f"\u201c{title}\u201d" in text for title, text in own)
    titles = {d.lines[0].text for d in docs}
    assert {t.removeprefix("L\u00c4S MER: ") for t in fams["kustposten.se/las-mer"]} & titles
    # names at the start of lines
    for fam in ("kustposten.se/namn", "fenwick.ca/contact-name", "hashpoint.news/holdings"):
        assert fams[fam] and all(t.split()[0][0].isupper() for t in fams[fam]), fam
    # the sister magazines' group footer: the same lines on several publishers
    for sister in ("hemlineweekly.co.uk", "finandfeather.com"):
        assert set(fams["torqueandtread.com/larkspur"]) & set(fams[f"{sister}/larkspur"])
        assert set(fams["torqueandtread.com/network"]) & set(fams[f"{sister}/network"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/larkspur")}) >= 4


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "torqueandtread.com": (["specs-head", "engine", "output", "economy"], 3),
        "lindenvalleyhealth.org": (["media-head", "media-contact", "about-head", "about"], 3),
        "fenwick.ca": (["info-head", "contact-name", "contact-role", "contact-phone"], 3),
    })
