"""Rule types and the modifiers every rule body may carry.

A rule body is a mapping with ``type`` (lexicon, pattern, entity, proximity, requires,
classifier, python, any) plus the type's own keys and any of these modifiers:

- ``account``: personal | official: the rule applies only to posts of that account type;
- ``when``: rule bodies that must all match somewhere in the post;
- ``unless``: rule bodies none of which may match anywhere in the post;
- ``context``: ``{terms, window, boost, required}``: words within ``window`` tokens of a hit
  raise its score by ``boost`` (Presidio-style), or are ``required``;
- ``except_near``: ``{terms, window, side}``, or a list of them: words within ``window`` tokens
  (on ``side``: both, before or after) cancel a hit;
- ``count``: ``{min: N}``: report once, only when there are at least N hits;
- ``questions: skip``: hits in a sentence that ends with a question mark do not count (a question
  is not a claim);
- ``quoted: skip``: hits inside quotation marks do not count (a quoted phrase is talked about,
  not said: "„Gefunden bei Google“ ist keine Lizenz", quoting abuse to criticise it);
- ``score`` (base score of a hit, default 1.0) and ``threshold`` (default 0.5).
"""
from __future__ import annotations

import re

from ..entities import lacks_entities
from ..findings import Hit
from .base import Context, Env, Matcher, RuleError, doc_text, in_question, meets, number, per_post, token_range
from .lexicon import Lexicon
from .pattern import Pattern
from .proximity import Entity, Proximity
from .requires import AnyOf, Classifier, Python, Requires

TYPES: dict[str, type[Matcher]] = {
    "lexicon": Lexicon, "pattern": Pattern, "entity": Entity, "proximity": Proximity,
    "requires": Requires, "classifier": Classifier, "python": Python, "any": AnyOf,
}
MODIFIERS = {"type", "account", "when", "unless", "context", "except_near", "count", "score", "threshold", "quoted",
             "questions"}
# Quotations. A typographic pair („…“, “…”, «…», »…«) may run over lines, as a pasted article does,
# up to 3,000 characters, and may hold one-line quotations opened by its own mark („… „Zitat“ …“):
# its opening and closing marks differ, so a lone mark finds no partner. A straight pair ("…", '…')
# is one mark for both ends, so over lines it counts only as a block: opening at the start of a
# line and closing at the end of one, with no straight double quote in between ('…' may hold
# "can't", and closes after a punctuation mark, not as "the players'"); anywhere else it stays on
# one line. The character a repetition starts with tells its
# alternatives apart (the inner quotation's mark is not in the outer one's character set), so
# there is one way to match and a failed match costs one pass over its bounded length.
def _spanning(mark: str, close: str, stop: str) -> str:
    inner = f"{mark}[^{stop}\\n]{{0,400}}[{close}]"
    return f"{mark}(?:[^{stop}]|{inner}){{1,3000}}[{close}]"


_LINE_END = r'(?=[ \t]*(?:\n|\Z))'
_QUOTES = re.compile("|".join([_spanning("„", "“”\"", "„“”\""), _spanning("“", "”", "“”"), _spanning("«", "»", "«»"),
                               _spanning("»", "«", "«»")])
                     + r'|‚[^‘’\n]{1,200}[‘’]'
                     r'|(?<![^\n])"[^"]{1,3000}"' + _LINE_END + r'|"[^"\n]{1,400}"'
                     r"|(?<![^\n])'(?:[^']|(?<=\w)'(?=\w)){1,3000}(?<=[.,;!?…)])'" + _LINE_END +   # not "the players'"
                     r"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){1,200}'(?!\w)")   # "can't" inside a quote

# a quotation mark that opens a line under a line ending in a colon or a pointing hand (an article
# pasted below "hier der ganze Artikel:"); if it is never closed, it runs to the end of the post
_INTRODUCED = re.compile("[:👇⬇⤵][\ufe0f \t]*\n\\s*([„“«»\"'])")
_WORD = re.compile(r"(?<![@#\w])[^\W\d_]{2,}")


