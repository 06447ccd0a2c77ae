"""Helpers shared by the test modules: the repository root, par run in-process, exact JSON.

Imported as ``from helpers import ...``: pytest (default ``prepend`` import mode) puts ``tests/``
on ``sys.path`` for the test modules, as it does for ``fuzz.generators``. The fixtures are in
``conftest.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from par_cli.cli import app

REPO = Path(__file__).resolve().parent.parent
"""The repository root (``criteria/``, ``examples/``, ``README.md``)."""

runner = CliRunner()

# ---- par in-process --------------------------------------------------------------------------


def par(*args: str | Path, env: Mapping[str, str | None] | None = None) -> Result:
    """Run ``par ARGS...`` in-process and return the click result.

    Whatever the exit code, no traceback reaches the user and no exception but ``SystemExit``
    escapes; typer's multi-line error panel is used for bad options only (a usage error), never
    for a problem in the input (SPEC §4)."""
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
