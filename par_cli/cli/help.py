"""How ``--help`` names what an option takes: ``PATH``, ``N``, ``[table|json]``, and nothing
for a flag — not typer's ``<list[Path]>``, ``<int range>`` or ``{paths}...`` — and how a bad
option value is refused: "'0' is not in the range x>=1", not pydantic's "Value error, …" or
"Input should be greater than or equal to 1".

typer 0.29 builds these strings in a few functions with no setting to change them, so they are
replaced here, once, for the whole application (the texts only; parsing is untouched). Under
``--lang vi`` these refusals are said in Vietnamese, like every other error. They are typer's
internals, so ``pyproject.toml`` pins typer to 0.29.x; ``tests/test_surface.py`` fails if an
upgrade changes them.
"""

from __future__ import annotations

import io
import os
import re
import sys
from typing import IO, Any

from typer import _coercion, _param_types, core
from typer._click import exceptions
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


def _error_hint(self: Any) -> str:
    return f"'{_argument_name(self)}'"


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
_TYPER_MAIN = core._main
_USAGE_SHOW = exceptions.UsageError.show
_ERROR_SHOW = exceptions.ClickException.show
_ARGS: list[str] = []  # the command line of this run, read when a usage error is said

# click's refusals in Vietnamese (``--lang vi`` or ``PAR_LANG=vi``), line by line; the option
# names, values and the usage line itself stay as typed
_VIETNAMESE = (
    (r"^Usage: ", "Cách dùng: "),
    (r"^Try '(.+)' for help\.$", r"Xem '\1' để biết cách dùng."),
    (r"^Error: ", "Lỗi: "),
    (r"Invalid value for (.+?): ", r"giá trị không hợp lệ cho \1: "),
    (r"Invalid value: ", "giá trị không hợp lệ: "),
    (r"No such option: (\S+?)\.?( |$)", r"không có tùy chọn \1\2"),
    (r"\(Possible options: (.+)\)", r"(các tùy chọn gần giống: \1)"),
    (r"Did you mean (\S+?)\?", r"Có phải ý bạn là \1?"),
    (r"Missing argument '(.+)'\.", r"thiếu đối số '\1'."),
    (r"Missing option '(.+)'\.", r"thiếu tùy chọn '\1'."),
    (r"Got unexpected extra arguments? \((.+)\)", r"thừa đối số (\1)"),
    (r"Option '(.+)' requires an argument\.", r"tùy chọn '\1' cần một giá trị."),
    (r"No such command '(.+)'\.", r"không có lệnh '\1'."),
    (r"'(.*)' is not in the range (\S+)\.", r"'\1' nằm ngoài khoảng \2."),
    (r"'(.*)' is not a valid whole number\.", r"'\1' không phải là số nguyên."),
    (r"'(.*)' is not a valid number\.", r"'\1' không phải là số."),
    (r"'(.*)' is not one of (.+)\.$", r"'\1' không thuộc các giá trị \2."),
    (r"(File|Directory|Path) '(.+)' does not exist\.", r"không có '\2'."),
)


def _main(self: Any, *, args: Any = None, **kwargs: Any) -> Any:
    _ARGS[:] = list(args) if args is not None else sys.argv[1:]
    return _TYPER_MAIN(self, args=args, **kwargs)


def _vietnamese() -> bool:
    """``--lang vi`` on this command line, else ``PAR_LANG`` (a refusal may come before the
    options are read, so the command line is looked at as typed)."""
    for i, arg in enumerate(_ARGS):
        if arg == "--lang" and i + 1 < len(_ARGS):
            return _ARGS[i + 1].strip().lower().startswith("vi")
        if arg.startswith("--lang="):
            return arg[len("--lang="):].strip().lower().startswith("vi")
    return os.environ.get("PAR_LANG", "").strip().lower().startswith("vi")


def _in_vietnamese(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        for pattern, replacement in _VIETNAMESE:
            line = re.sub(pattern, replacement, line)
        lines.append(line)
    return "\n".join(lines)


def _shown(original: Any) -> Any:
    def show(self: Any, file: IO[Any] | None = None) -> None:
        buffer = io.StringIO()
        original(self, buffer)
        text = buffer.getvalue()
        (file if file is not None else sys.stderr).write(
            _in_vietnamese(text) if _vietnamese() else text)
    return show


def tidy() -> None:
    """Install the plain names (idempotent)."""
    replaced = ((core._TyperParameter, "display_type", _display_type),
                (core.TyperArgument, "_usage_display_name", _usage_name),
                (core.TyperArgument, "_rich_display_name", _argument_name),
                (core.TyperArgument, "display_type_rich", _argument_type),
                (core.TyperArgument, "get_error_hint", _error_hint),
                (_coercion, "get_error_msg", _error_text),  # each module imported typer's
                (_param_types, "get_error_msg", _error_text),  # function by name
                (core, "_main", _main),
                (exceptions.UsageError, "show", _shown(_USAGE_SHOW)),
                (exceptions.ClickException, "show", _shown(_ERROR_SHOW)))
    for owner, name, replacement in replaced:
        setattr(owner, name, replacement)
