"""The command line: options in, one core call, one reporter, an exit code. Only wiring here.

``app.py`` holds the application and what commands share; the commands live in
``year_commands.py`` (score, compare, explain, gap, audit), ``file_commands.py`` (check,
schema, template, import), ``list_command.py`` (list) and ``report_command.py`` (report).
Importing this package registers every command.
"""

from __future__ import annotations

import gc
import os
import sys

from par_cli.cli import file_commands, list_command, report_command, year_commands
from par_cli.cli.app import app
from par_cli.limits import DEEP_RECURSION


def main() -> None:
    """Console-script entry point."""
    # A run allocates hundreds of thousands of small acyclic objects (nodes, Decimals, rows);
    # the default collector thresholds spend a quarter of the time scanning them for cycles
    # that do not exist (measured with benchmarks/score_bench.py).
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    # par uses no pydantic plugin; looking for them scans every installed package's entry
    # points, a sixth of the start-up of ``par check FILE`` (benchmarks/startup_bench.py)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # --max-depth allows 1000 levels of YAML: the walks over such a tree (loading, scoring,
    # writing JSON) recurse once or twice a level; Python calls no longer use the C stack
    sys.setrecursionlimit(max(sys.getrecursionlimit(), DEEP_RECURSION))
    app()


__all__ = ["app", "file_commands", "list_command", "main", "report_command", "year_commands"]
