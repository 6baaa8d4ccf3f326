"""Source files and offset maps: every character of a post knows its place in the file."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field


@dataclass
class Source:
    """A file's text with its line starts, for 1-based line and column numbers."""

    path: str
    content: str
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", self.content)]

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.content)))
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def line_text(self, line: int) -> str:
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self.content)
        return self.content[start:end].rstrip("\r\n")


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def json_string(raw: str, start: int) -> tuple[str, list[int], int]:
    """Decode the JSON string literal at ``raw[start] == '"'``.

    Returns the text, the raw offset of each decoded character, and the offset after the
    closing quote. Raises ValueError on a malformed literal.
    """
    if start >= len(raw) or raw[start] != '"':
        raise ValueError("not a string")
    out: list[str] = []
    offsets: list[int] = []
    i = start + 1
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == '"':
            return "".join(out), offsets, i + 1
        if ch == "\\":
            esc = raw[i + 1: i + 2]
            if esc in _ESCAPES:
                out.append(_ESCAPES[esc])
                offsets.append(i)
                i += 2
                continue
            if esc == "u":
                code = int(raw[i + 2: i + 6], 16)
                width = 6
                if 0xD800 <= code < 0xDC00 and raw[i + 6: i + 8] == "\\u":
                    low = int(raw[i + 8: i + 12], 16)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    width = 12
                out.append(chr(code))
                offsets.append(i)
                i += width
                continue
            raise ValueError("bad escape")
        out.append(ch)
        offsets.append(i)
        i += 1
    raise ValueError("unterminated string")


def align(text: str, raw: str, base: int) -> list[int]:
    """Map each character of ``text`` to an offset in ``raw`` (plus ``base``).

    For values whose raw form differs only by quoting, escaping or indentation (CSV fields,
    YAML scalars): matching characters advance together, raw-only characters are skipped.
    """
    offsets: list[int] = []
    j = 0
    n = len(raw)
    for ch in text:
        k = j
        limit = min(n, j + 64)
        while k < limit and raw[k] != ch and not (ch == " " and raw[k] in "\r\n"):
            k += 1
        if k < limit:
            offsets.append(base + k)
            j = k + 1
        else:
            offsets.append(base + min(j, max(n - 1, 0)))
    return offsets
