"""``--format junit``: JUnit XML, one test case per post, for CI test reports (GitLab, Jenkins).

A post fails when it has findings at or above ``--fail-on``; its other findings are listed
in ``system-out``. An input that could not be read is a test case with an ``error``.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..findings import SEVERITY_RANK

# characters that XML 1.0 does not allow, even escaped
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text) -> str:
    return _INVALID.sub("\ufffd", str(text))


def _blocks(severity: str, fail_on: str) -> bool:
    if fail_on == "never" or severity == "info":
        return False
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


def _line(f) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}" + \
        (f"\n  fix: {f.suggestion}" if f.suggestion else "")


def document(result) -> ET.Element:
    fail_on = getattr(result, "fail_on", "error")
    by_post: dict[tuple, list] = {key: [] for key in result.post_ids}
    for f in result.findings:
        by_post.setdefault((f.path, f.post_id), []).append(f)
    root = ET.Element("testsuites", name="sm-lint")
    suite = ET.SubElement(root, "testsuite", name="sm-lint")
    tests = failures = errors = 0
    for (path, post_id), findings in by_post.items():
        tests += 1
        case = ET.SubElement(suite, "testcase", classname=_clean(path),
                             name=_clean(f"{path} {post_id}" if post_id else path), file=_clean(path))
        failing = [f for f in findings if _blocks(f.severity, fail_on)]
        if failing:
            failures += 1
            first = failing[0]
            failure = ET.SubElement(case, "failure", type=first.severity,
                                    message=_clean(f"{len(failing)} finding(s): {first.message}"))
            failure.text = _clean("\n".join(_line(f) for f in failing))
        others = [f for f in findings if f not in failing]
        if others:
            ET.SubElement(case, "system-out").text = _clean("\n".join(_line(f) for f in others))
    for error in result.errors:
        tests += 1
        errors += 1
        case = ET.SubElement(suite, "testcase", classname=_clean(error.path), name=_clean(error.path),
                             file=_clean(error.path))
        ET.SubElement(case, "error", type="input", message=_clean(error.message)).text = _clean(str(error))
    for element in (root, suite):
        element.set("tests", str(tests))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
    return root


def report(result, stream, color: bool) -> None:
    root = document(result)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
