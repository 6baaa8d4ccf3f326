"""``pattern``: regular expressions (the ``regex`` module, time-bounded), checked by validators.

Options: ``patterns`` (per language; ``{company_domains}``-style profile placeholders and
``{@set}`` for the terms of a shared set, ``{%set}`` for its items as expressions),
``case_sensitive``, ``group`` (the number or name of the group that is the span and that the
validator reads; a pattern without that group reports its whole match), ``validate`` (a named validator
from :mod:`sm_lint.validators` that must accept the match), ``prefilter`` (literal strings, any
case, one of which must occur in the post before the patterns are searched at all: a cheap test
that spares broad patterns the posts they cannot match). Each pattern also has a prefilter
of its own, found by :mod:`sm_lint.literals`: the strings one of which every match contains.
"""
from __future__ import annotations

import time

import regex

from .. import validators
from ..findings import Hit
from ..literals import INDEX, Search
from .base import Matcher, RuleError, doc_text, folded_text, found_literals, meets, safe_finditer, safe_matches

# Inputs that make a catastrophic pattern backtrack for a long time.
_PROBES = ["a" * 3000 + "!", " " * 3000 + "x", "a1" * 1500 + "\n", "#a " * 1000, "x." * 1500 + "@"]
PROBE_BUDGET = 0.2          # CPU seconds a pattern may take on one probe
PROBE_WAIT_LIMIT = 30.0     # wall seconds after which a probe counts as catastrophic however busy the machine


def compile_pattern(source: str, flags: int) -> Search:
    try:
        return Search(source, flags, _probe)
    except regex.error as exc:
        raise RuleError(f"invalid regular expression {source!r}: {exc}", ("patterns",)) from None


def _probe(pattern) -> None:
    """Reject a pattern that backtracks catastrophically (run once; cached patterns passed).

    The budget is CPU time: on a busy machine (a shared CI runner) the wall clock runs on while
    the process waits, and a sound pattern must not be rejected for that. The wall-clock
    timeout only stops the search; a timeout with little CPU time spent is retried, longer."""
    source = pattern.pattern
    for probe in _PROBES:
        wait = PROBE_BUDGET * 2
        while True:
            cpu = time.process_time()
            try:
                for _ in pattern.finditer(probe, timeout=wait):
                    pass
            except TimeoutError:
                if time.process_time() - cpu > PROBE_BUDGET or wait >= PROBE_WAIT_LIMIT:
                    raise RuleError(f"regular expression {source!r} backtracks catastrophically "
                                    f"(over {PROBE_BUDGET}s on a {len(probe)}-character input)", ("patterns",)) from None
                wait *= 4                  # the machine was busy, not the pattern
                continue
            break
        if time.process_time() - cpu > PROBE_BUDGET:
            raise RuleError(f"regular expression {source!r} is too slow", ("patterns",))


class Pattern(Matcher):
    KEYS = {"patterns", "case_sensitive", "group", "validate", "prefilter"}

    def __init__(self, body, env, lang):
        super().__init__(body, env, lang)
        flags = 0 if body.get("case_sensitive") else regex.IGNORECASE
        self.searches = [compile_pattern(env.regex_placeholders(p, lang), flags)
                         for p in env.terms(body.get("patterns"), lang, expand=False)]
        self.group = body.get("group", 0)
        prefilter = INDEX.register([t.casefold() for t in env.terms(body.get("prefilter"), lang) if t] or None)
        # all required literals of all patterns: a post with none of them is done in one test
        required = [s.required for s in self.searches]
        gate = INDEX.register(set().union(*required)) if required and None not in required else None
        # one pattern: every group it needs ("ist" and "schwein" in "ist ein Schwein")
        also = self.searches[0].also if len(self.searches) == 1 else ()
        self.requires = tuple(r for r in (gate, *also, prefilter) if r is not None)
        name = body.get("validate")
        self.validate = None
        if name:
            if name not in validators.VALIDATORS:
                raise RuleError(f"unknown validator {name!r} (known: {', '.join(sorted(validators.VALIDATORS))})",
                                ("validate",))
            self.validate = validators.VALIDATORS[name]

    def find(self, doc, ctx):
        hits = []
        if not meets(self.requires, doc, ctx):
            return hits
        folded, found = folded_text(doc, ctx), found_literals(doc, ctx)
        text = doc_text(doc, ctx)
        for search in self.searches:
            if not search.possible(folded, found):
                continue        # none of the strings every match contains: cannot match
            positions = search.candidates(text, folded, found)
            pattern = search.pattern(text, folded)
            for m in (safe_finditer(pattern, text) if positions is None else safe_matches(pattern, text, positions)):
                try:
                    start, end = m.span(self.group)
                except IndexError:
                    start, end = m.span()
                if start < 0 or end <= start:
                    continue
                score = 1.0
                if self.validate:
                    score = self.validate(text[start:end], ctx)     # what is reported is what is validated
                    if not score:
                        continue
                hits.append(Hit(start, end, float(score)))
        return hits
