"""Before and after a rule change: one category's findings on every labelled post.

    python benchmarks/rulediff.py CATEGORY --save before.json      # before the change
    python benchmarks/rulediff.py CATEGORY --base before.json      # after it

Runs the rules of one category (``check --select CATEGORY``, its model rule included) over the
labelled corpora of ``tests/corpus/corpora.yaml`` and the harmless posts of ``tests/harmless/``,
each with its own profile and given only what ``corpus_eval.py`` gives (id, text, account,
platform). Prints true and false positives and misses per corpus and in total; with ``--base``
also every post whose result changed: FIXED when it now agrees with its label, REGRESSION when
it no longer does. A rule change that states a guideline point well fixes posts in several
corpora and regresses none.

The corpora marked ``fitted: false`` measure how sm-lint does on companies it has not seen,
and are left out unless ``--heldout`` is given (use it to measure, not while changing rules).
``--include NAME`` adds ``tests/corpus/NAME.jsonl`` with ``NAME.yaml`` (a corpus not yet listed);
``--only NAME,NAME`` runs just those.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(ROOT))

from sm_lint.rulepack import CATEGORIES  # noqa: E402


def cases(heldout: bool, include: list[str]) -> list[tuple[str, Path, Path]]:
    """(name, corpus, profile) of every corpus to run."""
    out = []
    for entry in yaml.safe_load((TESTS / "corpus" / "corpora.yaml").read_text(encoding="utf-8")):
        if entry.get("fitted") is False and not heldout:
            continue
        out.append((entry["name"], (TESTS / "corpus" / entry["corpus"]).resolve(),
                    (TESTS / "corpus" / entry["profile"]).resolve()))
    known = {name for name, _, _ in out}
    for name in include:
        if name not in known:
            out.append((name, TESTS / "corpus" / f"{name}.jsonl", TESTS / "corpus" / f"{name}.yaml"))
    for path in sorted((TESTS / "harmless").glob("*.jsonl")):
        out.append(("harmless-" + path.stem, path, path.with_suffix(".yaml")))
    return out


def run(category: str, name: str, corpus: Path, profile: Path, tmp: Path, models) -> dict[str, dict]:
    """Post id -> {expected, found, findings, text} for one corpus (``models``: the store the
    corpora's engines share)."""
    from sm_lint.engine import Engine, Overrides
    from sm_lint.profile import load
    from tests import labelled

    records = labelled.records(corpus)
    posts = labelled.posts_as_given(records, tmp, f"{name}.jsonl")
    engine = Engine(load(profile), models=models, overrides=Overrides(select=[category]))
    found = {post.post_id: [f for f in findings if f.severity != "info" and f.category == category]
             for post, findings in engine.check(posts)}
    return {r["id"]: {"expected": category in r.get("expect", []), "found": bool(found[r["id"]]),
                      "findings": [f"{f.rule}: {f.excerpt[:70]!r}" for f in found[r["id"]]],
                      "text": r["text"]} for r in records}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("category", choices=CATEGORIES)
    ap.add_argument("--save", metavar="FILE", help="keep the per-post results in FILE (JSON)")
    ap.add_argument("--base", metavar="FILE", help="list the posts whose result differs from FILE")
    ap.add_argument("--heldout", action="store_true", help="also run the corpora marked fitted: false")
    ap.add_argument("--include", action="append", default=[], metavar="NAME", help="a corpus not yet listed")
    ap.add_argument("--only", metavar="NAMES", help="comma-separated corpus names to run")
    args = ap.parse_args(argv)

    todo = cases(args.heldout, args.include)
    if args.only:
        keep = set(args.only.split(","))
        todo = [c for c in todo if c[0] in keep]
    results: dict[str, dict] = {}
    total = Counter()
    from sm_lint.models import ModelStore
    models = ModelStore()       # loaded once, not once per corpus
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus, profile in todo:
            got = run(args.category, name, corpus, profile, Path(tmp), models)
            counts = Counter(("tp" if r["expected"] else "fp") if r["found"] else ("fn" if r["expected"] else "tn")
                             for r in got.values())
            total.update(counts)
            results.update({f"{name} {post_id}": r for post_id, r in got.items()})
            print(f"{name:24s} tp {counts['tp']:3d} fp {counts['fp']:3d} fn {counts['fn']:3d}", flush=True)
    precision = total["tp"] / max(1, total["tp"] + total["fp"])
    recall = total["tp"] / max(1, total["tp"] + total["fn"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"total {args.category}: tp {total['tp']} fp {total['fp']} fn {total['fn']}  "
          f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    if args.save:
        Path(args.save).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    if args.base:
        base = json.loads(Path(args.base).read_text(encoding="utf-8"))
        changed = [(key, r) for key, r in results.items() if key in base and base[key]["found"] != r["found"]]
        print(f"{len(changed)} post(s) changed against {args.base}")
        for key, r in changed:
            verdict = "FIXED" if r["found"] == r["expected"] else "REGRESSION"
            print(f"  {verdict}: {key} expected={r['expected']} now={r['found']} {r['findings']}\n"
                  f"      {r['text'][:200]!r}")
        if any(r["found"] != r["expected"] for _, r in changed):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
