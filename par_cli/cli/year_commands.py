"""Commands on a scored year: ``par score``, ``compare``, ``explain``, ``gap``, ``audit``.

Each reads: resolve inputs → one core call → one reporter → exit code. The core is imported
inside each command, so ``par --help`` loads none of it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from par_cli.choices import By, CompareSort, Lang, ScoreFormat, TreeFormat, TrendSort
from par_cli.cli.app import (
    AllowMissingOpt,
    CriteriaOpt,
    FormatOpt,
    FormatTree,
    JobsOpt,
    LangOpt,
    OutputOpt,
    PathsArg,
    UnitOpt,
    command,
    labels_for,
    needs_output,
    notes,
    output_format,
    progress_bar,
    quiet_run,
    render_options,
    say,
)
from par_cli.cli.output import write
from par_cli.limits import Limits
from par_cli.messages import Message

if TYPE_CHECKING:
    from collections.abc import Sequence

    from par_cli.reporters.options import Options
    from par_cli.runs import ScoredRun


def _workers(jobs: int) -> int:
    return jobs or os.cpu_count() or 1


def scored(
    paths: list[Path], criteria: list[Path] | None, allow_missing: bool, jobs: int,
    limits: Limits, exclude: tuple[str, ...], keep_depth: int | None = None,
    lang: Lang | None = None,
) -> ScoredRun:
    """A year's submissions scored (with a progress bar on a terminal); notes and warnings said."""
    from par_cli.reporters.check_formats import problem_line
    from par_cli.runs import score_run

    with progress_bar(lang) as progress:
        run = score_run(paths, criteria or [], limits, allow_missing, _workers(jobs),
                        progress=progress, keep_depth=keep_depth, exclude=exclude)
    notes(run.notes, lang)
    labels = labels_for(lang)
    for problem in run.warnings:
        say(problem_line(problem, labels), "yellow")
    return run


def _years_notes(said: Sequence[Message], form: ScoreFormat, output: Path | None,
                 options: Options) -> None:
    """The notes of a comparison of years (compare, trend) on stderr. The table, the Markdown
    and the story head themselves with them: on a terminal that is where they are read, so
    they are said once, not again on stderr."""
    carried = form in (ScoreFormat.TABLE, ScoreFormat.MARKDOWN) and output is None
    if not (carried and sys.stdout.isatty()) and not quiet_run():
        for note in said:
            say(options.labels.say(Message.of("note-line", note=note)), "yellow")


@command(reads_folders=True)
def score(
    paths: PathsArg,
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    by: Annotated[By, typer.Option("--by", help="Table columns: area index % or points per "
                                                "method.")] = By.AREA,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Levels of nodes in JSON.")] = 1,
    group: Annotated[bool, typer.Option("--group", help="Rank within each unit's group.")] = False,
    top: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--top", min=1, help="Keep the top N (and every unit tied at N).")] = None,
    rank_by: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--rank-by", metavar="NODE", help="Rank and sort by this node's index (any node id, "
        "e.g. 3 or 3.1); the overall rank is kept beside it.")] = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """Score a year's submissions and print the ranked table.

    All submissions must name the same criteria set and year. Any problem in any file stops the
    run with exit 1 before a ranking is printed: a ranking with a unit missing is wrong data.
    """
    from par_cli.ranking import build_report
    from par_cli.reporters.registry import SCORE_REPORTERS

    form = output_format(format, output, ScoreFormat)
    needs_output(form is ScoreFormat.XLSX, output)
    # --rank-by may name a node at any depth: the whole trees are kept to find it
    run = scored(paths, criteria, allow_missing, jobs, limits, exclude,
                 keep_depth=None if rank_by else depth, lang=lang)
    report = build_report(run.index, run.year, run.results, depth=depth, grouped=group, top=top,
                          left_out=[(f.path, f.why.value) for f in run.left_out],
                          rank_by=rank_by)
    options = render_options(output, lang, by is By.METHOD)
    write(SCORE_REPORTERS[form](report, options), output, run.inputs)


@command(reads_folders=True)
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier year: a folder of submissions or a "
                                             "JSON file written by par score --format json.")],
    new: Annotated[Path, typer.Argument(help="The later year, in either form.")],
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    map_file: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--map", help="YAML mapping of old unit id -> new unit id (renames, mergers).")] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    unit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--unit", help="Tell one unit's story, overall and per area, in sentences.")] = None,
    sort: Annotated[CompareSort, typer.Option(
        "--sort", help="Order of units in the table.")] = CompareSort.NEW_RANK,
    areas: Annotated[Optional[bool], typer.Option(  # noqa: UP045
        "--areas/--no-areas", show_default=False,
        help="Per-area rank columns in the table and Markdown (default: shown when they fit "
             "the terminal, and always when not a terminal).")] = None,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """Compare two years: index, rank and band changes, overall and per area.

    Units present in only one year are listed as new or gone. When the years use different
    criteria sets this is said first, and only indexes, ranks and shared node ids are compared.
    """
    from par_cli.reporters.registry import COMPARE_REPORTERS
    from par_cli.reporters.story import render_story
    from par_cli.runs import compare_run

    form = output_format(format, output, ScoreFormat)
    needs_output(form is ScoreFormat.XLSX, output)
    options = render_options(output, lang, areas=areas)
    run = compare_run(old, new, criteria or [], map_file, limits, _workers(jobs), unit,
                      sort.value, options.labels.lang is Lang.VI, exclude)
    notes(run.read_notes, lang)
    _years_notes(run.report.notes, form, output, options)
    if unit is not None and form is ScoreFormat.TABLE:
        write(render_story(run.report, options.labels, options.width), output, run.inputs)
    else:
        write(COMPARE_REPORTERS[form](run.report, options), output, run.inputs)


