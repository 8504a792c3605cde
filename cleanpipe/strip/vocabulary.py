"""Rule "vocabulary": a line most of whose words the run prints mostly in the lines it
cuts, wherever it stands and however often ("Publié le 3 mai 2015", "di Ivan Dimitrov",
"Volg Vrijthof Nieuws op Facebook en Instagram", each on one page of its publisher).

Repetition finds the lines a publisher prints again and again. A line it prints once (the
byline of an author who wrote once, the odd page's other wording of a date line or an
appeal, a seasonal notice) has no repetition to find, and it is most of what the other
rules miss on template sets nobody tuned on (`tests/bench/FIRST_RUNS.md`). Its words
have a record, though: over a corpus, "publié", "correspondant", "기자", a staff writer's
surname or a site's own name sit almost only in lines the run cuts, while an article's
words ("said", "mai", "government") sit mostly in lines it keeps. So the words of every
line are counted over the run, in cut lines and in kept lines; a word seen in
`min_lines` lines or more, at least `share` of them cut, is marked; and a kept line of
`min_words` words or more, at least `words_share` of them marked, is cut.

The evidence is the whole run's, not one publisher's: a one-off line has none at its own
publisher, and a byline's words are the same wherever it is printed. A quotation, a
syndicated sentence or a common one ("He declined to comment.") is made of article words.

Words are what white space separates, lower-cased, without the punctuation and symbols at
their ends, and not all digits (a date's or an amount's number says nothing). A line of a
script that spaces no words is one or two words long, under `min_words`: this rule
leaves it alone.

Counted in two steps, so memory is fixed whatever the size of the vocabulary: each batch
counts its words by bucket (`BUCKET_BITS` bits of their hash: `count`); the main process
sums the batches (`Tally`) and marks buckets, not words (`Tally.marks`). A word sharing
its bucket with a word of kept lines loses its mark, which errs on the side of keeping.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.segment.hashing import hash_strings

# 2M buckets: 32 MB of counts in the main process. The planted sets print some 100k
# distinct words each, so no two of their marked words share a bucket by chance.
BUCKET_BITS = 21
_BUCKETS = 1 << BUCKET_BITS
# Punctuation and symbols at a word's ends ("(AP)", "«Садои", "Fife,").
_EDGES = r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$"
# The cluster id of the lines this rule cuts.
VOCABULARY_LINE = int(hash_strings(pa.array(["cleanpipe vocabulary line"]))[0])


def line_words(lines: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Per word of `lines`, in order: its line and its bucket."""
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    split = pc.utf8_split_whitespace(pc.utf8_lower(lines))
    line = pc.list_parent_indices(split).to_numpy()
    words = pc.replace_substring_regex(pc.list_flatten(split), _EDGES, "")
    keep = pc.and_(pc.greater(pc.utf8_length(words), 0), pc.invert(pc.utf8_is_numeric(words)))
    keep_np = keep.to_numpy(zero_copy_only=False)
    encoded = pc.dictionary_encode(words.filter(keep))
    hashes = hash_strings(encoded.dictionary)
    buckets = hashes[encoded.indices.to_numpy()] & np.uint64(_BUCKETS - 1)
    return line[keep_np], buckets.astype(np.int64)


@dataclass
class Counted:
    """One batch's words: the buckets they fall in, and per bucket how many of them
    stand in cut lines and in kept lines."""

    buckets: np.ndarray
    in_cut: np.ndarray
    in_kept: np.ndarray
    seconds: float = 0.0  # the worker's, to report


def count(lines: pa.Array | pa.ChunkedArray, cut: np.ndarray) -> Counted:
    """The words of a batch's `lines`, by bucket, in the lines `cut` holds and the others."""
    line, bucket = line_words(lines)
    cut_words = cut[line]
    buckets, where = np.unique(bucket, return_inverse=True)
    in_cut = np.bincount(where[cut_words], minlength=len(buckets))
    in_kept = np.bincount(where[~cut_words], minlength=len(buckets))
    return Counted(buckets, in_cut.astype(np.int64), in_kept.astype(np.int64))


class Tally:
    """The run's words by bucket, summed over its batches in any order."""

    def __init__(self) -> None:
        self.in_cut = np.zeros(_BUCKETS, dtype=np.int64)
        self.in_kept = np.zeros(_BUCKETS, dtype=np.int64)

    def add(self, counted: Counted) -> None:
        self.in_cut[counted.buckets] += counted.in_cut
        self.in_kept[counted.buckets] += counted.in_kept

    def marks(self, share: float, min_lines: int) -> np.ndarray:
        """Per bucket: whether its words stand in `min_lines` lines or more, at least
        `share` of them cut."""
        total = self.in_cut + self.in_kept
        return (total >= min_lines) & (self.in_cut >= share * total)


def vocabulary_lines(
    lines: pa.Array | pa.ChunkedArray,
    cut: np.ndarray,
    marks: np.ndarray,
    min_words: int,
    words_share: float,
) -> np.ndarray:
    """Per line, whether this rule cuts it: not cut already, `min_words` words or more,
    at least `words_share` of them in buckets `marks` holds."""
    found = np.zeros(len(cut), dtype=bool)
    rows = np.flatnonzero(~cut)
    if not len(rows):
        return found
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    line, bucket = line_words(lines.take(pa.array(rows)))
    words = np.bincount(line, minlength=len(rows))
    marked = np.bincount(line, weights=marks[bucket], minlength=len(rows))
    found[rows[(words >= min_words) & (marked >= words_share * words)]] = True
    return found
