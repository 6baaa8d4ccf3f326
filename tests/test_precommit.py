"""The pre-commit hook of this repository, installed with the real pre-commit into a content repository.

pre-commit builds the hook's virtual environment itself (``pip install`` of this checkout and
its dependencies from the package index), as it would for any user of the hook.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "tests" / "fixtures" / "profile.yaml"

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="the 'pre-commit' package is not installed (pip install '.[test]')"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

GIT_ENV = {"GIT_AUTHOR_NAME": "Social Media Team", "GIT_AUTHOR_EMAIL": "social@brightwave.example",
           "GIT_COMMITTER_NAME": "Social Media Team", "GIT_COMMITTER_EMAIL": "social@brightwave.example",
           "GIT_CONFIG_NOSYSTEM": "1"}


def sh(args, cwd: Path, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                            errors="replace")
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} failed ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}")
    return result


def hook_repository(target: Path, env: dict) -> str:
    """A git repository holding this checkout's tracked files as they are now; returns its HEAD."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = {name for name in listed.decode("utf-8").split("\0") if name} | {".pre-commit-hooks.yaml"}
    for name in sorted(files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    sh(["git", "init", "-q"], target, env)
    sh(["git", "add", "-A"], target, env)
    sh(["git", "commit", "-q", "--no-verify", "-m", "sm-lint"], target, env)
    return sh(["git", "rev-parse", "HEAD"], target, env).stdout.strip()


@pytest.fixture(scope="module")
def content_repo(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    env = dict(os.environ, **GIT_ENV, GIT_CONFIG_GLOBAL=str(base / "gitconfig"), PRE_COMMIT_HOME=str(base / "cache"))
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    hooks = base / "sm-lint"
    hooks.mkdir()
    rev = hook_repository(hooks, env)
    repo = base / "content"
    repo.mkdir()
    sh(["git", "init", "-q"], repo, env)
    shutil.copy(PROFILE, repo / ".sm-lint.yaml")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hooks.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: sm-lint\n"
        "        args: [--config, .sm-lint.yaml]\n", encoding="utf-8")
    sh([sys.executable, "-m", "pre_commit", "install"], repo, env)
    sh(["git", "add", ".sm-lint.yaml", ".pre-commit-config.yaml"], repo, env)
    # the first commit also builds the hook's environment (a few minutes without a pip cache)
    sh(["git", "commit", "-q", "-m", "Profile and hooks"], repo, env)
    return repo, env


def head(repo: Path, env: dict) -> str:
    return sh(["git", "rev-parse", "HEAD"], repo, env).stdout.strip()


def test_clean_post_passes(content_repo):
    repo, env = content_repo
    (repo / "posts").mkdir(exist_ok=True)
    (repo / "posts" / "2026-06-02-release.md").write_text(
        "---\naccount: official\nlang: de\n---\nWaveDesk 5 ist da: schnellere Suche, neue Tickets.\n",
        encoding="utf-8")
    sh(["git", "add", "posts/2026-06-02-release.md"], repo, env)
    before = head(repo, env)
    result = sh(["git", "commit", "-m", "Release post"], repo, env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sm-lint (social media guideline)" in result.stdout + result.stderr
    assert "Passed" in result.stdout + result.stderr
    assert head(repo, env) != before


def test_violating_post_blocks_the_commit(content_repo):
    repo, env = content_repo
    (repo / "posts").mkdir(exist_ok=True)
    (repo / "posts" / "friday.txt").write_text("Was für ein Scheißtag im Büro.\n", encoding="utf-8")
    sh(["git", "add", "posts/friday.txt"], repo, env)
    before = head(repo, env)
    result = sh(["git", "commit", "-m", "Friday post"], repo, env, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert head(repo, env) == before                      # nothing was committed
    assert "Failed" in output
    assert "posts/friday.txt:1:13: error [netiquette-profanity]" in output
    assert "Scheißtag" in output and "fix:" in output      # readable: the spot and how to fix it
    # after fixing the post the commit goes through
    (repo / "posts" / "friday.txt").write_text("Was für ein langer Tag im Büro.\n", encoding="utf-8")
    sh(["git", "add", "posts/friday.txt"], repo, env)
    result = sh(["git", "commit", "-m", "Friday post"], repo, env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_skips_hidden_and_other_files(content_repo):
    repo, env = content_repo
    (repo / "notes.py").write_text("print('Scheißtag')\n", encoding="utf-8")
    (repo / ".hidden.yaml").write_text("repos: []\n", encoding="utf-8")
    sh(["git", "add", "notes.py", ".hidden.yaml"], repo, env)
    result = sh(["git", "commit", "-m", "Other files"], repo, env, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "(no files to check)Skipped" in output.replace(".", "")


def test_example_config_and_hook_manifest_are_valid():
    from pre_commit.clientlib import load_config, load_manifest
    manifest = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert [h["id"] for h in manifest] == ["sm-lint"]
    assert manifest[0]["entry"] == "sm-lint check" and manifest[0]["language"] == "python"
    config = load_config(str(ROOT / "examples" / "pre-commit-config.yaml"))
    hook = config["repos"][0]["hooks"][0]
    assert hook["id"] == "sm-lint" and hook["args"] == ["--config", ".sm-lint.yaml"]
