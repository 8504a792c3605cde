"""Scale corpora for the speed benchmark: unique documents in planted publisher boilerplate.

    .venv/bin/python -m tests.bench.scale_corpus --sizes 10k,100k [--seed S] [--html 2000]

Content: a word-level Markov chain of order 2, trained at run time on the gold texts in
`../shared/data` (Big9 gold, CleanPortalEval gold, Scrapinghub AEB `articleBody`; research
licence: read there, never copied into the repository), sampled for all documents of a part
at once with numpy (many chains in parallel). A document has 200-2,000 words (log-normal,
mean ~900) in 5-20 paragraphs cut at sentence ends, and a title. Boilerplate: the families
of `cleanpipe.sample`'s eight publisher styles, rendered with its slot and small-edit
functions, for ~N/500 synthetic publishers (each a renamed copy of one style) with Zipf
sizes. URLs are https://<sub><domain>/<path>, so the publisher is the URL's domain.

Written under `build/bench/scale-<size>-s<seed>-v<V>/`: `jsonl/part-*.jsonl.gz` and
`parquet/part-*.parquet` (id, url, text; 5,000 documents a part) and `manifest.json`
(documents, text bytes, publishers), reused when present. Parts are generated in a spawn
pool and depend only on (size, seed, part), so any worker count gives the same bytes.

The HTML variant (`html-<pages>-s<seed>-v<V>/pages.jsonl.gz`: id, url, html): the Big9
pages cycled, each assigned to one of 16 synthetic publishers (https://<domain>/<id>) with
that publisher's header and footer lines injected as <p> elements just before the page's
first <p> and after its last </p>.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import csv
import dataclasses
import datetime as dt
import gzip
import html
import json
import multiprocessing
import os
import random
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from cleanpipe.sample import vocab as V
from cleanpipe.sample.corpus import FIRST_DAY, N_DAYS
from cleanpipe.sample.model import CONTENT, Line, PlantedDoc, boilerplate_label
from cleanpipe.sample.publishers import all_styles
from cleanpipe.sample.templates import (
    FOOTER,
    HEADER,
    MIDDLE,
    PublisherStyle,
    date_slots,
    pool_slots,
    render,
)

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
CACHE = REPO / "build" / "bench"
VERSION = 2  # bump when the output changes, so stale caches are not reused
DOCS_PER_PART = 5_000  # small parts, so peers that shard by file get work for every worker
PUBLISHER_DOCS = 500  # ~documents per publisher: N/500 publishers
CHAINS = 4096  # Markov chains sampled in parallel per part
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_NOT_END = {"mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "no.", "vs.", "u.s.", "inc."}
_PLACES = ("Ashford Brookline Carrow Dunmore Eastleigh Fairhaven Glenwood Harlow Islington "
           "Kestrel Lakeside Marlow Newbury Oakridge Pinehurst Quarry Redcliff Stanmore "
           "Thornbury Upton Westbrook Yarrow Ambler Bexley Clareview Denholm Elmstead Fenwick "
           "Grantham Holloway Ivybridge Juniper Kingsbury Larkfield Milbrook Northgate Orwell "
           "Penrose Rosedale Silverton").split()
_KINDS = "Herald Courier Chronicle Tribune Post Times Gazette Review Dispatch Record Echo Star"


class DataMissing(RuntimeError):
    pass


def parse_size(text: str) -> int:
    """'10k' -> 10_000, '1m' -> 1_000_000, '2500' -> 2500."""
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # 164 of Big9's gold files


def training_texts(data: Path = DATA) -> list[str]:
    """The gold texts the Markov model learns from; DataMissing when the data is absent."""
    big9, portal = data / "big9-utomo" / "gold", data / "cleanportaleval" / "gold"
    truth = data / "scrapinghub-aeb" / "ground-truth.json"
    if not (big9.is_dir() and portal.is_dir() and truth.is_file()):
        raise DataMissing(f"research data not found under {data} (read at run time)")
    texts = [_read_text(p) for p in sorted(big9.glob("*.txt"))]
    for p in sorted(portal.glob("*.txt")):  # markup: "URL: ..." line, <h>/<p>/<l> tags
        text = re.sub(r"^URL:.*$|<[a-z]+>", " ", _read_text(p), flags=re.M)
        texts.append(html.unescape(text))
    records = json.loads(truth.read_text(encoding="utf-8"))
    texts += [r["articleBody"] for _, r in sorted(records.items()) if r.get("articleBody")]
    return [t for t in texts if _english(t)]


def _english(text: str) -> bool:
    """Mostly Latin letters: AEB has Russian, Chinese... articles, which would make islands
    of foreign text in the chain."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) >= 0.97 * len(letters)


