"""Unit tests of the pure comparison (par_cli.compare)."""

from __future__ import annotations

from decimal import Decimal

from helpers import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from par_cli.compare import (
    NodeView,
    UnitView,
    YearView,
    compare_years,
    map_problems,
    only_unit,
    sort_units,
)
from par_cli.models import Display, Rounding

DOWN = Display(places=2, rounding=Rounding.DOWN)


NodeSpec = dict[str, tuple[str, str, int]]


def unit(uid: str, points: str, rank: int | None, nodes: NodeSpec | None = None,
         band: str | None = None) -> UnitView:
    return UnitView(
        unit=uid, name=uid.replace("-", " ").title(), name_vi=None, rank=rank,
        points=Decimal(points), max=Decimal(100), band=band,
        nodes={k: NodeView(Decimal(p), Decimal(m), r) for k, (p, m, r) in (nodes or {}).items()},
    )


def year(y: int, units: list[UnitView], set_id: str = "s", names: dict[str, str] | None = None,
         ) -> YearView:
    node_names = {k: (v, None) for k, v in (names or {"3": "Procedures"}).items()}
    return YearView(criteria_id=set_id, title="T", year=y, display=DOWN, node_names=node_names,
                    units={u.unit: u for u in units},
                    ranked_count=sum(u.rank is not None for u in units))


def test_long_an_reads_like_the_article() -> None:
    old = year(2022, [unit("long-an", "87.41", 8, {"3": ("10.4", "13", 55)}, "B")])
    new = year(2023, [unit("long-an", "89.22", 8, {"3": ("12.98", "13", 5)}, "B")])
    report = compare_years(old, new)
    (la,) = report.units
    assert la.status == "both"
    assert la.index_change == Decimal("1.81")
    assert la.rank_change == 0
    (node,) = la.nodes
    assert (node.old_rank, node.new_rank, node.rank_change) == (55, 5, 50)
    assert node.new_index == Decimal("99.84")
    assert node.index_change == Decimal("19.84")


def test_new_and_gone_units_are_listed_never_dropped() -> None:
    old = year(2022, [unit("a", "80", 1), unit("b", "70", 2)])
    new = year(2023, [unit("a", "85", 1), unit("c", "90", None)])
    report = compare_years(old, new)
    statuses = {u.unit: u.status for u in report.units}
    assert statuses == {"a": "both", "b": "gone", "c": "new"}
    gone = next(u for u in report.units if u.unit == "b")
    assert gone.new is None and gone.old is not None and gone.index_change is None
    assert report.summary.new == 1 and report.summary.gone == 1
    assert report.summary.up == 1 and report.summary.down == 0


def test_rank_change_is_old_minus_new_and_ties_share() -> None:
    old = year(2022, [unit("a", "80", 2), unit("b", "90", 1)])
    new = year(2023, [unit("a", "95", 1), unit("b", "90", 2)])
    report = compare_years(old, new)
    changes = {u.unit: u.rank_change for u in report.units}
    assert changes == {"a": 1, "b": -1}
    assert report.summary.largest_rise is not None and report.summary.largest_rise.unit == "a"
    assert report.summary.largest_fall is None  # b's index did not change
    assert report.summary.same == 1


def test_changes_come_from_exact_values_then_rounded() -> None:
    # 1/3 and 2/3 of a point: the exact change is 1/3, shown truncated as 0.33
    old = YearView("s", "T", 2022, DOWN, {}, {"a": UnitView("a", "A", None, 1, Decimal(1),
                                                             Decimal(3), None, {})}, 1)
    new = YearView("s", "T", 2023, DOWN, {}, {"a": UnitView("a", "A", None, 1, Decimal(2),
                                                             Decimal(3), None, {})}, 1)
    (a,) = compare_years(old, new).units
    assert a.index_change == Decimal("33.33")
    assert a.old is not None and a.old.index == Decimal("33.33")
    assert a.new is not None and a.new.index == Decimal("66.66")


