"""How a human-facing report is rendered: colour, language, and the table's columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from par_cli.i18n import ENGLISH, Labels


@dataclass(frozen=True, slots=True)
class Options:
    color: bool = False
    labels: Labels = field(default=ENGLISH)
    by_method: bool = False
