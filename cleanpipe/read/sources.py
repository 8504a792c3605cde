"""Input paths (files and folders) to the ordered list of files to read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cleanpipe.errors import InputError

# (ending, kind), longest endings first so ".jsonl.gz" is not mistaken for something else.
_ENDINGS: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".jsonl.zst", "jsonl"),
    (".warc.gz", "warc"),
    (".jsonl", "jsonl"),
    (".parquet", "parquet"),
    (".warc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "text"),
)

SUPPORTED = ", ".join(ending for ending, _ in _ENDINGS)


@dataclass(frozen=True)
class Source:
    """One input file. `path` is spelled as given (or as found under `root`), not resolved;
    `root` is the folder argument it was found under, None when the file was given itself."""

    path: Path
    root: Path | None
    kind: str  # "jsonl" | "parquet" | "warc" | "html" | "text"


def kind_of(name: str) -> str | None:
    """The reader kind for a file name, from its ending (case-insensitive)."""
    lower = name.lower()
    for ending, kind in _ENDINGS:
        if lower.endswith(ending):
            return kind
    return None


def expand_inputs(paths: list[str]) -> list[Source]:
    """Files and folders -> the sources to read, sorted by resolved path and de-duplicated.

    Folders are walked recursively, skipping hidden files and folders and files with
    unsupported endings. A file reached twice (given twice, through two folder arguments,
    through a symlink) is read once, from the spelling that does not depend on argument
    order: found under a folder beats given directly, the outermost folder wins, then the
    smallest path string.
    """
    chosen: dict[Path, Source] = {}
    for raw in paths:
        for source in _sources_of(raw):
            key = source.path.resolve()
            current = chosen.get(key)
            if current is None or _preference(source) < _preference(current):
                chosen[key] = source
    return [chosen[key] for key in sorted(chosen)]


def _preference(source: Source) -> tuple[bool, int, str]:
    depth = len(source.root.resolve().parts) if source.root is not None else 0
    return (source.root is None, depth, str(source.path))


def _sources_of(raw: str) -> list[Source]:
    path = Path(raw)
    if not path.exists():
        raise InputError(f"{raw}: no such file or folder")
    if path.is_dir():
        found = _walk(path)
        if not found:
            raise InputError(f"{raw}: folder has no input files ({SUPPORTED})")
        return found
    kind = kind_of(path.name)
    if kind is None:
        raise InputError(f"{raw}: unsupported file type (expected {SUPPORTED})")
    return [Source(path=path, root=None, kind=kind)]


def _walk(root: Path) -> list[Source]:
    def fail(error: OSError) -> None:
        raise InputError(f"{error.filename or root}: cannot read folder: {error.strerror}")

    found = []
    for folder, subfolders, files in os.walk(root, onerror=fail):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            kind = kind_of(name)
            if kind is not None and not name.startswith("."):
                found.append(Source(path=Path(folder) / name, root=root, kind=kind))
    return found
