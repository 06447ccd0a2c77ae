"""``par gap``'s next steps (docs/commands.md#par-gap): per scored node the next value that gains
points under its rule, and the points it gains; applying a listed step with ``--set`` gains
exactly the listed points."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import REPO, as_json, cli, examples
from hypothesis import given, settings
from hypothesis import strategies as st

from par_cli.gap import gap_unit, parse_sets
from par_cli.models import CriteriaSet, Submission
from par_cli.next_steps import next_steps
from par_cli.runs import ScoredRun, score_run
from par_cli.scoring import index_criteria, score_unit

DEPARTMENTS = REPO / "examples" / "departments" / "2023"
PROVINCES = REPO / "examples" / "provinces" / "2023"


def typed(value: object) -> str:
    """A JSON value as ``--set`` reads it back: yes/no, a name, or a number (a number with
    exactly three decimals gets a fourth, since 1.234 is refused as ambiguous)."""
    if value is True or value is False:
        return "yes" if value else "no"
    if isinstance(value, (int, Decimal)):
        text = format(Decimal(value).normalize(), "f")
        _, dot, decimals = text.partition(".")
        return text + "0" if dot and len(decimals) == 3 else text
    return str(value)


def _gap(folder: Path, unit: str, *more: str) -> dict[str, object]:
    code, out, err = cli("gap", folder, "--unit", unit, "-f", "json", *more)
    assert code == 0, err
    data: dict[str, object] = as_json(out)
    return data


@pytest.fixture(scope="module")
def departments() -> ScoredRun:
    return score_run([DEPARTMENTS], [])


@pytest.mark.parametrize("unit", ["so-giao-duc", "so-y-te", "so-noi-vu", "so-tai-chinh",
                                  "so-tu-phap", "so-xay-dung"])
def test_applying_a_listed_step_gains_exactly_the_listed_points(departments: ScoredRun,
                                                                unit: str) -> None:
    """The property, through the values as ``--set`` reads them and the one scoring path."""
    run = departments
    report = gap_unit(run.index, run.year, run.results, run.submissions, unit)
    assert report.next_steps
    for step in report.next_steps:
        sets = parse_sets([f"{step.id}={typed(step.next_value)}"])
        what_if = gap_unit(run.index, run.year, run.results, run.submissions, unit,
                           sets=sets).what_if
        assert what_if is not None
        assert what_if.points - report.points == step.points_gained, (unit, step)


def test_a_listed_step_through_the_command_line() -> None:
    data = _gap(DEPARTMENTS, "so-giao-duc")
    steps = data["next_steps"]
    assert isinstance(steps, list)
    for step in steps[:3]:
        what_if = _gap(DEPARTMENTS, "so-giao-duc", "--set",
                       f"{step['id']}={typed(step['next_value'])}")["what_if"]
        assert what_if["points"] - data["points"] == step["points_gained"]  # type: ignore
        assert what_if["band"] == "Excellent"  # type: ignore[index]


def test_steps_are_listed_by_points_gained_and_cover_every_rule() -> None:
    steps = _gap(DEPARTMENTS, "so-y-te")["next_steps"]
    assert isinstance(steps, list)
    gains = [s["points_gained"] for s in steps]
    assert gains == sorted(gains, reverse=True)
    assert all(g > 0 for g in gains)
    assert set(steps[0]) == {"id", "name", "value", "next_value", "points_gained"}
    by_id = {s["id"]: s for s in steps}
    assert by_id["1.1.1"]["value"] is False and by_id["1.1.1"]["next_value"] is True  # yes-no
    assert by_id["1.1.2"]["next_value"] == 100  # percent step: 85 -> the step from 100
    assert (by_id["2.1.2"]["value"], by_id["2.1.2"]["next_value"]) == (2, 1)  # deducting count
    assert (by_id["3.3.2"]["value"], by_id["3.3.2"]["next_value"]) == (3, 4)  # one more item


def test_a_score_on_a_whole_area_steps_to_full_marks() -> None:
    steps = _gap(PROVINCES, "long-an")["next_steps"]
    assert isinstance(steps, list)
    assert [s["id"] for s in steps[:2]] == ["8", "6"]
    assert steps[0]["next_value"] == Decimal("16.5")
    assert steps[0]["points_gained"] == Decimal("2.99")
    assert steps[-1] == {"id": "3", "name": "Administrative procedure reform",
                         "value": Decimal("12.98"), "next_value": 13,
                         "points_gained": Decimal("0.02")}


def _criteria() -> CriteriaSet:
    leaves = [
        {"id": "a", "name": "Steps", "max": 4, "rule": "percent",
         "steps": [{"from": 50, "points": 2}, {"from": 80, "points": 2},
                   {"from": 100, "points": 4}]},
        {"id": "b", "name": "Deducted", "max": 3, "rule": "count", "per": 0.8, "deduct": True},
        {"id": "c", "name": "Choice", "max": 2, "rule": "choice",
         "options": {"none": 0, "half": 0.5, "also-half": 0.5, "full": 1}},
        {"id": "d", "name": "Capped", "max": 1, "rule": "count", "per": 0.5},
        {"id": "e", "name": "Linear", "max": 2, "rule": "percent"},
    ]
    return CriteriaSet.model_validate({
        "format": "par-criteria/1", "id": "t", "title": "T", "years": [2024], "max": 14,
        "criteria": [{"id": "1", "name": "Area", "max": 14, "criteria": leaves}]})


@pytest.mark.parametrize(("leaf", "value", "expected"), [
    ("a", 60, (Decimal(100), Decimal(2))),  # the step from 80 gains nothing: the next that does
    ("a", 100, None),
    ("b", 4, (Decimal(3), Decimal("0.6"))),  # 0 points at 4 items: 3 items still score
    ("b", 2, (Decimal(1), Decimal("0.8"))),
    ("b", 0, None),
    ("c", "none", ("half", Decimal(1))),  # the least better option, the first listed of equals
    ("c", "half", ("full", Decimal(1))),
    ("d", 2, None),  # at the cap already
    ("d", 1, (Decimal(2), Decimal("0.5"))),
    ("e", Decimal("12.5"), (Decimal(100), Decimal("1.75"))),
])
def test_the_next_value_of_each_rule(leaf: str, value: object,
                                     expected: tuple[object, Decimal] | None) -> None:
    index = index_criteria(_criteria())
    scores = {key: "n/a" for key in "abcde"}
    scores[leaf] = value  # type: ignore[assignment]
    submission = Submission.model_validate({
        "format": "par-submission/1", "criteria": "t", "year": 2024, "unit": "u", "name": "U",
        "scores": scores})
    result, findings = score_unit(index, submission)
    assert not findings, findings
    steps = next_steps(index, submission.scores, result.nodes)
    assert [(s.next_value, s.points_gained) for s in steps] == ([expected] if expected else [])


_VALUES = {
    "a": st.integers(0, 100).map(Decimal),
    "b": st.integers(0, 6).map(Decimal),
    "c": st.sampled_from(["none", "half", "also-half", "full"]),
    "d": st.integers(0, 4).map(Decimal),
    "e": st.decimals(0, 100, places=2),
}


@settings(max_examples=examples(60), deadline=None)
@given(st.fixed_dictionaries({leaf: st.one_of(st.just("n/a"), values)
                              for leaf, values in _VALUES.items()}))
def test_every_step_gains_what_it_says_under_every_rule(scores: dict[str, object]) -> None:
    """Property: re-scored with one listed step applied, a unit gains exactly its points; and
    a node that can gain has a step (full marks are the only end)."""
    index = index_criteria(_criteria())

    def scored(values: dict[str, object]) -> tuple[Submission, Decimal]:
        submission = Submission.model_validate({
            "format": "par-submission/1", "criteria": "t", "year": 2024, "unit": "u",
            "name": "U", "scores": values})
        result, findings = score_unit(index, submission)
        assert not findings, findings
        return submission, result.points

    submission, points = scored(scores)
    result, _ = score_unit(index, submission)
    steps = next_steps(index, submission.scores, result.nodes)
    for step in steps:
        _, after = scored({**scores, step.id: step.next_value})
        assert after - points == step.points_gained > 0
    leaves = {node.id: node for node in result.nodes[0].children}
    stepped = {step.id for step in steps}
    for leaf, node in leaves.items():
        if not node.not_applicable and node.points < node.max:
            assert leaf in stepped, (leaf, scores)
