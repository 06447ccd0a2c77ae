"""Pure ranking: unit results -> ranks (standard competition ranking), bands, groups, the report.

Ranks use the exact index (points / applicable max), or the displayed index when the set says
``rank_on: displayed``; never raw points, so units with n/a nodes compare fairly. Ties share a
rank (1, 2, 2, 4) and are listed in the order of their unit ids. Unranked units are scored and
shown but take no rank and push no one down.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from par_cli.errors import RunError
from par_cli.messages import Message
from par_cli.models import Band, CriteriaSet, DisplayRule, Node
from par_cli.numbers import display, exact, ratio
from par_cli.results import (
    AreaInfo,
    BandCount,
    LeftOutFile,
    NodeRow,
    ScoreReport,
    ScoreSummary,
    UnitRow,
    criteria_info,
)
from par_cli.scoring import CriteriaIndex, NodeResult, UnitResult

K = TypeVar("K", bound=Hashable)
RankKey = Fraction | Decimal


def competition_ranks(keys: dict[K, RankKey | None]) -> dict[K, int]:
    """Rank 1 for the highest key; equal keys share a rank; None keys get no rank."""
    present = sorted((v for v in keys.values() if v is not None), reverse=True)
    first_at: dict[RankKey, int] = {}
    for position, value in enumerate(present, start=1):
        first_at.setdefault(value, position)
    return {k: first_at[v] for k, v in keys.items() if v is not None}


def rank_among(key: RankKey | None, others: Sequence[RankKey]) -> int | None:
    """The rank ``key`` takes among ``others`` by the same rule as ``competition_ranks``: one
    more than the number of keys above it (a tie shares the better rank)."""
    if key is None:
        return None
    return 1 + sum(1 for other in others if other > key)


@dataclass(frozen=True, slots=True)
class Ranker:
    """The rank key of an exact index under a set's ``rank_on`` rule."""

    criteria: CriteriaSet
    exact_of: Callable[[Decimal, Decimal], Fraction | None] = ratio

    def key(self, points: Decimal, maximum: Decimal) -> RankKey | None:
        exact = self.exact_of(points, maximum)
        if exact is None:
            return None
        if self.criteria.rank_on == "displayed":
            return display(exact, self.criteria.display.index_rule)
        return exact

    def band(self, key: RankKey | None) -> str | None:
        if key is None:
            return None
        return band_for(self.criteria.bands, key)


def band_for(bands: Sequence[Band], key: RankKey) -> str | None:
    for band in bands:
        if key >= band.min:
            return band.name
    return None


def _node_key_tables(
    results: Sequence[UnitResult], ranker: Ranker, depth: int
) -> dict[str, dict[str, RankKey | None]]:
    """Per node id, the rank key of every ranked unit (down to ``depth`` levels)."""
    tables: dict[str, dict[str, RankKey | None]] = {}

    def walk(node: NodeResult, unit: str, level: int) -> None:
        tables.setdefault(node.id, {})[unit] = ranker.key(node.points, node.max)
        if level < depth:
            for child in node.children:
                walk(child, unit, level + 1)

    for result in results:
        if result.ranked:
            for node in result.nodes:
                walk(node, result.unit, 1)
    return tables


@dataclass(frozen=True, slots=True)
class Ranking:
    """The ranks of a year's results: each unit's rank key, unit ranks, node ranks (per node id,
    down to the depth asked) and ranks within groups (when asked)."""

    keys: dict[str, RankKey | None]
    units: dict[str, int]
    nodes: dict[str, dict[str, int]]
    groups: dict[str, int]


@exact
def rank_results(
    ranker: Ranker, results: Sequence[UnitResult], depth: int = 1, grouped: bool = False
) -> Ranking:
    """Every rank of a year, computed once from the exact results (or displayed ones, per the
    set's ``rank_on``); unranked units get none and push no one down."""
    keys = {r.unit: ranker.key(r.points, r.max) for r in results}
    units = competition_ranks({r.unit: keys[r.unit] for r in results if r.ranked})
    nodes = {node_id: competition_ranks(table)
             for node_id, table in _node_key_tables(results, ranker, depth).items()}
    groups: dict[str, int] = {}
    if grouped:
        by_group: dict[str | None, dict[str, RankKey | None]] = {}
        for r in results:
            if r.ranked:
                by_group.setdefault(r.group, {})[r.unit] = keys[r.unit]
        for table in by_group.values():
            groups.update(competition_ranks(table))
    return Ranking(keys, units, nodes, groups)


@dataclass(frozen=True, slots=True, kw_only=True)
class RankBy:
    """A result record (``ScoreReport.rank_by``): the node ``par score --rank-by`` ranks by,
    its average index over the ranked units that have it, and per group with ``--group``."""

    id: str
    name: str
    name_vi: str | None = None
    average_index: Decimal | None
    group_averages: dict[str, Decimal | None] | None = None

    def json_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name,
                                "average_index": self.average_index}
        if self.group_averages is not None:
            data["group_averages"] = dict(self.group_averages)
        return data


