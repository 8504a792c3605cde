"""The held-back-9 template set (`tests.bench.heldout_templates_9`) makes well-formed corpora.

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
from tests.bench.heldout_templates_9 import heldout9_styles
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
    return generate(_bodies(620), heldout9_styles(), seed=10).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def _style(domain: str) -> PublisherStyle:
    return next(s for s in heldout9_styles() if s.domain == domain)


def _rendered(domain: str, family: str, date: dt.date) -> str:
    style = _style(domain)
    plan = _Plan(style, 0, _bodies(1)[0], date, style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    return style.family(family).wording(date).format_map(values)


def test_twelve_styles_and_about_a_hundred_and_ten_families() -> None:
    styles = heldout9_styles()
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    assert 100 <= sum(len(s.families) for s in styles) <= 120
    sizes = [s.base_size for s in styles]
    assert sizes == sorted(sizes, reverse=True)


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout9_styles():
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
    korean_old = _rendered("namsantimes.co.kr", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Published : Jun 21, 2017 - \d\d:\d\d", korean_old), korean_old
    korean_new = _rendered("namsantimes.co.kr", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Posted : 2019\.06\.21 \d\d:\d\d KST", korean_new), korean_new
    norwegian = _rendered("sunnfjordavis.no", "publisert", dt.date(2016, 6, 21))
    assert re.fullmatch(r"Publisert 21\.06\.2016 kl\. \d\d\.\d\d", norwegian), norwegian
    romanian = _rendered("muresonline.ro", "data", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Publicat: 21\.06\.2017, ora \d\d:\d\d", romanian), romanian
    moroccan = _rendered("echoriental.ma", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Le 21 juin 2017 à \d\dh\d\d", moroccan), moroccan
    peru_old = _rendered("elvigiadelsur.pe", "fecha", dt.date(2017, 6, 21))
    assert peru_old == "Arequipa, 21 de junio de 2017", peru_old
    peru_new = _rendered("elvigiadelsur.pe", "fecha", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Actualizado el 21/06/2019 a las \d\d:\d\d h", peru_new), peru_new
    athletics = _rendered("bexleystatesports.com", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"06/21/2019 \d{1,2}:\d\d [AP]M", athletics), athletics
    security = _rendered("bastionlabs.io", "meta", dt.date(2019, 6, 21))
    assert security.startswith("Ada Brook · 2019-06-21 · "), security


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout9_styles(), seed=10, n_publishers=12).docs
    again = generate(bodies, heldout9_styles(), seed=10, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout9_styles()}
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
    assert {"namsantimes.co.kr", "harwicklibrary.org", "hartwellfuneral.com"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout9_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    for fam in ("namsantimes.co.kr/date", "namsantimes.co.kr/related",
                "sunnfjordavis.no/publisert", "sunnfjordavis.no/les-ogsa",
                "muresonline.ro/data", "muresonline.ro/citeste", "echoriental.ma/date",
                "elvigiadelsur.pe/fecha", "harwicklibrary.org/posted", "bastionlabs.io/meta"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    dates = fams["sunnfjordavis.no/publisert"]
    assert any(" kl. " in t for t in dates)
    assert any("Sist oppdatert" in t for t in dates)
    korean = set(fams["namsantimes.co.kr/copyright"])
    assert any("All Rights Reserved" in t for t in korean)
    assert any("무단전재" in t for t in korean)
    romanian = set(fams["muresonline.ro/copyright"])
    assert any("link activ" in t for t in romanian)
    assert any("cookie-uri" in t for t in romanian)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    fixed = ("namsantimes.co.kr/korean", "elvigiadelsur.pe/reclamaciones",
             "muresonline.ro/comentarii", "echoriental.ma/arabe", "harwickzoo.org/aza",
             "bastionlabs.io/disclaimer", "sunnfjordavis.no/abonnent")
    wordings = {f"{s.domain}/{f.name}": len(f.wordings) for s in heldout9_styles()
                for f in s.families}
    assert sum(len(set(fams[f])) for f in fixed) > sum(wordings[f] for f in fixed)
    # lines in only some articles, some families in a small share
    norwegian = [d for d in docs if d.publisher == "sunnfjordavis.no"]
    for fam, low, high in (("pluss", 0.1, 0.42), ("abonnent", 0.04, 0.3),
                           ("les-ogsa", 0.45, 0.82)):
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines)
                      for d in norwegian)
        assert low * len(norwegian) < carried < high * len(norwegian), fam
    # a mid-body insert can occur two or three times in one article
    for fam in ("sunnfjordavis.no/annonse", "plinthmag.com/photo"):
        assert any(sum(line.label.endswith(fam) for line in d.lines) >= 2 for d in docs), fam
    assert any(sum(line.label.endswith("sunnfjordavis.no/annonse") for line in d.lines) == 3
               for d in docs)
    # the article's own title (an obituary heading) and other articles' titles
    own = [(d.lines[0].text, line.text) for d in docs for line in d.lines
           if line.label.endswith("hartwellfuneral.com/obituary-of")]
    assert own and sum(title in text for title, text in own) >= 0.9 * len(own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("▶ Related: ") for t in fams["namsantimes.co.kr/related"]}
    assert also & titles
    # names at the start of lines
    for fam in ("bastionlabs.io/meta", "bexleystatesports.com/contact", "plinthmag.com/bio",
                "harwicklibrary.org/bio", "hartwellfuneral.com/signoff"):
        assert fams[fam] and all(t.split()[0][0].isupper() and not t.startswith("By ")
                                 for t in fams[fam]), fam
    assert any(t.endswith(", journalist") for t in fams["sunnfjordavis.no/byline"])
    # Norwegian, Romanian, Korean, Arabic and Spanish lines, symbols and emoji
    assert "ANNONSE" in fams["sunnfjordavis.no/annonse"]
    assert any(t.startswith("CITEȘTE ȘI: ") for t in fams["muresonline.ro/citeste"])
    assert any("한국어" in t for t in fams["namsantimes.co.kr/korean"])
    assert any("العربية" in t for t in fams["echoriental.ma/arabe"])
    assert "Libro de Reclamaciones" in fams["elvigiadelsur.pe/reclamaciones"]
    assert any(t.startswith("📅 ") for t in fams["harwicklibrary.org/event-when"])
    assert any(t.startswith("ⓒ ") or "ⓒ" in t for t in fams["namsantimes.co.kr/copyright"])
    assert any("▲" in t or "▼" in t for t in fams["namsantimes.co.kr/markets"])
    # the city portal footer: the same lines under the library's blog and the zoo's news
    for fam in ("city-portal", "city-legal"):
        assert set(fams[f"harwicklibrary.org/{fam}"]) & set(fams[f"harwickzoo.org/{fam}"])


def test_multi_line_blocks_stay_together(docs: list[PlantedDoc]) -> None:
    # each line of a block has its own share, so an article carries some or all of them,
    # always adjacent and in the block's order
    blocks = {
        "harwicklibrary.org": (["event-when", "event-where", "event-register"], 3),
        "bastionlabs.io": (["adv-cve", "adv-cvss", "adv-status"], 2),
        "harwickzoo.org": (["facts-head", "facts-status", "facts-diet"], 2),
        "bexleystatesports.com": (["next-head", "next-game", "next-watch"], 2),
        "plinthmag.com": (["credits-head", "credits-architect", "credits-location",
                           "credits-completed"], 3),
        "wealdbees.org.uk": (["meeting-head", "meeting-when", "meeting-visitors"], 1),
        "hartwellfuneral.com": (["service-head", "service-visitation",
                                 "service-location"], 3),
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
    middle = {f"{s.domain}/{f.name}" for s in heldout9_styles() for f in s.families
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

    assert TEMPLATE_SETS["held-back-9"] == (heldout9_styles, 10)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
