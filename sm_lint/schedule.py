"""Narrowing a run to what matters now: scheduled posts due soon, files changed in git.

``--due-within 48h`` keeps the posts whose ``publish_at`` lies between now and now + 48 h;
posts scheduled later or earlier are skipped and counted. A post without a readable
``publish_at`` is always checked (nothing says it is not due). ``--changed-since REF`` keeps
the post files that differ from a git ref (``git diff --name-only REF``) or are untracked.
"""
from __future__ import annotations

import os
import re
import subprocess
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

NOW_ENV = "SM_LINT_NOW"
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)


class ScheduleError(ValueError):
    """A duration, a time or a git ref that cannot be used."""


def parse_duration(text: str) -> timedelta:
    """``90m``, ``48h``, ``2d``, ``1w`` → timedelta."""
    m = _DURATION.match(text or "")
    if not m:
        raise ScheduleError(f"invalid duration {text!r}: use a number and a unit m, h, d or w (e.g. 48h)")
    return timedelta(**{_UNITS[m.group(2).lower()]: float(m.group(1))})


def _local(dt: datetime) -> datetime:
    """Naive times are local time; the result is aware."""
    return dt.astimezone() if dt.tzinfo is None else dt


def parse_time(value) -> datetime | date | None:
    """A ``publish_at`` value (ISO-8601 date or date-time, or "YYYY-MM-DD HH:MM") or None."""
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    text = re.sub(r"[Zz]$", "+00:00", text)
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)        # +0200 → +02:00
    try:
        return _local(datetime.fromisoformat(text))
    except ValueError:
        return None


def now(value: str | None = None) -> datetime:
    """The current time, or the one given (``--now`` or the SM_LINT_NOW environment variable)."""
    value = value or os.environ.get(NOW_ENV)
    if not value:
        return datetime.now(timezone.utc).astimezone()
    parsed = parse_time(value)
    if parsed is None:
        raise ScheduleError(f"invalid time {value!r}: use ISO 8601, e.g. 2026-06-01T09:00:00+02:00")
    if not isinstance(parsed, datetime):
        parsed = _local(datetime.combine(parsed, time()))
    return parsed


def is_due(meta: dict, start: datetime, window: timedelta) -> bool | None:
    """True if the post is published within [start, start + window]; None without a publish_at.

    A date without a time covers the whole (local) day: due if that day overlaps the window.
    """
    when = parse_time(meta.get("publish_at"))
    if when is None:
        return None
    end = start + window
    if isinstance(when, datetime):
        return start <= when <= end
    day_start = _local(datetime.combine(when, time()))
    day_end = day_start + timedelta(days=1)
    return day_start <= end and day_end > start


# ---------------------------------------------------------------------------- git

def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                              errors="replace")
    except FileNotFoundError:
        raise ScheduleError("--changed-since needs git, which is not installed") from None


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Absolute paths of files changed against ``ref`` (committed, staged or not) plus untracked ones."""
    cwd = cwd or Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top.returncode != 0:
        raise ScheduleError(f"--changed-since: {cwd} is not inside a git repository")
    root = Path(top.stdout.strip())
    if ref.startswith("-"):
        raise ScheduleError(f"--changed-since: invalid git ref {ref!r}")
    verify = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    if verify.returncode != 0:
        raise ScheduleError(f"--changed-since: unknown git ref {ref!r} (a branch, tag or commit is needed; "
                            "in CI, fetch enough history, e.g. actions/checkout with fetch-depth: 0)")
    files: set[Path] = set()
    for args in (["diff", "--name-only", "-z", verify.stdout.strip(), "--"],
                 ["ls-files", "--others", "--exclude-standard", "-z", "--full-name"]):
        out = _git(args, root)
        if out.returncode != 0:
            raise ScheduleError(f"--changed-since: git {args[0]} failed: {out.stderr.strip()}")
        files.update((root / name).resolve() for name in out.stdout.split("\0") if name)
    return files


def select_paths(paths: list[str], changed: set[Path], exclude: list[str], skip: set[Path]) -> list[str]:
    """The post files among ``paths`` (files and folders) that are in ``changed``."""
    from .inputs import walk
    out: list[str] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
            continue
        p = Path(raw)
        if p.is_dir():
            out += [str(f) for f in walk(p, exclude, skip) if f.resolve() in changed]
        elif not p.exists() or p.resolve() in changed:
            out.append(raw)         # a missing path stays, so that its error is reported
    return out
