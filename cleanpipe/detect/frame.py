"""Frame templates: lines that share their first and last words around a varying middle.

"<Name> writes about <beat> for <Site>. Reach them at <handle>.", "<Name> reports on
<section> stories for <Site>. Story ideas are welcome at <email>.": masking turns names,
handles and links into slots, but a lower-case slot (a beat, a section) stays, so each beat
makes its own normalised form and the form rule (`max_form_ratio`) rejects the cluster. A
line closing with a short credit sentence that holds a slot ("<caption>. Photo by <name>.")
has that sentence as its frame (`segment.credit_keys`: +0.03 to +0.54 points removed on
three planted sets, content and real gold unchanged). Otherwise the frame
(`segment.frame_keys`: the first 3 and last 4 normalised words of a line of 10 or more) is
what such lines share; a shorter line's frame is its closing label, if any
(`segment.suffix_keys`: "<product> – check current price"), or else, when it opens with a
name, the rest of it (`segment.name_lead_keys`: "<Name> is on Twitter: <handle>", "<Name>
skrifar"), or else, for 2 to 6 words, its fixed end (`segment.tail_word_keys`: what follows
its one comma, "<name>, <site>" in a script without capitals, or its last word, "<source>
nuotr."). A frame is a template for a publisher when its lines (those the other rules strip
included) recur in at least `min_docs` of its documents, at most `prefix_max_per_doc` times
per document on average, and either

* most of its lines close their document (only stripped lines follow them: the author box
  above the copyright line) and it reaches the edge share `min_share`; or
* most of its lines are not at the top of their document and it reaches the mid-body share
  `min_share_middle`; or `min_share_prefix`, as for labels and bylines, when its lines
  are long (`segment.FRAME_MIN_WORDS` words or more: two sentences do not share their
  first three and last four words by chance) or mostly in a byline's place (within the
  first `segment.HEAD_DEPTH` + 1 lines: "<name> | <Paper>", "<name>, <desk>"). +0.03 to
  +0.30 points removed on five planted sets, content, real gold and the fakenewscorpus
  cut list unchanged; for any short line it cut a gold body's "Enterprise content";
* or its lines are all short (`short_label_max_words`), in two normalised forms or more,
  none at the top: a credit's frame ("<source> nuotr.", "Суретті <source> алынды"), which
  `min_docs` pages make, whatever their share, as for a label's short lines. +0.02 to
  +0.75 points removed on 28 of 78 planted sets (held-back-75 +0.75, -68 +0.20, -65
  +0.16), content kept -0.001 on held-back-2 (that "Enterprise content" line), one
  syndicated line cut on held-back-7; without the top condition a headline ending with
  a word three short lines end with went too ("The problem of the color line", "The
  bottom line"). A frame that `min_publishers` publishers print is a stock sentence's
  ("He declined to comment.", "She declined to comment.", which the bundled sample
  lost at five publishers before this), not a credit's: no planted set changed.

Two sentences that merely end alike ("..., X said in a statement") have different first
words, so different frames. As for the other rules, two documents suffice for a small
publisher when they are `min_share_two_docs` of its documents and every line of the frame
closes its document. The top here is the headline (a document's first line) and the head
block: a byline just below the headline ("<name>, <site>") is no headline formula. (The
first `head_slack + 1` lines, as prefix templates had it then: held-back-13 -0.22, the
others up to -0.07, content and real gold unchanged.) For a short line (under
`segment.FRAME_MIN_WORDS` words: a closing label's, a name's rest), the head block is
the top only above any kept line, as for labels: below the headline, "<name> | <Paper>
Bureau" is a byline (+0.02 to +0.40 points removed on eleven planted sets, held-back-23
the most; content, real gold and the fakenewscorpus cut list unchanged). A long line
under the headline stays held there: a blog post's standing intro is its own
(cleanportaleval with Resiliparse lost two gold lines, -0.88 F1, when it was not).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import groups
from cleanpipe.detect.occurrences import Occurrences
from cleanpipe.detect.templates import decide, keyed_lines, stock_phrases
from cleanpipe.segment import FRAME_MIN_WORDS, HEAD_DEPTH

RULE = "frame-template"


def closing(doc: np.ndarray, stripped: np.ndarray) -> np.ndarray:
    """Per line of the run (sorted by document): only stripped lines follow it in its
    document. Runs over every segment of the run, so it keeps to int32 (as `_edges`) and
    few temporaries."""
    n = len(doc)
    if n == 0:
        return np.zeros(0, dtype=bool)
    starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    lengths = np.diff(np.r_[starts, n])
    # Kept (not stripped) lines from the run's start up to and including each line.
    up_to_here = np.cumsum(~stripped, dtype=np.int32)
    return np.repeat(up_to_here[starts + lengths - 1], lengths) == up_to_here


def two_docs_closing(
    pairs: groups.Groups,
    n_docs: np.ndarray,
    share: np.ndarray,
    closes: np.ndarray,
    cfg: DetectConfig,
) -> np.ndarray:
    """Per group: in two or more documents that are at least `min_share_two_docs` of the
    publisher's, once per document, every line closing its document (a small publisher's
    footer, as the main rule's two-document case)."""
    return (
        (n_docs >= 2)
        & (share >= cfg.min_share_two_docs)
        & (pairs.size == n_docs)
        & (pairs.sum(closes) == pairs.size)
    )


