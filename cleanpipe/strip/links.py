"""Rule "title-link": a line that is a short label and the title of another page of the
same publisher ("[관련기사] <title>", "LEES OOK. <title>", "Zie ook » <title>"), or that
page's headline alone, below the head block (a list of related titles).

A link to another article reads as its label and that article's title. The label's words
and punctuation vary from site to site and language to language, and the rules that read
labels (`segment.prefix_keys`) miss the forms nobody listed; the title does not vary: it
is, as written, the opening line of another page the publisher printed. So a line below
its page's first whose end, after at most `MAX_LABEL_WORDS` words, is another page's
title (a line among its first `TITLE_LINES`) of the same publisher is a link, whatever
its label says.

Estimated from the line tables of the planted sets' recorded first runs (each set's
result before anyone had seen it), it would have added +5.6 points of boilerplate removed
on held-back-60, +1.1 on -65, +1.0 on -44, +0.4 on -61 and -51, less on 18 more; at the
code of its writing, +0.02 to +0.34 points on 34 of 66 sets, no content or hard-negative
line of any set newly cut. Built before held-back-66 to -74 were written, it raised seven
of their nine first runs by +0.08 to +1.59 points (`tests/bench/FIRST_RUNS.md`).

The titles come from the whole run (`title_keys`, in the main process, from the
segments' `raw_key`: a line's hash as written) and reach the strip workers as one sorted
array of (publisher, title) keys. A line's own page's title does not count ("Share:
<title>" is the page's, and a page whose title another page repeats is that page's
copy), nor a title that opens more than `MAX_TITLE_DOCS` of the publisher's pages (a
recurring header line, not a title).

A title alone, with no label, is read only as another page's first line (its headline:
a kicker or a date line among a page's first lines may recur lower on another page) and
from line index `BARE_FROM_LINE` on (a page's fourth line): +0.02 to +0.79 points
removed on seven of the 80 planted sets (held-back-78 +0.79, -52 +0.28, -10 +0.23),
content kept -0.001 on seven (a BBC gold body's sidebar headline that is another gold
article's own).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.segment import RAW_SEED, line_index
from cleanpipe.segment.hashing import hash_strings
from cleanpipe.segment.punct import UNSPACED

# The cluster id of the lines `title_links` cuts (rule "title-link").
TITLE_LINK = int(hash_strings(pa.array(["cleanpipe title link"]))[0])
# A page's title is among its first lines (a kicker or a date may stand above it) ...
TITLE_LINES = 3
# ... of at least two normalised words (a Chinese title may have no more) and at most
# thirty, ...
TITLE_WORDS = (2, 30)
# ... and at least this many characters where a line ends with it (half as many in a
# script that spaces no words, `punct.UNSPACED`: "国务院召开常务会议 部署稳增长措施" is 17):
# a link's title, not a short phrase that ends a sentence.
TITLE_MIN_CHARS = 20
# The words of a link's label before the title: "You might also be interested in" (7).
MAX_LABEL_WORDS = 7
# A line that opens more pages of a publisher than this is no title (a header line, a
# dateline whose slots masked alike): an article syndicated to the publisher twice stays.
MAX_TITLE_DOCS = 3
# A line that is a title alone, with no label (a list of related titles under a heading),
# is a link from this line of its page on (below a head block's kicker, title and date),
# when the title is another page's first line: a kicker or a date among a page's first
# lines may recur lower on another page, a headline does not.
BARE_FROM_LINE = TITLE_LINES
# Mixed into a headline's key (a page's first line) for the bare-title test.
_HEADLINE_MIX = np.uint64(0x5851F42D4C957F2D)
# Lines longer than this are paragraphs, not links.
_MAX_LINE_CHARS = 400
# A label closed without a space ("【相关阅读】<title>", "관련기사▶<title>", "相关阅读：<title>"):
# up to 24 characters and the bracket, colon, bar or arrow that ends it.
_CLOSED_LABEL = (r"^[^\pL\pN]*[^\s\]\x{3011}\x{300B}>\x{BB}:\x{FF1A}|\x{FF5C}\x{25B6}\x{25BA}"
                 r"\x{2192}]{1,24}?[\]\x{3011}\x{300B}>\x{BB}:\x{FF1A}|\x{FF5C}\x{25B6}\x{25BA}"
                 r"\x{2192}]+\s*")
# A title in quotes ("Read: “<title>”"), or followed by a spaced symbol ("<title> »").
_QUOTED = (r"^[\x{AB}\x{201C}\"\x{201E}\x{2018}'\x{300C}\x{300E}]\s*(.*?)\s*"
           r"[\x{BB}\x{201D}\"\x{201C}\x{2019}'\x{300D}\x{300F}]$")
_QUOTES = pa.array(["\xab", "\u201c", '"', "\u201e", "\u2018", "'", "\u300c", "\u300e"])
_TRAILING_SYMBOL = r"\s+[^\pL\pN\s]+$"
_PUBLISHER_SEED = 7


def publisher_hashes(names: list[str] | pa.Array) -> np.ndarray:
    """A 64-bit hash of each publisher name, mixed into its titles' keys."""
    return hash_strings(pa.array(names, pa.string()), seed=_PUBLISHER_SEED)


