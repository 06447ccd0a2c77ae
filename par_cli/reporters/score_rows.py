"""The cells of the ranked table, shared by the rich table and the Markdown reporter."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from par_cli.models import Display
from par_cli.numbers import display
from par_cli.results import ScoreReport, UnitRow


@dataclass(frozen=True)
class Grid:
    headers: list[str]
    numeric: list[bool]
    rows: list[list[str]]
    footer: list[str]


def number(value: Decimal | None, rule: Display) -> str:
    """A number as the criteria set displays it (its places and rounding mode)."""
    if value is None:
        return "—"
    return f"{display(value, rule):.{rule.places}f}"


def rank_cell(rows: list[UnitRow], row: UnitRow, grouped: bool) -> str:
    rank = row.group_rank if grouped else row.rank
    if rank is None:
        return "–"
    shared = sum(1 for other in rows if (other.group_rank if grouped else other.rank) == rank
                 and (not grouped or other.group == row.group))
    return f"={rank}" if shared > 1 else str(rank)


def score_grid(report: ScoreReport, by_method: bool) -> Grid:
    rule = report.display
    headers = ["Rank", "Unit", "Points", "Index %", "Band"]
    numeric = [True, False, True, True, False]
    if report.grouped:
        headers[1:1] = ["Group"]
        numeric[1:1] = [False]
    if by_method:
        headers += list(report.method_names)
    else:
        headers += [f"{a.id} %" for a in report.areas]
    numeric += [True] * (len(headers) - len(numeric))
    units = list(report.units)
    rows: list[list[str]] = []
    for unit in units:
        cells = [rank_cell(units, unit, report.grouped), unit.name,
                 number(unit.points, rule), number(unit.index, rule), unit.band or ""]
        if report.grouped:
            cells[1:1] = [unit.group or ""]
        if by_method:
            cells += [number(unit.methods.get(m, Decimal(0)), rule)
                      for m in report.method_names]
        else:
            cells += [number(node.index, rule) for node in unit.nodes]
        rows.append(cells)
    s = report.summary
    footer = [f"{s.units} units ({s.ranked} ranked)",
              f"average index {number(s.average_index, rule)} %"]
    if s.bands:
        counts = ", ".join(f"{b.name}: {b.count}" for b in s.bands)
        footer.append(f"bands {counts}" + (f", none: {s.no_band}" if s.no_band else ""))
    return Grid(headers, numeric, rows, footer)


def title(report: ScoreReport) -> str:
    return f"{report.criteria.title} — {report.year} ({report.criteria.id})"


def legend(report: ScoreReport, by_method: bool) -> str:
    if by_method:
        return "Points per method."
    return "Area index %: " + "; ".join(f"{a.id} {a.name} (max {a.max})" for a in report.areas)
