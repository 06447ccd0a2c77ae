"""Shared fixtures and the Hypothesis profiles; the shared functions are in helpers.py.

Hypothesis profiles, chosen by the environment variable ``PAR_HYPOTHESIS_PROFILE``:

- ``dev`` (the default): few examples, so that the whole suite stays quick on a laptop;
- ``ci``: four times as many examples, no deadline, derandomized (the same examples on every run,
  so that a red build can be reproduced); ``.ci/run`` selects it.

Tests that set their own ``max_examples`` write it as ``examples(n)`` (helpers.py), which scales
with the profile.
"""

from __future__ import annotations

import pytest
from helpers import PROFILE_SCALE, REPO, profile
from hypothesis import settings

DEV_EXAMPLES = 50

settings.register_profile("dev", max_examples=DEV_EXAMPLES)
settings.register_profile("ci", max_examples=DEV_EXAMPLES * PROFILE_SCALE["ci"], deadline=None,
                          derandomize=True, database=None, print_blob=True)
settings.load_profile(profile())


def pytest_report_header() -> str:
    return f"hypothesis profile: {profile()} (set PAR_HYPOTHESIS_PROFILE=dev|ci)"


@pytest.fixture
def at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root (paths such as examples/provinces/2023 as the README writes
    them), without colour and in English whatever the caller's PAR_LANG."""
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("PAR_LANG", raising=False)
