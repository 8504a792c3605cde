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
line are counted over the run, in cut lines and in kept lines; a word seen
`min_lines` times or more (each time it stands in a line: twice in one line is two), at
least `share` of those in cut lines, is marked; and a kept line of
`min_words` words or more, at least `words_share` of them marked, is cut.

The evidence is the whole run's, not one publisher's: a one-off line has none at its own
publisher, and a byline's words are the same wherever it is printed. A quotation, a
syndicated sentence or a common one ("He declined to comment.") is made of article words.

Words are what white space separates, lower-cased, without the punctuation and symbols at
their ends, and not all digits (a date's or an amount's number says nothing). In a script
that spaces no words (Chinese, Japanese, Thai, ...) white space separates clauses; their
words are taken to be their pairs of letters ("农历正月" -> "农历", "历正", "正月"), which
need no dictionary and carry a name or a label as well.

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

from cleanpipe.segment.hashing import fmix64, hash_strings
from cleanpipe.segment.punct import UNSPACED

# 2M buckets: 32 MB of counts in the main process. The planted sets print some 100k
# distinct words each, so no two of their marked words share a bucket by chance.
BUCKET_BITS = 21
_BUCKETS = 1 << BUCKET_BITS
# Punctuation and symbols at a word's ends ("(AP)", "«Садои", "Fife,"): a run of them
# before white space (and any after it: ", (") or the line's end, or after white space or
# the line's start. One pass over the line, matching only where such marks stand, costs
# a quarter of stripping each word; the words come out the same.
_MARKS, _SPACE = r"[\p{P}\p{S}]", r"[\s\p{Z}]"
_EDGES = f"{_MARKS}+(?:{_SPACE}+{_MARKS}*|$)|(?:^|{_SPACE}+){_MARKS}+"
# Longest line the rule reads, in characters: a byline, a date line or an appeal is
# short, a paragraph is not one. (No boilerplate line the planted sets' first runs
# missed is longer than 200.)
MAX_CHARS = 200
# The cluster id of the lines this rule cuts.
VOCABULARY_LINE = int(hash_strings(pa.array(["cleanpipe vocabulary line"]))[0])


@dataclass
class Words:
    """The words of some lines: per word, its line and its entry in `buckets`, one per
    distinct word (several for a word of a script that spaces no words: its pairs)."""

    line: np.ndarray
    entry: np.ndarray
    buckets: np.ndarray


def line_words(lines: pa.Array | pa.ChunkedArray) -> Words:
    """The words of `lines`, in order. In a script that spaces no words, what white space
    separates is a clause: its words are then its pairs of letters of that script ("农历正月"
    -> "农历", "历正", "正月"), or a letter standing alone, and what else it holds (digits,
    a Latin name run into it) is dropped."""
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    bare = pc.replace_substring_regex(pc.utf8_lower(lines), _EDGES, " ")
    split = pc.utf8_split_whitespace(bare)
    line = pc.list_parent_indices(split).to_numpy()
    encoded = pc.dictionary_encode(pc.list_flatten(split))
    distinct = encoded.dictionary
    # Words, not "" (Arrow's split leaves it for white space at a line's ends) and not all
    # digits; judged once per distinct word.
    real = pc.and_(pc.greater(pc.utf8_length(distinct), 0),
                   pc.invert(pc.utf8_is_numeric(distinct))).to_numpy(zero_copy_only=False)
    buckets = (hash_strings(distinct) & np.uint64(_BUCKETS - 1)).astype(np.int64)
    n_keys = real.astype(np.int64)  # per distinct word, its entries in the table
    unspaced = np.flatnonzero(
        pc.match_substring_regex(distinct, f"[{UNSPACED}]").to_numpy(zero_copy_only=False))
    of_word, pair_buckets = _pairs(distinct.take(pa.array(unspaced)))
    n_keys[unspaced] = np.bincount(of_word, minlength=len(unspaced))
    first = np.cumsum(n_keys) - n_keys
    table = np.empty(int(n_keys.sum()), dtype=np.int64)
    plain = np.setdiff1d(np.flatnonzero(real), unspaced, assume_unique=True)
    table[first[plain]] = buckets[plain]
    rank = np.arange(len(of_word)) - np.searchsorted(of_word, of_word)
    table[first[unspaced][of_word] + rank] = pair_buckets
    # Each occurrence of a word stands for its `n_keys` entries.
    entry = encoded.indices.to_numpy()
    reps = n_keys[entry]
    total = int(reps.sum())
    within = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
    return Words(np.repeat(line, reps), np.repeat(first[entry], reps) + within, table)


