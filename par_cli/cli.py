"""The command line: options in, one core call, one reporter, an exit code. Only wiring here."""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

from par_cli import __version__
from par_cli.compare import compare_years, map_problems, only_unit, sort_units
from par_cli.errors import EXIT_OK, EXIT_PROBLEMS, InputProblems, ParError, RunError, UsageError
from par_cli.explain import audit_units, explain_unit
from par_cli.gap import gap_unit, parse_sets
from par_cli.i18n import Lang, Text, resolve
from par_cli.inputs import (
    PARALLEL_FROM,
    Progress,
    ScoredRun,
    build_catalog,
    read_unit_map,
    read_years,
    run_check,
    score_run,
)
from par_cli.loader import Limits, dump_yaml
from par_cli.problem_messages import line as problem_line
from par_cli.problems import Problem
from par_cli.ranking import build_report
from par_cli.reporters import (
    AUDIT_REPORTERS,
    CHECK_REPORTERS,
    COMPARE_REPORTERS,
    EXPLAIN_REPORTERS,
    GAP_REPORTERS,
    SCORE_REPORTERS,
    By,
    CheckFormat,
    CompareSort,
    Options,
    ScoreFormat,
    TreeFormat,
)
from par_cli.reporters.story import render_story
from par_cli.schemas import SchemaKind, json_schema
from par_cli.spreadsheet import import_workbook, template_xlsx
from par_cli.template import yaml_template

app = typer.Typer(
    name="par",
    help="Exact calculator for composite governance indices (Vietnam's PAR Index first): "
    "score and rank units, compare years, check criteria and submission files.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CriteriaOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--criteria", "-c", help="Criteria file or folder (repeatable); searched before "
                 "./criteria/ and the sets shipped with par."),
]
UnitOpt = Annotated[str, typer.Option("--unit", help="The unit id (as in its submission).")]
PathsArg = Annotated[list[Path], typer.Argument(help="Submission files or folders of them.")]
FormatTree = Annotated[TreeFormat, typer.Option("--format", "-f", help="Output format.")]
FormatOpt = Annotated[ScoreFormat, typer.Option("--format", "-f", help="Output format.")]
LangOpt = Annotated[Optional[Lang], typer.Option(  # noqa: UP045
    "--lang", help="Language of human-readable output (default: PAR_LANG, else en).")]
OutputOpt = Annotated[Optional[Path], typer.Option(  # noqa: UP045
    "--output", "-o", help="Write to this file (atomically) instead of stdout.")]
AllowMissingOpt = Annotated[bool, typer.Option(
    "--allow-missing", help="Count criteria without a score as 0 (and say which).")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0,
                                      help="Processes to load files with (0 = all cores).")]
MaxNodes = Annotated[int, typer.Option(
    "--max-nodes", help="Refuse YAML holding more values, lists and mappings than this.", min=1)]
MaxFileSize = Annotated[int, typer.Option(
    "--max-file-size", help="Refuse files larger than this many MB.", min=1)]
MaxDepth = Annotated[int, typer.Option("--max-depth", help="Refuse YAML nested deeper than this.",
                                       min=2, max=1000)]
MaxAlias = Annotated[int, typer.Option(
    "--max-alias-nodes", help="Refuse YAML whose aliases expand to more nodes than this.", min=0)]


def _limits(max_file_size: int, max_depth: int, max_alias_nodes: int, max_nodes: int) -> Limits:
    return Limits(max_bytes=max_file_size * 1024 * 1024, max_depth=max_depth,
                  max_alias_nodes=max_alias_nodes, max_nodes=max_nodes)


def _say(message: str, style: str = "") -> None:
    err.print(message, style=style or None, markup=False)


def _notes(notes: Sequence[str], lang: Lang | None = None) -> None:
    text = Text(resolve(lang))
    for note in notes:
        _say(text.note(note), "dim")


def _fail(error: ParError, lang: Lang | None = None) -> NoReturn:
    _notes(error.notes, lang)
    if isinstance(error, InputProblems):
        # one plain write: a console call per line costs seconds with many thousand problems
        text = Text(resolve(lang))
        sys.stderr.write("".join(problem_line(p, text) + "\n" for p in error.problems))
        sys.stderr.flush()
    _say(Text(resolve(lang))("error", message=error), "red")
    raise typer.Exit(error.exit_code)


def _write(text: str | bytes, output: Path | None) -> None:
    """Data to stdout, or atomically to a file: a failed run never leaves a half-written file."""
    if output is None:
        if isinstance(text, bytes):
            raise UsageError("this format writes a binary file: give --output FILE.xlsx")
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{output}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, output)
    except OSError as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise UsageError(f"{output}: cannot write ({e.strerror})") from e


