"""Bodies -> segments: each non-blank line of a body, with its offsets and hashes.

A line is the unit publishers repeat: bylines, datelines, tag lines, notices and appeals
are each a line or a paragraph of their own in extracted text. Lines are split on "\\n";
offsets are Python string indices (Unicode code points) into the body text, with white
space at both ends of the line excluded (so a "\\r" before the "\\n" is not part of it).
The whole batch is processed as Arrow arrays: no Python loop per line.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.config import SegmentConfig
from cleanpipe.schema import SEGMENTS
from cleanpipe.segment.hashing import hash_strings
from cleanpipe.segment.keys import (
    BYLINE_KEY,
    CASELESS_BYLINE_KEY,
    FRAME_MIN_WORDS,
    HEAD_DEPTH,
    KIND_BITS,
    KNOWN_BIT,
    LEAD_BIT,
    PICTURE_BIT,
    TRAIL_BIT,
    WRITER_BIT,
    byline_keys,
    credit_keys,
    dated_keys,
    frame_keys,
    is_byline,
    is_pictured,
    is_writer,
    mask_only_keys,
    name_lead_keys,
    prefix_key,
    prefix_keys,
    site_pointer_keys,
    slot_only_keys,
    suffix_keys,
    tail_word_keys,
)
from cleanpipe.segment.mask import TITLE_WORD, normalize, normalize_array, replace_rows

__all__ = [
    "BYLINE_KEY", "CASELESS_BYLINE_KEY", "FRAME_MIN_WORDS", "HEAD_DEPTH", "KIND_BITS",
    "KNOWN_BIT", "LEAD_BIT", "PICTURE_BIT", "RAW_SEED", "TRAIL_BIT", "WRITER_BIT",
    "byline_keys", "credit_keys", "frame_keys", "is_byline", "is_pictured", "is_writer",
    "line_index", "mask_only_keys", "name_lead_keys", "names_site", "normalize", "prefix_key",
    "prefix_keys", "segment", "slot_only_keys", "split_lines", "suffix_keys", "tail_word_keys",
]
# Seeds keep the hash spaces apart: a normalised text, a line as written (the template keys
# in `segment.keys` use the others).
RAW_SEED, _PUNCT_SEED = 1, 2
_GAP = r"[\W_]*"


def lines_of(texts: pa.Array) -> pa.Table:
    """Every non-blank line of each text: columns doc, start, end (code points), line."""
    split = pc.split_pattern(texts, "\n")
    doc = pc.list_parent_indices(split).to_numpy()
    flat = pc.list_flatten(split)
    length = pc.utf8_length(flat).to_numpy().astype(np.int64)
    left = pc.utf8_ltrim_whitespace(flat)
    lead = length - pc.utf8_length(left).to_numpy()
    stripped = pc.utf8_rtrim_whitespace(left)
    size = pc.utf8_length(stripped).to_numpy().astype(np.int64)
    # A line starts after the previous lines of its text and their "\n".
    step = length + 1
    ends = np.cumsum(step)
    first = np.ones(len(doc), dtype=bool)
    first[1:] = doc[1:] != doc[:-1]
    base = (ends - step)[first]
    line_start = ends - step - np.repeat(base, np.diff(np.r_[np.flatnonzero(first), len(doc)]))
    keep = size > 0
    start = (line_start + lead)[keep]
    return pa.table(
        {
            "doc": pa.array(doc[keep], pa.int32()),
            "start": pa.array(start, pa.int32()),
            "end": pa.array(start + size[keep], pa.int32()),
            "line": stripped.filter(pa.array(keep)),
        }
    )


def line_index(doc: np.ndarray) -> np.ndarray:
    """Each line's index in its document, from the document of every line (in order)."""
    first = np.ones(len(doc), dtype=bool)
    first[1:] = doc[1:] != doc[:-1]
    starts = np.flatnonzero(first)
    return np.arange(len(doc)) - np.repeat(starts, np.diff(np.r_[starts, len(doc)]))


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of one text."""
    table = lines_of(pa.array([text], pa.string()))
    return list(zip(table.column("start").to_pylist(), table.column("end").to_pylist(),
                    strict=True))


def names_site(lines: pa.Array, doc: np.ndarray, sites: list[str | None]) -> np.ndarray:
    """Whether each line names its document's site: contains `sites[doc]` (lowercase
    letters and digits, `read.publisher.site_name`), lowercased, with only spaces and
    punctuation between its letters ("Download the free KVTR 7 News app" on kvtr7.com).

    A line about the publisher rather than the story (an app, a newsletter, a copyright, a
    credit) usually names it; detection lets such lines through on less evidence.
    """
    found = np.zeros(len(lines), dtype=bool)
    codes: dict[str, int] = {}
    body_code = np.array([codes.setdefault(s, len(codes)) if s else -1 for s in sites],
                         dtype=np.int64)
    if not codes:
        return found
    line_code = body_code[doc]
    order = np.argsort(line_code, kind="stable")
    bounds = np.searchsorted(line_code[order], np.arange(len(codes) + 1))
    lower = pc.utf8_lower(lines)
    for site, code in codes.items():
        rows = order[bounds[code] : bounds[code + 1]]
        if len(rows):
            # The site's letters with anything but ASCII letters and digits between them:
            # nearly as fast as a plain search, where running each line together first,
            # or a Unicode class, costs ten times more.
            pattern = _GAP.join(re.escape(c) for c in site)
            hits = pc.match_substring_regex(lower.take(pa.array(rows)), pattern)
            found[rows] = hits.to_numpy(zero_copy_only=False)
    return found


# The page's own title inside another of its lines ("Obituary of <title>", "Suggested
# citation: <name>, <title>, <site>"): a headline among the first `_TITLE_LINES` lines,
# of `_TITLE_CHARS` characters, found whole in a line at most `_TITLE_CONTEXT` characters
# longer, is a title slot there.
_TITLE_LINES, _TITLE_CHARS, _TITLE_CONTEXT = 3, (20, 200), 250


def own_titles(line: pa.Array, doc: np.ndarray, index: np.ndarray) -> pa.Array:
    """`line` with each document's own title (a short line near its top) replaced by a
    title slot in the other lines of the document that contain it."""
    length = pc.utf8_length(line).to_numpy()
    lo, hi = _TITLE_CHARS
    heads = np.flatnonzero((index < _TITLE_LINES) & (length >= lo) & (length <= hi))
    if len(heads) == 0:
        return line
    titles: dict[int, list[str]] = {}
    for row, text in zip(heads.tolist(), line.take(pa.array(heads)).to_pylist(), strict=True):
        titles.setdefault(int(doc[row]), []).append(text)
    # Per document, the shortest and longest title: lines outside those lengths (plus the
    # context) cannot hold one.
    shortest = np.full(int(doc.max()) + 1, np.iinfo(np.int64).max)
    longest = np.zeros(int(doc.max()) + 1, dtype=np.int64)
    np.minimum.at(shortest, doc[heads], length[heads])
    np.maximum.at(longest, doc[heads], length[heads])
    rows = np.flatnonzero((length > shortest[doc]) & (length <= longest[doc] + _TITLE_CONTEXT))
    found, replaced = [], []
    for row, text in zip(rows.tolist(), line.take(pa.array(rows)).to_pylist(), strict=True):
        for title in titles[int(doc[row])]:
            if len(text) > len(title) and title in text:  # not the title line itself
                found.append(row)
                replaced.append(text.replace(title, f" {TITLE_WORD} "))
                break
    if not found:
        return line
    return replace_rows(line, np.array(found), pa.array(replaced, pa.string()))


def segment(
    bodies: pa.Table, cfg: SegmentConfig, sites: list[str | None] | None = None
) -> pa.Table:
    """One SEGMENTS row per non-blank line of each body, in body then line order.

    `sites`: per body, the name of its site (`read.publisher.site_name`), or None when it
    has none; without it no line names its site.
    """
    del cfg  # no segmentation options yet; the signature keeps the stages uniform
    lines = lines_of(bodies.column("text").combine_chunks())
    line = lines.column("line")
    doc = lines.column("doc").to_numpy()
    index = line_index(doc)
    normalized = normalize_array(own_titles(line.combine_chunks(), doc, index))
    n_words = pc.list_value_length(pc.split_pattern(normalized, " ")).to_numpy()
    empty = pc.equal(normalized, "").to_numpy(zero_copy_only=False)
    n_words = np.where(empty, 0, n_words)
    raw_key = hash_strings(line, seed=RAW_SEED)
    # Lines with no letters or digits (rules, table borders, lone quotes) all normalise
    # to "": they are keyed by their written form, so unrelated punctuation lines do not
    # form one corpus-wide cluster.
    key = hash_strings(normalized)
    rows = np.flatnonzero(empty)
    key[rows] = hash_strings(line.take(pa.array(rows)), seed=_PUNCT_SEED)
    # A closing credit sentence ("<caption>. Photo by <name>.") is the line's frame.
    credit = credit_keys(line, n_words)
    frame = np.where(credit != 0, credit, frame_keys(normalized, n_words))
    unframed = np.flatnonzero(frame == 0)
    frame[unframed] = suffix_keys(line.take(pa.array(unframed)))
    unframed = np.flatnonzero(frame == 0)
    frame[unframed] = name_lead_keys(line.take(pa.array(unframed)),
                                     normalized.take(pa.array(unframed)))
    unframed = np.flatnonzero(frame == 0)
    frame[unframed] = tail_word_keys(line.take(pa.array(unframed)),
                                     normalized.take(pa.array(unframed)), n_words[unframed])
    named = names_site(line, doc, sites) if sites else np.zeros(len(doc), dtype=bool)
    prefix = site_pointer_keys(line, byline_keys(
        line, index, dated_keys(line, n_words, prefix_keys(line, normalized, n_words))), named)
    return pa.table(
        {
            "doc": lines.column("doc"),
            "index": pa.array(index, pa.int32()),
            "start": lines.column("start"),
            "end": lines.column("end"),
            "key": pa.array(key, pa.uint64()),
            "raw_key": pa.array(raw_key, pa.uint64()),
            "prefix": pa.array(prefix, pa.uint64()),
            "frame": pa.array(frame, pa.uint64()),
            "n_words": pa.array(n_words, pa.int32()),
            "names_site": pa.array(named),
            "normalized": normalized,
        },
        schema=SEGMENTS,
    )
