"""Publisher templates: boilerplate families, their wordings, slots and small edits.

A `Family` is one recurring notice of one publisher (its byline, its donation appeal...).
It has one or more wordings, each used from a start date on (older and newer versions of a
notice), a position (header, footer or mid-body), and the share of articles that carry it.
Wordings are `str.format` templates over the slots built by `doc_slots`.
"""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

HEADER = "header"
FOOTER = "footer"
MIDDLE = "middle"

# Share of boilerplate occurrences that get a small edit (curly quotes, dropped word, ...).
EDIT_RATE = 0.04


@dataclass(frozen=True)
class Family:
    name: str  # stable, lowercase, hyphenated: "byline", "fair-use", ...
    where: str  # HEADER | FOOTER | MIDDLE
    share: float  # probability that an article carries it
    wordings: tuple[tuple[str, str], ...]  # (first ISO date the wording is used, template)
    max_count: int = 1  # mid-body families may occur up to this many times

    def wording(self, date: dt.date) -> str:
        """The newest wording in use on `date` (the oldest one before any start date)."""
        return self.wordings[max(bisect_right(self._starts, date) - 1, 0)][1]

    @cached_property
    def _starts(self) -> tuple[dt.date, ...]:
        # Parsed once: a daily family has a wording per day, and a corpus asks for one per
        # document (a linear scan parsing every start took most of the held-back tests' time).
        starts = tuple(dt.date.fromisoformat(start) for start, _ in self.wordings)
        if list(starts) != sorted(starts):
            raise ValueError(f"family {self.name!r}: wordings are not in order of start date")
        return starts


@dataclass(frozen=True)
class PublisherStyle:
    domain: str  # registered domain, the publisher id
    site: str  # the site's display name
    base_size: int  # documents out of the default 3000
    subdomains: tuple[tuple[str, int], ...]  # ("www.", weight), ("news.", weight), ("", ...)
    sections: tuple[str, ...]
    families: tuple[Family, ...]
    n_authors: int = 12
    # URL path after the host; slots: section, yyyy, mm, dd, slug (from the title), n.
    url_path: str = "/{section}/{yyyy}/{mm}/{slug}"
    pools: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Slots fixed for the publisher (emails, phone numbers, organisation names).
    constants: dict[str, str] = field(default_factory=dict)

    def family(self, name: str) -> Family:
        for fam in self.families:
            if fam.name == name:
                return fam
        raise KeyError(name)


def share_widget(share: float) -> Family:
    """The share widget of a common blogging CMS: the same line on many publishers' pages."""
    return Family("share-widget", FOOTER, share, (
        ("2000-01-01", "Share on Facebook (opens in a new window)"),
    ))


def date_slots(date: dt.date, rng: random.Random) -> dict[str, str]:
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    month = date.strftime("%B")
    return {
        "date_long": f"{month} {date.day}, {date.year}",  # June 21, 2017
        "date_dmy": f"{date.day} {month} {date.year}",  # 21 June 2017
        "date_short": f"{month[:3]} {date.day}, {date.year}",  # Jun 21, 2017
        "date_iso": date.isoformat(),
        "date_slash": f"{date.month:02d}/{date.day:02d}/{date.year}",
        "weekday": date.strftime("%A"),
        "time": f"{hour:02d}:{minute:02d}",
        "time12": f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
        "year": str(date.year),
    }


def pool_slots(pools: dict[str, tuple[str, ...]], rng: random.Random) -> dict[str, str]:
    """For each pool P: `P` (one item), `P_list` (1-3 items), `P_links` (1-3 `[item](#)`).

    Earlier items are picked more often (popular tags, the main photo agency), and lists
    keep the pool's order, as a CMS prints taxonomy terms in a fixed order.
    """
    slots: dict[str, str] = {}
    for name, items in pools.items():
        weights = [1 / (i + 1) for i in range(len(items))]
        k = min(len(set(items)), rng.choice((1, 1, 2, 2, 3)))
        picked: set[int] = set()
        while len({items[i] for i in picked}) < k:
            picked.add(rng.choices(range(len(items)), weights=weights)[0])
        ordered = list(dict.fromkeys(items[i] for i in sorted(picked)))
        slots[name] = ordered[0] if k == 1 else items[rng.choice(sorted(picked))]
        slots[f"{name}_list"] = ", ".join(ordered)
        slots[f"{name}_links"] = ", ".join(f"[{item}](#)" for item in ordered)
    return slots


def small_edit(text: str, rng: random.Random) -> str:
    """One small edit a CMS or an editor introduces: quotes, a dropped word, a double space."""
    words = text.split(" ")
    ops = ["double-space", "drop-word"] if len(words) >= 6 else ["double-space"]
    if any(ch in text for ch in "'\"\u2019\u201c\u201d"):
        ops.append("quotes")
    op = rng.choice(ops)
    if op == "quotes":
        if any(ch in text for ch in "\u2019\u201c\u201d"):
            return text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        out, opening = [], True
        for ch in text:
            if ch == '"':
                out.append("\u201c" if opening else "\u201d")
                opening = not opening
            else:
                out.append("\u2019" if ch == "'" else ch)
        return "".join(out)
    if op == "drop-word":
        i = rng.randrange(1, len(words))
        return " ".join(words[:i] + words[i + 1 :])
    if len(words) < 2:
        return text + " "
    i = rng.randrange(1, len(words))
    return " ".join(words[:i]) + "  " + " ".join(words[i:])


def render(template: str, slots: dict[str, str], rng: random.Random) -> str:
    text = template.format_map(slots)
    if rng.random() < EDIT_RATE and len(text.split()) >= 3:
        text = small_edit(text, rng)
    return text
