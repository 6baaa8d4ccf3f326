"""Detection quality: per-category scores on the labelled corpora, and the models' ablation.

    python benchmarks/quality.py            # writes docs/quality.md

1. The development corpus (../shared/corpus/posts.jsonl with its profile) and the held-out
   corpora in tests/corpus/ are measured with ../shared/tools/corpus_eval.py, once with the
   trained models and once with the rules alone (SM_LINT_MODELS pointing at no models).
2. The offensive-language models are measured where the word lists end: on the development
   split of the real tweets they were trained beside (GermEval 2018, Davidson et al. 2017;
   never trained on), comparing the netiquette category with and without the models.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sm_lint.rulepack import CATEGORIES  # noqa: E402

SHARED = ROOT.parent / "shared"
EVAL = SHARED / "tools" / "corpus_eval.py"
CORPUS_LIST = ROOT / "tests" / "corpus" / "corpora.yaml"      # the corpora, shared with tests/test_quality.py


def corpus_scores(corpus: Path, profile: Path, models: bool) -> dict:
    env = dict(os.environ)
    if not models:
        env["SM_LINT_MODELS"] = str(Path(tempfile.gettempdir()) / "sm-lint-no-models")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        proc = subprocess.run([sys.executable, str(EVAL), "--corpus", str(corpus), "--profile", str(profile),
                               "--cmd", f"{sys.executable} -m sm_lint", "--json-out", str(out)],
                              cwd=ROOT, env=env, check=False, capture_output=True, text=True)
        if not out.is_file():
            raise RuntimeError(f"corpus_eval.py gave no scores for {corpus.name} (exit {proc.returncode}):\n"
                               f"{proc.stderr[-3000:]}")
        return json.loads(out.read_text())


def _harmless() -> str:
    """The harmless posts of tests/harmless/ flagged, with the rules alone and with the models."""
    folder = ROOT / "tests" / "harmless"
    counts = {True: 0, False: 0}
    total = 0
    for corpus in sorted(folder.glob("*.jsonl")):
        n = sum(1 for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip())
        total += n
        for models in (False, True):
            counts[models] += round(corpus_scores(corpus, corpus.with_suffix(".yaml"), models)["clean_fpr"] * n)
    return (f"Harmless posts (`tests/harmless/`: {total} posts of four invented companies, none of which breaks "
            f"the guideline): {counts[False]} flagged by the rules alone, {counts[True]} with the models.")


def tweet_ablation() -> list[tuple]:
    """Netiquette on the tweets' development split: rules alone vs. rules and models."""
    from sm_lint import train
    from sm_lint.engine import Engine, Overrides
    from sm_lint.inputs import read_text
    from sm_lint.models import model_config
    from sm_lint.paths import models_dir
    from sm_lint.profile import Profile

    cfg = model_config(models_dir() / "offensive")
    rows = []
    for lang in ("de", "en"):
        items = train.load_items(models_dir() / "offensive", cfg, lang, None)
        _, dev = train.split(items, float(cfg["training"]["dev_fraction"]), int(cfg["training"]["seed"]))
        for use_models in (False, True):
            engine = Engine(Profile(company=""), models=use_models, overrides=Overrides(lang=lang, select=["netiquette"]))
            posts = [read_text(text)[0] for text, _ in dev]
            t0 = time.perf_counter()
            flagged = [any(f.severity != "info" for f in findings) for _, findings in engine.check(posts)]
            wall = time.perf_counter() - t0
            gold = [labels["offensive"] for _, labels in dev]
            tp = sum(f and g for f, g in zip(flagged, gold))
            fp = sum(f and not g for f, g in zip(flagged, gold))
            fn = sum(g and not f for f, g in zip(flagged, gold))
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            rows.append((lang, "rules + models" if use_models else "rules alone", len(dev), prec, rec, f1, wall))
    return rows


def _path(relative: str) -> Path:
    """A path of the corpus list, relative to the list's folder (no symbolic links resolved)."""
    return Path(os.path.normpath(CORPUS_LIST.parent / relative))


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _number(n: int) -> str:
    """``n`` in words, up to ninety-nine."""
    if n < 20:
        return _NUMBERS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _NUMBERS[n % 10] if n % 10 else "")
    return str(n)


def _enumerate(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _wrapped(text: str, width: int = 96) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width)


