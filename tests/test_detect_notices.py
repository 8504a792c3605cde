"""Rule "network-notice" (`detect.sisters`): a notice closing pages of sister sites, each
after a line of its own, is the network's footer reworded in a year that only those pages
carry."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import OCCURRENCES, detect

FOOTER = (71, 72, 73)  # every page of both sites ends with these: the sites are sisters
NOTICE = 90


def corpus(shared_above: bool = False, sisters: bool = True, raw: tuple[int, int] = (5, 5),
           named: bool = False, below: int = 0, cfg: DetectConfig | None = None,
           ) -> tuple[list[dict], np.ndarray]:
    """Two sites of ten pages; the notice closes page 0 of each, above the footer (and
    `below` kept lines under it)."""
    rows = []
    for p in (0, 1):
        for d in range(10):
            doc = 10 * p + d
            body = [(1000 + 10 * doc + i, 12, 1000 + 10 * doc + i, False) for i in range(4)]
            if shared_above and d == 0:
                body[-1] = (999, 12, 999, False)  # a syndicated story's last paragraph
            if d == 0:
                body.append((NOTICE, 12, raw[p], named))
                body += [(3000 + 10 * doc + i, 12, 3000 + 10 * doc + i, False)
                         for i in range(below)]
            footer = FOOTER if sisters or p == 0 else (74, 75, 76)
            lines = body + [(c, 6, c, False) for c in footer]
            rows += [{"doc": doc, "index": i, "publisher": p, "cluster": c, "key": c,
                      "raw_key": r, "prefix": 0, "frame": 0, "n_words": w, "names_site": n}
                     for i, (c, w, r, n) in enumerate(lines)]
    table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
    result = detect(table, np.array([10, 10]), cfg or DetectConfig())
    cut = table.column("cluster").to_numpy()[result.strip]
    notices = [r for r in result.decisions.to_pylist() if r["cluster"] == NOTICE]
    return notices, cut


def test_a_notice_closing_a_page_of_each_sister_site_is_cut():
    notices, cut = corpus()
    assert (cut == NOTICE).sum() == 2
    assert {(r["publisher"], r["rule"], r["position"]) for r in notices} == {
        (0, "network-notice", "tail"), (1, "network-notice", "tail")}
    # Without sister sites (`min_sister_templates` 0), it stays.
    assert (corpus(cfg=DetectConfig(min_sister_templates=0))[1] == NOTICE).sum() == 0


def test_a_syndicated_last_paragraph_or_unrelated_sites_keep_it():
    # The same line above it on both pages: the end of one story printed twice.
    assert (corpus(shared_above=True)[1] == NOTICE).sum() == 0
    # Sites that share no template are no network.
    assert (corpus(sisters=False)[1] == NOTICE).sum() == 0
    # Kept text below it: the article goes on.
    assert (corpus(below=1)[1] == NOTICE).sum() == 0


def test_a_notice_written_otherwise_on_each_site_must_name_it():
    # "<names> contributed to this report": masked alike, written otherwise.
    assert (corpus(raw=(5, 6))[1] == NOTICE).sum() == 0
    # "Thanks for reading <Site>": written otherwise, naming each its own site.
    assert (corpus(raw=(5, 6), named=True)[1] == NOTICE).sum() == 2
    off = DetectConfig(min_sister_templates=0)
    assert (corpus(raw=(5, 6), named=True, cfg=off)[1] == NOTICE).sum() == 0
