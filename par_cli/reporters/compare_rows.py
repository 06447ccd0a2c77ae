"""The cells of the year-over-year table, shared by the rich table, Markdown and CSV reporters."""

from __future__ import annotations

from decimal import Decimal

from par_cli.reporters.score_rows import Grid
from par_cli.results import CompareReport, CompareUnit

UP, DOWN, SAME = "▲", "▼", "="


def signed(value: Decimal | None, places: int) -> str:
    if value is None:
        return "—"
    return f"{value:+.{places}f}" if value != 0 else f"{0:.{places}f}"


def rank_move(change: int | None) -> str:
    if change is None:
        return "—"
    if change > 0:
        return f"{UP} +{change}"
    if change < 0:
        return f"{DOWN} {change}"
    return f"{SAME} 0"


def _rank(value: int | None) -> str:
    return "—" if value is None else str(value)


def _index(value: Decimal | None, places: int) -> str:
    return "—" if value is None else f"{value:.{places}f}"


def unit_label(unit: CompareUnit) -> str:
    if unit.old_unit is not None:
        return f"{unit.name} (from {unit.old_name or unit.old_unit})"
    return unit.name


def band_move(unit: CompareUnit) -> str:
    old = unit.old.band if unit.old else None
    new = unit.new.band if unit.new else None
    if unit.status != "both":
        return new or old or ""
    if old == new:
        return new or ""
    return f"{old or '–'}→{new or '–'}"


def compare_grid(report: CompareReport) -> Grid:
    places = report.display.places
    headers = ["Unit", "Status", "Index old", "Index new", "Change", "Rank old", "Rank new",
               "Rank move", "Band"]
    numeric = [False, False, True, True, True, True, True, True, False]
    headers += [f"{node_id} rank" for node_id in report.node_names]
    numeric += [True] * len(report.node_names)
    rows: list[list[str]] = []
    for unit in report.units:
        cells = [
            unit_label(unit), unit.status,
            _index(unit.old.index if unit.old else None, places),
            _index(unit.new.index if unit.new else None, places),
            signed(unit.index_change, places),
            _rank(unit.old.rank if unit.old else None),
            _rank(unit.new.rank if unit.new else None),
            rank_move(unit.rank_change), band_move(unit),
        ]
        by_id = {n.id: n for n in unit.nodes}
        for node_id in report.node_names:
            node = by_id.get(node_id)
            cells.append(rank_move(node.rank_change) if node else "—")
        rows.append(cells)
    return Grid(headers, numeric, rows, summary_lines(report))


def summary_lines(report: CompareReport) -> list[str]:
    s = report.summary
    places = report.display.places
    lines = [f"{s.up} up, {s.down} down, {s.same} same, {s.new} new, {s.gone} gone",
             f"average index change {signed(s.average_index_change, places)}"]
    if s.largest_rise is not None:
        lines.append(f"largest rise {s.largest_rise.unit} "
                     f"{signed(s.largest_rise.index_change, places)}")
    if s.largest_fall is not None:
        lines.append(f"largest fall {s.largest_fall.unit} "
                     f"{signed(s.largest_fall.index_change, places)}")
    return lines


def compare_title(report: CompareReport) -> str:
    if report.same_criteria:
        return f"{report.new.title}: {report.old.year} → {report.new.year} ({report.new.criteria})"
    return (f"{report.old.year} ({report.old.criteria}) → {report.new.year} "
            f"({report.new.criteria})")


def node_legend(report: CompareReport) -> str:
    return "Node ranks: " + "; ".join(f"{i} {names[0]}" for i, names in report.node_names.items())
