"""The use cases: what ``par score``, ``par check`` and ``par compare`` (and the commands built on
a scored year: explain, gap, audit) ask of the core, each one call from the command line.

Core: returns values and raises ``ParError``; never prints or exits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from par_cli.batch import Progress, ScoredFile, duplicate_units, process_files, process_submission
from par_cli.catalog import (
    Catalog,
    LoadedCriteria,
    build_catalog,
    load_criteria_document,
    usable_catalog,
)
from par_cli.compare import YearView, compare_years, map_problems, only_unit, sort_units
from par_cli.errors import InputProblems, ParError, RunError, UnreadableFiles, UsageError
from par_cli.files import Kind, discover, load_document
from par_cli.loader import DEFAULT_LIMITS, Document, Limits
from par_cli.messages import Message
from par_cli.models import Submission
from par_cli.problems import Problem, has_errors, sorted_problems
from par_cli.results import CompareReport
from par_cli.scoring import CriteriaIndex, UnitResult
from par_cli.years import read_score_json, read_unit_map, year_from_ranked

# ---- par score (and explain, gap, audit) -----------------------------------------------------


@dataclass
class ScoredRun:
    """A year's submissions scored: one criteria set, one year, every unit's exact result."""

    index: CriteriaIndex
    year: int
    results: list[UnitResult]
    notes: list[Message]
    warnings: list[Problem]
    submissions: dict[str, Submission] = field(default_factory=dict)


def score_run(
    paths: Sequence[Path],
    criteria_paths: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS,
    allow_missing: bool = False,
    jobs: int = 1,
    catalog: Catalog | None = None,
    progress: Progress | None = None,
    keep_depth: int | None = None,
) -> ScoredRun:
    """Discover, load, validate and score; any error in any file stops the run (no ranking
    with a unit silently missing). With ``keep_depth``, results keep that many levels of
    nodes and submissions lose their scores (enough to rank; explain and gap need all)."""
    found = discover(paths)
    notes = list(found.notes)
    try:
        if catalog is None:
            catalog = usable_catalog(criteria_paths, limits)
        scored = process_files(found.files, catalog, limits, allow_missing, jobs, progress,
                               keep_depth)
        notes += [item.note for item in scored if item.note]
        problems = sorted_problems([p for item in scored for p in item.problems]
                                   + duplicate_units(scored))
        unreadable = [m for item in scored for m in item.unreadable]
        if unreadable:
            raise UnreadableFiles(problems, *unreadable)
        if has_errors(problems):
            errors = sum(p.is_error for p in problems)
            raise InputProblems(problems, Message.of("run.submission-errors", count=errors))
        submissions = [s.submission for s in scored if s.submission is not None]
        if not submissions:
            shown = ", ".join(str(p) for p in paths)
            raise RunError(Message.of("run.no-submission", paths=shown))
        runs: dict[tuple[str, int], int] = {}
        for sub in submissions:
            runs[(sub.criteria, sub.year)] = runs.get((sub.criteria, sub.year), 0) + 1
        if len(runs) > 1:
            listing = tuple(Message.of("run.mixed-part", set=set_id, year=year, count=count)
                            for (set_id, year), count in sorted(runs.items()))
            raise RunError(Message.of("run.mixed", listing=listing))
        (set_id, year), = runs
        index = catalog.index(set_id)
        assert index is not None  # every submission was scored against it
        results = [s.result for s in scored if s.result is not None]
        gaps = [f"{r.unit} ({', '.join(r.missing)})" for r in results if r.missing]
        if gaps:
            more = len(gaps) - 10
            notes.append(Message.of("note.allow-missing.more" if more > 0
                                    else "note.allow-missing", count=len(gaps),
                                    shown="; ".join(gaps[:10]), more=more if more > 0 else None))
        provisional = [n.id for n in index.nodes.values() if n.provisional]
        if provisional:
            notes.append(Message.of("note.provisional", set=set_id, ids=", ".join(provisional)))
        return ScoredRun(index, year, results, notes, problems,
                         {sub.unit: sub for sub in submissions})
    except ParError as e:
        e.notes = notes
        raise


def read_year(
    path: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS, jobs: int = 1
) -> YearView:
    """One side of ``par compare``: a score JSON file, or submissions (files or a folder)."""
    if not path.exists():
        raise UsageError(Message.of("path.missing", path=path))
    if path.is_file() and path.suffix.lower() == ".json":
        return read_score_json(path, catalog, limits)
    run = score_run([path], [], limits, jobs=jobs, catalog=catalog, keep_depth=1)
    return year_from_ranked(run.index, run.year, run.results, str(path), run.notes)


def read_years(
    old: Path, new: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS, jobs: int = 1
) -> tuple[YearView, YearView]:
    """Both sides of ``par compare``; the problems of both are reported together."""
    views: list[YearView] = []
    failures: list[ParError] = []
    for path in (old, new):
        try:
            views.append(read_year(path, catalog, limits, jobs))
        except ParError as e:
            failures.append(e)
    if not failures:
        return views[0], views[1]
    if len(failures) == 1:
        raise failures[0]
    first, second = failures
    if isinstance(first, InputProblems) and isinstance(second, InputProblems):
        # the same folder may be on both sides (a re-appraisal): each problem once
        problems = sorted(set(first.problems) | set(second.problems))
        combined = InputProblems(problems, *first.messages, *second.messages)
        combined.exit_code = max(first.exit_code, second.exit_code)  # 2 (unreadable) wins
        combined.notes = [*first.notes, *second.notes]
        raise combined
    raise max(failures, key=lambda e: e.exit_code)


# ---- par check -------------------------------------------------------------------------------


def check_run(
    paths: Sequence[Path], criteria_paths: Sequence[Path], limits: Limits
) -> tuple[list[Problem], list[Message], tuple[int, int]]:
    """``par check``: every problem of every file (criteria and submissions), sorted, plus the
    notes about skipped files and the numbers of criteria and submission files checked."""
    found = discover(paths)
    problems: list[Problem] = []
    criteria_docs: list[LoadedCriteria] = []
    submission_docs: list[Document] = []
    notes = list(found.notes)
    unreadable: list[Message] = []
    for file in found.files:
        try:
            loaded = load_document(file, limits)
        except UsageError as e:  # reported with every other problem, then exit 2
            unreadable.extend(e.messages)
            continue
        problems.extend(loaded.problems)
        if loaded.document is None:
            continue
        if loaded.kind is Kind.CRITERIA:
            criteria = load_criteria_document(loaded.document)
            problems.extend(criteria.problems)
            criteria_docs.append(criteria)
        elif loaded.kind is Kind.SUBMISSION:
            submission_docs.append(loaded.document)
        elif loaded.kind is Kind.OTHER:
            notes.append(Message.of("note.no-format", file=file.shown))
    catalog: Catalog | None = None
    try:
        catalog = build_catalog(criteria_paths, limits, checked=criteria_docs)
    except UsageError as e:
        if not unreadable:
            raise
        unreadable.extend(e.messages)  # still report what the files read so far have shown
    scored: list[ScoredFile] = []
    if catalog is not None:
        problems.extend(catalog.problems)
        scored = [process_submission(doc, catalog, allow_missing=False)
                  for doc in submission_docs]
    for item in scored:
        problems.extend(item.problems)
    problems.extend(duplicate_units(scored))
    problems = sorted_problems(set(problems))
    if unreadable:
        error = UnreadableFiles(problems, *unreadable)
        error.notes = notes
        raise error
    return problems, notes, (len(criteria_docs), len(submission_docs))




@dataclass
class CompareRun:
    """A comparison ready to render: the notes of reading both years (files skipped and the
    like), the comparison's own notes (methodology, same year), and the report."""

    read_notes: list[Message]
    report: CompareReport


