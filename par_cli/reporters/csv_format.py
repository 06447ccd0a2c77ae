"""CSV output: UTF-8, a header row, one row per unit, then one index column per top-level node."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from par_cli.numbers import plain
from par_cli.results import ScoreReport


def _cell(value: Decimal | int | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


def render_score(report: ScoreReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["rank", "unit", "name", "points", "max", "index", "band"]
    if report.grouped:
        header += ["group", "group_rank"]
    header += [f"{area.id} index" for area in report.areas]
    writer.writerow(header)
    for unit in report.units:
        row = [_cell(unit.rank), unit.unit, unit.name, _cell(unit.points), _cell(unit.max),
               _cell(unit.index), _cell(unit.band)]
        if report.grouped:
            row += [_cell(unit.group), _cell(unit.group_rank)]
        row += [_cell(node.index) for node in unit.nodes]
        writer.writerow(row)
    return out.getvalue()
