"""Filled-in workbooks read the way Excel shows them, bounded like YAML files (docs/formats.md,
"Spreadsheets"; docs/spreadsheets.md): a percentage cell is the percentage shown, a formula
without a stored result is an error, text typed as a number follows the one rule for typed
numbers, and a file that declares a million rows or expands to gigabytes is refused in a moment.
What a sheet hides (hidden rows and columns, cells merged over rows) is said.

Every sheet whose first row is a ``format`` row (in English or Vietnamese) is a par sheet: a
submission, or a criteria set when its format is ``par-criteria/1``. Every problem is located at
its cell, ``FILE.xlsx:Sheet!C12``; every read of the workbook is guarded, so a damaged file is a
problem, never a traceback.
"""

from __future__ import annotations

import contextlib
import math
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from par_cli.checks import NUMBER_PLACES
from par_cli.errors import UsageError
from par_cli.limits import Limits
from par_cli.loader import MisreadNumber
from par_cli.messages import Message, MessageError
from par_cli.models import CRITERIA_FORMAT, NOT_APPLICABLE
from par_cli.optional import openpyxl_module
from par_cli.problems import Finding, Loc, Problem, Severity
from par_cli.sheet_layout import Layout, scan
from par_cli.sheet_words import SUBMISSION_FIELDS, lookup
from par_cli.words import typed_number, yes_no

# A template has a row per leaf (a few thousand at most) and a dozen columns: far past these a
# file is not a filled template, and reading it all would take minutes and gigabytes.
MAX_ROWS = 20_000
MAX_COLUMNS = 64
UNCOMPRESSED_FACTOR = 5  # the uncompressed contents may be this many times --max-file-size
_PLACES = re.compile(r"\.([0#?]+)")


def letter(column: int) -> str:
    """1 -> A, 27 -> AA."""
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


@dataclass
class SheetData:
    """Plain data read from one sheet, as YAML would give it, and where each part came from
    (``cells``: a place in the data -> the cell it was read from)."""

    sheet: str
    data: dict[str, Any]
    cells: dict[Loc, str] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)  # leaf id -> rule, from the sheet
    refused: set[str] = field(default_factory=set)  # cells whose value has an error said

    def locate(self, workbook: str, finding: Finding) -> Problem:
        loc = finding.loc
        if finding.message.key == "schema.missing":  # the empty cell of that field
            missing = (*loc, str(dict(finding.message.params)["name"]))
            loc = missing if missing in self.cells else loc
        while loc and loc not in self.cells:
            loc = loc[:-1]
        cell = self.cells.get(loc, "A1")
        return Problem(f"{workbook}:{self.sheet}!{cell}", 0, 0, finding.severity, finding.message)


@dataclass
class Sheet:
    """A par sheet as read: its rows of cells, and the reader that turns cells into values
    and collects the problems of its cells."""

    title: str
    kind: str  # "submission" or "criteria"
    rows: list[list[Any]]
    reader: CellReader


def read_workbook(path: Path, limits: Limits) -> tuple[list[Sheet], list[Problem]]:
    """Every par sheet of the workbook, and the problems of the file (its size, its layout);
    the problems of cells are collected by each sheet's reader as its cells are read."""
    with warnings.catch_warnings():  # openpyxl warns on stderr of what par reports itself
        warnings.simplefilter("ignore")
        return _read_workbook(path, limits)


def _read_workbook(path: Path, limits: Limits) -> tuple[list[Sheet], list[Problem]]:
    shown = str(path)
    refusal = _refuse_size(path, shown, limits)
    if refusal is not None:
        return [], [refusal]
    openpyxl = openpyxl_module()
    try:
        formulas = _formula_cells(openpyxl, path)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as e:
        raise UsageError(Message.of("path.missing-file", path=shown)) from e
    except PermissionError as e:
        raise UsageError(Message.of("path.permission", path=shown)) from e
    except _TooLarge as e:
        return [], [Problem.of(f"{shown}:{e.sheet}", 0, 0, Severity.ERROR, e.key,
                               limit=e.limit)]
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        return [], [_unreadable(shown, e)]
    found: list[Sheet] = []
    problems: list[Problem] = []
    try:
        for worksheet in book.worksheets:
            reader = CellReader(shown, worksheet.title, formulas.get(worksheet.title, set()))
            try:
                rows = _par_rows(worksheet)
                if rows is None:
                    continue  # not a par sheet (an instructions sheet, a list, a chart)
                layout = scan(path, getattr(worksheet, "_worksheet_path", None), MAX_ROWS)
            except _TooLarge as e:
                problems.append(Problem.of(f"{shown}:{worksheet.title}", 0, 0, Severity.ERROR,
                                           e.key, limit=e.limit))
                continue
            except Exception as e:  # a damaged sheet: said, and the other sheets still read
                problems.append(_unreadable(f"{shown}:{worksheet.title}", e))
                continue
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                reader.at("A1", "xlsx.hidden-sheet", Severity.WARNING)
            _hidden_parts(reader, rows, layout)
            kind = "criteria" if _text(rows[0], 1) == CRITERIA_FORMAT else "submission"
            found.append(Sheet(worksheet.title, kind, rows, reader))
    finally:
        _close(book)
    if not found and not problems:
        problems.append(Problem.of(shown, 1, 1, Severity.ERROR, "xlsx.no-template"))
    return found, problems


