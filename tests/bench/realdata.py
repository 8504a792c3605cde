"""The real data sets of the quality benchmark, and the systems' runs on them: the extractors
alone (trafilatura, resiliparse) and `cleanpipe.run` (its input written, its output read).

The data live in `../shared/data` beside the repository (see each folder's SOURCE.md). Their
licences are research-only or unstated: pages and gold texts are read from there at run time
and must never be copied into this repository.

Gold data sets (raw HTML + human gold text):

    big9-utomo        360 news pages, 9 sites x 4 years; publisher = site@year (templates
                      change between years); no URLs. 164 gold files are cp1252, not UTF-8.
    cleanportaleval   71 pages of 4 portals; publisher = portal (`site`); gold in CleanEval
                      format ("URL: ..." line, then <h>/<p>/<l> blocks, HTML entities).
    scrapinghub-aeb   181 article pages of ~126 sites; publisher = `site` (URL host); gold in
                      ground-truth.json. The negative control: almost no site repeats.

Text data set (no gold): fakenewscorpus-sample, 250 articles extracted by `newspaper`;
publisher = registered domain of `url`, else of `domain`.

Every page is decoded once with trafilatura's `decode_file` (UTF-8, else a detected
encoding), and that string goes to every system.
"""

from __future__ import annotations

import csv
import gzip
import html as html_lib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BIG9 = "big9-utomo"
CLEANPORTALEVAL = "cleanportaleval"
AEB = "scrapinghub-aeb"
FAKENEWS = "fakenewscorpus-sample"
GOLD_DATASETS = (BIG9, CLEANPORTALEVAL, AEB)

_CLEANEVAL_TAG = re.compile(r"<[hpl]>", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """One HTML page with its gold main text."""

    id: str
    site: str  # the unit of the per-site tables
    publisher: str  # the scope cleanpipe learns boilerplate in
    url: str | None
    html: str
    gold: str


@dataclass(frozen=True)
class Article:
    """One already extracted text, without gold."""

    id: str
    publisher: str
    url: str | None
    text: str


@dataclass(frozen=True)
class Removal:
    """One cut cleanpipe made: offsets into the extracted text and its cluster."""

    start: int
    end: int
    cluster: str


@dataclass(frozen=True)
class CleanDoc:
    publisher: str
    text: str
    removed: tuple[Removal, ...]


@dataclass(frozen=True)
class CleanOutput:
    """What one `cleanpipe.run` wrote: documents by id, boilerplate rows, run stats."""

    docs: dict[str, CleanDoc]
    boilerplate: list[dict[str, Any]]
    stats: dict[str, Any]


def present(data: Path, name: str) -> bool:
    marker = "news_sample.csv" if name == FAKENEWS else "manifest.csv"
    return (data / name / marker).is_file()


def load_gold(data: Path, name: str) -> list[Page]:
    """The pages of gold data set `name` under `data`, in manifest order."""
    loaders: dict[str, Callable[[Path], list[Page]]] = {
        BIG9: load_big9,
        CLEANPORTALEVAL: load_cleanportaleval,
        AEB: load_aeb,
    }
    return loaders[name](data / name)


def load_big9(folder: Path) -> list[Page]:
    return [
        Page(
            row["id"],
            row["site"],
            row["site_year"],
            None,
            read_html(folder / row["html"]),
            read_text(folder / row["gold"]),
        )
        for row in _manifest(folder)
    ]


def load_cleanportaleval(folder: Path) -> list[Page]:
    return [
        Page(
            row["id"],
            row["site"],
            row["site"],
            row["url"] or None,
            read_html(folder / row["html"]),
            cleaneval_text(read_text(folder / row["gold"])),
        )
        for row in _manifest(folder)
    ]


def load_aeb(folder: Path) -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            row["id"],
            row["site"],
            row["site"],
            row["url"] or None,
            read_html(folder / row["html"]),
            truth[row["id"]]["articleBody"],
        )
        for row in _manifest(folder)
    ]


def load_fakenews(data: Path) -> list[Article]:
    """The articles of fakenewscorpus-sample with a non-blank `content`, in file order."""
    from cleanpipe.read.publisher import publisher_of_host

    articles = []
    path = data / FAKENEWS / "news_sample.csv"
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["content"].strip():
                continue
            url = row["url"] or None
            # As cleanpipe scopes a URL by default (x.wordpress.com is its own publisher).
            host = (url or "").split("://")[-1].split("/")[0]
            publisher = (
                publisher_of_host(host) if host else None
            ) or publisher_of_host(row["domain"]) or "unknown"
            articles.append(Article(row["id"], publisher, url, row["content"]))
    return articles


def _manifest(folder: Path) -> list[dict[str, str]]:
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_html(path: Path) -> str:
    from trafilatura.utils import decode_file

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        return str(decode_file(f.read()))