def title_keys(
    raw_key: np.ndarray,
    index: np.ndarray,
    n_words: np.ndarray,
    doc: np.ndarray,
    doc_publisher_hash: np.ndarray,
) -> np.ndarray:
    """The sorted (publisher, title) keys of a run: per segment its hash as written
    (`raw_key`), line index, normalised words and document, per document its publisher's
    hash (`publisher_hashes`). A title opens at most `MAX_TITLE_DOCS` of the publisher's
    documents."""
    lo, hi = TITLE_WORDS
    rows = np.flatnonzero((index < TITLE_LINES) & (n_words >= lo) & (n_words <= hi))
    pair = raw_key[rows] ^ doc_publisher_hash[doc[rows]]
    headline_pairs = pair[index[rows] == 0]
    order = np.lexsort((doc[rows], pair))
    pair, pair_doc = pair[order], doc[rows][order]
    new_doc = np.ones(len(pair), dtype=bool)
    new_doc[1:] = (pair[1:] != pair[:-1]) | (pair_doc[1:] != pair_doc[:-1])
    keys, n_docs = np.unique(pair[new_doc], return_counts=True)
    keys = keys[n_docs <= MAX_TITLE_DOCS]
    # The same titles as pages' first lines, keyed apart, for titles without a label.
    headlines = np.intersect1d(headline_pairs, keys)
    return np.unique(np.concatenate([keys, headlines ^ _HEADLINE_MIX]))


