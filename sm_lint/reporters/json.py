"""``--format json``: one JSON object, as the command-line contract describes."""
from __future__ import annotations

import json


def document(result) -> dict:
    return {
        "version": "1",
        "findings": [f.as_dict() for f in result.findings],
        "errors": [e.as_dict() for e in result.errors],
        "summary": result.summary(),
    }


def report(result, stream, color: bool) -> None:
    json.dump(document(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
