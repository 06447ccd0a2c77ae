"""Shared fixtures; the shared functions are in helpers.py."""

from __future__ import annotations

import pytest
from helpers import REPO


@pytest.fixture
def at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root (paths such as examples/provinces/2023 as the README writes
    them), without colour and in English whatever the caller's PAR_LANG."""
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("PAR_LANG", raising=False)
