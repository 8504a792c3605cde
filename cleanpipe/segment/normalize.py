"""Normalisation of a segment before hashing: what two variants of a line must share.

Unicode NFKC (curly quotes, ligatures, full-width forms fold to one spelling), case folded,
URLs and e-mail addresses masked, every run of digits masked to "0" (dates, years, counts,
amounts), punctuation dropped and white space collapsed. "Global Research, June 21, 2017"
and "Global Research, July 3, 2018" both become "global research june 0 0".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|edu|gov|io|co\.uk|ca)(?:/\S*)?\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_DIGITS = re.compile(r"\d+")
# Anything that is not a letter, digit or white space becomes a space; "_" too (\w keeps it).
_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """The normalised form of one segment (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _EMAIL.sub(" email ", text)
    text = _URL.sub(" url ", text)
    text = _DIGITS.sub("0", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def hash64(text: str) -> int:
    """A stable 64-bit hash (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")
