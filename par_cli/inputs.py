"""Finding, loading and validating input files: folders walked, formats told apart, criteria sets
looked up by id, submissions validated and scored, every problem located.

This is core: it returns values (documents, problems, notes) and never prints or exits.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from par_cli.checks import check_criteria, clip, number_problem, validate
from par_cli.compare import NodeView, UnitView, YearView, year_from_report
from par_cli.errors import EXIT_USAGE, InputProblems, ParError, RunError, UsageError
from par_cli.i18n import Note
from par_cli.loader import DEFAULT_LIMITS, Document, Limits, decode, load_file
from par_cli.models import (
    CRITERIA_FORMAT,
    KNOWN_FORMATS,
    SUBMISSION_FORMAT,
    UNIT_ID_PATTERN,
    CriteriaSet,
    Display,
    Submission,
)
from par_cli.problems import Finding, Problem, Severity, has_errors
from par_cli.ranking import build_report
from par_cli.scoring import CriteriaIndex, NodeResult, UnitResult, index_criteria, score_unit

YAML_SUFFIXES = (".yaml", ".yml")
PARALLEL_FROM = 200  # below this many files, starting worker processes costs more than it saves
Progress = Callable[[int, int], None]
SHIPPED_CRITERIA = Path(__file__).parent / "_criteria"
REPO_CRITERIA = Path(__file__).parent.parent / "criteria"


class UnreadableFiles(InputProblems):
    """Files that could not be read (exit 2, which wins), with every problem of the files that
    could: one run reports everything, and a file that cannot be read is never skipped."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class InputFile:
    path: Path
    shown: str  # the path as the user will read it in messages


@dataclass
class Discovery:
    files: list[InputFile]
    notes: list[str]


def discover(paths: Sequence[Path]) -> Discovery:
    """Files named and YAML files under folders named; other files noted, never silently lost.

    A path that does not exist is a usage error (exit 2). Folders are walked once even through
    symbolic-link loops.
    """
    files: list[InputFile] = []
    notes: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        if not path.is_dir():  # a file, or a pipe named on purpose (``par check <(…)``)
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                files.append(InputFile(path, str(path)))
            continue
        visited: set[str] = set()
        skipped: list[str] = []
        special: list[str] = []
        for root, dirs, names in os.walk(path, followlinks=True, onerror=_raise_unreadable):
            real_root = os.path.realpath(root)
            if real_root in visited:
                dirs[:] = []
                continue
            visited.add(real_root)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                full = Path(root) / name
                if name.startswith("."):
                    continue
                if not name.lower().endswith(YAML_SUFFIXES):
                    skipped.append(str(full))
                    continue
                if full.exists() and not full.is_file():
                    special.append(str(full))  # a pipe or a device would block or never end
                    continue
                real = os.path.realpath(full)
                if real in seen:
                    continue
                seen.add(real)
                files.append(InputFile(full, str(full)))
        if skipped:
            shown = ", ".join(skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3
                                              else "")
            notes.append(Note.of("note_skipped_not_yaml", path=path, count=len(skipped),
                                 shown=shown))
        if special:
            notes.append(Note.of("note_skipped_special", path=path, count=len(special),
                                 shown=", ".join(special)))
    return Discovery(files, notes)


def _raise_unreadable(error: OSError) -> None:
    raise UsageError(f"{error.filename}: cannot read folder ({error.strerror})") from error


def read(file: InputFile, limits: Limits) -> tuple[Document | None, list[Problem]]:
    try:
        result = load_file(file.path, file.shown, limits)
    except PermissionError as e:
        raise UsageError(f"{file.shown}: cannot read file (permission denied)") from e
    except IsADirectoryError as e:  # pragma: no cover - discover() only yields files
        raise UsageError(f"{file.shown}: is a folder") from e
    except OSError as e:
        raise UsageError(f"{file.shown}: cannot read file ({e.strerror})") from e
    return result.document, result.problems


def file_format(document: Document) -> tuple[str | None, Problem | None]:
    """The document's ``format:``; an unknown value is a problem (a typo must not drop a unit)."""
    value = document.data.get("format")
    if value is None:
        return None, None
    if value in KNOWN_FORMATS:
        return str(value), None
    close = difflib.get_close_matches(str(value), KNOWN_FORMATS, n=1, cutoff=0.5)
    first, second = KNOWN_FORMATS
    return None, document.problem(Finding.of(("format",), "unknown-format", "unknown-format",
                                             value=clip(value), first=first, second=second,
                                             close=close[0] if close else None))


