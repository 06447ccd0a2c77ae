"""``par score --rank-by NODE`` (docs/commands.md#par-score): ranked and sorted by one node's
index, the overall rank kept beside it; with ``--group``, ranks within groups and group
averages in the footer."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, YEARS, as_json, cli

from par_cli.explain import explain_unit
from par_cli.ranking import build_report
from par_cli.runs import ScoredRun, score_run

DEPARTMENTS = REPO / "examples" / "departments" / "2023"


def _score(folder: Path, *more: str) -> dict[str, Any]:
    code, out, err = cli("score", folder, "-f", "json", *more)
    assert code == 0, err
    data: dict[str, Any] = as_json(out)
    return data


@pytest.fixture(scope="module")
def year_2023() -> ScoredRun:
    return score_run([YEARS[2023]], [])


def test_node_ranks_are_explains_ranks_and_the_overall_rank_stays(year_2023: ScoredRun) -> None:
    run = year_2023
    plain = {u.unit: u.rank for u in build_report(run.index, run.year, run.results).units}
    explained = {r.unit: {n.id: n for n in explain_unit(run.index, run.year, run.results,
                                                         r.unit).nodes} for r in run.results}
    for node in ("1", "3", "5", "8"):
        data = _score(YEARS[2023], "--rank-by", node)
        assert data["rank_by"]["id"] == node
        units = data["units"]
        for unit in units:
            assert unit["node_rank"] == explained[unit["unit"]][node].rank
            assert unit["node_index"] == explained[unit["unit"]][node].index
            assert unit["rank"] == unit["overall_rank"] == plain[unit["unit"]]
        order = [(u["node_rank"], u["unit"]) for u in units]
        assert order == sorted(order)  # by the node's rank, ties by unit id


def test_long_an_is_fifth_in_administrative_procedure_reform() -> None:
    """The published 2023 figure (area 3, rank 5) the examples carry."""
    long_an = next(u for u in _score(YEARS[2023], "--rank-by", "3")["units"]
                   if u["unit"] == "long-an")
    assert (long_an["node_rank"], long_an["rank"], long_an["node_index"]) == (
        5, 8, Decimal("99.84"))


def test_a_node_below_the_areas_ranks_as_score_depth_ranks_it() -> None:
    deep = {u["unit"]: u for u in _score(DEPARTMENTS, "--depth", "2")["units"]}
    data = _score(DEPARTMENTS, "--rank-by", "1.3")
    for unit in data["units"]:
        area = next(n for n in deep[unit["unit"]]["nodes"] if n["id"] == "1")
        node = next(n for n in area["nodes"] if n["id"] == "1.3")
        assert (unit["node_rank"], unit["node_index"]) == (node["rank"], node["index"])
    code, out, _ = cli("score", DEPARTMENTS, "--rank-by", "1.3")
    assert code == 0
    header = next(line for line in out.splitlines() if "Overall" in line).split()
    assert header[:4] == ["1.3", "rank", "Overall", "Unit"]
    assert "1.3 %" in out  # the node's own index: it has no area column


def test_rank_by_with_group_ranks_within_groups_and_averages_them() -> None:
    data = _score(YEARS[2023], "--rank-by", "3", "--group")
    units = data["units"]
    groups: dict[str, list[dict[str, Any]]] = {}
    for unit in units:
        groups.setdefault(unit["group"], []).append(unit)
    for members in groups.values():
        assert [u["node_group_rank"] for u in members] == sorted(
            u["node_group_rank"] for u in members)
        assert min(u["node_group_rank"] for u in members) == 1
    averages = data["summary"]["group_averages"]
    assert set(averages) == set(groups) == set(data["rank_by"]["group_averages"])
    code, out, _ = cli("score", YEARS[2023], "--rank-by", "3", "--group")
    assert code == 0 and "group averages" in out and "(3: " in out
    code, out, _ = cli("score", YEARS[2023], "--group", "--lang", "vi")
    assert "chỉ số trung bình theo nhóm" in out and "(3: " not in out


def test_top_keeps_the_best_of_the_node() -> None:
    every = _score(YEARS[2023], "--rank-by", "3")["units"]
    data = _score(YEARS[2023], "--rank-by", "3", "--top", "5")
    best = [u["node_rank"] for u in every if u["node_rank"] <= 5]  # ties at 5 are all kept
    assert [u["node_rank"] for u in data["units"]] == sorted(best)
    assert len(best) >= 5
    assert data["summary"]["units"] == 63


def test_csv_carries_the_node_rank() -> None:
    code, out, _ = cli("score", YEARS[2023], "--rank-by", "3", "-f", "csv")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.startswith("rank,unit,name,name_vi,points,max,index,band,node_rank,node_index,")
    long_an = next(r for r in rows if ",long-an," in r).split(",")
    assert (long_an[0], long_an[8], long_an[9]) == ("8", "5", "99.84")


def test_an_unknown_node_is_refused_with_the_id_meant() -> None:
    code, out, err = cli("score", DEPARTMENTS, "--rank-by", "1.33")
    assert (code, out) == (1, "")
    assert "--rank-by 1.33: unknown criterion id in 'department-illustrative'" in err
    assert "did you mean '1.3'?" in err
    code, _, err = cli("score", DEPARTMENTS, "--rank-by", "9", "--lang", "vi")
    assert code == 1 and "không có tiêu chí này" in err
