"""Exact ratios and display rounding (down = truncate toward zero, half-up, half-even).

Indexes are kept as exact fractions (points / applicable max) so that ranks compare exact values
and truncation is never one hundredth off (89.22 never shows as 89.21).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Context, Decimal, localcontext
from fractions import Fraction
from typing import ParamSpec, TypeVar

from par_cli.models import DisplayRule, Rounding

HUNDRED = Fraction(100)
P = ParamSpec("P")
R = TypeVar("R")

# Decimal's default 28 digits would round a product at the documented limits (a max below
# 10^15 times a percentage with 12 decimals has 41 digits; sums of a million such add 6 more):
# every computation of the core runs in this context, where nothing within the limits rounds.
EXACT = Context(prec=120)


def exact(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` in the ``EXACT`` decimal context (the caller's context is left as it was)."""

    @functools.wraps(func)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with localcontext(EXACT):
            return func(*args, **kwargs)

    return run


def ratio(points: Decimal, maximum: Decimal) -> Fraction | None:
    """Index as an exact fraction of 100 (points / max × 100); None when max is 0."""
    if maximum == 0:
        return None
    return Fraction(points) * HUNDRED / Fraction(maximum)


def round_fraction(value: Fraction, places: int, rounding: Rounding) -> Decimal:
    """Round an exact value to ``places`` decimals with the given mode, exactly."""
    scale = 10**places
    scaled = value * scale
    negative = scaled < 0
    magnitude = -scaled if negative else scaled
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    if rounding is Rounding.DOWN:
        pass
    else:
        twice = 2 * rest
        den = magnitude.denominator
        if twice > den or (
            twice == den and (rounding is Rounding.HALF_UP or whole % 2 == 1)
        ):
            whole += 1
    result = Decimal(whole).scaleb(-places) if places else Decimal(whole)
    if negative and whole != 0:
        result = -result
    return result.quantize(Decimal(1).scaleb(-places)) if places else result


def round_up(value: Fraction, places: int) -> Decimal:
    """Round away from zero toward +inf (used where adding the shown points must suffice)."""
    scale = 10**places
    scaled = value * scale
    whole = -((-scaled.numerator) // scaled.denominator)
    return (Decimal(whole).scaleb(-places)).quantize(Decimal(1).scaleb(-places))


def display(value: Fraction | Decimal, rule: DisplayRule) -> Decimal:
    """A value as displayed by one of a criteria set's display rules (``Display.points_rule``
    or ``Display.index_rule``)."""
    fraction = value if isinstance(value, Fraction) else Fraction(value)
    return round_fraction(fraction, rule.places, rule.rounding)


def plain(value: Decimal) -> str:
    """Exact decimal text without exponent or needless trailing zeros (13.60 → 13.6)."""
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text
