"""Reading inputs: files, folders and standard input become posts.

Every format in the command-line contract has a reader here. A reader never stops at the
first bad record: it yields the posts it can read and an :class:`InputError` (file and line)
for each one it cannot, so that the rest is still checked.
"""
from __future__ import annotations

import csv
import fnmatch
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import markdown, yamlpos
from .source import Source, align, json_string

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".json": "json", ".csv": "csv", ".yaml": "yaml", ".yml": "yaml"}
TEXT_COLUMNS = ("text", "message", "content")
META_KEYS = ("account", "platform", "lang", "author", "publish_at", "images", "image")
MAX_POST_CHARS = 100_000
MAX_FILE_BYTES = 256 * 1024 * 1024
_IGNORE_COMMENT = re.compile(r"sm-lint:\s*ignore\[([^\]\n]+)\][ \t]*([^\n]*)")
_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}


@dataclass
class InputError:
    path: str
    line: int | None
    message: str

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


@dataclass
class Post:
    """One post: the text to lint, its metadata and the map back into its file."""

    source: Source
    text: str
    offsets: list[int] | int          # per-character file offsets, or the offset of text[0]
    post_id: str | None = None
    meta: dict = field(default_factory=dict)
    meta_lines: dict = field(default_factory=dict)
    suppressed: dict[str, str] = field(default_factory=dict)   # rule id or category -> reason
    index: int = 0                    # position among all posts of a run

    @property
    def path(self) -> str:
        return self.source.path

    def file_offset(self, i: int) -> int:
        if isinstance(self.offsets, int):
            return self.offsets + i
        if isinstance(self.offsets, RunOffsets):
            return self.offsets.at(max(i, 0))
        if not self.offsets:
            return 0
        if i >= len(self.offsets):
            return self.offsets[-1] + 1
        return self.offsets[max(i, 0)]

    def locate(self, start: int, end: int) -> tuple[int, int, int, int]:
        """1-based (line, column, end_line, end_column) of text[start:end] in the file."""
        line, col = self.source.line_col(self.file_offset(start))
        last = self.file_offset(max(end - 1, start))
        end_line, end_col = self.source.line_col(last)
        return line, col, end_line, end_col + (1 if end > start else 0)

    def meta_line(self, key: str) -> int:
        return self.meta_lines.get(key) or self.source.line_col(self.file_offset(0))[0]


# ---------------------------------------------------------------------------- helpers

def _suppressions(text: str, into: dict[str, str]) -> None:
    for m in _IGNORE_COMMENT.finditer(text):
        for rule in re.split(r"[,\s]+", m.group(1)):
            if rule.strip():
                into[rule.strip()] = m.group(2).strip()


def _meta_from(record: dict) -> dict:
    meta = {k: record[k] for k in record if k not in ("text", "id", "sm-lint") and record[k] is not None}
    control = record.get("sm-lint")
    if isinstance(control, dict):
        meta["sm-lint"] = control
    return meta


def _record_suppressions(meta: dict, into: dict[str, str]) -> None:
    control = meta.get("sm-lint")
    if isinstance(control, dict):
        ignore = control.get("ignore") or []
        if isinstance(ignore, str):
            ignore = [ignore]
        for rule in ignore:
            into[str(rule)] = str(control.get("reason", ""))


