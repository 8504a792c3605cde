"""Bodies -> segments: each non-blank line of a body, with its offsets and hashes.

A line is the unit publishers repeat: bylines, datelines, tag lines, notices and appeals
are each a line or a paragraph of their own in extracted text. Offsets are Python string
indices (Unicode code points) into the body text, with surrounding white space excluded.
"""

from __future__ import annotations

import re

import pyarrow as pa

from cleanpipe.config import SegmentConfig
from cleanpipe.schema import SEGMENTS
from cleanpipe.segment.normalize import hash64, normalize

_LINE = re.compile(r"[^\r\n]+")


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, white space at both ends excluded."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans


def segment_key(normalized: str, raw: str) -> int:
    """The grouping key of a segment: its normalised text, or for lines with no letters
    or digits (rules, table borders, lone quotes), which all normalise to "", the text as
    written, so that unrelated punctuation lines do not form one corpus-wide cluster."""
    return hash64(normalized) if normalized else hash64("\x00" + raw)


_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")


def prefix_key(raw: str) -> int:
    """Key of a line's label prefix ("Related:", "Read more:", "Photo:"), 0 if it has none.

    A label is one to three words before the line's first colon, followed by at least two
    words. Lines sharing a label are candidates for a prefix template (`detect.prefix`):
    "Related: <any title>", whose variable part outweighs the fixed one.
    """
    label, colon, rest = raw.partition(":")
    label = label.strip(" \t*_#>-[(")
    if not colon or rest.startswith("//") or len(rest.split()) < 2:
        return 0
    if not _LABEL.fullmatch(label):
        return 0
    return hash64("\x02" + label.casefold())


def segment(bodies: pa.Table, cfg: SegmentConfig) -> pa.Table:
    """One SEGMENTS row per non-blank line of each body, in body then line order."""
    del cfg  # no segmentation options yet; the signature keeps the stages uniform
    columns: dict[str, list] = {name: [] for name in SEGMENTS.names}
    for doc, text in enumerate(bodies.column("text").to_pylist()):
        for index, (start, end) in enumerate(split_lines(text)):
            raw = text[start:end]
            normalized = normalize(raw)
            columns["doc"].append(doc)
            columns["index"].append(index)
            columns["start"].append(start)
            columns["end"].append(end)
            columns["key"].append(segment_key(normalized, raw))
            columns["raw_key"].append(hash64(raw))
            columns["prefix"].append(prefix_key(raw))
            columns["n_words"].append(normalized.count(" ") + 1 if normalized else 0)
            columns["normalized"].append(normalized)
    return pa.table(columns, schema=SEGMENTS)
