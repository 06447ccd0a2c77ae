"""Frozen output records: what reporters render. JSON output is their ``json_data()``, never a
dict built in a reporter.

Numbers here are already what a reader sees: ``points`` and ``max`` exact, ``index`` rounded by
the criteria set's display rule.

Plain frozen, slotted dataclasses, not pydantic models: every value is computed by the tool
itself, so there is nothing to validate, and importing this module stays cheap. Construction
is by keyword only (``kw_only``), as it was with pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: importing the results does not load pydantic
    from par_cli.messages import Message
    from par_cli.models import CriteriaSet, Display
    from par_cli.next_steps import NextStep
    from par_cli.ranking import RankBy


# The method of scores given on a node whose children have different methods.
MIXED = "mixed"

@dataclass(frozen=True, slots=True, kw_only=True)
class NodeRow:
    id: str
    name: str
    name_vi: str | None = None
    points: Decimal
    max: Decimal
    index: Decimal | None
    rank: int | None
    nodes: tuple[NodeRow, ...] | None = None

    def json_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "name": self.name, "points": self.points, "max": self.max,
            "index": self.index, "rank": self.rank,
        }
        if self.nodes is not None:
            data["nodes"] = [n.json_data() for n in self.nodes]
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitRow:
    unit: str
    name: str
    name_vi: str | None = None
    rank: int | None
    points: Decimal
    max: Decimal
    index: Decimal | None
    band: str | None
    nodes: tuple[NodeRow, ...]
    methods: dict[str, Decimal]
    group: str | None = None
    group_rank: int | None = None
    missing: tuple[str, ...] = ()
    node_rank: int | None = None  # with --rank-by: the rank, index, group rank within NODE
    node_index: Decimal | None = None
    node_group_rank: int | None = None

    def json_data(self, grouped: bool, rank_by: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "unit": self.unit, "name": self.name, "name_vi": self.name_vi, "rank": self.rank,
            "points": self.points,
            "max": self.max, "index": self.index, "band": self.band,
            "nodes": [n.json_data() for n in self.nodes], "methods": dict(self.methods),
        }
        if grouped:
            data["group"] = self.group
            data["group_rank"] = self.group_rank
        if rank_by:
            data.update(node_rank=self.node_rank, overall_rank=self.rank,
                        node_index=self.node_index)
            if grouped:
                data["node_group_rank"] = self.node_group_rank
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class AreaInfo:
    id: str
    name: str
    name_vi: str | None = None
    max: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class CriteriaInfo:
    id: str
    title: str
    max: Decimal
    title_vi: str | None = None
    band_names: dict[str, str] = field(default_factory=dict)  # band -> its name_vi
    # method id -> (name, name_vi), for methods the set names
    method_names: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


def criteria_info(criteria: CriteriaSet) -> CriteriaInfo:
    """What reports say of a criteria set: its id, titles, maximum and the names people read
    for its bands and methods."""
    return CriteriaInfo(id=criteria.id, title=criteria.title, max=criteria.max,
                        title_vi=criteria.title_vi, band_names=criteria.band_names_vi(),
                        method_names=criteria.method_names())


@dataclass(frozen=True, slots=True, kw_only=True)
class BandCount:
    name: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreSummary:
    units: int
    ranked: int
    average_index: Decimal | None
    bands: tuple[BandCount, ...]
    no_band: int
    area_averages: dict[str, Decimal | None]
    group_averages: dict[str, Decimal | None] | None = None  # with --group; "" = no group

    def json_data(self) -> dict[str, Any]:
        data = {"units": self.units, "ranked": self.ranked, "average_index": self.average_index,
                "bands": {b.name: b.count for b in self.bands},
                "area_averages": dict(self.area_averages)}
        if self.group_averages is not None:
            data["group_averages"] = dict(self.group_averages)
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class LeftOutFile:
    """A file a run did not read, and why (docs/commands.md, "Which files are read")."""

    path: str
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreReport:
    """A ranked year: the result of ``par score``."""

    criteria: CriteriaInfo
    year: int
    units: tuple[UnitRow, ...]
    areas: tuple[AreaInfo, ...]
    method_names: tuple[str, ...]
    display: Display
    grouped: bool = False
    summary: ScoreSummary
    left_out: tuple[LeftOutFile, ...] = ()
    rank_by: RankBy | None = None

    def json_data(self) -> dict[str, Any]:
        return {
            "criteria": {"id": self.criteria.id, "title": self.criteria.title,
                         "max": self.criteria.max},
            "year": self.year,
            **({"rank_by": self.rank_by.json_data()} if self.rank_by else {}),
            "units": [u.json_data(self.grouped, self.rank_by is not None) for u in self.units],
            "summary": self.summary.json_data(),
            "left_out": [{"path": f.path, "why": f.why} for f in self.left_out],
        }


# ---- par compare -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSide:
    rank: int | None
    index: Decimal | None
    band: str | None
    points: Decimal
    max: Decimal

    def json_data(self) -> dict[str, Any]:
        return {"rank": self.rank, "index": self.index, "band": self.band}


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareNode:
    id: str
    name: str
    old_name: str | None = None  # set when the old criteria set names this id differently
    old_rank: int | None
    new_rank: int | None
    rank_change: int | None
    old_index: Decimal | None
    new_index: Decimal | None
    index_change: Decimal | None

    def json_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "old_rank": self.old_rank, "new_rank": self.new_rank,
            "rank_change": self.rank_change, "old_index": self.old_index,
            "new_index": self.new_index, "index_change": self.index_change,
        }
        if self.old_name is not None:
            data["name"] = self.name
            data["old_name"] = self.old_name
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareUnit:
    unit: str
    name: str
    name_vi: str | None = None
    status: str  # both | new | gone
    old_unit: str | None = None
    old_name: str | None = None
    old: CompareSide | None
    new: CompareSide | None
    index_change: Decimal | None = None
    rank_change: int | None = None
    exact_index_change: Fraction | None = None
    nodes: tuple[CompareNode, ...] = ()

    def json_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"unit": self.unit, "name": self.name, "name_vi": self.name_vi,
                                "status": self.status}
        if self.old_unit is not None:
            data["old_unit"] = self.old_unit
        data.update({
            "old": self.old.json_data() if self.old else None,
            "new": self.new.json_data() if self.new else None,
            "index_change": self.index_change,
            "rank_change": self.rank_change,
            "nodes": [n.json_data() for n in self.nodes],
        })
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitChange:
    unit: str
    name: str
    name_vi: str | None = None
    index_change: Decimal | None

    def json_data(self) -> dict[str, Any]:
        return {"unit": self.unit, "name": self.name, "name_vi": self.name_vi,
                "index_change": self.index_change}


@dataclass(frozen=True, slots=True, kw_only=True)
class Counts:
    up: int
    down: int
    same: int

    def json_data(self) -> dict[str, Any]:
        return {"up": self.up, "down": self.down, "same": self.same}


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSummary:
    """``up``/``down``/``same`` count index changes as shown (kept for scripts written
    before ``index`` and ``rank`` were counted apart)."""

    up: int
    down: int
    same: int
    index: Counts
    rank: Counts
    new: int
    gone: int
    average_index_change: Decimal | None
    area_average_changes: dict[str, Decimal | None]
    largest_rise: UnitChange | None
    largest_fall: UnitChange | None
    ranked_old: int
    ranked_new: int

    def json_data(self) -> dict[str, Any]:
        return {
            "up": self.up, "down": self.down, "same": self.same, "new": self.new,
            "gone": self.gone, "index": self.index.json_data(), "rank": self.rank.json_data(),
            "average_index_change": self.average_index_change,
            "area_average_changes": dict(self.area_average_changes),
            "largest_rise": (self.largest_rise.json_data()
                             if self.largest_rise is not None else None),
            "largest_fall": (self.largest_fall.json_data()
                             if self.largest_fall is not None else None),
            "ranked": {"old": self.ranked_old, "new": self.ranked_new},
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class SideInfo:
    criteria: str
    year: int
    title: str
    title_vi: str | None = None
    units: int
    ranked: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareReport:
    old: SideInfo
    new: SideInfo
    same_criteria: bool
    units: tuple[CompareUnit, ...]
    summary: CompareSummary
    notes: tuple[Message, ...]  # said by the reporters, in the reader's language
    display: Display
    node_names: dict[str, tuple[str, str | None]]
    band_names: dict[str, str] = field(default_factory=dict)  # band -> its name_vi

    def json_data(self) -> dict[str, Any]:
        return {
            "old": {"criteria": self.old.criteria, "year": self.old.year},
            "new": {"criteria": self.new.criteria, "year": self.new.year},
            "same_criteria": self.same_criteria,
            "units": [u.json_data() for u in self.units],
            "summary": self.summary.json_data(),
        }


# ---- par explain, par gap, par audit ---------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ExplainNode:
    id: str
    name: str
    name_vi: str | None = None
    points: Decimal
    max: Decimal
    index: Decimal | None
    rank: int | None
    lost: Decimal
    self: Decimal | None
    appraised: Decimal | None
    note: str | None
    evidence: tuple[str, ...]
    not_applicable: bool = False
    missing: bool = False
    scored: bool = False
    without_evidence: bool = False
    nodes: tuple[ExplainNode, ...] = ()

    def json_data(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "points": self.points, "max": self.max,
            "index": self.index, "rank": self.rank, "lost": self.lost, "self": self.self,
            "appraised": self.appraised, "note": self.note, "evidence": list(self.evidence),
            "not_applicable": self.not_applicable,
            "nodes": [n.json_data() for n in self.nodes],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class ExplainReport:
    unit: str
    name: str
    name_vi: str | None = None
    criteria: CriteriaInfo
    year: int
    rank: int | None
    ranked_units: int
    points: Decimal
    max: Decimal
    index: Decimal | None
    band: str | None
    nodes: tuple[ExplainNode, ...]
    display: Display

    def json_data(self) -> dict[str, Any]:
        return {"unit": self.unit, "name": self.name, "name_vi": self.name_vi, "rank": self.rank,
                "points": self.points,
                "max": self.max, "index": self.index, "band": self.band,
                "nodes": [n.json_data() for n in self.nodes]}


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    rank: int
    points_needed: Decimal  # exact
    shown_needed: Decimal  # rounded up: adding it is always enough


@dataclass(frozen=True, slots=True, kw_only=True)
class TopTarget:
    n: int
    points_needed: Decimal
    shown_needed: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class BandTarget:
    band: str
    points_needed: Decimal
    shown_needed: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class Headroom:
    id: str
    name: str
    name_vi: str | None = None
    points: Decimal
    max: Decimal
    headroom: Decimal

    def json_data(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "points": self.points, "max": self.max,
                "headroom": self.headroom}


@dataclass(frozen=True, slots=True, kw_only=True)
class WhatIf:
    points: Decimal
    max: Decimal
    index: Decimal | None
    rank: int | None
    band: str | None = None
    changes: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class GapReport:
    unit: str
    name: str
    name_vi: str | None = None
    year: int
    criteria: CriteriaInfo
    ranked_units: int
    rank: int | None
    points: Decimal
    max: Decimal
    index: Decimal | None
    next_rank: Target | None
    top: TopTarget | None
    next_band: BandTarget | None
    headroom: tuple[Headroom, ...]
    what_if: WhatIf | None
    display: Display
    next_steps: tuple[NextStep, ...] = ()

    def json_data(self) -> dict[str, Any]:
        return {
            "unit": self.unit, "name": self.name, "name_vi": self.name_vi, "rank": self.rank,
            "points": self.points, "index": self.index,
            "next_rank": ({"rank": self.next_rank.rank,
                           "points_needed": self.next_rank.points_needed}
                          if self.next_rank else None),
            "top": ({"n": self.top.n, "points_needed": self.top.points_needed}
                    if self.top else None),
            "next_band": ({"band": self.next_band.band,
                           "points_needed": self.next_band.points_needed}
                          if self.next_band else None),
            "headroom": [h.json_data() for h in self.headroom],
            "next_steps": [s.json_data() for s in self.next_steps],
            "what_if": ({"points": self.what_if.points, "index": self.what_if.index,
                         "rank": self.what_if.rank, "band": self.what_if.band}
                        if self.what_if else None),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditRow:
    unit: str
    name: str
    name_vi: str | None = None
    self_points: Decimal
    final_points: Decimal
    lost_in_appraisal: Decimal
    changed_nodes: int
    without_evidence: int

    def json_data(self) -> dict[str, Any]:
        return {
            "unit": self.unit, "name": self.name, "name_vi": self.name_vi,
            "self_points": self.self_points,
            "final_points": self.final_points, "lost_in_appraisal": self.lost_in_appraisal,
            "changed_nodes": self.changed_nodes, "without_evidence": self.without_evidence,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditReport:
    criteria: CriteriaInfo
    year: int
    units: tuple[AuditRow, ...]
    display: Display

    def json_data(self) -> dict[str, Any]:
        return {"units": [u.json_data() for u in self.units]}
