"""End to end on the planted corpus: what goes, what stays, and the output contract."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import cleanpipe
from cleanpipe.config import Config, DetectConfig, InputConfig, RunConfig
from cleanpipe.engine import local
from cleanpipe.engine.pool import ordered_map as local_ordered_map
from cleanpipe.errors import OutputError
from tests import planted

ONE_WORKER = Config(run=RunConfig(workers=1))


def write_jsonl(path: Path, docs: list[planted.Doc]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps({"id": doc.id, "url": doc.url, "text": doc.text,
                                "lang": "en", "rank": len(doc.lines)}) + "\n")
    return path


def read_docs(out: Path) -> dict[str, dict]:
    rows = pq.read_table(out / "docs").to_pylist()
    return {row["id"]: row for row in rows}


def write_records(path: Path, records: list[dict]) -> Path:
    with open(path, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    return path


def clean_docs(source: Path, out: Path, config: Config) -> dict[str, dict]:
    """`source` run through cleanpipe into `out`: the clean documents by id."""
    cleanpipe.run([str(source)], str(out), config=config)
    return read_docs(out)


def rule_rows(out: Path, rule: str) -> list[dict]:
    """The boilerplate.parquet rows of one rule."""
    return [r for r in pq.read_table(out / "boilerplate.parquet").to_pylist()
            if r["rule"] == rule]


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    docs = planted.corpus()
    write_jsonl(tmp / "a.jsonl.gz", docs[:45])
    write_jsonl(tmp / "b.jsonl.gz", docs[45:])
    with open(tmp / "a.jsonl.gz", "ab") as f:  # a bad record appended in its own member
        f.write(gzip.compress(b'{"id": "broken", "text": \n'))
    stats = cleanpipe.run([str(tmp)], str(tmp / "out"), config=ONE_WORKER)
    return docs, tmp / "out", stats


def test_boilerplate_goes_and_content_stays(cleaned):
    docs, out, _ = cleaned
    clean = read_docs(out)
    for doc in docs:
        text = clean[doc.id]["text"]
        for line, label in doc.lines:
            if label.startswith("bp:"):
                assert line not in text, (doc.id, label)
            else:
                assert line in text, (doc.id, label)


def test_every_planted_family_is_reported(cleaned):
    docs, out, _ = cleaned
    table = pq.read_table(out / "boilerplate.parquet").to_pylist()
    label_of = {line: label for doc in docs for line, label in doc.lines}
    reported = {(row["publisher"], label_of.get(row["text"])) for row in table}
    assert reported == {
        ("harbourgazette.com", "bp:byline"),
        ("harbourgazette.com", "bp:dateline"),
        ("harbourgazette.com", "bp:donation"),
        ("harbourgazette.com", "bp:copyright"),
        ("harbourgazette.com", "bp:social"),
        ("valleyledger.org", "bp:written-by"),
        ("valleyledger.org", "bp:advert"),
        ("valleyledger.org", "bp:originally"),
    }
    by_text = {row["text"]: row for row in table}
    advert = by_text["Advertisement"]
    assert advert["position"] == "middle" and advert["share"] == 1.0
    donation = next(r for r in table if label_of.get(r["text"]) == "bp:donation")
    assert donation["n_variants"] == 2 and donation["position"] == "tail"


def test_removed_spans_undo_every_cut(cleaned):
    docs, out, _ = cleaned
    clean = read_docs(out)
    for doc in docs:
        row = clean[doc.id]
        original, pieces, pos = doc.text, [], 0
        for span in row["removed"]:
            pieces.append(original[pos : span["start"]])
            pos = span["end"]
        pieces.append(original[pos:])
        assert "".join(pieces) == row["text"]
        assert row["n_chars_in"] == len(original)
        assert row["n_chars_removed"] == len(original) - len(row["text"])


def test_output_contract_and_stats(cleaned):
    docs, out, stats = cleaned
    assert sorted(p.name for p in out.iterdir()) == [
        "boilerplate.parquet", "docs", "rejects.parquet", "stats.json"]
    table = pq.read_table(out / "docs")
    assert table.column_names == ["id", "url", "publisher", "text", "n_chars_in",
                                  "n_chars_removed", "removed", "lang", "rank"]
    assert table.num_rows == len(docs)
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert len(rejects) == 1 and rejects[0]["file"].endswith("a.jsonl.gz")
    assert rejects[0]["stage"] == "read" and "JSON" in rejects[0]["reason"]
    on_disk = json.loads((out / "stats.json").read_text())
    assert on_disk == json.loads(json.dumps(stats))
    assert stats["documents"] == {"in": len(docs) + 1, "out": len(docs), "rejected": 1,
                                  "rejected_by_stage": {"read": 1}}
    assert stats["chars"]["removed"] == sum(table.column("n_chars_removed").to_pylist())
    assert set(stats["publishers"]) == {"harbourgazette.com", "valleyledger.org"}
    assert 0 < stats["publishers"]["harbourgazette.com"]["removal_rate"] < 0.5


def test_same_result_whatever_file_order_and_workers(cleaned, tmp_path):
    docs, out, _ = cleaned
    # Same documents, files named so they sort the other way, two workers.
    write_jsonl(tmp_path / "z.jsonl.gz", docs[:45])
    write_jsonl(tmp_path / "y.jsonl.gz", docs[45:])
    cfg = Config(run=RunConfig(workers=2))
    cleanpipe.run([str(tmp_path / "z.jsonl.gz"), str(tmp_path / "y.jsonl.gz")],
                  str(tmp_path / "out"), config=cfg)
    first = pq.read_table(out / "boilerplate.parquet")
    second = pq.read_table(tmp_path / "out" / "boilerplate.parquet")
    assert first.equals(second)
    a = {k: (v["text"], v["removed"]) for k, v in read_docs(out).items()}
    b = {k: (v["text"], v["removed"]) for k, v in read_docs(tmp_path / "out").items()}
    assert a == b


def test_duplicate_ids_across_worker_chunks(tmp_path, monkeypatch):
    """Workers parse their own chunks; ids are still claimed in run order, so the first
    occurrence wins and every later one is a reject, whatever the number of workers."""
    monkeypatch.setattr(local, "_STRIP_POOL_MIN_BYTES", 0)  # pass 2 in the pool as well
    docs = planted.corpus()[:40]
    (tmp_path / "in").mkdir()
    a = write_jsonl(tmp_path / "in" / "a.jsonl.gz", docs[:30])
    write_jsonl(tmp_path / "in" / "b.jsonl.gz", docs[25:] + docs[:2])  # 25..29 and 0, 1 again
    outputs = []
    for workers in (1, 2):
        cfg = Config(input=InputConfig(batch_size=4), run=RunConfig(workers=workers))
        out = tmp_path / f"out{workers}"
        cleanpipe.run([str(tmp_path / "in")], str(out), config=cfg)
        outputs.append([pq.read_table(out / name)
                        for name in ("docs", "boilerplate.parquet", "rejects.parquet")])
    assert all(one.equals(two) for one, two in zip(*outputs, strict=True))
    rejects = outputs[0][2].to_pylist()
    again = [(line, index + 1) for line, index in [(1, 25), (2, 26), (3, 27), (4, 28), (5, 29),
                                                   (16, 0), (17, 1)]]
    assert [(r["record"], r["id"], r["reason"]) for r in rejects] == [
        (str(line), docs[first - 1].id, f"duplicate id, first seen at {a}:{first}")
        for line, first in again
    ]
    assert sorted(read_docs(tmp_path / "out1")) == sorted(d.id for d in docs)


def test_small_strip_pass_runs_in_process(tmp_path, monkeypatch):
    write_jsonl(tmp_path / "a.jsonl.gz", planted.corpus()[:20])
    pools = []

    def recording(fn, tasks, workers):
        pools.append((fn.__name__, workers))
        return local_ordered_map(fn, tasks, 1)

    monkeypatch.setattr(local, "ordered_map", recording)
    cleanpipe.run([str(tmp_path / "a.jsonl.gz")], str(tmp_path / "out"),
                  config=Config(run=RunConfig(workers=2)))
    # A few KB spilled: no second pool, for counting the words or for stripping.
    assert pools == [("analyse", 2), ("count_words", 1), ("clean", 1)]


def test_existing_output_refused_then_replaced(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl.gz", planted.corpus(n_gazette=6, n_ledger=3))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(OutputError, match="not empty"):
        cleanpipe.run([str(corpus)], str(out), config=ONE_WORKER)
    assert (out / "keep.txt").exists()
    cleanpipe.run([str(corpus)], str(out), config=ONE_WORKER, overwrite=True)
    assert not (out / "keep.txt").exists() and (out / "stats.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl.gz", "out"]


def test_a_crash_leaves_no_output(tmp_path, monkeypatch):
    corpus = write_jsonl(tmp_path / "c.jsonl.gz", planted.corpus(n_gazette=6, n_ledger=3))

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("cleanpipe.engine.tasks.strip", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        cleanpipe.run([str(corpus)], str(tmp_path / "out"), config=ONE_WORKER)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl.gz"]


ENDINGS = "tides lanterns quarry meadows ledger spires ravine tunnel pier dunes mill vault".split()


def test_a_footer_line_that_recurs_nowhere_goes_and_is_accounted_for(tmp_path):
    """"Read next" (a footer line of every page), then another article's title (each page
    its own), then the copyright line: the title goes as rule "footer-block", on one row
    of boilerplate.parquet, and its removed span names that row's cluster."""
    rng = random.Random(5)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    docs = []
    for d in range(12):
        body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
        # Each title ends its own way: titles sharing a last word closing their pages
        # would be a frame template (`segment.tail_word_keys`).
        title = " ".join([*rng.choices(words, k=5), ENDINGS[d]]).capitalize()
        lines = [*body, "Read next", title, "© 2020 Harbour Media. All rights reserved."]
        docs.append({"id": f"d{d}", "url": f"https://harbour.example.com/{d}",
                     "text": "\n\n".join(lines), "title": title, "body": body})
    with open(tmp_path / "c.jsonl", "w") as f:
        for doc in docs:
            f.write(json.dumps({k: doc[k] for k in ("id", "url", "text")}) + "\n")
    cleanpipe.run([str(tmp_path / "c.jsonl")], str(tmp_path / "out"), config=ONE_WORKER)
    clean = read_docs(tmp_path / "out")
    for doc in docs:
        assert clean[doc["id"]]["text"] == "\n\n".join(doc["body"])
    rows = rule_rows(tmp_path / "out", "footer-block")
    assert len(rows) == 1
    row = rows[0]
    assert (row["n_docs"], row["share"], row["n_variants"]) == (12, 1.0, 12)
    assert row["text"] == docs[0]["title"] and row["position"] == "tail"
    text, title = docs[3]["text"], docs[3]["title"]
    titled = [s for s in clean["d3"]["removed"] if title in text[s["start"] : s["end"]]]
    assert [s["cluster"] for s in titled] == [row["cluster"]]
    # Off, the titles stay.
    off = Config(run=RunConfig(workers=1), detect=DetectConfig(footer_block_max_words=0))
    cleanpipe.run([str(tmp_path / "c.jsonl")], str(tmp_path / "off"), config=off)
    assert docs[3]["title"] in read_docs(tmp_path / "off")["d3"]["text"]


