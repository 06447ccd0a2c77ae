"""How ``--help`` names what an option takes: ``PATH``, ``N``, ``[table|json]``, and nothing
for a flag — not typer's ``<list[Path]>``, ``<int range>`` or ``{paths}...`` — and how a bad
option value is refused: "'0' is not in the range x>=1", not pydantic's "Value error, …" or
"Input should be greater than or equal to 1".

typer 0.29 builds these strings in a few functions with no setting to change them, so they are
replaced here, once, for the whole application (the texts only; parsing is untouched).
"""

from __future__ import annotations

from typing import Any

from typer import _coercion, _param_types, core
from typer._click.utils import _escape_control_characters as _escape

_PLAIN = {"list[Path]": "PATH", "Path": "PATH", "path": "PATH", "file": "FILE",
          "directory": "DIR", "int range": "N", "int": "N", "float": "NUMBER", "str": "TEXT",
          "list[str]": "TEXT", "text": "TEXT", "bool": ""}


def _display_type(self: Any, ctx: Any) -> str:
    shown = _TYPER_DISPLAY(self, ctx).strip("<>")
    if shown in _PLAIN:
        return _PLAIN[shown]
    if "|" in shown:
        return f"[{shown}]"
    return shown.upper()


def _argument_name(self: Any) -> str:
    return str(self.metavar or self.name.upper()) + ("..." if self.nargs != 1 else "")


def _usage_name(self: Any) -> str:
    return _argument_name(self) if self.required else f"[{_argument_name(self)}]"


def _argument_type(self: Any, ctx: Any) -> str | None:
    return None  # the argument's name (its metavar) says what it takes


def _error_text(exc: Any) -> str:
    """The first problem of a rejected option value, in the words click uses."""
    errors = exc.errors()
    if not errors:
        return _escape(str(exc))
    first = errors[0]
    given, kind, limits = first.get("input"), first.get("type", ""), first.get("ctx") or {}
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(limits.values()), "")
        sign = {"greater_than_equal": ">=", "less_than_equal": "<=", "greater_than": ">",
                "less_than": "<"}[kind]
        return _escape(f"{given!r} is not in the range x{sign}{bound}.")
    if kind.startswith("int_"):
        return _escape(f"{given!r} is not a valid whole number.")
    if kind.startswith(("float_", "decimal_")):
        return _escape(f"{given!r} is not a valid number.")
    return _escape(str(first.get("msg", exc)).removeprefix("Value error, "))


_TYPER_DISPLAY = core._TyperParameter.display_type


def tidy() -> None:
    """Install the plain names (idempotent)."""
    replaced = ((core._TyperParameter, "display_type", _display_type),
                (core.TyperArgument, "_usage_display_name", _usage_name),
                (core.TyperArgument, "_rich_display_name", _argument_name),
                (core.TyperArgument, "display_type_rich", _argument_type),
                (_coercion, "get_error_msg", _error_text),  # each module imported typer's
                (_param_types, "get_error_msg", _error_text))  # function by name
    for owner, name, replacement in replaced:
        setattr(owner, name, replacement)
