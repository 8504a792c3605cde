"""Assemble the planted corpus: articles wrapped in publisher templates, plus hard negatives,
and write it as one `<publisher>.jsonl.gz` per publisher and a `labels.jsonl.gz`."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from cleanpipe.sample import vocab as V
from cleanpipe.sample.articles import Article, ArticleWriter
from cleanpipe.sample.model import CONTENT, Line, PlantedDoc, boilerplate_label, negative_label
from cleanpipe.sample.negatives import COMMON_OWN_LINE, common_sentences, statement
from cleanpipe.sample.publishers import all_styles, allocate
from cleanpipe.sample.templates import (
    FOOTER,
    HEADER,
    MIDDLE,
    PublisherStyle,
    date_slots,
    pool_slots,
    render,
)

FIRST_DAY = dt.date(2016, 1, 1)
N_DAYS = 4 * 365
# Syndicated articles per 500 documents, and quoted statements per publisher by size.
SYNDICATED_PER_500 = 1
QUOTES_MIN_DOCS = 60  # publishers with fewer documents get no quoted statement


@dataclass
class _Slot:
    """One document to build: its publisher, number within the publisher and date."""

    style: PublisherStyle
    n: int
    date: dt.date
    section: str
    authors: list[str]
    article: Article | None = None
    syndicated: bool = False
    quotes: list[str] = field(default_factory=list)


def _authors(style: PublisherStyle, rng: random.Random) -> list[str]:
    names: list[str] = []
    while len(names) < style.n_authors:
        name = f"{rng.choice(V.FIRST_NAMES)} {rng.choice(V.SURNAMES)}"
        if name not in names:
            names.append(name)
    return names


def _plan(styles: list[PublisherStyle], counts: list[int], rng: random.Random) -> list[_Slot]:
    slots: list[_Slot] = []
    for style, count in zip(styles, counts, strict=True):
        authors = _authors(style, rng)
        for n in range(count):
            date = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS))
            slots.append(_Slot(style, n, date, rng.choice(style.sections), authors))
    return slots


def _plan_syndication(
    slots: list[_Slot], writer: ArticleWriter, n_docs: int, n_publishers: int
) -> None:
    rng = writer.rng
    if n_publishers < 2:
        return
    by_pub: dict[str, list[_Slot]] = {}
    for s in slots:
        by_pub.setdefault(s.style.domain, []).append(s)
    for _ in range(max(1, round(n_docs * SYNDICATED_PER_500 / 500))):
        free = {d: [s for s in ss if s.article is None] for d, ss in by_pub.items()}
        domains = sorted(d for d, ss in free.items() if ss)
        if len(domains) < 2:
            return
        k = min(len(domains), rng.choice((2, 2, 3)))
        weights = [len(free[d]) for d in domains]
        chosen: list[str] = []
        while len(chosen) < k:
            d = rng.choices(domains, weights=weights)[0]
            if d not in chosen:
                chosen.append(d)
        first = rng.choice(free[chosen[0]])
        article = writer.article(first.section, first.date.year)
        for i, d in enumerate(chosen):
            s = first if i == 0 else rng.choice(free[d])
            s.article, s.syndicated, s.section = article, True, first.section
            s.date = first.date + dt.timedelta(days=i and rng.randint(0, 3))


def _plan_quotes(slots: list[_Slot], writer: ArticleWriter) -> None:
    rng = writer.rng
    by_pub: dict[str, list[_Slot]] = {}
    for s in slots:
        if not s.syndicated:
            by_pub.setdefault(s.style.domain, []).append(s)
    for domain in sorted(by_pub):
        candidates = by_pub[domain]
        if len(candidates) < QUOTES_MIN_DOCS:
            continue
        n_quotes = 2 if len(candidates) < 300 else 3
        picked = rng.sample(candidates, 5 * n_quotes)
        for q in range(n_quotes):
            docs = picked[5 * q : 5 * q + rng.randint(3, 5)]
            text = statement(writer, docs[0].section, docs[0].date.year)
            for s in docs:
                s.quotes.append(text)


def _doc_slots(s: _Slot, rng: random.Random) -> dict[str, str]:
    weights = [1 / (i + 1) ** 0.8 for i in range(len(s.authors))]
    values = {
        "site": s.style.site,
        "domain": s.style.domain,
        "author": rng.choices(s.authors, weights=weights)[0],
        "section": s.section,
        "section_cap": s.section.capitalize(),
    }
    values.update(s.style.constants)
    values.update(date_slots(s.date, rng))
    values.update(pool_slots(s.style.pools, rng))
    return values


def _insert_middle(body: list[Line], line: Line, rng: random.Random) -> None:
    """Insert between two body lines, never first or last (a single line gets it after)."""
    body.insert(rng.randint(1, max(1, len(body) - 1)), line)


def _body(s: _Slot, article: Article, rng: random.Random) -> list[Line]:
    label = negative_label("syndicated") if s.syndicated else CONTENT
    body = [Line(p, label) for p in article.paragraphs]
    if not s.syndicated:
        for sentence in common_sentences(rng):
            if len(body) >= 2 and rng.random() < COMMON_OWN_LINE:
                _insert_middle(body, Line(sentence, negative_label("common")), rng)
            else:
                i = rng.randrange(len(body))
                body[i] = Line(body[i].text + " " + sentence, negative_label("common"))
    for quote in s.quotes:
        _insert_middle(body, Line(quote, negative_label("quote")), rng)
    return body


def _build(s: _Slot, rng: random.Random) -> PlantedDoc:
    assert s.article is not None
    values = _doc_slots(s, rng)
    title_label = negative_label("syndicated") if s.syndicated else CONTENT
    header: list[Line] = [Line(s.article.title, title_label)]
    body = _body(s, s.article, rng)
    footer: list[Line] = []
    for fam in s.style.families:
        label = boilerplate_label(s.style.domain, fam.name)
        template = fam.wording(s.date)
        if fam.where == MIDDLE:
            for _ in range(fam.max_count):
                if rng.random() < fam.share:
                    _insert_middle(body, Line(render(template, values, rng), label), rng)
            continue
        if rng.random() >= fam.share:
            continue
        line = Line(render(template, values, rng), label)
        (header if fam.where == HEADER else footer).append(line)
        assert fam.where in (HEADER, FOOTER)
    subdomain = rng.choices([h for h, _ in s.style.subdomains], [w for _, w in s.style.subdomains])
    slug = re.sub(r"[^a-z0-9]+", "-", s.article.title.lower()).strip("-")
    if len(slug) > 70:
        slug = slug[:71].rsplit("-", 1)[0]
    path = s.style.url_path.format(
        section=s.section, yyyy=s.date.year, mm=f"{s.date.month:02d}", dd=f"{s.date.day:02d}",
        slug=slug, n=5_100_000 + s.n * 37,
    )
    return PlantedDoc(
        id=f"{s.style.domain.split('.')[0]}-{s.n:05d}",
        url=f"https://{subdomain[0]}{s.style.domain}{path}",
        publisher=s.style.domain,
        lines=tuple(header + body + footer),
        section=s.section,
    )


def generate(n_docs: int = 3000, seed: int = 0, n_publishers: int = 8) -> list[PlantedDoc]:
    """The planted corpus: `n_docs` labelled documents from `n_publishers` publishers."""
    styles = all_styles()
    if not 1 <= n_publishers <= len(styles):
        raise ValueError(f"n_publishers must be between 1 and {len(styles)}")
    if n_docs < 0:
        raise ValueError("n_docs must be non-negative")
    styles = styles[:n_publishers]
    rng = random.Random(seed)
    writer = ArticleWriter(rng)
    slots = _plan(styles, allocate([st.base_size for st in styles], n_docs), rng)
    _plan_syndication(slots, writer, n_docs, n_publishers)
    _plan_quotes(slots, writer)
    for s in slots:
        if s.article is None:
            s.article = writer.article(s.section, s.date.year)
    rng.shuffle(slots)
    return [_build(s, rng) for s in slots]


def _write_jsonl_gz(path: Path, records: list[dict[str, object]]) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as gz:
        gz.write(data)


def write_sample(out_dir: Path, n_docs: int = 3000, seed: int = 0) -> list[Path]:
    """Write `corpus/<publisher>.jsonl.gz` files (id, url, text, section) and, beside the
    corpus folder so that it is not read as part of it, `labels.jsonl.gz` (id, labels: one
    per line of the text). Byte-identical for the same arguments.
    Returns the corpus paths, sorted, without the labels file."""
    out_dir = Path(out_dir)
    (out_dir / "corpus").mkdir(parents=True, exist_ok=True)
    docs = generate(n_docs=n_docs, seed=seed)
    by_pub: dict[str, list[PlantedDoc]] = {}
    for doc in docs:
        by_pub.setdefault(doc.publisher, []).append(doc)
    paths: list[Path] = []
    for publisher in sorted(by_pub):
        path = out_dir / "corpus" / f"{publisher}.jsonl.gz"
        records: list[dict[str, object]] = [
            {"id": d.id, "url": d.url, "text": d.text, "section": d.section}
            for d in by_pub[publisher]
        ]
        _write_jsonl_gz(path, records)
        paths.append(path)
    _write_jsonl_gz(out_dir / "labels.jsonl.gz", [{"id": d.id, "labels": d.labels} for d in docs])
    return paths
