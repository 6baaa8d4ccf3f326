"""``lexicon``: terms matched by lemma (inflection-aware) with spaCy's PhraseMatcher.

A word of the packs' set ``spelled_only`` ("Penner", whose lemma would meet "pennen", to sleep)
is matched by lemma only in its own spelling and endings ("Penner", "Pennern"), in every list.

Options: ``match`` (lemma | lower | text), ``obfuscation`` (l33t, masked letters, s.p.a.c.i.n.g),
``compounds`` (a term inside a longer word, for German compounds; ``true`` for terms of six letters
or more, or the shortest term length as a number; shorter terms count as one part of a
hyphenated word, "Assi-Kunde").
"""
from __future__ import annotations

import re
import time
from functools import lru_cache
from typing import NamedTuple

import regex
from spacy.matcher import PhraseMatcher

from .. import cache
from ..findings import Hit
from ..literals import INDEX, Search
from .base import REGEX_TIMEOUT, Matcher, RuleError, doc_text, folded_text, found_literals, gave_up, per_post, safe_finditer

_ATTRS = {"lemma": "LEMMA", "lower": "LOWER", "text": "ORTH"}
_SUBSTITUTES = {
    "a": "a4@*", "b": "b8", "e": "e3*€", "g": "g9", "i": "i1!|*", "l": "l1|", "o": "o0*", "s": "s5$z",
    "t": "t7+", "u": "u*v", "ß": "ß*s", "ö": "ö*o0", "ä": "ä*a4@", "ü": "ü*u",
}
_MASK = "*#@$%!"


# Case variants beyond upper, lower and title case that ``regex`` matches ignoring case.
_FOLDS = {"k": "\u212a", "s": "\u017f", "ß": "\u1e9e", "å": "\u212b", "i": "\u0130"}


@lru_cache(maxsize=None)
def _variants(chars: str) -> str:
    """``chars`` in every case ``regex`` would match ignoring case."""
    out: list[str] = []
    for ch in chars:
        for variant in (ch, ch.lower(), ch.upper(), ch.title(), _FOLDS.get(ch.lower(), "")):
            if len(variant) == 1 and variant not in out:
                out.append(variant)
    return "".join(out)


def _cased(chars: str) -> str:
    """The escaped contents of a character class matching ``chars`` in any case: the
    spellings are compiled without IGNORECASE, which makes ``regex`` several times slower
    on large alternations of classes."""
    return regex.escape(_variants(chars))


def obfuscated_pattern(term: str) -> str:
    """A regex for ``term`` written with look-alike digits/symbols, masks or separators."""
    return "(?:" + "|".join(p for p, _, _ in obfuscated_alternatives(term)) + ")"


@lru_cache(maxsize=4096)
def obfuscated_alternatives(term: str) -> tuple[tuple[str, bool, str | None], ...]:
    """The alternatives of :func:`obfuscated_pattern`, in order, each with whether it can
    match whitespace (and so span more than one whitespace-separated chunk) and the
    characters it can begin with (None: any)."""
    body = _SEP.join(r"\s+" if ch == " " else _letter(ch) for ch in term.lower())
    # a prefix followed by masking characters, e.g. "f***", "sch***"
    masked = []
    letters = term.replace(" ", "")
    for k in range(1, min(4, len(letters) - 1)):
        stars = max(2, len(letters) - k - 1)
        prefix = "".join("[" + _cased(c) + "]" for c in letters[:k].lower())
        masked.append(prefix + r"[*#]{" + f"{stars},{len(letters) - k + 1}" + "}")
    spaced = any(ch.isspace() for ch in term)
    first = term[:1].lower()
    body_first = None if not first or first.isspace() else _variants(_SUBSTITUTES.get(first, first + "*"))
    mask_first = _variants(letters[:1].lower())
    return tuple([(body + r"\p{L}{0,5}", spaced, body_first)]
                 + [(m, any(ch.isspace() for ch in letters), mask_first) for m in masked])


_SEP = r"[._\-]?"       # between the letters of an obfuscated spelling


def _letter(ch: str) -> str:
    """A letter of an obfuscated spelling: the letter or its look-alikes, repeated."""
    return "[" + _cased(_SUBSTITUTES.get(ch, ch + "*")) + "]+"