def _text(row: list[Any], index: int) -> str | None:
    cell = row[index] if len(row) > index else None
    value = getattr(cell, "value", None)
    return value.strip() if isinstance(value, str) else None


def _par_rows(worksheet: Any) -> list[list[Any]] | None:
    """The sheet's rows (never more than the declared-size-proof limits allow), or None when
    its first row is not a ``format`` row."""
    worksheet.reset_dimensions()  # never trust the declared size (A1:XFD1048576)
    rows: list[list[Any]] = []
    for number, row in enumerate(worksheet.iter_rows(), start=1):
        if number > MAX_ROWS:
            raise _TooLarge(worksheet.title, "xlsx.too-many-rows", MAX_ROWS)
        if len(row) > MAX_COLUMNS and any(c.value is not None for c in row[MAX_COLUMNS:]):
            raise _TooLarge(worksheet.title, "xlsx.too-many-columns", MAX_COLUMNS)
        rows.append(list(row[:MAX_COLUMNS]))
        if number == 1:
            label = _text(rows[0], 0)
            if label is None or lookup("field", SUBMISSION_FIELDS, label) != "format":
                return None
    return rows or None


def _hidden_parts(reader: CellReader, rows: list[list[Any]], layout: Layout) -> None:
    """Warnings for hidden rows and columns that hold something par reads, and errors for
    cells merged over several rows (a value Excel shows on each row, par would read once)."""
    def filled(row: list[Any]) -> bool:
        return any(getattr(c, "value", None) not in (None, "") for c in row)

    for number in sorted(layout.hidden_rows):
        if number <= len(rows) and filled(rows[number - 1]):
            reader.at(f"A{number}", "xlsx.hidden-row", Severity.WARNING, row=number)
    for column in sorted(layout.hidden_columns):
        used = [n for n, row in enumerate(rows, start=1) if len(row) >= column
                and getattr(row[column - 1], "value", None) not in (None, "")]
        if used:
            reader.at(f"{letter(column)}{used[0]}", "xlsx.hidden-column", Severity.WARNING,
                      column=letter(column))
    for ref, first, _last in layout.merged:
        if first <= len(rows):
            reader.at(ref.split(":")[0], "xlsx.merged", cells=ref, row=first)


class _TooLarge(Exception):
    def __init__(self, sheet: str, key: str, limit: int) -> None:
        super().__init__(key)
        self.sheet, self.key, self.limit = sheet, key, limit


def _refuse_size(path: Path, shown: str, limits: Limits) -> Problem | None:
    """The file's size, and the size of its contents once uncompressed (a zip bomb is a small
    file), checked before anything is parsed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise UsageError(Message.of("path.missing-file", path=shown)) from e
    if size > limits.max_bytes:
        return Problem.of(shown, 1, 1, Severity.ERROR, "too-large.size",
                          size=f"{size / 1048576:.1f}",
                          limit=f"{limits.max_bytes / 1048576:g}")
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except PermissionError as e:
        raise UsageError(Message.of("path.permission", path=shown)) from e
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        return _unreadable(shown, e)
    most = limits.max_bytes * UNCOMPRESSED_FACTOR
    if expanded > most:
        return Problem.of(shown, 1, 1, Severity.ERROR, "too-large.uncompressed",
                          size=f"{expanded / 1048576:.1f}", limit=f"{most / 1048576:g}")
    return None


def _formula_cells(openpyxl: Any, path: Path) -> dict[str, set[str]]:
    """The cells of each template sheet that hold a formula (read without the stored results,
    which is the only way to tell a formula whose result was never stored from a blank)."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    found: dict[str, set[str]] = {}
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # never trust the declared size (A1:XFD1048576)
            cells: set[str] = set()
            for number, row in enumerate(sheet.iter_rows(), start=1):
                if number > MAX_ROWS:
                    raise _TooLarge(sheet.title, "xlsx.too-many-rows", MAX_ROWS)
                for cell in row[:MAX_COLUMNS]:
                    if getattr(cell, "data_type", None) == "f":
                        cells.add(cell.coordinate)
            found[sheet.title] = cells
    finally:
        _close(book)
    return found


def _close(book: Any) -> None:
    with contextlib.suppress(Exception):  # closing a damaged archive
        book.close()


