"""Cells a spreadsheet opens safely: text from input files is never a live formula (a name of
"=HYPERLINK(…)" stays text), never holds a character a workbook refuses, and numbers stay
numbers. Shared by the CSV and xlsx writers (docs/commands.md, "Output files")."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from par_cli.messages import visible

# a spreadsheet reads a cell starting with these as a formula (or a DDE command)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# characters the xlsx format cannot hold (openpyxl refuses them)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_BAD = re.compile(r"[\\/?*\[\]:]")
# Excel keeps 15 significant digits; a whole number beyond what a double holds exactly is
# written as text rather than rounded (or refused: a rank of 10**400)
_EXACT_INT = 2**53


def csv_text(value: str) -> str:
    """Text for a CSV cell: a leading formula character is neutralised with an apostrophe,
    the usual practice, so that Excel and LibreOffice show the text."""
    return "'" + value if value.startswith(FORMULA_START) else value


def xlsx_value(value: Any) -> tuple[Any, bool]:
    """The value for an xlsx cell and whether it must be stored as text (never a formula)."""
    if isinstance(value, bool) or value is None:
        return value, False
    if isinstance(value, int):
        return (value, False) if abs(value) < _EXACT_INT else (str(value), True)
    if isinstance(value, Decimal):
        if not value.is_finite() or value.copy_abs() >= _EXACT_INT:
            return str(value), True
        return value, False
    text = _ILLEGAL.sub(lambda m: visible(m.group()), str(value))
    return text, text.startswith(FORMULA_START)


def sheet_title(title: str, taken: set[str]) -> str:
    """A sheet title Excel accepts: no \\ / ? * [ ] :, at most 31 characters, not blank,
    unique in the workbook (case-insensitively)."""
    clean = _ILLEGAL.sub("", _SHEET_TITLE_BAD.sub("-", title)).strip("' ") or "sheet"
    candidate = clean[:31]
    number = 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate = clean[:31 - len(suffix)] + suffix
        number += 1
    taken.add(candidate.lower())
    return candidate
