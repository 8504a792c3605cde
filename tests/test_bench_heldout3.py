"""The held-back-3 template set (`tests.bench.heldout_templates_3`): its localised dates and
the variation it promises actually occur.

Runs on made-up bodies, not on ../shared/data. The checks every held-back set shares (every
wording renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.bench.heldout_templates_3 import heldout3_styles
from tests.heldout_checks import (
    assert_carried_share,
    assert_varied,
    by_family,
    per_doc,
    planted_docs,
    rendered,
)

SET = "held-back-3"


def test_brazilian_dates_are_day_month_year() -> None:
    line = rendered(SET, heldout3_styles()[0].domain, "data", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Publicado em 21/06/2017 \u00e0s \d\dh\d\d", line), line


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    assert_varied(fams, ("portalmirante.com.br/data", "portalmirante.com.br/leia-tambem",
                         "docketline.com/byline", "vitalishealth.com/reviewed",
                         "checkpointcafe.gg/byline", "verificadorsur.org/byline"))
    # notices reworded between years: both wordings occur
    data = fams["portalmirante.com.br/data"]
    assert any(t.startswith("Publicado em") for t in data)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} \d\dh\d\d", t) for t in data)
    disclaimers = set(fams["vitalishealth.com/disclaimer"])
    assert any(t.startswith("The information on") for t in disclaimers)
    assert any(t.startswith("This article is general") for t in disclaimers)
    # small edits: a fixed notice is not always byte-identical
    assert len(disclaimers) > 2
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "portalmirante.com.br",
                         [("publicidade", 0.3, 0.8), ("erro", 0.03, 0.35)])
    # a mid-body insert can occur twice in one article
    assert 2 in per_doc(docs, "portalmirante.com.br/foto")
    # the article's own title (a citation line) and bare lines of another article's title
    titles = {d.lines[0].text for d in docs}
    assert any(t.startswith("Cite as:") for t in fams["calderinstitute.org/cite"])
    assert set(fams["calderinstitute.org/related"]) <= titles
    # names at the start of lines
    assert all(t.split()[0][0].isupper() for t in fams["local482voice.org/signature"])
    # the sister sites' corporate footer and the shared widget: the same line on several
    assert set(fams["docketline.com/corbel"]) & set(fams["keyholderreport.com/corbel"])
    assert set(fams["docketline.com/network"]) & set(fams["keyholderreport.com/network"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/corbel")}) >= 4
    assert len({f.partition("/")[0] for f in fams if f.endswith("/like-loading")}) >= 3