def _short(entry: dict) -> str:
    return entry["title"].replace("held-out corpus ", "").strip("()")


def _unfitted(held_out: list[dict]) -> str:
    """A note on the corpora not used for both: ``fitted: model`` (training data of the category
    model only), ``fitted: rules`` (rules only) and ``fitted: false`` (neither)."""
    model = [_short(c) for c in held_out if c.get("fitted") == "model"]
    rules = [_short(c) for c in held_out if c.get("fitted") == "rules"]
    none = [_short(c) for c in held_out if c.get("fitted") is False]
    parts = []
    if model:
        parts.append(f"{_enumerate(model)}, written after the category model was built, measured with it "
                     f"first and then only added to its training data")
    if rules:
        parts.append(f"{_enumerate(rules)}, written after the category model was built, measured with it first, "
                     f"then used for rules but not (yet) added to its training data")
    if none:
        parts.append(f"{_enumerate(none)}, written after the last round and used neither for rules nor for the "
                     f"model (their scores show how rules and model do on companies neither has learnt from)")
    return (", except " + "; and ".join(parts)) if parts else ""


def _model_unseen(entry: dict) -> bool:
    """The category model has not learnt from this corpus (it measures the model): not among the
    sources of its data builder, which alone decides what the model learns."""
    return entry["name"] != "development" and entry["name"] not in _learnt()


