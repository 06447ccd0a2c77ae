"""A table as cells — headers, which columns are numbers, rows, footer — that the score,
compare and audit tables build once and the terminal and Markdown reporters both lay out; and
the number formats every table shares."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from par_cli.i18n import Labels
from par_cli.models import Display
from par_cli.numbers import display


@dataclass(frozen=True, slots=True)
class Grid:
    """``keys``: the columns that say which row it is (repeated when a narrow terminal splits
    the table, docs/commands.md "Terminal width"); ``sections``: where each group of the other
    columns starts (a group is kept together when it fits); ``name_column``: the column that
    may wrap."""

    headers: list[str]
    numeric: list[bool]
    rows: list[list[str]]
    footer: list[str]
    keys: tuple[int, ...] = ()
    sections: tuple[int, ...] = ()
    name_column: int | None = None


def number(value: Decimal | None, rule: Display, labels: Labels) -> str:
    """A number as the criteria set displays it (its places and rounding mode)."""
    if value is None:
        return "—"
    return labels.num(f"{display(value, rule):.{rule.places}f}")


def shown_difference(first: Decimal, second: Decimal, rule: Display, labels: Labels,
                     first_exact: bool = False) -> str:
    """``first - second`` as a reader recomputes it from the two numbers shown (a maximum is
    shown as it is, points by the display rule): 16.5 - 13.51 = 2.99, never the exact 2.985
    rounded (docs/arithmetic.md, "Shown differences add up")."""
    shown_first = first if first_exact else display(first, rule)
    value = shown_first - display(second, rule)
    places = max(rule.places, -value.as_tuple().exponent)  # type: ignore[operator]
    return labels.num(f"{value:.{places}f}")
