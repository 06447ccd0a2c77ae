"""Spreadsheet output (.xlsx): one formatted sheet per table, numbers as numbers shown with the
criteria set's display precision. Needs the optional package openpyxl (``par-cli[xlsx]``)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from par_cli.numbers import display
from par_cli.optional import openpyxl_module
from par_cli.reporters.cells import sheet_title, xlsx_value
from par_cli.results import AuditReport, CompareReport, ScoreReport
from par_cli.trend_results import TrendReport


def _book() -> Any:
    return openpyxl_module().Workbook()


def _sheet(book: Any, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           places: int, first: bool, column_places: Mapping[int, int] | None = None) -> None:
    from openpyxl.styles import Font

    sheet = book.active if first else book.create_sheet()
    taken = {s.title.lower() for s in book.worksheets if s is not sheet}
    sheet.title = sheet_title(title, taken)
    formats = {column: "0" if p == 0 else "0." + "0" * p
               for column, p in (column_places or {}).items()}
    number_format = "0" if places == 0 else "0." + "0" * places
    for number, row in enumerate([headers, *rows], start=1):
        for column, raw in enumerate(row, start=1):
            value, as_text = xlsx_value(raw)
            cell = sheet.cell(row=number, column=column, value=value)
            if as_text:
                cell.data_type = "s"  # text, never a formula
            elif isinstance(value, Decimal):
                cell.number_format = formats.get(column - 1, number_format)
            if number == 1:
                cell.font = Font(bold=True)
    for column in sheet.columns:
        width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(8, width + 2))
    sheet.freeze_panes = "A2"


def _save(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def render_score(report: ScoreReport) -> bytes:
    points_rule, index_rule = report.display.points_rule, report.display.index_rule
    book = _book()
    headers = ["rank", "unit", "name", "name_vi", "points", "max", "index", "band"]
    if report.grouped:
        headers += ["group", "group_rank"]
    if report.rank_by is not None:  # --rank-by: the node's rank and index
        headers += ["node_rank", "node_index"] + (["node_group_rank"] if report.grouped else [])
    headers += [f"{a.id} index" for a in report.areas]
    rows = []
    for u in report.units:
        row: list[Any] = [u.rank, u.unit, u.name, u.name_vi, display(u.points, points_rule), u.max,
                          u.index, u.band]
        if report.grouped:
            row += [u.group, u.group_rank]
        if report.rank_by is not None:
            row += [u.node_rank, u.node_index] + ([u.node_group_rank] if report.grouped else [])
        row += [n.index for n in u.nodes]
        rows.append(row)
    _sheet(book, f"{report.criteria.id} {report.year}", headers, rows, index_rule.places, True,
           {headers.index("points"): points_rule.places})
    methods = [[u.unit, u.name, u.name_vi,
                *(u.methods.get(m, Decimal(0)) for m in report.method_names)]
               for u in report.units]
    _sheet(book, "methods", ["unit", "name", "name_vi", *report.method_names], methods,
           points_rule.places, False)
    return _save(book)


def render_compare(report: CompareReport) -> bytes:
    places = report.display.index_rule.places
    book = _book()
    headers = ["unit", "old_unit", "name", "name_vi", "status", "old_index", "new_index",
               "index_change", "old_rank", "new_rank", "rank_change", "old_band", "new_band"]
    rows = [[u.unit, u.old_unit, u.name, u.name_vi, u.status, u.old.index if u.old else None,
             u.new.index if u.new else None, u.index_change,
             u.old.rank if u.old else None, u.new.rank if u.new else None, u.rank_change,
             u.old.band if u.old else None, u.new.band if u.new else None]
            for u in report.units]
    _sheet(book, "compare", headers, rows, places, True)
    node_rows = [[u.unit, u.old_unit, n.id, n.name, n.old_index, n.new_index, n.index_change,
                  n.old_rank, n.new_rank, n.rank_change]
                 for u in report.units for n in u.nodes]
    _sheet(book, "nodes", ["unit", "old_unit", "node", "name", "old_index", "new_index",
                           "index_change", "old_rank", "new_rank", "rank_change"],
           node_rows, places, False)
    return _save(book)


def render_audit(report: AuditReport) -> bytes:
    book = _book()
    rows = [[u.unit, u.name, u.name_vi, u.self_points, u.final_points, u.lost_in_appraisal,
             u.changed_nodes, u.without_evidence] for u in report.units]
    _sheet(book, "audit", ["unit", "name", "name_vi", "self_points", "final_points",
                           "lost_in_appraisal", "changed_nodes", "without_evidence"], rows,
           report.display.points_rule.places, True)
    return _save(book)


def render_trend(report: TrendReport) -> bytes:
    """Sheet ``trend`` with the CSV's columns, and sheet ``years``: where each year came from."""
    from par_cli.reporters.csv_format import trend_header, trend_row

    book = _book()
    _sheet(book, "trend", trend_header(report), [trend_row(u) for u in report.units],
           report.display.places, True)
    _sheet(book, "years", ["year", "criteria", "source", "units", "ranked"],
           [[y.year, y.criteria or None, y.source, y.units, y.ranked] for y in report.years],
           report.display.places, False)
    return _save(book)
