"""Big9 only: `python -m tests.bench.big9_f1 [options]` is
`python -m tests.bench.quality --datasets big9-utomo [options]` (see `tests.bench.quality`;
`--data` is the shared data folder that holds `big9-utomo/`)."""

from __future__ import annotations

import sys

from tests.bench import quality


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return quality.main(["--datasets", "big9-utomo", *args])


if __name__ == "__main__":
    sys.exit(main())
