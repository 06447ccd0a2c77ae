"""How a human-facing report is rendered: colour, language, the table's columns, and the
terminal's width."""

from __future__ import annotations

from dataclasses import dataclass, field

from par_cli.i18n import ENGLISH, Labels


@dataclass(frozen=True, slots=True)
class Options:
    """``width``: the terminal's columns when stdout is one (no ``--output``), else None: the
    output is then laid out one row per line, for grep and cut. ``areas``: compare's per-area
    rank columns shown (True), hidden (False), or shown when they fit (None)."""

    color: bool = False
    labels: Labels = field(default=ENGLISH)
    by_method: bool = False
    width: int | None = None
    areas: bool | None = None
