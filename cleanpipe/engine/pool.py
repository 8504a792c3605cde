"""Ordered, bounded parallel map over worker processes (spawn start method).

Results come back in task order, so outputs never depend on which worker finished first;
at most `2 * workers` tasks are in flight, so a long input stream never piles up in memory.
With one worker everything runs in this process (no pool, easier to debug and profile).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

R = TypeVar("R")


def ordered_map(
    fn: Callable[..., R], tasks: Iterable[tuple[Any, ...]], workers: int
) -> Iterator[R]:
    if workers <= 1:
        for args in tasks:
            yield fn(*args)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[R]] = deque()
        try:
            for args in tasks:
                pending.append(pool.submit(fn, *args))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
