"""``entity`` and ``proximity``: the company profile's names, alone or near a class of words.

``entity``: spans the profile entity component marked, by label (COMPANY, PRODUCT, COMPETITOR,
CODENAME, NDA_CUSTOMER, CONFIDENTIAL_TERM, UNRELEASED_PRODUCT).

``proximity``: an entity (or the hits of an ``anchor`` rule body) and a term (``near``: a rule
body) in the same sentence (``within: sentence``, the default), within N tokens, or either
(``within: [sentence, N]``: "Frauen über 50 in Crop Tops? Bitte nicht."); a negation
right before the term (``negation: true``) or a question (``question: true``) cancels the match.
"""
from __future__ import annotations

from ..entities import entity_spans
from ..findings import Hit
from .base import Matcher, RuleError

LABELS = {"COMPANY", "PRODUCT", "COMPETITOR", "COMPETITOR_ALIKE", "CODENAME", "NDA_CUSTOMER",
          "CONFIDENTIAL_TERM", "UNRELEASED_PRODUCT"}


def _labels(value) -> set[str]:
    labels = {str(v).upper() for v in ([value] if isinstance(value, str) else value or [])}
    unknown = labels - LABELS
    if unknown:
        raise RuleError(f"unknown entity label(s) {sorted(unknown)} (known: {', '.join(sorted(LABELS))})",
                        ("entity",))
    return labels


class Entity(Matcher):
    KEYS = {"entity", "forms"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        self.labels = _labels(body.get("entity"))
        self.forms = set(body.get("forms") or [])   # hashtag | handle | word
        self.entities = frozenset(self.labels)

    def find(self, doc, ctx):
        hits = []
        for span in entity_spans(doc, self.labels):
            form = "hashtag" if span.text.startswith("#") else "handle" if span.text.startswith("@") else "word"
            if self.forms and form not in self.forms:
                continue
            hits.append(Hit(span.start_char, span.end_char, label=span.text))
        return hits


class Proximity(Matcher):
    KEYS = {"entity", "anchor", "near", "within", "negation", "question", "report"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        from . import compile_body
        self.labels = _labels(body.get("entity")) if body.get("entity") else set()
        anchor = body.get("anchor")
        if not self.labels and not isinstance(anchor, dict):
            raise RuleError("a proximity rule needs 'entity' labels or an 'anchor' rule body", ("entity",))
        self.anchor = compile_body(anchor, env, lang) if isinstance(anchor, dict) else None
        near = body.get("near")
        if not isinstance(near, dict):
            raise RuleError("'near' must be a rule body (e.g. {type: lexicon, terms: [...]})", ("near",))
        self.near = compile_body(near, env, lang)
        within = body.get("within", "sentence")
        within = within if isinstance(within, list) else [within]
        if not within or any(w != "sentence" and (not isinstance(w, int) or isinstance(w, bool)) for w in within):
            raise RuleError("'within' must be 'sentence', a number of tokens, or a list of both", ("within",))
        self.same_sentence = "sentence" in within
        self.tokens = max((w for w in within if w != "sentence"), default=None)
        self.negation = body.get("negation", False)
        self.question = body.get("question", False)
        self.report = body.get("report", "both")          # both | entity | term
        self.negations = set(env.terms("@negations", lang)) if self.negation else set()
        self.requires = self.near.requires + (self.anchor.requires if not self.labels else ())
        self.entities = frozenset(self.labels) if self.anchor is None else None

    def find(self, doc, ctx):
        # the profile's entities are already marked; an anchor body is searched only when a term
        # is there to be near it
        entities = list(entity_spans(doc, self.labels)) if self.labels else []
        if not entities and self.anchor is None:
            return []
        terms = self.near.find(doc, ctx)
        if not terms:
            return []
        if self.anchor is not None:
            for hit in self.anchor.find(doc, ctx):
                span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
                if span is not None:
                    entities.append(span)
            if not entities:
                return []
        hits = []
        for term in terms:
            tspan = doc.char_span(term.start, term.end, alignment_mode="expand")
            if tspan is None:
                continue
            if self.question and tspan.sent.text.rstrip().endswith("?"):
                continue
            if self.negation and any(t.lower_ in self.negations
                                     for t in doc[max(tspan.sent.start, tspan.start - 3): tspan.start]):
                continue
            for ent in entities:
                close = (self.same_sentence and ent.sent.start == tspan.sent.start) or (
                    self.tokens is not None and max(ent.start - tspan.end, tspan.start - ent.end, 0) <= self.tokens)
                if not close or (ent.start_char <= term.start and term.end <= ent.end_char):
                    continue
                if self.report == "entity":
                    start, end = ent.start_char, ent.end_char
                elif self.report == "term":
                    start, end = term.start, term.end
                else:
                    start, end = min(ent.start_char, term.start), max(ent.end_char, term.end)
                hits.append(Hit(start, end, term.score, label=ent.text))
                break
        return hits
