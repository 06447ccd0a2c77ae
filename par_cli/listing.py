"""``par list``: the criteria sets par can see and, given folders, the units and years in them.

Core: returns values; never prints or exits. A submission is listed from its header (unit,
name, year, criteria) even when its scores have problems; one that cannot be read that far is
counted, and its problems returned, so nothing found goes unsaid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from par_cli.catalog import Catalog, usable_catalog
from par_cli.checks import validate
from par_cli.files import Kind, LeftOut, Why, discover, left_out_notes, load_document
from par_cli.inventory import Inventory, SetEntry, UnitEntry, YearEntry
from par_cli.limits import Limits
from par_cli.messages import Message
from par_cli.models import UNIT_ID_PATTERN, Node, Submission
from par_cli.problems import Problem


@dataclass
class Listed:
    inventory: Inventory
    notes: list[Message] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Header:
    unit: str
    name: str
    name_vi: str | None
    year: int
    criteria: str
    path: str


def _header(data: dict[str, Any], path: str) -> _Header | None:
    unit, name, year, criteria = (data.get(k) for k in ("unit", "name", "year", "criteria"))
    name_vi = data.get("name_vi")
    if not (isinstance(unit, str) and re.fullmatch(UNIT_ID_PATTERN, unit)
            and isinstance(year, int) and not isinstance(year, bool)
            and isinstance(criteria, (str, int)) and not isinstance(criteria, bool)):
        return None
    return _Header(unit, name if isinstance(name, str) else unit,
                   name_vi if isinstance(name_vi, str) else None, year, str(criteria), path)


def _provisional(nodes: Sequence[Node]) -> Iterator[str]:
    for node in nodes:
        if node.provisional:
            yield node.id
        yield from _provisional(node.criteria)


def _shown(path: str) -> str:
    """A set's file relative to the working folder when it is under it (as typed)."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return path


def _sets(catalog: Catalog) -> tuple[SetEntry, ...]:
    entries = []
    for set_id in catalog.known_ids():
        loaded, place = catalog.entries[set_id]
        criteria = loaded.criteria
        assert criteria is not None
        provisional = tuple(_provisional(criteria.criteria))
        entries.append(SetEntry(id=set_id, title=criteria.title, title_vi=criteria.title_vi,
                                years=criteria.years, max=criteria.max, place=place,
                                path=_shown(loaded.document.path), provisional=provisional))
    return tuple(entries)


def list_run(paths: Sequence[Path], criteria: Sequence[Path], limits: Limits,
             exclude: Sequence[str] = ()) -> Listed:
    """The sets par can see (``--criteria``, criteria files among PATHS, ./criteria/, shipped)
    and the submissions found in PATHS, by year and by unit."""
    headers: list[_Header] = []
    problems: list[Problem] = []
    found_criteria: list[Path] = []
    left_out: list[LeftOut] = []
    unlisted = 0
    if paths:
        found = discover(paths, exclude)
        left_out = list(found.left_out)
        for file in found.files:
            loaded = load_document(file, limits)
            if loaded.kind is Kind.CRITERIA:
                found_criteria.append(file.path)
            elif loaded.kind is Kind.OTHER:
                left_out.append(LeftOut(file.shown, Why.NOT_PAR))
            elif loaded.kind is Kind.SUBMISSION and loaded.document is not None:
                header = _header(loaded.document.data, file.shown)
                if header is None:  # say why as check would: the schema's own findings
                    unlisted += 1
                    _, findings = validate(Submission, loaded.document.data)
                    problems.extend(loaded.document.problem(f) for f in findings)
                else:
                    headers.append(header)
            else:
                unlisted += 1
                problems.extend(loaded.problems)
    catalog = usable_catalog([*criteria, *found_criteria], limits)
    left_out.sort(key=lambda item: item.path)
    return Listed(_inventory(catalog, headers, bool(paths), unlisted), left_out_notes(left_out),
                  problems)


def _inventory(catalog: Catalog, headers: list[_Header], looked: bool,
               unlisted: int) -> Inventory:
    by_year: dict[tuple[int, str], set[str]] = {}
    by_unit: dict[str, list[_Header]] = {}
    for header in headers:
        by_year.setdefault((header.year, header.criteria), set()).add(header.unit)
        by_unit.setdefault(header.unit, []).append(header)
    years = tuple(YearEntry(year=year, criteria=set_id, units=len(units),
                            known_set=catalog.find(set_id) is not None)
                  for (year, set_id), units in sorted(by_year.items()))
    units = []
    for unit_id in sorted(by_unit):
        found = sorted(by_unit[unit_id], key=lambda h: (h.year, h.path))
        last = found[-1]
        named_vi = next((h.name_vi for h in reversed(found) if h.name_vi), None)
        units.append(UnitEntry(unit=unit_id, name=last.name, name_vi=named_vi,
                               years=tuple(sorted({h.year for h in found})),
                               files=tuple(h.path for h in found)))
    return Inventory(sets=_sets(catalog), years=years, units=tuple(units), looked=looked,
                     unlisted=unlisted)
