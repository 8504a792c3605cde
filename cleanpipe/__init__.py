"""cleanpipe: strip publisher boilerplate from web and news corpora.

The public API mirrors the CLI: `cleanpipe.run(inputs, output, config=...)`.
Heavy dependencies (trafilatura, scipy) are imported by the stages that need them,
so `import cleanpipe` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleanpipe.config import Config

__all__ = ["run"]
__version__ = "0.1.0"


def run(
    inputs: list[str],
    output: str,
    config: Config | None = None,
    overwrite: bool = False,
) -> dict[str, Any]:
    """Run the whole pipeline: read, extract, detect boilerplate, strip, write OUT.

    Args:
        inputs: files or folders (JSONL[.gz|.zst], Parquet, WARC[.gz], .html/.htm/.txt).
        output: the output folder; refused if it exists and is not empty, unless `overwrite`.
        config: the configuration; defaults to `Config()`.
        overwrite: replace an existing non-empty output folder (only once the new one is
            complete).

    Returns:
        The run statistics, as written to `OUT/stats.json`.
    """
    from cleanpipe.engine.local import run_local

    return run_local(inputs, output, config, overwrite=overwrite)
