"""The held-back-7 template set (`tests.bench.heldout_templates_7`) makes well-formed corpora.

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
from tests.bench.heldout_templates_7 import heldout7_styles
from tests.bench.planted_real import GoldBody, _Plan, _slots, generate

_WORDS = ("gravel beacon mooring thicket ferry lagoon quarry bellows sluice pylon "
          "hamlet causeway reed tannery foundry brook meadow turbine saltpan ridge").split()


def _bodies(n: int) -> list[GoldBody]:
    rng = random.Random(23)
    bodies = []
    for i in range(n):
        title = f"Item {i}: " + " ".join(rng.choices(_WORDS, k=5))
        lines = [title] + [f"Part {i}.{j} " + " ".join(rng.choices(_WORDS, k=20)) + "."
                           for j in range(rng.randint(3, 9))]
        bodies.append(GoldBody(f"fake/{i}", title, tuple(lines), True))
    return bodies


@pytest.fixture(scope="module")
def docs() -> list[PlantedDoc]:
    return generate(_bodies(620), heldout7_styles(), seed=8).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def _style(domain: str) -> PublisherStyle:
    return next(s for s in heldout7_styles() if s.domain == domain)


def _rendered(domain: str, family: str, date: dt.date) -> str:
    style = _style(domain)
    plan = _Plan(style, 0, _bodies(1)[0], date, style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    return style.family(family).wording(date).format_map(values)


def test_twelve_styles_and_about_a_hundred_and_ten_families() -> None:
    styles = heldout7_styles()
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    assert 100 <= sum(len(s.families) for s in styles) <= 120
    sizes = [s.base_size for s in styles]
    assert sizes == sorted(sizes, reverse=True)


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout7_styles():
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
    czech_old = _rendered("podhorskydenik.cz", "datum", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21\.06\.2017 \d\d:\d\d", czech_old), czech_old
    czech_new = _rendered("podhorskydenik.cz", "datum", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Publikováno 21\.06\.2019, \d\d:\d\d", czech_new), czech_new
    turkish = _rendered("karadenizsabah.com.tr", "tarih", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Giriş: 21\.06\.2017 - \d\d:\d\d", turkish), turkish
    vn_old = _rendered("redrivertimes.vn", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21/06/2017 \d\d:\d\d GMT\+7", vn_old), vn_old
    vn_new = _rendered("redrivertimes.vn", "date", dt.date(2019, 7, 5))
    assert re.fullmatch(r"Last updated: July 5, 2019 \| \d{1,2}:\d\d [AP]M \(GMT\+7\)",
                        vn_new), vn_new
    pgn = _rendered("zugzwangtimes.com", "pgn-date", dt.date(2018, 3, 9))
    assert pgn == '[Date "2018.03.09"]', pgn
    fiji = _rendered("lagoonbroadcasting.com.fj", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Friday 21 June 2019 \| \d{1,2}:\d\d [AP]M FJT", fiji), fiji


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout7_styles(), seed=8, n_publishers=12).docs
    again = generate(bodies, heldout7_styles(), seed=8, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout7_styles()}
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
    assert {"podhorskydenik.cz", "rotundareport.org", "millrace.coop"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout7_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    for fam in ("podhorskydenik.cz/datum", "podhorskydenik.cz/ctete",
                "podhorskydenik.cz/diskuse", "karadenizsabah.com.tr/tarih",
                "karadenizsabah.com.tr/ilgili", "redrivertimes.vn/date",
                "redrivertimes.vn/vietnamese", "leewardbeacon.ag/date",
                "rotundareport.org/byline", "fstopalmanac.com/exif"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    dates = fams["podhorskydenik.cz/datum"]
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", t) for t in dates)
    assert any(t.startswith("Publikováno ") for t in dates)
    licence = set(fams["redrivertimes.vn/licence"])
    assert any("548/GP-BTTTT" in t for t in licence)
    assert any("312/GP-BTTTT" in t for t in licence)
    takip = set(fams["karadenizsabah.com.tr/takip"])
    assert any("Instagram" in t for t in takip)
    assert any("Google Haberler" in t for t in takip)
    hours = set(fams["millrace.coop/hours"])
    assert any("Open daily" in t for t in hours)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    fixed = ("podhorskydenik.cz/tip", "karadenizsabah.com.tr/yorum",
             "leewardbeacon.ag/whatsapp", "redrivertimes.vn/hotline",
             "rotundareport.org/newsletter", "furlongandform.co.uk/helpline")
    wordings = {f"{s.domain}/{f.name}": len(f.wordings) for s in heldout7_styles()
                for f in s.families}
    assert sum(len(set(fams[f])) for f in fixed) > sum(wordings[f] for f in fixed)
    # lines in only some articles, some families in a small share
    czech = [d for d in docs if d.publisher == "podhorskydenik.cz"]
    for fam, low, high in (("reklama", 0.6, 0.92), ("tip", 0.07, 0.35),
                           ("rubrika", 0.33, 0.67)):
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines) for d in czech)
        assert low * len(czech) < carried < high * len(czech), fam
    # a mid-body insert can occur two or three times in one article
    for fam in ("podhorskydenik.cz/reklama", "leewardbeacon.ag/advert"):
        assert any(sum(line.label.endswith(fam) for line in d.lines) >= 2 for d in docs), fam
    # the article's own title (a discussion link) and other articles' titles
    own = [(d.lines[0].text, line.text) for d in docs for line in d.lines
           if line.label.endswith("podhorskydenik.cz/diskuse")]
    assert own and sum(title in text for title, text in own) >= 0.9 * len(own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Čtěte také: ") for t in fams["podhorskydenik.cz/ctete"]}
    assert also & titles
    # names at the start of lines
    for fam in ("rotundareport.org/byline", "millrace.coop/signoff"):
        assert fams[fam] and all(t.split()[0][0].isupper() and not t.startswith("By ")
                                 for t in fams[fam]), fam
    assert any(not t.startswith("Reporter: ")
               for t in fams["lagoonbroadcasting.com.fj/reporter"])
    # Czech, Turkish and Vietnamese lines, symbols and emoji
    assert "Reklama" in fams["podhorskydenik.cz/reklama"]
    assert any(t.startswith("İLGİLİ HABER: ") for t in fams["karadenizsabah.com.tr/ilgili"])
    assert any("tiếng Việt" in t for t in fams["redrivertimes.vn/vietnamese"])
    assert any(t.startswith("\u26a0\ufe0f ") for t in fams["lagoonbroadcasting.com.fj/cyclone"])
    # the statehouse bureau's network block: the same lines on the bureau and the county paper
    for fam in ("network", "contact"):
        assert set(fams[f"rotundareport.org/{fam}"]) & set(fams[f"osagevalleycourier.com/{fam}"])


def test_multi_line_blocks_stay_together(docs: list[PlantedDoc]) -> None:
    # each line of a block has its own share, so an article carries some or all of them,
    # always adjacent and in the block's order
    blocks = {
        "rotundareport.org": (["bill-head", "bill", "sponsor", "status"], 3),
        "fstopalmanac.com": (["glance-head", "glance-sensor", "glance-mount",
                              "glance-sealing"], 3),
        "zugzwangtimes.com": (["pgn-event", "pgn-site", "pgn-date", "pgn-result"], 3),
        # the county paper prints the bureau's block only under the bureau's stories
        "osagevalleycourier.com": (["network", "contact"], 1),
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
    middle = {f"{s.domain}/{f.name}" for s in heldout7_styles() for f in s.families
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

    assert TEMPLATE_SETS["held-back-7"] == (heldout7_styles, 8)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
