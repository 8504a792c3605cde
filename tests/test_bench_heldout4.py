"""The held-back-4 template set (`tests.bench.heldout_templates_4`) makes well-formed corpora.

Runs on made-up bodies, not on ../shared/data: every wording renders, every line carries a
label, the labels are well formed, and the variation the set promises actually occurs.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter, defaultdict

import pytest

from cleanpipe.sample.model import NEGATIVE_KINDS, PlantedDoc, label_family
from cleanpipe.sample.templates import MIDDLE, PublisherStyle, render
from tests.bench.heldout_templates_4 import heldout4_styles
from tests.bench.planted_real import GoldBody, _Plan, _slots, generate

_WORDS = ("lantern quarry budget ferry council thistle engine northern ballot harbour winter "
          "signal school ledger orchard station copper meadow tariff clinic").split()


def _bodies(n: int) -> list[GoldBody]:
    rng = random.Random(11)
    bodies = []
    for i in range(n):
        title = f"Story {i}: " + " ".join(rng.choices(_WORDS, k=5))
        lines = [title] + [f"Paragraph {i}.{j} " + " ".join(rng.choices(_WORDS, k=20)) + "."
                           for j in range(rng.randint(3, 9))]
        bodies.append(GoldBody(f"fake/{i}", title, tuple(lines), True))
    return bodies


@pytest.fixture(scope="module")
def docs() -> list[PlantedDoc]:
    return generate(_bodies(620), heldout4_styles(), seed=5).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def _style(domain: str) -> PublisherStyle:
    return next(s for s in heldout4_styles() if s.domain == domain)


def _rendered(domain: str, family: str, date: dt.date) -> str:
    style = _style(domain)
    plan = _Plan(style, 0, _bodies(1)[0], date, style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    return style.family(family).wording(date).format_map(values)


def test_twelve_styles_and_about_a_hundred_families() -> None:
    styles = heldout4_styles()
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    assert 90 <= sum(len(s.families) for s in styles) <= 130
    sizes = [s.base_size for s in styles]
    assert sizes == sorted(sizes, reverse=True)


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout4_styles():
        assert style.families and len({f.name for f in style.families}) == len(style.families)
        for year in range(2015, 2021):
            plan = _Plan(style, 0, body, dt.date(year, 6, 21), style.sections[0])
            values = _slots(plan, ["Ada Brook", "Tom Vale"], ["One title", "Another"], rng)
            for fam in style.families:
                for _, template in fam.wordings:
                    text = render(template, values, rng)
                    assert text.strip() and "\n" not in text and "{" not in text, (
                        style.domain, fam.name)


def test_localised_dates_and_times() -> None:
    day = dt.date(2017, 6, 21)
    italian = _rendered("gazzettadivalmora.it", "data", dt.date(2018, 6, 21))
    assert re.fullmatch(r"Pubblicato il 21/06/2018 alle ore \d\d:\d\d", italian), italian
    swedish = _rendered("kustposten.se", "publicerad", day)
    assert re.fullmatch(r"Publicerad 2017-06-21 kl\. \d\d\.\d\d", swedish), swedish
    polish = _rendered("nadwarcie24.pl", "data", day)
    assert re.fullmatch(r"21\.06\.2017, \d\d:\d\d", polish), polish


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout4_styles(), seed=5, n_publishers=12).docs
    again = generate(bodies, heldout4_styles(), seed=5, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout4_styles()}
    for doc in docs:
        assert doc.text.split("\n\n") == [line.text for line in doc.lines]
        for line in doc.lines:
            assert line.text.strip() and "\n" not in line.text
            kind, _, rest = line.label.partition(":")
            assert line.label == "content" or kind in ("boilerplate", "negative")
            if kind == "negative":
                assert rest in NEGATIVE_KINDS
            if kind == "boilerplate":
                publisher, _, family = rest.partition("/")
                assert publisher == doc.publisher and re.fullmatch(r"[a-z][a-z-]*", family)
                if publisher in families:  # a style as written, not a renamed variant
                    assert family in families[publisher]


def test_publishers_range_from_a_handful_to_about_150(docs: list[PlantedDoc]) -> None:
    sizes = Counter(doc.publisher for doc in docs)
    assert len(sizes) == 40
    assert max(sizes.values()) >= 120 and min(sizes.values()) <= 6
    assert {"gazzettadivalmora.it", "kustposten.se", "orchardhallspectator.com"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout4_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    for fam in ("gazzettadivalmora.it/data", "gazzettadivalmora.it/leggi-anche",
                "hashpoint.news/byline", "hashpoint.news/ticker", "nadwarcie24.pl/data",
                "kustposten.se/publicerad", "lindenvalleyhealth.org/date"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    data = fams["gazzettadivalmora.it/data"]
    assert any(t.startswith("Pubblicato il") for t in data)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} ore \d\d:\d\d", t) for t in data)
    risk = set(fams["hashpoint.news/risk"])
    assert any(t.startswith("Cryptocurrencies are volatile") for t in risk)
    assert any(t.startswith("Digital assets carry") for t in risk)
    # small edits: a fixed notice is not always byte-identical
    assert len(set(fams["gazzettadivalmora.it/riproduzione"])) > 1
    # lines in only some articles, some families in a small share
    valmora = [d for d in docs if d.publisher == "gazzettadivalmora.it"]
    for fam, low, high in (("pubblicita", 0.5, 0.95), ("segnalazioni", 0.08, 0.45)):
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines) for d in valmora)
        assert low * len(valmora) < carried < high * len(valmora), fam
    # a mid-body insert can occur twice in one article
    assert any(sum(line.label.endswith("gazzettadivalmora.it/pubblicita") for line in d.lines)
               == 2 for d in docs)
    # the article's own title (a comment-count heading) and other articles' titles
    own = [(d.lines[0].text, line.text) for d in docs for line in d.lines
           if line.label.endswith("muddledmum.co.uk/comments")]
    assert own and any(f"\u201c{title}\u201d" in text for title, text in own)
    titles = {d.lines[0].text for d in docs}
    assert {t.removeprefix("L\u00c4S MER: ") for t in fams["kustposten.se/las-mer"]} & titles
    # names at the start of lines
    for fam in ("kustposten.se/namn", "fenwick.ca/contact-name", "hashpoint.news/holdings"):
        assert fams[fam] and all(t.split()[0][0].isupper() for t in fams[fam]), fam
    # the sister magazines' group footer: the same lines on several publishers
    for sister in ("hemlineweekly.co.uk", "finandfeather.com"):
        assert set(fams["torqueandtread.com/larkspur"]) & set(fams[f"{sister}/larkspur"])
        assert set(fams["torqueandtread.com/network"]) & set(fams[f"{sister}/network"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/larkspur")}) >= 4


def test_multi_line_blocks_stay_together(docs: list[PlantedDoc]) -> None:
    # each line of a block has its own share, so an article carries some or all of them,
    # always adjacent and in the block's order
    blocks = {
        "torqueandtread.com": ["specs-head", "engine", "output", "economy"],
        "lindenvalleyhealth.org": ["media-head", "media-contact", "about-head", "about"],
        "fenwick.ca": ["info-head", "contact-name", "contact-role", "contact-phone"],
    }
    for publisher, block in blocks.items():
        longest = 0
        for doc in docs:
            if doc.publisher != publisher:
                continue
            names = [label_family(line.label) for line in doc.lines]
            present = [n for n in names if n in block]
            if present:
                start = names.index(present[0])
                assert names[start:start + len(present)] == present, publisher
                assert present == [n for n in block if n in present], publisher
                longest = max(longest, len(present))
        assert longest >= 3, publisher


def test_mid_body_inserts_sit_inside_the_body(docs: list[PlantedDoc]) -> None:
    middle = {f"{s.domain}/{f.name}" for s in heldout4_styles() for f in s.families
              if f.where == MIDDLE}
    found = 0
    for doc in docs:
        body = [i for i, line in enumerate(doc.lines) if not line.is_boilerplate]
        for i, line in enumerate(doc.lines):
            if line.label.removeprefix("boilerplate:") in middle:
                found += 1
                assert body[0] < i < body[-1]
    assert found > 100


def test_hard_negatives_present(docs: list[PlantedDoc]) -> None:
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    for kind in NEGATIVE_KINDS:
        assert kinds[f"negative:{kind}"] > 0, kind
    assert all(label_family(label) for label in kinds if label.startswith("boilerplate:"))


def test_wired_into_the_planted_benchmark_with_its_own_seed() -> None:
    from tests.bench.planted_bench import TEMPLATE_SETS

    assert TEMPLATE_SETS["held-back-4"] == (heldout4_styles, 5)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
