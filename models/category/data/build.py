"""Write ``de.jsonl`` and ``en.jsonl``: the posts of the labelled corpora, profile names masked.

    python models/category/data/build.py

Reads the corpora listed in ``tests/corpus/corpora.yaml``, except the development corpus
(it measures, it never teaches), those marked ``fitted: false`` (held out: they estimate
how sm-lint does on companies it has not seen) and ``fitted: rules`` (rules were changed for
them, the model has not learnt them yet), and the harmless posts in ``clean/`` (each
``NAME.jsonl`` with its profile ``NAME.yaml``). Each post is read by sm-lint's pipeline with
its corpus's profile, and every name the profile entity component marks is replaced by a word
for its kind, after a word for the account (``sm_lint.entities.masked_text``: "xpersonalx",
"xcompetitorx", "xcodenamex" …), the input the model reads at run time. A record: ``{"text", "labels", "template"}``, ``labels`` being the
post's expected categories and ``template`` its corpus (the training command keeps a corpus
together on one side of its train/dev split). The output is sorted, so it does not depend on
the order of the list.
"""
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from sm_lint.engine import Engine  # noqa: E402
from sm_lint.entities import ACCOUNT_KEY, masked_text  # noqa: E402
from sm_lint.profile import load  # noqa: E402

CORPORA = ROOT / "tests" / "corpus" / "corpora.yaml"
OUT = Path(__file__).resolve().parent


def sources():
    """(name, corpus, profile) of every corpus the model learns from."""
    for entry in yaml.safe_load(CORPORA.read_text(encoding="utf-8")):
        if entry["name"] == "development" or entry.get("fitted", True) in (False, "rules"):
            continue
        yield entry["name"], CORPORA.parent / entry["corpus"], CORPORA.parent / entry["profile"]
    for corpus in sorted((OUT / "clean").glob("*.jsonl")):
        yield f"clean-{corpus.stem}", corpus, corpus.with_suffix(".yaml")


def records():
    for name, corpus, profile in sources():
        engine = Engine(load(profile), warn=lambda msg: None)
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            post = json.loads(line)
            doc = engine.nlp(post["lang"])(post["text"])
            doc.user_data[ACCOUNT_KEY] = post.get("account", "personal")
            yield post["lang"], {"text": masked_text(doc), "labels": sorted(post["expect"]), "template": name}


def main() -> None:
    by_lang: dict[str, list[dict]] = {}
    for lang, rec in records():
        by_lang.setdefault(lang, []).append(rec)
    for lang, recs in sorted(by_lang.items()):
        recs.sort(key=lambda r: (r["template"], r["text"]))
        with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{lang}: {len(recs)} posts from {len({r['template'] for r in recs})} corpora")


if __name__ == "__main__":
    main()