def _quotations(doc, ctx) -> list[tuple[int, int]]:
    """The spans in quotation marks, when the author says something of their own around them: a
    post that is nothing but a quotation (a repost, "RT …") makes the quoted words the author's.
    Found once per post, for all rules that skip quotations."""
    return per_post(doc, ctx, "_quotations", lambda: _find_quotations(doc_text(doc, ctx)))


def _find_quotations(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _QUOTES.finditer(text)]
    for m in _INTRODUCED.finditer(text):
        start = m.start(1)
        if len(text) - start >= 300 and not any(a <= start < b for a, b in spans):
            # never closed: an article pasted after "…:" or "👇" that runs to the end of the post
            spans = [span for span in spans if span[1] <= start] + [(start, min(len(text), start + 3000))]
            break
    if not spans:
        return spans
    outside, last = [], 0
    for start, end in spans:
        outside.append(text[last:start])
        last = end
    outside.append(text[last:])
    words = [w for w in _WORD.findall(" ".join(outside)) if w.lower() not in ("rt", "http", "https", "www")]
    return spans if len(words) >= 3 else []


__all__ = ["TYPES", "MODIFIERS", "Context", "Env", "RuleError", "compile_body"]


def _bodies(value, env, lang, key) -> list[Matcher]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise RuleError(f"'{key}' must be a rule body or a list of rule bodies", (key,))
    return [compile_body(v, env, lang) for v in value]


class _Near:
    """Terms near a hit, within a token window."""

    def __init__(self, spec, env, lang, key):
        if not isinstance(spec, dict) or "terms" not in spec:
            raise RuleError(f"'{key}' must be a mapping with 'terms'", (key,))
        self.lexicon = Lexicon({"terms": spec["terms"], "match": spec.get("match", "lemma")}, env, lang)
        self.window = int(spec.get("window", 8))
        self.boost = float(spec.get("boost", 0.35))
        self.required = bool(spec.get("required", False))
        self.side = spec.get("side", "both")
        if self.side not in ("both", "before", "after"):
            raise RuleError(f"'{key}.side' must be both, before or after", (key,))

    def near(self, doc, ctx, hit: Hit) -> bool:
        key = ("near", id(self))
        found = ctx.cache.get(key)
        if found is None:
            found = [token_range(doc, ctx, h) for h in self.lexicon.find(doc, ctx)]
            found = ctx.cache[key] = [r for r in found if r is not None]
        if not found:
            return False
        span = token_range(doc, ctx, hit)
        if span is None:
            return False
        start, end = span
        for s_start, s_end in found:
            if self.side == "before" and s_start >= start:
                continue
            if self.side == "after" and s_end <= end:
                continue
            if max(s_start - end, start - s_end, 0) <= self.window:
                return True
        return False


