"""`par score` through the command line (docs/commands.md, docs/exit-codes.md): formats, exit
codes, stdout versus stderr."""

from __future__ import annotations

import csv
import io
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, as_json, par

PROVINCES_2023 = "examples/provinces/2023"
D = Decimal

pytestmark = pytest.mark.usefixtures("at_repo_root")

# ---- helpers ---------------------------------------------------------------------------------


TINY = """\
format: par-criteria/1
id: tiny-set
title: Tiny set
years: [{years}]
max: 10
display: {{places: 2, rounding: down}}
bands:
  - {{name: A, min: 90}}
  - {{name: B, min: 50}}
methods: [appraisal, survey]
criteria:
  - id: "1"
    name: Area one
    max: 6
    method: appraisal
    criteria:
      - {{id: "1.1", name: Plan, max: 2, rule: yes-no}}
      - {{id: "1.2", name: Reports, max: 4, rule: count, per: 1}}
  - id: "2"
    name: Area two
    max: 4
    method: survey
"""


def submission(unit: str, plan: str = "yes", reports: str | None = "3", area2: str = "3.5",
               year: int = 2023, criteria: str = "tiny-set", extra: str = "") -> str:
    lines = [
        "format: par-submission/1",
        f"criteria: {criteria}",
        f"year: {year}",
        f"unit: {unit}",
        f"name: Unit {unit}",
    ]
    if extra:
        lines.append(extra)
    lines.append("scores:")
    lines.append(f'  "1.1": {plan}')
    if reports is not None:
        lines.append(f'  "1.2": {reports}')
    lines.append(f'  "2": {area2}')
    return "\n".join(lines) + "\n"


def tiny(tmp_path: Path, submissions: dict[str, str], years: str = "2023",
         sets: dict[str, str] | None = None) -> tuple[Path, Path]:
    """Write the tiny criteria set and the given submission files; return (folder, criteria)."""
    criteria = tmp_path / "criteria"
    criteria.mkdir(exist_ok=True)
    (criteria / "tiny.yaml").write_text(TINY.format(years=years), encoding="utf-8")
    for name, text in (sets or {}).items():
        (criteria / name).write_text(text, encoding="utf-8")
    folder = tmp_path / "year"
    folder.mkdir(exist_ok=True)
    for name, text in submissions.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder, criteria


THREE = {
    "alpha.yaml": submission("alpha"),
    "beta.yaml": submission("beta"),
    "gamma.yaml": submission("gamma", plan="no"),
}


# ---- every format on the example year --------------------------------------------------------


