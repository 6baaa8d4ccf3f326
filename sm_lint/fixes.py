"""Safe fixes: changes that cannot alter what a post says.

Only two kinds exist: adding the missing private-opinion disclaimer and adding the missing
disclosure of the employment, each in the post's language. The text comes from the
profile (``disclaimer.standard``, or a matching phrase of ``disclaimer.phrases``) or is the
built-in one. It goes to the end of the post, written the way the file format needs:

- plain text and Markdown: a new line after the last line of the body (never into the
  front matter);
- JSONL and JSON: into that record's ``text`` string literal, escaped as the literal is;
- CSV: that record's text field is rewritten with minimal quoting, every other byte stays;
- YAML: that record's ``text`` scalar is edited in place (block scalars get a new line with
  the same indentation; quoted scalars get the text before the closing quote).

Every changed file is read back with its reader before it is written: if the posts do not
come back as intended, the file is left alone. Writes are atomic, keep the UTF-8 BOM and the
line endings, and files without fixes are never touched. A post read from standard input is
fixed in its text only: the command prints the fixed text (``--fix``) or the diff (``--diff``).
"""
from __future__ import annotations

import codecs
import csv
import difflib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import yaml

from . import langid, yamlpos
from .baseline import atomic_write
from .inputs import FORMATS, READERS, STDIN, Post, _TEXT_KEY, _csv_fields
from .source import Source, json_string

KINDS = ("disclosure", "opinion")          # the order in which additions are written
BUILTIN = {
    "de": {"opinion": "(Meine private Meinung.)", "disclosure": "Ich arbeite bei {company}."},
    "en": {"opinion": "(Views are my own.)", "disclosure": "I work at {company}."},
}


@dataclass
class Edit:
    start: int          # offsets into the file's text
    end: int
    text: str


@dataclass
class FileChange:
    path: str
    before: str
    after: str = ""
    findings: list = field(default_factory=list)     # the findings the change fixes
    additions: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- what to add

def fix_kind(finding, rules: dict | None = None) -> str | None:
    """'opinion', 'disclosure' or None for a finding (rule meta ``fixable`` or the rule id)."""
    if finding.category != "disclaimer":
        return None
    rule = (rules or {}).get(finding.rule)
    declared = getattr(rule, "fixable", "") if rule is not None else ""
    if declared:
        return declared if declared in KINDS else None
    required = _required_sets(getattr(rule, "body", None) or {})
    if "@private_opinion" in required and "@disclosure" not in required:
        return "opinion"
    if "@disclosure" in required and "@private_opinion" not in required:
        return "disclosure"
    if "opinion" in finding.rule:
        return "opinion"
    if "disclosure" in finding.rule or "promotion" in finding.rule:
        return "disclosure"
    return None


def _required_sets(body: dict) -> set[str]:
    """The term sets (``@name``) that a ``requires`` rule accepts as the missing piece."""
    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            if value.startswith("@"):
                found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    if body.get("type") == "requires":
        walk(body.get("require"))
    return found


def _sentence(phrase: str, kind: str) -> str:
    phrase = phrase.strip()
    if phrase.startswith(("#", "(")):
        return phrase
    phrase = phrase[:1].upper() + phrase[1:]
    if phrase[-1:] not in ".!?":
        phrase += "."
    return f"({phrase})" if kind == "opinion" else phrase


def profile_phrases(profile) -> dict[str, list[str]]:
    """The profile's phrases by kind, split as the engine splits them (company name → disclosure)."""
    names = [n.lower().lstrip("@#") for n in profile.company_names if n]
    out: dict[str, list[str]] = {"opinion": [], "disclosure": []}
    for phrase in profile.disclaimer_phrases:
        low = phrase.lower()
        disclosure = phrase.startswith("#") or any(n in low for n in names)
        out["disclosure" if disclosure else "opinion"].append(phrase)
    return out


def addition(kind: str, lang: str, profile) -> str | None:
    """The text that fixes ``kind`` in a post in ``lang``, or None if there is none."""
    lang = lang if lang in BUILTIN else "en"
    if kind == "opinion" and profile.standard_disclaimer and langid.detect(profile.standard_disclaimer, lang) == lang:
        return profile.standard_disclaimer.strip()
    for phrase in profile_phrases(profile)[kind]:
        words = phrase.lstrip("#@")
        if phrase.startswith("#") or langid.detect(words, lang) == lang:
            return _sentence(phrase, kind)
    if kind == "disclosure" and not profile.company:
        return None
    text = BUILTIN[lang][kind].format(company=profile.company)
    if kind == "disclosure" and not _period_apart(text, lang):
        text = text[:-1]        # "… GmbH." would read as one abbreviation and hide the name from the rules
    return text


