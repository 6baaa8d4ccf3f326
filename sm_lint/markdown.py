"""Markdown understood, not linted as words.

:func:`mask` blanks markup with spaces so that every remaining character keeps its offset:
HTML comments and tags, heading and list markers, emphasis and code delimiters, link and
image brackets. Link targets stay (security rules check them) but are separated from the
words around them; image targets are blanked (their rights come from the front matter).
"""
from __future__ import annotations

import re

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", re.MULTILINE)
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])(?=[ \t])", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]*>+", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\n]*)\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]*)\]\(([^)\s\n]*)(?:\s+\"[^\"\n]*\")?\)")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\3(?![\w*])")
_CODE = re.compile(r"(`+)([^`]+?)\1")
_DIRECTIVE = re.compile(r"<!--\s*sm-lint-disable\s+([\w\-, ]+?)\s*(?:--\s*(.*?))?\s*-->", re.DOTALL)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def mask(text: str) -> str:
    chars = list(text)
    for m in _COMMENT.finditer(text):
        _blank(chars, m.start(), m.end())
    for regex in (_FENCE, _HEADING, _LIST, _QUOTE, _RULE, _REF_DEF):
        for m in regex.finditer(text):
            _blank(chars, m.start(), m.end())
    for m in _IMAGE.finditer(text):
        _blank(chars, m.start(), m.start(1))
        _blank(chars, m.end(1), m.end())
    for m in _LINK.finditer(text):
        _blank(chars, m.start(), m.start(1))          # [
        _blank(chars, m.end(1), m.start(2))           # ](
        _blank(chars, m.end(2), m.end())              # ) and title
    for m in _EMPHASIS.finditer(text):
        group = 1 if m.group(1) else 3
        inner = 2 if m.group(1) else 4
        _blank(chars, m.start(group), m.start(inner))
        _blank(chars, m.end(inner), m.end())
    for m in _CODE.finditer(text):
        _blank(chars, m.start(1), m.end(1))
        _blank(chars, m.end(2), m.end())
    masked = "".join(chars)
    for m in _TAG.finditer(masked):
        _blank(chars, m.start(), m.end())
    return "".join(chars)


def directives(text: str) -> list[tuple[list[str], str]]:
    """``<!-- sm-lint-disable RULE[, RULE] -- reason -->`` comments as (rules, reason)."""
    out = []
    for m in _DIRECTIVE.finditer(text):
        rules = [r.strip() for r in re.split(r"[,\s]+", m.group(1)) if r.strip()]
        out.append((rules, (m.group(2) or "").strip()))
    return out