class RunOffsets(list):
    """Per-character file offsets kept as runs of consecutive offsets until first used.

    A list (it is one once read), so that a large batch does not hold one integer per
    character of every post: most posts map to a few runs (the JSON escapes break them).
    """

    __slots__ = ("_runs",)

    def __init__(self, runs: list[tuple[int, int]]):
        super().__init__()
        self._runs = runs

    @classmethod
    def pack(cls, offsets: list[int]) -> list[int]:
        runs: list[tuple[int, int]] = []
        _runs(offsets, 0, len(offsets), runs)
        packed = cls(runs)
        return packed if packed._expand() == offsets else offsets

    def at(self, i: int) -> int:
        """``self[i]`` without expanding the runs (for ``0 <= i``; past the end: after the last)."""
        if self._runs is None:
            return list.__getitem__(self, i) if i < list.__len__(self) else list.__getitem__(self, -1) + 1
        for start, n in self._runs:
            if i < n:
                return start + i
            i -= n
        start, n = self._runs[-1]
        return start + n

    def _expand(self) -> list[int]:
        out: list[int] = []
        for start, n in self._runs:
            out.extend(range(start, start + n))
        return out

    def _fill(self) -> None:
        if getattr(self, "_runs", None) is not None:
            runs, self._runs = self._runs, None
            list.extend(self, RunOffsets(runs)._expand())


def _runs(offsets: list[int], a: int, b: int, out: list) -> None:
    """Split offsets[a:b] into runs of consecutive values (bisecting at the breaks)."""
    if b <= a:
        return
    if offsets[b - 1] - offsets[a] == b - 1 - a:
        if out and out[-1][0] + out[-1][1] == offsets[a]:
            out[-1] = (out[-1][0], out[-1][1] + b - a)
        else:
            out.append((offsets[a], b - a))
        return
    mid = (a + b) // 2
    _runs(offsets, a, mid, out)
    _runs(offsets, mid, b, out)


def _filled(name):
    method = getattr(list, name)

    def wrapper(self, *args, **kwargs):
        self._fill()
        return method(self, *args, **kwargs)
    wrapper.__name__ = name
    return wrapper


for _name in ("__getitem__", "__len__", "__iter__", "__reversed__", "__contains__", "__eq__", "__ne__", "__lt__",
              "__le__", "__gt__", "__ge__", "__repr__", "__add__", "__mul__", "__reduce_ex__", "index", "count",
              "copy", "append", "extend", "insert", "pop", "remove", "reverse", "sort", "clear", "__setitem__",
              "__delitem__", "__iadd__", "__imul__"):
    setattr(RunOffsets, _name, _filled(_name))
RunOffsets.__hash__ = None


def _make_post(source, text, offsets, post_id, meta, meta_lines=None) -> Post:
    if isinstance(offsets, list) and len(offsets) > 16:
        offsets = RunOffsets.pack(offsets)
    post = Post(source, text, offsets, post_id, meta, meta_lines or {})
    _record_suppressions(meta, post.suppressed)
    _suppressions(text, post.suppressed)
    return post


def decode(path: str, data: bytes) -> tuple[str | None, InputError | None]:
    """Bytes to text: UTF-8 (with or without BOM); binary and other encodings are errors."""
    if b"\x00" in data[:8192]:
        return None, InputError(path, None, "binary file (contains NUL bytes), not checked")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, InputError(path, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                            "save the file as UTF-8")
    return text, None


# ---------------------------------------------------------------------------- readers

def read_txt(source: Source) -> Iterator[Post | InputError]:
    text = source.content
    if not text.strip():
        yield InputError(source.path, 1, "empty file: no post to check")
        return
    if len(text) > MAX_POST_CHARS:
        yield InputError(source.path, None, f"too large for one post ({len(text):,} characters, "
                                            f"at most {MAX_POST_CHARS:,}); not checked")
        return
    yield _make_post(source, text, 0, None, {})