@lru_cache(maxsize=4096)
def spanning_sides(term: str) -> tuple[str, str] | None:
    """For a term of several words, whose spellings span whitespace: a regex for the end of
    the chunk before the whitespace (the first word's spelling, from
    :func:`obfuscated_alternatives`) and one for the start of the chunk after it (the second
    word's). None when the term is not words separated by single spaces."""
    words = term.lower().split(" ")
    if len(words) < 2 or not all(words) or any(ch.isspace() for w in words for ch in w):
        return None
    return (_SEP.join(map(_letter, words[0])) + _SEP, _SEP + _SEP.join(map(_letter, words[1])))


def obfuscation_search(words: list[str]) -> "_Alternation":
    """The search for obfuscated spellings of ``words`` (of three letters or more)."""
    pieces, sides = {}, set()
    for t in words:
        if len(t.replace(" ", "")) >= 3:
            got = pieces.setdefault(obfuscated_pattern(t), obfuscated_alternatives(t))
            if sides is not None and any(multi for _, multi, _ in got):
                side = spanning_sides(t)
                sides = None if side is None else sides | {side}
    alts = sorted(pieces, key=lambda a: (-len(a), a))   # longest first, then a fixed order
    return _Alternation(alts, [p for a in alts for p in pieces[a]], _symbol_chars(words), _edge_chars(words),
                        None if sides is None else sorted(sides))


