"""Guards for optional dependencies: a leaf module (it imports nothing of par's but messages and
errors), so a reporter can check for an extra without reaching the core."""

from __future__ import annotations

from types import ModuleType

from par_cli.errors import UsageError
from par_cli.messages import Message


def openpyxl_module() -> ModuleType:
    """openpyxl (the ``[xlsx]`` extra), or a usage error (exit 2) saying how to install it."""
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise UsageError(Message.of("import.no-openpyxl")) from e
    return openpyxl
