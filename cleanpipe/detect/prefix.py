"""Prefix templates: recurring line labels whose variable part outweighs the fixed one.

"Related: <any title>", "Read more: <any title>", "Photo: <agency> / <name>": each line is
nearly all slot, so neither MinHash nor masking groups them, yet the label recurs across a
publisher's pages. A label (`segment.prefix_key`) is a prefix template for a publisher when,
among its lines (those the main rules strip included),

* it starts lines in at least `min_docs` documents and `min_share_prefix` of the
  publisher's documents (the mid-body bar: these inserts sit among paragraphs), or the
  edge share `min_share` when most of its lines close their document (only stripped lines
  follow them), as for frame templates, or when a pictograph opens it ("💵 Exchange rate:
  <rates>", "🎧 Listen: <title>": a widget's or a notice's label, not an article's
  sentence; +0.1 to +0.5 points removed on eleven planted sets, content unchanged), and
  then two documents are enough (+0.04 to +0.61 on seventeen sets, content unchanged);
  when every line of the label is short (`short_label_max_words`: "Фото: <source>", a
  credit under some photos only), `min_docs` documents are enough, whatever their share;
* it starts at most `prefix_max_per_doc` lines per document on average: an interview's
  "Q:" lines, which are content, recur many times in each document;
* most of its lines are not at the top of their document (the first line, or the head
  block above any kept line): headline formulas ("Analysis: <title>") live there, and
  they are content. The line under the first is not the top: a tag line there is no
  headline formula ("Region: <regions>", "Theme: <themes>" under the headline). (The
  first `head_slack + 1` lines were the top before: +0.01 to +0.19 points removed on 24
  planted sets, none lower, one content line cut, a DOI citation; real gold and the
  fakenewscorpus cut list unchanged. Holding the second line as the top where only cut
  lines stand above it, a page without a headline, lost 8 lines on five sets and gained
  3 on one.) Below a kept line (the
  headline), a label in the head block is a byline's or a credit's ("Author: <name>":
  +0.02 to +0.17 points removed on eleven planted sets, content unchanged). A breadcrumb
  trail ("Home › News › <title>", `segment.TRAIL_BIT`) is where it belongs there, and is
  held to the rest alone. A label found so whose lines sit mostly among a page's first
  `HEAD_DEPTH + 1` lines ("Reporter: <name>" under the headline and a date line) goes at
  the top too: a page without a headline opens with it (+0.02 to +0.10 on ten planted
  sets, content unchanged; a mid-body label's line opening a page stays).

A label of `segment.labels` ("Read more:", "Lees ook:", "Читайте также:") needs no count:
it is a template wherever it starts lines below the top, at most `prefix_max_per_doc` per
document (`known_labels`).

A label that is a template for `min_confirming_publishers` publishers (a network's
"Czytaj także:") is one for any publisher where it starts lines in two documents, below the
top, at most `prefix_max_per_doc` per document; a pictograph's label in one document, when
at most `max_network_publishers` publishers print it (a sister site's widget on one of its
pages: +0.01 to +0.40 points removed on 26 planted sets, content unchanged); a short label
(`short_label_max_words`) that `min_publishers` publishers template, in one document (a
credit: "Foto: <credit>").

A small publisher's closing notice ("More from <Site>: <title>") may be on two of its few
documents: two suffice when they are `min_share_two_docs` of them and every line of the
label closes its document (`detect.frame.two_docs_closing`). Lines at the top are never
stripped by this rule, but for bylines.

Rule "byline": a bare name near the top ("Kenji Moreau", "Emeka Castillo, toimetaja":
`segment.is_byline`), each name too rare to recur, is a byline where the publisher prints
one in the head (right below the headline, or below the head block) of at least
`min_docs` documents and `min_share_prefix` of them (half that from `byline_many_docs`
pages). Only those in the head go, and not a line that `min_publishers` publishers print
("Story Highlights" opens syndicated stories there).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import groups
from cleanpipe.detect.frame import two_docs_closing
from cleanpipe.detect.occurrences import Occurrences
from cleanpipe.detect.templates import decide, keyed_lines, stock_phrases
from cleanpipe.segment import (
    HEAD_DEPTH,
    KIND_BITS,
    KNOWN_BIT,
    LEAD_BIT,
    TRAIL_BIT,
    is_byline,
    is_pictured,
    is_writer,
)

RULE = "prefix-template"
BYLINE_RULE = "byline"


def prefix_templates(
    occ: Occurrences,
    stripped: np.ndarray,
    head: np.ndarray,
    tail: np.ndarray,
    closes: np.ndarray,
    publisher_docs: np.ndarray,
    cfg: DetectConfig,
    byline_head: np.ndarray | None = None,
    byline_opening: np.ndarray | None = None,
) -> tuple[pa.Table, np.ndarray]:
    """Decisions for prefix templates and the occurrences they strip.

    Args:
        occ: the occurrences.
        stripped: occurrences already stripped by the main rules.
        head, tail: occurrences in the head block of the main detection with no kept
            line above them, and those in its tail block.
        closes: occurrences followed only by stripped lines in their document.
        publisher_docs: documents per publisher code.
        cfg: the thresholds.
        byline_head: per occurrence, whether a byline there is in the head (within the
            first `head_slack + 2` lines, or with only the head block and cut lines above
            it) and printed by
            fewer than `min_publishers` publishers (None: no byline is).
        byline_opening: per occurrence, whether a byline there would be in the head but
            opens what is kept of its page: evidence of the publisher's bylines, never
            stripped (it may be a headline).

    Returns:
        A DECISIONS table with one row per (publisher, prefix) template (the prefix key as
        its cluster), and the occurrences it strips.
    """
    # A breadcrumb trail belongs at the top: it is not held there.
    trail = (occ.prefix & (LEAD_BIT | TRAIL_BIT)) == TRAIL_BIT
    top = ((occ.index == 0) | head) & ~trail
    # A writer's label ("Reporter: <name>") opens no headline: no line of it is the top.
    top &= ~is_writer(occ.prefix)
    # Lines already stripped count as evidence ("[Image: <credit>]" lines whose credit
    # recurs), but only the others are stripped here.
    keyed = keyed_lines(occ, occ.prefix, publisher_docs)
    pairs, n_docs, share = keyed.pairs, keyed.n_docs, keyed.share
    # At the end of the document ("Artikel ini telah tayang di <site> dengan judul
    # <title>"), the edge share is enough, as for frame templates.
    at_end = keyed.count(closes) * 2 > pairs.size
    # A sentence's first words may start a stock phrase rather than a template: they
    # need the share of any mid-body line, a label less.
    is_label = (keyed.key[pairs.first] & LEAD_BIT) == 0
    middle = np.where(is_label, cfg.min_share_prefix, cfg.min_share_middle)
    # A label after a pictograph ("💵 Exchange rate: <rates>", "❄️ Weather in <town>:
    # <forecast>") is a widget's or a notice's, not an article's sentence: the edge share
    # is enough, wherever it stands, and two documents.
    pictured = is_pictured(keyed.key[pairs.first])
    middle = np.where(pictured, cfg.min_share, middle)
    # Every rule below asks this much: a few lines a page (not a table's rows), most of
    # them below the top (not a headline formula).
    below_top = (pairs.size <= cfg.prefix_max_per_doc * n_docs) & (
        keyed.count(top) * 2 < pairs.size)
    keep = (
        (n_docs >= np.where(pictured, 2, cfg.min_docs))
        & (share >= np.where(at_end, cfg.min_share, middle)) & below_top
    )
    keep |= two_docs_closing(pairs, n_docs, share, closes[keyed.rows], cfg)
    # A label on `wordy_many_docs` pages or more needs only the edge share wherever it
    # stands, as a wordy line does (`detect`): an insert, not a quote's few reprints.
    if cfg.wordy_many_docs:
        keep |= is_label & (n_docs >= cfg.wordy_many_docs) & (share >= cfg.min_share) & below_top
    # A label whose every line is short ("Фото: <source>", "Photo / <agency>") is a
    # credit's or a caption's: `min_docs` pages are enough, whatever their share.
    short = np.zeros(pairs.n, dtype=bool)
    if cfg.short_label_max_words:
        short = keyed.count(occ.n_words > cfg.short_label_max_words) == 0
        keep |= is_label & short & (n_docs >= cfg.min_docs) & below_top
    keep &= ~stock_phrases(keyed, keep, ~is_label, cfg.min_publishers)
    # A label known to point at other pages ("Read more:", "Lees ook:") is a template
    # wherever it starts lines below the top, however few.
    if cfg.known_labels:
        known = (keyed.key[pairs.first] & KIND_BITS) == KNOWN_BIT
        keep |= known & below_top
    labels = groups.by(keyed.key[pairs.first])
    templated_by = labels.sum(keep)[labels.id]
    # A label that is a template for several publishers ("Czytaj także:" across a
    # network's sites) is one wherever it starts lines in two documents, below the top.
    confirmed = is_label & (templated_by >= cfg.min_confirming_publishers)
    keep |= confirmed & (n_docs >= 2) & below_top
    # ... and a short one that `min_publishers` others print as a template ("Foto:
    # <credit>", "Crédit photo : <name>") is a credit on a single page too: +0.01 to
    # +0.19 points removed on 40 of 93 planted sets, none lower; two gold lines cut
    # ("Source: <quote>", "Oct. 10 -- <venue>": content kept -0.003 at most); real gold
    # unchanged. (Two other publishers were enough for more on the sets simulated, but
    # cut a syndicated "(Story continues below)".)
    keep |= is_label & short & (templated_by >= cfg.min_publishers) & below_top
    # A pictograph's label one publisher templates is a widget or a notice of the few
    # others that print it, on however few pages ("🐋 Today: <sightings>" on one page of
    # a sister site).
    keep |= confirmed & pictured & (labels.size[labels.id] <= cfg.max_network_publishers) & (
        below_top)
    position = np.where(at_end | (keyed.count(tail) * 2 >= pairs.size), "tail", "middle")
    # Bylines: their own rule, in the head only.
    byline = is_byline(keyed.key[pairs.first])
    keep &= ~byline
    # A label the publisher prints mostly among a page's first lines, below the top
    # ("Reporter: <name> | <place>" under the headline and a date line), is a byline's or
    # a credit's: where a page has no headline it opens the page, and goes there too. A
    # mid-body template's label opening a page is a headline formula ("Analysis: <title>").
    in_head = keyed.count(occ.index <= HEAD_DEPTH) * 2 > pairs.size
    credit = np.zeros(len(top), dtype=bool)
    credit[keyed.rows] = (keep & is_label & in_head)[pairs.id]
    never = (top & ~credit) | stripped
    rule = np.full(pairs.n, RULE, dtype=object)
    if byline_head is not None and byline.any():
        # Pages without a headline count as evidence: a byline opens what is kept of
        # them (held-back-20: 11 of a publisher's 36 bylines, whose head share fell below
        # `min_share_prefix` without them).
        evidence = byline_head if byline_opening is None else byline_head | byline_opening
        head_docs = pairs.count_distinct(np.where(evidence[keyed.rows], keyed.lines.doc, -1)) - (
            keyed.count(~evidence) > 0)
        head_share = head_docs / publisher_docs[keyed.lines.publisher[pairs.first]]
        # Printed under the headline of many pages, half the share is enough: the
        # publisher writes its other bylines otherwise ("Reporter: <name>").
        bar = np.where(head_docs >= cfg.byline_many_docs, cfg.min_share_prefix / 2,
                       cfg.min_share_prefix)
        keep |= byline & (head_docs >= cfg.min_docs) & (head_share >= bar)
        never = np.where(is_byline(occ.prefix), ~byline_head | stripped, never)
        position[byline] = "head"
        rule[byline] = BYLINE_RULE
    return decide(keyed, keep, never, position, rule)
