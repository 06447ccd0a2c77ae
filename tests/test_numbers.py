"""Exact ratios and display rounding (par_cli.numbers): docs/arithmetic.md."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from par_cli.models import DisplayRule, Rounding
from par_cli.numbers import display, plain, ratio, round_fraction, round_up

D = Decimal
DOWN, HALF_UP, HALF_EVEN = Rounding.DOWN, Rounding.HALF_UP, Rounding.HALF_EVEN


@pytest.mark.parametrize(
    ("value", "places", "rounding", "shown"),
    [
        # down truncates toward zero, on both sides of zero
        ("1.815", 2, DOWN, "1.81"),
        ("-1.815", 2, DOWN, "-1.81"),
        ("1.819999", 2, DOWN, "1.81"),
        ("-1.819999", 2, DOWN, "-1.81"),
        ("2.9", 0, DOWN, "2"),
        ("-2.9", 0, DOWN, "-2"),
        # half-up: halves go away from zero
        ("1.815", 2, HALF_UP, "1.82"),
        ("-1.815", 2, HALF_UP, "-1.82"),
        ("1.8149", 2, HALF_UP, "1.81"),
        ("-1.8149", 2, HALF_UP, "-1.81"),
        ("2.5", 0, HALF_UP, "3"),
        ("-2.5", 0, HALF_UP, "-3"),
        # half-even: halves go to the even neighbour
        ("1.815", 2, HALF_EVEN, "1.82"),
        ("1.825", 2, HALF_EVEN, "1.82"),
        ("-1.825", 2, HALF_EVEN, "-1.82"),
        ("-1.835", 2, HALF_EVEN, "-1.84"),
        ("2.5", 0, HALF_EVEN, "2"),
        ("3.5", 0, HALF_EVEN, "4"),
        ("-2.5", 0, HALF_EVEN, "-2"),
        ("1.8251", 2, HALF_EVEN, "1.83"),
        # more places than the value has: padded, not changed
        ("5", 2, DOWN, "5.00"),
        ("0.1", 3, HALF_UP, "0.100"),
    ],
)
def test_round_fraction_modes(value: str, places: int, rounding: Rounding, shown: str) -> None:
    result = round_fraction(Fraction(value), places, rounding)
    assert isinstance(result, Decimal)
    assert str(result) == shown


@pytest.mark.parametrize("rounding", list(Rounding))
def test_tiny_negative_never_shows_as_negative_zero(rounding: Rounding) -> None:
    result = round_fraction(Fraction("-0.001"), 2, rounding)
    assert result == 0
    assert str(result) == "0.00"


@pytest.mark.parametrize("rounding", list(Rounding))
def test_exact_values_are_unchanged_by_every_mode(rounding: Rounding) -> None:
    assert str(round_fraction(Fraction("89.22"), 2, rounding)) == "89.22"
    assert str(round_fraction(Fraction("-89.22"), 2, rounding)) == "-89.22"


def test_repeating_fractions_round_exactly() -> None:
    assert str(round_fraction(Fraction(2, 3), 2, DOWN)) == "0.66"
    assert str(round_fraction(Fraction(2, 3), 2, HALF_UP)) == "0.67"
    assert str(round_fraction(Fraction(-2, 3), 2, DOWN)) == "-0.66"
    assert str(round_fraction(Fraction(1, 3), 4, HALF_EVEN)) == "0.3333"


# ---- the published Long An 2023 figures (docs/arithmetic.md: truncated, not half-up) -----


@pytest.mark.parametrize(
    ("points", "maximum", "down", "half_up"),
    [
        ("12.98", "13", "99.84", "99.85"),
        ("13.6", "15", "90.66", "90.67"),
        ("13.51", "16.5", "81.87", "81.88"),
        ("89.22", "100", "89.22", "89.22"),
    ],
)
def test_long_an_area_indexes(points: str, maximum: str, down: str, half_up: str) -> None:
    exact = ratio(D(points), D(maximum))
    assert exact is not None
    assert str(display(exact, DisplayRule(places=2, rounding=DOWN))) == down
    assert str(display(exact, DisplayRule(places=2, rounding=HALF_UP))) == half_up


def test_truncated_8922_never_shows_as_8921() -> None:
    # 89.22 as a binary float is 89.219999…; exact arithmetic must not truncate that to 89.21.
    exact = ratio(D("89.22"), D("100"))
    assert exact == Fraction(8922, 100)
    assert str(display(exact, DisplayRule(places=2, rounding=DOWN))) == "89.22"
    assert str(display(D("89.22"), DisplayRule(places=2, rounding=DOWN))) == "89.22"
    assert str(display(exact, DisplayRule(places=2, rounding=DOWN))) != "89.21"


def test_ratio_is_exact_and_none_for_zero_max() -> None:
    assert ratio(D("1"), D("3")) == Fraction(100, 3)
    assert ratio(D("0"), D("7.5")) == 0
    assert ratio(D("0"), D("0")) is None
    assert ratio(D("2"), D("0")) is None


def test_display_defaults_to_two_places_half_up() -> None:
    rule = DisplayRule()
    assert rule.places == 2
    assert rule.rounding is Rounding.HALF_UP
    assert str(display(Fraction("90.665"), rule)) == "90.67"


def test_display_accepts_decimal_and_fraction_alike() -> None:
    rule = DisplayRule(places=1, rounding=DOWN)
    assert display(D("12.99"), rule) == display(Fraction("12.99"), rule) == D("12.9")


# ---- 0.1 + 0.2 ------------------------------------------------------------------------------


def test_point_one_plus_point_two_shows_as_point_three() -> None:
    total = D("0.1") + D("0.2")
    assert plain(total) == "0.3"
    assert str(display(total, DisplayRule(places=2, rounding=HALF_UP))) == "0.30"
    assert str(display(total, DisplayRule(places=2, rounding=DOWN))) == "0.30"
    assert ratio(total, D("1")) == Fraction(30)


# ---- round_up (gap: adding the shown points must always be enough) ------------------------


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        ("1.811", 2, "1.82"),
        ("1.8101", 2, "1.82"),
        ("1.81", 2, "1.81"),
        ("0", 2, "0.00"),
        ("0.0001", 2, "0.01"),
        ("7/3", 0, "3"),
        ("2", 0, "2"),
        ("-1.811", 2, "-1.81"),
    ],
)
def test_round_up(value: str, places: int, shown: str) -> None:
    result = round_up(Fraction(value), places)
    assert str(result) == shown
    assert Fraction(result) >= Fraction(value)


# ---- plain(): exact decimal text -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("13.60"), "13.6"),
        (D("100"), "100"),
        (D("100.00"), "100"),
        (D("1E+2"), "100"),
        (D("0"), "0"),
        (D("0.000"), "0"),
        (D("-0"), "0"),
        (D("89.22"), "89.22"),
        (D("0.001"), "0.001"),
        (D("1E-7"), "0.0000001"),
        (D("-1.50"), "-1.5"),
        (D("12345678901234567890.123"), "12345678901234567890.123"),
    ],
)
def test_plain(value: Decimal, text: str) -> None:
    assert plain(value) == text
    assert "E" not in plain(value) and "e" not in plain(value)
    assert Decimal(plain(value)) == value
