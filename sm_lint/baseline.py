"""Baselines: accept the findings that exist today, fail only on new ones.

``sm-lint check --write-baseline FILE`` records a fingerprint of every current finding;
``sm-lint check --baseline FILE`` then leaves out the findings recorded there and reports
the entries that are no longer found ("stale"), so the file can be cleaned up.

A fingerprint is the SHA-256 of the rule id, the matched text of the post (case-folded,
whitespace collapsed), the post's identity (path, plus the record id for batch files) and
an occurrence index among identical findings of that post. Line numbers are not part of it:
editing another post or adding lines above a finding keeps the fingerprint. The file stores
only fingerprints with rule, path and post id, never the matched text, so that a secret in a
post is not copied into the repository.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

VERSION = 1
_SPACE = re.compile(r"\s+")


class BaselineError(ValueError):
    """A baseline file that cannot be read."""


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text.casefold()).strip()


def identity_path(path: str, root: Path | None = None) -> str:
    """The post file's path as stored in fingerprints: relative to ``root``, with slashes."""
    if path.startswith("<"):
        return path
    return _identity(path, str(root) if root else None, os.getcwd())


@lru_cache(maxsize=4096)
def _identity(path: str, root: str | None, cwd: str) -> str:
    """:func:`identity_path`, once per file (resolving touches the file system)."""
    p = Path(path)
    root = Path(root or cwd).resolve()
    try:
        absolute = p.resolve() if p.is_absolute() else (Path(cwd) / p).resolve()
        return absolute.relative_to(root).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def fingerprint(rule: str, matched: str, path: str, post_id: str | None, occurrence: int) -> str:
    data = "\x1f".join([rule, normalise(matched), path, post_id or "", str(occurrence)])
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def assign(findings: Iterable, posts: dict, root: Path | None = None, seen: dict | None = None) -> None:
    """Set ``fingerprint`` on every finding; ``posts`` maps post index → Post. ``seen`` carries
    the occurrence counts from earlier calls, for findings assigned post by post."""
    seen = {} if seen is None else seen
    for f in findings:
        post = posts.get(f.post_index)
        matched = post.text[f.start:f.end] if post is not None else f.excerpt
        path = identity_path(f.path, root)
        key = (f.rule, normalise(matched), path, f.post_id)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        f.fingerprint = fingerprint(f.rule, matched, path, f.post_id, occurrence)


@dataclass
class Entry:
    fingerprint: str
    rule: str
    path: str
    post_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path} ({self.post_id})" if self.post_id else self.path
        return f"{where}: [{self.rule}]"


def load(path: Path) -> list[Entry]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise BaselineError(f"baseline file {path} does not exist (write one with --write-baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline file {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline file {path} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BaselineError(f"baseline file {path} has no 'findings' list")
    entries = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise BaselineError(f"baseline file {path}: entry {i} has no 'fingerprint'")
        entries.append(Entry(item["fingerprint"], str(item.get("rule", "")), str(item.get("path", "")),
                             item.get("post_id")))
    return entries


def apply(findings: list, entries: list[Entry], scope: set | None = None) -> tuple[list, list[Entry]]:
    """(findings not in the baseline, baseline entries that were not found).

    ``scope`` is the set of (path, post id) that were checked: entries of other posts (left
    out by --changed-since or --due-within) are not stale, only not looked at.
    """
    remaining: dict[str, list[Entry]] = {}
    for entry in entries:
        remaining.setdefault(entry.fingerprint, []).append(entry)
    kept = []
    for f in findings:
        bucket = remaining.get(f.fingerprint)
        if bucket:
            bucket.pop()
        else:
            kept.append(f)
    stale = [e for bucket in remaining.values() for e in bucket if scope is None or (e.path, e.post_id) in scope]
    stale.sort(key=lambda e: (e.path, e.post_id or "", e.rule))
    return kept, stale


def entries_of(findings: Iterable, root: Path | None = None) -> list[Entry]:
    return [Entry(f.fingerprint, f.rule, identity_path(f.path, root), f.post_id) for f in findings]


def dump(entries: list[Entry]) -> str:
    items = []
    for e in sorted(entries, key=lambda e: (e.path, e.post_id or "", e.rule, e.fingerprint)):
        item = {"rule": e.rule, "path": e.path}
        if e.post_id is not None:
            item["post_id"] = e.post_id
        item["fingerprint"] = e.fingerprint
        items.append(item)
    doc = {"tool": "sm-lint", "version": VERSION,
           "note": "Findings accepted as they are; fingerprints only, no post text.",
           "findings": items}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def scope_key(post, root: Path | None = None) -> tuple[str, str | None]:
    """What identifies a post in a baseline: its file (relative to ``root``) and its id."""
    return identity_path(post.path, root), post.post_id


def scope_of(posts: Iterable, root: Path | None = None) -> set[tuple[str, str | None]]:
    return {scope_key(p, root) for p in posts}


def write(path: Path, findings: Iterable, root: Path | None = None, scope: set | None = None) -> int:
    """Record ``findings``; with a ``scope`` (a narrowed run), entries of other posts already in
    the file are kept."""
    entries = entries_of(findings, root)
    if scope is not None and Path(path).exists():
        try:
            entries += [e for e in load(Path(path)) if (e.path, e.post_id) not in scope]
        except BaselineError:
            pass
    atomic_write(Path(path), dump(entries).encode("utf-8"))
    return len(entries)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and os.replace."""
    path = Path(os.path.realpath(path))      # a symbolic link stays a link to the updated file
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
