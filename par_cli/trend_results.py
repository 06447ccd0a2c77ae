"""Frozen result records of ``par trend``: what its reporters render (JSON is their
``json_data()``, docs/json.md#par-trend). Numbers are what a reader sees: indexes rounded by
each year's display rule, changes the difference of the shown values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from par_cli.messages import Message
    from par_cli.models import Display


@dataclass(frozen=True, slots=True, kw_only=True)
class TrendYear:
    """One year given to ``par trend``: where it came from and what it ranked."""

    year: int
    criteria: str  # "" for a published table that names no criteria set
    title: str
    title_vi: str | None = None
    source: str
    units: int
    ranked: int
    display: Display


@dataclass(frozen=True, slots=True, kw_only=True)
class TrendNode:
    index: Decimal | None
    rank: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TrendPoint:
    """One unit in one year, under the id it was scored with that year."""

    unit: str
    name: str
    name_vi: str | None = None
    index: Decimal | None
    rank: int | None
    band: str | None
    nodes: Mapping[str, TrendNode] = field(default_factory=dict)

    def json_data(self, row: str) -> dict[str, Any]:
        data: dict[str, Any] = {"index": self.index, "rank": self.rank, "band": self.band}
        if self.unit != row:  # a year scored under an earlier id (a rename through --map)
            data["unit"] = self.unit
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class TrendUnit:
    """One row: a unit's history, one entry per year (None where it was not scored)."""

    unit: str
    name: str
    name_vi: str | None = None
    years: tuple[TrendPoint | None, ...]
    merged_into: str | None = None
    formerly: tuple[str, ...] = ()  # earlier ids of this row (renames through --map)
    merged_from: tuple[str, ...] = ()  # units that merged into this one
    first: int | None = None  # the first and last years with an entry
    last: int | None = None
    index_change: Decimal | None = None  # shown last index - shown first index
    rank_change: int | None = None  # first rank - last rank (moving up is positive)

    def json_data(self, years: tuple[int, ...]) -> dict[str, Any]:
        return {
            "unit": self.unit, "name": self.name, "name_vi": self.name_vi,
            "years": {str(year): point.json_data(self.unit) if point is not None else None
                      for year, point in zip(years, self.years, strict=True)},
            "change": ({"from": self.first, "to": self.last, "index": self.index_change,
                        "rank": self.rank_change} if self.first != self.last else None),
            "merged_into": self.merged_into,
            "formerly": list(self.formerly),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class TrendReport:
    years: tuple[TrendYear, ...]
    units: tuple[TrendUnit, ...]
    notes: tuple[Message, ...]  # said by the reporters, in the reader's language
    node_names: dict[str, tuple[str, str | None]]  # node id -> (name, name_vi), latest year's
    band_names: dict[str, str] = field(default_factory=dict)  # band -> its name_vi
    # every row's (name, name_vi) by id, kept when --unit narrows the rows (a merger names one)
    unit_names: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    @property
    def display(self) -> Display:
        """The last year's display rule (the one changes are shown with)."""
        return self.years[-1].display

    @property
    def year_numbers(self) -> tuple[int, ...]:
        return tuple(y.year for y in self.years)

    def json_data(self) -> dict[str, Any]:
        numbers = self.year_numbers
        return {
            "years": list(numbers),
            "criteria": {str(y.year): y.criteria or None for y in self.years},
            "ranked": {str(y.year): y.ranked for y in self.years},
            "units": [u.json_data(numbers) for u in self.units],
        }
