"""Scheduled posts (--due-within) and changed files (--changed-since)."""
from __future__ import annotations

import json
import os
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from sm_lint import schedule
from sm_lint.cli import main

PROFILE = str(Path(__file__).parent / "fixtures" / "profile.yaml")
NOW = "2026-06-01T09:00:00+02:00"


def run(args, cwd: Path, env=None):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["check", "--config", PROFILE, "--no-models", *args], env=env,
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


def test_parse_duration():
    assert schedule.parse_duration("90m") == timedelta(minutes=90)
    assert schedule.parse_duration("48h") == timedelta(hours=48)
    assert schedule.parse_duration("2d") == timedelta(days=2)
    assert schedule.parse_duration("1w") == timedelta(weeks=1)
    for bad in ("", "48", "h", "3y", "-1h"):
        with pytest.raises(schedule.ScheduleError):
            schedule.parse_duration(bad)


def test_parse_time_forms():
    aware = schedule.parse_time("2026-06-02T09:00:00+02:00")
    assert aware == datetime(2026, 6, 2, 7, 0, tzinfo=timezone.utc)
    assert schedule.parse_time("2026-06-02T07:00:00Z") == aware
    naive = schedule.parse_time("2026-06-02 09:00")
    assert naive.tzinfo is not None and naive.replace(tzinfo=None) == datetime(2026, 6, 2, 9, 0)   # local time
    assert schedule.parse_time("2026-06-02") == date(2026, 6, 2)
    assert schedule.parse_time(date(2026, 6, 2)) == date(2026, 6, 2)
    assert schedule.parse_time("next tuesday") is None
    assert schedule.parse_time(None) is None


def test_is_due_window():
    start = schedule.now(NOW)
    window = timedelta(hours=48)
    assert schedule.is_due({"publish_at": "2026-06-02T09:00:00+02:00"}, start, window) is True
    assert schedule.is_due({"publish_at": "2026-06-05T09:00:00+02:00"}, start, window) is False
    assert schedule.is_due({"publish_at": "2026-05-30T09:00:00+02:00"}, start, window) is False   # already out
    assert schedule.is_due({"publish_at": "2026-06-01"}, start, window) is True    # today: the day overlaps
    assert schedule.is_due({"publish_at": "2026-06-04"}, start, window) is False
    assert schedule.is_due({}, start, window) is None
    assert schedule.is_due({"publish_at": "soon"}, start, window) is None


@pytest.fixture()
def scheduled(tmp_path):
    (tmp_path / "posts.yaml").write_text(
        "posts:\n"
        "  - id: soon\n    publish_at: 2026-06-02T10:00:00+02:00\n    text: Was für ein Scheißtag.\n"
        "  - id: later\n    publish_at: \"2026-07-01 10:00\"\n    text: Was für ein Scheißtag.\n"
        "  - id: undated\n    text: Was für ein Scheißtag.\n", encoding="utf-8")
    (tmp_path / "queue.jsonl").write_text(
        '{"id": "q1", "publish_at": "2026-06-01T12:00:00Z", "text": "Holy shit."}\n'
        '{"id": "q2", "publish_at": "2026-06-20", "text": "Holy shit."}\n', encoding="utf-8")
    return tmp_path


def test_due_within_checks_only_due_and_undated_posts(scheduled):
    result = run(["--due-within", "48h", "--now", NOW, "--format", "json", "."], scheduled)
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert sorted(f["post_id"] for f in doc["findings"]) == ["q1", "soon", "undated"]
    assert doc["summary"]["skipped"] == 2 and doc["summary"]["posts"] == 3


def test_due_within_clock_from_environment(scheduled):
    result = run(["--due-within", "1w", "--format", "json", "queue.jsonl"], scheduled,
                 env={schedule.NOW_ENV: "2026-06-15T00:00:00+00:00"})
    doc = json.loads(result.stdout)
    assert [f["post_id"] for f in doc["findings"]] == ["q2"]
    assert doc["summary"]["skipped"] == 1


def test_due_within_nothing_due_passes(scheduled):
    result = run(["--due-within", "1h", "--now", "2027-01-01T00:00:00+00:00", "--format", "text", "queue.jsonl"],
                 scheduled)
    assert result.exit_code == 0
    assert "2 skipped" in result.stdout


def test_bad_duration_is_a_usage_error(scheduled):
    result = run(["--due-within", "soon", "."], scheduled)
    assert result.exit_code == 2 and "invalid duration" in result.stderr


def git(cwd: Path, *args: str) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="T",
               GIT_COMMITTER_EMAIL="t@example.com")
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture()
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "old.txt").write_text("Was für ein Scheißtag.\n", encoding="utf-8")
    (tmp_path / "posts" / "edited.txt").write_text("Schöner Tag.\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "posts")
    (tmp_path / "posts" / "edited.txt").write_text("Schöner Scheißtag.\n", encoding="utf-8")
    (tmp_path / "posts" / "new.txt").write_text("Holy shit.\n", encoding="utf-8")          # untracked
    (tmp_path / "ignored.txt").write_text("shit\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    return tmp_path


def test_changed_since_checks_changed_and_untracked_files(repo):
    result = run(["--changed-since", "HEAD", "--format", "json", "."], repo)
    assert result.exit_code == 1, result.output
    paths = sorted(f["path"] for f in json.loads(result.stdout)["findings"])
    assert paths == ["posts/edited.txt", "posts/new.txt"]


def test_changed_since_from_a_subfolder_and_with_files(repo):
    result = run(["--changed-since", "HEAD", "--format", "json", "old.txt", "edited.txt"], repo / "posts")
    assert [f["path"] for f in json.loads(result.stdout)["findings"]] == ["edited.txt"]


def test_changed_since_nothing_changed(repo):
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "more")
    result = run(["--changed-since", "HEAD", "."], repo)
    assert result.exit_code == 0
    assert "0 posts" in result.stdout


def test_changed_since_bad_ref_is_a_usage_error(repo):
    result = run(["--changed-since", "no-such-branch", "."], repo)
    assert result.exit_code == 2
    assert "unknown git ref 'no-such-branch'" in result.stderr


def test_changed_since_outside_git(tmp_path):
    (tmp_path / "a.txt").write_text("Hallo.\n", encoding="utf-8")
    result = run(["--changed-since", "HEAD", "."], tmp_path, env={"GIT_CEILING_DIRECTORIES": str(tmp_path.parent)})
    assert result.exit_code == 2 and "not inside a git repository" in result.stderr


def test_scheduled_examples():
    examples = Path(__file__).resolve().parents[1] / "examples"
    result = run(["--config", str(examples / "profile.yaml"), "--due-within", "48h", "--now",
                  "2026-06-15T08:00:00+02:00", "--format", "json", str(examples / "scheduled")], examples)
    doc = json.loads(result.stdout)
    assert doc["errors"] == []
    assert doc["summary"]["posts"] == 5 and doc["summary"]["skipped"] == 2
    checked = {f["post_id"] for f in doc["findings"]}
    assert "sommer-03" not in checked and "q-103" not in checked
