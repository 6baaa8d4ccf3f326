"""Detection quality does not regress: every labelled corpus is checked in-process and scored
like ../shared/tools/corpus_eval.py does (error or warning findings count)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sm_lint.engine import Engine
from sm_lint.profile import load
from sm_lint.rulepack import CATEGORIES

from . import labelled

CORPUS = Path(__file__).parent / "corpus"
CASES = [(c["name"], CORPUS / c["corpus"], CORPUS / c["profile"], c["minimum"], c.get("max_flagged", 5.0))
         for c in yaml.safe_load((CORPUS / "corpora.yaml").read_text(encoding="utf-8"))]


def _score(corpus: Path, profile: Path, tmp: Path) -> tuple[float, float]:
    """Macro-F1 and the share of clean posts flagged; sm-lint reads what corpus_eval.py gives
    it (id, text, account, platform: no labels, no language) with the reader the command uses."""
    engine = Engine(load(profile))
    records = labelled.records(corpus)
    posts = labelled.posts_as_given(records, tmp, corpus.name)
    flagged = [{f.category for f in findings if f.severity != "info"} for _, findings in engine.check(posts)]
    f1s = []
    for cat in CATEGORIES:
        tp = sum(1 for r, got in zip(records, flagged) if cat in r["expect"] and cat in got)
        fp = sum(1 for r, got in zip(records, flagged) if cat not in r["expect"] and cat in got)
        fn = sum(1 for r, got in zip(records, flagged) if cat in r["expect"] and cat not in got)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    clean = [got for r, got in zip(records, flagged) if not r["expect"]]
    return sum(f1s) / len(f1s), sum(1 for got in clean if got) / max(1, len(clean))


@pytest.mark.parametrize("name,corpus,profile,minimum,max_flagged", CASES, ids=[c[0] for c in CASES])
def test_corpus_quality(name, corpus, profile, minimum, max_flagged, tmp_path):
    if not corpus.is_file():
        pytest.skip(f"{corpus} not present")
    macro_f1, clean_fpr = _score(corpus, profile, tmp_path)
    assert macro_f1 >= minimum, f"{name}: macro-F1 {macro_f1:.3f} below {minimum}"
    assert clean_fpr * 100 <= max_flagged, f"{name}: {clean_fpr:.1%} of clean posts flagged (at most {max_flagged} %)"
