"""Filled-in workbooks read the way Excel shows them, bounded like YAML files (docs/formats.md,
"Spreadsheets"): a percentage cell is the percentage shown, a formula without a stored result is
an error, text typed as a number follows the one rule for typed numbers, and a file that
declares a million rows or expands to gigabytes is refused in a moment.

Every problem is located at its cell, ``FILE.xlsx:Sheet!C12``; every read of the workbook is
guarded, so a damaged file is a problem, never a traceback.
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
from par_cli.optional import openpyxl_module
from par_cli.problems import Finding, Problem, Severity
from par_cli.words import typed_number, yes_no

HEADER_FIELDS = ("format", "criteria", "year", "unit", "name", "name_vi", "group", "ranked")
TABLE_HEADERS = ("id", "name", "rule", "max", "allowed values", "self", "appraised", "note",
                 "evidence")
COL = {name: i + 1 for i, name in enumerate(TABLE_HEADERS)}
# A template has a row per leaf (a few thousand at most) and nine columns: far past these a
# file is not a filled template, and reading it all would take minutes and gigabytes.
MAX_ROWS = 20_000
MAX_COLUMNS = 64
UNCOMPRESSED_FACTOR = 5  # the uncompressed contents may be this many times --max-file-size
_PLACES = re.compile(r"\.([0#?]+)")


@dataclass
class SheetSubmission:
    """A submission read from one sheet: plain data as YAML would give, and where each came
    from (``cells``: a place in the data -> the cell it was read from)."""

    sheet: str
    data: dict[str, Any]
    cells: dict[tuple[str | int, ...], str] = field(default_factory=dict)
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


def read_workbook(path: Path, limits: Limits) -> tuple[list[SheetSubmission], list[Problem]]:
    """Every sheet that starts with a ``format`` row is one submission; every problem of every
    sheet is reported (a sheet with problems is still read to the end)."""
    with warnings.catch_warnings():  # openpyxl warns on stderr of what par reports itself
        warnings.simplefilter("ignore")
        return _read_workbook(path, limits)


def _read_workbook(path: Path, limits: Limits) -> tuple[list[SheetSubmission], list[Problem]]:
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
    found: list[SheetSubmission] = []
    problems: list[Problem] = []
    try:
        for sheet in book.worksheets:
            reader = _SheetReader(shown, sheet.title, formulas.get(sheet.title, set()))
            try:
                submission = reader.read(sheet)
            except _TooLarge as e:
                problems.append(Problem.of(f"{shown}:{sheet.title}", 0, 0, Severity.ERROR, e.key,
                                           limit=e.limit))
                continue
            except Exception as e:  # a damaged sheet: said, and the other sheets still read
                problems.append(_unreadable(f"{shown}:{sheet.title}", e))
                continue
            problems += reader.problems
            if submission is not None:
                found.append(submission)
    finally:
        _close(book)
    if not found and not problems:
        problems.append(Problem.of(shown, 1, 1, Severity.ERROR, "xlsx.no-template"))
    return found, problems


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


class _SheetReader:
    """One sheet read into a submission, with the problems of its cells."""

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

    def read(self, sheet: Any) -> SheetSubmission | None:
        sheet.reset_dimensions()  # never trust the declared size
        rows: list[list[Any]] = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number > MAX_ROWS:
                raise _TooLarge(self.sheet, "xlsx.too-many-rows", MAX_ROWS)
            if len(row) > MAX_COLUMNS and any(c.value is not None for c in row[MAX_COLUMNS:]):
                raise _TooLarge(self.sheet, "xlsx.too-many-columns", MAX_COLUMNS)
            rows.append(list(row[:MAX_COLUMNS]))
            if number == 1 and (not row or row[0].value != "format"):
                return None  # not a template sheet (an instructions sheet, a chart)
        if not rows:
            return None
        sub = SheetSubmission(self.sheet, {})
        header_end = 0
        for number, row in enumerate(rows, start=1):
            key = row[0].value if row else None
            if key == "id":
                header_end = number
                break
            if isinstance(key, str) and key in HEADER_FIELDS:
                cell = row[1] if len(row) > 1 else None
                value = self.value(cell, f"B{number}") if cell is not None else None
                if value is not None:
                    if key in ("unit", "name", "name_vi", "group", "criteria", "format"):
                        value = value if isinstance(value, (bool, str)) else _plain_number(value)
                    if key == "year" and isinstance(value, Decimal) and value == int(value):
                        value = int(value)
                    sub.data[key] = value
                sub.cells[(key,)] = f"B{number}"
        sub.cells[()] = "A1"
        sub.cells[("scores",)] = f"A{header_end or 1}"
        sub.data["scores"] = self.scores(rows[header_end:], header_end, sub)
        sub.refused = self.refused
        return sub

    def scores(self, rows: list[list[Any]], offset: int,
               sub: SheetSubmission) -> dict[str, Any]:
        scores: dict[str, Any] = {}
        first_row: dict[str, int] = {}
        for number, row in enumerate(rows, start=offset + 1):
            cells = row + [None] * (len(TABLE_HEADERS) - len(row))

            def cell_of(name: str, cells: list[Any] = cells) -> Any:
                return cells[COL[name] - 1]

            id_cell = cell_of("id")
            raw_id = id_cell.value if id_cell is not None else None
            if raw_id is None or str(raw_id).strip() == "":
                continue
            if isinstance(raw_id, float) and not raw_id.is_integer():
                # an id typed as a number: 1.10 is stored as 1.1, and that is another id
                self.at(f"A{number}", "xlsx.id-number", value=repr(raw_id))
                continue
            node_id = str(int(raw_id)) if isinstance(raw_id, (int, float)) else str(
                raw_id).strip()
            if node_id in first_row:
                self.at(f"A{number}", "duplicate-key.row", id=node_id,
                        first=f"A{first_row[node_id]}")
                continue
            first_row[node_id] = number
            rule_cell = cell_of("rule")
            if rule_cell is not None and isinstance(rule_cell.value, str):
                sub.rules[node_id] = rule_cell.value
            self_cell, appraised_cell = cell_of("self"), cell_of("appraised")
            self_at, appraised_at = f"F{number}", f"G{number}"
            own = self.value(self_cell, self_at, sub.rules.get(node_id))
            appraised = self.value(appraised_cell, appraised_at, sub.rules.get(node_id))
            note_cell, evidence_cell = cell_of("note"), cell_of("evidence")
            note = note_cell.value if note_cell is not None else None
            evidence_text = evidence_cell.value if evidence_cell is not None else None
            evidence = [part.strip() for part in str(evidence_text or "").replace("\n", ";")
                        .split(";") if part.strip()]
            sub.cells[("scores", node_id)] = self_at
            sub.cells[("scores", node_id, "self")] = self_at
            sub.cells[("scores", node_id, "appraised")] = appraised_at
            if own is None and appraised is None:
                continue  # left blank: uncovered, said at this cell (or left out on purpose)
            if appraised is None and not note and not evidence:
                scores[node_id] = own
                continue
            entry: dict[str, Any] = {}
            if own is not None:
                entry["self"] = own
            if appraised is not None:
                entry["appraised"] = appraised
            if note:
                entry["note"] = str(note)
            if evidence:
                entry["evidence"] = evidence
            scores[node_id] = entry
        return scores

    def value(self, cell: Any, where: str, rule: str | None = None) -> Any:
        """A cell's value as the submission's YAML would give it, read as Excel shows it."""
        if cell is None:
            return None
        raw = cell.value
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
        try:
            number = typed_number(text)  # the one rule for numbers typed as text
        except MessageError as e:  # refused where it stands, like 1:27.5 in YAML
            return MisreadNumber(text, e.message.key.rsplit(".", 1)[-1])
        return text if number is None else number

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
            self.at(where, "xlsx.formula-places", value=_plain_number(value),
                    places=NUMBER_PLACES)
            return None
        shown_places = _shown_places(number_format)
        if shown_places is not None and places > shown_places:
            shown = value.quantize(Decimal(1).scaleb(-shown_places), rounding="ROUND_HALF_UP")
            self.at(where, "xlsx.shown-differs", Severity.WARNING,
                    shown=_plain_number(shown) + (" %" if percent else ""),
                    value=_plain_number(value))
        if rule == "percent" and not percent and 0 < value <= 1:
            self.at(where, "xlsx.percent-fraction", Severity.WARNING, value=_plain_number(value),
                    times=_plain_number(value * 100))
        return value


def _shown_places(number_format: str) -> int | None:
    """How many decimals a number format shows (``0.00`` 2, ``0%`` 0); None for General."""
    section = number_format.split(";")[0]
    if section in ("General", "@", ""):
        return None
    match = _PLACES.search(section)
    return len(match.group(1)) if match else 0


def _plain_number(value: Decimal | int | str) -> str:
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    return str(value)
