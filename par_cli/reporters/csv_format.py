"""CSV output: UTF-8, a header row, one row per unit, then one index column per top-level node."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from par_cli.numbers import plain
from par_cli.reporters.cells import csv_text
from par_cli.results import AuditReport, CompareReport, ScoreReport
from par_cli.trend_results import TrendReport, TrendUnit


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
    header = ["unit", "old_unit", "name", "name_vi", "status", "old_index", "new_index",
              "index_change", "old_rank", "new_rank", "rank_change", "old_band", "new_band"]
    for node_id in report.node_names:
        header += [f"{node_id} old_rank", f"{node_id} new_rank", f"{node_id} rank_change",
                   f"{node_id} index_change"]
    writer.writerow(header)
    for unit in report.units:
        row = [unit.unit, _cell(unit.old_unit), _cell(unit.name), _cell(unit.name_vi),
               unit.status,
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
    writer.writerow(["unit", "name", "name_vi", "self_points", "final_points",
                     "lost_in_appraisal", "changed_nodes", "without_evidence"])
    for u in report.units:
        writer.writerow([u.unit, _cell(u.name), _cell(u.name_vi), _cell(u.self_points),
                         _cell(u.final_points), _cell(u.lost_in_appraisal), u.changed_nodes,
                         u.without_evidence])
    return out.getvalue()


def trend_header(report: TrendReport) -> list[str]:
    """One row per unit: index, rank and band per year, then the change and the map's links."""
    header = ["unit", "name", "name_vi"]
    for year in report.years:
        header += [f"{year.year} index", f"{year.year} rank", f"{year.year} band"]
    return [*header, "first", "last", "index_change", "rank_change", "merged_into", "formerly"]


def trend_row(unit: TrendUnit) -> list[Decimal | int | str | None]:
    row: list[Decimal | int | str | None] = [unit.unit, unit.name, unit.name_vi]
    for point in unit.years:
        row += [point.index, point.rank, point.band] if point is not None else [None] * 3
    return [*row, unit.first, unit.last, unit.index_change, unit.rank_change, unit.merged_into,
            " ".join(unit.formerly) or None]


def render_trend(report: TrendReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(trend_header(report))
    for unit in report.units:
        writer.writerow([_cell(value) for value in trend_row(unit)])
    return out.getvalue()
