"""Every rule's documented examples run as tests: 'match' must be reported, 'no_match' must not."""
from __future__ import annotations

import pytest

from sm_lint.engine import Engine
from sm_lint.inputs import read_text
from sm_lint.profile import load

from .conftest import FIXTURES

_ENGINE = Engine(load(FIXTURES / "profile.yaml"))


def _cases():
    for rule in _ENGINE.all_rules:
        for kind in ("match", "no_match"):
            for i, example in enumerate(rule.examples[kind]):
                example = {"text": example} if isinstance(example, str) else example
                yield pytest.param(rule.id, kind, example, id=f"{rule.id}-{kind}-{i + 1}")


def _hits(rule_id: str, example: dict) -> list:
    post = read_text(example["text"], fmt=example.get("format", "txt"))[0]
    post.meta = {**post.meta, **{k: example[k] for k in ("lang", "account", "platform") if k in example}}
    return _ENGINE.check_doc(post, only={rule_id})


def test_packs_load_without_errors():
    assert not _ENGINE.errors, "\n".join(str(e) for e in _ENGINE.errors)
    for lang in ("de", "en"):
        _ENGINE.compiled(lang)
    assert not _ENGINE.errors, "\n".join(str(e) for e in _ENGINE.errors)


def test_every_rule_has_examples_both_ways_in_each_of_its_languages():
    from sm_lint import langid
    for rule in _ENGINE.all_rules:
        for kind in ("match", "no_match"):
            langs = set()
            for example in rule.examples[kind]:
                example = {"text": example} if isinstance(example, str) else example
                langs.add(example.get("lang") or langid.detect(example["text"]))
            missing = set(rule.langs) - langs
            assert not missing, f"{rule.id}: no '{kind}' example in {sorted(missing)}"


@pytest.mark.parametrize("rule_id,kind,example", list(_cases()))
def test_rule_example(rule_id, kind, example):
    hits = _hits(rule_id, example)
    if kind == "match":
        assert hits, f"{rule_id} should report: {example['text']!r}"
    else:
        assert not hits, f"{rule_id} should not report: {example['text']!r} (got {[h.excerpt for h in hits]})"


def test_prefilter_skips_posts_without_the_literals(profile):
    from sm_lint.inputs import read_text
    from sm_lint.ruletypes import compile_body

    engine = Engine(profile)
    env = engine.env()
    body = {"type": "pattern", "patterns": [r"\bfoo\w*"], "prefilter": [".exe", "{internal_domains}"]}
    matcher = compile_body(body, env, "en")

    def hits(text):
        post = read_text(text)[0]
        return matcher.find(engine.nlp("en")(text), engine.context(post, "en"))

    assert hits("foobar download.EXE")                     # literal in any case
    assert hits("foobar on wiki.brightwave.local")         # a profile placeholder
    assert not hits("foobar and nothing else")