@pytest.fixture(scope="module")
def provinces_json() -> dict[str, Any]:
    here = os.getcwd()
    os.chdir(REPO)
    try:
        result = par("score", PROVINCES_2023, "--format", "json")
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = as_json(result.stdout)
    return data


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_every_format_exits_0_with_data_on_stdout(fmt: str) -> None:
    result = par("score", PROVINCES_2023, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "Long An" in result.stdout
    assert "note:" not in result.stdout  # notes go to stderr


def test_default_format_is_table() -> None:
    assert par("score", PROVINCES_2023).stdout == par("score", PROVINCES_2023, "-f",
                                                      "table").stdout


def test_json_has_exactly_the_spec_shape(provinces_json: dict[str, Any]) -> None:
    data = provinces_json
    assert list(data) == ["criteria", "year", "units", "summary", "left_out"]
    assert data["summary"] == {
        "units": 63, "ranked": 63, "average_index": D("86.98"), "bands": {"A": 7, "B": 56, "C": 0},
        "area_averages": data["summary"]["area_averages"]}
    assert list(data["summary"]["area_averages"]) == [str(i) for i in range(1, 9)]
    assert data["left_out"] == []
    assert set(data["criteria"]) == {"id", "title", "max"}
    assert data["criteria"]["id"] == "par-province-2022"
    assert data["criteria"]["max"] == 100
    assert data["year"] == 2023
    assert len(data["units"]) == 63
    for unit in data["units"]:
        assert set(unit) == {"unit", "name", "name_vi", "rank", "points", "max", "index", "band",
                             "nodes", "methods"}
        assert isinstance(unit["unit"], str) and isinstance(unit["name"], str)
        # every example province is ranked and reaches a band (null rank and band: the tests
        # test_unit_with_nothing_applicable and test_json_band_null_when_no_band_reached)
        assert isinstance(unit["rank"], int) and not isinstance(unit["rank"], bool)
        assert isinstance(unit["band"], str)
        assert [n["id"] for n in unit["nodes"]] == [str(i) for i in range(1, 9)]
        for node in unit["nodes"]:
            assert set(node) == {"id", "name", "points", "max", "index", "rank"}
        assert isinstance(unit["methods"], dict)
        # the set's vocabulary, plus "mixed" where a whole area 8 is scored (its parts have
        # different methods); Kon Tum and Hoa Binh 2023 score its parts 8.1 and 8.2
        mixed = {"mixed"} if unit["unit"] not in ("kon-tum", "hoa-binh") else set()
        assert set(unit["methods"]) == {"appraisal", "survey", "sipas", "statistics"} | mixed


def _numbers(data: Any) -> list[Any]:
    out: list[Any] = []
    for unit in data["units"]:
        out += [unit["points"], unit["max"], unit["index"], *unit["methods"].values()]
        for node in unit["nodes"]:
            out += [node["points"], node["max"], node["index"]]
    return out


def test_json_numbers_are_exact_numbers_never_strings(provinces_json: dict[str, Any]) -> None:
    for value in _numbers(provinces_json):
        assert isinstance(value, (int, Decimal)) and not isinstance(value, bool), value
    for unit in provinces_json["units"]:
        # the example data has at most 3 decimals; indexes are displayed with 2
        assert D(unit["points"]).as_tuple().exponent >= -3  # type: ignore[operator]
        assert D(unit["index"]).as_tuple().exponent >= -2  # type: ignore[operator]
        for node in unit["nodes"]:
            assert D(node["points"]).as_tuple().exponent >= -3  # type: ignore[operator]
            assert D(node["index"]).as_tuple().exponent >= -2  # type: ignore[operator]
        assert sum((D(n["points"]) for n in unit["nodes"]), D(0)) == D(unit["points"])
        assert sum((D(v) for v in unit["methods"].values()), D(0)) == D(unit["points"])


def test_json_text_is_exact_decimal() -> None:
    text = par("score", PROVINCES_2023, "--format", "json").stdout
    assert re.search(r"\d\.\d*0000000", text) is None
    assert re.search(r"\d\.\d*9999999", text) is None
    assert '"points": 89.22,' in text
    assert '"index": 89.22,' in text
    assert '"points": "' not in text and '"index": "' not in text


def test_json_band_null_when_no_band_reached(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"low.yaml": submission("low", plan="no", reports="0",
                                                              area2="1")})
    result = par("score", folder, "--criteria", criteria, "--format", "json")
    assert result.exit_code == 0, result.stderr
    unit = as_json(result.stdout)["units"][0]
    assert unit["band"] is None
    assert '"band": null' in result.stdout


def test_csv_header_and_rows(provinces_json: dict[str, Any]) -> None:
    result = par("score", PROVINCES_2023, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["rank", "unit", "name", "name_vi", "points", "max", "index", "band",
                       *[f"{i} index" for i in range(1, 9)]]
    assert len(rows) == 1 + 63
    long_an = next(r for r in rows if r[1] == "long-an")
    assert long_an[:8] == ["8", "long-an", "Long An", "Long An", "89.22", "100", "89.22", "B"]
    assert D(long_an[8 + 2]) == D("99.84")
    assert D(long_an[8 + 4]) == D("90.66")
    assert D(long_an[8 + 7]) == D("81.87")
    assert [r[1] for r in rows[1:]] == [u["unit"] for u in provinces_json["units"]]


def test_markdown_table(tmp_path: Path) -> None:
    result = par("score", PROVINCES_2023, "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| Rank"))
    assert "Index %" in header and "Band" in header
    assert any(line.startswith("| 8 | Long An | 89.22 | 89.22 | B |") for line in lines)


