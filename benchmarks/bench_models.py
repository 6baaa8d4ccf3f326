"""Measure the trained classifiers: size on disk, load time, scoring speed.

    OMP_NUM_THREADS=1 python benchmarks/bench_models.py [--n 5000]

Scores every model of a language on the same posts (German posts with the German models,
English with the English ones), one core. Reports docs/second for classification of
already-tokenized docs (what the rule engine does) and, separately, for tokenizing.
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sm_lint import paths  # noqa: E402
from sm_lint.models import ModelStore  # noqa: E402
from sm_lint.nlp import blank_pipeline  # noqa: E402

POSTS = {
    "en": ["Excited to share that our team shipped the new release today! #proud",
           "Honestly the service at that place was terrible, never again.",
           "Join us at the Data Summit in Berlin, booth 12, see you there 👋",
           "Congrats to the whole team for an amazing quarter, well done everyone.",
           "shut up you idiot, nobody cares about your stupid opinion"],
    "de": ["Wir freuen uns, heute die neue Version vorzustellen! #stolz",
           "Ehrlich gesagt war der Service dort unterirdisch, nie wieder.",
           "Besucht uns auf der Messe in Köln, Halle 3, wir freuen uns auf euch 👋",
           "Glückwunsch an das ganze Team zu einem starken Quartal!",
           "Halt doch einfach die Klappe, du Vollidiot"],
}


def real_posts(lang: str, n: int) -> list[str]:
    """Real tweets from the shared data (varied vocabulary), when it is there."""
    from sm_lint import train

    data = train.shared_data_dir()
    try:
        if lang == "de":
            items = train.read_germeval(data / "germeval2018" / "germeval2018.training.txt")
        else:
            items = train.read_davidson(data / "davidson2017" / "labeled_data.train.csv")
    except OSError:
        return []
    texts = [t for t, _ in items]
    return (texts * (n // max(len(texts), 1) + 1))[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000, help="posts per language")
    ap.add_argument("--models-dir", type=Path, default=None)
    args = ap.parse_args()
    models_dir = args.models_dir or paths.models_dir()

    total = 0
    for f in sorted(models_dir.rglob("*")):
        if f.is_file() and f.parent.name in ("de", "en"):
            total += f.stat().st_size
    print(f"model files on disk: {total / 1e6:.2f} MB")

    store = ModelStore(models_dir)
    names = store.names()
    t0 = time.perf_counter()
    classifiers = {lang: [c for c in (store.classifier(n, lang) for n in names) if c]
                   for lang in ("de", "en")}
    load = time.perf_counter() - t0
    n_clf = sum(len(v) for v in classifiers.values())
    print(f"load {n_clf} classifiers ({', '.join(names)}): {load:.3f} s total")
    for w in store.warnings:
        print("warning:", w)

    grand_docs, grand_time = 0, 0.0
    for lang in ("de", "en"):
        nlp = blank_pipeline(lang)
        texts = real_posts(lang, args.n) or [f"{POSTS[lang][i % len(POSTS[lang])]} {i}"
                                             for i in range(args.n)]
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=256))
        tok = time.perf_counter() - t0
        for clf in classifiers[lang]:  # warm-up on other posts (the word cache starts cold)
            clf.score_docs(list(nlp.pipe(POSTS[lang])))
        t0 = time.perf_counter()
        for start in range(0, len(docs), 256):
            batch = docs[start:start + 256]
            for clf in classifiers[lang]:
                clf.score_docs(batch)
        cls = time.perf_counter() - t0
        grand_docs += len(docs)
        grand_time += cls
        print(f"{lang}: tokenize {len(docs) / tok:,.0f} posts/s; all {len(classifiers[lang])} "
              f"classifiers together {len(docs) / cls:,.0f} posts/s")
    print(f"overall classification: {grand_docs / grand_time:,.0f} posts/s (one core)")


if __name__ == "__main__":
    main()
