"""Part 3 of bench-quality: cleanpipe on fakenewscorpus-sample, read by a person.

The 250 articles have no gold: their `content` is text the `newspaper` library extracted, and
much of it still carries publisher boilerplate (author bios, commenting policies, share
appeals). cleanpipe runs once on all of them as text records (publisher = registered domain
of the URL, else of the `domain` column; default Config). The report shows, per publisher with
at least `MIN_DOCS` articles, the removal rate, the boilerplate clusters cleanpipe decided on
(documents, share, position, rule, the cluster's text), a few of the cuts as they were made,
so that one can see at a glance whether what went is footer or article, and the lines that
recur in `MIN_DOCS` or more of its articles but were kept (boilerplate missed, or quotes).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from tests.bench import realdata
from tests.bench.metrics import DocLines, audit
from tests.bench.realdata import Article, clip

MIN_DOCS = 3


def run(articles: list[Article], tmp: Path) -> dict[str, Any]:
    """Run cleanpipe on `articles`; the numbers, clusters and cuts per publisher."""
    output = realdata.clean(realdata.article_records(articles), "trafilatura", tmp)
    sizes = Counter(a.publisher for a in articles)
    publishers: dict[str, Any] = {}
    for publisher, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        publishers[publisher] = {
            "documents": n,
            "documents_cut": 0,
            "chars_in": 0,
            "chars_removed": 0,
            "clusters": [
                {k: row[k] for k in ("cluster", "n_docs", "share", "position", "rule", "text")}
                | {"n_variants": row["n_variants"], "n_publishers": row["n_publishers"]}
                for row in output.boilerplate
                if row["publisher"] == publisher
            ],
            "cuts": Counter[str](),
            "kept_recurring": [],
        }
    kept: list[DocLines] = []
    for a in articles:
        entry = publishers[a.publisher]
        entry["chars_in"] += len(a.text)
        doc = output.docs.get(a.id)
        if doc is None:
            continue
        lines = [line for line in doc.text.splitlines() if line.strip()]
        kept.append(DocLines(a.publisher, "", [], lines))
        if not doc.removed:
            continue
        entry["documents_cut"] += 1
        entry["chars_removed"] += sum(r.end - r.start for r in doc.removed)
        for _, text in realdata.removed_texts(a.text, doc.removed):
            entry["cuts"][" ".join(text.split())] += 1
    for tally in audit(kept, min_docs=MIN_DOCS).missed:
        recurring = {"text": tally.text, "docs": tally.docs}
        publishers[tally.publisher]["kept_recurring"].append(recurring)
    for entry in publishers.values():
        entry["removal_rate"] = entry["chars_removed"] / max(entry["chars_in"], 1)
        entry["cuts"] = [{"text": t, "count": c} for t, c in entry["cuts"].most_common()]
    return {
        "documents": len(articles),
        "documents_out": len(output.docs),
        "removal_rate": output.stats["chars"]["removal_rate"],
        "publishers": publishers,
    }


def format_report(report: dict[str, Any], examples: int = 8) -> str:
    publishers: dict[str, Any] = report["publishers"]
    big = {name: p for name, p in publishers.items() if p["documents"] >= MIN_DOCS}
    small = len(publishers) - len(big)
    lines = [
        f"{realdata.FAKENEWS}: cleanpipe on {report['documents']} article texts "
        f"({report['documents_out']} out), {100 * report['removal_rate']:.1f}% of characters "
        f"cut; publishers with >= {MIN_DOCS} articles:",
        f"{'publisher':<26} {'docs':>4} {'cut docs':>8} {'chars in':>9} {'cut':>7} "
        f"{'cut%':>5} {'clusters':>8}",
    ]
    for name, p in big.items():
        lines.append(
            f"{name:<26} {p['documents']:4d} {p['documents_cut']:8d} {p['chars_in']:9d} "
            f"{p['chars_removed']:7d} {100 * p['removal_rate']:5.1f} {len(p['clusters']):8d}"
        )
    cut_small = sum(p["chars_removed"] for p in publishers.values() if p["documents"] < MIN_DOCS)
    lines.append(f"({small} publishers with fewer articles: {cut_small} characters cut)")
    for name, p in big.items():
        lines += ["", f"{name}: {len(p['clusters'])} boilerplate clusters"]
        if p["clusters"]:
            lines.append(f"  {'docs':>4} {'share':>5} {'position':<6} {'rule':<15} text")
        for c in p["clusters"]:
            lines.append(
                f"  {c['n_docs']:4d} {c['share']:5.2f} {c['position']:<6} "
                f"{c['rule'][:15]:<15} {clip(c['text'], 100)}"
            )
        if p["cuts"]:
            lines.append(f"  cuts as made ({len(p['cuts'])} distinct, most frequent first):")
        for cut in p["cuts"][:examples]:
            lines.append(f"  {cut['count']:4d} x {clip(cut['text'], 140)}")
        if len(p["cuts"]) > examples:
            lines.append(f"  ... {len(p['cuts']) - examples} more (--lines, --json)")
        if p["kept_recurring"]:
            lines.append(f"  kept lines in >= {MIN_DOCS} of its articles (not cut):")
        for line in p["kept_recurring"][:examples]:
            lines.append(f"  {line['docs']:4d} docs {clip(line['text'], 136)}")
        if len(p["kept_recurring"]) > examples:
            lines.append(f"  ... {len(p['kept_recurring']) - examples} more (--lines, --json)")
    return "\n".join(lines)