def title_links(
    doc: np.ndarray,
    lines: pa.Array,
    cut: np.ndarray,
    doc_publisher_hash: np.ndarray,
    titles: np.ndarray,
) -> np.ndarray:
    """Per line (`doc`, `lines` as `segment.lines_of` gives them), whether it is a label
    and another page's title of its publisher (`titles`, from `title_keys`), below its
    page's first line and not already `cut`."""
    found = np.zeros(len(doc), dtype=bool)
    if len(titles) == 0 or len(doc) == 0:
        return found
    index = line_index(doc)
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    length = pc.utf8_length(lines).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero((index >= 1) & ~cut & (length > TITLE_MIN_CHARS // 2)
                          & (length <= _MAX_LINE_CHARS))
    if len(rows) == 0:
        return found
    # The page's own titles, as written: a line ending with one of them is the page's.
    heads = np.flatnonzero(index < TITLE_LINES)
    own = np.unique(hash_strings(lines.take(pa.array(heads)), seed=RAW_SEED) ^ _mix(doc[heads]))
    tails, tail_rows = _tails(lines.take(pa.array(rows)))
    if not tail_rows:
        return found
    text = pa.concat_arrays(tails)
    at = rows[np.concatenate(tail_rows)]
    chars = pc.utf8_length(text).to_numpy(zero_copy_only=False)
    long_enough = chars >= TITLE_MIN_CHARS
    short = np.flatnonzero(~long_enough & (chars >= TITLE_MIN_CHARS // 2))
    if len(short):
        long_enough[short] = pc.match_substring_regex(
            text.take(pa.array(short)), f"[{UNSPACED}]").to_numpy(zero_copy_only=False)
    raw = hash_strings(text, seed=RAW_SEED)
    hit = _member(raw ^ doc_publisher_hash[doc[at]], titles) & long_enough
    hit &= ~_member(raw ^ _mix(doc[at]), own)
    found[at[hit]] = True
    # A line that is another page's headline alone, below the head block.
    bare = rows[(index[rows] >= BARE_FROM_LINE) & (length[rows] >= TITLE_MIN_CHARS)]
    if len(bare):
        raw = hash_strings(lines.take(pa.array(bare)), seed=RAW_SEED)
        hit = _member(raw ^ doc_publisher_hash[doc[bare]] ^ _HEADLINE_MIX, titles)
        hit &= ~_member(raw ^ _mix(doc[bare]), own)
        found[bare[hit]] = True
    return found


def _tails(lines: pa.Array) -> tuple[list[pa.Array], list[np.ndarray]]:
    """What each line may hold as a title after its label: the line without its first
    word, two words, ... `MAX_LABEL_WORDS` words, or without a label closed by a bracket
    or a colon; each also without quotes around it, and the line also without a spaced
    symbol after it. Returns the texts and, for each array of them, the positions in
    `lines` they come from."""
    texts: list[pa.Array] = []
    positions: list[np.ndarray] = []

    def add(candidates: pa.Array, at: np.ndarray) -> None:
        texts.append(candidates)
        positions.append(at)
        # Only texts that open with a quote may be a quoted title: a cheap test first.
        opening = pc.is_in(pc.utf8_slice_codeunits(candidates, 0, 1), _QUOTES).to_numpy(
            zero_copy_only=False)
        if opening.any():
            rows = np.flatnonzero(opening)
            taken = candidates.take(pa.array(rows))
            quoted = pc.match_substring_regex(taken, _QUOTED).to_numpy(zero_copy_only=False)
            if quoted.any():
                texts.append(pc.replace_substring_regex(taken.filter(pa.array(quoted)),
                                                        _QUOTED, r"\1"))
                positions.append(at[rows[quoted]])

    every = np.arange(len(lines))
    trailing = pc.match_substring_regex(lines, _TRAILING_SYMBOL).to_numpy(zero_copy_only=False)
    bases = [(lines, every)]
    if trailing.any():
        bases.append((pc.replace_substring_regex(lines.filter(pa.array(trailing)),
                                                 _TRAILING_SYMBOL, ""), every[trailing]))
    for base, base_at in bases:
        closed = pc.match_substring_regex(base, _CLOSED_LABEL).to_numpy(zero_copy_only=False)
        if closed.any():
            add(pc.replace_substring_regex(base.filter(pa.array(closed)), _CLOSED_LABEL, "",
                                           max_replacements=1), base_at[closed])
        rest, at = base, base_at
        rest_length = pc.utf8_length(rest).to_numpy(zero_copy_only=False)
        for _ in range(MAX_LABEL_WORDS):
            shorter = pc.replace_substring_regex(rest, r"^\S+\s+", "", max_replacements=1)
            length = pc.utf8_length(shorter).to_numpy(zero_copy_only=False)
            # A word went and what is left may still hold a title.
            left = (length < rest_length) & (length >= TITLE_MIN_CHARS // 2)
            if not left.any():
                break
            rest, at, rest_length = shorter.filter(pa.array(left)), at[left], length[left]
            add(rest, at)
    return texts, positions


def _mix(doc: np.ndarray) -> np.ndarray:
    """A 64-bit value per document number, to key a line by its document."""
    return (doc.astype(np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)


def _member(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each value is in `sorted_keys` (sorted, unique)."""
    if len(sorted_keys) == 0:
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, values), len(sorted_keys) - 1)
    return sorted_keys[at] == values