def _period_apart(text: str, lang: str) -> bool:
    """True if the final full stop of ``text`` is a token of its own."""
    from .nlp import read_words
    doc = read_words(lang, text)
    return len(doc) > 0 and doc[-1].text == "."


# ---------------------------------------------------------------------------- where to add it

def _newline(content: str) -> str:
    if "\r\n" in content:
        return "\r\n"
    if "\r" in content and "\n" not in content:
        return "\r"
    return "\n"


def _end_of_content(text: str) -> int:
    return len(text.rstrip())


def _edit_plain(content: str, post: Post, extra: str) -> Edit | None:
    """txt and Markdown: the body runs to the end of the file; add a line after its last line."""
    base = post.file_offset(0) if isinstance(post.offsets, int) else None
    if base is None:
        return None
    nl = _newline(content)
    body = content[base:]
    if not body.strip():
        prefix = "" if content.endswith(("\n", "\r")) or not content else nl
        return Edit(len(content), len(content), prefix + extra + nl)
    end = base + _end_of_content(body)
    return Edit(end, end, nl + extra)


def _edit_json(content: str, post: Post, extra: str) -> Edit | None:
    """JSONL and JSON: insert into the record's "text" literal, escaped like the literal."""
    first = post.file_offset(0) if post.text else None      # where this record's text starts
    for m in _TEXT_KEY.finditer(content):
        try:
            decoded, offsets, end = json_string(content, m.end())
        except (ValueError, IndexError):
            continue
        if decoded != post.text or (first is not None and (not offsets or offsets[0] != first)):
            continue
        literal = content[m.end():end]
        ascii_only = literal.isascii() and "\\u" in literal
        i = _end_of_content(decoded)
        at = offsets[i] if i < len(offsets) else end - 1
        return Edit(at, at, json.dumps("\n" + extra, ensure_ascii=ascii_only)[1:-1])
    return None


def _edit_csv(content: str, post: Post, extra: str) -> Edit | None:
    """CSV: rewrite the record's text field (minimal quoting); every other byte stays."""
    target = post.file_offset(0)
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", content)]
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return None
    names = [h.strip().lower() for h in header]
    text_col = next((names.index(c) for c in ("text", "message", "content") if c in names), None)
    if text_col is None:
        return None
    line = reader.line_num
    while True:
        first = line + 1
        try:
            row = next(reader)
        except (StopIteration, csv.Error):
            return None
        line = reader.line_num
        if len(row) != len(header) or row[text_col] != post.text:
            continue
        base = line_starts[first - 1] if first - 1 < len(line_starts) else len(content)
        raw = content[base: line_starts[line] if line < len(line_starts) else len(content)]
        spans = _csv_fields(raw)
        if text_col >= len(spans):
            return None
        s, e = spans[text_col]
        if not (base + s <= target <= base + e):
            continue
        value = post.text
        i = _end_of_content(value)
        new = value[:i] + _newline(content) + extra + value[i:]
        quoted = raw[s:e].startswith('"')
        if quoted or any(c in new for c in ',"\r\n'):
            new = '"' + new.replace('"', '""') + '"'
        return Edit(base + s, base + e, new)


def _edit_yaml(content: str, post: Post, extra: str) -> Edit | None:
    """YAML: edit the record's text scalar in place, using the node's marks."""
    try:
        loaded = yamlpos.load(content)
    except yamlpos.YamlError:
        return None
    first = post.file_offset(0) if post.text else None      # where this record's text starts
    node = None
    for path, candidate in loaded.nodes.items():
        if not path or path[-1] != "text" or not isinstance(candidate, yaml.ScalarNode):
            continue
        value = loaded.value
        for key in path:
            value = value[key]
        if value != post.text:
            continue
        if first is None or candidate.start_mark.index <= first < candidate.end_mark.index:
            node = candidate
            break
    if node is None:
        return None
    s, e = node.start_mark.index, node.end_mark.index
    text = post.text
    i = _end_of_content(text)
    quoted = json.dumps(text[:i] + "\n" + extra + text[i:], ensure_ascii=False)
    if node.style in ("|", ">"):
        raw = content[s:e]
        header_end = raw.find("\n")
        if header_end < 0:
            return None
        lines = raw[header_end + 1:].splitlines(keepends=True)
        indent = next((len(x) - len(x.lstrip(" ")) for x in lines if x.strip()), None)
        if indent is None:
            return None
        pos = s + header_end + 1
        last_end = None
        for x in lines:
            if x.strip():
                last_end = pos + len(x.rstrip("\r\n"))
            pos += len(x)
        return Edit(last_end, last_end, _newline(content) + " " * indent + extra)
    if node.style == '"' and i == len(text):
        return Edit(e - 1, e - 1, json.dumps("\n" + extra, ensure_ascii=False)[1:-1])
    return Edit(s, e, quoted)             # plain and single-quoted scalars: write a double-quoted one


