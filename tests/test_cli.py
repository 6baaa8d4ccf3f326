"""The command line: exit codes, text and JSON output, rules, rule, init, profile discovery."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sm_lint import __version__
from sm_lint.cli import main
from sm_lint.profile import discover, parse, ProfileError

from .conftest import FIXTURES, SHARED

PROFILE = str(FIXTURES / "profile.yaml")


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(map(str, args)), input=input)


def test_version_and_help():
    assert __version__ in invoke("--version").output
    out = invoke("check", "--help").output
    for option in ("--config", "--format", "--fail-on", "--account", "--lang", "--platform"):
        assert option in out


def test_clean_post_exits_0(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("Sonntag am Meer, herrlich ruhig heute. 🌊", encoding="utf-8")
    result = invoke("check", "--config", PROFILE, post)
    assert result.exit_code == 0, result.output
    assert "no findings in 1 post" in result.output


def test_text_output_like_ruff(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("Hallo zusammen.\nWas für ein Scheißtag im Büro!\n", encoding="utf-8")
    result = invoke("check", "--config", PROFILE, "--no-color", post)
    assert result.exit_code == 1
    assert re.search(re.escape(str(post)) + r":2:13: error \[netiquette-profanity\] ", result.output)
    assert "2 | Was für ein Scheißtag im Büro!" in result.output
    assert "            ^^^^^^^^^" in result.output
    assert "= fix:" in result.output and "Found 1 finding" in result.output
    assert "\x1b[" not in result.output


def test_fail_on(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("WHY IS EVERYONE IN THIS OFFICE SO LOUD TODAY", encoding="utf-8")
    assert invoke("check", "--config", PROFILE, post).exit_code == 0          # a warning only
    assert invoke("check", "--config", PROFILE, "--fail-on", "warning", post).exit_code == 1
    post.write_text("What a f*cking day.", encoding="utf-8")
    assert invoke("check", "--config", PROFILE, "--fail-on", "never", post).exit_code == 0


def test_json_contract(tmp_path):
    post = tmp_path / "a.md"
    post.write_text("---\naccount: personal\n---\nDie Vollpfosten von Redwood verkaufen nur Schrott.\n", encoding="utf-8")
    result = invoke("check", "--config", PROFILE, "--format", "json", post)
    data = json.loads(result.output)
    assert data["version"] == "1" and result.exit_code == 1
    finding = next(f for f in data["findings"] if f["category"] == "competitor")
    for key in ("path", "post_id", "rule", "category", "severity", "message", "line", "column", "end_line",
                "end_column", "excerpt", "suggestion"):
        assert key in finding
    assert finding["line"] == 4 and finding["post_id"] is None
    assert "Redwood Software" in finding["message"]
    assert data["summary"]["posts"] == 1 and data["summary"]["by_category"]["competitor"] >= 1


def test_overrides_account_and_lang(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("WaveDesk ist für mich ganz klar die beste Wahl im Support.", encoding="utf-8")
    personal = json.loads(invoke("check", "--config", PROFILE, "--format", "json", post).output)
    official = json.loads(invoke("check", "--config", PROFILE, "--format", "json", "--account", "official",
                                 post).output)
    assert any(f["category"] == "disclaimer" for f in personal["findings"])
    assert not any(f["category"] == "disclaimer" for f in official["findings"])


def test_messages_in_the_posts_language(tmp_path):
    de = tmp_path / "de.txt"
    de.write_text("Was für ein Scheißtag heute im Büro.", encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("What a shitty day at the office today.", encoding="utf-8")
    data = json.loads(invoke("check", "--config", PROFILE, "--format", "json", de, en).output)
    messages = {Path(f["path"]).name: f["message"] for f in data["findings"]}
    assert messages["de.txt"].startswith("Vulgär") and messages["en.txt"].startswith("Profanity")


def test_stdin(tmp_path):
    result = invoke("check", "--config", PROFILE, "--format", "json", "-", input="Das ist echt Scheiße.")
    data = json.loads(result.output)
    assert data["findings"][0]["path"] == "<stdin>"


def test_select_and_ignore(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("Was für ein Scheißtag, du Idiot.", encoding="utf-8")
    only = json.loads(invoke("check", "--config", PROFILE, "--format", "json", "--select", "netiquette-insult",
                             post).output)
    assert {f["rule"] for f in only["findings"]} == {"netiquette-insult"}
    none = json.loads(invoke("check", "--config", PROFILE, "--format", "json", "--ignore", "netiquette",
                             post).output)
    assert none["findings"] == []


def test_suppression_in_text(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("Was für ein Scheißtag.\nsm-lint: ignore[netiquette-profanity] Zitat aus einem Songtitel\n",
                    encoding="utf-8")
    assert invoke("check", "--config", PROFILE, post).exit_code == 0


def test_rules_lists_every_category_in_both_languages():
    out = invoke("rules").output
    for category in ("confidential", "competitor", "disclaimer", "copyright", "security", "netiquette", "privacy",
                     "legal"):
        assert re.search(rf"^{category} \(de, en\)$", out, re.MULTILINE), category


def test_rule_explains_in_both_languages():
    en = invoke("rule", "competitor-disparagement").output
    de = invoke("rule", "competitor-disparagement", "--lang", "de").output
    assert "Why it matters" in en and "How to fix" in en and "Example (reported)" in en
    assert "Warum" in de and "Behebung" in de
    missing = invoke("rule", "competitor-disparagment")
    assert missing.exit_code == 2 and "Did you mean" in missing.output


def test_rule_says_when_it_is_asked_last_or_final():
    assert "Asked last" in invoke("rule", "legal-model").output
    assert "Final: no model takes its findings back" in invoke("rule", "confidential-credential").output
    plain = invoke("rule", "competitor-disparagement").output
    assert "Asked last" not in plain and "Final:" not in plain


def test_init_writes_a_valid_profile(tmp_path):
    target = tmp_path / ".sm-lint.yaml"
    assert invoke("init", "--name", "Acme GmbH", "--path", target).exit_code == 0
    profile = parse(target.read_text(encoding="utf-8"), target)
    assert profile.company == "Acme GmbH"
    assert invoke("init", "--path", target).exit_code == 2        # no overwrite without --force


def test_profile_discovery(tmp_path, monkeypatch):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".sm-lint.yaml").write_text("company: {name: Up}\n", encoding="utf-8")
    assert discover(tmp_path / "sub" / "deeper") == tmp_path / ".sm-lint.yaml"
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.sm-lint]\nprofile = "conf/p.yaml"\n', encoding="utf-8")
    assert discover(tmp_path / "sub" / "deeper") == (tmp_path / "sub" / "conf" / "p.yaml").resolve()


def test_profile_keys_are_used():
    profile = parse(Path(PROFILE).read_text(encoding="utf-8"))
    assert profile.competitor_of("@stellartools") == "Stellar Tools AG"
    assert "Kestrel" in profile.entities()["CODENAME"]
    with pytest.raises(ProfileError) as err:
        parse("company: {name: X}\nrules: {severity: {security: loud}}\n")
    assert "rules.severity.security" in str(err.value)


def test_profile_severity_override(tmp_path):
    profile = tmp_path / "p.yaml"
    profile.write_text(Path(PROFILE).read_text(encoding="utf-8") .replace("account: personal",
                       "account: personal\nrules: {severity: {netiquette: info}}"), encoding="utf-8")
    post = tmp_path / "a.txt"
    post.write_text("Was für ein Scheißtag.", encoding="utf-8")
    result = invoke("check", "--config", profile, "--format", "json", post)
    assert result.exit_code == 0
    assert {f["severity"] for f in json.loads(result.output)["findings"]} == {"info"}


def test_development_drafts_end_to_end():
    drafts = SHARED / "corpus" / "drafts"
    if not drafts.is_dir():
        pytest.skip("development corpus not present")
    result = invoke("check", "--config", SHARED / "corpus" / "nordlicht.yaml", "--format", "json", drafts)
    data = json.loads(result.output)
    assert data["errors"] == [] and data["summary"]["posts"] == 29
    by_post = {}
    for f in data["findings"]:
        if f["severity"] != "info":
            by_post.setdefault((Path(f["path"]).name, f["post_id"]), set()).add(f["category"])
    assert "netiquette" in by_post[("x-feierabend.txt", None)]
    assert "confidential" in by_post[("2025-06-16-countdown-jana.md", None)]
    assert "privacy" in by_post[("buffer-export-2025-07.jsonl", "buf-7005")]
    assert "security" in by_post[("scheduled-ccw-2026.yaml", "ccw-02")]
    assert ("linkedin-jobwechsel.txt", None) not in by_post
    countdown = next(f for f in data["findings"] if f["path"].endswith("countdown-jana.md"))
    source = Path(countdown["path"]).read_text(encoding="utf-8").splitlines()[countdown["line"] - 1]
    assert countdown["excerpt"] in source


def test_suppression_without_reason_is_applied_with_a_warning(tmp_path):
    post = tmp_path / "a.txt"
    post.write_text("Was für ein Scheißtag.\nsm-lint: ignore[netiquette-profanity]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--config", PROFILE, str(post)])
    assert result.exit_code == 0
    assert "without a reason" in result.stderr


def test_development_drafts_match_the_expected_categories():
    """Every draft file of the development corpus gives exactly the categories drafts-expected.md lists."""
    drafts = SHARED / "corpus" / "drafts"
    if not drafts.is_dir():
        pytest.skip("development corpus not present")
    expected = {
        ("2025-06-02-norddesk-5-launch.md", None): set(), ("2025-06-05-ccw-recap-lukas.md", None): {"competitor", "disclaimer"},
        ("2025-06-10-sommerfest-teaser.md", None): {"copyright"}, ("2025-06-12-webinar-routing.md", None): set(),
        ("2025-06-16-countdown-jana.md", None): {"confidential"},
        ("2025-06-20-referenz-logistik.md", None): {"confidential", "legal"},
        ("linkedin-jobwechsel.txt", None): set(), ("x-feierabend.txt", None): {"netiquette"},
        ("buffer-export-2025-07.jsonl", "buf-7001"): set(), ("buffer-export-2025-07.jsonl", "buf-7002"): {"security"},
        ("buffer-export-2025-07.jsonl", "buf-7003"): {"disclaimer"}, ("buffer-export-2025-07.jsonl", "buf-7004"): set(),
        ("buffer-export-2025-07.jsonl", "buf-7005"): {"privacy"}, ("buffer-export-2025-07.jsonl", "buf-7006"): {"legal"},
        ("hootsuite-export-2025-q3.csv", "hs-301"): set(), ("hootsuite-export-2025-q3.csv", "hs-302"): {"competitor"},
        ("hootsuite-export-2025-q3.csv", "hs-303"): set(), ("hootsuite-export-2025-q3.csv", "hs-304"): {"confidential"},
        ("hootsuite-export-2025-q3.csv", "hs-305"): {"copyright"}, ("hootsuite-export-2025-q3.csv", "hs-306"): set(),
        ("scheduled-ccw-2026.yaml", "ccw-01"): set(), ("scheduled-ccw-2026.yaml", "ccw-02"): {"security"},
        ("scheduled-ccw-2026.yaml", "ccw-03"): {"competitor", "disclaimer"}, ("scheduled-ccw-2026.yaml", "ccw-04"): set(),
        ("scheduled-recruiting-q3.yaml", "rec-01"): set(), ("scheduled-recruiting-q3.yaml", "rec-02"): {"privacy"},
        ("scheduled-recruiting-q3.yaml", "rec-03"): {"legal"}, ("scheduled-recruiting-q3.yaml", "rec-04"): set(),
        ("scheduled-recruiting-q3.yaml", "rec-05"): {"confidential"},
    }
    data = json.loads(invoke("check", "--config", SHARED / "corpus" / "nordlicht.yaml", "--format", "json", drafts).output)
    got = {key: set() for key in expected}
    for f in data["findings"]:
        if f["severity"] != "info":
            got[(Path(f["path"]).name, f["post_id"])].add(f["category"])
    assert got == expected


def test_reader_that_stops_early_gets_no_internal_error(tmp_path):
    """``sm-lint check … | head -1``: the pipe closes after one line; sm-lint stops quietly with
    the status of a process ended by SIGPIPE, not with an "internal error"."""
    import subprocess
    import sys

    posts = tmp_path / "posts.jsonl"
    line = json.dumps({"text": "Ihr Idioten bei Redwood, euer Support ist ein Witz!", "lang": "de"})
    posts.write_text("\n".join([line] * 400) + "\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "sm_lint", "check", "--config", PROFILE, "--jobs", "1", str(posts)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert b"error" in first
    assert "internal error" not in err and "Traceback" not in err