def read_md(source: Source) -> Iterator[Post | InputError]:
    content = source.content
    meta: dict = {}
    meta_lines: dict = {}
    body_start = 0
    if re.match(r"---[ \t]*\r?\n", content):
        close = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE).search(content, content.index("\n") + 1)
        if not close:
            yield InputError(source.path, 1, "front matter opened with '---' is never closed; not checked")
            return
        header = content[content.index("\n") + 1: close.start()]
        try:
            loaded = yamlpos.load(header)
        except yamlpos.YamlError as exc:
            line = exc.line + 1 if exc.line else 1
            yield InputError(source.path, line, f"front matter: {exc.message}; not checked")
            return
        if loaded.value is not None and not isinstance(loaded.value, dict):
            yield InputError(source.path, 2, "front matter must be a mapping of keys to values; not checked")
            return
        meta = loaded.value or {}
        meta_lines = {k: loaded.lines.get((k,), 1) + 1 for k in meta}
        meta_lines.update({("images", path[1]): line + 1 for path, line in loaded.lines.items()
                           if len(path) == 2 and path[0] in ("images", "image")})
        nl = content.find("\n", close.end())
        body_start = len(content) if nl < 0 else nl + 1
    body = content[body_start:]
    if len(body) > MAX_POST_CHARS:
        yield InputError(source.path, None, f"too large for one post ({len(body):,} characters); not checked")
        return
    if not body.strip() and not meta:
        yield InputError(source.path, 1, "empty file: no post to check")
        return
    post = _make_post(source, markdown.mask(body), body_start, None, _meta_from(meta), meta_lines)
    for rules, reason in markdown.directives(body):
        for rule in rules:
            post.suppressed[rule] = reason
    yield post


def _batch_post(source, record, where_line, text, offsets, default_id) -> Post | InputError:
    if not isinstance(text, str):
        return InputError(source.path, where_line, "record has no 'text' string; not checked")
    if len(text) > MAX_POST_CHARS:
        return InputError(source.path, where_line, f"post too large ({len(text):,} characters); not checked")
    post_id = record.get("id")
    post_id = str(post_id) if post_id is not None else default_id
    return _make_post(source, text, offsets, post_id, _meta_from(record))


_TEXT_KEY = re.compile(r'"text"\s*:\s*(?=")')


def _find_json_text(raw: str, start: int, value: str) -> tuple[list[int] | int, int]:
    """Find the literal of ``value`` as a "text" member at or after ``start``: the file offset
    of each of its characters (or, without escapes, of the first), and the offset after it."""
    for m in _TEXT_KEY.finditer(raw, start):
        first = m.end() + 1
        close = raw.find('"', first)
        if close >= 0 and raw.find("\\", first, close) < 0:      # no escapes: one run
            if raw[first:close] == value:
                return first, close + 1
            continue
        try:
            decoded, offsets, end = json_string(raw, m.end())
        except (ValueError, IndexError):
            continue
        if decoded == value:
            return offsets, end
    return 0, start


def read_jsonl(source: Source) -> Iterator[Post | InputError]:
    """One post per line; the file is read line by line from its compact form, so a large
    file is never held as a whole string while its posts are checked."""
    source.release()
    count = 0
    for n, (here, line) in enumerate(source.lines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source.path, n, f"not valid JSON: {exc.msg} (column {exc.colno}); line not checked")
            continue
        if not isinstance(record, dict):
            yield InputError(source.path, n, "a JSONL line must be an object with 'text' and 'id'; not checked")
            continue
        text = record.get("text")
        offsets, _ = _find_json_text(line, 0, text) if isinstance(text, str) else (0, 0)
        offsets = [here + o for o in offsets] if isinstance(offsets, list) else here + offsets
        count += 1
        yield _batch_post(source, record, n, text, offsets, f"line {n}")
    if not count:
        yield InputError(source.path, 1, "no posts in this file")


def read_json(source: Source) -> Iterator[Post | InputError]:
    try:
        data = json.loads(source.content)
    except json.JSONDecodeError as exc:
        yield InputError(source.path, exc.lineno, f"not valid JSON: {exc.msg}; not checked")
        return
    records = data.get("posts") if isinstance(data, dict) else data
    if not isinstance(records, list):
        yield InputError(source.path, 1, "expected a list of posts or an object with a 'posts' list; not checked")
        return
    if not records:
        yield InputError(source.path, 1, "no posts in this file")
    pos = 0
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            yield InputError(source.path, None, f"post {i + 1} is not an object; not checked")
            continue
        text = record.get("text")
        offsets, end = _find_json_text(source.content, pos, text) if isinstance(text, str) else (0, pos)
        pos = max(pos, end)
        line = source.line_col(offsets[0] if isinstance(offsets, list) and offsets else pos)[0]
        yield _batch_post(source, record, line, text, offsets, f"#{i + 1}")


