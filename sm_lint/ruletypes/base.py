"""What every rule type shares: the compile environment, term lists and the post context."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..entities import text_of
from ..findings import Hit
from ..literals import INDEX, present
from ..nlp import term_doc
from ..profile import Profile

REGEX_TIMEOUT = 0.25   # seconds per regex search
REGEX_RESUME_TIMEOUT = 2.5   # a search cut off (a busy machine) goes on once from where it stopped
GAVE_UP: list[str] = []   # patterns whose search stopped for good since the engine last looked


def gave_up(pattern) -> None:
    """Record a search that the time limit stopped: the engine reports it, so that a post whose
    check was cut short never looks like one that passed."""
    GAVE_UP.append(getattr(pattern, "pattern", str(pattern)))

TermSpec = Any   # list[str] | {"de": [...], "en": [...], "any": [...]}


class RuleError(ValueError):
    """A rule that cannot be compiled; ``key`` names the offending key when known."""

    def __init__(self, message: str, key: tuple = ()):
        super().__init__(message)
        self.key = key


def number(body: dict, key: str, default=None) -> float | None:
    """The number at ``key`` of a rule body (``default`` when absent); anything else is a
    :class:`RuleError` naming the key, so the pack's file and line are reported."""
    value = body.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RuleError(f"'{key}' must be a number, not {value!r}", (key,))
    return float(value)


@dataclass
class Context:
    """What a rule may know about the post besides its text."""

    lang: str
    account: str
    platform: str
    meta: dict
    profile: Profile
    post: Any = None
    cache: dict = field(default_factory=dict)
    batch: Any = None           # the docs checked together (for models that score batches)