def compare_run(
    old: Path, new: Path, criteria_paths: Sequence[Path], map_file: Path | None,
    limits: Limits = DEFAULT_LIMITS, jobs: int = 1, unit: str | None = None,
    sort: str = "new-rank", vietnamese_names: bool = False,
) -> CompareRun:
    """``par compare``: both years read (problems of both reported together), the map checked
    against them, the comparison made, narrowed to one unit and sorted as asked."""
    for path in (old, new):
        if not path.exists():
            raise UsageError(Message.of("path.missing", path=path))
    catalog = usable_catalog(criteria_paths, limits)
    mapping: Mapping[str, str] = read_unit_map(map_file, limits) if map_file is not None else {}
    before, after = read_years(old, new, catalog, limits, jobs)
    read_notes = list(dict.fromkeys([*before.notes, *after.notes]))
    unknown = map_problems(before, after, mapping)
    if unknown:
        error = RunError(Message.of("compare.map-units", path=map_file, units=tuple(unknown)))
        error.notes = read_notes
        raise error
    report = compare_years(before, after, mapping)
    if unit is not None:
        report = only_unit(report, unit)
        if not report.units:
            error = RunError(Message.of("compare.unit-in-neither", unit=unit))
            error.notes = read_notes
            raise error
    return CompareRun(read_notes, sort_units(report, sort, vietnamese_names))
