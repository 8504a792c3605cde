"""The speed benchmark's derived numbers (no timing: results are made up)."""

from __future__ import annotations

from tests.bench.speed import Result, table


def _result(workers: int, pinned: bool, walls: list[float], cpus: list[float]) -> Result:
    name = f"cleanpipe w{workers}" + (" cpu0" if pinned else "")
    return Result("10k", "scaling", name, 10_000, 60.0, walls=walls, peaks=[1] * len(walls),
                  others=[0.0] * len(walls), cpus=cpus, workers=workers, pinned=pinned)


def test_scaling_speedup_is_a_ratio_of_medians():
    results = [
        _result(1, False, [30.0, 20.0, 21.0], [20.0, 20.0, 20.0]),
        _result(2, False, [10.0, 16.0, 40.0], [22.0, 21.0, 23.0]),
        _result(1, True, [20.0, 20.0, 20.0], [20.0, 20.0, 20.0]),
        _result(2, True, [25.0, 25.0, 25.0], [24.0, 24.0, 24.0]),
    ]
    text, _ = table(results)
    unpinned, pinned = [line for line in text.splitlines() if line.startswith("scaling")]
    assert "unpinned: 2 workers vs 1: wall 1.31x speedup (21.0 s -> 16.0 s)" in unpinned
    assert "CPU 1.10x" in unpinned
    assert "pinned to CPU 0" in pinned and "wall 0.80x speedup" in pinned
    assert "share one physical core" in text


def test_no_scaling_lines_without_scaling_rows():
    one = Result("10k", "jsonl", "cleanpipe", 10_000, 60.0, walls=[1.0], peaks=[1],
                 others=[0.0], cpus=[1.0])
    assert "scaling" not in table([one])[0]
