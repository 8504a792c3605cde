"""Rule "vocabulary" (`strip.vocabulary`): a line whose words the run prints mostly in
the lines it cuts."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.strip.vocabulary import Tally, count, line_words, vocabulary_lines


def _words(lines: list[str]) -> list[tuple[int, int]]:
    """Per word: its line and its bucket."""
    words = line_words(pa.array(lines))
    return list(zip(words.line.tolist(), words.buckets[words.entry].tolist(), strict=True))


def test_words_are_lower_cased_stripped_of_end_punctuation_and_not_all_digits():
    same = _words(["(AP) Publié le 3 mai 2015, par «Садои»", "ap publié LE mai par садои"])
    first = [b for line, b in same if line == 0]
    second = [b for line, b in same if line == 1]
    assert first == second  # "3" and "2015" are dropped, case and end marks ignored
    assert len(first) == 6
    # Digits inside a word keep it; marks and numbers alone make none.
    assert [line for line, _ in _words(["10:07 CET", "-- 42 --", "x"])] == [0, 0, 2]


def test_a_script_that_spaces_no_words_gives_its_pairs_of_letters():
    pairs = _words(["农历正月初一", "农历 正月", "2019年（星期二）"])
    assert [line for line, _ in pairs] == [0] * 5 + [1] * 2 + [2] * 3
    bucket = {line: [b for n, b in pairs if n == line] for line in (0, 1, 2)}
    assert bucket[1] == [bucket[0][0], bucket[0][2]]  # 农历, 正月 as in the clause
    # A letter alone counts (年); digits and brackets do not; 星期二 gives 星期, 期二.
    assert bucket[2][1:] == [b for _, b in _words(["星期二"])] and len(set(bucket[2])) == 3
    # A Latin name run into a clause is dropped; a name apart stays a word.
    assert len(_words(["Star記者王志明"])) == len(_words(["記者王志明"])) == 4
    assert len(_words(["Star 記者王志明"])) == 5


def _tally(lines: list[str], cut: list[bool]) -> Tally:
    tally = Tally()
    tally.add(count(pa.array(lines), np.array(cut)))
    return tally


def _marked(tally: Tally, word: str, share: float = 0.8, min_lines: int = 5) -> bool:
    ((_, bucket),) = _words([word])
    return bool(tally.marks(share, min_lines)[bucket])


def test_a_word_is_marked_when_enough_of_its_lines_are_cut():
    lines = ["By Mira Kowalczyk"] * 4 + ["Mira Kowalczyk said the ferry was late"] + [
        "The ferry was late again"] * 5
    cut = [True] * 4 + [False] * 6
    tally = _tally(lines, cut)
    assert _marked(tally, "kowalczyk")  # 4 of 5 lines cut
    assert not _marked(tally, "kowalczyk", share=0.9)
    assert not _marked(tally, "kowalczyk", min_lines=6)
    assert not _marked(tally, "ferry")  # 0 of 6 lines cut
    assert not _marked(tally, "said")  # one line: too few to judge


def test_batches_sum_in_any_order():
    a = (["By Mira Kowalczyk"] * 3, [True] * 3)
    b = (["By Mira Kowalczyk", "Mira Kowalczyk wrote a letter"], [True, False])
    one, other = Tally(), Tally()
    for lines, cut in (a, b):
        one.add(count(pa.array(lines), np.array(cut)))
    for lines, cut in (b, a):
        other.add(count(pa.array(lines), np.array(cut)))
    assert np.array_equal(one.in_cut, other.in_cut)
    assert np.array_equal(one.in_kept, other.in_kept)
    assert np.array_equal(one.marks(0.8, 5), other.marks(0.8, 5))
    assert _marked(one, "kowalczyk") and not _marked(one, "letter")


def test_a_kept_line_mostly_of_marked_words_is_cut():
    tally = _tally(["By Mira Kowalczyk, staff reporter"] * 6 + ["The ferry was late"] * 6,
                   [True] * 6 + [False] * 6)
    marks = tally.marks(0.8, 5)
    lines = pa.array([
        "Mira Kowalczyk, staff reporter, Leith",  # 4 of 5 words marked
        "Mira Kowalczyk said the ferry was late",  # 2 of 7
        "Mira Kowalczyk",  # marked, but two words
        "By Mira Kowalczyk, staff reporter",  # cut already: not this rule's
        "Reporter Mira Kowalczyk",  # 3 of 3, in another order
    ])
    cut = np.array([False, False, False, True, False])
    found = vocabulary_lines(lines, cut, marks, min_words=3, words_share=0.5)
    assert found.tolist() == [True, False, False, False, True]
    stricter = vocabulary_lines(lines, cut, marks, min_words=3, words_share=0.9)
    assert stricter.tolist() == [False, False, False, False, True]


def test_words_sharing_a_bucket_are_summed():
    tally = Tally()
    counted = count(pa.array(["alpha beta", "beta"]), np.array([True, False]))
    counted.buckets[:] = 7  # as if both words hashed alike
    tally.add(counted)
    assert (tally.in_cut[7], tally.in_kept[7]) == (2, 1)


def test_a_long_line_is_not_read():
    tally = _tally(["By Mira Kowalczyk, staff reporter"] * 6, [True] * 6)
    marks = tally.marks(0.8, 5)
    long = " ".join(["Mira Kowalczyk, staff reporter"] * 8)  # over MAX_CHARS
    found = vocabulary_lines(pa.array([long, long[:60]]), np.array([False, False]), marks,
                             min_words=3, words_share=0.5)
    assert found.tolist() == [False, True]
