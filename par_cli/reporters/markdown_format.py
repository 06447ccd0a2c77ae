"""Markdown output: GitHub-flavoured tables with the same columns as the terminal tables."""

from __future__ import annotations

from par_cli.messages import visible
from par_cli.reporters.audit_rows import audit_grid, audit_title
from par_cli.reporters.compare_rows import compare_grid, compare_title, node_legend
from par_cli.reporters.grid import Grid
from par_cli.reporters.options import Options
from par_cli.reporters.score_rows import legend, score_grid, title
from par_cli.results import AuditReport, CompareReport, ScoreReport
from par_cli.trend_results import TrendReport


def _escape(cell: str) -> str:
    """A table cell on one line: a pipe escaped, a line break shown as \\n."""
    return visible(cell).replace("|", "\\|")


def _table(grid: Grid) -> list[str]:
    lines = ["| " + " | ".join(_escape(h) for h in grid.headers) + " |",
             "|" + "|".join("---:" if n else "---" for n in grid.numeric) + "|"]
    lines += ["| " + " | ".join(_escape(c) for c in row) + " |" for row in grid.rows]
    return lines


def render_score(report: ScoreReport, options: Options) -> str:
    labels = options.labels
    grid = score_grid(report, options.by_method, labels)
    lines = [f"## {title(report, labels)}", "", *_table(grid), "",
             "; ".join(grid.footer) + ".", "", legend(report, options.by_method, labels), ""]
    return "\n".join(lines)


def render_compare(report: CompareReport, options: Options) -> str:
    labels = options.labels
    areas = options.areas is not False  # only --no-areas leaves them out here
    grid = compare_grid(report, labels, areas)
    lines = [f"## {compare_title(report, labels)}", ""]
    lines += [f"> {labels('note', note=labels.note(note))}" for note in report.notes]
    if report.notes:
        lines.append("")
    lines += [*_table(grid), "", "; ".join(grid.footer) + ".", ""]
    if areas:
        lines += [node_legend(report, labels), ""]
    return "\n".join(lines)


def render_audit(report: AuditReport, options: Options) -> str:
    grid = audit_grid(report, options.labels)
    lines = [f"## {audit_title(report, options.labels)}", "", *_table(grid), "",
             "; ".join(grid.footer) + ".", ""]
    return "\n".join(lines)


def render_trend(report: TrendReport, options: Options) -> str:
    """Every year (Markdown is read rendered, where a wide table scrolls)."""
    from par_cli.reporters.trend_rows import trend_grid, trend_title

    labels = options.labels
    grid = trend_grid(report, labels)
    lines = [f"## {trend_title(report, labels)}", ""]
    lines += [f"> {labels('note', note=labels.note(note))}" for note in report.notes]
    if report.notes:
        lines.append("")
    lines += [*_table(grid), "", "; ".join(grid.footer) + ".", ""]
    return "\n".join(lines)
