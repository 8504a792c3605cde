"""Normalisation of a segment before hashing: what two variants of a line must share.

Unicode NFKC (curly quotes, ligatures, full-width forms fold to one spelling), case folded,
URLs and e-mail addresses masked, every run of digits masked to "0" (dates, years, counts,
amounts), English month and weekday names masked to "0" as well (the other half of a
date), punctuation dropped and white space collapsed. "Global Research, June 21, 2017" and
"Global Research, Monday, July 3, 2018" both become "global research 0 0 0".
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
_MASK_RUN = re.compile(r"\b0(?: 0\b)+")


def normalize(text: str) -> str:
    """The normalised form of one segment (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _EMAIL.sub(" email ", text)
    text = _URL.sub(" url ", text)
    text = _DIGITS.sub("0", text)
    text = _DATE_WORDS.sub("0", text)
    text = " ".join(_NON_WORD.sub(" ", text).split())
    # Runs of masked tokens ("0 0 0" from "Monday, July 3, 2018") fold to one.
    return _MASK_RUN.sub("0", text)


def hash64(text: str) -> int:
    """A stable 64-bit hash (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")
