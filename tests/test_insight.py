"""Tests of par explain, par gap and par audit: the core functions and their CLI."""

from __future__ import annotations

import shutil
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, as_json, cli, examples
from hypothesis import given, settings
from hypothesis import strategies as st

from par_cli.errors import RunError
from par_cli.explain import audit_units, explain_unit
from par_cli.gap import gap_unit, parse_sets, parse_value
from par_cli.models import CriteriaSet, Submission
from par_cli.scoring import index_criteria, score_unit


def criteria(bands: bool = True, rank_on: str = "exact") -> CriteriaSet:
    return CriteriaSet.model_validate({
        "format": "par-criteria/1", "id": "mini", "title": "Mini", "years": [2023],
        "max": Decimal(10), "rank_on": rank_on,
        "display": {"places": 2, "rounding": "down"},
        "bands": [{"name": "A", "min": 90}, {"name": "B", "min": 80}] if bands else [],
        "criteria": [
            {"id": "1", "name": "One", "max": Decimal(6), "criteria": [
                {"id": "1.1", "name": "Yes", "max": Decimal(2), "rule": "yes-no"},
                {"id": "1.2", "name": "Pct", "max": Decimal(4), "rule": "percent"},
            ]},
            {"id": "2", "name": "Two", "max": Decimal(4)},
        ],
    })


def submission(unit: str, scores: dict[str, Any], ranked: bool = True) -> Submission:
    return Submission.model_validate({"format": "par-submission/1", "criteria": "mini",
                                      "year": 2023, "unit": unit, "name": unit.upper(),
                                      "ranked": ranked, "scores": scores})


def run(subs: list[Submission], cs: CriteriaSet | None = None) -> tuple[Any, list[Any]]:
    index = index_criteria(cs or criteria())
    results = []
    for sub in subs:
        result, findings = score_unit(index, sub)
        assert not findings, findings
        results.append(result)
    return index, results


def units(*totals: tuple[str, str]) -> list[Submission]:
    """Units whose only variable part is area 2 (1.1 yes, 1.2 100 %: 6 points)."""
    return [submission(u, {"1.1": True, "1.2": Decimal(100), "2": Decimal(p)}) for u, p in totals]


def test_gap_next_rank_top_and_band() -> None:
    subs = units(("a", "4"), ("b", "3.5"), ("c", "3.5"), ("d", "2"), ("e", "1"))
    index, results = run(subs)
    report = gap_unit(index, 2023, results, {s.unit: s for s in subs}, "d", top_n=3)
    assert report.rank == 4
    assert report.next_rank is not None
    assert report.next_rank.rank == 2  # tying b and c shares rank 2
    assert report.next_rank.points_needed == Decimal("1.5")
    assert report.top is not None and report.top.points_needed == Decimal("1.5")
    assert report.next_band is not None and report.next_band.band == "A"
    assert report.next_band.points_needed == Decimal("1")  # 8 → 9 points of 10


def test_gap_already_first_and_in_top_and_no_higher_band() -> None:
    subs = units(("a", "4"), ("b", "3"))
    index, results = run(subs)
    report = gap_unit(index, 2023, results, {s.unit: s for s in subs}, "a", top_n=10)
    assert report.rank == 1
    assert report.next_rank is not None and report.next_rank.points_needed == 0
    assert report.top is not None and report.top.points_needed == 0
    assert report.next_band is None  # 100 % is band A, the highest
    assert report.headroom == ()


def test_gap_tie_means_next_distinct_index() -> None:
    subs = units(("a", "3"), ("b", "3"), ("c", "2"))
    index, results = run(subs)
    report = gap_unit(index, 2023, results, {s.unit: s for s in subs}, "a")
    assert report.rank == 1 and report.next_rank is not None
    assert report.next_rank.points_needed == 0


def test_gap_uses_the_index_with_na() -> None:
    subs = [submission("a", {"1.1": True, "1.2": Decimal(100), "2": Decimal(3)}),  # 9/10
            submission("b", {"1.1": True, "1.2": Decimal(50), "2": "n/a"})]       # 4/6
    index, results = run(subs)
    report = gap_unit(index, 2023, results, {s.unit: s for s in subs}, "b")
    # to tie 90 % of an applicable max of 6, b needs 5.4 points: 1.4 more
    assert report.next_rank is not None
    assert report.next_rank.points_needed == Decimal("1.4")
    assert [h.id for h in report.headroom] == ["1.2"]


def test_gap_shown_needed_is_rounded_up() -> None:
    subs = [submission("a", {"1.1": True, "1.2": Decimal(100), "2": Decimal("3.333")}),
            submission("b", {"1.1": True, "1.2": Decimal(100), "2": Decimal("3")})]
    index, results = run(subs)
    report = gap_unit(index, 2023, results, {s.unit: s for s in subs}, "b")
    assert report.next_rank is not None
    assert report.next_rank.points_needed == Decimal("0.333")
    assert report.next_rank.shown_needed == Decimal("0.34")