def test_a_pictograph_notice_above_the_footer_goes_where_the_sites_templates_open_so(
        tmp_path):
    """A one-off notice opening with a pictograph, right above the footer, is cut on a
    site whose cut lines open with pictographs ("📲 Join our Telegram channel"), and kept
    on a site whose footer is plain (`Detection.pictured`, `strip.footer_block`)."""
    rng = random.Random(7)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    sites = {  # site: (footer, notice)
        "example.org": ("📲 Join our Telegram channel for the latest news",
                                 "😷 COVID-19: wash your hands often. Helpline 1075."),
        "example.net": ("Follow the Plain Gazette on Facebook and Instagram",
                              "😷 Flu season: book your jab at the pharmacy today."),
    }
    records, bodies = [], {}
    for site, (footer, notice) in sites.items():
        for d in range(12):
            body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
            lines = [*body, *([notice] if d == 0 else []), footer]
            doc_id = f"{site}-{d}"
            bodies[doc_id] = body
            records.append({"id": doc_id, "url": f"https://{site}/{d}",
                            "text": "\n\n".join(lines)})
    with open(tmp_path / "c.jsonl", "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    cleanpipe.run([str(tmp_path / "c.jsonl")], str(tmp_path / "out"), config=ONE_WORKER)
    clean = read_docs(tmp_path / "out")
    assert clean["example.org-0"]["text"] == "\n\n".join(
        bodies["example.org-0"])
    assert clean["example.net-0"]["text"] == "\n\n".join(
        [*bodies["example.net-0"], sites["example.net"][1]])


def test_a_pictograph_notice_mid_body_goes_where_the_sites_templates_open_so(tmp_path):
    """A one-off notice opening with a pictograph between two paragraphs of one page: rule
    "pictograph-line" on a site whose cut lines open with pictographs (one
    boilerplate.parquet row, the removed span naming its cluster), kept on a plain site
    and with `pictograph_lines` off."""
    rng = random.Random(9)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    notice = "🌊 River level at Kilgram: 1.62 m, falling"
    sites = {"example.org": "📲 Join our Telegram channel for the latest news",
             "example.net": "Follow the Plain Gazette on Facebook and Instagram"}
    records, bodies = [], {}
    for site, footer in sites.items():
        for d in range(12):
            body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
            lines = [*body[:2], *([notice] if d == 0 else []), *body[2:], footer]
            bodies[f"{site}-{d}"] = body
            records.append({"id": f"{site}-{d}", "url": f"https://{site}/{d}",
                            "text": "\n\n".join(lines)})
    source = write_records(tmp_path / "c.jsonl", records)

    clean = clean_docs(source, tmp_path / "out", ONE_WORKER)
    assert clean["example.org-0"]["text"] == "\n\n".join(bodies["example.org-0"])
    assert notice in clean["example.net-0"]["text"]
    rows = rule_rows(tmp_path / "out", "pictograph-line")
    assert [(r["publisher"], r["n_docs"], r["text"], r["position"]) for r in rows] == [
        ("example.org", 1, notice, "middle")]
    text = records[0]["text"]
    spans = [s for s in clean["example.org-0"]["removed"]
             if notice in text[s["start"]:s["end"]]]
    assert [s["cluster"] for s in spans] == [rows[0]["cluster"]]
    off = Config(run=RunConfig(workers=1), detect=DetectConfig(pictograph_lines=False))
    assert notice in clean_docs(source, tmp_path / "off", off)["example.org-0"]["text"]


def test_a_link_to_another_pages_title_goes_on_a_small_site_whatever_its_label(tmp_path):
    """On two pages of a site of three, a line of a label nobody listed and another page's
    title is rule "title-link" (one boilerplate.parquet row, the removed span naming its
    cluster); the same label before another site's title stays, and so does the line with
    `title_links` off."""
    rng = random.Random(11)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    vocabulary = ("quarry lantern pebble meadow cobalt thimble saddle walnut ember glacier "
                  "falcon pewter harvest tundra mosaic copper velvet granite").split()
    titles = {f"{site}-{d}": " ".join(rng.sample(vocabulary, 7)).capitalize()
              for site in ("example.org", "example.net") for d in range(3)}
    # Two pages of example.org point at another (on three, the label would be a prefix
    # template); example.net's first page at example.org's first.
    pointed = {"example.org-0": "example.org-1", "example.org-1": "example.org-2",
               "example.net-0": "example.org-0"}
    records, bodies = [], {}
    for doc_id, title in titles.items():
        site, d = doc_id.rsplit("-", 1)
        body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
        link = f"Ook de moeite ◆ {titles[pointed[doc_id]]}" if doc_id in pointed else None
        lines = [title, *body[:2], *([link] if link else []), *body[2:]]
        bodies[doc_id] = (title, body, link)
        records.append({"id": doc_id, "url": f"https://{site}/{d}", "text": "\n\n".join(lines)})
    source = write_records(tmp_path / "c.jsonl", records)

    clean = clean_docs(source, tmp_path / "out", ONE_WORKER)
    for doc_id, (title, body, _) in bodies.items():
        if doc_id.startswith("example.org"):
            assert clean[doc_id]["text"] == "\n\n".join([title, *body]), doc_id
    assert bodies["example.net-0"][2] in clean["example.net-0"]["text"]
    rows = rule_rows(tmp_path / "out", "title-link")
    assert [(r["publisher"], r["n_docs"], r["n_variants"], r["position"]) for r in rows] == [
        ("example.org", 2, 2, "middle")]
    text = records[0]["text"]
    spans = [s for s in clean["example.org-0"]["removed"]
             if bodies["example.org-0"][2] in text[s["start"]:s["end"]]]
    assert [s["cluster"] for s in spans] == [rows[0]["cluster"]]
    off = Config(run=RunConfig(workers=1), detect=DetectConfig(title_links=False))
    kept = clean_docs(source, tmp_path / "off", off)
    assert bodies["example.org-0"][2] in kept["example.org-0"]["text"]


def test_an_advertisement_marker_goes_on_two_pages_where_another_short_line_stays(tmp_path):
    """A line that is only an ad's marker ("Reklama", "- Advertisement -") goes mid-body on
    two of a publisher's twelve pages, below the share a one-word line needs otherwise; a
    subheading as rare ("Background") stays, and so does a marker on a single page."""
    rng = random.Random(11)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    records, bodies = [], {}
    for d in range(12):
        body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
        extra = {0: "Reklama", 1: "- Reklama -", 2: "Background", 3: "Background",
                 4: "Advertisement"}.get(d)
        lines = [*body[:2], *([extra] if extra else []), *body[2:]]
        bodies[f"d{d}"] = (body, extra)
        records.append({"id": f"d{d}", "url": f"https://example.org/{d}",
                        "text": "\n\n".join(lines)})
    with open(tmp_path / "c.jsonl", "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    cleanpipe.run([str(tmp_path / "c.jsonl")], str(tmp_path / "out"), config=ONE_WORKER)
    clean = read_docs(tmp_path / "out")
    for d in (0, 1):
        assert clean[f"d{d}"]["text"] == "\n\n".join(bodies[f"d{d}"][0])
    assert "Background" in clean["d2"]["text"] and "Background" in clean["d3"]["text"]
    assert "Advertisement" in clean["d4"]["text"]


def test_a_line_saying_the_story_goes_on_after_an_ad_goes_like_the_ads_marker(tmp_path):
    """"La noticia continúa después del anuncio" and a bilingual marker ("広告 ·
    PUBLICIDADE") go on two of a publisher's sixteen pages, as a one-word marker does; a
    sentence that merely mentions an ad stays."""
    rng = random.Random(12)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    extras = {0: "La noticia continúa después del anuncio",
              1: "La noticia continúa después  del anuncio", 2: "広告 · PUBLICIDADE",
              3: "広告 · PUBLICIDADE", 4: "The council spent more on the advertisement.",
              5: "The council spent more on the advertisement."}
    records, bodies = [], {}
    for d in range(16):
        body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
        extra = extras.get(d)
        lines = [*body[:2], *([extra] if extra else []), *body[2:]]
        bodies[f"d{d}"] = body
        records.append({"id": f"d{d}", "url": f"https://example.org/{d}",
                        "text": "\n\n".join(lines)})
    with open(tmp_path / "c.jsonl", "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    cleanpipe.run([str(tmp_path / "c.jsonl")], str(tmp_path / "out"), config=ONE_WORKER)
    clean = read_docs(tmp_path / "out")
    for d in range(4):
        assert clean[f"d{d}"]["text"] == "\n\n".join(bodies[f"d{d}"]), d
    for d in (4, 5):
        assert extras[d] in clean[f"d{d}"]["text"]


def test_the_listed_ad_lines_are_written_as_normalize_writes_them():
    from cleanpipe.segment import normalize
    from cleanpipe.segment.labels import AD_CONTINUES, AD_MARKERS
    for line in AD_MARKERS.to_pylist() + AD_CONTINUES.to_pylist():
        assert normalize(line) == line, line


def test_sponsored_links_paid_content_and_scroll_notices_are_ads_in_several_languages():
    from cleanpipe.segment import normalize
    from cleanpipe.segment.labels import ad_lines
    listed = set(ad_lines().to_pylist())
    for line in ("Sponsored links", "スポンサーリンク", "Aviso publicitario", "Сурталчилгаа",
                 "— Contenido patrocinado —", "Gulir ke bawah untuk melanjutkan membaca",
                 "Scroll down to continue reading"):
        assert normalize(line) in listed, line
    assert normalize("Sponsored by the council") not in listed


def test_nordic_baltic_and_other_ad_markers_are_listed():
    """Danish, Estonian, Latvian, Albanian, Catalan, Basque, Nordic sponsored-content
    labels, Hausa, Amharic, Somali, Sinhala and Lao markers, as their sites print them."""
    from cleanpipe.segment import normalize
    from cleanpipe.segment.labels import ad_lines
    listed = set(ad_lines().to_pylist())
    for line in ("ANNONCE", "REKLAAM", "Reklāma", "– Reklamë –", "Publicitat", "Publizitatea",
                 "Sponsoreret indhold", "Annonsørinnhold", "Kaupallinen yhteistyö", "Sponsrad",
                 "TALLA", "ማስታወቂያ", "Xayeysiis", "දැන්වීම", "ໂຄສະນາ"):
        assert normalize(line) in listed, line
    # Capitals may drop the accent: "ΔΙΑΦΗΜΙΣΗ" is "Διαφήμιση", "PUBLICITE" "Publicité".
    for line in ("ΔΙΑΦΗΜΙΣΗ", "Διαφήμιση", "PUBLICITE", "Publicité"):
        assert normalize(line) in listed, line


def test_a_one_off_line_of_words_the_run_cuts_goes_wherever_it_stands(tmp_path):
    """A line printed once ("Reporting by <two staff writers>") whose words the run prints
    almost only in cut bylines is rule "vocabulary" (one boilerplate.parquet row, the
    removed span naming its cluster); a sentence naming the same writers among article
    words stays, and so does the line with `vocabulary_share` 0."""
    rng = random.Random(13)
    words = "harbour council budget ferry winter market school bridge orchard clinic".split()
    bylines = {"example.org": "By Mirela Kowalczyk, Harbour Post",
               "example.net": "By Tomasz Lindqvist, The Plain Gazette"}
    one_off = "Reporting by Tomasz Lindqvist and Mirela Kowalczyk"
    mention = "Mirela Kowalczyk asked the council about the ferry budget and the school."
    records, bodies = [], {}
    for site, byline in bylines.items():
        for d in range(12):
            body = [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(4)]
            if (site, d) == ("example.net", 1):
                body[1] = mention
            lines = [*([byline] if d else [one_off]), *body] if site == "example.org" else [
                byline, *body]
            bodies[f"{site}-{d}"] = body
            records.append({"id": f"{site}-{d}", "url": f"https://{site}/{d}",
                            "text": "\n\n".join(lines)})
    source = write_records(tmp_path / "c.jsonl", records)

    clean = clean_docs(source, tmp_path / "out", ONE_WORKER)
    assert {doc_id: row["text"] for doc_id, row in clean.items()} == {
        doc_id: "\n\n".join(body) for doc_id, body in bodies.items()}
    rows = rule_rows(tmp_path / "out", "vocabulary")
    assert [(r["publisher"], r["n_docs"], r["text"]) for r in rows] == [
        ("example.org", 1, one_off)]
    spans = [s for s in clean["example.org-0"]["removed"]
             if one_off in records[0]["text"][s["start"]:s["end"]]]
    assert [s["cluster"] for s in spans] == [rows[0]["cluster"]]
    off = Config(run=RunConfig(workers=1), detect=DetectConfig(vocabulary_share=0))
    assert clean_docs(source, tmp_path / "off", off)["example.org-0"]["text"].startswith(one_off)
