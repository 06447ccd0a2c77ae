"""What ``par report`` draws: several scored years read into one frozen record (every index
already rounded by its year's display rule), behind one function, ``report_years``.

Each year is a folder of submissions or a ``par score`` JSON file, given in any order; a
``--map`` file follows renames and mergers (docs/commands.md, ``par report``). Averages are
exact means rounded once, as ``par score`` computes them, so a drawn figure equals the table's.

Core: returns values and raises ``ParError``; never prints or exits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from pathlib import Path

from par_cli.catalog import Catalog, usable_catalog
from par_cli.compare import UnitView, YearView, compare_years
from par_cli.errors import InputProblems, ParError, RunError, UsageError
from par_cli.limits import Limits
from par_cli.loader import DEFAULT_LIMITS
from par_cli.messages import Message
from par_cli.models import DisplayRule
from par_cli.numbers import display, exact
from par_cli.report_records import Area, Average, ReportData, ReportUnit, ReportYear, UnitYear


def report_years(
    paths: Sequence[Path], criteria: Sequence[Path], map_file: Path | None,
    limits: Limits = DEFAULT_LIMITS, exclude: Sequence[str] = (), jobs: int = 1,
) -> ReportData:
    """Read every year (the problems of all of them reported together), check the map
    against them, and compute what the charts draw."""
    from par_cli.years import read_unit_map

    for path in paths:
        if not path.exists():
            raise UsageError(Message.of("path.missing", path=path))
    catalog = usable_catalog(criteria, limits)
    mapping: Mapping[str, str] = read_unit_map(map_file, limits) if map_file is not None else {}
    read = _read_all(paths, catalog, limits, exclude, jobs)
    read_notes = tuple(dict.fromkeys(n for year in read for n in year[0].notes))
    by_year: dict[int, tuple[YearView, dict[str, str | None]]] = {}
    for view, groups in read:
        if view.year in by_year:
            error = RunError(Message.of("report.year-twice", year=view.year,
                                        first=by_year[view.year][0].source, second=view.source))
            error.notes = read_notes
            raise error
        by_year[view.year] = (view, groups)
    views = [by_year[year][0] for year in sorted(by_year)]
    known = {unit for view in views for unit in view.units}
    unknown = sorted({u for pair in mapping.items() for u in pair if u not in known})
    if unknown:
        error = RunError(Message.of("compare.map-units", path=map_file, units=tuple(
            Message.of("report.unit-in-no-year", unit=u) for u in unknown)))
        error.notes = read_notes
        raise error
    notes: list[Message] = []
    for view in views:
        found = catalog.find(view.criteria_id)
        if found is not None and found.criteria is not None and not any(
                n.key == "note.provisional" and dict(n.params).get("set") == view.criteria_id
                for n in read_notes):  # a score JSON year: its set's provisional maxima too
            ids = [a.id for a in found.criteria.criteria if a.provisional]
            if ids:
                notes.append(Message.of("note.provisional", set=view.criteria_id,
                                        ids=", ".join(ids)))
    comparisons = [compare_years(old, new, mapping) for old, new in pairwise(views)]
    for comparison in comparisons:
        notes.extend(comparison.notes)
    if len(views) == 1:
        notes.append(Message.of("note.report-one-year", year=views[0].year))
    page_notes = [n for n in read_notes if not n.key.startswith("note.left-out")]
    years = tuple(_year(view, catalog, by_year[view.year][1]) for view in views)
    inputs = [i for view in views for i in view.inputs] + catalog.paths()
    if map_file is not None:
        inputs.append(str(map_file))
    return ReportData(
        years=years, units=_units(views, [by_year[v.year][1] for v in views], mapping),
        movement=comparisons[-1] if comparisons else None,
        notes=tuple(dict.fromkeys([*page_notes, *notes])),
        read_notes=tuple(dict.fromkeys([*read_notes, *notes])), inputs=tuple(inputs))


def check_unit(data: ReportData, unit: str) -> ReportUnit:
    """The unit asked for with ``--unit`` (by its id, or an id it had before a rename), or the
    error with the id meant (did you mean)."""
    from par_cli.explain import unknown_unit

    found = data.unit(unit) or next((u for u in data.units if unit in u.former_ids), None)
    if found is None:
        everyone = [(u.unit, u.name, u.name_vi) for u in data.units]
        error = unknown_unit(unit, everyone, "report.unknown-unit")
        error.notes = data.read_notes
        raise error
    return found


# ---- reading ---------------------------------------------------------------------------------

_SAID_WITHOUT_A_PATH = {"run.submission-errors", "run.mixed", "run.problems"}


def _read_one(
    path: Path, catalog: Catalog, limits: Limits, exclude: Sequence[str], jobs: int,
) -> tuple[YearView, dict[str, str | None]]:
    """A year and its units' groups (a score JSON file carries no groups)."""
    from dataclasses import replace

    from par_cli.runs import score_run
    from par_cli.years import read_score_json, year_from_ranked

    if path.is_file() and path.suffix.lower() == ".json":
        return replace(read_score_json(path, catalog, limits), inputs=(str(path),)), {}
    try:
        run = score_run([path], [], limits, jobs=jobs, catalog=catalog, keep_depth=1,
                        exclude=exclude)
    except ParError as e:  # say which year failed: the closing line names each one once
        if any(m.key in _SAID_WITHOUT_A_PATH for m in e.messages):
            e.messages = (Message.of("compare.side", path=path, reason=e.messages),)
        raise
    view = year_from_ranked(run.index, run.year, run.results, str(path), run.notes)
    return replace(view, inputs=tuple(run.inputs)), {r.unit: r.group for r in run.results}


