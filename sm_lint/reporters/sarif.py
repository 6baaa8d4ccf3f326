"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

Every rule that ran is described in ``tool.driver.rules`` (English texts, German ones in the
rule's ``properties``); results carry the category in ``properties.category`` and the
baseline fingerprint in ``partialFingerprints``, so that a dashboard keeps tracking a finding
when lines above it move.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "smLintFinding/v1"


def _placeholders(template: str) -> str:
    try:
        return template.format(match="…", entity="…", count="…")
    except (KeyError, IndexError, ValueError):
        return template


def _uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix())


def rule_descriptor(rule, severity: str | None = None) -> dict:
    why, fix = rule.text("why", "en").strip(), rule.text("fix", "en").strip()
    message = _placeholders(rule.text("message", "en"))
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": message},
        "fullDescription": {"text": why or message},
        "help": {"text": f"{why}\n\nHow to fix: {_placeholders(fix)}",
                 "markdown": f"{why}\n\n**How to fix:** {_placeholders(fix)}\n\nGuideline: {rule.guideline}"},
        "defaultConfiguration": {"level": LEVELS.get(severity or rule.severity, "warning")},
        "properties": {
            "category": rule.category,
            "tags": [rule.category, "social-media-guideline"],
            "guideline": rule.guideline,
            "de": {"message": _placeholders(rule.text("message", "de")), "why": rule.text("why", "de"),
                   "fix": _placeholders(rule.text("fix", "de"))},
        },
    }


def document(result) -> dict:
    rules = list(result.rules)
    index = {r.id: i for i, r in enumerate(rules)}
    severities: dict[str, str] = {}
    for f in result.findings:
        severities.setdefault(f.rule, f.severity)
    results = []
    for f in result.findings:
        if f.rule not in index:     # a finding of a rule not listed (should not happen): describe it
            index[f.rule] = len(rules)
            rules.append(None)
        message = f.message + (f" Fix: {f.suggestion}" if f.suggestion else "")
        item = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS.get(f.severity, "warning"),
            "message": {"text": message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(f.path)},
                "region": {"startLine": f.line, "startColumn": f.column,
                           "endLine": f.end_line, "endColumn": max(f.end_column, f.column + 1)},
            }}],
            "properties": {"category": f.category, "severity": f.severity, "score": round(f.score, 3)},
        }
        if f.post_id:
            item["properties"]["postId"] = f.post_id
        if f.fingerprint:
            item["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
        results.append(item)
    descriptors = []
    for i, rule in enumerate(rules):
        if rule is None:
            rid = next(r for r, j in index.items() if j == i)
            descriptors.append({"id": rid, "shortDescription": {"text": rid}, "properties": {}})
        else:
            descriptors.append(rule_descriptor(rule, severities.get(rule.id)))
    invocation = {"executionSuccessful": not result.errors}
    if result.errors:
        invocation["toolExecutionNotifications"] = [{
            "level": "error",
            "message": {"text": e.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path)},
                                                **({"region": {"startLine": e.line}} if e.line else {})}}],
        } for e in result.errors]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "sm-lint", "version": __version__, "semanticVersion": __version__,
                                "rules": descriptors}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def report(result, stream, color: bool) -> None:
    json.dump(document(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
