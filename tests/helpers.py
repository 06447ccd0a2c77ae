"""Helpers shared by the test modules: the repository root, par run in-process, exact JSON.

Imported as ``from helpers import ...``: pytest (default ``prepend`` import mode) puts ``tests/``
on ``sys.path`` for the test modules, as it does for ``fuzz.generators``. The fixtures and the
Hypothesis profiles are in ``conftest.py``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from par_cli.cli import app

REPO = Path(__file__).resolve().parent.parent
"""The repository root (``criteria/``, ``examples/``, ``README.md``)."""

runner = CliRunner()

# ---- Hypothesis profiles (registered in conftest.py) -----------------------------------------

PROFILE_VARIABLE = "PAR_HYPOTHESIS_PROFILE"
PROFILE_SCALE = {"dev": 1, "ci": 4}  # ci: the whole suite stays near two minutes on 2 cores
"""How many times a test's own ``max_examples`` each profile runs: ``dev`` is the default (fast,
for every run of the suite), ``ci`` is the thorough run of ``.ci/run``."""


def profile() -> str:
    """The Hypothesis profile chosen by ``PAR_HYPOTHESIS_PROFILE`` (default ``dev``)."""
    name = os.environ.get(PROFILE_VARIABLE, "dev")
    if name not in PROFILE_SCALE:
        raise ValueError(f"{PROFILE_VARIABLE}={name!r}: expected one of {sorted(PROFILE_SCALE)}")
    return name


def examples(n: int) -> int:
    """``max_examples`` for a test that sets its own count: ``n`` under ``dev``, more under ``ci``.

    A test's explicit ``max_examples`` overrides the profile's, so a hard-coded count would run
    the same number of examples in CI as on a laptop; this scales it with the profile."""
    return n * PROFILE_SCALE[profile()]


# ---- par in-process --------------------------------------------------------------------------


def par(*args: str | Path, env: Mapping[str, str | None] | None = None) -> Result:
    """Run ``par ARGS...`` in-process and return the click result.

    Whatever the exit code, no traceback reaches the user and no exception but ``SystemExit``
    escapes; typer's multi-line error panel is used for bad options only (a usage error), never
    for a problem in the input (docs/exit-codes.md)."""
    result = runner.invoke(app, [str(a) for a in args], env=env)
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    if "╭" in result.stderr:
        assert result.exit_code == 2 and result.stderr.startswith("Usage: "), result.stderr
    return result


def cli(*args: str | Path) -> tuple[int, str, str]:
    """``par ARGS...`` as (exit code, stdout, stderr), with the checks of :func:`par`."""
    result = par(*args)
    return result.exit_code, result.stdout, result.stderr


def as_json(text: str) -> Any:
    """JSON with its numbers exact: decimals as ``Decimal`` (never float), integers as ``int``."""
    return json.loads(text, parse_float=Decimal)


# ---- the example years -----------------------------------------------------------------------


def _year_2024() -> Path:
    """2024's example folder (all 63 provinces)."""
    return REPO / "examples" / "provinces" / "2024"


YEARS = {2022: REPO / "examples" / "provinces" / "2022",
         2023: REPO / "examples" / "provinces" / "2023",
         2024: _year_2024()}
"""The example years of the provincial index, by year (tests follow whichever 2024 exists)."""
PUBLISHED = {year: REPO / "examples" / "published" / f"{year}.csv" for year in YEARS}
"""The same years as published results tables (examples/generate_published.py writes them)."""
