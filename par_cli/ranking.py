"""Pure ranking: unit results -> ranks (standard competition ranking), bands, groups, the report.

Ranks use the exact index (points / applicable max), or the displayed index when the set says
``rank_on: displayed``; never raw points, so units with n/a nodes compare fairly. Ties share a
rank (1, 2, 2, 4) and are listed in the order of their unit ids. Unranked units are scored and
shown but take no rank and push no one down.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

from par_cli.models import Band, CriteriaSet, Node
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


@exact
def build_report(
    index: CriteriaIndex,
    year: int,
    results: Sequence[UnitResult],
    depth: int = 1,
    grouped: bool = False,
    top: int | None = None,
    left_out: Sequence[tuple[str, str]] = (),
) -> ScoreReport:
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

    def order(row: UnitRow) -> tuple[object, ...]:
        key = keys[row.unit]
        unranked_key = -key if key is not None else Fraction(1)
        primary = (row.group or "") if grouped else ""
        rank = row.group_rank if grouped else row.rank
        return (primary, rank is None, rank or 0, unranked_key, row.unit)

    rows.sort(key=order)
    summary = _summary(rows, criteria)
    if top is not None:
        rows = [row for row in rows
                if (row.group_rank if grouped else row.rank) is not None
                and (row.group_rank if grouped else row.rank) <= top]  # type: ignore[operator]
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


def _summary(rows: Sequence[UnitRow], criteria: CriteriaSet) -> ScoreSummary:
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
    return ScoreSummary(
        units=len(rows), ranked=len(ranked_rows), average_index=average,
        bands=tuple(BandCount(name=n, count=c) for n, c in counts.items()), no_band=no_band,
        area_averages=area_averages,
    )
