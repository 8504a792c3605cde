"""The held-back-3 template set (`tests.bench.heldout_templates_3`) makes well-formed corpora.

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
from cleanpipe.sample.templates import MIDDLE, render
from tests.bench.heldout_templates_3 import heldout3_styles
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
    return generate(_bodies(620), heldout3_styles(), seed=4).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def test_twelve_styles_and_about_a_hundred_families() -> None:
    styles = heldout3_styles()
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    assert 90 <= sum(len(s.families) for s in styles) <= 130


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout3_styles():
        assert style.families and len({f.name for f in style.families}) == len(style.families)
        for year in range(2015, 2021):
            plan = _Plan(style, 0, body, dt.date(year, 6, 21), style.sections[0])
            values = _slots(plan, ["Ada Brook", "Tom Vale"], ["One title", "Another"], rng)
            for fam in style.families:
                for _, template in fam.wordings:
                    text = render(template, values, rng)
                    assert text.strip() and "\n" not in text and "{" not in text, (
                        style.domain, fam.name)


def test_brazilian_dates_are_day_month_year() -> None:
    style = heldout3_styles()[0]
    plan = _Plan(style, 0, _bodies(1)[0], dt.date(2017, 6, 21), style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    line = style.family("data").wording(plan.date).format_map(values)
    assert re.fullmatch(r"Publicado em 21/06/2017 \u00e0s \d\dh\d\d", line), line


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout3_styles(), seed=4, n_publishers=12).docs
    again = generate(bodies, heldout3_styles(), seed=4, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout3_styles()}
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
    assert {"portalmirante.com.br", "verificadorsur.org", "local482voice.org"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout3_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    for fam in ("portalmirante.com.br/data", "portalmirante.com.br/leia-tambem",
                "docketline.com/byline", "vitalishealth.com/reviewed",
                "checkpointcafe.gg/byline", "verificadorsur.org/byline"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    data = fams["portalmirante.com.br/data"]
    assert any(t.startswith("Publicado em") for t in data)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} \d\dh\d\d", t) for t in data)
    disclaimers = set(fams["vitalishealth.com/disclaimer"])
    assert any(t.startswith("The information on") for t in disclaimers)
    assert any(t.startswith("This article is general") for t in disclaimers)
    # small edits: a fixed notice is not always byte-identical
    assert len(disclaimers) > 2
    # lines in only some articles, some families in a small share
    for fam, low, high in (("publicidade", 0.3, 0.8), ("erro", 0.03, 0.35)):
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines) for d in docs
                      if d.publisher == "portalmirante.com.br")
        total = sum(d.publisher == "portalmirante.com.br" for d in docs)
        assert low * total < carried < high * total, fam
    # a mid-body insert can occur twice in one article
    assert any(sum(line.label.endswith("portalmirante.com.br/foto") for line in d.lines) == 2
               for d in docs)
    # the article's own title (a citation line) and bare lines of another article's title
    titles = {d.lines[0].text for d in docs}
    assert any(t.startswith("Cite as:") for t in fams["calderinstitute.org/cite"])
    assert set(fams["calderinstitute.org/related"]) <= titles
    # names at the start of lines
    assert all(t.split()[0][0].isupper() for t in fams["local482voice.org/signature"])
    # the sister sites' corporate footer and the shared widget: the same line on several
    assert set(fams["docketline.com/corbel"]) & set(fams["keyholderreport.com/corbel"])
    assert set(fams["docketline.com/network"]) & set(fams["keyholderreport.com/network"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/corbel")}) >= 4
    assert len({f.partition("/")[0] for f in fams if f.endswith("/like-loading")}) >= 3


def test_mid_body_inserts_sit_inside_the_body(docs: list[PlantedDoc]) -> None:
    middle = {f"{s.domain}/{f.name}" for s in heldout3_styles() for f in s.families
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

    assert TEMPLATE_SETS["held-back-3"] == (heldout3_styles, 4)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
