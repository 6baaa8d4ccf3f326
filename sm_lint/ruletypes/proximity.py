"""``entity`` and ``proximity``: the company profile's names, alone or near a class of words.

``entity``: spans the profile entity component marked, by label (COMPANY, PRODUCT, COMPETITOR,
CODENAME, NDA_CUSTOMER, CONFIDENTIAL_TERM, UNRELEASED_PRODUCT).

``proximity``: an entity (or the hits of an ``anchor`` rule body) and a term (``near``: a rule
body) in the same sentence (``within: sentence``, the default), within N tokens, or either
(``within: [sentence, N]``: "Frauen über 50 in Crop Tops? Bitte nicht."); a negation
right before the term (``negation: true``) or a question (``question: true``) cancels the match.
A term inside the entity's own span does not count ("Acme Disaster Recovery" is a name, not a
verdict), unless ``inside: true``: then only such terms count ("Schrotthorn", a nickname made of a
scornful word and the end of a competitor's name).
``entity_unless`` (a rule body, in ``entity`` and ``proximity``): an entity inside one of its hits
is not the name but an ordinary word ("a stray wren", "am kürzeren Ende"), and is left out for
this rule; other mentions of the name in the same post still count.
"""
from __future__ import annotations

from ..entities import entity_spans, lacks_entities
from ..findings import Hit
from .base import Matcher, RuleError, in_question, meets, sentence_starts, token_range

LABELS = {"COMPANY", "PRODUCT", "COMPETITOR", "COMPETITOR_ALIKE", "CODENAME", "NDA_CUSTOMER",
          "CONFIDENTIAL_TERM", "UNRELEASED_PRODUCT"}


def _labels(value) -> set[str]:
    labels = {str(v).upper() for v in ([value] if isinstance(value, str) else value or [])}
    unknown = labels - LABELS
    if unknown:
        raise RuleError(f"unknown entity label(s) {sorted(unknown)} (known: {', '.join(sorted(LABELS))})",
                        ("entity",))
    return labels


def _entity_unless(body, env, lang):
    """The compiled ``entity_unless`` body, or None."""
    from . import compile_body
    unless = body.get("entity_unless")
    if unless is not None and not isinstance(unless, dict):
        raise RuleError("'entity_unless' must be a rule body", ("entity_unless",))
    return compile_body(unless, env, lang) if unless is not None else None


def _names_only(unless, doc, ctx, entities, start=lambda e: e[2], end=lambda e: e[3]):
    """The entities that no hit of the ``entity_unless`` body covers."""
    if unless is None or not entities:
        return entities
    common = unless.find(doc, ctx)
    return [e for e in entities if not any(h.start <= start(e) and end(e) <= h.end for h in common)]


class Entity(Matcher):
    KEYS = {"entity", "forms", "entity_unless"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        self.labels = _labels(body.get("entity"))
        self.forms = set(body.get("forms") or [])   # hashtag | handle | word
        self.entity_unless = _entity_unless(body, env, lang)
        self.entities = frozenset(self.labels)

    def find(self, doc, ctx):
        hits = []
        for span in entity_spans(doc, self.labels):
            form = "hashtag" if span.text.startswith("#") else "handle" if span.text.startswith("@") else "word"
            if self.forms and form not in self.forms:
                continue
            hits.append(Hit(span.start_char, span.end_char, label=span.text))
        return _names_only(self.entity_unless, doc, ctx, hits, lambda h: h.start, lambda h: h.end)


class Proximity(Matcher):
    KEYS = {"entity", "anchor", "near", "within", "negation", "question", "report", "entity_unless", "inside"}

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
        self.entity_unless = _entity_unless(body, env, lang)
        within = body.get("within", "sentence")
        within = within if isinstance(within, list) else [within]
        if not within or any(w != "sentence" and (not isinstance(w, int) or isinstance(w, bool)) for w in within):
            raise RuleError("'within' must be 'sentence', a number of tokens, or a list of both", ("within",))
        self.same_sentence = "sentence" in within
        self.tokens = max((w for w in within if w != "sentence"), default=None)
        self.negation = body.get("negation", False)
        self.question = body.get("question", False)
        self.report = body.get("report", "both")          # both | entity | term
        self.inside = bool(body.get("inside", False))     # terms inside the entity's span (only those)
        self.negations = set(env.terms("@negations", lang)) if self.negation else set()
        self.requires = self.near.requires + (self.anchor.requires if not self.labels else ())
        self.entities = frozenset(self.labels) if self.anchor is None else None

    def _anchor_possible(self, doc, ctx) -> bool:
        """The post has what the anchor's hits need (its strings, its entities): tested before the
        terms are searched, so an anchor that cannot match spares the search for its terms."""
        return meets(self.anchor.requires, doc, ctx) and not lacks_entities(doc, self.anchor.entities)

    def find(self, doc, ctx):
        # the profile's entities are already marked; an anchor body is searched only when a term
        # is there to be near it. Entities and terms are compared as token ranges, sentences by
        # the per-post table of sentence starts.
        entities = [(s.start, s.end, s.start_char, s.end_char, s.text)
                    for s in entity_spans(doc, self.labels)] if self.labels else []
        if not entities and (self.anchor is None or not self._anchor_possible(doc, ctx)):
            return []
        terms = self.near.find(doc, ctx)
        if not terms:
            return []
        entities = _names_only(self.entity_unless, doc, ctx, entities)
        if self.anchor is not None:
            for hit in self.anchor.find(doc, ctx):
                tokens = token_range(doc, ctx, hit)
                if tokens is not None:
                    span = doc[tokens[0]:tokens[1]]
                    entities.append((span.start, span.end, span.start_char, span.end_char, span.text))
            if not entities:
                return []
        sents = sentence_starts(doc, ctx) if self.same_sentence or self.negation else None
        hits = []
        for term in terms:
            tokens = token_range(doc, ctx, term)
            if tokens is None:
                continue
            t_start, t_end = tokens
            if self.question and in_question(doc, ctx, t_start):
                continue
            if self.negation and any(t.lower_ in self.negations for t in doc[max(sents[t_start], t_start - 3): t_start]):
                continue
            for e_start, e_end, e_start_char, e_end_char, e_text in entities:
                close = (self.same_sentence and sents[e_start] == sents[t_start]) or (
                    self.tokens is not None and max(e_start - t_end, t_start - e_end, 0) <= self.tokens)
                if not close or (e_start_char <= term.start and term.end <= e_end_char) != self.inside:
                    continue
                if self.report == "entity":
                    start, end = e_start_char, e_end_char
                elif self.report == "term":
                    start, end = term.start, term.end
                else:
                    start, end = min(e_start_char, term.start), max(e_end_char, term.end)
                hits.append(Hit(start, end, term.score, label=e_text))
                break
        return hits
