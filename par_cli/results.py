"""Frozen output models: what reporters render. JSON output is their dump, never a hand-built dict.

Numbers here are already what a reader sees: ``points`` and ``max`` exact, ``index`` rounded by
the criteria set's display rule.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict

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
