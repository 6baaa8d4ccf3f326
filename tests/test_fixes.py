"""Safe fixes: missing disclaimers and disclosures added in the right place of every format."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from sm_lint import fixes
from sm_lint.cli import main
from sm_lint.findings import Finding
from sm_lint.profile import Profile

FIXTURES = Path(__file__).parent / "fixtures"
PROFILE = str(FIXTURES / "profile.yaml")
RULES = ["--rules", str(FIXTURES / "fix-rules.yaml"), "--select", "fixtest-unmarked-view,fixtest-undisclosed-ad"]
BOM = b"\xef\xbb\xbf"
OPINION_EN, OPINION_DE = "(Views are my own.)", "(Meine private Meinung.)"
DISCLOSE_EN = "I work at Brightwave."        # the profile's phrase naming the company


def run(args, cwd: Path, profile: str = PROFILE, rules=RULES):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["check", "--config", profile, "--no-models", *rules, *args],
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


def findings(cwd: Path, *paths: str, **kw) -> list[dict]:
    result = run(["--format", "json", *paths], cwd, **kw)
    return json.loads(result.stdout)["findings"]


def test_markdown_crlf_bom_and_front_matter(tmp_path):
    post = tmp_path / "post.md"
    post.write_bytes(BOM + b"---\r\nlang: en\r\nplatform: x\r\n---\r\nI think WaveDesk is great.\r\n\r\n")
    assert {f["rule"] for f in findings(tmp_path, "post.md")} == {"fixtest-unmarked-view", "fixtest-undisclosed-ad"}
    result = run(["--fix", "post.md"], tmp_path)
    assert result.exit_code == 0, result.output
    assert "Fixed 3 findings in 1 file" in result.stderr
    assert post.read_bytes() == (BOM + b"---\r\nlang: en\r\nplatform: x\r\n---\r\nI think WaveDesk is great.\r\n"
                                 + f"{DISCLOSE_EN} {OPINION_EN}".encode() + b"\r\n\r\n")
    assert findings(tmp_path, "post.md") == []
    assert [p.name for p in tmp_path.iterdir()] == ["post.md"]          # no temporary file left


def test_diff_shows_changes_and_writes_nothing(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("I love WaveSync", encoding="utf-8")
    before = post.stat().st_mtime_ns
    result = run(["--diff", "post.txt"], tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "--- a/post.txt", "+++ b/post.txt", "@@ -1 +1,2 @@", "-I love WaveSync", "\\ No newline at end of file",
        "+I love WaveSync", f"+{DISCLOSE_EN} {OPINION_EN}", "\\ No newline at end of file"]
    assert post.read_text(encoding="utf-8") == "I love WaveSync"
    assert post.stat().st_mtime_ns == before
    clean = tmp_path / "clean.txt"
    clean.write_text("Sunny day.\n", encoding="utf-8")
    result = run(["--diff", "clean.txt"], tmp_path)
    assert result.exit_code == 0 and result.stdout == ""


def test_standard_input_is_fixed_on_stdout(tmp_path):
    """As a filter: the fixed text on stdout, the report of what remains on stderr, nothing written."""
    def stdin(args, text):
        old = os.getcwd()
        os.chdir(tmp_path)
        try:
            return CliRunner().invoke(main, ["check", "--config", PROFILE, "--no-models", *RULES, *args],
                                      input=text, catch_exceptions=False)
        finally:
            os.chdir(old)

    fixed = stdin(["--fix", "-"], "I love WaveSync\n")
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout == f"I love WaveSync\n{DISCLOSE_EN} {OPINION_EN}\n"
    assert "Fixed 2 findings in 1 file" in fixed.stderr and "no findings" in fixed.stderr
    clean = stdin(["--fix", "-"], "Sunny day.\n")
    assert clean.exit_code == 0 and clean.stdout == "Sunny day.\n"        # passed through unchanged
    diff = stdin(["--diff", "-"], "I love WaveSync\n")
    assert diff.exit_code == 1
    assert diff.stdout.splitlines()[2:] == ["@@ -1 +1,2 @@", " I love WaveSync", f"+{DISCLOSE_EN} {OPINION_EN}"]
    assert list(tmp_path.iterdir()) == []


def test_files_without_fixes_are_not_touched(tmp_path):
    (tmp_path / "fix.txt").write_text("I love WaveSync\n", encoding="utf-8")
    keep = tmp_path / "keep.txt"
    keep.write_text("Was für ein Scheißtag.\n", encoding="utf-8")
    os.utime(keep, ns=(1_000_000_000, 1_000_000_000))
    result = run(["--fix", "--format", "json", "fix.txt", "keep.txt"], tmp_path,
                 rules=RULES[:3] + [RULES[3] + ",netiquette-profanity"])
    assert result.exit_code == 1                       # the profanity is no safe fix and remains
    remaining = json.loads(result.stdout)["findings"]
    assert [(f["path"], f["rule"]) for f in remaining] == [("keep.txt", "netiquette-profanity")]
    assert keep.stat().st_mtime_ns == 1_000_000_000
    assert (tmp_path / "fix.txt").read_text(encoding="utf-8") == f"I love WaveSync\n{DISCLOSE_EN} {OPINION_EN}\n"


def test_jsonl_changes_only_that_record(tmp_path):
    lines = [
        '{"id": "a", "lang": "en", "text": "Sunny day."}\n',
        '{"id":"b","lang":"de","text":"Ich finde WaveDesk gro\\u00dfartig!\\n","platform":"x"}\n',
        '{"id": "c", "lang": "en", "text": "I love the new \\"WaveSync\\" 🚀", "account": "personal"}\n',
    ]
    path = tmp_path / "queue.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    assert run(["--fix", "queue.jsonl"], tmp_path).exit_code == 0
    new = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert new[0] == lines[0]
    assert new[1] == ('{"id":"b","lang":"de","text":"Ich finde WaveDesk gro\\u00dfartig!\\n#BrightwaveTeam '
                      '(Meine private Meinung.)\\n","platform":"x"}\n')
    assert list(json.loads(new[2])) == ["id", "lang", "text", "account"]
    assert json.loads(new[2])["text"] == f'I love the new "WaveSync" 🚀\n{DISCLOSE_EN} {OPINION_EN}'
    assert findings(tmp_path, "queue.jsonl") == []


def test_json_list(tmp_path):
    path = tmp_path / "posts.json"
    path.write_text(json.dumps({"campaign": "x", "posts": [{"id": 1, "text": "Sunny day.", "lang": "en"},
                                                          {"id": 2, "text": "I love WaveDesk", "lang": "en"}]},
                               indent=2), encoding="utf-8")
    assert run(["--fix", "posts.json"], tmp_path).exit_code == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["posts"][0]["text"] == "Sunny day."
    assert data["posts"][1]["text"] == f"I love WaveDesk\n{DISCLOSE_EN} {OPINION_EN}"


def test_csv_keeps_other_rows_byte_identical(tmp_path):
    raw = ('id,lang,text,platform\r\n'
           'a,en,"Sunny, warm day",x\r\n'
           'b,en,I love WaveSync,linkedin\r\n'
           'c,en,"I think ""WaveDesk"" is great",x\r\n'
           'd,en,plain,x\r\n')
    path = tmp_path / "posts.csv"
    path.write_bytes(raw.encode("utf-8"))
    assert run(["--fix", "posts.csv"], tmp_path).exit_code == 0
    new = path.read_bytes().decode("utf-8")
    assert new == ('id,lang,text,platform\r\n'
                   'a,en,"Sunny, warm day",x\r\n'
                   f'b,en,"I love WaveSync\r\n{DISCLOSE_EN} {OPINION_EN}",linkedin\r\n'
                   f'c,en,"I think ""WaveDesk"" is great\r\n{DISCLOSE_EN} {OPINION_EN}",x\r\n'
                   'd,en,plain,x\r\n')
    assert findings(tmp_path, "posts.csv") == []


def test_yaml_scalars_edited_in_place(tmp_path):
    raw = ("# campaign file\n"
           "campaign: summer   # keep this comment\n"
           "posts:\n"
           "  - id: y1\n"
           "    lang: en\n"
           "    text: |\n"
           "      I think WaveDesk is great.\n"
           "      Try it!\n"
           "\n"
           "  - id: y2\n"
           "    lang: de\n"
           "    text: \"Ich finde WaveSync großartig\"\n"
           "  - id: y3\n"
           "    lang: en\n"
           "    text: I love WaveDesk\n"
           "  - id: y4\n"
           "    text: 'Sunny day.'\n")
    path = tmp_path / "posts.yaml"
    path.write_text(raw, encoding="utf-8")
    assert run(["--fix", "posts.yaml"], tmp_path).exit_code == 0
    new = path.read_text(encoding="utf-8")
    assert new == ("# campaign file\n"
                   "campaign: summer   # keep this comment\n"
                   "posts:\n"
                   "  - id: y1\n"
                   "    lang: en\n"
                   "    text: |\n"
                   "      I think WaveDesk is great.\n"
                   "      Try it!\n"
                   f"      {DISCLOSE_EN} {OPINION_EN}\n"
                   "\n"
                   "  - id: y2\n"
                   "    lang: de\n"
                   "    text: \"Ich finde WaveSync großartig\\n#BrightwaveTeam (Meine private Meinung.)\"\n"
                   "  - id: y3\n"
                   "    lang: en\n"
                   f"    text: \"I love WaveDesk\\n{DISCLOSE_EN} {OPINION_EN}\"\n"
                   "  - id: y4\n"
                   "    text: 'Sunny day.'\n")
    assert findings(tmp_path, "posts.yaml") == []


def test_builtin_texts_in_the_post_language(tmp_path):
    profile = tmp_path / "profile.yaml"
    profile.write_text("company: {name: Brightwave Systems GmbH, products: [WaveDesk, WaveSync]}\n", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Ich finde WaveDesk großartig.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("I love WaveDesk.\n", encoding="utf-8")
    result = run(["--fix", "--lang", "auto", "de.txt", "en.txt"], tmp_path, profile=str(profile))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "de.txt").read_text(encoding="utf-8") == \
        f"Ich finde WaveDesk großartig.\nIch arbeite bei Brightwave Systems GmbH {OPINION_DE}\n"
    assert (tmp_path / "en.txt").read_text(encoding="utf-8") == \
        f"I love WaveDesk.\nI work at Brightwave Systems GmbH {OPINION_EN}\n"


def test_profile_standard_disclaimer(tmp_path):
    profile = tmp_path / "profile.yaml"
    profile.write_text("company: {name: Brightwave Systems GmbH}\n"
                       "disclaimer: {standard: \"All views are my own opinion, not my employer's.\"}\n",
                       encoding="utf-8")
    (tmp_path / "en.txt").write_text("I think this is great.\n", encoding="utf-8")
    assert run(["--fix", "en.txt"], tmp_path, profile=str(profile)).exit_code == 0
    assert (tmp_path / "en.txt").read_text(encoding="utf-8") == \
        "I think this is great.\nAll views are my own opinion, not my employer's.\n"


def test_fix_kind():
    def finding(rule, category="disclaimer"):
        return Finding("a", None, rule, category, "error", "m", 1, 1, 1, 2, "x")
    assert fixes.fix_kind(finding("disclaimer-private-opinion")) == "opinion"
    assert fixes.fix_kind(finding("disclaimer-undisclosed-promotion")) == "disclosure"
    assert fixes.fix_kind(finding("x-disclosure-missing")) == "disclosure"
    assert fixes.fix_kind(finding("netiquette-profanity", "netiquette")) is None
    assert fixes.fix_kind(finding("disclaimer-something")) is None

    class Rule:
        fixable = ""
        body = {"type": "requires", "require": [{"type": "lexicon", "terms": "@private_opinion"}]}
    assert fixes.fix_kind(finding("disclaimer-something"), {"disclaimer-something": Rule()}) == "opinion"


def test_addition_choice():
    profile = Profile(company="Brightwave Systems GmbH", aliases=["Brightwave"],
                      disclaimer_phrases=["meine private Meinung", "views are my own", "I work at Brightwave"])
    assert fixes.addition("opinion", "de", profile) == "(Meine private Meinung.)"
    assert fixes.addition("opinion", "en", profile) == "(Views are my own.)"
    assert fixes.addition("disclosure", "en", profile) == "I work at Brightwave."
    assert fixes.addition("disclosure", "de", profile) == "Ich arbeite bei Brightwave Systems GmbH"
    assert fixes.addition("disclosure", "de", Profile(company="Brightwave")) == "Ich arbeite bei Brightwave."
    assert fixes.addition("disclosure", "en", Profile(company="")) is None


@pytest.mark.skipif(not (Path(__file__).resolve().parents[1] / "rules" / "disclaimer.yaml").exists(),
                    reason="the bundled disclaimer rule pack is not present")
def test_bundled_disclaimer_rules_are_fixed(tmp_path):
    (tmp_path / "a.txt").write_text("WaveDesk ist die beste Wahl im Support.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("WaveDesk jetzt 30 Tage kostenlos testen!\n", encoding="utf-8")
    rules = ["--select", "disclaimer"]
    before = findings(tmp_path, "a.txt", "b.txt", rules=rules)
    assert before, "the bundled rules report these posts"
    result = run(["--fix", "a.txt", "b.txt"], tmp_path, rules=rules)
    assert result.exit_code == 0, result.output
    assert findings(tmp_path, "a.txt", "b.txt", rules=rules) == []


# ---------------------------------------------------------------------------- round trips of any text

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from sm_lint.inputs import READERS, Post  # noqa: E402
from sm_lint.source import Source  # noqa: E402

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"),
                              exclude_characters="\x85\ufeff") | st.sampled_from(['"', "'", ",", "\n", " ", "\\", "#",
                                                                                  ":", "ß", "🚀", "\t"]),
                min_size=1, max_size=40).filter(lambda t: t.strip())
EXTRA = "(Views are my own.)"


def _fix_file(tmp: Path, name: str, content: str, fmt: str, target: str | None) -> tuple[str, list[Post]]:
    path = tmp / name
    path.write_bytes(content.encode("utf-8"))
    posts = [p for p in READERS[fmt](Source(str(path), content)) if isinstance(p, Post)]
    for i, p in enumerate(posts):
        p.index = i
    chosen = [p for p in posts if p.post_id == target] if target else posts
    found = [Finding(str(path), p.post_id, "x-private-opinion", "disclaimer", "warning", "m", 1, 1, 1, 2, "x",
                     post_index=p.index) for p in chosen]
    profile = Profile(company="Brightwave Systems GmbH")
    changes = fixes.plan(posts, found, profile, lambda post: "en")
    assert len(changes) == 1, (fmt, content)
    fixes.apply(changes)
    after = path.read_bytes().decode("utf-8")
    fresh = [p for p in READERS[fmt](Source(str(path), after)) if isinstance(p, Post)]
    assert len(fresh) == len(posts)
    return after, list(zip(posts, fresh))


def _expected(text: str) -> str:
    i = len(text.rstrip())
    return text[:i] + "\n" + EXTRA + text[i:]


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=_TEXT, other=_TEXT)
def test_any_jsonl_text(tmp_path, text, other):
    content = (json.dumps({"id": "a", "text": other}) + "\n"
               + json.dumps({"id": "b", "text": text, "n": 1}, ensure_ascii=False) + "\n")
    after, pairs = _fix_file(tmp_path, "p.jsonl", content, "jsonl", "b")
    assert after.splitlines(keepends=True)[0] == content.splitlines(keepends=True)[0]
    assert pairs[0][1].text == other and pairs[1][1].text == _expected(text)
    assert list(json.loads(after.splitlines()[1])) == ["id", "text", "n"]


@SETTINGS
@given(text=_TEXT, other=_TEXT, crlf=st.booleans())
def test_any_csv_text(tmp_path, text, other, crlf):
    import csv
    import io
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    writer.writerows([["id", "text", "lang"], ["a", other, "en"], ["b", text, "en"], ["c", "end", "en"]])
    content = buf.getvalue()
    after, pairs = _fix_file(tmp_path, "p.csv", content, "csv", "b")
    lines = content.splitlines(keepends=True)
    assert after.startswith("".join(lines[: 1]))
    assert after.endswith(lines[-1])
    i = len(text.rstrip())
    assert pairs[1][1].text == text[:i] + ("\r\n" if crlf else "\n") + EXTRA + text[i:]
    assert pairs[0][1].text == other


@SETTINGS
@given(text=_TEXT, other=_TEXT, style=st.sampled_from([None, '"', "'"]))
def test_any_yaml_text(tmp_path, text, other, style):
    import yaml
    content = "campaign: x  # note\n" + yaml.safe_dump({"posts": [{"id": "a", "text": other},
                                                                 {"id": "b", "text": text}]},
                                                       allow_unicode=True, default_style=style)
    after, pairs = _fix_file(tmp_path, "p.yaml", content, "yaml", "b")
    assert after.startswith("campaign: x  # note\n")
    assert pairs[0][1].text == other
    new = pairs[1][1].text
    assert new.startswith(text.rstrip()) and EXTRA in new


def test_symbolic_link_is_kept(tmp_path):
    real = tmp_path / "drafts" / "post.txt"
    real.parent.mkdir()
    real.write_text("I love WaveSync\n", encoding="utf-8")
    link = tmp_path / "post.txt"
    link.symlink_to(real)
    assert run(["--fix", "post.txt"], tmp_path).exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == f"I love WaveSync\n{DISCLOSE_EN} {OPINION_EN}\n"


def test_jsonl_fix_goes_to_the_right_record_when_texts_repeat(tmp_path):
    content = '{"id": "a", "text": "0"}\n{"id": "b", "text": "0", "n": 1}\n'
    _fix_file(tmp_path, "same.jsonl", content, "jsonl", "b")
    after = (tmp_path / "same.jsonl").read_text(encoding="utf-8").splitlines()
    assert after[0] == '{"id": "a", "text": "0"}'
    assert EXTRA in after[1]
