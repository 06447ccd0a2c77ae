"""Which function renders which command's output in which format, registered by the ``str``
enums of ``choices.py``; a reporter module is imported only when its format is asked for.

Every reporter takes the report and the render ``Options`` (colour, language, columns) and
returns text, or bytes for a spreadsheet; the CLI decides where it goes. JSON, CSV and xlsx are
language-neutral and ignore the options.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import Any, Generic, TypeVar

from par_cli.choices import CheckFormat, ScoreFormat, TreeFormat

E = TypeVar("E", bound=Enum)
Output = str | bytes
Reporter = Callable[..., Any]


class Registry(Mapping[E, Reporter], Generic[E]):
    """Format -> reporter, each given as ``(module, function, takes_options)``."""

    def __init__(self, entries: dict[E, tuple[str, str, bool]]) -> None:
        self._entries = entries

    def __getitem__(self, format: E) -> Reporter:
        module_name, function_name, takes_options = self._entries[format]
        module = importlib.import_module(f"par_cli.reporters.{module_name}")
        render: Reporter = getattr(module, function_name)
        if takes_options:
            return render
        return lambda report, options: render(report)

    def __iter__(self) -> Iterator[E]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _tabular(command: str) -> Registry[ScoreFormat]:
    return Registry({
        ScoreFormat.TABLE: ("table_format", f"render_{command}", True),
        ScoreFormat.JSON: ("json_format", f"render_{command}", False),
        ScoreFormat.CSV: ("csv_format", f"render_{command}", False),
        ScoreFormat.MARKDOWN: ("markdown_format", f"render_{command}", True),
        ScoreFormat.XLSX: ("xlsx_format", f"render_{command}", False),
    })


def _tree(command: str) -> Registry[TreeFormat]:
    return Registry({
        TreeFormat.TABLE: ("table_format", f"render_{command}", True),
        TreeFormat.JSON: ("json_format", f"render_{command}", False),
    })


SCORE_REPORTERS = _tabular("score")
COMPARE_REPORTERS = _tabular("compare")
AUDIT_REPORTERS = _tabular("audit")
TREND_REPORTERS = _tabular("trend")
EXPLAIN_REPORTERS = _tree("explain")
GAP_REPORTERS = _tree("gap")
LIST_REPORTERS = _tree("list")
# check's reporters take the problems, not a report
CHECK_REPORTERS: Registry[CheckFormat] = Registry({
    CheckFormat.TEXT: ("check_formats", "render_text", True),
    CheckFormat.JSON: ("check_formats", "render_json", True),
    CheckFormat.GITHUB: ("check_formats", "render_github", True),
})

__all__ = ["AUDIT_REPORTERS", "CHECK_REPORTERS", "COMPARE_REPORTERS", "EXPLAIN_REPORTERS",
           "GAP_REPORTERS", "LIST_REPORTERS", "SCORE_REPORTERS", "TREND_REPORTERS", "Registry"]
