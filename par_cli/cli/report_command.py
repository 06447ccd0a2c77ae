"""``par report``: several scored years → one report people read (charts), as a self-contained
HTML page or a PDF; each chart as SVG and PNG with ``--charts-dir``. Only wiring here: the
years are read by the core (``report_data``), drawn by a reporter (``report_format``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from par_cli.cli.app import CriteriaOpt, JobsOpt, LangOpt, command, labels_for, notes
from par_cli.cli.output import write, write_all
from par_cli.errors import UsageError
from par_cli.limits import Limits
from par_cli.messages import Message

SUFFIXES = {".html": False, ".htm": False, ".pdf": True}  # suffix -> is a PDF


@command(reads_folders=True)
def report(
    paths: Annotated[list[Path], typer.Argument(
        help="The years: each a folder of submissions or a JSON file written by par score "
             "--format json, in any order.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The report to write: FILE.html (one self-contained page) or "
                               "FILE.pdf.")],
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    unit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--unit", help="Highlight this unit and add its profile (area indexes against the "
                       "national and group averages, the areas whose rank moved most).")] = None,
    map_file: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--map", help="YAML mapping of old unit id -> new unit id (renames, mergers).")] = None,
    charts_dir: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--charts-dir", help="Also write every chart as SVG and PNG into this folder "
                             "(created when missing; files of the same name are replaced).")
    ] = None,
    jobs: JobsOpt = 0,
    lang: LangOpt = None,
) -> None:
    """Draw the scored years as a report people read: ranked bars, a heat map of area indexes,
    rank movement between the last two years, trends, and a unit's profile with --unit.

    The HTML opens without a network (charts, style and fonts inline, no script); the PDF has
    one A4 page per section. Needs the optional extra: pip install 'par-cli[report]'.
    """
    import os

    from par_cli.optional import pypdf_module, vl_convert_module

    pdf = SUFFIXES.get(output.suffix.lower())
    if pdf is None:
        raise UsageError(Message.of("report.output-suffix", path=output))
    vl_convert_module()  # before any year is read: a missing extra is said at once
    if pdf:
        pypdf_module()
    from par_cli.report_data import check_unit, report_years
    from par_cli.reporters.report_format import render_report

    data = report_years(paths, criteria or [], map_file, limits, exclude,
                        jobs or os.cpu_count() or 1)
    notes(data.read_notes, lang)
    if unit is not None:
        unit = check_unit(data, unit).unit
    labels = labels_for(lang)
    rendered = render_report(data, labels, unit, pdf, charts_dir is not None)
    if charts_dir is not None:
        write_all([(charts_dir / name, content) for name, content in rendered.charts],
                  force=True, inputs=data.inputs)
    write(rendered.document, output, data.inputs)
    notes([Message.of("note.wrote", path=output)], lang)
