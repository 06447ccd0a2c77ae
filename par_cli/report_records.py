"""The frozen record ``par report`` draws: several scored years, every index already rounded
by its year's display rule, per unit per year (index, rank, band, area indexes), averages
(national and per group), the last two years' comparison and the notes for the page.

Built by ``report_data.report_years``; read by the reporters (which never reach the loader).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only
    from par_cli.messages import Message
    from par_cli.models import DisplayRule
    from par_cli.results import CompareReport


@dataclass(frozen=True, slots=True)
class Area:
    """A top-level node of a year's criteria set."""

    id: str
    name: str
    name_vi: str | None


@dataclass(frozen=True, slots=True)
class UnitYear:
    """One unit in one year, as shown: index and area indexes rounded by the year's rule."""

    index: Decimal | None
    rank: int | None
    band: str | None
    areas: Mapping[str, Decimal | None]  # area id -> shown area index
    area_ranks: Mapping[str, int | None]


@dataclass(frozen=True, slots=True)
class ReportUnit:
    """A unit's row across the years (a renamed unit's row carries its old id's years)."""

    unit: str
    name: str
    name_vi: str | None
    group: str | None
    years: Mapping[int, UnitYear]
    merged_into: str | None = None
    former_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Average:
    """The mean of the ranked units' exact indexes, rounded once (as ``par score``'s summary)."""

    index: Decimal | None
    areas: Mapping[str, Decimal | None]
    units: int


@dataclass(frozen=True, slots=True)
class ReportYear:
    year: int
    criteria_id: str
    title: str
    title_vi: str | None
    index_rule: DisplayRule
    areas: tuple[Area, ...]
    units: int
    ranked: int
    average: Average
    groups: Mapping[str, Average]
    band_names: Mapping[str, str]
    provisional: tuple[str, ...]  # top-level ids whose maxima have no public source


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the report's charts draw, in the order they draw it."""

    years: tuple[ReportYear, ...]  # by year
    units: tuple[ReportUnit, ...]  # by the last year's rank, then id; absent units last
    movement: CompareReport | None  # the last two years; None with a single year
    notes: tuple[Message, ...]  # printed on the page (methodology, provisional maxima, …)
    read_notes: tuple[Message, ...]  # said on stderr (files left out and the like)
    inputs: tuple[str, ...] = field(default=())  # every file read (never an output)

    @property
    def last(self) -> ReportYear:
        return self.years[-1]

    def unit(self, unit_id: str) -> ReportUnit | None:
        return next((u for u in self.units if u.unit == unit_id), None)
