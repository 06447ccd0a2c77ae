"""A published results table (CSV) read as one year of ``par trend``: analysts often hold the
table MoHA published, not the submissions (docs/formats.md#published-results-table).

Columns: ``unit``, ``name``, ``index``, ``rank`` (required), ``name_vi``, ``band``, ``year``,
``criteria``, ``points``, ``max`` (optional; points and max are allowed so that
``par score --format csv`` output reads as a table, and are not used: the published index is
the record), and ``<id> index`` / ``<id> rank`` per node. The index is taken as published:
it becomes points out of a maximum of 100, so every later step computes exactly what was shown.

Core: returns values and raises ``ParError``; never prints or exits.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from par_cli.catalog import Catalog
from par_cli.checks import NUMBER_PLACES, clip, number_problem
from par_cli.compare import NodeView, UnitView, YearView
from par_cli.errors import InputProblems
from par_cli.loader import DEFAULT_LIMITS, Limits
from par_cli.messages import Message
from par_cli.models import UNIT_ID_PATTERN, Display
from par_cli.problems import Problem, Severity
from par_cli.ranking import band_for
from par_cli.textfile import read_whole

REQUIRED = ("unit", "name", "index", "rank")
OPTIONAL = ("name_vi", "band", "year", "criteria", "points", "max")
HUNDRED = Decimal(100)
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass
class _Table:
    """The columns of the header: fixed names and per-node index and rank columns."""

    fixed: dict[str, int] = field(default_factory=dict)
    node_index: dict[str, int] = field(default_factory=dict)
    node_rank: dict[str, int] = field(default_factory=dict)


class _Reader:
    """One file's rows read into units, every problem collected with its row and column."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.problems: list[Problem] = []
        self.line = 1

    def problem(self, col: int, key: str, **params: object) -> None:
        self.problems.append(Problem.of(self.shown, self.line, col, Severity.ERROR,
                                        f"published-table.{key}", **params))

    def header(self, cells: list[str]) -> _Table:
        table = _Table()
        for col, cell in enumerate(cells):
            name = cell.strip()
            low = name.lower()
            if low in REQUIRED or low in OPTIONAL:
                target, key = table.fixed, low
            elif low.endswith(" index") and name[:-6].strip():
                target, key = table.node_index, name[:-6].strip()
            elif low.endswith(" rank") and name[:-5].strip():
                target, key = table.node_rank, name[:-5].strip()
            else:
                self.problem(col + 1, "column", column=clip(name, 40),
                             known=", ".join((*REQUIRED, *OPTIONAL)))
                continue
            if key in target:
                self.problem(col + 1, "column-twice", column=clip(name, 40))
            target[key] = col
        missing = [name for name in REQUIRED if name not in table.fixed]
        if missing:
            self.problem(1, "missing", columns=", ".join(missing))
        return table

    def number(self, text: str, col: int, most: Decimal | None = HUNDRED) -> Decimal | None:
        """A number as ``par score --format csv`` writes it (a dot for decimals), 0..most."""
        written = text.strip()
        if not written:
            return None
        if not _NUMBER.fullmatch(written):
            hint = written.replace(",", ".") if _NUMBER.fullmatch(written.replace(",", ".")) \
                else None
            self.problem(col + 1, "number", value=clip(written, 40), close=hint)
            return None
        value = Decimal(written)
        reason = number_problem(value)
        if reason is not None:
            self.problem(col + 1, f"number-{reason}", value=clip(written, 40),
                         places=NUMBER_PLACES)
            return None
        if value < 0 or (most is not None and value > most):
            self.problem(col + 1, "range" if most is not None else "negative", value=written,
                         most=most)
            return None
        return value

    def whole(self, text: str, col: int, least: int = 1) -> int | None:
        written = text.strip()
        if not written:
            return None
        if not written.isascii() or not written.isdigit() or int(written) < least:
            self.problem(col + 1, "whole", value=clip(written, 40), least=least)
            return None
        return int(written)


def read_published(path: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS) -> YearView:
    """A published results table as a year: ranks, indexes and bands as published."""
    shown = str(path)
    text, problem = read_whole(path, shown, limits.max_bytes)
    if text is None:
        assert problem is not None
        raise InputProblems([problem], Message.of("published-table.unusable", path=shown))
    reader = _Reader(shown)
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        first = next(rows, None)
        if first is None or not any(cell.strip() for cell in first):
            reader.problem(1, "empty")
            raise InputProblems(reader.problems,
                                Message.of("published-table.unusable", path=shown))
        table = reader.header(first)
        if reader.problems:
            raise InputProblems(reader.problems,
                                Message.of("published-table.unusable", path=shown))
        year_view = _units(reader, rows, table, path, catalog)
    except csv.Error as e:
        reader.line = rows.line_num
        reader.problem(1, "csv", reason=str(e))
        raise InputProblems(reader.problems,
                            Message.of("published-table.unusable", path=shown)) from e
    if reader.problems:
        raise InputProblems(reader.problems, Message.of("published-table.unusable", path=shown))
    return year_view