def _pairs(words: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of adjacent letters of a script that spaces no words in `words` (or such a
    letter with no such neighbour), in order: its word and its bucket."""
    if not len(words):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    letters = pc.replace_substring_regex(words, f"[^{UNSPACED}]", "\x01")
    code = np.frombuffer("".join(letters.to_pylist()).encode("utf-32-le"), dtype=np.uint32)
    word = np.repeat(np.arange(len(words)), pc.utf8_length(letters).to_numpy())
    letter = code != 1
    pair = letter & np.r_[letter[1:], False] & np.r_[word[1:] == word[:-1], False]
    alone = letter & ~pair & ~np.r_[False, pair[:-1]]
    at = np.flatnonzero(pair | alone)
    code64 = code.astype(np.uint64)
    after = code64[np.minimum(at + 1, len(code) - 1)]
    # Code points are under 2**21: a pair's key is above any letter's.
    key = np.where(pair[at], (code64[at] << np.uint64(21)) | after, code64[at])
    return word[at], (fmix64(key) & np.uint64(_BUCKETS - 1)).astype(np.int64)


@dataclass
class Counted:
    """One batch's words by bucket: the buckets of its distinct words, and per distinct
    word how many times it stands in cut lines and in kept lines (twice in one line is
    two)."""

    buckets: np.ndarray
    in_cut: np.ndarray
    in_kept: np.ndarray
    seconds: float = 0.0  # the worker's, to report


def count(lines: pa.Array | pa.ChunkedArray, cut: np.ndarray) -> Counted:
    """The words of a batch's `lines`, in the lines `cut` holds and in the others."""
    words = line_words(lines)
    cut_words = cut[words.line]
    n = len(words.buckets)
    return Counted(words.buckets,
                   np.bincount(words.entry[cut_words], minlength=n),
                   np.bincount(words.entry[~cut_words], minlength=n))


class Tally:
    """The run's words by bucket, summed over its batches in any order."""

    def __init__(self) -> None:
        self.in_cut = np.zeros(_BUCKETS, dtype=np.int64)
        self.in_kept = np.zeros(_BUCKETS, dtype=np.int64)

    def add(self, counted: Counted) -> None:
        # Two distinct words may share a bucket: add.at sums both.
        np.add.at(self.in_cut, counted.buckets, counted.in_cut)
        np.add.at(self.in_kept, counted.buckets, counted.in_kept)

    def marks(self, share: float, min_lines: int) -> np.ndarray:
        """Per bucket: whether its words stand `min_lines` times or more, at least `share`
        of them in cut lines."""
        total = self.in_cut + self.in_kept
        return (total >= min_lines) & (self.in_cut >= share * total)


def vocabulary_lines(
    lines: pa.Array | pa.ChunkedArray,
    cut: np.ndarray,
    marks: np.ndarray,
    min_words: int,
    words_share: float,
) -> np.ndarray:
    """Per line, whether this rule cuts it: not cut already, at most `MAX_CHARS` long,
    `min_words` words or more, at least `words_share` of them in buckets `marks` holds."""
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    found = np.zeros(len(cut), dtype=bool)
    short = pc.less_equal(pc.utf8_length(lines), MAX_CHARS).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(~cut & short)
    if not len(rows):
        return found
    words = line_words(lines.take(pa.array(rows)))
    n_words = np.bincount(words.line, minlength=len(rows))
    marked = np.bincount(words.line, weights=marks[words.buckets[words.entry]],
                         minlength=len(rows))
    found[rows[(n_words >= min_words) & (marked >= words_share * n_words)]] = True
    return found
