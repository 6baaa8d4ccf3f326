"""``--format json-lines``: one finding per line, for ``jq`` and log pipelines.

Input errors are not findings; they go to standard error (the exit status is 2).
"""
from __future__ import annotations

import json
import sys


def report(result, stream, color: bool) -> None:
    for f in result.findings:
        stream.write(json.dumps(f.as_dict(), ensure_ascii=False) + "\n")
    for error in result.errors:
        print(f"sm-lint: error: {error}", file=sys.stderr)