def find_node(nodes: Sequence[NodeResult], node_id: str) -> NodeResult | None:
    """A node of a unit's result tree by id; None where the submission scored an ancestor as
    a whole (the node then has no result of its own)."""
    for node in nodes:
        if node.id == node_id:
            return node
        found = find_node(node.children, node_id)
        if found is not None:
            return found
    return None


def node_ranking(
    ranker: Ranker, results: Sequence[UnitResult], node_id: str, grouped: bool
) -> tuple[dict[str, RankKey | None], dict[str, int], dict[str, int]]:
    """``--rank-by``: each unit's key on one node (any depth), the ranks among ranked units
    by that key, and the ranks within each group (when asked)."""
    keys: dict[str, RankKey | None] = {}
    for r in results:
        node = find_node(r.nodes, node_id)
        keys[r.unit] = ranker.key(node.points, node.max) if node is not None else None
    ranked = [r for r in results if r.ranked]
    ranks = competition_ranks({r.unit: keys[r.unit] for r in ranked})
    groups: dict[str, int] = {}
    if grouped:
        by_group: dict[str | None, dict[str, RankKey | None]] = {}
        for r in ranked:
            by_group.setdefault(r.group, {})[r.unit] = keys[r.unit]
        for table in by_group.values():
            groups.update(competition_ranks(table))
    return keys, ranks, groups


@exact
def build_report(
    index: CriteriaIndex,
    year: int,
    results: Sequence[UnitResult],
    depth: int = 1,
    grouped: bool = False,
    top: int | None = None,
    left_out: Sequence[tuple[str, str]] = (),
    rank_by: str | None = None,
) -> ScoreReport:
    """The ranked table of a year; with ``rank_by`` (a node id at any depth) units are
    ordered, and ``--top`` kept, by that node's rank, the overall rank kept beside it."""
    criteria = index.criteria
    rule = criteria.display.index_rule
    # Many nodes share their (points, max) across units (full marks above all): the exact
    # ratio, its rank key and its displayed index are each computed once per distinct pair.
    exact_cache: dict[tuple[Decimal, Decimal], Fraction | None] = {}
    shown_cache: dict[Fraction, Decimal] = {}

    def exact_of(points: Decimal, maximum: Decimal) -> Fraction | None:
        pair = (points, maximum)
        if pair not in exact_cache:
            exact_cache[pair] = ratio(points, maximum)
        return exact_cache[pair]

    def shown(exact: Fraction | None) -> Decimal | None:
        if exact is None:
            return None
        if exact not in shown_cache:
            shown_cache[exact] = display(exact, rule)
        return shown_cache[exact]

    ranker = Ranker(criteria, exact_of)
    ranking = rank_results(ranker, results, depth, grouped)
    keys, ranks, node_ranks, group_ranks = (ranking.keys, ranking.units, ranking.nodes,
                                            ranking.groups)
    by_keys: dict[str, RankKey | None] = {}
    by_ranks: dict[str, int] = {}
    by_groups: dict[str, int] = {}
    by_nodes: dict[str, NodeResult | None] = {}
    if rank_by is not None:
        if rank_by not in index.nodes:
            raise RunError(Message.of("rank-by.unknown-id", id=rank_by, set=index.id,
                                      close=index.closest(rank_by)))
        by_keys, by_ranks, by_groups = node_ranking(ranker, results, rank_by, grouped)
        by_nodes = {r.unit: find_node(r.nodes, rank_by) for r in results}

    def node_row(node: NodeResult, unit: str, level: int) -> NodeRow:
        info: Node = index.nodes[node.id]
        children: tuple[NodeRow, ...] | None = None
        if level < depth:
            children = tuple(node_row(c, unit, level + 1) for c in node.children)
        return NodeRow(
            id=node.id, name=info.name, name_vi=info.name_vi, points=node.points, max=node.max,
            index=shown(exact_of(node.points, node.max)),
            rank=node_ranks.get(node.id, {}).get(unit), nodes=children,
        )

    rows: list[UnitRow] = []
    for r in results:
        rows.append(UnitRow(
            unit=r.unit, name=r.name, name_vi=r.name_vi, rank=ranks.get(r.unit),
            points=r.points, max=r.max,
            index=shown(exact_of(r.points, r.max)),
            band=ranker.band(keys[r.unit]),
            nodes=tuple(node_row(n, r.unit, 1) for n in r.nodes),
            methods=dict(r.methods), group=r.group,
            group_rank=group_ranks.get(r.unit), missing=r.missing,
        ))
        if rank_by is not None:
            node = by_nodes[r.unit]
            rows[-1] = replace(rows[-1], node_rank=by_ranks.get(r.unit),
                               node_group_rank=by_groups.get(r.unit),
                               node_index=(shown(exact_of(node.points, node.max))
                                           if node is not None else None))

    def place(row: UnitRow) -> int | None:
        """The rank the table is ordered by (and ``--top`` keeps)."""
        if rank_by is not None:
            return row.node_group_rank if grouped else row.node_rank
        return row.group_rank if grouped else row.rank

    def order(row: UnitRow) -> tuple[object, ...]:
        key = by_keys.get(row.unit) if rank_by is not None else keys[row.unit]
        unranked_key = -key if key is not None else Fraction(1)
        primary = (row.group or "") if grouped else ""
        rank = place(row)
        return (primary, rank is None, rank or 0, unranked_key, row.unit)

    rows.sort(key=order)
    summary = _summary(rows, criteria, grouped)
    about: RankBy | None = None
    if rank_by is not None:
        node_info = index.nodes[rank_by]
        about = RankBy(id=rank_by, name=node_info.name, name_vi=node_info.name_vi,
                       **_node_averages(rows, by_nodes, criteria, grouped))
    if top is not None:
        rows = [row for row in rows
                if place(row) is not None and place(row) <= top]  # type: ignore[operator]
    return ScoreReport(
        criteria=criteria_info(criteria),
        year=year,
        units=tuple(rows),
        areas=tuple(AreaInfo(id=a.id, name=a.name, name_vi=a.name_vi, max=a.max)
                    for a in criteria.criteria),
        method_names=tuple(_method_names(index, results)),
        display=criteria.display,
        grouped=grouped,
        summary=summary,
        left_out=tuple(LeftOutFile(path=path, why=why) for path, why in left_out),
        rank_by=about,
    )


