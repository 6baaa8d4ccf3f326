"""Engine features used by the rule packs."""
from __future__ import annotations

from sm_lint.ruletypes import compile_body
from sm_lint.ruletypes.base import Env


def test_profile_placeholder_in_a_pattern_is_one_alternation(engine):
    """A negative lookahead on {company_domains} must exclude every company domain at once."""
    env = Env(engine.profile, engine.sets, engine.nlp)
    body = {"type": "pattern", "patterns": [r"https://(?!(?:[\w-]+\.)*{company_domains}(?:/|$))\S+"]}
    matcher = compile_body(body, env, "en")
    assert len(matcher.inner.searches) == 1
    pattern = matcher.inner.searches[0].simple
    assert r"brightwave\.example" in pattern.pattern and r"brightwave\-systems\.com" in pattern.pattern
    assert not pattern.search("see https://account.brightwave.example/login")
    assert not pattern.search("see https://brightwave-systems.com/login")
    assert pattern.search("see https://login-brightwave.example.net/sso")


def test_placeholders_still_expand_in_term_lists(engine):
    env = Env(engine.profile, engine.sets, engine.nlp)
    assert "I work at Brightwave" in env.terms(["I work at {company}"], "en")
    assert env.terms(["{company_domains}"], "en", expand=False) == ["{company_domains}"]