@dataclasses.dataclass(frozen=True)
class Markov:
    """Order-2 word chain over the training tokens, read as one cyclic sequence (no dead
    ends). A state is a position q (last two words tok[q], tok[q+1]); a step picks a uniform
    position r with the same two words and moves to r+1, emitting tok[r+2]."""

    vocab: np.ndarray  # word strings (object array)
    is_end: np.ndarray  # per word id: ends a sentence
    last: np.ndarray  # per position q: the word it emitted, tok[q+1]
    first: np.ndarray  # per position: first index, in `succ`, of its state's group
    size: np.ndarray  # per position: size of its state's group
    succ: np.ndarray  # positions sorted by state, plus one (the next state)

    @classmethod
    def train(cls, texts: list[str]) -> Markov:
        words = [w for t in texts for w in t.split()]
        vocab, tok = np.unique(np.array(words, dtype=object), return_inverse=True)
        tok = tok.astype(np.int64)
        n, nv = len(tok), len(vocab)
        key = tok * nv + np.roll(tok, -1)
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
        sizes = np.diff(np.r_[starts, n])
        group = np.empty(n, np.int64)
        group[order] = np.repeat(np.arange(len(starts)), sizes)
        is_end = np.array([bool(_END.search(w)) and w.lower() not in _NOT_END for w in vocab])
        return cls(vocab, is_end, np.roll(tok, -1).astype(np.int32),
                   starts[group], sizes[group].astype(np.int32), (order + 1) % n)

    def sample(self, n_words: int, rng: np.random.Generator) -> np.ndarray:
        """`n_words` word ids: CHAINS chains run side by side, concatenated."""
        steps = -(-n_words // CHAINS)
        q = rng.integers(0, len(self.last), CHAINS)
        out = np.empty((steps, CHAINS), np.int32)
        for t in range(steps):
            pick = (rng.random(CHAINS) * self.size[q]).astype(np.int64)
            q = self.succ[self.first[q] + pick]
            out[t] = self.last[q]
        return out.T.ravel()[:n_words]


def _layout(n_docs: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per document: word count, paragraph count, title length."""
    words = np.clip(rng.lognormal(np.log(800), 0.5, n_docs), 200, 2000).astype(np.int64)
    paras = np.clip(np.rint(words / rng.uniform(55, 110, n_docs)), 5, 20).astype(np.int64)
    return words, paras, rng.integers(6, 15, n_docs)


def _bodies(model: Markov, n_docs: int, rng: np.random.Generator) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) per document, paragraphs ending at sentence ends."""
    words, paras, titles = _layout(n_docs, rng)
    segs: list[np.ndarray] = []  # per document: title target, then paragraph lengths
    for w, p, t in zip(words.tolist(), paras.tolist(), titles.tolist(), strict=True):
        share = rng.gamma(3.0, size=p)
        segs.append(np.r_[t, np.maximum(1, np.rint(w * share / share.sum()))])
    lengths = np.concatenate(segs).astype(np.int64)
    total = int(lengths.sum())
    stream = model.sample(total + total // 5 + 1000, rng)
    ends = np.flatnonzero(model.is_end[stream]) + 1
    targets = np.r_[0, np.cumsum(lengths)]
    cut = ends[np.minimum(np.searchsorted(ends, targets), len(ends) - 1)]
    cut = np.maximum.accumulate(np.maximum(cut, targets)).tolist()
    text = model.vocab[stream[: cut[-1]]].tolist()
    out, k = [], 0
    for p in paras.tolist():
        start, title_len = cut[k], int(lengths[k])
        title = " ".join(text[start : min(start + title_len, cut[k + 1])]).rstrip(".,;:!?\"'")
        body = [" ".join(text[a:b]) for a, b in zip(cut[k + 1 : k + p + 1], cut[k + 2 : k + p + 2],
                                                    strict=True) if b > a]
        if not body:  # a sentence longer than the document: take the words as they come
            body = [" ".join(text[cut[k + 1] : cut[k + 1] + 300])]
        out.append(((title[:1].upper() + title[1:]) or body[0][:60], body))
        k += p + 1
    return out


def publisher_styles(n: int) -> list[PublisherStyle]:
    """`n` synthetic publishers: copies of the bundled styles with new names and domains."""
    kinds, base = _KINDS.split(), all_styles()
    styles = []
    for j in range(n):
        style = base[j % len(base)]
        cycle = j // (len(_PLACES) * len(kinds))
        # j and j + 40m get kinds 5m apart (mod 12): 480 distinct names before a suffix
        name = f"{_PLACES[j % len(_PLACES)]} {kinds[(j + j // len(_PLACES)) % len(kinds)]}"
        name += f" {cycle + 1}" if cycle else ""
        tld = style.domain.split(".", 1)[1]
        domain = name.lower().replace(" ", "") + "." + tld
        old_site = style.site.removeprefix("The ")
        site = ("The " if style.site.startswith("The ") else "") + name

        def sub(s: str, old_site: str = old_site, old: str = style.domain,
                domain: str = domain, name: str = name) -> str:
            return s.replace(old, domain).replace(old_site, name)

        families = tuple(
            dataclasses.replace(f, wordings=tuple((d, sub(w)) for d, w in f.wordings))
            for f in style.families
        )
        styles.append(dataclasses.replace(
            style, domain=domain, site=site, families=families,
            constants={k: sub(v) for k, v in style.constants.items()},
            pools={k: tuple(sub(x) for x in v) for k, v in style.pools.items()},
        ))
    return styles


def wrap(style: PublisherStyle, n: int, title: str, paragraphs: list[str],
         authors: list[str], rng: random.Random) -> PlantedDoc:
    """One document of `style`: the title, `paragraphs` and the publisher's families as in
    `cleanpipe.sample` (share, position, wording by date, slots, small edits)."""
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS))
    section = rng.choice(style.sections)
    values = {"site": style.site, "domain": style.domain, "section": section,
              "section_cap": section.capitalize(),
              "author": rng.choices(authors, [1 / (i + 1) ** 0.8 for i in range(len(authors))])[0]}
    values.update(style.constants)
    values.update(date_slots(date, rng))
    values.update(pool_slots(style.pools, rng))
    header, body = [Line(title, CONTENT)], [Line(p, CONTENT) for p in paragraphs]
    footer: list[Line] = []
    for fam in style.families:
        label = boilerplate_label(style.domain, fam.name)
        for _ in range(fam.max_count if fam.where == MIDDLE else 1):
            if rng.random() >= fam.share:
                continue
            line = Line(render(fam.wording(date), values, rng), label)
            if fam.where == MIDDLE:
                body.insert(rng.randint(1, max(1, len(body) - 1)), line)
            else:
                (header if fam.where == HEADER else footer).append(line)
    sub = rng.choices([h for h, _ in style.subdomains], [w for _, w in style.subdomains])[0]
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "article"
    path = style.url_path.format(section=section, yyyy=date.year, mm=f"{date.month:02d}",
                                 dd=f"{date.day:02d}", slug=slug, n=5_100_000 + n)
    return PlantedDoc(id=f"d{n:08d}", url=f"https://{sub}{style.domain}{path}",
                      publisher=style.domain, lines=tuple(header + body + footer),
                      section=section)


def _authors(style: PublisherStyle, seed: int, j: int) -> list[str]:
    rng = random.Random(f"{seed}/authors/{j}")
    return sorted({f"{rng.choice(V.FIRST_NAMES)} {rng.choice(V.SURNAMES)}"
                   for _ in range(style.n_authors)})


def _doc_publishers(n_docs: int, seed: int) -> np.ndarray:
    n_pub = max(1, round(n_docs / PUBLISHER_DOCS))
    weights = 1.0 / np.arange(1, n_pub + 1)  # Zipf: the k-th publisher has 1/k of the first
    rng = np.random.default_rng([seed, n_docs, 0])
    return rng.choice(n_pub, size=n_docs, p=weights / weights.sum())


def _write_part(model: Markov, n_docs: int, seed: int, part: int, folder: Path) -> int:
    """Generate and write one part; returns its text bytes (UTF-8)."""
    lo, hi = part * DOCS_PER_PART, min(n_docs, (part + 1) * DOCS_PER_PART)
    pubs = _doc_publishers(n_docs, seed)[lo:hi]
    styles = publisher_styles(int(pubs.max()) + 1)
    authors: dict[int, list[str]] = {}
    rng = random.Random(f"{seed}/{n_docs}/{part}")
    bodies = _bodies(model, hi - lo, np.random.default_rng([seed, n_docs, part + 1]))
    ids, urls, texts = [], [], []
    for i, (j, (title, paragraphs)) in enumerate(zip(pubs.tolist(), bodies, strict=True)):
        if j not in authors:
            authors[j] = _authors(styles[j], seed, j)
        doc = wrap(styles[j], lo + i, title, paragraphs, authors[j], rng)
        ids.append(doc.id)
        urls.append(doc.url)
        texts.append(doc.text)
    name = f"part-{part:05d}"
    lines = "".join(json.dumps({"id": a, "url": b, "text": c}) + "\n"
                    for a, b, c in zip(ids, urls, texts, strict=True))
    with gzip.open(folder / "jsonl" / f"{name}.jsonl.gz", "wb", compresslevel=1) as f:
        f.write(lines.encode("utf-8"))
    table = pa.table({"id": ids, "url": urls, "text": texts})
    pq.write_table(table, folder / "parquet" / f"{name}.parquet", compression="zstd")
    return sum(len(t.encode("utf-8")) for t in texts)


def scale_corpus(n_docs: int, seed: int = 0, workers: int = 0, cache: Path = CACHE,
                 data: Path = DATA) -> Path:
    """The folder of the `n_docs` corpus (generated unless cached); see the module doc."""
    folder = cache / f"scale-{n_docs}-s{seed}-v{VERSION}"
    if (folder / "manifest.json").is_file():
        return folder
    model = Markov.train(training_texts(data))
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "jsonl").mkdir(parents=True)
    (tmp / "parquet").mkdir()
    parts = range(-(-n_docs // DOCS_PER_PART))
    workers = min(workers or os.cpu_count() or 1, len(parts))
    if workers <= 1:
        sizes = [_write_part(model, n_docs, seed, p, tmp) for p in parts]
    else:
        ctx = multiprocessing.get_context("spawn")
        with cf.ProcessPoolExecutor(workers, mp_context=ctx) as pool:
            sizes = list(pool.map(_write_part, *zip(*[(model, n_docs, seed, p, tmp)
                                                      for p in parts], strict=True)))
    manifest = {"documents": n_docs, "text_bytes": sum(sizes), "parts": len(parts),
                "publishers": int(_doc_publishers(n_docs, seed).max()) + 1, "seed": seed}
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1))
    tmp.rename(folder)
    return folder


