from __future__ import annotations

from pathlib import Path

import pytest

from sm_lint.engine import Engine
from sm_lint.profile import load

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def profile():
    return load(FIXTURES / "profile.yaml")


@pytest.fixture(scope="session")
def engine(profile):
    return Engine(profile)
