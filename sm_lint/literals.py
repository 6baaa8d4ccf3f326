"""Cheaper regex searches: required literals, and simple case folding where it is enough.

Required literals of a regular expression: strings of which every match contains one.

A post that contains none of them (both case-folded) cannot match, so the pattern need not be
searched there; a substring test is far cheaper than a regex search, and most patterns find
nothing in most posts. This is the literal prefilter of tools like Hyperscan and ripgrep.

The pattern is read with Python's own regex parser. ``regex``-only syntax is mapped to a
superset that parser knows (``\\p{L}`` to a class), and a pattern with syntax whose meaning
differs between the two (fuzzy matching, nested or set-operation classes, named lists, ...)
gets no literals: it is always searched. ``None`` means "no requirement".
"""
from __future__ import annotations

import functools
import re
import warnings

import regex

from . import cache

try:                                    # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:                     # pragma: no cover - older Pythons
    import sre_constants as _c
    import sre_parse as _p

# Syntax of the ``regex`` module that Python's parser reads differently or not at all.
_UNSAFE = re.compile(r"""
      \{[^}\d,]          # fuzzy matching {e<=1}, named lists
    | \[:\^?[a-z]+:\]    # POSIX classes
    | \\[mMLGXK]         # word-start/-end, named lists, \\G, graphemes, keep-out
    | \(\?[Vrf|&(R]      # version flags, reverse, full case, branch reset, recursion
    | \(\?P>
""", re.VERBOSE)
_IGNORECASE = int(regex.IGNORECASE)
_VERSION1 = int(regex.VERSION1)
_ESCAPED_CHAR = re.compile(r"\\(?:[uUxN]|\d)")    # a character written as an escape: may fold to several
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_NEUTRAL = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


@functools.lru_cache(maxsize=64)
def _tree(pattern: str, verbose: bool = False):
    """The pattern parsed by Python's parser, or None when its meaning may differ there; parsed
    once for :func:`required`, :func:`also` and :func:`starts`, which ask in turn."""
    if "\\\\" in pattern:                  # an escaped backslash: keep it simple
        return None
    source = _PROPERTY.sub(r"\\w", pattern)
    if _UNSAFE.search(source) or _set_operations(source):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")          # "possible nested set" and the like
            return tuple(_p.parse(source, re.VERBOSE if verbose else 0))
    except Exception:
        return None


def required(pattern: str, verbose: bool = False) -> frozenset[str] | None:
    """Case-folded strings of which every match of ``pattern`` contains at least one, or None
    (``verbose``: the pattern is compiled with the VERBOSE flag)."""
    tree = _tree(pattern, verbose)
    best = _sequence(tree) if tree is not None else None
    if best is None or not any(s.strip() for s in best):
        return None
    return best


def also(pattern: str, verbose: bool = False) -> tuple[frozenset[str], ...]:
    """The other requirements of ``pattern`` besides :func:`required`'s: groups of case-folded
    strings, every match containing one string of every group. "ist ein Schwein" needs "ist"
    and "schwein"; :func:`required` picks one by length, which says little about how common
    it is, so a post is tested for all of them."""
    tree = _tree(pattern, verbose)
    candidates = _candidates(tree) if tree is not None else []
    best = max(candidates, key=rarity) if candidates else None       # what required() picks
    return tuple(group for group in candidates
                 if group != best and min(map(len, group)) >= 3 and all(s.strip() for s in group))


