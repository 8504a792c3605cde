"""Normalisation of a segment before hashing: what two variants of a line must share.

Publishers' repeated lines differ in their slots: dates, numbers, names, places, titles,
links. Normalisation keeps the fixed words and masks the slots:

* Unicode NFKC (curly quotes, ligatures, full-width forms fold to one spelling);
* URLs and e-mail addresses -> "url", "email";
* runs of digits, and English month and weekday names -> "0";
* the text of flattened links, `[South Front](#)` -> "X", unless the line is nothing
  but links;
* capitalised words after the first, and an all-capitals first word -> "X" (names,
  places, titles: "By Ana Ruiz", "PRAIRIE FORK, May 2 (Plains Ledger)");
* case folded, punctuation dropped, runs of the same mask folded to one.

"Global Research, June 21, 2017" and "Global Research, Monday, July 3, 2018" both become
"global X 0"; "By [Tom Becker](#)" and "By Ana Ruiz" both become "by X". Masking only
decides what is compared: the text itself is never changed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|edu|gov|io|co\.uk|ca)(?:/\S*)?\b"
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LINK = re.compile(r"\[[^\[\]\n]{1,200}\]\([^()\s]*\)")
_DIGITS = re.compile(r"\d+")
# Short forms that are also common words (mar, sat, sun) are left alone; "may" is masked
# all the same, as a month it is too frequent in datelines to leave.
_DATE_WORDS = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
# Anything that is not a letter, digit or white space separates words; "_" too.
_NON_WORD = re.compile(r"[\W_]+")
_MASKS = ("0", "X")


def normalize(text: str) -> str:
    """The normalised form of one segment (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text)
    text = _EMAIL.sub(" email ", text)
    text = _URL.sub(" url ", text)
    text = _DIGITS.sub("0", text)
    words = _mask(_LINK.sub(" \x01 ", text))
    if all(word == "X" for word in words) and _LINK.search(text):
        # A line that is all link ("[Become a member](#)") keeps the link's words:
        # masked, every such line of a site would be the same "X".
        words = _mask(text)
    return " ".join(words)


def _mask(text: str) -> list[str]:
    words: list[str] = []
    for word in _NON_WORD.sub(" ", text.replace("\x01", " LINKSLOT ")).split():
        folded = word.casefold()
        if word == "LINKSLOT":
            folded = "X"
        elif _DATE_WORDS.fullmatch(folded):
            folded = "0"
        elif word[0].isupper() and (words or (len(word) > 1 and word.isupper())):
            folded = "X"
        if words and folded in _MASKS and words[-1] == folded:
            continue
        words.append(folded)
    return words


def hash64(text: str) -> int:
    """A stable 64-bit hash (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")