class Compiled(Matcher):
    """A rule body with its modifiers applied around the type's matcher."""

    def __init__(self, inner: Matcher, body: dict, env: Env, lang: str):
        super().__init__(body, env, lang)
        self.inner = inner
        self.account = body.get("account")
        if self.account not in (None, "personal", "official", "any"):
            raise RuleError("'account' must be personal, official or any", ("account",))
        self.when = _bodies(body.get("when"), env, lang, "when")
        self.unless = _bodies(body.get("unless"), env, lang, "unless")
        self.context = _Near(body["context"], env, lang, "context") if "context" in body else None
        spec = body.get("except_near")
        self.except_near = [_Near(one, env, lang, "except_near") for one in (spec if isinstance(spec, list) else [spec])
                            ] if spec is not None else []
        count = body.get("count")
        self.count_min = int(count.get("min", 1)) if isinstance(count, dict) else None
        self.base = number(body, "score", 1.0 if self.context is None or self.context.required else 0.4)
        self.threshold = number(body, "threshold", 0.5)
        quoted = body.get("quoted", "count")
        if quoted not in ("skip", "count"):
            raise RuleError("'quoted' must be skip or count", ("quoted",))
        self.skip_quoted = quoted == "skip"
        questions = body.get("questions", "count")
        if questions not in ("skip", "count"):
            raise RuleError("'questions' must be skip or count", ("questions",))
        self.skip_questions = questions == "skip"
        self.conditions_first = isinstance(inner, Classifier)
        self.shared = False         # other rules refer to it (set by Env.reference)
        self.requires = inner.requires + tuple(g for w in self.when for g in w.requires)
        self.entities = inner.entities or next((w.entities for w in self.when if w.entities), None)

    def find(self, doc, ctx):
        """The hits of the body in this post; a body that other rules refer to (``{rule: ID}``)
        is found once per post however often it is asked. A post without a literal that every
        hit needs is done in a few set tests."""
        if not meets(self.requires, doc, ctx):
            return []
        if lacks_entities(doc, self.entities):
            return []               # none of the profile names its hits need is in the post
        if not self.shared:
            return self._find(doc, ctx)
        key = ("hits", id(self))
        hits = ctx.cache.get(key)
        if hits is None:
            hits = ctx.cache[key] = self._find(doc, ctx)
        return list(hits)

    def overrules(self, doc, ctx, start: int, end: int) -> bool:
        """A classifier body of this post's account that is sure the post, and the sentences of
        the finding at ``start``–``end``, are not of its label."""
        return (isinstance(self.inner, Classifier) and self.account in (None, "any", ctx.account)
                and self.inner.overrules(doc, ctx, start, end))

    def _conditions(self, doc, ctx) -> bool:
        """Every ``when`` body is present in the post and no ``unless`` body is."""
        return all(w.present(doc, ctx) for w in self.when) and not any(u.present(doc, ctx) for u in self.unless)

    def _find(self, doc, ctx):
        if self.account not in (None, "any") and ctx.account != self.account:
            return []
        if self.conditions_first and not self._conditions(doc, ctx):
            return []                      # a model is asked only when its conditions hold
        hits = self.inner.find(doc, ctx)
        if not hits or not (self.conditions_first or self._conditions(doc, ctx)):
            return []
        out = []
        quotes = _quotations(doc, ctx) if self.skip_quoted else []
        for hit in hits:
            if any(qs <= hit.start and hit.end <= qe for qs, qe in quotes):
                continue
            if self.skip_questions and _in_question(doc, ctx, hit):
                continue
            score = min(1.0, hit.score * self.base)
            if self.context is not None:
                if self.context.near(doc, ctx, hit):
                    score = min(1.0, score + self.context.boost)
                elif self.context.required:
                    continue
            if any(e.near(doc, ctx, hit) for e in self.except_near):
                continue
            if score >= self.threshold:
                out.append(Hit(hit.start, hit.end, score, hit.label))
        if self.count_min is not None:
            if len(out) < self.count_min:
                return []
            return [Hit(out[0].start, out[-1].end, max(h.score for h in out), f"{len(out)}")]
        return merge(out)


def _in_question(doc, ctx: Context, hit: Hit) -> bool:
    """The sentence the hit starts in ends with a question mark."""
    tokens = token_range(doc, ctx, hit)
    return tokens is not None and in_question(doc, ctx, tokens[0])


def merge(hits: list[Hit]) -> list[Hit]:
    """One hit for overlapping spans (several terms near one name are one finding)."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and hit.start < out[-1].end:
            last = out[-1]
            out[-1] = Hit(last.start, max(last.end, hit.end), max(last.score, hit.score), last.label or hit.label)
        else:
            out.append(hit)
    return out


def compile_body(body: dict, env: Env, lang: str) -> Matcher:
    if "rule" in body:
        if set(body) != {"rule"}:
            raise RuleError("a rule reference {rule: ID} takes no other keys", ("rule",))
        return env.reference(body["rule"], lang)
    same = env.same_body(body, lang)
    if same is not None:        # the same body again (a YAML alias): compiled once, found once per post
        same.shared = True
        return same
    kind = body.get("type", "lexicon")
    cls = TYPES.get(kind)
    if cls is None:
        raise RuleError(f"unknown rule type {kind!r} (known: {', '.join(TYPES)})", ("type",))
    unknown = set(body) - cls.KEYS - MODIFIERS
    if unknown:
        raise RuleError(f"unknown key(s) {sorted(unknown)} for a {kind} rule", (sorted(unknown)[0],))
    return env.keep_body(body, lang, Compiled(cls(body, env, lang), body, env, lang))
