"""Time per rule: which rules a check spends its time in.

    python benchmarks/rules.py [--lang en] [--n 1000] [--top 25] [--profile PATH]

Generates ``--n`` posts of one language (``benchmarks/make_corpus.py``, seed 7), runs the
pipeline over them once, then asks every compiled rule of that language for its hits in each
post, in the order and with the per-post context a check uses, and prints the time each rule
takes per post (best of three passes) and the total. A rule that refers to another
(``{rule: ID}``) pays for it when it is the first to ask in a post, as in a check.

Use it before and after changing a rule pack: a new pattern without a literal that its
matches begin with, or a word list searched for obfuscated spellings, shows here at once.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402


def rule_times(engine, posts, lang: str, passes: int = 3) -> dict[str, float]:
    """Rule id -> seconds over all ``posts`` (the best of ``passes``)."""
    from sm_lint.ruletypes.requires import Batch

    engine.prepare({lang})
    docs = list(engine.nlp(lang).pipe(p.text for p in posts))
    compiled = engine.compiled(lang)
    best: dict[str, float] = {}
    clock = time.perf_counter
    for _ in range(passes):
        spent = dict.fromkeys((rule.id for rule, _ in compiled), 0.0)
        batch = Batch(docs, frozenset())
        for post, doc in zip(posts, docs):
            ctx = engine.context(post, lang)
            ctx.batch = batch
            for rule, matcher in compiled:
                t = clock()
                matcher.find(doc, ctx)
                spent[rule.id] += clock() - t
        for rule_id, seconds in spent.items():
            best[rule_id] = min(best.get(rule_id, seconds), seconds)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["de", "en"], default="en")
    ap.add_argument("--n", type=int, default=1000, help="posts (default 1000)")
    ap.add_argument("--top", type=int, default=25, help="rules to list (default 25; 0: all)")
    ap.add_argument("--profile", default=None, help="company profile (default: the development corpus "
                                                     "profile if present, else examples/profile.yaml)")
    args = ap.parse_args(argv)

    from sm_lint import profile as profiles
    from sm_lint.engine import Engine, Overrides
    from sm_lint.inputs import collect

    dev_profile = Path("/work/shared/corpus/nordlicht.yaml")
    path = Path(args.profile) if args.profile else (dev_profile if dev_profile.is_file()
                                                     else ROOT / "examples" / "profile.yaml")
    engine = Engine(profiles.load(path), overrides=Overrides(lang=args.lang))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / f"posts-{args.lang}.jsonl"
        corpus.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n"
                                  for rec in make_corpus.generate(args.n, lang=args.lang)), encoding="utf-8")
        posts = list(collect([str(corpus)], [], set(), None, sys.stdin.buffer))
    times = rule_times(engine, posts, args.lang)
    total = sum(times.values())
    ranked = sorted(times.items(), key=lambda kv: -kv[1])
    print(f"{len(times)} rules, {len(posts)} {args.lang} posts: {total / len(posts) * 1000:.3f} ms per post "
          f"in the rules (best of 3 passes)")
    for rule_id, seconds in ranked[:args.top or None]:
        print(f"{seconds / len(posts) * 1000:8.4f} ms  {seconds / total:6.1%}  {rule_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
