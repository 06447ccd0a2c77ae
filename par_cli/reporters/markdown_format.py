"""Markdown output: a GitHub-flavoured table with the same columns as the terminal table."""

from __future__ import annotations

from par_cli.reporters.compare_rows import compare_grid, compare_title, node_legend
from par_cli.reporters.insight_rows import audit_grid
from par_cli.reporters.score_rows import Grid, legend, score_grid, title
from par_cli.results import AuditReport, CompareReport, ScoreReport


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


def render_score(report: ScoreReport, by: object, color: bool) -> str:
    grid = score_grid(report, by_method=getattr(by, "value", by) == "method")
    lines = [f"## {title(report)}", ""]
    lines += _table(grid)
    lines += ["", "; ".join(grid.footer) + ".", "",
              legend(report, getattr(by, "value", by) == "method"), ""]
    return "\n".join(lines)


def _table(grid: Grid) -> list[str]:
    lines = ["| " + " | ".join(grid.headers) + " |",
             "|" + "|".join("---:" if n else "---" for n in grid.numeric) + "|"]
    lines += ["| " + " | ".join(_escape(c) for c in row) + " |" for row in grid.rows]
    return lines


def render_compare(report: CompareReport) -> str:
    grid = compare_grid(report)
    lines = [f"## {compare_title(report)}", ""]
    lines += [f"> {note}" for note in report.notes]
    if report.notes:
        lines.append("")
    lines += _table(grid)
    lines += ["", "; ".join(grid.footer) + ".", "", node_legend(report), ""]
    return "\n".join(lines)


def render_audit(report: AuditReport) -> str:
    grid = audit_grid(report)
    lines = [f"## Appraisal audit — {report.criteria.title}, {report.year}", ""]
    lines += _table(grid)
    lines += ["", "; ".join(grid.footer) + ".", ""]
    return "\n".join(lines)