def test_what_if_set_errors() -> None:
    subs = units(("a", "4"), ("b", "3"))
    index, results = run(subs)
    by_unit = {s.unit: s for s in subs}
    with pytest.raises(RunError, match="did you mean '1.2'"):
        gap_unit(index, 2023, results, by_unit, "b", sets=[("1.3", Decimal(1))])
    with pytest.raises(RunError, match="outside 0..100"):
        gap_unit(index, 2023, results, by_unit, "b", sets=[("1.2", Decimal(120))])
    area_scored = [submission("c", {"1": Decimal(5), "2": Decimal(3)})]
    index2, results2 = run(area_scored)
    with pytest.raises(RunError, match="ancestor '1'"):
        gap_unit(index2, 2023, results2, {"c": area_scored[0]}, "c", sets=[("1.1", True)])
    with pytest.raises(RunError, match="unit 'zz'"):
        gap_unit(index, 2023, results, by_unit, "zz")


def test_parse_values() -> None:
    assert parse_value("yes") is True and parse_value("No") is False
    assert parse_value("80") == Decimal(80) and parse_value("0.1") == Decimal("0.1")
    assert parse_value("n/a") == "n/a" and parse_value("full") == "full"
    assert parse_sets(["3.1.1=yes", "5.2=80"]) == [("3.1.1", True), ("5.2", Decimal(80))]
    with pytest.raises(RunError, match=r"^--set 'nothing' must look like ID=VALUE "):
        parse_sets(["nothing"])


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.integers(0, 400), min_size=2, max_size=8),
       st.integers(0, 100), st.booleans())
def test_what_if_equals_rescoring_an_edited_submission(
    area_two: list[int], pct: int, yes: bool
) -> None:
    subs = [submission(f"u{i}", {"1.1": True, "1.2": Decimal(50), "2": Decimal(p) / 100})
            for i, p in enumerate(area_two)]
    index, results = run(subs)
    by_unit = {s.unit: s for s in subs}
    report = gap_unit(index, 2023, results, by_unit, "u0",
                      sets=[("1.2", Decimal(pct)), ("1.1", yes)])
    edited = submission("u0", {"1.1": yes, "1.2": Decimal(pct), "2": Decimal(area_two[0]) / 100})
    _, rescored = run([edited, *subs[1:]])
    mine = rescored[0]
    assert report.what_if is not None
    assert report.what_if.points == mine.points
    expected_rank = 1 + sum(
        1 for r in rescored[1:]
        if Fraction(r.points) / Fraction(r.max) > Fraction(mine.points) / Fraction(mine.max))
    assert report.what_if.rank == expected_rank


def test_explain_tree() -> None:
    subs = [submission("a", {"1.1": {"self": True, "appraised": False, "note": "late",
                                     "evidence": ["12/QĐ"]},
                             "1.2": {"self": Decimal(100), "evidence": ["x"]},
                             "2": "n/a"}),
            submission("b", {"1.1": True, "1.2": Decimal(50), "2": Decimal(4)})]
    index, results = run(subs)
    report = explain_unit(index, 2023, results, "a")
    assert report.points == Decimal(4) and report.max == Decimal(6)
    one, two = report.nodes
    assert one.rank == 1 and one.lost == Decimal(2)
    yes, pct = one.nodes
    assert (yes.self, yes.appraised, yes.note) == (Decimal(2), Decimal(0), "late")
    assert pct.self == Decimal(4) and pct.appraised is None and not pct.without_evidence
    assert two.not_applicable and two.max == 0 and two.index is None and two.rank is None
    b = explain_unit(index, 2023, results, "b")
    assert b.nodes[0].nodes[0].without_evidence
    with pytest.raises(RunError) as error:
        explain_unit(index, 2023, results, "zz")
    # the unknown unit, and the units there are
    assert str(error.value) == "unit 'zz' is not among the submissions (units: a, b, …)"


def test_audit_sums() -> None:
    subs = [submission("a", {"1.1": {"self": True, "appraised": False},
                             "1.2": {"self": Decimal(100), "appraised": Decimal(75),
                                     "evidence": ["e"]},
                             "2": Decimal(4)}),
            submission("b", {"1.1": True, "1.2": Decimal(50), "2": Decimal(4)})]
    index, results = run(subs)
    report = audit_units(index, 2023, results)
    first, second = report.units
    assert first.unit == "a"
    assert first.self_points == Decimal(10) and first.final_points == Decimal(7)
    assert first.lost_in_appraisal == Decimal(3)  # (2 - 0) + (4 - 3)
    assert first.changed_nodes == 2 and first.without_evidence == 1
    assert second.lost_in_appraisal == 0 and second.changed_nodes == 0


