"""Markdown output: a GitHub-flavoured table with the same columns as the terminal table."""

from __future__ import annotations

from par_cli.reporters.score_rows import legend, score_grid, title
from par_cli.results import ScoreReport


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


def render_score(report: ScoreReport, by: object, color: bool) -> str:
    grid = score_grid(report, by_method=getattr(by, "value", by) == "method")
    lines = [f"## {title(report)}", ""]
    lines.append("| " + " | ".join(grid.headers) + " |")
    lines.append("|" + "|".join("---:" if n else "---" for n in grid.numeric) + "|")
    for row in grid.rows:
        lines.append("| " + " | ".join(_escape(c) for c in row) + " |")
    lines += ["", "; ".join(grid.footer) + ".", "",
              legend(report, getattr(by, "value", by) == "method"), ""]
    return "\n".join(lines)