def test_table_shows_long_an(tmp_path: Path) -> None:
    result = par("score", PROVINCES_2023)
    line = next(line for line in result.stdout.splitlines() if "Long An" in line)
    assert line.split()[:5] == ["8", "Long", "An", "89.22", "89.22"]
    assert "99.84" in line and "90.66" in line and "81.87" in line
    assert "63 units" in result.stdout


# ---- the table, on small fixtures ------------------------------------------------------------


def test_table_marks_ties_with_equals(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if re.search(r"Unit [a-z]", line)]
    rows = {line.split()[2]: line.split()[0] for line in lines}
    assert rows == {"alpha": "=1", "beta": "=1", "gamma": "3"}
    assert [line.split()[2] for line in lines] == ["alpha", "beta", "gamma"]


def test_table_footer_counts_and_average(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {**THREE, "out.yaml": submission(
        "out", reports="4", area2="4", extra="ranked: false")})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 0, result.stderr
    out_line = next(line for line in result.stdout.splitlines() if "Unit out" in line)
    assert not re.match(r"\s*=?\d", out_line)  # unranked: no rank shown
    assert "4 units" in result.stdout
    # ranked: 85, 85, 65 -> average 78.33 (the unranked 100 is left out)
    assert "78.33" in result.stdout
    assert "A: 0" in result.stdout and "B: 3" in result.stdout


def test_ties_listed_in_unit_id_order_whatever_the_file_names(tmp_path: Path) -> None:
    files = {"1.yaml": submission("zeta"), "2.yaml": submission("alpha"),
             "3.yaml": submission("mu")}
    folder, criteria = tiny(tmp_path, files)
    data = as_json(par("score", folder, "--criteria", criteria, "-f", "json").stdout)
    assert [u["unit"] for u in data["units"]] == ["alpha", "mu", "zeta"]
    assert [u["rank"] for u in data["units"]] == [1, 1, 1]


def test_by_method_table(tmp_path: Path) -> None:
    result = par("score", PROVINCES_2023, "--by", "method")
    assert result.exit_code == 0
    header = next(line for line in result.stdout.splitlines() if "Rank" in line)
    for method in ("Appraisal", "SIPAS", "Statistics"):  # the set's names for its methods
        assert method in header
    assert "1 %" not in header
    vi = par("score", PROVINCES_2023, "--by", "method", "--lang", "vi").stdout
    header = next(line for line in vi.splitlines() if "Hạng" in line)
    for method in ("Thẩm định", "Điều tra XHH", "Thống kê", "kết hợp"):  # name_vi, else known
        assert method in header
    folder, criteria = tiny(tmp_path, THREE)
    result = par("score", folder, "--criteria", criteria, "--by", "method")
    line = next(line for line in result.stdout.splitlines() if "Unit alpha" in line)
    # appraisal 2 + 3 = 5.00, survey 3.50
    assert line.split()[-2:] == ["5.00", "3.50"]


def test_by_method_does_not_change_json() -> None:
    by_area = par("score", PROVINCES_2023, "-f", "json").stdout
    by_method = par("score", PROVINCES_2023, "-f", "json", "--by", "method").stdout
    assert by_area == by_method


# ---- options ---------------------------------------------------------------------------------