def test_map_renames_and_merges() -> None:
    old = year(2024, [unit("long-an", "89.68", 16), unit("tay-ninh", "88", 20),
                      unit("ha-noi", "91", 3)])
    new = year(2025, [unit("tay-ninh", "90", 5), unit("thu-do", "92", 1)])
    mapping = {"long-an": "tay-ninh", "ha-noi": "thu-do"}
    report = compare_years(old, new, mapping)
    pairs = sorted((u.unit, u.old_unit or "", u.status) for u in report.units)
    assert pairs == [("tay-ninh", "long-an", "both"), ("tay-ninh", "tay-ninh", "both"),
                     ("thu-do", "ha-noi", "both")]
    assert map_problems(old, new, mapping) == []
    unknown = map_problems(old, new, {"nowhere": "tay-ninh"})
    assert [str(m) for m in unknown] == ["unit 'nowhere' is in neither year"]


def test_different_criteria_sets_are_said_first_and_nodes_named() -> None:
    old = year(2023, [unit("a", "80", 1, {"3": ("10", "13", 1), "9": ("1", "2", 1)})],
               set_id="old-set", names={"3": "Procedures", "9": "Gone area"})
    new = year(2024, [unit("a", "85", 1, {"3": ("11", "13", 1)})], set_id="new-set",
               names={"3": "Procedure reform"})
    report = compare_years(old, new)
    assert report.same_criteria is False
    notes = [str(n) for n in report.notes]
    assert "different criteria sets" in notes[0]
    assert "nodes only in old-set: 9" in notes
    assert any("'Procedures'" in n and "'Procedure reform'" in n for n in notes)
    (a,) = report.units
    assert [n.id for n in a.nodes] == ["3"]
    assert a.nodes[0].old_name == "Procedures"


def test_same_year_is_noted() -> None:
    report = compare_years(year(2023, [unit("a", "80", 1)]), year(2023, [unit("a", "81", 1)]))
    assert [str(n) for n in report.notes] == [
        "both sides are 2023: comparing two appraisals of the same year"]


def test_sorting_and_one_unit() -> None:
    old = year(2022, [unit("a", "80", 3), unit("b", "85", 2), unit("c", "90", 1)])
    new = year(2023, [unit("a", "95", 1), unit("b", "84", 3), unit("c", "91", 2)])
    report = compare_years(old, new)
    assert [u.unit for u in report.units] == ["a", "c", "b"]
    by_rank = sort_units(report, "rank-change")
    # largest rise first; b and c both fell one place: a tie, listed in unit id order
    assert [(u.unit, u.rank_change) for u in by_rank.units] == [("a", 2), ("b", -1), ("c", -1)]
    by_index = sort_units(report, "index-change")
    assert [u.unit for u in by_index.units] == ["a", "c", "b"]
    assert [u.unit for u in only_unit(report, "b").units] == ["b"]


@settings(max_examples=examples(50), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 10_000)), min_size=1,
                max_size=12))
def test_comparing_a_year_with_itself_changes_nothing(values: list[tuple[int, int]]) -> None:
    units = []
    for i, (points, maximum) in enumerate(values):
        p = Decimal(min(points, maximum)) / 100
        units.append(UnitView(f"u{i}", f"U{i}", None, i + 1, p, Decimal(maximum) / 100, None,
                              {"1": NodeView(p, Decimal(maximum) / 100, i + 1)}))
    view = YearView("s", "T", 2023, DOWN, {"1": ("Area", None)}, {u.unit: u for u in units},
                    len(units))
    report = compare_years(view, view)
    for u in report.units:
        assert u.status == "both"
        assert u.index_change == 0 and u.rank_change == 0
        assert all(n.rank_change == 0 and n.index_change == 0 for n in u.nodes)
    assert report.summary.up == 0 and report.summary.down == 0
    assert report.summary.same == len(units)
    assert report.summary.average_index_change == 0