EDITORS: dict[str, Callable[[str, Post, str], Edit | None]] = {
    "txt": _edit_plain, "md": _edit_plain, "jsonl": _edit_json, "json": _edit_json, "csv": _edit_csv,
    "yaml": _edit_yaml,
}


# ---------------------------------------------------------------------------- planning and applying

def _format_of(path: str, input_format: str | None) -> str | None:
    if path == STDIN:
        return input_format or "txt"
    return input_format or FORMATS.get(Path(path).suffix.lower())


def _editable(path: str) -> bool:
    """A file on disk, or standard input (fixed in its text only)."""
    return path == STDIN or (not path.startswith("<") and Path(path).is_file())


def _verify(change: FileChange, fmt: str, posts: list[Post], expected: dict[int, str]) -> bool:
    """Read the changed text back: same posts, the fixed ones with the addition, others unchanged."""
    items = list(READERS[fmt](Source(change.path, change.after)))
    fresh = [p for p in items if isinstance(p, Post)]
    if len(fresh) != len(posts) or len(items) != len(fresh):
        return False
    for old, new in zip(posts, fresh):
        want = expected.get(old.index)
        if want is None:
            if new.text != old.text:
                return False
        elif not (new.text.startswith(old.text.rstrip()) and want in new.text):
            return False
    return True


def plan(posts: Iterable[Post], findings: Iterable, profile, language: Callable[[Post], str],
         rules: Iterable = (), input_format: str | None = None) -> list[FileChange]:
    """The file changes that fix the fixable findings (nothing is written)."""
    rule_map = {r.id: r for r in rules}
    by_post: dict[int, list] = {}
    for f in findings:
        if fix_kind(f, rule_map):
            by_post.setdefault(f.post_index, []).append(f)
    posts = list(posts)
    by_file: dict[str, list[Post]] = {}
    for post in posts:
        by_file.setdefault(post.path, []).append(post)
    changes = []
    for path, file_posts in by_file.items():
        fixable = [p for p in file_posts if p.index in by_post]
        fmt = _format_of(path, input_format)
        if not fixable or fmt not in EDITORS or not _editable(path):
            continue
        content = file_posts[0].source.content
        change = FileChange(path, content)
        edits: list[Edit] = []
        expected: dict[int, str] = {}
        for post in fixable:
            kinds = {fix_kind(f, rule_map) for f in by_post[post.index]}
            lang = language(post)
            texts = [addition(k, lang, profile) for k in KINDS if k in kinds]
            texts = [t for t in texts if t]
            if not texts:
                continue
            extra = " ".join(texts)
            edit = EDITORS[fmt](content, post, extra)
            if edit is None:
                continue
            edits.append(edit)
            expected[post.index] = extra
            change.findings += [f for f in by_post[post.index] if fix_kind(f, rule_map) in kinds]
            change.additions.append(extra)
        if not edits:
            continue
        after = content
        for edit in sorted(edits, key=lambda x: x.start, reverse=True):
            after = after[:edit.start] + edit.text + after[edit.end:]
        change.after = after
        if after != content and _verify(change, fmt, file_posts, expected):
            changes.append(change)
    return changes


def apply(changes: Iterable[FileChange]) -> list[FileChange]:
    """Write the changes atomically, keeping a BOM; a file changed meanwhile is left alone.
    Standard input is not written (the command prints its fixed text)."""
    written = []
    for change in changes:
        if change.path == STDIN:
            written.append(change)
            continue
        path = Path(change.path)
        data = path.read_bytes()
        bom = data.startswith(codecs.BOM_UTF8)
        try:
            current = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
        if current != change.before:
            continue
        atomic_write(path, (codecs.BOM_UTF8 if bom else b"") + change.after.encode("utf-8"))
        written.append(change)
    return written


def unified_diff(changes: Iterable[FileChange]) -> str:
    out = []
    for change in changes:
        path = change.path[2:] if change.path.startswith("./") else change.path
        lines = difflib.unified_diff(change.before.splitlines(keepends=True), change.after.splitlines(keepends=True),
                                     fromfile=f"a/{path}", tofile=f"b/{path}")
        for line in lines:
            out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def summary(changes: list[FileChange], applied: bool) -> str:
    n = sum(len(c.findings) for c in changes)
    files = len(changes)
    verb = "Fixed" if applied else "Would fix"
    if not changes:
        return "sm-lint: no safe fixes to apply."
    return f"sm-lint: {verb} {n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}."