def _cell(cells: list[str], col: int | None) -> str:
    return cells[col] if col is not None and col < len(cells) else ""


class _Rows(Protocol):
    """What ``csv.reader`` returns: rows, and the line the last one ended on."""

    line_num: int

    def __iter__(self) -> Iterator[list[str]]: ...

    def __next__(self) -> list[str]: ...


def _units(reader: _Reader, rows: _Rows, table: _Table, path: Path,
           catalog: Catalog) -> YearView:
    fixed = table.fixed
    units: dict[str, UnitView] = {}
    first_line: dict[str, int] = {}
    years: dict[int, int] = {}  # year -> first line
    sets: dict[str, int] = {}
    width = 1 + max([*fixed.values(), *table.node_index.values(), *table.node_rank.values()])
    for cells in rows:
        reader.line = rows.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != width:
            reader.problem(1, "cells", count=len(cells), expected=width)
            continue
        unit = cells[fixed["unit"]].strip()
        if not re.match(UNIT_ID_PATTERN, unit):
            reader.problem(fixed["unit"] + 1, "unit", value=clip(unit, 40))
        elif unit in first_line:
            reader.problem(fixed["unit"] + 1, "unit-twice", unit=unit, line=first_line[unit])
        name = cells[fixed["name"]].strip()
        if not name:
            reader.problem(fixed["name"] + 1, "blank", column="name")
        index = reader.number(cells[fixed["index"]], fixed["index"])
        rank = reader.whole(cells[fixed["rank"]], fixed["rank"])
        for column in ("points", "max"):
            if column in fixed:  # allowed, not used (the index is the record); still numbers
                reader.number(cells[fixed[column]], fixed[column], None)
        if "year" in fixed:
            year = reader.whole(cells[fixed["year"]], fixed["year"], 1000)
            if year is not None:
                years.setdefault(year, reader.line)
        set_id = _cell(cells, fixed.get("criteria")).strip()
        if set_id:
            sets.setdefault(set_id, reader.line)
        nodes = {}
        for node_id, col in table.node_index.items():
            node_index = reader.number(cells[col], col)
            node_rank = reader.whole(_cell(cells, table.node_rank.get(node_id)),
                                     table.node_rank.get(node_id, 0))
            if node_index is not None:
                nodes[node_id] = NodeView(node_index, HUNDRED, node_rank)
        if unit in first_line or not re.match(UNIT_ID_PATTERN, unit):
            continue
        first_line[unit] = reader.line
        band = _cell(cells, fixed.get("band")).strip() or None
        units[unit] = UnitView(
            unit=unit, name=name, name_vi=_cell(cells, fixed.get("name_vi")).strip() or None,
            rank=rank, points=index if index is not None else Decimal(0),
            max=HUNDRED if index is not None else Decimal(0), band=band, nodes=nodes)
    reader.line = 1
    for what, seen in (("year", years), ("criteria", sets)):
        if len(seen) > 1:
            reader.problem(fixed[what] + 1, "mixed", column=what,
                           values=", ".join(map(str, seen)))
    if not units and not reader.problems:
        reader.problem(1, "no-units")
    ranked = sum(u.rank is not None for u in units.values())
    for unit_id, view in units.items():
        if view.rank is not None and view.rank > ranked:
            reader.line = first_line[unit_id]
            reader.problem(fixed["rank"] + 1, "rank", rank=view.rank, ranked=ranked)
    found = _YEAR_IN_NAME.findall(path.stem)
    year = next(iter(years), None) or (int(found[-1]) if found else None)
    if year is None:
        reader.problem(1, "year")
        year = 0
    return _year(units, year, next(iter(sets), ""), catalog, str(path), ranked)


def _year(units: dict[str, UnitView], year: int, set_id: str, catalog: Catalog, shown: str,
          ranked: int) -> YearView:
    known = catalog.find(set_id) if set_id else None
    criteria = known.criteria if known is not None else None
    names: dict[str, tuple[str, str | None]] = {}
    notes: list[Message] = []
    if criteria is not None:
        names = {a.id: (a.name, a.name_vi) for a in criteria.criteria}
        bands = criteria.bands
        units = {unit_id: view if view.band is not None or view.exact is None
                 else replace(view, band=band_for(bands, view.points))
                 for unit_id, view in units.items()}
    elif set_id:
        notes.append(Message.of("note.json-criteria", file=shown, set=set_id))
    for view in units.values():
        for node_id in view.nodes:
            names.setdefault(node_id, (node_id, None))
    return YearView(
        criteria_id=set_id, title=criteria.title if criteria is not None else (set_id or shown),
        year=year, display=criteria.display if criteria is not None else Display(),
        node_names=names, units=units, ranked_count=ranked, source=shown, notes=tuple(notes),
        title_vi=criteria.title_vi if criteria is not None else None,
        inputs=(shown,), band_names=criteria.band_names_vi() if criteria is not None else {})

