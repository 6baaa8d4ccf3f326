"""Reporters turn a run's findings into an output format; one module per format.

A reporter is a function ``(result: RunResult, stream, color: bool) -> None`` registered in
``REPORTERS`` under its ``--format`` name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, TextIO

from ..findings import Finding
from ..inputs import InputError
from ..source import Source


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    posts: int = 0
    skipped: int = 0
    sources: dict[str, Source] = field(default_factory=dict)
    post_ids: list[tuple[str, str | None]] = field(default_factory=list)   # (path, post id) of every post
    rules: list = field(default_factory=list)                                # the rules that ran
    fail_on: str = "error"                                                   # --fail-on of the run
    stale_baseline: list = field(default_factory=list)                      # baseline entries not found
    baseline: bool = False                                                   # a baseline was applied

    def summary(self) -> dict:
        by_severity: dict[str, int] = {}
        by_category: dict[str, int] = {}
        for f in self.findings:
            by_severity[f.severity] = by_severity.get(f.severity, 0) + 1
            by_category[f.category] = by_category.get(f.category, 0) + 1
        out = {"posts": self.posts, "findings": len(self.findings), "by_severity": by_severity,
               "by_category": by_category, "errors": len(self.errors)}
        if self.skipped:
            out["skipped"] = self.skipped
        if self.baseline:
            out["stale_baseline"] = len(self.stale_baseline)
        return out


Reporter = Callable[[RunResult, TextIO, bool], None]
REPORTERS: dict[str, str] = {
    "text": "sm_lint.reporters.text:report",
    "json": "sm_lint.reporters.json:report",
    "json-lines": "sm_lint.reporters.jsonlines:report",
    "sarif": "sm_lint.reporters.sarif:report",
    "github": "sm_lint.reporters.github:report",
    "junit": "sm_lint.reporters.junit:report",
}


def get(name: str) -> Reporter:
    import importlib
    module, attr = REPORTERS[name].split(":")
    return getattr(importlib.import_module(module), attr)
