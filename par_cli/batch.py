"""Scoring many submission files: each file loaded, told apart, validated and scored, in worker
processes when there are enough files to pay for them; two files for one unit found.

Core: returns values; never prints or exits.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from par_cli.catalog import Catalog
from par_cli.checks import MISREAD_KEYS, clip, validate
from par_cli.errors import UsageError
from par_cli.files import InputFile, Kind, LeftOut, Why, load_document
from par_cli.limits import DEEP_RECURSION
from par_cli.loader import DEFAULT_LIMITS, Document, Limits
from par_cli.messages import Message
from par_cli.models import Submission
from par_cli.problems import Finding, Problem, Severity
from par_cli.scoring import NodeResult, UnitResult, score_unit

PARALLEL_FROM = 200  # below this many files, starting worker processes costs more than it saves
Progress = Callable[[int, int], None]


@dataclass
class ScoredFile:
    """What became of one input file in a scoring run."""

    file: InputFile
    submission: Submission | None = None
    result: UnitResult | None = None
    problems: list[Problem] = field(default_factory=list)
    left_out: LeftOut | None = None
    unit_line: int = 1
    unreadable: tuple[Message, ...] = ()  # why the file could not be read (exit 2)


def submission_findings(
    catalog: Catalog, submission: Submission, allow_missing: bool
) -> tuple[UnitResult | None, list[Finding]]:
    loaded = catalog.find(submission.criteria)
    if loaded is None:
        known = catalog.known_ids()
        close = difflib.get_close_matches(submission.criteria, known, n=1)
        return None, [Finding.of(("criteria",), "unknown-criteria-set",
                                 set=clip(submission.criteria), close=close[0] if close else None)]
    index = catalog.index(submission.criteria)
    if index is None:
        return None, [Finding.of(("criteria",), "invalid-criteria-set",
                                 set=submission.criteria, path=loaded.document.path)]
    result, findings = score_unit(index, submission, allow_missing)
    return result, findings


def check_submission(
    data: dict[str, Any], catalog: Catalog, allow_missing: bool
) -> tuple[Submission | None, UnitResult | None, list[Finding]]:
    """Every finding of one submission's data in one pass: the schema's, and the scoring
    checks' (unknown ids, values that do not fit, coverage) even when the schema failed, on a
    copy with the faulty parts set aside, so that fixing one problem never reveals the next."""
    submission, findings = validate(Submission, data)
    if submission is not None:
        result, more = submission_findings(catalog, submission, allow_missing)
        # a number YAML misreads (1:27.5, ١٢) is refused once, where it stands
        misread = {f.loc for f in findings if f.message.key in MISREAD_KEYS}
        return submission, result, findings + [f for f in more if f.loc not in misread]
    copy, set_aside = _set_aside(data, findings)
    if copy is None:
        return None, None, findings
    _, more = submission_findings(catalog, copy, allow_missing)
    return None, None, findings + [f for f in more if f.loc[:2] not in set_aside
                                   and f.loc[:1] not in set_aside]


# What a field with a problem is replaced by, to run the scoring checks on the rest.
_STAND_INS: dict[str, Any] = {"unit": "set-aside", "name": "set aside", "name_vi": None,
                              "group": None, "ranked": True, "year": 0}


def _set_aside(
    data: dict[str, Any], findings: list[Finding]
) -> tuple[Submission | None, set[tuple[str | int, ...]]]:
    """A valid copy of ``data`` with every part that has a problem set aside (a score made
    n/a, a field given a stand-in or dropped), and the places set aside."""
    if not isinstance(data.get("criteria"), str) or not isinstance(data.get("scores"), dict):
        return None, set()  # no set to check against, or no scores to check
    copy = {**data, "format": "par-submission/1"}
    scores = dict(data["scores"])
    set_aside: set[tuple[str | int, ...]] = set()
    for finding in findings:
        loc = finding.loc
        name = loc[0] if loc else dict(finding.message.params).get("name")
        if name == "scores" and len(loc) >= 2 and loc[1] in scores:
            scores[loc[1]] = "n/a"  # its own problem is said; the rest of the file goes on
            set_aside.add(loc[:2])
        elif isinstance(name, str) and name in _STAND_INS:
            copy[name] = _STAND_INS[name]
            set_aside.add((name,))
        elif isinstance(name, str) and name not in ("format", "criteria", "scores"):
            copy.pop(name, None)  # an unknown field
        else:
            return None, set()
    copy["scores"] = scores
    try:
        return Submission.model_validate(copy), set_aside
    except ValidationError:
        return None, set()


def process_submission(
    document: Document, catalog: Catalog, allow_missing: bool
) -> ScoredFile:
    file = InputFile(Path(document.path), document.path)
    submission, result, findings = check_submission(document.data, catalog, allow_missing)
    out = ScoredFile(file, submission, result)
    if submission is not None:
        out.unit_line = document.locate(("unit",))[0]
    out.problems = [document.problem(f) for f in findings]
    return out


def process_file(
    file: InputFile, catalog: Catalog, limits: Limits, allow_missing: bool
) -> ScoredFile:
    """Load one file of a scoring run and, if it is a submission, validate and score it."""
    try:
        loaded = load_document(file, limits)
    except UsageError as e:  # reported with the problems of the other files, then exit 2
        return ScoredFile(file, unreadable=e.messages)
    if loaded.kind is Kind.BROKEN or loaded.document is None:
        return ScoredFile(file, problems=loaded.problems)
    if loaded.kind is Kind.OTHER:
        return ScoredFile(file, problems=loaded.problems,
                          left_out=LeftOut(file.shown, Why.NOT_PAR))
    if loaded.kind is Kind.CRITERIA:
        return ScoredFile(file, problems=loaded.problems,
                          left_out=LeftOut(file.shown, Why.CRITERIA))
    scored = process_submission(loaded.document, catalog, allow_missing)
    scored.file = file
    scored.problems[:0] = loaded.problems
    return scored


_worker_state: dict[str, object] = {}


def _init_worker(catalog: Catalog, limits: Limits, allow_missing: bool,
                 keep_depth: int | None) -> None:
    _worker_state.update(catalog=catalog, limits=limits, allow_missing=allow_missing,
                         keep_depth=keep_depth)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), DEEP_RECURSION))


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
    if progress is not None:
        progress(0, len(files))  # the bar knows its total from the start (never "0/?")
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        for file in files:
            results.append(slim(process_file(file, catalog, limits, allow_missing), keep_depth))
            if progress is not None:
                progress(len(results), len(files))
        return results
    from concurrent.futures import ProcessPoolExecutor  # only when the work pays for processes

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
                                       "duplicate-unit", unit=clip(sub.unit), year=sub.year,
                                       other=f"{other.file.shown}:{other.unit_line}"))
        else:
            first[key] = item
    return problems
