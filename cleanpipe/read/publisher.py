"""Publisher of each document: its own publisher field, else a scope of its URL's host.

Scopes (`input.publisher_scope`):

* ``domain`` (default): the registered domain (news.bbc.co.uk -> bbc.co.uk), except on
  shared hosting platforms, where each site is its own publisher (someone.wordpress.com);
* ``host``: the whole host name without a leading ``www.``, for corpora where sections of
  one domain carry different templates (aggregators, portals).
"""

from __future__ import annotations

import functools
import re

import pyarrow as pa
from tld import get_fld

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# The authority part of a URL: the registered domain depends on nothing else, so it is
# resolved once per host (the public-suffix lookup costs ~100 us a call).
_HOST = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*://)?/*([^/?#\s]*)")

SCOPES = ("domain", "host")

# Platforms that host many unrelated sites as subdomains, yet whose domain the public
# suffix list bundled with `tld` does not list as a suffix: by registered domain, every
# blog on wordpress.com would be one publisher, and each blog's own footer would fall far
# below the share a publisher's boilerplate needs. Each subdomain is a publisher instead.
# (Platforms the list already knows, such as blogspot.com or github.io, need no entry.)
SHARED_HOSTING = frozenset(
    {
        "wordpress.com",
        "substack.com",
        "medium.com",
        "tumblr.com",
        "livejournal.com",
        "typepad.com",
        "weebly.com",
        "over-blog.com",
        "home.blog",
        "ghost.io",
        "hashnode.dev",
        "squarespace.com",
        "jimdo.com",
        "webnode.com",
        "canalblog.com",
        "hatenablog.com",
        "bearblog.dev",
        "blogs.com",
    }
)


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


def publisher_of_host(host: str, scope: str = "domain") -> str | None:
    """The publisher a host belongs to under `scope` (see the module's doc), or None when
    the host has no usable name (IPs, localhost, garbage)."""
    domain = registered_domain(host)
    if domain is None:
        return None
    name = host.rpartition("@")[2].split(":")[0].rstrip(".").lower()
    if name.startswith("www."):
        name = name[4:]
    if scope == "host":
        return name if name.endswith(domain) else domain
    if domain in SHARED_HOSTING and name.endswith("." + domain):
        site = name[: -len(domain) - 1].rpartition(".")[2]
        return f"{site}.{domain}"
    return domain


# A site's name, as its pages write it, must be this long to count: shorter ones ("bbc",
# "cnn", "ap") are also acronyms and words that articles use about other things.
_MIN_SITE_NAME = 5


@functools.lru_cache(maxsize=65_536)
def site_name(publisher: str) -> str | None:
    """The name a publisher's pages call it by, as lowercase letters and digits, or None.

    For a domain or host, the label left of the public suffix (kvtr7.com -> "kvtr7",
    news.open-ledger.org -> "openledger", someone.wordpress.com -> "someone"); for a
    free-form publisher field, all of it ("The Guardian" -> "theguardian"). A line that
    contains it with its spaces and punctuation removed ("Download the free KVTR 7 News
    app") names its own publisher (`segment.names_site`). None when shorter than 5.
    """
    text = publisher.strip().lower()
    if "." in text and not any(c.isspace() for c in text):
        domain = registered_domain(text) or text
        if domain in SHARED_HOSTING and text.endswith("." + domain):
            label = text[: -len(domain) - 1].rpartition(".")[2]
        else:
            label = domain.partition(".")[0]
    else:
        label = text
    name = "".join(c for c in label if c.isalnum())
    return name if len(name) >= _MIN_SITE_NAME and not name.isdigit() else None


def _host(url: str | None) -> str:
    match = _HOST.match(url) if isinstance(url, str) else None
    return match.group(1).lower() if match else ""


def assign_publishers(documents: pa.Table, default: str, scope: str = "domain") -> pa.Table:
    """Replace `publisher` with a non-null string: the record's publisher field when it is
    non-blank (surrounding white space removed), else the `scope` of the URL's host (see
    the module's doc), else `default`."""
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
            domains[host] = publisher_of_host(host, scope) if host else None
        resolved.append(domains[host] or default)
    index = documents.schema.get_field_index("publisher")
    field = pa.field("publisher", pa.string(), nullable=False)
    return documents.set_column(index, field, pa.array(resolved, pa.string()))
