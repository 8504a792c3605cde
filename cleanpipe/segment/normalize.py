"""Normalisation of a segment before hashing: what two variants of a line must share.

Unicode NFKC (curly quotes, ligatures, full-width forms fold to one spelling), case folded,
URLs and e-mail addresses masked, every run of digits masked to "0" (dates, years, counts,
amounts), English month and weekday names masked to "0" as well (the other half of a
date), punctuation dropped and white space collapsed. "Global Research, June 21, 2017" and
"Global Research, Monday, July 3, 2018" both become "global research 0".

`slot_key` goes one step further for short lines, where the variable part outweighs the
fixed part: capitalised words after the first (names, places, titles) are masked too, so
"By Ana Ruiz" and "By [Tom Becker](#)" share the key "by X".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|edu|gov|io|co\.uk|ca)(?:/\S*)?\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_DIGITS = re.compile(r"\d+")
# Applied after case folding. Short forms that are also common words (mar, may, sat, sun)
# are left alone except "may", which as a month is too frequent in datelines to leave.
_DATE_WORDS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
# Anything that is not a letter, digit or white space becomes a space; "_" too (\w keeps it).
_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """The normalised form of one segment (see the module docstring)."""
    return " ".join(_words(text, mask_names=False))


def slot_key(text: str) -> str:
    """The normalised form with capitalised words after the first masked as "X"."""
    return " ".join(_words(text, mask_names=True))


def _words(text: str, mask_names: bool) -> list[str]:
    text = unicodedata.normalize("NFKC", text)
    text = _EMAIL.sub(" email ", text)
    text = _URL.sub(" url ", text)
    text = _DIGITS.sub("0", text)
    words = []
    for i, word in enumerate(_NON_WORD.sub(" ", text).split()):
        folded = word.casefold()
        if _DATE_WORDS.fullmatch(folded):
            word = "0"
        elif mask_names and i > 0 and word[0].isupper():
            word = "X"
        else:
            word = folded
        # Runs of masked tokens ("0 0 0" from "Monday, July 3, 2018") fold to one.
        if words and word in ("0", "X") and words[-1] == word:
            continue
        words.append(word)
    return words


def hash64(text: str) -> int:
    """A stable 64-bit hash (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")
