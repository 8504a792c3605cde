"""Writes `cleanpipe/segment/cldr_date_words.txt`: the month and weekday names of every
language CLDR holds, as the normaliser's words, for `cleanpipe.segment.mask` to mask.

    python -m tests.bench.cldr_date_words [--check]

`mask._DATE_WORDS` lists the names of some sixty languages by hand. A date line in any
other language ("Mōnite / Monday 30.12.2019", "28 mart 2017, çərşənbə axşamı") keeps its
weekday as a fixed word, so its copies differ day by day and do not group. Babel (installed
with trafilatura, through courlan, and pinned in the dev extra) carries CLDR's names for
some 330 languages; this writes them once, so that cleanpipe reads a plain file at run time
and its output does not change with Babel's version.

A name is kept as the normaliser splits it (NFKC, without zero-width joiners, words of
letters, digits and marks, lower-cased), each word apart, and a word is dropped when it is
likely a word of running text somewhere (`dropped`):

* it holds a digit ("M01", "1月": numbers are masked anyway) or has fewer than
  `MIN_CHARS` characters ("mar", "sun", "ma": abbreviations that are words elsewhere);
* it is in three or more of one language's wide names: the words "month", "day" and the
  numerals of languages that number their months and weekdays (Vietnamese "tháng",
  Welsh "dydd", Cornish "mis");
* it is in the jusText stoplist (the language's most frequent words, shipped with
  trafilatura) of a language other than its own ("mars", "anna", "masa", "king");
* it is in `NOT_DATES`: English words, given names, and the words `mask._DATE_WORDS`
  leaves out by design.

`mask` masks these words only where the name rule has not (a capitalised word inside a
line is a name's "X" already): "Na Juma Mwakyusa" keeps its name slot, whatever the
weekday "juma" is in Uzbek. `--check` exits 1 when the file differs from what the
installed Babel gives (`tests/test_cldr_date_words.py` runs it with the pinned Babel).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import babel
import justext
import pyarrow as pa
import pyarrow.compute as pc
from babel import Locale, localedata

from cleanpipe.segment.mask import _NOT_WORD
from cleanpipe.segment.punct import JOINERS

TARGET = Path(__file__).resolve().parents[2] / "cleanpipe" / "segment" / "cldr_date_words.txt"
MIN_CHARS = 4
MAX_NAMES = 2  # a word in more of a language's wide names is "month", "day" or a numeral
NOT_DATES = frozenset(
    # English words and names that are a month or weekday in a small language.
    "here bear freed julie jenner mach salus spat sabo rags lush kris dimas aram qado martz"
    # Given names: "Na Juma Mwakyusa", "Daga Sani Abubakar" (bylines).
    " juma sani"
    # Left out of `mask._DATE_WORDS` by design: Maltese "tnejn" (two), Greek "τρίτη"
    # (third), Urdu "ہفتہ" (week) and "پیر" (saint), Tamil weekdays written without
    # "-kizhamai" (planets and metals).
    " tnejn τρίτη ہفتہ پیر ஞாயிறு திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி"
    .split()
)


def _words(names: list[str]) -> list[list[str]]:
    """`names` split into the normaliser's words, lower-cased."""
    folded = pc.utf8_normalize(pa.array(names, pa.string()), "NFKC")
    folded = pc.replace_substring_regex(folded, f"[{JOINERS}]", "")
    spaced = pc.utf8_lower(pc.replace_substring_regex(folded, _NOT_WORD, " "))
    return [line.split() for line in spaced.to_pylist()]


def _names(locale: Locale) -> tuple[list[str], list[str]]:
    """The locale's wide names, then all its names (wide and abbreviated, as dates write
    them and standing alone), of months and weekdays."""
    wide: list[str] = []
    every: list[str] = []
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names = list(table.get(context, {}).get(width, {}).values())
                every += names
                wide += names if width == "wide" else []
    return wide, every


def _stoplists() -> dict[str, frozenset[str]]:
    return {name: frozenset(justext.get_stoplist(name)) for name in justext.get_stoplists()}


def dropped(word: str, language: str, in_wide: int, stoplists: dict[str, frozenset[str]]) -> bool:
    """Whether `word`, a word of `language`'s names (`in_wide` of its distinct wide names
    hold it), is left out of the list (see the module docstring)."""
    if len(word) < MIN_CHARS or any(ch.isdigit() for ch in word) or in_wide > MAX_NAMES:
        return True
    if unicodedata.normalize("NFKC", word) in NOT_DATES:
        return True
    return any(word in words for name, words in stoplists.items() if name != language)


def date_words(locales: Iterable[str] | None = None) -> list[str]:
    """The month and weekday words of `locales` (CLDR identifiers; default every one)
    that no rule drops, sorted."""
    stoplists = _stoplists()
    kept: set[str] = set()
    for ident in sorted(localedata.locale_identifiers() if locales is None else locales):
        locale = Locale.parse(ident)
        language = (Locale.parse(locale.language).english_name or "").replace(" ", "_")
        wide, every = _names(locale)
        in_wide = Counter(w for name in set(wide) for w in set(_words([name])[0]))
        for words in _words(every):
            kept.update(w for w in words if not dropped(w, language, in_wide[w], stoplists))
    return sorted(kept)


def render(words: list[str]) -> str:
    header = (
        f"# CLDR's month and weekday words, from Babel {babel.__version__}: written by\n"
        "# `python -m tests.bench.cldr_date_words`, which says what is left out and why.\n"
    )
    return header + "".join(f"{w}\n" for w in words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the file differs from what this Babel gives")
    args = parser.parse_args(argv)
    text = render(date_words())
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET}: {'current' if same else 'differs from Babel ' + babel.__version__}")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET}: {text.count(chr(10)) - 2} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
