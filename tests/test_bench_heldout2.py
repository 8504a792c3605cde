"""The variation the held-back-2 template set (`tests.bench.heldout_templates_2`) promises
actually occurs.

Runs on made-up bodies, not on ../shared/data. The checks every held-back set shares (every
wording renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`.
"""

from __future__ import annotations

from tests.heldout_checks import assert_carried_share, assert_varied, by_family, planted_docs

SET = "held-back-2"


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    assert_varied(fams, ("frontporchreport.com/posted", "lodestarnewswire.com/dateline",
                         "rheintaler-bote.de/datum", "wartanusantara.co.id/baca-juga",
                         "wqrn.org/listen", "frontporchreport.com/rating"))
    # notices reworded between years: both wordings occur
    assert any(t.startswith("Ver\u00f6ffentlicht am") for t in fams["rheintaler-bote.de/datum"])
    assert any(t.endswith(" Uhr") and t[0].isdigit() for t in fams["rheintaler-bote.de/datum"])
    disclaimers = set(fams["frontporchreport.com/disclaimer"])
    assert any(t.startswith("Contributor content") for t in disclaimers)
    assert any(t.startswith("The views") for t in disclaimers)
    # small edits: a fixed notice is not always byte-identical
    assert len(disclaimers) > 2
    # lines in only some articles
    assert_carried_share(docs, "rheintaler-bote.de", [("plus", 0, 1)])
    # the comment form of a shared CMS appears at three or more publishers
    assert len({f.partition("/")[0] for f in fams if f.endswith("/required")}) >= 2
    assert len({f.partition("/")[0] for f in fams if f.endswith("/reply")}) >= 3
