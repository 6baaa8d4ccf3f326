"""Where the bundled rule packs and models live.

In a source checkout (or an editable install) they are the top-level ``rules/`` and
``models/`` folders; an installed wheel carries them as ``sm_lint/_rules`` and
``sm_lint/_models`` (mapped in ``setup.cfg``).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _first_existing(env: str, *candidates: Path) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override)
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[0]


@lru_cache(maxsize=None)
def rules_dir() -> Path:
    return _first_existing("SM_LINT_RULES", _PKG / "_rules", _PKG.parent / "rules")


@lru_cache(maxsize=None)
def models_dir() -> Path:
    return _first_existing("SM_LINT_MODELS", _PKG / "_models", _PKG.parent / "models")
