"""The criteria catalogue: criteria sets by id from the places a run looks in (``--criteria``
files and folders, the files being checked, ./criteria/, then the sets shipped with par); the
first place that has an id wins.

Core: returns values; never prints or exits.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from par_cli.checks import check_criteria, validate
from par_cli.errors import InputProblems
from par_cli.files import InputFile, Kind, discover, load_document
from par_cli.loader import DEFAULT_LIMITS, Document, Limits
from par_cli.messages import Message
from par_cli.models import CriteriaSet
from par_cli.problems import Finding, Problem, has_errors
from par_cli.scoring import CriteriaIndex, index_criteria

SHIPPED_CRITERIA = Path(__file__).parent / "_criteria"
REPO_CRITERIA = Path(__file__).parent.parent / "criteria"


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
    """Criteria sets by id, each with the place it came from; the first place with an id wins."""

    entries: dict[str, tuple[LoadedCriteria, str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: list[LoadedCriteria] = field(default_factory=list)
    indexes: dict[str, CriteriaIndex] = field(default_factory=dict)
    shadowed: dict[str, str] = field(default_factory=dict)  # set id -> the shipped file hidden

    def add(self, loaded: LoadedCriteria, origin: str, clash_is_error: bool) -> None:
        if loaded.criteria is None:
            self.broken.append(loaded)
            return
        set_id = loaded.criteria.id
        if set_id in self.entries:
            first, first_origin = self.entries[set_id]
            same_file = (os.path.realpath(first.document.path)
                         == os.path.realpath(loaded.document.path))
            if clash_is_error and first_origin == origin and not same_file:
                self.problems.append(loaded.document.problem(Finding.of(
                    ("id",), "duplicate-set", set=set_id,
                    path=first.document.path)))
            elif origin == SHIPPED and not same_file and not _same_text(first, loaded):
                self.shadowed[set_id] = loaded.document.path
            return
        self.entries[set_id] = (loaded, origin)

    def shadow_note(self, set_id: str) -> Message | None:
        """A note when the set used comes from --criteria or ./criteria/ and differs from the
        set with the same id shipped with par (an edited copy must be a choice, never a
        surprise)."""
        shipped = self.shadowed.get(set_id)
        loaded = self.find(set_id)
        if shipped is None or loaded is None:
            return None
        return Message.of("note.shadow", set=set_id, path=loaded.document.path, shipped=shipped)

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

    def listing(self, vietnamese: bool = False) -> list[str]:
        """One line per criteria set: id, years, title (``title_vi`` when asked and given),
        and the file it is read from."""
        lines = []
        for set_id in self.known_ids():
            loaded, _ = self.entries[set_id]
            assert loaded.criteria is not None
            years = ", ".join(map(str, loaded.criteria.years))
            title = (loaded.criteria.title_vi if vietnamese and loaded.criteria.title_vi
                     else loaded.criteria.title)
            lines.append(f"{set_id}\t{years}\t{title}\t{loaded.document.path}")
        return lines

    def paths(self) -> list[str]:
        """Every criteria file read (an output must never replace one)."""
        return [loaded.document.path for loaded, _ in self.entries.values()] + [
            loaded.document.path for loaded in self.broken]


def _criteria_files(path: Path) -> list[InputFile]:
    return discover([path]).files


def build_catalog(
    explicit: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS,
    checked: Iterable[LoadedCriteria] = (),
    cwd: Path | None = None,
    further: bool = True,
) -> Catalog:
    """Criteria from ``--criteria`` paths, the files being checked, ./criteria/, then shipped."""
    catalog = Catalog()
    for path in explicit:
        for file in _criteria_files(path):
            _add_file(catalog, file, limits, EXPLICIT)
    for loaded in checked:
        catalog.add(loaded, "checked", clash_is_error=True)
    if not further:  # nothing asks for a set by id: ./criteria/ and the shipped sets can wait
        return catalog
    local = (cwd or Path.cwd()) / "criteria"
    shipped = SHIPPED_CRITERIA if SHIPPED_CRITERIA.is_dir() else REPO_CRITERIA
    places: list[tuple[Path, str]] = []
    if local.is_dir():
        # the shipped folder itself, when par runs from its own repository, is the shipped sets
        same = shipped.is_dir() and os.path.realpath(local) == os.path.realpath(shipped)
        places.append((local, SHIPPED if same else LOCAL))
    if shipped.is_dir() and not any(origin == SHIPPED for _, origin in places):
        places.append((shipped, SHIPPED))
    for place, origin in places:
        for file in _criteria_files(place):
            _add_file(catalog, file, limits, origin)
    return catalog


EXPLICIT, LOCAL, SHIPPED = "--criteria", "./criteria/", "shipped"


def _same_text(first: LoadedCriteria, second: LoadedCriteria) -> bool:
    try:
        return Path(first.document.path).read_bytes() == Path(second.document.path).read_bytes()
    except OSError:
        return False


def _add_file(catalog: Catalog, file: InputFile, limits: Limits, origin: str) -> None:
    """A criteria file of one place. In --criteria and ./criteria/ a file that does not load is
    an error of the run: falling back to a shipped set with the same id would change results
    without a word."""
    chosen = origin != SHIPPED
    loaded_file = load_document(file, limits)
    if loaded_file.kind is not Kind.CRITERIA or loaded_file.document is None:
        if loaded_file.kind is Kind.BROKEN and chosen:
            catalog.problems.extend(p for p in loaded_file.problems if p.is_error)
        return
    loaded = load_criteria_document(loaded_file.document)
    loaded.problems[:0] = loaded_file.problems
    if (chosen and loaded.criteria is None) or origin == EXPLICIT:
        catalog.problems.extend(p for p in loaded.problems if p.is_error)
    catalog.add(loaded, origin, clash_is_error=chosen)


def usable_catalog(criteria_paths: Sequence[Path], limits: Limits = DEFAULT_LIMITS) -> Catalog:
    """The catalogue of a scoring run; problems in the ``--criteria`` files stop the run."""
    catalog = build_catalog(criteria_paths, limits)
    if catalog.problems:
        raise InputProblems(catalog.problems, Message.of("run.criteria-problems"))
    return catalog
