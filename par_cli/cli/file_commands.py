"""Commands on files rather than a scored year: ``par check``, ``schema``, ``template``,
``import``. The core is imported inside each command, so ``par --help`` loads none of it."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Annotated, Optional

import typer

from par_cli.choices import CheckFormat, Lang, SchemaKind, TemplateFormat
from par_cli.cli.app import (
    CriteriaOpt,
    LangOpt,
    OutputOpt,
    command,
    labels_for,
    notes,
    quiet_run,
    render_options,
    say,
)
from par_cli.cli.output import write
from par_cli.errors import EXIT_OK, EXIT_PROBLEMS, InputProblems, RunError, UsageError
from par_cli.limits import Limits
from par_cli.messages import Message


@command(reads_folders=True)
def check(
    paths: Annotated[list[Path], typer.Argument(help="Criteria and submission files or folders.")],
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    format: Annotated[CheckFormat, typer.Option(
        "--format", "-f", help="How problems are written.")] = CheckFormat.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail the run too.")] = False,
    lang: LangOpt = None,
) -> None:
    """Check criteria and submission files (told apart by their format: line); for CI.

    Every problem is one line path:line:col: severity: message [rule-id]. Exit 0 when clean,
    1 when there are errors (or warnings with --strict), 2 when a path cannot be read.
    """
    from par_cli.reporters.registry import CHECK_REPORTERS
    from par_cli.runs import check_run

    problems, found_notes, counts = check_run(paths, criteria or [], limits, exclude)
    notes(found_notes, lang)
    labels = labels_for(lang)
    write(CHECK_REPORTERS[format](problems, render_options(None, lang)), None)
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    summary = labels("check_summary", criteria=counts[0], submissions=counts[1], errors=errors,
                   warnings=warnings)
    failed = errors > 0 or (strict and warnings > 0)
    if failed or not quiet_run():
        say(summary, "red" if errors else "")
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


@command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="Which format: criteria or submission.")],
) -> None:
    """Print the JSON Schema of a file format (for editors and other tools)."""
    from par_cli.schemas import json_schema

    write(json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n", None)


@command()
def template(
    criteria_id: Annotated[Optional[str], typer.Argument(  # noqa: UP045
        help="Id of the criteria set (none: list the sets par can see; with "
             "--criteria-workbook, a blank workbook).")] = None,
    criteria: CriteriaOpt = None,
    unit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--unit", help="Unit id to put in the template.")] = None,
    year: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--year", help="Year to put in the template (default: the set's last year).")] = None,
    format: Annotated[Optional[TemplateFormat], typer.Option(  # noqa: UP045
        "--format", "-f", help="yaml, or xlsx (a fill-in workbook); default: from the "
                               "--output file's extension, else yaml.")] = None,
    criteria_workbook: Annotated[bool, typer.Option(
        "--criteria-workbook", help="Write the criteria set itself as a workbook (blank "
                                    "without an id), to build or extend its tree in Excel; "
                                    "par import reads it back. Default file: <id>.xlsx.")
    ] = False,
    lang: LangOpt = None,
    output: OutputOpt = None,
) -> None:
    """Write a blank submission listing every leaf with its rule and max, ready to fill in
    (YAML, or an xlsx workbook with drop-down lists and an instructions sheet), in English or
    Vietnamese (--lang vi); with --criteria-workbook, the criteria set as a workbook; without
    a set id, list the criteria sets par can see (id, years, title, file)."""
    from par_cli.catalog import usable_catalog
    from par_cli.files import unit_id_for
    from par_cli.models import UNIT_ID_PATTERN

    language = labels_for(lang).lang
    if criteria_workbook:
        _workbook_options(unit, year, format, output)
    chosen = _template_format(format, output)
    if not criteria_workbook and chosen is TemplateFormat.XLSX and output is None:
        raise UsageError(Message.of("output.binary", what="--format xlsx"))
    catalog = usable_catalog(criteria or [])
    if criteria_id is None and not criteria_workbook:
        write("".join(f"{entry}\n" for entry in catalog.listing(language is Lang.VI)), output)
        return
    index = catalog.index(criteria_id) if criteria_id is not None else None
    if criteria_id is not None and index is None:
        known = ", ".join(catalog.known_ids())
        raise RunError(Message.of("template.unknown-set", set=criteria_id, known=known))
    if criteria_workbook:
        from par_cli.criteria_workbook import criteria_workbook as workbook

        target = output or Path(_file_name(criteria_id or "criteria") + ".xlsx")
        if output is None and os.path.lexists(target):
            raise UsageError(Message.of("template.workbook-exists", path=target))
        write(workbook(index.criteria if index else None, language, target.name), target,
              catalog.paths())
        if output is None:
            notes([Message.of("note.wrote", path=target)], lang)
        return
    assert index is not None
    if unit is not None and not re.match(UNIT_ID_PATTERN, unit):
        raise UsageError(Message.of("template.unit-id", unit=unit, close=unit_id_for(unit)))
    if year is not None and year not in index.criteria.years:
        raise UsageError(Message.of("template.year", year=year, set=criteria_id,
                                    years=", ".join(map(str, index.criteria.years))))
    if chosen is TemplateFormat.XLSX:
        from par_cli.template_sheet import template_xlsx

        assert output is not None
        write(template_xlsx(index, unit, year, language, output.name), output, catalog.paths())
    else:
        from par_cli.template import yaml_template

        write(yaml_template(index, unit, year, lang=language), output, catalog.paths())


_TEMPLATE_SUFFIXES = {".xlsx": TemplateFormat.XLSX, ".yaml": TemplateFormat.YAML,
                      ".yml": TemplateFormat.YAML}


def _template_format(chosen: TemplateFormat | None, output: Path | None) -> TemplateFormat:
    """The format asked for, or the one the --output file's extension names (t.xlsx is a
    workbook); a format the extension contradicts is refused."""
    wanted = _TEMPLATE_SUFFIXES.get(output.suffix.lower()) if output is not None else None
    if chosen is None:
        return wanted or TemplateFormat.YAML
    if wanted is not None and wanted is not chosen:
        raise UsageError(Message.of("output.suffix-mismatch", path=output, wanted=wanted.value,
                                    format=chosen.value))
    return chosen


def _workbook_options(unit: str | None, year: int | None, format: TemplateFormat | None,
                      output: Path | None) -> None:
    """--unit, --year and YAML belong to the submission template."""
    named = _TEMPLATE_SUFFIXES.get(output.suffix.lower()) if output is not None else None
    yaml = format is TemplateFormat.YAML or (format is None and named is TemplateFormat.YAML)
    for option, given in (("--unit", unit is not None), ("--year", year is not None),
                          ("--format yaml", yaml)):
        if given:
            raise UsageError(Message.of("template.workbook-option", option=option))


def _file_name(set_id: str) -> str:
    """A set id as a file name: anything but letters, digits, '.', '_' and '-' made '-'."""
    return re.sub(r"[^A-Za-z0-9._-]", "-", set_id).lstrip(".") or "criteria"


@command(name="import", reads_folders=True)
def import_(
    workbooks: Annotated[list[Path], typer.Argument(
        help="Filled-in .xlsx templates, or criteria workbooks (either language).")],
    output_dir: Annotated[Path, typer.Option("--output-dir", "-d",
                                             help="Folder to write submission and criteria "
                                                  "files into (created when missing).")],
    limits: Limits,
    exclude: tuple[str, ...],
    criteria: CriteriaOpt = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace files that exist already in the folder.")] = False,
    allow_missing: Annotated[bool, typer.Option(
        "--allow-missing", help="Leave blank leaves out of scores: (instead of an error).")
    ] = False,
    lang: LangOpt = None,
) -> None:
    """Read filled-in spreadsheet templates back into submission files, and criteria workbooks
    into criteria files (<id>.yaml), validated as par check validates them; a bad cell is
    reported as FILE.xlsx:Sheet!C12. Nothing is written unless every workbook is clean; then
    every file is written, or none."""
    from par_cli.catalog import usable_catalog
    from par_cli.cli.output import write_all
    from par_cli.loader import dump_yaml
    from par_cli.spreadsheet import import_workbooks

    for path in workbooks:
        if not path.exists():
            raise UsageError(Message.of("path.missing-file", path=path))
    if output_dir.exists() and not output_dir.is_dir():
        raise UsageError(Message.of("path.missing-folder", path=output_dir))
    catalog = usable_catalog(criteria or [], limits)
    paths = [p for p in workbooks if not any(p.match(glob) for glob in exclude)]
    imported, problems = import_workbooks(paths, catalog, limits, allow_missing)
    labels = labels_for(lang)
    for problem in problems:
        if not problem.is_error:
            from par_cli.reporters.check_formats import problem_line

            say(problem_line(problem, labels), "yellow")
    if any(p.is_error for p in problems):
        raise InputProblems([p for p in problems if p.is_error],
                            Message.of("import.nothing-written"))
    files = [(output_dir / item.file_name, dump_yaml(item.data).encode("utf-8"))
             for item in imported]
    write_all(files, force, [*map(str, workbooks), *catalog.paths()])
    notes([Message.of("note.wrote", path=target) for target, _ in files], lang)
