"""Bad input: one clear message naming file and line, the rest still checked, exit status 2."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sm_lint.cli import main

from .conftest import FIXTURES

PROFILE = str(FIXTURES / "profile.yaml")
VIOLATION = "Was für ein Scheißtag im Büro, echt.\n"


def run(*args, input=None):
    result = CliRunner().invoke(main, ["check", "--config", PROFILE, "--format", "json", *map(str, args)],
                                input=input)
    data = json.loads(result.stdout) if result.stdout.strip().startswith("{") else None
    return result, data


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(VIOLATION, encoding="utf-8")
    return path


def _assert_rest_checked(data, good):
    assert any(f["path"] == str(good) and f["category"] == "netiquette" for f in data["findings"])


def _error(data, path):
    errors = [e for e in data["errors"] if e["path"] == str(path)]
    assert len(errors) == 1, data["errors"]
    return errors[0]


def test_missing_path(tmp_path, good):
    missing = tmp_path / "nope.md"
    result, data = run(missing, good)
    assert result.exit_code == 2
    assert "no such file" in _error(data, missing)["message"]
    _assert_rest_checked(data, good)


def test_unreadable_file(tmp_path, good, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("hello", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result, data = run(locked, good)
    assert result.exit_code == 2
    assert "cannot read" in _error(data, locked)["message"]
    _assert_rest_checked(data, good)


def test_non_utf8_file_names_the_line(tmp_path, good):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Erste Zeile\nGrüße aus Kiel\n".encode("latin-1"))
    result, data = run(latin, good)
    assert result.exit_code == 2
    error = _error(data, latin)
    assert error["line"] == 2 and "UTF-8" in error["message"]
    _assert_rest_checked(data, good)


def test_binary_file(tmp_path, good):
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result, data = run(binary, good)
    assert result.exit_code == 2
    assert "binary" in _error(data, binary)["message"]
    _assert_rest_checked(data, good)


def test_empty_file(tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result, data = run(empty, good)
    assert result.exit_code == 2
    assert "empty" in _error(data, empty)["message"]
    _assert_rest_checked(data, good)


def test_ten_megabyte_file(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text("Ein ganz normaler Satz. " * 440_000, encoding="utf-8")
    assert big.stat().st_size > 10_000_000
    result, data = run(big, good)
    assert result.exit_code == 2
    assert "too large" in _error(data, big)["message"]
    _assert_rest_checked(data, good)


def test_broken_front_matter_names_the_line(tmp_path, good):
    post = tmp_path / "post.md"
    post.write_text("---\naccount: personal\nplatform: [linkedin\n---\nHallo Welt\n", encoding="utf-8")
    result, data = run(post, good)
    assert result.exit_code == 2
    error = _error(data, post)
    assert error["line"] in (3, 4) and "front matter" in error["message"]
    _assert_rest_checked(data, good)


def test_unclosed_front_matter(tmp_path, good):
    post = tmp_path / "post.md"
    post.write_text("---\naccount: personal\nHallo Welt\n", encoding="utf-8")
    result, data = run(post, good)
    assert result.exit_code == 2
    assert "never closed" in _error(data, post)["message"]


def test_jsonl_line_that_is_not_json(tmp_path):
    batch = tmp_path / "posts.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "Schöner Tag heute."}) + "\n"
                     + "{not json}\n"
                     + json.dumps({"id": "c", "text": VIOLATION}) + "\n", encoding="utf-8")
    result, data = run(batch)
    assert result.exit_code == 2
    error = _error(data, batch)
    assert error["line"] == 2 and "not valid JSON" in error["message"]
    assert any(f["post_id"] == "c" and f["line"] == 3 for f in data["findings"])
    assert data["summary"]["posts"] == 2


def test_csv_without_text_column(tmp_path, good):
    table = tmp_path / "export.csv"
    table.write_text("id,platform,body\n1,x,Hallo\n", encoding="utf-8")
    result, data = run(table, good)
    assert result.exit_code == 2
    error = _error(data, table)
    assert error["line"] == 1 and "text column" in error["message"]
    _assert_rest_checked(data, good)


def test_yaml_schedule_of_the_wrong_shape(tmp_path, good):
    schedule = tmp_path / "schedule.yaml"
    schedule.write_text("campaign: Herbst\nposts:\n  id: a\n  text: Hallo\n", encoding="utf-8")
    result, data = run(schedule, good)
    assert result.exit_code == 2
    error = _error(data, schedule)
    assert error["line"] in (2, 3) and "list of posts" in error["message"]
    _assert_rest_checked(data, good)


def test_yaml_post_without_text(tmp_path, good):
    schedule = tmp_path / "schedule.yaml"
    schedule.write_text("- id: a\n  text: Hallo zusammen\n- id: b\n  body: Hallo\n", encoding="utf-8")
    result, data = run(schedule, good)
    assert result.exit_code == 2
    assert _error(data, schedule)["line"] == 3


@pytest.mark.parametrize("content,expected", [
    ("company:\n  name: X\n  nmae: Y\n", ("3", "company.nmae")),
    ("company:\n  name: X\naccount: privat\n", ("3", "account")),
    ("company:\n  name: X\ncompetitors: Stellar\n", ("3", "competitors")),
    ("company:\n  aliases: [X]\n", ("1", "company.name")),
    ("company: [\n", ("2", "invalid YAML")),
])
def test_invalid_profile_names_file_line_and_key(tmp_path, good, content, expected):
    profile = tmp_path / "bad-profile.yaml"
    profile.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(profile), str(good)])
    assert result.exit_code == 2
    line, key = expected
    assert f"{profile}:{line}:" in result.output and key in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("pattern,message", [
    ("'([a-z'", "invalid regular expression"),
    ("'(a+)+$'", "catastrophically"),
])
def test_bad_rule_pack_regex_is_reported_and_other_rules_run(tmp_path, good, pattern, message):
    pack = tmp_path / "company.yaml"
    pack.write_text(f"""rules:
  - id: company-bad-regex
    category: legal
    severity: error
    guideline: test
    message: broken
    fix: none
    why: none
    type: pattern
    patterns: [{pattern}]
    examples: {{match: [x], no_match: [y]}}