def test_output_writes_the_file_and_nothing_to_stdout(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = par("score", PROVINCES_2023, "--format", "json", "--output", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == par("score", PROVINCES_2023, "-f",
                                                     "json").stdout


def test_output_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    result = par("score", PROVINCES_2023, "-f", "csv", "-o", target)
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("rank,unit,name,")


def test_group_adds_group_and_group_rank(provinces_json: dict[str, Any]) -> None:
    result = par("score", PROVINCES_2023, "--format", "json", "--group")
    assert result.exit_code == 0, result.stderr
    data = as_json(result.stdout)
    overall = {u["unit"]: u["rank"] for u in provinces_json["units"]}
    for unit in data["units"]:
        assert set(unit) == {"unit", "name", "name_vi", "rank", "points", "max", "index", "band",
                             "nodes", "methods", "group", "group_rank"}
        assert unit["rank"] == overall[unit["unit"]]  # rank stays the overall rank
    long_an = next(u for u in data["units"] if u["unit"] == "long-an")
    assert long_an["group"] == "mekong-delta"
    same_group = [u for u in data["units"] if u["group"] == "mekong-delta"]
    higher = sum(1 for u in same_group if D(u["index"]) > D(long_an["index"]))
    assert long_an["group_rank"] == 1 + higher


def test_group_on_small_fixture(tmp_path: Path) -> None:
    files = {
        "a.yaml": submission("a", extra="group: north"),
        "b.yaml": submission("b", plan="no", extra="group: north"),
        "c.yaml": submission("c", plan="no", extra="group: south"),
    }
    folder, criteria = tiny(tmp_path, files)
    data = as_json(par("score", folder, "--criteria", criteria, "-f", "json", "--group").stdout)
    ranks = {u["unit"]: (u["rank"], u["group"], u["group_rank"]) for u in data["units"]}
    assert ranks == {"a": (1, "north", 1), "b": (2, "north", 2), "c": (2, "south", 1)}


def test_top_10(provinces_json: dict[str, Any]) -> None:
    result = par("score", PROVINCES_2023, "--format", "json", "--top", "10")
    assert result.exit_code == 0
    units = as_json(result.stdout)["units"]
    expected = [u["unit"] for u in provinces_json["units"]
                if u["rank"] is not None and u["rank"] <= 10]
    assert [u["unit"] for u in units] == expected
    assert [u["rank"] for u in units] == list(range(1, 11))  # no tie at rank 10 in 2023


def test_top_keeps_units_tied_at_n(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    data = as_json(par("score", folder, "--criteria", criteria, "-f", "json", "--top",
                       "1").stdout)
    assert [u["unit"] for u in data["units"]] == ["alpha", "beta"]


@pytest.mark.parametrize("folder", [PROVINCES_2023, "examples/departments/2023"])
def test_depth_2_nests_nodes_in_json(folder: str) -> None:
    result = par("score", folder, "--format", "json", "--depth", "2")
    assert result.exit_code == 0, result.stderr
    data = as_json(result.stdout)
    nested = 0
    for unit in data["units"]:
        for node in unit["nodes"]:
            assert set(node) == {"id", "name", "points", "max", "index", "rank", "nodes"}
            assert isinstance(node["nodes"], list)
            for child in node["nodes"]:
                nested += 1
                assert child["id"].startswith(node["id"] + ".")
                assert set(child) == {"id", "name", "points", "max", "index", "rank"}
            if node["nodes"]:
                assert sum((D(c["points"]) for c in node["nodes"]), D(0)) == D(node["points"])
                assert sum((D(c["max"]) for c in node["nodes"]), D(0)) == D(node["max"])
    if folder != PROVINCES_2023:  # the province examples score whole areas
        assert nested > 0
    flat = as_json(par("score", folder, "--format", "json").stdout)
    assert all("nodes" not in n for u in flat["units"] for n in u["nodes"])


def test_depth_2_on_small_fixture(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    data = as_json(par("score", folder, "--criteria", criteria, "-f", "json", "--depth",
                       "2").stdout)
    alpha = next(u for u in data["units"] if u["unit"] == "alpha")
    area = alpha["nodes"][0]
    assert [c["id"] for c in area["nodes"]] == ["1.1", "1.2"]
    assert [(c["points"], c["max"]) for c in area["nodes"]] == [(2, 2), (3, 4)]
    assert area["nodes"][0]["index"] == 100
    assert [c["rank"] for c in area["nodes"]] == [1, 1]
    gamma = next(u for u in data["units"] if u["unit"] == "gamma")
    assert gamma["nodes"][0]["nodes"][0]["rank"] == 3


def test_allow_missing(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"a.yaml": submission("a", reports=None),
                                       "b.yaml": submission("b")})
    refused = par("score", folder, "--criteria", criteria)
    assert refused.exit_code == 1
    assert "[uncovered]" in refused.stderr
    assert "1.2" in refused.stderr
    assert refused.stdout == ""

    result = par("score", folder, "--criteria", criteria, "--allow-missing", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert ("--allow-missing: 1 unit(s) have criteria without a score, counted as 0: a (1.2)"
            in result.stderr.splitlines()), result.stderr
    units = {u["unit"]: u for u in as_json(result.stdout)["units"]}
    assert units["a"]["points"] == D("5.5")  # 2 + 0 + 3.5: the gap counts as 0
    assert units["a"]["max"] == 10


def test_allow_missing_names_what_was_counted_as_zero(tmp_path: Path) -> None:
    # docs/formats.md: --allow-missing "counts them as 0 and says so"; the option's help:
    # "and say which".
    folder, criteria = tiny(tmp_path, {"a.yaml": submission("a", reports=None),
                                       "b.yaml": submission("b")})
    result = par("score", folder, "--criteria", criteria, "--allow-missing")
    assert result.exit_code == 0
    assert "1.2" in result.stderr


def test_allow_missing_quiet_when_nothing_is_missing(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    result = par("score", folder, "--criteria", criteria, "--allow-missing")
    assert result.exit_code == 0
    assert "counted as 0" not in result.stderr


# ---- failures and notes ----------------------------------------------------------------------


def test_failed_run_reports_located_problems_and_keeps_the_output_file(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {**THREE, "bad.yaml": submission("bad", reports="2.5")})
    target = tmp_path / "ranking.json"
    previous = b"previous ranking \x00\xff\n"
    target.write_bytes(previous)
    result = par("score", folder, "--criteria", criteria, "-f", "json", "--output", target)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.search(r"bad\.yaml:\d+:\d+: error: .*\[value-fit\]", result.stderr), result.stderr
    match = re.search(r"bad\.yaml:(\d+):(\d+)", result.stderr)
    assert match is not None and match.group(1) == "8"  # the line of "1.2": 2.5
    assert target.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_invalid_yaml_is_located(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {**THREE, "broken.yaml": "format: par-submission/1\n"
                                                               "scores: [\n"})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert re.search(r"broken\.yaml:3:1: error: invalid YAML: .*\[yaml-syntax\]$", result.stderr,
                     re.M), result.stderr
    assert result.stdout == ""


def test_unknown_id_is_located_with_did_you_mean(tmp_path: Path) -> None:
    text = submission("typo").replace('"1.2": 3', '"1.3": 3\n  "1.2": 3')
    folder, criteria = tiny(tmp_path, {**THREE, "typo.yaml": text})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert re.search(r"typo\.yaml:8:\d+: error: .*did you mean.*\[unknown-id\]", result.stderr)


def test_mixed_criteria_sets_exit_1(tmp_path: Path) -> None:
    other = TINY.format(years="2023").replace("id: tiny-set", "id: tiny-other")
    files = {"a.yaml": submission("a"), "b.yaml": submission("b", criteria="tiny-other")}
    folder, criteria = tiny(tmp_path, files, sets={"other.yaml": other})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "same criteria set and year" in result.stderr
    assert "tiny-set" in result.stderr and "tiny-other" in result.stderr
    assert result.stderr.rstrip().endswith("[mixed-run]"), result.stderr
    assert result.stdout == ""


def test_mixed_years_exit_1(tmp_path: Path) -> None:
    files = {"a.yaml": submission("a"), "b.yaml": submission("b", year=2022)}
    folder, criteria = tiny(tmp_path, files, years="2022, 2023")
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "same criteria set and year" in result.stderr
    assert "2022" in result.stderr and "2023" in result.stderr
    assert result.stderr.rstrip().endswith("[mixed-run]"), result.stderr
    assert result.stdout == ""


def test_year_not_in_the_set_exit_1(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"a.yaml": submission("a", year=2021)})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "[year-not-in-set]" in result.stderr


def test_same_unit_twice_exit_1(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"a.yaml": submission("alpha"),
                                       "b.yaml": submission("alpha", plan="no")})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "[duplicate-unit]" in result.stderr
    assert re.search(r"b\.yaml:\d+:\d+: error: .*a\.yaml", result.stderr)
    assert result.stdout == ""


def test_missing_path_exit_2(tmp_path: Path) -> None:
    result = par("score", tmp_path / "no-such-folder")
    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr
    assert f"{tmp_path / 'no-such-folder'}: no such file or folder" in result.stderr
    assert result.stdout == ""


def test_missing_path_wins_over_input_problems(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"bad.yaml": submission("bad", reports="2.5")})
    result = par("score", folder, tmp_path / "no-such-file.yaml", "--criteria", criteria)
    assert result.exit_code == 2
    assert (f"par: error: {tmp_path / 'no-such-file.yaml'}: no such file or folder"
            in result.stderr.splitlines()), result.stderr
    assert result.stdout == ""


def test_output_folder_missing_exit_2(tmp_path: Path) -> None:
    result = par("score", PROVINCES_2023, "-o", tmp_path / "nowhere" / "out.txt")
    assert result.exit_code == 2
    assert (f"{tmp_path / 'nowhere' / 'out.txt'}: folder {tmp_path / 'nowhere'} does not exist"
            in result.stderr), result.stderr
    assert result.stdout == ""


def test_bad_option_exit_2() -> None:
    result = par("score", PROVINCES_2023, "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr and "'xml'" in result.stderr
    result = par("score", PROVINCES_2023, "--by", "colour")
    assert result.exit_code == 2
    assert "Invalid value for '--by'" in result.stderr and "'colour'" in result.stderr


def test_folder_without_submissions_exit_1(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"notes.yaml": "title: just some YAML\n"})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "no submission" in result.stderr
    assert f"no submission found in {folder}" in result.stderr
    assert "notes.yaml" in result.stderr  # skipped, with a note
    assert result.stdout == ""


def test_empty_folder_exit_1(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "no submission" in result.stderr
    assert f"no submission found in {folder}" in result.stderr


def test_other_files_are_noted_and_skipped(tmp_path: Path) -> None:
    files = {**THREE, "readme.txt": "not data\n", "scan.pdf": "%PDF-1.4\n",
             "notes.yaml": "title: no format key\n",
             "set.yaml": TINY.format(years="2023").replace("id: tiny-set", "id: copy-set")}
    folder, criteria = tiny(tmp_path, files)
    result = par("score", folder, "--criteria", criteria, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "readme.txt" in result.stderr
    assert "scan.pdf" in result.stderr
    assert "notes.yaml" in result.stderr
    assert "set.yaml" in result.stderr
    assert [u["unit"] for u in as_json(result.stdout)["units"]] == ["alpha", "beta", "gamma"]


@pytest.mark.parametrize(
    ("text", "words", "rule"),
    [
        ("format: par-submision/1\nunit: typo\n", "par-submission/1", "unknown-format"),
        ("", "empty", "empty-file"),
        ("- just\n- a list\n", "not a list", "not-mapping"),
    ],
    ids=["unknown-format", "empty-file", "not-a-mapping"],
)
def test_files_that_must_not_be_skipped_silently(tmp_path: Path, text: str, words: str,
                                                 rule: str) -> None:
    folder, criteria = tiny(tmp_path, {**THREE, "odd.yaml": text})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1, result.stderr
    assert re.search(r"odd\.yaml:\d+:\d+: error:", result.stderr), result.stderr
    assert re.search(rf"odd\.yaml:\d+:\d+: error: .*{words}.* \[{rule}\]$", result.stderr,
                     re.M), result.stderr
    assert result.stdout == ""


def test_submission_files_named_directly(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    result = par("score", folder / "alpha.yaml", folder / "gamma.yaml", "--criteria", criteria,
                 "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:8] == ["rank", "unit", "name", "name_vi", "points", "max", "index", "band"]
    assert rows[0][8:] == ["1 index", "2 index"]
    assert rows[1][:4] == ["1", "alpha", "Unit alpha", ""]  # no name_vi: an empty cell
    assert [D(c) for c in rows[1][4:7]] == [D("8.5"), D("10"), D("85")]
    assert rows[1][7] == "B"
    assert [D(c) for c in rows[1][8:]] == [D("83.33"), D("87.5")]
    assert rows[2][:3] == ["2", "gamma", "Unit gamma"]


# ---- docs/rules.md inputs, as par score meets them ----------------------------------------


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, {"alpha.yaml": submission("alpha")})
    (folder / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + submission("bom").encode("utf-8"))
    result = par("score", folder, "--criteria", criteria, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [u["unit"] for u in as_json(result.stdout)["units"]] == ["alpha", "bom"]


@pytest.mark.parametrize(
    ("name", "content", "line", "rule", "words"),
    [
        ("dup.yaml", submission("dup").replace('"2": 3.5', '"2": 3.5\n  "2": 1'), 10,
         "duplicate-key", "duplicate"),
        ("latin.yaml", submission("latin").replace("name: Unit latin", "name: H\xe0 N\xf4i")
         .encode("latin-1"), 5, "encoding", "UTF-8"),
        ("nan.yaml", submission("nan", area2=".nan"), 9, "schema", "nan"),
        ("inf.yaml", submission("inf", area2=".inf"), 9, "schema", "inf"),
        ("text.yaml", submission("text", area2='"3.5"'), 9, "value-fit", "3.5"),
        ("above.yaml", submission("above", area2="4.5"), 9, "value-fit", "4.5"),
        ("below.yaml", submission("below", area2="-1"), 9, "value-fit", "-1"),
        ("field.yaml", submission("field", extra="colour: red"), 6, "schema", "colour"),
        ("set.yaml", submission("set", criteria="tiny-sett"), 2, "unknown-criteria-set",
         "did you mean 'tiny-set'"),
    ],
    ids=["duplicate-key", "not-utf8", "nan", "inf", "text-for-number", "above-max", "below-0",
         "unknown-field", "unknown-criteria-set"],
)
def test_bad_submission_content_is_located(tmp_path: Path, name: str, content: str | bytes,
                                           line: int, rule: str, words: str) -> None:
    folder, criteria = tiny(tmp_path, {"alpha.yaml": submission("alpha")})
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    located = [ln for ln in result.stderr.splitlines()
               if re.match(re.escape(str(path)) + r":\d+:\d+: error: ", ln)]
    assert located, result.stderr
    assert re.match(re.escape(str(path)) + f":{line}:\\d+: ", located[0]), located
    assert located[0].endswith(f"[{rule}]"), located
    assert words.lower() in located[0].lower()


def test_unit_with_nothing_applicable(tmp_path: Path) -> None:
    files = {"alpha.yaml": submission("alpha"),
             "none.yaml": ("format: par-submission/1\ncriteria: tiny-set\nyear: 2023\n"
                           "unit: none\nname: Hà Nội\nscores:\n  \"1\": n/a\n  \"2\": n/a\n")}
    folder, criteria = tiny(tmp_path, files)
    result = par("score", folder, "--criteria", criteria, "-f", "json")
    assert result.exit_code == 0, result.stderr
    units = {u["unit"]: u for u in as_json(result.stdout)["units"]}
    none = units["none"]
    assert (none["rank"], none["index"], none["band"], none["max"]) == (None, None, None, 0)
    assert all(n["index"] is None and n["rank"] is None for n in none["nodes"])
    assert none["name"] == "Hà Nội"
    assert units["alpha"]["rank"] == 1
    table = par("score", folder, "--criteria", criteria)
    assert table.exit_code == 0
    assert "Hà Nội" in table.stdout
    assert "1 ranked" in table.stdout


def test_na_area_leaves_the_unit_max(tmp_path: Path) -> None:
    files = {"alpha.yaml": submission("alpha"),
             "y.yaml": ("format: par-submission/1\ncriteria: tiny-set\nyear: 2023\n"
                        "unit: y\nname: Y\nscores:\n  \"1\": 5.5\n  \"2\": n/a\n")}
    folder, criteria = tiny(tmp_path, files)
    units = {u["unit"]: u for u in as_json(par("score", folder, "--criteria", criteria, "-f",
                                               "json").stdout)["units"]}
    assert (units["y"]["points"], units["y"]["max"], units["y"]["index"]) == (D("5.5"), 6,
                                                                               D("91.66"))
    assert units["y"]["rank"] == 1  # 91.66 % beats alpha's 85 % despite fewer points
    assert units["y"]["nodes"][1] == {"id": "2", "name": "Area two", "points": 0, "max": 0,
                                      "index": None, "rank": None}


def test_csv_is_utf8_with_vietnamese_names(tmp_path: Path) -> None:
    text = submission("ha-noi").replace("name: Unit ha-noi", "name: Hà Nội")
    folder, criteria = tiny(tmp_path, {"ha-noi.yaml": text})
    target = tmp_path / "out.csv"
    assert par("score", folder, "--criteria", criteria, "-f", "csv", "-o", target).exit_code == 0
    assert "Hà Nội" in target.read_bytes().decode("utf-8")


# ---- where criteria sets are found ----------------------------------------------------------


def test_criteria_option_wins_over_the_repository_criteria(tmp_path: Path) -> None:
    original = (REPO / "criteria" / "par-province-2022.yaml").read_text(encoding="utf-8")
    lines = [("title: Overridden title" if line.startswith("title:") else line)
             for line in original.splitlines()]
    override = tmp_path / "override.yaml"
    override.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = par("score", PROVINCES_2023, "--criteria", override, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert as_json(result.stdout)["criteria"]["title"] == "Overridden title"


def test_two_criteria_files_with_the_same_id_are_an_error(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE, sets={
        "copy.yaml": TINY.format(years="2023").replace("Tiny set", "Copy")})
    result = par("score", folder, "--criteria", criteria)
    assert result.exit_code == 1
    assert "[duplicate-set]" in result.stderr
    assert result.stdout == ""


def test_one_criteria_file_reached_by_two_paths_is_not_a_clash(tmp_path: Path) -> None:
    # docs/commands.md: "two *different* --criteria files with the same id are an error"; the
    # same file named once by an absolute and once by a relative path is one file.
    folder, criteria = tiny(tmp_path, THREE)
    relative = Path(os.path.relpath(criteria, REPO))
    result = par("score", folder, "--criteria", criteria, "--criteria", relative, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert "duplicate-set" not in result.stderr


def test_same_criteria_path_twice_is_not_a_clash(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    result = par("score", folder, "--criteria", criteria, "--criteria", criteria / "tiny.yaml")
    assert result.exit_code == 0, result.stderr


def test_a_file_named_twice_is_scored_once(tmp_path: Path) -> None:
    folder, criteria = tiny(tmp_path, THREE)
    result = par("score", folder, folder / "alpha.yaml", "--criteria", criteria, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [u["unit"] for u in as_json(result.stdout)["units"]] == ["alpha", "beta", "gamma"]
