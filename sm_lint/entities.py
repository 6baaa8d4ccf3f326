"""``sm_profile_entities``: marks the company profile's names in a doc.

Names are matched case-insensitively as whole words, also as #hashtag or @handle, with a
possessive or genitive ending ("Acme's", "Acmes") and as the first part of a hyphenated
compound ("Acme-Software"). A hashtag that contains a name ("#ProjectFalcon") counts too.
The spans go to ``doc.spans["sm_entities"]``, labelled COMPANY, PRODUCT, COMPETITOR, CODENAME,
NDA_CUSTOMER, CONFIDENTIAL_TERM or UNRELEASED_PRODUCT.
"""
from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "sm_entities"
_HASHTAG = regex.compile(r"#[\p{L}\p{N}_]{3,}")


def _name_pattern(name: str) -> str:
    parts = [regex.escape(p) for p in name.lstrip("#@").split()]
    return r"[\s\-]?".join(parts) if len(parts) > 1 else parts[0]


def compile_names(entities: dict[str, list[str]]):
    """One regex over all names, and a lookup from squashed lower-case name to label."""
    labels: dict[str, str] = {}
    for label, names in entities.items():
        for name in names:
            labels.setdefault(regex.sub(r"[\s\-]", "", name.lower().lstrip("#@")), label)
    if not labels:
        return None, labels
    names = sorted({n for ns in entities.values() for n in ns}, key=len, reverse=True)
    body = "|".join(_name_pattern(n) for n in names)
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}_])[#@]?(?P<name>" + body + r")(?:['’]s|s|-[\p{L}\p{N}]+)?(?![\p{L}\p{N}_])",
        regex.IGNORECASE | regex.VERSION1,
    )
    return pattern, labels


def find_names(text: str, pattern, labels: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, name) for every profile name in ``text``."""
    found = []
    taken = set()
    if pattern is not None:
        for m in pattern.finditer(text):
            key = regex.sub(r"[\s\-]", "", m.group("name").lower())
            label = labels.get(key)
            if label:
                found.append((m.start(), m.end(), label, m.group("name")))
                taken.update(range(m.start(), m.end()))
    for m in _HASHTAG.finditer(text):
        if m.start() in taken:
            continue
        tag = m.group().lower()
        for key, label in labels.items():
            if len(key) >= 4 and key in tag:
                found.append((m.start(), m.end(), label, m.group()))
                break
    return sorted(found)


@Language.factory("sm_profile_entities", default_config={"entities": {}})
class ProfileEntities:
    def __init__(self, nlp: Language, name: str, entities: dict[str, list[str]]):
        self.pattern, self.labels = compile_names(entities)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label, _ in find_names(doc.text, self.pattern, self.labels):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


def entity_spans(doc: Doc, labels: set[str] | None = None) -> list[Span]:
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    return [s for s in spans if labels is None or s.label_ in labels]
