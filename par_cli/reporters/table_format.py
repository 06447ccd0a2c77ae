"""The ranked table for a terminal (rich), or a clean plain layout when output is not a terminal."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table

from par_cli.reporters.score_rows import legend, score_grid, title
from par_cli.results import ScoreReport

BAND_STYLES = ["bold green", "cyan", "yellow", "magenta"]


def render_score(report: ScoreReport, by: object, color: bool) -> str:
    by_method = getattr(by, "value", by) == "method"
    grid = score_grid(report, by_method)
    table = Table(
        title=title(report),
        box=box.SIMPLE_HEAVY if color else box.SIMPLE,
        caption=" · ".join(grid.footer),
        show_edge=color,
        header_style="bold" if color else "",
        title_style="bold" if color else "",
        caption_style="dim" if color else "",
    )
    for header, numeric in zip(grid.headers, grid.numeric, strict=False):
        table.add_column(header, justify="right" if numeric else "left", no_wrap=True)
    band_style = {b.name: BAND_STYLES[i % len(BAND_STYLES)]
                  for i, b in enumerate(report.summary.bands)}
    band_column = grid.headers.index("Band")
    for row in grid.rows:
        style = band_style.get(row[band_column]) if color else None
        cells = list(row)
        if style:
            cells[band_column] = f"[{style}]{cells[band_column]}[/]"
        table.add_row(*cells)
    buffer = io.StringIO()
    width = max(80, sum(max(len(h), *(len(r[i]) for r in grid.rows) if grid.rows else [0]) + 3
                        for i, h in enumerate(grid.headers)))
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, markup=True)
    console.print(table)
    console.print(legend(report, by_method), style="dim" if color else None, markup=False,
                  soft_wrap=True)
    return buffer.getvalue()
