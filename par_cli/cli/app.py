"""The typer application and what every command shares: options declared once, the one
``ParError`` handler, output written to stdout or atomically to a file, notes on stderr.

Light on purpose: nothing here imports the core, rich or pydantic at import time, so
``par --version`` and ``par --help`` start fast (benchmarks/startup_bench.py).
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
import typing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional, TypeVar

import typer

from par_cli import __version__
from par_cli.choices import Lang, ScoreFormat, TreeFormat
from par_cli.cli.help import tidy as tidy_help
from par_cli.errors import ParError, UsageError
from par_cli.limits import Limits
from par_cli.messages import Message

if TYPE_CHECKING:
    from rich.console import Console

    from par_cli.batch import Progress
    from par_cli.i18n import Labels
    from par_cli.reporters.options import Options

tidy_help()
app = typer.Typer(
    name="par",
    help="Exact calculator for composite governance indices (Vietnam's PAR Index first): "
    "score and rank units, compare years, check criteria and submission files.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=True,
)

# ---- options declared once -------------------------------------------------------------------

CriteriaOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--criteria", "-c", help="Criteria file or folder (repeatable); searched before "
                 "./criteria/ and the sets shipped with par."),
]
UnitOpt = Annotated[str, typer.Option("--unit", help="The unit id (as in its submission).")]
PathsArg = Annotated[list[Path], typer.Argument(help="Submission files or folders of them.")]
_FORMAT_HELP = "Output format (default: from the --output file's extension, else table)."
FormatTree = Annotated[Optional[TreeFormat], typer.Option(  # noqa: UP045
    "--format", "-f", help=_FORMAT_HELP)]
FormatOpt = Annotated[Optional[ScoreFormat], typer.Option(  # noqa: UP045
    "--format", "-f", help=_FORMAT_HELP)]
_SUFFIX_FORMATS = {".json": "json", ".csv": "csv", ".md": "markdown", ".markdown": "markdown",
                   ".xlsx": "xlsx"}
E = TypeVar("E", ScoreFormat, TreeFormat)


def output_format(chosen: E | None, output: Path | None, formats: type[E]) -> E:
    """The format asked for, or the one the --output file's extension names (r.xlsx is xlsx);
    a format that contradicts the extension is refused rather than written under it (Excel
    refuses a text table saved as .xlsx)."""
    wanted = _SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    names = [f.value for f in formats]
    if chosen is None:
        if wanted is None:
            return formats("table")
        if wanted not in names:
            raise UsageError(Message.of("output.suffix-unknown", path=output, wanted=wanted,
                                        formats=", ".join(names)))
        return formats(wanted)
    if wanted is not None and wanted != chosen.value:
        raise UsageError(Message.of("output.suffix-mismatch", path=output, wanted=wanted,
                                    format=chosen.value))
    return chosen
LangOpt = Annotated[Optional[Lang], typer.Option(  # noqa: UP045
    "--lang", help="Language of human-readable output (default: PAR_LANG, else en).")]
OutputOpt = Annotated[Optional[Path], typer.Option(  # noqa: UP045
    "--output", "-o", help="Write to this file (atomically) instead of stdout.")]
AllowMissingOpt = Annotated[bool, typer.Option(
    "--allow-missing", help="Count criteria without a score as 0 (and say which).")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0,
                                      help="Processes to load files with (0 = all cores).")]

_INPUT_OPTIONS = (
    inspect.Parameter("exclude", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[Optional[list[str]], typer.Option(  # noqa: UP045
                          "--exclude", "-x", metavar="GLOB",
                          help="Leave out files or folders matching GLOB (by name or path; "
                               "repeatable); they are listed as left out.")]),
    inspect.Parameter("max_file_size", inspect.Parameter.KEYWORD_ONLY, default=20,
                      annotation=Annotated[int, typer.Option(
                          "--max-file-size", help="Refuse files larger than this many MB.",
                          min=1)]),
    inspect.Parameter("max_depth", inspect.Parameter.KEYWORD_ONLY, default=64,
                      annotation=Annotated[int, typer.Option(
                          "--max-depth", help="Refuse YAML nested deeper than this.", min=2,
                          max=1000)]),
    inspect.Parameter("max_alias_nodes", inspect.Parameter.KEYWORD_ONLY, default=100_000,
                      annotation=Annotated[int, typer.Option(
                          "--max-alias-nodes",
                          help="Refuse YAML whose aliases expand to more nodes than this.",
                          min=0)]),
    inspect.Parameter("max_nodes", inspect.Parameter.KEYWORD_ONLY, default=1_000_000,
                      annotation=Annotated[int, typer.Option(
                          "--max-nodes",
                          help="Refuse YAML holding more values, lists and mappings than this.",
                          min=1)]),
)

_QUIET = inspect.Parameter(
    "quiet", inspect.Parameter.KEYWORD_ONLY, default=False,
    annotation=Annotated[bool, typer.Option(
        "--quiet", "-q", help="Say no notes on stderr, except those about files left out.")])

F = TypeVar("F", bound=Callable[..., None])

# One line each in ``par --help`` (the docstrings' first sentences are longer than a list shows).
SHORT_HELP = {
    "list": "The criteria sets par can see, and the units and years in folders.",
    "check": "Check criteria and submission files (for CI and pre-commit).",
    "schema": "Print the JSON Schema of a file format (for editors).",
    "template": "Write a blank submission (YAML or xlsx) to fill in.",
    "import": "Read filled-in spreadsheets back into submission files.",
    "score": "Score a year's submissions and print the ranked table.",
    "compare": "Compare two years: index, rank and band changes.",
    "trend": "Follow units over several years: index, rank and change.",
    "explain": "One unit's result as a tree: points, index, rank, points lost.",
    "gap": "What it takes one unit to climb: the next rank, the top N, a band.",
    "audit": "Self-assessed against appraised totals, per unit.",
    "report": "Draw scored years as charts: a self-contained HTML page or a PDF.",
}


class _Said:
    """What this run of a command has said on stderr: each note once, none under --quiet."""

    quiet = False
    notes: set[str] = set()  # noqa: RUF012 - reset by every run (``command``)


def _begin(quiet: bool) -> None:
    _Said.quiet = quiet
    _Said.notes = set()


def command(name: str | None = None, reads_folders: bool = False) -> Callable[[F], F]:
    """Register a command. With ``reads_folders``, ``--exclude`` and the four limit options are
    added to it, and the function receives ``exclude`` (a tuple of globs) and one ``limits:
    Limits``; every ``ParError`` it raises is reported in one place (``fail``) in the language
    of its ``lang`` option, if it has one."""

    def register(func: F) -> F:
        hints = typing.get_type_hints(func, include_extras=True)
        signature = inspect.signature(func)
        params = [p.replace(annotation=hints.get(p.name, p.annotation))
                  for p in signature.parameters.values() if p.name not in ("limits", "exclude")]
        if reads_folders:
            params += _INPUT_OPTIONS
        params.append(_QUIET)

        @functools.wraps(func)
        def run(**kwargs: Any) -> None:
            _begin(kwargs.pop("quiet"))
            if reads_folders:
                kwargs["exclude"] = tuple(kwargs.pop("exclude") or ())
                kwargs["limits"] = Limits(
                    max_bytes=kwargs.pop("max_file_size") * 1024 * 1024,
                    max_depth=kwargs.pop("max_depth"),
                    max_alias_nodes=kwargs.pop("max_alias_nodes"),
                    max_nodes=kwargs.pop("max_nodes"))
            try:
                func(**kwargs)
            except ParError as e:
                fail(e, kwargs.get("lang"))

        run.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in params}
        called = name or func.__name__.rstrip("_")
        app.command(name=name, short_help=SHORT_HELP.get(called))(run)
        return func

    return register


# ---- saying things on stderr -----------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def err() -> Console:
    from rich.console import Console

    console = Console(stderr=True, highlight=False)
    console.soft_wrap = not console.is_terminal  # notes wrap to a terminal's width; piped, whole
    return console


def labels_for(lang: Lang | None) -> Labels:
    from par_cli.i18n import Labels, resolve

    return Labels(resolve(lang))


def say(message: str, style: str = "") -> None:
    err().print(message, style=style or None, markup=False)


def notes(items: Sequence[Message], lang: Lang | None = None) -> None:
    """Notes on stderr, each once per run; under ``--quiet`` only those about files left out
    (nothing silences those: a file par did not read must never go unsaid)."""
    labels = labels_for(lang)
    for note in items:
        if _Said.quiet and not note.key.startswith(LEFT_OUT):
            continue
        text = labels.say(note)
        if text not in _Said.notes:
            _Said.notes.add(text)
            say(text, "dim")


LEFT_OUT = "note.left-out"


def quiet_run() -> bool:
    """Whether this run was given ``--quiet``."""
    return _Said.quiet


def fail(error: ParError, lang: Lang | None = None) -> NoReturn:
    """The one place a ``ParError`` becomes stderr lines and an exit code."""
    from par_cli.errors import InputProblems
    from par_cli.reporters.check_formats import problem_line

    notes(error.notes, lang)
    labels = labels_for(lang)
    if isinstance(error, InputProblems):
        # one plain write: a console call per line costs seconds with many thousand problems
        sys.stderr.write("".join(problem_line(p, labels) + "\n" for p in error.problems))
        sys.stderr.flush()
    say(labels.say(Message.of("error-line", message=error.say(labels.lang))), "red")
    raise typer.Exit(error.exit_code)


# ---- output ----------------------------------------------------------------------------------


def needs_output(binary: bool, output: Path | None, what: str = "--format xlsx") -> None:
    if binary and output is None:
        raise UsageError(Message.of("output.binary", what=what))


def render_options(output: Path | None, lang: Lang | None, by_method: bool = False,
                   areas: bool | None = None) -> Options:
    """How the report is drawn: colour on a terminal unless NO_COLOR; the terminal's width
    (``COLUMNS``, else the terminal's size) when stdout is one and there is no ``--output``,
    so that every line fits it; None when piped or written to a file (one row per line)."""
    import shutil

    from par_cli.reporters.options import Options

    terminal = output is None and sys.stdout.isatty()
    color = terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if terminal else None
    return Options(color, labels_for(lang), by_method, width, areas)


@contextmanager
def progress_bar(lang: Lang | None = None) -> Iterator[Progress | None]:
    """A progress bar on stderr for large folders, only when stderr is a terminal."""
    if not err().is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    from par_cli.batch import PARALLEL_FROM

    bar = RichProgress(
        TextColumn(labels_for(lang)("progress_scoring")), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err(), transient=True,
    )
    task = bar.add_task("files", total=None, start=False)
    shown = False

    def update(done: int, total: int) -> None:
        # drawn only once the run is known to be large: never a bar flashing "0/?" for a few
        # files, and its total is there from its first frame
        nonlocal shown
        if total < PARALLEL_FROM:
            return
        if not shown:
            bar.update(task, completed=done, total=total)
            bar.start_task(task)
            bar.start()
            shown = True
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        if shown:
            bar.stop()


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