def frame_templates(
    occ: Occurrences,
    stripped: np.ndarray,
    head: np.ndarray,
    closes: np.ndarray,
    publisher_docs: np.ndarray,
    cfg: DetectConfig,
    opening: np.ndarray | None = None,
) -> tuple[pa.Table, np.ndarray]:
    """Decisions for frame templates and the occurrences they strip.

    Args:
        occ: the occurrences.
        stripped: occurrences already stripped by the other rules.
        head: occurrences in the head block of the main detection.
        closes: occurrences followed only by stripped lines in their document.
        publisher_docs: documents per publisher code.
        cfg: the thresholds.
        opening: occurrences with no kept line above them (None: every one); a short
            line's head block is the top only there.

    Returns:
        A DECISIONS table with one row per (publisher, frame) template (the frame key as
        its cluster), and the occurrences it strips.
    """
    if opening is not None:
        head = head & (opening | (occ.n_words >= FRAME_MIN_WORDS))
    top = (occ.index == 0) | head
    # Lines already stripped count as evidence (the author boxes of the authors whose
    # boxes cluster), but only the others are stripped here.
    keyed = keyed_lines(occ, occ.frame, publisher_docs)
    pairs, n_docs, share = keyed.pairs, keyed.n_docs, keyed.share
    at_end = keyed.count(closes) * 2 > pairs.size
    below_top = keyed.count(top) * 2 < pairs.size
    # Long lines, or lines in a byline's place, take the lower mid-body share.
    long_or_byline = (pairs.mean(keyed.lines.n_words) >= FRAME_MIN_WORDS) | (
        keyed.count(occ.index <= HEAD_DEPTH) * 2 > pairs.size)
    middle = np.where(long_or_byline, cfg.min_share_prefix, cfg.min_share_middle)
    # A frame of short lines in two forms or more, none at the top ("<source> nuotr.",
    # "Суретті <source> алынды"), is a credit's: `min_docs` pages, whatever their share,
    # as for a label of short lines (`detect.prefix`). A headline ending with the same
    # word, or one line written alike on each page, is no credit; nor a frame that
    # `min_publishers` publishers print: a stock sentence's ("He declined to comment.",
    # "She declined to comment.": the bundled sample lost them at five publishers).
    if cfg.short_label_max_words:
        frames = groups.by(keyed.key[pairs.first])
        credit = (keyed.count(occ.n_words > cfg.short_label_max_words) == 0) & (
            pairs.count_distinct(keyed.lines.key) >= 2) & (keyed.count(top) == 0) & (
            frames.size[frames.id] < cfg.min_publishers)
        middle = np.where(credit, 0.0, middle)
    keep = (
        (n_docs >= cfg.min_docs)
        & (pairs.size <= cfg.prefix_max_per_doc * n_docs)
        & (
            (at_end & (share >= cfg.min_share))
            | (below_top & (share >= middle))
        )
    )
    keep |= two_docs_closing(pairs, n_docs, share, closes[keyed.rows], cfg)
    # Two ends of a sentence that many publishers print may frame a stock phrase.
    keep &= ~stock_phrases(keyed, keep, np.ones(pairs.n, dtype=bool), cfg.min_publishers)
    position = np.where(at_end, "tail", "middle")
    return decide(keyed, keep, top | stripped, position, RULE)