@command(reads_folders=True)
def trend(
    paths: Annotated[list[Path], typer.Argument(
        help="Two or more years, in any order: each a folder of submissions, a JSON file "
             "written by par score --format json, or a published results table (.csv).")],
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    map_files: Annotated[Optional[list[Path]], typer.Option(  # noqa: UP045
        "--map", metavar="FILE", help="YAML mapping of old unit id -> new unit id (renames, "
                                      "mergers); repeatable.")] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    unit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--unit", metavar="ID", help="Tell one unit's story across the years, in "
                                     "sentences.")] = None,
    sort: Annotated[TrendSort, typer.Option(
        "--sort", help="Order of units: last rank, index change first → last, or name."
    )] = TrendSort.LAST_RANK,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """Follow units over several years: index and rank each year, the change from first to
    last, and a sparkline of the rank.

    Renames and mergers follow --map (applied after the last year the old id appears); a
    change of methodology between years is noted first.
    """
    from par_cli.reporters.registry import TREND_REPORTERS
    from par_cli.reporters.trend_story import render_trend_story
    from par_cli.runs import trend_run

    form = output_format(format, output, ScoreFormat)
    needs_output(form is ScoreFormat.XLSX, output)
    options = render_options(output, lang)
    run = trend_run(paths, criteria or [], map_files or [], limits, _workers(jobs), unit,
                    sort.value, options.labels.lang is Lang.VI, exclude)
    notes(run.read_notes, lang)
    _years_notes(run.report.notes, form, output, options)
    if unit is not None and form is ScoreFormat.TABLE:
        write(render_trend_story(run.report, options.labels, options.width), output, run.inputs)
    else:
        write(TREND_REPORTERS[form](run.report, options), output, run.inputs)


@command(reads_folders=True)
def explain(
    paths: PathsArg,
    unit: UnitOpt,
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Levels of the tree.")] = 99,
    format: FormatTree = None,
    output: OutputOpt = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """Explain one unit's result as a tree: points, index, rank of each area, points lost,
    self-assessed → appraised changes with notes, and scores without evidence."""
    from par_cli.explain import explain_unit
    from par_cli.reporters.registry import EXPLAIN_REPORTERS

    form = output_format(format, output, TreeFormat)
    run = scored(paths, criteria, allow_missing, jobs, limits, exclude, lang=lang)
    report = explain_unit(run.index, run.year, run.results, unit, depth)
    write(EXPLAIN_REPORTERS[form](report, render_options(output, lang)), output, run.inputs)


@command(reads_folders=True)
def gap(
    paths: PathsArg,
    unit: UnitOpt,
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    top: Annotated[int, typer.Option("--top", min=1, help="The top N to reach.")] = 10,
    set_: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045
        "--set", help="What if: ID=VALUE in the node's own rule (repeatable), e.g. "
                      "--set 3.1.1=yes --set 5.2=80.")] = None,
    format: FormatTree = None,
    output: OutputOpt = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """What it takes one unit to climb, others unchanged: points for the next rank, the top N
    and the next band; the nodes with most headroom; what-if with --set."""
    from par_cli.gap import gap_unit, parse_sets
    from par_cli.reporters.registry import GAP_REPORTERS

    sets = parse_sets(set_ or [])
    form = output_format(format, output, TreeFormat)
    run = scored(paths, criteria, allow_missing, jobs, limits, exclude, lang=lang)
    report = gap_unit(run.index, run.year, run.results, run.submissions, unit, top, sets,
                      allow_missing)
    write(GAP_REPORTERS[form](report, render_options(output, lang)), output, run.inputs)


@command(reads_folders=True)
def audit(
    paths: PathsArg,
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """The appraisal review list: per unit the self-assessed and final totals, points lost in
    appraisal, nodes changed and nodes with points but no evidence; most points lost first."""
    from par_cli.explain import audit_units
    from par_cli.reporters.registry import AUDIT_REPORTERS

    form = output_format(format, output, ScoreFormat)
    needs_output(form is ScoreFormat.XLSX, output)
    run = scored(paths, criteria, allow_missing, jobs, limits, exclude, keep_depth=1, lang=lang)
    report = audit_units(run.index, run.year, run.results)
    write(AUDIT_REPORTERS[form](report, render_options(output, lang)), output, run.inputs)