def starts(pattern: str, verbose: bool = False) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` begins with, or None.

    A match can then begin only where one of them occurs: the pattern is tried there instead
    of at every position of the text (see :meth:`Search.finditer`)."""
    tree = _tree(pattern, verbose)
    first = _first(tree) if tree is not None else None
    return first if first and all(first) else None


_SMALL_CLASS = 8       # a character class of at most this many characters begins a match
_MAX_STARTS = 256      # more alternatives than this: no start strings


def _first(items) -> frozenset[str] | None:
    """The strings one of which a match of the sequence ``items`` begins with: its leading
    literal characters (a small class multiplies them), extended by what a following group,
    alternation or repeated part begins with."""
    heads = {""}
    for op, av in items:
        if op is _c.LITERAL:
            heads = {h + chr(av) for h in heads}
            continue
        if op in _NEUTRAL:              # zero width: the characters around stay adjacent
            continue
        if op is _c.IN:
            chars = _class_chars(av)
            if chars is None or len(heads) * len(chars) > _MAX_STARTS:
                break
            heads = {h + c for h in heads for c in chars}
            continue
        sub = None
        if op is _c.SUBPATTERN:
            sub = _first(list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_first(list(b)) for b in av[1]]
            sub = frozenset().union(*branches) if branches and all(branches) else None
        elif op in _REPEATS and av[0] >= 1:
            sub = _first(list(av[2]))
        elif op is _ATOMIC:
            sub = _first(list(av))
        if sub and len(heads) * len(sub) <= _MAX_STARTS:
            heads = {h + t for h in heads for t in sub}
        break                           # what follows a group is not known to be adjacent
    if "" in heads:
        return None
    return frozenset(h.casefold() for h in heads)


def _class_chars(items) -> str | None:
    """The characters of a small positive character class, or None."""
    chars = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _SMALL_CLASS:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None             # negated, categories, large ranges
    return "".join(chars) if 0 < len(chars) <= _SMALL_CLASS else None


def _set_operations(source: str) -> bool:
    """Whether a character class uses VERSION1 set operations or nesting ("[[a-z]--[aeiou]]")."""
    in_class, i = False, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]" and source[i - 1] != "[" and source[i - 2:i] != "[^":
                in_class = False
            elif ch == "[" or source[i:i + 2] in ("--", "&&", "||", "~~"):
                return True
        elif ch == "[":
            in_class = True
        i += 1
    return False


# Short words that nearly every post of its language contains, as words or inside others ("the"
# in "other", "to" in "today"): as a required string they filter nothing, however long ("the"
# is as long as "pic"), so they count as one letter.
_EVERYWHERE = frozenset("""
    the to and of in is it you for on be are was at an
    der die das und ist ich zu den mit von sie es ein auf für im dem des so er
""".split())


def rarity(alternatives: frozenset[str]) -> tuple[int, int, int]:
    """How unlikely a post is to contain one of ``alternatives`` (higher: less likely), by the
    length of the shortest (a word found in nearly every post counts as one letter), the number
    of alternatives, then the plain length: which requirement to test first. No alternatives
    at all (a word list without terms in this language) is in no post: the rarest."""
    if not alternatives:
        return (1 << 30, 0, 0)
    shortest = min(len(s) for s in alternatives)
    return (min(1 if s.strip() in _EVERYWHERE else len(s) for s in alternatives), -len(alternatives), shortest)


def _sequence(items) -> frozenset[str] | None:
    """The most selective requirement among the parts of a sequence (runs of literal
    characters, required groups, alternations whose every branch has one)."""
    candidates = _candidates(items)
    return max(candidates, key=rarity) if candidates else None


def _candidates(items) -> list[frozenset[str]]:
    """The requirements of the parts of a sequence, each of which every match meets."""
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
        if run and op in (_c.SUBPATTERN, _c.BRANCH, _c.IN):
            # Python's parser factors a common prefix out of an alternation ("photo|pic" is
            # "p" then "hoto|ic", "abc|abd" is "ab[cd]"): the run is joined again with what
            # each branch begins with
            heads = _first([(op, av)])
            if heads:
                candidates.append(frozenset("".join(run).casefold() + h for h in heads))
                run.clear()
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
    return [c for c in candidates if c and all(c_ for c_ in c)]


class Search:
    """A compiled pattern with its required literals, matched ignoring case as cheaply as
    possible.

    ``regex`` in VERSION1 folds case fully when it ignores case ("strasse" also matches
    "Straße"), which makes a search about ten times slower. Full and simple folding differ
    only where a character folds to several ("ß" to "ss"): in the post (then its case-folded
    text is longer than the text) or in the pattern (then the post contains what it folds to).
    Elsewhere the pattern with simple folding (``(?-f)``) gives the same matches.
    """

    def __init__(self, source: str, flags: int, check=None):
        self.source, self.flags, self.check = source, flags | _VERSION1, check
        self.required = INDEX.register(cache.literals(source))
        self.also = tuple(INDEX.register(group) for group in cache.literals(source, kind="also"))
        self.starts = INDEX.register(cache.literals(source, kind="starts"))
        self.ignorecase = bool(flags & _IGNORECASE)
        self.folds = frozenset(c.casefold() for c in set(source) if len(c.casefold()) > 1)
        self.always_full = self.ignorecase and bool(_ESCAPED_CHAR.search(source))
        self._full = None
        self.simple = cache.compiled("(?-f)" + source if self.ignorecase and not self.always_full else source,
                                     self.flags, check)

    def possible(self, folded: str, found: frozenset | None = None) -> bool:
        """Whether a post with this case-folded text (``found``: its registered literals) can
        match at all."""
        return present(self.required, folded, found) and all(present(group, folded, found) for group in self.also)

    def candidates(self, text: str, folded: str, found: frozenset | None) -> list[int] | None:
        """The positions where a match can begin, in order (those of the start strings in the
        case-folded text), or None when the whole text must be searched: no start strings,
        no registered literals found yet, or a text whose folding changes its length (then
        positions in ``folded`` are not those in ``text``)."""
        if self.starts is None or found is None or len(folded) != len(text) or self.always_full:
            return None
        positions = set()
        for start in found.intersection(self.starts):
            i = folded.find(start)
            while i >= 0:
                positions.add(i)
                i = folded.find(start, i + 1)
        return sorted(positions)

    def pattern(self, text: str, folded: str):
        """The compiled pattern to search ``text`` (``folded``: its case-folded form) with."""
        if not self.ignorecase or self.always_full or not (
                len(folded) != len(text) or (self.folds and any(map(folded.__contains__, self.folds)))):
            return self.simple
        if self._full is None:
            self._full = cache.compiled(self.source, self.flags, self.check)
        return self._full


def present(alternatives, folded: str, found: frozenset | None = None) -> bool:
    """Whether the case-folded text contains one of ``alternatives`` (always true without a
    requirement, None). The one test behind every literal prefilter; ``found``: the registered
    literals in the text (:meth:`Index.found`), which makes it a set test."""
    if alternatives is None:
        return True
    if found is not None:
        return not found.isdisjoint(alternatives)
    return any(map(folded.__contains__, alternatives))


class Index:
    """Every registered literal that a text contains, found in one scan.

    A few hundred prefilter tests per post, each over the whole text, become one pass over
    the text and set tests. A literal without whitespace lies inside one whitespace-separated
    chunk of the text, and chunks recur from post to post ("the", "und", a company name):
    each chunk is scanned once and its literals are kept (up to ``CHUNKS`` chunks). The scan
    walks, from each position of a chunk, the set of all prefixes of the literals, so it stops
    as soon as no literal can begin with what it has read. A literal with whitespace in it
    ("auf dem markt") is looked for in the whole text only when its longest word is in one of
    the chunks. The prefix set is built once ``MIN_TEXTS`` texts have asked, and ``found``
    returns None before (the caller then tests each literal, which a short run prefers).
    Literals must be registered before the texts that need them are scanned; a registration
    makes the next scan build the set again.
    """

    MIN_TEXTS = 64
    CHUNKS = 100_000

    def __init__(self):
        self.literals: set[str] = set()
        self._asked = 0
        self._starts: frozenset | None = None          # every prefix of a literal (None: not built)
        self._plain: frozenset = frozenset()            # the literals a chunk can hold
        self._longest = 0
        self._spaced: dict[str, tuple[str, ...]] = {}    # longest word -> literals with whitespace
        self._chunks: dict[str, frozenset] = {}
        self._gates: frozenset = frozenset()
        self._always: frozenset = frozenset()           # "" when whitespace-only literals exist

    def register(self, alternatives):
        """Make ``alternatives`` (a requirement, or None) findable; returns it as a frozenset."""
        if alternatives is None or "" in alternatives:
            return None                 # no requirement (every text contains "")
        alternatives = frozenset(alternatives)
        if not alternatives <= self.literals:
            self.literals |= alternatives
            self._starts = None
        return alternatives

    def prepare(self) -> None:
        """Build the index now (before worker processes are forked, so that each has it)."""
        if self._starts is None and self.literals:
            self._build()

    def found(self, folded: str) -> frozenset | None:
        """The registered literals in the case-folded ``folded`` (None while not built)."""
        if self._starts is None:
            self._asked += 1
            if self._asked < self.MIN_TEXTS or not self.literals:
                return None
            self._build()
        out = set()
        for chunk in set(folded.split()):
            out |= self.chunk_literals(chunk)
        for word in out.intersection(self._spaced).union(self._always):
            out.update(literal for literal in self._spaced[word] if literal in folded)
        return frozenset(out.difference(self._gates))

    def chunk_literals(self, chunk: str) -> frozenset:
        """The registered literals without whitespace in one case-folded chunk (the index must
        be built): kept from :meth:`found`, which scanned the post's chunks."""
        got = self._chunks.get(chunk)
        if got is None:
            got = self._scan(chunk)
            if len(self._chunks) < self.CHUNKS:
                self._chunks[chunk] = got
        return got

    def _scan(self, chunk: str) -> frozenset:
        starts, plain, size = self._starts, self._plain, len(chunk)
        out = []
        for i in range(size):
            for j in range(i + 1, min(size, i + self._longest) + 1):
                piece = chunk[i:j]
                if piece not in starts:
                    break           # no literal begins with it: none longer from i either
                if piece in plain:
                    out.append(piece)
        return frozenset(out)

    def _build(self) -> None:
        literals = {lit for lit in self.literals if lit}
        spaced = {lit for lit in literals if lit.split() != [lit]}
        self._spaced = {}
        for lit in sorted(spaced):       # whitespace alone is looked for in every text
            self._spaced.setdefault(max(lit.split(), key=len, default=""), []).append(lit)
        self._spaced = {word: tuple(lits) for word, lits in self._spaced.items()}
        plain = literals.difference(spaced) | (set(self._spaced) - {""})
        self._gates = frozenset(plain - literals)       # found to look further, not registered
        self._always = frozenset({""} & self._spaced.keys())
        self._plain = frozenset(plain)
        self._longest = max(map(len, plain), default=0)
        self._chunks = {}
        self._starts = frozenset(lit[:i] for lit in plain for i in range(1, len(lit) + 1))


INDEX = Index()
