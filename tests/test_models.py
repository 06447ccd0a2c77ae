"""par_cli.models: strict, frozen pydantic models of criteria sets and submissions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from par_cli.loader import load_text
from par_cli.models import (
    CriteriaSet,
    Display,
    Node,
    Rounding,
    Rule,
    ScoreDetail,
    Step,
    Submission,
    to_decimal,
    to_id,
)


def node(**fields: Any) -> dict[str, Any]:
    return {"id": "1", "name": "One", "max": 10, **fields}


def criteria(**fields: Any) -> dict[str, Any]:
    return {"format": "par-criteria/1", "id": "set", "title": "A set", "years": [2023],
            "max": 10, "criteria": [node()], **fields}


def submission(**fields: Any) -> dict[str, Any]:
    return {"format": "par-submission/1", "criteria": "set", "year": 2023, "unit": "long-an",
            "name": "Long An", "scores": {"1": 10}, **fields}


def error_types(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e["type"] for e in error.value.errors()}


def why(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[tuple[str | int, ...], str]]:
    """Each error's place and reason: par's own message for its validators (what a user reads
    in a [schema] problem), pydantic's error type for pydantic's own checks."""
    return [(tuple(e["loc"]), e["msg"].removeprefix("Value error, ") if e["type"] == "value_error"
             else e["type"]) for e in error.value.errors()]


# ---- unknown fields -------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "data"), [
    (Node, node(sorce="x")),
    (Step, {"from": 80, "points": 1, "pts": 1}),
    (Display, {"places": 2, "plces": 1}),
    (CriteriaSet, criteria(titel="x")),
    (Submission, submission(yaer=2023)),
    (ScoreDetail, {"self": 1, "apraised": 1}),
])
def test_unknown_fields_are_rejected(model: type[Any], data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as error:
        model.model_validate(data)
    assert "extra_forbidden" in error_types(error)


def test_unknown_field_in_a_score_mapping_inside_a_submission() -> None:
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(submission(scores={"1": {"self": 1, "apraised": 2}}))
    assert "extra_forbidden" in error_types(error)


# ---- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "message"), [
    ("10", "expected a number, got the text '10'"),
    ("ten", "expected a number, got the text 'ten'"),
    (True, "expected a number, got yes/no"),
    (None, "expected a number, got nothing (null)"),
    ([10], "expected a number, got a list"),
    ({"a": 1}, "expected a number, got a mapping"),
])
def test_strings_and_others_where_a_number_is_due_are_rejected(value: Any, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Node.model_validate(node(max=value))
    assert why(error) == [(("max",), message)]


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")]
)
def test_nan_and_inf_are_rejected(value: Any) -> None:
    with pytest.raises(ValidationError) as error:
        Node.model_validate(node(max=value))
    assert why(error) == [(("max",), "expected a finite number, got .nan or .inf")]
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(submission(scores={"1": value}))
    assert why(error) == [(("scores", "1", "value"), "expected a finite number, got .nan or .inf")]


def test_nan_read_from_yaml_is_rejected() -> None:
    document = load_text("format: par-submission/1\ncriteria: set\nyear: 2023\nunit: x\n"
                         "name: X\nscores:\n  '1': .nan\n", "t.yaml").document
    assert document is not None
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(document.data)
    assert why(error) == [(("scores", "1", "value"), "expected a finite number, got .nan or .inf")]


@pytest.mark.parametrize("value", [0, -1, Decimal("-0.5")])
def test_max_must_be_positive(value: Any) -> None:
    with pytest.raises(ValidationError) as error:
        Node.model_validate(node(max=value))
    assert why(error) == [(("max",), "greater_than")]


def test_numbers_are_exact_decimals() -> None:
    parsed = Node.model_validate(node(max=0.1))
    assert parsed.max == Decimal("0.1")
    assert isinstance(Node.model_validate(node(max=3)).max, Decimal)
    assert to_decimal(Decimal("89.22")) == Decimal("89.22")
    assert to_decimal(0.1) + to_decimal(0.2) == Decimal("0.3")


def test_step_from_as_text_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        Step.model_validate({"from": "80", "points": 1})
    assert why(error) == [(("from",), "expected a number, got the text '80'")]
    with pytest.raises(ValidationError) as error:
        Step.model_validate({"from": 80, "points": -1})
    assert why(error) == [(("points",), "greater_than_equal")]


def test_year_as_text_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(submission(year="2023"))
    assert why(error) == [(("year",), "int_type")]
    with pytest.raises(ValidationError) as error:
        CriteriaSet.model_validate(criteria(years=["2023"]))
    assert why(error)[0] == (("years", 0), "int_type")  # then: no year left (too_short)


def test_bool_fields_are_strict() -> None:
    with pytest.raises(ValidationError) as error:
        Node.model_validate(node(provisional="yes"))
    assert why(error) == [(("provisional",), "bool_type")]
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(submission(ranked=1))
    assert why(error) == [(("ranked",), "bool_type")]


# ---- ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("1.10", "1.10"), (Decimal("1.10"), "1.10"), (Decimal("1.1"), "1.1"), (3, "3"),
    (Decimal("2.50"), "2.50"), ("3.1.2", "3.1.2"),
])
def test_ids_are_kept_as_written(value: Any, expected: str) -> None:
    assert Node.model_validate(node(id=value)).id == expected
    assert to_id(value) == expected


@pytest.mark.parametrize(("value", "reason"), [
    (True, "expected an id, got yes/no"),
    (None, "expected an id, got nothing (null)"),
    ("", "too_short"),
    ([1], "expected an id, got a list"),
])
def test_bad_ids_are_rejected(value: Any, reason: str) -> None:
    with pytest.raises(ValidationError) as error:
        Node.model_validate(node(id=value))
    assert why(error) == [(("id",), reason)]


def _ids_from_yaml(*ids: str) -> list[str]:
    items = "".join(f"  - {{id: {i}, name: N, max: 1}}\n" for i in ids)
    text = (f"format: par-criteria/1\nid: s\ntitle: S\nyears: [2023]\nmax: {len(ids)}\n"
            f"criteria:\n{items}")
    document = load_text(text, "t.yaml").document
    assert document is not None
    return [n.id for n in CriteriaSet.model_validate(document.data).criteria]


def test_unquoted_ids_from_yaml_1_1_and_1_10_differ() -> None:
    assert _ids_from_yaml("1.1", "1.10", "3", '"3.1"') == ["1.1", "1.10", "3", "3.1"]


def test_unquoted_ids_with_a_leading_zero_are_kept_as_written() -> None:
    """docs/formats.md: numeric-looking ids are read exactly as written and never as numbers.
    YAML 1.1 reads 01 and 010 as octal integers (1 and 8): the id must stay '01' / '010'."""
    assert _ids_from_yaml("01", "010") == ["01", "010"]


def test_set_id_and_submission_criteria_are_ids() -> None:
    assert CriteriaSet.model_validate(criteria(id="par-province-2022")).id == "par-province-2022"
    assert Submission.model_validate(submission(criteria="set")).criteria == "set"


# ---- score values and ScoreDetail -----------------------------------------------------------


def test_score_values_are_normalised() -> None:
    parsed = Submission.model_validate(submission(scores={
        "a": 1, "b": 0.5, "c": Decimal("0.25"), "d": True, "e": "n/a", "f": "full"}))
    assert parsed.scores == {"a": Decimal(1), "b": Decimal("0.5"), "c": Decimal("0.25"),
                             "d": True, "e": "n/a", "f": "full"}
    assert isinstance(parsed.scores["a"], Decimal)


def test_final_value_is_appraised_when_given() -> None:
    assert ScoreDetail.model_validate({"self": 1, "appraised": 0.75}).final == Decimal("0.75")
    assert ScoreDetail.model_validate({"self": 1}).final == Decimal(1)
    assert ScoreDetail.model_validate({"appraised": 2}).final == Decimal(2)
    assert ScoreDetail.model_validate({"self": 1, "appraised": "n/a"}).final == "n/a"


def test_final_value_keeps_a_falsy_appraisal() -> None:
    """An appraised `no` or 0 is a value, not an absent appraisal."""
    assert ScoreDetail.model_validate({"self": True, "appraised": False}).final is False
    assert ScoreDetail.model_validate({"self": 1, "appraised": 0}).final == Decimal(0)


def test_score_detail_needs_self_or_appraised() -> None:
    with pytest.raises(ValidationError) as error:
        ScoreDetail.model_validate({"note": "x"})
    needs = "a score mapping needs 'self' or 'appraised'"
    assert why(error) == [((), needs)]
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(submission(scores={"1": {"note": "x"}}))
    assert why(error) == [(("scores", "1", "detail"), needs)]


def test_score_detail_fields() -> None:
    detail = ScoreDetail.model_validate(
        {"self": 1, "appraised": 0.75, "note": "late", "evidence": ["1234/QĐ-UBND"]})
    assert detail.self_ == Decimal(1)
    assert detail.note == "late"
    assert detail.evidence == ("1234/QĐ-UBND",)
    with pytest.raises(ValidationError) as error:
        ScoreDetail.model_validate({"self": 1, "evidence": "1234/QĐ-UBND"})
    assert why(error) == [(("evidence",), "tuple_type")]  # a list of strings, not one string


def test_score_detail_inside_a_submission() -> None:
    parsed = Submission.model_validate(submission(scores={"1": {"self": 1, "appraised": 0.5}}))
    entry = parsed.scores["1"]
    assert isinstance(entry, ScoreDetail)
    assert entry.final == Decimal("0.5")


# ---- unit id --------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["long-an", "ha-noi", "ho-chi-minh-city", "a", "a1", "2023",
                                  "so-noi-vu"])
def test_good_unit_ids(unit: str) -> None:
    assert Submission.model_validate(submission(unit=unit)).unit == unit


@pytest.mark.parametrize("unit", ["Long An", "long an", "long_an", "long--an", "-long-an",
                                  "long-an-", "Long-An", "lòng-an", "", "long-an\n"])
def test_bad_unit_ids(unit: str) -> None:
    with pytest.raises(ValidationError) as error:
        Submission.model_validate(submission(unit=unit))
    assert why(error) == [(("unit",), "string_pattern_mismatch")]


# ---- defaults and the rest of the schema ----------------------------------------------------


def test_criteria_set_defaults() -> None:
    parsed = CriteriaSet.model_validate(criteria())
    assert parsed.display.places == 2
    assert parsed.display.rounding is Rounding.HALF_UP
    assert parsed.rank_on == "exact"
    assert parsed.bands == ()
    assert parsed.methods is None


def test_leaf_rule_defaults_to_points() -> None:
    assert Node.model_validate(node()).leaf_rule is Rule.POINTS
    assert Node.model_validate(node(rule="yes-no")).leaf_rule is Rule.YES_NO


@pytest.mark.parametrize(("fields", "reason"), [
    ({"display": {"places": 2, "rounding": "truncate"}}, (("display", "rounding"), "enum")),
    ({"rank_on": "rounded"}, (("rank_on",), "literal_error")),
    ({"format": "par-criteria/2"}, (("format",), "literal_error")),
    ({"years": []}, (("years",), "too_short")),
    ({"criteria": []}, (("criteria",), "too_short")),
])
def test_criteria_set_rejects(fields: dict[str, Any],
                              reason: tuple[tuple[str, ...], str]) -> None:
    with pytest.raises(ValidationError) as error:
        CriteriaSet.model_validate(criteria(**fields))
    assert why(error) == [reason]


@pytest.mark.parametrize("missing", ["format", "id", "title", "years", "max", "criteria"])
def test_criteria_set_required_fields(missing: str) -> None:
    data = criteria()
    del data[missing]
    with pytest.raises(ValidationError) as error:
        CriteriaSet.model_validate(data)
    assert "missing" in error_types(error)


def test_unknown_rule_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        Node.model_validate(node(rule="yesno"))
    assert why(error) == [(("rule",), "enum")]


def test_models_are_frozen() -> None:
    parsed = Node.model_validate(node())
    with pytest.raises(ValidationError) as error:
        parsed.max = Decimal(1)  # type: ignore[misc]
    assert why(error) == [(("max",), "frozen_instance")]
