"""What ``par list`` found: the criteria sets par can see, and the units and years in folders.

Plain frozen records, like ``results``: the core fills them, the reporters render them, and
JSON output is their ``json_data()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class SetEntry:
    """A criteria set and the place it is read from (docs/commands.md, "Where criteria sets
    are found")."""

    id: str
    title: str
    title_vi: str | None = None
    years: tuple[int, ...]
    max: Decimal
    place: str  # "--criteria", "./criteria/", "shipped" or "checked" (found among the PATHS)
    path: str
    provisional: tuple[str, ...] = ()  # ids of nodes whose maximum has no source yet

    def json_data(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "title_vi": self.title_vi,
                "years": list(self.years), "max": self.max, "place": self.place,
                "path": self.path, "provisional": list(self.provisional)}


@dataclass(frozen=True, slots=True, kw_only=True)
class YearEntry:
    """The submissions of one year and criteria set found in the PATHS."""

    year: int
    criteria: str
    units: int
    known_set: bool  # par can see the set the submissions name

    def json_data(self) -> dict[str, Any]:
        return {"year": self.year, "criteria": self.criteria, "units": self.units,
                "known_set": self.known_set}


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitEntry:
    """One unit and the years it has a submission for."""

    unit: str
    name: str
    name_vi: str | None = None
    years: tuple[int, ...]
    files: tuple[str, ...]

    def json_data(self) -> dict[str, Any]:
        return {"unit": self.unit, "name": self.name, "name_vi": self.name_vi,
                "years": list(self.years), "files": list(self.files)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Inventory:
    sets: tuple[SetEntry, ...]
    years: tuple[YearEntry, ...] = ()
    units: tuple[UnitEntry, ...] = ()
    looked: bool = False  # PATHS were given
    unlisted: int = 0  # submissions that could not be read far enough to list

    def json_data(self) -> dict[str, Any]:
        return {"sets": [s.json_data() for s in self.sets],
                "years": [y.json_data() for y in self.years],
                "units": [u.json_data() for u in self.units],
                "unlisted": self.unlisted}