def html_corpus(n_pages: int = 2000, seed: int = 0, cache: Path = CACHE,
                data: Path = DATA, n_publishers: int = 16) -> Path:
    """The folder of the HTML variant (generated unless cached); see the module doc."""
    folder = cache / f"html-{n_pages}-s{seed}-v{VERSION}"
    if (folder / "manifest.json").is_file():
        return folder
    big9 = data / "big9-utomo"
    if not (big9 / "manifest.csv").is_file():
        raise DataMissing(f"Big9 pages not found under {big9}")
    from trafilatura.utils import decode_file

    with open(big9 / "manifest.csv", newline="", encoding="utf-8") as f:
        paths = [big9 / row["html"] for row in csv.DictReader(f)]
    pages = [decode_file(gzip.decompress(p.read_bytes())) for p in paths]
    styles, rng = publisher_styles(n_publishers), random.Random(f"{seed}/html")
    authors = [_authors(s, seed, j) for j, s in enumerate(styles)]
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    n_bytes = 0
    with gzip.open(tmp / "pages.jsonl.gz", "wt", encoding="utf-8", compresslevel=1) as out:
        for i in range(n_pages):
            j = rng.randrange(n_publishers)
            doc = wrap(styles[j], i, "", [], authors[j], rng)
            where = [styles[j].family(ln.label.rpartition("/")[2]).where for ln in doc.lines[1:]]
            head = [ln.text for ln, w in zip(doc.lines[1:], where, strict=True) if w == HEADER]
            foot = [ln.text for ln, w in zip(doc.lines[1:], where, strict=True) if w == FOOTER]
            page = _inject(pages[i % len(pages)], head, foot)
            n_bytes += len(page.encode("utf-8"))
            url = f"https://{styles[j].domain}/{i:06d}"
            out.write(json.dumps({"id": f"h{i:06d}", "url": url, "html": page}) + "\n")
    manifest = {"documents": n_pages, "text_bytes": n_bytes, "publishers": n_publishers}
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1))
    tmp.rename(folder)
    return folder


def _inject(page: str, head: list[str], foot: list[str]) -> str:
    """`head` before the first <p>, `foot` after the last </p> (else at the body's ends)."""
    def block(lines: list[str]) -> str:
        return "".join(f"<p>{html.escape(t)}</p>\n" for t in lines)

    first = re.search(r"<p[\s>]", page, re.I)
    last = page.lower().rfind("</p>")
    if first is None or last < first.start():
        first = re.search(r"<body[^>]*>", page, re.I)
        at = first.end() if first else 0
        page = page[:at] + block(head) + page[at:]
        end = page.lower().rfind("</body>")
        end = len(page) if end < 0 else end
        return page[:end] + block(foot) + page[end:]
    at, last = first.start(), last + 4
    return page[:at] + block(head) + page[at:last] + block(foot) + page[last:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--html", type=int, default=2000, help="HTML pages (0: none)")
    ap.add_argument("--workers", type=int, default=0)
    args = ap.parse_args(argv)
    try:
        for size in args.sizes.split(","):
            print(scale_corpus(parse_size(size), args.seed, args.workers))
        if args.html:
            print(html_corpus(args.html, args.seed))
    except DataMissing as e:
        print(f"scale_corpus: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