class Env:
    """The compile environment: pipelines, shared term sets, profile placeholders."""

    def __init__(self, profile: Profile, sets: dict[str, Any], nlp: Callable[[str], Language],
                 models=None, functions: Callable[[str], Callable] | None = None,
                 bodies: dict[str, dict] | None = None):
        self.profile = profile
        self.bodies = bodies or {}
        self._term_docs: dict[tuple, tuple] = {}
        self._spelled: dict[str, frozenset[str]] = {}
        self._compiled_bodies: dict[tuple[int, str], tuple[dict, "Matcher"]] = {}
        self._resolving: set[str] = set()
        self.sets = sets
        self.nlp = nlp
        self.models = models
        self.functions = functions
        self.placeholders = {
            "company": profile.company_names,
            "product": profile.products,
            "competitor": profile.competitor_names,
            "codename": profile.codenames,
            "nda_customer": profile.customers_under_nda,
            "company_domains": profile.domains,
            "internal_domains": profile.internal_domains,
        }

    def reference(self, rule_id: str, lang: str) -> "Matcher":
        """The compiled body of another rule, for ``{rule: ID}``: compiled once per language
        and, asked for again, found once per post (see :meth:`same_body`)."""
        if rule_id not in self.bodies:
            raise RuleError(f"reference to unknown rule {rule_id!r}", ("rule",))
        body = self.bodies[rule_id]
        if self.same_body(body, lang) is None and rule_id in self._resolving:
            raise RuleError(f"rule reference cycle through {rule_id!r}", ("rule",))
        from . import compile_body
        self._resolving.add(rule_id)
        try:
            return compile_body(body, self, lang)
        finally:
            self._resolving.discard(rule_id)

    def same_body(self, body: dict, lang: str) -> "Matcher | None":
        """The matcher compiled before from this very body object (a rule referred to by
        ``{rule: ID}``, a body a YAML alias writes in several rules), or None."""
        got = self._compiled_bodies.get((id(body), lang))
        return got[1] if got is not None and got[0] is body else None

    def keep_body(self, body: dict, lang: str, matcher: "Matcher") -> "Matcher":
        self._compiled_bodies[(id(body), lang)] = (body, matcher)      # the body is kept: its id stays its own
        return matcher

    def term_doc(self, term: str, lang: str, lemmatized: bool) -> tuple[Doc, int, list[str]]:
        """A term as a doc (with lemmas when ``lemmatized``), the hash of its lemmas and its
        lower-case words: made once per compile however many rules share the term."""
        key = (term, lang, lemmatized)
        got = self._term_docs.get(key)
        if got is None:
            doc = term_doc(self.nlp(lang), term, lemmatized)
            got = self._term_docs[key] = (doc, hash(tuple(t.lemma_ for t in doc)), [t.lower_ for t in doc])
        return got

    def spelled_only(self, lang: str) -> frozenset[str]:
        """The words of the set ``spelled_only`` (lower case): a lexicon that matches by lemma
        takes them only in their own spelling. Read once per language."""
        got = self._spelled.get(lang)
        if got is None:
            words = self.terms("@spelled_only", lang) if "spelled_only" in self.sets else []
            got = self._spelled[lang] = frozenset(w.lower() for w in words)
        return got

    def terms(self, spec: TermSpec, lang: str, expand: bool = True) -> list[str]:
        """The terms of ``spec`` for ``lang``: sets (``@name``) and ``{company}``-style names expanded.

        With ``expand=False`` placeholders stay in place (regular expressions replace them by one
        escaped alternation, see :meth:`regex_placeholders`).
        """
        if spec is None:
            return []
        if isinstance(spec, str):
            spec = [spec]
        if isinstance(spec, dict):
            items = list(spec.get(lang, [])) + list(spec.get("any", []))
        else:
            items = list(spec)
        out: list[str] = []
        for item in items:
            item = str(item)
            if item.startswith("@") and item[1:] in self.sets:
                out += self.terms(self.sets[item[1:]], lang, expand)
            elif expand and "{" in item and "}" in item:
                out += self._expand(item)
            else:
                out.append(item)
        return out

    def _expand(self, term: str) -> list[str]:
        for key, names in self.placeholders.items():
            token = "{" + key + "}"
            if token in term:
                return [x for name in names for x in self._expand(term.replace(token, name))]
        return [term]

    def regex_placeholders(self, pattern: str, lang: str) -> str:
        """Replace ``{company_domains}`` etc. in a regex by an alternation of the escaped names, and
        ``{@set}`` by one of the escaped terms of that set in ``lang`` (longest first), so that word
        lists a pattern shares with other rules live once, under ``sets:``; ``{%set}`` by one of
        the items of that set taken as regular expressions (a part of an expression that several
        patterns share, such as the possessives that make a work one's own)."""
        if "{@" in pattern or "{%" in pattern:
            pattern = _SET_TOKEN.sub(lambda m: self._set_in_pattern(m.group(2), lang, m.group(1)), pattern)
        for key, names in self.placeholders.items():
            token = "{" + key + "}"
            if token in pattern:
                pattern = pattern.replace(token, _alternation(names))
        return pattern

    def _set_in_pattern(self, name: str, lang: str, sign: str) -> str:
        """The set ``name`` in a pattern: ``{@name}`` (``sign`` "@") one of its terms, escaped;
        ``{%name}`` ("%") one of its items as regular expressions."""
        if name not in self.sets:
            raise RuleError(f"unknown set {{{sign}{name}}} in a pattern", ("patterns",))
        items = self.terms("@" + name, lang, expand=False)
        if sign == "@":
            if any("{" in t for t in items):
                raise RuleError(f"set {{@{name}}} holds profile placeholders, which a pattern cannot take from a set",
                                ("patterns",))
            return _alternation(items)
        if any("{%" in item for item in items):
            raise RuleError(f"set {{%{name}}} refers to another expression set, which a pattern cannot nest",
                            ("patterns",))
        return "(?:" + "|".join(items) + ")" if items else "(?!)"


_SET_TOKEN = regex.compile(r"\{([@%])(\w+)\}")


def _alternation(words) -> str:
    """One non-capturing group of the escaped words, longest first; a group that never matches
    when there are none."""
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?:{alt or '(?!)'})"


class Matcher:
    """A compiled rule body for one language.

    ``requires``: groups of case-folded literals (registered in :data:`sm_lint.literals.INDEX`);
    a post can give hits only when it contains a literal of every group. ``entities``: profile
    entity labels one of which the post must contain (None: no such need).
    """

    requires: tuple[frozenset, ...] = ()
    entities: frozenset | None = None

    def __init__(self, body: dict, env: Env, lang: str):
        self.body = body
        self.env = env
        self.lang = lang

    def find(self, doc: Doc, ctx: Context) -> list[Hit]:
        raise NotImplementedError

    def present(self, doc: Doc, ctx: Context) -> bool:
        return bool(self.find(doc, ctx))

    def overrules(self, doc: Doc, ctx: Context, start: int, end: int) -> bool:
        """This body takes back another finding of its rule's category, at characters
        ``start``–``end`` of the post (a model sure of the post and of the finding's sentences)."""
        return False


