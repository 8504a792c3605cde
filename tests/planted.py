"""A tiny planted corpus for end-to-end tests: two publishers, known boilerplate, known
legitimate repeats. Every line is labelled, so tests can check both what went and what
stayed."""

from __future__ import annotations

import random
from dataclasses import dataclass

WORDS = (
    "council river budget harbour school ferry bridge mayor report inquiry storm farmers "
    "museum election hospital rail tunnel library court market festival drought wildfire "
    "union factory airport charity coast village police minister treaty vaccine harvest "
    "pension tariff orchestra stadium reservoir satellite glacier archive highway clinic"
).split()
NAMES = ["Ana Ruiz", "Tom Becker", "Lena Ova", "Sam Okafor", "Iris Mäki", "Raj Patel"]
MONTHS = ["January", "March", "June", "August", "October", "December"]


@dataclass(frozen=True)
class Doc:
    id: str
    url: str
    lines: list[tuple[str, str]]  # (text, label): "content", "bp:<family>", "neg:<kind>"

    @property
    def text(self) -> str:
        return "\n\n".join(text for text, _ in self.lines)


def paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2023)}"


def gazette(rng: random.Random, n: int, quote: str, syndicated: list[str]) -> list[Doc]:
    docs = []
    for i in range(n):
        author = rng.choice(NAMES)
        lines = [
            (f"By {author}", "bp:byline"),
            (f"Harbour Gazette, {date(rng)}", "bp:dateline"),
        ]
        body = syndicated if i == 0 else [paragraph(rng) for _ in range(rng.randint(3, 6))]
        lines += [(p, "neg:syndicated" if i == 0 else "content") for p in body]
        if i in (3, 7, 11):
            lines.insert(3, (quote, "neg:quote"))
        if i % 10 == 1:
            lines.insert(4, ("He declined to comment.", "neg:common"))
        appeal = (
            "If you value independent local reporting, please consider a donation to keep "
            "the Harbour Gazette free for every reader in the region."
        )
        if i % 4 == 0:  # a reworded, slightly edited version on some pages
            appeal = appeal.replace("independent local", "independent  local").replace(
                "every reader", "all readers"
            )
        lines.append((appeal, "bp:donation"))
        lines.append((f"Copyright © {rng.randint(2015, 2023)} Harbour Gazette. "
                      "All rights reserved.", "bp:copyright"))
        if i % 3 == 0:
            lines.append(("Follow us on [Facebook](#) and subscribe to our newsletter.",
                          "bp:social"))
        docs.append(Doc(f"hg-{i}", f"https://www.harbourgazette.com/news/{i}", lines))
    return docs


def ledger(rng: random.Random, n: int, syndicated: list[str]) -> list[Doc]:
    docs = []
    for i in range(n):
        lines = [(f"Written by {rng.choice(NAMES)} | {date(rng)}", "bp:written-by")]
        body = syndicated if i == 0 else [paragraph(rng) for _ in range(rng.randint(3, 6))]
        lines += [(p, "neg:syndicated" if i == 0 else "content") for p in body]
        lines.insert(2, ("Advertisement", "bp:advert"))
        lines.append(("This article first appeared on the Valley Ledger and is republished "
                      "here with permission of the editors under our sharing policy.",
                      "bp:originally"))
        docs.append(Doc(f"vl-{i}", f"https://news.valleyledger.org/a/{i}", lines))
    return docs


def corpus(seed: int = 0, n_gazette: int = 60, n_ledger: int = 30) -> list[Doc]:
    rng = random.Random(seed)
    quote = ("We will not rest until every family on the coast has safe water, and that "
             "promise stands whatever the cost turns out to be, the mayor said.")
    syndicated = [paragraph(rng) for _ in range(4)]
    return gazette(rng, n_gazette, quote, syndicated) + ledger(rng, n_ledger, syndicated)