def _unreadable(shown: str, error: BaseException) -> Problem:
    return Problem.of(shown, 0, 0, Severity.ERROR, "xlsx.unreadable",
                      error=type(error).__name__)


class CellReader:
    """Cells of one sheet read as values, with the problems of its cells."""

    def __init__(self, workbook: str, sheet: str, formulas: set[str]) -> None:
        self.workbook, self.sheet, self.formulas = workbook, sheet, formulas
        self.problems: list[Problem] = []
        self.refused: set[str] = set()

    def at(self, cell: str, key: str, severity: Severity = Severity.ERROR,
           **params: object) -> None:
        if severity is Severity.ERROR:
            self.refused.add(cell)
        self.problems.append(Problem.of(f"{self.workbook}:{self.sheet}!{cell}", 0, 0, severity,
                                        key, **params))

    def value(self, cell: Any, where: str, rule: str | None = None) -> Any:
        """A cell's value as the submission's YAML would give it, read as Excel shows it."""
        if cell is None:
            return None
        raw = getattr(cell, "value", None)
        formula = where in self.formulas or getattr(cell, "coordinate", where) in self.formulas
        if raw is None:
            if formula:
                self.at(where, "xlsx.formula-no-value")
            return None
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (datetime, date, time)):
            self.at(where, "xlsx.date", value=str(raw))
            return None
        if isinstance(raw, (int, float)):
            return self.number(raw, str(getattr(cell, "number_format", "General") or "General"),
                               where, formula, rule)
        text = str(raw).strip()
        if text == "":
            return None
        answer = yes_no(text)
        if answer is not None:
            return answer
        if lookup("value", ("na",), text) == "na":
            return NOT_APPLICABLE  # "không áp dụng", the Vietnamese template's word
        try:
            number = typed_number(text)  # the one rule for numbers typed as text
        except MessageError as e:  # refused where it stands, like 1:27.5 in YAML
            return MisreadNumber(text, e.message.key.rsplit(".", 1)[-1])
        return text if number is None else number

    def text(self, cell: Any, where: str) -> str | bool | None:
        """A cell that holds text (a name, an id): a number typed there is its text, a whole
        number without its ``.0``; yes/no words stay text."""
        raw = getattr(cell, "value", None) if cell is not None else None
        if raw is None:
            if where in self.formulas:
                self.at(where, "xlsx.formula-no-value")
            return None
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (int, float)):
            if isinstance(raw, float) and not math.isfinite(raw):
                self.at(where, "xlsx.not-finite")
                return None
            return str(int(raw)) if float(raw).is_integer() else repr(raw)
        if isinstance(raw, (datetime, date, time)):
            return str(raw)
        text = str(raw).strip()
        return text or None

    def identifier(self, cell: Any, where: str) -> str | None:
        """An id: text as typed; a whole number as its digits; a number that is not whole is
        refused, since 1.10 typed in a number cell is stored as 1.1, another id."""
        raw = getattr(cell, "value", None) if cell is not None else None
        if isinstance(raw, float) and math.isfinite(raw) and not raw.is_integer():
            self.at(where, "xlsx.id-number", value=repr(raw))
            return None
        text = self.text(cell, where)
        return None if text is None else str(text)

    def number(self, raw: int | float, number_format: str, where: str, formula: bool,
               rule: str | None) -> Decimal | None:
        if isinstance(raw, float) and not math.isfinite(raw):
            self.at(where, "xlsx.not-finite")
            return None
        value = Decimal(raw) if isinstance(raw, int) else Decimal(repr(raw))
        percent = "%" in number_format
        if percent:
            value = value * 100  # 0.875 shown as 87.5 % is 87.5
        places = -value.normalize().as_tuple().exponent  # type: ignore[operator]
        if formula and places > NUMBER_PLACES:
            self.at(where, "xlsx.formula-places", value=plain_number(value),
                    places=NUMBER_PLACES)
            return None
        shown_places = _shown_places(number_format)
        if shown_places is not None and places > shown_places:
            shown = value.quantize(Decimal(1).scaleb(-shown_places), rounding="ROUND_HALF_UP")
            self.at(where, "xlsx.shown-differs", Severity.WARNING,
                    shown=plain_number(shown) + (" %" if percent else ""),
                    value=plain_number(value))
        if rule == "percent" and not percent and 0 < value <= 1:
            self.at(where, "xlsx.percent-fraction", Severity.WARNING, value=plain_number(value),
                    times=plain_number(value * 100))
        return value


def _shown_places(number_format: str) -> int | None:
    """How many decimals a number format shows (``0.00`` 2, ``0%`` 0); None for General."""
    section = number_format.split(";")[0]
    if section in ("General", "@", ""):
        return None
    match = _PLACES.search(section)
    return len(match.group(1)) if match else 0


def plain_number(value: Decimal | int | str) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)