def safe_finditer(pattern, text: str, pos: int | None = None, endpos: int | None = None):
    """``finditer`` bounded in time: a search the limit cuts off goes on once, with a longer
    limit, after its last match; a runaway pattern then yields nothing more (:func:`gave_up`)."""
    pos = pos or 0
    for limit in (REGEX_TIMEOUT, REGEX_RESUME_TIMEOUT):
        try:
            for m in pattern.finditer(text, pos, endpos, timeout=limit):
                yield m
                pos = max(m.end(), m.start() + 1)
            return
        except TimeoutError:
            continue
    gave_up(pattern)


def safe_matches(pattern, text: str, positions: list[int]):
    """The matches ``finditer`` would give when a match can begin only at ``positions``
    (increasing): tried there, left to right, never inside the previous match; bounded in time
    like :func:`safe_finditer`."""
    end, i = 0, 0
    for limit in (REGEX_TIMEOUT, REGEX_RESUME_TIMEOUT):
        deadline = time.perf_counter() + limit
        try:
            while i < len(positions):
                pos = positions[i]
                if pos >= end:
                    m = pattern.match(text, pos, timeout=max(0.001, deadline - time.perf_counter()))
                    if m is not None:
                        yield m
                        end = max(m.end(), pos + 1)
                i += 1
            return
        except TimeoutError:
            continue
    gave_up(pattern)


def per_post(doc: Doc, ctx: Context | None, key: str, compute):
    """``compute()``, once per post: kept in the context's cache with the doc it was made for."""
    if ctx is None:
        return compute()
    got = ctx.cache.get(key)
    if got is None or got[0] is not doc:
        got = ctx.cache[key] = (doc, compute())
    return got[1]


def token_range(doc: Doc, ctx: Context | None, hit) -> tuple[int, int] | None:
    """The tokens ``(start, end)`` a hit's characters touch (None: none), once per post and
    hit: several rules, their ``except_near`` and proximity tests ask for the same hits."""
    def compute():
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else None

    if ctx is None:
        return compute()
    spans = per_post(doc, ctx, "_token_ranges", dict)
    key = (hit.start, hit.end)
    if key not in spans:
        spans[key] = compute()
    return spans[key]


def sentence_starts(doc: Doc, ctx: Context | None) -> list[int]:
    """For each token, the index of the first token of its sentence (what ``span.sent.start``
    gives for a span beginning there), once per post."""
    def compute():
        out = [0] * len(doc)
        for sent in doc.sents:
            out[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
        return out
    return per_post(doc, ctx, "_sentence_starts", compute)


def in_question(doc: Doc, ctx: Context | None, token: int) -> bool:
    """Whether the sentence of token ``token`` ends with a question mark (a question is not a
    claim); the question sentences are found once per post."""
    questions = per_post(doc, ctx, "_questions",
                         lambda: {sent.start for sent in doc.sents if sent.text.rstrip().endswith("?")})
    return sentence_starts(doc, ctx)[token] in questions


def doc_text(doc: Doc, ctx: Context | None) -> str:
    """``doc.text`` without rebuilding it: the post's own text (every doc is made from it), or
    the text the doc was made from, once per post (:func:`sm_lint.entities.text_of`)."""
    post = ctx.post if ctx is not None else None
    if post is not None and isinstance(getattr(post, "text", None), str):
        return post.text
    return per_post(doc, ctx, "_text", lambda: text_of(doc))


def folded_text(doc: Doc, ctx: Context | None) -> str:
    """The post's text case-folded, once per post: for the substring tests of prefilters."""
    return per_post(doc, ctx, "_folded", lambda: doc_text(doc, ctx).casefold())


def meets(requires: tuple[frozenset, ...], doc: Doc, ctx: Context | None) -> bool:
    """Whether the post has a literal of every group in ``requires`` (a matcher's needs): set
    tests once the literal index is built, substring tests before."""
    if not requires:
        return True
    found = found_literals(doc, ctx)
    if found is not None:
        return not any(map(found.isdisjoint, requires))
    folded = folded_text(doc, ctx)
    return all(present(group, folded) for group in requires)


def found_literals(doc: Doc, ctx: Context | None) -> frozenset | None:
    """The registered prefilter literals in the post, once per post (None: test each one).
    Asked before almost every rule, so :func:`per_post` is written out."""
    if ctx is None:
        return None
    got = ctx.cache.get("_literals")
    if got is None or got[0] is not doc:
        got = ctx.cache["_literals"] = (doc, INDEX.found(folded_text(doc, ctx)))
    return got[1]
