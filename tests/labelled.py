"""A labelled corpus read as sm-lint gets it from ``../shared/tools/corpus_eval.py``: the posts
without their labels (id, text, account, platform; no language), through the reader the
command uses. Shared by ``tests/test_quality.py`` and ``benchmarks/rulediff.py``."""
from __future__ import annotations

import json
from pathlib import Path

from sm_lint.inputs import read_path

GIVEN = ("id", "text", "account", "platform")


def records(corpus: Path) -> list[dict]:
    """The labelled records of a ``.jsonl`` corpus, in order."""
    return [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def posts_as_given(labelled: list[dict], tmp: Path, name: str) -> list:
    """The posts of ``labelled`` as corpus_eval.py gives them to sm-lint (written to ``tmp/name``
    and read back), in the same order."""
    given = tmp / name
    given.write_text("".join(json.dumps({k: r[k] for k in GIVEN if k in r}, ensure_ascii=False) + "\n"
                             for r in labelled), encoding="utf-8")
    posts = list(read_path(given, given.name))
    assert [p.post_id for p in posts] == [r["id"] for r in labelled], f"{name}: posts read back out of order"
    return posts
