"""Spreadsheets: the fill-in template (xlsx) of a criteria set, and filled workbooks imported
back into submissions (read cell by cell in ``workbook.py``). openpyxl is an optional extra
(``pip install 'par-cli[xlsx]'``); without it these raise a clear error. A problem in a filled
sheet is located by its cell: ``FILE.xlsx:Sheet!C12``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from par_cli.batch import check_submission
from par_cli.catalog import Catalog
from par_cli.limits import Limits
from par_cli.models import SUBMISSION_FORMAT
from par_cli.optional import openpyxl_module
from par_cli.problems import Finding, Problem, Severity
from par_cli.scoring import CriteriaIndex
from par_cli.template import leaf_rows
from par_cli.workbook import COL, HEADER_FIELDS, TABLE_HEADERS, SheetSubmission, read_workbook

FIRST_ROW = len(HEADER_FIELDS) + 3  # a blank row, then the table header, then leaves


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
        "unit": unit or "", "name": unit.replace("-", " ").title() if unit else "",
        "name_vi": "", "group": "", "ranked": "yes",
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
class Imported:
    unit: str
    place: str  # FILE.xlsx:Sheet
    data: dict[str, Any]


def import_workbooks(
    paths: Sequence[Path], catalog: Catalog, limits: Limits, allow_missing: bool = False
) -> tuple[list[Imported], list[Problem]]:
    """Filled sheets back into submissions, validated as ``par check`` validates a file, every
    problem of every workbook in one run; two sheets or workbooks for one unit are an error
    naming both places. With ``allow_missing``, blank leaves are left out of ``scores:``."""
    imported: list[Imported] = []
    problems: list[Problem] = []
    for path in paths:
        sheets, found = read_workbook(path, limits)
        problems += found
        for sheet in sheets:
            submission, _, findings = check_submission(sheet.data, catalog, allow_missing)
            located = [p for f in findings for p in _located(sheet, str(path), f)]
            problems += located
            if submission is not None and not any(p.is_error for p in located):
                imported.append(Imported(submission.unit, f"{path}:{sheet.sheet}",
                                         _plain(sheet.data)))
    first: dict[str, Imported] = {}
    for item in imported:
        if item.unit in first:
            problems.append(Problem.of(f"{item.place}!B4", 0, 0, Severity.ERROR,
                                       "duplicate-unit.sheet", unit=item.unit,
                                       other=first[item.unit].place))
        else:
            first[item.unit] = item
    return imported, sorted(problems)


def _located(sheet: SheetSubmission, workbook: str, finding: Finding) -> list[Problem]:
    """A finding at its cell; leaves without a score at their own blank cells."""
    if finding.message.key.startswith("uncovered"):
        blank = [(("scores", node_id), node_id) for node_id in _uncovered_ids(finding)]
        if blank and all(loc in sheet.cells for loc, _ in blank):
            # a cell whose value was refused (a formula without a result) is said once
            return [Problem.of(f"{workbook}:{sheet.sheet}!{sheet.cells[loc]}", 0, 0,
                               finding.severity, "uncovered.blank", id=node_id)
                    for loc, node_id in blank if sheet.cells[loc] not in sheet.refused]
    return [sheet.locate(workbook, finding)]


def _uncovered_ids(finding: Finding) -> list[str]:
    params = dict(finding.message.params)
    return [part.strip() for part in str(params.get("all", params.get("ids", ""))).split(",")
            if part.strip()]


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional fields so the written YAML reads like a hand-written one."""
    return {k: v for k, v in data.items() if v not in (None, "")}
