"""The command line: verbs, flags onto config, one-line errors with exit status 2."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pyarrow.parquet as pq

from cleanpipe.cli import main
from tests import planted


def test_run_writes_output_and_summary(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt") as f:
        for doc in planted.corpus(n_gazette=12, n_ledger=6):
            f.write(json.dumps({"id": doc.id, "url": doc.url, "text": doc.text}) + "\n")
    out = tmp_path / "out"
    code = main(["run", str(corpus), "--output", str(out), "--workers", "1",
                 "--set", "detect.min_docs=4"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "documents: 18 in, 18 out, 0 rejected" in printed
    stats = json.loads((out / "stats.json").read_text())
    assert stats["config"]["detect"]["min_docs"] == 4
    assert stats["config"]["run"]["workers"] == 1
    assert pq.read_table(out / "docs").num_rows == 18


def test_errors_are_one_line_with_status_2(tmp_path, capsys):
    cases = [
        (["run", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")], "missing.jsonl"),
        (["run", str(tmp_path), "-o", str(tmp_path / "o"), "--set", "detect.nope=1"],
         "unknown field 'nope'"),
        (["run", str(tmp_path), "-o", str(tmp_path / "o"), "-c", str(tmp_path / "x.yaml")],
         "x.yaml"),
    ]
    for argv, needle in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("cleanpipe: error: ") and needle in err
        assert err.count("\n") == 1, err


def test_refuses_non_empty_output(tmp_path, capsys):
    (tmp_path / "in.txt").write_text("hello")
    out = tmp_path / "out"
    out.mkdir()
    (out / "x").write_text("x")
    assert main(["run", str(tmp_path / "in.txt"), "-o", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err


def test_console_entry_point_runs_as_module():
    result = subprocess.run([sys.executable, "-m", "cleanpipe", "--help"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "run" in result.stdout and "sample" in result.stdout


def test_each_reject_is_named_on_one_line(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "fine"}\n{"id": \n{"id": "b", "text": "  "}\n')
    assert main(["run", str(corpus), "-o", str(tmp_path / "out"), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert f"rejected {corpus}:2: invalid JSON" in captured.err
    assert f"rejected {corpus}:3: " in captured.err
    assert "documents: 3 in, 1 out, 2 rejected" in captured.out
