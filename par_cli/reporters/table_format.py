"""Terminal output (rich): tables, the explain tree and the gap text; a clean plain layout when
output is not a terminal or NO_COLOR is set."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from par_cli.reporters.audit_rows import audit_grid, audit_title
from par_cli.reporters.compare_rows import DOWN, UP, compare_grid, compare_title, node_legend
from par_cli.reporters.grid import Grid
from par_cli.reporters.options import Options
from par_cli.reporters.score_rows import legend, score_grid, title
from par_cli.reporters.unit_lines import explain_head, gap_lines, node_line
from par_cli.results import (
    AuditReport,
    CompareReport,
    ExplainNode,
    ExplainReport,
    GapReport,
    ScoreReport,
)
from par_cli.trend_results import TrendReport

BAND_STYLES = ["bold green", "cyan", "yellow", "magenta"]


def _width(grid: Grid) -> int:
    """Wide enough that no column wraps: a ranked table is read row by row."""
    widths = [max([len(h), *(len(r[i]) for r in grid.rows)]) + 3
              for i, h in enumerate(grid.headers)]
    return max(80, sum(widths) + 2)


def _console(buffer: io.StringIO, color: bool, width: int = 100) -> Console:
    return Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                   highlight=False, emoji=False)


def _table(grid: Grid, heading: str, color: bool) -> Table:
    table = Table(
        title=escape(heading),
        box=box.SIMPLE_HEAVY if color else box.SIMPLE,
        caption=escape(" · ".join(grid.footer)),
        show_edge=color,
        header_style="bold" if color else "",
        title_style="bold" if color else "",
        caption_style="dim" if color else "",
    )
    for header, numeric in zip(grid.headers, grid.numeric, strict=True):
        table.add_column(escape(header), justify="right" if numeric else "left", no_wrap=True)
    return table


def render_score(report: ScoreReport, options: Options) -> str:
    labels, color = options.labels, options.color
    grid = score_grid(report, options.by_method, labels)
    table = _table(grid, title(report, labels), color)
    band_style = {labels.band(b.name, report.criteria.band_names): BAND_STYLES[i % len(BAND_STYLES)]
                  for i, b in enumerate(report.summary.bands)}
    band_column = grid.headers.index(labels("band"))
    for row in grid.rows:
        style = band_style.get(row[band_column]) if color else None
        cells = [escape(c) for c in row]
        if style:
            cells[band_column] = f"[{style}]{cells[band_column]}[/]"
        table.add_row(*cells)
    buffer = io.StringIO()
    console = _console(buffer, color, _width(grid))
    console.print(table)
    console.print(legend(report, options.by_method, labels), style="dim" if color else None,
                  markup=False, soft_wrap=True)
    return buffer.getvalue()


def _move_style(cell: str) -> str:
    if cell.startswith(UP):
        return f"[green]{escape(cell)}[/]"
    if cell.startswith(DOWN):
        return f"[red]{escape(cell)}[/]"
    return escape(cell)


def render_compare(report: CompareReport, options: Options) -> str:
    labels, color = options.labels, options.color
    grid = compare_grid(report, labels)
    table = _table(grid, compare_title(report, labels), color)
    moves = set(range(grid.headers.index(labels("rank_move")), len(grid.headers)))
    moves.discard(grid.headers.index(labels("band")))
    change = grid.headers.index(labels("change"))
    for row in grid.rows:
        cells = [_move_style(c) if color and i in moves else escape(c) for i, c in enumerate(row)]
        sign = row[change][:1]
        if color and sign in ("+", "-"):
            tint = "green" if sign == "+" else "red"
            cells[change] = f"[{tint}]{escape(row[change])}[/]"
        table.add_row(*cells)
    buffer = io.StringIO()
    console = _console(buffer, color, _width(grid))
    for note in report.notes:
        console.print(labels("note", note=labels.note(note)), markup=False, soft_wrap=True,
                      style="bold yellow" if color else None)
    console.print(table)
    console.print(node_legend(report, labels), style="dim" if color else None, markup=False,
                  soft_wrap=True)
    return buffer.getvalue()


def render_explain(report: ExplainReport, options: Options) -> str:
    """A rich Tree on a terminal; plain indented text otherwise (greppable, quotable)."""
    labels, color = options.labels, options.color
    if not color:
        lines = [explain_head(report, labels)]

        def walk(nodes: tuple[ExplainNode, ...], level: int) -> None:
            for node in nodes:
                lines.append("  " * level + node_line(node, report, labels))
                walk(node.nodes, level + 1)

        walk(report.nodes, 1)
        return "\n".join(lines) + "\n"
    tree = Tree(f"[bold]{escape(explain_head(report, labels))}[/]")

    def grow(branch: Tree, nodes: tuple[ExplainNode, ...]) -> None:
        for node in nodes:
            line = escape(node_line(node, report, labels))
            if node.not_applicable:
                line = f"[dim]{line}[/]"
            elif node.without_evidence or (node.self is not None and node.appraised is not None
                                           and node.self != node.appraised):
                line = f"[yellow]{line}[/]"
            grow(branch.add(line), node.nodes)

    grow(tree, report.nodes)
    buffer = io.StringIO()
    _console(buffer, color, 160).print(tree)
    return buffer.getvalue()


def render_gap(report: GapReport, options: Options) -> str:
    buffer = io.StringIO()
    console = _console(buffer, options.color)
    for line in gap_lines(report, options.labels):
        console.print(line, markup=False, soft_wrap=True)
    return buffer.getvalue()


def render_audit(report: AuditReport, options: Options) -> str:
    grid = audit_grid(report, options.labels)
    table = _table(grid, audit_title(report, options.labels), options.color)
    for row in grid.rows:
        table.add_row(*[escape(c) for c in row])
    buffer = io.StringIO()
    _console(buffer, options.color, _width(grid)).print(table)
    return buffer.getvalue()


# ---- par trend -------------------------------------------------------------------------------

TREND_WIDTH = 80  # a terminal's width, until the render options carry it (None when piped)


def render_trend(report: TrendReport, options: Options) -> str:
    """The years side by side; on a terminal, the most recent years that fit in its width,
    and the rank move and the sparkline coloured by the direction of the move."""
    from par_cli.reporters.trend_rows import trend_grid, trend_title

    labels, color = options.labels, options.color
    grid = trend_grid(report, labels, TREND_WIDTH if color else None)
    table = _table(grid, trend_title(report, labels), color)
    move = grid.headers.index(labels("rank_move"))
    for unit, row in zip(report.units, grid.rows, strict=True):
        cells = [escape(c) for c in row]
        if color and unit.rank_change:
            tint = "green" if unit.rank_change > 0 else "red"
            cells[move] = _move_style(row[move])
            cells[move + 1] = f"[{tint}]{escape(row[move + 1])}[/]"
        table.add_row(*cells)
    buffer = io.StringIO()
    console = _console(buffer, color, _width(grid))
    for note in report.notes:
        console.print(labels("note", note=labels.note(note)), markup=False, soft_wrap=True,
                      style="bold yellow" if color else None)
    console.print(table)
    return buffer.getvalue()