def _needs_output(format: ScoreFormat, output: Path | None) -> None:
    if format is ScoreFormat.XLSX and output is None:
        raise UsageError("--format xlsx writes a binary file: give --output FILE.xlsx")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _options(output: Path | None, lang: Lang | None) -> Options:
    return Options(_color(output), Text(resolve(lang)))


def _color(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


@contextmanager
def _progress_bar() -> Iterator[Progress | None]:
    """A progress bar on stderr for large folders, only when stderr is a terminal."""
    if not err.is_terminal:
        yield None
        return
    with RichProgress(
        TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True,
    ) as bar:
        task = bar.add_task("files", total=None)

        def update(done: int, total: int) -> None:
            if total >= PARALLEL_FROM:
                bar.update(task, completed=done, total=total)

        yield update


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"par {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.",
                                          callback=version_callback, is_eager=True)] = False,
) -> None:
    """par: score, rank, compare and check composite governance indices."""


# ---- par check -------------------------------------------------------------------------------


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Criteria and submission files or folders.")],
    criteria: CriteriaOpt = None,
    format: Annotated[CheckFormat, typer.Option(
        "--format", "-f", help="How problems are written.")] = CheckFormat.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail the run too.")] = False,
    max_file_size: MaxFileSize = 20,
    max_depth: MaxDepth = 64,
    max_alias_nodes: MaxAlias = 100_000,
    max_nodes: MaxNodes = 1_000_000,
    lang: LangOpt = None,
) -> None:
    """Check criteria and submission files (told apart by their format: line); for CI.

    Every problem is one line path:line:col: severity: message [rule-id]. Exit 0 when clean,
    1 when there are errors (or warnings with --strict), 2 when a path cannot be read.
    """
    try:
        limits = _limits(max_file_size, max_depth, max_alias_nodes, max_nodes)
        problems, notes, counts = run_check(paths, criteria or [], limits)
    except ParError as e:
        _fail(e, lang)
    _notes(notes, lang)
    sys.stdout.write(CHECK_REPORTERS[format](problems, Text(resolve(lang))))
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    summary = Text(resolve(lang))("check_summary", criteria=counts[0], submissions=counts[1],
                                  errors=errors, warnings=warnings)
    _say(summary, "red" if errors else "")
    failed = errors > 0 or (strict and warnings > 0)
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


# ---- par score -------------------------------------------------------------------------------


@app.command()
def score(
    paths: PathsArg,
    criteria: CriteriaOpt = None,
    format: FormatOpt = ScoreFormat.TABLE,
    output: OutputOpt = None,
    by: Annotated[By, typer.Option("--by", help="Table columns: area index % or points per "
                                                "method.")] = By.AREA,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Levels of nodes in JSON.")] = 1,
    group: Annotated[bool, typer.Option("--group", help="Rank within each unit's group.")] = False,
    top: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--top", min=1, help="Keep the top N (and every unit tied at N).")] = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    max_file_size: MaxFileSize = 20,
    max_depth: MaxDepth = 64,
    max_alias_nodes: MaxAlias = 100_000,
    max_nodes: MaxNodes = 1_000_000,
    lang: LangOpt = None,
) -> None:
    """Score a year's submissions and print the ranked table.

    All submissions must name the same criteria set and year. Any problem in any file stops the
    run with exit 1 before a ranking is printed: a ranking with a unit missing is wrong data.
    """
    try:
        _needs_output(format, output)
        limits = _limits(max_file_size, max_depth, max_alias_nodes, max_nodes)
        run = _scored(paths, criteria, allow_missing, jobs, limits, keep_depth=depth,
                      lang=lang)
        report = build_report(run.index, run.year, run.results, depth=depth, grouped=group,
                              top=top)
        options = Options(_color(output), Text(resolve(lang)), by is By.METHOD)
        _write(SCORE_REPORTERS[format](report, options), output)
    except ParError as e:
        _fail(e, lang)


