"""Peer systems for the benchmarks: exact line-level dedup, the baseline cleanpipe must beat.

Two peers, both taking documents as ``(id, publisher, text)`` and returning the kept text
per id:

``ccnet_line_dedup``
    CCNet-style exact dedup in plain Python, one process: each line is normalised (lower
    case, digits -> 0, punctuation and white space removed), hashed, and a line is dropped
    from every document where it occurs when its hash occurs in at least ``min_docs``
    documents of the same publisher (CCNet drops every copy, not all but one). Lines that
    normalise to nothing (blank, punctuation-only) are never counted and always kept. The
    kept text is the kept lines joined by "\\n", blank lines included, so a document whose
    lines are all kept comes back unchanged.

``datatrove_line_dedup``
    datatrove's sentence dedup in line mode (``SentDedupConfig(split_sentences=False,
    n_sentences=1)``): ``SentenceDedupSignature`` -> ``SentenceFindDedups`` ->
    ``SentenceDedupFilter`` on a ``LocalPipelineExecutor`` (spawn), reading JSONL.gz with
    ``JsonlReader``. datatrove keeps the first occurrence of a line in the whole corpus and
    drops the later ones, across publishers; its kept text joins the kept lines with "\\n"
    (blank lines go). Its document filters (``min_doc_words``, ``min_num_sentences``) are
    off, but datatrove still drops a document left with no text: it comes back as "".
    `run_datatrove` runs the same pipeline on JSONL.gz files that already exist (what the
    speed benchmark times).

``trafilatura_texts``
    trafilatura alone, the extraction that cleanpipe's HTML path starts with:
    `trafilatura.extract` with `deduplicate=False` and the options of cleanpipe's default
    `ExtractConfig`, over a spawn pool of `workers` processes.

datatrove and its runtime needs (orjson for JSONL; xxhash < 4 for the default hash;
tokenizers, which `datatrove.pipeline.dedup` imports) are imported only by the datatrove
peer. The default English word tokenizer would need spaCy, which line mode never calls, so
a whitespace tokenizer is passed in its place.
"""

from __future__ import annotations

import gzip
import json
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

_DIGITS = re.compile(r"\d")
# Everything but letters and digits: Unicode punctuation, symbols and white space.
_STRIP = re.compile(r"[\W_]+")


def normalise_line(line: str) -> str:
    """CCNet's dedup normalisation: lower case, digits -> 0, punctuation and white space
    removed (so "Copyright 2017, ACME." and "copyright 2019 acme" are the same line)."""
    return _STRIP.sub("", _DIGITS.sub("0", line.lower()))


def ccnet_line_dedup(docs: Iterable[tuple[str, str, str]], min_docs: int = 3) -> dict[str, str]:
    """Drop every line whose normalised hash occurs in >= `min_docs` documents of the
    document's publisher. Returns the kept text per id (see the module docstring)."""
    corpus: Sequence[tuple[str, str, str]] = docs if isinstance(docs, Sequence) else list(docs)
    return dict(iter_ccnet_line_dedup(corpus, min_docs))


def iter_ccnet_line_dedup(
    corpus: Sequence[tuple[str, str, str]], min_docs: int = 3
) -> Iterator[tuple[str, str]]:
    """`ccnet_line_dedup` as a stream of (id, kept text), in corpus order: the caller need
    not hold every output at once (the speed benchmark's 1M-document run)."""
    if min_docs < 1:
        raise ValueError("min_docs must be >= 1")
    # Pass 1: per publisher, how many documents each line hash occurs in. Per document,
    # one int64 per line (0: blank after normalisation; a str hash is never 0 in practice).
    doc_lines: list[array[int]] = []
    counts: dict[str, dict[int, int]] = {}
    for _id, publisher, text in corpus:
        per_pub = counts.setdefault(publisher, {})
        hashes = array("q", [hash(k) if k else 0 for k in map(normalise_line, text.split("\n"))])
        for h in set(hashes):
            if h:
                per_pub[h] = per_pub.get(h, 0) + 1
        doc_lines.append(hashes)
    frequent = {
        publisher: {h for h, n in per_pub.items() if n >= min_docs}
        for publisher, per_pub in counts.items()
    }
    del counts
    # Pass 2: cut the frequent lines.
    for (doc_id, publisher, text), hashes in zip(corpus, doc_lines, strict=True):
        drop = frequent[publisher]
        if drop.isdisjoint(hashes):
            yield doc_id, text
            continue
        lines = text.split("\n")
        yield doc_id, "\n".join(
            line for line, h in zip(lines, hashes, strict=True) if not h or h not in drop
        )


def write_jsonl_gz(docs: Iterable[tuple[str, str, str]], path: Path) -> int:
    """Write docs as JSONL.gz records {id, publisher, text}; returns the number written."""
    n = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        for doc_id, publisher, text in docs:
            f.write(json.dumps({"id": doc_id, "publisher": publisher, "text": text}) + "\n")
            n += 1
    return n


