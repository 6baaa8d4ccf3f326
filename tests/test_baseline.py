"""Baselines: record today's findings, fail only on new ones, report stale entries."""
from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from sm_lint import baseline
from sm_lint.cli import main
from sm_lint.findings import Finding

PROFILE = str(Path(__file__).parent / "fixtures" / "profile.yaml")
SECRET = "Scheißtag"


def run(args, cwd: Path):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["check", "--config", PROFILE, "--no-models", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_fingerprint_ignores_case_whitespace_and_line(tmp_path):
    a = baseline.fingerprint("r", "Schei  ßTag\n", "p.md", None, 0)
    b = baseline.fingerprint("r", "schei ßtag", "p.md", None, 0)
    assert a == b and len(a) == 64
    assert a != baseline.fingerprint("r", "schei ßtag", "p.md", None, 1)
    assert a != baseline.fingerprint("r", "schei ßtag", "q.md", None, 0)
    assert a != baseline.fingerprint("r", "schei ßtag", "p.md", "id-1", 0)
    assert a != baseline.fingerprint("other", "schei ßtag", "p.md", None, 0)


def test_occurrence_index_for_duplicates():
    class P:
        text = "shit and shit"
    f1 = Finding("a.txt", None, "r", "netiquette", "error", "m", 1, 1, 1, 5, "shit", start=0, end=4)
    f2 = Finding("a.txt", None, "r", "netiquette", "error", "m", 1, 10, 1, 14, "shit", start=9, end=13)
    baseline.assign([f1, f2], {0: P()})
    assert f1.fingerprint != f2.fingerprint
    kept, stale = baseline.apply([f1, f2], [baseline.Entry(f1.fingerprint, "r", "a.txt")])
    assert kept == [f2] and stale == []


def test_write_then_apply_baseline(tmp_path):
    write(tmp_path / "posts" / "old.txt", f"Was für ein {SECRET} heute.\n")
    write(tmp_path / "posts" / "batch.jsonl", '{"id": "b1", "lang": "en", "text": "Holy shit, what a day."}\n')
    result = run(["--write-baseline", ".sm-lint-baseline.json", "posts"], tmp_path)
    assert result.exit_code == 0, result.output
    assert "wrote 2 findings" in result.stderr
    raw = (tmp_path / ".sm-lint-baseline.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert {(e["rule"], e["path"], e.get("post_id")) for e in data["findings"]} == {
        ("netiquette-profanity", "posts/old.txt", None), ("netiquette-profanity", "posts/batch.jsonl", "b1")}
    assert SECRET.lower() not in raw.lower() and "shit" not in raw     # no matched text stored

    # the accepted findings no longer fail the run, even after lines were added above them
    write(tmp_path / "posts" / "old.txt", f"Neuer Absatz.\n\nUnd noch einer.\nWas für ein {SECRET} heute.\n")
    result = run(["--baseline", ".sm-lint-baseline.json", "--format", "json", "posts"], tmp_path)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["findings"] == [] and doc["summary"]["stale_baseline"] == 0

    # a new finding fails; the accepted ones stay quiet
    write(tmp_path / "posts" / "new.txt", "Das ist doch Kacke.\n")
    result = run(["--baseline", ".sm-lint-baseline.json", "--format", "json", "posts"], tmp_path)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert [f["path"] for f in doc["findings"]] == ["posts/new.txt"]


def test_stale_entries_are_reported(tmp_path):
    write(tmp_path / "a.txt", f"Was für ein {SECRET}.\n")
    write(tmp_path / "b.txt", "So ein Mist, verdammt.\n")
    assert run(["--write-baseline", "base.json", "a.txt", "b.txt"], tmp_path).exit_code == 0
    write(tmp_path / "a.txt", "Was für ein schöner Tag.\n")          # the finding was fixed
    result = run(["--baseline", "base.json", "--format", "json", "a.txt", "b.txt"], tmp_path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["stale_baseline"] == 1
    assert "1 baseline entry is no longer found" in result.stderr
    assert "a.txt: [netiquette-profanity]" in result.stderr


def test_same_text_in_another_post_is_new(tmp_path):
    write(tmp_path / "a.jsonl", '{"id": "x1", "lang": "de", "text": "So ein Scheißtag."}\n')
    assert run(["--write-baseline", "base.json", "a.jsonl"], tmp_path).exit_code == 0
    with open(tmp_path / "a.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "x2", "lang": "de", "text": "So ein Scheißtag."}\n')
    result = run(["--baseline", "base.json", "--format", "json", "a.jsonl"], tmp_path)
    assert result.exit_code == 1
    assert [f["post_id"] for f in json.loads(result.stdout)["findings"]] == ["x2"]


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path):
    write(tmp_path / "repo" / "posts" / "a.txt", f"Was für ein {SECRET}.\n")
    assert run(["--write-baseline", "repo/base.json", "repo/posts"], tmp_path).exit_code == 0
    entry = json.loads((tmp_path / "repo" / "base.json").read_text())["findings"][0]
    assert entry["path"] == "posts/a.txt"
    result = run(["--baseline", "base.json", "posts"], tmp_path / "repo")     # run from elsewhere
    assert result.exit_code == 0, result.output


def test_missing_or_broken_baseline_is_a_usage_error(tmp_path):
    write(tmp_path / "a.txt", "Hallo.\n")
    result = run(["--baseline", "nope.json", "a.txt"], tmp_path)
    assert result.exit_code == 2 and "does not exist" in result.stderr
    write(tmp_path / "bad.json", "{")
    result = run(["--baseline", "bad.json", "a.txt"], tmp_path)
    assert result.exit_code == 2 and "not valid JSON" in result.stderr


def test_write_baseline_still_fails_on_input_errors(tmp_path):
    write(tmp_path / "a.txt", f"{SECRET}\n")
    write(tmp_path / "bad.jsonl", "{oops}\n")
    result = run(["--write-baseline", "base.json", "a.txt", "bad.jsonl"], tmp_path)
    assert result.exit_code == 2


def test_narrowed_runs_neither_report_nor_drop_other_entries(tmp_path):
    write(tmp_path / "a.jsonl", '{"id": "soon", "publish_at": "2026-06-02T10:00:00+02:00", "text": "Holy shit."}\n'
                                '{"id": "later", "publish_at": "2026-09-01T10:00:00+02:00", "text": "Holy shit."}\n')
    assert run(["--write-baseline", "base.json", "a.jsonl"], tmp_path).exit_code == 0
    narrowed = ["--due-within", "48h", "--now", "2026-06-01T12:00:00+02:00"]
    result = run([*narrowed, "--baseline", "base.json", "--format", "json", "a.jsonl"], tmp_path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["stale_baseline"] == 0     # "later" was not looked at
    write(tmp_path / "a.jsonl", '{"id": "soon", "publish_at": "2026-06-02T10:00:00+02:00", "text": "Fine."}\n'
                                '{"id": "later", "publish_at": "2026-09-01T10:00:00+02:00", "text": "Holy shit."}\n')
    result = run([*narrowed, "--baseline", "base.json", "--format", "json", "a.jsonl"], tmp_path)
    assert json.loads(result.stdout)["summary"]["stale_baseline"] == 1     # "soon" was fixed
    assert run([*narrowed, "--write-baseline", "base.json", "a.jsonl"], tmp_path).exit_code == 0
    entries = json.loads((tmp_path / "base.json").read_text())["findings"]
    assert [e["post_id"] for e in entries] == ["later"]                     # kept, though not checked
