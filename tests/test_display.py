"""Display rules per quantity (docs/formats.md#display-per-quantity, docs/arithmetic.md): points
by the ``points`` rule, indexes by the ``index`` rule, in every command that shows them; the
single-rule form unchanged; both forms at once refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import as_json, par
from pydantic import ValidationError

from par_cli.models import CriteriaSet, Display, DisplayRule, Rounding
from par_cli.schemas import SchemaKind, json_schema

D = Decimal
SPLIT = "{points: {places: 3, rounding: half-up}, index: {places: 1, rounding: down}}"

CRITERIA = """\
format: par-criteria/1
id: split-set
title: Split display
years: [2022, 2023]
max: 10
display: {display}
rank_on: {rank_on}
bands:
  - {{name: A, min: 90}}
  - {{name: B, min: 50}}
criteria:
  - {{id: "1", name: Area one, max: 6}}
  - {{id: "2", name: Area two, max: 4}}
"""


def unit(name: str, year: int, one: str, two: str) -> str:
    return (f"format: par-submission/1\ncriteria: split-set\nyear: {year}\nunit: {name}\n"
            f"name: Unit {name}\nscores:\n  \"1\": {one}\n  \"2\": {two}\n")


def write_years(root: Path, display: str = SPLIT, rank_on: str = "exact",
                a_2023: tuple[str, str] = ("{self: 5.9, appraised: 5.6449}", "3.8")) -> Path:
    """Criteria and two years: unit a 9.4449 points in 2023 (94.449 %), unit b 7.4 (74 %)."""
    (root / "criteria").mkdir()
    (root / "criteria" / "split.yaml").write_text(
        CRITERIA.format(display=display, rank_on=rank_on), encoding="utf-8")
    years = {2022: {"a": ("5", "3"), "b": ("4", "3.36")},
             2023: {"a": a_2023, "b": ("4.1", "3.3")}}
    for year, units in years.items():
        (root / str(year)).mkdir()
        for name, (one, two) in units.items():
            (root / str(year) / f"{name}.yaml").write_text(unit(name, year, one, two),
                                                            encoding="utf-8")
    return root


def run(root: Path, *args: str | Path) -> Any:
    result = par(*args, "--criteria", root / "criteria")
    assert result.exit_code == 0, result.stderr
    return result


# ---- the model -------------------------------------------------------------------------------


def test_single_rule_applies_to_points_and_index() -> None:
    display = Display(places=3, rounding=Rounding.DOWN)
    assert display.points_rule == display.index_rule == DisplayRule(places=3,
                                                                    rounding=Rounding.DOWN)


def test_default_is_two_places_half_up_for_both() -> None:
    assert Display().points_rule == Display().index_rule == DisplayRule()


def test_per_quantity_rules_and_a_missing_quantity_keeps_the_default() -> None:
    both = Display.model_validate({"points": {"places": 3, "rounding": "half-up"},
                                   "index": {"places": 1, "rounding": "down"}})
    assert both.points_rule == DisplayRule(places=3, rounding=Rounding.HALF_UP)
    assert both.index_rule == DisplayRule(places=1, rounding=Rounding.DOWN)
    index_only = Display.model_validate({"index": {"places": 1, "rounding": "down"}})
    assert index_only.points_rule == DisplayRule()


# ---- every command shows points by the points rule, indexes by the index rule -----------------


def test_score_table_json_and_footer(tmp_path: Path) -> None:
    root = write_years(tmp_path)
    table = run(root, "score", root / "2023").stdout
    row = next(line for line in table.splitlines() if "Unit a" in line)
    assert "9.445" in row and "94.4" in row and "94.44" not in row
    assert "94.0" in row and "95.0" in row  # area indexes: 5.6449 / 6, 3.8 / 4
    assert "average index 84.2 %" in table  # (94.449 + 74) / 2 = 84.2245, one place, down
    data = as_json(run(root, "score", root / "2023", "-f", "json").stdout)
    a = data["units"][0]
    assert (a["points"], a["index"], a["nodes"][0]["index"]) == (D("9.4449"), D("94.4"), 94)
    assert data["summary"]["average_index"] == D("84.2")


def test_single_rule_form_is_unchanged(tmp_path: Path) -> None:
    root = write_years(tmp_path, display="{places: 2, rounding: down}")
    row = next(line for line in run(root, "score", root / "2023").stdout.splitlines()
               if "Unit a" in line)
    assert "9.44 " in row and "94.44" in row and "9.445" not in row


def test_explain_points_lost_and_appraisal(tmp_path: Path) -> None:
    root = write_years(tmp_path)
    out = run(root, "explain", root / "2023", "--unit", "a").stdout
    assert "9.445 / 10" in out and "94.4 %" in out
    line = next(line for line in out.splitlines() if "Area one" in line)
    # 5.6449 shows 5.645; lost is the shown difference 6 - 5.645; self 5.9 -> appraised 5.645
    assert "5.645 / 6" in line and "94.0 %" in line and "0.355" in line
    assert "5.900" in line


def test_gap_points_needed_round_up_to_the_points_places(tmp_path: Path) -> None:
    root = write_years(tmp_path)
    out = run(root, "gap", root / "2023", "--unit", "b").stdout
    # to draw level with a's 94.449 % b needs 9.4449 - 7.4 = 2.0449 points: 2.045 shown
    assert "2.045" in out
    data = as_json(run(root, "gap", root / "2023", "--unit", "b", "-f", "json").stdout)
    assert data["next_rank"]["points_needed"] == D("2.0449")
    assert data["index"] == 74


def test_audit_shows_points_by_the_points_rule(tmp_path: Path) -> None:
    root = write_years(tmp_path)
    out = run(root, "audit", root / "2023").stdout
    row = next(line for line in out.splitlines() if "Unit a" in line)
    assert "9.700" in row and "9.445" in row and "0.255" in row


def test_compare_changes_use_the_index_rule(tmp_path: Path) -> None:
    root = write_years(tmp_path)
    data = as_json(run(root, "compare", root / "2022", root / "2023", "-f", "json").stdout)
    a = next(u for u in data["units"] if u["unit"] == "a")
    assert (a["old"]["index"], a["new"]["index"], a["index_change"]) == (80, D("94.4"),
                                                                         D("14.4"))
    table = run(root, "compare", root / "2022", root / "2023").stdout
    assert "+14.4" in table and "+14.44" not in table


@pytest.mark.parametrize(("rank_on", "ranks"), [("displayed", [1, 1]), ("exact", [1, 2])])
def test_rank_on_displayed_ranks_on_the_index_rule(tmp_path: Path, rank_on: str,
                                                   ranks: list[int]) -> None:
    # a: 9.4449 points (94.449 %), b: 9.44 (94.4 %): both show 94.4 under one place, down,
    # though the points rule (three places) tells them apart
    root = write_years(tmp_path, rank_on=rank_on)
    (root / "2023" / "b.yaml").write_text(unit("b", 2023, "5.64", "3.8"), encoding="utf-8")
    data = as_json(run(root, "score", root / "2023", "-f", "json").stdout)
    assert [(u["unit"], u["rank"], u["index"]) for u in data["units"]] == [
        ("a", ranks[0], D("94.4")), ("b", ranks[1], D("94.4"))]


def test_xlsx_number_formats_follow_the_quantity(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    root = write_years(tmp_path)
    out = tmp_path / "score.xlsx"
    run(root, "score", root / "2023", "-o", out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    assert row[header.index("points")].number_format == "0.000"
    assert row[header.index("index")].number_format == "0.0"


# ---- refused: both forms at once -------------------------------------------------------------


def test_both_forms_at_once_is_a_located_schema_error(tmp_path: Path) -> None:
    path = tmp_path / "mixed.yaml"
    path.write_text(CRITERIA.format(display="{places: 2, index: {places: 1, rounding: down}}",
                                    rank_on="exact"), encoding="utf-8")
    result = par("check", path, "-f", "json")
    assert result.exit_code == 1
    [problem] = as_json(result.stdout)
    assert (problem["line"], problem["rule"]) == (6, "schema")  # the display line
    assert "not both" in problem["message"]
    vi = par("check", path, "--lang", "vi")
    assert "không ghi cả hai cách" in vi.stdout


@pytest.mark.parametrize(("display", "valid"), [
    ({"places": 2, "rounding": "down"}, True),
    ({"points": {"places": 3, "rounding": "half-up"}, "index": {"places": 2}}, True),
    ({"index": {"rounding": "down"}}, True),
    ({"places": 2, "index": {"places": 2}}, False),
    ({"points": {"places": 11}}, False),
    ({"index": {"places": 2, "colour": "red"}}, False),
])
def test_json_schema_describes_both_forms(display: dict[str, Any], valid: bool) -> None:
    schema = json_schema(SchemaKind.CRITERIA)
    document = {"format": "par-criteria/1", "id": "s", "title": "S", "years": [2023],
                "max": 1, "display": display, "criteria": [{"id": "1", "name": "A", "max": 1}]}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    assert (not errors) is valid
    if valid:
        CriteriaSet.model_validate(document)
    else:
        with pytest.raises(ValidationError):  # the schema and the model agree
            CriteriaSet.model_validate(document)
