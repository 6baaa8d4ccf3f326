"""``lexicon``: terms matched by lemma (inflection-aware) with spaCy's PhraseMatcher.

Options: ``match`` (lemma | lower | text), ``obfuscation`` (l33t, masked letters, s.p.a.c.i.n.g),
``compounds`` (a term inside a longer word, for German compounds).
"""
from __future__ import annotations

import regex
from spacy.matcher import PhraseMatcher

from ..findings import Hit
from .base import Matcher, RuleError, safe_finditer

_ATTRS = {"lemma": "LEMMA", "lower": "LOWER", "text": "ORTH"}
_SUBSTITUTES = {
    "a": "a4@*", "b": "b8", "e": "e3*€", "g": "g9", "i": "i1!|*", "l": "l1|", "o": "o0*", "s": "s5$z",
    "t": "t7+", "u": "u*v", "ß": "ß*s", "ö": "ö*o0", "ä": "ä*a4@", "ü": "ü*u",
}
_MASK = "*#@$%!"


def obfuscated_pattern(term: str) -> str:
    """A regex for ``term`` written with look-alike digits/symbols, masks or separators."""
    parts = []
    for ch in term.lower():
        if ch == " ":
            parts.append(r"\s+")
            continue
        subs = _SUBSTITUTES.get(ch, ch + "*")
        parts.append("[" + regex.escape(subs) + "]+")
    body = r"[._\-]?".join(parts)
    # a prefix followed by masking characters, e.g. "f***", "sch***"
    masked = []
    letters = term.replace(" ", "")
    for k in range(1, min(4, len(letters) - 1)):
        stars = max(2, len(letters) - k - 1)
        masked.append(regex.escape(letters[:k].lower()) + r"[*#]{" + f"{stars},{len(letters) - k + 1}" + "}")
    return "(?:" + body + r"\p{L}{0,5}" + ("|" + "|".join(masked) if masked else "") + ")"


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
        if words:
            lemmatize = nlp.get_pipe("sm_lemmatizer") if mode == "lemma" and nlp.has_pipe("sm_lemmatizer") else None
            docs = [nlp.make_doc(t) for t in words]
            if lemmatize:
                docs = [lemmatize(d) for d in docs]
            self.matcher.add("T", docs)
        self.obfuscated = None
        if body.get("obfuscation") and words:
            alts = sorted({obfuscated_pattern(t) for t in words if len(t.replace(" ", "")) >= 3}, key=len, reverse=True)
            self.obfuscated = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(alts) + r")(?![\p{L}])",
                                            regex.IGNORECASE | regex.VERSION1)
        self.compound = None
        if body.get("compounds"):
            long_terms = sorted({regex.escape(t.lower()) for t in words if len(t) >= 6 and " " not in t},
                                key=len, reverse=True)
            if long_terms:
                self.compound = regex.compile(r"(?<![\p{L}])\p{L}*(?:" + "|".join(long_terms) + r")\p{L}*",
                                              regex.IGNORECASE | regex.VERSION1)

    def find(self, doc, ctx):
        hits = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if not self.in_urls and any(t.like_url or t.like_email for t in span):
                continue
            hits.append(Hit(span.start_char, span.end_char))
        text = doc.text
        for extra in (self.obfuscated, self.compound):
            if extra is None:
                continue
            for m in safe_finditer(extra, text):
                if extra is self.obfuscated and m.group().isalpha():
                    continue       # plain spellings are the PhraseMatcher's
                if not self.in_urls and _in_url(doc, m.start()):
                    continue
                hits.append(Hit(m.start(), m.end()))
        return _dedupe(hits)


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