def read_text(path: Path) -> str:
    """A gold file as UTF-8, falling back to cp1252 (many Big9 gold files are cp1252)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def cleaneval_text(gold: str) -> str:
    """The plain text of a CleanEval gold file: no "URL:" line, no tags, no entities; one
    line per <h>/<p>/<l> block (the file wraps blocks over several lines)."""
    lines = gold.splitlines()
    if lines and lines[0].startswith("URL:"):
        lines = lines[1:]
    blocks = _CLEANEVAL_TAG.split("\n".join(lines))
    return "\n".join(" ".join(html_lib.unescape(b).split()) for b in blocks if b.strip())


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def page_records(pages: Iterable[Page]) -> Iterable[dict[str, Any]]:
    for p in pages:
        record: dict[str, Any] = {"id": p.id, "html": p.html, "publisher": p.publisher}
        if p.url:
            record["url"] = p.url
        yield record


def article_records(articles: Iterable[Article]) -> Iterable[dict[str, Any]]:
    for a in articles:
        record: dict[str, Any] = {"id": a.id, "text": a.text, "publisher": a.publisher}
        if a.url:
            record["url"] = a.url
        yield record


def read_output(out: Path) -> CleanOutput:
    """The documents, boilerplate table and stats of a finished cleanpipe run in `out`."""
    import pyarrow.parquet as pq

    docs: dict[str, CleanDoc] = {}
    for part in sorted((out / "docs").glob("*.parquet")):
        table = pq.read_table(part, columns=["id", "publisher", "text", "removed"])
        for row in table.to_pylist():
            removed = tuple(Removal(r["start"], r["end"], r["cluster"]) for r in row["removed"])
            docs[str(row["id"])] = CleanDoc(row["publisher"], row["text"], removed)
    boilerplate = pq.read_table(out / "boilerplate.parquet").to_pylist()
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    return CleanOutput(docs, boilerplate, stats)


def removed_texts(source: str, removed: Iterable[Removal]) -> list[tuple[str, str]]:
    """(cluster, text) of each cut, its surrounding white space dropped."""
    return [(r.cluster, source[r.start : r.end].strip()) for r in removed]


def clip(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters, quoted (for report tables)."""
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def cut(source: str, removed: Iterable[Removal]) -> str:
    """`source` with the removed spans cut out (what cleanpipe's `text` must equal)."""
    pieces, at = [], 0
    for r in sorted(removed, key=lambda r: r.start):
        pieces.append(source[at : r.start])
        at = r.end
    pieces.append(source[at:])
    return "".join(pieces)


def trafilatura_options() -> dict[str, Any]:
    """trafilatura.extract keyword arguments matching cleanpipe's default ExtractConfig."""
    from cleanpipe.config import ExtractConfig

    cfg = ExtractConfig()
    return {
        "output_format": "txt",
        "favor_precision": cfg.favor_precision,
        "favor_recall": cfg.favor_recall,
        "include_comments": cfg.include_comments,
        "include_tables": cfg.include_tables,
        "include_links": cfg.include_links,
        "include_formatting": cfg.include_formatting,
        "with_metadata": False,
    }


def extract_trafilatura(pages: list[Page], dedup: bool) -> dict[str, str | None]:
    import trafilatura
    from trafilatura.deduplication import LRUCache
    from trafilatura.settings import LRU_SIZE

    options = trafilatura_options()
    deduplicate: bool | LRUCache = LRUCache(maxsize=LRU_SIZE) if dedup else False
    return {
        p.id: trafilatura.extract(p.html, url=p.url, deduplicate=deduplicate, **options)
        for p in pages
    }


def extract_resiliparse(pages: list[Page]) -> dict[str, str | None]:
    """cleanpipe's own resiliparse wrapper when it has one, else resiliparse's main content."""
    import importlib

    from cleanpipe.config import ExtractConfig

    cfg = ExtractConfig(extractor="resiliparse")
    try:
        wrapper = importlib.import_module("cleanpipe.extract.resiliparse").extract_html
        return {p.id: wrapper(p.html, p.url, cfg) for p in pages}
    except (ImportError, AttributeError):
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        return {
            p.id: extract_plain_text(HTMLTree.parse(p.html), main_content=True) or None
            for p in pages
        }


def clean(records: Iterable[dict[str, Any]], extractor: str, tmp: Path) -> CleanOutput:
    """`cleanpipe.run` with the default Config (run.workers included) but `extractor`, on
    `records` written to `tmp/input.jsonl.gz`; its output is read back from `tmp/out`."""
    import cleanpipe
    from cleanpipe.config import Config, ExtractConfig

    tmp.mkdir(parents=True, exist_ok=True)
    source = tmp / "input.jsonl.gz"
    write_jsonl(records, source)
    config = Config(extract=ExtractConfig(extractor=extractor))
    cleanpipe.run([str(source)], str(tmp / "out"), config=config, overwrite=True)
    return read_output(tmp / "out")
