"""Output formats: one module per format, registered by a ``str`` enum.

Every reporter takes the report and the render ``Options`` (colour, language, columns) and
returns text, or bytes for a spreadsheet; the CLI decides where it goes. JSON, CSV and xlsx are
language-neutral and ignore the options.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from par_cli.choices import By, CheckFormat, CompareSort, ScoreFormat, TreeFormat
from par_cli.i18n import Text
from par_cli.problems import Problem
from par_cli.reporters import (
    check_formats,
    csv_format,
    json_format,
    markdown_format,
    table_format,
    xlsx_format,
)
from par_cli.reporters.options import Options
from par_cli.results import AuditReport, CompareReport, ExplainReport, GapReport, ScoreReport

R = TypeVar("R")
Output = str | bytes


def _neutral(render: Callable[[R], Output]) -> Callable[[R, Options], Output]:
    """A language-neutral reporter: the options do not apply."""
    return lambda report, options: render(report)


SCORE_REPORTERS: dict[ScoreFormat, Callable[[ScoreReport, Options], Output]] = {
    ScoreFormat.TABLE: table_format.render_score,
    ScoreFormat.JSON: _neutral(json_format.render_score),
    ScoreFormat.CSV: _neutral(csv_format.render_score),
    ScoreFormat.MARKDOWN: markdown_format.render_score,
    ScoreFormat.XLSX: _neutral(xlsx_format.render_score),
}

COMPARE_REPORTERS: dict[ScoreFormat, Callable[[CompareReport, Options], Output]] = {
    ScoreFormat.TABLE: table_format.render_compare,
    ScoreFormat.JSON: _neutral(json_format.render_compare),
    ScoreFormat.CSV: _neutral(csv_format.render_compare),
    ScoreFormat.MARKDOWN: markdown_format.render_compare,
    ScoreFormat.XLSX: _neutral(xlsx_format.render_compare),
}

EXPLAIN_REPORTERS: dict[TreeFormat, Callable[[ExplainReport, Options], Output]] = {
    TreeFormat.TABLE: table_format.render_explain,
    TreeFormat.JSON: _neutral(json_format.render_explain),
}

GAP_REPORTERS: dict[TreeFormat, Callable[[GapReport, Options], Output]] = {
    TreeFormat.TABLE: table_format.render_gap,
    TreeFormat.JSON: _neutral(json_format.render_gap),
}

AUDIT_REPORTERS: dict[ScoreFormat, Callable[[AuditReport, Options], Output]] = {
    ScoreFormat.TABLE: table_format.render_audit,
    ScoreFormat.JSON: _neutral(json_format.render_audit),
    ScoreFormat.CSV: _neutral(csv_format.render_audit),
    ScoreFormat.MARKDOWN: markdown_format.render_audit,
    ScoreFormat.XLSX: _neutral(xlsx_format.render_audit),
}

CHECK_REPORTERS: dict[CheckFormat, Callable[[Sequence[Problem], Text], str]] = {
    CheckFormat.TEXT: check_formats.render_text,
    CheckFormat.JSON: check_formats.render_json,
    CheckFormat.GITHUB: check_formats.render_github,
}

__all__ = [
    "AUDIT_REPORTERS", "CHECK_REPORTERS", "COMPARE_REPORTERS", "EXPLAIN_REPORTERS",
    "GAP_REPORTERS", "SCORE_REPORTERS", "By", "CheckFormat", "CompareSort", "Options",
    "ScoreFormat", "TreeFormat",
]
