"""Publisher of each document: its own publisher field, else the registered domain of its URL."""

from __future__ import annotations

import re

import pyarrow as pa
from tld import get_fld

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# The authority part of a URL: the registered domain depends on nothing else, so it is
# resolved once per host (the public-suffix lookup costs ~100 us a call).
_HOST = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*://)?/*([^/?#\s]*)")


def registered_domain(url: str | None) -> str | None:
    """The registrable domain of a URL (news.bbc.co.uk -> bbc.co.uk), lowercase.

    Uses the public suffix list bundled with `tld` (private suffixes included, so each
    foo.blogspot.com is its own domain); never touches the network. A URL without a
    scheme is read as http. IPs, localhost and unparsable values give None.
    """
    if not url or not isinstance(url, str):
        return None
    candidate = url.strip()
    if not _SCHEME.match(candidate):
        candidate = "http://" + candidate.lstrip("/")
    try:
        domain = get_fld(candidate, fail_silently=True)
    except ValueError:
        return None
    if not domain or not all(c.isalnum() or c in ".-_" for c in domain):
        return None
    return domain.lower()


def _host(url: str | None) -> str:
    match = _HOST.match(url) if isinstance(url, str) else None
    return match.group(1).lower() if match else ""


def assign_publishers(documents: pa.Table, default: str) -> pa.Table:
    """Replace `publisher` with a non-null string: the record's publisher field when it is
    non-blank (surrounding white space removed), else the registered domain of `url`,
    else `default`."""
    given = documents.column("publisher").to_pylist()
    urls = documents.column("url").to_pylist()
    domains: dict[str, str | None] = {}
    resolved = []
    for publisher, url in zip(given, urls, strict=True):
        if publisher and not publisher.isspace():
            resolved.append(publisher.strip())
            continue
        host = _host(url)
        if host not in domains:
            domains[host] = registered_domain(host) if host else None
        resolved.append(domains[host] or default)
    index = documents.schema.get_field_index("publisher")
    field = pa.field("publisher", pa.string(), nullable=False)
    return documents.set_column(index, field, pa.array(resolved, pa.string()))
