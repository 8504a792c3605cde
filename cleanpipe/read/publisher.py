"""Publisher of each document: its own publisher field, else the registered domain of its URL."""

from __future__ import annotations

import re

import pyarrow as pa
from tld import get_fld

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


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
        if url is not None and url not in domains:
            domains[url] = registered_domain(url)
        resolved.append((domains.get(url) if url is not None else None) or default)
    index = documents.schema.get_field_index("publisher")
    field = pa.field("publisher", pa.string(), nullable=False)
    return documents.set_column(index, field, pa.array(resolved, pa.string()))