# ---- par compare -----------------------------------------------------------------------------


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier year: a folder of submissions or a "
                                             "JSON file written by par score --format json.")],
    new: Annotated[Path, typer.Argument(help="The later year, in either form.")],
    criteria: CriteriaOpt = None,
    map_file: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--map", help="YAML mapping of old unit id -> new unit id (renames, mergers).")] = None,
    format: FormatOpt = ScoreFormat.TABLE,
    output: OutputOpt = None,
    unit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--unit", help="Tell one unit's story, overall and per area, in sentences.")] = None,
    sort: Annotated[CompareSort, typer.Option(
        "--sort", help="Order of units in the table.")] = CompareSort.NEW_RANK,
    jobs: JobsOpt = 0,
    max_file_size: MaxFileSize = 20,
    max_depth: MaxDepth = 64,
    max_alias_nodes: MaxAlias = 100_000,
    max_nodes: MaxNodes = 1_000_000,
    lang: LangOpt = None,
) -> None:
    """Compare two years: index, rank and band changes, overall and per area.

    Units present in only one year are listed as new or gone. When the years use different
    criteria sets this is said first, and only indexes, ranks and shared node ids are compared.
    """
    try:
        _needs_output(format, output)
        limits = _limits(max_file_size, max_depth, max_alias_nodes, max_nodes)
        for path in (old, new):
            if not path.exists():
                raise UsageError(f"{path}: no such file or folder")
        catalog = build_catalog(criteria or [], limits)
        if catalog.problems:
            raise InputProblems(catalog.problems, "the --criteria files have problems")
        workers = jobs or os.cpu_count() or 1
        mapping = read_unit_map(map_file, limits) if map_file is not None else {}
        before, after = read_years(old, new, catalog, limits, workers)
        _notes(list(dict.fromkeys([*before.notes, *after.notes])), lang)
        unknown = map_problems(before, after, mapping)
        if unknown:
            raise RunError(f"{map_file}: " + "; ".join(unknown) + " [unit-map]")
        report = compare_years(before, after, mapping)
        for note in report.notes:
            _say(f"note: {Text(resolve(lang)).note(note)}", "yellow")
        if unit is not None:
            report = only_unit(report, unit)
            if not report.units:
                raise RunError(f"unit '{unit}' is in neither year")
        options = Options(_color(output), Text(resolve(lang)))
        report = sort_units(report, sort.value, options.text.lang is Lang.VI)
        rendered: str | bytes
        if unit is not None and format is ScoreFormat.TABLE:
            rendered = render_story(report, options.text)
        else:
            rendered = COMPARE_REPORTERS[format](report, options)
        _write(rendered, output)
    except ParError as e:
        _fail(e, lang)


# ---- par explain, par gap, par audit ---------------------------------------------------------

def _scored(
    paths: list[Path], criteria: list[Path] | None, allow_missing: bool, jobs: int,
    limits: Limits, keep_depth: int | None = None, lang: Lang | None = None,
) -> ScoredRun:
    workers = jobs or os.cpu_count() or 1
    with _progress_bar() as progress:
        run = score_run(paths, criteria or [], limits, allow_missing, workers, progress=progress,
                        keep_depth=keep_depth)
    _notes(run.notes, lang)
    text = Text(resolve(lang))
    for problem in run.warnings:
        _say(problem_line(problem, text), "yellow")
    return run


@app.command()
def explain(
    paths: PathsArg,
    unit: UnitOpt,
    criteria: CriteriaOpt = None,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Levels of the tree.")] = 99,
    format: FormatTree = TreeFormat.TABLE,
    output: OutputOpt = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    max_file_size: MaxFileSize = 20,
    max_depth: MaxDepth = 64,
    max_alias_nodes: MaxAlias = 100_000,
    max_nodes: MaxNodes = 1_000_000,
    lang: LangOpt = None,
) -> None:
    """Explain one unit's result as a tree: points, index, rank of each area, points lost,
    self-assessed → appraised changes with notes, and scores without evidence."""
    try:
        run = _scored(paths, criteria, allow_missing, jobs,
                      _limits(max_file_size, max_depth, max_alias_nodes, max_nodes), lang=lang)
        try:
            report = explain_unit(run.index, run.year, run.results, unit, depth)
        except LookupError as e:
            raise RunError(f"unit '{unit}' is not among the submissions") from e
        _write(EXPLAIN_REPORTERS[format](report, _options(output, lang)), output)
    except ParError as e:
        _fail(e, lang)


@app.command()
def gap(
    paths: PathsArg,
    unit: UnitOpt,
    criteria: CriteriaOpt = None,
    top: Annotated[int, typer.Option("--top", min=1, help="The top N to reach.")] = 10,
    set_: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045
        "--set", help="What if: ID=VALUE in the node's own rule (repeatable), e.g. "
                      "--set 3.1.1=yes --set 5.2=80.")] = None,
    format: FormatTree = TreeFormat.TABLE,
    output: OutputOpt = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    max_file_size: MaxFileSize = 20,
    max_depth: MaxDepth = 64,
    max_alias_nodes: MaxAlias = 100_000,
    max_nodes: MaxNodes = 1_000_000,
    lang: LangOpt = None,
) -> None:
    """What it takes one unit to climb, others unchanged: points for the next rank, the top N
    and the next band; the nodes with most headroom; what-if with --set."""
    try:
        sets = parse_sets(set_ or [])
        run = _scored(paths, criteria, allow_missing, jobs,
                      _limits(max_file_size, max_depth, max_alias_nodes, max_nodes), lang=lang)
        report = gap_unit(run.index, run.year, run.results, run.submissions, unit, top, sets,
                          allow_missing)
        _write(GAP_REPORTERS[format](report, _options(output, lang)), output)
    except ParError as e:
        _fail(e, lang)


