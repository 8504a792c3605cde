"""Bytes of an HTML page to text: declared charsets, sniffing, deterministic fallbacks."""

from __future__ import annotations

import re

_BOM = b"\xef\xbb\xbf"
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def decode(payload: bytes, charset: str | None) -> str:
    """Decode with `charset` (bad bytes replaced); UTF-8 when it is absent or unknown."""
    if charset:
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            pass
    return payload.decode("utf-8", errors="replace")


def decode_html_file(payload: bytes) -> str:
    """A UTF-8 BOM or valid UTF-8 wins; otherwise the page's <meta> charset; otherwise
    UTF-8 with bad bytes replaced.

    UTF-8 is tried before <meta> because pages are often mislabelled (a windows-1252
    label on UTF-8 bytes would decode without error, into mojibake).
    """
    if payload.startswith(_BOM):
        return payload[len(_BOM) :].decode("utf-8", errors="replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(payload[:4096])
    return decode(payload, match.group(1).decode("ascii") if match else None)


def looks_like_html(payload: bytes) -> bool:
    """True if the first KiB has a doctype or an html, head or body tag."""
    head = payload[:1024].lower()
    return any(marker in head for marker in _HTML_MARKERS)
