"""Spreadsheets in: fill-in templates (xlsx) for a criteria set, and reading filled ones back.

The only module besides ``reporters/xlsx_format.py`` that imports openpyxl, which is an optional
extra (``pip install 'par-cli[xlsx]'``); without it every function here raises a clear error.
A problem in a filled sheet is located by its cell: ``FILE.xlsx:Sheet!C12``.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from par_cli.batch import submission_findings
from par_cli.catalog import Catalog
from par_cli.checks import validate
from par_cli.errors import UsageError
from par_cli.loader import MisreadNumber
from par_cli.messages import Message, MessageError
from par_cli.models import SUBMISSION_FORMAT, Submission
from par_cli.optional import openpyxl_module
from par_cli.problems import Finding, Problem, Severity
from par_cli.scoring import CriteriaIndex
from par_cli.template import leaf_rows
from par_cli.words import typed_number, yes_no

HEADER_FIELDS = ("format", "criteria", "year", "unit", "name", "name_vi", "group", "ranked")
TABLE_HEADERS = ("id", "name", "rule", "max", "allowed values", "self", "appraised", "note",
                 "evidence")
FIRST_ROW = len(HEADER_FIELDS) + 3  # a blank row, then the table header, then leaves
COL = {name: i + 1 for i, name in enumerate(TABLE_HEADERS)}
def template_xlsx(index: CriteriaIndex, unit: str | None, year: int | None) -> bytes:
    """A fill-in sheet: header fields, then one row per leaf with id, name, rule, max, allowed
    values (a drop-down list where the rule has one), and columns to fill."""
    openpyxl = openpyxl_module()
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    criteria = index.criteria
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Submission"
    values = {
        "format": SUBMISSION_FORMAT, "criteria": criteria.id,
        "year": year if year is not None else criteria.years[-1],
        "unit": unit or "", "name": "", "name_vi": "", "group": "", "ranked": "yes",
    }
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for row, name in enumerate(HEADER_FIELDS, start=1):
        sheet.cell(row=row, column=1, value=name).font = bold
        cell = sheet.cell(row=row, column=2, value=values[name])
        if name not in ("format", "criteria"):
            cell.fill = fill
    header_row = FIRST_ROW - 1
    for col, name in enumerate(TABLE_HEADERS, start=1):
        sheet.cell(row=header_row, column=col, value=name).font = bold
    row = FIRST_ROW
    for leaf in leaf_rows(index):
        sheet.cell(row=row, column=COL["id"], value=leaf.id)
        sheet.cell(row=row, column=COL["name"], value=leaf.name)
        sheet.cell(row=row, column=COL["rule"], value=leaf.rule.value)
        sheet.cell(row=row, column=COL["max"], value=Decimal(leaf.max))
        sheet.cell(row=row, column=COL["allowed values"], value=leaf.hint)
        for name in ("self", "appraised", "note", "evidence"):
            sheet.cell(row=row, column=COL[name]).fill = fill
        if leaf.allowed:
            listed = ",".join(leaf.allowed)
            if len(listed) <= 250:  # Excel's limit for an inline list
                check = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
                sheet.add_data_validation(check)
                check.add(sheet.cell(row=row, column=COL["self"]))
                check.add(sheet.cell(row=row, column=COL["appraised"]))
        row += 1
    widths = {"A": 10, "B": 48, "C": 10, "D": 8, "E": 48, "F": 12, "G": 12, "H": 30, "I": 30}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for cells in sheet.iter_rows(min_row=FIRST_ROW, max_row=row):
        for cell in cells:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=3)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass
class SheetSubmission:
    """A submission read from one sheet: plain data as YAML would give, and where each came from."""

    sheet: str
    data: dict[str, Any]
    cells: dict[tuple[str | int, ...], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def locate(self, workbook: str, finding: Finding) -> Problem:
        loc = finding.loc
        if finding.message.key == "schema.missing":  # the empty cell of that field
            missing = (*loc, str(dict(finding.message.params)["name"]))
            loc = missing if missing in self.cells else loc
        while loc and loc not in self.cells:
            loc = loc[:-1]
        cell = self.cells.get(loc, "A1")
        return Problem(f"{workbook}:{self.sheet}!{cell}", 0, 0, finding.severity, finding.message)


def cell_value(value: Any) -> Any:
    """A cell's value as a submission's YAML would give it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return value
        return Decimal(repr(value))
    text = str(value).strip()
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


