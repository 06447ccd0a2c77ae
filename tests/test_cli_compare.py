"""CLI tests of `par compare`: formats, inputs (folders and score JSON), maps, bad inputs."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import REPO, as_json, cli

Y2022 = "examples/provinces/2022"
Y2023 = "examples/provinces/2023"

pytestmark = pytest.mark.usefixtures("at_repo_root")


def test_readme_example_table() -> None:
    code, out, err = cli("compare", Y2022, Y2023)
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.strip().startswith("Long An"))
    assert "87.41" in line and "89.22" in line and "+1.81" in line
    assert "Traceback" not in err


def test_unit_story_reads_like_the_article() -> None:
    code, out, _ = cli("compare", Y2022, Y2023, "--unit", "long-an")
    assert code == 0
    assert "index 89.22 %, up 1.81 percentage points from 87.41 %" in out
    assert "ranked 8/63, the same rank as before" in out
    assert "ranked 5/63, up 50 places (from 55th to 5th)" in out
    assert "ranked 1/63, up 6 places (from 7th to 1st)" in out
    assert "ranked 11/63, up 15 places (from 26th to 11th)" in out
    assert "Cải cách thủ tục hành chính" in out
    assert "5 area(s) fell in rank" in out
    # rising areas come first
    assert out.index("rose in rank") < out.index("fell in rank")


def test_json_shape_and_long_an() -> None:
    code, out, _ = cli("compare", Y2022, Y2023, "--format", "json")
    assert code == 0
    data = as_json(out)
    assert set(data) == {"old", "new", "same_criteria", "units", "summary"}
    assert data["old"] == {"criteria": "par-province-2022", "year": 2022}
    assert data["same_criteria"] is True
    la = next(u for u in data["units"] if u["unit"] == "long-an")
    assert set(la) == {"unit", "name", "name_vi", "status", "old", "new", "index_change",
                       "rank_change", "nodes"}
    assert la["old"] == {"rank": 8, "index": Decimal("87.41"), "band": "B"}
    assert la["index_change"] == Decimal("1.81") and la["rank_change"] == 0
    nodes = {n["id"]: n for n in la["nodes"]}
    assert set(nodes["3"]) == {"id", "old_rank", "new_rank", "rank_change", "old_index",
                               "new_index", "index_change"}
    three = nodes["3"]
    assert (three["old_rank"], three["new_rank"], three["rank_change"]) == (55, 5, 50)
    assert (nodes["5"]["rank_change"], nodes["8"]["rank_change"]) == (6, 15)
    summary = data["summary"]
    assert summary["up"] + summary["down"] + summary["same"] == 63
    assert summary["new"] == 0 and summary["gone"] == 0


def test_csv_and_markdown() -> None:
    code, out, _ = cli("compare", Y2022, Y2023, "--format", "csv", "--sort", "rank-change")
    assert code == 0
    header = out.splitlines()[0].split(",")
    assert header[:5] == ["unit", "old_unit", "name", "name_vi", "status"]
    code, out, _ = cli("compare", Y2022, Y2023, "--format", "markdown")
    assert code == 0 and out.startswith("## ") and "| Long An |" in out


def test_score_json_as_a_year(tmp_path: Path) -> None:
    old_json = tmp_path / "2022.json"
    code, _, _ = cli("score", Y2022, "--format", "json", "--output", str(old_json))
    assert code == 0
    code, out, _ = cli("compare", str(old_json), Y2023, "--format", "json")
    assert code == 0
    la = next(u for u in as_json(out)["units"] if u["unit"] == "long-an")
    assert la["index_change"] == Decimal("1.81")
    assert la["nodes"][2]["rank_change"] == 50


def test_malformed_json_is_one_located_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"criteria": {"id": "x"},\n "units": [1, }\n', encoding="utf-8")
    code, out, err = cli("compare", str(bad), Y2023)
    assert code == 1
    assert out == ""
    assert f"{bad}:2:" in err and "invalid JSON" in err
    assert f"{bad}:2:15: error: invalid JSON: Expecting value [score-json]" in err.splitlines()
    assert "Traceback" not in err


def test_json_of_another_shape(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    code, _, err = cli("compare", str(other), Y2023)
    assert code == 1 and "par score --format json" in err
    first = err.splitlines()[0]
    assert first.startswith(f"{other}:1:1: error: not the JSON written by 'par score --format "
                            "json' (missing field: "), err
    assert "criteria" in first and first.endswith(") [score-json]"), err


def test_missing_folder_is_exit_2() -> None:
    code, out, err = cli("compare", "no/such/folder", Y2023)
    assert code == 2 and out == ""
    assert "no/such/folder" in err and len(err.strip().splitlines()) == 1
    assert err == "par: error: no/such/folder: no such file or folder\n"


def test_map_with_unknown_ids_is_exit_1(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text("long-an: tay-ninh\nnowhere: somewhere\n", encoding="utf-8")
    code, _, err = cli("compare", Y2022, Y2023, "--map", str(mapping))
    assert code == 1
    assert "nowhere" in err and "somewhere" in err
    assert (f"par: error: {mapping}: unit 'nowhere' is in neither year; unit 'somewhere' is in "
            "neither year [unit-map]") in err.splitlines()


def test_map_merger(tmp_path: Path) -> None:
    new = tmp_path / "2023"
    shutil.copytree(REPO / Y2023, new)
    # Long An merges into Tay Ninh: drop its 2023 file
    (new / "long-an.yaml").unlink()
    mapping = tmp_path / "map.yaml"
    mapping.write_text("long-an: tay-ninh\n", encoding="utf-8")
    code, out, err = cli("compare", Y2022, str(new), "--map", str(mapping), "--format", "json")
    assert code == 0, err
    entries = [u for u in as_json(out)["units"] if u["unit"] == "tay-ninh"]
    assert sorted(u["old_unit"] for u in entries) == ["long-an", "tay-ninh"]
    assert not any(u["status"] == "gone" for u in as_json(out)["units"])


def test_bad_map_file_is_located(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text("long-an: Tay Ninh\n", encoding="utf-8")
    code, _, err = cli("compare", Y2022, Y2023, "--map", str(mapping))
    assert code == 1 and f"{mapping}:1:" in err and "[unit-map]" in err


def test_same_year_both_sides_is_noted() -> None:
    code, _, err = cli("compare", Y2023, Y2023)
    assert code == 0
    assert "both sides are 2023" in err


def test_output_file_and_unknown_unit(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    code, out, _ = cli("compare", Y2022, Y2023, "-f", "markdown", "--output", str(target))
    assert code == 0 and out == "" and target.read_text(encoding="utf-8").startswith("## ")
    code, _, err = cli("compare", Y2022, Y2023, "--unit", "atlantis")
    assert code == 1 and "atlantis" in err
    assert "par: error: unit 'atlantis' is in neither year" in err.splitlines()
