"""Separability of the stance scores on the labelled corpora (prints numbers only, no texts).

    python models/stance/corpus_separability.py [MODELS_DIR]

For each corpus: ROC AUC of `disparaging` for posts expected to give a `competitor` finding
vs. all other posts, and of `opinion` / `promotion` for `disclaimer` vs. all others (each post
scored with the model of its "lang", both languages pooled), the score distribution of the
clean posts (no expected finding) and the threshold that flags at most 2 % of them.
"""
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sm_lint.models import ModelStore  # noqa: E402
from sm_lint.nlp import blank_pipeline  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "corpus" / "posts.jsonl", ROOT / "tests" / "corpus" / "brightwave.jsonl",
           ROOT / "tests" / "corpus" / "veloxa.jsonl"]
PAIRS = [("disparaging", "competitor"), ("opinion", "disclaimer"), ("promotion", "disclaimer")]


def auc(pos, neg) -> float:
    pos, neg = np.asarray(pos, dtype=float), np.asarray(neg, dtype=float)
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def two_percent_threshold(clean) -> float:
    clean = np.sort(np.asarray(clean, dtype=float))
    return float(clean[int(np.ceil(0.98 * len(clean))) - 1])


def main(models_dir=None) -> None:
    store = ModelStore(Path(models_dir) if models_dir else None)
    nlps = {}
    means = {pair: [] for pair in PAIRS}
    for path in CORPORA:
        if not path.is_file():
            print(f"{path}: not found")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        scores = [None] * len(rows)
        for lang in sorted({r["lang"] for r in rows}):
            idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
            nlp = nlps.setdefault(lang, blank_pipeline(lang))
            out = store.classifier("stance", lang).score_docs(list(nlp.pipe([rows[i]["text"] for i in idx])))
            for i, s in zip(idx, out):
                scores[i] = s
        for label, tag in PAIRS:
            pos = [s[label] for s, r in zip(scores, rows) if tag in r["expect"]]
            neg = [s[label] for s, r in zip(scores, rows) if tag not in r["expect"]]
            clean = [s[label] for s, r in zip(scores, rows) if not r["expect"]]
            a = auc(pos, neg)
            means[(label, tag)].append(a)
            t = two_percent_threshold(clean)
            print(f"{path.stem:11s} {label:11s} vs {tag:10s} AUC {a:.3f} | clean n={len(clean)} median "
                  f"{np.median(clean):.2f} p90 {np.percentile(clean, 90):.2f} max {max(clean):.2f} | "
                  f"positives n={len(pos)} median {np.median(pos):.2f} | 2 % threshold {t:.2f}: "
                  f"{100 * np.mean(np.asarray(pos) > t):.0f} % of positives above")
    for (label, tag), values in means.items():
        print(f"mean AUC {label} vs {tag}: {np.mean(values):.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
