"""The held-back-5 template set (`tests.bench.heldout_templates_5`) makes well-formed corpora.

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
from tests.bench.heldout_templates_5 import heldout5_styles
from tests.bench.planted_real import GoldBody, _Plan, _slots, generate

_WORDS = ("kettle granite railway pasture ledger monsoon bracket tideway quota lantern "
          "spindle harvest canal ember district tribunal orchard cobble furnace delta").split()


def _bodies(n: int) -> list[GoldBody]:
    rng = random.Random(17)
    bodies = []
    for i in range(n):
        title = f"Report {i}: " + " ".join(rng.choices(_WORDS, k=5))
        lines = [title] + [f"Section {i}.{j} " + " ".join(rng.choices(_WORDS, k=20)) + "."
                           for j in range(rng.randint(3, 9))]
        bodies.append(GoldBody(f"fake/{i}", title, tuple(lines), True))
    return bodies


@pytest.fixture(scope="module")
def docs() -> list[PlantedDoc]:
    return generate(_bodies(620), heldout5_styles(), seed=6).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def _style(domain: str) -> PublisherStyle:
    return next(s for s in heldout5_styles() if s.domain == domain)


def _rendered(domain: str, family: str, date: dt.date) -> str:
    style = _style(domain)
    plan = _Plan(style, 0, _bodies(1)[0], date, style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    return style.family(family).wording(date).format_map(values)


def test_twelve_styles_and_about_a_hundred_families() -> None:
    styles = heldout5_styles()
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    assert 90 <= sum(len(s.families) for s in styles) <= 130
    sizes = [s.base_size for s in styles]
    assert sizes == sorted(sizes, reverse=True)


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout5_styles():
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
    dotted = _rendered("setouchi-times.jp", "date", day)
    assert re.fullmatch(r"2017\.06\.21 \d\d:\d\d JST", dotted), dotted
    kanji = _rendered("setouchi-times.jp", "date", dt.date(2019, 6, 21))
    assert kanji == "2019\u5e7406\u670821\u65e5 / Jun 21, 2019", kanji
    quebec = _rendered("echodufjord.ca", "date", day)
    assert re.fullmatch(r"Publi\u00e9 le 21 juin 2017 \u00e0 \d\d h \d\d", quebec), quebec
    mexican = _rendered("centineladelbajio.mx", "fecha", day)
    assert re.fullmatch(r"21 de junio de 2017 \| \d\d:\d\d hrs", mexican), mexican
    kenyan = _rendered("savannabusiness.co.ke", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Published 21 June 2019 at \d\d:\d\d EAT", kenyan), kenyan


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout5_styles(), seed=6, n_publishers=12).docs
    again = generate(bodies, heldout5_styles(), seed=6, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout5_styles()}
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
    assert {"malabarexpress.in", "setouchi-times.jp", "borderfarmer.co.uk"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout5_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    for fam in ("malabarexpress.in/updated", "malabarexpress.in/also-read",
                "malabarexpress.in/byline", "setouchi-times.jp/date",
                "highveldpost.co.za/byline", "centineladelbajio.mx/fecha",
                "echodufjord.ca/date", "savannabusiness.co.ke/markets"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    dates = fams["setouchi-times.jp/date"]
    assert any(re.fullmatch(r"\d{4}\.\d\d\.\d\d \d\d:\d\d JST", t) for t in dates)
    assert any(re.fullmatch(r"\d{4}\u5e74\d\d\u6708\d\d\u65e5 / [A-Z][a-z]{2} \d{1,2}, \d{4}", t)
               for t in dates)
    code = set(fams["highveldpost.co.za/press-code"])
    assert any("South African Press Code" in t for t in code)
    assert any("Code of Ethics and Conduct" in t for t in code)
    social = set(fams["malabarexpress.in/social"])
    assert any(t.startswith("Follow ") for t in social)
    assert any(t.startswith("\U0001f4f2 ") for t in social)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    fixed = ("malabarexpress.in/social", "malabarexpress.in/disclaimer",
             "setouchi-times.jp/ja-link", "highveldpost.co.za/press-code",
             "highveldpost.co.za/briefing", "centineladelbajio.mx/redes")
    wordings = {f"{s.domain}/{f.name}": len(f.wordings) for s in heldout5_styles()
                for f in s.families}
    assert sum(len(set(fams[f])) for f in fixed) > sum(wordings[f] for f in fixed)
    # lines in only some articles, some families in a small share
    malabar = [d for d in docs if d.publisher == "malabarexpress.in"]
    for fam, low, high in (("advertisement", 0.65, 0.97), ("disclaimer", 0.08, 0.4),
                           ("inputs", 0.1, 0.45)):
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines) for d in malabar)
        assert low * len(malabar) < carried < high * len(malabar), fam
    # a mid-body insert can occur twice in one article
    assert any(sum(line.label.endswith("malabarexpress.in/advertisement") for line in d.lines)
               == 2 for d in docs)
    # the article's own title (a Pinterest line) and other articles' titles
    own = [(d.lines[0].text, line.text) for d in docs for line in d.lines
           if line.label.endswith("weekendworkbench.com/pin")]
    assert own and all(title in text for title, text in own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Also Read | ").removeprefix("ALSO READ: ")
            for t in fams["malabarexpress.in/also-read"]}
    assert also & titles
    # names at the start of lines
    for fam in ("savannabusiness.co.ke/twitter", "ballykeelchampion.ie/byline"):
        assert fams[fam] and all(t.split()[0][0].isupper() for t in fams[fam]), fam
    assert all(len(t.split()) >= 2 for t in fams["ballykeelchampion.ie/byline"])
    # the group footer: the same lines on three sister papers
    for sister in ("ballykeelchampion.ie", "borderfarmer.co.uk"):
        assert set(fams["glenardenadvertiser.co.uk/heatherbank"]) & set(
            fams[f"{sister}/heatherbank"])
        assert set(fams["glenardenadvertiser.co.uk/titles"]) & set(fams[f"{sister}/titles"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/heatherbank")}) >= 4


def test_multi_line_blocks_stay_together(docs: list[PlantedDoc]) -> None:
    # each line of a block has its own share, so an article carries some or all of them,
    # always adjacent and in the block's order
    blocks = {
        "weekendworkbench.com": (["glance-head", "cost", "time-needed", "difficulty"], 3),
        "setouchi-times.jp": (["info-head", "access", "inquiries"], 2),
        "trilakestransit.org": (["title-vi", "espanol"], 2),
    }
    for publisher, (block, want) in blocks.items():
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
        assert longest >= want, publisher


def test_mid_body_inserts_sit_inside_the_body(docs: list[PlantedDoc]) -> None:
    middle = {f"{s.domain}/{f.name}" for s in heldout5_styles() for f in s.families
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

    assert TEMPLATE_SETS["held-back-5"] == (heldout5_styles, 6)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