@app.command()
def audit(
    paths: PathsArg,
    criteria: CriteriaOpt = None,
    format: FormatOpt = ScoreFormat.TABLE,
    output: OutputOpt = None,
    allow_missing: AllowMissingOpt = False,
    jobs: JobsOpt = 0,
    max_file_size: MaxFileSize = 20,
    max_depth: MaxDepth = 64,
    max_alias_nodes: MaxAlias = 100_000,
    max_nodes: MaxNodes = 1_000_000,
    lang: LangOpt = None,
) -> None:
    """The appraisal review list: per unit the self-assessed and final totals, points lost in
    appraisal, nodes changed and nodes with points but no evidence; most points lost first."""
    try:
        _needs_output(format, output)
        run = _scored(paths, criteria, allow_missing, jobs,
                      _limits(max_file_size, max_depth, max_alias_nodes, max_nodes), keep_depth=1,
                      lang=lang)
        report = audit_units(run.index, run.year, run.results)
        _write(AUDIT_REPORTERS[format](report, _options(output, lang)), output)
    except ParError as e:
        _fail(e, lang)


# ---- par schema, par template, par import ----------------------------------------------------


@app.command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="Which format: criteria or submission.")],
) -> None:
    """Print the JSON Schema of a file format (for editors and other tools)."""
    sys.stdout.write(json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n")


class TemplateFormat(str, Enum):
    YAML = "yaml"
    XLSX = "xlsx"


@app.command()
def template(
    criteria_id: Annotated[str, typer.Argument(help="Id of the criteria set.")],
    criteria: CriteriaOpt = None,
    unit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--unit", help="Unit id to put in the template.")] = None,
    year: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--year", help="Year to put in the template (default: the set's last year).")] = None,
    format: Annotated[TemplateFormat, typer.Option(
        "--format", "-f", help="yaml, or xlsx (a fill-in spreadsheet).")] = TemplateFormat.YAML,
    output: OutputOpt = None,
) -> None:
    """Write a blank submission listing every leaf with its rule and max, ready to fill in."""
    try:
        if format is TemplateFormat.XLSX and output is None:
            raise UsageError("--format xlsx writes a binary file: give --output FILE.xlsx")
        catalog = build_catalog(criteria or [])
        index = catalog.index(criteria_id)
        if index is None:
            known = ", ".join(catalog.known_ids())
            raise RunError(f"criteria set '{criteria_id}' not found or invalid (known: {known})")
        if year is not None and year not in index.criteria.years:
            _say(f"note: {year} is not one of the years of '{criteria_id}'", "yellow")
        if format is TemplateFormat.XLSX:
            _write(template_xlsx(index, unit, year), output)
        else:
            _write(yaml_template(index, unit, year), output)
    except ParError as e:
        _fail(e)


@app.command(name="import")
def import_(
    workbooks: Annotated[list[Path], typer.Argument(help="Filled-in .xlsx templates.")],
    output_dir: Annotated[Path, typer.Option("--output-dir", "-d",
                                             help="Folder to write submission files into.")],
    criteria: CriteriaOpt = None,
) -> None:
    """Read filled-in spreadsheet templates back into submission files, validated as par check
    validates them; a bad cell is reported as FILE.xlsx:Sheet!C12."""
    try:
        for path in workbooks:
            if not path.exists():
                raise UsageError(f"{path}: no such file")
        if not output_dir.is_dir():
            raise UsageError(f"{output_dir}: no such folder")
        catalog = build_catalog(criteria or [])
        written: list[tuple[Path, str]] = []
        problems: list[Problem] = []
        for path in workbooks:
            imported, found = import_workbook(path, catalog)
            problems.extend(found)
            written += [(output_dir / f"{item.unit}.yaml", dump_yaml(item.data))
                        for item in imported]
        if any(p.is_error for p in problems):
            raise InputProblems(problems, "nothing was written")
        for target, text in written:
            _write(text, target)
            _say(f"wrote {target}")
    except ParError as e:
        _fail(e)


def main() -> None:
    """Console-script entry point."""
    # A run allocates hundreds of thousands of small acyclic objects (nodes, Decimals, rows);
    # the default collector thresholds spend a quarter of the time scanning them for cycles
    # that do not exist (measured with benchmarks/score_bench.py).
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
