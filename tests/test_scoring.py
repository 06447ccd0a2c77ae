"""Scoring one unit (par_cli.scoring): the leaf and submission rules of docs/formats.md."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from par_cli.models import CriteriaSet, Node, Submission
from par_cli.problems import Finding, Severity
from par_cli.scoring import (
    MIXED,
    NodeResult,
    UnitResult,
    has_error,
    index_criteria,
    score_unit,
    value_points,
)

D = Decimal


# ---- helpers ---------------------------------------------------------------------------------


def leaf(node_id: str, maximum: str, rule: str | None = None, **params: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": node_id, "name": f"Criterion {node_id}", "max": D(maximum)}
    if rule is not None:
        data["rule"] = rule
    data.update(params)
    return data


def inner(node_id: str, *children: dict[str, Any], **fields: Any) -> dict[str, Any]:
    total = sum((D(str(c["max"])) for c in children), D(0))
    return {"id": node_id, "name": f"Node {node_id}", "max": total, "criteria": list(children),
            **fields}


def criteria_set(*areas: dict[str, Any], **fields: Any) -> CriteriaSet:
    data: dict[str, Any] = {
        "format": "par-criteria/1",
        "id": "test-set",
        "title": "Test set",
        "years": [2023],
        "max": sum((D(str(a["max"])) for a in areas), D(0)),
        "criteria": list(areas),
    }
    data.update(fields)
    return CriteriaSet.model_validate(data)


def submission(scores: dict[str, Any], unit: str = "alpha", **fields: Any) -> Submission:
    data: dict[str, Any] = {
        "format": "par-submission/1",
        "criteria": "test-set",
        "year": 2023,
        "unit": unit,
        "name": unit.title(),
        "scores": scores,
    }
    data.update(fields)
    return Submission.model_validate(data)


def score(
    criteria: CriteriaSet, scores: dict[str, Any], allow_missing: bool = False, **fields: Any
) -> tuple[UnitResult, list[Finding]]:
    return score_unit(index_criteria(criteria), submission(scores, **fields), allow_missing)


def score_ok(criteria: CriteriaSet, scores: dict[str, Any], **fields: Any) -> UnitResult:
    result, findings = score(criteria, scores, **fields)
    assert not has_error(findings), findings
    return result


def find(result: UnitResult, node_id: str) -> NodeResult:
    def walk(nodes: tuple[NodeResult, ...]) -> NodeResult | None:
        for n in nodes:
            if n.id == node_id:
                return n
            found = walk(n.children)
            if found is not None:
                return found
        return None

    found = walk(result.nodes)
    assert found is not None, f"no node {node_id}"
    return found


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def the_node(data: dict[str, Any]) -> Node:
    return Node.model_validate(data)


def points_of(data: dict[str, Any], value: Any, is_leaf: bool = True) -> Decimal | None:
    points, reason = value_points(the_node(data), value, is_leaf)
    assert reason is None, reason
    return points


def reason_of(data: dict[str, Any], value: Any, is_leaf: bool = True) -> str:
    points, reason = value_points(the_node(data), value, is_leaf)
    assert reason is not None, f"{value!r} was accepted as {points}"
    assert points is None
    return str(reason)


# A tree used by most tests below (total 15):
#   A  (6, appraisal)  A.1 (4) = A.1.1 yes-no 1 + A.1.2 points 3;  A.2 points 2
#   B  (4, survey)     B.1 percent 4
#   C  (5, mixed)      C.1 points 3 (appraisal) + C.2 points 2 (survey)
TREE = criteria_set(
    inner("A", inner("A.1", leaf("A.1.1", "1", "yes-no"), leaf("A.1.2", "3")), leaf("A.2", "2"),
          method="appraisal"),
    inner("B", leaf("B.1", "4", "percent"), method="survey"),
    inner("C", leaf("C.1", "3", method="appraisal"), leaf("C.2", "2", method="survey")),
    methods=["appraisal", "survey"],
)

FULL = {"A.1.1": True, "A.1.2": D("2.5"), "A.2": D("1.75"), "B.1": D("80"),
        "C.1": D("3"), "C.2": D("0.125")}


# ---- leaf rules (docs/formats.md) ----------------------------------------------------------------


class TestPointsRule:
    node = leaf("p", "2.5")

    def test_number_is_the_points(self) -> None:
        assert points_of(self.node, D("1.25")) == D("1.25")
        assert points_of(self.node, D("0")) == 0
        assert points_of(self.node, D("2.5")) == D("2.5")

    def test_default_rule_is_points(self) -> None:
        assert the_node(self.node).leaf_rule.value == "points"

    @pytest.mark.parametrize("value", [D("2.51"), D("-0.01"), D("100")])
    def test_out_of_range(self, value: Decimal) -> None:
        assert "outside" in reason_of(self.node, value)

    @pytest.mark.parametrize("value", [True, "full", "12"])
    def test_not_a_number(self, value: Any) -> None:
        reason_of(self.node, value)


class TestYesNoRule:
    node = leaf("y", "1.5", "yes-no")

    def test_yes_is_max_no_is_zero(self) -> None:
        assert points_of(self.node, True) == D("1.5")
        assert points_of(self.node, False) == 0

    @pytest.mark.parametrize("value", [D("1"), D("0"), "maybe"])
    def test_other_values_refused(self, value: Any) -> None:
        assert "yes" in reason_of(self.node, value)


class TestChoiceRule:
    node = leaf("c", "3", "choice",
                options={"full": D("1"), "minor": D("0.5"), "serious": D("0")})

    @pytest.mark.parametrize(("value", "points"),
                             [("full", "3"), ("minor", "1.5"), ("serious", "0")])
    def test_max_times_fraction(self, value: str, points: str) -> None:
        assert points_of(self.node, value) == D(points)

    def test_unknown_option_names_the_options(self) -> None:
        reason = reason_of(self.node, "partial")
        assert "full" in reason and "minor" in reason and "serious" in reason

    @pytest.mark.parametrize("value", [D("1"), True])
    def test_non_names_refused(self, value: Any) -> None:
        reason_of(self.node, value)


class TestPercentRule:
    plain_node = leaf("p", "2", "percent")
    stepped = leaf("s", "1", "percent",
                   steps=[{"from": D("80"), "points": D("0.5")},
                          {"from": D("100"), "points": D("1")}])

    @pytest.mark.parametrize(("value", "points"),
                             [("0", "0"), ("75", "1.5"), ("100", "2"), ("33.3", "0.666")])
    def test_without_steps_proportional(self, value: str, points: str) -> None:
        assert points_of(self.plain_node, D(value)) == D(points)

    @pytest.mark.parametrize(
        ("value", "points"),
        [("0", "0"), ("79.99", "0"), ("80", "0.5"), ("95", "0.5"), ("99.999", "0.5"),
         ("100", "1")],
    )
    def test_with_steps_highest_reached(self, value: str, points: str) -> None:
        assert points_of(self.stepped, D(value)) == D(points)

    def test_below_first_step_is_zero(self) -> None:
        assert points_of(self.stepped, D("10")) == 0

    @pytest.mark.parametrize("value", [D("100.01"), D("-1")])
    def test_out_of_range(self, value: Decimal) -> None:
        reason_of(self.plain_node, value)
        reason_of(self.stepped, value)

    def test_text_refused(self) -> None:
        reason_of(self.plain_node, "most")


class TestCountRule:
    capped = leaf("k", "2", "count", per=D("0.5"))
    deducted = leaf("d", "2", "count", per=D("0.5"), deduct=True)

    @pytest.mark.parametrize(("count", "points"),
                             [(0, "0"), (1, "0.5"), (3, "1.5"), (4, "2"), (5, "2"), (100, "2")])
    def test_per_item_capped_at_max(self, count: int, points: str) -> None:
        assert points_of(self.capped, D(count)) == D(points)

    @pytest.mark.parametrize(("count", "points"),
                             [(0, "2"), (1, "1.5"), (3, "0.5"), (4, "0"), (5, "0"), (100, "0")])
    def test_deduct_floored_at_zero(self, count: int, points: str) -> None:
        assert points_of(self.deducted, D(count)) == D(points)

    @pytest.mark.parametrize("value", [D("1.5"), D("-1"), True, "two"])
    def test_not_a_whole_number(self, value: Any) -> None:
        reason_of(self.capped, value)
        reason_of(self.deducted, value)

    def test_integral_decimal_written_with_zeros_accepted(self) -> None:
        assert points_of(self.capped, D("2.0")) == D("1")


@pytest.mark.parametrize(
    "data",
    [leaf("p", "2"), leaf("y", "1", "yes-no"), leaf("c", "1", "choice", options={"a": D("1")}),
     leaf("q", "1", "percent"), leaf("k", "1", "count", per=D("1"))],
)
def test_not_applicable_on_every_rule(data: dict[str, Any]) -> None:
    assert value_points(the_node(data), "n/a", True) == (None, None)


def test_value_on_inner_node_is_points_whatever_the_children_rules() -> None:
    node = inner("X", leaf("X.1", "1", "yes-no"), leaf("X.2", "2", "percent"))
    assert points_of(node, D("2.25"), is_leaf=False) == D("2.25")
    assert "outside" in reason_of(node, D("3.5"), is_leaf=False)
    assert "inner node" in reason_of(node, True, is_leaf=False)
    assert value_points(the_node(node), "n/a", False) == (None, None)


# ---- a whole unit ------------------------------------------------------------------------------


def test_total_is_the_exact_sum_of_leaves() -> None:
    result = score_ok(TREE, FULL)
    # 1 + 2.5 + 1.75 + 3.2 + 3 + 0.125
    assert result.points == D("11.575")
    assert result.max == D("15")
    assert find(result, "A.1").points == D("3.5")
    assert find(result, "A").points == D("5.25")
    assert find(result, "B").points == D("3.2")
    assert find(result, "C").points == D("3.125")
    assert [n.id for n in result.nodes] == ["A", "B", "C"]
    assert result.missing == ()


def test_exact_decimal_sum() -> None:
    criteria = criteria_set(leaf("1", "1"), leaf("2", "1"))
    result = score_ok(criteria, {"1": D("0.1"), "2": D("0.2")})
    assert result.points == D("0.3")


def test_unit_fields_are_carried() -> None:
    result = score_ok(TREE, FULL, unit="long-an", name_vi="Long An", group="mekong-delta",
                      ranked=False)
    assert result.unit == "long-an"
    assert result.name_vi == "Long An"
    assert result.group == "mekong-delta"
    assert result.ranked is False


class TestInnerNodeScores:
    def test_score_on_criterion_covers_its_leaves(self) -> None:
        result = score_ok(TREE, {**_without(FULL, "A.1.1", "A.1.2"), "A.1": D("3.75")})
        node = find(result, "A.1")
        assert node.scored
        assert node.points == D("3.75")
        assert node.max == D("4")
        assert find(result, "A").points == D("5.5")
        assert result.points == D("11.575") - D("3.5") + D("3.75")

    def test_score_on_area(self) -> None:
        result = score_ok(TREE, {"A": D("6"), "B": D("2"), "C": D("4.999")})
        assert result.points == D("12.999")
        assert [n.points for n in result.nodes] == [D("6"), D("2"), D("4.999")]

    def test_inner_score_above_max_is_value_fit(self) -> None:
        _, findings = score(TREE, {**_without(FULL, "B.1"), "B": D("4.01")})
        assert rules_of(findings) == ["value-fit"]
        assert str(findings[0].message) == "'B': 4.01 points is outside 0..4"


class TestNotApplicable:
    def test_na_leaf_leaves_every_max_above_it(self) -> None:
        result = score_ok(TREE, {**FULL, "A.1.1": "n/a"})
        assert find(result, "A.1.1").not_applicable
        assert find(result, "A.1.1").max == 0
        assert find(result, "A.1.1").points == 0
        assert find(result, "A.1").max == D("3")
        assert find(result, "A").max == D("5")
        assert result.max == D("14")
        assert result.points == D("10.575")

    def test_na_inner_node(self) -> None:
        result = score_ok(TREE, {**_without(FULL, "A.1.1", "A.1.2"), "A.1": "n/a"})
        assert find(result, "A.1").max == 0
        assert find(result, "A").max == D("2")
        assert find(result, "A").points == D("1.75")
        assert result.max == D("11")

    def test_na_area(self) -> None:
        result = score_ok(TREE, {**_without(FULL, "B.1"), "B": "n/a"})
        assert find(result, "B").max == 0
        assert result.max == D("11")
        assert result.points == D("8.375")

    def test_everything_na_gives_max_zero(self) -> None:
        result = score_ok(TREE, {"A": "n/a", "B": "n/a", "C": "n/a"})
        assert result.max == 0
        assert result.points == 0

    def test_na_in_a_detail(self) -> None:
        result = score_ok(TREE, {**FULL, "A.2": {"self": D("2"), "appraised": "n/a"}})
        assert find(result, "A.2").max == 0
        assert result.max == D("13")


class TestSelfAndAppraised:
    def test_final_is_appraised(self) -> None:
        scores = {**FULL, "A.1.2": {"self": D("3"), "appraised": D("2.5"),
                                    "note": "plan approved late", "evidence": ["1234/QĐ-UBND"]}}
        result = score_ok(TREE, scores)
        node = find(result, "A.1.2")
        assert node.points == D("2.5")
        assert node.self_points == D("3")
        assert node.note == "plan approved late"
        assert node.evidence == ("1234/QĐ-UBND",)
        assert result.points == D("11.575")
        assert result.self_points == D("12.075")
        assert result.lost_in_appraisal == D("0.5")
        assert result.changed_nodes == 1

    def test_self_only(self) -> None:
        result = score_ok(TREE, {**FULL, "A.1.2": {"self": D("2.5"), "evidence": ["x"]}})
        assert find(result, "A.1.2").points == D("2.5")
        assert result.self_points == result.points
        assert result.changed_nodes == 0
        assert result.lost_in_appraisal == 0

    def test_appraised_only(self) -> None:
        result = score_ok(TREE, {**FULL, "A.1.2": {"appraised": D("1")}})
        assert find(result, "A.1.2").points == D("1")
        assert result.changed_nodes == 0

    def test_yes_no_self_and_appraised(self) -> None:
        result = score_ok(TREE, {**FULL, "A.1.1": {"self": True, "appraised": False}})
        assert find(result, "A.1.1").points == 0
        assert result.self_points - result.points == D("1")
        assert result.changed_nodes == 1

    def test_equal_self_and_appraised_is_not_a_change(self) -> None:
        result = score_ok(TREE, {**FULL, "A.2": {"self": D("1.75"), "appraised": D("1.750")}})
        assert result.changed_nodes == 0

    def test_changed_nodes_counts_every_changed_node(self) -> None:
        scores = {**FULL,
                  "A.2": {"self": D("2"), "appraised": D("1.75")},
                  "B.1": {"self": D("90"), "appraised": D("80")},
                  "C.2": {"self": D("0.125"), "appraised": D("0.125")}}
        result = score_ok(TREE, scores)
        assert result.changed_nodes == 2
        assert result.self_points == D("11.575") + D("0.25") + D("0.4")

    def test_without_evidence_counts_nodes_with_points_and_no_evidence(self) -> None:
        # FULL: six scored leaves, all with points > 0, none with evidence
        assert score_ok(TREE, FULL).without_evidence == 6
        scores = {**FULL,
                  "A.1.1": {"self": True, "evidence": ["QĐ 1"]},
                  "A.2": {"appraised": D("0"), "self": D("1")},  # no points: not counted
                  "C.2": "n/a"}  # n/a carries no points
        assert score_ok(TREE, scores).without_evidence == 3

    def test_self_value_that_does_not_fit_is_reported(self) -> None:
        _, findings = score(TREE, {**FULL, "A.2": {"self": D("9"), "appraised": D("1")}})
        assert rules_of(findings) == ["value-fit"]
        assert findings[0].loc == ("scores", "A.2", "self")


class TestCoverage:
    def test_uncovered_leaves_are_an_error_naming_them(self) -> None:
        _, findings = score(TREE, _without(FULL, "A.1.2", "C.2"))
        uncovered = [f for f in findings if f.rule == "uncovered"]
        assert len(uncovered) == 1
        assert uncovered[0].severity is Severity.ERROR
        assert "A.1.2" in uncovered[0].english and "C.2" in uncovered[0].english
        assert has_error(findings)

    def test_allow_missing_counts_them_as_zero_and_lists_them(self) -> None:
        result, findings = score(TREE, _without(FULL, "A.1.2", "C.2"), allow_missing=True)
        assert not has_error(findings)
        assert "uncovered" not in rules_of(findings)
        assert result.missing == ("A.1.2", "C.2")
        assert find(result, "A.1.2").missing
        assert find(result, "A.1.2").points == 0
        assert find(result, "A.1.2").max == D("3")  # counted as 0, not n/a
        assert result.max == D("15")
        assert result.points == D("11.575") - D("2.5") - D("0.125")

    def test_empty_scores_are_all_uncovered(self) -> None:
        _, findings = score(TREE, {})
        assert rules_of(findings) == ["uncovered"]
        assert "A.1.1, A.1.2, A.2, B.1, C.1, C.2" in str(findings[0].message)

    def test_double_coverage(self) -> None:
        _, findings = score(TREE, {**FULL, "A.1": D("3")})
        double = [f for f in findings if f.rule == "double-coverage"]
        assert len(double) == 2  # A.1.1 and A.1.2 both lie under A.1
        assert all("A.1" in f.english for f in double)
        assert has_error(findings)

    def test_double_coverage_with_a_grandparent(self) -> None:
        _, findings = score(TREE, {**_without(FULL, "A.1.1", "A.1.2"), "A": D("5"),
                                   "A.1": D("3")})
        # A.1 and A.2 (in FULL) both lie under A
        assert sorted(f.loc for f in findings) == [("scores", "A.1"), ("scores", "A.2")]
        assert rules_of(findings) == ["double-coverage", "double-coverage"]

    def test_unknown_id_with_did_you_mean(self) -> None:
        _, findings = score(TREE, {**FULL, "A.1.3": D("1")})
        unknown = [f for f in findings if f.rule == "unknown-id"]
        assert len(unknown) == 1
        assert "A.1.3" in unknown[0].english
        assert "did you mean" in unknown[0].english
        assert unknown[0].loc == ("scores", "A.1.3")
        assert has_error(findings)

    def test_unknown_id_without_a_close_match(self) -> None:
        _, findings = score(TREE, {**FULL, "zzzzzzzz": D("1")})
        unknown = [f for f in findings if f.rule == "unknown-id"]
        assert len(unknown) == 1
        assert "did you mean" not in unknown[0].english

    def test_complete_submission_has_no_findings(self) -> None:
        _, findings = score(TREE, FULL)
        assert findings == []


class TestMethods:
    def test_points_summed_by_effective_method(self) -> None:
        result = score_ok(TREE, FULL)
        # appraisal: A (5.25) + C.1 (3); survey: B (3.2) + C.2 (0.125)
        assert result.methods["appraisal"] == D("8.25")
        assert result.methods["survey"] == D("3.325")
        assert result.methods.get(MIXED, D(0)) == 0
        assert sum(result.methods.values(), D(0)) == result.points

    def test_inner_score_on_a_single_method_node(self) -> None:
        result = score_ok(TREE, {**_without(FULL, "A.1.1", "A.1.2", "A.2"), "A": D("4")})
        assert result.methods["appraisal"] == D("7")
        assert result.methods.get(MIXED, D(0)) == 0

    def test_inner_score_on_a_mixed_node_counts_under_mixed(self) -> None:
        result = score_ok(TREE, {**_without(FULL, "C.1", "C.2"), "C": D("4.5")})
        assert result.methods[MIXED] == D("4.5")
        assert result.methods["appraisal"] == D("5.25")
        assert result.methods["survey"] == D("3.2")
        assert sum(result.methods.values(), D(0)) == result.points

    def test_method_inherited_from_ancestor(self) -> None:
        index = index_criteria(TREE)
        assert index.methods["A.1.1"] == "appraisal"
        assert index.methods["A.1"] == "appraisal"
        assert index.methods["B.1"] == "survey"
        assert index.methods["C"] is None  # children differ: no single method

    def test_na_adds_nothing_to_methods(self) -> None:
        result = score_ok(TREE, {**FULL, "B.1": "n/a"})
        assert result.methods["survey"] == D("0.125")

    def test_every_declared_method_is_present(self) -> None:
        result = score_ok(TREE, {"A": D("1"), "B": "n/a", "C.1": D("0"), "C.2": D("0")})
        assert set(result.methods) == {"appraisal", "survey"}
        assert result.methods["survey"] == 0


def test_year_not_in_set() -> None:
    _, findings = score(TREE, FULL, year=2021)
    years = [f for f in findings if f.rule == "year-not-in-set"]
    assert len(years) == 1
    assert "2021" in years[0].english
    assert has_error(findings)


def test_every_problem_is_reported_at_once() -> None:
    scores = {**_without(FULL, "C.2"), "A.1": D("1"), "X.9": D("1"), "A.2": D("9")}
    _, findings = score(TREE, scores, year=2030)
    assert sorted(rules_of(findings)) == ["double-coverage", "double-coverage", "uncovered",
                                          "unknown-id", "value-fit", "year-not-in-set"]


def _without(scores: dict[str, Any], *ids: str) -> dict[str, Any]:
    return {k: v for k, v in scores.items() if k not in ids}


def test_self_total_keeps_a_self_score_that_appraisal_made_not_applicable() -> None:
    # The self-assessed total is the sum of the self-assessed values: a node the unit scored 2
    # and the council ruled n/a still counts 2 there, and the change shows as points lost.
    result = score_ok(TREE, {**FULL, "A.2": {"self": D("2"), "appraised": "n/a"}})
    assert result.changed_nodes == 1
    assert result.points == D("11.575") - D("1.75")
    assert result.self_points == result.points + D("2")
    assert result.lost_in_appraisal == D("2")