def read_workbook(path: Path) -> tuple[list[SheetSubmission], list[Problem]]:
    """Every sheet that starts with a ``format`` row is one submission."""
    openpyxl = openpyxl_module()
    from openpyxl.utils import get_column_letter

    shown = str(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as e:
        raise UsageError(Message.of("path.missing-file", path=shown)) from e
    except PermissionError as e:
        raise UsageError(Message.of("path.permission", path=shown)) from e
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        return [], [Problem.of(shown, 1, 1, Severity.ERROR, "xlsx.unreadable",
                               error=type(e).__name__)]
    found: list[SheetSubmission] = []
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        if not rows or not rows[0] or rows[0][0] != "format":
            continue
        sub = SheetSubmission(sheet.title, {})
        header_end = 0
        for number, row in enumerate(rows, start=1):
            key = row[0] if row else None
            if key == "id":
                header_end = number
                break
            if isinstance(key, str) and key in HEADER_FIELDS:
                value = cell_value(row[1] if len(row) > 1 else None)
                if value is not None:
                    if key in ("unit", "name", "name_vi", "group", "criteria", "format"):
                        value = str(value) if not isinstance(value, bool) else value
                    if key == "year" and isinstance(value, Decimal) and value == int(value):
                        value = int(value)
                    sub.data[key] = value
                sub.cells[(key,)] = f"B{number}"
        sub.cells[()] = "A1"
        sub.cells[("scores",)] = f"A{header_end or 1}"
        scores: dict[str, Any] = {}
        for number, row in enumerate(rows[header_end:], start=header_end + 1):
            cells = list(row) + [None] * (len(TABLE_HEADERS) - len(row))
            node_id = cells[COL["id"] - 1]
            if node_id is None or str(node_id).strip() == "":
                continue
            node_id = str(node_id).strip()
            self_value = cell_value(cells[COL["self"] - 1])
            appraised = cell_value(cells[COL["appraised"] - 1])
            note = cells[COL["note"] - 1]
            evidence_cell = cells[COL["evidence"] - 1]
            evidence = [part.strip() for part in str(evidence_cell or "").replace("\n", ";")
                        .split(";") if part.strip()]
            letter = get_column_letter
            sub.cells[("scores", node_id)] = f"{letter(COL['self'])}{number}"
            sub.cells[("scores", node_id, "self")] = f"{letter(COL['self'])}{number}"
            sub.cells[("scores", node_id, "appraised")] = f"{letter(COL['appraised'])}{number}"
            if self_value is None and appraised is None:
                if note or evidence:
                    scores[node_id] = {"note": str(note) if note else None}
                continue  # left blank: reported as uncovered, like a missing YAML key
            if appraised is None and not note and not evidence:
                scores[node_id] = self_value
            else:
                entry: dict[str, Any] = {}
                if self_value is not None:
                    entry["self"] = self_value
                if appraised is not None:
                    entry["appraised"] = appraised
                if note:
                    entry["note"] = str(note)
                if evidence:
                    entry["evidence"] = evidence
                scores[node_id] = entry
        sub.data["scores"] = scores
        found.append(sub)
    book.close()
    if not found:
        return [], [Problem.of(shown, 1, 1, Severity.ERROR, "xlsx.no-template")]
    return found, []


@dataclass
class Imported:
    unit: str
    sheet: str
    data: dict[str, Any]


def import_workbook(path: Path, catalog: Catalog) -> tuple[list[Imported], list[Problem]]:
    """Filled sheets back into submissions, validated as ``par check`` validates a file."""
    sheets, problems = read_workbook(path)
    imported: list[Imported] = []
    for sheet in sheets:
        submission, findings = validate(Submission, sheet.data)
        if submission is not None:
            _, more = submission_findings(catalog, submission, allow_missing=False)
            findings = findings + more
        located = [sheet.locate(str(path), f) for f in findings]
        problems.extend(located)
        if submission is not None and not any(p.is_error for p in located):
            imported.append(Imported(submission.unit, sheet.sheet, _plain(sheet.data)))
    seen: dict[str, str] = {}
    for item in imported:
        if item.unit in seen:
            problems.append(Problem.of(f"{path}:{item.sheet}!B4", 0, 0, Severity.ERROR,
                                       "duplicate-unit.sheet", unit=item.unit,
                                       sheet=seen[item.unit]))
        seen[item.unit] = item.sheet
    return imported, sorted(problems)


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional fields so the written YAML reads like a hand-written one."""
    return {k: v for k, v in data.items() if v not in (None, "")}
