"""Hard negatives: legitimate repeats a good cleaner must keep.

* quotes: a statement quoted verbatim, mid-body, in 3-5 articles of one publisher;
* common: stock sentences of news writing, on their own line (never first or last in the
  body) or appended to a paragraph, each in a few percent of articles of every publisher;
* syndicated: whole articles published by two or three publishers (planned in `corpus`).
"""

from __future__ import annotations

import random

from cleanpipe.sample import vocab as V
from cleanpipe.sample.articles import ArticleWriter, normalise

COMMON_SENTENCES = (
    "He declined to comment.",
    "She declined to comment.",
    "The investigation is ongoing.",
    "Officials did not respond to a request for comment.",
    "No one was injured.",
    "The cause is under investigation.",
    "Further details were not immediately available.",
    "The company did not respond to a request for comment.",
    "The meeting is open to the public.",
    "A decision is expected later this year.",
)

# Probability that an article carries a given common sentence.
COMMON_RATE = 0.025
# Probability that a common sentence gets its own line (else it ends a paragraph).
COMMON_OWN_LINE = 0.5

_CONNECTORS = (", and ", ", but ", ". Frankly, ", ". At the same time, ", ", because ")


def statement(writer: ArticleWriter, section: str, year: int) -> str:
    """A quotable statement with its attribution, 20-40 words, unique in the corpus."""
    r = writer.rng
    while True:
        first, last = r.choice(V.FIRST_NAMES), r.choice(V.SURNAMES)
        role, org = r.choice(V.ROLES), r.choice(V.ORGS)
        c1, c2 = r.sample(V.QUOTE_CLAUSES, 2)
        ctx = writer.context(section, year)
        tail = writer.sentence(ctx)
        if '"' in tail:
            continue
        body = c1[:1].upper() + c1[1:] + r.choice(_CONNECTORS) + c2 + ". " + tail
        text = f'{first} {last}, {role} {org}, said: "{body}"'
        key = normalise(text)
        if 20 <= len(text.split()) <= 40 and key not in writer.seen:
            writer.seen.add(key)
            return text


def common_sentences(rng: random.Random) -> list[str]:
    """The stock sentences one article carries (usually none)."""
    return [s for s in COMMON_SENTENCES if rng.random() < COMMON_RATE]
