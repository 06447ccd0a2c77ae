"""Terminal output (rich): tables, the explain tree and the gap text; a clean plain layout when
output is not a terminal or NO_COLOR is set. When the terminal's width is known every line fits
it (``fit.py``); piped or written to a file, a table keeps one row per line for grep and cut."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from par_cli.inventory import Inventory
from par_cli.reporters.audit_rows import audit_grid, audit_title
from par_cli.reporters.compare_rows import (
    DOWN,
    UP,
    compare_grid,
    compare_title,
    node_legend,
    node_legend_lines,
)
from par_cli.reporters.fit import Block, fits, layout, wrap_all
from par_cli.reporters.grid import Grid
from par_cli.reporters.list_rows import sets_grid, units_grid, years_grid
from par_cli.reporters.options import Options
from par_cli.reporters.score_rows import legend, legend_lines, score_grid, title
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


def _block_table(grid: Grid, block: Block, color: bool) -> Table:
    """Some columns of a grid at the widths ``fit.layout`` gave them: headers wrap at spaces,
    the name column wraps, no edge padding, one or two cells between columns."""
    table = Table(
        box=box.SIMPLE_HEAVY if color else box.SIMPLE,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1) if block.gap > 1 else (0, 0),
        collapse_padding=True,
        header_style="bold" if color else "",
    )
    for column, width in zip(block.columns, block.widths, strict=True):
        table.add_column(escape(grid.headers[column]), width=width, overflow="fold",
                         justify="right" if grid.numeric[column] else "left")
    return table


def _lines(console: Console, lines: list[str], width: int | None, style: str | None) -> None:
    for line in wrap_all(lines, width):
        console.print(line, style=style, markup=False, soft_wrap=True)


def _print_grid(console: Console, grid: Grid, cells: list[list[str]], heading: str,
                options: Options) -> None:
    """The grid (its rows given as rich markup) with its heading and footer: as one table with
    one row per line when the width is unknown, else in blocks that fit the width."""
    color, width = options.color, options.width
    if width is None:
        table = _table(grid, heading, color)
        for row in cells:
            table.add_row(*row)
        console.print(table)
        return
    blocks = layout(grid, width)
    console.print(Text(heading, style="bold" if color else ""), justify="center",
                  width=max(b.width for b in blocks))
    for block in blocks:
        console.print()
        table = _block_table(grid, block, color)
        for row in cells:
            table.add_row(*(row[c] for c in block.columns))
        console.print(table)
    console.print()
    _lines(console, grid.footer, width, "dim" if color else None)


def render_score(report: ScoreReport, options: Options) -> str:
    labels, color = options.labels, options.color
    grid = score_grid(report, options.by_method, labels)
    band_style = {labels.band(b.name, report.criteria.band_names): BAND_STYLES[i % len(BAND_STYLES)]
                  for i, b in enumerate(report.summary.bands)}
    band_column = grid.headers.index(labels("band"))
    rows = []
    for row in grid.rows:
        style = band_style.get(row[band_column]) if color else None
        cells = [escape(c) for c in row]
        if style:
            cells[band_column] = f"[{style}]{cells[band_column]}[/]"
        rows.append(cells)
    buffer = io.StringIO()
    console = _console(buffer, color, options.width or _width(grid))
    _print_grid(console, grid, rows, title(report, labels), options)
    if options.width is None:
        legend_text = [legend(report, options.by_method, labels)]
    else:
        legend_text = legend_lines(report, options.by_method, labels)
    _lines(console, legend_text, options.width, "dim" if color else None)
    return buffer.getvalue()


def _move_style(cell: str) -> str:
    if cell.startswith(UP):
        return f"[green]{escape(cell)}[/]"
    if cell.startswith(DOWN):
        return f"[red]{escape(cell)}[/]"
    return escape(cell)


def render_compare(report: CompareReport, options: Options) -> str:
    labels, color, width = options.labels, options.color, options.width
    areas = options.areas
    if areas is None:  # shown when they fit, and always when the width is unknown
        areas = width is None or fits(compare_grid(report, labels), width)
    grid = compare_grid(report, labels, areas)
    moves = set(range(grid.headers.index(labels("rank_move")), len(grid.headers)))
    moves.discard(grid.headers.index(labels("band")))
    change = grid.headers.index(labels("change"))
    rows = []
    for row in grid.rows:
        cells = [_move_style(c) if color and i in moves else escape(c) for i, c in enumerate(row)]
        sign = row[change][:1]
        if color and sign in ("+", "-"):
            tint = "green" if sign == "+" else "red"
            cells[change] = f"[{tint}]{escape(row[change])}[/]"
        rows.append(cells)
    buffer = io.StringIO()
    console = _console(buffer, color, width or _width(grid))
    _lines(console, [labels("note", note=labels.note(note)) for note in report.notes], width,
           "bold yellow" if color else None)
    _print_grid(console, grid, rows, compare_title(report, labels), options)
    if not areas:
        if options.areas is None and report.node_names:
            _lines(console, [labels("areas_hidden", width=width)], width,
                   "yellow" if color else None)
    elif width is None:
        _lines(console, [node_legend(report, labels)], None, "dim" if color else None)
    else:
        _lines(console, node_legend_lines(report, labels), width, "dim" if color else None)
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
        return "\n".join(wrap_all(lines, options.width)) + "\n"
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
    _console(buffer, color, options.width or 160).print(tree)
    return buffer.getvalue()


def render_gap(report: GapReport, options: Options) -> str:
    buffer = io.StringIO()
    _lines(_console(buffer, options.color), gap_lines(report, options.labels), options.width,
           None)
    return buffer.getvalue()


def render_audit(report: AuditReport, options: Options) -> str:
    grid = audit_grid(report, options.labels)
    buffer = io.StringIO()
    console = _console(buffer, options.color, options.width or _width(grid))
    _print_grid(console, grid, [[escape(c) for c in row] for row in grid.rows],
                audit_title(report, options.labels), options)
    return buffer.getvalue()


def render_list(inventory: Inventory, options: Options) -> str:
    """``par list``: the sets, then (given paths) the years and the units found."""
    labels, color = options.labels, options.color
    buffer = io.StringIO()
    sections = [(labels("list_sets"), sets_grid(inventory, labels), labels("list_no_sets"))]
    if inventory.looked:
        sections += [(labels("list_by_year"), years_grid(inventory, labels), ""),
                     (labels("list_units_title"), units_grid(inventory, labels),
                      labels("list_nothing"))]
    for heading, grid, empty in sections:
        if not grid.rows:
            if empty:
                _console(buffer, color).print(empty, markup=False, soft_wrap=True)
            continue
        table = _table(grid, heading, color)
        for column in table.columns:  # on a terminal, titles and paths wrap (never cut)
            column.no_wrap, column.overflow = options.width is None, "fold"
        for row in grid.rows:
            table.add_row(*[escape(c) for c in row])
        # piped, one row per line (grep, cut); on a terminal, wrapped to its width
        _console(buffer, color, options.width or _width(grid)).print(table)
    if inventory.unlisted:
        console = _console(buffer, color, options.width or 100)
        console.print(labels("list_unlisted", count=inventory.unlisted), markup=False,
                      soft_wrap=options.width is None)
    return buffer.getvalue()


# ---- par trend -------------------------------------------------------------------------------



def render_trend(report: TrendReport, options: Options) -> str:
    """The years side by side; on a terminal, the most recent years that fit in its width,
    and the rank move and the sparkline coloured by the direction of the move."""
    from par_cli.reporters.trend_rows import trend_grid, trend_title

    labels, color = options.labels, options.color
    grid = trend_grid(report, labels, options.width)
    move = grid.headers.index(labels("rank_move"))
    rows = []
    for unit, row in zip(report.units, grid.rows, strict=True):
        cells = [escape(c) for c in row]
        if color and unit.rank_change:
            tint = "green" if unit.rank_change > 0 else "red"
            cells[move] = _move_style(row[move])
            cells[move + 1] = f"[{tint}]{escape(row[move + 1])}[/]"
        rows.append(cells)
    buffer = io.StringIO()
    console = _console(buffer, color, options.width or _width(grid))
    notes = [labels("note", note=labels.note(note)) for note in report.notes]
    if options.width is None:
        for note in notes:
            console.print(note, markup=False, soft_wrap=True)
    else:
        _lines(console, notes, options.width, "bold yellow" if color else None)
    _print_grid(console, grid, rows, trend_title(report, labels), options)
    return buffer.getvalue()
