"""Bodies minus boilerplate segments -> clean documents with the spans cut out.

Invariant: a clean `text` is its body with every `removed` span [start, end) cut out, so
`removed` both explains and undoes each cut. A span covers a boilerplate line plus the
line break that separates it from the kept text: the break after it when kept text
follows, the break before it in a trailing block, so clean text has neither a dangling
blank line at the end nor a blank line where a line was cut. A body whose lines are all
boilerplate becomes "".
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.detect.frame import closing
from cleanpipe.schema import CLEAN_DOCUMENTS, passthrough_names
from cleanpipe.segment.hashing import hash_strings
from cleanpipe.segment.punct import (
    PICTOGRAPH,
    PICTOGRAPH_SEQUENCE,
    SENTENCE_ENDS,
    UNSPACED_WORDS,
)
from cleanpipe.strip.links import TITLE_LINK
from cleanpipe.strip.vocabulary import VOCABULARY_LINE

Span = tuple[int, int, str]

# The cluster id of the lines `footer_block` cuts (rule "footer-block").
FOOTER_BLOCK = int(hash_strings(pa.array(["cleanpipe footer block"]))[0])
# The cluster id of the lines `pictograph_lines` cuts (rule "pictograph-line").
PICTOGRAPH_LINE = int(hash_strings(pa.array(["cleanpipe pictograph line"]))[0])
# The rules applied at strip time: each one's cluster id and position in the report.
STRIP_RULES = {"footer-block": (FOOTER_BLOCK, "tail"),
               "pictograph-line": (PICTOGRAPH_LINE, "middle"),
               "title-link": (TITLE_LINK, "middle"),
               "vocabulary": (VOCABULARY_LINE, "middle")}
# Lines between two footer lines may be this many times `max_words` long: a notice, not
# a page flattened into one line (old table layouts put a whole article in one cell).
_NOTICE_TIMES = 5
# A line that ends as a sentence, a quotation or a bracket does, in Latin script or in
# another (`punct.SENTENCE_ENDS`: the danda, the CJK full stop, Khmer's khan, ...).
_SENTENCE_END = "[" + SENTENCE_ENDS + r"\"\x{201D}'\x{2019})\]]\s*$"
# A line that opens with a dash is a quotation's attribution ("—Nick Childs, CCO of
# Society"), which closes the quotation above it: the body's, not another article's title.
_ATTRIBUTION = r"^\s*[\x{2013}\x{2014}\x{2015}]"
# A line that opens with a pictograph (`punct.PICTOGRAPH`, as `segment.PICTURE_BIT`).
_PICTOGRAPH = r"^\s*" + PICTOGRAPH
# ... with its emoji sequence, then a word and two more, or six letters of a script that
# spaces no words (`punct.UNSPACED_WORDS`: "💧 自來水公司公告：…"): a notice, not a row of
# arrows before a link ("⬇️⬇️⬇️ https://t.co/...", a tweet quoted in a gold body).
_PICTOGRAPH_NOTICE = (
    r"^\s*" + PICTOGRAPH_SEQUENCE + r"\s*(?:\pL\S*(?:\s+\S+){2,}|" + UNSPACED_WORDS + ")"
)


def pictograph_lines(
    doc: np.ndarray, lines: pa.Array, cut: np.ndarray, pictured: np.ndarray
) -> np.ndarray:
    """Lines that open with a pictograph and a notice's words, below their document's
    first line, in documents of a publisher whose cut lines open with pictographs too
    (`pictured`: "📺 <appeal>", "📲 <channel>"): its one-off notices ("🌊 River level at
    <place>: <level>", "🎃 Trick-or-treating is <hours> on Halloween"), each on one page,
    wherever they stand. (Gold article bodies of the benchmarks have no line that opens so
    but a tweet's row of arrows; a site that writes no boilerplate so loses nothing.)

    Args:
        doc: per line (sorted by document, then line), its document.
        lines: per line, its text.
        cut: per line, whether detection cuts it.
        pictured: per line, whether its publisher's cut lines open with pictographs.

    Returns:
        Per line, whether this rule cuts it (never a line `cut` holds already).
    """
    found = np.zeros(len(cut), dtype=bool)
    below_first = np.r_[False, doc[1:] == doc[:-1]]
    rows = np.flatnonzero(pictured & ~cut & below_first)
    if len(rows):
        marked = pc.match_substring_regex(lines.take(pa.array(rows)), _PICTOGRAPH_NOTICE)
        found[rows[marked.to_numpy(zero_copy_only=False)]] = True
    return found


def _words_and_endings(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Per line, its words, and whether it ends as a sentence does or opens as a
    quotation's attribution (the body's, not another title)."""
    words = pc.list_value_length(pc.utf8_split_whitespace(text)).to_numpy()
    body_like = pc.or_(pc.match_substring_regex(text, _SENTENCE_END),
                       pc.match_substring_regex(text, _ATTRIBUTION))
    return words, body_like.to_numpy(zero_copy_only=False)


def footer_block(
    doc: np.ndarray,
    lines: pa.Array,
    cut: np.ndarray,
    footer: np.ndarray,
    max_words: int,
    names_site: Callable[[np.ndarray], np.ndarray] | None = None,
    pictured: np.ndarray | None = None,
) -> np.ndarray:
    """Lines of a document's footer block that no rule found. Each has only cut lines
    below it, if any, and either

    * has a cut line just above it, is short (1 to `max_words` words) and does not end as
      a sentence does: "Read Next" (cut), then another article's title, which recurs
      nowhere; or
    * sits under a footer line, a notice of up to `_NOTICE_TIMES` x `max_words` words:
      the line above it was cut as a footer (`footer`: a decision whose position is the
      tail), whether cut lines follow or it closes the document. A notice reworded in the
      year only two pages carry, inside or under a footer found on every page. (An
      article's last paragraph after a mid-body "Advertisement" stays: that line is no
      footer.)
    * or opens a footer (the line below it cut as a footer), short and not ending as a
      sentence does: a one-off notice above the footer found on every page; or
    * opens the footer, a notice of up to `_NOTICE_TIMES` x `max_words` words that
      names its own site (`names_site`): "Continue reading with a <Site> subscription",
      reworded in a year only one page carries. An article's last paragraph is about the
      story, not about the site that prints it. Or that opens with a pictograph, when its
      publisher's cut lines do too (`pictured`): "😷 COVID-19: <advice>" above the
      footer of a site whose templates read "📺 <appeal>", "📲 <channel>". (Gold article
      bodies of the benchmarks have no line that opens so; a site that writes no
      boilerplate so loses nothing to this.)

    Taken from the bottom up, a line found counts as cut for the lines above it; a
    document's first line never goes.

    Args:
        doc: per line (sorted by document, then line), its document.
        lines: per line, its text.
        cut: per line, whether detection cuts it.
        footer: per line, whether detection cuts it for a decision at the tail.
        max_words: the longest short line taken (0: the rule is off).
        names_site: given line rows, whether each names its document's site (None: no
            line does).
        pictured: per line, whether its publisher's cut lines open with pictographs
            (`detect.Detection.pictured`; None: none do).

    Returns:
        Per line, whether this rule cuts it (never a line `cut` holds already).
    """
    n = len(cut)
    found = np.zeros(n, dtype=bool)
    if max_words <= 0 or n == 0:
        return found
    same_doc = doc[1:] == doc[:-1]
    # Only a kept line under a cut line of its document can go, one right above a footer
    # line, or one that names its site with only lines that are or can go below it: look
    # at those alone.
    rows = np.flatnonzero(cut[:-1] & ~cut[1:] & same_doc) + 1
    can_go = np.zeros(n, dtype=bool)
    if len(rows):
        words, body_like = _words_and_endings(lines.take(pa.array(rows)))
        short = (words >= 1) & (words <= max_words) & ~body_like
        notice = (words >= 1) & (words <= max_words * _NOTICE_TIMES) & footer[rows - 1]
        can_go[rows] = short | notice
    # A short line that opens a footer: only cut lines below it, the first of them cut as
    # a footer (a tail decision), no sentence's end. A one-off notice above the footer
    # found on every page ("Parcoursup 2020 : formulez vos vœux jusqu'au 12 mars").
    rows = np.flatnonzero(~cut[:-1] & cut[1:] & footer[1:] & same_doc
                          & np.r_[False, same_doc[:-1]])
    if len(rows):
        words, body_like = _words_and_endings(lines.take(pa.array(rows)))
        can_go[rows[(words >= 1) & (words <= max_words) & ~body_like]] = True
    if names_site is not None or (pictured is not None and pictured.any()):
        # Kept lines with a line above them and only lines that are cut or can go below,
        # at least one (`closing` over those: every line after it is one).
        after_all = closing(doc, cut | can_go)
        opening = np.flatnonzero(
            ~cut[:-1] & after_all[:-1] & same_doc & np.r_[False, same_doc[:-1]]
        )
        if len(opening):
            words = pc.list_value_length(
                pc.utf8_split_whitespace(lines.take(pa.array(opening)))).to_numpy()
            long_enough = opening[(words >= 1) & (words <= max_words * _NOTICE_TIMES)]
            if names_site is not None and len(long_enough):
                can_go[long_enough[names_site(long_enough)]] = True
            if pictured is not None and len(long_enough):
                theirs = long_enough[pictured[long_enough]]
                marked = pc.match_substring_regex(lines.take(pa.array(theirs)), _PICTOGRAPH)
                can_go[theirs[marked.to_numpy(zero_copy_only=False)]] = True
    if not can_go.any():
        return found
    # From the bottom up: while a document's last kept line can go, it goes.
    starts = np.r_[0, np.flatnonzero(~same_doc) + 1]
    kept = ~cut
    position = np.arange(n)
    while True:
        last_kept = np.maximum.reduceat(np.where(kept, position, -1), starts)
        going = last_kept[last_kept >= 0]
        going = going[can_go[going]]
        if len(going) == 0:
            return found
        found[going] = True
        kept[going] = False


def cut_spans(
    text: str, starts: list[int], ends: list[int], clusters: list[str | None]
) -> list[Span]:
    """Spans to remove from `text`, given its segments in order and, for each, the
    boilerplate cluster id it belongs to (None: keep)."""
    flagged = [c for c in clusters if c is not None]
    if len(flagged) == len(clusters):
        # Nothing kept (or no segment at all): the spans tile the whole body.
        bounds = [0, *ends[:-1], len(text)]
        return [(bounds[i], bounds[i + 1], c) for i, c in enumerate(flagged)]
    last_kept = max(i for i, c in enumerate(clusters) if c is None)
    spans: list[Span] = []
    for i, cluster in enumerate(clusters):
        if cluster is None:
            continue
        if i < last_kept:  # kept text follows: take the break after the line
            spans.append((starts[i], starts[i + 1], cluster))
        else:  # trailing block: take the break before it
            spans.append((ends[i - 1], ends[i], cluster))
    return spans


def apply_spans(text: str, spans: list[Span]) -> str:
    pieces = []
    pos = 0
    for start, end, _ in spans:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def strip(bodies: pa.Table, segments: pa.Table) -> pa.Table:
    """Clean documents for a BODIES batch.

    Args:
        bodies: a BODIES table (plus pass-through columns).
        segments: the batch's segments sorted by (doc, index), with columns `doc` (row in
            `bodies`), `start`, `end` and `cluster` (string cluster id for boilerplate
            segments, null for kept ones).

    Returns:
        A CLEAN_DOCUMENTS table (plus the pass-through columns), one row per body.
    """
    texts = bodies.column("text").to_pylist()
    doc = segments.column("doc").to_numpy()
    bounds = np.searchsorted(doc, np.arange(len(texts) + 1))
    starts = segments.column("start").to_pylist()
    ends = segments.column("end").to_pylist()
    clusters = segments.column("cluster").to_pylist()
    clean, n_removed, removed = [], [], []
    for i, text in enumerate(texts):
        lo, hi = bounds[i], bounds[i + 1]
        spans = cut_spans(text, starts[lo:hi], ends[lo:hi], clusters[lo:hi])
        clean.append(apply_spans(text, spans))
        n_removed.append(sum(end - start for start, end, _ in spans))
        removed.append([{"start": s, "end": e, "cluster": c} for s, e, c in spans])
    core = {
        "id": bodies.column("id"),
        "url": bodies.column("url"),
        "publisher": bodies.column("publisher"),
        "text": pa.array(clean, pa.string()),
        "n_chars_in": pa.array([len(t) for t in texts], pa.int64()),
        "n_chars_removed": pa.array(n_removed, pa.int64()),
        "removed": pa.array(removed, CLEAN_DOCUMENTS.field("removed").type),
    }
    table = pa.table(core, schema=CLEAN_DOCUMENTS)
    for name in passthrough_names(bodies):
        table = table.append_column(bodies.schema.field(name), bodies.column(name))
    return table
