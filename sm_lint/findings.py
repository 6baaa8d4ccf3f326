"""Hits (what a rule matched in a post) and findings (what is reported)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(slots=True)
class Hit:
    """A span of a post's text that a rule matched, with a confidence score."""

    start: int
    end: int
    score: float = 1.0
    label: str = ""        # e.g. the entity a proximity rule matched


@dataclass(slots=True)
class Finding:
    path: str
    post_id: str | None
    rule: str
    category: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str
    suggestion: str = ""
    score: float = 1.0
    start: int = field(default=0, repr=False)     # offsets into the post text
    end: int = field(default=0, repr=False)
    post_index: int = field(default=0, repr=False)
    fingerprint: str = field(default="", repr=False)   # see sm_lint.baseline

    def as_dict(self) -> dict:
        data = {name: getattr(self, name) for name in _REPORTED}
        data["score"] = round(self.score, 3)
        return data

    def sort_key(self):
        return (self.post_index, self.line, self.column, self.rule)


_REPORTED = tuple(f.name for f in fields(Finding) if f.name not in ("start", "end", "post_index", "fingerprint"))
