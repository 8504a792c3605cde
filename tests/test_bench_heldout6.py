"""The held-back-6 template set (`tests.bench.heldout_templates_6`) makes well-formed corpora.

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
from tests.bench.heldout_templates_6 import heldout6_styles
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
    return generate(_bodies(620), heldout6_styles(), seed=7).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def _style(domain: str) -> PublisherStyle:
    return next(s for s in heldout6_styles() if s.domain == domain)


def _rendered(domain: str, family: str, date: dt.date) -> str:
    style = _style(domain)
    plan = _Plan(style, 0, _bodies(1)[0], date, style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    return style.family(family).wording(date).format_map(values)


def test_twelve_styles_and_about_a_hundred_and_ten_families() -> None:
    styles = heldout6_styles()
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    assert 100 <= sum(len(s.families) for s in styles) <= 120
    sizes = [s.base_size for s in styles]
    assert sizes == sorted(sizes, reverse=True)


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout6_styles():
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
    dutch_old = _rendered("noorderdagblad.nl", "datum", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21-06-17, \d\d:\d\d", dutch_old), dutch_old
    dutch_new = _rendered("noorderdagblad.nl", "datum", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Gepubliceerd op 21-06-2019 om \d\d:\d\d", dutch_new), dutch_new
    greek_old = _rendered("aigaiosimera.gr", "date", dt.date(2016, 6, 21))
    assert re.fullmatch(r"21/06/2016 \u2022 \d\d:\d\d", greek_old), greek_old
    greek_new = _rendered("aigaiosimera.gr", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(
        r"\u0395\u03bd\u03b7\u03bc\u03b5\u03c1\u03ce\u03b8\u03b7\u03ba\u03b5: 21/06/2017, "
        r"\d\d:\d\d", greek_new), greek_new
    gulf_old = _rendered("creekline.ae", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Published: Wed 21 June 2017, \d{1,2}:\d\d [AP]M", gulf_old), gulf_old
    gulf_new = _rendered("creekline.ae", "date", dt.date(2019, 7, 5))
    assert re.fullmatch(r"Last updated: Fri 05 Jul 2019, \d\d:\d\d GST", gulf_new), gulf_new
    nigerian = _rendered("lagosclarion.com.ng", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Friday, June 21, 2019 \| \d{1,2}:\d\d [AP]M WAT", nigerian), nigerian


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout6_styles(), seed=7, n_publishers=12).docs
    again = generate(bodies, heldout6_styles(), seed=7, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout6_styles()}
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
    assert {"noorderdagblad.nl", "lagosclarion.com.ng", "thirdfusiliers.org.uk"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout6_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    for fam in ("noorderdagblad.nl/datum", "noorderdagblad.nl/lees-ook",
                "noorderdagblad.nl/auteur", "lagosclarion.com.ng/byline",
                "aigaiosimera.gr/date", "creekline.ae/markets", "creekline.ae/byline",
                "yarrabendstandard.com.au/updated", "halyardpress.com/ref"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    dates = fams["noorderdagblad.nl/datum"]
    assert any(re.fullmatch(r"\d\d-\d\d-\d\d, \d\d:\d\d", t) for t in dates)
    assert any(re.fullmatch(r"Gepubliceerd op \d\d-\d\d-\d{4} om \d\d:\d\d", t) for t in dates)
    copyright_nl = set(fams["noorderdagblad.nl/copyright"])
    assert any("dataminingvoorbehoud" in t for t in copyright_nl)
    assert any(t.endswith("Alle rechten voorbehouden.") for t in copyright_nl)
    social = set(fams["lagosclarion.com.ng/social"])
    assert any(t.startswith("Follow us") for t in social)
    assert any("WhatsApp" in t for t in social)
    cookies = {t for f, ts in fams.items() if f.endswith("/cookies") for t in ts}
    assert any(t.startswith("We use cookies") for t in cookies)
    assert any(t.startswith("This site uses essential cookies") for t in cookies)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    fixed = ("noorderdagblad.nl/nieuwsbrief", "lagosclarion.com.ng/moderation",
             "lagosclarion.com.ng/advertorial", "aigaiosimera.gr/copyright",
             "creekline.ae/arabic", "creekline.ae/copyright")
    wordings = {f"{s.domain}/{f.name}": len(f.wordings) for s in heldout6_styles()
                for f in s.families}
    assert sum(len(set(fams[f])) for f in fixed) > sum(wordings[f] for f in fixed)
    # lines in only some articles, some families in a small share
    dutch = [d for d in docs if d.publisher == "noorderdagblad.nl"]
    for fam, low, high in (("advertentie", 0.6, 0.92), ("nieuwsbrief", 0.12, 0.45),
                           ("regio", 0.28, 0.62)):
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines) for d in dutch)
        assert low * len(dutch) < carried < high * len(dutch), fam
    # a mid-body insert can occur two or three times in one article
    for fam in ("noorderdagblad.nl/advertentie", "yarrabendstandard.com.au/advertisement"):
        assert any(sum(line.label.endswith(fam) for line in d.lines) >= 2 for d in docs), fam
    # the article's own title (a PDF download line) and other articles' titles
    own = [(d.lines[0].text, line.text) for d in docs for line in d.lines
           if line.label.endswith("lindaleam.com/download")]
    assert own and all(title in text for title, text in own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Lees ook: ") for t in fams["noorderdagblad.nl/lees-ook"]}
    assert also & titles
    # names at the start of lines
    for fam in ("thirdfusiliers.org.uk/signoff", "creekline.ae/byline",
                "lindaleam.com/manager"):
        assert fams[fam] and all(t.split()[0][0].isupper() and "," in t for t in fams[fam]), fam
    assert any(not t.startswith("By ") for t in fams["lagosclarion.com.ng/byline"])
    # Greek and Arabic lines, symbols and emoji
    assert any("\u0394\u0399\u0391\u03a6\u0397\u039c\u0399\u03a3\u0397" == t
               for t in fams["aigaiosimera.gr/ad"])
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in t) for t in fams["creekline.ae/arabic"])
    assert any(t.startswith("\u26f0\ufe0f ") for t in fams["moelwynmrt.org.uk/emergency"])
    # the web agency's footer: the same lines on three small charities' sites
    for sister in ("calderbanklaw.org.uk", "thirdfusiliers.org.uk"):
        assert set(fams["moelwynmrt.org.uk/web-credit"]) & set(fams[f"{sister}/web-credit"])
        assert set(fams["moelwynmrt.org.uk/cookies"]) & set(fams[f"{sister}/cookies"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/web-credit")}) >= 4


def test_multi_line_blocks_stay_together(docs: list[PlantedDoc]) -> None:
    # each line of a block has its own share, so an article carries some or all of them,
    # always adjacent and in the block's order
    blocks = {
        "cardboardcabinet.net": (["designer", "publisher", "players"], 3),
        "chainlinecycling.com": (["spec-head", "spec-frame", "spec-group", "spec-price"], 3),
        "moelwynmrt.org.uk": (["team", "hours", "agencies"], 2),
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
    middle = {f"{s.domain}/{f.name}" for s in heldout6_styles() for f in s.families
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

    assert TEMPLATE_SETS["held-back-6"] == (heldout6_styles, 7)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
