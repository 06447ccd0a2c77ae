"""``par list``: what par can see — the criteria sets, and the units and years in folders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from par_cli.choices import TreeFormat
from par_cli.cli.app import (
    CriteriaOpt,
    FormatTree,
    LangOpt,
    OutputOpt,
    command,
    labels_for,
    notes,
    output_format,
    render_options,
    say,
)
from par_cli.cli.output import write
from par_cli.errors import EXIT_PROBLEMS
from par_cli.limits import Limits


@command("list", reads_folders=True)
def list_(
    limits: Limits,
    exclude: tuple[str, ...],
    paths: Annotated[Optional[list[Path]], typer.Argument(  # noqa: UP045
        help="Folders or files to look in for submissions (none: only the sets).")] = None,
    criteria: CriteriaOpt = None,
    format: FormatTree = None,
    output: OutputOpt = None,
    lang: LangOpt = None,
) -> None:
    """List the criteria sets par can see (id, years, title, and where each is read from) and,
    given folders, the years and units found in them.

    A submission is listed from its header (unit, name, year, criteria) even when its scores
    have problems; one that cannot be read that far is counted and its problems said, with
    exit 1. Criteria files found in the folders are listed among the sets.
    """
    from par_cli.listing import list_run
    from par_cli.reporters.check_formats import problem_line
    from par_cli.reporters.registry import LIST_REPORTERS

    form = output_format(format, output, TreeFormat)
    listed = list_run(paths or [], criteria or [], limits, exclude)
    notes(listed.notes, lang)
    labels = labels_for(lang)
    for problem in listed.problems:
        say(problem_line(problem, labels), "red" if problem.is_error else "yellow")
    write(LIST_REPORTERS[form](listed.inventory, render_options(output, lang)), output,
          [str(p) for p in paths or []])
    if listed.inventory.unlisted:
        raise typer.Exit(EXIT_PROBLEMS)