def datatrove_line_dedup(
    docs: Iterable[tuple[str, str, str]], workdir: Path, workers: int, tasks: int | None = None
) -> dict[str, str]:
    """datatrove's line-mode sentence dedup over `docs`; the kept text per id.

    `workdir` receives the input JSONL.gz, signatures, duplicates, logs and output; it
    must be empty or absent (datatrove skips tasks it finds completed there)."""
    workdir = Path(workdir)
    (workdir / "input").mkdir(parents=True, exist_ok=True)
    ids: list[str] = []

    def remember() -> Iterable[tuple[str, str, str]]:
        for doc in docs:
            ids.append(doc[0])
            yield doc

    write_jsonl_gz(remember(), workdir / "input" / "docs.jsonl.gz")
    kept = read_datatrove_output(run_datatrove(workdir / "input", workdir, workers, tasks=tasks))
    return {doc_id: kept.get(doc_id, "") for doc_id in ids}


def dedup_config() -> Any:
    """The line-mode configuration: one line per hash, no document filters."""
    from datatrove.pipeline.dedup.sentence_dedup import SentDedupConfig

    return SentDedupConfig(
        n_sentences=1, split_sentences=False, min_doc_words=0, min_num_sentences=0
    )


def run_datatrove(
    input_folder: Path, workdir: Path, workers: int, glob: str = "*.jsonl.gz",
    tasks: int | None = None,
) -> Path:
    """Run the three datatrove stages on the JSONL.gz files of `input_folder` (fields id
    and text) with `tasks` tasks (default: `workers`) and `workers` processes per stage;
    returns the output folder (`*.jsonl.gz` with the kept documents).

    With one worker datatrove runs the tasks one after another in this process, which
    spares three pools of spawned interpreters: the output is the same, since it depends on
    the tasks, not on the processes that run them."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.sentence_dedup import (
        SentenceDedupFilter,
        SentenceDedupSignature,
        SentenceFindDedups,
    )
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.utils.word_tokenizers import WhitespaceTokenizer

    _check_xxhash()
    workers = max(1, workers)
    tasks = max(1, tasks or workers)
    workdir = Path(workdir)
    cfg = dedup_config()
    sigs, dups, out = workdir / "sigs", workdir / "dups", workdir / "output"

    def reader() -> Any:
        return JsonlReader(str(input_folder), glob_pattern=glob, text_key="text", id_key="id")

    def executor(pipeline: list[Any], name: str, depends: Any = None) -> Any:
        return LocalPipelineExecutor(
            pipeline=pipeline,
            tasks=tasks,
            workers=workers,
            logging_dir=str(workdir / "logs" / name),
            depends=depends,
            start_method="spawn",
        )

    tokenizer = WhitespaceTokenizer()
    stage1 = executor(
        [
            reader(),
            SentenceDedupSignature(
                output_folder=str(sigs), finder_workers=tasks, config=cfg, language=tokenizer
            ),
        ],
        "signature",
    )
    stage2 = executor(
        [SentenceFindDedups(data_folder=str(sigs), output_folder=str(dups), config=cfg)],
        "find",
        stage1,
    )
    stage3 = executor(
        [
            reader(),
            SentenceDedupFilter(data_folder=str(dups), config=cfg, language=tokenizer),
            JsonlWriter(str(out)),
        ],
        "filter",
        stage2,
    )
    stage3.run()
    return out


def _check_xxhash() -> None:
    import xxhash

    if int(xxhash.VERSION.split(".")[0]) >= 4:
        raise RuntimeError(
            f"datatrove 0.10 hashes str with xxhash, which xxhash {xxhash.VERSION} refuses "
            "(TypeError: Strings must be encoded before hashing): install 'xxhash>=3.4,<4'"
        )


def read_datatrove_output(out: Path) -> dict[str, str]:
    """The kept text per id from a datatrove output folder."""
    kept: dict[str, str] = {}
    for path in sorted(Path(out).glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                kept[str(record["id"])] = record["text"]
    return kept


def trafilatura_text(html: str, url: str | None) -> str | None:
    """One page through trafilatura with cleanpipe's default extraction options."""
    import trafilatura

    from cleanpipe.config import ExtractConfig

    cfg = ExtractConfig()
    return trafilatura.extract(
        html, url=url, output_format="txt", deduplicate=False, with_metadata=False,
        favor_precision=cfg.favor_precision, favor_recall=cfg.favor_recall,
        include_comments=cfg.include_comments, include_tables=cfg.include_tables,
        include_links=cfg.include_links, include_formatting=cfg.include_formatting,
    )


def trafilatura_texts(pages: Sequence[tuple[str, str | None]], workers: int) -> list[str | None]:
    """The text of each (html, url) page, in order; `workers` spawned processes (<= 1: in
    this process)."""
    htmls, urls = [p[0] for p in pages], [p[1] for p in pages]
    if workers <= 1:
        return [trafilatura_text(h, u) for h, u in zip(htmls, urls, strict=True)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(trafilatura_text, htmls, urls, chunksize=8))
