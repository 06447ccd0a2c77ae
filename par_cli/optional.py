"""Guards for optional dependencies (openpyxl; vl-convert-python and pypdf): a leaf module (it
imports nothing of par's but messages and errors), so a reporter can check for an extra without
reaching the core."""

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


def vl_convert_module() -> ModuleType:
    """vl-convert-python (the ``[report]`` extra), which draws the report's charts without a
    browser, or a usage error (exit 2) saying how to install it."""
    try:
        import vl_convert
    except ImportError as e:
        raise UsageError(Message.of("report.no-vl-convert")) from e
    return vl_convert


def pypdf_module() -> ModuleType:
    """pypdf (the ``[report]`` extra), which joins the report's PDF pages, or a usage error."""
    try:
        import pypdf
    except ImportError as e:
        raise UsageError(Message.of("report.no-pypdf")) from e
    return pypdf
