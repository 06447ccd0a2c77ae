"""Pure: several scored years -> one row per unit across them (``par trend``).

Years come as ``YearView`` (from submissions, score JSON or a published table) and are sorted
by year. A map of old unit id -> new unit id is applied at the boundary after the last year the
old id appears: when the new id was scored before (a merger into a unit that goes on), the old
unit keeps its own row, ending with ``merged_into``; when the new id appears only later and one
old id leads to it, it is a rename and the row runs on under the new id; several old ids leading
to a new id are each merged into it. Changes are shown values' differences, as in compare.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from par_cli.compare import UnitView, YearView
from par_cli.messages import Message
from par_cli.numbers import display, exact
from par_cli.trend_results import TrendNode, TrendPoint, TrendReport, TrendUnit, TrendYear
from par_cli.vietnamese import vietnamese_sort_key


@dataclass
class _Links:
    """What the map does: renames (one row runs on under a new id), mergers, and the entries
    that take effect only after the last year."""

    renamed_to: dict[str, str] = field(default_factory=dict)
    merged_into: dict[str, str] = field(default_factory=dict)
    later: list[str] = field(default_factory=list)


def map_problems(years: Sequence[YearView], mapping: Mapping[str, str]) -> list[Message]:
    """Ids in the map that are in no year (docs/commands.md#par-trend: exit 1, as compare)."""
    known = {unit for view in years for unit in view.units}
    unknown = {unit for pair in mapping.items() for unit in pair if unit not in known}
    return [Message.of("trend.unit-in-none", unit=unit) for unit in sorted(unknown)]


def _links(present: Mapping[str, list[int]], mapping: Mapping[str, str], last: int) -> _Links:
    links = _Links()
    into_new: dict[str, list[str]] = {}
    for old, new in sorted(mapping.items()):
        if old == new or old not in present:
            continue
        ends = max(present[old])
        if ends == last:
            links.later.append(old)
        elif any(position <= ends for position in present.get(new, [])):
            links.merged_into[old] = new  # the unit it merged into keeps its own history
        else:
            into_new.setdefault(new, []).append(old)
    for new, olds in into_new.items():
        for old in olds:
            if len(olds) == 1:
                links.renamed_to[old] = new
            else:
                links.merged_into[old] = new
    return links


def _point(view: UnitView, year: YearView) -> TrendPoint:
    rule = year.display.index_rule
    nodes = {node_id: TrendNode(index=display(node.exact, rule) if node.exact is not None
                                else None, rank=node.rank)
             for node_id, node in view.nodes.items()}
    exact_index = view.exact
    return TrendPoint(unit=view.unit, name=view.name, name_vi=view.name_vi,
                      index=display(exact_index, rule) if exact_index is not None else None,
                      rank=view.rank, band=view.band, nodes=nodes)


def _row(chain: list[str], years: Sequence[YearView], links: _Links,
         merged_from: Mapping[str, list[str]]) -> TrendUnit:
    points: list[TrendPoint | None] = []
    for year in years:
        view = next((year.units[u] for u in chain if u in year.units), None)
        points.append(_point(view, year) if view is not None else None)
    present = [(year.year, point) for year, point in zip(years, points, strict=True)
               if point is not None]
    (first_year, first), (last_year, latest) = present[0], present[-1]
    index_change = (latest.index - first.index
                    if latest.index is not None and first.index is not None else None)
    rank_change = (first.rank - latest.rank
                   if first.rank is not None and latest.rank is not None else None)
    return TrendUnit(
        unit=chain[-1], name=latest.name, name_vi=latest.name_vi, years=tuple(points),
        merged_into=links.merged_into.get(chain[-1]), formerly=tuple(chain[:-1]),
        merged_from=tuple(sorted(old for u in chain for old in merged_from.get(u, []))),
        first=first_year, last=last_year, index_change=index_change, rank_change=rank_change)


@exact
def trend_years(years: Sequence[YearView], mapping: Mapping[str, str] | None = None
                ) -> TrendReport:
    """The rows of units over ``years`` (sorted by year here), the map applied, and the notes
    a reader needs first: methodology changes, fields of different sizes, lonely years."""
    years = sorted(years, key=lambda view: view.year)
    present: dict[str, list[int]] = {}
    for position, year in enumerate(years):
        for unit in year.units:
            present.setdefault(unit, []).append(position)
    links = _links(present, mapping or {}, len(years) - 1)
    successors = set(links.renamed_to.values())
    merged_from: dict[str, list[str]] = {}
    for old, new in links.merged_into.items():
        merged_from.setdefault(new, []).append(old)
    rows: list[TrendUnit] = []
    for start in sorted(present):
        if start in successors:
            continue
        chain = [start]
        while chain[-1] in links.renamed_to:
            chain.append(links.renamed_to[chain[-1]])
        rows.append(_row(chain, years, links, merged_from))
    report = TrendReport(
        years=tuple(TrendYear(year=y.year, criteria=y.criteria_id, title=y.title,
                              title_vi=y.title_vi, source=y.source, units=len(y.units),
                              ranked=y.ranked_count, display=y.display) for y in years),
        units=tuple(rows), notes=tuple(_notes(years, rows, links)),
        node_names={node_id: names for year in years for node_id, names in
                    year.node_names.items()},
        band_names={name: vi for year in years for name, vi in year.band_names.items()},
        unit_names={row.unit: (row.name, row.name_vi) for row in rows})
    return sort_trend(report, "last-rank")


def _notes(years: Sequence[YearView], rows: Sequence[TrendUnit], links: _Links
           ) -> list[Message]:
    notes: list[Message] = []
    sizes = [year.ranked_count for year in years]
    if len(set(sizes)) > 1:  # said before any rank is read
        parts = tuple(Message.of("note.trend-field-size.part", count=y.ranked_count, year=y.year)
                      for y in years)
        notes.append(Message.of("note.trend-field-size", sizes=parts))
    for before, after in itertools.pairwise(years):
        if before.criteria_id and after.criteria_id and before.criteria_id != after.criteria_id:
            notes.append(Message.of("note.trend-methodology", old_year=before.year,
                                    old=before.criteria_id, new_year=after.year,
                                    new=after.criteria_id))
    for year in years:
        if not year.criteria_id:
            notes.append(Message.of("note.trend-no-criteria", year=year.year, path=year.source))
    for position, year in enumerate(years):
        touched = [row for row in rows if row.years[position] is not None]
        if touched and all(sum(p is not None for p in row.years) == 1 for row in touched):
            notes.append(Message.of("note.trend-lonely", year=year.year, path=year.source,
                                    count=len(touched)))
    if links.later:
        shown = ", ".join(links.later[:10]) + (", …" if len(links.later) > 10 else "")
        notes.append(Message.of("note.trend-map-later", count=len(links.later),
                                year=years[-1].year, units=shown))
    return notes


def sort_trend(report: TrendReport, by: str, vietnamese_names: bool = False) -> TrendReport:
    """Rows by last rank (units scored in the last year first, then those whose rows end
    earlier, latest first), by index change first -> last (largest rise first), or by name
    (Vietnamese alphabetical order)."""
    last = len(report.years) - 1

    def standing(unit: TrendUnit) -> tuple[object, ...]:
        position = max(i for i, p in enumerate(unit.years) if p is not None)
        point = unit.years[position]
        assert point is not None
        index = -point.index if point.index is not None else Decimal(1)
        return (last - position, point.rank is None, point.rank or 0, index, unit.unit)

    def key(unit: TrendUnit) -> tuple[object, ...]:
        if by == "name":
            name = (unit.name_vi or unit.name) if vietnamese_names else unit.name
            return (vietnamese_sort_key(name), unit.unit)
        if by == "change":
            change = unit.index_change
            return (change is None, -change if change is not None else 0, *standing(unit))
        return standing(unit)

    return replace(report, units=tuple(sorted(report.units, key=key)))


def only_unit(report: TrendReport, unit: str) -> TrendReport:
    """The row of ``unit``, matched by its id or an earlier id (a rename)."""
    return replace(report, units=tuple(u for u in report.units
                                       if unit == u.unit or unit in u.formerly))
