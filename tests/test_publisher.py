"""Publisher resolution: the record's own field, else the registered domain, else the default."""

from __future__ import annotations

import socket

import pyarrow as pa
import pytest

from cleanpipe import schema
from cleanpipe.read.publisher import (
    assign_publishers,
    publisher_of_host,
    registered_domain,
    site_name,
)


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://news.bbc.co.uk/2/hi/uk.stm", "bbc.co.uk"),
        ("http://www.bbc.co.uk/news", "bbc.co.uk"),
        ("HTTPS://WWW.BBC.CO.UK/", "bbc.co.uk"),
        ("bbc.co.uk/sport", "bbc.co.uk"),
        ("//edition.cnn.com/x", "cnn.com"),
        ("https://user:pw@www.lemonde.fr:8443/a?b=c", "lemonde.fr"),
        ("bbc.co.uk/redirect?to=http://other.com", "bbc.co.uk"),
        ("https://someone.blogspot.com/post", "someone.blogspot.com"),
        ("http://192.168.1.10/page", None),
        ("http://[2001:db8::1]/page", None),
        ("http://localhost:8000/", None),
        ("not a url", None),
        ("http://%41.com/", None),
        ("", None),
        (None, None),
    ],
)
def test_registered_domain(url: str | None, domain: str | None) -> None:
    assert registered_domain(url) == domain


def test_registered_domain_never_uses_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert registered_domain("https://www.theguardian.co.uk/world") == "theguardian.co.uk"


def documents(rows: list[tuple[str | None, str | None]]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "id": str(i),
                "url": url,
                "publisher": publisher,
                "text": "t",
                "file": "f",
                "record": "1",
            }
            for i, (publisher, url) in enumerate(rows)
        ],
        schema=schema.DOCUMENTS,
    ).append_column("lang", pa.array(["en"] * len(rows)))


def test_assign_publishers_rules() -> None:
    table = documents(
        [
            ("The Paper", "https://news.bbc.co.uk/a"),  # own field wins over the URL
            (None, "https://news.bbc.co.uk/a"),
            ("", "http://www.bbc.co.uk/b"),  # empty field: fall back to the URL
            ("  ", None),  # blank field, no URL: default
            (None, None),
            (None, "http://10.0.0.1/x"),  # IP: default
            (" Spaced ", None),
        ]
    )
    result = assign_publishers(table, "fallback")
    assert result.column("publisher").to_pylist() == [
        "The Paper",
        "bbc.co.uk",
        "bbc.co.uk",
        "fallback",
        "fallback",
        "fallback",
        "Spaced",
    ]
    assert result.column_names == table.column_names
    field = result.schema.field("publisher")
    assert field.type == pa.string() and not field.nullable
    assert result.column("url").equals(table.column("url"))
    assert result.column("lang").to_pylist() == ["en"] * 7


def test_assign_publishers_empty_table() -> None:
    result = assign_publishers(schema.DOCUMENTS.empty_table(), "d")
    assert result.num_rows == 0
    assert result.schema.field("publisher").type == pa.string()


@pytest.mark.parametrize(
    ("host", "scope", "publisher"),
    [
        ("news.bbc.co.uk", "domain", "bbc.co.uk"),
        ("news.bbc.co.uk", "host", "news.bbc.co.uk"),
        ("www.bbc.co.uk", "host", "bbc.co.uk"),
        ("user@WWW.Example.com:8080", "host", "example.com"),
        # Shared blog hosts: each site is a publisher, whatever the scope.
        ("willyloman.wordpress.com", "domain", "willyloman.wordpress.com"),
        ("www.willyloman.wordpress.com", "domain", "willyloman.wordpress.com"),
        ("fr.willyloman.wordpress.com", "domain", "willyloman.wordpress.com"),
        ("wordpress.com", "domain", "wordpress.com"),
        ("someone.substack.com", "domain", "someone.substack.com"),
        ("10.0.0.1", "host", None),
    ],
)
def test_publisher_scopes(host: str, scope: str, publisher: str | None) -> None:
    assert publisher_of_host(host, scope) == publisher


def test_assign_publishers_by_host() -> None:
    table = documents([(None, "https://news.example.com/a"), (None, "https://example.com/b"),
                       (None, "https://a.wordpress.com/x"), (None, "https://b.wordpress.com/y")])
    by_domain = assign_publishers(table, "d").column("publisher").to_pylist()
    assert by_domain == ["example.com", "example.com", "a.wordpress.com", "b.wordpress.com"]
    by_host = assign_publishers(table, "d", "host").column("publisher").to_pylist()
    assert by_host == ["news.example.com", "example.com", "a.wordpress.com", "b.wordpress.com"]


def test_unknown_publisher_scope_is_a_config_error() -> None:
    from cleanpipe.config import ConfigError, load_config

    with pytest.raises(ConfigError, match="input.publisher_scope"):
        load_config(overrides=["input.publisher_scope=path"])


@pytest.mark.parametrize(
    ("publisher", "name"),
    [
        ("kvtr7.com", "kvtr7"),
        ("news.open-ledger.org", "openledger"),  # the registered domain's own label
        ("willyloman.wordpress.com", "willyloman"),  # a site on a shared host
        ("theguardian.co.uk", "theguardian"),
        ("The Guardian", "theguardian"),  # a publisher field, not a domain
        ("bbc.co.uk", None),  # too short: also a word or an acronym elsewhere
        ("12345.com", None),
    ],
)
def test_site_name_is_what_a_page_calls_its_publisher(publisher: str, name: str | None) -> None:
    assert site_name(publisher) == name