@functools.lru_cache(maxsize=1)
def _learnt() -> frozenset:
    spec = importlib.util.spec_from_file_location("category_data", ROOT / "models" / "category" / "data" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return frozenset(name for name, _, _ in build.sources())


def _clean_posts(entry: dict) -> int:
    lines = _path(entry["corpus"]).read_text(encoding="utf-8").splitlines()
    return sum(1 for line in lines if line.strip() and not json.loads(line)["expect"])


def _instead(with_models: int, rules_only: int) -> str:
    return f"as many as the rules alone ({with_models})" if with_models == rules_only else f"{with_models} instead of {rules_only}"


def _reading(summary) -> str:
    """What the ablation shows: the category model learnt from every corpus except the development
    corpus and those not fitted yet, so only these measure it."""
    unseen = [(w, r, _clean_posts(c)) for _, w, r, c in summary if _model_unseen(c)]
    dev = [(w, r) for _, w, r, c in summary if c["name"] == "development"]
    text = ("Reading the tables: the category model (`models/category`) learnt from the posts of every corpus "
            "above except the development corpus and those marked `fitted: false` or `fitted: rules`, so on the "
            "corpora it learnt from its rise says nothing about new companies.")
    if unseen:
        def mean(xs):
            return sum(xs) / len(xs)

        flagged = [(round(w["clean_fpr"] * n), round(r["clean_fpr"] * n)) for w, r, n in unseen]
        text += (f" On the {_number(len(unseen))} corpora kept out of its data the models raise macro-F1 from "
                 f"{mean([r['macro_f1'] for _, r, _ in unseen]):.3f} to {mean([w['macro_f1'] for w, _, _ in unseen]):.3f} "
                 f"on average and flag {_instead(*map(sum, zip(*flagged)))} of their {sum(n for _, _, n in unseen)} "
                 f"clean posts.")
    if dev:
        (w, r), = dev
        text += (" On the development corpus they change nothing." if w == r else
                 f" On the development corpus: macro-F1 {r['macro_f1']:.3f} → {w['macro_f1']:.3f}.")
    return text


def main() -> int:
    corpora = yaml.safe_load(CORPUS_LIST.read_text(encoding="utf-8"))
    held_out = [c for c in corpora if "industry" in c]
    lines = ["# Detection quality", "",
             f"Measured on {time.strftime('%Y-%m-%d')} with Python {platform.python_version()}. Reproduce with",
             "", "    python benchmarks/quality.py", "",
             "which runs `../shared/tools/corpus_eval.py` on each corpus (a post counts as flagged for a",
             "category when sm-lint reports an `error` or `warning` of it) and writes this file.",
             "The development corpus is the one the rule packs were tuned on. The held-out corpora in",
             *_wrapped(f"`tests/corpus/` were written for {_number(len(held_out))} other, invented companies "
                       f"({_enumerate([c['industry'] for c in held_out])}) by writers who did not see the rules, one "
                       f"after the other. Each was then used to find rules that did not generalise, so its scores "
                       f"below are after that round{_unfitted(held_out)}. Their first measurements, before any rule "
                       f"had seen them, are the fair estimate for posts and companies sm-lint has not met:"),
             "", "| corpus | first measurement (macro-F1, clean posts flagged) | measured with |", "|---|---|---|"]
    lines += [f"| {c['title']} | {c['first'][0]:.3f}, {c['first'][1]:.1f} % | "
              f"{'rules and category model' if 'model' in (c.get('fitted'), c.get('first_with')) else 'rules'} |"
              for c in corpora if "first" in c]
    lines.append("")
    summary = []
    for entry in corpora:
        title, corpus, profile = entry["title"], _path(entry["corpus"]), _path(entry["profile"])
        if not corpus.is_file():
            continue
        with_models = corpus_scores(corpus, profile, True)
        rules_only = corpus_scores(corpus, profile, False)
        lines += [f"## {title}", "", f"`{corpus.relative_to(ROOT.parent)}`, {with_models['posts']} posts, profile "
                  f"`{profile.relative_to(ROOT.parent)}`.", "",
                  "| category | posts | tp | fp | fn | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for cat in CATEGORIES:
            c = with_models["per_category"][cat]
            lines.append(f"| {cat} | {c['pos']} | {c['tp']} | {c['fp']} | {c['fn']} | {c['prec']:.2f} | {c['rec']:.2f} | {c['f1']:.2f} |")
        lines += ["", f"Macro-F1 **{with_models['macro_f1']:.3f}**, clean posts flagged **{with_models['clean_fpr']:.1%}**, "
                  f"posts with exactly the expected categories {with_models['exact']}/{with_models['posts']}.", ""]
        summary.append((title, with_models, rules_only, entry))
    lines += ["## Ablation: what the trained models add", "",
              "Corpora, with the models and with the rules alone:", "",
              "| corpus | macro-F1 rules alone | macro-F1 rules + models | clean FPR rules alone | clean FPR rules + models |",
              "|---|---:|---:|---:|---:|"]
    for title, with_models, rules_only, _ in summary:
        lines.append(f"| {title} | {rules_only['macro_f1']:.3f} | {with_models['macro_f1']:.3f} | "
                     f"{rules_only['clean_fpr']:.1%} | {with_models['clean_fpr']:.1%} |")
    lines += ["", *_wrapped(_harmless())]
    rows = tweet_ablation()
    lines += ["", "Netiquette on real tweets (development split of GermEval 2018 and Davidson et al. 2017, which",
              "the models never saw; a tweet counts as flagged when any netiquette rule reports it):", "",
              "| language | configuration | tweets | precision | recall | F1 | seconds |", "|---|---|---:|---:|---:|---:|---:|"]
    for lang, conf, n, prec, rec, f1, wall in rows:
        lines.append(f"| {lang} | {conf} | {n} | {prec:.2f} | {rec:.2f} | {f1:.2f} | {wall:.1f} |")
    lines += ["", *_wrapped(_reading(summary))]
    lines += ["On real tweets, where",
              "insults come without listed words, the offensive-tone model raises recall. It reports with",
              "an angry signal (emoji, `!!!`) at 0.7 (`netiquette-offensive-tone`) and, in German only, on",
              "its own when very sure, at 0.8 (`netiquette-offensive-language`; not in posts of remembrance:",
              "one about Nazi crimes scored 0.81). In English its character n-grams misfire on harmless words",
              "(\"Scunthorpe\" 0.99, \"Reading Dickens\" 0.90), so it never reports there without an angry signal.",
              "The stance model's `disparaging` score backs the",
              "competitor rules (`competitor-disparaging-tone`, a competitor in the same sentence, score 0.6);",
              "on most corpora the word rules already catch those posts, and it adds no false positive.",
              "Its `opinion` and `promotion` scores are not used. A disclaimer rule on `opinion` (personal",
              "account, the company, a product or a competitor in the sentence the model scores highest, no",
              "private-opinion marker or disclosure) adds one held-out post at threshold 0.9 and a false",
              "positive at 0.85; `promotion` adds no post and fires on phishing-style calls to log in. The",
              "measurements are in `docs/models.md` (\"Opinion and promotion in rules\"); tried out of sample",
              "on four corpora written afterwards, the opinion rule found none of the posts the word rules missed.", ""]
    (ROOT / "docs" / "quality.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
