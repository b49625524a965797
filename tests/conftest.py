"""Fixtures shared by the test modules: where the checked-in example inputs live.

Paths are resolved from this file, not the working directory, so the suite passes from
any folder pytest is started in.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "examples"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_jsonl() -> Path:
    """The real Arabic article the project started from (Putin's visit to India, 2025-12-04)."""
    return EXAMPLES / "articles" / "seed.jsonl"


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    """The seed plus the invented `sample-*` articles (see examples/articles/README.md)."""
    return EXAMPLES / "articles"


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    """Deliberately broken input; examples/bad/README.md says what each record tests."""
    return EXAMPLES / "bad"
