"""Rules compiled when a post first needs them, for short runs (a pre-commit hook, one draft).

Compiling every rule of a language takes about as long as a sixth of spaCy's import, and a
check of one post needs few of the rules: most cannot fire in it. A rule whose every hit needs
one of some literals (:attr:`sm_lint.ruletypes.base.Matcher.requires`) is compiled only when a
post contains them. The literals each rule needs are known after a full compile; they are kept
in the on-disk cache, keyed by the rule packs, the profile and the code that computes them, so
the next short run can wait with the rules its posts cannot trigger. Without that entry, and
for long runs, every rule is compiled up front.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import cache
from .entities import lacks_entities
from .ruletypes.base import meets

# the code that decides what a rule requires: a change to it makes the kept requirements stale
_CODE = sorted((Path(__file__).parent / "ruletypes").glob("*.py")) + [
    Path(__file__).parent / name for name in ("literals.py", "entities.py", "lazyrules.py")]


@lru_cache(maxsize=1)
def _code_key() -> str:
    return cache.content_key(*_CODE)          # read once per process, not once per language


def key(rules_key: str, lang: str) -> str:
    return cache.content_key(rules_key, lang, _code_key())


def load(key: str) -> dict[str, tuple] | None:
    """Rule id -> (the literal groups its hits need, the entity labels one of which they need),
    from the cache (None when not there)."""
    got = cache.read(f"requires-{key}.pickle")
    return got if isinstance(got, dict) else None


def save(key: str, compiled) -> None:
    cache.write(f"requires-{key}.pickle",
                {rule.id: (tuple(matcher.requires), matcher.entities) for rule, matcher in compiled})


def needs_something(requirement) -> bool:
    return bool(requirement and (requirement[0] or requirement[1]))


class LazyMatcher:
    """Stands for a rule's matcher until a post has a literal of each group and one of the
    entities the rule's hits need; then ``compile()`` makes the matcher (None: it could not
    be compiled)."""

    def __init__(self, compile, requirement: tuple):
        self._compile = compile
        self.requires, self.entities = requirement
        self.matcher = None
        self.compiled = False

    def find(self, doc, ctx):
        if not meets(self.requires, doc, ctx):
            return []
        if lacks_entities(doc, self.entities):
            return []
        matcher = self._matcher()
        return matcher.find(doc, ctx) if matcher is not None else []

    def present(self, doc, ctx) -> bool:
        return bool(self.find(doc, ctx))

    def overrules(self, doc, ctx, start: int, end: int) -> bool:
        matcher = self._matcher()
        return matcher is not None and matcher.overrules(doc, ctx, start, end)

    def _matcher(self):
        """The compiled matcher, made at the first ask (None: it could not be compiled)."""
        if not self.compiled:
            self.matcher, self.compiled = self._compile(), True
        return self.matcher
