"""A criteria workbook's sheet read back into a criteria set's data (docs/spreadsheets.md): the
set fields above (labels in English or Vietnamese), then the node table, whose ids show the
depth (``3``, ``3.1``, ``3.1.2``). Every value keeps the cell it came from, so that each
finding of ``par check``'s criteria rules is located at its cell: a wrong sum at the parent's
max cell, a duplicate id at both rows, a rule parameter at its own cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from par_cli.loader import MisreadNumber
from par_cli.messages import MessageError
from par_cli.models import CRITERIA_FORMAT
from par_cli.problems import Loc
from par_cli.sheet_words import (
    NODE_COLUMNS,
    RANK_ON,
    ROUNDINGS,
    RULE_NAMES,
    SET_FIELDS,
    closest,
    lookup,
    path_key,
)
from par_cli.words import typed_number
from par_cli.workbook import CellReader, Sheet, SheetData, letter

_SET_KEYS = tuple(path_key(path) for path in SET_FIELDS)
_SET_TEXT = ("format", "title", "title_vi", "unit_kind", "source", "note")
# the order of fields in the written criteria file, as the shipped files have them
_SET_ORDER = ("format", "id", "title", "title_vi", "source", "note", "years", "unit_kind", "max",
              "display", "rank_on", "bands", "methods", "criteria")
_NODE_ORDER = ("id", "name", "name_vi", "max", "method", "rule", "steps", "options", "per",
               "deduct", "provisional", "source", "note", "criteria")
_YEARS = re.compile(r"[,;\s]+")


@dataclass
class _Row:
    """One row of the node table: its values and the cell of each column."""

    id: str
    number: int
    values: dict[str, Any]
    cells: dict[str, str]
    children: list[_Row] = field(default_factory=list)


def read_criteria(sheet: Sheet) -> SheetData:
    reader = sheet.reader
    out = SheetData(sheet.title, {"format": CRITERIA_FORMAT})
    out.cells[()] = out.cells[("format",)] = "A1"
    fields: dict[str, Any] = {}
    seen: dict[str, int] = {}
    table = 0
    for number, row in enumerate(sheet.rows, start=1):
        label = reader.text(row[0] if row else None, f"A{number}")
        if label is None or isinstance(label, bool):
            if any(getattr(c, "value", None) not in (None, "") for c in row[1:]):
                reader.at(f"A{number}", "xlsx.no-label")
            continue
        if lookup("node", NODE_COLUMNS, label) == "id" and len(row) > 1 and isinstance(
                row[1].value, str) and lookup("node", NODE_COLUMNS, row[1].value) is not None:
            table = number
            break
        key = lookup("set", _SET_KEYS, label)
        if key is None:
            reader.at(f"A{number}", "xlsx.label-unknown", label=label,
                      close=closest("set", _SET_KEYS, label))
        elif key == "band":
            _band(reader, row, number, fields, out)
        elif key == "method":
            _method(reader, row, number, fields, out)
        elif key in seen:
            reader.at(f"A{number}", "duplicate-key.field", label=label, first=f"A{seen[key]}")
        else:
            seen[key] = number
            _set_field(reader, key, row, number, fields, out)
    out.cells[("criteria",)] = f"A{table or 1}"
    if table:
        fields["criteria"] = _tree(sheet, table, out)
    else:
        reader.at("A1", "xlsx.criteria-no-table", id="id/mã", name="name/tên")
    out.data = {name: fields[name] for name in _SET_ORDER if name in fields}
    out.refused = reader.refused
    return out


def _set_field(reader: CellReader, key: str, row: list[Any], number: int,
               fields: dict[str, Any], out: SheetData) -> None:
    path = tuple(key.split("."))
    out.cells[path] = f"B{number}"
    cell = row[1] if len(row) > 1 else None
    where = f"B{number}"
    if key == "years":
        fields["years"] = _years(reader, row, number, out)
        return
    if key == "id":
        value: Any = reader.identifier(cell, where)
    elif key in _SET_TEXT:
        value = reader.text(cell, where)
    elif path[-1] == "rounding":
        value = _choice(reader.text(cell, where), "rounding", ROUNDINGS)
    elif key == "rank_on":
        value = _choice(reader.text(cell, where), "rank_on", RANK_ON)
    else:
        value = _whole(reader.value(cell, where)) if path[-1] == "places" else reader.value(
            cell, where)
    if value is None:
        return
    target = fields
    for part in path[:-1]:  # display.places, display.points.places
        if not isinstance(target.get(part), dict):
            target[part] = {}
            out.cells.setdefault(tuple(path[:path.index(part) + 1]), where)
        target = target[part]
    target[path[-1]] = value


def _years(reader: CellReader, row: list[Any], number: int, out: SheetData) -> list[Any]:
    """One year per cell from column B on; a cell may also hold a list typed as text
    ("2023, 2024")."""
    years: list[Any] = []
    for index in range(1, len(row)):
        where = f"{letter(index + 1)}{number}"
        raw = row[index].value
        if isinstance(raw, str) and _YEARS.search(raw.strip()):
            parts: list[Any] = [p for p in _YEARS.split(raw.strip()) if p]
        else:
            parts = [reader.value(row[index], where)]
        for part in parts:
            if isinstance(part, str) and not isinstance(part, MisreadNumber):
                part = _typed(part)
            if part is not None:
                out.cells[("years", len(years))] = where
                years.append(_whole(part))
    return years


def _band(reader: CellReader, row: list[Any], number: int, fields: dict[str, Any],
          out: SheetData) -> None:
    cells = [row[i] if len(row) > i else None for i in (1, 2, 3)]
    name = reader.text(cells[0], f"B{number}")
    minimum = reader.value(cells[1], f"C{number}")
    name_vi = reader.text(cells[2], f"D{number}")
    if name is None and minimum is None and name_vi is None:
        return  # a blank band row of the template
    bands = fields.setdefault("bands", [])
    loc: Loc = ("bands", len(bands))
    out.cells[loc] = f"A{number}"
    bands.append(_entry(out, loc, number, (("name", name, "B"), ("name_vi", name_vi, "D"),
                                           ("min", minimum, "C"))))


def _method(reader: CellReader, row: list[Any], number: int, fields: dict[str, Any],
            out: SheetData) -> None:
    cells = [row[i] if len(row) > i else None for i in (1, 2, 3)]
    method_id = reader.identifier(cells[0], f"B{number}")
    name = reader.text(cells[1], f"C{number}")
    name_vi = reader.text(cells[2], f"D{number}")
    if method_id is None and name is None and name_vi is None:
        return
    methods = fields.setdefault("methods", [])
    loc: Loc = ("methods", len(methods))
    out.cells[loc] = f"B{number}"
    if name is None and name_vi is None:
        methods.append(method_id)  # a plain id, as `methods: [appraisal, survey]` writes it
        return
    methods.append(_entry(out, loc, number, (("id", method_id, "B"), ("name", name, "C"),
                                             ("name_vi", name_vi, "D"))))


def _entry(out: SheetData, loc: Loc, number: int,
           parts: Sequence[tuple[str, Any, str]]) -> dict[str, Any]:
    """A band or method row as its mapping, each field located at its cell (a blank cell is
    left out, and still located, so that a problem of a missing field points at it)."""
    entry: dict[str, Any] = {}
    for key, value, column in parts:
        place: Loc = (*loc, key)
        out.cells[place] = f"{column}{number}"
        if value is not None:
            entry[key] = value
    return entry


def _tree(sheet: Sheet, table: int, out: SheetData) -> list[dict[str, Any]]:
    """The node table as a tree: each row under the row whose id is its own id without the
    last part (3.1.2 under 3.1), siblings in the order of their rows."""
    reader = sheet.reader
    columns = table_columns(sheet, table, "node", NODE_COLUMNS, ("name", "max"))
    rows: list[_Row] = []
    first: dict[str, _Row] = {}
    for number, row in enumerate(sheet.rows[table:], start=table + 1):
        cells = {name: f"{letter(index + 1)}{number}" for name, index in columns.items()}
        id_cell = row[columns["id"]] if columns["id"] < len(row) else None
        node_id = reader.identifier(id_cell, cells["id"])
        if node_id is None:
            if cells["id"] not in reader.refused and any(
                    getattr(c, "value", None) not in (None, "") for c in row):
                reader.at(cells["id"], "xlsx.row-without-id")
            continue
        values = {name: _node_value(reader, name, row[index] if index < len(row) else None,
                                    cells[name])
                  for name, index in columns.items() if name != "id"}
        record = _Row(node_id, number, {k: v for k, v in values.items() if v is not None},
                      cells)
        if node_id in first:
            other = first[node_id]
            reader.at(cells["id"], "duplicate-id.rows", id=node_id, other=other.cells["id"])
            reader.at(other.cells["id"], "duplicate-id.rows", id=node_id, other=cells["id"])
        else:
            first[node_id] = record
        rows.append(record)
    top: list[_Row] = []
    for record in rows:
        if "." not in record.id:
            top.append(record)
            continue
        parent_id = record.id.rsplit(".", 1)[0]
        parent = first.get(parent_id)
        if parent is None:
            reader.at(record.cells["id"], "xlsx.criteria-parent", id=record.id,
                      parent=parent_id)
        else:
            parent.children.append(record)
    return [_node(record, ("criteria", i), out) for i, record in enumerate(top)]


def table_columns(sheet: Sheet, row: int, kind: str, names: Sequence[str],
                  required: Sequence[str]) -> dict[str, int]:
    """Column name -> 0-based index, from a table's header row in either language (the
    criteria workbook's node table, a submission sheet's table). An unknown header is an error
    (its column would be lost), a header given twice names both cells, and so is a missing
    ``required`` column."""
    reader = sheet.reader
    columns: dict[str, int] = {}
    for index, cell in enumerate(sheet.rows[row - 1]):
        where = f"{letter(index + 1)}{row}"
        text = reader.text(cell, where)
        if text is None or isinstance(text, bool):
            continue
        name = lookup(kind, names, text)
        if name is None:
            reader.at(where, "xlsx.header-unknown", header=text,
                      close=closest(kind, names, text))
        elif name in columns:
            reader.at(where, "duplicate-key.field", label=text,
                      first=f"{letter(columns[name] + 1)}{row}")
        else:
            columns[name] = index
    for name in required:
        if name not in columns:
            reader.at(f"A{row}", "xlsx.header-missing", header=name)
    return columns


def _node(record: _Row, loc: Loc, out: SheetData) -> dict[str, Any]:
    children: Loc = (*loc, "criteria")
    out.cells[loc] = out.cells[children] = record.cells["id"]
    for name, cell in record.cells.items():
        place: Loc = (*loc, name)
        out.cells[place] = cell
    node: dict[str, Any] = {"id": record.id, **record.values}
    if record.children:
        node["criteria"] = [_node(child, (*loc, "criteria", i), out)
                            for i, child in enumerate(record.children)]
    return {name: node[name] for name in _NODE_ORDER if name in node}


def _node_value(reader: CellReader, name: str, cell: Any, where: str) -> Any:
    if name in ("name", "name_vi", "method", "source", "note"):
        return reader.text(cell, where)
    if name == "rule":
        return _choice(reader.text(cell, where), "rule", RULE_NAMES)
    if name in ("steps", "options"):
        raw = getattr(cell, "value", None) if cell is not None else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        return _pairs(reader, name, raw, where)
    value = reader.value(cell, where)
    if name in ("deduct", "provisional") and value is None:
        return None
    return value


def _pairs(reader: CellReader, name: str, raw: Any, where: str) -> Any:
    """``80: 1.5; 100: 3`` as steps, ``full: 1; partial: 0.5`` as options."""
    key = f"xlsx.criteria-{name}"
    if not isinstance(raw, str):
        reader.at(where, key, text=str(raw))
        return None
    steps: list[dict[str, Any]] = []
    options: dict[str, Any] = {}
    for item in re.split(r"[;\n]", raw):
        if not item.strip():
            continue
        left, colon, right = item.rpartition(":")
        number = _typed(right) if colon else None
        start: Any = _typed(left) if name == "steps" else left.strip()
        if number is None or start is None or start == "":
            reader.at(where, key, text=raw.strip())
            return None
        if name == "steps":
            steps.append({"from": start, "points": number})
        elif str(start) in options:
            reader.at(where, "xlsx.criteria-option-twice", name=start)
            return None
        else:
            options[str(start)] = number
    return steps if name == "steps" else options


def _typed(text: str) -> Decimal | MisreadNumber | None:
    """A number typed in text by the one rule (a decimal comma or point); a number par must not
    guess at is kept as text, refused where it stands (``3.000``)."""
    try:
        return typed_number(text)
    except MessageError as e:
        return MisreadNumber(text.strip(), e.message.key.rsplit(".", 1)[-1])


def _choice(text: str | bool | None, prefix: str, names: tuple[str, ...]) -> Any:
    """An enumerated value typed as its id or its label in either language."""
    if not isinstance(text, str):
        return text
    return lookup(prefix, names, text) or text


def _whole(value: Any) -> Any:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value
