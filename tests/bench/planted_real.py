"""Planted boilerplate on real article text: gold article bodies wrapped in publisher templates.

Content: the human gold bodies of three staged benchmarks under the data folder (read at run
time, never copied into the repository): Big9 (``big9-utomo/gold/*.txt``, UTF-8 or cp1252;
the first line is the title), CleanPortalEval (``cleanportaleval/gold/*.txt``, CleanEval
``<h>/<p>/<l>`` blocks, wrapped lines joined, HTML entities decoded; the first block is the
title) and the Zyte article-extraction benchmark (``scrapinghub-aeb/ground-truth.json``
``articleBody``, no title line: its title slot is made from the URL slug). Each body is split
into lines, blank lines dropped: ~610 bodies, ~12k lines, ~2.5M characters.

Design (decided for this benchmark):

* Each gold body is used once per corpus, so ~610 documents per corpus. The only reuse is
  syndication, a labelled hard negative: ~3% of bodies are also published by one or two
  other publishers, and every copy's lines (the first publisher's too) are
  ``negative:syndicated``.
* 40 publishers with Zipf sizes (share ~ 1/rank: ~140 documents down to 3-4). Publisher
  ``r`` (by size) takes style ``r mod k`` of the template set; the first k are the styles as
  written, the others are variants: a new site name and registered domain substituted into
  the wordings, each family kept with probability 0.85 and its share scaled by 0.7-1.15.
  Lines a style writes without the site's name (``"Share this article"``) are then the
  same across its variants, as on sister sites sharing a CMS.
* Dates are uniform over 2015-2020, so notices reworded in 2016-2019 occur in both wordings;
  slots, shares (lines in only some articles), mid-body inserts and small edits (curly
  quotes, a dropped word, a doubled space) come from `cleanpipe.sample.templates`.
* Hard negatives besides syndication: a statement quoted verbatim in 3-5 articles of a
  publisher (one per 25 documents, publishers of >= 30 documents only, so at most 17% of
  them): a quotable gold line of one article, relabelled, plus copies inserted mid-body in
  2-4 others; and the stock sentences of `cleanpipe.sample.negatives` ("He declined to
  comment."), each inserted as a line of its own mid-body in 2.5% of non-syndicated articles.

Lines are labelled as in `cleanpipe.sample.model`. Gold bodies are ``content`` even where
the gold itself repeats a line across articles ("Story highlights"): that is the gold's call.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import random
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from cleanpipe.sample import vocab as V
from cleanpipe.sample.model import CONTENT, Line, PlantedDoc, boilerplate_label, negative_label
from cleanpipe.sample.negatives import COMMON_RATE, COMMON_SENTENCES
from cleanpipe.sample.publishers import allocate
from cleanpipe.sample.templates import (
    HEADER,
    MIDDLE,
    Family,
    PublisherStyle,
    date_slots,
    pool_slots,
    render,
)
from tests.bench.realdata import read_text

N_PUBLISHERS = 40
FIRST_DAY, N_DAYS = dt.date(2015, 1, 1), 6 * 365
SYNDICATED_SHARE = 0.03  # of bodies, each then published by 2-3 publishers
QUOTE_MIN_DOCS = 30  # a statement in 5 of 30 documents is still under 20%
QUOTE_DOCS_PER = 25  # one quoted statement per 25 documents of a publisher
VARIANT_KEEP = 0.85  # probability that a variant publisher keeps a family of its style
VARIANT_SHARE = (0.7, 1.15)
SOURCES = ("big9-utomo/gold", "cleanportaleval/gold", "scrapinghub-aeb/ground-truth.json")
_MESES = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre").split()
_MONATE = ("Januar Februar M\u00e4rz April Mai Juni Juli August September Oktober November "
           "Dezember").split()
_MOIS = ("janvier f\u00e9vrier mars avril mai juin juillet ao\u00fbt septembre octobre novembre "
         "d\u00e9cembre").split()
_BULAN = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
          "Desember").split()
_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_KINDS = ("Courier", "Herald", "Chronicle", "Observer", "Record", "Sentinel", "Tribune",
          "Dispatch", "Mercury", "Bulletin", "Review", "Journal", "Star", "Gazette", "Press")
_TLDS = (".com", ".com", ".com", ".net", ".org", ".co.uk", ".com.au", ".ca", ".co.nz")


class MissingData(FileNotFoundError):
    """The staged gold data is not where it was looked for."""


@dataclass(frozen=True)
class GoldBody:
    id: str  # "big9/2005_amd_1", "cpe/bbc.co.uk_news_01", "aeb/<sha256>"
    title: str
    lines: tuple[str, ...]
    titled: bool  # the first line is the title


@dataclass(frozen=True)
class Corpus:
    docs: list[PlantedDoc]
    publishers: list[PublisherStyle]  # largest first
    sizes: dict[str, int]  # documents per publisher domain


def _lines(text: str) -> tuple[str, ...]:
    return tuple(s for s in (line.strip() for line in text.splitlines()) if s)


def _cleaneval_blocks(text: str) -> tuple[str, ...]:
    blocks: list[str] = []
    for line in text.splitlines():
        if line.startswith("URL:"):
            continue
        m = re.match(r"\s*<[hpl]>(.*)", line)
        if m:
            blocks.append(m.group(1))
        elif blocks:
            blocks[-1] += " " + line
    return tuple(b for b in (" ".join(html.unescape(b).split()) for b in blocks) if b)


def _slug_title(url: str) -> str:
    last = [p for p in url.split("?")[0].split("/") if p][-1]
    words = [w for w in re.split(r"[-_]+", re.sub(r"\.\w+$", "", last)) if not w.isdigit()]
    return " ".join(words).capitalize() or last


def load_bodies(data: Path) -> list[GoldBody]:
    """Every non-empty gold body of the three sources, in a fixed order."""
    missing = [str(data / s) for s in SOURCES if not (data / s).exists()]
    if missing:
        raise MissingData("gold data not found: " + ", ".join(missing))
    bodies: list[GoldBody] = []
    for path in sorted((data / SOURCES[0]).glob("*.txt")):
        lines = _lines(read_text(path))
        bodies.append(GoldBody(f"big9/{path.stem}", lines[0] if lines else "", lines, True))
    for path in sorted((data / SOURCES[1]).glob("*.txt")):
        blocks = _cleaneval_blocks(read_text(path))
        bodies.append(GoldBody(f"cpe/{path.stem}", blocks[0] if blocks else "", blocks, True))
    truth = json.loads((data / SOURCES[2]).read_text(encoding="utf-8"))
    for key in sorted(truth):
        lines = _lines(truth[key]["articleBody"])
        bodies.append(GoldBody(f"aeb/{key}", _slug_title(truth[key]["url"]), lines, False))
    return [b for b in bodies if b.lines]


def _variant(style: PublisherStyle, site: str, domain: str, rng: random.Random) -> PublisherStyle:
    subs = [(style.site, site), (style.site.removeprefix("The "), site.removeprefix("The ")),
            (style.domain, domain)]

    def sub(text: str) -> str:
        for old, new in subs:
            text = text.replace(old, new)
        return text

    families: list[Family] = []
    while len(families) < min(3, len(style.families)):
        families = [
            dataclasses.replace(
                fam, share=min(0.97, fam.share * rng.uniform(*VARIANT_SHARE)),
                wordings=tuple((start, sub(w)) for start, w in fam.wordings),
            )
            for fam in style.families if rng.random() < VARIANT_KEEP
        ]
    return dataclasses.replace(
        style, domain=domain, site=site, families=tuple(families),
        constants={k: sub(v) for k, v in style.constants.items()},
        pools={k: tuple(sub(v) for v in vs) for k, vs in style.pools.items()},
    )


def derive_publishers(styles: list[PublisherStyle], n: int, rng: random.Random
                      ) -> list[PublisherStyle]:
    """`n` publishers: the styles as written, then renamed variants of them in turn."""
    out = list(styles[:n])
    taken = {s.domain.split(".")[0] for s in styles}
    places = [p for p in V.PLACES if " " not in p]
    while len(out) < n:
        site = f"{rng.choice(places)} {rng.choice(_KINDS)}"
        label = site.replace(" ", "").lower()
        if label in taken:
            continue
        taken.add(label)
        out.append(_variant(styles[len(out) % len(styles)], site, label + rng.choice(_TLDS), rng))
    return out


@dataclass
class _Plan:
    style: PublisherStyle
    n: int
    body: GoldBody
    date: dt.date
    section: str
    syndicated: bool = False
    quote_line: int = -1  # index of a body line relabelled as a quoted statement
    inserts: list[Line] = field(default_factory=list)

    def n_main(self) -> int:
        return len(self.body.lines) - int(self.body.titled)


def _new_plan(style: PublisherStyle, n: int, body: GoldBody, rng: random.Random) -> _Plan:
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS))
    return _Plan(style, n, body, date, rng.choice(style.sections))


def _plan_syndication(plans: list[_Plan], sizes: dict[str, int], rng: random.Random) -> None:
    pubs = {p.style.domain: p.style for p in plans}
    candidates = [p for p in plans if p.n_main() >= 2]
    for first in rng.sample(candidates, max(8, round(SYNDICATED_SHARE * len(plans)))):
        first.syndicated = True
        others = [d for d in sorted(pubs) if d != first.style.domain]
        chosen: set[str] = set()
        for _ in range(rng.choice((1, 1, 2))):
            chosen.add(rng.choices(others, weights=[sizes[d] for d in others])[0])
        for domain in sorted(chosen):
            copy = _new_plan(pubs[domain], sizes[domain], first.body, rng)
            sizes[domain] += 1
            copy.syndicated, copy.date = True, first.date + dt.timedelta(rng.randint(0, 3))
            plans.append(copy)


def _quotable(body: GoldBody) -> list[int]:
    ok = [i for i, t in enumerate(body.lines)
          if i >= int(body.titled) and 12 <= len(t.split()) <= 60]
    quoted = [i for i in ok if any(q in body.lines[i] for q in "\"\u201c\u201d")]
    return quoted or ok


def _plan_quotes(plans: list[_Plan], rng: random.Random) -> None:
    by_pub: dict[str, list[_Plan]] = {}
    for p in plans:
        if not p.syndicated:
            by_pub.setdefault(p.style.domain, []).append(p)
    for domain in sorted(by_pub):
        free = [p for p in by_pub[domain] if p.n_main() >= 2]
        if len(by_pub[domain]) < QUOTE_MIN_DOCS:
            continue
        rng.shuffle(free)
        for _ in range(max(1, len(by_pub[domain]) // QUOTE_DOCS_PER)):
            source = next((p for p in free if _quotable(p.body)), None)
            if source is None or len(free) < 5:
                break
            free.remove(source)
            source.quote_line = rng.choice(_quotable(source.body))
            text = source.body.lines[source.quote_line]
            for target in [free.pop() for _ in range(rng.randint(2, 4))]:
                target.inserts.append(Line(text, negative_label("quote")))


def _plan_common(plans: list[_Plan], rng: random.Random) -> None:
    for p in plans:
        if not p.syndicated and p.n_main() >= 2:
            p.inserts += [Line(s, negative_label("common"))
                          for s in COMMON_SENTENCES if rng.random() < COMMON_RATE]


def localised_dates(d: dt.date) -> dict[str, str]:
    """Dates as German, French and Indonesian sites print them (no randomness drawn)."""
    return {
        "date_de": f"{d.day:02d}.{d.month:02d}.{d.year}",  # 21.06.2017
        "date_de_long": f"{d.day}. {_MONATE[d.month - 1]} {d.year}",  # 21. Juni 2017
        "date_fr": f"{d.day} {_MOIS[d.month - 1]} {d.year}",  # 21 juin 2017
        "date_id": f"{_HARI[d.weekday()]}, {d.day} {_BULAN[d.month - 1]} {d.year}",
    }


def _slots(p: _Plan, authors: list[str], titles: list[str], rng: random.Random
           ) -> dict[str, str]:
    weights = [1 / (i + 1) ** 0.8 for i in range(len(authors))]
    author = rng.choices(authors, weights=weights)[0]
    first, last = author.split(" ", 1)
    others = [t for t in titles if t != p.body.title] or [p.body.title]
    d = p.date
    values = {
        "site": p.style.site, "domain": p.style.domain, "author": author,
        "author2": rng.choice([a for a in authors if a != author] or authors),
        "author_handle": f"@{first[0]}{last}".lower(), "section": p.section,
        "section_cap": p.section.capitalize(), "title": p.body.title,
        "other_title": rng.choice(others),
        "read_min": str(max(1, sum(len(t.split()) for t in p.body.lines) // 230)),
        "count": str(rng.randint(0, 480)), "n": str(rng.randint(100_000, 999_999)),
        "month": d.strftime("%B"), "date_es": f"{d.day} de {_MESES[d.month - 1]} de {d.year}",
        **localised_dates(d),
    }
    beats = p.style.pools.get("beat")
    if beats:
        values["author_beat"] = beats[zlib.crc32(author.encode()) % len(beats)]
    values.update(p.style.constants)
    values.update(date_slots(d, rng))
    values.update(pool_slots(p.style.pools, rng))
    return values


def _build(p: _Plan, authors: list[str], titles: list[str], rng: random.Random) -> PlantedDoc:
    def label(i: int) -> str:
        if p.syndicated:
            return negative_label("syndicated")
        return negative_label("quote") if i == p.quote_line else CONTENT

    lines = [Line(t, label(i)) for i, t in enumerate(p.body.lines)]
    top, main = (lines[:1], lines[1:]) if p.body.titled else ([], lines)
    for line in p.inserts:
        main.insert(rng.randint(1, max(1, len(main) - 1)), line)
    values = _slots(p, authors, titles, rng)
    header: list[Line] = []
    footer: list[Line] = []
    for fam in p.style.families:
        bp = boilerplate_label(p.style.domain, fam.name)
        template = fam.wording(p.date)
        for _ in range(fam.max_count if fam.where == MIDDLE else 1):
            if rng.random() >= fam.share:
                continue
            line = Line(render(template, values, rng), bp)
            if fam.where == MIDDLE:
                main.insert(rng.randint(1, max(1, len(main) - 1)), line)
            else:
                (header if fam.where == HEADER else footer).append(line)
    slug = re.sub(r"[^a-z0-9]+", "-", p.body.title.lower()).strip("-")[:70] or "article"
    path = p.style.url_path.format(
        section=p.section, yyyy=p.date.year, mm=f"{p.date.month:02d}",
        dd=f"{p.date.day:02d}", slug=slug, n=5_100_000 + p.n * 37,
    )
    hosts = p.style.subdomains
    host = rng.choices([h for h, _ in hosts], [w for _, w in hosts])[0]
    return PlantedDoc(
        id=f"{p.style.domain.split('.')[0]}-{p.n:05d}",
        url=f"https://{host}{p.style.domain}{path}",
        publisher=p.style.domain,
        lines=tuple(top + header + main + footer),
        section=p.section,
    )


def generate(bodies: list[GoldBody], styles: list[PublisherStyle], seed: int,
             n_publishers: int = N_PUBLISHERS) -> Corpus:
    """The planted corpus: every body once (plus syndicated copies), deterministic in seed."""
    rng = random.Random(seed)
    pubs = derive_publishers(styles, n_publishers, rng)
    order = list(bodies)
    rng.shuffle(order)
    counts = allocate([round(10_000 / (r + 1)) for r in range(len(pubs))], len(order))
    feed = iter(order)
    plans = [_new_plan(style, n, next(feed), rng)
             for style, count in zip(pubs, counts, strict=True) for n in range(count)]
    sizes = {s.domain: c for s, c in zip(pubs, counts, strict=True)}
    _plan_syndication(plans, sizes, rng)
    _plan_quotes(plans, rng)
    _plan_common(plans, rng)
    authors: dict[str, list[str]] = {}
    for s in pubs:
        names = [f"{rng.choice(V.FIRST_NAMES)} {rng.choice(V.SURNAMES)}" for _ in range(40)]
        authors[s.domain] = list(dict.fromkeys(names))[: max(2, s.n_authors)]
    titles: dict[str, list[str]] = {}
    for p in plans:
        titles.setdefault(p.style.domain, []).append(p.body.title)
    rng.shuffle(plans)
    docs = [_build(p, authors[p.style.domain], titles[p.style.domain], rng) for p in plans]
    return Corpus(docs, pubs, sizes)
