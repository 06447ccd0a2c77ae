"""CSV output: UTF-8, a header row, one row per unit, then one index column per top-level node."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from par_cli.numbers import plain
from par_cli.reporters.cells import csv_text
from par_cli.results import AuditReport, CompareReport, ScoreReport


def _cell(value: Decimal | int | str | None) -> str:
    """Numbers as exact numbers; text from input files as text a spreadsheet will not run."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int):
        return str(value)
    return csv_text(value)


def render_score(report: ScoreReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["rank", "unit", "name", "name_vi", "points", "max", "index", "band"]
    if report.grouped:
        header += ["group", "group_rank"]
    if report.rank_by is not None:  # --rank-by: the node's rank and index
        header += ["node_rank", "node_index"] + (["node_group_rank"] if report.grouped else [])
    header += [f"{area.id} index" for area in report.areas]
    writer.writerow(header)
    for unit in report.units:
        row = [_cell(unit.rank), unit.unit, _cell(unit.name), _cell(unit.name_vi),
               _cell(unit.points), _cell(unit.max),
               _cell(unit.index), _cell(unit.band)]
        if report.grouped:
            row += [_cell(unit.group), _cell(unit.group_rank)]
        if report.rank_by is not None:
            row += [_cell(unit.node_rank), _cell(unit.node_index)]
            row += [_cell(unit.node_group_rank)] if report.grouped else []
        row += [_cell(node.index) for node in unit.nodes]
        writer.writerow(row)
    return out.getvalue()


def render_compare(report: CompareReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["unit", "old_unit", "name", "status", "old_index", "new_index", "index_change",
              "old_rank", "new_rank", "rank_change", "old_band", "new_band"]
    for node_id in report.node_names:
        header += [f"{node_id} old_rank", f"{node_id} new_rank", f"{node_id} rank_change",
                   f"{node_id} index_change"]
    writer.writerow(header)
    for unit in report.units:
        row = [unit.unit, _cell(unit.old_unit), _cell(unit.name), unit.status,
               _cell(unit.old.index if unit.old else None),
               _cell(unit.new.index if unit.new else None), _cell(unit.index_change),
               _cell(unit.old.rank if unit.old else None),
               _cell(unit.new.rank if unit.new else None), _cell(unit.rank_change),
               _cell(unit.old.band if unit.old else None),
               _cell(unit.new.band if unit.new else None)]
        by_id = {n.id: n for n in unit.nodes}
        for node_id in report.node_names:
            node = by_id.get(node_id)
            row += ([_cell(node.old_rank), _cell(node.new_rank), _cell(node.rank_change),
                     _cell(node.index_change)] if node else ["", "", "", ""])
        writer.writerow(row)
    return out.getvalue()


def render_audit(report: AuditReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["unit", "name", "self_points", "final_points", "lost_in_appraisal",
                     "changed_nodes", "without_evidence"])
    for u in report.units:
        writer.writerow([u.unit, _cell(u.name), _cell(u.self_points), _cell(u.final_points),
                         _cell(u.lost_in_appraisal), u.changed_nodes, u.without_evidence])
    return out.getvalue()
