"""Filled workbooks imported back into par files: submission sheets into submissions, criteria
sheets (``criteria_sheet.py``) into criteria sets, each validated as ``par check`` validates a
file and every problem located at its cell, ``FILE.xlsx:Sheet!C12`` (docs/spreadsheets.md).
Cells are read in ``workbook.py``; openpyxl is an optional extra (``pip install
'par-cli[xlsx]'``); without it these raise a clear error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from par_cli.batch import check_submission
from par_cli.catalog import Catalog, LoadedCriteria
from par_cli.checks import check_criteria, validate
from par_cli.criteria_aside import rules_on_the_rest
from par_cli.criteria_sheet import read_criteria, table_columns
from par_cli.limits import Limits
from par_cli.loader import Document
from par_cli.models import CriteriaSet
from par_cli.problems import Finding, Problem, Severity
from par_cli.sheet_words import (
    RULE_NAMES,
    SUBMISSION_COLUMNS,
    SUBMISSION_FIELDS,
    closest,
    lookup,
)
from par_cli.workbook import Sheet, SheetData, letter, read_workbook

_TEXT_FIELDS = ("unit", "name", "name_vi", "group", "criteria", "format")
_FILLED = ("self", "appraised", "note", "evidence")  # what a person types on a leaf's row


@dataclass
class Imported:
    kind: str  # "submission" or "criteria"
    name: str  # the unit's id, or the criteria set's
    place: str  # FILE.xlsx:Sheet
    cell: str  # where the name was read
    data: dict[str, Any]

    @property
    def file_name(self) -> str:
        """``<unit>.yaml``, or ``<set id>.yaml`` with anything but letters, digits, ``.``,
        ``_`` and ``-`` made ``-`` (a set id is free text; a file name must stay in DIR)."""
        safe = re.sub(r"[^A-Za-z0-9._-]", "-", self.name).lstrip(".") or "criteria"
        return f"{safe}.yaml"


def import_workbooks(
    paths: Sequence[Path], catalog: Catalog, limits: Limits, allow_missing: bool = False
) -> tuple[list[Imported], list[Problem]]:
    """Filled sheets back into submissions and criteria sets, every problem of every workbook
    in one run; two sheets or workbooks for one unit (or one set) are an error naming both
    places. Submissions may name a set imported in the same run. With ``allow_missing``,
    blank leaves are left out of ``scores:``."""
    problems: list[Problem] = []
    read: list[tuple[str, Sheet, SheetData]] = []
    for path in paths:
        sheets, found = read_workbook(path, limits)
        problems += found
        for sheet in sheets:
            data = read_criteria(sheet) if sheet.kind == "criteria" else read_submission(sheet)
            problems += sheet.reader.problems
            read.append((str(path), sheet, data))
    imported: list[Imported] = []
    overlay: dict[str, tuple[LoadedCriteria, str]] = {}
    for workbook, sheet, data in read:
        if sheet.kind == "criteria":
            criteria, located = _check_criteria(workbook, data)
            problems += located
            if criteria is not None and not any(p.is_error for p in located):
                place = f"{workbook}:{sheet.title}"
                imported.append(Imported("criteria", criteria.id, place,
                                         data.cells.get(("id",), "B2"), data.data))
                document = Document(place, data.data)
                overlay.setdefault(criteria.id, (LoadedCriteria(document, criteria, []),
                                                 "workbook"))
    sets = replace(catalog, entries={**catalog.entries, **overlay}, indexes={})
    for workbook, sheet, data in read:
        if sheet.kind == "submission":
            submission, _, findings = check_submission(data.data, sets, allow_missing)
            located = [p for f in findings for p in _located(data, workbook, f)]
            problems += located
            if submission is not None and not any(p.is_error for p in located):
                imported.append(Imported("submission", submission.unit,
                                         f"{workbook}:{sheet.title}",
                                         data.cells.get(("unit",), "B4"), _plain(data.data)))
    return imported, sorted(problems + _twice(imported))


def _check_criteria(workbook: str, data: SheetData) -> tuple[CriteriaSet | None, list[Problem]]:
    """The criteria rules of ``par check``, each finding at its cell (a wrong sum at the
    parent's max cell); duplicate ids are said by the sheet reader, at both rows."""
    criteria, findings = validate(CriteriaSet, data.data)
    more = (check_criteria(criteria, data.data) if criteria is not None
            else rules_on_the_rest(data.data, findings))
    findings += [f for f in more if f.message.key != "duplicate-id"]
    return criteria, [data.locate(workbook, f) for f in findings]


def _twice(imported: list[Imported]) -> list[Problem]:
    """Two sheets for one unit or one set, or two sheets that would write one file."""
    problems: list[Problem] = []
    first: dict[tuple[str, str], Imported] = {}
    files: dict[str, Imported] = {}
    for item in imported:
        key = "duplicate-unit.sheet" if item.kind == "submission" else "duplicate-set.sheet"
        earlier = first.get((item.kind, item.name))
        if earlier is not None:
            params = {"unit" if item.kind == "submission" else "set": item.name}
            problems.append(Problem.of(f"{item.place}!{item.cell}", 0, 0, Severity.ERROR,
                                       key, other=earlier.place, **params))
            continue
        first[(item.kind, item.name)] = item
        clash = files.get(item.file_name)
        if clash is not None:
            problems.append(Problem.of(f"{item.place}!{item.cell}", 0, 0, Severity.ERROR,
                                       "xlsx.same-output", path=item.file_name,
                                       other=clash.place))
        files.setdefault(item.file_name, item)
    return problems


def read_submission(sheet: Sheet) -> SheetData:
    """A submission sheet: header fields (labels in either language) down to the table
    header, then one row per leaf; rows without an id that carry no value are headings."""
    reader = sheet.reader
    sub = SheetData(sheet.title, {})
    sub.cells[()] = "A1"
    seen: dict[str, int] = {}
    header_row = 0
    for number, row in enumerate(sheet.rows, start=1):
        label = reader.text(row[0] if row else None, f"A{number}")
        if label is None or isinstance(label, bool):
            if len(row) > 1 and row[1].value not in (None, ""):
                reader.at(f"B{number}", "xlsx.no-label")
            continue
        if lookup("col", SUBMISSION_COLUMNS, label) == "id":
            header_row = number
            break
        key = lookup("field", SUBMISSION_FIELDS, label)
        if key is None:
            reader.at(f"A{number}", "xlsx.label-unknown", label=label,
                      close=closest("field", SUBMISSION_FIELDS, label))
            continue
        if key in seen:
            reader.at(f"A{number}", "duplicate-key.field", label=label, first=f"A{seen[key]}")
            continue
        seen[key] = number
        cell, where = (row[1] if len(row) > 1 else None), f"B{number}"
        value = reader.text(cell, where) if key in _TEXT_FIELDS else reader.value(cell, where)
        if isinstance(value, Decimal) and key == "year" and value == int(value):
            value = int(value)
        if value is not None:
            sub.data[key] = value
        sub.cells[(key,)] = f"B{number}"
    sub.cells[("scores",)] = f"A{header_row or 1}"
    sub.data["scores"] = _scores(sheet, header_row, sub) if header_row else {}
    sub.refused = reader.refused
    return sub


def _scores(sheet: Sheet, header_row: int, sub: SheetData) -> dict[str, Any]:
    reader = sheet.reader
    columns = table_columns(sheet, header_row, "col", SUBMISSION_COLUMNS, ("self",))
    scores: dict[str, Any] = {}
    first_row: dict[str, int] = {}
    for number, row in enumerate(sheet.rows[header_row:], start=header_row + 1):

        def cell_of(name: str, row: list[Any] = row) -> Any:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else None

        def at(name: str, number: int = number) -> str:
            return f"{letter(columns.get(name, 0) + 1)}{number}"

        node_id = reader.identifier(cell_of("id"), at("id"))
        if node_id is None:
            if at("id") not in reader.refused and any(
                    getattr(cell_of(name), "value", None) not in (None, "")
                    for name in _FILLED):
                reader.at(at("id"), "xlsx.row-without-id")
            continue
        if node_id in first_row:
            reader.at(at("id"), "duplicate-key.row", id=node_id,
                      first=f"{at('id', first_row[node_id])}")
            continue
        first_row[node_id] = number
        rule_text = reader.text(cell_of("rule"), at("rule"))
        if isinstance(rule_text, str):
            sub.rules[node_id] = lookup("rule", RULE_NAMES, rule_text) or rule_text
        rule = sub.rules.get(node_id)
        own = reader.value(cell_of("self"), at("self"), rule)
        appraised = reader.value(cell_of("appraised"), at("appraised"), rule)
        note = reader.text(cell_of("note"), at("note"))
        evidence_text = reader.text(cell_of("evidence"), at("evidence"))
        evidence = [part.strip() for part in str(evidence_text or "").replace("\n", ";")
                    .split(";") if part.strip()]
        sub.cells[("scores", node_id)] = at("self")
        sub.cells[("scores", node_id, "self")] = at("self")
        sub.cells[("scores", node_id, "appraised")] = at("appraised")
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


def _located(sheet: SheetData, workbook: str, finding: Finding) -> list[Problem]:
    """A finding at its cell; leaves without a score at their own blank cells (a cell whose
    value was refused, a formula without a result, is said once); leaves with no row of their
    own (a row whose id was refused, a row deleted) in one line at the table header."""
    if not finding.message.key.startswith("uncovered"):
        return [sheet.locate(workbook, finding)]
    ids = _uncovered_ids(finding)
    located = [Problem.of(f"{workbook}:{sheet.sheet}!{sheet.cells[('scores', node_id)]}", 0, 0,
                          finding.severity, "uncovered.blank", id=node_id)
               for node_id in ids if ("scores", node_id) in sheet.cells
               and sheet.cells[("scores", node_id)] not in sheet.refused]
    rowless = [node_id for node_id in ids if ("scores", node_id) not in sheet.cells]
    if rowless:
        more = len(rowless) - 12
        located.append(sheet.locate(workbook, Finding.of(
            ("scores",), "uncovered.more" if more > 0 else "uncovered", count=len(rowless),
            ids=", ".join(rowless[:12]), more=more if more > 0 else None,
            severity=finding.severity)))
    return located


def _uncovered_ids(finding: Finding) -> list[str]:
    params = dict(finding.message.params)
    return [part.strip() for part in str(params.get("all", params.get("ids", ""))).split(",")
            if part.strip()]


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional fields so the written YAML reads like a hand-written one."""
    return {k: v for k, v in data.items() if v not in (None, "")}
