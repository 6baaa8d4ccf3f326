"""A small schema checker for YAML data (profiles and rule packs).

Schemas are plain Python values: a type (``str``), a list ``[item]``, a dict of known keys
(``Required`` marks the mandatory ones), ``Choice`` of literal values, ``OneOf`` several
schemas, and ``MapOf`` for free keys. Problems come back as ``(line, message)`` pairs naming
the key, so a typo in a profile or rule pack is reported at its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .yamlpos import Located


@dataclass(frozen=True)
class Required:
    schema: Any


@dataclass(frozen=True)
class Choice:
    values: tuple

    def __init__(self, *values):
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class OneOf:
    schemas: tuple

    def __init__(self, *schemas):
        object.__setattr__(self, "schemas", schemas)


@dataclass(frozen=True)
class MapOf:
    schema: Any


_TYPE_NAMES = {str: "a string", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list", dict: "a mapping"}


def _describe(schema) -> str:
    if isinstance(schema, Required):
        return _describe(schema.schema)
    if isinstance(schema, type):
        return _TYPE_NAMES.get(schema, schema.__name__)
    if isinstance(schema, list):
        return "a list of " + re.sub(r"^an? ", "", _describe(schema[0])) + " items"
    if isinstance(schema, (dict, MapOf)):
        return "a mapping"
    if isinstance(schema, Choice):
        return "one of " + ", ".join(repr(v) for v in schema.values)
    if isinstance(schema, OneOf):
        return " or ".join(_describe(s) for s in schema.schemas)
    return str(schema)


def _name(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "document"


def validate(value: Any, schema: Any, located: Located, path: tuple = ()) -> list[tuple[int | None, str]]:
    """Return the problems of ``value`` against ``schema`` as (line, message) pairs."""
    line = located.line(path)
    if isinstance(schema, Required):
        schema = schema.schema
    if isinstance(schema, OneOf):
        for option in schema.schemas:
            if not validate(value, option, located, path):
                return []
        return [(line, f"'{_name(path)}' must be {_describe(schema)}")]
    if isinstance(schema, Choice):
        if value not in schema.values:
            return [(line, f"'{_name(path)}' must be {_describe(schema)}, not {value!r}")]
        return []
    if isinstance(schema, type):
        ok = isinstance(value, schema) and not (schema is int and isinstance(value, bool))
        if schema is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok:
            return [(line, f"'{_name(path)}' must be {_describe(schema)}, not {type(value).__name__}")]
        return []
    if isinstance(schema, list):
        if not isinstance(value, list):
            return [(line, f"'{_name(path)}' must be a list")]
        problems = []
        for i, item in enumerate(value):
            problems += validate(item, schema[0], located, path + (i,))
        return problems
    if isinstance(schema, MapOf):
        if not isinstance(value, dict):
            return [(line, f"'{_name(path)}' must be a mapping")]
        problems = []
        for key, item in value.items():
            problems += validate(item, schema.schema, located, path + (key,))
        return problems
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            return [(line, f"'{_name(path)}' must be a mapping")]
        problems = []
        for key, item in value.items():
            if key not in schema:
                known = ", ".join(sorted(schema))
                problems.append((located.line(path + (key,)),
                                 f"unknown key '{_name(path + (key,))}' (known keys: {known})"))
                continue
            problems += validate(item, schema[key], located, path + (key,))
        for key, sub in schema.items():
            if isinstance(sub, Required) and key not in value:
                problems.append((line, f"missing required key '{_name(path + (key,))}'"))
        return problems
    return []
