"""``--format json``: one JSON object, as the command-line contract describes."""
from __future__ import annotations

import json


def _parts(result) -> dict:
    """The document's parts, the findings as a generator."""
    return {"version": "1", "findings": (f.as_dict() for f in result.findings),
            "errors": [e.as_dict() for e in result.errors], "summary": result.summary()}


def document(result) -> dict:
    parts = _parts(result)
    parts["findings"] = list(parts["findings"])
    return parts


def report(result, stream, color: bool) -> None:
    """The document of :func:`document`, written as ``json.dump(…, indent=2)`` would write it,
    but one finding at a time: an archive's findings are not all held as dicts at once."""
    stream.write("{")
    for n, (key, value) in enumerate(_parts(result).items()):
        stream.write(("," if n else "") + "\n  " + json.dumps(key) + ": ")
        if key != "findings":
            stream.write(_indented(value))
            continue
        first = True
        for item in value:
            stream.write(("[\n    " if first else ",\n    ") + _indented(item, 4))
            first = False
        stream.write("[]" if first else "\n  ]")
    stream.write("\n}\n")


def _indented(value, level: int = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * level)
