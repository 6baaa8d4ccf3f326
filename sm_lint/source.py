"""Source files and offset maps: every character of a post knows its place in the file."""
from __future__ import annotations

import bisect
import re
from array import array


class Source:
    """A file's text with its line starts, for 1-based line and column numbers.

    While the file is read, ``content`` is the text; :meth:`release` then keeps it as UTF-8
    (a quarter of the size of a Python string with an emoji in it) and the line starts in an
    array, so a large batch file costs little memory while its posts are checked. ``content``
    and :meth:`line_text` decode again on demand.
    """

    __slots__ = ("path", "_content", "_data", "_length", "_starts", "_byte_starts")

    def __init__(self, path: str, content: str):
        self.path = path
        self._content: str | None = content
        self._data: bytes | None = None
        self._length = len(content)
        self._starts = array("q", [0] + [m.end() for m in _NEWLINE.finditer(content)])
        self._byte_starts: array | None = None

    @property
    def content(self) -> str:
        if self._content is None:
            return self._data.decode("utf-8", "surrogatepass")
        return self._content

    def release(self) -> None:
        """Keep the text compactly (call when the file has been read)."""
        if self._content is None:
            return
        content = self._content
        self._data = content.encode("utf-8", "surrogatepass")
        self._byte_starts = array("q", [0] + [m.end() for m in _NEWLINE_BYTES.finditer(self._data)])
        self._content = None

    def lines(self):
        """``(offset, line)`` for every line, the line with its end; decoded one at a time
        once the text is kept compactly."""
        for i, start in enumerate(self._starts):
            line = self._line(i)
            if line or i + 1 < len(self._starts):
                yield start, line

    def _line(self, i: int) -> str:
        """Line ``i`` (0-based) with its line end, from the text or its compact form."""
        last = i + 1 >= len(self._starts)
        if self._content is not None:
            return self._content[self._starts[i]: self._length if last else self._starts[i + 1]]
        end = len(self._data) if last else self._byte_starts[i + 1]
        return self._data[self._byte_starts[i]:end].decode("utf-8", "surrogatepass")

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self._length))
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def line_text(self, line: int) -> str:
        return self._line(line - 1).rstrip("\r\n")

    def __repr__(self) -> str:
        return f"Source({self.path!r})"


_NEWLINE = re.compile(r"\r\n|\n|\r")
_NEWLINE_BYTES = re.compile(rb"\r\n|\n|\r")


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
