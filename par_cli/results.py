"""Frozen output models: what reporters render. JSON output is their dump, never a hand-built dict.

Numbers here are already what a reader sees: ``points`` and ``max`` exact, ``index`` rounded by
the criteria set's display rule.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ConfigDict, SkipValidation

from par_cli.messages import Message
from par_cli.models import Display


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class NodeRow(_Out):
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


class UnitRow(_Out):
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

    def json_data(self, grouped: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "unit": self.unit, "name": self.name, "rank": self.rank, "points": self.points,
            "max": self.max, "index": self.index, "band": self.band,
            "nodes": [n.json_data() for n in self.nodes], "methods": dict(self.methods),
        }
        if grouped:
            data["group"] = self.group
            data["group_rank"] = self.group_rank
        return data


class AreaInfo(_Out):
    id: str
    name: str
    name_vi: str | None = None
    max: Decimal


class CriteriaInfo(_Out):
    id: str
    title: str
    max: Decimal
    title_vi: str | None = None


class BandCount(_Out):
    name: str
    count: int


class ScoreSummary(_Out):
    units: int
    ranked: int
    average_index: Decimal | None
    bands: tuple[BandCount, ...]
    no_band: int


class ScoreReport(_Out):
    """A ranked year: the result of ``par score``."""

    criteria: CriteriaInfo
    year: int
    units: tuple[UnitRow, ...]
    areas: tuple[AreaInfo, ...]
    method_names: tuple[str, ...]
    display: Display
    grouped: bool = False
    summary: ScoreSummary

    def json_data(self) -> dict[str, Any]:
        return {
            "criteria": {"id": self.criteria.id, "title": self.criteria.title,
                         "max": self.criteria.max},
            "year": self.year,
            "units": [u.json_data(self.grouped) for u in self.units],
        }


# ---- par compare -----------------------------------------------------------------------------


class CompareSide(_Out):
    rank: int | None
    index: Decimal | None
    band: str | None
    points: Decimal
    max: Decimal

    def json_data(self) -> dict[str, Any]:
        return {"rank": self.rank, "index": self.index, "band": self.band}


class CompareNode(_Out):
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
        data = self.model_dump(exclude={"name", "old_name"})
        data = {"id": self.id, **{k: v for k, v in data.items() if k != "id"}}
        if self.old_name is not None:
            data["name"] = self.name
            data["old_name"] = self.old_name
        return data


class CompareUnit(_Out):
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
        data: dict[str, Any] = {"unit": self.unit, "name": self.name, "status": self.status}
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


class UnitChange(_Out):
    unit: str
    index_change: Decimal | None


class CompareSummary(_Out):
    up: int
    down: int
    same: int
    new: int
    gone: int
    average_index_change: Decimal | None
    largest_rise: UnitChange | None
    largest_fall: UnitChange | None


class SideInfo(_Out):
    criteria: str
    year: int
    title: str
    title_vi: str | None = None
    units: int
    ranked: int


class CompareReport(_Out):
    old: SideInfo
    new: SideInfo
    same_criteria: bool
    units: tuple[CompareUnit, ...]
    summary: CompareSummary
    notes: SkipValidation[tuple[Message, ...]]  # messages, said by the reporters
    display: Display
    node_names: dict[str, tuple[str, str | None]]

    def json_data(self) -> dict[str, Any]:
        return {
            "old": {"criteria": self.old.criteria, "year": self.old.year},
            "new": {"criteria": self.new.criteria, "year": self.new.year},
            "same_criteria": self.same_criteria,
            "units": [u.json_data() for u in self.units],
            "summary": self.summary.model_dump(),
        }


# ---- par explain, par gap, par audit ---------------------------------------------------------


class ExplainNode(_Out):
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


class ExplainReport(_Out):
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
        return {"unit": self.unit, "name": self.name, "rank": self.rank, "points": self.points,
                "max": self.max, "index": self.index, "band": self.band,
                "nodes": [n.json_data() for n in self.nodes]}


class Target(_Out):
    rank: int
    points_needed: Decimal  # exact
    shown_needed: Decimal  # rounded up: adding it is always enough


class TopTarget(_Out):
    n: int
    points_needed: Decimal
    shown_needed: Decimal


class BandTarget(_Out):
    band: str
    points_needed: Decimal
    shown_needed: Decimal


class Headroom(_Out):
    id: str
    name: str
    points: Decimal
    max: Decimal
    headroom: Decimal


class WhatIf(_Out):
    points: Decimal
    max: Decimal
    index: Decimal | None
    rank: int | None
    changes: tuple[str, ...]


class GapReport(_Out):
    unit: str
    name: str
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

    def json_data(self) -> dict[str, Any]:
        return {
            "unit": self.unit, "rank": self.rank, "points": self.points, "index": self.index,
            "next_rank": ({"rank": self.next_rank.rank,
                           "points_needed": self.next_rank.points_needed}
                          if self.next_rank else None),
            "top": ({"n": self.top.n, "points_needed": self.top.points_needed}
                    if self.top else None),
            "next_band": ({"band": self.next_band.band,
                           "points_needed": self.next_band.points_needed}
                          if self.next_band else None),
            "headroom": [h.model_dump() for h in self.headroom],
            "what_if": ({"points": self.what_if.points, "index": self.what_if.index,
                         "rank": self.what_if.rank} if self.what_if else None),
        }


class AuditRow(_Out):
    unit: str
    name: str
    self_points: Decimal
    final_points: Decimal
    lost_in_appraisal: Decimal
    changed_nodes: int
    without_evidence: int


class AuditReport(_Out):
    criteria: CriteriaInfo
    year: int
    units: tuple[AuditRow, ...]
    display: Display

    def json_data(self) -> dict[str, Any]:
        return {"units": [u.model_dump() for u in self.units]}
