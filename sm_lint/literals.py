"""Required literals of a regular expression: strings of which every match contains one.

A post that contains none of them (both case-folded) cannot match, so the pattern need not be
searched there; a substring test is far cheaper than a regex search, and most patterns find
nothing in most posts. This is the literal prefilter of tools like Hyperscan and ripgrep.

The pattern is read with Python's own regex parser. ``regex``-only syntax is mapped to a
superset that parser knows (``\\p{L}`` to a class), and a pattern with syntax whose meaning
differs between the two (fuzzy matching, nested or set-operation classes, named lists, ...)
gets no literals: it is always searched. ``None`` means "no requirement".
"""
from __future__ import annotations

import re
import warnings

try:                                    # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:                     # pragma: no cover - older Pythons
    import sre_constants as _c
    import sre_parse as _p

# Syntax of the ``regex`` module that Python's parser reads differently or not at all.
_UNSAFE = re.compile(r"""
      \{[^}\d,]          # fuzzy matching {e<=1}, named lists
    | \[:\^?[a-z]+:\]    # POSIX classes
    | --|&&|\|\||~~      # set operations (VERSION1)
    | \\[mMLGXK]         # word-start/-end, named lists, \\G, graphemes, keep-out
    | \(\?[Vrf|&(R]      # version flags, reverse, full case, branch reset, recursion
    | \(\?P>
""", re.VERBOSE)
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_NEUTRAL = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def required(pattern: str, verbose: bool = False) -> frozenset[str] | None:
    """Case-folded strings of which every match of ``pattern`` contains at least one, or None
    (``verbose``: the pattern is compiled with the VERBOSE flag)."""
    if "\\\\" in pattern:                  # an escaped backslash: keep it simple
        return None
    source = _PROPERTY.sub(r"\\w", pattern)
    if _UNSAFE.search(source):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")          # "possible nested set" and the like
            tree = _p.parse(source, re.VERBOSE if verbose else 0)
    except Exception:
        return None
    best = _sequence(list(tree))
    if best is None or not any(s.strip() for s in best):
        return None
    return best


def _score(alternatives: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in alternatives), -len(alternatives))


def _sequence(items) -> frozenset[str] | None:
    """The most selective requirement among the parts of a sequence (runs of literal
    characters, required groups, alternations whose every branch has one)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close():
        if run:
            candidates.append(frozenset({"".join(run).casefold()}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _NEUTRAL:              # zero width: the characters around stay adjacent
            continue
        close()
        got = None
        if op is _c.SUBPATTERN:
            got = _sequence(list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_sequence(list(b)) for b in av[1]]
            if branches and all(b is not None for b in branches):
                got = frozenset().union(*branches)
        elif op in _REPEATS:
            low, _high, body = av
            if low >= 1:
                got = _sequence(list(body))
        elif op is _ATOMIC:
            got = _sequence(list(av))
        if got:
            candidates.append(got)
    close()
    candidates = [c for c in candidates if c and all(c_ for c_ in c)]
    if not candidates:
        return None
    return max(candidates, key=_score)


def present(alternatives: frozenset[str] | None, folded: str) -> bool:
    """Whether the case-folded text can match (always, without a requirement)."""
    return alternatives is None or any(s in folded for s in alternatives)
