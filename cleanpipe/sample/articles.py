"""Article text: a sentence grammar over slot vocabularies.

Each article has a cast (two or three people with roles), a place, two organisations and a
section topic; sentences draw on them and on freshly sampled numbers, months, groups, so
paragraphs across thousands of articles practically never repeat. `ArticleWriter` also
remembers what it produced (case- and digit-insensitively) and redraws the rare collision.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from cleanpipe.sample import vocab as V
from cleanpipe.sample.grammar import SENTENCES, TITLES

_ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
_NORM = re.compile(r"\d")


def normalise(text: str) -> str:
    """Lowercase with digits masked: the key for the uniqueness guard."""
    return _NORM.sub("0", text.lower())


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    section: str


@dataclass
class _Cast:
    first: str
    last: str
    role: str
    org: str
    introduced: bool = False


class _Slots(dict[str, str]):
    """Fills slots lazily, once per sentence, from the article context."""

    def __init__(self, rng: random.Random, ctx: dict[str, Any]) -> None:
        super().__init__()
        self.rng = rng
        self.ctx = ctx

    def _person(self, full_intro: bool) -> str:
        cast: _Cast = self.rng.choice(self.ctx["cast"])
        if cast.introduced:
            return cast.last
        cast.introduced = True
        if full_intro:
            return f"{cast.first} {cast.last}, {cast.role} {cast.org},"
        return f"{cast.first} {cast.last}"

    def __missing__(self, key: str) -> str:
        value = self._fill(key)
        if "{" in value:
            value = value.format_map(self)
        self[key] = value
        return value

    def _fill(self, key: str) -> str:  # noqa: C901 - a flat slot table
        r, c = self.rng, self.ctx
        if key.endswith("_cap"):
            base = self[key[:-4]]
            return base[:1].upper() + base[1:]
        simple: dict[str, tuple[str, ...]] = {
            "said": V.SAID, "action": V.ACTIONS, "action2": V.ACTIONS, "event": V.EVENTS,
            "reason": V.REASONS, "assess": V.ASSESSMENTS, "quote": V.QUOTE_CLAUSES,
            "quote2": V.QUOTE_CLAUSES, "group": V.GROUPS, "day": V.DAYS, "month": V.MONTHS,
            "month2": V.MONTHS, "period": V.PERIODS, "measure": V.MEASURES, "orgx": V.ORGS,
            "placex": V.PLACES, "concern": V.CONCERNS,
        }
        if key in simple:
            return r.choice(simple[key])
        if key in ("P", "pname"):
            return self._person(full_intro=key == "P")
        if key == "fullname":
            cast = r.choice(c["cast"])
            return f"{cast.first} {cast.last}"
        if key in ("org", "org2", "place", "topic"):
            return str(c[key])
        if key == "topicx":
            return r.choice(V.SECTION_TOPICS[c["section"]])
        if key == "tp":
            return str(c["topic"]).removeprefix("the ")
        if key == "n":
            return f"{r.randint(12, 9800):,}"
        if key in ("pct", "pct2"):
            return str(r.randint(3, 68))
        if key == "small":
            return str(r.randint(2, 19))
        if key == "money":
            return f"${r.randint(11, 990) / 10:.1f} million"
        if key == "money_small":
            return f"${r.randint(4, 240)}"
        if key == "yearp":
            return str(c["year"] - r.randint(2, 15))
        if key == "yearn":
            return str(c["year"] + r.randint(1, 8))
        raise KeyError(key)


class ArticleWriter:
    """Writes articles whose title and paragraphs are unique (digits masked, case folded)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def context(self, section: str, year: int) -> dict[str, Any]:
        r = self.rng
        orgs = r.sample(V.ORGS, 2)
        cast = [
            _Cast(
                r.choice(V.FIRST_NAMES), r.choice(V.SURNAMES), r.choice(V.ROLES), r.choice(V.ORGS)
            )
            for _ in range(r.randint(2, 3))
        ]
        return {
            "section": section, "year": year, "org": orgs[0], "org2": orgs[1],
            "place": r.choice(V.PLACES), "topic": r.choice(V.SECTION_TOPICS[section]),
            "cast": cast,
        }

    def _unique(self, make: Any) -> str:
        for _ in range(50):
            text: str = make()
            key = normalise(text)
            if key not in self.seen:
                self.seen.add(key)
                return text
        raise RuntimeError("article grammar exhausted: could not draw a unique text")

    def _expand(self, template: str) -> str:
        """Pick one alternative of every `[a|b|c]`."""
        return _ALTERNATIVE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)

    def title(self, ctx: dict[str, Any]) -> str:
        def make() -> str:
            text = self._expand(self.rng.choice(TITLES)).format_map(_Slots(self.rng, ctx))
            return text[:1].upper() + text[1:]

        return self._unique(make)

    def sentence(self, ctx: dict[str, Any]) -> str:
        used: set[int] = ctx.setdefault("used", set())
        if len(used) >= len(SENTENCES):
            used.clear()
        i = self.rng.choice([i for i in range(len(SENTENCES)) if i not in used])
        used.add(i)
        text = self._expand(SENTENCES[i]).format_map(_Slots(self.rng, ctx))
        return text[:1].upper() + text[1:]

    def paragraph(self, ctx: dict[str, Any]) -> str:
        def make() -> str:
            while True:
                k = self.rng.choices((1, 2, 3, 4, 5), weights=(8, 30, 32, 20, 10))[0]
                text = " ".join(self.sentence(ctx) for _ in range(k))
                if 15 <= len(text.split()) <= 80:
                    return text

        return self._unique(make)

    def article(self, section: str, year: int, n_paragraphs: int | None = None) -> Article:
        ctx = self.context(section, year)
        n = n_paragraphs if n_paragraphs is not None else self.rng.randint(2, 12)
        title = self.title(ctx)
        paragraphs = tuple(self.paragraph(ctx) for _ in range(n))
        return Article(title=title, paragraphs=paragraphs, section=section)
