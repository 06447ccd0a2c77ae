"""The use cases: what ``par score``, ``par check`` and ``par compare`` (and the commands built on
a scored year: explain, gap, audit) ask of the core, each one call from the command line.

Core: returns values and raises ``ParError``; never prints or exits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from par_cli.batch import Progress, ScoredFile, duplicate_units, process_files, process_submission
from par_cli.catalog import (
    Catalog,
    LoadedCriteria,
    build_catalog,
    load_criteria_document,
    usable_catalog,
)
from par_cli.errors import InputProblems, ParError, RunError, UnreadableFiles, UsageError
from par_cli.files import Kind, LeftOut, Why, discover, left_out_notes, load_document
from par_cli.loader import DEFAULT_LIMITS, Document, Limits
from par_cli.messages import Message
from par_cli.models import Submission
from par_cli.problems import Problem, has_errors, sorted_problems
from par_cli.scoring import CriteriaIndex, UnitResult

if TYPE_CHECKING:  # par check needs neither: they are imported by the comparison's use cases
    from par_cli.compare import YearView
    from par_cli.results import CompareReport
    from par_cli.trend_results import TrendReport

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
    left_out: list[LeftOut] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)  # every file read (never an output)


def score_run(
    paths: Sequence[Path],
    criteria_paths: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS,
    allow_missing: bool = False,
    jobs: int = 1,
    catalog: Catalog | None = None,
    progress: Progress | None = None,
    keep_depth: int | None = None,
    exclude: Sequence[str] = (),
) -> ScoredRun:
    """Discover, load, validate and score; any error in any file stops the run (no ranking
    with a unit silently missing). With ``keep_depth``, results keep that many levels of
    nodes and submissions lose their scores (enough to rank; explain and gap need all)."""
    found = discover(paths, exclude)
    left_out = list(found.left_out)
    notes = left_out_notes(left_out)
    try:
        if catalog is None:
            catalog = usable_catalog(criteria_paths, limits)
        scored = process_files(found.files, catalog, limits, allow_missing, jobs, progress,
                               keep_depth)
        left_out += [item.left_out for item in scored if item.left_out is not None]
        left_out.sort(key=lambda item: item.path)
        notes = left_out_notes(left_out)
        problems = sorted_problems(collapse_unknown_sets(
            [p for item in scored for p in item.problems] + duplicate_units(scored)))
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
        runs: dict[tuple[str, int], list[str]] = {}
        for item in scored:
            if item.submission is not None:
                key = (item.submission.criteria, item.submission.year)
                runs.setdefault(key, []).append(item.file.shown)
        if len(runs) > 1:  # the smaller side first: it is most likely the odd one out
            sides = sorted(runs.items(), key=lambda side: (len(side[1]), side[0]))
            listing = tuple(Message.of("run.mixed-part", set=set_id, year=year,
                                       count=len(files), files=_some(sorted(files)))
                            for (set_id, year), files in sides)
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
        shadow = catalog.shadow_note(set_id)
        if shadow is not None:
            notes.append(shadow)
        inputs = [str(file.path) for file in found.files] + catalog.paths()
        return ScoredRun(index, year, results, notes, problems,
                         {sub.unit: sub for sub in submissions}, left_out, inputs)
    except ParError as e:
        e.notes = notes
        raise


def _without_allow_missing(problem: Problem) -> Problem:
    key = {"uncovered": "uncovered.check", "uncovered.more": "uncovered.check-more"}.get(
        problem.message.key)
    if key is None:
        return problem
    return replace(problem, message=Message(key, problem.message.params))


def _some(paths: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(paths[:most])
    return shown + (f", … (+{len(paths) - most})" if len(paths) > most else "")


def collapse_unknown_sets(problems: list[Problem]) -> list[Problem]:
    """A criteria set that no file can find is one error naming the set and how many files ask
    for it, located at the first of them, not one identical line per file."""
    asking: dict[str, list[Problem]] = {}
    rest = []
    for problem in problems:
        if problem.message.key == "unknown-criteria-set":
            asking.setdefault(str(dict(problem.message.params)["set"]), []).append(problem)
        else:
            rest.append(problem)
    for set_id, found in asking.items():
        if len(found) == 1:
            rest.append(found[0])
            continue
        first = min(found)
        params = dict(first.message.params)
        rest.append(Problem.of(first.path, first.line, first.col, first.severity,
                               "unknown-criteria-set.many", set=set_id, count=len(found),
                               files=_some(sorted(p.path for p in found)),
                               close=params.get("close")))
    return rest


def read_year(
    path: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS, jobs: int = 1,
    exclude: Sequence[str] = (), published: bool = False,
) -> YearView:
    """One side of ``par compare`` (one year of ``par trend``): a score JSON file, or
    submissions (files or a folder); with ``published``, a CSV is a published results table."""
    from par_cli.years import read_score_json

    if not path.exists():
        raise UsageError(Message.of("path.missing", path=path))
    if path.is_file() and path.suffix.lower() == ".json":
        return replace(read_score_json(path, catalog, limits), inputs=(str(path),))
    if published and path.is_file() and path.suffix.lower() == ".csv":
        from par_cli.published import read_published

        return read_published(path, catalog, limits)
    return year_of(score_year(path, catalog, limits, jobs, exclude), path)


def score_year(path: Path, catalog: Catalog, limits: Limits, jobs: int,
               exclude: Sequence[str]) -> ScoredRun:
    """A year's submissions scored as one input among several (compare's side, a year of
    trend or report): a failure names the year's path, so that the closing line names each
    year once."""
    try:
        return score_run([path], [], limits, jobs=jobs, catalog=catalog, keep_depth=1,
                         exclude=exclude)
    except ParError as e:
        if any(m.key in _SAID_WITHOUT_A_PATH for m in e.messages):
            e.messages = (Message.of("compare.side", path=path, reason=e.messages),)
        raise


def year_of(run: ScoredRun, path: Path) -> YearView:
    """A scored year as a comparison reads it."""
    from par_cli.years import year_from_ranked

    view = year_from_ranked(run.index, run.year, run.results, str(path), run.notes)
    return replace(view, inputs=tuple(run.inputs))


_SAID_WITHOUT_A_PATH = {"run.submission-errors", "run.mixed", "run.problems"}


def read_years(
    old: Path, new: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS, jobs: int = 1,
    exclude: Sequence[str] = (),
) -> tuple[YearView, YearView]:
    """Both sides of ``par compare``; the problems of both are reported together."""
    views: list[YearView] = []
    failures: list[ParError] = []
    for path in (old, new):
        try:
            views.append(read_year(path, catalog, limits, jobs, exclude))
        except ParError as e:
            failures.append(e)
    if not failures:
        return views[0], views[1]
    raise together(failures)


def together(failures: Sequence[ParError]) -> ParError:
    """The failures of several years as one error: every problem of every year, each once
    (the same folder may be given twice), or the one that stops the run hardest."""
    if len(failures) == 1:
        return failures[0]
    if all(isinstance(e, InputProblems) for e in failures):
        problems = sorted({p for e in failures if isinstance(e, InputProblems)
                           for p in e.problems})
        said = dict.fromkeys(m for e in failures for m in e.messages)  # the same side once
        combined = InputProblems(problems, *said)
        combined.exit_code = max(e.exit_code for e in failures)  # 2 (unreadable) wins
        combined.notes = list(dict.fromkeys(n for e in failures for n in e.notes))
        return combined
    return max(failures, key=lambda e: e.exit_code)


# ---- par check -------------------------------------------------------------------------------


def check_run(
    paths: Sequence[Path], criteria_paths: Sequence[Path], limits: Limits,
    exclude: Sequence[str] = (),
) -> tuple[list[Problem], list[Message], tuple[int, int]]:
    """``par check``: every problem of every file (criteria and submissions), sorted, plus the
    notes about files left out and the numbers of criteria and submission files checked."""
    found = discover(paths, exclude)
    if not found.files:  # an empty folder passing CI would hide a wrong path
        nothing = RunError(Message.of("check.nothing", paths=", ".join(map(str, paths))))
        nothing.notes = left_out_notes(found.left_out)
        raise nothing
    problems: list[Problem] = []
    criteria_docs: list[LoadedCriteria] = []
    submission_docs: list[Document] = []
    left_out = list(found.left_out)
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
            left_out.append(LeftOut(file.shown, Why.NOT_PAR))
    notes = left_out_notes(left_out)
    catalog: Catalog | None = None
    try:
        catalog = build_catalog(criteria_paths, limits, checked=criteria_docs,
                                further=bool(submission_docs))
    except UsageError as e:
        if not unreadable:
            raise
        unreadable.extend(e.messages)  # still report what the files read so far have shown
    scored: list[ScoredFile] = []
    if catalog is not None:
        problems.extend(catalog.problems)
        scored = [process_submission(doc, catalog, allow_missing=False)
                  for doc in submission_docs]
        used = sorted({item.submission.criteria for item in scored if item.submission})
        notes += [n for n in map(catalog.shadow_note, used) if n is not None]
    for item in scored:
        # par check takes no --allow-missing: its message does not suggest it
        problems.extend(_without_allow_missing(p) for p in item.problems)
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
    inputs: list[str] = field(default_factory=list)  # every file read (never an output)


def compare_run(
    old: Path, new: Path, criteria_paths: Sequence[Path], map_file: Path | None,
    limits: Limits = DEFAULT_LIMITS, jobs: int = 1, unit: str | None = None,
    sort: str = "new-rank", vietnamese_names: bool = False, exclude: Sequence[str] = (),
) -> CompareRun:
    """``par compare``: both years read (problems of both reported together), the map checked
    against them, the comparison made, narrowed to one unit and sorted as asked."""
    from par_cli.compare import compare_years, map_problems, only_unit, sort_units
    from par_cli.years import read_unit_map

    for path in (old, new):
        if not path.exists():
            raise UsageError(Message.of("path.missing", path=path))
    catalog = usable_catalog(criteria_paths, limits)
    mapping: Mapping[str, str] = read_unit_map(map_file, limits) if map_file is not None else {}
    before, after = read_years(old, new, catalog, limits, jobs, exclude)
    read_notes = list(dict.fromkeys([*before.notes, *after.notes]))
    unknown = map_problems(before, after, mapping)
    if unknown:
        error = RunError(Message.of("compare.map-units", path=map_file, units=tuple(unknown)))
        error.notes = read_notes
        raise error
    report = compare_years(before, after, mapping)
    if unit is not None:
        everyone = [(u.unit, u.name, u.name_vi) for u in report.units]
        report = only_unit(report, unit)
        if not report.units:
            from par_cli.explain import unknown_unit

            error = unknown_unit(unit, everyone, "compare.unit-in-neither")
            error.notes = read_notes
            raise error
    inputs = [*before.inputs, *after.inputs, *catalog.paths(), *map(str, filter(None, [map_file]))]
    return CompareRun(read_notes, sort_units(report, sort, vietnamese_names), inputs)


# ---- par trend -------------------------------------------------------------------------------


@dataclass
class TrendRun:
    """Several years ready to render: the notes of reading them, and the report (whose own
    notes name methodology changes and fields of different sizes)."""

    read_notes: list[Message]
    report: TrendReport
    inputs: list[str] = field(default_factory=list)  # every file read (never an output)


def trend_run(
    paths: Sequence[Path], criteria_paths: Sequence[Path], map_files: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS, jobs: int = 1, unit: str | None = None,
    sort: str = "last-rank", vietnamese_names: bool = False, exclude: Sequence[str] = (),
) -> TrendRun:
    """``par trend``: every year read (the problems of all reported together), two inputs of
    one year refused naming both, the maps checked against the years, the rows made, narrowed
    to one unit and sorted as asked."""
    from par_cli.trend import only_unit, sort_trend, trend_years

    if len(paths) < 2:
        raise UsageError(Message.of("trend.few-years", count=len(paths)))
    for path in paths:
        if not path.exists():
            raise UsageError(Message.of("path.missing", path=path))
    catalog = usable_catalog(criteria_paths, limits)
    mapping = _maps(map_files, limits)
    views: list[YearView] = []
    failures: list[ParError] = []
    for path in paths:
        try:
            view = read_year(path, catalog, limits, jobs, exclude, published=True)
        except ParError as e:
            failures.append(e)
            continue
        # only a story (--unit) reads the areas: without it, a year keeps one entry per unit
        views.append(view if unit is not None else replace(view, units={
            unit_id: replace(unit_view, nodes={}) for unit_id, unit_view in view.units.items()}))
    if failures:
        raise together(failures)
    read_notes = list(dict.fromkeys(note for view in views for note in view.notes))
    views = checked_years(views, mapping, ", ".join(map(str, map_files)), read_notes)
    report = trend_years(views, mapping)
    if unit is not None:
        everyone = [(u.unit, u.name, u.name_vi) for u in report.units]
        report = only_unit(report, unit)
        if not report.units:
            from par_cli.explain import unknown_unit

            error = unknown_unit(unit, everyone, "trend.unit-in-none")
            error.notes = read_notes
            raise error
    inputs = [*(i for view in views for i in view.inputs), *catalog.paths(),
              *map(str, map_files)]
    return TrendRun(read_notes, sort_trend(report, sort, vietnamese_names), inputs)


def checked_years(views: Sequence[YearView], mapping: Mapping[str, str], map_shown: str,
                  read_notes: Sequence[Message]) -> list[YearView]:
    """The years of a trend (or report) in order, each once — two inputs of one year are
    refused naming both — and the map checked against them (ids in no year: exit 1)."""
    from par_cli.trend import map_problems

    by_year: dict[int, YearView] = {}
    for view in views:
        if view.year in by_year:
            error = RunError(Message.of("trend.same-year", year=view.year,
                                        first=by_year[view.year].source, second=view.source))
            error.notes = read_notes
            raise error
        by_year[view.year] = view
    ordered = [by_year[year] for year in sorted(by_year)]
    unknown = map_problems(ordered, mapping)
    if unknown:
        error = RunError(Message.of("compare.map-units", path=map_shown, units=tuple(unknown)))
        error.notes = read_notes
        raise error
    return ordered


def _maps(map_files: Sequence[Path], limits: Limits) -> dict[str, str]:
    """Every ``--map`` file as one mapping; an old id sent to two new ids is refused."""
    from par_cli.years import read_unit_map

    mapping: dict[str, str] = {}
    for map_file in map_files:
        for old, new in read_unit_map(map_file, limits).items():
            if mapping.get(old, new) != new:
                raise RunError(Message.of("trend.map-twice", unit=old, first=mapping[old],
                                          second=new))
            mapping[old] = new
    return mapping
