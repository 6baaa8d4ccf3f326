"""Rebuild the trained classifiers in ``models/``.

    python -m sm_lint.train                 # every model, every language
    python -m sm_lint.train --only offensive
    python -m sm_lint.train --only opinion --lang de

Each model folder ``models/<name>/`` has a ``config.cfg`` (the textcat component and the
training settings) and names its data there (``[sm_lint] data``). The public offensive-
language data sets are read from the shared data folder (``../shared/data`` next to the
checkout, or ``$SM_LINT_DATA``); the other models' data is in ``models/<name>/data/``.

The build is deterministic: fixed seeds, one thread, sorted input, a fixed shuffling order,
and only the weights are written, so a rebuild gives byte-identical files (compare
``checksums.sha256``).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Iterable, Optional  # noqa: E402

from spacy.util import fix_random_seed, minibatch  # noqa: E402
from thinc.api import Adam, Config  # noqa: E402

from . import models as sm_models  # noqa: E402
from . import paths  # noqa: E402
from .nlp import blank_pipeline  # noqa: E402

Item = tuple[str, dict[str, bool]]  # text, {label: bool}


# ---------------------------------------------------------------------------------------
# data


def shared_data_dir() -> Path:
    env = os.environ.get("SM_LINT_DATA")
    if env:
        return Path(env)
    return paths.models_dir().resolve().parent.parent / "shared" / "data"


def read_germeval(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        text = parts[0].replace("|LBR|", "\n").strip()
        items.append((text, {"offensive": parts[1].strip() == "OFFENSE"}))
    return items


def read_davidson(path: Path) -> list[Item]:
    items = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            items.append((row["tweet"].strip(), {"offensive": row["class"].strip() in ("0", "1")}))
    return items


_GROUPS: dict[str, str] = {}  # text -> template id, for a grouped dev split


def read_jsonl(path: Path, labels: list[str]) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            got = set(rec.get("labels", []))
            items.append((rec["text"], {label: label in got for label in labels}))
            if rec.get("template"):
                _GROUPS[rec["text"]] = str(rec["template"])
    return items


def load_items(folder: Path, cfg: Config, lang: str, data_dir: Optional[Path]) -> list[Item]:
    spec = cfg["sm_lint"]["data"][lang]
    labels = list(cfg["sm_lint"]["labels"])
    kind, _, rel = spec.partition(":")
    if kind == "germeval":
        items = read_germeval((data_dir or shared_data_dir()) / rel)
    elif kind == "davidson":
        items = read_davidson((data_dir or shared_data_dir()) / rel)
    elif kind == "jsonl":
        items = read_jsonl(folder / rel, labels)
    else:
        raise ValueError(f"unknown data kind in {spec!r}")
    # deterministic order independent of the file's order; drop exact duplicates
    seen: dict[str, dict[str, bool]] = {}
    for text, cats in items:
        if text and text not in seen:
            seen[text] = cats
    return sorted(seen.items())


def split(items: list[Item], fraction: float, seed: int) -> tuple[list[Item], list[Item]]:
    """Stratified split (by label combination) into train and dev.

    Posts generated from the same template (``"template"`` in the JSONL) stay on one side,
    so the dev metrics measure unseen wording, not memorised templates.
    """
    strata: dict[tuple, dict[str, list[Item]]] = {}
    for item in items:
        key = tuple(sorted(k for k, v in item[1].items() if v))
        unit = _GROUPS.get(item[0], item[0])
        strata.setdefault(key, {}).setdefault(unit, []).append(item)
    rng = random.Random(seed)
    train, dev = [], []
    for key in sorted(strata):
        units = sorted(strata[key])
        rng.shuffle(units)
        n_dev = round(len(units) * fraction)
        for i, unit in enumerate(units):
            (dev if i < n_dev else train).extend(strata[key][unit])
    return sorted(train), sorted(dev)


# ---------------------------------------------------------------------------------------
# training and evaluation


def evaluate(model, docs, golds: list[dict[str, bool]], labels: list[str],
             threshold: float = 0.5) -> dict:
    scores = model.ops.to_numpy(model.predict(docs)) if docs else []
    out: dict = {}
    for j, label in enumerate(labels):
        tp = fp = fn = tn = 0
        for row, gold in zip(scores, golds):
            pred = row[j] >= threshold
            if pred and gold[label]:
                tp += 1
            elif pred:
                fp += 1
            elif gold[label]:
                fn += 1
            else:
                tn += 1

        def prf(tp_, fp_, fn_):
            p = tp_ / (tp_ + fp_) if tp_ + fp_ else 0.0
            r = tp_ / (tp_ + fn_) if tp_ + fn_ else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return p, r, f

        p, r, f = prf(tp, fp, fn)
        pn, rn, fneg = prf(tn, fn, fp)
        out[label] = {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "macro_f1": round((f + fneg) / 2, 4),
            "macro_precision": round((p + pn) / 2, 4), "macro_recall": round((r + rn) / 2, 4),
            "n_dev": len(golds), "n_pos": tp + fn,
        }
    return out


def training_settings(cfg: Config, lang: str) -> dict:
    """``[training]`` with the ``[training.<lang>]`` overrides applied."""
    base = {k: v for k, v in cfg["training"].items() if not isinstance(v, dict)}
    base.update(cfg["training"].get(lang, {}))
    return base


def train_model(cfg: Config, lang: str, train: list[Item], dev: list[Item],
                log=print, folder: Optional[Path] = None) -> tuple[object, dict]:
    """Train the textcat network of ``cfg`` on ``train``; return (model, dev metrics)."""
    tcfg = training_settings(cfg, lang)
    seed = int(tcfg["seed"])
    labels = list(cfg["sm_lint"]["labels"])
    fix_random_seed(seed)
    nlp = blank_pipeline(lang)
    train_docs = list(nlp.pipe([t for t, _ in train]))
    dev_docs = list(nlp.pipe([t for t, _ in dev]))
    exclusive = bool(cfg["components"]["textcat"]["model"].get("exclusive_classes", False))
    if exclusive:
        raise ValueError("use exclusive_classes = false (one sigmoid output per label)")
    import numpy

    examples_y = numpy.asarray([[1.0 if c[label] else 0.0 for label in labels] for _, c in train],
                               dtype="float32")
    model = sm_models.build_model(cfg, len(labels), folder, lang)
    model.initialize(X=train_docs[:10], Y=model.ops.asarray2f(examples_y[:10]))
    optimizer = Adam(float(tcfg["learn_rate"]), L2=float(tcfg.get("l2", 0.0)),
                     grad_clip=float(tcfg.get("grad_clip", 1.0)))
    dropout = float(tcfg.get("dropout", 0.0))
    batch_size = int(tcfg["batch_size"])
    rng = random.Random(seed)
    order = list(range(len(train_docs)))
    pos_weight = float(tcfg.get("pos_weight", 1.0))
    for epoch in range(int(tcfg["max_epochs"])):
        rng.shuffle(order)
        t0 = time.time()
        loss = 0.0
        for batch in minibatch(order, size=batch_size):
            docs = [train_docs[i] for i in batch]
            y = model.ops.asarray2f(examples_y[batch])
            if dropout:
                for node in model.walk():
                    if "dropout_rate" in node.attrs:
                        node.attrs["dropout_rate"] = dropout
            scores, backprop = model.begin_update(docs)
            d = scores - y
            if pos_weight != 1.0:
                d = d * (1.0 + (pos_weight - 1.0) * y)
            loss += float((d ** 2).sum())
            backprop(d / len(batch))
            model.finish_update(optimizer)
        if log and dev_docs:
            m = evaluate(model, dev_docs, [c for _, c in dev], labels)
            summary = " ".join(f"{k}={v['macro_f1']:.3f}" for k, v in m.items())
            log(f"  epoch {epoch + 1}: loss {loss:.1f} dev macro-F1 {summary} ({time.time() - t0:.1f}s)")
    if optimizer.averages and tcfg.get("use_averages", True):  # as spaCy does
        for node in model.walk():
            for param in node.param_names:
                key = (node.id, param)
                if key in optimizer.averages:
                    node.set_param(param, optimizer.averages[key])
    metrics = evaluate(model, dev_docs, [c for _, c in dev], labels) if dev_docs else {}
    return model, metrics


def build(name: str, langs: Optional[Iterable[str]] = None, models_dir: Optional[Path] = None,
          data_dir: Optional[Path] = None, log=print) -> dict:
    """Rebuild ``models/<name>`` for ``langs`` (default: all in its config)."""
    log = log or (lambda *_: None)
    folder = (models_dir or paths.models_dir()) / name
    cfg = sm_models.model_config(folder)
    labels = list(cfg["sm_lint"]["labels"])
    all_langs = list(cfg["sm_lint"]["langs"])
    results = {}
    for lang in langs or all_langs:
        if lang not in all_langs:
            continue
        items = load_items(folder, cfg, lang, data_dir)
        train, dev = split(items, float(cfg["training"]["dev_fraction"]), int(cfg["training"]["seed"]))
        log(f"{name}/{lang}: {len(train)} train, {len(dev)} dev")
        model, metrics = train_model(cfg, lang, train, dev, log=log, folder=folder)
        out = folder / lang
        out.mkdir(parents=True, exist_ok=True)
        for old in out.iterdir():
            if old.is_file():
                old.unlink()
        info = {"name": name, "lang": lang, "labels": labels,
                "threshold": float(cfg["components"]["textcat"].get("threshold", 0.5)),
                "n_train": len(train), "n_dev": len(dev), "dev_metrics": metrics}
        if cfg["sm_lint"].get("input", "text") != "text":
            info["input"] = cfg["sm_lint"]["input"]
        (out / "cfg").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        (out / "model").write_bytes(model.to_bytes())
        results[lang] = metrics
        log(f"{name}/{lang}: " + json.dumps(metrics))
    sm_models.write_checksums(folder)
    return results


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sm_lint.train", description=__doc__.split("\n")[0])
    parser.add_argument("--only", action="append", help="model name (repeatable); default: all")
    parser.add_argument("--lang", action="append", help="language (repeatable); default: all")
    parser.add_argument("--models-dir", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=None, help="shared data folder")
    args = parser.parse_args(argv)
    store = sm_models.ModelStore(args.models_dir)
    names = args.only or store_names(store.models_dir)
    for name in names:
        build(name, args.lang, args.models_dir, args.data_dir)
    return 0


def store_names(models_dir: Path) -> list[str]:
    return sorted(p.name for p in models_dir.iterdir() if (p / sm_models.CONFIG).is_file())


if __name__ == "__main__":
    sys.exit(main())