# ---- CLI ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("at_repo_root")
def test_cli_gap_long_an() -> None:
    code, out, err = cli("gap", "examples/provinces/2023", "--unit", "long-an")
    assert code == 0, err
    assert "rank 8/63" in out
    assert "share rank 7" in out
    assert "already in the top 10" in out
    code, out, _ = cli("gap", "examples/provinces/2023", "--unit", "long-an", "-f", "json")
    data = as_json(out)
    assert set(data) == {"unit", "name", "name_vi", "rank", "points", "index", "next_rank",
                         "top", "next_band", "headroom", "next_steps", "what_if"}
    assert data["next_rank"]["rank"] == 7 and data["top"] == {"n": 10, "points_needed": 0}
    assert data["what_if"] is None


@pytest.mark.usefixtures("at_repo_root")
def test_cli_gap_set_matches_rescoring_an_edited_file(tmp_path: Path) -> None:
    code, out, _ = cli("gap", "examples/provinces/2023", "--unit", "long-an", "--set", "8=16.5",
                       "-f", "json")
    assert code == 0
    what_if = as_json(out)["what_if"]
    edited = tmp_path / "2023"
    shutil.copytree(REPO / "examples/provinces/2023", edited)
    path = edited / "long-an.yaml"
    text = path.read_text(encoding="utf-8")
    assert '"8": 13.51' in text
    path.write_text(text.replace('"8": 13.51', '"8": 16.5'), encoding="utf-8")
    code, out, _ = cli("score", str(edited), "-f", "json")
    la = next(u for u in as_json(out)["units"] if u["unit"] == "long-an")
    assert (what_if["points"], what_if["index"], what_if["rank"]) == (
        la["points"], la["index"], la["rank"])


@pytest.mark.usefixtures("at_repo_root")
def test_cli_gap_bad_set_is_exit_1() -> None:
    code, _, err = cli("gap", "examples/provinces/2023", "--unit", "long-an", "--set", "3.1=1")
    assert code == 1 and "3.1" in err and "Traceback" not in err
    assert "par: error: --set 3.1: unknown criterion id in 'par-province-2022'" in err
    code, _, err = cli("gap", "examples/provinces/2023", "--unit", "long-an", "--set", "3=14")
    assert code == 1 and "outside 0..13" in err


@pytest.mark.usefixtures("at_repo_root")
def test_cli_explain_and_audit() -> None:
    code, out, err = cli("explain", "examples/departments/2023", "--unit", "so-tu-phap")
    assert code == 0, err
    assert "self 3.00 → appraised 1.50" in out and "no evidence" in out
    code, out, _ = cli("explain", "examples/departments/2023", "--unit", "so-tu-phap",
                       "-f", "json", "--depth", "1")
    data = as_json(out)
    assert set(data) == {"unit", "name", "name_vi", "rank", "points", "max", "index", "band",
                         "nodes"}
    assert all(n["nodes"] == [] for n in data["nodes"])
    code, out, _ = cli("audit", "examples/departments/2023", "-f", "json")
    rows = as_json(out)["units"]
    for row in rows:
        assert row["lost_in_appraisal"] == row["self_points"] - row["final_points"]
    lost = [row["lost_in_appraisal"] for row in rows]
    assert lost == sorted(lost, reverse=True)
    for fmt in ("table", "csv", "markdown"):
        code, out, _ = cli("audit", "examples/departments/2023", "-f", fmt)
        assert code == 0 and "Department of Justice" in out
    code, _, err = cli("explain", "examples/departments/2023", "--unit", "nobody")
    assert code == 1 and "nobody" in err
    assert err.splitlines()[-1].startswith(
        "par: error: unit 'nobody' is not among the submissions (units: so-giao-duc, ")


@pytest.mark.usefixtures("at_repo_root")
def test_audit_lost_equals_sum_of_node_cuts_in_explain() -> None:
    code, out, _ = cli("audit", "examples/departments/2023", "-f", "json")
    rows = as_json(out)["units"]
    assert any(row["lost_in_appraisal"] > 0 for row in rows)

    def cuts(nodes: list[dict[str, Any]]) -> Decimal:
        total = Decimal(0)
        for node in nodes:
            if node["self"] is not None and node["appraised"] is not None:
                total += Decimal(node["self"]) - Decimal(node["appraised"])
            total += cuts(node["nodes"])
        return total

    for row in rows:
        code, out, _ = cli("explain", "examples/departments/2023", "--unit", row["unit"],
                           "-f", "json")
        assert code == 0
        tree = as_json(out)
        assert cuts(tree["nodes"]) == row["lost_in_appraisal"], row["unit"]
