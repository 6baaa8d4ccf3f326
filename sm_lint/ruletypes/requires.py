"""``requires``, ``classifier`` and ``python`` rule types.

``requires``: when ``when`` (a rule body) matches, at least one of ``require`` (rule bodies,
e.g. a private-opinion disclaimer) must be somewhere in the post; otherwise the ``when`` spans
are reported. Combine with ``account: personal`` for what only personal accounts need.

``classifier``: a trained model from ``models/`` scores the post; a score at or above
``threshold`` for ``label`` reports the sentence that scores highest.

``python``: a function registered under the entry-point group ``sm_lint.rules`` (or given as
``module:function``) receives ``(doc, context, options)`` and returns hits.
"""
from __future__ import annotations

from spacy.attrs import IS_ALPHA

from ..findings import Hit
from ..literals import rarity
from .base import Matcher, RuleError, number, per_post


class Requires(Matcher):
    KEYS = {"when", "require"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        from . import compile_body
        if not isinstance(body.get("when"), dict):
            raise RuleError("'when' must be a rule body", ("when",))
        require = body.get("require")
        if isinstance(require, dict):
            require = [require]
        if not isinstance(require, list) or not require:
            raise RuleError("'require' must be a rule body or a list of them", ("require",))
        self.when = compile_body(body["when"], env, lang)
        self.require = [compile_body(r, env, lang) for r in require]
        self.requires, self.entities = self.when.requires, self.when.entities

    def find(self, doc, ctx):
        hits = self.when.find(doc, ctx)
        if not hits or any(r.present(doc, ctx) for r in self.require):
            return []
        return hits


class AnyOf(Matcher):
    """``any``: the hits of several rule bodies together (``of: [body, body, …]``)."""

    KEYS = {"of"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        from . import compile_body
        bodies = body.get("of")
        if not isinstance(bodies, list) or not bodies or not all(isinstance(b, dict) for b in bodies):
            raise RuleError("'of' must be a list of rule bodies", ("of",))
        self.bodies = [compile_body(b, env, lang) for b in bodies]
        # a hit of any body needs a literal of each of that body's groups: of each body, the
        # group least likely to be in a post (its shortest literal the longest)
        if all(b.requires for b in self.bodies):
            self.requires = (frozenset().union(*(max(b.requires, key=rarity) for b in self.bodies)),)
        if all(b.entities for b in self.bodies):
            self.entities = frozenset().union(*(b.entities for b in self.bodies))

    def find(self, doc, ctx):
        return [hit for matcher in self.bodies for hit in matcher.find(doc, ctx)]

    def present(self, doc, ctx):
        return any(matcher.present(doc, ctx) for matcher in self.bodies)


SCORES_KEY = "sm_scores"


class Batch:
    """The docs of one language that are checked together.

    A model scores a batch of docs in one call at about 60 % of the cost of scoring them one
    by one, with the same scores. A model is asked only when a rule's conditions hold, so
    whether it pays to score a whole batch is learnt from the previous one: a model that at
    least ``SHARE`` of its posts asked for scores all docs of the next batch at its first ask.
    """

    SHARE = 0.5

    def __init__(self, docs: list, eager: frozenset = frozenset()):
        self.docs = docs
        self.eager = eager
        self._asked: dict[str, set[int]] = {}

    def scores(self, clf, model: str, doc) -> dict[str, float]:
        """The model's scores of ``doc``, kept with the doc."""
        key = (SCORES_KEY, model)
        self._asked.setdefault(model, set()).add(id(doc))
        got = doc.user_data.get(key)
        if got is None:
            todo = [d for d in self.docs if key not in d.user_data] if model in self.eager else [doc]
            if doc not in todo:
                todo.append(doc)
            for d, scores in zip(todo, clf.score_docs(todo)):
                d.user_data[key] = scores
            got = doc.user_data[key]
        return got

    def busy(self) -> frozenset:
        """The models that most posts of this batch asked for."""
        return frozenset(m for m, asked in self._asked.items() if len(asked) >= self.SHARE * len(self.docs))


class Classifier(Matcher):
    """A post whose ``label`` scores at least ``threshold``. With ``overrule_below``, a post whose
    label scores below it has the findings of the rule's category from other rules (those not
    ``final``) taken back, each unless the sentences it lies in, read alone, score at least
    ``overrule_sentence_below`` (default: ``overrule_below``; the engine asks :meth:`overrules`):
    one barbed sentence in a long friendly post stays found. With ``min_words``, a post of fewer
    words (alphabetic tokens) is not reported: too little text for the model to read reliably."""

    KEYS = {"model", "label", "threshold", "overrule_below", "overrule_sentence_below", "min_words"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        for key in ("model", "label"):
            if not isinstance(body.get(key), str):
                raise RuleError(f"'{key}' must be a string", (key,))
        self.model = body["model"]
        self.label = body["label"]
        self.threshold = number(body, "threshold", 0.5)
        self.overrule_below = number(body, "overrule_below")
        self.overrule_sentence_below = number(body, "overrule_sentence_below", self.overrule_below)
        self.min_words = int(number(body, "min_words", 0))
        self.clf = env.models.classifier(self.model, lang) if env.models is not None else None

    def score(self, doc, ctx) -> float:
        batch = getattr(ctx, "batch", None) or Batch([doc])
        return batch.scores(self.clf, self.model, doc).get(self.label, 0.0)

    def overrules(self, doc, ctx, start: int, end: int) -> bool:
        """The model is sure that the post is not of the label (below ``overrule_below``), nor the
        sentences holding characters ``start``–``end``, read alone (below ``overrule_sentence_below``)."""
        if self.clf is None or self.overrule_below is None or self.score(doc, ctx) >= self.overrule_below:
            return False
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        first, last = span[0].sent.start, span[-1].sent.end
        if first == 0 and last == len(doc):     # the finding's sentences are the whole post
            return self.score(doc, ctx) < self.overrule_sentence_below
        # scored once per post and span, for every category's model rule (one model, all labels)
        scores = per_post(doc, ctx, f"_sentence_scores:{self.model}:{first}:{last}",
                          lambda: self.clf.score_spans([doc[first:last]])[0])
        return scores.get(self.label, 0.0) < self.overrule_sentence_below

    def find(self, doc, ctx):
        if self.clf is None:
            return []
        if self.min_words and per_post(doc, ctx, "_words", lambda: doc.count_by(IS_ALPHA).get(1, 0)) < self.min_words:
            return []
        score = self.score(doc, ctx)
        if score < self.threshold:
            return []
        sents = list(doc.sents)
        if len(sents) > 1:
            sent_scores = self.clf.score_spans(sents)
            best = max(range(len(sents)), key=lambda i: sent_scores[i].get(self.label, 0.0))
            span = sents[best]
        else:
            span = doc[:]
        text = span.text
        start = span.start_char + (len(text) - len(text.lstrip()))
        end = span.start_char + len(text.rstrip())
        return [Hit(start, max(end, start + 1), score)]


class Python(Matcher):
    KEYS = {"function", "options"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        name = body.get("function")
        if not isinstance(name, str):
            raise RuleError("'function' must name an entry point or module:function", ("function",))
        try:
            self.function = env.functions(name)
        except (LookupError, ImportError, AttributeError) as exc:
            raise RuleError(f"cannot load rule function {name!r}: {exc}", ("function",)) from None
        self.options = body.get("options") or {}

    def find(self, doc, ctx):
        hits = []
        for item in self.function(doc, ctx, self.options) or []:
            if isinstance(item, Hit):
                hits.append(item)
            else:
                hits.append(Hit(*item))
        return hits