def _read_all(
    paths: Sequence[Path], catalog: Catalog, limits: Limits, exclude: Sequence[str], jobs: int,
) -> list[tuple[YearView, dict[str, str | None]]]:
    """Every year read; the failures of all of them reported together (2 wins)."""
    read: list[tuple[YearView, dict[str, str | None]]] = []
    failures: list[ParError] = []
    for path in paths:
        try:
            read.append(_read_one(path, catalog, limits, exclude, jobs))
        except ParError as e:
            failures.append(e)
    if not failures:
        return read
    if len(failures) == 1 or not all(isinstance(f, InputProblems) for f in failures):
        raise max(failures, key=lambda e: e.exit_code)
    problems = sorted({p for f in failures if isinstance(f, InputProblems) for p in f.problems})
    combined = InputProblems(problems, *dict.fromkeys(m for f in failures for m in f.messages))
    combined.exit_code = max(f.exit_code for f in failures)
    combined.notes = list(dict.fromkeys(n for f in failures for n in f.notes))
    raise combined


# ---- computing -------------------------------------------------------------------------------


def _mean(values: Iterable[Fraction | None]) -> Fraction | None:
    present = [v for v in values if v is not None]
    return sum(present, Fraction(0)) / len(present) if present else None


def _shown(value: Fraction | None, rule: DisplayRule) -> Decimal | None:
    return display(value, rule) if value is not None else None


def _average(units: Sequence[UnitView], areas: Sequence[str], rule: DisplayRule) -> Average:
    ranked = [u for u in units if u.rank is not None]
    return Average(
        index=_shown(_mean(u.exact for u in ranked), rule),
        areas={a: _shown(_mean(u.nodes[a].exact for u in ranked if a in u.nodes), rule)
               for a in areas},
        units=len(ranked))


@exact
def _year(view: YearView, catalog: Catalog, groups: Mapping[str, str | None]) -> ReportYear:
    rule = view.display.index_rule
    area_ids = list(view.node_names)
    by_group: dict[str, list[UnitView]] = {}
    for unit in view.units.values():
        group = groups.get(unit.unit)
        if group is not None:
            by_group.setdefault(group, []).append(unit)
    found = catalog.find(view.criteria_id)
    provisional: tuple[str, ...] = ()
    if found is not None and found.criteria is not None:
        provisional = tuple(a.id for a in found.criteria.criteria if a.provisional)
    return ReportYear(
        year=view.year, criteria_id=view.criteria_id, title=view.title, title_vi=view.title_vi,
        index_rule=rule,
        areas=tuple(Area(i, name, name_vi) for i, (name, name_vi) in view.node_names.items()),
        units=len(view.units), ranked=view.ranked_count,
        average=_average(list(view.units.values()), area_ids, rule),
        groups={g: _average(members, area_ids, rule) for g, members in sorted(by_group.items())},
        band_names=view.band_names, provisional=provisional)


@exact
def _unit_year(unit: UnitView, rule: DisplayRule) -> UnitYear:
    return UnitYear(
        index=_shown(unit.exact, rule), rank=unit.rank, band=unit.band,
        areas={i: _shown(n.exact, rule) for i, n in unit.nodes.items()},
        area_ranks={i: n.rank for i, n in unit.nodes.items()})


def _units(views: Sequence[YearView], groups: Sequence[Mapping[str, str | None]],
           mapping: Mapping[str, str]) -> tuple[ReportUnit, ...]:
    """One row per unit id; a rename (one old id, its new id scored only after it) continues
    the new id's row; a merger ends the old unit's row with ``merged_into``."""
    seen: dict[str, list[int]] = {}
    for position, view in enumerate(views):
        for unit in view.units:
            seen.setdefault(unit, []).append(position)
    olds_of: dict[str, list[str]] = {}
    for old, new in mapping.items():
        olds_of.setdefault(new, []).append(old)
    renamed = {old: new for old, new in mapping.items()
               if len(olds_of[new]) == 1 and old in seen and new in seen
               and max(seen[old]) < min(seen[new])}
    rows: list[ReportUnit] = []
    last = views[-1]
    for unit_id in sorted(seen):
        if unit_id in renamed:
            continue
        chain = [unit_id]
        while chain[-1] in olds_of and len(olds_of[chain[-1]]) == 1 \
                and olds_of[chain[-1]][0] in renamed:
            chain.append(olds_of[chain[-1]][0])
        years: dict[int, UnitYear] = {}
        name = unit_id
        name_vi: str | None = None
        group: str | None = None
        for position, view in enumerate(views):
            present = next((c for c in chain if c in view.units), None)
            if present is None:
                continue
            scored = view.units[present]
            years[view.year] = _unit_year(scored, view.display.index_rule)
            name, name_vi = scored.name, scored.name_vi
            group = groups[position].get(present) or group
        merged = mapping.get(unit_id) if unit_id not in renamed and unit_id in mapping else None
        rows.append(ReportUnit(unit=unit_id, name=name, name_vi=name_vi, group=group,
                               years=years, merged_into=merged, former_ids=tuple(chain[1:])))

    def order(row: ReportUnit) -> tuple[object, ...]:
        latest = max(row.years)
        rank = row.years[latest].rank
        return (latest != last.year, -latest, rank is None, rank or 0, row.unit)

    return tuple(sorted(rows, key=order))
