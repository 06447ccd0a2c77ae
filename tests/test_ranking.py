"""Ranks, bands, groups and the report (par_cli.ranking): docs/arithmetic.md."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from par_cli.models import CriteriaSet, Submission
from par_cli.ranking import build_report, competition_ranks
from par_cli.results import ScoreReport, UnitRow
from par_cli.scoring import UnitResult, has_error, index_criteria, score_unit

D = Decimal


# ---- helpers ---------------------------------------------------------------------------------


def criteria_set(**fields: Any) -> CriteriaSet:
    """Two areas of points leaves: "1" (60 = 1.1 40 + 1.2 20) and "2" (40); total 100."""
    data: dict[str, Any] = {
        "format": "par-criteria/1",
        "id": "rank-set",
        "title": "Ranking test set",
        "years": [2023],
        "max": D("100"),
        "display": {"places": 2, "rounding": "down"},
        "bands": [{"name": "A", "min": D("90")}, {"name": "B", "min": D("80")},
                  {"name": "C", "min": D("70")}],
        "criteria": [
            {"id": "1", "name": "Area one", "max": D("60"), "criteria": [
                {"id": "1.1", "name": "One one", "max": D("40")},
                {"id": "1.2", "name": "One two", "max": D("20")},
            ]},
            {"id": "2", "name": "Area two", "max": D("40")},
        ],
    }
    data.update(fields)
    return CriteriaSet.model_validate(data)


SET = criteria_set()


def unit(unit_id: str, a1: Any, a2: Any, criteria: CriteriaSet = SET, **fields: Any
         ) -> UnitResult:
    """A unit scored on its two areas (``a1`` on area 1 as a whole, ``a2`` on area 2)."""
    data: dict[str, Any] = {
        "format": "par-submission/1", "criteria": criteria.id, "year": 2023, "unit": unit_id,
        "name": unit_id.replace("-", " ").title(), "scores": {"1": a1, "2": a2},
    }
    data.update(fields)
    result, findings = score_unit(index_criteria(criteria), Submission.model_validate(data))
    assert not has_error(findings), findings
    return result


def unit_total(unit_id: str, total: str, criteria: CriteriaSet = SET, **fields: Any
               ) -> UnitResult:
    """A unit whose total is ``total`` points out of 100 (split over the two areas)."""
    points = D(total)
    a2 = min(points, D("40"))
    return unit(unit_id, points - a2, a2, criteria, **fields)


def report(results: list[UnitResult], criteria: CriteriaSet = SET, **options: Any
           ) -> ScoreReport:
    return build_report(index_criteria(criteria), 2023, results, **options)


def by_unit(rep: ScoreReport) -> dict[str, UnitRow]:
    return {row.unit: row for row in rep.units}


def ranks(rep: ScoreReport) -> dict[str, int | None]:
    return {row.unit: row.rank for row in rep.units}


# ---- competition ranking ---------------------------------------------------------------------


def test_competition_ranks_ties_share_and_skip() -> None:
    keys: dict[str, Any] = {"a": D("90"), "b": D("85"), "c": D("85"), "d": D("80")}
    assert competition_ranks(keys) == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_competition_ranks_none_gets_no_rank() -> None:
    keys: dict[str, Any] = {"a": D("1"), "b": None, "c": D("2")}
    assert competition_ranks(keys) == {"c": 1, "a": 2}


def test_competition_ranks_all_tied() -> None:
    assert competition_ranks({"a": D("5"), "b": D("5.0"), "c": D("5.00")}) == {
        "a": 1, "b": 1, "c": 1}


def test_report_ranks_1_2_2_4() -> None:
    rep = report([unit_total("d", "80"), unit_total("c", "85"), unit_total("b", "85"),
                  unit_total("a", "90")])
    assert ranks(rep) == {"a": 1, "b": 2, "c": 2, "d": 4}
    assert [row.unit for row in rep.units] == ["a", "b", "c", "d"]


def test_ties_listed_in_unit_id_order_whatever_the_input_order() -> None:
    results = [unit_total(u, "85") for u in ("zeta", "alpha", "mu")] + [unit_total("top", "99")]
    for order in (results, results[::-1]):
        rep = report(order)
        assert [row.unit for row in rep.units] == ["top", "alpha", "mu", "zeta"]
        assert [row.rank for row in rep.units] == [1, 2, 2, 2]


def test_ranks_use_the_index_not_raw_points() -> None:
    # "small" has area 2 n/a: 55 / 60 = 91.66 %, above "big" with 85 / 100 = 85 %.
    small = unit("small", D("55"), "n/a")
    big = unit("big", D("50"), D("35"))
    rep = report([big, small])
    rows = by_unit(rep)
    assert rows["small"].points < rows["big"].points
    assert rows["small"].max == D("60")
    assert rows["small"].index == D("91.66")
    assert ranks(rep) == {"small": 1, "big": 2}
    assert rows["small"].band == "A"
    assert rows["big"].band == "B"


def test_equal_indexes_with_different_maxima_tie() -> None:
    # 45/60 = 75 % and 75/100 = 75 %
    rep = report([unit("a-na", D("45"), "n/a"), unit("b-full", D("45"), D("30"))])
    assert ranks(rep) == {"a-na": 1, "b-full": 1}


def test_rank_on_exact_separates_what_displays_equal() -> None:
    results = [unit_total("a", "85.001"), unit_total("b", "85.004")]
    rep = report(results)
    rows = by_unit(rep)
    assert rows["a"].index == rows["b"].index == D("85.00")
    assert ranks(rep) == {"b": 1, "a": 2}


def test_rank_on_displayed_ties_what_displays_equal() -> None:
    shown = criteria_set(rank_on="displayed")
    results = [unit_total("b", "85.004", shown), unit_total("a", "85.001", shown),
               unit_total("c", "84.999", shown)]
    rep = report(results, shown)
    assert ranks(rep) == {"a": 1, "b": 1, "c": 3}
    assert [row.unit for row in rep.units] == ["a", "b", "c"]


def test_rank_on_displayed_follows_the_rounding_mode() -> None:
    half_up = criteria_set(rank_on="displayed", display={"places": 1, "rounding": "half-up"})
    rep = report([unit_total("a", "85.05", half_up), unit_total("b", "85.14", half_up)],
                 half_up)
    assert ranks(rep) == {"a": 1, "b": 1}  # both 85.1


# ---- bands -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "band"),
    [("100", "A"), ("90", "A"), ("89.999", "B"), ("80", "B"), ("79.99", "C"), ("70", "C"),
     ("69.999", None), ("0", None)],
)
def test_first_band_reached(total: str, band: str | None) -> None:
    rep = report([unit_total("u", total)])
    assert rep.units[0].band == band


def test_band_on_exact_index_not_the_displayed_one() -> None:
    # 89.999 truncates to 89.99 either way; half-up would show 90.00 yet the unit is below 90.
    half_up = criteria_set(display={"places": 2, "rounding": "half-up"})
    rep = report([unit_total("u", "89.999", half_up)], half_up)
    assert rep.units[0].index == D("90.00")
    assert rep.units[0].band == "B"


def test_no_bands_declared() -> None:
    plain_set = criteria_set(bands=[])
    rep = report([unit_total("u", "95", plain_set)], plain_set)
    assert rep.units[0].band is None
    assert rep.summary.bands == ()


# ---- unranked units ----------------------------------------------------------------------------


def test_unranked_units_get_no_rank_and_push_no_one_down() -> None:
    results = [unit_total("best", "99", ranked=False), unit_total("b", "90"),
               unit_total("c", "80"), unit_total("also-out", "85", ranked=False)]
    rep = report(results)
    assert ranks(rep) == {"b": 1, "c": 2, "best": None, "also-out": None}
    rows = by_unit(rep)
    assert rows["best"].index == D("99.00")
    assert rows["best"].band == "A"  # scored and shown
    # ranked units first, then the unranked
    assert [row.unit for row in rep.units][:2] == ["b", "c"]
    assert {row.unit for row in rep.units[2:]} == {"best", "also-out"}


def test_unranked_units_take_no_node_rank() -> None:
    rep = report([unit("out", D("60"), D("40"), ranked=False), unit("in", D("30"), D("20"))])
    rows = by_unit(rep)
    assert [n.rank for n in rows["in"].nodes] == [1, 1]
    assert [n.rank for n in rows["out"].nodes] == [None, None]


# ---- groups ------------------------------------------------------------------------------------


def test_grouped_ranks_within_each_group_and_keeps_overall_rank() -> None:
    results = [
        unit_total("n1", "95", group="north"), unit_total("n2", "85", group="north"),
        unit_total("s1", "90", group="south"), unit_total("s2", "80", group="south"),
        unit_total("s3", "90", group="south"),
    ]
    rep = report(results, grouped=True)
    rows = by_unit(rep)
    assert {u: r.group_rank for u, r in rows.items()} == {
        "n1": 1, "n2": 2, "s1": 1, "s3": 1, "s2": 3}
    assert {u: r.rank for u, r in rows.items()} == {"n1": 1, "s1": 2, "s3": 2, "n2": 4, "s2": 5}
    assert rep.grouped
    data = rep.json_data()
    assert all("group" in u and "group_rank" in u for u in data["units"])


def test_not_grouped_has_no_group_rank_in_json() -> None:
    rep = report([unit_total("a", "90", group="north")])
    assert rep.units[0].group_rank is None
    assert "group_rank" not in rep.json_data()["units"][0]
    assert "group" not in rep.json_data()["units"][0]


def test_units_without_group_rank_together() -> None:
    results = [unit_total("a", "90"), unit_total("b", "95"), unit_total("c", "70", group="x")]
    rows = by_unit(report(results, grouped=True))
    assert rows["b"].group_rank == 1
    assert rows["a"].group_rank == 2
    assert rows["c"].group_rank == 1


# ---- --top -------------------------------------------------------------------------------------


TIES = [unit_total("a", "90"), unit_total("b", "85"), unit_total("c", "85"),
        unit_total("d", "80"), unit_total("e", "75")]


@pytest.mark.parametrize(("top", "kept"), [
    (1, ["a"]), (2, ["a", "b", "c"]), (3, ["a", "b", "c"]), (4, ["a", "b", "c", "d"]),
    (10, ["a", "b", "c", "d", "e"]),
])
def test_top_keeps_every_unit_tied_at_n(top: int, kept: list[str]) -> None:
    rep = report(TIES, top=top)
    assert [row.unit for row in rep.units] == kept


def test_top_does_not_change_ranks_or_summary() -> None:
    full = report(TIES)
    cut = report(TIES, top=2)
    assert [r.rank for r in cut.units] == [1, 2, 2]
    assert cut.summary == full.summary


def test_top_with_groups_keeps_top_of_each_group() -> None:
    results = [unit_total("n1", "95", group="north"), unit_total("n2", "85", group="north"),
               unit_total("s1", "90", group="south"), unit_total("s2", "80", group="south")]
    rep = report(results, grouped=True, top=1)
    assert sorted(row.unit for row in rep.units) == ["n1", "s1"]


# ---- node ranks ----------------------------------------------------------------------------


def test_node_ranks_per_top_level_node() -> None:
    results = [unit("a", D("60"), D("20")), unit("b", D("30"), D("40")),
               unit("c", D("30"), D("30"))]
    rows = by_unit(report(results))
    assert [n.rank for n in rows["a"].nodes] == [1, 3]
    assert [n.rank for n in rows["b"].nodes] == [2, 1]
    assert [n.rank for n in rows["c"].nodes] == [2, 2]
    assert [n.id for n in rows["a"].nodes] == ["1", "2"]
    assert rows["a"].nodes[0].index == D("100.00")
    assert rows["a"].nodes[1].index == D("50.00")


def test_node_ranks_on_node_index_with_na() -> None:
    # Area 1 of "x": 1.2 n/a, so 1.1 alone: 38 / 40 = 95 % beats "y" with 56 / 60 = 93.33 %.
    x_data = {"format": "par-submission/1", "criteria": "rank-set", "year": 2023, "unit": "x",
              "name": "X", "scores": {"1.1": D("38"), "1.2": "n/a", "2": D("10")}}
    x, findings = score_unit(index_criteria(SET), Submission.model_validate(x_data))
    assert not has_error(findings)
    y = unit("y", D("56"), D("10"))
    rows = by_unit(report([x, y]))
    assert rows["x"].nodes[0].max == D("40")
    assert rows["x"].nodes[0].rank == 1
    assert rows["y"].nodes[0].rank == 2


def test_na_node_has_no_index_and_no_rank() -> None:
    rows = by_unit(report([unit("a", D("50"), "n/a"), unit("b", D("50"), D("40"))]))
    node = rows["a"].nodes[1]
    assert node.max == 0
    assert node.index is None
    assert node.rank is None
    assert rows["b"].nodes[1].rank == 1


def test_depth_two_nests_and_ranks_children() -> None:
    x_data = {"format": "par-submission/1", "criteria": "rank-set", "year": 2023, "unit": "x",
              "name": "X", "scores": {"1.1": D("40"), "1.2": D("10"), "2": D("10")}}
    x, _ = score_unit(index_criteria(SET), Submission.model_validate(x_data))
    y_data = {**x_data, "unit": "y", "scores": {"1.1": D("20"), "1.2": D("20"), "2": D("10")}}
    y, _ = score_unit(index_criteria(SET), Submission.model_validate(y_data))
    rows = by_unit(report([x, y], depth=2))
    area = rows["x"].nodes[0]
    assert area.nodes is not None
    assert [c.id for c in area.nodes] == ["1.1", "1.2"]
    assert [c.rank for c in area.nodes] == [1, 2]
    assert [c.rank for c in rows["y"].nodes[0].nodes or ()] == [2, 1]
    assert rows["x"].nodes[1].nodes == ()  # a leaf area: no children
    flat = by_unit(report([x, y]))
    assert flat["x"].nodes[0].nodes is None


# ---- summary -------------------------------------------------------------------------------


def test_summary_average_over_ranked_units_and_band_counts() -> None:
    results = [unit_total("a", "95"), unit_total("b", "85"), unit_total("c", "80.5"),
               unit_total("d", "50"), unit_total("out", "10", ranked=False)]
    summary = report(results).summary
    assert summary.units == 5
    assert summary.ranked == 4
    # (95 + 85 + 80.5 + 50) / 4 = 77.625, truncated
    assert summary.average_index == D("77.62")
    assert {b.name: b.count for b in summary.bands} == {"A": 1, "B": 2, "C": 0}
    assert summary.no_band == 1


def test_summary_average_is_of_indexes_not_points() -> None:
    # 55/60 = 91.666…, 85/100 = 85: average 88.333… (points would give 70)
    summary = report([unit("a", D("55"), "n/a"), unit("b", D("50"), D("35"))]).summary
    assert summary.average_index == D("88.33")


def test_summary_without_ranked_units() -> None:
    summary = report([unit_total("a", "90", ranked=False)]).summary
    assert summary.ranked == 0
    assert summary.average_index is None
    assert all(b.count == 0 for b in summary.bands)


# ---- applicable max 0 ----------------------------------------------------------------------


def test_unit_with_applicable_max_zero_has_no_index_and_no_rank() -> None:
    empty = unit("empty", "n/a", "n/a")
    rep = report([empty, unit_total("a", "70"), unit_total("b", "60")])
    rows = by_unit(rep)
    assert rows["empty"].max == 0
    assert rows["empty"].index is None
    assert rows["empty"].rank is None
    assert rows["empty"].band is None
    assert ranks(rep) == {"a": 1, "b": 2, "empty": None}
    assert rep.summary.ranked == 2
    assert rep.summary.average_index == D("65.00")
    assert rep.units[-1].unit == "empty"


# ---- report shape --------------------------------------------------------------------------


def test_report_json_data_shape() -> None:
    rep = report([unit_total("a", "89.22")])
    data = rep.json_data()
    assert set(data) == {"criteria", "year", "units", "summary", "left_out"}
    assert data["criteria"] == {"id": "rank-set", "title": "Ranking test set", "max": D("100")}
    assert data["year"] == 2023
    row = data["units"][0]
    assert list(row) == ["unit", "name", "name_vi", "rank", "points", "max", "index", "band",
                         "nodes", "methods"]
    assert row["index"] == D("89.22")
    assert set(row["nodes"][0]) == {"id", "name", "points", "max", "index", "rank"}