class Lexicon(Matcher):
    KEYS = {"terms", "match", "obfuscation", "compounds", "in_urls"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        terms = env.terms(body.get("terms"), lang)
        mode = body.get("match", "lemma")
        if mode not in _ATTRS:
            raise RuleError(f"'match' must be lemma, lower or text, not {mode!r}", ("match",))
        nlp = env.nlp(lang)
        self.matcher = PhraseMatcher(nlp.vocab, attr=_ATTRS[mode])
        self.in_urls = bool(body.get("in_urls"))
        words = [t for t in terms if t.strip()]
        self.forms: dict[int, list[list[str]]] = {}
        self.guard = mode == "lemma"
        self.spelled = env.spelled_only(lang) if self.guard else frozenset()
        docs = []
        if words:
            lemmatized = mode == "lemma" and nlp.has_pipe("sm_lemmatizer")
            for term in words:
                doc, lemmas, lowers = env.term_doc(term, lang, lemmatized)
                docs.append(doc)
                self.forms.setdefault(lemmas if self.guard else 0, []).append(lowers)
            self.matcher.add("T", docs)
        self.obfuscated = None
        if body.get("obfuscation") and words:
            self.obfuscated = obfuscation_search(words)
        self.compound = None
        compounds = body.get("compounds")
        if compounds:
            shortest = compounds if isinstance(compounds, int) and not isinstance(compounds, bool) else 6
            single = [t.lower() for t in words if " " not in t.strip()]
            long_terms = sorted({regex.escape(t) for t in single if len(t) >= shortest}, key=lambda t: (-len(t), t))
            short_terms = sorted({regex.escape(t) for t in single if 3 <= len(t) < shortest and t.isalpha()},
                                 key=lambda t: (-len(t), t))
            branches = []
            if long_terms:          # inside any word
                branches.append(r"(?<![\p{L}])\p{L}*(?:" + "|".join(long_terms) + r")\p{L}*")
            if short_terms:         # as one part of a hyphenated word ("Assi-Kunde"): the hyphen marks the seam
                branches.append(r"(?<![\p{L}-])(?=[\p{L}-]*-)(?:\p{L}+-)*(?:" + "|".join(short_terms)
                                + r")(?:-\p{L}+)*(?![\p{L}-])")
            if branches:
                self.compound = Search("|".join(branches), regex.IGNORECASE)
        # every literal of the compound lies in one chunk (see _compound_spans)
        self._chunked = self.compound is not None and self.compound.required is not None and all(
            lit.split() == [lit] for lit in self.compound.required)
        self.requires = self._requires(docs)

    def _requires(self, docs) -> tuple[frozenset, ...]:
        """What every hit's post contains: the first word of a term (its first three letters
        when matched by lemma, see :meth:`_inflection_of`), or a compound's literal. Obfuscated
        spellings have no such literal."""
        if self.obfuscated is not None or (self.compound is not None and self.compound.required is None):
            return ()
        first = [d[0].lower_.lstrip("#")[:3] if self.guard else d[0].lower_ for d in docs if len(d)]
        group = INDEX.register({w.casefold() for w in first} | (self.compound.required if self.compound else set()))
        return (group,) if group is not None else ()

    def _inflection_of(self, span) -> bool:  # noqa: D102 (see below)
        """A lemma match counts only as an inflected form of a term: same first three letters
        and at most two letters shorter ("Kunde"/"Kunden", not "sich"/"sichern" or "löse"/"Loser",
        which share a Snowball stem)."""
        for form in self.forms.get(hash(tuple(t.lemma_ for t in span)), ()):
            if len(form) == len(span) and all(
                    _same_word(tok.lower_, word, word in self.spelled) for tok, word in zip(span, form)):
                return True
        return False

    def find(self, doc, ctx):
        hits = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if not self.in_urls and any(t.like_url or t.like_email for t in span):
                continue
            if self.guard and not self._inflection_of(span):
                continue
            hits.append(Hit(span.start_char, span.end_char))
        text = doc_text(doc, ctx)
        spans = []
        if self.obfuscated is not None:
            spans += [m.span() for m in self.obfuscated.finditer(text)
                      if not m.group().isalpha()]      # plain spellings are the PhraseMatcher's
        if self.compound is not None:
            spans += self._compound_spans(doc, ctx, text)
        for start, end in spans:
            if self.in_urls or not _in_url(doc, start):
                hits.append(Hit(start, end))
        return _dedupe(hits)

    def _compound_spans(self, doc, ctx, text: str) -> list[tuple[int, int]]:
        """Where the words with a term inside are, found once per post for all word lists with
        the same compound search (rules share sets, and each compiles its own list). A
        compound contains one of the terms, so a post without any of them (case-folded) is
        skipped."""
        search = self.compound

        def spans():
            folded, found = folded_text(doc, ctx), found_literals(doc, ctx)
            if not search.possible(folded, found):
                return []
            pattern = search.pattern(text, folded)
            if found is None or not self._chunked:
                return [m.span() for m in safe_finditer(pattern, text)]
            # a match is letters and hyphens around a term, inside one whitespace-separated
            # chunk: only the chunks with a term in them are searched
            return [m.span() for start, end, chunk in _post_chunks(doc, ctx, text)
                    if not INDEX.chunk_literals(chunk).isdisjoint(search.required)
                    for m in safe_finditer(pattern, text, start, end)]

        return per_post(doc, ctx, ("compound", search.source, search.flags), spans)


def _post_chunks(doc, ctx, text: str) -> list[tuple[int, int, str]]:
    """The post's whitespace-separated chunks: start, end and the chunk case-folded (the key
    of the literal index), once per post for every compound search."""
    return per_post(doc, ctx, "_chunks", lambda: [(m.start(), m.end(), m.group().casefold())
                                                   for m in _CHUNK.finditer(text)])


class _Alternation:
    """``(?<![\\p{L}\\p{N}])(?:A1|A2|…)(?![\\p{L}])`` over the obfuscated spellings, with the
    same matches as that one regex (non-overlapping, left to right, first alternative wins),
    found faster.

    A reported match contains a character that is not a letter. An alternative that cannot
    match whitespace (a single word, a masked spelling) is searched only in the
    whitespace-separated chunks that contain one of its symbol characters (a letters-only
    match elsewhere is dropped anyway and cannot hide a later match), and there only between
    the first and last characters a match can begin and end with. The alternatives that span
    words are searched only in the chunks where one can begin (a chunk ending like the spelling
    of a first word, before one beginning like a second); where one matches, the others are
    tried at the same start, and the full alternation decides when both kinds can match there.
    The regexes are compiled on first use, without IGNORECASE (the classes carry the case
    variants), which ``regex`` searches several times faster.
    """

    FLAGS = regex.VERSION1     # the spellings carry their case variants
    DISPATCH_MIN = 16          # fewer alternatives are searched at once

    KEPT_CHUNKS = 20_000       # chunks whose matches and sides are kept (the common ones come early)

    def __init__(self, alts: list[str], pieces: list[tuple[str, bool, str | None]], symbols: frozenset,
                 edges: tuple[frozenset, frozenset], sides: list[tuple[str, str]] | None = None):
        self.alts = alts        # the alternation; ``pieces``: the same, flattened, with "can span
        # whitespace" and the characters each can begin with
        self._multi_alts = [a for a, multi, _ in pieces if multi]
        self._single_alts = [a for a, multi, _ in pieces if not multi]
        self._dispatch = {"multi": _by_first([(a, f) for a, multi, f in pieces if multi]),
                          "single": _by_first([(a, f) for a, multi, f in pieces if not multi])}
        for which, alts in (("multi", self._multi_alts), ("single", self._single_alts)):
            if len(alts) < self.DISPATCH_MIN:
                self._dispatch[which] = None
        self.symbols = symbols
        self.first, self.last = edges       # the characters a match can begin and end with
        self._compiled: dict = {}
        self._sides = sides                 # see :func:`spanning_sides` (None: not known)
        self._chunk_info: dict[str, tuple] = {}             # see :meth:`_info`

    def _get(self, which: str, idx: tuple | None = None):
        """The alternation ``which`` (full, multi, single), or the part of it given by ``idx``."""
        got = self._compiled.get((which, idx))
        if got is None:
            alts = {"full": self.alts, "multi": self._multi_alts, "single": self._single_alts}[which]
            if idx is not None:
                alts = [alts[i] for i in idx]
            got = self._compiled[(which, idx)] = cache.compiled(
                r"(?<![\p{L}\p{N}])(?:" + "|".join(alts) + r")(?![\p{L}])", self.FLAGS)
        return got

    def _match(self, which: str, text: str, start: int, left):
        """``self._get(which).match(text, start)``, with the alternatives that can begin there."""
        dispatch = self._dispatch[which]
        if dispatch is None:
            return self._get(which).match(text, start, timeout=left())
        idx = dispatch.get(text[start:start + 1])
        return None if idx is None else self._get(which, idx).match(text, start, timeout=left())

    def _search(self, which: str, text: str, pos: int, end: int, left, before: int | None = None):
        """``self._get(which).search(text, pos, end)``: at each place a match can begin (after
        neither letter nor digit, at a character some alternative begins with), only the
        alternatives that begin with that character are tried, in their order. The first
        match is the same; a small alternation is many times faster than the whole. With
        ``before``, only matches that begin before it are looked for."""
        dispatch = self._dispatch[which]
        if dispatch is None:
            return self._get(which).search(text, pos, end, timeout=left())
        starts = self._compiled.get((which, "starts"))
        if starts is None:
            starts = self._compiled[(which, "starts")] = cache.compiled(
                r"(?<![\p{L}\p{N}])[" + regex.escape("".join(sorted(dispatch))) + "]", self.FLAGS)
        for m in starts.finditer(text, pos, end if before is None else min(before, end)):
            start = m.start()
            found = self._get(which, dispatch[text[start]]).match(text, start, end, timeout=left())
            if found is not None:
                return found
        return None

    def _side_patterns(self):
        """The regexes for the end of a first word's chunk and the start of a second word's."""
        got = self._compiled.get("sides")
        if got is None:
            got = self._compiled["sides"] = (
                cache.compiled(r"(?<![\p{L}\p{N}])(?:" + "|".join(h for h, _ in self._sides) + r")\Z", self.FLAGS),
                cache.compiled("(?:" + "|".join(s for _, s in self._sides) + ")", self.FLAGS))
        return got

    def _search_multi(self, text: str, pos: int, places: list[tuple[int, int]] | None, left):
        """``self._search("multi", text, pos, len(text))``, trying only the chunks in ``places``
        (every match begins in one of them; None: everywhere)."""
        if places is None:
            return self._search("multi", text, pos, len(text), left)
        for start, end in places:
            if end <= pos:
                continue
            if self._dispatch["multi"] is None:      # one search finds the first match from here
                return self._get("multi").search(text, max(pos, start), len(text), timeout=left())
            found = self._search("multi", text, max(pos, start), len(text), left, before=end)
            if found is not None:
                return found
        return None

    @property
    def pattern(self) -> str:
        return self._get("full").pattern

    def finditer(self, text: str):
        deadline = time.perf_counter() + REGEX_TIMEOUT

        def left():
            return max(0.001, deadline - time.perf_counter())

        try:
            starts, words, infos = self._chunk_infos(text, left)
        except TimeoutError:
            gave_up(self._get("full"))
            return
        places = self._places(starts, words, infos)
        if places == []:            # no spelling of several words here: the chunks' own matches
            yield from (_Found(text, base + first, base + last)
                        for base, info in zip(starts, infos) for first, last in info[0])
            return
        chunks = self._chunks(text) if self._single_alts else []
        multi = True
        single = bool(chunks)
        pos, ci = 0, 0
        try:
            while True:
                m1 = self._search_multi(text, pos, places, left) if multi else None
                m2 = None
                while single and ci < len(chunks):
                    start, end = chunks[ci]
                    if end <= pos:
                        ci += 1
                        continue
                    if m1 is not None and start > m1.start():
                        break
                    m2 = self._search("single", text, max(pos, start), end, left)
                    if m2 is not None:
                        break
                    ci += 1
                if m1 is None and m2 is None:
                    return
                if m1 is None or (m2 is not None and m2.start() < m1.start()):
                    found = m2
                elif self._single_alts and self._match("single", text, m1.start(), left):
                    found = self._get("full").match(text, m1.start(), timeout=left())
                else:
                    found = m1
                yield found
                pos = max(found.end(), pos + 1)
        except TimeoutError:
            gave_up(self._get("full"))
            return

    def _chunk_infos(self, text: str, left) -> tuple[list[int], list[str], list[tuple]]:
        """The starts and texts of the post's chunks, and what each holds (:meth:`_info`). A
        whitespace-separated chunk is bounded by whitespace on both sides, so what it holds
        depends on its text alone, and chunks recur from post to post ("work!", a link): each
        is looked at once and what it holds is kept."""
        starts, words = _text_chunks(text)
        infos = list(map(self._chunk_info.get, words))
        if None in infos:
            infos = [info if info is not None else self._info(word, left) for word, info in zip(words, infos)]
        return starts, words, infos

    def _places(self, starts: list[int], words: list[str], infos: list[tuple]) -> list[tuple[int, int]] | None:
        """The chunks where a spelling of several words can begin: one ending like a first word
        before one beginning like a second ([] when there is none; None: anywhere, the sides
        are not known)."""
        if not self._multi_alts:
            return []
        if self._sides is None:
            return None
        return [(start, start + len(word)) for start, word, info, after in zip(starts, words, infos, infos[1:])
                if info[1] and after[2]]

    def _info(self, chunk: str, left) -> tuple:
        """What one chunk holds: the matches of the single-chunk spellings in it (relative
        to it), and whether it ends like the first word and begins like the second word of a
        spelling of several words (see :meth:`_places`)."""
        found = []
        if self._single_alts and not self.symbols.isdisjoint(chunk):
            for start, end in self._trimmed(chunk, [(0, len(chunk))]):
                pos = start
                while pos < end:
                    m = self._search("single", chunk, pos, end, left)
                    if m is None:
                        break
                    found.append(m.span())
                    pos = max(m.end(), pos + 1)
        sides = (False, False)
        if self._multi_alts and self._sides is not None:
            ends, begins = self._side_patterns()
            sides = (ends.search(chunk, timeout=left()) is not None, begins.match(chunk, timeout=left()) is not None)
        info = (tuple(found), *sides) if found or any(sides) else _NOTHING
        if len(self._chunk_info) < self.KEPT_CHUNKS:
            self._chunk_info[chunk] = info
        return info

    def _chunks(self, text: str) -> list[tuple[int, int]]:
        """The whitespace-separated chunks to search, without the characters around them
        that no match can begin or end with ("word." or "#tag" need no search; the lookbehind
        still sees what was cut off, and what is cut off at the end is not a letter)."""
        return self._trimmed(text, _symbol_chunks(self.symbols, text))

    def _trimmed(self, text: str, chunks) -> list[tuple[int, int]]:
        """``chunks`` of ``text`` without the characters around them that no match can begin
        or end with, those that still hold a symbol character."""
        out = []
        first, last = self.first, self.last
        symbols = self.symbols
        for start, end in chunks:
            while start < end and not (text[start].isalpha() or text[start] in first):
                start += 1
            while end > start and not (text[end - 1].isalpha() or text[end - 1] in last):
                end -= 1
            if start < end and not symbols.isdisjoint(text[start:end]):
                out.append((start, end))
        return out


class _Found(NamedTuple):
    """A match of :meth:`_Alternation.finditer` kept from an earlier post: its span and text."""
    text: str
    start: int
    end: int

    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def group(self) -> str:
        return self.text[self.start:self.end]


_NOTHING = ((), False, False)                       # what most chunks hold, kept once
_TEXT_CHUNKS: list = [None, ([], [])]


def _text_chunks(text: str) -> tuple[list[int], list[str]]:
    """The starts and texts of the chunks of ``text``, found once per post for all searches
    (the text is kept, so its identity means the same post)."""
    if _TEXT_CHUNKS[0] is not text:
        starts, words = [], []
        for m in _CHUNK.finditer(text):
            starts.append(m.start())
            words.append(m.group())
        _TEXT_CHUNKS[:] = [text, (starts, words)]
    return _TEXT_CHUNKS[1]


_CHUNK = re.compile(r"\S+")         # a whitespace-separated chunk (``re``: as ``str.split``)
_SYMBOL_CHUNKS: dict[frozenset, list] = {}     # symbols -> [finder, (last text, its chunks)]


def _symbol_chunks(symbols: frozenset, text: str) -> list[tuple[int, int]]:
    """The whitespace-separated chunks of ``text`` with one of ``symbols`` in them (``re``
    finds them fastest), found once per post for all word lists with the same symbols."""
    entry = _SYMBOL_CHUNKS.get(symbols)
    if entry is None:
        finder = re.compile(r"(?<!\S)(?=\S*?[" + re.escape("".join(sorted(symbols))) + r"])\S+")
        entry = _SYMBOL_CHUNKS[symbols] = [finder, (None, [])]
    last = entry[1]
    if last[0] is not text:         # the text is kept, so its identity means the same post
        last = entry[1] = (text, [c.span() for c in entry[0].finditer(text)])
    return last[1]


def _by_first(items: list[tuple[str, str | None]]) -> dict[str, tuple[int, ...]] | None:
    """For each character, the positions of the alternatives that can begin with it (None
    when one can begin with anything)."""
    out: dict[str, list[int]] = {}
    for i, (_alt, first) in enumerate(items):
        if first is None:
            return None
        for ch in first:
            out.setdefault(ch, []).append(i)
    return {ch: tuple(idx) for ch, idx in out.items()}


def _edge_chars(words: list[str]) -> tuple[frozenset, frozenset]:
    """The characters (case-folded) an obfuscated spelling of one of ``words`` can begin with
    (first letters and their look-alikes), and the non-letters it can end with (look-alikes of
    last letters, masks); any letter can end one."""
    first, last = set(), set(_MASK) | set("*#")
    for w in words:
        letters = w.strip().lower()
        if not letters:
            continue
        for ch, into in ((letters[0], first), (letters[-1], last)):
            into.add(ch)
            into.update(_SUBSTITUTES.get(ch, ch + "*"))
    return frozenset(first), frozenset(last)


def _symbol_chars(words: list[str]) -> frozenset:
    """The non-letters (but whitespace) an obfuscated spelling of one of ``words`` may contain."""
    chars = set(_MASK) | set("._-*#\u0345")
    for subs in _SUBSTITUTES.values():
        chars.update(subs)
    for w in words:
        chars.update(w.lower())
        chars.update(w)
    return frozenset(c for c in chars if not c.isalpha() and not c.isspace())


def _same_word(token: str, word: str, spelled: bool = False) -> bool:
    """``token`` is an inflected form of ``word``: same start, at most two letters shorter, and a
    shorter form keeps four letters ("Kunde" for "Kunden", not "los" for "Loser"). A ``spelled``
    word only takes endings ("Penner", "Pennern"; not "pennt")."""
    token, word = token.lstrip("#"), word.lstrip("#")
    if spelled:
        return token.startswith(word) and len(token) <= len(word) + 2
    return token[:3] == word[:3] and (len(token) >= len(word) or len(token) >= max(4, len(word) - 2))


def _in_url(doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return bool(span) and any(t.like_url or t.like_email or t.text.startswith("@") for t in span)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out
