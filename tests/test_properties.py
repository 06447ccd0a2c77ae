"""Property tests: random criteria trees and submissions against an independent exact oracle."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import floor
from typing import Any

from helpers import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from par_cli.models import CriteriaSet, Display, Rounding, Submission
from par_cli.numbers import display, ratio
from par_cli.ranking import build_report
from par_cli.reporters.json_format import render_score
from par_cli.scoring import NodeResult, has_error, index_criteria, score_unit

D = Decimal
FAST = settings(max_examples=examples(60), deadline=None, derandomize=True, database=None)
YEAR = 2023


# ---- strategies --------------------------------------------------------------------------------


def decimals(low: int, high: int, places: int = 3) -> st.SearchStrategy[Decimal]:
    """Decimals in [low, high] (in units of 10^-places), at most ``places`` decimals."""
    scale = 10**places
    return st.integers(low * scale, high * scale).map(lambda n: D(n).scaleb(-places))


positive_max = st.integers(1, 20_000).map(lambda n: D(n).scaleb(-3))  # 0.001 .. 20
fraction_2 = st.integers(0, 100).map(lambda n: D(n).scaleb(-2))  # 0 .. 1


@st.composite
def leaf_rule(draw: st.DrawFn, maximum: Decimal) -> dict[str, Any]:
    kind = draw(st.sampled_from(["points", "yes-no", "choice", "percent", "steps", "count",
                                 "deduct"]))
    if kind == "points":
        return draw(st.sampled_from([{}, {"rule": "points"}]))
    if kind == "yes-no":
        return {"rule": "yes-no"}
    if kind == "choice":
        names = draw(st.lists(st.sampled_from(["full", "minor", "serious", "late", "none"]),
                              min_size=1, max_size=4, unique=True))
        return {"rule": "choice", "options": {n: draw(fraction_2) for n in names}}
    if kind == "percent":
        return {"rule": "percent"}
    if kind == "steps":
        froms = sorted(draw(st.lists(decimals(0, 100, 1), min_size=1, max_size=4, unique=True)))
        thousandths = int(maximum.scaleb(3))
        points = sorted(draw(st.lists(st.integers(0, thousandths), min_size=len(froms),
                                      max_size=len(froms))))
        return {"rule": "percent",
                "steps": [{"from": f, "points": D(p).scaleb(-3)} for f, p in zip(froms, points,
                                                                                   strict=True)]}
    per = draw(st.integers(1, 5_000).map(lambda n: D(n).scaleb(-3)))
    return {"rule": "count", "per": per, **({"deduct": True} if kind == "deduct" else {})}


@st.composite
def subtree(draw: st.DrawFn, node_id: str, depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"id": node_id, "name": f"Node {node_id}"}
    if draw(st.booleans()):
        node["method"] = draw(st.sampled_from(["appraisal", "survey", "sipas"]))
    if depth < 3 and draw(st.integers(0, 2)) > 0:
        count = draw(st.integers(1, 3))
        children = [draw(subtree(f"{node_id}.{i}", depth + 1)) for i in range(1, count + 1)]
        node["criteria"] = children
        node["max"] = sum((c["max"] for c in children), D(0))
        return node
    node["max"] = draw(positive_max)
    node.update(draw(leaf_rule(node["max"])))
    return node


@st.composite
def criteria_sets(draw: st.DrawFn) -> CriteriaSet:
    areas = [draw(subtree(str(i), 1)) for i in range(1, draw(st.integers(1, 4)) + 1)]
    rounding = draw(st.sampled_from(["down", "half-up", "half-even"]))
    data = {
        "format": "par-criteria/1", "id": "random-set", "title": "Random set", "years": [YEAR],
        "max": sum((a["max"] for a in areas), D(0)),
        "display": {"places": draw(st.integers(0, 3)), "rounding": rounding},
        "rank_on": draw(st.sampled_from(["exact", "displayed"])),
        "bands": [{"name": "A", "min": D(90)}, {"name": "B", "min": D(75)}],
        "criteria": areas,
    }
    return CriteriaSet.model_validate(data)


def leaf_value(draw: st.DrawFn, node: Any) -> Any:
    rule = node.leaf_rule.value
    if rule == "points":
        return draw(st.integers(0, int(node.max.scaleb(3))).map(lambda n: D(n).scaleb(-3)))
    if rule == "yes-no":
        return draw(st.booleans())
    if rule == "choice":
        return draw(st.sampled_from(sorted(node.options)))
    if rule == "percent":
        return draw(decimals(0, 100, 2))
    return D(draw(st.integers(0, 40)))


@st.composite
def scores_for(draw: st.DrawFn, criteria: CriteriaSet) -> dict[str, Any]:
    scores: dict[str, Any] = {}

    def cover(node: Any) -> None:
        roll = draw(st.integers(0, 9))
        if roll == 0:
            scores[node.id] = "n/a"
        elif not node.is_leaf and roll == 1:
            scores[node.id] = draw(st.integers(0, int(node.max.scaleb(3))).map(
                lambda n: D(n).scaleb(-3)))
        elif node.is_leaf:
            value = leaf_value(draw, node)
            if draw(st.integers(0, 4)) == 0:
                scores[node.id] = {"self": leaf_value(draw, node), "appraised": value}
            else:
                scores[node.id] = value
        else:
            for child in node.criteria:
                cover(child)

    for area in criteria.criteria:
        cover(area)
    return scores


@dataclass
class Case:
    criteria: CriteriaSet
    units: list[dict[str, Any]]  # submission data


@st.composite
def cases(draw: st.DrawFn, min_units: int = 1, max_units: int = 6) -> Case:
    criteria = draw(criteria_sets())
    count = draw(st.integers(min_units, max_units))
    units = []
    for i in range(count):
        units.append({
            "format": "par-submission/1", "criteria": criteria.id, "year": YEAR,
            "unit": f"unit-{i:02d}", "name": f"Unit {i}",
            "group": draw(st.sampled_from([None, "north", "south"])),
            "ranked": draw(st.sampled_from([True, True, True, False])),
            "scores": draw(scores_for(criteria)),
        })
    # Now and then a unit copies another's scores, so that exact ties happen.
    if count > 1 and draw(st.booleans()):
        units[-1]["scores"] = dict(units[0]["scores"])
    return Case(criteria, units)


# ---- the oracle: docs/formats.md written again, in Fractions ---------------------------------


def oracle_points(node: Any, value: Any) -> Fraction | None:
    """Points of a final value on a node; None for n/a."""
    if value == "n/a":
        return None
    if not node.is_leaf:
        return Fraction(value)
    rule = node.leaf_rule.value
    maximum = Fraction(node.max)
    if rule == "points":
        return Fraction(value)
    if rule == "yes-no":
        return maximum if value else Fraction(0)
    if rule == "choice":
        return maximum * Fraction(node.options[value])
    if rule == "percent":
        if node.steps:
            reached = [Fraction(s.points) for s in node.steps if Fraction(s.from_) <= value]
            return reached[-1] if reached else Fraction(0)
        return maximum * Fraction(value) / 100
    per = Fraction(node.per) * Fraction(value)
    return max(Fraction(0), maximum - per) if node.deduct else min(maximum, per)


def final(entry: Any) -> Any:
    if isinstance(entry, dict):
        return entry["appraised"] if entry.get("appraised") is not None else entry["self"]
    return entry


def oracle(criteria: CriteriaSet, scores: dict[str, Any]) -> dict[str, tuple[Fraction, Fraction]]:
    """Per node id (down to the scored nodes): (points, applicable max)."""
    out: dict[str, tuple[Fraction, Fraction]] = {}

    def walk(node: Any) -> tuple[Fraction, Fraction]:
        if node.id in scores:
            points = oracle_points(node, final(scores[node.id]))
            got = (Fraction(0), Fraction(0)) if points is None else (points, Fraction(node.max))
        else:
            parts = [walk(child) for child in node.criteria]
            got = (sum((p for p, _ in parts), Fraction(0)), sum((m for _, m in parts), Fraction(0)))
        out[node.id] = got
        return got

    total = [walk(area) for area in criteria.criteria]
    out[""] = (sum((p for p, _ in total), Fraction(0)), sum((m for _, m in total), Fraction(0)))
    return out


def score_all(case: Case) -> list[Any]:
    index = index_criteria(case.criteria)
    results = []
    for data in case.units:
        result, findings = score_unit(index, Submission.model_validate(data))
        assert not has_error(findings), findings
        results.append(result)
    return results


def walk_results(nodes: tuple[NodeResult, ...]) -> list[NodeResult]:
    out: list[NodeResult] = []
    for node in nodes:
        out.append(node)
        out.extend(walk_results(node.children))
    return out


# ---- properties ----------------------------------------------------------------------------


@FAST
@given(cases(max_units=2))
def test_total_is_the_exact_sum_of_leaf_points(case: Case) -> None:
    for data, result in zip(case.units, score_all(case), strict=True):
        expected = oracle(case.criteria, data["scores"])
        assert Fraction(result.points) == expected[""][0]
        assert Fraction(result.max) == expected[""][1]
        for node in walk_results(result.nodes):
            assert (Fraction(node.points), Fraction(node.max)) == expected[node.id], node.id
        # the unit total is the sum over its areas, and methods split the same total
        assert result.points == sum((n.points for n in result.nodes), D(0))
        assert sum(result.methods.values(), D(0)) == result.points


@FAST
@given(cases(max_units=2))
def test_points_within_zero_and_applicable_max_everywhere(case: Case) -> None:
    for result in score_all(case):
        assert 0 <= result.points <= result.max
        assert result.max <= case.criteria.max
        for node in walk_results(result.nodes):
            assert 0 <= node.points <= node.max, node.id
            if node.children:
                assert node.max == sum((c.max for c in node.children), D(0))
                assert node.points == sum((c.points for c in node.children), D(0))


def exact_key(case: Case, result: Any) -> Fraction | Decimal | None:
    exact = ratio(result.points, result.max)
    if exact is None:
        return None
    if case.criteria.rank_on == "displayed":
        return display(exact, case.criteria.display)
    return exact


@FAST
@given(cases(min_units=2, max_units=8))
def test_ranks_are_a_competition_ranking_of_the_indexes(case: Case) -> None:
    results = score_all(case)
    rep = build_report(index_criteria(case.criteria), YEAR, results)
    keys = {r.unit: exact_key(case, r) for r in results}
    ranked = {r.unit for r in results if r.ranked and keys[r.unit] is not None}
    rows = {row.unit: row for row in rep.units}
    assert set(rows) == {r.unit for r in results}
    for name, row in rows.items():
        if name not in ranked:
            assert row.rank is None
            continue
        key = keys[name]
        assert key is not None
        higher = sum(1 for other in ranked if (k := keys[other]) is not None and k > key)
        assert row.rank == 1 + higher
    # listed by rank, ties in unit id order, unranked last
    listed = [(row.rank is None, row.rank or 0) for row in rep.units]
    assert listed == sorted(listed)
    for a, b in zip(rep.units, rep.units[1:], strict=False):
        if a.rank is not None and a.rank == b.rank:
            assert a.unit < b.unit


@FAST
@given(cases(min_units=2, max_units=6), st.randoms(use_true_random=False), st.booleans())
def test_report_does_not_depend_on_input_order(case: Case, rnd: random.Random,
                                               grouped: bool) -> None:
    index = index_criteria(case.criteria)
    first = render_score(build_report(index, YEAR, score_all(case), depth=3, grouped=grouped))
    shuffled_units = []
    for data in case.units:
        items = list(data["scores"].items())
        rnd.shuffle(items)
        shuffled_units.append({**data, "scores": dict(items)})
    rnd.shuffle(shuffled_units)
    again = render_score(build_report(index, YEAR, score_all(Case(case.criteria, shuffled_units)),
                                      depth=3, grouped=grouped))
    assert again == first


TRUNCATE = Display(places=2, rounding=Rounding.DOWN)


@FAST
@given(st.integers(0, 10**7), st.integers(1, 10**7))
def test_truncation_is_the_exact_floor(points_thousandths: int, max_thousandths: int) -> None:
    points = D(points_thousandths).scaleb(-3)
    maximum = D(max_thousandths).scaleb(-3)
    exact = ratio(points, maximum)
    assert exact is not None
    shown = display(exact, TRUNCATE)
    floor_hundredths = floor(Fraction(points_thousandths, max_thousandths) * 100 * 100)
    assert Fraction(shown) == Fraction(floor_hundredths, 100)
    assert Fraction(shown) <= exact < Fraction(shown) + Fraction(1, 100)


@FAST
@given(cases(min_units=1, max_units=4))
def test_displayed_index_in_report_is_the_rounded_exact_index(case: Case) -> None:
    results = score_all(case)
    rep = build_report(index_criteria(case.criteria), YEAR, results, depth=2)
    rule = case.criteria.display
    places = Fraction(1, 10**rule.places)
    for row in rep.units:
        if row.max == 0:
            assert row.index is None
            continue
        exact = Fraction(row.points) / Fraction(row.max) * 100
        assert row.index is not None
        shown = Fraction(row.index)
        assert abs(shown - exact) < places
        if rule.rounding is Rounding.DOWN:
            assert shown == Fraction(floor(exact / places)) * places
        else:
            assert abs(shown - exact) <= places / 2
        for node in row.nodes:
            if node.max != 0:
                node_exact = Fraction(node.points) / Fraction(node.max) * 100
                assert node.index is not None
                assert abs(Fraction(node.index) - node_exact) < places