""", encoding="utf-8")
    result, data = run("--rules", pack, good)
    assert result.exit_code == 2
    error = _error(data, pack)
    assert error["line"] == 10 and message in error["message"]
    _assert_rest_checked(data, good)


def _pack_error(tmp_path, good, body: str) -> dict:
    """The error reported for a one-rule pack whose rule body (after ``why``, line 9 on) is ``body``;
    the other inputs are still checked."""
    pack = tmp_path / "company.yaml"
    pack.write_text("rules:\n  - id: company-x\n    category: legal\n    severity: error\n    guideline: g\n"
                    "    message: m\n    fix: f\n    why: w\n" + body +
                    "    examples: {match: [a], no_match: [b]}\n", encoding="utf-8")
    result, data = run("--rules", pack, good)
    assert result.exit_code == 2
    _assert_rest_checked(data, good)
    return _error(data, pack)


def test_rule_pack_with_unknown_key(tmp_path, good):
    error = _pack_error(tmp_path, good, "    type: lexicon\n    termz: [a]\n")
    assert error["line"] == 10 and "termz" in error["message"]


def test_overruling_model_rule_without_fallback_is_rejected(tmp_path, good):
    error = _pack_error(tmp_path, good, "    type: classifier\n    model: category\n    label: legal\n"
                                        "    overrule_below: 0.01\n")
    assert error["line"] == 12 and "fallback: true" in error["message"]


def test_sentence_overrule_without_overrule_below_is_rejected(tmp_path, good):
    error = _pack_error(tmp_path, good, "    fallback: true\n    type: classifier\n    model: category\n"
                                        "    label: legal\n    overrule_sentence_below: 0.2\n")
    assert error["line"] == 13 and "needs 'overrule_below'" in error["message"]


@pytest.mark.parametrize("key,value,line", [("threshold", "hoch", 13), ("min_words", "viele", 14),
                                            ("overrule_below", "true", 14)])
def test_classifier_numbers_that_are_not_numbers_are_rejected(tmp_path, good, key, value, line):
    extra = "    overrule_below: 0.01\n" if key == "threshold" else ""
    error = _pack_error(tmp_path, good, "    fallback: true\n    type: classifier\n    model: category\n"
                                        "    label: legal\n" + ("    threshold: 0.5\n" if key != "threshold" else "")
                                        + f"    {key}: {value}\n" + extra)
    assert error["line"] == line and f"'{key}' must be a number" in error["message"]


def test_internal_error_is_a_failure_without_traceback(monkeypatch, good):
    from sm_lint import engine

    def boom(self, posts):
        raise RuntimeError("kaputt")
        yield  # pragma: no cover

    monkeypatch.setattr(engine.Engine, "check", boom)
    result = CliRunner().invoke(main, ["check", "--config", PROFILE, str(good)])
    assert result.exit_code == 2
    assert "internal error" in result.output and "Traceback" not in result.output


def test_a_busy_machine_does_not_reject_a_sound_pattern(monkeypatch):
    """The probe's budget is CPU time: a wall clock that runs on while the process waits (a
    loaded CI runner) must not make a sound pattern 'too slow' or 'catastrophic'."""
    import regex

    from sm_lint.ruletypes import pattern as pattern_module

    real = regex.compile(r"\b\p{L}+(?:leiter|chef)\b")

    class Busy:
        """A compiled pattern whose first search is cut off by the wall clock, as on a busy machine."""
        pattern = real.pattern
        calls = 0

        def finditer(self, text, timeout):
            Busy.calls += 1
            if Busy.calls == 1:
                raise TimeoutError("regex timed out")
            return real.finditer(text, timeout=timeout)

    pattern_module._probe(Busy())                   # accepted: little CPU time was spent
    assert Busy.calls == len(pattern_module._PROBES) + 1
    with pytest.raises(pattern_module.RuleError, match="catastrophically"):
        pattern_module._probe(regex.compile(r"(a+)+$"))
