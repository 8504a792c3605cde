"""Groups the tests for `make test`'s two processes (`pytest -n 2 --dist loadgroup`).

A group runs whole on one process, so what a group caches is built once. A test file is a
group, except that the tests of one held-back template set are a group of their own wherever
they are written: its own file `test_bench_heldout<N>.py` and its cases of the
parametrised `test_bench_heldout_sets.py` share the set's corpus and styles (cached in
`tests.heldout_checks`), and the many sets spread over both processes.
"""

from __future__ import annotations

import re

import pytest

_SET_FILE = re.compile(r"test_bench_heldout(\d+)\.py")


def _group(item: pytest.Item) -> str:
    params = getattr(item, "callspec", None)
    name = params.params.get("name") if params else None
    if isinstance(name, str) and name.startswith("held-back"):
        return name
    if m := _SET_FILE.fullmatch(item.path.name):
        return f"held-back-{m[1]}"
    return item.path.name


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.xdist_group(_group(item)))
