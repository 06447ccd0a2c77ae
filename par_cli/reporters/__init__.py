"""Output formats: one module per format, registered by a ``str`` enum; each returns a string."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from par_cli.problems import Problem
from par_cli.reporters import (
    check_formats,
    csv_format,
    json_format,
    markdown_format,
    table_format,
    xlsx_format,
)
from par_cli.results import AuditReport, CompareReport, ExplainReport, GapReport, ScoreReport


class ScoreFormat(str, Enum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    XLSX = "xlsx"


class CheckFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


class By(str, Enum):
    AREA = "area"
    METHOD = "method"


class CompareSort(str, Enum):
    NEW_RANK = "new-rank"
    RANK_CHANGE = "rank-change"
    INDEX_CHANGE = "index-change"


Output = str | bytes
ScoreReporter = Callable[[ScoreReport, By, bool], Output]

SCORE_REPORTERS: dict[ScoreFormat, ScoreReporter] = {
    ScoreFormat.TABLE: table_format.render_score,
    ScoreFormat.JSON: lambda report, by, color: json_format.render_score(report),
    ScoreFormat.CSV: lambda report, by, color: csv_format.render_score(report),
    ScoreFormat.MARKDOWN: markdown_format.render_score,
    ScoreFormat.XLSX: lambda report, by, color: xlsx_format.render_score(report),
}

COMPARE_REPORTERS: dict[ScoreFormat, Callable[[CompareReport, bool], Output]] = {
    ScoreFormat.TABLE: table_format.render_compare,
    ScoreFormat.JSON: lambda report, color: json_format.render_compare(report),
    ScoreFormat.CSV: lambda report, color: csv_format.render_compare(report),
    ScoreFormat.MARKDOWN: lambda report, color: markdown_format.render_compare(report),
    ScoreFormat.XLSX: lambda report, color: xlsx_format.render_compare(report),
}

class TreeFormat(str, Enum):
    TABLE = "table"
    JSON = "json"


EXPLAIN_REPORTERS: dict[TreeFormat, Callable[[ExplainReport, bool], str]] = {
    TreeFormat.TABLE: table_format.render_explain,
    TreeFormat.JSON: lambda report, color: json_format.render_explain(report),
}

GAP_REPORTERS: dict[TreeFormat, Callable[[GapReport, bool], str]] = {
    TreeFormat.TABLE: table_format.render_gap,
    TreeFormat.JSON: lambda report, color: json_format.render_gap(report),
}

AUDIT_REPORTERS: dict[ScoreFormat, Callable[[AuditReport, bool], Output]] = {
    ScoreFormat.TABLE: table_format.render_audit,
    ScoreFormat.JSON: lambda report, color: json_format.render_audit(report),
    ScoreFormat.CSV: lambda report, color: csv_format.render_audit(report),
    ScoreFormat.MARKDOWN: lambda report, color: markdown_format.render_audit(report),
    ScoreFormat.XLSX: lambda report, color: xlsx_format.render_audit(report),
}

CHECK_REPORTERS: dict[CheckFormat, Callable[[Sequence[Problem]], str]] = {
    CheckFormat.TEXT: check_formats.render_text,
    CheckFormat.JSON: check_formats.render_json,
    CheckFormat.GITHUB: check_formats.render_github,
}
