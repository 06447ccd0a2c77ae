"""What ``par report`` draws: several scored years read into one frozen record (every index
already rounded by its year's display rule), behind one function, ``report_years``.

Each year is a folder of submissions, a ``par score`` JSON file or a published results table
(CSV), in any order; the rows across the years, ``--map`` (renames and mergers) and the notes
on methodology are ``par trend``'s (``trend.trend_years``), so both commands tell one story.
The folders are scored here, not through ``runs.read_year``, to keep the units' groups for
the profile's group average. Averages are exact means rounded once, as ``par score`` computes
them, so a drawn figure equals the table's.

Core: returns values and raises ``ParError``; never prints or exits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from par_cli.catalog import Catalog, usable_catalog
from par_cli.compare import UnitView, YearView, compare_years
from par_cli.errors import ParError, UsageError
from par_cli.limits import Limits
from par_cli.loader import DEFAULT_LIMITS
from par_cli.messages import Message
from par_cli.models import DisplayRule
from par_cli.numbers import display, exact
from par_cli.report_records import Area, Average, ReportData, ReportUnit, ReportYear, UnitYear
from par_cli.runs import checked_years, read_year, score_year, together, year_of
from par_cli.trend import trend_years
from par_cli.trend_results import TrendReport


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
    views = checked_years([view for view, _ in read], mapping, str(map_file), read_notes)
    groups = {view.year: year_groups for view, year_groups in read}
    rows = trend_years(views, mapping)
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
    if len(views) == 1:  # a single year is lonely by nature: that note of trend's is not said
        notes.append(Message.of("note.report-one-year", year=views[0].year))
    else:
        notes.extend(rows.notes)
    movement = compare_years(views[-2], views[-1], mapping) if len(views) > 1 else None
    if movement is not None:  # what trend does not say: nodes in one set only, renamed nodes
        notes.extend(n for n in movement.notes if n.key not in _SAID_BY_TREND)
    page_notes = [n for n in read_notes if not n.key.startswith("note.left-out")]
    years = tuple(_year(view, catalog, groups[view.year]) for view in views)
    inputs = [i for view in views for i in view.inputs] + catalog.paths()
    if map_file is not None:
        inputs.append(str(map_file))
    return ReportData(
        years=years, units=_units(rows, [groups[v.year] for v in views]),
        movement=movement,
        notes=tuple(dict.fromkeys([*page_notes, *notes])),
        read_notes=tuple(dict.fromkeys([*read_notes, *notes])), inputs=tuple(inputs))


def check_unit(data: ReportData, unit: str) -> ReportUnit:
    """The unit asked for with ``--unit`` (by its id, or an id it had before a rename), or the
    error with the id meant (did you mean)."""
    from par_cli.explain import unknown_unit

    found = data.unit(unit) or next((u for u in data.units if unit in u.former_ids), None)
    if found is None:
        everyone = [(u.unit, u.name, u.name_vi) for u in data.units]
        error = unknown_unit(unit, everyone, "trend.unit-in-none")
        error.notes = data.read_notes
        raise error
    return found


# ---- reading ---------------------------------------------------------------------------------

_SAID_BY_TREND = {"note.different-sets", "note.field-size"}


def _read_one(
    path: Path, catalog: Catalog, limits: Limits, exclude: Sequence[str], jobs: int,
) -> tuple[YearView, dict[str, str | None]]:
    """A year and its units' groups (a score JSON file or a published table carries none)."""
    if path.is_file() and path.suffix.lower() in (".json", ".csv"):
        return read_year(path, catalog, limits, jobs, exclude, published=True), {}
    run = score_year(path, catalog, limits, jobs, exclude)
    return year_of(run, path), {r.unit: r.group for r in run.results}


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
    if failures:
        raise together(failures)
    return read


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


def _units(rows: TrendReport, groups: Sequence[Mapping[str, str | None]]
           ) -> tuple[ReportUnit, ...]:
    """``par trend``'s rows (renames continue a row, a merger ends one), each year as shown,
    in its order: the last year's units by rank, then rows that end earlier."""
    units = []
    for row in rows.units:
        years: dict[int, UnitYear] = {}
        group: str | None = None
        for position, (year, point) in enumerate(zip(rows.years, row.years, strict=True)):
            if point is None:
                continue
            years[year.year] = UnitYear(
                index=point.index, rank=point.rank, band=point.band,
                areas={i: node.index for i, node in point.nodes.items()},
                area_ranks={i: node.rank for i, node in point.nodes.items()})
            group = groups[position].get(point.unit) or group
        units.append(ReportUnit(unit=row.unit, name=row.name, name_vi=row.name_vi, group=group,
                                years=years, merged_into=row.merged_into,
                                former_ids=row.formerly))
    return tuple(units)