@dataclass
class LoadedCriteria:
    document: Document
    criteria: CriteriaSet | None
    problems: list[Problem]

    @property
    def valid(self) -> bool:
        return self.criteria is not None and not has_errors(self.problems)


def load_criteria_document(document: Document) -> LoadedCriteria:
    criteria, findings = validate(CriteriaSet, document.data)
    if criteria is not None:
        findings = check_criteria(criteria, document.data)
    return LoadedCriteria(document, criteria, [document.problem(f) for f in findings])


@dataclass
class Catalog:
    """Criteria sets by id from the places SPEC §4 lists; the first place with an id wins."""

    entries: dict[str, tuple[LoadedCriteria, str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: list[LoadedCriteria] = field(default_factory=list)
    indexes: dict[str, CriteriaIndex] = field(default_factory=dict)

    def add(self, loaded: LoadedCriteria, origin: str, clash_is_error: bool) -> None:
        if loaded.criteria is None:
            self.broken.append(loaded)
            return
        set_id = loaded.criteria.id
        if set_id in self.entries:
            first, first_origin = self.entries[set_id]
            if clash_is_error and first_origin == origin and (
                os.path.realpath(first.document.path) != os.path.realpath(loaded.document.path)
            ):
                self.problems.append(loaded.document.problem(Finding.of(
                    ("id",), "duplicate-set", "duplicate-set", set=set_id,
                    path=first.document.path)))
            return
        self.entries[set_id] = (loaded, origin)

    def find(self, set_id: str) -> LoadedCriteria | None:
        entry = self.entries.get(set_id)
        return entry[0] if entry else None

    def index(self, set_id: str) -> CriteriaIndex | None:
        if set_id not in self.indexes:
            loaded = self.find(set_id)
            if loaded is None or not loaded.valid:
                return None
            assert loaded.criteria is not None
            self.indexes[set_id] = index_criteria(loaded.criteria)
        return self.indexes[set_id]

    def known_ids(self) -> list[str]:
        return sorted(self.entries)


def _criteria_files(path: Path) -> list[InputFile]:
    return discover([path]).files


def build_catalog(
    explicit: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS,
    checked: Iterable[LoadedCriteria] = (),
    cwd: Path | None = None,
) -> Catalog:
    """Criteria from ``--criteria`` paths, the files being checked, ./criteria/, then shipped."""
    catalog = Catalog()
    for path in explicit:
        for file in _criteria_files(path):
            _add_file(catalog, file, limits, "--criteria", clash_is_error=True)
    for loaded in checked:
        catalog.add(loaded, "checked", clash_is_error=True)
    local = (cwd or Path.cwd()) / "criteria"
    places = [local] if local.is_dir() else []
    shipped = SHIPPED_CRITERIA if SHIPPED_CRITERIA.is_dir() else REPO_CRITERIA
    if shipped.is_dir() and all(os.path.realpath(shipped) != os.path.realpath(p) for p in places):
        places.append(shipped)
    for place in places:
        for file in _criteria_files(place):
            _add_file(catalog, file, limits, str(place), clash_is_error=False)
    return catalog


def _add_file(catalog: Catalog, file: InputFile, limits: Limits, origin: str,
              clash_is_error: bool) -> None:
    document, problems = read(file, limits)
    if document is None:
        if origin == "--criteria":
            catalog.problems.extend(problems)
        return
    kind, problem = file_format(document)
    if kind != CRITERIA_FORMAT:
        if problem is not None and origin == "--criteria":
            catalog.problems.append(problem)
        return
    loaded = load_criteria_document(document)
    loaded.problems[:0] = problems
    if origin == "--criteria":
        catalog.problems.extend(p for p in loaded.problems if p.is_error)
    catalog.add(loaded, origin, clash_is_error)


# ---- submissions -----------------------------------------------------------------------------


@dataclass
class ScoredFile:
    """What became of one input file in a scoring run."""

    file: InputFile
    kind: str | None  # "submission", "criteria", None (no format / unreadable)
    submission: Submission | None = None
    result: UnitResult | None = None
    problems: list[Problem] = field(default_factory=list)
    note: str | None = None
    unit_line: int = 1
    unreadable: str | None = None  # why the file could not be read (exit 2)


def submission_findings(
    catalog: Catalog, submission: Submission, allow_missing: bool
) -> tuple[UnitResult | None, list[Finding]]:
    loaded = catalog.find(submission.criteria)
    if loaded is None:
        known = catalog.known_ids()
        close = difflib.get_close_matches(submission.criteria, known, n=1)
        return None, [Finding.of(("criteria",), "unknown-criteria-set", "unknown-criteria-set",
                                 set=clip(submission.criteria), close=close[0] if close else None)]
    index = catalog.index(submission.criteria)
    if index is None:
        return None, [Finding.of(("criteria",), "invalid-criteria-set", "invalid-criteria-set",
                                 set=submission.criteria, path=loaded.document.path)]
    result, findings = score_unit(index, submission, allow_missing)
    return result, findings


def process_submission(
    document: Document, catalog: Catalog, allow_missing: bool
) -> ScoredFile:
    file = InputFile(Path(document.path), document.path)
    submission, findings = validate(Submission, document.data)
    out = ScoredFile(file, SUBMISSION_FORMAT, submission)
    if submission is not None:
        out.unit_line = document.locate(("unit",))[0]
        out.result, more = submission_findings(catalog, submission, allow_missing)
        findings = findings + more
    out.problems = [document.problem(f) for f in findings]
    return out


def process_file(
    file: InputFile, catalog: Catalog, limits: Limits, allow_missing: bool
) -> ScoredFile:
    """Load one file of a scoring run and, if it is a submission, validate and score it."""
    try:
        document, problems = read(file, limits)
    except UsageError as e:  # reported with the problems of the other files, then exit 2
        return ScoredFile(file, None, unreadable=str(e))
    if document is None:
        return ScoredFile(file, None, problems=problems)
    kind, problem = file_format(document)
    if problem is not None:
        return ScoredFile(file, None, problems=[*problems, problem])
    if kind is None:
        return ScoredFile(file, None, problems=problems,
                          note=Note.of("note_no_format", file=file.shown))
    if kind == CRITERIA_FORMAT:
        return ScoredFile(file, CRITERIA_FORMAT, problems=problems,
                          note=Note.of("note_criteria_file", file=file.shown))
    scored = process_submission(document, catalog, allow_missing)
    scored.file = file
    scored.problems[:0] = problems
    return scored


_worker_state: dict[str, object] = {}


def _init_worker(catalog: Catalog, limits: Limits, allow_missing: bool,
                 keep_depth: int | None) -> None:
    _worker_state.update(catalog=catalog, limits=limits, allow_missing=allow_missing,
                         keep_depth=keep_depth)


def _work(file: InputFile) -> ScoredFile:
    catalog = _worker_state["catalog"]
    limits = _worker_state["limits"]
    allow_missing = _worker_state["allow_missing"]
    keep_depth = _worker_state["keep_depth"]
    assert isinstance(catalog, Catalog) and isinstance(limits, Limits)
    assert keep_depth is None or isinstance(keep_depth, int)
    return slim(process_file(file, catalog, limits, bool(allow_missing)), keep_depth)


def slim(item: ScoredFile, keep_depth: int | None) -> ScoredFile:
    """What a ranking needs of a scored file: the result tree down to ``keep_depth`` levels and
    the submission without its scores. Sending whole submissions and trees back from worker
    processes cost more than scoring them (benchmarks/score_bench.py); ``None`` keeps all."""
    if keep_depth is None or item.submission is None:
        return item
    light = item.submission.model_copy(update={"scores": {}})
    result = item.result
    if result is not None:
        result = replace(result, nodes=tuple(_prune(n, keep_depth, 1) for n in result.nodes))
    return replace(item, submission=light, result=result)


def _prune(node: NodeResult, keep_depth: int, level: int) -> NodeResult:
    if not node.children:
        return node
    if level >= keep_depth:
        return replace(node, children=())
    return replace(node, children=tuple(_prune(c, keep_depth, level + 1) for c in node.children))


def process_files(
    files: Sequence[InputFile],
    catalog: Catalog,
    limits: Limits = DEFAULT_LIMITS,
    allow_missing: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
    keep_depth: int | None = None,
) -> list[ScoredFile]:
    """Process every file, in parallel processes when ``jobs`` > 1 and there is enough work.

    ``progress(done, total)`` is called as files complete (the CLI draws a bar with it).
    ``keep_depth`` slims what is kept of each file (see ``slim``).
    """
    results: list[ScoredFile] = []
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        for file in files:
            results.append(slim(process_file(file, catalog, limits, allow_missing), keep_depth))
            if progress is not None:
                progress(len(results), len(files))
        return results
    for set_id in catalog.known_ids():
        catalog.index(set_id)  # built once here rather than in every worker
    chunk = max(1, min(64, len(files) // (jobs * 8)))
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker,
        initargs=(catalog, limits, allow_missing, keep_depth),
    ) as pool:
        for item in pool.map(_work, files, chunksize=chunk):
            results.append(item)
            if progress is not None and len(results) % chunk == 0:
                progress(len(results), len(files))
    if progress is not None:
        progress(len(results), len(files))
    return results


def duplicate_units(scored: Sequence[ScoredFile]) -> list[Problem]:
    """Two files for the same unit and year: an error on every file after the first."""
    first: dict[tuple[str, int], ScoredFile] = {}
    problems: list[Problem] = []
    for item in sorted(scored, key=lambda s: s.file.shown):
        sub = item.submission
        if sub is None:
            continue
        key = (sub.unit, sub.year)
        if key in first:
            other = first[key]
            problems.append(Problem.of(item.file.shown, item.unit_line, 1, Severity.ERROR,
                                       "duplicate-unit", "duplicate-unit", unit=clip(sub.unit),
                                       year=sub.year,
                                       other=f"{other.file.shown}:{other.unit_line}"))
        else:
            first[key] = item
    return problems


# ---- a whole scoring run ---------------------------------------------------------------------


@dataclass
class ScoredRun:
    """A year's submissions scored: one criteria set, one year, every unit's exact result."""

    index: CriteriaIndex
    year: int
    results: list[UnitResult]
    notes: list[str]
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
            catalog = build_catalog(criteria_paths, limits)
        if catalog.problems:
            raise InputProblems(catalog.problems, "the --criteria files have problems")
        scored = process_files(found.files, catalog, limits, allow_missing, jobs, progress,
                               keep_depth)
        notes += [item.note for item in scored if item.note]
        problems = sorted_problems([p for item in scored for p in item.problems]
                                   + duplicate_units(scored))
        unreadable = [item.unreadable for item in scored if item.unreadable]
        if unreadable:
            raise UnreadableFiles(problems, "; ".join(unreadable))
        if has_errors(problems):
            errors = sum(p.is_error for p in problems)
            raise InputProblems(problems, f"{errors} error(s) in the submissions; "
                                          "no ranking was produced")
        submissions = [s.submission for s in scored if s.submission is not None]
        if not submissions:
            shown = ", ".join(str(p) for p in paths)
            raise RunError(f"no submission found in {shown} "
                           "(files with 'format: par-submission/1')")
        runs: dict[tuple[str, int], int] = {}
        for sub in submissions:
            runs[(sub.criteria, sub.year)] = runs.get((sub.criteria, sub.year), 0) + 1
        if len(runs) > 1:
            listing = "; ".join(f"{set_id} {year}: {count} file(s)"
                                for (set_id, year), count in sorted(runs.items()))
            raise RunError("all submissions in one run must name the same criteria set and "
                           f"year; found {listing} [mixed-run]")
        (set_id, year), = runs
        index = catalog.index(set_id)
        assert index is not None  # every submission was scored against it
        results = [s.result for s in scored if s.result is not None]
        gaps = [f"{r.unit} ({', '.join(r.missing)})" for r in results if r.missing]
        if gaps:
            shown = "; ".join(gaps[:10]) + (f"; and {len(gaps) - 10} more" if len(gaps) > 10
                                             else "")
            notes.append(Note.of("note_allow_missing", count=len(gaps), shown=shown))
        provisional = [n.id for n in index.nodes.values() if n.provisional]
        if provisional:
            notes.append(Note.of("note_provisional", set=set_id, ids=", ".join(provisional)))
        return ScoredRun(index, year, results, notes, problems,
                         {sub.unit: sub for sub in submissions})
    except ParError as e:
        e.notes = notes
        raise


# ---- par compare inputs ----------------------------------------------------------------------


def _json_error(path: str, message: str, line: int = 1, col: int = 1) -> InputProblems:
    return InputProblems([Problem(path, line, col, Severity.ERROR, "score-json", message)],
                         f"{path} is not usable as a year to compare")


def read_score_json(path: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS) -> YearView:
    """A year written by ``par score --format json``; exact numbers read as Decimal."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputProblems([Problem.of(
                shown, 1, 1, Severity.ERROR, "too-large", "too-large.size",
                size=f"{size / 1048576:.1f}", limit=f"{limits.max_bytes / 1048576:g}")],
                f"{shown} is too large")
        with open(path, "rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except PermissionError as e:
        raise UsageError(f"{shown}: cannot read file (permission denied)") from e
    except OSError as e:
        raise UsageError(f"{shown}: cannot read file ({e.strerror})") from e
    if len(raw) > limits.max_bytes:  # the file grew while we looked
        raise InputProblems([Problem.of(shown, 1, 1, Severity.ERROR, "too-large",
                                        "too-large.grew")], f"{shown} is too large")
    text, problem = decode(raw, shown)
    if text is None:
        assert problem is not None
        raise InputProblems([problem], f"{shown} is not UTF-8")
    try:
        data = json.loads(text, parse_float=Decimal, object_pairs_hook=_json_object)
    except json.JSONDecodeError as e:
        raise _json_error(shown, f"invalid JSON: {e.msg}", e.lineno, e.colno) from e
    except RecursionError as e:
        raise _json_error(shown, "invalid JSON: nested too deep") from e
    except ValueError as e:  # a duplicate key, or an integer of thousands of digits
        raise _json_error(shown, f"invalid JSON: {str(e).splitlines()[0]}") from e
    try:
        return _year_from_json(data, catalog, shown)
    except KeyError as e:
        raise _json_error(shown, "not the JSON written by 'par score --format json' "
                                 f"(missing field: {clip(e)})") from e
    except ValueError as e:  # raised by the checks below with a sentence saying what is wrong
        raise _json_error(shown, f"not the JSON written by 'par score --format json': {e}") from e
    except (TypeError, AttributeError) as e:
        raise _json_error(shown, "not the JSON written by 'par score --format json' "
                                 f"(missing or wrong field: {clip(e, 120)})") from e


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key given twice is refused (``json`` would keep the last one)."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key '{key[:80]}' in an object")
        obj[key] = value
    return obj


def _dec(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise ValueError(f"expected a number, got {clip(repr(value), 40)}")
    number = Decimal(value)
    reason = number_problem(number)
    if reason is not None:
        raise ValueError(f"the number {str(value)[:40]} {reason}")
    if number < 0:
        raise ValueError(f"expected a number ≥ 0, got {value}")
    return number


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"expected a rank (1, 2, …), got {clip(repr(value), 40)}")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected {what} as text, got {str(value)[:40]!r}")
    return value


def _items(value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list of {what}")
    return value


def _year_from_json(data: Any, catalog: Catalog, shown: str) -> YearView:
    criteria = data["criteria"]
    set_id = _text(criteria["id"], "the criteria id")
    year = data["year"]
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValueError(f"expected the year as a whole number, got {str(year)[:40]!r}")
    known = catalog.find(set_id)
    notes: list[str] = []
    if known is not None and known.criteria is not None:
        rule = known.criteria.display
        names = {a.id: (a.name, a.name_vi) for a in known.criteria.criteria}
    else:
        rule = Display()
        names = {}
        notes.append(Note.of("note_json_criteria", file=shown, set=set_id))
    units: dict[str, UnitView] = {}
    ranked = 0
    for entry in _items(data["units"], "units"):
        unit = _text(entry["unit"], "a unit id")
        if unit in units:  # a dict would silently keep only the last one
            raise ValueError(f"unit '{unit[:80]}' is listed twice")
        nodes: dict[str, NodeView] = {}
        for node in _items(entry["nodes"], "nodes"):
            node_id = _text(node["id"], "a node id")
            if node_id in nodes:
                raise ValueError(f"node '{node_id[:80]}' of unit '{unit[:80]}' is listed twice")
            nodes[node_id] = _node_view(node)
            names.setdefault(node_id, (_text(node["name"], "a node name"), None))
        rank = _opt_int(entry.get("rank"))
        ranked += rank is not None
        band = entry.get("band")
        if band is not None:
            band = _text(band, "a band")
        points, maximum = _dec(entry["points"]), _dec(entry["max"])
        if points > maximum:
            raise ValueError(f"unit '{unit[:80]}' has points {points} above its max {maximum}")
        units[unit] = UnitView(unit=unit, name=_text(entry["name"], "a unit name"),
                               name_vi=None, rank=rank, points=points, max=maximum,
                               band=band, nodes=nodes)
    return YearView(criteria_id=set_id, title=str(criteria.get("title", set_id)), year=year,
                    display=rule, node_names=names, units=units, ranked_count=ranked,
                    source=shown, notes=tuple(notes))


def _node_view(node: Any) -> NodeView:
    points, maximum = _dec(node["points"]), _dec(node["max"])
    if points > maximum:
        raise ValueError(f"node '{str(node['id'])[:80]}' has points {points} above its max "
                         f"{maximum}")
    return NodeView(points, maximum, _opt_int(node.get("rank")))


def read_year(
    path: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS, jobs: int = 1
) -> YearView:
    """One side of ``par compare``: a score JSON file, or submissions (files or a folder)."""
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    if path.is_file() and path.suffix.lower() == ".json":
        return read_score_json(path, catalog, limits)
    run = score_run([path], [], limits, jobs=jobs, catalog=catalog, keep_depth=1)
    report = build_report(run.index, run.year, run.results)
    view = year_from_report(report, str(path))
    return YearView(**{**view.__dict__, "notes": tuple(run.notes)})


def read_unit_map(path: Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, str]:
    """``--map``: a YAML mapping of old unit id -> new unit id, validated and located."""
    file = InputFile(path, str(path))
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    document, problems = read(file, limits)
    if document is None:
        raise InputProblems(problems, f"{path}: the unit map cannot be read")
    mapping: dict[str, str] = {}
    for old_id, new_id in document.data.items():
        for value, at_key in ((old_id, True), (new_id, False)):
            if not isinstance(value, str) or not re.match(UNIT_ID_PATTERN, value):
                problems.append(document.problem(Finding.of(
                    (old_id,), "unit-map", "unit-map", value=clip(value), at_key=at_key)))
        if isinstance(new_id, str):
            mapping[old_id] = new_id
    if has_errors(problems):
        raise InputProblems(problems, f"{path}: the unit map has problems")
    return mapping


# ---- par check -------------------------------------------------------------------------------


def run_check(
    paths: Sequence[Path], criteria_paths: Sequence[Path], limits: Limits
) -> tuple[list[Problem], list[str], tuple[int, int]]:
    """``par check``: every problem of every file (criteria and submissions), sorted, plus the
    notes about skipped files and the numbers of criteria and submission files checked."""
    found = discover(paths)
    problems: list[Problem] = []
    criteria_docs = []
    submission_docs: list[Document] = []
    notes = list(found.notes)
    unreadable: list[str] = []
    for file in found.files:
        try:
            document, load_problems = read(file, limits)
        except UsageError as e:  # reported with every other problem, then exit 2
            unreadable.append(str(e))
            continue
        problems.extend(load_problems)
        if document is None:
            continue
        kind, problem = file_format(document)
        if problem is not None:
            problems.append(problem)
        elif kind == CRITERIA_FORMAT:
            loaded = load_criteria_document(document)
            problems.extend(loaded.problems)
            criteria_docs.append(loaded)
        elif kind == SUBMISSION_FORMAT:
            submission_docs.append(document)
        else:
            notes.append(Note.of("note_no_format", file=file.shown))
    catalog: Catalog | None = None
    try:
        catalog = build_catalog(criteria_paths, limits, checked=criteria_docs)
    except UsageError as e:
        if not unreadable:
            raise
        unreadable.append(str(e))  # still report what the files read so far have shown
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
        error = UnreadableFiles(problems, "; ".join(unreadable))
        error.notes = notes
        raise error
    return problems, notes, (len(criteria_docs), len(submission_docs))


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in their natural order (path, line, col, …), sorted by a key: many times faster
    than the dataclass comparisons when a file has hundreds of thousands of problems."""
    return sorted(problems, key=lambda p: (p.path, p.line, p.col, p.severity.value, p.rule,
                                           p.message))


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
        combined = InputProblems(problems, f"{first}; {second}")
        combined.exit_code = max(first.exit_code, second.exit_code)  # 2 (unreadable) wins
        combined.notes = [*first.notes, *second.notes]
        raise combined
    raise max(failures, key=lambda e: e.exit_code)