def _csv_fields(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each field of one raw CSV record, quotes included."""
    spans, start, quoted, i = [], 0, False, 0
    while i < len(raw):
        ch = raw[i]
        if quoted:
            if ch == '"':
                if raw[i + 1: i + 2] == '"':
                    i += 1
                else:
                    quoted = False
        elif ch == '"':
            quoted = True
        elif ch == ",":
            spans.append((start, i))
            start = i + 1
        elif ch in "\r\n":
            break
        i += 1
    spans.append((start, i))
    return spans


def read_csv(source: Source) -> Iterator[Post | InputError]:
    content = source.content
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", content)]
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        yield InputError(source.path, 1, "empty CSV file: no header row")
        return
    except csv.Error as exc:
        yield InputError(source.path, 1, f"not valid CSV: {exc}")
        return
    names = [h.strip().lower() for h in header]
    text_col = next((names.index(c) for c in TEXT_COLUMNS if c in names), None)
    if text_col is None:
        yield InputError(source.path, 1, f"CSV header has no text column (one of: {', '.join(TEXT_COLUMNS)}); "
                                         f"found: {', '.join(header) or 'nothing'}; not checked")
        return
    line = reader.line_num
    count = 0
    while True:
        first = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError(source.path, first, f"not valid CSV: {exc}; rest of file not checked")
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(source.path, first, f"record has {len(row)} fields, the header {len(header)}; not checked")
            continue
        record = {names[i]: row[i] for i in range(len(names)) if names[i]}
        record["text"] = row[text_col]
        base = line_starts[first - 1] if first - 1 < len(line_starts) else len(content)
        raw = content[base: line_starts[line] if line < len(line_starts) else len(content)]
        spans = _csv_fields(raw)
        if text_col < len(spans):
            s, e = spans[text_col]
            offsets = align(row[text_col], raw[s:e], base + s)
        else:
            offsets = base
        count += 1
        yield _batch_post(source, record, first, row[text_col], offsets, f"line {first}")
    if not count:
        yield InputError(source.path, 1, "no posts in this file")


def looks_like_posts(value) -> bool:
    """True for a YAML document shaped like a post file (a list, or a mapping with 'posts')."""
    return isinstance(value, list) or (isinstance(value, dict) and "posts" in value)


def read_yaml(source: Source, strict: bool = True) -> Iterator[Post | InputError]:
    try:
        loaded = yamlpos.load(source.content)
    except yamlpos.YamlError as exc:
        yield InputError(source.path, exc.line, f"{exc.message}; not checked")
        return
    data = loaded.value
    if not strict and not looks_like_posts(data):
        return
    base_path: tuple = ()
    records = data
    if isinstance(data, dict):
        records, base_path = data.get("posts"), ("posts",)
    if not isinstance(records, list):
        yield InputError(source.path, loaded.line(base_path, 1),
                         "expected a list of posts, or a mapping whose 'posts' key holds the list; not checked")
        return
    if not records:
        yield InputError(source.path, loaded.line(base_path, 1), "no posts in this file")
    for i, record in enumerate(records):
        path = base_path + (i,)
        line = loaded.line(path, 1)
        if not isinstance(record, dict):
            yield InputError(source.path, line, "a post must be a mapping with 'text' (and 'id'); not checked")
            continue
        text = record.get("text")
        node = loaded.nodes.get(path + ("text",))
        offsets: list[int] | int = 0
        if isinstance(text, str) and node is not None:
            s, e = node.start_mark.index, node.end_mark.index
            raw = source.content[s:e]
            skip = 0
            if node.style in ("|", ">"):
                skip = raw.find("\n") + 1 if "\n" in raw else 0
            elif node.style in ("'", '"'):
                skip = 1
            offsets = align(text, raw[skip:], s + skip)
        post = _batch_post(source, record, line, text, offsets, f"#{i + 1}")
        if isinstance(post, Post):
            post.meta_lines = {k: loaded.line(path + (k,), line) for k in record}
            post.meta_lines.update({("images", j): loaded.line(path + ("images", j), line)
                                    for j in range(len(record.get("images") or []))
                                    if isinstance(record.get("images"), list)})
        yield post


READERS = {"txt": read_txt, "md": read_md, "jsonl": read_jsonl, "json": read_json, "csv": read_csv,
           "yaml": read_yaml}


# ---------------------------------------------------------------------------- paths

def _excluded(rel: str, patterns: list[str]) -> bool:
    parts = rel.split("/")
    for pat in patterns:
        pat = pat.strip()
        if not pat or pat.startswith("#"):
            continue
        dir_only = pat.endswith("/")
        pat = pat.rstrip("/").lstrip("/") if pat.startswith("/") else pat.rstrip("/")
        if "/" in pat:
            if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel, pat + "/*"):
                return True
            continue
        candidates = parts[:-1] if dir_only else parts
        if any(fnmatch.fnmatch(p, pat) for p in candidates):
            return True
    return False


def walk(root: Path, exclude: list[str], skip: set[Path]) -> Iterator[Path]:
    """Post files below ``root`` in a stable order, skipping hidden and excluded ones."""
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") or part in _SKIP_DIRS for part in rel.split("/")):
            continue
        if not path.is_file() or path.suffix.lower() not in FORMATS:
            continue
        if path.resolve() in skip or _excluded(rel, exclude):
            continue
        yield path


def read_path(path: Path, display: str, fmt: str | None = None, strict: bool = True) -> Iterator[Post | InputError]:
    fmt = fmt or FORMATS.get(path.suffix.lower())
    if fmt is None:
        yield InputError(display, None, f"unknown input format '{path.suffix}'; use --input-format "
                                        f"({', '.join(sorted(READERS))})")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputError(display, None, f"file too large ({size:,} bytes); not checked")
            return
        items = read_bytes(path.read_bytes(), display, fmt, strict)
    except FileNotFoundError:
        yield InputError(display, None, "no such file or folder")
        return
    except OSError as exc:
        yield InputError(display, None, f"cannot read: {exc.strerror or exc}")
        return
    yield from items


def read_bytes(data: bytes, display: str, fmt: str, strict: bool = True) -> Iterator[Post | InputError]:
    text, error = decode(display, data)
    if error:
        yield error
        return
    source = Source(display, text)
    del text, data
    if fmt == "yaml":
        yield from read_yaml(source, strict)
    else:
        yield from READERS[fmt](source)
    source.release()


STDIN = "<stdin>"     # the path of the posts read from standard input


def read_text(text: str, display: str = "<text>", fmt: str = "txt") -> list[Post | InputError]:
    """Read a post given as a string (the web page and the API use this)."""
    return list(READERS[fmt](Source(display, text)))


def collect(paths: list[str], exclude: list[str], skip: set[Path], fmt: str | None,
            stdin: io.BufferedReader | None = None) -> Iterator[Post | InputError]:
    """All posts of the given paths (files, folders, '-' for standard input), in order."""
    index = 0
    for raw in paths:
        if raw == "-":
            data = stdin.read() if stdin else b""
            items = read_bytes(data, STDIN, fmt or "txt")
        else:
            path = Path(raw)
            if path.is_dir():
                items = (item for file in walk(path, exclude, skip)
                         for item in read_path(file, str(file), fmt, strict=False))
            elif path.exists():
                items = read_path(path, raw, fmt)
            else:
                items = iter([InputError(raw, None, "no such file or folder")])
        for item in items:
            if isinstance(item, Post):
                item.index = index
                index += 1
            yield item
