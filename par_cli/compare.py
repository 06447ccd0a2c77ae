"""Pure comparison of two ranked years: index, rank and band changes, overall and per node.

Changes are computed from exact values (points / applicable max) and only then rounded for
display. Units present in one year only are listed as new or gone, never dropped; a map of old
unit ids to new ones handles renames and mergers (one entry per (old, new) pair).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

from par_cli.messages import Message
from par_cli.models import Display, DisplayRule
from par_cli.numbers import display, exact, ratio
from par_cli.results import (
    CompareNode,
    CompareReport,
    CompareSide,
    CompareSummary,
    CompareUnit,
    Counts,
    SideInfo,
    UnitChange,
)
from par_cli.vietnamese import vietnamese_sort_key


@dataclass(frozen=True, slots=True)
class NodeView:
    points: Decimal
    max: Decimal
    rank: int | None

    @property
    def exact(self) -> Fraction | None:
        return ratio(self.points, self.max)


@dataclass(frozen=True, slots=True)
class UnitView:
    unit: str
    name: str
    name_vi: str | None
    rank: int | None
    points: Decimal
    max: Decimal
    band: str | None
    nodes: Mapping[str, NodeView]

    @property
    def exact(self) -> Fraction | None:
        return ratio(self.points, self.max)


@dataclass(frozen=True, slots=True)
class YearView:
    """One side of a comparison: a scored year, from submissions or from score JSON."""

    criteria_id: str
    title: str
    year: int
    display: Display
    node_names: Mapping[str, tuple[str, str | None]]  # top-level id -> (name, name_vi)
    units: Mapping[str, UnitView]
    ranked_count: int = 0
    source: str = ""
    notes: tuple[Message, ...] = field(default=())
    title_vi: str | None = None
    inputs: tuple[str, ...] = ()  # the files this year was read from
    band_names: Mapping[str, str] = field(default_factory=dict)  # band -> its name_vi


def _shown(exact: Fraction | None, rule: DisplayRule) -> Decimal | None:
    return display(exact, rule) if exact is not None else None


def _change(old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """A change between years as a reader recomputes it: the shown new value minus the shown
    old one (89.22 - 87.41 = +1.81), as MoHA publishes changes."""
    if old is None or new is None:
        return None
    return new - old


def _rank_change(old: int | None, new: int | None) -> int | None:
    if old is None or new is None:
        return None
    return old - new


def _side(view: UnitView, rule: DisplayRule) -> CompareSide:
    exact = view.exact
    return CompareSide(rank=view.rank, index=display(exact, rule) if exact is not None else None,
                       band=view.band, points=view.points, max=view.max)


def _pairs(
    old: YearView, new: YearView, mapping: Mapping[str, str]
) -> list[tuple[UnitView | None, UnitView | None]]:
    successors: dict[str, list[str]] = {}
    pairs: list[tuple[UnitView | None, UnitView | None]] = []
    for old_id in sorted(old.units):
        target = mapping.get(old_id, old_id)
        if target in new.units:
            successors.setdefault(target, []).append(old_id)
        else:
            pairs.append((old.units[old_id], None))
    for new_id, unit in new.units.items():
        olds = successors.get(new_id, [])
        if not olds:
            pairs.append((None, unit))
        pairs.extend((old.units[old_id], unit) for old_id in olds)
    return pairs


def map_problems(old: YearView, new: YearView, mapping: Mapping[str, str]) -> list[Message]:
    """Ids in the map that are in neither year (docs/commands.md: a problem, exit 1)."""
    known = set(old.units) | set(new.units)
    unknown = {unit for pair in mapping.items() for unit in pair if unit not in known}
    return [Message.of("compare.unit-in-neither", unit=unit) for unit in sorted(unknown)]


@exact
def compare_years(
    old: YearView, new: YearView, mapping: Mapping[str, str] | None = None
) -> CompareReport:
    # every number a comparison computes is an index or a change of one: the index rule
    rule, old_rule = new.display.index_rule, old.display.index_rule
    same = old.criteria_id == new.criteria_id
    notes: list[Message] = []
    if not same:
        notes.append(Message.of("note.different-sets", old=old.criteria_id, new=new.criteria_id))
    only_old = [i for i in old.node_names if i not in new.node_names]
    only_new = [i for i in new.node_names if i not in old.node_names]
    if only_old:
        notes.append(Message.of("note.nodes-only", set=old.criteria_id, ids=", ".join(only_old)))
    if only_new:
        notes.append(Message.of("note.nodes-only", set=new.criteria_id, ids=", ".join(only_new)))
    renamed = [i for i in new.node_names
               if i in old.node_names and old.node_names[i][0] != new.node_names[i][0]]
    for node_id in renamed:
        notes.append(Message.of("note.renamed", id=node_id, old_name=old.node_names[node_id][0],
                                old=old.criteria_id, new_name=new.node_names[node_id][0],
                                new=new.criteria_id))
    if old.year == new.year:
        notes.append(Message.of("note.same-year", year=new.year))
    common = [i for i in new.node_names if i in old.node_names]
    units: list[CompareUnit] = []
    pairs = _pairs(old, new, mapping or {})
    predecessors: dict[str, int] = {}
    for before, after in pairs:
        if before is not None and after is not None:
            predecessors[after.unit] = predecessors.get(after.unit, 0) + 1
    for before, after in pairs:
        if before is not None and after is not None:
            # a rename or a merger: every (old, new) pair names its old unit
            labelled = before.unit != after.unit or predecessors[after.unit] > 1
            node_changes = tuple(
                _node_change(node_id, before.nodes.get(node_id), after.nodes.get(node_id),
                             old.node_names[node_id][0], new.node_names[node_id][0],
                             old_rule, rule)
                for node_id in common
            )
            old_side, new_side = _side(before, old_rule), _side(after, rule)
            units.append(CompareUnit(
                unit=after.unit, name=after.name, name_vi=after.name_vi, status="both",
                old_unit=before.unit if labelled else None,
                old_name=before.name if labelled else None,
                old=old_side, new=new_side,
                index_change=_change(old_side.index, new_side.index),
                rank_change=_rank_change(before.rank, after.rank),
                exact_index_change=(after.exact - before.exact
                                    if after.exact is not None and before.exact is not None
                                    else None),
                nodes=node_changes,
            ))
        elif after is not None:
            units.append(CompareUnit(unit=after.unit, name=after.name, name_vi=after.name_vi,
                                     status="new", old=None, new=_side(after, rule)))
        elif before is not None:
            units.append(CompareUnit(unit=before.unit, name=before.name, name_vi=before.name_vi,
                                     status="gone", old=_side(before, old_rule), new=None))
    units.sort(key=_default_order)
    if old.ranked_count != new.ranked_count:  # said before any rank change is read
        notes.insert(0, Message.of("note.field-size", old_count=old.ranked_count,
                                   old_year=old.year, new_count=new.ranked_count,
                                   new_year=new.year))
    return CompareReport(
        old=SideInfo(criteria=old.criteria_id, year=old.year, title=old.title,
                     title_vi=old.title_vi, units=len(old.units), ranked=old.ranked_count),
        new=SideInfo(criteria=new.criteria_id, year=new.year, title=new.title,
                     title_vi=new.title_vi, units=len(new.units), ranked=new.ranked_count),
        same_criteria=same, units=tuple(units),
        summary=_summary(units, rule, common, old.ranked_count, new.ranked_count),
        notes=tuple(notes), display=new.display,
        node_names={i: new.node_names[i] for i in common},
        band_names={**old.band_names, **new.band_names},
    )


def _default_order(unit: CompareUnit) -> tuple[object, ...]:
    status = {"both": 0, "new": 0, "gone": 1}[unit.status]
    side = unit.new if unit.new is not None else unit.old
    rank = side.rank if side is not None else None
    return (status, rank is None, rank or 0, unit.unit, unit.old_unit or "")


def _node_change(
    node_id: str, before: NodeView | None, after: NodeView | None, old_name: str,
    new_name: str, old_rule: DisplayRule, rule: DisplayRule,
) -> CompareNode:
    old_index = _shown(before.exact if before else None, old_rule)
    new_index = _shown(after.exact if after else None, rule)
    return CompareNode(
        id=node_id, name=new_name, old_name=old_name if old_name != new_name else None,
        old_rank=before.rank if before else None, new_rank=after.rank if after else None,
        rank_change=_rank_change(before.rank if before else None, after.rank if after else None),
        old_index=old_index, new_index=new_index, index_change=_change(old_index, new_index),
    )


def _counts(values: Sequence[Decimal | int]) -> Counts:
    up = sum(1 for v in values if v > 0)
    down = sum(1 for v in values if v < 0)
    return Counts(up=up, down=down, same=len(values) - up - down)


def _summary(units: Sequence[CompareUnit], rule: DisplayRule, common: Sequence[str],
             ranked_old: int, ranked_new: int) -> CompareSummary:
    """Index changes and rank changes counted apart (as shown: +0.00 is no change), the average
    changes (exact, then rounded), the largest rise and fall by their shown change."""
    both = [u for u in units if u.status == "both"]
    shown = [(u.index_change, u) for u in both if u.index_change is not None]
    exact = [u.exact_index_change for u in both if u.exact_index_change is not None]
    average = display(sum(exact, Fraction(0)) / len(exact), rule) if exact else None
    sums: dict[str, tuple[Decimal, int]] = {node_id: (Decimal(0), 0) for node_id in common}
    for unit in both:
        for node in unit.nodes:
            if node.index_change is not None and node.id in sums:
                total, count = sums[node.id]
                sums[node.id] = (total + node.index_change, count + 1)
    area_changes: dict[str, Decimal | None] = {
        node_id: display(Fraction(total) / count, rule) if count else None
        for node_id, (total, count) in sums.items()}
    # by the change a reader sees, then the exact one, then the unit id
    rise = min(shown, key=lambda cu: (-cu[0], -(cu[1].exact_index_change or 0), cu[1].unit),
               default=None)
    fall = min(shown, key=lambda cu: (cu[0], cu[1].exact_index_change or 0, cu[1].unit),
               default=None)
    index = _counts([c for c, _ in shown])
    return CompareSummary(
        up=index.up, down=index.down, same=index.same,
        index=index,
        rank=_counts([u.rank_change for u in both if u.rank_change is not None]),
        new=sum(1 for u in units if u.status == "new"),
        gone=sum(1 for u in units if u.status == "gone"),
        average_index_change=average,
        area_average_changes=area_changes,
        largest_rise=(_unit_change(rise[1]) if rise is not None and rise[0] > 0 else None),
        largest_fall=(_unit_change(fall[1]) if fall is not None and fall[0] < 0 else None),
        ranked_old=ranked_old, ranked_new=ranked_new,
    )


def _unit_change(unit: CompareUnit) -> UnitChange:
    return UnitChange(unit=unit.unit, name=unit.name, name_vi=unit.name_vi,
                      index_change=unit.index_change)


def sort_units(report: CompareReport, by: str, vietnamese_names: bool = False) -> CompareReport:
    """Re-order units by rank change, index change (largest rise first), new rank, or name
    (in Vietnamese alphabetical order: a ă â b c d đ …, not by code points)."""
    def key(unit: CompareUnit) -> tuple[object, ...]:
        if by == "name":
            name = (unit.name_vi or unit.name) if vietnamese_names else unit.name
            return (vietnamese_sort_key(name), unit.unit, unit.old_unit or "")
        if by == "rank-change":
            value: object = -(unit.rank_change) if unit.rank_change is not None else None
        elif by == "index-change":
            value = -unit.exact_index_change if unit.exact_index_change is not None else None
        else:
            return _default_order(unit)
        return (value is None, value if value is not None else 0, unit.unit)

    return replace(report, units=tuple(sorted(report.units, key=key)))


def only_unit(report: CompareReport, unit: str) -> CompareReport:
    kept = tuple(u for u in report.units if unit in (u.unit, u.old_unit))
    return replace(report, units=kept)