def _method_names(index: CriteriaIndex, results: Sequence[UnitResult]) -> list[str]:
    names = list(index.method_names)
    for r in results:
        for name in r.methods:
            if name not in names:
                names.append(name)
    return names


def _mean_index(pairs: Iterable[tuple[Decimal, Decimal]]) -> Fraction | None:
    """The exact mean of points / max × 100 over (points, max) pairs with max > 0. Points are
    summed per maximum first (exact decimals), so 10,000 units cost a few sums, not 10,000
    fractions of growing denominators."""
    by_max: dict[Decimal, Decimal] = {}
    count = 0
    for points, maximum in pairs:
        if maximum != 0:
            by_max[maximum] = by_max.get(maximum, Decimal(0)) + points
            count += 1
    if not count:
        return None
    total = sum((Fraction(points) / Fraction(maximum) for maximum, points in by_max.items()),
                Fraction(0))
    return total * 100 / count


def _shown_mean(pairs: Iterable[tuple[Decimal, Decimal]], rule: DisplayRule) -> Decimal | None:
    mean = _mean_index(pairs)
    return display(mean, rule) if mean is not None else None


def _node_averages(
    rows: Sequence[UnitRow], nodes: Mapping[str, NodeResult | None], criteria: CriteriaSet,
    grouped: bool,
) -> dict[str, Any]:
    """The ``--rank-by`` node's average index over ranked units, and per group."""
    def pairs(group: str | None = None) -> list[tuple[Decimal, Decimal]]:
        return [(node.points, node.max) for row in rows
                if row.rank is not None and (group is None or (row.group or "") == group)
                for node in [nodes[row.unit]] if node is not None]

    groups = sorted({row.group or "" for row in rows}) if grouped else None
    rule = criteria.display.index_rule
    return {"average_index": _shown_mean(pairs(), rule),
            "group_averages": ({g: _shown_mean(pairs(g), rule) for g in groups}
                               if groups is not None else None)}


def _summary(rows: Sequence[UnitRow], criteria: CriteriaSet,
             grouped: bool = False) -> ScoreSummary:
    ranked_rows = [row for row in rows if row.rank is not None]
    mean = _mean_index((row.points, row.max) for row in ranked_rows)
    average = display(mean, criteria.display.index_rule) if mean is not None else None
    counts = {band.name: 0 for band in criteria.bands}
    no_band = 0
    for row in ranked_rows:
        if row.band is None:
            no_band += 1
        else:
            counts[row.band] += 1
    by_area: dict[str, list[tuple[Decimal, Decimal]]] = {a.id: [] for a in criteria.criteria}
    for row in ranked_rows:
        for node in row.nodes:
            if node.id in by_area:
                by_area[node.id].append((node.points, node.max))
    area_averages: dict[str, Decimal | None] = {}
    for area_id, pairs in by_area.items():
        area_mean = _mean_index(pairs)
        area_averages[area_id] = (display(area_mean, criteria.display.index_rule)
                                  if area_mean is not None else None)
    group_averages: dict[str, Decimal | None] | None = None
    if grouped:
        group_averages = {group: _shown_mean(((row.points, row.max) for row in ranked_rows
                                              if (row.group or "") == group),
                                             criteria.display.index_rule)
                          for group in sorted({row.group or "" for row in rows})}
    return ScoreSummary(
        units=len(rows), ranked=len(ranked_rows), average_index=average,
        bands=tuple(BandCount(name=n, count=c) for n, c in counts.items()), no_band=no_band,
        area_averages=area_averages, group_averages=group_averages,
    )
